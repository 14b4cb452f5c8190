#pragma once

#include "SaveCheck.h"
#include "api/CreateRetryKey.h"
#include "domain/StaffUser.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QModelIndex;

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Kepler {

class ApiError;
class ApiSession;
class MessageBar;
class UserListModel;

// Staff accounts, for admins: create, change roles and display name, disable, reset password.
class UsersPage : public QWidget
{
    Q_OBJECT

public:
    explicit UsersPage(ApiSession *session, QWidget *parent = nullptr);

    UserListModel *model() const { return m_model; }
    void reload();
    QPushButton *sessionsButton() const { return m_sessions; }
    MessageBar *messageBar() const { return m_messageBar; }
    // The form holds something not saved yet: typed fields of a new account, changed roles, ...
    bool isDirty() const;

Q_SIGNALS:
    // "Sessions…": where the open account is signed in, to end sessions (the window shows them).
    void sessionsRequested(qint64 userId, const QString &username);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void openUser(const StaffUser &user);
    // Opens `next` unless the form holds unsaved input; then keeps it and asks (save / discard).
    void requestOpen(const StaffUser &next);
    void onCurrentRowChanged(const QModelIndex &current, const QModelIndex &previous);
    void selectCurrentUserRow();
    void showFieldErrors(const FieldErrors &errors);
    void save();
    void resetPassword();
    Roles checkedRoles() const;
    void fail(const ApiError &error);
    // The open account as the form has it (display name, roles, disabled).
    StaffUser formUser() const;
    void saveFailed(const ApiError &error, const StaffUser &before, const StaffUser &sent);
    // An update's answer was lost: reads the account again until the service tells what happened.
    SaveCheck *checkLostSave(const StaffUser &before, const StaffUser &sent);
    void settleSave(
        SaveCheck::Outcome outcome, const StaffUser &current, const StaffUser &before, const StaffUser &sent);

    ApiSession *m_session;
    UserListModel *m_model;
    StaffUser m_current;
    bool m_loadedOnce = false;
    bool m_busy = false;
    // A new account's Idempotency-Key, repeated while its form is unchanged and no answer came.
    CreateRetryKey m_createKey;
    // An update whose answer was lost, being confirmed (or not) by reading the account again.
    QPointer<SaveCheck> m_saveCheck;
    bool m_revertingSelection = false;
    MessageBar *m_messageBar = nullptr;
    QTableView *m_table = nullptr;
    QFormLayout *m_form = nullptr;
    QList<QLabel *> m_captions;
    QList<QWidget *> m_fields;
    QHash<QString, QLabel *> m_errorLabels; // API field name → the red line under its row
    QLabel *m_title = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_displayName = nullptr;
    QHash<Role, QCheckBox *> m_roles;
    QCheckBox *m_disabled = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_sessions = nullptr;
};

} // namespace Kepler
