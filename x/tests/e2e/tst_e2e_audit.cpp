// The audit log page, end to end: a manager signs in to a real kepler-platform, an operator
// suspends a partner with a reason, and the manager finds that line by filters and reads the
// before/after diff with the reason.
#include "HttpClient.h"
#include "PlatformProcess.h"
#include "api/ApiSession.h"
#include "domain/PartnerStatus.h"
#include "models/AuditDiffModel.h"
#include "models/AuditListModel.h"
#include "widgets/AuditLogPage.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTest>

using namespace Kepler;
using Kepler::Test::HttpClient;
using Kepler::Test::HttpResult;
using Kepler::Test::PlatformProcess;

class TestE2EAudit : public QObject
{
    Q_OBJECT

private:
    PlatformProcess m_platform;
    QNetworkAccessManager m_network;
    ApiSession *m_session = nullptr;
    AuditLogPage *m_page = nullptr;
    qint64 m_suspendedId = 0;

    void waitIdle() { QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isLoading(), 15000); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_platform.start({u"--demo"_qs}), qPrintable(m_platform.errorString()));
        // The operator's act, over plain HTTP: suspend the first active partner with a reason.
        HttpClient op(m_platform.url());
        QCOMPARE(op.login(u"operator"_qs, u"kepler-demo"_qs).status, 201);
        const HttpResult list = op.get(u"/api/v1/partners?status=active&limit=1"_qs);
        m_suspendedId
            = list.object().value(u"items"_qs).toArray().at(0).toObject().value(u"id"_qs).toInteger();
        QVERIFY(m_suspendedId > 0);
        const HttpResult one = op.get(u"/api/v1/partners/%1"_qs.arg(m_suspendedId));
        const HttpResult suspended = op.request("POST", u"/api/v1/partners/%1/suspend"_qs.arg(m_suspendedId),
            QJsonObject {{u"reasonCode"_qs, u"fake_traffic"_qs}, {u"note"_qs, u"订单异常"_qs}},
            {{"If-Match", one.header("etag")}});
        QCOMPARE(suspended.status, 200);

        HttpClient manager(m_platform.url());
        QCOMPARE(manager.login(u"manager"_qs, u"kepler-demo"_qs).status, 201);
        m_session = new ApiSession(&m_network, this);
        m_session->setBaseUrl(m_platform.url());
        m_session->setToken(manager.token());
        m_page = new AuditLogPage(m_session);
        m_page->resize(1200, 800);
        m_page->show(); // the first show loads
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->total() > 240, 15000);
    }

    void filterByActionAndActor()
    {
        QComboBox *action = m_page->actionFilter();
        action->setCurrentIndex(action->findData(u"partner.suspend"_qs));
        Q_EMIT action->activated(action->currentIndex());
        QTest::keyClicks(m_page->actorField(), u"operator"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->query().actor, u"operator"_qs, 5000);
        waitIdle();
        // Newest first: the suspension made here, then the seed's suspensions by the operator.
        QVERIFY(m_page->model()->total() >= 1);
        for (int row = 0; row < m_page->model()->rowCount(); ++row) {
            QCOMPARE(m_page->model()->recordAt(row).action, u"partner.suspend"_qs);
            QCOMPARE(m_page->model()->recordAt(row).actor, u"operator"_qs);
        }
        const AuditRecord record = m_page->model()->recordAt(0);
        QCOMPARE(record.action, u"partner.suspend"_qs);
        QCOMPARE(record.entityId, QString::number(m_suspendedId));
        QCOMPARE(record.reasonCode, u"fake_traffic"_qs);
    }

    void diffShowsTheStatusChange()
    {
        QTRY_VERIFY(m_page->table()->currentIndex().isValid());
        AuditDiffModel *diff = m_page->diffModel();
        // Only changed fields: status, version, updatedAt (updatedBy may stay "operator").
        bool sawStatus = false;
        for (int row = 0; row < diff->rowCount(); ++row) {
            QVERIFY(diff->index(row, 0).data(AuditDiffModel::ChangedRole).toBool());
            if (diff->index(row, AuditDiffModel::Field).data(Qt::ToolTipRole).toString() == u"status") {
                sawStatus = true;
                // Shown in words, stored as codes (the tooltip keeps the exact value).
                QCOMPARE(
                    diff->index(row, AuditDiffModel::Before).data(Qt::ToolTipRole).toString(), u"active"_qs);
                QCOMPARE(diff->index(row, AuditDiffModel::After).data(Qt::ToolTipRole).toString(),
                    u"suspended"_qs);
                QCOMPARE(diff->index(row, AuditDiffModel::After).data().toString(),
                    displayName(PartnerStatus::Suspended));
            }
        }
        QVERIFY(sawStatus);
        const int changedOnly = diff->rowCount();
        diff->setOnlyChanged(false);
        QVERIFY(diff->rowCount() > changedOnly);
    }

    void showEntityListsOnePartner()
    {
        m_page->showEntity(u"partner"_qs, QString::number(m_suspendedId));
        waitIdle();
        // Newest first: the suspension made here, then the seeded path back to its creation.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_page->model()->total() >= 4, 15000); // created, submitted, approved, suspended
        const int last = m_page->model()->total() - 1;
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), m_page->model()->total(), 15000);
        QCOMPARE(m_page->model()->recordAt(0).action, u"partner.suspend"_qs);
        QCOMPARE(m_page->model()->recordAt(last).action, u"partner.create"_qs);
        for (int row = 0; row <= last; ++row)
            QCOMPARE(m_page->model()->recordAt(row).entityId, QString::number(m_suspendedId));
    }

    void cleanupTestCase() { delete m_page; }
};

QTEST_MAIN(TestE2EAudit)
#include "tst_e2e_audit.moc"
