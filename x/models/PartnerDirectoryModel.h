#pragma once

#include "PartnerSearchIndex.h"
#include "api/ListPartnersJob.h"
#include "domain/Partner.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Kepler {

class ApiError;
class ApiSession;

// Every partner, held in the console for "Go to partner": loaded once in pages of 500, then
// filtered locally on each keystroke through PartnerSearchIndex — no request per key, and no
// per-row filterAcceptsRow() calls as a QSortFilterProxyModel would make.
class PartnerDirectoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, NameEn, Status, Id, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit PartnerDirectoryModel(ApiSession *session, QObject *parent = nullptr);
    ~PartnerDirectoryModel() override;

    // Fetches all partners (sorted by name) unless a load is running; replaces the rows at the end.
    void load();
    bool isLoading() const { return m_job != nullptr; }
    bool isLoaded() const { return m_loaded; }
    // After a change (a save, a new partner): the next opening loads again; rows stay till then.
    void markStale() { m_loaded = false; }
    // Replaces the rows directly (tests and benchmarks; also what load() does when done).
    void setPartners(const QList<Partner> &partners);
    int partnerCount() const { return int(m_all.size()); }

    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }
    Partner partnerAt(int row) const { return m_all.value(m_rows.value(row, -1)); }
    // The first `limit` partners matching `text`, leaving the model's own filter (and so an open
    // "Go to partner" list) untouched: the command palette searches the same held partners.
    QList<Partner> search(const QString &text, int limit);
    // A held partner by id (nullopt when not loaded or unknown).
    std::optional<Partner> partnerById(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void progress(int loaded, int total);
    void loadFinished();
    void loadFailed(const Kepler::ApiError &error);

private:
    void fetch(const QString &cursor);

    ApiSession *m_session;
    QList<Partner> m_all;
    QList<Partner> m_incoming;
    QList<int> m_rows; // indexes into m_all that match the filter
    PartnerSearchIndex m_index;
    QString m_filter;
    bool m_loaded = false;
    QPointer<ListPartnersJob> m_job;
};

} // namespace Kepler
