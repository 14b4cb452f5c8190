#include "ReviewQueuePage.h"

#include "MessageBar.h"
#include "ReviewDetailPanel.h"
#include "ReviewWorkloadPanel.h"
#include "TableColumns.h"
#include "api/ApiError.h"
#include "api/ApiSession.h"
#include "api/ReviewQuery.h"
#include "models/ReviewQueueModel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Kepler {

namespace {

// The statuses behind each entry of the status filter (empty: the service's "waiting").
QString statusesOf(int filter)
{
    switch (filter) {
    case ReviewQueuePage::Delayed:
        return u"delayed"_qs;
    case ReviewQueuePage::ToRelease:
        return u"approved"_qs;
    case ReviewQueuePage::Released:
        return u"released"_qs;
    case ReviewQueuePage::Decided:
        return u"approved,rejected,released,rolled_back"_qs;
    default:
        return {};
    }
}

} // namespace

ReviewQueuePage::ReviewQueuePage(ApiSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ReviewQueueModel(session, this))
{
    buildUi();
    retranslate();
    connect(m_model, &ReviewQueueModel::countsChanged, this, &ReviewQueuePage::updateCounts);
    connect(m_model, &ReviewQueueModel::loadFailed, this, [this](const ApiError &error) {
        m_messageBar->showMessage(
            MessageBar::Kind::Error, tr("The queue could not be loaded: %1").arg(error.message()));
        m_messageBar->addAction(tr("Try again"), [this] { m_model->reload(); });
    });
    connect(m_model, &ReviewQueueModel::refreshed, this, [this](bool changed) {
        if (m_messageBar->kind() == MessageBar::Kind::Error
            && m_messageBar->text().startsWith(tr("The queue could not be loaded: %1").section(u'%', 0, 0)))
            m_messageBar->clear();
        if (!m_pendingSelection.isEmpty() && m_model->rowOf(m_pendingSelection) >= 0) {
            selectItem(m_pendingSelection);
            m_pendingSelection.clear();
        }
        // The first item opens by itself only on screen: a hidden page (polled for the
        // navigation's count) loads no detail or screenshots.
        if (isVisible() && !m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
        m_detail->refreshAge();
        m_detail->keepClaimAlive();
        if (changed && m_workload->isVisible())
            m_workload->reload();
        // The shown item changed under us (someone decided or claimed it): show it as it is now,
        // unless the reviewer is in a dialog on it (their text stays; the service will say 412).
        const QModelIndex current = m_table->currentIndex();
        if (changed && current.isValid() && !m_detail->isDialogOpen()) {
            const ReviewQueueItem item = m_model->itemAt(current.row());
            if (item.id == m_detail->itemId()
                && (item.version != m_detail->detail().item.version
                    || item.claim != m_detail->detail().item.claim))
                m_detail->showItem(item);
        }
    });
    connect(m_detail, &ReviewDetailPanel::itemChanged, this, [this](const ReviewQueueItem &item) {
        m_model->updateItem(item);
        m_model->reload(); // the decision may move it out of this filter
        if (m_workload->isVisible())
            m_workload->reload();
    });
    connect(m_detail, &ReviewDetailPanel::dialogClosed, this, &ReviewQueuePage::showCurrent);
    connect(m_session, &ApiSession::currentUserChanged, this, &ReviewQueuePage::updateRoles);
    updateRoles();
}

void ReviewQueuePage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_messageBar = new MessageBar(this);
    layout->addWidget(m_messageBar);
    m_detail = new ReviewDetailPanel(m_session, this);
    m_detail->setMessageBar(m_messageBar);
    m_detail->setClock([this] { return m_model->serverNow(); });

    auto *filters = new QHBoxLayout;
    m_kinds = new QButtonGroup(this);
    m_kinds->setExclusive(true);
    int id = 0;
    for (QToolButton **button : {&m_allKinds, &m_partnerKind, &m_miniKind}) {
        *button = new QToolButton(this);
        (*button)->setCheckable(true);
        (*button)->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_kinds->addButton(*button, id++);
        filters->addWidget(*button);
    }
    m_allKinds->setObjectName(u"kindAll"_qs);
    m_partnerKind->setObjectName(u"kindPartner"_qs);
    m_miniKind->setObjectName(u"kindMiniProgram"_qs);
    m_allKinds->setChecked(true);
    connect(m_kinds, &QButtonGroup::idClicked, this, &ReviewQueuePage::applyFilters);
    m_overdue = new QLabel(this);
    m_overdue->setObjectName(u"overdueCount"_qs);
    m_overdue->setStyleSheet(u"color: #c62828; font-weight: bold;"_qs);
    filters->addSpacing(8);
    filters->addWidget(m_overdue);
    filters->addStretch(1);
    m_status = new QComboBox(this);
    m_status->setObjectName(u"statusFilter"_qs);
    // As wide as its longest entry in the current language (retranslation included), never cut.
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (int i = 0; i < StatusFilterCount; ++i)
        m_status->addItem(QString(), i);
    connect(m_status, &QComboBox::activated, this, &ReviewQueuePage::applyFilters);
    m_mine = new QCheckBox(this);
    m_mine->setObjectName(u"claimedByMe"_qs);
    connect(m_mine, &QCheckBox::toggled, this, &ReviewQueuePage::applyFilters);
    m_refresh = new QToolButton(this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QToolButton::clicked, this, &ReviewQueuePage::reload);
    filters->addWidget(m_status);
    filters->addWidget(m_mine);
    filters->addWidget(m_refresh);
    layout->addLayout(filters);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableView(left);
    m_table->setObjectName(u"reviewTable"_qs);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab goes on to the detail; arrows move in the queue
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    // Every column in view, the claim too: the short ones as wide as they need, the title the rest.
    m_table->horizontalHeader()->setStretchLastSection(false);
    TableColumns::fitToContents(m_table,
        {ReviewQueueModel::Kind, ReviewQueueModel::Mode, ReviewQueueModel::Status, ReviewQueueModel::Age,
            ReviewQueueModel::Claim});
    m_table->horizontalHeader()->setSectionResizeMode(ReviewQueueModel::Title, QHeaderView::Stretch);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ReviewQueuePage::showCurrent);
    leftLayout->addWidget(m_table, 1);
    m_workloadToggle = new QToolButton(left);
    m_workloadToggle->setObjectName(u"workloadToggle"_qs);
    m_workloadToggle->setCheckable(true);
    m_workloadToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_workloadToggle->setAutoRaise(true);
    m_workloadToggle->setArrowType(Qt::RightArrow);
    connect(m_workloadToggle, &QToolButton::toggled, this, &ReviewQueuePage::setWorkloadVisible);
    leftLayout->addWidget(m_workloadToggle, 0, Qt::AlignLeft);
    m_workload = new ReviewWorkloadPanel(m_session, left);
    m_workload->setMaximumHeight(200);
    m_workload->hide();
    connect(m_workload, &ReviewWorkloadPanel::oldestRequested, this, [this](const QString &itemId) {
        setKindFilter(AllKinds);
        setStatusFilter(Waiting);
        selectItem(itemId);
    });
    leftLayout->addWidget(m_workload);

    auto *scroll = new QScrollArea(m_splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_detail);
    m_splitter->addWidget(left);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({680, 610});
    layout->addWidget(m_splitter, 1);
}

void ReviewQueuePage::retranslate()
{
    m_splitter->widget(1)->setAccessibleName(tr("Review details")); // the detail's scroll area
    m_status->setItemText(Waiting, tr("Waiting for a decision"));
    m_status->setItemText(Delayed, tr("Delayed"));
    m_status->setItemText(ToRelease, tr("Approved – to release"));
    m_status->setItemText(Released, tr("Released"));
    m_status->setItemText(Decided, tr("Decided…"));
    m_status->setAccessibleName(tr("Filter by status"));
    m_mine->setText(tr("Claimed by me"));
    m_refresh->setText(tr("Refresh"));
    // setText() replaces a button's shortcut with the text's mnemonic (none here): set it again.
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_table->setAccessibleName(tr("Review queue"));
    m_workloadToggle->setText(tr("Reviewer workload"));
    m_workloadToggle->setToolTip(
        tr("Items claimed and decided today per reviewer, and the oldest waiting item"));
    updateCounts();
}

void ReviewQueuePage::updateCounts()
{
    const bool loaded = m_model->hasLoaded();
    const int partners = m_model->partnerApplications();
    const int minis = m_model->miniProgramSubmissions();
    m_allKinds->setText(loaded ? tr("All (%1)").arg(partners + minis) : tr("All"));
    m_partnerKind->setText(
        loaded ? tr("Partner applications (%1)").arg(partners) : tr("Partner applications"));
    m_miniKind->setText(
        loaded ? tr("Mini-program submissions (%1)").arg(minis) : tr("Mini-program submissions"));
    m_overdue->setText(m_model->overdue() > 0 ? tr("⚠ %n overdue", nullptr, m_model->overdue()) : QString());
    m_overdue->setVisible(m_model->overdue() > 0);
    const ReviewQuery q = m_model->query();
    // Only the default filter counts what waits for a decision; keep the badge otherwise.
    if (loaded && q.status.isEmpty() && q.claimedBy.isEmpty()) {
        const int waiting = partners + minis;
        if (waiting != m_waiting) {
            m_waiting = waiting;
            Q_EMIT waitingCountChanged(waiting);
        }
    }
}

ReviewQuery ReviewQueuePage::currentQuery() const
{
    ReviewQuery q;
    switch (m_kinds->checkedId()) {
    case PartnerApplications:
        q.kind = toString(ReviewItemKind::PartnerApplication);
        break;
    case MiniProgramSubmissions:
        q.kind = toString(ReviewItemKind::MiniProgramSubmission);
        break;
    default:
        break;
    }
    q.status = statusesOf(m_status->currentData().toInt());
    if (m_mine->isChecked())
        q.claimedBy = m_session->currentUser().username;
    return q;
}

void ReviewQueuePage::applyFilters()
{
    if (!m_active)
        return;
    if (currentQuery() == m_model->query() && m_model->hasLoaded())
        return;
    m_detail->clear();
    m_model->setQuery(currentQuery());
}

void ReviewQueuePage::setKindFilter(KindFilter kind)
{
    if (QAbstractButton *button = m_kinds->button(kind))
        button->setChecked(true);
    applyFilters();
}

void ReviewQueuePage::setStatusFilter(StatusFilter status)
{
    m_status->setCurrentIndex(status);
    applyFilters();
}

void ReviewQueuePage::selectItem(const QString &itemId)
{
    const int row = m_model->rowOf(itemId);
    if (row < 0) {
        m_pendingSelection = itemId; // after the next answer
        return;
    }
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->scrollTo(m_model->index(row, 0));
}

void ReviewQueuePage::setWorkloadVisible(bool visible)
{
    {
        const QSignalBlocker block(m_workloadToggle);
        m_workloadToggle->setChecked(visible);
    }
    m_workloadToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_workload->setVisible(visible);
    if (visible)
        m_workload->reload();
}

void ReviewQueuePage::showCurrent()
{
    // A dialog on the shown item is open: it keeps its item; the selection is shown once it closes.
    if (m_detail->isDialogOpen())
        return;
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const ReviewQueueItem item = m_model->itemAt(current.row());
    if (item.id != m_detail->itemId() || !m_detail->hasDetail())
        m_detail->showItem(item);
}

void ReviewQueuePage::updateRoles()
{
    m_detail->setRoles(m_session->currentUser().roles);
}

void ReviewQueuePage::activate()
{
    if (m_active)
        return;
    m_active = true;
    m_model->setQuery(currentQuery());
    m_model->setPolling(true);
}

void ReviewQueuePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Polling goes on while the page is hidden too, so the navigation's count stays true; an
    // unchanged queue costs one 304.
    activate();
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void ReviewQueuePage::reload()
{
    m_model->reload();
    m_detail->reload();
    if (m_workload->isVisible())
        m_workload->reload();
}

void ReviewQueuePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Kepler
