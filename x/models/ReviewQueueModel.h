#pragma once

#include "api/ListReviewsJob.h"
#include "api/ReviewPage.h"
#include "api/ReviewQuery.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

namespace Kepler {

class ApiError;
class ApiSession;

// The review queue as the service lists it, oldest first. Polls every few seconds with the last
// ETag as If-None-Match: a 304 changes nothing, a new answer is merged row by row (changed rows
// updated, gone rows removed, new rows inserted), so the view keeps its selection and scroll.
class ReviewQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Kind, Title, Mode, Status, Age, Claim, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value per column: ages in ms, names as text
        ItemIdRole,
        OverdueRole, // bool
        ClaimStateRole, // ClaimState
    };
    enum class ClaimState { Free, Mine, Others };
    Q_ENUM(ClaimState)

    static constexpr int DefaultPollIntervalMs = 12000;

    explicit ReviewQueueModel(ApiSession *session, QObject *parent = nullptr);
    ~ReviewQueueModel() override;

    void setQuery(const ReviewQuery &query); // starts over and loads
    const ReviewQuery &query() const { return m_query; }
    void reload(); // asks again now (with If-None-Match when there is an answer to compare)
    void setPollInterval(int ms);
    int pollInterval() const { return m_poll.interval(); }
    void setPolling(bool on); // off while the page is hidden

    ReviewQueueItem itemAt(int row) const { return m_rows.value(row); }
    int rowOf(const QString &itemId) const;
    // Replaces one row after an act on it (claim, decision), before the next poll says so.
    void updateItem(const ReviewQueueItem &item);
    ClaimState claimState(const ReviewQueueItem &item) const;

    int total() const { return m_page.total; }
    int partnerApplications() const { return m_page.partnerApplications; }
    int miniProgramSubmissions() const { return m_page.miniProgramSubmissions; }
    int overdue() const { return m_page.overdue; }
    bool isLoading() const { return m_job != nullptr; }
    bool hasLoaded() const { return m_loaded; }
    // The service's clock now (its serverTime plus the time since): ages do not depend on ours.
    QDateTime serverNow() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // A queue longer than one page: the next page by the service's cursor, as the view scrolls.
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // "3 h 12 min", "2 d 4 h", "45 min": an age a reviewer reads at a glance.
    static QString formatAge(qint64 ms);
    // "Partner · App 1.2.0" for a submission, the partner's name for an application.
    static QString titleOf(const ReviewQueueItem &item);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void countsChanged();
    void loadFailed(const Kepler::ApiError &error);
    void refreshed(bool changed); // after each answer: 304 (false) or new data (true)

private:
    void startFetch();
    void onPage(quint64 generation, const ReviewPage &page);
    void merge(const QList<ReviewQueueItem> &items);
    void cancelFetch();
    void onMore(quint64 generation, const ReviewPage &page);

    ApiSession *m_session;
    ReviewQuery m_query;
    QList<ReviewQueueItem> m_rows;
    ReviewPage m_page; // the envelope of the last answer (items not kept twice)
    QByteArray m_etag;
    qint64 m_clockOffsetMs = 0; // server time minus local time at the last answer
    quint64 m_generation = 0;
    bool m_loaded = false;
    QTimer m_poll;
    QPointer<ListReviewsJob> m_job;
    QPointer<ListReviewsJob> m_moreJob;
    int m_requestedLimit = ReviewQuery::DefaultLimit; // of the request in flight
    int m_cursorLimit = ReviewQuery::DefaultLimit; // the cursor belongs to a query with this limit
};

} // namespace Kepler
