#pragma once

#include "api/PartnerImportReport.h"
#include "domain/PartnerCsv.h"

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

    // What is wrong with a file as a whole, in words (empty when it can be uploaded): the console
    // decodes with the service's codec before uploading, so these reasons come in the user's language.
    static QString fileProblem(const PartnerCsv::Document &document);
    static QString actionName(ImportRow::Action action);
    static QString problemsText(const ImportRow &row); // one line per error, translated
    // "Commission: 1.00% → 2.00%; Tags: → a;b", fields named as the partner form names them.
    static QString changesText(const ImportRow &row);
    // A CSV column's label in the partner form ("contactEmail" → "Contact e-mail"), translated;
    // a column the form does not have stays as it is in the file.
    static QString fieldLabel(const QString &column);

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
