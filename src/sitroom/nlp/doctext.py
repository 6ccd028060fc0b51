"""A Doc's text, built once: spaCy joins every token each time `doc.text` is asked for."""

from __future__ import annotations

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
