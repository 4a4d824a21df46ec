"""Body vs chrome phenomena of text dumps in several languages: each test is a small page
written for the phenomenon, not a copy of a development page."""

from __future__ import annotations

from clipper.classify import Quality, first_pass
from clipper.classify.labels import DEFAULT_PARAMETERS
from clipper.classify.revise import thin_body
from clipper.lexicon import default_lexicon
from clipper.model import ChromeKind
from clipper.segment import segment


def _first(text: str):
    blocks, _ = first_pass(segment(text), default_lexicon(), DEFAULT_PARAMETERS)
    return blocks


def _kind_of(blocks, start: str):
    return next(b.kind for b in blocks if b.segment.text.startswith(start))


def test_teaser_prompts_before_another_story_are_related_chrome():
    page = (
        "El Gobierno anunció el lunes un nuevo plan para reducir el precio de los combustibles en todo el país.\n\n"
        "LEA MÁS: Diputados aprueban reforma a la ley de transporte público\n\n"
        "VEA TAMBIÉN: Las lluvias dejan tres muertos en la región norte\n\n"
        "Leia também: Governo anuncia novo pacote para o setor agrícola\n\n"
        "À lire aussi : Le Sénat adopte la réforme des retraites\n\n"
        "Czytaj też: Rząd zapowiada zmiany w podatkach\n\n"
        "Zum Weiterlesen: Die Bahn erhöht zum Jahreswechsel die Preise\n"
    )
    blocks = _first(page)
    for start in ("LEA MÁS", "VEA TAMBIÉN", "Leia também", "À lire aussi", "Czytaj też", "Zum Weiterlesen"):
        assert _kind_of(blocks, start) is ChromeKind.RELATED, start
    assert blocks[0].quality is not Quality.CHROME


def test_blog_comment_form_boilerplate_is_comment_chrome():
    page = (
        "Leave a Reply\n\n"
        "Your email address will not be published. Required fields are marked *\n\n"
        "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert\n\n"
        "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *\n\n"
        "Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *\n\n"
        "[ ] Save my name, email, and website in this browser for the next time I comment.\n\n"
        "[ ] Meinen Namen, E-Mail und Website in diesem Browser speichern, bis ich wieder kommentiere.\n\n"
        "Please enable JavaScript to view the comments powered by Disqus.\n"
    )
    blocks = _first(page)
    for start in ("Your email", "Deine E-Mail", "Votre adresse", "Tu dirección", "[ ] Save", "[ ] Meinen", "Please enable"):
        assert _kind_of(blocks, start) is ChromeKind.COMMENTS, start


def test_affiliate_and_paywall_notices_are_chrome():
    blocks = _first(
        "Advertising disclosure: We may receive compensation when you click on links to products in this post.\n\n"
        "To view the full story, please subscribe to The Harbour Times.\n\n"
        "Für Links auf dieser Seite erhält der Verlag ggf. eine Provision vom Händler.\n"
    )
    assert _kind_of(blocks, "Advertising") is ChromeKind.ADVERTISEMENT
    assert _kind_of(blocks, "To view") is ChromeKind.SUBSCRIPTION
    assert _kind_of(blocks, "Für Links") is ChromeKind.ADVERTISEMENT


def test_a_legal_word_inside_a_prose_sentence_is_not_a_notice():
    page = (
        "With a network of staff and volunteers around the world, the foundation provides free and easy to use "
        "copyright licenses that give the public permission to share and use creative work on the conditions "
        "that the authors choose.\n\n"
        "Aus datenschutzrechtlichen Gründen wird in den Logfiles die IP-Adresse des Besuchers gekürzt, bevor sie "
        "gespeichert wird, und nach sieben Tagen wird sie ganz gelöscht.\n\n"
        "Copyright 2024 The Harbour Times. All rights reserved.\n\n"
        "© 2022 Example News. This article is the copyrighted property of Example News and may not be "
        "reprinted in online or print media without written permission from the editors of the site.\n"
    )
    blocks = _first(page)
    assert blocks[0].quality is not Quality.CHROME
    assert blocks[1].quality is not Quality.CHROME
    assert _kind_of(blocks, "Copyright 2024") is ChromeKind.COPYRIGHT
    assert _kind_of(blocks, "© 2022") is ChromeKind.COPYRIGHT


THIN = """Startseite | Blog | Kontakt

Neue Regeln für Parteien

Weil es zu viele kleine Parteien gibt und viele nur in wenigen Ländern antreten, haben wir uns
auf die größten beschränkt und die übrigen unter Sonstige zusammengefasst.

Grafik herunterladen

Impressum | Datenschutz
"""


def test_a_page_whose_body_the_scorer_doubted_keeps_its_best_prose():
    blocks = _first(THIN)
    for b in blocks:
        if b.quality is not Quality.CHROME:
            b.extra["p_body"] = 0.3 if b.features.words >= 8 else 0.05
            b.quality = Quality.BAD
    thin_body(blocks, DEFAULT_PARAMETERS)
    good = [b.segment.text for b in blocks if b.quality is Quality.GOOD]
    assert len(good) == 1 and good[0].startswith("Weil es zu viele")


def test_a_page_with_a_body_is_left_alone_by_the_rescue():
    blocks = _first(THIN)
    for b in blocks:
        if b.quality is not Quality.CHROME:
            b.extra["p_body"] = 0.9 if b.features.words >= 8 else 0.3
            b.quality = Quality.GOOD if b.features.words >= 8 else Quality.BAD
    before = [b.quality for b in blocks]
    thin_body(blocks, DEFAULT_PARAMETERS)
    assert [b.quality for b in blocks] == before


def test_nothing_prose_like_means_no_rescue():
    blocks = _first("Home | News | Sport\n\nLogin\n\n1. Bundesliga\n\n2. Bundesliga\n")
    for b in blocks:
        b.extra["p_body"] = 0.4
        if b.quality is not Quality.CHROME:
            b.quality = Quality.BAD
    thin_body(blocks, DEFAULT_PARAMETERS)
    assert not any(b.quality is Quality.GOOD for b in blocks)


LISTS = """Startseite | Leben | Psychologie

Mit dieser Methode wirst du gelassener

Bist du zufrieden mit deinem Alltag? Viele von uns müssen da erst einmal überlegen, weil wir uns
diese Frage im Trubel der Woche kaum stellen und lieber von einem Termin zum nächsten eilen.

Die japanische Lebensphilosophie kann uns helfen, zu entdecken, was uns wirklich wichtig ist, und
was uns am Ende glücklich macht. Die Autorin fasst die Praxis des Prinzips in fünf Punkten zusammen:

1. Habe Zeit für Träume
2. Bleibe stets aktiv
3. Achte auf dich
4. Praktiziere Dankbarkeit
5. Bleibe neugierig

Mit den folgenden Fragen kannst du testen, ob etwas zu dir passt:

• Verleiht es mir Energie?
• Fördert es meine Motivation?
• Ist es ein Grund, morgens aufzustehen?

Und, hast du deinen Weg schon gefunden?

Teilen

Impressum | Datenschutz
"""


def test_a_second_list_and_the_closing_question_after_it_stay_in_the_body():
    from clipper.classify import Label, classify

    blocks = classify(segment(LISTS), default_lexicon(), DEFAULT_PARAMETERS)
    body = [b.segment.text for b in blocks if b.label is Label.BODY]
    assert any(t.startswith("Die japanische") for t in body)
    assert "4. Praktiziere Dankbarkeit" in body
    assert any(t.startswith("Mit den folgenden Fragen") for t in body)
    assert "Fördert es meine Motivation?" in body
    assert "Und, hast du deinen Weg schon gefunden?" in body
    assert not any(t.startswith("Impressum") for t in body)


def _body(text: str) -> list[str]:
    from clipper.classify import Label, classify

    return [b.segment.text for b in classify(segment(text), default_lexicon(), DEFAULT_PARAMETERS) if b.label is Label.BODY]


BLOG = """Mein Gartenblog

Warum ich keine Rosen mehr pflanze

Veröffentlicht am 3. Mai 2021 von Gärtnerin Lena

Seit Jahren habe ich in meinem kleinen Garten Rosen gepflanzt, aber in diesem Frühjahr habe ich mich
dagegen entschieden, weil die Sorten immer anfälliger für Mehltau wurden und viel Pflege brauchten.

Stattdessen setze ich jetzt auf Stauden, die mit wenig Wasser auskommen und den Bienen im Sommer
reichlich Nahrung bieten, und bis jetzt bin ich mit dem Ergebnis sehr zufrieden.

3 Gedanken zu „Warum ich keine Rosen mehr pflanze“

Gartenfreund73 schreibt:
4. Mai 2021 um 08:12

Das kann ich gut verstehen, bei mir haben die Rosen im letzten Jahr auch nur noch gekränkelt und ich
habe sie am Ende alle ausgegraben und durch Lavendel ersetzt, der viel robuster ist.

Antworten

Marie schreibt:
4. Mai 2021 um 19:40

Schade eigentlich, Rosen gehören für mich einfach in jeden Garten, auch wenn sie Arbeit machen und man
im Sommer jeden Tag nach den Blättern sehen muss, damit sich der Pilz nicht ausbreitet.

Antworten

Kommentar verfassen
"""


def test_a_blog_s_comment_section_is_chrome_however_prose_like():
    body = _body(BLOG)
    assert any(t.startswith("Seit Jahren habe ich") for t in body)
    assert any(t.startswith("Stattdessen setze ich") for t in body)
    assert not any("Lavendel" in t or "Rosen gehören" in t for t in body)


def test_comment_header_and_author_lines_in_several_languages():
    blocks = _first(
        "12 thoughts on “How to grow a lemon tree from seed”\n\n"
        "Anna Schmidt says:\n\n"
        "5 réponses à « La réforme des retraites »\n\n"
        "2 comentarios en “La nueva ley de vivienda”\n\n"
        "Rob Goldman, President of Example Inc, says:\n"
    )
    for start in ("12 thoughts", "Anna Schmidt", "5 réponses", "2 comentarios"):
        assert _kind_of(blocks, start) is ChromeKind.COMMENTS, start
    # An official's quote introduction (a comma-separated title) is no comment author.
    assert _kind_of(blocks, "Rob Goldman") is not ChromeKind.COMMENTS


RECIPE = """Home | Rezepte | Backen

Mandelplätzchen

Zutaten:

300 g Mehl
1 TL Backpulver
100 g gemahlene Mandeln
200 g Zucker
1 Prise Salz
Mandelsplitter

Zubereitung:

Alle Zutaten in eine Schüssel geben und mit dem Knethaken zu einem glatten Teig verarbeiten. Den Teig
auf einer bemehlten Arbeitsfläche ausrollen und beliebige Figuren ausstechen.

Den Backofen auf 200 Grad vorheizen, die Plätzchen auf ein Blech mit Backpapier legen und jeweils einige
Mandelsplitter darauf geben. Im Ofen etwa 15 Minuten backen, bis sie goldbraun sind.

Drucken | Teilen
"""

RECIPE_EN = """Home | Recipes | Dinner

Quick chicken stir fry

Ingredients

2 chicken breasts, sliced
1 red pepper
2 tbsp soy sauce
½ cup cashews
1 tsp sesame oil

Method

Heat the oil in a wok until it is very hot, then fry the chicken for five minutes until it is golden on
all sides and cooked through, stirring all the time so that it does not stick.

Add the pepper and the cashews, pour in the soy sauce and cook for two more minutes before you serve the
stir fry with rice or noodles.

Share | Print
"""


def test_ingredient_rows_above_the_steps_are_part_of_the_recipe():
    for page, rows in ((RECIPE, ("200 g Zucker", "1 Prise Salz", "Zutaten:")), (RECIPE_EN, ("2 tbsp soy sauce", "½ cup cashews"))):
        body = _body(page)
        assert any(t.startswith(("Alle Zutaten", "Heat the oil")) for t in body)
        for row in rows:
            assert row in body, row
        assert not any(t.startswith(("Home", "Drucken", "Share")) for t in body)


def test_a_column_of_numbers_far_from_any_prose_is_not_an_ingredient_list():
    table = "Tabelle\n\n1 Bayern 40\n2 Dortmund 38\n3 Leipzig 35\n4 Berlin 30\n\n"
    page = table + "Startseite\n\nSuche\n\nLogin\n\n" + RECIPE.split("Zubereitung:")[1]
    body = _body(page)
    assert any(t.startswith("Alle Zutaten") for t in body)
    assert "2 Dortmund 38" not in body


def _decided(text: str, good: tuple[str, ...]):
    """First-pass blocks with the scorer's verdict faked: the blocks starting with ``good`` are body."""
    blocks = _first(text)
    for b in blocks:
        if b.quality is not Quality.CHROME:
            b.extra["revised_from"] = b.quality
            b.quality = Quality.GOOD if b.segment.text.startswith(good) else Quality.BAD
    return blocks


BS4_LINES = """For over a year, the museum has tried to buy an eighteenth-century painting for the national
collection, and now it has received a large sum from
LVMH
, the luxury group led by
French billionaire Bernard Arnault
.

Menu
Contact
"""


def test_the_pieces_of_a_sentence_split_at_inline_elements_share_its_label():
    from clipper.classify.revise import sentence_fragments

    blocks = _decided(BS4_LINES, ("For over a year",))
    sentence_fragments(blocks)
    good = [b.segment.text for b in blocks if b.quality is Quality.GOOD]
    assert any(t.startswith(", the luxury group") or t == "LVMH" for t in good)
    assert any("Bernard Arnault" in t for t in good)
    assert not any(t.startswith(("Menu", "Contact")) for t in good)



BS4_WIDGET_AFTER_BODY = """Die Stadtwerke erhöhen den Preis für Fernwärme zum ersten April um sieben Prozent, wie der Vorstand am Montag mitteilte.
zurück
nach oben
Ein Sprecher der Verbraucherzentrale kritisierte die Erhöhung als zu hoch und kündigte eine Prüfung an.
"""


def test_lower_case_widget_labels_after_a_finished_sentence_are_not_its_rest():
    from clipper.classify.revise import sentence_fragments

    blocks = _decided(BS4_WIDGET_AFTER_BODY, ("Die Stadtwerke", "Ein Sprecher"))
    sentence_fragments(blocks)
    good = [b.segment.text for b in blocks if b.quality is Quality.GOOD]
    assert not any(t.startswith(("zurück", "nach oben")) for t in good)
    # A long lower-case line after a sentence end is a comment written in lower case, kept.
    blocks = _decided(BS4_WIDGET_AFTER_BODY.replace("zurück\nnach oben", "ich finde das ganz schön frech von denen, ehrlich gesagt"), ("Die Stadtwerke", "Ein Sprecher"))
    sentence_fragments(blocks)
    assert any(b.quality is Quality.GOOD and b.segment.text.startswith("ich finde") for b in blocks)

LEAD = """Wind farm plan approved

By Jane Doe

4 March 2025

Plans for one of the largest offshore wind farms in the North Sea have been approved by the government
after an inquiry that lasted more than two years.

Photo: Harbour Agency

The developers say the turbines will generate enough electricity for more than a million homes once the
farm is complete, and that construction could begin as early as next year.
"""


def test_the_lead_paragraph_above_the_body_is_taken_back():
    from clipper.classify.revise import lead_paragraph

    blocks = _decided(LEAD, ("The developers",))
    lead_paragraph(blocks, DEFAULT_PARAMETERS)
    good = [b.segment.text[:20] for b in blocks if b.quality is Quality.GOOD]
    assert good == ["Plans for one of the", "The developers say t"]


def test_a_menu_line_above_the_body_is_no_lead():
    from clipper.classify.revise import lead_paragraph

    blocks = _decided("Home | World | Business | Sport\n\n" + LEAD.split("Photo: Harbour Agency")[1], ("The developers",))
    lead_paragraph(blocks, DEFAULT_PARAMETERS)
    assert [b.segment.text[:4] for b in blocks if b.quality is Quality.GOOD] == ["The "]


def test_the_paragraph_right_after_the_body_goes_on_with_it():
    from clipper.classify.revise import tail_paragraph

    page = LEAD.replace("Photo: Harbour Agency\n\n", "") + (
        "\nFishing organisations had argued that the cables would disturb breeding grounds, but the inspector "
        "concluded that the risks could be managed.\n\nShare | Print\n"
    )
    blocks = _decided(page, ("Plans for one", "The developers"))
    tail_paragraph(blocks, DEFAULT_PARAMETERS)
    good = [b.segment.text[:20] for b in blocks if b.quality is Quality.GOOD]
    assert good == ["Plans for one of the", "The developers say t", "Fishing organisation"]


def test_agency_sign_offs_are_bylines():
    blocks = _first("(dpa/lno)\n\naja/PAP\n\nReklama\n")
    assert _kind_of(blocks, "(dpa") is ChromeKind.BYLINE
    assert _kind_of(blocks, "aja/PAP") is ChromeKind.BYLINE
    assert _kind_of(blocks, "Reklama") is ChromeKind.ADVERTISEMENT


def test_bare_bullet_signs_are_no_ingredient_rows():
    page = RECIPE_EN.replace("Ingredients\n\n2 chicken breasts, sliced\n1 red pepper\n2 tbsp soy sauce\n½ cup cashews\n1 tsp sesame oil", "*\n*\n*\n*\n*")
    from clipper.classify import classify

    blocks = classify(segment(page), default_lexicon(), DEFAULT_PARAMETERS)
    stars = [b for b in blocks if b.segment.text == "*"]
    assert len(stars) == 5
    assert not any("ingredient row" in b.reason for b in stars)


def test_a_lead_above_the_date_line_is_taken_back():
    from clipper.classify.revise import lead_paragraph

    page = (
        "Erdrutschsieg der Opposition\n\n"
        "Die Kommunalwahlen endeten nicht nur mit einem großen Sieg der Opposition, sondern beendeten vorerst "
        "auch die Karriere des Regierungschefs, der noch am Wahlabend seinen Rücktritt erklärte und die "
        "Verantwortung übernahm\n\n"
        "5. November 2021\n\n"
        "Am Abend des 31. Oktober veröffentlichte die Wahlkommission die vorläufigen Ergebnisse des zweiten "
        "Wahlgangs, und schon da war klar, dass die Regierungspartei in fast allen großen Städten verloren hatte.\n"
    )
    blocks = _decided(page, ("Am Abend",))
    assert _kind_of(blocks, "5. November") is ChromeKind.DATELINE
    lead_paragraph(blocks, DEFAULT_PARAMETERS)
    good = [b.segment.text[:20] for b in blocks if b.quality is Quality.GOOD]
    assert good == ["Die Kommunalwahlen e", "Am Abend des 31. Okt"]


def test_blocks_without_a_letter_or_digit_are_never_body():
    # lynx renders an icon-only share list as bare bullets between the byline and the story;
    # bs4 leaves a '.' cut off after a link. The scorer sees them inside the article's run.
    import clipper

    story = (
        "The city council voted on Tuesday to extend the harbour ferry service through the winter months, "
        "after residents of the outer islands said the cuts last year had left them without a way to reach work.\n\n"
        "The extension will cost about two million dollars, which the council plans to take from the transport "
        "reserve rather than raise fares, the finance committee chair told reporters after the vote.\n\n"
    )
    page = (
        "Council extends winter ferry service\n\n"
        "   By Jordan Lee\n"
        "     *\n"
        "     *\n"
        "          +\n"
        "          +\n\n"
        + story
        + ".\n\n* * *\n\n"
        + story.replace("city council", "regional board").replace("finance committee", "budget office")
    )
    article = clipper.parse(page)
    assert article.body, "the story itself is body"
    assert all(any(ch.isalnum() for ch in block.text) for block in article.body)
    assert any("harbour ferry service" in block.text for block in article.body)


ARTICLE_EN = (
    "Harbour board approves new ferry terminal\n"
    "The harbour board on Monday approved plans for a new ferry terminal on the north quay, ending a "
    "dispute with residents that had delayed the project for almost three years.\n"
    "Construction is expected to start in the spring and the terminal should open in two years, the "
    "board's chair said after the vote, adding that the cost would be shared with the regional government.\n"
)
TEASER_GRID_EN = (
    "Deals\n"
    "Garden chairs on sale this week\n"
    "The popular folding chairs from the summer catalogue are now a third cheaper at several stores, and "
    "the outlet in the old town has extended its opening hours until the end of the...\n"
    "City marathon moves to October\n"
    "Organisers of the city marathon have moved the race to the first Sunday of October because of the "
    "building work on the river bridge, which will close the usual ...\n"
    "Five cafés worth the detour\n"
    "Our critics spent a month visiting the cafés of the eastern suburbs and found five that serve better "
    "coffee than anything in the centre, starting with a small roaster behind the stat…\n"
)


def test_excerpts_cut_off_with_an_ellipsis_make_a_teaser_grid():
    from clipper.classify.revise import cut_off_teasers

    blocks = _decided(ARTICLE_EN + TEASER_GRID_EN, ("The harbour", "Construction", "Garden", "The popular", "City", "Organisers", "Five", "Our critics"))
    cut_off_teasers(blocks, DEFAULT_PARAMETERS)
    good = [b.segment.text[:12] for b in blocks if b.quality is Quality.GOOD]
    assert good == ["The harbour ", "Construction"]
    assert _kind_of(blocks, "Organisers") is ChromeKind.RELATED
    assert _kind_of(blocks, "City marathon") is ChromeKind.RELATED, "a card's headline goes with its excerpt"


def test_two_ellipses_in_an_article_or_a_page_of_teasers_only_stay():
    from clipper.classify.revise import cut_off_teasers

    # A column's own trailing-off sentences, with sentences between them, are no grid.
    column = (
        "Es war einer dieser Abende, an denen man nicht weiß, ob man bleiben oder gehen soll...\n"
        "Dann klingelte das Telefon, und meine Schwester fragte, ob ich noch wach sei.\n"
        "Natürlich war ich wach, aber ich hatte keine Lust auf lange Gespräche über die Familie…\n"
        "Wir redeten trotzdem bis nach Mitternacht, und am Ende war ich froh darüber.\n"
        "Manchmal ist es eben so, dass man erst hinterher merkt, was einem gefehlt hat...\n"
    )
    blocks = _decided(column, ("Es war", "Dann", "Natürlich", "Wir", "Manchmal"))
    cut_off_teasers(blocks, DEFAULT_PARAMETERS)
    assert all(b.quality is Quality.GOOD for b in blocks)
    # A press portal's index: the list is all the page has, and it stays.
    blocks = _decided(TEASER_GRID_EN, ("Garden", "The popular", "City", "Organisers", "Five", "Our critics"))
    cut_off_teasers(blocks, DEFAULT_PARAMETERS)
    assert sum(b.quality is Quality.GOOD for b in blocks) == 6


def test_steps_between_list_numbers_are_not_a_ticker():
    # bs4 puts a styled list counter on a line of its own; steps between such numbers read
    # like a ticker's names between quote rows.
    page = (
        "Modo de preparo\n"
        "1.\n"
        "Peneire a farinha, o açúcar e o sal numa vasilha.\n"
        "2.\n"
        "Junte o ovo e a manteiga e misture bem.\n"
        "3.\n"
        "Leve ao forno por vinte minutos.\n"
    )
    blocks = _first(page)
    steps = [b for b in blocks if b.segment.text.startswith(("Peneire", "Junte", "Leve"))]
    assert len(steps) == 3
    assert all(b.kind is not ChromeKind.TICKER for b in steps)
    # Quote rows of a ticker still take the names between them.
    ticker = _first("DAX\n+1,2 %\nDow Jones\n-0,4 %\nNikkei\n+0,8 %\n")
    assert _kind_of(ticker, "Dow Jones") is ChromeKind.TICKER


def test_a_teaser_prompt_cut_from_its_headline_takes_the_headline_along():
    # bs4 puts '<b>Lea más:</b> <a>headline</a>' on two lines; the tables' pattern names the
    # prompt only with its headline.
    page = (
        "La deuda externa del país aumentó en 884 millones de dólares respecto al año anterior, según el informe del banco central.\n"
        "Lea más:\n"
        "Diputados aprueban reforma a la ley de transporte público\n"
        "El informe señala que la mayor parte de los desembolsos fue para el sector privado y el resto para el público.\n"
        "PUEDES VER:\n"
        "¿Cómo sacar mi certificado de estudios en línea?\n"
        "Resultado:\n"
        "La propuesta fue aprobada con 60 votos a favor.\n"
    )
    blocks = _first(page)
    assert _kind_of(blocks, "Lea más") is ChromeKind.RELATED
    assert _kind_of(blocks, "Diputados") is ChromeKind.RELATED
    assert _kind_of(blocks, "¿Cómo sacar") is ChromeKind.RELATED
    assert next(b for b in blocks if b.segment.text.startswith("El informe")).quality is not Quality.CHROME
    assert next(b for b in blocks if b.segment.text.startswith("La propuesta")).quality is not Quality.CHROME
