"""Text normalisation and MinHash signature of a story's body.

The same wire story on four sites differs in its headline, its credit line
(``(PTI)``, ``— AFP``, ``With inputs from agencies``), a paragraph added by
one desk and the last paragraphs cut by another. So the body is first
stripped of its credits (:func:`newsspider.wire.from_body`, then the credit
and boilerplate lines of :data:`CREDIT_LINES`), normalised (Unicode NFKC,
case folded, punctuation to spaces, digits kept: "3-1" and "4-1" are two
matches), cut into word shingles of :data:`SHINGLE_WORDS` words and hashed
into a MinHash of :data:`NUM_PERM` values. Band keys (:data:`BANDS` bands
of :data:`ROWS` values, LSH banding) find candidates; the signature
estimates the Jaccard similarity to each.

MinHash: each normalised word is hashed once (CRC-32, stable on every
machine and Python version), a shingle's hash is its words' hashes combined
with numpy (one odd 64-bit multiplier per position, summed, then
MurmurHash3's 64-bit finalizer, high 32 bits), and the :data:`NUM_PERM`
permutations are datasketch's ``affine32`` ones (``a*h + b`` mod 2**32, ``a``
odd, ``a`` and ``b`` drawn from ``numpy.random.RandomState(SEED)``).
Until index schema 2 a shingle was hashed as datasketch does (sha1 of its
UTF-8 text per shingle), value for value ``datasketch.MinHash.update_batch``;
hashing words instead of shingles halved the signature's CPU: measured on
the 837 distinct aeb+wcxb article bodies (``benchmarks/bench_syndication.py
signature``, the two versions side by side on a loaded 2-core machine),
1.00 ms of CPU per body with sha1 per shingle, 0.49 ms now (0.84 and 0.43
ms on all 890 bodies, quieter); the same number of distinct shingles on
every body, and the same quality (``quality``: P 1.0, R 1.0 as written,
R 0.965 through templates, where 31 pages lose their body to extraction). The values changed
with it, so the SQLite index's schema version (3) and the Redis keys
(``syn3``) changed too: an index of older signatures is rebuilt.
datasketch itself is not imported: ``import datasketch`` imports scipy (its
LSH classes), 0.45-0.65 s of CPU and 90 MB of peak RSS against 0.10 s and 26 MB
for numpy, paid by every crawl at start-up.
``rensa`` (Rust, 0.018 ms, maintained) was not taken: its 0.5 release
changed its algorithm and rejects signatures made by earlier versions,
while a signature here is *stored* in the index for a week and compared
with those of other machines, so the hash must not change with a library
upgrade; this scheme is pinned by a test of its values.
Band keys are computed here too (the index is SQLite or Redis with a
window, see :mod:`newsspider.syndication.index`).
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from dataclasses import dataclass

import numpy as np

from newsspider import wire

#: Words in one shingle: long enough that two reports on one event share few
#: (names and topic words alone do not make a 5-word run), short enough that
#: an edited sentence spoils only a few.
SHINGLE_WORDS = 5
#: Words of a body signed: its opening. A wire story rarely runs longer, its
#: copies differ at the end (cut) or by a paragraph, and a story's opening
#: already tells it from another on the same event; the cost of a signature
#: then stops growing with the body. Measured on 300 wcxb articles (1,887
#: words on average, extraction 11-13 ms of CPU per page): signature and
#: placement 2.5-2.8 ms of CPU per page for the whole body, 1.7 ms for its
#: first 1,000 words, 1.5 ms for 800. Not fewer: a paragraph added near the
#: top pushes as many words out of the opening, which lowers the containment
#: of a copy (the quality set's added paragraphs: at least 0.77 with 800 words, 0.85 with 1,000, 0.94 whole).
MAX_WORDS = 1000
#: Values in a signature (stored: 4 bytes each).
NUM_PERM = 60
#: LSH banding: BANDS bands of ROWS values; a pair with Jaccard J becomes a
#: candidate with probability 1 - (1 - J**ROWS)**BANDS: 0.93 at J=0.5, 0.99 at 0.6.
BANDS = 20
ROWS = 3
SEED = 1

#: Odd 64-bit multipliers, one per position: of a shingle's words, of a band's values.
_ODD_MULTIPLIERS = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9,
                             0xD6E8FEB86659FD93, 0xFF51AFD7ED558CCD], dtype=np.uint64)
#: A band's multipliers, and one offset per band number, before the 64-bit finalizer.
_BAND_MULTIPLIERS = _ODD_MULTIPLIERS[:ROWS]
_BAND_OFFSETS = np.arange(1, BANDS + 1, dtype=np.uint64) * np.uint64(0x27D4EB2F165667C5)


def _fmix64(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finalizer (wrapping uint64 arithmetic)."""
    h = (h ^ (h >> np.uint64(33))) * np.uint64(0xFF51AFD7ED558CCD)
    h = (h ^ (h >> np.uint64(33))) * np.uint64(0xC4CEB9FE1A85EC53)
    return h ^ (h >> np.uint64(33))


#: Whole paragraphs that are credits or syndication boilerplate, not the story.
CREDIT_LINES: tuple[re.Pattern[str], ...] = tuple(re.compile(p, re.I | re.S) for p in (
    r"\(?\s*(?:with\s+)?(?:additional\s+|agency\s+)?inputs?\s+from\s+[\w\s,&/.'-]{1,60}\)?\.?",
    r"\(\s*(?:this|the)\s+(?:story|article|report)\s+(?:has\s+not\s+been|was\s+not)\s+edited\b.{0,200}\)",
    r"\(\s*(?:only\s+the\s+)?(?:headline|image|picture)s?\b.{0,80}\b(?:changed|edited|reworked)\b.{0,200}\)",
    r"\(\s*except\s+for\s+the\s+headline.{0,200}\)",
    r"\(?\s*(?:published|auto-generated)\s+from\s+(?:a\s+)?(?:syndicated|wire|agency)\s+feed.{0,120}\)?",
    r"[(\[]?\s*(?:reporting|writing|editing|additional\s+reporting)\s+by\s+.{1,200}[)\]]?",
    r"[—–-]{0,2}\s*[(\[]?\s*(?:PTI|ANI|IANS|AFP|AP|Reuters|UNI|Bloomberg|Xinhua|dpa|EFE)\s*[)\]]?\s*",
    r"(?:also\s+read|read\s+more|read\s+also|follow\s+us|click\s+here|subscribe\s+to)\b.{0,160}",
))
#: Desk initials closing wire copy ("PTI SKS RG", "ANI/SKS"): case-sensitive.
_DESK_INITIALS = re.compile(r"(?:(?:PTI|ANI|IANS|UNI)[\s/]+)?(?:[A-Z]{2,4}[\s/]+){0,3}[A-Z]{2,4}")
_WORD = re.compile(r"[^\W_]+")
_WORD_OR_UNDERSCORE = re.compile(r"\w+")


@dataclass(slots=True, frozen=True)
class Signature:
    #: MinHash values, NUM_PERM unsigned 32-bit integers.
    values: np.ndarray
    #: Shingles in the body (distinct), to turn Jaccard into containment.
    shingles: int

    def band_keys(self) -> list[int]:
        """One signed 32-bit key per band (band number and its values mixed
        with numpy, 0.01 ms for the 20 keys against 0.05 ms with a blake2b
        per band): two bodies sharing a key are candidates. 32 bits are
        enough: with 1,000,000 stories indexed a key meets an unrelated one
        by chance 0.005 times per band (a candidate the signature then
        rejects), and a key takes 4 bytes in SQLite instead of 8."""
        mixed = (self.values.reshape(BANDS, ROWS).astype(np.uint64) * _BAND_MULTIPLIERS).sum(axis=1) + _BAND_OFFSETS
        return (_fmix64(mixed) >> np.uint64(32)).astype(np.uint32).view(np.int32).tolist()

    def to_bytes(self) -> bytes:
        return self.values.astype("<u4").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes, shingles: int) -> Signature:
        return cls(np.frombuffer(data, dtype="<u4"), shingles)

    def jaccard(self, other: Signature) -> float:
        """Estimated Jaccard similarity of the two bodies' shingle sets."""
        return float(np.count_nonzero(self.values == other.values)) / len(self.values)

    def containment(self, other: Signature) -> float:
        """Estimated share of the *smaller* body's shingles found in the other:
        near 1 for a copy whose ending was cut or that gained a paragraph."""
        j = self.jaccard(other)
        smaller = min(self.shingles, other.shingles)
        if smaller == 0:
            return 0.0
        return min(1.0, j * (self.shingles + other.shingles) / (1 + j) / smaller)


#: CREDIT_LINES as one pattern: one match per paragraph instead of eight
#: (the credit test was half the signature's CPU on short-paragraph bodies).
_CREDIT = re.compile("|".join(f"(?:{p.pattern})" for p in CREDIT_LINES), re.I | re.S)


def _is_credit(paragraph: str) -> bool:
    return len(paragraph) <= 300 and bool(_CREDIT.fullmatch(paragraph) or _DESK_INITIALS.fullmatch(paragraph))


def story_text(body: str) -> str:
    """The body without its credits: the wire opening and signature
    (:func:`newsspider.wire.from_body`) and whole credit/boilerplate paragraphs."""
    _, text = wire.from_body(body.strip())
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n|\n", text)]
    return "\n".join(p for p in paragraphs if p and not _is_credit(p))


def words(text: str) -> list[str]:
    """NFKC, case folded, runs of letters and digits (punctuation and ``_`` split words)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    # without a "_", ``\w+`` finds the same runs, 16% faster than [^\W_]+ (0.125 -> 0.105 ms
    # a body on the 1,948 bodies of aeb, trafeval and wcxb; 114 of them hold a "_")
    return (_WORD if "_" in text else _WORD_OR_UNDERSCORE).findall(text)


def normalise(text: str) -> str:
    """:func:`words` joined by single spaces."""
    return " ".join(words(text))


_POSITION_MULTIPLIERS = _ODD_MULTIPLIERS[:SHINGLE_WORDS]


def shingles(normalised: list[str], size: int = SHINGLE_WORDS) -> np.ndarray:
    """Distinct 32-bit hashes of the runs of ``size`` words (one shingle of
    all the words for a shorter text, none for an empty one), sorted."""
    if not normalised:
        return np.empty(0, dtype=np.uint32)
    # map, not a generator expression: no Python frame per word (0.165 -> 0.133 ms per wcxb body)
    hashes = np.fromiter(map(zlib.crc32, map(str.encode, normalised)), dtype=np.uint64, count=len(normalised))
    width = min(size, len(hashes))
    runs = len(hashes) - width + 1
    combined = np.zeros(runs, dtype=np.uint64)
    for position in range(width):
        combined += hashes[position:position + runs] * _POSITION_MULTIPLIERS[position]
    return _distinct((_fmix64(combined) >> np.uint64(32)).astype(np.uint32))


def _distinct(values: np.ndarray) -> np.ndarray:
    """The distinct values of a non-empty array, sorted: ``np.unique``'s answer, sorted and
    masked here in 3.5 µs where numpy 2's ``unique`` (a hash table, then a sort) takes 35 µs
    on a body's shingles (the 1,920 bodies of trafeval, wcxb and aeb; the same arrays)."""
    ordered = np.sort(values)
    return ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))]


def _permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """datasketch's affine32 permutations ``h -> a*h + b`` (mod 2**32), ``a`` odd."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


_A, _B = _permutations(NUM_PERM, SEED)


def minhash(hashes: np.ndarray) -> np.ndarray:
    """The NUM_PERM minimum permuted values of a non-empty array of shingle hashes."""
    return (hashes[:, None] * _A[None, :] + _B[None, :]).min(axis=0)


def opening(text: str, limit: int = MAX_WORDS) -> str:
    """The first ``limit`` words of ``text`` (split on white space)."""
    return " ".join(text.split(maxsplit=limit)[:limit])


def signature(body: str) -> Signature | None:
    """The body's signature (of its first :data:`MAX_WORDS` words), None where
    it has no words left to compare."""
    grams = shingles(words(opening(story_text(body))))
    if not len(grams):
        return None
    return Signature(minhash(grams), len(grams))
