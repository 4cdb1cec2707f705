"""Claims that say whose finding they report ("Dufter and Schütze find that ...", "In Wu et al.'s
bilingual models, ..."): the corpus papers by those authors, and the claim without the attribution.

The authors' names say where a finding is, not what it is: papers never print their own authors'
names next to their results, so left in the claim they only lower its word overlap and similarity with
the passage that states it.  A claim attributed to corpus authors is checked against their papers only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from synth.records import Paper
from synth.verify.claim_facts import REPORTING_VERB, content_words, fold_accents

_NAME = r"[A-Z][\w-]+"
# "Wu et al.", "Dufter and Schütze", "Ruder, Vulić and Søgaard"
_AUTHORS = re.compile(
    rf"\b(?P<first>{_NAME})(?:\s+et\s+al\.?|\s+and\s+(?P<second>{_NAME})|,\s+(?P<middle>{_NAME}),?\s+and\s+{_NAME})"
    rf"(?:\s*\((?P<year>\d{{4}})[a-z]?\))?(?P<own>['’]s)?")
_VERB = re.compile(rf"\s*(?:also\s+)?{REPORTING_VERB}(?:\s+that)?\b", re.IGNORECASE)
# the reporting verb that ends the claim's frame, after its source ("Ruder et al.'s survey reports that")
_FRAME_VERB = re.compile(rf"[^,.;]{{0,40}}?\b{REPORTING_VERB}\b(?:\s+that)?", re.IGNORECASE)
_SOURCE_NOUN = re.compile(r"\s*(?:survey|paper|study|article|work)\b", re.IGNORECASE)
_OF_AUTHORS = re.compile(r"(?<=[a-z])\s+of\s+$")
_ACCORDING = re.compile(r"\bAccording\s+to\s+$", re.IGNORECASE)


def _fold(name: str) -> str:
    """"Schütze" and "Schutze", "Glavaš" and "Glavas" compare equal."""
    return fold_accents(name).lower()


def _surname(author: str) -> str:
    return _fold(author.split()[-1]) if author.strip() else ""




def _author_mentions(text: str):
    """The author mentions of a text in order; after "A, B and C", "B and C" too ("XNLI, Lample and Conneau" is
    no list of authors, "Lample and Conneau" is)."""
    pos = 0
    while (m := _AUTHORS.search(text, pos)) is not None:
        yield m
        pos = m.start("middle") if m.group("middle") else m.end()


def attributed_papers(text: str, papers: Iterable[Paper]) -> tuple[set[str], str]:
    """(ids of the corpus papers the claim attributes itself to, the claim without the authors' names);
    no ids and the claim unchanged when it names no corpus authors.  "Lample and Conneau's XLM" ties the
    claim to their paper, unless the claim names its source paper otherwise ("The XLM-R paper reports
    that Lample and Conneau's XLM ..."): then only the authors' names are dropped."""
    papers = list(papers)
    found: set[str] = set()
    spans = []
    sourced = bool(re.search(r"\b(?:paper|authors)\b", text, re.IGNORECASE))
    framed_at = None  # where the finding begins, after "Ruder et al.'s survey reports that"
    for m in _author_mentions(text):
        if framed_at is not None and m.start() >= framed_at:
            break  # "... reports that Mikolov et al. (2013b) and Conneau et al. (2018a) found": works it cites
        # "Ruder et al.'s survey singles out the model of Conneau et al. (2018a)", "The XLM-R paper attributes to
        # Pires et al. (2019) the finding [...]": a cited work, which the claim's source credits
        if (spans or sourced) and m.group("year") and not m.group("own"):
            continue
        first, second, year = _fold(m.group("first")), m.group("second") or m.group("middle"), m.group("year")
        ids = {p.id for p in papers if p.authors and _surname(p.authors[0]) == first
               and (second is None or (len(p.authors) > 1 and _surname(p.authors[1]) == _fold(second)))
               and (year is None or p.year is None or abs(p.year - int(year)) <= 1)}
        if ids:
            if not sourced:
                found |= ids
            end = m.end()
            # "the appendix table of Reimers and Gurevych shows LASER ahead": the verb is the table's, and so is
            # the rest of the sentence (only the names go)
            if not m.group("own") and _OF_AUTHORS.search(text[:m.start()]):
                spans.append((m.start(), end, ""))
                continue
            if not m.group("own"):
                verb = _VERB.match(text, end)
                end = verb.end() if verb else end
                framed_at = end if verb and framed_at is None else framed_at
            elif framed_at is None and (frame := _FRAME_VERB.match(text, end)):
                framed_at = frame.end()
            start = m.start()
            before = _ACCORDING.search(text[:start])
            # "Schuster et al.'s parser" is "their parser": what a paper's tables label as its own ("OURS");
            # "Ruder et al.'s survey" is the source itself
            noun = _SOURCE_NOUN.match(text, end)
            own = (m.group("own") and ids and not sourced and not (framed_at is not None and framed_at > end)
                   and not noun)
            if before and m.group("own") and noun:  # "According to Ruder et al.'s survey, [...]": all of it goes
                end = noun.end()
            spans.append((before.start() if before else start, end, "their " if own else ""))
    stripped = text
    for start, end, instead in reversed(spans):
        stripped = stripped[:start] + instead + stripped[end:]
    stripped = re.sub(r"\s{2,}", " ", re.sub(r"^[\s,]+", "", stripped)).strip()
    if not stripped:
        return found, text
    first = stripped.split(maxsplit=1)[0]
    # "mBERT's ..." keeps its case: a capital later in the word fixes it
    return found, (stripped[:1].upper() + stripped[1:]) if first.islower() else stripped


# "The cross-lingual embedding survey notes that": a paper named by what its title says it is
_TITLED = re.compile(r"^\s*(?:According\s+to\s+)?[Tt]he\s+(?P<words>[A-Za-z][\w\s-]{2,60}?)\s+"
                     r"(?P<noun>survey|paper|study|benchmark)\b")


def titled_papers(text: str, papers: Iterable[Paper]) -> set[str]:
    """The one corpus paper whose title holds every content word of the name the claim opens with ("the
    cross-lingual embedding survey" for "A Survey of Cross-lingual Word Embedding Models"); none if several do."""
    m = _TITLED.match(text)
    wanted = content_words(f"{m.group('words')} {m.group('noun')}") if m else set()
    if len(wanted) < 2:
        # "As summarised in the survey, [...]": the corpus's only survey
        wanted = {"survey"} if _THE_SURVEY.search(text) else set()
    if not wanted:
        return set()
    ids = {p.id for p in papers if p.title and wanted <= content_words(p.title)}
    return ids if len(ids) == 1 else set()


_THE_SURVEY = re.compile(r"\b[Tt]he\s+survey\b")
