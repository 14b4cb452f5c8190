#include "ReviewWorkloadPanel.h"

#include "api/ApiError.h"
#include "api/ReviewWorkloadJob.h"
#include "domain/ReviewItem.h"
#include "models/ReviewQueueModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Kepler {

ReviewWorkloadPanel::ReviewWorkloadPanel(ApiSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"workloadSummary"_qs);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    connect(m_summary, &QLabel::linkActivated, this, &ReviewWorkloadPanel::oldestRequested);
    m_refresh = new QToolButton(this);
    connect(m_refresh, &QToolButton::clicked, this, &ReviewWorkloadPanel::reload);
    top->addWidget(m_summary, 1);
    top->addWidget(m_refresh, 0, Qt::AlignTop);
    layout->addLayout(top);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(u"workloadTable"_qs);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    layout->addWidget(m_table, 1);
    retranslate();
}

void ReviewWorkloadPanel::reload()
{
    if (m_job)
        return;
    auto *job = new ReviewWorkloadJob(m_session);
    connect(job, &ReviewWorkloadJob::finished, this, [this](const ReviewWorkload &workload) {
        m_workload = workload;
        m_loaded = true;
        m_error.clear();
        showWorkload();
        Q_EMIT loaded();
    });
    connect(job, &ReviewWorkloadJob::failed, this, [this](const ApiError &error) {
        if (error.kind == ApiError::Kind::Cancelled)
            return;
        m_error = error.message();
        showWorkload();
    });
    m_job = job;
    job->start();
}

void ReviewWorkloadPanel::retranslate()
{
    m_refresh->setText(tr("Refresh"));
    m_table->setHorizontalHeaderLabels(
        {tr("Reviewer"), tr("Claimed now"), tr("Decided today"), tr("Oldest claim")});
    m_table->setAccessibleName(tr("Reviewer workload"));
    showWorkload();
}

void ReviewWorkloadPanel::showWorkload()
{
    if (!m_error.isEmpty()) {
        m_summary->setText(tr("The workload could not be loaded: %1").arg(m_error.toHtmlEscaped()));
        return;
    }
    if (!m_loaded) {
        m_summary->setText(tr("Loading the workload…"));
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString text = tr("%n item(s) waiting", nullptr, m_workload.waiting);
    if (m_workload.overdue > 0)
        text += u", <span style=\"color:#c62828\"><b>"_qs + tr("%n overdue", nullptr, m_workload.overdue)
            + u"</b></span>"_qs;
    if (!m_workload.oldestWaitingId.isEmpty()) {
        // The link carries the id; the reviewer reads the item's name (an older service sends only the id).
        const QString name = m_workload.oldestWaiting ? ReviewQueueModel::titleOf(*m_workload.oldestWaiting)
                                                      : m_workload.oldestWaitingId;
        text += u"; "_qs
            + tr("oldest: <a href=\"%1\">%2</a>, waiting %3")
                  .arg(m_workload.oldestWaitingId.toHtmlEscaped(), name.toHtmlEscaped(),
                      ReviewQueueModel::formatAge(ReviewSla::ageMs(m_workload.oldestWaitingSince, now)));
    }
    m_summary->setText(text);
    m_table->setRowCount(int(m_workload.reviewers.size()));
    for (int row = 0; row < m_workload.reviewers.size(); ++row) {
        const ReviewerLoad &r = m_workload.reviewers.at(row);
        const QString oldest = r.oldestClaimedAt.isValid()
            ? tr("%1 ago").arg(ReviewQueueModel::formatAge(ReviewSla::ageMs(r.oldestClaimedAt, now)))
            : tr("—");
        const QStringList cells {
            r.reviewer, QString::number(r.claimed), QString::number(r.decidedToday), oldest};
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            if (column > 0)
                cell->setTextAlignment(Qt::AlignCenter);
            m_table->setItem(row, column, cell);
        }
    }
}

void ReviewWorkloadPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Kepler
