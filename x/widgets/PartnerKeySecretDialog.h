#pragma once

#include "domain/PartnerKey.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace Kepler {

// Shows a freshly issued app key and its secret — the only time the console ever sees the
// secret — with a Copy button and a plain warning that it cannot be shown again. The dialog
// deletes itself on close, so the secret does not linger in memory longer than needed.
class PartnerKeySecretDialog : public QDialog
{
    Q_OBJECT

public:
    PartnerKeySecretDialog(const IssuedPartnerKey &issued, QWidget *parent = nullptr);

    QString appKey() const;
    QString secret() const;

    // Asks before closing when the secret was not copied.
    void reject() override;

private:
    void copySecret();
    bool secretCopied() const;

    QLineEdit *m_appKey = nullptr;
    QLineEdit *m_secret = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace Kepler
