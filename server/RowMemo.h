#pragma once

#include <QHash>
#include <QMutex>
#include <QSqlQuery>
#include <QString>

namespace Kepler::Server {

// A row's first `columns` values as one string that differs whenever one of them does.
QString rowKey(const QSqlQuery &q, int columns);

// What stored rows parse to, by the rows' values. Pools and pricing rules are read on every gateway
// request (a PartnerShop each) and parsed back through their JSON codecs, which was a fifth of the
// platform's time in the demo's backfill; they rarely change. The key is every column read, so a
// changed row is a new key and nothing is ever stale, whichever process wrote it. Thread-safe;
// forgets everything when `capacity` rows are held.
template<typename T> class RowMemo
{
public:
    explicit RowMemo(qsizetype capacity = 4096)
        : m_capacity(capacity)
    {
    }

    template<typename Parse> T value(const QSqlQuery &q, int columns, Parse parse)
    {
        const QString key = rowKey(q, columns);
        {
            QMutexLocker lock(&m_mutex);
            if (const auto it = m_parsed.constFind(key); it != m_parsed.cend())
                return *it;
        }
        T parsed = parse(q);
        QMutexLocker lock(&m_mutex);
        if (m_parsed.size() >= m_capacity)
            m_parsed.clear();
        m_parsed.insert(key, parsed);
        return parsed;
    }

private:
    QMutex m_mutex;
    QHash<QString, T> m_parsed;
    qsizetype m_capacity;
};

} // namespace Kepler::Server
