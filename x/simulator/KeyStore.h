#pragma once

#include <QHash>
#include <QString>

namespace Kepler::Simulator {

// The partners' app keys and secrets the simulator was issued, in STATE/keys.json (mode 0600:
// the secrets are credentials), so later runs use the same keys instead of issuing new ones.
class KeyStore
{
public:
    struct Key
    {
        QString appKey;
        QString secret;
    };

    explicit KeyStore(QString path);

    bool load(QString *error);
    bool save(QString *error) const;

    bool contains(qint64 partnerId) const { return m_keys.contains(partnerId); }
    Key key(qint64 partnerId) const { return m_keys.value(partnerId); }
    void set(qint64 partnerId, const Key &key) { m_keys.insert(partnerId, key); }
    void remove(qint64 partnerId) { m_keys.remove(partnerId); }
    int size() const { return int(m_keys.size()); }
    QString path() const { return m_path; }

private:
    QString m_path;
    QHash<qint64, Key> m_keys;
};

} // namespace Kepler::Simulator
