#include "BulkResultsTable.h"

#include <QHeaderView>
#include <QSaveFile>

namespace Kepler {
namespace {

QString csvField(QString text)
{
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n')) {
        text.replace(u"\""_qs, u"\"\""_qs);
        return u'"' + text + u'"';
    }
    return text;
}

} // namespace

BulkResultsTable::BulkResultsTable(QWidget *parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(u"results"_qs);
    setHorizontalHeaderLabels({tr("Partner"), tr("Result"), tr("Message")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setTabKeyNavigation(false); // Tab goes on to the wizard's buttons, not cell by cell
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // many rows: no per-row sizing
    horizontalHeader()->setStretchLastSection(true);
    setColumnWidth(PartnerColumn, 220);
    setColumnWidth(ResultColumn, 110);
}

void BulkResultsTable::addPartner(qint64 id, const QString &name)
{
    const int row = rowCount();
    insertRow(row);
    auto *partner = new QTableWidgetItem(name);
    partner->setData(Qt::UserRole, id);
    setItem(row, PartnerColumn, partner);
    setItem(row, ResultColumn, new QTableWidgetItem);
    setItem(row, MessageColumn, new QTableWidgetItem);
    m_rowOfId.insert(id, row);
    m_ids.append(id);
    setOutcome(id, Outcome::Pending);
}

QString BulkResultsTable::outcomeText(Outcome outcome) const
{
    switch (outcome) {
    case Outcome::Pending:
        return tr("Waiting");
    case Outcome::Done:
        return tr("Done");
    case Outcome::Skipped:
        return tr("Skipped");
    case Outcome::Failed:
        break;
    }
    return tr("Failed");
}

void BulkResultsTable::setOutcome(qint64 id, Outcome outcome, const QString &message)
{
    const int row = m_rowOfId.value(id, -1);
    if (row < 0)
        return;
    m_outcomes.insert(id, outcome);
    item(row, ResultColumn)->setText(outcomeText(outcome));
    item(row, ResultColumn)->setData(Qt::UserRole, int(outcome));
    item(row, MessageColumn)->setText(message);
    item(row, MessageColumn)->setToolTip(message);
    const bool failed = outcome == Outcome::Failed;
    item(row, ResultColumn)->setForeground(failed ? QBrush(QColor(0xb4, 0x23, 0x18)) : QBrush());
}

BulkResultsTable::Outcome BulkResultsTable::outcome(qint64 id) const
{
    return m_outcomes.value(id, Outcome::Pending);
}

QList<qint64> BulkResultsTable::idsWith(Outcome outcome) const
{
    QList<qint64> ids;
    for (qint64 id : m_ids)
        if (m_outcomes.value(id) == outcome)
            ids.append(id);
    return ids;
}

bool BulkResultsTable::saveCsv(const QString &path, QString *error) const
{
    QSaveFile file(path); // all or nothing: a half-written file never replaces an old one
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return false;
    }
    QString text = u"id,"_qs + tr("Partner") + u',' + tr("Result") + u',' + tr("Message") + u"\r\n"_qs;
    for (int row = 0; row < rowCount(); ++row) {
        text += QString::number(item(row, PartnerColumn)->data(Qt::UserRole).toLongLong());
        for (int column = 0; column < ColumnCount; ++column)
            text += u',' + csvField(item(row, column)->text());
        text += u"\r\n"_qs;
    }
    const QByteArray bytes = "\xEF\xBB\xBF" + text.toUtf8(); // BOM: Excel then reads UTF-8
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Kepler
