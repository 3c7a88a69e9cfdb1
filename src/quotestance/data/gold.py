"""The project's own gold quotes: standoff annotations read against the original texts.

Annotations (offsets, speaker, labels, annotator) ship in quotestance/labels/gold/; the texts do
not. Each loader reads the text from where it lives, checks the file's SHA-256 and every span,
and fails with a one-line DataError when a file is missing or changed.

* seed: the Jan-2022 Russia-Ukraine report in seeds/ (13 quotes).
* lee_gold: quotes of the Lee corpus, 349 ABC (Australian Broadcasting Corporation) news
  articles from Dec 2001, shipped in gensim's wheel (gensim/test/test_data/lee_background.cor and
  lee.cor; LGPL-2.1 package, text (c) ABC). Lines are articles; the files are latin-1.
* quotestance_gold: seed + lee_gold, the default data of the project.
* polnear_quotes: 2,328 quotes of 276 PolNeAR training articles (US campaign news, 2016;
  Newell et al., LREC 2018, https://github.com/networkdynamics/PolNeAR; research use), found by
  the project's extractor and labelled under the codebook (single pass), read from
  `<root>/polnear/train/text/`.
* news_samples_gold: quotes of the ConfliBERT pretraining news samples (20 files of BBC,
  CNN/Reuters, Xinhua, UN News, ... text; github.com/eventdata/ConfliBERT, GPL-3.0 repository,
  text (c) the outlets), read from `<root>/news/conflibert_samples/`.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
from functools import lru_cache
from pathlib import Path

from quotestance.data import DataError
from quotestance.data.schema import to_dataset
from quotestance.labels import GOLD_DIR, read_annotations
from quotestance.labels.standoff import span_hash
from quotestance.paths import project_root

CONTEXT_CHARS = 200
LEE_FILES = ("lee_background.cor", "lee.cor")


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _window(text: str, start: int, end: int) -> str:
    return text[max(0, start - CONTEXT_CHARS) : end + CONTEXT_CHARS]


def _record(ann: dict, text: str, doc_id: str, group: str, source: str, where: str) -> dict:
    start, end = ann["start"], ann["end"]
    span = text[start:end]
    if not span or ("span_hash" in ann and span_hash(span) != ann["span_hash"]):
        raise DataError(f"{where}: span {start}:{end} of {ann['id']} does not match the annotated text")
    return {
        "id": ann["id"],
        "text": span,
        "stance": ann.get("stance"),
        "sentiment": ann.get("sentiment"),
        "speaker": ann.get("speaker"),
        "doc_id": doc_id,
        "group": group,
        "source": source,
        "context": _window(text, start, end),
    }


def merge_groups_sharing_text(records: list[dict]) -> list[dict]:
    """Give one CV group to all articles that share a quote (reprinted stories, repeated quotes).

    Without this a repeated quote could sit in training and test folds at once.
    """
    parent: dict[str, str] = {}

    def find(g: str) -> str:
        while parent.setdefault(g, g) != g:
            parent[g] = parent[parent[g]]
            g = parent[g]
        return g

    first_group_of_text: dict[str, str] = {}
    for rec in records:
        key = " ".join(rec["text"].lower().split())
        other = first_group_of_text.setdefault(key, rec["group"])
        parent[find(rec["group"])] = find(other)
    for rec in records:
        rec["group"] = find(rec["group"])
    return records


def _read_checked(path: Path, sha256: str | None, encoding: str = "utf-8") -> str:
    if not path.is_file():
        raise DataError(f"missing data file: {path}")
    if sha256 and file_sha256(path) != sha256:
        raise DataError(f"data file changed since annotation (SHA-256 differs): {path}")
    return path.read_text(encoding=encoding)


def seed_records(seeds_dir: Path | None = None, group_by: str = "doc") -> list[dict]:
    seeds_dir = Path(seeds_dir) if seeds_dir else project_root() / "seeds"
    if group_by not in ("doc", "speaker"):
        raise DataError(f"group_by must be 'doc' or 'speaker', not {group_by!r}")
    records, texts = [], {}
    for ann in read_annotations(GOLD_DIR / "seed.jsonl"):
        path = seeds_dir / ann["file"]
        if ann["file"] not in texts:
            texts[ann["file"]] = _read_checked(path, ann.get("sha256"))
        rec = _record(ann, texts[ann["file"]], f"seed/{ann['file']}", f"seed/{ann['file']}", "seed", str(path))
        if group_by == "speaker":
            rec["group"] = rec["speaker"]
        records.append(rec)
    return records


def seed_gold(root: str | None = None, seeds_dir: str | None = None, group_by: str = "doc"):
    """The seed article's 13 quotes; `group_by='speaker'` lets one article be cross-validated."""
    return to_dataset(seed_records(seeds_dir, group_by))


@lru_cache(maxsize=None)
def lee_corpus_dir() -> Path:
    """gensim's test_data folder, located from package metadata without importing gensim."""
    try:
        dist = importlib.metadata.distribution("gensim")
    except importlib.metadata.PackageNotFoundError:
        raise DataError("the Lee corpus ships in gensim's wheel: pip install 'quotestance[lee]' (or gensim)") from None
    return Path(dist.locate_file("gensim/test/test_data"))


def lee_records(lee_dir: str | Path | None = None) -> list[dict]:
    folder = Path(lee_dir) if lee_dir else lee_corpus_dir()
    lines = {}
    records = []
    for ann in read_annotations(GOLD_DIR / "lee.jsonl"):
        name = ann["file"]
        if name not in lines:
            lines[name] = _read_checked(folder / name, ann.get("sha256"), encoding="latin-1").split("\n")
        article = lines[name][ann["line"]]
        doc_id = f"lee/{name}:{ann['line']}"
        # Some articles occur twice in the corpus: group by content so copies never straddle a split.
        group = "lee/" + hashlib.sha256(article.encode("utf-8")).hexdigest()[:12]
        records.append(_record(ann, article, doc_id, group, "lee", f"{folder / name} line {ann['line']}"))
    return records


def lee_gold(root: str | None = None, lee_dir: str | None = None):
    """Gold quotes of the Lee corpus (ABC news, Dec 2001), grouped by article."""
    return to_dataset(merge_groups_sharing_text(lee_records(lee_dir)))


def quotestance_gold(root: str | None = None, lee_dir: str | None = None, seeds_dir: str | None = None):
    """The default corpus: the seed article's quotes plus the Lee corpus gold."""
    return to_dataset(merge_groups_sharing_text(seed_records(seeds_dir) + lee_records(lee_dir)))


def _whole_file_gold(root: str | None, name: str, subfolder: str, annotations: str, source: str, prefix: str,
                     article_key: str | None):
    """Statements annotated with offsets into whole files under `<root>/<subfolder>/`, grouped by article."""
    if not root:
        raise DataError(f"{name} needs a data root (--root or data.root): the folder holding {subfolder}/")
    folder = Path(root) / subfolder
    texts: dict[str, str] = {}
    records = []
    for ann in read_annotations(GOLD_DIR / annotations):
        if not ann.get("is_statement", True):
            continue
        file = ann["file"]
        if file not in texts:
            texts[file] = _read_checked(folder / file, ann.get("sha256"))
        doc_id = f"{prefix}/{file}" + (f"#{ann[article_key]}" if article_key else "")
        records.append(_record(ann, texts[file], doc_id, doc_id, source, str(folder / file)))
    return to_dataset(merge_groups_sharing_text(records))


def news_samples_gold(root: str | None = None):
    """Gold quotes of the ConfliBERT news samples under `<root>/news/conflibert_samples/`, by article."""
    return _whole_file_gold(root, "news_samples_gold", "news/conflibert_samples", "news_samples.jsonl",
                            "news_samples", prefix="news", article_key="article")


def polnear_quotes(root: str | None = None):
    """Codebook labels for quotes of PolNeAR training articles (`<root>/polnear/train/text/`)."""
    return _whole_file_gold(root, "polnear_quotes", "polnear/train/text", "polnear_quotes.jsonl", "polnear",
                            prefix="polnear", article_key=None)
