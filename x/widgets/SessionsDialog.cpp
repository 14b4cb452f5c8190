#include "SessionsDialog.h"

#include "MessageBar.h"
#include "api/ApiError.h"
#include "api/ApiSession.h"
#include "api/RevokeSessionJob.h"
#include "models/DateTimeText.h"
#include "models/SessionListModel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Kepler {

SessionsDialog::SessionsDialog(ApiSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new SessionListModel(session, this))
{
    setObjectName(u"sessionsDialog"_qs);
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    QFont f = m_heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_heading->setFont(f);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    m_messageBar = new MessageBar(this);
    layout->addWidget(m_messageBar);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Times on one line each; the client takes what is left (a browser's long User-Agent is
    // elided, its tooltip has all of it).
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(
        int(SessionListModel::Column::Client), QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false); // Tab goes on to the buttons; arrows move between rows
    m_table->installEventFilter(this); // Delete ends the selected session
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *actions = new QHBoxLayout;
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(u"refresh"_qs);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_revoke = new QPushButton(this);
    m_revoke->setObjectName(u"revoke"_qs);
    m_revokeAll = new QPushButton(this);
    m_revokeAll->setObjectName(u"revokeAll"_qs);
    // Enter must not end a session: only Close is a default button here.
    for (QPushButton *b : {m_refresh, m_revoke, m_revokeAll})
        b->setAutoDefault(false);
    actions->addWidget(m_refresh);
    actions->addStretch(1);
    actions->addWidget(m_revoke);
    actions->addWidget(m_revokeAll);
    layout->addLayout(actions);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->button(QDialogButtonBox::Close)->setDefault(true);
    layout->addWidget(m_buttons);
    setTabOrder(m_table, m_refresh);
    setTabOrder(m_refresh, m_revoke);
    setTabOrder(m_revoke, m_revokeAll);
    setTabOrder(m_revokeAll, m_buttons->button(QDialogButtonBox::Close));

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        m_messageBar->clear();
        m_model->reload();
        updateState();
    });
    connect(m_revoke, &QPushButton::clicked, this, &SessionsDialog::revokeSelected);
    connect(m_revokeAll, &QPushButton::clicked, this, &SessionsDialog::revokeAll);
    connect(m_model, &SessionListModel::loaded, this, [this] {
        // The first session that is not this one is the likely one to end.
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (!m_model->sessionAt(row).current) {
                m_table->setCurrentIndex(m_model->index(row, 0));
                break;
            }
        }
        updateState();
    });
    connect(m_model, &SessionListModel::loadFailed, this, &SessionsDialog::fail);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SessionsDialog::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &SessionsDialog::updateState);
    resize(820, 420);
    retranslate();
}

bool SessionsDialog::isOwnAccount() const
{
    return m_model->userId() == 0;
}

void SessionsDialog::showAccount(qint64 userId, const QString &username)
{
    // An admin opening their own account from the user list sees it as their own (this session
    // marked, never "sign out everywhere" from under their own feet).
    if (userId == m_session->currentUser().id)
        userId = 0;
    m_username = userId == 0 ? QString() : username;
    m_messageBar->clear();
    m_model->setUserId(userId);
    m_model->reload();
    retranslate();
}

void SessionsDialog::retranslate()
{
    setWindowTitle(tr("Signed-in sessions"));
    m_heading->setText(
        isOwnAccount() ? tr("Where your account is signed in") : tr("Where %1 is signed in").arg(m_username));
    m_table->setAccessibleName(tr("Signed-in sessions"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setShortcut(QKeySequence::Refresh); // setText cleared it
    m_revoke->setText(tr("Sign out selected session…"));
    m_revoke->setToolTip(
        tr("Ends the selected session at once (Delete); whoever uses it must sign in again"));
    m_revokeAll->setText(isOwnAccount() ? tr("Sign out all other sessions…") : tr("Sign out everywhere…"));
    m_revokeAll->setToolTip(isOwnAccount() ? tr("Ends every session of your account except this one")
                                           : tr("Ends every session of this account"));
    updateState();
}

void SessionsDialog::updateState()
{
    const QModelIndex current = m_table->currentIndex();
    const bool selected = current.isValid();
    const bool isThisOne = selected && m_model->sessionAt(current.row()).current;
    int others = 0;
    for (const StaffSession &s : m_model->sessions())
        others += s.current ? 0 : 1;
    m_revoke->setEnabled(!m_busy && selected && !isThisOne);
    m_revokeAll->setEnabled(!m_busy && others > 0);
    m_refresh->setEnabled(!m_busy);
    const QLocale locale;
    if (m_model->isLoading() && !m_model->hasLoaded())
        m_status->setText(tr("Loading…"));
    else if (!m_model->hasLoaded())
        m_status->clear();
    else if (isThisOne)
        m_status->setText(
            tr("This is the session you are using now; to end it, sign out from the Console menu."));
    else if (isOwnAccount())
        m_status->setText(others == 0 ? tr("This is the only session of your account.")
                                      : tr("%n other session(s) besides this one.", nullptr, others));
    else
        m_status->setText(m_model->rowCount() == 0 ? tr("%1 is not signed in anywhere.").arg(m_username)
                                                   : tr("%n session(s).", nullptr, m_model->rowCount()));
}

QString SessionsDialog::describe(const StaffSession &session) const
{
    const QString last = DateTimeText::text(session.lastSeenAt);
    return session.address.isEmpty()
        ? tr("%1, last active %2").arg(SessionListModel::clientName(session.userAgent), last)
        : tr("%1 from %2, last active %3")
              .arg(SessionListModel::clientName(session.userAgent), session.address, last);
}

bool SessionsDialog::confirm(const QString &title, const QString &text, const QString &action)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, this);
    QPushButton *yes = box.addButton(action, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel); // Enter keeps the session; ending it is a choice
    box.setEscapeButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

void SessionsDialog::revokeSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (m_busy || !current.isValid())
        return;
    const StaffSession session = m_model->sessionAt(current.row());
    if (session.current)
        return;
    if (!confirm(tr("Sign out session"),
            tr("Sign out this session?\n\n%1\n\nWhoever uses it is signed out at once and must sign in "
               "again.")
                .arg(describe(session)),
            tr("Sign out")))
        return;
    m_messageBar->clear();
    m_busy = true;
    updateState();
    auto *job = new RevokeSessionJob(m_session, session.id);
    connect(job, &RevokeSessionJob::finished, this, [this, session](qint64 id) {
        m_busy = false;
        m_model->removeSession(id);
        m_messageBar->showMessage(MessageBar::Kind::Positive, tr("Signed out: %1.").arg(describe(session)));
        updateState();
    });
    connect(job, &RevokeSessionJob::failed, this, &SessionsDialog::fail);
    job->start();
}

void SessionsDialog::revokeAll()
{
    if (m_busy)
        return;
    QList<qint64> others;
    for (const StaffSession &s : m_model->sessions())
        if (!s.current)
            others << s.id;
    if (others.isEmpty())
        return;
    if (isOwnAccount()) {
        if (!confirm(tr("Sign out other sessions"),
                tr("Sign out %n other session(s) of your account? This session stays signed in.", nullptr,
                    int(others.size())),
                tr("Sign out others")))
            return;
        m_messageBar->clear();
        m_busy = true;
        updateState();
        revokeOthers(others, 0);
        return;
    }
    if (!confirm(tr("Sign out everywhere"),
            tr("Sign %1 out of every session (%n)? They must sign in again to go on.", nullptr,
                int(others.size()))
                .arg(m_username),
            tr("Sign out everywhere")))
        return;
    m_messageBar->clear();
    m_busy = true;
    updateState();
    auto *job = new RevokeUserSessionsJob(m_session, m_model->userId());
    connect(job, &RevokeUserSessionsJob::finished, this, [this](int revoked) {
        m_busy = false;
        m_messageBar->showMessage(
            MessageBar::Kind::Positive, tr("Ended %n session(s) of %1.", nullptr, revoked).arg(m_username));
        m_model->reload();
        updateState();
    });
    connect(job, &RevokeUserSessionsJob::failed, this, &SessionsDialog::fail);
    job->start();
}

void SessionsDialog::revokeOthers(QList<qint64> ids, int ended)
{
    // One at a time: the service has no "all but this one", and each ending is audited by itself.
    if (ids.isEmpty()) {
        m_busy = false;
        m_messageBar->showMessage(
            MessageBar::Kind::Positive, tr("Signed out %n other session(s).", nullptr, ended));
        m_model->reload();
        updateState();
        return;
    }
    const qint64 id = ids.takeFirst();
    auto *job = new RevokeSessionJob(m_session, id);
    connect(job, &RevokeSessionJob::finished, this, [this, ids, ended](qint64 done) {
        m_model->removeSession(done);
        revokeOthers(ids, ended + 1);
    });
    connect(job, &RevokeSessionJob::failed, this, [this, ids, ended](const ApiError &error) {
        // Ended meanwhile (another console, expiry): nothing left to do for that one.
        if (error.httpStatus == 404) {
            revokeOthers(ids, ended);
            return;
        }
        fail(error);
        m_model->reload();
    });
    job->start();
}

void SessionsDialog::fail(const ApiError &error)
{
    m_busy = false;
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    if (error.httpStatus == 404 && m_model->hasLoaded()) {
        // Usually a session that ended by itself in the meantime: the list is out of date.
        m_messageBar->showMessage(
            MessageBar::Kind::Warning, tr("That session had already ended. The list is up to date again."));
        m_model->reload();
    } else {
        m_messageBar->showMessage(MessageBar::Kind::Error, error.message());
        if (error.isRetryable())
            m_messageBar->addAction(tr("Try again"), [this] { m_model->reload(); });
    }
    updateState();
}

bool SessionsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete) && m_revoke->isEnabled()) {
        revokeSelected();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void SessionsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Kepler
