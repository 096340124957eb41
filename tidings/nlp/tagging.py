"""The model's attribute ruler and rule lemmatizer, run through per-token caches.

en_core_web_sm's `attribute_ruler` (tag map and exceptions: POS, morphology, some lemmas)
and `lemmatizer` (rules and exception tables) are a quarter of the whole model's time: the
ruler runs a Matcher of 179 patterns over every token, and the lemmatizer recomputes most
lemmas in Python because its own cache skips base forms. Both are functions of a few token
attributes, so tidings runs them as drop-in components that compute each distinct case once
and reuse it; their output is identical to the stock components' (tests compare them token
by token). `install` swaps them in under the stock names, so nothing else changes; a model
whose components these cannot mirror exactly keeps its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, NORM, ORTH, POS, TAG
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

#: Distinct cases kept before a cache starts over (memory stays flat on any corpus).
CACHE_LIMIT = 200_000
#: Pattern keys an attribute rule may test: token attributes whose value is a string's
#: hash, and flags; all read at once with `Doc.to_array`.
STRING_ATTRS = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "NORM": NORM, "TAG": TAG, "DEP": DEP}
FLAG_ATTRS = {"IS_SPACE": IS_SPACE}
#: Attributes a rule may set: token attributes only (no lexeme side effects), so that
#: `Doc.from_array` sets them as `set_token_attrs` would.
SET_ATTRS = frozenset({LEMMA, POS, TAG, DEP, MORPH})
LEMMATIZER_MODES = ("rule", "lookup")
#: What a lemma depends on (the stock cache's key), and the lemma already set.
LEMMA_KEY = [ORTH, POS, MORPH, LEMMA]
#: Stands in a cache key for every value no single-token pattern tests for.
OTHER = 2**64 - 1

#: One token's tests: attribute name -> ("in" | "not_in", hashes) or ("regex", pattern).
Tests = dict[str, tuple[str, Any]]


def install(nlp: Language) -> None:
    """Replace the stock attribute ruler and lemmatizer of `nlp` by their cached versions,
    in place and under the same names, where they can be mirrored exactly."""
    for stock_name, factory, supported in (
        ("attribute_ruler", "tidings_cached_attribute_ruler", _ruler_supported),
        ("lemmatizer", "tidings_cached_lemmatizer", _lemmatizer_supported),
    ):
        if stock_name not in nlp.pipe_names or not supported(nlp.get_pipe(stock_name)):
            continue
        temporary = f"{factory}_for_{stock_name}"
        nlp.add_pipe(factory, name=temporary, after=stock_name, config={"stock": stock_name})
        nlp.remove_pipe(stock_name)
        nlp.rename_pipe(temporary, stock_name)


@Language.factory("tidings_cached_attribute_ruler")
def make_cached_attribute_ruler(nlp: Language, name: str, stock: str) -> CachedAttributeRuler:
    return CachedAttributeRuler(nlp.get_pipe(stock))


@Language.factory("tidings_cached_lemmatizer")
def make_cached_lemmatizer(nlp: Language, name: str, stock: str) -> CachedLemmatizer:
    return CachedLemmatizer(nlp.get_pipe(stock))


def _ruler_supported(component: Any) -> bool:
    """An AttributeRuler whose patterns and attributes this module can mirror exactly."""
    if type(component) is not AttributeRuler:
        return False
    if any(set(attrs) - SET_ATTRS for attrs in component.attrs):
        return False
    return all(
        _token_tests(token, component.vocab.strings) is not None
        for rule in range(len(component.attrs))
        for pattern in component.matcher.get(str(rule))[1]
        for token in pattern
    )


def _lemmatizer_supported(component: Any) -> bool:
    if not isinstance(component, Lemmatizer) or component.mode not in LEMMATIZER_MODES:
        return False
    required, _ = component.get_lookups_config(component.mode)
    return all(component.lookups.has_table(table) for table in required)


class CachedAttributeRuler:
    """An AttributeRuler's effect, worked out once per distinct token for its one-token
    patterns (almost all of a tag map), with numpy over the document for the others.

    As in AttributeRuler, every pattern is tested on the tokens as they come in, and the
    rules that match a token set its attributes in rule order (later rules win).
    """

    def __init__(self, stock: AttributeRuler) -> None:
        strings = stock.vocab.strings
        self.vocab = stock.vocab
        self.indices: list[int] = list(stock.indices)
        single: list[tuple[int, Tests]] = []
        #: (rule, each token's tests) of the patterns of several tokens or with a regex
        self._sequences: list[tuple[int, list[Tests]]] = []
        for rule, index in enumerate(self.indices):
            for pattern in stock.matcher.get(str(rule))[1]:
                tests = [_token_tests(token, strings) or {} for token in pattern]
                cacheable = all(kind != "regex" for kind, _ in tests[0].values())
                if len(tests) == 1 and index in (0, -1) and cacheable:
                    single.append((rule, tests[0]))
                else:
                    self._sequences.append((rule, tests))
        keys = sorted({key for _, tests in single for key in tests})
        used = keys + sorted({k for _, seq in self._sequences for t in seq for k in t} - set(keys))
        self._read = [STRING_ATTRS.get(key) or FLAG_ATTRS[key] for key in used]
        self._column = {key: used.index(key) for key in used}
        self._key_columns = len(keys)
        # Each one-token pattern as (rule, [(column, negated, hashes)]), indexed by one value
        # it requires, so that a new token is tested only against its candidates.
        self._by_value: dict[tuple[int, int], list[tuple[int, list]]] = {}
        self._unindexed: list[tuple[int, list]] = []
        mentioned: list[set[int]] = [set() for _ in keys]
        for rule, tests in single:
            compiled = [(keys.index(k), kind == "not_in", vs) for k, (kind, vs) in tests.items()]
            for column, _, values in compiled:
                mentioned[column].update(values)
            required = next(((c, vs) for c, negated, vs in compiled if not negated), None)
            if required is None:
                self._unindexed.append((rule, compiled))
            else:
                for value in required[1]:
                    self._by_value.setdefault((required[0], value), []).append((rule, compiled))
        # A value no one-token pattern mentions passes or fails every test as any other such
        # value does: the cache key holds OTHER in its place (unless OTHER is mentioned).
        self._mentioned = [numpy.array(sorted(m), dtype=numpy.uint64) for m in mentioned]
        self._write = sorted({attr for attrs in stock.attrs for attr in attrs})
        self._updates = [
            tuple((self._write.index(attr), value) for attr, value in attrs.items())
            for attrs in stock.attrs
        ]
        self._cache: dict[tuple[int, ...], tuple[tuple[int, ...], tuple]] = {}
        self._regex_cache: dict[str, dict[int, bool]] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc) or not self._write:
            return doc
        values = doc.to_array(self._read).reshape(len(doc), -1) if self._read else None
        extra = self._sequence_matches(doc, values)  # before any attribute changes, as stock
        current = doc.to_array(self._write).reshape(len(doc), -1).tolist()
        cache = self._cache
        for i, row in enumerate(self._cache_keys(values, len(doc))):
            found = cache.get(row)
            if found is None:
                if len(cache) >= CACHE_LIMIT:
                    cache.clear()
                rules = self._rules_matching(row)
                found = cache[row] = (rules, self._merged(rules))
            rules, updates = found
            if i in extra:
                updates = self._merged(sorted({*rules, *extra[i]}))
            for column, value in updates:
                current[i][column] = value
        doc.from_array(self._write, numpy.array(current, dtype=numpy.uint64))
        return doc

    def _cache_keys(self, values: numpy.ndarray | None, length: int) -> Iterable[tuple]:
        if not self._key_columns or values is None:
            return [()] * length
        keys = values[:, : self._key_columns].copy()
        for column, mentioned in enumerate(self._mentioned):
            if OTHER not in mentioned:
                known = numpy.isin(keys[:, column], mentioned)
                keys[:, column] = numpy.where(known, keys[:, column], OTHER)
        return map(tuple, keys.tolist())

    def _rules_matching(self, row: tuple[int, ...]) -> tuple[int, ...]:
        """The rules whose one-token patterns a token with these values matches."""
        candidates = list(self._unindexed)
        for column, value in enumerate(row):
            candidates.extend(self._by_value.get((column, value), ()))
        return tuple(sorted({rule for rule, tests in candidates if _passes(tests, row)}))

    def _merged(self, rules: Iterable[int]) -> tuple[tuple[int, int], ...]:
        """(column, value) updates of the rules in order: a later rule's value wins."""
        merged: dict[int, int] = {}
        for rule in rules:
            merged.update(self._updates[rule])
        return tuple(merged.items())

    def _sequence_matches(self, doc: Doc, values: numpy.ndarray | None) -> dict[int, list[int]]:
        """Token index -> rules of the other patterns (several tokens, regexes) that match
        with it as their target, found with numpy over the whole document."""
        extra: dict[int, list[int]] = {}
        length = len(doc)
        for rule, tests in self._sequences:
            span = len(tests)
            if span > length:
                continue
            found = numpy.ones(length - span + 1, dtype=bool)
            for offset, token_tests in enumerate(tests):
                for key, test in token_tests.items():
                    column = values[:, self._column[key]]
                    found &= self._passing(column, test)[offset : offset + length - span + 1]
            index = self.indices[rule]
            if not -span <= index < span:
                raise ValueError(f"attribute rule {rule}: index {index} is outside its pattern")
            target = index if index >= 0 else span + index
            for start in numpy.flatnonzero(found).tolist():
                extra.setdefault(start + target, []).append(rule)
        return extra

    def _passing(self, column: numpy.ndarray, test: tuple[str, Any]) -> numpy.ndarray:
        kind, payload = test
        if kind == "regex":
            payload = self._regex_matches(payload, numpy.unique(column).tolist())
        if len(payload) == 1:
            passing = column == numpy.uint64(next(iter(payload)))
        else:
            passing = numpy.isin(column, numpy.fromiter(payload, dtype=numpy.uint64))
        return ~passing if kind == "not_in" else passing

    def _regex_matches(self, pattern: re.Pattern, values: list[int]) -> list[int]:
        """The values whose strings `pattern` finds a match in, remembered per value."""
        known = self._regex_cache.setdefault(pattern.pattern, {})
        if len(known) >= CACHE_LIMIT:
            known.clear()
        strings = self.vocab.strings
        for value in values:
            if value not in known:
                known[value] = bool(pattern.search(strings[value]))
        return [value for value in values if known[value]]


def _token_tests(token: dict[str, Any], strings: Any) -> Tests | None:
    """One pattern token's tests, as the Matcher reads them; None for what this module
    does not mirror (quantifiers, other attributes or operators)."""
    tests: Tests = {}
    for key, value in token.items():
        key = "ORTH" if key == "TEXT" else key
        if key in tests:
            return None
        if key in FLAG_ATTRS and isinstance(value, bool):
            tests[key] = ("in", frozenset({int(value)}))
        elif key in STRING_ATTRS and isinstance(value, str):
            tests[key] = ("in", frozenset({strings.add(value)}))
        elif key in STRING_ATTRS and isinstance(value, dict) and len(value) == 1:
            [(operator, operand)] = value.items()
            if operator == "REGEX" and isinstance(operand, str):
                tests[key] = ("regex", re.compile(operand))
            elif operator in ("IN", "NOT_IN") and all(isinstance(v, str) for v in operand):
                tests[key] = (operator.lower(), frozenset(strings.add(v) for v in operand))
            else:
                return None
        else:
            return None
    return tests


def _passes(tests: list[tuple[int, bool, frozenset[int]]], row: tuple[int, ...]) -> bool:
    return all((row[column] in values) != negated for column, negated, values in tests)


class CachedLemmatizer:
    """A rule or lookup Lemmatizer with each (word, POS, morphology) lemmatized once.

    The stock lemmatizer caches only the words it runs its rules on; base forms (singular
    nouns, infinitives, the bulk of any text) are worked out again for every token. And its
    word index is a list per POS (57,000 nouns), which every candidate form is looked up
    in: here a copy of the stock component does the work, with the index as sets.
    """

    def __init__(self, stock: Lemmatizer) -> None:
        self.vocab = stock.vocab
        self.lookups = stock.lookups  # the stock tables, for components that read them
        self.overwrite = stock.overwrite
        self._worker = type(stock)(stock.vocab, stock.model, stock.name, mode=stock.mode)
        self._worker.initialize(lookups=_indexed_as_sets(stock.lookups))
        self._cache: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        cache, lemmatize, strings = self._cache, self._worker.lemmatize, self.vocab.strings
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array(LEMMA_KEY).tolist()):
            if lemma and not self.overwrite:  # set by the attribute ruler's exceptions
                lemmas.append(lemma)
                continue
            key = (orth, pos, morph)
            lemma = cache.get(key)
            if lemma is None:
                if len(cache) >= CACHE_LIMIT:
                    cache.clear()
                    self._worker.cache.clear()
                lemma = cache[key] = strings.add(lemmatize(doc[i])[0])
            lemmas.append(lemma)
        doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))
        return doc


def _indexed_as_sets(lookups: Lookups) -> Lookups:
    """A copy of a lemmatizer's tables with the word index ("lemma_index") as sets: the
    rules only ask whether a form is in it."""
    copy = Lookups()
    for name in lookups.tables:
        table = lookups.get_table(name)
        target = copy.add_table(name)
        for key, value in table.items():
            target[key] = frozenset(value) if name == "lemma_index" else value
    return copy
