// The partner state machine: every (status, action) pair, the roles per action, reasons.
#include "domain/PartnerLifecycle.h"
#include "domain/PartnerReason.h"

#include <QSet>
#include <QTest>

using namespace Kepler;

Q_DECLARE_METATYPE(Kepler::PartnerStatus)
Q_DECLARE_METATYPE(Kepler::PartnerAction)
Q_DECLARE_METATYPE(Kepler::Role)

class tst_PartnerLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transitions_data();
    void transitions();
    void allowedActionsMatchTarget();
    void actionNamesRoundTrip();
    void roles_data();
    void roles();
    void reasonRequirement();
    void reasonCodes();
};

namespace {
struct Transition
{
    PartnerStatus from;
    PartnerAction action;
    PartnerStatus to;
};

// The whole table from issue 3; anything not listed here must be refused.
const Transition kAllowed[] = {
    {PartnerStatus::Applied, PartnerAction::Submit, PartnerStatus::InReview},
    {PartnerStatus::InReview, PartnerAction::Approve, PartnerStatus::Active},
    {PartnerStatus::InReview, PartnerAction::Reject, PartnerStatus::Rejected},
    {PartnerStatus::Active, PartnerAction::Suspend, PartnerStatus::Suspended},
    {PartnerStatus::Suspended, PartnerAction::Resume, PartnerStatus::Active},
    {PartnerStatus::Active, PartnerAction::Terminate, PartnerStatus::Terminated},
    {PartnerStatus::Suspended, PartnerAction::Terminate, PartnerStatus::Terminated},
};

// The expected target's name, or an empty string when the pair must be refused.
QString expectedTarget(PartnerStatus from, PartnerAction action)
{
    for (const Transition &t : kAllowed)
        if (t.from == from && t.action == action)
            return toString(t.to);
    return {};
}

QStringList names(const QList<PartnerAction> &actions)
{
    QStringList out;
    for (PartnerAction a : actions)
        out.append(toString(a));
    return out;
}
} // namespace

void tst_PartnerLifecycle::transitions_data()
{
    QTest::addColumn<PartnerStatus>("from");
    QTest::addColumn<PartnerAction>("action");
    QTest::addColumn<QString>("to"); // empty: refused
    for (PartnerStatus from : allPartnerStatuses())
        for (PartnerAction action : allPartnerActions()) {
            const QByteArray name = (toString(from) + u' ' + toString(action)).toUtf8();
            QTest::newRow(name.constData()) << from << action << expectedTarget(from, action);
        }
}

void tst_PartnerLifecycle::transitions()
{
    QFETCH(PartnerStatus, from);
    QFETCH(PartnerAction, action);
    QFETCH(QString, to);
    const auto target = PartnerLifecycle::target(from, action);
    QCOMPARE(target.has_value(), !to.isEmpty());
    if (target)
        QCOMPARE(toString(*target), to);
}

void tst_PartnerLifecycle::allowedActionsMatchTarget()
{
    for (PartnerStatus from : allPartnerStatuses()) {
        QStringList expected;
        for (PartnerAction a : allPartnerActions())
            if (!expectedTarget(from, a).isEmpty())
                expected.append(toString(a));
        QCOMPARE(names(PartnerLifecycle::allowedActions(from)), expected);
    }
    // The end states have no way out.
    QVERIFY(PartnerLifecycle::allowedActions(PartnerStatus::Terminated).isEmpty());
    QVERIFY(PartnerLifecycle::allowedActions(PartnerStatus::Rejected).isEmpty());
}

void tst_PartnerLifecycle::actionNamesRoundTrip()
{
    const QStringList names {
        u"submit"_qs, u"approve"_qs, u"reject"_qs, u"suspend"_qs, u"resume"_qs, u"terminate"_qs};
    QCOMPARE(allPartnerActions().size(), names.size());
    for (const QString &name : names) {
        const auto action = partnerActionFromString(name);
        QVERIFY2(action, qPrintable(name));
        QCOMPARE(toString(*action), name);
        QVERIFY(!displayName(*action).isEmpty());
    }
    QVERIFY(!partnerActionFromString(u"Approve"_qs));
    QVERIFY(!partnerActionFromString(u"delete"_qs));
    QVERIFY(!partnerActionFromString(QString()));
}

void tst_PartnerLifecycle::roles_data()
{
    QTest::addColumn<PartnerAction>("action");
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("may");
    const QList<PartnerAction> reviews {PartnerAction::Approve, PartnerAction::Reject};
    for (PartnerAction action : allPartnerActions())
        for (Role role : allRoles()) {
            const bool review = reviews.contains(action);
            const bool may
                = role == Role::Admin || (review ? role == Role::Reviewer : role == Role::Operator);
            const QByteArray name = (toString(action) + u" by "_qs + toString(role)).toUtf8();
            QTest::newRow(name.constData()) << action << role << may;
        }
}

void tst_PartnerLifecycle::roles()
{
    QFETCH(PartnerAction, action);
    QFETCH(Role, role);
    QFETCH(bool, may);
    QCOMPARE(PartnerLifecycle::mayPerform(Roles(role), action), may);
    QCOMPARE(PartnerLifecycle::allowedRoles(action).testFlag(role), may);
    QVERIFY(!PartnerLifecycle::mayPerform(Roles(), action));
}

void tst_PartnerLifecycle::reasonRequirement()
{
    QVERIFY(!PartnerLifecycle::requiresReason(PartnerAction::Submit));
    QVERIFY(!PartnerLifecycle::requiresReason(PartnerAction::Approve));
    QVERIFY(PartnerLifecycle::requiresReason(PartnerAction::Reject));
    QVERIFY(PartnerLifecycle::requiresReason(PartnerAction::Suspend));
    QVERIFY(!PartnerLifecycle::requiresReason(PartnerAction::Resume));
    QVERIFY(PartnerLifecycle::requiresReason(PartnerAction::Terminate));
    QVERIFY(PartnerLifecycle::requiresOtherThanCreator(PartnerAction::Approve));
    QVERIFY(PartnerLifecycle::requiresOtherThanCreator(PartnerAction::Reject));
    QVERIFY(!PartnerLifecycle::requiresOtherThanCreator(PartnerAction::Suspend));
}

void tst_PartnerLifecycle::reasonCodes()
{
    const QStringList all = PartnerReason::allCodes();
    QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), all.size());
    for (PartnerAction action : allPartnerActions()) {
        const QStringList codes = PartnerReason::codes(action);
        QVERIFY2(!codes.isEmpty(), qPrintable(toString(action)));
        QVERIFY(codes.contains(u"other"_qs));
        for (const QString &code : codes) {
            QVERIFY2(all.contains(code), qPrintable(code));
            QVERIFY(PartnerReason::isAllowed(action, code));
            QVERIFY(PartnerReason::displayName(code) != code);
        }
        QVERIFY(!PartnerReason::isAllowed(action, u"no_such_reason"_qs));
        QVERIFY(!PartnerReason::isAllowed(action, QString()));
    }
    QVERIFY(PartnerReason::isAllowed(PartnerAction::Suspend, u"fake_traffic"_qs));
    QVERIFY(PartnerReason::isAllowed(PartnerAction::Terminate, u"contract_ended"_qs));
    QVERIFY(!PartnerReason::isAllowed(PartnerAction::Suspend, u"contract_ended"_qs));
    QVERIFY(PartnerReason::isAllowed(PartnerAction::Reject, u"incomplete_documents"_qs));
    QVERIFY(!PartnerReason::isAllowed(PartnerAction::Approve, u"fraud"_qs));
    QVERIFY(PartnerReason::requiresNote(u"other"_qs));
    QVERIFY(!PartnerReason::requiresNote(u"fraud"_qs));
    QCOMPARE(PartnerReason::displayName(u"fake_traffic"_qs), u"Fake traffic"_qs);
    QCOMPARE(PartnerReason::displayName(u"unknown_code"_qs), u"unknown_code"_qs);
}

QTEST_GUILESS_MAIN(tst_PartnerLifecycle)
#include "tst_partner_lifecycle.moc"
