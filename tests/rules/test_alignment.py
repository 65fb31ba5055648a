from conftest import lint, only, variant

# AL007 is the advice engineer's rule (still tested here until it has cases beside it); the other
# alignment rules are tested by their cases (planlint/rules/alignment/*.cases.toml).


def test_al007_strategy_mismatch_is_info():
    text = variant(("  维度: 销售", "  维度: 品牌"))
    [f] = only(lint(text), "AL007")
    assert f.severity == "info" and "品牌曝光" in f.fix
