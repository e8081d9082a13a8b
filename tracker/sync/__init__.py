"""Team mode, the laptop's side: change capture, push, pull, merge and conflicts (no Qt).

The rep's book stays the local SQLite file; once the book joins a team, triggers record every
change in an outbox in the same transaction (`capture`), `engine.SyncEngine` pushes the outbox in
idempotent batches and pulls what changed on the server, and `local` applies pulled pages. The
tables that travel, and how each merges, are declared once in `tables`; the server uses the same
declaration. See docs/SYNC.md.
"""
