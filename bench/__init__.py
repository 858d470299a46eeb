"""Benchmarks; run each module as a script (see bench/comments.py)."""
