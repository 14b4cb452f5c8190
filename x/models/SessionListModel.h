#pragma once

#include "api/ListSessionsJob.h"
#include "api/StaffSession.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Kepler {

class ApiError;
class ApiSession;

// The live sign-ins of one staff account (ASVS V3): the signed-in account's own, or, for an
// admin, another account's. A handful of rows: one request, no paging.
class SessionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Client, Address, SignedIn, LastSeen, Expires, Count };
    enum Role { RawRole = Qt::UserRole + 1, SessionIdRole, CurrentRole };

    explicit SessionListModel(ApiSession *session, QObject *parent = nullptr);

    // 0: the signed-in account's own sessions; otherwise that account's (admins only).
    void setUserId(qint64 userId);
    qint64 userId() const { return m_userId; }
    void reload();
    bool isLoading() const { return m_job != nullptr; }
    bool hasLoaded() const { return m_loaded; }

    StaffSession sessionAt(int row) const { return m_sessions.value(row); }
    QList<StaffSession> sessions() const { return m_sessions; }
    int rowOfId(qint64 id) const;
    void removeSession(qint64 id);

    // "Kepler Console 0.1" for the console's own User-Agent; other clients as they call themselves.
    static QString clientName(const QString &userAgent);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    void loadFailed(const Kepler::ApiError &error);

private:
    ApiSession *m_session;
    qint64 m_userId = 0;
    bool m_loaded = false;
    QList<StaffSession> m_sessions;
    QPointer<ListSessionsJob> m_job;
};

} // namespace Kepler
