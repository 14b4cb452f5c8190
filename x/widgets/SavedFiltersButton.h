#pragma once

#include "models/SavedFilters.h"

#include <QToolButton>
#include <functional>

namespace Kepler {

// "Saved filters ▾": applies a saved filter, saves the current one under a name, deletes.
// The list's page supplies the current filter as a URL query and applies a chosen one.
class SavedFiltersButton : public QToolButton
{
    Q_OBJECT

public:
    SavedFiltersButton(const QString &list, QWidget *parent = nullptr);

    // The current filter as a URL query; empty when nothing is filtered.
    void setCurrentQueryProvider(std::function<QString()> provider) { m_current = std::move(provider); }
    SavedFilters &store() { return m_store; }
    // Asks for a name and saves the current filter (also the menu's "Save current filter…").
    void saveCurrent();

Q_SIGNALS:
    void applyRequested(const QString &query);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildMenu();
    void retranslate();

    SavedFilters m_store;
    std::function<QString()> m_current;
};

} // namespace Kepler
