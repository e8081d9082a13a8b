"""Persistence: ORM records, engine set-up, migrations, backups and query functions."""
