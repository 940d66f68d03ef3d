"""The tests: shared helpers in tests/helpers.py, fixtures in tests/conftest.py, one module per subject."""
