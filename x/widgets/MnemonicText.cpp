#include "MnemonicText.h"

#include <QRegularExpression>

namespace Kepler {

QString withoutMnemonic(const QString &text)
{
    // "(&N)" is how Chinese (and Japanese) translations carry a mnemonic; removing only the '&'
    // would leave "名称(N)". A space before it goes too ("Name (&N)").
    static const QRegularExpression bracketed(u"\\s*[(（]&([^&\\s])[)）]"_qs);
    const QString stripped = QString(text).remove(bracketed);
    QString plain;
    plain.reserve(stripped.size());
    for (qsizetype i = 0; i < stripped.size(); ++i) {
        if (stripped.at(i) != u'&') {
            plain.append(stripped.at(i));
            continue;
        }
        if (i + 1 < stripped.size() && stripped.at(i + 1) == u'&')
            plain.append(u'&'), ++i; // "&&" is a literal '&'
    }
    return plain;
}

} // namespace Kepler
