"""Direct-quotation extraction with speaker attribution."""

from quotestance.quotes.extract import Quote, extract

__all__ = ["Quote", "extract"]
