#pragma once

#include "PartnerColumns.h"
#include "api/ListPartnersJob.h"
#include "domain/Partner.h"
#include "domain/PartnerQuery.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>

namespace Kepler {

class ApiError;
class ApiSession;
class ListPartnersJob;
struct PartnerPage;

// Partners as the service lists them: filtered and sorted by the server, fetched a page at a
// time as the view scrolls (canFetchMore/fetchMore). Changing the query starts over; answers to
// an older query are dropped, so fast typing in the search box never shows stale rows.
class PartnerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        RawRole = Qt::UserRole + 1, // unformatted value of the cell, for sorting and tests
        PartnerRole, // the whole Partner
        IdRole,
    };

    explicit PartnerListModel(ApiSession *session, QObject *parent = nullptr);
    ~PartnerListModel() override;

    void setQuery(const PartnerQuery &query);
    const PartnerQuery &query() const { return m_query; }
    void reload();

    int total() const { return m_total; }
    bool isLoading() const { return m_job != nullptr; }
    Partner partnerAt(int row) const { return m_rows.value(row); }
    int rowOfId(qint64 id) const;
    // Puts a partner the user just saved (or created) into the list without a reload.
    void upsertPartner(const Partner &partner);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void totalChanged(int total);
    void loadFailed(const Kepler::ApiError &error);
    void pageLoaded();

private:
    void startFetch(const QString &cursor);
    void onPage(quint64 generation, const PartnerPage &page);
    void onFailed(quint64 generation, const ApiError &error);
    void cancelFetch();

    ApiSession *m_session;
    PartnerQuery m_query;
    QList<Partner> m_rows;
    QSet<qint64> m_ids;
    QString m_nextCursor;
    bool m_exhausted = false;
    bool m_failed = false;
    int m_total = -1;
    quint64 m_generation = 0;
    QPointer<ListPartnersJob> m_job;
};

} // namespace Kepler
