"""The one path from the reviewer window to the exposure meter: the window's signals.

The window emits what happens on screen (``itemChanged``, ``viewStateChanged``, ``panicChanged``,
``activeChanged``, ``inputSeen``) and never calls the meter itself; this feed turns those signals
into the meter's events. It is connected before the wellbeing controller, so the meter has seen an
item open or close by the time the controller reacts to the same ``itemChanged``
(docs/architecture.md#threads-and-processes).
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QObject

from wellbeing.exposure import ExposureMeter, ViewState


class _Screen(Protocol):
    itemChanged: Any  # ClaimedItem | None
    viewStateChanged: Any  # ViewState
    panicChanged: Any  # bool
    activeChanged: Any  # bool
    inputSeen: Any  # ()


class MeterFeed(QObject):
    """Feeds ``meter`` from ``window``'s signals, on the GUI thread."""

    def __init__(self, window: _Screen, meter: ExposureMeter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.meter = meter
        window.itemChanged.connect(self._item)
        window.viewStateChanged.connect(self._view)
        window.panicChanged.connect(meter.panic)
        window.activeChanged.connect(meter.focus_changed)
        window.inputSeen.connect(meter.user_input)

    def _item(self, item: Any) -> None:
        if item is None:
            self.meter.item_closed()
        else:
            self.meter.item_shown(str(item.item_id), item.queue, item.severity_tier)

    def _view(self, state: ViewState) -> None:
        self.meter.view_changed(state)


__all__ = ["MeterFeed"]
