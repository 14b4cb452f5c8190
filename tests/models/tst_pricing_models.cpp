// The Pricing and Pools pages' models and words: money from fen and back without floats,
// adjustments as people say them, the rule list in the engine's order with its conflicts inline,
// and the pool list's assignment.
#include "models/CatalogDirectory.h"
#include "models/DateTimeText.h"
#include "models/LocalizedName.h"
#include "models/PoolListModel.h"
#include "models/PricingRuleListModel.h"
#include "models/PricingText.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace Kepler;

namespace {

PricingRuleEntry entry(qint64 id, int priority, PriceAdjustment adjustment, qint64 value,
    PricingRuleStatus status = PricingRuleStatus::Active)
{
    PricingRuleEntry e;
    e.rule.id = id;
    e.rule.name = u"rule %1"_qs.arg(id);
    e.rule.priority = priority;
    e.rule.adjustment = adjustment;
    e.rule.value = value;
    e.rule.status = status == PricingRuleStatus::Draft ? status : PricingRuleStatus::Active;
    e.effectiveStatus = status;
    return e;
}

} // namespace

class TestPricingModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void money_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << u"¥0.00"_qs;
        QTest::newRow("cents") << qint64(1990) << u"¥19.90"_qs;
        QTest::newRow("grouped") << qint64(12345678) << u"¥123,456.78"_qs;
        QTest::newRow("negative") << qint64(-2000) << u"−¥20.00"_qs;
        QTest::newRow("one fen") << qint64(1) << u"¥0.01"_qs;
    }
    void money()
    {
        QFETCH(qint64, fen);
        QFETCH(QString, text);
        QCOMPARE(PricingText::money(fen), text);
        if (fen >= 0)
            QCOMPARE(PricingText::parseMoney(text), fen);
    }

    void parseMoneyRefusesWhatIsNotAnAmount()
    {
        QCOMPARE(PricingText::parseMoney(u"19.9"_qs), 1990);
        QCOMPARE(PricingText::parseMoney(u" 20 "_qs), 2000);
        QCOMPARE(PricingText::parseMoney(u".5"_qs), 50);
        QVERIFY(!PricingText::parseMoney(u"19.999"_qs));
        QVERIFY(!PricingText::parseMoney(u"abc"_qs));
        QVERIFY(!PricingText::parseMoney(u"-3"_qs));
        QVERIFY(!PricingText::parseMoney(QString()));
        QCOMPARE(PricingText::parsePercent(u"8.5"_qs), 850);
    }

    void adjustmentsInWords()
    {
        QCOMPARE(PricingText::adjustment(PriceAdjustment::PercentDiscount, 1000), u"−10 %"_qs);
        QCOMPARE(PricingText::adjustment(PriceAdjustment::PercentMarkup, 800), u"+8 %"_qs);
        QCOMPARE(PricingText::adjustment(PriceAdjustment::PercentMarkup, 850), u"+8.5 %"_qs);
        QCOMPARE(PricingText::adjustment(PriceAdjustment::AmountOff, 2000), u"−¥20.00"_qs);
        QCOMPARE(PricingText::adjustment(PriceAdjustment::FixedPrice, 1990), u"¥19.90"_qs);
        QCOMPARE(PricingText::adjustment(PriceAdjustment::CommissionRate, 600), u"commission 6 %"_qs);
    }

    void rulesInWalkingOrderWithConflictsInline()
    {
        PricingRuleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRules(
            {entry(5, 10, PriceAdjustment::AmountOff, 2000), entry(1, 0, PriceAdjustment::PercentMarkup, 800),
                entry(2, 10, PriceAdjustment::PercentDiscount, 1000),
                entry(9, 50, PriceAdjustment::FixedPrice, 1990, PricingRuleStatus::Draft)});
        QCOMPARE(model.rowCount(), 4);
        // Priority high to low, ties by id: the engine's walk.
        QCOMPARE(model.entryAt(0).rule.id, 9);
        QCOMPARE(model.entryAt(1).rule.id, 2);
        QCOMPARE(model.entryAt(2).rule.id, 5);
        QCOMPARE(model.entryAt(3).rule.id, 1);
        const auto cell = [&](int row, PricingRuleListModel::Column c, int role = Qt::DisplayRole) {
            return model.index(row, int(c)).data(role);
        };
        QCOMPARE(cell(0, PricingRuleListModel::Column::Status).toString(), u"Draft"_qs);
        QCOMPARE(cell(0, PricingRuleListModel::Column::Status, PricingRuleListModel::StatusRole).toString(),
            u"draft"_qs);
        QCOMPARE(cell(1, PricingRuleListModel::Column::Adjustment).toString(), u"−10 %"_qs);
        QCOMPARE(cell(1, PricingRuleListModel::Column::Window).toString(), u"always"_qs);

        PricingConflictEntry conflict;
        conflict.firstRuleId = 2;
        conflict.secondRuleId = 5;
        conflict.skuCount = 1234;
        conflict.partnerCount = 80;
        model.setConflicts({conflict});
        // The cell names the other rule; its tooltip and conflictText() say the whole sentence.
        QCOMPARE(cell(1, PricingRuleListModel::Column::Conflicts).toString(), u"with #5"_qs);
        QCOMPARE(cell(2, PricingRuleListModel::Column::Conflicts).toString(), u"with #2"_qs);
        QVERIFY(cell(1, PricingRuleListModel::Column::Conflicts, Qt::ToolTipRole)
                    .toString()
                    .startsWith(u"conflicts with #5 on 1,234 SKUs, 80 partners\n"_qs));
        QCOMPARE(model.conflictText(2), u"conflicts with #5 on 1,234 SKUs, 80 partners"_qs);
        QVERIFY(cell(3, PricingRuleListModel::Column::Conflicts).toString().isEmpty());

        PricingRuleEntry activated = model.entryAt(0);
        activated.rule.status = PricingRuleStatus::Active;
        activated.effectiveStatus = PricingRuleStatus::Active;
        model.updateRule(activated);
        QCOMPARE(cell(0, PricingRuleListModel::Column::Status).toString(), u"Active"_qs);
        model.updateRule(entry(20, 0, PriceAdjustment::AmountOff, 100, PricingRuleStatus::Draft));
        QCOMPARE(model.rowCount(), 5);
    }

    // The Valid column in the language now (DateTimeText): a Chinese screen shows no English month
    // names, in the cell or its tooltip, and the same list switched back shows English dates.
    void validDatesFollowTheLanguage()
    {
        PricingRuleListModel model;
        PricingRuleEntry windowed = entry(4, 0, PriceAdjustment::PercentDiscount, 1000);
        windowed.rule.validFrom = QDateTime(QDate(2026, 11, 21), QTime(8, 9), QTimeZone::utc());
        windowed.rule.validUntil = QDateTime(QDate(2026, 12, 6), QTime(8, 9), QTimeZone::utc());
        PricingRuleEntry until = entry(5, 0, PriceAdjustment::PercentDiscount, 1000);
        until.rule.validUntil = windowed.rule.validUntil;
        model.setRules({windowed, until});
        const auto cell = [&](int row, int role) {
            return model.index(row, int(PricingRuleListModel::Column::Window)).data(role).toString();
        };
        // (No translator here: "until" stays English; the dates must not.)
        static const QRegularExpression months(
            u"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"_qs, QRegularExpression::CaseInsensitiveOption);
        QLocale::setDefault(QLocale(u"zh_CN"_qs));
        const QLocale zh;
        for (int row = 0; row < 2; ++row)
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                QVERIFY2(!cell(row, role).contains(months), qPrintable(cell(row, role)));
        const QString from = DateTimeText::dateText(windowed.rule.validFrom.toLocalTime().date(), zh);
        const QString to = DateTimeText::dateText(windowed.rule.validUntil.toLocalTime().date(), zh);
        QVERIFY2(cell(0, Qt::DisplayRole).contains(from) && cell(0, Qt::DisplayRole).contains(to),
            qPrintable(cell(0, Qt::DisplayRole)));
        QVERIFY2(from.startsWith(u"2026/"_qs), qPrintable(from));
        QVERIFY2(cell(0, Qt::ToolTipRole).contains(DateTimeText::text(windowed.rule.validFrom, zh)),
            qPrintable(cell(0, Qt::ToolTipRole)));
        // And back in English, the same list says English dates again.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(cell(1, Qt::DisplayRole).startsWith(u"until "_qs), qPrintable(cell(1, Qt::DisplayRole)));
        QVERIFY2(cell(1, Qt::DisplayRole)
                     .contains(DateTimeText::dateText(until.rule.validUntil.toLocalTime().date(), QLocale())),
            qPrintable(cell(1, Qt::DisplayRole)));
    }

    // Category names (the pricing scope's and the pools' criteria hints) in the language now, and the
    // one name the service gave when it gave only one.
    void categoryNamesFollowTheLanguage()
    {
        CatalogDirectory directory;
        directory.setCategories({{8, 0, 1, u"图书"_qs, u"Books"_qs}, {801, 8, 2, u"小说"_qs, u"Novels"_qs},
            {9, 0, 1, u"进口"_qs, QString()}, {10, 0, 1, QString(), u"Imports"_qs}});
        QLocale::setDefault(QLocale(u"zh_CN"_qs));
        QVERIFY(!LocalizedName::english());
        QCOMPARE(directory.categoryName(801, LocalizedName::english()), u"小说"_qs);
        QCOMPARE(directory.categoryName(10, LocalizedName::english()), u"Imports"_qs);
        QCOMPARE(LocalizedName::pick(u"小说"_qs, u"Novels"_qs), u"小说"_qs);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(LocalizedName::english());
        QCOMPARE(directory.categoryName(801, LocalizedName::english()), u"Novels"_qs);
        QCOMPARE(directory.categoryName(9, LocalizedName::english()), u"进口"_qs);
        QCOMPARE(directory.categoryName(12345, true), u"#12345"_qs);
    }

    void poolsShowMembersAndAssignment()
    {
        PoolListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        PoolEntry e;
        e.pool.id = 3;
        e.pool.name = u"自营家电"_qs;
        e.pool.modes = {PartnerMode::Guide};
        e.pool.partners = {17, 18};
        e.memberCount = 12345;
        model.setPools({e});
        QCOMPARE(model.index(0, int(PoolListModel::Column::Members)).data().toString(), u"12,345"_qs);
        QCOMPARE(model.index(0, int(PoolListModel::Column::AssignedTo)).data().toString(),
            displayName(PartnerMode::Guide) + u" and 2 partner(s)"_qs);
        // Chinese lists join with 、 and 和, not an English comma.
        e.pool.modes = {PartnerMode::Guide, PartnerMode::SettleIn};
        QLocale::setDefault(QLocale(u"zh_CN"_qs));
        model.updatePool(e);
        const QString zh = model.index(0, int(PoolListModel::Column::AssignedTo)).data().toString();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(zh,
            displayName(PartnerMode::Guide) + u"、"_qs + displayName(PartnerMode::SettleIn)
                + u"和2 partner(s)"_qs);
        e.memberCount = 10;
        model.updatePool(e);
        QCOMPARE(
            model.index(0, int(PoolListModel::Column::Members)).data(PoolListModel::SortRole).toLongLong(),
            10);
    }
};

QTEST_MAIN(TestPricingModels)
#include "tst_pricing_models.moc"
