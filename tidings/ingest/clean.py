"""Plain-text cleaning: normalize characters, drop page clutter, find the headline.

Text copied out of news pages carries the page around the article: buttons ("Close",
"Share"), link boxes ("Related videos:"), photo credits, newsletter pitches, tag lists and
author boxes. Left in, they end up in sentence splitting, quotes and event evidence. This
module removes them line by line, using the rules in ``tidings/data/clutter.yaml`` (the
rules are data; this file holds only the logic), and records every removed line with the
rule that removed it so that the cleaning can be audited.

Every step is linear in the size of the input: regexes run only on lines no longer than a
rule's ``max_chars``, so a 10 MB single-line input costs one pass of string methods.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

__all__ = ["CleanedText", "RemovedLine", "clean_plain_text", "normalize_text"]

CLUTTER_RULES_PATH = Path(__file__).resolve().parent.parent / "data" / "clutter.yaml"


@dataclass(frozen=True)
class RemovedLine:
    text: str  # the removed line as it was (after normalize_text)
    rule: str  # name of the clutter rule that removed it (from clutter.yaml)


@dataclass(frozen=True)
class CleanedText:
    text: str  # cleaned body, WITHOUT the title line; paragraphs separated by "\n\n"
    title: str | None  # detected headline, or None
    removed: tuple[RemovedLine, ...]


# --------------------------------------------------------------------------- normalize

# Line separators other than \n, so that every later stage sees one kind of line break.
_LINE_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")
# Invisible characters: BOM and zero-width characters, bidi embeddings/isolates and marks,
# soft hyphen, and C0/C1 control characters other than tab and newline.
_INVISIBLE = re.compile(
    r"[\u200b-\u200f\ufeff\u2060\u202a-\u202e\u2066-\u2069\u061c\u00ad"
    r"\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]"
)
_INVISIBLE_ASCII = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# Unicode space characters (no-break, en/em/thin/hair, narrow no-break, ideographic, ...).
_UNICODE_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Lone surrogates (JSON "\ud800" decodes to one): not text, and not encodable as UTF-8.
_SURROGATES = re.compile(r"[\ud800-\udfff]")


def normalize_text(raw: str) -> str:
    """Put any text into one canonical form, so offsets and matching are stable.

    NFC normalization; \\r\\n, \\r (and the other Unicode line separators) become \\n; BOM,
    zero-width characters, bidi controls, soft hyphens and control characters are removed;
    NBSP and other Unicode spaces become ' '; lone surrogates become U+FFFD; trailing
    whitespace is taken off each line.
    Curly quotes, dashes and apostrophes are kept as they are. Linear time, no
    backtracking regexes, so it is safe on any string (including 10 MB single lines).
    """
    if not raw:
        return ""
    text = _LINE_BREAKS.sub("\n", raw)
    if text.isascii():
        text = _INVISIBLE_ASCII.sub("", text)
    else:
        text = _INVISIBLE.sub("", text)
        text = _UNICODE_SPACES.sub(" ", text)
        text = _SURROGATES.sub("\ufffd", text)
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
    if " \n" in text or "\t\n" in text or text.endswith((" ", "\t")):
        text = "\n".join([line.rstrip(" \t") for line in text.split("\n")])
    return text


# --------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class _Rule:
    name: str
    phrases: frozenset[str]
    pattern: re.Pattern[str] | None  # the rule's patterns as one alternation
    needs_any: tuple[str, ...]  # substring precheck on the case-folded line
    match_any: bool
    scope: str  # "anywhere" | "tail" | "zone"
    opens_zone: bool
    max_chars: int
    max_words: int | None
    unless_prose: bool
    unless_sentence_end: bool


@dataclass(frozen=True)
class _Config:
    rules: tuple[_Rule, ...]
    blank_tokens: tuple[str, ...]
    key_max_chars: int
    key_strip_leading: str
    key_strip_trailing: str
    prose_min_words: int
    zone_max_lines_after: int
    zone_max_chars_after: int
    title_max_chars: int
    title_min_words: int
    title_max_sentences: int
    longest_rule_line: int


_SCOPES = frozenset({"anywhere", "tail", "zone"})
_RULE_KEYS = frozenset(
    {
        "name",
        "why",
        "phrases",
        "patterns",
        "needs_any",
        "match_any",
        "scope",
        "opens_zone",
        "max_chars",
        "max_words",
        "unless_prose",
        "unless_sentence_end",
    }
)


def _key(text: str, strip_leading: str, strip_trailing: str) -> str:
    """The form phrases are compared in, so "Share this article:" matches "share this article".

    Case-folded, curly apostrophes made straight, whitespace collapsed, and bullets, arrows
    and end punctuation taken off both ends.
    """
    key = " ".join(text.casefold().replace("’", "'").split())
    return key.lstrip(strip_leading).rstrip(strip_trailing)


def _build_rule(raw: Mapping[str, Any], default_max: int, strip: tuple[str, str]) -> _Rule:
    """Validate one YAML rule, so that a typo fails loudly at load time, not silently later."""
    unknown = set(raw) - _RULE_KEYS
    name = raw.get("name")
    if not isinstance(name, str) or not name:
        raise ValueError(f"clutter rule without a name: {dict(raw)!r}")
    if unknown:
        raise ValueError(f"clutter rule {name!r}: unknown keys {sorted(unknown)}")
    scope = raw.get("scope", "anywhere")
    if scope not in _SCOPES:
        raise ValueError(f"clutter rule {name!r}: scope must be one of {sorted(_SCOPES)}")
    phrases = frozenset(_key(str(p), *strip) for p in raw.get("phrases") or ())
    if "" in phrases:
        raise ValueError(f"clutter rule {name!r}: a phrase is empty once normalized")
    sources = [str(p) for p in raw.get("patterns") or ()]
    for source in sources:
        try:
            re.compile(source, re.IGNORECASE)
        except re.error as exc:
            raise ValueError(f"clutter rule {name!r}: bad pattern {source!r}: {exc}") from exc
    # One alternation per rule: a single regex call per line instead of one per pattern.
    pattern = (
        re.compile("|".join(f"(?:{source})" for source in sources), re.IGNORECASE)
        if sources
        else None
    )
    match_any = bool(raw.get("match_any", False))
    if not (phrases or pattern or match_any):
        raise ValueError(f"clutter rule {name!r} has no phrases, patterns or match_any")
    max_words = raw.get("max_words")
    return _Rule(
        name=name,
        phrases=phrases,
        pattern=pattern,
        needs_any=tuple(str(n).casefold() for n in raw.get("needs_any") or ()),
        match_any=match_any,
        scope=scope,
        opens_zone=bool(raw.get("opens_zone", False)),
        max_chars=int(raw.get("max_chars", default_max)),
        max_words=int(max_words) if max_words is not None else None,
        unless_prose=bool(raw.get("unless_prose", False)),
        unless_sentence_end=bool(raw.get("unless_sentence_end", False)),
    )


def _load_config(path: Path) -> _Config:
    """Read and check clutter.yaml; names must be unique so removals can be traced."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, Mapping) or not isinstance(data.get("rules"), Sequence):
        raise ValueError(f"{path}: expected a mapping with a 'rules' list")
    default_max = int(data.get("line_max_chars", 200))
    key = data.get("phrase_key") or {}
    strip = (str(key.get("strip_leading", " ")), str(key.get("strip_trailing", " ")))
    rules = tuple(_build_rule(r, default_max, strip) for r in data["rules"])
    names = [r.name for r in rules]
    if len(names) != len(set(names)):
        raise ValueError(f"{path}: duplicate rule names")
    zone = data.get("trailing_zone") or {}
    title = data.get("title") or {}
    return _Config(
        rules=rules,
        blank_tokens=tuple(str(t) for t in data.get("blank_tokens") or ()),
        key_max_chars=int(key.get("max_chars", 80)),
        key_strip_leading=strip[0],
        key_strip_trailing=strip[1],
        prose_min_words=int((data.get("prose") or {}).get("min_words", 8)),
        zone_max_lines_after=int(zone.get("max_lines_after", 15)),
        zone_max_chars_after=int(zone.get("max_chars_after", 2000)),
        title_max_chars=int(title.get("max_chars", 200)),
        title_min_words=int(title.get("min_words", 2)),
        title_max_sentences=int(title.get("max_sentences", 2)),
        longest_rule_line=max((r.max_chars for r in rules), default=0),
    )


@lru_cache(maxsize=1)
def _default_config() -> _Config:
    return _load_config(CLUTTER_RULES_PATH)


# --------------------------------------------------------------------------- matching

_CLOSERS = "\"'”’»)]"
_SENTENCE_END = ".!?…"
# A sentence boundary inside a line: end mark, optional closers, space, capital/opener.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*\s+(?=[\"“‘(\[]?[A-Z])")


def _ends_sentence(line: str) -> bool:
    """True when the line ends like a sentence (closing quotes and brackets skipped)."""
    end = line.rstrip(_CLOSERS)
    return bool(end) and end[-1] in _SENTENCE_END


def _is_prose(line: str, config: _Config) -> bool:
    """A full sentence of article text: long enough and ending with an end mark."""
    return _ends_sentence(line) and len(line.split()) >= config.prose_min_words


def _match_rule(line: str, config: _Config, *, in_tail: bool, in_zone: bool) -> _Rule | None:
    """The first rule that removes this (stripped, non-empty) line, if any."""
    length = len(line)
    if length > config.longest_rule_line:
        return None
    key: str | None = None
    folded: str | None = None
    words: int | None = None
    for rule in config.rules:
        if length > rule.max_chars:
            continue
        if rule.scope == "zone" and not in_zone:
            continue
        if rule.scope == "tail" and not in_tail:
            continue
        if rule.max_words is not None:
            if words is None:
                words = len(line.split())
            if words > rule.max_words:
                continue
        if rule.unless_sentence_end and _ends_sentence(line):
            continue
        if rule.unless_prose and _is_prose(line, config):
            continue
        if rule.match_any:
            return rule
        if rule.phrases and length <= config.key_max_chars:
            if key is None:
                key = _key(line, config.key_strip_leading, config.key_strip_trailing)
            if key in rule.phrases:
                return rule
        if rule.pattern is None:
            continue
        if rule.needs_any:
            if folded is None:
                folded = line.casefold()
            if not any(needle in folded for needle in rule.needs_any):
                continue
        if rule.pattern.search(line):
            return rule
    return None


def _is_blank(line: str, config: _Config) -> bool:
    """Empty, or made only of leftover HTML space entities such as "&nbsp;"."""
    if not line:
        return True
    if "&" not in line or len(line) > 200:
        return False
    for token in config.blank_tokens:
        line = line.replace(token, "")
    return not line.strip()


# --------------------------------------------------------------------------- title


def _headline(line: str, next_line: str | None, config: _Config) -> bool:
    """Whether the first kept line reads as a headline rather than the start of the body.

    A headline is short (< title.max_chars), has at least title.min_words words and at most
    title.max_sentences sentences, does not start in lower case, and does not end with a
    period, comma or semicolon ("?", "!" and ":" are fine). When the next line of the
    same block starts in lower case the line is a hard-wrapped paragraph, not a headline.
    """
    if len(line) > config.title_max_chars or len(line.split()) < config.title_min_words:
        return False
    if not any(ch.isalpha() for ch in line) or line[0].islower():
        return False
    end = line.rstrip(_CLOSERS)
    if not end or (end[-1] == "." and not end.endswith("...")) or end[-1] in ",;":
        return False
    if len(_BOUNDARY.findall(line)) + 1 > config.title_max_sentences:
        return False
    return not (next_line and next_line[0].islower())


# --------------------------------------------------------------------------- cleaning


def clean_plain_text(raw: str, *, detect_title: bool = True) -> CleanedText:
    """Remove page clutter from a plain-text article and split off its headline.

    Lines are normalized (see normalize_text) and stripped; each non-blank line is tested
    against the clutter rules in order. A removed line counts as a paragraph break, and
    runs of blank lines collapse to one, so paragraphs come out separated by "\\n\\n" while
    the lines of one paragraph keep their single newlines.

    Trailing zone (author boxes, tag lists): a line is *in the tail* when at most
    ``trailing_zone.max_lines_after`` non-blank lines holding at most
    ``trailing_zone.max_chars_after`` characters follow it. A line removed by a rule with
    ``opens_zone`` (a footer marker like "Filed under:" or a newsroom byline like "X
    Editorial Team") opens the zone only when it is in the tail. While the zone is open,
    the ``scope: zone`` rules also apply: author descriptions ("A team of journalists
    committed to ..."), delimited tag lists, and short lines without a sentence end (single
    tags, team names). The zone stays open only across removed lines: the first line that
    no rule removes is kept and closes the zone. Article prose is such a line, because the
    zone rules leave it alone: the short-line and tag-list rules skip any line that ends
    like a sentence or has more than a few words, and the description patterns match only
    a newsroom describing itself. So a marker never removes the body text that follows it,
    and a marker in the middle of the article (not in the tail) removes only itself.

    Title: when ``detect_title`` is true, the first kept line becomes the title if it reads
    as a headline (see _headline) and some body text follows it.
    """
    config = _default_config()
    text = normalize_text(raw)
    if not text:
        return CleanedText(text="", title=None, removed=())

    originals = text.split("\n")
    lines = [line.strip() for line in originals]
    count = len(lines)
    blank = [_is_blank(line, config) for line in lines]

    # How much non-blank text follows each line, to tell whether it is in the tail.
    lines_after = [0] * count
    chars_after = [0] * count
    seen_lines = seen_chars = 0
    for i in range(count - 1, -1, -1):
        lines_after[i] = seen_lines
        chars_after[i] = seen_chars
        if not blank[i]:
            seen_lines += 1
            seen_chars += len(lines[i])

    kept: list[str | None] = []  # None marks a paragraph break
    removed: list[RemovedLine] = []
    in_zone = False
    for i, line in enumerate(lines):
        if blank[i]:
            kept.append(None)
            continue
        in_tail = (
            lines_after[i] <= config.zone_max_lines_after
            and chars_after[i] <= config.zone_max_chars_after
        )
        rule = _match_rule(line, config, in_tail=in_tail, in_zone=in_zone)
        if rule is None:
            kept.append(line)
            in_zone = False
            continue
        removed.append(RemovedLine(text=originals[i], rule=rule.name))
        kept.append(None)
        if rule.opens_zone and in_tail:
            in_zone = True

    title: str | None = None
    if detect_title:
        first = next((i for i, line in enumerate(kept) if line is not None), None)
        if first is not None:
            following = kept[first + 1] if first + 1 < len(kept) else None
            has_body = any(line is not None for line in kept[first + 1 :])
            candidate = kept[first] or ""
            if has_body and _headline(candidate, following, config):
                title = candidate
                kept[first] = None

    return CleanedText(text=_join(kept), title=title, removed=tuple(removed))


def _join(kept: list[str | None]) -> str:
    """Lines of a block joined by "\\n", blocks by "\\n\\n"; breaks collapse to one."""
    blocks: list[str] = []
    block: list[str] = []
    for line in kept:
        if line is None:
            if block:
                blocks.append("\n".join(block))
                block = []
        else:
            block.append(line)
    if block:
        blocks.append("\n".join(block))
    return "\n\n".join(blocks)
