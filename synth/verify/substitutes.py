"""A name the claim gives a tool or resource, where the paper names another in the same words.

"the biaffine parser implemented in UDPipe" against "We used the biaffine parser implemented in AllenNLP
(Gardner et al., 2018)": the vocabulary knows neither name, but the words around them say they fill
the same place.  Read only for names the vocabulary lacks (known ones are frames.substituted's).
"""

from __future__ import annotations

import re

from synth.extract.vocabulary import find_entities
from synth.verify.claim_facts import BRACKETED_CITATION, cited_names, unknown_names
from synth.verify.frames import frame, same_frame
from synth.verify.written import places

NEAR = 3  # content words either side that say what a name is used for ("the biaffine parser implemented in")


def _place(claim: str, name: str) -> frozenset[str] | None:
    """The words the claim puts around ``name``; None when it does not print it."""
    at = claim.find(name)
    return None if at < 0 else frame(claim, at, at + len(name), in_list=True, window=NEAR)


def name_substituted(claim: str, passage: str, missing: str) -> tuple[str, str] | None:
    """(missing, other) when the passage gives the claim's unknown name's place to another name: one the
    claim does not print, framed by at least two of the same content words."""
    mine = _place(claim, missing)
    if mine is None:
        return None
    bare = BRACKETED_CITATION.sub(lambda m: " " * len(m.group(0)), passage)
    claimed = {e.name for e in find_entities(claim)} | unknown_names(claim)
    candidates = (unknown_names(bare) - cited_names(passage)) | {
        e.text for e in find_entities(bare) if e.kind in ("model", "dataset", "method", "metric")}
    best, shared = None, 0
    for other in sorted(candidates):
        if other in claimed or other.lower() in claim.lower() or missing.lower() in other.lower():
            continue
        for m in places(other, bare):
            theirs = frame(bare, m.start(), m.end(), in_list=True, window=NEAR)
            if same_frame(mine, theirs) and len(mine & theirs) > shared:
                best, shared = other, len(mine & theirs)
    return (missing, best) if best else None


def same_place(claim: str, passage: str, name: str) -> bool:
    """Whether the passage prints ``name`` (in any case) among the words the claim puts around it."""
    mine = _place(claim, name)
    return mine is not None and any(
        same_frame(mine, frame(passage, m.start(), m.end(), in_list=True, window=NEAR))
        for m in places(name, passage, re.IGNORECASE))
