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
            <source>Backups: %1</source>
            <translation>Sicherungen: %1</translation>
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
        <name>AccountDetailPane</name>
        <message>
            <source>&amp;Edit account…</source>
            <translation>Account &amp;bearbeiten …</translation>
        </message>
        <message>
            <source>New &amp;contact here…</source>
            <translation>Neuer &amp;Kontakt hier …</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Verkaufschancen</translation>
        </message>
        <message>
            <source>Choose an account to see its people and history.</source>
            <translation>Wählen Sie einen Account, um seine Personen und seinen Verlauf zu sehen.</translation>
        </message>
        <message>
            <source>touch due %1</source>
            <translation>Kontakt fällig %1</translation>
        </message>
        <message>
            <source>last touch %1</source>
            <translation>letzter Kontakt %1</translation>
        </message>
        <message>
            <source>never touched</source>
            <translation>nie kontaktiert</translation>
        </message>
        <message>
            <source>No deals.</source>
            <translation>Keine Verkaufschancen.</translation>
        </message>
        <message>
            <source>People (%1)</source>
            <translation>Personen (%1)</translation>
        </message>
    </context>
    <context>
        <name>AccountDialog</name>
        <message>
            <source>Edit account</source>
            <translation>Account bearbeiten</translation>
        </message>
        <message>
            <source>New account</source>
            <translation>Neuer Account</translation>
        </message>
        <message>
            <source>no tier</source>
            <translation>keine Stufe</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Tier</source>
            <translation>&amp;Stufe</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Telefon</translation>
        </message>
        <message>
            <source>&amp;Website</source>
            <translation>&amp;Website</translation>
        </message>
        <message>
            <source>Str&amp;eet</source>
            <translation>Str&amp;aße</translation>
        </message>
        <message>
            <source>Postcode, city</source>
            <translation>PLZ, Ort</translation>
        </message>
        <message>
            <source>Coor&amp;dinates</source>
            <translation>Koor&amp;dinaten</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;otizen</translation>
        </message>
        <message>
            <source>Cannot save yet: %1</source>
            <translation>Noch nicht speicherbar: %1</translation>
        </message>
        <message>
            <source>You already have %1. Save again to add this account anyway.</source>
            <translation>Sie haben bereits %1. Speichern Sie noch einmal, um diesen Account trotzdem anzulegen.</translation>
        </message>
    </context>
    <context>
        <name>AccountsPanel</name>
        <message>
            <source>Filter accounts by name, city or notes…</source>
            <translation>Accounts nach Name, Ort oder Notizen filtern …</translation>
        </message>
        <message>
            <source>Every tier</source>
            <translation>Alle Stufen</translation>
        </message>
        <message>
            <source>Any cadence</source>
            <translation>Jeder Rhythmus</translation>
        </message>
        <message>
            <source>New &amp;account…</source>
            <translation>Neuer &amp;Account …</translation>
        </message>
        <message>
            <source>Set &amp;tier…</source>
            <translation>&amp;Stufe setzen …</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten …</translation>
        </message>
        <message>
            <source>%n account</source>
            <translation>%n Account</translation>
        </message>
        <message>
            <source>%n accounts</source>
            <translation>%n Accounts</translation>
        </message>
        <message>
            <source>no tier</source>
            <translation>keine Stufe</translation>
        </message>
        <message>
            <source>Set tier</source>
            <translation>Stufe setzen</translation>
        </message>
        <message>
            <source>Tier for %n account</source>
            <translation>Stufe für %n Account</translation>
        </message>
        <message>
            <source>Tier for %n accounts</source>
            <translation>Stufe für %n Accounts</translation>
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
        <name>BaseView</name>
        <message>
            <source>Ask for a referral</source>
            <translation>Um Empfehlung bitten</translation>
        </message>
        <message>
            <source>Only whom to &amp;ask for a referral</source>
            <translation>Nur wen ich um eine Empfehlung &amp;bitten sollte</translation>
        </message>
        <message>
            <source>&amp;Open contact</source>
            <translation>Kontakt ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Waiting for a thank-you</source>
            <translation>Warten auf ein Dankeschön</translation>
        </message>
        <message>
            <source>Enter plans a thank-you call to the referrer within a day.</source>
            <translation>Die Eingabetaste plant innerhalb eines Tages einen Dankesanruf beim Empfehlungsgeber.</translation>
        </message>
        <message>
            <source>Ranking your customers…</source>
            <translation>Ihre Kunden werden eingestuft …</translation>
        </message>
        <message>
            <source>All (%1)</source>
            <translation>Alle (%1)</translation>
        </message>
        <message>
            <source>%n customer ranked by recency, frequency and value of purchases since %1, plus referrals made.</source>
            <translation>%n Kunde, eingestuft nach Aktualität, Häufigkeit und Wert der Käufe seit %1 sowie nach Empfehlungen.</translation>
        </message>
        <message>
            <source>%n customers ranked by recency, frequency and value of purchases since %1, plus referrals made.</source>
            <translation>%n Kunden, eingestuft nach Aktualität, Häufigkeit und Wert der Käufe seit %1 sowie nach Empfehlungen.</translation>
        </message>
        <message>
            <source>Waiting for a thank-you (%1)</source>
            <translation>Warten auf ein Dankeschön (%1)</translation>
        </message>
        <message>
            <source>Your base</source>
            <translation>Ihre Stammkunden</translation>
        </message>
        <message>
            <source>Choose a customer to see their referrals and what to do next.</source>
            <translation>Wählen Sie einen Kunden, um seine Empfehlungen und den nächsten Schritt zu sehen.</translation>
        </message>
        <message>
            <source>score %1 (R %2 · F %3 · M %4)</source>
            <translation>Punkte %1 (R %2 · F %3 · M %4)</translation>
        </message>
    </context>
    <context>
        <name>BookActions</name>
        <message>
            <source>&amp;Search…</source>
            <translation>&amp;Suchen …</translation>
        </message>
        <message>
            <source>Find &amp;duplicates…</source>
            <translation>&amp;Dubletten finden …</translation>
        </message>
        <message>
            <source>Find duplicates</source>
            <translation>Dubletten finden</translation>
        </message>
        <message>
            <source>No duplicates found. Your book is tidy.</source>
            <translation>Keine Dubletten gefunden. Ihr Kundenstamm ist aufgeräumt.</translation>
        </message>
        <message>
            <source>Looking for duplicates…</source>
            <translation>Dubletten werden gesucht …</translation>
        </message>
    </context>
    <context>
        <name>CalendarConflictsDialog</name>
        <message>
            <source>Cancelled or deleted</source>
            <translation>Abgesagt oder gelöscht</translation>
        </message>
        <message>
            <source>Repeats: %1</source>
            <translation>Wiederholung: %1</translation>
        </message>
        <message>
            <source>Calendar conflicts</source>
            <translation>Kalenderkonflikte</translation>
        </message>
        <message>
            <source>These appointments were changed here and in your calendar since the last sync. Nothing was overwritten: choose which version to keep.</source>
            <translation>Diese Termine wurden seit dem letzten Abgleich hier und in Ihrem Kalender geändert. Nichts wurde überschrieben: Wählen Sie, welche Fassung bleiben soll.</translation>
        </message>
        <message>
            <source>No conflicts: both sides agree.</source>
            <translation>Keine Konflikte: Beide Seiten stimmen überein.</translation>
        </message>
        <message>
            <source>In Groundgame</source>
            <translation>In Groundgame</translation>
        </message>
        <message>
            <source>In your calendar</source>
            <translation>In Ihrem Kalender</translation>
        </message>
        <message>
            <source>&amp;Keep Groundgame's</source>
            <translation>Groundgames Fassung &amp;behalten</translation>
        </message>
        <message>
            <source>&amp;Take the calendar's</source>
            <translation>Die des &amp;Kalenders übernehmen</translation>
        </message>
    </context>
    <context>
        <name>CalendarControls</name>
        <message>
            <source>1 calendar conflict</source>
            <translation>1 Kalenderkonflikt</translation>
        </message>
        <message>
            <source>%n calendar conflicts</source>
            <translation>%n Kalenderkonflikte</translation>
        </message>
        <message>
            <source>Calendar: syncing… %1 of %2</source>
            <translation>Kalender: Abgleich läuft … %1 von %2</translation>
        </message>
        <message>
            <source>Calendar: syncing…</source>
            <translation>Kalender: Abgleich läuft …</translation>
        </message>
        <message>
            <source>Calendar offline — %n waiting</source>
            <translation>Kalender offline – %n wartend</translation>
        </message>
        <message>
            <source>Calendar: not synced (%1)</source>
            <translation>Kalender: nicht abgeglichen (%1)</translation>
        </message>
        <message>
            <source>Calendar: %n waiting</source>
            <translation>Kalender: %n wartend</translation>
        </message>
        <message>
            <source>Calendar: not synced yet</source>
            <translation>Kalender: noch nicht abgeglichen</translation>
        </message>
        <message>
            <source>Calendar synced just now</source>
            <translation>Kalender gerade abgeglichen</translation>
        </message>
        <message>
            <source>Calendar synced %n min ago</source>
            <translation>Kalender vor %n Min. abgeglichen</translation>
        </message>
        <message>
            <source>&amp;Connect a calendar…</source>
            <translation>Kalender &amp;verbinden …</translation>
        </message>
        <message>
            <source>&amp;Sync calendar now</source>
            <translation>Kalender jetzt &amp;abgleichen</translation>
        </message>
        <message>
            <source>C&amp;onflicts…</source>
            <translation>K&amp;onflikte …</translation>
        </message>
        <message>
            <source>&amp;Disconnect…</source>
            <translation>&amp;Trennen …</translation>
        </message>
        <message>
            <source>&amp;Calendar</source>
            <translation>&amp;Kalender</translation>
        </message>
        <message>
            <source>Stop syncing with the calendar “%1”? Its events stay in it, no longer updated.</source>
            <translation>Den Abgleich mit dem Kalender „%1“ beenden? Seine Termine bleiben darin, werden aber nicht mehr aktualisiert.</translation>
        </message>
        <message>
            <source>1 change has not reached it yet.</source>
            <translation>1 Änderung hat ihn noch nicht erreicht.</translation>
        </message>
        <message>
            <source>%n changes have not reached it yet.</source>
            <translation>%n Änderungen haben ihn noch nicht erreicht.</translation>
        </message>
        <message>
            <source>Disconnect the calendar</source>
            <translation>Kalender trennen</translation>
        </message>
    </context>
    <context>
        <name>CallListsDialog</name>
        <message>
            <source>Call lists</source>
            <translation>Anruflisten</translation>
        </message>
        <message>
            <source>New call l&amp;ist</source>
            <translation>Neue Anruf&amp;liste</translation>
        </message>
        <message>
            <source>Pro&amp;gress</source>
            <translation>&amp;Fortschritt</translation>
        </message>
        <message>
            <source>e.g. Winter offer, C customers in 80…</source>
            <translation>z. B. Winterangebot, C-Kunden in 80…</translation>
        </message>
        <message>
            <source>What to say or ask — the reps see it with the list</source>
            <translation>Was zu sagen oder zu fragen ist — die Vertriebler sehen es mit der Liste</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>&amp;Beginnt</translation>
        </message>
        <message>
            <source>D&amp;ue by</source>
            <translation>Fällig b&amp;is</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>Na&amp;me:</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>&amp;Notiz:</translation>
        </message>
        <message>
            <source>When:</source>
            <translation>Wann:</translation>
        </message>
        <message>
            <source>Se&amp;nd to:</source>
            <translation>Sen&amp;den an:</translation>
        </message>
        <message>
            <source>Each rep gets the contacts on the list that are theirs or shared with them.</source>
            <translation>Jeder Vertriebler bekommt die Kontakte der Liste, die ihm gehören oder mit ihm geteilt sind.</translation>
        </message>
        <message>
            <source>Send the &amp;list</source>
            <translation>Lis&amp;te senden</translation>
        </message>
        <message>
            <source>Give the list a name.</source>
            <translation>Geben Sie der Liste einen Namen.</translation>
        </message>
        <message>
            <source>Tick the reps to send it to.</source>
            <translation>Haken Sie die Vertriebler an, die sie bekommen sollen.</translation>
        </message>
        <message>
            <source>Add contacts to the list: find them, then Add to the list.</source>
            <translation>Fügen Sie der Liste Kontakte hinzu: suchen, dann „Zur Liste hinzufügen“.</translation>
        </message>
        <message>
            <source>The list cannot be due before it starts.</source>
            <translation>Die Liste kann nicht fällig sein, bevor sie beginnt.</translation>
        </message>
        <message>
            <source>%1 %n contact</source>
            <translation>%1 %n Kontakt</translation>
        </message>
        <message>
            <source>%1 %n contacts</source>
            <translation>%1 %n Kontakte</translation>
        </message>
        <message>
            <source>Sent “%1”: %2. It shows in their Today after their next sync.</source>
            <translation>„%1“ gesendet: %2. Sie erscheint nach der nächsten Synchronisierung in ihrem Heute.</translation>
        </message>
        <message>
            <source>%1 got an empty list: none of its contacts are theirs or shared with them.</source>
            <translation>%1 hat eine leere Liste bekommen: Keiner ihrer Kontakte gehört ihnen oder ist mit ihnen geteilt.</translation>
        </message>
        <message>
            <source>No call lists yet</source>
            <translation>Noch keine Anruflisten</translation>
        </message>
        <message>
            <source>Lists you send show here, one line per rep, with how far each rep got.</source>
            <translation>Gesendete Listen erscheinen hier, eine Zeile je Vertriebler, mit dem Stand jedes Einzelnen.</translation>
        </message>
        <message>
            <source>Worked: contacts on the list the rep has logged a call or a visit with since the list came. The figures grow as the reps' laptops sync.</source>
            <translation>Bearbeitet: Kontakte der Liste, bei denen der Vertriebler seit Erhalt der Liste einen Anruf oder Besuch erfasst hat. Die Zahlen wachsen, sobald die Laptops der Vertriebler synchronisieren.</translation>
        </message>
    </context>
    <context>
        <name>CheatSheet</name>
        <message>
            <source>Everywhere</source>
            <translation>Überall</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Press F1 or ? anywhere outside a text field to see this sheet again.</source>
            <translation>F1 oder ? (außerhalb eines Textfelds) zeigt diese Übersicht jederzeit wieder.</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Lifecycle</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Last touch</source>
            <translation>Zuletzt</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Passung</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Kaufbereit</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>Next touch</source>
            <translation>Nächster Kontakt</translation>
        </message>
        <message>
            <source>Cadence</source>
            <translation>Rhythmus</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Nächster Schritt</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>Nächste Fälligkeit</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Käufe</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Empfehlungen</translation>
        </message>
        <message>
            <source>Days since purchase</source>
            <translation>Tage seit Kauf</translation>
        </message>
        <message>
            <source>Referrer</source>
            <translation>Empfehlungsgeber</translation>
        </message>
        <message>
            <source>Referred</source>
            <translation>Empfohlen</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Seit</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Value won</source>
            <translation>Gewonnener Wert</translation>
        </message>
        <message>
            <source>Thanked</source>
            <translation>Gedankt</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>noch nicht</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Datensatz</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Kept now</source>
            <translation>Jetzt gültig</translation>
        </message>
        <message>
            <source>Other value</source>
            <translation>Andere Fassung</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Gefunden</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Why the server refused it</source>
            <translation>Warum der Server sie abgelehnt hat</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Rep</source>
            <translation>Vertriebler</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>Zuletzt synchronisiert</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>PLZ</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Zuständig</translation>
        </message>
        <message>
            <source>Shared with</source>
            <translation>Geteilt mit</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Postcodes starting</source>
            <translation>PLZ beginnend mit</translation>
        </message>
        <message>
            <source>Go to</source>
            <translation>Geht an</translation>
        </message>
        <message>
            <source>Call list</source>
            <translation>Anrufliste</translation>
        </message>
        <message>
            <source>Worked</source>
            <translation>Bearbeitet</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>To</source>
            <translation>An</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Gebiet</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>Rückgängig</translation>
        </message>
    </context>
    <context>
        <name>CombineDialog</name>
        <message>
            <source>Combine both versions</source>
            <translation>Beide Fassungen zusammenführen</translation>
        </message>
        <message>
            <source>Write the %1 of %2 as it should be. Both versions are filled in to start.</source>
            <translation>Schreiben Sie „%1“ von %2 so, wie es sein soll. Zum Start stehen beide Fassungen darin.</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Conflicts</source>
            <translation>Konflikte</translation>
        </message>
        <message>
            <source>&amp;Keep this</source>
            <translation>&amp;Diese behalten</translation>
        </message>
        <message>
            <source>The value kept now stays; the other one is dropped.</source>
            <translation>Die jetzt gültige Fassung bleibt, die andere entfällt.</translation>
        </message>
        <message>
            <source>&amp;Take the other</source>
            <translation>Die &amp;andere nehmen</translation>
        </message>
        <message>
            <source>The other value replaces the one kept now.</source>
            <translation>Die andere Fassung ersetzt die jetzt gültige.</translation>
        </message>
        <message>
            <source>C&amp;ombine…</source>
            <translation>&amp;Zusammenführen…</translation>
        </message>
        <message>
            <source>Write one value from both versions.</source>
            <translation>Aus beiden Fassungen eine schreiben.</translation>
        </message>
        <message>
            <source>Both values were typed by someone. The later one is kept for now; nothing is lost until you choose. Your choice syncs to the team like any edit.</source>
            <translation>Beide Fassungen hat jemand getippt. Die spätere gilt vorerst; bis Sie wählen, geht nichts verloren. Ihre Wahl wird wie jede Änderung mit dem Team synchronisiert.</translation>
        </message>
        <message>
            <source>No conflicts</source>
            <translation>Keine Konflikte</translation>
        </message>
        <message>
            <source>A conflict appears when you and someone else (or you on another laptop) change the same text — a note, a name, an address — before syncing. Groundgame keeps the later version and lists the other one here, so you can keep either or combine them. Nothing anyone typed is lost.</source>
            <translation>Ein Konflikt entsteht, wenn Sie und jemand anderes (oder Sie auf einem anderen Laptop) denselben Text ändern – eine Notiz, einen Namen, eine Adresse –, bevor synchronisiert wurde. Groundgame behält die spätere Fassung und listet die andere hier auf, damit Sie eine davon behalten oder beide zusammenführen können. Nichts, was jemand getippt hat, geht verloren.</translation>
        </message>
        <message>
            <source>Changes the team server refused</source>
            <translation>Vom Teamserver abgelehnte Änderungen</translation>
        </message>
        <message>
            <source>These changes made on this laptop were not accepted by the team server, for the reason shown. The team's version of each record is back in your book.</source>
            <translation>Diese Änderungen von diesem Laptop hat der Teamserver aus dem genannten Grund nicht angenommen. Die Fassung des Teams ist wieder in Ihrem Buch.</translation>
        </message>
        <message>
            <source>&amp;Dismiss</source>
            <translation>Aus&amp;blenden</translation>
        </message>
        <message>
            <source>Remove these notices from the list.</source>
            <translation>Diese Hinweise aus der Liste entfernen.</translation>
        </message>
        <message>
            <source>%1 kept now (from %2)</source>
            <translation>%1, jetzt gültig (von %2)</translation>
        </message>
        <message>
            <source>The other version (from %1)</source>
            <translation>Die andere Fassung (von %1)</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
    </context>
    <context>
        <name>ConnectCalendarDialog</name>
        <message>
            <source>Connect a calendar</source>
            <translation>Kalender verbinden</translation>
        </message>
        <message>
            <source>Your appointments appear in this calendar, and moving or cancelling them there changes them here. Any CalDAV server works: Nextcloud, iCloud, Fastmail, Radicale …</source>
            <translation>Ihre Termine erscheinen in diesem Kalender, und wenn Sie sie dort verschieben oder absagen, ändert sich das auch hier. Jeder CalDAV-Server geht: Nextcloud, iCloud, Fastmail, Radicale …</translation>
        </message>
        <message>
            <source>https://cloud.example.com/remote.php/dav</source>
            <translation>https://cloud.example.com/remote.php/dav</translation>
        </message>
        <message>
            <source>Groundgame</source>
            <translation>Groundgame</translation>
        </message>
        <message>
            <source>&amp;Server address:</source>
            <translation>&amp;Serveradresse:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Benutzername:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <source>&amp;Calendar:</source>
            <translation>&amp;Kalender:</translation>
        </message>
        <message>
            <source>The calendar is made if it is not there. The password is kept in your computer's keyring, never in the book. Events you add to this calendar yourself are left alone.</source>
            <translation>Gibt es den Kalender noch nicht, wird er angelegt. Das Passwort liegt im Schlüsselbund Ihres Computers, nie im Buch. Termine, die Sie selbst in diesen Kalender eintragen, bleiben unberührt.</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Verbinden</translation>
        </message>
        <message>
            <source>Enter the address of your calendar server.</source>
            <translation>Geben Sie die Adresse Ihres Kalenderservers ein.</translation>
        </message>
        <message>
            <source>Enter your user name on the calendar server.</source>
            <translation>Geben Sie Ihren Benutzernamen auf dem Kalenderserver ein.</translation>
        </message>
        <message>
            <source>Enter your password for the calendar server.</source>
            <translation>Geben Sie Ihr Passwort für den Kalenderserver ein.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Verbinde …</translation>
        </message>
        <message>
            <source>The server refused this user name or password.</source>
            <translation>Der Server hat diesen Benutzernamen oder dieses Passwort abgelehnt.</translation>
        </message>
        <message>
            <source>Cannot reach the calendar server. Check the address and that you are online.</source>
            <translation>Der Kalenderserver ist nicht erreichbar. Prüfen Sie die Adresse und ob Sie online sind.</translation>
        </message>
    </context>
    <context>
        <name>ContactDetailPane</name>
        <message>
            <source>poor fit</source>
            <translation>passt kaum</translation>
        </message>
        <message>
            <source>ideal customer</source>
            <translation>idealer Kunde</translation>
        </message>
        <message>
            <source>cold</source>
            <translation>kalt</translation>
        </message>
        <message>
            <source>ready to buy</source>
            <translation>kaufbereit</translation>
        </message>
        <message>
            <source>F&amp;it</source>
            <translation>Pass&amp;ung</translation>
        </message>
        <message>
            <source>Rea&amp;diness</source>
            <translation>Kaufbe&amp;reitschaft</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten …</translation>
        </message>
        <message>
            <source>Edit this contact (F2)</source>
            <translation>Diesen Kontakt bearbeiten (F2)</translation>
        </message>
        <message>
            <source>S&amp;tate…</source>
            <translation>S&amp;tatus …</translation>
        </message>
        <message>
            <source>Park, not a fit, do not contact, or active again</source>
            <translation>Parken, passt nicht, nicht kontaktieren oder wieder aktiv</translation>
        </message>
        <message>
            <source>Add &amp;note…</source>
            <translation>&amp;Notiz …</translation>
        </message>
        <message>
            <source>New dea&amp;l…</source>
            <translation>&amp;Verkaufschance …</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Verkaufschancen</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Empfehlungen</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Choose a contact to see everything about them.</source>
            <translation>Wählen Sie einen Kontakt, um alles über ihn zu sehen.</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 bei %2</translation>
        </message>
        <message>
            <source>Tags: %1</source>
            <translation>Schlagwörter: %1</translation>
        </message>
        <message>
            <source>Referrals (%1)</source>
            <translation>Empfehlungen (%1)</translation>
        </message>
        <message>
            <source>Deals (%1)</source>
            <translation>Verkaufschancen (%1)</translation>
        </message>
        <message>
            <source>%1 until %2</source>
            <translation>%1 bis %2</translation>
        </message>
        <message>
            <source>touch due %1</source>
            <translation>Kontakt fällig %1</translation>
        </message>
        <message>
            <source>last touch %1</source>
            <translation>letzter Kontakt %1</translation>
        </message>
        <message>
            <source>never touched</source>
            <translation>nie kontaktiert</translation>
        </message>
        <message>
            <source>Open in maps</source>
            <translation>In Karte öffnen</translation>
        </message>
        <message>
            <source>No phone or e-mail yet.</source>
            <translation>Noch keine Telefonnummer oder E-Mail.</translation>
        </message>
        <message>
            <source>No deals yet. “New deal…” opens one.</source>
            <translation>Noch keine Verkaufschancen. „Neue Verkaufschance …“ legt eine an.</translation>
        </message>
        <message>
            <source>Address: %1</source>
            <translation>Adresse: %1</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Quelle: %1</translation>
        </message>
        <message>
            <source>In the book since %1</source>
            <translation>Im Kundenstamm seit %1</translation>
        </message>
        <message>
            <source>%n unanswered attempt</source>
            <translation>%n unbeantworteter Versuch</translation>
        </message>
        <message>
            <source>%n unanswered attempts in a row</source>
            <translation>%n unbeantwortete Versuche in Folge</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Notiz hinzufügen</translation>
        </message>
        <message>
            <source>Note about %1</source>
            <translation>Notiz zu %1</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>not rated</source>
            <translation>nicht bewertet</translation>
        </message>
        <message>
            <source>Edit contact</source>
            <translation>Kontakt bearbeiten</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Neuer Kontakt</translation>
        </message>
        <message>
            <source>Type to find an account</source>
            <translation>Tippen, um einen Account zu finden</translation>
        </message>
        <message>
            <source>comma separated, e.g. vip, trade fair</source>
            <translation>durch Kommas getrennt, z. B. vip, messe</translation>
        </message>
        <message>
            <source>poor fit</source>
            <translation>passt kaum</translation>
        </message>
        <message>
            <source>ideal customer</source>
            <translation>idealer Kunde</translation>
        </message>
        <message>
            <source>cold</source>
            <translation>kalt</translation>
        </message>
        <message>
            <source>ready to buy</source>
            <translation>kaufbereit</translation>
        </message>
        <message>
            <source>Who brought this contact?</source>
            <translation>Wer hat diesen Kontakt vermittelt?</translation>
        </message>
        <message>
            <source>+ &amp;Phone</source>
            <translation>+ Tele&amp;fon</translation>
        </message>
        <message>
            <source>+ E-&amp;mail</source>
            <translation>+ E-&amp;Mail</translation>
        </message>
        <message>
            <source>Rea&amp;diness</source>
            <translation>Kaufbe&amp;reitschaft</translation>
        </message>
        <message>
            <source>&amp;First name</source>
            <translation>&amp;Vorname</translation>
        </message>
        <message>
            <source>&amp;Last name</source>
            <translation>&amp;Nachname</translation>
        </message>
        <message>
            <source>&amp;Account</source>
            <translation>&amp;Account</translation>
        </message>
        <message>
            <source>&amp;Job title</source>
            <translation>&amp;Funktion</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-mails</source>
            <translation>E-Mails</translation>
        </message>
        <message>
            <source>&amp;Tags</source>
            <translation>&amp;Schlagwörter</translation>
        </message>
        <message>
            <source>Lif&amp;ecycle</source>
            <translation>&amp;Phase</translation>
        </message>
        <message>
            <source>F&amp;it</source>
            <translation>Pass&amp;ung</translation>
        </message>
        <message>
            <source>&amp;Referred by</source>
            <translation>&amp;Empfohlen von</translation>
        </message>
        <message>
            <source>&amp;Source</source>
            <translation>&amp;Quelle</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Straße</translation>
        </message>
        <message>
            <source>Postcode, city</source>
            <translation>PLZ, Ort</translation>
        </message>
        <message>
            <source>Coor&amp;dinates</source>
            <translation>Koor&amp;dinaten</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>N&amp;otizen</translation>
        </message>
        <message>
            <source>&amp;Open the existing contact</source>
            <translation>Vorhandenen Kontakt ö&amp;ffnen</translation>
        </message>
        <message>
            <source>e.g. 0151 2345 6789</source>
            <translation>z. B. 0151 2345 6789</translation>
        </message>
        <message>
            <source>name@example.com</source>
            <translation>name@beispiel.de</translation>
        </message>
        <message>
            <source>Cannot save yet: %1</source>
            <translation>Noch nicht speicherbar: %1</translation>
        </message>
        <message>
            <source>This looks like a contact you already have:</source>
            <translation>Das sieht nach einem Kontakt aus, den Sie schon haben:</translation>
        </message>
        <message>
            <source>Save again to keep both, or open the existing one.</source>
            <translation>Speichern Sie noch einmal, um beide zu behalten, oder öffnen Sie den vorhandenen.</translation>
        </message>
        <message>
            <source>Sa&amp;ve anyway</source>
            <translation>&amp;Trotzdem speichern</translation>
        </message>
    </context>
    <context>
        <name>ContactPicker</name>
        <message>
            <source>Searc&amp;h:</source>
            <translation>Suc&amp;he:</translation>
        </message>
        <message>
            <source>a person or an account</source>
            <translation>eine Person oder ein Account</translation>
        </message>
        <message>
            <source>A&amp;dd to the list</source>
            <translation>Zur Liste hinzufü&amp;gen</translation>
        </message>
        <message>
            <source>Add the chosen contacts (Enter adds the current one).</source>
            <translation>Die gewählten Kontakte hinzufügen (Eingabe fügt den aktuellen hinzu).</translation>
        </message>
        <message>
            <source>Add all &amp;found</source>
            <translation>Alle G&amp;efundenen hinzufügen</translation>
        </message>
        <message>
            <source>Paste &amp;contact ids…</source>
            <translation>&amp;Kontakt-IDs einfügen…</translation>
        </message>
        <message>
            <source>Remo&amp;ve from the list</source>
            <translation>Von der Liste entfe&amp;rnen</translation>
        </message>
        <message>
            <source>The first %1 found. Narrow the search to see the others.</source>
            <translation>Die ersten %1 Treffer. Grenzen Sie die Suche ein, um die übrigen zu sehen.</translation>
        </message>
        <message>
            <source>%n contact found</source>
            <translation>%n Kontakt gefunden</translation>
        </message>
        <message>
            <source>%n contacts found</source>
            <translation>%n Kontakte gefunden</translation>
        </message>
        <message>
            <source>%n contact on the list</source>
            <translation>%n Kontakt auf der Liste</translation>
        </message>
        <message>
            <source>%n contacts on the list</source>
            <translation>%n Kontakte auf der Liste</translation>
        </message>
        <message>
            <source>%n contact added.</source>
            <translation>%n Kontakt hinzugefügt.</translation>
        </message>
        <message>
            <source>%n contacts added.</source>
            <translation>%n Kontakte hinzugefügt.</translation>
        </message>
        <message>
            <source>%n id is no contact on the team server: %1</source>
            <translation>%n ID ist kein Kontakt auf dem Teamserver: %1</translation>
        </message>
        <message>
            <source>%n ids are no contacts on the team server: %1</source>
            <translation>%n IDs sind keine Kontakte auf dem Teamserver: %1</translation>
        </message>
    </context>
    <context>
        <name>ContactsPanel</name>
        <message>
            <source>Filter by name, company, e-mail, tag, note or phone number…</source>
            <translation>Nach Name, Firma, E-Mail, Schlagwort, Notiz oder Telefonnummer filtern …</translation>
        </message>
        <message>
            <source>Every lifecycle</source>
            <translation>Alle Phasen</translation>
        </message>
        <message>
            <source>Every state</source>
            <translation>Jeder Status</translation>
        </message>
        <message>
            <source>Every tier</source>
            <translation>Alle Stufen</translation>
        </message>
        <message>
            <source>Every tag</source>
            <translation>Alle Schlagwörter</translation>
        </message>
        <message>
            <source>&amp;New contact…</source>
            <translation>&amp;Neuer Kontakt …</translation>
        </message>
        <message>
            <source>Add a contact (Ctrl+Shift+N)</source>
            <translation>Einen Kontakt anlegen (Strg+Umschalt+N)</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten …</translation>
        </message>
        <message>
            <source>&amp;State…</source>
            <translation>&amp;Status …</translation>
        </message>
        <message>
            <source>Add &amp;tag…</source>
            <translation>Schlag&amp;wort hinzufügen …</translation>
        </message>
        <message>
            <source>&amp;Remove tag…</source>
            <translation>Schlagwort &amp;entfernen …</translation>
        </message>
        <message>
            <source>Set t&amp;ier of their accounts…</source>
            <translation>Stufe ihrer &amp;Accounts setzen …</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>&amp;Filter</source>
            <translation>&amp;Filtern</translation>
        </message>
        <message>
            <source>%n contact</source>
            <translation>%n Kontakt</translation>
        </message>
        <message>
            <source>%n contacts</source>
            <translation>%n Kontakte</translation>
        </message>
        <message>
            <source>Add tag</source>
            <translation>Schlagwort hinzufügen</translation>
        </message>
        <message>
            <source>Tag for %n contact</source>
            <translation>Schlagwort für %n Kontakt</translation>
        </message>
        <message>
            <source>Tag for %n contacts</source>
            <translation>Schlagwort für %n Kontakte</translation>
        </message>
        <message>
            <source>Remove tag</source>
            <translation>Schlagwort entfernen</translation>
        </message>
        <message>
            <source>Tag to remove from %n contact</source>
            <translation>Schlagwort, das von %n Kontakt entfernt wird</translation>
        </message>
        <message>
            <source>Tag to remove from %n contacts</source>
            <translation>Schlagwort, das von %n Kontakten entfernt wird</translation>
        </message>
        <message>
            <source>Set tier</source>
            <translation>Stufe setzen</translation>
        </message>
        <message>
            <source>None of these contacts belongs to an account.</source>
            <translation>Keiner dieser Kontakte gehört zu einem Account.</translation>
        </message>
        <message>
            <source>no tier</source>
            <translation>keine Stufe</translation>
        </message>
        <message>
            <source>Tier for %n account</source>
            <translation>Stufe für %n Account</translation>
        </message>
        <message>
            <source>Tier for %n accounts</source>
            <translation>Stufe für %n Accounts</translation>
        </message>
        <message>
            <source>Delete contacts</source>
            <translation>Kontakte löschen</translation>
        </message>
        <message>
            <source>Delete %n contact with its planned calls and open deals? Undo brings it back.</source>
            <translation>%n Kontakt mit geplanten Anrufen und offenen Verkaufschancen löschen? „Rückgängig“ holt ihn zurück.</translation>
        </message>
        <message>
            <source>Delete %n contacts with their planned calls and open deals? Undo brings them back.</source>
            <translation>%n Kontakte mit geplanten Anrufen und offenen Verkaufschancen löschen? „Rückgängig“ holt sie zurück.</translation>
        </message>
    </context>
    <context>
        <name>ContactsView</name>
        <message>
            <source>&amp;People</source>
            <translation>&amp;Personen</translation>
        </message>
        <message>
            <source>&amp;Accounts</source>
            <translation>&amp;Accounts</translation>
        </message>
    </context>
    <context>
        <name>CoordinatesEdit</name>
        <message>
            <source>latitude, longitude — e.g. 50.9375, 6.9603 or geo:…</source>
            <translation>Breite, Länge – z. B. 50,9375; 6,9603 oder geo:…</translation>
        </message>
        <message>
            <source>Where the place is (for the day's route and maps); an address alone works too</source>
            <translation>Wo der Ort liegt (für die Tagesroute und Karten); eine Adresse allein geht auch</translation>
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
        <name>DayColumn</name>
        <message>
            <source>Capacity: %1 items</source>
            <translation>Kapazität: %1 Einträge</translation>
        </message>
        <message>
            <source>Backlog: %1 more waiting</source>
            <translation>Rückstand: %1 weitere warten</translation>
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
        <name>DealDialog</name>
        <message>
            <source>New deal</source>
            <translation>Neue Verkaufschance</translation>
        </message>
        <message>
            <source>cold</source>
            <translation>kalt</translation>
        </message>
        <message>
            <source>ready to buy</source>
            <translation>kaufbereit</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <source>&amp;Value</source>
            <translation>&amp;Wert</translation>
        </message>
        <message>
            <source>Expected &amp;close</source>
            <translation>Erwarteter &amp;Abschluss</translation>
        </message>
        <message>
            <source>&amp;Readiness</source>
            <translation>&amp;Kaufbereitschaft</translation>
        </message>
        <message>
            <source>Cannot save yet: %1</source>
            <translation>Noch nicht speicherbar: %1</translation>
        </message>
    </context>
    <context>
        <name>DealDialogs</name>
        <message>
            <source>price</source>
            <translation>Preis</translation>
        </message>
        <message>
            <source>went with a competitor</source>
            <translation>Wettbewerber gewählt</translation>
        </message>
        <message>
            <source>no budget</source>
            <translation>kein Budget</translation>
        </message>
        <message>
            <source>timing</source>
            <translation>Zeitpunkt</translation>
        </message>
        <message>
            <source>no decision</source>
            <translation>keine Entscheidung</translation>
        </message>
    </context>
    <context>
        <name>Display</name>
        <message>
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>morgen</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>gestern</translation>
        </message>
        <message>
            <source>in %n day</source>
            <translation>in %n Tag</translation>
        </message>
        <message>
            <source>in %n days</source>
            <translation>in %n Tagen</translation>
        </message>
        <message>
            <source>%n day ago</source>
            <translation>vor %n Tag</translation>
        </message>
        <message>
            <source>%n days ago</source>
            <translation>vor %n Tagen</translation>
        </message>
        <message>
            <source>%1 done</source>
            <translation>%1 erledigt</translation>
        </message>
        <message>
            <source>day off</source>
            <translation>frei</translation>
        </message>
        <message>
            <source>%1 planned</source>
            <translation>%1 geplant</translation>
        </message>
        <message>
            <source>backlog %1</source>
            <translation>Rückstand %1</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <source>Find duplicates</source>
            <translation>Dubletten finden</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Behalten</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Zusammenführen</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Phones and e-mails</source>
            <translation>Telefon und E-Mail</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Aktivitäten</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Seit</translation>
        </message>
        <message>
            <source>&amp;Merge into the kept contact</source>
            <translation>In den behaltenen Kontakt &amp;zusammenführen</translation>
        </message>
        <message>
            <source>&amp;Skip</source>
            <translation>Ü&amp;berspringen</translation>
        </message>
        <message>
            <source>Merging moves activities, deals, purchases, referrals, notes, phones, e-mails and tags to the kept contact. Edit ▸ Undo takes a merge back.</source>
            <translation>Beim Zusammenführen wandern Aktivitäten, Verkaufschancen, Käufe, Empfehlungen, Notizen, Telefonnummern, E-Mails und Schlagwörter zum behaltenen Kontakt. Bearbeiten ▸ Rückgängig nimmt es zurück.</translation>
        </message>
        <message>
            <source>%n group of possible duplicates</source>
            <translation>%n Gruppe möglicher Dubletten</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>%n groups of possible duplicates</source>
            <translation>%n Gruppen möglicher Dubletten</translation>
        </message>
        <message>
            <source>No duplicates left.</source>
            <translation>Keine Dubletten mehr.</translation>
        </message>
        <message>
            <source>&amp;Merge into the kept record</source>
            <translation>In den behaltenen Eintrag &amp;zusammenführen</translation>
        </message>
        <message>
            <source>These look like one company or household: %1.</source>
            <translation>Das scheint dieselbe Firma oder derselbe Haushalt zu sein: %1.</translation>
        </message>
        <message>
            <source>&amp;Merge into the kept account</source>
            <translation>In den behaltenen Account &amp;zusammenführen</translation>
        </message>
        <message>
            <source>Merging moves people, activities, deals, purchases and notes to the kept account and fills its empty fields. Edit ▸ Undo takes a merge back.</source>
            <translation>Beim Zusammenführen wandern Personen, Aktivitäten, Verkaufschancen, Käufe und Notizen zum behaltenen Account, und seine leeren Felder werden gefüllt. Bearbeiten ▸ Rückgängig nimmt es zurück.</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Phone and website</source>
            <translation>Telefon und Website</translation>
        </message>
        <message>
            <source>These look like one person: %1.</source>
            <translation>Das scheint dieselbe Person zu sein: %1.</translation>
        </message>
        <message>
            <source>Tick at least one record to merge.</source>
            <translation>Kreuzen Sie mindestens einen Eintrag zum Zusammenführen an.</translation>
        </message>
        <message>
            <source>Merged %n record into %1.</source>
            <translation>%n Eintrag in %1 zusammengeführt.</translation>
        </message>
        <message>
            <source>Merged %n records into %1.</source>
            <translation>%n Einträge in %1 zusammengeführt.</translation>
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
            <source>&amp;List every activity too (a sheet per million rows)</source>
            <translation>&amp;Auch jede Aktivität auflisten (ein Blatt je Million Zeilen)</translation>
        </message>
        <message>
            <source>Adds the Activities sheet: one row per activity of the period, for filtering and pivot tables. A year of a busy book takes a minute or more.</source>
            <translation>Fügt das Blatt Aktivitäten hinzu: eine Zeile je Aktivität des Zeitraums, zum Filtern und für Pivot-Tabellen. Ein Jahr eines vollen Bestands dauert eine Minute oder länger.</translation>
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
            <source>Totals, goals, charts, weeks and days, outcomes, stage conversion, coverage and notable outcomes.</source>
            <translation>Summen, Ziele, Diagramme, Wochen und Tage, Ergebnisse, Phasen-Konversion, Abdeckung und bemerkenswerte Ergebnisse.</translation>
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
        <name>FirstRun</name>
        <message>
            <source>Welcome to Groundgame</source>
            <translation>Willkommen bei Groundgame</translation>
        </message>
        <message>
            <source>Every morning Groundgame shows whom to call and visit today, and schedules the next step the moment you log what happened. How would you like to begin?</source>
            <translation>Jeden Morgen zeigt Groundgame, wen Sie heute anrufen und besuchen, und plant den nächsten Schritt, sobald Sie eintragen, was passiert ist. Wie möchten Sie beginnen?</translation>
        </message>
        <message>
            <source>Remove &amp;demo data…</source>
            <translation>&amp;Demodaten entfernen …</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>Wie das System</translation>
        </message>
        <message>
            <source>%1 — demo data</source>
            <translation>%1 — Demodaten</translation>
        </message>
        <message>
            <source>This book holds made-up demo customers. Look around as you like; when you start for real, remove them in one step — contacts you added yourself stay.</source>
            <translation>Dieses Buch enthält erfundene Demo-Kunden. Schauen Sie sich in Ruhe um; wenn Sie richtig loslegen, entfernen Sie sie mit einem Schritt — selbst angelegte Kontakte bleiben.</translation>
        </message>
        <message>
            <source>Remove demo data…</source>
            <translation>Demodaten entfernen …</translation>
        </message>
        <message>
            <source>Remove demo data</source>
            <translation>Demodaten entfernen</translation>
        </message>
        <message>
            <source>Remove every made-up customer with their history? Contacts you added yourself stay. A backup of the book as it is now is saved first.</source>
            <translation>Alle erfundenen Kunden mit ihrem Verlauf entfernen? Selbst angelegte Kontakte bleiben. Vorher wird eine Sicherung des jetzigen Buchs gespeichert.</translation>
        </message>
        <message>
            <source>Removed %1 demo contacts and %2 companies.</source>
            <translation>%1 Demo-Kontakte und %2 Firmen entfernt.</translation>
        </message>
        <message>
            <source>%1 demo companies stay, because contacts you added work there.</source>
            <translation>%1 Demo-Firmen bleiben, weil selbst angelegte Kontakte dort arbeiten.</translation>
        </message>
    </context>
    <context>
        <name>FunnelModel</name>
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
            <source>Won</source>
            <translation>Gewonnen</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Verloren</translation>
        </message>
        <message>
            <source>Still open</source>
            <translation>Noch offen</translation>
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
        <name>HandoverDialog</name>
        <message>
            <source>Hand over a book</source>
            <translation>Bestand übergeben</translation>
        </message>
        <message>
            <source>A rep's accounts and contacts — all of them, or those in one postcode area — go to another rep in one step, with their planned calls and visits, open deals and cadences. The work already done stays with whoever did it in the team's reports. You can undo a handover.</source>
            <translation>Die Accounts und Kontakte eines Vertrieblers — alle oder die eines PLZ-Gebiets — gehen in einem Schritt an einen anderen, mit geplanten Anrufen und Besuchen, offenen Deals und Kadenzen. Bereits geleistete Arbeit bleibt in den Teamberichten bei dem, der sie geleistet hat. Eine Übergabe lässt sich rückgängig machen.</translation>
        </message>
        <message>
            <source>empty: the whole book</source>
            <translation>leer: der ganze Bestand</translation>
        </message>
        <message>
            <source>&amp;Hand over…</source>
            <translation>&amp;Übergeben…</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Von:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;An:</translation>
        </message>
        <message>
            <source>Postcode &amp;area:</source>
            <translation>&amp;PLZ-Gebiet:</translation>
        </message>
        <message>
            <source>&amp;Undo the chosen handover…</source>
            <translation>Gewählte Übergabe &amp;rückgängig machen…</translation>
        </message>
        <message>
            <source>Recent handovers</source>
            <translation>Letzte Übergaben</translation>
        </message>
        <message>
            <source>No rep owns any accounts or contacts yet.</source>
            <translation>Noch keinem Vertriebler gehören Accounts oder Kontakte.</translation>
        </message>
        <message>
            <source>%1 has %2 with a postcode starting %3.</source>
            <translation>%1 hat %2 mit einer PLZ, die mit %3 beginnt.</translation>
        </message>
        <message>
            <source>%1 has %2.</source>
            <translation>%1 hat %2.</translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <translation>%1 und %2</translation>
        </message>
        <message>
            <source>%n account</source>
            <translation>%n Account</translation>
        </message>
        <message>
            <source>%n accounts</source>
            <translation>%n Accounts</translation>
        </message>
        <message>
            <source>%n contact</source>
            <translation>%n Kontakt</translation>
        </message>
        <message>
            <source>%n contacts</source>
            <translation>%n Kontakte</translation>
        </message>
        <message>
            <source>more than %1</source>
            <translation>mehr als %1</translation>
        </message>
        <message>
            <source>Choose another rep to hand the book to.</source>
            <translation>Wählen Sie einen anderen Vertriebler, der den Bestand übernimmt.</translation>
        </message>
        <message>
            <source>%1's accounts and contacts with a postcode starting %2</source>
            <translation>die Accounts und Kontakte von %1 mit einer PLZ, die mit %2 beginnt,</translation>
        </message>
        <message>
            <source>%1's whole book</source>
            <translation>den ganzen Bestand von %1</translation>
        </message>
        <message>
            <source>Hand %1 over to %2?</source>
            <translation>%1 an %2 übergeben?</translation>
        </message>
        <message>
            <source>%1 become %2's, with their planned calls and visits, open deals and cadences. What %3 has done stays %3's in the team's reports. The laptops follow at their next sync. You can undo this handover.</source>
            <translation>%1 gehen an %2, mit geplanten Anrufen und Besuchen, offenen Deals und Kadenzen. Was %3 geleistet hat, bleibt in den Teamberichten bei %3. Die Laptops ziehen bei ihrer nächsten Synchronisierung nach. Diese Übergabe lässt sich rückgängig machen.</translation>
        </message>
        <message>
            <source>&amp;Hand over</source>
            <translation>&amp;Übergeben</translation>
        </message>
        <message>
            <source>%1, %2, %3 and %4</source>
            <translation>%1, %2, %3 und %4</translation>
        </message>
        <message>
            <source>%n activity</source>
            <translation>%n Aktivität</translation>
        </message>
        <message>
            <source>%n activities</source>
            <translation>%n Aktivitäten</translation>
        </message>
        <message>
            <source>%n deal</source>
            <translation>%n Deal</translation>
        </message>
        <message>
            <source>%n deals</source>
            <translation>%n Deals</translation>
        </message>
        <message>
            <source>Handover %1: %2 are now %3's. The work %4 did stays %4's in the reports.</source>
            <translation>Übergabe %1: %2 gehören jetzt %3. Die Arbeit von %4 bleibt in den Berichten bei %4.</translation>
        </message>
        <message>
            <source>U&amp;ndo this handover</source>
            <translation>Diese Übergabe rückgängig &amp;machen</translation>
        </message>
        <message>
            <source>Undo a handover</source>
            <translation>Übergabe rückgängig machen</translation>
        </message>
        <message>
            <source>Give the accounts and contacts of handover %1 back from %2 to %3, with whatever was added to them since?</source>
            <translation>Die Accounts und Kontakte der Übergabe %1 von %2 an %3 zurückgeben, mit allem, was seither dazugekommen ist?</translation>
        </message>
        <message>
            <source>Handover %1 undone: %2 are %3's again.</source>
            <translation>Übergabe %1 rückgängig gemacht: %2 gehören wieder %3.</translation>
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
            <source>Check &amp;in (I)</source>
            <translation>E&amp;inchecken (I)</translation>
        </message>
        <message>
            <source>Arrived: the time on site starts now</source>
            <translation>Angekommen: die Zeit vor Ort beginnt jetzt</translation>
        </message>
        <message>
            <source>Check &amp;out… (O)</source>
            <translation>A&amp;uschecken … (O)</translation>
        </message>
        <message>
            <source>Leaving: write the visit report and log the visit</source>
            <translation>Gehen: Besuchsbericht schreiben und den Besuch erfassen</translation>
        </message>
        <message>
            <source>Correct times…</source>
            <translation>Zeiten korrigieren …</translation>
        </message>
        <message>
            <source>Edit report…</source>
            <translation>Bericht bearbeiten…</translation>
        </message>
        <message>
            <source>Correct whom you met, the topics, the order or the note</source>
            <translation>Gesprächspartner, Themen, Auftrag oder Notiz korrigieren</translation>
        </message>
        <message>
            <source>Open in maps</source>
            <translation>In Karte öffnen</translation>
        </message>
        <message>
            <source>Show the place in a map application (Ctrl+M)</source>
            <translation>Den Ort in einer Karten-App zeigen (Strg+M)</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>The book is open read-only: nothing can be logged.</source>
            <translation>Der Kundenstamm ist schreibgeschützt geöffnet: Es kann nichts protokolliert werden.</translation>
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
            <source>On site since %1</source>
            <translation>Vor Ort seit %1</translation>
        </message>
        <message>
            <source>%1 min on site</source>
            <translation>%1 Min. vor Ort</translation>
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
            <source>met %1</source>
            <translation>getroffen: %1</translation>
        </message>
        <message>
            <source>No history yet.</source>
            <translation>Noch kein Verlauf.</translation>
        </message>
    </context>
    <context>
        <name>Keys</name>
        <message>
            <source>Today's list</source>
            <translation>Heutige Liste</translation>
        </message>
        <message>
            <source>Log the outcome on that button</source>
            <translation>Ergebnis dieser Schaltfläche eintragen</translation>
        </message>
        <message>
            <source>Log the most common outcome</source>
            <translation>Häufigstes Ergebnis eintragen</translation>
        </message>
        <message>
            <source>Not today (bury)</source>
            <translation>Nicht heute (zurückstellen)</translation>
        </message>
        <message>
            <source>Park until a date</source>
            <translation>Bis zu einem Datum parken</translation>
        </message>
        <message>
            <source>Reschedule</source>
            <translation>Verschieben</translation>
        </message>
        <message>
            <source>Write a note</source>
            <translation>Notiz schreiben</translation>
        </message>
        <message>
            <source>Pick another next date</source>
            <translation>Anderes nächstes Datum wählen</translation>
        </message>
        <message>
            <source>Call the first number</source>
            <translation>Erste Nummer anrufen</translation>
        </message>
        <message>
            <source>Check in at the visit</source>
            <translation>Beim Besuch einchecken</translation>
        </message>
        <message>
            <source>Check out of the visit (the visit report)</source>
            <translation>Beim Besuch auschecken (Besuchsbericht)</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Previous / next stage</source>
            <translation>Vorige / nächste Phase</translation>
        </message>
        <message>
            <source>Move the deal a stage back / on</source>
            <translation>Geschäft eine Phase zurück / weiter</translation>
        </message>
        <message>
            <source>Win the deal</source>
            <translation>Geschäft gewonnen</translation>
        </message>
        <message>
            <source>Lose the deal (asks why)</source>
            <translation>Geschäft verloren (fragt nach dem Grund)</translation>
        </message>
        <message>
            <source>Power hour</source>
            <translation>Power-Stunde</translation>
        </message>
        <message>
            <source>Skip to the next item</source>
            <translation>Zum nächsten Eintrag springen</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Lead</source>
            <translation>Lead</translation>
        </message>
        <message>
            <source>Prospect</source>
            <translation>Interessent</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Parked</source>
            <translation>Geparkt</translation>
        </message>
        <message>
            <source>Not a fit</source>
            <translation>Passt nicht</translation>
        </message>
        <message>
            <source>Do not contact</source>
            <translation>Nicht kontaktieren</translation>
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
            <translation>Termin vereinbart</translation>
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
            <source>Champions</source>
            <translation>Champions</translation>
        </message>
        <message>
            <source>Loyal</source>
            <translation>Treu</translation>
        </message>
        <message>
            <source>Potential</source>
            <translation>Potenzial</translation>
        </message>
        <message>
            <source>New customers</source>
            <translation>Neukunden</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>Gefährdet</translation>
        </message>
        <message>
            <source>Hibernating</source>
            <translation>Eingeschlafen</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>Im Plan</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
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
            <source>Submitted</source>
            <translation>Eingegangen</translation>
        </message>
        <message>
            <source>Qualified</source>
            <translation>Qualifiziert</translation>
        </message>
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
            <translation>Keine Antwort</translation>
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
            <translation>Erreicht</translation>
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
            <source>Order taken</source>
            <translation>Auftrag erhalten</translation>
        </message>
        <message>
            <source>Referral given</source>
            <translation>Empfehlung erhalten</translation>
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
            <source>Fixed times</source>
            <translation>Feste Zeiten</translation>
        </message>
        <message>
            <source>Call lists from your manager</source>
            <translation>Anruflisten von Ihrer Vertriebsleitung</translation>
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
            <source>Tier %1</source>
            <translation>Stufe %1</translation>
        </message>
        <message>
            <source>same phone number</source>
            <translation>gleiche Telefonnummer</translation>
        </message>
        <message>
            <source>same e-mail address</source>
            <translation>gleiche E-Mail-Adresse</translation>
        </message>
        <message>
            <source>similar name at the same company</source>
            <translation>ähnlicher Name bei derselben Firma</translation>
        </message>
        <message>
            <source>same website or e-mail domain</source>
            <translation>gleiche Website oder E-Mail-Domain</translation>
        </message>
        <message>
            <source>similar name in the same place</source>
            <translation>ähnlicher Name am selben Ort</translation>
        </message>
        <message>
            <source>mobile</source>
            <translation>mobil</translation>
        </message>
        <message>
            <source>work</source>
            <translation>geschäftlich</translation>
        </message>
        <message>
            <source>home</source>
            <translation>privat</translation>
        </message>
        <message>
            <source>other</source>
            <translation>sonstige</translation>
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
            <source>Latitude</source>
            <translation>Breitengrad</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>Längengrad</translation>
        </message>
        <message>
            <source>Coordinates (lat, lon or geo:)</source>
            <translation>Koordinaten (Breite, Länge oder geo:)</translation>
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
        <name>LostDialog</name>
        <message>
            <source>Deal lost</source>
            <translation>Verkaufschance verloren</translation>
        </message>
        <message>
            <source>Why was “%1” lost?</source>
            <translation>Warum ging „%1“ verloren?</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Groundgame</source>
            <translation>Groundgame</translation>
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
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>Open &amp;data folder</source>
            <translation>&amp;Datenordner öffnen</translation>
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
        <name>ManageTeam</name>
        <message>
            <source>no access</source>
            <translation>kein Zugang</translation>
        </message>
        <message>
            <source>manager</source>
            <translation>Leitung</translation>
        </message>
        <message>
            <source>rep</source>
            <translation>Vertrieb</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 von %2</translation>
        </message>
        <message>
            <source>undone %1</source>
            <translation>rückgängig %1</translation>
        </message>
        <message>
            <source>the whole book</source>
            <translation>der ganze Bestand</translation>
        </message>
        <message>
            <source>Manage the team</source>
            <translation>Team verwalten</translation>
        </message>
        <message>
            <source>&amp;Reps and accounts…</source>
            <translation>Vertriebler und Acc&amp;ounts…</translation>
        </message>
        <message>
            <source>&amp;Territories…</source>
            <translation>&amp;Gebiete…</translation>
        </message>
        <message>
            <source>Sh&amp;are an account…</source>
            <translation>Account &amp;teilen…</translation>
        </message>
        <message>
            <source>Send a call l&amp;ist…</source>
            <translation>Anruf&amp;liste senden…</translation>
        </message>
        <message>
            <source>&amp;Hand over a book…</source>
            <translation>Bestand &amp;übergeben…</translation>
        </message>
        <message>
            <source>%1 (no access)</source>
            <translation>%1 (kein Zugang)</translation>
        </message>
        <message>
            <source>%1 (manager)</source>
            <translation>%1 (Leitung)</translation>
        </message>
        <message>
            <source>e.g. 80</source>
            <translation>z. B. 80</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>&amp;Postcode:</source>
            <translation>&amp;PLZ:</translation>
        </message>
        <message>
            <source>Cit&amp;y:</source>
            <translation>&amp;Ort:</translation>
        </message>
        <message>
            <source>Tie&amp;r:</source>
            <translation>St&amp;ufe:</translation>
        </message>
        <message>
            <source>T&amp;ag:</source>
            <translation>T&amp;ag:</translation>
        </message>
        <message>
            <source>S&amp;tage:</source>
            <translation>Pha&amp;se:</translation>
        </message>
        <message>
            <source>R&amp;ep:</source>
            <translation>&amp;Zuständig:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
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
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Base</source>
            <translation>Stammkunden</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Berichte</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
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
        <name>PasteIdsDialog</name>
        <message>
            <source>Paste contact ids</source>
            <translation>Kontakt-IDs einfügen</translation>
        </message>
        <message>
            <source>Paste the ids of contacts, separated by spaces, commas or line breaks.</source>
            <translation>Fügen Sie die IDs von Kontakten ein, getrennt durch Leerzeichen, Kommas oder Zeilenumbrüche.</translation>
        </message>
    </context>
    <context>
        <name>PeriodPicker</name>
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
    </context>
    <context>
        <name>Pipeline</name>
        <message>
            <source>%n day in this stage</source>
            <translation>%n Tag in dieser Phase</translation>
        </message>
        <message>
            <source>%n days in this stage</source>
            <translation>%n Tage in dieser Phase</translation>
        </message>
        <message>
            <source>readiness %1 of 5</source>
            <translation>Kaufbereitschaft %1 von 5</translation>
        </message>
        <message>
            <source>nothing happened for %n day</source>
            <translation>seit %n Tag nichts passiert</translation>
        </message>
        <message>
            <source>nothing happened for %n days</source>
            <translation>seit %n Tagen nichts passiert</translation>
        </message>
        <message>
            <source>%1 d</source>
            <translation>%1 T</translation>
        </message>
    </context>
    <context>
        <name>PipelineView</name>
        <message>
            <source>d = days in the stage; a red edge: no activity for too long · ←/→ stage · Ctrl+→/Ctrl+← move the deal · W won · L lost · Enter open the contact</source>
            <translation>T = Tage in der Phase; roter Rand: zu lange keine Aktivität · ←/→ Phase · Strg+→/Strg+← Verkaufschance verschieben · W gewonnen · L verloren · Eingabe Kontakt öffnen</translation>
        </message>
        <message>
            <source>%n open deal</source>
            <translation>%n offene Verkaufschance</translation>
        </message>
        <message>
            <source>%n open deals</source>
            <translation>%n offene Verkaufschancen</translation>
        </message>
        <message>
            <source>%1 stalled (no activity for more than %2 days)</source>
            <translation>%1 stocken (seit mehr als %2 Tagen keine Aktivität)</translation>
        </message>
        <message>
            <source>win rate %1</source>
            <translation>Abschlussquote %1</translation>
        </message>
        <message>
            <source>&amp;Open contact</source>
            <translation>Kontakt ö&amp;ffnen</translation>
        </message>
        <message>
            <source>&amp;Move to</source>
            <translation>&amp;Verschieben nach</translation>
        </message>
        <message>
            <source>&amp;Won</source>
            <translation>&amp;Gewonnen</translation>
        </message>
        <message>
            <source>&amp;Lost…</source>
            <translation>V&amp;erloren …</translation>
        </message>
        <message>
            <source>&amp;Readiness</source>
            <translation>&amp;Kaufbereitschaft</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>nicht bewertet</translation>
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
            <source>Field days</source>
            <translation>Außendienst</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Allgemein</translation>
        </message>
        <message>
            <source>Tier cadences</source>
            <translation>Kontaktrhythmus</translation>
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
            <source>e.g. 50.9413, 6.9583 — empty: the first visit</source>
            <translation>z. B. 50,9413; 6,9583 – leer: der erste Besuch</translation>
        </message>
        <message>
            <source>Coordinates of your home or office (or a geo: URI), where the route begins</source>
            <translation>Koordinaten von Zuhause oder Büro (oder eine geo:-URI), wo die Route beginnt</translation>
        </message>
        <message>
            <source>The day's drive starts at</source>
            <translation>Die Tagesfahrt beginnt bei</translation>
        </message>
        <message>
            <source>Leaving at</source>
            <translation>Abfahrt um</translation>
        </message>
        <message>
            <source> km/h</source>
            <translation> km/h</translation>
        </message>
        <message>
            <source>Average driving speed</source>
            <translation>Durchschnittliche Fahrgeschwindigkeit</translation>
        </message>
        <message>
            <source>Roads are longer than the straight line: 1.3 in the country, more in towns</source>
            <translation>Straßen sind länger als die Luftlinie: 1,3 auf dem Land, mehr in Städten</translation>
        </message>
        <message>
            <source>Road factor (× straight line)</source>
            <translation>Umwegfaktor (× Luftlinie)</translation>
        </message>
        <message>
            <source>A visit takes</source>
            <translation>Ein Besuch dauert</translation>
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
            <source>A new language applies as soon as you press OK.</source>
            <translation>Eine neue Sprache gilt, sobald Sie OK drücken.</translation>
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
        <name>PriorityPanel</name>
        <message>
            <source>value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>Verzug</translation>
        </message>
        <message>
            <source>stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>intent</source>
            <translation>Absicht</translation>
        </message>
        <message>
            <source>Not in the queue: parked, out, or nothing due.</source>
            <translation>Nicht in der Warteschlange: geparkt, ausgeschieden oder nichts fällig.</translation>
        </message>
        <message>
            <source>Next in the queue on %1 (%2).</source>
            <translation>Wieder in der Warteschlange am %1 (%2).</translation>
        </message>
        <message>
            <source>In today's queue (%1) · priority %2 = 100 × %3</source>
            <translation>In der heutigen Warteschlange (%1) · Priorität %2 = 100 × %3</translation>
        </message>
        <message>
            <source>Priority = value/tier weight × relative overdueness × stage promise × recent intent. Fixed times come first whatever the score.</source>
            <translation>Priorität = Wert/Stufen-Gewicht × relativer Verzug × Aussicht der Phase × letzte Absicht. Feste Termine kommen unabhängig von der Priorität zuerst.</translation>
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
            <source>on site</source>
            <translation>vor Ort</translation>
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
            <source>on the call list %1</source>
            <translation>auf der Anrufliste %1</translation>
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
        <name>ReferralGraphWidget</name>
        <message>
            <source>Plan a &amp;thank-you call</source>
            <translation>&amp;Dankesanruf planen</translation>
        </message>
        <message>
            <source>Mark as t&amp;hanked</source>
            <translation>Als &amp;bedankt markieren</translation>
        </message>
        <message>
            <source>Thank the referrer</source>
            <translation>Empfehlungsgeber danken</translation>
        </message>
        <message>
            <source>Not referred by anyone.</source>
            <translation>Von niemandem empfohlen.</translation>
        </message>
        <message>
            <source>Referred by %1 on %2 — %3</source>
            <translation>Empfohlen von %1 am %2 – %3</translation>
        </message>
        <message>
            <source>thanked %1</source>
            <translation>bedankt am %1</translation>
        </message>
        <message>
            <source>not thanked yet</source>
            <translation>noch nicht bedankt</translation>
        </message>
        <message>
            <source>Has not referred anyone yet.</source>
            <translation>Hat noch niemanden empfohlen.</translation>
        </message>
        <message>
            <source>Referred %n person, who has bought %1 since.</source>
            <translation>Hat %n Person empfohlen, die seitdem für %1 gekauft hat.</translation>
        </message>
        <message>
            <source>Referred %n people; they have bought %1 since.</source>
            <translation>Hat %n Personen empfohlen; sie haben seitdem für %1 gekauft.</translation>
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
            <source>working days in a row with at least %1 calls, follow-ups or visits</source>
            <translation>Arbeitstage in Folge mit mindestens %1 Anrufen, Nachfassaktionen oder Besuchen</translation>
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
            <source>Won</source>
            <translation>Gewonnen</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Verloren</translation>
        </message>
        <message>
            <source>Still open</source>
            <translation>Noch offen</translation>
        </message>
        <message>
            <source>Stage conversion follows the deals that entered each stage in this period to where they stand on %1: moved on to a later stage (won included), lost, or still open. Conversion = moved on ÷ entered.</source>
            <translation>Die Phasen-Konversion verfolgt die Deals, die in diesem Zeitraum in eine Phase eingetreten sind, bis zu ihrem Stand am %1: in eine spätere Phase weitergekommen (gewonnene eingeschlossen), verloren oder noch offen. Konversion = weiter ÷ eingetreten.</translation>
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
            <source>Time on site</source>
            <translation>Zeit vor Ort</translation>
        </message>
        <message>
            <source>On site (min)</source>
            <translation>Vor Ort (Min.)</translation>
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
            <source>Summary</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Anteil</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Anzahl</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Seite %1 von %2</translation>
        </message>
        <message>
            <source>Team summary</source>
            <translation>Team-Übersicht</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Reps</source>
            <translation>Vertrieb</translation>
        </message>
        <message>
            <source>Per rep</source>
            <translation>Pro Person</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>Letzter Abgleich</translation>
        </message>
        <message>
            <source>never</source>
            <translation>noch nie</translation>
        </message>
        <message>
            <source>The team's figures are the sums of the reps' figures; rates are worked out from those sums. Work counts for the rep who did it, accounts and open deals for their owner now. A streak belongs to one rep.</source>
            <translation>Die Zahlen des Teams sind die Summen der Zahlen aller im Vertrieb; Quoten werden aus diesen Summen berechnet. Arbeit zählt für die Person, die sie getan hat, Firmen und offene Deals für ihren heutigen Besitzer. Eine Serie gehört einer Person.</translation>
        </message>
    </context>
    <context>
        <name>ReportsView</name>
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
            <source>Streak (days at goal)</source>
            <translation>Serie (Tage am Ziel)</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>Stage conversion</source>
            <translation>Phasen-Konversion</translation>
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
        <name>RepsAccountsDialog</name>
        <message>
            <source>Reps and accounts</source>
            <translation>Vertriebler und Accounts</translation>
        </message>
        <message>
            <source>Enter or a double-click lists this rep's accounts.</source>
            <translation>Eingabe oder Doppelklick zeigt die Accounts dieses Vertrieblers.</translation>
        </message>
        <message>
            <source>Reps</source>
            <translation>Vertriebler</translation>
        </message>
        <message>
            <source>&amp;Give to…</source>
            <translation>&amp;Geben an…</translation>
        </message>
        <message>
            <source>Give the chosen accounts, with all their contacts, to a rep.</source>
            <translation>Die gewählten Accounts mit allen Kontakten einem Vertriebler geben.</translation>
        </message>
        <message>
            <source>Give all that &amp;match…</source>
            <translation>Alle &amp;Treffer geben an…</translation>
        </message>
        <message>
            <source>Give every account the filter names — and the contacts without an account it names — to a rep.</source>
            <translation>Jeden Account, den der Filter nennt — und die Kontakte ohne Account, die er nennt — einem Vertriebler geben.</translation>
        </message>
        <message>
            <source>&amp;Share…</source>
            <translation>T&amp;eilen…</translation>
        </message>
        <message>
            <source>Let more reps see and work the chosen account.</source>
            <translation>Weitere Vertriebler den gewählten Account sehen und bearbeiten lassen.</translation>
        </message>
        <message>
            <source>No accounts match</source>
            <translation>Kein Account passt</translation>
        </message>
        <message>
            <source>No account on the team server matches this filter. Clear a field of the filter to see more.</source>
            <translation>Kein Account auf dem Teamserver passt zu diesem Filter. Leeren Sie ein Feld des Filters, um mehr zu sehen.</translation>
        </message>
        <message>
            <source>The team's accounts</source>
            <translation>Die Accounts des Teams</translation>
        </message>
        <message>
            <source>No reps yet</source>
            <translation>Noch keine Vertriebler</translation>
        </message>
        <message>
            <source>The team server knows no one but you. Your team's administrator adds each rep on the server (groundgame server add-user NAME); once they sign in and sync, their accounts show here.</source>
            <translation>Der Teamserver kennt außer Ihnen niemanden. Die Administration Ihres Teams legt jeden Vertriebler auf dem Server an (groundgame server add-user NAME); sobald er sich anmeldet und synchronisiert, erscheinen seine Accounts hier.</translation>
        </message>
        <message>
            <source>Re&amp;load</source>
            <translation>Neu &amp;laden</translation>
        </message>
        <message>
            <source>&amp;Try again</source>
            <translation>E&amp;rneut versuchen</translation>
        </message>
        <message>
            <source>The first %1 accounts. Narrow the filter to see the others.</source>
            <translation>Die ersten %1 Accounts. Grenzen Sie den Filter ein, um die übrigen zu sehen.</translation>
        </message>
        <message>
            <source>%n account</source>
            <translation>%n Account</translation>
        </message>
        <message>
            <source>%n accounts</source>
            <translation>%n Accounts</translation>
        </message>
        <message>
            <source>%n account matches</source>
            <translation>%n Account passt</translation>
        </message>
        <message>
            <source>%n accounts match</source>
            <translation>%n Accounts passen</translation>
        </message>
        <message>
            <source>“%1” with its %2 contacts</source>
            <translation>„%1“ mit seinen %2 Kontakten</translation>
        </message>
        <message>
            <source>%1 accounts with their %2 contacts</source>
            <translation>%1 Accounts mit ihren %2 Kontakten</translation>
        </message>
        <message>
            <source>Give to %1</source>
            <translation>An %1 geben</translation>
        </message>
        <message>
            <source>Give %1 to %2?</source>
            <translation>%1 an %2 geben?</translation>
        </message>
        <message>
            <source>more than %1</source>
            <translation>mehr als %1</translation>
        </message>
        <message>
            <source>Give all %1 accounts that match the filter to %2, with all their contacts? Contacts without an account that match it go too.</source>
            <translation>Alle %1 Accounts, die zum Filter passen, mit allen Kontakten an %2 geben? Passende Kontakte ohne Account gehen mit.</translation>
        </message>
        <message>
            <source>Their planned calls and visits, deals and notes go with them: %1's laptop gets them at its next sync, and the laptops of their owners now drop them. Work already done stays with whoever did it in the team's reports.</source>
            <translation>Geplante Anrufe und Besuche, Deals und Notizen gehen mit: Der Laptop von %1 bekommt sie bei der nächsten Synchronisierung, die Laptops der bisher Zuständigen geben sie ab. Bereits geleistete Arbeit bleibt in den Teamberichten bei dem, der sie geleistet hat.</translation>
        </message>
        <message>
            <source>&amp;Give</source>
            <translation>&amp;Geben</translation>
        </message>
        <message>
            <source>%n record</source>
            <translation>%n Datensatz</translation>
        </message>
        <message>
            <source>%n records</source>
            <translation>%n Datensätze</translation>
        </message>
        <message>
            <source>%1 and %2 are now %3's (%4 in all). They reach %3's laptop with its next sync.</source>
            <translation>%1 und %2 gehören jetzt %3 (insgesamt %4). Sie kommen mit der nächsten Synchronisierung auf den Laptop von %3.</translation>
        </message>
        <message>
            <source>%n contact</source>
            <translation>%n Kontakt</translation>
        </message>
        <message>
            <source>%n contacts</source>
            <translation>%n Kontakte</translation>
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
        <name>Route</name>
        <message>
            <source>%1 min</source>
            <translation>%1 Min.</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 Std. %2 Min.</translation>
        </message>
    </context>
    <context>
        <name>RouteModel</name>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Besuch</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>km</source>
            <translation>km</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Fahrt</translation>
        </message>
        <message>
            <source>No position: placed at the end (give the account or contact coordinates)</source>
            <translation>Keine Position: ans Ende gestellt (Firma oder Kontakt Koordinaten geben)</translation>
        </message>
        <message>
            <source>Cannot make %1: %2 min late</source>
            <translation>%1 nicht erreichbar: %2 Min. zu spät</translation>
        </message>
        <message>
            <source> (on site)</source>
            <translation> (vor Ort)</translation>
        </message>
        <message>
            <source>no position</source>
            <translation>keine Position</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 Min.</translation>
        </message>
    </context>
    <context>
        <name>RouteSheet</name>
        <message>
            <source>Route for %1</source>
            <translation>Route für %1</translation>
        </message>
        <message>
            <source>%1 km · %2 driving · %3 visits</source>
            <translation>%1 km · %2 Fahrt · %3 Besuche</translation>
        </message>
        <message>
            <source>Starts at your start point</source>
            <translation>Beginnt an Ihrem Startpunkt</translation>
        </message>
        <message>
            <source>Starts at the first visit</source>
            <translation>Beginnt beim ersten Besuch</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Besuch</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Cannot make %1: %2 min late</source>
            <translation>%1 nicht erreichbar: %2 Min. zu spät</translation>
        </message>
        <message>
            <source>No position: placed at the end</source>
            <translation>Keine Position: ans Ende gestellt</translation>
        </message>
        <message>
            <source>Distances are straight lines × %1; times at %2 km/h.</source>
            <translation>Entfernungen sind Luftlinie × %1; Zeiten bei %2 km/h.</translation>
        </message>
    </context>
    <context>
        <name>RouteTab</name>
        <message>
            <source>&amp;Apply order</source>
            <translation>Reihenfolge ü&amp;bernehmen</translation>
        </message>
        <message>
            <source>List today's visits in this order (undoable)</source>
            <translation>Die heutigen Besuche in dieser Reihenfolge listen (rückgängig machbar)</translation>
        </message>
        <message>
            <source>Print route &amp;sheet…</source>
            <translation>Routenblatt &amp;drucken …</translation>
        </message>
        <message>
            <source>A one-page PDF of the route for the glovebox</source>
            <translation>Ein einseitiges PDF der Route fürs Handschuhfach</translation>
        </message>
        <message>
            <source>&amp;Directions</source>
            <translation>&amp;Wegbeschreibung</translation>
        </message>
        <message>
            <source>Open the whole drive in a map application</source>
            <translation>Die ganze Fahrt in einer Karten-App öffnen</translation>
        </message>
        <message>
            <source>No visits on %1</source>
            <translation>Keine Besuche am %1</translation>
        </message>
        <message>
            <source>Visits planned for the day appear here in driving order.</source>
            <translation>Für den Tag geplante Besuche erscheinen hier in Fahrtreihenfolge.</translation>
        </message>
        <message>
            <source>%1: %2 km, %3 driving</source>
            <translation>%1: %2 km, %3 Fahrt</translation>
        </message>
        <message>
            <source>No visit has a position yet: give accounts or contacts coordinates.</source>
            <translation>Noch kein Besuch hat eine Position: Firmen oder Kontakten Koordinaten geben.</translation>
        </message>
        <message>
            <source>From your start point</source>
            <translation>Ab Ihrem Startpunkt</translation>
        </message>
        <message>
            <source>From the first visit (set a start point in Preferences)</source>
            <translation>Ab dem ersten Besuch (Startpunkt in den Einstellungen setzen)</translation>
        </message>
        <message>
            <source>leaving at %1</source>
            <translation>Abfahrt %1</translation>
        </message>
        <message>
            <source>%1 km less than the day's order</source>
            <translation>%1 km weniger als die Reihenfolge des Tages</translation>
        </message>
        <message>
            <source>Today lists the visits in this order</source>
            <translation>Heute listet die Besuche in dieser Reihenfolge</translation>
        </message>
        <message>
            <source>%1 without a position, placed at the end</source>
            <translation>%1 ohne Position, ans Ende gestellt</translation>
        </message>
        <message>
            <source>%1 at %2 cannot be reached in time: %3 min late</source>
            <translation>%1 um %2 ist nicht rechtzeitig erreichbar: %3 Min. zu spät</translation>
        </message>
        <message>
            <source>Save the route sheet</source>
            <translation>Routenblatt speichern</translation>
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
            <source>A check found damage in your book. Restore the latest backup (File → Restore from backup…) before you go on. %1</source>
            <translation>Eine Prüfung hat Schäden in Ihrem Kundenstamm gefunden. Stellen Sie die neueste Sicherung wieder her (Datei → Aus Sicherung wiederherstellen …), bevor Sie weiterarbeiten. %1</translation>
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
        <name>Search</name>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
    </context>
    <context>
        <name>SearchPalette</name>
        <message>
            <source>Search</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <source>Search contacts, accounts and notes — names, words or phone digits</source>
            <translation>Kontakte, Accounts und Notizen durchsuchen – Namen, Wörter oder Telefonziffern</translation>
        </message>
        <message>
            <source>↑/↓ choose · Enter open · Esc close</source>
            <translation>↑/↓ wählen · Eingabe öffnen · Esc schließen</translation>
        </message>
        <message>
            <source>Nothing found for “%1”.</source>
            <translation>Nichts gefunden für „%1“.</translation>
        </message>
        <message>
            <source>%n hit · Enter opens it</source>
            <translation>%n Treffer · Eingabe öffnet ihn</translation>
        </message>
        <message>
            <source>%n hits · Enter opens the first</source>
            <translation>%n Treffer · Eingabe öffnet den ersten</translation>
        </message>
    </context>
    <context>
        <name>ShareDialog</name>
        <message>
            <source>Share an account</source>
            <translation>Account teilen</translation>
        </message>
        <message>
            <source>The reps you tick see the account, its contacts and everything on them in their book, and can work it. It stays its owner's.</source>
            <translation>Die angehakten Vertriebler sehen den Account, seine Kontakte und alles dazu in ihrem Bestand und können ihn bearbeiten. Zuständig bleibt, wer es ist.</translation>
        </message>
        <message>
            <source>Part of the account's name</source>
            <translation>Teil des Account-Namens</translation>
        </message>
        <message>
            <source>&amp;Account:</source>
            <translation>&amp;Account:</translation>
        </message>
        <message>
            <source>Chosen:</source>
            <translation>Gewählt:</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>Account:</translation>
        </message>
        <message>
            <source>Share &amp;with:</source>
            <translation>Teilen &amp;mit:</translation>
        </message>
        <message>
            <source>S&amp;hare</source>
            <translation>&amp;Teilen</translation>
        </message>
        <message>
            <source>No account of the team has such a name.</source>
            <translation>Kein Account des Teams hat so einen Namen.</translation>
        </message>
        <message>
            <source>%1 — %2's</source>
            <translation>%1 — zuständig: %2</translation>
        </message>
        <message>
            <source>%1 is now shared with %2. They see it after their next sync.</source>
            <translation>%1 ist jetzt mit %2 geteilt. Er erscheint bei ihnen nach der nächsten Synchronisierung.</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in to a team</source>
            <translation>Bei einem Team anmelden</translation>
        </message>
        <message>
            <source>This book syncs with the team below. Sign in again to send the changes waiting on this laptop and get the team's. To join another team, leave this one first (Team ▸ Leave the team…).</source>
            <translation>Dieses Buch wird mit dem unten genannten Team synchronisiert. Melden Sie sich wieder an, um die auf diesem Laptop wartenden Änderungen zu senden und die des Teams zu holen. Um einem anderen Team beizutreten, verlassen Sie zuerst dieses (Team ▸ Team verlassen…).</translation>
        </message>
        <message>
            <source>Sign in with the server address, user name and password your team's administrator gave you. Your book then syncs with the team: the changes you make here reach your other laptops and your team, and theirs reach you.</source>
            <translation>Melden Sie sich mit der Serveradresse, dem Benutzernamen und dem Passwort an, die Sie von der Administration Ihres Teams bekommen haben. Ihr Buch wird dann mit dem Team synchronisiert: Ihre Änderungen erreichen Ihre anderen Laptops und Ihr Team, und deren Änderungen erreichen Sie.</translation>
        </message>
        <message>
            <source>https://team.example.com</source>
            <translation>https://team.example.com</translation>
        </message>
        <message>
            <source>&amp;Server address:</source>
            <translation>&amp;Serveradresse:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Benutzername:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;Neues Passwort:</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>&amp;Wiederholen:</translation>
        </message>
        <message>
            <source>Sign &amp;in</source>
            <translation>&amp;Anmelden</translation>
        </message>
        <message>
            <source>Enter the address of your team server.</source>
            <translation>Geben Sie die Adresse Ihres Teamservers ein.</translation>
        </message>
        <message>
            <source>Enter your user name on the team server.</source>
            <translation>Geben Sie Ihren Benutzernamen auf dem Teamserver ein.</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>Geben Sie Ihr Passwort ein.</translation>
        </message>
        <message>
            <source>Choose a password of at least %1 characters.</source>
            <translation>Wählen Sie ein Passwort mit mindestens %1 Zeichen.</translation>
        </message>
        <message>
            <source>The two new passwords differ. Type the same one twice.</source>
            <translation>Die beiden neuen Passwörter unterscheiden sich. Geben Sie zweimal dasselbe ein.</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Anmeldung läuft…</translation>
        </message>
        <message>
            <source>“%1” is not the address of a team server. It looks like https://team.example.com or team.example.com:8765.</source>
            <translation>„%1“ ist keine Adresse eines Teamservers. Sie sieht etwa so aus: https://team.example.com oder team.example.com:8765.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Synchronisiere…</translation>
        </message>
        <message>
            <source>You can keep working meanwhile. If you stop now, the rest goes with the next sync; nothing is lost.</source>
            <translation>Sie können währenddessen weiterarbeiten. Wenn Sie jetzt anhalten, folgt der Rest mit der nächsten Synchronisierung; nichts geht verloren.</translation>
        </message>
        <message>
            <source>Continue in the &amp;background</source>
            <translation>Im &amp;Hintergrund fortsetzen</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>&amp;Anhalten</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Schließen</translation>
        </message>
        <message>
            <source>Signed in to %1 as %2.</source>
            <translation>Bei %1 als %2 angemeldet.</translation>
        </message>
        <message>
            <source>Uploading your book to the team… %1 of %2</source>
            <translation>Ihr Buch wird zum Team hochgeladen… %1 von %2</translation>
        </message>
        <message>
            <source>Downloading your book… %1 %</source>
            <translation>Ihr Buch wird heruntergeladen… %1 %</translation>
        </message>
        <message>
            <source>Fetching the team's changes… %1 %</source>
            <translation>Änderungen des Teams werden geholt… %1 %</translation>
        </message>
        <message>
            <source>Sending your changes…</source>
            <translation>Ihre Änderungen werden gesendet…</translation>
        </message>
        <message>
            <source>Stopping after this step…</source>
            <translation>Hält nach diesem Schritt an…</translation>
        </message>
        <message>
            <source>The first sync did not finish.</source>
            <translation>Die erste Synchronisierung wurde nicht fertig.</translation>
        </message>
        <message>
            <source>Groundgame tries again by itself; what is done stays done.</source>
            <translation>Groundgame versucht es von selbst wieder; was erledigt ist, bleibt erledigt.</translation>
        </message>
    </context>
    <context>
        <name>StageColumnWidget</name>
        <message>
            <source>%1 stalled</source>
            <translation>%1 stocken</translation>
        </message>
        <message>
            <source>→ %1 to %2</source>
            <translation>→ %1 zu %2</translation>
        </message>
        <message>
            <source>last 90 days</source>
            <translation>letzte 90 Tage</translation>
        </message>
        <message>
            <source>Showing the %1 deals longest in this stage</source>
            <translation>Gezeigt werden die %1 Verkaufschancen, die am längsten in dieser Phase sind</translation>
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
        <name>StateDialog</name>
        <message>
            <source>not now, budget next quarter</source>
            <translation>nicht jetzt, Budget im nächsten Quartal</translation>
        </message>
        <message>
            <source>busy season</source>
            <translation>Hochsaison</translation>
        </message>
        <message>
            <source>unreachable</source>
            <translation>unerreichbar</translation>
        </message>
        <message>
            <source>too small</source>
            <translation>zu klein</translation>
        </message>
        <message>
            <source>wrong region</source>
            <translation>falsche Region</translation>
        </message>
        <message>
            <source>no need</source>
            <translation>kein Bedarf</translation>
        </message>
        <message>
            <source>asked not to be contacted</source>
            <translation>möchte nicht kontaktiert werden</translation>
        </message>
        <message>
            <source>Change state</source>
            <translation>Status ändern</translation>
        </message>
        <message>
            <source>%n contact</source>
            <translation>%n Kontakt</translation>
        </message>
        <message>
            <source>%n contacts</source>
            <translation>%n Kontakte</translation>
        </message>
        <message>
            <source>Parked &amp;until</source>
            <translation>Geparkt &amp;bis</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Grund</translation>
        </message>
    </context>
    <context>
        <name>TeamControls</name>
        <message>
            <source>&amp;Sign in to a team…</source>
            <translation>Bei einem Team &amp;anmelden…</translation>
        </message>
        <message>
            <source>S&amp;ync now</source>
            <translation>&amp;Jetzt synchronisieren</translation>
        </message>
        <message>
            <source>&amp;Conflicts…</source>
            <translation>&amp;Konflikte…</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>A&amp;bmelden</translation>
        </message>
        <message>
            <source>&amp;Leave the team…</source>
            <translation>Team &amp;verlassen…</translation>
        </message>
        <message>
            <source>&amp;Team</source>
            <translation>&amp;Team</translation>
        </message>
        <message>
            <source>&amp;Sign in again…</source>
            <translation>Wieder &amp;anmelden…</translation>
        </message>
        <message>
            <source>Signed out of %1.</source>
            <translation>Von %1 abgemeldet.</translation>
        </message>
        <message>
            <source>%n change waits for your next sign-in.</source>
            <translation>%n Änderung wartet auf Ihre nächste Anmeldung.</translation>
        </message>
        <message>
            <source>%n changes wait for your next sign-in.</source>
            <translation>%n Änderungen warten auf Ihre nächste Anmeldung.</translation>
        </message>
        <message>
            <source>Signing out…</source>
            <translation>Abmeldung läuft…</translation>
        </message>
        <message>
            <source>Your book keeps all its data, but it stops syncing with %1: your changes no longer reach the team, and the team's no longer reach you.</source>
            <translation>Ihr Buch behält alle Daten, wird aber nicht mehr mit %1 synchronisiert: Ihre Änderungen erreichen das Team nicht mehr, und die des Teams erreichen Sie nicht mehr.</translation>
        </message>
        <message>
            <source>%n change made on this laptop has not reached the team and never will.</source>
            <translation>%n Änderung auf diesem Laptop hat das Team nicht erreicht und wird es nie erreichen.</translation>
        </message>
        <message>
            <source>%n changes made on this laptop have not reached the team and never will.</source>
            <translation>%n Änderungen auf diesem Laptop haben das Team nicht erreicht und werden es nie erreichen.</translation>
        </message>
        <message>
            <source>Leave the team</source>
            <translation>Team verlassen</translation>
        </message>
        <message>
            <source>Leave the team?</source>
            <translation>Das Team verlassen?</translation>
        </message>
        <message>
            <source>&amp;Leave the team</source>
            <translation>Team &amp;verlassen</translation>
        </message>
        <message>
            <source>You left the team. Your book keeps all its data.</source>
            <translation>Sie haben das Team verlassen. Ihr Buch behält alle Daten.</translation>
        </message>
    </context>
    <context>
        <name>TeamFailures</name>
        <message>
            <source>Cannot reach the team server at %1. Check the address and your network connection.</source>
            <translation>Der Teamserver unter %1 ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Netzverbindung.</translation>
        </message>
        <message>
            <source>this address</source>
            <translation>dieser Adresse</translation>
        </message>
        <message>
            <source>The team server is busy. Groundgame tries again in a moment.</source>
            <translation>Der Teamserver ist ausgelastet. Groundgame versucht es gleich wieder.</translation>
        </message>
        <message>
            <source>This is a one-time password. Choose your own password to go on.</source>
            <translation>Das ist ein Einmalpasswort. Wählen Sie Ihr eigenes Passwort, um fortzufahren.</translation>
        </message>
        <message>
            <source>You are signed out. Sign in to sync; your changes wait until then.</source>
            <translation>Sie sind abgemeldet. Melden Sie sich an, um zu synchronisieren; Ihre Änderungen warten bis dahin.</translation>
        </message>
        <message>
            <source>Wrong user name or password.</source>
            <translation>Benutzername oder Passwort falsch.</translation>
        </message>
        <message>
            <source>Your access to the team was revoked. Your book stays on this laptop; ask your team's administrator.</source>
            <translation>Ihr Zugang zum Team wurde entzogen. Ihr Buch bleibt auf diesem Laptop; wenden Sie sich an die Administration Ihres Teams.</translation>
        </message>
        <message>
            <source>This Groundgame is too old for the team server. Update Groundgame; your changes wait until then.</source>
            <translation>Dieses Groundgame ist für den Teamserver zu alt. Aktualisieren Sie Groundgame; Ihre Änderungen warten bis dahin.</translation>
        </message>
        <message>
            <source>The team server is older than this Groundgame. Ask your team's administrator to update it; your changes wait until then.</source>
            <translation>Der Teamserver ist älter als dieses Groundgame. Bitten Sie die Administration Ihres Teams, ihn zu aktualisieren; Ihre Änderungen warten bis dahin.</translation>
        </message>
        <message>
            <source>This book is not in a team any more.</source>
            <translation>Dieses Buch gehört zu keinem Team mehr.</translation>
        </message>
        <message>
            <source>Sync stopped. What is left goes with the next sync.</source>
            <translation>Synchronisierung angehalten. Der Rest folgt mit der nächsten.</translation>
        </message>
    </context>
    <context>
        <name>TeamLabels</name>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Telefonnummer</translation>
        </message>
        <message>
            <source>E-mail address</source>
            <translation>E-Mail-Adresse</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Schlagwort</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Recurring appointment</source>
            <translation>Serientermin</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Deal</translation>
        </message>
        <message>
            <source>Call or visit</source>
            <translation>Anruf oder Besuch</translation>
        </message>
        <message>
            <source>Deal stage change</source>
            <translation>Phasenwechsel eines Deals</translation>
        </message>
        <message>
            <source>Purchase</source>
            <translation>Kauf</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Empfehlung</translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>Konflikt</translation>
        </message>
        <message>
            <source>Call list</source>
            <translation>Anrufliste</translation>
        </message>
        <message>
            <source>Contact on a call list</source>
            <translation>Kontakt auf einer Anrufliste</translation>
        </message>
        <message>
            <source>Visit time changed</source>
            <translation>Besuchszeit geändert</translation>
        </message>
        <message>
            <source>Account name</source>
            <translation>Accountname</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Webseite</translation>
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
            <source>Account notes</source>
            <translation>Notizen zum Account</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Reason for the state</source>
            <translation>Grund für den Status</translation>
        </message>
        <message>
            <source>Contact notes</source>
            <translation>Notizen zum Kontakt</translation>
        </message>
        <message>
            <source>Phone label</source>
            <translation>Bezeichnung der Telefonnummer</translation>
        </message>
        <message>
            <source>E-mail label</source>
            <translation>Bezeichnung der E-Mail-Adresse</translation>
        </message>
        <message>
            <source>Place of the appointments</source>
            <translation>Ort der Termine</translation>
        </message>
        <message>
            <source>Deal title</source>
            <translation>Titel des Deals</translation>
        </message>
        <message>
            <source>Why the deal was lost</source>
            <translation>Warum der Deal verloren ging</translation>
        </message>
        <message>
            <source>Deal notes</source>
            <translation>Notizen zum Deal</translation>
        </message>
        <message>
            <source>Note on a call or visit</source>
            <translation>Notiz zu einem Anruf oder Besuch</translation>
        </message>
        <message>
            <source>Place of a visit</source>
            <translation>Ort eines Besuchs</translation>
        </message>
        <message>
            <source>Met at a visit</source>
            <translation>Beim Besuch getroffen</translation>
        </message>
        <message>
            <source>Topics of a visit</source>
            <translation>Themen eines Besuchs</translation>
        </message>
        <message>
            <source>Why a visit time changed</source>
            <translation>Warum eine Besuchszeit geändert wurde</translation>
        </message>
        <message>
            <source>What was bought</source>
            <translation>Was gekauft wurde</translation>
        </message>
        <message>
            <source>Referral note</source>
            <translation>Notiz zur Empfehlung</translation>
        </message>
    </context>
    <context>
        <name>TeamModels</name>
        <message>
            <source>never</source>
            <translation>noch nie</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Rep</source>
            <translation>Vertrieb</translation>
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
            <source>Appointments</source>
            <translation>Termine</translation>
        </message>
        <message>
            <source>Deals won</source>
            <translation>Deals gewonnen</translation>
        </message>
        <message>
            <source>Call goal</source>
            <translation>Anrufziel</translation>
        </message>
        <message>
            <source>In window: A · B · C</source>
            <translation>Im Fenster: A · B · C</translation>
        </message>
        <message>
            <source>Never touched</source>
            <translation>Nie kontaktiert</translation>
        </message>
        <message>
            <source>Streak</source>
            <translation>Serie</translation>
        </message>
        <message>
            <source>Share of the calls goal reached in the period</source>
            <translation>Erreichter Anteil des Anrufziels im Zeitraum</translation>
        </message>
        <message>
            <source>Share of the A, B and C accounts touched within their tier's window, as of the period's last day (sorted by A)</source>
            <translation>Anteil der A-, B- und C-Firmen, die im Fenster ihrer Stufe kontaktiert wurden, Stand letzter Tag des Zeitraums (sortiert nach A)</translation>
        </message>
        <message>
            <source>%1 · last sync %2</source>
            <translation>%1 · letzter Abgleich %2</translation>
        </message>
        <message>
            <source>This rep's access was revoked.</source>
            <translation>Der Zugang dieser Person wurde gesperrt.</translation>
        </message>
        <message>
            <source>Call list</source>
            <translation>Anrufliste</translation>
        </message>
        <message>
            <source>Worked</source>
            <translation>Bearbeitet</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>%1 of %2 (%3)</source>
            <translation>%1 von %2 (%3)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Firmen</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>Letzter Abgleich</translation>
        </message>
        <message>
            <source>Sales manager</source>
            <translation>Vertriebsleitung</translation>
        </message>
        <message>
            <source>access revoked</source>
            <translation>Zugang gesperrt</translation>
        </message>
    </context>
    <context>
        <name>TeamStatus</name>
        <message>
            <source>%n change waiting</source>
            <translation>%n Änderung wartet</translation>
        </message>
        <message>
            <source>%n changes waiting</source>
            <translation>%n Änderungen warten</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>Uploading your book… %1 %</source>
            <translation>Buch wird hochgeladen… %1 %</translation>
        </message>
        <message>
            <source>Downloading your book… %1 %</source>
            <translation>Buch wird heruntergeladen… %1 %</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Synchronisiere…</translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>Abgemeldet</translation>
        </message>
        <message>
            <source>Access revoked</source>
            <translation>Zugang entzogen</translation>
        </message>
        <message>
            <source>Update needed (Groundgame)</source>
            <translation>Aktualisierung nötig (Groundgame)</translation>
        </message>
        <message>
            <source>Update needed (team server)</source>
            <translation>Aktualisierung nötig (Teamserver)</translation>
        </message>
        <message>
            <source>Sign in again</source>
            <translation>Bitte wieder anmelden</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <source>Sync stopped</source>
            <translation>Synchronisierung angehalten</translation>
        </message>
        <message>
            <source>Sync failed</source>
            <translation>Synchronisierung fehlgeschlagen</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>Noch nicht synchronisiert</translation>
        </message>
        <message>
            <source>Synced %1</source>
            <translation>Synchronisiert %1</translation>
        </message>
        <message>
            <source>%n waiting</source>
            <translation>%n ausstehend</translation>
        </message>
        <message>
            <source>Team server: %1</source>
            <translation>Teamserver: %1</translation>
        </message>
        <message>
            <source>Signed in as %1</source>
            <translation>Angemeldet als %1</translation>
        </message>
        <message>
            <source>Signed out (as %1)</source>
            <translation>Abgemeldet (als %1)</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Letzte Synchronisierung: %1</translation>
        </message>
        <message>
            <source>%n change made here waits to be sent to the team.</source>
            <translation>%n Änderung von hier wartet darauf, ans Team gesendet zu werden.</translation>
        </message>
        <message>
            <source>%n changes made here wait to be sent to the team.</source>
            <translation>%n Änderungen von hier warten darauf, ans Team gesendet zu werden.</translation>
        </message>
        <message>
            <source>Last problem: %1</source>
            <translation>Letztes Problem: %1</translation>
        </message>
        <message>
            <source>Click to sync now (%1).</source>
            <translation>Klicken, um jetzt zu synchronisieren (%1).</translation>
        </message>
        <message>
            <source>Click to sign in.</source>
            <translation>Klicken, um sich anzumelden.</translation>
        </message>
        <message>
            <source>%n conflict</source>
            <translation>%n Konflikt</translation>
        </message>
        <message>
            <source>%n conflicts</source>
            <translation>%n Konflikte</translation>
        </message>
        <message>
            <source>%n refused</source>
            <translation>%n abgelehnt</translation>
        </message>
        <message>
            <source>Conflicts to resolve and changes the team server refused. Click to see them.</source>
            <translation>Zu lösende Konflikte und vom Teamserver abgelehnte Änderungen. Klicken, um sie anzusehen.</translation>
        </message>
    </context>
    <context>
        <name>TeamTimes</name>
        <message>
            <source>just now</source>
            <translation>gerade eben</translation>
        </message>
        <message>
            <source>%n min ago</source>
            <translation>vor %n Min.</translation>
        </message>
        <message>
            <source>%n h ago</source>
            <translation>vor %n Std.</translation>
        </message>
        <message>
            <source>%n day ago</source>
            <translation>vor %n Tag</translation>
        </message>
        <message>
            <source>%n days ago</source>
            <translation>vor %n Tagen</translation>
        </message>
        <message>
            <source>never</source>
            <translation>noch nie</translation>
        </message>
    </context>
    <context>
        <name>TeamView</name>
        <message>
            <source>Re&amp;load</source>
            <translation>Neu &amp;laden</translation>
        </message>
        <message>
            <source>Ask the team server again (F5)</source>
            <translation>Den Team-Server erneut fragen (F5)</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportieren…</translation>
        </message>
        <message>
            <source>Save these figures as PDF, Excel or CSV</source>
            <translation>Diese Zahlen als PDF, Excel oder CSV speichern</translation>
        </message>
        <message>
            <source>&amp;Sign in…</source>
            <translation>&amp;Anmelden…</translation>
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
            <source>Deals won</source>
            <translation>Deals gewonnen</translation>
        </message>
        <message>
            <source>Tier A accounts in window</source>
            <translation>A-Firmen im Fenster</translation>
        </message>
        <message>
            <source>Never touched</source>
            <translation>Nie kontaktiert</translation>
        </message>
        <message>
            <source>No call lists sent yet.</source>
            <translation>Noch keine Anrufliste verschickt.</translation>
        </message>
        <message>
            <source>Per rep</source>
            <translation>Pro Person</translation>
        </message>
        <message>
            <source>Call lists</source>
            <translation>Anruflisten</translation>
        </message>
        <message>
            <source>The team</source>
            <translation>Das Team</translation>
        </message>
        <message>
            <source>Sign in to see your team</source>
            <translation>Melden Sie sich an, um Ihr Team zu sehen</translation>
        </message>
        <message>
            <source>The Team screen shows your reps' figures from the team server. Sign in as a sales manager to see them.</source>
            <translation>Die Team-Ansicht zeigt die Zahlen Ihres Vertriebsteams vom Team-Server. Melden Sie sich als Vertriebsleitung an, um sie zu sehen.</translation>
        </message>
        <message>
            <source>Loading the team's figures…</source>
            <translation>Die Zahlen des Teams werden geladen…</translation>
        </message>
        <message>
            <source>As of %1</source>
            <translation>Stand %1</translation>
        </message>
        <message>
            <source>No reps on the team yet</source>
            <translation>Noch niemand im Team</translation>
        </message>
        <message>
            <source>Once reps are added on the team server and their laptops have synced, their figures appear here.</source>
            <translation>Sobald Ihr Vertriebsteam auf dem Team-Server angelegt ist und die Laptops abgeglichen haben, erscheinen die Zahlen hier.</translation>
        </message>
        <message>
            <source>Could not load the team's figures.</source>
            <translation>Die Zahlen des Teams konnten nicht geladen werden.</translation>
        </message>
        <message>
            <source>The team's figures are not available</source>
            <translation>Die Zahlen des Teams sind nicht verfügbar</translation>
        </message>
        <message>
            <source>%n rep</source>
            <translation>%n Person</translation>
        </message>
        <message>
            <source>%n reps</source>
            <translation>%n Personen</translation>
        </message>
        <message>
            <source>Figures as each rep's laptop last synced them. Work counts for the rep who did it, accounts for their owner; the team's figures are the reps' sums.</source>
            <translation>Zahlen vom letzten Abgleich jedes Laptops. Arbeit zählt für die Person, die sie getan hat, Firmen für ihren Besitzer; die Zahlen des Teams sind die Summen.</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export the team's figures</source>
            <translation>Die Zahlen des Teams exportieren</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 gespeichert</translation>
        </message>
        <message>
            <source>Exporting the team's figures…</source>
            <translation>Die Zahlen des Teams werden exportiert…</translation>
        </message>
    </context>
    <context>
        <name>TerritoriesDialog</name>
        <message>
            <source>Territories</source>
            <translation>Gebiete</translation>
        </message>
        <message>
            <source>New accounts and contacts that a manager brings in — an imported lead list, say — go to the rep whose postcode prefix they start with (the longest prefix wins). Accounts already in the team stay with their rep; give them to another rep under Reps and accounts.</source>
            <translation>Neue Accounts und Kontakte, die eine Führungskraft einbringt — etwa eine importierte Lead-Liste —, gehen an den Vertriebler, mit dessen PLZ-Anfang ihre PLZ beginnt (der längste Anfang gewinnt). Accounts, die schon im Team sind, bleiben beim bisherigen Vertriebler; unter „Vertriebler und Accounts“ geben Sie sie einem anderen.</translation>
        </message>
        <message>
            <source>No territories yet</source>
            <translation>Noch keine Gebiete</translation>
        </message>
        <message>
            <source>Add a postcode prefix and the rep it belongs to below.</source>
            <translation>Tragen Sie unten einen PLZ-Anfang und den zuständigen Vertriebler ein.</translation>
        </message>
        <message>
            <source>e.g. 80 or 803</source>
            <translation>z. B. 80 oder 803</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>Remove the chosen territory (Delete).</source>
            <translation>Das gewählte Gebiet entfernen (Entf).</translation>
        </message>
        <message>
            <source>&amp;Postcodes starting:</source>
            <translation>&amp;PLZ beginnend mit:</translation>
        </message>
        <message>
            <source>&amp;go to:</source>
            <translation>&amp;gehen an:</translation>
        </message>
        <message>
            <source>A postcode prefix has only letters and digits, like 80 or 803.</source>
            <translation>Ein PLZ-Anfang besteht nur aus Buchstaben und Ziffern, etwa 80 oder 803.</translation>
        </message>
        <message>
            <source>New accounts with a postcode starting %1 now go to %2.</source>
            <translation>Neue Accounts mit einer PLZ, die mit %1 beginnt, gehen jetzt an %2.</translation>
        </message>
        <message>
            <source>Postcodes starting %1 no longer go to %2 by themselves.</source>
            <translation>PLZ, die mit %1 beginnen, gehen nicht mehr von selbst an %2.</translation>
        </message>
    </context>
    <context>
        <name>TierPoliciesTab</name>
        <message>
            <source>Tier</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <source>Ideally every</source>
            <translation>Idealerweise alle</translation>
        </message>
        <message>
            <source>At the latest after</source>
            <translation>Spätestens nach</translation>
        </message>
        <message>
            <source>Touch by</source>
            <translation>Kontakt per</translation>
        </message>
        <message>
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <source>Any logged call, visit or follow-up starts the clock again. An account is due once the ideal time has passed and overdue after the latest; Contacts ▸ Accounts shows where each one stands.</source>
            <translation>Jeder erfasste Anruf, Besuch oder jedes Nachfassen startet die Uhr neu. Ein Account ist fällig, sobald die ideale Zeit verstrichen ist, und überfällig nach der spätesten; Kontakte ▸ Accounts zeigt, wo jeder steht.</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>%1 canceled</source>
            <translation>%1 abgesagt</translation>
        </message>
        <message>
            <source>Thank-you call planned</source>
            <translation>Dankesanruf geplant</translation>
        </message>
        <message>
            <source>%1 planned</source>
            <translation>%1 geplant</translation>
        </message>
        <message>
            <source>Deal opened: %1</source>
            <translation>Verkaufschance eröffnet: %1</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <source>Purchase of %1</source>
            <translation>Kauf über %1</translation>
        </message>
        <message>
            <source>Referred %1 (%2)</source>
            <translation>Hat %1 empfohlen (%2)</translation>
        </message>
        <message>
            <source>Referred by %1</source>
            <translation>Empfohlen von %1</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 Min.</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Grund: %1</translation>
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
            <source>R&amp;oute</source>
            <translation>R&amp;oute</translation>
        </message>
        <message>
            <source>Check &amp;out…</source>
            <translation>A&amp;uschecken …</translation>
        </message>
        <message>
            <source>Discard check-in</source>
            <translation>Check-in verwerfen</translation>
        </message>
        <message>
            <source>Leave the note field, back to the list</source>
            <translation>Notizfeld verlassen, zurück zur Liste</translation>
        </message>
        <message>
            <source>Power hour</source>
            <translation>Power-Stunde</translation>
        </message>
        <message>
            <source>Print today's list…</source>
            <translation>Heutige Liste drucken …</translation>
        </message>
        <message>
            <source>Open the item's place in maps</source>
            <translation>Den Ort des Eintrags in der Karte öffnen</translation>
        </message>
        <message>
            <source>Show the day's route</source>
            <translation>Die Tagesroute zeigen</translation>
        </message>
        <message>
            <source>Today, %1</source>
            <translation>Heute, %1</translation>
        </message>
        <message>
            <source>Capacity: %1 items</source>
            <translation>Kapazität: %1 Einträge</translation>
        </message>
        <message>
            <source>Still on site at %1 since %2, %3? The visit was never checked out.</source>
            <translation>Noch vor Ort bei %1 seit %2, %3? Beim Besuch wurde nie ausgecheckt.</translation>
        </message>
        <message>
            <source>On site at %1 since %2 — O checks out.</source>
            <translation>Vor Ort bei %1 seit %2 – O checkt aus.</translation>
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
            <source>Undo adding %1</source>
            <translation>Anlegen von %1 rückgängig machen</translation>
        </message>
        <message>
            <source>Undo changes to %1</source>
            <translation>Änderungen an %1 rückgängig machen</translation>
        </message>
        <message>
            <source>Undo note on %1</source>
            <translation>Notiz zu %1 rückgängig machen</translation>
        </message>
        <message>
            <source>Undo tagging (%1)</source>
            <translation>Verschlagwortung rückgängig machen (%1)</translation>
        </message>
        <message>
            <source>Undo removing a tag (%1)</source>
            <translation>Entfernen des Schlagworts rückgängig machen (%1)</translation>
        </message>
        <message>
            <source>Undo deleting (%1)</source>
            <translation>Löschen rückgängig machen (%1)</translation>
        </message>
        <message>
            <source>Undo reactivating (%1)</source>
            <translation>Reaktivieren rückgängig machen (%1)</translation>
        </message>
        <message>
            <source>Undo parking (%1)</source>
            <translation>Parken rückgängig machen (%1)</translation>
        </message>
        <message>
            <source>Undo “not a fit” (%1)</source>
            <translation>„Passt nicht“ rückgängig machen (%1)</translation>
        </message>
        <message>
            <source>Undo “do not contact” (%1)</source>
            <translation>„Nicht kontaktieren“ rückgängig machen (%1)</translation>
        </message>
        <message>
            <source>Undo merge into %1</source>
            <translation>Zusammenführen in %1 rückgängig machen</translation>
        </message>
        <message>
            <source>Undo tier change (%1)</source>
            <translation>Stufenwechsel rückgängig machen (%1)</translation>
        </message>
        <message>
            <source>Undo new deal %1</source>
            <translation>Neue Verkaufschance %1 rückgängig machen</translation>
        </message>
        <message>
            <source>Undo moving %1</source>
            <translation>Verschieben von %1 rückgängig machen</translation>
        </message>
        <message>
            <source>Undo winning %1</source>
            <translation>Gewinn von %1 rückgängig machen</translation>
        </message>
        <message>
            <source>Undo losing %1</source>
            <translation>Verlust von %1 rückgängig machen</translation>
        </message>
        <message>
            <source>Undo thank-you call to %1</source>
            <translation>Dankesanruf bei %1 rückgängig machen</translation>
        </message>
        <message>
            <source>Undo “thanked” for %1</source>
            <translation>„Bedankt“ für %1 rückgängig machen</translation>
        </message>
        <message>
            <source>Undo resolving a conflict on %1</source>
            <translation>Konfliktlösung bei %1 rückgängig machen</translation>
        </message>
        <message>
            <source>Undo calendar change (%1)</source>
            <translation>Kalenderänderung rückgängig machen (%1)</translation>
        </message>
        <message>
            <source>Undo check-in at %1</source>
            <translation>Check-in bei %1 rückgängig</translation>
        </message>
        <message>
            <source>Undo check-out from %1</source>
            <translation>Check-out bei %1 rückgängig</translation>
        </message>
        <message>
            <source>Undo discarding the check-in at %1</source>
            <translation>Verwerfen des Check-ins bei %1 rückgängig</translation>
        </message>
        <message>
            <source>Undo changing the visit times of %1</source>
            <translation>Geänderte Besuchszeiten von %1 rückgängig</translation>
        </message>
        <message>
            <source>Undo changing the visit report of %1</source>
            <translation>Geänderten Besuchsbericht von %1 rückgängig</translation>
        </message>
        <message>
            <source>Undo route order of %1</source>
            <translation>Routenreihenfolge vom %1 rückgängig</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>%1 &amp;rückgängig machen</translation>
        </message>
    </context>
    <context>
        <name>VisitReportDialog</name>
        <message>
            <source>Visit report: %1</source>
            <translation>Besuchsbericht: %1</translation>
        </message>
        <message>
            <source>On site since %1</source>
            <translation>Vor Ort seit %1</translation>
        </message>
        <message>
            <source>Checked in:</source>
            <translation>Eingecheckt:</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Ergebnis:</translation>
        </message>
        <message>
            <source>other date:</source>
            <translation>anderes Datum:</translation>
        </message>
        <message>
            <source>Next step:</source>
            <translation>Nächster Schritt:</translation>
        </message>
        <message>
            <source>Name and role, e.g. Anna Berg (buyer)</source>
            <translation>Name und Rolle, z. B. Anna Berg (Einkauf)</translation>
        </message>
        <message>
            <source>&amp;Met with:</source>
            <translation>&amp;Getroffen:</translation>
        </message>
        <message>
            <source>Products or topics discussed</source>
            <translation>Besprochene Produkte oder Themen</translation>
        </message>
        <message>
            <source>&amp;Topics:</source>
            <translation>&amp;Themen:</translation>
        </message>
        <message>
            <source>Order &amp;value:</source>
            <translation>Auftrags&amp;wert:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Notiz:</translation>
        </message>
        <message>
            <source>&amp;Left at:</source>
            <translation>Ge&amp;gangen um:</translation>
        </message>
        <message>
            <source>Check &amp;out</source>
            <translation>A&amp;uschecken</translation>
        </message>
    </context>
    <context>
        <name>VisitReportEditDialog</name>
        <message>
            <source>Visit report: %1</source>
            <translation>Besuchsbericht: %1</translation>
        </message>
        <message>
            <source>To log another outcome, undo the check-out and check out again</source>
            <translation>Für ein anderes Ergebnis den Check-out rückgängig machen und erneut auschecken</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>Ergebnis:</translation>
        </message>
    </context>
    <context>
        <name>VisitTimesDialog</name>
        <message>
            <source>Visit times: %1</source>
            <translation>Besuchszeiten: %1</translation>
        </message>
        <message>
            <source>&amp;Arrived:</source>
            <translation>&amp;Angekommen:</translation>
        </message>
        <message>
            <source>&amp;Left:</source>
            <translation>Ge&amp;gangen:</translation>
        </message>
        <message>
            <source>Why the times change (kept with the visit)</source>
            <translation>Warum sich die Zeiten ändern (wird beim Besuch aufbewahrt)</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Grund:</translation>
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
            <source>Previous week</source>
            <translation>Vorige Woche</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Nächste Woche</translation>
        </message>
        <message>
            <source>Week of %1 – %2</source>
            <translation>Woche vom %1 – %2</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>Import contacts…</source>
            <translation>Kontakte importieren …</translation>
        </message>
        <message>
            <source>Bring in the customers you already have: a CSV or Excel file (Outlook, Google Contacts, HubSpot, Pipedrive, Salesforce …) or vCards.</source>
            <translation>Übernehmen Sie Ihre vorhandenen Kunden: aus einer CSV- oder Excel-Datei (Outlook, Google Kontakte, HubSpot, Pipedrive, Salesforce …) oder aus vCards.</translation>
        </message>
        <message>
            <source>Start with an empty book</source>
            <translation>Mit einem leeren Buch beginnen</translation>
        </message>
        <message>
            <source>Add contacts one by one as you meet them (Contacts → New contact).</source>
            <translation>Legen Sie Kontakte einzeln an, wenn Sie sie kennenlernen (Kontakte → Neuer Kontakt).</translation>
        </message>
        <message>
            <source>Try with demo data</source>
            <translation>Mit Demodaten ausprobieren</translation>
        </message>
        <message>
            <source>Look around in a book of 300 made-up customers with a year of history. It is marked as demo data and removed in one step (File → Remove demo data) when you start for real.</source>
            <translation>Schauen Sie sich in einem Buch mit 300 erfundenen Kunden und einem Jahr Verlauf um. Es ist als Demo gekennzeichnet und wird mit einem Schritt entfernt (Datei → Demodaten entfernen), wenn Sie richtig loslegen.</translation>
        </message>
        <message>
            <source>Sign in to a team…</source>
            <translation>Bei einem Team anmelden…</translation>
        </message>
        <message>
            <source>Your sales team has a Groundgame team server: sign in with the address, user name and password you were given. Your part of the team's book comes down and stays in sync.</source>
            <translation>Ihr Vertriebsteam hat einen Groundgame-Teamserver: Melden Sie sich mit der Adresse, dem Benutzernamen und dem Passwort an, die Sie bekommen haben. Ihr Teil des Team-Buchs wird geladen und bleibt abgeglichen.</translation>
        </message>
    </context>
</TS>
