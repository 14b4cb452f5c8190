#pragma once

#include "PendingDialog.h"
#include "api/PricingTypes.h"

class QLabel;
class QTableWidget;

namespace Kepler {

// What activating (or deactivating) a rule changes, shown before it happens: pairs and SKUs
// changed, partners affected, the average margin before → after, prices stopped by a guardrail
// and a few samples. OK sends the status step; the dialog stays open until it succeeds.
class PricingImpactDialog : public PendingDialog
{
    Q_OBJECT

public:
    PricingImpactDialog(const PricingRule &rule, bool activate, QWidget *parent = nullptr);

    void setImpact(const PricingImpact &impact);
    void showImpactError(const QString &message);
    QLabel *summary() const { return m_summary; }
    QTableWidget *samples() const { return m_samples; }

private:
    bool m_activate;
    QLabel *m_summary = nullptr;
    QTableWidget *m_samples = nullptr;
};

} // namespace Kepler
