#include "SessionListModel.h"

#include "DateTimeText.h"
#include "LanguageRefresh.h"
#include "api/ApiError.h"
#include "api/ListSessionsJob.h"

#include <QFont>
#include <QLocale>

namespace Kepler {

SessionListModel::SessionListModel(ApiSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    refreshOnLanguageChange(this);
}

void SessionListModel::setUserId(qint64 userId)
{
    if (userId == m_userId)
        return;
    if (m_job) {
        m_job->disconnect(this); // the answer for another account is not wanted
        m_job->abort();
        m_job = nullptr;
    }
    m_userId = userId;
    m_loaded = false;
    beginResetModel();
    m_sessions.clear();
    endResetModel();
}

void SessionListModel::reload()
{
    if (m_job)
        return;
    auto *job = new ListSessionsJob(m_session, m_userId);
    connect(job, &ListSessionsJob::finished, this, [this](const QList<StaffSession> &sessions) {
        m_job = nullptr;
        m_loaded = true;
        beginResetModel();
        m_sessions = sessions;
        endResetModel();
        Q_EMIT loaded();
    });
    connect(job, &ListSessionsJob::failed, this, [this](const ApiError &error) {
        m_job = nullptr;
        if (error.kind != ApiError::Kind::Cancelled)
            Q_EMIT loadFailed(error);
    });
    m_job = job;
    job->start();
}

int SessionListModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_sessions.size(); ++row)
        if (m_sessions.at(row).id == id)
            return row;
    return -1;
}

void SessionListModel::removeSession(qint64 id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_sessions.removeAt(row);
    endRemoveRows();
}

QString SessionListModel::clientName(const QString &userAgent)
{
    static const QString console = u"kepler-console/"_qs;
    if (userAgent.startsWith(console))
        return tr("Kepler Console %1").arg(userAgent.mid(console.size()).section(u' ', 0, 0));
    if (userAgent.trimmed().isEmpty())
        return tr("Unknown client");
    return userAgent;
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int SessionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const StaffSession &s = m_sessions.at(index.row());
    if (role == SessionIdRole)
        return s.id;
    if (role == CurrentRole)
        return s.current;
    if (role == Qt::FontRole && s.current) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && index.column() == int(Column::Client))
        return s.userAgent;
    if (role != Qt::DisplayRole && role != RawRole)
        return {};
    const auto when = [role](const QDateTime &t) -> QVariant {
        if (role == RawRole)
            return t;
        return t.isValid() ? DateTimeText::text(t) : QString();
    };
    switch (static_cast<Column>(index.column())) {
    case Column::Client:
        if (role == RawRole)
            return s.userAgent;
        // Said in words, not only in bold: a screen reader reads the text.
        return s.current ? tr("%1 (this session)").arg(clientName(s.userAgent)) : clientName(s.userAgent);
    case Column::Address:
        if (role == RawRole || !s.address.isEmpty())
            return s.address;
        return tr("Unknown");
    case Column::SignedIn:
        return when(s.createdAt);
    case Column::LastSeen:
        return when(s.lastSeenAt);
    case Column::Expires:
        return when(s.expiresAt);
    case Column::Count:
        break;
    }
    return {};
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Client:
        return tr("Client");
    case Column::Address:
        return tr("Address");
    case Column::SignedIn:
        return tr("Signed in");
    case Column::LastSeen:
        return tr("Last active");
    case Column::Expires:
        return tr("Expires");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace Kepler
