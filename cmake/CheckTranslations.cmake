# SPDX-License-Identifier: MIT
# cmake -DTS_FILES="a.ts;b.ts" -DSTAMP=file -P CheckTranslations.cmake
# Fails when a shipped translation has an entry nobody translated yet: the studio would
# show that text in English in the middle of German ones. Touches STAMP when all are done.
foreach(ts IN LISTS TS_FILES)
    file(READ "${ts}" content)
    string(REGEX MATCHALL "<translation type=\"unfinished\"" unfinished "${content}")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        get_filename_component(name "${ts}" NAME)
        message(FATAL_ERROR "${ts}: ${count} unfinished translation(s). Translate them with Qt Linguist "
                            "(linguist ${name}) or edit the file, then build again.")
    endif()
endforeach()
file(TOUCH "${STAMP}")
