#include "PartnerKeySecretDialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kepler {
namespace {

QLineEdit *readOnlyField(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *field = new QLineEdit(text, parent);
    field->setObjectName(objectName);
    field->setReadOnly(true);
    field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    field->setMinimumWidth(field->fontMetrics().horizontalAdvance(text) + 24);
    field->setCursorPosition(0);
    return field;
}

} // namespace

PartnerKeySecretDialog::PartnerKeySecretDialog(const IssuedPartnerKey &issued, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"keySecretDialog"_qs);
    setWindowTitle(tr("New app key"));
    setAttribute(Qt::WA_DeleteOnClose);

    auto *layout = new QVBoxLayout(this);
    auto *warning = new QLabel(tr("<b>Copy the secret now.</b> It is shown only this once: Kepler keeps "
                                  "no copy it can show again. If it is lost, rotate the key to get a "
                                  "new secret."),
        this);
    warning->setObjectName(u"secretWarning"_qs);
    warning->setWordWrap(true);
    warning->setTextFormat(Qt::RichText);
    layout->addWidget(warning);

    auto *form = new QFormLayout;
    m_appKey = readOnlyField(issued.key.appKey, u"appKeyField"_qs, this);
    m_appKey->setAccessibleName(tr("App key"));
    form->addRow(tr("App &key"), m_appKey);
    m_secret = readOnlyField(issued.secret, u"secretField"_qs, this);
    m_secret->setAccessibleName(tr("Secret"));
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setObjectName(u"copySecret"_qs);
    m_copy->setAccessibleName(tr("Copy the secret"));
    secretRow->addWidget(m_copy);
    // A label given as text has no buddy and would show "&Secret" as it is.
    auto *secretLabel = new QLabel(tr("&Secret"), this);
    secretLabel->setBuddy(m_secret);
    form->addRow(secretLabel, secretRow);
    layout->addLayout(form);

    auto *hint = new QLabel(tr("Give both to the partner over a secure channel. Signing requests is "
                               "described in the partner documentation (signing.md)."),
        this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("I have copied the secret"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeSecret"_qs);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_copy, &QPushButton::clicked, this, &PartnerKeySecretDialog::copySecret);
    m_secret->selectAll();
    m_secret->setFocus();
}

QString PartnerKeySecretDialog::appKey() const
{
    return m_appKey->text();
}

QString PartnerKeySecretDialog::secret() const
{
    return m_secret->text();
}

void PartnerKeySecretDialog::copySecret()
{
    QGuiApplication::clipboard()->setText(m_secret->text());
    m_copy->setText(tr("Copied"));
}

bool PartnerKeySecretDialog::secretCopied() const
{
    // Copy, or Ctrl+C in the field: either way the clipboard holds it.
    return QGuiApplication::clipboard()->text() == m_secret->text();
}

void PartnerKeySecretDialog::reject()
{
    // Esc or the window's close button: the secret is gone for good once this closes, so a secret
    // nobody copied is not dropped without asking.
    if (!secretCopied()) {
        QMessageBox ask(QMessageBox::Warning, tr("Close without copying?"),
            tr("The secret was not copied. Kepler keeps no copy: after closing, it cannot be shown "
               "again and the key must be rotated to get a new secret."),
            QMessageBox::NoButton, this);
        ask.setObjectName(u"secretNotCopied"_qs);
        QPushButton *close = ask.addButton(tr("Close without copying"), QMessageBox::DestructiveRole);
        QPushButton *stay = ask.addButton(tr("Keep it open"), QMessageBox::RejectRole);
        ask.setDefaultButton(stay);
        ask.setEscapeButton(stay);
        ask.exec();
        if (ask.clickedButton() != close)
            return;
    }
    QDialog::reject();
}

} // namespace Kepler
