"""Whether a passage states the opposite of a claim: which way its finding about the claim's target
goes ("it reduces the performance for mBERT"), or that it denies what the claim asserts ("M-BERT is
not able to effectively transfer to a transliterated target").

A sentence often says several things ("lower scores for word translation, but higher ones for
retrieval and overall a lower multilinguality score"): each direction word is read with the few words
around it (its frame), and only the frame about the claim's target is compared with the claim.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass

from synth.extract.vocabulary import find_entities
from synth.parse.numbers import Direction, DirectionCue, direction_cues
from synth.verify.claim_facts import ClaimFacts, comparison_sides, content_stem, content_words, negated

FRAME_WORDS = 5  # words on each side of a direction word that say what moved
NEED_WORDS = 8  # words after a negation within which a need is denied ("no [...] objective is needed")
CLAUSE = re.compile(r"[;:()]|,\s|\s(?:but|while|whereas|although)\s", re.IGNORECASE)  # where a clause ends
# Lower is better for these: "gains in perplexity" are reductions, so direction words say nothing here.
LOWER_IS_BETTER = re.compile(r"\b(?:perplexit\w*|errors?|loss(?:es)?|distances?|WER|CER)\b", re.IGNORECASE)
# do-support, "never", or a perfect denied: "has so far not been incorporated in learning cross-lingual [...]"
_DENIED_ACTION = re.compile(r"\b(?:(?:do|does|did)\s+not|never|(?:has|have|had)\s+(?:so\s+far\s+|yet\s+)?not\s+"
                            r"(?:yet\s+)?been)\b|\b(?:don|doesn|didn)'t\b", re.IGNORECASE)
# ("no" only before an effect: "brings no further improvement", not "no parallel data")
_NEGATION = re.compile(r"\b(?:not(?!\s+only\b)|never|cannot|unable|fails?\s+to|failed\s+to)\b|n't\b"
                       r"|\bno\s+(?=(?:further\s+|significant\s+|additional\s+|real\s+|clear\s+)?"
                       r"(?:improv|gains?\b|benefit|effect|impact|change|difference|help|loss|drop))", re.IGNORECASE)


@dataclass(frozen=True)
class Frame:
    direction: Direction
    words: frozenset[str]  # content words around the direction word
    names: frozenset[str]  # entity names around it
    text: str


def _clauses(text: str, splitter: re.Pattern[str] = CLAUSE) -> list[tuple[int, str]]:
    out, start = [], 0
    for m in splitter.finditer(text):
        out.append((start, text[start:m.start()]))
        start = m.end()
    out.append((start, text[start:]))
    return out


# "XLM-R outperforms XLM-100": up for one side, down for the other; rankings are read as rankings
_COMPARATIVE = re.compile(r"outperform|underperform|beat|surpass|exceed|lag", re.IGNORECASE)
# "better than X" ranks two things; "obtain significantly better performance" says which way quality moved
_GRADED = re.compile(r"better|worse", re.IGNORECASE)
_THAN = re.compile(r"^\W*(?:[\w-]+\W+){0,5}?(?:than|compared|over|to)\b", re.IGNORECASE)


# "the longer a model is trained, the more multilingual it gets": the second half of a correlative
_CORRELATIVE = re.compile(r"\bthe\s+(?:(?P<up>more)|(?P<down>less|fewer))\s+(?!than\b)\w+", re.IGNORECASE)


# "the reduced TED2020 dataset", "trained with reduced sizes": a participle naming a thing states no finding
_ADJECTIVAL = re.compile(r"\b(?:the|a|an|this|these|those|our|their|its|with|using|on|of|for|under)\s+$", re.IGNORECASE)


# where a gerund subject starts: "increasing the number of languages hurts", "that raising α helps"
_SUBJECT_START = re.compile(r"(?:^\s*|\b(?:that|whether|how)\s+)$", re.IGNORECASE)


def _cues(clause: str, graded: bool = False) -> list[DirectionCue]:
    """The direction words of a clause; with ``graded``, "better" and "worse" too where they compare with
    nothing (a passage's "obtain significantly better performance"; a claim's "do worse for languages whose
    [...] higher" is a covariation, read elsewhere)."""
    found = [c for c in direction_cues(clause) if not _COMPARATIVE.match(clause[c.start:c.end])
             and not (_GRADED.match(clause[c.start:c.end]) and (not graded or _THAN.match(clause[c.end:])))
             and not (clause[c.start:c.end].lower().endswith("ed") and _ADJECTIVAL.search(clause[:c.start]))]
    for m in _CORRELATIVE.finditer(clause):
        found.append(DirectionCue(m.start(), m.end(), Direction.INCREASE if m.group("up") else Direction.DECREASE))
    found.sort(key=lambda c: c.start)
    # a cause and its effect ("increasing the number of languages hurts XNLI") say one direction: the
    # effect's, turned round when the cause is a decrease ("reducing the vocabulary hurts" = more helps)
    if len(found) >= 2 and clause[found[0].start:found[0].end].lower().endswith("ing") and _SUBJECT_START.search(
            clause[:found[0].start]):
        cause, effect = found[0], found[1]
        direction = effect.direction if cause.direction.sign > 0 else (
            Direction.INCREASE if effect.direction.sign < 0 else Direction.DECREASE)
        found = [DirectionCue(effect.start, effect.end, direction), *found[2:]]
    return found


def frames(text: str) -> list[Frame]:
    """Each direction word of ``text`` with the words of its clause within FRAME_WORDS of it
    (comparisons between two things left out)."""
    found = []
    for _, clause in _clauses(text):
        for cue in _cues(clause, graded=True):
            before = clause[:cue.start].split()[-FRAME_WORDS:]
            after = clause[cue.end:].split()[:FRAME_WORDS]
            window = " ".join([*before, clause[cue.start:cue.end], *after])
            found.append(Frame(cue.direction, frozenset(content_words(window)),
                               frozenset(e.name for e in find_entities(window)), window))
    return found


def target_frame(facts: ClaimFacts, text: str, weight) -> Frame | None:
    """The frame of ``text`` about what the claim says moved: one naming the claim's model or method if
    any does (and none naming only another), else the one sharing the most (rarity-weighted) words."""
    candidates = frames(text)
    if not candidates:
        return None
    subjects = facts.subjects
    others = {e.name for e in find_entities(text) if e.kind == "model"} - facts.names["model"]
    if subjects:
        ours = [f for f in candidates if f.names & subjects]
        if ours:
            candidates = ours
        else:
            candidates = [f for f in candidates if not f.names & others] or candidates
    claim_words = content_words(facts.text)
    scored = [(sum(weight(w) for w in f.words & claim_words), i, f) for i, f in enumerate(candidates)]
    score, _, best = max(scored, key=lambda t: (t[0], -t[1]))
    return best if score > 0 else None


def _claimed_directions(text: str) -> set[Direction]:
    """The directions a claim states, read clause by clause (a cause and its effect are one)."""
    return {c.direction for _, clause in _clauses(text) for c in _cues(clause)}


def states_direction(facts: ClaimFacts, text: str, weight) -> bool:
    """A claim that says which way something moved ("the less multilingual it becomes") is borne out
    only by a passage whose frame about the same target moves the same way; a claim with no direction
    needs none."""
    ours = _claimed_directions(facts.text)
    if len(ours) != 1 or negated(facts.text) or LOWER_IS_BETTER.search(facts.text):
        return True
    frame = target_frame(facts, text, weight)
    return frame is not None and frame.direction == next(iter(ours))


# a cause taken away: the effect's direction is read the other way round
_REMOVAL = re.compile(r"\b(?:remov(?:e|es|ed|ing)|without|dropp(?:ed|ing)|omit(?:s|ted|ting)?|ablat(?:e|es|ed|ing)|"
                      r"exclud(?:e|es|ed|ing)|fewer)\b", re.IGNORECASE)


def opposite_direction(facts: ClaimFacts, text: str, weight) -> str | None:
    """"The claim says X rises, the passage says it falls": a claim with one direction against the
    direction of the passage's frame about the same target."""
    ours = _claimed_directions(facts.text)
    if len(ours) != 1 or negated(facts.text) or LOWER_IS_BETTER.search(facts.text):
        return None
    claimed = ours.pop()
    frame = target_frame(facts, text, weight)
    if frame is None or frame.direction.sign * claimed.sign >= 0 or LOWER_IS_BETTER.search(frame.text):
        return None
    if bool(_REMOVAL.search(facts.text)) != bool(_REMOVAL.search(text)):
        return None  # "removing anchors lowers F1" says what "more anchors help" says
    if _HEDGE.search(frame.text) and facts.names["language"] - {"en"}:
        return None  # "a small drop in recall in most cases" allows one claimed language to be an exception
    return f"direction opposite: the claim says {claimed.value}, the paper says {frame.direction.value} (\"{frame.text}\")"


_HEDGE = re.compile(r"\b(?:in\s+most\s+(?:cases|languages|settings)|for\s+most\s+languages|mostly|typically|usually)\b",
                    re.IGNORECASE)


_EFFECT = re.compile(r"\b(?:improv\w*|gains?|help\w*|benefit\w*|impact\w*|affect\w*|matter\w*|chang\w*|"
                     r"loss(?:es)?|los[et]|drop\w*|hurt\w*|differ\w*|outperform\w*|better|worse|effect\w*)\b",
                     re.IGNORECASE)


# "languages whose script were not covered by the tokenizer": a negation describing what is talked about
_RELATIVE_NEGATION = re.compile(r"\b(?:whose|which|that|who)\b(?=[^,;()]*?\b(?:not|never|n't)\b)[^,;()]*",
                                re.IGNORECASE)
# clauses with their brackets kept: "African languages (like N'ko and Tamazight) did not improve"
_BRACKETED_CLAUSE = re.compile(r"[;:]|,\s|\s(?:but|while|whereas|although)\s", re.IGNORECASE)


# "Conneau et al. find that a shared vocabulary is not required": a reported finding, no relative clause
_REPORTED = re.compile(r"\b(?:find|finds|found|show|shows|showed|shown|observe[sd]?|note[sd]?|report(?:s|ed)?|"
                       r"conclude[sd]?|argue[sd]?|demonstrate[sd]?|suggest(?:s|ed)?|state[sd]?|say|says|said)\s+$",
                       re.IGNORECASE)


def _without_relative_negations(text: str) -> str:
    kept, last = [], 0
    for m in _RELATIVE_NEGATION.finditer(text):
        if m.group(0)[:4].lower() == "that" and _REPORTED.search(text, max(0, m.start() - 20), m.start()):
            continue
        kept += [text[last:m.start()], " "]
        last = m.end()
    return "".join(kept) + text[last:]


_MEASURED = re.compile(r"\b(?:accuracy|performance)\b", re.IGNORECASE)  # "costs its models downstream accuracy"


_DENIED_STATE = re.compile(r"\b(?:is|are|was|were)\s+not\b", re.IGNORECASE)


def denial(facts: ClaimFacts, text: str) -> str | None:
    """The passage denies what the claim asserts: a negated clause about the claim's subject matter
    ("Fine-tuning the embeddings does not significantly impact the results", "we do not observe any
    apparent improvements"): the negation must deny an effect, in a clause sharing the claim's words.
    A negation within a relative clause describes what is talked about and denies nothing ("languages
    whose scripts the tokenizer does not cover")."""
    claim, text = _without_relative_negations(facts.text), _without_relative_negations(text)
    # (a claim saying something is missed denies it too: "misses differences [...] that stem from cultural
    # differences" for "it does not capture differences [...] that are due to cultural differences")
    if (_NEGATION.search(claim) or _MISSED.search(claim)
            or (negated(text) == negated(claim) and not _TROUBLE.search(text))):
        return None
    claim_words = content_words(facts.text)
    # a denied effect gainsays a claim of an effect, or one about what it denies, not one of what was done ("they
    # train one SentencePiece model [...]" against "We did not observe any loss in performance for models trained
    # with SPM")
    states_effect = bool(_EFFECT.search(facts.text) or facts.direction.sign or facts.names["metric"]
                         or _MEASURED.search(facts.text))
    claimed_trouble = bool(_TROUBLE.search(facts.text))
    for start, clause in _clauses(text, _BRACKETED_CLAUSE):
        m = _NEGATION.search(clause)
        # or a deed said to give trouble, in two or more of the claim's words ("these models have issues assigning
        # meaningful similarity scores for sentence pairs that don't [...]" against "also give meaningful [...]")
        trouble = None if claimed_trouble else _TROUBLE.search(clause)
        if trouble and (m is None or m.start() > trouble.end()):
            done = content_words(" ".join(clause[trouble.end():].split()[:FRAME_WORDS])) & claim_words
            if len(done - facts.name_words) >= 2:
                return f"the paper says it is hard to do: \"{clause.strip()}\" (shares {', '.join(sorted(done))})"
        if m is None:
            continue
        shared = content_words(clause) & claim_words
        scope = " ".join(clause[m.end():].split()[:FRAME_WORDS])
        # only a denied effect ("did not observe any loss", "does not significantly impact") is the
        # claim's finding denied; "does not require", "do not reveal" deny something else; and it must be
        # about what the claim says, not only about the same model ("M-BERT is not able to [...]")
        # or a denied action of the claim's, in two or more of its words ("it does not seem to learn systematic
        # transformations of those structures"; not "are not Indo-European languages", "not BERT-small")
        scope_shared = content_words(scope) & claim_words - facts.name_words
        # (a state the claim names with its negating prefix is one of the kinds it lists, not one it asserts: "entities
        # seen and unseen in the English training data" against "[...] (a); were not seen in the English [...] (b)")
        denied_word = scope.split()[0].lower() if scope.split() else ""
        if denied_word and re.search(rf"\b(?:un|in|non-?){re.escape(denied_word)}\b", facts.text, re.IGNORECASE):
            continue
        # or a state the claim asserts, denied in three or more of its words ("English is not generally the best
        # source language for cross-lingual transfer")
        if ((_EFFECT.search(scope) and shared - facts.name_words and (states_effect or scope_shared))
                or (_DENIED_ACTION.search(clause) and len(scope_shared) >= 2)
                or (_DENIED_STATE.search(clause, max(0, m.start() - 12), m.end()) and len(scope_shared) >= 3)
                # or a need the claim asserts, denied of two or more of its words ("a shared vocabulary is a
                # prerequisite" against "a shared vocabulary is not required")
                or (_NEED.search(facts.text) and _NEED.search(scope) and len(shared - facts.name_words) >= 2)):
            return (f"the paper denies it: \"{clause.strip()}\""
                    + (f" (shares {', '.join(sorted(shared))})" if shared else ""))
    return None


_MISSED = re.compile(r"\b(?:miss(?:es|ed)?|fail(?:s|ed)?\s+to|overlook(?:s|ed)?|neglect(?:s|ed)?)\b", re.IGNORECASE)
# "have issues assigning", "has difficulty in telling apart": a deed said to go wrong
_TROUBLE = re.compile(r"\b(?:ha(?:ve|s|d)|fac(?:e|es|ed))\s+(?:\w+\s+)?(?:issues|problems|trouble|difficult(?:y|ies))\s+"
                      r"(?:in\s+|with\s+)?(?=[a-z]+ing\b)", re.IGNORECASE)

# what a claim may deny a need for ("is not needed for BERT to create a multilingual space")
_NEED = re.compile(r"\b(?:need(?:s|ed)?|necessary|requir(?:e|es|ed|ing)|essential|crucial|prerequisites?|"
                   r"indispensable|(?:have|has|had)\s+to)\b", re.IGNORECASE)
# a need denied in one word: "mixing text from several domains [...] is unnecessary"
_UNNEEDED = re.compile(r"\b(?:unnecessary|needless|dispensable)\b", re.IGNORECASE)
# "no explicit multilingual training objective is needed"
_NO_NEED = re.compile(r"\bno\s+(?=(?:[\w-]+\s+){1,6}(?:is|are|was|were|be)\s+(?:needed|necessary|required)\b)",
                      re.IGNORECASE)


def affirmation(facts: ClaimFacts, text: str) -> str | None:
    """The claim denies an effect ("a stronger English encoder does not carry over into better transfer")
    that the passage states ("having a stronger encoder in English also positively impacts the transfer
    results"), or a need it denies ("is not needed" against "is necessary"): an un-negated clause with an
    effect word (a need word), sharing at least two of the words of the claim's denied clause beyond model names."""
    if negated(text) == (negated(facts.text) or bool(_UNNEEDED.search(facts.text))):
        return None
    denied, stated = None, None
    for _, clause in _clauses(facts.text):
        m = _NEGATION.search(clause) or _NO_NEED.search(clause)
        after = clause[m.end():].split() if m else []
        # a need is denied after what is not needed ("no explicit multilingual training objective is needed")
        stated = next((kind for kind, reach in ((_EFFECT, FRAME_WORDS), (_NEED, NEED_WORDS))
                       if kind.search(" ".join(after[:reach]))), None) if m else (_NEED if _UNNEEDED.search(clause)
                                                                                   else None)
        # or what the model is said not to do ("does not attend to the paired French translation" against "can
        # either attend to surrounding English words or to the French translation")
        if stated is None and m and (verb := _DENIED_DEED.match(clause, m.end())):
            stated = re.compile(rf"\b(?:can|could|may|might)\s+(?:(?:either|also|still)\s+)?{verb.group(1)}\b",
                                re.IGNORECASE)
        if stated is not None:
            denied = clause
            break
    if denied is None:
        return _exhibited(facts.text, text)
    claim_words = content_words(denied) - facts.model_words
    for _, clause in _clauses(text):
        if _NEGATION.search(clause) or not stated.search(clause):
            continue
        shared = content_words(clause) & claim_words
        if len(shared) >= 2:
            return f"the paper states what the claim denies: \"{clause.strip()}\" (shares {', '.join(sorted(shared))})"
    return None


# the verb of "does not attend to", "did not use": what a system is said not to do
_DENIED_DEED = re.compile(r"\s+([a-z]{4,})\s+(?:to|on|from|with)\b")

# "show no systematic deficiencies": a property the claim says something lacks, two words or more
_SHOWS = r"shows?|showed|exhibits?|exhibited|displays?|displayed|has|have|had"
_LACKED = re.compile(rf"\b(?:(?:{_SHOWS})\s+no|no\s+longer\s+(?:{_SHOWS})\s+(?:an?|any))\s+"
                     r"(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*)+?)(?=\s+(?:for|in|on|with|to|across|between|of|at)\b|[,.;]|$)")
_EXHIBITED = rf"\b(?:{_SHOWS}|suffers?\s+from)\s+(?:an?\s+)?"


def _exhibited(claim: str, text: str) -> str | None:
    """The claim says something shows no property ("its representations show no systematic deficiencies", "no
    longer has a closed-form solution") that the passage says it shows ("these representations exhibit systematic
    deficiencies affecting [...]"), in an un-negated clause."""
    for lacked in _LACKED.finditer(claim):
        words = lacked.group("what").split()
        # its first two words or more ("systematic deficiencies" of "systematic deficiencies affecting [...]")
        for what in (" ".join(words[:k]) for k in range(len(words), 1, -1)):
            if len(content_words(what)) < 2:
                continue
            for _, clause in _clauses(text):
                shown = re.search(_EXHIBITED + re.escape(what) + r"\b", clause, re.IGNORECASE)
                if shown and not _NEGATION.search(clause, 0, shown.end()):
                    return f"the claim says \"{lacked.group(0).strip()}\", the paper \"{shown.group(0).strip()}\""
    return None


_NOT_FOR = re.compile(r"\bnot\s+(?:for|in|on|with|to)\s+(?P<what>[^,.;()]+)", re.IGNORECASE)
_EVEN_FOR = re.compile(r"\beven\s+(?:for|in|on|with|to)\s+(?P<what>[^,.;()]+)", re.IGNORECASE)


def holds_even_there(facts: ClaimFacts, text: str) -> str | None:
    """The claim says its finding does not hold for something ("helps only for low-resource pairs, not for
    high-resource pairs such as English-German") where the passage says it holds even there ("even for
    high-resource language pairs such as English-German"): two or more words of that something shared, its first
    among them."""
    for denied in _NOT_FOR.finditer(facts.text):
        ours = content_words(denied.group("what"))
        first = next((own for w in denied.group("what").split() if (own := content_words(w))), set())
        for even in _EVEN_FOR.finditer(text):
            shared = ours & content_words(even.group("what"))
            # its first word says which ones ("high-resource pairs" are not "low-resource pairs")
            if len(shared) >= 2 and first <= shared and not _NEGATION.search(text, 0, even.start()):
                return (f"the claim says it does not hold {denied.group(0).strip()[4:]}, the paper says it holds "
                        f"\"{even.group(0).strip()}\" (shares {', '.join(sorted(shared))})")
    return None


# Words whose swap reverses a finding ("lower layers capture more syntactic information" against
# "higher layers ..."); direction words (improve/drop) and rankings are read elsewhere.
_ANTONYMS = [("higher", "lower"), ("high", "low"), ("top", "bottom"), ("top", "lower"), ("upper", "lower"),
             ("earlier", "later"), ("early", "late"), ("positively", "negatively"), ("positive", "negative"),
             ("closer", "further"), ("closer", "farther"), ("high-resource", "low-resource"),
             ("larger", "smaller"), ("longer", "shorter"), ("stronger", "weaker"), ("strong", "weak"),
             # how good a score is: "gives strong BUCC bitext-mining scores" against "produces low scores"
             ("strong", "low"), ("strong", "poor"),
             ("similar", "dissimilar"), ("alike", "dissimilar"),
             # how an approach fares: "have been shown to hold up well" against "have been shown to fail"
             ("well", "fail"), ("succeed", "fail"), ("succeeds", "fails"),
             # the effort it takes: "requiring little hand-engineering" against "requires extensive [...] features"
             ("little", "extensive"),
             ("similar", "distant"), ("well", "poorly"), ("well", "badly"), ("well", "terribly"),
             # what a score comes to: "would score poorly" against "would score perfect precision"
             ("perfect", "poor"), ("perfect", "poorly"), ("good", "poor"),
             # where a feature comes from: "POS tags predicted automatically" against "the Gold universal POS tags"
             ("gold", "predicted"),
             # what a model has room for: "it lacks the capacity to model each language separately" against "the
             # model should have enough capacity to model each language separately"
             ("lacks", "enough"), ("lack", "enough"), ("lacking", "enough"),
             ("together", "separately"), ("major", "minor"), ("first", "last"),
             # an amount: "trained on less data than" against "trained on much larger training data than"
             ("less", "larger"), ("fewer", "larger"), ("overestimates", "underestimates"),
             ("cheaper", "expensive"), ("cheap", "expensive"), ("faster", "slower"), ("substantial", "little"),
             ("growing", "subsided"), ("best", "worst"), ("large", "smaller"), ("larger", "small"),
             ("stops", "continues"), ("stop", "continue"), ("stopped", "continued"),
             ("often", "seldom"), ("often", "rarely"), ("frequently", "rarely"), ("closely", "distantly"),
             ("close", "distant"), ("closer", "distant"), ("close", "far"), ("near", "far"),
             # quality and effort: "cleaner word translations" against "noisier word translations"
             ("clean", "noisy"), ("cleaner", "noisier"), ("easy", "hard"), ("easier", "harder"), ("easy", "difficult"),
             ("easier", "difficult"),
             # which of two named parts: "the Old Testament" against "the New Testament"; which script: "simplified
             # Chinese" against "traditional Chinese"
             ("old", "new"), ("simplified", "traditional"),
             # where a language is spoken: "an East African language" against "a West African language"
             ("east", "west"), ("north", "south"), ("eastern", "western"), ("northern", "southern"),
             # an amount of attention or data: "far more attention" against "only received scarce attention"
             ("more", "scarce"), ("much", "scarce"), ("plenty", "scarce"), ("abundant", "scarce"),
             *((up, down) for up in ("largest", "highest", "greatest", "biggest", "strongest")
               for down in ("smallest", "lowest", "least", "weakest")),
             # what training does to a component: "fine-tune the word embeddings" against "we freeze word embeddings"
             ("fine-tune", "freeze"), ("fine-tunes", "freezes"), ("fine-tuned", "frozen"), ("fine-tuning", "freezing"),
             ("fine-tune", "frozen"), ("fine-tuned", "froze"), ("update", "freeze"), ("updated", "frozen"),
             # the second part of a compound: "order-sensitive" / "order-free", "language-specific" / "-agnostic"
             ("sensitive", "free"), ("aware", "free"), ("sensitive", "agnostic"), ("aware", "agnostic"),
             ("specific", "agnostic"), ("dependent", "agnostic"),
             # where an effect is greatest: "helps least for distant languages" against "particularly in languages that
             # are distant [...] greatly improves"
             ("least", "particularly"), ("least", "especially"),
             # how a model fares: "generalises readily to entities" against "may struggle to generalize to entities"
             *((a, b) for a in ("readily", "easily") for b in ("struggle", "struggles", "struggled")),
             # how much a factor counts: "the architecture is the decisive factor" against "the architecture is less
             # important" (read as "unimportant")
             *((a, "unimportant") for a in ("decisive", "crucial", "critical", "essential", "important")),
             # "its overall trends differ from those of the full benchmark" against "the overall trends [...] remain
             # the same as the original"
             # ("different" is too often said of the things compared: "the same meaning [...] across different
             # languages")
             ("differ", "same"), ("differs", "same"),
             # (but "a different set of languages from the one XNLG was pretrained on" against "use same pre-training
             # languages as XNLG" is: read as "differing")
             ("differing", "same"),
             # how a problem fares: "becomes milder once [...] placed in a shared cross-lingual embedding space"
             # against "this issue is amplified in a cross-lingual embedding space"
             *((a, b) for a in ("amplified", "amplifies", "exacerbated", "exacerbates", "aggravated", "aggravates",
                                "worsened", "worsens")
               for b in ("milder", "mitigated", "mitigates", "alleviated", "alleviates", "eased", "eases",
                         "lessened", "lessens")),
             # "an ideal full-fledged extrinsic test" against "suboptimal for a full-fledged extrinsic evaluation"
             ("ideal", "suboptimal"), ("optimal", "suboptimal"),
             # "embedding spaces are shaped differently" against "the similar shapes of the word embedding spaces"
             ("differently", "similar"), ("differently", "similarly"),
             # what a model's input is given, in any tense: "adds a language embedding" against "we [...] discard
             # segment embedding and language embedding"
             *((a, b) for ours, theirs in ((("add", "adds", "added", "adding"),
                                            ("discard", "discards", "discarded", "discarding")),
                                           (("keep", "keeps", "kept", "keeping"),
                                            ("discard", "discards", "discarded", "discarding")),
                                           (("include", "includes", "included", "including"),
                                            ("exclude", "excludes", "excluded", "excluding")))
               for a in ours for b in theirs)]
# read only as a compound's second part: alone ("free parameters", "specific tasks") they oppose nothing
_COMPOUND_ONLY = {"free", "agnostic", "sensitive", "aware", "specific"}
_OPEN_COMPOUND = re.compile(r"\b(language|task|domain|order)\s+(specific|agnostic|independent|dependent|sensitive|free)\b",
                            re.IGNORECASE)
_DIFFERENT_FROM = re.compile(r"\bdifferent(?=\s+(?:[\w-]+\s+){1,4}?from\b)", re.IGNORECASE)
_LESS_IMPORTANT = re.compile(r"\bless\s+(?:important|relevant|crucial|critical)\b", re.IGNORECASE)
_FUSED = re.compile(r"^[a-z]{4,}(sensitive|agnostic|aware)$")
_OPPOSITE = {a: {b for x, b in _ANTONYMS if x == a} | {x for x, y in _ANTONYMS if y == a}
             for pair in _ANTONYMS for a in pair}
_TOKEN = re.compile(r"[A-Za-z][\w-]*")
# a position said of one thing ("the first i layers", "the last layer (layer 8)") is an opposite only when more than
# one word around it says what it is the position of ("first-layer activations" / "last layer's activations")
_ORDINALS = frozenset({"first", "last"})
NEIGHBOURS = 2  # content words on each side of an antonym that say what it describes
# words that say nothing of what an antonym describes ("continues to improve even after [...]")
_FILLER = {"even", "once", "after", "before", "when", "then", "still", "just", "only", "already", "much", "all",
           "some", "other", "about", "there", "largely", "mostly", "generally", "slightly", "far"}
# a negating prefix makes a property's opposite ("language-independent" / "language dependent",
# "non-significant" / "significant"), where the other text has the unprefixed word; not for a participle
# ("supervised" / "unsupervised" name two kinds of method, not two findings); so does a prefix of
# excess for one of shortfall ("overparameterized" / "underparameterized")
_NEGATED_PROPERTY = re.compile(r"^(?:in|un|im|non-?|dis|(?P<over>over)|(?P<under>under))(?P<base>[a-z]{4,})$")
# so does a suffix of lack ("harmless" / "harm", "harmful")
_LESS_SUFFIX = re.compile(r"^([a-z]{4,})less$")
# participles that name a property rather than a kind of method ("unbalanced" classes; but "unsupervised" and
# "unlabeled" data are other things than supervised and labelled data, not their opposite)
_PROPERTY_PARTICIPLES = frozenset({"balanced", "biased", "related", "structured", "restricted", "constrained", "tied"})
# a degree word bears on the word after it: "less isomorphic and more prone to hubness"
_DEGREE = {"more": {"less"}, "less": {"more"}}
# so does an intensity, in any form of the word: "barely depend on overlap" against "highly dependent on overlap"
_WEAK, _STRONG = frozenset({"barely", "hardly", "weakly"}), frozenset({"highly", "strongly", "heavily"})
_INTENSITY = {**{w: set(_STRONG) for w in _WEAK}, **{w: set(_WEAK) for w in _STRONG}}
_FORM = 6  # letters that say the word whatever its form ("depend", "dependent")


def _word(token: str, known: Container[str]) -> str:
    """The word a token is compared by: the last part of a compound ("independent" of
    "language-independent") unless the whole is a known word ("non-significant", "low-resource")."""
    token = token.lower()
    if "-" not in token and (fused := _FUSED.match(token)):  # "ordersensitive": a line-end hyphen lost
        return fused.group(1)
    if token in known or "-" not in token or _NEGATED_PROPERTY.match(token):
        return token
    return token.rsplit("-", 1)[-1]


def _prefix_opposites(first: set[str], second: set[str]) -> dict[str, set[str]]:
    """Negated properties of either word set whose unprefixed word (or, for a suffix of lack, whose word) only the
    other set has (a text with both, "for orthogonal [...] while for non-orthogonal methods", contrasts two kinds)."""
    out: dict[str, set[str]] = {}
    for ours, theirs in ((first, second), (second, first)):
        for token in ours:
            m = _NEGATED_PROPERTY.match(token)
            if m is None:
                if (less := _LESS_SUFFIX.match(token)) is not None:  # "harmless" against "could harm"
                    for opposite in (less.group(1), less.group(1) + "ful"):
                        if opposite in theirs and opposite not in ours and token not in theirs:
                            out.setdefault(token, set()).add(opposite)
                            out.setdefault(opposite, set()).add(token)
                continue
            if m.group("over") or m.group("under"):
                opposite = ("under" if m.group("over") else "over") + m.group("base")
            elif not m.group("base").endswith(("ed", "en")) or m.group("base") in _PROPERTY_PARTICIPLES:
                opposite = m.group("base")
            else:
                continue
            if opposite in theirs and opposite not in ours and token not in theirs:
                out.setdefault(token, set()).add(opposite)
                out.setdefault(opposite, set()).add(token)
    return out


def _number_free(stem: str) -> str:
    """A content stem the same for a noun in -e and its plural ("premise" and "premis" of "premises";
    "language" and "languag"): what an antonym describes, in either number."""
    return stem[:-1] if len(stem) > 5 and stem.endswith("e") else stem


def _neighbourhoods(tokens: list[str], words: list[str], opposite: dict[str, set[str]],
                    rare: set[str] = frozenset()) -> dict[str, set[str]]:
    """For each antonym word (a key of ``opposite``), the NEIGHBOURS nearest content words on each side of
    its occurrences ("does best on the Weibo test set": "weibo"; "performs worst on Weibo": "weibo"), twice
    as many for a ``rare`` pair ("mBERT [...] as probably overparameterized"), itself specific to a topic."""
    # another antonym ends a neighbourhood: "larger models become multilingual faster than smaller ones"
    near_words = [None if w in opposite else (set() if w in _FILLER else {_number_free(c) for c in content_words(w)})
                  for w in words]
    out: dict[str, set[str]] = {}
    for i, word in enumerate(words):
        # "the less closely related pairs" are the more distantly related ones: neither word's reading
        if word not in opposite or (i and words[i - 1] in ("less", "not")) or (
                word in _COMPOUND_ONLY and tokens[i].lower() == word):
            continue
        # the part of a compound before its antonym is its neighbour: "language" of "language-independent"
        near = out.setdefault(word, content_words(tokens[i][:-len(word)]) if tokens[i].lower() != word else set())
        # (a rare pair is ended only by its own words: "mBERT, trained on 104 large Wikipedias, as probably
        # overparameterized")
        ends = {word, *opposite[word]} if word in rare else opposite
        for side in (range(i - 1, -1, -1), range(i + 1, len(words))):
            found = []
            for j in side:
                if words[j] in ends or len(found) == NEIGHBOURS * (2 if word in rare else 1):
                    break
                if near_words[j]:
                    found.append(near_words[j])
            near.update(w for ws in found for w in ws)
    return out


def _degrees(words: list[str], degree: dict[str, set[str]] = _DEGREE,
             letters: int | None = None) -> dict[str, set[str]]:
    """What "more" and "less" (or the words of another ``degree``) bear on: the first content word after each (not
    "more than 50%"), cut to its first ``letters``."""
    out: dict[str, set[str]] = {}
    for i, w in enumerate(words[:-1]):
        if w in degree and words[i + 1] != "than":
            following = next((c for u in words[i + 1:i + 3] if (c := content_words(u))), set())
            out.setdefault(w, set()).update(c[:letters] for c in following)
    return out


def _swapped(ours: dict[str, set[str]], theirs: dict[str, set[str]],
             opposite: dict[str, set[str]]) -> tuple[str, str, set[str]] | None:
    for word, around in ours.items():
        for other in opposite[word]:
            shared = around & theirs.get(other, set())
            if (len(shared) >= (2 if word in _ORDINALS else 1) and not around & theirs.get(word, set())
                    and not ours.get(other, set()) & theirs.get(other, set())):
                return word, other, shared
    return None


def _split_antonym(token: str) -> list[str] | None:
    """"first-layer" as "first" and "layer"; None for a token that opens with no antonym or is a known compound
    ("high-resource")."""
    head = token.split("-", 1)
    if len(head) == 2 and head[0].lower() in _OPPOSITE and token.lower() not in _OPPOSITE:
        return head
    return None


def _heads(text: str, word: str) -> set[str]:
    """The stems of the (two) words a property word is said of, where words follow it ("context-dependent token
    embeddings")."""
    return {stem for m in re.finditer(rf"(?<![\w-])(?:[\w]+-)?{re.escape(word)}\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?",
                                      text, re.IGNORECASE)
            for w in m.groups() if w and (stem := content_stem(w))}


def _heads_differ(claim: str, word: str, text: str, other: str) -> bool:
    ours, theirs = _heads(claim, word), _heads(text, other)
    return bool(ours and theirs) and not any(a[:4] == b[:4] for a in ours for b in theirs)


def swapped_antonym(facts: ClaimFacts, text: str) -> str | None:
    """The passage says of the same thing the antonym the claim says ("later" for "earlier", "lower
    layers" for "higher layers", "dependent" for "independent", "more isomorphic" for "less isomorphic"),
    and never the claim's own word about it."""
    # "first-layer activations" against "the last layer's activations": an antonym opening a compound is a word too
    # ("retains language specific information": a compound whose hyphen the PDF's text lost)
    tokens = tuple([p for t in _TOKEN.findall(_read_as_one(x)) for p in (_split_antonym(t) or [t])]
                   for x in (facts.text, text))
    # (as printed: "non-English" names a language, not a negated property)
    whole = [{t for t in ts if t[1:] == t[1:].lower()} for ts in tokens]
    prefixed = _prefix_opposites(*[{t.lower() for t in w} | {_word(t, _OPPOSITE) for t in w} for w in whole])
    opposite = {**_OPPOSITE, **prefixed}
    words = [[_word(t, opposite) for t in ts] for ts in tokens]
    ours, theirs = (_neighbourhoods(t, w, opposite, set(prefixed)) for t, w in zip(tokens, words))
    found = (_swapped(ours, theirs, opposite)
             or _swapped(_degrees(words[0]), _degrees(words[1]), _DEGREE)
             or _swapped(*(_degrees([w.lower() for w in ws], _INTENSITY, _FORM) for ws in words), _INTENSITY))
    if found is None:
        return None
    word, other, shared = found
    # "the context-independent anchors" against "aligning context-dependent embeddings": a property and its negation
    # of two different things
    if (word in prefixed or other in prefixed) and _heads_differ(facts.text, word, text, other):
        return None
    # "are mostly no longer available" says what "have become unavailable" says
    if _negated_word(text, other) or _negated_word(facts.text, word):
        return None
    # "much like for non-contextual word embeddings": said of what the paper likens its own finding to
    if _likened_only(text, other):
        return None
    word, other = _as_written(word, facts.text), _as_written(other, text)
    return f"the claim says \"{word}\" and the paper \"{other}\" about the same thing ({', '.join(sorted(shared))})"


_LIKENING = re.compile(r"\b(?:(?:much |just )?(?:un)?like|as (?:with|for|in)|similar(?:ly)? to)\s+(?:(?:for|with|in)\s+)?"
                       r"(?:(?:the|a|an)\s+)?$", re.IGNORECASE)


def _likened_only(text: str, word: str) -> bool:
    """Whether every use of ``word`` in ``text`` opens what the text likens something to ("much like for
    non-contextual word embeddings", "unlike static embeddings")."""
    uses = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w])", text, re.IGNORECASE)]
    return bool(uses) and all(_LIKENING.search(text[max(0, i - 30):i]) for i in uses)


def _read_as_one(text: str) -> str:
    """The text with the phrases read as one antonym word: "language specific" as "language-specific", "less
    important" as "unimportant", "a different set of languages from" as "a differing set of languages from"."""
    text = _DIFFERENT_FROM.sub("differing", _OPEN_COMPOUND.sub(r"\1-\2", text))
    return _LESS_IMPORTANT.sub("unimportant", text)


def _as_written(word: str, text: str) -> str:
    """The phrase the text writes for the word it was read as ("less important" for "unimportant")."""
    for read, phrase in (("unimportant", _LESS_IMPORTANT), ("differing", _DIFFERENT_FROM)):
        if word == read and word not in text.lower() and (m := phrase.search(text)):
            return m.group(0)
    return word


_NEGATED_BEFORE = re.compile(r"\b(?:not|no\s+longer|never|hardly|neither|nor)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _negated_word(text: str, word: str) -> bool:
    """Whether every occurrence of the word in the text follows a negation ("no longer available")."""
    starts = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", text, re.IGNORECASE)]
    return bool(starts) and all(_NEGATED_BEFORE.search(text, 0, s) for s in starts)


# "is highest in the last few Transformer layers": what a superlative puts first
_SUPERLATIVE = re.compile(r"\b(?:highest|best|largest|strongest|greatest|most\s+\w+)\s+(?:in|at|on|for|with)\s+"
                          r"(?:the\s+)?(?P<target>(?:[\w-]+\s+){0,3}[\w-]+)", re.IGNORECASE)


def superlative_beaten(facts: ClaimFacts, text: str) -> str | None:
    """The claim puts something first ("similarity is highest in the last few layers"); the passage ranks
    something else above it ("the early layers [...] are more similar [...] than the last layers")."""
    m = _SUPERLATIVE.search(facts.text)
    if m is None:
        return None
    sides = comparison_sides(text)
    if sides is None:
        return None
    # the target's own words, not the names it shares with both sides ("Transformer layers")
    target = content_words(" ".join(w for w in m.group("target").split() if not w[:1].isupper()))
    winner_words = {w for t in sides.winner for w in content_words(t)}
    beaten = target & {w for t in sides.loser for w in content_words(t)}
    ahead = target & winner_words
    if not beaten - winner_words or ahead - beaten:
        return None
    return (f"the claim puts \"{m.group('target')}\" first, the paper ranks "
            f"{', '.join(sorted(sides.winner))} above it")


# a sentence taking back the one before: "However, this technique does not scale [...]"
_TURNED_DOWN = re.compile(r"(?:However|But|Yet|Nevertheless|Unfortunately),?\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:this|these|that|such|it|they)\b", re.IGNORECASE)
# (or restricts it: "But it includes cross-lingual understanding tasks only")
_NOT_OR_NEVER = re.compile(r"\b(?:not|never|cannot|only)\b|n't\b", re.IGNORECASE)


def turns_down(text: str) -> bool:
    """Whether a sentence takes back the one before it."""
    return bool(_TURNED_DOWN.match(text) and _NOT_OR_NEVER.search(text))
