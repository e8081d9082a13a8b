"""Team mode for the frontends: signing in to a team server, syncing, the status line,
conflicts to resolve and changes the server refused (the machinery is in tracker.sync)."""
