"""Importing contacts and accounts from CSV, XLSX and vCard files, all or nothing, undoable."""
