#pragma once

#include <QHash>
#include <QPixmap>
#include <QWidget>

class QHBoxLayout;
class QToolButton;

namespace Kepler {

class ApiError;
class ApiSession;

// A submission's screenshots as thumbnails, fetched from the service (GetScreenshotJob) and kept
// while the page is open, so stepping through the queue does not fetch them again. A click opens
// the ScreenshotViewer on that image.
class ScreenshotStrip : public QWidget
{
    Q_OBJECT

public:
    static constexpr int ThumbnailHeight = 150;

    explicit ScreenshotStrip(ApiSession *session, QWidget *parent = nullptr);

    void setScreenshots(const QStringList &ids, const QString &title);
    QStringList screenshotIds() const { return m_ids; }
    int loadedCount() const;
    void openViewer(int index);

Q_SIGNALS:
    void loaded(); // every screenshot of the current list is there
    void loadFailed(const Kepler::ApiError &error);

private:
    void fetch(const QString &id);
    void showThumbnail(int index);

    ApiSession *m_session;
    QStringList m_ids;
    QString m_title;
    QHash<QString, QPixmap> m_cache;
    QList<QToolButton *> m_buttons;
    QHBoxLayout *m_layout = nullptr;
    quint64 m_generation = 0;
};

} // namespace Kepler
