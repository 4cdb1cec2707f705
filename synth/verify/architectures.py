"""Kinds of network a text gives a component: "keeps track of its decoding trajectory with a self-attention network"
against "RNN is utilized to record the decoding trajectory" gives the same job to another kind of network.
"""

from __future__ import annotations

import re

_KINDS = {
    "recurrent": re.compile(r"\b(?:RNNs?|(?:Bi)?LSTMs?|GRUs?|recurrent)\b", re.IGNORECASE),
    "self-attention": re.compile(r"\b(?:self-attention|self-attentive|Transformers?)\b", re.IGNORECASE),
    "convolutional": re.compile(r"\b(?:CNNs?|convolutional)\b", re.IGNORECASE),
}


def network_kinds(text: str) -> set[str]:
    """The kinds of network a text names ("RNN", "self-attention network", "Transformer")."""
    return {kind for kind, pattern in _KINDS.items() if pattern.search(text)}


def network_swapped(claim: str, passage: str) -> str | None:
    """Why the passage gives the claim's job to another kind of network, or None: each names exactly one kind, and
    they differ."""
    ours, theirs = network_kinds(claim), network_kinds(passage)
    if len(ours) != 1 or len(theirs) != 1 or ours == theirs:
        return None
    return f"the claim says a {ours.pop()} network, the paper a {theirs.pop()} one"
