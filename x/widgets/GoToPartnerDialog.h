#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableView;

namespace Kepler {

class ApiSession;
class PartnerDirectoryModel;

// "Go to partner" (Ctrl+P): type part of a name, English name, contact, tag or id; the list
// narrows on every key from partners held in the console; Enter opens the chosen one.
class GoToPartnerDialog : public QDialog
{
    Q_OBJECT

public:
    // The directory outlives the dialog (the page keeps it), so the partners load once.
    GoToPartnerDialog(PartnerDirectoryModel *directory, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTableView *list() const { return m_list; }
    qint64 chosenId() const { return m_chosen; }

Q_SIGNALS:
    void partnerChosen(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateStatus();
    void choose();

    PartnerDirectoryModel *m_directory;
    QLineEdit *m_search = nullptr;
    QTableView *m_list = nullptr;
    QLabel *m_status = nullptr;
    qint64 m_chosen = 0;
};

} // namespace Kepler
