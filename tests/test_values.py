"""The fast value reader and the grammar agree: whatever the fast reader reads, it reads as lark's
parser of grammar/plan.lark does (or it leaves the value to lark)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from planlint.language.keywords import BUILTIN
from planlint.parser.values import ValueError_, _lark_read, fast, read

BLANK = st.sampled_from(["", "", " ", "  ", "\t", "\u3000"])
NUMBER = st.sampled_from(["0", "7", "45", "650", "1,200", "12,345.6", "1.5", ".5", "2024", "1,20", "007"])
SCALE = st.sampled_from(["", "", "万", "亿", "k", "K", "M", "w", "mn", "bn", "千万", "百万"])
UNIT = st.sampled_from(["", "", "%", "％", "pp", "个百分点", "元", "万元", "CNY", "USD", "条", "人", "/年", "kg", "As", "至多",
                        "港元", "萬港元", "新台幣", "HKD", "港元/月"])
CURRENCY = st.sampled_from(["", "", "¥", "$", "RMB ", "USD ", "CNY", "HK$", "NT$ ", "人民币 ", "新台幣", "€"])
DATE = st.sampled_from(["2024-12-31", "2024-09", "2024年9月", "2024年9月30日", "2024-Q4", "2024Q4", "2024 Q4",
                        "2024年Q4", "2024年第四季度", "2024-H1", "2024年上半年", "2024年底", "Q3 2024", "FY2025",
                        "2024", "2024-13-45", "2024-02-30", "24", "2024/1/5", "2024.12"])
JOIN = st.sampled_from(["..", "~", "～", "至", "到", "-", "—", " to ", ""])
CMP = st.sampled_from(["<=", ">=", "<", ">", "≤", "≥", "=", "不超过", "至少", "最多", ""])
AFTER = st.sampled_from(["", "以内", "以上", "或以下", "以下"])
AS_OF = st.sampled_from(["as of", "AS OF", "As  of", "截至", "截止到", "截至到", "by"])
JUNK = st.sampled_from(["", "", "", "x", "#", "?", "(注)", " 左右", "!"])


@st.composite
def quantities(draw) -> str:
    return draw(CURRENCY) + draw(NUMBER) + draw(BLANK) + draw(SCALE) + draw(BLANK) + draw(UNIT)


@st.composite
def values(draw) -> tuple[str, str]:
    start = draw(st.sampled_from(["quantity", "target", "baseline", "date", "period"]))
    b, junk = draw(BLANK), draw(JUNK)
    if start == "quantity":
        text = draw(quantities())
    elif start == "target":
        shape = draw(st.sampled_from(["exact", "range", "bound", "after", "sign"]))
        q = draw(quantities())
        text = {"exact": q, "range": q + b + draw(JOIN) + b + draw(quantities()), "bound": draw(CMP) + b + q,
                "after": q + draw(AFTER), "sign": draw(st.sampled_from(["+", "-", "+ "])) + q}[shape]
    elif start == "baseline":
        text = draw(quantities()) + draw(st.sampled_from(["", " " + draw(AS_OF) + " " + draw(DATE)]))
    elif start == "date":
        text = draw(DATE) + draw(st.sampled_from(["", "前", "之前", " 以前"]))
    else:
        text = draw(DATE) + draw(st.sampled_from(["", b + draw(JOIN) + b + draw(DATE)]))
    return start, draw(BLANK) + text + junk + draw(BLANK)


def lark(start: str, text: str):
    try:
        return _lark_read(start, text, BUILTIN)
    except (ValueError_, ValueError, OverflowError) as exc:
        return type(exc)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(values())
@example(("baseline", "6M AS OF 2024-12-31"))
@example(("target", "200元以内"))
@example(("period", "2024-01-2024-03"))
def test_the_fast_reader_reads_what_lark_reads(case):
    start, text = case
    try:
        got = fast(BUILTIN).read(start, text)
    except (ValueError, OverflowError) as exc:  # a date that does not exist: lark's reading says so too
        assert lark(start, text) in (type(exc), ValueError_), text
        return
    if got is not None:
        assert got == lark(start, text), (start, text)


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("300萬港元", 3e6, "HKD"), ("HK$80万", 8e5, "HKD"), ("NT$500萬", 5e6, "TWD"), ("新台幣 300萬", 3e6, "TWD"),
    ("新台幣300萬元", 3e6, "TWD"), ("HK$80万元", 8e5, "HKD"), ("¥300万元", 3e6, "CNY"),
    ("人民币 300万", 3e6, "CNY"), ("€20k", 2e4, "EUR"), ("5万港元/月", 5e4, "HKD/月"), ("120k USD", 1.2e5, "USD"),
])
def test_currencies_of_hong_kong_taiwan_and_beyond_are_money(text, value, unit):
    q = read("quantity", text, BUILTIN)
    assert (q.value, q.unit) == (value, unit)
    assert BUILTIN.is_money(q.unit)


@pytest.mark.parametrize(("start", "text"), [
    ("quantity", "100万元"), ("quantity", "120k CNY"), ("target", "<= 200元"), ("target", "450 至 500"),
    ("baseline", "6M as of 2024-12-31"), ("date", "2024年Q4"), ("period", "2024-01-01 .. 2024-12-31"),
])
def test_the_usual_values_never_load_lark(start, text):
    assert fast(BUILTIN).read(start, text) is not None
    assert read(start, text) == lark(start, text)
