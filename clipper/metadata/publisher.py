"""Publisher from copyright lines ('ⓒ 이투데이', '© 2025 Example News. All rights reserved.')."""

from __future__ import annotations

import re

from ..lazyregex import lazy_compile

_COPYRIGHT = lazy_compile(
    r"(?:©|ⓒ|\(c\)|copyright)\s*(?:©|ⓒ|\(c\)|copyright\b)?\s*(?:(?:since|est\.|established|founded)\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*[,.]?\s*"
    r"(?P<name>(?:[^.,|()\n]|\.(?=[a-z0-9]))(?:[^.,|()\n]|\.(?=[a-z0-9])){1,59}?)\s*(?:[,|(]|\.(?![a-z0-9])|all rights|무단|版权|未经|禁止转载|無断|alle rechte|tous droits|todos los|todos os|tutti i diritti|все права|tüm hakları|wszelkie prawa|$)",
    re.I,
)


# Legal forms after a company name; their full stops would end the name early.
_LEGAL_FORM = lazy_compile(r",?\s+(?:S\.A\.|S\.L\.|S\.p\.A\.|Inc\.|Ltd\.|Co\.|Corp\.|LLC\.?|Pty\.? Ltd\.?|Limited|GmbH|AG|SA|ООО|A\.Ş\.|Ltd\. Şti\.|S\.r\.l\.|S\.A\.S\.|Sp\. z o\.o\.)(?=[\s,.]|$)")
# The name with its web address after it ('조선일보 & chosun.com', '세계일보 & Segye.com'): the name.
_AND_DOMAIN = lazy_compile(r"^(?P<name>.+?)\s*[&＆]\s*[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.I)
# A company mark before the name ('㈜연합뉴스TV', '(주)한빛미디어', 'PT. Kompas Cyber Media').
_COMPANY_MARK = lazy_compile(r"^(?:㈜|\(주\)|（주）|PT\.?\s+(?=\S)|OOO\s+|ООО\s+)\s*")
# Indonesian firms write 'PT.' before the name, whose full stop would end it at once.
_PT_MARK = lazy_compile(r"(?<=\s)PT\.\s+(?=[A-Z])")
# The holder's group after its name ('Guardian News & Media Limited or its affiliated companies').
_AFFILIATES = lazy_compile(r"\s+(?:or|and|&)\s+its\s+(?:affiliated\s+companies|affiliates|subsidiaries|licensors)\b.*$", re.I)
# A year or a span of years after the name ('Le Devoir 2002-2020').
_YEARS = lazy_compile(r"\s*,?\s*(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)\d\d)?)?\s*$")


# The legal formula of a notice, where a notice gives no name after its mark.
_NOTICE_FORMULAS = ("all rights", "copyright", "riproduzione", "tutti i diritti", "todos os direitos", "todos los derechos",
                    "tous droits", "alle rechte", "все права")
# Licences a notice may name instead of a holder ('© Creative Commons License Dieses Weblog …').
_LICENCES = ("creative commons", "cc by", "cc0", "gnu ", "gfdl")
# A holder's name is a few words ('The New York Times Company', 'Lighthouse International Patent
# firm'); a notice that runs on as a sentence ('© Text and photos are licensed for reuse') names
# no one: at most this many words, and no more lower-case words (past short joiners) than capitalised.
MAX_NAME_WORDS = 6
# A notice in a footer menu is one short link.
MAX_NOTICE_LINK_CHARS = 100
MAX_JOINER_CHARS = 3


def name_shaped(name: str) -> bool:
    """Whether a notice's words look like a holder's name rather than a sentence or a licence."""
    words = name.split()
    if len(words) > MAX_NAME_WORDS or name.casefold().startswith(_LICENCES):
        return False
    lower = sum(1 for w in words if w[0].islower() and len(w) > MAX_JOINER_CHARS)
    upper = sum(1 for w in words if w[0].isupper() or w[0].isdigit())
    return lower <= upper or len(words) == 1


# A Korean paper may put its slogan before its name ('저작권자 © 충청의 희망, 대전일보 무단전재'):
# a slogan is a phrase, its words end in particles ('…의' of, '…는' that does, '…을/를'), and a
# name has none. The name is then the word after the comma, or the last word.
_SLOGAN_WORD = lazy_compile(r"[가-힣]+(?:의|는|을|를|한)$")
_NAME_AFTER_COMMA = lazy_compile(r"\s*,\s*(?P<name>[가-힣A-Za-z0-9&]{2,20})(?=\s*(?:[.(<]|무단|all rights|저작권|$))", re.I)


def _past_slogan(name: str, rest: str) -> str:
    words = name.split()
    if not any(_SLOGAN_WORD.match(w) for w in words):
        return name
    after = _NAME_AFTER_COMMA.match(rest)
    if after is not None:
        return after.group("name")
    if len(words) > 1 and not _SLOGAN_WORD.match(words[-1]):
        return words[-1]
    return name


def from_copyright(text: str) -> str | None:
    text = _LEGAL_FORM.sub("", text.replace("(с)", "(c)"))
    text = _PT_MARK.sub("", text)
    m = _COPYRIGHT.search(text)
    if not m:
        return None
    name = _past_slogan(m.group("name").strip(), text[m.end("name") :])
    name = _YEARS.sub("", name.strip(" -–—:")).strip(" -–—:«»\"").rstrip(".")
    name = _COMPANY_MARK.sub("", _AFFILIATES.sub("", name))
    if name.count("«") > name.count("»"):
        name += "»"  # the strip above took the closing mark of 'МИА «Россия сегодня»'

    m = _AND_DOMAIN.match(name)
    if m:
        name = m.group("name")
    name = re.sub(r"^(by|the)\s+", lambda x: x.group(0) if x.group(1).lower() == "the" else "", name, flags=re.I)
    if not name or name.isdigit() or len(name) < 2:
        return None
    if name.casefold().startswith(_NOTICE_FORMULAS):
        return None  # '© RIPRODUZIONE RISERVATA' names no one
    return name if name_shaped(name) else None


# A notice that starts its line with the mark and a year or the word ('© 2019 …', 'Copyright © …').
_NOTICE_START = lazy_compile(r"^\W{0,2}(?:copyright\s*)?(?:©|ⓒ|\(c\))\s*(?:\d{4}|\w)|^\W{0,2}copyright\s+\d{4}", re.I)


def may_hold_notice(text: str) -> bool:
    """Whether ``text`` may hold what notice_link looks for: a text in ASCII holds its mark
    ('(c)', as re.IGNORECASE compares ASCII) or the word, or it holds none (nor '©' or 'ⓒ')."""
    if not text.isascii():
        return True
    folded = text.lower()
    return "(c)" in folded or "copyright" in folded


def notice_link(text: str) -> bool:
    """Whether a short line is a copyright notice led by its mark (a footer link's text)."""
    return len(text) <= MAX_NOTICE_LINK_CHARS and bool(_NOTICE_START.match(text))
