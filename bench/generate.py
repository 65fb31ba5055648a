"""Realistic plans of any size, Chinese or English, for the benchmark.

    python bench/generate.py 1000 --lang zh > plan.plan

Goals form a tree (company -> BU -> marketing sub-goals), every fourth leaf has a
problem a reviewer would catch, and there is one initiative for every two goals.
"""

from __future__ import annotations

import argparse
import random

ZH = {
    "plan": "计划", "team": "团队", "goal": "目标", "initiative": "举措", "period": "周期", "budget": "预算",
    "owner": "负责人", "members": "成员", "parent": "上级", "level": "层级", "metric": "指标", "baseline": "基准",
    "target": "目标值", "deadline": "截止", "department": "部门", "review": "复盘", "supports": "支撑",
    "strategy": "策略", "window": "时间", "measures": "衡量指标", "relevance": "关联度", "dimension": "维度",
}
EN = {k: k for k in ZH}
METRICS_ZH = [("季度销售额", "万元", "销售"), ("新增注册用户数", "万", "用户"), ("目标人群品牌认知率", "%", "品牌"),
              ("线上渠道销售额占比", "%", "渠道"), ("线索量", "条", "用户"), ("30日留存率", "%", "用户")]
METRICS_EN = [("quarterly revenue", "CNY", "sales"), ("new sign-ups", "count", "user"),
              ("brand awareness rate", "%", "brand"), ("online channel share", "%", "channel"),
              ("qualified leads", "count", "user"), ("30-day retention", "%", "user")]
PEOPLE_ZH = ["王芳", "张伟", "李娜", "刘洋", "陈静", "赵强", "孙丽", "周敏", "吴昊", "郑爽"]
PEOPLE_EN = ["Chen Jing", "Li Na", "Zhao Qiang", "Sun Li", "Liu Yang", "Zhou Min", "Wu Hao", "Ma Lin"]
REVIEW = {"zh": ["每周", "每月", "每季度"], "en": ["weekly", "monthly", "quarterly"]}
STRATEGY = {"zh": ["品牌曝光", "转化优化", "用户运营", "渠道拓展"], "en": ["brand exposure", "conversion", "user operations", "channel expansion"]}


def generate(goals: int, lang: str = "zh", seed: int = 7) -> str:
    rnd = random.Random(seed)
    k = ZH if lang == "zh" else EN
    people = PEOPLE_ZH if lang == "zh" else PEOPLE_EN
    metrics = METRICS_ZH if lang == "zh" else METRICS_EN
    teams = ["营销部", "销售部"] if lang == "zh" else ["Marketing", "Sales"]
    out = [
        f'{k["plan"]} "{"年度营销计划" if lang == "zh" else "Annual marketing plan"}"',
        f"  {k['period']}: 2025-01-01 .. 2025-12-31",
        f"  {k['budget']}: {goals * 5}万元" if lang == "zh" else f"  {k['budget']}: {goals * 50}k CNY",
        f"  {k['owner']}: {people[0]}",
        "",
    ]
    half = len(people) // 2
    for i, team in enumerate(teams):
        members = people[i * half:(i + 1) * half]
        out += [f"{k['team']} {team}", f"  {k['owner']}: {members[0]}", f"  {k['members']}: {', '.join(members[1:])}", ""]
    ids: list[str] = []
    for n in range(goals):
        gid = f"G{n}"
        name, unit, dim = metrics[n % len(metrics)]
        base = rnd.randint(20, 500)
        target = int(base * rnd.uniform(1.1, 1.8))
        team_index = n % 2
        team = teams[team_index]
        owner = people[team_index * half + rnd.randrange(half)]
        title = f"{name}从{base}提升到{target}" if lang == "zh" else f"{name} from {base} to {target}"
        lines = [f'{k["goal"]} {gid} "{title}"']
        if n == 0:
            lines.append(f"  {k['level']}: {'公司' if lang == 'zh' else 'company'}")
        else:
            lines.append(f"  {k['parent']}: {ids[(n - 1) // 4]}")
            lines.append(f"  {k['dimension']}: {dim}")
            lines.append(f"  {k['relevance']}: {'高' if lang == 'zh' else 'high'}")
        lines += [f"  {k['metric']}: {name} ({unit})", f"  {k['baseline']}: {base}"]
        if n % 4 != 3:  # every fourth goal: no target, a reviewer's catch
            lines.append(f"  {k['target']}: {target}")
        lines += [f"  {k['deadline']}: 2025-12-31", f"  {k['owner']}: {owner}", f"  {k['department']}: {team}",
                  f"  {k['review']}: {rnd.choice(REVIEW[lang])}", ""]
        out += lines
        ids.append(gid)
    for n in range(0, goals, 2):
        team_index = (n // 2) % 2
        owner = people[team_index * half + rnd.randrange(half)]
        out += [
            f'{k["initiative"]} I{n} "{"活动" if lang == "zh" else "Campaign"} {n}"',
            f"  {k['supports']}: G{n}, G{min(n + 1, goals - 1)}",
            f"  {k['strategy']}: {rnd.choice(STRATEGY[lang])}",
            f"  {k['owner']}: {owner}",
            f"  {k['budget']}: {rnd.randint(1, 8)}万元" if lang == "zh" else f"  {k['budget']}: {rnd.randint(10, 80)}k CNY",
            f"  {k['window']}: 2025-0{rnd.randint(1, 6)}-01 .. 2025-{rnd.randint(7, 12):02d}-28",
            f"  {k['measures']}: {'销售额, 线索量' if lang == 'zh' else 'revenue, leads'}",
            "",
        ]
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("goals", type=int)
    ap.add_argument("--lang", choices=["zh", "en"], default="zh")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    print(generate(args.goals, args.lang, args.seed))


if __name__ == "__main__":
    main()
