"""The geoparsing benchmark reader and scorer on tiny corpora in each supported format."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitroom.bench.geoparse import _auc, read_corpus, score_geoparse
from sitroom.errors import BenchmarkDataError

TEXT = "Floods cut the road between Kandahar and Quetta, officials in Islamabad said."

LGL = f"""<?xml version="1.0" encoding="utf-8"?>
<articles><article docid="1"><dltime>2021-01-02 10:00:00</dltime>
<text><![CDATA[{TEXT}]]></text>
<toponyms count="2">
<toponym><start>28</start><end>36</end><phrase>Kandahar</phrase>
<gaztag geonameid="1138336"><name>Kandahar</name><lat>31.61</lat><lon>65.71</lon></gaztag>
</toponym>
<toponym><start>41</start><end>47</end><phrase>Quetta</phrase>
<gaztag geonameid="1167528"><name>Quetta</name><lat>30.19</lat><lon>67.01</lon></gaztag>
</toponym></toponyms></article></articles>
"""

GEOVIRUS = f"""<articles><article><source>x</source><text>{TEXT}</text><locations>
<location><name>Kandahar</name><start>28</start><end>36</end><lat>31.61</lat><lon>65.71</lon>
<page>x</page></location>
<location><name>Islamabad</name><start>62</start><end>71</end><lat>33.72</lat><lon>73.04</lon>
<page>x</page></location></locations></article></articles>
"""

GEOWEBNEWS = f"""<articles><article file="a1"><title>t</title><link>l</link><text>{TEXT}</text>
<toponyms>
<toponym><extractedName>Quetta</extractedName><type>Literal</type><start>41</start><end>47</end>
<latitude>30.19</latitude><longitude>67.01</longitude></toponym>
<toponym><extractedName>Islamabad</extractedName><type>Literal</type><start>62</start>
<end>71</end><latitude></latitude><longitude></longitude></toponym>
</toponyms></article></articles>
"""


@pytest.mark.parametrize(
    ("xml", "fmt", "names", "with_coords"),
    [
        (LGL, "lgl", ["Kandahar", "Quetta"], 2),
        (GEOVIRUS, "geovirus", ["Kandahar", "Islamabad"], 2),
        (GEOWEBNEWS, "geowebnews", ["Quetta", "Islamabad"], 1),
    ],
)
def test_geoparse_reads_each_format(tmp_path: Path, xml, fmt, names, with_coords) -> None:
    path = tmp_path / "corpus.xml"
    path.write_text(xml, encoding="utf-8")
    got_fmt, articles = read_corpus(path)
    assert got_fmt == fmt
    assert [t.text for t in articles[0].toponyms] == names
    for t in articles[0].toponyms:
        assert TEXT[t.start : t.end] == t.text
    assert sum(t.lat is not None for t in articles[0].toponyms) == with_coords


@pytest.mark.parametrize("content", ["not xml", "<x><y/></x>"])
def test_geoparse_rejects_other_files(tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.xml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BenchmarkDataError):
        read_corpus(path)


@pytest.mark.parametrize(("errors", "auc"), [([0.0, 0.0], 0.0), ([20_039.0], 1.0)])
def test_geoparse_auc_bounds(errors: list[float], auc: float) -> None:
    assert _auc(errors) == pytest.approx(auc)


@pytest.mark.model
def test_geoparse_scores_tiny_corpus(tmp_path: Path) -> None:
    path = tmp_path / "lgl.xml"
    path.write_text(LGL, encoding="utf-8")
    report = score_geoparse(path)
    assert list(report.summary) == [
        "recognition_f1",
        "acc161",
        "acc161_gold_spans",
        "mean_km",
        "median_km",
        "auc",
    ]
    assert report.summary["acc161_gold_spans"] == 1.0
    assert report.last_line().startswith("recognition_f1=")
