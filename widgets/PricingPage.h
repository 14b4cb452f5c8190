#pragma once

#include "SaveCheck.h"
#include "api/CreateRetryKey.h"
#include "api/PricingTypes.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;

namespace Kepler {

class ApiError;
class ApiSession;
class MessageBar;
class PriceExplainerPanel;
class PricingImpactDialog;
class PricingRuleEditor;
class PricingRuleListModel;

// The Pricing page (issue 5): the rules with their status pills, priority, adjustment, window and
// the conflicts each is part of; an editor that validates as the user types; Activate / Deactivate
// after an impact preview; and the price explainer. Operators and admins change rules; the other
// roles see everything with the buttons disabled and a tooltip saying why.
class PricingPage : public QWidget
{
    Q_OBJECT

public:
    explicit PricingPage(ApiSession *session, QWidget *parent = nullptr);

    void reload();
    bool canEdit() const;
    // Opens the rule in the editor; false when it is not listed, or when there are unsaved edits
    // (then the message bar asks: Save / Discard and open / Keep editing, and the row goes back).
    bool openRule(qint64 ruleId);
    void newRule();
    void save();
    // Impact preview first; the dialog's OK sends the status step.
    PricingImpactDialog *changeStatus(bool activate);

    PricingRuleListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    PricingRuleEditor *editor() const { return m_editor; }
    PriceExplainerPanel *explainer() const { return m_explainer; }
    QTabWidget *tabs() const { return m_tabs; }
    MessageBar *messageBar() const { return m_message; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *activateButton() const { return m_activate; }
    QPushButton *deactivateButton() const { return m_deactivate; }
    QLabel *conflictLabel() const { return m_conflicts; }
    bool isLoading() const { return m_loading > 0; }

Q_SIGNALS:
    void loaded();
    void saved(const Kepler::PricingRuleEntry &rule);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void loadConflicts();
    // Keeps the edited rule open and asks; "Save" or `discardText` then opens `nextRuleId` (0: a new rule).
    void askAboutUnsaved(const QString &discardText, qint64 nextRuleId);
    void selectCurrentRuleRow(); // the table's highlight on the rule in the editor (none for a new one)
    void showRule(const PricingRuleEntry &entry);
    void updateButtons();
    void saveFailed(const ApiError &error, const PricingRuleEntry &before, const PricingRule &sent);
    // An update's answer was lost: reads the rule again until the service tells what happened.
    SaveCheck *checkLostSave(const PricingRuleEntry &before, const PricingRule &sent);
    void settleSave(SaveCheck::Outcome outcome, const PricingRuleEntry &current,
        const PricingRuleEntry &before, const PricingRule &sent);
    void retranslate();

    ApiSession *m_session;
    PricingRuleListModel *m_model = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    MessageBar *m_message = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_conflicts = nullptr;
    PricingRuleEditor *m_editor = nullptr;
    PriceExplainerPanel *m_explainer = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_activate = nullptr;
    QPushButton *m_deactivate = nullptr;
    PricingRuleEntry m_current;
    int m_loading = 0;
    bool m_loadedOnce = false;
    bool m_saving = false;
    // A new rule's Idempotency-Key, repeated while its draft is unchanged and no answer came.
    CreateRetryKey m_createKey;
    // An update whose answer was lost, being confirmed (or not) by reading the rule again.
    QPointer<SaveCheck> m_saveCheck;
    bool m_revertingSelection = false;
    std::optional<qint64> m_openAfterSave; // a rule id, 0 for a new rule
};

} // namespace Kepler
