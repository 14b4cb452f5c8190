#pragma once

#include <QDateTime>
#include <QFrame>

class QDateTimeEdit;
class QLabel;
class QPushButton;

namespace Kepler {

// The small popup under "Custom…" of the time range bar: from and to (local time, with a calendar),
// Apply only while from is before to.
class CustomRangePopup : public QFrame
{
    Q_OBJECT

public:
    explicit CustomRangePopup(QWidget *parent = nullptr);

    void setRange(const QDateTime &from, const QDateTime &to);
    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QPushButton *applyButton() const { return m_apply; }

Q_SIGNALS:
    void applied(const QDateTime &from, const QDateTime &to);
    void closed();

protected:
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void validate();
    void retranslate();

    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace Kepler
