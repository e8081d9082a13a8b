<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Groundgame</source>
            <translation>Über Groundgame</translation>
        </message>
        <message>
            <source>Make the calls, knock on the doors, set the appointments, follow up.</source>
            <translation>Anrufen, an Türen klopfen, Termine machen, nachfassen.</translation>
        </message>
        <message>
            <source>Your data: %1</source>
            <translation>Ihre Daten: %1</translation>
        </message>
        <message>
            <source>Open data folder</source>
            <translation>Datenordner öffnen</translation>
        </message>
        <message>
            <source>Python %1 · Qt %2 · PySide %3</source>
            <translation>Python %1 · Qt %2 · PySide %3</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgegangen</translation>
        </message>
        <message>
            <source>Groundgame is already running</source>
            <translation>Groundgame läuft bereits</translation>
        </message>
        <message>
            <source>Groundgame is already open on this data folder, but does not answer.</source>
            <translation>Groundgame ist mit diesem Datenordner bereits geöffnet, antwortet aber nicht.</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>&amp;Dismiss</source>
            <translation>&amp;Ausblenden</translation>
        </message>
    </context>
    <context>
        <name>DamagedDialog</name>
        <message>
            <source>The file has been cut short. This happens when the disk runs full or a copy of the file is interrupted.</source>
            <translation>Die Datei wurde abgeschnitten. Das passiert, wenn die Festplatte voll läuft oder das Kopieren der Datei unterbrochen wird.</translation>
        </message>
        <message>
            <source>The start of the file has been overwritten with something that is not a database.</source>
            <translation>Der Anfang der Datei wurde mit etwas überschrieben, das keine Datenbank ist.</translation>
        </message>
        <message>
            <source>Parts of the file are damaged, as a failing disk or a computer that lost power can leave them.</source>
            <translation>Teile der Datei sind beschädigt – so etwas hinterlässt eine defekte Festplatte oder ein Computer, dem der Strom ausging.</translation>
        </message>
        <message>
            <source>A log file lying next to it does not belong to it, for example after the file was copied back from somewhere else.</source>
            <translation>Eine Protokolldatei daneben gehört nicht zu ihr, etwa nachdem die Datei von anderswo zurückkopiert wurde.</translation>
        </message>
        <message>
            <source>Your book is damaged</source>
            <translation>Ihr Kundenstamm ist beschädigt</translation>
        </message>
        <message>
            <source>Groundgame cannot open your book: its file is damaged.</source>
            <translation>Groundgame kann Ihren Kundenstamm nicht öffnen: Die Datei ist beschädigt.</translation>
        </message>
        <message>
            <source>Whatever you choose, the damaged file is moved to %1 and kept there for 14 days.</source>
            <translation>Was Sie auch wählen: Die beschädigte Datei wird nach %1 verschoben und dort 14 Tage aufbewahrt.</translation>
        </message>
        <message>
            <source>The latest verified backup is from %1. Restoring it brings your book back as it was then.</source>
            <translation>Die neueste geprüfte Sicherung stammt vom %1. Wenn Sie sie wiederherstellen, ist Ihr Kundenstamm wieder so wie damals.</translation>
        </message>
        <message>
            <source>There is no backup in the data folder. If you saved one elsewhere, choose it; otherwise start with an empty book.</source>
            <translation>Im Datenordner liegt keine Sicherung. Wenn Sie anderswo eine gespeichert haben, wählen Sie sie aus; sonst beginnen Sie mit einem leeren Kundenstamm.</translation>
        </message>
        <message>
            <source>&amp;Restore backup from %1</source>
            <translation>Sicherung vom %1 &amp;wiederherstellen</translation>
        </message>
        <message>
            <source>&amp;Choose a backup…</source>
            <translation>Sicherung &amp;auswählen …</translation>
        </message>
        <message>
            <source>Start with an &amp;empty book</source>
            <translation>Mit &amp;leerem Kundenstamm beginnen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>Import contacts</source>
            <translation>Kontakte importieren</translation>
        </message>
        <message>
            <source>Importing contacts is not available in this build.</source>
            <translation>Der Kontaktimport ist in dieser Version nicht verfügbar.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Groundgame</source>
            <translation>Groundgame</translation>
        </message>
        <message>
            <source>Welcome to Groundgame</source>
            <translation>Willkommen bei Groundgame</translation>
        </message>
        <message>
            <source>Your book is empty. Bring in the contacts you already have, or look around with a demo book of made-up customers first.</source>
            <translation>Ihr Kundenstamm ist noch leer. Holen Sie Ihre vorhandenen Kontakte herein oder sehen Sie sich erst mit Demodaten erfundener Kunden um.</translation>
        </message>
        <message>
            <source>Load demo data</source>
            <translation>Demodaten laden</translation>
        </message>
        <message>
            <source>Import contacts…</source>
            <translation>Kontakte importieren …</translation>
        </message>
        <message>
            <source>Data: %1</source>
            <translation>Daten: %1</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>Load &amp;demo data</source>
            <translation>&amp;Demodaten laden</translation>
        </message>
        <message>
            <source>&amp;Import contacts…</source>
            <translation>Kontakte &amp;importieren …</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Einstellungen …</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>A&amp;ktualisieren</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About Groundgame</source>
            <translation>Ü&amp;ber Groundgame</translation>
        </message>
        <message>
            <source>Loading demo data…</source>
            <translation>Demodaten werden geladen …</translation>
        </message>
        <message>
            <source>Groundgame (read-only)</source>
            <translation>Groundgame (schreibgeschützt)</translation>
        </message>
        <message>
            <source>Your data folder %1 cannot be written, so Groundgame opened your book read-only: you can look at everything, but nothing can be changed or saved.</source>
            <translation>In Ihren Datenordner %1 kann nicht geschrieben werden, daher hat Groundgame Ihren Kundenstamm schreibgeschützt geöffnet: Sie können alles ansehen, aber nichts ändern oder speichern.</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>The day's calls, visits and follow-ups will be listed here.</source>
            <translation>Hier stehen die Anrufe, Besuche und Nachfassaktionen des Tages.</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>Your contacts and accounts will be listed here.</source>
            <translation>Hier stehen Ihre Kontakte und Firmen.</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Your deals will be shown here by stage.</source>
            <translation>Hier sehen Sie Ihre Verkaufschancen nach Phase.</translation>
        </message>
        <message>
            <source>Base</source>
            <translation>Stammkunden</translation>
        </message>
        <message>
            <source>Your most loyal customers will be ranked here.</source>
            <translation>Hier stehen Ihre treuesten Kunden in Rangfolge.</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Berichte</translation>
        </message>
        <message>
            <source>Your activity reports will be shown here.</source>
            <translation>Hier sehen Sie Ihre Aktivitätsberichte.</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Nothing was saved</source>
            <translation>Nichts wurde gespeichert</translation>
        </message>
        <message>
            <source>Could not complete that</source>
            <translation>Das hat nicht geklappt</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgegangen</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Your day</source>
            <translation>Ihr Tag</translation>
        </message>
        <message>
            <source>Follow-up rules</source>
            <translation>Nachfassregeln</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Allgemein</translation>
        </message>
        <message>
            <source>:00</source>
            <translation>:00 Uhr</translation>
        </message>
        <message>
            <source>Work done after midnight but before this hour counts for the day before.</source>
            <translation>Was nach Mitternacht, aber vor dieser Uhrzeit erledigt wird, zählt für den Vortag.</translation>
        </message>
        <message>
            <source>New day starts at</source>
            <translation>Neuer Tag beginnt um</translation>
        </message>
        <message>
            <source>Working days</source>
            <translation>Arbeitstage</translation>
        </message>
        <message>
            <source>Easy days</source>
            <translation>Leichte Tage</translation>
        </message>
        <message>
            <source>Easy days hold</source>
            <translation>Leichte Tage fassen</translation>
        </message>
        <message>
            <source>Items a day can hold</source>
            <translation>Aufgaben pro Tag</translation>
        </message>
        <message>
            <source>New prospects per day</source>
            <translation>Neue Interessenten pro Tag</translation>
        </message>
        <message>
            <source>After this many unanswered attempts in a row a lead is parked as unreachable.</source>
            <translation>Nach so vielen unbeantworteten Versuchen in Folge wird ein Lead als unerreichbar geparkt.</translation>
        </message>
        <message>
            <source>Give up after unanswered attempts</source>
            <translation>Aufgeben nach unbeantworteten Versuchen</translation>
        </message>
        <message>
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <source>Park unreachable leads for</source>
            <translation>Unerreichbare Leads parken für</translation>
        </message>
        <message>
            <source>A deal is stalled after</source>
            <translation>Eine Verkaufschance stockt nach</translation>
        </message>
        <message>
            <source> months</source>
            <translation> Monate</translation>
        </message>
        <message>
            <source>Loyalty looks back</source>
            <translation>Treue-Zeitraum</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>Remind me before appointments</source>
            <translation>Erinnerung vor Terminen</translation>
        </message>
        <message>
            <source>Shown on the reports for your manager</source>
            <translation>Erscheint auf den Berichten für Ihre Vorgesetzten</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Ihr Name</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>Systemsprache</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zeitzone</translation>
        </message>
        <message>
            <source>Phone numbers typed without a country code belong here.</source>
            <translation>Telefonnummern ohne Ländervorwahl gehören zu diesem Land.</translation>
        </message>
        <message>
            <source>Phone numbers from</source>
            <translation>Telefonnummern aus</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <source>A new language applies the next time Groundgame starts.</source>
            <translation>Eine neue Sprache gilt ab dem nächsten Start von Groundgame.</translation>
        </message>
        <message>
            <source>Choose at least one working day.</source>
            <translation>Wählen Sie mindestens einen Arbeitstag.</translation>
        </message>
        <message>
            <source>Easy days must be working days.</source>
            <translation>Leichte Tage müssen Arbeitstage sein.</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <source>The disk is full, so nothing was saved. What you typed is still here: free some space and save again.</source>
            <translation>Die Festplatte ist voll, daher wurde nichts gespeichert. Ihre Eingaben sind noch da: Schaffen Sie etwas Platz und speichern Sie erneut.</translation>
        </message>
        <message>
            <source>The book is busy in another Groundgame window or command and did not become free in time, so nothing was saved. Try again in a moment.</source>
            <translation>Der Kundenstamm ist in einem anderen Groundgame-Fenster oder -Befehl in Arbeit und wurde nicht rechtzeitig frei, daher wurde nichts gespeichert. Versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <source>Your data folder cannot be written, so nothing was saved.</source>
            <translation>In Ihren Datenordner kann nicht geschrieben werden, daher wurde nichts gespeichert.</translation>
        </message>
        <message>
            <source>The database file is damaged, so nothing was saved. Restart Groundgame to restore the latest backup.</source>
            <translation>Die Datenbankdatei ist beschädigt, daher wurde nichts gespeichert. Starten Sie Groundgame neu, um die neueste Sicherung wiederherzustellen.</translation>
        </message>
        <message>
            <source>Groundgame opened your book read-only because your data folder cannot be written. Nothing can be saved.</source>
            <translation>Groundgame hat Ihren Kundenstamm schreibgeschützt geöffnet, weil in Ihren Datenordner nicht geschrieben werden kann. Es lässt sich nichts speichern.</translation>
        </message>
        <message>
            <source>Another Groundgame window or command is using the book. Close it and try again.</source>
            <translation>Ein anderes Groundgame-Fenster oder ein Befehl verwendet den Kundenstamm. Schließen Sie es und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Your data folder %1 is on a network share (%2). SQLite databases get damaged on network shares: move the folder to this computer's own disk.</source>
            <translation>Ihr Datenordner %1 liegt auf einer Netzwerkfreigabe (%2). Dort werden SQLite-Datenbanken beschädigt: Verschieben Sie den Ordner auf die eigene Festplatte dieses Computers.</translation>
        </message>
        <message>
            <source>Your data folder %1 is inside %2, which copies files while they are being written and can damage the database: move the folder out of it.</source>
            <translation>Ihr Datenordner %1 liegt in %2. Das kopiert Dateien, während sie geschrieben werden, und kann die Datenbank beschädigen: Verschieben Sie den Ordner dort heraus.</translation>
        </message>
    </context>
    <context>
        <name>Safekeeping</name>
        <message>
            <source>&amp;Back up now</source>
            <translation>Jetzt &amp;sichern</translation>
        </message>
        <message>
            <source>&amp;Save a backup to…</source>
            <translation>Sicherung s&amp;peichern unter …</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>Aus Sicherung &amp;wiederherstellen …</translation>
        </message>
        <message>
            <source>The automatic backup failed: %1</source>
            <translation>Die automatische Sicherung ist fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>&amp;Try again</source>
            <translation>&amp;Erneut versuchen</translation>
        </message>
        <message>
            <source>The weekly check found damage in your book. Restore the latest backup (File → Restore from backup…) before you go on. %1</source>
            <translation>Die wöchentliche Prüfung hat Schäden in Ihrem Kundenstamm gefunden. Stellen Sie die neueste Sicherung wieder her (Datei → Aus Sicherung wiederherstellen …), bevor Sie weiterarbeiten. %1</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Wiederherstellen …</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Sichern …</translation>
        </message>
        <message>
            <source>Backed up (%1).</source>
            <translation>Gesichert (%1).</translation>
        </message>
        <message>
            <source>Save a backup to</source>
            <translation>Sicherung speichern unter</translation>
        </message>
        <message>
            <source>Groundgame backups (*.sqlite3)</source>
            <translation>Groundgame-Sicherungen (*.sqlite3)</translation>
        </message>
        <message>
            <source>Saving a backup…</source>
            <translation>Sicherung wird gespeichert …</translation>
        </message>
        <message>
            <source>Backup saved to %1.</source>
            <translation>Sicherung gespeichert unter %1.</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Aus Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Groundgame backups (*.sqlite3);;All files (*)</source>
            <translation>Groundgame-Sicherungen (*.sqlite3);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Replace your book with the backup %1? Your book as it is now is backed up first, so this can be taken back.</source>
            <translation>Ihren Kundenstamm durch die Sicherung %1 ersetzen? Ihr jetziger Kundenstamm wird vorher gesichert, das lässt sich also rückgängig machen.</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Wiederherstellen …</translation>
        </message>
        <message>
            <source>Restored the backup of %1.</source>
            <translation>Die Sicherung vom %1 wurde wiederhergestellt.</translation>
        </message>
        <message>
            <source>The restored book failed its check: %1</source>
            <translation>Der wiederhergestellte Kundenstamm hat die Prüfung nicht bestanden: %1</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Groundgame cannot start</source>
            <translation>Groundgame kann nicht starten</translation>
        </message>
        <message>
            <source>Choose a backup</source>
            <translation>Sicherung auswählen</translation>
        </message>
        <message>
            <source>Groundgame backups (*.sqlite3);;All files (*)</source>
            <translation>Groundgame-Sicherungen (*.sqlite3);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>The backup could not be restored</source>
            <translation>Die Sicherung konnte nicht wiederhergestellt werden</translation>
        </message>
        <message>
            <source>Your book is back</source>
            <translation>Ihr Kundenstamm ist wieder da</translation>
        </message>
        <message>
            <source>The damaged file is kept in %1 for 14 days.</source>
            <translation>Die beschädigte Datei wird 14 Tage in %1 aufbewahrt.</translation>
        </message>
        <message>
            <source>Groundgame starts with an empty book.</source>
            <translation>Groundgame beginnt mit einem leeren Kundenstamm.</translation>
        </message>
        <message>
            <source>Your book was restored from the backup of %1.</source>
            <translation>Ihr Kundenstamm wurde aus der Sicherung vom %1 wiederhergestellt.</translation>
        </message>
        <message>
            <source>Your book was restored from %1.</source>
            <translation>Ihr Kundenstamm wurde aus %1 wiederhergestellt.</translation>
        </message>
        <message>
            <source>But the restored book failed its check: %1</source>
            <translation>Der wiederhergestellte Kundenstamm hat die Prüfung allerdings nicht bestanden: %1</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>Undo log of %1</source>
            <translation>Protokoll für %1 rückgängig machen</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>%1 &amp;rückgängig machen</translation>
        </message>
    </context>
</TS>
