#pragma once

#include "ShortcutCatalog.h"

#include <QDialog>
#include <functional>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace Kepler {

// "Keyboard shortcuts" (F1, Ctrl+/): every shortcut of the window, read from its actions and
// shortcuts when shown (see ShortcutCatalog), grouped by menu or page, searchable by what it does
// or by the key ("ctrl+e").
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    using Provider = std::function<QList<ShortcutEntry>()>;

    explicit ShortcutsDialog(Provider provider, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTreeWidget *tree() const { return m_tree; }
    // Shortcut rows shown now (groups not counted).
    int visibleCount() const;
    // Reads the window's shortcuts again (the language or the signed-in role may have changed).
    void reload();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void applyFilter();

    Provider m_provider;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace Kepler
