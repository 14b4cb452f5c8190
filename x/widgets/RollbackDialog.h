#pragma once

#include "PendingDialog.h"

#include "domain/MiniProgramVersion.h"

#include <optional>

class QPlainTextEdit;

namespace Kepler {

// Confirms a rollback and says what happens: which version goes back live (at 100 %), or that
// there is none (then the service would refuse, so OK stays off). Takes an optional note.
class RollbackDialog : public PendingDialog
{
    Q_OBJECT

public:
    RollbackDialog(const MiniProgramVersion &version, const std::optional<MiniProgramVersion> &previous,
        const QString &appTitle, QWidget *parent = nullptr);

    QString note() const;
    QString message() const { return m_message; }

private:
    QPlainTextEdit *m_note = nullptr;
    QString m_message;
};

} // namespace Kepler
