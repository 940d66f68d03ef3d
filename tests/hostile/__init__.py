"""Tests that attack: hostile and broken files, stores and texts, each built small in the test."""
