"""The headless frontend: every user-facing capability as a `groundgame` command."""
