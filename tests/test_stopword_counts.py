"""stopword_language_of reads the script counts a caller already has instead of counting again."""

from __future__ import annotations

import pytest

from clipper.classify import stopword_language_of
from clipper.classify.features import script_counts
from clipper.lexicon import default_lexicon
from clipper.metadata.language import detect_language


@pytest.mark.parametrize(
    "sample",
    [
        "Der Stadtrat hat am Donnerstag den Plan für neue Radwege beschlossen, der von vielen gefordert wurde.",
        "Il consiglio comunale ha approvato giovedì il piano per le piste ciclabili.",
        "Городской совет в четверг утвердил план новых велодорожек, которого ждали жители.",
        "市议会周四批准了新的自行车道计划。",
        "12 | 34 | 56",
    ],
)
def test_given_counts_give_what_counting_gives(sample: str) -> None:
    lexicon = default_lexicon()
    assert stopword_language_of(sample, lexicon, script_counts(sample)) == stopword_language_of(sample, lexicon)


def test_a_declared_language_the_body_uses_is_taken() -> None:
    body = "Der Stadtrat hat am Donnerstag den Plan für neue Radwege beschlossen, der von vielen Bürgern gefordert wurde."
    assert detect_language(body, "de", default_lexicon()) == "de"
