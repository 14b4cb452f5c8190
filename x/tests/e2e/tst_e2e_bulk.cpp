// The bulk wizard and the quota panel, offscreen, against a real demo kepler-platform: choose →
// review (nothing written) → confirm → per-partner results, and a quota edit previewed exactly as
// the service then computes it.
#include "HttpClient.h"
#include "PlatformProcess.h"
#include "api/ApiSession.h"
#include "domain/PartnerValidator.h"
#include "widgets/BulkActionWizard.h"
#include "widgets/BulkResultsTable.h"
#include "widgets/PartnerQuotaPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Kepler;
using Kepler::Test::HttpClient;
using Kepler::Test::PlatformProcess;

class TestE2EBulk : public QObject
{
    Q_OBJECT

private:
    PlatformProcess m_platform;
    HttpClient m_http;
    QNetworkAccessManager m_network;
    ApiSession *m_session = nullptr;

    QList<Partner> partners(const QString &query, int n)
    {
        QList<Partner> list;
        const auto items = m_http.get(u"/api/v1/partners?sort=id&limit=%1&"_qs.arg(n) + query)
                               .object()
                               .value(u"items"_qs)
                               .toArray();
        for (const QJsonValue &v : items)
            list.append(*Partner::fromJson(v.toObject()));
        return list;
    }

    Partner fetch(qint64 id)
    {
        return *Partner::fromJson(m_http.get(u"/api/v1/partners/%1"_qs.arg(id)).object());
    }

    template<typename T> static T *child(QWidget *parent, const QString &name)
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
    }

    void suspendActiveSkipOthers()
    {
        QList<Partner> selected = partners(u"status=active"_qs, 3) + partners(u"status=applied"_qs, 2);
        QCOMPARE(selected.size(), 5);
        BulkActionWizard wizard(m_session, selected);
        QSignalSpy finished(&wizard, &BulkActionWizard::bulkFinished);
        wizard.show();

        auto *action = child<QComboBox>(&wizard, u"action"_qs);
        action->setCurrentIndex(action->findData(int(BulkAction::Suspend)));
        auto *next = child<QPushButton>(&wizard, u"next"_qs);
        QVERIFY(!next->isEnabled()); // suspend needs a reason
        auto *reason = child<QComboBox>(&wizard, u"reason"_qs);
        reason->setCurrentIndex(reason->findData(u"fake_traffic"_qs));
        child<QLineEdit>(&wizard, u"note"_qs)->setText(u"批量：点击量异常"_qs);
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);

        // Review: three change, two are skipped, and nothing has been written.
        QCOMPARE(wizard.currentStep(), 1);
        QCOMPARE(wizard.toChange().size(), 3);
        QCOMPARE(wizard.toSkip().size(), 2);
        QCOMPARE(child<QTreeWidget>(&wizard, u"reviewList"_qs)->topLevelItemCount(), 5);
        const QString summary = child<QLabel>(&wizard, u"summary"_qs)->text(); // "3 partner(s) will be…"
        QVERIFY2(
            summary.startsWith(u"3 partner"_qs) && summary.contains(u"suspended"_qs), qPrintable(summary));
        QVERIFY2(summary.contains(u"2 partner(s) will be skipped"_qs), qPrintable(summary));
        QVERIFY(child<QLabel>(&wizard, u"nothingWritten"_qs)->isVisible());
        for (const Partner &p : selected)
            QCOMPARE(fetch(p.id).version, p.version);

        QTest::mouseClick(child<QPushButton>(&wizard, u"confirm"_qs), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QCOMPARE(wizard.currentStep(), 2);
        QList<qint64> changed = finished.first().first().value<QList<qint64>>();
        std::sort(changed.begin(), changed.end());
        QList<qint64> expected;
        for (const Partner &p : wizard.toChange())
            expected.append(p.id);
        std::sort(expected.begin(), expected.end());
        QCOMPARE(changed, expected);
        BulkResultsTable *results = wizard.resultsTable();
        QCOMPARE(results->idsWith(BulkResultsTable::Outcome::Done).size(), 3);
        QCOMPARE(results->idsWith(BulkResultsTable::Outcome::Skipped).size(), 2);
        for (qint64 id : changed) {
            QVERIFY(fetch(id).status == PartnerStatus::Suspended);
            const QJsonObject newest = m_http.get(u"/api/v1/partners/%1/timeline?limit=1"_qs.arg(id))
                                           .object()
                                           .value(u"items"_qs)
                                           .toArray()
                                           .first()
                                           .toObject();
            QCOMPARE(newest.value(u"details"_qs).toObject().value(u"reasonCode"_qs).toString(),
                u"fake_traffic"_qs);
        }
        QVERIFY(!child<QPushButton>(&wizard, u"retryFailed"_qs)->isEnabled());

        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(u"results.csv"_qs);
        QVERIFY2(wizard.saveResults(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(csv.count("\r\n"), 6);
        QVERIFY(QString::fromUtf8(csv).contains(selected.first().name));
    }

    void tagInChunks()
    {
        // 110 partners: three requests of at most 50, every partner tagged once.
        const QList<Partner> selected = partners(u"status=rejected,terminated,in_review,applied"_qs, 110);
        QCOMPARE(selected.size(), 110);
        BulkActionWizard wizard(m_session, selected);
        QSignalSpy finished(&wizard, &BulkActionWizard::bulkFinished);
        auto *action = child<QComboBox>(&wizard, u"action"_qs);
        action->setCurrentIndex(action->findData(int(BulkAction::Tag)));
        child<QLineEdit>(&wizard, u"tag"_qs)->setText(u"双11"_qs);
        QTest::mouseClick(child<QPushButton>(&wizard, u"next"_qs), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(&wizard, u"confirm"_qs), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().first().value<QList<qint64>>().size(), 110);
        QVERIFY(fetch(selected.last().id).tags.contains(u"双11"_qs));
    }

    void retryFailedAfterTheServerWasUnreachable()
    {
        // A session pointed at a closed port: every chunk fails as a whole (after the job's own
        // retries); "Retry failed" against the real service then completes them.
        ApiSession session(&m_network);
        session.setBaseUrl(QUrl(u"http://127.0.0.1:1"_qs));
        session.setToken(m_http.token());
        const QList<Partner> selected = partners(u"status=active"_qs, 60).mid(10, 4);
        QCOMPARE(selected.size(), 4);
        BulkActionWizard wizard(&session, selected);
        QSignalSpy finished(&wizard, &BulkActionWizard::bulkFinished);
        auto *action = child<QComboBox>(&wizard, u"action"_qs);
        action->setCurrentIndex(action->findData(int(BulkAction::Tag)));
        child<QLineEdit>(&wizard, u"tag"_qs)->setText(u"retry"_qs);
        QTest::mouseClick(child<QPushButton>(&wizard, u"next"_qs), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(&wizard, u"confirm"_qs), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(finished.first().first().value<QList<qint64>>().isEmpty());
        QCOMPARE(wizard.resultsTable()->idsWith(BulkResultsTable::Outcome::Failed).size(), 4);
        auto *retry = child<QPushButton>(&wizard, u"retryFailed"_qs);
        QVERIFY(retry->isEnabled());
        QVERIFY(!fetch(selected.first().id).tags.contains(u"retry"_qs));

        session.setBaseUrl(m_platform.url());
        retry->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 15000);
        QCOMPARE(finished.last().first().value<QList<qint64>>().size(), 4);
        QCOMPARE(wizard.resultsTable()->idsWith(BulkResultsTable::Outcome::Done).size(), 4);
        for (const Partner &p : selected)
            QCOMPARE(fetch(p.id).version, p.version + 1); // acted once
    }

    void quotaPanelPreviewsWhatTheServiceComputes()
    {
        const QList<Partner> inGold = partners(u"group=gold"_qs, 50);
        const auto it
            = std::find_if(inGold.cbegin(), inGold.cend(), [](const Partner &p) { return !p.rateLimit; });
        QVERIFY(it != inGold.cend());
        const Partner partner = *it;
        PartnerQuotaPanel panel(m_session);
        QSignalSpy loaded(&panel, &PartnerQuotaPanel::groupsLoaded);
        QVERIFY(loaded.wait(15000));
        panel.setPartner(partner);
        auto *effective = child<QLabel>(&panel, u"rateLimitEffective"_qs);
        QVERIFY2(effective->text().contains(u"from group Gold"_qs), qPrintable(effective->text()));
        QCOMPARE(panel.preview(), *partner.effectiveQuota);

        QSignalSpy edited(&panel, &PartnerQuotaPanel::edited);
        child<QCheckBox>(&panel, u"rateLimitInherit"_qs)->setChecked(false);
        child<QSpinBox>(&panel, u"quotaRateLimit"_qs)->setValue(7);
        auto *group = child<QComboBox>(&panel, u"quotaGroup"_qs);
        group->setCurrentIndex(group->findData(u"silver"_qs));
        QVERIFY(edited.size() >= 3);
        QVERIFY2(effective->text().startsWith(u"7 req/s"_qs), qPrintable(effective->text()));
        QVERIFY(child<QLabel>(&panel, u"dailyOrderCapEffective"_qs)->text().contains(u"Silver"_qs));

        Partner changed = partner;
        panel.applyTo(&changed);
        QCOMPARE(changed.rateLimit, std::optional<int>(7));
        QCOMPARE(changed.group, u"silver"_qs);
        const auto r = m_http.request("PATCH", u"/api/v1/partners/%1"_qs.arg(partner.id),
            partnerPatch(partner, changed), {{"If-Match", partnerEtag(partner.version)}});
        QCOMPARE(r.status, 200);
        QCOMPARE(
            Partner::fromJson(r.object())->effectiveQuota, std::optional<EffectiveQuota>(panel.preview()));
    }
};

QTEST_MAIN(TestE2EBulk)
#include "tst_e2e_bulk.moc"
