"""Conflicts: departments whose goals pull one funnel apart.

Method: marketing chases lead volume while sales chases lead quality; sales defines the
"high-value lead" and both sign off (alignment framework, scenario 3 and risk 3); short-term
discounting against brand positioning (risk 1). What each goal's metric measures comes from
the plan facts (``planlint/facts/metrics.py``); the pairs of words a team adds are in
``packs/conflicts.toml``.
"""
