#include "domain/PartnerQuery.h"

#include <QTest>

using namespace Kepler;

class TestPartnerQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripThroughUrl()
    {
        PartnerQuery q;
        q.text = u"资讯 & co"_qs;
        q.modes = {PartnerMode::Guide, PartnerMode::Buyout};
        q.scenarios = {u"news_app"_qs, u"bank_points"_qs};
        q.statuses = {PartnerStatus::Active};
        q.sortField = u"commissionBps"_qs;
        q.sortDescending = true;
        q.limit = 120;
        q.cursor = u"b2Zmc2V0OjUw"_qs;
        QUrl url(u"http://x/api/v1/partners"_qs);
        url.setQuery(q.toUrlQuery());
        FieldErrors errors;
        const PartnerQuery back = PartnerQuery::fromUrlQuery(QUrlQuery(url), &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(back, q);
        QVERIFY(url.toString(QUrl::FullyEncoded).contains(u"sort=-commissionBps"_qs));
    }

    void defaults()
    {
        FieldErrors errors;
        const PartnerQuery q = PartnerQuery::fromUrlQuery(QUrlQuery(), &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(q.limit, PartnerQuery::DefaultLimit);
        QCOMPARE(q.sortField, u"name"_qs);
        QVERIFY(!q.sortDescending);
    }

    void badParameters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("limit zero") << u"limit=0"_qs << u"limit"_qs;
        QTest::newRow("limit huge") << u"limit=501"_qs << u"limit"_qs;
        QTest::newRow("limit text") << u"limit=ten"_qs << u"limit"_qs;
        QTest::newRow("mode") << u"mode=guide,resale"_qs << u"mode"_qs;
        QTest::newRow("status") << u"status=open"_qs << u"status"_qs;
        QTest::newRow("scenario") << u"scenario=moon"_qs << u"scenario"_qs;
        QTest::newRow("sort") << u"sort=password"_qs << u"sort"_qs;
        QTest::newRow("q long") << u"q="_qs + QString(101, u'x') << u"q"_qs;
    }

    void badParameters()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        FieldErrors errors;
        PartnerQuery::fromUrlQuery(QUrlQuery(query), &errors);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, field);
    }

    void sameSelectionIgnoresPaging()
    {
        PartnerQuery a;
        PartnerQuery b = a;
        b.cursor = u"next"_qs;
        b.limit = 10;
        QVERIFY(a.sameSelection(b));
        b.statuses = {PartnerStatus::Rejected};
        QVERIFY(!a.sameSelection(b));
    }
};

QTEST_GUILESS_MAIN(TestPartnerQuery)
#include "tst_partner_query.moc"
