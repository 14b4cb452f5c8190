# Runs lupdate over SOURCES into a copy of TS_FILE and fails if any message is unfinished.
file(MAKE_DIRECTORY ${SCRATCH})
get_filename_component(name ${TS_FILE} NAME)
set(copy ${SCRATCH}/${name})
configure_file(${TS_FILE} ${copy} COPYONLY)
execute_process(COMMAND ${LUPDATE} ${SOURCES} -ts ${copy} -no-obsolete -locations none
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${err}")
endif()
file(READ ${copy} content)
string(REGEX MATCHALL "<source>[^<]*</source>[^<]*<translation type=\"unfinished\"" unfinished "${content}")
list(LENGTH unfinished count)
if(count GREATER 0)
    message(FATAL_ERROR "${name}: ${count} unfinished translation(s); run the update_translations target "
                        "and translate them:\n${unfinished}")
endif()
message(STATUS "${name}: complete")
