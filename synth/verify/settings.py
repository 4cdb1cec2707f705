"""The evaluation settings a claim or a table may name: how a model met the language it is scored on."""

# ("supervised" is a table's name for in-language training, "Supervised (RNN-Graph)" beside transfer columns)
SETTINGS = frozenset({"zero-shot", "few-shot", "translate-train", "translate-train-all", "translate-test", "supervised"})
