#include "CommandPalette.h"

#include "models/CommandPaletteModel.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace Kepler {
namespace {

// Two lines per entry: what it does, and below it, dimmer, where it lives; the shortcut on the
// right. Colours are palette roles, so the light and the dark theme both read well, and the focus
// frame is the style's own.
class PaletteDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics fm(option.font);
        return {200, fm.height() * 2 + 10};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        const bool selected = opt.state.testFlag(QStyle::State_Selected);
        const QPalette::ColorGroup group
            = opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
        const QColor main = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        QColor dim = main;
        dim.setAlphaF(0.7);
        const QRect r = opt.rect.adjusted(10, 4, -10, -4);
        const QFontMetrics fm(opt.font);
        const QString shortcut = index.data(CommandPaletteModel::ShortcutRole).toString();
        const int keysWidth = shortcut.isEmpty() ? 0 : fm.horizontalAdvance(shortcut) + 16;

        painter->save();
        painter->setFont(opt.font);
        painter->setPen(main);
        const QRect top(r.left(), r.top(), r.width() - keysWidth, fm.height());
        painter->drawText(
            top, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(text, Qt::ElideRight, top.width()));
        painter->setPen(dim);
        const QRect bottom(r.left(), r.bottom() - fm.height() + 1, r.width() - keysWidth, fm.height());
        painter->drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(
                index.data(CommandPaletteModel::DetailRole).toString(), Qt::ElideRight, bottom.width()));
        if (!shortcut.isEmpty()) {
            // The key in a rounded outline, as keyboards are drawn in help texts.
            painter->setRenderHint(QPainter::Antialiasing);
            const QRect keys(r.right() - keysWidth + 8, r.center().y() - fm.height() / 2 - 2, keysWidth - 8,
                fm.height() + 4);
            painter->setPen(QPen(dim, 1));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(QRectF(keys).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
            painter->setPen(main);
            painter->drawText(keys, Qt::AlignCenter, shortcut);
        }
        painter->restore();
    }
};

} // namespace

CommandPalette::CommandPalette(CommandPaletteModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
{
    setObjectName(u"commandPalette"_qs);
    // A frameless sheet at the top of the window, as in editors; Esc (QDialog's reject) closes it.
    setWindowFlags(Qt::Dialog | Qt::FramelessWindowHint);
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"paletteSearch"_qs);
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    QFont big = m_search->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_search->setFont(big);
    m_list = new QListView(this);
    m_list->setObjectName(u"paletteList"_qs);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new PaletteDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    // The search field keeps the keyboard and steers the list: no Tab stop of its own.
    m_list->setFocusPolicy(Qt::ClickFocus);
    m_hint = new QLabel(this);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setQuery(text);
        selectFirst();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &CommandPalette::choose);
    connect(m_list, &QListView::activated, this, &CommandPalette::choose);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CommandPalette::selectFirst);
    retranslate();
}

void CommandPalette::retranslate()
{
    setWindowTitle(tr("Command palette"));
    m_search->setPlaceholderText(tr("Go to a page, run a command or open a partner…"));
    m_search->setAccessibleName(tr("Command"));
    m_list->setAccessibleName(tr("Matching commands"));
    m_hint->setText(tr("↑↓ to choose · Enter to run · Esc to close"));
}

void CommandPalette::popup()
{
    QWidget *window = parentWidget() ? parentWidget()->window() : nullptr;
    const QSize size(window ? qBound(420, window->width() / 2, 720) : 600, 420);
    resize(size);
    if (window)
        move(window->mapToGlobal(QPoint((window->width() - size.width()) / 2, window->height() / 8)));
    m_search->clear();
    m_model->setQuery(QString());
    selectFirst();
    show();
    raise();
    activateWindow();
    m_search->setFocus();
}

void CommandPalette::selectFirst()
{
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
}

void CommandPalette::choose()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const PaletteCommand command = m_model->commandAt(current.row());
    m_model->markUsed(command.key);
    accept();
    Q_EMIT commandChosen(command);
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    // Arrow and page keys in the search field move the list, so hands stay on the keys.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CommandPalette::paintEvent(QPaintEvent *event)
{
    QDialog::paintEvent(event);
    // Frameless: a line of the palette's own shade sets it off from the window below, in either theme.
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::Dark));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
}

void CommandPalette::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Kepler
