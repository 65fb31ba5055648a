"""What encoding a plan file is in, and its text.

Read: UTF-8 (with or without a BOM), UTF-16 (with a BOM, or without one, recognised by its NUL
bytes: the high byte of every ASCII character), UTF-32 with a BOM. Named, not read (a plan is
kept in UTF-8 so that diffs, reviews and every other tool agree on it): GBK / GB18030 and Big5
text, the encodings Chinese Windows saves in, and Windows-1252; each is told apart by how many
of the characters it decodes to are common Chinese characters (or, for Windows-1252, by its
bytes standing alone). What is none of these is binary.

``decode`` returns a ``Decoded`` (the text, the codec, the BOM: ``encode`` writes a text back
the same way) or raises ``Undecodable`` (what the bytes are, the line where that shows).
"""

from __future__ import annotations

import codecs

from planlint.records import record

SAMPLE = 64 * 1024  # enough bytes to tell encodings apart; only these are decoded to guess

# the most frequent Chinese characters in running text, and the words of plans (Simplified;
# candidates are folded to Simplified before counting, so Big5's Traditional text counts too)
COMMON = frozenset(
    "的一是不了人我在有他这中大来上个国到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她"
    "里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老"
    "从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机"
    "给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产"
    "入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提"
    "感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛"
    "林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权"
    "往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式"
    "李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据"
    "导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴切团群"
    "标划举措负责预算准值截止营销户牌售渠道复盘季度增提升率注册线索转化销额客户曝光拆贡献假设历史实际"
    "先行口径备注协衡策略维层级项个层核心推广活动内容投放门店私域会员粉丝流量点击留存复购"
)


@record(frozen=True)
class Decoded:
    """A file's text, decoded, and what was found about its encoding."""

    text: str
    codec: str  # a Python codec name: utf-8, utf-16-le, utf-16-be, utf-32-le, utf-32-be
    bom: bytes = b""

    @property
    def name(self) -> str:
        """The encoding as people call it: UTF-8, UTF-16 LE, ..."""
        return {"utf-8": "UTF-8", "utf-16-le": "UTF-16 LE", "utf-16-be": "UTF-16 BE",
                "utf-32-le": "UTF-32 LE", "utf-32-be": "UTF-32 BE"}[self.codec]

    def encode(self, text: str) -> bytes:
        """``text`` as bytes the way the file was written (its encoding, its BOM)."""
        return self.bom + text.encode(self.codec)


class Undecodable(Exception):
    """``kind``: ``binary``, ``not-utf8`` (some other encoding, unknown), ``named`` (``encoding``
    says which) or ``damaged`` (a UTF-16/UTF-32 file broken at ``line``)."""

    def __init__(self, kind: str, line: int = 1, encoding: str = "") -> None:
        super().__init__(f"{kind} {encoding} at line {line}".strip())
        self.kind, self.line, self.encoding = kind, line, encoding


_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),  # before UTF-16 LE: FF FE 00 00
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def decode(data: bytes) -> Decoded:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return Decoded(_strict(data[len(bom):], codec), codec, bom)
    if b"\x00" in data[:8192]:
        codec = _utf16_without_bom(data)
        if codec is None:
            raise Undecodable("binary")
        return Decoded(_strict(data, codec), codec)
    return Decoded(_strict(data, "utf-8"), "utf-8")


def _strict(data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        if codec == "utf-8":
            name = _legacy(data[max(0, exc.start - SAMPLE // 2):][:SAMPLE])
            line = data[: exc.start].count(b"\n") + 1
            raise Undecodable("named" if name else "not-utf8", line, name or "") from None
        line = data[: exc.start].decode(codec, errors="replace").count("\n") + 1
        raise Undecodable("damaged", line, "UTF-16" if "16" in codec else "UTF-32") from None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 LE or BE without a BOM: NULs in the high byte of the ASCII characters (spaces,
    colons, digits, line ends: a tenth of the pairs at least), the text decoded from them free of
    NUL characters and nearly all letters, digits, punctuation and spaces."""
    sample = data[:8192]
    sample = sample[: len(sample) // 2 * 2]
    pairs = len(sample) // 2
    if not pairs:
        return None
    low_nul, high_nul = sample[0::2].count(0), sample[1::2].count(0)
    codec = "utf-16-le" if high_nul >= low_nul else "utf-16-be"
    if max(low_nul, high_nul) < pairs / 10:
        return None
    try:
        text = sample.decode(codec)
    except UnicodeDecodeError as exc:  # a surrogate pair cut at the end of the sample is fine
        if exc.start < len(sample) - 4:
            return None
        text = sample[: exc.start].decode(codec)
    if not text or "\x00" in text:
        return None
    import unicodedata  # (only for a file with NUL bytes: not on every run)

    texty = sum(1 for c in text if c in "\t\n\r" or unicodedata.category(c)[0] in "LNPSZM")
    return codec if texty >= 0.97 * len(text) else None


def _legacy(sample: bytes) -> str | None:
    """The legacy encoding ``sample`` (bytes that are not UTF-8) is most likely in, or None."""
    from planlint.language.script import fold

    best, best_score = None, 0.0
    for name, codec in (("GBK", "gbk"), ("GB18030", "gb18030"), ("Big5", "big5"), ("Big5-HKSCS", "big5hkscs")):
        text = _decode_prefix(sample, codec)
        if text is None:
            continue
        han = [c for c in fold(text) if "\u3400" <= c <= "\u9fff"]
        if len(han) < 2:
            continue
        score = sum(1 for c in han if c in COMMON) / len(han)
        if score > best_score + 0.05:  # the later, larger codecs win only when they do better
            best, best_score = name, score
    if best is not None and best_score >= 0.25:
        return best
    if _alone_high_bytes(sample) and _decode_prefix(sample, "cp1252") is not None:
        return "Windows-1252"
    return None


def _decode_prefix(sample: bytes, codec: str) -> str | None:
    """``sample`` decoded strictly, allowing a character cut at either end of it."""
    for start in range(0, 4):
        dec = codecs.getincrementaldecoder(codec)()
        try:
            return dec.decode(sample[start:], final=False)
        except UnicodeDecodeError as exc:
            if exc.start > 4:
                return None
    return None


def _alone_high_bytes(sample: bytes) -> bool:
    """Bytes above 0x7F that stand between ASCII characters (é, “, ’ in a Western text), not in
    the runs that double-byte Chinese encodings make."""
    high = [i for i, b in enumerate(sample) if b > 0x7F]
    return bool(high) and sum(1 for i in high if i + 1 < len(sample) and sample[i + 1] > 0x7F) <= len(high) // 10
