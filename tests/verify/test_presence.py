from synth.verify.presence import absence_stated, presence_stated


def test_what_the_claim_says_is_absent_stated_as_present():
    why = presence_stated("Layer-0 representations are bare token embeddings, with no position or segment embeddings "
                          "mixed in.", "Note that representations from layer 0 include position and segment embeddings "
                                       "besides the token embeddings.")
    assert why and "include position and segment embeddings" in why
    assert presence_stated("They used the machine translations without any human check.",
                           "Samples of these machine translated versions have been checked by humans.")
    # nor is it said of what the claim is about when no other word is shared
    assert presence_stated("The model is trained without any anchor points.",
                           "Anchor points have a clear effect on performance.") is None


def test_a_passage_saying_it_is_absent_too_states_no_presence():
    assert presence_stated("They used the translations without any human check.",
                           "The translations were never checked by humans.") is None
    assert presence_stated("The model is trained with no parallel data.",
                           "We train it without parallel data.") is None


def test_one_word_is_too_little_to_say_what_is_absent():
    assert presence_stated("XLM-R is trained without supervision.", "XLM-R uses supervision from MNLI.") is None


def test_what_the_claim_uses_set_aside_by_the_passage():
    # 2005.00396 p.3
    passage = ("We obtain the embeddings as before and compute a sentence embedding simply by averaging vectors across "
               "all tokens in a sentence (ignoring CLS and SEP tokens).")
    why = absence_stated("Dufter and Schütze represent each sentence by the embedding of its [CLS] token.", passage)
    assert why == 'the claim uses what the paper leaves out: "ignoring CLS and SEP tokens"'
    assert absence_stated("They represent each sentence by averaging the vectors of all its tokens.", passage) is None
    # a claim that itself sets the token aside says what the paper says
    assert absence_stated("They represent each sentence without its [CLS] token embedding.", passage) is None


def test_a_setting_made_by_adding_more_of_it_states_no_presence():
    # 1911.01464 p.5: the paper's "Extra anchors" setting, not the model trained without them
    claim = ("To train a bilingual masked language model with no anchor points at all, the authors attach a language "
             "prefix to every word.")
    assert presence_stated(claim, "We additionally increase anchor points by using a bilingual dictionary to create "
                                  "code switch data for training bilingual MLM (Extra anchors).") is None
    assert presence_stated(claim, "Each bilingual language model is trained with anchor points shared between "
                                  "the two vocabularies.")
