#include "domain/Partner.h"
#include "domain/PartnerValidator.h"
#include "domain/Scenario.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Kepler;

class TestPartnerCodec : public QObject
{
    Q_OBJECT

private:
    static Partner samplePartner()
    {
        Partner p;
        p.id = 17;
        p.name = u"今日资讯"_qs;
        p.nameEn = u"Daily News"_qs;
        p.mode = PartnerMode::SettleIn;
        p.scenario = u"news_app"_qs;
        p.status = PartnerStatus::Suspended;
        p.contact = {u"王敏"_qs, u"wang.min@example.cn"_qs, u"+86 10 5555 0101"_qs};
        p.commissionBps = 1250;
        p.rateLimit = 200;
        p.tags = {u"gold"_qs, u"11.11"_qs};
        p.createdBy = u"operator"_qs;
        p.createdAt = QDateTime(QDate(2026, 11, 11), QTime(0, 0, 1, 250), Qt::UTC);
        p.updatedBy = u"operator2"_qs;
        p.updatedAt = QDateTime(QDate(2026, 11, 12), QTime(8, 30), Qt::UTC);
        p.version = 3;
        return p;
    }

private Q_SLOTS:
    void roundTripKeepsEveryField()
    {
        const Partner p = samplePartner();
        const QJsonObject json = p.toJson();
        QCOMPARE(json.value(u"mode"_qs).toString(), u"settle_in"_qs);
        QCOMPARE(json.value(u"createdAt"_qs).toString(), u"2026-11-11T00:00:01.250Z"_qs);
        FieldErrors errors;
        const auto back = Partner::fromJson(json, &errors);
        QVERIFY2(back, qPrintable(errors.value(0).field));
        QCOMPARE(*back, p);
    }

    void decodeNamesBadFields()
    {
        QJsonObject json = samplePartner().toJson();
        json.insert(u"mode"_qs, u"wholesale"_qs);
        json.insert(u"commissionBps"_qs, u"12%"_qs);
        json.remove(u"name"_qs);
        FieldErrors errors;
        QVERIFY(!Partner::fromJson(json, &errors));
        QStringList fields;
        for (const FieldError &e : errors)
            fields << e.field;
        fields.sort();
        QCOMPARE(fields, (QStringList {u"commissionBps"_qs, u"mode"_qs, u"name"_qs}));
    }

    void createValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        QTest::newRow("ok") << QByteArray(R"({"name":"a","mode":"guide","scenario":"browser"})") << QString()
                            << QString();
        QTest::newRow("missing name")
            << QByteArray(R"({"mode":"guide","scenario":"browser"})") << u"name"_qs << u"required"_qs;
        QTest::newRow("blank name") << QByteArray(R"({"name":"  ","mode":"guide","scenario":"browser"})")
                                    << u"name"_qs << u"required"_qs;
        QTest::newRow("long name") << (R"({"name":")" + QByteArray(101, 'x')
            + R"(","mode":"guide","scenario":"browser"})")
                                   << u"name"_qs << u"too_long"_qs;
        QTest::newRow("bad mode") << QByteArray(R"({"name":"a","mode":"resale","scenario":"browser"})")
                                  << u"mode"_qs << u"invalid_value"_qs;
        QTest::newRow("mode type") << QByteArray(R"({"name":"a","mode":3,"scenario":"browser"})")
                                   << u"mode"_qs << u"wrong_type"_qs;
        QTest::newRow("bad scenario") << QByteArray(R"({"name":"a","mode":"guide","scenario":"moon"})")
                                      << u"scenario"_qs << u"invalid_value"_qs;
        QTest::newRow("commission range")
            << QByteArray(R"({"name":"a","mode":"guide","scenario":"browser","commissionBps":10001})")
            << u"commissionBps"_qs << u"out_of_range"_qs;
        QTest::newRow("commission fraction")
            << QByteArray(R"({"name":"a","mode":"guide","scenario":"browser","commissionBps":12.5})")
            << u"commissionBps"_qs << u"wrong_type"_qs;
        QTest::newRow("rate zero") << QByteArray(
            R"({"name":"a","mode":"guide","scenario":"browser","rateLimit":0})")
                                   << u"rateLimit"_qs << u"out_of_range"_qs;
        QTest::newRow("dup tags") << QByteArray(
            R"({"name":"a","mode":"guide","scenario":"browser","tags":["x","x"]})")
                                  << u"tags"_qs << u"duplicate"_qs;
        QTest::newRow("tag with a CSV separator")
            << QByteArray(R"({"name":"a","mode":"guide","scenario":"browser","tags":["a|b"]})") << u"tags"_qs
            << u"invalid_value"_qs;
        QTest::newRow("bad email") << QByteArray(
            R"({"name":"a","mode":"guide","scenario":"browser","contact":{"email":"nope"}})")
                                   << u"contact.email"_qs << u"invalid_value"_qs;
        QTest::newRow("unknown contact field")
            << QByteArray(R"({"name":"a","mode":"guide","scenario":"browser","contact":{"fax":"1"}})")
            << u"contact.fax"_qs << u"unknown_field"_qs;
        QTest::newRow("read-only status")
            << QByteArray(R"({"name":"a","mode":"guide","scenario":"browser","status":"active"})")
            << u"status"_qs << u"read_only"_qs;
        QTest::newRow("unknown field")
            << QByteArray(R"({"name":"a","mode":"guide","scenario":"browser","x":1})") << u"x"_qs
            << u"unknown_field"_qs;
    }

    void createValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(QString, code);
        Partner out;
        const FieldErrors errors = readNewPartner(QJsonDocument::fromJson(body).object(), &out);
        if (field.isEmpty()) {
            QVERIFY(errors.isEmpty());
            QVERIFY(!out.rateLimit); // inherits from the group (or the platform)
            QVERIFY(out.status == PartnerStatus::Applied);
            return;
        }
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, field);
        QCOMPARE(errors.first().code, code);
    }

    void patchAppliesOnlyWhatIsGiven()
    {
        Partner p = samplePartner();
        const FieldErrors errors = applyPartnerPatch(
            QJsonObject {{u"rateLimit"_qs, 500}, {u"tags"_qs, QJsonArray {u"silver"_qs}}}, &p);
        QVERIFY(errors.isEmpty());
        QCOMPARE(p.rateLimit, 500);
        QCOMPARE(p.tags, QStringList {u"silver"_qs});
        QCOMPARE(p.name, samplePartner().name);
    }

    void patchWithErrorChangesNothing()
    {
        Partner p = samplePartner();
        const FieldErrors errors
            = applyPartnerPatch(QJsonObject {{u"rateLimit"_qs, 500}, {u"version"_qs, 9}}, &p);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().code, u"read_only"_qs);
        QCOMPARE(p, samplePartner());
    }

    void patchIsTheDifference()
    {
        const Partner before = samplePartner();
        Partner after = before;
        QVERIFY(partnerPatch(before, after).isEmpty());
        after.commissionBps = 900;
        after.contact.phone = u"110"_qs;
        const QJsonObject patch = partnerPatch(before, after);
        QCOMPARE(patch.keys(), (QStringList {u"commissionBps"_qs, u"contact"_qs}));
        Partner applied = before;
        QVERIFY(applyPartnerPatch(patch, &applied).isEmpty());
        QCOMPARE(applied, after);
    }

    void validatePartnerChecksAll()
    {
        Partner p = samplePartner();
        QVERIFY(validatePartner(p).isEmpty());
        p.name.clear();
        p.rateLimit = 0;
        QCOMPARE(validatePartner(p).size(), 2);
    }

    void etags_data()
    {
        QTest::addColumn<QByteArray>("etag");
        QTest::addColumn<int>("version");
        QTest::newRow("strong") << QByteArray("\"7\"") << 7;
        QTest::newRow("weak") << QByteArray("W/\"12\"") << 12;
        QTest::newRow("unquoted") << QByteArray("7") << -1;
        QTest::newRow("zero") << QByteArray("\"0\"") << -1;
        QTest::newRow("text") << QByteArray("\"abc\"") << -1;
        QTest::newRow("empty") << QByteArray() << -1;
    }

    void etags()
    {
        QFETCH(QByteArray, etag);
        QFETCH(int, version);
        QCOMPARE(versionFromEtag(etag).value_or(-1), version);
        if (version > 0)
            QCOMPARE(versionFromEtag(partnerEtag(version)), version);
    }

    void scenariosAreTwentyAndNamed()
    {
        QCOMPARE(allScenarios().size(), 20);
        for (const QString &code : allScenarios()) {
            QVERIFY(isValidScenario(code));
            QVERIFY(scenarioDisplayName(code) != code);
        }
        QVERIFY(!isValidScenario(u"moon"_qs));
    }
};

QTEST_GUILESS_MAIN(TestPartnerCodec)
#include "tst_partner_codec.moc"
