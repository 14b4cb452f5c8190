#include "LanguageManager.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcLanguage, "kepler.app.language")

namespace Kepler {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager() = default;

void LanguageManager::apply(const QString &language)
{
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::C) // LANG=C or unset: English, with English dates and numbers
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app = std::make_unique<QTranslator>();
    m_qt = std::make_unique<QTranslator>();
    // English is the source language: no file needed, and a missing zh_TW falls back to English.
    if (m_app->load(locale, u"kepler"_qs, u"_"_qs, m_translations))
        QCoreApplication::installTranslator(m_app.get());
    else
        qCDebug(lcLanguage) << "no console translation for" << locale.name();
    if (m_qt->load(locale, u"qtbase"_qs, u"_"_qs, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    m_current = language;
    // Qt appends the display name to every window title ("Settings — Kepler Console"): in the
    // user's language, and the main window's title leaves it to Qt so it shows once.
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setApplicationDisplayName(tr("Kepler Console"));
}

} // namespace Kepler
