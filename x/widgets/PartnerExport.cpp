#include "PartnerExport.h"

#include "api/ApiError.h"
#include "api/ExportPartnersJob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QSaveFile>
#include <QStandardPaths>

namespace Kepler {
namespace {

void save(const QByteArray &csv, const QString &suggested, QWidget *parent)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(parent,
        QCoreApplication::translate("PartnerExport", "Export partners"), QDir(folder).filePath(suggested),
        QCoreApplication::translate("PartnerExport", "CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // QSaveFile: an existing file is replaced only once the new one is completely written.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
        QMessageBox::warning(parent, QCoreApplication::translate("PartnerExport", "Export partners"),
            QCoreApplication::translate("PartnerExport", "The file could not be saved: %1")
                .arg(file.errorString()));
}

} // namespace

void exportPartners(ApiSession *session, const PartnerQuery &query, QWidget *parent)
{
    auto *job = new ExportPartnersJob(session, query);
    auto *progress = new QProgressDialog(QCoreApplication::translate("PartnerExport", "Exporting partners…"),
        QCoreApplication::translate("PartnerExport", "Cancel"), 0, 0, parent);
    progress->setObjectName(u"partnerExportProgress"_qs);
    progress->setWindowTitle(QCoreApplication::translate("PartnerExport", "Export partners"));
    progress->setMinimumDuration(300); // a quick export does not flash a dialog
    progress->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<QWidget> owner(parent);
    QObject::connect(progress, &QProgressDialog::canceled, job, &ApiJob::abort);
    QObject::connect(job, &ExportPartnersJob::finished, progress,
        [progress, owner](const QByteArray &csv, const QString &fileName) {
            progress->close();
            save(csv, fileName, owner);
        });
    QObject::connect(job, &ApiJob::failed, progress, [progress, owner](const ApiError &error) {
        progress->close();
        if (error.kind != ApiError::Kind::Cancelled)
            QMessageBox::warning(owner, QCoreApplication::translate("PartnerExport", "Export partners"),
                QCoreApplication::translate("PartnerExport", "The export failed: %1").arg(error.message()));
    });
    job->start();
}

} // namespace Kepler
