"""Publisher from copyright lines ('ⓒ 이투데이', '© 2025 Example News. All rights reserved.')."""

from __future__ import annotations

import re

_COPYRIGHT = re.compile(
    r"(?:©|ⓒ|\(c\)|copyright)\s*(?:©|ⓒ|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*[,.]?\s*"
    r"(?P<name>[^.,|()\n]{2,60}?)\s*(?:[.,|(]|all rights|무단|版权|alle rechte|tous droits|todos los|$)",
    re.I,
)
_TRAILING = re.compile(r"\s*(?:inc|llc|ltd|co|corp|gmbh|s\.a|ag)\.?$", re.I)


def from_copyright(text: str) -> str | None:
    m = _COPYRIGHT.search(text)
    if not m:
        return None
    name = m.group("name").strip(" -–—:")
    name = re.sub(r"^(by|the)\s+", lambda x: x.group(0) if x.group(1).lower() == "the" else "", name, flags=re.I)
    if not name or name.isdigit() or len(name) < 2:
        return None
    if name.casefold().startswith(("all rights", "copyright")):
        return None
    return name
