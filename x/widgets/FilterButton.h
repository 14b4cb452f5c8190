#pragma once

#include <QToolButton>

namespace Kepler {

// A drop-down of checkable choices ("any of"), showing what is picked on the button itself,
// e.g. "Status: Active, Suspended". Choices carry wire codes; labels are translated text.
class FilterButton : public QToolButton
{
    Q_OBJECT

public:
    explicit FilterButton(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    // (code, label) pairs; keeps the checked codes that still exist.
    void setChoices(const QList<std::pair<QString, QString>> &choices);
    QStringList selectedCodes() const;
    void setSelectedCodes(const QStringList &codes);
    void clearSelection();

Q_SIGNALS:
    void selectionChanged(const QStringList &codes);

private:
    void updateText();

    QString m_title;
};

} // namespace Kepler
