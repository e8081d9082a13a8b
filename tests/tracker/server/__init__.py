"""Tests of tracker/server: the team server against a real PostgreSQL."""
