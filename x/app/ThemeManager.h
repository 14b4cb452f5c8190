#pragma once

#include <QDBusVariant>
#include <QObject>
#include <QPalette>
#include <optional>

namespace Kepler {

// Light or dark, chosen in Settings (System / Light / Dark) and switched at run time. "System"
// follows the desktop: Qt 6.4 has no QStyleHints::colorScheme, so it asks the freedesktop portal
// (org.freedesktop.appearance color-scheme over D-Bus) and listens for changes; without a portal
// it looks at the GTK theme ($GTK_THEME, gtk-3.0/settings.ini). Every window uses Fusion, whose
// palette roles the console's own painting follows.
class ThemeManager : public QObject
{
    Q_OBJECT

public:
    enum class Mode { System, Light, Dark };

    explicit ThemeManager(QObject *parent = nullptr);

    // "system", "light", "dark" (what the settings keep); anything else is System.
    static Mode modeFromString(const QString &name);
    static QString modeToString(Mode mode);

    // Sets Fusion and the palette for `mode`; with System, also starts asking the portal.
    void apply(Mode mode);
    Mode mode() const { return m_mode; }
    bool isDark() const { return m_dark; }

    static QPalette darkPalette();
    static QPalette lightPalette();
    // GTK theme names such as "Adwaita-dark", "Yaru-dark", "Breeze-Dark"; false for "Adwaita".
    static bool themeNameIsDark(const QString &name);
    // The GTK fallback: $GTK_THEME, then gtk-3.0/settings.ini under `configHome` (gtk-theme-name,
    // gtk-application-prefer-dark-theme). nullopt when neither says anything.
    static std::optional<bool> gtkPrefersDark(const QString &configHome);
    // The portal's answer: 1 prefers dark, 2 prefers light, 0 no preference (nullopt).
    static std::optional<bool> portalSchemeIsDark(uint scheme);

Q_SIGNALS:
    void darkChanged(bool dark);

private Q_SLOTS:
    void onPortalSettingChanged(const QString &group, const QString &key, const QDBusVariant &value);

private:
    void askPortal();
    void update();
    bool systemPrefersDark() const;

    Mode m_mode = Mode::System;
    bool m_dark = false;
    bool m_applied = false;
    bool m_listening = false;
    std::optional<bool> m_portalDark;
};

} // namespace Kepler
