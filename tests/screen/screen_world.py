"""A reviewer's world for the screen harness: a temporary SQLite database with one queue holding
colourful synthetic images, a video and an item whose JPEG is truncated, in a known order."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

from tests.media.media_samples import write_video
from workstation import taxonomy
from workstation.actor import Actor
from workstation.app import Services, build
from workstation.models import Item, MediaAsset

QUEUE = "screen"


def colourful(w: int, h: int, seed: int = 0) -> np.ndarray:
    """Saturated gradients, a 4-px checker, noise and a red disc: breaks every bound unfiltered."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:h, 0:w]
    img = np.zeros((h, w, 3), np.uint8)
    img[..., 0] = (x * 255 // max(1, w - 1)).astype(np.uint8)
    img[..., 1] = (y * 255 // max(1, h - 1)).astype(np.uint8)
    img[..., 2] = (((x // 4 + y // 4) % 2) * 220).astype(np.uint8)
    img = np.clip(img.astype(np.int16) + rng.integers(-50, 50, img.shape), 0, 255).astype(np.uint8)
    cv2.circle(img, (w // 3, h // 2), min(w, h) // 5, (255, 30, 30), -1)
    return img


@dataclass
class Media:
    """Files made once per test session and shared by every example's database."""

    images: list[Path]
    video: Path
    broken: Path


def make_media(folder: Path, images: int = 4) -> Media:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(images):
        path = folder / f"img-{n}.jpg"
        Image.fromarray(colourful(800, 600, seed=n)).save(path, quality=92)
        paths.append(path)
    picture = colourful(320, 240, seed=99)
    video = write_video(
        folder / "clip.mp4",
        seconds=4.0,
        fps=25,
        size=(320, 240),
        options={"preset": "ultrafast"},
        frames=lambda i: np.roll(picture, i * 4, axis=1),
    )
    broken = folder / "broken.jpg"
    broken.write_bytes(paths[0].read_bytes()[:600])  # a truncated JPEG
    return Media(paths, video, broken)


@dataclass
class ScreenWorld:
    services: Services
    reviewer: Actor
    refs: list[str] = field(default_factory=list)
    unreadable: set[str] = field(default_factory=set)

    def close(self) -> None:
        self.services.close()


def make_world(folder: Path, media: Media) -> ScreenWorld:
    """Items in claim order: video, image, image, broken, then the other images."""
    services = build(f"sqlite:///{folder / 'screen.db'}", outbox_path=folder / "outbox.db")
    directory = services.directory
    reviewer = directory.add_user("rita", ("reviewer",), team="blue", display_name="Rita Reviewer")
    directory.add_queue(QUEUE, severity_tier=2, verdicts=taxonomy.builtin("general"))
    order: list[tuple[str, str, Path, dict[str, object]]] = [
        ("vid-0", "video", media.video,
         {"mime": "video/mp4", "width": 320, "height": 240, "duration_s": 4.0, "has_audio": False}),
        ("img-0", "image", media.images[0], {"mime": "image/jpeg", "width": 800, "height": 600}),
        ("img-1", "image", media.images[1], {"mime": "image/jpeg", "width": 800, "height": 600}),
        ("bad-0", "image", media.broken,
         {"mime": "image/jpeg", "readable": False, "unreadable_reason": "truncated JPEG"}),
    ]
    order += [
        (f"img-{n}", "image", path, {"mime": "image/jpeg", "width": 800, "height": 600})
        for n, path in enumerate(media.images[2:], start=2)
    ]
    world = ScreenWorld(services, reviewer)
    info = directory.queue(QUEUE)
    now = services.clock.now()
    with services.db.write() as session:
        for rank, (ref, kind, path, extra) in enumerate(order):
            item = Item(
                queue_id=info.id,
                external_ref=ref,
                reason="screen harness",
                priority=len(order) - rank,
                sla_due_at=now + timedelta(hours=1),
                created_at=now,
            )
            session.add(item)
            session.flush()
            session.add(
                MediaAsset(
                    item_id=item.id,
                    position=0,
                    path=str(path),
                    sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
                    kind=kind,
                    **extra,
                )
            )
            world.refs.append(ref)
            if extra.get("readable") is False:
                world.unreadable.add(ref)
    return world
