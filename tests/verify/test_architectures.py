"""Kinds of network a claim and a passage give a component (architectures)."""

from synth.verify.architectures import network_kinds, network_swapped


def test_kinds_of_network_are_read_from_names_and_words():
    assert network_kinds("RNN is utilized to record the decoding trajectory") == {"recurrent"}
    assert network_kinds("a BiLSTM encoder") == {"recurrent"}
    assert network_kinds("a self-attention network") == {"self-attention"}
    assert network_kinds("a Transformer encoder") == {"self-attention"}
    assert network_kinds("the decoding trajectory") == set()


def test_another_kind_of_network_for_the_same_job_is_a_swap():
    passage = "In this Stack-Pointer decoder, RNN is utilized to record the decoding trajectory."
    assert network_swapped("The stack-pointer decoder keeps track of its decoding trajectory with a self-attention "
                           "network.", passage) == "the claim says a self-attention network, the paper a recurrent one"
    assert network_swapped("The stack-pointer decoder records its decoding trajectory with an RNN.", passage) is None
    # a claim naming no kind, or two, and a passage naming two say nothing of a swap
    assert network_swapped("The stack-pointer decoder records its decoding trajectory.", passage) is None
    assert network_swapped("A Transformer rather than an RNN records the trajectory.", passage) is None
    assert network_swapped("A Transformer records the trajectory.", "An RNN and a CNN record it.") is None
