#include "UnsavedEditsPrompt.h"

#include "MessageBar.h"

namespace Kepler {

void UnsavedEditsPrompt::ask(MessageBar *bar, const Choices &choices)
{
    if (choices.reselect)
        QMetaObject::invokeMethod(bar, choices.reselect, Qt::QueuedConnection);
    bar->showMessage(MessageBar::Kind::Warning,
        tr("Your changes to %1 are not saved. Save them, discard them, or go on editing.")
            .arg(choices.editedName));
    bar->addAction(tr("Save"), choices.save);
    bar->addAction(choices.discardText, choices.discard);
    bar->addAction(tr("Keep editing"), [bar] { bar->clear(); });
}

} // namespace Kepler
