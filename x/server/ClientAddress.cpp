#include "ClientAddress.h"

#include <cctype>
#include <optional>
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

// The comma-separated pieces of a header's lines, the last first, found by scanning back from the
// end: a hop is read only when every hop right of it was a trusted proxy, so a header of megabytes
// (Qt passes them on; the 431 comes later) costs one pass and no list. With `quotes` (Forwarded),
// commas inside quoted strings do not separate; a line with an odd number of quotes makes the
// whole header malformed (balanced() false): were it read, a client's `for=…;x="` would swallow
// the element the proxy appends after it, and choose the address.
class HopsFromRight
{
public:
    HopsFromRight(const QList<QByteArray> &lines, bool quotes)
        : m_lines(lines)
        , m_quotes(quotes)
        , m_line(lines.size() - 1)
        , m_end(lines.isEmpty() ? -1 : lines.last().size())
    {
    }

    bool balanced() const
    {
        for (const QByteArray &line : m_lines)
            if (m_quotes && line.count('"') % 2 != 0)
                return false;
        return true;
    }

    std::optional<QByteArrayView> next()
    {
        while (m_line >= 0 && m_end < 0) {
            if (--m_line >= 0)
                m_end = m_lines.at(m_line).size();
        }
        if (m_line < 0)
            return std::nullopt;
        const QByteArrayView line(m_lines.at(m_line));
        bool quoted = false; // balanced lines: the same seen from the right as from the left
        qsizetype i = m_end - 1;
        for (; i >= 0; --i) {
            if (m_quotes && line[i] == '"')
                quoted = !quoted;
            else if (line[i] == ',' && !quoted)
                break;
        }
        const QByteArrayView piece = line.sliced(i + 1, m_end - i - 1);
        m_end = i; // -1: this line is done
        return piece;
    }

private:
    const QList<QByteArray> &m_lines;
    const bool m_quotes;
    qsizetype m_line;
    qsizetype m_end; // the current line's unread part is [0, m_end)
};

// The `for=` of one element of a Forwarded header ("for=192.0.2.60;proto=https;by=…",
// `for="[2001:db8::17]:4711"`); null when it has none or it is not an address.
QHostAddress forwardedFor(QByteArrayView element)
{
    if (element.size() > 1024) // for, by, host, proto: far less
        return {};
    bool quoted = false;
    qsizetype start = 0;
    QList<QByteArrayView> pairs;
    for (qsizetype i = 0; i <= element.size(); ++i) {
        if (i < element.size() && element[i] == '"')
            quoted = !quoted;
        else if (i == element.size() || (element[i] == ';' && !quoted)) {
            pairs << element.sliced(start, i - start);
            start = i + 1;
        }
    }
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
    HopsFromRight hops(useForwarded ? forwarded : xForwardedFor, useForwarded);
    if (!hops.balanced())
        return display(from);
    QHostAddress client = from; // no header: the peer
    for (int read = 0; const auto piece = hops.next();) {
        if (++read > MaxHops)
            return display(from);
        const QHostAddress hop = useForwarded ? forwardedFor(*piece) : parseHop(*piece);
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
