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
    ],
)
def test_publisher_from_a_notice_cut_from_its_holder(lines, publisher):
    import clipper

    assert clipper.parse(_footer(lines)).publisher == publisher
