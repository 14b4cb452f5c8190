# One interface target that every target links, so warnings and Qt strictness are uniform.
add_library(kepler_options INTERFACE)
target_compile_options(kepler_options INTERFACE -Wall -Wextra -Wpedantic)
option(KEPLER_WERROR "Treat warnings as errors (on in CI)" OFF)
# Not in the sanitizer tree: it builds with clang, whose warnings differ; the GCC tree is the gate.
if((KEPLER_WERROR OR DEFINED ENV{CI}) AND NOT KEPLER_SANITIZE)
    target_compile_options(kepler_options INTERFACE -Werror)
endif()
target_compile_definitions(kepler_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS)
