// URL queries of the list routes: the partner list, the audit log and the catalog filter read by
// their domain parsers, plus the server's shared limit and cursor helpers (server/ListQuery).
#include "FuzzSupport.h"

#include "HttpRequest.h"
#include "ListQuery.h"
#include "PageCursor.h"

#include "domain/AuditQuery.h"
#include "domain/CatalogCriteria.h"
#include "domain/PartnerQuery.h"

#include <QUrlQuery>

using namespace Kepler;
using namespace Kepler::Server;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    HttpRequest request;
    request.method = "GET";
    // As QHttpServerRequest hands it over: the raw query string of the URL, still percent-encoded.
    request.query = QUrlQuery(QString::fromUtf8(Fuzz::bytes(data, size)));
    request.requestId = "fuzz";

    FieldErrors errors;
    const PartnerQuery partners = PartnerQuery::fromUrlQuery(request.query, &errors);
    if (errors.isEmpty()) {
        // The console sends toUrlQuery() and the service parses it: both must agree.
        FieldErrors again;
        const PartnerQuery back = PartnerQuery::fromUrlQuery(partners.toUrlQuery(), &again);
        Fuzz::require(again.isEmpty(), "PartnerQuery::toUrlQuery is refused by fromUrlQuery");
        Fuzz::require(back == partners, "PartnerQuery does not survive toUrlQuery/fromUrlQuery");
    }
    errors.clear();
    (void)AuditQuery::fromUrlQuery(request.query, &errors);
    errors.clear();
    if (const auto criteria = CatalogCriteria::fromUrlQuery(request.query, &errors)) {
        QUrlQuery query;
        criteria->addToUrlQuery(&query);
        FieldErrors again;
        const auto back = CatalogCriteria::fromUrlQuery(query, &again);
        Fuzz::require(back.has_value(), "CatalogCriteria::addToUrlQuery is refused by fromUrlQuery");
        Fuzz::require(*back == *criteria, "CatalogCriteria does not survive addToUrlQuery/fromUrlQuery");
    }

    errors.clear();
    (void)ListQuery::limit(request, 50, 500, &errors);
    if (!errors.isEmpty())
        (void)ListQuery::badQuery(errors, request.requestId);
    std::optional<std::pair<qint64, qint64>> after;
    (void)ListQuery::keysetCursor(request, u"fuzz"_qs, &after);
    (void)PageCursor::decode(request.queryValue(u"cursor"_qs), u"fuzz"_qs);
    return 0;
}
