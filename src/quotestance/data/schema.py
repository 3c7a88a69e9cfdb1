"""The unified schema for labelled statements."""

from __future__ import annotations

from quotestance import SENTIMENT_LABELS, STANCE_LABELS

COLUMNS = ("id", "text", "stance", "sentiment", "speaker", "doc_id", "group", "source", "context")
MISSING = -1  # ClassLabel value for "not annotated" (e.g. sentiment in CAMEO sentences)


def features():
    """`datasets.Features` of the schema; stance and sentiment are ClassLabels."""
    from datasets import ClassLabel, Features, Value

    return Features(
        {
            "id": Value("string"),
            "text": Value("string"),
            "stance": ClassLabel(names=list(STANCE_LABELS)),
            "sentiment": ClassLabel(names=list(SENTIMENT_LABELS)),
            "speaker": Value("string"),
            "doc_id": Value("string"),
            "group": Value("string"),
            "source": Value("string"),
            "context": Value("string"),
        }
    )


def to_dataset(records: list[dict]):
    """Build a Dataset from dicts with label strings (None where not annotated)."""
    from datasets import Dataset

    feats = features()
    columns: dict[str, list] = {name: [] for name in COLUMNS}
    for record in records:
        for name in COLUMNS:
            value = record.get(name)
            if name in ("stance", "sentiment"):
                value = MISSING if value is None else feats[name].str2int(value)
            elif value is None:
                value = ""
            columns[name].append(value)
    return Dataset.from_dict(columns, features=feats)


def to_frame(dataset, task: str):
    """A pandas frame of the rows labelled for `task`, with the label as a string column `label`."""
    frame = dataset.to_pandas()
    frame = frame[frame[task] != MISSING].reset_index(drop=True)
    names = dataset.features[task].names
    frame["label"] = [names[i] for i in frame[task]]
    return frame
