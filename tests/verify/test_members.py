from synth.verify.members import members_unstated, named_groups

# 2003.11080 p.12 and p.4
GROUPED = ("XTREME includes members of the Afro-Asiatic, [...] Turkic, and Uralic language families as well as of two "
           "isolates, Basque and Korean.")
COUNTED = ("In total, XTREME covers the following 40 languages [...] belonging to 12 language families and two "
           "isolates: af, ar, bg, bn, de, el, en, es, et, eu, fa, fi, fr, he, hi, hu, id, it, ja, jv, ka, kk, ko.")


def test_a_counted_group_named_member_by_member():
    assert named_groups("XTREME covers two language isolates, Basque and Japanese.") == [
        (2, "isolates", frozenset({"Basque", "Japanese"}))]
    assert named_groups(GROUPED) == [(2, "isolates", frozenset({"Basque", "Korean"}))]
    # a list as long as no count, or none at all, names no group's members
    assert named_groups(COUNTED) == []
    assert named_groups("XTREME covers two language isolates.") == []


def test_members_a_passage_does_not_print_bear_nothing_out():
    claim = "Besides its twelve language families, XTREME covers two language isolates, Basque and Japanese."
    assert members_unstated(claim, COUNTED)
    assert members_unstated(claim, GROUPED)
    assert not members_unstated(claim.replace("Japanese", "Korean"), GROUPED)
    # languages counted as such are printed in codes as often as by name
    assert not members_unstated("QADSM comes in three languages, English, French and German.",
                                "QADSM covers 3 languages (en, fr, de).")
