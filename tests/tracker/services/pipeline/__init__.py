"""Tests of tracker/services/pipeline."""
