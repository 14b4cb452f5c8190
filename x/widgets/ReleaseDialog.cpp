#include "ReleaseDialog.h"

#include "domain/MiniProgramLifecycle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace Kepler {

ReleaseDialog::ReleaseDialog(const MiniProgramVersion &version, const QString &appTitle, QWidget *parent)
    : PendingDialog(parent)
    , m_version(version)
{
    setObjectName(u"releaseDialog"_qs);
    setTitle(tr("Release %1 %2").arg(appTitle, version.codeVersion));
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    if (version.status == MiniProgramStatus::Released && version.grayPercent)
        intro->setText(tr("Version %1 now reaches %2 % of users. A gray release can only grow; "
                          "100 % releases it to everyone.")
                           .arg(version.codeVersion)
                           .arg(*version.grayPercent));
    else
        intro->setText(tr("Start with a small share of users (gray release) and raise it once nothing "
                          "goes wrong, or release to everyone at 100 %."));
    contentLayout()->addWidget(intro);

    auto *row = new QHBoxLayout;
    m_spin = new QSpinBox(this);
    m_spin->setObjectName(u"releasePercent"_qs);
    m_spin->setRange(MiniProgramLifecycle::GrayPercentMin, MiniProgramLifecycle::FullRelease);
    m_spin->setSuffix(tr(" %"));
    m_spin->setAccessibleName(tr("Share of users"));
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(MiniProgramLifecycle::GrayPercentMin, MiniProgramLifecycle::FullRelease);
    m_slider->setAccessibleName(tr("Share of users"));
    row->addWidget(m_spin);
    row->addWidget(m_slider, 1);
    contentLayout()->addLayout(row);
    auto *presets = new QHBoxLayout;
    presets->addWidget(new QLabel(tr("Presets:"), this));
    for (int p : {1, 5, 10, 50, 100}) {
        auto *button = new QToolButton(this);
        button->setText(tr("%1 %").arg(p));
        button->setObjectName(u"preset%1"_qs.arg(p));
        connect(button, &QToolButton::clicked, this, [this, p] { setPercent(p); });
        presets->addWidget(button);
    }
    presets->addStretch(1);
    contentLayout()->addLayout(presets);
    connect(m_spin, &QSpinBox::valueChanged, m_slider, &QSlider::setValue);
    connect(m_slider, &QSlider::valueChanged, m_spin, &QSpinBox::setValue);
    connect(m_spin, &QSpinBox::valueChanged, this, &ReleaseDialog::updateHint);
    // The next sensible step: 10 % for a first release, else the next preset above now.
    int start = 10;
    if (version.grayPercent)
        for (int p : {5, 10, 50, 100})
            if (p > *version.grayPercent) {
                start = p;
                break;
            }
    setPercent(start);
    updateHint();
}

int ReleaseDialog::percent() const
{
    return m_spin->value();
}

void ReleaseDialog::setPercent(int percent)
{
    m_spin->setValue(percent);
}

void ReleaseDialog::updateHint()
{
    using MiniProgramLifecycle::ReleaseRefusal;
    const auto refusal
        = MiniProgramLifecycle::checkRelease(m_version.status, m_version.grayPercent, percent());
    QString hint;
    if (refusal == ReleaseRefusal::NotIncreasing)
        hint = tr("Choose more than the current %1 %.").arg(m_version.grayPercent.value_or(0));
    else if (refusal == ReleaseRefusal::AlreadyFull)
        hint = tr("This version is already released to everyone.");
    else if (refusal)
        hint = tr("This version cannot be released in its current state.");
    setHint(hint);
    setOkText(percent() >= MiniProgramLifecycle::FullRelease ? tr("Release to everyone")
                                                             : tr("Release to %1 %").arg(percent()));
}

} // namespace Kepler
