"""The team server (no Qt): an HTTP sync service over PostgreSQL.

`app` (Starlette) serves the sync protocol of `tracker.sync.protocol`; `apply` merges pushed
batches, `pull` pages out what changed, `auth` keeps users and tokens, `admin` backs the
`groundgame server …` commands, and `migrations/` holds the server's own Alembic history.
See docs/SYNC.md.
"""
