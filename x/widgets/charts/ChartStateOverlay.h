#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Kepler {

class BusySpinner;

// What covers a chart while it has nothing right to show: "Loading…" with a spinner over a veiled
// chart (the old data stays faintly visible, so a refresh does not flash), the error in words with
// Retry, or "No data in this range" over the bare axes. Mouse events pass through except on Retry.
class ChartStateOverlay : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { None, Loading, Error, Empty };

    explicit ChartStateOverlay(QWidget *parent = nullptr);

    void showState(Kind kind, const QString &message = {});
    Kind kind() const { return m_kind; }
    QString text() const;
    QPushButton *retryButton() const { return m_retry; }

Q_SIGNALS:
    void retryRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fitLabel();

    Kind m_kind = Kind::None;
    QString m_message;
    BusySpinner *m_spinner = nullptr;
    QLabel *m_label = nullptr;
    QPushButton *m_retry = nullptr;
};

} // namespace Kepler
