// Every page's tables as a user first sees them, in English and in Chinese, at the window's
// first-start size (1360×820), against a real kepler-platform --demo: no header is cut, a table
// of a few columns shows all of them without scrolling sideways, and the columns of short values
// (status, mode, priority, dates, counts) show their values whole — only the column of names or
// free text, which takes what is left, may elide.
#include "HttpClient.h"
#include "PlatformProcess.h"
#include "SignedInSession.h"
#include "api/ApiSession.h"
#include "app/ConsoleSettings.h"
#include "app/MainWindow.h"
#include "models/AuditListModel.h"
#include "models/CatalogSkuModel.h"
#include "models/PartnerColumns.h"
#include "models/PartnerListModel.h"
#include "models/PoolListModel.h"
#include "models/PricingRuleListModel.h"
#include "models/ReviewQueueModel.h"
#include "models/UserListModel.h"
#include "widgets/AuditLogPage.h"
#include "widgets/CatalogPage.h"
#include "widgets/PartnersPage.h"
#include "widgets/PoolsPage.h"
#include "widgets/PricingPage.h"
#include "widgets/ReviewQueuePage.h"
#include "widgets/UsersPage.h"

#include <QDebug>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Kepler;
using Kepler::Test::HttpClient;
using Kepler::Test::PlatformProcess;
using Kepler::Test::signedInSession;

namespace {

template<typename Pred> bool waitFor(Pred done, int ms = 15000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QCoreApplication::processEvents();
    return done();
}

QString where(QTableView *table, int column)
{
    const QVariant title = table->model()->headerData(column, Qt::Horizontal);
    return table->objectName() + u" column "_qs + QString::number(column) + u" \""_qs + title.toString()
        + u'"';
}

// The columns of names and free text, which may elide (their tooltip or detail panel has the
// whole text): by model, the columns that are not short values.
bool isFreeText(const QTableView *table, int column)
{
    static const QHash<QString, QList<int>> freeText {
        {u"Kepler::PartnerListModel"_qs,
            {int(PartnerColumn::Name), int(PartnerColumn::NameEn), int(PartnerColumn::Contact),
                int(PartnerColumn::Tags)}},
        {u"Kepler::AuditListModel"_qs, {AuditListModel::Entity, AuditListModel::Details}},
        {u"Kepler::ReviewQueueModel"_qs, {ReviewQueueModel::Title}},
        {u"Kepler::PricingRuleListModel"_qs, {int(PricingRuleListModel::Column::Name)}},
        {u"Kepler::CatalogSkuModel"_qs,
            {int(CatalogSkuModel::Column::Name), int(CatalogSkuModel::Column::Category)}},
        {u"Kepler::UserListModel"_qs, {int(UserListModel::Column::DisplayName)}},
        {u"Kepler::PoolListModel"_qs,
            {int(PoolListModel::Column::Name), int(PoolListModel::Column::AssignedTo)}},
    };
    const QString model = QString::fromLatin1(table->model()->metaObject()->className());
    // Panels that wrap or stretch every column (the audit diff, the review comparison, the
    // workload) are checked for their headers only.
    return !freeText.contains(model) || freeText.value(model).contains(column);
}

// What a user would see cut in `table`, each problem once.
QStringList clipped(QTableView *table)
{
    QStringList problems;
    QHeaderView *header = table->horizontalHeader();
    const QAbstractItemView *view = table; // sizeHintForColumn() is public here, protected in QTableView
    const int viewport = table->viewport()->width();
    int needed = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        needed += header->sectionSizeHint(column);
        const int size = header->sectionSize(column);
        if (size < header->sectionSizeHint(column))
            problems << where(table, column)
                    + u": header cut (%1 px of %2)"_qs.arg(size).arg(header->sectionSizeHint(column));
        else if (!isFreeText(table, column) && size < view->sizeHintForColumn(column))
            problems << where(table, column)
                    + u": values cut (%1 px of %2)"_qs.arg(size).arg(view->sizeHintForColumn(column));
    }
    if (header->count() <= 8 && needed <= viewport && header->length() > viewport)
        problems << table->objectName()
                + u": columns run past the edge (%1 px in %2)"_qs.arg(header->length()).arg(viewport);
    return problems;
}

} // namespace

class tst_PageTables : public QObject
{
    Q_OBJECT

private:
    PlatformProcess m_platform;
    QNetworkAccessManager m_network;
    QTemporaryDir m_home;
    ApiSession *m_session = nullptr;
    int m_checked = 0;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_qs).toLocal8Bit());
        QVERIFY2(m_platform.start({u"--demo"_qs}), qPrintable(m_platform.errorString()));
        m_session = signedInSession(m_platform.url(), u"admin"_qs, &m_network, this);
        QVERIFY(m_session);
    }

    void nothingIsCut_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_qs;
        QTest::newRow("zh_CN") << u"zh_CN"_qs;
    }

    void nothingIsCut()
    {
        QFETCH(QString, language);
        const int checkedBefore = m_checked;
        // The console's own .qm, as built with it (the test binary does not embed them).
        QLocale::setDefault(QLocale(language));
        QTranslator translator;
        if (language != u"en") {
            QVERIFY(translator.load(u"kepler_"_qs + language, QString::fromUtf8(KEPLER_QM_DIR)));
            QCoreApplication::installTranslator(&translator);
        }
        // A first start in that language: a fresh window, no remembered column widths.
        ConsoleSettings settings(m_home.filePath(language + u".ini"_qs));
        MainWindow w(m_session, &settings);
        w.resize(1360, 820);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.partnersPage()->reload();
        const QList<std::pair<QWidget *, std::function<bool()>>> pages {
            {w.partnersPage(),
                [&] {
                    return w.partnersPage()->model()->rowCount() > 0;
                }},
            {w.usersPage(),
                [&] {
                    return w.usersPage()->model()->rowCount() > 0;
                }},
            {w.auditPage(),
                [&] {
                    return w.auditPage()->model()->rowCount() > 0;
                }},
            {w.reviewsPage(),
                [&] {
                    return w.reviewsPage()->model()->rowCount() > 0;
                }},
            {w.poolsPage(),
                [&] {
                    return w.poolsPage()->model()->rowCount() > 0;
                }},
            {w.pricingPage(),
                [&] {
                    return w.pricingPage()->model()->rowCount() > 0 && !w.pricingPage()->isLoading();
                }},
            {w.catalogPage(),
                [&] {
                    return w.catalogPage()->model()->rowCount() > 0;
                }},
        };
        QStringList problems;
        for (const auto &[page, loaded] : pages) {
            w.showPage(page);
            QVERIFY2(waitFor(loaded), qPrintable(w.pageTitle(page)));
            waitFor([] { return false; }, 300); // the detail panels fill from the selection
            for (QTableView *table : page->findChildren<QTableView *>()) {
                if (!table->isVisible() || table->horizontalHeader()->isHidden()
                    || table->model()->rowCount() == 0)
                    continue;
                if (table->objectName().isEmpty())
                    table->setObjectName(QString::fromLatin1(table->model()->metaObject()->className()));
                ++m_checked;
                for (const QString &p : clipped(table))
                    problems << w.pageTitle(page) + u": "_qs + p;
            }
        }
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale(u"en"_qs));
        for (const QString &p : std::as_const(problems))
            qWarning().noquote() << "cut:" << p;
        QVERIFY2(m_checked - checkedBefore >= 9, qPrintable(QString::number(m_checked - checkedBefore)));
        QVERIFY2(problems.isEmpty(), qPrintable(u"%1 cut column(s) (listed above)"_qs.arg(problems.size())));
    }
};

QTEST_MAIN(tst_PageTables)
#include "tst_page_tables.moc"
