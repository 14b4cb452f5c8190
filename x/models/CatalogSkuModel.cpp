#include "CatalogSkuModel.h"

#include "LanguageRefresh.h"
#include "LocalizedName.h"
#include "PricingText.h"
#include "api/ApiError.h"
#include "api/ListCatalogSkusJob.h"

namespace Kepler {

CatalogSkuModel::CatalogSkuModel(ApiSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    refreshOnLanguageChange(this);
}

CatalogSkuModel::~CatalogSkuModel()
{
    cancelFetch();
}

void CatalogSkuModel::setQuery(const CatalogCriteria &criteria, CatalogSort sort)
{
    m_criteria = criteria;
    m_sort = sort;
    reload();
}

void CatalogSkuModel::reload()
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
    m_total = -1;
    m_totalCapped = false;
    Q_EMIT totalChanged();
    startFetch({});
}

void CatalogSkuModel::setDirectory(const CatalogDirectory *directory)
{
    m_directory = directory;
    namesChanged();
}

void CatalogSkuModel::namesChanged()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(Column::Count) - 1));
}

void CatalogSkuModel::setEnglishNames(bool english)
{
    if (english == m_english)
        return;
    m_english = english;
    namesChanged();
}

void CatalogSkuModel::cancelFetch()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
    m_job = nullptr;
}

void CatalogSkuModel::startFetch(const QString &cursor)
{
    if (!m_session || m_job)
        return;
    auto *job = new ListCatalogSkusJob(m_session, m_criteria, m_sort, cursor, PageSize);
    const quint64 generation = m_generation;
    connect(job, &ListCatalogSkusJob::finished, this,
        [this, generation](const CatalogSkuPage &page) { onPage(generation, page); });
    connect(job, &ApiJob::failed, this,
        [this, generation](const ApiError &error) { onFailed(generation, error); });
    m_job = job;
    Q_EMIT loadingChanged(true);
    job->start(); // a refusal ends in failed(), handled like any other failure
}

void CatalogSkuModel::onPage(quint64 generation, const CatalogSkuPage &page)
{
    if (generation != m_generation)
        return;
    m_job = nullptr;
    QList<CatalogSku> fresh;
    for (const CatalogSku &sku : page.items) {
        if (!m_ids.contains(sku.id))
            fresh.append(sku);
    }
    if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
        for (const CatalogSku &sku : fresh) {
            m_ids.insert(sku.id);
            m_rows.append(sku);
        }
        endInsertRows();
    }
    m_nextCursor = page.nextCursor;
    m_exhausted = page.nextCursor.isEmpty();
    if (page.total >= 0) {
        m_total = page.total;
        m_totalCapped = page.totalCapped;
        Q_EMIT totalChanged();
    }
    Q_EMIT loadingChanged(false);
    Q_EMIT pageLoaded();
}

void CatalogSkuModel::onFailed(quint64 generation, const ApiError &error)
{
    if (generation != m_generation)
        return;
    m_job = nullptr;
    // Stop asking until the user reloads: a view would otherwise retry on every scroll.
    m_failed = true;
    Q_EMIT loadingChanged(false);
    if (error.kind != ApiError::Kind::Cancelled)
        Q_EMIT loadFailed(error);
}

int CatalogSkuModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CatalogSkuModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

bool CatalogSkuModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_failed && !m_job && !m_nextCursor.isEmpty();
}

void CatalogSkuModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        startFetch(m_nextCursor);
}

QString CatalogSkuModel::ownerName(SkuOwner owner)
{
    switch (owner) {
    case SkuOwner::Self:
        return tr("Self-operated");
    case SkuOwner::Marketplace:
        return tr("Marketplace");
    }
    return {};
}

QVariant CatalogSkuModel::display(const CatalogSku &sku, Column column) const
{
    switch (column) {
    case Column::Id:
        return QString::number(sku.id);
    case Column::Name:
        return LocalizedName::pick(sku.name, sku.nameEn, m_english);
    case Column::Brand:
        return m_directory ? m_directory->brandName(sku.brandId, m_english) : QString::number(sku.brandId);
    case Column::Category:
        return m_directory ? m_directory->categoryPath(sku, m_english) : QString::number(sku.cid3);
    case Column::Owner:
        return ownerName(sku.owner);
    case Column::Price:
        return PricingText::money(sku.listPriceFen);
    case Column::Stock:
        return sku.stock > 0 ? QLocale().toString(sku.stock) : tr("Out of stock");
    case Column::Count:
        break;
    }
    return {};
}

QVariant CatalogSkuModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const CatalogSku &sku = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(sku, column);
    case Qt::ToolTipRole:
        if (column == Column::Name)
            return m_english ? sku.name : sku.nameEn;
        if (column == Column::Category) // the whole path, when the column is too narrow for it
            return display(sku, column);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Column::Id || column == Column::Price || column == Column::Stock)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return sku.id;
    case RawRole:
        switch (column) {
        case Column::Id:
            return sku.id;
        case Column::Name:
            return sku.name;
        case Column::Brand:
            return sku.brandId;
        case Column::Category:
            return sku.cid3;
        case Column::Owner:
            return toString(sku.owner);
        case Column::Price:
            return sku.listPriceFen;
        case Column::Stock:
            return sku.stock;
        case Column::Count:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant CatalogSkuModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Id:
        return tr("SKU");
    case Column::Name:
        return tr("Name");
    case Column::Brand:
        return tr("Brand");
    case Column::Category:
        return tr("Category");
    case Column::Owner:
        return tr("Seller");
    case Column::Price:
        return tr("List price");
    case Column::Stock:
        return tr("Stock");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace Kepler
