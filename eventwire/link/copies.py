"""Near-same texts (wire copies, reposts with a changed line): MinHash over word shingles.

A document's signature is the MinHash (datasketch, NUM_PERM permutations, fixed seed) of its
SHINGLE-word shingles, words being the casefolded \\w+ runs of its text; texts shorter than
MIN_WORDS words get none (too short to tell a copy from a shared sentence).  Signatures are cut
into BANDS bands, each stored as a key: two documents sharing a band key are candidates, and a
candidate is a copy when the share of equal MinHash values (the estimated Jaccard similarity of
their shingle sets) is at least NEAR_COPY.
"""
from __future__ import annotations

import hashlib
import re

import numpy as np

NUM_PERM = 128
BANDS = 32  # 4 values a band: candidates from a Jaccard similarity of about 0.4
SHINGLE = 5
MIN_WORDS = 25
NEAR_COPY = 0.8
SEED = 1

_WORD = re.compile(r"\w+")


def signature(text: str) -> bytes | None:
    """The MinHash signature of a text (NUM_PERM uint32 values as bytes), None when too short."""
    words = _WORD.findall(text.casefold())
    if len(words) < MIN_WORDS:
        return None
    from datasketch import MinHash

    shingles = {" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)}
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED)
    minhash.update_batch(sorted(shingles))
    return np.asarray(minhash.hashvalues, dtype=np.uint32).tobytes()


def bands(sig: bytes) -> list[str]:
    """The band keys of a signature: `<band>:<digest of its values>`."""
    rows = len(sig) // BANDS
    return [f"{b}:{hashlib.blake2b(sig[b * rows:(b + 1) * rows], digest_size=8).hexdigest()}"
            for b in range(BANDS)]


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of the shingle sets of two signatures."""
    x, y = np.frombuffer(a, dtype=np.uint32), np.frombuffer(b, dtype=np.uint32)
    return float(np.mean(x == y)) if len(x) == len(y) and len(x) else 0.0
