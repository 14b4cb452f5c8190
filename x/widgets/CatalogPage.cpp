#include "CatalogPage.h"

#include "FilterButton.h"
#include "MessageBar.h"
#include "TableColumns.h"
#include "api/ApiError.h"
#include "api/ListCatalogBrandsJob.h"
#include "api/ListCatalogCategoriesJob.h"
#include "models/CatalogSkuModel.h"
#include "models/LocalizedName.h"
#include "models/PricingText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Kepler {

namespace {

constexpr int CategoryIdRole = Qt::UserRole + 1;
constexpr int KeywordDebounceMs = 300;

} // namespace

CatalogPage::CatalogPage(ApiSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new CatalogSkuModel(session, this))
{
    m_model->setDirectory(&m_directory);
    auto *layout = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);

    auto *filters = new QHBoxLayout;
    m_keyword = new QLineEdit(this);
    m_keyword->setObjectName(u"keyword"_qs);
    m_keyword->setClearButtonEnabled(true);
    m_keyword->setMaxLength(64);
    m_brands = new FilterButton(this);
    m_brands->setMinimumWidth(110);
    m_owner = new QComboBox(this);
    m_priceLabel = new QLabel(this);
    m_priceMin = new QLineEdit(this);
    m_priceMax = new QLineEdit(this);
    for (QLineEdit *e : {m_priceMin, m_priceMax})
        e->setMaximumWidth(90);
    m_inStock = new QCheckBox(this);
    m_sortLabel = new QLabel(this);
    m_sort = new QComboBox(this);
    m_total = new QLabel(this);
    m_total->setObjectName(u"total"_qs);
    filters->addWidget(m_keyword, 2);
    filters->addWidget(m_brands);
    filters->addWidget(m_owner);
    filters->addWidget(m_priceLabel);
    filters->addWidget(m_priceMin);
    filters->addWidget(new QLabel(u"–"_qs, this));
    filters->addWidget(m_priceMax);
    filters->addWidget(m_inStock);
    filters->addWidget(m_sortLabel);
    filters->addWidget(m_sort);
    filters->addStretch(1);
    filters->addWidget(m_total);
    layout->addLayout(filters);

    auto *splitter = new QSplitter(this);
    m_categories = new QStandardItemModel(this);
    m_tree = new QTreeView(splitter);
    m_tree->setModel(m_categories);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setMinimumWidth(150);
    m_table = new QTableView(splitter);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab goes on to the SKU's details; arrows move in the list
    // Fixed row heights: the view never measures rows, so a million of them scroll smoothly.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->hide();
    // Short values whole, a category path at a readable width; the name takes what is left.
    using Column = CatalogSkuModel::Column;
    TableColumns::fitToContents(m_table,
        {int(Column::Id), int(Column::Brand), int(Column::Owner), int(Column::Price), int(Column::Stock)});
    TableColumns::startWidth(m_table, int(Column::Category), 28);
    m_table->horizontalHeader()->setSectionResizeMode(int(Column::Name), QHeaderView::Stretch);
    auto *detailBox = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detailBox);
    m_detailTitle = new QLabel(detailBox);
    m_detailTitle->setWordWrap(true);
    QFont bold = m_detailTitle->font();
    bold.setBold(true);
    m_detailTitle->setFont(bold);
    m_detail = new QLabel(detailBox);
    m_detail->setObjectName(u"detail"_qs);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detail, 1);
    detailBox->setMinimumWidth(220);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_table);
    splitter->addWidget(detailBox);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({170, 900, 230});
    layout->addWidget(splitter, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(KeywordDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &CatalogPage::applyFilters);
    connect(m_keyword, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QLineEdit *e : {m_priceMin, m_priceMax})
        connect(e, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_brands, &FilterButton::selectionChanged, this, &CatalogPage::applyFilters);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &CatalogPage::applyFilters);
    connect(m_inStock, &QCheckBox::toggled, this, &CatalogPage::applyFilters);
    connect(m_sort, &QComboBox::currentIndexChanged, this, &CatalogPage::applyFilters);
    connect(
        m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &i) {
            m_categoryId = i.data(CategoryIdRole).toInt();
            applyFilters();
        });
    connect(m_model, &CatalogSkuModel::totalChanged, this, &CatalogPage::updateTotal);
    connect(m_model, &CatalogSkuModel::loadingChanged, this, &CatalogPage::updateTotal);
    connect(m_model, &CatalogSkuModel::loadFailed, this, &CatalogPage::showError);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showSku(-1); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showSku(current.isValid() ? current.row() : -1); });

    retranslate();
    showSku(-1);
}

bool CatalogPage::english() const
{
    return LocalizedName::english();
}

void CatalogPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce)
        reload();
}

void CatalogPage::reload()
{
    m_loadedOnce = true;
    m_messages->clear();
    loadDirectory();
    applyFilters();
}

void CatalogPage::loadDirectory()
{
    if (!m_session || m_pendingLists > 0)
        return;
    m_pendingLists = 2;
    auto *categories = new ListCatalogCategoriesJob(m_session);
    connect(
        categories, &ListCatalogCategoriesJob::finished, this, [this](const QList<CatalogCategory> &list) {
            --m_pendingLists;
            m_directory.setCategories(list);
            fillCategoryTree();
            m_model->namesChanged();
        });
    connect(categories, &ApiJob::failed, this, [this](const ApiError &e) {
        --m_pendingLists;
        showError(e);
    });
    auto *brands = new ListCatalogBrandsJob(m_session);
    connect(brands, &ListCatalogBrandsJob::finished, this, [this](const QList<CatalogBrand> &list) {
        --m_pendingLists;
        m_directory.setBrands(list);
        fillBrandChoices();
        m_model->namesChanged();
    });
    connect(brands, &ApiJob::failed, this, [this](const ApiError &e) {
        --m_pendingLists;
        showError(e);
    });
    categories->start();
    brands->start();
}

void CatalogPage::fillCategoryTree()
{
    const bool en = english();
    const QSignalBlocker block(m_tree->selectionModel());
    m_categories->clear();
    auto *all = new QStandardItem(tr("All categories"));
    all->setData(0, CategoryIdRole);
    m_categories->appendRow(all);
    QHash<int, QStandardItem *> items;
    // The service lists parents before their children.
    for (const CatalogCategory &c : m_directory.categories()) {
        auto *item = new QStandardItem(LocalizedName::pick(c.name, c.nameEn, en));
        item->setData(c.id, CategoryIdRole);
        item->setEditable(false);
        QStandardItem *parent = items.value(c.parentId, nullptr);
        (parent ? parent : m_categories->invisibleRootItem())->appendRow(item);
        items.insert(c.id, item);
    }
    all->setEditable(false);
    QModelIndex current = m_categories->index(0, 0);
    if (QStandardItem *selected = items.value(m_categoryId, nullptr)) {
        current = selected->index();
        m_tree->expand(current.parent());
        m_tree->expand(current.parent().parent());
    }
    m_tree->setCurrentIndex(current);
}

void CatalogPage::fillBrandChoices()
{
    const bool en = english();
    QList<std::pair<QString, QString>> choices;
    for (const CatalogBrand &b : m_directory.brands())
        choices.append({QString::number(b.id), LocalizedName::pick(b.name, b.nameEn, en)});
    const QStringList selected = m_brands->selectedCodes();
    const QSignalBlocker block(m_brands);
    m_brands->setChoices(choices);
    m_brands->setSelectedCodes(selected);
}

void CatalogPage::setKeyword(const QString &keyword)
{
    m_keyword->setText(keyword);
}

void CatalogPage::setPriceRangeText(const QString &min, const QString &max)
{
    m_priceMin->setText(min);
    m_priceMax->setText(max);
}

void CatalogPage::selectCategory(int categoryId)
{
    m_categoryId = categoryId;
    if (!m_directory.categories().isEmpty())
        fillCategoryTree();
    applyFilters();
}

void CatalogPage::applyFilters()
{
    m_debounce->stop();
    CatalogCriteria criteria;
    if (m_categoryId > 0)
        criteria.categories = {m_categoryId};
    for (const QString &code : m_brands->selectedCodes())
        criteria.brands.append(code.toInt());
    if (m_owner->currentIndex() == 1)
        criteria.owner = SkuOwner::Self;
    else if (m_owner->currentIndex() == 2)
        criteria.owner = SkuOwner::Marketplace;
    criteria.inStockOnly = m_inStock->isChecked();
    criteria.keyword = m_keyword->text().trimmed();
    // Prices are typed in yuan and sent in fen; an amount that is not one is marked, not sent.
    bool priceOk = true;
    for (auto [edit, target] :
        {std::pair {m_priceMin, &criteria.priceMinFen}, std::pair {m_priceMax, &criteria.priceMaxFen}}) {
        const QString text = edit->text().trimmed();
        const auto fen = text.isEmpty() ? std::optional<qint64>() : PricingText::parseMoney(text, locale());
        const bool bad = !text.isEmpty() && (!fen || *fen < 0);
        edit->setStyleSheet(bad ? u"QLineEdit { border: 1px solid #c62828; }"_qs : QString());
        if (bad)
            priceOk = false;
        else
            *target = fen;
    }
    if (!priceOk) {
        m_messages->showMessage(
            MessageBar::Kind::Warning, tr("A price must be an amount in yuan, e.g. 99 or 199.90."));
        return;
    }
    if (criteria.priceMinFen && criteria.priceMaxFen && *criteria.priceMinFen > *criteria.priceMaxFen) {
        m_messages->showMessage(MessageBar::Kind::Warning, tr("The lowest price is above the highest."));
        return;
    }
    m_messages->clear();
    const auto sort = static_cast<CatalogSort>(m_sort->currentData().toInt());
    if (m_loadedOnce
        && (!(criteria == m_model->criteria()) || sort != m_model->sortOrder() || m_model->rowCount() == 0))
        m_model->setQuery(criteria, sort);
}

void CatalogPage::updateTotal()
{
    const qint64 total = m_model->total();
    if (total < 0)
        m_total->setText(m_model->isLoading() ? tr("Loading…") : QString());
    else if (m_model->totalCapped())
        m_total->setText(tr("%1+ SKUs").arg(locale().toString(total)));
    else
        m_total->setText(
            tr("%n SKU(s)", nullptr, int(total)).replace(QString::number(total), locale().toString(total)));
}

void CatalogPage::showSku(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_detailTitle->setText(tr("No SKU selected"));
        m_detail->setText(tr("Select a SKU to see its prices, margin and stock."));
        return;
    }
    const CatalogSku sku = m_model->skuAt(row);
    const bool en = english();
    m_detailTitle->setText(LocalizedName::pick(sku.name, sku.nameEn, en));
    const QString margin = sku.listPriceFen > 0
        ? PricingText::percent((sku.listPriceFen - sku.costFen) * 10000 / sku.listPriceFen, locale())
        : u"—"_qs;
    const auto line = [](const QString &label, const QString &value) {
        return u"<tr><td style='color:#666; padding-right:12px'>%1</td><td>%2</td></tr>"_qs.arg(
            label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = u"<table cellspacing='4'>"_qs;
    html += line(tr("SKU"), QString::number(sku.id));
    html += line(tr("Other name"), en ? sku.name : sku.nameEn);
    html += line(tr("List price"), PricingText::money(sku.listPriceFen, locale()));
    html += line(tr("Cost"), PricingText::money(sku.costFen, locale()));
    html += line(tr("Margin"), margin);
    html += line(tr("Stock"), sku.stock > 0 ? locale().toString(sku.stock) : tr("Out of stock"));
    html += line(tr("Category"), m_directory.categoryPath(sku, en));
    html += line(tr("Brand"), m_directory.brandName(sku.brandId, en));
    html += line(tr("Seller"), CatalogSkuModel::ownerName(sku.owner));
    html += line(tr("On sale"), sku.onSale ? tr("Yes") : tr("No (delisted)"));
    html += u"</table>"_qs;
    m_detail->setText(html);
}

void CatalogPage::showError(const ApiError &error)
{
    m_messages->showMessage(
        MessageBar::Kind::Error, tr("The catalog could not be loaded: %1").arg(error.message()));
    m_messages->addAction(tr("Try again"), [this] { reload(); });
}

void CatalogPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CatalogPage::retranslate()
{
    m_keyword->setPlaceholderText(tr("Search name or SKU keyword…"));
    m_brands->setTitle(tr("Brand"));
    const QSignalBlocker blockOwner(m_owner);
    const int owner = std::max(0, m_owner->currentIndex());
    m_owner->clear();
    m_owner->addItems({tr("All sellers"), tr("Self-operated"), tr("Marketplace")});
    m_owner->setCurrentIndex(owner);
    m_priceLabel->setText(tr("Price (¥)"));
    m_priceMin->setPlaceholderText(tr("min"));
    m_priceMax->setPlaceholderText(tr("max"));
    // Fields known by their placeholder and the label beside them: named for screen readers too.
    m_keyword->setAccessibleName(m_keyword->placeholderText());
    m_priceMin->setAccessibleName(m_priceLabel->text() + u' ' + m_priceMin->placeholderText());
    m_priceMax->setAccessibleName(m_priceLabel->text() + u' ' + m_priceMax->placeholderText());
    m_table->setAccessibleName(tr("Products"));
    m_tree->setAccessibleName(tr("Categories"));
    m_inStock->setText(tr("In stock"));
    m_sortLabel->setText(tr("Sort"));
    const QSignalBlocker blockSort(m_sort);
    const int sort = std::max(0, m_sort->currentIndex());
    m_sort->clear();
    m_sort->addItem(tr("SKU number"), int(CatalogSort::Id));
    m_sort->addItem(tr("Price, low to high"), int(CatalogSort::PriceAscending));
    m_sort->addItem(tr("Price, high to low"), int(CatalogSort::PriceDescending));
    m_sort->addItem(tr("Stock, most first"), int(CatalogSort::StockDescending));
    m_sort->setCurrentIndex(sort);
    m_model->setEnglishNames(english());
    if (!m_directory.categories().isEmpty())
        fillCategoryTree();
    if (!m_directory.brands().isEmpty())
        fillBrandChoices();
    updateTotal();
    showSku(m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1);
}

} // namespace Kepler
