"""Styles of pages the development sets do not show (session 7): each phenomenon on a small page.

The golden cases (tests/cases/) hold whole pages; these tests pin the rule or table entry behind
each one, and what must not change with it.
"""

from __future__ import annotations

import clipper
from clipper.classify.features import measure
from clipper.lexicon import default_lexicon
from clipper.model import ChromeKind
from clipper.segment import Segment, segment


def _body(text: str) -> list[str]:
    return [b.text for b in clipper.parse(text.encode("utf-8")).body]


def _chrome_kind(text: str, start: str) -> str | None:
    article = clipper.parse(text.encode("utf-8"), keep_chrome=True)
    return next((c.kind.value for c in article.chrome if c.text.startswith(start)), None)


def test_the_danda_and_the_arabic_question_mark_end_sentences():
    hindi = measure(Segment("मानसून ने तय समय से पहले दस्तक दे दी है। मौसम विभाग ने यह बताया।", 1, 1), frozenset())
    assert hindi.sentence_ends == 2 and hindi.ends_sentence
    arabic = measure(Segment("هل تكفي المحطة الجديدة؟", 1, 1), frozenset())
    assert arabic.ends_sentence


HINDI_PAGE = """# राजस्थान में मानसून की दस्तक, 12 जिलों में भारी बारिश का अलर्ट

जयपुर 3 घंटे पहले

राजस्थान में मानसून ने तय समय से चार दिन पहले दस्तक दे दी है। मौसम विभाग ने सोमवार को बताया कि मानसून ने बांसवाड़ा और डूंगरपुर के रास्ते प्रदेश में प्रवेश किया है।

मौसम केंद्र जयपुर के अनुसार अगले 48 घंटों में उदयपुर, कोटा और अजमेर संभाग के 12 जिलों में भारी बारिश हो सकती है। इन जिलों के लिए ऑरेंज अलर्ट जारी किया गया है।

**ये भी पढ़ें...**

  * [दिल्ली में पारा 44 डिग्री के पार, लू का अलर्ट](https://example.com/a/1)
"""


def test_a_hindi_page_keeps_its_paragraphs_and_drops_its_read_also_box():
    body = _body(HINDI_PAGE)
    assert len(body) == 2 and body[0].startswith("राजस्थान में मानसून ने")
    assert _chrome_kind(HINDI_PAGE, "**ये भी पढ़ें") == "related"


def test_the_new_tables_name_their_chrome():
    lexicon = default_lexicon()
    assert lexicon.match_heading("اقرأ أيضا") is ChromeKind.RELATED
    assert lexicon.match_heading("כתבות נוספות") is ChromeKind.RELATED
    assert lexicon.match_exact("Ακούστε το άρθρο") is ChromeKind.SHARE
    assert lexicon.match_exact("शेयर") is ChromeKind.SHARE
    assert lexicon.match_pattern("جميع الحقوق محفوظة © 2025 شبكة الجزيرة") is ChromeKind.COPYRIGHT
    assert lexicon.match_pattern("(צילום: דוברות רכבת ישראל)") is ChromeKind.CAPTION
    assert lexicon.match_pattern("list 1 of 2") is ChromeKind.OTHER


READ_ALSO = """Pemerintah Tambah Kuota Haji 2026 Jadi 241.000 Jemaah

Kompas.com - 14/05/2025, 10:22 WIB

JAKARTA, KOMPAS.com - Pemerintah Indonesia mendapat tambahan kuota haji sebanyak 20.000 jemaah untuk musim haji 2026, sehingga total kuota menjadi 241.000 jemaah.

Menteri Agama menyampaikan, tambahan kuota tersebut merupakan hasil pertemuan dengan otoritas Arab Saudi pekan lalu.

Baca juga: Daftar Tunggu Haji di Sejumlah Daerah Capai 40 Tahun

Kementerian Agama juga akan menambah jumlah petugas kesehatan yang mendampingi jemaah selama di Tanah Suci.

Simak breaking news dan berita pilihan kami langsung di ponselmu.
"""


def test_the_body_goes_on_under_a_read_also_line():
    body = _body(READ_ALSO)
    assert body[-1].startswith("Kementerian Agama juga")
    assert not any(b.startswith("Baca juga") for b in body)


AUTHOR_BOX = """강원도 홍천군 내면의 작은 분교는 5년 전만 해도 전교생이 6명이었다. 교육청이 통폐합 대상으로 올려놓았던 이 학교에 지금은 26명이 다닌다.

교사들은 학생 수가 늘면서 모둠 수업과 체육 대회가 가능해졌다고 말한다. 다만 정착을 돕는 주거·일자리 지원이 필요하다는 목소리도 나온다.

태그:#산촌유학, #홍천, #분교

추천 기사

원고료로 응원하기

윤다솜 (dasom)

내 이야기를 다 하지 못한 채 다음 기사로 넘어갑니다. 시골 학교 이야기를 씁니다.

이 기자의 최신기사

봄 농사 시작한 귀농 청년들
"""


def test_boxes_after_the_story_opened_by_a_tag_row_bring_no_blurb_back():
    assert not any(b.startswith("내 이야기를") for b in _body(AUTHOR_BOX))


THAI_GLUED = """ไทยรัฐออนไลน์ หน้าแรก ข่าว การเมือง เศรษฐกิจ กีฬา บันเทิง
กรมอุตุฯ เตือน 35 จังหวัด ฝนตกหนัก กทม.โดนด้วย
12 ส.ค. 2568 07:15 น.
กรมอุตุนิยมวิทยาประกาศเตือนฉบับที่ 5 ระบุว่า ร่องมรสุมพาดผ่านภาคเหนือตอนล่าง ภาคกลาง และภาคตะวันออกเฉียงเหนือ ทำให้มีฝนตกหนักบางแห่งใน 35 จังหวัด รวมถึงกรุงเทพมหานครและปริมณฑล ขอให้ประชาชนระวังอันตรายจากน้ำท่วมฉับพลันและน้ำป่าไหลหลาก โดยเฉพาะพื้นที่เชิงเขาและใกล้ทางน้ำไหลผ่าน
Copyright © 2025 Thairath Online. All rights reserved.
"""


def test_a_thai_paragraph_without_stops_is_found_on_a_page_with_no_other_body():
    body = _body(THAI_GLUED)
    assert len(body) == 1 and body[0].startswith("กรมอุตุนิยมวิทยาประกาศเตือน")


def test_quotation_marks_on_lines_of_their_own_join_their_sentence():
    lines = ["한 무인점포 점주는", "“", "계산대 옆에 붙여놔도 소용이 없다", "”", "며", "“", "수리비가 더 든다", "”", "고 호소했다."]
    assert [s.text for s in segment("\n".join(lines))] == ["한 무인점포 점주는 “계산대 옆에 붙여놔도 소용이 없다”며 “수리비가 더 든다”고 호소했다."]
    zh = ["有居民表示，單程需時約20分鐘，", "「", "新站開通後應該可以慳返唔少時間", "」", "。"]
    assert [s.text for s in segment("\n".join(zh))] == ["有居民表示，單程需時約20分鐘，「新站開通後應該可以慳返唔少時間」。"]


def test_a_capitalised_line_after_a_closing_mark_is_a_new_block():
    lines = ["He called it", "“", "a fair deal", "”", "Related stories"]
    assert [s.text for s in segment("\n".join(lines))] == ["He called it “a fair deal”", "Related stories"]


def test_a_korean_glued_line_is_cut_before_a_figure_and_around_a_caption_credit():
    line = (
        "연봉 올려도 전문의 못 구해 응급실 중단 사태지방의료원 19곳 결원경남의 한 지방의료원 응급실 입구. 최서진 기자"
        "경남의 한 지방의료원이 응급의학과 전문의를 채용하기 위해 연봉 4억 원을 내걸었지만 석 달째 지원자가 없는 것으로 확인됐다."
        "4일 취재를 종합하면 이 의료원은 지난해 12월부터 세 차례 채용 공고를 냈지만 응시자가 없어 이달부터 야간 응급실 운영을 중단했다."
    )
    parts = [s.text for s in segment(line)]
    assert parts[1] == "최서진 기자"
    assert parts[2].startswith("경남의 한 지방의료원이") and parts[3].startswith("4일 취재를")


def test_a_press_conference_is_no_caption_credit():
    line = (
        "정부가 청년 월세 지원을 2년 연장한다.국토교통부는 6일 이런 내용을 발표했다. 이날 기자회견에서 장관은 지원 대상이 5만명 늘어난다고 밝혔다. "
        "신청은 다음 달부터 복지로 누리집에서 할 수 있으며 소득 기준은 중위소득 60% 이하에서 70% 이하로 높아진다고 설명했다."
    )
    assert not any(s.text.startswith("이날 기자") and s.text.endswith("기자") for s in segment(line))
    assert any("이날 기자회견에서" in s.text for s in segment(line))


CREDIT_UNDER_CAPTION = """[취재] 폐교 위기 분교에 '유학생' 스무 명이 왔다
25.04.22 11:37 l 최종 업데이트 25.04.22 11:37
가 가 가 가 가 가
강원 홍천군 내면의 한 분교 운동장에서 산촌유학생들이 공을 차고 있다.
ⓒ 윤다솜
강원도 홍천군 내면의 작은 분교는 5년 전만 해도 전교생이 6명이었다. 교육청이 통폐합 대상으로 올려놓았던 이 학교에 지금은 26명이 다닌다. 늘어난 20명은 모두 도시에서 온 '산촌유학생'이다.
산촌유학은 도시 학생이 6개월 이상 농산촌 학교로 전학해 지내는 프로그램이다. 학생들은 마을 농가에 머물거나 부모와 함께 이주한다.
교육청은 올해 안에 지원 방안을 내놓겠다는 입장이다.
ⓒ 오마이뉴스
"""


def test_a_caption_over_its_photo_credit_is_no_body_and_the_last_sentence_stays():
    body = _body(CREDIT_UNDER_CAPTION)
    assert _chrome_kind(CREDIT_UNDER_CAPTION, "강원 홍천군 내면의") == "caption"
    assert body[0].startswith("강원도 홍천군") and body[-1].startswith("교육청은 올해 안에")


def test_a_bracketed_wire_photo_credit_makes_the_line_above_it_a_caption_inside_the_body():
    page = """서울 지하철 요금 150원 인상…6월부터 1,550원

(서울=연합뉴스) 이윤정 기자 = 서울 지하철 기본요금이 오는 6월부터 1,400원에서 1,550원으로 오른다.

서울시는 3일 물가대책위원회를 열어 지하철 요금 인상안을 확정했다고 밝혔다. 인상은 2023년 10월 이후 1년 8개월 만이다.

서울 지하철 개찰구
[연합뉴스 자료사진]

시는 누적 적자가 17조원을 넘어서면서 요금 인상이 불가피하다고 설명했다. 청소년과 어린이 요금은 동결된다.

시민단체들은 공공요금이 잇따라 오르면서 서민 부담이 커지고 있다며 반발했다.

<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>
"""
    body = _body(page)
    assert len(body) == 4 and body[2].startswith("시는 누적 적자가")
    assert _chrome_kind(page, "서울 지하철 개찰구") == "caption"


def test_a_full_stop_statement_ends_a_related_run_in_a_language_of_long_words():
    page = """Merkez Bankası faizi yüzde 42,5'e indirdi

Merkez Bankası Para Politikası Kurulu, politika faizini 250 baz puan indirerek yüzde 42,5'e çekti. Karar piyasa beklentileriyle uyumlu oldu.

Kurul açıklamasında, enflasyondaki düşüş eğiliminin sürdüğü ve iç talebin yavaşladığı belirtildi. Bankanın yıl sonu enflasyon tahmini yüzde 29 olarak korundu.

İLGİNİZİ ÇEKEBİLİR

Altın fiyatlarında son durum

Dolar haftaya nasıl başladı?

Ekonomistler, bir sonraki toplantıda da benzer büyüklükte bir indirim yapılabileceğini öngörüyor.

Tüm hakları saklıdır. © 2025 Hürriyet
"""
    body = _body(page)
    assert body[-1].startswith("Ekonomistler") and not any(b.startswith("Dolar haftaya") for b in body)
    assert _chrome_kind(page, "İLGİNİZİ ÇEKEBİLİR") == "related"  # 'İ' folds to 'i' and a dot


def test_a_latin_photo_credit_glued_to_the_lead_is_cut_off():
    line = (
        "Ilustrasi pedagang beras. Foto: Grandyos Zafna/detikcomJakarta - Harga beras premium di Pasar Induk turun sekitar "
        "Rp 500 per kilogram dalam sepekan terakhir.Ketua Koperasi Pedagang mengatakan pasokan beras yang masuk ke pasar naik "
        "hingga 30% dalam sepekan terakhir."
    )
    parts = [s.text for s in segment(line)]
    assert parts[0] == "Ilustrasi pedagang beras. Foto: Grandyos Zafna/detikcom"
    assert parts[1].startswith("Jakarta - Harga beras")
