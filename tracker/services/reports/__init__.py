"""Activity summaries for a period: the figures the Reports screen and every export show."""
