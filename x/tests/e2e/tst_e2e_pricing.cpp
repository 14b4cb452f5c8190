// Issue 5's console pages for real, against a kepler-platform --demo: an operator narrows a pool's
// criteria on the Pools page, the preview shows what saving adds and removes, a second operator's
// save in between is named in the 412 while the edits stay, and after saving the member count is
// the preview's. On the Pricing page a new rule is validated as it is typed, saved as a draft,
// activated after its impact preview, and the explainer shows it applied.
#include "HttpClient.h"
#include "PlatformProcess.h"
#include "api/ApiSession.h"
#include "domain/Partner.h"
#include "models/PoolListModel.h"
#include "models/PricingRuleListModel.h"
#include "widgets/CategoryPickerDialog.h"
#include "widgets/IdListEdit.h"
#include "widgets/MessageBar.h"
#include "widgets/PoolEditor.h"
#include "widgets/PoolsPage.h"
#include "widgets/PriceExplainerPanel.h"
#include "widgets/PricingImpactDialog.h"
#include "widgets/PricingPage.h"
#include "widgets/PricingRuleEditor.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace Kepler;
using Kepler::Test::HttpClient;
using Kepler::Test::HttpResult;
using Kepler::Test::PlatformProcess;

class TestE2EPricing : public QObject
{
    Q_OBJECT

private:
    PlatformProcess m_platform;
    QNetworkAccessManager m_network;
    ApiSession *m_session = nullptr;
    qint64 m_partnerId = 0;
    QString m_partnerName;
    qint64 m_skuId = 0;

    static QToolButton *messageAction(MessageBar *bar, const QString &text)
    {
        for (QToolButton *b : bar->findChildren<QToolButton *>())
            if (b->text() == text)
                return b;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_platform.start({u"--demo"_qs}), qPrintable(m_platform.errorString()));
        HttpClient op(m_platform.url());
        QCOMPARE(op.login(u"operator"_qs, u"kepler-demo"_qs).status, 201);
        m_session = new ApiSession(&m_network, this);
        m_session->setBaseUrl(m_platform.url());
        m_session->setToken(op.token());
        StaffUser me;
        me.username = u"operator"_qs;
        me.roles = Role::Operator;
        m_session->setCurrentUser(me);
        // A partner and a SKU one of its pools holds, for the rule and the explainer.
        const QJsonArray pools = op.get(u"/api/v1/pools"_qs).object().value(u"items"_qs).toArray();
        // Not the first pool: the pool test narrows that one.
        for (qsizetype i = 1; i < pools.size(); ++i) {
            const QJsonObject pool = pools.at(i).toObject();
            const QJsonArray modes = pool.value(u"modes"_qs).toArray();
            if (modes.isEmpty() || pool.value(u"memberCount"_qs).toInteger() == 0)
                continue;
            const QJsonArray partners
                = op.get(u"/api/v1/partners?status=active&limit=1&mode="_qs + modes.first().toString())
                      .object()
                      .value(u"items"_qs)
                      .toArray();
            const QJsonArray skus
                = op.get(u"/api/v1/pools/%1/skus?limit=1"_qs.arg(pool.value(u"id"_qs).toInteger()))
                      .object()
                      .value(u"items"_qs)
                      .toArray();
            if (partners.isEmpty() || skus.isEmpty())
                continue;
            m_partnerId = partners.first().toObject().value(u"id"_qs).toInteger();
            m_partnerName = partners.first().toObject().value(u"name"_qs).toString();
            m_skuId = skus.first().toObject().value(u"id"_qs).toInteger();
            break;
        }
        QVERIFY(m_partnerId > 0 && m_skuId > 0);
    }

    void poolEditPreviewSave()
    {
        PoolsPage page(m_session);
        page.resize(1300, 850);
        QSignalSpy loaded(&page, &PoolsPage::loaded);
        page.show();
        QVERIFY(loaded.wait(15000));
        QVERIFY(page.model()->rowCount() >= 5);
        QTRY_VERIFY(page.editor()->original().id > 0); // the first pool opens by itself
        const PoolEntry before = page.model()->entryAt(0);
        QCOMPARE(page.editor()->original().id, before.pool.id);
        QVERIFY(before.memberCount > 0);

        // Narrow it: only SKUs up to ¥100. The preview follows the typing (debounced).
        QSignalSpy previewed(&page, &PoolsPage::previewed);
        page.editor()->priceMaxField()->clear();
        QTest::keyClicks(page.editor()->priceMaxField(), u"100"_qs);
        QVERIFY(previewed.wait(15000));
        QTRY_VERIFY_WITH_TIMEOUT(
            !page.lastPreview() || page.lastPreview()->before == before.memberCount, 5000);
        QTRY_VERIFY(page.lastPreview());
        const PoolPreview preview = *page.lastPreview();
        QCOMPARE(preview.before, before.memberCount);
        QCOMPARE(preview.after, preview.before + preview.added - preview.removed);
        QVERIFY(preview.removed > 0);
        QVERIFY(page.previewLabel()->text().contains(QLocale().toString(preview.removed)));
        for (const CatalogSku &s : preview.removedSamples)
            QVERIFY(s.listPriceFen > 10000);

        // Someone else saves the pool meanwhile: the save is refused, names them, keeps the edit.
        HttpClient other(m_platform.url());
        QCOMPARE(other.login(u"operator2"_qs, u"kepler-demo"_qs).status, 201);
        const HttpResult theirs = other.request("PATCH", u"/api/v1/pools/%1"_qs.arg(before.pool.id),
            QJsonObject {{u"name"_qs, QString(before.pool.name + u" ·"_qs)}},
            {{"If-Match", partnerEtag(before.pool.version)}});
        QCOMPARE(theirs.status, 200);
        page.save();
        QTRY_VERIFY_WITH_TIMEOUT(page.messageBar()->kind() == MessageBar::Kind::Error, 15000);
        QVERIFY2(page.messageBar()->text().contains(u"operator2"_qs), qPrintable(page.messageBar()->text()));
        QCOMPARE(page.editor()->priceMaxField()->text(), u"100"_qs);
        QToolButton *load = messageAction(page.messageBar(), tr("Load their version"));
        QVERIFY(load);
        load->click();
        QCOMPARE(page.editor()->original().version, before.pool.version + 1);
        QVERIFY(page.editor()->priceMaxField()->text().isEmpty());

        // Again on their version, and saved: the member count is what the preview said.
        QTest::keyClicks(page.editor()->priceMaxField(), u"100"_qs);
        previewed.clear();
        QVERIFY(previewed.wait(15000));
        QTRY_VERIFY(page.saveButton()->isEnabled());
        QSignalSpy saved(&page, &PoolsPage::saved);
        page.saveButton()->click();
        QVERIFY(saved.wait(15000));
        const auto entry = saved.first().first().value<PoolEntry>();
        QCOMPARE(entry.memberCount, page.lastPreview() ? page.lastPreview()->after : preview.after);
        QCOMPARE(entry.pool.criteria.priceMaxFen, 10000);
        QCOMPARE(page.model()->entryAt(page.model()->rowOf(entry.pool.id)).memberCount, entry.memberCount);
        QVERIFY(!page.editor()->isDirty());

        // Members page in lazily and agree with the count.
        page.tabs()->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(page.members()->rowCount() == qMin<qint64>(entry.memberCount, 100), 15000);
    }

    void categoryPickerTicksTheTree()
    {
        CategoryPickerDialog picker(m_session, {1});
        QTRY_VERIFY_WITH_TIMEOUT(picker.tree()->topLevelItemCount() >= 10, 15000);
        QCOMPARE(picker.selectedIds(), QList<int> {1});
        // A leaf under another top category: both are listed; the ticked top's children are not.
        QTreeWidgetItem *other = picker.tree()->topLevelItem(2);
        QTreeWidgetItem *leaf = other->child(0)->child(0);
        leaf->setCheckState(0, Qt::Checked);
        picker.tree()->topLevelItem(0)->child(0)->setCheckState(0, Qt::Checked);
        QCOMPARE(picker.selectedIds(), (QList<int> {1, leaf->data(0, Qt::UserRole).toInt()}));
    }

    void ruleDraftImpactActivateExplain()
    {
        PricingPage page(m_session);
        page.resize(1400, 900);
        QSignalSpy loaded(&page, &PricingPage::loaded);
        page.show();
        QVERIFY(loaded.wait(15000));
        QVERIFY(page.model()->rowCount() >= 13);
        // The demo's conflicting pair shows inline.
        bool conflictShown = false;
        for (int row = 0; row < page.model()->rowCount(); ++row)
            conflictShown = conflictShown
                || page.model()
                       ->index(row, int(PricingRuleListModel::Column::Conflicts))
                       .data(Qt::ToolTipRole)
                       .toString()
                       .contains(u"conflicts with #"_qs);
        QVERIFY(conflictShown);

        page.newRule();
        PricingRuleEditor *editor = page.editor();
        editor->nameField()->setText(u"E2E 立减 ¥1"_qs);
        editor->adjustmentField()->setCurrentIndex(editor->adjustmentField()->findData(u"amount_off"_qs));
        // Validation as you type: not an amount → the error shows under the value, Save is off.
        QTest::keyClicks(editor->valueField(), u"1.234"_qs);
        QVERIFY(editor->errorLabel(u"value"_qs)->isVisibleTo(&page));
        QVERIFY(!page.saveButton()->isEnabled());
        editor->valueField()->setText(u"1.00"_qs);
        QVERIFY(!editor->errorLabel(u"value"_qs)->isVisibleTo(&page));
        editor->priorityField()->setValue(900);
        editor->findChildren<IdListEdit *>().at(0)->setText(QString::number(m_partnerId)); // partners
        editor->findChildren<IdListEdit *>().at(4)->setText(QString::number(m_skuId)); // SKUs
        // Category ids are shown with the catalog's names under the field, an unknown one as "#id".
        HttpClient http(m_platform.url());
        http.login(u"operator"_qs, u"kepler-demo"_qs);
        const QJsonArray categories
            = http.get(u"/api/v1/catalog/categories"_qs).object().value(u"items"_qs).toArray();
        QVERIFY(!categories.isEmpty());
        const QJsonObject first = categories.first().toObject();
        const QString firstName
            = QLocale().language() == QLocale::Chinese || first.value(u"nameEn"_qs).toString().isEmpty()
            ? first.value(u"name"_qs).toString()
            : first.value(u"nameEn"_qs).toString();
        IdListEdit *categoryIds = editor->findChildren<IdListEdit *>().at(2);
        categoryIds->setText(u"%1, 999999"_qs.arg(first.value(u"id"_qs).toInteger()));
        QTRY_VERIFY_WITH_TIMEOUT(editor->categoryNamesLabel()->isVisibleTo(&page), 15000);
        QVERIFY2(editor->categoryNamesLabel()->text().contains(firstName),
            qPrintable(editor->categoryNamesLabel()->text()));
        QVERIFY2(editor->categoryNamesLabel()->text().contains(u"#999999"_qs),
            qPrintable(editor->categoryNamesLabel()->text()));
        categoryIds->clear();
        QVERIFY(!editor->categoryNamesLabel()->isVisibleTo(&page));
        QVERIFY(editor->errors().isEmpty());
        QVERIFY(page.saveButton()->isEnabled());
        QSignalSpy saved(&page, &PricingPage::saved);
        page.saveButton()->click();
        QVERIFY(saved.wait(15000));
        const auto draft = saved.first().first().value<PricingRuleEntry>();
        QVERIFY(draft.rule.id > 0);
        QVERIFY(draft.effectiveStatus == PricingRuleStatus::Draft);
        QCOMPARE(draft.rule.value, 100);

        // Impact first, then activate from the dialog.
        QVERIFY(page.activateButton()->isEnabled());
        PricingImpactDialog *dialog = page.changeStatus(true);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->okButton()->isEnabled(), 15000);
        QVERIFY2(
            dialog->summary()->text().contains(u"SKUs changed"_qs), qPrintable(dialog->summary()->text()));
        QVERIFY2(dialog->samples()->rowCount() >= 1,
            qPrintable(dialog->summary()->text() + u" partner %1 sku %2"_qs.arg(m_partnerId).arg(m_skuId)));
        saved.clear();
        dialog->okButton()->click();
        QVERIFY(saved.wait(15000));
        const auto active = saved.first().first().value<PricingRuleEntry>();
        QVERIFY(active.effectiveStatus == PricingRuleStatus::Active);
        QCOMPARE(active.rule.version, draft.rule.version + 1);
        QVERIFY(page.deactivateButton()->isVisible());

        // The explainer shows it applied for this partner and SKU.
        page.tabs()->setCurrentIndex(1);
        QSignalSpy explained(page.explainer(), &PriceExplainerPanel::explained);
        page.explainer()->explain(m_partnerId, m_skuId);
        QVERIFY(explained.wait(15000));
        const PriceExplainResult &r = page.explainer()->result();
        QVERIFY(r.sellable);
        // Named, not only numbered: "Partner #17 今日资讯 (Guide)".
        QVERIFY(!r.partnerName.isEmpty());
        QCOMPARE(r.partnerName, m_partnerName);
        QVERIFY2(page.explainer()->statusLabel()->text().contains(m_partnerName),
            qPrintable(page.explainer()->statusLabel()->text()));
        const auto step = std::find_if(r.explanation.steps.cbegin(), r.explanation.steps.cend(),
            [&](const PricingStep &s) { return s.ruleId == active.rule.id; });
        QVERIFY(step != r.explanation.steps.cend());
        QVERIFY(step->outcome == RuleOutcome::Applied);
        QCOMPARE(step->priceAfterFen, step->priceBeforeFen - 100);
        QVERIFY(page.explainer()->priceLabel()->text().startsWith(u"¥"_qs));
        QVERIFY(page.explainer()->trail()->rowCount() >= 1);
    }

    void readersSeeButCannotEdit()
    {
        HttpClient manager(m_platform.url());
        QCOMPARE(manager.login(u"manager"_qs, u"kepler-demo"_qs).status, 201);
        ApiSession session(&m_network);
        session.setBaseUrl(m_platform.url());
        session.setToken(manager.token());
        StaffUser me;
        me.username = u"manager"_qs;
        me.roles = Role::Manager;
        session.setCurrentUser(me);
        PricingPage pricing(&session);
        QSignalSpy loaded(&pricing, &PricingPage::loaded);
        pricing.show();
        QVERIFY(loaded.wait(15000));
        QVERIFY(!pricing.saveButton()->isEnabled());
        QVERIFY(!pricing.editor()->nameField()->isEnabled());
        QVERIFY(pricing.editor()->nameField()->toolTip().contains(u"operators and admins"_qs));
        PoolsPage pools(&session);
        pools.show();
        QTRY_VERIFY_WITH_TIMEOUT(pools.model()->rowCount() > 0, 15000);
        QVERIFY(!pools.saveButton()->isEnabled());
    }
};

QTEST_MAIN(TestE2EPricing)
#include "tst_e2e_pricing.moc"
