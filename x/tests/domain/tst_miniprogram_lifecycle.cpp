// The mini-program version state machine: every (status, action) pair, roles, gray release rules,
// review reasons per decision, review item kinds.
#include "domain/MiniProgramLifecycle.h"
#include "domain/ReviewItem.h"
#include "domain/ReviewReason.h"

#include <QSet>
#include <QTest>

using namespace Kepler;

Q_DECLARE_METATYPE(Kepler::MiniProgramStatus)
Q_DECLARE_METATYPE(Kepler::MiniProgramAction)
Q_DECLARE_METATYPE(Kepler::ReviewDecision)
Q_DECLARE_METATYPE(Kepler::Role)
Q_DECLARE_METATYPE(std::optional<int>)

class tst_MiniProgramLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transitions_data();
    void transitions();
    void allowedActionsMatchTarget();
    void allowedActionsAtFullRelease();
    void namesRoundTrip();
    void roles_data();
    void roles();
    void reasonAndDecisionFlags();
    void grayRelease_data();
    void grayRelease();
    void grayRolloutSequence();
    void reasonsPerDecision_data();
    void reasonsPerDecision();
    void reasonCodes();
    void reviewItemKinds();
};

namespace {
using S = MiniProgramStatus;
using A = MiniProgramAction;

struct Transition
{
    S from;
    A action;
    S to;
};

// The whole table from issue 4 (docs/reviews.md); anything not listed here must be refused.
const Transition kAllowed[] = {
    {S::Draft, A::Submit, S::Submitted},
    {S::Submitted, A::Approve, S::Approved},
    {S::Submitted, A::Reject, S::Rejected},
    {S::Submitted, A::Withdraw, S::Withdrawn},
    {S::Submitted, A::Delay, S::Delayed},
    {S::Delayed, A::Approve, S::Approved},
    {S::Delayed, A::Reject, S::Rejected},
    {S::Delayed, A::Withdraw, S::Withdrawn},
    {S::Approved, A::Release, S::Released},
    {S::Released, A::Release, S::Released}, // gray step up
    {S::Released, A::Rollback, S::RolledBack},
};

QString expectedTarget(S from, A action)
{
    for (const Transition &t : kAllowed)
        if (t.from == from && t.action == action)
            return toString(t.to);
    return {};
}

QStringList names(const QList<A> &actions)
{
    QStringList out;
    for (A a : actions)
        out.append(toString(a));
    return out;
}
} // namespace

void tst_MiniProgramLifecycle::transitions_data()
{
    QTest::addColumn<S>("from");
    QTest::addColumn<A>("action");
    QTest::addColumn<QString>("to"); // empty: refused
    for (S from : allMiniProgramStatuses())
        for (A action : allMiniProgramActions()) {
            const QByteArray name = (toString(from) + u' ' + toString(action)).toUtf8();
            QTest::newRow(name.constData()) << from << action << expectedTarget(from, action);
        }
}

void tst_MiniProgramLifecycle::transitions()
{
    QFETCH(S, from);
    QFETCH(A, action);
    QFETCH(QString, to);
    const auto target = MiniProgramLifecycle::target(from, action);
    QCOMPARE(target.has_value(), !to.isEmpty());
    if (target)
        QCOMPARE(toString(*target), to);
}

void tst_MiniProgramLifecycle::allowedActionsMatchTarget()
{
    for (S from : allMiniProgramStatuses()) {
        QStringList expected;
        for (A a : allMiniProgramActions())
            if (!expectedTarget(from, a).isEmpty())
                expected.append(toString(a));
        QCOMPARE(names(MiniProgramLifecycle::allowedActions(from)), expected);
        // Final states have no way out; every other state has one.
        QCOMPARE(expected.isEmpty(), isFinal(from));
    }
    QVERIFY(awaitsReview(S::Submitted));
    QVERIFY(awaitsReview(S::Delayed));
    QVERIFY(!awaitsReview(S::Approved));
    QVERIFY(!awaitsReview(S::Draft));
}

void tst_MiniProgramLifecycle::allowedActionsAtFullRelease()
{
    using MiniProgramLifecycle::allowedActions;
    QCOMPARE(names(allowedActions(S::Released, 10)), (QStringList {u"release"_qs, u"rollback"_qs}));
    QCOMPARE(names(allowedActions(S::Released, 99)), (QStringList {u"release"_qs, u"rollback"_qs}));
    QCOMPARE(names(allowedActions(S::Released, 100)), QStringList {u"rollback"_qs});
    QCOMPARE(names(allowedActions(S::Released, std::nullopt)), QStringList {u"rollback"_qs});
    QCOMPARE(names(allowedActions(S::Approved, std::nullopt)), QStringList {u"release"_qs});
    QCOMPARE(names(allowedActions(S::Submitted, std::nullopt)), names(allowedActions(S::Submitted)));
}

void tst_MiniProgramLifecycle::namesRoundTrip()
{
    const QStringList statuses {u"draft"_qs, u"submitted"_qs, u"approved"_qs, u"rejected"_qs, u"withdrawn"_qs,
        u"delayed"_qs, u"released"_qs, u"rolled_back"_qs};
    QCOMPARE(allMiniProgramStatuses().size(), statuses.size());
    for (const QString &name : statuses) {
        const auto s = miniProgramStatusFromString(name);
        QVERIFY2(s, qPrintable(name));
        QCOMPARE(toString(*s), name);
        QVERIFY(!displayName(*s).isEmpty());
    }
    const QStringList actions {u"submit"_qs, u"withdraw"_qs, u"approve"_qs, u"reject"_qs, u"delay"_qs,
        u"release"_qs, u"rollback"_qs};
    QCOMPARE(allMiniProgramActions().size(), actions.size());
    for (const QString &name : actions) {
        const auto a = miniProgramActionFromString(name);
        QVERIFY2(a, qPrintable(name));
        QCOMPARE(toString(*a), name);
        QVERIFY(!displayName(*a).isEmpty());
    }
    for (const QString &name : {u"authorised"_qs, u"revoked"_qs}) {
        const auto a = miniProgramAuthorisationFromString(name);
        QVERIFY2(a, qPrintable(name));
        QCOMPARE(toString(*a), name);
        QVERIFY(!displayName(*a).isEmpty());
    }
    QCOMPARE(toString(MiniProgramAuthorisation::Authorised), u"authorised"_qs);
    QVERIFY(!miniProgramStatusFromString(u"Released"_qs));
    QVERIFY(!miniProgramStatusFromString(u"rolledback"_qs));
    QVERIFY(!miniProgramActionFromString(u"roll_back"_qs));
    QVERIFY(!miniProgramActionFromString(QString()));
    QVERIFY(!miniProgramAuthorisationFromString(u"authorized"_qs));
}

void tst_MiniProgramLifecycle::roles_data()
{
    QTest::addColumn<A>("action");
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("may");
    for (A action : allMiniProgramActions())
        for (Role role : allRoles()) {
            const bool partners = action == A::Submit || action == A::Withdraw;
            const bool may = !partners && (role == Role::Reviewer || role == Role::Admin);
            const QByteArray name = (toString(action) + u" by "_qs + toString(role)).toUtf8();
            QTest::newRow(name.constData()) << action << role << may;
        }
}

void tst_MiniProgramLifecycle::roles()
{
    QFETCH(A, action);
    QFETCH(Role, role);
    QFETCH(bool, may);
    QCOMPARE(MiniProgramLifecycle::mayPerform(Roles(role), action), may);
    QCOMPARE(MiniProgramLifecycle::allowedRoles(action).testFlag(role), may);
    QVERIFY(!MiniProgramLifecycle::mayPerform(Roles(), action));
}

void tst_MiniProgramLifecycle::reasonAndDecisionFlags()
{
    using namespace MiniProgramLifecycle;
    const QSet<A> partner {A::Submit, A::Withdraw};
    const QSet<A> reason {A::Reject, A::Delay};
    const QSet<A> decision {A::Approve, A::Reject, A::Delay};
    for (A a : allMiniProgramActions()) {
        QCOMPARE(isPartnerAction(a), partner.contains(a));
        QCOMPARE(requiresReason(a), reason.contains(a));
        QCOMPARE(isDecision(a), decision.contains(a));
    }
    // Every decision maps to the action of the same name.
    for (ReviewDecision d : allReviewDecisions()) {
        const auto a = miniProgramActionFromString(toString(d));
        QVERIFY(a && isDecision(*a));
        QCOMPARE(ReviewReason::requiresReason(d), requiresReason(*a));
    }
}

void tst_MiniProgramLifecycle::grayRelease_data()
{
    QTest::addColumn<S>("from");
    QTest::addColumn<std::optional<int>>("current");
    QTest::addColumn<int>("percent");
    QTest::addColumn<QString>("refusal"); // empty: allowed
    const std::optional<int> none;
    const QString ok;
    QTest::newRow("approved gray 1") << S::Approved << none << 1 << ok;
    QTest::newRow("approved gray 10") << S::Approved << none << 10 << ok;
    QTest::newRow("approved gray 99") << S::Approved << none << 99 << ok;
    QTest::newRow("approved full") << S::Approved << none << 100 << ok;
    QTest::newRow("approved 0") << S::Approved << none << 0 << u"out_of_range"_qs;
    QTest::newRow("approved -5") << S::Approved << none << -5 << u"out_of_range"_qs;
    QTest::newRow("approved 101") << S::Approved << none << 101 << u"out_of_range"_qs;
    QTest::newRow("10 to 50") << S::Released << std::optional<int>(10) << 50 << ok;
    QTest::newRow("10 to 11") << S::Released << std::optional<int>(10) << 11 << ok;
    QTest::newRow("10 to full") << S::Released << std::optional<int>(10) << 100 << ok;
    QTest::newRow("99 to full") << S::Released << std::optional<int>(99) << 100 << ok;
    QTest::newRow("10 to 10") << S::Released << std::optional<int>(10) << 10
                              << u"gray_percent_not_increasing"_qs;
    QTest::newRow("50 to 10") << S::Released << std::optional<int>(50) << 10
                              << u"gray_percent_not_increasing"_qs;
    QTest::newRow("10 to 101") << S::Released << std::optional<int>(10) << 101 << u"out_of_range"_qs;
    QTest::newRow("full to full") << S::Released << std::optional<int>(100) << 100
                                  << u"already_fully_released"_qs;
    QTest::newRow("full to 50") << S::Released << std::optional<int>(100) << 50
                                << u"already_fully_released"_qs;
    QTest::newRow("released no percent") << S::Released << none << 100 << u"already_fully_released"_qs;
    for (S from : {S::Draft, S::Submitted, S::Delayed, S::Rejected, S::Withdrawn, S::RolledBack}) {
        const QByteArray name = (toString(from) + u" release"_qs).toUtf8();
        QTest::newRow(name.constData()) << from << none << 100 << u"invalid_transition"_qs;
    }
}

void tst_MiniProgramLifecycle::grayRelease()
{
    QFETCH(S, from);
    QFETCH(std::optional<int>, current);
    QFETCH(int, percent);
    QFETCH(QString, refusal);
    const auto result = MiniProgramLifecycle::checkRelease(from, current, percent);
    QCOMPARE(result ? MiniProgramLifecycle::toString(*result) : QString(), refusal);
}

void tst_MiniProgramLifecycle::grayRolloutSequence()
{
    // The end-to-end path of the issue: approve, release at 10 %, then full; nothing after.
    S status = S::Approved;
    std::optional<int> gray;
    for (int percent : {10, 30, 100}) {
        QVERIFY2(
            !MiniProgramLifecycle::checkRelease(status, gray, percent), qPrintable(QString::number(percent)));
        status = *MiniProgramLifecycle::target(status, A::Release);
        gray = percent;
    }
    QCOMPARE(toString(status), u"released"_qs);
    QVERIFY(MiniProgramLifecycle::checkRelease(status, gray, 100));
    QCOMPARE(toString(*MiniProgramLifecycle::target(status, A::Rollback)), u"rolled_back"_qs);
}

void tst_MiniProgramLifecycle::reasonsPerDecision_data()
{
    QTest::addColumn<ReviewDecision>("decision");
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("approve") << ReviewDecision::Approve << QStringList {u"meets_guidelines"_qs, u"other"_qs};
    QTest::newRow("reject") << ReviewDecision::Reject
                            << QStringList {u"missing_privacy_policy"_qs, u"content_mismatch"_qs,
                                   u"broken_pages"_qs, u"category_not_allowed"_qs,
                                   u"misleading_screenshots"_qs, u"other"_qs};
    QTest::newRow("delay") << ReviewDecision::Delay
                           << QStringList {u"needs_more_time"_qs, u"awaiting_partner_answer"_qs, u"other"_qs};
}

void tst_MiniProgramLifecycle::reasonsPerDecision()
{
    QFETCH(ReviewDecision, decision);
    QFETCH(QStringList, codes);
    QCOMPARE(ReviewReason::codes(decision), codes);
    // Exactly these codes: every known code outside the list is refused for this decision.
    for (const QString &code : ReviewReason::allCodes())
        QCOMPARE(ReviewReason::isAllowed(decision, code), codes.contains(code));
    QVERIFY(!ReviewReason::isAllowed(decision, QString()));
    QVERIFY(!ReviewReason::isAllowed(decision, u"fraud"_qs)); // a partner reason, not a review one
    QVERIFY(!ReviewReason::isAllowed(decision, u"Content_Mismatch"_qs));
}

void tst_MiniProgramLifecycle::reasonCodes()
{
    const QStringList all = ReviewReason::allCodes();
    QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), all.size());
    QStringList used;
    for (ReviewDecision d : allReviewDecisions())
        used += ReviewReason::codes(d);
    QCOMPARE(QSet<QString>(used.cbegin(), used.cend()), QSet<QString>(all.cbegin(), all.cend()));
    for (const QString &code : all) {
        QVERIFY2(ReviewReason::displayName(code) != code, qPrintable(code));
        QCOMPARE(ReviewReason::requiresNote(code), code == u"other"_qs);
    }
    QCOMPARE(ReviewReason::displayName(u"broken_pages"_qs), u"Broken pages"_qs);
    QCOMPARE(ReviewReason::displayName(u"unknown_code"_qs), u"unknown_code"_qs);
    QVERIFY(!ReviewReason::requiresReason(ReviewDecision::Approve));
    QVERIFY(ReviewReason::requiresReason(ReviewDecision::Reject));
    QVERIFY(ReviewReason::requiresReason(ReviewDecision::Delay));
    for (const QString &name : {u"approve"_qs, u"reject"_qs, u"delay"_qs})
        QCOMPARE(toString(*reviewDecisionFromString(name)), name);
    QVERIFY(!reviewDecisionFromString(u"withdraw"_qs));
    QVERIFY(!reviewDecisionFromString(u"release"_qs));
}

void tst_MiniProgramLifecycle::reviewItemKinds()
{
    const QStringList kinds {u"partner_application"_qs, u"miniprogram_submission"_qs};
    QCOMPARE(allReviewItemKinds().size(), kinds.size());
    for (const QString &name : kinds) {
        const auto k = reviewItemKindFromString(name);
        QVERIFY2(k, qPrintable(name));
        QCOMPARE(toString(*k), name);
        QVERIFY(!displayName(*k).isEmpty());
    }
    QVERIFY(!reviewItemKindFromString(u"mini_program_submission"_qs));
    QVERIFY(!reviewItemKindFromString(QString()));
}

QTEST_GUILESS_MAIN(tst_MiniProgramLifecycle)
#include "tst_miniprogram_lifecycle.moc"
