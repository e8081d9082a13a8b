"""Keeping the book safe: backups and restores, damaged files, health checks, undo, and warnings
about where the data folder sits."""
