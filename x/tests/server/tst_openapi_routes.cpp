// The API contract and the code agree: every route the service registers (AllRoutes::registerAll,
// the very table kepler-platform serves) is described in docs/api/openapi.yaml with the same method
// and path template, the description lists no route the service does not have, and each
// operation's `x-access` says who may call it exactly as the route's Access does (and its
// `security` agrees: none for public routes, the partner signature for the gateway).
//
// The YAML is read line by line: the file's layout is ours (the comment at its top), so a full
// YAML parser would be a heavy dependency for reading two levels of keys. The layout itself is
// checked (a method key outside a path, an operation without x-access fail the test), so a
// reformatted file cannot make this test pass by reading nothing.
#include "server/AllRoutes.h"
#include "server/Router.h"

#include "domain/Role.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Kepler;
using namespace Kepler::Server;

namespace {

struct Described
{
    QString access; // the x-access value as written: public, staff, partner, or a role list
    // The operation's own `security:` value: "" (the document's bearer token), "[]" (none), or the
    // partner signature (the `partnerSigned` anchor, defined once and aliased by every gateway route).
    QString security;
    int line = 0;
};

struct Description
{
    QMap<QString, Described> operations; // "GET /api/v1/partners"
    QStringList layoutErrors;
};

QString unquote(QString key)
{
    if (key.size() >= 2 && (key.startsWith(u'\'') || key.startsWith(u'"')) && key.back() == key.front())
        return key.mid(1, key.size() - 2);
    return key;
}

// Reads the keys under the top-level `paths:`: a path at indent 2 ("  /api/v1/x:" or quoted),
// its methods at indent 4, and each operation's "x-access:" at indent 6.
Description readDescription(const QString &fileName)
{
    Description d;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        d.layoutErrors << u"cannot open %1"_qs.arg(fileName);
        return d;
    }
    static const QSet<QString> methods {
        u"get"_qs, u"put"_qs, u"post"_qs, u"patch"_qs, u"delete"_qs, u"head"_qs, u"options"_qs, u"trace"_qs};
    static const QRegularExpression keyLine(u"^( *)([^ #][^:]*(?::[^ :][^:]*)*):(?: (.*))?$"_qs);
    bool inPaths = false;
    QString path;
    QString operation;
    int lineNo = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        ++lineNo;
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        const auto m = keyLine.match(line);
        const qsizetype lead = line.indexOf(line.trimmed()); // the indent
        if (lead == 0) {
            inPaths = line.startsWith(u"paths:"_qs);
            path.clear();
            operation.clear();
            continue;
        }
        if (!inPaths || !m.hasMatch())
            continue;
        const QString key = unquote(m.captured(2).trimmed());
        if (lead == 2) {
            if (!key.startsWith(u'/'))
                d.layoutErrors << u"line %1: a key under paths: that is not a path: %2"_qs.arg(lineNo).arg(
                    key);
            path = key;
            operation.clear();
        } else if (lead == 4) {
            operation.clear();
            if (methods.contains(key)) {
                operation = key.toUpper() + u' ' + path;
                if (d.operations.contains(operation))
                    d.layoutErrors << u"line %1: %2 described twice"_qs.arg(lineNo).arg(operation);
                d.operations.insert(operation, Described {QString(), QString(), lineNo});
            } else if (key != u"parameters"_qs && key != u"summary"_qs && key != u"description"_qs) {
                d.layoutErrors << u"line %1: unexpected key '%2' under %3"_qs.arg(lineNo).arg(key, path);
            }
        } else if (lead == 6 && !operation.isEmpty() && key == u"x-access"_qs) {
            d.operations[operation].access = m.captured(3).trimmed();
        } else if (lead == 6 && !operation.isEmpty() && key == u"security"_qs) {
            d.operations[operation].security = m.captured(3).trimmed();
        }
    }
    for (auto it = d.operations.cbegin(); it != d.operations.cend(); ++it) {
        if (it->access.isEmpty())
            d.layoutErrors << u"line %1: %2 has no x-access"_qs.arg(it->line).arg(it.key());
    }
    return d;
}

// The x-access value a route's Access is described with.
QString accessText(const Access &access)
{
    if (access.partnerSigned)
        return u"partner"_qs;
    if (!access.requiresLogin)
        return u"public"_qs;
    if (!access.roles)
        return u"staff"_qs;
    return u"["_qs + rolesToStrings(access.roles).join(u", "_qs) + u"]"_qs;
}

// The security requirement an x-access needs: a public route overrides the document's bearer token
// with none, a gateway route with the four signature headers, a staff route keeps the default.
QString expectedSecurity(const QString &access)
{
    if (access == u"public"_qs)
        return u"[]"_qs;
    if (access == u"partner"_qs)
        return u"partnerSigned"_qs;
    return QString();
}

QString securityOf(const QString &written)
{
    if (written == u"*partnerSigned"_qs || written == u"&partnerSigned"_qs)
        return u"partnerSigned"_qs;
    return written;
}

// "[admin, operator]" and "[operator, admin]" name the same roles.
QString normalisedAccess(const QString &text)
{
    if (!text.startsWith(u'['))
        return text;
    QStringList names = text.mid(1, text.size() - 2).split(u',', Qt::SkipEmptyParts);
    for (QString &n : names)
        n = n.trimmed();
    names.sort();
    return u"["_qs + names.join(u", "_qs) + u"]"_qs;
}

} // namespace

class tst_OpenApiRoutes : public QObject
{
    Q_OBJECT

private:
    QMap<QString, QString> m_registered; // "GET /api/v1/partners" -> access
    Description m_described;

private Q_SLOTS:
    void initTestCase()
    {
        Router router;
        AllRoutes::registerAll(router); // as kepler-platform serves, without the benchmark-only routes
        for (const Route *route : router.routes()) {
            const QString key = QString::fromLatin1(route->method) + u' ' + route->pattern;
            QVERIFY2(!m_registered.contains(key), qPrintable(u"registered twice: "_qs + key));
            m_registered.insert(key, accessText(route->access));
        }
        QVERIFY2(m_registered.size() > 50, "the route table looks empty");
        m_described = readDescription(QStringLiteral(KEPLER_OPENAPI_YAML));
    }

    void descriptionFollowsTheLayout()
    {
        QVERIFY2(m_described.layoutErrors.isEmpty(), qPrintable(m_described.layoutErrors.join(u'\n')));
    }

    void everyRegisteredRouteIsDescribedAndNoOther()
    {
        const QSet<QString> registered(m_registered.keyBegin(), m_registered.keyEnd());
        const QSet<QString> described(m_described.operations.keyBegin(), m_described.operations.keyEnd());
        QStringList missing = (registered - described).values();
        QStringList extra = (described - registered).values();
        missing.sort();
        extra.sort();
        QString report;
        if (!missing.isEmpty())
            report += u"\nregistered by the service but not in docs/api/openapi.yaml:\n  "_qs
                + missing.join(u"\n  "_qs);
        if (!extra.isEmpty())
            report += u"\nin docs/api/openapi.yaml but not registered by the service:\n  "_qs
                + extra.join(u"\n  "_qs);
        QVERIFY2(report.isEmpty(), qPrintable(report));
        qInfo("%lld operations on %lld paths, registered and described alike", qlonglong(registered.size()),
            qlonglong([&] {
                QSet<QString> paths;
                for (const QString &k : registered)
                    paths.insert(k.section(u' ', 1));
                return paths.size();
            }()));
    }

    void accessMatchesTheRoutes()
    {
        QStringList wrong;
        for (auto it = m_registered.cbegin(); it != m_registered.cend(); ++it) {
            const auto d = m_described.operations.constFind(it.key());
            if (d == m_described.operations.cend())
                continue; // reported by everyRegisteredRouteIsDescribedAndNoOther
            if (normalisedAccess(d->access) != normalisedAccess(it.value()))
                wrong << u"%1 (line %2): x-access %3, the route allows %4"_qs.arg(it.key()).arg(d->line).arg(
                    d->access, it.value());
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(u"\n"_qs + wrong.join(u'\n')));
    }

    // x-access is our note; `security` is what OpenAPI tools read: they must say the same.
    void securityMatchesTheAccess()
    {
        QStringList wrong;
        for (auto it = m_described.operations.cbegin(); it != m_described.operations.cend(); ++it) {
            const QString expected = expectedSecurity(it->access);
            if (securityOf(it->security) != expected)
                wrong << u"%1 (line %2): x-access %3 wants security '%4', the description has '%5'"_qs
                             .arg(it.key())
                             .arg(it->line)
                             .arg(it->access, expected, it->security);
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(u"\n"_qs + wrong.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(tst_OpenApiRoutes)
#include "tst_openapi_routes.moc"
