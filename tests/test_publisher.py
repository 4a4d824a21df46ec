from __future__ import annotations

import pytest

from clipper.metadata.publisher import from_copyright


@pytest.mark.parametrize(
    "line,name",
    [
        ("Copyright 조선일보 & chosun.com", "조선일보"),
        ("[ⓒ 매일경제 & mk.co.kr, 무단 전재, 재배포 및 AI학습 이용 금지]", "매일경제"),
        ("ⓒ dongA.com. All rights reserved. 무단 전재", "dongA.com"),
        ("© 2019 MacRumors.com, LLC. All Rights Reserved.", "MacRumors.com"),
        ("<저작권자 ⓒ 1980-2025 ㈜연합뉴스TV 무단 전재 재배포 및 AI학습 이용 금지>", "연합뉴스TV"),
        ("© Guardian News & Media Limited", "Guardian News & Media"),
        ("Copyright (c) Yonhap News Agency. All rights reserved.", "Yonhap News Agency"),
        ("© 2020 The Example Times.All rights reserved", "The Example Times"),
        ("© Copyright Harbour Ledger 2018", "Harbour Ledger"),  # the mark and the word both
        ("© Kanal.7 Nordwest GmbH", "Kanal.7 Nordwest"),  # a full stop inside the name
        ("© 2019 Coastline Media Limited or its affiliated companies. All rights reserved.", "Coastline Media"),
        ("© Creative Commons License Dieses Weblog (inklusive aller Beiträge) ist unter einer", None),  # a licence
        ("© Text and photos of this blog are licensed for reuse", None),  # a sentence, not a name
        ("Copyright © Lighthouse Patent firm All rights reserved.", "Lighthouse Patent firm"),
        ("[ⓒ 한빛일보, 무단전재 및 재배포 금지]", "한빛일보"),
    ],
)
def test_publisher_from_copyright(line, name):
    assert from_copyright(line) == name


def _footer(lines: list[str]) -> str:
    body = (
        "The council met on Tuesday to discuss the new budget for the coming year, which includes money for "
        "schools, roads and the harbour. Several members asked for more time to read the proposal."
    )
    return "\n".join(["Harbour council delays budget vote", body, body.replace("Tuesday", "Wednesday"), *lines])


@pytest.mark.parametrize(
    "lines,publisher",
    [
        (["©", "2024", "Harbour Ledger Media Group"], "Harbour Ledger Media Group"),  # cut at every tag
        (["© 2024", "vse-novosti.example", ", 2008"], "vse-novosti.example"),
        (["©", "/ Datenschutzinformation /"], None),  # a link after the mark, not its holder
        (["©", "• Theme by Example Studio"], None),
        (["©", "Text and photos are licensed for reuse by readers"], None),  # a sentence, not a name
        (["© 2017-2023", "Locations"], None),  # a menu item
        (["Copyright Policy", "Privacy Policy"], None),  # a link to a legal page names no holder
        # A notice inside a row of the footer, which reads as a menu.
        (["Impressum | Datenschutz", "Nachrichten vom 19.10.2019 | © Hafenblatt.de GmbH | Haushalt vertagt"], "Hafenblatt.de"),
        (["© Creative Commons License Dieses Weblog (inklusive aller Beiträge) ist unter einer Lizenz."], None),
    ],
)
def test_publisher_from_a_notice_cut_from_its_holder(lines, publisher):
    import clipper

    assert clipper.parse(_footer(lines)).publisher == publisher


def _html_page(footer: str, markup: str = "") -> str:
    body = "".join(
        f"<p>{sentence} The council met on Tuesday to discuss the budget for the coming year, with money for schools and roads.</p>"
        for sentence in ("First,", "Then,", "Finally,")
    )
    return (
        f"<html lang='en'><head><title>Harbour council delays budget vote | Harbour Ledger</title>{markup}</head>"
        f"<body><article><h1>Harbour council delays budget vote</h1>{body}</article><footer>{footer}</footer></body></html>"
    )


_MARKUP = (
    '<meta property="og:site_name" content="Harbour Ledger">'
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour council delays budget vote",'
    ' "publisher": {"@type": "Organization", "name": "The Harbour Ledger"}}</script>'
)


@pytest.mark.parametrize(
    "footer,markup,publisher",
    [
        # The notice the reader sees names the holder; the markup names the brand.
        ("<p>© 2024 Coastline Media Group, Inc. All rights reserved.</p>", _MARKUP, "Coastline Media Group"),
        # The notice as a link in the footer menu, read as navigation.
        ('<ul><li><a href="/c">Copyright © 2024 Coastline Media Group, Inc.</a></li><li><a href="/p">Privacy Policy</a></li>'
         '<li><a href="/t">Terms of Use</a></li></ul>', _MARKUP, "Coastline Media Group"),
        # No notice: the markup's publisher, then og:site_name.
        ("<p>Contact us</p>", _MARKUP, "The Harbour Ledger"),
        ("<p>Contact us</p>", '<meta property="og:site_name" content="Harbour Ledger">', "Harbour Ledger"),
        # A notice that names a licence, not a holder, leaves the markup's name.
        ("<p>© Creative Commons License Dieses Weblog (inklusive aller Beiträge) ist unter einer Lizenz.</p>", _MARKUP,
         "The Harbour Ledger"),
    ],
)
def test_html_publisher_precedence(footer, markup, publisher):
    import clipper

    assert clipper.parse(_html_page(footer, markup)).publisher == publisher


def test_korean_html_notice_beats_the_markup_brand():
    import clipper

    body = "".join(f"<p>{n}번째 문단입니다. 시의회는 화요일 회의를 열고 내년도 예산안을 논의했으며 학교와 도로 예산이 포함됐다.</p>" for n in range(1, 4))
    html = (
        '<html lang="ko"><head><meta property="og:site_name" content="한빛뉴스 | 세상을 보는 창"></head><body>'
        f"<h1>시의회, 예산안 표결 연기</h1><p>김민수 기자</p>{body}"
        "<p>Copyright (c) Hanbit News Agency. All rights reserved.</p><p>&lt;저작권자 ⓒ 한빛뉴스, 무단전재 및 재배포 금지&gt;</p>"
        "</body></html>"
    )
    assert clipper.parse(html).publisher == "한빛뉴스"


def test_korean_dump_publisher_dates_and_byline():
    import clipper

    body = "\n\n".join(f"{n}번째 문단입니다. 시의회는 목요일 회의를 열고 내년도 예산안을 논의했으며 학교와 도로 예산이 포함됐다." for n in range(1, 4))
    page = (
        "한빛뉴스 | 세상을 보는 창\n\n시의회, 예산안 표결 연기\n\n입력 2025.02.06 10:30 수정 2025.02.06 12:02\n\n김민수 기자\n\n"
        f"{body}\n\n<저작권자 ⓒ 한빛뉴스, 무단전재 및 재배포 금지>\n\nCopyright (c) Hanbit News Agency. All rights reserved."
    )
    a = clipper.parse(page)
    assert (a.title, a.authors, a.publisher) == ("시의회, 예산안 표결 연기", ["김민수"], "한빛뉴스")
    assert (a.published, a.modified) == ("2025-02-06T10:30", "2025-02-06T12:02")


@pytest.mark.parametrize(
    "line,name",
    [
        # The founding year after the mark is no part of the name.
        ("Copyright(c) Since 1996, MBC&iMBC All rights reserved.", "MBC&iMBC"),
        ("Copyright ⓒ Since 1999 한빛경제신문 All Rights Reserved.", "한빛경제신문"),
        # A slogan before the name: its words end in particles, a name's do not.
        ("저작권자 © 충청의 희망, 대전일보 무단전재 및 재배포 금지", "대전일보"),
        ("저작권자 © 충청의 희망 대전일보 무단전재 및 재배포 금지", "대전일보"),
        ("Copyright ⓒ 세상을 바꾸는 신문, 한빛일보. All rights reserved.", "한빛일보"),
        # Notice formulas in other languages end the holder; legal forms are dropped.
        ("版权所有 © 北京新闻网 未经授权禁止转载", "北京新闻网"),
        ("© 2025 Haber Örnek Medya A.Ş. Tüm hakları saklıdır.", "Haber Örnek Medya"),
    ],
)
def test_holders_past_founding_years_slogans_and_formulas(line, name):
    assert from_copyright(line) == name
