#pragma once

#include "BoundedSpinBox.h"
#include "PendingDialog.h"

class QSpinBox;

namespace Kepler {

// Rotate a partner's app key: asks how many hours the old key keeps working beside the new one
// (0 stops it now). An overlap beyond the service's limit stays as typed and is answered in words
// ("at most 168 hours"), with OK unavailable, instead of becoming another number unseen.
class RotateKeyDialog : public PendingDialog
{
    Q_OBJECT

public:
    explicit RotateKeyDialog(const QString &appKey, QWidget *parent = nullptr);

    int overlapHours() const;
    BoundedSpinBox *hoursBox() const { return m_hours; }

private:
    void updateHint();

    BoundedSpinBox *m_hours = nullptr;
};

} // namespace Kepler
