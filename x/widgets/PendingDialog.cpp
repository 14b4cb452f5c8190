#include "PendingDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kepler {

PendingDialog::PendingDialog(QWidget *parent)
    : QDialog(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"dialogHeading"_qs);
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->hide();
    layout->addWidget(m_heading);
    m_content = new QVBoxLayout;
    layout->addLayout(m_content);
    m_hint = new QLabel(this);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_error = new QLabel(this);
    m_error->setObjectName(u"dialogError"_qs);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c62828;"_qs);
    m_error->hide();
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_busy || m_hintBlocks)
            return;
        setBusy(true);
        Q_EMIT submitted();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(460);
}

QPushButton *PendingDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void PendingDialog::setTitle(const QString &title)
{
    setWindowTitle(title);
    m_heading->setText(title);
    m_heading->setVisible(!title.isEmpty());
}

void PendingDialog::setOkText(const QString &text)
{
    m_okText = text;
    okButton()->setText(text);
}

void PendingDialog::setHint(const QString &hint)
{
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    m_hintBlocks = !hint.isEmpty();
    okButton()->setEnabled(!m_busy && !m_hintBlocks);
}

void PendingDialog::setBusy(bool busy)
{
    m_busy = busy;
    okButton()->setEnabled(!busy && !m_hintBlocks);
    if (busy)
        m_error->hide();
}

void PendingDialog::showError(const QString &message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->show();
    okButton()->setText(tr("Try again"));
}

QString PendingDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

} // namespace Kepler
