#pragma once

#include "domain/PartnerAction.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace Kepler {

// Asks for the coded reason and an optional note before a lifecycle step such as "Suspend".
// The reasons are the fixed, translated list the service accepts for that step.
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    ReasonDialog(PartnerAction action, const QString &partnerName, QWidget *parent = nullptr);

    QString reasonCode() const;
    QString note() const;

private:
    void updateOk();

    PartnerAction m_action;
    QComboBox *m_reason = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Kepler
