#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace Kepler {

class PartnerDirectoryModel;

// One thing the command palette can run: a page to go to or an action. The key stays the same
// across languages and runs (it is what "recently used" remembers); the English text is matched
// too, so "audit" finds 审计日志 while the console speaks Chinese.
struct PaletteCommand
{
    enum class Kind { Page, Action, Partner };

    QString key; // "page:partners", "action:settings", "partner:42"
    QString text; // in the current language, mnemonic '&' removed
    QString englishText; // the source text; empty when it is the same as text
    QString detail; // where it lives, e.g. the menu ("Go", "Partners")
    QString shortcut; // native text of the shortcut, if any
    Kind kind = Kind::Action;
};

// The command palette's list (Ctrl+K): pages and actions given by the window, plus partners by
// name, English name, contact, tag or id from the partner directory the console already holds.
// Matching: a query is found in the text (substring, best at the start of a word) or, failing
// that, as a subsequence ("stfac" → "Staff accounts"); recently used entries come first among
// equally good matches, and on an empty query.
class CommandPaletteModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        KindRole, // int(PaletteCommand::Kind)
        DetailRole,
        ShortcutRole,
        PartnerIdRole, // qint64, partners only
    };

    static constexpr int MaxPartners = 30;
    static constexpr int MaxRecent = 12;

    explicit CommandPaletteModel(QObject *parent = nullptr);

    void setCommands(const QList<PaletteCommand> &commands);
    // Partners come from here (not copied): it may still be loading when the palette opens.
    void setPartnerDirectory(PartnerDirectoryModel *directory);

    void setQuery(const QString &query);
    QString query() const { return m_query; }
    // Refreshes the rows for the current query (e.g. once the directory has loaded).
    void refresh() { setQuery(m_query); }

    // Most recent first; what the palette saved last time.
    void setRecent(const QStringList &keys);
    QStringList recent() const { return m_recent; }
    // Called when an entry runs: it moves to the front of the recent list.
    void markUsed(const QString &key);

    PaletteCommand commandAt(int row) const { return m_rows.value(row); }

    // The match quality of `query` in `text`: < 0 no match; higher is better. Case and full-width
    // forms are folded as the partner search folds them. Public for the unit test.
    static int matchScore(const QString &text, const QString &query);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    PaletteCommand partnerCommand(qint64 id, const QString &name, const QString &nameEn) const;

    QList<PaletteCommand> m_commands;
    QList<PaletteCommand> m_rows;
    QPointer<PartnerDirectoryModel> m_directory;
    QStringList m_recent;
    QString m_query;
};

} // namespace Kepler
