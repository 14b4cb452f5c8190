#include "ReasonDialog.h"

#include "domain/PartnerLifecycle.h"
#include "domain/PartnerReason.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kepler {

ReasonDialog::ReasonDialog(PartnerAction action, const QString &partnerName, QWidget *parent)
    : QDialog(parent)
    , m_action(action)
{
    setWindowTitle(tr("%1: %2").arg(displayName(action), partnerName));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_reason = new QComboBox(this);
    m_reason->setAccessibleName(tr("Reason"));
    if (!PartnerLifecycle::requiresReason(action))
        m_reason->addItem(tr("No reason given"), QString());
    for (const QString &code : PartnerReason::codes(action))
        m_reason->addItem(PartnerReason::displayName(code), code);
    m_note = new QPlainTextEdit(this);
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("What happened, for the partner's timeline (at most %n character(s))",
        nullptr, PartnerReason::MaxNoteLength));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(90);
    form->addRow(tr("&Reason"), m_reason);
    form->addRow(tr("&Note"), m_note);
    layout->addLayout(form);
    m_hint = new QLabel(this);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_hint);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(displayName(action));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &ReasonDialog::updateOk);
    connect(m_note, &QPlainTextEdit::textChanged, this, &ReasonDialog::updateOk);
    setMinimumWidth(440);
    updateOk();
}

QString ReasonDialog::reasonCode() const
{
    return m_reason->currentData().toString();
}

QString ReasonDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void ReasonDialog::updateOk()
{
    QString hint;
    if (!reasonCode().isEmpty() && PartnerReason::requiresNote(reasonCode()) && note().isEmpty())
        hint = tr("Add a note that explains the reason.");
    else if (note().size() > PartnerReason::MaxNoteLength)
        hint = tr("The note is too long (at most %n character(s)).", nullptr, PartnerReason::MaxNoteLength);
    m_hint->setText(hint);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(hint.isEmpty());
}

} // namespace Kepler
