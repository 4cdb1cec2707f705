"""What a number is a number of: the words printed around it.

"a sentence-length threshold of 100" and "a sentence length threshold of 140" give two values to the
same thing, whatever else their sentences say; "30% of the cases masked words get replaced with the
nearest neighbor" and "20% of the masked tokens are swapped for a nearest neighbour" too.  A claim
that names no dataset, model or method can still be checked this way within the paper it cites.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from synth.extract.vocabulary import find_entities
from synth.parse.numbers import NumberMention, find_numbers
from synth.verify.arithmetic import Printed, decimals, number_agrees
from synth.verify.claim_facts import BRACKETED_CITATION, content_stem
from synth.verify.counts import Count, counts_in, spelled_counts

WINDOW = 6  # content words either side of the number
MIN_SHARED = 2  # words two frames must share to be about the same thing
COUNT_SHARED = 3  # words two counts of one thing must share to be counts of the same set
_TOKEN = re.compile(r"\d[\d.,]*|[A-Za-z]+")
# where a clause ends; a comma too, except between the items of a list of names
_LIST_BOUNDARY = re.compile(r"[;:]|\.\s|\(\s*[a-z]\)|\bi\.e\.|\b(?:whereas|while|but|although|though)\b")
_BOUNDARY = re.compile(rf",\s|{_LIST_BOUNDARY.pattern}")
_SETTING = re.compile(r"[=≤≥<>]\s*$")
# words around many numbers, which say nothing about what they count
_VAGUE = frozenset("about around roughly nearly almost approximately between still get gets got use uses used using only "
                   "each all our their while when where then".split())


def _spelling(stem: str) -> str:
    """British and American spellings read alike ("neighbour", "neighbor"); so do a noun and its
    adjective ("dimension", "dimensional")."""
    stem = re.sub(r"our\b", "or", stem)
    return stem[:-2] if stem.endswith("al") and len(stem) > 7 else stem


def frame(text: str, start: int, end: int, in_list: bool = False, window: int = WINDOW) -> frozenset[str]:
    """The content words within WINDOW of a span (a number, or a name), on both sides, stopping at a
    number and at a clause boundary (``in_list``: not at a comma, for a name listed with others)."""
    words: set[str] = set()
    boundary = _LIST_BOUNDARY if in_list else _BOUNDARY
    for side, span in ((-1, text[:start]), (1, text[end:])):
        if side < 0:
            cut = max((m.end() for m in boundary.finditer(span)), default=0)
            tokens = [m.group(0) for m in _TOKEN.finditer(span[cut:])][::-1]
        else:
            cut = next((m.start() for m in boundary.finditer(span)), len(span))
            tokens = [m.group(0) for m in _TOKEN.finditer(span[:cut])]
        taken = 0
        for token in tokens:
            if token[0].isdigit():
                break
            stem = content_stem(token) if token.lower() not in _VAGUE else None
            if stem:
                words.add(_spelling(stem))
                taken += 1
                if taken == window:
                    break
    return frozenset(words)


def words_frame(text: str) -> frozenset[str]:
    """The content words of a label ("Mult.- score µ", a caption's first sentence), as frames hold them."""
    stems = (content_stem(t) for t in _TOKEN.findall(text) if not t[0].isdigit() and t.lower() not in _VAGUE)
    return frozenset(_spelling(s) for s in stems if s)


def same_frame(a: frozenset[str], b: frozenset[str], loose: bool = False) -> bool:
    """Frames sharing MIN_SHARED words; loosely, also a one-word frame the other contains ("dropout is
    0.1" for "a dropout rate of 0.1"), enough to bear a value out but not to refute one."""
    return len(a & b) >= MIN_SHARED or (loose and min(len(a), len(b)) == 1 and bool(a & b))


def agrees(claimed: NumberMention, printed: NumberMention) -> bool:
    want = claimed.delta if claimed.delta is not None else claimed.value
    if want is None:
        return False
    dec = decimals(printed.text)
    values = {v for v in (printed.value, printed.delta, *printed.values) if v is not None}
    return any(number_agrees(want, decimals(claimed.text), Printed(v, dec, "value"), False, claimed.qualifier,
                             claimed.strict) for v in values)


def _comparable(claimed: NumberMention, printed: NumberMention, passage: str) -> bool:
    """Two numbers that could be values of one thing: not in two different units, not a symbol's
    setting ("d=1")."""
    if claimed.unit is not None and printed.unit is not None and claimed.unit != printed.unit:
        return False
    return not _SETTING.search(passage[:printed.start])


def _rival(claimed: NumberMention, printed: NumberMention) -> bool:
    """A printed value that can refute a claimed one: both whole numbers or both fractions (a count
    of 1 is no rival to a correlation of 0.64)."""
    return (decimals(claimed.text) == 0) == (decimals(printed.text) == 0)


@dataclass(frozen=True)
class Reading:
    """How a passage speaks to one claimed number: "match" (printed in the same frame), "conflict"
    (only other values printed in that frame) or None (nothing framed alike)."""

    claimed: NumberMention
    status: str | None
    printed: NumberMention | None = None
    shared: frozenset[str] = frozenset()


def framed_readings(claim: str, claimed: list[NumberMention], passage: str) -> list[Reading]:
    printed = [(m, frame(passage, m.start, m.end)) for m in find_numbers(passage)]
    out: list[Reading] = []
    for n in claimed:
        mine = frame(claim, n.start, n.end)
        alike = [(m, theirs) for m, theirs in printed if same_frame(mine, theirs, loose=True) and _comparable(n, m, passage)]
        agreeing = next(((m, theirs) for m, theirs in alike if agrees(n, m)), None)
        other = next(((m, theirs) for m, theirs in alike if same_frame(mine, theirs) and _rival(n, m)), None)
        if agreeing:
            out.append(Reading(n, "match", agreeing[0], mine & agreeing[1]))
        elif other:
            out.append(Reading(n, "conflict", other[0], mine & other[1]))
        else:
            out.append(Reading(n, None))
    return out


_TARGETS = re.compile(r"\b(?:each|every|all|the)\s+(?:other\s+)?target\s+languages?\b", re.IGNORECASE)


def substituted(claim: str, passage: str, missing: str, kind: str) -> tuple[str, str] | None:
    """The claim's entity ``missing`` replaced in the passage by another of its kind, among the same
    words ("publicly available Swedish data" / "publicly available Danish data"): (missing, other)."""
    claimed = find_entities(claim)
    ours = [e for e in claimed if e.name == missing]
    if any(re.search(rf"\b{re.escape(e.text)}\b", passage, re.IGNORECASE) for e in ours):
        return None  # printed, if not read as that name ("Latin script")
    mine = [frame(claim, e.start, e.end, in_list=True) for e in ours]
    named = {e.name for e in claimed}
    # ("from XNLI (Conneau et al., 2018) with their Russian translation": a citation's year ends no frame)
    passage = BRACKETED_CITATION.sub(lambda m: " " * len(m.group(0)), passage)
    for e in find_entities(passage):
        # "XLM" is no substitute for "XLM-R", nor one variant of a name for another
        variant = e.name.startswith(missing) or missing.startswith(e.name)
        if e.kind == kind and e.name not in named and not variant and any(
                same_frame(f, frame(passage, e.start, e.end, in_list=True)) for f in mine):
            return ours[0].text, e.text
    if missing == "en" and not re.search(r"\b(?:English|en|EN)\b", passage):
        # English, the source of a transfer, where the passage says "each target language" among the same words
        for m in _TARGETS.finditer(passage):
            if any(same_frame(f, frame(passage, m.start(), m.end(), in_list=True)) for f in mine):
                return ours[0].text, m.group(0)
    return None


def _count_frame(text: str, count: Count) -> frozenset[str]:
    """The words around a count and the noun it counts ("five languages")."""
    m = re.search(rf"(?<![\w.,]){re.escape(count.text)}\s+(?:[\w-]+\s+){{0,2}}?{re.escape(count.noun or '')}\b", text,
                  re.IGNORECASE) if count.noun else None
    return frame(text, m.start(), m.end()) if m else frozenset()


def counted_among_same_words(claim: str, passage: str) -> bool:
    """The claim counts a thing and the passage counts it otherwise, among the same words ("pick five languages
    that can each be written in different scripts" / "choose eight languages that can be written in different
    scripts"): the same set counted twice, however little else the two sentences share."""
    printed = [*counts_in(passage, every_number=True), *spelled_counts(passage, placed=True)]
    for c in [*counts_in(claim), *spelled_counts(claim)]:
        mine = _count_frame(claim, c)
        if len(mine) < COUNT_SHARED:
            continue
        for q in printed:
            if q.value != c.value and q.noun and c.noun and q.noun[:5] == c.noun[:5]:
                if len(mine & _count_frame(passage, q)) >= COUNT_SHARED:
                    return True
    return False


# regions (and the largest countries) that papers on many languages group them by
_PLACE = re.compile(r"\b(?:(?:North|South|Central|East|West|Southeast|South-East|Sub-Saharan)\s+)?"
                    r"(?:Africa|Asia|Europe|Americas?|Oceania|India|China|Indonesia|Middle East|Pacific|Caribbean)\b")


def place_substituted(claim: str, passage: str) -> str | None:
    """A place the claim names and the passage does not, where the passage names another among the same
    words ("We restrict region-level analysis to Africa and India" against "[...] confine their region-specific
    model analysis to Africa and South-East Asia")."""
    claimed = {m.group(0) for m in _PLACE.finditer(claim)}
    for m in _PLACE.finditer(claim):
        *before, last = m.group(0).split()
        # ("the Americas" is named by "American languages", "Africa" by "African")
        if re.search(r"\b" + "".join(rf"{re.escape(w)}\s+" for w in before) + re.escape(last[:5]), passage):
            continue
        mine = frame(claim, m.start(), m.end(), in_list=True)
        for p in _PLACE.finditer(passage):
            if p.group(0) not in claimed and same_frame(mine, frame(passage, p.start(), p.end(), in_list=True)):
                return f"the passage says it of {p.group(0)}, among the same words, not of {m.group(0)}"
    return None
