#include "CustomRangePopup.h"

#include "models/DateTimeText.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kepler {

CustomRangePopup::CustomRangePopup(QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_fromLabel(new QLabel(this))
    , m_toLabel(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_apply(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &CustomRangePopup::validate);
    }
    m_from->setObjectName(u"from"_qs);
    m_to->setObjectName(u"to"_qs);
    form->addRow(m_fromLabel, m_from);
    form->addRow(m_toLabel, m_to);
    layout->addLayout(form);
    m_problem->hide();
    layout->addWidget(m_problem);
    m_apply->setObjectName(u"apply"_qs);
    m_apply->setDefault(true);
    layout->addWidget(m_apply, 0, Qt::AlignRight);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        Q_EMIT applied(m_from->dateTime(), m_to->dateTime());
        hide();
    });
    retranslate();
}

void CustomRangePopup::retranslate()
{
    m_fromLabel->setText(tr("From:"));
    m_toLabel->setText(tr("To:"));
    m_problem->setText(tr("The start must be before the end."));
    m_apply->setText(tr("Apply"));
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setLocale(QLocale()); // the language now, not the one the popup was created in
        edit->setDisplayFormat(DateTimeText::format());
    }
}

void CustomRangePopup::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void CustomRangePopup::setRange(const QDateTime &from, const QDateTime &to)
{
    m_from->setDateTime(from.toLocalTime());
    m_to->setDateTime(to.toLocalTime());
    validate();
}

void CustomRangePopup::validate()
{
    const bool ok = m_from->dateTime() < m_to->dateTime();
    m_apply->setEnabled(ok);
    m_problem->setVisible(!ok);
}

void CustomRangePopup::hideEvent(QHideEvent *event)
{
    QFrame::hideEvent(event);
    Q_EMIT closed();
}

} // namespace Kepler
