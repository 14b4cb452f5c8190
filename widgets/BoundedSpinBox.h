#pragma once

#include "SpinBoxInput.h"

#include <QDoubleSpinBox>
#include <QSpinBox>

#include <utility>

namespace Kepler {

// A QSpinBox / QDoubleSpinBox that keeps a number typed beyond its range instead of refusing the
// keystroke or clamping it on focus out: validate() answers Intermediate for any well-formed
// number, the text stays as typed ("250" in a 0–100 % field), the field gets a red frame and
// input() says what the limit is. value() stays the last number within the range, so an owner
// saves only when !input()->hasProblem(). An arrow key or the wheel on an out-of-range number
// brings it to the nearest limit: a deliberate step, never a silent one.
template<class SpinBox> class Bounded : public SpinBox
{
public:
    using Value = decltype(std::declval<SpinBox>().value()); // int or double

    explicit Bounded(QWidget *parent = nullptr);

    SpinBoxInput *input() const { return m_input; }
    // QAbstractSpinBox rewrites the text with its signals blocked (setValue, setSuffix); these
    // say so to input(). setSuffix also keeps an out-of-range text (a language switch sets it).
    void setValue(Value value);
    void setSuffix(const QString &suffix);

protected:
    QValidator::State validate(QString &input, int &pos) const override;
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void stepBy(int steps) override;
    typename SpinBox::StepEnabled stepEnabled() const override;

private:
    void refresh();
    SpinBoxInput::Reading reading() const;

    SpinBoxInput *m_input;
    bool m_keeping = false;
};

using BoundedSpinBox = Bounded<QSpinBox>;
using BoundedDoubleSpinBox = Bounded<QDoubleSpinBox>;

} // namespace Kepler
