"""The API docs page: plain HTML rendered from the OpenAPI schema on the server.

Swagger UI and ReDoc load scripts from a CDN and run inline scripts; this page needs
neither, so it works offline and under the strict Content-Security-Policy.
"""

from __future__ import annotations

from html import escape
from typing import Any

STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; max-width: 62rem; margin: 2rem auto; padding: 0 1rem;
       color: #1d2330; }
h1 { margin-bottom: 0; } h2 { margin-top: 2.2rem; border-bottom: 1px solid #d5d9e0; }
code, .path { font-family: ui-monospace, monospace; }
.method { display: inline-block; min-width: 3.6rem; font-weight: 700; }
.get { color: #1b6e3a; } .post { color: #9a4d00; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: .25rem .5rem;
         border-bottom: 1px solid #e6e8ec; }
.muted { color: #5d6675; }
"""


def _type(schema: dict[str, Any]) -> str:
    """A short human description of a parameter's schema and constraints."""
    if "anyOf" in schema:
        options = [s for s in schema["anyOf"] if s.get("type") != "null"]
        merged = {**schema, **(options[0] if len(options) == 1 else {})}
        merged.pop("anyOf")
        return _type(merged) if len(options) == 1 else " or ".join(_type(s) for s in options)
    parts = [schema.get("type", "")]
    if "enum" in schema:
        parts = ["one of " + ", ".join(str(v) for v in schema["enum"])]
    for key, label in (("minimum", "≥"), ("maximum", "≤"), ("maxLength", "max length ")):
        if key in schema:
            parts.append(f"{label}{schema[key]}")
    if "pattern" in schema:
        parts.append(f"pattern {schema['pattern']}")
    if "default" in schema:
        parts.append(f"default {schema['default']}")
    return ", ".join(p for p in parts if p)


def _parameters(parameters: list[dict[str, Any]]) -> str:
    if not parameters:
        return ""
    rows = "".join(
        "<tr><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td></tr>".format(
            escape(p["name"]),
            escape(p["in"]),
            escape(_type(p.get("schema", {}))),
            escape(p.get("description", "")),
        )
        for p in parameters
    )
    return (
        f"<table><tr><th>parameter</th><th>in</th><th>type</th><th>meaning</th></tr>{rows}</table>"
    )


def render(openapi: dict[str, Any]) -> str:
    """The docs page for an OpenAPI document."""
    info = openapi.get("info", {})
    sections = []
    for path, operations in openapi.get("paths", {}).items():
        for method, op in operations.items():
            responses = ", ".join(
                f"{code} {escape(r.get('description', ''))}"
                for code, r in op.get("responses", {}).items()
            )
            sections.append(
                f'<h2><span class="method {method}">{method.upper()}</span> '
                f'<span class="path">{escape(path)}</span></h2>'
                f"<p>{escape(op.get('summary', ''))}</p>"
                f'<p class="muted">{escape(op.get("description", ""))}</p>'
                f"{_parameters(op.get('parameters', []))}"
                f'<p class="muted">Responses: {responses}</p>'
            )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(info.get('title', 'API'))} API</title>"
        '<link rel="stylesheet" href="/docs/docs.css"></head><body>'
        f"<h1>{escape(info.get('title', 'API'))} API</h1>"
        f'<p class="muted">version {escape(str(info.get("version", "")))} · '
        'machine-readable schema: <a href="/openapi.json">/openapi.json</a></p>'
        f"<p>{escape(info.get('description', ''))}</p>" + "".join(sections) + "</body></html>"
    )
