#include "ThemeManager.h"

#include "OutlinedFusionStyle.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QDir>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

Q_LOGGING_CATEGORY(lcTheme, "kepler.app.theme")

namespace Kepler {
namespace {

const QString PortalService = u"org.freedesktop.portal.Desktop"_qs;
const QString PortalPath = u"/org/freedesktop/portal/desktop"_qs;
const QString PortalInterface = u"org.freedesktop.portal.Settings"_qs;
const QString AppearanceGroup = u"org.freedesktop.appearance"_qs;
const QString ColorSchemeKey = u"color-scheme"_qs;

// Read answers a variant holding the value; older portals wrap it once more.
QVariant unwrap(QVariant v)
{
    while (v.userType() == qMetaTypeId<QDBusVariant>())
        v = qvariant_cast<QDBusVariant>(v).variant();
    return v;
}

} // namespace

ThemeManager::ThemeManager(QObject *parent)
    : QObject(parent)
{
}

ThemeManager::Mode ThemeManager::modeFromString(const QString &name)
{
    if (name == u"light")
        return Mode::Light;
    if (name == u"dark")
        return Mode::Dark;
    return Mode::System;
}

QString ThemeManager::modeToString(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return u"light"_qs;
    case Mode::Dark:
        return u"dark"_qs;
    case Mode::System:
        break;
    }
    return u"system"_qs;
}

bool ThemeManager::themeNameIsDark(const QString &name)
{
    return name.contains(u"dark", Qt::CaseInsensitive);
}

std::optional<bool> ThemeManager::gtkPrefersDark(const QString &configHome)
{
    // GTK_THEME=Adwaita:dark or a "-dark" theme name: the variant after ':' counts as well.
    const QString env = qEnvironmentVariable("GTK_THEME");
    if (!env.isEmpty())
        return themeNameIsDark(env);
    QSettings gtk(QDir(configHome).filePath(u"gtk-3.0/settings.ini"_qs), QSettings::IniFormat);
    gtk.beginGroup(u"Settings"_qs);
    if (gtk.value(u"gtk-application-prefer-dark-theme"_qs).toString() == u"1"
        || gtk.value(u"gtk-application-prefer-dark-theme"_qs).toString() == u"true")
        return true;
    const QString theme = gtk.value(u"gtk-theme-name"_qs).toString();
    if (!theme.isEmpty())
        return themeNameIsDark(theme);
    return std::nullopt;
}

std::optional<bool> ThemeManager::portalSchemeIsDark(uint scheme)
{
    if (scheme == 1)
        return true;
    if (scheme == 2)
        return false;
    return std::nullopt;
}

QPalette ThemeManager::lightPalette()
{
    // Made once and never deleted: a static QStyle destroyed after QApplication would crash at exit.
    static QStyle *fusion = QStyleFactory::create(u"Fusion"_qs);
    return fusion->standardPalette();
}

QPalette ThemeManager::darkPalette()
{
    // Fusion's dark scheme as Qt 6.5 ships it, with a link colour and placeholder text that keep
    // 4.5:1 contrast on the dark base.
    QPalette p;
    const QColor window(0x32, 0x32, 0x32);
    const QColor base(0x24, 0x24, 0x24);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80);
    const QColor highlight(0x2f, 0x6f, 0xc0);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x2c, 0x2c, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x3c));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x42, 0x42, 0x42));
    p.setColor(QPalette::Mid, QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x3d, 0x4f, 0x66));
    return p;
}

void ThemeManager::apply(Mode mode)
{
    m_mode = mode;
    if (!m_applied) {
        // One style everywhere: the palettes (and the focus frames) are Fusion's, with check box
        // frames that show on the dark palette's Base too.
        QApplication::setStyle(new OutlinedFusionStyle);
    }
    if (mode == Mode::System)
        askPortal();
    update();
}

bool ThemeManager::systemPrefersDark() const
{
    if (m_portalDark)
        return *m_portalDark;
    const QString configHome = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    return gtkPrefersDark(configHome).value_or(false);
}

void ThemeManager::update()
{
    const bool dark = m_mode == Mode::Dark || (m_mode == Mode::System && systemPrefersDark());
    if (m_applied && dark == m_dark)
        return;
    m_applied = true;
    m_dark = dark;
    qCDebug(lcTheme) << "theme" << (dark ? "dark" : "light") << "mode" << modeToString(m_mode);
    // Every widget gets a PaletteChange and repaints: no restart, nothing to rebuild.
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
    // Widgets with a style sheet keep the palette they were polished with: polish them again.
    for (QWidget *w : QApplication::allWidgets()) {
        if (!w->styleSheet().isEmpty()) {
            w->style()->unpolish(w);
            w->style()->polish(w);
            w->update();
        }
    }
    Q_EMIT darkChanged(dark);
}

void ThemeManager::askPortal()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return; // no session bus (a server, a test): the GTK fallback decides
    if (!m_listening) {
        m_listening = bus.connect(PortalService, PortalPath, PortalInterface, u"SettingChanged"_qs, this,
            SLOT(onPortalSettingChanged(QString, QString, QDBusVariant)));
    }
    QDBusMessage read
        = QDBusMessage::createMethodCall(PortalService, PortalPath, PortalInterface, u"Read"_qs);
    read << AppearanceGroup << ColorSchemeKey;
    // Asynchronous: the window shows at once (GTK guess first); the portal's answer follows.
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(read, 2000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QVariant> reply = *w;
        if (reply.isError()) {
            qCDebug(lcTheme) << "no portal colour scheme:" << reply.error().message();
            return;
        }
        m_portalDark = portalSchemeIsDark(unwrap(reply.value()).toUInt());
        update();
    });
}

void ThemeManager::onPortalSettingChanged(const QString &group, const QString &key, const QDBusVariant &value)
{
    if (group != AppearanceGroup || key != ColorSchemeKey)
        return;
    m_portalDark = portalSchemeIsDark(unwrap(value.variant()).toUInt());
    update();
}

} // namespace Kepler
