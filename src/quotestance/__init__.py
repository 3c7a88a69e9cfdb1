"""quotestance: quoted statements in news, their speakers, stance and sentiment."""

__version__ = "0.1.0"

STANCE_LABELS = ("escalatory", "neutral", "conciliatory")
SENTIMENT_LABELS = ("negative", "neutral", "positive")
