// CommandPaletteModel: what a query finds (either language, substring or subsequence, partners by
// any searchable field), in which order (direct hits, then recently used, then quality), and that
// the palette's partner search leaves the directory's own filter alone.
#include "domain/Partner.h"
#include "models/CommandPaletteModel.h"
#include "models/PartnerDirectoryModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Kepler;

namespace {

PaletteCommand command(const QString &key, const QString &text, const QString &english = {},
    PaletteCommand::Kind kind = PaletteCommand::Kind::Action, const QString &detail = {})
{
    PaletteCommand c;
    c.key = key;
    c.text = text;
    c.englishText = english;
    c.kind = kind;
    c.detail = detail;
    return c;
}

QList<PaletteCommand> commands()
{
    using K = PaletteCommand::Kind;
    return {command(u"page:partners"_qs, u"合作渠道"_qs, u"Partners"_qs, K::Page, u"转到"_qs),
        command(u"page:users"_qs, u"员工账号"_qs, u"Staff accounts"_qs, K::Page, u"转到"_qs),
        command(u"page:audit"_qs, u"审计日志"_qs, u"Audit log"_qs, K::Page, u"转到"_qs),
        command(u"page:pools"_qs, u"商品池"_qs, u"Product pools"_qs, K::Page, u"转到"_qs),
        command(u"action:settings"_qs, u"设置…"_qs, u"Settings…"_qs, K::Action, u"控制台"_qs),
        command(u"action:signOut"_qs, u"退出登录"_qs, u"Sign out"_qs, K::Action, u"控制台"_qs),
        command(u"action:export"_qs, u"导出合作渠道…"_qs, u"Export partners…"_qs, K::Action, u"合作渠道"_qs)};
}

Partner partner(qint64 id, const QString &name, const QString &nameEn, const QString &contact = {})
{
    Partner p;
    p.id = id;
    p.name = name;
    p.nameEn = nameEn;
    p.contact.name = contact;
    return p;
}

QStringList keys(const CommandPaletteModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row).data(CommandPaletteModel::KeyRole).toString();
    return result;
}

} // namespace

class TestCommandPaletteModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchScoreOrdersKindsOfMatch()
    {
        const auto score = &CommandPaletteModel::matchScore;
        QVERIFY(score(u"Staff accounts"_qs, u"xyz"_qs) < 0);
        QVERIFY(score(u"Staff accounts"_qs, u"staff accounts"_qs) > score(u"Staff accounts"_qs, u"staff"_qs));
        QVERIFY(score(u"Staff accounts"_qs, u"staff"_qs) > score(u"Staff accounts"_qs, u"acc"_qs));
        QVERIFY(score(u"Staff accounts"_qs, u"acc"_qs) > score(u"Staff accounts"_qs, u"ccou"_qs));
        // Letters in order but scattered: found, below every substring.
        const int scattered = score(u"Staff accounts"_qs, u"stfac"_qs);
        QVERIFY(scattered > 0);
        QVERIFY(scattered < score(u"Staff accounts"_qs, u"ccou"_qs));
        // Case and full-width forms (as Chinese input methods type them) fold away.
        QVERIFY(score(u"Audit log"_qs, u"ＡＵＤＩＴ"_qs) > 0);
        QVERIFY(score(u"审计日志"_qs, u"日志"_qs) > 0);
        QCOMPARE(score(u"anything"_qs, u"  "_qs), 0);
    }

    void emptyQueryListsEveryCommandInOrder()
    {
        CommandPaletteModel model;
        QAbstractItemModelTester tester(&model);
        model.setCommands(commands());
        QCOMPARE(model.rowCount(), commands().size());
        QCOMPARE(keys(model).first(), u"page:partners"_qs);
        QCOMPARE(model.index(0).data().toString(), u"合作渠道"_qs);
    }

    void matchesTheEnglishAndTheTranslatedText()
    {
        CommandPaletteModel model;
        model.setCommands(commands());
        model.setQuery(u"audit"_qs);
        QCOMPARE(keys(model), QStringList {u"page:audit"_qs});
        model.setQuery(u"日志"_qs);
        QCOMPARE(keys(model), QStringList {u"page:audit"_qs});
        // The menu's name and the command's: "控制台 设置".
        model.setQuery(u"控制台设置"_qs);
        QCOMPARE(keys(model), QStringList {u"action:settings"_qs});
        model.setQuery(u"no such thing"_qs);
        QCOMPARE(model.rowCount(), 0);
    }

    void directHitsBeforeScatteredLetters()
    {
        CommandPaletteModel model;
        model.setCommands(commands());
        // "po" is in "Product pools" and "Export partners" (ex-po-rt); scattered in "Sign out"? no.
        model.setQuery(u"pools"_qs);
        QCOMPARE(keys(model).value(0), u"page:pools"_qs);
        model.setQuery(u"sout"_qs); // S-ign OUT, scattered; still found
        QVERIFY(keys(model).contains(u"action:signOut"_qs));
        model.setQuery(u"out"_qs); // a word start in "Sign out" beats scattered letters elsewhere
        QCOMPARE(keys(model).value(0), u"action:signOut"_qs);
    }

    void recentlyUsedComesFirst()
    {
        CommandPaletteModel model;
        model.setCommands(commands());
        model.markUsed(u"action:export"_qs);
        model.markUsed(u"page:audit"_qs);
        model.refresh();
        QCOMPARE(keys(model).mid(0, 3),
            (QStringList {u"page:audit"_qs, u"action:export"_qs, u"page:partners"_qs}));
        // Among direct hits, the recent one first: "s" starts Staff, Settings, Sign out.
        model.markUsed(u"action:signOut"_qs);
        model.setQuery(u"s"_qs);
        QCOMPARE(keys(model).value(0), u"action:signOut"_qs);
        QCOMPARE(model.recent().first(), u"action:signOut"_qs);
        // The list is bounded and has no duplicates.
        for (int i = 0; i < 40; ++i)
            model.markUsed(u"partner:%1"_qs.arg(i % 20));
        QCOMPARE(model.recent().size(), CommandPaletteModel::MaxRecent);
        QCOMPARE(model.recent().removeDuplicates(), 0);
    }

    void findsPartnersInTheDirectoryWithoutTouchingItsFilter()
    {
        PartnerDirectoryModel directory(nullptr);
        directory.setPartners({partner(7, u"今日资讯"_qs, u"Daily News"_qs, u"李娜"_qs),
            partner(42, u"西瓜剧场"_qs, u"Melon Theatre"_qs),
            partner(43, u"Pool Party"_qs, u"Pool Party"_qs)});
        directory.setFilterText(u"西瓜"_qs);
        CommandPaletteModel model;
        QAbstractItemModelTester tester(&model);
        model.setCommands(commands());
        model.setPartnerDirectory(&directory);

        model.setQuery(u"melon"_qs);
        QCOMPARE(keys(model), QStringList {u"partner:42"_qs});
        QCOMPARE(model.index(0).data().toString(), u"西瓜剧场"_qs);
        QCOMPARE(model.index(0).data(CommandPaletteModel::PartnerIdRole).toLongLong(), 42);
        QCOMPARE(
            model.index(0).data(CommandPaletteModel::KindRole).toInt(), int(PaletteCommand::Kind::Partner));
        model.setQuery(u"李娜"_qs); // by contact
        QCOMPARE(keys(model), QStringList {u"partner:7"_qs});
        model.setQuery(u"42"_qs); // by id
        QCOMPARE(keys(model), QStringList {u"partner:42"_qs});
        // Pages before partners of the same name quality: "pool" → the page, then the partner.
        model.setQuery(u"pool"_qs);
        QCOMPARE(keys(model).mid(0, 2), (QStringList {u"page:pools"_qs, u"partner:43"_qs}));

        // The open "Go to partner" list still shows its own filter.
        QCOMPARE(directory.filterText(), u"西瓜"_qs);
        QCOMPARE(directory.rowCount(), 1);

        // A partner used lately is offered on an empty query; one no longer held is not.
        model.markUsed(u"partner:7"_qs);
        model.markUsed(u"partner:999"_qs);
        model.setQuery(QString());
        QCOMPARE(keys(model).value(0), u"partner:7"_qs);
        QVERIFY(!keys(model).contains(u"partner:999"_qs));
        QCOMPARE(keys(model).count(u"partner:42"_qs), 0); // not every partner on an empty query
    }

    void partnerResultsAreBounded()
    {
        QList<Partner> many;
        for (int i = 1; i <= 500; ++i)
            many.append(partner(i, u"渠道 %1"_qs.arg(i), u"Channel %1"_qs.arg(i)));
        PartnerDirectoryModel directory(nullptr);
        directory.setPartners(many);
        CommandPaletteModel model;
        model.setPartnerDirectory(&directory);
        model.setQuery(u"channel"_qs);
        QCOMPARE(model.rowCount(), CommandPaletteModel::MaxPartners);
    }
};

QTEST_GUILESS_MAIN(TestCommandPaletteModel)
#include "tst_command_palette_model.moc"
