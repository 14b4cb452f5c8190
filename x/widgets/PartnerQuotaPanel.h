#pragma once

#include "domain/Partner.h"
#include "domain/PartnerGroup.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace Kepler {

class ApiError;
class ApiSession;

// The "Quotas" tab of a partner's detail: the partner's group, and its rate limit and daily order
// cap, each either inherited (from the group, else the platform default) or set for this partner.
// Under each value it says what applies and where it comes from ("500 req/s — from group 金牌"),
// computed with domain resolveQuota() so an edit is previewed before it is saved.
//
// It edits a copy only; the owner (PartnerEditor) keeps the save flow:
//   panel->setPartner(partner);            // when a partner is shown or reloaded
//   connect(panel, &PartnerQuotaPanel::edited, editor, &PartnerEditor::onEdited);
//   panel->applyTo(&edited);               // when building the partner to save (group, rateLimit,
//                                          // dailyOrderCap; partnerPatch() then sends what changed)
// It loads the groups itself (ListPartnerGroupsJob) when constructed with a session.
class PartnerQuotaPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PartnerQuotaPanel(ApiSession *session, QWidget *parent = nullptr);

    void setPartner(const Partner &partner);
    void applyTo(Partner *edited) const;
    // What the gateway would enforce with the values shown now.
    EffectiveQuota preview() const;
    void setReadOnly(bool readOnly);

    QList<PartnerGroup> groups() const { return m_groups; }
    void setGroups(const QList<PartnerGroup> &groups);
    void reloadGroups();

Q_SIGNALS:
    void edited();
    void groupsLoaded();
    void groupsFailed(const Kepler::ApiError &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showValues();
    void updateEffective();
    void onUserEdit();
    QString groupName(const PartnerGroup &group) const;
    QString sourceText(QuotaSource source) const;

    ApiSession *m_session;
    QList<PartnerGroup> m_groups;
    Partner m_partner;
    bool m_loading = false;
    bool m_readOnly = false;

    QLabel *m_groupLabel = nullptr;
    QComboBox *m_group = nullptr;
    QLabel *m_rateLabel = nullptr;
    QCheckBox *m_rateInherit = nullptr;
    QSpinBox *m_rate = nullptr;
    QLabel *m_rateEffective = nullptr;
    QLabel *m_capLabel = nullptr;
    QCheckBox *m_capInherit = nullptr;
    QSpinBox *m_cap = nullptr;
    QLabel *m_capEffective = nullptr;
};

} // namespace Kepler
