"""One view per main screen, mirroring the services."""
