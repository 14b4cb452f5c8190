#pragma once

#include "api/ReviewWorkload.h"
#include "api/ReviewWorkloadJob.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTableWidget;
class QToolButton;

namespace Kepler {

class ApiSession;

// Who holds how many items, who decided how many today, and how long the oldest item has been
// waiting: a lead sees at a glance where the queue is stuck.
class ReviewWorkloadPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewWorkloadPanel(ApiSession *session, QWidget *parent = nullptr);

    void reload();
    const ReviewWorkload &workload() const { return m_workload; }
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void loaded();
    void oldestRequested(const QString &itemId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showWorkload();

    ApiSession *m_session;
    ReviewWorkload m_workload;
    bool m_loaded = false;
    QString m_error;
    QPointer<ReviewWorkloadJob> m_job;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QToolButton *m_refresh = nullptr;
};

} // namespace Kepler
