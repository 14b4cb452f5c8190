#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;

namespace Kepler {

class ApiSession;
class AuditDiffModel;
class AuditListModel;
class MessageBar;
struct AuditQuery;

// The audit log for managers and admins: who did what, to which entity, when — filtered by the
// server — and, for the selected line, the entity before and after as a diff.
class AuditLogPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditLogPage(ApiSession *session, QWidget *parent = nullptr);

    AuditListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    AuditDiffModel *diffModel() const { return m_diff; }
    QLineEdit *actorField() const { return m_actor; }
    QComboBox *actionFilter() const { return m_action; }
    QLineEdit *entityField() const { return m_entity; }

    // Shows one entity's lines ("partner", "12"), e.g. from a partner's detail.
    void showEntity(const QString &type, const QString &id);
    void reload();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum Period { AnyTime, Today, Last7Days, Last30Days, Custom };

    void buildUi();
    void retranslate();
    void applyFilters();
    AuditQuery currentQuery() const;
    void updateCount();
    void showDetails();

    ApiSession *m_session;
    AuditListModel *m_model;
    AuditDiffModel *m_diff;
    MessageBar *m_messageBar = nullptr;
    QLineEdit *m_actor = nullptr;
    QComboBox *m_action = nullptr;
    QLineEdit *m_entity = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QToolButton *m_refresh = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_detailInfo = nullptr;
    QCheckBox *m_onlyChanged = nullptr;
    QTableView *m_diffView = nullptr;
    QTimer *m_typingDelay = nullptr;
    bool m_loadedOnce = false;
};

} // namespace Kepler
