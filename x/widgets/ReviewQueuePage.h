#pragma once

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QSplitter;
class QTableView;
class QToolButton;

namespace Kepler {

class ApiSession;
class MessageBar;
class ReviewDetailPanel;
class ReviewQueueModel;
class ReviewWorkloadPanel;
struct ReviewQuery;

// The reviewer's workbench: the queue (counts per kind as filter toggles, a status filter,
// "Claimed by me"), oldest first with the age against the SLA, polled so new items appear on
// their own; the selected item in full on the right; the reviewers' workload below the queue.
class ReviewQueuePage : public QWidget
{
    Q_OBJECT

public:
    enum StatusFilter { Waiting, Delayed, ToRelease, Released, Decided, StatusFilterCount };
    enum KindFilter { AllKinds, PartnerApplications, MiniProgramSubmissions };

    explicit ReviewQueuePage(ApiSession *session, QWidget *parent = nullptr);

    // Loads and starts polling (the main window calls it once someone is signed in).
    void activate();
    // The queue, the open item and the workload fetched anew (Refresh, or the platform back).
    void reload();
    ReviewQueueModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ReviewDetailPanel *detail() const { return m_detail; }
    ReviewWorkloadPanel *workload() const { return m_workload; }
    QSplitter *splitter() const { return m_splitter; }
    MessageBar *messageBar() const { return m_messageBar; }
    QComboBox *statusFilter() const { return m_status; }
    void setKindFilter(KindFilter kind);
    void setStatusFilter(StatusFilter status);
    void selectItem(const QString &itemId);
    void setWorkloadVisible(bool visible);
    int waitingCount() const { return m_waiting; }

Q_SIGNALS:
    // Items waiting for a decision (default filter), for the navigation's badge.
    void waitingCountChanged(int count);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void applyFilters();
    ReviewQuery currentQuery() const;
    void updateCounts();
    void showCurrent();
    void updateRoles();

    ApiSession *m_session;
    ReviewQueueModel *m_model;
    MessageBar *m_messageBar = nullptr;
    QButtonGroup *m_kinds = nullptr;
    QToolButton *m_allKinds = nullptr;
    QToolButton *m_partnerKind = nullptr;
    QToolButton *m_miniKind = nullptr;
    QLabel *m_overdue = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_mine = nullptr;
    QToolButton *m_refresh = nullptr;
    QToolButton *m_workloadToggle = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    ReviewDetailPanel *m_detail = nullptr;
    ReviewWorkloadPanel *m_workload = nullptr;
    QString m_pendingSelection;
    int m_waiting = -1;
    bool m_active = false;
    bool m_queueFailed = false; // the bar shows the queue's error: clear it once a poll works
};

} // namespace Kepler
