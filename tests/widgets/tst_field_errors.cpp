// A bad value gets its answer under its own field, in the unit the field shows: the pool's price
// range (was under Name) and a pricing rule's value (was "at most 10000 bps" for a percent field).
// With KEPLER_SHOT_DIR set, the editors are also saved as PNGs in en and zh_CN to look at.
#include "domain/PricingRule.h"
#include "domain/ProductPool.h"
#include "widgets/PoolEditor.h"
#include "widgets/PricingRuleEditor.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTranslator>

using namespace Kepler;

namespace {

// The visible error line whose text is `text`; null when none.
QLabel *errorLine(QWidget *editor, const QString &text)
{
    for (QLabel *l : editor->findChildren<QLabel *>())
        if (l->isVisible() && l->text() == text)
            return l;
    return nullptr;
}

QStringList visibleTexts(QWidget *editor)
{
    QStringList texts;
    for (QLabel *l : editor->findChildren<QLabel *>())
        if (l->isVisible())
            texts << l->text();
    return texts;
}

} // namespace

class TestFieldErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void poolPriceRangeSitsUnderThePrices()
    {
        PoolEditor editor;
        ProductPool pool;
        pool.name = u"Phones"_qs;
        editor.setPool(pool);
        editor.resize(600, 700);
        editor.show();
        editor.priceMinField()->setText(u"5000"_qs);
        editor.priceMaxField()->setText(u"100"_qs);
        QLabel *line = errorLine(&editor, u"The lowest price is above the highest."_qs);
        QVERIFY2(line, qPrintable(visibleTexts(&editor).join(u" | "_qs)));
        // Below the price row, not under the name at the top.
        const int lineY = line->mapTo(&editor, QPoint()).y();
        QVERIFY(lineY > editor.priceMaxField()->mapTo(&editor, QPoint()).y());
        QVERIFY(!errorLine(&editor, u"This value is not valid."_qs));
    }

    void poolNegativePriceSaysSo()
    {
        PoolEditor editor;
        editor.setPool(ProductPool {});
        editor.resize(600, 700);
        editor.show();
        editor.priceMinField()->setText(u"-5"_qs); // was "at most two decimals", which -5 has
        QVERIFY2(errorLine(&editor, u"A price cannot be negative."_qs),
            qPrintable(visibleTexts(&editor).join(u" | "_qs)));
    }

    void ruleValueInTheFieldsUnit_data()
    {
        QTest::addColumn<int>("adjustment");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("message");
        QTest::newRow("discount 150 %")
            << int(PriceAdjustment::PercentDiscount) << u"150"_qs << u"A discount can be at most 100 %."_qs;
        QTest::newRow("discount -5")
            << int(PriceAdjustment::PercentDiscount) << u"-5"_qs
            << u"Enter 0 or more: the adjustment says whether the price goes up or down."_qs;
        QTest::newRow("discount abc") << int(PriceAdjustment::PercentDiscount) << u"abc"_qs
                                      << u"Enter a percentage with at most two decimals, e.g. 8.5."_qs;
        QTest::newRow("fixed abc") << int(PriceAdjustment::FixedPrice) << u"abc"_qs
                                   << u"Enter an amount in yuan with at most two decimals, e.g. 19.90."_qs;
    }
    void ruleValueInTheFieldsUnit()
    {
        QFETCH(int, adjustment);
        QFETCH(QString, typed);
        QFETCH(QString, message);
        PricingRuleEditor editor;
        PricingRule rule;
        rule.name = u"Spring"_qs;
        rule.adjustment = PriceAdjustment(adjustment);
        rule.value = 100;
        editor.setRule(rule);
        editor.resize(600, 700);
        editor.show();
        editor.valueField()->setText(typed);
        QVERIFY2(errorLine(&editor, message), qPrintable(visibleTexts(&editor).join(u" | "_qs)));
        for (const QString &text : visibleTexts(&editor))
            QVERIFY2(!text.contains(u"bps"_qs), qPrintable(text));
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("KEPLER_SHOT_DIR");
        if (dir.isEmpty())
            return; // no QSKIP: ctest would count the whole executable as skipped
        for (const QString &language : {u"en"_qs, u"zh_CN"_qs}) {
            QTranslator translator;
            QVERIFY(translator.load(u"kepler_"_qs + language, QString::fromUtf8(KEPLER_QM_DIR)));
            QCoreApplication::installTranslator(&translator);
            PoolEditor pool;
            pool.setPool(ProductPool {});
            pool.nameField()->setText(u"Phones"_qs);
            pool.priceMinField()->setText(u"5000"_qs);
            pool.priceMaxField()->setText(u"100"_qs);
            pool.resize(560, 640);
            pool.show();
            QVERIFY(pool.grab().save(dir + u"/pool-badprice-"_qs + language + u".png"_qs));
            PricingRuleEditor rule;
            PricingRule r;
            r.name = u"New rule"_qs;
            rule.setRule(r);
            rule.valueField()->setText(u"150"_qs);
            rule.resize(560, 640);
            rule.show();
            QVERIFY(rule.grab().save(dir + u"/rule-150-"_qs + language + u".png"_qs));
            QCoreApplication::removeTranslator(&translator);
        }
    }
};

QTEST_MAIN(TestFieldErrors)
#include "tst_field_errors.moc"
