"""CJK page shapes (clipper/classify/cjk.py): teaser lists of cut-off headlines, yearless
time stamps, label/value pairs, breadcrumbs, image names, credits glued to prose."""

from __future__ import annotations

import clipper
from clipper.classify import Label, classify
from clipper.classify.cjk import is_yearless_stamp
from clipper.model import ChromeKind
from clipper.segment import segment


def _labels(text: str) -> dict[str, tuple[Label, ChromeKind | None]]:
    return {b.segment.text.strip(): (b.label, b.kind) for b in classify(segment(text))}


ZH_BLOG = """首页 > 旅游 > 游记

周末去山里看红叶

上周末和朋友去了城郊的山里看红叶。山路不算难走，一路上层层叠叠的树林已经换上了秋天的颜色，让人忍不住停下来拍照。

中午我们在山腰的小店吃了一碗热面，老板说再过一周叶子就要落了……

下午下起了小雨，我们只好提前下山。虽然有点遗憾，但这趟旅程还是很值得。

热门文章
秋天去哪儿看红叶？这五个地方不要错过...
自驾游必备清单：出发前一定要检查的...
城郊露营地推荐
"""


def test_cut_off_headlines_are_a_teaser_list_and_one_ellipsis_in_prose_is_not():
    labels = _labels(ZH_BLOG)
    assert labels["秋天去哪儿看红叶？这五个地方不要错过..."] == (Label.CHROME, ChromeKind.RELATED)
    assert labels["自驾游必备清单：出发前一定要检查的..."] == (Label.CHROME, ChromeKind.RELATED)
    assert labels["中午我们在山腰的小店吃了一碗热面，老板说再过一周叶子就要落了……"][0] is Label.BODY


def test_a_breadcrumb_trail_is_navigation():
    assert _labels(ZH_BLOG)["首页 > 旅游 > 游记"] == (Label.CHROME, ChromeKind.NAVIGATION)
    doubled = ZH_BLOG.replace("首页 > 旅游 > 游记", "首页 >> 旅游 >> 游记")
    assert _labels(doubled)["首页 >> 旅游 >> 游记"] == (Label.CHROME, ChromeKind.NAVIGATION)


def test_yearless_stamps():
    assert is_yearless_stamp("3/9(木) 18:45配信")
    assert is_yearless_stamp("最終更新:3/9(木) 19:02")
    assert is_yearless_stamp("03-09 15:47")
    assert is_yearless_stamp("3月9日 18時45分")
    # A headline with a time in it has too many other letters to be a stamp.
    assert not is_yearless_stamp("日経平均は5日ぶり反発、円安で大型外需株に買い戻し 3/9(木) 15:47")
    assert not is_yearless_stamp("전체 3/9 경기")


def test_a_label_cut_from_its_value_takes_the_value_along():
    page = "来源：\n新华日报\n记者　张明\n" + "今天，全省高速公路网建设取得新进展。新建成的三条高速公路正式通车，总里程超过三百公里。沿线群众出行更加便捷。\n"
    labels = _labels(page)
    assert labels["新华日报"][0] is Label.CHROME


def test_image_names_between_steps_are_looked_through_on_cjk_pages():
    steps = [
        "まず設定アプリを開き、「バッテリー」の項目をタップします。",
        "次に「省電力モード」をオフにして、アプリを最適化の対象から外します。",
        "さらに通知の設定を開き、バックアップアプリの通知を許可します。",
        "最後にアプリを一度終了して、もう一度起動すれば完了です。",
    ]
    page = "スマホのバックアップが止まったときの直し方\n\n" + "先週からスマホの写真が自動でバックアップされなくなりました。原因を調べたところ、省電力の設定が邪魔をしていました。\n\n"
    for n, step in enumerate(steps):
        page += f"{step}\n\n[20250302_000{n}]\n\n"
    article = clipper.parse(page.encode(), keep_chrome=True)
    for step in steps:
        assert step in article.text
    assert "[20250302_0001]" not in article.text


def test_a_credit_glued_to_cjk_prose_keeps_the_paragraph():
    lead = (
        "[사진=연합뉴스] 정부가 청년 월세 특별지원 사업을 2년 더 연장하고 소득 기준을 완화하기로 했다. "
        "국토교통부는 6일 이런 내용을 담은 청년 주거 지원 강화 방안을 발표했다. 지원 대상은 부모와 따로 사는 "
        "만 19~34세 무주택 청년으로, 월 최대 20만원을 12개월 동안 받을 수 있다. 소득 기준은 중위소득 60% 이하에서 "
        "70% 이하로 높아진다."
    )
    rest = "국토부는 이번 조치로 지원 대상이 약 5만명 늘어날 것으로 내다봤다. 신청은 다음 달부터 복지로 누리집에서 할 수 있다."
    article = clipper.parse(f"정부, 청년 월세 지원 연장\n\n{lead}\n\n{rest}\n".encode())
    assert "국토교통부는 6일" in article.text
    # The same credit on its own line is a caption.
    labels = _labels("[사진=연합뉴스]\n\n" + lead.split("] ", 1)[1] + "\n")
    assert labels["[사진=연합뉴스]"] == (Label.CHROME, ChromeKind.CAPTION)


ZH_LIST = """城市更新三年行动方案发布

市政府今天发布城市更新三年行动方案，提出到二〇二七年完成老旧小区改造五百个。方案明确了资金保障和居民参与机制。

方案提出三项重点任务：

改造老旧管网
增加停车位
建设社区食堂

有关负责人表示，改造将充分听取居民意见。各区将在年底前公布具体项目清单。
"""


def test_an_article_s_own_short_list_stays_when_the_article_resumes():
    labels = _labels(ZH_LIST)
    for item in ("改造老旧管网", "增加停车位", "建设社区食堂"):
        assert labels[item][1] is not ChromeKind.RELATED
    assert labels["有关负责人表示，改造将充分听取居民意见。各区将在年底前公布具体项目清单。"][0] is Label.BODY


def test_a_list_the_article_announces_at_its_end_stays():
    page = ZH_LIST.split("有关负责人")[0] + "版权所有 © 2025 城市日报\n"
    labels = _labels(page)
    for item in ("改造老旧管网", "增加停车位", "建设社区食堂"):
        assert labels[item][1] is not ChromeKind.RELATED


def test_headlines_stamped_with_source_and_time_are_teasers():
    page = (
        "新電力の契約数、初めて2000万件を突破\n\n"
        "経済産業省は9日、大手電力以外の「新電力」の契約数が初めて2000万件を超えたと発表した。電力小売りの全面自由化から8年が経った。\n\n"
        "日経平均は5日ぶり反発、円安で大型外需株に買い戻し　ロイター 3/9(木) 15:47\n\n"
        "個人向け社債、買うべきか　その金利は定期預金の200倍　現代ビジネス 3/9(木) 18:01\n"
    )
    labels = _labels(page)
    assert labels["日経平均は5日ぶり反発、円安で大型外需株に買い戻し　ロイター 3/9(木) 15:47"] == (Label.CHROME, ChromeKind.RELATED)
    assert labels["個人向け社債、買うべきか　その金利は定期預金の200倍　現代ビジネス 3/9(木) 18:01"][1] is ChromeKind.RELATED


def test_a_cjk_page_of_short_labels_still_has_no_body():
    page = "\n".join(["首页", "新闻", "财经", "科技", "体育", "娱乐", "汽车", "房产", "旅游", "教育", "健康", "美食",
                      "天气预报", "生活服务", "便民查询", "热线电话"])
    assert not clipper.parse(page.encode()).body


def test_prose_that_mentions_sharing_or_investment_stays_body():
    from clipper.lexicon import default_lexicon

    lexicon = default_lexicon()
    assert lexicon.match_pattern("他把照片分享到朋友圈后，很快收到了回复。") is None
    assert lexicon.match_pattern("市民可扫码用手机支付车费。") is None
    assert lexicon.match_pattern("전문가들은 투자 판단에 유의해야 한다고 조언했다.") is None
    assert lexicon.match_pattern("分享至好友和朋友圈") is ChromeKind.SHARE
    assert lexicon.match_pattern("※ 이 기사는 투자 권유가 아니며, 투자 판단의 책임은 투자자 본인에게 있습니다.") is ChromeKind.OTHER
