// Partner lifecycle over real HTTP: POST /api/v1/partners/{id}/{action} with If-Match, reasons,
// roles, separation of duties, 409 on a refused transition, and the audit line it writes.
#include "HttpClient.h"
#include "PlatformProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Kepler::Test;

namespace {
const QString kDemoPassword = u"kepler-demo"_qs;
}

class tst_ServerLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fullLifecycle();
    void rejectPath();
    void invalidTransitionNamesCurrentState();
    void preconditions();
    void wrongRoleIs403_data();
    void wrongRoleIs403();
    void creatorCannotReview();
    void reasonsAreValidated_data();
    void reasonsAreValidated();
    void unknownActionAndWrongMethod();
    void unknownPartnerIs404();

private:
    // Creates a partner as `by`; returns its id (0 on failure, with a test failure logged).
    qint64 create(HttpClient &by);
    // POSTs the action with If-Match of the partner's current version as `by` reads it.
    HttpResult act(HttpClient &by, qint64 id, const QString &action, const QJsonObject &body = {});
    QJsonObject lastAudit(qint64 id);

    PlatformProcess m_platform;
    HttpClient m_operator;
    HttpClient m_reviewer;
    HttpClient m_admin;
    HttpClient m_manager;
    int m_created = 0;
};

void tst_ServerLifecycle::initTestCase()
{
    QVERIFY2(m_platform.start({u"--demo"_qs}), qPrintable(m_platform.errorString()));
    const std::pair<HttpClient *, QString> logins[] = {{&m_operator, u"operator"_qs},
        {&m_reviewer, u"reviewer"_qs}, {&m_admin, u"admin"_qs}, {&m_manager, u"manager"_qs}};
    for (const auto &[client, name] : logins) {
        client->setBaseUrl(m_platform.url());
        QCOMPARE(client->login(name, kDemoPassword).status, 201);
    }
}

qint64 tst_ServerLifecycle::create(HttpClient &by)
{
    ++m_created;
    const QJsonObject body {{u"name"_qs, u"生命周期 %1"_qs.arg(m_created)},
        {u"nameEn"_qs, u"Lifecycle %1"_qs.arg(m_created)}, {u"mode"_qs, u"guide"_qs},
        {u"scenario"_qs, u"gaming"_qs}, {u"commissionBps"_qs, 500}};
    const HttpResult r = by.request("POST", u"/api/v1/partners"_qs, body);
    if (r.status != 201) {
        qWarning() << "create failed" << r.status << r.body;
        return 0;
    }
    return r.object().value(u"id"_qs).toInteger();
}

HttpResult tst_ServerLifecycle::act(HttpClient &by, qint64 id, const QString &action, const QJsonObject &body)
{
    const HttpResult current = by.get(u"/api/v1/partners/%1"_qs.arg(id));
    return by.request("POST", u"/api/v1/partners/%1/%2"_qs.arg(id).arg(action), body,
        {{"If-Match", current.header("etag")}});
}

QJsonObject tst_ServerLifecycle::lastAudit(qint64 id)
{
    const HttpResult audit
        = m_manager.get(u"/api/v1/audit?entityType=partner&entityId=%1&limit=1"_qs.arg(id));
    return audit.object().value(u"items"_qs).toArray().at(0).toObject();
}

void tst_ServerLifecycle::fullLifecycle()
{
    const qint64 id = create(m_operator);
    QVERIFY(id > 0);

    HttpResult r = act(m_operator, id, u"submit"_qs);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"status"_qs).toString(), u"in_review"_qs);
    QCOMPARE(r.object().value(u"version"_qs).toInt(), 2);
    QCOMPARE(r.header("etag"), QByteArray("\"2\""));
    QCOMPARE(lastAudit(id).value(u"action"_qs).toString(), u"partner.submit"_qs);

    r = act(m_reviewer, id, u"approve"_qs, {{u"note"_qs, u"资料齐全"_qs}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"status"_qs).toString(), u"active"_qs);
    QCOMPARE(r.object().value(u"updatedBy"_qs).toString(), u"reviewer"_qs);
    QCOMPARE(r.object().value(u"version"_qs).toInt(), 3);

    r = act(m_operator, id, u"suspend"_qs,
        {{u"reasonCode"_qs, u"fake_traffic"_qs}, {u"note"_qs, u"点击量异常 3x"_qs}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"status"_qs).toString(), u"suspended"_qs);
    QCOMPARE(r.object().value(u"updatedBy"_qs).toString(), u"operator"_qs);
    const QJsonObject event = lastAudit(id);
    QCOMPARE(event.value(u"action"_qs).toString(), u"partner.suspend"_qs);
    QCOMPARE(event.value(u"actor"_qs).toString(), u"operator"_qs);
    QCOMPARE(event.value(u"before"_qs).toObject().value(u"status"_qs).toString(), u"active"_qs);
    QCOMPARE(event.value(u"after"_qs).toObject().value(u"status"_qs).toString(), u"suspended"_qs);
    const QJsonObject details = event.value(u"details"_qs).toObject();
    QCOMPARE(details.value(u"reasonCode"_qs).toString(), u"fake_traffic"_qs);
    QCOMPARE(details.value(u"note"_qs).toString(), u"点击量异常 3x"_qs);

    r = act(m_operator, id, u"resume"_qs);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"status"_qs).toString(), u"active"_qs);

    r = act(m_operator, id, u"terminate"_qs, {{u"reasonCode"_qs, u"contract_ended"_qs}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"status"_qs).toString(), u"terminated"_qs);
    QCOMPARE(r.object().value(u"version"_qs).toInt(), 6);
    QCOMPARE(lastAudit(id).value(u"details"_qs).toObject().value(u"reasonCode"_qs).toString(),
        u"contract_ended"_qs);

    // The stored partner says the same as the answers did.
    const HttpResult stored = m_manager.get(u"/api/v1/partners/%1"_qs.arg(id));
    QCOMPARE(stored.object().value(u"status"_qs).toString(), u"terminated"_qs);
    QCOMPARE(stored.header("etag"), QByteArray("\"6\""));
}

void tst_ServerLifecycle::rejectPath()
{
    const qint64 id = create(m_operator);
    QVERIFY(id > 0);
    QCOMPARE(act(m_operator, id, u"submit"_qs).status, 200);
    const HttpResult r = act(m_reviewer, id, u"reject"_qs, {{u"reasonCode"_qs, u"incomplete_documents"_qs}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"status"_qs).toString(), u"rejected"_qs);
    const QJsonObject event = lastAudit(id);
    QCOMPARE(event.value(u"action"_qs).toString(), u"partner.reject"_qs);
    QCOMPARE(event.value(u"actor"_qs).toString(), u"reviewer"_qs);
    QCOMPARE(
        event.value(u"details"_qs).toObject().value(u"reasonCode"_qs).toString(), u"incomplete_documents"_qs);
    // Rejected is an end state.
    QCOMPARE(act(m_reviewer, id, u"approve"_qs).status, 409);
}

void tst_ServerLifecycle::invalidTransitionNamesCurrentState()
{
    const qint64 id = create(m_operator);
    QVERIFY(id > 0);
    const HttpResult r = act(m_operator, id, u"suspend"_qs, {{u"reasonCode"_qs, u"fraud"_qs}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.code(), u"invalid_transition"_qs);
    QCOMPARE(r.header("content-type"), QByteArray("application/problem+json"));
    QCOMPARE(r.object().value(u"currentStatus"_qs).toString(), u"applied"_qs);
    QVERIFY2(r.object().value(u"detail"_qs).toString().contains(u"applied"_qs), r.body.constData());
    // Nothing changed: same version, no audit line beyond the create.
    QCOMPARE(m_operator.get(u"/api/v1/partners/%1"_qs.arg(id)).header("etag"), QByteArray("\"1\""));
    QCOMPARE(lastAudit(id).value(u"action"_qs).toString(), u"partner.create"_qs);
}

void tst_ServerLifecycle::preconditions()
{
    const qint64 id = create(m_operator);
    QVERIFY(id > 0);
    const QString path = u"/api/v1/partners/%1/submit"_qs.arg(id);
    HttpResult r = m_operator.request("POST", path, QJsonObject {});
    QCOMPARE(r.status, 428);
    QCOMPARE(r.code(), u"precondition_required"_qs);

    QCOMPARE(m_operator
                 .request("PATCH", u"/api/v1/partners/%1"_qs.arg(id), QJsonObject {{u"rateLimit"_qs, 7}},
                     {{"If-Match", "\"1\""}})
                 .status,
        200);
    r = m_operator.request("POST", path, QJsonObject {}, {{"If-Match", "\"1\""}});
    QCOMPARE(r.status, 412);
    QCOMPARE(r.code(), u"version_conflict"_qs);
    QCOMPARE(r.object().value(u"current"_qs).toObject().value(u"version"_qs).toInt(), 2);
    QCOMPARE(r.object().value(u"current"_qs).toObject().value(u"status"_qs).toString(), u"applied"_qs);

    // No body at all is fine for an action that needs no reason.
    r = m_operator.requestRaw("POST", path, {}, {{"If-Match", "\"2\""}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"status"_qs).toString(), u"in_review"_qs);
}

void tst_ServerLifecycle::wrongRoleIs403_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("action");
    QTest::newRow("operator approves") << u"operator"_qs << u"approve"_qs;
    QTest::newRow("operator rejects") << u"operator"_qs << u"reject"_qs;
    QTest::newRow("reviewer submits") << u"reviewer"_qs << u"submit"_qs;
    QTest::newRow("reviewer suspends") << u"reviewer"_qs << u"suspend"_qs;
    QTest::newRow("manager submits") << u"manager"_qs << u"submit"_qs;
    QTest::newRow("manager approves") << u"manager"_qs << u"approve"_qs;
}

void tst_ServerLifecycle::wrongRoleIs403()
{
    QFETCH(QString, username);
    QFETCH(QString, action);
    const qint64 id = create(m_operator);
    QVERIFY(id > 0);
    if (action == u"approve"_qs || action == u"reject"_qs)
        QCOMPARE(act(m_operator, id, u"submit"_qs).status, 200);
    HttpClient http(m_platform.url());
    QCOMPARE(http.login(username, kDemoPassword).status, 201);
    const HttpResult r = act(http, id, action, {{u"reasonCode"_qs, u"other"_qs}, {u"note"_qs, u"x"_qs}});
    QCOMPARE(r.status, 403);
    QCOMPARE(r.code(), u"forbidden"_qs);
}

void tst_ServerLifecycle::creatorCannotReview()
{
    // An admin may both create and approve, but never the same partner.
    const qint64 id = create(m_admin);
    QVERIFY(id > 0);
    QCOMPARE(act(m_admin, id, u"submit"_qs).status, 200);
    for (const QString &action : {u"approve"_qs, u"reject"_qs}) {
        const HttpResult r
            = act(m_admin, id, action, {{u"reasonCode"_qs, u"other"_qs}, {u"note"_qs, u"x"_qs}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code(), u"separation_of_duties"_qs);
    }
    QCOMPARE(m_admin.get(u"/api/v1/partners/%1"_qs.arg(id)).object().value(u"status"_qs).toString(),
        u"in_review"_qs);
    // Another account may; an admin may also review what an operator created.
    QCOMPARE(act(m_reviewer, id, u"approve"_qs).status, 200);
    const qint64 other = create(m_operator);
    QVERIFY(other > 0);
    QCOMPARE(act(m_operator, other, u"submit"_qs).status, 200);
    QCOMPARE(act(m_admin, other, u"approve"_qs).status, 200);
}

void tst_ServerLifecycle::reasonsAreValidated_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("fieldCode");
    QTest::newRow("suspend without reason")
        << u"suspend"_qs << QJsonObject {} << u"reasonCode"_qs << u"required"_qs;
    QTest::newRow("suspend with a terminate reason")
        << u"suspend"_qs << QJsonObject {{u"reasonCode"_qs, u"contract_ended"_qs}} << u"reasonCode"_qs
        << u"invalid_value"_qs;
    QTest::newRow("unknown reason") << u"suspend"_qs << QJsonObject {{u"reasonCode"_qs, u"bored"_qs}}
                                    << u"reasonCode"_qs << u"invalid_value"_qs;
    QTest::newRow("reason not a string")
        << u"suspend"_qs << QJsonObject {{u"reasonCode"_qs, 3}} << u"reasonCode"_qs << u"wrong_type"_qs;
    QTest::newRow("note too long") << u"suspend"_qs
                                   << QJsonObject {{u"reasonCode"_qs, u"fraud"_qs},
                                          {u"note"_qs, QString(501, u'注')}}
                                   << u"note"_qs << u"too_long"_qs;
    QTest::newRow("other without note")
        << u"suspend"_qs << QJsonObject {{u"reasonCode"_qs, u"other"_qs}} << u"note"_qs << u"required"_qs;
    QTest::newRow("unknown field") << u"resume"_qs << QJsonObject {{u"reason"_qs, u"fraud"_qs}}
                                   << u"reason"_qs << u"unknown_field"_qs;
    QTest::newRow("terminate without reason")
        << u"terminate"_qs << QJsonObject {{u"note"_qs, u"bye"_qs}} << u"reasonCode"_qs << u"required"_qs;
}

void tst_ServerLifecycle::reasonsAreValidated()
{
    QFETCH(QString, action);
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    QFETCH(QString, fieldCode);
    const qint64 id = create(m_operator);
    QVERIFY(id > 0);
    QCOMPARE(act(m_operator, id, u"submit"_qs).status, 200);
    QCOMPARE(act(m_reviewer, id, u"approve"_qs).status, 200);
    const HttpResult r = act(m_operator, id, action, body);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.code(), u"validation_failed"_qs);
    const QJsonArray errors = r.object().value(u"errors"_qs).toArray();
    QVERIFY2(!errors.isEmpty(), r.body.constData());
    QCOMPARE(errors.at(0).toObject().value(u"field"_qs).toString(), field);
    QCOMPARE(errors.at(0).toObject().value(u"code"_qs).toString(), fieldCode);
    // A refused request changes nothing.
    QCOMPARE(m_operator.get(u"/api/v1/partners/%1"_qs.arg(id)).object().value(u"status"_qs).toString(),
        u"active"_qs);
}

void tst_ServerLifecycle::unknownActionAndWrongMethod()
{
    HttpResult r
        = m_operator.request("POST", u"/api/v1/partners/1/delete"_qs, QJsonObject {}, {{"If-Match", "*"}});
    QCOMPARE(r.status, 404);
    QCOMPARE(r.code(), u"route_not_found"_qs);
    r = m_operator.get(u"/api/v1/partners/1/suspend"_qs);
    QCOMPARE(r.status, 405);
    QCOMPARE(r.code(), u"method_not_allowed"_qs);
    QCOMPARE(r.header("allow"), QByteArray("POST"));
}

void tst_ServerLifecycle::unknownPartnerIs404()
{
    const HttpResult r = m_operator.request(
        "POST", u"/api/v1/partners/999999/submit"_qs, QJsonObject {}, {{"If-Match", "*"}});
    QCOMPARE(r.status, 404);
    QCOMPARE(r.code(), u"not_found"_qs);
}

QTEST_GUILESS_MAIN(tst_ServerLifecycle)
#include "tst_server_lifecycle.moc"
