#include "LanguageRefresh.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace Kepler {
namespace {

class LanguageRefresh : public QObject
{
public:
    explicit LanguageRefresh(QAbstractItemModel *model)
        : QObject(model)
        , m_model(model)
    {
        QCoreApplication::instance()->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // A translator installed or removed: the application gets one LanguageChange each.
        if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange
            && !m_pending) {
            m_pending = true;
            QTimer::singleShot(0, this, [this] { refresh(); });
        }
        return false;
    }

private:
    void refresh()
    {
        m_pending = false;
        const int rows = m_model->rowCount();
        const int columns = m_model->columnCount();
        if (columns > 0)
            Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
        if (rows > 0 && columns > 0)
            Q_EMIT m_model->dataChanged(m_model->index(0, 0), m_model->index(rows - 1, columns - 1));
    }

    QAbstractItemModel *m_model;
    bool m_pending = false;
};

} // namespace

void refreshOnLanguageChange(QAbstractItemModel *model)
{
    if (QCoreApplication::instance())
        new LanguageRefresh(model);
}

} // namespace Kepler
