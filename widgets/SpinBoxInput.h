#pragma once

#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QValidator>

#include <functional>

class QAbstractSpinBox;
class QLabel;

namespace Kepler {

// What a bounded spin box (BoundedSpinBox, BoundedDoubleSpinBox) knows about the text typed into
// it, and says about it. A plain QSpinBox rejects the keystroke that leaves its range and clamps on
// focus out, so "250" in a 0–100 % field silently becomes 25 %; a bounded one keeps "250", marks
// itself and says, in words, what the limit is. Owners ask hasProblem() before they save.
//
//   box->input()->setLimitMessages(tr("Commission cannot be negative."),
//                                  tr("Commission can be at most %1."));  // %1: "100.00 %"
//   layout->addWidget(box->input()->messageLabel());  // under the field; hidden while all is well
//   connect(box->input(), &SpinBoxInput::problemChanged, this, &Editor::onEdited);
class SpinBoxInput : public QObject
{
    Q_OBJECT

public:
    enum class Problem { None, NotANumber, NotWhole, TooManyDecimals, BelowMinimum, AboveMaximum };

    // What a spin box's clean text (prefix, suffix and spaces off) means under its limits.
    struct Limits
    {
        double minimum = 0;
        double maximum = 0;
        int decimals = 0;
        QString minimumText; // as the field shows them, with the unit: "100.00 %"
        QString maximumText;
    };
    // What the spin box shows now: its clean text, locale and limits.
    struct Reading
    {
        QString cleanText;
        QLocale locale;
        Limits limits;
    };
    static Problem problemOf(const Reading &reading);
    // A number as a person writes one (sign, digits, the locale's decimal point and group
    // separators), whatever its size or decimals: kept as typed, so it can be answered in words.
    static bool looksLikeNumber(const QString &cleanText, const QLocale &locale);

    SpinBoxInput(QAbstractSpinBox *box, std::function<Reading()> read);

    // The sentences for a number below the minimum and above the maximum; "%1" in them is the
    // limit as the field shows it. Empty: "Enter at least %1." / "Enter at most %1.".
    void setLimitMessages(const QString &belowMinimum, const QString &aboveMaximum);
    // Read from the text as it is now (never a cached answer).
    Problem problem() const { return problemOf(m_read()); }
    bool hasProblem() const { return problem() != Problem::None; }
    // Empty while the text is a number within the limits; otherwise what is wrong, in words.
    QString problemText() const;
    // A red line for the owner's layout, under or beside the field; shows problemText().
    QLabel *messageLabel();
    // The number an owner should build its object with, as an integer in its own unit (scale 100:
    // percent to basis points): `inRange` while the text is fine, the typed number when it is out
    // of range, and one below the minimum when it is no number at all. The service's codec then
    // refuses what the field refuses, whichever path the object takes to a save.
    qint64 carried(qint64 inRange, double scale = 1) const;

    // Called by the spin box when its text may have changed: updates the line, the frame and the
    // accessible description, and emits problemChanged() when what is said changed.
    void refresh();
    // A typed number the spin box would otherwise replace with its last value (focus out, Enter,
    // hiding, window deactivation): what to put back afterwards; empty when nothing needs keeping.
    QString textToKeep(const QString &displayText) const;

Q_SIGNALS:
    void problemChanged();

private:
    QString textFor(Problem problem, const Limits &limits) const;

    QAbstractSpinBox *m_box;
    std::function<Reading()> m_read;
    QPointer<QLabel> m_label;
    QString m_below;
    QString m_above;
    Problem m_shownProblem = Problem::None;
    QString m_shownText;
};

} // namespace Kepler
