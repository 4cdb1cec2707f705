"""Numbers as ML papers report them: results, changes, errors and cell markers.

A physical-units parser misreads "2.1 points" or "+1.6"; this module reads
them the way a results section means them.

Units (``NumberMention.unit``) record what the text says, never a guess:

* ``"points"``: "points", "pts", "pp", "percentage points", "absolute"
  ("2.1% absolute", "an absolute gain of 2.1%"), and a delta followed by a
  metric name ("outperforms mBERT by 2.42 F1").
* ``"relative"``: a "%" number with "relative" next to it in the clause
  ("a 10% relative improvement", "a relative gain of 10%").
* ``"percent"``: any other "%" or "percent".  In ML papers "improves
  accuracy by 2.1%" nearly always means 2.1 points of a metric that is itself
  a percentage, so a consumer comparing a ``"percent"`` delta with table
  values should try the absolute difference first and the relative one second.
* ``"times"``: "3x", "3×", "3 times", "3-fold".
* ``None``: a bare number.

Deltas (``NumberMention.delta``) are signed.  They come from, in this order:
an explicit sign ("+1.6", "−0.8"; not after "=" or ":"); "from A to B" or
"A → B" (B − A, rounded to the inputs' decimals); "by N" or a direction word
right before the number ("drops over 6 points"), signed by the nearest
direction word earlier in the clause (increase when there is none); a
direction word right after the number ("2.2 points improvement", "three
points below"); a list joined to one of those ("by 15.7% and 11.4%").
``value`` is the number as written, signed only when a sign is written:
"drops by 3%" has value 3.0 and delta -3.0.

``find_numbers`` skips numbers that are not results: years, citation
brackets, references to tables, figures, sections, equations and appendices,
arXiv ids, DOIs and URLs, page and volume numbers, footnote markers glued to
words, digits inside names ("XLM-100", "F1", "mT5"), enumerations "(1)", and
lines that hold only an integer (page numbers).  Counts of things ("15
languages", "393k", "1,000", "2.5 billion tokens", "12-layer") are kept as
kind ``"value"`` with unit ``None`` and ``count=True``, so that a claim
extractor can tell setup numbers from results.  Hedges before a number are
kept in ``qualifier``: ``"approx"`` ("around", "about", "~"), ``"at_least"``
("over", "more than") or ``"at_most"`` ("up to", "less than").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import Enum


@dataclass(frozen=True)
class NumberMention:
    """One reported number, or a compound of numbers, with its exact span."""

    text: str
    start: int
    end: int
    value: float | None
    delta: float | None
    unit: str | None
    kind: str  # value | delta | change | range | pair | plusminus | ratio
    values: tuple[float, ...] = ()
    error: float | None = None
    marks: tuple[str, ...] = ()  # cell markers, sorted: bold, dagger, ...
    count: bool = False
    qualifier: str | None = None  # approx | at_least | at_most
    strict: bool = False  # a bound that excludes itself: "above 0.25", "less than 20" (not "at least", "up to")


class Direction(str, Enum):
    """Which way a sentence fragment says a quantity moved."""

    INCREASE = "increase"
    DECREASE = "decrease"
    NONE = "none"

    @property
    def sign(self) -> int:
        return {"increase": 1, "decrease": -1, "none": 0}[self.value]


# --- direction words ---------------------------------------------------------

_UP_WORDS = (
    r"improv(?:e|es|ed|ing|ements?)|outperform(?:s|ed|ing)?|gain(?:s|ed|ing)?"
    r"|boost(?:s|ed|ing)?|increas(?:e|es|ed|ing)|ris(?:e|es|ing)|rose"
    r"|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|beat(?:s|ing)?"
    r"|overestimat(?:e|es|ed|ing)|higher|better|rais(?:e|es|ed|ing)|benefit(?:s|ed|ing)?|beneficial|advantageous"
    r"|lift(?:s|ed|ing)?|help(?:s|ed|ing)?|enhanc(?:e|es|ed|ing)|strengthen(?:s|ed|ing)?|facilitat(?:e|es|ed|ing)"
    r"|positive(?:ly)?\s+(?:effects?|impacts?|affect(?:s|ed)?|impact(?:s|ed))"
)
_DOWN_WORDS = (
    r"drop(?:s|ped|ping)?|degrad(?:e|es|ed|ing|ation)|hurt(?:s|ing)?"
    r"|lag(?:s|ged|ging)?|underperform(?:s|ed|ing)?|decreas(?:e|es|ed|ing)"
    r"|declin(?:e|es|ed|ing)|fall(?:s|ing)?|fell|los(?:e|es|ing|t)|slip(?:s|ped|ping)?|dip(?:s|ped|ping)?"
    r"|reduc(?:e|es|ed|ing|tion)|deteriorat(?:e|es|ed|ing|ion)|minimi[sz](?:e|es|ed)"
    r"|underestimat(?:e|es|ed|ing)|lower(?:s|ed|ing)?|worse"
    r"|harm(?:s|ed|ing)?|harmful|detrimental|damag(?:e|es|ed|ing)|hamper(?:s|ed|ing)?|hinder(?:s|ed|ing)?|impair(?:s|ed|ing)?"
    r"|imped(?:e|es|ed|ing)|weaken(?:s|ed|ing)?|undermin(?:e|es|ed|ing)|worsen(?:s|ed|ing)?"
    r"|negative(?:ly)?\s+(?:effects?|impacts?|affect(?:s|ed)?|impact(?:s|ed))"
)
# "(?!-)" keeps "lower-resource" and "higher-resource" out; a layer's position is no direction.
_CUE = re.compile(rf"\b(?:(?P<up>{_UP_WORDS})|(?P<down>{_DOWN_WORDS}))\b(?!-)(?!\s+layers?\b)", re.I)
_NEGATED = re.compile(
    r"(?:\b(?:not|no|never|cannot|without|hardly|neither|nor)|n't|\bfail(?:s|ed)?\s+to)"
    r"\s+(?:\w+\s+){0,2}$",
    re.I,
)
# Direction words that may follow a number: "2.2 points improvement", "3 points below".
_TRAILING_DIRECTION = re.compile(
    r"\s*(?:(?:absolute|relative|average|avg\.?|accuracy|F1|EM|BLEU|chrF|UAS|LAS|MRR|ROUGE(?:-[L12])?|P@1|[KMGT]i?B|"
    r"Spearman|Pearson|tokens)\s+){0,2}"
    r"(?:(?P<up>improvements?|gains?|increases?|boosts?|higher|better|above|ahead|larger|wider|more\s+accurate"
    r"|more(?=\s+(?:than|from|with|on|for|when|in)\b)"  # "4.6 BLEU more from [...] than from": no "3 more languages"
    r"|(?<=B\s)more|(?<=[Tt]okens\s)longer)"  # "3.0 GiB more disk space", "3.0 tokens longer": a measure's change
    r"|(?P<down>drops?|decreases?|declines?|reductions?|degradations?|lower|worse|below|behind|smaller|narrower"
    r"|less\s+accurate|less(?=\s+(?:than|from|with|on|for|when|in)\b)|(?<=B\s)less|(?<=[Tt]okens\s)shorter))\b",
    re.I,
)


def _cue_direction(match: re.Match[str]) -> Direction:
    return Direction.INCREASE if match.group("up") else Direction.DECREASE


def _is_negated(text: str, cue_start: int) -> bool:
    return bool(_NEGATED.search(text[max(0, cue_start - 40) : cue_start]))


def direction_of(fragment: str) -> Direction:
    """The direction of the first direction word in ``fragment`` that is not negated.

    Increase: improves, outperforms, gains, boosts, increases, exceeds, higher,
    better, ...; decrease: drops, degrades, hurts, lags, underperforms,
    decreases, falls, loses, reduces, lower, worse, ...  "does not improve"
    and "fails to outperform" say nothing about direction and are skipped.
    The direction is that of the quantity named, not of quality: "the error
    drops" is a decrease.
    """
    for match in _CUE.finditer(fragment):
        if not _is_negated(fragment, match.start()):
            return _cue_direction(match)
    return Direction.NONE


@dataclass(frozen=True)
class DirectionCue:
    start: int
    end: int
    direction: Direction


def direction_cues(fragment: str) -> list[DirectionCue]:
    """Every direction word of ``fragment`` that is not negated, in order."""
    return [DirectionCue(m.start(), m.end(), _cue_direction(m)) for m in _CUE.finditer(fragment)
            if not _is_negated(fragment, m.start())]


def _nearest_direction(text: str, lo: int, hi: int) -> Direction:
    for match in reversed(list(_CUE.finditer(text, lo, hi))):
        if not _is_negated(text, match.start()):
            return _cue_direction(match)
    return Direction.NONE


# --- spans that hold no result -----------------------------------------------

_REF_NUMBER = r"\(?[A-Z]?\d+(?:\.\d+)*[a-z]?\)?"
_SKIP_PATTERNS = [
    # Table 3, Figs. 2-3, Section 4.1, Eq. (3), Appendix A.1, §4
    re.compile(
        r"(?:\b(?:tables?|tab\.|figures?|figs?\.|sections?|secs?\.|sect\.|eqs?\.|equations?"
        r"|appendix|appendices|app\.|algorithms?|alg\.|theorems?|lemmas?|footnotes?|chapters?)"
        r"|§§?)"
        rf"\s*{_REF_NUMBER}(?:\s*(?:,|and|&|or|to|–|—|-)\s*{_REF_NUMBER})*",
        re.I,
    ),
    re.compile(r"\[\s*\d+(?:\s*[,–—-]\s*\d+)*\s*\]"),  # citation brackets [3, 4]
    # a layer's index names it: "F1 of .96 on layer 8", "layers 6 to 8" (not "12 layers", a count)
    # (a full stop after it ends the sentence: "than those of layer 0.")
    re.compile(r"\blayers?\s+\d{1,2}(?:\s*(?:,|and|or|to|–|—|-)\s*\d{1,2})*(?![\d%]|\.\d)", re.I),
    # so do the indices of strategies, settings and models: "span masking (strategy 4)", "(IDs 18, 19)"
    re.compile(r"\b(?:strateg(?:y|ies)|IDs?|variants?|settings?|experiments?|configurations?)\s+\d{1,2}"
               r"(?:\s*(?:,|and|or|to|–|—|-)\s*\d{1,2})*(?![\d%]|\.\d)"),
    # so does a class's: "Joshi's class 0", "between class “0” and “2”" (not "3-class", a count)
    re.compile(r"\bclass(?:es)?[\s-]+[“\"']?\d{1,2}[”\"']?"
               r"(?:\s*(?:and|or|to|–|—|-)\s*[“\"']?\d{1,2}[”\"']?)*(?![\d.%])", re.I),
    re.compile(r"(?:arxiv[:\s]*)?\b\d{4}\.\d{4,5}(?:v\d+)?\b", re.I),
    re.compile(r"(?:https?://|www\.)\S+|\b10\.\d{4,9}/\S+|\S+@\S+\.\w+"),
    re.compile(r"\b(?:pages?|pp\.?|p\.|vol(?:ume)?\.?|no\.|issue)\s*\d+(?:\s*[–—-]\s*\d+)?", re.I),
    re.compile(r"\b\d+(?:\(\d+\))?:\d+[–—-]\d+"),  # volume(issue):pages
    re.compile(r"(?<![\w)])\(\s*\d{1,2}\s*\)"),  # enumerations (1), (2)
    re.compile(r"(?m)^[ \t]*\d{1,4}[ \t]*$"),  # a line holding only a page number
    re.compile(r"(?<![\w.])\d{1,2}(?:\.\d{1,2}){2,}\b(?!\.\d)"),  # section numbers "5.1.3", versions "1.2.0"
    re.compile(r"(?<=[A-Za-z])['’]\d{2}\b(?![.,]\d)"),  # a year shortened after a name: "WMT'14", "ACL’19"
    # statistics about a result, never the result: "95% interval [-0.11, 0.90]", "99% confidence level", "p < 0.05"
    re.compile(r"\b\d{2}(?:\.\d+)?\s?%\s+(?:(?:confidence|credible|bootstrap|significance)\s+)?(?:intervals?|CIs?|level)\b"
               r"(?:\s*(?:of\s*)?[\[(][^\])]{0,40}[\])])?", re.I),
    re.compile(r"\bp(?:-values?(?:\s+of)?\s*[<=≤>]?|\s*[<=≤>])\s*0?\.\d+\b", re.I),
]


def _skip_spans(text: str) -> list[tuple[int, int]]:
    return sorted(m.span() for p in _SKIP_PATTERNS for m in p.finditer(text))


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


# --- single numbers ----------------------------------------------------------

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
MAGNITUDES = {  # a magnitude word or letter and its factor
    "k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6,
    "b": 1e9, "billion": 1e9, "t": 1e12, "trillion": 1e12,
}
_ATOM = re.compile(
    rf"(?P<sign>[+\-−])?(?P<num>{_NUM})(?P<exp>[eE][+\-−]?\d+)?"
    r"(?P<mag>\s(?i:thousand|million|billion|trillion)\b|[kKMBT](?![A-Za-z]))?"
    r"(?P<pct>\s?%)?"
)
WORD_NUMBERS = {
    w: float(i)
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
_WORD_ATOM = re.compile(
    rf"\b(?P<word>{'|'.join(WORD_NUMBERS)})(?=\s+(?:percentage\s+)?(?:points?|percent|times)\b)",
    re.I,
)


@dataclass
class _Atom:
    start: int  # includes a written sign
    digits: int  # where the digits begin
    end: int
    value: float  # signed
    signed: bool
    decimals: int
    percent: bool
    scaled: bool  # thousands separator or magnitude suffix


def _to_float(num: str, exp: str | None, mag: str | None, sign: str | None) -> float:
    value = float(num.replace(",", ""))
    if exp:
        value *= 10 ** int(exp[1:].replace("−", "-"))
    if mag:
        value *= MAGNITUDES[mag.strip().lower()]
    return -value if sign in ("-", "−", "–") else value


def _decimals(num: str) -> int:
    return len(num.split(".")[1]) if "." in num else 0


def _is_glued(text: str, digits: int, end: int) -> bool:
    """Digits that belong to a name or a footnote, not a number ("XLM-100", "F1", "system.8")."""
    before = text[digits - 1] if digits > 0 else " "
    before2 = text[digits - 2] if digits > 1 else " "
    after = text[end] if end < len(text) else " "
    if before.isalnum() or before in "_@.":
        return True
    if text[digits] == "." and before in ")]\"'”":  # "... 2016).11 For": a footnote mark
        return True
    # "(or 39.3% of languages)3.": a footnote mark glued to a closing bracket
    if before in ")]" and end - digits <= 2 and text[digits:end].isdigit() and (after.isspace() or after in ".,;"):
        return True
    if before in "-–/:" and before2.isalpha():
        # "the top-20K new tokens": a count after a rank word, not a name's digits ("top-1" names a metric)
        return not (before in "-–" and re.search(r"(?<![\w-])(?:top|first|last)$", text[:digits - 1], re.I)
                    and re.match(r"\d+(?:,\d{3})*(?:[kKMB]|\d\d)(?![\w-])", text[digits:]))
    # "Sep L1-3": a range inside a name is part of the name
    token = re.search(r"[A-Za-z0-9]+$", text[:digits - 1]) if before in "-–" else None
    if token and any(ch.isalpha() for ch in token.group(0)):
        return True
    ratio_x = after == "x" and not text[end + 1 : end + 2].isalnum()
    return after.isalpha() and not ratio_x


def _is_year(text: str, atom: _Atom) -> bool:
    if atom.signed or atom.scaled or atom.percent or atom.decimals:
        return False
    if not 1900 <= atom.value <= 2039 or atom.digits + 4 != atom.end:
        return False
    if after_setting(text, atom.start):
        return False  # "warm-up steps 2000", "batch size 2048"
    return not re.match(r"\s+[a-z]+s\b", text[atom.end :])  # "2000 sentences" is a count


_ELIDED_NAME = re.compile(r"[A-Za-z]+-\d+\s*(?:,|/|&|\band|\bor)\s*$")


def _is_elided_name(text: str, atom: _Atom) -> bool:
    """"CoNLL-2002 and -2003", "WMT-14, -16": the second number repeats a name's suffix, it is no minus."""
    return atom.signed and not atom.decimals and not atom.percent \
        and bool(_ELIDED_NAME.search(text[max(0, atom.start - 30) : atom.start]))


def _sign_is_operator(text: str, start: int) -> bool:
    """A '-' after a word or number is a hyphen or a range dash, not a minus."""
    before = text[start - 1] if start > 0 else " "
    return before.isalnum() or before in ")%]"


# a power of ten whose superscript the PDF's text layer flattened: "10−4" is 10^-4, "5.10−4" 5·10^-4 (only with
# the minus sign U+2212 a superscript is typeset with, never "10-4", a range)
POWER_OF_TEN = re.compile(r"(?<![\w.])(?:(?P<mant>\d(?:\.\d{1,2})?)\s?[.·×]\s?)?10−(?P<pow>\d{1,2})(?![\d]|\.\d)")


def power_of_ten(match: re.Match[str]) -> tuple[float, int]:
    """The value of a flattened power of ten and the decimal places it is written to ("5.10−4": 5e-4, 4)."""
    mant = match.group("mant") or "1"
    places = len(mant.split(".")[1]) if "." in mant else 0
    power = int(match.group("pow"))
    return float(mant) * 10 ** -power, places + power


def _scan_atoms(text: str) -> list[_Atom]:
    skip = _skip_spans(text)
    atoms = []
    for m in POWER_OF_TEN.finditer(text):
        if not _overlaps(skip, m.start(), m.end()):
            value, places = power_of_ten(m)
            atoms.append(_Atom(m.start(), m.start(), m.end(), value, False, places, False, False))
    powers = [(a.start, a.end) for a in atoms]
    skip = sorted(skip + powers)
    for m in _ATOM.finditer(text):
        sign = m.group("sign")
        start = m.start()
        if sign and _sign_is_operator(text, start):
            sign, start = None, m.start("num")
        digits, end = m.start("num"), m.end()
        if _is_glued(text, digits, end) or _overlaps(skip, digits, end):
            continue
        atom = _Atom(
            start=start,
            digits=digits,
            end=end,
            value=_to_float(m.group("num"), m.group("exp"), m.group("mag"), sign),
            signed=bool(sign),
            decimals=_decimals(m.group("num")),
            percent=bool(m.group("pct")),
            scaled=bool(m.group("mag")) or "," in m.group("num"),
        )
        if not _is_year(text, atom) and not _is_elided_name(text, atom):
            atoms.append(atom)
    for m in _WORD_ATOM.finditer(text):
        value = WORD_NUMBERS[m.group("word").lower()]
        atoms.append(_Atom(m.start(), m.start(), m.end(), value, False, 0, False, False))
    return sorted(atoms, key=lambda a: a.start)


# --- compounds: change, plus-minus, pair, range, ratio -------------------------

_METRIC = r"(?:F1|EM|Acc\.?|acc\.?|accuracy|BLEU|chrF|UAS|LAS|MRR|ROUGE(?:-[L12])?|P@1|Spearman|Pearson)"


@dataclass
class _Draft:
    start: int
    end: int
    kind: str
    atoms: list[_Atom]
    error: float | None = None
    unit: str | None = None
    metric_after: bool = False


_HEDGES = r"more\s+than|over|about|around|almost|nearly|roughly|approximately|at\s+least|up\s+to"


def _change(text: str, a: _Atom, b: _Atom) -> _Draft | None:
    between = text[a.end : b.start]
    arrow = re.fullmatch(r"\s*(?:→|->|⇒|⟶)\s*", between)
    from_to = re.fullmatch(rf"\s*(?:points?\s+)?to\s+(?:(?:{_HEDGES})\s+)?", between, re.I) and re.search(
        r"\bfrom\s+$", text[max(0, a.start - 10) : a.start], re.I
    )
    if (arrow or from_to) and not b.signed:
        return _Draft(a.start, b.end, "change", [a, b])
    return None


def _plusminus(text: str, a: _Atom, b: _Atom) -> _Draft | None:
    between = text[a.end : b.digits]
    if re.fullmatch(r"\s*(?:±|\+\s*/?\s*[-−])\s*", between):
        return _Draft(a.start, b.end, "plusminus", [a], error=abs(b.value))
    closing = re.match(r"\s*\)", text[b.end :])
    if re.fullmatch(r"\s*\(\s*±\s*", between) and closing:
        return _Draft(a.start, b.end + closing.end(), "plusminus", [a], error=abs(b.value))
    return None


def _pair(text: str, a: _Atom, b: _Atom) -> _Draft | None:
    between = text[a.end : b.start]
    m = re.fullmatch(rf"\s*(?P<metric>{_METRIC}\s*)?/\s*", between)
    if not m or b.signed:
        return None
    spaced = between.startswith(" ") and between.endswith(" ")
    if not (m.group("metric") or spaced or (a.decimals and b.decimals)):
        return None
    metric = re.match(rf"\s*{_METRIC}(?!\w)", text[b.end :])
    end = b.end + (metric.end() if metric else 0)
    return _Draft(a.start, end, "pair", [a, b], metric_after=bool(m.group("metric")))


def _range(text: str, a: _Atom, b: _Atom) -> _Draft | None:
    between = text[a.end : b.start]
    if b.signed or not re.fullmatch(r"\s*[–—]\s*|-", between):
        return None
    return _Draft(a.start, b.end, "range", [a, b])


_RATIO_AFTER = re.compile(r"(?:\s?×|x)(?!\w)(?!\s*\d)|\s+times\b|-?fold\b|\s+fold\b")
_UNIT_AFTER = re.compile(
    rf"\s*(?:(?P<points>(?:{_METRIC}\s+)?(?:percentage[\s-]+points?|points?\b|pts?\b\.?|pp\b\.?|p\.p\.))"
    r"|(?P<percent>percent\b))",
    re.I,
)


def _single(text: str, a: _Atom) -> _Draft:
    ratio = _RATIO_AFTER.match(text, a.end)
    if ratio and not a.percent:
        return _Draft(a.start, ratio.end(), "ratio", [a], unit="times")
    return _Draft(a.start, a.end, "value", [a])


_COMBINERS = (_change, _plusminus, _pair, _range)


def _combine(text: str, atoms: list[_Atom]) -> list[_Draft]:
    drafts, i = [], 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        draft = None
        if b is not None:
            draft = next((d for c in _COMBINERS if (d := c(text, a, b))), None)
        if draft is None:
            drafts.append(_single(text, a))
            i += 1
        else:
            drafts.append(draft)
            i += 2
    return drafts


# --- annotation: unit, qualifier, count, delta ---------------------------------

_ADVERBS = (
    r"only|even|further|still|slightly|significantly|substantially|considerably"
    r"|consistently|dramatically|notably|marginally|just|also|additionally|respectively|merely|barely"
    r"|an?\s+(?:mere|modest|small|slight|large|full)"  # "lifts UAS by a mere 0.15 points"
)
_TRAILING_MODIFIER = re.compile(
    rf"(?:\b(?P<adverb>{_ADVERBS})"
    r"|(?P<approx>\b(?:around|about|approximately|roughly|nearly|almost)|~|∼|≈)"
    # "no more than 15%" is at most 15%, its own value included
    r"|(?P<not_above>\b(?:no|not)\s+(?:more|greater)\s+than)|(?P<not_below>\b(?:no|not)\s+(?:less|fewer)\s+than)"
    r"|(?P<at_least>\b(?:over|more\s+than|at\s+least|above|greater\s+than|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?)|>=|≥|>)"
    r"|(?P<at_most>\b(?:up\s+to|less\s+than|fewer\s+than|at\s+most|under|below)|<=|≤|<))\s*$",
    re.I,
)
_CLAUSE_END = re.compile(r"[.;!?](?=\s)|\n\s*\n")
_COUNT_BLOCKERS = frozenset(
    """points point pts pt pp percent percentage times fold on in at for and or vs versus
    than to from with of over by the a an is are was were when while which that as
    compared respectively average avg absolute relative higher lower better worse more less
    improvement improvements gain gains increase decrease drop drops boost reduction
    accuracy acc f1 em bleu chrf las uas mrr rouge auc precision recall score scores
    out above below behind ahead""".split()
)
_COUNT_NEXT = re.compile(r"(?:\s+|-)(?P<word>[A-Za-z][\w-]*)")
# "323 to 2,719 examples", "15, 30 and 60 languages": the numbers before the last count what it counts
COUNT_LIST_REST = re.compile(r"(?:,\s+\d{1,3}(?:,\d{3})*(?![\d.%]))*,?\s+(?:to|and|or)\s+(?:all\s+)?\d{1,3}(?:,\d{3})*(?![\d.%])")
# "larger sets of 15, 30 and 60 languages and on all 100": "all" before a number whose noun is left out
_ALL_ELIDED = re.compile(r"\ball\s+$", re.I)
_NOUN_LEFT_OUT = re.compile(r"\s*(?:[.;,)]|$)")


_STRICT = re.compile(r"^(?:over|more\s+than|above|greater\s+than|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|>"
                     r"|less\s+than|fewer\s+than|under|below|<)$", re.I)


_NEGATED_BOUND = {"not_above": "at_most", "not_below": "at_least"}


@dataclass
class _Lead:
    qualifier: str | None
    cue_word: str | None  # the word before the number and its modifiers
    cue_start: int
    assignment: bool  # "=" or ":" right before the number
    strict: bool = False


# what a signed number right after it places rather than measures ("at distance +2", "offset -1")
POSITION_NOUN = re.compile(r"\b(?:distances?|offsets?|positions?)\s*$", re.IGNORECASE)


def _lead(text: str, start: int) -> _Lead:
    lo = max(0, start - 80)
    prefix = text[lo:start]
    qualifier, strict = None, False
    while m := _TRAILING_MODIFIER.search(prefix):
        if qualifier is None and m.lastgroup != "adverb":
            qualifier = _NEGATED_BOUND.get(m.lastgroup, m.lastgroup)
            strict = bool(_STRICT.match(" ".join(m.group(m.lastgroup).split())))
        prefix = prefix[: m.start()]
    word = re.search(r"([A-Za-z]+)\s*$", prefix)
    # (so is a signed position: "dependencies at distance +2", "offset -1" name a place, no change)
    assignment = bool(re.search(r"[=:]\s*$", text[lo:start]) or POSITION_NOUN.search(text[lo:start]))
    if word is None:
        return _Lead(qualifier, None, start, assignment, strict)
    return _Lead(qualifier, word.group(1), lo + word.start(1), assignment, strict)


def _clause_start(text: str, pos: int) -> int:
    lo = max(0, pos - 200)
    ends = list(_CLAUSE_END.finditer(text, lo, pos))
    return ends[-1].end() if ends else lo


def _unit(text: str, draft: _Draft) -> tuple[str | None, int]:
    """The unit and the end of the span once a unit word is included."""
    if draft.unit:
        return draft.unit, draft.end
    end = draft.end
    unit = "percent" if draft.atoms[-1].percent or draft.atoms[0].percent else None
    m = _UNIT_AFTER.match(text, end)
    if m:
        unit, end = m.lastgroup, m.end()
    if unit == "percent":
        clause = text[max(_clause_start(text, draft.start), draft.start - 40) : draft.start]
        after = text[end : end + 25]
        if re.search(r"\brelative(?:ly)?\b", clause) or re.match(r"\s*(?:\w+\s+)?relative\b", after):
            unit = "relative"
        elif re.search(r"\babsolute\b", clause) or re.match(r"\s*absolute\b", after):
            unit = "points"
    return unit, end


# Units of data size, compute and time: "2.5 TB", "32GB", "1.5 hours" measure resources, not results.
_MEASURE_AFTER = re.compile(
    r"\s?(?:[KMGTP]i?B|bytes?|tokens?|hours?|hrs?|minutes?|mins?|days?|weeks?|seconds?|secs?|GPUs?|TPUs?"
    r"|epochs?|steps?|updates?|layers?|parameters?|params?)\b"
)


_SETTING_BEFORE = re.compile(
    r"\b(?P<name>batch\s+size|learning\s+rate|dropout(?:\s+rate)?|weight\s+decay|warm-?up(?:\s+steps)?|beam\s+size"
    r"|(?:max(?:imum)?\s+)?sequence\s+length|random\s+seed|temperature|label\s+smoothing"
    r"|(?:hidden|intermediate|embedding|vocabulary)\s+size|(?:hidden|embedding)\s+dimension(?:ality)?"
    r"|vocabulary(?=\s+of\b)"  # "a vocabulary of 250k"
    r"|(?:at|after|until)\s+(?:epoch|step|iteration))"  # "stop training at epoch 200"
    r"(?:\s+(?:of|is|was|to|(?:is\s+|was\s+)?set\s+to))?\s*[=:]?\s*$", re.I)  # "the batch size is set to 32"


_OF_TRAINING = re.compile(r"\s*of\s+(?:the\s+)?(?:total\s+|training\s+)?(?:steps|updates|iterations|epochs|training)\b",
                          re.I)
_VARIABLE_BEFORE = re.compile(r"(?<![\w.])(?P<name>[A-Za-z])\s*=\s*$")  # "d=-1", "k = 5"


def setting_before(text: str, start: int) -> str | None:
    """The training setting or variable a number is the value of ("batch size 64", "a learning rate of
    2e-5", "d=-1"): such a number is a count of that setting, never a score."""
    before = text[max(0, start - 40):start]
    m = _SETTING_BEFORE.search(before) or _VARIABLE_BEFORE.search(before)
    return " ".join(m.group("name").lower().replace("-", "").split()) if m else None


def after_setting(text: str, start: int) -> bool:
    """Whether a number at ``start`` is the value of a training setting ("warm-up steps 2000", "batch size 2048"):
    then a year-like number is no year."""
    return bool(setting_before(text, start) or re.search(r"\bsteps?\s*[=:]?\s*$", text[max(0, start - 12):start]))


def _is_count(text: str, draft: _Draft) -> bool:
    last = draft.atoms[-1]
    if draft.kind == "value" and setting_before(text, draft.start):
        return True  # "batch size 64", "d=-1"
    if draft.kind == "value" and _BY_FACTOR.search(text, _clause_start(text, draft.start), draft.start):
        return True  # "divide the hidden size by 12"
    if draft.kind == "value" and last.percent and _OF_TRAINING.match(text, draft.end):
        return True  # "warmup during the first 10% of steps": a share of training, not a score
    if draft.kind not in ("value", "change", "range") or last.percent or last.signed:
        return False
    if re.match(r"[\d.]+[eE][+\-−]?\d", text[last.digits:last.end]) or POWER_OF_TEN.fullmatch(text, last.start, last.end):
        return True  # "2e-5", "5.10−4"
    if last.scaled or _MEASURE_AFTER.match(text, draft.end):
        return True
    spelled_out = text[last.start].isalpha()
    if last.decimals or spelled_out:
        return False
    if draft.kind == "value" and _PARTITIVE.search(text[text.rfind(". ", 0, draft.start) + 1:draft.start]):
        return True  # "Of the 79 Indo-European languages, 50 are covered": a part of what is counted
    if (draft.kind == "value" and (part := PART_OF.match(text, draft.end))
            and (noun := _PART_OF_NOUN.match(text, part.end())) and noun["noun"].lower() not in _COUNT_BLOCKERS):
        return True  # "on 19 of the 22 language families": a part of what is counted
    if draft.kind == "value" and _ALL_ELIDED.search(text, 0, draft.start) and _NOUN_LEFT_OUT.match(text, draft.end):
        return True
    # "test sets of 323 to 2,719 examples": the lower end counts what the upper end counts
    upto = COUNT_LIST_REST.match(text, draft.end) if draft.kind == "value" else None
    m = _COUNT_NEXT.match(text, upto.end() if upto else draft.end)
    return bool(m) and m.group("word").lower() not in _COUNT_BLOCKERS


_FACTOR_VERB = re.compile(r"\b(?:divid|multipl|scal)(?:e|es|ed|ing|ies|ied|y)\b", re.I)
_BY_FACTOR = re.compile(_FACTOR_VERB.pattern + r"[^.;]*\bby\s*$", re.I)
_PARTITIVE = re.compile(r"^\s*of\s+(?:the|these|those|their|its|all)\s+[\d,]+\s+(?:[\w'-]+\s+){0,3}[\w'-]+s"
                        r"(?:\s+(?:in|of|from|on)\s+[^,]{1,30})?,", re.I)
# "19 of the 22 language families", "1004 out of 2009 sentences": the whole a count is a part of
PART_OF = re.compile(r"\s+(?:out\s+)?of\s+(?:(?:the|these|those|its|their|all)\s+){0,2}\d[\d,]*(?=\s)")
_PART_OF_NOUN = re.compile(r"\s+(?:[\w'-]+\s+){0,2}(?P<noun>[A-Za-z][\w'-]*s)\b")
_NOUN_THEN_PHRASE = re.compile(
    r"\b(improvements?|gains?|increases?|boosts?|drops?|decreases?|declines?|reductions?|degradations?)"
    r"\s+(?:with|for|on|in|over)\s+(?:[\w-]+\s+){1,3}$",
    re.I,
)


# "costs 25.7 points": a loss when it leads a score change ("the training costs 3 days" is none)
_COSTS = re.compile(r"costs|costing", re.I)
_COSTS_OBJECT = re.compile(r"\b(?:costs|costing)\s+(?:[^\W\d]\S*\s+){1,8}$", re.I)
_LOSS = re.compile(r"loss(?:es)?", re.I)  # "a loss of 22.3 points" (a training loss of 0.5 is a value)
# (or of a metric: "costs the parser 0.42 UAS")
_POINTS = re.compile(rf"\s*(?:%|percentage\s+points?\b|points?\b|pp\b|{_METRIC}(?!\w))", re.I)


def _stated_delta(text: str, draft: _Draft, end: int, lead: _Lead) -> tuple[float | None, str | None]:
    """The signed delta a single number or pair states, and what said so."""
    first = draft.atoms[0]
    if first.signed and not lead.assignment:
        return first.value, "sign"
    if lead.cue_word and lead.cue_word.lower() == "by":
        clause = _clause_start(text, lead.cue_start)
        if _FACTOR_VERB.search(text, clause, lead.cue_start):
            return None, None  # "divide the hidden size [...] by 12": a factor, no change
        sign = _nearest_direction(text, clause, lead.cue_start).sign or 1
        return sign * first.value, "by"
    cue_word, cue_start = lead.cue_word, lead.cue_start
    if cue_word and cue_word.lower() == "of":  # "a gain of 2.1", "a drop of 3%"
        before = text[max(0, cue_start - 60) : cue_start]
        noun = re.search(r"([A-Za-z]+)\s+$", before)
        # "an improvement with mBERT of 4.2%": a change noun, then a short with/for/on/over phrase
        far = _NOUN_THEN_PHRASE.search(before)
        if far and not (noun and _CUE.fullmatch(noun.group(1))):
            noun = far
        cue_word = noun.group(1) if noun else None
        cue_start -= len(before) - noun.start(1) if noun else 0
    cue = _CUE.fullmatch(cue_word) if cue_word else None
    if cue and not _is_negated(text, cue_start):
        return _cue_direction(cue).sign * first.value, "before"
    if (cue_word and _COSTS.fullmatch(cue_word) and _POINTS.match(text, first.end)
            and not _is_negated(text, cue_start)):
        return -first.value, "before"  # "costs 25.7 points of accuracy"
    # "costs the full parser 6.9 points": the cost named before its object, no number between
    far = _COSTS_OBJECT.search(text, _clause_start(text, first.start), first.start)
    if far and _POINTS.match(text, first.end) and not _is_negated(text, far.start()):
        return -first.value, "before"
    if (cue_word and _LOSS.fullmatch(cue_word) and lead.cue_word and lead.cue_word.lower() == "of"
            and _POINTS.match(text, first.end) and not _is_negated(text, cue_start)):
        return -first.value, "before"
    after = _TRAILING_DIRECTION.match(text, end)
    if after:
        return _cue_direction(after).sign * first.value, "after"
    if (colon := _ELABORATED.search(text, 0, first.start)) and _POINTS.match(text, first.end):
        # "gains about half a point on Norwegian [...]: 0.53 UAS and 0.54 LAS": the amounts of the change the clause
        # before the colon states with no number of its own
        before = text[_sentence_start(text, colon.start()):colon.start()]
        change = next((m for m in reversed(list(_AMOUNT_CUE.finditer(before))) if not _is_negated(before, m.start())), None)
        if change and not re.search(r"\d", before):
            return _cue_direction(change).sign * first.value, "before"
    return None, None


_ELABORATED = re.compile(r":\s*$")
_AMOUNT_CUE = re.compile(r"\b(?:(?P<up>gain(?:s|ed)?|improv(?:e|es|ed|ements?)|boost(?:s|ed)?|increas(?:e|es|ed)"
                         r"|lift(?:s|ed)?|rais(?:e|es|ed))|(?P<down>drop(?:s|ped)?|los(?:e|es|t)|decreas(?:e|es|ed)"
                         r"|declin(?:e|es|ed)|fall(?:s)?|fell))\b", re.I)


def _sentence_start(text: str, pos: int) -> int:
    ends = list(re.finditer(r"[.;!?]\s", text[:pos]))
    return ends[-1].end() if ends else 0


def _rounded_difference(a: _Atom, b: _Atom) -> float:
    return round(b.value - a.value, max(a.decimals, b.decimals))


def _annotate(text: str, draft: _Draft) -> tuple[NumberMention, str | None]:
    unit, end = _unit(text, draft)
    lead = _lead(text, draft.start)
    if lead.qualifier == "at_least" and lead.strict and COUNT_LIST_REST.match(text, end):
        lead = replace(lead, qualifier=None, strict=False)  # "vary the number over 1, 4 and 8": across, not above
    values = tuple(a.value for a in draft.atoms)
    delta, source = None, None
    kind = draft.kind
    value: float | None = values[0]
    if kind == "change":
        value, delta, source = values[1], _rounded_difference(*draft.atoms), "change"
    elif kind == "range":
        value = None
    elif kind in ("value", "pair"):
        delta, source = _stated_delta(text, draft, end, lead)
        if delta is not None and kind == "value":
            kind = "delta"
        metric_follows = draft.metric_after or re.match(rf"\s*(?:average\s+)?{_METRIC}(?!\w)", text[end:])
        if delta is not None and unit is None and metric_follows:
            unit = "points"
    mention = NumberMention(
        text=text[draft.start : end],
        start=draft.start,
        end=end,
        value=value,
        delta=delta,
        unit=unit,
        kind=kind,
        values=values if kind in ("change", "range", "pair") else (),
        error=draft.error,
        count=_is_count(text, draft),
        qualifier=lead.qualifier,
        strict=lead.strict,
    )
    return mention, source


# "by 5.2 UAS and 2.6 LAS points": the first number's metric may stand between it and the conjunction
_LIST_JOIN = re.compile(r"\s*(?P<metric>[A-Z][A-Za-z0-9@-]*\s*)?(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")


def _joined(text: str, left: NumberMention, right: NumberMention) -> bool:
    # a list often writes its unit once, after the last number: "by 0.48 and 0.61 points"
    join = _LIST_JOIN.fullmatch(text, left.end, right.start)
    # "by 1.62 UAS and 1.73 LAS": each number names its metric, the unit of the first is the second's
    same_unit = right.unit == left.unit or left.unit is None or (join is not None and bool(join.group("metric"))
                                                                 and right.unit is None)
    return same_unit and join is not None


def _as_delta(mention: NumberMention, like: NumberMention) -> NumberMention:
    sign = 1 if like.delta is None or like.delta >= 0 else -1
    return replace(
        mention,
        kind="delta",
        delta=sign * abs(mention.value or 0.0),
        unit=mention.unit or like.unit,
    )


def _coordinate(text: str, mentions: list[NumberMention], sources: list[str | None]) -> list[NumberMention]:
    """Spread a delta across a list: "by 15.7% and 11.4%", "7% and 4.8% improvement"."""
    out = list(mentions)
    for i in range(1, len(out)):
        left, right = out[i - 1], out[i]
        if not _joined(text, left, right):
            continue
        if right.kind == "value" and not right.count and left.delta is not None and left.kind != "change":
            out[i] = _as_delta(right, left)
            sources[i] = "list"
    for i in range(len(out) - 2, -1, -1):
        left, right = out[i], out[i + 1]
        if left.kind == "value" and not left.count and sources[i + 1] == "after" and _joined(text, left, right):
            out[i] = _as_delta(left, right)
            sources[i] = "after"
    return out


def find_numbers(text: str) -> list[NumberMention]:
    """Result numbers in running text, in order; see the module docstring for the rules."""
    annotated = [_annotate(text, d) for d in _combine(text, _scan_atoms(text))]
    mentions = [m for m, _ in annotated]
    sources = [s for _, s in annotated]
    return _coordinate(text, mentions, sources)


def is_delta_phrase(text: str) -> bool:
    """Whether ``text`` states a change: a signed number, "by N", "from A to B", "N points lower"."""
    return any(m.delta is not None for m in find_numbers(text))


# --- table cells ---------------------------------------------------------------

_WRAPPERS = (
    (re.compile(r"\*\*(.+)\*\*"), "bold"),
    (re.compile(r"<(?:b|strong)>(.+)</(?:b|strong)>"), "bold"),
    (re.compile(r"\\(?:textbf|mathbf|bf)\{(.+)\}"), "bold"),
    (re.compile(r"__(.+)__"), "underline"),
    (re.compile(r"<u>(.+)</u>"), "underline"),
    (re.compile(r"\\underline\{(.+)\}"), "underline"),
    (re.compile(r"<(?:i|em)>(.+)</(?:i|em)>"), "italic"),
    (re.compile(r"\\(?:textit|emph)\{(.+)\}"), "italic"),
    (re.compile(r"\*([^*]+)\*"), "italic"),
)
_MARK_SYMBOLS = {
    "†": "dagger", "‡": "double_dagger", "*": "asterisk", "∗": "asterisk", "⋆": "asterisk",
    "★": "star", "☆": "star", "§": "section", "¶": "pilcrow", "#": "hash",
    "♠": "spade", "♣": "club", "♦": "diamond", "♢": "diamond", "♥": "heart", "♡": "heart",
}
_CELL_NUM = r"(?P<{0}>[+\-−–]?(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?[kKMB]?(?:\s?%)?|[+\-−–]?\.\d+(?:\s?%)?)"
_CELL_POINTS = r"(?:\s*(?P<points>points?|pts?\.?|pp))?"
_CELL_FORMS = (
    ("plusminus", re.compile(rf"{_CELL_NUM.format('a')}\s*(?:±|\+\s*/?\s*[-−])\s*{_CELL_NUM.format('b')}")),
    ("plusminus", re.compile(rf"{_CELL_NUM.format('a')}\s*\(\s*±?\s*{_CELL_NUM.format('b')}\s*\)")),
    ("change", re.compile(rf"{_CELL_NUM.format('a')}\s*(?:→|->|⇒|⟶)\s*{_CELL_NUM.format('b')}")),
    ("pair", re.compile(rf"{_CELL_NUM.format('a')}\s*/\s*{_CELL_NUM.format('b')}")),
    ("range", re.compile(r"(?P<a>\d+(?:\.\d+)?)\s*(?:[–—]\s*|-)(?P<b>\d+(?:\.\d+)?)")),
    ("ratio", re.compile(rf"{_CELL_NUM.format('a')}\s?[×x]")),
    ("value", re.compile(rf"{_CELL_NUM.format('a')}{_CELL_POINTS}")),
)


def _strip_marks(cell: str) -> tuple[str, tuple[str, ...]]:
    marks: list[str] = []
    changed = True
    while changed and cell:
        changed = False
        for pattern, mark in _WRAPPERS:
            m = pattern.fullmatch(cell)
            if m:
                cell, changed = m.group(1).strip(), True
                marks.append(mark)
                break
        for end in (0, -1):
            if cell and cell[end] in _MARK_SYMBOLS and not (end == 0 and cell[:2] == "**"):
                marks.append(_MARK_SYMBOLS[cell[end]])
                cell, changed = (cell[1:] if end == 0 else cell[:-1]).strip(), True
    # Markers on each half of a pair, "80.73†/72.65†".
    inner = re.compile(rf"(?<=[\d%])[{re.escape(''.join(_MARK_SYMBOLS))}]+(?=\s*/)")
    for m in inner.finditer(cell):
        marks.extend(_MARK_SYMBOLS[ch] for ch in m.group(0))
    cell = inner.sub("", cell)
    return cell, tuple(sorted(marks))


def _cell_atom(token: str) -> _Atom:
    m = re.fullmatch(r"(?P<sign>[+\-−–])?(?P<num>[\d,]*\.?\d+)(?P<mag>[kKMB])?(?P<pct>\s?%)?", token)
    assert m is not None  # _CELL_FORMS only hands over tokens of this shape
    sign, num = m.group("sign"), m.group("num")
    return _Atom(
        start=0,
        digits=0,
        end=len(token),
        value=_to_float(num, None, m.group("mag"), sign),
        signed=bool(sign),
        decimals=_decimals(num),
        percent=bool(m.group("pct")),
        scaled=bool(m.group("mag")) or "," in num,
    )


def _cell_mention(kind: str, m: re.Match[str], span: tuple[int, int], text: str, marks: tuple[str, ...]) -> NumberMention:
    a = _cell_atom(m.group("a"))
    b = _cell_atom(m.group("b")) if "b" in m.groupdict() else None
    unit = "percent" if a.percent or (b is not None and b.percent) else None
    value: float | None = a.value
    delta = error = None
    values: tuple[float, ...] = ()
    if kind == "plusminus":
        error = abs(b.value) if b else None
        if b is not None and b.signed and "±" not in m.group(0):
            kind, error, delta = "value", None, b.value  # "85.2 (+1.3)": a value and its gain
    elif kind in ("change", "pair", "range") and b is not None:
        values = (a.value, b.value)
        if kind == "change":
            value, delta = b.value, _rounded_difference(a, b)
        elif kind == "range":
            value = None
    elif kind == "ratio":
        unit = "times"
    elif a.signed:
        kind, delta = "delta", a.value
    if m.groupdict().get("points"):
        unit = "points"
    return NumberMention(
        text=text[span[0] : span[1]],
        start=span[0],
        end=span[1],
        value=value,
        delta=delta,
        unit=unit,
        kind=kind,
        values=values,
        error=error,
        marks=marks,
        count=kind == "value" and a.scaled,
    )


def parse_cell(text: str) -> NumberMention | None:
    """A table cell read as one number, or None when the cell holds no number.

    Reads "85.2", "85.2±0.3", "0.85 (±0.09)", "85.2 (0.3)" (mean and standard
    deviation), "85.2 (+1.3)" (a value and its change), "65.4 / 49.1",
    "27.3 → 28.4", "1.5–2.0", "3×", "12.3%", "393k", "1,000" (counts) and
    signed numbers "+1.6", "-0.8", "−0.8", "–0.8" (a dash before digits is a
    minus in a cell), which are deltas.  Markers around or beside the number
    go to ``marks``: "**x**" and <b> bold, "__x__" and <u> underline, "*x*"
    italic, and trailing or leading †, ‡, *, §, ... as dagger, double_dagger,
    asterisk, section, ...  Empty cells, dashes, "n/a" and text give None.
    """
    stripped = text.strip()
    if not stripped:
        return None
    start = text.index(stripped)
    core, marks = _strip_marks(stripped)
    for kind, pattern in _CELL_FORMS:
        m = pattern.fullmatch(core)
        if m:
            return _cell_mention(kind, m, (start, start + len(stripped)), text, marks)
    return None


__all__ = [
    "Direction",
    "DirectionCue",
    "NumberMention",
    "direction_cues",
    "direction_of",
    "find_numbers",
    "is_delta_phrase",
    "parse_cell",
]
