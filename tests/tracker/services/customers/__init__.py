"""Tests of tracker/services/customers."""
