#include "CategoryPickerDialog.h"

#include "api/ApiSession.h"
#include "api/ListCatalogCategoriesJob.h"
#include "models/LocalizedName.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <functional>

namespace Kepler {

CategoryPickerDialog::CategoryPickerDialog(ApiSession *session, const QList<int> &selected, QWidget *parent)
    : QDialog(parent)
    , m_initial(selected)
{
    setWindowTitle(tr("Choose categories"));
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(tr("Loading…"), this);
    layout->addWidget(m_status);
    m_tree = new QTreeWidget(this);
    m_tree->setHeaderLabels({tr("Category"), tr("Id")});
    m_tree->setAccessibleName(tr("Categories to include"));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_tree, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(460, 560);

    auto *job = new ListCatalogCategoriesJob(session);
    connect(job, &ListCatalogCategoriesJob::finished, this, [this](const QList<CatalogCategory> &categories) {
        QHash<int, QTreeWidgetItem *> items;
        // Parents come before their children when sorted by level.
        QList<CatalogCategory> sorted = categories;
        std::stable_sort(sorted.begin(), sorted.end(),
            [](const CatalogCategory &a, const CatalogCategory &b) { return a.level < b.level; });
        for (const CatalogCategory &c : std::as_const(sorted)) {
            QTreeWidgetItem *parentItem = items.value(c.parentId);
            auto *item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_tree);
            // In the console's language only (a Chinese screen read "小说 / Novels").
            item->setText(0, LocalizedName::pick(c.name, c.nameEn));
            item->setToolTip(0, item->text(0));
            item->setText(1, QString::number(c.id));
            item->setData(0, Qt::UserRole, c.id);
            item->setCheckState(0, m_initial.contains(c.id) ? Qt::Checked : Qt::Unchecked);
            items.insert(c.id, item);
        }
        for (int id : std::as_const(m_initial))
            if (QTreeWidgetItem *item = items.value(id))
                for (QTreeWidgetItem *p = item->parent(); p; p = p->parent())
                    p->setExpanded(true);
        m_status->setText(tr("A ticked category holds every category below it."));
    });
    connect(
        job, &ApiJob::failed, this, [this](const ApiError &error) { m_status->setText(error.message()); });
    job->start();
}

QList<int> CategoryPickerDialog::selectedIds() const
{
    QList<int> ids;
    // Depth first: a ticked category's children are covered by it and not listed again.
    std::function<void(QTreeWidgetItem *)> walk = [&](QTreeWidgetItem *item) {
        if (item->checkState(0) == Qt::Checked) {
            ids.append(item->data(0, Qt::UserRole).toInt());
            return;
        }
        for (int i = 0; i < item->childCount(); ++i)
            walk(item->child(i));
    };
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        walk(m_tree->topLevelItem(i));
    return ids;
}

} // namespace Kepler
