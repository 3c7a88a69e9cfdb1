"""Report figures, each drawn from saved runs (never retrained) in the style of report.style.

Every function takes already-loaded inputs, writes <out_dir>/<name>.<fmt> for each format and
returns the written paths (an empty list when its input is absent, e.g. no run recorded a
learning curve).
"""

from __future__ import annotations

import math
import textwrap
from pathlib import Path

from quotestance.report import style as S


# ------------------------------------------------------------------------------------------ helpers
def _blocks(runs):
    """{(data, task): [runs]} in sorted order."""
    out: dict[tuple[str, str], list] = {}
    for run in runs:
        out.setdefault(run.block, []).append(run)
    return dict(sorted(out.items()))


def _grid(n: int, max_cols: int) -> tuple[int, int]:
    cols = min(n, max_cols)
    return math.ceil(n / cols), cols


def _wrap(text: str, width: int = 22, max_lines: int | None = None) -> str:
    """Wrap to lines of `width` characters; beyond max_lines the rest is cut with an ellipsis."""
    lines = textwrap.wrap(str(text), width=width, break_long_words=True, max_lines=max_lines, placeholder=" …")
    return "\n".join(lines) or str(text)


def _run_labels(runs) -> dict[str, str]:
    """Short, unique y-axis labels: the model, plus features or run name only where needed."""
    labels = {run.name: run.model for run in runs}
    seen: dict[str, list] = {}
    for run in runs:
        seen.setdefault(run.model, []).append(run)
    for model, group in seen.items():
        if len(group) > 1:
            by_features = {run.features for run in group}
            for run in group:
                labels[run.name] = f"{model} ({run.features})" if len(by_features) == len(group) \
                    else f"{model} [{run.name}]"
    return labels


def _first_repeat(run):
    pred = run.predictions
    if pred is None or pred.empty:
        return None
    return pred[pred["seed"] == pred["seed"].min()]


def confusion(run):
    """Confusion counts (rows gold, columns predicted, in run.labels order) of the first CV repeat."""
    import numpy as np

    first = _first_repeat(run)
    if first is None:
        return np.asarray(run.metrics["confusion_matrix"], dtype=int)
    from sklearn.metrics import confusion_matrix

    return confusion_matrix(first["gold"], first["predicted"], labels=run.labels)


def per_class_f1(run) -> dict[str, float]:
    """Per-class F1 averaged over CV repeats (their mean is the run's macro-F1)."""
    import numpy as np

    pred = run.predictions
    if pred is None or pred.empty:
        return {label: run.metrics["per_class"][label]["f1"] for label in run.labels}
    from sklearn.metrics import f1_score

    scores = [f1_score(rep["gold"], rep["predicted"], labels=run.labels, average=None, zero_division=0)
              for _, rep in sorted(pred.groupby("seed"), key=lambda item: item[0])]
    return dict(zip(run.labels, np.mean(scores, axis=0).tolist()))


def _heatmap(ax, values, row_labels, col_labels, text, vmax=1.0, xlabel="", ylabel="", rotate=False):
    """values: 2-D array (NaN = empty cell); text[i][j]: annotation."""
    import numpy as np

    values = np.asarray(values, dtype=float)
    masked = np.ma.masked_invalid(values)
    cmap = S.pyplot().get_cmap(S.HEATMAP).with_extremes(bad="#F2F2F2")
    image = ax.imshow(masked, cmap=cmap, vmin=0.0, vmax=vmax, aspect="auto", interpolation="nearest")
    ax.set_xticks(range(len(col_labels)), col_labels, rotation=30 if rotate else 0,
                  ha="right" if rotate else "center", rotation_mode="anchor")
    ax.set_yticks(range(len(row_labels)), row_labels)
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    for i in range(values.shape[0]):
        for j in range(values.shape[1]):
            colour = "black" if np.isnan(values[i, j]) else S.text_colour(values[i, j], vmax)
            ax.text(j, i, text[i][j], ha="center", va="center", fontsize=S.SMALL, color=colour)
    if xlabel:
        ax.set_xlabel(xlabel)
    if ylabel:
        ax.set_ylabel(ylabel)
    return image


# ---------------------------------------------------------------------------------- model comparison
def model_comparison(rows, out_dir: Path, formats=("png", "pdf"), metric: str = "macro_f1") -> list[Path]:
    """Mean metric with 95% CI per run, best at the top, one panel per (data, task) block.

    rows: quotestance.report.compare.compare_runs output. Filled markers: the best run and runs
    not significantly worse than it (Holm-corrected p >= 0.05); open markers: significantly worse.
    """
    if not rows:
        return []
    from quotestance.report.compare import ALPHA

    blocks: dict[str, list] = {}
    for row in rows:
        blocks.setdefault(row["block"], []).append(row)
    n = len(blocks)
    nrows, ncols = _grid(n, 2)
    width = S.SINGLE if ncols == 1 else S.DOUBLE
    per_row = [max(len(part) for part in list(blocks.values())[r * ncols:(r + 1) * ncols]) for r in range(nrows)]
    heights = [0.55 + 0.2 * k for k in per_row]
    name = {"macro_f1": "macro-F1", "accuracy": "accuracy"}[metric]
    with S.style():
        fig = S.figure(width, sum(heights) + 0.35)
        grid = fig.add_gridspec(nrows, ncols, height_ratios=heights)
        for b, (block, part) in enumerate(blocks.items()):
            ax = fig.add_subplot(grid[b // ncols, b % ncols])
            part = sorted(part, key=lambda r: r["rank"])
            labels = _unique([r["model"] for r in part], [r["features"] for r in part], [r["run"] for r in part])
            ys = list(range(len(part)))[::-1]  # best at the top
            for y, row in zip(ys, part):
                if row["mean"] is None:
                    continue
                worse = row["p_vs_best"] is not None and row["p_vs_best"] < ALPHA
                colour = S.OKABE_ITO["grey"] if worse else S.OKABE_ITO["blue"]
                if row["ci_low"] is not None and row["ci_high"] is not None:
                    ax.plot([row["ci_low"], row["ci_high"]], [y, y], color=colour, lw=1.2, solid_capstyle="butt")
                ax.plot([row["mean"]], [y], marker="o", ms=4.5, color=colour,
                        markerfacecolor="white" if worse else colour, markeredgewidth=1.0, zorder=3)
                right = row["ci_high"] if row["ci_high"] is not None else row["mean"]
                left = row["ci_low"] if row["ci_low"] is not None else row["mean"]
                if right <= 0.9:  # the value right of the whisker, or left of it near the axis end
                    ax.text(right + 0.02, y, f"{row['mean']:.2f}", va="center", ha="left", fontsize=S.SMALL)
                else:
                    ax.text(left - 0.02, y, f"{row['mean']:.2f}", va="center", ha="right", fontsize=S.SMALL)
            ax.set_yticks(ys, labels)
            ax.set_ylim(-0.6, len(part) - 0.4)
            ax.set_xlim(0.0, 1.0)
            ax.set_xticks([0, 0.2, 0.4, 0.6, 0.8, 1.0])
            ax.grid(axis="x")
            ax.set_axisbelow(True)
            ax.set_xlabel(f"{name} (95% CI)")
            first = part[0]
            ax.set_title(f"{first['data']} · {first['task']}", loc="left")
        from matplotlib.lines import Line2D

        blue, grey = S.OKABE_ITO["blue"], S.OKABE_ITO["grey"]
        handles = [Line2D([], [], color=blue, marker="o", ms=4.5, label="best, or not significantly worse"),
                   Line2D([], [], color=grey, marker="o", ms=4.5, markerfacecolor="white",
                          label="worse than best (Holm p < 0.05)")]
        fig.legend(handles=handles, loc="outside lower center", ncols=1 if width == S.SINGLE else 2,
                   handlelength=1.6, columnspacing=1.5)
        if n > 1:
            fig.suptitle("Blocks differ in data or task and are not ranked against each other.",
                         fontsize=S.SMALL, x=0.0, ha="left", color="#444444")
    return S.save(fig, out_dir / "model_comparison", formats)


def _unique(models, features, runs) -> list[str]:
    out = list(models)
    for model in set(models):
        idx = [i for i, m in enumerate(models) if m == model]
        if len(idx) > 1:
            feats = [features[i] for i in idx]
            distinct = len(set(feats)) == len(feats)
            for i in idx:
                out[i] = f"{model} ({features[i]})" if distinct else f"{model} [{runs[i]}]"
    return out


# ---------------------------------------------------------------------------------- confusion grid
def confusion_grid(runs, out_dir: Path, formats=("png", "pdf")) -> list[Path]:
    """Row-normalised confusion matrix per run (first CV repeat), cell counts annotated."""
    runs = [run for run in runs if run.labels]
    if not runs:
        return []
    import numpy as np

    nrows, ncols = _grid(len(runs), 3)
    width = S.SINGLE if ncols == 1 else S.DOUBLE
    panel_h = 2.05
    with S.style():
        fig = S.figure(width, nrows * panel_h + 0.3)
        axes = fig.subplots(nrows, ncols, squeeze=False)
        for ax in axes.flat[len(runs):]:
            ax.set_axis_off()
        for ax, run in zip(axes.flat, runs):
            counts = np.asarray(confusion(run), dtype=int)
            totals = counts.sum(axis=1, keepdims=True)
            share = np.divide(counts, totals, out=np.full(counts.shape, np.nan), where=totals > 0)
            text = [[f"{share[i, j]:.2f}\n({counts[i, j]})" if totals[i, 0] else f"({counts[i, j]})"
                     for j in range(counts.shape[1])] for i in range(counts.shape[0])]
            image = _heatmap(ax, share, run.labels, run.labels, text, xlabel="predicted", ylabel="gold",
                             rotate=True)
            image.set_clim(0, 1)
            ax.set_title(_wrap(f"{run.model} · {run.data} · {run.task}", 34), fontsize=S.SMALL + 0.5)
        fig.colorbar(image, ax=axes, shrink=0.6 if nrows > 1 else 0.9, aspect=25, pad=0.02,
                     label="share of gold row")
    return S.save(fig, out_dir / "confusion_matrices", formats)


# ----------------------------------------------------------------------------------- per-class F1
def per_class_heatmap(runs, out_dir: Path, formats=("png", "pdf")) -> list[Path]:
    """Per-class F1 (mean over CV repeats) per run, plus macro-F1; one panel per (data, task) block."""
    runs = [run for run in runs if run.labels]
    if not runs:
        return []
    blocks = _blocks(runs)
    parts = {key: sorted(part, key=lambda r: (-r.metrics["macro_f1"]["mean"], r.model, r.name))
             for key, part in blocks.items()}
    names = {key: _run_labels(part) for key, part in parts.items()}
    longest = max(len(label) for labels in names.values() for label in labels.values())
    width = S.SINGLE if longest <= 22 else S.DOUBLE
    heights = [0.45 + 0.22 * len(part) for part in parts.values()]
    with S.style():
        fig = S.figure(width, sum(heights) + 0.55)
        axes = fig.subplots(len(parts), 1, squeeze=False, height_ratios=heights)[:, 0]
        for i, (ax, ((data, task), part)) in enumerate(zip(axes, parts.items())):
            labels = part[0].labels
            values, text = [], []
            for run in part:
                f1 = per_class_f1(run)
                line = [f1.get(label, float("nan")) for label in labels]
                line.append(sum(line) / len(line))
                values.append(line)
                text.append([f"{v:.2f}" for v in line])
            image = _heatmap(ax, values, [names[(data, task)][r.name] for r in part], labels + ["macro-F1"], text,
                             rotate=width == S.SINGLE)
            ax.axvline(len(labels) - 0.5, color="white", lw=2)
            ax.set_title(f"{data} · {task}", loc="left")
        fig.colorbar(image, ax=list(axes), shrink=min(1.0, 2.5 / sum(heights)), aspect=20, pad=0.02, label="F1")
    return S.save(fig, out_dir / "per_class_f1", formats)


# --------------------------------------------------------------------------------- learning curve
def learning_curve(runs, out_dir: Path, formats=("png", "pdf")) -> list[Path]:
    """Macro-F1 against training-set size, for runs whose metrics.json records `learning_curve`.

    Every series label keeps one distinct (colour, marker, line style) across panels, and one legend
    for all panels sits below them, clear of the lines.
    """
    runs = [run for run in runs if run.learning_curve]
    if not runs:
        return []
    blocks = _blocks(runs)
    names = {}
    for part in blocks.values():
        names.update(_run_labels(part))
    styles = S.series_styles(names.values())
    nrows, ncols = _grid(len(blocks), 2)
    width = S.SINGLE if ncols == 1 else S.DOUBLE
    legend_cols = 2 if width == S.SINGLE else 4
    legend_h = 0.2 + 0.17 * math.ceil(len(styles) / legend_cols)
    with S.style():
        fig = S.figure(width, nrows * 2.1 + legend_h + 0.1)
        axes = fig.subplots(nrows, ncols, squeeze=False)
        for ax in axes.flat[len(blocks):]:
            ax.set_axis_off()
        for ax, ((data, task), part) in zip(axes.flat, blocks.items()):
            labels = _run_labels(part)
            for run in sorted(part, key=lambda r: (r.model, r.name)):
                points = sorted(run.learning_curve, key=lambda p: (p.get("n_train") or 0, p.get("fraction") or 0))
                xs = [p.get("n_train") or p.get("fraction") for p in points]
                ys = [p["macro_f1"] for p in points]
                ax.plot(xs, ys, label=labels[run.name], ms=3.5, **styles[labels[run.name]])
            uses_n = all(p.get("n_train") for run in part for p in run.learning_curve)
            ax.set_xlabel("training examples" if uses_n else "fraction of training data")
            ax.set_ylabel("macro-F1")
            ax.set_ylim(0, 1)
            ax.grid(axis="y")
            ax.set_title(f"{data} · {task}", loc="left")
        from matplotlib.lines import Line2D

        handles = [Line2D([], [], ms=3.5, label=label, **style) for label, style in sorted(styles.items())]
        fig.legend(handles=handles, loc="outside lower center", ncols=legend_cols, handlelength=2.6,
                   columnspacing=1.4)
    return S.save(fig, out_dir / "learning_curve", formats)


# ------------------------------------------------------------------------------- transfer heatmap
def transfer_grids(runs):
    """{(model, task): (corpora, {(train, test): macro_f1}, {corpus: in-corpus CV macro-F1})}."""
    grids: dict[tuple[str, str], dict] = {}
    cv: dict[tuple[str, str, str], float] = {}
    for run in runs:
        cv.setdefault((run.model, run.task, run.data), run.metrics["macro_f1"]["mean"])
        if run.transfer is None:
            continue
        cells = grids.setdefault((run.model, run.task), {})
        for rec in run.transfer.to_dict("records"):
            cells.setdefault((rec["train"], rec["test"]), float(rec["macro_f1"]))
    out = {}
    for (model, task), cells in sorted(grids.items()):
        corpora = sorted({c for pair in cells for c in pair})
        diagonal = {c: cv[(model, task, c)] for c in corpora if (model, task, c) in cv}
        out[(model, task)] = (corpora, cells, diagonal)
    return out


LOO_PREFIX = "all but "


def is_leave_one_out(cells) -> bool:
    """Whether a transfer grid {(train, test): score} is leave-one-corpus-out (train = "all but X")."""
    return bool(cells) and all(str(train).startswith(LOO_PREFIX) for train, _ in cells)


def pairs_grids(runs):
    """transfer_grids restricted to pairs-mode grids (train on one corpus, test on another)."""
    return {key: grid for key, grid in transfer_grids(runs).items() if not is_leave_one_out(grid[1])}


def loo_grids(runs):
    """Leave-one-corpus-out grids by task: {task: {"corpora": held-out corpora (sorted), "models": models
    by mean macro-F1 (descending, then name), "scores": {model: {corpus: macro-F1}}, "mean": {model: mean
    over its held-out corpora}}}."""
    by_task: dict[str, dict[str, dict[str, float]]] = {}
    for (model, task), (_, cells, _) in transfer_grids(runs).items():
        if is_leave_one_out(cells):
            by_task.setdefault(task, {})[model] = {test: score for (_, test), score in sorted(cells.items())}
    out = {}
    for task, scores in sorted(by_task.items()):
        means = {model: sum(row.values()) / len(row) for model, row in scores.items()}
        out[task] = {"corpora": sorted({c for row in scores.values() for c in row}),
                     "models": sorted(scores, key=lambda m: (-means[m], m)), "scores": scores, "mean": means}
    return out


def transfer_heatmap(runs, out_dir: Path, formats=("png", "pdf"), stem: str = "transfer") -> list[Path]:
    """Cross-corpus transfer of pairs-mode grids: macro-F1 training on the row corpus, testing on the
    column corpus, one panel per (model, task). Leave-one-out grids are drawn by loo_transfer_heatmap.

    The diagonal shows the grouped-CV macro-F1 within a corpus where a loaded run measured it.
    """
    grids = pairs_grids(runs)
    if not grids:
        return []
    import numpy as np

    nrows, ncols = _grid(len(grids), 2)
    width = S.SINGLE if ncols == 1 else S.DOUBLE
    k = max(len(corpora) for corpora, _, _ in grids.values())
    panel_h = 0.9 + 0.42 * k
    with S.style():
        fig = S.figure(width, nrows * panel_h + 0.3)
        axes = fig.subplots(nrows, ncols, squeeze=False)
        for ax in axes.flat[len(grids):]:
            ax.set_axis_off()
        for ax, ((model, task), (corpora, cells, diagonal)) in zip(axes.flat, grids.items()):
            values = np.full((len(corpora), len(corpora)), np.nan)
            text = [["–"] * len(corpora) for _ in corpora]
            for i, train in enumerate(corpora):
                for j, test in enumerate(corpora):
                    if i == j and train in diagonal:
                        values[i, j] = diagonal[train]
                        text[i][j] = f"{diagonal[train]:.2f}\n(CV)"
                    elif (train, test) in cells:
                        values[i, j] = cells[(train, test)]
                        text[i][j] = f"{cells[(train, test)]:.2f}"
            names = [_wrap(c.replace("_", " "), 12) for c in corpora]
            image = _heatmap(ax, values, names, names, text, xlabel="test corpus", ylabel="train corpus",
                             rotate=True)
            ax.set_title(f"{model} · {task}", loc="left")
        fig.colorbar(image, ax=axes, shrink=0.8, aspect=25, pad=0.02, label="macro-F1")
    return S.save(fig, out_dir / stem, formats)


def loo_transfer_heatmap(runs, out_dir: Path, formats=("png", "pdf"), stem: str = "transfer") -> list[Path]:
    """Leave-one-corpus-out transfer: one heatmap per task, rows = models (best mean on top), columns =
    the held-out test corpora and their mean; macro-F1 in every cell, one colour bar, double width."""
    grids = loo_grids(runs)
    if not grids:
        return []
    import numpy as np

    heights = [0.75 + 0.24 * len(grid["models"]) for grid in grids.values()]
    with S.style():
        fig = S.figure(S.DOUBLE, sum(heights) + 0.35)
        axes = fig.subplots(len(grids), 1, squeeze=False, height_ratios=heights)[:, 0]
        for ax, (task, grid) in zip(axes, grids.items()):
            corpora, models = grid["corpora"], grid["models"]
            values = np.full((len(models), len(corpora) + 1), np.nan)
            for i, model in enumerate(models):
                for j, corpus in enumerate(corpora):
                    values[i, j] = grid["scores"][model].get(corpus, np.nan)
                values[i, -1] = grid["mean"][model]
            text = [["–" if np.isnan(v) else f"{v:.2f}" for v in line] for line in values]
            chars = max(8, int(75 / (len(corpora) + 1)))  # wrap headers to the column width
            columns = [_wrap(c.replace("_", " "), chars) for c in corpora] + ["mean"]
            image = _heatmap(ax, values, models, columns, text)
            ax.axvline(len(corpora) - 0.5, color="white", lw=2.5)
            ax.xaxis.set_ticks_position("top")
            ax.xaxis.set_label_position("top")
            ax.set_title(f"{task}: held-out test corpus (trained on all other corpora)", loc="left",
                         pad=4)
        fig.colorbar(image, ax=list(axes), shrink=min(1.0, 3.0 / sum(heights)), aspect=20, pad=0.015,
                     label="macro-F1")
    return S.save(fig, out_dir / stem, formats)


# ------------------------------------------------------------------------------ stance by speaker
def speaker_shares(records, labels=None):
    """Rows (speaker, n, {label: share}) sorted by escalatory share (desc), then n (desc), then name."""
    from quotestance import STANCE_LABELS

    labels = list(labels or STANCE_LABELS)
    counts: dict[str, dict[str, int]] = {}
    for rec in records:
        speaker = " ".join(str(rec.get("speaker") or "").split()) or "(unattributed)"
        stance = rec.get("stance")
        if stance not in labels:
            continue
        counts.setdefault(speaker, {label: 0 for label in labels})[stance] += 1
    rows = []
    for speaker, c in counts.items():
        n = sum(c.values())
        rows.append({"speaker": speaker, "n": n, **{label: c[label] / n for label in labels},
                     **{f"n_{label}": c[label] for label in labels}})
    rows.sort(key=lambda r: (-r[labels[0]], -r["n"], r["speaker"]))
    return rows


MAX_SPEAKERS = 30


def stance_by_speaker_figure(rows, out_dir: Path, formats=("png", "pdf"), title: str = "",
                             max_speakers: int = MAX_SPEAKERS) -> list[Path]:
    """100% stacked bars: per speaker, the shares of escalatory / neutral / conciliatory quotes.

    Only the `max_speakers` most-quoted speakers are drawn (the table lists all of them)."""
    if not rows:
        return []
    from quotestance import STANCE_LABELS

    labels = list(STANCE_LABELS)
    if len(rows) > max_speakers:
        keep = {r["speaker"] for r in sorted(rows, key=lambda r: (-r["n"], r["speaker"]))[:max_speakers]}
        title = f"{title} ({max_speakers} most-quoted of {len(rows)} speakers)".strip()
        rows = [r for r in rows if r["speaker"] in keep]
    height = 0.95 + 0.24 * len(rows)
    with S.style():
        fig = S.figure(S.SINGLE, height)
        ax = fig.add_subplot()
        ys = list(range(len(rows)))[::-1]
        left = [0.0] * len(rows)
        for label in labels:
            widths = [r[label] for r in rows]
            ax.barh(ys, widths, left=left, height=0.7, color=S.LABEL_COLOURS[label], label=label,
                    edgecolor="white", linewidth=0.5)
            for y, l, w in zip(ys, left, widths):
                if w >= 0.13:
                    colour = "white" if label != "neutral" else "black"
                    ax.text(l + w / 2, y, f"{w:.0%}", ha="center", va="center", fontsize=S.SMALL, color=colour)
            left = [l + w for l, w in zip(left, widths)]
        ax.set_yticks(ys, [_wrap(r["speaker"], 26, max_lines=2) for r in rows])
        ax.set_xlim(0, 1)
        ax.set_ylim(-0.5, len(rows) - 0.5)
        ax.set_xticks([0, 0.25, 0.5, 0.75, 1.0], ["0%", "25%", "50%", "75%", "100%"])
        ax.set_xlabel("share of the speaker's quotes")
        ax.tick_params(axis="y", length=0)
        ax.spines["left"].set_visible(False)
        right = ax.secondary_yaxis("right")
        right.set_yticks(ys, [f"n={r['n']}" for r in rows])
        right.tick_params(length=0)
        right.spines["right"].set_visible(False)
        fig.legend(loc="outside lower center", ncols=3, handlelength=1.0, columnspacing=1.0)
        if title:
            fig.suptitle(_wrap(title, 55), x=0.0, ha="left", fontsize=S.FONT_SIZE)
    return S.save(fig, out_dir / "stance_by_speaker", formats)


# ------------------------------------------------------------------------- stance against sentiment
def crosstab(stances, sentiments):
    """Counts: rows STANCE_LABELS, columns SENTIMENT_LABELS."""
    import numpy as np

    from quotestance import SENTIMENT_LABELS, STANCE_LABELS

    table = np.zeros((len(STANCE_LABELS), len(SENTIMENT_LABELS)), dtype=int)
    for st, se in zip(stances, sentiments):
        if st in STANCE_LABELS and se in SENTIMENT_LABELS:
            table[STANCE_LABELS.index(st), SENTIMENT_LABELS.index(se)] += 1
    return table


def gold_crosstabs(runs):
    """{data: counts} of gold stance against gold sentiment, for data sets with runs of both tasks."""
    by_data: dict[str, dict[str, object]] = {}
    for run in runs:
        first = _first_repeat(run)
        if first is not None and run.task in ("stance", "sentiment"):
            by_data.setdefault(run.data, {}).setdefault(run.task, first[["id", "gold"]])
    out = {}
    for data, tasks in sorted(by_data.items()):
        if len(tasks) == 2:
            joined = tasks["stance"].merge(tasks["sentiment"], on="id", suffixes=("_stance", "_sentiment"))
            if not joined.empty:
                out[data] = crosstab(joined["gold_stance"], joined["gold_sentiment"])
    return out


def stance_vs_sentiment(panels: dict[str, object], out_dir: Path, formats=("png", "pdf")) -> list[Path]:
    """Cross-tab heatmaps of stance (rows) against sentiment (columns); shading = share of the row."""
    if not panels:
        return []
    import numpy as np

    from quotestance import SENTIMENT_LABELS, STANCE_LABELS

    nrows, ncols = _grid(len(panels), 2)
    width = S.SINGLE if ncols == 1 else S.DOUBLE
    with S.style():
        fig = S.figure(width, nrows * 1.95 + 0.3)
        axes = fig.subplots(nrows, ncols, squeeze=False)
        for ax in axes.flat[len(panels):]:
            ax.set_axis_off()
        for ax, (title, counts) in zip(axes.flat, panels.items()):
            counts = np.asarray(counts, dtype=int)
            totals = counts.sum(axis=1, keepdims=True)
            share = np.divide(counts, totals, out=np.full(counts.shape, np.nan), where=totals > 0)
            text = [[f"{counts[i, j]}" + (f"\n{share[i, j]:.0%}" if totals[i, 0] else "")
                     for j in range(counts.shape[1])] for i in range(counts.shape[0])]
            image = _heatmap(ax, share, list(STANCE_LABELS), list(SENTIMENT_LABELS), text,
                             xlabel="sentiment", ylabel="stance")
            ax.set_title(_wrap(title, 40), loc="left")
        fig.colorbar(image, ax=axes, shrink=0.8, aspect=25, pad=0.02, label="share of stance row")
    return S.save(fig, out_dir / "stance_vs_sentiment", formats)
