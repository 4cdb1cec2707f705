from synth.retrieve.queries import plan_queries

QUESTION = ("How does the robustness of multilingual encoders in zero-shot cross-lingual transfer vary on "
            "XTREME-R across language families or typological features?")


def test_default_question_plans_queries_with_synonyms_and_reasons():
    plan = plan_queries(QUESTION, ["2104.08645"])
    searches = [q.search for q in plan.queries]
    whys = " | ".join(q.why for q in plan.queries)
    assert len(plan.queries) >= 5 and plan.seeds == ["2104.08645"]
    assert searches[0] == 'abs:"multilingual encoder" AND abs:"zero-shot cross-lingual"'
    assert any('abs:XTREME' in s and 'abs:"XTREME-R"' in s for s in searches)  # XTREME-R ~ XTREME
    assert any('abs:mBERT' in s and 'abs:"XLM-R"' in s for s in searches)  # multilingual encoder ~ mBERT / XLM-R
    robust = next(s for s in searches if "randomized smoothing" in s)
    assert 'abs:"adversarial training"' in robust and robust.endswith('AND abs:"cross-lingual"')
    assert 'benchmark named in the question ("XTREME-R")' in whys and "within cross-lingual work" in whys
    names = {g.name: g for g in plan.groups}
    assert "XLM-R" in names["multilingual encoder"].aliases and names["XTREME / XTREME-R"].weight == 2.0
    assert "zero-shot cross-lingual" in names["zero-shot cross-lingual transfer"].aliases  # the question's words


def test_unknown_names_and_plain_words_still_plan():
    plan = plan_queries("Does label smoothing help GLUE-X accuracy of DeBERTa?")
    searches = [q.search for q in plan.queries]
    assert searches[0] == "all:label AND all:smoothing AND all:help"
    assert 'abs:"GLUE-X"' in searches and "abs:DeBERTa" in searches
    assert {"GLUE-X", "DeBERTa", "accuracy"} <= {g.name for g in plan.groups}


def test_question_without_content_words_plans_nothing():
    assert plan_queries("how does it?").queries == []
