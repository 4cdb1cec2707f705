from synth.verify.components import component_kinds, kinds_meet, other_component

CLAIM = ("In Ahmad et al.'s encoder comparison, the self-attention encoder with absolute position embeddings paired "
         "with the stack-pointer decoder averages about 60 UAS.")
# 1811.00570 p.6
CONTEXT = ("Table 3: Comparisons of different encoders (averaged results over all languages on the original training "
           "sets). To empirically verify this point, we conduct controlled comparisons on various encoders with the "
           "same graph-based decoder. Table 3 shows the average performances in all languages.")


def test_the_kinds_a_text_gives_its_components():
    assert component_kinds(CLAIM) == {"encoder": {"self-attention"}, "decoder": {"stack-pointer"}}
    assert component_kinds(CONTEXT) == {"decoder": {"graph-based"}}


def test_a_table_of_another_kind_of_component_is_not_the_claims():
    assert "stack-pointer decoder is not the table's graph-based decoder" in other_component(CLAIM, CONTEXT)
    assert other_component(CLAIM.replace("stack-pointer", "graph-based"), CONTEXT) is None
    assert other_component("SelfAtt-Absolute averages about 60 UAS.", CONTEXT) is None


def test_kinds_meet_however_hyphenated():
    # 1911.01464 p.4 prints "graphbased" where a line-end hyphen was dropped
    assert kinds_meet({"graph-based"}, {"graphbased"})
    assert not kinds_meet({"stack-pointer"}, {"graphbased"})
    assert other_component("a graph-based parser", "The task-specific layer is a graphbased parser.") is None
