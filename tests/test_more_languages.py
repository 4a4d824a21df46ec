"""Tables for Swedish, Danish, Norwegian, Finnish, Czech, Hungarian and Romanian pages:
their function words mark the prose, their UI phrases the chrome."""

from __future__ import annotations

import pytest

import clipper
from clipper.classify import stopword_language_of
from clipper.lexicon import default_lexicon

FI_PAGE = """Etusivu
Uutiset
Haku

Kaupunki avaa uuden uimahallin ensi syksynä

Julkaistu 12.3.2025 klo 10.15

Uusi uimahalli avataan kaupungin keskustaan ensi syksynä, kertoo kaupunki tiedotteessaan. Hallin rakentaminen on edennyt aikataulussa, ja se on ollut kaupungin suurin hanke vuosiin.

Hallissa on kaksi allasta sekä lasten allas, ja sen kävijämääräksi arvioidaan noin 300 000 vuodessa. Liikuntajohtajan mukaan halli tulee palvelemaan myös lähikuntien asukkaita, koska vastaavaa ei ole lähellä.

Jaa artikkeli Facebookissa
Jaa artikkeli Twitterissä

Lue myös
Kirjasto laajentaa aukioloaikojaan
Pyöräteiden kunnostus alkaa huhtikuussa

Hyväksy kaikki
"""

SV_PAGE = """Sök
Meny

Regionen bygger ny cykelbana längs kusten

Publicerad 3 mars 2025

Den nya cykelbanan ska gå längs hela kusten och blir klar nästa sommar, meddelar regionen. Arbetet har redan börjat vid hamnen, där den första delen öppnar i maj.

Enligt regionen har antalet cyklister ökat kraftigt de senaste åren, och det finns ett stort behov av en säker väg mellan orterna. Projektet kostar omkring 40 miljoner kronor.

Dela
Skriv ut

Läs också
Ny busslinje till flygplatsen
Hamnen byggs ut

Acceptera alla
"""


@pytest.mark.parametrize(
    "sample, language",
    [
        ("Hallissa on kaksi allasta sekä lasten allas, ja sen kävijämääräksi arvioidaan noin 300 000.", "fi"),
        ("Den nya cykelbanan ska gå längs hela kusten och blir klar nästa sommar, meddelar regionen.", "sv"),
        ("Nová cyklostezka povede podél řeky a bude hotová na jaře, uvedlo město ve své zprávě.", "cs"),
        ("Az új kerékpárút a folyó mentén halad, és jövő tavasszal készül el, közölte a város.", "hu"),
        ("Noua pistă de biciclete va fi gata în primăvară, a anunțat primăria într-un comunicat.", "ro"),
    ],
)
def test_function_words_name_the_language(sample, language):
    assert stopword_language_of(sample, default_lexicon()) == language


@pytest.mark.parametrize("page", [FI_PAGE, SV_PAGE], ids=["fi", "sv"])
def test_prose_is_kept_and_the_chrome_dropped(page):
    article = clipper.parse(page)
    paragraphs = [b.text for b in article.body]
    assert len(paragraphs) == 2
    for chrome in ("Jaa artikkeli", "Lue myös", "Kirjasto", "Hyväksy", "Dela", "Läs också", "busslinje", "Acceptera"):
        assert chrome not in article.text
    assert article.published is not None and article.published.startswith("2025-03")
