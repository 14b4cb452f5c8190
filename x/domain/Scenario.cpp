#include "Scenario.h"

#include <QCoreApplication>

namespace Kepler {
namespace {

struct ScenarioEntry
{
    const char16_t *code;
    const char *name;
};

// QT_TRANSLATE_NOOP marks the names for lupdate; scenarioDisplayName translates at run time.
constexpr ScenarioEntry kScenarios[] = {
    {u"news_app", QT_TRANSLATE_NOOP("Scenario", "News app")},
    {u"video_site", QT_TRANSLATE_NOOP("Scenario", "Video site")},
    {u"telecom_points", QT_TRANSLATE_NOOP("Scenario", "Telecom points mall")},
    {u"bank_points", QT_TRANSLATE_NOOP("Scenario", "Bank points mall")},
    {u"browser", QT_TRANSLATE_NOOP("Scenario", "Browser")},
    {u"social", QT_TRANSLATE_NOOP("Scenario", "Social network")},
    {u"mini_program", QT_TRANSLATE_NOOP("Scenario", "Mini-program")},
    {u"content_community", QT_TRANSLATE_NOOP("Scenario", "Content community")},
    {u"short_video", QT_TRANSLATE_NOOP("Scenario", "Short video")},
    {u"live_streaming", QT_TRANSLATE_NOOP("Scenario", "Live streaming")},
    {u"music", QT_TRANSLATE_NOOP("Scenario", "Music")},
    {u"reading", QT_TRANSLATE_NOOP("Scenario", "Reading")},
    {u"travel", QT_TRANSLATE_NOOP("Scenario", "Travel")},
    {u"maps", QT_TRANSLATE_NOOP("Scenario", "Maps and local life")},
    {u"airline_miles", QT_TRANSLATE_NOOP("Scenario", "Airline miles mall")},
    {u"insurance", QT_TRANSLATE_NOOP("Scenario", "Insurance")},
    {u"smart_device", QT_TRANSLATE_NOOP("Scenario", "Smart device")},
    {u"gaming", QT_TRANSLATE_NOOP("Scenario", "Gaming")},
    {u"enterprise_procurement", QT_TRANSLATE_NOOP("Scenario", "Enterprise procurement")},
    {u"education", QT_TRANSLATE_NOOP("Scenario", "Education")},
};

} // namespace

QStringList allScenarios()
{
    QStringList codes;
    for (const ScenarioEntry &e : kScenarios)
        codes.append(QString::fromUtf16(e.code));
    return codes;
}

bool isValidScenario(const QString &code)
{
    for (const ScenarioEntry &e : kScenarios)
        if (code == QStringView(e.code))
            return true;
    return false;
}

QString scenarioDisplayName(const QString &code)
{
    for (const ScenarioEntry &e : kScenarios)
        if (code == QStringView(e.code))
            return QCoreApplication::translate("Scenario", e.name);
    return code;
}

} // namespace Kepler
