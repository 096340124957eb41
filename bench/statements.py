"""Statements benchmark: PolNeAR attributions (content, speaker, cue) and the cost of the
statements component over bare spaCy on the bundled sample corpus.

    .venv/bin/python bench/statements.py [--limit N] [--splits train dev] [--speed]

Scoring (per split, and over all splits for the final JSON line):

- Word tokens are the `\\w+` runs of the article text.
- Content precision / recall / F1 (token overlap): a word token is *gold* when it lies in
  the Content span of any gold attribution (all of them, with or without a source, every
  cue class), *predicted* when it lies in the content (`start`..`end`) of any predicted
  statement. P = |pred ∩ gold| / |pred|, R = |pred ∩ gold| / |gold|, micro-averaged over
  all articles (quotation marks and punctuation never count).
- A gold attribution is *matched* when some predicted statement shares at least one content
  word token with it; the statement sharing the most is its match (of several sharing as
  many, the one with the fewest words: statements nest, "Trump said Xi told him the deal
  was done" is Trump's and, inside it, Xi's, and a gold "the deal was done" is Xi's).
- Speaker accuracy: over matched gold attributions that have a Source, the share whose
  match has a speaker span (`speaker_start`..`speaker_end`) overlapping the gold Source
  span. A pronoun source ("he") counts when the predicted speaker span is that pronoun
  (the resolved identity is not in the gold data).
- Cue accuracy: over matched gold attributions with a Cue, the share whose match's cue
  offsets overlap the gold Cue span (cue-less statements, e.g. quote continuations, count
  as wrong).

Which cue classes are covered: speech (say, tell, add, write, ...), speech acts and
evaluations whose object (with its "of/for/as" phrase and the adverbials after it) is the
content (confirm, deny, urge, accuse X of Y, call X Y, ...), cognition verbs with a
clausal complement (believe, think, ...; never a bare object), intentions with a
to-infinitive (wants to, plans to, ...), wishes with a bare object ("wants a deal"; not
"seeks a fifth term"), prepositional cues (talked about, pointed to, called on X to Y,
...), evidence verbs with an object under a document subject ("the poll showed Trump
ahead"), opinions with "as" ("see him as weak"), stance adjectives ("is confident that …",
"worried about X", "eager to …"), nominal cues ("his claim that ...", "her promise to
...", "his call for ...", "reports that ..."), any verb with a that-clause, a clause
before a sentence-final cue ("X happened, police said."), passives with no source ("is
expected to", "it was reported that", "is seen as", "is accused of"), impressions with no
source ("X seemed to ...", "it appears that ..."), hearsay adverbs ("reportedly"),
"according to", headline labels ("Poll: ..."), direct quotes introduced by a colon, split
quotes with the speaker after the cue, relative clauses around a cue ("which critics said
was unfair") and reports inside reports (statements nest). Content follows PolNeAR's
convention: a reported clause includes its "that". Not covered, and counted against
recall: perception ("watched", "saw X do"), verbs with a bare object that report no speech
("voted for", "co-sponsored", "appointed"), and bracketed digest sources ("… [AP]").
Speakers must be sources (person, organization, document): "this approach suggests ..." is
no statement, though PolNeAR may annotate it.

Prints tables, 15 example misses, the timing with --speed (`bench.common.component_cost`: in
place and alone), and ends with one JSON line.
Without ../shared the PolNeAR part is skipped and the timing still runs.
"""

from __future__ import annotations

import argparse
import bisect
import json
import re
import sys
from pathlib import Path
from types import ModuleType

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import component_cost, shared_tool  # noqa: E402
from tidings.nlp import load_pipeline  # noqa: E402

SHARED = ROOT.parent / "shared"
LOADER = SHARED / "tools" / "load_polnear.py"
COMPONENTS = ("tidings_actors", "tidings_statements")
_WORD = re.compile(r"\w+")


def _loader() -> ModuleType | None:
    return shared_tool("load_polnear")


def _tokens_in(words: list[tuple[int, int]], spans: list[tuple[int, int]]) -> set[int]:
    """Indices of the word tokens that overlap any of `spans`."""
    starts = [w[0] for w in words]
    found: set[int] = set()
    for start, end in spans:
        i = max(0, bisect.bisect_right(starts, start) - 1)
        while i < len(words) and words[i][0] < end:
            if words[i][1] > start:
                found.add(i)
            i += 1
    return found


def _overlap(a: tuple[int, int] | None, spans: list[tuple[int, int]] | None) -> bool:
    if a is None or a[0] is None or not spans:
        return False
    return any(a[0] < e and s < a[1] for s, e in spans)


class Score:
    """Running totals for one split (or all)."""

    def __init__(self) -> None:
        self.docs = self.attributions = self.matched = 0
        self.pred_tokens = self.gold_tokens = self.both_tokens = 0
        self.speaker_total = self.speaker_hits = 0
        self.cue_total = self.cue_hits = 0
        self.predicted = self.predicted_hits = 0

    def add(self, other: Score) -> None:
        for key, value in vars(other).items():
            setattr(self, key, getattr(self, key) + value)

    @staticmethod
    def ratio(a: int, b: int) -> float:
        return a / b if b else 0.0

    def figures(self) -> dict[str, float | int]:
        p = self.ratio(self.both_tokens, self.pred_tokens)
        r = self.ratio(self.both_tokens, self.gold_tokens)
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "content_f1": round(f, 4),
            "content_precision": round(p, 4),
            "content_recall": round(r, 4),
            "speaker_accuracy": round(self.ratio(self.speaker_hits, self.speaker_total), 4),
            "cue_accuracy": round(self.ratio(self.cue_hits, self.cue_total), 4),
            "attribution_recall": round(self.ratio(self.matched, self.attributions), 4),
            "statement_precision": round(self.ratio(self.predicted_hits, self.predicted), 4),
            "attributions": self.attributions,
            "predicted": self.predicted,
            "docs": self.docs,
        }


def score_article(article: dict, doc, score: Score, misses: list[str]) -> None:
    text = article["text"]
    words = [m.span() for m in _WORD.finditer(text)]
    preds = doc._.statements or []
    pred_tokens = [_tokens_in(words, [(p.start, p.end)]) for p in preds]
    all_pred = set().union(*pred_tokens) if pred_tokens else set()
    gold_all: set[int] = set()
    score.docs += 1
    for attribution in article["attributions"]:
        content = attribution["content"]
        if not content:
            continue
        gold = _tokens_in(words, content)
        if not gold:
            continue
        gold_all |= gold
        score.attributions += 1
        best, best_key = None, (0, 0)
        for pred, tokens in zip(preds, pred_tokens, strict=True):
            key = (len(tokens & gold), -len(tokens))  # most shared words; then the tightest
            if key[0] and key > best_key:
                best, best_key = pred, key
        snippet = " | ".join(text[s:e] for s, e in content)[:110].replace("\n", " ")
        source = " ".join(text[s:e] for s, e in attribution["source"] or [])
        cue = " ".join(text[s:e] for s, e in attribution["cue"] or [])
        if best is None:
            misses.append(f"MISSED   [{source} / {cue}] {snippet}")
            continue
        score.matched += 1
        if attribution["source"]:
            score.speaker_total += 1
            if _overlap((best.speaker_start, best.speaker_end), attribution["source"]):
                score.speaker_hits += 1
            else:
                got = text[best.speaker_start : best.speaker_end] if best.speaker_start else None
                misses.append(f"SPEAKER  [{source} / {cue}] got {got!r} ({best.rule}) {snippet}")
        if attribution["cue"]:
            score.cue_total += 1
            if _overlap((best.cue_start, best.cue_end), attribution["cue"]):
                score.cue_hits += 1
    gold_spans = [sp for a in article["attributions"] for sp in a["content"] or []]
    for tokens in pred_tokens:
        score.predicted += 1
        if tokens & _tokens_in(words, gold_spans):
            score.predicted_hits += 1
    score.pred_tokens += len(all_pred)
    score.gold_tokens += len(gold_all)
    score.both_tokens += len(all_pred & gold_all)


def run_polnear(
    loader: ModuleType, splits: list[str], limit: int | None, console: Console
) -> dict[str, float | int]:
    nlp = load_pipeline(components=COMPONENTS)
    total = Score()
    table = Table(title="PolNeAR attributions")
    for column in ("split", "docs", "attributions", "predicted", "content P", "content R",
                   "content F1", "matched", "speaker acc", "cue acc"):  # fmt: skip
        table.add_column(column, justify="right")
    misses: list[str] = []
    for split in splits:
        articles = []
        for article in loader.iter_articles(split):
            articles.append(article)
            if limit and len(articles) >= limit:
                break
        score = Score()
        docs = []
        for article in articles:
            doc = nlp.make_doc(article["text"])
            doc._.doc_id = article["doc_id"]
            docs.append(doc)
        for article, doc in zip(articles, nlp.pipe(docs, batch_size=16), strict=True):
            score_article(article, doc, score, misses)
        f = score.figures()
        table.add_row(*_row(split, f))
        total.add(score)
    f = total.figures()
    table.add_row(*_row("all", f))
    console.print(table)
    console.print("[bold]15 example misses[/] (every 1 in N of them, spread over the corpus)")
    step = max(1, len(misses) // 15)
    for line in misses[::step][:15]:
        console.print(line, markup=False, highlight=False)
    return f


def _row(split: str, f: dict) -> list[str]:
    counts = [str(f[k]) for k in ("docs", "attributions", "predicted")]
    rates = ("content_precision", "content_recall", "content_f1", "attribution_recall",
             "speaker_accuracy", "cue_accuracy")  # fmt: skip
    return [split, *counts, *(f"{f[k]:.3f}" for k in rates)]


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="articles per split")
    parser.add_argument("--splits", nargs="+", default=["train", "dev"])
    parser.add_argument("--speed", action="store_true", help="also time the component")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    console = Console(width=120)
    figures: dict[str, float | int | None] = {}
    loader = _loader()
    if loader is None:
        console.print(f"[yellow]PolNeAR loader not found at {LOADER}: benchmark skipped[/]")
        figures.update(content_f1=None, speaker_accuracy=None, attributions=0, docs=0)
    else:
        figures.update(run_polnear(loader, args.splits, args.limit, console))
    if args.speed:
        figures.update(component_cost("tidings_statements", args.repeat, console))
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
