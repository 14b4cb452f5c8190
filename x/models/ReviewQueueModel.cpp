#include "ReviewQueueModel.h"

#include "DateTimeText.h"
#include "LanguageRefresh.h"
#include "api/ApiError.h"
#include "api/ApiSession.h"
#include "api/ListReviewsJob.h"
#include "domain/MiniProgramStatus.h"
#include "domain/PartnerStatus.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace Kepler {

ReviewQueueModel::ReviewQueueModel(ApiSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    refreshOnLanguageChange(this);
    m_poll.setInterval(DefaultPollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        // Ages move on even when the queue does not: repaint them on every tick.
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, Age), index(int(m_rows.size()) - 1, Age));
        if (!m_job)
            startFetch();
    });
}

ReviewQueueModel::~ReviewQueueModel()
{
    cancelFetch();
}

void ReviewQueueModel::setQuery(const ReviewQuery &query)
{
    m_query = query;
    m_query.cursor.clear();
    cancelFetch();
    ++m_generation;
    m_etag.clear(); // another question: the last answer's ETag says nothing about it
    beginResetModel();
    m_rows.clear();
    m_loaded = false;
    endResetModel();
    startFetch();
}

void ReviewQueueModel::reload()
{
    if (m_job)
        return;
    startFetch();
}

void ReviewQueueModel::setPollInterval(int ms)
{
    m_poll.setInterval(qMax(100, ms));
}

void ReviewQueueModel::setPolling(bool on)
{
    if (on)
        m_poll.start();
    else
        m_poll.stop();
}

bool ReviewQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loaded && !m_page.nextCursor.isEmpty() && !m_job && !m_moreJob;
}

void ReviewQueueModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    ReviewQuery query = m_query;
    query.limit = m_cursorLimit; // the service's cursor is only valid for the same query
    query.cursor = m_page.nextCursor;
    auto *job = new ListReviewsJob(m_session, query);
    const quint64 generation = m_generation;
    connect(job, &ListReviewsJob::finished, this,
        [this, generation](const ReviewPage &page) { onMore(generation, page); });
    connect(job, &ListReviewsJob::failed, this, [this, generation](const ApiError &error) {
        if (generation == m_generation && error.kind != ApiError::Kind::Cancelled)
            Q_EMIT loadFailed(error);
    });
    m_moreJob = job;
    job->start();
}

void ReviewQueueModel::onMore(quint64 generation, const ReviewPage &page)
{
    if (generation != m_generation)
        return;
    m_moreJob = nullptr;
    QList<ReviewQueueItem> fresh;
    for (const ReviewQueueItem &item : page.items)
        if (rowOf(item.id) < 0) // rows that moved between pages are not shown twice
            fresh.append(item);
    if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
        m_rows.append(fresh);
        endInsertRows();
    }
    m_page.nextCursor = page.nextCursor;
}

void ReviewQueueModel::cancelFetch()
{
    if (m_moreJob) {
        m_moreJob->disconnect(this);
        m_moreJob->abort();
    }
    if (!m_job)
        return;
    m_job->disconnect(this);
    m_job->abort();
    m_job = nullptr;
    Q_EMIT loadingChanged(false);
}

void ReviewQueueModel::startFetch()
{
    ReviewQuery query = m_query;
    // A poll asks for as many rows as are shown, so the merge never drops rows a reviewer sees.
    query.limit = qBound(1, qMax<int>(m_query.limit, int(m_rows.size())), ReviewQuery::MaxLimit);
    auto *job = new ListReviewsJob(m_session, query, m_etag);
    m_requestedLimit = query.limit;
    const quint64 generation = m_generation;
    connect(job, &ListReviewsJob::finished, this,
        [this, generation](const ReviewPage &page) { onPage(generation, page); });
    connect(job, &ListReviewsJob::notModified, this, [this, generation] {
        if (generation != m_generation)
            return;
        m_job = nullptr;
        Q_EMIT loadingChanged(false);
        Q_EMIT refreshed(false);
    });
    connect(job, &ListReviewsJob::failed, this, [this, generation](const ApiError &error) {
        if (generation != m_generation)
            return;
        m_job = nullptr;
        Q_EMIT loadingChanged(false);
        if (error.kind != ApiError::Kind::Cancelled)
            Q_EMIT loadFailed(error);
    });
    m_job = job;
    Q_EMIT loadingChanged(true);
    job->start();
}

void ReviewQueueModel::onPage(quint64 generation, const ReviewPage &page)
{
    if (generation != m_generation)
        return;
    m_job = nullptr;
    if (page.serverTime.isValid())
        m_clockOffsetMs = QDateTime::currentDateTimeUtc().msecsTo(page.serverTime);
    m_etag = page.etag;
    m_cursorLimit = m_requestedLimit;
    if (m_moreJob) { // its cursor belongs to the answer just replaced
        m_moreJob->disconnect(this);
        m_moreJob->abort();
    }
    const bool countsDiffer = page.total != m_page.total
        || page.partnerApplications != m_page.partnerApplications
        || page.miniProgramSubmissions != m_page.miniProgramSubmissions || page.overdue != m_page.overdue
        || !m_loaded;
    m_page = page;
    m_page.items.clear();
    merge(page.items);
    m_loaded = true;
    Q_EMIT loadingChanged(false);
    if (countsDiffer)
        Q_EMIT countsChanged();
    Q_EMIT refreshed(true);
}

void ReviewQueueModel::merge(const QList<ReviewQueueItem> &items)
{
    QSet<QString> wanted;
    for (const ReviewQueueItem &item : items)
        wanted.insert(item.id);
    // Rows no longer in the answer go first (from the bottom, so row numbers stay right).
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!wanted.contains(m_rows.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    // Then walk the answer: the same id in place is updated, anything else is inserted there
    // (a row that moved is removed from its old place first).
    for (int i = 0; i < items.size(); ++i) {
        const ReviewQueueItem &item = items.at(i);
        if (i < m_rows.size() && m_rows.at(i).id == item.id) {
            if (!(m_rows.at(i) == item)) {
                m_rows[i] = item;
                Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
            continue;
        }
        const int old = rowOf(item.id);
        if (old > i) {
            beginRemoveRows({}, old, old);
            m_rows.removeAt(old);
            endRemoveRows();
        }
        beginInsertRows({}, i, i);
        m_rows.insert(i, item);
        endInsertRows();
    }
    if (m_rows.size() > items.size()) {
        beginRemoveRows({}, int(items.size()), int(m_rows.size()) - 1);
        m_rows.resize(items.size());
        endRemoveRows();
    }
}

int ReviewQueueModel::rowOf(const QString &itemId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == itemId)
            return row;
    return -1;
}

void ReviewQueueModel::updateItem(const ReviewQueueItem &item)
{
    const int row = rowOf(item.id);
    if (row < 0 || m_rows.at(row) == item)
        return;
    m_rows[row] = item;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QDateTime ReviewQueueModel::serverNow() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_clockOffsetMs);
}

ReviewQueueModel::ClaimState ReviewQueueModel::claimState(const ReviewQueueItem &item) const
{
    if (!item.claim || !item.claim->isLive(serverNow()))
        return ClaimState::Free;
    const QString me = m_session ? m_session->currentUser().username : QString();
    return item.claim->by == me ? ClaimState::Mine : ClaimState::Others;
}

QString ReviewQueueModel::formatAge(qint64 ms)
{
    // One format for every age: the two largest units (a day shows as "1 d 22 h", never as
    // "46 h 48 min" next to a "2 d 10 h" in the same column), numbers in the user's locale.
    const QLocale locale;
    const qint64 minutes = qMax<qint64>(0, ms) / 60000;
    const qint64 hours = minutes / 60;
    if (hours >= 24)
        return tr("%1 d %2 h").arg(locale.toString(hours / 24), locale.toString(hours % 24));
    if (hours > 0)
        return tr("%1 h %2 min").arg(locale.toString(hours), locale.toString(minutes % 60));
    return tr("%1 min").arg(locale.toString(minutes));
}

int ReviewQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString statusName(const ReviewQueueItem &item)
{
    if (item.kind == ReviewItemKind::MiniProgramSubmission) {
        const auto status = miniProgramStatusFromString(item.status);
        if (!status)
            return item.status;
        QString text = displayName(*status);
        if (*status == MiniProgramStatus::Released && item.grayPercent && *item.grayPercent < 100)
            text = ReviewQueueModel::tr("%1 (%2 %)").arg(text).arg(*item.grayPercent);
        return text;
    }
    const auto status = partnerStatusFromString(item.status);
    return status ? displayName(*status) : item.status;
}

} // namespace

QString ReviewQueueModel::titleOf(const ReviewQueueItem &item)
{
    if (item.kind == ReviewItemKind::PartnerApplication)
        return item.partnerName;
    const QString app = item.appName.isEmpty() ? item.appId : item.appName;
    return tr("%1 · %2 %3").arg(item.partnerName, app, item.codeVersion).trimmed();
}

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const ReviewQueueItem &item = m_rows.at(index.row());
    const QDateTime now = serverNow();
    // A decided item no longer waits: its column says how long the decision took, never "overdue".
    const bool decided = !item.awaitsDecision();
    const qint64 ageMs = decided
        ? (item.decidedAt.isValid() ? ReviewSla::ageMs(item.enteredAt, item.decidedAt) : 0)
        : ReviewSla::ageMs(item.enteredAt, now);
    const bool overdue = !decided && item.enteredAt.isValid() && ReviewSla::isOverdue(item.enteredAt, now);
    const ClaimState claim = claimState(item);
    switch (role) {
    case ItemIdRole:
        return item.id;
    case OverdueRole:
        return overdue;
    case ClaimStateRole:
        return QVariant::fromValue(claim);
    case SortRole:
        switch (Column(index.column())) {
        case Kind:
            return int(item.kind);
        case Title:
            return titleOf(item);
        case Mode:
            return int(item.mode);
        case Status:
            return item.status;
        case Age:
            return ageMs;
        case Claim:
            return item.claim ? item.claim->by : QString();
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Age && overdue)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (index.column() == Claim && claim == ClaimState::Free)
            return QBrush(QColor(0x75, 0x75, 0x75));
        return {};
    case Qt::FontRole:
        if ((index.column() == Age && overdue) || (index.column() == Claim && claim == ClaimState::Mine)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Kind)
            return displayName(item.kind);
        if (index.column() == Age && item.enteredAt.isValid()) {
            const QString since = DateTimeText::text(item.enteredAt);
            if (decided)
                return item.decidedAt.isValid()
                    ? tr("Submitted %1; decided %2").arg(since, DateTimeText::text(item.decidedAt))
                    : tr("Submitted %1; decided").arg(since);
            const QString due = DateTimeText::text(ReviewSla::dueAt(item.enteredAt));
            return overdue ? tr("Overdue: waiting since %1, was due %2").arg(since, due)
                           : tr("Waiting since %1; due %2").arg(since, due);
        }
        if (index.column() == Claim && item.claim && claim != ClaimState::Free)
            return tr("Claimed by %1 until %2")
                .arg(item.claim->by,
                    QLocale().toString(item.claim->expiresAt.toLocalTime().time(), QLocale::ShortFormat));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case Kind:
        // Short words: the column stays narrow, the tooltip and the detail say it in full.
        return item.kind == ReviewItemKind::PartnerApplication ? tr("Partner") : tr("Mini-program");
    case Title:
        return titleOf(item);
    case Mode:
        return displayName(item.mode);
    case Status:
        return statusName(item);
    case Age:
        if (!item.enteredAt.isValid())
            return QString();
        if (decided)
            return item.decidedAt.isValid() ? tr("decided in %1").arg(formatAge(ageMs)) : tr("decided");
        return overdue ? tr("⚠ %1").arg(formatAge(ageMs)) : formatAge(ageMs);
    case Claim:
        switch (claim) {
        case ClaimState::Free:
            return tr("free");
        case ClaimState::Mine:
            return tr("you");
        case ClaimState::Others:
            return item.claim->by;
        }
        return {};
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Age)
        return tr("How long the item has waited for a decision (the review SLA is 24 h); for a decided "
                  "item, how long the decision took");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Kind:
        return tr("Kind");
    case Title:
        return tr("Partner / mini-program");
    case Mode:
        return tr("Mode");
    case Status:
        return tr("Status");
    case Age:
        return tr("Waiting");
    case Claim:
        return tr("Claimed by");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Kepler
