#include "CategoryNamesLabel.h"

#include "IdListEdit.h"
#include "models/LocalizedName.h"

#include <QEvent>

namespace Kepler {

CategoryNamesLabel::CategoryNamesLabel(IdListEdit *ids, QWidget *parent)
    : QLabel(parent)
    , m_ids(ids)
{
    setObjectName(u"categoryNames"_qs);
    setWordWrap(true);
    setForegroundRole(QPalette::PlaceholderText);
    hide();
    connect(m_ids, &QLineEdit::textChanged, this, &CategoryNamesLabel::showNames);
}

void CategoryNamesLabel::setCategories(const QList<CatalogCategory> &categories)
{
    m_directory.setCategories(categories);
    showNames();
}

void CategoryNamesLabel::showNames()
{
    QStringList names;
    if (!m_directory.categories().isEmpty()) {
        const bool english = LocalizedName::english();
        for (const int id : m_ids->idsAs<int>())
            names << m_directory.categoryName(id, english);
    }
    setText(names.join(tr(" · ")));
    setVisible(!names.isEmpty());
}

void CategoryNamesLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        showNames(); // English or Chinese names, as the language now is
    QLabel::changeEvent(event);
}

} // namespace Kepler
