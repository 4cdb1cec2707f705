"""Where a text writes a name as a word of its own: "EMB" in "EMB EMB" or "(EMB)", not in "EMBEDDINGS"
or "EMB-2"; a hyphen counts as part of a word, so "XLM-R" is not written in "XLM-R-large"."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache


@lru_cache(maxsize=8192)
def _word(name: str, flags: int) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", flags)


def written(name: str, text: str, flags: int = 0) -> bool:
    """Whether ``text`` writes ``name`` as a word of its own."""
    return _word(name, flags).search(text) is not None


def places(name: str, text: str, flags: int = 0) -> Iterator[re.Match[str]]:
    """Each place ``text`` writes ``name`` as a word of its own."""
    return _word(name, flags).finditer(text)
