# KEPLER_SANITIZE=address,undefined builds every target with those sanitizers (scripts/test.sh runs
# the test suite a second time in such a tree, build-asan/). Applied globally, before any target,
# so libraries, tools, tests and the kepler-platform processes the tests start are all checked.
set(KEPLER_SANITIZE "" CACHE STRING "Comma-separated -fsanitize= list, e.g. address,undefined")
if(KEPLER_SANITIZE)
    # -O1 on top of Debug's -g (asserts stay on): ASan's advice, and -O0 code under ASan makes the
    # suite and the fuzzers several times slower.
    add_compile_options(-fsanitize=${KEPLER_SANITIZE} -fno-omit-frame-pointer -O1)
    # Reports need file:line only; full debug info would make this second CI build much slower.
    if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        add_compile_options(-gline-tables-only)
    else()
        add_compile_options(-g1)
    endif()
    add_link_options(-fsanitize=${KEPLER_SANITIZE})
    if(KEPLER_SANITIZE MATCHES "undefined")
        # A UB finding fails the test that hit it instead of scrolling past in its log.
        add_compile_options(-fno-sanitize-recover=undefined)
    endif()
    message(STATUS "Sanitizers: ${KEPLER_SANITIZE}")
endif()
