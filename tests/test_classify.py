"""The classifier: first pass, chrome-heading runs, the learned block scorer and its weights."""

from __future__ import annotations

import json
from importlib import resources

import pytest

import clipper
import clipper.classify as classify_module

from clipper.classify import Label, Quality, classify, first_pass
from clipper.classify.labels import DEFAULT_PARAMETERS
from clipper.classify.learned import BlockModel, Logistic, default_model, stage1_rows, stage2_rows
from clipper.lexicon import default_lexicon
from clipper.model import ChromeKind
from clipper.segment import segment

ARTICLE = """Home | World | Business | Sport | Culture

Search

Wind farm plan approved after two-year inquiry

Published 4 March 2025

Plans for one of the largest offshore wind farms in the North Sea have been approved by
the government after an inquiry that lasted more than two years and heard evidence from
fishermen, conservation groups and the companies behind the project.

The developers say the turbines will generate enough electricity for more than a million
homes once the farm is complete, and that construction could begin as early as next year.

Fishing organisations had argued that the cables would disturb breeding grounds, but the
inspector concluded that the risks could be managed with conditions on the timing of work.

Related

Solar subsidy scheme to close in June
Energy bills expected to fall this spring
Offshore jobs boost for coastal towns

Copyright 2025 The Example Post. All rights reserved.
"""


def _labels(text: str):
    return classify(segment(text), default_lexicon(), DEFAULT_PARAMETERS)


def test_the_article_run_is_body_and_the_rest_is_chrome():
    blocks = _labels(ARTICLE)
    body = [b.segment.text[:20] for b in blocks if b.label is Label.BODY]
    assert body == ["Plans for one of the", "The developers say t", "Fishing organisation"]
    kinds = {b.segment.text[:20]: b.name for b in blocks if b.label is Label.CHROME}
    assert kinds["Solar subsidy scheme"] == "related"
    assert kinds["Copyright 2025 The E"] == "copyright"


def test_rule_path_still_works_without_the_model():
    blocks = classify(segment(ARTICLE), default_lexicon(), DEFAULT_PARAMETERS, model=False)
    body = [b.segment.text[:20] for b in blocks if b.label is Label.BODY]
    assert "Plans for one of the" in body
    assert all("p_body" not in b.extra for b in blocks)


def test_prose_paragraphs_end_a_chrome_heading_run():
    text = (
        "See also\n\nOther story headline\n\n"
        "A case of the plague was reported in the region over the weekend, after two people there were "
        "diagnosed with it last week.\n"
    )
    blocks, _ = first_pass(segment(text), default_lexicon(), DEFAULT_PARAMETERS)
    assert blocks[1].quality is Quality.CHROME
    assert blocks[2].quality is not Quality.CHROME


def test_a_bullet_never_introduces_a_chrome_run():
    blocks, _ = first_pass(segment("  * News\n  * Sport\n\nSearch"), default_lexicon(), DEFAULT_PARAMETERS)
    assert "chrome_heading" not in blocks[0].extra


def test_features_have_one_row_per_block_and_fixed_width():
    blocks, has_sw = first_pass(segment(ARTICLE), default_lexicon(), DEFAULT_PARAMETERS)
    own, rows = stage1_rows(blocks, has_sw)
    assert len(rows) == len(blocks) and len({len(r) for r in rows}) == 1
    rows2 = stage2_rows(blocks, own, [0.5] * len(blocks))
    assert len(rows2) == len(blocks) and len({len(r) for r in rows2}) == 1


@pytest.mark.parametrize("html,name", [(False, "weights.json"), (True, "weights_html.json")])
def test_shipped_weights_are_small_and_match_the_features(html, name):
    entry = resources.files("clipper.classify") / name
    assert len(entry.read_bytes()) < 50_000
    model = default_model(html=html)
    assert model is not None
    blocks, has_sw = first_pass(segment(ARTICLE), default_lexicon(), DEFAULT_PARAMETERS)
    own, rows = stage1_rows(blocks, has_sw)
    assert len(model.stages[0].coef) == len(rows[0])
    for stage in model.stages[1:]:
        assert len(stage.coef) == len(stage2_rows(blocks, own, [0.5] * len(blocks))[0])
    assert BlockModel.from_dict(json.loads(entry.read_text())) == model


def test_logistic_folds_standardisation():
    m = Logistic(mean=(1.0, 0.0), scale=(2.0, 1.0), coef=(2.0, -1.0), bias=0.5)
    (p,) = m.predict([[3.0, 0.5]])
    # z = 0.5 + 2 * (3 - 1) / 2 - 1 * 0.5 = 2.0
    assert abs(p - 1 / (1 + 2.718281828459045**-2.0)) < 1e-9


def test_a_custom_model_decides_the_blocks():
    blocks, has_sw = first_pass(segment(ARTICLE), default_lexicon(), DEFAULT_PARAMETERS)
    own, rows = stage1_rows(blocks, has_sw)
    width1, width2 = len(rows[0]), len(stage2_rows(blocks, own, [0.5] * len(blocks))[0])
    never = BlockModel(
        (
            Logistic((0.0,) * width1, (1.0,) * width1, (0.0,) * width1, 0.0),
            Logistic((0.0,) * width2, (1.0,) * width2, (0.0,) * width2, -10.0),
        )
    )
    labelled = classify(segment(ARTICLE), default_lexicon(), DEFAULT_PARAMETERS, model=never)
    assert not any(b.label is Label.BODY for b in labelled)


def test_stopword_tables_name_the_language_of_prose():
    from clipper.classify import stopword_language

    samples = {
        "pl": "Rada miasta przyjęła w czwartek plan, który ma poprawić bezpieczeństwo na drogach, ale nie wszyscy się z tym zgadzają.",
        "it": "Il consiglio comunale ha approvato giovedì il piano per le piste ciclabili, che sono state chieste dai cittadini.",
        "nl": "De gemeenteraad heeft donderdag het plan voor nieuwe fietspaden goedgekeurd, maar niet iedereen is er blij mee.",
        "de": "Der Stadtrat hat am Donnerstag den Plan für neue Radwege beschlossen, der von vielen Bürgern gefordert wurde.",
    }
    for lang, text in samples.items():
        assert stopword_language(segment(text), default_lexicon()) == lang


def test_tag_headings_and_trailing_photo_credits_are_chrome():
    lexicon = default_lexicon()
    assert lexicon.match_heading("Etiquetas:").value == "navigation"
    assert lexicon.match_heading("Schlagwörter").value == "navigation"
    assert lexicon.match_pattern("La bendición se realizará mañana. Foto: LN").value == "caption"


def test_a_page_of_short_items_only_has_no_body():
    text = "\n".join(f"Item {i}: price up {i % 97}%" for i in range(300))
    blocks = _labels(text)
    assert not any(b.label is Label.BODY for b in blocks)


def test_undecodable_blocks_are_chrome():
    broken_paragraph = " ".join(["\ufffd\ufffd\ufffd \ufffd\ufffd\ufffd\ufffd"] * 30) + " argued."
    text = ARTICLE + "\n" + broken_paragraph + "\n"
    blocks = _labels(text)
    broken = next(b for b in blocks if "\ufffd" in b.segment.text)
    assert broken.label is Label.CHROME and "U+FFFD" in broken.reason


COMMENTED = ARTICLE.replace(
    "Related\n",
    """Comments

Mary K.
3 hours ago
I live on the coast and I think the turbines are a good idea, as long as the fishing grounds are respected.
Reply

Tom from Leith
5 hours ago
The inquiry took far too long and the bills will not fall because of this, whatever the developers say now.
Reply

Anna
yesterday
Good news for the towns along the coast, which need the jobs that the construction and the port will bring.
Reply

Related
""",
)


def test_a_comment_thread_below_the_article_is_chrome():
    blocks = classify(segment(COMMENTED), default_lexicon(), DEFAULT_PARAMETERS)
    body = [b.segment.text for b in blocks if b.label is Label.BODY]
    assert body and body[0].startswith("Plans for one of the largest")
    assert not any("turbines are a good idea" in t or "far too long" in t or "need the jobs" in t for t in body)
    kinds = {b.segment.text[:20]: b.name for b in blocks}
    assert kinds["I live on the coast "] == "comments"


def test_an_image_file_name_does_not_cut_the_article_in_two():
    page = ARTICLE.replace("The developers say", "IMG_2041-turbines.jpg\n\nThe developers say")
    blocks = classify(segment(page), default_lexicon(), DEFAULT_PARAMETERS)
    by_start = {b.segment.text[:20]: b for b in blocks}
    assert by_start["IMG_2041-turbines.jp"].name == "caption"
    body = [b.segment.text for b in blocks if b.label is Label.BODY]
    assert any(t.startswith("The developers say") for t in body)
    assert any(t.startswith("Fishing organisations") for t in body)


def test_a_list_the_article_introduces_stays_in_the_body():
    page = ARTICLE.replace(
        "Fishing organisations had argued",
        "The conditions set by the inspector include the following points:\n\n"
        "• No cable work in the spawning season\n• Quarterly reports to the council\n• A fund for the harbour\n\n"
        "Fishing organisations had argued",
    )
    blocks = classify(segment(page), default_lexicon(), DEFAULT_PARAMETERS)
    body = [b.segment.text for b in blocks if b.label is Label.BODY]
    assert "Quarterly reports to the council" in body
    assert any(t.startswith("Fishing organisations") for t in body)


TEASER_GRID = """Latest Headlines

[thumb-harbour.jpg]
Harbour Bridge Repairs Run Over BudgetThe council says the work on the old bridge will cost
twice the sum it set aside last spring, and the opening is delayed.

[thumb-schools.jpg]
Schools Brace For Teacher ShortageHead teachers warn that dozens of posts are still empty a
week before the start of the term in the northern districts.

[thumb-market.jpg]
Farmers Market Moves To The Old StationThe weekly market will reopen in the restored station
hall from next month, with room for twice as many stalls as before.

[thumb-library.jpg]
Library Opening Hours Extended In WinterThe central library will stay open until nine in the
evening on weekdays from November, the city announced on Monday.

"""


def test_a_teaser_grid_of_image_markers_is_not_looked_through():
    from clipper.classify.revise import visible

    blocks, _ = first_pass(segment(TEASER_GRID + ARTICLE), default_lexicon(), DEFAULT_PARAMETERS)
    markers = [b for b in blocks if b.segment.text.startswith("[thumb-")]
    assert len(markers) == 4 and all(b.kind is ChromeKind.CAPTION for b in markers)
    shown = visible(blocks)
    assert all(any(m is s for s in shown) for m in markers)


def test_a_photo_blog_s_pictures_are_still_looked_through():
    from clipper.classify.revise import visible

    photos = "IMG_3886.jpg\n\nIMG_3891.jpg\n\n"
    page = ARTICLE.replace("The developers say", photos + "The developers say").replace(
        "Fishing organisations", "IMG_3906.jpg\n\nFishing organisations"
    )
    blocks, _ = first_pass(segment(page), default_lexicon(), DEFAULT_PARAMETERS)
    shown_text = [b.segment.text for b in visible(blocks)]
    assert not any(t.startswith("IMG_") for t in shown_text)


def test_bulleted_headlines_after_the_article_s_footer_are_teasers():
    article = """科技 > 正文

研究团队称新型电池可在十分钟内充满电动汽车

本报讯 10月14日报道

研究人员周四表示，他们开发的新型固态电池能够在十分钟内为电动汽车充满电，而且在一千次充放电之后仍能保持九成以上的容量。

团队负责人说，这种电池使用的材料成本较低，预计三年内可以进入小规模生产，首先用于城市公交车和出租车。

但业内人士提醒，实验室成果走向量产仍有许多难题，包括安全测试、供应链以及充电设施的改造等。

【版权所有，未经授权不得转载。】

分享到:

• 电动汽车销量大跌：背后有哪些原因？
• 从燃油车到电动车：老牌车企能否再次崛起？
• 看了这些充电桩的数据，你还会买电动车吗？
• 城市公交全面电动化还要多久？
"""
    blocks = classify(segment(article), default_lexicon(), DEFAULT_PARAMETERS)
    body = [b.segment.text for b in blocks if b.label is Label.BODY]
    assert any(t.startswith("研究人员周四表示") for t in body)
    assert any(t.startswith("但业内人士提醒") for t in body)
    assert not any(t.endswith("？") for t in body)


def test_html_input_is_scored_with_the_html_weights(monkeypatch):
    # Blocks from the DOM walk have other shapes than a text dump's: HTML has its own fit.
    assert default_model(html=True) != default_model()
    asked = []
    shipped = classify_module.default_model
    monkeypatch.setattr(classify_module, "default_model", lambda html=False: asked.append(html) or shipped(html))
    paragraph = "The council approved the plan on Tuesday after a long debate about its cost and timing."
    clipper.parse(f"<html><body><h1>Plan approved</h1><p>{paragraph}</p></body></html>".encode())
    clipper.parse(f"Plan approved\n\n{paragraph}\n".encode())
    assert asked == [True, False]
