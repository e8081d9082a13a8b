"""Tests of tracker/sync: the laptop side of team mode."""
