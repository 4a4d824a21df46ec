"""Language of the body as a BCP 47 tag: the script decides where it can, py3langid otherwise.

py3langid is a maintained, offline identifier whose small model ships inside the package
(no download); it is imported only for scripts shared by many languages (Latin, Cyrillic, Arabic).
"""

from __future__ import annotations

from ..classify.features import script_counts

# Scripts that name one language on news pages.
SCRIPT_LANGUAGE = {"hangul": "ko", "kana": "ja", "thai": "th", "hebrew": "he", "greek": "el"}
# Japanese text is mostly Han with some kana; this share of kana is enough to call it Japanese.
MIN_KANA_SHARE = 0.05
MIN_LETTERS = 20


def detect_language(text: str) -> str | None:
    sample = text[:20000]
    counts = script_counts(sample)
    letters = sum(counts.values())
    if letters < MIN_LETTERS:
        return None
    script = max(counts, key=counts.get)
    if script in ("han", "kana"):
        kana = counts.get("kana", 0)
        return "ja" if kana >= MIN_KANA_SHARE * letters else "zh"
    if script in SCRIPT_LANGUAGE:
        return SCRIPT_LANGUAGE[script]
    import py3langid  # a model load: only when the script leaves the language open

    code, _score = py3langid.classify(sample)
    return code
