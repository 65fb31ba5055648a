"""Owners: every goal and initiative has one real person who answers for it.

Method: every task has an owner and collaborators (annual plan 3(1): "責任必須清晰, 避免模糊
地帶"; alignment framework, table 2, where "负责人*" marks a gap still to be filled). Who an
owner value names (a person, several, a group, a vacancy, a role) is a plan fact
(``planlint/facts/owners.py``).
"""
