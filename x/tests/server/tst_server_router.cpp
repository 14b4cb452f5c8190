// Router matching without a server: literal segments with a colon (Google-style custom methods
// such as "partners:bulk") next to {id} patterns, and 405 information for a known path.
#include "server/Router.h"

#include <QTest>

using namespace Kepler::Server;

class tst_ServerRouter : public QObject
{
    Q_OBJECT

private:
    Router m_router;

    static Handler named(const char *name)
    {
        return [name](RequestContext &) {
            HttpResponse r;
            r.body = name;
            return r;
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_router.add("GET", u"/api/v1/partners"_qs, Access::anyUser(), named("list"));
        m_router.add("GET", u"/api/v1/partners/{id}"_qs, Access::anyUser(), named("get"));
        m_router.add("PATCH", u"/api/v1/partners/{id}"_qs, Access::anyUser(), named("patch"));
        m_router.add("POST", u"/api/v1/partners:bulk"_qs, Access::anyUser(), named("bulk"));
        m_router.add("POST", u"/api/v1/pools/{id}:preview"_qs, Access::anyUser(), named("preview"));
        m_router.add("GET", u"/api/v1/pools/{id}"_qs, Access::anyUser(), named("pool"));
    }

    void matches_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("pattern"); // empty: no route
        QTest::addColumn<QByteArrayList>("allowed");
        QTest::addColumn<QString>("id");
        QTest::newRow("bulk") << QByteArray("POST") << u"/api/v1/partners:bulk"_qs
                              << u"/api/v1/partners:bulk"_qs << QByteArrayList() << QString();
        QTest::newRow("bulk, trailing slash") << QByteArray("POST") << u"/api/v1/partners:bulk/"_qs
                                              << u"/api/v1/partners:bulk"_qs << QByteArrayList() << QString();
        QTest::newRow("bulk, wrong method") << QByteArray("GET") << u"/api/v1/partners:bulk"_qs << QString()
                                            << QByteArrayList {"POST"} << QString();
        QTest::newRow("list is not bulk") << QByteArray("POST") << u"/api/v1/partners"_qs << QString()
                                          << QByteArrayList {"GET"} << QString();
        QTest::newRow("other custom method") << QByteArray("POST") << u"/api/v1/partners:import"_qs
                                             << QString() << QByteArrayList() << QString();
        QTest::newRow("id") << QByteArray("GET") << u"/api/v1/partners/17"_qs << u"/api/v1/partners/{id}"_qs
                            << QByteArrayList() << u"17"_qs;
        QTest::newRow("colon inside an id segment stays a parameter")
            << QByteArray("PATCH") << u"/api/v1/partners/17:bulk"_qs << u"/api/v1/partners/{id}"_qs
            << QByteArrayList() << u"17:bulk"_qs;
        QTest::newRow("custom method on an id")
            << QByteArray("POST") << u"/api/v1/pools/12:preview"_qs << u"/api/v1/pools/{id}:preview"_qs
            << QByteArrayList() << u"12"_qs;
        QTest::newRow("custom method needs an id") << QByteArray("POST") << u"/api/v1/pools/:preview"_qs
                                                   << QString() << QByteArrayList {"GET"} << QString();
        QTest::newRow("custom method, wrong method")
            << QByteArray("GET") << u"/api/v1/pools/12:preview"_qs << u"/api/v1/pools/{id}"_qs
            << QByteArrayList() << u"12:preview"_qs;
        QTest::newRow("other suffix") << QByteArray("POST") << u"/api/v1/pools/12:review"_qs << QString()
                                      << QByteArrayList {"GET"} << QString();
    }

    void matches()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, pattern);
        QFETCH(QByteArrayList, allowed);
        const Router::Match m = m_router.match(method, path);
        QCOMPARE(m.route ? m.route->pattern : QString(), pattern);
        QCOMPARE(m.allowedMethods, allowed);
        QTEST(m.params.value(u"id"_qs), "id");
    }
};

QTEST_GUILESS_MAIN(tst_ServerRouter)
#include "tst_server_router.moc"
