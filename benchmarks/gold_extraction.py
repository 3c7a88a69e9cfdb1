"""Score quotestance.quotes.extract against the project's own gold quotes (Lee corpus, news samples).

Gold: every direct quote with a resolved speaker in src/quotestance/labels/gold/ (`lee.jsonl`,
`news_samples.jsonl`: the adjudicated statements) plus the non-statement units of pass 1
(`*_pass1.jsonl` with `is_statement: false`: scare quotes, titles, mis-paired text), which must
not be extracted.

Metrics per corpus: quote P/R/F1 (a prediction matches a gold quote when it covers at least half
of it, one-to-one), speaker accuracy on matched quotes (canonical name equal after case and
whitespace normalisation; 'lenient': the last names match), end-to-end F1 (matched and speaker
right, strict), and the number of non-statement units wrongly extracted (some prediction not
matched to a statement covers at least half of the unit).

Usage: python benchmarks/gold_extraction.py [--corpus lee news] [--root ../shared/data] [--errors]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from quotestance.quotes import extract

GOLD_DIR = Path(__file__).resolve().parents[1] / "src" / "quotestance" / "labels" / "gold"
DEFAULT_ROOT = Path(__file__).resolve().parents[1].parent / "shared" / "data"
_BLANK = re.compile(r"\n\s*\n")
_WS = re.compile(r"\s+")
_TITLE = re.compile(r"^(?:mr|mrs|ms|dr|sir|the|a|an)\.?\s+", re.I)


@dataclass
class Doc:
    """One article: its text and its gold (offsets relative to the text)."""

    doc_id: str
    text: str
    statements: list[dict] = field(default_factory=list)   # start, end, speaker
    non_statements: list[dict] = field(default_factory=list)


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _attach(docs: dict, key, rec: dict, shift: int) -> None:
    unit = {"start": rec["start"] - shift, "end": rec["end"] - shift, "speaker": rec.get("speaker"),
            "id": rec.get("id")}
    if rec.get("is_statement", True):
        docs[key].statements.append(unit)
    else:
        docs[key].non_statements.append(unit)


def _statement_overlaps(doc: Doc, unit: dict) -> bool:
    return any(min(unit["end"], s["end"]) > max(unit["start"], s["start"]) for s in doc.statements)


def _finish(docs: dict, pass1: list[dict], key_of, shift_of) -> list[Doc]:
    for rec in pass1:
        if rec.get("is_statement", True):
            continue
        key = key_of(rec)
        if key not in docs:
            continue
        unit = {"start": rec["start"] - shift_of(rec), "end": rec["end"] - shift_of(rec), "speaker": None,
                "id": rec.get("id")}
        # a non-statement whose span the adjudicated gold turned into (part of) a statement is dropped
        if unit["end"] > unit["start"] and not _statement_overlaps(docs[key], unit):
            docs[key].non_statements.append(unit)
    return list(docs.values())


def lee_docs(lee_dir: Path | None = None) -> list[Doc]:
    """Lee corpus articles holding gold units (gold statements: lee.jsonl; non-statements: pass 1)."""
    from quotestance.data.gold import lee_corpus_dir

    folder = Path(lee_dir) if lee_dir else lee_corpus_dir()
    lines: dict[str, list[str]] = {}

    def line_of(rec):
        if rec["file"] not in lines:
            lines[rec["file"]] = (folder / rec["file"]).read_text(encoding="latin-1").split("\n")
        return lines[rec["file"]][rec["line"]]

    gold, pass1 = _read_jsonl(GOLD_DIR / "lee.jsonl"), _read_jsonl(GOLD_DIR / "lee_pass1.jsonl")
    docs: dict = {}
    for rec in gold + [r for r in pass1 if not r.get("is_statement", True)]:
        key = (rec["file"], rec["line"])
        if key not in docs:
            docs[key] = Doc(f"lee/{rec['file']}:{rec['line']}", line_of(rec))
    for rec in gold:
        _attach(docs, (rec["file"], rec["line"]), rec, 0)
    return _finish(docs, pass1, lambda r: (r["file"], r["line"]), lambda r: 0)


def news_articles(text: str) -> list[tuple[int, int]]:
    """(start, end) of the articles of a news-sample file: blocks between blank lines."""
    blocks, pos = [], 0
    for m in _BLANK.finditer(text):
        blocks.append((pos, m.start()))
        pos = m.end()
    blocks.append((pos, len(text)))
    return [b for b in blocks if text[b[0]:b[1]].strip()]


def news_docs(root: Path = DEFAULT_ROOT, all_articles: bool = False) -> list[Doc]:
    """News-sample articles (offsets shifted from the whole file to the article)."""
    folder = Path(root) / "news" / "conflibert_samples"
    if not folder.is_dir():
        raise FileNotFoundError(f"news samples not found: {folder}")
    gold, pass1 = _read_jsonl(GOLD_DIR / "news_samples.jsonl"), _read_jsonl(GOLD_DIR / "news_samples_pass1.jsonl")
    files = sorted({r["file"] for r in gold + pass1})
    bounds: dict[tuple[str, int], tuple[int, int]] = {}
    docs: dict = {}
    for name in files:
        text = (folder / name).read_text(encoding="utf-8")
        for k, (a, b) in enumerate(news_articles(text)):
            bounds[(name, k)] = (a, b)
            if all_articles:
                docs[(name, k)] = Doc(f"news/{name}#{k}", text[a:b])
        for rec in gold + pass1:
            key = (rec["file"], rec["article"])
            if rec["file"] == name and key not in docs:
                a, b = bounds[key]
                docs[key] = Doc(f"news/{name}#{rec['article']}", text[a:b])
    shift = lambda r: bounds[(r["file"], r["article"])][0]  # noqa: E731
    for rec in gold:
        _attach(docs, (rec["file"], rec["article"]), rec, shift(rec))
    return _finish(docs, pass1, lambda r: (r["file"], r["article"]), shift)


# --- scoring ---------------------------------------------------------------------------------
def norm_name(name: str | None) -> str:
    if not name:
        return ""
    s = _WS.sub(" ", name.replace("’", "'")).strip().lower()
    return _TITLE.sub("", s).rstrip(".,")


def last_name(name: str | None) -> str:
    toks = re.findall(r"[\w'\-]+", norm_name(name))
    toks = [t for t in toks if t not in ("jr", "sr", "ii", "iii")]
    return toks[-1] if toks else ""


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speaker_right: int = 0
    speaker_lenient: int = 0
    non_statements: int = 0
    non_extracted: int = 0
    articles: int = 0

    def add(self, o: "Tally") -> None:
        for k in self.__dataclass_fields__:
            setattr(self, k, getattr(self, k) + getattr(o, k))

    def summary(self) -> dict:
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        ep = self.speaker_right / self.predicted if self.predicted else 0.0
        er = self.speaker_right / self.gold if self.gold else 0.0
        return {
            "articles": self.articles, "gold": self.gold, "predicted": self.predicted,
            "quote_p": p, "quote_r": r, "quote_f1": f,
            "speaker_acc": self.speaker_right / self.matched if self.matched else 0.0,
            "speaker_acc_lenient": self.speaker_lenient / self.matched if self.matched else 0.0,
            "e2e_f1": 2 * ep * er / (ep + er) if ep + er else 0.0,
            "non_statements": self.non_statements, "non_statements_extracted": self.non_extracted,
        }


def _covers(p, g: dict) -> bool:
    ov = min(p.end, g["end"]) - max(p.start, g["start"])
    return ov * 2 >= max(g["end"] - g["start"], 1)


def score_doc(doc: Doc, preds, errors: list | None = None) -> Tally:
    t = Tally(gold=len(doc.statements), predicted=len(preds), non_statements=len(doc.non_statements), articles=1)
    used: set[int] = set()
    for g in sorted(doc.statements, key=lambda g: g["start"]):
        hit = next((i for i, p in enumerate(preds) if i not in used and _covers(p, g)), None)
        if hit is None:
            if errors is not None:
                errors.append(("missed", doc, g["start"], g["end"], g["speaker"], None))
            continue
        used.add(hit)
        t.matched += 1
        p = preds[hit]
        strict = norm_name(p.speaker) == norm_name(g["speaker"])
        t.speaker_right += strict
        t.speaker_lenient += strict or (bool(last_name(p.speaker)) and last_name(p.speaker) == last_name(g["speaker"]))
        if not strict and errors is not None:
            errors.append(("speaker", doc, g["start"], g["end"], g["speaker"], p.speaker))
    for i, p in enumerate(preds):
        if i in used:
            continue
        bad = [u for u in doc.non_statements if _covers(p, u)]
        t.non_extracted += len(bad)
        if errors is not None:
            errors.append(("non-statement" if bad else "spurious", doc, p.start, p.end, None, p.speaker))
    return t


def score_docs(docs: list[Doc], extractor=extract, errors: list | None = None) -> Tally:
    total = Tally()
    for doc in docs:
        total.add(score_doc(doc, extractor(doc.text, doc.doc_id), errors))
    return total


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    s = text[max(0, start - width):start] + "[[" + text[start:end] + "]]" + text[end:end + width]
    return _WS.sub(" ", s)


def format_row(name: str, t: Tally) -> str:
    s = t.summary()
    return (f"{name:<6} articles={s['articles']:<4} gold={s['gold']:<4} pred={s['predicted']:<4} "
            f"P={s['quote_p']:.3f} R={s['quote_r']:.3f} F1={s['quote_f1']:.3f} "
            f"speaker_acc={s['speaker_acc']:.3f} lenient={s['speaker_acc_lenient']:.3f} e2e_F1={s['e2e_f1']:.3f} "
            f"non_statements_extracted={s['non_statements_extracted']}/{s['non_statements']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", nargs="+", choices=["lee", "news"], default=["lee", "news"])
    ap.add_argument("--root", type=Path, default=DEFAULT_ROOT, help="folder holding news/conflibert_samples/")
    ap.add_argument("--errors", action="store_true", help="list missed, spurious and wrong-speaker quotes")
    ap.add_argument("--json", action="store_true", help="one JSON summary per corpus")
    args = ap.parse_args(argv)
    status = 0
    for corpus in args.corpus:
        try:
            docs = lee_docs() if corpus == "lee" else news_docs(args.root)
        except Exception as err:  # noqa: BLE001 - missing optional data: one line, go on
            print(f"gold_extraction: {corpus}: skipped: {err}", file=sys.stderr)
            status = 2
            continue
        errors: list | None = [] if args.errors else None
        tally = score_docs(docs, errors=errors)
        print(json.dumps({"corpus": corpus, **tally.summary()}) if args.json else format_row(corpus, tally))
        if errors:
            counts = defaultdict(int)
            for kind, doc, start, end, gold_sp, pred_sp in errors:
                counts[kind] += 1
                who = f"gold={gold_sp!r} pred={pred_sp!r}"
                print(f"  {kind:<13} {doc.doc_id} {start}:{end} {who} | {_context(doc.text, start, end)}")
            print(f"  errors: {dict(counts)}")
    return status


if __name__ == "__main__":
    sys.exit(main())
