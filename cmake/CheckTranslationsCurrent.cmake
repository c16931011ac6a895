# SPDX-License-Identifier: MIT
# cmake -DLUPDATE=lupdate -DSOURCE_DIR=repo -DTS_FILES="a.ts;b.ts" -DWORK_DIR=dir -P CheckTranslationsCurrent.cmake
# A test: runs lupdate over the studio's sources into a copy of each shipped translation, so
# a text added to the code without its translation fails here (and names itself).
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    set(copy "${WORK_DIR}/${name}")
    file(COPY_FILE "${ts}" "${copy}")
    execute_process(COMMAND "${LUPDATE}" "${SOURCE_DIR}/widgets" "${SOURCE_DIR}/app/studio" -ts "${copy}"
                            -no-obsolete -locations none
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}:\n${output}")
    endif()
    file(READ "${copy}" content)
    string(REGEX MATCHALL "<message[^>]*>[ \t\r\n]*<source>[^<]*</source>[ \t\r\n]*<translation type=\"unfinished\"" missing "${content}")
    list(LENGTH missing count)
    if(count GREATER 0)
        string(REGEX REPLACE "<message[^>]*>[ \t\r\n]*<source>([^<]*)</source>[^;]*" "  \\1" texts "${missing}")
        message(FATAL_ERROR "${name} lacks ${count} text(s) the code shows:\n${texts}\n"
                            "Run: lupdate widgets app/studio -ts resources/translations/${name} -no-obsolete "
                            "-locations relative, then translate them.")
    endif()
endforeach()
