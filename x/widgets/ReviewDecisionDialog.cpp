#include "ReviewDecisionDialog.h"

#include "domain/PartnerLifecycle.h"
#include "domain/PartnerReason.h"

#include <QComboBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kepler {

ReviewDecisionDialog::ReviewDecisionDialog(
    ReviewItemKind kind, ReviewDecision decision, const QString &itemTitle, QWidget *parent)
    : PendingDialog(parent)
    , m_kind(kind)
    , m_decision(decision)
{
    setObjectName(u"reviewDecisionDialog"_qs);
    setTitle(tr("%1: %2").arg(decisionName(decision), itemTitle));
    auto *form = new QFormLayout;
    m_reason = new QComboBox(this);
    m_reason->setObjectName(u"decisionReason"_qs);
    m_reason->setAccessibleName(tr("Reason"));
    QStringList codes;
    bool needsReason = ReviewReason::requiresReason(decision);
    if (kind == ReviewItemKind::PartnerApplication) {
        const PartnerAction action
            = decision == ReviewDecision::Approve ? PartnerAction::Approve : PartnerAction::Reject;
        codes = PartnerReason::codes(action);
        needsReason = PartnerLifecycle::requiresReason(action);
    } else {
        codes = ReviewReason::codes(decision);
    }
    if (!needsReason)
        m_reason->addItem(tr("No reason given"), QString());
    for (const QString &code : std::as_const(codes))
        m_reason->addItem(kind == ReviewItemKind::PartnerApplication ? PartnerReason::displayName(code)
                                                                     : ReviewReason::displayName(code),
            code);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(u"decisionNote"_qs);
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("What the partner should know or change (at most %n character(s))", nullptr,
        ReviewReason::MaxNoteLength));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(100);
    form->addRow(tr("&Reason"), m_reason);
    form->addRow(tr("&Note"), m_note);
    contentLayout()->addLayout(form);
    setOkText(decisionName(decision));
    connect(m_reason, &QComboBox::currentIndexChanged, this, &ReviewDecisionDialog::updateHint);
    connect(m_note, &QPlainTextEdit::textChanged, this, &ReviewDecisionDialog::updateHint);
    updateHint();
}

QString ReviewDecisionDialog::decisionName(ReviewDecision decision)
{
    switch (decision) {
    case ReviewDecision::Approve:
        return tr("Approve");
    case ReviewDecision::Reject:
        return tr("Reject");
    case ReviewDecision::Delay:
        return tr("Delay");
    }
    return {};
}

QString ReviewDecisionDialog::reasonCode() const
{
    return m_reason->currentData().toString();
}

QString ReviewDecisionDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

bool ReviewDecisionDialog::requiresNote(const QString &code) const
{
    return m_kind == ReviewItemKind::PartnerApplication ? PartnerReason::requiresNote(code)
                                                        : ReviewReason::requiresNote(code);
}

void ReviewDecisionDialog::updateHint()
{
    QString hint;
    if (!reasonCode().isEmpty() && requiresNote(reasonCode()) && note().isEmpty())
        hint = tr("Add a note that explains the reason.");
    else if (note().size() > ReviewReason::MaxNoteLength)
        hint = tr("The note is too long (at most %n character(s)).", nullptr, ReviewReason::MaxNoteLength);
    setHint(hint);
}

} // namespace Kepler
