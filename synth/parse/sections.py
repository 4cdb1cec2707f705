"""Recognise section headings and classify them (abstract, introduction, results, ...)."""

from __future__ import annotations

import re

_KINDS = [
    ("abstract", r"abstract"),
    ("introduction", r"introduction"),
    ("related", r"related work|background|previous work|prior work"),
    ("references", r"references|bibliography"),
    ("appendix", r"appendix|appendices|supplementary"),
    ("conclusion", r"conclusions?|discussion|summary|concluding remarks|future work"),
    ("results", r"results?|analysis|analyses|evaluation|findings|ablation"),
    ("experiments", r"experiments?|experimental|setup|settings?"),
    ("method", r"method|approach|model|training|pre-?training|data|benchmark|tasks?"),
    ("acknowledgments", r"acknowledge?ments?"),
]
_NUMBERED = re.compile(r"^(?:[A-Z]|\d+(?:\.\d+)*)\.?\s+(?=[A-Z])")
_TITLE_WORDS = re.compile(r"^[A-Z][A-Za-z0-9\-–:,&'()/ ]*$")
_ALWAYS = re.compile(r"^(abstract|references|acknowledge?ments?|bibliography)$", re.I)


def classify(title: str) -> str:
    t = _NUMBERED.sub("", title).lower()
    for kind, pattern in _KINDS:
        if re.search(rf"\b(?:{pattern})\b", t):
            return kind
    return "other"


def heading_kind(text: str, bold: bool) -> str | None:
    """The kind of section ``text`` opens, or None when the block is not a heading.

    A heading is a short block that is either one of the unnumbered standard headings or a
    numbered ("3", "3.2", "A.1") title-like phrase set in bold.
    """
    t = text.strip()
    if not t or len(t) > 80 or t.endswith((".", ",", ";")) and not _ALWAYS.match(t.rstrip(".")):
        return None
    if _ALWAYS.match(t.rstrip(".")):
        return classify(t)
    if not bold:
        return None
    if _NUMBERED.match(t) and _TITLE_WORDS.match(_NUMBERED.sub("", t)):
        return classify(t)
    return None
