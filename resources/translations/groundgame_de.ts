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
        <name>DayFiguresModel</name>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Aktivitäten</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>Anrufe</translation>
        </message>
        <message>
            <source>Connects</source>
            <translation>Erreicht</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Besuche</translation>
        </message>
        <message>
            <source>Appointments</source>
            <translation>Termine</translation>
        </message>
        <message>
            <source>Call goal</source>
            <translation>Anrufziel</translation>
        </message>
        <message>
            <source>met</source>
            <translation>erreicht</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>&amp;Activity summary for your manager</source>
            <translation>&amp;Aktivitätsbericht für die Vertriebsleitung</translation>
        </message>
        <message>
            <source>&amp;Planned appointments (calendar file)</source>
            <translation>&amp;Geplante Termine (Kalenderdatei)</translation>
        </message>
        <message>
            <source>&amp;Contacts</source>
            <translation>&amp;Kontakte</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Von:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Bis:</translation>
        </message>
        <message>
            <source>F&amp;ormat:</source>
            <translation>F&amp;ormat:</translation>
        </message>
        <message>
            <source>&amp;Save as…</source>
            <translation>&amp;Speichern unter…</translation>
        </message>
        <message>
            <source>PDF (to read and send)</source>
            <translation>PDF (zum Lesen und Versenden)</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation>Excel-Arbeitsmappe (.xlsx)</translation>
        </message>
        <message>
            <source>CSV, one row per activity</source>
            <translation>CSV, eine Zeile je Aktivität</translation>
        </message>
        <message>
            <source>Totals, goals, charts, the per-day table and notable outcomes.</source>
            <translation>Summen, Ziele, Diagramme, die Tagestabelle und bemerkenswerte Ergebnisse.</translation>
        </message>
        <message>
            <source>iCalendar (.ics)</source>
            <translation>iCalendar (.ics)</translation>
        </message>
        <message>
            <source>Visits and callbacks with a fixed time, for Outlook, Google or Apple Calendar.</source>
            <translation>Besuche und Rückrufe mit fester Uhrzeit, für Outlook, Google oder Apple Kalender.</translation>
        </message>
        <message>
            <source>CSV (spreadsheets, other CRMs)</source>
            <translation>CSV (Tabellenkalkulation, andere CRMs)</translation>
        </message>
        <message>
            <source>vCard (phones, address books)</source>
            <translation>vCard (Telefone, Adressbücher)</translation>
        </message>
        <message>
            <source>Every contact with phones, e-mails, address, company and tags.</source>
            <translation>Alle Kontakte mit Telefonnummern, E-Mail-Adressen, Anschrift, Firma und Schlagworten.</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Exportieren nach</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exportiere…</translation>
        </message>
        <message>
            <source>Export saved</source>
            <translation>Export gespeichert</translation>
        </message>
        <message>
            <source>Saved %1 (%2 entries).</source>
            <translation>%1 gespeichert (%2 Einträge).</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>Import contacts</source>
            <translation>Kontakte importieren</translation>
        </message>
        <message>
            <source>Contacts (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;All files (*)</source>
            <translation>Kontakte (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Lese %1…</translation>
        </message>
        <message>
            <source>Undo last import</source>
            <translation>Letzten Import rückgängig machen</translation>
        </message>
        <message>
            <source>There is no import to undo.</source>
            <translation>Es gibt keinen Import, der rückgängig gemacht werden kann.</translation>
        </message>
        <message>
            <source>Remove the %1 contacts added from %2 and restore the %3 contacts it updated?</source>
            <translation>Die %1 aus %2 hinzugefügten Kontakte entfernen und die %3 dabei aktualisierten Kontakte wiederherstellen?</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewModel</name>
        <message>
            <source>Row</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>Duplicate of</source>
            <translation>Dublette von</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Probleme</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>row %1 of this file</source>
            <translation>Zeile %1 dieser Datei</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import contacts</source>
            <translation>Kontakte importieren</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importiere…</translation>
        </message>
        <message>
            <source>Imported %1 new and %2 updated contacts from %3. File → Undo last import takes it back.</source>
            <translation>%1 neue und %2 aktualisierte Kontakte aus %3 importiert. Datei → Letzten Import rückgängig machen nimmt das zurück.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Call</source>
            <translation>Anruf</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Besuch</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Nachfassen</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>Nicht erreicht</translation>
        </message>
        <message>
            <source>Voicemail</source>
            <translation>Mailbox</translation>
        </message>
        <message>
            <source>Busy</source>
            <translation>Besetzt</translation>
        </message>
        <message>
            <source>Gatekeeper</source>
            <translation>Vorzimmer</translation>
        </message>
        <message>
            <source>Wrong number</source>
            <translation>Falsche Nummer</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Gesprochen</translation>
        </message>
        <message>
            <source>Appointment set</source>
            <translation>Termin vereinbart</translation>
        </message>
        <message>
            <source>Callback requested</source>
            <translation>Rückruf erbeten</translation>
        </message>
        <message>
            <source>Interested</source>
            <translation>Interessiert</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Jetzt nicht</translation>
        </message>
        <message>
            <source>Not interested</source>
            <translation>Kein Interesse</translation>
        </message>
        <message>
            <source>Not a fit</source>
            <translation>Passt nicht</translation>
        </message>
        <message>
            <source>Order taken</source>
            <translation>Auftrag erhalten</translation>
        </message>
        <message>
            <source>Referral given</source>
            <translation>Empfehlung erhalten</translation>
        </message>
        <message>
            <source>Do not contact</source>
            <translation>Nicht kontaktieren</translation>
        </message>
        <message>
            <source>Met decision maker</source>
            <translation>Entscheider getroffen</translation>
        </message>
        <message>
            <source>Met someone else</source>
            <translation>Jemand anderen getroffen</translation>
        </message>
        <message>
            <source>Not available</source>
            <translation>Nicht angetroffen</translation>
        </message>
        <message>
            <source>Left material</source>
            <translation>Unterlagen dagelassen</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <source>Contacted</source>
            <translation>Kontaktiert</translation>
        </message>
        <message>
            <source>Meeting set</source>
            <translation>Termin steht</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Angebot</translation>
        </message>
        <message>
            <source>Negotiation</source>
            <translation>Verhandlung</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Gewonnen</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Verloren</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>Anrufe</translation>
        </message>
        <message>
            <source>Connects</source>
            <translation>Erreicht</translation>
        </message>
        <message>
            <source>Appointments set</source>
            <translation>Termine vereinbart</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Besuche</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Vollständiger Name</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <source>Middle name</source>
            <translation>Zweiter Vorname</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <source>Company (account)</source>
            <translation>Firma (Kunde)</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Mobile phone</source>
            <translation>Mobiltelefon</translation>
        </message>
        <message>
            <source>Work phone</source>
            <translation>Telefon geschäftlich</translation>
        </message>
        <message>
            <source>Home phone</source>
            <translation>Telefon privat</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Straße</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>PLZ</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagworte</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Lifecycle</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Account tier</source>
            <translation>Kundenklasse</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Webseite</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Dublette</translation>
        </message>
        <message>
            <source>Invalid</source>
            <translation>Fehlerhaft</translation>
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
            <source>U&amp;ndo last import…</source>
            <translation>Letzten Import rückgängig &amp;machen…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren…</translation>
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
        <name>MappingPage</name>
        <message>
            <source>Which column holds what?</source>
            <translation>Welche Spalte enthält was?</translation>
        </message>
        <message numerus="yes">
            <source>%n rows</source>
            <translation>
                <numerusform>%n Zeile</numerusform>
                <numerusform>%n Zeilen</numerusform>
            </translation>
        </message>
        <message>
            <source>encoding %1</source>
            <translation>Kodierung %1</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>Tabulator</translation>
        </message>
        <message>
            <source>separated by %1</source>
            <translation>getrennt durch %1</translation>
        </message>
        <message>
            <source>Best guess</source>
            <translation>Automatisch erkannt</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Gespeichert: %1</translation>
        </message>
        <message>
            <source>&amp;Exported from:</source>
            <translation>&amp;Exportiert aus:</translation>
        </message>
        <message>
            <source>Sa&amp;ve mapping…</source>
            <translation>Zuordnung &amp;speichern…</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Spalte</translation>
        </message>
        <message>
            <source>Examples</source>
            <translation>Beispiele</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Importieren als</translation>
        </message>
        <message>
            <source>— do not import —</source>
            <translation>— nicht importieren —</translation>
        </message>
        <message>
            <source>Save mapping</source>
            <translation>Zuordnung speichern</translation>
        </message>
        <message>
            <source>Name for this mapping:</source>
            <translation>Name für diese Zuordnung:</translation>
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
        <name>PreviewPage</name>
        <message>
            <source>Check before importing</source>
            <translation>Vor dem Import prüfen</translation>
        </message>
        <message>
            <source>Skip them</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <source>Update the existing contacts (fill empty fields)</source>
            <translation>Vorhandene Kontakte aktualisieren (leere Felder füllen)</translation>
        </message>
        <message>
            <source>Import them as new contacts anyway</source>
            <translation>Trotzdem als neue Kontakte importieren</translation>
        </message>
        <message>
            <source>&amp;Duplicates of your contacts:</source>
            <translation>&amp;Dubletten Ihrer Kontakte:</translation>
        </message>
        <message>
            <source>All rows</source>
            <translation>Alle Zeilen</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <source>Updates</source>
            <translation>Aktualisierungen</translation>
        </message>
        <message>
            <source>Duplicates</source>
            <translation>Dubletten</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Probleme</translation>
        </message>
        <message>
            <source>S&amp;how:</source>
            <translation>&amp;Zeigen:</translation>
        </message>
        <message>
            <source>Selected rows:</source>
            <translation>Ausgewählte Zeilen:</translation>
        </message>
        <message>
            <source>S&amp;kip</source>
            <translation>Über&amp;springen</translation>
        </message>
        <message>
            <source>&amp;Update existing</source>
            <translation>Vorhandene &amp;aktualisieren</translation>
        </message>
        <message>
            <source>Import &amp;anyway</source>
            <translation>&amp;Trotzdem importieren</translation>
        </message>
        <message numerus="yes">
            <source>Checking %n rows…</source>
            <translation>
                <numerusform>Prüfe %n Zeile…</numerusform>
                <numerusform>Prüfe %n Zeilen…</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 rows: &lt;b&gt;%2 new&lt;/b&gt;, %3 updates, %4 duplicates skipped, %5 with problems (skipped).</source>
            <translation>%1 Zeilen: &lt;b&gt;%2 neu&lt;/b&gt;, %3 Aktualisierungen, %4 Dubletten übersprungen, %5 mit Problemen (übersprungen).</translation>
        </message>
    </context>
    <context>
        <name>ReportTexts</name>
        <message>
            <source>Activity summary</source>
            <translation>Aktivitätsbericht</translation>
        </message>
        <message>
            <source>Rep</source>
            <translation>Vertrieb</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Generated</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Summen</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Aktivitäten</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>Anrufe</translation>
        </message>
        <message>
            <source>Connects</source>
            <translation>Erreicht</translation>
        </message>
        <message>
            <source>Connect rate</source>
            <translation>Erreichbarkeit</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Besuche</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Nachfassaktionen</translation>
        </message>
        <message>
            <source>Appointments set</source>
            <translation>Termine vereinbart</translation>
        </message>
        <message>
            <source>Orders taken</source>
            <translation>Aufträge erhalten</translation>
        </message>
        <message>
            <source>Referrals given</source>
            <translation>Empfehlungen erhalten</translation>
        </message>
        <message>
            <source>Streak</source>
            <translation>Serie</translation>
        </message>
        <message>
            <source>working days in a row at the daily call goal of %1</source>
            <translation>Arbeitstage in Folge mit dem täglichen Anrufziel von %1</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Ist</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>Erreicht</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Deals</translation>
        </message>
        <message>
            <source>Deals advanced</source>
            <translation>Deals vorangebracht</translation>
        </message>
        <message>
            <source>Deals won</source>
            <translation>Deals gewonnen</translation>
        </message>
        <message>
            <source>Value won</source>
            <translation>Gewonnener Wert</translation>
        </message>
        <message>
            <source>Deals lost</source>
            <translation>Deals verloren</translation>
        </message>
        <message>
            <source>Stage conversion</source>
            <translation>Phasen-Konversion</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Entered</source>
            <translation>Eingetreten</translation>
        </message>
        <message>
            <source>Moved on</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Conversion</source>
            <translation>Konversion</translation>
        </message>
        <message>
            <source>Coverage of the book</source>
            <translation>Betreuung des Kundenstamms</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Klasse</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Kunden</translation>
        </message>
        <message>
            <source>In ideal window</source>
            <translation>Im Idealfenster</translation>
        </message>
        <message>
            <source>Within maximum</source>
            <translation>Im Maximum</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Überfällig</translation>
        </message>
        <message>
            <source>Never touched</source>
            <translation>Nie kontaktiert</translation>
        </message>
        <message>
            <source>Per day</source>
            <translation>Pro Tag</translation>
        </message>
        <message>
            <source>Per week</source>
            <translation>Pro Woche</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Week of</source>
            <translation>Woche ab</translation>
        </message>
        <message>
            <source>Call goal met</source>
            <translation>Anrufziel erreicht</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>Open pipeline</source>
            <translation>Offene Pipeline</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Notable outcomes</source>
            <translation>Bemerkenswerte Ergebnisse</translation>
        </message>
        <message>
            <source>… and %1 more</source>
            <translation>… und %1 weitere</translation>
        </message>
        <message>
            <source>Nothing logged in this period.</source>
            <translation>In diesem Zeitraum nichts erfasst.</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Deal</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minuten</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>Versuch</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Kind code</source>
            <translation>Art (Code)</translation>
        </message>
        <message>
            <source>Outcome code</source>
            <translation>Ergebnis (Code)</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Seite %1 von %2</translation>
        </message>
    </context>
    <context>
        <name>ReportsView</name>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Diese Woche</translation>
        </message>
        <message>
            <source>Last week</source>
            <translation>Letzte Woche</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Dieser Monat</translation>
        </message>
        <message>
            <source>Custom range</source>
            <translation>Eigener Zeitraum</translation>
        </message>
        <message>
            <source>&amp;Range:</source>
            <translation>&amp;Zeitraum:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Von:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Bis:</translation>
        </message>
        <message>
            <source>&amp;Export summary…</source>
            <translation>Bericht &amp;exportieren…</translation>
        </message>
        <message>
            <source>Save this period as PDF, Excel or CSV (Ctrl+E)</source>
            <translation>Diesen Zeitraum als PDF, Excel oder CSV speichern (Strg+E)</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>Anrufe</translation>
        </message>
        <message>
            <source>Connects</source>
            <translation>Erreicht</translation>
        </message>
        <message>
            <source>Connect rate</source>
            <translation>Erreichbarkeit</translation>
        </message>
        <message>
            <source>Appointments set</source>
            <translation>Termine vereinbart</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Besuche</translation>
        </message>
        <message>
            <source>Deals advanced</source>
            <translation>Deals vorangebracht</translation>
        </message>
        <message>
            <source>Deals won</source>
            <translation>Deals gewonnen</translation>
        </message>
        <message>
            <source>Streak (days at call goal)</source>
            <translation>Serie (Tage mit Anrufziel)</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>Per day</source>
            <translation>Pro Tag</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 von %2</translation>
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
