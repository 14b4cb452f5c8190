// The partners page against a real kepler-platform --demo, as an operator: a commission typed
// beyond its range (250 %) is never sent — not by Save, not by Ctrl+S — and the partner on the
// service keeps its commission and version; corrected, one save goes out with the typed value.
// Before, the spin box showed 25 and Save sent 25.00 %. Rotating a key with an overlap of 500 hours
// keeps 500 and OK unavailable (QInputDialog made it 50 and rotated); 2 hours rotates.
#include "HttpClient.h"
#include "PlatformProcess.h"
#include "SignedInSession.h"
#include "widgets/BoundedSpinBox.h"
#include "widgets/MessageBar.h"
#include "widgets/PartnerEditor.h"
#include "widgets/PartnerKeySecretDialog.h"
#include "widgets/PartnerKeysPanel.h"
#include "widgets/PartnersPage.h"
#include "widgets/RotateKeyDialog.h"

#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Kepler;
using Kepler::Test::HttpClient;
using Kepler::Test::PlatformProcess;
using Kepler::Test::signedInSession;

class TestBoundedSave : public QObject
{
    Q_OBJECT

    PlatformProcess m_platform;
    QNetworkAccessManager m_network;
    ApiSession *m_session = nullptr;
    HttpClient m_http;

    QJsonObject onService(qint64 id) { return m_http.get(u"/api/v1/partners/%1"_qs.arg(id)).object(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_platform.start({u"--demo"_qs}), qPrintable(m_platform.errorString()));
        m_session = signedInSession(m_platform.url(), u"operator"_qs, &m_network, this);
        QVERIFY(m_session);
        m_http.setBaseUrl(m_platform.url());
        QCOMPARE(m_http.login(u"operator"_qs, u"kepler-demo"_qs).status, 201);
    }

    void outOfRangeCommissionIsNeverSent()
    {
        PartnersPage page(m_session);
        page.resize(1400, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.reload();
        QTRY_VERIFY_WITH_TIMEOUT(page.editor()->original().id != 0, 15000);
        PartnerEditor *editor = page.editor();
        const qint64 id = editor->original().id;
        const QJsonObject before = onService(id);
        QCOMPARE(before.value(u"id"_qs).toInteger(), id);

        auto *commission = editor->findChild<QDoubleSpinBox *>(u"commission"_qs);
        QVERIFY(commission);
        commission->setFocus();
        commission->selectAll();
        QTest::keyClicks(commission, u"250"_qs);
        QCOMPARE(commission->cleanText(), u"250"_qs);
        QTest::mouseClick(editor->findChild<QPushButton *>(u"save"_qs), Qt::LeftButton);
        QTest::keyClick(commission, Qt::Key_S, Qt::ControlModifier);
        QVERIFY2(editor->messageBar()->text().contains(u"Commission can be at most 100.00 %."_qs),
            qPrintable(editor->messageBar()->text()));
        QTest::qWait(1500); // long enough for a request that went out to land
        const QJsonObject after = onService(id);
        QCOMPARE(after.value(u"version"_qs), before.value(u"version"_qs));
        QCOMPARE(after.value(u"commissionBps"_qs), before.value(u"commissionBps"_qs));
        QCOMPARE(commission->cleanText(), u"250"_qs); // still there to correct

        // Corrected: one save, with the number typed.
        const int bps = before.value(u"commissionBps"_qs).toInt() == 1250 ? 1300 : 1250;
        commission->selectAll();
        QTest::keyClicks(commission, QString::number(bps / 100.0));
        QTest::mouseClick(editor->findChild<QPushButton *>(u"save"_qs), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(onService(id).value(u"commissionBps"_qs).toInt(), bps, 15000);
        QCOMPARE(onService(id).value(u"version"_qs).toInt(), before.value(u"version"_qs).toInt() + 1);
    }

    void rotateWithTooLongAnOverlapWaitsForACorrection()
    {
        const qint64 id = m_http.get(u"/api/v1/partners?status=active&limit=1"_qs).firstItemId();
        QVERIFY(id > 0);
        const auto issued = m_http.request("POST", u"/api/v1/partners/%1/keys"_qs.arg(id));
        QCOMPARE(issued.status, 201);
        const QString appKey = issued.object().value(u"appKey"_qs).toString();
        QVERIFY(!appKey.isEmpty());
        PartnerKeysPanel panel(m_session);
        panel.resize(900, 400);
        panel.show();
        QSignalSpy loaded(&panel, &PartnerKeysPanel::loaded);
        panel.setPartner(id, true);
        QVERIFY(loaded.wait(15000));
        auto *table = panel.findChild<QTableWidget *>(u"keysTable"_qs);
        QVERIFY(table && table->rowCount() >= 1);
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, PartnerKeysPanel::AppKeyColumn)->text() == appKey)
                table->selectRow(row);
        QVERIFY(panel.findChild<QPushButton *>(u"rotateKey"_qs)->isEnabled());
        QTest::mouseClick(panel.findChild<QPushButton *>(u"rotateKey"_qs), Qt::LeftButton);
        auto *dialog = panel.findChild<RotateKeyDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        BoundedSpinBox *hours = dialog->hoursBox();
        hours->setFocus();
        hours->selectAll();
        QTest::keyClicks(hours, u"500"_qs);
        QCOMPARE(hours->cleanText(), u"500"_qs);
        QVERIFY(!dialog->okButton()->isEnabled());
        QTest::keyClick(hours, Qt::Key_Return);
        QTest::qWait(500);
        QVERIFY(!panel.findChild<PartnerKeySecretDialog *>()); // nothing rotated
        const auto keysBefore = m_http.get(u"/api/v1/partners/%1/keys"_qs.arg(id)).object();
        hours->selectAll();
        QTest::keyClicks(hours, u"2"_qs);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel.findChild<PartnerKeySecretDialog *>() != nullptr, 15000);
        // The old key now expires about 2 hours from now, not 50.
        const QJsonArray keys
            = m_http.get(u"/api/v1/partners/%1/keys"_qs.arg(id)).object().value(u"items"_qs).toArray();
        QVERIFY(keys.size() > keysBefore.value(u"items"_qs).toArray().size());
        bool found = false;
        for (const QJsonValue &k : keys)
            if (k.toObject().value(u"appKey"_qs).toString() == appKey) {
                found = true;
                const QDateTime expires
                    = QDateTime::fromString(k.toObject().value(u"expiresAt"_qs).toString(), Qt::ISODate);
                const qint64 left = QDateTime::currentDateTimeUtc().secsTo(expires);
                QVERIFY2(left > 3600 && left <= 2 * 3600 + 60, qPrintable(QString::number(left)));
            }
        QVERIFY(found);
    }
};

QTEST_MAIN(TestBoundedSave)
#include "tst_bounded_save.moc"
