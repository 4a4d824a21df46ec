from __future__ import annotations

import codecs
import gzip
import unicodedata

import pytest

from clipper.decode import decode, gunzip, normalize_text, sniff_html
from clipper.errors import BinaryInputError, CorruptInputError, EmptyInputError, InputTooLargeError, UnknownEncodingError
from clipper.model import InputFormat

KO = "반도체 수출이 석 달 만에 증가세로 돌아섰다. 산업통상자원부가 1일 발표했다. " * 5


@pytest.mark.parametrize("data", [b"", b"   \n\t\n", b"\xef\xbb\xbf  \n"])
def test_empty_and_whitespace_are_errors(data):
    with pytest.raises(EmptyInputError):
        decode(data)


@pytest.mark.parametrize(
    "data,name",
    [(b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "PNG"), (b"PK\x03\x04\x14\x00" + b"\x00" * 40, "zip"), (b"%PDF-1.7\n%\xe2\xe3", "PDF")],
)
def test_binary_is_refused_with_its_kind(data, name):
    with pytest.raises(BinaryInputError, match=name):
        decode(data)


def test_gunzip_reads_every_member_and_caps_the_expanded_size():
    page = KO.encode()
    assert gunzip(gzip.compress(page), 10_000) == page
    # Two members (what `cat a.gz b.gz` gives) decompress to both texts, in order.
    assert gunzip(gzip.compress(page[:90]) + gzip.compress(page[90:]), 10_000) == page
    bomb = gzip.compress(b"a" * 5_000_000)
    assert len(bomb) < 10_000
    with pytest.raises(InputTooLargeError, match=r"expands to over the 1,000,000-byte limit"):
        gunzip(bomb, 1_000_000)


@pytest.mark.parametrize(
    "data,reason",
    [
        (gzip.compress(KO.encode())[:60], r"\(the stream is cut short\)$"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03garbage, not deflate", r"\(invalid [a-z ]+\)$"),
    ],
)
def test_gunzip_names_what_is_wrong_with_a_broken_stream(data, reason):
    with pytest.raises(CorruptInputError, match=r"^corrupt gzip data " + reason):
        gunzip(data, 1_000_000)


def test_utf8_bom_and_utf16():
    assert decode("\ufeff제목\n본문".encode("utf-8")).text == "제목\n본문"
    d = decode("제목\n본문 text".encode("utf-16"))
    assert d.text == "제목\n본문 text" and d.encoding == "utf-16"


def test_cp949_detected_without_declaration():
    d = decode(KO.encode("cp949"))
    assert d.text == KO
    assert d.encoding in ("cp949", "euc_kr", "johab") or "949" in d.encoding or "kr" in d.encoding


def test_forced_encoding_replaces_and_warns():
    d = decode("café".encode("utf-8") + b"\xff", encoding="utf-8")
    assert "\ufffd" in d.text and d.warnings


def test_normalisation():
    nfd = "한국".encode("utf-8").decode("utf-8")
    import unicodedata

    text = normalize_text("a\r\nb\rc\u200bd\u202ee\x00" + unicodedata.normalize("NFD", nfd))
    assert text == "a\nb\ncde" + "한국"


def test_html_sniffed_by_content():
    assert sniff_html("<!DOCTYPE html><html><head><title>x</title></head><body><p>hi</p></body></html>")
    assert not sniff_html("A page about <b> tags in general\nand nothing else")
    assert decode(b"<html><body><p>Hello there, world.</p></body></html>").format is InputFormat.HTML


# --- encodings without a declaration -------------------------------------------------------
# Short articles in the scripts each legacy encoding serves; each must come back exactly.
SAMPLES = {
    "ko": "반도체 수출이 석 달 만에 증가세로 돌아섰다. 산업통상자원부는 1일 발표한 수출입 동향에서 "
    "지난달 수출이 작년 같은 달보다 4.3% 늘었다고 밝혔다.\n정부는 하반기에도 회복세가 이어질 것으로 내다봤다.\n",
    "ja": "東京都は１日、新しい防災計画を発表した。首都直下地震に備え、避難所の数を増やすとともに、"
    "住民への情報提供を強化する。\n小池知事は記者会見で「早めの備えが大切だ」と述べた。\n",
    "zh": "国家统计局周一公布的数据显示，今年前三个季度国内生产总值同比增长百分之五。"
    "专家表示，消费和投资保持稳定，经济运行总体平稳。\n",
    "zh-tw": "行政院今天通過明年度總預算案，總額約新台幣三兆元。主計總處表示，社會福利支出占比最高，國防預算也明顯增加。\n",
    "de": "Die Stadtverwaltung hat am Montag beschlossen, die Öffnungszeiten der Bibliotheken zu verlängern. "
    "Bürgerinnen und Bürger können künftig auch sonntags Bücher ausleihen, teilte die Behörde mit.\n",
    "fr": "Le gouvernement a présenté mercredi un projet de loi visant à réduire les délais. "
    "« Nous voulons une administration plus rapide », a déclaré la ministre. Les élus de l’opposition ont critiqué le texte.\n",
    "es": "El ayuntamiento aprobó el martes una reforma del transporte público que amplía el horario nocturno. "
    "«Es una petición histórica de los vecinos», señaló la concejala.\n",
}


@pytest.mark.parametrize(
    "lang,codec,reported",
    [
        ("ko", "cp949", "cp949"),
        ("ko", "euc-kr", "cp949"),  # CP949 is the superset browsers use for EUC-KR
        ("ja", "shift_jis", "cp932"),
        ("ja", "euc-jp", "euc_jp"),
        ("zh", "gb18030", "gb18030"),
        ("zh", "gbk", "gb18030"),
        ("zh-tw", "big5", "big5hkscs"),
        ("de", "cp1252", "cp1252"),
        ("fr", "cp1252", "cp1252"),
        ("es", "latin-1", "cp1252"),  # Windows-1252 is what browsers read Latin-1 as
        ("de", "latin-1", "cp1252"),
    ],
)
def test_legacy_encodings_detected_without_declaration(lang, codec, reported):
    text = SAMPLES[lang]
    d = decode(text.encode(codec))
    assert d.text == text
    assert d.encoding == reported
    assert d.warnings == []


@pytest.mark.parametrize(
    "data,reported",
    [
        (SAMPLES["ko"].encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SAMPLES["ko"].encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + SAMPLES["ja"].encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + SAMPLES["ja"].encode("utf-16-be"), "utf-16"),
        (codecs.BOM_UTF16_LE + SAMPLES["de"].encode("utf-16-le"), "utf-16"),
    ],
)
def test_unicode_forms(data, reported):
    d = decode(data)
    assert d.encoding == reported
    assert d.text in (SAMPLES["ko"], SAMPLES["ja"], SAMPLES["de"])


def test_declared_charset_is_used():
    html = '<html><head><meta charset="euc-kr"><title>뉴스</title></head><body><p>경제 뉴스입니다.</p></body></html>'
    d = decode(html.encode("cp949"))
    assert d.encoding == "cp949" and "경제 뉴스입니다." in d.text


def test_forced_encoding_overrides_detection():
    data = SAMPLES["de"].encode("cp1252")
    assert decode(data, encoding="latin-1").encoding == "iso8859-1"
    assert decode(data, encoding="cp1252").text == SAMPLES["de"]


def test_unknown_forced_encoding_is_a_clean_error():
    with pytest.raises(UnknownEncodingError, match="unknown encoding 'klingon-8'"):
        decode(b"hello", encoding="klingon-8")


# --- undecodable bytes are replaced with a warning, never an exception -----------------------


def test_invalid_utf8_bytes_are_replaced_with_a_warning():
    text = SAMPLES["ko"]
    head = text[:10].encode("utf-8")
    data = head + b"\xff\xfe" + text[10:20].encode("utf-8") + b"\xc0\xaf" + text[20:].encode("utf-8")
    d = decode(data)
    assert d.encoding == "utf-8"
    assert "\ufffd" in d.text and "산업통상자원부는" in d.text
    assert len(d.warnings) == 1 and "undecodable" in d.warnings[0] and f"first at byte {len(head)}" in d.warnings[0]


def test_truncated_multibyte_at_the_end_stays_utf8():
    data = ("Seoul stocks closed higher on Friday. 코스피는 " + "상승").encode("utf-8")[:-2]
    d = decode(data)
    assert d.encoding == "utf-8"
    assert d.text.startswith("Seoul stocks closed higher on Friday. 코스피는 상") and d.text.endswith("\ufffd")
    assert "ends inside a UTF-8 character" in d.warnings[0]


def test_truncated_utf16_is_replaced():
    d = decode(codecs.BOM_UTF16_LE + "Hello, world. 안녕".encode("utf-16-le")[:-1])
    assert d.text.startswith("Hello, world. 안") and d.warnings


def test_forced_encoding_with_bad_bytes_warns():
    d = decode(SAMPLES["ko"].encode("cp949"), encoding="utf-8")
    assert d.encoding == "utf-8" and "\ufffd" in d.text and "undecodable" in d.warnings[0]


def test_binary_is_refused_even_with_a_forced_encoding():
    with pytest.raises(BinaryInputError, match="PNG"):
        decode(b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, encoding="latin-1")


# --- normalisation: what cannot change what is body ------------------------------------------


@pytest.mark.parametrize(
    "raw,clean",
    [
        ("one\r\ntwo\r\n\r\nthree", "one\ntwo\n\nthree"),
        ("one\rtwo\r\rthree", "one\ntwo\n\nthree"),
        ("one\r\r\ntwo", "one\ntwo"),  # CRLF rewritten by a text-mode tool: one line break
        ("page one\x0cpage two", "page one\npage two"),
        ("a\u2028b\u2029c", "a\nb\nc"),
        ("nul\x00 bytes\x00", "nul bytes"),
        ("zero\u200bwidth\u200c\u200d\u2060\ufeff", "zerowidth"),
        ("bidi \u202bمرحبا\u202c \u2067x\u2069 \u200e\u200f", "bidi مرحبا x "),
        ("soft\u00adhyphen", "softhyphen"),
        ("esc\x1b[0m bell\x07", "esc[0m bell"),
        (unicodedata.normalize("NFD", "한국 경제"), "한국 경제"),
        (unicodedata.normalize("NFD", "Café über"), "Café über"),
        ("tab\tstays", "tab\tstays"),
    ],
)
def test_normalize_text(raw, clean):
    assert normalize_text(raw) == clean
    assert normalize_text(clean) == clean  # idempotent


def test_normalisation_does_not_change_segments():
    from clipper.segment import segment

    plain = "Headline here\n\nFirst paragraph of the story.\nSecond line of it.\n\nLast paragraph."
    dirty = "\ufeff" + plain.replace("\n", "\r\n").replace("story", "st\u200bory").replace("Last", "\u202aLast\u202c")
    assert [s.text for s in segment(normalize_text(dirty))] == [s.text for s in segment(plain)]
    nfd = unicodedata.normalize("NFD", "제목입니다\n\n본문 첫 문단입니다.")
    assert [s.text for s in segment(normalize_text(nfd))] == ["제목입니다", "본문 첫 문단입니다."]


def test_text_dump_with_a_few_leaked_tags_is_text():
    # w3m prints a <noscript> pixel as text; the rest of the dump is menus and paragraphs.
    dump = (
        '<img height="1" width="1" style="display:none" src="https://example.com/\n'
        'tr?id=1&ev=PageView"> <div><img src="https://example.com/watch/1" alt="">\n\n'
        + "".join(f"  • Section {i}\n" for i in range(12))
        + "\nThe council approved the budget on Monday after a debate that ran late.\n"
    )
    assert not sniff_html(dump)
    assert sniff_html('<div class="story">\n<p>The council met.</p>\n<p>It voted.</p>\n</div>\n' * 3)


def test_a_saved_fragment_that_opens_with_a_style_sheet_is_html():
    """Some saved pages start with a page-builder's <style> or <script> before any other tag."""
    css = "<style>\n" + "  .grid { display: grid; gap: 10px; }\n" * 200 + "</style>\n"
    page = css + '<div class="entry"><h1>Meet the artist</h1>\n<p>She paints at night.</p></div>\n'
    assert sniff_html(page)
    assert sniff_html("<!-- cached 2025-02-06 -->\n<script>var a = 1;</script>\n<p>Text of the story.</p>")
    # a dump that quotes a style sheet and goes on as prose stays text
    assert not sniff_html("<style>p { color: red }</style>\nThe council met on Tuesday.\nIt voted to close the road.")


def test_utf8_byte_test_never_misses_a_character_to_clean():
    # decode() skips the cleaning regex when the UTF-8 bytes hold none of its characters: for
    # every code point the regex matches, the byte test must say "maybe", alone or amid text.
    from clipper.decode import _NEEDS_CLEANING, _utf8_may_need_cleaning

    filler = "’ “quoted” — 123 é \u00a0 " * 40
    for code in range(0x110000):
        ch = chr(code)
        if _NEEDS_CLEANING.match(ch):
            for text in (ch, filler + ch + filler):
                assert _utf8_may_need_cleaning(text.encode("utf-8", "surrogatepass")), hex(code)
    # And it says "no" for clean text, so the shortcut is taken.
    assert not _utf8_may_need_cleaning(filler.encode("utf-8") + b"x" * 20_000)
    # Letters whose UTF-8 opens with a lead byte of a character to clean (Arabic, Mongolian,
    # Hangul, full-width forms) say "no" too.
    letters = "عربي ᠠ 한국어 ，（）"
    assert not _utf8_may_need_cleaning(letters.encode("utf-8") + b"x" * 20_000)


@pytest.mark.parametrize("char", ["\u200b", "\u00ad", "\u2028", "\r", "\x85", "\ufeff", "\u202e"])
def test_utf8_pages_with_a_character_to_clean_are_still_cleaned(char):
    body = ("Plain prose with ’curly quotes’ and — dashes. " * 200).encode("utf-8")
    data = body + f"tail{char}end".encode("utf-8") + body
    assert char not in decode(data).text
