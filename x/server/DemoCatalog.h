#pragma once

#include <QList>
#include <QString>

namespace Kepler::Server {

// Word lists the demo seed composes partners from: brands per scenario, edition suffixes, cities
// and people. Fictional names in the style of real Chinese channels.
namespace DemoCatalog {

struct Brand
{
    const char16_t *scenario;
    const char16_t *name;
    const char16_t *nameEn;
    const char16_t *domain; // for contact e-mails
};

struct Pair
{
    const char16_t *zh;
    const char16_t *en; // English or pinyin
};

const QList<Brand> &brands(); // 4 per scenario, 80 in all
const QList<Pair> &cities();
const QList<Pair> &editions(); // app editions beyond 极速版 (Lite), for large demo seeds
const QList<Pair> &surnames();
const QList<Pair> &givenNames();

} // namespace DemoCatalog

} // namespace Kepler::Server
