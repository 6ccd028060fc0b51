"""A Doc's text, built once: spaCy joins every token each time `doc.text` is asked for."""

from __future__ import annotations

import re

from spacy.tokens import Doc


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per Doc: the stages ask for it per candidate, place or draft.

    The stored text carries its Doc's token count, so a Doc made from another's data rebuilds
    its own.
    """
    cached = doc.user_data.get("sitroom_text")
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    text = doc.text
    doc.user_data["sitroom_text"] = (len(doc), text)
    return text


def outlet_spans(doc: Doc) -> list[tuple[int, int]]:
    """Where the article names its own outlet ("..., the Black Sea Post found"): a name that is
    neither a place nor a new actor. Empty when the outlet is not known
    (`doc._.sitroom_outlet`)."""
    outlet = doc._.sitroom_outlet if Doc.has_extension("sitroom_outlet") else None
    name = re.sub(r"^(?:the|The)\s+", "", (outlet or "").strip())
    if len(name) < 3:
        return []
    pattern = r"(?<![\w-])(?:[Tt]he\s+)?" + re.escape(name) + r"(?![\w-])"
    return [(m.start(), m.end()) for m in re.finditer(pattern, doc_text(doc))]
