"""Language of the body as a BCP 47 tag: the script decides where it can, py3langid otherwise.

py3langid is a maintained, offline identifier whose small model ships inside the package
(no download); it is imported only for scripts shared by many languages (Latin, Cyrillic, Arabic).
A language the page's markup declares, and whose function words the body uses most, needs no
model: the two agreeing are as sure as the model, at a fraction of the cost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..classify.features import script_counts

if TYPE_CHECKING:
    from ..lexicon import Lexicon

# Scripts that name one language on news pages.
SCRIPT_LANGUAGE = {"hangul": "ko", "kana": "ja", "thai": "th", "hebrew": "he", "greek": "el"}
# Japanese text is mostly Han with some kana; this share of kana is enough to call it Japanese.
MIN_KANA_SHARE = 0.05
MIN_LETTERS = 20
# A few paragraphs name the language as surely as the whole body, at a fraction of the cost.
SAMPLE_CHARS = 3000
# Common characters written differently in Traditional and Simplified Chinese (pairs in the
# same order): which set a page uses tells zh-Hant (Taiwan, Hong Kong) from zh (Simplified).
_TRADITIONAL = set("們這個來說時為國會對發經進過動還現問學與張們後種東車長門開關見話認讓語際電視聽書買賣幾歲點愛處體頭兒樣條無當產業實應總區議員機題費錢層單從導達報團結藝術場萬雙營灣樂歡園邊")
_SIMPLIFIED = set("们这个来说时为国会对发经进过动还现问学与张们后种东车长门开关见话认让语际电视听书买卖几岁点爱处体头儿样条无当产业实应总区议员机题费钱层单从导达报团结艺术场万双营湾乐欢园边")


def detect_language(text: str, declared: str | None = None, lexicon: Lexicon | None = None) -> str | None:
    """``declared``: the primary language subtag the page's markup states (``<html lang>``)."""
    sample = text[:SAMPLE_CHARS]
    counts = script_counts(sample)
    letters = sum(counts.values())
    if letters < MIN_LETTERS:
        return None
    script = max(counts, key=counts.get)
    if script in ("han", "kana"):
        kana = counts.get("kana", 0)
        if kana >= MIN_KANA_SHARE * letters:
            return "ja"
        traditional = sum(1 for c in sample if c in _TRADITIONAL)
        simplified = sum(1 for c in sample if c in _SIMPLIFIED)
        return "zh-Hant" if traditional > simplified else "zh"
    if script in SCRIPT_LANGUAGE:
        return SCRIPT_LANGUAGE[script]
    if declared and lexicon is not None:
        from ..classify import stopword_language_of

        if stopword_language_of(sample, lexicon, counts) == declared:
            return declared
    code, confidence = _identifier().classify(sample)
    if confidence < MIN_MODEL_CONFIDENCE and lexicon is not None:
        # Little prose (a calendar, a results table, a menu): the model is unsure among a
        # hundred languages; among those the tables describe, its answer is a fair one.
        code, _confidence = _identifier(frozenset(lexicon.languages)).classify(sample)
    return code


# Below this probability (normalised over the languages below) the model is guessing.
MIN_MODEL_CONFIDENCE = 0.5
# py3langid 0.4 added to langid.py's 97 languages (ISO 639-1 codes) some forty regional,
# creole, historical and constructed ones under three-letter codes (Nigerian Pidgin 'pcm',
# Bikol 'bcl', Ancient Greek 'grc', 'zxx' for no language), plus Aragonese, Volapük and
# Walloon. News pages are not written in them, but menus, numerals, calendars and results
# tables are mistaken for them ('pcm' for an English calendar). Latin likewise.
_NOT_NEWS_LANGUAGES = frozenset({"an", "vo", "wa", "la"})
_MODEL = None
_IDENTIFIERS: dict = {}


def _identifier(among: frozenset[str] | None = None):
    """py3langid's model restricted to the languages news pages are written in, or to those of
    ``among`` it knows (loaded once, on first use: only when the script leaves the language open)."""
    global _MODEL
    identifier = _IDENTIFIERS.get(among)
    if identifier is not None:
        return identifier
    import copy

    if _MODEL is None:
        from py3langid import langid

        _MODEL = langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)
    known = {c for c in _MODEL.nb_classes if len(c) == 2} - _NOT_NEWS_LANGUAGES
    identifier = copy.copy(_MODEL)
    identifier.set_languages(sorted(known & among if among is not None and known & among else known))
    _IDENTIFIERS[among] = identifier
    return identifier
