"""Two findings with their attributes swapped: the claim "sentence-level identification helps SelfAtt-Graph,
while word-level works better for RNN-Stack" against a paper that says "word-level is more useful for
SelfAtt-Graph, while sentence-level ... for RNN-Stack".

The contrast is a pair of modifiers of one head word ("sentence-level" / "word-level", "lower layers" /
"upper layers"), one in each of the claim's two clauses; the paper crosses it when the clause naming the
first clause's entity carries the second clause's modifier, and the other way round.
"""

from __future__ import annotations

import re
from functools import lru_cache

from synth.extract.vocabulary import find_entities, kind_of
from synth.parse.numbers import Direction, direction_cues
from synth.verify.claim_facts import (BRACKETED_CITATION, CITATION, content_stem, content_words, plural_names,
                                      unknown_names)
from synth.verify.written import written

_CLAUSE = re.compile(r"[,;]|\s(?:but|while|whereas|although)\s", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+")
_STOP = frozenset("""a an the of for on in to with by and or is are was were be been that this these those
as at from than more less most least much very slightly both its their it they we our""".split())


def _names(clause: str) -> frozenset[str]:
    return frozenset({e.name for e in find_entities(clause) if e.kind != "metric"} | unknown_names(clause)
                     | plural_names(clause))


def _bigrams(clause: str, names: frozenset[str]) -> set[tuple[str, str]]:
    """Modifier-head word pairs ("sentence-level" → (sentence, level)), names and stop words left out."""
    lowered = {n.lower() for n in names}
    words = [w.lower() for w in _WORD.findall(clause)]
    return {(a, b) for a, b in zip(words, words[1:])
            if a not in _STOP and b not in _STOP and a not in lowered and b not in lowered}


def _named_clauses(text: str) -> list[tuple[str, frozenset[str]]]:
    return [(c, n) for c in _CLAUSE.split(text) if (n := _names(c))]


def crossed_pairing(claim: str, passage: str) -> str | None:
    """A sentence that pairs the claim's two entities with each other's modifier; None otherwise."""
    named = _named_clauses(claim)
    if len(named) != 2:
        return None
    (c1, n1), (c2, n2) = named
    own1, own2 = n1 - n2, n2 - n1
    if not own1 or not own2:
        return None
    b1, b2 = _bigrams(c1, n1 | n2), _bigrams(c2, n1 | n2)
    contrasts = {(a, b, h) for a, h in b1 for b, h2 in b2 if h == h2 and a != b and (b, h) not in b1
                 and (a, h) not in b2}
    if not contrasts:
        return None
    theirs = _named_clauses(passage)
    e1 = [c for c, n in theirs if n & own1 and not n & own2]
    e2 = [c for c, n in theirs if n & own2 and not n & own1]
    if len(e1) != 1 or len(e2) != 1:
        return None
    p1, p2 = _bigrams(e1[0], n1 | n2), _bigrams(e2[0], n1 | n2)
    for a, b, h in sorted(contrasts):
        if (b, h) in p1 and (a, h) not in p1 and (a, h) in p2 and (b, h) not in p2:
            return (f"pairing swapped: the paper says {b} {h} for {', '.join(sorted(own1))} and {a} {h} for "
                    f"{', '.join(sorted(own2))}; the claim says the opposite")
    return None


_TWO_WAYS = re.compile(r",?\s(?:but|while|whereas|although|and)\s|[,;]\s", re.IGNORECASE)


def _key(word: str) -> str:
    """"small", "smaller"; "hub", "hubs": one word."""
    return (word[:-1] if word.endswith("s") and len(word) > 3 else word)[:5]


@lru_cache(maxsize=65536)  # the claim's side is read against every passage
def _objects(text: str) -> tuple[tuple[Direction, frozenset[str], str], ...] | None:
    """For a sentence of two clauses moving opposite ways ("beats addition on small training sets but falls
    behind it on large ones"), each clause's direction and the words it writes after its direction word that
    the other clause does not, in the order written; None for any other sentence."""
    found: list[tuple[Direction, frozenset[str], str]] = []
    for clause in _TWO_WAYS.split(text):
        cues = direction_cues(clause)
        if not cues:
            continue
        if len({c.direction for c in cues}) > 1:
            return None
        found.append((cues[0].direction, frozenset(_key(w) for w in content_words(clause[cues[0].end:])),
                      clause.strip(" .")))
    if len(found) != 2 or found[0][0] == found[1][0] or Direction.NONE in (found[0][0], found[1][0]):
        return None
    (d1, w1, c1), (d2, w2, c2) = found
    return (d1, w1 - w2, c1), (d2, w2 - w1, c2)


def crossed_polarity(claim: str, passage: str) -> str | None:
    """A sentence that moves the claim's two things the other way round: "CSLS increases the similarity of
    isolated word vectors and decreases the similarity of hubs" against "CSLS boosts the similarity of hub
    vectors while lowering that of isolated word vectors".  The words of each second clause (the first
    often repeats the subject and object the second refers back to with "it", "that of") must sit in the
    other sentence's clause of the opposite direction, and not in the one of the same direction."""
    ours, theirs = _objects(claim), _objects(passage)
    if ours is None or theirs is None:
        return None
    ours_by, theirs_by = ({d: w for d, w, _ in x} for x in (ours, theirs))
    for (direction, words, _), other in ((ours[1], theirs_by), (theirs[1], ours_by)):
        opposite = next(d for d in other if d != direction)
        if not words & other[opposite] or words & other[direction]:
            return None
    return (f"directions swapped between two clauses: the claim says \"{ours[1][2]}\" where the paper says "
            f"\"{theirs[0][2] if theirs[0][0] != ours[1][0] else theirs[1][2]}\"")


_ROLE_CLAUSE = re.compile(r"[,;]|\b(?:and|while|whereas|but)\b", re.IGNORECASE)
_TRAIN_ROLE = re.compile(r"\b(?:learn\w*|train\w*|supervis\w*|align\w*|fine-?tun\w*)\b", re.IGNORECASE)
_EVAL_ROLE = re.compile(r"\b(?:evaluat\w*|test\w*)\b", re.IGNORECASE)


@lru_cache(maxsize=65536)  # the claim's side is read against every passage
def _roles(text: str) -> dict[str, str]:
    """Each dataset whose clause says what it is used for: "train" or "evaluate" (not to be changed: cached)."""
    roles: dict[str, str] = {}
    for clause in _ROLE_CLAUSE.split(re.sub(r"\([^()]*\)", "", text)):  # "Tatoeba (Schwenk et al., 2019) for"
        datasets = {e.name for e in find_entities(clause) if e.kind == "dataset"}
        train, evaluate = bool(_TRAIN_ROLE.search(clause)), bool(_EVAL_ROLE.search(clause))
        if len(datasets) == 1 and train != evaluate:
            roles[datasets.pop()] = "train" if train else "evaluate"
    return roles


def swapped_roles(claim: str, passage: str) -> str | None:
    """Two datasets given each other's use: "learn the mapping on Tatoeba [...] and evaluate on XNLI" against
    "parallel sentences from XNLI for alignment supervision and Tatoeba for evaluation"."""
    ours, theirs = _roles(claim), _roles(passage)
    both = sorted(set(ours) & set(theirs))
    if len(both) != 2 or ours[both[0]] == ours[both[1]] or any(ours[d] == theirs[d] for d in both):
        return None
    a, b = both
    return f"roles swapped: the paper uses {a} to {theirs[a]} and {b} to {theirs[b]}, the claim the other way round"


_UPDATED = re.compile(r"\b(?:fine-?tun\w*|updat\w*|re-?train\w*|adapt\w*)\b", re.IGNORECASE)
_FROZEN = re.compile(r"\b(?:frozen|freez\w*|fixed|unchanged|untouched)\b", re.IGNORECASE)
_TREATMENT_VERB = re.compile(r"\b(?:keep\w*|kept|leav\w*|left|fine-?tun\w*|updat\w*|re-?train\w*|adapt\w*|frozen|"
                             r"freez\w*|fixed|unchanged|untouched)\b", re.IGNORECASE)


@lru_cache(maxsize=65536)  # the claim's side is read against every passage
def _treatments(text: str) -> dict[str, tuple[frozenset[str], str]] | None:
    """For a sentence of two clauses, one updating something and one keeping something fixed, each clause's
    content words and text by treatment ("updated" / "frozen"); None for any other sentence."""
    found: dict[str, tuple[frozenset[str], str]] = {}
    for clause in _TWO_WAYS.split(text):
        updated, frozen = bool(_UPDATED.search(clause)), bool(_FROZEN.search(clause))
        if updated == frozen:
            continue
        kind = "updated" if updated else "frozen"
        if kind in found:
            return None
        found[kind] = frozenset(content_words(_TREATMENT_VERB.sub(" ", clause))), clause.strip()
    return found if len(found) == 2 else None


def swapped_treatment(claim: str, passage: str) -> str | None:
    """What is updated and what is kept fixed, swapped: "keep the target lookup table frozen and fine-tune the
    English source word embeddings" against "we fine-tune the lookup table associated to the target encoder,
    but keep the source word embeddings fixed".  The words that tell the claim's two clauses apart must each
    sit in the passage's clause of the other treatment, and not in its own."""
    ours, theirs = _treatments(claim), _treatments(passage)
    if ours is None or theirs is None:
        return None
    for kind, other in (("updated", "frozen"), ("frozen", "updated")):
        own = ours[kind][0] - ours[other][0]
        if not own & theirs[other][0] or own & theirs[kind][0]:
            return None
    return (f"what is updated and what is kept fixed are swapped: the claim says \"{ours['updated'][1]}\", the "
            f"paper \"{theirs['updated'][1]}\"")


# "concatenating the English name of the entity and the target language sentence, as segment A and segment B of
# the input sequence respectively"
_AS_RESPECTIVELY = re.compile(r"(?P<x>[\w\s'-]+?)\s+and\s+(?P<y>[\w\s'-]+?),?\s+as\s+(?P<a>[\w-]+(?:\s+[\w-]+)?)\s+"
                              r"and\s+(?P<b>[\w-]+(?:\s+[\w-]+)?)\b[^.;]{0,60}?\brespectively\b", re.IGNORECASE)
_PUT_AS = re.compile(r"(?P<phrase>(?:[\w'-]+\s+){1,5}?)as\s+(?P<label>[\w-]+(?:\s+[\w-]+)?)\b", re.IGNORECASE)
_ROLE_STOP = _STOP | frozenset("takes take uses use puts put feeds feed treats treat".split())


def _plain_words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)} - _ROLE_STOP


def swapped_as_respectively(claim: str, passage: str) -> str | None:
    """Two things the passage puts "as A and B respectively", the claim the other way round: "the target-language
    sentence as segment A and the English entity name as segment B" against "concatenating the English name of
    the entity and the target language sentence, as segment A and segment B [...] respectively"."""
    if "respectively" not in passage.lower() or " as " not in claim:
        return None
    m = _AS_RESPECTIVELY.search(passage)
    if m is None:
        return None
    items = {m.group("a").lower(): _plain_words(m.group("x")), m.group("b").lower(): _plain_words(m.group("y"))}
    if len(items) != 2:
        return None
    claimed = {p.group("label").lower(): _plain_words(p.group("phrase")) for p in _PUT_AS.finditer(claim)}
    if set(claimed) != set(items):
        return None
    (la, wa), (lb, wb) = items.items()
    # each claimed thing is more like what the passage puts as the other label than what it puts as its own
    if all(len(claimed[own] & other) > len(claimed[own] & mine) for own, mine, other in ((la, wa, wb), (lb, wb, wa))):
        return (f"the claim puts as {m.group('a')} and {m.group('b')} what the paper puts the other way round: "
                f"\"{m.group(0).strip()}\"")
    return None


_RATHER_THAN = re.compile(r"(?P<before>(?:[\w-]+\s+){0,2}[\w-]+)\s*(?:[–—-]\s*)?,?\s+rather\s+than\s+"
                          r"(?P<after>[\w-]+(?:\s+[\w-]+){0,2})", re.IGNORECASE)


def _preferred(text: str) -> tuple[set[str], set[str], str] | None:
    """The words only the preferred side and only the set-aside side of "A rather than B" have, and its text."""
    m = _RATHER_THAN.search(text) if "rather than" in text.lower() else None
    if m is None:
        return None
    before, after = _plain_words(m.group("before")), _plain_words(m.group("after"))
    return before - after, after - before, m.group(0)


def swapped_rather_than(claim: str, passage: str) -> str | None:
    """"absolute rather than relative position embeddings" against "relative position embeddings – rather than
    absolute position embeddings –": the two sides of a preference swapped."""
    ours, theirs = _preferred(claim), _preferred(passage)
    if ours is None or theirs is None:
        return None
    if ours[0] & theirs[1] and ours[1] & theirs[0] and not ours[0] & theirs[0] and not ours[1] & theirs[1]:
        return f"the claim prefers what the paper sets aside: \"{theirs[2].strip()}\""
    return None


_RESPECTIVE_PAIR = re.compile(r"(?P<x>[^,;()]+?)\s+and\s+(?P<y>[^,;()]+?),?\s+respectively\b", re.IGNORECASE)


def crossed_respectively(claim: str, passage: str) -> str | None:
    """"Søgaard et al. (2015) and Levy et al. (2017) exploit [...] a multi-comparable Wikipedia dataset and a
    multi-parallel Bible dataset respectively" against a claim that gives Levy et al. the Wikipedia dataset:
    of two works (or two names) paired in order with two things, the claim gives one the other's thing."""
    m = _RESPECTIVE_PAIR.search(passage) if "respectively" in passage.lower() else None
    if m is None:
        return None
    y = m.group("y").split()
    x = m.group("x").split()[-len(y):]  # the first thing is worded like the second ("a multi-[...] dataset")
    before = passage[:m.start("x")]
    owners = CITATION.findall(before) or [n for n in _in_order(before) if n != "en"]
    if len(owners) != 2:
        return None
    only_x, only_y = _plain_words(" ".join(x)) - _plain_words(" ".join(y)), _plain_words(" ".join(y)) - _plain_words(" ".join(x))
    named = [i for i, n in enumerate(owners) if written(n, claim)]
    if len(named) != 1 or not only_x or not only_y:
        return None
    i = named[0]
    own, other = (only_x, only_y) if i == 0 else (only_y, only_x)
    words = _plain_words(claim)
    if words & other and not words & own:
        theirs = " ".join(x if i == 1 else y)
        return (f"the passage pairs {owners[1 - i]}, not {owners[i]}, with \"{theirs}\" "
                f"(\"respectively\"): \"{m.group(0).strip()}\"")
    return None


PREDICATE_SHARED = 2  # content words a claim's clause must share with the passage's clause about another name


def predicate_swapped(claim: str, passage: str) -> str | None:
    """"the MUSE vectors are learned together with a sentence encoder whereas the XLM and Concat embeddings rely
    on fastText" against "XLM embeddings [...] being trained together with a sentence encoder [...], while MUSE
    and Concat are based on fastText": what a clause of the claim says of a name, the passage says in a clause
    about other names, and the passage's clause about that name shares none of it."""
    theirs = [(c, _names(c), content_words(c)) for c in _PASSAGE_CLAUSE.split(passage)]
    if sum(bool(n) for _, n, _ in theirs) < 2:
        return None
    parts = [(c, _names(c)) for c in _CLAIM_CLAUSE.split(claim)]
    if len(parts) < 2:
        return None
    for part, names in parts:
        words = content_words(part) - {n.lower() for n in names}
        for name in sorted(n for n in names if sum(n in m for _, m, _ in theirs) == 1):
            home = next(w for _, m, w in theirs if name in m)
            shared, clause = max(((len(words & w), c) for c, m, w in theirs if m and name not in m),
                                 default=(0, ""))
            if shared >= PREDICATE_SHARED and not words & home:
                return f"the passage says what the claim says of {name} of other names: \"{clause.strip()}\""
    return None


_REASON = re.compile(r"\b(?:because|since)\b", re.IGNORECASE)


def swapped_across_reason(claim: str, passage: str) -> str | None:
    """Two names on either side of a reason swapped: "leaves out IndicBERTv2 because it was trained on the same
    languages as MuRIL" against "We excluded MuRIL because it was trained in similar languages as IndicBERTv2"
    (the reasons say the same in shared words; what is done, and to which name, is the other side)."""
    ours, theirs = _REASON.split(claim, 1), _REASON.split(passage, 1)
    if len(ours) != 2 or len(theirs) != 2:
        return None
    (our_main, our_reason), (their_main, their_reason) = ([set(_in_order(p)) for p in parts]
                                                          for parts in (ours, theirs))
    shared = content_words(ours[1]) & content_words(theirs[1])
    for a in their_main - their_reason:
        for b in their_reason - their_main:
            if (b in our_main - our_reason and a in our_reason - our_main
                    and len(shared - {a.lower(), b.lower()}) >= PREDICATE_SHARED):
                return f"the passage says it of {a}, because of {b}; the claim the other way round"
    return None


def swapped_between_clauses(claim: str, passage: str) -> str | None:
    """Two clauses moving opposite ways with their things swapped, two datasets given each other's use, what is
    updated and what is kept fixed swapped, two things put "as A and B respectively" the other way round, one of
    two works given the other's thing ("respectively"), the two sides of "A rather than B", what the passage
    says of some names said of another, or two names swapped across a reason ("because")."""
    return (crossed_polarity(claim, passage) or swapped_roles(claim, passage) or swapped_treatment(claim, passage)
            or swapped_as_respectively(claim, passage) or crossed_respectively(claim, passage)
            or swapped_rather_than(claim, passage) or predicate_swapped(claim, passage)
            or swapped_across_reason(claim, passage) or subjects_swapped(claim, passage))


_PASSAGE_CLAUSE = re.compile(r",\s*(?:and|while|whereas|but)\s|;\s*", re.IGNORECASE)
_CLAIM_CLAUSE = re.compile(r";|\s(?:but|while|whereas|although)\s", re.IGNORECASE)


def _kind(name: str) -> str:
    return kind_of(name) or "unknown"


def _in_order(clause: str) -> list[str]:
    """The names of a clause in the order they are written."""
    at = {e.name: e.start for e in reversed(find_entities(clause)) if e.kind != "metric"}
    at.update({u: clause.find(u) for u in unknown_names(clause) if u not in at})
    at.update({p: clause.find(p + "s") for p in plural_names(clause) if p not in at})  # "BERTs"
    return sorted(at, key=at.get)


def paired_otherwise(claim: str, passage: str, cited: frozenset[str] | None = None) -> str | None:
    """A sentence that gives one of the claim's names a partner other than the one the claim gives it:
    "we use MultiUN for French ..., and the IIT Bombay corpus for Hindi" against a claim drawing Hindi
    data from MultiUN.  The claim's pair is two names of different kinds written next to each other; in
    the passage they sit in different clauses, and the clause of the first holds a partner for it, of
    another kind than its own, that the claim never names.  With ``cited``, only a pair whose first name is
    one of these cited works, given a partner of its claimed partner's kind ("Zou et al. (2013) [...]
    for English and Chinese" against the claim's Spanish), counts."""
    clauses = [_names(c) for c in _PASSAGE_CLAUSE.split(passage)]
    if sum(bool(c) for c in clauses) < 2:
        return None
    everywhere = frozenset().union(*clauses)
    claimed = frozenset().union(*(_names(c) for c in _CLAIM_CLAUSE.split(claim)))
    for part in _CLAIM_CLAUSE.split(claim):
        order = [n for n in _in_order(part) if n in everywhere and n != "en"]
        for x, y in zip(order, order[1:]):
            for a, b in ((x, y), (y, x)):
                if _kind(a) == _kind(b) or any(a in c and b in c for c in clauses) or (cited is not None and a not in cited):
                    continue
                for c in clauses:
                    rivals = sorted(n for n in c - claimed if _kind(n) != _kind(a)
                                    and "unknown" in (_kind(n), _kind(b)) or _kind(n) == _kind(b) != _kind(a))
                    if cited is not None:
                        rivals = [n for n in rivals if _kind(n) == _kind(b)]
                    if a in c and b not in c and rivals:
                        return (f"the sentence pairs {a} with {rivals[0]} and {b} with other names, "
                                f"not {a} with {b} as the claim does")
    return None


def _without_languages(text: str) -> set[str]:
    """The content words of a text, its language names left out."""
    for e in sorted((e for e in find_entities(text) if e.kind == "language"), key=lambda e: -e.start):
        text = text[:e.start] + " " + text[e.end:]
    return content_words(text)


def language_given_otherwise(claim: str, passage: str) -> str | None:
    """"We use the Stanford segmenter for Chinese [...], and the pythainlp package for Thai" against a claim
    segmenting Thai with the Stanford segmenter: the passage gives the claim's one language a clause of its
    own, whose words the claim never uses, and two or more of the claim's words to another language's
    clause."""
    languages = {e.name for e in find_entities(claim) if e.kind == "language"} - {"en"}
    if len(languages) != 1:
        return None
    language = next(iter(languages))
    clauses = [(c, {e.name for e in find_entities(c) if e.kind == "language"}) for c in _PASSAGE_CLAUSE.split(passage)]
    ours = [_without_languages(c) for c, named in clauses if named == {language}]
    others = [(_without_languages(c), named) for c, named in clauses if named and language not in named]
    if len(ours) != 1 or not others:
        return None
    claim_words, own = _without_languages(claim), ours[0]
    for words, named in others:
        taken = claim_words & (words - own)
        if len(taken) >= 2 and own - words - claim_words and not claim_words & (own - words):
            return (f"the sentence gives {', '.join(sorted(taken))} to {', '.join(sorted(named))}, and {language} "
                    "words of its own")
    return None


_EVERY_ONE = re.compile(r"\b(?:all|both|each|every)\b", re.IGNORECASE)


def given_all_but_one(claim: str, passage: str) -> str | None:
    """"For gradient reversal (GR) and GAN based adversarial objectives, we use Adam [...], and for WGAN, we use
    RM-SProp" against a claim giving Adam to "all three [...]: gradient reversal, GAN and WGAN": the claim gives
    one thing to every one of its names, the passage gives one of them a clause of its own that shares none of
    the claim's words, and two or more of the claim's words to a clause naming its other names."""
    if not _EVERY_ONE.search(claim):
        return None
    items = {n for n in _names(claim) if kind_of(n) not in ("language", "metric")}
    clauses = [(c, _names(c) & items) for c in _PASSAGE_CLAUSE.split(BRACKETED_CITATION.sub(" ", passage))]
    named = [(content_words(c), found) for c, found in clauses if found]
    if len(named) < 2:
        return None
    item_words = content_words(" ".join(items))
    claim_words = content_words(claim) - item_words
    for own, found in named:
        others = [(words, f) for words, f in named if f is not found]
        rest, elsewhere = set().union(*(w for w, _ in others)), set().union(*(f for _, f in others))
        taken = claim_words & (rest - own)
        if not claim_words & own and own - item_words - claim_words and len(taken) >= 2 and not found & elsewhere:
            return (f"the sentence gives {', '.join(sorted(taken))} to {', '.join(sorted(elsewhere))}, and "
                    f"{', '.join(sorted(found))} words of its own")
    return None


_UNLIKE = re.compile(r"\b(?:unlike|in contrast to|as opposed to|contrary to)\s+(?P<span>[^,;.]+)", re.IGNORECASE)
_OPENING = re.compile(r"\s*(?:(?:in contrast|by contrast|however|instead|similarly|moreover),?\s+)?", re.IGNORECASE)
_JOINING = frozenset({"", "and", "both", "the", "or"})


def _leading_names(text: str) -> list[str]:
    """The names a sentence opens with, joined by "and" or commas ("mBERT and DistilmBERT use [...]"): its subject."""
    at, names = _OPENING.match(text).end(), []
    for e in sorted(find_entities(text), key=lambda e: e.start):
        if e.start < at:
            continue
        if text[at:e.start].strip(" ,").lower() not in _JOINING:
            break
        names.append(e.name)
        at = e.end
    return names


def said_of_the_set_aside(claim: str, passage: str) -> str | None:
    """The claim sets some names aside to say a thing of another ("unlike mBERT and DistilmBERT, it depends on
    language-specific tokenization tools"); the passage opens by saying it of exactly those ("mBERT and DistilmBERT
    use different language-specific tokenization tools")."""
    m = _UNLIKE.search(claim)
    if m is None:
        return None
    set_aside_here = find_entities(m.group("span"))
    aside = {e.name for e in set_aside_here}
    others = {e.name for e in find_entities(claim)} - aside
    # "in contrast to XLM-R, XLM does not use language embeddings" against "In contrast to XLM, XLM-R does not
    # use language embeddings": the two set each other aside
    theirs = _UNLIKE.search(passage)
    if theirs and aside and others:
        their_aside = {e.name for e in find_entities(theirs.group("span"))}
        kinds = {e.kind for e in set_aside_here}
        claimed_of = {e.name for e in find_entities(claim) if e.kind in kinds} - aside
        if their_aside == claimed_of and aside <= {e.name for e in find_entities(passage[theirs.end():])}:
            return (f"the paper sets {', '.join(sorted(their_aside))} aside (\"{theirs.group(0).strip()}\") and says it "
                    f"of {', '.join(sorted(aside))}, the other way round from the claim")
    lead = _leading_names(passage)
    if not aside or not lead or set(lead) != aside or not others:
        return None
    return (f"the paper says it of {', '.join(lead)}, which the claim sets aside (\"{m.group(0).strip()}\"), "
            f"not of {', '.join(sorted(others))}")


_CLAIM_PARTS = re.compile(r",?\s(?:and|but|while|whereas)\s|;\s", re.IGNORECASE)


def crossed_between_sentences(claim: str, first: str, second: str) -> str | None:
    """The claim pairs crosswise what two consecutive sentences keep apart: "train BERT for the QA tasks with
    the Transformers library and use the original BERT codebase for all other tasks" against "For training BERT
    models on the QA tasks, we use the original BERT codebase. For all other tasks, we use the Transformers
    library."  Each of the claim's two clauses takes words that only the first sentence prints and words that
    only the second does; said the same way round, each would take them from one sentence."""
    parts = [p for p in _CLAIM_PARTS.split(claim) if p.strip()]
    if len(parts) != 2:
        return None
    a, b = content_words(first), content_words(second)
    only_a, only_b = a - b, b - a
    for part in parts:
        words = content_words(part)
        if not words & only_a or not words & only_b or len(words & (only_a | only_b)) < 3:
            return None
    return f"the claim pairs crosswise what two consecutive sentences of the paper keep apart: \"{parts[0].strip()}\""


_CONTRAST = re.compile(r",?\s(?:while|whereas)\s|,\s*but\s|;\s*", re.IGNORECASE)
_OPENS_WITH_SETTING = re.compile(r"^\s*(?:in|on|for|with|at|from|when|if|after|before|under|over|among|across)\b",
                                 re.IGNORECASE)


def _stems_in_order(clause: str) -> dict[str, str]:
    """The content stems of a clause, in the order written, each with the word it was first written as."""
    seen: dict[str, str] = {}
    for word in re.findall(r"[A-Za-z][A-Za-z\-]*[A-Za-z0-9]", clause):
        stem = content_stem(word)
        if stem and stem not in seen:
            seen[stem] = word
    return seen


_NAME_LIKE = re.compile(r"[A-Z].*[A-Z]|\d")  # "X-CBOW", "MTL", "RNN-based": a name the vocabulary may lack


def _subject(clause: str, stems: dict[str, str], found: set[str]) -> str | None:
    """The stem a clause's subject is written with: its first system, dataset or method name ("it is the X-CBOW
    encoder that"), else its first word unless it opens on a setting ("On distant languages, [...]")."""
    named = {n for n in _names(clause) if kind_of(n) not in ("language", "metric")}
    for stem, word in stems.items():
        if stem in found and (any(n in word for n in named) or _NAME_LIKE.search(word)):
            return stem
    first = next(iter(stems), None)
    return first if first in found and not _OPENS_WITH_SETTING.match(clause) else None


def subjects_swapped(claim: str, passage: str) -> str | None:
    """Two contrasted clauses whose subjects trade predicates: "self-attentive parsers transfer best to
    languages close to English, while RNN-based parsers do better on distant languages" against "RNN-based
    architectures transfer well to languages that are close to English, while self-attentive models [...]
    perform especially well on distant languages".  A claim clause's subject sits in one of the passage's two
    clauses and most of the words that clause alone writes after it sit in the other; the other claim clause's own
    words sit mostly with that subject (with a subject of its own, that subject sits in the other passage
    clause).  Three or more words in all must cross."""
    ours, theirs = _CONTRAST.split(claim), _CONTRAST.split(passage)
    if len(ours) != 2 or len(theirs) != 2:
        return None
    stems = [_stems_in_order(c) for c in ours]
    p1, p2 = (set(_stems_in_order(c)) for c in theirs)
    where = {w: i for i, side in enumerate((p1 - p2, p2 - p1)) for w in side}
    unique = [[w for w in own if w not in other and w in where] for own, other in ((stems[0], stems[1]),
                                                                                 (stems[1], stems[0]))]
    subjects = [_subject(c, st, set(u)) for c, st, u in zip(ours, stems, unique)]
    if subjects == [None, None]:
        return None
    # the passage clause each claim clause's subject should sit in, were the two swapped
    homes = [where[s] if s else 1 - where[subjects[1 - i]] for i, s in enumerate(subjects)]
    if homes[0] == homes[1]:
        return None
    total = 0
    for words, subject, home in zip(unique, subjects, homes):
        # what is said of a subject comes after it; before it, what it is ("the multi-task (MTL) encoders")
        rest = [where[w] for w in (words[words.index(subject) + 1:] if subject else words)]
        crossed = sum(side != home for side in rest)
        if not crossed or crossed * 2 <= len(rest):
            return None
        total += crossed
    if total < 3:
        return None
    said = " and ".join(stems[i][s] for i, s in enumerate(subjects) if s)
    return (f"subjects swapped between two clauses: the paper says \"{theirs[0].strip()}\" and "
            f"\"{theirs[1].strip(' .')}\"; the claim gives {said} the other's finding")
