#pragma once

#include <QTableView>

namespace Kepler {

class PartnerListModel;

// The partner list as the Partners page shows it: sorted by name, whole rows selected (Ctrl/Shift
// pick several for a bulk action; the current row is the partner open), fixed row heights, the
// status as its coloured pill, and columns that fit their values in any language.
class PartnerTableView : public QTableView
{
    Q_OBJECT

public:
    explicit PartnerTableView(PartnerListModel *model, QWidget *parent = nullptr);
};

} // namespace Kepler
