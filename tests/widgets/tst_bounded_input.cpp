// A number typed beyond its field's range is kept as typed and answered in words, and nothing is
// saved while it stands: commission 250 % (was silently 25.00 %), a rate limit of 0 (was ignored),
// a daily order cap of 9999999999 (was 999999999), a key overlap of 500 hours (was 50), a rule
// priority of 5000. Real widgets, offscreen, typed with the keyboard. With KEPLER_SHOT_DIR set, the
// partner editor with an out-of-range commission is saved as a PNG in en and zh_CN.
#include "domain/PartnerValidator.h"
#include "domain/PricingRule.h"
#include "domain/Scenario.h"
#include "widgets/BoundedSpinBox.h"
#include "widgets/MessageBar.h"
#include "widgets/PartnerEditor.h"
#include "widgets/PartnerQuotaPanel.h"
#include "widgets/PricingRuleEditor.h"
#include "widgets/RotateKeyDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

using namespace Kepler;

namespace {

Partner samplePartner()
{
    Partner p;
    p.id = 42;
    p.name = u"今日资讯"_qs;
    p.nameEn = u"Daily News"_qs;
    p.scenario = allScenarios().constFirst();
    p.status = PartnerStatus::Active;
    p.contact = {u"Li Lei"_qs, u"li.lei@example.com"_qs, u"+86 10 1234 5678"_qs};
    p.commissionBps = 500;
    p.rateLimit = 50;
    p.dailyOrderCap = 2000;
    // As the service sends it: the editor's info line names who created and changed the partner.
    p.createdBy = u"operator"_qs;
    p.createdAt = QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
    p.updatedBy = u"reviewer"_qs;
    p.updatedAt = QDateTime(QDate(2026, 11, 20), QTime(14, 5), Qt::UTC);
    return p;
}

// Replaces the field's number by typing, as a person does: select it, type over it.
void typeInto(QAbstractSpinBox *box, const QString &text)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClick(box, Qt::Key_Backspace);
    QTest::keyClicks(box, text);
}

QStringList visibleTexts(QWidget *w)
{
    QStringList texts;
    for (QLabel *l : w->findChildren<QLabel *>())
        if (l->isVisible() && !l->text().isEmpty())
            texts << l->text();
    return texts;
}

bool showsLine(QWidget *w, const QString &text)
{
    return visibleTexts(w).contains(text);
}

QStringList fieldsOf(const FieldErrors &errors)
{
    QStringList fields;
    for (const FieldError &e : errors)
        fields << e.field;
    return fields;
}

} // namespace

class TestBoundedInput : public QObject
{
    Q_OBJECT

    std::unique_ptr<PartnerEditor> m_editor;
    QTranslator m_english; // as the console runs in English: "1 request", "2 requests"

    template<class T> T *field(const QString &name) const
    {
        T *w = m_editor->findChild<T *>(name);
        if (!w)
            qFatal("no field %s", qPrintable(name));
        return w;
    }
    QPushButton *saveButton() const { return field<QPushButton>(u"save"_qs); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_english.load(u"kepler_en"_qs, QString::fromUtf8(KEPLER_QM_DIR)));
        QCoreApplication::installTranslator(&m_english);
    }

    void init()
    {
        m_editor = std::make_unique<PartnerEditor>();
        m_editor->setQuotaPanel(new PartnerQuotaPanel(nullptr), u"Quotas"_qs);
        m_editor->setRoles(Roles(Role::Operator));
        m_editor->setPartner(samplePartner());
        m_editor->resize(640, 720);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    }
    void cleanup() { m_editor.reset(); }

    void commissionBeyondTheRangeIsKeptAndRefused()
    {
        auto *commission = field<QDoubleSpinBox>(u"commission"_qs);
        typeInto(commission, u"250"_qs);
        // A plain QDoubleSpinBox refused the "0" and showed 25.
        QCOMPARE(commission->cleanText(), u"250"_qs);
        const QString limit = u"Commission can be at most 100.00 %."_qs;
        QVERIFY2(showsLine(m_editor.get(), limit), qPrintable(visibleTexts(m_editor.get()).join(u" | "_qs)));
        // Leaving the field or pressing Enter does not put the old number back.
        QTest::keyClick(commission, Qt::Key_Return);
        QCOMPARE(commission->cleanText(), u"250"_qs);
        field<QLineEdit>(u"tags"_qs)->setFocus();
        QTRY_VERIFY(!commission->hasFocus());
        QCOMPARE(commission->cleanText(), u"250"_qs);
        QVERIFY(showsLine(m_editor.get(), limit));
        QVERIFY(m_editor->isDirty()); // switching partners asks instead of dropping it
        // Save does not go out, and says why; whatever path a save takes, the codec refuses too.
        QSignalSpy saves(m_editor.get(), &PartnerEditor::saveRequested);
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QCOMPARE(saves.count(), 0);
        QVERIFY2(m_editor->messageBar()->text().contains(limit), qPrintable(m_editor->messageBar()->text()));
        QCOMPARE(fieldsOf(validatePartner(m_editor->edited())), QStringList {u"commissionBps"_qs});
        // Fixed: the line goes, Save sends the number typed.
        typeInto(commission, u"12.5"_qs);
        QVERIFY(!showsLine(m_editor.get(), limit));
        QVERIFY(fieldsOf(validatePartner(m_editor->edited())).isEmpty());
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QCOMPARE(saves.count(), 1);
        QCOMPARE(m_editor->edited().commissionBps, 1250);
    }

    void rateLimitOfZeroIsAnsweredOnItsTab()
    {
        m_editor->showTab(m_editor->quotaPanel());
        auto *rate = field<QSpinBox>(u"quotaRateLimit"_qs);
        typeInto(rate, u"0"_qs);
        QCOMPARE(rate->cleanText(), u"0"_qs);
        const QString limit = u"At least 1 request per second."_qs;
        QVERIFY2(showsLine(m_editor.get(), limit), qPrintable(visibleTexts(m_editor.get()).join(u" | "_qs)));
        // A plain spin box went back to 50 here and saved that.
        field<QCheckBox>(u"dailyOrderCapInherit"_qs)->setFocus();
        QCOMPARE(rate->cleanText(), u"0"_qs);
        QCOMPARE(fieldsOf(validatePartner(m_editor->edited())), QStringList {u"rateLimit"_qs});
        // Save from the profile tab: refused, and the quotas tab comes up with the field.
        m_editor->tabs()->setCurrentIndex(0);
        QSignalSpy saves(m_editor.get(), &PartnerEditor::saveRequested);
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QCOMPARE(saves.count(), 0);
        QCOMPARE(m_editor->tabs()->currentWidget(), m_editor->quotaPanel());
        QVERIFY(m_editor->messageBar()->text().contains(limit));
        typeInto(rate, u"20"_qs);
        QVERIFY(!showsLine(m_editor.get(), limit));
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QCOMPARE(saves.count(), 1);
        QCOMPARE(m_editor->edited().rateLimit, std::optional<int>(20));
    }

    void dailyCapBeyondTenMillionKeepsEveryDigit()
    {
        m_editor->showTab(m_editor->quotaPanel());
        auto *cap = field<QSpinBox>(u"quotaDailyOrderCap"_qs);
        typeInto(cap, u"9999999999"_qs);
        QCOMPARE(cap->cleanText(), u"9999999999"_qs); // was 999999999: the last digit refused
        QVERIFY2(showsLine(m_editor.get(), u"At most 10,000,000 orders a day."_qs),
            qPrintable(visibleTexts(m_editor.get()).join(u" | "_qs)));
        QCOMPARE(fieldsOf(validatePartner(m_editor->edited())), QStringList {u"dailyOrderCap"_qs});
        // Inherit again: the typed number no longer applies, nor does its complaint.
        field<QCheckBox>(u"dailyOrderCapInherit"_qs)->setChecked(true);
        QVERIFY(!showsLine(m_editor.get(), u"At most 10,000,000 orders a day."_qs));
        QVERIFY(m_editor->inputErrors().isEmpty());
    }

    void anArrowKeyBringsAnOutOfRangeNumberToItsLimit()
    {
        auto *commission = field<QDoubleSpinBox>(u"commission"_qs);
        typeInto(commission, u"250"_qs);
        QTest::keyClick(commission, Qt::Key_Up); // further up from 250 is no step at all
        QCOMPARE(commission->cleanText(), u"250"_qs);
        QTest::keyClick(commission, Qt::Key_Down); // the limit, not 24.5 from the last value within range
        QCOMPARE(commission->value(), 100.0);
        QCOMPARE(commission->cleanText(), u"100.00"_qs);
        QVERIFY(m_editor->inputErrors().isEmpty());
    }

    void rotateOverlapBeyondAWeekKeepsOkUnavailable()
    {
        RotateKeyDialog dialog(u"kp_9df38"_qs);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QSpinBox *hours = dialog.hoursBox();
        typeInto(hours, u"500"_qs);
        QCOMPARE(hours->cleanText(), u"500"_qs); // QInputDialog::getInt gave 50
        QVERIFY2(showsLine(&dialog, u"The old key can keep working for at most 168 hours (a week)."_qs),
            qPrintable(visibleTexts(&dialog).join(u" | "_qs)));
        QVERIFY(!dialog.okButton()->isEnabled());
        QSignalSpy submitted(&dialog, &PendingDialog::submitted);
        QTest::keyClick(hours, Qt::Key_Return); // Enter in the field: not a way round OK
        QCOMPARE(submitted.count(), 0);
        QCOMPARE(hours->cleanText(), u"500"_qs);
        typeInto(hours, u"48"_qs);
        QVERIFY(dialog.okButton()->isEnabled());
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(submitted.count(), 1);
        QCOMPARE(dialog.overlapHours(), 48);
    }

    void rulePriorityBeyondTheRangeIsARuleError()
    {
        PricingRuleEditor editor;
        PricingRule rule;
        rule.name = u"Spring"_qs;
        rule.value = 500;
        editor.setRule(rule);
        editor.resize(600, 700);
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        typeInto(editor.priorityField(), u"5000"_qs);
        QCOMPARE(editor.priorityField()->cleanText(), u"5000"_qs);
        QVERIFY2(showsLine(&editor, u"Priority can be at most 1000."_qs),
            qPrintable(visibleTexts(&editor).join(u" | "_qs)));
        QCOMPARE(fieldsOf(editor.errors()), QStringList {u"priority"_qs}); // the page saves none with errors
        typeInto(editor.priorityField(), u"-20"_qs);
        QVERIFY(editor.errors().isEmpty());
        QCOMPARE(editor.edited().priority, -20);
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("KEPLER_SHOT_DIR");
        if (dir.isEmpty())
            return; // no QSKIP: ctest would count the whole executable as skipped
        for (const QString &language : {u"en"_qs, u"zh_CN"_qs}) {
            QTranslator translator;
            QVERIFY(translator.load(u"kepler_"_qs + language, QString::fromUtf8(KEPLER_QM_DIR)));
            QCoreApplication::installTranslator(&translator);
            // Dates in the language's own format, as the console sets it when the language is chosen.
            const QLocale previousLocale;
            QLocale::setDefault(QLocale(language));
            const auto restoreLocale
                = qScopeGuard([&previousLocale] { QLocale::setDefault(previousLocale); });
            PartnerEditor editor;
            editor.setQuotaPanel(new PartnerQuotaPanel(nullptr),
                QCoreApplication::translate("Kepler::PartnersPage", "Quotas"));
            editor.setPartner(samplePartner());
            editor.resize(560, 680);
            editor.show();
            QVERIFY(QTest::qWaitForWindowActive(&editor));
            auto *commission = editor.findChild<QDoubleSpinBox *>(u"commission"_qs);
            typeInto(commission, u"250"_qs);
            QTest::mouseClick(editor.findChild<QPushButton *>(u"save"_qs), Qt::LeftButton);
            QVERIFY(editor.grab().save(dir + u"/commission-250-"_qs + language + u".png"_qs));
            editor.showTab(editor.quotaPanel());
            typeInto(editor.findChild<QSpinBox *>(u"quotaRateLimit"_qs), u"0"_qs);
            QVERIFY(editor.grab().save(dir + u"/ratelimit-0-"_qs + language + u".png"_qs));
            RotateKeyDialog dialog(u"kp_9df38c0a5ec1059273"_qs);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            typeInto(dialog.hoursBox(), u"500"_qs);
            QVERIFY(dialog.grab().save(dir + u"/rotate-500-"_qs + language + u".png"_qs));
            QCoreApplication::removeTranslator(&translator);
        }
    }
};

QTEST_MAIN(TestBoundedInput)
#include "tst_bounded_input.moc"
