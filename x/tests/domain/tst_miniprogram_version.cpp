// Mini-program versions: JSON round trip, draft bodies, what a submission must hold, categories,
// and which release is live / the one a rollback returns to.
#include "domain/MiniProgramValidator.h"
#include "domain/MiniProgramVersion.h"

#include <QJsonArray>
#include <QTest>

using namespace Kepler;

class tst_MiniProgramVersion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonRoundTrip();
    void fromJsonRejects_data();
    void fromJsonRejects();
    void draftBody_data();
    void draftBody();
    void draftKeepsOtherFields();
    void submitRequirements_data();
    void submitRequirements();
    void categories();
    void releases();
};

namespace {
QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

MiniProgramVersion complete()
{
    MiniProgramVersion v;
    v.appId = u"wx1234567890abcdef"_qs;
    v.codeVersion = u"1.2.0"_qs;
    v.description = u"头条商城：精选好物"_qs;
    v.pages = QStringList {u"pages/index/index"_qs, u"pages/goods/detail"_qs};
    v.category = u"shopping"_qs;
    v.privacyDeclaration = u"Collects the phone number to deliver orders."_qs;
    v.screenshots = QStringList {u"101"_qs, u"102"_qs};
    return v;
}

QStringList fields(const FieldErrors &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out.append(e.field + u':' + e.code);
    return out;
}
} // namespace

void tst_MiniProgramVersion::jsonRoundTrip()
{
    MiniProgramVersion v = complete();
    v.id = 42;
    v.partnerId = 7;
    v.partnerNotes = u"Test account: demo / demo"_qs;
    v.status = MiniProgramStatus::Released;
    v.grayPercent = 10;
    v.createdAt = utc("2026-11-20T01:02:03.004Z");
    v.submittedAt = utc("2026-11-21T01:02:03.000Z");
    v.decidedAt = utc("2026-11-22T01:02:03.000Z");
    v.releasedAt = utc("2026-11-23T01:02:03.000Z");
    v.decidedBy = u"reviewer1"_qs;
    v.reasonCode = u"meets_guidelines"_qs;
    v.note = u"ok"_qs;
    v.version = 5;
    const QJsonObject json = v.toJson();
    QCOMPARE(json.value(u"status"_qs).toString(), u"released"_qs);
    QCOMPARE(json.value(u"grayPercent"_qs).toInt(), 10);
    QCOMPARE(json.value(u"codeVersion"_qs).toString(), u"1.2.0"_qs);
    QCOMPARE(json.value(u"releasedAt"_qs).toString(), u"2026-11-23T01:02:03.000Z"_qs);
    FieldErrors errors;
    const auto back = MiniProgramVersion::fromJson(json, &errors);
    QVERIFY2(back, qPrintable(fields(errors).join(u", ")));
    QCOMPARE(*back, v);

    // A fresh draft: no gray percentage (null), no times (empty strings).
    MiniProgramVersion draft = complete();
    draft.id = 1;
    draft.partnerId = 2;
    const QJsonObject draftJson = draft.toJson();
    QVERIFY(draftJson.value(u"grayPercent"_qs).isNull());
    QCOMPARE(draftJson.value(u"submittedAt"_qs).toString(), QString());
    QCOMPARE(*MiniProgramVersion::fromJson(draftJson), draft);
}

void tst_MiniProgramVersion::fromJsonRejects_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value"); // undefined: remove the key
    QTest::newRow("unknown status") << u"status"_qs << QJsonValue(u"live"_qs);
    QTest::newRow("gray 0") << u"grayPercent"_qs << QJsonValue(0);
    QTest::newRow("gray 101") << u"grayPercent"_qs << QJsonValue(101);
    QTest::newRow("gray text") << u"grayPercent"_qs << QJsonValue(u"10"_qs);
    QTest::newRow("no id") << u"id"_qs << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("no version") << u"version"_qs << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("pages not a list") << u"pages"_qs << QJsonValue(u"pages/index/index"_qs);
}

void tst_MiniProgramVersion::fromJsonRejects()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    MiniProgramVersion v = complete();
    v.id = 1;
    v.partnerId = 1;
    QJsonObject json = v.toJson();
    if (value.isUndefined())
        json.remove(key);
    else
        json.insert(key, value);
    FieldErrors errors;
    QVERIFY(!MiniProgramVersion::fromJson(json, &errors));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, key);
}

void tst_MiniProgramVersion::draftBody_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QStringList>("errors"); // "field:code"
    const QJsonObject minimal {{u"appId"_qs, u"wx1234567890abcdef"_qs}, {u"codeVersion"_qs, u"1.0.0"_qs}};
    const auto with = [&minimal](const QString &key, const QJsonValue &value) {
        QJsonObject o = minimal;
        o.insert(key, value);
        return o;
    };
    const auto without = [&minimal](const QString &key) {
        QJsonObject o = minimal;
        o.remove(key);
        return o;
    };
    QTest::newRow("minimal") << minimal << QStringList();
    QTest::newRow("complete") << miniProgramDraftJson(complete()) << QStringList();
    QTest::newRow("no appId") << without(u"appId"_qs) << QStringList {u"appId:required"_qs};
    QTest::newRow("no codeVersion") << without(u"codeVersion"_qs) << QStringList {u"codeVersion:required"_qs};
    QTest::newRow("appId with space")
        << with(u"appId"_qs, u"wx 1"_qs) << QStringList {u"appId:invalid_value"_qs};
    QTest::newRow("appId too long") << with(u"appId"_qs, QString(33, u'a'))
                                    << QStringList {u"appId:too_long"_qs};
    QTest::newRow("codeVersion form")
        << with(u"codeVersion"_qs, u".1"_qs) << QStringList {u"codeVersion:invalid_value"_qs};
    QTest::newRow("codeVersion 32") << with(u"codeVersion"_qs, QString(32, u'1')) << QStringList();
    QTest::newRow("codeVersion 33") << with(u"codeVersion"_qs, QString(33, u'1'))
                                    << QStringList {u"codeVersion:too_long"_qs};
    QTest::newRow("description 500") << with(u"description"_qs, QString(500, u'商')) << QStringList();
    QTest::newRow("description 501") << with(u"description"_qs, QString(501, u'商'))
                                     << QStringList {u"description:too_long"_qs};
    QTest::newRow("page with leading slash")
        << with(u"pages"_qs, QJsonArray {u"/pages/index"_qs}) << QStringList {u"pages:invalid_value"_qs};
    QTest::newRow("page with space") << with(u"pages"_qs, QJsonArray {u"pages/my page"_qs})
                                     << QStringList {u"pages:invalid_value"_qs};
    QTest::newRow("duplicate pages") << with(u"pages"_qs, QJsonArray {u"pages/a"_qs, u"pages/a"_qs})
                                     << QStringList {u"pages:duplicate"_qs};
    QTest::newRow("empty category is a draft's") << with(u"category"_qs, QString()) << QStringList();
    QTest::newRow("unknown category")
        << with(u"category"_qs, u"gambling"_qs) << QStringList {u"category:invalid_value"_qs};
    QTest::newRow("privacy 2001") << with(u"privacyDeclaration"_qs, QString(2001, u'x'))
                                  << QStringList {u"privacyDeclaration:too_long"_qs};
    QTest::newRow("six screenshots") << with(
        u"screenshots"_qs, QJsonArray {u"1"_qs, u"2"_qs, u"3"_qs, u"4"_qs, u"5"_qs, u"6"_qs})
                                     << QStringList {u"screenshots:too_many"_qs};
    QTest::newRow("screenshot ids are strings")
        << with(u"screenshots"_qs, QJsonArray {1}) << QStringList {u"screenshots:wrong_type"_qs};
    QTest::newRow("notes 1001") << with(u"partnerNotes"_qs, QString(1001, u'x'))
                                << QStringList {u"partnerNotes:too_long"_qs};
    QTest::newRow("status is read-only")
        << with(u"status"_qs, u"approved"_qs) << QStringList {u"status:read_only"_qs};
    QTest::newRow("grayPercent is read-only")
        << with(u"grayPercent"_qs, 10) << QStringList {u"grayPercent:read_only"_qs};
    QTest::newRow("unknown field") << with(u"icon"_qs, u"x"_qs) << QStringList {u"icon:unknown_field"_qs};
}

void tst_MiniProgramVersion::draftBody()
{
    QFETCH(QJsonObject, body);
    QFETCH(QStringList, errors);
    MiniProgramVersion v;
    QCOMPARE(fields(readMiniProgramDraft(body, &v)), errors);
    if (errors.isEmpty()) {
        QCOMPARE(v.appId, body.value(u"appId"_qs).toString());
        QCOMPARE(miniProgramDraftJson(v).value(u"pages"_qs),
            body.value(u"pages"_qs).isUndefined() ? QJsonValue(QJsonArray()) : body.value(u"pages"_qs));
    } else {
        QCOMPARE(v, MiniProgramVersion()); // nothing applied on error
    }
}

void tst_MiniProgramVersion::draftKeepsOtherFields()
{
    // An update body changes what it names and keeps the rest.
    MiniProgramVersion v = complete();
    v.id = 9;
    const QJsonObject body {{u"appId"_qs, v.appId}, {u"codeVersion"_qs, u"1.2.1"_qs}};
    QVERIFY(readMiniProgramDraft(body, &v).isEmpty());
    QCOMPARE(v.codeVersion, u"1.2.1"_qs);
    QCOMPARE(v.description, complete().description);
    QCOMPARE(v.id, qint64(9));
}

void tst_MiniProgramVersion::submitRequirements_data()
{
    QTest::addColumn<MiniProgramVersion>("version");
    QTest::addColumn<QStringList>("errors");
    QTest::newRow("complete") << complete() << QStringList();
    MiniProgramVersion v = complete();
    v.description = u"   "_qs;
    QTest::newRow("blank description") << v << QStringList {u"description:required"_qs};
    v = complete();
    v.pages.clear();
    QTest::newRow("no pages") << v << QStringList {u"pages:required"_qs};
    v = complete();
    v.category.clear();
    QTest::newRow("no category") << v << QStringList {u"category:required"_qs};
    v = complete();
    v.category = u"casino"_qs;
    QTest::newRow("unknown category") << v << QStringList {u"category:invalid_value"_qs};
    v = complete();
    v.privacyDeclaration.clear();
    QTest::newRow("no privacy declaration") << v << QStringList {u"privacyDeclaration:required"_qs};
    v = complete();
    v.screenshots.clear();
    QTest::newRow("no screenshots") << v << QStringList {u"screenshots:required"_qs};
    v = complete();
    v.screenshots = QStringList {u"1"_qs};
    QTest::newRow("one screenshot") << v << QStringList();
    v.screenshots = QStringList {u"1"_qs, u"2"_qs, u"3"_qs, u"4"_qs, u"5"_qs};
    QTest::newRow("five screenshots") << v << QStringList();
    v.screenshots.append(u"6"_qs);
    QTest::newRow("six screenshots") << v << QStringList {u"screenshots:too_many"_qs};
    QTest::newRow("empty draft") << MiniProgramVersion()
                                 << QStringList {u"appId:required"_qs, u"codeVersion:required"_qs,
                                        u"description:required"_qs, u"pages:required"_qs,
                                        u"category:required"_qs, u"privacyDeclaration:required"_qs,
                                        u"screenshots:required"_qs};
}

void tst_MiniProgramVersion::submitRequirements()
{
    QFETCH(MiniProgramVersion, version);
    QFETCH(QStringList, errors);
    QCOMPARE(fields(validateForSubmit(version)), errors);
}

void tst_MiniProgramVersion::categories()
{
    const QStringList all = miniProgramCategories();
    QVERIFY(all.size() >= 5);
    QVERIFY(all.contains(u"shopping"_qs));
    for (const QString &code : all) {
        QVERIFY(isValidMiniProgramCategory(code));
        QVERIFY2(miniProgramCategoryDisplayName(code) != code, qPrintable(code));
    }
    QVERIFY(!isValidMiniProgramCategory(QString()));
    QVERIFY(!isValidMiniProgramCategory(u"Shopping"_qs));
    QCOMPARE(miniProgramCategoryDisplayName(u"nope"_qs), u"nope"_qs);
}

void tst_MiniProgramVersion::releases()
{
    const auto version = [](qint64 id, const QString &app, MiniProgramStatus status, const char *releasedAt) {
        MiniProgramVersion v = complete();
        v.id = id;
        v.appId = app;
        v.status = status;
        if (releasedAt)
            v.releasedAt = utc(releasedAt);
        return v;
    };
    using S = MiniProgramStatus;
    const QString app = u"wxapp"_qs;
    const QList<MiniProgramVersion> history {
        version(1, app, S::Released, "2026-10-01T00:00:00Z"),
        version(2, app, S::RolledBack, "2026-10-10T00:00:00Z"),
        version(3, app, S::Released, "2026-11-01T00:00:00Z"),
        version(4, app, S::Released, "2026-11-20T00:00:00Z"), // gray, the newest: live
        version(5, app, S::Approved, nullptr),
        version(6, u"otherapp"_qs, S::Released, "2026-11-24T00:00:00Z"),
    };
    QCOMPARE(liveRelease(history, app)->id, qint64(4));
    QCOMPARE(liveRelease(history, u"otherapp"_qs)->id, qint64(6));
    QVERIFY(!liveRelease(history, u"none"_qs));
    // Rolling back 4 returns to 3 (2 was rolled back itself); rolling back 3 would return to 1.
    QCOMPARE(previousRelease(history, history[3])->id, qint64(3));
    QCOMPARE(previousRelease(history, history[2])->id, qint64(1));
    QVERIFY(!previousRelease(history, history[0])); // the first release has nothing to return to
    QVERIFY(!previousRelease(history, history[5]));

    // Version 4 is at 10 %: version 5 may not start releasing until 4 is full or rolled back.
    QList<MiniProgramVersion> gray = history;
    gray[3].grayPercent = 10;
    gray[5].grayPercent = 50; // another app's rollout does not block this one
    QCOMPARE(grayInProgress(gray, gray[4])->id, qint64(4));
    QVERIFY(!grayInProgress(gray, gray[3])); // raising its own percentage is not blocked
    gray[3].grayPercent = 100;
    QVERIFY(!grayInProgress(gray, gray[4]));
    gray[3].grayPercent = 10;
    gray[3].status = S::RolledBack;
    QVERIFY(!grayInProgress(gray, gray[4]));
    QCOMPARE(grayInProgress(gray, version(7, u"otherapp"_qs, S::Approved, nullptr))->id, qint64(6));
}

QTEST_GUILESS_MAIN(tst_MiniProgramVersion)
#include "tst_miniprogram_version.moc"
