"""Dialogs: preferences, about, and the forms of later screens."""
