"""Translation directions of a claim against those a table names."""

from synth.records import Table, TableCell
from synth.verify.directions import claimed_directions, directions_in_order, other_direction_only, table_directions


def _table(rows: list[str]) -> Table:
    # 1901.07291 p.7, Table 3: rows "ro →en", "ro ↔en", "ro ↔en + BT"
    cells = [TableCell(row=i, column=1, text="35.3", row_header=[r], column_header=["MLM"], value=35.3)
             for i, r in enumerate(rows)]
    return Table(paper="1901.07291", page=7, label="Table 3", caption="Results on supervised MT.", cells=cells)


def test_the_claims_direction_is_read_from_names_and_codes():
    assert claimed_directions("the supervised English-to-Romanian (en→ro) system") == {("en", "ro")}
    assert claimed_directions("translating Romanian into English") == {("ro", "en")}
    assert claimed_directions("on English, Romanian and German") == set()


def test_the_claims_directions_in_the_order_it_writes_them():
    assert directions_in_order("22.7 BLEU for English-to-German and 30.5 for German-to-English") == [
        ("en", "de"), ("de", "en")]
    assert directions_in_order("30.5 for German-to-English and 22.7 for English-to-German") == [
        ("de", "en"), ("en", "de")]


def _other_only(claim: str, table: Table) -> bool:
    return other_direction_only(claimed_directions(claim), table_directions(table))


def test_a_table_of_the_other_direction_only_is_not_the_claims():
    table = _table(["ro →en", "ro ↔en", "ro ↔en + BT"])
    assert table_directions(table) == {("ro", "en")}
    assert _other_only("The English-to-Romanian system reaches about 36 BLEU.", table)
    assert not _other_only("The Romanian-to-English system reaches 35.3 BLEU.", table)
    assert not _other_only("The Romanian-English system reaches 35.3 BLEU.", table)  # no direction claimed
    assert not _other_only("The English-to-Romanian system reaches 35.3 BLEU.", _table(["MLM", "CLM"]))
