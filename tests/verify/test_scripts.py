from synth.verify.scripts import claimed_script, claimed_scripts, header_scripts


def test_a_script_the_claim_names_by_its_iso_15924_code():
    assert claimed_script("AfroXLMR-76 reaches 26% on the languages written in the Adlam script") == "Adlm"
    assert claimed_script("languages in N'Ko script score lowest") == "Nkoo"
    assert claimed_script("Tifinagh-script languages") == "Tfng"
    # a language name is no script unless the claim says script; two scripts name no one column
    assert claimed_script("Thai accuracy drops") is None
    assert claimed_script("Latin and Cyrillic scripts") is None


def test_the_script_codes_a_header_prints():
    assert header_scripts(["Script", "Ethi", "(2)"]) == {"Ethi"}
    assert header_scripts(["Latn / (47)"]) == {"Latn"}
    assert header_scripts(["Thai"]) == {"Thai"}
    assert header_scripts(["Arabic"]) == set()


def test_every_script_a_claim_names():
    claim = ("AfroXLMR-61 averages 77.3% accuracy on the four Arabic-script languages and 84.1% on the two languages "
             "written in Ethiopic script.")
    assert claimed_scripts(claim) == {"Arab", "Ethi"}
    assert claimed_script(claim) is None  # not one script alone
