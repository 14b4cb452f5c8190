#include "SavedFilters.h"

#include <QSettings>

namespace Kepler {

SavedFilters::SavedFilters(const QString &list)
    : m_group(u"savedFilters/"_qs + list)
{
}

QList<SavedFilters::Entry> SavedFilters::entries() const
{
    QSettings settings;
    QList<Entry> result;
    const int count = settings.beginReadArray(m_group);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        const Entry e {settings.value(u"name"_qs).toString(), settings.value(u"query"_qs).toString()};
        if (!e.name.isEmpty())
            result.append(e);
    }
    settings.endArray();
    return result;
}

void SavedFilters::save(const Entry &entry)
{
    QList<Entry> all = entries();
    const auto same = [&entry](const Entry &e) {
        return e.name.compare(entry.name, Qt::CaseInsensitive) == 0;
    };
    const auto it = std::find_if(all.begin(), all.end(), same);
    if (it != all.end())
        *it = entry;
    else
        all.append(entry);
    while (all.size() > MaxEntries)
        all.removeFirst(); // the oldest goes: a menu of 50 is already more than anyone scans
    write(all);
}

void SavedFilters::remove(const QString &name)
{
    QList<Entry> all = entries();
    all.removeIf([&name](const Entry &e) { return e.name == name; });
    write(all);
}

void SavedFilters::write(const QList<Entry> &entries)
{
    QSettings settings;
    settings.remove(m_group);
    settings.beginWriteArray(m_group, int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(u"name"_qs, entries.at(i).name);
        settings.setValue(u"query"_qs, entries.at(i).query);
    }
    settings.endArray();
}

} // namespace Kepler
