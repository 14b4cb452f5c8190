// JSON request bodies of the service's routes: the body is parsed as RequestContext::readJsonObject
// does, then handed to every domain decoder a route uses (partners create/PATCH, groups, bulk,
// pools, pricing rules, the gateway's order request, staff users) and to JsonFields directly.
#include "FuzzSupport.h"

#include "domain/CatalogCriteria.h"
#include "domain/GatewayOrder.h"
#include "domain/JsonFields.h"
#include "domain/Partner.h"
#include "domain/PartnerBulk.h"
#include "domain/PartnerGroup.h"
#include "domain/PartnerValidator.h"
#include "domain/PricingRule.h"
#include "domain/ProductPool.h"
#include "domain/StaffUser.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Kepler;

namespace {

Partner basePartner()
{
    Partner p;
    p.id = 7;
    p.name = u"今日资讯"_qs;
    p.mode = PartnerMode::Guide;
    p.scenario = u"news_app"_qs;
    p.commissionBps = 500;
    p.version = 1;
    return p;
}

void decodeAll(const QJsonObject &body)
{
    Partner created;
    const FieldErrors createErrors = readNewPartner(body, &created);
    if (createErrors.isEmpty()) {
        // What the service stores must read back: a create body that passes is a valid partner.
        Fuzz::require(validatePartner(created).isEmpty(), "readNewPartner accepted an invalid partner");
        Partner copy = basePartner();
        Fuzz::require(applyPartnerPatch(editablePartnerJson(created), &copy).isEmpty(),
            "the editable JSON of an accepted partner is not an acceptable PATCH");
    }
    Partner patched = basePartner();
    if (applyPartnerPatch(body, &patched).isEmpty())
        (void)partnerPatch(basePartner(), patched);

    FieldErrors errors;
    (void)Partner::fromJson(body, &errors);
    (void)PartnerGroup::fromJson(body, &errors);
    (void)StaffUser::fromJson(body, &errors);
    if (const auto bulk = BulkRequest::fromJson(body, &errors))
        (void)bulk->toJson();
    (void)BulkResult::fromJson(body);

    ProductPool pool;
    if (readProductPool(body, &pool).isEmpty())
        (void)pool.toJson();
    (void)ProductPool::fromJson(body, &errors);
    if (const auto criteria = CatalogCriteria::fromJson(body, &errors))
        (void)criteria->toJson();

    PricingRule rule;
    if (readPricingRule(body, &rule).isEmpty())
        (void)rule.toJson();
    (void)PricingRule::fromJson(body, &errors);

    (void)readOrderRequest(body, &errors);

    // The generic reader with the limits routes pass, on whatever keys the input has.
    JsonFields fields(body, u"body"_qs);
    for (const QString &key : body.keys()) {
        (void)fields.string(key, false, 1, 64);
        (void)fields.integer(key, false, -1000, 1000);
        (void)fields.boolean(key, false);
        (void)fields.stringList(key, false, 10, 16);
        if (const auto nested = fields.object(key, false))
            JsonFields(*nested, key).rejectUnknown();
    }
    fields.rejectReadOnly({u"id"_qs, u"version"_qs});
    fields.rejectUnknown();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(Fuzz::bytes(data, size), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return 0;
    decodeAll(doc.object());
    return 0;
}
