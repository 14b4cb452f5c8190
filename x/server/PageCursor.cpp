#include "PageCursor.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kepler::Server::PageCursor {
namespace {

QString fingerprint(const QString &selection)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(selection.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
}

constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

QString encode(qint64 offset, const QString &selection)
{
    const QJsonObject o {{u"o"_qs, offset}, {u"f"_qs, fingerprint(selection)}};
    return QString::fromLatin1(QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64(kBase64));
}

std::optional<qint64> decode(const QString &cursor, const QString &selection)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(*decoded).object();
    const QJsonValue offset = o.value(u"o"_qs);
    // A whole number a double holds exactly: a forged 1e19 would overflow qint64 (undefined
    // behaviour, INT64_MIN on x86) and page from a negative offset.
    constexpr double MaxOffset = 9007199254740992.0; // 2^53
    const double value = offset.toDouble();
    if (!offset.isDouble() || value < 0 || value > MaxOffset || value != double(qint64(value))
        || o.value(u"f"_qs).toString() != fingerprint(selection))
        return std::nullopt;
    return qint64(value);
}

QJsonValue next(qint64 offset, qsizetype count, qint64 total, const QString &selection)
{
    const qint64 nextOffset = offset + count;
    if (count == 0 || nextOffset >= total)
        return QJsonValue(QJsonValue::Null);
    return encode(nextOffset, selection);
}

QString encodeKeyset(qint64 key, qint64 id, const QString &selection)
{
    // Strings, not JSON numbers: a 64-bit key must survive the trip through a double.
    const QJsonObject o {
        {u"k"_qs, QString::number(key)}, {u"i"_qs, QString::number(id)}, {u"f"_qs, fingerprint(selection)}};
    return QString::fromLatin1(QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64(kBase64));
}

std::optional<std::pair<qint64, qint64>> decodeKeyset(const QString &cursor, const QString &selection)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(*decoded).object();
    bool keyOk = false, idOk = false;
    const qint64 key = o.value(u"k"_qs).toString().toLongLong(&keyOk);
    const qint64 id = o.value(u"i"_qs).toString().toLongLong(&idOk);
    if (!keyOk || !idOk || o.value(u"f"_qs).toString() != fingerprint(selection))
        return std::nullopt;
    return std::pair {key, id};
}

} // namespace Kepler::Server::PageCursor
