#include "RollbackDialog.h"

#include "domain/ReviewReason.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Kepler {

RollbackDialog::RollbackDialog(const MiniProgramVersion &version,
    const std::optional<MiniProgramVersion> &previous, const QString &appTitle, QWidget *parent)
    : PendingDialog(parent)
{
    setObjectName(u"rollbackDialog"_qs);
    setTitle(tr("Roll back %1 %2").arg(appTitle, version.codeVersion));
    auto *text = new QLabel(this);
    text->setObjectName(u"rollbackMessage"_qs);
    text->setWordWrap(true);
    m_message = previous ? tr("Version %1 is taken offline and version %2 goes back live for every user. "
                              "Version %1 cannot be released again; the partner has to submit anew.")
                               .arg(version.codeVersion, previous->codeVersion)
                         : tr("There is no earlier release of %1 to go back to: rolling back would leave it "
                              "offline, so it is not possible.")
                               .arg(appTitle);
    text->setText(m_message);
    contentLayout()->addWidget(text);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(u"rollbackNote"_qs);
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Why, for the partner's timeline (optional)"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(90);
    contentLayout()->addWidget(m_note);
    setOkText(previous ? tr("Roll back to %1").arg(previous->codeVersion) : tr("Roll back"));
    auto update = [this, hasPrevious = previous.has_value()] {
        if (!hasPrevious)
            setHint(tr("Nothing to roll back to."));
        else if (note().size() > ReviewReason::MaxNoteLength)
            setHint(
                tr("The note is too long (at most %n character(s)).", nullptr, ReviewReason::MaxNoteLength));
        else
            setHint({});
    };
    connect(m_note, &QPlainTextEdit::textChanged, this, update);
    update();
}

QString RollbackDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

} // namespace Kepler
