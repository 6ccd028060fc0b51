"""Geoparsing benchmark: toponym recognition and resolution on LGL, GeoVirus, GeoWebNews, TR-News.

Scores as in Gritta et al. 2018 ("What's missing in geographical parsing?"): the targets are the
gold toponyms that have coordinates. End to end, a target counts right when a predicted toponym
overlaps its span and resolves within 161 km (a missed target is wrong, with the maximum error
20,039 km for mean, median and AUC); with gold spans, the gold span text itself is resolved in
its article. AUC is the area under the curve of log(1 + error km) / log(20039), lower is better.
"""

from __future__ import annotations

import math
import statistics
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from ..config import Settings
from ..errors import BenchmarkDataError
from ..geo import haversine_km
from . import BenchReport, Track, no_track

# Half the earth's circumference: the error of a target with no prediction.
MAX_KM = 20_039.0
ACC_KM = 161.0


@dataclass
class GoldToponym:
    start: int
    end: int
    text: str
    lat: float | None
    lon: float | None


@dataclass
class GoldArticle:
    text: str
    toponyms: list[GoldToponym]


def _float(node: ET.Element | None) -> float | None:
    if node is None or node.text is None or not node.text.strip():
        return None
    return float(node.text)


def read_corpus(path: str | Path) -> tuple[str, list[GoldArticle]]:
    """Read an LGL/TR-News, GeoVirus or GeoWebNews XML file (format told by its structure).

    Returns:
        The format name and the articles with their gold toponyms.

    Raises:
        BenchmarkDataError: the file is missing or in none of these formats.
    """
    path = Path(path)
    if not path.is_file():
        raise BenchmarkDataError(
            f"{path}: no such file; give a geoparsing corpus XML such as "
            f"../shared/benchmarks/geoparsing/LGL.xml"
        )
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        raise BenchmarkDataError(f"{path}: not XML ({e})") from e
    articles = []
    first = root.find("article")
    if first is None:
        raise BenchmarkDataError(
            f"{path}: no <article> elements; expected LGL, GeoVirus, GeoWebNews or TR-News XML"
        )
    if (
        first.find("toponyms/toponym/gaztag") is not None
        or first.find("toponyms") is not None
        and first.find("toponyms/toponym/extractedName") is None
    ):
        fmt = "lgl"
    elif first.find("locations") is not None:
        fmt = "geovirus"
    else:
        fmt = "geowebnews"
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        tops = []
        if fmt == "geovirus":
            for loc in art.iter("location"):
                tops.append(
                    GoldToponym(
                        int(loc.findtext("start")),
                        int(loc.findtext("end")),
                        loc.findtext("name") or "",
                        _float(loc.find("lat")),
                        _float(loc.find("lon")),
                    )
                )
        else:
            for top in art.iter("toponym"):
                if fmt == "lgl":
                    lat, lon = _float(top.find("gaztag/lat")), _float(top.find("gaztag/lon"))
                    name = top.findtext("phrase") or ""
                else:
                    lat, lon = _float(top.find("latitude")), _float(top.find("longitude"))
                    name = top.findtext("extractedName") or ""
                tops.append(
                    GoldToponym(
                        int(top.findtext("start")), int(top.findtext("end")), name, lat, lon
                    )
                )
        articles.append(GoldArticle(text, tops))
    return fmt, articles


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _auc(errors: list[float]) -> float:
    """Area under the log-error curve (Gritta et al. 2018): the mean scaled log error."""
    if not errors:
        return 0.0
    return sum(math.log(1 + e) / math.log(1 + MAX_KM) for e in errors) / len(errors)


def score_geoparse(
    path: str | Path,
    *,
    settings: Settings | None = None,
    limit: int | None = None,
    track: Track = no_track,
) -> BenchReport:
    """Score the places stage on a geoparsing corpus.

    Args:
        path: LGL/TR-News, GeoVirus or GeoWebNews XML.
        settings: which spaCy model and gazetteer to use.
        limit: score only the first `limit` articles.
        track: progress wrapper.

    Returns:
        A BenchReport whose summary is recognition_f1, acc161, acc161_gold_spans, mean_km,
        median_km, auc (end to end, except acc161_gold_spans).
    """
    import spacy

    from ..nlp.gazetteer import load_gazetteer
    from ..nlp.places import extract_places, resolve_gold_spans

    settings = settings or Settings.load()
    fmt, articles = read_corpus(path)
    if limit is not None:
        articles = articles[:limit]
    nlp = spacy.load(settings.model, disable=["lemmatizer"])
    gazetteer = load_gazetteer(settings.gazetteer)

    n_pred = n_gold = tp = 0
    e2e_err: list[float] = []
    gold_err: list[float] = []
    texts = [a.text for a in articles]
    docs = nlp.pipe(texts, batch_size=settings.batch_size)
    for art, doc in track(zip(articles, docs, strict=True), f"geoparsing {Path(path).name}"):
        places = extract_places(doc, gazetteer)
        n_pred += len(places)
        n_gold += len(art.toponyms)
        matched = set()
        for g in art.toponyms:
            hit = next(
                (
                    i
                    for i, p in enumerate(places)
                    if p.start < g.end and g.start < p.end and i not in matched
                ),
                None,
            )
            if hit is not None:
                matched.add(hit)
                tp += 1
            if g.lat is None or g.lon is None:
                continue
            p = places[hit] if hit is not None else None
            if p is None or p.lat is None:
                e2e_err.append(MAX_KM)
            else:
                e2e_err.append(haversine_km(g.lat, g.lon, p.lat, p.lon))
        targets = [g for g in art.toponyms if g.lat is not None and g.lon is not None]
        resolved = resolve_gold_spans(doc, [(g.start, g.end) for g in targets], gazetteer)
        for g, p in zip(targets, resolved, strict=True):
            gold_err.append(
                MAX_KM if p is None or p.lat is None else haversine_km(g.lat, g.lon, p.lat, p.lon)
            )

    precision, recall, f1 = _prf(tp, n_pred, n_gold)

    def acc(errors: list[float]) -> float:
        return sum(e <= ACC_KM for e in errors) / len(errors) if errors else 0.0

    report = BenchReport(name="geoparse")
    report.rows = [
        ("corpus", f"{Path(path).name} ({fmt}), {len(articles)} articles"),
        ("gold toponyms", n_gold),
        ("targets with coordinates", len(e2e_err)),
        ("predicted toponyms", n_pred),
        ("recognition precision", round(precision, 3)),
        ("recognition recall", round(recall, 3)),
        ("recognition F1", round(f1, 3)),
        ("end to end acc@161km", round(acc(e2e_err), 3)),
        ("end to end mean km", round(statistics.fmean(e2e_err), 1) if e2e_err else 0.0),
        ("end to end median km", round(statistics.median(e2e_err), 1) if e2e_err else 0.0),
        ("end to end AUC", round(_auc(e2e_err), 3)),
        ("gold spans acc@161km", round(acc(gold_err), 3)),
        ("gold spans mean km", round(statistics.fmean(gold_err), 1) if gold_err else 0.0),
        ("gold spans median km", round(statistics.median(gold_err), 1) if gold_err else 0.0),
        ("gold spans AUC", round(_auc(gold_err), 3)),
    ]
    report.summary = {
        "recognition_f1": f1,
        "acc161": acc(e2e_err),
        "acc161_gold_spans": acc(gold_err),
        "mean_km": statistics.fmean(e2e_err) if e2e_err else 0.0,
        "median_km": statistics.median(e2e_err) if e2e_err else 0.0,
        "auc": _auc(e2e_err),
    }
    return report
