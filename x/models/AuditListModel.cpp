#include "AuditListModel.h"

#include "AuditText.h"
#include "DateTimeText.h"
#include "LanguageRefresh.h"
#include "api/ApiError.h"
#include "api/ListAuditJob.h"

#include <QLocale>

namespace Kepler {

AuditListModel::AuditListModel(ApiSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    refreshOnLanguageChange(this);
}

AuditListModel::~AuditListModel()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
}

void AuditListModel::setQuery(const AuditQuery &query)
{
    m_query = query;
    m_query.cursor.clear();
    reload();
}

void AuditListModel::reload()
{
    cancelFetch();
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_nextCursor.clear();
    m_exhausted = false;
    m_failed = false;
    endResetModel();
    startFetch(QString());
}

void AuditListModel::cancelFetch()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
        m_job = nullptr;
        Q_EMIT loadingChanged(false);
    }
}

void AuditListModel::startFetch(const QString &cursor)
{
    AuditQuery page = m_query;
    page.cursor = cursor;
    auto *job = new ListAuditJob(m_session, page);
    const quint64 generation = m_generation;
    connect(job, &ListAuditJob::finished, this,
        [this, generation](const AuditRecordPage &result) { onPage(generation, result); });
    connect(job, &ListAuditJob::failed, this, [this, generation](const ApiError &error) {
        if (generation != m_generation)
            return;
        m_job = nullptr;
        m_failed = true; // the view stops asking until the user retries
        Q_EMIT loadingChanged(false);
        Q_EMIT loadFailed(error);
    });
    m_job = job;
    Q_EMIT loadingChanged(true);
    job->start();
}

void AuditListModel::onPage(quint64 generation, const AuditRecordPage &page)
{
    if (generation != m_generation)
        return;
    m_job = nullptr;
    if (!page.items.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.items.size() - 1));
        m_rows.append(page.items);
        endInsertRows();
    }
    m_nextCursor = page.nextCursor;
    m_exhausted = page.nextCursor.isEmpty();
    if (m_total != page.total) {
        m_total = page.total;
        Q_EMIT totalChanged(m_total);
    }
    Q_EMIT loadingChanged(false);
}

int AuditListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AuditRecord &r = m_rows.at(index.row());
    if (role == RecordIndexRole)
        return index.row();
    if (role == Qt::ToolTipRole && index.column() == When)
        return DateTimeText::text(r.at);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case When:
        return DateTimeText::text(r.at);
    case Who:
        return r.actor;
    case What:
        return AuditText::actionName(r.action);
    case Entity:
        return AuditText::entityName(r);
    case Details:
        return AuditText::summary(r);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case What:
        return tr("What");
    case Entity:
        return tr("About");
    case Details:
        return tr("Details");
    case ColumnCount:
        break;
    }
    return {};
}

bool AuditListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_failed && !m_job && m_total >= 0;
}

void AuditListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        startFetch(m_nextCursor);
}

} // namespace Kepler
