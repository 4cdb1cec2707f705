"""A claim comparing a model trained in the language it is tested on with the same model transferred from
English ("fully supervised XLM-R is 16.5 points ahead of XLM-R fine-tuned on English and transferred zero-shot"),
which a table prints as a "Fully Supervised" column beside a source-language one ("Cross-lingual / eng")."""

from __future__ import annotations

import re

# training in the target language: "fully supervised", "fine-tuned on Umbundu itself", "fine-tuned on the Uzbek
# training set itself", "fine-tuned on its own training data" (not "unsupervised", "self-supervised")
_IN_LANGUAGE = re.compile(
    r"(?<![\w-])(?:fully[\s-]+)?supervised\b|\bin-language\s+(?:training|fine-tuning|data)\b|"
    r"\b(?:fine-?tuned|trained|training)\s+(?:only\s+)?on\s+(?:(?:its|their)\s+own\b|"
    r"(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s+(?:training\s+(?:set|data)\s+)?itself\b)")
# transfer from English: "fine-tuned only on English data", "transferred zero-shot from English" (not a model
# prompted zero-shot: "zero-shot-prompted GPT-3.5-Turbo", "zero-shot GPT-4 prompting")
_FROM_ENGLISH = re.compile(r"\b(?:(?:fine-?tuned|trained)\s+(?:only\s+)?on\s+English\b|transferred\b|"
                           r"zero-shot\b(?![\w\s.-]{0,30}?\bprompt)|"
                           r"cross-lingual\s+transfer\b)")


def in_language_first(text: str) -> bool | None:
    """Whether a claim comparing in-language training with transfer from English writes the in-language side
    first (True) or the transfer first (False); None for a claim not comparing the two."""
    own, transfer = _IN_LANGUAGE.search(text), _FROM_ENGLISH.search(text)
    if own is None or transfer is None:
        return None
    return own.start() < transfer.start()
