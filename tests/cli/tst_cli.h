// SPDX-License-Identifier: MIT
#pragma once

// The `strata` command line end to end: the real binary run with QProcess on a real SQLite
// file and a real PostgreSQL database. Covers the user story of issue 2 (DESIGN §2, §3, §8)
// with its exit codes: 0 ok, 1 check found something, 2 usage, 3 database, 4 integrity.
// The numbers are the items of the "What a user can do" list. Item 7 (the same on
// PostgreSQL through -d, DATABASE_URL and -c NAME) is the rows of every data-driven slot.
// The story is in tst_cli.cpp, the errors in tst_cli_errors.cpp.

#include <QObject>

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // 1. init
    void initCreatesTheProjectLayout();
    void initRefusesAnExistingProject();
    void commandsFindTheProjectFromSubdirectoriesAndWithDashC();

    // 2. makemigrations
    void makemigrationsEmptyWritesANamedTemplateAndPrintsItsPath();
    void makemigrationsChainsNewRevisionsOnTheHead();
    void makemigrationsWithoutMessageIsAUsageError();

    // 3. migrate and the status commands
    void migrateAppliesPendingRevisionsAndStatusCommandsReportIt_data();
    void migrateAppliesPendingRevisionsAndStatusCommandsReportIt();

    // 4. moving up and down
    void rollbackAndMigrateMoveToAnyRevision_data();
    void rollbackAndMigrateMoveToAnyRevision();

    // 5. branches
    void twoHeadsAreRefusedUntilMergedOrMigratedAsHeads_data();
    void twoHeadsAreRefusedUntilMergedOrMigratedAsHeads();

    // 6. offline SQL, plans, stamp, fake
    void migrateSqlPrintsTheScriptWithoutADatabase_data();
    void migrateSqlPrintsTheScriptWithoutADatabase();
    void migrateSqlWithoutAStartingRevisionReadsTheDatabase_data();
    void migrateSqlWithoutAStartingRevisionReadsTheDatabase();
    void planSqlmigrateStampAndFakeRunNoMigrationSql_data();
    void planSqlmigrateStampAndFakeRunNoMigrationSql();

    // 8. --json
    void jsonOutputOfStatusCommandsIsParseable_data();
    void jsonOutputOfStatusCommandsIsParseable();

    // errors and exit codes
    void badRevisionArgumentsAreUsageErrors_data();
    void badRevisionArgumentsAreUsageErrors();
    void usageErrorsPrintNoStepOutcomeOnStdout();
    void failingMigrationExitsThreeAndLeavesTheDatabaseAsBefore_data();
    void failingMigrationExitsThreeAndLeavesTheDatabaseAsBefore();
    void editedAppliedRevisionBlocksMigrateUntilAllowed_data();
    void editedAppliedRevisionBlocksMigrateUntilAllowed();
    void appliedRevisionWithoutFileIsReportedAndOnlyStampRuns_data();
    void appliedRevisionWithoutFileIsReportedAndOnlyStampRuns();
    void rollbackRefusesWhileAnAppliedRevisionHasNoFile_data();
    void rollbackRefusesWhileAnAppliedRevisionHasNoFile();
    void malformedRevisionFileFailsEveryCommandNamingFileAndLine_data();
    void malformedRevisionFileFailsEveryCommandNamingFileAndLine();
    void headerLineWithoutColonIsAnErrorNotSilentlyIgnored();
    void missingProjectIsAUsageErrorSuggestingInit_data();
    void missingProjectIsAUsageErrorSuggestingInit();
    void passwordsNeverAppearInAnyOutput();
    void verboseShowsStatementsOnStderrAndQuietSilencesStdout_data();
    void verboseShowsStatementsOnStderrAndQuietSilencesStdout();
};
