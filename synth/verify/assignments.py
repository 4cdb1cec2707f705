"""Resources a paper assigns to groups of languages in one sentence: "for German, Greek and Bulgarian, the
Europarl corpora [...], for Turkish, Vietnamese and Thai, the OpenSubtitles 2018 corpus" or "the EUbookshop
corpus for German, Greek and Bulgarian, OpenSubtitles 2018 for Turkish, Vietnamese and Thai".  A claim taking
the Turkish data from Europarl gives the claimed languages a resource the paper gives to others."""

from __future__ import annotations

import re

from synth.extract.vocabulary import find_entities
from synth.verify.claim_facts import unknown_names
from synth.verify.written import places

# a list of languages after "for": "for German, Greek and Bulgarian", "for both Urdu and Swahili"
_JOINER = re.compile(r"^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*,?\s*or\s+)$")
_FOR = re.compile(r"\bfor\s+(?:both\s+)?$", re.IGNORECASE)


def _language_lists(text: str) -> list[tuple[int, int, frozenset[str]]]:
    """(start, end, languages) of each run of language names joined by commas or "and", written after "for"."""
    langs = sorted((e for e in find_entities(text) if e.kind == "language"), key=lambda e: e.start)
    runs: list[list] = []
    for e in langs:
        if runs and _JOINER.match(text[runs[-1][-1].end:e.start]):
            runs[-1].append(e)
        else:
            runs.append([e])
    return [(r[0].start, r[-1].end, frozenset(e.name for e in r)) for r in runs if _FOR.search(text[:r[0].start])]


def _resources(text: str) -> list[tuple[int, str]]:
    """(position, name) of the corpora, datasets and tools a sentence names (not languages or metrics)."""
    found = [(e.start, e.name) for e in find_entities(text) if e.kind not in ("language", "metric")]
    found += [(m.start(), m.group(0)) for name in unknown_names(text)
              for m in places(name, text)]
    return sorted(found)


def assignments(text: str) -> list[tuple[str, frozenset[str]]]:
    """(resource, languages) pairs of a sentence listing two or more of them; empty otherwise."""
    lists, names = _language_lists(text), _resources(text)
    if len(lists) < 2:
        return []
    # "for LANGS, the R" when nothing is named before the first "for LANGS"; else "R for LANGS" (a name followed by a
    # year in brackets, "Tiedemann (2012)", is a citation, and a lower-case one no resource)
    first = lists[0][0] - len(_FOR.search(text[:lists[0][0]]).group(0))
    after = not any(pos < first and not re.search(r"\d{4}\)", text[pos:pos + 40]) for pos, _ in names
                    if not text[pos:pos + 1].islower())
    out = []
    for i, (start, end, langs) in enumerate(lists):
        if after:
            limit = lists[i + 1][0] if i + 1 < len(lists) else len(text)
            chosen = [n for pos, n in names if end <= pos < limit][:1]
        else:
            floor = lists[i - 1][1] if i else 0
            chosen = [n for pos, n in names if floor <= pos < start][-1:]
        if chosen:
            out.append((chosen[0], langs))
    return out if len(out) >= 2 else []


def given_to_others(resource: str, languages: set[str], text: str) -> str | None:
    """The sentence gives ``resource`` to languages none of which the claim names, and another resource to
    the claim's languages: why, or None."""
    pairs = assignments(text)
    ours = [langs for r, langs in pairs if r == resource]
    theirs = [(r, langs) for r, langs in pairs if r != resource and languages <= langs]
    if not ours or any(langs & languages for langs in ours) or not theirs:
        return None
    other, langs = theirs[0]
    return (f"the paper uses {resource} for {', '.join(sorted(ours[0]))} and {other} for "
            f"{', '.join(sorted(langs))}")
