#include "ReviewDetailPanel.h"

#include "MessageBar.h"
#include "ReleaseDialog.h"
#include "ReviewDecisionDialog.h"
#include "RollbackDialog.h"
#include "ScreenshotStrip.h"
#include "api/ApiError.h"
#include "api/ApiSession.h"
#include "api/ClaimReviewJob.h"
#include "api/DecideReviewJob.h"
#include "api/GetReviewJob.h"
#include "api/ReleaseMiniProgramJob.h"
#include "api/ReleaseReviewClaimJob.h"
#include "api/RollbackMiniProgramJob.h"
#include "domain/ErrorCode.h"
#include "domain/MiniProgramLifecycle.h"
#include "domain/MiniProgramValidator.h"
#include "domain/PartnerLifecycle.h"
#include "domain/PartnerReason.h"
#include "domain/ReviewReason.h"
#include "domain/Scenario.h"
#include "models/DateTimeText.h"
#include "models/ReviewCompareModel.h"
#include "models/ReviewQueueModel.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace Kepler {

ReviewDetailPanel::ReviewDetailPanel(ApiSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_compare(new ReviewCompareModel(this))
{
    m_confirm = [this](const QString &text) {
        return QMessageBox::question(this, tr("Checklist not complete"), text,
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    buildUi();
    retranslate();
    clear();
}

void ReviewDetailPanel::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_empty);

    m_body = new QWidget(this);
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    auto *headerRow = new QHBoxLayout;
    auto *headerText = new QVBoxLayout;
    m_title = new QLabel(m_body);
    m_title->setObjectName(u"reviewTitle"_qs);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    m_subtitle = new QLabel(m_body);
    m_subtitle->setObjectName(u"reviewSubtitle"_qs);
    m_subtitle->setWordWrap(true);
    m_age = new QLabel(m_body);
    m_age->setObjectName(u"reviewAge"_qs);
    m_claimLabel = new QLabel(m_body);
    m_claimLabel->setObjectName(u"reviewClaim"_qs);
    // Long names and times wrap rather than widen the panel past the window.
    m_age->setWordWrap(true);
    m_claimLabel->setWordWrap(true);
    headerText->addWidget(m_title);
    headerText->addWidget(m_subtitle);
    headerText->addWidget(m_age);
    headerText->addWidget(m_claimLabel);
    headerRow->addLayout(headerText, 1);
    m_claim = new QPushButton(m_body);
    m_claim->setObjectName(u"claimButton"_qs);
    m_releaseClaim = new QPushButton(m_body);
    m_releaseClaim->setObjectName(u"releaseClaimButton"_qs);
    headerRow->addWidget(m_claim, 0, Qt::AlignTop);
    headerRow->addWidget(m_releaseClaim, 0, Qt::AlignTop);
    body->addLayout(headerRow);

    auto *actions = new QHBoxLayout;
    m_approve = new QPushButton(m_body);
    m_approve->setObjectName(u"approveButton"_qs);
    m_reject = new QPushButton(m_body);
    m_reject->setObjectName(u"rejectButton"_qs);
    m_delay = new QPushButton(m_body);
    m_delay->setObjectName(u"delayButton"_qs);
    m_release = new QPushButton(m_body);
    m_release->setObjectName(u"releaseButton"_qs);
    m_rollback = new QPushButton(m_body);
    m_rollback->setObjectName(u"rollbackButton"_qs);
    for (QPushButton *b : {m_approve, m_reject, m_delay, m_release, m_rollback})
        actions->addWidget(b);
    actions->addStretch(1);
    body->addLayout(actions);
    m_readOnly = new QLabel(m_body);
    m_readOnly->setObjectName(u"readOnlyNote"_qs);
    m_readOnly->setWordWrap(true);
    m_readOnly->setForegroundRole(QPalette::PlaceholderText);
    body->addWidget(m_readOnly);
    m_decisionInfo = new QLabel(m_body);
    m_decisionInfo->setObjectName(u"decisionInfo"_qs);
    m_decisionInfo->setWordWrap(true);
    body->addWidget(m_decisionInfo);

    m_compareBox = new QGroupBox(m_body);
    auto *compareLayout = new QVBoxLayout(m_compareBox);
    m_compareView = new QTableView(m_compareBox);
    m_compareView->setObjectName(u"compareView"_qs);
    m_compareView->setModel(m_compare);
    m_compareView->verticalHeader()->hide();
    m_compareView->setWordWrap(true);
    m_compareView->setSelectionMode(QAbstractItemView::NoSelection);
    m_compareView->setTabKeyNavigation(false); // Tab goes on to the screenshots and the checklist
    m_compareView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_compareView->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_compareView->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_compareView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_compareView->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    // Seven rows of wrapped text: fitting them is cheap here (never on big tables), and the table
    // takes the height its rows need, leaving the rest to the screenshots.
    connect(m_compare, &QAbstractItemModel::modelReset, this, &ReviewDetailPanel::fitCompareView);
    connect(m_compareView->horizontalHeader(), &QHeaderView::sectionResized, this,
        &ReviewDetailPanel::fitCompareView);
    compareLayout->addWidget(m_compareView);
    body->addWidget(m_compareBox);

    m_screenshotBox = new QGroupBox(m_body);
    auto *shotLayout = new QVBoxLayout(m_screenshotBox);
    m_screenshots = new ScreenshotStrip(m_session, m_screenshotBox);
    // Up to five thumbnails: they scroll sideways rather than widen the panel.
    auto *shotScroll = new QScrollArea(m_screenshotBox);
    shotScroll->setWidget(m_screenshots);
    shotScroll->setWidgetResizable(true);
    shotScroll->setFrameShape(QFrame::NoFrame);
    shotScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    shotScroll->setMinimumHeight(
        ScreenshotStrip::ThumbnailHeight + 12 + shotScroll->horizontalScrollBar()->sizeHint().height());
    shotLayout->addWidget(shotScroll);
    connect(m_screenshots, &ScreenshotStrip::loadFailed, this, [this](const ApiError &error) {
        if (m_messageBar)
            m_messageBar->showMessage(
                MessageBar::Kind::Warning, tr("A screenshot could not be loaded: %1").arg(error.message()));
    });
    auto *lower = new QHBoxLayout;
    lower->addWidget(m_screenshotBox, 1);
    m_checklistBox = new QGroupBox(m_body);
    auto *checkLayout = new QVBoxLayout(m_checklistBox);
    for (int i = 0; i < ChecklistCount; ++i) {
        m_checks[i] = new QCheckBox(m_checklistBox);
        m_checks[i]->setObjectName(u"check%1"_qs.arg(i));
        checkLayout->addWidget(m_checks[i]);
        connect(m_checks[i], &QCheckBox::toggled, this, [this, i](bool on) {
            if (m_detail.item.id.isEmpty())
                return;
            int &bits = m_checklist[m_detail.item.id];
            bits = on ? (bits | (1 << i)) : (bits & ~(1 << i));
        });
    }
    checkLayout->addStretch(1);
    lower->addWidget(m_checklistBox);
    body->addLayout(lower);
    body->addStretch(1);

    m_partnerBox = new QGroupBox(m_body);
    m_partnerForm = new QFormLayout(m_partnerBox);
    body->addWidget(m_partnerBox, 1);
    layout->addWidget(m_body, 1);

    connect(m_claim, &QPushButton::clicked, this, &ReviewDetailPanel::claim);
    connect(m_releaseClaim, &QPushButton::clicked, this, &ReviewDetailPanel::releaseClaim);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(ReviewDecision::Approve); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(ReviewDecision::Reject); });
    connect(m_delay, &QPushButton::clicked, this, [this] { decide(ReviewDecision::Delay); });
    connect(m_release, &QPushButton::clicked, this, &ReviewDetailPanel::release);
    connect(m_rollback, &QPushButton::clicked, this, &ReviewDetailPanel::rollback);
}

void ReviewDetailPanel::retranslate()
{
    m_empty->setText(tr("Select an item in the queue to review it."));
    m_claim->setText(tr("&Claim"));
    m_claim->setToolTip(tr("Tell other reviewers you are reviewing this item (for 30 minutes)"));
    m_releaseClaim->setText(tr("Release claim"));
    m_releaseClaim->setToolTip(tr("Let another reviewer take this item"));
    m_approve->setText(tr("&Approve…"));
    m_reject->setText(tr("&Reject…"));
    m_delay->setText(tr("De&lay…"));
    m_release->setText(tr("R&elease…"));
    m_rollback->setText(tr("Roll &back…"));
    m_compareBox->setTitle(tr("This submission and the live release"));
    m_compareView->setAccessibleName(tr("This submission and the live release"));
    m_screenshotBox->setTitle(tr("Screenshots (click to enlarge)"));
    m_checklistBox->setTitle(tr("Checklist"));
    m_checks[PrivacyMatchesPages]->setText(tr("Privacy declaration matches the pages"));
    m_checks[ScreenshotsMatch]->setText(tr("Screenshots match the description"));
    m_checks[CategoryFits]->setText(tr("The category fits"));
    m_checks[PagesOpen]->setText(tr("Every page opens"));
    m_partnerBox->setTitle(tr("Partner's application"));
    if (m_loaded)
        showBody();
    updateHeader();
    updateActions();
}

void ReviewDetailPanel::setRoles(Roles roles)
{
    m_roles = roles;
    updateActions();
}

void ReviewDetailPanel::clear()
{
    ++m_generation;
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
    m_detail = {};
    m_loaded = false;
    m_compare->setVersions(std::nullopt, std::nullopt);
    m_screenshots->setScreenshots({}, {});
    m_empty->show();
    m_body->hide();
}

void ReviewDetailPanel::showItem(const ReviewQueueItem &item)
{
    const bool same = item.id == m_detail.item.id && m_loaded;
    if (!same)
        clear();
    m_detail.item = item;
    m_empty->hide();
    m_body->show();
    updateHeader();
    updateActions();
    reload();
}

void ReviewDetailPanel::reload()
{
    if (m_detail.item.id.isEmpty())
        return;
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
    auto *job = new GetReviewJob(m_session, m_detail.item.id);
    const quint64 generation = ++m_generation;
    connect(job, &GetReviewJob::finished, this, [this, generation](const ReviewDetail &detail) {
        if (generation != m_generation)
            return;
        m_detail = detail;
        m_loaded = true;
        showBody();
        updateHeader();
        updateActions();
        Q_EMIT loaded();
    });
    connect(job, &GetReviewJob::failed, this, [this, generation](const ApiError &error) {
        if (generation != m_generation || error.kind == ApiError::Kind::Cancelled)
            return;
        if (m_messageBar) {
            m_messageBar->showMessage(
                MessageBar::Kind::Error, tr("The item could not be loaded: %1").arg(error.message()));
            m_messageBar->addAction(tr("Try again"), [this] { reload(); });
        }
    });
    m_job = job;
    job->start();
}

QString ReviewDetailPanel::itemTitle() const
{
    const ReviewQueueItem &item = m_detail.item;
    if (item.kind == ReviewItemKind::PartnerApplication)
        return item.partnerName;
    const QString app = item.appName.isEmpty() ? item.appId : item.appName;
    return tr("%1 %2").arg(app, item.codeVersion);
}

void ReviewDetailPanel::keepClaimAlive()
{
    // A reviewer still looking at an item they claimed keeps it: the claim is extended quietly
    // before it runs out (claims last 30 minutes). Hidden panels and busy ones leave it alone.
    const ReviewQueueItem &item = m_detail.item;
    const QDateTime now = m_now();
    if (m_busy || m_renewingClaim || !isVisible() || !item.claim || !item.claim->isLive(now)
        || item.claim->by != m_session->currentUser().username
        || now.secsTo(item.claim->expiresAt) > ClaimRenewSeconds)
        return;
    auto *job = new ClaimReviewJob(m_session, item.id);
    m_renewingClaim = true;
    connect(job, &ClaimReviewJob::failed, this, [this] { m_renewingClaim = false; });
    connect(job, &ClaimReviewJob::finished, this, [this](const ReviewQueueItem &renewed) {
        m_renewingClaim = false;
        if (renewed.id != m_detail.item.id)
            return;
        m_detail.item.claim = renewed.claim;
        updateHeader();
        Q_EMIT itemChanged(m_detail.item);
    });
    // A failure shows on the next act; the header still says until when the claim holds.
    job->start();
}

void ReviewDetailPanel::refreshAge()
{
    const ReviewQueueItem &item = m_detail.item;
    if (!item.enteredAt.isValid()) {
        m_age->clear();
        return;
    }
    const QDateTime now = m_now();
    const qint64 age = ReviewSla::ageMs(item.enteredAt, now);
    const bool overdue = ReviewSla::isOverdue(item.enteredAt, now);
    if (!item.awaitsDecision()) {
        // Decided: when, and how long the decision took; never a wait or "overdue".
        m_age->setText(item.decidedAt.isValid()
                ? tr("Submitted %1 · decided %2 (took %3)")
                      .arg(DateTimeText::text(item.enteredAt), DateTimeText::text(item.decidedAt),
                          ReviewQueueModel::formatAge(ReviewSla::ageMs(item.enteredAt, item.decidedAt)))
                : tr("Submitted %1").arg(DateTimeText::text(item.enteredAt)));
        m_age->setStyleSheet({});
        return;
    }
    const qint64 slaMs = std::chrono::milliseconds(ReviewSla::DefaultSla).count();
    m_age->setText(overdue
            ? tr("⚠ Waiting %1 — overdue by %2 (SLA 24 h)")
                  .arg(ReviewQueueModel::formatAge(age), ReviewQueueModel::formatAge(age - slaMs))
            : tr("Waiting %1 — %2 left (SLA 24 h)")
                  .arg(ReviewQueueModel::formatAge(age), ReviewQueueModel::formatAge(slaMs - age)));
    m_age->setStyleSheet(overdue ? u"color: #c62828; font-weight: bold;"_qs : QString());
}

void ReviewDetailPanel::updateHeader()
{
    const ReviewQueueItem &item = m_detail.item;
    if (item.id.isEmpty())
        return;
    m_title->setText(item.kind == ReviewItemKind::PartnerApplication
            ? tr("Partner application: %1").arg(item.partnerName)
            : tr("%1 — %2").arg(item.partnerName, itemTitle()));
    QString status = item.status;
    if (item.kind == ReviewItemKind::MiniProgramSubmission) {
        if (const auto s = miniProgramStatusFromString(item.status)) {
            status = displayName(*s);
            if (*s == MiniProgramStatus::Released && item.grayPercent)
                status = *item.grayPercent >= 100
                    ? tr("%1 to everyone").arg(status)
                    : tr("%1 to %2 % of users").arg(status).arg(*item.grayPercent);
        }
    } else if (const auto s = partnerStatusFromString(item.status)) {
        status = displayName(*s);
    }
    QStringList parts {displayName(item.kind), displayName(item.mode), status};
    if (!item.category.isEmpty())
        parts << miniProgramCategoryDisplayName(item.category);
    m_subtitle->setText(parts.join(u"  ·  "_qs));
    refreshAge();
    const QString me = m_session->currentUser().username;
    const bool live = item.claim && item.claim->isLive(m_now());
    if (!live)
        m_claimLabel->setText(tr("Not claimed"));
    else if (item.claim->by == me)
        m_claimLabel->setText(
            tr("Claimed by you until %1")
                .arg(QLocale().toString(item.claim->expiresAt.toLocalTime().time(), QLocale::ShortFormat)));
    else
        m_claimLabel->setText(
            tr("Claimed by %1 until %2")
                .arg(item.claim->by,
                    QLocale().toString(item.claim->expiresAt.toLocalTime().time(), QLocale::ShortFormat)));
    m_claimLabel->setStyleSheet(
        live && item.claim->by != me ? u"color: #b26a00; font-weight: bold;"_qs : QString());
    QString decision;
    if (!item.decidedBy.isEmpty()) {
        const QString reason = item.reasonCode.isEmpty()      ? QString()
            : item.kind == ReviewItemKind::PartnerApplication ? PartnerReason::displayName(item.reasonCode)
                                                              : ReviewReason::displayName(item.reasonCode);
        decision = reason.isEmpty() ? tr("Last decision by %1.").arg(item.decidedBy)
                                    : tr("Last decision by %1: %2.").arg(item.decidedBy, reason);
        if (m_detail.submission && !m_detail.submission->note.isEmpty())
            decision += u' ' + tr("Note: %1").arg(m_detail.submission->note);
    }
    m_decisionInfo->setText(decision);
    m_decisionInfo->setVisible(!decision.isEmpty());
}

QString ReviewDetailPanel::noActionReason() const
{
    if (!(m_roles & (Role::Reviewer | Role::Admin)))
        return tr("Only reviewers and admins decide and release. You can look at everything here.");
    return {};
}

void ReviewDetailPanel::updateActions()
{
    const ReviewQueueItem &item = m_detail.item;
    const bool mini = item.kind == ReviewItemKind::MiniProgramSubmission;
    QList<MiniProgramAction> allowed;
    QList<PartnerAction> partnerAllowed;
    if (mini) {
        if (const auto s = miniProgramStatusFromString(item.status))
            allowed = MiniProgramLifecycle::allowedActions(*s, item.grayPercent);
    } else if (const auto s = partnerStatusFromString(item.status)) {
        partnerAllowed = PartnerLifecycle::allowedActions(*s);
    }
    const QString me = m_session->currentUser().username;
    const bool othersClaim = item.claim && item.claim->isLive(m_now()) && item.claim->by != me;
    const bool mine = item.claim && item.claim->isLive(m_now()) && item.claim->by == me;
    const QString readOnly = noActionReason();
    const bool canAct = readOnly.isEmpty() && !m_busy && !item.id.isEmpty();
    const QString claimedTip = othersClaim
        ? tr("%1 is reviewing this item. Ask them to release it.").arg(item.claim->by)
        : QString();
    auto set = [&](QPushButton *button, bool offered, bool roleOk) {
        button->setVisible(offered);
        const bool enabled = canAct && roleOk && !othersClaim;
        button->setEnabled(enabled);
        button->setToolTip(!readOnly.isEmpty() ? readOnly : othersClaim ? claimedTip : QString());
    };
    auto miniOffers = [&](MiniProgramAction a) {
        return mini && allowed.contains(a);
    };
    set(m_approve,
        miniOffers(MiniProgramAction::Approve) || (!mini && partnerAllowed.contains(PartnerAction::Approve)),
        mini ? MiniProgramLifecycle::mayPerform(m_roles, MiniProgramAction::Approve)
             : PartnerLifecycle::mayPerform(m_roles, PartnerAction::Approve));
    set(m_reject,
        miniOffers(MiniProgramAction::Reject) || (!mini && partnerAllowed.contains(PartnerAction::Reject)),
        mini ? MiniProgramLifecycle::mayPerform(m_roles, MiniProgramAction::Reject)
             : PartnerLifecycle::mayPerform(m_roles, PartnerAction::Reject));
    set(m_delay, miniOffers(MiniProgramAction::Delay),
        MiniProgramLifecycle::mayPerform(m_roles, MiniProgramAction::Delay));
    // Release and roll back act on the version, which needs the loaded detail.
    set(m_release, miniOffers(MiniProgramAction::Release) && m_detail.submission,
        MiniProgramLifecycle::mayPerform(m_roles, MiniProgramAction::Release));
    set(m_rollback, miniOffers(MiniProgramAction::Rollback) && m_detail.submission,
        MiniProgramLifecycle::mayPerform(m_roles, MiniProgramAction::Rollback));
    const bool decidable = m_approve->isVisible() || m_reject->isVisible() || m_delay->isVisible();
    const bool admin = m_roles.testFlag(Role::Admin);
    m_claim->setVisible(decidable && !mine && !othersClaim);
    m_claim->setEnabled(canAct);
    m_claim->setToolTip(readOnly.isEmpty()
            ? tr("Tell other reviewers you are reviewing this item (for 30 minutes)")
            : readOnly);
    m_releaseClaim->setVisible(mine || (othersClaim && admin));
    m_releaseClaim->setEnabled(canAct);
    m_readOnly->setText(readOnly);
    m_readOnly->setVisible(!readOnly.isEmpty() && !item.id.isEmpty());
}

void ReviewDetailPanel::showBody()
{
    const bool mini = m_detail.item.kind == ReviewItemKind::MiniProgramSubmission;
    m_compareBox->setVisible(mini);
    m_screenshotBox->setVisible(mini);
    m_checklistBox->setVisible(mini);
    m_partnerBox->setVisible(!mini);
    if (mini) {
        m_compare->setVersions(m_detail.submission, m_detail.liveRelease);
        m_screenshots->setScreenshots(
            m_detail.submission ? m_detail.submission->screenshots : QStringList(), itemTitle());
        const int bits = m_checklist.value(m_detail.item.id);
        for (int i = 0; i < ChecklistCount; ++i) {
            const QSignalBlocker block(m_checks[i]);
            m_checks[i]->setChecked(bits & (1 << i));
        }
    } else {
        showPartner();
    }
}

void ReviewDetailPanel::showPartner()
{
    while (m_partnerForm->rowCount() > 0)
        m_partnerForm->removeRow(0);
    const Partner &p = m_detail.partner;
    auto add = [this](const QString &label, const QString &value) {
        auto *text = new QLabel(value.isEmpty() ? tr("—") : value, m_partnerBox);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_partnerForm->addRow(label, text);
    };
    add(tr("Name"), p.name);
    add(tr("English name"), p.nameEn);
    add(tr("Mode"), displayName(p.mode));
    add(tr("Scenario"), scenarioDisplayName(p.scenario));
    add(tr("Contact"), p.contact.name);
    add(tr("Email"), p.contact.email);
    add(tr("Phone"), p.contact.phone);
    add(tr("Commission"), QLocale().toString(p.commissionBps / 100.0, 'f', 2) + u" %"_qs);
    add(tr("Group"), p.group);
    add(tr("Tags"), p.tags.join(u", "_qs));
    add(tr("Created by"), p.createdBy);
    add(tr("Created"), DateTimeText::text(p.createdAt));
}

void ReviewDetailPanel::fitCompareView()
{
    if (m_fitting)
        return;
    m_fitting = true; // resizing rows may resize sections again
    m_compareView->resizeRowsToContents();
    int height = m_compareView->horizontalHeader()->height() + 2 * m_compareView->frameWidth();
    for (int row = 0; row < m_compare->rowCount(); ++row)
        height += m_compareView->rowHeight(row);
    m_compareView->setFixedHeight(height);
    m_fitting = false;
}

void ReviewDetailPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitCompareView(); // wrapped text needs other row heights at another width
}

bool ReviewDetailPanel::checklistComplete() const
{
    return m_checklist.value(m_detail.item.id) == (1 << ChecklistCount) - 1;
}

void ReviewDetailPanel::applyDetail(const ReviewDetail &detail, const QString &doneMessage)
{
    m_detail = detail;
    m_loaded = true;
    showBody();
    updateHeader();
    updateActions();
    if (m_messageBar)
        m_messageBar->showMessage(MessageBar::Kind::Positive, doneMessage);
    Q_EMIT itemChanged(detail.item);
}

void ReviewDetailPanel::reportFailure(const ApiError &error, PendingDialog *dialog)
{
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    if (dialog)
        dialog->showError(error.message()); // the dialog keeps what was typed
    if (m_messageBar) {
        m_messageBar->showMessage(MessageBar::Kind::Error, error.message());
        // A decision or release that lost a race: show what is there now.
        if (error.httpStatus == 412 || error.httpStatus == 409)
            m_messageBar->addAction(tr("Reload the item"), [this] { reload(); });
    }
    Q_EMIT actFailed(error);
}

void ReviewDetailPanel::claim()
{
    auto *job = new ClaimReviewJob(m_session, m_detail.item.id);
    m_busy = true;
    updateActions();
    connect(job, &ClaimReviewJob::finished, this, [this](const ReviewQueueItem &item) {
        m_busy = false;
        if (item.id != m_detail.item.id)
            return;
        m_detail.item.claim = item.claim;
        updateHeader();
        updateActions();
        Q_EMIT itemChanged(m_detail.item);
    });
    connect(job, &ClaimReviewJob::failed, this, [this](const ApiError &error) {
        m_busy = false;
        if (const auto held = ClaimReviewJob::heldClaim(error)) {
            m_detail.item.claim = held;
            updateHeader();
            Q_EMIT itemChanged(m_detail.item);
        }
        updateActions();
        reportFailure(error, nullptr);
    });
    job->start();
}

void ReviewDetailPanel::releaseClaim()
{
    auto *job = new ReleaseReviewClaimJob(m_session, m_detail.item.id);
    const QString id = m_detail.item.id;
    m_busy = true;
    updateActions();
    connect(job, &ReleaseReviewClaimJob::finished, this, [this, id] {
        m_busy = false;
        if (id != m_detail.item.id)
            return;
        m_detail.item.claim.reset();
        updateHeader();
        updateActions();
        Q_EMIT itemChanged(m_detail.item);
    });
    connect(job, &ReleaseReviewClaimJob::failed, this, [this](const ApiError &error) {
        m_busy = false;
        updateActions();
        reportFailure(error, nullptr);
    });
    job->start();
}

void ReviewDetailPanel::decide(ReviewDecision decision)
{
    if (m_dialog || m_detail.item.id.isEmpty())
        return;
    if (decision == ReviewDecision::Approve && m_detail.item.kind == ReviewItemKind::MiniProgramSubmission
        && !checklistComplete()
        && !m_confirm(tr("Not every checklist item is ticked for %1. Approve it anyway?").arg(itemTitle())))
        return;
    auto *dialog = new ReviewDecisionDialog(m_detail.item.kind, decision, itemTitle(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    watchDialog(dialog);
    // The decision is about the item as the reviewer saw it when the dialog opened.
    connect(dialog, &PendingDialog::submitted, this, [this, dialog, decision, item = m_detail.item] {
        auto *job = new DecideReviewJob(m_session, item, decision, dialog->reasonCode(), dialog->note());
        connect(job, &DecideReviewJob::finished, this, [this, dialog, decision](const ReviewDetail &detail) {
            // Closed after the panel shows the result, so the page does not switch items first.
            QMetaObject::invokeMethod(dialog, &PendingDialog::succeed, Qt::QueuedConnection);
            const QString what = decision == ReviewDecision::Approve ? tr("Approved %1.")
                : decision == ReviewDecision::Reject                 ? tr("Rejected %1.")
                                                                     : tr("Delayed %1.");
            applyDetail(detail, what.arg(itemTitle()));
        });
        connect(job, &DecideReviewJob::failed, this,
            [this, dialog](const ApiError &error) { reportFailure(error, dialog); });
        job->start();
    });
    dialog->open();
}

void ReviewDetailPanel::release()
{
    if (m_dialog || !m_detail.submission)
        return;
    auto *dialog = new ReleaseDialog(*m_detail.submission,
        m_detail.item.appName.isEmpty() ? m_detail.item.appId : m_detail.item.appName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    watchDialog(dialog);
    connect(dialog, &PendingDialog::submitted, this, [this, dialog, version = *m_detail.submission] {
        const int percent = dialog->percent();
        auto *job = new ReleaseMiniProgramJob(m_session, version, percent);
        connect(
            job, &ReleaseMiniProgramJob::finished, this, [this, dialog, percent](const ReviewDetail &detail) {
                // Closed after the panel shows the result, so the page does not switch items first.
                QMetaObject::invokeMethod(dialog, &PendingDialog::succeed, Qt::QueuedConnection);
                applyDetail(detail,
                    percent >= 100 ? tr("Released %1 to everyone.").arg(itemTitle())
                                   : tr("Released %1 to %2 % of users.").arg(itemTitle()).arg(percent));
            });
        connect(job, &ReleaseMiniProgramJob::failed, this,
            [this, dialog](const ApiError &error) { reportFailure(error, dialog); });
        job->start();
    });
    dialog->open();
}

void ReviewDetailPanel::rollback()
{
    if (m_dialog || !m_detail.submission)
        return;
    QList<MiniProgramVersion> versions = m_detail.versions;
    versions.append(*m_detail.submission);
    const auto previous = previousRelease(versions, *m_detail.submission);
    auto *dialog = new RollbackDialog(*m_detail.submission, previous,
        m_detail.item.appName.isEmpty() ? m_detail.item.appId : m_detail.item.appName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    watchDialog(dialog);
    connect(
        dialog, &PendingDialog::submitted, this, [this, dialog, previous, version = *m_detail.submission] {
            auto *job = new RollbackMiniProgramJob(m_session, version, dialog->note());
            connect(job, &RollbackMiniProgramJob::finished, this,
                [this, dialog, previous](const ReviewDetail &detail) {
                    // Closed after the panel shows the result, so the page does not switch items first.
                    QMetaObject::invokeMethod(dialog, &PendingDialog::succeed, Qt::QueuedConnection);
                    applyDetail(detail,
                        tr("Rolled back %1; %2 is live again.")
                            .arg(itemTitle(), previous ? previous->codeVersion : QString()));
                });
            connect(job, &RollbackMiniProgramJob::failed, this,
                [this, dialog](const ApiError &error) { reportFailure(error, dialog); });
            job->start();
        });
    dialog->open();
}

void ReviewDetailPanel::watchDialog(PendingDialog *dialog)
{
    m_dialog = dialog;
    // While it is open the panel stays on its item (the page defers selection changes).
    connect(dialog, &QDialog::finished, this, [this] {
        m_dialog = nullptr;
        Q_EMIT dialogClosed();
    });
}

void ReviewDetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Kepler
