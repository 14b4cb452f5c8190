#include "PartnerListTools.h"

#include "PartnerCommands.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace Kepler {

namespace {

// A one-line label that asks for its whole text but can give way down to its minimum width,
// painting what fits with "…" (QLabel would clip it).
class ElidingLabel : public QLabel
{
public:
    using QLabel::QLabel;

    QSize minimumSizeHint() const override { return {minimumWidth(), QLabel::minimumSizeHint().height()}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        const QString shown = fontMetrics().elidedText(text(), Qt::ElideRight, contentsRect().width());
        style()->drawItemText(
            &painter, contentsRect(), int(alignment()), palette(), isEnabled(), shown, foregroundRole());
    }
};

} // namespace

PartnerListTools::PartnerListTools(PartnerCommands *commands, QWidget *parent)
    : QWidget(parent)
    , m_commands(commands)
{
    m_count = new ElidingLabel(this);
    m_count->setMinimumWidth(m_count->fontMetrics().averageCharWidth() * 8);
    m_refresh = new QToolButton(this);
    m_refresh->setObjectName(u"refreshPartners"_qs); // the command palette's key for it
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QToolButton::clicked, this, &PartnerListTools::refreshRequested);
    m_bulk = new QPushButton(this);
    m_bulk->setObjectName(u"bulkActions"_qs);
    connect(m_bulk, &QPushButton::clicked, commands->bulk(), &QAction::trigger);
    m_import = new QToolButton(this);
    m_import->setObjectName(u"importPartners"_qs);
    connect(m_import, &QToolButton::clicked, commands->importCsv(), &QAction::trigger);
    m_export = new QToolButton(this);
    m_export->setObjectName(u"exportPartners"_qs);
    connect(m_export, &QToolButton::clicked, commands->exportCsv(), &QAction::trigger);
    m_new = new QPushButton(this);
    m_new->setObjectName(u"newPartner"_qs);
    m_new->setShortcut(QKeySequence::New);
    connect(m_new, &QPushButton::clicked, this, &PartnerListTools::newRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w :
        std::initializer_list<QWidget *> {m_count, m_refresh, m_export, m_import, m_bulk, m_new})
        layout->addWidget(w);
    retranslate();
}

void PartnerListTools::showCount(int shown, int total, bool loading)
{
    m_shown = shown;
    m_total = total;
    m_loading = loading;
    updateCount();
}

void PartnerListTools::updateCount()
{
    const QLocale locale;
    QString text;
    if (m_total < 0)
        text = m_loading ? tr("Loading…") : QString();
    else if (m_total == 0)
        text = tr("No partners match");
    else
        text = tr("%1 of %2 partners shown").arg(locale.toString(m_shown), locale.toString(m_total));
    m_count->setText(text);
    m_count->setToolTip(text);
}

void PartnerListTools::setSelectedCount(qsizetype count)
{
    m_selected = count;
    updateBulk();
}

void PartnerListTools::setCanEdit(bool canEdit)
{
    m_canEdit = canEdit;
    m_new->setVisible(canEdit);
    m_import->setVisible(canEdit);
    updateBulk();
}

void PartnerListTools::updateBulk()
{
    m_bulk->setVisible(m_canEdit);
    m_bulk->setEnabled(m_canEdit && m_selected > 0);
    m_bulk->setText(m_selected > 1 ? tr("Bulk action (%1)…").arg(m_selected) : tr("Bulk action…"));
    m_bulk->setToolTip(tr("Suspend, resume, tag or regroup the selected partners in one go (%1). "
                          "Ctrl-click or Shift-click rows to select several.")
                           .arg(m_commands->bulk()->shortcut().toString(QKeySequence::NativeText)));
}

void PartnerListTools::retranslate()
{
    m_refresh->setText(tr("Refresh"));
    // setText() replaces a button's shortcut with the text's mnemonic (none here): set it again.
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Reload the list from the server (%1)")
                              .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    m_new->setText(tr("New partner"));
    m_new->setShortcut(QKeySequence::New); // as above
    m_new->setToolTip(tr("Register a new partner channel (%1)")
                          .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_import->setText(tr("Import…"));
    m_import->setToolTip(
        tr("Create or update partners from a CSV file, checked before anything is written (%1)")
            .arg(m_commands->importCsv()->shortcut().toString(QKeySequence::NativeText)));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the partners this filter selects as CSV, for Excel (%1)")
                             .arg(m_commands->exportCsv()->shortcut().toString(QKeySequence::NativeText)));
    updateBulk();
    updateCount();
}

void PartnerListTools::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Kepler
