#include "HttpClient.h"
#include "PlatformProcess.h"
#include "api/ApiError.h"
#include "api/ApiSession.h"
#include "api/CreateSessionJob.h"
#include "models/PartnerListModel.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Kepler;
using Kepler::Test::HttpClient;
using Kepler::Test::PlatformProcess;

class TestPartnerListModel : public QObject
{
    Q_OBJECT

private:
    PlatformProcess m_platform;
    QNetworkAccessManager m_network;
    ApiSession *m_session = nullptr;

    void fetchAll(PartnerListModel &model)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.total() >= 0, 10000);
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_platform.start({u"--demo"_qs}), qPrintable(m_platform.errorString()));
        m_session = new ApiSession(&m_network, this);
        m_session->setBaseUrl(m_platform.url());
        auto *job = new CreateSessionJob(m_session, u"manager"_qs, u"kepler-demo"_qs);
        QSignalSpy done(job, &CreateSessionJob::finished);
        QVERIFY(job->start());
        QVERIFY(done.wait(15000));
        m_session->setToken(done.first().first().value<LoginResult>().token);
    }

    void pagesThroughAllPartners()
    {
        PartnerListModel model(m_session);
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
        PartnerQuery q;
        q.limit = 37; // not a divisor of 240: the last page is partial
        model.setQuery(q);
        fetchAll(model);
        QCOMPARE(model.total(), 240);
        QCOMPARE(model.rowCount(), 240);
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.index(row, 0).data(PartnerListModel::IdRole).toLongLong());
        QCOMPARE(ids.size(), 240);
        QVERIFY(!model.canFetchMore({}));
    }

    void sortsOnTheServer()
    {
        PartnerListModel model(m_session);
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
        model.sort(int(PartnerColumn::Commission), Qt::DescendingOrder);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 240);
        const int column = int(PartnerColumn::Commission);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.index(row - 1, column).data(PartnerListModel::RawRole).toInt()
                >= model.index(row, column).data(PartnerListModel::RawRole).toInt());
        // Display is formatted for people, raw stays a number.
        QVERIFY(model.index(0, column).data().toString().contains(u'%'));
    }

    void filtersOnTheServer()
    {
        PartnerListModel model(m_session);
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
        PartnerQuery q;
        q.statuses = {PartnerStatus::Suspended};
        q.modes = {PartnerMode::Buyout, PartnerMode::Guide};
        model.setQuery(q);
        fetchAll(model);
        QVERIFY(model.total() > 0);
        QVERIFY(model.total() < 240);
        QCOMPARE(model.rowCount(), model.total());
        for (int row = 0; row < model.rowCount(); ++row) {
            const Partner p = model.partnerAt(row);
            QVERIFY(p.status == PartnerStatus::Suspended);
            QVERIFY(p.mode != PartnerMode::SettleIn);
        }
    }

    void newerQueryWins()
    {
        PartnerListModel model(m_session);
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
        PartnerQuery first;
        first.statuses = {PartnerStatus::Active};
        model.setQuery(first);
        PartnerQuery second;
        second.statuses = {PartnerStatus::Rejected};
        model.setQuery(second); // typed faster than the first answer came back
        fetchAll(model);
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.partnerAt(row).status == PartnerStatus::Rejected);
    }

    void failureStopsFetchingAndReports()
    {
        QNetworkAccessManager network;
        ApiSession dead(&network);
        dead.setBaseUrl(QUrl(u"http://127.0.0.1:1"_qs)); // nothing listens on port 1
        dead.setToken(u"x"_qs);
        PartnerListModel model(&dead);
        QSignalSpy failed(&model, &PartnerListModel::loadFailed);
        model.reload();
        QVERIFY(failed.wait(30000));
        const auto error = failed.first().first().value<ApiError>();
        QVERIFY(!error.message().isEmpty());
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestPartnerListModel)
#include "tst_partner_list_model.moc"
