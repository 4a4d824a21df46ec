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

Kotimaan uutiset
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
    assert article.title in ("Kaupunki avaa uuden uimahallin ensi syksynä", "Regionen bygger ny cykelbana längs kusten")


@pytest.mark.parametrize(
    "dateline, published",
    [
        ("Julkaistu 12.3.2025 klo 10.15", "2025-03-12T10:15"),
        ("Publicerad 3 mars 2025 kl. 14.30", "2025-03-03T14:30"),
        ("Opdateret 4. marts 2025", None),
        ("Publikováno 3. března 2025 v 14:30", "2025-03-03T14:30"),
    ],
)
def test_date_lines_with_their_time(dateline, published):
    body = "Den nye cykelsti skal gå langs hele kysten og bliver færdig næste sommer, oplyser regionen. Arbejdet er allerede begyndt ved havnen."
    article = clipper.parse(f"Nyheder\n\n{dateline}\n\n{body}")
    if published is None:
        assert article.modified == "2025-03-04"
    else:
        assert article.published == published


def test_a_section_label_over_the_headline_is_not_the_title():
    # bs4 style, one element per line: 'Kotimaan uutiset' (domestic news) names the section.
    page = """yle.fi
Uutiset
Kotimaan uutiset
Kaupunki avaa uuden uimahallin ensi syksynä – näin halli muuttaa keskustaa
Uusi uimahalli avataan kaupungin keskustaan ensi syksynä.
Kotimaa
12.3.2025 klo 10.15
Hallin rakentaminen on edennyt aikataulussa, ja se on ollut kaupungin suurin hanke vuosiin, kertoo kaupunki tiedotteessaan.
Hallissa on kaksi allasta sekä lasten allas, ja sen kävijämääräksi arvioidaan noin 300 000 vuodessa.
"""
    assert clipper.parse(page).title.startswith("Kaupunki avaa uuden uimahallin")
