#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace Kepler {

// Console preferences. The language applies at once, without a restart.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // "" = follow the system, otherwise a locale name such as "zh_CN" or "en".
    void setLanguage(const QString &language);
    QString language() const;

Q_SIGNALS:
    void languageChosen(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace Kepler
