#include "DemoSeeder.h"

#include "AuditLog.h"
#include "Database.h"
#include "DemoCatalog.h"
#include "DemoPricing.h"
#include "DemoReviews.h"
#include "DemoSkus.h"
#include "PartnerRepository.h"
#include "PasswordHasher.h"
#include "Transaction.h"
#include "UserRepository.h"

#include "domain/Partner.h"

#include <QRandomGenerator>

namespace Kepler::Server::DemoSeeder {
namespace {

struct DemoUser
{
    const char16_t *username;
    const char16_t *displayName;
    Roles roles;
};

const QList<DemoUser> kUsers = {
    {u"operator", u"运营 张伟", Role::Operator},
    {u"operator2", u"运营 李娜", Role::Operator},
    {u"reviewer", u"审核 王芳", Role::Reviewer},
    {u"reviewer2", u"审核 刘洋", Role::Reviewer},
    {u"manager", u"经理 陈静", Role::Manager},
    {u"admin", u"管理员 赵磊", Role::Admin},
};

QString str(const char16_t *s)
{
    return QString::fromUtf16(s);
}

PartnerStatus pickStatus(QRandomGenerator &rng)
{
    const int r = int(rng.bounded(100));
    if (r < 45)
        return PartnerStatus::Active;
    if (r < 55)
        return PartnerStatus::Applied;
    if (r < 67)
        return PartnerStatus::InReview;
    if (r < 80)
        return PartnerStatus::Suspended;
    if (r < 90)
        return PartnerStatus::Terminated;
    return PartnerStatus::Rejected;
}

QStringList pickTags(QRandomGenerator &rng)
{
    const int tier = int(rng.bounded(100));
    QStringList tags {tier < 20 ? u"gold"_qs : tier < 55 ? u"silver"_qs : u"bronze"_qs};
    if (rng.bounded(100) < 25)
        tags.append(u"11.11"_qs);
    if (rng.bounded(100) < 15)
        tags.append(u"618"_qs);
    if (rng.bounded(100) < 15)
        tags.append(u"key-account"_qs);
    if (rng.bounded(100) < 10)
        tags.append(u"pilot"_qs);
    return tags;
}

Partner makePartner(int index, const DemoCatalog::Brand &brand, int variant, QRandomGenerator &rng)
{
    using namespace DemoCatalog;
    Partner p;
    p.name = str(brand.name);
    p.nameEn = str(brand.nameEn);
    if (variant == 1) {
        p.name += u"极速版"_qs;
        p.nameEn += u" Lite"_qs;
    } else if (variant == 2) {
        const Pair &city = cities().at(index % cities().size());
        p.name += u'·' + str(city.zh);
        p.nameEn += u" ("_qs + str(city.en) + u')';
    } else if (variant > 2) {
        // More than 3 per brand (--demo-partners): first every further edition, then each
        // edition in each city. Distinct variants give distinct names, so names stay unique.
        const qsizetype k = variant - 3;
        const qsizetype e = editions().size();
        if (k < e) {
            p.name += str(editions().at(k).zh);
            p.nameEn += u' ' + str(editions().at(k).en);
        } else {
            const Pair &city = cities().at((k - e) % cities().size());
            const Pair &edition = (k - e) / cities().size() == 0
                ? Pair {u"极速版", u"Lite"}
                : editions().at((k - e) / cities().size() - 1);
            p.name += str(edition.zh) + u'·' + str(city.zh);
            p.nameEn += u' ' + str(edition.en) + u" ("_qs + str(city.en) + u')';
        }
    }
    p.scenario = str(brand.scenario);
    p.mode = allPartnerModes().at(int(rng.bounded(3)));
    p.status = index < 6 ? allPartnerStatuses().at(index) : pickStatus(rng); // every status, surely
    const Pair &surname = surnames().at(int(rng.bounded(int(surnames().size()))));
    const Pair &given = givenNames().at(int(rng.bounded(int(givenNames().size()))));
    p.contact.name = str(surname.zh) + str(given.zh);
    p.contact.email = str(given.en) + u'.' + str(surname.en) + u'@' + str(brand.domain) + u".example.cn"_qs;
    p.contact.phone = u"+86 13%1 %2 %3"_qs.arg(rng.bounded(10))
                          .arg(rng.bounded(10000), 4, 10, QChar(u'0'))
                          .arg(rng.bounded(10000), 4, 10, QChar(u'0'));
    p.commissionBps = 200 + 50 * int(rng.bounded(37));
    static const int kRates[] = {20, 50, 50, 100, 100, 200, 500, 1000};
    const int rate = kRates[rng.bounded(int(std::size(kRates)))];
    p.tags = pickTags(rng);
    // Quotas: the tier tag names the partner's group (migration 3 seeds gold/silver/bronze); most
    // partners inherit its values, every fifth has its own rate limit and every seventh its own
    // daily order cap; a few pilots have no group and get the platform default. Derived from the
    // index, not drawn, so the other demo values stay what they were.
    p.group = p.tags.contains(u"pilot"_qs) && index % 2 == 0 ? QString() : p.tags.first();
    if (index % 5 == 0)
        p.rateLimit = rate;
    if (index % 7 == 0)
        p.dailyOrderCap = 500 * (1 + index % 9);
    p.createdBy = rng.bounded(2) ? u"operator"_qs : u"operator2"_qs;
    p.updatedBy = rng.bounded(3) ? p.createdBy : u"operator"_qs;
    // Fixed dates, not "now": the same seed gives the same rows on every machine and every day.
    const QDateTime base(QDate(2026, 1, 5), QTime(2, 0), Qt::UTC);
    p.createdAt = base.addSecs(qint64(index) * 3 * 3600 + rng.bounded(3600));
    p.updatedAt = p.createdAt.addSecs(rng.bounded(30 * 24 * 3600));
    p.version = 1 + int(rng.bounded(5));
    return p;
}

struct Step
{
    const char16_t *action; // "submit", ...
    PartnerStatus to;
    const char16_t *reason; // empty: none
};

// The path that led to the partner's seeded status, so the History tab and the audit log of a
// demo partner tell a plausible story (applied → submitted → approved → suspended ...). Derived
// from the index, not drawn, so the seeded rows themselves stay what they were.
QList<Step> historyOf(PartnerStatus status, int index)
{
    static const char16_t *suspendReasons[]
        = {u"fake_traffic", u"payment_overdue", u"compliance_review", u"partner_request"};
    static const char16_t *terminateReasons[] = {u"contract_ended", u"partner_request", u"fraud"};
    static const char16_t *rejectReasons[]
        = {u"incomplete_documents", u"category_not_allowed", u"duplicate_application"};
    const Step submit {u"submit", PartnerStatus::InReview, u""};
    const Step approve {u"approve", PartnerStatus::Active, u"documents_verified"};
    switch (status) {
    case PartnerStatus::Applied:
        return {};
    case PartnerStatus::InReview:
        return {submit};
    case PartnerStatus::Active:
        if (index % 6 == 1) // some were suspended once and are back
            return {submit, approve, {u"suspend", PartnerStatus::Suspended, suspendReasons[index % 4]},
                {u"resume", PartnerStatus::Active, u"issue_resolved"}};
        return {submit, approve};
    case PartnerStatus::Suspended:
        return {submit, approve, {u"suspend", PartnerStatus::Suspended, suspendReasons[index % 4]}};
    case PartnerStatus::Terminated:
        return {submit, approve, {u"terminate", PartnerStatus::Terminated, terminateReasons[index % 3]}};
    case PartnerStatus::Rejected:
        return {submit, {u"reject", PartnerStatus::Rejected, rejectReasons[index % 3]}};
    }
    return {};
}

// The partner as it was after creation and after each step: status, version and who changed it
// when (spread between its creation and its last change). The last state is the seeded row.
QList<Partner> statesOf(const Partner &p, const QList<Step> &steps, int index)
{
    Partner state = p;
    state.status = PartnerStatus::Applied;
    state.version = 1;
    state.updatedAt = p.createdAt;
    state.updatedBy = p.createdBy;
    QList<Partner> states {state};
    const qint64 span = qMax<qint64>(steps.size(), p.createdAt.secsTo(p.updatedAt));
    for (int i = 0; i < steps.size(); ++i) {
        const QString action = QString::fromUtf16(steps.at(i).action);
        state.status = steps.at(i).to;
        ++state.version;
        state.updatedAt = p.createdAt.addSecs(span * (i + 1) / steps.size());
        // Reviewers approve and reject (never the creator); operators do the rest.
        const bool review = action == u"approve" || action == u"reject";
        state.updatedBy = review ? (index % 2 ? u"reviewer"_qs : u"reviewer2"_qs)
                                 : (action == u"submit" ? p.createdBy : u"operator"_qs);
        states.append(state);
    }
    return states;
}

void appendHistory(AuditLog::Writer &audit, const QList<Partner> &states, const QList<Step> &steps)
{
    const Partner &created = states.constFirst();
    const QString id = QString::number(created.id);
    audit.append({0, created.createdAt, created.createdBy, u"partner.create"_qs, u"partner"_qs, id,
        QJsonValue::Null, created.toJson(), u"demo-seed"_qs});
    for (int i = 0; i < steps.size(); ++i) {
        const Partner &before = states.at(i);
        const Partner &after = states.at(i + 1);
        const QString reason = QString::fromUtf16(steps.at(i).reason);
        const QJsonValue details = reason.isEmpty()
            ? QJsonValue(QJsonValue::Null)
            : QJsonValue(QJsonObject {{u"reasonCode"_qs, reason}, {u"note"_qs, QString()}});
        audit.append(
            {0, after.updatedAt, after.updatedBy, u"partner."_qs + QString::fromUtf16(steps.at(i).action),
                u"partner"_qs, id, before.toJson(), after.toJson(), u"demo-seed"_qs, details});
    }
}

// The moment the relative demo data hangs off (the review queue's ages, the applications waiting):
// the first start, or $KEPLER_DEMO_ANCHOR (ISO-8601) so that two seeds can be compared row for row.
QDateTime anchor()
{
    const QDateTime fixed = QDateTime::fromString(qEnvironmentVariable("KEPLER_DEMO_ANCHOR"), Qt::ISODate);
    return fixed.isValid() ? fixed.toUTC() : QDateTime::currentDateTimeUtc();
}

} // namespace

bool seedIfEmpty(Database &database, int partnerCount, int skuCount)
{
    Q_ASSERT(partnerCount >= 0 && partnerCount <= MaxPartnerCount);
    QSqlDatabase db = database.connection();
    if (UserRepository::count(db) > 0 || PartnerRepository::count(db) > 0)
        return false;
    QStringList hashes; // one salt per account, computed before the write lock is taken
    for (qsizetype i = 0; i < kUsers.size(); ++i)
        hashes.append(PasswordHasher::hash(QString::fromLatin1(Password)));
    QRandomGenerator rng(Seed);

    QList<std::pair<int, int>> slots; // (brand, variant), shuffled so ids do not follow scenarios
    const int brandCount = int(DemoCatalog::brands().size());
    const int variants = (partnerCount + brandCount - 1) / brandCount;
    for (int b = 0; b < brandCount; ++b)
        for (int v = 0; v < variants; ++v)
            slots.append({b, v});
    for (qsizetype i = slots.size() - 1; i > 0; --i)
        std::swap(slots[i], slots[rng.bounded(int(i + 1))]);
    slots.resize(partnerCount);

    Transaction tx(database, Transaction::Kind::Write);
    const QDateTime seededAt(QDate(2026, 1, 4), QTime(9, 0), Qt::UTC);
    for (qsizetype i = 0; i < kUsers.size(); ++i) {
        const DemoUser &u = kUsers.at(i);
        StaffUser user;
        user.username = str(u.username);
        user.displayName = str(u.displayName);
        user.roles = u.roles;
        user.createdAt = seededAt;
        user.id = UserRepository::insert(tx.db(), user, hashes.at(i));
        AuditLog::append(tx.db(),
            {0, seededAt, u"demo"_qs, u"user.create"_qs, u"user"_qs, QString::number(user.id),
                QJsonValue::Null, user.toJson(), u"demo-seed"_qs});
    }
    PartnerRepository::Writer partners(tx.db()); // prepared once: 10,000 rows take seconds, not minutes
    AuditLog::Writer audit(tx.db());
    for (int i = 0; i < slots.size(); ++i) {
        Partner p = makePartner(i, DemoCatalog::brands().at(slots[i].first), slots[i].second, rng);
        // The row is the last state of its history: its version and last change match the log.
        const QList<Step> steps = historyOf(p.status, i);
        QList<Partner> states = statesOf(p, steps, i);
        p = states.constLast();
        p.id = partners.insert(p);
        for (Partner &state : states)
            state.id = p.id;
        appendHistory(audit, states, steps);
    }
    DemoReviews::seed(tx.db(), anchor());
    DemoSkus::seed(tx.db(), skuCount);
    DemoPricing::seed(tx.db(), anchor());
    tx.commit();
    return true;
}

} // namespace Kepler::Server::DemoSeeder
