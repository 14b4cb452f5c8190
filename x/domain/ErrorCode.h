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
inline constexpr char HeadersTooLarge[] = "headers_too_large";
inline constexpr char InvalidRequest[] = "invalid_request";
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
inline constexpr char IdempotencyKeyMissing[] = "idempotency_key_missing";
inline constexpr char IdempotencyKeyInvalid[] = "idempotency_key_invalid";
inline constexpr char IdempotencyKeyReused[] = "idempotency_key_reused";
inline constexpr char IdempotencyInProgress[] = "idempotency_in_progress";
inline constexpr char InvalidCsv[] = "invalid_csv";
inline constexpr char Internal[] = "internal_error";
inline constexpr char Unavailable[] = "service_unavailable";
// Partner app keys (issue 3).
inline constexpr char KeyAlreadyRevoked[] = "key_already_revoked";
inline constexpr char KeyNotActive[] = "key_not_active";
// Keys are not issued to a partner that is terminated or rejected: it can never call again.
inline constexpr char PartnerClosed[] = "partner_closed";
// Partner request signing on /open/v1/… (docs/signing.md): one code per reason, so a partner
// can tell a clock problem from a wrong secret.
inline constexpr char SignatureHeadersMissing[] = "signature_headers_missing";
inline constexpr char SignatureHeaderInvalid[] = "signature_header_invalid";
inline constexpr char SignatureTimestampStale[] = "signature_timestamp_stale";
inline constexpr char SignatureNonceReused[] = "signature_nonce_reused";
inline constexpr char AppKeyUnknown[] = "app_key_unknown";
inline constexpr char AppKeyRevoked[] = "app_key_revoked";
inline constexpr char AppKeyExpired[] = "app_key_expired";
inline constexpr char SignatureMismatch[] = "signature_mismatch";
inline constexpr char PartnerNotActive[] = "partner_not_active";

// Mini-programs and the review queue (issue 4, docs/reviews.md).
inline constexpr char MiniProgramNotAuthorised[] = "miniprogram_not_authorised";
inline constexpr char SubmissionQuotaExceeded[] = "submission_quota_exceeded";
inline constexpr char WithdrawLimitExceeded[] = "withdraw_limit_exceeded";
inline constexpr char InvalidImage[] = "invalid_image";
inline constexpr char ReviewClaimed[] = "review_claimed";
inline constexpr char OutOfRange[] = "out_of_range";
inline constexpr char GrayInProgress[] = "gray_in_progress";
inline constexpr char GrayPercentNotIncreasing[] = "gray_percent_not_increasing";
inline constexpr char AlreadyFullyReleased[] = "already_fully_released";
inline constexpr char NoPreviousRelease[] = "no_previous_release";

// The partner gateway's shop endpoints and test hooks (issue 6, docs/gateway.md).
inline constexpr char SkuNotInPool[] = "sku_not_in_pool";
inline constexpr char OutOfStock[] = "out_of_stock";
inline constexpr char OrderRefConflict[] = "order_ref_conflict";
inline constexpr char DailyOrderCapReached[] = "daily_order_cap_reached";
inline constexpr char OrderNotCancellable[] = "order_not_cancellable";
inline constexpr char InjectedFault[] = "injected_fault";

// Field error code (in "errors"), not a problem code: a partner names a group that does not exist.
inline constexpr char UnknownGroupField[] = "unknown_group";
// Field error code: a draft names a screenshot id the partner never uploaded.
inline constexpr char UnknownScreenshotField[] = "unknown_screenshot";
// Field error codes on PATCH /users/{id}: an admin cannot lock themselves out (docs/api.md).
inline constexpr char CannotDisableSelfField[] = "cannot_disable_self";
inline constexpr char CannotRemoveOwnAdminField[] = "cannot_remove_own_admin";
// Field error code: a price range whose lowest price is above its highest (catalog, pools).
inline constexpr char MinAboveMaxField[] = "min_above_max";
} // namespace Kepler::ErrorCode
