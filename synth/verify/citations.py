"""Which cited work a sentence credits with what: "Upadhyay et al. (2016) obtain ... from the Open
Multilingual WordNet, while Levy et al. (2017) obtain bilingual dictionaries from Wiktionary for Arabic,
..." credits Wiktionary and Arabic to Levy et al., not to Upadhyay et al."""

from __future__ import annotations

import re

from synth.verify.claim_facts import CITATION, cited_names, fold_accents, unknown_names
from synth.verify.written import written

_NAME_WORD = re.compile(r"\b[A-Z][\w-]+")
_FUNCTION = frozenset("According In On For The A An As At By With From To Of This That These Their Its".split())


def _segments(sentence: str) -> list[tuple[str, int, int]]:
    """(cited first author, start, end) of each stretch of the sentence that begins with a citation."""
    marks = list(CITATION.finditer(sentence))
    return [(m.group(1), m.start(), marks[i + 1].start() if i + 1 < len(marks) else len(sentence))
            for i, m in enumerate(marks)]


def credited_to_another(claim: str, sentence: str) -> str | None:
    """The claim cites a work and the sentence names it, but the claim's own names ("Wiktionary",
    "Arabic") sit only in the stretch of the sentence that another cited work begins."""
    cited = cited_names(claim)
    segments = _segments(sentence)
    if not cited or len({name for name, _, _ in segments}) < 2:
        return None
    ours = [s for s in segments if s[0] in cited]
    if not ours:
        return None
    words = {w for w in _NAME_WORD.findall(claim)[1:] if w not in _FUNCTION and w not in cited}
    placed: dict[str, str] = {}
    for w in words:
        m = re.search(rf"\b{re.escape(w)}\b", sentence)
        if m:
            owner = next((name for name, a, b in segments if a <= m.start() < b), None)
            if owner:
                placed[w] = owner
    others = {owner for owner in placed.values() if owner not in cited}
    if len(placed) >= 2 and others and all(owner not in cited for owner in placed.values()):
        return (f"the sentence credits {', '.join(sorted(placed))} to {', '.join(sorted(others))}, "
                f"not to {', '.join(sorted(cited))} as the claim does")
    return None


_CONTENT_WORD = re.compile(r"\b[a-z][a-z-]{3,}\b")
_COMMON = frozenset("with from that this their them they than each which into also such both only used using "
                    "uses describe describes described report reports reported note notes".split())
STEM = 5  # letters of a word that stand for its forms ("represent", "representing")


def finding_credited_to_another(claim: str, sentence: str) -> str | None:
    """The claim cites a work the sentence names, but what the claim says of it ("representing each word pair by a
    single mutual vector") the sentence says only in the stretch another cited work begins ("Xiao and Guo (2014)
    represent word pairs as a mutual vector, while Adams et al. (2017) jointly train [...]"): two words or more
    found only there, none only in the cited work's own stretch."""
    cited = cited_names(claim)
    segments = _segments(sentence)
    if not cited or len({name for name, _, _ in segments}) < 2 or not any(n in cited for n, _, _ in segments):
        return None
    theirs, ours = _words_by_owner(claim, sentence, segments, cited)
    others = sorted({n for n, _, _ in segments if n not in cited})
    if len(theirs) >= 2 and not ours:
        return (f"the sentence says \"{', '.join(sorted(theirs))}\" of {', '.join(others)}, not of "
                f"{', '.join(sorted(cited))} as the claim does")
    return None


def _words_by_owner(claim: str, sentence: str, segments: list[tuple[str, int, int]],
                    ours_names: set[str]) -> tuple[set[str], set[str]]:
    """The claim's content words the sentence prints only in other names' stretches, and only in ours."""
    lowered = sentence.lower()
    theirs, ours = set(), set()
    for word in set(_CONTENT_WORD.findall(claim)) - _COMMON:
        owners = {name for name, a, b in segments
                  for m in re.finditer(rf"\b{re.escape(word[:STEM])}", lowered) if a <= m.start() < b}
        if owners and not owners & ours_names:
            theirs.add(word)
        elif owners and owners <= ours_names:
            ours.add(word)
    return theirs, ours


# "which was applied to language modeling by Mnih and Teh (2012)": a deed and the cited work the sentence credits
_DONE_BY = re.compile(r"\b(?P<verb>[a-z]{4,}ed)\b(?P<what>[^.;()]{0,60}?)\bby\s+(?P<agent>[A-Z][\w'-]+)"
                      r"(?:\s+(?:and|&)\s+[A-Z][\w'-]+|\s+et\s+al\.?)?,?\s*\(?(?:19|20)\d\d[a-z]?\)")
_DEED_REACH = 3  # words between a cited work and its deed ("Gutmann and Hyvärinen (2012) first applied")


def _lemma(word: str) -> str:
    """"applied", "applying" → "apply"; "proposed", "proposing" → "propos"."""
    w = word.lower()
    if w.endswith("ied"):
        return w[:-3] + "y"
    return w[:-3] if w.endswith("ing") else w[:-2] if w.endswith("ed") else w


def _credited_with(claim: str, lemma: str) -> set[str]:
    """The cited works the claim credits with a deed: "credits A (2012) with applying", "A (2012) applied",
    "applied [...] by A (2012)"."""
    out = set()
    for m in CITATION.finditer(claim):
        before = claim[max(0, m.start() - 12):m.start()].lower()
        after = claim[m.end():].split()[:_DEED_REACH + 1]
        if re.search(r"\bcredit\w*\s+$", before) and len(after) > 1 and after[0] == "with":
            after = after[1:]
        elif re.search(r"\bby\s+$", before):
            gap = claim[max(0, m.start() - 80):m.start()].split()
            after = gap[-_DEED_REACH - 2:-1]
        if any(_lemma(w.strip(",")).startswith(lemma[:5]) for w in after):
            out.add(fold_accents(m.group(1)))
    return out


def done_by_another(claim: str, sentence: str) -> str | None:
    """The claim credits a cited work with a deed the sentence credits to another ("credits Gutmann and Hyvärinen
    (2012) with applying noise contrastive estimation to language modelling" against "Noise Contrastive Estimation
    (Gutmann & Hyvärinen, 2012), which was applied to language modeling by Mnih and Teh (2012)"): the sentence
    names the claim's work too, and the claim never names the other."""
    folded = fold_accents(claim)
    for m in _DONE_BY.finditer(sentence):
        agent = fold_accents(m.group("agent"))
        if re.search(rf"\b{re.escape(agent)}\b", folded):
            continue
        lemma = _lemma(m.group("verb"))
        what = set(_CONTENT_WORD.findall(m.group("what").lower())) - _COMMON
        if not any(re.search(rf"\b{re.escape(w[:STEM])}", claim.lower()) for w in what):
            continue
        ours = {a for a in _credited_with(claim, lemma) if re.search(rf"\b{re.escape(a)}\b", fold_accents(sentence))}
        if ours:
            return (f"the sentence credits {m.group('agent')} with \"{m.group('verb')}{m.group('what').rstrip()}\", "
                    f"not {', '.join(sorted(ours))} as the claim does")
    return None


# "based on cognates (Smith et al., 2017), shared numerals (Artetxe et al., 2017), or [...]": what each work
# in a list is cited for is the few words right before its citation
_LISTED_CITATION = re.compile(r"\((?P<first>[A-Z][\w'-]+)[^();]{0,80}?(?:19|20)\d{2}[a-z]?\)")
_LIST_SEPARATOR = re.compile(r".*(?:[,;]|\b(?:or|and|on|as|like)\b)\s*", re.DOTALL)
LISTED_ITEM_WORDS = 3


def _listed_items(sentence: str) -> list[tuple[str, set[str]]]:
    """(first author, content words of the item) for each work a sentence cites after an item of a list."""
    items, at = [], 0
    for m in _LISTED_CITATION.finditer(sentence):
        before = sentence[at:m.start()]
        sep = _LIST_SEPARATOR.match(before)
        item = before[sep.end():] if sep else before
        words = item.lower().split()[-LISTED_ITEM_WORDS:]
        items.append((fold_accents(m.group("first")), set(_CONTENT_WORD.findall(" ".join(words))) - _COMMON))
        at = m.end()
    return items


def listed_for_another(claim: str, sentence: str) -> str | None:
    """The claim credits a work with what the sentence lists for another work ("seed lexicons from shared
    numerals" for Smith et al., where the sentence lists "cognates (Smith et al., 2017), shared numerals
    (Artetxe et al., 2017)"): two of the claim's words, or half, make up another work's item, none is in its own."""
    cited = {fold_accents(n) for n in cited_names(claim)}
    items = _listed_items(sentence)
    if not cited or len(items) < 2 or not any(a in cited for a, _ in items):
        return None
    words = set(_CONTENT_WORD.findall(claim.lower())) - _COMMON
    if any(a in cited and words & item for a, item in items):
        return None
    for author, item in items:
        shared = words & item  # two words, or half the item's ("Wasserstein" of "Wasserstein GAN (WGAN)")
        if author not in cited and (len(shared) >= 2 or (shared and 2 * len(shared) >= len(item))):
            return (f"the sentence lists \"{' '.join(sorted(shared))}\" for {author}, not for "
                    f"{', '.join(sorted(cited))} as the claim does")
    return None


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
    """Why the passage lists a work the claim cites for one item under another, the claim writing another item of
    the list whole and not the work's own ("Xie et al. (2018) [...] applied to entity linking" against "named entity
    recognition (Xie et al., 2018), entity linking (Sil et al., 2018)"), or None.  ``listed_for_another`` reads such
    lists by shared words, which a word of the work's own item ("entity") defeats; this reads whole items."""
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


_CONTRAST = re.compile(r",?\s+(?:while|whereas)\s+|;\s+")


def _system_named(clause: str) -> str | None:
    """The one system a clause names, by a name the vocabulary lacks ("RNN-Stack"; its "(RNN)" is part of it)."""
    names = unknown_names(clause)
    whole = [n for n in names if not any(n != m and n in m for m in names)]
    return whole[0] if len(whole) == 1 else None


def finding_said_of_another_system(claim: str, sentence: str, names: set[str]) -> str | None:
    """The claim's system is one of two the sentence contrasts, and what the claim says of it the sentence says
    of the other: "the RNN-Stack parser pairs its recurrent encoder with a graph-based deep biaffine decoder"
    against "The SelfAtt-Graph parser consists of [...] a graph-based deep bi-affine decoder [...], while the
    RNN-Stack parser is composed of a [...] (RNN) based encoder and a stack-pointer decoder": more of the
    claim's words only in the other's clause than only in its own, two at least."""
    cuts = list(_CONTRAST.finditer(sentence))
    if len(cuts) != 1:
        return None
    clauses = ((0, cuts[0].start()), (cuts[0].end(), len(sentence)))
    segments = [(name, a, b) for a, b in clauses if (name := _system_named(sentence[a:b]))]
    ours = {n for n, _, _ in segments if n in names}
    if len(segments) != 2 or len(ours) != 1 or len({n for n, _, _ in segments}) != 2:
        return None
    (own,), other = ours, next(n for n, _, _ in segments if n not in ours)
    name_words = {w.lower() for n, _, _ in segments for w in re.split(r"[^A-Za-z]+", n) if w}
    theirs, mine = _words_by_owner(claim, sentence, segments, ours)
    theirs -= name_words
    if len(theirs) >= 2 and len(theirs) > len(mine):
        return f"the sentence says \"{', '.join(sorted(theirs))}\" of {other}, not of {own} as the claim does"
    return None


# "GPT (Radford et al., 2018) also highlights [...] and RoBERTa (Liu et al., 2019) shows that [...]": clauses each led
# by a system and the work it is cited by
_CITED_SUBJECT = re.compile(r"(?:^|,?\s+and\s+|;\s+)(?P<name>[A-Z][\w.-]*)\s+\([A-Z][^()]{0,60}?\d{4}[a-z]?\)")


def finding_said_of_another_cited(claim: str, sentence: str) -> str | None:
    """Two coordinated clauses, each led by a cited system, and what the claim says of the one it names the sentence
    says of the other: "credits GPT with showing that training BERT longer on more data leads to a significant boost"
    against "GPT (Radford et al., 2018) also highlights the importance of scaling [...] and RoBERTa (Liu et al.,
    2019) shows that training BERT longer on more data leads to significant boost in performance"."""
    starts = list(_CITED_SUBJECT.finditer(sentence))
    if len(starts) != 2 or starts[0].group("name") == starts[1].group("name"):
        return None
    ends = [starts[1].start(), len(sentence)]
    segments = [(m.group("name"), m.start("name"), end) for m, end in zip(starts, ends)]
    ours = {n for n, _, _ in segments if written(n, claim)}
    if len(ours) != 1:
        return None
    (own,), other = ours, next(n for n, _, _ in segments if n not in ours)
    theirs, mine = _words_by_owner(claim, sentence, segments, ours)
    if len(theirs) >= 2 and len(theirs) > len(mine):
        return f"the sentence says \"{', '.join(sorted(theirs))}\" of {other}, not of {own} as the claim does"
    return None


def credited_instead(claim: str, sentence: str) -> str | None:
    """The claim cites a work the sentence does not name, and the sentence cites another one: saying
    the same, it credits the finding to that work ("the model of Artetxe et al. (2018a) is the most
    robust" against "the model of Conneau et al. (2018a)")."""
    ours = {fold_accents(n) for n in cited_names(claim)}
    if not ours:
        return None
    named = {fold_accents(w) for w in _NAME_WORD.findall(sentence)}
    missing = ours - named
    theirs = {fold_accents(n) for n in cited_names(sentence)} - ours
    if not missing or not theirs:
        return None
    return (f"the sentence credits it to {', '.join(sorted(theirs))}, not to {', '.join(sorted(missing))} "
            "as the claim does")


# "MUSE (Conneau et al., 2018a)", "VecMap, by Artetxe et al. (2018a)": a named tool and the work it is credited to
_TOOL_BY = re.compile(r"\b(?P<tool>[A-Z][A-Za-z]*[A-Z][\w-]*)\s*(?:,\s*)?(?:\(|by\s+)(?P<who>[A-Z][\w'’-]+)"
                      r"(?:\s+et\s+al\.?|\s+and\s+[A-Z][\w'’-]+)?,?\s*\(?(?:19|20)\d\d")


def _tools_credited(text: str) -> dict[str, str]:
    return {m.group("tool"): fold_accents(m.group("who")) for m in _TOOL_BY.finditer(text)}


def tool_credited_otherwise(claim: str, sentence: str) -> str | None:
    """A tool the claim credits to one work and the sentence to another: "MUSE, by Artetxe et al. (2018a)"
    against "the MUSE (Conneau et al., 2018a) and VecMap (Artetxe et al., 2018a) projects"."""
    theirs = _tools_credited(sentence)
    for tool, who in sorted(_tools_credited(claim).items()):
        if theirs.get(tool, who) != who:
            return f"the sentence credits {tool} to {theirs[tool]}, not to {who} as the claim does"
    return None


# "WGAN, which is proposed by Arjovsky et al. (2017)": who a thing is credited to, in the words that credit it
_CREDITED_BY = re.compile(r"\b(?:proposed|introduced|presented|developed|designed)\s+by\s+(?P<who>[A-Z][\w'’-]+)"
                          # who was first: "credit Gouws and Søgaard (2015) with the first [...] method", "Xiao and
                          # Guo (2014) propose the first such method"
                          r"|\b[Cc]redits?\s+(?P<credited>[A-Z][\w'’-]+)[^,;()]{0,40}\(\d{4}[a-z]?\)\s+with\s+(?:being\s+)?the\s+first\b"
                          r"|\b(?P<first>[A-Z][\w'’-]+)(?:\s+et\s+al\.?|\s+and\s+[A-Z][\w'’-]+)?,?\s+\(\d{4}[a-z]?\)\s+"
                          r"(?:propose|proposed|introduce|introduced|present|presented|were|was|are|is)\s+the\s+first\b"
                          # "was first utilized for domain adaptation (Ganin et al., 2016)": the work cited for it
                          r"|\bfirst\s+(?:[a-z]+ed|used|applied)\b[^.;()]{0,80}?\((?P<first_cited>[A-Z][\w'’-]+)"
                          r"(?:\s+et\s+al\.?|\s+and\s+[A-Z][\w'’-]+)?,\s*(?:19|20)\d\d")


def credited(text: str, first: bool = False) -> set[str]:
    """The first authors a text says proposed something ("proposed by Ganin et al."), or, with ``first``, were the
    first to ("Xiao and Guo (2014) propose the first such method")."""
    return {fold_accents(m.group("credited") or m.group("first") or m.group("first_cited") if first else m.group("who"))
            for m in _CREDITED_BY.finditer(text) if bool(m.group("who")) != first}


def credited_by_another(claim: str, sentence: str) -> str | None:
    """Both say who proposed it ("proposed by Ganin et al. (2016)" against "proposed by Arjovsky et al.
    (2017)"), or who was first, and name different works: as specific as a changed number."""
    for first in (False, True):  # who proposed it, and who was first, are told apart
        ours, theirs = credited(claim, first), credited(sentence, first)
        if len(ours) == 1 and theirs and not ours & theirs:
            if first:
                return (f"the sentence credits {', '.join(sorted(theirs))} with being first, not {next(iter(ours))} "
                        "as the claim does")
            return (f"the sentence says it was proposed by {', '.join(sorted(theirs))}, not by {next(iter(ours))} "
                    "as the claim does")
    return None


# "Like Ammar et al. (2016) and Guo et al. (2016), Schuster et al. build ...": works the claim's subject is likened to
_LIKENED_OPENING = re.compile(r"^(?:Just\s+)?(?:Like|As\s+with|As\s+in|Similar\s+to|Following)\s+"
                              r"(?P<works>[^,]*?\(\d{4}[a-z]?\)(?:(?:,\s*|\s+and\s+|,\s+and\s+)[^,]*?\(\d{4}[a-z]?\))*)\s*,")


# "[...] create their Fake-English the way K et al. (2020) did, by shifting [...]"
_LIKENED_DEED = re.compile(r"\b(?:the\s+(?:same\s+)?way|just\s+as|as)\s+(?P<works>[A-Z][^,;()]{0,60}?\(\d{4}[a-z]?\))"
                          r"\s+(?:did|do|does|had)\b")


def likened_works(claim: str) -> frozenset[str]:
    """The first authors of the works a claim likens its subject to ("Like Ammar et al. (2016) and Guo et al.
    (2016), ...", "the way K et al. (2020) did"): what a passage says of them it does not say of the subject."""
    m = _LIKENED_OPENING.match(claim) or _LIKENED_DEED.search(claim)
    return frozenset(cited_names(m.group("works"))) if m else frozenset()


def names_work(sentence: str, authors: frozenset[str]) -> bool:
    """Whether the sentence names one of the works by its first author ("(Ammar et al., 2016; ...)")."""
    return any(re.search(rf"\b{re.escape(a)}\b", sentence) for a in authors)
