#pragma once

// Stable machine-readable codes carried in problem+json "code". The console translates by code,
// so these strings are part of the API contract (docs/api.md): never rename one.
namespace Kepler::ErrorCode {
inline constexpr char MalformedJson[] = "malformed_json";
inline constexpr char ValidationFailed[] = "validation_failed";
inline constexpr char NotFound[] = "not_found";
inline constexpr char RouteNotFound[] = "route_not_found";
inline constexpr char MethodNotAllowed[] = "method_not_allowed";
inline constexpr char PayloadTooLarge[] = "payload_too_large";
inline constexpr char UnsupportedMediaType[] = "unsupported_media_type";
inline constexpr char Unauthenticated[] = "unauthenticated";
inline constexpr char SessionExpired[] = "session_expired";
inline constexpr char InvalidCredentials[] = "invalid_credentials";
inline constexpr char AccountDisabled[] = "account_disabled";
inline constexpr char TooManyAttempts[] = "too_many_attempts";
inline constexpr char RateLimited[] = "rate_limited";
inline constexpr char Forbidden[] = "forbidden";
inline constexpr char SeparationOfDuties[] = "separation_of_duties";
inline constexpr char PreconditionRequired[] = "precondition_required";
inline constexpr char VersionConflict[] = "version_conflict";
inline constexpr char Conflict[] = "conflict";
inline constexpr char InvalidTransition[] = "invalid_transition";
inline constexpr char Duplicate[] = "duplicate";
inline constexpr char InvalidCursor[] = "invalid_cursor";
inline constexpr char InvalidQuery[] = "invalid_query";
inline constexpr char InvalidCsv[] = "invalid_csv";
inline constexpr char Internal[] = "internal_error";
inline constexpr char Unavailable[] = "service_unavailable";
} // namespace Kepler::ErrorCode
