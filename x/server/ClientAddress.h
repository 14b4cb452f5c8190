#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace Kepler::Server {

// The reverse proxies whose word on the client's address is believed (--trusted-proxy,
// $KEPLER_TRUSTED_PROXIES; docs/operations.md "Several instances behind nginx"): addresses and
// CIDR subnets, IPv4 and IPv6. Empty (the default): none, every forwarding header is ignored.
class TrustedProxies
{
public:
    // Each entry is an address ("127.0.0.1", "::1") or a subnet ("10.0.0.0/8", "2001:db8::/32"),
    // or a comma-separated list of them. nullopt, and *error ("wants …, not 'x'"), when one is neither.
    static std::optional<TrustedProxies> parse(const QStringList &entries, QString *error);

    bool isEmpty() const { return m_subnets.isEmpty(); }
    // An IPv4 address mapped into IPv6 (a dual-stack socket's "::ffff:10.0.0.1") counts as IPv4.
    bool contains(const QHostAddress &address) const;
    QStringList toStringList() const; // "127.0.0.1/32", … for the start-up log

private:
    QList<std::pair<QHostAddress, int>> m_subnets;
};

// Who the client is, for everything that records or keys on it (the sessions' address, the
// sign-in's audit line). The connection's peer, unless that peer is a trusted proxy: then the
// proxy's forwarding header names the client. X-Forwarded-For (one or more lines, comma-separated
// hops, the nearest on the right) is read from the right, skipping hops that are trusted proxies
// themselves; the first untrusted hop is the client (whatever a client wrote to the left of it is
// never read, so it cannot choose its address). When every hop is trusted, the leftmost is. Only
// without X-Forwarded-For is `Forwarded` (RFC 7239) read the same way, by its `for=` parameters.
// A hop that is not an IP address ("unknown", "_hidden", garbage, an empty hop), an unclosed quote
// or an element over 1 KiB in Forwarded, more than MaxHops hops read, or no header at all: the
// peer's address. Only the hops right of the client are read (one backward pass, no copy), so a
// header's size costs nothing more. Never throws.
namespace ClientAddress {

constexpr int MaxHops = 32;

QString resolve(const QHostAddress &peer, const QList<QByteArray> &xForwardedFor,
    const QList<QByteArray> &forwarded, const TrustedProxies &trusted);

// An IP address as shown and stored: IPv4 mapped into IPv6 as plain IPv4, IPv6 without a scope.
QString display(const QHostAddress &address);

// One hop as a proxy writes it: "192.0.2.1", "192.0.2.1:4711", "2001:db8::1", "[2001:db8::1]",
// "[2001:db8::1]:4711"; null for anything else.
QHostAddress parseHop(QByteArrayView text);

} // namespace ClientAddress

} // namespace Kepler::Server
