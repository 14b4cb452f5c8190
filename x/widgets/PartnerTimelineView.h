#pragma once

#include "api/PartnerTimeline.h"

#include <QListWidget>

namespace Kepler {

// A partner's history in the detail panel, newest first: who did what, when, and why.
class PartnerTimelineView : public QListWidget
{
    Q_OBJECT

public:
    explicit PartnerTimelineView(QWidget *parent = nullptr);

    void setLoading();
    void setEntries(const QList<TimelineEntry> &entries, int total);
    void setError(const QString &message);
    void clearEntries();

    // "Suspended · Fake traffic", "Edited commission, tags", ... in the user's language.
    static QString describe(const TimelineEntry &entry);
    static QString describeMiniProgram(const TimelineEntry &entry);

protected:
    void changeEvent(QEvent *event) override;

private:
    void addPlaceholder(const QString &text);

    // What setEntries() showed, to write it again in a new language.
    QList<TimelineEntry> m_entries;
    int m_total = -1; // -1: no entries shown (loading, an error, cleared)
};

} // namespace Kepler
