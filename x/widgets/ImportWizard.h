#pragma once

#include "api/PartnerImportReport.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QDialogButtonBox;

namespace Kepler {

class ApiError;
class ApiSession;
class ImportPartnersJob;
class ImportPreviewModel;

// Partner CSV import in three steps: choose a file → the service checks it (a dry run) and the
// preview shows what each row would do, rows with errors in red → Import, which applies all rows
// or none. Nothing is written before the Import button; it stays disabled while any row has an
// error. Emits imported() after a successful import so the partners page can reload.
class ImportWizard : public QDialog
{
    Q_OBJECT

public:
    enum class Step { ChooseFile, Checking, Preview, Importing, Done };

    ImportWizard(ApiSession *session, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Takes this file and checks it right away (what "Choose file…" does after the file dialog).
    void setFile(const QString &path);
    QString file() const { return m_path; }
    Step step() const { return m_step; }
    ImportPreviewModel *previewModel() const { return m_model; }
    QString errorText() const; // the message shown on the current step, if any
    void reject() override; // not while importing: the result must be seen (and imported() sent)

Q_SIGNALS:
    void imported();

private:
    void buildChoosePage();
    void buildPreviewPage();
    void chooseFile();
    void check();
    void runImport();
    void start(bool dryRun);
    void onReport(const ImportReport &report);
    void onFailed(const ApiError &error);
    void showStep(Step step);
    void showError(const QString &text);
    QString summaryText(const ImportReport &report) const;

    ApiSession *m_session;
    QPointer<ImportPartnersJob> m_job;
    QString m_path;
    QByteArray m_csv;
    Step m_step = Step::ChooseFile;
    ImportPreviewModel *m_model;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_pathEdit = nullptr;
    QLabel *m_chooseError = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_busyText = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_previewNote = nullptr;
    QCheckBox *m_onlyProblems = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_close = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Kepler
