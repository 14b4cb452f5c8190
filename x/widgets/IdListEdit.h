#pragma once

#include <QLineEdit>
#include <optional>

namespace Kepler {

// A line of ids ("101, 102 103"): SKU, partner, pool, category or brand ids typed or pasted as
// text. Commas, spaces and Chinese commas all separate, so a column copied from a spreadsheet or
// a chat works as it is.
class IdListEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit IdListEdit(QWidget *parent = nullptr);

    // nullopt when a part is not a positive whole number.
    std::optional<QList<qint64>> ids() const;
    template<typename T> QList<T> idsAs() const
    {
        QList<T> out;
        for (qint64 id : ids().value_or(QList<qint64>()))
            out.append(T(id));
        return out;
    }
    void setIds(const QList<qint64> &ids);
    template<typename T> void setIdsFrom(const QList<T> &ids)
    {
        QList<qint64> wide;
        for (T id : ids)
            wide.append(qint64(id));
        setIds(wide);
    }
};

} // namespace Kepler
