#include "GoToPartnerDialog.h"

#include "api/ApiError.h"
#include "models/PartnerDirectoryModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace Kepler {

GoToPartnerDialog::GoToPartnerDialog(PartnerDirectoryModel *directory, QWidget *parent)
    : QDialog(parent)
    , m_directory(directory)
{
    setWindowTitle(tr("Go to partner"));
    resize(620, 420);
    auto *layout = new QVBoxLayout(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"goToSearch"_qs);
    m_search->setPlaceholderText(tr("Name, English name, contact, tag or ID"));
    m_search->setAccessibleName(tr("Go to partner"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_list = new QTableView(this);
    m_list->setObjectName(u"goToList"_qs);
    m_list->setModel(m_directory);
    m_list->setAccessibleName(tr("Matching partners"));
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTabKeyNavigation(false); // Tab leaves the list (arrows move in it), never walks its cells
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 8);
    // Every column in view at the dialog's size: the names share what the id and status leave.
    QHeaderView *header = m_list->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(PartnerDirectoryModel::Name, QHeaderView::Stretch);
    header->setSectionResizeMode(PartnerDirectoryModel::NameEn, QHeaderView::Stretch);
    header->setSectionResizeMode(PartnerDirectoryModel::Status, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PartnerDirectoryModel::Id, QHeaderView::ResizeToContents);
    m_status = new QLabel(this);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);

    // Every key filters at once: the directory answers from memory, no request per key.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_directory->setFilterText(text);
        if (m_directory->rowCount() > 0)
            m_list->setCurrentIndex(m_directory->index(0, 0));
        updateStatus();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &GoToPartnerDialog::choose);
    connect(m_list, &QTableView::activated, this, &GoToPartnerDialog::choose);
    connect(m_directory, &PartnerDirectoryModel::progress, this, &GoToPartnerDialog::updateStatus);
    connect(m_directory, &PartnerDirectoryModel::loadFinished, this, [this] {
        m_directory->setFilterText(m_search->text());
        if (m_directory->rowCount() > 0)
            m_list->setCurrentIndex(m_directory->index(0, 0));
        updateStatus();
    });
    connect(m_directory, &PartnerDirectoryModel::loadFailed, this,
        [this](const ApiError &error) { m_status->setText(error.message()); });

    m_search->setText(m_directory->filterText());
    m_search->selectAll();
    // Load once; later openings use what is held (the page reloads it after changes).
    if (!m_directory->isLoaded())
        m_directory->load();
    updateStatus();
}

void GoToPartnerDialog::updateStatus()
{
    const QLocale locale;
    if (m_directory->isLoading())
        m_status->setText(tr("Loading all partners…"));
    else if (m_directory->rowCount() == 0 && m_directory->isLoaded())
        m_status->setText(tr("No partner matches."));
    else
        m_status->setText(
            tr("%1 of %2 partners · ↑↓ to choose, Enter to open")
                .arg(locale.toString(m_directory->rowCount()), locale.toString(m_directory->partnerCount())));
}

void GoToPartnerDialog::choose()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    m_chosen = m_directory->partnerAt(current.row()).id;
    Q_EMIT partnerChosen(m_chosen);
    accept();
}

bool GoToPartnerDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Arrow keys in the search field move through the list, so hands stay on the keyboard.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Kepler
