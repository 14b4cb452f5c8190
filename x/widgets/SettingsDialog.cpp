#include "SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Kepler {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_languageLabel->setBuddy(m_language);
    form->addRow(m_languageLabel, m_language);
    m_themeLabel = new QLabel(this);
    m_theme = new QComboBox(this);
    m_theme->setObjectName(u"theme"_qs);
    m_themeLabel->setBuddy(m_theme);
    form->addRow(m_themeLabel, m_theme);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Language names are shown in their own language, so anyone can find theirs.
    m_language->addItem(QString(), QString());
    m_language->addItem(u"English"_qs, u"en"_qs);
    m_language->addItem(u"简体中文"_qs, u"zh_CN"_qs);
    connect(m_language, &QComboBox::activated, this,
        [this](int index) { Q_EMIT languageChosen(m_language->itemData(index).toString()); });
    for (const QString &theme : {u"system"_qs, u"light"_qs, u"dark"_qs})
        m_theme->addItem(QString(), theme);
    connect(m_theme, &QComboBox::activated, this,
        [this](int index) { Q_EMIT themeChosen(m_theme->itemData(index).toString()); });
    retranslate();
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("&Language"));
    m_language->setItemText(0, tr("System default"));
    m_language->setAccessibleName(tr("Language"));
    m_themeLabel->setText(tr("&Theme"));
    m_theme->setItemText(0, tr("Follow the system"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));
}

void SettingsDialog::setLanguage(const QString &language)
{
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::setTheme(const QString &theme)
{
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(theme)));
}

QString SettingsDialog::theme() const
{
    return m_theme->currentData().toString();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Kepler
