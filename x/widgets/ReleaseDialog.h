#pragma once

#include "PendingDialog.h"

#include "domain/MiniProgramVersion.h"

class QSlider;
class QSpinBox;

namespace Kepler {

// Release a version to a share of users: a spin box and a slider kept in step, presets 1, 5, 10,
// 50 and 100 %. A released version may only go up (MiniProgramLifecycle::checkRelease says why not).
class ReleaseDialog : public PendingDialog
{
    Q_OBJECT

public:
    ReleaseDialog(const MiniProgramVersion &version, const QString &appTitle, QWidget *parent = nullptr);

    int percent() const;
    void setPercent(int percent);
    QSpinBox *percentBox() const { return m_spin; }

private:
    void updateHint();

    MiniProgramVersion m_version;
    QSpinBox *m_spin = nullptr;
    QSlider *m_slider = nullptr;
};

} // namespace Kepler
