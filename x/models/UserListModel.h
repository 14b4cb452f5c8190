#pragma once

#include "api/ListUsersJob.h"
#include "domain/StaffUser.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Kepler {

class ApiError;
class ApiSession;
class ListUsersJob;

// Staff accounts for the admin's users page. There are tens, not thousands: one request.
class UserListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Username, DisplayName, Roles, State, LastLogin, Count };
    enum Role { RawRole = Qt::UserRole + 1, UserRole };

    explicit UserListModel(ApiSession *session, QObject *parent = nullptr);

    void reload();
    StaffUser userAt(int row) const { return m_users.value(row); }
    int rowOfId(qint64 id) const;
    void upsertUser(const StaffUser &user);
    bool isLoading() const { return m_job != nullptr; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const Kepler::ApiError &error);

private:
    ApiSession *m_session;
    QList<StaffUser> m_users;
    QPointer<ListUsersJob> m_job;
};

} // namespace Kepler
