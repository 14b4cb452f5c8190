#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Kepler {

// Asks for the name a filter is saved under. Save stays off while the name is empty, and the line
// under the field says why; a name already saved says it will be replaced.
class SaveFilterDialog : public QDialog
{
    Q_OBJECT

public:
    SaveFilterDialog(const QStringList &existingNames, QWidget *parent = nullptr);

    static constexpr int MaxNameLength = 80;

    QString name() const;
    QLineEdit *nameField() const { return m_name; }
    QPushButton *saveButton() const;
    QLabel *hint() const { return m_hint; }

private:
    void updateHint();

    QStringList m_existing;
    QLineEdit *m_name = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Kepler
