"""Tests of tracker/services/imports."""
