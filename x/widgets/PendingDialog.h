#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Kepler {

// A dialog whose OK starts a request and stays open until it succeeds: the page calls done()
// on success, or showError() on failure — the dialog then keeps everything typed and turns its
// OK button into "Try again". Nothing a reviewer wrote is lost to a network hiccup or a refusal.
class PendingDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PendingDialog(QWidget *parent = nullptr);

    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    void showError(const QString &message);
    QString errorText() const;
    void succeed() { accept(); }
    QPushButton *okButton() const;
    // The window title, repeated in bold inside: says which item the dialog acts on even where the
    // title bar is small or missing (screenshots, some window managers).
    void setTitle(const QString &title);

Q_SIGNALS:
    // OK pressed with valid input: start the request.
    void submitted();

protected:
    QVBoxLayout *contentLayout() const { return m_content; }
    void setOkText(const QString &text);
    // Subclasses call this when their input changes; an empty hint enables OK.
    void setHint(const QString &hint);

private:
    QLabel *m_heading = nullptr;
    QVBoxLayout *m_content = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_okText;
    bool m_busy = false;
    bool m_hintBlocks = false;
};

} // namespace Kepler
