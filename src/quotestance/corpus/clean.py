"""Page boilerplate removal that keeps character offsets: boilerplate lines and markup tags become spaces."""

from __future__ import annotations

import re

_BOILER = re.compile(
    r"(?i)(?:\bthis (?:web)?site uses cookies\b|\bwe use cookies\b|\bcookie (?:policy|settings|preferences)\b"
    r"|\baccept (?:all )?(?:cookies|read more)\b|\bopt-out if you wish\b|^\s*subscribe\b|\bsubscribe (?:now|today|to our)\b"
    r"|\bsign up for (?:our|the) newsletter\b|^\s*(?:advertisement|related(?: articles| stories)?|share this(?: article)?|"
    r"read more|click here\b.*|follow us on\b.*|all rights reserved\b.*|copyright ©.*|©.*|skip to (?:main )?content)\s*$"
    r"|\bprivacy policy\b.*\bterms\b|\bjavascript (?:is )?(?:disabled|required)\b)"
)
_LINE = re.compile(r"[^\n]+")
# an HTML/XML tag left in scraped text ('<tweet id="1" author="@x">', '</p>'); its attribute values are not quotes
_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s+[\w:-]+(?:\s*=\s*(?:\"[^\"\n<>]*\"|'[^'\n<>]*'|[^\s<>\"']+))?)*\s*/?>")
_HINTS = ("cookie", "subscribe", "newsletter", "advertisement", "related", "share this", "read more",
          "click here", "follow us", "rights reserved", "©", "skip to", "privacy policy", "javascript", "opt-out")


def is_boilerplate(line: str) -> bool:
    """True for a short page-furniture line (cookie banner, subscribe prompt, share bar ...)."""
    return len(line) < 600 and _BOILER.search(line) is not None


def clean(text: str) -> str:
    """The text with boilerplate lines replaced by spaces: same length, same offsets elsewhere."""
    if "<" in text:
        text = _TAG.sub(lambda m: " " * len(m.group()), text)
    low = text.lower()
    if not any(h in low for h in _HINTS):
        return text
    parts = []
    pos = 0
    for m in _LINE.finditer(text):  # only lines with a hint word are searched for boilerplate
        line = m.group()
        lower = line.lower()
        if any(h in lower for h in _HINTS) and is_boilerplate(line):
            parts.append(text[pos:m.start()])
            parts.append(" " * len(line))
            pos = m.end()
    parts.append(text[pos:])
    return "".join(parts)
