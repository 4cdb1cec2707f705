"""Which language's held-out data a zero-shot transfer is tuned or selected on: English's (the source) or each
target language's, a choice papers on cross-lingual transfer state and claims about them get wrong ("tune all
hyperparameters on the validation data of each target language" against "All hyper-parameter tuning is done on
English validation data")."""

from __future__ import annotations

import re

_HELD_OUT = r"(?:validation|development|dev|held-out)\s+(?:data|sets?|splits?|examples)"
_TARGET = re.compile(rf"\b{_HELD_OUT}\s+(?:of|in|for)\s+(?:each|every|the)\s+target\s+languages?\b|"
                     rf"\btarget[- ]language\s+{_HELD_OUT}", re.IGNORECASE)
_ENGLISH = re.compile(rf"\bEnglish\s+{_HELD_OUT}|\b{_HELD_OUT}\s+(?:of|in)\s+English\b")


# what held-out data is used for: tuning hyperparameters, selecting a checkpoint or model, stopping early
_TUNING = re.compile(r"\b(?:tun(?:e|es|ed|ing)|select(?:s|ed|ing|ion)?|cho(?:se|ose|oses|osing|sen)|early[- ]stop\w*)\b",
                     re.IGNORECASE)


def held_out_language_swapped(claim: str, passage: str) -> str | None:
    """The claim tunes (or selects models) on the target languages' held-out data where the passage does so on
    English's, or the reverse: what the passage says, else None."""
    if not (_TUNING.search(claim) and _TUNING.search(passage)):
        return None
    for ours, theirs, said in ((_TARGET, _ENGLISH, "English"), (_ENGLISH, _TARGET, "the target languages'")):
        if ours.search(claim) and not theirs.search(claim) and (m := theirs.search(passage)) and not ours.search(passage):
            return f"the paper uses {said} held-out data (\"{m.group(0)}\")"
    return None
