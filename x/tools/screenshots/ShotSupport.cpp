#include "ShotSupport.h"

#include "HttpClient.h"
#include "api/ApiSession.h"

#include <QDir>
#include <QJsonObject>
#include <QPixmap>
#include <QTextStream>
#include <QUrl>

namespace Kepler {

bool saveShot(const QPixmap &pixmap, const QString &outDir, const QString &name, const QString &lang)
{
    const QString path = QDir(outDir).filePath(name + u'-' + lang + u".png"_qs);
    const bool ok = pixmap.save(path);
    QTextStream(stdout) << path << (ok ? "" : " (FAILED)") << Qt::endl;
    return ok;
}

void signInAs(ApiSession &session, const QUrl &url, const QString &user)
{
    Test::HttpClient http(url);
    http.login(user, u"kepler-demo"_qs);
    session.setBaseUrl(url);
    session.setToken(http.token());
    if (const auto me
        = StaffUser::fromJson(http.get(u"/api/v1/sessions/current"_qs).object().value(u"user"_qs).toObject()))
        session.setCurrentUser(*me);
}

} // namespace Kepler
