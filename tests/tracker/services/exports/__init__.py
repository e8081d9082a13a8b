"""Tests of tracker/services/exports."""
