// kepler-screenshots: the docs/screenshots of the partner pages, taken from the real widgets
// against a real kepler-platform --demo (started here), in one language per run. Each view is
// driven the way a user would (select rows, open a tab, step through a wizard) and grabbed with
// QWidget::grab(), so the pictures do not depend on a window manager or on timing guesses.
//   kepler-screenshots --lang zh_CN --out docs/screenshots
#include "ChartFoundationShot.h"
#include "ConnectionShots.h"
#include "DashboardShots.h"
#include "HttpClient.h"
#include "KeyboardShots.h"
#include "PlatformProcess.h"
#include "SessionShots.h"
#include "ShotSupport.h"
#include "api/ApiSession.h"
#include "app/ConsoleSettings.h"
#include "app/MainWindow.h"
#include "app/ThemeManager.h"
#include "domain/PartnerBulk.h"
#include "models/AuditListModel.h"
#include "models/CatalogSkuModel.h"
#include "models/PartnerDirectoryModel.h"
#include "models/PartnerListModel.h"
#include "models/PoolListModel.h"
#include "models/PricingRuleListModel.h"
#include "models/ReviewCompareModel.h"
#include "models/ReviewQueueModel.h"
#include "widgets/AuditLogPage.h"
#include "widgets/BulkActionWizard.h"
#include "widgets/CatalogPage.h"
#include "widgets/GoToPartnerDialog.h"
#include "widgets/ImportWizard.h"
#include "widgets/PartnerEditor.h"
#include "widgets/PartnerKeysPanel.h"
#include "widgets/PartnersPage.h"
#include "widgets/PoolEditor.h"
#include "widgets/PoolsPage.h"
#include "widgets/PriceExplainerPanel.h"
#include "widgets/PricingImpactDialog.h"
#include "widgets/PricingPage.h"
#include "widgets/ReleaseDialog.h"
#include "widgets/ReviewDecisionDialog.h"
#include "widgets/ReviewDetailPanel.h"
#include "widgets/ReviewQueuePage.h"
#include "widgets/ReviewWorkloadPanel.h"
#include "widgets/ScreenshotStrip.h"
#include <QCheckBox>
#include <QPlainTextEdit>

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTranslator>
#include <QTreeView>

using namespace Kepler;
using Kepler::Test::HttpClient;
using Kepler::Test::HttpResult;
using Kepler::Test::PlatformProcess;

namespace {

QString g_out;
QString g_lang;

void settle(int ms = 300)
{
    waitUntil([] { return false; }, ms);
}

void shoot(QWidget *w, const QString &name)
{
    settle();
    const QString path = QDir(g_out).filePath(name + u'-' + g_lang + u".png"_qs);
    const bool ok = w->grab().save(path);
    QTextStream(stdout) << path << (ok ? "" : " (FAILED)") << Qt::endl;
}

template<typename T> T *child(QObject *parent, const QString &name)
{
    return parent->findChild<T *>(name);
}

ApiSession *signIn(QNetworkAccessManager *nam, const QUrl &url, const QString &user)
{
    HttpClient http(url);
    http.login(user, u"kepler-demo"_qs);
    auto *session = new ApiSession(nam);
    session->setBaseUrl(url);
    session->setToken(http.token());
    StaffUser me;
    me.username = user;
    const QJsonObject json = http.get(u"/api/v1/sessions/current"_qs).object().value(u"user"_qs).toObject();
    if (const auto u = StaffUser::fromJson(json))
        me = *u;
    session->setCurrentUser(me);
    return session;
}

// The review workbench as a reviewer sees it: the queue with the workload panel open, then a
// mini-program submission that has a live release to compare with, its screenshots loaded.
void shootReviews(QNetworkAccessManager *nam, const QUrl &url, const QString &settingsFile)
{
    ApiSession *session = signIn(nam, url, u"reviewer"_qs);
    ConsoleSettings settings(settingsFile);
    MainWindow window(session, &settings);
    window.setDemoMode(true);
    window.resize(1440, 900);
    window.show();
    window.showPage(window.reviewsPage());
    ReviewQueuePage *page = window.reviewsPage();
    waitUntil([&] { return page->model()->rowCount() > 3 && page->detail()->hasDetail(); });
    page->setWorkloadVisible(true);
    waitUntil([&] { return !page->workload()->workload().reviewers.isEmpty(); }, 5000);
    shoot(&window, u"reviews-queue"_qs);

    page->setWorkloadVisible(false);
    page->setKindFilter(ReviewQueuePage::MiniProgramSubmissions);
    waitUntil([&] { return page->model()->rowCount() > 0; });
    ReviewDetailPanel *detail = page->detail();
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        page->table()->setCurrentIndex(page->model()->index(row, 0));
        waitUntil([&] { return detail->hasDetail() && detail->itemId() == page->model()->itemAt(row).id; });
        const ReviewQueueItem &item = detail->detail().item;
        // One a reviewer can act on: waiting, not held by someone else, with a live release.
        if (detail->detail().liveRelease && detail->compareModel()->changedCount() > 0
            && item.status == u"submitted" && (!item.claim || item.claim->by == u"reviewer"))
            break;
    }
    waitUntil([&] {
        return detail->detail().submission
            && detail->screenshots()->loadedCount() == detail->detail().submission->screenshots.size();
    });
    // Half-way through the checklist, as a reviewer at work.
    child<QCheckBox>(detail, u"check0"_qs)->setChecked(true);
    child<QCheckBox>(detail, u"check2"_qs)->setChecked(true);
    shoot(&window, u"reviews-detail"_qs);
    // The same in the dark theme: the changed fields' tint and the checklist's boxes must read there too.
    {
        ThemeManager theme;
        theme.apply(ThemeManager::Mode::Dark);
        shoot(&window, u"dark-reviews"_qs);
        theme.apply(ThemeManager::Mode::Light);
    }

    // The decision dialog on that submission, with a reason and a note a reviewer would write.
    detail->setConfirmHandler([](const QString &) { return true; });
    detail->decide(ReviewDecision::Reject);
    if (auto *decision = detail->findChild<ReviewDecisionDialog *>()) {
        decision->reasonBox()->setCurrentIndex(decision->reasonBox()->findData(u"missing_privacy_policy"_qs));
        decision->noteEdit()->setPlainText(g_lang == u"en"
                ? u"The store-locator page asks for the location, but the privacy declaration does not say why."_qs
                : u"门店定位页面会申请位置权限，但隐私声明中未说明用途。"_qs);
        shoot(decision, u"reviews-decision"_qs);
        decision->reject();
    }
    // A gray release of an approved version.
    page->setKindFilter(ReviewQueuePage::AllKinds);
    page->setStatusFilter(ReviewQueuePage::ToRelease);
    waitUntil(
        [&] { return page->model()->rowCount() > 0 && detail->hasDetail() && detail->detail().submission; });
    detail->release();
    if (auto *release = detail->findChild<ReleaseDialog *>()) {
        shoot(release, u"reviews-release"_qs);
        release->reject();
    }
}

// Issue 5 as an operator sees it: a pool's criteria being narrowed with the preview of what
// saving would add and remove; the rules with a conflicting pair selected; the explainer on a
// phone SKU for a partner whose pool holds it.
// The catalog as an operator browses it: phones listed between ¥1,000 and ¥5,000, one selected
// with its prices, margin and category path beside the table.
void shootCatalog(QNetworkAccessManager *nam, const QUrl &url, const QString &settingsFile)
{
    ApiSession *session = signIn(nam, url, u"operator"_qs);
    ConsoleSettings settings(settingsFile);
    MainWindow window(session, &settings);
    window.setDemoMode(true);
    window.resize(1440, 900);
    window.show();
    window.showPage(window.catalogPage());
    CatalogPage *page = window.catalogPage();
    waitUntil([&] { return page->model()->rowCount() > 0 && page->categoryTree()->model()->rowCount() > 1; });
    page->setPriceRangeText(u"1000"_qs, u"5000"_qs);
    page->selectCategory(1);
    waitUntil([&] {
        return page->model()->criteria().priceMinFen.has_value() && !page->model()->isLoading()
            && page->model()->rowCount() > 0;
    });
    page->table()->selectRow(2);
    shoot(&window, u"catalog"_qs);
}

void shootPricing(QNetworkAccessManager *nam, const QUrl &url, const QString &settingsFile)
{
    ApiSession *session = signIn(nam, url, u"operator"_qs);
    ConsoleSettings settings(settingsFile);
    MainWindow window(session, &settings);
    window.setDemoMode(true);
    window.resize(1440, 900);
    window.show();
    window.showPage(window.poolsPage());
    PoolsPage *pools = window.poolsPage();
    waitUntil([&] { return pools->model()->rowCount() > 0 && pools->editor()->original().id > 0; });
    pools->editor()->priceMaxField()->setText(u"2999"_qs);
    pools->editor()->inStockField()->setChecked(true);
    waitUntil([&] { return pools->lastPreview().has_value(); });
    shoot(&window, u"pools-editor"_qs);
    pools->editor()->setPool(pools->editor()->original()); // leave without unsaved edits

    window.showPage(window.pricingPage());
    PricingPage *pricing = window.pricingPage();
    waitUntil([&] { return pricing->model()->rowCount() > 5 && !pricing->isLoading(); });
    for (int row = 0; row < pricing->model()->rowCount(); ++row)
        if (pricing->model()->index(row, 0).data(PricingRuleListModel::ConflictCountRole).toInt() > 0) {
            pricing->table()->selectRow(row);
            break;
        }
    shoot(&window, u"pricing-rules"_qs);

    // The impact preview before a draft is activated (or, without a draft, an active rule deactivated).
    {
        int row = -1;
        for (const PricingRuleStatus wanted : {PricingRuleStatus::Draft, PricingRuleStatus::Active}) {
            for (int r = 0; r < pricing->model()->rowCount() && row < 0; ++r)
                if (pricing->model()->entryAt(r).effectiveStatus == wanted)
                    row = r;
            if (row >= 0)
                break;
        }
        if (row >= 0) {
            const bool activate = pricing->model()->entryAt(row).effectiveStatus == PricingRuleStatus::Draft;
            pricing->table()->selectRow(row);
            settle(500);
            if (PricingImpactDialog *impact = pricing->changeStatus(activate)) {
                waitUntil(
                    [&] { return impact->okButton()->isEnabled() && impact->samples()->rowCount() > 0; });
                shoot(impact, u"pricing-impact"_qs);
                impact->reject();
            }
        }
    }

    // A guide partner and a phone SKU one of its pools holds: campaigns, commission and guardrails.
    HttpClient http(url);
    http.login(u"operator"_qs, u"kepler-demo"_qs);
    qint64 partnerId = 0, skuId = 0;
    for (const QJsonValue &v : http.get(u"/api/v1/pools"_qs).object().value(u"items"_qs).toArray()) {
        const QJsonObject pool = v.toObject();
        if (!pool.value(u"name"_qs).toString().contains(u"手机"_qs))
            continue;
        const QJsonArray modes = pool.value(u"modes"_qs).toArray();
        const QJsonArray ids = pool.value(u"partners"_qs).toArray();
        if (!ids.isEmpty())
            partnerId = ids.first().toInteger();
        else if (!modes.isEmpty())
            partnerId
                = http.get(u"/api/v1/partners?status=active&limit=1&mode="_qs + modes.first().toString())
                      .object()
                      .value(u"items"_qs)
                      .toArray()
                      .first()
                      .toObject()
                      .value(u"id"_qs)
                      .toInteger();
        // A phone: the two conflicting phone campaigns and a commission show in its trail.
        skuId = http.get(u"/api/v1/catalog/skus?categories=1&inStock=true&limit=1"_qs)
                    .object()
                    .value(u"items"_qs)
                    .toArray()
                    .first()
                    .toObject()
                    .value(u"id"_qs)
                    .toInteger();
        break;
    }
    pricing->tabs()->setCurrentIndex(1);
    bool explained = false;
    QObject::connect(pricing->explainer(), &PriceExplainerPanel::explained, [&] { explained = true; });
    pricing->explainer()->explain(partnerId, skuId);
    waitUntil([&] { return explained; });
    shoot(&window, u"pricing-explainer"_qs);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption outOption(u"out"_qs, u"Output folder."_qs, u"dir"_qs, u"docs/screenshots"_qs);
    const QCommandLineOption langOption(u"lang"_qs, u"en or zh_CN."_qs, u"lang"_qs, u"en"_qs);
    // Hidden scenarios that need no service (e.g. "chart-foundation"): only that picture is taken.
    QCommandLineOption onlyOption(u"only"_qs, u"Take one scenario only."_qs, u"name"_qs);
    onlyOption.setFlags(QCommandLineOption::HiddenFromHelp);
    // The dashboards need measured traffic: they are shot against a platform that has it.
    QCommandLineOption urlOption(u"url"_qs, u"Platform to shoot the dashboards against."_qs, u"url"_qs);
    urlOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({outOption, langOption, onlyOption, urlOption});
    parser.addHelpOption();
    parser.process(app);
    g_out = parser.value(outOption);
    g_lang = parser.value(langOption);
    QDir().mkpath(g_out);
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(u"config"_qs).toLocal8Bit()); // no user settings
    // The console embeds its .qm files; this tool reads the same files from the build folder.
    QLocale::setDefault(QLocale(g_lang));
    QTranslator console;
    QTranslator qtBase;
    if (console.load(u"kepler_"_qs + g_lang, QString::fromUtf8(KEPLER_QM_DIR)))
        QCoreApplication::installTranslator(&console);
    if (qtBase.load(
            QLocale(g_lang), u"qtbase"_qs, u"_"_qs, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtBase);

    if (parser.value(onlyOption) == u"chart-foundation") {
        const QString path = QDir(g_out).filePath(u"chart-foundation-"_qs + g_lang + u".png"_qs);
        const bool ok = shootChartFoundation(path, g_lang);
        QTextStream(stdout) << path << (ok ? "" : " (FAILED)") << Qt::endl;
        return ok ? 0 : 1;
    }

    // The command palette, the shortcut help and the dark theme (issue 9), on a platform of its own.
    if (parser.value(onlyOption) == u"keyboard")
        return shootKeyboard(g_out, g_lang, home.filePath(u"keyboard.ini"_qs)) ? 0 : 1;

    // The connection bar while the platform is stopped and once it is back (issue 8).
    if (parser.value(onlyOption) == u"connection")
        return shootConnection(g_out, g_lang, home.filePath(u"connection.ini"_qs)) ? 0 : 1;

    // "Signed-in sessions" with this console and three other sign-ins (issue 8, ASVS V3).
    if (parser.value(onlyOption) == u"sessions")
        return shootSessions(g_out, g_lang, home.filePath(u"sessions.ini"_qs)) ? 0 : 1;

    if (parser.value(onlyOption) == u"dashboards")
        return shootDashboards(
                   QUrl(parser.value(urlOption)), g_out, g_lang, home.filePath(u"dashboards.ini"_qs))
            ? 0
            : 1;

    PlatformProcess platform;
    if (!platform.start({u"--demo"_qs})) {
        QTextStream(stderr) << platform.errorString() << Qt::endl;
        return 1;
    }
    QNetworkAccessManager nam;
    // The review workbench alone (queue, detail light and dark, decision, release).
    if (parser.value(onlyOption) == u"reviews") {
        shootReviews(&nam, platform.url(), home.filePath(u"reviewer.ini"_qs));
        return 0;
    }
    ConsoleSettings settings(home.filePath(u"console.ini"_qs));

    // Keys to show: two on the first partner by name, one of them rotated.
    HttpClient op(platform.url());
    op.login(u"operator"_qs, u"kepler-demo"_qs);

    ApiSession *operatorSession = signIn(&nam, platform.url(), u"operator"_qs);
    MainWindow window(operatorSession, &settings);
    window.setDemoMode(true);
    window.resize(1360, 820);
    window.show();
    PartnersPage *page = window.partnersPage();
    page->reload();
    waitUntil([&] { return page->model()->rowCount() > 10 && page->editor()->original().id > 0; });
    const qint64 first = page->editor()->original().id;
    const QJsonObject issued
        = op.request("POST", u"/api/v1/partners/%1/keys"_qs.arg(first), QJsonObject {}).object();
    op.request("POST",
        u"/api/v1/partners/%1/keys/%2/rotate"_qs.arg(first).arg(issued.value(u"keyId"_qs).toInteger()),
        QJsonObject {{u"overlapHours"_qs, 24}});
    page->openPartnerById(first);

    QTabWidget *tabs = page->editor()->tabs();
    const char *tabNames[]
        = {"detail-profile", "detail-lifecycle", "detail-quotas", "detail-keys", "detail-history"};
    for (int i = 0; i < tabs->count() && i < int(std::size(tabNames)); ++i) {
        tabs->setCurrentIndex(i);
        if (tabs->currentWidget() == page->keysPanel()) {
            page->keysPanel()->reload(); // the keys were issued over HTTP after the partner opened
            waitUntil([&] {
                return child<QTableView>(page->keysPanel(), u"keysTable"_qs)->model()->rowCount() > 0;
            });
        }
        shoot(&window, QString::fromLatin1(tabNames[i]));
    }
    tabs->setCurrentIndex(0);

    // Go to partner (Ctrl+P): one of 240 found by a few letters of its name, in either language.
    {
        GoToPartnerDialog dialog(page->directory(), &window);
        dialog.show();
        waitUntil([&] { return page->directory()->isLoaded(); });
        dialog.searchField()->setText(g_lang == u"en" ? u"music"_qs : u"音乐"_qs);
        shoot(&dialog, u"goto-partner"_qs);
    }

    // Bulk: six partners picked with Ctrl-click, suspend with a reason; review, then results.
    QItemSelectionModel *selection = page->table()->selectionModel();
    for (int row = 0; row < 6; ++row)
        selection->select(
            page->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    {
        BulkActionWizard wizard(operatorSession, page->selectedPartners(), &window);
        wizard.show();
        auto *action = child<QComboBox>(&wizard, u"action"_qs);
        action->setCurrentIndex(action->findData(int(BulkAction::Suspend)));
        shoot(&wizard, u"bulk-choose"_qs);
        auto *reason = child<QComboBox>(&wizard, u"reason"_qs);
        reason->setCurrentIndex(reason->findData(u"fake_traffic"_qs));
        child<QLineEdit>(&wizard, u"note"_qs)
            ->setText(g_lang == u"en" ? u"Click spike, 3x normal"_qs : u"点击量异常，为平时 3 倍"_qs);
        child<QPushButton>(&wizard, u"next"_qs)->click();
        waitUntil([&] { return wizard.currentStep() == 1; });
        shoot(&wizard, u"bulk-review"_qs);
        child<QPushButton>(&wizard, u"confirm"_qs)->click();
        waitUntil([&] {
            return wizard.currentStep() == 2 && child<QPushButton>(&wizard, u"close"_qs)->isEnabled();
        });
        shoot(&wizard, u"bulk-results"_qs);
    }

    // Import: a file with new partners, an update and rows with mistakes → the dry-run preview.
    {
        const QString csvPath = home.filePath(u"partners.csv"_qs);
        QFile csv(csvPath);
        csv.open(QIODevice::WriteOnly);
        csv.write("\xEF\xBB\xBFname,nameEn,mode,scenario,contactName,contactEmail,commissionBps,tags\r\n"
                  "星河阅读,Galaxy Reader,guide,news_app,王芳,wang@galaxy.example.cn,600,新签;pilot\r\n"
                  "蓝鲸出行,Bluewhale Rides,settle_in,travel,赵磊,zhao@bluewhale.example.cn,450,\r\n"
                  "\"晨光商城, 北京\",Morning Mall "
                  "Beijing,buyout,bank_points,孙丽,sun@morning.example.cn,1200,gold\r\n"
                  "小鹿音乐,Fawn Music,guide,music,钱进,not-an-email,800,\r\n"
                  ",Nameless,guide,music,,,500,\r\n"
                  "快看视频,Kuaikan Video,rent,video_site,周敏,zhou@kuaikan.example.cn,abc,\r\n");
        csv.close();
        ImportWizard wizard(operatorSession, &window);
        wizard.resize(1000, 620);
        wizard.show();
        wizard.setFile(csvPath);
        waitUntil([&] { return wizard.step() == ImportWizard::Step::Preview; });
        shoot(&wizard, u"import-preview"_qs);
    }

    // Audit, as a manager: the suspension just made, with its before/after.
    ApiSession *managerSession = signIn(&nam, platform.url(), u"manager"_qs);
    ConsoleSettings managerSettings(home.filePath(u"manager.ini"_qs));
    MainWindow managerWindow(managerSession, &managerSettings);
    managerWindow.setDemoMode(true);
    managerWindow.resize(1360, 820);
    managerWindow.show();
    managerWindow.showPage(managerWindow.auditPage());
    AuditLogPage *audit = managerWindow.auditPage();
    waitUntil([&] { return audit->model()->rowCount() > 5; });
    for (int row = 0; row < audit->model()->rowCount(); ++row)
        if (audit->model()->recordAt(row).action == u"partner.suspend") {
            audit->table()->setCurrentIndex(audit->model()->index(row, 0));
            break;
        }
    shoot(&managerWindow, u"audit"_qs);

    shootReviews(&nam, platform.url(), home.filePath(u"reviewer.ini"_qs));
    shootPricing(&nam, platform.url(), home.filePath(u"pricing.ini"_qs));
    shootCatalog(&nam, platform.url(), home.filePath(u"catalog.ini"_qs));
    return 0;
}
