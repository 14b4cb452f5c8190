#include "ReviewCompareModel.h"

#include "LanguageRefresh.h"
#include "PaletteTint.h"

#include "domain/MiniProgramValidator.h"

#include <QBrush>
#include <QColor>

namespace Kepler {

ReviewCompareModel::ReviewCompareModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    refreshOnLanguageChange(this);
}

void ReviewCompareModel::setVersions(
    const std::optional<MiniProgramVersion> &submission, const std::optional<MiniProgramVersion> &live)
{
    beginResetModel();
    m_submission = submission;
    m_live = live;
    endResetModel();
}

QString ReviewCompareModel::valueOf(const MiniProgramVersion &version, Row row)
{
    switch (row) {
    case CodeVersion:
        return version.codeVersion;
    case Category:
        return miniProgramCategoryDisplayName(version.category);
    case Description:
        return version.description;
    case Pages:
        return version.pages.join(u'\n');
    case Privacy:
        return version.privacyDeclaration;
    case Screenshots:
        return tr("%n screenshot(s)", nullptr, int(version.screenshots.size()));
    case PartnerNotes:
        return version.partnerNotes;
    case RowCount:
        break;
    }
    return {};
}

QString ReviewCompareModel::fieldName(Row row) const
{
    switch (row) {
    case CodeVersion:
        return tr("Version");
    case Category:
        return tr("Category");
    case Description:
        return tr("Description");
    case Pages:
        return tr("Pages");
    case Privacy:
        return tr("Privacy declaration");
    case Screenshots:
        return tr("Screenshots");
    case PartnerNotes:
        return tr("Partner's notes");
    case RowCount:
        break;
    }
    return {};
}

bool ReviewCompareModel::isChanged(int row) const
{
    if (!m_submission || row < 0 || row >= RowCount)
        return false;
    if (!m_live)
        return true;
    // Screenshots compare by their ids: a new upload is a change even with the same count.
    if (row == Screenshots)
        return m_submission->screenshots != m_live->screenshots;
    return valueOf(*m_submission, Row(row)) != valueOf(*m_live, Row(row));
}

int ReviewCompareModel::changedCount() const
{
    int n = 0;
    for (int row = 0; row < RowCount; ++row)
        n += isChanged(row) ? 1 : 0;
    return n;
}

int ReviewCompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_submission ? 0 : RowCount;
}

int ReviewCompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewCompareModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_submission || index.row() >= RowCount)
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const Row row = Row(index.row());
    const bool changed = isChanged(row);
    switch (role) {
    case ChangedRole:
        return changed;
    case Qt::BackgroundRole:
        // Amber on the submission's side of a changed row: where the reviewer's eye should go.
        // Tinted over the palette's Base, so the theme's own text colour reads on it.
        if (changed && m_live && index.column() == Submission)
            return QBrush(PaletteTint::overBase(PaletteTint::Changed, 0.3));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Field && changed)
            return m_live ? tr("Changed since the live release") : tr("New: nothing is live yet");
        if (index.column() != Field)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case Field:
        return changed && m_live ? tr("● %1").arg(fieldName(row)) : fieldName(row);
    case Submission:
        return valueOf(*m_submission, row);
    case Live:
        return m_live ? valueOf(*m_live, row) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ReviewCompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Field:
        return tr("Field");
    case Submission:
        return m_submission ? tr("This submission (%1)").arg(m_submission->codeVersion)
                            : tr("This submission");
    case Live:
        return m_live ? tr("Live release (%1)").arg(m_live->codeVersion) : tr("Live release (none)");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Kepler
