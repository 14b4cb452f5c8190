// kepler-bench-search: search-as-you-type over 10,000 partners on the console side. Types
// queries a key at a time into (a) PartnerDirectoryModel — our folded index, narrowing on each
// extra key — and (b) QSortFilterProxyModel (all columns, case-insensitive fixed string) over the
// same rows, each shown in a QTableView, and times each keystroke until the view has settled.
// Budget (issue 3): under one frame (16.7 ms) per keystroke.
#include "models/PartnerDirectoryModel.h"
#include "server/DemoCatalog.h" // compiled into this benchmark (bench/CMakeLists.txt)

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTextStream>

#include <algorithm>
#include <numeric>

using namespace Kepler;
namespace Catalog = Kepler::Server::DemoCatalog;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// The demo's word lists, combined as the demo seed does: brand, edition, city, contact person.
QList<Partner> makePartners(int count)
{
    const auto &brands = Catalog::brands();
    const auto &cities = Catalog::cities();
    const auto &surnames = Catalog::surnames();
    const auto &given = Catalog::givenNames();
    const char16_t *editions[] = {u"", u"极速版", u"Lite", u"Plus", u"商城"};
    QList<Partner> partners;
    partners.reserve(count);
    for (int i = 0; i < count; ++i) {
        const auto &b = brands.at(i % brands.size());
        const auto &c = cities.at((i / brands.size()) % cities.size());
        const char16_t *edition = editions[(i / (brands.size() * cities.size())) % std::size(editions)];
        Partner p;
        p.id = i + 1;
        p.name = QString::fromUtf16(b.name) + QString::fromUtf16(edition) + u'·' + QString::fromUtf16(c.zh);
        p.nameEn = QString::fromUtf16(b.nameEn) + u' ' + QString::fromUtf16(c.en);
        p.scenario = QString::fromUtf16(b.scenario);
        p.status = allPartnerStatuses().at(i % allPartnerStatuses().size());
        p.contact.name = QString::fromUtf16(surnames.at(i % surnames.size()).zh)
            + QString::fromUtf16(given.at((i / 7) % given.size()).zh);
        p.tags = {i % 3 == 0 ? u"gold"_qs : u"silver"_qs};
        partners.append(p);
    }
    return partners;
}

struct Figures
{
    QList<double> ms;
    double mean() const
    {
        return std::accumulate(ms.begin(), ms.end(), 0.0) / std::max<qsizetype>(1, ms.size());
    }
    double max() const { return ms.isEmpty() ? 0 : *std::max_element(ms.begin(), ms.end()); }
};

// Each step is the text after one keystroke: typing a query, then deleting it key by key.
QStringList keystrokes(const QStringList &queries)
{
    QStringList steps;
    for (const QString &q : queries) {
        for (int n = 1; n <= q.size(); ++n)
            steps << q.left(n);
        for (int n = int(q.size()) - 1; n >= 0; --n)
            steps << q.left(n);
    }
    return steps;
}

// With `view` null the model alone is timed; with it, also the view's relayout and one painted
// frame with the new rows — what the user waits for.
template<typename Apply> Figures measure(QTableView *view, const QStringList &steps, Apply apply)
{
    Figures f;
    QElapsedTimer timer;
    for (const QString &text : steps) {
        timer.start();
        apply(text);
        if (view) {
            QCoreApplication::processEvents();
            view->viewport()->repaint();
        }
        f.ms << timer.nsecsElapsed() / 1e6;
        if (qEnvironmentVariableIsSet("KEPLER_BENCH_TRACE"))
            out() << (view ? "view " : "model ") << text << ' ' << f.ms.last() << '\n';
    }
    return f;
}

QString line(const char *label, const Figures &f)
{
    return u"%1 mean %2 ms, max %3 ms per keystroke\n"_qs.arg(QString::fromLatin1(label))
        .arg(f.mean(), 0, 'f', 2)
        .arg(f.max(), 0, 'f', 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Search as you type over N partners: ours vs QSortFilterProxyModel."_qs);
    parser.addHelpOption();
    const QCommandLineOption rowsOption(u"rows"_qs, u"Partners (default 10000)."_qs, u"N"_qs, u"10000"_qs);
    const QCommandLineOption roundsOption(u"rounds"_qs, u"Repetitions (default 3)."_qs, u"R"_qs, u"3"_qs);
    parser.addOptions({rowsOption, roundsOption});
    parser.process(app);
    const int rows = qMax(1, parser.value(rowsOption).toInt());
    const int rounds = qMax(1, parser.value(roundsOption).toInt());

    const QList<Partner> partners = makePartners(rows);
    const QStringList steps
        = keystrokes({u"移动积分"_qs, u"daily news"_qs, u"上海"_qs, u"ｇｏｌｄ"_qs, u"张伟"_qs});

    PartnerDirectoryModel ours(nullptr);
    QElapsedTimer build;
    build.start();
    ours.setPartners(partners);
    const double buildMs = build.nsecsElapsed() / 1e6;
    PartnerDirectoryModel source(nullptr);
    source.setPartners(partners);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);

    QTableView oursView;
    QTableView proxyView;
    oursView.setModel(&ours);
    proxyView.setModel(&proxy);
    for (QTableView *v : {&oursView, &proxyView}) {
        v->resize(900, 600);
        v->show();
    }
    QCoreApplication::processEvents();

    Figures o, b, oModel, bModel;
    for (int round = 0; round < rounds; ++round) {
        // A fresh index each round: its cache of recent queries must not carry over.
        for (QTableView *view : {&oursView, static_cast<QTableView *>(nullptr)}) {
            ours.setPartners(partners);
            proxy.setFilterFixedString(QString());
            QCoreApplication::processEvents();
            (view ? o : oModel).ms << measure(view, steps, [&](const QString &t) {
                ours.setFilterText(t);
            }).ms;
            QTableView *baselineView = view ? &proxyView : nullptr;
            (view ? b : bModel).ms << measure(baselineView, steps, [&](const QString &t) {
                proxy.setFilterFixedString(t);
            }).ms;
        }
    }
    const double frame = 1000.0 / 60;
    out() << "rows " << rows << ", " << steps.size() << " keystrokes x " << rounds
          << " rounds (typing and deleting: 移动积分, daily news, 上海, ｇｏｌｄ, 张伟); index built in "
          << QString::number(buildMs, 'f', 1) << " ms\n";
    out() << line("model only, ours (PartnerSearchIndex):   ", oModel);
    out() << line("model only, QSortFilterProxyModel:       ", bModel);
    out() << line("with view, ours (PartnerDirectoryModel): ", o);
    out() << line("with view, QSortFilterProxyModel:        ", b);
    const bool pass = o.max() <= frame;
    out() << "  -> model work " << QString::number(bModel.mean() / std::max(oModel.mean(), 1e-6), 'f', 1)
          << "x less than QSortFilterProxyModel (mean), with the view "
          << QString::number(b.mean() / std::max(o.mean(), 1e-6), 'f', 1) << "x; worst keystroke "
          << QString::number(o.max(), 'f', 2) << " ms vs one frame " << QString::number(frame, 'f', 1)
          << " ms: " << (pass ? "PASS" : "FAIL") << Qt::endl;
    return pass ? 0 : 1;
}
