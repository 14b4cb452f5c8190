#pragma once

#include "CatalogDirectory.h"
#include "api/CatalogTypes.h"
#include "api/ListCatalogSkusJob.h"
#include "domain/CatalogCriteria.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>

namespace Kepler {

class ApiError;
class ApiSession;

// The catalog as the service filters and sorts it, fetched a keyset page at a time as the view
// scrolls (canFetchMore/fetchMore), so a million SKUs cost only the pages looked at. A new query
// starts over; answers to an older one are dropped (a generation number), so fast typing never
// shows stale rows. Names of categories and brands come from a CatalogDirectory.
class CatalogSkuModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Id, Name, Brand, Category, Owner, Price, Stock, Count };
    enum Role {
        RawRole = Qt::UserRole + 1, // the unformatted value (fen for money)
        IdRole,
    };
    static constexpr int PageSize = 200;

    explicit CatalogSkuModel(ApiSession *session, QObject *parent = nullptr);
    ~CatalogSkuModel() override;

    void setQuery(const CatalogCriteria &criteria, CatalogSort sort);
    const CatalogCriteria &criteria() const { return m_criteria; }
    CatalogSort sortOrder() const { return m_sort; }
    void reload();
    // The names shown; the model does not own it. Call namesChanged() after it changes.
    void setDirectory(const CatalogDirectory *directory);
    void namesChanged();
    void setEnglishNames(bool english);

    qint64 total() const { return m_total; }
    bool totalCapped() const { return m_totalCapped; }
    bool isLoading() const { return m_job != nullptr; }
    CatalogSku skuAt(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static QString ownerName(SkuOwner owner);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void totalChanged();
    void loadFailed(const Kepler::ApiError &error);
    void pageLoaded();

private:
    void startFetch(const QString &cursor);
    void onPage(quint64 generation, const CatalogSkuPage &page);
    void onFailed(quint64 generation, const ApiError &error);
    void cancelFetch();
    QVariant display(const CatalogSku &sku, Column column) const;

    ApiSession *m_session;
    const CatalogDirectory *m_directory = nullptr;
    bool m_english = false;
    CatalogCriteria m_criteria;
    CatalogSort m_sort = CatalogSort::Id;
    QList<CatalogSku> m_rows;
    QSet<qint64> m_ids;
    QString m_nextCursor;
    bool m_exhausted = false;
    bool m_failed = false;
    qint64 m_total = -1;
    bool m_totalCapped = false;
    quint64 m_generation = 0;
    QPointer<ListCatalogSkusJob> m_job;
};

} // namespace Kepler
