#include "ConsoleSettings.h"

namespace Kepler {
namespace {

struct KeyInfo
{
    const char *name;
    QVariant defaultValue;
};

KeyInfo info(ConsoleSettings::Key key)
{
    switch (key) {
    case ConsoleSettings::Key::Language:
        return {"ui/language", QString()};
    case ConsoleSettings::Key::Theme:
        return {"ui/theme", u"system"_qs};
    case ConsoleSettings::Key::PaletteRecent:
        return {"ui/paletteRecent", QStringList()};
    case ConsoleSettings::Key::ServerProfiles:
        return {"connection/servers", QStringList()};
    case ConsoleSettings::Key::LastServer:
        return {"connection/lastServer", QString()};
    case ConsoleSettings::Key::LastUsername:
        return {"connection/lastUsername", QString()};
    case ConsoleSettings::Key::RememberMe:
        return {"connection/rememberMe", true};
    case ConsoleSettings::Key::WindowGeometry:
        return {"window/geometry", QByteArray()};
    case ConsoleSettings::Key::WindowState:
        return {"window/state", QByteArray()};
    case ConsoleSettings::Key::PartnersHeader:
        return {"partners/header", QByteArray()};
    case ConsoleSettings::Key::PartnersSplitter:
        return {"partners/splitter", QByteArray()};
    }
    return {"invalid", QVariant()};
}

} // namespace

ConsoleSettings::ConsoleSettings() = default;

ConsoleSettings::ConsoleSettings(const QString &fileName)
    : m_settings(fileName, QSettings::IniFormat)
{
}

QVariant ConsoleSettings::value(Key key) const
{
    const KeyInfo i = info(key);
    return m_settings.value(QLatin1String(i.name), i.defaultValue);
}

void ConsoleSettings::setValue(Key key, const QVariant &value)
{
    m_settings.setValue(QLatin1String(info(key).name), value);
}

QString ConsoleSettings::lastPage(const QString &username) const
{
    return m_settings.value(u"lastPage/%1"_qs.arg(username)).toString();
}

void ConsoleSettings::setLastPage(const QString &username, const QString &page)
{
    m_settings.setValue(u"lastPage/%1"_qs.arg(username), page);
}

QByteArray ConsoleSettings::tableHeader(const QString &table) const
{
    return m_settings.value(u"tables/%1/header"_qs.arg(table)).toByteArray();
}

void ConsoleSettings::setTableHeader(const QString &table, const QByteArray &state)
{
    m_settings.setValue(u"tables/%1/header"_qs.arg(table), state);
}

void ConsoleSettings::rememberServer(const QString &url)
{
    QStringList servers = value(Key::ServerProfiles).toStringList();
    servers.removeAll(url);
    servers.prepend(url);
    while (servers.size() > 10)
        servers.removeLast();
    setValue(Key::ServerProfiles, servers);
    setValue(Key::LastServer, url);
}

} // namespace Kepler
