"""Baselines: a target means little without the current level it is compared with.

Method: every sub-goal states its metric, its baseline (基准值, the current level)
and its target value (alignment framework, step 2; table 1).
"""
