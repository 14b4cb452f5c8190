#include "JsonFields.h"

#include <QJsonArray>
#include <cmath>

namespace Kepler {

std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 min, qint64 max)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!(std::abs(d) <= 9007199254740991.0) || std::trunc(d) != d)
        return std::nullopt;
    const qint64 n = static_cast<qint64>(d);
    if (n < min || n > max)
        return std::nullopt;
    return n;
}

JsonFields::JsonFields(const QJsonObject &object, QString prefix)
    : m_object(object)
    , m_prefix(std::move(prefix))
{
}

QString JsonFields::path(const QString &key) const
{
    return m_prefix.isEmpty() ? key : m_prefix + u'.' + key;
}

void JsonFields::addError(const QString &key, const QString &code, const QString &message)
{
    m_errors.append({path(key), code, message});
}

bool JsonFields::present(const QString &key, bool required)
{
    m_seen.insert(key);
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd() || it->isNull()) {
        if (required)
            addError(key, u"required"_qs, u"is required"_qs);
        return false;
    }
    return true;
}

std::optional<QString> JsonFields::string(const QString &key, bool required, int minLength, int maxLength)
{
    if (!present(key, required))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!v.isString()) {
        addError(key, u"wrong_type"_qs, u"must be a string"_qs);
        return std::nullopt;
    }
    const QString s = v.toString().trimmed();
    if (s.size() < minLength) {
        addError(key, minLength == 1 ? u"required"_qs : u"too_short"_qs,
            u"must have at least %1 characters"_qs.arg(minLength));
        return std::nullopt;
    }
    if (s.size() > maxLength) {
        addError(key, u"too_long"_qs, u"must have at most %1 characters"_qs.arg(maxLength));
        return std::nullopt;
    }
    return s;
}

std::optional<qint64> JsonFields::integer(const QString &key, bool required, qint64 min, qint64 max)
{
    if (!present(key, required))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    const double d = v.toDouble();
    if (!v.isDouble() || std::trunc(d) != d || std::abs(d) > 9007199254740991.0) {
        addError(key, u"wrong_type"_qs, u"must be an integer"_qs);
        return std::nullopt;
    }
    const qint64 n = static_cast<qint64>(d);
    if (n < min || n > max) {
        addError(key, u"out_of_range"_qs, u"must be between %1 and %2"_qs.arg(min).arg(max));
        return std::nullopt;
    }
    return n;
}

std::optional<bool> JsonFields::boolean(const QString &key, bool required)
{
    if (!present(key, required))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!v.isBool()) {
        addError(key, u"wrong_type"_qs, u"must be true or false"_qs);
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<QStringList> JsonFields::stringList(
    const QString &key, bool required, int maxItems, int maxItemLength)
{
    if (!present(key, required))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!v.isArray()) {
        addError(key, u"wrong_type"_qs, u"must be an array of strings"_qs);
        return std::nullopt;
    }
    const QJsonArray array = v.toArray();
    if (array.size() > maxItems) {
        addError(key, u"too_many"_qs, u"must have at most %1 items"_qs.arg(maxItems));
        return std::nullopt;
    }
    QStringList list;
    for (const QJsonValue &item : array) {
        if (!item.isString()) {
            addError(key, u"wrong_type"_qs, u"must be an array of strings"_qs);
            return std::nullopt;
        }
        const QString s = item.toString().trimmed();
        if (s.isEmpty() || s.size() > maxItemLength) {
            addError(key, u"invalid_value"_qs, u"items must have 1 to %1 characters"_qs.arg(maxItemLength));
            return std::nullopt;
        }
        if (list.contains(s)) {
            addError(key, u"duplicate"_qs, u"items must be unique"_qs);
            return std::nullopt;
        }
        list.append(s);
    }
    return list;
}

std::optional<QJsonObject> JsonFields::object(const QString &key, bool required)
{
    if (!present(key, required))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!v.isObject()) {
        addError(key, u"wrong_type"_qs, u"must be an object"_qs);
        return std::nullopt;
    }
    return v.toObject();
}

void JsonFields::rejectReadOnly(const QStringList &keys)
{
    for (const QString &key : keys) {
        m_seen.insert(key);
        if (m_object.contains(key))
            addError(key, u"read_only"_qs, u"cannot be changed here"_qs);
    }
}

void JsonFields::rejectUnknown()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it)
        if (!m_seen.contains(it.key()))
            addError(it.key(), u"unknown_field"_qs, u"is not a known field"_qs);
}

} // namespace Kepler
