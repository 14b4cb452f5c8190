// The Keys tab (PartnerKeysPanel) offscreen against a real kepler-platform: issue a key, see its
// secret once with a working Copy button, see it listed without the secret, revoke it.
#include "HttpClient.h"
#include "PlatformProcess.h"
#include "api/ApiSession.h"
#include "widgets/MessageBar.h"
#include "widgets/PartnerKeySecretDialog.h"
#include "widgets/PartnerKeysPanel.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Kepler;
using Kepler::Test::HttpClient;
using Kepler::Test::PlatformProcess;

class TestE2EPartnerKeys : public QObject
{
    Q_OBJECT

private:
    PlatformProcess m_platform;
    HttpClient m_http;
    QNetworkAccessManager m_network;
    ApiSession *m_session = nullptr;
    qint64 m_partnerId = 0;

    template<typename T> T *child(QWidget *parent, const QString &name)
    {
        T *w = parent->findChild<T *>(name);
        if (!w)
            qWarning() << "no child" << name;
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_platform.start({u"--demo"_qs}), qPrintable(m_platform.errorString()));
        m_http.setBaseUrl(m_platform.url());
        QCOMPARE(m_http.login(u"operator"_qs, u"kepler-demo"_qs).status, 201);
        m_session = new ApiSession(&m_network, this);
        m_session->setBaseUrl(m_platform.url());
        m_session->setToken(m_http.token());
        const auto page = m_http.get(u"/api/v1/partners?status=active&limit=1"_qs);
        m_partnerId = page.object().value(u"items"_qs).toArray().at(0).toObject().value(u"id"_qs).toInteger();
        QVERIFY(m_partnerId > 0);
    }

    void issueShowsTheSecretOnceThenRevoke()
    {
        PartnerKeysPanel panel(m_session);
        panel.resize(900, 400);
        panel.show();
        QSignalSpy loaded(&panel, &PartnerKeysPanel::loaded);
        panel.setPartner(m_partnerId, true);
        QVERIFY(loaded.wait(15000));
        auto *table = child<QTableWidget>(&panel, u"keysTable"_qs);
        auto *issue = child<QPushButton>(&panel, u"issueKey"_qs);
        QVERIFY(table && issue);
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(issue->isEnabled());

        QSignalSpy changed(&panel, &PartnerKeysPanel::keysChanged);
        QTest::mouseClick(issue, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel.findChild<PartnerKeySecretDialog *>() != nullptr, 15000);
        auto *dialog = panel.findChild<PartnerKeySecretDialog *>();
        auto *secretField = child<QLineEdit>(dialog, u"secretField"_qs);
        QVERIFY(secretField);
        QVERIFY(secretField->isReadOnly());
        const QString secret = secretField->text();
        QVERIFY2(secret.startsWith(u"ks_"_qs), qPrintable(secret));
        QVERIFY(dialog->appKey().startsWith(u"kp_"_qs));
        QTest::mouseClick(child<QPushButton>(dialog, u"copySecret"_qs), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), secret);
        QCOMPARE(changed.size(), 1);

        // The list reloads with the new key, and nothing the console lists holds the secret.
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 1, 15000);
        QCOMPARE(table->item(0, PartnerKeysPanel::AppKeyColumn)->text(), dialog->appKey());
        QCOMPARE(table->item(0, PartnerKeysPanel::StateColumn)->data(Qt::UserRole).toString(), u"active"_qs);
        const auto listed = m_http.get(u"/api/v1/partners/%1/keys"_qs.arg(m_partnerId));
        QVERIFY(!listed.body.contains(secret.toUtf8()));
        QTest::mouseClick(child<QPushButton>(dialog, u"closeSecret"_qs), Qt::LeftButton);
        QTRY_VERIFY(panel.findChild<PartnerKeySecretDialog *>() == nullptr); // deleted on close

        // Revoke asks first; answer Yes.
        table->selectRow(0);
        auto *revoke = child<QPushButton>(&panel, u"revokeKey"_qs);
        QVERIFY(revoke->isEnabled());
        QTimer::singleShot(200, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(revoke, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            table->item(0, PartnerKeysPanel::StateColumn)->data(Qt::UserRole).toString(), u"revoked"_qs,
            15000);
        QCOMPARE(panel.messageBar()->kind(), MessageBar::Kind::Positive);
        QVERIFY(!revoke->isEnabled());
    }

    void readOnlyRolesSeeNoButtons()
    {
        PartnerKeysPanel panel(m_session);
        panel.show();
        QSignalSpy loaded(&panel, &PartnerKeysPanel::loaded);
        panel.setPartner(m_partnerId, false);
        QVERIFY(loaded.wait(15000));
        QVERIFY(child<QTableWidget>(&panel, u"keysTable"_qs)->rowCount() >= 1);
        for (const QString &name : {u"issueKey"_qs, u"rotateKey"_qs, u"revokeKey"_qs})
            QVERIFY(!child<QPushButton>(&panel, name)->isVisible());
    }
};

QTEST_MAIN(TestE2EPartnerKeys)
#include "tst_e2e_partner_keys.moc"
