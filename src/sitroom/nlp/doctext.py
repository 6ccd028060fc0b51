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


# A wire dateline opening an article: "NIAMEY - ", "PORT SUDAN — ", "KABUL, Afghanistan (AP) — ",
# "BAMAKO, Oct 3 (Reuters) - ".
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)*(?:,\s*[A-Z][\w.]*(?:\s+[\w.]+){0,2})?"
    r"(?:\s*\([^)\n]{1,40}\))?\s*(?:--?|—|–)\s+"
)


def dateline_end(doc: Doc) -> int:
    """Where the text after an opening wire dateline starts ("NIAMEY - Niger's defence
    ministry said ..."), 0 without one: the dateline is where the report was filed, no part
    of a speaker's name or of what is said."""
    cached = doc.user_data.get("sitroom_dateline")
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    m = _DATELINE.match(doc_text(doc)[:120])
    end = m.end() if m else 0
    doc.user_data["sitroom_dateline"] = (len(doc), end)
    return end
