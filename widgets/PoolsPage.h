#pragma once

#include "SaveCheck.h"
#include "api/CreateRetryKey.h"
#include "api/PoolTypes.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTimer;

namespace Kepler {

class ApiError;
class ApiSession;
class MessageBar;
class PoolEditor;
class PoolListModel;

// The Pools page (issue 5): the pools with their member counts and assignment; an editor for the
// criteria, manual includes/excludes and assignment; while the user edits, a debounced preview
// asks the service what saving would add and remove ("+123 added / −45 removed", with sample
// SKUs), so nobody saves a pool blind. Save uses If-Match; a 412 keeps the edits and says who
// saved. The members tab pages through the pool lazily. Operators and admins edit.
class PoolsPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int PreviewDelayMs = 400;

    explicit PoolsPage(ApiSession *session, QWidget *parent = nullptr);

    void reload();
    bool canEdit() const;
    bool openPool(qint64 poolId);
    void newPool();
    void save();

    PoolListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    PoolEditor *editor() const { return m_editor; }
    MessageBar *messageBar() const { return m_message; }
    QLabel *previewLabel() const { return m_previewSummary; }
    QTableWidget *previewSamples() const { return m_previewSamples; }
    QTableWidget *members() const { return m_members; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *saveButton() const { return m_save; }
    const std::optional<PoolPreview> &lastPreview() const { return m_preview; }
    bool isLoading() const { return m_loading > 0; }

Q_SIGNALS:
    void loaded();
    void previewed(const Kepler::PoolPreview &preview);
    void saved(const Kepler::PoolEntry &pool);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showPool(const PoolEntry &entry);
    void editorChanged();
    void runPreview();
    void showPreview(const PoolPreview &preview);
    void loadMembers(bool more);
    void saveFailed(const ApiError &error, const PoolEntry &before, const ProductPool &sent);
    // An update's answer was lost: reads the pool again until the service tells what happened.
    SaveCheck *checkLostSave(const PoolEntry &before, const ProductPool &sent);
    void settleSave(SaveCheck::Outcome outcome, const PoolEntry &current, const PoolEntry &before,
        const ProductPool &sent);
    void updateButtons();
    void retranslate();

    ApiSession *m_session;
    PoolListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    MessageBar *m_message = nullptr;
    QLabel *m_heading = nullptr;
    QTabWidget *m_tabs = nullptr;
    PoolEditor *m_editor = nullptr;
    QLabel *m_previewTitle = nullptr;
    QLabel *m_previewSummary = nullptr;
    QTableWidget *m_previewSamples = nullptr;
    QTableWidget *m_members = nullptr;
    QLabel *m_membersStatus = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QTimer *m_previewTimer = nullptr;
    PoolEntry m_current;
    std::optional<PoolPreview> m_preview;
    int m_previewGeneration = 0;
    int m_membersGeneration = 0;
    QString m_membersCursor;
    bool m_membersLoading = false;
    bool m_membersLoaded = false;
    int m_loading = 0;
    bool m_loadedOnce = false;
    bool m_saving = false;
    // A new pool's Idempotency-Key, repeated while its draft is unchanged and no answer came.
    CreateRetryKey m_createKey;
    // An update whose answer was lost, being confirmed (or not) by reading the pool again.
    QPointer<SaveCheck> m_saveCheck;
};

} // namespace Kepler
