// The partners page against a real kepler-platform --demo, as an operator: a commission typed
// beyond its range (250 %) is never sent — not by Save, not by Ctrl+S — and the partner on the
// service keeps its commission and version; corrected, one save goes out with the typed value.
// Before, the spin box showed 25 and Save sent 25.00 %.
#include "HttpClient.h"
#include "PlatformProcess.h"
#include "SignedInSession.h"
#include "widgets/MessageBar.h"
#include "widgets/PartnerEditor.h"
#include "widgets/PartnersPage.h"

#include <QDoubleSpinBox>
#include <QNetworkAccessManager>
#include <QPushButton>
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
};

QTEST_MAIN(TestBoundedSave)
#include "tst_bounded_save.moc"
