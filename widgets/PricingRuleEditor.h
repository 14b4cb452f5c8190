#pragma once

#include "BoundedSpinBox.h"
#include "api/CatalogTypes.h"
#include "domain/FieldError.h"
#include "domain/PricingRule.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Kepler {

class CategoryNamesLabel;
class IdListEdit;

// Edits one pricing rule: name, adjustment and value (in % or ¥ as the adjustment needs),
// priority, exclusive or stackable, the validity window and the scope. Validation runs as the
// user types, with the codec the service uses (readPricingRule): the errors appear under the
// fields they concern, and the page saves only a rule without errors.
class PricingRuleEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PricingRuleEditor(QWidget *parent = nullptr);

    void setRule(const PricingRule &rule);
    const PricingRule &original() const { return m_original; }
    // The rule as edited (meaningful when errors() is empty).
    PricingRule edited() const;
    FieldErrors errors() const { return m_errors; }
    bool isDirty() const;
    void setEditable(bool editable, const QString &why);
    // Errors the service sent (422) on top of the local ones.
    void showFieldErrors(const FieldErrors &errors);
    // The catalog's categories, so the ids in the scope are shown with their names.
    void setCategories(const QList<CatalogCategory> &categories);
    QLabel *categoryNamesLabel() const;

    QLineEdit *nameField() const { return m_name; }
    QComboBox *adjustmentField() const { return m_adjustment; }
    QLineEdit *valueField() const { return m_value; }
    BoundedSpinBox *priorityField() const { return m_priority; }
    QLabel *errorLabel(const QString &field) const { return m_errorLabels.value(field); }

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    QString valueMessage(const QString &code) const; // the value field's error in its own unit
    void validate();
    void retranslate();
    QLabel *addErrorLabel(QFormLayout *form, const QString &field);
    PricingRule read(FieldErrors *localErrors) const;

    PricingRule m_original;
    FieldErrors m_errors;
    bool m_loading = false;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_adjustment = nullptr;
    QLineEdit *m_value = nullptr;
    QLabel *m_valueUnit = nullptr;
    BoundedSpinBox *m_priority = nullptr;
    QCheckBox *m_exclusive = nullptr;
    QCheckBox *m_hasFrom = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QCheckBox *m_hasUntil = nullptr;
    QDateTimeEdit *m_until = nullptr;
    QList<QCheckBox *> m_modes;
    IdListEdit *m_partners = nullptr;
    IdListEdit *m_pools = nullptr;
    IdListEdit *m_categories = nullptr;
    CategoryNamesLabel *m_categoryNames = nullptr; // "数码、家电" under the ids
    IdListEdit *m_brands = nullptr;
    IdListEdit *m_skus = nullptr;
    QHash<QString, QLabel *> m_errorLabels;
    QList<QLabel *> m_captions;
};

} // namespace Kepler
