#include "PartnerListModel.h"

#include "LanguageRefresh.h"
#include "api/ApiError.h"
#include "api/ApiSession.h"
#include "api/ListPartnersJob.h"

namespace Kepler {

PartnerListModel::PartnerListModel(ApiSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    refreshOnLanguageChange(this);
}

PartnerListModel::~PartnerListModel()
{
    // No signals from here: the page listening may itself be half destroyed.
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
}

void PartnerListModel::setQuery(const PartnerQuery &query)
{
    if (query.sameSelection(m_query) && query.limit == m_query.limit && (m_total >= 0 || isLoading()))
        return;
    m_query = query;
    m_query.cursor.clear();
    reload();
}

void PartnerListModel::reload()
{
    cancelFetch();
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_ids.clear();
    m_nextCursor.clear();
    m_exhausted = false;
    m_failed = false;
    endResetModel();
    startFetch(QString());
}

void PartnerListModel::cancelFetch()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
        m_job = nullptr;
        Q_EMIT loadingChanged(false);
    }
}

void PartnerListModel::startFetch(const QString &cursor)
{
    PartnerQuery page = m_query;
    page.cursor = cursor;
    auto *job = new ListPartnersJob(m_session, page);
    const quint64 generation = m_generation;
    connect(job, &ListPartnersJob::finished, this,
        [this, generation](const PartnerPage &result) { onPage(generation, result); });
    connect(job, &ListPartnersJob::failed, this,
        [this, generation](const ApiError &error) { onFailed(generation, error); });
    m_job = job;
    Q_EMIT loadingChanged(true);
    job->start();
}

void PartnerListModel::onPage(quint64 generation, const PartnerPage &page)
{
    if (generation != m_generation)
        return;
    m_job = nullptr;
    // Rows can shift between pages when others edit; never show one partner twice.
    QList<Partner> fresh;
    for (const Partner &p : page.items)
        if (!m_ids.contains(p.id))
            fresh.append(p);
    if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
        for (const Partner &p : std::as_const(fresh)) {
            m_ids.insert(p.id);
            m_rows.append(p);
        }
        endInsertRows();
    }
    m_nextCursor = page.nextCursor;
    m_exhausted = page.nextCursor.isEmpty();
    if (m_total != page.total) {
        m_total = page.total;
        Q_EMIT totalChanged(m_total);
    }
    Q_EMIT loadingChanged(false);
    Q_EMIT pageLoaded();
}

void PartnerListModel::onFailed(quint64 generation, const ApiError &error)
{
    if (generation != m_generation)
        return;
    m_job = nullptr;
    m_failed = true; // stop the view from asking again until the user retries
    Q_EMIT loadingChanged(false);
    Q_EMIT loadFailed(error);
}

int PartnerListModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

void PartnerListModel::upsertPartner(const Partner &partner)
{
    const int row = rowOfId(partner.id);
    if (row >= 0) {
        m_rows[row] = partner;
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_rows.prepend(partner);
    m_ids.insert(partner.id);
    endInsertRows();
    if (m_total >= 0)
        Q_EMIT totalChanged(++m_total);
}

int PartnerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PartnerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(PartnerColumn::Count);
}

QVariant PartnerListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Partner &p = m_rows.at(index.row());
    const auto column = static_cast<PartnerColumn>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return PartnerColumns::display(p, column);
    case Qt::ToolTipRole:
        if (column == PartnerColumn::Contact)
            return QStringList {p.contact.name, p.contact.email, p.contact.phone}.join(u'\n').trimmed();
        if (column == PartnerColumn::Name && !p.nameEn.isEmpty())
            return p.nameEn;
        return {};
    case Qt::TextAlignmentRole:
        if (column == PartnerColumn::Id || column == PartnerColumn::Commission
            || column == PartnerColumn::RateLimit)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawRole:
        return PartnerColumns::raw(p, column);
    case PartnerRole:
        return QVariant::fromValue(p);
    case IdRole:
        return p.id;
    default:
        return {};
    }
}

QVariant PartnerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(PartnerColumn::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return PartnerColumns::title(static_cast<PartnerColumn>(section));
    return {};
}

bool PartnerListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_failed && !m_job && m_total >= 0;
}

void PartnerListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        startFetch(m_nextCursor);
}

void PartnerListModel::sort(int column, Qt::SortOrder order)
{
    const QString field = PartnerColumns::sortField(static_cast<PartnerColumn>(column));
    if (field.isEmpty())
        return;
    PartnerQuery q = m_query;
    q.sortField = field;
    q.sortDescending = order == Qt::DescendingOrder;
    setQuery(q);
}

QHash<int, QByteArray> PartnerListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawRole, "raw");
    names.insert(PartnerRole, "partner");
    names.insert(IdRole, "partnerId");
    return names;
}

} // namespace Kepler
