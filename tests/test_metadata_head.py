"""The article's head: its headline, not a teaser's; its date line, not the masthead's."""

from __future__ import annotations

import clipper

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
