#pragma once

#include <QSettings>
#include <QStringList>
#include <QVariant>

namespace Kepler {

// Typed access to the console's settings: one key enum, one table of names and defaults
// (KeePassXC's Config does the same). Tests point it at a temporary file.
class ConsoleSettings
{
public:
    enum class Key {
        Language, // "" follows the system
        Theme, // "system", "light" or "dark" (ThemeManager)
        PaletteRecent, // QStringList: the command palette's recently used keys, most recent first
        ServerProfiles, // QStringList of server URLs used before
        LastServer,
        LastUsername,
        RememberMe,
        WindowGeometry,
        WindowState,
        PartnersHeader,
        PartnersSplitter,
    };

    ConsoleSettings(); // the user's settings (QSettings organisation/app names)
    explicit ConsoleSettings(const QString &fileName); // a given INI file, for tests

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);

    // A table's header (column order, widths, hidden columns, sort) by the table's name, e.g.
    // "catalog"; empty when never saved.
    QByteArray tableHeader(const QString &table) const;
    void setTableHeader(const QString &table, const QByteArray &state);

    // The page a staff account was last on ("reviews", "partners"…), where its next sign-in starts;
    // empty when never saved.
    QString lastPage(const QString &username) const;
    void setLastPage(const QString &username, const QString &page);

    // Puts a server URL first in the remembered profiles (at most 10).
    void rememberServer(const QString &url);

    // The store itself, for widgets that keep their own keys under a prefix of their own (the
    // dashboards' time range and auto refresh): listing those here would tie app/ to each page.
    QSettings *store() { return &m_settings; }

private:
    mutable QSettings m_settings;
};

} // namespace Kepler
