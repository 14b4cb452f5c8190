#pragma once

#include "models/CommandPaletteModel.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListView;

namespace Kepler {

// The command palette (Ctrl+K): a search field over a list of pages, actions and partners. Type to
// narrow, ↑/↓ to move, Enter to run, Esc to close. The window fills the model and runs the choice.
class CommandPalette : public QDialog
{
    Q_OBJECT

public:
    CommandPalette(CommandPaletteModel *model, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QListView *list() const { return m_list; }
    // Shows the palette near the top of the parent window with an empty query.
    void popup();

Q_SIGNALS:
    void commandChosen(const Kepler::PaletteCommand &command);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void retranslate();
    void choose();
    void selectFirst();

    CommandPaletteModel *m_model;
    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace Kepler
