#include "BoundedSpinBox.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>

namespace Kepler {
namespace {

int decimalsOf(const QSpinBox *)
{
    return 0;
}

int decimalsOf(const QDoubleSpinBox *box)
{
    return box->decimals();
}

// Events after which QAbstractSpinBox puts its last value back into the text.
bool rewritesText(const QEvent *event)
{
    switch (event->type()) {
    case QEvent::FocusOut:
    case QEvent::Hide:
    case QEvent::ActivationChange:
    case QEvent::LocaleChange:
    case QEvent::StyleChange:
        return true;
    case QEvent::KeyPress: {
        const int key = static_cast<const QKeyEvent *>(event)->key();
        return key == Qt::Key_Enter || key == Qt::Key_Return;
    }
    default:
        return false;
    }
}

} // namespace

template<class SpinBox>
Bounded<SpinBox>::Bounded(QWidget *parent)
    : SpinBox(parent)
    , m_input(new SpinBoxInput(this, [this] { return reading(); }))
{
    QObject::connect(this->lineEdit(), &QLineEdit::textChanged, m_input, [this] { refresh(); });
    QObject::connect(this, &SpinBox::valueChanged, m_input, [this] { refresh(); });
}

template<class SpinBox> SpinBoxInput::Reading Bounded<SpinBox>::reading() const
{
    const auto shown = [this](Value value) {
        return QString(this->prefix() + this->textFromValue(value) + this->suffix()).trimmed();
    };
    return {this->cleanText(), this->locale(),
        {double(this->minimum()), double(this->maximum()), decimalsOf(this), shown(this->minimum()),
            shown(this->maximum())}};
}

template<class SpinBox> void Bounded<SpinBox>::refresh()
{
    if (!m_keeping)
        m_input->refresh();
}

template<class SpinBox> void Bounded<SpinBox>::setValue(Value value)
{
    SpinBox::setValue(value);
    refresh();
}

template<class SpinBox> void Bounded<SpinBox>::setSuffix(const QString &suffix)
{
    const QString keep = m_input->textToKeep(this->cleanText());
    SpinBox::setSuffix(suffix);
    if (!keep.isEmpty())
        this->lineEdit()->setText(this->prefix() + keep + suffix);
    refresh(); // the limits' texts carry the unit
}

template<class SpinBox> QValidator::State Bounded<SpinBox>::validate(QString &input, int &pos) const
{
    const QValidator::State state = SpinBox::validate(input, pos);
    if (state != QValidator::Invalid)
        return state;
    QString clean = input;
    if (!this->prefix().isEmpty() && clean.startsWith(this->prefix()))
        clean.remove(0, this->prefix().size());
    if (!this->suffix().isEmpty() && clean.endsWith(this->suffix()))
        clean.chop(this->suffix().size());
    else if (const QString unit = this->suffix().trimmed(); !unit.isEmpty() && clean.endsWith(unit))
        clean.chop(unit.size());
    // Out of range or too precise, but a number: keep it and say so rather than drop the keystroke.
    return SpinBoxInput::looksLikeNumber(clean, this->locale()) ? QValidator::Intermediate
                                                                : QValidator::Invalid;
}

template<class SpinBox> bool Bounded<SpinBox>::event(QEvent *event)
{
    if (!rewritesText(event)) {
        const bool result = SpinBox::event(event);
        if (event->type() == QEvent::Show)
            refresh(); // what changed while hidden
        return result;
    }
    const QString keep = m_input->textToKeep(this->lineEdit()->text());
    m_keeping = true;
    const bool result = SpinBox::event(event);
    m_keeping = false;
    if (!keep.isEmpty() && this->lineEdit()->text() != keep) {
        const bool selected = this->lineEdit()->hasSelectedText();
        this->lineEdit()->setText(keep);
        if (selected) // Enter selects all
            this->lineEdit()->selectAll();
    }
    // Not on Hide: that is also how a dying window hides its children, whose owners are gone.
    if (event->type() != QEvent::Hide)
        refresh();
    return result;
}

template<class SpinBox> void Bounded<SpinBox>::paintEvent(QPaintEvent *event)
{
    SpinBox::paintEvent(event);
    if (!m_input->hasProblem())
        return;
    QPainter painter(this);
    painter.setPen(QPen(QColor(0xd9, 0x3b, 0x3b), 2));
    painter.drawRect(QRectF(this->rect()).adjusted(1, 1, -1, -1));
}

template<class SpinBox> void Bounded<SpinBox>::stepBy(int steps)
{
    switch (m_input->problem()) {
    case SpinBoxInput::Problem::BelowMinimum:
        setValue(this->minimum());
        break;
    case SpinBoxInput::Problem::AboveMaximum:
        setValue(this->maximum());
        break;
    default:
        SpinBox::stepBy(steps);
        break;
    }
}

template<class SpinBox> typename SpinBox::StepEnabled Bounded<SpinBox>::stepEnabled() const
{
    // From an out-of-range number the only step is back to the limit it passed.
    switch (m_input->problem()) {
    case SpinBoxInput::Problem::BelowMinimum:
        return SpinBox::StepUpEnabled;
    case SpinBoxInput::Problem::AboveMaximum:
        return SpinBox::StepDownEnabled;
    default:
        return SpinBox::stepEnabled();
    }
}

template class Bounded<QSpinBox>;
template class Bounded<QDoubleSpinBox>;

} // namespace Kepler
