"""What counts as a match between two perceptual hashes: the thresholds alone, so the core can use
them without loading the decoders (``media.phash`` imports OpenCV, PyAV and pdqhash, about 150 ms
of every command's start when only these numbers were wanted)."""

from __future__ import annotations

#: PDQ match threshold: ThreatExchange's PDQ documentation ("pdq/README.md", hashing.pdf)
#: recommends treating Hamming distance <= 31 (of 256 bits) as a match.
MATCH_THRESHOLD = 31
#: PDQ quality below this (0..100) means a near-featureless image whose hash is unreliable
#: (the reference implementation's suggested cut-off).
MIN_QUALITY = 50
