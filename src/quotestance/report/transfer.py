"""Paired tests between models on the same transfer test set, from transfer_predictions.parquet.

For each (task, training set, held-out test corpus) block, models are ranked by macro-F1 on the
test corpus and each is tested against the block's best: the cluster-paired bootstrap of the
macro-F1 difference (groups = `group`, e.g. articles) and the exact McNemar test on correctness,
both Holm-corrected within the block (quotestance.evaluate.stats). Runs written before transfer
runs saved their predictions have no such file and are left out.
"""

from __future__ import annotations

from quotestance.report import tables as T

KEYS = ["task", "test", "train", "rank", "model", "run", "n", "n_groups", "macro_f1", "delta_vs_best",
        "p_bootstrap", "p_bootstrap_holm", "p_mcnemar", "p_mcnemar_holm", "note"]


def _macro_f1(frame, labels) -> float:
    """Macro-F1 averaged over the frame's seeds (as paired_bootstrap computes it)."""
    from quotestance.evaluate.metrics import macro_f1

    scores = [macro_f1(rep["gold"], rep["predicted"], labels)
              for _, rep in sorted(frame.groupby("seed"), key=lambda item: item[0])]
    return float(sum(scores) / len(scores))


def transfer_tests(runs, n_boot: int = 1000, seed: int = 0) -> list[dict]:
    """Rows ranked within each (task, test, train) block, blocks sorted; [] when no run saved
    transfer_predictions.parquet. Where several runs hold the same model's predictions for a block,
    the first run (in load order) is used."""
    from quotestance.evaluate.stats import mcnemar_exact, paired_bootstrap
    from quotestance.report.compare import ALPHA, holm_columns, rank_block

    blocks: dict[tuple[str, str, str], dict[str, tuple]] = {}
    for run in runs:
        frame = run.transfer_predictions
        if frame is None or frame.empty:
            continue
        for (model, task, train, test), part in frame.groupby(["model", "task", "train", "test"], sort=True):
            blocks.setdefault((str(task), str(test), str(train)), {}).setdefault(
                str(model), (run, part.reset_index(drop=True)))
    rows = []
    for (task, test, train), members in sorted(blocks.items()):
        labels = next(iter(members.values()))[0].labels
        block = []
        for model, (run, frame) in members.items():
            block.append({"task": task, "test": test, "train": train, "model": model, "run": run.name,
                          "n": int(frame[frame["seed"] == frame["seed"].min()].shape[0]),
                          "n_groups": int(frame["group"].nunique()), "macro_f1": _macro_f1(frame, labels),
                          "delta_vs_best": None, "p_bootstrap": None, "p_bootstrap_holm": None,
                          "p_mcnemar": None, "p_mcnemar_holm": None, "note": "", "_frame": frame})
        best = rank_block(block, "macro_f1")
        tested = []
        for row in block[1:]:
            row["delta_vs_best"] = row["macro_f1"] - best["macro_f1"]
            try:
                mcn = mcnemar_exact(best["_frame"], row["_frame"])
                # resampling a single group always redraws the same test set: no bootstrap p then
                boot = (paired_bootstrap(best["_frame"], row["_frame"], labels, n_boot=n_boot, seed=seed)
                        if best["n_groups"] > 1 else None)
            except ValueError as err:  # different test examples: not comparable
                row["note"] = f"not tested: {err}"
                continue
            row["p_mcnemar"] = mcn["p_value"]
            if boot is None:
                row["note"] = "one group: no bootstrap"
            else:
                row["p_bootstrap"] = boot["p_value"]
            tested.append(row)
        holm_columns(tested)
        for row in tested:
            if row["p_bootstrap_holm"] is not None and row["p_bootstrap_holm"] < ALPHA:
                row["note"] = "worse than best"
        for row in block:
            row.pop("_frame")
        rows.extend(block)
    return rows


def _signed(value) -> str:
    return T.DASH if value is None or value != value else f"{float(value):+.3f}"


def _block_title(row) -> str:
    return f"{row['task']}: test on {row['test']}, train on {row['train']}"


COLUMNS = [T.Column("rank", "rank", T.integer, "r"), T.Column("model", "model"),
           T.Column("macro_f1", "macro-F1", T.num(3), "r"),
           T.Column("delta_vs_best", "diff. vs best", _signed, "r"),
           T.Column("p_bootstrap_holm", "p bootstrap (Holm)", T.pvalue, "r"),
           T.Column("p_mcnemar_holm", "p McNemar (Holm)", T.pvalue, "r"), T.Column("n", "n", T.integer, "r"),
           T.Column("run", "run"), T.Column("note", "note")]
METHOD = ("Models ranked by macro-F1 on each held-out test corpus; each is tested against the best: "
          "cluster-paired bootstrap of the macro-F1 difference (groups resampled) and exact McNemar test on "
          "correctness, both Holm-corrected within the block.")


def render(rows: list[dict], fmt: str) -> str:
    """The tests as Markdown (`md`, one section per block), LaTeX (`latex`) or CSV (`csv`)."""
    if fmt == "csv":
        return T.csv_text(rows, KEYS)
    if fmt == "latex":
        keyed = [{**r, "_block": (r["task"], r["test"], r["train"])} for r in rows]
        return T.latex(keyed, COLUMNS, caption="Transfer: models against the best on each held-out corpus. "
                       + METHOD, label="tab:transfer-tests", group_key="_block", group_title=_block_title)
    out, blocks = [], {}
    for row in rows:
        blocks.setdefault((row["task"], row["test"], row["train"]), []).append(row)
    for part in blocks.values():
        out.append(f"### {_block_title(part[0])}\n\n" + T.markdown(part, COLUMNS))
    return "\n".join(out) + "\n" + METHOD + "\n"

