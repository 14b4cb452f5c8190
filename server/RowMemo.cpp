#include "RowMemo.h"

#include <QVariant>

namespace Kepler::Server {

QString rowKey(const QSqlQuery &q, int columns)
{
    // Each value with its length in front (or "-" for NULL): no two rows give the same key.
    QString key;
    for (int i = 0; i < columns; ++i) {
        const QVariant v = q.value(i);
        if (v.isNull()) {
            key += u"-;"_qs;
            continue;
        }
        const QString text = v.toString();
        key += QString::number(text.size()) + u':' + text + u';';
    }
    return key;
}

} // namespace Kepler::Server
