"""The demo's items in the team's languages (issue 17): its manifests give some text items a language
(``zh_CN`` as teams write it, ``id``, ``ms``, ``ar``, ``en``) and leave others without one, and each
non-English text holds words its own list masks, so a reviewer sees per-language masking at work."""

from __future__ import annotations

import json
import random
from pathlib import Path

from media.textmask import load_term_lists, mask_text, terms_for
from workstation import demo_media, languages
from workstation.demo import _manifests, _MediaFiles


def test_the_demo_manifests_give_text_items_their_languages(tmp_path: Path) -> None:
    texts = demo_media.write_texts(tmp_path / "texts")
    fake = [tmp_path / "images" / f"{n}.png" for n in range(26)]
    files = _MediaFiles(images=fake, videos=fake[:8], texts=texts, broken=fake[:2])
    given: dict[str, str | None] = {}
    for manifest in _manifests(tmp_path, files, random.Random(1)).values():
        for line in manifest.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            given[row["media"][0]] = row.get("language")
    by_text = {f"texts/{p.name}": given[f"texts/{p.name}"] for p in texts}
    assert sorted(v or "" for v in by_text.values()) == sorted(
        ["", "", "", "ar", "en", "en", "en", "en", "en", "id", "ms", "zh_CN"]
    )
    assert all(v is None for k, v in given.items() if not k.startswith("texts/"))
    lists = load_term_lists()
    for path in texts:
        language = languages.normalise(by_text[f"texts/{path.name}"])
        if language in (None, "en"):
            continue
        own = next(v for k, v in lists.items() if k.split("_")[0] == language.split("-")[0])
        text = path.read_text(encoding="utf-8")
        masked = [s.text for s in mask_text(text, terms_for(lists, language)) if s.masked]
        assert [m for m in masked if m.casefold() in {t.casefold() for t in own}], (language, text)
