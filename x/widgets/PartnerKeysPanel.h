#pragma once

#include "domain/PartnerKey.h"

#include <QPointer>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace Kepler {

class ApiError;
class ApiSession;
class ListPartnerKeysJob;
class MessageBar;

// The "Keys" tab of a partner: its app keys with their state as a coloured pill, and — for roles
// that may manage keys — Issue, Rotate… (asks for the overlap) and Revoke… (asks to confirm).
// A new secret is shown once, in a PartnerKeySecretDialog. Errors go to the panel's MessageBar.
class PartnerKeysPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        AppKeyColumn,
        StateColumn,
        CreatedColumn,
        CreatedByColumn,
        LastUsedColumn,
        ExpiresColumn,
        RevokedColumn,
        ColumnCount
    };

    PartnerKeysPanel(ApiSession *session, QWidget *parent = nullptr);

    // Shows the partner's keys (loading them now); canManage enables issuing, rotating and
    // revoking — operators and admins (the service checks again). 0 clears the panel.
    void setPartner(qint64 partnerId, bool canManage);
    void reload();

    qint64 partnerId() const { return m_partnerId; }
    QList<PartnerKey> keys() const { return m_keys; }
    MessageBar *messageBar() const { return m_messageBar; }

protected:
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    // After a key was issued, rotated or revoked (e.g. to refresh the partner's timeline).
    void keysChanged(qint64 partnerId);
    // After a list load finished (successfully or not); tests wait for it.
    void loaded();

private:
    void retranslate();
    void showKeys(const QList<PartnerKey> &keys);
    void showError(const ApiError &error);
    void updateButtons();
    const PartnerKey *selectedKey() const;
    void issue();
    void rotate();
    void revoke();
    void showSecret(const IssuedPartnerKey &issued);
    void afterWrite();
    void setBusy(bool busy);

    QPointer<ApiSession> m_session;
    qint64 m_partnerId = 0;
    bool m_canManage = false;
    bool m_busy = false;
    QList<PartnerKey> m_keys;
    QPointer<ListPartnerKeysJob> m_listJob;
    MessageBar *m_messageBar = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_issue = nullptr;
    QPushButton *m_rotate = nullptr;
    QPushButton *m_revoke = nullptr;
};

} // namespace Kepler
