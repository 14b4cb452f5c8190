// For every API job: its defaults, the request it builds, the JSON it sends, its refusal of bad
// input before any traffic, and the decoding of a successful answer — all through a routed fake
// network, so nothing here needs a server.
#include "ApiTestData.h"
#include "FakeNetworkAccessManager.h"

#include "api/ApiSession.h"
#include "api/CreatePartnerJob.h"
#include "api/CreateSessionJob.h"
#include "api/CreateUserJob.h"
#include "api/DeleteSessionJob.h"
#include "api/GetCurrentSessionJob.h"
#include "api/GetPartnerJob.h"
#include "api/GetUserJob.h"
#include "api/HealthJob.h"
#include "api/ListPartnersJob.h"
#include "api/ListUsersJob.h"
#include "api/ResetPasswordJob.h"
#include "api/UpdatePartnerJob.h"
#include "api/UpdateUserJob.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <functional>

using namespace Kepler;
using JobFactory = std::function<ApiJob *(ApiSession *)>;
Q_DECLARE_METATYPE(JobFactory)

namespace {

Partner edited()
{
    Partner p = ApiTestData::partner();
    p.commissionBps = 1500;
    p.tags = {u"gold"_qs};
    return p;
}

StaffUser editedUser()
{
    StaffUser u = ApiTestData::user();
    u.displayName = u"Operator Uno"_qs;
    u.roles = Role::Operator | Role::Reviewer;
    return u;
}

PartnerQuery filteredQuery()
{
    PartnerQuery q;
    q.text = u"新闻 news"_qs;
    q.modes = {PartnerMode::Guide, PartnerMode::Buyout};
    q.statuses = {PartnerStatus::Active};
    q.sortField = u"commissionBps"_qs;
    q.sortDescending = true;
    q.limit = 100;
    q.cursor = u"c-42"_qs;
    return q;
}

// Every job the console has, with valid input.
struct JobRow
{
    const char *name;
    JobFactory make;
};

QList<JobRow> allJobs()
{
    return {
        {"health",
            [](ApiSession *s) -> ApiJob * {
                return new HealthJob(s);
            }},
        {"createSession",
            [](ApiSession *s) -> ApiJob * {
                return new CreateSessionJob(s, u"operator"_qs, u"kepler-demo"_qs);
            }},
        {"deleteSession",
            [](ApiSession *s) -> ApiJob * {
                return new DeleteSessionJob(s);
            }},
        {"getCurrentSession",
            [](ApiSession *s) -> ApiJob * {
                return new GetCurrentSessionJob(s);
            }},
        {"listPartners",
            [](ApiSession *s) -> ApiJob * {
                return new ListPartnersJob(s, PartnerQuery());
            }},
        {"getPartner",
            [](ApiSession *s) -> ApiJob * {
                return new GetPartnerJob(s, 17);
            }},
        {"createPartner",
            [](ApiSession *s) -> ApiJob * {
                return new CreatePartnerJob(s, ApiTestData::partner(0));
            }},
        {"updatePartner",
            [](ApiSession *s) -> ApiJob * {
                return new UpdatePartnerJob(s, ApiTestData::partner(), edited());
            }},
        {"listUsers",
            [](ApiSession *s) -> ApiJob * {
                return new ListUsersJob(s);
            }},
        {"createUser",
            [](ApiSession *s) -> ApiJob * {
                return new CreateUserJob(s, u"newbie"_qs, u"New Bie"_qs, u"s3cret-pass"_qs, Role::Reviewer);
            }},
        {"updateUser",
            [](ApiSession *s) -> ApiJob * {
                return new UpdateUserJob(s, ApiTestData::user(), editedUser());
            }},
        {"resetPassword",
            [](ApiSession *s) -> ApiJob * {
                return new ResetPasswordJob(s, 5, u"another-pass"_qs);
            }},
        {"getUser",
            [](ApiSession *s) -> ApiJob * {
                return new GetUserJob(s, 5);
            }},
    };
}

} // namespace

class TestApiJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void defaults_data();
    void defaults();
    void request_data();
    void request();
    void body_data();
    void body();
    void refusesBadInput_data();
    void refusesBadInput();

    void decodesHealth();
    void decodesLogin();
    void decodesLogout();
    void decodesCurrentSession();
    void decodesPartnerPage();
    void decodesPartnerWithEtagVersion();
    void decodesCreatedPartner();
    void decodesUpdatedPartner();
    void decodesUserPage();
    void decodesCreatedUser();
    void decodesUpdatedUser();
    void decodesPasswordReset();
    void rejectsUndecodableSuccess();
    void baseUrlPathPrefixIsKept();
    void partnerQueryReachesTheServiceIntact();

private:
    FakeNetworkAccessManager *m_nam = nullptr;
    ApiSession *m_session = nullptr;
};

void TestApiJobs::init()
{
    m_nam = new FakeNetworkAccessManager(this);
    m_session = new ApiSession(m_nam, this);
    m_session->setBaseUrl(QUrl(QString::fromLatin1(ApiTestData::BaseUrl)));
    m_session->setToken(QString::fromLatin1(ApiTestData::Token));
}

void TestApiJobs::cleanup()
{
    delete m_session;
    delete m_nam;
    m_session = nullptr;
    m_nam = nullptr;
}

void TestApiJobs::defaults_data()
{
    QTest::addColumn<JobFactory>("make");
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("requiresAuth");
    QTest::addColumn<bool>("idempotent");

    const QList<std::tuple<QByteArray, QString, bool, bool>> expected = {
        {"GET", u"/api/v1/health"_qs, false, true},
        {"POST", u"/api/v1/sessions"_qs, false, false},
        {"DELETE", u"/api/v1/sessions/current"_qs, true, true},
        {"GET", u"/api/v1/sessions/current"_qs, true, true},
        {"GET", u"/api/v1/partners"_qs, true, true},
        {"GET", u"/api/v1/partners/17"_qs, true, true},
        {"POST", u"/api/v1/partners"_qs, true, true}, // idempotent thanks to its Idempotency-Key
        {"PATCH", u"/api/v1/partners/17"_qs, true, false},
        {"GET", u"/api/v1/users"_qs, true, true},
        {"POST", u"/api/v1/users"_qs, true, true},
        {"PATCH", u"/api/v1/users/5"_qs, true, false},
        {"POST", u"/api/v1/users/5/password"_qs, true, false},
        {"GET", u"/api/v1/users/5"_qs, true, true},
    };
    const QList<JobRow> jobs = allJobs();
    QCOMPARE(jobs.size(), expected.size());
    for (int i = 0; i < jobs.size(); ++i) {
        const auto &[verb, path, auth, idempotent] = expected.at(i);
        QTest::newRow(jobs.at(i).name) << jobs.at(i).make << verb << path << auth << idempotent;
    }
}

void TestApiJobs::defaults()
{
    QFETCH(JobFactory, make);
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(bool, requiresAuth);
    QFETCH(bool, idempotent);

    ApiJob *job = make(m_session);
    QCOMPARE(job->verb(), verb);
    QCOMPARE(job->path(), path);
    QCOMPARE(job->requiresAuth(), requiresAuth);
    QCOMPARE(job->isIdempotent(), idempotent);
    QCOMPARE(job->timeoutMs(), 15000);
    // Sign-out is sent once: a retry could revoke the token of a sign-in made meanwhile.
    QCOMPARE(job->maxAttempts(), verb == "DELETE" && path.endsWith(u"/sessions/current") ? 1 : 3);
    QVERIFY(!job->isRunning());
    QCOMPARE(job->attempts(), 0);
    QCOMPARE(job->parent(), m_session); // owned by the session until it deletes itself
    QString why;
    QVERIFY2(job->canStart(&why), qPrintable(why));
    QVERIFY(m_nam->requests().isEmpty()); // building a job sends nothing
    delete job;
}

void TestApiJobs::request_data()
{
    QTest::addColumn<JobFactory>("make");
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("authorised");
    QTest::addColumn<QByteArray>("ifMatch");
    QTest::addColumn<bool>("idempotencyKey");

    const QString base = QString::fromLatin1(ApiTestData::BaseUrl);
    QTest::newRow("health") << allJobs().at(0).make << QByteArray("GET") << base + u"/api/v1/health"_qs
                            << false << QByteArray() << false;
    QTest::newRow("createSession") << allJobs().at(1).make << QByteArray("POST")
                                   << base + u"/api/v1/sessions"_qs << false << QByteArray() << false;
    QTest::newRow("deleteSession") << allJobs().at(2).make << QByteArray("DELETE")
                                   << base + u"/api/v1/sessions/current"_qs << true << QByteArray() << false;
    QTest::newRow("getCurrentSession")
        << allJobs().at(3).make << QByteArray("GET") << base + u"/api/v1/sessions/current"_qs << true
        << QByteArray() << false;
    QTest::newRow("listPartners default")
        << allJobs().at(4).make << QByteArray("GET") << base + u"/api/v1/partners?limit=50&sort=name"_qs
        << true << QByteArray() << false;
    QTest::newRow("listPartners filtered")
        << JobFactory([](ApiSession *s) -> ApiJob * { return new ListPartnersJob(s, filteredQuery()); })
        << QByteArray("GET")
        << base
            + u"/api/v1/partners?limit=100&cursor=c-42&q=%E6%96%B0%E9%97%BB%20news"
              "&mode=guide,buyout&status=active&sort=-commissionBps"_qs
        << true << QByteArray() << false;
    QTest::newRow("getPartner") << allJobs().at(5).make << QByteArray("GET")
                                << base + u"/api/v1/partners/17"_qs << true << QByteArray() << false;
    QTest::newRow("createPartner") << allJobs().at(6).make << QByteArray("POST")
                                   << base + u"/api/v1/partners"_qs << true << QByteArray() << true;
    QTest::newRow("updatePartner") << allJobs().at(7).make << QByteArray("PATCH")
                                   << base + u"/api/v1/partners/17"_qs << true << QByteArray("\"3\"")
                                   << false;
    QTest::newRow("listUsers") << allJobs().at(8).make << QByteArray("GET")
                               << base + u"/api/v1/users?limit=50"_qs << true << QByteArray() << false;
    QTest::newRow("listUsers page 2")
        << JobFactory([](ApiSession *s) -> ApiJob * { return new ListUsersJob(s, 20, u"u-20"_qs); })
        << QByteArray("GET") << base + u"/api/v1/users?limit=20&cursor=u-20"_qs << true << QByteArray()
        << false;
    QTest::newRow("createUser") << allJobs().at(9).make << QByteArray("POST") << base + u"/api/v1/users"_qs
                                << true << QByteArray() << true;
    QTest::newRow("updateUser") << allJobs().at(10).make << QByteArray("PATCH")
                                << base + u"/api/v1/users/5"_qs << true << QByteArray("\"2\"") << false;
    QTest::newRow("resetPassword") << allJobs().at(11).make << QByteArray("POST")
                                   << base + u"/api/v1/users/5/password"_qs << true << QByteArray() << false;
}

void TestApiJobs::request()
{
    QFETCH(JobFactory, make);
    QFETCH(QByteArray, verb);
    QFETCH(QString, url);
    QFETCH(bool, authorised);
    QFETCH(QByteArray, ifMatch);
    QFETCH(bool, idempotencyKey);

    ApiJob *job = make(m_session);
    const QByteArray requestId = job->requestId();
    QSignalSpy failed(job, &ApiJob::failed); // unrouted: 404, which is fine here
    QVERIFY(job->start());
    QTRY_COMPARE(m_nam->requests().size(), 1);

    const RecordedRequest &r = m_nam->requests().constFirst();
    QCOMPARE(r.verb, verb);
    QCOMPARE(r.url.toString(QUrl::FullyEncoded), url);
    QCOMPARE(
        r.header("Authorization"), authorised ? QByteArray("Bearer ") + ApiTestData::Token : QByteArray());
    QCOMPARE(r.header("If-Match"), ifMatch);
    QCOMPARE(!r.header("Idempotency-Key").isEmpty(), idempotencyKey);
    QCOMPARE(r.header("X-Request-Id"), requestId);
    // The service echoes only sane ids: ≤ 64 of [A-Za-z0-9._-].
    QVERIFY(
        QRegularExpression(u"^[A-Za-z0-9._-]{1,64}$"_qs).match(QString::fromLatin1(requestId)).hasMatch());
    QCOMPARE(r.header("User-Agent"), QByteArray("kepler-console/0.1"));
    QVERIFY(r.header("Accept").contains("application/json"));
    const bool sendsBody = verb == "POST" || verb == "PATCH" || verb == "PUT";
    QCOMPARE(r.header("Content-Type"), sendsBody ? QByteArray("application/json") : QByteArray());
}

void TestApiJobs::body_data()
{
    QTest::addColumn<JobFactory>("make");
    QTest::addColumn<QJsonObject>("expected"); // empty: no body at all

    const QList<JobRow> jobs = allJobs();
    const QJsonObject none;
    QTest::newRow("health") << jobs.at(0).make << none;
    QTest::newRow("createSession") << jobs.at(1).make
                                   << QJsonObject {{u"username"_qs, u"operator"_qs},
                                          {u"password"_qs, u"kepler-demo"_qs}};
    QTest::newRow("createSession trims the user name") << JobFactory([](ApiSession *s) -> ApiJob * {
        return new CreateSessionJob(s, u"  admin "_qs, u" pw "_qs);
    }) << QJsonObject {{u"username"_qs, u"admin"_qs}, {u"password"_qs, u" pw "_qs}};
    QTest::newRow("deleteSession") << jobs.at(2).make << none;
    QTest::newRow("getCurrentSession") << jobs.at(3).make << none;
    QTest::newRow("listPartners") << jobs.at(4).make << none;
    QTest::newRow("getPartner") << jobs.at(5).make << none;
    QJsonObject create = ApiTestData::partner(0).toJson();
    for (const char16_t *readOnly :
        {u"id", u"status", u"version", u"createdBy", u"createdAt", u"updatedBy", u"updatedAt"})
        create.remove(QString::fromUtf16(readOnly));
    QTest::newRow("createPartner: editable fields only") << jobs.at(6).make << create;
    QTest::newRow("updatePartner: changed fields only")
        << jobs.at(7).make
        << QJsonObject {{u"commissionBps"_qs, 1500}, {u"tags"_qs, QJsonArray {u"gold"_qs}}};
    QTest::newRow("listUsers") << jobs.at(8).make << none;
    QTest::newRow("createUser") << jobs.at(9).make
                                << QJsonObject {{u"username"_qs, u"newbie"_qs},
                                       {u"displayName"_qs, u"New Bie"_qs},
                                       {u"password"_qs, u"s3cret-pass"_qs},
                                       {u"roles"_qs, QJsonArray {u"reviewer"_qs}}};
    QTest::newRow("updateUser: changed fields only")
        << jobs.at(10).make
        << QJsonObject {{u"displayName"_qs, u"Operator Uno"_qs},
               {u"roles"_qs, QJsonArray {u"operator"_qs, u"reviewer"_qs}}};
    QTest::newRow("updateUser: disable") << JobFactory([](ApiSession *s) -> ApiJob * {
        StaffUser after = ApiTestData::user();
        after.disabled = true;
        return new UpdateUserJob(s, ApiTestData::user(), after);
    }) << QJsonObject {{u"disabled"_qs, true}};
    QTest::newRow("resetPassword") << jobs.at(11).make << QJsonObject {{u"password"_qs, u"another-pass"_qs}};
}

void TestApiJobs::body()
{
    QFETCH(JobFactory, make);
    QFETCH(QJsonObject, expected);

    ApiJob *job = make(m_session);
    QCOMPARE(job->body(), expected);
    QVERIFY(job->start());
    QTRY_COMPARE(m_nam->requests().size(), 1);
    const QByteArray sent = m_nam->requests().constFirst().body;
    if (expected.isEmpty()) {
        QVERIFY2(sent.isEmpty(), sent.constData());
        return;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(sent, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object(), expected);
}

void TestApiJobs::refusesBadInput_data()
{
    QTest::addColumn<JobFactory>("make");
    QTest::addColumn<bool>("signedIn");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QStringList>("fields"); // field errors the refusal must name

    const QString base = QString::fromLatin1(ApiTestData::BaseUrl);
    const QList<JobRow> jobs = allJobs();
    auto row = [&](const char *name, JobFactory make, bool signedIn = true, QStringList fields = {},
                   QString url = {}) {
        QTest::newRow(name) << make << signedIn << (url.isEmpty() ? base : url) << fields;
    };
    row("health: no server address", jobs.at(0).make, false, {}, u"not a url"_qs);
    row("health: ftp address", jobs.at(0).make, false, {}, u"ftp://host/"_qs);
    row(
        "createSession: empty user name",
        [](ApiSession *s) -> ApiJob * { return new CreateSessionJob(s, u"  "_qs, u"kepler-demo"_qs); },
        false);
    row(
        "createSession: empty password",
        [](ApiSession *s) -> ApiJob * { return new CreateSessionJob(s, u"operator"_qs, QString()); }, false);
    row("deleteSession: not signed in", jobs.at(2).make, false);
    row("getCurrentSession: not signed in", jobs.at(3).make, false);
    row("listPartners: not signed in", jobs.at(4).make, false);
    row("listPartners: limit 0", [](ApiSession *s) -> ApiJob * {
        PartnerQuery q;
        q.limit = 0;
        return new ListPartnersJob(s, q);
    });
    row("listPartners: limit 501", [](ApiSession *s) -> ApiJob * {
        PartnerQuery q;
        q.limit = 501;
        return new ListPartnersJob(s, q);
    });
    row("listPartners: text too long", [](ApiSession *s) -> ApiJob * {
        PartnerQuery q;
        q.text = QString(101, u'x');
        return new ListPartnersJob(s, q);
    });
    row("listPartners: unknown sort", [](ApiSession *s) -> ApiJob * {
        PartnerQuery q;
        q.sortField = u"password"_qs;
        return new ListPartnersJob(s, q);
    });
    row("getPartner: id 0", [](ApiSession *s) -> ApiJob * { return new GetPartnerJob(s, 0); });
    row("createPartner: no name",
        [](ApiSession *s) -> ApiJob * {
            Partner p = ApiTestData::partner(0);
            p.name.clear();
            return new CreatePartnerJob(s, p);
        },
        true, {u"name"_qs});
    row("createPartner: commission and e-mail",
        [](ApiSession *s) -> ApiJob * {
            Partner p = ApiTestData::partner(0);
            p.commissionBps = 10001;
            p.contact.email = u"not-an-email"_qs;
            return new CreatePartnerJob(s, p);
        },
        true, {u"commissionBps"_qs, u"contact.email"_qs});
    row("createPartner: unknown scenario",
        [](ApiSession *s) -> ApiJob * {
            Partner p = ApiTestData::partner(0);
            p.scenario = u"moon_base"_qs;
            return new CreatePartnerJob(s, p);
        },
        true, {u"scenario"_qs});
    row("updatePartner: nothing changed", [](ApiSession *s) -> ApiJob * {
        return new UpdatePartnerJob(s, ApiTestData::partner(), ApiTestData::partner());
    });
    row("updatePartner: invalid edit",
        [](ApiSession *s) -> ApiJob * {
            Partner after = ApiTestData::partner();
            after.rateLimit = 0;
            return new UpdatePartnerJob(s, ApiTestData::partner(), after);
        },
        true, {u"rateLimit"_qs});
    row("updatePartner: no version", [](ApiSession *s) -> ApiJob * {
        Partner before = ApiTestData::partner(17, 0);
        Partner after = before;
        after.commissionBps = 1;
        return new UpdatePartnerJob(s, before, after);
    });
    row("updatePartner: different partners", [](ApiSession *s) -> ApiJob * {
        return new UpdatePartnerJob(s, ApiTestData::partner(17), ApiTestData::partner(18));
    });
    row("listUsers: limit 0", [](ApiSession *s) -> ApiJob * { return new ListUsersJob(s, 0); });
    row("createUser: bad user name",
        [](ApiSession *s) -> ApiJob * {
            return new CreateUserJob(s, u"9 Bad Name"_qs, u"x"_qs, u"s3cret-pass"_qs, Role::Operator);
        },
        true, {u"username"_qs});
    row("createUser: short password, no roles",
        [](ApiSession *s) -> ApiJob * {
            return new CreateUserJob(s, u"newbie"_qs, u"x"_qs, u"short"_qs, {});
        },
        true, {u"password"_qs, u"roles"_qs});
    row("updateUser: nothing changed", [](ApiSession *s) -> ApiJob * {
        return new UpdateUserJob(s, ApiTestData::user(), ApiTestData::user());
    });
    row("updateUser: no roles left",
        [](ApiSession *s) -> ApiJob * {
            StaffUser after = ApiTestData::user();
            after.roles = {};
            return new UpdateUserJob(s, ApiTestData::user(), after);
        },
        true, {u"roles"_qs});
    row("resetPassword: too short",
        [](ApiSession *s) -> ApiJob * { return new ResetPasswordJob(s, 5, u"1234567"_qs); }, true,
        {u"password"_qs});
    row("resetPassword: no account",
        [](ApiSession *s) -> ApiJob * { return new ResetPasswordJob(s, 0, u"long-enough"_qs); });
}

void TestApiJobs::refusesBadInput()
{
    QFETCH(JobFactory, make);
    QFETCH(bool, signedIn);
    QFETCH(QString, baseUrl);
    QFETCH(QStringList, fields);

    if (!signedIn)
        m_session->setToken({});
    m_session->setBaseUrl(QUrl(baseUrl));
    ApiJob *job = make(m_session);
    QPointer<ApiJob> guard(job);
    QString why;
    QVERIFY(!job->canStart(&why));
    QVERIFY(!why.isEmpty());

    QSignalSpy failed(job, &ApiJob::failed);
    QVERIFY(!job->start());
    QCOMPARE(failed.size(), 0); // delivered from the event loop, not from inside start()
    QTRY_COMPARE(failed.size(), 1);
    const auto error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Invalid);
    QCOMPARE(error.message(), why);
    QStringList named;
    for (const FieldError &e : error.fieldErrors)
        named << e.field;
    for (const QString &field : fields)
        QVERIFY2(named.contains(field), qPrintable(named.join(u", "_qs)));
    QTRY_VERIFY(guard.isNull()); // deletes itself like any finished job
    QVERIFY(m_nam->requests().isEmpty());
}

void TestApiJobs::decodesHealth()
{
    m_nam->addRoute("GET", u"/api/v1/health"_qs,
        FakeResponse::json(200,
            {{u"status"_qs, u"ok"_qs}, {u"version"_qs, u"0.1.0"_qs}, {u"database"_qs, u"sqlite"_qs},
                {u"time"_qs, u"2026-11-25T04:03:16.123Z"_qs}}));
    m_session->setToken({}); // health needs no sign-in
    auto *job = new HealthJob(m_session);
    QSignalSpy finished(job, &HealthJob::finished);
    QVERIFY(job->start());
    QTRY_COMPARE(finished.size(), 1);
    const auto health = finished.at(0).at(0).value<HealthStatus>();
    QVERIFY(health.isOk());
    QCOMPARE(health.version, u"0.1.0"_qs);
    QCOMPARE(health.database, u"sqlite"_qs);
    QCOMPARE(health.time, QDateTime(QDate(2026, 11, 25), QTime(4, 3, 16, 123), Qt::UTC));
}

void TestApiJobs::decodesLogin()
{
    m_session->setToken({});
    m_nam->addRoute("POST", u"/api/v1/sessions"_qs,
        FakeResponse::json(201,
            {{u"token"_qs, u"fresh-token"_qs}, {u"expiresAt"_qs, u"2026-11-25T12:00:00.000Z"_qs},
                {u"user"_qs, ApiTestData::userJson()}}));
    auto *job = new CreateSessionJob(m_session, u"operator"_qs, u"kepler-demo"_qs);
    QSignalSpy finished(job, &CreateSessionJob::finished);
    QSignalSpy tokenChanged(m_session, &ApiSession::tokenChanged);
    QVERIFY(job->start());
    QTRY_COMPARE(finished.size(), 1);
    const auto result = finished.at(0).at(0).value<LoginResult>();
    QCOMPARE(result.token, u"fresh-token"_qs);
    QCOMPARE(result.expiresAt, QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC));
    QCOMPARE(result.user.username, u"operator"_qs);
    QCOMPARE(result.user.roles, Roles(Role::Operator));
    // The session is signed in: the next job carries the token.
    QCOMPARE(m_session->token(), u"fresh-token"_qs);
    QCOMPARE(m_session->currentUser().username, u"operator"_qs);
    QCOMPARE(tokenChanged.size(), 1);
}

void TestApiJobs::decodesLogout()
{
    m_session->setCurrentUser(ApiTestData::user());
    m_nam->addRoute("DELETE", u"/api/v1/sessions/current"_qs, FakeResponse::noContent());
    auto *job = new DeleteSessionJob(m_session);
    QSignalSpy finished(job, &DeleteSessionJob::finished);
    QVERIFY(job->start());
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!m_session->hasToken());
    QCOMPARE(m_session->currentUser().username, QString());
}

void TestApiJobs::decodesCurrentSession()
{
    StaffUser promoted = ApiTestData::user();
    promoted.roles = Role::Operator | Role::Admin;
    m_nam->addRoute("GET", u"/api/v1/sessions/current"_qs,
        FakeResponse::json(
            200, {{u"expiresAt"_qs, u"2026-11-25T12:00:00.000Z"_qs}, {u"user"_qs, promoted.toJson()}}));
    auto *job = new GetCurrentSessionJob(m_session);
    QSignalSpy finished(job, &GetCurrentSessionJob::finished);
    QVERIFY(job->start());
    QTRY_COMPARE(finished.size(), 1);
    const auto info = finished.at(0).at(0).value<SessionInfo>();
    QCOMPARE(info.user.roles, promoted.roles);
    QVERIFY(info.expiresAt.isValid());
    QCOMPARE(m_session->currentUser().roles, promoted.roles); // roles refreshed
}

void TestApiJobs::decodesPartnerPage()
{
    m_nam->addRoute("GET", u"/api/v1/partners"_qs,
        FakeResponse::json(200,
            {{u"items"_qs, QJsonArray {ApiTestData::partnerJson(17), ApiTestData::partnerJson(18, 9)}},
                {u"nextCursor"_qs, u"c-2"_qs}, {u"total"_qs, 240}}));
    auto *job = new ListPartnersJob(m_session, PartnerQuery());
    QSignalSpy finished(job, &ListPartnersJob::finished);
    QVERIFY(job->start());
    QTRY_COMPARE(finished.size(), 1);
    const auto page = finished.at(0).at(0).value<PartnerPage>();
    QCOMPARE(page.items.size(), 2);
    QCOMPARE(page.items.at(0), ApiTestData::partner(17));
    QCOMPARE(page.items.at(1).version, 9);
    QCOMPARE(page.nextCursor, u"c-2"_qs);
    QVERIFY(page.hasMore());
    QCOMPARE(page.total, 240);

    // The last page has "nextCursor": null.
    m_nam->clearRoutes();
    m_nam->addRoute("GET", u"/api/v1/partners"_qs,
        FakeResponse::json(
            200, {{u"items"_qs, QJsonArray {}}, {u"nextCursor"_qs, QJsonValue()}, {u"total"_qs, 0}}));
    auto *last = new ListPartnersJob(m_session, PartnerQuery());
    QSignalSpy lastFinished(last, &ListPartnersJob::finished);
    QVERIFY(last->start());
    QTRY_COMPARE(lastFinished.size(), 1);
    QVERIFY(!lastFinished.at(0).at(0).value<PartnerPage>().hasMore());
}

void TestApiJobs::decodesPartnerWithEtagVersion()
{
    // The body says 3 but the ETag says 4: the ETag is what a later If-Match must name.
    m_nam->addRoute("GET", u"/api/v1/partners/17"_qs,
        FakeResponse::json(200, ApiTestData::partnerJson(17, 3), {{"ETag", "\"4\""}}));
    auto *job = new GetPartnerJob(m_session, 17);
    QSignalSpy finished(job, &GetPartnerJob::finished);
    QVERIFY(job->start());
    QTRY_COMPARE(finished.size(), 1);
    const auto partner = finished.at(0).at(0).value<Partner>();
    QCOMPARE(partner.name, u"今日资讯"_qs);
    QCOMPARE(partner.version, 4);
}

void TestApiJobs::decodesCreatedPartner()
{
    m_nam->addRoute("POST", u"/api/v1/partners"_qs,
        FakeResponse::json(201, ApiTestData::partnerJson(241, 1),
            {{"ETag", "\"1\""}, {"Location", "/api/v1/partners/241"}}));
    auto *job = new CreatePartnerJob(m_session, ApiTestData::partner(0));
    QSignalSpy finished(job, &CreatePartnerJob::finished);
    QVERIFY(job->start());
    QTRY_COMPARE(finished.size(), 1);
    const auto partner = finished.at(0).at(0).value<Partner>();
    QCOMPARE(partner.id, 241);
    QCOMPARE(partner.version, 1);
}

void TestApiJobs::decodesUpdatedPartner()
{
    Partner saved = edited();
    saved.version = 4;
    m_nam->addRoute(
        "PATCH", u"/api/v1/partners/17"_qs, FakeResponse::json(200, saved.toJson(), {{"ETag", "\"4\""}}));
    auto *job = new UpdatePartnerJob(m_session, ApiTestData::partner(), edited());
    QSignalSpy finished(job, &UpdatePartnerJob::finished);
    QVERIFY(job->start());
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).value<Partner>(), saved);
}

void TestApiJobs::decodesUserPage()
{
    m_nam->addRoute("GET", u"/api/v1/users"_qs,
        FakeResponse::json(200,
            {{u"items"_qs, QJsonArray {ApiTestData::userJson(5), ApiTestData::userJson(6)}},
                {u"nextCursor"_qs, QJsonValue()}, {u"total"_qs, 2}}));
    auto *job = new ListUsersJob(m_session);
    QSignalSpy finished(job, &ListUsersJob::finished);
    QVERIFY(job->start());
    QTRY_COMPARE(finished.size(), 1);
    const auto page = finished.at(0).at(0).value<UserPage>();
    QCOMPARE(page.items.size(), 2);
    QCOMPARE(page.items.at(0), ApiTestData::user(5));
    QCOMPARE(page.total, 2);
    QVERIFY(!page.hasMore());
}

void TestApiJobs::decodesCreatedUser()
{
    StaffUser created = ApiTestData::user(7, 1);
    created.username = u"newbie"_qs;
    m_nam->addRoute(
        "POST", u"/api/v1/users"_qs, FakeResponse::json(201, created.toJson(), {{"ETag", "\"1\""}}));
    auto *job = new CreateUserJob(m_session, u"newbie"_qs, u"New Bie"_qs, u"s3cret-pass"_qs, Role::Reviewer);
    QSignalSpy finished(job, &CreateUserJob::finished);
    QVERIFY(job->start());
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).value<StaffUser>(), created);
}

void TestApiJobs::decodesUpdatedUser()
{
    StaffUser saved = editedUser();
    saved.version = 3;
    m_nam->addRoute(
        "PATCH", u"/api/v1/users/5"_qs, FakeResponse::json(200, saved.toJson(), {{"ETag", "\"3\""}}));
    auto *job = new UpdateUserJob(m_session, ApiTestData::user(), editedUser());
    QSignalSpy finished(job, &UpdateUserJob::finished);
    QVERIFY(job->start());
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).value<StaffUser>(), saved);
}

void TestApiJobs::decodesPasswordReset()
{
    m_nam->addRoute("POST", u"/api/v1/users/5/password"_qs, FakeResponse::noContent());
    auto *job = new ResetPasswordJob(m_session, 5, u"another-pass"_qs);
    QSignalSpy finished(job, &ResetPasswordJob::finished);
    QSignalSpy failed(job, &ApiJob::failed);
    QVERIFY(job->start());
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(failed.size(), 0);
}

void TestApiJobs::rejectsUndecodableSuccess()
{
    QJsonObject broken = ApiTestData::partnerJson();
    broken.remove(u"name"_qs);
    m_nam->addRoute("GET", u"/api/v1/partners/17"_qs, FakeResponse::json(200, broken));
    auto *job = new GetPartnerJob(m_session, 17);
    QSignalSpy finished(job, &GetPartnerJob::finished);
    QSignalSpy failed(job, &ApiJob::failed);
    QVERIFY(job->start());
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(finished.size(), 0);
    const auto error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Decode);
    QCOMPARE(error.httpStatus, 200);
    QVERIFY(error.detail.contains(u"name"_qs));
    QVERIFY(!error.message().isEmpty());
}

void TestApiJobs::baseUrlPathPrefixIsKept()
{
    m_session->setBaseUrl(QUrl(u"https://ops.example.cn/kepler/"_qs));
    auto *job = new GetPartnerJob(m_session, 17);
    QVERIFY(job->start());
    QTRY_COMPARE(m_nam->requests().size(), 1);
    QCOMPARE(m_nam->requests().constFirst().url.toString(),
        u"https://ops.example.cn/kepler/api/v1/partners/17"_qs);
    QCOMPARE(m_session->serverName(), u"ops.example.cn"_qs);
}

void TestApiJobs::partnerQueryReachesTheServiceIntact()
{
    // What the service parses out of the URL must be the query the console meant, CJK and all.
    const PartnerQuery sent = filteredQuery();
    auto *job = new ListPartnersJob(m_session, sent);
    QVERIFY(job->start());
    QTRY_COMPARE(m_nam->requests().size(), 1);
    FieldErrors errors;
    const PartnerQuery parsed
        = PartnerQuery::fromUrlQuery(QUrlQuery(m_nam->requests().constFirst().url), &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(parsed, sent);
}

QTEST_GUILESS_MAIN(TestApiJobs)
#include "tst_api_jobs.moc"
