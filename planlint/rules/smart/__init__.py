"""SMART: every goal Specific, Measurable, Achievable, Relevant and Time-bound.

Method: "在未来6个月内, 提高微信公众号关注人数20%" is the model goal (writing marketing goals, 3);
every sub-goal has a metric, a baseline and a target (alignment framework, step 2); an
exploration project may state stage criteria and milestones instead (annual plan 1.2);
targets are checked against history (tracking guide 1(2)).
"""
