#include "RotateKeyDialog.h"

#include "BoundedSpinBox.h"
#include "api/RotatePartnerKeyJob.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kepler {

RotateKeyDialog::RotateKeyDialog(const QString &appKey, QWidget *parent)
    : PendingDialog(parent)
{
    setObjectName(u"rotateKeyDialog"_qs);
    setTitle(tr("Rotate key"));
    auto *intro
        = new QLabel(tr("A new key and secret are issued. For how many hours should %1 keep working, so "
                        "the partner can switch over? (0 = stop it now)")
                         .arg(appKey),
            this);
    intro->setWordWrap(true);
    contentLayout()->addWidget(intro);
    auto *form = new QFormLayout;
    m_hours = new BoundedSpinBox(this);
    m_hours->setObjectName(u"overlapHours"_qs);
    m_hours->setRange(0, RotatePartnerKeyJob::MaxOverlapHours);
    m_hours->setValue(RotatePartnerKeyJob::DefaultOverlapHours);
    m_hours->setSuffix(tr(" hours"));
    m_hours->input()->setLimitMessages(tr("Enter 0 hours or more; 0 stops the old key now."),
        //: %1 is the limit with its unit, e.g. "168 hours"
        tr("The old key can keep working for at most %1 (a week)."));
    auto *label = new QLabel(tr("&Old key keeps working for"), this);
    label->setBuddy(m_hours);
    m_hours->setAccessibleName(tr("Old key keeps working for"));
    form->addRow(label, m_hours);
    contentLayout()->addLayout(form);
    setOkText(tr("Rotate"));
    connect(m_hours->input(), &SpinBoxInput::problemChanged, this, &RotateKeyDialog::updateHint);
    updateHint();
}

int RotateKeyDialog::overlapHours() const
{
    return m_hours->value();
}

void RotateKeyDialog::updateHint()
{
    // An empty hint enables OK; the field's own words otherwise.
    setHint(m_hours->input()->problemText());
}

} // namespace Kepler
