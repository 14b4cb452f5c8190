#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QHBoxLayout;
class QToolButton;

namespace Kepler {

// An inline message strip above content (like KDE's KMessageWidget): says what happened and
// offers the next step as buttons, without a modal dialog stealing the user's typing.
class MessageBar : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Information, Positive, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    // Adds a button to the current message; removed with the message.
    QToolButton *addAction(const QString &text, std::function<void()> onTriggered);
    void clear();

    QString text() const;
    Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyPalette();
    void retranslate();
    // Buttons beside a message that fits on one line with them; below it otherwise, so a long
    // message wraps over the bar's whole width instead of one word per line.
    void placeActions();

    Kind m_kind = Kind::Information;
    QLabel *m_icon = nullptr;
    QLabel *m_label = nullptr;
    QGridLayout *m_grid = nullptr;
    QWidget *m_actionBox = nullptr;
    QHBoxLayout *m_actions = nullptr;
    bool m_actionsBelow = false;
    QToolButton *m_close = nullptr;
};

} // namespace Kepler
