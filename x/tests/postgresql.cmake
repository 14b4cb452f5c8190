# The service tests a second time on PostgreSQL: NAME_pg runs NAME's executable with
# KEPLER_STORE=postgresql, so every PlatformProcess gets a fresh database of its own on the server
# that scripts/with-test-postgres.sh starts (tests/support/TestPostgres.h). Label: postgresql only
# (not server: a sanitizer or label run outside that wrapper must not pick them up).
# Without KEPLER_TEST_PG they are skipped (a developer's plain ctest), unless
# KEPLER_REQUIRE_POSTGRES is set (CI, scripts/test.sh): then a missing server fails them.
set(KEPLER_PG_TESTS
    tst_server_health_errors
    tst_server_sessions
    tst_server_users
    tst_server_partners
    tst_server_lifecycle
    tst_server_timeline
    tst_server_audit
    tst_server_cli
    tst_server_concurrency
    tst_server_keys
    tst_server_signing
    tst_server_groups
    tst_server_bulk
    tst_server_reviews
    tst_server_catalog
    tst_server_pools
    tst_server_pricing
    tst_server_gateway
    tst_server_annotations
    tst_server_client_address
    tst_server_import
    tst_server_metrics
    tst_traffic_onboarding
    tst_server_two_instances
    tst_crash_recovery
    tst_security_authz
    tst_security_auth
    tst_security_properties
    tst_security_resources
    tst_security_flows
    tst_security_injection
    tst_security_misconfig
    tst_security_secrets
)
# Every server-labelled test is here except these, and why: tst_server_router and tst_openapi_routes
# use no store (the router; the route table against docs/api/openapi.yaml). tst_catalog_search and
# tst_metrics_recorder drive server/ classes in-process on a SQLite file they open themselves (the
# FTS5 keyword plans; the recorder's writer), tst_server_migration upgrades SQLite files of older
# schema versions, tst_traffic_simulator reads the simulator's own SQLite files: SQLite-specific code.
# The catalog query and pool criteria against the service run on both stores (tst_server_catalog,
# tst_server_pools; docs/server.md, "Tests on both").
foreach(name ${KEPLER_PG_TESTS})
    if(NOT TARGET ${name})
        continue()
    endif()
    add_test(NAME ${name}_pg COMMAND sh ${PROJECT_SOURCE_DIR}/scripts/run-pg-test.sh $<TARGET_FILE:${name}>)
    set_tests_properties(${name}_pg PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=kepler.*.debug=false;KEPLER_STORE=postgresql"
        SKIP_REGULAR_EXPRESSION "SKIP   : "
        TIMEOUT 300
        LABELS postgresql)
endforeach()
# The crash test on PostgreSQL: the same 200 kills as on SQLite (issue 8: >= 200 in CI), ~80 s.
if(TARGET tst_crash_recovery)
    set_property(TEST tst_crash_recovery_pg APPEND PROPERTY ENVIRONMENT "KEPLER_CRASH_KILLS=200")
endif()
