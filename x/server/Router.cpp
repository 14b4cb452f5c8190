#include "Router.h"

namespace Kepler::Server {

void Router::add(Route route)
{
    const QStringList segments = route.pattern.split(u'/', Qt::SkipEmptyParts);
    m_entries.push_back({std::move(route), segments});
}

QList<const Route *> Router::routes() const
{
    QList<const Route *> all;
    all.reserve(qsizetype(m_entries.size()));
    for (const Entry &e : m_entries)
        all.append(&e.route);
    return all;
}

void Router::add(QByteArray method, QString pattern, Access access, Handler handler)
{
    Route route;
    route.method = std::move(method);
    route.pattern = std::move(pattern);
    route.access = access;
    route.handler = std::move(handler);
    add(std::move(route));
}

bool Router::matchSegments(
    const QStringList &pattern, const QStringList &path, QHash<QString, QString> *params)
{
    if (pattern.size() != path.size())
        return false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QString &p = pattern.at(i);
        if (p.startsWith(u'{') && p.endsWith(u'}')) {
            if (path.at(i).isEmpty())
                return false;
            params->insert(p.mid(1, p.size() - 2), path.at(i));
        } else if (const qsizetype close = p.indexOf(u"}:"_qs); p.startsWith(u'{') && close > 0) {
            // "{id}:preview" (a custom method on a resource, AIP-136 style): the segment must end
            // in ":preview" and what comes before it is the parameter.
            const QString suffix = p.mid(close + 1);
            const QString &segment = path.at(i);
            if (!segment.endsWith(suffix) || segment.size() == suffix.size())
                return false;
            params->insert(p.mid(1, close - 1), segment.left(segment.size() - suffix.size()));
        } else if (p != path.at(i)) {
            return false;
        }
    }
    return true;
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    // A trailing slash is not a different resource; "//" segments are not either.
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    Match result;
    for (const Entry &e : m_entries) {
        QHash<QString, QString> params;
        if (!matchSegments(e.segments, segments, &params))
            continue;
        if (e.route.method == method) {
            result.route = &e.route;
            result.params = std::move(params);
            result.allowedMethods.clear();
            return result;
        }
        if (!result.allowedMethods.contains(e.route.method))
            result.allowedMethods.append(e.route.method);
    }
    return result;
}

} // namespace Kepler::Server
