#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace Kepler {

// What can happen to a mini-program version. submit and withdraw are the partner's (signed
// /open/v1/… calls); the rest are staff acts in the console. The names are API contract.
enum class MiniProgramAction {
    Submit,
    Withdraw,
    Approve,
    Reject,
    Delay,
    Release,
    Rollback,
};

QString toString(MiniProgramAction action); // "submit", "withdraw", ..., "rollback"
std::optional<MiniProgramAction> miniProgramActionFromString(const QString &value);
QList<MiniProgramAction> allMiniProgramActions();
QString displayName(MiniProgramAction action); // translated, context "MiniProgramAction"

} // namespace Kepler
