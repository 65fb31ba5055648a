"""RS004: one person owns more initiatives at the same time than the limit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from planlint.api.rule import Context, Hit, Options, Rule
from planlint.i18n.messages import Join, Term
from planlint.model import Initiative, Plan


class OverloadOptions(Options):
    max_concurrent: int = 3


class OwnerOverloaded(Rule):
    """One person owns more initiatives at the same time than the limit.

    What it checks: for each owner, the largest number of initiatives whose windows overlap
    on one day; more than `max-concurrent` (default 3) is reported on the initiative that
    goes over.
    Why: resources include people (tracking guide 1(4): 若目标要求"每月产出4场直播", 需提前确认
    主播、运营、场控的排期): four campaigns on one person's desk in the same month means some of
    them will not happen.
    Fix: the other initiatives at that time, and a colleague from the owner's team.
    """

    code = "RS004"
    name = "owner-overloaded"
    category = "resource"
    severity = "warning"
    options = OverloadOptions
    messages = {
        "over": ("{owner} 同时负责 {count} 个举措 (上限 {limit}): {initiative} 与 {others} 时间重叠",
                 "{owner} owns {count} initiatives at once (limit {limit}): {initiative} overlaps {others}"),
        "fix": ("把 {initiative} 交给{whom}, 或错开时间", "hand {initiative} to {whom}, or move its window"),
        "mate": ("团队同事, 例如 {mate}", "a colleague, e.g. {mate}"),
    }

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        limit = ctx.options.max_concurrent  # type: ignore[attr-defined]
        by_owner: dict[str, list[Initiative]] = {}
        for ini in plan.initiatives:
            if ini.owner is not None and ini.window is not None:
                by_owner.setdefault(ini.owner.value, []).append(ini)
        for who, items in by_owner.items():
            if len(items) <= limit:
                continue
            events: list[tuple[dt.date, int, int, Initiative]] = []
            for n, ini in enumerate(items):
                events.append((ini.window.start, 1, n, ini))  # type: ignore[union-attr]
                events.append((ini.window.end + dt.timedelta(days=1), -1, n, ini))  # type: ignore[union-attr]
            active: dict[int, Initiative] = {}
            for _, kind, n, ini in sorted(events, key=lambda e: (e[0], e[1], e[2])):
                if kind < 0:
                    active.pop(n, None)
                    continue
                active[n] = ini
                if len(active) > limit:
                    others = Join(tuple(i.id or "?" for i in active.values() if i is not ini))
                    mates = [p for t in plan.index.team_of.get(who, []) for p in sorted(t.people()) if p != who]
                    whom = self.msg("mate", mate=mates[0]) if mates else Term("其他人", "someone else")
                    msg = self.msg("over", owner=who, count=str(len(active)), limit=str(limit), initiative=ini.id or "?",
                                   others=others)
                    yield Hit(ini.owner.span or ini.header_span, msg,  # type: ignore[union-attr]
                              self.msg("fix", initiative=ini.id or "?", whom=whom))
                    break
