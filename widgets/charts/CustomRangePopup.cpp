#include "CustomRangePopup.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kepler {

CustomRangePopup::CustomRangePopup(QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_problem(new QLabel(this))
    , m_apply(new QPushButton(tr("Apply"), this))
{
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(locale().dateFormat(QLocale::ShortFormat) + u" HH:mm"_qs);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &CustomRangePopup::validate);
    }
    m_from->setObjectName(u"from"_qs);
    m_to->setObjectName(u"to"_qs);
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    layout->addLayout(form);
    m_problem->setText(tr("The start must be before the end."));
    m_problem->hide();
    layout->addWidget(m_problem);
    m_apply->setObjectName(u"apply"_qs);
    m_apply->setDefault(true);
    layout->addWidget(m_apply, 0, Qt::AlignRight);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        Q_EMIT applied(m_from->dateTime(), m_to->dateTime());
        hide();
    });
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
