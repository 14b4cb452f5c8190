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

private:
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current;
};

} // namespace Kepler
