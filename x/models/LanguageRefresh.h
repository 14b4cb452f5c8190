#pragma once

class QAbstractItemModel;

namespace Kepler {

// Models build their texts (headers, states, dates) when a view asks, in the language of that
// moment, but a view only asks again when told: after a language switch its headers and cells
// would stay in the old language until something else repaints them. This makes `model` announce
// headerDataChanged and dataChanged for everything on each switch (several LanguageChange events
// of one switch are folded into one announcement).
void refreshOnLanguageChange(QAbstractItemModel *model);

} // namespace Kepler
