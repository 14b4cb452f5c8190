#include "PricingRuleEditor.h"

#include "BoundedSpinBox.h"
#include "CategoryNamesLabel.h"
#include "IdListEdit.h"
#include "api/ApiError.h"
#include "api/PricingDecode.h"
#include "models/DateTimeText.h"
#include "models/PricingText.h"

#include "domain/PartnerMode.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Kepler {

namespace {

bool isMoney(PriceAdjustment a)
{
    return a == PriceAdjustment::AmountOff || a == PriceAdjustment::FixedPrice;
}

} // namespace

PricingRuleEditor::PricingRuleEditor(QWidget *parent)
    : QWidget(parent)
{
    m_form = new QFormLayout(this);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit(this);
    m_adjustment = new QComboBox(this);
    for (PriceAdjustment a : allPriceAdjustments())
        m_adjustment->addItem(QString(), toString(a));
    m_value = new QLineEdit(this);
    m_valueUnit = new QLabel(this);
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(m_valueUnit);
    m_priority = new BoundedSpinBox(this);
    m_priority->setRange(PricingLimits::PriorityMin, PricingLimits::PriorityMax);
    m_exclusive = new QCheckBox(this);
    const auto timeRow = [this](QCheckBox **check, QDateTimeEdit **edit) {
        *check = new QCheckBox(this);
        *edit = new QDateTimeEdit(QDateTime::currentDateTime(), this);
        (*edit)->setCalendarPopup(true);
        (*edit)->setEnabled(false);
        connect(*check, &QCheckBox::toggled, *edit, &QWidget::setEnabled);
        auto *row = new QHBoxLayout;
        row->addWidget(*check);
        row->addWidget(*edit, 1);
        return row;
    };
    auto *fromRow = timeRow(&m_hasFrom, &m_from);
    auto *untilRow = timeRow(&m_hasUntil, &m_until);
    auto *modesRow = new QHBoxLayout;
    for (PartnerMode m : allPartnerModes()) {
        auto *box = new QCheckBox(this);
        box->setProperty("mode", toString(m));
        m_modes.append(box);
        modesRow->addWidget(box);
    }
    modesRow->addStretch();
    m_partners = new IdListEdit(this);
    m_pools = new IdListEdit(this);
    m_categories = new IdListEdit(this);
    m_categoryNames = new CategoryNamesLabel(m_categories, this);
    auto *categoriesRow = new QVBoxLayout;
    categoriesRow->setContentsMargins(0, 0, 0, 0);
    categoriesRow->addWidget(m_categories);
    categoriesRow->addWidget(m_categoryNames);
    m_brands = new IdListEdit(this);
    m_skus = new IdListEdit(this);

    // Rows with a caption, then an error line under each field (hidden while it has nothing to say).
    const auto row = [this](QLayout *fieldLayout, QWidget *field, const QString &key) {
        auto *caption = new QLabel(this);
        m_captions.append(caption);
        // The caption names its field (the first of a row's fields) for screen readers and Alt+letter.
        QWidget *named = field;
        for (int i = 0; !named && fieldLayout && i < fieldLayout->count(); ++i)
            if (QWidget *w = fieldLayout->itemAt(i)->widget(); w && w->focusPolicy() != Qt::NoFocus)
                named = w;
        caption->setBuddy(named);
        if (fieldLayout)
            m_form->addRow(caption, fieldLayout);
        else
            m_form->addRow(caption, field);
        addErrorLabel(m_form, key);
    };
    row(nullptr, m_name, u"name"_qs);
    row(nullptr, m_adjustment, u"adjustment"_qs);
    row(valueRow, nullptr, u"value"_qs);
    row(nullptr, m_priority, u"priority"_qs);
    row(nullptr, m_exclusive, u"exclusive"_qs);
    row(fromRow, nullptr, u"validFrom"_qs);
    row(untilRow, nullptr, u"validUntil"_qs);
    row(modesRow, nullptr, u"scope.modes"_qs);
    row(nullptr, m_partners, u"scope.partners"_qs);
    row(nullptr, m_pools, u"scope.pools"_qs);
    row(categoriesRow, nullptr, u"scope.categories"_qs);
    row(nullptr, m_brands, u"scope.brands"_qs);
    row(nullptr, m_skus, u"scope.skus"_qs);

    const auto edited = [this] {
        if (!m_loading)
            validate();
    };
    for (QLineEdit *e : {static_cast<QLineEdit *>(m_name), m_value, static_cast<QLineEdit *>(m_partners),
             static_cast<QLineEdit *>(m_pools), static_cast<QLineEdit *>(m_categories),
             static_cast<QLineEdit *>(m_brands), static_cast<QLineEdit *>(m_skus)})
        connect(e, &QLineEdit::textChanged, this, edited);
    connect(m_adjustment, &QComboBox::currentIndexChanged, this, [this, edited] {
        retranslate(); // the value's unit follows the adjustment
        edited();
    });
    connect(m_priority, &QSpinBox::valueChanged, this, edited);
    connect(m_priority->input(), &SpinBoxInput::problemChanged, this, edited);
    for (QCheckBox *b : {m_exclusive, m_hasFrom, m_hasUntil})
        connect(b, &QCheckBox::toggled, this, edited);
    for (QCheckBox *b : std::as_const(m_modes))
        connect(b, &QCheckBox::toggled, this, edited);
    for (QDateTimeEdit *e : {m_from, m_until})
        connect(e, &QDateTimeEdit::dateTimeChanged, this, edited);
    retranslate();
    setRule(PricingRule {});
}

QLabel *PricingRuleEditor::addErrorLabel(QFormLayout *form, const QString &field)
{
    auto *label = new QLabel(this);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #c63b3b;"_qs);
    label->setVisible(false);
    form->addRow(QString(), label);
    m_errorLabels.insert(field, label);
    return label;
}

void PricingRuleEditor::setRule(const PricingRule &rule)
{
    m_loading = true;
    m_original = rule;
    m_name->setText(rule.name);
    m_adjustment->setCurrentIndex(m_adjustment->findData(toString(rule.adjustment)));
    const QLocale locale;
    if (rule.id == 0 && rule.value == 0)
        m_value->clear();
    else if (isMoney(rule.adjustment))
        m_value->setText(PricingText::money(rule.value, locale).mid(1));
    else
        m_value->setText(PricingText::percent(rule.value, locale).chopped(2));
    m_priority->setValue(rule.priority);
    m_exclusive->setChecked(rule.exclusive);
    m_hasFrom->setChecked(rule.validFrom.isValid());
    m_from->setDateTime(
        rule.validFrom.isValid() ? rule.validFrom.toLocalTime() : QDateTime::currentDateTime());
    m_hasUntil->setChecked(rule.validUntil.isValid());
    m_until->setDateTime(
        rule.validUntil.isValid() ? rule.validUntil.toLocalTime() : QDateTime::currentDateTime().addDays(7));
    for (QCheckBox *b : std::as_const(m_modes))
        b->setChecked(rule.scope.modes.contains(*partnerModeFromString(b->property("mode").toString())));
    m_partners->setIds(rule.scope.partners);
    m_pools->setIds(rule.scope.pools);
    m_categories->setIdsFrom(rule.scope.categories);
    m_brands->setIdsFrom(rule.scope.brands);
    m_skus->setIds(rule.scope.skus);
    m_loading = false;
    retranslate();
    validate();
}

PricingRule PricingRuleEditor::read(FieldErrors *localErrors) const
{
    PricingRule r = m_original;
    r.name = m_name->text().trimmed();
    r.adjustment = priceAdjustmentFromString(m_adjustment->currentData().toString()).value_or(r.adjustment);
    const QLocale locale;
    const auto value = isMoney(r.adjustment) ? PricingText::parseMoney(m_value->text(), locale)
                                             : PricingText::parsePercent(m_value->text(), locale);
    if (value)
        r.value = *value;
    else if (PricingText::isNegativeNumber(m_value->text(), locale))
        localErrors->append({u"value"_qs, u"invalid_value"_qs, u"a negative number"_qs});
    else
        localErrors->append(
            {u"value"_qs, m_value->text().trimmed().isEmpty() ? u"required"_qs : u"invalid_value"_qs,
                u"a number with at most two decimals"_qs});
    r.priority = int(m_priority->input()->carried(m_priority->value()));
    if (m_priority->input()->hasProblem())
        localErrors->append({u"priority"_qs, u"out_of_range"_qs, m_priority->input()->problemText()});
    r.exclusive = m_exclusive->isChecked();
    r.validFrom = m_hasFrom->isChecked() ? m_from->dateTime().toUTC() : QDateTime();
    r.validUntil = m_hasUntil->isChecked() ? m_until->dateTime().toUTC() : QDateTime();
    r.scope.modes.clear();
    for (QCheckBox *b : m_modes)
        if (b->isChecked())
            r.scope.modes.append(*partnerModeFromString(b->property("mode").toString()));
    const auto ids = [&](IdListEdit *edit, const QString &field) {
        if (!edit->ids())
            localErrors->append({field, u"invalid_value"_qs, u"ids separated by commas"_qs});
    };
    ids(m_partners, u"scope.partners"_qs);
    ids(m_pools, u"scope.pools"_qs);
    ids(m_categories, u"scope.categories"_qs);
    ids(m_brands, u"scope.brands"_qs);
    ids(m_skus, u"scope.skus"_qs);
    r.scope.partners = m_partners->idsAs<qint64>();
    r.scope.pools = m_pools->idsAs<qint64>();
    r.scope.categories = m_categories->idsAs<int>();
    r.scope.brands = m_brands->idsAs<int>();
    r.scope.skus = m_skus->idsAs<qint64>();
    return r;
}

PricingRule PricingRuleEditor::edited() const
{
    FieldErrors ignored;
    return read(&ignored);
}

bool PricingRuleEditor::isDirty() const
{
    FieldErrors ignored;
    return read(&ignored) != m_original;
}

void PricingRuleEditor::validate()
{
    FieldErrors errors;
    const PricingRule rule = read(&errors);
    // The service's own reading of the body this rule would send: same limits, same messages.
    PricingRule scratch;
    scratch.id = rule.id;
    scratch.name = rule.name;
    mergeFieldErrors(&errors, readPricingRule(PricingDecode::ruleBody(rule), &scratch));
    m_errors = errors;
    showFieldErrors({});
    Q_EMIT changed();
}

QString PricingRuleEditor::valueMessage(const QString &code) const
{
    const auto adjustment = priceAdjustmentFromString(m_adjustment->currentData().toString());
    const bool money = adjustment && isMoney(*adjustment);
    if (code == u"invalid_value")
        return money ? tr("Enter an amount in yuan with at most two decimals, e.g. 19.90.")
                     : tr("Enter a percentage with at most two decimals, e.g. 8.5.");
    if (adjustment == PriceAdjustment::PercentDiscount)
        return tr("A discount can be at most 100 %.");
    if (adjustment == PriceAdjustment::FixedPrice)
        return tr("A fixed price must be at least ¥0.01.");
    if (!money)
        return tr("Enter at most %1.").arg(PricingText::percent(PricingLimits::MaxBps, QLocale()));
    return tr("This amount is out of range.");
}

void PricingRuleEditor::showFieldErrors(const FieldErrors &extra)
{
    for (QLabel *label : std::as_const(m_errorLabels)) {
        label->clear();
        label->setVisible(false);
    }
    for (const FieldError &e : m_errors + extra) {
        QLabel *label = m_errorLabels.value(e.field);
        if (!label && e.field.startsWith(u"scope"_qs))
            label = m_errorLabels.value(u"scope.partners"_qs);
        if (!label)
            label = m_errorLabels.value(u"name"_qs);
        QString text = ApiError::fieldMessage(e);
        if (e.field == u"validUntil" && e.code == u"invalid_value")
            text = tr("The end must come after the start.");
        else if (e.field == u"priority" && m_priority->input()->hasProblem())
            text = m_priority->input()->problemText(); // "Priority can be at most 1000."
        else if (e.field == u"value" && e.message == u"a negative number")
            text = tr("Enter 0 or more: the adjustment says whether the price goes up or down.");
        else if (e.field == u"value" && (e.code == u"out_of_range" || e.code == u"invalid_value"))
            text = valueMessage(e.code); // in the unit the field shows (% or ¥), never bps or fen
        else if (e.field == u"scope.modes" && e.code == u"invalid_value" && !e.message.contains(u"settle"))
            text = tr("A commission rule applies to guide partners: include Guide or leave modes open.");
        else if (e.field.startsWith(u"scope.") && e.message == u"ids separated by commas")
            text = tr("Enter ids separated by commas.");
        label->setText(label->text().isEmpty() ? text : label->text() + u'\n' + text);
        label->setVisible(true);
    }
}

void PricingRuleEditor::setEditable(bool editable, const QString &why)
{
    for (QWidget *w : findChildren<QWidget *>()) {
        if (qobject_cast<QLabel *>(w))
            continue;
        w->setEnabled(editable);
        w->setToolTip(editable ? QString() : why);
    }
    if (editable) {
        m_from->setEnabled(m_hasFrom->isChecked());
        m_until->setEnabled(m_hasUntil->isChecked());
        retranslate(); // the fields' own tooltips back
    }
}

void PricingRuleEditor::retranslate()
{
    const QStringList captions {tr("Name"), tr("Adjustment"), tr("Value"), tr("Priority"), tr("Stacking"),
        tr("Valid from"), tr("Valid until"), tr("Partner modes"), tr("Partners"), tr("Pools"),
        tr("Categories"), tr("Brands"), tr("SKUs")};
    for (int i = 0; i < m_captions.size() && i < captions.size(); ++i)
        m_captions.at(i)->setText(captions.at(i));
    for (QDateTimeEdit *edit : {m_from, m_until}) { // created in the language the console started in
        edit->setLocale(QLocale());
        edit->setDisplayFormat(DateTimeText::format());
    }
    // The caption names the row's checkbox; the date beside it is named by the caption too.
    m_from->setAccessibleName(captions.at(5));
    m_until->setAccessibleName(captions.at(6));
    for (int i = 0; i < m_adjustment->count(); ++i)
        m_adjustment->setItemText(
            i, PricingText::adjustmentName(*priceAdjustmentFromString(m_adjustment->itemData(i).toString())));
    const auto a = priceAdjustmentFromString(m_adjustment->currentData().toString());
    m_valueUnit->setText(a && isMoney(*a) ? tr("¥") : tr("%"));
    m_value->setPlaceholderText(a && isMoney(*a) ? tr("e.g. 19.90") : tr("e.g. 8.5"));
    m_priority->setToolTip(tr("Higher first; rules of one priority are walked by id."));
    m_priority->input()->setLimitMessages(
        tr("Priority cannot be below %1."), tr("Priority can be at most %1."));
    m_exclusive->setText(tr("Exclusive"));
    m_exclusive->setToolTip(tr("Exclusive: applied alone, only if no rule before it changed the price"));
    m_hasFrom->setText(tr("From"));
    m_hasUntil->setText(tr("Until"));
    for (QCheckBox *b : std::as_const(m_modes))
        b->setText(displayName(*partnerModeFromString(b->property("mode").toString())));
    const QString any = tr("any (leave empty)");
    for (IdListEdit *e : {m_partners, m_pools, m_categories, m_brands, m_skus})
        e->setPlaceholderText(any);
    m_categories->setToolTip(tr("Category ids at any level, e.g. 3 (appliances), 301 or 30101"));
}

void PricingRuleEditor::setCategories(const QList<CatalogCategory> &categories)
{
    m_categoryNames->setCategories(categories);
}

QLabel *PricingRuleEditor::categoryNamesLabel() const
{
    return m_categoryNames;
}

void PricingRuleEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Kepler
