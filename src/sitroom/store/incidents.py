"""Incidents in the store: fused reports of one real-world event, their change log and queries.

Each incident is kept as a row of filterable columns plus its whole record (JSON of
`fusion_models.Incident`), with one row per report (which incident holds which article's event)
and an append-only log of what each fusion changed. The store never imports spaCy; fusion
itself is `sitroom.fusion.fuse`, which sees only models.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Date,
    DateTime,
    Integer,
    String,
    Table,
    Text,
    and_,
    delete,
    or_,
    select,
    text,
)

from ..fusion import fuse
from ..fusion_models import Incident
from ..models import Reading
from . import schema

log = logging.getLogger("sitroom")

incidents = Table(
    "incidents",
    schema.metadata,
    Column("id", String(40), primary_key=True),
    *schema.coded_event_columns(),
    Column("fatalities_min", Integer),
    Column("fatalities_max", Integer),
    Column("status", String(20), nullable=False),
    Column("independent_sources", Integer, nullable=False),
    Column("report_count", Integer, nullable=False),
    Column("first_reported", Date, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    # The whole fusion_models.Incident as JSON: reports, claims, contradictions.
    Column("record", Text, nullable=False),
)

# Which incident holds each report (an article's event); one incident per report.
incident_reports = Table(
    "incident_reports",
    schema.metadata,
    Column("report_key", String(60), primary_key=True),
    Column("incident_id", String(40), nullable=False),
    Column("article_id", String(16), nullable=False),
    Column("event_id", String(20), nullable=False),
)

# Append-only log of what fusion changed: created, updated, merged, split, deleted.
incident_changes = Table(
    "incident_changes",
    schema.metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("incident_id", String(40), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("detail", Text, nullable=False),
    Column("related", Text, nullable=False),  # space-separated incident ids
    Column("reports", Text, nullable=False),  # space-separated report keys
    Column("changed_at", DateTime(timezone=True), nullable=False),
)


def _create_incident_tables(conn: Connection) -> None:
    for table in (incidents, incident_reports, incident_changes):
        table.create(conn)


def _index_incident_filters(conn: Connection) -> None:
    # Plain DDL (see store/migrations.py): `incidents` filters by date, country and type, and
    # ingest looks incidents up by report and by time window.
    for name, table, column in (
        ("ix_incidents_date", "incidents", "date"),
        ("ix_incidents_country", "incidents", "country"),
        ("ix_incidents_type", "incidents", "event_type"),
        ("ix_incident_reports_incident", "incident_reports", "incident_id"),
        ("ix_incident_reports_article", "incident_reports", "article_id"),
        ("ix_incident_changes_at", "incident_changes", "changed_at"),
        ("ix_incident_changes_incident", "incident_changes", "incident_id"),
    ):
        conn.execute(text(f"CREATE INDEX {name} ON {table} ({column})"))


# Named migrations for the incident tables, applied after the core ones in store/migrations.py.
# Append only: a released migration is never edited or reordered.
MIGRATIONS: list[tuple[str, Callable[[Connection], None]]] = [
    ("0101_incident_tables", _create_incident_tables),
    ("0102_incident_indexes", _index_incident_filters),
]

# Candidate incidents for a new report: those dated within this many days of it (a month-level
# date spans up to 31 days, and fusion allows two more days of slack either side).
CANDIDATE_WINDOW_DAYS = 40


def _candidate_incidents(conn: Connection, readings: list[Reading]) -> list[Incident]:
    """Stored incidents the new reports could join: same country (or unknown), near in time."""
    conditions = []
    for reading in readings:
        for ev in reading.events:
            day = ev.date or reading.document.published
            window = dt.timedelta(days=CANDIDATE_WINDOW_DAYS)
            when = or_(
                incidents.c.date.is_(None), incidents.c.date.between(day - window, day + window)
            )
            country = ev.location.country if ev.location else None
            where = (
                when
                if country is None
                else and_(when, or_(incidents.c.country.is_(None), incidents.c.country == country))
            )
            conditions.append(where)
    doc_ids = [r.document.id for r in readings]
    # Incidents holding earlier reports of these articles (a re-read replaces them).
    held = select(incident_reports.c.incident_id).where(incident_reports.c.article_id.in_(doc_ids))
    conditions.append(incidents.c.id.in_(held))
    rows = conn.execute(select(incidents.c.record).where(or_(*conditions)))
    return [Incident.model_validate_json(raw) for (raw,) in rows]


def _incident_row(inc: Incident, now: dt.datetime) -> dict[str, Any]:
    return {
        "id": inc.id,
        **schema.coded_event_values(inc),
        "fatalities_min": inc.fatalities_min,
        "fatalities_max": inc.fatalities_max,
        "status": inc.status,
        "independent_sources": inc.independent_sources,
        "report_count": len(inc.reports),
        "first_reported": inc.first_reported,
        "updated_at": now,
        "record": inc.model_dump_json(),
    }


def _write(conn: Connection, inc: Incident, now: dt.datetime) -> None:
    conn.execute(incidents.insert().values(**_incident_row(inc, now)))
    conn.execute(
        incident_reports.insert(),
        [
            {
                "report_key": r.key,
                "incident_id": inc.id,
                "article_id": r.document_id,
                "event_id": r.event_id,
            }
            for r in inc.reports
        ],
    )


def _remove(conn: Connection, incident_id: str) -> None:
    conn.execute(delete(incident_reports).where(incident_reports.c.incident_id == incident_id))
    conn.execute(delete(incidents).where(incidents.c.id == incident_id))


def update_incidents(conn: Connection, readings: list[Reading]) -> None:
    """Fuse the event reports of newly stored readings into incidents (same transaction).

    Candidate incidents (same country, dated near the new events, or holding reports of these
    articles) are fused again with the new reports; what changed is written back and logged.

    Args:
        conn: the open connection of the ingest transaction.
        readings: readings just stored.
    """
    if not any(r.events for r in readings):
        return
    candidates = _candidate_incidents(conn, readings)
    result = fuse(readings, incidents=candidates)
    now = dt.datetime.now(dt.UTC)
    fused = result.by_id()
    # Remove every touched incident before writing any: reports move between incidents in a
    # merge or split, and each report belongs to one incident at a time.
    touched = list(dict.fromkeys(c.incident_id for c in result.changes))
    for incident_id in touched:
        _remove(conn, incident_id)
    for incident_id in touched:
        if incident_id in fused:
            _write(conn, fused[incident_id], now)
    if result.changes:
        conn.execute(
            incident_changes.insert(),
            [
                {
                    "incident_id": c.incident_id,
                    "kind": c.kind,
                    "detail": c.detail,
                    "related": " ".join(c.related),
                    "reports": " ".join(c.reports),
                    "changed_at": now,
                }
                for c in result.changes
            ],
        )
    log.debug("fusion: %d candidate incidents, %d changes", len(candidates), len(result.changes))


def _summary(row: Any) -> dict[str, Any]:
    data = dict(row._mapping)
    record = json.loads(data.pop("record"))
    data.pop("updated_at", None)
    data["outlets"] = record.get("outlets", [])
    data["articles"] = len({r["document_id"] for r in record.get("reports", [])})
    data["contradictions"] = [c["kind"] for c in record.get("contradictions", [])]
    return data


def _changes(
    conn: Connection,
    incident_ids: list[str] | None = None,
    *,
    since: dt.datetime | None = None,
) -> list[dict[str, Any]]:
    query = select(incident_changes).order_by(incident_changes.c.seq)
    if incident_ids is not None:
        query = query.where(incident_changes.c.incident_id.in_(incident_ids))
    if since is not None:
        moment = _as_utc(since).astimezone(dt.UTC)
        if conn.dialect.name == "sqlite":
            moment = moment.replace(tzinfo=None)  # SQLite keeps the UTC times without a zone
        query = query.where(incident_changes.c.changed_at >= moment)
    out = []
    for row in conn.execute(query):
        data = dict(row._mapping)
        data["related"] = data["related"].split()
        data["reports"] = data["reports"].split()
        out.append(data)
    return out


def list_incidents(
    conn: Connection,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    country: str | None = None,
    event_type: str | None = None,
    changed_since: dt.datetime | None = None,
) -> list[dict[str, Any]]:
    """Stored incidents matching the filters, newest first.

    Args:
        conn: an open connection.
        since: keep incidents dated on or after this day.
        until: keep incidents dated on or before this day.
        country: ISO 3166 alpha-2 code.
        event_type: an ACLED event type or sub-event type (case-insensitive).
        changed_since: keep incidents created, updated, merged, split or deleted at or after
            this time; deleted ones come as `{"id", "deleted": True, "changes"}`. Each incident
            then carries its `changes` since that time.

    Returns:
        One summary dict per incident (the columns, outlets, contradiction kinds).
    """
    conditions = schema.coded_event_filters(
        incidents, since=since, until=until, country=country, event_type=event_type
    )
    changed: dict[str, list[dict[str, Any]]] = {}
    if changed_since is not None:
        for change in _changes(conn, since=changed_since):
            changed.setdefault(change["incident_id"], []).append(change)
        conditions.append(incidents.c.id.in_(list(changed)))
    query = (
        select(incidents)
        .where(and_(True, *conditions))
        .order_by(incidents.c.date.desc(), incidents.c.id)
    )
    out = [_summary(row) for row in conn.execute(query)]
    if changed_since is not None:
        for item in out:
            item["changes"] = changed[item["id"]]
        present = {item["id"] for item in out}
        for incident_id, changes in changed.items():
            if incident_id not in present and changes[-1]["kind"] == "deleted":
                out.append({"id": incident_id, "deleted": True, "changes": changes})
    return out


def _as_utc(moment: dt.datetime) -> dt.datetime:
    # SQLite hands back naive datetimes; they were written in UTC.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def get_incident(conn: Connection, incident_id: str) -> dict[str, Any] | None:
    """One incident's dossier, or None when there is no such incident.

    Returns:
        The full incident record (reports with outlet, evidence and claims; contradictions)
        plus its `changes`, oldest first.
    """
    raw = conn.scalar(select(incidents.c.record).where(incidents.c.id == incident_id))
    if raw is None:
        return None
    record = Incident.model_validate_json(raw).to_dict()
    record["changes"] = [
        {**c, "changed_at": _as_utc(c["changed_at"]).isoformat()}
        for c in _changes(conn, [incident_id])
    ]
    return record


def timeline(
    conn: Connection,
    *,
    place: str | None = None,
    actor: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[dict[str, Any]]:
    """Incidents in date order, filtered by place, actor and date range.

    Args:
        conn: an open connection.
        place: part of the location name, district or province (case-insensitive).
        actor: part of either actor's name (case-insensitive).
        since: keep incidents dated on or after this day.
        until: keep incidents dated on or before this day.
    """
    conditions = []
    if place:
        like = f"%{place}%"
        conditions.append(
            or_(
                incidents.c.location.ilike(like),
                incidents.c.admin1.ilike(like),
                incidents.c.admin2.ilike(like),
            )
        )
    if actor:
        like = f"%{actor}%"
        conditions.append(or_(incidents.c.actor1.ilike(like), incidents.c.actor2.ilike(like)))
    if since is not None:
        conditions.append(incidents.c.date >= since)
    if until is not None:
        conditions.append(incidents.c.date <= until)
    query = (
        select(incidents)
        .where(and_(True, *conditions))
        .order_by(
            incidents.c.date.is_(None), incidents.c.date, incidents.c.first_reported, incidents.c.id
        )
    )
    return [_summary(row) for row in conn.execute(query)]
