"""The body's language: script first, the markup's language when the body's function words
confirm it, py3langid otherwise."""

import types

import pytest

from clipper.lexicon import default_lexicon
from clipper.metadata import language
from clipper.metadata.language import detect_language

GERMAN = (
    "Die Bundesregierung hat am Mittwoch ein neues Gesetz zur Förderung der Windenergie beschlossen. "
    "Nach Angaben des Ministeriums sollen die Genehmigungen für neue Anlagen deutlich schneller erteilt werden, "
    "und die Länder müssen mehr Flächen ausweisen als bisher."
)


@pytest.fixture
def model_calls(monkeypatch):
    """py3langid's model replaced by a stub that records the texts it is asked about and answers 'de'."""
    calls: list[str] = []

    def classify(text: str):
        calls.append(text)
        return "de", 1.0

    monkeypatch.setattr(language, "_identifier", lambda among=None: types.SimpleNamespace(classify=classify))
    return calls


def test_declared_language_confirmed_by_stopwords_needs_no_model(model_calls):
    assert detect_language(GERMAN, "de", default_lexicon()) == "de"
    assert model_calls == []


def test_declared_language_the_body_does_not_use_goes_to_the_model(model_calls):
    # A template's default lang="en" over a German story: the model decides.
    assert detect_language(GERMAN, "en", default_lexicon()) == "de"
    assert len(model_calls) == 1


def test_without_markup_the_model_decides(model_calls):
    assert detect_language(GERMAN) == "de"
    assert len(model_calls) == 1


def test_script_decides_before_markup(model_calls):
    assert detect_language("서울시는 6일 새 교통 대책을 발표했다. 시민들의 반응은 엇갈렸다.", "en", default_lexicon()) == "ko"
    assert model_calls == []


def test_languages_news_is_not_written_in_are_not_guessed():
    # py3langid alone calls an English calendar Nigerian Pidgin ('pcm').
    calendar = "Feb 14 - Valentine's Dance, Community Hall, 7 pm\nFeb 22 - Farmers Market, Main Street, 8 am"
    assert detect_language(calendar, None, default_lexicon()) == "en"


def test_an_unsure_model_chooses_among_the_tables_languages():
    # A list of month names: py3langid says Igbo, unsure; among the languages of the tables, English.
    months = "Calendar 2025 January February March April May June July August September October November December"
    assert language._identifier().classify(months)[1] < language.MIN_MODEL_CONFIDENCE
    assert detect_language(months, None, default_lexicon()) == "en"
