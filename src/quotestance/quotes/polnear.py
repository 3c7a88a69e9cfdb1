"""PolNeAR loader and direct-quote scorer (brat standoff attributions).

Layout: ``ROOT/{train,dev}/text/NAME.txt`` and ``ROOT/{train,dev}/attributions/NAME_ANNOTATOR.ann``.
A gold direct quote is a quote-mark pair lying at least half inside an annotated Content span;
a predicted quote matches it when it covers at least half of it; its speaker is right when
``speaker_start..speaker_end`` overlaps the relation's Source span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Sequence

Span = tuple[int, int]


class PolnearError(ValueError):
    """The PolNeAR root or one of its files is missing or unreadable."""


@dataclass
class Relation:
    """One attribution relation: Content span(s), optional Source span(s), Cue span(s)."""

    content: list[Span]
    source: list[Span] = field(default_factory=list)
    cue: list[Span] = field(default_factory=list)


@dataclass
class GoldQuote:
    """A quote-mark pair inside a Content span: ``start..end`` are the words between the marks."""

    start: int
    end: int
    source: list[Span]


@dataclass
class Article:
    name: str
    text: str
    relations: list[Relation]
    annotator: str = ""

    def gold_quotes(self) -> list[GoldQuote]:
        """Quote-mark pairs lying at least half inside some relation's Content span."""
        out = []
        for start, end in quote_pairs(self.text):
            length = max(end - start, 1)
            for rel in self.relations:
                if sum(_overlap((start, end), c) for c in rel.content) * 2 >= length:
                    out.append(GoldQuote(start, end, rel.source))
                    break
        return out


_PARA = re.compile(r"\n\s*\n|\n")
_OPEN = {"“": "”", '"': '"'}


def quote_pairs(text: str) -> list[Span]:
    """Spans between paired double quote marks, paragraph by paragraph (independent of the extractor).

    Curly marks pair by direction, straight marks by alternation; an opening mark left unclosed at
    the end of a paragraph closes at that paragraph end (a quote running over paragraphs).
    """
    spans: list[Span] = []
    pos = 0
    bounds = [m.start() for m in _PARA.finditer(text)] + [len(text)]
    for stop in bounds:
        opened = None
        closer = ""
        for i in range(pos, stop):
            ch = text[i]
            if opened is None:
                if ch in _OPEN:
                    opened, closer = i, _OPEN[ch]
            elif ch == closer or (ch == "”" and closer == '"') or (ch == '"' and closer == "”"):
                spans.append((opened + 1, i))
                opened = None
            elif ch == "“":
                opened = i
        if opened is not None and stop - opened > 1:
            spans.append((opened + 1, stop))
        pos = stop
    return [s for s in spans if s[1] > s[0]]


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _spans(field_text: str) -> list[Span]:
    out = []
    for part in field_text.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return out


def sampling_period(name: str) -> int:
    """PolNeAR's month-long sampling period (1-12) of an article named PUBLISHER_YYYY-MM-DD_SLUG:
    period 1 runs from 8 Nov 2015 to 7 Dec 2015, period 12 to election day (8 Nov 2016); train is
    periods 1-10, dev 11, test 12."""
    try:
        year, month, day = (int(x) for x in name.split("_")[1].split("-"))
    except (IndexError, ValueError):
        raise PolnearError(f"no PUBLISHER_YYYY-MM-DD_ date in article name: {name!r}") from None
    return min((year - 2015) * 12 + month - 11 + (day >= 8), 12)


def parse_ann(text: str) -> list[Relation]:
    """Relations of one brat .ann file (E lines joining T spans)."""
    spans: dict[str, list[Span]] = {}
    events = []
    for line in text.splitlines():
        cols = line.split("\t")
        if len(cols) < 2:
            continue
        if cols[0].startswith("T"):
            kind, _, loc = cols[1].partition(" ")
            try:
                spans[cols[0]] = _spans(loc)
            except ValueError:
                continue
        elif cols[0].startswith("E"):
            events.append(cols[1].split())
    rels = []
    for args in events:
        roles: dict[str, list[Span]] = {}
        for arg in args[1:]:
            role, _, tid = arg.partition(":")
            roles.setdefault(role, []).extend(spans.get(tid, []))
        if roles.get("Content"):
            rels.append(Relation(roles["Content"], roles.get("Source", []), roles.get("Cue", [])))
    return rels


def _annotation_files(root: str | Path, split: str) -> tuple[Path, dict[str, list[Path]]]:
    """The split's text folder and, per article name, its .ann files sorted by annotator."""
    base = Path(root) / split
    text_dir, ann_dir = base / "text", base / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise PolnearError(f"PolNeAR split not found: {base} (expected text/ and attributions/)")
    anns: dict[str, list[Path]] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        anns.setdefault(ann.stem.rsplit("_", 1)[0], []).append(ann)
    return text_dir, anns


def _annotator(ann: Path) -> str:
    """The annotator id at the end of NAME_ANNOTATOR.ann."""
    return ann.stem.rsplit("_", 1)[1]


def load_split(root: str | Path, split: str = "train") -> Iterator[Article]:
    """Articles of one split, sorted by name, each with its first annotator's relations (the one
    whose file name sorts first); raises PolnearError when the data is missing."""
    text_dir, anns = _annotation_files(root, split)
    for txt in sorted(text_dir.glob("*.txt")):
        if txt.stem in anns:
            ann = anns[txt.stem][0]
            yield Article(txt.stem, txt.read_text(encoding="utf-8"), parse_ann(ann.read_text(encoding="utf-8")),
                          _annotator(ann))


def load_multi_annotated(root: str | Path, split: str = "train") -> Iterator[list[Article]]:
    """Articles annotated by more than one annotator: one Article per annotator, sorted by name."""
    text_dir, anns = _annotation_files(root, split)
    for txt in sorted(text_dir.glob("*.txt")):
        files = anns.get(txt.stem, [])
        if len(files) > 1:
            text = txt.read_text(encoding="utf-8")
            yield [Article(txt.stem, text, parse_ann(f.read_text(encoding="utf-8")), _annotator(f)) for f in files]


@dataclass
class Score:
    """Counts behind quote P/R/F1, speaker accuracy and end-to-end F1."""

    gold: int = 0
    predicted: int = 0
    matched_pred: int = 0
    matched_gold: int = 0
    speaker_judged: int = 0
    speaker_right: int = 0
    e2e_right: int = 0

    def add(self, other: "Score") -> None:
        for k in self.__dataclass_fields__:
            setattr(self, k, getattr(self, k) + getattr(other, k))

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def summary(self) -> dict[str, float]:
        p = self.matched_pred / self.predicted if self.predicted else 0.0
        r = self.matched_gold / self.gold if self.gold else 0.0
        ep = self.e2e_right / self.predicted if self.predicted else 0.0
        er = self.e2e_right / self.gold if self.gold else 0.0
        return {
            "quote_p": p, "quote_r": r, "quote_f1": self._f1(p, r),
            "speaker_acc": self.speaker_right / self.speaker_judged if self.speaker_judged else 0.0,
            "e2e_p": ep, "e2e_r": er, "e2e_f1": self._f1(ep, er),
        }


def score_article(gold: Sequence[GoldQuote], predicted: Sequence, credit_via: bool = False) -> Score:
    """Score predictions (objects with start, end, speaker_start, speaker_end) against gold quotes.

    Each gold quote is matched by at most one prediction. Speaker accuracy is over matched gold
    quotes whose relation has a Source span; a gold quote without a Source counts end-to-end when
    the prediction also has no speaker mention. With credit_via (not the issue's metric), a
    prediction's ``via_start..via_end`` (the outlet it is reported through) overlapping the Source
    counts as right too: PolNeAR annotates '“Q,” X said, according to CNN' with Source CNN.
    """
    s = Score(gold=len(gold), predicted=len(predicted))
    used: set[int] = set()
    for g in gold:
        glen = max(g.end - g.start, 1)
        best = None
        for i, p in enumerate(predicted):
            if i not in used and _overlap((p.start, p.end), (g.start, g.end)) * 2 >= glen:
                best = i
                break
        if best is None:
            continue
        used.add(best)
        s.matched_gold += 1
        p = predicted[best]
        if g.source:
            s.speaker_judged += 1
            ok = p.speaker_start is not None and any(
                _overlap((p.speaker_start, p.speaker_end), src) > 0 for src in g.source
            )
            via = getattr(p, "via_start", None) if credit_via else None
            ok = ok or (via is not None and any(_overlap((via, p.via_end), src) > 0 for src in g.source))
            s.speaker_right += ok
        else:
            ok = p.speaker_start is None
        s.e2e_right += ok
    s.matched_pred = sum(
        1 for i, p in enumerate(predicted)
        if i in used or any(_overlap((p.start, p.end), (g.start, g.end)) * 2 >= max(g.end - g.start, 1) for g in gold)
    )
    return s
