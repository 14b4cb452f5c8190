// Words for audit lines and the partner history: API field names, action codes, entity kinds and
// enum values shown to people as labels (en here; zh_CN comes from the same tr() entries), and
// graceful words for names this console does not know.
#include "api/AuditRecord.h"
#include "models/AuditText.h"

#include <QJsonObject>
#include <QTest>

using namespace Kepler;

class TestAuditText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldLabels_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("label");
        QTest::newRow("cap") << u"dailyOrderCap"_qs << u"Daily order cap"_qs;
        QTest::newRow("quota cap") << u"effectiveQuota.dailyOrderCap"_qs << u"Daily order cap in effect"_qs;
        QTest::newRow("quota cap from")
            << u"effectiveQuota.dailyOrderCapFrom"_qs << u"Daily order cap comes from"_qs;
        QTest::newRow("quota rate from") << u"effectiveQuota.rateLimitFrom"_qs << u"Rate limit comes from"_qs;
        QTest::newRow("username") << u"username"_qs << u"Username"_qs;
        QTest::newRow("roles") << u"roles"_qs << u"Roles"_qs;
        QTest::newRow("disabled") << u"disabled"_qs << u"Disabled"_qs;
        QTest::newRow("password") << u"password"_qs << u"Password"_qs;
        // Unknown: words, not a camelCase key or a JSON path.
        QTest::newRow("unknown") << u"effectiveQuota.burstWindowSeconds"_qs << u"Burst window seconds"_qs;
        QTest::newRow("unknown snake") << u"max_retries"_qs << u"Max retries"_qs;
    }
    void fieldLabels()
    {
        QFETCH(QString, field);
        QFETCH(QString, label);
        QCOMPARE(AuditText::fieldLabel(field), label);
    }

    void actionNames_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("name");
        QTest::newRow("annotation") << u"annotation.create"_qs << u"Annotation added"_qs;
        QTest::newRow("annotation delete") << u"annotation.delete"_qs << u"Annotation deleted"_qs;
        QTest::newRow("pool") << u"pool.update"_qs << u"Product pool edited"_qs;
        QTest::newRow("rule") << u"pricing_rule.activate"_qs << u"Pricing rule activated"_qs;
        QTest::newRow("policy") << u"pricing_policy.update"_qs << u"Pricing policy changed"_qs;
        QTest::newRow("sessions") << u"session.revoke_all"_qs << u"All sessions ended"_qs;
        // A newer action of a known kind: its kind in words, and the code to search for.
        QTest::newRow("unknown of pool") << u"pool.archive"_qs << u"Product pool (pool.archive)"_qs;
        QTest::newRow("unknown kind") << u"widget.spin"_qs << u"widget.spin"_qs;
    }
    void actionNames()
    {
        QFETCH(QString, action);
        QFETCH(QString, name);
        QCOMPARE(AuditText::actionName(action), name);
    }

    void entityNames()
    {
        AuditRecord r;
        r.entityType = u"annotation"_qs;
        r.entityId = u"3"_qs;
        QCOMPARE(AuditText::entityName(r), u"Annotation #3"_qs);
        r.entityType = u"pricing_rule"_qs;
        r.after = QJsonObject {{u"name"_qs, u"Spring"_qs}};
        QCOMPARE(AuditText::entityName(r), u"Pricing rule Spring (#3)"_qs);
        r.entityType = u"gift_card"_qs; // unknown kind: words
        QCOMPARE(AuditText::entityName(r), u"Gift card Spring (#3)"_qs);
    }

    void quotaSourceValues()
    {
        QCOMPARE(AuditText::fieldValue(u"effectiveQuota.dailyOrderCapFrom"_qs, u"group"_qs),
            u"The partner's group"_qs);
        QCOMPARE(AuditText::fieldValue(u"effectiveQuota.rateLimitFrom"_qs, u"partner"_qs),
            u"Set for this partner"_qs);
        QCOMPARE(AuditText::fieldValue(u"effectiveQuota.rateLimitFrom"_qs, u"platform"_qs),
            u"Platform default"_qs);
        QCOMPARE(AuditText::fieldValue(u"effectiveQuota.rateLimitFrom"_qs, u"moon"_qs), u"moon"_qs);
    }
};

QTEST_GUILESS_MAIN(TestAuditText)
#include "tst_audit_text.moc"
