#include "AuditLogPage.h"

#include "MessageBar.h"
#include "TableColumns.h"
#include "api/ApiError.h"
#include "domain/AuditQuery.h"
#include "domain/PartnerReason.h"
#include "models/AuditDiffModel.h"
#include "models/AuditListModel.h"
#include "models/AuditText.h"
#include "models/DateTimeText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Kepler {

AuditLogPage::AuditLogPage(ApiSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new AuditListModel(session, this))
    , m_diff(new AuditDiffModel(this))
{
    buildUi();
    retranslate();
    connect(m_model, &AuditListModel::totalChanged, this, &AuditLogPage::updateCount);
    connect(m_model, &AuditListModel::loadingChanged, this, &AuditLogPage::updateCount);
    connect(m_model, &AuditListModel::modelReset, this, &AuditLogPage::showDetails);
    connect(m_model, &AuditListModel::loadFailed, this, [this](const ApiError &error) {
        m_messageBar->showMessage(MessageBar::Kind::Error, error.message());
        m_messageBar->addAction(tr("Try again"), [this] { reload(); });
    });
    connect(m_model, &AuditListModel::rowsInserted, this, [this] {
        if (m_messageBar->kind() == MessageBar::Kind::Error)
            m_messageBar->clear();
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
    });
}

void AuditLogPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_messageBar = new MessageBar(this);
    layout->addWidget(m_messageBar);

    auto *filters = new QHBoxLayout;
    m_actor = new QLineEdit(this);
    m_actor->setObjectName(u"auditActor"_qs);
    m_actor->setClearButtonEnabled(true);
    m_actor->setMaxLength(AuditQuery::MaxTextLength);
    m_action = new QComboBox(this);
    m_action->setObjectName(u"auditAction"_qs);
    m_entity = new QLineEdit(this);
    m_entity->setObjectName(u"auditEntity"_qs);
    m_entity->setClearButtonEnabled(true);
    m_entity->setMaxLength(AuditQuery::MaxTextLength);
    m_period = new QComboBox(this);
    m_period->setObjectName(u"auditPeriod"_qs);
    for (int i = 0; i <= Custom; ++i)
        m_period->addItem(QString(), i);
    m_from = new QDateEdit(QDate::currentDate().addDays(-7), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setVisible(false);
        connect(edit, &QDateEdit::dateChanged, this, &AuditLogPage::applyFilters);
    }
    m_typingDelay = new QTimer(this);
    m_typingDelay->setSingleShot(true);
    m_typingDelay->setInterval(300);
    connect(m_typingDelay, &QTimer::timeout, this, &AuditLogPage::applyFilters);
    for (QLineEdit *edit : {m_actor, m_entity}) {
        connect(edit, &QLineEdit::textChanged, m_typingDelay, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::returnPressed, this, &AuditLogPage::applyFilters);
    }
    connect(m_action, &QComboBox::activated, this, &AuditLogPage::applyFilters);
    connect(m_period, &QComboBox::activated, this, [this] {
        const bool custom = m_period->currentData().toInt() == Custom;
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        applyFilters();
    });
    m_refresh = new QToolButton(this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QToolButton::clicked, this, &AuditLogPage::reload);
    m_count = new QLabel(this);
    filters->addWidget(m_actor, 1);
    filters->addWidget(m_action);
    filters->addWidget(m_entity, 1);
    filters->addWidget(m_period);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addStretch(1);
    filters->addWidget(m_count);
    filters->addWidget(m_refresh);
    layout->addLayout(filters);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(u"auditTable"_qs);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab goes on to the details; arrows move between records
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true); // the details take the rest
    TableColumns::fitToContents(m_table, {AuditListModel::When, AuditListModel::Who, AuditListModel::What});
    TableColumns::startWidth(m_table, AuditListModel::Entity, 30);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditLogPage::showDetails);

    auto *details = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(details);
    detailLayout->setContentsMargins(0, 6, 0, 0);
    auto *detailHeader = new QHBoxLayout;
    m_detailTitle = new QLabel(details);
    QFont titleFont = m_detailTitle->font();
    titleFont.setBold(true);
    m_detailTitle->setFont(titleFont);
    m_onlyChanged = new QCheckBox(details);
    m_onlyChanged->setObjectName(u"onlyChanged"_qs);
    m_onlyChanged->setChecked(m_diff->onlyChanged());
    connect(m_onlyChanged, &QCheckBox::toggled, m_diff, &AuditDiffModel::setOnlyChanged);
    detailHeader->addWidget(m_detailTitle, 1);
    detailHeader->addWidget(m_onlyChanged);
    detailLayout->addLayout(detailHeader);
    m_detailInfo = new QLabel(details);
    m_detailInfo->setWordWrap(true);
    m_detailInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_detailInfo);
    m_diffView = new QTableView(details);
    m_diffView->setObjectName(u"auditDiff"_qs);
    m_diffView->setModel(m_diff);
    m_diffView->verticalHeader()->hide();
    m_diffView->setWordWrap(true);
    m_diffView->setTabKeyNavigation(false);
    m_diffView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_diffView->setSelectionMode(QAbstractItemView::ContiguousSelection);
    detailLayout->addWidget(m_diffView, 1);
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
}

void AuditLogPage::retranslate()
{
    for (QDateEdit *edit : {m_from, m_to}) { // created in the language the console started in
        edit->setLocale(QLocale());
        edit->setDisplayFormat(DateTimeText::dateFormat());
    }
    m_actor->setPlaceholderText(tr("Who (username)"));
    m_actor->setAccessibleName(tr("Filter by who"));
    m_entity->setPlaceholderText(tr("About, e.g. partner:12"));
    m_entity->setAccessibleName(tr("Filter by entity"));
    m_entity->setToolTip(tr("An entity type (partner, user, session) or one entity as type:id"));
    const QVariant action = m_action->currentData();
    m_action->clear();
    for (const auto &[code, name] : AuditText::actionFilters())
        m_action->addItem(name, code);
    m_action->setCurrentIndex(qMax(0, m_action->findData(action)));
    m_action->setAccessibleName(tr("Filter by action"));
    m_period->setItemText(AnyTime, tr("Any time"));
    m_period->setItemText(Today, tr("Today"));
    m_period->setItemText(Last7Days, tr("Last 7 days"));
    m_period->setItemText(Last30Days, tr("Last 30 days"));
    m_period->setItemText(Custom, tr("Between dates…"));
    m_period->setAccessibleName(tr("Filter by time"));
    m_from->setToolTip(tr("From this day (inclusive)"));
    m_to->setToolTip(tr("To this day (inclusive)"));
    m_refresh->setText(tr("Refresh"));
    // setText() replaces a button's shortcut with the text's mnemonic (none here): set it again.
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_onlyChanged->setText(tr("Only changed fields"));
    m_table->setAccessibleName(tr("Audit log"));
    m_diffView->setAccessibleName(tr("Before and after"));
    updateCount();
    showDetails();
}

AuditQuery AuditLogPage::currentQuery() const
{
    AuditQuery q;
    q.limit = 100;
    q.actor = m_actor->text().trimmed();
    q.action = m_action->currentData().toString();
    const QString entity = m_entity->text().trimmed();
    const qsizetype colon = entity.indexOf(u':');
    q.entityType = colon < 0 ? entity : entity.left(colon).trimmed();
    q.entityId = colon < 0 ? QString() : entity.mid(colon + 1).trimmed();
    // Days are the user's days: midnight local time, sent as UTC.
    const QDateTime startOfToday = QDate::currentDate().startOfDay();
    switch (Period(m_period->currentData().toInt())) {
    case AnyTime:
        break;
    case Today:
        q.from = startOfToday.toUTC();
        break;
    case Last7Days:
        q.from = startOfToday.addDays(-6).toUTC();
        break;
    case Last30Days:
        q.from = startOfToday.addDays(-29).toUTC();
        break;
    case Custom:
        q.from = m_from->date().startOfDay().toUTC();
        q.to = m_to->date().addDays(1).startOfDay().toUTC();
        break;
    }
    return q;
}

void AuditLogPage::applyFilters()
{
    m_typingDelay->stop();
    if (m_period->currentData().toInt() == Custom && m_to->date() < m_from->date()) {
        m_messageBar->showMessage(MessageBar::Kind::Warning, tr("The end date is before the start date."));
        return;
    }
    if (m_messageBar->kind() == MessageBar::Kind::Warning)
        m_messageBar->clear();
    m_model->setQuery(currentQuery());
    m_loadedOnce = true;
}

void AuditLogPage::reload()
{
    applyFilters();
}

void AuditLogPage::showEntity(const QString &type, const QString &id)
{
    const QSignalBlocker blocker(m_entity);
    m_entity->setText(id.isEmpty() ? type : type + u':' + id);
    m_actor->clear();
    m_action->setCurrentIndex(0);
    m_period->setCurrentIndex(AnyTime);
    m_from->hide();
    m_to->hide();
    applyFilters();
}

void AuditLogPage::updateCount()
{
    if (m_model->isLoading() && m_model->rowCount() == 0)
        m_count->setText(tr("Loading…"));
    else if (m_model->total() >= 0)
        m_count->setText(tr("%n event(s)", nullptr, m_model->total()));
    else
        m_count->clear();
}

void AuditLogPage::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detailTitle->setText(tr("Select a line to see what changed."));
        m_detailInfo->clear();
        m_diff->setValues({}, {});
        return;
    }
    const AuditRecord r = m_model->recordAt(current.row());
    m_detailTitle->setText(tr("%1 — %2").arg(AuditText::actionName(r.action), AuditText::entityName(r)));
    QStringList info;
    info << tr("By %1 on %2").arg(r.actor, DateTimeText::text(r.at));
    if (!r.reasonCode.isEmpty())
        info << tr("Reason: %1").arg(PartnerReason::displayName(r.reasonCode));
    if (!r.note.isEmpty())
        info << tr("Note: %1").arg(r.note);
    info << tr("Request ID: %1").arg(r.requestId);
    m_detailInfo->setText(info.join(u'\n'));
    m_diff->setValues(r.before, r.after);
}

void AuditLogPage::showEvent(QShowEvent *event)
{
    // Load on first sight: a manager who never opens the page costs the service nothing.
    if (!m_loadedOnce)
        applyFilters();
    QWidget::showEvent(event);
}

void AuditLogPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Kepler
