"""Grouping reports into stories: candidate pairs blocked by date, scored, then merged by
average linkage with cannot-links.

Candidates: two dated reports are compared only when their anchor days are at most
WINDOW_DAYS apart (so cost grows with the reports per window, not with the corpus); a report
without a date is compared with every report whose words overlap it. A pair's score combines
TF-IDF cosine, shared names, shared main events and shared countries.

Merging is average linkage over the candidate pairs (a pair never scored counts as 0): two
groups join when their reports are, on average, about the same thing, so a retrospective
that resembles two stories does not glue them together as a single link would. Groups never
join when their dated reports would span more than SPAN_DAYS (two calls between the same
leaders months apart), or when each is mainly about people the other barely mentions (a
drink-driving arrest of one player is not that of his team-mate). A report left alone joins
its nearest neighbour's story when it is close enough. Near-duplicates are one story.

The result depends only on the profiles and the word weights, not on the order reports
arrived in: ties are broken by document id.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from datetime import date

import numpy as np
from scipy import sparse

from tidings.stories.profile import Profile

#: Dated reports further apart than this are never compared.
WINDOW_DAYS = 3
#: No story spans more days than this between its dated reports.
SPAN_DAYS = 7
#: Pairs whose word cosine is below this are not scored at all.
PAIR_FLOOR = 0.05
#: Weights of the pair score (tuned on ECB+ train and the sample corpus).
W_WORDS, W_EVENTS, W_COUNTRIES = 1.0, 0.05, 0.05
#: Average score at which two groups of reports are one story.
LINK_THRESHOLD = 0.10
#: Score at which a report left alone joins its nearest neighbour's story.
ATTACH_THRESHOLD = 0.10
#: A group is "mainly about" people mentioned this often; the other group "barely mentions"
#: them below this share of its name mentions.
PRINCIPAL_MIN, PRINCIPAL_SHARE = 20, 0.01
#: A group is "clearly of one year" when this many of its reports name it as their latest.
YEAR_SUPPORT = 3


Pair = tuple[int, int, float]


def cluster_profiles(profiles: list[Profile]) -> list[list[int]]:
    """Stories as lists of profile indices (each sorted; stories in order of first index)."""
    pairs = scored_pairs(profiles)
    groups = _Agglomeration(profiles, pairs).run()
    return sorted((sorted(g) for g in groups), key=lambda g: g[0])


def scored_pairs(profiles: list[Profile]) -> list[Pair]:
    """Every candidate pair (i < j) with its score."""
    matrix = _matrix([p.vector for p in profiles])
    candidates = _candidates(profiles, matrix)
    scored = []
    for i, j, cosine in candidates:
        a, b = profiles[i], profiles[j]
        if a.participants and b.participants and not a.participants & b.participants:
            continue  # reports about different countries
        union = a.participants | b.participants
        countries = len(a.participants & b.participants) / len(union) if union else 0.0
        events = 1.0 if a.event_keys & b.event_keys else 0.0
        score = W_WORDS * cosine + W_EVENTS * events + W_COUNTRIES * countries
        scored.append((i, j, score))
    return scored


def _matrix(vectors: list[dict[str, float]]) -> sparse.csr_matrix:
    vocabulary: dict[str, int] = {}
    rows, cols, values = [], [], []
    for row, vector in enumerate(vectors):
        for word, weight in vector.items():
            rows.append(row)
            cols.append(vocabulary.setdefault(word, len(vocabulary)))
            values.append(weight)
    shape = (len(vectors), max(1, len(vocabulary)))
    return sparse.csr_matrix((values, (rows, cols)), shape=shape, dtype=np.float64)


def _candidates(profiles: list[Profile], matrix: sparse.csr_matrix) -> list[Pair]:
    """(i, j, cosine) for i < j: dated pairs within the window; a report without a date
    with any report it shares a keyword with."""
    found: dict[tuple[int, int], float] = {}
    by_day: dict[date, list[int]] = defaultdict(list)
    undated = []
    for index, profile in enumerate(profiles):
        if profile.day is None:
            undated.append(index)
        else:
            by_day[profile.day].append(index)
    days = sorted(by_day)
    for position, day in enumerate(days):
        here = by_day[day]
        window = list(here)
        for later in days[position + 1 :]:
            if (later - day).days > WINDOW_DAYS:
                break
            window.extend(by_day[later])
        _collect(matrix, here, window, found)
    if undated:
        shared: dict[tuple[int, int], float] = {}
        _collect(matrix, undated, list(range(len(profiles))), shared)
        for (i, j), cosine in shared.items():
            if profiles[i].keywords & profiles[j].keywords:
                found[(i, j)] = cosine
    return [(i, j, c) for (i, j), c in sorted(found.items())]


def _collect(matrix: sparse.csr_matrix, rows: list[int], cols: list[int], found: dict) -> None:
    product = (matrix[rows] @ matrix[cols].T).tocoo()
    keep = product.data >= PAIR_FLOOR
    left = np.asarray(rows)[product.row[keep]]
    right = np.asarray(cols)[product.col[keep]]
    for i, j, value in zip(left.tolist(), right.tolist(), product.data[keep].tolist(), strict=True):
        if i != j:
            found[(min(i, j), max(i, j))] = value


class _Agglomeration:
    """Average linkage over sparse pair scores, with cannot-links, then lone reports
    attached to their nearest neighbour."""

    def __init__(self, profiles: list[Profile], pairs: list[Pair]) -> None:
        self.profiles = profiles
        self.pairs = pairs
        self.members: dict[int, list[int]] = {}
        self.span: dict[int, tuple[date, date] | None] = {}
        self.names: dict[int, Counter[str]] = {}
        self.years: dict[int, Counter[int]] = {}
        self.published: dict[int, set[int]] = {}  # years its reports were published in
        self.countries: dict[int, Counter[str]] = {}  # reports per country they are about
        self.coarse: dict[int, set[int]] = {}  # those of reports dated only to a year
        self.first: dict[int, str] = {}
        self.sums: dict[int, dict[int, float]] = defaultdict(dict)
        self.next_id = 0

    def run(self) -> list[list[int]]:
        of = self._seed()
        for i, j, score in self.pairs:
            a, b = of[i], of[j]
            if a != b:
                self.sums[a][b] = self.sums[a].get(b, 0.0) + score
                self.sums[b][a] = self.sums[a][b]
        heap = [self._entry(a, b) for a in self.sums for b in self.sums[a] if a < b]
        heapq.heapify(heap)
        while heap:
            negative, _, a, b = heapq.heappop(heap)
            if a not in self.members or b not in self.members:
                continue
            if -negative < LINK_THRESHOLD:
                break
            if self.conflict(a, b):
                continue
            merged = self._merge(a, b)
            for other in self.sums[merged]:
                heapq.heappush(heap, self._entry(merged, other))
        self._attach()
        return list(self.members.values())

    def _seed(self) -> dict[int, int]:
        """One group per report, near-duplicates together; report index -> group."""
        index = {p.doc_id: i for i, p in enumerate(self.profiles)}
        root = list(range(len(self.profiles)))

        def find(i: int) -> int:
            while root[i] != i:
                root[i] = root[root[i]]
                i = root[i]
            return i

        for i, profile in enumerate(self.profiles):
            if profile.duplicate_of in index:
                root[find(i)] = find(index[profile.duplicate_of])
        groups: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.profiles)):
            groups[find(i)].append(i)
        of = {}
        for members in groups.values():
            group = self._new(members)
            for i in members:
                of[i] = group
        return of

    def _new(
        self,
        members: list[int],
        span: tuple[date, date] | None = None,
        names: Counter[str] | None = None,
        years: Counter[int] | None = None,
        published: tuple[set[int], set[int]] | None = None,
        countries: Counter[str] | None = None,
    ) -> int:
        group = self.next_id
        self.next_id += 1
        self.members[group] = members
        if names is None:
            days = [d for i in members if (d := self.profiles[i].day) is not None]
            span = (min(days), max(days)) if days else None
            names = Counter()
            for i in members:
                names.update(self.profiles[i].names)
            years = Counter(y for i in members if (y := self.profiles[i].year) is not None)
            coarse = {y for i in members if (y := self.profiles[i].published_year)}
            published = (coarse | {day.year for day in days}, coarse)
            countries = Counter(c for i in members for c in self.profiles[i].participants)
        self.span[group] = span
        self.names[group] = names
        self.years[group] = years or Counter()
        self.published[group], self.coarse[group] = published or (set(), set())
        self.countries[group] = countries or Counter()
        self.first[group] = min(self.profiles[i].doc_id for i in members)
        return group

    def _entry(self, a: int, b: int) -> tuple[float, tuple[str, str], int, int]:
        average = self.sums[a][b] / (len(self.members[a]) * len(self.members[b]))
        return (-average, tuple(sorted((self.first[a], self.first[b]))), a, b)

    def _merge(self, a: int, b: int) -> int:
        spans = [s for s in (self.span.pop(a), self.span.pop(b)) if s]
        span = (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None
        names = self.names.pop(a) + self.names.pop(b)
        years = self.years.pop(a) + self.years.pop(b)
        published = (
            self.published.pop(a) | self.published.pop(b),
            self.coarse.pop(a) | self.coarse.pop(b),
        )
        countries = self.countries.pop(a) + self.countries.pop(b)
        merged = self._new(
            self.members.pop(a) + self.members.pop(b), span, names, years, published, countries
        )
        for old in (a, b):
            for other, total in self.sums.pop(old, {}).items():
                if other in (a, b):
                    continue
                del self.sums[other][old]
                self.sums[merged][other] = self.sums[merged].get(other, 0.0) + total
                self.sums[other][merged] = self.sums[merged][other]
        return merged

    def conflict(self, a: int, b: int) -> bool:
        """Cannot-links: too long a span of dated reports, publication in different years,
        different years named, different countries or different principal people."""
        first, second = self.span[a], self.span[b]
        if first and second:
            start, end = min(first[0], second[0]), max(first[1], second[1])
            if (end - start).days > SPAN_DAYS:
                return True
        if self._core(a) and self._core(b) and not self._core(a) & self._core(b):
            return True  # about different countries
        for one, other in ((a, b), (b, a)):
            coarse, known = self.coarse[one], self.published[other]
            if coarse and known and not coarse & known:
                return True  # published in different years
        if _other_year(self.years[a], self.years[b]) or _other_year(self.years[b], self.years[a]):
            return True
        return _absent(self.names[a], self.names[b]) or _absent(self.names[b], self.names[a])

    def _core(self, group: int) -> set[str]:
        """The countries at least half of a group's reports are about."""
        size = len(self.members[group])
        return {c for c, n in self.countries[group].items() if 2 * n >= size}

    def _attach(self) -> None:
        """Each report left alone joins the story of its best-scoring neighbour (decided on
        the stories as they stand, so the order of lone reports does not matter)."""
        best: dict[int, tuple[float, int]] = {}
        for i, j, score in self.pairs:
            for one, other in ((i, j), (j, i)):
                if score > best.get(one, (0.0, -1))[0]:
                    best[one] = (score, other)
        group_of = {i: g for g, members in self.members.items() for i in members}
        joins = []
        for group, members in self.members.items():
            if len(members) != 1 or members[0] not in best:
                continue
            score, j = best[members[0]]
            target = group_of[j]
            if score >= ATTACH_THRESHOLD and not self.conflict(group, target):
                joins.append((group, target))
        root = {g: g for g in self.members}

        def find(g: int) -> int:
            while root[g] != g:
                root[g] = root[root[g]]
                g = root[g]
            return g

        for group, target in joins:
            root[find(group)] = find(target)
        final: dict[int, list[int]] = defaultdict(list)
        for group, members in self.members.items():
            final[find(group)].extend(members)
        self.members = dict(final)


def _other_year(mine: Counter[int], theirs: Counter[int]) -> bool:
    """Whether a group is clearly of one year that none of another group's reports name."""
    if not mine or sum(theirs.values()) < YEAR_SUPPORT:
        return False
    year, support = mine.most_common(1)[0]
    return support >= YEAR_SUPPORT and support * 2 >= sum(mine.values()) and year not in theirs


def _absent(mine: Counter[str], theirs: Counter[str]) -> bool:
    """Whether a group's principal people are (nearly) absent from another group."""
    if not mine or not theirs:
        return False
    top = mine.most_common(1)[0][1]
    principals = [n for n, k in mine.items() if k >= max(PRINCIPAL_MIN, top / 2)]
    if not principals:
        return False
    total = sum(theirs.values())
    if total < 2 * PRINCIPAL_MIN:
        return False
    return all(theirs.get(n, 0) / total < PRINCIPAL_SHARE for n in principals)
