"""Inter-annotator agreement: Cohen's kappa and Krippendorff's alpha (nominal)."""

from __future__ import annotations

from collections import Counter
from itertools import permutations


def cohen_kappa(a: list[str], b: list[str]) -> float:
    """Cohen's kappa for two annotators who labelled the same items."""
    if len(a) != len(b) or not a:
        raise ValueError("cohen_kappa needs two equally long, non-empty label lists")
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b)) / n
    count_a, count_b = Counter(a), Counter(b)
    expected = sum(count_a[k] * count_b[k] for k in count_a) / (n * n)
    if expected == 1.0:
        return 1.0
    return (observed - expected) / (1.0 - expected)


def krippendorff_alpha(units: list[list[str]]) -> float:
    """Krippendorff's alpha, nominal metric; each unit is the list of labels it received (missing omitted)."""
    coincidence: Counter = Counter()
    for labels in units:
        m = len(labels)
        if m < 2:
            continue
        for x, y in permutations(labels, 2):
            coincidence[(x, y)] += 1.0 / (m - 1)
    totals: Counter = Counter()
    for (x, _), weight in coincidence.items():
        totals[x] += weight
    n = sum(totals.values())
    if n <= 1:
        raise ValueError("krippendorff_alpha needs at least one unit with two labels")
    disagree_observed = sum(w for (x, y), w in coincidence.items() if x != y)
    disagree_expected = sum(totals[x] * totals[y] for x in totals for y in totals if x != y) / (n - 1)
    if disagree_expected == 0:
        return 1.0
    return 1.0 - disagree_observed / disagree_expected
