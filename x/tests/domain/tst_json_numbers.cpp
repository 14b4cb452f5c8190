// Regression for the fuzzing and UBSan findings of issue 8: JSON numbers far outside an integer's
// range (1e300 as a quantity, an id or a scope entry) were cast to int/qint64 before any range
// check, which is undefined behaviour. Each decoder must answer with a field error instead. Under
// the sanitizer tree (build-asan) the old code aborted here.
#include "domain/GatewayOrder.h"
#include "domain/JsonFields.h"
#include "domain/PartnerBulk.h"
#include "domain/PricingRule.h"

#include <QJsonArray>
#include <QTest>

using namespace Kepler;

namespace {

bool hasError(const FieldErrors &errors, const QString &field)
{
    for (const FieldError &e : errors)
        if (e.field == field)
            return true;
    return false;
}

// Beyond any integer type (or, past 2^53, beyond what a double holds exactly).
const QList<double> kHuge {1e300, -1e300, 1e20, -1e20, 9223372036854775808.0, 9007199254740994.0};
// Beyond int: the quantity was cast to int before its range check.
const QList<double> kBeyondInt {2147483648.0, 4294967296.0, -2147483649.0};

} // namespace

class TestJsonNumbers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeNumberChecksRangeBeforeCasting()
    {
        QCOMPARE(wholeNumber(QJsonValue(42), 1, 99), std::optional<qint64>(42));
        QCOMPARE(wholeNumber(QJsonValue(1), 1, 99), std::optional<qint64>(1));
        QCOMPARE(wholeNumber(QJsonValue(99), 1, 99), std::optional<qint64>(99));
        QCOMPARE(wholeNumber(QJsonValue(9007199254740991.0), 1, std::numeric_limits<qint64>::max()),
            std::optional<qint64>(9007199254740991));
        for (const double d : kHuge)
            QVERIFY2(!wholeNumber(QJsonValue(d), std::numeric_limits<qint64>::min(),
                         std::numeric_limits<qint64>::max()),
                qPrintable(QString::number(d)));
        QVERIFY(!wholeNumber(QJsonValue(0), 1, 99));
        QVERIFY(!wholeNumber(QJsonValue(100), 1, 99));
        QVERIFY(!wholeNumber(QJsonValue(2.5), 1, 99));
        QVERIFY(!wholeNumber(QJsonValue(u"3"_qs), 1, 99));
        QVERIFY(!wholeNumber(QJsonValue(true), 1, 99));
        QVERIFY(!wholeNumber(QJsonValue(), 1, 99));
    }

    void orderQuantityAndSkuOutOfRange()
    {
        for (const double d : kHuge + kBeyondInt) {
            const QJsonObject body {{u"partnerOrderRef"_qs, u"A-1"_qs},
                {u"items"_qs, QJsonArray {QJsonObject {{u"skuId"_qs, 1001}, {u"quantity"_qs, d}}}}};
            FieldErrors errors;
            QVERIFY(!readOrderRequest(body, &errors));
            QVERIFY2(hasError(errors, u"items[0].quantity"_qs), qPrintable(QString::number(d)));
        }
        for (const double d : kHuge) {
            const QJsonObject body {{u"partnerOrderRef"_qs, u"A-1"_qs},
                {u"items"_qs, QJsonArray {QJsonObject {{u"skuId"_qs, d}, {u"quantity"_qs, 1}}}}};
            FieldErrors errors;
            QVERIFY(!readOrderRequest(body, &errors));
            QVERIFY2(hasError(errors, u"items[0].skuId"_qs), qPrintable(QString::number(d)));
        }
        // The whole numbers it has always taken still pass.
        const QJsonObject ok {{u"partnerOrderRef"_qs, u"A-1"_qs},
            {u"items"_qs, QJsonArray {QJsonObject {{u"skuId"_qs, 1001}, {u"quantity"_qs, 99}}}}};
        FieldErrors errors;
        const auto order = readOrderRequest(ok, &errors);
        QVERIFY(order);
        QCOMPARE(order->items.value(0).skuId, 1001);
        QCOMPARE(order->items.value(0).quantity, 99);
    }

    void bulkIdsOutOfRange()
    {
        for (const double d : kHuge) {
            const QJsonObject body {
                {u"action"_qs, u"tag"_qs}, {u"ids"_qs, QJsonArray {1, d}}, {u"tag"_qs, u"vip"_qs}};
            FieldErrors errors;
            QVERIFY(!BulkRequest::fromJson(body, &errors));
            QVERIFY2(hasError(errors, u"ids"_qs), qPrintable(QString::number(d)));
        }
    }

    void pricingScopeOutOfRange()
    {
        for (const QString &dimension : {u"partners"_qs, u"pools"_qs, u"categories"_qs, u"skus"_qs}) {
            for (const double d : kHuge) {
                const QJsonObject body {{u"name"_qs, u"Double 11"_qs},
                    {u"adjustment"_qs, u"percent_markup"_qs}, {u"value"_qs, 500},
                    {u"scope"_qs, QJsonObject {{dimension, QJsonArray {d}}}}};
                PricingRule rule;
                const FieldErrors errors = readPricingRule(body, &rule);
                QVERIFY2(hasError(errors, u"scope."_qs + dimension),
                    qPrintable(dimension + u' ' + QString::number(d)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonNumbers)
#include "tst_json_numbers.moc"
