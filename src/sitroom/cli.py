"""The sitroom command line: thin Typer commands over the library."""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import io
import json
import logging
import sys
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from .cli_common import DbOption, ListFormat, date_option, err, out, sides, status_text
from .config import Settings
from .errors import SitroomError
from .ingest import read_article
from .models import Article, Reading

T = TypeVar("T")

app = typer.Typer(
    help="sitroom: turn dated conflict news into a sourced event record.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
bench_app = typer.Typer(
    help="Score a stage on a public benchmark read by path.", no_args_is_help=True
)
gazetteer_app = typer.Typer(help="Manage the offline gazetteer.", no_args_is_help=True)
app.add_typer(bench_app, name="bench")
app.add_typer(gazetteer_app, name="gazetteer")

log = logging.getLogger("sitroom")


class ReadFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


PublishedOption = Annotated[
    str | None,
    typer.Option(
        "--published",
        help="Publication date YYYY-MM-DD for files without a date header (wins over it).",
    ),
]
ThoroughOption = Annotated[
    bool,
    typer.Option(
        "--thorough",
        help="Also decide speech cues with MiniLM (the embed extra): the cue model the PolNeAR "
        "benchmark scores, at about half the speed. Or SITROOM_THOROUGH=1.",
    ),
]


@app.callback()
def _root(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks and debug logs.")] = False,
) -> None:
    logging.basicConfig(
        level=logging.DEBUG if debug else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )


def track(items: Iterable[T], description: str = "") -> Iterator[T]:
    """Iterate with a progress bar on stderr (drawn only when stderr is a terminal)."""
    total = len(items) if hasattr(items, "__len__") else None  # type: ignore[arg-type]
    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    ) as progress:
        yield from progress.track(items, total=total, description=description)


def _load_articles(paths: list[Path], published: dt.date | None) -> tuple[list[Article], list[str]]:
    """The readable articles and one message per file that is not."""
    articles, failures = [], []
    for path in paths:
        try:
            articles.append(read_article(path, published=published))
        except SitroomError as e:
            failures.append(str(e))
    return articles, failures


def _report_failures(failures: list[str]) -> None:
    for message in failures:
        err.print(f"[red]error[/red]: {message}", highlight=False, markup=True)


def _reader(settings: Settings) -> Any:
    from .reader import Reader

    return Reader(settings)


@app.command()
def read(
    paths: Annotated[
        list[Path], typer.Argument(help="Article files: a date header, then the text.")
    ],
    published: PublishedOption = None,
    fmt: Annotated[ReadFormat, typer.Option("--format", help="Output format.")] = ReadFormat.json,
    thorough: ThoroughOption = False,
) -> None:
    """Read articles and print their readings (the JSON contract) or a table of events, claims."""
    articles, failures = _load_articles(paths, date_option(published, "--published"))
    _report_failures(failures)
    settings = Settings.load(thorough=thorough or None)
    readings = list(_reader(settings).read_many(articles, track=track)) if articles else []
    if fmt is ReadFormat.jsonl:
        for reading in readings:
            out.print(reading.to_json(indent=None), highlight=False, markup=False)
    elif fmt is ReadFormat.json:
        data: Any = [r.to_dict() for r in readings]
        if len(paths) == 1 and len(readings) == 1:
            data = data[0]
        out.print(json.dumps(data, indent=2, ensure_ascii=False), highlight=False, markup=False)
    else:
        for reading in readings:
            _print_reading_table(reading)
    if failures:
        raise typer.Exit(1)


def _clip(text: str, limit: int = 90) -> str:
    """One line of at most `limit` characters: the table shows where to look, the JSON has all."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _print_reading_table(reading: Reading) -> None:
    doc = reading.document
    out.rule(f"{doc.path or doc.id} · published {doc.published} · {doc.outlet or 'outlet unknown'}")
    events = Table(title="Events", show_lines=False, expand=True)
    for col in ("id", "type", "date", "place", "actors", "killed", "status", "evidence"):
        events.add_column(col, overflow="fold")
    for ev in reading.events:
        loc = ev.location
        place = (
            f"{loc.name} ({loc.admin1 or loc.country or '?'}, p{loc.geo_precision})" if loc else "-"
        )
        date = f"{ev.date or '?'} (p{ev.time_precision})"
        actors = sides(ev.actor1, ev.actor2)
        status = status_text(ev.status, ev.claimed_by)
        evidence = _clip(ev.evidence[0].text) if ev.evidence else ""
        killed = "-" if ev.fatalities is None else str(ev.fatalities)
        events.add_row(
            ev.id,
            f"{ev.event_type}: {ev.sub_event_type}",
            date,
            place,
            actors,
            killed,
            status,
            evidence,
        )
    out.print(events)
    claims = Table(title="Claims", expand=True)
    for col in ("id", "speaker", "channel", "stance", "cue", "events", "text"):
        claims.add_column(col, overflow="fold")
    for cl in reading.claims:
        speaker = cl.speaker or "?"
        if cl.speaker_group and cl.speaker_group != cl.speaker:
            speaker += f" ({cl.speaker_group})"
        events_ = " ".join(cl.events)
        claims.add_row(cl.id, speaker, cl.channel, cl.stance, cl.cue, events_, _clip(cl.text))
    out.print(claims)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Article files to read and store.")],
    db: DbOption = None,
    published: PublishedOption = None,
    thorough: ThoroughOption = False,
) -> None:
    """Read articles and store them with their events and claims (each article once, by content)."""
    from .store import Store

    settings = Settings.load(db_url=db, thorough=thorough or None)
    articles, failures = _load_articles(paths, date_option(published, "--published"))
    _report_failures(failures)
    with Store(settings.db_url) as store:
        seen: set[str] = set()
        fresh = []
        for article in articles:
            if article.id not in seen and not store.has_article(article.id):
                fresh.append(article)
            seen.add(article.id)
        stored = 0
        if fresh:
            for article, reading in zip(
                fresh, _reader(settings).read_many(fresh, track=track), strict=True
            ):
                stored += store.ingest(article, reading)
    already = len(articles) - stored
    err.print(f"stored {stored} article(s); {already} already stored; {len(failures)} failed")
    if failures:
        raise typer.Exit(1)


EVENT_CSV_COLUMNS = (
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
    "status",
    "claimed_by",
    "source",
    "source_url",
    "notes",
    "article_id",
    "event_id",
)


def _acled_row(row: dict[str, Any]) -> dict[str, Any]:
    """A stored event in ACLED's column names (status and claimed_by are sitroom's additions)."""
    return {
        "event_date": row["date"].isoformat() if row["date"] else "",
        "time_precision": row["time_precision"],
        "event_type": row["event_type"],
        "sub_event_type": row["sub_event_type"],
        "actor1": row["actor1"] or "",
        "actor2": row["actor2"] or "",
        "country": row["country"] or "",
        "admin1": row["admin1"] or "",
        "admin2": row["admin2"] or "",
        "location": row["location"] or "",
        "latitude": row["lat"] if row["lat"] is not None else "",
        "longitude": row["lon"] if row["lon"] is not None else "",
        "geo_precision": row["geo_precision"] or "",
        "fatalities": row["fatalities"] if row["fatalities"] is not None else "",
        "status": row["status"],
        "claimed_by": row["claimed_by"] or "",
        "source": row["outlet"] or "",
        "source_url": row["url"] or "",
        "notes": row["evidence"] or "",
        "article_id": row["article_id"],
        "event_id": row["event_id"],
    }


@app.command()
def events(
    since: Annotated[str | None, typer.Option(help="Events on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Events on or before YYYY-MM-DD.")] = None,
    country: Annotated[
        str | None, typer.Option(help="ISO 3166 alpha-2 country code, e.g. AF.")
    ] = None,
    event_type: Annotated[
        str | None, typer.Option("--type", help="ACLED event type or sub-event type.")
    ] = None,
    fmt: Annotated[ListFormat, typer.Option("--format", help="Output format.")] = ListFormat.table,
    db: DbOption = None,
) -> None:
    """List stored events with their outlet and evidence."""
    from .store import Store

    settings = Settings.load(db_url=db)
    with Store(settings.db_url) as store:
        rows = store.events(
            since=date_option(since, "--since"),
            until=date_option(until, "--until"),
            country=country,
            event_type=event_type,
        )
    acled = [_acled_row(r) for r in rows]
    if fmt is ListFormat.json:
        out.print(json.dumps(acled, indent=2, ensure_ascii=False), highlight=False, markup=False)
    elif fmt is ListFormat.csv:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=EVENT_CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(acled)
        sys.stdout.write(buffer.getvalue())
    else:
        table = Table(title=f"{len(acled)} event(s)", expand=True)
        for col in ("date", "type", "place", "actors", "killed", "status", "source", "evidence"):
            table.add_column(col, overflow="fold")
        for r in acled:
            table.add_row(
                r["event_date"],
                r["sub_event_type"],
                ", ".join(x for x in (r["location"], r["admin1"], r["country"]) if x),
                sides(r["actor1"], r["actor2"]),
                str(r["fatalities"]),
                r["status"] + (f" ({r['claimed_by']})" if r["claimed_by"] else ""),
                r["source"],
                r["notes"],
            )
        out.print(table)


@app.command(name="eval")
def evaluate_cmd(
    gold: Annotated[
        Path, typer.Argument(help="A gold file, or a directory of <stem>.gold.json files.")
    ],
    paths: Annotated[list[Path], typer.Argument(help="The articles the gold describes.")],
    published: PublishedOption = None,
    thorough: ThoroughOption = False,
) -> None:
    """Score readings of articles against gold files (CONTRACT.md's gold format)."""
    from .evaluate import find_gold, load_gold, score_reading, total

    articles, failures = _load_articles(paths, date_option(published, "--published"))
    _report_failures(failures)
    golds = [load_gold(find_gold(gold, a.path or "")) for a in articles]
    scores = []
    for article, reading, gold_data in zip(
        articles,
        _reader(Settings.load(thorough=thorough or None)).read_many(articles, track=track),
        golds,
        strict=True,
    ):
        scores.append(score_reading(gold_data, reading, name=Path(article.path or article.id).name))
    overall = total(scores)
    table = Table(title="Evaluation against gold", expand=False)
    for col in (
        "article",
        "events strict P/R/F1",
        "lenient P/R/F1",
        "status",
        "actors",
        "claims P/R/F1",
    ):
        table.add_column(col)
    table.add_column("times")
    table.add_column("places@161km")
    for s in [*scores, overall] if len(scores) > 1 else scores:
        table.add_row(
            s.name,
            _prf(s.events_strict),
            _prf(s.events_lenient),
            str(s.status),
            str(s.actors),
            _prf(s.claims),
            str(s.times),
            str(s.places),
        )
    out.print(table)
    for s in scores:
        for note in s.notes:
            out.print(f"  {s.name}: {note}", highlight=False, markup=False)
    out.print(
        " ".join(f"{k}={v:.3f}" for k, v in overall.summary().items()),
        highlight=False,
        markup=False,
    )
    if failures:
        raise typer.Exit(1)


def _prf(c: Any) -> str:
    return f"{c.precision:.2f}/{c.recall:.2f}/{c.f1:.2f}"


def _print_bench(report: Any) -> None:
    for label, value in report.rows:
        text = f"{value:.3f}" if isinstance(value, float) else str(value)
        out.print(f"{label}: {text}", highlight=False, markup=False)
    out.print(report.last_line(), highlight=False, markup=False)


@bench_app.command("tempeval")
def bench_tempeval(
    directory: Annotated[Path, typer.Argument(help="A directory of TimeML .tml files.")],
) -> None:
    """Time expressions: strict/relaxed span F1, type accuracy and value F1 (TempEval-3)."""
    from .bench.tempeval import score_tempeval

    _print_bench(score_tempeval(directory, track=track))


@bench_app.command("geoparse")
def bench_geoparse(
    path: Annotated[Path, typer.Argument(help="An LGL, GeoVirus, GeoWebNews or TR-News XML file.")],
    limit: Annotated[int | None, typer.Option(help="Score only the first N articles.")] = None,
) -> None:
    """Places: toponym recognition F1, acc@161km end to end and with gold spans, error km, AUC."""
    from .bench.geoparse import score_geoparse

    _print_bench(score_geoparse(path, settings=Settings.load(), limit=limit, track=track))


@bench_app.command("case2021")
def bench_case2021(
    path: Annotated[Path, typer.Argument(help="A CASE 2021 Task 2 TSV file.")],
    train_on: Annotated[Path | None, typer.Option(help="Train on this TSV first.")] = None,
    cv_folds: Annotated[
        int | None, typer.Option(help="Estimate by k-fold cross-validation on PATH itself.")
    ] = None,
    cv_seed: Annotated[
        int | None,
        typer.Option(help="Seed of the fold split (one split differs from another by ~1 point)."),
    ] = None,
) -> None:
    """Event typing: weighted, micro and macro F1 for CASE 2021 Task 2 subtasks a, b, c."""
    from .bench.case2021 import CV_SEED, score_case2021

    seed = CV_SEED if cv_seed is None else cv_seed
    _print_bench(
        score_case2021(path, train_on=train_on, cv_folds=cv_folds, cv_seed=seed, track=track)
    )


@bench_app.command("polnear")
def bench_polnear(
    directory: Annotated[Path, typer.Argument(help="A directory of PolNeAR BRAT .txt/.ann files.")],
    cv_folds: Annotated[
        int | None,
        typer.Option(
            help="Cross-validate: retrain the cue model on the other folds of DIR; 0 scores the "
            "shipped model. Default: 5 folds on the documents the shipped model was trained on "
            "(dev), else the shipped model (the test compartment)."
        ),
    ] = None,
    fold_seed: Annotated[
        int, typer.Option(help="Seed of the document shuffle before the folds are dealt.")
    ] = 0,
) -> None:
    """Attribution: Source, Cue and Content span P/R/F1 and whole-attribution F1 (PolNeAR)."""
    from .bench.polnear import cross_validate_polnear, default_folds, score_polnear

    if cv_folds is None:
        cv_folds = default_folds(directory)
    if cv_folds:
        _print_bench(
            cross_validate_polnear(directory, folds=cv_folds, fold_seed=fold_seed, track=track)
        )
    else:
        _print_bench(score_polnear(directory, track=track))


@bench_app.command("emergent")
def bench_emergent(
    path: Annotated[Path, typer.Argument(help="An Emergent CSV file.")],
    cv_folds: Annotated[
        int | None,
        typer.Option(
            help="Folds, grouped by claim; 0 scores the shipped model. Default: cross-validate "
            "on the claims the shipped model was trained on (the train split), else score it "
            "(the test split)."
        ),
    ] = None,
    fold_seed: Annotated[int, typer.Option(help="Seed of the fold assignment.")] = 0,
) -> None:
    """Stance of headlines toward claims: accuracy and macro F1 (Emergent)."""
    from .bench.emergent import score_emergent

    _print_bench(score_emergent(path, cv_folds=cv_folds, fold_seed=fold_seed, track=track))


@bench_app.command("ecbplus")
def bench_ecbplus(
    directory: Annotated[Path, typer.Argument(help="The ECB+ directory (or a topic directory).")],
    gold_mentions: Annotated[
        Path | None, typer.Option(help="Gold event mentions (barhom2019_cybulska_setup).")
    ] = None,
    sentences: Annotated[
        Path | None, typer.Option(help="ECBplus_coreference_sentences.csv.")
    ] = None,
) -> None:
    """Cross-document event coreference: MUC, B3, CEAF-e and CoNLL F1 (ECB+)."""
    from .bench.ecbplus import score_ecbplus

    _print_bench(
        score_ecbplus(directory, gold_mentions=gold_mentions, sentences=sentences, track=track)
    )


@gazetteer_app.command("import")
def gazetteer_import(
    source: Annotated[
        Path, typer.Argument(help="A GeoNames dump: allCountries, AF, cities500 (.txt/.zip).")
    ],
    target: Annotated[
        Path | None, typer.Option(help="The SQLite gazetteer to write [default: the user's one].")
    ] = None,
) -> None:
    """Import a full GeoNames dump for every village; use it with SITROOM_GAZETTEER=PATH."""
    from .nlp.gazetteer import import_geonames

    rows = import_geonames(source, target=target, track=track)
    err.print(f"imported {rows:,} places from {source}")


if importlib.util.find_spec("sitroom.cli_incidents") is not None:
    from .cli_incidents import register

    register(app)


def main() -> None:
    """Entry point: run the CLI; a SitroomError is one line on stderr and exit status 1."""
    debug = "--debug" in sys.argv
    try:
        app()
    except SitroomError as e:
        if debug:
            raise
        err.print(f"[red]error[/red]: {e}", highlight=False)
        sys.exit(1)
