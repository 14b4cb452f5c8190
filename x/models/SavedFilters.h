#pragma once

#include <QList>
#include <QString>

namespace Kepler {

// Named filters a user keeps for a list ("My suspended gold partners"), stored in the user's
// settings as the list's URL query, so a saved filter means exactly what the service filters.
class SavedFilters
{
public:
    struct Entry
    {
        QString name;
        QString query; // URL query without cursor and limit, e.g. "status=suspended&q=gold"

        bool operator==(const Entry &other) const = default;
    };

    // `list` names the settings group, e.g. "partners"; one store per list.
    explicit SavedFilters(const QString &list);

    QList<Entry> entries() const;
    // Saving under an existing name replaces it (case-insensitively): names stay unique.
    void save(const Entry &entry);
    void remove(const QString &name);

    static constexpr int MaxEntries = 50;

private:
    void write(const QList<Entry> &entries);

    QString m_group;
};

} // namespace Kepler
