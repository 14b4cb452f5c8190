#include "MiniProgramValidator.h"

#include "JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace Kepler {
namespace {

struct Category
{
    const char *code;
    const char *text; // source text for QCoreApplication::translate("MiniProgramCategory", ...)
};

constexpr Category kCategories[] = {
    {"shopping", QT_TRANSLATE_NOOP("MiniProgramCategory", "Shopping")},
    {"food", QT_TRANSLATE_NOOP("MiniProgramCategory", "Food and drink")},
    {"travel", QT_TRANSLATE_NOOP("MiniProgramCategory", "Travel")},
    {"lifestyle", QT_TRANSLATE_NOOP("MiniProgramCategory", "Lifestyle services")},
    {"education", QT_TRANSLATE_NOOP("MiniProgramCategory", "Education")},
    {"entertainment", QT_TRANSLATE_NOOP("MiniProgramCategory", "Entertainment")},
    {"news", QT_TRANSLATE_NOOP("MiniProgramCategory", "News and reading")},
    {"tools", QT_TRANSLATE_NOOP("MiniProgramCategory", "Tools")},
};

const QStringList kReadOnly
    = {u"id"_qs, u"partnerId"_qs, u"status"_qs, u"grayPercent"_qs, u"createdAt"_qs, u"submittedAt"_qs,
        u"decidedAt"_qs, u"releasedAt"_qs, u"decidedBy"_qs, u"reasonCode"_qs, u"note"_qs, u"version"_qs};

void readDraft(JsonFields &f, MiniProgramVersion *v)
{
    using namespace MiniProgramLimits;
    static const QRegularExpression appId(u"^[A-Za-z0-9_]+$"_qs);
    static const QRegularExpression codeVersion(u"^[0-9A-Za-z][0-9A-Za-z._-]*$"_qs);
    static const QRegularExpression pagePath(u"^[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*$"_qs);
    if (const auto s = f.string(u"appId"_qs, true, 1, AppIdMax)) {
        if (appId.match(*s).hasMatch())
            v->appId = *s;
        else
            f.addError(u"appId"_qs, u"invalid_value"_qs, u"may hold letters, digits and _ only"_qs);
    }
    if (const auto s = f.string(u"codeVersion"_qs, true, 1, CodeVersionMax)) {
        if (codeVersion.match(*s).hasMatch())
            v->codeVersion = *s;
        else
            f.addError(u"codeVersion"_qs, u"invalid_value"_qs, u"may hold letters, digits, . _ - only"_qs);
    }
    if (const auto s = f.string(u"description"_qs, false, 0, DescriptionMax))
        v->description = *s;
    if (const auto list = f.stringList(u"pages"_qs, false, PagesMax, PagePathMax)) {
        const bool bad = std::any_of(
            list->cbegin(), list->cend(), [](const QString &p) { return !pagePath.match(p).hasMatch(); });
        if (bad)
            f.addError(u"pages"_qs, u"invalid_value"_qs, u"pages are paths like pages/index/index"_qs);
        else
            v->pages = *list;
    }
    if (const auto s = f.string(u"category"_qs, false, 0, 64)) {
        if (s->isEmpty() || isValidMiniProgramCategory(*s))
            v->category = *s;
        else
            f.addError(u"category"_qs, u"invalid_value"_qs, u"is not a known category"_qs);
    }
    if (const auto s = f.string(u"privacyDeclaration"_qs, false, 0, PrivacyDeclarationMax))
        v->privacyDeclaration = *s;
    if (const auto list = f.stringList(u"screenshots"_qs, false, ScreenshotsMax, ScreenshotIdMax))
        v->screenshots = *list;
    if (const auto s = f.string(u"partnerNotes"_qs, false, 0, PartnerNotesMax))
        v->partnerNotes = *s;
    f.rejectReadOnly(kReadOnly);
    f.rejectUnknown();
}

} // namespace

QStringList miniProgramCategories()
{
    QStringList out;
    for (const Category &c : kCategories)
        out.append(QString::fromLatin1(c.code));
    return out;
}

bool isValidMiniProgramCategory(const QString &code)
{
    return miniProgramCategories().contains(code);
}

QString miniProgramCategoryDisplayName(const QString &code)
{
    for (const Category &c : kCategories)
        if (code == QLatin1StringView(c.code))
            return QCoreApplication::translate("MiniProgramCategory", c.text);
    return code;
}

FieldErrors readMiniProgramDraft(const QJsonObject &body, MiniProgramVersion *out)
{
    JsonFields f(body);
    MiniProgramVersion v = out ? *out : MiniProgramVersion();
    readDraft(f, &v);
    if (f.ok() && out)
        *out = v;
    return f.errors();
}

QJsonObject miniProgramDraftJson(const MiniProgramVersion &v)
{
    return QJsonObject {
        {u"appId"_qs, v.appId},
        {u"codeVersion"_qs, v.codeVersion},
        {u"description"_qs, v.description},
        {u"pages"_qs, QJsonArray::fromStringList(v.pages)},
        {u"category"_qs, v.category},
        {u"privacyDeclaration"_qs, v.privacyDeclaration},
        {u"screenshots"_qs, QJsonArray::fromStringList(v.screenshots)},
        {u"partnerNotes"_qs, v.partnerNotes},
    };
}

FieldErrors validateForSubmit(const MiniProgramVersion &version)
{
    FieldErrors errors = readMiniProgramDraft(miniProgramDraftJson(version), nullptr);
    const auto failed = [&errors](const QString &field) {
        return std::any_of(
            errors.cbegin(), errors.cend(), [&](const FieldError &e) { return e.field == field; });
    };
    const auto require = [&](const QString &field, bool present, const QString &message) {
        if (!present && !failed(field))
            errors.append({field, u"required"_qs, message});
    };
    require(u"description"_qs, !version.description.trimmed().isEmpty(), u"is required to submit"_qs);
    require(u"pages"_qs, !version.pages.isEmpty(), u"needs at least one page to submit"_qs);
    require(u"category"_qs, !version.category.isEmpty(), u"is required to submit"_qs);
    require(u"privacyDeclaration"_qs, !version.privacyDeclaration.trimmed().isEmpty(),
        u"is required to submit"_qs);
    require(u"screenshots"_qs, version.screenshots.size() >= MiniProgramLimits::ScreenshotsMin,
        u"needs 1 to 5 screenshots to submit"_qs);
    return errors;
}

} // namespace Kepler
