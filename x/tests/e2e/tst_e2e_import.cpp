// The import wizard and the export job against a real kepler-platform: check a file with a bad
// row (red, Import disabled, nothing written), fix it, import, and see the partners grow.
#include "HttpClient.h"
#include "PlatformProcess.h"
#include "api/ApiSession.h"
#include "api/ExportPartnersJob.h"
#include "models/ImportPreviewModel.h"
#include "models/PaletteTint.h"
#include "widgets/ImportWizard.h"
#include "widgets/PartnerTimelineView.h"

#include <QCheckBox>
#include <QColor>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Kepler;
using Kepler::Test::HttpClient;
using Kepler::Test::PlatformProcess;

class TestE2EImport : public QObject
{
    Q_OBJECT

private:
    PlatformProcess m_platform;
    HttpClient m_http;
    QNetworkAccessManager m_network;
    ApiSession *m_session = nullptr;
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return f.fileName();
    }

    qint64 total()
    {
        return m_http.get(u"/api/v1/partners?limit=1"_qs).object().value(u"total"_qs).toInteger();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_platform.start({u"--demo"_qs}), qPrintable(m_platform.errorString()));
        m_http.setBaseUrl(m_platform.url());
        QCOMPARE(m_http.login(u"operator"_qs, u"kepler-demo"_qs).status, 201);
        m_session = new ApiSession(&m_network, this);
        m_session->setBaseUrl(m_platform.url());
        m_session->setToken(m_http.token());
    }

    void previewMarksBadRowsAndWritesNothing()
    {
        const qint64 before = total();
        ImportWizard wizard(m_session, nullptr);
        wizard.show();
        wizard.setFile(writeFile(u"bad.csv"_qs,
            "\xEF\xBB\xBFname,nameEn,mode,scenario,commissionBps\r\n"
            "向导渠道,Wizard One,guide,news_app,300\r\n"
            "坏佣金,Bad Commission,guide,news_app,12%\r\n"));
        QTRY_COMPARE_WITH_TIMEOUT(wizard.step(), ImportWizard::Step::Preview, 15000);
        ImportPreviewModel *model = wizard.previewModel();
        QCOMPARE(model->rowCount(), 2);
        const QModelIndex bad = model->index(1, ImportPreviewModel::ProblemsColumn);
        QVERIFY(bad.data(ImportPreviewModel::HasErrorsRole).toBool());
        // A red tint over the palette's Base (models/PaletteTint): light here, dark in the dark theme.
        QCOMPARE(
            bad.data(Qt::BackgroundRole).value<QColor>(), PaletteTint::overBase(PaletteTint::Removed, 0.15));
        QVERIFY(bad.data().toString().startsWith(u"commissionBps: "_qs));
        QVERIFY(!model->index(0, 0).data(Qt::BackgroundRole).isValid());
        const QString changes = model->index(0, ImportPreviewModel::ChangesColumn).data().toString();
        QVERIFY(changes.contains(u"向导渠道"_qs));
        // The partner form's labels and units, not the file's column names.
        QVERIFY2(
            changes.contains(u"Name: "_qs) && changes.contains(u"English name: "_qs), qPrintable(changes));
        QVERIFY2(changes.contains(u"Commission: "_qs) && changes.contains(u"3.00%"_qs), qPrintable(changes));
        QVERIFY2(
            !changes.contains(u"commissionBps"_qs) && !changes.contains(u"nameEn"_qs), qPrintable(changes));
        // Mode and scenario in words, not the file's codes.
        QVERIFY2(changes.contains(u"Mode: Guide"_qs) && changes.contains(u"Scenario: News app"_qs),
            qPrintable(changes));
        auto *apply = wizard.findChild<QPushButton *>(u"importApplyButton"_qs);
        QVERIFY(apply->isVisible());
        QVERIFY(!apply->isEnabled());
        QVERIFY(wizard.findChild<QLabel *>(u"importPreviewNote"_qs)
                    ->text()
                    .contains(u"Nothing has been written"_qs));
        wizard.findChild<QCheckBox *>(u"importOnlyProblems"_qs)->setChecked(true);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(total(), before);
    }

    void fixedFileImports()
    {
        const qint64 before = total();
        ImportWizard wizard(m_session, nullptr);
        QSignalSpy imported(&wizard, &ImportWizard::imported);
        wizard.show();
        wizard.setFile(writeFile(u"good.csv"_qs,
            "name,nameEn,mode,scenario,commissionBps,tags\n"
            "向导渠道,Wizard One,guide,news_app,300,wizard\n"
            "\"好佣金, 第二\",Good Commission,buyout,gaming,1200,wizard;e2e\n"));
        QTRY_COMPARE_WITH_TIMEOUT(wizard.step(), ImportWizard::Step::Preview, 15000);
        auto *apply = wizard.findChild<QPushButton *>(u"importApplyButton"_qs);
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.step(), ImportWizard::Step::Done, 15000);
        QCOMPARE(imported.size(), 1);
        QVERIFY(wizard.findChild<QLabel *>(u"importResult"_qs)->text().contains(u"2"_qs));
        QCOMPARE(total(), before + 2);
        // The partner's history names the import.
        const qint64 id = m_http.get(u"/api/v1/partners?q=%E5%90%91%E5%AF%BC%E6%B8%A0%E9%81%93"_qs)
                              .object()
                              .value(u"items"_qs)[0][u"id"_qs]
                              .toInteger();
        const QJsonObject item = m_http.get(u"/api/v1/partners/%1/timeline"_qs.arg(id))
                                     .object()
                                     .value(u"items"_qs)[0]
                                     .toObject();
        QCOMPARE(item.value(u"action"_qs).toString(), u"partner.import.create"_qs);
        TimelineEntry entry;
        entry.action = item.value(u"action"_qs).toString();
        QCOMPARE(PartnerTimelineView::describe(entry), u"Created by CSV import"_qs);
    }

    void wholeFileProblemsAreExplainedBeforeUpload()
    {
        ImportWizard wizard(m_session, nullptr);
        wizard.setFile(writeFile(u"columns.csv"_qs, "name,nameEn\nA,B\n"));
        QCOMPARE(wizard.step(), ImportWizard::Step::ChooseFile);
        QVERIFY2(wizard.errorText().contains(u"mode, scenario"_qs), qPrintable(wizard.errorText()));
        wizard.setFile(m_dir.filePath(u"missing.csv"_qs));
        QVERIFY(!wizard.errorText().isEmpty());
    }

    void exportJobDownloadsTheFilteredList()
    {
        PartnerQuery query;
        query.text = u"向导渠道"_qs;
        auto *job = new ExportPartnersJob(m_session, query);
        QSignalSpy done(job, &ExportPartnersJob::finished);
        QVERIFY(job->start());
        QVERIFY(done.wait(15000));
        const QByteArray csv = done.first().at(0).toByteArray();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "id,name,"));
        QCOMPARE(csv.count("\r\n"), 2); // the header and the one partner imported above
        QVERIFY(done.first().at(1).toString().startsWith(u"partners-"_qs));
    }
};

QTEST_MAIN(TestE2EImport)
#include "tst_e2e_import.moc"
