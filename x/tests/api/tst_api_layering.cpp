// api/ and domain/ are the UI-free core: the console's item models and the service build on them
// without pulling in a display. This proves it twice — the libraries this binary (which links
// kepler_api and kepler_domain with QtTest only) actually loads, and the #includes and link lines
// of their sources — and checks that the checks themselves catch a violation.
#include "api/ApiSession.h"
#include "api/CredentialStore.h"
#include "api/GetPartnerJob.h"

#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#ifndef KEPLER_SOURCE_DIR
#error "KEPLER_SOURCE_DIR must name the project's source directory"
#endif

namespace {

// Libraries the UI-free layers must never load.
const QStringList kForbiddenLibraries = {
    u"libQt6Gui"_qs, u"libQt6Widgets"_qs, u"libQt6Charts"_qs, u"libQt6OpenGL"_qs, u"libQt6OpenGLWidgets"_qs};

// One finding per offending line: "file:line: text".
QStringList forbiddenUses(const QString &fileName, const QString &text)
{
    static const QRegularExpression include(
        uR"(^\s*#\s*include\s*[<"](QtWidgets|QtGui|QtCharts|QtOpenGL|QtOpenGLWidgets)(/|[>"]))"
        uR"(|^\s*#\s*include\s*[<"]Q(Widget|Application|GuiApplication|MainWindow|Dialog|MessageBox|Color|Font|Icon|Pixmap|Image|Painter|Palette|Brush|Pen|Chart\w*|ChartView|LineSeries|OpenGL\w*)[>"])"_qs);
    static const QRegularExpression cmake(
        uR"(Qt6?::(Widgets|Gui|Charts|OpenGL)\b|Qt6(Widgets|Gui|Charts)\b)"_qs);
    const bool isCMake = fileName.endsWith(u"CMakeLists.txt"_qs) || fileName.endsWith(u".cmake"_qs);
    QStringList findings;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (isCMake) {
            line = line.section(u'#', 0, 0); // comments may name what is forbidden
            if (cmake.match(line).hasMatch())
                findings << fileName % u':' % QString::number(i + 1) % u": "_qs % line.trimmed();
        } else if (include.match(line).hasMatch()) {
            findings << fileName % u':' % QString::number(i + 1) % u": "_qs % line.trimmed();
        }
    }
    return findings;
}

} // namespace

class TestApiLayering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void binaryLoadsNoGuiLibrary();
    void sourcesUseNoGui_data();
    void sourcesUseNoGui();
    void scannerCatchesViolations_data();
    void scannerCatchesViolations();
};

void TestApiLayering::binaryLoadsNoGuiLibrary()
{
    // Use the api layer for real, so its code (and everything it links) is in this binary.
    QNetworkAccessManager nam;
    Kepler::ApiSession session(&nam);
    Kepler::CredentialStore store;
    auto *job = new Kepler::GetPartnerJob(&session, 1);
    QString why;
    QVERIFY(!job->canStart(&why)); // no server set
    delete job;

    QProcess ldd;
    ldd.start(u"ldd"_qs, {QCoreApplication::applicationFilePath()});
    QVERIFY2(ldd.waitForFinished(30000), "ldd did not finish");
    QCOMPARE(ldd.exitCode(), 0);
    const QString out = QString::fromLocal8Bit(ldd.readAllStandardOutput());
    // The check must be able to see libraries at all: these are certainly there.
    QVERIFY2(out.contains(u"libQt6Core.so"_qs), qPrintable(out));
    QVERIFY2(out.contains(u"libQt6Network.so"_qs), qPrintable(out));
    QVERIFY2(out.contains(u"libqt6keychain.so"_qs), qPrintable(out));
    for (const QString &lib : kForbiddenLibraries)
        QVERIFY2(!out.contains(lib + u".so"_qs), qPrintable(lib + u" is linked:\n"_qs + out));
}

void TestApiLayering::sourcesUseNoGui_data()
{
    QTest::addColumn<QString>("folder");
    QTest::newRow("api") << u"api"_qs;
    QTest::newRow("domain") << u"domain"_qs;
}

void TestApiLayering::sourcesUseNoGui()
{
    QFETCH(QString, folder);
    const QString root = QStringLiteral(KEPLER_SOURCE_DIR) + u'/' + folder;
    QDirIterator it(root, {u"*.h"_qs, u"*.cpp"_qs, u"CMakeLists.txt"_qs, u"*.cmake"_qs}, QDir::Files,
        QDirIterator::Subdirectories);
    int scanned = 0;
    QStringList findings;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        findings += forbiddenUses(path, QString::fromUtf8(file.readAll()));
        ++scanned;
    }
    QVERIFY2(scanned >= 5, qPrintable(u"too few files found under "_qs + root));
    QVERIFY2(findings.isEmpty(), qPrintable(u"GUI use in a UI-free layer:\n"_qs + findings.join(u'\n')));
}

void TestApiLayering::scannerCatchesViolations_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("caught");

    QTest::newRow("QtWidgets module") << u"a.cpp"_qs << u"#include <QtWidgets/QLabel>"_qs << true;
    QTest::newRow("QtWidgets all") << u"a.h"_qs << u"#include <QtWidgets>"_qs << true;
    QTest::newRow("QWidget") << u"a.h"_qs << u"#  include <QWidget>"_qs << true;
    QTest::newRow("QColor") << u"a.cpp"_qs << u"#include <QColor>"_qs << true;
    QTest::newRow("QtGui") << u"a.cpp"_qs << u"#include <QtGui/QIcon>"_qs << true;
    QTest::newRow("QChartView") << u"a.cpp"_qs << u"#include <QChartView>"_qs << true;
    QTest::newRow("QtCharts") << u"a.cpp"_qs << u"#include <QtCharts>"_qs << true;
    QTest::newRow("cmake Widgets") << u"CMakeLists.txt"_qs
                                   << u"target_link_libraries(x PUBLIC Qt6::Widgets)"_qs << true;
    QTest::newRow("cmake Gui") << u"CMakeLists.txt"_qs << u"  Qt::Gui"_qs << true;
    QTest::newRow("cmake Charts") << u"CMakeLists.txt"_qs << u"Qt6::Charts"_qs << true;
    QTest::newRow("QtNetwork is fine") << u"a.cpp"_qs << u"#include <QNetworkReply>"_qs << false;
    QTest::newRow("QCoreApplication is fine") << u"a.cpp"_qs << u"#include <QCoreApplication>"_qs << false;
    QTest::newRow("cmake comment is fine")
        << u"CMakeLists.txt"_qs << u"# never Qt6::Widgets here"_qs << false;
    QTest::newRow("cmake Network is fine") << u"CMakeLists.txt"_qs << u"Qt6::Network Qt6::Core"_qs << false;
}

void TestApiLayering::scannerCatchesViolations()
{
    QFETCH(QString, file);
    QFETCH(QString, text);
    QFETCH(bool, caught);
    QCOMPARE(!forbiddenUses(file, text).isEmpty(), caught);
}

QTEST_GUILESS_MAIN(TestApiLayering)
#include "tst_api_layering.moc"
