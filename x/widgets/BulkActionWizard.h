#pragma once

#include "domain/Partner.h"
#include "domain/PartnerBulk.h"
#include "domain/PartnerGroup.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace Kepler {

class ApiError;
class ApiSession;
class BulkResultsTable;

// One action on many selected partners, in three steps (Saleor's bulk flow):
//   1 choose — the action and what it needs (reason + note, tag, group);
//   2 review — what will change and what will be skipped and why, computed locally with the same
//     domain rules the service applies; "Nothing has been written yet";
//   3 progress — the partners that change are sent in chunks of ChunkSize ids, one
//     POST /partners:bulk each with its own Idempotency-Key, kept for retries (so a retry after a
//     timeout can never act twice); per-partner results, "Retry failed", "Save results…" (CSV).
// bulkFinished(changedIds) follows every completed run so the page can refresh those rows.
// (Not named finished(): QDialog::finished(int) would make connects ambiguous.)
class BulkActionWizard : public QDialog
{
    Q_OBJECT

public:
    static constexpr int ChunkSize = 50;

    BulkActionWizard(ApiSession *session, QList<Partner> selected, QWidget *parent = nullptr);

    BulkRequest request() const; // from step 1, with every selected id
    QList<Partner> toChange() const;
    QList<Partner> toSkip() const;
    int currentStep() const; // 0 choose, 1 review, 2 progress
    BulkResultsTable *resultsTable() const { return m_results; }
    bool saveResults(const QString &path, QString *error) const;

Q_SIGNALS:
    void bulkFinished(const QList<qint64> &changedIds);

private:
    struct Chunk
    {
        QList<qint64> ids;
        QByteArray key; // the same for every send of this chunk
        bool done = false;
    };

    QWidget *buildChoosePage();
    QWidget *buildReviewPage();
    QWidget *buildProgressPage();
    void loadGroups();
    void onActionChanged();
    void updateNext();
    void showReview();
    void confirm();
    void sendNext();
    void onChunkDone(int index, const BulkResult &result);
    void onChunkFailed(int index, const ApiError &error);
    void retryFailed();
    void saveResultsInteractive();
    void updateProgress();
    QString skipText(const Partner &partner, const QString &reason) const;
    QString rowText(const BulkRowResult &row) const;
    QString actionVerb(int count) const;

    ApiSession *m_session;
    QList<Partner> m_selected;
    QList<PartnerGroup> m_groups;
    QList<Chunk> m_chunks;
    QList<qint64> m_changed;
    int m_sending = -1; // index of the chunk in flight

    QStackedWidget *m_pages = nullptr;
    QComboBox *m_action = nullptr;
    QFormLayout *m_options = nullptr;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_note = nullptr;
    QLineEdit *m_tag = nullptr;
    QComboBox *m_group = nullptr;
    QPushButton *m_next = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_review = nullptr;
    QPushButton *m_confirm = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    BulkResultsTable *m_results = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace Kepler
