#include "PartnerDirectoryModel.h"

#include "LanguageRefresh.h"
#include "api/ApiError.h"
#include "domain/PartnerQuery.h"

namespace Kepler {

PartnerDirectoryModel::PartnerDirectoryModel(ApiSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    refreshOnLanguageChange(this);
}

PartnerDirectoryModel::~PartnerDirectoryModel()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
}

void PartnerDirectoryModel::load()
{
    if (m_job)
        return;
    m_incoming.clear();
    fetch(QString());
}

void PartnerDirectoryModel::fetch(const QString &cursor)
{
    PartnerQuery q;
    q.limit = PartnerQuery::MaxLimit;
    q.cursor = cursor;
    auto *job = new ListPartnersJob(m_session, q);
    connect(job, &ListPartnersJob::finished, this, [this](const PartnerPage &page) {
        m_job = nullptr;
        m_incoming.append(page.items);
        Q_EMIT progress(int(m_incoming.size()), page.total);
        if (!page.nextCursor.isEmpty()) {
            fetch(page.nextCursor);
            return;
        }
        setPartners(std::exchange(m_incoming, {}));
        m_loaded = true;
        Q_EMIT loadFinished();
    });
    connect(job, &ListPartnersJob::failed, this, [this](const ApiError &error) {
        m_job = nullptr;
        m_incoming.clear();
        Q_EMIT loadFailed(error);
    });
    m_job = job;
    job->start();
}

void PartnerDirectoryModel::setPartners(const QList<Partner> &partners)
{
    beginResetModel();
    m_all = partners;
    m_index.setPartners(m_all);
    m_rows = m_index.filter(m_filter);
    endResetModel();
}

void PartnerDirectoryModel::setFilterText(const QString &text)
{
    // A reset, not row removals: the view then asks only for the rows it shows.
    beginResetModel();
    m_filter = text;
    m_rows = m_index.filter(text);
    endResetModel();
}

QList<Partner> PartnerDirectoryModel::search(const QString &text, int limit)
{
    QList<Partner> found;
    for (int row : m_index.filter(text)) {
        if (found.size() >= limit)
            break;
        found.append(m_all.at(row));
    }
    return found;
}

std::optional<Partner> PartnerDirectoryModel::partnerById(qint64 id) const
{
    for (const Partner &p : m_all)
        if (p.id == id)
            return p;
    return std::nullopt;
}

int PartnerDirectoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PartnerDirectoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartnerDirectoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Partner &p = m_all.at(m_rows.at(index.row()));
    if (role == IdRole)
        return p.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return p.name;
    case NameEn:
        return p.nameEn;
    case Status:
        return displayName(p.status);
    case Id:
        return p.id;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PartnerDirectoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case NameEn:
        return tr("English name");
    case Status:
        return tr("Status");
    case Id:
        return tr("ID");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Kepler
