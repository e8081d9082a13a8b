"""The app's side of calendar sync (`book.calendar`): the Calendar menu, the status line, the
background sync, the connect dialog and the conflicts."""
