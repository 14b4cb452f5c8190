#include "CreateOnce.h"

#include <QUuid>

namespace Kepler::Test {

QString checkCreateOnce(
    HttpClient &client, const QString &path, const QJsonObject &body, const QJsonObject &other, qint64 *id)
{
    const Headers key {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}};
    const auto said = [](const char *what, const HttpResult &r) {
        return u"%1: HTTP %2 %3"_qs.arg(QString::fromLatin1(what))
            .arg(r.status)
            .arg(QString::fromUtf8(r.body));
    };
    const HttpResult first = client.request("POST", path, body, key);
    *id = first.object().value(u"id"_qs).toInteger();
    if (first.status != 201 || *id <= 0)
        return said("first create", first);
    const HttpResult again = client.request("POST", path, body, key);
    if (again.status != 201 || again.header("idempotent-replayed") != "true"
        || again.object().value(u"id"_qs).toInteger() != *id)
        return said("the same key and body again (expected the first answer replayed)", again);
    const HttpResult reused = client.request("POST", path, other, key);
    if (reused.status != 422 || reused.code() != u"idempotency_key_reused"_qs)
        return said("the key with another body (expected 422 idempotency_key_reused)", reused);
    return {};
}

} // namespace Kepler::Test
