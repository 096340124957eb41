"""Language identification (py3langid, model shipped in the wheel, no download).

Only English is analyzed; other languages are stored and marked skipped. Short or
low-confidence texts are not skipped on a guess: they are analyzed and a note says why.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

#: Identify on at most twice this many characters, from the start and from the middle: a
#: stable answer (language identification is reliable on a tweet), and the cost, which
#: grows with the sample, stays below a millisecond whatever the document's length.
_SAMPLE_CHARS = 1000
#: Below this many characters the identification is too unreliable to skip a document.
_MIN_CHARS = 60
_MIN_CONFIDENCE = 0.80


@dataclass(frozen=True)
class LanguageGuess:
    language: str | None
    confidence: float
    reliable: bool


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> LanguageGuess:
    """Guess the ISO 639-1 language of `text`."""
    middle = max(_SAMPLE_CHARS, len(text) // 2)
    sample = f"{text[:_SAMPLE_CHARS]}\n{text[middle : middle + _SAMPLE_CHARS]}".strip()
    if not sample:
        return LanguageGuess(None, 0.0, False)
    language, confidence = _identifier().classify(sample)
    confidence = float(confidence)
    reliable = len(sample) >= _MIN_CHARS and confidence >= _MIN_CONFIDENCE
    return LanguageGuess(language, confidence, reliable)
