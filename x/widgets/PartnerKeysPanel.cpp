#include "PartnerKeysPanel.h"

#include "MessageBar.h"
#include "PartnerKeySecretDialog.h"
#include "StatusPill.h"
#include "api/ApiSession.h"
#include "api/IssuePartnerKeyJob.h"
#include "api/ListPartnerKeysJob.h"
#include "api/RevokePartnerKeyJob.h"
#include "api/RotatePartnerKeyJob.h"
#include "models/DateTimeText.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kepler {
namespace {

QString timeText(const QDateTime &time, const QString &none)
{
    return DateTimeText::text(time, QLocale(), none);
}

} // namespace

PartnerKeysPanel::PartnerKeysPanel(ApiSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(u"partnerKeys"_qs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_messageBar = new MessageBar(this);
    layout->addWidget(m_messageBar);

    auto *buttons = new QHBoxLayout;
    m_issue = new QPushButton(this);
    m_issue->setObjectName(u"issueKey"_qs);
    m_rotate = new QPushButton(this);
    m_rotate->setObjectName(u"rotateKey"_qs);
    m_revoke = new QPushButton(this);
    m_revoke->setObjectName(u"revokeKey"_qs);
    buttons->addWidget(m_issue);
    buttons->addWidget(m_rotate);
    buttons->addWidget(m_revoke);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"keysTable"_qs);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move between keys
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The detail panel is narrow: when a key stops working comes right after its state, and a long
    // app key gives up its middle (the whole key is in its tooltip) rather than push them away.
    m_table->horizontalHeader()->moveSection(ExpiresColumn, CreatedColumn);
    m_table->setTextElideMode(Qt::ElideMiddle);
    layout->addWidget(m_table, 1);

    connect(m_issue, &QPushButton::clicked, this, &PartnerKeysPanel::issue);
    connect(m_rotate, &QPushButton::clicked, this, &PartnerKeysPanel::rotate);
    connect(m_revoke, &QPushButton::clicked, this, &PartnerKeysPanel::revoke);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PartnerKeysPanel::updateButtons);
    retranslate();
    updateButtons();
}

void PartnerKeysPanel::retranslate()
{
    m_issue->setText(tr("&Issue key"));
    m_rotate->setText(tr("&Rotate…"));
    m_rotate->setToolTip(tr("Issue a new key; the selected key keeps working for a while"));
    m_revoke->setText(tr("Re&voke…"));
    m_revoke->setToolTip(tr("Stop the selected key at once"));
    m_table->setHorizontalHeaderLabels({tr("App key"), tr("State"), tr("Created"), tr("Created by"),
        tr("Last used"), tr("Expires"), tr("Revoked")});
}

void PartnerKeysPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showKeys(m_keys); // the state pills, "Never" and the dates in the new language
    }
    QWidget::changeEvent(event);
}

void PartnerKeysPanel::setPartner(qint64 partnerId, bool canManage)
{
    m_partnerId = partnerId;
    m_canManage = canManage;
    m_messageBar->clear();
    showKeys({});
    reload();
}

void PartnerKeysPanel::reload()
{
    if (m_listJob)
        m_listJob->abort();
    if (m_partnerId <= 0 || !m_session)
        return;
    auto *job = new ListPartnerKeysJob(m_session, m_partnerId);
    m_listJob = job;
    const qint64 partnerId = m_partnerId;
    connect(job, &ListPartnerKeysJob::finished, this, [this, partnerId](const QList<PartnerKey> &keys) {
        if (partnerId == m_partnerId)
            showKeys(keys);
        Q_EMIT loaded();
    });
    connect(job, &ListPartnerKeysJob::failed, this, [this](const ApiError &error) {
        showError(error);
        Q_EMIT loaded();
    });
    job->start();
}

void PartnerKeysPanel::showKeys(const QList<PartnerKey> &keys)
{
    const qint64 selectedId = selectedKey() ? selectedKey()->id : 0;
    m_keys = keys;
    m_table->setRowCount(0);
    m_table->setRowCount(int(keys.size()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    int stateWidth = 0;
    for (int row = 0; row < keys.size(); ++row) {
        const PartnerKey &k = keys.at(row);
        auto set = [this, row](int column, const QString &text) {
            m_table->setItem(row, column, new QTableWidgetItem(text));
        };
        set(AppKeyColumn, k.appKey);
        m_table->item(row, AppKeyColumn)->setFont(mono);
        m_table->item(row, AppKeyColumn)->setToolTip(k.appKey);
        const PartnerKeyState state = k.stateAt(now);
        // The pill shows the state; text under it would show through at its sides.
        set(StateColumn, QString());
        m_table->item(row, StateColumn)->setData(Qt::UserRole, toString(state));
        m_table->item(row, StateColumn)->setData(Qt::AccessibleTextRole, displayName(state));
        auto *pill = new QLabel(StatusPill::html(state), m_table);
        pill->setAlignment(Qt::AlignCenter);
        m_table->setCellWidget(row, StateColumn, pill);
        stateWidth = qMax(stateWidth, pill->sizeHint().width() + 12);
        set(CreatedColumn, timeText(k.createdAt, {}));
        set(CreatedByColumn, k.createdBy);
        set(LastUsedColumn, timeText(k.lastUsedAt, tr("Never")));
        set(ExpiresColumn, timeText(k.expiresAt, tr("—")));
        set(RevokedColumn,
            k.revokedAt.isValid() ? tr("%1 by %2").arg(timeText(k.revokedAt, {}), k.revokedBy) : tr("—"));
        if (k.id == selectedId)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(StateColumn, qMax(m_table->columnWidth(StateColumn), stateWidth));
    // About half a key: enough to tell keys apart ("kp_9df38…5ec1059273").
    m_table->setColumnWidth(AppKeyColumn,
        qMin(m_table->columnWidth(AppKeyColumn), QFontMetrics(mono).horizontalAdvance(QString(20, u'0'))));
    updateButtons();
}

void PartnerKeysPanel::showError(const ApiError &error)
{
    if (error.kind != ApiError::Kind::Cancelled)
        m_messageBar->showMessage(MessageBar::Kind::Error, error.message());
}

const PartnerKey *PartnerKeysPanel::selectedKey() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = items.first()->row();
    return row >= 0 && row < m_keys.size() ? &m_keys.at(row) : nullptr;
}

void PartnerKeysPanel::updateButtons()
{
    const PartnerKey *key = selectedKey();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool manage = m_canManage && m_partnerId > 0 && !m_busy;
    m_issue->setEnabled(manage);
    m_rotate->setEnabled(manage && key && key->isUsableAt(now));
    m_revoke->setEnabled(manage && key && !key->revokedAt.isValid());
    for (QPushButton *b : {m_issue, m_rotate, m_revoke})
        b->setVisible(m_canManage);
}

void PartnerKeysPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void PartnerKeysPanel::issue()
{
    auto *job = new IssuePartnerKeyJob(m_session, m_partnerId);
    connect(job, &IssuePartnerKeyJob::finished, this, [this](const IssuedPartnerKey &issued) {
        afterWrite();
        showSecret(issued);
    });
    connect(job, &IssuePartnerKeyJob::failed, this, [this](const ApiError &e) {
        setBusy(false);
        showError(e);
    });
    setBusy(true);
    job->start();
}

void PartnerKeysPanel::rotate()
{
    const PartnerKey *key = selectedKey();
    if (!key)
        return;
    bool ok = false;
    const int hours = QInputDialog::getInt(this, tr("Rotate key"),
        tr("A new key and secret are issued. For how many hours should %1 keep working, so the "
           "partner can switch over? (0 = stop it now)")
            .arg(key->appKey),
        RotatePartnerKeyJob::DefaultOverlapHours, 0, RotatePartnerKeyJob::MaxOverlapHours, 1, &ok);
    if (!ok)
        return;
    auto *job = new RotatePartnerKeyJob(m_session, m_partnerId, key->id, hours);
    connect(job, &RotatePartnerKeyJob::finished, this,
        [this](const IssuedPartnerKey &issued, const PartnerKey &) {
            afterWrite();
            showSecret(issued);
        });
    connect(job, &RotatePartnerKeyJob::failed, this, [this](const ApiError &e) {
        setBusy(false);
        showError(e);
    });
    setBusy(true);
    job->start();
}

void PartnerKeysPanel::revoke()
{
    const PartnerKey *key = selectedKey();
    if (!key)
        return;
    const auto answer = QMessageBox::warning(this, tr("Revoke key"),
        tr("Revoke %1? Requests signed with it are refused at once. This cannot be undone.").arg(key->appKey),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    auto *job = new RevokePartnerKeyJob(m_session, m_partnerId, key->id);
    connect(job, &RevokePartnerKeyJob::finished, this, [this](const PartnerKey &revoked) {
        afterWrite();
        m_messageBar->showMessage(MessageBar::Kind::Positive, tr("Key %1 was revoked.").arg(revoked.appKey));
    });
    connect(job, &RevokePartnerKeyJob::failed, this, [this](const ApiError &e) {
        setBusy(false);
        showError(e);
        reload(); // e.g. someone else revoked it first
    });
    setBusy(true);
    job->start();
}

void PartnerKeysPanel::afterWrite()
{
    setBusy(false);
    m_messageBar->clear();
    reload();
    Q_EMIT keysChanged(m_partnerId);
}

void PartnerKeysPanel::showSecret(const IssuedPartnerKey &issued)
{
    auto *dialog = new PartnerKeySecretDialog(issued, this);
    dialog->open();
}

} // namespace Kepler
