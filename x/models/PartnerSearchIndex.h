#pragma once

#include <QList>
#include <QString>
#include <utility>

namespace Kepler {

struct Partner;

// Substring search over many partners, fast enough to run on every keystroke: each partner's
// searchable text (name, English name, contact, tags, id) is folded once — case, and full-width
// forms (ＡＢＣ１２３) to their plain ones, as Chinese input methods type them — and a query that
// extends the previous one scans only the previous matches, and a query seen lately (deleting
// back to "移动" after "移动积分") is answered from a small cache.
class PartnerSearchIndex
{
public:
    void setPartners(const QList<Partner> &partners);
    int size() const { return int(m_haystacks.size()); }

    // Rows (indexes into the list given to setPartners) whose text contains `needle`, in order.
    // An empty needle matches every row.
    const QList<int> &filter(const QString &needle);

    static QString fold(const QString &text);

private:
    static constexpr int CacheSize = 64;

    QList<QString> m_haystacks;
    QList<std::pair<QString, QList<int>>> m_recent; // most recent last
    QString m_lastNeedle;
    QList<int> m_lastRows;
    bool m_lastValid = false;
};

} // namespace Kepler
