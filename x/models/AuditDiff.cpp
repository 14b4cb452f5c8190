#include "AuditDiff.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace Kepler::AuditDiff {
namespace {

QString text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_qs : u"false"_qs;
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &v : value.toArray())
            items << text(v);
        return items.join(u", "_qs);
    }
    case QJsonValue::Object:
        break;
    }
    return {};
}

// Object order matters to people (name before tags); QJsonObject sorts keys, so the flattened
// list keeps that sorted order — stable, and the same for before and after.
void flatten(const QJsonValue &value, const QString &prefix, QList<std::pair<QString, QString>> *out)
{
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        if (it.value().isObject())
            flatten(it.value(), key, out);
        else
            out->append({key, text(it.value())});
    }
}

} // namespace

QList<Line> lines(const QJsonValue &before, const QJsonValue &after)
{
    QList<std::pair<QString, QString>> b;
    QList<std::pair<QString, QString>> a;
    flatten(before, {}, &b);
    flatten(after, {}, &a);
    QList<Line> result;
    for (const auto &[field, value] : std::as_const(a)) {
        Line line {field, {}, value, true};
        for (const auto &[f, v] : std::as_const(b))
            if (f == field) {
                line.before = v;
                line.changed = v != value;
                break;
            }
        result.append(line);
    }
    for (const auto &[field, value] : std::as_const(b)) {
        const bool seen = std::any_of(
            a.cbegin(), a.cend(), [&name = field](const auto &pair) { return pair.first == name; });
        if (!seen)
            result.append({field, value, {}, true});
    }
    return result;
}

} // namespace Kepler::AuditDiff
