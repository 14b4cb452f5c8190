#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;

namespace Kepler {

class PartnerCommands;

// The right end of the Partners page's toolbar: how many partners the list shows, Refresh,
// Export…, Import…, Bulk action… and New partner. Export, import and bulk run the page's commands
// (the same as their shortcuts and menu entries); the count gives way first when the toolbar is
// short of room (its tooltip has it whole).
class PartnerListTools : public QWidget
{
    Q_OBJECT

public:
    PartnerListTools(PartnerCommands *commands, QWidget *parent = nullptr);

    // `total` < 0: not known yet (loading, or nothing asked).
    void showCount(int shown, int total, bool loading);
    void setSelectedCount(qsizetype count);
    void setCanEdit(bool canEdit);

Q_SIGNALS:
    void refreshRequested();
    void newRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCount();
    void updateBulk();

    PartnerCommands *m_commands;
    QLabel *m_count = nullptr;
    QToolButton *m_refresh = nullptr;
    QToolButton *m_export = nullptr;
    QToolButton *m_import = nullptr;
    QPushButton *m_bulk = nullptr;
    QPushButton *m_new = nullptr;
    int m_shown = 0;
    int m_total = -1;
    bool m_loading = false;
    qsizetype m_selected = 0;
    bool m_canEdit = false;
};

} // namespace Kepler
