"""TempEval-3 scorer: TimeML reading, one-to-one span matching, and the summary line."""

from __future__ import annotations

import datetime as dt

import pytest

from sitroom.bench.tempeval import GoldTimex, _Counts, _match, read_timeml, score_tempeval
from sitroom.errors import SitroomError

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-09-06"
 functionInDocument="CREATION_TIME">2021-09-06</TIMEX3></DCT>
<TEXT>
Rebels <EVENT eid="e1" class="OCCURRENCE">shelled</EVENT> the port
<TIMEX3 tid="t1" type="DATE" value="2021-09-05">Sunday</TIMEX3> &amp; again
<TIMEX3 tid="t2" type="DATE" value="2021-09-06">today</TIMEX3>, after fighting for
<TIMEX3 tid="t3" type="DURATION" value="P3D">three days</TIMEX3>.
</TEXT>
</TimeML>
"""


@pytest.fixture()
def tml_dir(tmp_path):
    (tmp_path / "x1.tml").write_text(TML, encoding="utf-8")
    return tmp_path


def test_tempeval_reads_text_dct_and_offsets(tml_dir):
    doc = read_timeml(tml_dir / "x1.tml")
    assert doc.dct == dt.date(2021, 9, 6)
    assert [t.text for t in doc.timexes] == ["Sunday", "today", "three days"]
    assert all(doc.text[t.start : t.end] == t.text for t in doc.timexes)
    assert "&" in doc.text and "<EVENT" not in doc.text


@pytest.mark.parametrize(
    ("system", "strict", "relaxed", "values"),
    [
        ([(0, 6, "DATE", "2021-09-05")], 1, 1, 1),
        ([(0, 10, "DATE", "2021-09-05")], 0, 1, 1),
        ([(0, 6, "DATE", "2021-09-04")], 1, 1, 0),
        ([(20, 26, "DATE", "2021-09-05")], 0, 0, 0),
        ([(0, 3, "DATE", "2021-09-05"), (3, 6, "DATE", "2021-09-05")], 0, 1, 1),
    ],
)
def test_tempeval_matches_one_to_one(system, strict, relaxed, values):
    counts = _Counts()
    _match([GoldTimex(0, 6, "Sunday", "DATE", "2021-09-05")], system, counts)
    assert (counts.strict, counts.relaxed, counts.value_ok) == (strict, relaxed, values)
    assert counts.system == len(system)


def test_tempeval_rejects_a_folder_without_timeml(tmp_path):
    with pytest.raises(SitroomError, match="no .tml files"):
        score_tempeval(tmp_path)


@pytest.mark.model
def test_tempeval_scores_a_directory(tml_dir):
    report = score_tempeval(tml_dir)
    assert report.name == "tempeval"
    assert set(report.summary) == {"strict_f1", "relaxed_f1", "value_f1"}
    assert report.summary["strict_f1"] == pytest.approx(1.0)
    assert report.last_line().startswith("strict_f1=1.000 relaxed_f1=1.000")
