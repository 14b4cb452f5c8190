#include "ScreenshotViewer.h"

#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace Kepler {

ScreenshotViewer::ScreenshotViewer(
    const QList<QPixmap> &images, int current, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_images(images)
    , m_title(title)
{
    setObjectName(u"screenshotViewer"_qs);
    auto *layout = new QVBoxLayout(this);
    m_image = new QLabel(this);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setMinimumSize(200, 200);
    m_image->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_caption = new QLabel(this);
    m_caption->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_image, 1);
    layout->addWidget(m_caption);
    resize(720, 820);
    showImage(current);
}

void ScreenshotViewer::showImage(int index)
{
    if (m_images.isEmpty())
        return;
    m_current = qBound(0, index, int(m_images.size()) - 1);
    updateView();
}

void ScreenshotViewer::updateView()
{
    if (m_images.isEmpty())
        return;
    const QPixmap &pixmap = m_images.at(m_current);
    const QSize room = m_image->size();
    // Zoom to fit, but a small image stays sharp at its own size.
    const bool fits = pixmap.width() <= room.width() && pixmap.height() <= room.height();
    if (fits) {
        m_image->setPixmap(pixmap);
    } else {
        // Scaled to device pixels: sharp on a high-DPI screen.
        const qreal dpr = m_image->devicePixelRatioF();
        QPixmap scaled = pixmap.scaled(room * dpr, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        scaled.setDevicePixelRatio(dpr);
        m_image->setPixmap(scaled);
    }
    const QString position = tr("Screenshot %1 of %2").arg(m_current + 1).arg(m_images.size());
    setWindowTitle(tr("%1 — %2").arg(m_title, position));
    m_caption->setText(m_images.size() > 1 ? tr("%1  ·  ← → to step through").arg(position) : position);
}

void ScreenshotViewer::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        showImage(m_current + 1);
        return;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        showImage(m_current - 1);
        return;
    case Qt::Key_Home:
        showImage(0);
        return;
    case Qt::Key_End:
        showImage(int(m_images.size()) - 1);
        return;
    default:
        QDialog::keyPressEvent(event);
    }
}

void ScreenshotViewer::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    updateView();
}

} // namespace Kepler
