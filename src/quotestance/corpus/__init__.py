"""Reading raw news documents and stripping page boilerplate."""

from quotestance.corpus.clean import clean, is_boilerplate
from quotestance.corpus.readers import InputError, expand_paths, iter_documents

__all__ = ["InputError", "clean", "expand_paths", "is_boilerplate", "iter_documents"]
