"""Bytes to text: refuse binary files, decode text with a recorded fallback.

News dumps arrive in every encoding; a wrong guess must never crash the run or pass
silently, so every fallback is reported as a note on the document.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

#: Leading bytes of common binary formats, with a human-readable name.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or Office document)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"PAR1", "Parquet file"),
    (b"RIFF", "RIFF media file"),
    (b"\x00\x00\x00\x18ftyp", "MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "MP4 video"),
    (b"ID3", "MP3 audio"),
    (b"OggS", "Ogg media"),
    (b"SQLite format 3\x00", "SQLite database"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class BinaryInputError(ValueError):
    """The input is not text (an image, archive, executable, ...)."""


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    note: str | None  # set when the input was not clean UTF-8


def sniff_binary(data: bytes) -> str | None:
    """Name the binary format of `data`, or None when it looks like text."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return None
    head = data[:8192]
    if b"\x00" in head:
        return "binary data (NUL bytes)"
    if head:
        controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
        if controls / len(head) > 0.10:
            return "binary data (control bytes)"
    return None


def _guess_legacy_encoding(data: bytes) -> str:
    """Windows-1252 (the usual legacy news encoding) unless the text then looks like mojibake.

    On short texts statistical detectors confuse the Western code pages with Baltic or
    Central European ones, so they are asked only when 1252 yields mostly non-ASCII letters
    (Cyrillic, Greek, CJK byte soup).
    """
    sample = data[:200_000]
    as_1252 = sample.decode("cp1252", errors="replace")
    letters = [c for c in as_1252 if c.isalpha()]
    foreign = sum(1 for c in letters if not c.isascii())
    undefined = as_1252.count("\ufffd")
    if letters and foreign / len(letters) < 0.3 and undefined == 0:
        return "cp1252"
    best = from_bytes(data[:1_000_000]).best()
    return best.encoding if best is not None else "cp1252"


def decode_bytes(data: bytes, declared: str | None = None) -> DecodedText:
    """Decode `data` to text: BOM, then UTF-8, then a declared charset, then detection.

    Raises BinaryInputError for non-text input.
    """
    binary = sniff_binary(data)
    if binary:
        raise BinaryInputError(binary)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return DecodedText(data.decode(encoding, errors="replace"), encoding, None)
    try:
        return DecodedText(data.decode("utf-8"), "utf-8", None)
    except UnicodeDecodeError as err:
        bad_at = err.start
    if declared:
        try:
            text = data.decode(declared)
            note = f"not valid UTF-8 (byte {bad_at}); decoded as declared {declared}"
            return DecodedText(text, declared, note)
        except (LookupError, UnicodeDecodeError):
            pass
    encoding = _guess_legacy_encoding(data)
    text = data.decode(encoding, errors="replace")
    note = f"not valid UTF-8 (byte {bad_at}); decoded as {encoding}"
    return DecodedText(text, encoding, note)
