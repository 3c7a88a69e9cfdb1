"""Loaders for public conflict corpora, read by path from `root` (e.g. ../shared/data).

* conflibert_cameo: 1,349 news sentences with CAMEO quad classes, from ConfliBERT
  (https://github.com/eventdata/ConfliBERT, data/cameo_class/train.tsv; GPL-3.0 repository,
  sentences (c) the news outlets). 0 statement -> neutral, 1 verbal cooperation ->
  conciliatory, 3 verbal conflict -> escalatory; 2 and 4 (material actions) only with
  `include_material=True` (-> conciliatory / escalatory). Or the project's codebook labels.
* unscon: UN Security Council speeches, sentence level (Zaczynska, Bourgonje and Stede,
  LREC-COLING 2024; https://github.com/linatal/UNSCon; CC BY-SA); group = meeting. Labels from
  the project's codebook pass (default) or the corpus's conflict annotation (conflict ->
  escalatory, otherwise neutral).
* plover: PLOVER gold-standard event records (https://github.com/openeventdata/PLOVER;
  CC BY-SA 4.0). Each event category is mapped to CAMEO root codes through
  CAMEO2PLOVER-2021.txt and to stance by the roots' CAMEO class (docs/data.md).
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path

from quotestance.data import DataError
from quotestance.data.schema import to_dataset

CAMEO_STANCE = {0: "neutral", 1: "conciliatory", 3: "escalatory"}
CAMEO_MATERIAL_STANCE = {2: "conciliatory", 4: "escalatory"}


def _need(root: str | None, *parts: str) -> Path:
    if not root:
        raise DataError(f"this data set needs a data root (--root or data.root): the folder holding {'/'.join(parts)}")
    path = Path(root).joinpath(*parts)
    if not path.is_file():
        raise DataError(f"missing data file: {path}")
    return path


def _codebook_labels(name: str, path: Path) -> dict[int, dict]:
    """The project's codebook pass over a public corpus, by row; checks the file is unchanged."""
    from quotestance.data.gold import file_sha256
    from quotestance.labels import GOLD_DIR, read_annotations

    annotations = read_annotations(GOLD_DIR / name)
    if annotations and file_sha256(path) != annotations[0]["sha256"]:
        raise DataError(f"data file changed since annotation (SHA-256 differs): {path}")
    return {a["row"]: a for a in annotations}


def _apply_codebook(record: dict, annotation: dict | None, raw_text: str, where: str) -> None:
    from quotestance.labels.standoff import span_hash

    if annotation is None or annotation["span_hash"] != span_hash(raw_text):
        raise DataError(f"{where}: sentence does not match the codebook annotation")
    record.update(stance=annotation["stance"], sentiment=annotation["sentiment"])


def conflibert_cameo(root: str | None = None, include_material: bool = False, labels: str = "cameo"):
    """CAMEO-coded news sentences.

    labels="cameo" (default): stance from the CAMEO class (no sentiment); labels="codebook": stance
    and sentiment from the project's codebook pass over every sentence (material classes included
    only with include_material).
    """
    if labels not in ("cameo", "codebook"):
        raise DataError(f"conflibert_cameo labels must be 'cameo' or 'codebook', not {labels!r}")
    path = _need(root, "conflibert_cameo", "train.tsv")
    codebook = _codebook_labels("cameo_codebook.jsonl", path) if labels == "codebook" else {}
    mapping = {**CAMEO_STANCE, **(CAMEO_MATERIAL_STANCE if include_material else {})}
    records = []
    with path.open(encoding="utf-8", newline="") as handle:
        for i, line in enumerate(handle):
            sentence, _, label = line.rstrip("\r\n").rpartition("\t")
            if not label.strip().isdigit():
                raise DataError(f"{path} line {i + 1}: expected 'sentence<TAB>label'")
            stance = mapping.get(int(label))
            if stance is None or not sentence.strip():
                continue
            record = {"id": f"cameo-{i:05d}", "text": sentence.strip(), "stance": stance, "doc_id": f"cameo-{i:05d}",
                      "group": f"cameo-{i:05d}", "source": "conflibert_cameo"}
            if labels == "codebook":
                _apply_codebook(record, codebook.get(i), sentence.strip(), f"{path} line {i + 1}")
            records.append(record)
    return to_dataset(records)


_SPACE_BEFORE_PUNCT = re.compile(r"\s+([.,;:!?%)\]])")
_SPACE_AFTER_OPEN = re.compile(r"([(\[])\s+")


def detokenize(text: str) -> str:
    """Undo the corpus's token spacing ('Ukraine .' -> 'Ukraine.')."""
    text = _SPACE_AFTER_OPEN.sub(r"\1", _SPACE_BEFORE_PUNCT.sub(r"\1", text))
    return re.sub(r"\s{2,}", " ", text).strip()


def unscon(root: str | None = None, labels: str = "codebook"):
    """UN Security Council sentences grouped by meeting.

    labels="codebook" (default): stance and sentiment from the project's codebook pass over every
    sentence (labels/gold/unscon_codebook.jsonl); labels="conflict": the corpus's own annotation,
    conflict -> escalatory, otherwise neutral, no sentiment.
    """
    if labels not in ("codebook", "conflict"):
        raise DataError(f"unscon labels must be 'codebook' or 'conflict', not {labels!r}")
    path = _need(root, "unscon", "conflict_annotations_sentences.csv")
    codebook = _codebook_labels("unscon_codebook.jsonl", path) if labels == "codebook" else {}
    records = []
    with path.open(encoding="utf-8", newline="") as handle:
        for i, row in enumerate(csv.DictReader(handle)):
            try:
                text, conflict, meeting, file_id = row["sentence_text"], row["A0"], row["basename"], row["file_id"]
            except KeyError as err:
                raise DataError(f"{path}: missing column {err}") from None
            speaker = re.sub(r"^UNSC_\d+_SPV\.\d+_spch\d+_|_(neg|pos|neu)?_?\d*\.txt$", "", file_id).replace("_", " ")
            record = {"id": f"unscon-{i:05d}", "text": detokenize(text), "speaker": speaker,
                      "doc_id": row.get("filename") or meeting, "group": meeting, "source": "unscon",
                      "stance": "neutral" if conflict == "_" else "escalatory"}
            if labels == "codebook":
                _apply_codebook(record, codebook.get(i), text, f"{path} row {i + 1}")
            records.append(record)
    return to_dataset(records)


# Categories of the 2016 gold-standard records that the 2021 map renamed, with their CAMEO roots.
PLOVER_OLD_NAMES = {"DEMAND": ["10"], "DISAPPROVE": ["11"], "FIGHT": ["19"], "INVESTIGATE": ["09"]}
VERBAL_ROOTS = {f"{r:02d}" for r in (1, 2, 3, 4, 5, 10, 11, 12, 13, 14)}


def cameo_root_stance(root_code: str) -> str:
    """Stance of a CAMEO root code: 03-08 cooperation -> conciliatory, 10-20 conflict -> escalatory."""
    code = int(root_code)
    if 3 <= code <= 8:
        return "conciliatory"
    if code >= 10:
        return "escalatory"
    return "neutral"


def plover_categories(map_path: Path) -> dict[str, list[str]]:
    """PLOVER category -> CAMEO root codes, read from CAMEO2PLOVER-2021.txt."""
    roots: dict[str, list[str]] = {}
    for line in map_path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if match:
            roots.setdefault(match.group(2), []).append(match.group(1)[:2])
    return roots


def plover_stance_map(map_path: Path) -> dict[str, tuple[str, bool]]:
    """PLOVER category -> (stance, verbal?) by the majority CAMEO root of the category."""
    roots = plover_categories(map_path)
    roots.update(PLOVER_OLD_NAMES)
    out = {}
    for category, codes in roots.items():
        root = Counter(codes).most_common(1)[0][0]
        out[category] = (cameo_root_stance(root), root in VERBAL_ROOTS)
    return out


def plover(root: str | None = None, include_material: bool = False):
    """PLOVER gold event sentences with stance from their event category."""
    records_path = _need(root, "plover", "PLOVER_GSR_CAMEO.txt")
    stance_map = plover_stance_map(_need(root, "plover", "CAMEO2PLOVER-2021.txt"))
    try:
        events = json.loads(records_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        raise DataError(f"{records_path}: not valid JSON ({err.msg}, line {err.lineno})") from None
    records = []
    for event in events:
        category, text = event.get("event"), (event.get("text") or "").strip()
        if category not in stance_map or not text:
            continue
        stance, verbal = stance_map[category]
        if not verbal and not include_material:
            continue
        records.append(
            {"id": event["id"], "text": text, "stance": stance, "doc_id": event["id"], "group": event["id"],
             "source": "plover", "context": category}
        )
    return to_dataset(records)
