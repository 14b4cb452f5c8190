#pragma once

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace Kepler {

class ApiSession;

// Picks catalog categories from the service's three-level tree with checkboxes: a top category
// ticked holds all below it (criteria match any level), so its children need no tick of their own.
class CategoryPickerDialog : public QDialog
{
    Q_OBJECT

public:
    CategoryPickerDialog(ApiSession *session, const QList<int> &selected, QWidget *parent = nullptr);

    QList<int> selectedIds() const;
    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree = nullptr;
    QLabel *m_status = nullptr;
    QList<int> m_initial;
};

} // namespace Kepler
