#pragma once

#include <QString>

namespace Kepler {

struct AuditRecord;

// Words for audit lines, shared by the audit page and anything else that shows them: what an
// action code means, which entity a line is about, and the label of a changed field.
namespace AuditText {
QString actionName(const QString &action); // "partner.suspend" → "Partner suspended"
QString entityName(const AuditRecord &record); // "Partner 今日资讯 (#12)"
QString fieldLabel(const QString &field); // "contact.email" → "Contact e-mail"
// A field's value in words: status, mode and scenario names, times in the user's locale,
// commission as a percentage; anything else as it is.
QString fieldValue(const QString &field, const QString &raw);
QString summary(const AuditRecord &record); // reason and note, or the changed fields
// The action families the audit page offers as filters: code (prefix or exact) and its name.
QList<std::pair<QString, QString>> actionFilters();
} // namespace AuditText

} // namespace Kepler
