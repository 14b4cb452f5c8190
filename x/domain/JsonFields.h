#pragma once

#include "FieldError.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QStringList>
#include <optional>

namespace Kepler {

// Reads typed fields out of a JSON object and collects one FieldError per bad field, so a
// request with three mistakes gets all three named in one 422 answer. Every read marks the
// field as known; unknownFields() then lists what the caller did not expect.
// A JSON number that is a whole number in [min, max], else nullopt. Range-checked as a double
// before any cast: converting a double such as 1e300 to an integer is undefined behaviour (UBSan
// found it in three decoders, issue 8). Whole numbers beyond ±2^53 are refused: a double cannot
// hold them exactly, so the id or count they name is not the one the client meant.
std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 min, qint64 max);

class JsonFields
{
public:
    explicit JsonFields(const QJsonObject &object, QString prefix = {});

    bool has(const QString &key) const { return m_object.contains(key); }
    // Present and JSON null: "clear this value" in a PATCH (the typed readers treat null as absent).
    bool isNull(const QString &key) const { return m_object.contains(key) && m_object.value(key).isNull(); }

    std::optional<QString> string(const QString &key, bool required, int minLength, int maxLength);
    std::optional<qint64> integer(const QString &key, bool required, qint64 min, qint64 max);
    std::optional<bool> boolean(const QString &key, bool required);
    std::optional<QStringList> stringList(const QString &key, bool required, int maxItems, int maxItemLength);
    std::optional<QJsonObject> object(const QString &key, bool required);

    // Marks keys the caller accepts but rejects as read-only (e.g. "id", "version").
    void rejectReadOnly(const QStringList &keys);
    void rejectUnknown();

    void addError(const QString &key, const QString &code, const QString &message);
    void addErrors(const FieldErrors &errors) { m_errors.append(errors); }
    const FieldErrors &errors() const { return m_errors; }
    bool ok() const { return m_errors.isEmpty(); }

private:
    QString path(const QString &key) const;
    bool present(const QString &key, bool required);

    QJsonObject m_object;
    QString m_prefix;
    QSet<QString> m_seen;
    FieldErrors m_errors;
};

} // namespace Kepler
