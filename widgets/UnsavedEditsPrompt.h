#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace Kepler {

class MessageBar;

// The question a page asks on its message bar when the user moves to another record while the
// open one has unsaved edits: the edits stay, and the bar offers Save, Discard (and go where the
// user was going) and Keep editing. Never a silent drop, never a modal dialog over the typing.
class UnsavedEditsPrompt
{
    Q_DECLARE_TR_FUNCTIONS(Kepler::UnsavedEditsPrompt)

public:
    struct Choices
    {
        QString editedName; // what has the edits: "operator2", "the new rule"
        QString discardText; // "Discard and open …", "Discard and start a new rule"
        std::function<void()> save;
        std::function<void()> discard;
        // Puts the list's highlight back on the record being edited; run queued, so a mouse press
        // that is still selecting the clicked row cannot undo it.
        std::function<void()> reselect;
    };

    static void ask(MessageBar *bar, const Choices &choices);
};

} // namespace Kepler
