#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Kepler {

class ApiError;
class ApiSession;
class MessageBar;
class SessionListModel;
struct StaffSession;

// "Signed-in sessions" (ASVS V3): where an account is signed in — the client, the address, when it
// signed in and was last active, which one is this console — and ending the ones that should not
// be. For the signed-in account from the Console menu or the command palette; for an admin, any
// account's from the Staff accounts page. Every ending is confirmed first.
class SessionsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SessionsDialog(ApiSession *session, QWidget *parent = nullptr);

    // userId 0 (or the signed-in account's own id): one's own sessions; otherwise that account's.
    void showAccount(qint64 userId = 0, const QString &username = {});
    bool isOwnAccount() const;

    SessionListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    MessageBar *messageBar() const { return m_messageBar; }
    QPushButton *revokeButton() const { return m_revoke; }
    QPushButton *revokeAllButton() const { return m_revokeAll; }
    QPushButton *refreshButton() const { return m_refresh; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateState();
    void revokeSelected();
    void revokeAll();
    void revokeOthers(QList<qint64> ids, int ended);
    bool confirm(const QString &title, const QString &text, const QString &action);
    QString describe(const StaffSession &session) const;
    void fail(const ApiError &error);

    ApiSession *m_session;
    SessionListModel *m_model;
    QString m_username; // whose sessions, when not one's own
    bool m_busy = false;
    QLabel *m_heading = nullptr;
    MessageBar *m_messageBar = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_revoke = nullptr;
    QPushButton *m_revokeAll = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Kepler
