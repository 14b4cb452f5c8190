#include "KeyStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Kepler::Simulator {

KeyStore::KeyStore(QString path)
    : m_path(std::move(path))
{
}

bool KeyStore::load(QString *error)
{
    m_keys.clear();
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"Cannot read %1: %2"_qs.arg(m_path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull()) {
        *error = u"%1 is not JSON: %2"_qs.arg(m_path, parseError.errorString());
        return false;
    }
    const QJsonObject keys = doc.object().value(u"keys"_qs).toObject();
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        m_keys.insert(
            it.key().toLongLong(), {o.value(u"appKey"_qs).toString(), o.value(u"secret"_qs).toString()});
    }
    return true;
}

bool KeyStore::save(QString *error) const
{
    QJsonObject keys;
    for (auto it = m_keys.begin(); it != m_keys.end(); ++it)
        keys.insert(
            QString::number(it.key()), QJsonObject {{u"appKey"_qs, it->appKey}, {u"secret"_qs, it->secret}});
    QSaveFile file(m_path);
    // Owner-only before a byte is written: the temporary file holds the secrets too.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = u"Cannot write %1: %2"_qs.arg(m_path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(QJsonObject {{u"keys"_qs, keys}}).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = u"Cannot write %1: %2"_qs.arg(m_path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Kepler::Simulator
