#include "UsersPage.h"

#include "MessageBar.h"
#include "UnsavedEditsPrompt.h"
#include "api/ApiError.h"
#include "api/ApiSession.h"
#include "api/CreateUserJob.h"
#include "api/GetUserJob.h"
#include "api/ResetPasswordJob.h"
#include "api/UpdateUserJob.h"
#include "models/AuditText.h"
#include "models/UserListModel.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Kepler {

UsersPage::UsersPage(ApiSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new UserListModel(session, this))
{
    auto *layout = new QVBoxLayout(this);
    m_messageBar = new MessageBar(this);
    layout->addWidget(m_messageBar);
    auto *splitter = new QSplitter(this);
    m_table = new QTableView(splitter);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false); // Tab goes on to the account's form; arrows move in the list
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &UsersPage::onCurrentRowChanged);

    auto *panel = new QWidget(splitter);
    auto *panelLayout = new QVBoxLayout(panel);
    m_title = new QLabel(panel);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_title->setFont(f);
    panelLayout->addWidget(m_title);
    m_form = new QFormLayout;
    m_username = new QLineEdit(panel);
    m_username->setMaxLength(UserLimits::UsernameMax);
    m_displayName = new QLineEdit(panel);
    m_displayName->setMaxLength(UserLimits::DisplayNameMax);
    auto *rolesBox = new QWidget(panel);
    auto *rolesLayout = new QVBoxLayout(rolesBox);
    rolesLayout->setContentsMargins(0, 0, 0, 0);
    for (Role r : allRoles()) {
        auto *box = new QCheckBox(rolesBox);
        m_roles.insert(r, box);
        rolesLayout->addWidget(box);
    }
    m_disabled = new QCheckBox(panel);
    m_password = new QLineEdit(panel);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(UserLimits::PasswordMax);
    const QStringList keys = {u"username"_qs, u"displayName"_qs, u"roles"_qs, u"disabled"_qs, u"password"_qs};
    const QList<QWidget *> fields = {m_username, m_displayName, rolesBox, m_disabled, m_password};
    for (int i = 0; i < fields.size(); ++i) {
        auto *caption = new QLabel(panel);
        m_captions.append(caption);
        m_fields.append(fields.at(i));
        m_form->addRow(caption, fields.at(i));
        // The service's answer about this field, right under it (not in the banner).
        auto *error = new QLabel(panel);
        error->setObjectName(keys.at(i) + u"Error"_qs);
        error->setWordWrap(true);
        error->setStyleSheet(u"color: #c63b3b;"_qs);
        error->setVisible(false);
        m_form->addRow(QString(), error);
        m_errorLabels.insert(keys.at(i), error);
    }
    panelLayout->addLayout(m_form);
    panelLayout->addStretch(1);
    auto *buttons = new QHBoxLayout;
    m_new = new QPushButton(panel);
    m_reset = new QPushButton(panel);
    m_save = new QPushButton(panel);
    m_save->setDefault(true);
    m_sessions = new QPushButton(panel);
    m_sessions->setObjectName(u"sessions"_qs);
    buttons->addWidget(m_new);
    buttons->addStretch(1);
    buttons->addWidget(m_sessions);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_save);
    panelLayout->addLayout(buttons);
    splitter->addWidget(m_table);
    splitter->addWidget(panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_new, &QPushButton::clicked, this, [this] { requestOpen(StaffUser()); });
    connect(m_save, &QPushButton::clicked, this, &UsersPage::save);
    connect(m_reset, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_sessions, &QPushButton::clicked, this,
        [this] { Q_EMIT sessionsRequested(m_current.id, m_current.username); });
    connect(m_model, &UserListModel::loadFailed, this, &UsersPage::fail);
    retranslate();
    openUser(StaffUser());
}

void UsersPage::retranslate()
{
    m_table->setAccessibleName(tr("Staff accounts"));
    const QStringList labels
        = {tr("User name"), tr("Display name"), tr("Roles"), tr("Access"), tr("Password")};
    for (int row = 0; row < labels.size(); ++row) {
        m_captions.at(row)->setText(labels.at(row));
        m_captions.at(row)->setBuddy(m_fields.at(row));
        m_fields.at(row)->setAccessibleName(labels.at(row));
    }
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it)
        it.value()->setText(displayName(it.key()));
    m_disabled->setText(tr("Disabled (cannot sign in)"));
    m_password->setPlaceholderText(tr("At least %n characters", nullptr, UserLimits::PasswordMin));
    m_new->setText(tr("New user"));
    m_save->setText(tr("Save"));
    m_reset->setText(tr("Set new password"));
    m_reset->setToolTip(tr("Sets the password typed above and signs the user out everywhere"));
    m_sessions->setText(tr("Sessions…"));
    m_sessions->setToolTip(tr("Where this account is signed in; end its sessions"));
    m_title->setText(m_current.id == 0 ? tr("New staff account") : m_current.username);
    const bool self = m_current.id != 0 && m_current.id == m_session->currentUser().id;
    // Someone must be able to fix accounts afterwards: an admin cannot lock themselves out.
    m_disabled->setToolTip(self ? tr("You cannot disable your own account. Ask another admin.") : QString());
    m_roles.value(Role::Admin)
        ->setToolTip(self ? tr("You cannot remove your own admin role. Ask another admin.") : QString());
}

void UsersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        reload();
    }
}

void UsersPage::reload()
{
    m_model->reload();
}

void UsersPage::openUser(const StaffUser &user)
{
    m_current = user;
    m_messageBar->clear(); // an answer about the previous account is not about this one
    showFieldErrors({});
    m_username->setText(user.username);
    m_username->setReadOnly(user.id != 0);
    m_displayName->setText(user.displayName);
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it)
        it.value()->setChecked(user.roles.testFlag(it.key()));
    m_disabled->setChecked(user.disabled);
    const bool self = user.id != 0 && user.id == m_session->currentUser().id;
    m_disabled->setEnabled(user.id != 0 && !self);
    m_roles.value(Role::Admin)->setEnabled(!(self && user.roles.testFlag(Role::Admin)));
    m_password->clear();
    m_reset->setEnabled(user.id != 0);
    m_sessions->setEnabled(user.id != 0);
    retranslate(); // title and the tooltips that say why a control is off
}

bool UsersPage::isDirty() const
{
    if (!m_password->text().isEmpty() || checkedRoles() != m_current.roles
        || m_displayName->text().trimmed() != m_current.displayName)
        return true;
    if (m_current.id == 0)
        return !m_username->text().trimmed().isEmpty();
    return m_disabled->isChecked() != m_current.disabled;
}

void UsersPage::selectCurrentUserRow()
{
    m_revertingSelection = true;
    const int row = m_current.id == 0 ? -1 : m_model->rowOfId(m_current.id);
    if (row < 0) {
        m_table->selectionModel()->clearSelection();
        m_table->selectionModel()->clearCurrentIndex();
    } else {
        m_table->setCurrentIndex(m_model->index(row, 0));
    }
    m_revertingSelection = false;
}

void UsersPage::requestOpen(const StaffUser &next)
{
    if (!isDirty()) {
        openUser(next);
        if (next.id == 0)
            selectCurrentUserRow(); // no row stays highlighted over a new account's form
        return;
    }
    // Never drop typed input silently (the partner editor's rule): keep it and ask.
    UnsavedEditsPrompt::ask(m_messageBar,
        {m_current.id == 0 ? tr("the new account") : m_current.username,
            next.id == 0 ? tr("Discard and start a new account")
                         : tr("Discard and open %1").arg(next.username),
            [this] { save(); },
            [this, next] {
                openUser(next);
                selectCurrentUserRow();
            },
            [this] {
                selectCurrentUserRow();
            }});
}

void UsersPage::onCurrentRowChanged(const QModelIndex &current, const QModelIndex &)
{
    if (m_revertingSelection || !current.isValid())
        return;
    const StaffUser next = m_model->userAt(current.row());
    if (next.id == m_current.id)
        return;
    requestOpen(next);
}

void UsersPage::showFieldErrors(const FieldErrors &errors)
{
    for (QLabel *label : std::as_const(m_errorLabels)) {
        label->clear();
        label->setVisible(false);
    }
    for (const FieldError &e : errors) {
        QLabel *label = m_errorLabels.value(e.field);
        if (!label)
            continue;
        const QString text = e.field == u"password" && e.code == u"too_short"
            ? tr("A password needs at least %n characters.", nullptr, UserLimits::PasswordMin)
            : ApiError::fieldMessage(e);
        label->setText(label->text().isEmpty() ? text : label->text() + u'\n' + text);
        label->setVisible(true);
    }
}

Roles UsersPage::checkedRoles() const
{
    Roles roles;
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it)
        if (it.value()->isChecked())
            roles |= it.key();
    return roles;
}

void UsersPage::save()
{
    if (m_busy)
        return; // a double click must not create the account twice
    m_messageBar->clear();
    showFieldErrors({});
    m_busy = true;
    // A new attempt supersedes the check of a lost one: its If-Match settles what the check would.
    delete m_saveCheck;
    if (m_current.id == 0) {
        const QString username = m_username->text().trimmed();
        const QString displayName = m_displayName->text().trimmed();
        // The same form again (Try again after a lost answer) repeats the same request, key and
        // all: the service then answers with the account it may already have created.
        const QByteArray key
            = m_createKey.keyFor({{u"username"_qs, username}, {u"displayName"_qs, displayName},
                {u"password"_qs, m_password->text()}, {u"roles"_qs, checkedRoles().toInt()}});
        auto *job
            = new CreateUserJob(m_session, username, displayName, m_password->text(), checkedRoles(), key);
        connect(job, &CreateUserJob::finished, this, [this](const StaffUser &user) {
            m_busy = false;
            m_createKey.answered();
            m_model->upsertUser(user);
            openUser(user);
            selectCurrentUserRow();
            m_messageBar->showMessage(MessageBar::Kind::Positive, tr("Created %1.").arg(user.username));
        });
        connect(job, &CreateUserJob::failed, this,
            [this](const ApiError &error) { saveFailed(error, StaffUser {}, StaffUser {}); });
        job->start();
        return;
    }
    const StaffUser before = m_current;
    const StaffUser after = formUser();
    auto *job = new UpdateUserJob(m_session, before, after);
    connect(job, &UpdateUserJob::finished, this, [this](const StaffUser &user) {
        m_busy = false;
        m_model->upsertUser(user);
        openUser(user);
        m_messageBar->showMessage(MessageBar::Kind::Positive, tr("Saved %1.").arg(user.username));
    });
    connect(job, &UpdateUserJob::failed, this,
        [this, before, after](const ApiError &error) { saveFailed(error, before, after); });
    job->start();
}

StaffUser UsersPage::formUser() const
{
    StaffUser user = m_current;
    user.displayName = m_displayName->text().trimmed();
    user.roles = checkedRoles();
    user.disabled = m_disabled->isChecked();
    return user;
}

void UsersPage::saveFailed(const ApiError &error, const StaffUser &before, const StaffUser &sent)
{
    if (sent.id == 0)
        m_createKey.failed(error); // kept only while the answer is lost: Try again repeats it
    const auto current = error.httpStatus == 412 ? StaffUser::fromJson(error.current) : std::nullopt;
    // The newer version may be this very edit, from an attempt whose answer was lost.
    if (current && sent.id > 0 && SaveCheck::carries(current->toJson(), before.toJson(), sent.toJson())) {
        m_busy = false;
        settleSave(SaveCheck::Outcome::Saved, *current, before, sent);
        return;
    }
    if (!error.isOutcomeUnknown()) {
        fail(error);
        return;
    }
    m_busy = false;
    if (sent.id > 0)
        m_saveCheck = checkLostSave(before, sent);
    SaveCheck::showNotConfirmed(m_messageBar, error, m_saveCheck, [this] { save(); });
}

SaveCheck *UsersPage::checkLostSave(const StaffUser &before, const StaffUser &sent)
{
    auto *check = SaveCheck::reading<GetUserJob, StaffUser>(
        m_session, before.id, before.version, before.toJson(), sent.toJson(),
        [](const StaffUser &u) { return u.version; }, [](const StaffUser &u) { return u.toJson(); }, this);
    connect(check, &SaveCheck::settled, this,
        [this, before, sent](SaveCheck::Outcome outcome, const QVariant &read) {
            settleSave(outcome, read.isValid() ? read.value<StaffUser>() : before, before, sent);
        });
    check->checkNow();
    return check;
}

void UsersPage::settleSave(
    SaveCheck::Outcome outcome, const StaffUser &current, const StaffUser &before, const StaffUser &sent)
{
    if (current.version > before.version)
        m_model->upsertUser(current);
    // The form moved on meanwhile (another account, their version loaded): nothing to settle.
    if (m_current.id != before.id || m_current.version != before.version)
        return;
    switch (outcome) {
    case SaveCheck::Outcome::Saved:
        if (formUser() == sent)
            openUser(current);
        m_messageBar->showMessage(MessageBar::Kind::Positive, SaveCheck::confirmedLate(current.username));
        return;
    case SaveCheck::Outcome::Conflict:
        m_messageBar->showMessage(MessageBar::Kind::Warning,
            tr("Someone changed %1 while the answer was lost. Your changes are kept.").arg(current.username));
        m_messageBar->addAction(tr("Load their version"), [this, current] { openUser(current); });
        return;
    case SaveCheck::Outcome::NotSaved:
        m_messageBar->showMessage(MessageBar::Kind::Error, SaveCheck::notSavedAfterCheck());
        m_messageBar->addAction(tr("Try again"), [this] { save(); });
        return;
    }
}

void UsersPage::resetPassword()
{
    m_messageBar->clear();
    auto *job = new ResetPasswordJob(m_session, m_current.id, m_password->text());
    const QString name = m_current.username;
    connect(job, &ResetPasswordJob::finished, this, [this, name] {
        m_password->clear();
        m_messageBar->showMessage(
            MessageBar::Kind::Positive, tr("New password set for %1; their sessions were ended.").arg(name));
    });
    connect(job, &ResetPasswordJob::failed, this, &UsersPage::fail);
    job->start();
}

void UsersPage::fail(const ApiError &error)
{
    m_busy = false;
    QString text = error.message();
    showFieldErrors(error.fieldErrors);
    // Errors about a field the form shows sit under it; any other is named in words here.
    QStringList details;
    for (const FieldError &e : error.fieldErrors)
        if (!m_errorLabels.contains(e.field))
            details << tr("%1: %2").arg(AuditText::fieldLabel(e.field), ApiError::fieldMessage(e));
    if (!details.isEmpty())
        text += u"\n"_qs + details.join(u'\n');
    m_messageBar->showMessage(MessageBar::Kind::Error, text);
}

void UsersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Kepler
