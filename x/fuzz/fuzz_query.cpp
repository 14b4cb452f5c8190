// URL queries of the list routes: the partner list, the audit log and the catalog filter read by
// their domain parsers, plus the server's shared limit and cursor helpers (server/ListQuery).
#include "FuzzSupport.h"

#include "HttpRequest.h"
#include "ListQuery.h"
#include "PageCursor.h"

#include "domain/AuditQuery.h"
#include "domain/CatalogCriteria.h"
#include "domain/PartnerQuery.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Kepler;
using namespace Kepler::Server;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    HttpRequest request;
    request.method = "GET";
    // As the service gets it: the request target parsed by QUrl, its query handed over as QUrlQuery.
    const QByteArray bytes = Fuzz::bytes(data, size);
    request.query = QUrlQuery(QUrl::fromEncoded("/api/v1/partners?" + bytes));
    request.requestId = "fuzz";
    // Unicode noncharacters (U+FFFF, ...) sent raw survive QUrl's parsing, but QUrl decodes their
    // percent-encoded form to U+FFFD, so they cannot make the round trip below (Qt's behaviour, not
    // ours; found by this target). Such inputs are still parsed, only the round trip is skipped.
    bool nonCharacters = false;
    for (const char32_t c : QString::fromUtf8(bytes).toUcs4())
        nonCharacters = nonCharacters || QChar::isNonCharacter(c);

    FieldErrors errors;
    const PartnerQuery partners = PartnerQuery::fromUrlQuery(request.query, &errors);
    if (errors.isEmpty() && !nonCharacters) {
        // The console sends toUrlQuery() and the service parses it: both must agree. The cursor
        // the console sends is one the service handed out (anything else is refused when decoded).
        PartnerQuery sent = partners;
        if (!sent.cursor.isEmpty())
            sent.cursor = PageCursor::encode(50, u"fuzz"_qs);
        FieldErrors again;
        const PartnerQuery back = PartnerQuery::fromUrlQuery(sent.toUrlQuery(), &again);
        Fuzz::require(again.isEmpty(), "PartnerQuery::toUrlQuery is refused by fromUrlQuery");
        Fuzz::require(back == sent, "PartnerQuery does not survive toUrlQuery/fromUrlQuery");
    }
    errors.clear();
    (void)AuditQuery::fromUrlQuery(request.query, &errors);
    errors.clear();
    if (const auto criteria = CatalogCriteria::fromUrlQuery(request.query, &errors);
        criteria && !nonCharacters) {
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
