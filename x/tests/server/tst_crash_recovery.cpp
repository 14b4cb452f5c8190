// Crash recovery (issue 8, docs/reliability.md "Reliability"): a few concurrent clients write
// through a real kepler-platform — partner edits (PATCH with If-Match), bulk set-group actions (one
// transaction for all rows) and gateway orders (signed, stock taken in the order's transaction) —
// and the service is killed with SIGKILL at a random moment of each burst. After every kill, before
// the restart on the same data directory, the SQLite file is opened read-only and checked:
//   - PRAGMA integrity_check is "ok";
//   - every acknowledged (2xx) write is there with its content and its audit line;
//   - a write that was never answered is there whole or not at all: a bulk changed all its rows
//     (audit lines, groups and its Idempotency-Key's stored answer) or none, an order has its
//     items and its stock decrement or neither, no order items without an order;
//   - a refused write (4xx) left nothing.
// KEPLER_CRASH_KILLS (default 200) sets the number of kills, KEPLER_CRASH_SEED the random seed
// (printed at the start, so a failing run can be replayed with the same kill points as nearly as
// timing allows), KEPLER_CRASH_BURST_MS the longest burst before a kill (default 250). With
// KEPLER_STORE=postgresql under scripts/with-test-postgres.sh it runs on PostgreSQL (no integrity_check).
#include "GatewaySigner.h"
#include "HttpClient.h"
#include "PlatformProcess.h"
#include "TestPostgres.h"

#include "domain/Partner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <functional>
#include <memory>

using namespace Kepler::Test;

namespace {

const QString kDemoPassword = u"kepler-demo"_qs;
const QStringList kGroups {u"gold"_qs, u"silver"_qs, u"bronze"_qs};
constexpr int kEditClients = 2;
constexpr int kPartnersPerEditClient = 2;
constexpr int kBulkIds = 6;
constexpr int kOrderClients = 2;
constexpr int kSkusPerOrderClient = 12;

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// What became of a write, as the client saw it.
enum class Seen { InFlight, Acked, Refused, NoAnswer };

struct EditWrite
{
    qint64 partner = 0;
    QString contact;
    int version = 0; // the version it makes
    QByteArray requestId;
    Seen seen = Seen::InFlight;
};

struct BulkWrite
{
    QList<qint64> ids;
    QString group;
    QByteArray key;
    QByteArray requestId;
    Seen seen = Seen::InFlight;
};

struct OrderWrite
{
    qint64 partner = 0;
    QString ref;
    QList<std::pair<qint64, int>> items; // sku, quantity
    Seen seen = Seen::InFlight;
};

struct PartnerState
{
    QString contact;
    int version = 0;
};

} // namespace

class tst_CrashRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killsLoseNoAcknowledgedWrite();

private:
    bool startPlatform();
    bool signIn();
    void runBurst(int burstMs);
    QString checkDatabase(); // empty when every check holds
    QString readState(QSqlDatabase &db);

    // One client: sends its next write whenever the previous one is answered, until stopped.
    struct Client
    {
        std::unique_ptr<HttpClient> http;
        std::function<void()> next;
        QNetworkReply *reply = nullptr;
    };
    void send(Client &client, QNetworkReply *reply, std::function<void(const HttpResult &)> done);

    PlatformProcess m_platform;
    QString m_token;
    QRandomGenerator m_rng;
    quint32 m_seed = 0;
    int m_cycle = 0;
    bool m_stopping = false;

    QList<QList<qint64>> m_editPartners; // per edit client
    QHash<qint64, PartnerState> m_partners; // edit partners as last checked
    QList<qint64> m_bulkIds;
    QString m_bulkGroup; // the bulk partners' group as last checked
    struct Shop
    {
        qint64 partner = 0;
        GatewayKey key;
        QList<qint64> skus;
    };
    QList<Shop> m_shops;
    QHash<qint64, qint64> m_stockTotal; // sku → stock + quantity in orders not cancelled

    QList<EditWrite> m_edits; // this cycle's
    QList<BulkWrite> m_bulks;
    QList<OrderWrite> m_orders;

    // Totals for the report.
    int m_kills = 0;
    int m_integrityChecks = 0;
    qint64 m_ackedEdits = 0, m_ackedBulks = 0, m_ackedOrders = 0;
    qint64 m_lostAnswers = 0, m_unansweredApplied = 0, m_refused = 0;
};

void tst_CrashRecovery::initTestCase()
{
    const QByteArray seedText = qgetenv("KEPLER_CRASH_SEED");
    m_seed = seedText.isEmpty() ? QRandomGenerator::global()->generate() : seedText.toUInt();
    m_rng.seed(m_seed);
    qInfo("crash test seed %u (rerun with KEPLER_CRASH_SEED=%u)", m_seed, m_seed);

    // A small catalog and few partners: the first start seeds in a second or two, restarts are ~0.2 s.
    QVERIFY2(m_platform.start({u"--demo"_qs, u"--demo-skus"_qs, u"300"_qs, u"--demo-partners"_qs, u"40"_qs}),
        qPrintable(m_platform.errorString()));
    QVERIFY(signIn());
    HttpClient op(m_platform.url());
    op.setToken(m_token);
    QJsonArray active
        = op.get(u"/api/v1/partners?status=active&limit=40&sort=id"_qs).object().value(u"items"_qs).toArray();
    const int needed = kEditClients * kPartnersPerEditClient + kBulkIds + kOrderClients;
    QVERIFY2(active.size() >= needed, qPrintable(QString::number(active.size())));
    int next = 0;
    auto take = [&] {
        return active.at(next++).toObject().value(u"id"_qs).toInteger();
    };
    for (int c = 0; c < kEditClients; ++c) {
        QList<qint64> ids;
        for (int i = 0; i < kPartnersPerEditClient; ++i)
            ids << take();
        m_editPartners << ids;
    }
    for (int i = 0; i < kBulkIds; ++i)
        m_bulkIds << take();
    for (int c = 0; c < kOrderClients; ++c) {
        Shop shop;
        shop.partner = take();
        // No quota in the way: a 429 would only make fewer writes to check.
        const HttpResult current = op.get(u"/api/v1/partners/%1"_qs.arg(shop.partner));
        const HttpResult patched = op.request("PATCH", u"/api/v1/partners/%1"_qs.arg(shop.partner),
            QJsonObject {{u"rateLimit"_qs, 100000}, {u"dailyOrderCap"_qs, 10000000}},
            {{"If-Match", current.header("etag")}});
        QVERIFY2(patched.status == 200, patched.body.constData());
        const HttpResult key
            = op.request("POST", u"/api/v1/partners/%1/keys"_qs.arg(shop.partner), QJsonObject {});
        QVERIFY2(key.status == 201, key.body.constData());
        shop.key = {key.object().value(u"appKey"_qs).toString(), key.object().value(u"secret"_qs).toString()};
        HttpClient gateway(m_platform.url());
        SignedCall call;
        call.pathAndQuery = u"/open/v1/products?limit=50"_qs;
        const HttpResult products = sendSigned(gateway, shop.key, call);
        QVERIFY2(products.status == 200, products.body.constData());
        QList<std::pair<int, qint64>> byStock;
        for (const QJsonValue &v : products.object().value(u"items"_qs).toArray())
            byStock.append(std::make_pair(
                v.toObject().value(u"stock"_qs).toInt(), v.toObject().value(u"skuId"_qs).toInteger()));
        std::sort(byStock.begin(), byStock.end(), std::greater<>());
        for (int i = 0; i < byStock.size() && shop.skus.size() < kSkusPerOrderClient; ++i) {
            if (byStock.at(i).first > 0)
                shop.skus << byStock.at(i).second;
        }
        QVERIFY(!shop.skus.isEmpty());
        m_shops << shop;
    }
    // One group for all bulk partners to start from (the demo gives them different ones).
    QJsonArray bulkIds;
    for (qint64 id : std::as_const(m_bulkIds))
        bulkIds.append(id);
    const HttpResult grouped = op.request("POST", u"/api/v1/partners:bulk"_qs,
        QJsonObject {{u"action"_qs, u"set-group"_qs}, {u"group"_qs, kGroups.first()}, {u"ids"_qs, bulkIds}},
        {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
    QVERIFY2(grouped.status == 200, grouped.body.constData());
    // The first kill comes before any burst: the seeded state is the baseline every check starts from.
    m_platform.process().kill();
    QVERIFY(m_platform.process().waitForFinished(10000));
    const QString problem = checkDatabase();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

bool tst_CrashRecovery::startPlatform()
{
    if (!m_platform.start()) {
        qWarning() << "restart failed:" << m_platform.errorString();
        return false;
    }
    return true;
}

bool tst_CrashRecovery::signIn()
{
    HttpClient http(m_platform.url());
    if (!m_token.isEmpty()) {
        http.setToken(m_token);
        if (http.get(u"/api/v1/sessions/current"_qs).status == 200)
            return true;
    }
    const HttpResult r = http.login(u"operator"_qs, kDemoPassword);
    m_token = http.token();
    return r.status == 201;
}

void tst_CrashRecovery::send(
    Client &client, QNetworkReply *reply, std::function<void(const HttpResult &)> done)
{
    client.reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, &client, reply, done] {
        client.reply = nullptr;
        done(HttpClient::resultOf(reply));
        reply->deleteLater();
        if (!m_stopping)
            client.next();
    });
}

void tst_CrashRecovery::runBurst(int burstMs)
{
    m_edits.clear();
    m_bulks.clear();
    m_orders.clear();
    m_stopping = false;
    std::vector<std::unique_ptr<Client>> clients;
    auto newClient = [&] {
        auto c = std::make_unique<Client>();
        c->http = std::make_unique<HttpClient>(m_platform.url());
        c->http->setTimeout(5000);
        clients.push_back(std::move(c));
        return clients.back().get();
    };
    int serial = 0;
    auto requestId = [&](const char *kind) -> QByteArray {
        return QByteArray(kind) + '-' + QByteArray::number(m_cycle) + '-' + QByteArray::number(++serial);
    };
    auto answered = [](const HttpResult &r) {
        return r.status == 0 ? Seen::NoAnswer
                             : (r.status >= 200 && r.status < 300 ? Seen::Acked : Seen::Refused);
    };

    // Partner edits: each client walks its partners, one PATCH in flight at a time.
    for (int c = 0; c < kEditClients; ++c) {
        Client *client = newClient();
        client->http->setToken(m_token);
        const QList<qint64> ids = m_editPartners.at(c);
        client->next = [this, client, ids, requestId, answered, n = 0]() mutable {
            const qint64 id = ids.at(n++ % ids.size());
            EditWrite w;
            w.partner = id;
            w.contact = u"crash %1-%2"_qs.arg(m_cycle).arg(n);
            w.version = m_partners.value(id).version + 1;
            w.requestId = requestId("edit");
            m_edits << w;
            const int index = m_edits.size() - 1;
            send(*client,
                client->http->start("PATCH", u"/api/v1/partners/%1"_qs.arg(id),
                    compact({{u"contact"_qs, QJsonObject {{u"name"_qs, w.contact}}}}),
                    {{"Content-Type", "application/json"},
                        {"If-Match", Kepler::partnerEtag(m_partners.value(id).version)},
                        {"X-Request-Id", w.requestId}}),
                [this, index, answered](const HttpResult &r) {
                    EditWrite &w = m_edits[index];
                    w.seen = answered(r);
                    if (w.seen == Seen::Acked)
                        m_partners[w.partner] = {w.contact, w.version};
                    else if (w.seen == Seen::Refused)
                        qWarning() << "edit refused" << r.status << r.body;
                });
        };
    }

    // Bulk set-group on the same partners, each time to a group other than the current one.
    {
        Client *client = newClient();
        client->http->setToken(m_token);
        client->next = [this, client, requestId, answered]() mutable {
            BulkWrite b;
            b.ids = m_bulkIds;
            QString from = m_bulkGroup;
            for (const BulkWrite &earlier : std::as_const(m_bulks)) {
                if (earlier.seen == Seen::Acked)
                    from = earlier.group;
            }
            b.group = kGroups.at((kGroups.indexOf(from) + 1) % kGroups.size());
            b.key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
            b.requestId = requestId("bulk");
            QJsonArray ids;
            for (qint64 id : b.ids)
                ids.append(id);
            m_bulks << b;
            const int index = m_bulks.size() - 1;
            send(*client,
                client->http->start("POST", u"/api/v1/partners:bulk"_qs,
                    compact({{u"action"_qs, u"set-group"_qs}, {u"group"_qs, b.group}, {u"ids"_qs, ids}}),
                    {{"Content-Type", "application/json"}, {"Idempotency-Key", b.key},
                        {"X-Request-Id", b.requestId}}),
                [this, index, answered](const HttpResult &r) {
                    BulkWrite &b = m_bulks[index];
                    b.seen = answered(r);
                    if (b.seen == Seen::Acked && r.object().value(u"okCount"_qs).toInt() != b.ids.size())
                        qWarning() << "bulk rows refused" << r.body;
                    if (b.seen == Seen::Refused)
                        qWarning() << "bulk refused" << r.status << r.body;
                });
        };
        // The next bulk starts from the last acknowledged group; while one is unanswered none
        // follows (one client, one request at a time), so the chain of groups stays known.
    }

    // Gateway orders, signed, 1–3 lines each.
    for (int c = 0; c < kOrderClients; ++c) {
        Client *client = newClient();
        const Shop shop = m_shops.at(c);
        client->next = [this, client, shop, c, answered, n = 0]() mutable {
            OrderWrite o;
            o.partner = shop.partner;
            o.ref = u"crash-%1-%2-%3"_qs.arg(m_cycle).arg(c).arg(++n);
            QList<qint64> skus = shop.skus;
            const int lines = 1 + int(m_rng.bounded(3));
            QJsonArray items;
            for (int i = 0; i < lines && !skus.isEmpty(); ++i) {
                const qint64 sku = skus.takeAt(int(m_rng.bounded(skus.size())));
                const int quantity = 1 + int(m_rng.bounded(2));
                o.items.append(std::make_pair(sku, quantity));
                items.append(QJsonObject {{u"skuId"_qs, sku}, {u"quantity"_qs, quantity}});
            }
            m_orders << o;
            const int index = m_orders.size() - 1;
            SignedCall call;
            call.method = "POST";
            call.pathAndQuery = u"/open/v1/orders"_qs;
            call.body = compact({{u"partnerOrderRef"_qs, o.ref}, {u"buyerRef"_qs, u"b%1"_qs.arg(n % 97)},
                {u"items"_qs, items}});
            Headers headers = signedHeaders(shop.key, call);
            headers.append(std::make_pair(QByteArray("Content-Type"), QByteArray("application/json")));
            send(*client, client->http->start("POST", call.pathAndQuery, call.body, headers),
                [this, index, answered](const HttpResult &r) {
                    OrderWrite &o = m_orders[index];
                    o.seen = answered(r);
                    if (o.seen == Seen::Refused && r.code() != u"out_of_stock"_qs)
                        qWarning() << "order refused" << r.status << r.body;
                });
        };
    }

    for (auto &c : clients)
        c->next();
    QEventLoop loop;
    QTimer::singleShot(burstMs, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();

    // SIGKILL: no shutdown code runs, whatever the service was doing stops mid-step.
    m_stopping = true;
    m_platform.process().kill();
    m_platform.process().waitForFinished(10000);
    ++m_kills;
    // Every request still open ends now (connection closed or refused); answers already in the
    // socket buffers are still read, and count as acknowledged.
    QElapsedTimer waited;
    waited.start();
    auto open = [&] {
        return std::any_of(clients.begin(), clients.end(), [](const auto &c) { return c->reply != nullptr; });
    };
    while (open() && waited.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    for (auto &c : clients) {
        if (c->reply)
            c->reply->abort();
    }
    QCoreApplication::processEvents();
}

QString tst_CrashRecovery::checkDatabase()
{
    const QString name = u"crash-check-%1"_qs.arg(m_kills);
    QString problem;
    {
        // On PostgreSQL (KEPLER_STORE=postgresql under scripts/with-test-postgres.sh) the same
        // checks read the platform's database; there is no integrity_check to run: the server
        // itself was never killed, only its client, so this checks the service's transactions.
        const bool postgres = Kepler::Test::TestPostgres::enabled();
        QSqlDatabase db;
        if (postgres) {
            db = QSqlDatabase::database(
                Kepler::Test::TestPostgres::openConnection(m_platform.dataDir(), name), false);
        } else {
            db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, name);
            db.setDatabaseName(QDir(m_platform.dataDir()).filePath(u"kepler.db"_qs));
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_qs);
        }
        if (!db.open()) {
            problem = u"cannot open the database read-only: "_qs + db.lastError().text();
        } else if (postgres) {
            problem = readState(db);
            db.close();
        } else {
            QSqlQuery q(db);
            if (!q.exec(u"PRAGMA integrity_check"_qs) || !q.next())
                problem = u"integrity_check did not run: "_qs + q.lastError().text();
            else if (q.value(0).toString() != u"ok"_qs)
                problem = u"integrity_check: "_qs + q.value(0).toString();
            ++m_integrityChecks;
            if (problem.isEmpty())
                problem = readState(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!problem.isEmpty())
        problem = u"after kill %1 (seed %2): %3"_qs.arg(m_kills).arg(m_seed).arg(problem);
    return problem;
}

QString tst_CrashRecovery::readState(QSqlDatabase &db)
{
    auto scalar = [&db](const QString &sql, const QVariantList &args = {}) -> QVariant {
        QSqlQuery q(db);
        q.prepare(sql);
        for (const QVariant &a : args)
            q.addBindValue(a);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0);
    };
    auto auditLines = [&](const QByteArray &requestId) {
        return scalar(
            u"SELECT COUNT(*) FROM audit_events WHERE request_id = ?"_qs, {QString::fromLatin1(requestId)})
            .toInt();
    };
    const bool baseline = m_partners.isEmpty();

    // Partner edits: each partner holds its last acknowledged edit or the one left unanswered
    // after it; every edit that is there (acknowledged or not) has its one audit line.
    for (const QList<qint64> &ids : std::as_const(m_editPartners)) {
        for (qint64 id : ids) {
            QSqlQuery q(db);
            q.prepare(u"SELECT contact_name, version FROM partners WHERE id = ?"_qs);
            q.addBindValue(id);
            if (!q.exec() || !q.next())
                return u"partner %1 is gone"_qs.arg(id);
            const PartnerState now {q.value(0).toString(), q.value(1).toInt()};
            if (baseline) {
                m_partners.insert(id, now);
                continue;
            }
            const PartnerState acked = m_partners.value(id);
            const EditWrite *pending = nullptr;
            for (const EditWrite &w : std::as_const(m_edits)) {
                if (w.partner == id && w.seen == Seen::NoAnswer)
                    pending = &w;
            }
            const bool isAcked = now.contact == acked.contact && now.version == acked.version;
            const bool isPending
                = pending && now.contact == pending->contact && now.version == pending->version;
            if (!isAcked && !isPending) {
                return u"partner %1 holds \"%2\" v%3; acknowledged \"%4\" v%5%6"_qs.arg(id)
                    .arg(now.contact)
                    .arg(now.version)
                    .arg(acked.contact)
                    .arg(acked.version)
                    .arg(pending ? u", unanswered \"%1\""_qs.arg(pending->contact) : QString());
            }
            if (isPending) {
                ++m_unansweredApplied;
                m_partners[id] = now;
            }
        }
    }
    for (const EditWrite &w : std::as_const(m_edits)) {
        const int lines = auditLines(w.requestId);
        if (w.seen == Seen::Acked && lines != 1)
            return u"acknowledged edit %1 has %2 audit lines"_qs.arg(QString::fromLatin1(w.requestId))
                .arg(lines);
        if (w.seen == Seen::NoAnswer && lines != (m_partners.value(w.partner).contact == w.contact ? 1 : 0))
            return u"unanswered edit %1: %2 audit lines, partner holds \"%3\""_qs
                .arg(QString::fromLatin1(w.requestId))
                .arg(lines)
                .arg(m_partners.value(w.partner).contact);
        if (w.seen == Seen::Refused && lines != 0)
            return u"refused edit %1 left an audit line"_qs.arg(QString::fromLatin1(w.requestId));
        m_ackedEdits += w.seen == Seen::Acked;
        m_lostAnswers += w.seen == Seen::NoAnswer;
        m_refused += w.seen == Seen::Refused;
    }

    // Bulks: each one changed all its partners (audit lines, stored answer) or none; the partners
    // all hold the group of the last bulk that was applied.
    QStringList groups;
    for (qint64 id : std::as_const(m_bulkIds))
        groups << scalar(u"SELECT COALESCE(group_code, '') FROM partners WHERE id = ?"_qs, {id}).toString();
    if (groups.count(groups.first()) != groups.size())
        return u"bulk partners hold different groups: "_qs + groups.join(u',');
    QString expected = m_bulkGroup;
    for (const BulkWrite &b : std::as_const(m_bulks)) {
        const int lines = auditLines(b.requestId);
        const QString stored = scalar(
            u"SELECT status FROM idempotency_keys WHERE idempotency_key = ?"_qs, {QString::fromLatin1(b.key)})
                                   .toString();
        const bool applied = lines == b.ids.size();
        if (lines != 0 && !applied)
            return u"bulk %1 half applied: %2 of %3 audit lines"_qs.arg(QString::fromLatin1(b.requestId))
                .arg(lines)
                .arg(b.ids.size());
        if (applied != (stored == u"done"_qs))
            return u"bulk %1: %2 audit lines but its key is \"%3\""_qs.arg(QString::fromLatin1(b.requestId))
                .arg(lines)
                .arg(stored);
        if (b.seen == Seen::Acked && !applied)
            return u"acknowledged bulk %1 is missing"_qs.arg(QString::fromLatin1(b.requestId));
        if (b.seen == Seen::Refused && lines != 0)
            return u"refused bulk %1 was applied"_qs.arg(QString::fromLatin1(b.requestId));
        if (applied)
            expected = b.group;
        m_ackedBulks += b.seen == Seen::Acked;
        m_lostAnswers += b.seen == Seen::NoAnswer;
        m_unansweredApplied += b.seen == Seen::NoAnswer && applied;
        m_refused += b.seen == Seen::Refused;
    }
    if (!baseline && groups.first() != expected)
        return u"bulk partners are in group \"%1\", the last applied bulk set \"%2\""_qs.arg(
            groups.first(), expected);
    m_bulkGroup = groups.first();

    // Orders: whole (row and every line) or absent; acknowledged ones present, refused ones absent.
    for (const OrderWrite &o : std::as_const(m_orders)) {
        QSqlQuery q(db);
        q.prepare(u"SELECT i.sku_id, i.quantity FROM gateway_orders o JOIN gateway_order_items i ON "
                  u"i.order_id = o.id "
                  u"WHERE o.partner_id = ? AND o.partner_order_ref = ? ORDER BY i.line"_qs);
        q.addBindValue(o.partner);
        q.addBindValue(o.ref);
        if (!q.exec())
            return q.lastError().text();
        QList<std::pair<qint64, int>> lines;
        while (q.next())
            lines.append(std::make_pair(q.value(0).toLongLong(), q.value(1).toInt()));
        const bool present
            = scalar(u"SELECT COUNT(*) FROM gateway_orders WHERE partner_id = ? AND partner_order_ref = ?"_qs,
                  {o.partner, o.ref})
                  .toInt()
            == 1;
        if (present && lines != o.items)
            return u"order %1 has %2 of its %3 lines, or other ones"_qs.arg(o.ref)
                .arg(lines.size())
                .arg(o.items.size());
        if (o.seen == Seen::Acked && !present)
            return u"acknowledged order %1 is missing"_qs.arg(o.ref);
        if (o.seen == Seen::Refused && present)
            return u"refused order %1 is there"_qs.arg(o.ref);
        m_ackedOrders += o.seen == Seen::Acked;
        m_lostAnswers += o.seen == Seen::NoAnswer;
        m_unansweredApplied += o.seen == Seen::NoAnswer && present;
        m_refused += o.seen == Seen::Refused;
    }
    const int orphans = scalar(
        u"SELECT COUNT(*) FROM gateway_order_items WHERE order_id NOT IN (SELECT id FROM gateway_orders)"_qs)
                            .toInt();
    const int empty = scalar(u"SELECT COUNT(*) FROM gateway_orders o WHERE NOT EXISTS "
                             u"(SELECT 1 FROM gateway_order_items i WHERE i.order_id = o.id)"_qs)
                          .toInt();
    if (orphans || empty)
        return u"%1 order lines without an order, %2 orders without lines"_qs.arg(orphans).arg(empty);
    // Stock: what is on the shelf plus what open orders took never changes.
    for (const Shop &shop : std::as_const(m_shops)) {
        for (qint64 sku : shop.skus) {
            const qint64 total
                = scalar(u"SELECT s.stock + COALESCE((SELECT SUM(i.quantity) FROM gateway_order_items i "
                         u"JOIN gateway_orders o ON o.id = i.order_id WHERE i.sku_id = s.id AND "
                         u"o.cancelled_at IS NULL), 0) FROM catalog_skus s WHERE s.id = ?"_qs,
                    {sku})
                      .toLongLong();
            if (!m_stockTotal.contains(sku))
                m_stockTotal.insert(sku, total);
            else if (m_stockTotal.value(sku) != total)
                return u"SKU %1: stock plus ordered is %2, was %3"_qs.arg(sku).arg(total).arg(
                    m_stockTotal.value(sku));
        }
    }
    return {};
}

void tst_CrashRecovery::killsLoseNoAcknowledgedWrite()
{
    const int kills = envInt("KEPLER_CRASH_KILLS", 200);
    const int maxBurstMs = envInt("KEPLER_CRASH_BURST_MS", 250);
    QElapsedTimer clock;
    clock.start();
    for (m_cycle = 1; m_cycle <= kills; ++m_cycle) {
        QVERIFY2(startPlatform(), qPrintable(u"restart %1 (seed %2)"_qs.arg(m_cycle).arg(m_seed)));
        QVERIFY2(signIn(), "sign-in after a restart");
        // Kill points spread from "just started" to a full burst.
        runBurst(int(m_rng.bounded(maxBurstMs + 1)));
        const QString problem = checkDatabase();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    const qint64 acked = m_ackedEdits + m_ackedBulks + m_ackedOrders;
    qInfo("crash test: %d kills, %d integrity checks ok, %lld acknowledged writes verified "
          "(%lld edits, %lld bulks of %d partners, %lld orders), %lld unanswered (%lld of them applied "
          "whole, the rest absent), %lld refused, %.1f s, seed %u",
        m_kills, m_integrityChecks, acked, m_ackedEdits, m_ackedBulks, kBulkIds, m_ackedOrders, m_lostAnswers,
        m_unansweredApplied, m_refused, clock.elapsed() / 1000.0, m_seed);
    QVERIFY(acked > kills); // the bursts did write
}

QTEST_GUILESS_MAIN(tst_CrashRecovery)
#include "tst_crash_recovery.moc"
