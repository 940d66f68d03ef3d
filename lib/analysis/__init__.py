"""Figures computed from snapshots: coverage and gaps, levels above the ward, progress, scenarios, comparison."""
