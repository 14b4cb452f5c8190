#pragma once

#include "api/AuditRecord.h"
#include "api/ListAuditJob.h"
#include "domain/AuditQuery.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Kepler {

class ApiError;
class ApiSession;

// The audit log as the service lists it, newest first: filtered by the server, fetched a page
// at a time as the view scrolls. A new query starts over; answers to an older one are dropped.
class AuditListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Who, What, Entity, Details, ColumnCount };
    enum Role { RecordIndexRole = Qt::UserRole + 1 };

    explicit AuditListModel(ApiSession *session, QObject *parent = nullptr);
    ~AuditListModel() override;

    void setQuery(const AuditQuery &query);
    const AuditQuery &query() const { return m_query; }
    void reload();
    int total() const { return m_total; }
    bool isLoading() const { return m_job != nullptr; }
    AuditRecord recordAt(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void totalChanged(int total);
    void loadFailed(const Kepler::ApiError &error);

private:
    void startFetch(const QString &cursor);
    void onPage(quint64 generation, const AuditRecordPage &page);
    void cancelFetch();

    ApiSession *m_session;
    AuditQuery m_query;
    QList<AuditRecord> m_rows;
    QString m_nextCursor;
    bool m_exhausted = false;
    bool m_failed = false;
    int m_total = -1;
    quint64 m_generation = 0;
    QPointer<ListAuditJob> m_job;
};

} // namespace Kepler
