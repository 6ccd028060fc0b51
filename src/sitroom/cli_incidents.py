"""CLI commands over fused incidents: `incidents`, `incident ID` (a dossier) and `timeline`."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from typing import Annotated, Any

import typer
from rich.columns import Columns
from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .cli_common import DbOption, ListFormat, date_option, out, sides, status_text
from .config import Settings
from .errors import IncidentNotFound, SitroomError

CSV_COLUMNS = [
    "id",
    "date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "location",
    "admin1",
    "country",
    "geo_precision",
    "actor1",
    "actor2",
    "fatalities",
    "fatalities_min",
    "fatalities_max",
    "status",
    "independent_sources",
    "report_count",
    "articles",
    "first_reported",
    "outlets",
    "contradictions",
]


SinceOption = Annotated[
    str | None, typer.Option("--since", help="Incidents dated on or after YYYY-MM-DD.")
]
UntilOption = Annotated[
    str | None, typer.Option("--until", help="Incidents dated on or before YYYY-MM-DD.")
]


def _moment(value: str | None) -> dt.datetime | None:
    if value is None:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError as e:
        raise SitroomError(
            f'--changed-since: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM, found "{value}"'
        ) from e
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _json_default(value: Any) -> str:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _dump(data: Any) -> None:
    out.print(
        json.dumps(data, indent=2, ensure_ascii=False, default=_json_default),
        highlight=False,
        markup=False,
    )


def _place(row: dict[str, Any]) -> str:
    return ", ".join(
        str(x) for x in (row.get("location"), row.get("admin1"), row.get("country")) if x
    )


def _toll(row: dict[str, Any]) -> str:
    lo, hi = row.get("fatalities_min"), row.get("fatalities_max")
    if lo is None:
        return ""
    return str(lo) if lo == hi else f"{lo} ({lo}-{hi})"


def _incident_table(rows: list[dict[str, Any]], title: str) -> Table:
    table = Table(title=title, expand=True)
    table.add_column("id", no_wrap=True)
    for col in ("date", "type", "place", "actors", "killed", "status", "sources", "disputes"):
        table.add_column(col, overflow="fold")
    for r in rows:
        if r.get("deleted"):
            last = r["changes"][-1]
            table.add_row(r["id"], "", "[dim]deleted[/dim]", "", "", "", "", "", last["detail"])
            continue
        table.add_row(
            r["id"],
            str(r["date"] or ""),
            r["sub_event_type"],
            _place(r),
            sides(r["actor1"], r["actor2"]),
            _toll(r),
            r["status"],
            f"{r['independent_sources']} of {r['articles']}",
            ", ".join(r["contradictions"]),
        )
    return table


def incidents_cmd(
    since: SinceOption = None,
    until: UntilOption = None,
    country: Annotated[
        str | None, typer.Option(help="ISO 3166 alpha-2 country code, e.g. AF.")
    ] = None,
    event_type: Annotated[
        str | None, typer.Option("--type", help="ACLED event type or sub-event type.")
    ] = None,
    changed_since: Annotated[
        str | None,
        typer.Option(
            "--changed-since",
            help="Only incidents created, edited, merged, split or deleted since this time "
            "(YYYY-MM-DD or ISO time, UTC).",
        ),
    ] = None,
    fmt: Annotated[ListFormat, typer.Option("--format", help="Output format.")] = ListFormat.table,
    db: DbOption = None,
) -> None:
    """List fused incidents: one row per real-world event, with sources counted once."""
    from .store import Store
    from .store.incidents import list_incidents

    settings = Settings.load(db_url=db)
    with Store(settings.db_url) as store, store.engine.connect() as conn:
        rows = list_incidents(
            conn,
            since=date_option(since, "--since"),
            until=date_option(until, "--until"),
            country=country,
            event_type=event_type,
            changed_since=_moment(changed_since),
        )
    if fmt is ListFormat.json:
        _dump(rows)
    elif fmt is ListFormat.csv:
        buffer = io.StringIO()
        writer = csv.DictWriter(
            buffer, fieldnames=[*CSV_COLUMNS, "deleted"], lineterminator="\n", extrasaction="ignore"
        )
        writer.writeheader()
        for r in rows:
            flat = dict(r)
            flat["outlets"] = "; ".join(r.get("outlets", []))
            flat["contradictions"] = "; ".join(r.get("contradictions", []))
            writer.writerow(flat)
        sys.stdout.write(buffer.getvalue())
    else:
        out.print(_incident_table(rows, f"{len(rows)} incident(s)"))


def _account(report: dict[str, Any]) -> Panel:
    """One source's account of the incident."""
    lines = Text()
    loc = report.get("location") or {}
    facts = [
        ("type", report["sub_event_type"]),
        ("date", report.get("date")),
        ("place", loc.get("name")),
        ("actors", sides(report.get("actor1"), report.get("actor2"))),
        ("killed", report.get("fatalities")),
        ("status", status_text(report["status"], report.get("claimed_by"))),
    ]
    for label, value in facts:
        if value not in (None, ""):
            lines.append(f"{label}: ", style="bold")
            lines.append(f"{value}\n")
    for ev in report.get("evidence", []):
        lines.append(f"\u201c{ev['text']}\u201d\n", style="italic")
    for claim in report.get("claims", []):
        style = "red" if claim["stance"] == "denies" else "green"
        who = claim.get("speaker") or "unnamed"
        lines.append(f"{claim['stance']} ({who}): ", style=style)
        lines.append(f"{claim['text']}\n")
    copy = report.get("source_group")
    title = f"{report.get('outlet') or 'unknown outlet'} \u2014 {report['published']}"
    if copy and copy != report["key"]:
        title += " [copy]"
    return Panel(lines, title=title, subtitle=report["key"], width=48)


def incident_cmd(
    incident_id: Annotated[str, typer.Argument(help="The incident id, e.g. inc-1a2b3c4d5e.")],
    fmt: Annotated[
        ListFormat, typer.Option("--format", help="Output format (table is the dossier).")
    ] = ListFormat.table,
    db: DbOption = None,
) -> None:
    """Show an incident's dossier: each source's account side by side, claims, contradictions."""
    from .store import Store
    from .store.incidents import get_incident

    settings = Settings.load(db_url=db)
    with Store(settings.db_url) as store, store.engine.connect() as conn:
        record = get_incident(conn, incident_id)
    if record is None:
        raise IncidentNotFound(
            f"no incident {incident_id!r} in the store; list them with `sitroom incidents`"
        )
    if fmt is not ListFormat.table:
        _dump(record)
        return
    loc = record.get("location") or {}
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column()
    head.add_row("type", f"{record['event_type']} / {record['sub_event_type']}")
    head.add_row("date", f"{record.get('date')} (precision {record['time_precision']})")
    place = ", ".join(str(x) for x in (loc.get("name"), loc.get("admin1"), loc.get("country")) if x)
    head.add_row("place", place)
    head.add_row("actors", sides(record.get("actor1"), record.get("actor2")))
    head.add_row("fatalities", _toll(record) or "not reported")
    head.add_row("status", record["status"])
    head.add_row(
        "sources",
        f"{record['independent_sources']} independent of {len(record['reports'])} report(s): "
        + ", ".join(record["outlets"]),
    )
    head.add_row("first reported", str(record["first_reported"]))
    out.print(Panel(head, title=record["id"]))
    out.print(Columns([_account(r) for r in record["reports"]]))
    if record["contradictions"]:
        table = Table(title="contradictions", expand=True)
        table.add_column("kind")
        table.add_column("what each side says", overflow="fold")
        outlet = {r["key"]: r.get("outlet") or r["key"] for r in record["reports"]}
        for c in record["contradictions"]:
            said = "\n".join(
                f"{k}: {', '.join(outlet.get(key, key) for key in v)}"
                for k, v in c["values"].items()
            )
            table.add_row(c["kind"], said)
        out.print(table)
    if record.get("changes"):
        history = Group(
            *(Text(f"{c['changed_at']}  {c['kind']}: {c['detail']}") for c in record["changes"])
        )
        out.print(Panel(history, title="history"))


def timeline_cmd(
    place: Annotated[
        str | None, typer.Option(help="Part of a place, district or province name.")
    ] = None,
    actor: Annotated[str | None, typer.Option(help="Part of an actor's name.")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    db: DbOption = None,
) -> None:
    """Incidents in date order for a place or an actor."""
    from .store import Store
    from .store.incidents import timeline

    settings = Settings.load(db_url=db)
    with Store(settings.db_url) as store, store.engine.connect() as conn:
        rows = timeline(
            conn,
            place=place,
            actor=actor,
            since=date_option(since, "--since"),
            until=date_option(until, "--until"),
        )
    table = Table(title=f"timeline: {len(rows)} incident(s)", expand=True)
    for col in ("date", "what", "where", "who", "killed", "status", "id"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(
            str(r["date"] or f"({r['first_reported']})"),
            r["sub_event_type"],
            _place(r),
            sides(r["actor1"], r["actor2"]),
            _toll(r),
            f"{r['status']}, {r['independent_sources']} source(s)",
            r["id"],
        )
    out.print(table)


def register(app: typer.Typer) -> None:
    """Add the `incidents`, `incident` and `timeline` commands to the sitroom CLI."""
    app.command(name="incidents")(incidents_cmd)
    app.command(name="incident")(incident_cmd)
    app.command(name="timeline")(timeline_cmd)
