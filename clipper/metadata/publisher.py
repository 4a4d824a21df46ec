"""Publisher from copyright lines ('ⓒ 이투데이', '© 2025 Example News. All rights reserved.')."""

from __future__ import annotations

import re

from ..lazyregex import lazy_compile

_COPYRIGHT = lazy_compile(
    r"(?:©|ⓒ|\(c\)|copyright)\s*(?:©|ⓒ|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*[,.]?\s*"
    r"(?P<name>[^.,|()\n]{2,60}?)\s*(?:[.,|(]|all rights|무단|版权|alle rechte|tous droits|todos los|$)",
    re.I,
)


# Legal forms after a company name; their full stops would end the name early.
_LEGAL_FORM = lazy_compile(r",?\s+(?:S\.A\.|S\.L\.|S\.p\.A\.|Inc\.|Ltd\.|Co\.|Corp\.|LLC\.?|Pty\.? Ltd\.?|Limited|GmbH|AG|SA|ООО)(?=[\s,.]|$)")
# A year or a span of years after the name ('Le Devoir 2002-2020').
_YEARS = lazy_compile(r"\s*,?\s*(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)\d\d)?)?\s*$")


def from_copyright(text: str) -> str | None:
    text = _LEGAL_FORM.sub("", text.replace("(с)", "(c)"))
    m = _COPYRIGHT.search(text)
    if not m:
        return None
    name = _YEARS.sub("", m.group("name").strip(" -–—:")).strip(" -–—:«»\"")
    name = re.sub(r"^(by|the)\s+", lambda x: x.group(0) if x.group(1).lower() == "the" else "", name, flags=re.I)
    if not name or name.isdigit() or len(name) < 2:
        return None
    if name.casefold().startswith(("all rights", "copyright")):
        return None
    return name
