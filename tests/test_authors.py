from __future__ import annotations

import pytest

from clipper.lexicon import default_lexicon
from clipper.metadata.authors import bare_names, parse_byline


@pytest.mark.parametrize(
    "text,names,emails",
    [
        ("홍길동 기자 hong@example.com", ["홍길동"], ["hong@example.com"]),
        ("홍길동·김철수 기자", ["홍길동", "김철수"], []),
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"], []),
        ("By Jane Doe, Reuters", ["Jane Doe"], []),
        ("Von Max Mustermann", ["Max Mustermann"], []),
        ("記者 山田太郎", ["山田太郎"], []),
    ],
)
def test_bylines(text, names, emails):
    byline = parse_byline(text, default_lexicon())
    assert byline is not None
    assert byline.authors == names
    assert byline.emails == emails


@pytest.mark.parametrize("text", ["Email the author", "Follow", "기자 구독", "By the way, this is a sentence about something."])
def test_ui_text_is_not_a_byline(text):
    byline = parse_byline(text, default_lexicon())
    assert byline is None or byline.authors == []


@pytest.mark.parametrize(
    "text,names",
    [
        ("By Tess Bonn - 11/19/19 06:56 AM EST", ["Tess Bonn"]),
        ("Monday November 18, 2019 7:45 am PST by Joe Rossignol", ["Joe Rossignol"]),
        ("Analysis by Chris Cillizza, CNN Editor-at-large", ["Chris Cillizza"]),
        ("Accueil | Par Loïc Le Clerc | 30 septembre 2018", ["Loïc Le Clerc"]),
        ("Par Nicolas Gutierrez C. le 14.09.2020 à 11h46", ["Nicolas Gutierrez C."]),
        ("Текст: Венера Ерофеева·24 сентября 2018", ["Венера Ерофеева"]),
        ("By Umair Irfan Updated Nov 13, 2019, 10:28am EST", ["Umair Irfan"]),
    ],
)
def test_bylines_with_dates_and_roles(text, names):
    byline = parse_byline(text, default_lexicon())
    assert byline is not None and byline.authors == names


@pytest.mark.parametrize(
    "text,names",
    [
        ("Jeanne Corriveau", ["Jeanne Corriveau"]),
        ("Markus M. Haefliger, London, Beat Bumbacher 19.10.2019, 23:38 Uhr", ["Markus M. Haefliger", "Beat Bumbacher"]),
        ("VICTOR TANGERMANN, FUTURISM", ["Victor Tangermann"]),
        ("Emmanuelle Ducros Emmanuelle Ducros", ["Emmanuelle Ducros"]),
        ("Kevin Johnson and Kevin McCoy USA TODAY", ["Kevin Johnson", "Kevin McCoy"]),
        ("Patricio Candia | Palma de Mallorca | 08/01/2014", ["Patricio Candia"]),
        ("View Comments", []),
        ("SuscríbeteIniciar Sesión", []),
        ("Calendário Stock Car 2018", []),
        ("Actualizado al 03/05/2022 22:46", []),
    ],
)
def test_bare_names(text, names):
    assert bare_names(text, default_lexicon()) == names


def test_korean_reporter_lines_with_an_outlet_or_a_credit_label():
    lexicon = default_lexicon()
    assert parse_byline("[동서일보 박지민 기자]", lexicon).authors == ["박지민"]
    assert parse_byline("글·사진=박지민 기자", lexicon).authors == ["박지민"]
    assert parse_byline("(서울=연합뉴스) 김영희 기자", lexicon).authors == ["김영희"]
    assert parse_byline("박지민·김철수 기자", lexicon).authors == ["박지민", "김철수"]


def test_a_wire_credit_that_opens_the_lead_paragraph_is_marked_lead():
    lexicon = default_lexicon()
    lead = parse_byline("(대전=연합뉴스) 홍길동 기자 = 지방 중소병원 응급실이 야간 당직 의사를 구하지 못해 문을 닫고 있다.", lexicon)
    assert lead.authors == ["홍길동"] and lead.lead
    assert not parse_byline("(서울=연합뉴스) 김영희 기자 =", lexicon).lead
    assert not parse_byline("홍길동 기자 기자 페이지", lexicon).lead


def test_a_reporter_after_the_date_line_stamps():
    lexicon = default_lexicon()
    assert parse_byline("입력 2025.07.15 06:00 수정 2025.07.15 09:41 이수진 기자", lexicon).authors == ["이수진"]
    assert parse_byline("mj@fnnews.com 김민지 기자", lexicon).emails == ["mj@fnnews.com"]


@pytest.mark.parametrize(
    "text,names",
    [
        ("Par [Claire Morel](/auteur/claire-morel/)", ["Claire Morel"]),  # html2text's Markdown link
        ("聯合報／記者陳怡君／台北即時報導", ["陳怡君"]),  # slots between slashes, the reporter word glued on
        ("（记者 张丽）", ["张丽"]),  # a sign-off in full-width brackets
        ("by 코딩하는곰", ["코딩하는곰"]),  # a blog's nickname after an explicit 'by'
        ("작성자 하늘빛나래", ["하늘빛나래"]),
        ("投稿者：さくらママ", ["さくらママ"]),
    ],
)
def test_bylines_of_other_sites(text, names):
    byline = parse_byline(text, default_lexicon())
    assert byline is not None and byline.authors == names


def test_a_wire_lead_credit_names_the_author_and_stays_body():
    lead = "新华社宁波5月20日电（记者 王晓明）20日上午，随着最后一段岩层被打通，我国首条跨海高铁隧道全线贯通。" * 4
    byline = parse_byline(lead, default_lexicon())
    assert byline is not None and byline.authors == ["王晓明"] and byline.lead


@pytest.mark.parametrize(
    "text",
    [
        "記者會上表示將持續關注",  # the reporter word opening another word, no slot
        "(Reuters) - The central bank held rates on Thursday, as expected by most economists polled in the week before the meeting, and said it would watch prices closely over the coming months ahead.",
        "필자 소개",
    ],
)
def test_no_names_from_these(text):
    byline = parse_byline(text, default_lexicon())
    assert byline is None or byline.authors == []


def test_a_month_before_a_day_ends_the_names():
    byline = parse_byline("By Julie Gordon and David Ljunggren June 4, 2025 10:02 AM EDT", default_lexicon())
    assert byline is not None and byline.authors == ["Julie Gordon", "David Ljunggren"]


@pytest.mark.parametrize("text", ["责任编辑：崔宁宁", "編輯：林克倫"])
def test_desk_editors_are_not_authors(text):
    byline = parse_byline(text, default_lexicon())
    assert byline is None or byline.authors == []


_BS4_BODY = {
    "es": "La ministra presentó ayer ante el Senado una batería de medidas de corto y largo plazo para enfrentar "
          "el crimen organizado, entre ellas el control de armas y nuevas normas para las policías.",
    "en": "The minister presented a package of short and long term measures to the Senate on Tuesday, including "
          "tighter controls on weapons and new rules for the police forces of the region.",
}


@pytest.mark.parametrize(
    "lang,headline,lines,authors",
    [
        # Each name a link on its own line (BeautifulSoup), commas and the conjunction between them.
        ("es", "La agenda con que el Gobierno busca contener la crisis de seguridad del oficialismo",
         ["Marta Ibáñez", ",", "Rocío Fuentes", "y", "José Miguel Soto"], ["Marta Ibáñez", "Rocío Fuentes", "José Miguel Soto"]),
        ("en", "Senate weighs the minister's plan to curb crime in the northern region",
         ["Jane Holloway", ",", "Tom Rivers", "and", "Ann Porter"], ["Jane Holloway", "Tom Rivers", "Ann Porter"]),
    ],
)
def test_byline_names_on_their_own_lines(lang, headline, lines, authors):
    import clipper

    page = "\n".join(["Política" if lang == "es" else "Politics", headline, *lines, _BS4_BODY[lang], _BS4_BODY[lang]])
    article = clipper.parse(page)
    assert article.title == headline  # the names are not the headline's end
    assert article.authors == authors


@pytest.mark.parametrize(
    "text,names",
    [
        # Wire copy credits reporters, then editors: the authors are the reporters.
        ("(Reporting by Julie Marsh in Ottawa; Additional reporting by Steve Cole; Editing by Leslie Hart)", ["Julie Marsh", "Steve Cole"]),
        ("Reporting by David Shaw; Editing by Chris Reed and Sandra Mayer", ["David Shaw"]),
        ("(Editing by Leslie Hart)", None),
        ("By Jane Doe in London", ["Jane Doe"]),
        ("Por Ana Pérez en Madrid", ["Ana Pérez"]),
        # Italian 'di' opens a byline; inside a line it is a preposition.
        ("di Mario Rossi", ["Mario Rossi"]),
        ("di Mario Rossi e Luca Bianchi", ["Mario Rossi", "Luca Bianchi"]),
        ("Di Giulia Verdi | 12 marzo 2024", ["Giulia Verdi"]),
        ("La storia di Anna Frank", None),
        ("Il governo di Giorgia Meloni", None),
    ],
)
def test_credit_lines_and_line_prefixes(text, names):
    byline = parse_byline(text, default_lexicon())
    assert (byline.authors if byline else None) == names


def test_wire_credit_under_the_story_names_its_reporters():
    import clipper

    body = "\n\n".join(
        f"{s} The central bank kept its key rate unchanged on Wednesday, saying inflation was easing but remained above target."
        for s in ("Analysts had expected the move.", "Markets barely reacted.", "The next decision is due in March.")
    )
    page = f"Bank holds rates as inflation eases\n\n{body}\n\n(Reporting by Julie Marsh in Ottawa; Editing by Leslie Hart)\n\nOur Standards: The Trust Principles."
    assert clipper.parse(page).authors == ["Julie Marsh"]


def test_italian_byline_under_the_headline():
    import clipper

    body = "\n\n".join(
        f"{s} Il consiglio comunale ha rinviato ieri sera il voto sul bilancio, chiedendo più tempo per esaminare le cifre."
        for s in ("La decisione era attesa.", "L'opposizione protesta.", "Il voto è previsto a marzo.")
    )
    page = f"Cronaca\n\nIl consiglio rinvia il voto sul bilancio comunale\n\ndi Mario Rossi\n\n12 marzo 2024\n\n{body}"
    article = clipper.parse(page)
    assert article.title == "Il consiglio rinvia il voto sul bilancio comunale"
    assert article.authors == ["Mario Rossi"]


@pytest.mark.parametrize(
    "text,names",
    [
        # A desk or an outlet after the names ends them; it does not void the byline.
        ("Von Anna Schmidt, ARD-Hauptstadtstudio", ["Anna Schmidt"]),
        ("Por Ana Souza, g1 SP — São Paulo", ["Ana Souza"]),
        # Japanese and Chinese join the credit word and the name with a dot or a slash.
        ("文・山田太郎", ["山田太郎"]),
        ("文／张三", ["张三"]),
        # Another label after the names ends them.
        ("作者：张三 来源：新华社", ["张三"]),
        # The first credit is the byline; the correspondent after it is credited apart.
        ("记者 王晓明 李华 通讯员 赵强", ["王晓明", "李华"]),
        ("Written by Jane Doe on February 11, 2025", ["Jane Doe"]),
        ("Reportagem de Ana Souza", ["Ana Souza"]),
        # A Korean wire lead in square brackets.
        ("[화성=뉴시스] 박동현 기자 = 11일 오후 1시50분께 경기 화성시 장안면의 한 물류창고에서 불이 나 소방 당국이 대응 1단계를 발령하고 진화 작업을 벌이고 있다.", ["박동현"]),
    ],
)
def test_bylines_in_other_styles(text, names):
    byline = parse_byline(text, default_lexicon())
    assert byline is not None and byline.authors == names
