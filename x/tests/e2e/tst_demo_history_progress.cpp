// Demo mode's first start writes 30 days of history through kepler-traffic (minutes on two cores);
// the window shows how far it is from the traffic log's last report. The parser is checked on the
// report lines kepler-traffic prints (TrafficEngine::report), and the watcher on a real child
// process that writes such a log: a progress signal while it backfills, one "filled" once live.
#include "app/DemoTraffic.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Kepler::DemoTraffic;

class TestDemoHistoryProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTheLastReport_data()
    {
        QTest::addColumn<QByteArray>("log");
        QTest::addColumn<int>("expected");
        const QByteArray backfill = "backfill 40% (2026-11-11): 95 req/s, 30211 answered (30100 2xx, 111 "
                                    "4xx, 0 5xx), 5120 orders, 6 in flight\n";
        QTest::newRow("empty") << QByteArray() << -1;
        QTest::newRow("backfill") << backfill << 40;
        QTest::newRow("the last line counts")
            << QByteArray("backfill 7% (2026-11-02): 90 req/s, …\n" + backfill) << 40;
        QTest::newRow("a line still being written")
            << QByteArray("backfill 7% (2026-11-02): 90 req/s\nbackfill 4") << -1;
        QTest::newRow("live") << QByteArray(backfill + "live: 1 req/s, 83474 answered\n")
                              << int(DemoTraffic::HistoryFilled);
        QTest::newRow("done") << QByteArray("done: 0 req/s, 12 answered\n")
                              << int(DemoTraffic::HistoryFilled);
        QTest::newRow("not a report") << QByteArray("kepler-traffic: starting\n") << -1;
        QTest::newRow("out of range") << QByteArray("backfill 140% (x): …\n") << -1;
        QTest::newRow("no number") << QByteArray("backfill abc% (x): …\n") << -1;
    }
    void parsesTheLastReport()
    {
        QFETCH(QByteArray, log);
        QFETCH(int, expected);
        QCOMPARE(DemoTraffic::historyProgress(log), expected);
    }

    void watchesARunningTrafficLog()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Stands in for kepler-traffic (same arguments, same report lines on stdout).
        const QString program = dir.filePath(u"fake-traffic"_qs);
        QFile script(program);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\n"
                     "echo 'backfill 12% (2026-11-04): 80 req/s, 900 answered'\n"
                     "sleep 3\n"
                     "echo 'backfill 64% (2026-11-20): 85 req/s, 50000 answered'\n"
                     "sleep 3\n"
                     "echo 'live: 1 req/s, 83474 answered'\n"
                     "sleep 60\n");
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

        DemoTraffic traffic;
        QSignalSpy progressed(&traffic, &DemoTraffic::historyProgressed);
        QSignalSpy filled(&traffic, &DemoTraffic::historyFilled);
        traffic.start(program, QUrl(u"http://127.0.0.1:1"_qs), dir.path());
        QTRY_VERIFY_WITH_TIMEOUT(filled.count() == 1, 20000);
        QVERIFY(!progressed.isEmpty());
        QVERIFY(progressed.first().at(0).toInt() == 12 || progressed.first().at(0).toInt() == 64);
        QCOMPARE(progressed.last().at(0).toInt(), 64);
        QTest::qWait(2500); // no second "filled" once live
        QCOMPARE(filled.count(), 1);
        traffic.stop();
    }
};

QTEST_GUILESS_MAIN(TestDemoHistoryProgress)
#include "tst_demo_history_progress.moc"
