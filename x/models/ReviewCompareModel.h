#pragma once

#include "domain/MiniProgramVersion.h"

#include <QAbstractTableModel>
#include <optional>

namespace Kepler {

// A submission side by side with the app's live release: one row per field a reviewer checks,
// rows that differ marked (ChangedRole, a tint and a "●"), so "what changed" is visible at once.
// Without a live release (a first submission) every row counts as new.
class ReviewCompareModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Field, Submission, Live, ColumnCount };
    enum Row { CodeVersion, Category, Description, Pages, Privacy, Screenshots, PartnerNotes, RowCount };
    enum Role { ChangedRole = Qt::UserRole + 1 };

    explicit ReviewCompareModel(QObject *parent = nullptr);

    void setVersions(
        const std::optional<MiniProgramVersion> &submission, const std::optional<MiniProgramVersion> &live);
    bool isChanged(int row) const;
    int changedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QString valueOf(const MiniProgramVersion &version, Row row);
    QString fieldName(Row row) const;

    std::optional<MiniProgramVersion> m_submission;
    std::optional<MiniProgramVersion> m_live;
};

} // namespace Kepler
