"""Tracking: every goal is reviewed on a rhythm, watched through leading indicators, and its
actuals read red, amber or green.

Method: daily dashboard, weekly review, monthly/quarterly review (tracking guide 2(1)); every
quarter or half year (writing marketing goals, 5); watch the key front-end variables, not only
the result (2(2)); red below 70% of the daily target for 3 days in a row, amber 80-100%, green
above 100% (2(2)).
"""
