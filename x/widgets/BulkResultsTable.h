#pragma once

#include <QTableWidget>

namespace Kepler {

// The per-partner outcome table of the bulk wizard: partner, result, message in words. Rows are
// keyed by partner id; saveCsv() writes what is shown (UTF-8 with BOM, so Excel reads Chinese).
class BulkResultsTable : public QTableWidget
{
    Q_OBJECT

public:
    enum class Outcome { Pending, Done, Skipped, Failed };
    enum Column { PartnerColumn, ResultColumn, MessageColumn, ColumnCount };

    explicit BulkResultsTable(QWidget *parent = nullptr);

    void addPartner(qint64 id, const QString &name);
    void setOutcome(qint64 id, Outcome outcome, const QString &message = {});
    Outcome outcome(qint64 id) const;
    QList<qint64> idsWith(Outcome outcome) const;
    bool saveCsv(const QString &path, QString *error) const;

private:
    QString outcomeText(Outcome outcome) const;

    QHash<qint64, int> m_rowOfId;
    QList<qint64> m_ids;
    QHash<qint64, Outcome> m_outcomes;
};

} // namespace Kepler
