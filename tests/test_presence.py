"""One scan for several vocabularies (``Presence``) says what each vocabulary's own search
says, and a vocabulary's memo of a text's matches gives what a fresh scan finds."""

from __future__ import annotations

import random

from planlint.language.packs import Presence, Terms, load_packs


def _texts(terms: list[str], n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    filler = ["", " ", "a", "x1", "的", "提升", "率", "-", "（", "Q3", "营", "销售", "用户", "Lead", "s"]
    out = []
    for _ in range(n):
        parts = [rnd.choice(terms) if rnd.random() < 0.4 else rnd.choice(filler) for _ in range(rnd.randint(0, 6))]
        text = "".join(parts)
        if rnd.random() < 0.3:
            text = text.upper()
        out.append(text)
    return out


def test_presence_agrees_with_each_vocabulary() -> None:
    packs = load_packs()
    for presence, vocabs in [
        (packs.family_presence, [t for _, t in packs.family_res]),
        (packs.conflict_presence, [t for _, a, b in packs.conflict_res for t in (a, b)]),
    ]:
        words = [w for name, words in packs.data.families.items() for w in words] + \
            [t for c in packs.data.conflicts for t in (*c.a.terms, *c.b.terms)]
        for text in _texts(words, 3000, 13):
            expected = [v.search(text) is not None for v in vocabs]
            assert presence.present(text) == expected, text


def test_presence_word_edges_and_folding() -> None:
    vocabs = [Terms(["lead", "影響力"]), Terms(["leads", "ad"]), Terms(["品牌"])]
    p = Presence(vocabs)
    for text in ["leads", "lead", "mislead", "leadx", "ad hoc", "bad", "影响力", "品牌影響力", "LEAD", ""]:
        assert p.present(text) == [v.search(text) is not None for v in vocabs], text


def test_memo_gives_what_a_scan_finds() -> None:
    packs = load_packs()
    terms = packs.phrase_all
    words = [t for ph in packs.data.phrases for t in ph.match]
    for text in _texts(words, 500, 5) * 2:  # the second round reads the memo
        fresh = [(m.start(), m.end()) for m in terms._all(text)]
        assert [(m.start(), m.end()) for m in terms.finditer(text)] == fresh
        first = terms.search(text)
        assert (first.span() if first else None) == (fresh[0] if fresh else None)


def test_scan_finds_what_the_regular_expression_does() -> None:
    """The scan by first characters finds what one regular expression of the terms, longest
    first, finds (English text has a possible start at almost every letter)."""
    import re

    from planlint.language.packs import term_pattern
    from planlint.language.script import fold

    packs = load_packs()
    for words in ([t for ph in packs.data.phrases for t in ph.match],
                  [w for ws in packs.data.families.values() for w in ws],
                  ["lead", "leads", "a", "ad", "as soon as possible", "影響力", "品牌", "s"]):
        terms = Terms(words)
        ordered = sorted({fold(w) for w in words if w}, key=len, reverse=True)
        rx = re.compile("|".join(term_pattern(t) for t in ordered), re.I)
        for text in _texts(words, 1500, 21):
            assert [m.span() for m in terms._all(text)] == [m.span() for m in rx.finditer(fold(text))], text


def test_hedge_scan_start_filter_changes_nothing() -> None:
    """The vague rules' ``Scan`` looks only where a term may start; it finds what the plain
    alternation of its terms finds."""
    import re

    from planlint.language.script import fold
    from planlint.rules.vague.words import Scan, term_or_frame

    packs = load_packs()
    data = packs.data
    for words in ([t for h in data.hedges for t in h.match], [t for h in data.softeners for t in h.match],
                  data.approximators.before, data.approximators.after + ["-ish", "x"]):
        scan = Scan(words)
        ordered = sorted({fold(t) for t in words if t}, key=len, reverse=True)
        plain = re.compile("|".join(term_or_frame(t) for t in ordered), re.IGNORECASE)  # frames: as … as possible
        for text in _texts(words, 1500, 3):
            assert [m.span() for m in scan.finditer(text)] == [m.span() for m in plain.finditer(fold(text))], text
            assert bool(scan.rx.match(fold(text))) == bool(plain.match(fold(text))), text


def test_term_edges_are_those_of_the_case_insensitive_class() -> None:
    """``term_pattern`` writes its word edges case-sensitively (a class compiled with re.I costs
    a 64K-entry table): they refuse exactly what ``[A-Za-z0-9]`` refuses under re.I, the four
    letters that fold to ASCII (İ ı ſ K) too."""
    import re

    from planlint.language.packs import term_pattern

    old = re.compile(r"(?<![A-Za-z0-9])ad(?![A-Za-z0-9])", re.I)
    new = re.compile(term_pattern("ad"), re.I)
    for c in [*map(chr, range(0x2200)), "\u212a", "中", "\U00020000"]:
        for text in (c + "ad", "ad" + c, c + "AD" + c):
            assert bool(old.search(text)) == bool(new.search(text)), repr(text)


def test_starts_are_found_alike_before_and_after_the_class_is_compiled() -> None:
    """A vocabulary's first texts are read without a compiled character class (``_Starts``):
    the matches are the same, and a NUL in the text (how starts are marked) is no start."""
    from planlint.language.packs import _Starts

    words = ["lead", "影響力", "品牌", "ad"]
    texts = [a + "\0" + b for a, b in zip(_texts(words, 300, 3), _texts(words, 300, 4), strict=True)]
    texts += ["\0", "\0lead", "品\0牌", "\0\0影响力"]
    compiled = Terms(words)
    for _ in range(_Starts.COMPILE_AFTER + 1):
        list(compiled._all("lead"))
    assert compiled._starts.rx is not None
    for text in texts:
        assert [m.span() for m in Terms(words)._all(text)] == [m.span() for m in compiled._all(text)], repr(text)
    assert [m.span() for m in Terms(words)._all("\0\0影响力")] == [(2, 5)]
    assert Presence([Terms(["品牌"])]).present("品\0牌") == [False]


def test_whether_a_hedge_may_start_is_what_the_alternation_of_first_parts_says() -> None:
    """VG002 asks a term matcher of the hedges' first parts (``Hedges.maybe``) whether a text can
    hold one: the answer of a regular expression of those parts (``Scan``), without compiling it."""
    from planlint.language.packs import shape
    from planlint.language.script import fold
    from planlint.rules.vague.words import Hedges, Scan

    packs = load_packs()
    h = Hedges(packs)
    assert h.maybe is not None
    firsts = [t for ts in h.maybe._by_first.values() for t, _, _ in ts]
    scan = Scan(firsts)
    words = [t for x in [*packs.data.hedges, *packs.data.softeners] for t in x.match] + ["as", "as many", "越"]
    for text in _texts(words, 2000, 17) + ["AS MANY leads AS POSSIBLE", "pass a test", "越来越好"]:
        key = shape(fold(text))
        assert h.maybe.occurs(key) == (scan.rx.search(key) is not None), text
