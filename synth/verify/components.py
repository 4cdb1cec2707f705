"""Which kind of a model's component a text is about: "paired with the stack-pointer decoder" is not a table the
paper introduces as "controlled comparisons on various encoders with the same graph-based decoder".
"""

from __future__ import annotations

import re

_HEADS = ("decoder", "encoder", "parser", "tokenizer", "classifier")
_COMPONENT = re.compile(rf"(?<!['’])\b(?P<kind>[A-Za-z][\w-]*)\s+(?P<head>{'|'.join(_HEADS)})s?\b", re.IGNORECASE)
# words before a component that say which one it is not: "the same decoder", "various encoders", "our parser"
_NOT_A_KIND = {"the", "a", "an", "same", "different", "various", "several", "each", "every", "both", "our", "their",
               "its", "this", "that", "these", "those", "other", "one", "two", "three", "new", "whole", "and", "or",
               "with", "of", "to", "for", "on", "in", "by", "an", "any", "all", "as", "is", "are", "two-layer"}


# kinds of architecture, as opposed to what a component is used for or trained on ("zero-shot parser", "English
# parser", "aligned-ELMo parser"): a paper naming another of these for the same component contradicts a claim
# (written without hyphens, as a line end may have dropped them: "graphbased")
ARCHITECTURES = frozenset(a.replace("-", "") for a in (
    "graph-based", "transition-based", "stack-pointer", "biaffine", "arc-factored", "arc-eager", "arc-standard",
    "shift-reduce", "pointer", "crf", "lstm", "bilstm", "rnn", "transformer", "self-attention", "self-attentive",
    "linear", "mlp", "convolutional", "cnn", "autoregressive", "non-autoregressive"))


def architecture(kind: str) -> bool:
    """Whether a component's kind is an architecture ("graph-based"), not a use ("zero-shot")."""
    return kind.replace("-", "") in ARCHITECTURES


def component_kinds(text: str) -> dict[str, set[str]]:
    """The kinds a text gives each component it names ({"decoder": {"graph-based"}})."""
    found: dict[str, set[str]] = {}
    for m in _COMPONENT.finditer(text):
        kind = m.group("kind").lower()
        if kind not in _NOT_A_KIND:
            found.setdefault(m.group("head").lower(), set()).add(kind)
    return found


def kinds_meet(ours: set[str], theirs: set[str]) -> bool:
    """Whether two sets of kinds share one, however hyphenated ("graph-based", "graphbased" from a line end)."""
    return bool({k.replace("-", "") for k in ours} & {k.replace("-", "") for k in theirs})


def other_component(claim: str, context: str) -> str | None:
    """The kind of a component the context (a table's caption and the sentences citing it) names where the claim
    names another kind of it ("stack-pointer decoder" against "the same graph-based decoder")."""
    ours, theirs = component_kinds(claim), component_kinds(context)
    for head, kinds in ours.items():
        if theirs.get(head) and not kinds_meet(kinds, theirs[head]):
            return (f"the claim's {', '.join(sorted(kinds))} {head} is not the table's "
                    f"{', '.join(sorted(theirs[head]))} {head}")
    return None
