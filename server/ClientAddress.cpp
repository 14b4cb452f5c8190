#include "ClientAddress.h"

#include <cctype>
#include <tuple>

namespace Kepler::Server {
namespace {

QHostAddress unmapped(const QHostAddress &address)
{
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address;
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    return mapped ? QHostAddress(v4) : address;
}

bool isPort(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 5)
        return false;
    for (const char c : text)
        if (c < '0' || c > '9')
            return false;
    return text.toInt() <= 65535;
}

// `text` cut at every `separator`; with `quotes`, only outside quoted strings (RFC 7239 values may
// be quoted). An unterminated quote makes it all malformed (*ok false): were it read, a client's
// `for=…;x="` would swallow the element the proxy appends after it, and choose the address.
QList<QByteArrayView> split(QByteArrayView text, char separator, bool quotes, bool *ok)
{
    QList<QByteArrayView> pieces;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (quotes && text[i] == '"')
            quoted = !quoted;
        else if (text[i] == separator && !quoted) {
            pieces << text.sliced(start, i - start);
            start = i + 1;
        }
    }
    pieces << text.sliced(start);
    *ok = !quoted;
    return pieces;
}

// The `for=` of one element of a Forwarded header ("for=192.0.2.60;proto=https;by=…",
// `for="[2001:db8::17]:4711"`); null when it has none or it is not an address.
QHostAddress forwardedFor(QByteArrayView element)
{
    bool ok = true;
    const QList<QByteArrayView> pairs = split(element, ';', true, &ok);
    if (!ok)
        return {};
    for (const QByteArrayView pair : pairs) {
        const qsizetype equals = pair.indexOf('=');
        if (equals < 0 || pair.first(equals).trimmed().compare("for", Qt::CaseInsensitive) != 0)
            continue;
        QByteArrayView value = pair.sliced(equals + 1).trimmed();
        if (value.startsWith('"')) {
            if (value.size() < 2 || !value.endsWith('"'))
                return {};
            value = value.sliced(1, value.size() - 2);
            if (value.contains('"') || value.contains('\\'))
                return {};
        }
        return ClientAddress::parseHop(value);
    }
    return {};
}

} // namespace

std::optional<TrustedProxies> TrustedProxies::parse(const QStringList &entries, QString *error)
{
    TrustedProxies result;
    for (const QString &entry : entries) {
        for (const QString &piece : entry.split(u',')) {
            const QString text = piece.trimmed();
            if (text.isEmpty())
                continue;
            QHostAddress network;
            int length = -1;
            if (text.contains(u'/')) {
                std::tie(network, length) = QHostAddress::parseSubnet(text);
            } else if (network.setAddress(text)) {
                network = unmapped(network);
                length = network.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
            }
            if (network.isNull() || length < 0) {
                *error = u"wants IP addresses or subnets (127.0.0.1, 10.0.0.0/8, ::1, "
                         u"2001:db8::/32), not '%1'"_qs.arg(text);
                return std::nullopt;
            }
            result.m_subnets.append({network, length});
        }
    }
    return result;
}

bool TrustedProxies::contains(const QHostAddress &address) const
{
    const QHostAddress plain = unmapped(address);
    for (const auto &[network, length] : m_subnets)
        if (plain.isInSubnet(network, length))
            return true;
    return false;
}

QStringList TrustedProxies::toStringList() const
{
    QStringList out;
    for (const auto &[network, length] : m_subnets)
        out << u"%1/%2"_qs.arg(network.toString()).arg(length);
    return out;
}

namespace ClientAddress {

QString display(const QHostAddress &address)
{
    QHostAddress plain = unmapped(address);
    plain.setScopeId({});
    return plain.toString();
}

QHostAddress parseHop(QByteArrayView text)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 64)
        return {};
    QByteArrayView host = text;
    if (text.startsWith('[')) { // "[IPv6]" or "[IPv6]:port"
        const qsizetype close = text.indexOf(']');
        if (close < 0)
            return {};
        host = text.sliced(1, close - 1);
        const QByteArrayView rest = text.sliced(close + 1);
        if (!host.contains(':') || (!rest.isEmpty() && !(rest.startsWith(':') && isPort(rest.sliced(1)))))
            return {};
    } else if (text.count(':') == 1) { // "IPv4:port" (an IPv6 address has at least two colons)
        const qsizetype colon = text.indexOf(':');
        if (!isPort(text.sliced(colon + 1)))
            return {};
        host = text.first(colon);
    }
    for (const char c : host)
        if (!(std::isxdigit(static_cast<unsigned char>(c)) || c == ':' || c == '.'))
            return {}; // no names, scopes ("%eth0"), "unknown", obfuscated "_hidden"
    QHostAddress address;
    if (!address.setAddress(QString::fromLatin1(host)))
        return {};
    // Only the dotted quad: Qt also reads "1.2.3" and other inet_aton forms no proxy writes.
    if (address.protocol() == QAbstractSocket::IPv4Protocol && address.toString().toLatin1() != host)
        return {};
    return unmapped(address);
}

QString resolve(const QHostAddress &peer, const QList<QByteArray> &xForwardedFor,
    const QList<QByteArray> &forwarded, const TrustedProxies &trusted)
{
    const QHostAddress from = unmapped(peer);
    if (trusted.isEmpty() || !trusted.contains(from))
        return display(from);
    const bool useForwarded = xForwardedFor.isEmpty();
    QList<QByteArrayView> hops; // in order, the proxy nearest to us last
    for (const QByteArray &line : useForwarded ? forwarded : xForwardedFor) {
        bool ok = true;
        hops << split(line, ',', useForwarded, &ok);
        if (!ok)
            return display(from);
    }
    if (hops.isEmpty())
        return display(from);
    QHostAddress client;
    for (qsizetype i = hops.size() - 1, read = 0; i >= 0; --i) {
        if (++read > MaxHops)
            return display(from);
        const QHostAddress hop = useForwarded ? forwardedFor(hops[i]) : parseHop(hops[i]);
        if (hop.isNull())
            return display(from);
        client = hop;
        if (!trusted.contains(hop))
            break;
    }
    return display(client);
}

} // namespace ClientAddress

} // namespace Kepler::Server
