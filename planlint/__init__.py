"""planlint: a linter for marketing plans."""

__version__ = "0.1.0"
