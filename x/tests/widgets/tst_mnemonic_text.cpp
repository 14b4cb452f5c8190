// Mnemonics stripped from label and button texts reused in messages and accessible names, in the
// English form ("&Name") and the Chinese one ("名称(&N)"), and the partner editor's field errors
// as a zh_CN user reads them: "佣金比例：…", never "佣金比例(C)：…".
#include "domain/FieldError.h"
#include "widgets/MessageBar.h"
#include "widgets/MnemonicText.h"
#include "widgets/PartnerEditor.h"

#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QTest>
#include <QTranslator>

using namespace Kepler;

namespace {

// The zh_CN translations of the partner form's labels, as translations/kepler_zh_CN.ts has them.
class ChineseLabels : public QTranslator
{
public:
    QString translate(const char *, const char *source, const char *, int) const override
    {
        const QString text = QString::fromUtf8(source);
        if (text == u"&Name")
            return u"名称(&N)"_qs;
        if (text == u"&Commission")
            return u"佣金比例(&C)"_qs;
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class tst_MnemonicText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strips_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("plain");
        QTest::newRow("english") << u"&Name"_qs << u"Name"_qs;
        QTest::newRow("inside a word") << u"De&lay…"_qs << u"Delay…"_qs;
        QTest::newRow("literal ampersand") << u"Sales && returns"_qs << u"Sales & returns"_qs;
        QTest::newRow("only a literal") << u"&&"_qs << u"&"_qs;
        QTest::newRow("no mnemonic") << u"Contact person"_qs << u"Contact person"_qs;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("chinese") << u"名称(&N)"_qs << u"名称"_qs;
        QTest::newRow("chinese with ellipsis") << u"保存结果(&S)…"_qs << u"保存结果…"_qs;
        QTest::newRow("chinese, full-width brackets") << u"佣金比例（&C）"_qs << u"佣金比例"_qs;
        QTest::newRow("latin in brackets after a space") << u"Secret (&S)"_qs << u"Secret"_qs;
        QTest::newRow("brackets that are text") << u"Tags (&gold)"_qs << u"Tags (gold)"_qs;
        QTest::newRow("a literal in brackets") << u"A (&&)"_qs << u"A (&)"_qs;
        QTest::newRow("trailing ampersand") << u"Save &"_qs << u"Save "_qs;
    }

    void strips()
    {
        QFETCH(QString, text);
        QFETCH(QString, plain);
        QCOMPARE(withoutMnemonic(text), plain);
    }

    void partnerEditorNamesFieldsWithoutMnemonicsInChinese()
    {
        ChineseLabels chinese;
        QCoreApplication::installTranslator(&chinese); // sends LanguageChange: the labels retranslate
        PartnerEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));

        editor.showFieldErrors({FieldError {u"commissionBps"_qs, u"out_of_range"_qs, u"too high"_qs},
            FieldError {u"name"_qs, u"required"_qs, u"required"_qs}});
        const QString message = editor.messageBar()->text();
        QVERIFY2(message.contains(u"\n佣金比例: "_qs), qPrintable(message));
        QVERIFY2(message.contains(u"\n名称: "_qs), qPrintable(message));
        QVERIFY2(!message.contains(u'&') && !message.contains(u"(C)"_qs) && !message.contains(u"(N)"_qs),
            qPrintable(message));

        // What a screen reader says for the fields: the label's words, no "(C)".
        QCOMPARE(editor.findChild<QDoubleSpinBox *>()->accessibleName(), u"佣金比例"_qs);
        QCoreApplication::removeTranslator(&chinese);
    }
};

QTEST_MAIN(tst_MnemonicText)
#include "tst_mnemonic_text.moc"
