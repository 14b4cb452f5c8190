#pragma once

#include "models/CatalogDirectory.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;
class QTimer;
class QTreeView;

namespace Kepler {

class ApiError;
class ApiSession;
class CatalogSkuModel;
class FilterButton;
class MessageBar;

// Browse the catalog (up to a million SKUs): the category tree on the left, filters above the
// table (keyword, brands, seller, price range in yuan, in stock, sort), the total, the table that
// pages lazily from the service, and the selected SKU's figures (price, cost, margin, stock).
// Nothing waits: every request runs in the background and errors show in the message bar.
class CatalogPage : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogPage(ApiSession *session, QWidget *parent = nullptr);

    void reload();
    CatalogSkuModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTreeView *categoryTree() const { return m_tree; }
    void setKeyword(const QString &keyword); // as if typed (debounced)
    void setPriceRangeText(const QString &min, const QString &max);
    void selectCategory(int categoryId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void loadDirectory();
    void fillCategoryTree();
    void fillBrandChoices();
    void applyFilters();
    void updateTotal();
    void showSku(int row);
    void showError(const ApiError &error);
    bool english() const;

    ApiSession *m_session;
    CatalogDirectory m_directory;
    CatalogSkuModel *m_model;
    MessageBar *m_messages;
    QTreeView *m_tree;
    QStandardItemModel *m_categories;
    QLineEdit *m_keyword;
    FilterButton *m_brands;
    QComboBox *m_owner;
    QLabel *m_priceLabel;
    QLineEdit *m_priceMin;
    QLineEdit *m_priceMax;
    QCheckBox *m_inStock;
    QLabel *m_sortLabel;
    QComboBox *m_sort;
    QLabel *m_total;
    QTableView *m_table;
    QLabel *m_detailTitle;
    QLabel *m_detail;
    QTimer *m_debounce;
    int m_categoryId = 0;
    bool m_loadedOnce = false;
    int m_pendingLists = 0;
};

} // namespace Kepler
