#include "PartnerImport.h"

#include "PartnerGroupRepository.h"
#include "domain/ErrorCode.h"

#include "PartnerRepository.h"

#include "domain/PartnerValidator.h"

#include <QJsonArray>

namespace Kepler::Server::PartnerImport {
namespace {

const char *actionName(Action a)
{
    switch (a) {
    case Action::Create:
        return "create";
    case Action::Update:
        return "update";
    case Action::Unchanged:
        return "unchanged";
    case Action::Error:
        break;
    }
    return "error";
}

// Validator errors name JSON paths; the user looks for the CSV column.
void addAsColumns(const FieldErrors &errors, FieldErrors *out)
{
    for (FieldError e : errors) {
        e.field = PartnerCsv::headerForField(e.field);
        out->append(e);
    }
}

// Names compare without case and surrounding blanks: "Daily News" and "daily news " collide.
QString nameKey(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

void planRow(
    const PartnerCsv::Row &row, const QHash<qint64, Partner> &existing, QSet<qint64> *seenIds, RowPlan *out)
{
    out->line = row.line;
    out->id = row.id;
    out->errors = row.errors;
    if (!out->errors.isEmpty())
        return; // cells that cannot be read make the rest meaningless
    if (row.id == 0) {
        Partner created;
        addAsColumns(readNewPartner(row.fields, &created), &out->errors);
        if (row.status && *row.status != toString(PartnerStatus::Applied))
            out->errors.append({u"status"_qs, u"read_only"_qs, u"new partners start as applied"_qs});
        created.status = PartnerStatus::Applied;
        out->after = created;
        out->action = Action::Create;
        return;
    }
    const auto found = existing.constFind(row.id);
    if (found == existing.constEnd()) {
        out->errors.append({u"id"_qs, u"not_found"_qs, u"no partner has this id"_qs});
        return;
    }
    if (seenIds->contains(row.id)) {
        out->errors.append({u"id"_qs, u"duplicate"_qs, u"this id is on an earlier line too"_qs});
        return;
    }
    seenIds->insert(row.id);
    out->before = out->after = *found;
    if (!row.version)
        out->errors.append({u"version"_qs, u"required"_qs, u"an update needs the version it was read at"_qs});
    else if (*row.version != found->version)
        out->errors.append({u"version"_qs, u"version_conflict"_qs,
            u"the partner is at version %1 now; export again"_qs.arg(found->version)});
    if (row.status && *row.status != toString(found->status))
        out->errors.append({u"status"_qs, u"read_only"_qs,
            u"status changes go through lifecycle actions (now %1)"_qs.arg(toString(found->status))});
    addAsColumns(applyPartnerPatch(row.fields, &out->after), &out->errors);
    out->action = out->after == out->before ? Action::Unchanged : Action::Update;
}

// A row that creates a partner or renames one must not end up sharing its name with any other
// partner, in the file or in the table. Rows that keep a name are not blamed for old duplicates;
// of two new rows with one name, the later one is the error.
void checkNames(const QHash<qint64, Partner> &existing, QList<RowPlan> *rows)
{
    QHash<qint64, QString> finalNames; // existing partners as they will be named
    for (const Partner &p : existing)
        finalNames.insert(p.id, nameKey(p.name));
    for (const RowPlan &r : std::as_const(*rows))
        if (r.errors.isEmpty() && (r.action == Action::Update || r.action == Action::Unchanged))
            finalNames.insert(r.after.id, nameKey(r.after.name));
    QHash<QString, int> held; // by existing partners, as they will be named
    for (const QString &name : std::as_const(finalNames))
        ++held[name];
    QSet<QString> created;
    for (RowPlan &r : *rows) {
        if (!r.errors.isEmpty())
            continue;
        const QString name = nameKey(r.after.name);
        bool duplicate = false;
        if (r.action == Action::Create) {
            duplicate = held.value(name) > 0 || created.contains(name);
            created.insert(name);
        } else if (r.action == Action::Update && nameKey(r.before.name) != name) {
            duplicate = held.value(name) > 1 || created.contains(name); // it holds the name once itself
        }
        if (duplicate)
            r.errors.append({u"name"_qs, u"duplicate"_qs, u"another partner has this name"_qs});
    }
}

QJsonObject changes(const RowPlan &row)
{
    const QJsonObject before = row.action == Action::Create ? QJsonObject() : row.before.toJson();
    const QJsonObject after = row.after.toJson();
    QJsonObject out;
    for (const PartnerCsv::Column &c : PartnerCsv::columns()) {
        if (!c.editable)
            continue;
        const QString to = PartnerCsv::cell(c, after);
        if (row.action == Action::Create) {
            if (!to.isEmpty())
                out.insert(c.header, QJsonObject {{u"from"_qs, QJsonValue::Null}, {u"to"_qs, to}});
        } else if (const QString from = PartnerCsv::cell(c, before); from != to) {
            out.insert(c.header, QJsonObject {{u"from"_qs, from}, {u"to"_qs, to}});
        }
    }
    return out;
}

} // namespace

Plan plan(const QSqlDatabase &db, const PartnerCsv::Document &document)
{
    QHash<qint64, Partner> existing;
    for (const Partner &p : PartnerRepository::listAll(db, PartnerQuery {}))
        existing.insert(p.id, p);
    Plan result;
    result.rows.resize(document.rows.size());
    QSet<qint64> seenIds;
    for (qsizetype i = 0; i < document.rows.size(); ++i)
        planRow(document.rows.at(i), existing, &seenIds, &result.rows[i]);
    checkNames(existing, &result.rows);
    // A group must exist, as POST and PATCH check: otherwise the real run would hit the foreign key.
    QSet<QString> groups;
    for (const PartnerGroup &g : PartnerGroupRepository::list(db))
        groups.insert(g.code);
    for (RowPlan &r : result.rows)
        if (r.errors.isEmpty() && r.action != Action::Unchanged && !r.after.group.isEmpty()
            && !groups.contains(r.after.group))
            r.errors.append({u"group"_qs, QString::fromLatin1(ErrorCode::UnknownGroupField),
                u"no partner group has the code '%1'"_qs.arg(r.after.group)});
    for (RowPlan &r : result.rows) {
        if (!r.errors.isEmpty())
            r.action = Action::Error;
        ++result.counts[int(r.action)];
    }
    return result;
}

QJsonObject report(const Plan &plan, bool dryRun)
{
    QJsonArray rows;
    for (const RowPlan &r : plan.rows) {
        if (r.action == Action::Unchanged)
            continue;
        const qint64 id = r.id;
        rows.append(QJsonObject {
            {u"line"_qs, r.line},
            {u"action"_qs, QString::fromLatin1(actionName(r.action))},
            {u"id"_qs, id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null)},
            {u"errors"_qs, fieldErrorsToJson(r.errors)},
            {u"changes"_qs, r.action == Action::Error ? QJsonObject() : changes(r)},
        });
    }
    QJsonObject summary;
    for (Action a : {Action::Create, Action::Update, Action::Unchanged, Action::Error})
        summary.insert(QString::fromLatin1(actionName(a)), plan.counts[int(a)]);
    return {{u"dryRun"_qs, dryRun}, {u"rows"_qs, rows}, {u"summary"_qs, summary}};
}

} // namespace Kepler::Server::PartnerImport
