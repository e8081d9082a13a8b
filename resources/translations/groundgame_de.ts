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
            <source>Groundgame cannot start</source>
            <translation>Groundgame kann nicht starten</translation>
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
