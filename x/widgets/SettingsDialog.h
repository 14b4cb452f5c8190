#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace Kepler {

// Console preferences. The language and the theme apply at once, without a restart.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // "" = follow the system, otherwise a locale name such as "zh_CN" or "en".
    void setLanguage(const QString &language);
    QString language() const;
    // "system", "light" or "dark".
    void setTheme(const QString &theme);
    QString theme() const;

Q_SIGNALS:
    void languageChosen(const QString &language);
    void themeChosen(const QString &theme);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_themeLabel = nullptr;
    QComboBox *m_theme = nullptr;
};

} // namespace Kepler
