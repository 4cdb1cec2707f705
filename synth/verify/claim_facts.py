"""What a claim says, read once before any evidence is looked at: the entities it names (by kind),
its numbers, its direction, the comparison it makes, and names the vocabulary does not know."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cached_property, lru_cache
from dataclasses import dataclass, replace

from synth.extract.vocabulary import canonical, find_entities, kind_of
from synth.parse.numbers import POSITION_NOUN, Direction, NumberMention, direction_of, find_numbers
from synth.verify.counts import Count, counts_in, spelled_counts
from synth.verify.in_language import in_language_first
from synth.verify.scripts import claimed_script
from synth.verify.settings import SETTINGS
from synth.verify.tables import family
from synth.verify.written import places, written

KEY_KINDS = ("dataset", "model", "method", "language")
# Settings rather than subjects: naming them does not make two statements about the same thing.
GENERIC_METHODS = {"cross-lingual transfer", "zero-shot", "fine-tuning", "few-shot"}
_SUPERVISED = re.compile(r"(?<![\w-])(?:fully\s+)?supervised\b", re.IGNORECASE)  # not "unsupervised", "self-supervised"


def supervised_in(text: str) -> set[str]:
    """{"supervised"} where a text names in-language supervised training, which no entity names."""
    return {"supervised"} if _SUPERVISED.search(text) else set()

_COMPARE_UP = (r"outperform\w*|better than|surpass\w*|beats?|exceeds?|superior to|improves? over|edges? out|edged out|"
               # "improves on the Guo et al. (2015) transfer baseline", not "improves on XNLI"
               r"improv(?:e|es|ed|ing) (?:up)?on(?= (?:the |a |an |their |its )?(?:[\w.()-]+ ){0,5}?"
               r"(?:baselines?|models?|systems?|parsers?|approach(?:es)?|methods?|encoders?)\b)|"
               r"leads?(?= (?:[a-z-]+ ){0,2}(?-i:[\w-]*[A-Z]))(?! to\b)|"  # "leads the RNN-Graph", not "leads to"
               r"outscor\w*|(?:slightly |well |far |just |clearly )?ahead of|"
               r"(?:scores?|scored|ranks?|ranked|comes?|finish(?:es)?) (?:\w+ly )?above|"  # "scores above", not "above 70%"
               r"(?:points?|pp) above|"  # "a score 17.18 points above the RNN-Stack parser"
               # "gave Urdu a clear advantage over"
               r"(?:an? )?(?:clear |large |small |slight |big |considerable )?advantage over|"
               r"(?:twice|thrice|(?:[\d.]+|two|three|four|five|ten) times) as (?!many\b|much\b)[\w-]+ as|"  # "twice as long as"
               r"(?:higher|better|stronger|larger|bigger)(?: [\w-]+){0,5} (?:than|compared (?:to|with))|more(?: (?!than\b)[\w-]+){1,8} than")
_COMPARE_DOWN = (r"(?:is|are|was|were|been|being)(?: \w+ly)? (?:outperformed|surpassed|beaten|outscored) by|"  # passive
                 r"underperform\w*|worse than|(?:lag|lags|lagged|falls?|fell|stays?|stayed|remains?|remained)"
                 r"(?: far| well)? behind|trails?|inferior to|(?:falls?|fell|fallen|falling)(?: far| well)? short of|"
                 r"(?:scores?|scored|ranks?|ranked|comes?|finish(?:es)?) (?:\w+ly )?below|(?:points?|pp) below|"
                 r"(?:lower|worse|weaker|smaller)(?: [\w-]+){0,4} (?:than|compared (?:to|with))|less(?: (?!than\b)[\w-]+){1,8} than")
_COMPARE = re.compile(rf"\b(?:(?P<up>{_COMPARE_UP})|(?P<down>{_COMPARE_DOWN}))\b", re.IGNORECASE)
RANKING_CUE = re.compile(rf"\b(?:{_COMPARE_UP}|{_COMPARE_DOWN}|best|worst|highest|lowest|strongest|weakest)\b",
                          re.IGNORECASE)
# "mean pooling" is a way to embed a sentence, not an average over languages or tasks
# (what is averaged into a representation is no score: "mean pooling", "the averaged middle layers 5-8")
_AVERAGE = re.compile(r"\b(average|averages|avg|mean(?![\s-]+(?:pool|embed|vector|represent))|on average|"
                      r"averaged(?!\s+(?:[\w-]+\s+){0,2}(?:layers?|embeddings?|vectors?|representations?|activations?"
                      r"|hidden\s+states?)\b))\b", re.IGNORECASE)
_ENGLISH = re.compile(r"\b(the|of|and|is|are|on|in|by|to|a|an|for|with|than|that|improves?|models?|has|have|had|was|were|"
                      r"be|been|it|its|their|these|this|those|we|our|they|may|can|even|after|across|from|at|as|or|not|"
                      r"which|while|when|uses?|used|reach(?:es|ed)?|achieves?|scores?|outperforms?|beats?|between|into|"
                      r"about|more|most|less|only|also|both|each|does|over|without|within|such|same|other)\b",
                      re.IGNORECASE)
_STOP = set("""a an and are as at be been by can do does for from has have in into is it its of on or over
that the their these this those to was were which with more most less than such also both very""".split())
_CUES = set("""improve improves improved improvement outperform outperforms outperformed remarkably significantly
substantially consistently better worse""".split())


# British spellings read as American ones: "initialised", "tokenisation", "behaviour", "analyse", "centre"
# (where in a word the British one stands, the British letters, the American ones)
_BRITISH = ((re.compile(r"(?<=[a-z]{3})is(?=(?:e|es|ed|ing|ings|ation|ations|er|ers)$)"), "is", "iz"),
            (re.compile(r"(?<=[a-z]{3})our(?=(?:s|ed|ing|able)?$)"), "our", "or"),
            (re.compile(r"(?<=[a-z]{2})ys(?=(?:e|es|ed|ing)$)"), "ys", "yz"),
            (re.compile(r"(?<=[a-z]{3})tre(?=s?$)"), "tre", "ter"))


def american(word: str) -> str:
    for british, _, spelling in _BRITISH:
        word = british.sub(spelling, word)
    return word


def other_spellings(stem: str) -> list[str]:
    """The forms a stem read as American may take in a text ("superviz" of "supervised" is "supervis" there)."""
    return [stem.replace(us, uk) for _, uk, us in _BRITISH if us in stem]


def _stem(word: str) -> str:
    if len(word) > 7 and word.endswith(("elled", "elling")):  # "labelled" is "labeled", "modelling" "modeling"
        word = word.replace("ell", "el")
    word = american(word)
    for suffix in ("ings", "ing", "ies", "es", "s", "ed"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def content_stem(word: str) -> str | None:
    """The stem of a word that carries content, None for a stop word, a cue or a short word."""
    word = word.lower()
    return _stem(word) if word not in _STOP and word not in _CUES and len(word) > 2 else None


def content_words(text: str) -> set[str]:
    words = re.findall(r"[a-z][a-z\-]*[a-z0-9]", text.lower())
    return {stem for w in words if (stem := content_stem(w))}


# the verbs a claim reports a finding with ("Wu et al. find that", "the survey relays")
REPORTING_VERB = (r"(?:find|finds|found|report|reports|reported|show|shows|showed|observe|observes|observed|note|notes|"
                  r"noted|argue|argues|argued|conclude|concludes|concluded|demonstrate|demonstrates|demonstrated|"
                  r"suggest|suggests|suggested|indicate|indicates|indicated|acknowledge|acknowledges|acknowledged|"
                  r"confirm|confirms|confirmed|state|states|stated|relay|relays|relayed|summari[sz]es?|summari[sz]ed|"
                  r"(?:point|points|pointed)\s+out|remark|remarks|remarked|stress|stresses|stressed|"
                  # "Dufter and Schütze explain that [...]", "hypothesise that [...]"
                  r"explain|explains|explained|hypothesi[sz]e|hypothesi[sz]es|hypothesi[sz]ed|write|writes|wrote|"
                  # "Dufter and Schütze conjecture that [...]"
                  r"conjecture|conjectures|conjectured|speculate|speculates|speculated)")
# "XTREME's analysis by writing script finds that ...": who reports a finding, not the finding
_REPORTING_FRAME = re.compile(rf"^(?:[^.;:]|(?<=\bal)\.){{0,160}}?\b{REPORTING_VERB}\s+(?:that\s+)?(?=[^.]{{25}})",
                              re.IGNORECASE)


_OWN_FRAME = re.compile(r"\b(?:we|our|results?|experiments?)\b", re.IGNORECASE)


def proposition(claim: str) -> str:
    """The finding a claim states, without the reporting frame before it."""
    m = _REPORTING_FRAME.search(claim)
    return claim[m.end():] if m and " that " in claim[m.start():m.end()] + " " else claim


_NAME = r"[A-Z][^\W\dA-Z_][\w'’-]*"  # "Vulić", "McCarthy"; never "XTREME" or "XGLUE"
_AUTHORS = (rf"(?:{_NAME}(?:\s+(?:and|&)\s+{_NAME})?\s+et\s+al\.|{_NAME}(?:,\s+{_NAME})*,?\s+(?:and|&)\s+{_NAME}"
            rf"|(?i:the)\s+(?:{_NAME}\s+)?authors)")
# "For Chinese, Li et al. (2020) take MSRA as ...": what the cited authors did, in their verb
_AUTHORS_ACT = re.compile(rf"^(?:[^,.;]{{0,60}},\s*)?(?P<who>{_AUTHORS})(?:\s*\(\d{{4}}[a-z]?\))?\s+"
                          r"(?:(?:also|further|first|then|instead|only|explicitly|mainly|additionally)\s+)?(?P<verb>[a-z][a-z-]+)\b")
# explaining verbs say why, in the authors' analysis ("trace ChatGPT's weak results to ..."), not what they did
_NO_ACTION = re.compile(rf"^(?:{REPORTING_VERB}|trace|traces|attribute|attributes|explain|explains|link|links|tie|ties|"
                        r"connect|connects|associate|associates|point|points|pointed|"
                        r"relate|relates|is|are|was|were|has|have|had|do|does|did|can|could|may|might|will|would|"
                        r"should|must|not|also|"
                        # advice is said, not done: "advise evaluating [...]" for "we recommend to evaluate [...]"
                        r"advise|advises|advised|recommend|recommends|recommended|urge|urges|urged|caution|cautions|"
                        r"cautioned|warn|warns|warned|"
                        # light verbs: "work with three language pairs" says what by its object, not its verb
                        r"work|works|worked|consider|considers|considered|employ|employs|employed)$")


def authors_action(claim: str) -> str | None:
    """The verb of a claim that says what cited authors did ("Ahmad et al. fine-tune the embeddings"); None
    when the claim reports their finding ("Wu et al. find that ...") or starts otherwise."""
    m = _AUTHORS_ACT.search(claim)
    # ("Reimers and Gurevych's table shows": what follows a possessive is their thing, not their deed)
    if (m is None or _NO_ACTION.match(m.group("verb").lower()) or find_entities(m.group("who"))
            or m.group("who").endswith(("'s", "’s"))):
        return None
    return m.group("verb").lower()


# "their cross-lingual language model", "its context-aware parser": the cited authors' own system, a subject
_THEIR_SYSTEM = re.compile(r"(?:their|its)\s+(?:[\w-]+\s+){0,4}?(?:model|parser|method|approach|system|encoder|"
                           r"alignment|baseline)s?\b", re.IGNORECASE)


def names_authors_system(attributed: str) -> bool:
    """Whether a claim, once its cited authors are taken out, opens on their own system ("Their parser beats
    [...]" from "Schuster et al. report that their parser beats [...]"): that system is what changed."""
    return _THEIR_SYSTEM.match(attributed) is not None


def names_action(verb: str, evidence: str) -> bool:
    """Whether ``evidence`` uses the claim's verb, in any of its forms ("fine-tune", "fine-tuning", "optimized"
    for "optimise")."""
    verb = american(verb)
    base = verb[:-1] if verb.endswith("e") else verb
    forms = {verb, f"{verb}s", f"{verb}d", f"{verb}es", f"{base}ed", f"{base}ing", f"{base}ation"}
    words = {american(w) for w in re.findall(r"[a-z][a-z\-]+", evidence.lower())}
    return bool(forms & words) or word_found(_stem(verb), {_stem(w) for w in words}, stems=True)


SHARED_STEM = 5  # a word this long found as the start of another: "align" in "alignment", "multilingual"


def word_found(word: str, theirs: set[str], stems: bool) -> bool:
    """Whether a (stemmed) word is among ``theirs``; with ``stems``, one that begins another, or that another begins,
    counts too ("align", "alignment")."""
    return word in theirs or (stems and any(min(len(word), len(t)) >= SHARED_STEM
                                            and (t.startswith(word) or word.startswith(t)) for t in theirs))


_SPELLING = re.compile(r"[\s-]+")


@lru_cache(maxsize=65536)
def _canonical(text: str) -> str:
    """``text`` with each dataset and model spelled as its canonical name ("AMERICAS NLI" is "AmericasNLI",
    "M-BERT" is "mBERT"), so that two spellings of one name are one word; a variant ("Unicoder-LC" of
    Unicoder) keeps its own."""
    out, at = [], 0
    for e in find_entities(text):
        if (e.kind in ("dataset", "model") and e.text != e.name and e.start >= at
                and _SPELLING.sub("", e.text.lower()) == _SPELLING.sub("", e.name.lower())):
            out += [text[at:e.start], e.name]
            at = e.end
    return "".join(out) + text[at:]


_REPORTED = re.compile(r"\b(?:conclud(?:e|es|ed|ing)|find(?:s|ing)?|found|show(?:s|ed|ing)?|argu(?:e|es|ed|ing)) that\s+",
                       re.IGNORECASE)


def reported_finding(text: str) -> str | None:
    """The finding a claim reports after a description of the work ("[...], who varied depth, number of parameters
    and attention heads, as concluding that the number of parameters is the essential factor"); None where the
    claim is that finding (the report opens it, or there is none)."""
    m = None
    for m in _REPORTED.finditer(text):
        pass
    if m is None or m.start() < len(text) // 3:
        return None
    return text[m.end():]


NUMBER_WORDS = "two three four five six seven eight nine ten eleven twelve".split()
_NUMBERED = re.compile(r"\b(?:Table|Figure|Fig\.|Section|Sec\.|Appendix|Eq\.|Equation|Step|Stage|Layer|Phase)\s*$",
                       re.IGNORECASE)  # "Table 2" numbers a table; it counts nothing
_SMALL_COUNT = re.compile(r"(?<![\d.,'’-])\b(?:[2-9]|1[0-2])\b(?![.,]\d|%)")


def digits_as_words(text: str) -> set[str]:
    """The small counts a passage prints in digits, as the words a claim may write them in ("9 [...] tasks" says
    "nine")."""
    return {NUMBER_WORDS[int(m.group(0)) - 2] for m in _SMALL_COUNT.finditer(text)
            if not _NUMBERED.search(text[:m.start()])}


# "compare twelve different settings": a count in words ("the two models" refers to things, it counts nothing)
_WORDED_COUNT = re.compile(rf"(?<!\bthe )(?<!\bthese )(?<!\bthose )(?<!\bits )(?<!\btheir )(?<!\bboth )(?<!\ball )"
                           rf"\b({'|'.join(NUMBER_WORDS)})\s+(?=[a-z])", re.IGNORECASE)


_COUNTING_TWO = re.compile(r"(?<!\bthe )(?<!\bthese )(?<!\bthose )\btwo\b", re.IGNORECASE)


def counts_in_words(text: str) -> set[str]:
    """The small counts a claim writes in words, which a passage must print (in words or digits) to bear it out."""
    return {m.group(1).lower() for m in _WORDED_COUNT.finditer(text)}


def printed_small_counts(text: str) -> set[str]:
    """The small counts a passage gives, in words or in digits, as words."""
    return {w for w in re.findall(r"[a-z]+", text.lower()) if w in NUMBER_WORDS} | digits_as_words(text)


def unprinted_counts_in_words(claim: str, passage: str) -> set[str]:
    """The claim's counts in words that the passage does not print: a passage that leaves one out does not bear
    the claim out ("compare twelve different settings" against a passage listing nine)."""
    return counts_in_words(claim) - printed_small_counts(passage)


def coverage(claim: str, evidence: str, weight=lambda word: 1.0, stems: bool = False) -> float:
    """Share of the claim's content words found in the evidence, each weighted (by rarity); with ``stems``,
    a word that begins the other counts too ("align" and "alignment").  Stems are for finding what a
    passage opposes: support that loose lets near-misses through.  Names count by their canonical form."""
    ours = content_words(_canonical(claim))
    if not ours:
        return 0.0
    theirs = content_words(_canonical(evidence)) | digits_as_words(evidence)
    total = sum(weight(w) for w in ours)
    return sum(weight(w) for w in ours if word_found(w, theirs, stems)) / total


_NEGATION = re.compile(r"\b(?:not(?!\s+only\b)|no|nobody|nothing|never|seldom|rarely|none|neither|nor|cannot|without|unable|fails?\s+to|"
                       r"failed\s+to)\b"
                       r"|n't\b", re.IGNORECASE)


# "on tasks it was not trained on": a clause describing what is talked about, with no "which" or "that"
_ZERO_RELATIVE_NEGATION = re.compile(r"\b(?:it|they)\s+(?:was|were|has|have|had|is|are)\s+(?:not|never)\s+"
                                     r"\w+(?:ed|en)\s+(?:on|with|for|in)\b", re.IGNORECASE)
# "words that do not occur in the lexicons": a relative clause right after its noun (a "that" opening a
# reported finding has a subject before its verb: "find that it does not")
_RELATIVE_NEGATION = re.compile(
    r"\b(?:that|which|who)\s+(?:do|does|did|is|are|was|were|has|have|had)\s+(?:not|never)\b", re.IGNORECASE)


def negated(text: str) -> bool:
    """Whether a statement is negated, by the parity of its negations ("is not able to" vs "cannot
    fail to"); "not only" is no negation, "neither ... nor" is one, and one in a clause describing a
    noun ("tasks it was not trained on", "words that do not occur in the lexicons") denies nothing."""
    found = [m.lower() for m in _NEGATION.findall(_RELATIVE_NEGATION.sub(" ", _ZERO_RELATIVE_NEGATION.sub(" ", text)))]
    return (len(found) - min(found.count("neither"), found.count("nor"))) % 2 == 1


_SET_ASIDE = re.compile(r"\b(?:rather than|instead of|other than|unlike|except(?: for)?|not|as opposed to|in contrast to|"
                        r"contrary to)\s+", re.IGNORECASE)


_WITHOUT = re.compile(r"\b(?:without|no)\s+(?:the\s+|an?\s+|any\s+)?", re.IGNORECASE)


def _entities_after(cue: re.Pattern[str], text: str, reach: int, offset: int) -> list:
    """The entity each occurrence of ``cue`` is followed by, within ``offset`` characters of it."""
    out = []
    for m in cue.finditer(text):
        found = find_entities(text[m.end():m.end() + reach])
        if found and found[0].start <= offset:
            out.append(found[0])
    return out


_MEANS = re.compile(r"\b(?:via|through|using|by\s+means\s+of)\s+(?:[\w-]+\s+){0,2}?", re.IGNORECASE)


def instrumental_methods(text: str) -> set[str]:
    """Methods a claim names as the means of what it compares ("extra anchor points via dictionary
    code-switching"), not as one side of it."""
    return {e.name for e in _entities_after(_MEANS, text, 50, 25) if e.kind == "method"}


def left_out(text: str) -> set[str]:
    """Methods and languages a claim says were left out: "TLM alone, without MLM", "Hindi data alone, without the
    English part" (a row naming MLM, or "HI+EN", is another setting)."""
    return {e.name for e in _entities_after(_WITHOUT, text, 30, 0) if e.kind in ("method", "language")}


# a finding's opening that says where it holds ("When fine-tuning XLM on XNLI, ", "On MasakhaNER, ")
LEADING_SETTING = re.compile(r"^(?:When|While|On|For|In|Across|Under|With|After|Without|Using)\b[^,]{3,90},\s+")
_REPLACED = re.compile(r"\b(?:rather than|instead of)\s+", re.IGNORECASE)
# "skipping the English fine-tuning stage [costs]": what was done to a system (not "Parsing accuracy improves")
_ACTION_OPENING = re.compile(
    r"(?:pre-?|fine-?)?(?:dropp|remov|add|skipp|replac|swapp|freez|us|train|tun|increas|decreas|doubl|halv|exclud|"
    r"includ|ignor|mask|shuffl|shar|separat|align|switch|mov|omitt|leav|discard|apply|combin|reduc|enlarg|"
    r"limit)ing\b",
    re.IGNORECASE)


def opens_on_action(finding: str) -> bool:
    """The finding (past its opening setting) opens on what was done ("Dropping POS tags costs [...]"): that action
    is what changed a score."""
    opening = LEADING_SETTING.match(finding)
    return bool(_ACTION_OPENING.match(finding, opening.end() if opening else 0))


def replaced_in_setting(finding: str) -> set[str]:
    """Models the opening setting of a finding swaps out where the finding then names an action of its own as
    what changes a score ("When Li et al. rerun their German ablation with XLM-R instead of mBERT, skipping [...]
    costs about 3 F1"): the finding is about the one put in their place, never about them ("With XLM-R rather
    than mBERT, F1 rises" compares the two)."""
    opening = LEADING_SETTING.match(finding)
    if opening is None or not opens_on_action(finding):
        return set()
    return {e.name for e in _entities_after(_REPLACED, opening.group(0), 30, 0) if e.kind == "model"}


def set_aside(text: str) -> set[str]:
    """Names a passage sets aside: "the best pivot languages are es, el and tr, rather than English (en)"."""
    return {e.name for e in _entities_after(_SET_ASIDE, text, 40, 4)}


def names_set_aside(text: str, names: Iterable[str]) -> set[str]:
    """Names (known to the vocabulary or not) a passage prints only where it sets them aside: "As opposed to GAN
    based training, in GR setup, the discriminator acts as a multiclass classifier" is not about GAN."""
    out = set()
    for name in names:
        starts = [m.start() for m in places(name, text)]
        if starts and all(any(m.end() >= s - 4 for m in _SET_ASIDE.finditer(text, max(0, s - 40), s)) for s in starts):
            out.add(name)
    return out


def looks_english(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    foreign = sum(1 for ch in letters if ord(ch) > 0x24F)
    if letters and foreign / len(letters) > 0.3:
        return False
    return bool(_ENGLISH.search(text)) or len(text.split()) < 6


@dataclass(frozen=True)
class ClaimFacts:
    text: str
    names: dict[str, set[str]]
    numbers: list[NumberMention]
    direction: Direction
    comparison: tuple[str, str] | None  # (winner, loser)
    sides: Sides | None
    wants_average: bool
    unknown: set[str]
    sources: frozenset[str] = frozenset()  # "the XLM-R paper": a name that says which paper, not what was measured
    transfer: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())  # (fine-tuned on, evaluated on)
    counts: tuple[Count, ...] = ()  # "17k sentences", "400 epochs": matched only against printed counts
    mentions: tuple[NumberMention, ...] = ()  # every number the claim prints, counts included, read once
    action: str | None = None  # what the cited authors did, read before their names are taken out (authors_action)
    authors_system: bool = False  # "[Lample and Conneau note that] their cross-lingual language model [...]"

    @property
    def key_names(self) -> set[str]:
        return set().union(*(self.names[k] for k in KEY_KINDS)) - GENERIC_METHODS

    @cached_property
    def left_out(self) -> set[str]:
        """Methods the claim says were not used ("without MLM")."""
        return left_out(self.text)

    @cached_property
    def language_mentions(self) -> tuple[tuple[str, str], ...]:
        """Each language the claim names, with the words it names it by ("Amharic", "am")."""
        return tuple((e.name, self.text[e.start:e.end]) for e in find_entities(self.text) if e.kind == "language")

    @property
    def excluded_settings(self) -> set[str]:
        """Evaluation settings other than the one the claim names (none when it names none)."""
        ours = self.own_settings
        return SETTINGS - ours if ours else set()

    @cached_property
    def in_language_first(self) -> bool | None:
        """Whether the claim writes in-language training before transfer from English (None: it compares no such pair)."""
        return in_language_first(self.text)

    @property
    def own_settings(self) -> set[str]:
        """The evaluation settings the claim names ("fully supervised XLM-R [...] above zero-shot GPT-4": both;
        "XLM-R transferred zero-shot from English [...] short of XLM-R fine-tuned on Umbundu itself": both)."""
        own = supervised_in(self.text) or ({"supervised"} if self.in_language_first is not None else set())
        return (self.names["method"] & SETTINGS) | own

    @property
    def subjects(self) -> set[str]:
        """Models and specific methods: what a comparison or a change is about."""
        return (self.names["model"] | self.names["method"]) - GENERIC_METHODS

    @property
    def is_numeric(self) -> bool:
        return bool(self.numbers)

    @property
    def monolingual(self) -> bool:
        """"on monolingual German-German STS": a cell of a language pair with English is not its own."""
        return bool(_MONOLINGUAL.search(self.text))

    @property
    def english_apart(self) -> bool:
        """English is another language to this claim, never the soft source language: the claim is
        monolingual, or transfers from another source language it names ("fine-tuned on French as the
        source language": an English-source column is not its own)."""
        own_sources = {n for n in _names_after(_TRAINING_SOURCE, self.text) if kind_of(n) == "language"} - {"en"}
        return self.monolingual or (bool(own_sources) and "en" not in self.names["language"])

    @cached_property
    def variants(self) -> dict[str, str]:
        """The variants the claim writes, as one word or with a suffix: {"UnicoderSC": "Unicoder",
        "SBERT-paraphrases": "SBERT"}."""
        ents = find_entities(self.text)
        return one_word_variants(ents) | suffixed_variants(self.text, ents)

    @cached_property
    def reported(self) -> str | None:
        """The finding the claim reports after describing the work (``reported_finding``), read once."""
        return reported_finding(self.text)

    @cached_property
    def script(self) -> str | None:
        """The ISO 15924 code of the one script the claim names (``claimed_script``), read once."""
        return claimed_script(self.text)

    @cached_property
    def source_only(self) -> frozenset[str]:
        """Names that only say which paper the claim reports (``source_only_names``)."""
        return source_only_names(self.text)

    @cached_property
    def finding(self) -> str:
        """The finding the claim reports, without its reporting frame ("Wu et al. find that")."""
        return proposition(self.text)

    @cached_property
    def replaced(self) -> set[str]:
        """Models the finding's opening setting swaps out (``replaced_in_setting``)."""
        return replaced_in_setting(self.finding)

    @cached_property
    def framed_by_itself(self) -> bool:
        """The frame is a paper's own ("We show that", "Results show that"): it reports a result of its own."""
        return bool(_OWN_FRAME.search(self.text[:len(self.text) - len(self.finding)]))

    @cached_property
    def name_words(self) -> frozenset[str]:
        """The claim's model and dataset names as content words: shared with a passage, they say what it
        is about ("XNLI"), not what it finds."""
        return frozenset(w for e in find_entities(self.text) if e.kind in ("model", "dataset")
                         for w in content_words(e.text))

    @cached_property
    def model_words(self) -> frozenset[str]:
        """The claim's model names as content words ("m-bert" for M-BERT): shared with a passage, they say
        whose finding it is, not what it is."""
        return frozenset(w for e in find_entities(self.text) if e.kind == "model" for w in content_words(e.text))

    @cached_property
    def aliases(self) -> dict[str, str]:
        """Short names the claim gives its models: {"Concat": "fastText"} for "fastText trained on the
        concatenated corpora (Concat)", where the model is named a few words before the brackets."""
        ents = [e for e in find_entities(self.text) if e.kind in ("model", "method")]
        out = {}
        for m in _SHORT_NAME.finditer(self.text):
            if find_entities(m.group(1)):
                continue  # "(XLM-R)" is a name of its own
            before = [e for e in ents if e.end <= m.start() and not re.search(r"\d", self.text[e.end:m.start()])
                      and len(self.text[e.end:m.start()].split()) <= SHORT_NAME_REACH]
            if before and not _is_acronym_of(m.group(1), self.text[before[-1].end:m.start()]):
                out[m.group(1)] = before[-1].name
        return out

    @cached_property
    def number_owner(self) -> str | None:
        """The model the claim's single number belongs to when it names several: the last one before it
        ("UnicoderSC reaches about 88, between M-BERT and XLM-R")."""
        if len(self.numbers) != 1 or self.numbers[0].delta is not None or len(self.names["model"]) < 2:
            return None
        before = [e for e in find_entities(self.text) if e.kind == "model" and e.end <= self.numbers[0].start]
        return before[-1].name if before else None


_ONE_WORD_VARIANT = re.compile(r"[A-Za-z]+[A-Z]{2,}")


def one_word_variants(ents) -> dict[str, str]:
    """The variants among ``ents`` written as one word ("UnicoderSC", "UnicoderLC"), with their names."""
    return {e.text: e.name for e in ents if e.text != e.name and _ONE_WORD_VARIANT.fullmatch(e.text)}


# "SBERT-paraphrases", "SBERT-nli-stsb": a model's name with a lower-case suffix naming one of its variants
# (not "mBERT-based", "XLM-R-style": a word saying how something relates to the model)
_SUFFIX = re.compile(r"-(?P<first>[a-z][a-z0-9]*)(?:-[a-z][a-z0-9]*)*(?![\w-])")
_NOT_VARIANT = frozenset("based style like only specific free level wise sized size trained pretrained initialized "
                         "derived generated augmented encoded tuned finetuned distilled".split())
SIZES = frozenset({"base", "large", "small"})


def suffixed_variants(text: str, ents) -> dict[str, str]:
    """The model variants written as a name and a lower-case suffix, with their names."""
    found = {}
    for e in ents:
        m = _SUFFIX.match(text, e.end) if e.kind == "model" else None
        if m and m.group("first") not in _NOT_VARIANT and set(m.group(0)[1:].split("-")) - SIZES:
            found[e.text + m.group(0)] = e.name
    return found


def variant_key(text: str) -> tuple[str, ...]:
    """A variant's spelling without case, plural "s" or size ("SBERT-large-paraphrases" ~ "SBERT-paraphrase")."""
    return tuple(w.rstrip("s") for w in text.lower().split("-") if w not in SIZES)


def same_variant(a: str, b: str) -> bool:
    """Whether two spellings name one variant, a part of one cut short in the other ("SBERT-p" in a table's
    header for "SBERT-paraphrases")."""
    ka, kb = variant_key(a), variant_key(b)
    return len(ka) == len(kb) and all(x.startswith(y) or y.startswith(x) for x, y in zip(ka, kb))


_NAME_TOKEN = re.compile(r"(?<![\w-])(?:[A-Za-z]*[A-Z][A-Za-z]*[A-Z0-9][\w-]*|[a-z]+[A-Z][\w-]*|[A-Z][a-z]+-(?:\d|[A-Z]{2})[\w-]*"
                         r"|[a-z]+-[a-z]+[A-Z]{2}[\w-]*"  # "deep-mmNMT" (not "non-English", "multi-GPU", "aligned-ELMo")
                         r"|\d+(?:\.\d+)?[BMK])(?![\w-])")  # "Llama-2-70B-Chat" is a name too
_MONOLINGUAL = re.compile(r"\bmonolingual\b|\b([A-Z][a-z]+|[A-Z]{2})-\1\b")
_SHORT_NAME = re.compile(r"\(([A-Z][\w.+-]*)\)")
SHORT_NAME_REACH = 8  # words between a model's name and the short name in brackets the claim gives it
SOFT_NAMES = {"en"}  # the usual source language: papers rarely repeat it next to each result
def missing_names(required: set[str], available: set[str]) -> set[str]:
    """Required names not available; a variant ("XLM-R Large") is covered by its family name ("XLM-R")
    unless the evidence names another variant of that family."""
    missing = set()
    for name in required - SOFT_NAMES:
        if name in available:
            continue
        fam = family(name)
        variants = {a for a in available if family(a) == fam and a != fam}
        if fam != name and fam in available and not variants:
            continue
        if "-" in name and all(part in available for part in name.split("-")):
            continue  # "UD-POS" named by its parts: "POS accuracy on ... UD languages"
        missing.add(name)
    return missing


# Task abbreviations papers often spell out: an unknown name is also found as its long form.
_SPELLED_OUT = {
    "NER": ("named entity recognition", "named-entity recognition"),
    "POS": ("part-of-speech", "part of speech"),
    "NLI": ("natural language inference",),
    "QA": ("question answering",),
    "MT": ("machine translation", "translation model", "translation system"),
    "STS": ("semantic textual similarity",),
    # XGLUE's tasks, by the abbreviations its tables print
    "QAM": ("question-answer matching", "question answer matching", "qa matching"),
    "QADSM": ("query-ad matching", "query ad matching"),
    "WPR": ("web page ranking",),
    "NTG": ("news title generation",),
}


def spelled_out_tasks(text: str) -> set[str]:
    """The tasks a claim spells out ("named entity recognition"), by the abbreviation tables print ("NER")."""
    lower = text.lower()
    return {short for short, spelled in _SPELLED_OUT.items()
            if short != "MT" and any(s in lower for s in spelled)}  # "translation models" print no "MT"


def _split_camel(name: str) -> str | None:
    """"SentencePiece" as two words ("Sentence Piece"), as some papers print it; None for other names."""
    parts = re.findall(r"[A-Z][a-z]+", name)
    return " ".join(parts) if len(parts) >= 2 and "".join(parts) == name else None


@lru_cache(maxsize=4096)
def _lower_part(acronym: str) -> re.Pattern[str]:
    """An acronym printed in lower case as one hyphen-joined part of a longer name ("nli" in "mBERT-nli-stsb"),
    the last part with one more letter naming a version of it ("stsb", STS-b)."""
    low = re.escape(acronym.lower())
    return re.compile(rf"(?<=[\w]-){low}[a-z]?(?![\w])|(?<![\w]){low}(?=-\w)")


def names_found(unknown: set[str], text: str) -> bool:
    """Whether every unknown name occurs in ``text``, literally, spelled out or split in two words."""
    lower = text.lower()
    folded = None
    for u in unknown:
        if u in text or any(long in lower for long in _SPELLED_OUT.get(u, ())):
            continue
        # (in small capitals too: "INDIC SENTIMENT" for "IndicSentiment")
        if (split := _split_camel(u)) is not None and (split in text or split.upper() in text):
            continue
        if u.isupper() and _lower_part(u).search(text):  # "NLI" in the model name "mBERT-nli-stsb"
            continue
        # a tool's camel-case name printed in lower case ("using sentencepiece")
        if (sum(c.isupper() for c in u) >= 2 and any(c.islower() for c in u)
                and written(u.lower(), lower)):
            continue
        if not u.isascii():  # "Glavaš" printed "Glavas"
            folded = fold_accents(text) if folded is None else folded
            if fold_accents(u) in folded:
                continue
        # a hyphenated name printed without its hyphen, in small capitals ("XL-Sum" as "XLSUM")
        if "-" in u and written(u.replace('-', '').lower(), lower):
            continue
        return False
    return True


# "Rosa and Mareček (2018)", "Smith et al. (2018a)": a cited system, named by its first author
# "(Gardner et al., 2018)": a bracketed citation, which says who wrote a thing, not what it is or what is used
BRACKETED_CITATION = re.compile(r"\([^()]*\d{4}[a-z]?\)")
# the same, with a year of this or the last century: "(Wu and Dredze, 2019; Pires et al., 2019)"
_YEAR_BRACKET = r"\([^()]*\b(?:19|20)\d\d[a-z]?\)"
BRACKETED_YEAR = re.compile(_YEAR_BRACKET)
# (and "Ni et al. (Ni et al., 2017)": a narrative citation whose bracket repeats the authors)
CITATION = re.compile(r"\b([A-Z][\w-]+|[A-Z](?=\s+et\s+al))(?:(?:\s+and\s+[A-Z][\w-]+|\s+et\s+al\.?)?(?:['’]s)?\s*\((?:19|20)\d\d[a-z]?\)"
                      r"|(?:\s+and\s+[A-Z][\w-]+|\s+et\s+al\.?)\s*\([A-Z][^()]{0,40}?,\s*(?:19|20)\d\d[a-z]?\))")


# a citation's year ("(Ziemski et al., 2016)", "Devlin et al. (2019)", "[...]; Lample and Conneau, 2019)")
_CITED_YEAR = re.compile(_YEAR_BRACKET + r"|\b(?:et\s+al\.?|[A-Z][\w-]+),?\s+(?:19|20)\d\d[a-z]?\b")
# (after a word of time or a range's dash: "from 1994 - 2014", "in 2019"; not "on 2000 sentences")
_YEAR_WRITTEN = re.compile(r"(?:(?<=\bin )|(?<=\bfrom )|(?<=\bsince )|(?<=\buntil )|(?<=\bto )|(?<=\band )|(?<=\bbetween )"
                           r"|(?<=-)|(?<=- )|(?<=–)|(?<=– ))(?:19|20)\d\d(?![\w%.,]\d|[\w%]|\s+[a-z]+s\b)")


def years_written(text: str) -> set[str]:
    """The years a text states as facts ("documents from 1994 - 2014"), not the years of its citations."""
    return set(_YEAR_WRITTEN.findall(_CITED_YEAR.sub(" ", text)))


def cited_names(text: str) -> set[str]:
    """The first authors of the systems a text cites ("Adel" in "In line with Adel et al. (2018), ...")."""
    return {m.group(1) for m in CITATION.finditer(text)}


def fold_accents(text: str) -> str:
    """"Glavaš" → "Glavas", "Schütze" → "Schutze"."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


# "two Tesla V100 GPUs": the paper may write "2 Tesla V100"; "60 GiB" is a unit
_HARDWARE = re.compile(r"[GTC]PUs?|[KMGT]i?B")


def _plural_of_known(token: str) -> str | None:
    """"14 monolingual BERTs": the name the vocabulary knows whose plural the token is."""
    if not token.endswith("s"):
        return None
    found = find_entities(token[:-1])
    return found[0].name if len(found) == 1 and found[0].start == 0 and found[0].end == len(token) - 1 else None


def plural_names(text: str) -> set[str]:
    """Known names written in the plural ("BERTs"), which the vocabulary's word boundaries miss."""
    return {name for m in _NAME_TOKEN.finditer(text) if (name := _plural_of_known(m.group(0)))}


def unknown_names(text: str) -> set[str]:
    """Name-like tokens ("MAFT", "XXL", "Glot-500", "10.7B") that the vocabulary does not know: the
    evidence must contain them literally, or it is about something else."""
    spans = [(e.start, e.end) for e in find_entities(text)]
    out = set()
    for m in _NAME_TOKEN.finditer(text):
        if (not any(a <= m.start() < b for a, b in spans) and not m.group(0).isdigit()
                and not _HARDWARE.fullmatch(m.group(0)) and not _plural_of_known(m.group(0))):
            out.add(_BASED.sub("", m.group(0)))  # "WGAN-based" names WGAN
    out |= cited_names(text)  # evidence for a cited system names its authors
    out |= {m.group(1) for m in _EPONYM.finditer(text)}
    # "Ancient Hebrew": another language than the one its last word names, which evidence must print (unless the
    # claim gives its code, which a table prints instead: "Swiss German (gsw)")
    out |= {m.group(0) for m in _VARIETY.finditer(text) if kind_of(canonical("language", m.group(1)) or "") == "language"}
    return out


_VARIETY = re.compile(r"\b(?:Low|Swiss|Ancient|Old|Middle|Classical)\s+([A-Z][a-z]+)\b(?!\s*\([a-z]{2,3}\))")


# "Ward's minimum-variance linkage", "Spearman's rank correlation": a method named after a person names it
_EPONYM = re.compile(r"(?<![\w.])([A-Z][a-z]{2,})['’]s\s+(?:[\w-]+\s+){0,2}?(?:method|linkage|algorithm|test|"
                     r"distance|correlation|coefficient|criterion|rule|law|theorem|kappa|alpha)\b")


# "XLM-R improves on XLM-R base by 5.3": a ranking only when a model follows ("improves on XNLI" is where)
_IMPROVES_ON = re.compile(r"\bimprov(?:e|es|ed|ing)\s+(?:up)?on\s+", re.IGNORECASE)
IMPROVES_ON_REACH = 12  # characters between "improves on" and the model it beats ("the strong ")


def comparison(text: str) -> tuple[str, str] | None:
    """(winner, loser) of an "A outperforms B" / "A lags behind B" / "A improves on B" statement about
    models or methods."""
    m = _COMPARE.search(text)
    up = bool(m and m.group("up"))
    if not m:
        m, up = _IMPROVES_ON.search(text), True
        if not m:
            return _change_between(text)
    ents = [e for e in find_entities(text) if e.kind in ("model", "method")]
    before = [e for e in ents if e.end <= m.start()]
    after = [e for e in ents if e.start >= m.end()]
    if not before or not after or before[-1].name == after[0].name:
        return None
    if m.re is _IMPROVES_ON and after[0].start - m.end() > IMPROVES_ON_REACH:
        return None
    a, b = before[-1].name, after[0].name
    return (a, b) if up else (b, a)


# "moving from XLM-R base to the large XLM-R raises [...]": the model moved to gains what the change raises
_MOVE = re.compile(r"\b(?:moving|switching|going|changing|upgrading|stepping up|scaling up)\s+from\s+(?P<a>[^,;]+?)"
                   r"\s+to\s+(?P<b>[^,;]+)", re.IGNORECASE)


def _change_between(text: str) -> tuple[str, str] | None:
    """(winner, loser) of a change "from A to B" that raises or lowers a score, A and B models or methods."""
    m = _MOVE.search(text)
    if not m:
        return None
    before = [e for e in find_entities(m.group("a")) if e.kind in ("model", "method")]
    after = [e for e in find_entities(m.group("b")) if e.kind in ("model", "method")]
    if len(before) != 1 or not after or before[0].name == after[0].name:
        return None
    direction = direction_of(m.group("b")[after[0].end:])
    if direction not in (Direction.INCREASE, Direction.DECREASE):
        return None
    a, b = before[0].name, after[0].name
    return (b, a) if direction is Direction.INCREASE else (a, b)


_NEGATED = re.compile(r"\b(?:not|n't|never|no longer|fails? to|failed to)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# ("embeddings such as SkipThought": the example belongs to the side, not a clause after it)
_LEFT_BREAK = re.compile(r"[,;:()]|\b(?:while|whereas|but|that|which|when|if|(?<!such\s)as|because|although)\b",
                         re.IGNORECASE)
# (a preposition after a participle continues the phrase: "those relying on word-level parallel data", as it does
# after a verb that takes it: "those that rely on parallel data")
# ("fine-tuning it on Arabic": the pronoun stands for the system, "on Arabic" is still the side's)
_RIGHT_BREAK = re.compile(r"[,;:()]|\b(?<!ing\s)(?<!ed\s)(?<!built\s)(?<!rely\s)(?<!relies\s)(?<!depend\s)(?<!depends\s)"
                          r"(?<!ing\sit\s)(?<!ing\sthem\s)"
                          r"(?:on|in|for|by|across|at|with)\b(?!-)|"
                          # "only on Russian" ends a side, "using only the outputs of [...]" does not
                          r"\b(?:only(?=\s+(?:on|in|for|when|with|at|if|by|slightly|marginally)\b)|"
                          r"when|while|whereas|but|thanks|because|"
                          r"as|except|especially|particularly|despite)\b(?!-)", re.IGNORECASE)  # "in-context" is a name
_SIDE_STOP = _STOP | set("""consistently also significantly still only both generally clearly further even usually
often slightly largely substantially model method approach we our show find observe can could may might all most
almost obtain achieve get perform score system""".split())


_STATE_OF_THE_ART = frozenset({"state", "art"})


@dataclass(frozen=True)
class Sides:
    """The two sides of "A outperforms B", as the names and content words of each noun phrase."""

    winner: frozenset[str]
    loser: frozenset[str]
    winner_names: frozenset[str] = frozenset()  # the dataset/model/method/language names among them
    loser_names: frozenset[str] = frozenset()
    quality: str | None = None  # what "more sensitive than" compares; None: how well they do

    def reversed_in(self, other: "Sides") -> bool:
        """``other`` ranks the same two things the other way round: our winner is its loser and our
        loser its winner, and at least one of the two is matched by a name, not a common word."""
        a, b = self.crossed_terms(other)
        # "translate-test" is a name too, and "the state of the art" names the best result before
        return (any(is_name(t) or kind_of(t) is not None for t in a | b)
                or _STATE_OF_THE_ART <= a or _STATE_OF_THE_ART <= b)

    def crossed_terms(self, other: "Sides") -> tuple[frozenset[str], frozenset[str]]:
        """The terms of our winner on ``other``'s losing side and of our loser on its winning side (both
        empty unless both are found, the comparison is of the same quality, and the sides do not also
        match the same way round); "feed-forward" matches "feedforward"."""
        ours, theirs = self.unhyphenated(), other.unhyphenated()
        # a term on both sides of a comparison ("data" of "comparable data" and "parallel data") tells them apart
        # in neither
        our_w, our_l = ours.winner - ours.loser, ours.loser - ours.winner
        their_w, their_l = theirs.winner - theirs.loser, theirs.loser - theirs.winner
        a, b = our_w & their_l, our_l & their_w
        if (self.quality != other.quality  # "more sensitive than" is not reversed by "lags behind"
                or not a or not b or (our_w & their_w and our_l & their_l)):
            return frozenset(), frozenset()
        return a, b

    def loser_ranked_first(self, other: "Sides") -> bool:
        """``other`` puts our loser on its winning side and nothing of our winner there ("models that learn from
        word-level [...] information typically outperform other approaches" for a claim that comparable data
        beats word-level parallel data)."""
        ours, theirs = self.unhyphenated(), other.unhyphenated()
        our_w, our_l = ours.winner - ours.loser, ours.loser - ours.winner
        their_w = theirs.winner - theirs.loser
        return self.quality == other.quality and bool(our_l & their_w) and not our_w & their_w

    def unhyphenated(self) -> "Sides":
        """The sides with each hyphenated common word also written without its hyphens."""
        def spell(terms: frozenset[str]) -> frozenset[str]:
            return terms | {t.replace("-", "") for t in terms if "-" in t and not is_name(t)}
        return Sides(spell(self.winner), spell(self.loser), self.winner_names, self.loser_names, self.quality)


def is_name(term: str) -> bool:
    return any(ch.isupper() or ch.isdigit() for ch in term)


def _side_names(fragment: str) -> frozenset[str]:
    return frozenset({e.name for e in find_entities(fragment) if e.kind in KEY_KINDS} - GENERIC_METHODS)


def terms_around(text: str, start: int, end: int) -> tuple[frozenset[str], frozenset[str]]:
    """The terms of the noun phrases just before and just after ``text[start:end]`` (a comparison)."""
    left = _LEFT_BREAK.split(text[:start])[-1]
    right = _RIGHT_BREAK.split(text[end:])[0]
    return (side_terms(_near_words(left.split(), from_end=True)),
            side_terms(_near_words(right.split(), from_end=False)))


def side_terms(fragment: str) -> frozenset[str]:
    """The names and content words of a noun phrase ("XLM-R distilled from SBERT-paraphrases")."""
    ents = find_entities(fragment)
    # "few-shot fine-tuning" against "in-context learning": a generic method is a side when nothing else is
    # (and a setting is a term of its side beside the names: "zero-shot transfer from English")
    names = (_side_names(fragment) | frozenset(e.name for e in ents if e.name in SETTINGS)
             or frozenset(e.name for e in ents if e.kind == "method"))
    rest = fragment
    for e in sorted(ents, key=lambda e: -e.start):
        rest = rest[:e.start] + " " + rest[e.end:]
    words = {w for w in content_words(rest) if w not in _SIDE_STOP and not w.endswith("-")}
    numbered = set(re.findall(r"(?<![\w-])[A-Za-z]+-\d+\w*", rest))  # Glot-500, XLM-7
    numbered |= prefixed_names(rest)
    # a variant written as one word keeps its spelling: "UnicoderSC" and "UnicoderLC" are both Unicoder
    names = names | set(one_word_variants(ents))
    # "WGAN-based training" is about WGAN
    return frozenset(_BASED.sub("", t) for t in names | words | unknown_names(rest) | numbered)


_BASED = re.compile(r"-(?:bas(?:ed)?|pre-?trained|trained|style|like)$", re.IGNORECASE)  # "xDAE-pretrained" names xDAE
_PREFIXED = re.compile(r"(?<![\w-])[A-Z]-[A-Za-z]*[A-Z][\w-]*")


def prefixed_names(text: str) -> set[str]:
    """Systems named by a one-letter prefix ("X-BiLSTM-max", "X-CBOW"): names a table row prints, though
    prose about them may not, so they name a ranking's sides without being required of every passage."""
    known = [(e.start, e.end) for e in find_entities(text)]  # "M-BERT" is mBERT
    return {m.group(0) for m in _PREFIXED.finditer(text) if not any(a <= m.start() < b for a, b in known)}


# "In a comparison between GAN and WGAN, we notice that GAN-based training consistently performs better."
_PAIR = re.compile(r"\b(?:between|comparing|comparison of)\s+(?P<a>[^,;]{1,60}?)\s+(?:and|with|to|vs\.?|versus)\s+"
                   r"(?P<b>[^,;]{1,60}?)\s*(?=,|;|\bwe\b|\bshows?\b|\breveals?\b)", re.IGNORECASE)
_WINS = re.compile(r"\b(?:better|best|higher|stronger|superior)\b", re.IGNORECASE)


def paired_ranking(text: str) -> Sides | None:
    """"Between A and B, [...] A performs better": the pair is named first, the winner after."""
    m = _PAIR.search(text)
    if not m:
        return None
    win = _WINS.search(text, m.end())
    if not win or _NEGATED.search(text[m.end():win.start()]):
        return None
    who = side_terms(_LEFT_BREAK.split(text[m.end():win.start()])[-1])
    a, b = side_terms(m.group("a")), side_terms(m.group("b"))
    if not a or not b or a & b:
        return None
    if who & a and not who & b:
        return Sides(a, b, _side_names(m.group("a")), _side_names(m.group("b")))
    if who & b and not who & a:
        return Sides(b, a, _side_names(m.group("b")), _side_names(m.group("a")))
    return None


def _is_acronym_of(short: str, words: str) -> bool:
    """"NC" after "News Classification", "AN" after "adjective-noun": the initials of the words before it."""
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", words)).lower()
    return len(short) >= 2 and short.isupper() and initials.endswith(short.lower())


SIDE_WORDS = 6  # words of a side's noun phrase next to the comparison
SIDE_REACH = 12  # how far a side is followed back to the name that heads it


def _near_words(words: list[str], from_end: bool) -> str:
    """The SIDE_WORDS words next to a comparison, or, where they hold no name, those up to the nearest name
    within SIDE_REACH ("SelfAtt-Relative+Dir with directional relative position representations achieves")."""
    def named(phrase: list[str]) -> bool:
        return any(is_name(t) or kind_of(t) is not None for t in side_terms(" ".join(phrase)))

    spans = ([words[-n:] for n in range(SIDE_WORDS, SIDE_REACH + 1)] if from_end
             else [words[:n] for n in range(SIDE_WORDS, SIDE_REACH + 1)])
    near = spans[0]
    if named(near) or len(words) <= SIDE_WORDS:
        return " ".join(near)
    return " ".join(next((span for span in spans[1:] if named(span)), near))


_APPOSITIVE = re.compile(r",\s+(?:[a-z]+-)?[a-z]+ed\s+(?:on|with|in|from|by|for)\b[^,;]{0,80},\s*(?=(?:\w+\s*)?$)")


_DASH_ASIDE = re.compile(r"\s*[—–]\s*[^—–]{1,80}?\s*[—–]\s*")  # "generally—despite some claims to the contrary—"
_CONCESSIVE_SUBJECT = re.compile(r"^\s*(?:While|Although|Though|Whereas)\s+(?P<np>[^,;]{3,80}?)\s+(?:are|is|was|were|have|"
                                 r"has|can|may|do|does|seem|seems)\b[^,;]*,\s*(?:they|it)\b(?P<rest>[^;]*)$")


_CLAUSE_SUBJECT = re.compile(r"^\s*(?:(?:Besides|However|Moreover|Furthermore|In addition|Also|Overall|Finally|Thus|"
                             r"Hence),\s*)?(?P<np>[^,;]{2,80}?)\s+(?:has|have|had|is|are|was|were|can|could|may|might)\b"
                             r"(?P<rest>[^;]*)\band\s+(?:[a-z]+ly\s+)?$")
_SUBORDINATE = re.compile(r"\b(?:while|whereas|but|that|which|when|if|because|although)\b", re.IGNORECASE)


def _pronoun_subject(before: str) -> str | None:
    """The subject the comparison's verb shares with a verb coordinated before it: the noun phrase a main clause's
    "they" or "it" takes up from the concessive clause before it ("While unsupervised [...] approaches are promising,
    they still fail [...] and generally"), or the clause's own subject ("the multilingual variant of BERT (mBERT)
    has shown to perform well [...] and"), when no other clause starts in between."""
    m = _CONCESSIVE_SUBJECT.match(before)
    if m is not None and not _SUBORDINATE.search(m.group("rest")):
        return m.group("np")
    m = _CLAUSE_SUBJECT.match(re.sub(r"\s*" + _YEAR_BRACKET, "", before))
    if m is not None and not _SUBORDINATE.search(m.group("rest")):
        return m.group("np")
    return None


# "the Tatoeba table shows LASER ahead of": what a table or paper shows, finds or reports is the side
_SHOWN_BY = re.compile(r"\b(?:shows?|showed|finds?|found|reports?|reported|puts?|places?|placed)\s", re.IGNORECASE)
# "scores higher than": the verb before the comparative is no term of its side
_SIDE_VERB = re.compile(r"\s+(?:scores?|scored|performs?|performed|does|did|fares?|fared)\s*$", re.IGNORECASE)


def comparison_sides(text: str) -> Sides | None:
    """Both sides of the first "A outperforms B" / "A lags behind B" in ``text``, whatever A and B are
    ("monolingual baselines outperform XLM-7"); None when there is none or it is negated."""
    # "better on X than on Y" compares X and Y
    conditions = condition_ranking(text) or amount_ranking(text) or trained_on_ranking(text)
    if conditions:
        return conditions
    m = _COMPARE.search(text)
    if not m:
        return paired_ranking(text)
    if _NEGATED.search(text[:m.start()]):
        return None
    # a parenthesis before the comparison names the side ("Unicoder ... (UnicoderSC) obtains a higher")
    # "XLM-R, fine-tuned on the English training data, scores higher": the phrase set off by commas describes the side
    before = _SIDE_VERB.sub("", _APPOSITIVE.sub(" ", _DASH_ASIDE.sub(" ", text[:m.start()])))
    unbracketed = re.sub(r"\(([^()]{1,30})\)", r" \1 ", before)
    breaks = list(_LEFT_BREAK.finditer(unbracketed))
    left = unbracketed[breaks[-1].end():] if breaks else unbracketed
    # "the XLM-R model that Reimers and Gurevych distil from SBERT-paraphrases comes out ahead": a relative clause
    # describes the model named before it, which is the side
    head = " ".join(unbracketed[:breaks[-1].start()].split()[-3:]) if breaks and breaks[-1].group(0).lower() in (
        "that", "which") else ""
    if not any(e.kind == "model" for e in find_entities(head)) or re.search(rf"\b{REPORTING_VERB}\s*$", head):
        head = ""
    # "While unsupervised [...] approaches are promising, they still fail [...] and generally [...] underperform":
    # the side the verbs share is the subject the pronoun stands for
    if not side_terms(left) and (subject := _pronoun_subject(text[:m.start()])):
        left = subject
    # "the appendix Tatoeba table [...] shows LASER ahead of": what is shown is the side, not the table showing it
    shown = list(_SHOWN_BY.finditer(left))
    if shown and side_terms(left[shown[-1].end():]):
        left = left[shown[-1].end():]
    right = _RIGHT_BREAK.split(text[m.end():])[0]
    left, right = _near_words(left.split(), from_end=True), _near_words(right.split(), from_end=False)
    left = f"{head} {left}".strip()
    # "than Unicoder pre-trained on the large corpus (UnicoderLC)": the alias closing the phrase names it
    alias = _ALIAS.match(re.split(r"[,;.]\s", text[m.end():])[0])
    if alias:
        right = f"{right} {alias.group(1)}"
    a, b = side_terms(left), side_terms(right)
    if not a or not b:
        return None
    # "than Artetxe and Schwenk's (2018) sentence encoder": the cited work names its side
    cited = cited_names(text)
    a, b = (side | {n for n in cited if _stem(n.lower()) in side} for side in (a, b))
    # "fine-tuning XLM-R on English transfers better than fine-tuning it on Arabic": the pronoun is the first side's
    # model, which both sides share
    if _PRONOUN_OBJECT.match(text, m.end()):
        shared = {n for n in a if kind_of(n) == "model"}
        b, right = b | shared, f"{right} {' '.join(sorted(shared))}"
    if not m.group("up"):
        left, right, a, b = right, left, b, a
    # ("matters more for its final performance than": what follows "more" is no property)
    quality = re.match(r"(?:more|less)\s+(?!(?:for|in|on|of|to|with|at|by|from|when|if|as|than|and|or)\b)([\w-]+)",
                       m.group(0), re.IGNORECASE)
    return Sides(a, b, _side_names(left), _side_names(right), _stem(quality.group(1).lower()) if quality else None)


_PRONOUN_OBJECT = re.compile(r"\s*[a-z-]+ing\s+(?:it|them)\b", re.IGNORECASE)


# "performs better on data in Latin script than that in Chinese or Japanese ideograms": one system, two conditions
# "works better when mBERT is trained on mixed data than when it is used in sequential fine-tuning": two settings
# "a higher BLEU score by pretraining only the lookup tables than by [...]": the metric may come between
_CONDITIONS = re.compile(r"\b(?:(?P<up>higher|better|stronger|more\s+accurate)|(?P<down>lower|worse|weaker|less\s+accurate))"
                         r"(?:\s+(?:(?-i:[A-Z])[\w-]*|score|scores|accuracy|results?|zero-shot|few-shot)){0,2}\s+(?:on|in|for|with|to|when|by|under)\s+"
                         r"(?P<a>(?:[^,;.]|,\s+(?=(?-i:[A-Z]))){1,90}?)\s+than\s+(?:(?:that|those|it\s+does|they\s+do)\s+)?"
                         r"(?:on|in|for|with|to|when|by|under)\s+"
                         r"(?P<b>[^,;.]{1,60})", re.IGNORECASE)


# "benefits more from unlabeled Russian than from unlabeled French": one system, two sources of gain
_BENEFITS = re.compile(r"\b(?:benefits?|benefited|gains?|gained|profits?)\s+(?:(?P<up>more)|(?P<down>less))\s+from\s+"
                       r"(?P<a>[^,;.]{1,60}?)\s+than\s+(?:(?:it\s+does|they\s+do)\s+)?from\s+(?P<b>[^,;.]{1,60})",
                       re.IGNORECASE)


# "more Finnish than Hungarian data": two names of one amount, the noun after them what is counted
_MORE_OF = re.compile(r"\b(?:(?P<up>more)|(?P<down>less|fewer))\s+(?P<a>[A-Z][\w-]*)\s+than\s+(?P<b>[A-Z][\w-]*)\s+"
                      r"(?P<noun>[a-z]+)")


# "two languages trained on independent corpora end up with more similar structures than two trained on a parallel
# corpus": one outcome under two training conditions
_THAN_CUE = re.compile(r"\b(?:(?P<up>more|higher|better|stronger)|(?P<down>less|lower|worse|weaker))\s+"
                       r"(?P<quality>[a-z-]+\s+)?(?:[a-z-]+\s+)?than\s+", re.IGNORECASE)
_TRAINED_ON_BEFORE = re.compile(r"\btrain(?:ed|s|ing)?\s+on\s+(?P<x>[^;:.]+?)"
                                r"(?=\s+(?:we|they|to|and|is|are|would|will|should|end)\b|[;:.]|$)", re.IGNORECASE)
_WHEN_TRAINED = re.compile(r"\b(?:(?P<up>more|higher|better|stronger)|(?P<down>less|lower|worse|weaker))\s+"
                           r"(?P<quality>[a-z-]+\s+)(?:when|if)\s+(?:it\s+is\s+|they\s+are\s+)?"
                           r"train(?:ed|s|ing)?\s+on\s+(?P<x>[^;:.]+?)\s+than\s+(?:when\s+|if\s+)?"
                           r"(?:it\s+is\s+|they\s+are\s+)?train(?:ed|s|ing)?\s+on\s+(?P<y>[^;:.]+)", re.IGNORECASE)
_TRAINED_ON_AFTER = re.compile(r"(?:when\s+)?(?:[\w-]+\s+){0,3}?train(?:ed|s|ing)?\s+on\s+(?P<y>[^;:.]+)",
                               re.IGNORECASE)


def trained_on_ranking(text: str) -> Sides | None:
    """The two training conditions an outcome is compared under, the one with more of it as the winner; None when
    the text compares none, or denies it."""
    # ("more similar when trained on two independent corpora than when trained on a parallel corpus")
    m = _WHEN_TRAINED.search(text)
    if m:
        first, second = m["x"], m["y"]
    else:
        m = _THAN_CUE.search(text)
        before = list(_TRAINED_ON_BEFORE.finditer(text, 0, m.start())) if m else []
        after = _TRAINED_ON_AFTER.match(text, m.end()) if m else None
        if not before or not after:
            return None
        first, second = before[-1]["x"], after["y"]
    if _NEGATED.search(text[:m.start()]):
        return None
    a, b = side_terms(first), side_terms(second)
    a, b = a - b, b - a
    if not a or not b:
        return None
    if m["down"]:
        a, b, first, second = b, a, second, first
    quality = m["quality"].strip().lower() if m["quality"] else None
    return Sides(a, b, _side_names(first), _side_names(second), _stem(quality) if quality else None)


def amount_ranking(text: str) -> Sides | None:
    """The two names one amount is compared for ("more Finnish than Hungarian data"), the larger as the winner."""
    m = _MORE_OF.search(text)
    if not m or _NEGATED.search(text[:m.start()]):
        return None
    a, b = side_terms(m.group("a")), side_terms(m.group("b"))
    if not a or not b or a & b:
        return None
    first, second = m.group("a"), m.group("b")
    if m.group("down"):
        a, b, first, second = b, a, second, first
    return Sides(a, b, _side_names(first), _side_names(second), _stem(m.group("noun")))


def condition_ranking(text: str) -> Sides | None:
    """The two conditions one system is compared under ("better on Latin script than on ideograms", "benefits
    more from Russian than from French"), the better one as the winner; None when there is none, or it is
    negated."""
    m = _CONDITIONS.search(text) or _BENEFITS.search(text)
    if not m or _NEGATED.search(text[:m.start()]):
        return None

    def terms(phrase: str) -> frozenset[str]:  # "Latin-script" is "Latin script" too
        found = side_terms(phrase)
        return found | {p for t in found if not is_name(t) for p in t.split("-") if len(p) > 2}

    a, b = terms(m.group("a")), terms(m.group("b"))
    a, b = a - b, b - a  # "ideographic text" against "Latin-script text": what differs
    if not a or not b:
        return None
    first, second = m.group("a"), m.group("b")
    if m.group("down"):  # "worse on X than on Y": Y wins
        a, b, first, second = b, a, second, first
    return Sides(a, b, _side_names(first), _side_names(second))


# "(UnicoderLC)", "(Sep L1-3)", "(translate-test)": a short name closing a phrase
_ALIAS = re.compile(r"[^()]{0,80}\(([A-Za-z][\w-]*[A-Z][\w-]*|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,2}|[a-z]+(?:-[a-z]+)+)\)")
_SOURCE = re.compile(r"((?:[\w'’-]+\s+){0,2}[\w'’-]+)\s+(?:paper|authors)\b", re.IGNORECASE)


# "XTREME reports that", "BUFFET finds that": a benchmark opening the claim as who reports is its paper
# ("XTREME provides no human performance estimate for POS": a benchmark saying what it holds is its paper too)
_REPORTING_BENCHMARK = re.compile(rf"^\s*(?:The\s+)?([\w-]+)\s+(?:also\s+)?(?:{REPORTING_VERB}|provides|offers|"
                                  r"includes|covers|comprises|lacks)\b", re.IGNORECASE)
# "XTREME's language table credits", "According to XTREME's dataset overview": a part of the benchmark's paper
_BENCHMARK_PART = re.compile(r"^\s*(?:According\s+to\s+)?(?:the\s+)?([\w-]+)['’]s\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:table|overview|statistics|appendix|figure|section)\b", re.IGNORECASE)


# "CC-100, the pretraining corpus of XLM-R", "XLM-R's CC-100 corpus": a model named as whose corpus it is says which
# paper holds the corpus's statistics, not what is measured
_CORPUS_OWNER = re.compile(r"\b(?:pre-?training\s+)?corpus\s+of\s+([\w-]+)|([\w-]+)['’]s\s+(?:[\w-]+\s+)?"
                           r"(?:pre-?training\s+)?corpus\b", re.IGNORECASE)


def _source_spans(text: str) -> list[tuple[int, int]]:
    spans = [m.span(1) for m in _SOURCE.finditer(text)]
    spans += [m.span(1) if m.group(1) else m.span(2) for m in _CORPUS_OWNER.finditer(text)]
    for opening in (_REPORTING_BENCHMARK, _BENCHMARK_PART):
        if (m := opening.match(text)) and (found := find_entities(m.group(1))) and (
                len(found) == 1 and found[0].kind == "dataset" and found[0].text == m.group(1)):
            spans.append(m.span(1))
    return spans


def source_names(text: str) -> frozenset[str]:
    """Names a claim gives its source paper by ("the XLM-R paper", "the original XNLI paper", "XTREME
    reports that")."""
    return frozenset(e.name for a, b in _source_spans(text) for e in find_entities(text[a:b]))


def source_only_names(text: str, ents=None) -> frozenset[str]:
    """Source names the claim writes nowhere else ("According to the XLM-R paper's CC-100 statistics, the
    Russian portion holds [...]"): they say which paper, and nothing the claim measures is theirs."""
    spans = _source_spans(text)
    inside, outside = set(), set()
    for e in find_entities(text) if ents is None else ents:
        (inside if any(a <= e.start < b for a, b in spans) else outside).add(e.name)
    return frozenset(inside - outside)


# ("fine-tuning XLM-R base on the Spanish training data": the model between the verb and its data)
_TRAINED_ON = (r"\b(?:fine-?tuned|trained|fine-?tuning|training|transferring|transfer)\s+(?:[\w-]+\s+){0,3}?"
               r"(?:only\s+)?(?:on|from)\s+(?:the\s+)?")
_SOURCE_CUE = re.compile(_TRAINED_ON + r"|\bfrom\s+", re.IGNORECASE)
# the language a model is trained on, said in so many words (not "benefits more from unlabeled Russian")
_TRAINING_SOURCE = re.compile(_TRAINED_ON, re.IGNORECASE)
# "fine-tuned on Spanish reaches 76.51% POS accuracy on Italian": the score's language is the target
_TARGET_CUE = re.compile(r"\b(?:evaluated|tested|testing|evaluation)\s+(?:[\w-]+\s+){0,2}?on\s+|\bto\s+|"
                         r"(?<=\s)(?:accuracy|F1|score|performance)\s+on\s+(?=[A-Z])", re.IGNORECASE)


# where a sentence turns from one clause to a contrasting one ("X does A, while Y does B")
CONTRAST_CLAUSE = re.compile(r"\s*;\s*|,?\s+(?:while|whereas|but)\s+", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;.]|\s(?:to|and|then|but|when|while|evaluated|tested)\s", re.IGNORECASE)


def _cue_window(text: str, cue: re.Match[str]) -> tuple[int, str]:
    """(where it ends, the words) of what a cue introduces: up to three words, within the clause."""
    window = _CLAUSE_END.split(text[cue.end():], maxsplit=1)[0]
    words = window.split()[:3]
    return cue.end() + (window.find(words[-1]) + len(words[-1]) if words else 0), " ".join(words)


def _names_after(cue: re.Pattern[str], text: str) -> frozenset[str]:
    out: set[str] = set()
    for m in cue.finditer(text):
        _, window = _cue_window(text, m)
        out |= {e.name for e in find_entities(window)} | unknown_names(window)
    return frozenset(out)


def transfer_ends(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(source, target) names of a transfer claim: "fine-tuned on SOV languages and evaluated on SVO"."""
    return _names_after(_SOURCE_CUE, text), _names_after(_TARGET_CUE, text)


_TRANSLATED_INTO = re.compile(r"\btranslat\w*\s+(?:[\w-]+\s+){0,3}?into\s+", re.IGNORECASE)


def languages_tested(text: str) -> frozenset[str]:
    """The languages a claim names other than as what a model is trained on: "For English news classification
    [...], when both are fine-tuned on English" tests English; "fine-tuned on English" alone tests nothing named."""
    kept = text
    # ("when the test data are machine-translated into English": a translation's target is no test language)
    cues = sorted([*_SOURCE_CUE.finditer(text), *_TRANSLATED_INTO.finditer(text)], key=lambda m: m.start())
    for m in reversed(cues):
        end, _ = _cue_window(text, m)
        kept = kept[:m.start()] + " " + kept[end:]
    return frozenset(e.name for e in find_entities(kept) if e.kind == "language")


_AUXILIARY = re.compile(r"\bunlabell?ed\s+(?P<a>[A-Z][a-z]+)\b|\b(?P<b>[A-Z][a-z]+)\s+as\s+(?:the\s+|an\s+)?auxiliary\b"
                        r"|\bauxiliary\s+(?:language\s+)?(?P<c>[A-Z][a-z]+)\b")


def auxiliary_languages(text: str) -> frozenset[str]:
    """Languages a claim adds to training as auxiliaries ("unlabeled German as the auxiliary language"): what a
    parser is trained with, never a language whose scores the claim compares."""
    words = [m.group("a") or m.group("b") or m.group("c") for m in _AUXILIARY.finditer(text)]
    return frozenset(e.name for w in words for e in find_entities(w) if e.kind == "language")


def _looks_like_year(n: NumberMention) -> bool:
    x = n.value if n.value is not None else n.delta
    return x is not None and float(x).is_integer() and 1900 <= abs(x) <= 2100


_PLAIN_DECIMAL = re.compile(r"\d+\.\d+")
_COUNTED_THING = re.compile(r"(?:param|sentence|token|word|example|pair|document|step|training|language|sample|epoch)")


_VENUE = re.compile(r"[\s-]*(?:19|20)\d\d\s+(?:study|paper|work|article)\b", re.IGNORECASE)


def _source_only(text: str, ents) -> set[str]:
    """Models named only as the source paper ("the XLM-R paper's NER comparison") in a claim about another
    model ("..., mBERT reaches 71.40"): not what the claim measures."""
    only = source_only_names(text, ents)
    models_outside = {e.name for e in ents if e.kind == "model" and e.name not in only}
    return {n for n in only if kind_of(n) == "model"} if models_outside else set()


def _halves(n: NumberMention) -> tuple[NumberMention, ...]:
    """A claimed pair ("52.97 UAS / 45.73 LAS", "54.72 / 47.34") is two claimed numbers, each checked on
    its own; as one number only its first half would ever be read."""
    if n.kind != "pair" or n.delta is not None or len(n.values) != 2:
        return (n,)
    slash = n.text.find("/", re.match(r"[^\d]*[\d.,]+", n.text).end())
    first, second = n.text[:slash], n.text[slash + 1:]
    lead = len(second) - len(second.lstrip())
    return (replace(n, text=first.rstrip(), end=n.start + len(first.rstrip()), value=n.values[0], kind="value",
                    values=()),
            replace(n, text=second.strip(), start=n.start + slash + 1 + lead, value=n.values[1], kind="value",
                    values=()))


# (not "k = 32": a symbol set to a value is a setting, symbols.py's)
_FORMULA_BEFORE = re.compile(r"[A-Za-z]\s?[+*/^]\s?$")
_FORMULA_AFTER = re.compile(r"^\s?[+*/^]\s?[A-Za-z0-9]")


def _in_formula(text: str, n: NumberMention) -> bool:
    """A number that is part of a formula ("k+1 [...] rather than 2k+1"): no quantity a passage could print."""
    return bool(_FORMULA_BEFORE.search(text[:n.start]) or _FORMULA_AFTER.match(text[n.end:]))


# "precision at 1", "P@1", "top-5 accuracy": the rank a metric counts to is part of its name (not "XLM-R at 49.6%")
_METRIC_RANK = re.compile(r"(?<![\w-])(?:precision|recall|accuracy|hits|P|R)\s*(?:@|at)\s*$|\btop-?$", re.IGNORECASE)


def _metric_rank(text: str, n: NumberMention) -> bool:
    return bool(_METRIC_RANK.search(text[:n.start]))


_UNSCORED_LANGUAGE = re.compile(r"\b(?:an?|the|as)\s+([A-Z][a-z]+)(?:-only)?\s+(?:model|encoder|classifier|system)s?\b"
                             # where the things scored occur ("entities seen in the English NER training data"; not
                             # "fine-tuning on the English XNLI training data", a training language the rows name)
                             r"|\bin\s+the\s+([A-Z][a-z]+)\s+(?:[A-Z]{2,5}\s+)?training\s+(?:data|set|sentences|corpus)\b")


def analyse(text: str) -> ClaimFacts:
    ents = find_entities(text)
    names = {k: {e.name for e in ents if e.kind == k} for k in (*KEY_KINDS, "metric")}
    names["model"] -= _source_only(text, ents)
    for e in ents:  # "Ahmad et al.'s CoNLL 2019 study": a venue, not the CoNLL data
        if _VENUE.match(text[e.end:]) and not any(x.name == e.name and not _VENUE.match(text[x.end:]) for x in ents):
            names[e.kind].discard(e.name)
    for name in plural_names(text):
        names.setdefault(kind_of(name), set()).add(name)
    # "on Hindi, [...] RoBERTa as the English model": the model's language, not one its scores are for; nor is the
    # training data's ("Dutch entities that also occur in the English NER training data")
    modelling = [m.span(1) if m.group(1) else m.span(2) for m in _UNSCORED_LANGUAGE.finditer(text)]
    for name in list(names["language"]):
        spans = [(e.start, e.end) for e in ents if e.name == name]
        if len(names["language"]) > 1 and all(any(a <= s < b for a, b in modelling) for s, _ in spans):
            names["language"].discard(name)
    # "XGLUE's web page ranking task": a dataset spelled out as its tables never print it ("WPR")
    spelled = spelled_out_tasks(text)
    names["dataset"] |= {t for t in spelled if kind_of(t) == "dataset"}
    # a plain decimal is a measurement, not a count of things ("16.8 tokens long on average")
    mentions = tuple(n for n in find_numbers(text) if not _in_formula(text, n) and not _metric_rank(text, n))
    numbers = [h for n in mentions for h in _halves(n) if (not n.count or _PLAIN_DECIMAL.fullmatch(n.text))
               and (n.value is not None or n.delta is not None) and not _looks_like_year(n)]
    # "125M parameters", "100K training sentences": a count, not a name like "Glot-500 10.7B"
    counted = tuple(c for c in counts_in(text, mentions=mentions) if not _PLAIN_DECIMAL.fullmatch(c.text))
    if not numbers and not counted:  # "for ten epochs": a count, written in words
        # ("alternate between the two objectives" refers to two things named before; it counts nothing)
        counted = tuple(c for c in spelled_counts(text) if c.text.lower() != "two" or _COUNTING_TWO.search(text))
    return ClaimFacts(text=text, names=names, numbers=numbers, direction=direction_of(text),
                      comparison=comparison(text), sides=comparison_sides(text), wants_average=bool(_AVERAGE.search(text)),
                      unknown=(unknown_names(text) - {c.text for c in counted  # "10K unlabeled sentences"
                                                      if any(_COUNTED_THING.match(w) for w in (c.noun or "", *c.words))})
                      | {t for t in spelled if kind_of(t) != "dataset"},
                      sources=source_names(text),
                      transfer=transfer_ends(text),
                      counts=counted,
                      mentions=mentions)


# "(majority baseline is .33)": a reference level the claim's results are read against, not a result of its own
_REFERENCE_LEVEL = re.compile(r"\b(?:majority|chance|random)(?:[\s-]+(?:class|baseline|level))?\s+(?:is|of|at|=)\s*$",
                              re.IGNORECASE)
# "slightly exceeds the 73.7% obtained on English": a number the claim measures something against (a bound,
# "exceeds 80%", "more than 98%", is the claim's own finding)
_COMPARED_TO = re.compile(r"\b(?:exceed\w*|surpass\w*|above|below|beyond|than)\s+(?:the|its|their)\s+$",
                          re.IGNORECASE)


def is_reference(text: str, n) -> bool:
    """A number the claim reads its results against ("majority baseline is .33", "exceeds the 73.7%")."""
    before = text[max(0, n.start - 30):n.start]
    return n.delta is None and bool(_REFERENCE_LEVEL.search(before) or _COMPARED_TO.search(before))


# "select the weight λ from 0.1, 0.01 and 0.001", "vary the number of examples over 1, 4 and 8"
_CANDIDATE_LIST = re.compile(
    r"\b(?:select(?:s|ed)?|choos(?:e|es|ing)|chose(?:n)?|tun(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|search(?:es|ed)?|"
    r"sweep(?:s)?|swept|pick(?:s|ed)?)\b[^.;]{0,60}?\b(?:from|over|among|in|between)\s+(?:the\s+)?"
    r"(?:(?:range|set|grid|values?)\s+(?:of\s+)?)?[\[{(]?"
    r"(\d*\.?\d+(?:(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)\d*\.?\d+){2,})", re.IGNORECASE)


def is_candidate(text: str, n) -> bool:
    """A number of the values a search chose among ("select λ from 0.1, 0.01 and 0.001"): no cell is its
    measurement, so no cell bears it out or refutes it."""
    return any(m.start(1) <= n.start < m.end(1) for m in _CANDIDATE_LIST.finditer(text))


def is_position(text: str, n) -> bool:
    """A signed place, not a measurement ("dependencies at distance +2"): it labels a row or column, never
    a cell's value."""
    return n.text[:1] in "+-−" and POSITION_NOUN.search(text, max(0, n.start - 30), n.start) is not None


def only_references(facts: ClaimFacts) -> bool:
    """Every number of the claim is a level it compares something with ("exceeds the 73.7% on English"):
    finding that level printed bears out nothing about the comparison."""
    return bool(facts.numbers) and all(is_reference(facts.text, n) for n in facts.numbers)
