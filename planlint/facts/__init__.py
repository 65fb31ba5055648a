"""Plan facts: what a plan's words mean, computed once per plan and read by the rules, the
report, ``status`` and the language server (units and their families, each goal's kind,
direction and period, the budget behind it)."""
