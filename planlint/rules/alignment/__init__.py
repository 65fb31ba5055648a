"""Alignment: the chain company goal -> BU goal -> marketing sub-goal -> initiative holds.

Method: BU +5pp = speaker 2pp + lock 3pp (alignment framework, step 1); a team's 150万 of Q2
revenue = 40% renewals + 60% first purchases (tracking guide 1(3)); annual targets split into
quarters with seasonal weights (annual plan 2(3)); each strategy fits its goal (step 3); every
initiative has its owner, budget, time and measures tied to its goal (tables 2 and 3);
everything inside the plan period.
"""
