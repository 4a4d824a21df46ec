"""The article's head: its headline, not a teaser's; its date line, not the masthead's."""

from __future__ import annotations

import clipper
from clipper.classify import classify
from clipper.classify.labels import DEFAULT_PARAMETERS, Label
from clipper.lexicon import default_lexicon
from clipper.metadata import extract
from clipper.metadata.head import _glued_phrases, _headline_like
from clipper.model import ChromeKind
from clipper.segment import Segment, segment

PAGE = """Home | World | Business

Wednesday, February 5, 2025

Markets rally as inflation cools
Feb 5, 2025 3:00 pm ET

Continue reading the main story

Central bank signals pause as prices ease across the region

By Maria Gonzalez

Updated 6:10 PM ET Feb 6, 2025

Prices rose more slowly than expected in January, the statistics office said on Thursday, and economists now expect the central bank to hold rates at its next meeting.

Retailers reported steady demand, while energy costs fell for a third month in a row, easing pressure on household budgets across the region.

More from Example News

Storm knocks out power to thousands
By Tom Becker
"""


def test_headline_and_its_own_date_line_not_the_teasers():
    article = clipper.parse(PAGE)
    assert article.title == "Central bank signals pause as prices ease across the region"
    assert article.published is None
    assert article.modified == "2025-02-06T18:10-05:00"
    assert article.authors == ["Maria Gonzalez"]


def test_zone_is_not_guessed_and_tz_supplies_one():
    text = "Example Daily\n\nCouncil approves the new tram line to the airport\n\nPublished 6 February 2025, 15:54\n\n" + (
        "The council approved the extension on Thursday evening after a long debate about costs and routes. " * 3
    )
    assert clipper.parse(text).published == "2025-02-06T15:54"
    options = clipper.Options(tz="Europe/Berlin")
    assert clipper.parse(text, options=options).published == "2025-02-06T15:54+01:00"



def _extract(text: str, labels: dict[str, tuple[Label, ChromeKind | None]]):
    """Metadata of a page whose blocks the classifier labelled, with some labels set by the
    test (the classifier's mistakes that the metadata step must survive), keyed by a block's start."""
    lexicon = default_lexicon()
    blocks = classify(segment(text), lexicon, DEFAULT_PARAMETERS)
    for lab in blocks:
        for start, (label, kind) in labels.items():
            if lab.segment.text.startswith(start):
                lab.set(label, kind, "set by the test")
    return extract(blocks, lexicon)


RU_DECK_AS_BODY = """  • Главная
  • Новости
  • Советы хозяйке
  • Красота

Советы хозяйке

Мастера вкуса: десять лучших домашних пекарей по версии читателей

Они пекут хлеб по старинным рецептам, делятся секретами теста и каждую неделю радуют подписчиков новыми пирогами, которые не стыдно подать к праздничному столу.

Текст: Анна Смирнова·24 сентября 2018

Наши герои знают толк не только во вкусе, но и в красоте выпечки. За их страницами следят тысячи людей, а они, в свою очередь, радуют поклонников рецептами.

Мы попросили каждого рассказать, с чего началось увлечение и какой рецепт они советуют тем, кто только начинает печь дома.

Голосуйте за понравившегося участника на последней странице.
"""


def test_headline_whose_deck_was_read_as_body_keeps_its_byline():
    # The byline stands under a deck the classifier took for body: it is still the head's
    # byline, so the headline above the deck wins over the section label above it.
    body = (Label.BODY, None)
    article = _extract(RU_DECK_AS_BODY, {"Мастера вкуса": body, "Они пекут": body, "Советы хозяйке": (Label.CHROME, ChromeKind.OTHER)})
    assert article.title == "Мастера вкуса: десять лучших домашних пекарей по версии читателей"
    assert article.authors == ["Анна Смирнова"]
    assert article.published == "2018-09-24"


EN_TEASER_LIST = """Share | Email | Print

Farmer finds rare meteorite while ploughing his field

By Laura Chen

Most Popular Today

1 Village celebrates its oldest resident 2 Storm closes the coastal road 3 Local team wins the cup

Name(required) [          ]
Email(required) [          ]
Comment(required) [          ]

Submit

Enlarge Image

November 18, 2019 | 4:10pm

More On:

Astronomers map the oldest craters on the far side of the Moon
Comet fragments light up the sky over northern Canada
Museum opens a new hall for stones that fell from space
Amateur astronomers spot a new asteroid near Jupiter

see also

Astronomers map the oldest craters on the far side of the Moon

A farmer in the north of the country found a rare meteorite while ploughing his field last week, the regional museum said on Monday.

The stone weighs almost four kilograms and is made mostly of iron and nickel, according to the curators who examined it.

Scientists from the university will study the find over the winter, and the farmer said he would lend it to the museum for a year so that schools in the region can see it.
"""


def test_a_run_of_teasers_is_not_the_headline():
    # The date line stands right above a 'More On' list: its first teaser is nearest to the
    # date and to the body, but a run of similar headlines is a list, not the article's head.
    other = (Label.CHROME, ChromeKind.OTHER)
    body = (Label.BODY, None)
    labels = {"Comet": other, "Museum": other, "Amateur": other, "A farmer": body, "The stone": body, "Scientists": body}
    article = _extract(EN_TEASER_LIST, labels)
    assert article.title == "Farmer finds rare meteorite while ploughing his field"
    assert article.authors == ["Laura Chen"]


def test_share_phrases_glued_together_are_not_a_headline():
    # A renderer glued share links into one line: the words are UI phrases end to end.
    lexicon = default_lexicon()
    for glued in ("Compartir en Facebook Compartir en Twitter", "Share on Facebook Share on Twitter", "Facebook Twitter Compartir"):
        assert _glued_phrases(glued, lexicon), glued
    for headline in ("¿Ha llegado de verdad el glaciar a su punto de no retorno?", "Council approves the new tram line"):
        assert not _glued_phrases(headline, lexicon), headline


def test_headline_wrapped_by_the_renderer_is_joined():
    # w3m wraps at 80 columns: a wide Japanese headline goes on on the next line, unspaced
    # (and so do the paragraphs).
    ja = """ニュース

トレンドマイクロ、公衆無線LANを安全に使うためのアプリ「フリーWi-Fiプロテクショ
ン」

CNET Japan 2017年3月9日 18:45配信

トレンドマイクロは3月9日、Wi-Fi利用時の通信を暗号化し保護するスマホ・タブレッ
ト向けのセキュリティアプリの発売を開始すると発表した。1年版ライセンスは2900円
で、2年版ライセンスは5000円。

同アプリをインストールすることで利用者は、安全性の低いアクセスポイントに接続し
てしまった場合でも、その通信を暗号化でき、情報漏えいのリスクを低減できるように
なる。
"""
    article = clipper.parse(ja)
    assert article.title == "トレンドマイクロ、公衆無線LANを安全に使うためのアプリ「フリーWi-Fiプロテクション」"
    assert "ン」" not in article.text.split("\n\n")[0]


def test_share_toolbar_between_headline_and_byline_does_not_hide_the_byline():
    share = "\n".join(f"  • Click to share on {site} (Opens in new window)" for site in (
        "Facebook", "Twitter", "Reddit", "LinkedIn", "Pinterest", "Tumblr", "WhatsApp", "Telegram", "Pocket",
        "Skype", "Flipboard", "Mastodon", "Threads", "Bluesky", "Line", "Viber", "Email"))
    text = f"""Sports | Hockey

Parise scores twice as the home side wins 4-1 on the road

{share}

By Bill Hopper | Special to the Evening Press
PUBLISHED: November 19, 2019 at 8:59 pm | UPDATED: November 19, 2019 at 10:16 pm
Sign up for Newsletters and Alerts

Most Popular

  • Police chief sought state funding for a gunshot-location system, but the mayor is unswayed
  • The county fair will be free to attend starting next summer
  • Snow plows are ready as the first storm of the season moves in
  • New bakery opens downtown with a line around the block
  • School board delays the vote on the new calendar

Hours before his two-goal performance on Tuesday, the veteran forward talked about how long it takes him to get going each season and why the team kept faith.

His first-period goals, one of them on the power play, gave the visitors a lead they never gave up in front of a quiet crowd.
"""
    article = clipper.parse(text)
    assert article.title == "Parise scores twice as the home side wins 4-1 on the road"
    assert article.authors == ["Bill Hopper"]
    assert article.published == "2019-11-19T20:59"
    assert article.modified == "2019-11-19T22:16"


def test_date_line_glued_under_the_deck_is_read_and_the_deck_kept():
    # No blank line between the deck and the byline row: some renderers make them one paragraph.
    text = """Vielen Dank für Ihre Anmeldung. Wir wünschen Ihnen viel Lesevergnügen.

Der Streit um die neue Rheinbrücke geht in die nächste Runde

Der Gemeinderat hat die Entscheidung über den Neubau erneut verschoben und dem
Stadtpräsidenten damit eine weitere Niederlage zugefügt. Nun soll das Volk im
Frühling über das Projekt und den dafür nötigen Kredit abstimmen

Anna Keller, Basel, Peter Brunner 19.10.2019, 23:38 Uhr

Während der Sitzung demonstrierten draussen Anwohner gegen den Neubau. (Bild: Keystone)

Die Sitzung dauerte bis spät in die Nacht. Mehrere Redner forderten eine genauere Prüfung der Kosten, bevor der Rat über den Kredit entscheidet.

Der Stadtpräsident zeigte sich enttäuscht, kündigte aber an, das Projekt nun direkt dem Volk vorzulegen.
"""
    segments = segment(text)
    k = next(i for i, seg in enumerate(segments) if seg.text.startswith("Anna Keller"))
    deck, row = segments[k - 1], segments[k]
    glued = Segment(f"{deck.text} {row.text}", deck.first_line, row.last_line, raw_lines=[*deck.raw_lines, *row.raw_lines])
    lexicon = default_lexicon()
    blocks = classify([*segments[: k - 1], glued, *segments[k + 1 :]], lexicon, DEFAULT_PARAMETERS)
    meta = extract(blocks, lexicon)
    assert meta.title == "Der Streit um die neue Rheinbrücke geht in die nächste Runde"
    assert meta.published == "2019-10-19T23:38"
    assert meta.authors == ["Anna Keller", "Peter Brunner"]
    assert meta.subtitle is not None and meta.subtitle.endswith("den dafür nötigen Kredit abstimmen")
    assert not any("Anna Keller" in b.segment.text for b in blocks if b.label is Label.BODY)


def test_menu_entries_glued_without_spaces_are_not_a_headline():
    # A renderer dropped the spaces between menu links: 'AméricaMéxicoVenezuela…'.
    text = """Últimas Noticias AméricaMéxicoVenezuelaColombia DeportesMundoTecnoCultura

Infobae Noticias

Miércoles 4 de Mayo de 2022

El Nobel de la Paz ruso advirtió que la guerra podría extenderse a otros países de la región

El periodista sostuvo que eso supondría un peligro para todos y consideró que lo más urgente es abrir negociaciones cuanto antes.

La advertencia llega en un momento de fuerte tensión entre las potencias, según explicaron varios analistas consultados.
"""
    lexicon = default_lexicon()
    blocks = classify(segment(text), lexicon, DEFAULT_PARAMETERS)
    menu = next(b for b in blocks if b.segment.text.startswith("Últimas"))
    menu.set(Label.CHROME, ChromeKind.OTHER, "set by the test")
    assert not _headline_like(menu, lexicon)
    headline = next(b for b in blocks if b.segment.text.startswith("El Nobel"))
    headline.set(Label.CHROME, ChromeKind.OTHER, "set by the test")
    assert _headline_like(headline, lexicon)


def test_site_suffix_may_hold_a_hyphen_inside_a_word_but_not_a_spaced_one():
    from clipper.metadata.title import split_site_suffix

    assert split_site_suffix("Stadtrat beschließt neue Radwege – Spiegel-Online") == ("Stadtrat beschließt neue Radwege", "Spiegel-Online")
    assert split_site_suffix("Как похудеть к лету без диет - vse-diety.com") == ("Как похудеть к лету без диет", "vse-diety.com")
    # A spaced dash inside what follows means it is still headline, not a site name.
    assert split_site_suffix("Biden - Trump debate - CNN") == ("Biden - Trump debate", "CNN")
    assert split_site_suffix("Well-known mayor re-elected in by-election") == ("Well-known mayor re-elected in by-election", None)


def test_a_first_line_without_a_letter_or_digit_is_no_title():
    # Undecodable bytes (U+FFFD) or a rule of asterisks say nothing: no title, not '�'.
    assert clipper.parse(b"\xff\xfe\x00").title is None
    assert clipper.parse("* * *\n\nok").title is None
    # A short first line that says something still stands in for the headline.
    assert clipper.parse("Hello\n").title == "Hello"


def test_a_date_cut_at_every_tag_after_its_month_name():
    # BeautifulSoup puts each <span> of a blog's date on its own line: 'Dec' / '28' / 'Sat' / '2013' / '00:28'.
    body = "\n".join(
        f"{s} 今天天氣很好，我們一早就出發前往尖石鄉的美樹營地，沿路的楓葉已經開始轉紅，景色非常漂亮。" for s in ("第一天", "第二天", "最後")
    )
    page = f"首頁\n旅遊日記\n尖石鄉美樹營地賞楓之旅\nDec\n28\nSat\n2013\n00:28\n{body}\n"
    article = clipper.parse(page)
    assert article.title == "尖石鄉美樹營地賞楓之旅"
    assert article.published == "2013-12-28T00:28"


def test_a_month_name_alone_is_no_date():
    body = "\n".join(
        f"{s} The council met on Tuesday to discuss the budget for the coming year, with money for schools and roads."
        for s in ("First,", "Then,", "Finally,")
    )
    page = f"Archive\nMay\n12 posts\nCouncil delays the budget vote again\n{body}\n"
    assert clipper.parse(page).published is None
