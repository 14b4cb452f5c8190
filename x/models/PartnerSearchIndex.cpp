#include "PartnerSearchIndex.h"

#include "domain/Partner.h"

#include <QStringMatcher>

#include <numeric>

namespace Kepler {

QString PartnerSearchIndex::fold(const QString &text)
{
    // NFKC maps full-width Latin letters and digits to ASCII; case folding then ignores case.
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

void PartnerSearchIndex::setPartners(const QList<Partner> &partners)
{
    m_haystacks.clear();
    m_haystacks.reserve(partners.size());
    // Fields joined by a character no query contains, so a match never spans two fields.
    const QChar separator(0x1f);
    for (const Partner &p : partners)
        m_haystacks.append(fold(p.name + separator + p.nameEn + separator + p.contact.name + separator
            + p.tags.join(separator) + separator + QString::number(p.id)));
    m_lastValid = false;
    m_recent.clear();
}

const QList<int> &PartnerSearchIndex::filter(const QString &rawNeedle)
{
    const QString needle = fold(rawNeedle.trimmed());
    if (m_lastValid && needle == m_lastNeedle)
        return m_lastRows;
    QList<int> rows;
    const auto cached = std::find_if(
        m_recent.cbegin(), m_recent.cend(), [&needle](const auto &entry) { return entry.first == needle; });
    if (cached != m_recent.cend()) {
        rows = cached->second;
    } else if (needle.isEmpty()) {
        rows.resize(m_haystacks.size());
        std::iota(rows.begin(), rows.end(), 0);
    } else {
        const QStringMatcher matcher(needle, Qt::CaseSensitive); // both sides are folded already
        const auto matches = [&](int row) {
            return matcher.indexIn(QStringView(m_haystacks.at(row))) >= 0;
        };
        // Typing on: whatever contains "移动积" contains "移动", so only the last hits are candidates.
        if (m_lastValid && !m_lastNeedle.isEmpty() && needle.contains(m_lastNeedle)) {
            for (int row : std::as_const(m_lastRows))
                if (matches(row))
                    rows.append(row);
        } else {
            for (int row = 0; row < m_haystacks.size(); ++row)
                if (matches(row))
                    rows.append(row);
        }
    }
    if (cached == m_recent.cend()) {
        if (m_recent.size() >= CacheSize)
            m_recent.removeFirst();
        m_recent.append({needle, rows}); // implicitly shared: no copy of the row list
    }
    m_lastNeedle = needle;
    m_lastRows = std::move(rows);
    m_lastValid = true;
    return m_lastRows;
}

} // namespace Kepler
