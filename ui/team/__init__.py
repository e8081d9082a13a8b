"""Team mode in the desktop app: the Team menu, the status bar line, signing in, background sync
and the Conflicts dialog. The core's side is `tracker/services/team`; `controls` wires it all
into the main window with one call."""
