"""Benchmark scorers: each reads a public evaluation format by path and returns a BenchReport."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

T = TypeVar("T")

# A progress wrapper: the CLI passes one that draws a bar; library callers get the identity.
Track = Callable[[Iterable[T], str], Iterable[T]]


def no_track(items: Iterable[T], description: str = "") -> Iterator[T]:
    """The progress wrapper that shows nothing."""
    yield from items


@dataclass
class BenchReport:
    """What a scorer found.

    Attributes:
        name: the benchmark, e.g. "tempeval".
        rows: the full report, one (label, value) pair a line, printed in order.
        summary: the headline figures, printed last as `key=value` (three decimals) in order.
    """

    name: str
    rows: list[tuple[str, Any]] = field(default_factory=list)
    summary: dict[str, float] = field(default_factory=dict)

    def last_line(self) -> str:
        """The summary as one `key=value ...` line, fractions to three decimals."""
        return " ".join(
            f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in self.summary.items()
        )
