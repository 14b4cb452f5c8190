#pragma once

#include "api/PartnerImportReport.h"

#include <QAbstractTableModel>

namespace Kepler {

// The rows of a partner import report for the import wizard's preview: line, what happens,
// partner id, the changed fields "from → to" and the problems in words. Rows with errors get a
// red background. The service lists only rows that change or fail (unchanged rows are counted).
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, ActionColumn, IdColumn, ChangesColumn, ProblemsColumn, ColumnCount };
    enum Role { HasErrorsRole = Qt::UserRole + 1 };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setReport(const ImportReport &report);
    const ImportReport &report() const { return m_report; }
    // Shows only rows with errors ("only rows with problems").
    void setOnlyProblems(bool only);
    bool onlyProblems() const { return m_onlyProblems; }

    static QString actionName(ImportRow::Action action);
    static QString problemsText(const ImportRow &row); // one line per error, translated
    static QString changesText(const ImportRow &row); // "commissionBps: 100 → 200; tags: → a;b"

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    ImportReport m_report;
    QList<int> m_visible; // indexes into m_report.rows
    bool m_onlyProblems = false;
};

} // namespace Kepler
