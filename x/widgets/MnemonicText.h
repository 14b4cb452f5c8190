#pragma once

#include <QString>

namespace Kepler {

// A label's or button's text as words, for reuse in a message or an accessible name: "&Name" →
// "Name", "De&lay…" → "Delay…", "A && B" → "A & B", and the Chinese convention "名称(&N)" →
// "名称" (also with full-width brackets, "名称（&N）"). Qt 6.4 has no public helper for this
// (qt_accStripAmp is private and leaves "(N)" behind in Chinese).
QString withoutMnemonic(const QString &text);

} // namespace Kepler
