# SPDX-License-Identifier: MIT
# Settings every first-party target shares: warnings and the Qt string discipline.

function(strata_configure_target target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH
        QT_NO_KEYWORDS
        STRATA_VERSION="${PROJECT_VERSION}")
endfunction()
