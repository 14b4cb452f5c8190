#include "HttpClient.h"
#include "PlatformProcess.h"
#include "api/ApiSession.h"
#include "api/GetPartnerJob.h"
#include "api/UpdatePartnerJob.h"
#include "domain/PartnerAction.h"
#include "domain/PartnerReason.h"
#include "models/DateTimeText.h"
#include "models/PartnerDirectoryModel.h"
#include "models/PartnerListModel.h"
#include "widgets/FilterButton.h"
#include "widgets/GoToPartnerDialog.h"
#include "widgets/LoginDialog.h"
#include "widgets/MessageBar.h"
#include "widgets/PartnerEditor.h"
#include "widgets/PartnersPage.h"
#include "widgets/SavedFiltersButton.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Kepler;
using Kepler::Test::HttpClient;
using Kepler::Test::PlatformProcess;

// What an operator does on the partners page, end to end: a real kepler-platform process, the
// real API jobs over HTTP, the real widgets (offscreen).
class TestE2EPartners : public QObject
{
    Q_OBJECT

private:
    PlatformProcess m_platform;
    QNetworkAccessManager m_network;
    ApiSession *m_session = nullptr;
    PartnersPage *m_page = nullptr;

    static QToolButton *actionButton(MessageBar *bar, const QString &startsWith)
    {
        for (QToolButton *b : bar->findChildren<QToolButton *>())
            if (b->text().startsWith(startsWith))
                return b;
        return nullptr;
    }

    void waitIdle() { QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isLoading(), 15000); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_platform.start({u"--demo"_qs}), qPrintable(m_platform.errorString()));
        m_session = new ApiSession(&m_network, this);
    }

    void signInThroughTheDialog()
    {
        LoginDialog dialog(m_session);
        dialog.setServerProfiles({}, m_platform.url().toString());
        dialog.setUsername(u"operator"_qs);
        dialog.show();
        // A wrong password first: the dialog stays, says why, and keeps the user name.
        QTest::keyClicks(dialog.passwordField(), u"wrong-password"_qs);
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.messageBar()->text().isEmpty(), 15000);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.usernameField()->text(), u"operator"_qs);
        dialog.passwordField()->clear();
        QTest::keyClicks(dialog.passwordField(), u"kepler-demo"_qs);
        QTRY_VERIFY(dialog.signInButton()->isEnabled());
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 15000);
        const LoginResult login = dialog.loginResult();
        QVERIFY(!login.token.isEmpty());
        QVERIFY(login.user.roles.testFlag(Role::Operator));
        m_session->setToken(login.token);
        m_session->setCurrentUser(login.user);
    }

    void lists240Partners()
    {
        m_page = new PartnersPage(m_session);
        m_page->resize(1400, 800);
        m_page->show();
        m_page->reload();
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->total(), 240, 15000);
        // Scrolling to the end fetches the next pages, as an operator would.
        for (int i = 0; i < 20 && m_page->model()->rowCount() < 240; ++i) {
            waitIdle();
            m_page->table()->scrollToBottom();
            QCoreApplication::processEvents();
            if (m_page->model()->canFetchMore({}))
                m_page->model()->fetchMore({});
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 240, 15000);
        // The first partner is opened in the detail panel.
        QTRY_VERIFY(m_page->editor()->original().id != 0);
    }

    void searchAndFilter()
    {
        const Partner sample = m_page->model()->partnerAt(17);
        const QString needle = sample.name.left(2);
        m_page->searchField()->insert(needle); // keyClicks cannot type CJK
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->query().text == needle, 5000);
        waitIdle();
        const int matches = m_page->model()->total();
        QVERIFY(matches >= 1);
        QVERIFY(matches < 240);
        QVERIFY(m_page->model()->rowOfId(sample.id) >= 0);

        m_page->searchField()->clear();
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->total(), 240, 5000);

        // Status filter from its drop-down: tick "Suspended".
        QMenu *menu = m_page->statusFilter()->menu();
        QAction *suspended = nullptr;
        for (QAction *a : menu->actions())
            if (a->data().toString() == u"suspended"_qs)
                suspended = a;
        QVERIFY(suspended);
        suspended->trigger();
        waitIdle();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->total() > 0 && m_page->model()->total() < 240, 5000);
        for (int row = 0; row < m_page->model()->rowCount(); ++row)
            QVERIFY(m_page->model()->partnerAt(row).status == PartnerStatus::Suspended);
        QVERIFY(m_page->statusFilter()->text().contains(displayName(PartnerStatus::Suspended)));
        suspended->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->total(), 240, 5000);
    }

    void editAndSave()
    {
        waitIdle();
        m_page->table()->setCurrentIndex(m_page->model()->index(3, int(PartnerColumn::Name)));
        PartnerEditor *editor = m_page->editor();
        const Partner before = editor->original();
        QCOMPARE(before.id, m_page->model()->partnerAt(3).id);
        // The rate limit lives on the Quotas tab and is saved with the profile.
        auto *inherit = editor->findChild<QCheckBox *>(u"rateLimitInherit"_qs);
        auto *rate = editor->findChild<QSpinBox *>(u"quotaRateLimit"_qs);
        QVERIFY(inherit && rate);
        inherit->setChecked(false);
        rate->setValue(before.rateLimit == 777 ? 778 : 777);
        QVERIFY(editor->isDirty());
        auto *save = editor->findChild<QPushButton *>(u"save"_qs);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(editor->original().version, before.version + 1, 15000);
        QVERIFY(!editor->isDirty());
        QCOMPARE(editor->original().rateLimit, std::optional<int>(rate->value()));
        QCOMPARE(editor->original().updatedBy, u"operator"_qs);
        const int row = m_page->model()->rowOfId(before.id);
        QCOMPARE(m_page->model()->partnerAt(row).rateLimit, std::optional<int>(rate->value()));
    }

    void staleSaveKeepsEditsAndResolves()
    {
        PartnerEditor *editor = m_page->editor();
        const Partner mine = editor->original();

        // A second operator, another client, saves the same partner first.
        QNetworkAccessManager otherNetwork;
        ApiSession other(&otherNetwork);
        other.setBaseUrl(m_platform.url());
        HttpClient http(m_platform.url());
        QCOMPARE(http.login(u"operator2"_qs, u"kepler-demo"_qs).status, 201);
        other.setToken(http.token());
        Partner theirs = mine;
        theirs.commissionBps = mine.commissionBps == 1111 ? 1112 : 1111;
        auto *job = new UpdatePartnerJob(&other, mine, theirs);
        QSignalSpy otherSaved(job, &UpdatePartnerJob::finished);
        QVERIFY(job->start());
        QVERIFY(otherSaved.wait(15000));

        // Meanwhile this operator edits the tags and saves: the service answers 412.
        auto *tags = editor->findChild<QLineEdit *>(u"tags"_qs);
        tags->clear();
        tags->insert(u"e2e, 冲突"_qs);
        const QLocale before;
        QLocale::setDefault(QLocale(u"en_US"_qs));
        QTest::mouseClick(editor->findChild<QPushButton *>(u"save"_qs), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(editor->messageBar()->kind() == MessageBar::Kind::Warning
                && !editor->messageBar()->text().isEmpty(),
            15000);
        QLocale::setDefault(before);
        QVERIFY(editor->messageBar()->text().contains(u"operator2"_qs));
        // When they saved, as every date in the console (DateTimeText: "12/01/2026 6:11 PM", not
        // the locale's short "12/1/26 6:11 PM").
        const QString when
            = DateTimeText::text(otherSaved.first().first().value<Partner>().updatedAt, QLocale(u"en_US"_qs));
        QVERIFY2(editor->messageBar()->text().contains(when), qPrintable(editor->messageBar()->text()));
        // Nothing typed is lost.
        QCOMPARE(tags->text(), u"e2e, 冲突"_qs);
        QVERIFY(editor->isDirty());
        QCOMPARE(editor->original().version, mine.version);

        // "Apply my edits to theirs": saved on top of the newer version, keeping both changes.
        QToolButton *apply = actionButton(editor->messageBar(),
            QCoreApplication::translate("Kepler::PartnerSaver", "Apply my edits to theirs"));
        QVERIFY(apply);
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(editor->original().version, mine.version + 2, 15000);
        QCOMPARE(editor->original().tags, (QStringList {u"e2e"_qs, u"冲突"_qs}));
        QCOMPARE(editor->original().commissionBps, theirs.commissionBps);
        QVERIFY(!editor->isDirty());
    }

    void leavingUnsavedEditsIsRefused()
    {
        PartnerEditor *editor = m_page->editor();
        const qint64 editedId = editor->original().id;
        auto *phone = editor->findChild<QLineEdit *>(u"contactPhone"_qs);
        phone->setText(u"+86 10 1234 5678"_qs);
        QVERIFY(editor->isDirty());
        const int other = m_page->model()->rowOfId(editedId) == 0 ? 1 : 0;
        const qint64 otherId = m_page->model()->partnerAt(other).id;
        m_page->table()->setCurrentIndex(m_page->model()->index(other, int(PartnerColumn::Name)));
        // The editor stays on the edited partner, the selection comes back to it, edits intact.
        QTRY_COMPARE(m_page->model()->partnerAt(m_page->table()->currentIndex().row()).id, editedId);
        QCOMPARE(editor->original().id, editedId);
        QCOMPARE(phone->text(), u"+86 10 1234 5678"_qs);
        QVERIFY(editor->messageBar()->kind() == MessageBar::Kind::Warning);
        // The user chooses to discard: the other partner opens.
        QToolButton *discard = actionButton(editor->messageBar(), u"Discard"_qs);
        QVERIFY(discard);
        QTest::mouseClick(discard, Qt::LeftButton);
        QCOMPARE(editor->original().id, otherId);
        QVERIFY(!editor->isDirty());
    }

    void suspendWithReason()
    {
        // Open an active partner; the lifecycle buttons offer what an operator may do.
        int row = -1;
        for (int r = 0; r < m_page->model()->rowCount() && row < 0; ++r)
            if (m_page->model()->partnerAt(r).status == PartnerStatus::Active)
                row = r;
        QVERIFY(row >= 0);
        PartnerEditor *editor = m_page->editor();
        if (editor->isDirty())
            editor->setPartner(editor->original());
        m_page->table()->setCurrentIndex(m_page->model()->index(row, int(PartnerColumn::Name)));
        const Partner before = m_page->model()->partnerAt(row);
        QTRY_COMPARE(editor->original().id, before.id);
        QVERIFY(editor->findChild<QPushButton *>(u"action_suspend"_qs));
        QVERIFY(!editor->findChild<QPushButton *>(u"action_approve"_qs)); // a reviewer's step

        // A reason is required: refused before anything is sent, nothing changes.
        m_page->runAction(PartnerAction::Suspend, QString(), QString());
        QTRY_VERIFY(editor->messageBar()->kind() == MessageBar::Kind::Error
            && !editor->messageBar()->text().isEmpty());
        QVERIFY(editor->original().status == PartnerStatus::Active);

        m_page->runAction(PartnerAction::Suspend, u"fake_traffic"_qs, u"e2e: traffic spike"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(editor->original().status == PartnerStatus::Suspended, 15000);
        // The timeline shows the step with its reason and note, newest first.
        auto *timeline = editor->findChild<QListWidget *>(u"timeline"_qs);
        QVERIFY(timeline);
        const QString expected = displayName(PartnerAction::Suspend) + u" · "_qs
            + PartnerReason::displayName(u"fake_traffic"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(
            timeline->count() > 0 && timeline->item(0)->text().contains(expected), 15000);
        QVERIFY(timeline->item(0)->text().contains(u"e2e: traffic spike"_qs));
        QVERIFY(timeline->item(0)->text().contains(u"operator"_qs));
        QCOMPARE(editor->original().version, before.version + 1);
        QVERIFY(m_page->model()->partnerAt(m_page->model()->rowOfId(before.id)).status
            == PartnerStatus::Suspended);
        QVERIFY(editor->findChild<QPushButton *>(u"action_resume"_qs));
        m_page->runAction(PartnerAction::Resume, QString(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(editor->original().status == PartnerStatus::Active, 15000);
    }

    void invalidInputIsRefusedLocallyAndKept()
    {
        PartnerEditor *editor = m_page->editor();
        auto *name = editor->findChild<QLineEdit *>(u"name"_qs);
        const QString oldName = name->text();
        name->clear();
        QTest::mouseClick(editor->findChild<QPushButton *>(u"save"_qs), Qt::LeftButton);
        QVERIFY(editor->messageBar()->kind() == MessageBar::Kind::Error);
        QVERIFY(!editor->messageBar()->text().isEmpty());
        QVERIFY(name->hasFocus() || !name->styleSheet().isEmpty());
        QVERIFY(editor->isDirty());
        name->setText(oldName);
        QVERIFY(!editor->isDirty());
    }

    void savedFilterRoundTrip()
    {
        // Save "suspended, news apps, 'gold'" under a name; clear; apply it back from the store.
        QStandardPaths::setTestModeEnabled(true);
        m_page->applyFilterQuery(u"q=%E6%96%B0&status=suspended,active&scenario=news_app"_qs);
        waitIdle();
        QCOMPARE(m_page->model()->query().text, u"新"_qs);
        QCOMPARE(m_page->statusFilter()->selectedCodes().size(), 2);
        const QString saved = m_page->currentFilterQuery();
        m_page->savedFilters()->store().save({u"e2e filter"_qs, saved});
        QTest::mouseClick(m_page->findChild<QToolButton *>(u"clearFilters"_qs), Qt::LeftButton);
        waitIdle();
        QVERIFY(m_page->model()->query().statuses.isEmpty());
        const auto entries = m_page->savedFilters()->store().entries();
        const auto it = std::find_if(entries.cbegin(), entries.cend(),
            [](const SavedFilters::Entry &e) { return e.name == u"e2e filter"; });
        QVERIFY(it != entries.cend());
        Q_EMIT m_page->savedFilters()->applyRequested(it->query);
        waitIdle();
        QCOMPARE(m_page->currentFilterQuery(), saved);
        QCOMPARE(m_page->model()->query().scenarios, QStringList {u"news_app"_qs});
        m_page->savedFilters()->store().remove(u"e2e filter"_qs);
        m_page->applyFilterQuery(QString());
        waitIdle();
    }

    void groupFilter()
    {
        // The groups come from the service; picking one filters the list by it.
        QTRY_VERIFY_WITH_TIMEOUT(m_page->groupFilter()->isVisible(), 15000);
        m_page->groupFilter()->setSelectedCodes({u"gold"_qs});
        Q_EMIT m_page->groupFilter()->selectionChanged({u"gold"_qs});
        waitIdle();
        QCOMPARE(m_page->model()->query().groups, QStringList {u"gold"_qs});
        QVERIFY(m_page->model()->rowCount() > 0);
        for (int row = 0; row < m_page->model()->rowCount(); ++row)
            QCOMPARE(m_page->model()->partnerAt(row).group, u"gold"_qs);
        QVERIFY(m_page->currentFilterQuery().contains(u"group=gold"_qs));
        m_page->applyFilterQuery(QString());
        waitIdle();
        QVERIFY(m_page->groupFilter()->selectedCodes().isEmpty());
    }

    void goToPartnerDialogTypesAndOpens()
    {
        // The dialog as a user drives it: type, arrow down, Enter.
        PartnerDirectoryModel *directory = m_page->directory();
        GoToPartnerDialog dialog(directory);
        QSignalSpy chosen(&dialog, &GoToPartnerDialog::partnerChosen);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(directory->isLoaded() && !directory->isLoading(), 15000);
        dialog.searchField()->clear();
        QTest::keyClicks(dialog.searchField(), u"Lite"_qs);
        QVERIFY(directory->rowCount() > 1);
        for (int row = 0; row < directory->rowCount(); ++row)
            QVERIFY(directory->partnerAt(row).nameEn.contains(u"Lite"_qs));
        QTest::keyClick(dialog.searchField(), Qt::Key_Down);
        QCOMPARE(dialog.list()->currentIndex().row(), 1);
        const qint64 second = directory->partnerAt(1).id;
        QTest::keyClick(dialog.searchField(), Qt::Key_Return);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.at(0).at(0).toLongLong(), second);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        directory->setFilterText(QString());
    }

    void showInAuditLogNamesTheOpenPartner()
    {
        // An operator does not see the command (the audit log is for managers and admins) ...
        auto *audit = m_page->findChild<QAction *>(u"showInAuditLog"_qs);
        QVERIFY(audit);
        QVERIFY(!audit->isVisible());
        // ... and when it runs, it asks for the open partner's lines.
        QSignalSpy spy(m_page, &PartnersPage::auditRequested);
        audit->trigger();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toLongLong(), m_page->editor()->original().id);
    }

    void nextAndPreviousPartner()
    {
        QTRY_VERIFY(m_page->model()->rowCount() > 3);
        m_page->table()->setCurrentIndex(m_page->model()->index(0, 1));
        const qint64 first = m_page->editor()->original().id;
        m_page->table()->setFocus();
        QTest::keyClick(m_page->table(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(m_page->editor()->original().id, m_page->model()->partnerAt(1).id);
        QVERIFY(m_page->editor()->original().id != first);
        m_page->stepPartner(-1);
        QCOMPARE(m_page->editor()->original().id, first);
        m_page->stepPartner(-1); // already at the top: stays
        QCOMPARE(m_page->editor()->original().id, first);
    }

    void goToPartnerFindsAnyPartner()
    {
        // Filter the list down to suspended partners, then jump to an active one by name.
        m_page->applyFilterQuery(u"status=suspended"_qs);
        waitIdle();
        PartnerDirectoryModel *directory = m_page->directory();
        directory->load();
        QTRY_VERIFY_WITH_TIMEOUT(directory->isLoaded(), 15000);
        QVERIFY(directory->partnerCount() >= 240); // every partner, not just the filtered list
        Partner target;
        for (int row = 0; row < directory->rowCount(); ++row)
            if (directory->partnerAt(row).status == PartnerStatus::Active) {
                target = directory->partnerAt(row);
                break;
            }
        QVERIFY(target.id > 0);
        directory->setFilterText(target.name);
        QVERIFY(directory->rowCount() >= 1);
        QCOMPARE(directory->partnerAt(0).name.contains(target.name), true);
        m_page->openPartnerById(target.id);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->editor()->original().id, target.id, 15000);
        QCOMPARE(m_page->editor()->original().name, target.name);
        m_page->applyFilterQuery(QString());
        waitIdle();
    }

    void cleanupTestCase() { delete m_page; }
};

QTEST_MAIN(TestE2EPartners)
#include "tst_e2e_partners.moc"
