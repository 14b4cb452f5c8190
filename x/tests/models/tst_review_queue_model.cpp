// ReviewQueueModel against a fake network: the first page, a poll answered 304 (nothing moves),
// a poll with changes merged in place (the selected item stays selected), ages against the SLA
// by the service's clock, and who holds a claim.
#include "FakeNetworkAccessManager.h"
#include "FakeResponse.h"
#include "api/ApiSession.h"
#include "models/ReviewCompareModel.h"
#include "models/ReviewQueueModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Kepler;

namespace {

const QDateTime kServerNow(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);

ReviewQueueItem item(qint64 id, int hoursWaiting, const QString &claimedBy = {})
{
    ReviewQueueItem i;
    i.id = ReviewQueueItem::makeId(ReviewItemKind::MiniProgramSubmission, id);
    i.kind = ReviewItemKind::MiniProgramSubmission;
    i.status = u"submitted"_qs;
    i.partnerId = 7;
    i.partnerName = u"Partner %1"_qs.arg(id);
    i.appId = u"wx%1"_qs.arg(id);
    i.appName = u"App %1"_qs.arg(id);
    i.codeVersion = u"1.0.%1"_qs.arg(id);
    i.enteredAt = kServerNow.addSecs(-hoursWaiting * 3600 - 12 * 60);
    i.dueAt = i.enteredAt.addSecs(24 * 3600);
    if (!claimedBy.isEmpty())
        i.claim = ReviewClaim {claimedBy, kServerNow.addSecs(-60), kServerNow.addSecs(1740)};
    return i;
}

FakeResponse page(const QList<ReviewQueueItem> &items, const QByteArray &etag, const QString &next = {})
{
    QJsonArray array;
    for (const ReviewQueueItem &i : items)
        array.append(i.toJson());
    const QJsonObject body {{u"items"_qs, array},
        {u"nextCursor"_qs, next.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(next)},
        {u"total"_qs, int(items.size())},
        {u"counts"_qs,
            QJsonObject {{u"partner_application"_qs, 0}, {u"miniprogram_submission"_qs, int(items.size())},
                {u"overdue"_qs, 1}}},
        {u"serverTime"_qs, u"2026-12-01T12:00:00.000Z"_qs}};
    return FakeResponse::json(200, body, {{"ETag", etag}});
}

} // namespace

class TestReviewQueueModel : public QObject
{
    Q_OBJECT

private:
    FakeNetworkAccessManager *m_nam = nullptr;
    ApiSession *m_session = nullptr;

private Q_SLOTS:
    void init()
    {
        m_nam = new FakeNetworkAccessManager(this);
        m_session = new ApiSession(m_nam, this);
        m_session->setBaseUrl(QUrl(u"http://kepler.test"_qs));
        m_session->setToken(u"token"_qs);
        StaffUser me;
        me.id = 3;
        me.username = u"reviewer"_qs;
        me.roles = Role::Reviewer;
        m_session->setCurrentUser(me);
    }

    void cleanup()
    {
        delete m_session;
        delete m_nam;
    }

    void pollsKeepTheSelection()
    {
        const QList<ReviewQueueItem> first {
            item(1, 30), item(2, 5, u"reviewer"_qs), item(3, 1, u"reviewer2"_qs)};
        ReviewQueueItem changed = item(3, 1);
        changed.status = u"delayed"_qs;
        const QList<ReviewQueueItem> second {item(2, 5, u"reviewer"_qs), changed, item(4, 0)};
        m_nam->addRoute("GET", u"^/api/v1/reviews$"_qs,
            {page(first, "\"a\""), FakeResponse::raw(304, QByteArray(), QByteArray()),
                page(second, "\"b\"")});

        ReviewQueueModel model(m_session);
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
        QItemSelectionModel selection(&model);
        QSignalSpy refreshed(&model, &ReviewQueueModel::refreshed);
        QSignalSpy counts(&model, &ReviewQueueModel::countsChanged);
        model.setQuery({});
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.miniProgramSubmissions(), 3);
        QCOMPARE(model.overdue(), 1);
        QCOMPARE(counts.size(), 1);

        // Ages by the service's clock: 30 h 12 min is overdue, 5 h 12 min is not.
        const QModelIndex age0 = model.index(0, ReviewQueueModel::Age);
        QVERIFY(model.data(age0, ReviewQueueModel::OverdueRole).toBool());
        QVERIFY(model.data(age0).toString().contains(ReviewQueueModel::formatAge((30 * 60 + 12) * 60000LL)));
        QVERIFY(!model.data(model.index(1, ReviewQueueModel::Age), ReviewQueueModel::OverdueRole).toBool());
        QVERIFY(model.data(age0, ReviewQueueModel::SortRole).toLongLong()
            > model.data(model.index(1, ReviewQueueModel::Age), ReviewQueueModel::SortRole).toLongLong());
        // Claims: free, mine ("you"), someone else's (their name).
        QCOMPARE(model.data(model.index(0, ReviewQueueModel::Claim), ReviewQueueModel::ClaimStateRole)
                     .value<ReviewQueueModel::ClaimState>(),
            ReviewQueueModel::ClaimState::Free);
        QCOMPARE(model.claimState(model.itemAt(1)), ReviewQueueModel::ClaimState::Mine);
        QCOMPARE(model.data(model.index(1, ReviewQueueModel::Claim)).toString(), ReviewQueueModel::tr("you"));
        QCOMPARE(model.data(model.index(2, ReviewQueueModel::Claim)).toString(), u"reviewer2"_qs);

        selection.setCurrentIndex(
            model.index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        // 304: nothing changes, and the request said what it had.
        model.reload();
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(refreshed.last().first().toBool(), false);
        QCOMPARE(m_nam->requests().last().header("If-None-Match"), QByteArray("\"a\""));
        QCOMPARE(inserted.size() + removed.size() + reset.size(), 0);

        // New data: item 1 gone, item 3 changed, item 4 new; the selected item 2 stays selected.
        model.reload();
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(refreshed.last().first().toBool(), true);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.itemAt(0).id, u"miniprogram-2"_qs);
        QCOMPARE(model.itemAt(1).status, u"delayed"_qs);
        QCOMPARE(model.itemAt(2).id, u"miniprogram-4"_qs);
        QCOMPARE(selection.currentIndex().row(), 0);
        QCOMPARE(model.data(selection.currentIndex(), ReviewQueueModel::ItemIdRole).toString(),
            u"miniprogram-2"_qs);
        QVERIFY(selection.isRowSelected(0));
    }

    void pollingAsksAgainByItself()
    {
        m_nam->addRoute("GET", u"^/api/v1/reviews$"_qs, {page({item(1, 2)}, "\"a\"")});
        ReviewQueueModel model(m_session);
        model.setPollInterval(200);
        model.setQuery({});
        model.setPolling(true);
        QTRY_VERIFY_WITH_TIMEOUT(m_nam->requests().size() >= 3, 5000);
        QCOMPARE(m_nam->requests().last().header("If-None-Match"), QByteArray("\"a\""));
    }

    void longQueuesPageByCursor()
    {
        // Page 1 by the first request, page 2 by its cursor (same limit), item 2 repeated once.
        m_nam->addRoute("GET", u"^/api/v1/reviews$"_qs,
            {page({item(1, 9), item(2, 8)}, "\"a\"", u"c2"_qs), page({item(2, 8), item(3, 7)}, "\"b\"")});
        ReviewQueueModel model(m_session);
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
        QSignalSpy refreshed(&model, &ReviewQueueModel::refreshed);
        ReviewQuery query;
        query.limit = 2;
        model.setQuery(query);
        QVERIFY(refreshed.wait(5000));
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3, 5000);
        QVERIFY(!model.canFetchMore({}));
        const QUrlQuery second(m_nam->requests().last().url);
        QCOMPARE(second.queryItemValue(u"cursor"_qs), u"c2"_qs);
        QCOMPARE(second.queryItemValue(u"limit"_qs), u"2"_qs);
        QVERIFY(m_nam->requests().last().header("If-None-Match").isEmpty());
        QCOMPARE(model.itemAt(2).id, u"miniprogram-3"_qs);
    }

    void decidedItemsAreNeverOverdue()
    {
        // Approved and released items left the queue's wait long ago: their column says how long
        // the decision took, without the overdue warning; only what still waits can be overdue.
        ReviewQueueItem approved = item(5, 62 * 24);
        approved.status = u"approved"_qs;
        approved.decidedAt = approved.enteredAt.addSecs(5 * 3600);
        ReviewQueueItem released = item(6, 40 * 24);
        released.status = u"released"_qs;
        released.decidedAt = released.enteredAt.addSecs(30 * 3600);
        ReviewQueueItem partner = item(7, 50);
        partner.id = ReviewQueueItem::makeId(ReviewItemKind::PartnerApplication, 7);
        partner.kind = ReviewItemKind::PartnerApplication;
        partner.status = u"active"_qs; // approved; the service sent no decision time
        const QList<ReviewQueueItem> items {approved, released, partner, item(8, 30)};
        // The decision time travels with the item.
        QCOMPARE(ReviewQueueItem::fromJson(approved.toJson()).value_or(ReviewQueueItem()).decidedAt,
            approved.decidedAt);
        QVERIFY(!approved.awaitsDecision() && !partner.awaitsDecision() && items.at(3).awaitsDecision());
        m_nam->addRoute("GET", u"^/api/v1/reviews$"_qs, {page(items, "\"d\"")});
        ReviewQueueModel model(m_session);
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
        QSignalSpy refreshed(&model, &ReviewQueueModel::refreshed);
        model.setQuery({});
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(model.rowCount(), 4);
        for (int row = 0; row < 3; ++row) {
            const QModelIndex age = model.index(row, ReviewQueueModel::Age);
            QVERIFY2(!age.data(ReviewQueueModel::OverdueRole).toBool(), qPrintable(model.itemAt(row).status));
            QVERIFY2(!age.data().toString().contains(u"⚠"_qs), qPrintable(age.data().toString()));
            QVERIFY(!age.data(Qt::ForegroundRole).isValid());
            QVERIFY(!age.data(Qt::ToolTipRole).toString().contains(ReviewQueueModel::tr("Overdue")));
        }
        QCOMPARE(model.data(model.index(0, ReviewQueueModel::Age)).toString(),
            ReviewQueueModel::tr("decided in %1").arg(ReviewQueueModel::formatAge(5 * 3600000LL)));
        QCOMPARE(model.data(model.index(1, ReviewQueueModel::Age)).toString(),
            ReviewQueueModel::tr("decided in %1").arg(ReviewQueueModel::formatAge(30 * 3600000LL)));
        QCOMPARE(
            model.data(model.index(2, ReviewQueueModel::Age)).toString(), ReviewQueueModel::tr("decided"));
        // A submission still waiting 30 h is overdue.
        const QModelIndex waiting = model.index(3, ReviewQueueModel::Age);
        QVERIFY(waiting.data(ReviewQueueModel::OverdueRole).toBool());
        QVERIFY(waiting.data().toString().startsWith(u"⚠"_qs));
    }

    void formatAge_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("minutes") << qint64(45 * 60000) << u"45 min"_qs;
        QTest::newRow("hours") << qint64((3 * 60 + 12) * 60000) << u"3 h 12 min"_qs;
        QTest::newRow("days") << qint64(50LL * 3600000) << u"2 d 2 h"_qs;
        // From one day on, days and hours: the column never mixes "46 h 48 min" with "2 d 10 h".
        QTest::newRow("a day and more") << qint64((46 * 60 + 48) * 60000LL) << u"1 d 22 h"_qs;
        QTest::newRow("just under a day") << qint64((23 * 60 + 59) * 60000LL) << u"23 h 59 min"_qs;
        QTest::newRow("exactly a day") << qint64(24LL * 3600000) << u"1 d 0 h"_qs;
        QTest::newRow("negative") << qint64(-5000) << u"0 min"_qs;
    }

    void formatAge()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(ReviewQueueModel::formatAge(ms), text);
    }

    void compareMarksChangedFields()
    {
        MiniProgramVersion live;
        live.id = 1;
        live.codeVersion = u"1.0.0"_qs;
        live.description = u"Shop"_qs;
        live.pages = {u"pages/index/index"_qs};
        live.category = u"shopping"_qs;
        live.privacyDeclaration = u"Phone"_qs;
        live.screenshots = {u"a"_qs};
        MiniProgramVersion next = live;
        next.id = 2;
        next.codeVersion = u"1.1.0"_qs;
        next.screenshots = {u"b"_qs}; // same count, new image: still a change
        ReviewCompareModel model;
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
        model.setVersions(next, live);
        QCOMPARE(model.rowCount(), int(ReviewCompareModel::RowCount));
        QVERIFY(model.isChanged(ReviewCompareModel::CodeVersion));
        QVERIFY(model.isChanged(ReviewCompareModel::Screenshots));
        QVERIFY(!model.isChanged(ReviewCompareModel::Description));
        QCOMPARE(model.changedCount(), 2);
        QVERIFY(model.data(model.index(ReviewCompareModel::CodeVersion, ReviewCompareModel::Field))
                    .toString()
                    .startsWith(u"●"_qs));
        model.setVersions(next, std::nullopt);
        QCOMPARE(model.changedCount(), int(ReviewCompareModel::RowCount));
        QVERIFY(model.data(model.index(0, ReviewCompareModel::Live)).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReviewQueueModel)
#include "tst_review_queue_model.moc"
