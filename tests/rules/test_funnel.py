from conftest import lint, only

SAAS = """\
plan "FY25"
  period: 2025-01-01 .. 2025-12-31
  budget: 600k CNY
  owner: Chen Jing

goal ARR "New ARR"
  level: company
  metric: new ARR (CNY)
  baseline: 6M
  target: 10M
  deadline: 2025-12-31
  owner: Chen Jing
  review: monthly
  assume:
    deal size: 50k CNY
    conversion: 10%
    cost per lead: <= 200 CNY

goal CUSTOMERS "customers"
  parent: ARR
  metric: new paying customers (count)
  baseline: 120
  target: 200
  deadline: 2025-12-31
  owner: Liu Yang
  review: weekly

goal LEADS "leads"
  parent: CUSTOMERS
  metric: qualified leads (count)
  baseline: 1200
  target: 2000
  deadline: 2025-12-31
  owner: Chen Jing
  review: weekly

initiative SEM "Search"
  supports: LEADS, CUSTOMERS
  strategy: conversion
  owner: Chen Jing
  budget: 400k CNY
  window: 2025-01-01 .. 2025-12-31
"""


def test_quiet_when_the_funnel_holds():
    assert [f for f in lint(SAAS) if f.code in ("AL009", "RS005")] == []


def test_al009_leads_below_what_the_funnel_needs():
    text = SAAS.replace("  baseline: 1200\n  target: 2000", "  baseline: 1200\n  target: 1500")
    [f] = only(lint(text), "AL009")
    assert f.message == "LEADS targets 1,500 but 10M CNY / 50k CNY / 10% needs 2,000"
    assert f.fix == "raise LEADS to 2,000 or justify a conversion of 13.3%"


def test_al009_customers_below_need_in_chinese():
    text = SAAS.replace("  baseline: 120\n  target: 200", "  baseline: 120\n  target: 150")
    [f] = only(lint(text, lang="zh"), "AL009")
    assert "需要 200 个客户" in f.message


def test_rs005_lead_budget_short():
    text = SAAS.replace("budget: 400k CNY", "budget: 300k CNY")
    [f] = only(lint(text), "RS005")
    assert f.message == "2,000 leads x 200 CNY = 400k CNY, but the initiatives behind LEADS have 300k CNY"
    assert "add 100k CNY" in f.fix and "150 CNY" in f.fix
