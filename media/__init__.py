"""Pure functions that turn untrusted media files into filtered, display-ready pixels. No Qt, no database.

Modules (import from them directly; this package re-exports nothing so importing it stays cheap):

- ``errors``: :class:`MediaError`, the one exception for every failure, with a human ``reason``.
- ``limits``: :class:`Limits` (pixels, file bytes, frames, text bytes, duration).
- ``sniff``: the real type from magic numbers, never the extension.
- ``probe``: identify and fully validate a file (header checks before any decode).
- ``image``: decode images to RGB (EXIF orientation, colour modes, pixel limit, reduced JPEG decode).
- ``video``: :class:`VideoReader` over PyAV (properties, frame by time, tolerant iteration, rotation).
- ``audio``: :class:`AudioReader`, a video's sound as 16-bit PCM from a time, at a tempo.
- ``playback``: what the window asks of a video, as functions a decoder process can run.
- ``filters``: :class:`FilterSettings` and ``render``, the display pipeline (blurred and gray by default).
- ``reveal``: ``spotlight`` and ``full_reveal``, the only deliberate path to unfiltered pixels.
- ``storyboard``: a filtered grid of keyframes and scene cuts.
- ``phash``: PDQ perceptual hashes of images and video keyframes.
- ``textmask``: strict UTF-8 text loading and masking of configured terms.
- ``hashing``: streaming SHA-256 of files.

Unfiltered pixels exist only in memory here: nothing in this package writes pixels to disk or logs.
"""
