#include "ImportPreviewModel.h"

#include "LanguageRefresh.h"
#include "PaletteTint.h"
#include "PartnerColumns.h"
#include "api/ApiError.h"
#include "domain/PartnerMode.h"
#include "domain/Scenario.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace Kepler {

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    refreshOnLanguageChange(this);
}

void ImportPreviewModel::setReport(const ImportReport &report)
{
    beginResetModel();
    m_report = report;
    rebuild();
    endResetModel();
}

void ImportPreviewModel::setOnlyProblems(bool only)
{
    if (only == m_onlyProblems)
        return;
    beginResetModel();
    m_onlyProblems = only;
    rebuild();
    endResetModel();
}

void ImportPreviewModel::rebuild()
{
    m_visible.clear();
    for (int i = 0; i < m_report.rows.size(); ++i)
        if (!m_onlyProblems || !m_report.rows.at(i).errors.isEmpty())
            m_visible.append(i);
}

QString ImportPreviewModel::fileProblem(const PartnerCsv::Document &doc)
{
    const QString columns = doc.errorColumns.join(tr(", "));
    if (doc.errorCode == u"missing_columns"_qs)
        return tr("The file lacks the columns %1. Export partners to see the expected columns.").arg(columns);
    if (doc.errorCode == u"unknown_columns"_qs)
        return tr("The import does not know the columns %1. Export partners to see the expected columns.")
            .arg(columns);
    if (doc.errorCode == u"invalid_encoding"_qs)
        return tr("Line %1 is not UTF-8 text. Save the file as \"CSV UTF-8\".").arg(doc.errorLine);
    if (doc.errorCode == u"malformed_csv"_qs)
        return tr("The quoted cell starting on line %1 never ends.").arg(doc.errorLine);
    if (!doc.ok() || doc.rows.isEmpty())
        return tr("The file holds no partners.");
    return {};
}

QString ImportPreviewModel::actionName(ImportRow::Action action)
{
    switch (action) {
    case ImportRow::Action::Create:
        return tr("New partner");
    case ImportRow::Action::Update:
        return tr("Update");
    case ImportRow::Action::Unchanged:
        return tr("Unchanged");
    case ImportRow::Action::Error:
        break;
    }
    return tr("Error");
}

QString ImportPreviewModel::problemsText(const ImportRow &row)
{
    QStringList lines;
    for (const FieldError &e : row.errors) {
        const QString message = ApiError::fieldMessage(e);
        // Column names are the file's own headers, so they stay as they are in the file.
        lines << (e.field.isEmpty() ? message : tr("%1: %2").arg(e.field, message));
    }
    return lines.join(u'\n');
}

QString ImportPreviewModel::fieldLabel(const QString &column)
{
    // The partner form's own captions (same contexts, so the same translations), without mnemonics.
    static const QHash<QString, std::pair<const char *, const char *>> labels {
        {u"name"_qs, {"Kepler::PartnerEditor", QT_TRANSLATE_NOOP("Kepler::PartnerEditor", "&Name")}},
        {u"nameEn"_qs, {"Kepler::PartnerEditor", QT_TRANSLATE_NOOP("Kepler::PartnerEditor", "English name")}},
        {u"mode"_qs, {"Kepler::PartnerEditor", QT_TRANSLATE_NOOP("Kepler::PartnerEditor", "&Mode")}},
        {u"scenario"_qs, {"Kepler::PartnerEditor", QT_TRANSLATE_NOOP("Kepler::PartnerEditor", "&Scenario")}},
        {u"contactName"_qs,
            {"Kepler::PartnerEditor", QT_TRANSLATE_NOOP("Kepler::PartnerEditor", "Contact person")}},
        {u"contactEmail"_qs,
            {"Kepler::PartnerEditor", QT_TRANSLATE_NOOP("Kepler::PartnerEditor", "Contact e-mail")}},
        {u"contactPhone"_qs,
            {"Kepler::PartnerEditor", QT_TRANSLATE_NOOP("Kepler::PartnerEditor", "Contact phone")}},
        {u"commissionBps"_qs,
            {"Kepler::PartnerEditor", QT_TRANSLATE_NOOP("Kepler::PartnerEditor", "&Commission")}},
        {u"tags"_qs, {"Kepler::PartnerEditor", QT_TRANSLATE_NOOP("Kepler::PartnerEditor", "&Tags")}},
        {u"group"_qs,
            {"Kepler::PartnerQuotaPanel", QT_TRANSLATE_NOOP("Kepler::PartnerQuotaPanel", "&Group")}},
        {u"rateLimit"_qs,
            {"Kepler::PartnerQuotaPanel", QT_TRANSLATE_NOOP("Kepler::PartnerQuotaPanel", "&Rate limit")}},
        {u"dailyOrderCap"_qs,
            {"Kepler::PartnerQuotaPanel",
                QT_TRANSLATE_NOOP("Kepler::PartnerQuotaPanel", "&Daily order cap")}},
    };
    const auto it = labels.constFind(column);
    if (it == labels.constEnd())
        return column;
    // Without the mnemonic: "&Commission", and "佣金比例(&C)" as Chinese writes it.
    static const QRegularExpression mnemonic(u"\\(&[^)]\\)|&"_qs);
    return QCoreApplication::translate(it->first, it->second).remove(mnemonic);
}

QString ImportPreviewModel::changesText(const ImportRow &row)
{
    QStringList parts;
    for (const ImportFieldChange &c : row.changes) {
        QString from = c.from, to = c.to;
        if (c.column == u"mode" || c.column == u"scenario") {
            // Codes in the file ("settle_in", "news_app"), the form's words here.
            const auto word = [&](const QString &code) {
                if (code.isEmpty())
                    return code;
                if (c.column == u"scenario")
                    return scenarioDisplayName(code);
                const auto mode = partnerModeFromString(code);
                return mode ? displayName(*mode) : code;
            };
            from = word(c.from);
            to = word(c.to);
        } else if (c.column == u"commissionBps") {
            // Basis points in the file, a percentage in the form.
            bool fromOk = false, toOk = false;
            const int f = c.from.toInt(&fromOk), t = c.to.toInt(&toOk);
            if (fromOk)
                from = PartnerColumns::formatCommission(f);
            if (toOk)
                to = PartnerColumns::formatCommission(t);
        }
        // A new partner has nothing to change from: its values alone.
        parts << (row.action == ImportRow::Action::Create
                ? tr("%1: %2").arg(fieldLabel(c.column), to)
                : tr("%1: %2 → %3").arg(fieldLabel(c.column), from, to));
    }
    return parts.join(u"; "_qs);
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_visible.size())
        return {};
    const ImportRow &row = m_report.rows.at(m_visible.at(index.row()));
    const bool bad = !row.errors.isEmpty();
    if (role == HasErrorsRole)
        return bad;
    if (role == Qt::BackgroundRole) // a red tint over Base: the theme's text reads on it, light or dark
        return bad ? QVariant(PaletteTint::overBase(PaletteTint::Removed, 0.15)) : QVariant();
    if (role == Qt::ToolTipRole && index.column() >= ChangesColumn)
        return bad ? problemsText(row) : changesText(row);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LineColumn:
        return row.line;
    case ActionColumn:
        return actionName(row.action);
    case IdColumn:
        return row.id > 0 ? QVariant(row.id) : QVariant();
    case ChangesColumn:
        return changesText(row);
    case ProblemsColumn:
        return problemsText(row);
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Line");
    case ActionColumn:
        return tr("Result");
    case IdColumn:
        return tr("ID");
    case ChangesColumn:
        return tr("Changes");
    case ProblemsColumn:
        return tr("Problems");
    }
    return {};
}

} // namespace Kepler
