<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <location filename="../../app/studio/main.cpp" line="+24"/>
        <source>Strata Studio: review, apply and roll back database migrations.</source>
        <translation>Strata Studio: Datenbankmigrationen prüfen, anwenden und zurückrollen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the bundled demo project.</source>
        <translation>Das mitgelieferte Demoprojekt öffnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the window, then quit (checks an installation).</source>
        <translation>Das Fenster zeigen und gleich beenden (prüft eine Installation).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A project directory or its strata.toml.</source>
        <translation>Ein Projektverzeichnis oder dessen strata.toml.</translation>
    </message>
</context>
<context>
    <name>strata::ui</name>
    <message>
        <location filename="../../widgets/common/statusstyle.cpp" line="+37"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing file</source>
        <translation>Datei fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>current head</source>
        <translation>aktueller Head</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A non-transactional migration failed part-way; fix the database, then retry or stamp.</source>
        <translation>Eine nicht transaktionale Migration ist mittendrin fehlgeschlagen; korrigieren Sie die Datenbank und wiederholen Sie sie dann oder markieren Sie sie als angewendet (Stamp).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applied, but the file changed since: the database may not match what the file says.</source>
        <translation>Angewendet, aber die Datei wurde seitdem geändert: Die Datenbank entspricht möglicherweise nicht dem, was in der Datei steht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The version table names this revision, but no revision file in the project has its id.</source>
        <translation>Die Versionstabelle nennt diese Revision, aber keine Revisionsdatei im Projekt hat ihre ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applied, and named by the version table: the database is here.</source>
        <translation>Angewendet und in der Versionstabelle eingetragen: Hier steht die Datenbank.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied to this database.</source>
        <translation>Auf diese Datenbank angewendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applied yet: &apos;Migrate to head&apos; would apply it.</source>
        <translation>Noch nicht angewendet: „Auf Head migrieren“ würde sie anwenden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../../widgets/connections/connectionprofile.cpp" line="+33"/>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another connection is already called &apos;%1&apos;.</source>
        <translation>Eine andere Verbindung heißt bereits „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the SQLite database file.</source>
        <translation>Wählen Sie die SQLite-Datenbankdatei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des Servers ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port must be between 1 and 65535.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the database name.</source>
        <translation>Geben Sie den Datenbanknamen ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the user name.</source>
        <translation>Geben Sie den Benutzernamen ein.</translation>
    </message>
</context>
<context>
    <name>strata::ui::BackupController</name>
    <message>
        <location filename="../../widgets/backup/backupcontroller.cpp" line="+66"/>
        <source>Reading the backup directory</source>
        <translation>Lesen des Sicherungsverzeichnisses</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backing up %1</source>
        <translation>Sichern von %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Verifying %1</source>
        <translation>Verifizieren von %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pinning %1</source>
        <translation>Anheften von %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpinning %1</source>
        <translation>Aufheben der Anheftung von %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleting %1</source>
        <translation>Löschen von %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This replaces everything in %1 (%2) with backup %3, taken %4 when the database was at %5.

What the database holds now is lost unless you back it up first.</source>
        <translation>Dies ersetzt den gesamten Inhalt von %1 (%2) durch die Sicherung %3, erstellt am %4, als die Datenbank auf %5 stand.

Der jetzige Inhalt der Datenbank geht verloren, wenn Sie ihn nicht vorher sichern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restoring %1 into %2</source>
        <translation>Wiederherstellen von %1 in %2</translation>
    </message>
</context>
<context>
    <name>strata::ui::BackupListModel</name>
    <message>
        <location filename="../../widgets/backup/backuplistmodel.cpp" line="+14"/>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pinned</source>
        <translation>angeheftet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Last checked %1: %2</source>
        <translation>Zuletzt geprüft am %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its SHA-256 matched and all of it read back</source>
        <translation>SHA-256 stimmte überein, und alles ließ sich vollständig zurücklesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it did not read back; never restore it</source>
        <translation>ließ sich nicht zurücklesen; niemals wiederherstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pinned backups are kept by [backup].keep: the newest pinned one of a connection is never deleted. Backups taken before a migration are pinned.</source>
        <translation>Angeheftete Sicherungen bleiben bei [backup].keep erhalten: Die neueste angeheftete Sicherung einer Verbindung wird nie gelöscht. Vor einer Migration erstellte Sicherungen werden angeheftet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1
%2, %3
taken with %4 in %5 ms</source>
        <translation>%1
%2, %3
erstellt mit %4 in %5 ms</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>strata::ui::BackupMigrateDialog</name>
    <message>
        <location filename="../../widgets/backup/backupmigratedialog.cpp" line="+37"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Working out the plan…</source>
        <translation>Plan wird erstellt…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run although the review found errors (--allow-lint-errors)</source>
        <translation>Trotz Fehlern in der Prüfung ausführen (--allow-lint-errors)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back Up &amp; Migrate %1</source>
        <translation>%1 sichern &amp; migrieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup: pg_dump (custom format) of %1 into %2, read back whole before any migration runs, and pinned.</source>
        <translation>Sicherung: pg_dump (Custom-Format) von %1 nach %2, vor jeder Migration vollständig zurückgelesen und angeheftet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup: SQLite&apos;s online backup of %1 into %2, checked with PRAGMA integrity_check before any migration runs, and pinned.</source>
        <translation>Sicherung: SQLite-Online-Backup von %1 nach %2, vor jeder Migration mit PRAGMA integrity_check geprüft und angeheftet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Revisions</source>
        <translation>Revisionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1. Back up</source>
        <translation>1. Sichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2. Verify</source>
        <translation>2. Verifizieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3. Migrate</source>
        <translation>3. Migrieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Back Up &amp;&amp; Migrate</source>
        <translation>&amp;Sichern &amp;&amp; migrieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop at the next safe point: the dump is abandoned, or the run stops between migrations</source>
        <translation>An der nächsten sicheren Stelle anhalten: Der Dump wird verworfen, oder der Lauf hält zwischen zwei Migrationen an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore the Backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 written, %2 s</source>
        <translation>%1 geschrieben, %2 s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 in %2 ms: %3</source>
        <translation>%1 in %2 ms: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHA-256 %1…, read back whole</source>
        <translation>SHA-256 %1…, vollständig zurückgelesen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n step(s) in %1 ms</source>
        <translation>
            <numerusform>%n Schritt in %1 ms</numerusform>
            <numerusform>%n Schritte in %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is now at %2</source>
        <translation>%1 steht jetzt auf %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup %1 was taken first and is kept (pinned).</source>
        <translation>Sicherung %1 wurde vorher erstellt und bleibt erhalten (angeheftet).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restored %1 into %2</source>
        <translation>%1 in %2 wiederhergestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is as it was before this run: at %1.</source>
        <translation>Die Datenbank ist wieder so wie vor diesem Lauf: auf %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restoring %1 into %2 failed</source>
        <translation>Wiederherstellen von %1 in %2 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No plan for %1.</source>
        <translation>Kein Plan für %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot plan on %1</source>
        <translation>Planung auf %1 nicht möglich</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Revisions (%1)</source>
        <translation>Revisionen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>-- Nothing to run.</source>
        <translation>-- Nichts auszuführen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review (%1 errors, %2 warnings)</source>
        <translation>Prüfung (%1 Fehler, %2 Warnungen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The review found errors</source>
        <translation>Die Prüfung hat Fehler gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a production database the run stops on them before anything is backed up or applied. Fix the migration, silence the finding with -- strata:ignore, or tick the box to run anyway.</source>
        <translation>Auf einer Produktionsdatenbank bricht der Lauf deswegen ab, bevor etwas gesichert oder angewendet wird. Korrigieren Sie die Migration, unterdrücken Sie den Befund mit -- strata:ignore, oder setzen Sie das Häkchen, um trotzdem auszuführen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to do</source>
        <translation>Nichts zu tun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is at head already.</source>
        <translation>%1 ist bereits auf Head.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Back up %1 (%2), verify the backup, then apply %n migration(s) to head.</source>
        <translation>
            <numerusform>%1 (%2) sichern, die Sicherung verifizieren und dann %n Migration bis Head anwenden.</numerusform>
            <numerusform>%1 (%2) sichern, die Sicherung verifizieren und dann %n Migrationen bis Head anwenden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back up and migrate production</source>
        <translation>Produktion sichern und migrieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back Up &amp;&amp; &amp;Migrate</source>
        <translation>Sichern &amp;&amp; &amp;migrieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>pg_restore reads the dump as it is written</source>
        <translation>pg_restore liest den Dump, während er geschrieben wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after the copy</source>
        <translation>nach der Kopie</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stopped before migrating %1: nothing was applied</source>
        <translation>Vor dem Migrieren von %1 angehalten: Nichts wurde angewendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at step %1 of %2; the steps before it are applied</source>
        <translation>bei Schritt %1 von %2; die Schritte davor sind angewendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped on %1: the migrations before the stop are applied</source>
        <translation>Auf %1 angehalten: Die Migrationen vor dem Halt sind angewendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrating %1 failed: nothing past the failing migration was applied</source>
        <translation>Migration von %1 fehlgeschlagen: Nichts nach der fehlgeschlagenen Migration wurde angewendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup %1 holds the database as it was before this run. Restore it to undo the migrations that did apply.</source>
        <translation>Sicherung %1 enthält die Datenbank im Zustand vor diesem Lauf. Stellen Sie sie wieder her, um die angewendeten Migrationen rückgängig zu machen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restoring %1…</source>
        <translation>%1 wird wiederhergestellt…</translation>
    </message>
</context>
<context>
    <name>strata::ui::BackupPanel</name>
    <message>
        <location filename="../../widgets/backup/backuppanel.cpp" line="+39"/>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify</source>
        <translation>&amp;Verifizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore &amp;Into…</source>
        <translation>Wiederherstellen &amp;in…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+150"/>
        <source>&amp;Pin</source>
        <translation>&amp;Anheften</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;veal</source>
        <translation>Im Ordner &amp;zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back up this database now and verify the archive (strata backup)</source>
        <translation>Diese Datenbank jetzt sichern und das Archiv verifizieren (strata backup)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the archive against its SHA-256 and read all of it back (strata verify)</source>
        <translation>Das Archiv anhand seiner SHA-256-Prüfsumme prüfen und vollständig zurücklesen (strata verify)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace this database with the selected backup (strata restore)</source>
        <translation>Diese Datenbank durch die ausgewählte Sicherung ersetzen (strata restore)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected backup into another connection&apos;s database</source>
        <translation>Die ausgewählte Sicherung in die Datenbank einer anderen Verbindung wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the backup&apos;s archive and manifest</source>
        <translation>Archiv und Manifest der Sicherung löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the backup directory in the file manager</source>
        <translation>Das Sicherungsverzeichnis im Dateimanager öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop at the next safe point: a stopped backup leaves no file, a stopped restore rolls back</source>
        <translation>An der nächsten sicheren Stelle anhalten: Eine angehaltene Sicherung hinterlässt keine Datei, eine angehaltene Wiederherstellung wird zurückgerollt</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: %2 written, %3 s</source>
        <translation>%1: %2 geschrieben, %3 s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, verified: its SHA-256 is recorded and all of it read back.</source>
        <translation>%1, verifiziert: Die SHA-256-Prüfsumme ist erfasst, und alles ließ sich vollständig zurücklesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted the older backup %1 ([backup].keep).</source>
        <translation>Ältere Sicherung %1 gelöscht ([backup].keep).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backed up %1 at %2 in %3 ms</source>
        <translation>%1 auf Stand %2 in %3 ms gesichert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup %1 is sound</source>
        <translation>Sicherung %1 ist in Ordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its SHA-256 matches and all of it reads back.</source>
        <translation>Die SHA-256-Prüfsumme stimmt, und alles lässt sich vollständig zurücklesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored %1 into %2</source>
        <translation>%1 in %2 wiederhergestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is at %1 again.</source>
        <translation>Die Datenbank steht wieder auf %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restoring %1 into %2 failed</source>
        <translation>Wiederherstellen von %1 in %2 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: stopped</source>
        <translation>%1: angehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No connection chosen</source>
        <translation>Keine Verbindung gewählt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Backups of %1: %n in %2</source>
        <translation>
            <numerusform>Sicherungen von %1: %n in %2</numerusform>
            <numerusform>Sicherungen von %1: %n in %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Un&amp;pin</source>
        <translation>&amp;Anheftung aufheben</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Restore into</source>
        <translation>Wiederherstellen in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore %1 into the database of:</source>
        <translation>%1 in die Datenbank dieser Verbindung wiederherstellen:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete backup</source>
        <translation>Sicherung löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete backup %1 (%2, %3)? Its archive and manifest are removed from disk.</source>
        <translation>Sicherung %1 (%2, %3) löschen? Archiv und Manifest werden von der Festplatte entfernt.</translation>
    </message>
</context>
<context>
    <name>strata::ui::ConfirmationDialog</name>
    <message>
        <location filename="../../widgets/common/confirmationdialog.cpp" line="+33"/>
        <source>This is the production connection &lt;b&gt;%1&lt;/b&gt;. Type its name to go on:</source>
        <translation>Dies ist die Produktionsverbindung &lt;b&gt;%1&lt;/b&gt;. Geben Sie ihren Namen ein, um fortzufahren:</translation>
    </message>
</context>
<context>
    <name>strata::ui::ConnectionDialog</name>
    <message>
        <location filename="../../widgets/connections/connectiondialog.cpp" line="+35"/>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connection %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>e.g. staging</source>
        <translation>z. B. staging</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>default (5432)</source>
        <translation>Standard (5432)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>kept in the system keychain, never in a file</source>
        <translation>im Schlüsselbund des Systems gespeichert, nie in einer Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>libpq default</source>
        <translation>libpq-Standard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>path, relative to the project directory</source>
        <translation>Pfad, relativ zum Projektverzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>Durchs&amp;uchen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SQLite database file</source>
        <translation>SQLite-Datenbankdatei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Production: mark it red everywhere and confirm before changing it</source>
        <translation>&amp;Produktion: überall rot markieren und vor Änderungen nachfragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;river:</source>
        <translation>T&amp;reiber:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSL &amp;mode:</source>
        <translation>SSL-&amp;Modus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>Dat&amp;ei:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This connection comes from strata.toml: only its password can be set here.</source>
        <translation>Diese Verbindung stammt aus strata.toml: Hier kann nur ihr Passwort gesetzt werden.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>To save this connection:
• %1</source>
        <translation>Um diese Verbindung zu speichern:
• %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hint: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected: %1, connection %2 ms, round trip %3 ms.</source>
        <translation>Verbunden: %1, Verbindungsaufbau %2 ms, Roundtrip %3 ms.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Test succeeded. %1</source>
        <translation>Test erfolgreich. %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test failed: %1</source>
        <translation>Test fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>strata::ui::ConnectionListModel</name>
    <message>
        <location filename="../../widgets/connections/connectionlistmodel.cpp" line="+69"/>
        <source>Added in Strata Studio on this machine</source>
        <translation>In Strata Studio auf diesem Rechner hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From strata.toml: edit the file to change it, or duplicate it</source>
        <translation>Aus strata.toml: Bearbeiten Sie die Datei, um sie zu ändern, oder duplizieren Sie sie</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
</context>
<context>
    <name>strata::ui::ConnectionsPanel</name>
    <message>
        <location filename="../../widgets/connections/connectionspanel.cpp" line="+42"/>
        <source>PROD</source>
        <translation>PROD</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tick a connection to show its status in the timeline</source>
        <translation>Haken Sie eine Verbindung an, um ihren Status in der Zeitleiste anzuzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>From strata.toml: only its password can be set here</source>
        <translation>Aus strata.toml: Hier kann nur ihr Passwort gesetzt werden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the connection &apos;%1&apos;? Its database is not touched.</source>
        <translation>Die Verbindung „%1“ entfernen? Ihre Datenbank bleibt unberührt.</translation>
    </message>
</context>
<context>
    <name>strata::ui::DemoProject</name>
    <message>
        <location filename="../../widgets/project/demoproject.cpp" line="+27"/>
        <source>This build of Strata Studio has no demo project bundled.</source>
        <translation>In diesem Build von Strata Studio ist kein Demoprojekt enthalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebuild it from the repository (scripts/build.sh).</source>
        <translation>Erstellen Sie ihn aus dem Repository neu (scripts/build.sh).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write the demo project to %1.</source>
        <translation>Das Demoprojekt kann nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the directory is writable.</source>
        <translation>Prüfen Sie, ob das Verzeichnis beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>strata::ui::DriftCheck</name>
    <message>
        <location filename="../../widgets/models/driftcheck.cpp" line="+29"/>
        <source>Cannot check %1 for drift</source>
        <translation>%1 kann nicht auf Drift geprüft werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No drift on %1</source>
        <translation>Kein Drift auf %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Its schema is what its %n applied revision(s) build.</source>
        <translation>
            <numerusform>Das Schema entspricht dem, was die %n angewendete Revision aufbaut.</numerusform>
            <numerusform>Das Schema entspricht dem, was die %n angewendeten Revisionen aufbauen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 has drifted: %n difference(s) from what its applied revisions build</source>
        <translation>
            <numerusform>%1 weicht ab (Drift): %n Unterschied zu dem, was die angewendeten Revisionen aufbauen</numerusform>
            <numerusform>%1 weicht ab (Drift): %n Unterschiede zu dem, was die angewendeten Revisionen aufbauen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the applied revisions&apos; schema to the live one (someone changed it by hand):
%1
Write a migration that makes these changes, or undo them on the database.</source>
        <translation>Vom Schema der angewendeten Revisionen zum tatsächlichen Schema (jemand hat es von Hand geändert):
%1
Schreiben Sie eine Migration mit diesen Änderungen, oder machen Sie sie in der Datenbank rückgängig.</translation>
    </message>
</context>
<context>
    <name>strata::ui::EditorTabs</name>
    <message>
        <location filename="../../widgets/editor/editortabs.cpp" line="+88"/>
        <location line="+32"/>
        <location line="+28"/>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 enthält Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save them before closing?</source>
        <translation>Vor dem Schließen speichern?</translation>
    </message>
</context>
<context>
    <name>strata::ui::FileEditor</name>
    <message>
        <location filename="../../widgets/editor/fileeditor.cpp" line="+58"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the file exists and that you may read it.</source>
        <translation>Prüfen Sie, ob die Datei existiert und Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your changes are still in the editor; free some space or fix the permissions, then save again.</source>
        <translation>Ihre Änderungen sind noch im Editor; schaffen Sie Speicherplatz oder korrigieren Sie die Berechtigungen, und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The revision header does not parse: %1</source>
        <translation>Der Revisions-Header ist nicht lesbar: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL file (not a revision): %1</source>
        <translation>SQL-Datei (keine Revision): %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revision %1 · upgrade from line %2 · downgrade from line %3 · %4</source>
        <translation>Revision %1 · upgrade ab Zeile %2 · downgrade ab Zeile %3 · %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>runs in a transaction</source>
        <translation>läuft in einer Transaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs outside a transaction</source>
        <translation>läuft außerhalb einer Transaktion</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This revision is applied on %1. Do not edit it: create a new migration instead.</source>
        <translation>Diese Revision ist auf %1 angewendet. Bearbeiten Sie sie nicht, sondern erstellen Sie eine neue Migration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Editing changes its checksum: those databases will report it as edited, and migrate refuses to run there until the file is restored (or --allow-edited is given). The databases keep what the old text did; a new migration changes them.</source>
        <translation>Eine Bearbeitung ändert ihre Prüfsumme: Diese Datenbanken melden sie dann als bearbeitet, und migrate verweigert dort die Ausführung, bis die Datei wiederhergestellt ist (oder --allow-edited angegeben wird). Die Datenbanken behalten, was der alte Text bewirkt hat; eine neue Migration ändert sie.</translation>
    </message>
</context>
<context>
    <name>strata::ui::FindBar</name>
    <message>
        <location filename="../../widgets/editor/findbar.cpp" line="+24"/>
        <source>Match &amp;case</source>
        <translation>Groß-/Kleinschreibung &amp;beachten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Nächster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous</source>
        <translation>&amp;Vorheriger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace &amp;All</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>strata::ui::FindingsModel</name>
    <message>
        <location filename="../../widgets/review/findingsmodel.cpp" line="+76"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
</context>
<context>
    <name>strata::ui::LogPanel</name>
    <message>
        <location filename="../../widgets/log/logpanel.cpp" line="+36"/>
        <source>Debug and above</source>
        <translation>Debug und höher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL statements</source>
        <translation>SQL-Anweisungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine steps</source>
        <translation>Engine-Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt messages</source>
        <translation>Qt-Meldungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter the log…</source>
        <translation>Protokoll filtern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
</context>
<context>
    <name>strata::ui::MainWindow</name>
    <message>
        <location filename="../../widgets/studio/mainwindow.cpp" line="+81"/>
        <location line="+74"/>
        <source>Strata Studio</source>
        <translation>Strata Studio</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>The connection that Migrate, Roll back and Stamp act on</source>
        <translation>Die Verbindung, auf die Migrieren, Zurückrollen und Stamp wirken</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>It will be kept in the system keychain.</source>
        <translation>Es wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No keychain is running: it is kept until you quit.</source>
        <translation>Kein Schlüsselbund aktiv: Es wird bis zum Beenden aufbewahrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for %1 (%2). %3</source>
        <translation>Passwort für %1 (%2). %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 — Strata Studio</source>
        <translation>%1 — Strata Studio</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 on %2…</source>
        <translation>%2: %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot plan on %1</source>
        <translation>Planung auf %1 nicht möglich</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is saved, but the project cannot read it</source>
        <translation>%1 ist gespeichert, aber das Projekt kann die Datei nicht lesen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt &amp;öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Demo Project</source>
        <translation>D&amp;emoprojekt öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload Revision Files</source>
        <translation>Revisionsdateien neu &amp;laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reload the project</source>
        <translation>Das Projekt kann nicht neu geladen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close Project</source>
        <translation>Projekt s&amp;chließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;File…</source>
        <translation>&amp;Datei öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit Selected Revision</source>
        <translation>&amp;Ausgewählte Revision bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit &amp;Models</source>
        <translation>&amp;Modelle bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close &amp;Tab</source>
        <translation>&amp;Tab schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replace…</source>
        <translation>&amp;Ersetzen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review &amp;Pending Migrations</source>
        <translation>Ausstehende Migrationen p&amp;rüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make Mi&amp;grations…</source>
        <translation>Migrationen &amp;erstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate a migration from the changes in the models (strata makemigrations)</source>
        <translation>Eine Migration aus den Änderungen an den Modellen erzeugen (strata makemigrations)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back Up &amp;&amp; &amp;Migrate…</source>
        <translation>&amp;Sichern &amp;&amp; migrieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up, verify, then migrate to head; the way to migrate production</source>
        <translation>Sichern, verifizieren, dann auf Head migrieren; der Weg, Produktion zu migrieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back &amp;Up Now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check &amp;Drift</source>
        <translation>Abweichung (&amp;Drift) prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the live schema with what the applied migrations build (strata check --drift)</source>
        <translation>Das tatsächliche Schema mit dem vergleichen, was die angewendeten Migrationen aufbauen (strata check --drift)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Migrate to Head</source>
        <translation>Auf &amp;Head migrieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migrate to &amp;Selected Revision</source>
        <translation>Auf aus&amp;gewählte Revision migrieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roll &amp;Back…</source>
        <translation>&amp;Zurückrollen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tamp Selected Revision…</source>
        <translation>Ausgewählte Revision als angewendet &amp;markieren (Stamp)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Plan</source>
        <translation>&amp;Plan anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh &amp;Status</source>
        <translation>Status a&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the step under way (a migration is never cut in half)</source>
        <translation>Nach dem laufenden Schritt anhalten (eine Migration wird nie mittendrin abgebrochen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in the file being edited, or filter the timeline&apos;s revisions</source>
        <translation>In der bearbeiteten Datei suchen oder die Revisionen der Zeitleiste filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Jump to Head</source>
        <translation>Zum &amp;Head springen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus &amp;Timeline</source>
        <translation>&amp;Zeitleiste fokussieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Connection…</source>
        <translation>Verbindung &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit Connection…</source>
        <translation>Verbindung &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Strata Studio</source>
        <translation>&amp;Über Strata Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Strata Studio</source>
        <translation>Über Strata Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Strata Studio %1&lt;/b&gt;&lt;p&gt;Database migrations: review, apply, roll back.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Strata Studio %1&lt;/b&gt;&lt;p&gt;Datenbankmigrationen: prüfen, anwenden, zurückrollen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Migrate</source>
        <translation>&amp;Migration</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Connections</source>
        <translation>&amp;Verbindungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Act on: </source>
        <translation> Ziel: </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strata Studio speaks it from its next start.</source>
        <translation>Strata Studio verwendet sie ab dem nächsten Start.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System Default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Still working</source>
        <translation>Vorgang läuft noch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is under way. Stop it and quit? A stopped backup leaves no file; a stopped restore rolls back.</source>
        <translation>%1 läuft noch. Anhalten und beenden? Eine angehaltene Sicherung hinterlässt keine Datei; eine angehaltene Wiederherstellung wird zurückgerollt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A migration is running</source>
        <translation>Eine Migration läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the step under way and quit? The step itself finishes or rolls back first.</source>
        <translation>Nach dem laufenden Schritt anhalten und beenden? Der Schritt selbst wird vorher abgeschlossen oder zurückgerollt.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open the demo project</source>
        <translation>Das Demoprojekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open a Strata project (its directory)</source>
        <translation>Ein Strata-Projekt öffnen (sein Verzeichnis)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New project: choose an empty directory</source>
        <translation>Neues Projekt: Wählen Sie ein leeres Verzeichnis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the project</source>
        <translation>Das Projekt kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (production)</source>
        <translation>%1 (Produktion)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Production connection</source>
        <translation>Produktionsverbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on the production connection &apos;%2&apos; (%3)?</source>
        <translation>%1 – auf der Produktionsverbindung „%2“ (%3)?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Roll back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisions to roll back on %1:</source>
        <translation>Zurückzurollende Revisionen auf %1:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stamp</source>
        <translation>Als angewendet markieren (Stamp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record %1 as the current revision of %2 without running any SQL? Use this when the schema is already there.</source>
        <translation>%1 als aktuelle Revision von %2 eintragen, ohne SQL auszuführen? Verwenden Sie dies, wenn das Schema bereits vorhanden ist.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Plan: %1 on %2</source>
        <translation>Plan für %2: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>… and %n more step(s): see the log panel</source>
        <translation>
            <numerusform>… und %n weiterer Schritt: siehe Protokollbereich</numerusform>
            <numerusform>… und %n weitere Schritte: siehe Protokollbereich</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2  %3  (%4 ms)</source>
        <translation>%1 %2  %3  (%4 ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reverted</source>
        <translation>zurückgerollt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>removed version row %1 (no revision file has this id)</source>
        <translation>Versionszeile %1 entfernt (keine Revisionsdatei hat diese ID)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>backed up first: %1 (restore it from the Backups panel to undo this run)</source>
        <translation>vorher gesichert: %1 (stellen Sie die Sicherung im Bereich Sicherungen wieder her, um diesen Lauf rückgängig zu machen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to do: %1 is at %2.</source>
        <translation>Nichts zu tun: %1 steht auf %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 is now at %2: %n step(s) in %3 ms.</source>
        <translation>
            <numerusform>%1 steht jetzt auf %2: %n Schritt in %3 ms.</numerusform>
            <numerusform>%1 steht jetzt auf %2: %n Schritte in %3 ms.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopped on %1</source>
        <translation>Auf %1 angehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed on %1</source>
        <translation>Auf %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The new revision is written, but the project cannot read it</source>
        <translation>Die neue Revision ist geschrieben, aber das Projekt kann sie nicht lesen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Checking %1 for drift…</source>
        <translation>%1 wird auf Drift geprüft…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a SQL file</source>
        <translation>SQL-Datei öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation>SQL-Dateien (*.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No models file yet</source>
        <translation>Noch keine Modelldatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The models are plain DDL in the files [project].models names (%1); create models/schema.sql and describe the schema you want there.</source>
        <translation>Die Modelle sind reines DDL in den Dateien, die [project].models nennt (%1); erstellen Sie models/schema.sql, und beschreiben Sie dort das gewünschte Schema.</translation>
    </message>
</context>
<context>
    <name>strata::ui::MakeMigrationsDialog</name>
    <message>
        <location filename="../../widgets/models/makemigrationsdialog.cpp" line="+36"/>
        <source>Make Migrations</source>
        <translation>Migrationen erstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the migration does, e.g. add email to users</source>
        <translation>Was die Migration bewirkt, z. B. email zu users hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>users=people, orders.total=amount (never guessed)</source>
        <translation>users=people, orders.total=amount (wird nie erraten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renames to write as renames instead of a drop and an add, which would lose the data: a table (old=new) or a column (table.old=new), separated by commas</source>
        <translation>Umbenennungen, die als Umbenennung statt als Löschen und Hinzufügen geschrieben werden sollen (dabei gingen die Daten verloren): eine Tabelle (alt=neu) oder eine Spalte (tabelle.alt=neu), durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>File (as it will be written)</source>
        <translation>Datei (wie sie geschrieben wird)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Message:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Renames:</source>
        <translation>&amp;Umbenennungen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Detect Again</source>
        <translation>&amp;Neu erkennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;Empty</source>
        <translation>&amp;Leer erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write an empty revision to fill in by hand (makemigrations --empty)</source>
        <translation>Eine leere Revision schreiben, die Sie von Hand ausfüllen (makemigrations --empty)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Detected changes (models against head):</source>
        <translation>Erkannte Änderungen (Modelle gegenüber Head):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read the rename &apos;%1&apos;</source>
        <translation>Die Umbenennung „%1“ ist nicht lesbar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Detecting: building the head schema and the models on scratch databases…</source>
        <translation>Erkennung: Head-Schema und Modelle werden auf temporären Datenbanken aufgebaut…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing detected.</source>
        <translation>Nichts erkannt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot detect the changes</source>
        <translation>Die Änderungen können nicht erkannt werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>  ? possible rename %1: written as a drop and an add, which loses the data; if it is a rename, add %2 to Renames</source>
        <translation>  ? mögliche Umbenennung %1: als Löschen und Hinzufügen geschrieben, wodurch die Daten verloren gehen; wenn es eine Umbenennung ist, fügen Sie %2 unter Umbenennungen hinzu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  Not followed (write these by hand): %1</source>
        <translation>  Nicht verfolgt (schreiben Sie diese von Hand): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No changes: the models and the revisions build the same schema.</source>
        <translation>Keine Änderungen: Modelle und Revisionen bauen dasselbe Schema auf.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Review (%n finding(s))</source>
        <translation>
            <numerusform>Prüfung (%n Befund)</numerusform>
            <numerusform>Prüfung (%n Befunde)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Destructive changes</source>
        <translation>Destruktive Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The changes marked ! can lose data. Review them before migrating.</source>
        <translation>Die mit ! markierten Änderungen können zu Datenverlust führen. Prüfen Sie sie vor dem Migrieren.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot write the revision</source>
        <translation>Die Revision kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write what the migration does first</source>
        <translation>Beschreiben Sie zuerst, was die Migration bewirkt</translation>
    </message>
</context>
<context>
    <name>strata::ui::MessageBanner</name>
    <message>
        <location filename="../../widgets/common/messagebanner.cpp" line="+21"/>
        <source>at %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hint: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>strata::ui::MigrationAction</name>
    <message>
        <location filename="../../widgets/project/migrationaction.cpp" line="+52"/>
        <source>Back up and migrate to head</source>
        <translation>Sichern und auf Head migrieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, after a backup</source>
        <translation>%1, nach einer Sicherung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Migrate to head</source>
        <translation>Auf Head migrieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrate to %1</source>
        <translation>Auf %1 migrieren</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Roll back %n revision(s)</source>
        <translation>
            <numerusform>%n Revision zurückrollen</numerusform>
            <numerusform>%n Revisionen zurückrollen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stamp at %1</source>
        <translation>%1 als aktuell markieren (Stamp)</translation>
    </message>
</context>
<context>
    <name>strata::ui::ModelsStatus</name>
    <message>
        <location filename="../../widgets/models/modelsstatus.cpp" line="+38"/>
        <source>Models: checking…</source>
        <translation>Modelle: wird geprüft…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comparing the models with what the revisions build</source>
        <translation>Die Modelle werden mit dem verglichen, was die Revisionen aufbauen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Models: cannot check</source>
        <translation>Modelle: Prüfung nicht möglich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Models: up to date</source>
        <translation>Modelle: aktuell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change in the models is in a migration (strata makemigrations --check).</source>
        <translation>Jede Änderung an den Modellen ist in einer Migration enthalten (strata makemigrations --check).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Models: %n change(s) not in a migration</source>
        <translation>
            <numerusform>Modelle: %n Änderung nicht in einer Migration</numerusform>
            <numerusform>Modelle: %n Änderungen nicht in einer Migration</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to make a migration of them:
%1</source>
        <translation>Klicken Sie, um daraus eine Migration zu erstellen:
%1</translation>
    </message>
</context>
<context>
    <name>strata::ui::PlanDialog</name>
    <message>
        <location filename="../../widgets/project/plandialog.cpp" line="+26"/>
        <source>-- A stamp runs no SQL: it only rewrites the version table.</source>
        <translation>-- Ein Stamp führt kein SQL aus: Er schreibt nur die Versionstabelle neu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>  … and %n more step(s)</source>
        <translation>
            <numerusform>  … und %n weiterer Schritt</numerusform>
            <numerusform>  … und %n weitere Schritte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>up</source>
        <translation>upgrade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>down</source>
        <translation>downgrade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  (non-transactional)</source>
        <translation>  (nicht transaktional)</translation>
    </message>
</context>
<context>
    <name>strata::ui::ProjectSession</name>
    <message>
        <location filename="../../widgets/project/projectsession.cpp" line="+36"/>
        <source>Stamping</source>
        <translation>Markieren (Stamp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applying</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverting</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>There is no connection called &apos;%1&apos;.</source>
        <translation>Es gibt keine Verbindung namens „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add it in the Connections panel.</source>
        <translation>Fügen Sie sie im Bereich Verbindungen hinzu.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No password given for &apos;%1&apos;.</source>
        <translation>Kein Passwort für „%1“ angegeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set it in the connection&apos;s settings, or in PGPASSWORD or ~/.pgpass.</source>
        <translation>Legen Sie es in den Einstellungen der Verbindung fest, oder in PGPASSWORD oder ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>strata::ui::ReviewController</name>
    <message>
        <location filename="../../widgets/review/reviewcontroller.cpp" line="+81"/>
        <source>The statement changed since the review</source>
        <translation>Die Anweisung hat sich seit der Prüfung geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1 of %2 no longer holds the statement that was reviewed; wait for the review to catch up, then try again.</source>
        <translation>Zeile %1 von %2 enthält nicht mehr die geprüfte Anweisung; warten Sie, bis die Prüfung aufgeholt hat, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (models)</source>
        <translation>%1 (Modelle)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 as edited (%2)</source>
        <translation>%1 in bearbeiteter Fassung (%2)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Pending on %1</source>
        <translation>Ausstehend auf %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 (%n revision(s))</source>
        <translation>
            <numerusform>%1 (%n Revision)</numerusform>
            <numerusform>%1 (%n Revisionen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>strata::ui::ReviewPanel</name>
    <message>
        <location filename="../../widgets/review/reviewpanel.cpp" line="+23"/>
        <source>E&amp;xplain</source>
        <translation>&amp;Erklären</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ignore Here</source>
        <translation>Hier &amp;ignorieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;write</source>
        <translation>&amp;Umschreiben</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What the rule guards against, and the safe way (F1)</source>
        <translation>Wovor die Regel schützt, und der sichere Weg (F1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &apos;-- strata:ignore RULE&apos; before the statement: you reviewed it and accept it</source>
        <translation>„-- strata:ignore RULE“ vor der Anweisung einfügen: Sie haben sie geprüft und akzeptieren sie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rewrite the statement the safe way</source>
        <translation>Die Anweisung auf sichere Weise umschreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review &amp;Pending</source>
        <translation>&amp;Ausstehende prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review what Migrate to Head would run on the target connection</source>
        <translation>Prüfen, was „Auf Head migrieren“ auf der Zielverbindung ausführen würde</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: no findings.</source>
        <translation>%1: keine Befunde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 error(s), %3 warning(s), %4 note(s).</source>
        <translation>%1: %2 Fehler, %3 Warnung(en), %4 Hinweis(e).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 cannot be reviewed: %2</source>
        <translation>%1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a revision, or review what is pending on a connection.</source>
        <translation>Öffnen Sie eine Revision, oder prüfen Sie, was auf einer Verbindung aussteht.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Instead:</source>
        <translation>Stattdessen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To accept it after review, write &lt;code&gt;-- strata:ignore %1&lt;/code&gt; on the line before the statement.</source>
        <translation>Um sie nach der Prüfung zu akzeptieren, schreiben Sie &lt;code&gt;-- strata:ignore %1&lt;/code&gt; in die Zeile vor der Anweisung.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
</context>
<context>
    <name>strata::ui::RevisionDetailsPanel</name>
    <message>
        <location filename="../../widgets/timeline/revisiondetailspanel.cpp" line="+43"/>
        <source>&amp;Upgrade</source>
        <translation>&amp;Upgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Downgrade</source>
        <translation>&amp;Downgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hi&amp;story</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;i&gt;Select a revision to see its SQL and history.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie eine Revision, um ihr SQL und ihren Verlauf zu sehen.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none (a base)</source>
        <translation>keine (Basisrevision)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;%2&lt;br&gt;parents: %3 &amp;nbsp;·&amp;nbsp; created: %4 &amp;nbsp;·&amp;nbsp; %5&lt;br&gt;&lt;span style=&apos;color:gray&apos;&gt;%6&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;%2&lt;br&gt;Eltern: %3 &amp;nbsp;·&amp;nbsp; erstellt: %4 &amp;nbsp;·&amp;nbsp; %5&lt;br&gt;&lt;span style=&apos;color:gray&apos;&gt;%6&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transactional</source>
        <translation>transaktional</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;b&gt;non-transactional&lt;/b&gt;</source>
        <translation>&lt;b&gt;nicht transaktional&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>strata::ui::RevisionHistoryModel</name>
    <message>
        <location filename="../../widgets/timeline/revisionhistorymodel.cpp" line="+65"/>
        <source>could not read the history: %1</source>
        <translation>Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>strata::ui::TimelineLegend</name>
    <message>
        <location filename="../../widgets/timeline/timelinelegend.cpp" line="+46"/>
        <source>production connection</source>
        <translation>Produktionsverbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns of production connections carry a red band; actions on them ask first.</source>
        <translation>Spalten von Produktionsverbindungen tragen einen roten Streifen; Aktionen darauf fragen vorher nach.</translation>
    </message>
</context>
<context>
    <name>strata::ui::TimelineModel</name>
    <message>
        <location filename="../../widgets/timeline/timelinemodel.cpp" line="+111"/>
        <source>Status not read yet</source>
        <translation>Status noch nicht gelesen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 on %2: %3</source>
        <translation>%1 auf %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2. %3</source>
        <translation>%1 auf %2. %3</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(no revision file with this id in the project)</source>
        <translation>(keine Revisionsdatei mit dieser ID im Projekt)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Production connection: %1</source>
        <translation>Produktionsverbindung: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>strata::ui::TimelinePanel</name>
    <message>
        <location filename="../../widgets/timeline/timelinepanel.cpp" line="+34"/>
        <source>Filter by id or message (Ctrl+F)</source>
        <translation>Nach ID oder Beschreibung filtern (Strg+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only the revisions pending on one connection</source>
        <translation>Nur die auf einer Verbindung ausstehenden Revisionen anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jump to &amp;head</source>
        <translation>Zum &amp;Head springen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n Revision</numerusform>
            <numerusform>%n Revisionen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>every revision</source>
        <translation>alle Revisionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pending on %1</source>
        <translation>ausstehend auf %1</translation>
    </message>
</context>
<context>
    <name>strata::ui::WelcomePage</name>
    <message>
        <location filename="../../widgets/project/welcomepage.cpp" line="+20"/>
        <source>Strata Studio</source>
        <translation>Strata Studio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review, apply and roll back your database migrations.</source>
        <translation>Ihre Datenbankmigrationen prüfen, anwenden und zurückrollen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A directory with a strata.toml (Ctrl+O)</source>
        <translation>Ein Verzeichnis mit einer strata.toml (Strg+O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create strata.toml, migrations/versions and models/ (Ctrl+N)</source>
        <translation>strata.toml, migrations/versions und models/ anlegen (Strg+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open demo project</source>
        <translation>Demoprojekt öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small shop on SQLite: 30 revisions with branches and merges</source>
        <translation>Ein kleiner Shop auf SQLite: 30 Revisionen mit Verzweigungen und Zusammenführungen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zuletzt geöffnete Projekte&lt;/b&gt;</translation>
    </message>
</context>
</TS>
