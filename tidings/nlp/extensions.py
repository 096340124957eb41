"""The custom attributes tidings sets on spaCy objects (`doc._.actors`, `span._.actor`, ...)."""

from __future__ import annotations

from spacy.tokens import Doc, Span


def register() -> None:
    """Register every tidings extension once per process (idempotent)."""
    doc_attributes = {
        "doc_id": None,  # the tidings document id
        "published": None,  # datetime.date the document is anchored to, or None
        "published_precision": None,  # "day", "month", "year" or None
        "actors": None,  # list[Span]: every resolved actor mention, in text order
    }
    for name, default in doc_attributes.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    if not Span.has_extension("actor"):
        Span.set_extension("actor", default=None)  # tidings.records.Actor or None
    if not Span.has_extension("actor_kind"):
        Span.set_extension("actor_kind", default=None)  # person, country, organization, agent
