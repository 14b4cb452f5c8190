#pragma once

#include <QObject>
#include <memory>

class QTranslator;

namespace Kepler {

// Installs the console's and Qt's own translations and swaps them at run time; Qt then sends
// every widget a LanguageChange event and each retranslates itself.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // "" = the system locale; otherwise "en", "zh_CN", ...
    void apply(const QString &language);
    QString current() const { return m_current; }
    // Where kepler_<locale>.qm are looked for; the resources (":/i18n") unless a test says so.
    void setTranslationsDirectory(const QString &directory) { m_translations = directory; }

private:
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current;
    QString m_translations = QStringLiteral(":/i18n");
};

} // namespace Kepler
