"""Tests of tracker/services/day."""
