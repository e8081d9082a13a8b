"""Tests of tracker/services/safety."""
