"""What a claim says is absent, stated as present: "bare token embeddings, with no position or segment embeddings
mixed in" against "representations from layer 0 include position and segment embeddings"; "without any human
check of the machine translations" against "samples [...] have been checked by humans".  And the other way round:
what a claim says is used, set aside ("by the embedding of its [CLS] token" against "averaging vectors across all
tokens in a sentence (ignoring CLS and SEP tokens)").
"""

from __future__ import annotations

import re

from synth.verify.claim_facts import content_words, negated

# what the claim says is absent: the few words after the cue, up to a clause's end
_ABSENT = re.compile(r"\b(?:with\s+no|without(?:\s+any)?|lacks?|lacking|free\s+of|excluding)\s+"
                     r"(?P<what>(?:[\w-]+\s+){0,4}?[\w-]+)(?=\s+(?:mixed|added|used|involved|of|in|at|for|from)\b|[,.;)]|$)",
                     re.IGNORECASE)
_GENERIC = {"addit", "other", "further", "extra", "kind", "form", "sort", "type"}  # stems saying nothing of what
_CLAUSE_END = re.compile(r"[;:()]|,\s|\s(?:but|while|whereas|although)\s", re.IGNORECASE)
_DENYING = re.compile(r"\b(?:no|without|never)\b|n[’']t\b", re.IGNORECASE)
# "we additionally increase anchor points": a setting made by adding more of it, not the one the claim says lacks it
_VARIED = re.compile(r"\b(?:increas\w*|augment\w*|additionally|extra|more)\b", re.IGNORECASE)
WINDOW = 8  # words within which a clause must write all of what is absent
ABSENT_WORDS = 2  # the fewest content words what is absent must have
ABOUT_WORDS = 1  # the fewest other words of the claim the clause must share: what it is said of


def _window_holds(clause: str, wanted: set[str]) -> bool:
    words = clause.split()
    for i in range(len(words)):
        if wanted <= content_words(" ".join(words[i:i + WINDOW])):
            return True
    return False


def presence_stated(claim: str, passage: str) -> str | None:
    """A clause of the passage, not negated, writing every content word of what the claim says is absent
    (at least two) within a few words, and sharing other words with the claim (what it is said of)."""
    ours = content_words(claim)
    for m in _ABSENT.finditer(claim):
        wanted = content_words(m.group("what")) - _GENERIC
        if len(wanted) < ABSENT_WORDS:
            continue
        for clause in _CLAUSE_END.split(passage):
            # ("Anchor points have a clear effect" says nothing of the model the claim trains without them)
            about = (content_words(clause) - wanted) & (ours - wanted)
            if (not negated(clause) and not _DENYING.search(clause) and not _VARIED.search(clause)
                    and len(about) >= ABOUT_WORDS
                    and _window_holds(clause, wanted)):
                return (f"the claim says it is {m.group(0).strip()}, the paper says it is there: \"{clause.strip()}\"")
    return None


# what a passage sets aside: "(ignoring CLS and SEP tokens)", "excluding punctuation"
_SET_ASIDE = re.compile(r"\b(?:ignoring|excluding|leaving\s+out|discarding)\s+(?:the\s+)?(?P<what>[^,;:()]{1,60}?)"
                        r"(?=\s*[,;:().]|$)", re.IGNORECASE)
_ITEMS = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)")
_USE_DENIED = re.compile(r"\b(?:no|not|without|never|rather\s+than|instead\s+of|ignor\w*|exclud\w*)\b",
                         re.IGNORECASE)


def absence_stated(claim: str, passage: str) -> str | None:
    """A passage setting aside ("ignoring", "excluding") a thing the claim says is used, each item of its list read
    with the noun the list ends in ("CLS and SEP tokens": the CLS token, the SEP token), where the claim writes
    one item's words and denies nothing, and shares other words with the passage's clause (what it is said of)."""
    if _USE_DENIED.search(claim):
        return None
    ours = content_words(claim)
    for m in _SET_ASIDE.finditer(passage):
        items = [i for i in _ITEMS.split(m.group("what").strip()) if i]
        head = items[-1].split()[-1] if len(items[-1].split()) > 1 else ""
        clause = passage[:m.start()]
        for item in items:
            wanted = content_words(f"{item} {head}" if head and not item.endswith(head) else item)
            about = (content_words(clause) - wanted) & (ours - wanted)
            if len(wanted) >= ABSENT_WORDS and wanted <= ours and len(about) >= ABOUT_WORDS:
                return f"the claim uses what the paper leaves out: \"{m.group(0).strip()}\""
    return None
