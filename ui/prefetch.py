"""A small in-memory cache of prefetched, filtered previews, keyed by media SHA-256.

Entries hold the filtered display frame (and, in memory only, the decoded source and the
unfiltered display frame a reveal needs). Nothing is ever written to disk.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from media.filters import FilterSettings
from ui.render import ImageLoader, Rendered, load_and_render, load_in_process
from ui.tasks import Runner

Key = tuple[str, tuple[int, int], FilterSettings]


class PreviewCache:
    def __init__(self, capacity: int = 3, *, loader: ImageLoader = load_in_process) -> None:
        """``loader`` decodes on the prefetch worker (in a ``DecoderPool`` process in the app)."""
        self._capacity = capacity
        self._loader = loader
        self._entries: OrderedDict[Key, Rendered] = OrderedDict()
        self._pending: set[Key] = set()
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, sha256: str, view_wh: tuple[int, int], settings: FilterSettings) -> Rendered | None:
        entry = self._entries.get((sha256, view_wh, settings))
        if entry is None:
            self.misses += 1
            return None
        self.hits += 1
        self._entries.move_to_end((sha256, view_wh, settings))
        return entry

    def put(self, sha256: str, rendered: Rendered) -> None:
        key = (sha256, rendered.view_wh, rendered.settings)
        self._entries[key] = rendered
        self._entries.move_to_end(key)
        while len(self._entries) > self._capacity:
            self._entries.popitem(last=False)

    def prefetch(
        self,
        runner: Runner,
        sha256: str,
        path: str,
        settings: FilterSettings,
        view_wh: tuple[int, int],
        on_ready: Callable[[], None] | None = None,
    ) -> None:
        key = (sha256, view_wh, settings)
        if key in self._entries or key in self._pending:
            if on_ready is not None and key in self._entries:
                on_ready()
            return
        self._pending.add(key)

        def done(rendered: Rendered) -> None:
            self._pending.discard(key)
            self.put(sha256, rendered)
            if on_ready is not None:
                on_ready()

        def failed(_error: BaseException) -> None:
            self._pending.discard(key)  # the real load will report the reason
            if on_ready is not None:
                on_ready()

        loader = self._loader
        runner.submit(
            lambda: load_and_render(sha256, path, settings, settings, view_wh, loader), done, failed
        )

    def clear(self) -> None:
        self._entries.clear()
