"""Counts a claim states ("17k sentences", "400 epochs", "270M params"): they are matched against the
counts a sentence prints, and contradicted only by a count of the same thing ("270M params" against
a claimed "125M parameters"), never by a score."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from synth.parse.numbers import (COUNT_LIST_REST, PART_OF, WORD_NUMBERS, NumberMention, after_setting, find_numbers,
                                 setting_before)
from synth.verify.arithmetic import BOUND_SLACK, decimals, values_match

_NEXT_WORD = re.compile(r"(?:\s+|-)(?P<word>[A-Za-z]+)")
_PHRASE = re.compile(r"(?:(?:\s+|-)[A-Za-z]+){1,3}")  # "16 attention heads", "1024 hidden units"
_PHRASE_STOP = frozenset("""of and or in on with for to per the a an from by at as than across over into among between
within via through under during without that which who are is was were""".split())
APPROX = 0.05  # "about 17k" is borne out by 16.5k-17.9k


def exact_count(text: str) -> bool:
    """A count of four digits or more that is no round number ("48,814", not "100K", "1,500" or "5")."""
    digits = text.replace(",", "")
    return digits.isdigit() and len(digits) >= 4 and len(digits.rstrip("0")) >= 3


_SCALED_PRECISELY = re.compile(r"(?:[1-9]\d*\.\d{2,}|[1-9]\d{2,}(?<!00))\s*(?:million|billion|thousand|[MBK])")


def precise_count(text: str) -> bool:
    """An exact count, or one scaled by its unit to three figures or more ("1.24 million", "141 million", not "1.2
    million" or "100 million")."""
    return exact_count(text) or bool(_SCALED_PRECISELY.fullmatch(text.strip()))


@dataclass(frozen=True)
class Count:
    text: str
    value: float
    noun: str | None  # what is counted: the word after the number ("sentences", "params")
    qualifier: str | None
    ends: tuple[float, ...] = ()  # both ends of a range ("from 560 million to 7 billion")
    words: tuple[str, ...] = ()  # the words of the noun phrase after it ("attention", "heads")
    selected: bool = False  # a part taken for use ("using 29 languages", "30 other languages"), not all there is
    whole: bool = False  # all there is ("the release comprises [...] 71 languages")


_SLASHED = re.compile(r"(?<=[A-Za-z])/(?=\d)")


def counts_in(text: str, every_number: bool = False, mentions: Sequence[NumberMention] | None = None) -> list[Count]:
    """The counts of ``text`` (years left out), each with the noun it counts; with ``every_number``,
    every printed number ("a vocabulary size of 4449 and ..." is no count to the number parser).
    ``mentions``: the numbers of ``text`` when they are already read."""
    out = []
    text = _SLASHED.sub(" ", text)  # "2 epochs/140k steps": two counts (of the same length, so mentions still fit)
    for n in find_numbers(text) if mentions is None else mentions:
        year = (n.value is not None and n.value.is_integer() and 1900 <= n.value <= 2100 and "," not in n.text
                and not after_setting(text, n.start))  # "warm-up steps 2000" is no year
        if (not n.count and not every_number) or n.value is None or year:  # "2,000" is no year
            continue
        # "15, 30, 60 and all 100 languages": each number of the list counts what its last one counts
        rest = COUNT_LIST_REST.match(text, n.end) if n.kind == "value" else None
        end = rest.end() if rest else n.end
        if part := PART_OF.match(text, end):  # "16 out of the 22 language families" counts families
            end = part.end()
        m = _NEXT_WORD.match(text, end)
        phrase = _PHRASE.match(text, end)
        words = []
        for w in re.findall(r"[A-Za-z]+", phrase.group(0) if phrase else ""):
            if w.lower() in _PHRASE_STOP or (words and w.lower().endswith("ed")):  # "pairs sampled from"
                break
            words.append(w.lower())
        setting = setting_before(text, n.start)
        if setting:  # "batch size 64": the setting names what the number counts
            words = setting.split()
        noun = words[-1] if setting else m.group("word").lower() if m else None
        # ("30 other languages": the rest besides one, a part too)
        selected = bool(_SELECTED.search(text, max(0, n.start - 30), n.start)) or words[:1] == ["other"]
        whole = bool(_WHOLE.search(text, max(0, n.start - 60), n.start))
        out.append(Count(n.text, n.value, noun, n.qualifier, n.values, tuple(words), selected, whole))
    # "pre-trained 300d monolingual embeddings": a size the number parser reads as a word
    out += [Count(m.group(0), float(m.group("n")), "dimensional", None, (), ("dimensional",))
            for m in _DIMENSIONS.finditer(text)]
    return out


_SELECTED = re.compile(r"\b(?:using|use|used|uses|select|selects|selected|choose|chose|chosen|pick|picked)\s+"
                       r"(?:(?:the|a|only|just)\s+)?$", re.IGNORECASE)
_WHOLE = re.compile(r"\b(?:comprises?|comprising|contains?|containing|consists?\s+of|covers?|covering|spans?|spanning"
                    r"|in\s+total|totals?|totall?ing)\b[^.;]*$", re.IGNORECASE)
_DIMENSIONS = re.compile(r"(?<![\w.-])(?P<n>\d{2,4})d(?![\w-])")


_SPELLED = {w: v for w, v in WORD_NUMBERS.items() if v >= 2}
# words ending in s that name nothing counted ("six transfer methods across a range of models")
_NO_NOUN = r"(?!(?:across|towards|besides|versus|whereas|thus|plus|this|is|was|has|does|its|as|us)\b)"
# ("one of its ten nearest neighbours", "with five different seeds": a determiner before the number, an adjective
# before the noun; "data covering three languages": a verb of extent before it; "five topics, two domains and nine
# languages": items of a list; "with three language pairs": a noun before the counted one; "we choose eight
# languages": a verb of choosing; "we have detected four main types": a verb of telling apart;
# "languages that use two different scripts"; "there are four types of mapping methods")
_SPELLED_COUNT = re.compile(rf"(?:^\s*|(?P<cue>\b(?:into|in|for|to|on|over|across|from|of|with|between|among|and|plus|"
                            rf"tr(?:y|ies|ied)\s+out|explor(?:e|es|ed)|test(?:s|ed)?|propos(?:e|es|ed)|"
                            rf"introduc(?:e|es|ed)|investigat(?:e|es|ed)|examin(?:e|es|ed)|summari[sz](?:e|es|ed|ing)|"
                            rf"review(?:s|ed|ing)?|describ(?:e|es|ed|ing)|discuss(?:es|ed|ing)?|"
                            rf"(?:cover|span|include|contain|comprise)(?:s|ing)?|covered|spanned|included|contained|"
                            rf"comprised|picks?|picked|choose|chooses|chose|chosen|selects?|selected|"
                            rf"detect(?:s|ed)?|identif(?:y|ies|ied)|distinguish(?:es|ed)?|defines?|defined|"
                            rf"considers?|considered|uses?|used|using|compar(?:e|es|ed|ing)|there\s+(?:are|were)|"
                            # "Since we have two architectures for each of the modules"
                            rf"(?:we|they|it|each)\s+(?:have|has|had))|,)\s+)"
                            rf"(?P<det>(?:the|its|their|our)\s+)?"
                            rf"(?P<word>{'|'.join(_SPELLED)})\s+(?:(?:[a-z]+est|different|random|distinct|separate|"
                            rf"independent|additional|other)\s+)?"
                            rf"(?:(?P<mod>[a-z]+(?:[\s-](?!(?:of|and|or|in|on|for|to|with|from|by)\b)[a-z]+)?)[\s-]"
                            rf"(?={_NO_NOUN}[a-z]+s\b))?"
                            rf"{_NO_NOUN}(?P<noun>[a-z]+s)\b", re.IGNORECASE)


_PLACING = frozenset({"among", "of", "between"})


def spelled_counts(text: str, placed: bool = False) -> list[Count]:
    """Counts written in words after a preposition ("into five languages", "over three seeds"): the number
    parser leaves them out, since "one of the two models" counts nothing a claim could get wrong.  ``placed``:
    keep the counts of a set something is placed in too ("the findings of three recent benchmark studies"), as a
    passage prints them."""
    return [Count(m.group("word").lower(), _SPELLED[m.group("word").lower()], m.group("noun").lower(), None,
                  (), tuple(w.lower() for w in (m.group("mod"), m.group("noun")) if w))
            for m in _SPELLED_COUNT.finditer(text)
            # ("among the four target languages", "of four Transformer layers", "on the five Nilotic languages": the
            # set a finding is placed in, a part of something, a set named before, rather than what was counted)
            if placed or not (m.group("mod") and (m.group("det") or (m.group("cue") or "").lower() in _PLACING))]


def _scale(text: str) -> str:
    """The magnitude letter of a printed count ("270M" → "M"); none for plain or spelled-out numbers."""
    return text[-1].upper() if text[:1].isdigit() and text[-1:] in ("k", "K", "m", "M", "b", "B") else ""


def _same_noun(a: str | None, b: str | None) -> bool:
    """"params" and "parameters", "sentence" and "sentences": the same thing counted."""
    return a is not None and b is not None and a[:5] == b[:5]


_PRONOUN = "ones"  # stands for a noun said before: what it counts is told by the words before it


def _same_thing(a: Count, b: Count) -> bool:
    """The same noun right after both numbers, or the same last word of their noun phrases ("16 attention
    heads" and "8 heads")."""
    if _PRONOUN in (a.noun, b.noun):  # "two lower-resource ones" for "two lower-resource languages"
        return bool(set(a.words[:-1]) & set(b.words[:-1]))
    return _same_noun(a.noun, b.noun) or (bool(a.words) and bool(b.words) and _same_noun(a.words[-1], b.words[-1]))


def _named(count: Count) -> str:
    return " ".join(count.words) or count.noun or ""


def _other_maximum(claimed: Count, bound: Count, claim: str) -> bool:
    """A claimed maximum ("on as many as 104 languages") against another printed one ("on up to 99 languages")."""
    return (bound.qualifier == "at_most" and claimed.value != bound.value
            and re.search(rf"\b(?:as\s+many\s+as|up\s+to)\s+{re.escape(claimed.text)}\b", claim, re.IGNORECASE) is not None)


def _agrees(claimed: Count, printed: Count) -> bool:
    if claimed.qualifier == "approx":
        return abs(claimed.value - printed.value) <= APPROX * abs(claimed.value)
    if claimed.qualifier == "at_least":
        return claimed.value <= printed.value <= BOUND_SLACK * claimed.value
    if claimed.qualifier == "at_most":
        return claimed.value / BOUND_SLACK <= printed.value <= claimed.value
    return values_match(claimed.value, decimals(claimed.text), printed.value, decimals(printed.text))


# what architectures and corpora are counted in ("12-layer", "8 heads", "200 epochs"): a count right before one
# of these counts it, and is borne out only by the passage's count of it where the passage has one
_UNIT_NOUNS = ("layer", "head", "epoch", "step", "langu", "sente", "token", "param", "dimen", "updat", "batch")


def _same_unit_counted(a: Count, b: Count) -> bool:
    return _same_noun(a.noun, b.noun) and (a.noun or "")[:5] in _UNIT_NOUNS


def _match(claimed: Count, printed: list[Count]) -> Count | None:
    """The printed count that bears out a claimed one: of the same thing where the passage counts that thing
    ("12-layer" is not borne out by "8 layers, 12 heads"), else any with the claimed value; a count written in
    words only by one of the same thing."""
    same = [p for p in printed if _same_unit_counted(claimed, p)]
    if claimed.text.isalpha():  # "ten neighbours", written in words, names what it counts: never "10%"
        same = [p for p in printed if _same_thing(claimed, p)]
        return next((p for p in same if _agrees(claimed, p)), None)
    own = next((p for p in same if _agrees(claimed, p)), None)
    if own is not None or same:
        return own
    return next((p for p in printed if _agrees(claimed, p)), None)


def _read_both(claim: str, passage: str) -> tuple[list[Count], list[Count]]:
    """The counts the claim states and those the passage prints, with the counts either side writes in words
    ("into five languages"): a claim counting only in words ("for ten epochs") is read against the passage's
    counts in words and digits."""
    claimed, printed = counts_in(claim), counts_in(passage, every_number=True)
    spelled = spelled_counts(claim)
    if claimed or spelled:
        claimed, printed = claimed + spelled, printed + spelled_counts(passage, placed=True)
    return claimed, printed


def _ends_apart(counts: list[Count]) -> list[Count]:
    """A range's ends as counts of their own: a range is printed only when both its ends are."""
    return [e for c in counts for e in ([replace(c, value=v, ends=()) for v in c.ends] if c.ends else [c])]


def printed_counts(claim: str, passage: str) -> frozenset[int]:
    """Which of the claim's counts (by position, a range's ends apart) the passage prints."""
    claimed, printed = _read_both(claim, passage)
    printed = [*printed, *(replace(p, value=v, ends=()) for p in printed for v in p.ends)]
    return frozenset(i for i, c in enumerate(_ends_apart(claimed)) if _match(c, printed))


def counts_named_alike(claim: str, passage: str) -> bool:
    """Every count the claim names the thing of ("10,000 test sentence pairs") is printed as a count of that thing
    or of nothing named ("of dimension 1024"), never of another thing ("10000 sentences" of a Bible corpus): how
    counts gathered from two sentences must be borne out."""
    claimed, printed = _read_both(claim, passage)
    printed = [*printed, *(replace(p, value=v, ends=()) for p in printed for v in p.ends)]
    return all(any(_agrees(c, p) and (_same_thing(c, p) or not p.words) for p in printed)
               for c in _ends_apart(claimed) if c.noun or c.words)


def counts_agree(claim: str, passage: str) -> tuple[str | None, str]:
    """"all" when every count the claim states is printed in the passage, "conflict" when the passage
    counts the same thing with another number, "none" otherwise; None when it prints no count."""
    claimed, printed = _read_both(claim, passage)
    if not claimed or not printed:
        return None, "no counts in evidence"
    # "from 400 to 600" against "from 400 to 500": the same change from the same start to another end
    for c in claimed:
        rival = next((p for p in printed if len(c.ends) == 2 == len(p.ends) and c.ends[0] == p.ends[0]
                      and c.ends[1] != p.ends[1] and not any(q.ends[1:] == c.ends[1:] for q in printed)), None)
        if rival:
            return "conflict", f"claimed {c.text} {_named(c)}, the paper prints {rival.text}"
    claimed = _ends_apart(claimed)
    printed = [*printed, *(replace(p, value=v, ends=()) for p in printed for v in p.ends)]
    matched = {c: _match(c, printed) for c in claimed}
    if all(matched.values()):
        return "all", "; ".join(f"claimed {c.text} matches printed {p.text}" for c, p in matched.items())
    used = {p for p in matched.values() if p}
    for c, p in matched.items():
        # "sets of 15, 30, 60 and all 100 languages" is not gainsaid by "100 languages [...] 88 languages": a list
        # of counts is answered by a list as long
        if sum(_same_thing(c, o) for o in claimed) > sum(_same_thing(c, q) for q in printed):
            continue
        rival = next((q for q in printed if p is None and q not in used and _same_thing(c, q)
                      # "less than 1M parameters" is loose, but a claimed "as many as 104" is no "up to 99"
                      and (q.qualifier not in ("at_least", "at_most") or _other_maximum(c, q, claim))
                      # "using 29 languages" of a release the claim gives 71: a part of it, no other count of it
                      and not (q.selected and c.whole and c.value > q.value)
                      and _scale(q.text) == _scale(c.text)), None)  # "270M" against "125M"
        if rival:
            return "conflict", f"claimed {c.text} {_named(c)}, the paper prints {rival.text} {_named(rival)}"
    return "none", "claimed " + ", ".join(c.text for c, p in matched.items() if p is None) + " not printed here"


_TOKEN = re.compile(r"\d[\d,.]*\d|\d|[A-Za-z]+")
_NEAR = 3  # tokens between a count and the word that says what it counts ("“science” (138 sentences)")
_PAIR_STOP = frozenset("a an the of and or with to in on for by from as is are was were into its their".split())


def _nearest_counts(text: str, values: set[float]) -> dict[str, float]:
    """Each word printed within _NEAR tokens of one of ``values``: the value it is nearest to, where every
    such occurrence of it agrees (ties left out)."""
    tokens = _TOKEN.findall(text)
    at = [(i, float(t.replace(",", ""))) for i, t in enumerate(tokens) if t[0].isdigit()
          and float(t.replace(",", "")) in values]
    found: dict[str, set[float | None]] = {}
    for i, t in enumerate(tokens):
        w = t.lower()
        if not w[0].isalpha() or w in _PAIR_STOP:
            continue
        near = sorted((abs(i - j), v) for j, v in at if abs(i - j) <= _NEAR)
        if near:
            found.setdefault(w, set()).add(near[0][1] if len(near) == 1 or near[0][0] < near[1][0] else None)
    return {w: v.pop() for w, v in found.items() if len(v) == 1 and None not in v}


def crossed_counts(claim: str, passage: str) -> str | None:
    """Two counts the passage prints, each given by the claim to what the passage gives the other ("138
    'technology' ... 114 'science'" against "“science” (138 sentences) and “technology” (114 sentences)")."""
    values = ({c.value for c in counts_in(claim, every_number=True)}
              & {c.value for c in counts_in(passage, every_number=True)})
    if len(values) < 2:
        return None
    ours, theirs = _nearest_counts(claim, values), _nearest_counts(passage, values)
    shared = sorted(set(ours) & set(theirs))
    if any(ours[w] == theirs[w] for w in shared):
        return None
    crossed = [(a, b) for a in shared for b in shared if a < b and ours[a] == theirs[b] and ours[b] == theirs[a]
               and ours[a] != ours[b]]
    if not crossed:
        return None
    a, b = crossed[0]
    return (f"the paper gives {theirs[a]:g} to \"{a}\" and {theirs[b]:g} to \"{b}\"; the claim the other way round")
