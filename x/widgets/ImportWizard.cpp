#include "ImportWizard.h"

#include "api/ApiError.h"
#include "api/ApiSession.h"
#include "api/ImportPartnersJob.h"
#include "domain/PartnerCsv.h"
#include "models/ImportPreviewModel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Kepler {
namespace {

constexpr qint64 MaxFileBytes = 16 * 1024 * 1024; // the service's cap for an import

QLabel *wrappingLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setObjectName(objectName);
    return label;
}

} // namespace

ImportWizard::ImportWizard(ApiSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new ImportPreviewModel(this))
{
    setObjectName(u"importWizard"_qs);
    setWindowTitle(tr("Import partners"));
    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);
    buildChoosePage();
    auto *busyPage = new QWidget(m_pages);
    auto *busyLayout = new QVBoxLayout(busyPage);
    m_busyText = wrappingLabel(busyPage, u"importBusyText"_qs);
    m_busy = new QProgressBar(busyPage);
    m_busy->setRange(0, 0); // the service does not report progress: a busy indicator
    busyLayout->addStretch();
    busyLayout->addWidget(m_busyText);
    busyLayout->addWidget(m_busy);
    busyLayout->addStretch();
    m_pages->addWidget(busyPage);
    buildPreviewPage();
    m_result = wrappingLabel(m_pages, u"importResult"_qs);
    m_result->setAlignment(Qt::AlignCenter);
    m_pages->addWidget(m_result);

    auto *buttons = m_buttons = new QDialogButtonBox(this);
    m_back = buttons->addButton(tr("Choose another file"), QDialogButtonBox::ResetRole);
    m_back->setObjectName(u"importBackButton"_qs);
    m_importButton = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(u"importApplyButton"_qs);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(u"importCloseButton"_qs);
    layout->addWidget(buttons);
    connect(m_back, &QPushButton::clicked, this, [this] { showStep(Step::ChooseFile); });
    connect(m_importButton, &QPushButton::clicked, this, &ImportWizard::runImport);
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (m_job && m_step == Step::Checking) {
            m_job->abort(); // only a check is cancelled; an import runs to its end
            showStep(Step::ChooseFile);
        } else {
            reject();
        }
    });
    // Tab through each step and on to the buttons: the file, the preview's filter and table, then
    // back, import and close (the pages are built before the buttons, so say it).
    QWidget *choose = findChild<QPushButton *>(u"importChooseButton"_qs);
    setTabOrder(m_pathEdit, choose);
    setTabOrder(choose, m_onlyProblems);
    setTabOrder(m_onlyProblems, m_table);
    setTabOrder(m_table, m_back);
    setTabOrder(m_back, m_importButton);
    setTabOrder(m_importButton, m_close);
    resize(820, 520);
    showStep(Step::ChooseFile);
}

ImportWizard::~ImportWizard()
{
    if (m_job)
        m_job->abort(); // a dry run may be dropped; a real run finishes on the service anyway
}

void ImportWizard::buildChoosePage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    auto *intro = wrappingLabel(page, u"importIntro"_qs);
    intro->setText(tr("Choose a CSV file in UTF-8, for example one exported from this list and edited in a "
                      "spreadsheet. Rows with an id update that partner; rows without one add a new partner. "
                      "The file is checked first: nothing is written until you confirm."));
    auto *row = new QHBoxLayout;
    m_pathEdit = new QLineEdit(page);
    m_pathEdit->setObjectName(u"importPath"_qs);
    m_pathEdit->setReadOnly(true);
    m_pathEdit->setPlaceholderText(tr("No file chosen"));
    m_pathEdit->setAccessibleName(tr("CSV file"));
    auto *choose = new QPushButton(tr("&Choose file…"), page);
    choose->setObjectName(u"importChooseButton"_qs);
    row->addWidget(m_pathEdit, 1);
    row->addWidget(choose);
    m_chooseError = wrappingLabel(page, u"importFileError"_qs);
    m_chooseError->setStyleSheet(u"color: #b3261e;"_qs);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(m_chooseError);
    layout->addStretch();
    m_pages->addWidget(page);
    connect(choose, &QPushButton::clicked, this, &ImportWizard::chooseFile);
}

void ImportWizard::buildPreviewPage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    m_summary = wrappingLabel(page, u"importSummary"_qs);
    m_previewNote = wrappingLabel(page, u"importPreviewNote"_qs);
    m_onlyProblems = new QCheckBox(tr("Only rows with &problems"), page);
    m_onlyProblems->setObjectName(u"importOnlyProblems"_qs);
    m_table = new QTableView(page);
    m_table->setObjectName(u"importPreviewTable"_qs);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab goes on to the wizard's buttons; arrows move in the rows
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    // Line, result and id take what they need; the changes get the room, the problems a fair share.
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    for (int column :
        {ImportPreviewModel::LineColumn, ImportPreviewModel::ActionColumn, ImportPreviewModel::IdColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ImportPreviewModel::ChangesColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ImportPreviewModel::ProblemsColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(ImportPreviewModel::ProblemsColumn, 280);
    layout->addWidget(m_summary);
    layout->addWidget(m_previewNote);
    layout->addWidget(m_onlyProblems);
    layout->addWidget(m_table, 1);
    m_pages->addWidget(page);
    connect(m_onlyProblems, &QCheckBox::toggled, m_model, &ImportPreviewModel::setOnlyProblems);
}

void ImportWizard::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import partners"), m_path, tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportWizard::setFile(const QString &path)
{
    m_path = path;
    m_pathEdit->setText(QDir::toNativeSeparators(path));
    check();
}

void ImportWizard::check()
{
    showStep(Step::ChooseFile);
    QFile file(m_path);
    if (file.size() > MaxFileBytes)
        return showError(tr("The file is larger than 16 MiB. Split it into smaller files."));
    if (!file.open(QIODevice::ReadOnly))
        return showError(tr("The file cannot be read: %1").arg(file.errorString()));
    m_csv = file.readAll();
    // The same codec as the service: whole-file problems are explained here, in the user's language.
    if (const QString problem = ImportPreviewModel::fileProblem(PartnerCsv::decode(m_csv));
        !problem.isEmpty())
        return showError(problem);
    start(true);
}

void ImportWizard::runImport()
{
    if (m_model->report().canApply())
        start(false);
}

void ImportWizard::start(bool dryRun)
{
    m_job = new ImportPartnersJob(m_session, m_csv, dryRun);
    connect(m_job, &ImportPartnersJob::finished, this, &ImportWizard::onReport);
    connect(m_job, &ApiJob::failed, this, &ImportWizard::onFailed);
    m_busyText->setText(dryRun ? tr("Checking the file… Nothing is written yet.")
                               : tr("Importing… All rows are written together, or none."));
    showStep(dryRun ? Step::Checking : Step::Importing);
    m_job->start();
}

void ImportWizard::onReport(const ImportReport &report)
{
    m_model->setReport(report);
    if (!report.dryRun && !report.rejected) {
        // One sentence with two counted parts: each language orders and joins them its own way.
        m_result->setText(tr("Imported: %1, %2.")
                              .arg(tr("%n partner(s) created", nullptr, report.created),
                                  tr("%n updated", nullptr, report.updated)));
        showStep(Step::Done);
        Q_EMIT imported();
        return;
    }
    m_summary->setText(summaryText(report));
    if (report.rejected)
        m_previewNote->setText(
            tr("Nothing was written: partners changed on the server since the check. Fix the rows in red "
               "and choose the file again."));
    else if (report.errors > 0)
        m_previewNote->setText(tr("Nothing has been written yet. Fix the rows in red in the file and choose "
                                  "it again; the import writes all rows or none."));
    else if (report.canApply())
        m_previewNote->setText(tr("Nothing has been written yet. Import writes these changes."));
    else
        m_previewNote->setText(
            tr("Nothing has been written yet. The file matches the partners as they are."));
    m_onlyProblems->setEnabled(report.errors > 0);
    showStep(Step::Preview);
}

QString ImportWizard::summaryText(const ImportReport &r) const
{
    return tr("%n new partner(s)", nullptr, r.created) + u" · "_qs + tr("%n update(s)", nullptr, r.updated)
        + u" · "_qs + tr("%n unchanged", nullptr, r.unchanged) + u" · "_qs
        + tr("%n row(s) with errors", nullptr, r.errors);
}

void ImportWizard::onFailed(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    showError(error.message());
}

void ImportWizard::showError(const QString &text)
{
    showStep(Step::ChooseFile);
    m_chooseError->setText(text);
}

void ImportWizard::reject()
{
    if (m_step != Step::Importing)
        QDialog::reject();
}

QString ImportWizard::errorText() const
{
    return m_step == Step::ChooseFile ? m_chooseError->text() : QString();
}

void ImportWizard::showStep(Step step)
{
    m_step = step;
    m_chooseError->clear();
    const int page = step == Step::ChooseFile ? 0 : step == Step::Preview ? 2 : step == Step::Done ? 3 : 1;
    m_pages->setCurrentIndex(page);
    m_back->setVisible(step == Step::Preview);
    m_importButton->setVisible(step == Step::Preview);
    m_importButton->setEnabled(
        step == Step::Preview && m_model->report().canApply() && !m_model->report().rejected);
    m_close->setEnabled(step != Step::Importing);
    m_close->setText(step == Step::Checking ? tr("Cancel") : tr("Close"));
    // QDialogButtonBox makes its first button its focus proxy; with "Choose another file" hidden
    // on this step, Tab would hand the focus to a hidden button and stay where it was. Point the
    // proxy at the first button a user can actually reach.
    m_buttons->setFocusProxy(step == Step::Preview ? m_back : m_close);
}

} // namespace Kepler
