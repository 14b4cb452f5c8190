#pragma once

#include <QDialog>
#include <QList>
#include <QPixmap>

class QLabel;

namespace Kepler {

// A submission's screenshots full size, one at a time: scaled to fit the window (never blown up
// beyond 100 %), Left/Right (or PageUp/PageDown) step through them, Escape closes.
class ScreenshotViewer : public QDialog
{
    Q_OBJECT

public:
    ScreenshotViewer(
        const QList<QPixmap> &images, int current, const QString &title, QWidget *parent = nullptr);

    int current() const { return m_current; }
    void showImage(int index);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateView();

    QList<QPixmap> m_images;
    int m_current = 0;
    QString m_title;
    QLabel *m_image = nullptr;
    QLabel *m_caption = nullptr;
};

} // namespace Kepler
