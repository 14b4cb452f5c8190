#pragma once

#include <QList>

namespace Kepler::Server {

// Word lists the demo catalog composes SKUs from: a three-level category tree in the style of a
// large Chinese retailer's (手机通讯 › 手机 › 5G手机), brands per top category, and the price band
// of each leaf, so prices and names read like a real catalog.
namespace DemoSkuCatalog {

struct Leaf
{
    const char16_t *zh;
    const char16_t *en;
    int minYuan; // list price band
    int maxYuan;
};

struct Second
{
    const char16_t *zh;
    const char16_t *en;
    QList<Leaf> leaves;
};

struct Top
{
    const char16_t *zh;
    const char16_t *en;
    QList<Second> seconds;
    QList<std::pair<const char16_t *, const char16_t *>> brands; // (zh, en)
};

const QList<Top> &tree();

} // namespace DemoSkuCatalog

} // namespace Kepler::Server
