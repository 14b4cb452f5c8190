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
    tst_server_import
    tst_server_metrics
    tst_traffic_onboarding
    tst_server_two_instances
)
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
