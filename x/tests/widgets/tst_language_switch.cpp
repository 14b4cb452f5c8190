// Switching the language at run time, as Settings does it (LanguageManager), with the console's
// real window against a real kepler-platform --demo: what was built before the switch follows it —
// the partner's Keys tab (buttons, column headers, state pill), a dashboard's partner names, the
// window title (the product name once, in the new language) — and switching back restores English.
#include "HttpClient.h"
#include "PlatformProcess.h"
#include "SignedInSession.h"
#include "api/ApiSession.h"
#include "app/ConsoleSettings.h"
#include "app/LanguageManager.h"
#include "app/MainWindow.h"
#include "domain/PartnerKey.h"
#include "models/PartnerDirectoryModel.h"
#include "models/PoolListModel.h"
#include "models/PricingRuleListModel.h"
#include "widgets/MessageBar.h"
#include "widgets/PartnerEditor.h"
#include "widgets/PartnerKeySecretDialog.h"
#include "widgets/PartnerKeysPanel.h"
#include "widgets/PartnersPage.h"
#include "widgets/PoolEditor.h"
#include "widgets/PoolsPage.h"
#include "widgets/PricingPage.h"
#include "widgets/dashboards/OrdersPage.h"

#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLayout>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Kepler;
using Kepler::Test::HttpClient;
using Kepler::Test::PlatformProcess;
using Kepler::Test::signedInSession;

namespace {

// The title the desktop shows: Qt appends " — <display name>" unless the title ends with it
// (QPlatformWindow::formatWindowTitle).
QString shownTitle(const QWidget &window)
{
    const QString title = window.windowTitle();
    const QString name = QGuiApplication::applicationDisplayName();
    if (title.endsWith(name))
        return title;
    return title.isEmpty() ? name : title + u" — "_qs + name;
}

// KEPLER_SHOTS_DIR set: the window as it looks at each step, to look at.
void shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("KEPLER_SHOTS_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + u".png"_qs);
}

QString keysText(PartnerKeysPanel *keys)
{
    auto *table = keys->findChild<QTableWidget *>(u"keysTable"_qs);
    QStringList parts {keys->findChild<QPushButton *>(u"issueKey"_qs)->text()};
    for (int column = 0; column < table->columnCount(); ++column)
        parts << table->horizontalHeaderItem(column)->text();
    if (table->rowCount() > 0) {
        parts << table->item(0, PartnerKeysPanel::StateColumn)->data(Qt::AccessibleTextRole).toString();
        if (auto *pill = qobject_cast<QLabel *>(table->cellWidget(0, PartnerKeysPanel::StateColumn)))
            parts << pill->text();
    }
    return parts.join(u" | "_qs);
}

} // namespace

class tst_LanguageSwitch : public QObject
{
    Q_OBJECT

private:
    PlatformProcess m_platform;
    QNetworkAccessManager m_network;
    QTemporaryDir m_home;
    ApiSession *m_session = nullptr;
    qint64 m_partnerId = 0;
    QString m_name;
    QString m_nameEn;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_qs).toLocal8Bit());
        QVERIFY2(m_platform.start({u"--demo"_qs}), qPrintable(m_platform.errorString()));
        m_session = signedInSession(m_platform.url(), u"admin"_qs, &m_network, this);
        QVERIFY(m_session);
        HttpClient http(m_platform.url());
        http.login(u"admin"_qs, u"kepler-demo"_qs);
        // A partner with a Chinese and an English name, and a key to show.
        const QJsonArray partners
            = http.get(u"/api/v1/partners?limit=50"_qs).object().value(u"items"_qs).toArray();
        for (const QJsonValue &v : partners) {
            const QJsonObject p = v.toObject();
            if (!p.value(u"nameEn"_qs).toString().isEmpty() && p.value(u"name"_qs) != p.value(u"nameEn"_qs)) {
                m_partnerId = p.value(u"id"_qs).toInteger();
                m_name = p.value(u"name"_qs).toString();
                m_nameEn = p.value(u"nameEn"_qs).toString();
                break;
            }
        }
        QVERIFY2(m_partnerId > 0, "no demo partner with an English name");
        const int issued
            = http.request("POST", u"/api/v1/partners/%1/keys"_qs.arg(m_partnerId), QJsonObject {}).status;
        QVERIFY2(issued == 200 || issued == 201, qPrintable(QString::number(issued)));
    }

    void everythingFollowsTheSwitch()
    {
        LanguageManager language;
        language.setTranslationsDirectory(QString::fromUtf8(KEPLER_QM_DIR));
        language.apply(u"en"_qs);
        ConsoleSettings settings(m_home.filePath(u"console.ini"_qs));
        MainWindow w(m_session, &settings);
        w.setDemoMode(true);
        w.resize(1360, 820);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        // English: the partner's keys, the orders dashboard's name for it, the title.
        PartnersPage *partners = w.partnersPage();
        w.showPage(partners);
        partners->openPartnerById(m_partnerId);
        QTRY_COMPARE_WITH_TIMEOUT(partners->editor()->original().id, m_partnerId, 15000);
        PartnerKeysPanel *keys = partners->keysPanel();
        QTRY_VERIFY_WITH_TIMEOUT(!keys->keys().isEmpty(), 15000);
        const QString englishKeys = keysText(keys);
        QVERIFY2(englishKeys.contains(u"&Issue key"_qs) && englishKeys.contains(u"App key"_qs)
                && englishKeys.contains(displayName(PartnerKeyState::Active)),
            qPrintable(englishKeys));
        w.showPage(w.ordersPage());
        const QString key = QString::number(m_partnerId);
        QTRY_COMPARE_WITH_TIMEOUT(w.ordersPage()->partnerName(key), m_nameEn, 15000);
        QCOMPARE(shownTitle(w).count(u"Kepler Console"_qs), 1);

        shoot(&w, u"switch-1-orders-en"_qs);
        w.showPage(partners);
        for (QTabWidget *tabs : partners->findChildren<QTabWidget *>())
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->widget(i) == keys || tabs->widget(i)->isAncestorOf(keys))
                    tabs->setCurrentIndex(i);
        shoot(&w, u"switch-2-keys-en"_qs);
        // A note shown before the switch would stay in English.
        keys->messageBar()->showMessage(MessageBar::Kind::Positive, u"Key kp_x was revoked."_qs);

        language.apply(u"zh_CN"_qs);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        const QString chineseKeys = keysText(keys);
        const QString issueZh = QCoreApplication::translate("Kepler::PartnerKeysPanel", "&Issue key");
        const QString appKeyZh = QCoreApplication::translate("Kepler::PartnerKeysPanel", "App key");
        QVERIFY(issueZh != u"&Issue key"_qs); // the translation is there to switch to
        QVERIFY2(chineseKeys.contains(issueZh) && chineseKeys.contains(appKeyZh)
                && chineseKeys.contains(displayName(PartnerKeyState::Active))
                && !chineseKeys.contains(u"Key"_qs),
            qPrintable(chineseKeys));
        QVERIFY2(keys->messageBar()->text().isEmpty(), qPrintable(keys->messageBar()->text()));
        // The window's demo banner is no such note: it stays, in Chinese.
        auto *banner = qobject_cast<MessageBar *>(w.centralWidget()->layout()->itemAt(0)->widget());
        QVERIFY(banner);
        QVERIFY2(banner->text().startsWith(u"演示数据"_qs), qPrintable(banner->text()));
        QCOMPARE(w.ordersPage()->partnerName(key), m_name);
        shoot(&w, u"switch-3-keys-zh"_qs);
        w.showPage(w.ordersPage());
        shoot(&w, u"switch-4-orders-zh"_qs);
        const QString zhTitle = shownTitle(w);
        QVERIFY2(
            !zhTitle.contains(u"Kepler"_qs) && zhTitle.count(u"开普勒控制台"_qs) == 1, qPrintable(zhTitle));

        language.apply(u"en"_qs);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(keysText(keys), englishKeys);
        QCOMPARE(w.ordersPage()->partnerName(key), m_nameEn);
        QCOMPARE(shownTitle(w), u"Demo — Kepler Console"_qs);
        shoot(&w, u"switch-5-orders-en-again"_qs);
    }

    // Names and dates on the Pools and Pricing pages, built in English, after a switch to Chinese: the
    // pool's category ids are named under the field (they showed as bare "1, 2") in the language now,
    // and the rules' Valid dates carry no English month names.
    void poolCategoriesAndRuleDatesFollowTheSwitch()
    {
        HttpClient http(m_platform.url());
        http.login(u"admin"_qs, u"kepler-demo"_qs);
        QHash<int, std::pair<QString, QString>> names; // id → Chinese, English
        for (const QJsonValue &v :
            http.get(u"/api/v1/catalog/categories"_qs).object().value(u"items"_qs).toArray()) {
            const QJsonObject c = v.toObject();
            names.insert(c.value(u"id"_qs).toInt(),
                {c.value(u"name"_qs).toString(), c.value(u"nameEn"_qs).toString()});
        }
        QVERIFY(!names.isEmpty());

        LanguageManager language;
        language.setTranslationsDirectory(QString::fromUtf8(KEPLER_QM_DIR));
        language.apply(u"en"_qs);
        PoolsPage pools(m_session);
        PricingPage pricing(m_session);
        for (QWidget *page : {static_cast<QWidget *>(&pools), static_cast<QWidget *>(&pricing)}) {
            page->resize(1300, 800);
            page->show();
            QVERIFY(QTest::qWaitForWindowExposed(page));
        }
        QTRY_VERIFY_WITH_TIMEOUT(pools.model()->rowCount() > 0 && !pools.isLoading(), 15000);
        int poolRow = -1;
        for (int row = 0; row < pools.model()->rowCount() && poolRow < 0; ++row)
            if (!pools.model()->entryAt(row).pool.criteria.categories.isEmpty())
                poolRow = row;
        QVERIFY2(poolRow >= 0, "no demo pool with categories");
        const QList<int> ids = pools.model()->entryAt(poolRow).pool.criteria.categories;
        pools.table()->setCurrentIndex(pools.model()->index(poolRow, 0));
        QLabel *hint = pools.editor()->categoryNamesLabel();
        QTRY_VERIFY_WITH_TIMEOUT(hint->isVisibleTo(&pools), 15000);
        for (int id : ids)
            QVERIFY2(hint->text().contains(names.value(id).second), qPrintable(hint->text()));

        QTRY_VERIFY_WITH_TIMEOUT(pricing.model()->rowCount() > 0 && !pricing.isLoading(), 15000);
        QList<int> windowed;
        for (int row = 0; row < pricing.model()->rowCount(); ++row)
            if (pricing.model()->entryAt(row).rule.validFrom.isValid())
                windowed << row;
        QVERIFY2(!windowed.isEmpty(), "no demo rule with a start date");
        const auto valid = [&](int row) {
            return pricing.model()->index(row, int(PricingRuleListModel::Column::Window)).data().toString();
        };

        language.apply(u"zh_CN"_qs);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        static const QRegularExpression latin(u"[A-Za-z]"_qs);
        QVERIFY2(!hint->text().contains(latin), qPrintable(hint->text()));
        for (int id : ids)
            QVERIFY2(hint->text().contains(names.value(id).first), qPrintable(hint->text()));
        for (int row : std::as_const(windowed))
            QVERIFY2(!valid(row).isEmpty() && !valid(row).contains(latin), qPrintable(valid(row)));
        shoot(&pools, u"switch-6-pools-zh"_qs);
        shoot(&pricing, u"switch-7-pricing-zh"_qs);

        language.apply(u"en"_qs);
        QCoreApplication::processEvents();
        for (int id : ids)
            QVERIFY2(hint->text().contains(names.value(id).second), qPrintable(hint->text()));
    }

    // The show-once secret: its labels show no literal "&", and Esc does not drop a secret nobody
    // copied without asking (the dialog says it cannot be shown again).
    void secretDialogAsksBeforeDroppingTheSecret()
    {
        IssuedPartnerKey issued;
        issued.key.appKey = u"kp_test"_qs;
        issued.secret = u"ks_secret"_qs;
        QGuiApplication::clipboard()->clear();
        QPointer<PartnerKeySecretDialog> dialog = new PartnerKeySecretDialog(issued);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        for (const QLabel *label : dialog->findChildren<QLabel *>()) {
            const QString text = QString(label->text()).remove(u"&&"_qs);
            QVERIFY2(!text.contains(u'&') || label->buddy(), qPrintable(label->text()));
        }
        // Esc, then "Keep it open": the secret stays on screen.
        const auto answer = [](const QString &button) {
            QTimer::singleShot(0, [button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                QCOMPARE(box->objectName(), u"secretNotCopied"_qs);
                for (QAbstractButton *b : box->buttons())
                    if (b->text() == button)
                        b->click();
            });
        };
        answer(u"Keep it open"_qs);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(dialog && dialog->isVisible());
        answer(u"Close without copying"_qs);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog);

        // Copied: Esc closes at once.
        dialog = new PartnerKeySecretDialog(issued);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->findChild<QPushButton *>(u"copySecret"_qs)->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), u"ks_secret"_qs);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog);
    }
};

QTEST_MAIN(tst_LanguageSwitch)
#include "tst_language_switch.moc"
