#include "ApiTestData.h"

namespace ApiTestData {

Kepler::Partner partner(qint64 id, int version)
{
    Kepler::Partner p;
    p.id = id;
    p.name = u"今日资讯"_qs;
    p.nameEn = u"Daily News"_qs;
    p.mode = Kepler::PartnerMode::Guide;
    p.scenario = u"news_app"_qs;
    p.status = Kepler::PartnerStatus::Active;
    p.contact = {u"王敏"_qs, u"wang.min@example.cn"_qs, u"+86 10 5555 0101"_qs};
    p.commissionBps = 1250;
    p.rateLimit = 200;
    p.tags = {u"gold"_qs, u"11.11"_qs};
    p.createdBy = u"operator"_qs;
    p.createdAt = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    p.updatedBy = u"operator"_qs;
    p.updatedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
    p.version = version;
    return p;
}

QJsonObject partnerJson(qint64 id, int version)
{
    return partner(id, version).toJson();
}

Kepler::StaffUser user(qint64 id, int version)
{
    Kepler::StaffUser u;
    u.id = id;
    u.username = u"operator"_qs;
    u.displayName = u"Operator One"_qs;
    u.roles = Kepler::Role::Operator;
    u.createdAt = QDateTime(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC);
    u.version = version;
    return u;
}

QJsonObject userJson(qint64 id, int version)
{
    return user(id, version).toJson();
}

QStringList rawQtPhrases()
{
    return {u"Error transferring"_qs, u"server replied"_qs, u"Connection refused"_qs,
        u"Operation canceled"_qs, u"Host not found"_qs, u"QNetworkReply"_qs, u"Socket"_qs};
}

} // namespace ApiTestData
