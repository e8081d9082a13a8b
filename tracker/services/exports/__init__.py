"""Exports: activity summaries (CSV, XLSX, PDF), planned appointments (ICS), contacts (CSV, vCard)."""
