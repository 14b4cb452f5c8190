#include "SaveFilterDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kepler {

SaveFilterDialog::SaveFilterDialog(const QStringList &existingNames, QWidget *parent)
    : QDialog(parent)
    , m_existing(existingNames)
{
    setWindowTitle(tr("Save filter"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Name for this filter:"), this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"filterName"_qs);
    m_name->setMaxLength(MaxNameLength);
    label->setBuddy(m_name);
    m_hint = new QLabel(this);
    m_hint->setObjectName(u"filterNameHint"_qs);
    m_hint->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &SaveFilterDialog::updateHint);
    layout->addWidget(label);
    layout->addWidget(m_name);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    updateHint();
}

QString SaveFilterDialog::name() const
{
    return m_name->text().trimmed();
}

QPushButton *SaveFilterDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

void SaveFilterDialog::updateHint()
{
    const QString n = name();
    saveButton()->setEnabled(!n.isEmpty());
    if (n.isEmpty())
        m_hint->setText(tr("Type a name to save the filter under; spaces alone are not a name."));
    else if (m_existing.contains(n))
        m_hint->setText(tr("A saved filter has this name: saving replaces it."));
    else
        m_hint->setText(tr("Saved filters are listed under “Saved filters” on this page."));
}

} // namespace Kepler
