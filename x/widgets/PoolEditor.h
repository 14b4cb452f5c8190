#pragma once

#include "api/CatalogTypes.h"
#include "domain/FieldError.h"
#include "domain/ProductPool.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Kepler {

class CategoryNamesLabel;
class IdListEdit;

// Edits one product pool: name, the criteria (categories, brands, owner, price range in ¥,
// in stock, on sale, keyword), SKUs included or excluded by hand, and the assignment (modes and
// partners). Checked as the user types with the service's codec (readProductPool); errors show
// under their fields.
class PoolEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PoolEditor(QWidget *parent = nullptr);

    void setPool(const ProductPool &pool);
    const ProductPool &original() const { return m_original; }
    ProductPool edited() const;
    FieldErrors errors() const { return m_errors; }
    bool isDirty() const;
    void setEditable(bool editable, const QString &why);
    void showFieldErrors(const FieldErrors &extra);
    // The catalog's categories, so the ids in the criteria are shown with their names.
    void setCategories(const QList<CatalogCategory> &categories);
    QLabel *categoryNamesLabel() const;

    QLineEdit *nameField() const { return m_name; }
    IdListEdit *categoriesField() const { return m_categories; }
    IdListEdit *brandsField() const { return m_brands; }
    QLineEdit *priceMinField() const { return m_priceMin; }
    QLineEdit *priceMaxField() const { return m_priceMax; }
    QCheckBox *inStockField() const { return m_inStock; }
    QLineEdit *keywordField() const { return m_keyword; }
    IdListEdit *includesField() const { return m_includes; }
    IdListEdit *excludesField() const { return m_excludes; }
    IdListEdit *partnersField() const { return m_partners; }
    QLabel *errorLabel(const QString &field) const { return m_errorLabels.value(field); }

Q_SIGNALS:
    void changed();
    // "Choose…" beside the categories: the page, which has the session, opens the picker.
    void categoriesRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    ProductPool read(FieldErrors *localErrors) const;
    void validate();
    void retranslate();

    ProductPool m_original;
    FieldErrors m_errors;
    bool m_loading = false;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    IdListEdit *m_categories = nullptr;
    QPushButton *m_chooseCategories = nullptr;
    CategoryNamesLabel *m_categoryNames = nullptr; // "手机通讯、电脑办公" under the ids
    IdListEdit *m_brands = nullptr;
    QComboBox *m_owner = nullptr;
    QLineEdit *m_priceMin = nullptr;
    QLineEdit *m_priceMax = nullptr;
    QCheckBox *m_inStock = nullptr;
    QCheckBox *m_onSale = nullptr;
    QLineEdit *m_keyword = nullptr;
    IdListEdit *m_includes = nullptr;
    IdListEdit *m_excludes = nullptr;
    QList<QCheckBox *> m_modes;
    IdListEdit *m_partners = nullptr;
    QList<QLabel *> m_captions;
    QHash<QString, QLabel *> m_errorLabels;
};

} // namespace Kepler
