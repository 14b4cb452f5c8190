#include "domain/PartnerCsv.h"

#include <QJsonArray>
#include <QTest>

using namespace Kepler;

class TestPartnerCsv : public QObject
{
    Q_OBJECT

private:
    static Partner sample()
    {
        Partner p;
        p.id = 17;
        p.name = u"今日资讯, \"头条\""_qs;
        p.nameEn = u"Daily News\nSecond line"_qs;
        p.mode = PartnerMode::SettleIn;
        p.scenario = u"news_app"_qs;
        p.status = PartnerStatus::Suspended;
        p.contact = {u"王敏"_qs, u"wang.min@example.cn"_qs, u"+86 10 5555 0101"_qs};
        p.commissionBps = 1250;
        p.rateLimit = 200;
        p.group = u"gold"_qs;
        p.tags = {u"gold"_qs, u"11.11"_qs};
        p.version = 3;
        return p;
    }

private Q_SLOTS:
    void exportStartsWithBomAndUsesCrlf()
    {
        const QByteArray csv = PartnerCsv::encode({sample()});
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "id,name,nameEn,mode,scenario,status,"));
        QVERIFY(csv.contains("\r\n17,\"今日资讯, \"\"头条\"\"\",\"Daily News\nSecond line\",settle_in,"));
        QVERIFY(csv.endsWith(",1250,gold,200,,gold;11.11,3\r\n")); // group, rate limit, no own cap
    }

    void formulasAreNeutralisedAndRoundTrip()
    {
        // CSV injection: cells a spreadsheet would run get an apostrophe; import takes it off.
        Partner p = sample();
        p.name = u"=HYPERLINK(\"http://evil\")"_qs;
        p.contact.phone = u"+86 10 5555 0101"_qs;
        p.contact.name = u"@SUM(1+1)"_qs;
        p.tags = {u"-x"_qs};
        const QByteArray csv = PartnerCsv::encode({p});
        QVERIFY(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""));
        QVERIFY(csv.contains(",'+86 10 5555 0101,"));
        QVERIFY(csv.contains(",'@SUM(1+1),"));
        const PartnerCsv::Document doc = PartnerCsv::decode(csv);
        QVERIFY(doc.ok());
        QCOMPARE(doc.rows.size(), 1);
        QCOMPARE(doc.rows.at(0).fields.value(u"name"_qs).toString(), p.name);
        QCOMPARE(doc.rows.at(0).fields.value(u"contact"_qs).toObject().value(u"phone"_qs).toString(),
            p.contact.phone);
        QCOMPARE(doc.rows.at(0).fields.value(u"tags"_qs).toArray().at(0).toString(), u"-x"_qs);
    }

    void tooManyRowsStopsEarly()
    {
        QByteArray csv = "name,mode,scenario\n";
        for (int i = 0; i < 100; ++i)
            csv += "x\n";
        const PartnerCsv::Document doc = PartnerCsv::decode(csv, 10);
        QCOMPARE(doc.errorCode, u"too_many"_qs);
        QVERIFY(doc.rows.isEmpty());
        QVERIFY(PartnerCsv::decode(csv, 100).ok());
    }

    void exportThenDecodeGivesTheSameFields()
    {
        const Partner p = sample();
        const PartnerCsv::Document doc = PartnerCsv::decode(PartnerCsv::encode({p}));
        QVERIFY2(doc.ok(), qPrintable(doc.error));
        QCOMPARE(doc.rows.size(), 1);
        const PartnerCsv::Row &row = doc.rows.constFirst();
        QVERIFY(row.errors.isEmpty());
        QCOMPARE(row.id, 17);
        QCOMPARE(row.version, 3);
        QCOMPARE(row.status, u"suspended"_qs);
        QCOMPARE(row.fields.value(u"name"_qs).toString(), p.name);
        QCOMPARE(row.fields.value(u"nameEn"_qs).toString(), p.nameEn);
        QCOMPARE(row.fields.value(u"contact"_qs).toObject().value(u"email"_qs).toString(), p.contact.email);
        QCOMPARE(row.fields.value(u"commissionBps"_qs).toInt(), 1250);
        QCOMPARE(row.fields.value(u"tags"_qs).toArray(), QJsonArray({u"gold"_qs, u"11.11"_qs}));
    }

    void decodesVariants_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<int>("line");
        const QByteArray h = "name,mode,scenario,tags";
        QTest::newRow("lf, no bom") << h + "\n今日资讯,guide,news_app,a;b\n"
                                    << u"今日资讯"_qs << QStringList {u"a"_qs, u"b"_qs} << 2;
        QTest::newRow("crlf, bom") << "\xEF\xBB\xBF" + h + "\r\n今日资讯,guide,news_app,a|b\r\n"
                                   << u"今日资讯"_qs << QStringList {u"a"_qs, u"b"_qs} << 2;
        QTest::newRow("quoted comma and quote") << h + "\n\"A, \"\"B\"\"\",guide,news_app,\n"
                                                << u"A, \"B\""_qs << QStringList {} << 2;
        QTest::newRow("newline in a cell, crlf kept as lf")
            << h + "\r\n\"第一行\r\n第二行\",guide,news_app, x ; y \r\n"
            << u"第一行\n第二行"_qs << QStringList {u"x"_qs, u"y"_qs} << 2;
        QTest::newRow("blank lines skipped, no final newline")
            << h + "\n\n\nZ,guide,news_app,t" << u"Z"_qs << QStringList {u"t"_qs} << 4;
        QTest::newRow("header case and spaces, trailing empty cell")
            << QByteArray("Name , MODE,scenario,tags\nQ,guide,news_app,,\n") << u"Q"_qs << QStringList {}
            << 2;
    }

    void decodesVariants()
    {
        QFETCH(QByteArray, csv);
        const PartnerCsv::Document doc = PartnerCsv::decode(csv);
        QVERIFY2(doc.ok(), qPrintable(doc.error));
        QCOMPARE(doc.rows.size(), 1);
        const PartnerCsv::Row &row = doc.rows.constFirst();
        QVERIFY2(row.errors.isEmpty(), qPrintable(row.errors.value(0).message));
        QTEST(row.fields.value(u"name"_qs).toString(), "name");
        QStringList tags;
        for (const QJsonValue &t : row.fields.value(u"tags"_qs).toArray())
            tags << t.toString();
        QTEST(tags, "tags");
        QTEST(row.line, "line");
        QCOMPARE(row.id, 0);
    }

    void fileErrors_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QByteArray() << u"empty"_qs << u"header"_qs;
        QTest::newRow("missing mode and scenario")
            << QByteArray("name,tags\nA,b\n") << u"missing_columns"_qs << u"mode, scenario"_qs;
        QTest::newRow("id without version") << QByteArray("id,name,mode,scenario\n1,A,guide,news_app\n")
                                            << u"missing_columns"_qs << u"version"_qs;
        QTest::newRow("unknown column") << QByteArray("name,mode,scenario,comission\nA,guide,news_app,1\n")
                                        << u"unknown_columns"_qs << u"comission"_qs;
        QTest::newRow("repeated column")
            << QByteArray("name,mode,scenario,name\n") << u"unknown_columns"_qs << u"name"_qs;
        QTest::newRow("bad utf-8 in header")
            << QByteArray("na\xFFme,mode,scenario\n") << u"invalid_encoding"_qs << u"Line 1"_qs;
        QTest::newRow("quote never ends") << QByteArray("name,mode,scenario\nA,guide,news_app\n\"B,guide\n")
                                          << u"malformed_csv"_qs << u"line 3"_qs;
    }

    void fileErrors()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, mentions);
        const PartnerCsv::Document doc = PartnerCsv::decode(csv);
        QTEST(doc.errorCode, "code");
        QVERIFY2(doc.error.contains(mentions), qPrintable(doc.error));
        QVERIFY(doc.rows.isEmpty());
    }

    void rowErrors_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("line");
        const QByteArray h = "id,version,name,mode,scenario,commissionBps\n";
        QTest::newRow("commission not a number") << h + ",,A,guide,news_app,12%\n"
                                                 << u"commissionBps"_qs << u"wrong_type"_qs << 2;
        QTest::newRow("id not a number") << h + "x,1,A,guide,news_app,1\n"
                                         << u"id"_qs << u"wrong_type"_qs << 2;
        QTest::newRow("version zero") << h + "3,0,A,guide,news_app,1\n"
                                      << u"version"_qs << u"wrong_type"_qs << 2;
        QTest::newRow("too few cells") << h + "5,1,B,guide,news_app,1\n,,A,guide\n"
                                       << QString() << u"wrong_column_count"_qs << 3;
        QTest::newRow("bad utf-8 on a row") << h + ",,A,guide,news_app,1\n,,\xC3\x28,guide,news_app,1\n"
                                            << QString() << u"invalid_encoding"_qs << 3;
        QTest::newRow("text after closing quote") << h + ",,\"A\"B,guide,news_app,1\n"
                                                  << QString() << u"malformed_csv"_qs << 2;
    }

    void rowErrors()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        const PartnerCsv::Document doc = PartnerCsv::decode(csv);
        QVERIFY2(doc.ok(), qPrintable(doc.error));
        const auto it = std::find_if(
            doc.rows.cbegin(), doc.rows.cend(), [](const PartnerCsv::Row &r) { return !r.errors.isEmpty(); });
        QVERIFY(it != doc.rows.cend());
        QCOMPARE(it->line, line);
        QTEST(it->errors.constFirst().field, "field");
        QTEST(it->errors.constFirst().code, "code");
        QCOMPARE(std::count_if(doc.rows.cbegin(), doc.rows.cend(),
                     [](const PartnerCsv::Row &r) { return !r.errors.isEmpty(); }),
            1);
    }

    void headersNameJsonFields()
    {
        QCOMPARE(PartnerCsv::headerForField(u"contact.email"_qs), u"contactEmail"_qs);
        QCOMPARE(PartnerCsv::headerForField(u"commissionBps"_qs), u"commissionBps"_qs);
    }
};

QTEST_GUILESS_MAIN(TestPartnerCsv)
#include "tst_partner_csv.moc"
