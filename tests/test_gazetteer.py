"""The gazetteer: name normalization, lookups, the shipped store and GeoNames imports."""

from __future__ import annotations

import sqlite3
import time
import zipfile
from pathlib import Path

import pytest

from sitroom.errors import ModelError, SitroomError
from sitroom.nlp.gazetteer import (
    Entry,
    GazetteerWriter,
    import_geonames,
    kind_of,
    load_gazetteer,
    normalize_name,
    skeleton,
)


@pytest.mark.parametrize(
    ("raw", "norm"),
    [
        ("Mazār-e Sharīf", "mazar e sharif"),
        ("‘Unābah", "unabah"),
        ("Al-Fashir", "al fashir"),
        ("São Paulo", "sao paulo"),
        ("  Côte d’Ivoire ", "cote divoire"),
    ],
)
def test_gazetteer_normalize_name(raw: str, norm: str) -> None:
    assert normalize_name(raw) == norm


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kandahar", "Qandahar"),
        ("El Fasher", "Al-Fashir"),
        ("Helmand", "Hilmand"),
        ("Mazar", "Mazaar"),
    ],
)
def test_gazetteer_skeleton_joins_transliterations(a: str, b: str) -> None:
    assert skeleton(normalize_name(a)) == skeleton(normalize_name(b))


@pytest.mark.parametrize(
    ("fclass", "fcode", "kind"),
    [
        ("A", "PCLI", "country"),
        ("A", "ADM1", "province"),
        ("A", "ADM2", "district"),
        ("P", "PPLA", "city"),
        ("T", "MTS", "natural"),
        ("H", "STM", "natural"),
        ("L", "RGN", "region"),
    ],
)
def test_gazetteer_kind_of(fclass: str, fcode: str, kind: str) -> None:
    assert kind_of(fclass, fcode) == kind


def _tiny(path: Path) -> Path:
    conn = sqlite3.connect(path)
    w = GazetteerWriter(conn)
    w.add_place(
        Entry(1, "Qandahar", "city", "PPLA", "AF", "AF.23", None, 31.6, 65.7, 390_000),
        ["Qandahar", "Kandahar", "Kandahār"],
    )
    w.add_place(
        Entry(2, "Kandahar", "province", "ADM1", "AF", "AF.23", None, 31.0, 65.5, 1e6),
        ["Kandahar Province"],
    )
    w.add_admin("AF.23", 2, "Kandahar")
    w.add_demonym("Afghan", "AF")
    conn.commit()
    conn.close()
    return path


def test_gazetteer_lookup_by_alternate_name(tmp_path: Path) -> None:
    gaz = load_gazetteer(str(_tiny(tmp_path / "g.sqlite")))
    by_id = {e.id: primary for e, primary in gaz.lookup("KANDAHAR")}
    assert by_id == {1: False, 2: True}
    assert gaz.lookup("kandahar province")[0][0].kind == "province"
    assert gaz.lookup("Nowhere") == []
    assert gaz.admin_name("AF.23") == "Kandahar"
    assert gaz.demonyms["afghan"] == "AF"


def test_gazetteer_fuzzy_finds_variant_spelling(tmp_path: Path) -> None:
    gaz = load_gazetteer(str(_tiny(tmp_path / "g.sqlite")))
    names = {e.name for e, _ in gaz.fuzzy("Qandaher")}
    assert "Qandahar" in names
    assert gaz.fuzzy("Boston") == []


def test_gazetteer_missing_path_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="gazetteer import"):
        load_gazetteer(str(tmp_path / "none.sqlite"))


def test_gazetteer_shipped_loads_fast_with_every_level() -> None:
    t0 = time.perf_counter()
    gaz = load_gazetteer()
    assert time.perf_counter() - t0 < 5  # the acceptance is 2 s; CI machines are shared
    kinds = {e.kind for e, _ in gaz.lookup("Kandahar")}
    assert {"city", "province"} <= kinds
    assert any(e.kind == "district" and e.lat is not None for e, _ in gaz.lookup("Nad Ali"))
    assert gaz.country("SD").lat is not None
    assert gaz.demonyms.get("sudanese") == "SD"


@pytest.mark.parametrize(
    ("written", "country"), [("St. Petersburg", "RU"), ("Mt. Pleasant", "US"), ("Ft. Worth", "US")]
)
def test_gazetteer_short_generic_word_finds_spelled_out_name(written: str, country: str) -> None:
    gaz = load_gazetteer()
    assert any(p and e.country == country for e, p in gaz.lookup(written))


def test_gazetteer_country_points_and_shared_demonyms() -> None:
    gaz = load_gazetteer()
    # Far from its mainland centroid, a country takes the Factbook point (GeoNames' own).
    canada = gaz.country("CA")
    assert abs(canada.lat - 60) < 1 and abs(canada.lon + 95) < 1
    assert gaz.demonyms["chinese"] == "CN"
    # A province sits near its geographic centre, not in its populated south.
    ontario = next(e for e, _ in gaz.lookup("Ontario") if e.kind == "province")
    assert ontario.lat > 47


_DUMP = (
    "9000001\tZarghun Kalay\tZarghun Kalay\tZarghun Kaley,Зарғун\t31.5\t65.1\tP\tPPL\tAF\t\t23\t"
    "2301\t\t\t800\t\t1000\tAsia/Kabul\t2020-01-01\n"
    "9000002\tSpin Ghar Test\tSpin Ghar Test\t\t34.1\t70.2\tT\tMTS\tAF\t\t\t\t\t\t0\t\t3000\t"
    "Asia/Kabul\t2020-01-01\n"
    "9000003\tSome Shop\tSome Shop\t\t34.1\t70.2\tS\tSHOP\tAF\t\t\t\t\t\t0\t\t3000\t"
    "Asia/Kabul\t2020-01-01\n"
)


@pytest.mark.parametrize("zipped", [False, True])
def test_gazetteer_import_geonames_adds_to_shipped(tmp_path: Path, zipped: bool) -> None:
    src = tmp_path / "AF.txt"
    src.write_text(_DUMP, encoding="utf-8")
    if zipped:
        with zipfile.ZipFile(tmp_path / "AF.zip", "w") as zf:
            zf.write(src, "AF.txt")
        src = tmp_path / "AF.zip"
    target = tmp_path / "gaz.sqlite"
    seen = []

    def track(items, description=""):
        seen.append(description)
        yield from items

    assert import_geonames(src, target=target, track=track) == 2  # the shop is left out
    assert seen and "AF" in seen[0]
    gaz = load_gazetteer(str(target))
    village = gaz.lookup("Zarghun Kaley")[0][0]
    assert (village.kind, village.admin1, village.population) == ("city", "AF.23", 800)
    assert gaz.lookup("Spin Ghar Test")[0][0].kind == "natural"
    assert gaz.lookup("Kandahar")  # the shipped places are still there


def test_gazetteer_import_rejects_other_tables(tmp_path: Path) -> None:
    src = tmp_path / "bad.txt"
    src.write_text("name,lat,lon\nKabul,34.5,69.2\n", encoding="utf-8")
    with pytest.raises(SitroomError, match="GeoNames"):
        import_geonames(src, target=tmp_path / "g.sqlite")


@pytest.mark.parametrize(
    ("code", "display"),
    [
        # A nickname's epithet left by stripping "State" is no name ("Golden State").
        ("US.CA", "California"),
        ("ZA.03", "Free State"),
        # Nor a lone compass word: the English form keeps its kind word.
        ("LK.36", "Western Province"),
        # An English alias with a real name still serves ("Helmand Province" -> "Helmand").
        ("AF.10", "Helmand"),
    ],
)
def test_gazetteer_display_name_is_no_lone_generic_adjective(code: str, display: str) -> None:
    gaz = load_gazetteer()
    assert gaz.admin_name(code) == display


def test_gazetteer_nickname_epithet_finds_no_province() -> None:
    gaz = load_gazetteer()
    assert not any(e.kind == "province" and e.country == "US" for e, _ in gaz.lookup("Golden"))


def test_gazetteer_an_arabic_article_as_said_finds_the_name_as_listed() -> None:
    from sitroom.nlp.gazetteer import _article_forms

    assert _article_forms("al sukhnah") == ["as sukhnah", "el sukhnah"]
    assert _article_forms("el fasher") == ["al fasher"]
    assert _article_forms("as sukhnah") == ["al sukhnah", "el sukhnah"]
    assert _article_forms("sukhnah") == []
    assert _article_forms("al") == []
