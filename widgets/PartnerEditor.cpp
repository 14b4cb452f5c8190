#include "PartnerEditor.h"

#include "BoundedSpinBox.h"
#include "MessageBar.h"
#include "MnemonicText.h"
#include "PartnerQuotaPanel.h"
#include "PartnerTimelineView.h"
#include "StatusPill.h"
#include "api/ApiError.h"
#include "domain/PartnerLifecycle.h"
#include "domain/PartnerValidator.h"
#include "domain/Scenario.h"
#include "models/DateTimeText.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Kepler {

PartnerEditor::PartnerEditor(QWidget *parent)
    : QWidget(parent)
{
    buildForm();
    retranslate();
    setPartner(Partner());
}

void PartnerEditor::buildForm()
{
    auto *layout = new QVBoxLayout(this);
    m_messageBar = new MessageBar(this);
    layout->addWidget(m_messageBar);

    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusPill = new QLabel(this);
    m_statusPill->setObjectName(u"statusPill"_qs);
    header->addWidget(m_title, 1);
    header->addWidget(m_statusPill);
    layout->addLayout(header);

    // Tabs: the profile form, the lifecycle, then panels the page adds (keys, quotas), and the
    // history last. Save and Revert stay below the tabs: they act on every editable tab.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"detailTabs"_qs);
    m_tabs->setDocumentMode(true);
    // Five tabs in a narrow panel: scroll rather than force the panel wider than the window.
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setElideMode(Qt::ElideNone);
    auto *profile = new QWidget(m_tabs);
    auto *profileLayout = new QVBoxLayout(profile);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_name = new QLineEdit(profile);
    m_name->setMaxLength(PartnerLimits::NameMax);
    m_nameEn = new QLineEdit(profile);
    m_nameEn->setMaxLength(PartnerLimits::NameMax);
    m_mode = new QComboBox(profile);
    m_scenario = new QComboBox(profile);
    m_contactName = new QLineEdit(profile);
    m_contactName->setMaxLength(PartnerLimits::ContactNameMax);
    m_contactEmail = new QLineEdit(profile);
    m_contactEmail->setMaxLength(PartnerLimits::EmailMax);
    m_contactPhone = new QLineEdit(profile);
    m_contactPhone->setMaxLength(PartnerLimits::PhoneMax);
    m_commission = new BoundedDoubleSpinBox(profile);
    m_commission->setRange(0, PartnerLimits::CommissionBpsMax / 100.0);
    m_commission->setDecimals(2);
    m_commission->setSingleStep(0.5);
    m_commission->setSuffix(u" %"_qs);
    m_tags = new QLineEdit(profile);
    // Object names: stable handles for tests and for UI automation.
    m_name->setObjectName(u"name"_qs);
    m_nameEn->setObjectName(u"nameEn"_qs);
    m_mode->setObjectName(u"mode"_qs);
    m_scenario->setObjectName(u"scenario"_qs);
    m_contactName->setObjectName(u"contactName"_qs);
    m_contactEmail->setObjectName(u"contactEmail"_qs);
    m_contactPhone->setObjectName(u"contactPhone"_qs);
    m_commission->setObjectName(u"commission"_qs);
    m_tags->setObjectName(u"tags"_qs);
    m_fields
        = {{u"name"_qs, m_name}, {u"nameEn"_qs, m_nameEn}, {u"mode"_qs, m_mode}, {u"scenario"_qs, m_scenario},
            {u"contact.name"_qs, m_contactName}, {u"contact.email"_qs, m_contactEmail},
            {u"contact.phone"_qs, m_contactPhone}, {u"commissionBps"_qs, m_commission}, {u"tags"_qs, m_tags}};
    for (const auto &[field, w] : std::as_const(m_fields)) {
        m_form->addRow(new QLabel(profile), w);
        if (w == m_commission) // what is wrong with a typed number, right under it
            m_form->addRow(QString(), m_commission->input()->messageLabel());
    }
    profileLayout->addLayout(m_form);
    m_info = new QLabel(profile);
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setForegroundRole(QPalette::PlaceholderText);
    profileLayout->addWidget(m_info);
    profileLayout->addStretch(1);
    m_profileTab = profile;
    m_tabs->addTab(profile, QString());

    auto *lifecycle = new QWidget(m_tabs);
    auto *lifecycleLayout = new QVBoxLayout(lifecycle);
    m_lifecycleInfo = new QLabel(lifecycle);
    m_lifecycleInfo->setWordWrap(true);
    m_lifecycleInfo->setTextFormat(Qt::RichText);
    lifecycleLayout->addWidget(m_lifecycleInfo);
    m_actionsLabel = new QLabel(lifecycle);
    lifecycleLayout->addWidget(m_actionsLabel);
    m_actions = new QHBoxLayout;
    lifecycleLayout->addLayout(m_actions);
    lifecycleLayout->addStretch(1);
    m_lifecycleTab = lifecycle;
    m_tabs->addTab(lifecycle, QString());

    m_timeline = new PartnerTimelineView(m_tabs);
    m_tabs->addTab(m_timeline, QString());
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QHBoxLayout;
    m_revert = new QPushButton(this);
    m_save = new QPushButton(this);
    m_save->setObjectName(u"save"_qs);
    m_revert->setObjectName(u"revert"_qs);
    m_save->setDefault(true);
    m_save->setShortcut(QKeySequence::Save);
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, [this] {
        if (!refuseBadInput())
            Q_EMIT saveRequested();
    });
    connect(m_revert, &QPushButton::clicked, this, [this] { setPartner(m_original); });
    for (QLineEdit *e : {m_name, m_nameEn, m_contactName, m_contactEmail, m_contactPhone, m_tags})
        connect(e, &QLineEdit::textChanged, this, &PartnerEditor::onEdited);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &PartnerEditor::onEdited);
    connect(m_scenario, &QComboBox::currentIndexChanged, this, &PartnerEditor::onEdited);
    connect(m_commission, &QDoubleSpinBox::valueChanged, this, &PartnerEditor::onEdited);
    connect(m_commission->input(), &SpinBoxInput::problemChanged, this, &PartnerEditor::onEdited);
}

void PartnerEditor::retranslate()
{
    const QStringList labels = {tr("&Name"), tr("English name"), tr("&Mode"), tr("&Scenario"),
        tr("Contact person"), tr("Contact e-mail"), tr("Contact phone"), tr("&Commission"), tr("&Tags")};
    for (int row = 0; row < labels.size(); ++row) {
        QWidget *field = m_fields.at(row).second;
        auto *label = qobject_cast<QLabel *>(m_form->labelForField(field));
        label->setText(labels.at(row));
        label->setBuddy(field);
        field->setAccessibleName(withoutMnemonic(labels.at(row)));
    }
    m_name->setPlaceholderText(tr("e.g. 今日资讯"));
    m_nameEn->setPlaceholderText(tr("e.g. Daily News"));
    m_contactEmail->setPlaceholderText(tr("name@example.com"));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. gold, 11.11"));
    m_commission->setToolTip(tr("Share of the order value paid to the partner"));
    //: %1 is the limit with its unit, e.g. "100.00 %"
    m_commission->input()->setLimitMessages(
        tr("Commission cannot be below %1."), tr("Commission can be at most %1."));
    m_tabs->setTabText(m_tabs->indexOf(m_profileTab), tr("Profile"));
    m_tabs->setTabText(m_tabs->indexOf(m_lifecycleTab), tr("Lifecycle"));
    m_tabs->setTabText(m_tabs->indexOf(m_timeline), tr("History"));
    m_timeline->setAccessibleName(tr("History"));
    updateTabMarks();
    m_save->setText(tr("Save"));
    // setText() replaces a button's shortcut with the text's mnemonic (none here): set it again.
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(
        tr("Save changes (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_revert->setText(tr("Revert"));
    m_revert->setToolTip(tr("Discard unsaved changes"));
    for (QWidget *field : markableFields())
        if (field->styleSheet().isEmpty()) // a field marked with an error shows the error instead
            m_defaultToolTips.insert(field, field->toolTip());
    fillChoices();
    updateReadOnlyInfo();
}

void PartnerEditor::fillChoices()
{
    // Rebuilt on language change; the current choice survives because items carry codes.
    const bool wasLoading = m_loading;
    m_loading = true;
    const QVariant mode = m_mode->currentData();
    m_mode->clear();
    for (PartnerMode m : allPartnerModes())
        m_mode->addItem(displayName(m), toString(m));
    m_mode->setCurrentIndex(qMax(0, m_mode->findData(mode)));
    const QVariant scenario = m_scenario->currentData();
    m_scenario->clear();
    for (const QString &code : allScenarios())
        m_scenario->addItem(scenarioDisplayName(code), code);
    m_scenario->setCurrentIndex(qMax(0, m_scenario->findData(scenario)));
    m_loading = wasLoading;
}

void PartnerEditor::setPartner(const Partner &partner)
{
    m_original = partner;
    showValues(partner);
    // A partner that does not exist yet has no lifecycle, keys or history to show.
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->setTabEnabled(
            i, !isNew() || m_tabs->widget(i) == m_profileTab || m_tabs->widget(i) == m_quotaTab);
    if (isNew())
        m_tabs->setCurrentWidget(m_profileTab);
    m_timeline->clearEntries();
    if (isNew()) {
        // A blank form starts from what the combo boxes show, so "dirty" means "typed something".
        m_original.mode
            = partnerModeFromString(m_mode->currentData().toString()).value_or(PartnerMode::Guide);
        m_original.scenario = m_scenario->currentData().toString();
    }
    clearFieldErrors();
    m_messageBar->clear();
    updateReadOnlyInfo();
    onEdited();
}

void PartnerEditor::showValues(const Partner &partner)
{
    m_loading = true;
    m_name->setText(partner.name);
    m_nameEn->setText(partner.nameEn);
    m_mode->setCurrentIndex(qMax(0, m_mode->findData(toString(partner.mode))));
    m_scenario->setCurrentIndex(qMax(0, m_scenario->findData(partner.scenario)));
    m_contactName->setText(partner.contact.name);
    m_contactEmail->setText(partner.contact.email);
    m_contactPhone->setText(partner.contact.phone);
    m_commission->setValue(partner.commissionBps / 100.0);
    if (m_quota)
        m_quota->setPartner(partner);
    m_tags->setText(partner.tags.join(u", "_qs));
    m_loading = false;
}

void PartnerEditor::rebase(const Partner &newer)
{
    // A three-way merge: the fields this user changed keep their values, every other field
    // takes the newer version's, so "apply my edits to theirs" never undoes the other change.
    const QJsonObject mine = partnerPatch(m_original, edited());
    Partner merged = newer;
    applyPartnerPatch(mine, &merged);
    m_original = newer;
    showValues(merged);
    updateReadOnlyInfo();
    onEdited();
}

Partner PartnerEditor::edited() const
{
    Partner p = m_original;
    p.name = m_name->text().trimmed();
    p.nameEn = m_nameEn->text().trimmed();
    p.mode = partnerModeFromString(m_mode->currentData().toString()).value_or(p.mode);
    p.scenario = m_scenario->currentData().toString();
    p.contact = {
        m_contactName->text().trimmed(), m_contactEmail->text().trimmed(), m_contactPhone->text().trimmed()};
    // A number typed beyond the range is carried as typed: the codec then refuses it in words.
    p.commissionBps = int(m_commission->input()->carried(qRound(m_commission->value() * 100), 100));
    if (m_quota)
        m_quota->applyTo(&p); // group, rate limit, daily order cap
    // Accept the Chinese comma too: operators type tags with either keyboard layout.
    static const QRegularExpression separators(u"[,，;；]"_qs);
    QStringList tags;
    for (const QString &tag : m_tags->text().split(separators, Qt::SkipEmptyParts)) {
        const QString t = tag.trimmed();
        if (!t.isEmpty() && !tags.contains(t))
            tags.append(t);
    }
    p.tags = tags;
    return p;
}

bool PartnerEditor::isDirty() const
{
    // A number typed beyond its field's range is an edit too: it is kept, never dropped unseen.
    return !partnerPatch(m_original, edited()).isEmpty() || !inputErrors().isEmpty();
}

QList<QPair<QString, QWidget *>> PartnerEditor::numberFields() const
{
    QList<QPair<QString, QWidget *>> fields {{u"commissionBps"_qs, m_commission}};
    if (m_quota)
        fields += m_quota->numberFields();
    return fields;
}

FieldErrors PartnerEditor::inputErrors() const
{
    FieldErrors errors;
    for (const auto &[field, w] : numberFields())
        if (const SpinBoxInput *input = w->findChild<SpinBoxInput *>(); input && input->hasProblem())
            errors.append({field, u"out_of_range"_qs, input->problemText()});
    return errors;
}

bool PartnerEditor::refuseBadInput()
{
    const FieldErrors errors = inputErrors();
    if (errors.isEmpty())
        return false;
    showFieldErrors(errors);
    return true;
}

void PartnerEditor::onEdited()
{
    if (m_loading)
        return;
    const bool dirty = isDirty();
    m_save->setEnabled(!m_busy && !m_readOnly && (dirty || isNew()));
    m_revert->setEnabled(!m_busy && dirty);
    if (dirty != m_lastDirty) {
        m_lastDirty = dirty;
        updateActions();
        updateTabMarks();
        Q_EMIT dirtyChanged(dirty);
    }
}

void PartnerEditor::setBusy(bool busy)
{
    m_busy = busy;
    m_save->setText(busy ? tr("Saving…") : tr("Save"));
    m_save->setShortcut(QKeySequence::Save); // setText() cleared it
    onEdited();
    updateActions();
}

void PartnerEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (const auto &[field, w] : std::as_const(m_fields))
        w->setEnabled(!readOnly);
    if (m_quota)
        m_quota->setReadOnly(readOnly);
    m_save->setVisible(!readOnly);
    m_revert->setVisible(!readOnly);
    onEdited();
}

void PartnerEditor::setRoles(Roles roles)
{
    m_roles = roles;
    updateActions();
}

void PartnerEditor::updateActions()
{
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QList<PartnerAction> offered;
    if (!isNew())
        for (PartnerAction action : PartnerLifecycle::allowedActions(m_original.status))
            if (PartnerLifecycle::mayPerform(m_roles, action))
                offered << action;
    m_actionsLabel->setText(
        offered.isEmpty() ? tr("Your role offers no step from here.") : tr("Next steps:"));
    const bool dirty = !isNew() && isDirty();
    for (PartnerAction action : std::as_const(offered)) {
        auto *button = new QPushButton(displayName(action), this);
        button->setObjectName(u"action_"_qs + toString(action));
        // A step acts on the saved partner: unsaved edits would be silently left behind.
        button->setEnabled(!m_busy && !dirty);
        button->setToolTip(dirty ? tr("Save or revert your changes first") : QString());
        connect(button, &QPushButton::clicked, this, [this, action] { Q_EMIT actionRequested(action); });
        m_actions->addWidget(button);
    }
    m_actions->addStretch(1);
}

void PartnerEditor::updateTabMarks()
{
    // A dot on the profile tab says "unsaved edits here" even while another tab is open.
    const QString profile = tr("Profile");
    m_tabs->setTabText(m_tabs->indexOf(m_profileTab), m_lastDirty ? profile + u" •"_qs : profile);
}

int PartnerEditor::addDetailTab(QWidget *panel, const QString &title)
{
    // Before the history, which stays last.
    const int index = m_tabs->insertTab(m_tabs->indexOf(m_timeline), panel, title);
    m_tabs->setTabEnabled(index, !isNew() || panel == m_quotaTab);
    return index;
}

void PartnerEditor::setQuotaPanel(PartnerQuotaPanel *panel, const QString &title)
{
    m_quota = panel;
    m_quotaTab = panel; // before addDetailTab: a new partner's quotas are editable too
    addDetailTab(panel, title);
    panel->setPartner(m_original);
    panel->setReadOnly(m_readOnly);
    connect(panel, &PartnerQuotaPanel::edited, this, &PartnerEditor::onEdited);
}

void PartnerEditor::setDetailTabTitle(QWidget *panel, const QString &title)
{
    m_tabs->setTabText(m_tabs->indexOf(panel), title);
}

void PartnerEditor::showTab(QWidget *panel)
{
    if (m_tabs->indexOf(panel) >= 0 && m_tabs->isTabEnabled(m_tabs->indexOf(panel)))
        m_tabs->setCurrentWidget(panel);
}

void PartnerEditor::updateLifecycleInfo()
{
    if (isNew()) {
        m_lifecycleInfo->clear();
        return;
    }
    // The whole path with the current state in bold: where the partner is and where it can go.
    QStringList steps;
    const PartnerStatus path[] = {PartnerStatus::Applied, PartnerStatus::InReview, PartnerStatus::Active,
        PartnerStatus::Suspended, PartnerStatus::Terminated};
    for (PartnerStatus s : path) {
        const QString name = displayName(s).toHtmlEscaped();
        steps << (s == m_original.status ? u"<b>"_qs + name + u"</b>"_qs : name);
    }
    QString text
        = tr("Now: %1").arg(StatusPill::html(m_original.status)) + u"<br><br>"_qs + steps.join(u" → "_qs);
    if (m_original.status == PartnerStatus::Rejected)
        text += u"<br>"_qs + tr("Rejected applications can be edited and submitted again.");
    m_lifecycleInfo->setText(text);
}

void PartnerEditor::updateReadOnlyInfo()
{
    updateActions();
    updateLifecycleInfo();
    if (isNew()) {
        m_title->setText(tr("New partner"));
        m_statusPill->setText(StatusPill::draftHtml(tr("Draft · not saved yet")));
        m_info->setText(tr("A new partner starts as an application and is reviewed before it goes live."));
        return;
    }
    m_title->setText(m_original.name);
    m_statusPill->setText(StatusPill::html(m_original.status));
    const QLocale locale;
    const auto when = [&locale](const QDateTime &t) {
        return DateTimeText::text(t, locale);
    };
    m_info->setText(tr("ID %1 · version %2\nCreated by %3 on %4\nLast changed by %5 on %6")
                        .arg(m_original.id)
                        .arg(m_original.version)
                        .arg(m_original.createdBy, when(m_original.createdAt), m_original.updatedBy,
                            when(m_original.updatedAt)));
}

QList<QWidget *> PartnerEditor::markableFields() const
{
    QList<QWidget *> fields;
    for (const auto &[field, w] : m_fields + numberFields())
        if (!fields.contains(w))
            fields << w;
    return fields;
}

QWidget *PartnerEditor::widgetForField(const QString &field) const
{
    for (const auto &[name, w] : m_fields + numberFields())
        if (name == field)
            return w;
    return nullptr;
}

void PartnerEditor::showFieldErrors(const FieldErrors &errors)
{
    clearFieldErrors();
    QStringList lines;
    QWidget *first = nullptr;
    for (const FieldError &e : errors) {
        QWidget *w = widgetForField(e.field);
        QString text = ApiError::fieldMessage(e);
        // A number field says its limit in its own unit ("at most 100.00 %"), not "out of range".
        if (const SpinBoxInput *input = w ? w->findChild<SpinBoxInput *>() : nullptr;
            input && input->hasProblem())
            text = input->problemText();
        if (!w) {
            lines << text;
            continue;
        }
        auto *label = qobject_cast<QLabel *>(m_form->labelForField(w));
        const QString name = label ? withoutMnemonic(label->text())
                                   : (w->accessibleName().isEmpty() ? e.field : w->accessibleName());
        // "Commission can be at most 100.00 %." names its field already.
        lines << (text.startsWith(name) ? text : tr("%1: %2").arg(name, text));
        w->setStyleSheet(u"border: 1px solid #d93b3b;"_qs);
        w->setToolTip(text);
        if (!first)
            first = w;
    }
    if (!lines.isEmpty())
        m_messageBar->showMessage(
            MessageBar::Kind::Error, tr("Please correct the marked fields:") + u"\n"_qs + lines.join(u'\n'));
    if (first) {
        // On its own tab (the quotas are on another one than the profile).
        for (QWidget *tab = first->parentWidget(); tab; tab = tab->parentWidget())
            if (m_tabs->indexOf(tab) >= 0) {
                m_tabs->setCurrentWidget(tab);
                break;
            }
        first->setFocus();
    }
}

void PartnerEditor::clearFieldErrors()
{
    for (QWidget *w : markableFields()) {
        if (!w->styleSheet().isEmpty()) {
            w->setStyleSheet(QString());
            w->setToolTip(m_defaultToolTips.value(w));
        }
    }
}

void PartnerEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Kepler
