"""The evaluation settings a claim or a table may name: how a model met the language it is scored on."""

SETTINGS = frozenset({"zero-shot", "few-shot", "translate-train", "translate-train-all", "translate-test", "supervised"})
