#include "BulkActionWizard.h"

#include "BulkResultsTable.h"

#include "api/ApiError.h"
#include "api/ApiSession.h"
#include "api/BulkPartnersJob.h"
#include "api/ListPartnerGroupsJob.h"

#include "domain/ErrorCode.h"
#include "domain/PartnerLifecycle.h"
#include "domain/PartnerReason.h"
#include "domain/PartnerValidator.h"
#include "models/LocalizedName.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Kepler {
namespace {

QPushButton *button(const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(objectName);
    return b;
}

} // namespace

BulkActionWizard::BulkActionWizard(ApiSession *session, QList<Partner> selected, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_selected(std::move(selected))
{
    setObjectName(u"bulkActionWizard"_qs);
    setWindowTitle(tr("Bulk action on %n partner(s)", nullptr, int(m_selected.size())));
    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildChoosePage());
    m_pages->addWidget(buildReviewPage());
    m_pages->addWidget(buildProgressPage());
    layout->addWidget(m_pages);
    resize(720, 520);
    onActionChanged();
    loadGroups();
}

QWidget *BulkActionWizard::buildChoosePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(
        tr("Choose what to do with the %n selected partner(s).", nullptr, int(m_selected.size())), page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_options = new QFormLayout;
    m_action = new QComboBox(page);
    m_action->setObjectName(u"action"_qs);
    m_action->addItem(tr("Suspend"), int(BulkAction::Suspend));
    m_action->addItem(tr("Resume"), int(BulkAction::Resume));
    m_action->addItem(tr("Add a tag"), int(BulkAction::Tag));
    m_action->addItem(tr("Remove a tag"), int(BulkAction::Untag));
    m_action->addItem(tr("Move to a group"), int(BulkAction::SetGroup));
    m_reason = new QComboBox(page);
    m_reason->setObjectName(u"reason"_qs);
    m_note = new QLineEdit(page);
    m_note->setObjectName(u"note"_qs);
    m_note->setMaxLength(PartnerReason::MaxNoteLength);
    m_note->setPlaceholderText(tr("What happened, for each partner's timeline"));
    m_tag = new QLineEdit(page);
    m_tag->setObjectName(u"tag"_qs);
    m_tag->setMaxLength(PartnerLimits::TagLengthMax);
    m_tag->setPlaceholderText(tr("e.g. 11.11"));
    m_group = new QComboBox(page);
    m_group->setObjectName(u"group"_qs);
    m_group->addItem(tr("No group (platform defaults)"), QString());
    m_options->addRow(tr("&Action"), m_action);
    m_options->addRow(tr("&Reason"), m_reason);
    m_options->addRow(tr("&Note"), m_note);
    m_options->addRow(tr("&Tag"), m_tag);
    m_options->addRow(tr("&Group"), m_group);
    layout->addLayout(m_options);
    layout->addStretch(1);
    auto *buttons = new QHBoxLayout;
    auto *cancel = button(u"cancel"_qs, page);
    cancel->setText(tr("Cancel"));
    m_next = button(u"next"_qs, page);
    m_next->setText(tr("&Check the effect…"));
    m_next->setDefault(true);
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_next);
    layout->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_next, &QPushButton::clicked, this, &BulkActionWizard::showReview);
    connect(m_action, &QComboBox::currentIndexChanged, this, &BulkActionWizard::onActionChanged);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &BulkActionWizard::updateNext);
    connect(m_note, &QLineEdit::textChanged, this, &BulkActionWizard::updateNext);
    connect(m_tag, &QLineEdit::textChanged, this, &BulkActionWizard::updateNext);
    return page;
}

QWidget *BulkActionWizard::buildReviewPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_summary = new QLabel(page);
    m_summary->setObjectName(u"summary"_qs);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_review = new QTreeWidget(page);
    m_review->setObjectName(u"reviewList"_qs);
    m_review->setRootIsDecorated(false);
    m_review->setUniformRowHeights(true);
    m_review->setHeaderLabels({tr("Partner"), tr("Status"), tr("Effect")});
    m_review->header()->resizeSection(0, 240);
    layout->addWidget(m_review, 1);
    auto *notWritten = new QLabel(tr("Nothing has been written yet."), page);
    notWritten->setObjectName(u"nothingWritten"_qs);
    QFont bold = notWritten->font();
    bold.setBold(true);
    notWritten->setFont(bold);
    layout->addWidget(notWritten);
    auto *buttons = new QHBoxLayout;
    auto *back = button(u"back"_qs, page);
    back->setText(tr("&Back"));
    m_confirm = button(u"confirm"_qs, page);
    buttons->addStretch(1);
    buttons->addWidget(back);
    buttons->addWidget(m_confirm);
    layout->addLayout(buttons);
    connect(back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(0); });
    connect(m_confirm, &QPushButton::clicked, this, &BulkActionWizard::confirm);
    return page;
}

QWidget *BulkActionWizard::buildProgressPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_progressLabel = new QLabel(page);
    m_progressLabel->setObjectName(u"progressLabel"_qs);
    m_progressLabel->setWordWrap(true);
    layout->addWidget(m_progressLabel);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(u"progress"_qs);
    layout->addWidget(m_progress);
    m_results = new BulkResultsTable(page);
    layout->addWidget(m_results, 1);
    auto *buttons = new QHBoxLayout;
    m_retry = button(u"retryFailed"_qs, page);
    m_retry->setText(tr("Retry &failed"));
    m_save = button(u"saveResults"_qs, page);
    m_save->setText(tr("&Save results…"));
    m_close = button(u"close"_qs, page);
    m_close->setText(tr("Close"));
    buttons->addWidget(m_retry);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    connect(m_retry, &QPushButton::clicked, this, &BulkActionWizard::retryFailed);
    connect(m_save, &QPushButton::clicked, this, &BulkActionWizard::saveResultsInteractive);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    return page;
}

void BulkActionWizard::loadGroups()
{
    if (!m_session)
        return;
    auto *job = new ListPartnerGroupsJob(m_session);
    connect(job, &ListPartnerGroupsJob::finished, this, [this](const QList<PartnerGroup> &groups) {
        m_groups = groups;
        for (const PartnerGroup &g : groups)
            m_group->addItem(LocalizedName::pick(g.name, g.nameEn), g.code);
    });
    job->start(); // without groups only "No group" is offered; the other actions still work
}

int BulkActionWizard::currentStep() const
{
    return m_pages->currentIndex();
}

BulkRequest BulkActionWizard::request() const
{
    BulkRequest r;
    r.action = BulkAction(m_action->currentData().toInt());
    for (const Partner &p : m_selected)
        r.ids.append(p.id);
    if (lifecycleActionOf(r.action)) {
        r.reasonCode = m_reason->currentData().toString();
        r.note = m_note->text().trimmed();
    }
    r.tag = m_tag->text().trimmed();
    r.group = m_group->currentData().toString();
    return r;
}

QList<Partner> BulkActionWizard::toChange() const
{
    const BulkRequest r = request();
    QList<Partner> list;
    for (const Partner &p : m_selected)
        if (!bulkSkipReason(p, r))
            list.append(p);
    return list;
}

QList<Partner> BulkActionWizard::toSkip() const
{
    const BulkRequest r = request();
    QList<Partner> list;
    for (const Partner &p : m_selected)
        if (bulkSkipReason(p, r))
            list.append(p);
    return list;
}

void BulkActionWizard::onActionChanged()
{
    const auto action = BulkAction(m_action->currentData().toInt());
    const auto step = lifecycleActionOf(action);
    m_reason->clear();
    if (step) {
        if (!PartnerLifecycle::requiresReason(*step))
            m_reason->addItem(tr("No reason given"), QString());
        for (const QString &code : PartnerReason::codes(*step))
            m_reason->addItem(PartnerReason::displayName(code), code);
        if (PartnerLifecycle::requiresReason(*step)) { // an explicit choice, never a silent default
            m_reason->setPlaceholderText(tr("Choose a reason…"));
            m_reason->setCurrentIndex(-1);
        }
    }
    m_options->setRowVisible(m_reason, step.has_value());
    m_options->setRowVisible(m_note, step.has_value());
    m_options->setRowVisible(m_tag, action == BulkAction::Tag || action == BulkAction::Untag);
    m_options->setRowVisible(m_group, action == BulkAction::SetGroup);
    updateNext();
}

void BulkActionWizard::updateNext()
{
    const BulkRequest r = request();
    bool ok = !r.ids.isEmpty();
    if (lifecycleActionOf(r.action))
        ok = ok && !(r.reasonCode.isEmpty() && PartnerLifecycle::requiresReason(*lifecycleActionOf(r.action)))
            && !(PartnerReason::requiresNote(r.reasonCode) && r.note.isEmpty());
    else if (r.action == BulkAction::Tag || r.action == BulkAction::Untag)
        ok = ok && !r.tag.isEmpty();
    m_next->setEnabled(ok);
}

QString BulkActionWizard::actionVerb(int count) const
{
    switch (BulkAction(m_action->currentData().toInt())) {
    case BulkAction::Suspend:
        return tr("%n partner(s) will be suspended.", nullptr, count);
    case BulkAction::Resume:
        return tr("%n partner(s) will be resumed.", nullptr, count);
    case BulkAction::Tag:
        return tr("%n partner(s) will get the tag \"%1\".", nullptr, count).arg(m_tag->text().trimmed());
    case BulkAction::Untag:
        return tr("%n partner(s) will lose the tag \"%1\".", nullptr, count).arg(m_tag->text().trimmed());
    case BulkAction::SetGroup:
        break;
    }
    return tr("%n partner(s) will move to: %1.", nullptr, count).arg(m_group->currentText());
}

QString BulkActionWizard::skipText(const Partner &partner, const QString &reason) const
{
    if (reason == u"status"_qs)
        return tr("Skipped: the partner is %1.").arg(displayName(partner.status));
    if (reason == u"has_tag"_qs)
        return tr("Skipped: it already has this tag.");
    if (reason == u"lacks_tag"_qs)
        return tr("Skipped: it does not have this tag.");
    return tr("Skipped: it is already in this group.");
}

void BulkActionWizard::showReview()
{
    const BulkRequest r = request();
    const QList<Partner> change = toChange();
    const int skipped = int(m_selected.size() - change.size());
    QString summary = actionVerb(int(change.size()));
    if (skipped > 0)
        summary += u' ' + tr("%n partner(s) will be skipped (see below).", nullptr, skipped);
    m_summary->setText(summary);
    m_review->clear();
    for (const Partner &p : m_selected) {
        const auto skip = bulkSkipReason(p, r);
        auto *item = new QTreeWidgetItem(
            m_review, {p.name, displayName(p.status), skip ? skipText(p, *skip) : tr("Will change")});
        item->setData(0, Qt::UserRole, p.id);
        if (skip)
            item->setForeground(2, palette().brush(QPalette::PlaceholderText));
    }
    m_confirm->setText(tr("&Confirm: change %n partner(s)", nullptr, int(change.size())));
    m_confirm->setEnabled(!change.isEmpty());
    m_pages->setCurrentIndex(1);
}

void BulkActionWizard::confirm()
{
    const BulkRequest r = request();
    m_results->setRowCount(0);
    m_chunks.clear();
    m_changed.clear();
    Chunk chunk;
    for (const Partner &p : m_selected) {
        m_results->addPartner(p.id, p.name);
        if (const auto skip = bulkSkipReason(p, r)) {
            m_results->setOutcome(p.id, BulkResultsTable::Outcome::Skipped, skipText(p, *skip));
            continue;
        }
        chunk.ids.append(p.id);
        if (chunk.ids.size() == ChunkSize) {
            m_chunks.append(chunk);
            chunk = {};
        }
    }
    if (!chunk.ids.isEmpty())
        m_chunks.append(chunk);
    for (Chunk &c : m_chunks)
        c.key = BulkPartnersJob::newIdempotencyKey();
    m_pages->setCurrentIndex(2);
    sendNext();
}

void BulkActionWizard::sendNext()
{
    m_sending = -1;
    for (int i = 0; i < m_chunks.size(); ++i) {
        if (!m_chunks.at(i).done
            && m_results->outcome(m_chunks.at(i).ids.first()) == BulkResultsTable::Outcome::Pending) {
            m_sending = i;
            break;
        }
    }
    updateProgress();
    if (m_sending < 0) { // all sent
        Q_EMIT bulkFinished(m_changed);
        return;
    }
    BulkRequest r = request();
    r.ids = m_chunks.at(m_sending).ids;
    auto *job = new BulkPartnersJob(m_session, r, m_chunks.at(m_sending).key);
    const int index = m_sending;
    connect(job, &BulkPartnersJob::finished, this,
        [this, index](const BulkResult &result, bool) { onChunkDone(index, result); });
    connect(
        job, &ApiJob::failed, this, [this, index](const ApiError &error) { onChunkFailed(index, error); });
    job->start();
}

QString BulkActionWizard::rowText(const BulkRowResult &row) const
{
    if (row.ok)
        return {};
    if (row.code == QLatin1String(ErrorCode::NotFound))
        return tr("This partner no longer exists.");
    if (row.code == QLatin1String(ErrorCode::InvalidTransition)) {
        const auto status = partnerStatusFromString(row.currentStatus);
        return tr("Not changed: the partner is now %1.")
            .arg(status ? displayName(*status) : row.currentStatus);
    }
    if (row.code == QLatin1String(ErrorCode::ValidationFailed))
        return tr("Not changed: the partner has the most tags allowed.");
    return tr("Not changed (%1).").arg(row.code);
}

void BulkActionWizard::onChunkDone(int index, const BulkResult &result)
{
    m_chunks[index].done = true;
    for (const BulkRowResult &row : result.results) {
        m_results->setOutcome(row.id,
            row.ok ? BulkResultsTable::Outcome::Done : BulkResultsTable::Outcome::Failed, rowText(row));
        if (row.ok && !m_changed.contains(row.id))
            m_changed.append(row.id);
    }
    sendNext();
}

void BulkActionWizard::onChunkFailed(int index, const ApiError &error)
{
    // The whole chunk's outcome is unknown or refused; its key stays for "Retry failed".
    for (qint64 id : m_chunks.at(index).ids)
        m_results->setOutcome(id, BulkResultsTable::Outcome::Failed, error.message());
    sendNext();
}

void BulkActionWizard::retryFailed()
{
    // Chunks that never got an answer are sent again with their own key: if the first send did
    // arrive, the service answers what it did then. Rows the service refused get new chunks.
    QList<qint64> refused;
    for (const Chunk &c : m_chunks)
        if (c.done)
            for (qint64 id : c.ids)
                if (m_results->outcome(id) == BulkResultsTable::Outcome::Failed)
                    refused.append(id);
    for (const Chunk &c : m_chunks)
        if (!c.done)
            for (qint64 id : c.ids)
                m_results->setOutcome(id, BulkResultsTable::Outcome::Pending);
    for (qsizetype i = 0; i < refused.size(); i += ChunkSize) {
        Chunk chunk;
        chunk.ids = refused.mid(i, ChunkSize);
        chunk.key = BulkPartnersJob::newIdempotencyKey();
        for (qint64 id : chunk.ids)
            m_results->setOutcome(id, BulkResultsTable::Outcome::Pending);
        m_chunks.append(chunk);
    }
    sendNext();
}

void BulkActionWizard::updateProgress()
{
    const int total = int(toChange().size());
    int finished = 0;
    for (const Partner &p : toChange())
        finished += m_results->outcome(p.id) != BulkResultsTable::Outcome::Pending;
    const int failed = int(m_results->idsWith(BulkResultsTable::Outcome::Failed).size());
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(finished);
    const bool running = m_sending >= 0;
    m_progressLabel->setText(running ? tr("Sending… %1 of %n partner(s) done.", nullptr, total).arg(finished)
            : failed > 0             ? tr("Finished: %n partner(s) could not be changed.", nullptr, failed)
                                     : tr("Finished: every change was saved."));
    m_retry->setEnabled(!running && failed > 0);
    m_save->setEnabled(!running);
}

bool BulkActionWizard::saveResults(const QString &path, QString *error) const
{
    return m_results->saveCsv(path, error);
}

void BulkActionWizard::saveResultsInteractive()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save results"), tr("bulk-results.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveResults(path, &error))
        QMessageBox::warning(this, tr("Save results"), tr("The file could not be saved: %1").arg(error));
}

} // namespace Kepler
