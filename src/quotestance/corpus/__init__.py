"""Reading raw news documents and stripping page boilerplate."""

from quotestance.corpus.clean import clean, is_boilerplate

__all__ = ["clean", "is_boilerplate"]
