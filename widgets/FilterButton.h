#pragma once

#include <QToolButton>

namespace Kepler {

// A drop-down of checkable choices ("any of"), showing what is picked on the button itself,
// e.g. "Status: Active, Suspended". Choices carry wire codes; labels are translated text.
// Long picks never widen a toolbar past the screen: the button asks for at most MaxTextChars
// average characters, can shrink to its title, shows what fits (the whole text, "Status: 2 selected",
// or the text cut with "…") and the whole text in its tooltip; text() stays whole.
class FilterButton : public QToolButton
{
    Q_OBJECT

public:
    explicit FilterButton(QWidget *parent = nullptr);

    static constexpr int MaxTextChars = 18;

    void setTitle(const QString &title);
    // (code, label) pairs; keeps the checked codes that still exist.
    void setChoices(const QList<std::pair<QString, QString>> &choices);
    QStringList selectedCodes() const;
    void setSelectedCodes(const QStringList &codes);
    void clearSelection();
    // The text as painted at the button's current width.
    QString shownText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void selectionChanged(const QStringList &codes);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateText();
    void updateToolTip();
    // The button's width beside its text: margins, frame, the menu arrow.
    int chromeWidth() const;

    QString m_title;
    int m_selectedCount = 0;
};

} // namespace Kepler
