#pragma once

#include "FieldError.h"
#include "MiniProgramVersion.h"

#include <QJsonObject>
#include <QStringList>

namespace Kepler {

namespace MiniProgramLimits {
inline constexpr int AppIdMax = 32;
inline constexpr int CodeVersionMax = 32;
inline constexpr int DescriptionMax = 500;
inline constexpr int PagesMax = 50;
inline constexpr int PagePathMax = 128;
inline constexpr int PrivacyDeclarationMax = 2000;
inline constexpr int ScreenshotsMin = 1;
inline constexpr int ScreenshotsMax = 5;
inline constexpr int ScreenshotIdMax = 64;
inline constexpr int PartnerNotesMax = 1000;
} // namespace MiniProgramLimits

// The fixed categories a mini-program may be filed under (codes are API contract).
QStringList miniProgramCategories();
bool isValidMiniProgramCategory(const QString &code);
QString miniProgramCategoryDisplayName(const QString &code); // translated, context "MiniProgramCategory"

// Reads a draft body (the partner's "create draft" or "update draft") into *out; fields the body
// leaves out keep *out's values, and nothing is applied when there are errors. appId and
// codeVersion are required; every other field is optional in a draft but checked for its form.
// Server-owned fields (id, partnerId, status, grayPercent, times, decision) are read-only.
FieldErrors readMiniProgramDraft(const QJsonObject &body, MiniProgramVersion *out);

// The partner-editable fields of a version, as a draft body carries them.
QJsonObject miniProgramDraftJson(const MiniProgramVersion &version);

// What a version must hold before it may be submitted: a description, at least one page, a known
// category, a privacy declaration and 1–5 screenshots, besides the draft's form rules.
FieldErrors validateForSubmit(const MiniProgramVersion &version);

} // namespace Kepler
