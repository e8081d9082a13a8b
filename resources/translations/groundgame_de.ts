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
        <name>ActivityKind</name>
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
        <name>DayColumn</name>
        <message>
            <source>%1 done</source>
            <translation>%1 erledigt</translation>
        </message>
        <message>
            <source>day off</source>
            <translation>frei</translation>
        </message>
        <message>
            <source>%1 of %2 planned</source>
            <translation>%1 von %2 geplant</translation>
        </message>
        <message>
            <source>No appointments</source>
            <translation>Keine Termine</translation>
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
        <name>EndOfDayDialog</name>
        <message>
            <source>End of day</source>
            <translation>Feierabend</translation>
        </message>
        <message>
            <source>Your day, %1</source>
            <translation>Ihr Tag, %1</translation>
        </message>
        <message>
            <source>Logged today (%1)</source>
            <translation>Heute erfasst (%1)</translation>
        </message>
        <message>
            <source>Rolls on to %1 (%2)</source>
            <translation>Wandert weiter auf %1 (%2)</translation>
        </message>
        <message>
            <source>Streak: 1 working day at goal</source>
            <translation>Serie: 1 Arbeitstag am Ziel</translation>
        </message>
        <message>
            <source>Streak: %1 working days at goal</source>
            <translation>Serie: %1 Arbeitstage am Ziel</translation>
        </message>
        <message>
            <source>No streak yet: log %1 calls, follow-ups or visits on a working day to start one</source>
            <translation>Noch keine Serie: %1 Anrufe, Nachfassaktionen oder Besuche an einem Arbeitstag starten eine</translation>
        </message>
        <message>
            <source>week %1 / %2</source>
            <translation>Woche %1 / %2</translation>
        </message>
        <message>
            <source>Nothing logged yet today.</source>
            <translation>Heute noch nichts erfasst.</translation>
        </message>
        <message>
            <source>1 day late tomorrow</source>
            <translation>morgen 1 Tag überfällig</translation>
        </message>
        <message>
            <source>%1 days late tomorrow</source>
            <translation>morgen %1 Tage überfällig</translation>
        </message>
        <message>
            <source>stays in the pool</source>
            <translation>bleibt im Vorrat</translation>
        </message>
        <message>
            <source>Backlog: %1 more waiting</source>
            <translation>Rückstand: %1 weitere warten</translation>
        </message>
        <message>
            <source>Everything done — nothing rolls on.</source>
            <translation>Alles erledigt – nichts wandert weiter.</translation>
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
        <name>Goal</name>
        <message>
            <source>Calls</source>
            <translation>Anrufe</translation>
        </message>
        <message>
            <source>Connects</source>
            <translation>Gespräche</translation>
        </message>
        <message>
            <source>Appointments set</source>
            <translation>Termine vereinbart</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Besuche</translation>
        </message>
    </context>
    <context>
        <name>GoalsBar</name>
        <message>
            <source>%1 %2 / %3</source>
            <translation>%1 %2 / %3</translation>
        </message>
        <message>
            <source>No streak yet: log %1 calls, follow-ups or visits today to start one</source>
            <translation>Noch keine Serie: %1 Anrufe, Nachfassaktionen oder Besuche heute starten eine</translation>
        </message>
        <message>
            <source>Streak: 1 working day at goal</source>
            <translation>Serie: 1 Arbeitstag am Ziel</translation>
        </message>
        <message>
            <source>Streak: %1 working days at goal</source>
            <translation>Serie: %1 Arbeitstage am Ziel</translation>
        </message>
        <message>
            <source>Working days in a row with at least %1 calls, follow-ups or visits logged; days off do not break it.</source>
            <translation>Arbeitstage in Folge mit mindestens %1 erfassten Anrufen, Nachfassaktionen oder Besuchen; freie Tage unterbrechen die Serie nicht.</translation>
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
        <name>ItemDetail</name>
        <message>
            <source>Note for the log (N)</source>
            <translation>Notiz zum Eintrag (N)</translation>
        </message>
        <message>
            <source>Other next date (D):</source>
            <translation>Anderes Folgedatum (D):</translation>
        </message>
        <message>
            <source>Bury (B)</source>
            <translation>Zurückstellen (B)</translation>
        </message>
        <message>
            <source>Not today: back tomorrow, still counting its age</source>
            <translation>Nicht heute: morgen wieder da, das Alter zählt weiter</translation>
        </message>
        <message>
            <source>Park… (P)</source>
            <translation>Parken… (P)</translation>
        </message>
        <message>
            <source>Not until a date, with a reason</source>
            <translation>Erst ab einem Datum, mit Grund</translation>
        </message>
        <message>
            <source>Reschedule… (R)</source>
            <translation>Verschieben… (R)</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Nothing selected</source>
            <translation>Nichts ausgewählt</translation>
        </message>
        <message>
            <source>Why: %1</source>
            <translation>Warum: %1</translation>
        </message>
        <message>
            <source>Done today.</source>
            <translation>Heute erledigt.</translation>
        </message>
        <message>
            <source>Deal: %1 — %2, %3, 1 day in this stage</source>
            <translation>Geschäft: %1 – %2, %3, 1 Tag in dieser Phase</translation>
        </message>
        <message>
            <source>Deal: %1 — %2, %3, %4 days in this stage</source>
            <translation>Geschäft: %1 – %2, %3, %4 Tage in dieser Phase</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>%1 planned</source>
            <translation>%1 geplant</translation>
        </message>
        <message>
            <source>No history yet.</source>
            <translation>Noch kein Verlauf.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>New</source>
            <translation>Neu</translation>
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
            <source>&amp;Plan a call or visit…</source>
            <translation>Anruf oder Besuch &amp;planen…</translation>
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
        <name>Outcome</name>
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
            <translation>Nicht jetzt</translation>
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
    </context>
    <context>
        <name>OutcomeDetailsDialog</name>
        <message>
            <source>Parked until:</source>
            <translation>Geparkt bis:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Datum:</translation>
        </message>
        <message>
            <source>Time:</source>
            <translation>Uhrzeit:</translation>
        </message>
        <message>
            <source>Place:</source>
            <translation>Ort:</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>Duration:</source>
            <translation>Dauer:</translation>
        </message>
        <message>
            <source>First and last name</source>
            <translation>Vor- und Nachname</translation>
        </message>
        <message>
            <source>Referred person:</source>
            <translation>Empfohlene Person:</translation>
        </message>
        <message>
            <source>Their phone:</source>
            <translation>Deren Telefon:</translation>
        </message>
        <message>
            <source>Order amount:</source>
            <translation>Auftragswert:</translation>
        </message>
    </context>
    <context>
        <name>OutcomePad</name>
        <message>
            <source>nothing planned</source>
            <translation>nichts geplant</translation>
        </message>
        <message>
            <source>out of the queue</source>
            <translation>raus aus der Liste</translation>
        </message>
        <message>
            <source>parked until %1</source>
            <translation>geparkt bis %1</translation>
        </message>
        <message>
            <source>next touch %1</source>
            <translation>wieder dran %1</translation>
        </message>
        <message>
            <source>More outcomes</source>
            <translation>Weitere Ergebnisse</translation>
        </message>
        <message>
            <source>Key %1</source>
            <translation>Taste %1</translation>
        </message>
        <message>
            <source>Space: the most common outcome</source>
            <translation>Leertaste: das häufigste Ergebnis</translation>
        </message>
        <message>
            <source>Asks for the details before logging</source>
            <translation>Fragt vor dem Erfassen nach den Einzelheiten</translation>
        </message>
    </context>
    <context>
        <name>ParkDialog</name>
        <message>
            <source>budget next year</source>
            <translation>Budget erst nächstes Jahr</translation>
        </message>
        <message>
            <source>after the holidays</source>
            <translation>nach den Feiertagen</translation>
        </message>
        <message>
            <source>decision maker away</source>
            <translation>Entscheider abwesend</translation>
        </message>
        <message>
            <source>not ready yet</source>
            <translation>noch nicht so weit</translation>
        </message>
        <message>
            <source>Park %1</source>
            <translation>%1 parken</translation>
        </message>
        <message>
            <source>Until:</source>
            <translation>Bis:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Grund:</translation>
        </message>
    </context>
    <context>
        <name>PlanActivityDialog</name>
        <message>
            <source>Plan a call, visit or follow-up</source>
            <translation>Anruf, Besuch oder Nachfassen planen</translation>
        </message>
        <message>
            <source>Type a name, company or city</source>
            <translation>Name, Firma oder Ort eingeben</translation>
        </message>
        <message>
            <source>At a &amp;fixed time</source>
            <translation>Zu &amp;fester Uhrzeit</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>Does not repeat</source>
            <translation>Keine Wiederholung</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Jede Woche</translation>
        </message>
        <message>
            <source>Every 2 weeks</source>
            <translation>Alle 2 Wochen</translation>
        </message>
        <message>
            <source>Every 4 weeks</source>
            <translation>Alle 4 Wochen</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>Jeden Monat</translation>
        </message>
        <message>
            <source>until</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>&amp;Contact:</source>
            <translation>&amp;Kontakt:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>Time:</source>
            <translation>Uhrzeit:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Ort:</translation>
        </message>
        <message>
            <source>Time &amp;zone:</source>
            <translation>&amp;Zeitzone:</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>&amp;Wiederholen:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Notiz:</translation>
        </message>
    </context>
    <context>
        <name>PowerHourDialog</name>
        <message>
            <source>Power hour</source>
            <translation>Power-Stunde</translation>
        </message>
        <message>
            <source>Note for the log (N)</source>
            <translation>Notiz zum Eintrag (N)</translation>
        </message>
        <message>
            <source>Skip (S)</source>
            <translation>Überspringen (S)</translation>
        </message>
        <message>
            <source>End power hour (Esc)</source>
            <translation>Power-Stunde beenden (Esc)</translation>
        </message>
        <message>
            <source>Time is up — well done</source>
            <translation>Die Zeit ist um – gut gemacht</translation>
        </message>
        <message>
            <source>%1 left</source>
            <translation>noch %1</translation>
        </message>
        <message>
            <source>Logged %1 · connects %2 · appointments %3</source>
            <translation>Erfasst %1 · Gespräche %2 · Termine %3</translation>
        </message>
        <message>
            <source>All done for now</source>
            <translation>Für jetzt alles erledigt</translation>
        </message>
        <message>
            <source>Nothing left in today's plan. Press Esc to finish.</source>
            <translation>Im heutigen Plan ist nichts mehr offen. Mit Esc beenden.</translation>
        </message>
        <message>
            <source>%1 of %2 · %3</source>
            <translation>%1 von %2 · %3</translation>
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
        <name>Printing</name>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Warum</translation>
        </message>
        <message>
            <source>Outcome / note</source>
            <translation>Ergebnis / Notiz</translation>
        </message>
        <message>
            <source>Today, %1</source>
            <translation>Heute, %1</translation>
        </message>
        <message>
            <source>%1 d late</source>
            <translation>%1 T. überfällig</translation>
        </message>
        <message>
            <source>Nothing planned for this day.</source>
            <translation>Für diesen Tag ist nichts geplant.</translation>
        </message>
        <message>
            <source>Today's list</source>
            <translation>Heutige Liste</translation>
        </message>
        <message>
            <source>Print today's list, or save it as a PDF to take along?</source>
            <translation>Die heutige Liste drucken oder als PDF zum Mitnehmen speichern?</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <source>Save as P&amp;DF…</source>
            <translation>Als P&amp;DF speichern…</translation>
        </message>
        <message>
            <source>Save today's list</source>
            <translation>Heutige Liste speichern</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Warum</translation>
        </message>
        <message>
            <source>Done today (%1)</source>
            <translation>Heute erledigt (%1)</translation>
        </message>
        <message>
            <source>Priority %1</source>
            <translation>Priorität %1</translation>
        </message>
        <message>
            <source>1 day late</source>
            <translation>1 Tag überfällig</translation>
        </message>
        <message>
            <source>%1 days late</source>
            <translation>%1 Tage überfällig</translation>
        </message>
        <message>
            <source>today</source>
            <translation>heute</translation>
        </message>
    </context>
    <context>
        <name>Reason</name>
        <message>
            <source>fixed time %1</source>
            <translation>feste Zeit %1</translation>
        </message>
        <message>
            <source>overdue %1 days</source>
            <translation>%1 Tage überfällig</translation>
        </message>
        <message>
            <source>overdue 1 day</source>
            <translation>1 Tag überfällig</translation>
        </message>
        <message>
            <source>due today</source>
            <translation>heute fällig</translation>
        </message>
        <message>
            <source>tier %1: last touch %2 days ago</source>
            <translation>Stufe %1: letzter Kontakt vor %2 Tagen</translation>
        </message>
        <message>
            <source>tier %1: never touched</source>
            <translation>Stufe %1: noch nie kontaktiert</translation>
        </message>
        <message>
            <source>tier %1: past its %2-day window</source>
            <translation>Stufe %1: über das %2-Tage-Fenster hinaus</translation>
        </message>
        <message>
            <source>deal in %1, worth %2</source>
            <translation>Geschäft in %1, Wert %2</translation>
        </message>
        <message>
            <source>last time: %1</source>
            <translation>zuletzt: %1</translation>
        </message>
        <message>
            <source>new lead, fit %1/5</source>
            <translation>neuer Lead, Passung %1/5</translation>
        </message>
        <message>
            <source>new lead</source>
            <translation>neuer Lead</translation>
        </message>
        <message>
            <source>thank the referrer</source>
            <translation>dem Empfehlungsgeber danken</translation>
        </message>
        <message>
            <source>back from parking</source>
            <translation>zurück aus dem Parken</translation>
        </message>
        <message>
            <source>attempt %1 of %2</source>
            <translation>Versuch %1 von %2</translation>
        </message>
        <message>
            <source>try around %1</source>
            <translation>am besten gegen %1</translation>
        </message>
        <message>
            <source>%1 cadence, step %2</source>
            <translation>Rhythmus %1, Schritt %2</translation>
        </message>
        <message>
            <source>buried until tomorrow</source>
            <translation>bis morgen zurückgestellt</translation>
        </message>
        <message>
            <source>a colleague at %1 is already queued today</source>
            <translation>ein Kollege bei %1 steht heute schon auf der Liste</translation>
        </message>
        <message>
            <source>over today's capacity</source>
            <translation>über der heutigen Kapazität</translation>
        </message>
        <message>
            <source>over today's new-prospect budget</source>
            <translation>über dem heutigen Budget für Neukontakte</translation>
        </message>
        <message>
            <source>a day off</source>
            <translation>ein freier Tag</translation>
        </message>
        <message>
            <source>at %1</source>
            <translation>in %1</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>Groundgame</source>
            <translation>Groundgame</translation>
        </message>
        <message>
            <source>%1 at %2: %3</source>
            <translation>%1 um %2: %3</translation>
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
        <name>RescheduleDialog</name>
        <message>
            <source>Reschedule %1</source>
            <translation>%1 verschieben</translation>
        </message>
        <message>
            <source>At a fixed time</source>
            <translation>Zu fester Uhrzeit</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Datum:</translation>
        </message>
    </context>
    <context>
        <name>Section</name>
        <message>
            <source>Fixed times</source>
            <translation>Feste Zeiten</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>Base customers due a touch</source>
            <translation>Stammkunden, die dran sind</translation>
        </message>
        <message>
            <source>New prospects</source>
            <translation>Neue Interessenten</translation>
        </message>
        <message>
            <source>Backlog</source>
            <translation>Rückstand</translation>
        </message>
    </context>
    <context>
        <name>Stage</name>
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
    </context>
    <context>
        <name>TodayView</name>
        <message>
            <source>&amp;Power hour</source>
            <translation>&amp;Power-Stunde</translation>
        </message>
        <message>
            <source>One item at a time, big and calm (Ctrl+Shift+H)</source>
            <translation>Ein Eintrag nach dem anderen, groß und ruhig (Strg+Umschalt+H)</translation>
        </message>
        <message>
            <source>End of da&amp;y</source>
            <translation>&amp;Feierabend</translation>
        </message>
        <message>
            <source>P&amp;rint list…</source>
            <translation>Liste d&amp;rucken…</translation>
        </message>
        <message>
            <source>Print or save today's list as PDF (Ctrl+P)</source>
            <translation>Heutige Liste drucken oder als PDF speichern (Strg+P)</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>&amp;Tag</translation>
        </message>
        <message>
            <source>&amp;Week</source>
            <translation>&amp;Woche</translation>
        </message>
        <message>
            <source>Today, %1</source>
            <translation>Heute, %1</translation>
        </message>
        <message>
            <source>%1 of %2 planned · %3 done · backlog %4</source>
            <translation>%1 von %2 geplant · %3 erledigt · Rückstand %4</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>Undo log of %1</source>
            <translation>Protokoll für %1 rückgängig machen</translation>
        </message>
        <message>
            <source>Undo bury of %1</source>
            <translation>Zurückstellen von %1 rückgängig</translation>
        </message>
        <message>
            <source>Undo parking %1</source>
            <translation>Parken von %1 rückgängig</translation>
        </message>
        <message>
            <source>Undo rescheduling %1</source>
            <translation>Verschieben von %1 rückgängig</translation>
        </message>
        <message>
            <source>Undo plan for %1</source>
            <translation>Planung für %1 rückgängig</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>%1 &amp;rückgängig machen</translation>
        </message>
    </context>
    <context>
        <name>WeekView</name>
        <message>
            <source>◀ Previous week</source>
            <translation>◀ Vorige Woche</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Diese Woche</translation>
        </message>
        <message>
            <source>Next week ▶</source>
            <translation>Nächste Woche ▶</translation>
        </message>
        <message>
            <source>Week of %1 – %2</source>
            <translation>Woche vom %1 – %2</translation>
        </message>
    </context>
</TS>
