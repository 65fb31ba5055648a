"""Vague wording: outcomes nothing counts (slogans), and hedges that soften a number or a
commitment.

Method: "提升品牌影响力", "增加用户粘性" are too vague; write "品牌影响力 = 目标人群品牌认知率
>= 40%, measured by third-party survey" (alignment framework, risk 2; tracking guide 1(2)).
Vocabularies live in ``packs/vague.toml``.
"""
