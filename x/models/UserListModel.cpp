#include "UserListModel.h"

#include "DateTimeText.h"
#include "LanguageRefresh.h"
#include "api/ApiError.h"
#include "api/ListUsersJob.h"

#include <QLocale>

namespace Kepler {

UserListModel::UserListModel(ApiSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    refreshOnLanguageChange(this);
}

void UserListModel::reload()
{
    if (m_job)
        return;
    auto *job = new ListUsersJob(m_session);
    connect(job, &ListUsersJob::finished, this, [this](const UserPage &page) {
        m_job = nullptr;
        beginResetModel();
        m_users = page.items;
        endResetModel();
        Q_EMIT loadingChanged(false);
    });
    connect(job, &ListUsersJob::failed, this, [this](const ApiError &error) {
        m_job = nullptr;
        Q_EMIT loadingChanged(false);
        Q_EMIT loadFailed(error);
    });
    m_job = job;
    Q_EMIT loadingChanged(true);
    job->start();
}

int UserListModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_users.size(); ++row)
        if (m_users.at(row).id == id)
            return row;
    return -1;
}

void UserListModel::upsertUser(const StaffUser &user)
{
    const int row = rowOfId(user.id);
    if (row >= 0) {
        m_users[row] = user;
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        return;
    }
    beginInsertRows({}, int(m_users.size()), int(m_users.size()));
    m_users.append(user);
    endInsertRows();
}

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const StaffUser &u = m_users.at(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == UserRole)
        return QVariant::fromValue(u);
    if (role != Qt::DisplayRole && role != RawRole)
        return {};
    switch (column) {
    case Column::Username:
        return u.username;
    case Column::DisplayName:
        return u.displayName;
    case Column::Roles: {
        if (role == RawRole)
            return rolesToStrings(u.roles);
        QStringList names;
        for (Kepler::Role r : allRoles())
            if (u.roles.testFlag(r))
                names << displayName(r);
        return names.join(tr(", "));
    }
    case Column::State:
        if (role == RawRole)
            return u.disabled;
        return u.disabled ? tr("Disabled") : tr("Active");
    case Column::LastLogin:
        if (role == RawRole)
            return u.lastLoginAt;
        return u.lastLoginAt.isValid() ? DateTimeText::text(u.lastLoginAt) : tr("Never");
    case Column::Count:
        break;
    }
    return {};
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Username:
        return tr("User name");
    case Column::DisplayName:
        return tr("Display name");
    case Column::Roles:
        return tr("Roles");
    case Column::State:
        return tr("State");
    case Column::LastLogin:
        return tr("Last sign-in");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace Kepler
