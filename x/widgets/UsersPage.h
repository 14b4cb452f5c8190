#pragma once

#include "domain/StaffUser.h"

#include <QHash>
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

    ApiSession *m_session;
    UserListModel *m_model;
    StaffUser m_current;
    bool m_loadedOnce = false;
    bool m_busy = false;
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
