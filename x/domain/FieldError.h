#pragma once

#include <QList>
#include <QString>

class QJsonArray;

namespace Kepler {

// One problem with one input field; the service returns a list of these in a 422 body
// ("errors": [{"field","code","message"}]) and the console marks the matching editor.
struct FieldError
{
    QString field; // JSON path, e.g. "commissionBps" or "contact.email"
    QString code; // e.g. "required", "wrong_type", "out_of_range", "too_long", "invalid_value"
    QString message; // English, for logs and API users; the console translates by code

    bool operator==(const FieldError &other) const = default;
};

using FieldErrors = QList<FieldError>;

QJsonArray fieldErrorsToJson(const FieldErrors &errors);
FieldErrors fieldErrorsFromJson(const QJsonArray &array);
// Appends the errors of `more` whose field has none in *errors yet: the first word on a field
// wins (an editor's own check before the service codec's reading of the same body).
void mergeFieldErrors(FieldErrors *errors, const FieldErrors &more);

} // namespace Kepler
