"""Fusion at scale: synthetic event reports fused in one run, 10k then 100k, timed.

The generator draws incidents over 50 countries of 20 provinces with towns, each told by one to
four outlets with the disagreements real reports have (a day either side, another subtype of the
same family, a different toll, a province instead of the town), grouped into articles of one to
three events. A corpus ten times larger covers ten times the days (as a longer collection does),
so the density of reports per place and day is the same at both sizes.

Usage: python benchmarks/fusion_scale.py [--sizes 10000 100000] [--seed 7]
Last line: fuse_10k_s=... fuse_100k_s=... ratio=...
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time

from sitroom.fusion import fuse
from sitroom.models import EVENT_TYPES, Document, Event, Evidence, Location, Reading

START = dt.date(2015, 1, 1)
COUNTRIES = [chr(65 + i // 26) + chr(65 + i % 26) for i in range(50)]  # two-letter codes
PROVINCES = 20
TOWNS = 15
REPORTS_PER_DAY = 27  # about ACLED's daily volume for a region this size
FAMILY_TYPES = [
    ("Battles", "Armed clash"),
    ("Battles", "Non-state actor overtakes territory"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Violence against civilians", "Attack"),
    ("Violence against civilians", "Abduction/forced disappearance"),
    ("Protests", "Peaceful protest"),
    ("Riots", "Mob violence"),
    ("Strategic developments", "Arrests"),
]
ACTORS = ["Army", "Police", "Rebel Front", "Militia A", "Militia B", "Civilians", "Protesters"]
OUTLETS = [f"Outlet {i}" for i in range(40)]
WORDS = (
    "fighters troops attacked village market checkpoint convoy killed wounded residents said"
).split()


def _town(rng: random.Random) -> Location:
    country = rng.choice(COUNTRIES)
    province = rng.randrange(PROVINCES)
    town = rng.randrange(TOWNS)
    lat = (COUNTRIES.index(country) % 10) * 5.0 + province * 0.2 + town * 0.05
    lon = (COUNTRIES.index(country) // 10) * 10.0 + province * 0.3 + town * 0.07
    return Location(
        name=f"{country}-P{province}-T{town}",
        country=country,
        admin1=f"{country}-P{province}",
        lat=lat,
        lon=lon,
        geo_precision=1,
    )


def synthetic_readings(n_reports: int, *, seed: int = 7) -> list[Reading]:
    """About `n_reports` event reports in readings of one to three events each."""
    rng = random.Random(seed)
    days = max(365, n_reports // REPORTS_PER_DAY)
    pending: list[tuple[dt.date, Event]] = []
    while len(pending) < n_reports:
        day = START + dt.timedelta(days=rng.randrange(days))
        place = _town(rng)
        etype, sub = rng.choice(FAMILY_TYPES)
        actors = rng.sample(ACTORS, 2)
        toll = rng.choice([None, 0, 1, 3, 5, 12])
        words = rng.sample(WORDS, 7)
        for _ in range(rng.choice([1, 1, 2, 2, 3, 4])):
            date = day + dt.timedelta(days=rng.choice([0, 0, 0, 1]))
            loc = place
            if rng.random() < 0.15:
                loc = Location(
                    name=place.admin1 or "",
                    country=place.country,
                    admin1=place.admin1,
                    geo_precision=3,
                )
            rsub, rtype = sub, etype
            if rng.random() < 0.1:
                rtype = etype
                rsub = rng.choice(EVENT_TYPES[etype])
            fat = toll if rng.random() < 0.7 or toll is None else toll + rng.randrange(1, 6)
            text = " ".join(rng.sample(words, 5) + [loc.name])
            pending.append(
                (
                    date + dt.timedelta(days=rng.choice([0, 1, 1, 2])),
                    Event(
                        id="ev0",
                        event_type=rtype,
                        sub_event_type=rsub,
                        date=date,
                        time_precision=1,
                        location=loc,
                        actor1=actors[0],
                        actor2=actors[1] if rng.random() < 0.6 else None,
                        fatalities=fat,
                        evidence=[Evidence(start=0, end=len(text), text=text)],
                    ),
                )
            )
    rng.shuffle(pending)
    readings = []
    i = 0
    while i < n_reports:
        size = rng.choice([1, 1, 2, 3])
        group = pending[i : i + size]
        i += size
        published = max(p for p, _ in group)
        doc_id = f"{len(readings):016x}"
        events = [ev.model_copy(update={"id": f"ev{k + 1}"}) for k, (_, ev) in enumerate(group)]
        readings.append(
            Reading(
                document=Document(id=doc_id, published=published, outlet=rng.choice(OUTLETS)),
                events=events,
            )
        )
    return readings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    times: dict[int, float] = {}
    for size in args.sizes:
        readings = synthetic_readings(size, seed=args.seed)
        reports = sum(len(r.events) for r in readings)
        start, cpu = time.perf_counter(), time.process_time()
        result = fuse(readings)
        times[size] = time.perf_counter() - start
        cpu = time.process_time() - cpu
        print(
            f"{reports} reports in {len(readings)} articles -> {len(result.incidents)} incidents "
            f"in {times[size]:.1f} s ({cpu:.1f} s CPU)"
        )
    parts = [f"fuse_{size // 1000}k_s={t:.2f}" for size, t in times.items()]
    if len(times) >= 2:
        first, last = args.sizes[0], args.sizes[-1]
        parts.append(f"ratio={times[last] / times[first]:.2f}")
    print(" ".join(parts))


if __name__ == "__main__":
    main()
