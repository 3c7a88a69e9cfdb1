"""One figure style for every report figure: sizes, fonts, colours, and byte-reproducible saving.

* Widths are journal column widths: SINGLE (3.5 in) and DOUBLE (7.2 in); heights derive from the
  content, deterministically.
* Fonts: DejaVu Sans (ships with matplotlib, so output does not depend on installed fonts),
  8 pt text, 7 pt ticks and annotations (never smaller); TrueType (Type 42) fonts in PDF.
* Colours: the Okabe-Ito palette (safe for the common colour-vision deficiencies), one fixed
  colour per label; series (models) get distinct (colour, marker, line style) triples from
  series_styles; heatmaps use one sequential single-hue map (Blues), legible in greyscale.
* Saving strips every timestamp and version string (PDF CreationDate/Producer/Creator, PNG
  Software, SVG Date) and fixes svg.hashsalt, so the same inputs give identical bytes.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

SINGLE = 3.5  # inches: one journal column
DOUBLE = 7.2  # inches: full page width
DPI = 300
FONT_SIZE = 8.0
SMALL = 7.0  # smallest font used anywhere

OKABE_ITO = {
    "orange": "#E69F00", "sky_blue": "#56B4E9", "bluish_green": "#009E73", "yellow": "#F0E442",
    "blue": "#0072B2", "vermillion": "#D55E00", "reddish_purple": "#CC79A7", "black": "#000000",
    "grey": "#999999",
}
# series colours in a fixed order (yellow last: weak on white)
CYCLE = [OKABE_ITO[k] for k in ("blue", "vermillion", "bluish_green", "orange", "reddish_purple", "sky_blue",
                                "black", "yellow")]
MARKERS = ["o", "s", "^", "D", "v", "P", "X", "*"]
LINESTYLES = ["-", "--", ":", "-."]
LABEL_COLOURS = {
    "escalatory": OKABE_ITO["vermillion"], "neutral": OKABE_ITO["grey"], "conciliatory": OKABE_ITO["blue"],
    "negative": OKABE_ITO["vermillion"], "positive": OKABE_ITO["blue"],
}
HEATMAP = "Blues"

RC = {
    "font.family": "DejaVu Sans",
    "font.size": FONT_SIZE,
    "axes.titlesize": FONT_SIZE,
    "axes.labelsize": FONT_SIZE,
    "xtick.labelsize": SMALL,
    "ytick.labelsize": SMALL,
    "legend.fontsize": SMALL,
    "legend.title_fontsize": SMALL,
    "figure.titlesize": FONT_SIZE + 1,
    "axes.linewidth": 0.6,
    "xtick.major.width": 0.6,
    "ytick.major.width": 0.6,
    "xtick.major.size": 2.5,
    "ytick.major.size": 2.5,
    "lines.linewidth": 1.2,
    "lines.markersize": 4.0,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": False,
    "grid.linewidth": 0.4,
    "grid.color": "#DDDDDD",
    "legend.frameon": False,
    "figure.dpi": 100,
    "savefig.dpi": DPI,
    "savefig.bbox": "standard",  # fixed physical size: never "tight"
    "pdf.fonttype": 42,
    "ps.fonttype": 42,
    "svg.fonttype": "path",
    "svg.hashsalt": "quotestance",
    "path.simplify": True,
    "image.cmap": HEATMAP,
}

METADATA = {
    "png": {"Software": None},
    "pdf": {"CreationDate": None, "ModDate": None, "Producer": None, "Creator": None},
    "svg": {"Date": None, "Creator": None},
}


def series_styles(names) -> dict[str, dict]:
    """A distinct (colour, marker, linestyle) per name, in sorted-name order, as plot() keyword arguments.

    The first len(CYCLE) names take one colour and marker each; after that the colours repeat with
    the marker sequence shifted by one per round and another line style, so no two names share
    both colour and marker (for up to len(CYCLE) * len(MARKERS) names), whichever panel they are in.
    """
    out = {}
    for i, name in enumerate(sorted(set(names))):
        round_, k = divmod(i, len(CYCLE))
        out[name] = {"color": CYCLE[k], "marker": MARKERS[(k + round_) % len(MARKERS)],
                     "linestyle": LINESTYLES[round_ % len(LINESTYLES)]}
    return out


def pyplot():
    """matplotlib.pyplot on the non-interactive Agg backend."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    return plt


@contextmanager
def style():
    """Apply the report style for the duration of the block (global rcParams are restored after)."""
    import matplotlib

    with matplotlib.rc_context(RC):
        yield


def figure(width: float, height: float, **kwargs):
    """A figure of exactly width x height inches with constrained layout."""
    plt = pyplot()
    return plt.figure(figsize=(width, height), layout="constrained", **kwargs)


def save(fig, out_stem: Path, formats=("png", "pdf")) -> list[Path]:
    """Write `fig` as out_stem.<fmt> for each format, atomically and without timestamps; closes it."""
    from quotestance.io import atomic_path

    import logging

    plt = pyplot()
    written = []
    # fontTools logs every table it prunes while subsetting fonts at INFO; Hydra shows INFO
    font_log = logging.getLogger("fontTools")
    level = font_log.level
    font_log.setLevel(logging.WARNING)
    try:
        with style():  # backends read pdf.fonttype, svg.hashsalt, ... at save time
            for fmt in formats:
                if fmt not in METADATA:
                    raise ValueError(f"figure format must be one of {', '.join(METADATA)}, not {fmt!r}")
                path = out_stem.with_suffix(f".{fmt}")
                with atomic_path(path) as tmp:
                    fig.savefig(tmp, format=fmt, dpi=DPI, metadata=METADATA[fmt])
                written.append(path)
    finally:
        font_log.setLevel(level)
        plt.close(fig)
    return written


def text_colour(value: float, vmax: float = 1.0) -> str:
    """Black on light cells, white on dark ones (for the Blues map)."""
    return "white" if value / vmax > 0.55 else "black"
