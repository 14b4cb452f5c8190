#pragma once

#include "PendingDialog.h"

#include "domain/ReviewItem.h"
#include "domain/ReviewReason.h"

class QComboBox;
class QPlainTextEdit;

namespace Kepler {

// Approve, reject or delay a review item with a coded reason and a note. Mini-program submissions
// offer the ReviewReason codes of the decision, partner applications the PartnerReason codes of
// approve / reject (the service's lists); "other" needs a note.
class ReviewDecisionDialog : public PendingDialog
{
    Q_OBJECT

public:
    ReviewDecisionDialog(
        ReviewItemKind kind, ReviewDecision decision, const QString &itemTitle, QWidget *parent = nullptr);

    ReviewDecision decision() const { return m_decision; }
    QString reasonCode() const;
    QString note() const;
    QComboBox *reasonBox() const { return m_reason; }
    QPlainTextEdit *noteEdit() const { return m_note; }

    static QString decisionName(ReviewDecision decision);

private:
    void updateHint();
    bool requiresNote(const QString &code) const;

    ReviewItemKind m_kind;
    ReviewDecision m_decision;
    QComboBox *m_reason = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace Kepler
