#include "CommandPaletteModel.h"

#include "PartnerDirectoryModel.h"
#include "PartnerSearchIndex.h"

#include <algorithm>

namespace Kepler {
namespace {

constexpr int SubstringScore = 200; // a query found as typed beats any scattered match

bool isWordStart(const QString &text, qsizetype at)
{
    return at == 0 || !text.at(at - 1).isLetterOrNumber();
}

struct Ranked
{
    PaletteCommand command;
    int score = 0;
    int recentRank = 0;
    int order = 0;
};

} // namespace

CommandPaletteModel::CommandPaletteModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int CommandPaletteModel::matchScore(const QString &rawText, const QString &rawQuery)
{
    const QString query = PartnerSearchIndex::fold(rawQuery.simplified());
    if (query.isEmpty())
        return 0;
    const QString text = PartnerSearchIndex::fold(rawText);
    if (text.isEmpty())
        return -1;
    // Substring: the whole text best, then its start, then the start of a word, then anywhere.
    if (const qsizetype at = text.indexOf(query); at >= 0) {
        if (text.size() == query.size())
            return SubstringScore + 150;
        if (at == 0)
            return SubstringScore + 100;
        if (isWordStart(text, at))
            return SubstringScore + 50;
        return SubstringScore;
    }
    // Subsequence ("stfac" in "staff accounts"): fewer, earlier breaks score higher; word starts help.
    const QString needle = QString(query).remove(u' ');
    int score = SubstringScore - 1;
    qsizetype from = 0;
    qsizetype previous = -2;
    for (const QChar c : needle) {
        const qsizetype at = text.indexOf(c, from);
        if (at < 0)
            return -1;
        if (at != previous + 1)
            score -= isWordStart(text, at) ? 4 : 10;
        previous = at;
        from = at + 1;
    }
    return std::max(1, score);
}

void CommandPaletteModel::setCommands(const QList<PaletteCommand> &commands)
{
    m_commands = commands;
    refresh();
}

void CommandPaletteModel::setPartnerDirectory(PartnerDirectoryModel *directory)
{
    m_directory = directory;
    refresh();
}

void CommandPaletteModel::setRecent(const QStringList &keys)
{
    m_recent = keys.mid(0, MaxRecent);
    refresh();
}

void CommandPaletteModel::markUsed(const QString &key)
{
    m_recent.removeAll(key);
    m_recent.prepend(key);
    while (m_recent.size() > MaxRecent)
        m_recent.removeLast();
}

PaletteCommand CommandPaletteModel::partnerCommand(
    qint64 id, const QString &name, const QString &nameEn) const
{
    PaletteCommand c;
    c.key = u"partner:"_qs + QString::number(id);
    c.text = name;
    c.englishText = nameEn;
    c.detail = nameEn.isEmpty() ? tr("Partner #%1").arg(id) : tr("%1 · partner #%2").arg(nameEn).arg(id);
    c.kind = PaletteCommand::Kind::Partner;
    return c;
}

void CommandPaletteModel::setQuery(const QString &query)
{
    m_query = query;
    const auto recentRank = [this](const QString &key) {
        const qsizetype at = m_recent.indexOf(key);
        return at < 0 ? int(MaxRecent) + 1 : int(at);
    };
    QList<Ranked> ranked;
    int order = 0;
    if (query.trimmed().isEmpty()) {
        // Nothing typed: what was used lately, then every page and action in the window's order.
        for (const PaletteCommand &c : std::as_const(m_commands))
            ranked.append({c, 0, recentRank(c.key), order++});
        if (m_directory) {
            for (const QString &key : std::as_const(m_recent)) {
                if (!key.startsWith(u"partner:"))
                    continue;
                if (const auto p = m_directory->partnerById(key.mid(8).toLongLong()))
                    ranked.append({partnerCommand(p->id, p->name, p->nameEn), 0, recentRank(key), order++});
            }
        }
    } else {
        for (const PaletteCommand &c : std::as_const(m_commands)) {
            int score = std::max(matchScore(c.text, query), matchScore(c.englishText, query));
            // "console settings": an action's menu and its name together, a little behind a direct hit
            // (not for pages, whose detail is only the word "Page").
            if (c.kind == PaletteCommand::Kind::Action)
                score = std::max(score, matchScore(c.detail + u' ' + c.text, query) - 20);
            if (score >= 0)
                ranked.append({c, score, recentRank(c.key), order++});
        }
        if (m_directory) {
            for (const Partner &p : m_directory->search(query, MaxPartners)) {
                PaletteCommand c = partnerCommand(p.id, p.name, p.nameEn);
                // Found by the directory (contact, tag or id count too): a substring match at least.
                const int score = std::max({SubstringScore - 10, matchScore(p.name, query),
                    matchScore(p.nameEn, query), matchScore(QString::number(p.id), query)});
                ranked.append({c, score, recentRank(c.key), order++});
            }
        }
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        // Typed as found beats scattered letters; among those, recently used first, then the
        // window's pages and actions (a handful) before partners (thousands), then quality.
        const bool aDirect = a.score >= SubstringScore - 10;
        const bool bDirect = b.score >= SubstringScore - 10;
        if (aDirect != bDirect)
            return aDirect;
        if (a.recentRank != b.recentRank)
            return a.recentRank < b.recentRank;
        const bool aPartner = a.command.kind == PaletteCommand::Kind::Partner;
        const bool bPartner = b.command.kind == PaletteCommand::Kind::Partner;
        if (aPartner != bPartner)
            return bPartner;
        if (a.score != b.score)
            return a.score > b.score;
        return a.order < b.order;
    });
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(ranked.size());
    for (const Ranked &r : std::as_const(ranked))
        m_rows.append(r.command);
    endResetModel();
}

int CommandPaletteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CommandPaletteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PaletteCommand &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return c.text;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return c.shortcut.isEmpty() ? c.detail : c.detail + u" ("_qs + c.shortcut + u')';
    case KeyRole:
        return c.key;
    case KindRole:
        return int(c.kind);
    case DetailRole:
        return c.detail;
    case ShortcutRole:
        return c.shortcut;
    case PartnerIdRole:
        return c.kind == PaletteCommand::Kind::Partner ? QVariant(c.key.mid(8).toLongLong()) : QVariant();
    default:
        return {};
    }
}

} // namespace Kepler
