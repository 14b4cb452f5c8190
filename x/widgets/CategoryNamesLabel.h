#pragma once

#include "models/CatalogDirectory.h"

#include <QLabel>

namespace Kepler {

class IdListEdit;

// The names of the category ids typed in a field, shown under it ("手机通讯、电脑办公" /
// "Phones · Computers & Office") in the console's language now, as the ids change and when the
// language is switched. Hidden until the catalog's categories are known, and while no id is typed.
// Pool criteria and pricing scopes hold ids (what the service stores); a person reads names.
class CategoryNamesLabel : public QLabel
{
    Q_OBJECT

public:
    CategoryNamesLabel(IdListEdit *ids, QWidget *parent);

    void setCategories(const QList<CatalogCategory> &categories);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showNames();

    IdListEdit *m_ids = nullptr;
    CatalogDirectory m_directory;
};

} // namespace Kepler
