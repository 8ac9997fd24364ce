"""Benchmarks that print figures as ratios against baselines run in the same process."""
