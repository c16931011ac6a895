# SPDX-License-Identifier: MIT
# The Debian package: `cmake --build build --target package` (or `cpack` in build/) writes
# build/strata_<version>_<arch>.deb with strata, strata-studio, their desktop entry,
# AppStream metainfo, icon, shell completions, man page and docs. Its dependencies are
# worked out from the binaries by dpkg-shlibdeps.
include(GNUInstallDirs)
set(strata_docdir ${CMAKE_INSTALL_DATADIR}/doc/strata) # the package's name, as Debian places docs

install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/org.strata.Studio.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/org.strata.Studio.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/org.strata.Studio.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${strata_docdir})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION ${strata_docdir} FILES_MATCHING PATTERN "*.md")
install(DIRECTORY ${PROJECT_SOURCE_DIR}/examples/shop ${PROJECT_SOURCE_DIR}/examples/ci
        DESTINATION ${strata_docdir}/examples)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME strata)
set(CPACK_PACKAGE_VENDOR "The Strata developers")
set(CPACK_PACKAGE_CONTACT "The Strata developers <strata@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "database migrations: revision graph, review, backups; CLI and studio")
set(CPACK_PACKAGE_DESCRIPTION
    "Strata keeps a database schema in plain-SQL revision files that form a graph with branches and merges, generates them from the models, reviews them, applies and rolls them back, and backs up before it migrates production. PostgreSQL and SQLite. The package holds the strata command and Strata Studio.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION database)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: the SQL drivers and the client
# tools backups use.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "postgresql-client, qt6-translations-l10n")
set(CPACK_STRIP_FILES ON)
include(CPack)
