#include "IdListEdit.h"

#include <QRegularExpression>

namespace Kepler {

IdListEdit::IdListEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setClearButtonEnabled(true);
}

std::optional<QList<qint64>> IdListEdit::ids() const
{
    static const QRegularExpression separators(u"[\\s,，;；、]+"_qs);
    QList<qint64> out;
    for (const QString &part : text().split(separators, Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (!ok || id < 1)
            return std::nullopt;
        if (!out.contains(id))
            out.append(id);
    }
    return out;
}

void IdListEdit::setIds(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    setText(parts.join(u", "_qs));
}

} // namespace Kepler
