#include "DatabaseUrl.h"

#include <QDir>
#include <QUrlQuery>

namespace Kepler::Server {

QString DatabaseUrl::display() const
{
    if (!isPostgres())
        return u"sqlite:"_qs + databaseName;
    QString text = u"postgresql://"_qs;
    if (!user.isEmpty())
        text += user + u'@';
    text += host;
    if (port > 0)
        text += u':' + QString::number(port);
    return text + u'/' + databaseName;
}

DatabaseUrl DatabaseUrl::parse(const QString &url, const QString &dataDir, QString *error)
{
    error->clear();
    DatabaseUrl out;
    if (url.isEmpty() || url == u"sqlite:"_qs) {
        out.driver = u"QSQLITE"_qs;
        out.databaseName = QDir(dataDir).filePath(u"kepler.db"_qs);
        return out;
    }
    if (url.startsWith(u"sqlite:"_qs)) {
        out.driver = u"QSQLITE"_qs;
        out.databaseName = url.mid(7);
        if (out.databaseName.startsWith(u"//"_qs)) // sqlite:///abs/path as well as sqlite:/abs/path
            out.databaseName = out.databaseName.mid(2);
        return out;
    }
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != u"postgresql"_qs && parsed.scheme() != u"postgres"_qs)) {
        *error = u"--db wants sqlite:FILE or postgresql://user@host:port/database, not '%1'"_qs.arg(url);
        return out;
    }
    out.driver = u"QPSQL"_qs;
    out.host = parsed.host();
    out.port = parsed.port(-1);
    out.user = parsed.userName();
    out.password = parsed.password();
    out.databaseName = parsed.path().mid(1);
    if (out.databaseName.isEmpty() || out.databaseName.contains(u'/')) {
        *error
            = u"--db %1: name the database after the host, e.g. postgresql://kepler@127.0.0.1:5432/kepler"_qs
                  .arg(parsed.toString(QUrl::RemovePassword));
        return out;
    }
    // libpq's parameters (sslmode, connect_timeout, sslrootcert, ...) pass through as QPSQL options.
    QStringList options;
    const auto items = QUrlQuery(parsed).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items)
        options.append(key + u'=' + value);
    out.connectOptions = options.join(u';');
    return out;
}

} // namespace Kepler::Server
