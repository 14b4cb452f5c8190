#include "ShortcutsDialog.h"

#include <algorithm>

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Kepler {
namespace {

constexpr int SearchRole = Qt::UserRole + 1;

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList parts;
    for (const QKeySequence &k : keys)
        parts << k.toString(QKeySequence::NativeText);
    return parts.join(u"  ·  "_qs);
}

} // namespace

ShortcutsDialog::ShortcutsDialog(Provider provider, QWidget *parent)
    : QDialog(parent)
    , m_provider(std::move(provider))
{
    resize(560, 600);
    auto *layout = new QVBoxLayout(this);
    auto *searchRow = new QHBoxLayout;
    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"shortcutSearch"_qs);
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"shortcutTree"_qs);
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_tree, 1);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_search, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    retranslate();
    reload();
}

void ShortcutsDialog::retranslate()
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("What it does, or a key such as Ctrl+E"));
    m_tree->setHeaderLabels({tr("Command"), tr("Shortcut")});
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_hint->setText(tr("Everywhere: Tab and Shift+Tab move between controls, Space or Enter presses "
                       "the focused button, Esc closes a dialog. Ctrl+K opens the command palette."));
}

void ShortcutsDialog::reload()
{
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> groups;
    for (const ShortcutEntry &e : m_provider ? m_provider() : QList<ShortcutEntry>()) {
        QTreeWidgetItem *&group = groups[e.group];
        if (!group) {
            group = new QTreeWidgetItem(m_tree, {e.group});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
        }
        const QString keys = keysText(e.keys);
        auto *item = new QTreeWidgetItem(group, {e.text, keys});
        // Searchable by what it does, the group, and the key in both spellings ("Ctrl+E", "⌃E").
        QStringList portable;
        for (const QKeySequence &k : e.keys)
            portable << k.toString(QKeySequence::PortableText);
        item->setData(0, SearchRole, QStringList {e.text, e.group, keys, portable.join(u' ')}.join(u'\n'));
        item->setData(1, Qt::AccessibleTextRole, keys);
    }
    m_tree->expandAll();
    applyFilter();
}

void ShortcutsDialog::applyFilter()
{
    // Words in any order: "ctrl e" and "export ctrl" both find Export.
    const QStringList words = m_search->text().simplified().split(u' ', Qt::SkipEmptyParts);
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const QString haystack = item->data(0, SearchRole).toString();
            const bool match = std::all_of(words.cbegin(), words.cend(),
                [&](const QString &w) { return haystack.contains(w, Qt::CaseInsensitive); });
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

int ShortcutsDialog::visibleCount() const
{
    int count = 0;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g)
        for (int i = 0; i < m_tree->topLevelItem(g)->childCount(); ++i)
            count += m_tree->topLevelItem(g)->child(i)->isHidden() ? 0 : 1;
    return count;
}

void ShortcutsDialog::showEvent(QShowEvent *event)
{
    reload();
    m_search->setFocus();
    QDialog::showEvent(event);
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The window's actions retranslate on their own LanguageChange, maybe after this one.
        QMetaObject::invokeMethod(this, &ShortcutsDialog::reload, Qt::QueuedConnection);
    }
    QDialog::changeEvent(event);
}

} // namespace Kepler
