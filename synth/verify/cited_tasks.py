"""A cited work filed under another item of a list: "cite Xie et al. (2018) as an example of [...] entity linking"
against "[...] named entity recognition (Xie et al., 2018), entity linking (Sil et al., 2018)"."""
from __future__ import annotations

import re

# "named entity recognition (Xie et al., 2018)": an item and the work cited for it
_CITED_ITEM = re.compile(r"(?P<item>[A-Za-z][\w()/-]*(?:\s+[\w()/-]+){0,5}?)\s*\((?P<cite>[A-Z][^()]*?\d{4}[a-z]?)\)")
_OPENERS = re.compile(r"^(?:.*\b(?:including|such\s+as|like|e\.g\.,?|namely)\s+|(?:and|or)\s+)", re.IGNORECASE)
_ABBREVIATION = re.compile(r"\s*\([A-Z]{2,6}\)")  # "part-of-speech (POS) tagging"


def cited_items(passage: str) -> dict[str, str]:
    """For each first author cited in a list of items, the item (lower-cased) it is cited for; only lists of at
    least two cited items."""
    out: dict[str, str] = {}
    start = 0
    for m in _CITED_ITEM.finditer(passage):
        lead = passage[start:m.start("item")]
        start = m.end()
        if lead.strip(" ,;") and out:
            out = {}  # not the next item of the same list
        item = _OPENERS.sub("", _ABBREVIATION.sub("", m.group("item"))).strip().lower()
        author = re.match(r"[A-Z][\w'’-]+", m.group("cite"))
        if author and (len(item.split()) >= 2 or len(item) > 4):
            out.setdefault(author.group(0), item)
    return out if len(set(out.values())) >= 2 else {}


def filed_otherwise(claim: str, passage: str, authors: set[str]) -> str | None:
    """Why the passage lists a work the claim cites for one item under another (the claim writes another item of
    the list and not the work's own), or None."""
    items = cited_items(passage)
    written = " ".join(claim.lower().split())
    for author in sorted(authors):
        own = items.get(author)
        if own is None or own in written:
            continue
        others = [item for a, item in items.items() if a != author and item in written]
        if others:
            return f"the paper cites {author} for {own}, and {others[0]} to other work"
    return None
