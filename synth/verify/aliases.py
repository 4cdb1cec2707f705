"""Short names a paper declares for models: "We refer to XLM-100 as XLM, and XLM-R-large as XLM-R in our paper
to simplify the notation" makes every "XLM-R" of that paper's tables XLM-R Large, and every "XLM" XLM-100.

Only a declaration the paper writes counts; a family name alone ("XLM-R") says nothing of which size a table
reports.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from synth.extract.vocabulary import find_entities

# "refer to A as B[, (and) C as D ...]", "A (henceforth B)", "A (hereafter, B)"
_REFER = re.compile(r"\brefer\s+to\s+(?P<pairs>.+?\s+as\s+.+?)(?=[.;:]\s|[.;:]?$|\s+(?:in|for|throughout|to)\s)")
_PAIR = re.compile(r"(?P<full>\S+(?:\s+\S+)?)\s+as\s+(?P<short>\S+)$")
_HENCEFORTH = re.compile(r"(?P<full>[\w-]+(?:\s+[\w-]+)?)\s+\((?:henceforth|hereafter)[,:]?\s+(?P<short>[\w-]+)\)")


def _model(text: str) -> str | None:
    """The one model a short piece of text names, if it names exactly one."""
    names = {e.name for e in find_entities(text) if e.kind == "model"}
    return next(iter(names)) if len(names) == 1 else None


def declared_aliases(sentences: Iterable[str]) -> dict[str, str]:
    """Short model name -> the model the paper declares it stands for ("XLM-R" -> "XLM-R Large")."""
    found: dict[str, set[str]] = {}
    for text in sentences:
        text = " ".join(text.split())
        pairs = [m.group("full", "short") for m in _HENCEFORTH.finditer(text)]
        for m in _REFER.finditer(text):
            for piece in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group("pairs")):
                if p := _PAIR.search(piece.strip()):
                    pairs.append(p.group("full", "short"))
        for full, short in pairs:
            full_name, short_name = _model(full), _model(short)
            if full_name and short_name and full_name != short_name:
                found.setdefault(short_name, set()).add(full_name)
    return {short: next(iter(full)) for short, full in found.items() if len(full) == 1}
