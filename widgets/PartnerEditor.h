#pragma once

#include "BoundedSpinBox.h"
#include "domain/FieldError.h"
#include "domain/Partner.h"
#include "domain/PartnerAction.h"
#include "domain/Role.h"

#include <QHash>
#include <QPair>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace Kepler {

class MessageBar;
class PartnerQuotaPanel;
class PartnerTimelineView;

// The detail panel of one partner: edits the editable fields of a copy, shows the read-only
// ones, and marks the fields the service (or the shared validator) rejected. It never talks to
// the network: the page saves, so a failed save leaves the typed edits exactly where they are.
class PartnerEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PartnerEditor(QWidget *parent = nullptr);

    // Loads a partner (or a blank one, id 0, for "new partner") and forgets unsaved edits.
    void setPartner(const Partner &partner);
    // The partner as loaded: the base a save is computed against.
    const Partner &original() const { return m_original; }
    // The original with the user's edits applied.
    Partner edited() const;
    // Moves the base to `newer`, keeping the fields the user changed ("apply my edits to theirs").
    void rebase(const Partner &newer);

    bool isDirty() const;
    bool isNew() const { return m_original.id == 0; }
    void setBusy(bool busy);
    void setReadOnly(bool readOnly);
    // The lifecycle steps offered are those the partner's state allows and these roles may take.
    void setRoles(Roles roles);

    void showFieldErrors(const FieldErrors &errors);
    // Numbers typed beyond their field's range (commission, rate limit, daily order cap), each
    // with what its field says about it; a save must not go out while there are any.
    FieldErrors inputErrors() const;
    // Shows inputErrors() as field errors (on the field's tab) and returns true when there are any.
    bool refuseBadInput();
    void clearFieldErrors();
    MessageBar *messageBar() const { return m_messageBar; }
    QTabWidget *tabs() const { return m_tabs; }
    // Adds a panel (keys, quotas, ...) as a tab before the history; disabled for a new partner.
    int addDetailTab(QWidget *panel, const QString &title);
    void setDetailTabTitle(QWidget *panel, const QString &title);
    // The quotas tab takes part in editing: its values are saved with the profile.
    void setQuotaPanel(PartnerQuotaPanel *panel, const QString &title);
    PartnerQuotaPanel *quotaPanel() const { return m_quota; }
    void showTab(QWidget *panel);
    PartnerTimelineView *timelineView() const { return m_timeline; }

Q_SIGNALS:
    void saveRequested();
    void dirtyChanged(bool dirty);
    void actionRequested(Kepler::PartnerAction action);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildForm();
    void retranslate();
    void fillChoices();
    void showValues(const Partner &partner);
    void updateReadOnlyInfo();
    void updateActions();
    void updateTabMarks();
    void updateLifecycleInfo();
    void onEdited();
    QWidget *widgetForField(const QString &field) const;
    QList<QPair<QString, QWidget *>> numberFields() const;
    QList<QWidget *> markableFields() const;

    Partner m_original;
    bool m_loading = false;
    bool m_busy = false;
    bool m_readOnly = false;
    bool m_lastDirty = false;

    MessageBar *m_messageBar = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_statusPill = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_nameEn = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_scenario = nullptr;
    QLineEdit *m_contactName = nullptr;
    QLineEdit *m_contactEmail = nullptr;
    QLineEdit *m_contactPhone = nullptr;
    QList<QPair<QString, QWidget *>> m_fields; // the profile form's fields by their JSON path
    BoundedDoubleSpinBox *m_commission = nullptr;
    PartnerQuotaPanel *m_quota = nullptr;
    QWidget *m_quotaTab = nullptr;
    QLineEdit *m_tags = nullptr;
    QLabel *m_info = nullptr;
    QLabel *m_actionsLabel = nullptr;
    QHBoxLayout *m_actions = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_profileTab = nullptr;
    QWidget *m_lifecycleTab = nullptr;
    QLabel *m_lifecycleInfo = nullptr;
    PartnerTimelineView *m_timeline = nullptr;
    Roles m_roles;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QHash<QWidget *, QString> m_defaultToolTips;
};

} // namespace Kepler
