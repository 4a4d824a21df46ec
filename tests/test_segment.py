from __future__ import annotations

from clipper.segment import join_wrapped, segment, wrap_width

WRAPPED = """The city council voted 7-2 on Thursday to approve a plan that will add twelve
miles of protected bike lanes to the downtown core, ending a debate that has
divided residents.

Short line.
Another short line.
"""


def test_wrapped_lines_are_rejoined():
    text = WRAPPED + "\n".join(["x " * 38] * 6)
    segs = segment(text)
    assert segs[0].text.startswith("The city council") and segs[0].text.endswith("divided residents.")
    assert (segs[0].first_line, segs[0].last_line) == (1, 3)
    assert "twelve miles" in segs[0].text


def test_short_lines_stay_apart():
    segs = segment("Menu\nSearch\nHome\n\nA paragraph.")
    assert [s.text for s in segs] == ["Menu", "Search", "Home", "A paragraph."]


def test_unwrapped_text_has_no_wrap_width():
    assert wrap_width(["a" * 300, "b" * 10, "c" * 500, "d", "e"]) is None


def test_bullets_headings_quotes():
    segs = segment("  • 좋아요0\n  * item\n    + nested\n## Section\n> quoted text\n  1. first")
    assert [(s.text, s.bullet) for s in segs[:3]] == [("좋아요0", True), ("item", True), ("nested", True)]
    assert segs[2].depth > segs[1].depth
    assert segs[3].heading == 2 and segs[3].text == "Section"
    assert segs[4].quote and segs[4].text == "quoted text"
    assert segs[5].bullet and segs[5].text == "first"


def test_date_at_line_start_is_not_a_numbered_item():
    (seg,) = segment("6. Februar 2025, 15:54 Uhr")
    assert not seg.bullet and seg.text.startswith("6. Februar")


def test_cjk_wrap_join_has_no_space():
    assert join_wrapped("宇宙航空研究開発機構は", "６日、新型") == "宇宙航空研究開発機構は６日、新型"
    assert join_wrapped("bike", "lanes") == "bike lanes"


def test_inline_cuts_of_unwrapped_dumps_are_rejoined():
    text = (
        "The Steelers spent Monday trying to distance themselves from Thursday night's fight that led to multi-game suspensions for\n"
        "Browns\npass rusher\nMyles Garrett\n. Cleveland also received a fine.\nRelated\nMenu"
    )
    segs = segment(text)
    # The link 'Myles Garrett' sits alone between 'pass rusher' and '. Cleveland': one sentence.
    assert segs[0].text == (
        "The Steelers spent Monday trying to distance themselves from Thursday night's fight that led to multi-game suspensions for "
        "Browns pass rusher Myles Garrett. Cleveland also received a fine."
    )
    assert [s.text for s in segs[1:]] == ["Related", "Menu"]


def test_titles_and_cjk_lines_are_not_taken_for_inline_cuts():
    segs = segment("Scientists map the deep ocean floor in record detail\nPosted 3 hours ago\n宇宙航空研究開発機構は\n６日、新型")
    assert len(segs) == 4


def test_glued_line_is_split_at_sentence_seams():
    line = (
        "Council approves new bike lanes downtown after long debate.Photo: city council chamber during the vote."
        "The city council voted 7-2 on Thursday to approve a plan that will add twelve miles of protected bike "
        "lanes to the downtown core, ending a debate that has divided residents in the U.S. for years."
    )
    segs = segment(line)
    assert [s.text[:20] for s in segs] == ["Council approves new", "Photo: city council ", "The city council vot"]
    assert all((s.first_line, s.last_line) == (1, 1) for s in segs)
    # Abbreviations and ordinary sentence spaces are not seams.
    assert len(segment(line.replace(".Photo", ". Photo").replace("vote.The", "vote. The"))) == 1


# w3m lays a table out side by side: the article's cell on the left, a sidebar cell on the right.
SIDE_BY_SIDE = """\
Protests spread to more cities                    Most read in the region today

At least 106 protesters in 21 cities              • Kim Kardashian and Christian Bale
were killed, according to credible                  visit the memorial in Yerevan
reports received by Amnesty. The                  • Tour operators see a record
organization believes that the real                 season for the region
toll may be higher still.                         • Air fares fall for the winter
"""


def test_side_by_side_columns_are_read_one_after_the_other():
    segs = segment("Menu\n\n" + SIDE_BY_SIDE + "\nThe end of the page.\n")
    texts = [s.text for s in segs]
    left = next(t for t in texts if t.startswith("At least 106"))
    assert left.endswith("toll may be higher still.") and "Kardashian" not in left
    assert "Kim Kardashian and Christian Bale visit the memorial in Yerevan" in texts
    assert texts.index(left) < next(i for i, t in enumerate(texts) if "Kardashian" in t)
    # Every part of the two-column stretch keeps the stretch's lines, like parts of a glued line.
    spans = {(s.first_line, s.last_line) for s in segs if "Kardashian" in s.text or s.text is left}
    assert spans == {(3, 9)}
    assert texts[0] == "Menu" and texts[-1] == "The end of the page."


def test_a_table_of_short_cells_is_not_split_into_columns():
    table = "\n".join(f"Constituency {i}        Member {i}" for i in range(6))
    segs = segment(table)
    assert all("Member" in s.text and "Constituency" in s.text for s in segs)


# BeautifulSoup's get_text("\n") leaves a link's text alone between the halves of its sentence.
WIKI_LINKS = """Early life
Marta
is a
botanist
who grew up in
Port Ellery
. She studied at the local college before moving north.
Mit Windows Vista wurde damals die sogenannte
Automatische Optimierung
eingeführt. Diese ist auch heute noch aktiv.
"""


def test_a_link_alone_between_two_halves_of_a_sentence_joins_them():
    segs = [s.text for s in segment(WIKI_LINKS)]
    assert segs == [
        "Early life",
        "Marta is a botanist who grew up in Port Ellery. She studied at the local college before moving north.",
        "Mit Windows Vista wurde damals die sogenannte Automatische Optimierung eingeführt. Diese ist auch heute noch aktiv.",
    ]


def test_menus_and_titles_are_not_taken_for_links_inside_a_sentence():
    # Items end on capitalised words, or the line after the short one is not a continuation.
    menu = "Startseite\nPolitik und Wirtschaft\nKultur\nbei uns\nNeue Kommentare zu Firmen\nSvenja\nbei\nMehr lesen"
    assert len(segment(menu)) >= 6
    # A title ending on a lower-case word, then a short line, then a capitalised paragraph.
    text = "How to keep basil alive indoors\nGardening\nBasil needs six hours of sun a day."
    assert [s.text for s in segment(text)] == [
        "How to keep basil alive indoors",
        "Gardening",
        "Basil needs six hours of sun a day.",
    ]


def test_a_footnote_mark_alone_on_its_line_stays_with_its_sentence():
    text = "The method was introduced by\nSam Roweis\n.\n[1]\nIt is widely used in\ngenomics\n[2]\nInbox\n[3]\n"
    assert [s.text for s in segment(text)] == [
        "The method was introduced by Sam Roweis.[1]",
        "It is widely used in genomics[2]",
        "Inbox",
        "[3]",
    ]


def test_straight_quotes_and_lower_case_asides_cut_by_inline_elements_are_rejoined():
    text = (
        'Aus Sicht des Vorstands hat das Werk gute Chancen, "\n'
        "wieder zum Vorbild für die Branche\n"
        '" zu werden. Doch dazu muss das Projekt gelingen.\n'
        "The model uses a heavy-tailed\n"
        "Student t-distribution\n"
        "(with one degree of freedom) in the map.\n"
        "Name\nE-Mail\n(wird nicht veröffentlicht)\n"
    )
    assert [s.text for s in segment(text)] == [
        'Aus Sicht des Vorstands hat das Werk gute Chancen, "wieder zum Vorbild für die Branche" zu werden. '
        "Doch dazu muss das Projekt gelingen.",
        "The model uses a heavy-tailed Student t-distribution (with one degree of freedom) in the map.",
        "Name",
        "E-Mail",
        "(wird nicht veröffentlicht)",
    ]


def test_html2text_wraps_hangul_by_characters_not_columns():
    para = "가" * 10 + " " + " ".join(["나다라마바사"] * 30)
    import textwrap

    wrapped = textwrap.fill(para, 78)  # html2text's wrap: 78 characters, ~150 terminal columns
    text = "\n\n".join([wrapped, "# 제목", wrapped, "짧은 줄", wrapped])
    segs = segment(text)
    assert [s.text for s in segs if s.text.startswith("가")] == [para] * 3


def test_bs4_lines_of_similar_length_are_not_taken_for_wrapped():
    lines = ["첫 문단입니다. " * 6, "둘째 문단입니다. " * 6, "셋째 문단입니다. " * 6, "넷째 문단입니다. " * 6, "다섯째 문단. " * 7]
    assert len(segment("\n".join(line.strip() for line in lines))) == 5


def test_a_quotation_cut_at_its_marks_is_one_block():
    segs = segment('한 입시업체 관계자는 "\n최상위권의 기대가 크다\n"고 말했다.\n다음 문단이다.')
    assert [s.text for s in segs] == ['한 입시업체 관계자는 "최상위권의 기대가 크다"고 말했다.', "다음 문단이다."]


def test_a_copyright_notice_glued_to_the_last_paragraph_is_cut_off():
    body = "교육부는 늘봄학교 운영 시간을 오후 8시까지 늘리겠다고 밝혔다. " * 4 + "인력도 늘린다고 했다."
    segs = segment(body + " 정유진 기자 yjin@example.com ⓒ 세계일보 & Example.com, 무단전재 및 재배포 금지")
    assert [s.text for s in segs] == [body, "정유진 기자 yjin@example.com ⓒ 세계일보 & Example.com, 무단전재 및 재배포 금지"]


def test_a_dash_and_a_lower_case_word_go_on_with_the_sentence_in_unwrapped_dumps():
    # bs4 cuts '<strong>Tubeless heisst schlauchlos</strong> – man …' after the bold part;
    # the dash line looks like a bullet but finishes the sentence.
    text = (
        "Was ist Tubeless?\n"
        "Zu einem Fahrradreifen gehört normalerweise ein Schlauch, innen im Reifen, mit dem Ventil dran, auf Englisch Tube.\n"
        "Tubeless heisst also schlauchlos\n"
        "– man verzichtet auf einen Schlauch und fährt nur den Reifen.\n"
        "Na zakończenie spotkania prezes dziękował wszystkim za pracę\n"
        "– mówiła rzeczniczka.\n"
    )
    texts = [s.text for s in segment(text)]
    assert "Tubeless heisst also schlauchlos – man verzichtet auf einen Schlauch und fährt nur den Reifen." in texts
    assert "Na zakończenie spotkania prezes dziękował wszystkim za pracę – mówiła rzeczniczka." in texts
    assert not any(s.bullet for s in segment(text))


def test_a_list_typed_with_dashes_stays_a_list():
    text = (
        "Für den Teig braucht man nicht viel, und das meiste davon hat man ohnehin schon im Schrank stehen.\n"
        "Zutaten:\n- mehl\n- zucker\nWas man braucht\n- eier\n- milch\n"
    )
    items = [s.text for s in segment(text) if s.bullet]
    assert items == ["mehl", "zucker", "eier", "milch"]


def test_one_paragraph_per_line_is_not_a_wrap():
    # A blog's paragraphs, one per line (BeautifulSoup), each ending its sentences: widths near
    # each other look like a wrap column, but a wrap does not fall after every sentence end.
    paragraphs = [
        "今日は週末恒例の作り置きをしました。春キャベツが安かったので、たっぷり使っています。",
        "まずはキャベツと油揚げの煮浸し。だしをしっかり効かせるのがポイントです。",
        "それから鶏むね肉の塩麹漬け。前の晩に漬けておくと、焼くだけで柔らかく仕上がります。",
        "平日の夕飯作りがぐっと楽になるので、おすすめですよ。",
    ]
    lines = ["ブログトップ", "記事一覧", "2025-03-09 18:22:45", "春の作り置きおかず５品", *paragraphs, "いいね！", "コメント(3)"]
    assert wrap_width(lines) is None
    texts = [s.text for s in segment("\n".join(lines))]
    assert all(p in texts for p in paragraphs)
    # The same width with lines cut mid-sentence is still a wrap.
    wrapped = ["これは端末の幅で折り返された長い段落の一行目であり、文はまだ続いていて次の", "行に", *["行の途中で切れた文章が続きます。そしてまた次の文が始まり、途中で折り返される"] * 4]
    assert wrap_width(wrapped) is not None


def test_source_line_breaks_with_blank_lines_inside_a_sentence_are_rejoined():
    # BeautifulSoup keeps the HTML source's breaks: a blank line after a block that stopped on
    # a lower-case word, then a lower-case line, is one sentence.
    text = (
        "Sign in\n\n"
        "Editors and their extension languages have a long history, and this is a short note on one corner of it.\n\n"
        "This blog article on decorators in Python reminded me to write up\n\n"
        "the equivalent for Emacs Lisp.\n\n"
        "La municipalité a présenté son plan pour les pistes cyclables,\n\n"
        "qui seront construites avant l'été.\n\n"
        "Neue Radwege für die Innenstadt beschlossen\n\n"
        "vor 3 Stunden\n\n"
        "Council approves a plan for the river bank\n\n"
        "by Jane Doe\n\n"
        "Prairie dogs pose danger to tourists\n\nsee also\n\n"
        "Home\n\nnews\n"
    )
    assert [s.text for s in segment(text)] == [
        "Sign in",
        "Editors and their extension languages have a long history, and this is a short note on one corner of it.",
        "This blog article on decorators in Python reminded me to write up the equivalent for Emacs Lisp.",
        "La municipalité a présenté son plan pour les pistes cyclables, qui seront construites avant l'été.",
        # A teaser's time and a byline under a headline stay apart; so do one-word menu items.
        "Neue Radwege für die Innenstadt beschlossen",
        "vor 3 Stunden",
        "Council approves a plan for the river bank",
        "by Jane Doe",
        "Prairie dogs pose danger to tourists",
        "see also",
        "Home",
        "news",
    ]


def test_blank_lines_of_wrapped_dumps_still_end_paragraphs():
    text = WRAPPED.replace("Short line.\nAnother short line.\n", "") + "\nthe next paragraph starts in lower case here.\n"
    assert len(segment(text)) == 2


def test_compound_halves_cut_at_an_inline_element_are_rejoined_without_a_space():
    text = (
        "Die Karte richtet sich an alle, die sich über die\nRadon\n-Situation in ihrer Region informieren möchten.\n"
        "Damit die Vorteile von\nKI\n-Systemen nutzbar werden, muss man sie prüfen.\n"
        "Menu\n- Home\n- News\n"
    )
    assert [s.text for s in segment(text)] == [
        "Die Karte richtet sich an alle, die sich über die Radon-Situation in ihrer Region informieren möchten.",
        "Damit die Vorteile von KI-Systemen nutzbar werden, muss man sie prüfen.",
        "Menu",
        "Home",
        "News",
    ]


def test_a_bracketed_note_after_a_name_cut_out_of_a_sentence_is_rejoined():
    text = (
        "Elf Tage nach dem Achtelfinal-Aus gegen\nDenis Shapovalov\n"
        "(Kanada) gewann die deutsche Nummer eins in Montpellier.\n"
        "Name\nE-Mail\n(Pflichtfeld) bitte\n"
    )
    assert [s.text for s in segment(text)] == [
        "Elf Tage nach dem Achtelfinal-Aus gegen Denis Shapovalov (Kanada) gewann die deutsche Nummer eins in Montpellier.",
        "Name",
        "E-Mail",
        "(Pflichtfeld) bitte",
    ]


# A page read through its textContent: a glued menu, the headline, the article and the footer
# on one line, the elements' indentation left as runs of spaces.
GLUED_PAGE = (
    "Harbor town opens new ferry terminal | Coast Daily          "
    "HomeNewsSportsBusinessOpinionWeatherObituaries   "
    "Harbor town opens new ferry terminal   By Mia Olsen   March 3, 2025   "
    "The new terminal replaces a wooden pier that served the island route for sixty years. "
    "It has a heated waiting room, a ticket office and space for forty cars."
    "The first ferry left at six in the morning with twelve passengers on board.   "
    "Mayor Ana Lind said the town had waited a long time for the terminal. \"People on the island "
    "rely on this boat for school, for work and for the doctor,\" she said at the opening. "
    "The building cost 14 million dollars, most of it paid by the state, and took two years to "
    "finish after storms in the first winter delayed the work on the new sea wall."
    "Ferry tickets can be bought at the office or online, and the summer timetable adds two "
    "evening crossings from June until the end of August, when the school holidays end.   "
    "FacebookTwitterEmailPrint   "
    "About UsContactPrivacy PolicyTerms of UseAdvertise   © 2025 Coast Daily"
)


def test_a_glued_page_is_cut_at_layout_gaps_and_glued_menu_items():
    texts = [s.text for s in segment(GLUED_PAGE)]
    assert "Harbor town opens new ferry terminal" in texts
    assert "By Mia Olsen" in texts and "March 3, 2025" in texts
    for item in ("Home", "Sports", "Obituaries", "Facebook", "Print", "Privacy Policy", "Terms of Use"):
        assert item in texts
    assert any(t.startswith("The new terminal replaces") for t in texts)
    assert all(s.first_line == s.last_line == 1 for s in segment(GLUED_PAGE))


def test_glued_page_record_keeps_the_article_and_drops_the_menus():
    import clipper

    article = clipper.parse(GLUED_PAGE)
    assert "The first ferry left at six" in article.text and "heated waiting room" in article.text
    for chrome in ("Obituaries", "Facebook", "Privacy Policy"):
        assert chrome not in article.text


def test_names_and_blobs_with_inner_capitals_are_not_cut():
    prose = (
        "Administrators can turn the mode on through the SafeBrowsingProtectionLevel policy, and "
        "players on PlayStation and YouTube Gaming will see the change next week, the company said "
        "in a statement on Tuesday after a long test with a small group of users in three countries."
    )
    assert [s.text for s in segment(prose)] == [prose]
    blob = "PGRpdiBjbGFzcz0ic3AtZHNndm8g" + "CwgYXVmIElocmVtIEVuZGdlciBZhdW1sO3QgU2tya" * 6 + " end of the embed code here."
    assert len(segment(blob)) == 1
    script = 'window.cfg = {"textAbove": "Keep", "DOMContentLoaded": true};   ' * 20
    assert len(segment(script)) == 1
