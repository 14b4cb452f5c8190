// Partner CSV import (POST /partners/import): the file is decoded as the route does, then every
// readable row goes through the same create / PATCH readers as server/PartnerImport's plan.
#include "FuzzSupport.h"

#include "domain/PartnerCsv.h"
#include "domain/PartnerValidator.h"

using namespace Kepler;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytes(data, size);
    // The route's cap is larger; a small one also exercises the early "too_many" stop.
    const PartnerCsv::Document document = PartnerCsv::decode(bytes, (size % 2) ? 5 : -1);
    if (document.ok()) {
        QList<Partner> accepted;
        for (const PartnerCsv::Row &row : document.rows) {
            Partner partner;
            if (row.id == 0) {
                if (readNewPartner(row.fields, &partner).isEmpty())
                    accepted.append(partner);
            } else {
                partner.id = row.id;
                partner.name = u"x"_qs;
                partner.scenario = u"news_app"_qs;
                (void)applyPartnerPatch(row.fields, &partner);
            }
        }
        // An export of what was accepted is itself an importable file.
        if (!accepted.isEmpty()) {
            const PartnerCsv::Document again = PartnerCsv::decode(PartnerCsv::encode(accepted));
            Fuzz::require(again.ok(), "PartnerCsv::encode wrote a file decode refuses");
            Fuzz::require(
                again.rows.size() == accepted.size(), "PartnerCsv round trip changed the row count");
        }
    }
    int badLine = 0;
    (void)PartnerCsv::parseRecords(QString::fromUtf8(bytes), &badLine, 100);
    return 0;
}
