#include "ScreenshotStrip.h"

#include "ScreenshotViewer.h"
#include "api/GetScreenshotJob.h"

#include <QHBoxLayout>
#include <QToolButton>

namespace Kepler {

ScreenshotStrip::ScreenshotStrip(ApiSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addStretch(1);
}

void ScreenshotStrip::setScreenshots(const QStringList &ids, const QString &title)
{
    ++m_generation;
    m_title = title;
    m_ids = ids;
    qDeleteAll(m_buttons);
    m_buttons.clear();
    for (int i = 0; i < ids.size(); ++i) {
        auto *button = new QToolButton(this);
        button->setObjectName(u"screenshot%1"_qs.arg(i));
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        button->setAutoRaise(true);
        button->setFixedSize(ThumbnailHeight * 9 / 16 + 8, ThumbnailHeight + 8);
        button->setText(tr("Loading…"));
        button->setToolTip(tr("Screenshot %1 of %2: click to open full size").arg(i + 1).arg(ids.size()));
        connect(button, &QToolButton::clicked, this, [this, i] { openViewer(i); });
        m_layout->insertWidget(i, button);
        m_buttons.append(button);
        if (m_cache.contains(ids.at(i)))
            showThumbnail(i);
        else
            fetch(ids.at(i));
    }
    if (loadedCount() == ids.size())
        Q_EMIT loaded();
}

int ScreenshotStrip::loadedCount() const
{
    int n = 0;
    for (const QString &id : m_ids)
        n += m_cache.contains(id) ? 1 : 0;
    return n;
}

void ScreenshotStrip::fetch(const QString &id)
{
    auto *job = new GetScreenshotJob(m_session, id);
    const quint64 generation = m_generation;
    connect(job, &GetScreenshotJob::finished, this,
        [this, generation](const QString &shotId, const QByteArray &bytes, const QByteArray &type) {
            QPixmap pixmap;
            if (!pixmap.loadFromData(bytes, type == "image/png" ? "PNG" : "JPEG"))
                pixmap.loadFromData(bytes);
            m_cache.insert(shotId, pixmap);
            if (generation != m_generation)
                return;
            for (int i = 0; i < m_ids.size(); ++i)
                if (m_ids.at(i) == shotId)
                    showThumbnail(i);
            if (loadedCount() == m_ids.size())
                Q_EMIT loaded();
        });
    connect(job, &GetScreenshotJob::failed, this, [this, generation](const ApiError &error) {
        if (generation == m_generation && error.kind != ApiError::Kind::Cancelled)
            Q_EMIT loadFailed(error);
    });
    job->start();
}

void ScreenshotStrip::showThumbnail(int index)
{
    QToolButton *button = m_buttons.value(index);
    const QPixmap pixmap = m_cache.value(m_ids.value(index));
    if (!button || pixmap.isNull())
        return;
    // Scaled to device pixels, so the thumbnail is sharp on a high-DPI screen too.
    const qreal dpr = button->devicePixelRatioF();
    QPixmap thumb
        = pixmap.scaled((button->size() - QSize(8, 8)) * dpr, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    thumb.setDevicePixelRatio(dpr);
    button->setIcon(QIcon(thumb));
    button->setIconSize(thumb.deviceIndependentSize().toSize());
}

void ScreenshotStrip::openViewer(int index)
{
    QList<QPixmap> images;
    int current = 0;
    for (int i = 0; i < m_ids.size(); ++i) {
        const QPixmap pixmap = m_cache.value(m_ids.at(i));
        if (pixmap.isNull())
            continue;
        if (i == index)
            current = int(images.size());
        images.append(pixmap);
    }
    if (images.isEmpty())
        return;
    auto *viewer = new ScreenshotViewer(images, current, m_title, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->open();
}

} // namespace Kepler
