"""planlint: a linter for marketing plans."""

from planlint import patterns

__version__ = "0.1.0"

patterns.seed()  # planlint's regexes, compiled ahead (planlint/patterns.py)
