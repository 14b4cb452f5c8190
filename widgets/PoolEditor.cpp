#include "PoolEditor.h"

#include "CategoryNamesLabel.h"
#include "IdListEdit.h"
#include "api/ApiError.h"
#include "api/PricingDecode.h"
#include "models/PricingText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kepler {

PoolEditor::PoolEditor(QWidget *parent)
    : QWidget(parent)
{
    m_form = new QFormLayout(this);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit(this);
    m_categories = new IdListEdit(this);
    m_brands = new IdListEdit(this);
    m_owner = new QComboBox(this);
    m_owner->addItem(QString(), QString());
    m_owner->addItem(QString(), toString(SkuOwner::Self));
    m_owner->addItem(QString(), toString(SkuOwner::Marketplace));
    m_priceMin = new QLineEdit(this);
    m_priceMax = new QLineEdit(this);
    m_chooseCategories = new QPushButton(this);
    auto *categoriesLine = new QHBoxLayout;
    categoriesLine->addWidget(m_categories, 1);
    categoriesLine->addWidget(m_chooseCategories);
    m_categoryNames = new CategoryNamesLabel(m_categories, this);
    auto *categoriesRow = new QVBoxLayout;
    categoriesRow->setContentsMargins(0, 0, 0, 0);
    categoriesRow->addLayout(categoriesLine);
    categoriesRow->addWidget(m_categoryNames);
    connect(m_chooseCategories, &QPushButton::clicked, this, &PoolEditor::categoriesRequested);
    auto *priceRow = new QHBoxLayout;
    auto *dash = new QLabel(u"–"_qs, this);
    priceRow->addWidget(m_priceMin, 1);
    priceRow->addWidget(dash);
    priceRow->addWidget(m_priceMax, 1);
    m_inStock = new QCheckBox(this);
    m_onSale = new QCheckBox(this);
    auto *flagsRow = new QHBoxLayout;
    flagsRow->addWidget(m_inStock);
    flagsRow->addWidget(m_onSale);
    flagsRow->addStretch();
    m_keyword = new QLineEdit(this);
    m_includes = new IdListEdit(this);
    m_excludes = new IdListEdit(this);
    auto *modesRow = new QHBoxLayout;
    for (PartnerMode m : allPartnerModes()) {
        auto *box = new QCheckBox(this);
        box->setProperty("mode", toString(m));
        m_modes.append(box);
        modesRow->addWidget(box);
    }
    modesRow->addStretch();
    m_partners = new IdListEdit(this);

    const auto row = [this](QLayout *layout, QWidget *field, const QString &key) {
        auto *caption = new QLabel(this);
        m_captions.append(caption);
        // The caption names its field (the first of a row's fields) for screen readers and Alt+letter.
        QWidget *named = field;
        for (int i = 0; !named && layout && i < layout->count(); ++i)
            if (QWidget *w = layout->itemAt(i)->widget(); w && w->focusPolicy() != Qt::NoFocus)
                named = w;
        caption->setBuddy(named);
        if (layout)
            m_form->addRow(caption, layout);
        else
            m_form->addRow(caption, field);
        auto *error = new QLabel(this);
        error->setWordWrap(true);
        error->setStyleSheet(u"color: #c63b3b;"_qs);
        error->setVisible(false);
        m_form->addRow(QString(), error);
        m_errorLabels.insert(key, error);
    };
    row(nullptr, m_name, u"name"_qs);
    row(categoriesRow, m_categories, u"criteria.categories"_qs);
    row(nullptr, m_brands, u"criteria.brands"_qs);
    row(nullptr, m_owner, u"criteria.owner"_qs);
    row(priceRow, nullptr, u"criteria.priceMinFen"_qs);
    row(flagsRow, nullptr, u"criteria.inStockOnly"_qs);
    row(nullptr, m_keyword, u"criteria.keyword"_qs);
    row(nullptr, m_includes, u"includes"_qs);
    row(nullptr, m_excludes, u"excludes"_qs);
    row(modesRow, nullptr, u"modes"_qs);
    row(nullptr, m_partners, u"partners"_qs);

    const auto edited = [this] {
        if (!m_loading)
            validate();
    };
    for (QLineEdit *e : {m_name, static_cast<QLineEdit *>(m_categories), static_cast<QLineEdit *>(m_brands),
             m_priceMin, m_priceMax, m_keyword, static_cast<QLineEdit *>(m_includes),
             static_cast<QLineEdit *>(m_excludes), static_cast<QLineEdit *>(m_partners)})
        connect(e, &QLineEdit::textChanged, this, edited);
    connect(m_owner, &QComboBox::currentIndexChanged, this, edited);
    for (QCheckBox *b : {m_inStock, m_onSale})
        connect(b, &QCheckBox::toggled, this, edited);
    for (QCheckBox *b : std::as_const(m_modes))
        connect(b, &QCheckBox::toggled, this, edited);
    retranslate();
    setPool(ProductPool {});
}

void PoolEditor::setPool(const ProductPool &pool)
{
    m_loading = true;
    m_original = pool;
    const CatalogCriteria &c = pool.criteria;
    m_name->setText(pool.name);
    m_categories->setIdsFrom(c.categories);
    m_brands->setIdsFrom(c.brands);
    m_owner->setCurrentIndex(m_owner->findData(c.owner ? toString(*c.owner) : QString()));
    const QLocale locale;
    m_priceMin->setText(c.priceMinFen ? PricingText::money(*c.priceMinFen, locale).mid(1) : QString());
    m_priceMax->setText(c.priceMaxFen ? PricingText::money(*c.priceMaxFen, locale).mid(1) : QString());
    m_inStock->setChecked(c.inStockOnly);
    m_onSale->setChecked(c.onSaleOnly);
    m_keyword->setText(c.keyword);
    m_includes->setIds(pool.includes);
    m_excludes->setIds(pool.excludes);
    for (QCheckBox *b : std::as_const(m_modes))
        b->setChecked(pool.modes.contains(*partnerModeFromString(b->property("mode").toString())));
    m_partners->setIds(pool.partners);
    m_loading = false;
    validate();
}

void PoolEditor::setCategories(const QList<CatalogCategory> &categories)
{
    m_categoryNames->setCategories(categories);
}

QLabel *PoolEditor::categoryNamesLabel() const
{
    return m_categoryNames;
}

ProductPool PoolEditor::read(FieldErrors *localErrors) const
{
    ProductPool p = m_original;
    p.name = m_name->text().trimmed();
    CatalogCriteria &c = p.criteria;
    const auto ids = [&](IdListEdit *edit, const QString &field) {
        if (!edit->ids())
            localErrors->append({field, u"invalid_value"_qs, u"ids separated by commas"_qs});
    };
    ids(m_categories, u"criteria.categories"_qs);
    ids(m_brands, u"criteria.brands"_qs);
    ids(m_includes, u"includes"_qs);
    ids(m_excludes, u"excludes"_qs);
    ids(m_partners, u"partners"_qs);
    c.categories = m_categories->idsAs<int>();
    c.brands = m_brands->idsAs<int>();
    c.owner = skuOwnerFromString(m_owner->currentData().toString());
    const QLocale locale;
    const auto money = [&](QLineEdit *edit, const QString &field) -> std::optional<qint64> {
        if (edit->text().trimmed().isEmpty())
            return std::nullopt;
        const auto fen = PricingText::parseMoney(edit->text(), locale);
        if (!fen)
            localErrors->append({field, u"invalid_value"_qs,
                PricingText::isNegativeNumber(edit->text(), locale) ? u"a negative amount"_qs
                                                                    : u"an amount in yuan"_qs});
        return fen;
    };
    c.priceMinFen = money(m_priceMin, u"criteria.priceMinFen"_qs);
    c.priceMaxFen = money(m_priceMax, u"criteria.priceMaxFen"_qs);
    c.inStockOnly = m_inStock->isChecked();
    c.onSaleOnly = m_onSale->isChecked();
    c.keyword = m_keyword->text().trimmed();
    p.includes = m_includes->idsAs<qint64>();
    p.excludes = m_excludes->idsAs<qint64>();
    p.modes.clear();
    for (QCheckBox *b : m_modes)
        if (b->isChecked())
            p.modes.append(*partnerModeFromString(b->property("mode").toString()));
    p.partners = m_partners->idsAs<qint64>();
    return p;
}

ProductPool PoolEditor::edited() const
{
    FieldErrors ignored;
    return read(&ignored);
}

bool PoolEditor::isDirty() const
{
    FieldErrors ignored;
    return read(&ignored) != m_original;
}

void PoolEditor::validate()
{
    FieldErrors errors;
    const ProductPool pool = read(&errors);
    ProductPool scratch;
    scratch.id = pool.id;
    mergeFieldErrors(&errors, readProductPool(PricingDecode::poolBody(pool), &scratch));
    m_errors = errors;
    showFieldErrors({});
    Q_EMIT changed();
}

void PoolEditor::showFieldErrors(const FieldErrors &extra)
{
    for (QLabel *label : std::as_const(m_errorLabels)) {
        label->clear();
        label->setVisible(false);
    }
    for (const FieldError &e : m_errors + extra) {
        QString key = e.field;
        if (key == u"criteria.priceMaxFen")
            key = u"criteria.priceMinFen"_qs;
        if (key == u"criteria.onSaleOnly")
            key = u"criteria.inStockOnly"_qs;
        QLabel *label = m_errorLabels.value(key, m_errorLabels.value(u"name"_qs));
        QString text = ApiError::fieldMessage(e);
        if (e.message == u"ids separated by commas")
            text = tr("Enter ids separated by commas.");
        else if (e.message == u"a negative amount")
            text = tr("A price cannot be negative.");
        else if (e.message == u"an amount in yuan")
            text = tr("Enter an amount in yuan with at most two decimals, e.g. 99.90.");
        else if ((e.field == u"includes" || e.field == u"excludes") && e.code == u"invalid_value")
            text = tr("A SKU cannot be both included and excluded.");
        label->setText(label->text().isEmpty() ? text : label->text() + u'\n' + text);
        label->setVisible(true);
    }
}

void PoolEditor::setEditable(bool editable, const QString &why)
{
    for (QWidget *w : findChildren<QWidget *>()) {
        if (qobject_cast<QLabel *>(w))
            continue;
        w->setEnabled(editable);
        w->setToolTip(editable ? QString() : why);
    }
    if (editable)
        retranslate(); // the fields' own tooltips back
}

void PoolEditor::retranslate()
{
    const QStringList captions {tr("Name"), tr("Categories"), tr("Brands"), tr("Owner"), tr("List price (¥)"),
        tr("Stock"), tr("Keyword"), tr("Always include"), tr("Always exclude"), tr("Partner modes"),
        tr("Partners")};
    for (int i = 0; i < m_captions.size() && i < captions.size(); ++i)
        m_captions.at(i)->setText(captions.at(i));
    // The price row has two fields under one caption: each says which end it is.
    m_priceMin->setAccessibleName(tr("Lowest list price (¥)"));
    m_priceMax->setAccessibleName(tr("Highest list price (¥)"));
    m_chooseCategories->setText(tr("Choose…"));
    m_owner->setItemText(0, tr("Any"));
    m_owner->setItemText(1, tr("Self-operated (自营)"));
    m_owner->setItemText(2, tr("Marketplace (第三方)"));
    m_priceMin->setPlaceholderText(tr("from, e.g. 99"));
    m_priceMax->setPlaceholderText(tr("to, e.g. 1999.90"));
    m_inStock->setText(tr("In stock only"));
    m_onSale->setText(tr("On sale only"));
    m_keyword->setPlaceholderText(tr("part of the Chinese or English name"));
    const QString any = tr("any (leave empty)");
    m_categories->setPlaceholderText(any);
    m_brands->setPlaceholderText(any);
    m_categories->setToolTip(tr("Category ids at any level, e.g. 3 (appliances), 301 or 30101"));
    m_includes->setPlaceholderText(tr("SKU ids added by hand"));
    m_excludes->setPlaceholderText(tr("SKU ids taken out by hand (an exclude wins)"));
    m_partners->setPlaceholderText(tr("partner ids"));
    for (QCheckBox *b : std::as_const(m_modes))
        b->setText(displayName(*partnerModeFromString(b->property("mode").toString())));
}

void PoolEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Kepler
