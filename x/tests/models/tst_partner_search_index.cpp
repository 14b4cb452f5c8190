// PartnerSearchIndex: what matches (case, full-width forms, every searchable field, not across
// fields), and that narrowing and the cache of recent queries give exactly what a full scan does.
#include "domain/Partner.h"
#include "models/PartnerDirectoryModel.h"
#include "models/PartnerSearchIndex.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QTest>

using namespace Kepler;

namespace {

Partner partner(qint64 id, const QString &name, const QString &nameEn, const QString &contact = {},
    const QStringList &tags = {})
{
    Partner p;
    p.id = id;
    p.name = name;
    p.nameEn = nameEn;
    p.contact.name = contact;
    p.tags = tags;
    return p;
}

const QList<Partner> &sample()
{
    static const QList<Partner> partners
        = {partner(1, u"移动积分商城·西安"_qs, u"Mobile Points Xi'an"_qs, u"张伟"_qs),
            partner(2, u"今日资讯"_qs, u"Daily News"_qs, u"李娜"_qs, {u"gold"_qs}),
            partner(3, u"今日资讯极速版"_qs, u"Daily News Lite"_qs, {}, {u"silver"_qs, u"11.11"_qs}),
            partner(42, u"西瓜剧场"_qs, u"Melon Theatre"_qs)};
    return partners;
}

QList<qint64> ids(const QList<int> &rows)
{
    QList<qint64> result;
    for (int row : rows)
        result << sample().at(row).id;
    return result;
}

} // namespace

class tst_PartnerSearchIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QString>("needle");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("empty is all") << QString() << QList<qint64> {1, 2, 3, 42};
        QTest::newRow("chinese") << u"今日"_qs << QList<qint64> {2, 3};
        QTest::newRow("case") << u"DAILY news"_qs << QList<qint64> {2, 3};
        QTest::newRow("full-width") << u"ｄａｉｌｙ"_qs << QList<qint64> {2, 3};
        QTest::newRow("contact") << u"李娜"_qs << QList<qint64> {2};
        QTest::newRow("tag") << u"11.11"_qs << QList<qint64> {3};
        QTest::newRow("id") << u"42"_qs << QList<qint64> {42};
        QTest::newRow("spaces trimmed") << u"  melon "_qs << QList<qint64> {42};
        QTest::newRow("not across fields") << u"theatre42"_qs << QList<qint64> {};
        QTest::newRow("none") << u"不存在"_qs << QList<qint64> {};
    }
    void matches()
    {
        QFETCH(QString, needle);
        QFETCH(QList<qint64>, expected);
        PartnerSearchIndex index;
        index.setPartners(sample());
        QCOMPARE(ids(index.filter(needle)), expected);
    }

    void typingAndDeletingEqualsFullScan()
    {
        // Random typing and deleting over generated rows: every answer equals a fresh index's.
        QList<Partner> rows;
        const QString alphabet = u"abc移动今日"_qs;
        QRandomGenerator rng(7);
        const auto word = [&](int n) {
            QString w;
            for (int i = 0; i < n; ++i)
                w += alphabet.at(rng.bounded(int(alphabet.size())));
            return w;
        };
        for (int i = 0; i < 2000; ++i)
            rows << partner(i + 1, word(6), word(5), word(2));
        PartnerSearchIndex typed;
        typed.setPartners(rows);
        QString text;
        for (int step = 0; step < 400; ++step) {
            if (!text.isEmpty() && rng.bounded(3) == 0)
                text.chop(1);
            else
                text += alphabet.at(rng.bounded(int(alphabet.size())));
            PartnerSearchIndex fresh;
            fresh.setPartners(rows);
            QCOMPARE(typed.filter(text), fresh.filter(text));
        }
    }

    void directoryModelFilters()
    {
        PartnerDirectoryModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPartners(sample());
        QCOMPARE(model.rowCount(), 4);
        model.setFilterText(u"资讯"_qs);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.partnerAt(1).id, 3);
        QCOMPARE(model.index(0, PartnerDirectoryModel::NameEn).data().toString(), u"Daily News"_qs);
        QCOMPARE(model.index(1, 0).data(PartnerDirectoryModel::IdRole).toLongLong(), 3);
        // New rows keep the filter.
        model.setPartners(sample().mid(2));
        QCOMPARE(model.rowCount(), 1);
        model.setFilterText(QString());
        QCOMPARE(model.rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_PartnerSearchIndex)
#include "tst_partner_search_index.moc"
