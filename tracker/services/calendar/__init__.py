"""Two-way sync with the rep's own calendar over CalDAV (`book.calendar`): `service` (the user
actions), `engine` (one sync), `local` (appointments as events), `apply` (the calendar's changes
into Groundgame), `ical` (iCalendar text), `remote` (the server, via `caldav`), `secrets` (the
password in the system keyring)."""
