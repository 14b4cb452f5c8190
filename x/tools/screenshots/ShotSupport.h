#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

class QPixmap;
class QUrl;

namespace Kepler {

class ApiSession;

// What the screenshot scenarios share: waiting with the event loop running (the API answers
// arrive meanwhile), writing <name>-<lang>.png, and a session signed in over HTTP.
template<typename Pred> bool waitUntil(Pred done, int ms = 20000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QCoreApplication::processEvents();
    return done();
}

// Saves outDir/<name>-<lang>.png and prints its path (with " (FAILED)" when it could not).
bool saveShot(const QPixmap &pixmap, const QString &outDir, const QString &name, const QString &lang);

// Signs `user` (demo password) in at `url` and puts the token and the user into `session`.
void signInAs(ApiSession &session, const QUrl &url, const QString &user);

} // namespace Kepler
