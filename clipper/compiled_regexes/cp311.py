"""clipper's regexes as cpython 3.11.7 compiles them. GENERATED: do not edit.

Written by ``python scripts/build_regex_cache.py``; clipper/regexcache.py explains how it is used.
"""

# fmt: off
ENGINE = ('cpython', 3, 11, 20220615, 4, 4294967295, 1073741823, '14.0.0', 'little')

# (source, flags, flags compiled, first code word, code words, groups, group index, index group)
PATTERNS = (
 ('!\\[[^\\]\\n]*\\]\\((?:https?://|//|/|#|\\.\\.?/|mailto:)[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*(?:\\s+\\"[^\\"]*\\")?\\)', 0, 32, 0, 186, 0, {}, (None,)),
 ('(?:(?:^|\\s)[a-zà-ÿß]+|[,(]|\\s[-–—])$', 0, 32, 186, 68, 0, {}, (None,)),
 ('(?:(?<=[^\\W\\d_])[.!?。！？…]|[\\"\'”’」』])\\s*(?P<sign>[\\[(（【<〈/]?\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})(?:\\s*[·ㆍ,、]\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})){0,3}\\s*(?:선임연구원|칼럼니스트|編集委員|論説委員|객원기자|논설위원|선임기자|수습기자|시민기자|인턴기자|전문기자|편집위원|特派員|대기자|통신원|특파원|報導|报道|記者|记者|기자|위원)(?:\\s*[(<\\[]?\\s*[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*[)>\\]]?)?\\s*[\\])）】>〉]?|（[\\u4e00-\\u9fff々\\u3040-\\u30ff]{2,6}(?:[、・][\\u4e00-\\u9fff々\\u3040-\\u30ff]{2,6}){0,3}）|[\\[(（【<〈/]\\s*(?:記者|记者)\\s*[:：/／=]?\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})(?:\\s*[·ㆍ,、]\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})){0,3}(?:\\s*(?:선임연구원|칼럼니스트|編集委員|論説委員|객원기자|논설위원|선임기자|수습기자|시민기자|인턴기자|전문기자|편집위원|特派員|대기자|통신원|특파원|報導|报道|記者|记者|기자|위원))?(?:\\s*[(<\\[]?\\s*[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*[)>\\]]?)?\\s*[\\])）】>〉])\\s*$', 0, 32, 254, 3226, 1, {'sign': 1}, (None, 'sign')),
 ('(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\s*,?\\s*$', 2, 34, 3480, 834, 6, {'ampm1': 1, 'hour': 2, 'minute': 3, 'second': 4, 'ampm2': 5, 'tz': 6}, (None, 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?:,|&|、|\\band|\\bund|\\bet|\\by|\\be|\\bи)\\s*$', 2, 34, 4314, 87, 0, {}, (None,)),
 ('(?:19|20|25)\\d\\d|\\d/\\d{2}\\b', 0, 32, 4401, 66, 0, {}, (None,)),
 ('(?:\\b\\d+\\s*[^\\W\\d_]+|\\b(?:an?|one)\\s+[^\\W\\d_]+)\\s+ago$', 2, 34, 4467, 117, 0, {}, (None,)),
 ('(?:^|[.!?"\'”’다요]\\s*)(?:[A-Z][A-Za-z0-9]*|[가-힣]+(?:뉴스|방송)(?:TV)?|[가-힣]*[A-Z][가-힣A-Za-z0-9]*)(?:\\s*(?:뉴스|방송)[가-힣]{0,2})?\\s+(?P<name>[가-힣]{2,4})(?:\\s*기자)?입니다\\.?\\s*$', 0, 32, 4584, 439, 1, {'name': 1}, (None, 'name')),
 ('(?:^|\\s)(?:propos\\ recueillis\\ par|texto\\ e\\ fotos\\ de|texto\\ y\\ fotos\\ de|ein\\ beitrag\\ von|geschrieben\\ von|reportagem\\ de|корреспондент|reportaje\\ de|reporting\\ by|автор\\ статьи|escrito\\ por|kontributor|bài\\ và\\ ảnh|da\\ redação|scritto\\ da|written\\ by|a\\ cura\\ di|posted\\ by|redacción|reporter|story\\ by|testo\\ di|texto\\ de|words\\ by|authors|autorin|autorka|autrice|muhabir|penulis|pewarta|text\\ by|tác\\ giả|auteur|author|autore|autor|texte|yazan|yazar|автор|текст|oleh|text|書いた人|bài|par|por|von|執筆者|投稿者|通讯员|글쓴이|작성자|by|作者|取材|執筆|撰文|筆者|著者|記者|记者|文)\\s*(?:[:：]?\\s|[：・／/＝=])|^\\s*(?:di)\\s', 2, 34, 5023, 1535, 0, {}, (None,)),
 ('(?:^|\\s)[^\\W\\d_]{1,3}$', 0, 32, 6558, 38, 0, {}, (None,)),
 ('(?:^|\\s)[a-zà-ÿ]+$', 0, 32, 6596, 37, 0, {}, (None,)),
 ('(?:^|\\s)a\\ cura\\ di\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 6633, 207, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)auteur\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 6840, 196, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)author\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 7036, 196, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)authors\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 7232, 203, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autor\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 7435, 194, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autore\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 7629, 196, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorin\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 7825, 203, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorka\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 8028, 198, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autrice\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 8226, 203, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)by\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 8429, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\ và\\ ảnh\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 8617, 209, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 8826, 195, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)da\\ redação\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 9021, 204, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)ein\\ beitrag\\ von\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 9225, 224, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)escrito\\ por\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 9449, 216, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)geschrieben\\ von\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 9665, 224, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)kontributor\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 9889, 211, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)muhabir\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 10100, 203, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)oleh\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 10303, 192, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)par\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 10495, 190, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)penulis\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 10685, 208, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)pewarta\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 10893, 198, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)por\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 11091, 190, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)posted\\ by\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 11281, 207, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)propos\\ recueillis\\ par\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 11488, 246, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)redacción\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 11734, 207, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reportagem\\ de\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 11941, 210, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reportaje\\ de\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 12151, 208, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporter\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 12359, 200, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporting\\ by\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 12559, 213, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)scritto\\ da\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 12772, 214, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)story\\ by\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 12986, 205, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)testo\\ di\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 13191, 210, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\ by\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 13401, 198, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 13599, 192, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texte\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 13791, 194, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texto\\ de\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 13985, 200, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texto\\ e\\ fotos\\ de\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 14185, 221, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texto\\ y\\ fotos\\ de\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 14406, 221, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)tác\\ giả\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 14627, 203, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)von\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 14830, 190, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)words\\ by\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 15020, 205, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)written\\ by\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 15225, 209, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)yazan\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 15434, 194, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)yazar\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 15628, 194, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\ статьи\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 15822, 244, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 16066, 211, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)корреспондент\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 16277, 237, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)текст\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 16514, 213, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)作者\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 16727, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)取材\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 16915, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 17103, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆者\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 17291, 190, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)投稿者\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 17481, 190, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)撰文\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 17671, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)文\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 17859, 186, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)書いた人\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 18045, 192, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)筆者\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 18237, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)著者\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 18425, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)記者\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 18613, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)记者\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 18801, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)通讯员\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 18989, 190, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)글쓴이\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 19179, 190, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)작성자\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 19369, 190, 1, {'names': 1}, (None, 'names')),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 19559, 82, 3, {}, (None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\)|copyright\\b)?\\s*(?:(?:since|est\\.|established|founded)\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>(?:[^.,|()\\n]|\\.(?=[a-z0-9]))(?:[^.,|()\\n]|\\.(?=[a-z0-9])){1,59}?)\\s*(?:[,|(]|\\.(?![a-z0-9])|all rights|무단|版权|未经|禁止转载|無断|alle rechte|tous droits|todos los|todos os|tutti i diritti|все права|tüm hakları|wszelkie prawa|$)', 2, 34, 19641, 1074, 1, {'name': 1}, (None, 'name')),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|lúc,?|ore,?|as,?|at,?|um,?|às,?|г\\.,?|o,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 20715, 1334, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d.])(?P<year>\\d{2})\\.(?P<month>\\d{1,2})\\.(?P<day>\\d{1,2})\\.?(?![\\d.])\\s+(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?', 2, 34, 22049, 890, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:(?P<m1>\\d{1,2})[/.-](?P<d1>\\d{1,2})|(?P<m2>\\d{1,2})\\s*月\\s*(?P<d2>\\d{1,2})\\s*日)(?![\\d/.-])\\s*(?:[(（](?P<weekday>[月火水木金土日월화수목금토일一二三四五六天])[^)）]{0,2}[)）])?\\s*(?P<hour>\\d{1,2})\\s*[:：時时]\\s*(?P<minute>\\d{2})', 0, 32, 22939, 560, 7, {'m1': 1, 'd1': 2, 'm2': 3, 'd2': 4, 'weekday': 5, 'hour': 6, 'minute': 7}, (None, 'm1', 'd1', 'm2', 'd2', 'weekday', 'hour', 'minute')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 23499, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|lúc,?|ore,?|as,?|at,?|um,?|às,?|г\\.,?|o,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 24040, 1335, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|wita|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|wit|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 25375, 559, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<![\\w*\\\\])([*_])(?=[^\\s*_])(.+?)(?<=[^\\s\\\\])\\1(?![\\w*])', 0, 32, 25934, 79, 2, {}, (None, None, None)),
 ('(?<![\\w*\\\\])\\*\\*[ \\t]*(?=[^\\s*])(.+?)(?<=[^\\s*])[ \\t]*\\*\\*(?![\\w*])', 0, 32, 26013, 96, 1, {}, (None, None)),
 ('(?<!\\S)@\\w+', 0, 32, 26109, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º|st|nd|rd|th)?(?:\\s+|(?<=\\.)(?=[^\\W\\d_]))(?:de\\s+)?(?P<mname>października|maaliskuuta|marraskuuta|październik|septiembre|tammikuuta|helmikuuta|huhtikuuta|toukokuuta|heinäkuuta|joulukuuta|szeptember|septembrie|กุมภาพันธ์|listopadu|september|setiembre|noviembre|diciembre|maaliskuu|kesäkuuta|syyskuuta|lokakuuta|marraskuu|septembre|augusztus|settembre|listopada|fevereiro|februarie|octombrie|noiembrie|decembrie|พฤศจิกายน|tháng\\ 01|tháng\\ 02|tháng\\ 03|tháng\\ 04|tháng\\ 05|tháng\\ 06|tháng\\ 07|tháng\\ 08|tháng\\ 09|tháng\\ 10|tháng\\ 11|tháng\\ 12|července|červenec|listopad|prosince|prosinec|november|december|dezember|february|tammikuu|helmikuu|huhtikuu|toukokuu|heinäkuu|elokuuta|joulukuu|novembre|décembre|decembre|februari|desember|febbraio|dicembre|stycznia|kwietnia|sierpnia|września|kwiecień|czerwiec|sierpień|wrzesień|grudzień|setembro|novembro|dezembro|ianuarie|сентября|сентябрь|มิถุนายน|tháng\\ 1|tháng\\ 2|tháng\\ 3|tháng\\ 4|tháng\\ 5|tháng\\ 6|tháng\\ 7|tháng\\ 8|tháng\\ 9|februar|oktober|january|october|febrero|octubre|kesäkuu|syyskuu|lokakuu|janvier|février|fevrier|juillet|octobre|február|március|április|október|januari|agustus|gennaio|ottobre|czerwca|grudnia|styczeń|janeiro|outubro|aprilie|февраля|февраль|августа|октября|октябрь|декабря|декабрь|augusti|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|haziran|ağustos|března|březen|května|květen|června|červen|januar|august|jänner|agosto|elokuu|január|június|július|aprile|maggio|giugno|luglio|lutego|marzec|lipiec|martie|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|temmuz|aralık|ledna|leden|února|dubna|duben|srpna|srpen|října|říjen|marts|april|maerz|march|enero|marzo|abril|junio|julio|avril|május|szept|maret|marca|lipca|março|junho|julho|iunie|iulie|марта|şubat|nisan|mayıs|eylül|kasım|únor|září|juni|juli|märz|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|febr|márc|maja|luty|maio|март|июня|июнь|июля|июль|сент|ocak|mart|ekim|jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec|mär|mai|dez|may|oct|ene|abr|ago|dic|avr|déc|ápr|máj|jún|júl|mei|agu|agt|gen|mag|giu|lug|set|ott|des|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru|fev|out|ian|iun|iul|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек|oca|şub|nis|haz|tem|ağu|eyl|eki|kas)\\.?,?(?:\\s+|(?<=\\.))(?:de\\s+)?(?:(?:ค\\.ศ\\.|พ\\.ศ\\.|năm)\\s*)?(?P<year>(?:19|20|25)\\d{2})(?!\\d)(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|lúc,?|ore,?|as,?|at,?|um,?|às,?|г\\.,?|o,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 26136, 7265, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>października|maaliskuuta|marraskuuta|październik|septiembre|tammikuuta|helmikuuta|huhtikuuta|toukokuuta|heinäkuuta|joulukuuta|szeptember|septembrie|กุมภาพันธ์|listopadu|september|setiembre|noviembre|diciembre|maaliskuu|kesäkuuta|syyskuuta|lokakuuta|marraskuu|septembre|augusztus|settembre|listopada|fevereiro|februarie|octombrie|noiembrie|decembrie|พฤศจิกายน|tháng\\ 01|tháng\\ 02|tháng\\ 03|tháng\\ 04|tháng\\ 05|tháng\\ 06|tháng\\ 07|tháng\\ 08|tháng\\ 09|tháng\\ 10|tháng\\ 11|tháng\\ 12|července|červenec|listopad|prosince|prosinec|november|december|dezember|february|tammikuu|helmikuu|huhtikuu|toukokuu|heinäkuu|elokuuta|joulukuu|novembre|décembre|decembre|februari|desember|febbraio|dicembre|stycznia|kwietnia|sierpnia|września|kwiecień|czerwiec|sierpień|wrzesień|grudzień|setembro|novembro|dezembro|ianuarie|сентября|сентябрь|มิถุนายน|tháng\\ 1|tháng\\ 2|tháng\\ 3|tháng\\ 4|tháng\\ 5|tháng\\ 6|tháng\\ 7|tháng\\ 8|tháng\\ 9|februar|oktober|january|october|febrero|octubre|kesäkuu|syyskuu|lokakuu|janvier|février|fevrier|juillet|octobre|február|március|április|október|januari|agustus|gennaio|ottobre|czerwca|grudnia|styczeń|janeiro|outubro|aprilie|февраля|февраль|августа|октября|октябрь|декабря|декабрь|augusti|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|haziran|ağustos|března|březen|května|květen|června|červen|januar|august|jänner|agosto|elokuu|január|június|július|aprile|maggio|giugno|luglio|lutego|marzec|lipiec|martie|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|temmuz|aralık|ledna|leden|února|dubna|duben|srpna|srpen|října|říjen|marts|april|maerz|march|enero|marzo|abril|junio|julio|avril|május|szept|maret|marca|lipca|março|junho|julho|iunie|iulie|марта|şubat|nisan|mayıs|eylül|kasım|únor|září|juni|juli|märz|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|febr|márc|maja|luty|maio|март|июня|июнь|июля|июль|сент|ocak|mart|ekim|jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec|mär|mai|dez|may|oct|ene|abr|ago|dic|avr|déc|ápr|máj|jún|júl|mei|agu|agt|gen|mag|giu|lug|set|ott|des|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru|fev|out|ian|iun|iul|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек|oca|şub|nis|haz|tem|ağu|eyl|eki|kas)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?[,.]?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|lúc,?|ore,?|as,?|at,?|um,?|às,?|г\\.,?|o,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 33401, 7316, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[.!?。！？…\\"\'”’])\\s*(?P<sign>\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\))\\s*$', 2, 34, 40717, 1475, 1, {'sign': 1}, (None, 'sign')),
 ('(?<=[A-Za-zÀ-ÿ][a-zà-ÿ])(?=[A-ZÀ-Þ][a-zà-ÿ])', 0, 32, 42192, 53, 0, {}, (None,)),
 ('(?<=[^\\W\\d_])[.!?。][\\"\'”’]?\\s+', 0, 32, 42245, 221, 0, {}, (None,)),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 42466, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 42492, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 43085, 240, 0, {}, (None,)),
 ('(?<=\\S)  +(?=\\S)', 0, 32, 43325, 33, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 43358, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 43389, 77, 0, {}, (None,)),
 ('(?<=\\s)PT\\.\\s+(?=[A-Z])', 0, 32, 43466, 41, 0, {}, (None,)),
 ("(?=[^ ]*[AEIOUaeiouÀ-ÆÈ-ÏÒ-ÖØ-Ýà-æè-ïò-öø-ý])[A-ZÀ-Þ][^\\W\\d_]*(?:(?:(?: [a-zà-ÿ]{1,4})? | & |-)[A-ZÀ-Þ][^\\W\\d_]*|['’][^\\W\\d_]+)*$", 0, 32, 43507, 156, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|lúc,?|ore,?|as,?|at,?|um,?|às,?|г\\.,?|o,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:T|\\((?=\\d{1,2}:\\d{2}\\)))?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\)?)?', 2, 34, 43663, 1902, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 45565, 980, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?m)^#{1,6} \\S', 0, 40, 46545, 22, 0, {}, (None,)),
 ('(?m)^\\s*(?:\\d+\\\\\\.|\\\\[-+])\\s', 0, 40, 46567, 54, 0, {}, (None,)),
 ('(assine|cadastre-se).{0,60}newsletter', 2, 34, 46621, 108, 1, {}, (None, None)),
 ('(jetzt|gratis) (lesen|testen|abonnieren)', 2, 34, 46729, 124, 2, {}, (None, None, None)),
 ('(powered|designed)\\s+by\\s+tistory', 2, 34, 46853, 106, 1, {}, (None, None)),
 ('(sign up|subscribe).{0,60}newsletter', 2, 34, 46959, 99, 1, {}, (None, None)),
 ('(©|ⓒ)\\s*\\d{4}', 2, 34, 47058, 37, 1, {}, (None, None)),
 ('(наш|наш канал).{0,20}(telegram|телеграм)', 2, 34, 47095, 93, 2, {}, (None, None, None)),
 ('(にほん|日本)ブログ村', 2, 34, 47188, 41, 1, {}, (None, None)),
 ('(打开|打開|下载|下載).{0,6}(app|客户端|客戶端).{0,6}(阅读|閱讀|查看)?', 2, 34, 47229, 122, 3, {}, (None, None, None, None)),
 ('(扫描|扫码|掃描).{0,10}(二维码|关注|下载)', 2, 34, 47351, 73, 2, {}, (None, None, None)),
 ('(有料|会員)(会員)?(限定|登録)', 2, 34, 47424, 64, 3, {}, (None, None, None, None)),
 ('(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ]', 2, 34, 47488, 180, 1, {}, (None, None)),
 ('(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,}', 2, 34, 47668, 156, 1, {}, (None, None)),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО|A\\.Ş\\.|Ltd\\. Şti\\.|S\\.r\\.l\\.|S\\.A\\.S\\.|Sp\\. z o\\.o\\.)(?=[\\s,.]|$)', 0, 32, 47824, 312, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 48136, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 48234, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 48413, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 48494, 21, 0, {}, (None,)),
 ('AI\\s*학습.{0,10}(금지|이용)', 2, 34, 48515, 55, 1, {}, (None, None)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 48570, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 48808, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 49062, 190, 0, {}, (None,)),
 ('[ \\t]{3,}', 0, 32, 49252, 18, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 49270, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 49508, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 49536, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 49716, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 49908, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 50114, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 50146, 30, 0, {}, (None,)),
 ('[.!?](?=[\\s\\"\')\\]]|$)', 0, 32, 50176, 56, 0, {}, (None,)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 50232, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 50351, 139, 1, {}, (None, None)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 50490, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 50806, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 51027, 493, 0, {}, (None,)),
 ('[.:!?;]$', 0, 32, 51520, 30, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 51550, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 51874, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 52080, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 52108, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 52128, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 52160, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 52322, 16, 0, {}, (None,)),
 ('[\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]{2}', 0, 32, 52338, 112, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 52450, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 52656, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 52942, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 53138, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 53192, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 53216, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 53240, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 53283, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 53545, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 53839, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 53857, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 53874, 29, 0, {}, (None,)),
 ('[{};=<>"\\\\]', 0, 32, 53903, 28, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 53931, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 54055, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 54185, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 54392, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 54662, 230, 0, {}, (None,)),
 ('[、・]', 0, 32, 54892, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 54910, 104, 0, {}, (None,)),
 ('[가-힣]+(?:의|는|을|를|한)$', 0, 32, 55014, 128, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 55142, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 55561, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 55577, 44, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 55621, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 55710, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 55829, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 55904, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 55985, 16, 0, {}, (None,)),
 ('\\[([^\\]\\n]*)\\]\\((?:https?://|//|/|#|\\.\\.?/|mailto:)[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*(?:\\s+\\"[^\\"]*\\")?\\)', 0, 32, 56001, 186, 1, {}, (None, None)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 56187, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 56223, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 56336, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 56380, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<\\"/^:])', 0, 32, 56404, 28, 1, {}, (None, None)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])', 0, 32, 56432, 28, 1, {}, (None, None)),
 ('\\\\[\\\\*_\\[\\]]', 0, 32, 56460, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 56484, 44, 0, {}, (None,)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 56528, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 57011, 277, 1, {}, (None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 57288, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 57389, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 57414, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 58263, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 58371, 33, 0, {}, (None,)),
 ('\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b', 2, 34, 58404, 193, 5, {}, (None, None, None, None, None, None)),
 ('\\d', 0, 32, 58597, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 58611, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 58639, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 58786, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 59001, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 59133, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 59252, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 59313, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 59425, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 59552, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 59673, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 59947, 134, 0, {}, (None,)),
 ('\\s*,\\s*(?P<name>[가-힣A-Za-z0-9&]{2,20})(?=\\s*(?:[.(<]|무단|all rights|저작권|$))', 2, 34, 60081, 231, 1, {'name': 1}, (None, 'name')),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 60312, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 60449, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 60506, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 60625, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 60653, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 60669, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|ostatnia\\ aktualizacja|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|päivitetty\\ viimeksi|oluşturulma\\ tarihi|pembaruan\\ terakhir|ultima\\ actualizare|última\\ atualização|güncelleme\\ tarihi|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|yayınlanma\\ tarihi|senest\\ opdateret|utolsó\\ frissítés|aktualisiert\\ am|data\\ publicării|data\\ publikacji|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|son\\ güncellenme|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|sist\\ oppdatert|son\\ güncelleme|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|zaktualizowano|ปรับปรุงล่าสุด|aktualizováno|giriş\\ tarihi|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|yayın\\ tarihi|วันที่เผยแพร่|aktualisiert|aktualizacja|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|opublikowano|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|güncellendi|güncellenme|modifié\\ le|oluşturulma|postado\\ em|publication|publikováno|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|actualizat|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|güncelleme|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publicerad|publicerat|publiceret|publikálva|publiziert|publié\\ le|päivitetty|uppdaterad|uppdaterat|yayınlandı|yayınlanma|zveřejněno|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|frissítve|julkaistu|közzétéve|megjelent|módosítva|opdateret|oppdatert|publicada|publicado|publisert|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|publicat|released|upraveno|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|udgivet|updated|создано|เผยแพร่|creado|dodano|edited|issued|posted|publ\\.|publié|tayang|update|uppd\\.|vydáno|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 60933, 5727, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 66660, 55, 0, {}, (None,)),
 ('\\s+(?:on|le|am|el|em|at|à|il|vom|den)$', 0, 32, 66715, 92, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 66807, 289, 0, {}, (None,)),
 ('\\s+(?:października|maaliskuuta|marraskuuta|październik|heinäkuuta|helmikuuta|huhtikuuta|joulukuuta|septembrie|septiembre|szeptember|tammikuuta|toukokuuta|augusztus|decembrie|diciembre|februarie|fevereiro|kesäkuuta|listopada|listopadu|lokakuuta|maaliskuu|marraskuu|noiembrie|noviembre|octombrie|september|septembre|setiembre|settembre|syyskuuta|czerwiec|december|decembre|desember|dezember|dezembro|dicembre|décembre|elokuuta|febbraio|februari|february|grudzień|heinäkuu|helmikuu|huhtikuu|ianuarie|joulukuu|kwiecień|kwietnia|listopad|november|novembre|novembro|prosince|prosinec|setembro|sierpień|sierpnia|stycznia|tammikuu|toukokuu|wrzesień|września|července|červenec|сентябрь|сентября|agustus|aprilie|augusti|ağustos|czerwca|febrero|februar|február|fevrier|février|gennaio|grudnia|haziran|janeiro|januari|january|janvier|juillet|kesäkuu|lokakuu|március|october|octobre|octubre|oktober|október|ottobre|outubro|styczeń|syyskuu|április|августа|декабрь|декабря|октябрь|октября|февраль|февраля|กรกฎาคม|พฤษภาคม|agosto|aprile|aralık|august|březen|března|elokuu|giugno|januar|január|jänner|július|június|květen|května|lipiec|luglio|lutego|maggio|martie|marzec|temmuz|červen|června|август|апрель|апреля|ноябрь|ноября|январь|января|มกราคม|เมษายน|abril|april|avril|duben|dubna|enero|eylül|iulie|iunie|julho|julio|junho|junio|kasım|leden|ledna|lipca|maerz|marca|march|maret|marts|marzo|março|mayıs|május|nisan|srpen|srpna|szept|února|říjen|října|şubat|марта|aout|août|ekim|febr|févr|janv|juil|juin|juli|july|june|juni|luty|maio|maja|mars|mart|mayo|márc|märz|ocak|sept|září|únor|июль|июля|июнь|июня|март|сент|abr|ago|agt|agu|apr|aug|avr|ağu|cze|dec|des|dez|dic|déc|eki|ene|eyl|feb|fev|gen|giu|gru|haz|ian|iul|iun|jan|jul|jun|júl|jún|kas|kwi|lip|lis|lug|lut|mag|mai|maj|mar|may|mei|máj|mär|nis|nov|oca|oct|okt|ott|out|paź|sep|set|sie|sty|tem|wrz|ápr|şub|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв)\\.?\\s+\\d', 2, 34, 67096, 5116, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 72212, 220, 0, {}, (None,)),
 ('\\s+[>›»/]\\s+', 0, 32, 72432, 119, 0, {}, (None,)),
 ('\\s+[^\\s:：]{1,12}[:：]', 0, 32, 72551, 38, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 72589, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 72622, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 72663, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 72684, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 72742, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 72768, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 72784, 16, 0, {}, (None,)),
 ('^(.{4,60}?)\\s=\\s', 0, 32, 72800, 30, 1, {}, (None, None)),
 ('^(?:[(\\[]?[^=()\\[\\]]{1,12}=[^()\\[\\]]{1,12}[)\\]]\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 72830, 124, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 72954, 179, 0, {}, (None,)),
 ('^(?:[가-힣][가-힣0-9_]{1,11}|[a-z][a-z0-9_.]{2,19})$', 0, 32, 73133, 153, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 73286, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 73481, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 73861, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 73916, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 74030, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 74327, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 74505, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 74562, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 74619, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 74676, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 74733, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 74794, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 74851, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 74891, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 75074, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*:', 2, 34, 75234, 206, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 75440, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 75522, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 75662, 30, 0, {}, (None,)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 75692, 97, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 75789, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 75890, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 75916, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 75940, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 76450, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 76474, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 76498, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 76519, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 76927, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 77068, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 77190, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 77211, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 77402, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 77455, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 77474, 171, 0, {}, (None,)),
 ('^\\W{0,3}(?:©|ⓒ|\\(c\\)\\s|copyright\\b)', 2, 34, 77645, 72, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 77717, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 77755, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 77834, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 77990, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 78146, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 78991, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 79835, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 79981, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 80172, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 80218, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 80464, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 80542, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 80754, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 80986, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 81097, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 81344, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 81468, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(credit|courtesy)\\s*:', 2, 34, 82090, 78, 1, {}, (None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 82168, 369, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 82537, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(ilgili haber|bunlar da ilginizi çekebilir|ayrıca bakınız)\\s*:?\\s*\\S', 2, 34, 82686, 233, 1, {}, (None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 82919, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 83507, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 83713, 199, 1, {}, (None, None)),
 ('^\\s*(les (også|mer))\\s*:\\s*\\S', 2, 34, 83912, 93, 2, {}, (None, None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 84005, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 84352, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 84660, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 84789, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 85036, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 85404, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 85519, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(tento web|tato stránka|používáme|web) (používá )?(soubory )?cookies', 2, 34, 85808, 188, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 85996, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 86341, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 86852, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 87310, 162, 2, {}, (None, None, None)),
 ('^\\s*(vi|denne hjemmeside|hjemmesiden|sitet) (bruger|anvender) cookies', 2, 34, 87472, 207, 2, {}, (None, None, None)),
 ('^\\s*(vi|dette nettstedet|nettstedet) (bruker|benytter) (informasjonskapsler|cookies)', 2, 34, 87679, 240, 3, {}, (None, None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 87919, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 88306, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 88870, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 89137, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 89612, 71, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 89683, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 90029, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 90104, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 90250, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 90385, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 90498, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 90572, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 90649, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 90776, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 91146, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 91188, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 91281, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 91327, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 92197, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 92622, 510, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 93132, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 93205, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 93415, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 93498, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 93642, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 93788, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 93918, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 94046, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 94162, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 94665, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 94837, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 95092, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 95278, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 95465, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 95918, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 96139, 171, 1, {}, (None, None)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 96310, 1360, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 97670, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 97738, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 97816, 311, 1, {}, (None, None)),
 ('^\\s*\\[?광고\\]?\\s*$', 2, 34, 98127, 48, 0, {}, (None,)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 98175, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 98256, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 98346, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 98422, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 98497, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 98554, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 98601, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 98640, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 98679, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 98853, 97, 1, {}, (None, None)),
 ('^\\s*by\\s+', 2, 34, 98950, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 98982, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 99947, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 100027, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 100110, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 100159, 105, 1, {}, (None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 100264, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 100349, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 100506, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 100554, 207, 3, {}, (None, None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 100761, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 100885, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 100989, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 101037, 77, 2, {}, (None, None, None)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 101114, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 101381, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 101419, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 101448, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 101492, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 101548, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 101607, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 101645, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 101748, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 101837, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 101989, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 102070, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 102241, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 102294, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 102410, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 102534, 60, 1, {}, (None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 102594, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 102693, 30, 0, {}, (None,)),
 ('コメントは個人の見解', 2, 34, 102723, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 102771, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 102815, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 102861, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 102893, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 102941, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 102993, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 103033, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 103069, 24, 0, {}, (None,)),
 ('구독\\s*하(세요|기)', 2, 34, 103093, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 103139, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 103169, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 103219, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 103293, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 103353, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 103405, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 103435, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 103469, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 103531, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 103566, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 103612, 48, 0, {}, (None,)),
 ('자동\\s*요약한\\s*결과', 2, 34, 103660, 46, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 103706, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 103732, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 103758, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 103811, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 103851, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 103893, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 103943, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 104044, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 104098, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 104151, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrsfQmYXUWVcN239Ov9dXe2DiShE0JIQhI6gUgIkIRlWBQImwgSCL28dJP0RtOdkDZIEERHUFEHR2fGbdQZZYICyi/iOAI/m7+g'
    'ggq//v5KRlxwxlF/XIGx/77vnso979yqW1X33ve606nL11TevVWntlOnTp1z6pxGxljtxJ8z8Vc18Tc+8aQmUvdv4cTfFcx/muBd'
    'E7xvnfirh29uuYaJNDfxNwvyXAlpLeRxyPulkL8VfvdCOkLSIchTReBch/69HtJjUZqf+FsDdYi+HTPxlyXvlqB3R8I7t8+N8G6V'
    'pC2r0L85rBkTf83wrh/SDkivgbSP9HUQ9ScP88CgzgYy1tUw1rNhLJfBu3rUtjnQD16Oj3tUeE3wPmr5FmhTK3rn/rsG/s1hZSR1'
    'LyLj7+afCe9xnhbUVgfmL4NgueVcvGgD/MgimHnA2WroI22LaF4cMg6zYa7H4N8/dr+j+l0Y86CeBqjbbe8KtDZ4XbwvorY0IPxe'
    'CXXNmOjUzLZgW6ugn3Q8Mmg83gq/eZ8aYG5mQb15SGuhzq2oTw2Az7VQD3PCnxT5nXam1VMc3tQmtpfFeDaFfMsoyk7Mu7Judz63'
    'A+11568b5i9j589FaXYLi/UsCv36cTUASmtqCM0V0clm+Le7nudlvXLXkHVqMs+qeT/In3RxYG4qkrPqSLPsoUrIdw0QBvObA/rd'
    'CnOYQjQ7C3sA28fYJ58v3W/aHG9/4Xybg8rleLnzJ+r+mEfbs+2lfMRhkrY6kr3JiVhXC7T3dxN//w/K1KH63Ocv3nZ14Bkfv/FG'
    'htZJF9mTr4KxSkega840pGt7r45F11JhH6sBPzHu3IAK6vJ7dt4P7nlvIfuXiwd3AS1MG9C72PtVevrNY5Foljx7k5lE0dMWfGX3'
    'KrtX2b3K7lXTda9qMaRxDUCS2x720lue8NLfPAZyvru99NuPe/V8A5XZ800vfe1LXvrkfV76qUe89IFnvTL/BjjmvvvFDV76+Ae9'
    '9LuXe+n+S7y8X0B5n3uXl+57lzjvZ1De+fv8drpp++e89I4nvLwfQXn33Ouli6HPmSdK+/h+lJeOC4X7DpS3Ffp9/yPivHtQ3h9C'
    'nte+Is57Lcp7PdR9/DPivNtQ3syTXrpOAvcKlPeB73jpM18Xj8MFgEfuu93DXrqhv3QOzkJ53MkT1bkB5bkf+vDCI6V1rUV5vvys'
    'l9Z/pzTPCiQzXH2ZlzZu8b4dhb59utNLL77D+7YAfWsFXMru9b7NQd/uua30WxP6RvtUg77RccN843URzsmtiE0S0mgn/MxvWlcj'
    'oed8Ho4BHmIl6Ako7WkCOV8rtA/DqEL5uYwX71XNKD/WT5jAaUlyTFPFrrSFjalpfVZ2pZBdKcY8fJdMxT4scJ595wSSPQ/4UT3u'
    'zV0HgKiCuduCeRxTMZuiI0k/bJKfNrQ+ojyYTvQx/9yN9U1Ou5e+2u7zpXbOJn/OuM6vZtxbWx+bOCx/JGvp31SU3ZucE2T8U00I'
    '/2Sq/+FrGO+ZWwzOltP8SYG4bHHkRb5XqXq1+hwrI7MyMisjs/ocq8+x+hy7V1maZfcqO++TrM9xceGnEflzq9+x+h2r3ymPfqfF'
    '6ngOaR2PlWlOPZ0OXp/NhutEdc9kDpFPYnt1TisWP+7Tabct5wi+Pfqc9+009O3si730vIu8bycJvt2+1ft2PPpWe76fJw9rh3+r'
    'I9+WwLel0A837YcxOwJ9GyLf+Jrl5fha5nn47zxacxxOWN6o89QCZShfnCJnqloyV2lD3onfp+N32k5B707b5r1bh979oeC9Ow69'
    'c/mAPPS5EcahF9XJQtqch4W0AI1bhvl30HhfUoq+Z9FvrENbJcjrxLi7kTFoUzO0C9/z4+OeN6jX7UcVrJnmCGVv+ap4T7804j5b'
    'R/aHKlZ6z/PZ3eZwmwGOydjmEhpbt71Rx7b66eDY8vE9i0Ubh2pEb0V07NgQOrbUgI7NN6BjLdB+99soWuNuOsxK+Un+rQrmjNLB'
    'GjRGb3Oi4SC947sUjV8ttOMzkNJ2j0DaBW2rQ3l6UP953ii0wlyvl5r2MoYDF2cjPUq1nhH+6OynLn7OVODdegJTRbe47OMrYDvF'
    '9cFcDnp0AG9Sh/TDQmR8AqZ5bxTMctBaxzTrIkTPxsi3NyC6w2lFAeaP74fXQXoj0DgOh/O+NYLyOM8axE+dnCmFfWrGS2+e58Ne'
    'n/HKLUZt20XaxH0brEZt6iR9mwl4qlt+BO03MppfJ1k/yyKegSmcFQmdg7D/gSyCnQcZAX+3BM1jFtlrue9eB/3lY4H38AFIu5nv'
    '54LmHZXkbYO+4bwFsk9xWRDOs5uVyoJoebx342/rMtH2vrAzZgbqWUzOlKshPZEF5VZruPyKBeVW/NtagnMi+it6x/m92ZLv3GeI'
    'Ln0X4T8dB+7LpQrxKksU+o/aBGViOv4iuDzzOGhfPcJjuv44rjoCfmqQ4HJBwk85Ze6LaX14zfagvshwO0foBvZXsgdoelwfHFNA'
    '/CV4l4nFE94azwfHoqgFmzTf6q41jGM50IljvfupE39vRjCbCMxSfeZ42uV1ZPwOr++fYW/m+n6M0zJ9P6a5I0jXRenqsn/10k88'
    'HLQryZG99xJIL0X8rTupb0VtYxptCxuvawiMODLpSTVw1H/SRmcrBc6EPVFsofMSnMR4sjSiPjcOfmJ8SylsX1oM9oNmAl/HtqaZ'
    '6IlMx4Lq7Ljd+dufKNVVv3hfuN+zuHxbCu1tP8jG88mVg7WNZVfDhFcYQr/DzlNNwBNjGAUk28G8dEHjHNOH0rC8um0aInwEl5ON'
    'Z7zf+OzE2309eT9IYBbI721k7EYijF034c2ej9G+3RVo3+cz3rlJd14HCLxOg7IjBL8wT4hh7hTwu25bb0Ft7TGQE3QJZKyqthYE'
    '/RP1X9bWyzOeTFi0noZImWHB2Z/2EcuRZXPpyjXWIfkF7uMGkHG8Dck4NmVK07UacpGNGnBPIXmOhzw3oTxrM6V5q7meDPLeMg/o'
    '8zyf7mUmvh0ec0y3S9Y+HcuX0nJ6GFaXzvoR4XwnkS98faL+jfCunYznGhijvfN8GqoaPx1c4O0JwwGdunCbdfKemymVkbwr7emh'
    'TNf3sAENGpTsL4Nkf+lJe/pU990OyTl8xKD+Ton+hNZ7Ttrzm4nLvKCAL6JLL5D3n1xQ2vZeqG9l2uczu4nOS7YOusna+jmkP0F9'
    'cmHPTnu+Zcsxj7L5xG1z2/D7lD+eu2LUU1Dsg3z9fj/lnVtF40j5qWFJvm5F+9x6vobq0eX1RP3pVvTn06geFR50oVQ1vi+TffO2'
    'lOdPOAqNL5A1dH3K49d1x4LC3a0Yk6tT/h4/YkCvwnBWNd+no/Ex5SfpHtcO44PXBB2DbgPeko5Pa8r3kdwhoXu9gnrD6suD2ZcK'
    '7qDBGue495+Od7bUhYv3BE5n/o+jbptOm7rIXD2G4PZLbAc60Dyo4PM18nnH56mGBDQO1xPnLOfW9TdofGlduwTnO8q/uTBuRjDC'
    '8D8ML4fRWHIY+9G447I9GmPp7qku3C2Obzcim/uCgPa7Zc7TKNsr4RU2aJQdFNDUov2L48kZdMu6ZRahMioaxOuZhcrsJvWNCfR6'
    'RR2EQRnetleZz69Vim926/2/iHfW4Xn5+Wd9Jj6/7db/VWR/NEhkMAXC692H8obNH5eL8/sBf9rmpWeAL42tkD54vpf3H5COXZdn'
    'dcu9B+m4ZHKetwvyULzcg/LIzuXXIVv2P77JS898S6md/3aU5064O7BxrDRPB8pz2B1e+nm4L3AZ3IW4DN+FANnj7x4FeSzcG9iM'
    '8rwPZJGrHy69W3Amsp2gtGwjkuNu2VzaxnXo23NgE3xBj/dtNfqGx8H9thzfgej20neAreqR6Bsdt3no25tuKf02K+TORWPInQts'
    'O8DbYKpDz4Edho695WHjpd9F8teofuQPCXv+vRFt+dVPtY4vC4wf3E59PpKv6+KMDj+uks+L7GEyLH4cDq675z6OdHX3unY65YwP'
    '4u4H4xptqkugTeU8e5vQnrkRaI+uLi0Pe/WwpUdTkh5FsXnA+tEswoEU0YXK1k51gmtH9wxj14NdD4fqehCdy+16sOthqq6HmklY'
    'D2GyQbtW7FqZqmslV+a1YvcMuw4sDyXWT9j1YNfDocpDmeqv7Vqxa8WulaBNhl0Xdl0cquvC1M7IrhW7VqbqWskktFaw/YTFd4vv'
    'UxXf6xPG93LdHbBryK6hqbqGshVeQ3Yt2LUw3feTJO+G2fVi18tUXS/NCa2XqXyn3q4/u/6m6vprKNP6q+T9cbu+7Pqa7vvbVPbD'
    'YtefXX/TfX+rlE8Su5bsWpruetSk/CrYtWLXylRdK1UJrZUwHwMW/y3+T3edkMhPhcV7i/fTnUcqp48ou37s+jnU1o+O3zO7Luy6'
    'OFT4KStzsnh/MOB9XRnwPkmfvXbt2LUzVdfOnITXzqEU88Sua7uup/ueWC7/8nbt2LUzVddOvkxrpxyxhuw6sutoqq6jxkleRzrx'
    'pez6setnqq6f2klaPwV7xrHrw+4vZYspaNeUXVPT+W7qZMUWtOvKrqvpzMuVI3aiXTN2zUz3808l4oHadWTX0XS3l4sS49OuC7su'
    'pvv9m7B1YfHf4v90j6ehE3fYrgO7Dg6lc4ZoHQxaPaRdHwfh+miZpPVB9fbbiHxrJIJtqV1zds3ZNSdfc7vtmrNrzsrJEllz+5G+'
    'E6+HHg29p+vf3a4Vu1am+11T6yvQ4v2hKCvYJdHVdxvwVVbPYtfMoWJThtdMFLsxma9au4bsGjqUdDW7WekdmTHy2/Jfdh3YdWDv'
    'vth1MLXXQVJ3X9ozpbzUmoyX7p3n2xxXw7fT4Nst87z07fOCdskbIM/b5vl1bMr4PBfOeyq8v9mgLtxmnbznZrx0XcauZ7uep/++'
    'Vqn1bNeSXUvT3X/H+ozeWsDp2kz4Hufm2agB9xSS53jIcxPKszZTmle1ru2atWt2Ou9/ujwhXzfrM/H5Ubum7Jqaqmsqk8CacvFx'
    'y2Yvze61+G7xffrj+3MXe+kFPRbfLb5Pf3z/45u89My3WHy3+D69bc4ovlu+xuL9oYL3d3Z66cYxi/cW7w8d/uaebi99R8Hiu8X3'
    'qYvv6YTw3eK5xXM2zf2uuPj4p21eeka7l26F9MHzLf5b/J/+fI09v1p8P5Tw/U23WHy3+H7o4Hvruyy+W3w/hOQ0t1l8t/h+6Mjj'
    'D7vDSz8PeH/ZJRbvLd5Pf7xnn/PS3z3qpSNPWLy3eD/98f59T4Cfgoe99A6L9xbvpzDep6DOOfCHcbEGcG0UUh4DoAvaUIfy8Fho'
    '/SgvbmcLaivG52MgXYn6w9udIridImuwFrW3GXRrc6AMXhtV6DdfQ7xMBtWR0qgjC31R6fXcej4LY7Ac3rn3EZ5d7L07Co3dUlbq'
    'Q24ZlHOvHxzGSuNpcV9CPH4dv+Ou4y+FxxzuZb7fFDxHuvjnjvHxBFdon1cI+ny0Rp8XQL/L2ecqmFeKnyb9HyT9n8PCfTrpxhTk'
    'fS5A+96Axks3to37bhWUPwmNtUlsHO4jgfvO6VP0QQW3lwVjzLvtmwHrSuSHdJSMTbcEhin+tsB8ncCCe2gG/mQ0YA7UTcup6sQ0'
    'byWkM9rM2q3bxhZDfA7jN1YgfDLtM6f3OYDRAN9n8fJuoYsPbH9Noj0xD7izDbXDLXY18/FuC/S/uIk7qUP6gVkpDsVfvO1I8PAV'
    'M8GVRHgoD+KuibfA+5PsfE/7+Z6B+DSTs00ecKIOlTlAJELw4XmnFB+yFh+mBD5cO/GPhYRf6EMp9sEXlVcL4yvcNlzg+PTm+K94'
    '6S/u876dg76dPeylp/d4305D35b3eOm33go8k+PhaPEu/m4v7dzhpX3v9dIb3uvlbUdwFl7rpXcXvG/LHO88LxsfUfwDGqe6SzAm'
    'mD9scnz+bkTAP5n6bx9mYt/vMv+Lqvn5xcTfEZL2dTNzP/N9mmXcur8+8Tc/wbp16twH50tc5ygL+qsMG1uRHyVZHp24lVH8aYbl'
    'zQO8xUzthybMR8baTGk/NhI/Gyo/NzyP257z4eyI+/EapP1kvHrJmtxBcKtDMmZu//l48HFoh7Mr912qOgeNkfXdh9qgmh9KK4bI'
    'mu1gpT5UO6CNWKaZJXs5lWNUwz6ehT0Vnwf4OYOeB5rJ+UtHVuMgOJiHcCRy1jgyoSj1ZGDcOG1fDemJMH416NsaSNsl51FduVIW'
    'vjHF+fPJjPlZzC13h1PKjx1muDcNCvYokXxtBeIRrnO8PKI4JD0SmjxG5iwM/hVkjxXtFR2Kdamqw+UVZibY5lWOdz5XtVkFZx6B'
    'I5tDFZxaRy2/wnV0sNLYl2GwX0byvOMUPpFUvpDaM+r6ngfZh/t+U6OXHg3pUZCuaVTDeQzJ3fhYvoJ4MlX5+1H5KOvm03DOSgJ/'
    '3w803nTubkHlRtFeqiq3E7X9hZht70JtOC6jv8beCPSPj78q/zko/wsa+U8Buh3Gn6hgrEBy8xXMl5FniQx3EXq3B97NR++OhXdu'
    'fbMV9eruF1xOGUdG3kH2uCqypy5+3EszT/pzQL89+hzQYPTtbPDdcd5Fvoybfrt9q/ftePSt9nw/Tx76x7/VkW9L4BteM/0wHkeg'
    'b0PkG5elYtq+ivChq4gshMMJy4v1fTlDWXczvDfhm2oMZTtZpFvj64O/O22b924devcHOCMfh9798BHYH9Ga70V1hvFFedhDFxC5'
    'YashL5ZFv7EcfJUgrxNR/9AMcEz4wzpYU0cKZGoma7oK1kxzhLK3fDVID9w2XRpBN6Bj4/Ds7mg6h3rDsW1IaGzd9kYd2+qng2PL'
    'x/esiLqXRkRvRXTs2BA6ttSAjs03oGMt0H7MU/Qi/gifrfg3kb62GcFzx+htTjQcpPvkUjR+TdCOzyB7CJE8h9pD4HNCf0xde0NA'
    'vn2IWeaQ58BhIPKTUeYw1ceq9lMXP2dq2qTo0q0WwKevgKyoFdapA/mtXkSkF/GecupFRDYmFyF6Nka+YfuOfgM7jTFk31EjKI/z'
    'rEH81MkavovXg0x1MWrbLg35ZCfp20zmyyd0ymPbExnNb5asn2XE9oHKNesSkGvq8BJYrhlXXknt03TKZyXjsyqEv5X1X9eu1J71'
    '7FnPnvXsWc+e9exZz5717FnPnvXsWc+e9exZrxJnPVmMkSzQaE5Xc6AbWwl7IV1jObiTE9WWpQH4SVwHi3EGdMfidHfOYp4DtXmS'
    'HjN+o8qwPTnD9vy0UIoPWcRD6syniZ7yjxLedCkfm3F/Lvk90O9CfS0s6ceBTqczxU7zp6rY5WL9NSoQtWEf69C/69GINuZLLbGb'
    'k+tRirxoapJnbjMCXa1Nw1PR2t6GD4ChT5NZi7WelI+Ypk8qsF1FeJoid9QxHCMsh6hHXeBrfRai/W5aMy5es/S7ic0CPavr0LU6'
    'Q/6+D2Bktfj7BJ5Ueqqy9xltJj3Ss0nnFKCsu9yyiCT5l/kGuCvjV3TLc370RIMy5eJHylF/JfmP/9DkP1yY34d8acuHWD7E8iGJ'
    '8yFJ8hNJ0yXLP0xf/kGXb5gDe2+UPc3VB4lkJlUKnmOVZI+Lc+/n2Jj68WNZ6T2d+axy93XySKdrUgbLtrIauvhjybzbez/23o+9'
    '92Pv/dh7P/Jy9t6PuF5778fagllbMGsLZm3BrC2YtQWztmDWFszagllbMGsLNt3v/WDZZj2irdVE1raeye//5AAm1pm2g4xRxpti'
    'Pp/LHGn541Be3Ffs64iWWRtSJ5ePmvAKGXQWwryCrq9gt+1/65TyDNRHL857u2OGWxg33PJ7UPmuCG3tc0r9KZuW30Lab1r+XCfe'
    'uj/ZUfMjxzlqfmS549OGHQbtn4fKbTco14ja1MtK/a7xPFmArYLZQ8r9EdG5LoM2vQTyqjh+rTms51Ab+jXK7YByT6JyurTWLfeg'
    'YTnezn2onAnefhTtN7K1fSeCPWQA+x0I9pAE9ltRni5JnlHDOeDlegR7KYV9FYLdaQD7AkG7CyTPWYKxpXk2oDy7JHnWavAEKyLy'
    'BAsQL0PrnSM4T/JvTehbF/mGz3uy8xLXlXG+QBTfQfesvRTxEA7wKTMRD8H5CVMdf1yZqypWvIx3aYT6lkO6RcC7YPkKz7eV8Brc'
    'lzzPXwP2lrydorKYRzmMyWOPpAE+1StT+LjtdcjmSqQfxf3GMjlRPJ8oY4ffLycyKz6PVUh/18RK/UpmBLZiovGkcxU2jo7mOC6X'
    'yNp02k37HWf8U2j8q1nQ32YDqXcTC79v3hhSV7WirsYEbBZovIicQF9zrIBGDiO5Gs//ILw7EuZNdy/BdBbHxKB0dph8w3R2BPFg'
    'VO6YIzYNOvGk5kK7Mgh3sb+BMNqSJ2ewrRJ7iTlo3hwWjAWi294WRLP4fR+8Z/Gzy5gT1PHr+ObFYz+gUWYHOducPdvDCbwfdgj0'
    '/HH41R3k7DAqOWcdNdv3p0zbMsyCfoeTqjeHxmAy58Vty4uzPP/2qr4VBLyPbrv6WWmcHWwr4Lbhf87y7ShGBPJ8Ea8bhmuq8f9n'
    'VB+N2dNXhvpuE9RH9QMjCdY3OMuP4SPyl49hDRrCvkwydrqxn140rO9k1Jftkr70SfqmXP/QF1N/5kMsGKdAhOd0f6yJsdZU60ln'
    'LRZjFcz0xtP97oDN0DpIF0LahmyJ3HQBpKshnQtpK6TnNnqwn5npx0GIS8Mp3lI62Y3m1q37vpkeb5n02NI5/BD0UbeeJOnk7pm+'
    'XeMAGZ+dCdazFc2jTtyFrgTr3oTqriR/4Na9EI3vDgP5kSlNy2ni0G6UJsV7/GKGx5vSOCOUVzOB+Z0Z/riVi49y6/nyjPKscYqD'
    'H5vh42AHaUsP04s7g/eNEc0ybt17Dfs4ErGP22ZUnlZzfDkL4cs20u6dEp5Wh8fAcX2KNnAh9dBxGWXhcVHC9tQZqJ5BgRwQv4+z'
    'd/+5xZ8zTP/j0F7dun/Q4veRxqjsSrCeh1r8e9Cc71gM6VJIqyE9vrGUj+H8yiLEp7gw/6XFt9kdIbzrfjKePUR21I7uWhT3/wRg'
    'rQFYb08A1nEAazgBWMfz/T8BWGu5LjABWK8DWCcmAOsEgLUkAVjr+PpPABa/w8NiwFpN7vz8qjk+LI73P0gAFsf7JxCsBkdM7+k+'
    'IIsd/MUYsApEp/yJZj+WWiX2xOI9BFTnEAuPT5dUvOWeCtRJx/b1aJ5EZxeTM9gJCJbpXkRhLQ6BNWYIqxnBisJvcF7fhfWXJv9u'
    'WdIyMRf+zxD8pGVgLvxvCuAnJfNy4f+PpiA9iiLjcmF9UjIWSci0ivI/1NaC4uylOmtdj2DFkYe5sApN0dckPU9c1BRcRy8Z8IcY'
    '1sam6OubwlqB5jbpM0DRDhDB7zaQGejSlNfy6vZ3Ks7YItzlZ6QX86Xt15H1mIz/U3lvr9HdL3eTesYMdBp8jXw+7+9vOwzsh+iZ'
    '2qTO9+e9u2xx9k7KtwxFaMcQms9dBB7dz65wzOFfFnNsTWSFZzhgB4z61CXpy3DEthR11GWaO9N+Omhsw+YuiXbyOl9s9Me2R0IP'
    'o+giOfynAL6pPEtFXzj9+mJj/D2Mw/pEY3RekMJ6T2OQ7snWFW57HDnUtY1BubIsJrGbngK2cdX8LiPkvWWel74dldkMZVaT+MWb'
    'wXbuokmo+1yo+ziYN6zD4rKh2UTHNVchK3J1X80xzrlFvxkxYPAz8l8aosPgMqFfxYDBZUE/jAGDy4C+EQMGl/08GAMGl/l8NgYM'
    'Luv5UAwYXMbzDgQjCk9a9EOAYAwKbM3xexlvWUAwthvQI3xOvUTQji7DdpxuMB4FCb1do9GOUQWvurDBu4OSpP6veHdyAu7hFdD3'
    'uXX9pt4fhyj6PRfGj+v9cZDhxU5DnsiF+3UEdxs5I+403O8w3C8I4BYSgPsRwTiMasAR+akpuQtQb75mKK7urDenIfvp+q/38BLz'
    'M/tJWR1+XUev+fp63w/QfoHsUWdMo8pji3eB6tX08mUFnZqrsS6iyBDSaB46IuiZTfTLv6jz+9AjkYsPRJAjPFsXHN8RQ5x+GMHQ'
    'OefhfPx8eo+gf7LzjMm59+8Ablw5Bj0f3VKnxqkouu8BwXyMau6HHMaVdUG8THLN4rk/DY3DGRn/rBDmgwifBdohPYmcS1YkDJef'
    'OWbXeTIDnkcF7zgof7riPpLumagd2vG72uA5k/oe43eckjrrPV/BOvl4P1gbXH8iP2r8fLmezJ+sL59KGC5v73tqg2tnNCJtV+0f'
    '19V69w7w+Xdto39HoeiHqrH0Hsc2VGYTsf/kZRaRMpfX+r5DqG3GMontaAbBLtr/C9p6vKLek1C93NbjSGL70aiodzmCsZzUm4P0'
    'GAWMuYJ2UJvYRQr5QjWC0SqBcbSiHX+s8WlaL70/YLBX4H3Ghbu/JoizRzjmfMigBh/yeI1/Z4jvP5c7YpnbANmLv2RQtkD6+BlU'
    'dgc5IxzuBOX/uN4PG5Sl9b4LlVXZKdB632JQltbbh8qa8KzF/b/G9w0al4YVfeAJ2vKihPekvPd6QVt6NPGN4mbR/ge1xUQnW7yj'
    'ZjCm9MxVXeP7dOVlXzHgR3V4/F9Xy+voS6iO56qD82HKG2L+7xEEr18yzz0G55HPVZf6tdXpM65rgMD7OwSvT1Kmz6B9t1b7ONQn'
    '4c8LAjx3y+xCZWX21mMSXVcvwg2d9prosXgdm0PmctjwXkRx/0fwNhP9QRjP3S7h+Y5OCB7n9Wag+eB5NpK8ayXnk0yEsrze3+d8'
    'mUqlzyBu/d/L+eN4SkZ9HlCdKx5OCB4fn7tz/r3hhY1i/lHGY3005/s1WqjgpT+A8jok7wKS952CNq2V6KZom3ajspRnX6bgO7ej'
    'Ni5Q9GdrSH9o3ktQ3uWKvOeEwKU8/wbU11lEh3eUYpyORfXMUrRpcci40DbNRXlbFXAbc/66lum0+wnd5/5LxquCe+uw4g7Uasen'
    'o/SO739UeWcukUy6W8Jz/kijDOU1n0FlXpHo5IdJPY+iMt0SuVSA/9coQ9t2V5V3N17FJ4psb3DdH4oIh7bnVtQHfnb5FeHZaN27'
    'NcoE+P8q30+d7l4s4vfeXBX0x2/K7xXP/6gPtD0FAQ9T3P9DygwTOSv3+bAKlSmEnC0wX7VQo54xUmamYFw6I4xLCsHZTnB6wICv'
    '/E1WDseEP/1RNtivnRH69VQ2iH/7FTo1Ef49mNVbd2F3tYvn/6x6jqm+7u+z+vjH1+p7UL91+WwRnD0adf+czN0gKiPCJSw34mU6'
    'Q8r0Scq8MRuMrRF2thow4Pk3GMI20TUcnfX315MzQd7eVAY/A43dVke8H3UQnKrK+n4NVOOiG7uE0/xfZ3zYFGd2K/gG1Tr835kg'
    'Xd1N8OQ1QgO+gdqzQ/MesIq34b68v5jx/XKG8RxF+x+Ud4zQIryfFvn/jO9PzZQeF9d/SPk+jfJvRW3tJ7Iyuj9eB3VFuRddjEOC'
    '6pLRC752LgvJ20dsg84T9KGD4AynJacJ4IpsTor3f1DeMDuSov4vE/RFKtPNi/B9nmQede6GuOXrI5bna+e1dNDvLMfrV8k8/jYk'
    '7yjJ+7N0cAxF9iNu3v+TDs6jyE7EzfvttHzOt5O97TGUVyYD47j0YFo8j7r8zF1pfz+OSvOL/D9q8zoofz6SIWF5xrs18nJZxdtC'
    '8lKZ0S6NvBxuXzq4jyZhl1vc/1E7BgX8Cz6Dvj4EL4YJbm5MB/0X79CY6wOxH9K+j9Dtkj1yCcojwv9i7Id00Nco1ZHMRHlE56Ki'
    '/V8InO2c/xe0eZS0+c8peR5OL36TCrYHy6ndPD9P6fkgxvuFW+77CLbIhqq4/lEekT1+8f4vytMtkSH/Wyo4Zi+Scb0/VeoLV4cm'
    'FP1/hdTP99SPpuRzxmnSnYLxoP5fb08F/d7SPfVmwZxRGjwmyEP1Atei8dC9y1Xc/wWw6T76ZsGYvUTgXIjy7JeshbMF47qfrIWN'
    'Ajx/hayF14Xk4WthpQA/Chr4cUTIWHMd4OyQPHzuG1JBH+VUPpMJwTO+Xl9F/sh1dVlF+3/kj7xPQgtedMxowQFf4E4Q90dInqed'
    'UnzUsad2y31Ns02UR7g3pL8Hzv/EJ7zOnbGi/s8J+rgeI+v4fQi27pm/uP6doI/2KPe6ivf/nKAPbXpe6HGCvsix/8miL3DHvwsV'
    '1/b2DQJf/cMEV09z5Psx3zdOFOAcnd92Ae6o7l0V4xBqlqN78kzDcpw2VSFc0dVBuuX+xPxyuvaMbrlfMn/sRPxvHuhwTYgusnj+'
    'D4HD+dNvheQ5EfI8jvKIeGM3z1dD8pwEeb6IxkNXB+qW+ycWnDcVX1zk/5nnnygp28fi+kd90NV74lgAJraLNBbAoETueBXKI5Jp'
    '8TikMxKQYfEYmDUhNm15uD9VE6JTK65/FtyXsQ0bj0NaEyLD4rEAGg3PIFxf2Wgo66KxAHh8G+pzn/ubDvPHH8W/NY/tJvNvXS4/'
    '1XNYaSyiHPP1qxmiX11K9KuzmVxvS/Pi2HWc9047pXhjGruO+9nmsYVkMdmbmDwmuyhe+1oWLV47jreuiidq46zbOOs2zrq8Phtn'
    '3cZZt3HWbZx1G2fdxlm3cdZtnHUbZ93GWbdx1m2cdf+xcdZtnHUbZ/1Qi7Ney8xjMNoYfDYGn43BZ2Pw2Rh8NgafjcFnY/DZGHw2'
    'Bp+NwWdj8NkYfDYGn43BZ2PwUVg2Bp+NwUdh2Rh8NgafjcFnY/DZGHw2Bp+NwWdj8NkYfDYGn43BZ2Pw2Rh8NgafjcFnY/DZGHw2'
    'Bp+NwWdj8NkYfD4cG4PPxuCzMfhsDD4bg8/G4GPMxuCzMfhsDD4bg8/G4LMx+GwMPhuDz8bgszH4bAw+G4PPxuCzMfhsDD4bg8/G'
    '4LMx+GwMPhuDz8bgszH4bAw+G4PPxuBjzMbgszH4bAw+G4PPxuCzMfhsDD4bg8/G4LMx+GwMPhuDz8bgszH4bAw+G4PPxuCzMfim'
    'bww+mY91HINPJ85dM8A1iZvi+lp3z4tL0PscwNW185rDfH/hA6zU300T+jZMvuG4CSNEn0Nj+Mhib6xAY8UMx8tt99Ok35Q3GyT0'
    '/ywBTo5SWTYL7skF0ve1Aji9ZI9cgXBrm8H9kgVMj5+iMuomzXJ0T8QxIngMpSpmffpPlk//qPE8TeJp6sSjFMWcbGfxYk7aeJI2'
    'nqSNJymvz8aTtPEkbTxJG0/SxpO08SRtPEkbT9LGk7TxJG08SRtP0n9sPEkre7LxJA+1eJI5WMsZ2KM4be2DerIatJVS1vT0Iq3F'
    'obp1UzTch2fRphiUN6Wx7kx5IIZw2OQ8cwrRE2I9iExeh9/Tcn2C/NjuaVBy703Hv8WgwM4Kt0VlG1W0dct4Z2zRvZAhSRt17jSL'
    'fEOKbJ27yfddBndv4rSjk9jU/O3EOGxi4nhO3Qm1ZVBw343jBm5bJeaB9v9NGW9PEdnGYZvFKGtggND5Yc09hfLcJuNL1wHWU85D'
    'fTUZa5ENXIGcd9oEOJREXEFd3KF93Z/29FOiecFt1sWjbZLxoTZ9/K7W7zV5m7A+3BPSh4Ey9kFnXl7WxLkb0965W+Z3UTceQa/E'
    'LmSY6dsRdjCx38JRAc1w237BRNuXTyIO/USiR6Rj7Nq6HyWxrRkQ2GqXY9+m/nectKcXlsX8i2MLKaN325jc/xUeV5UNuY6trNvH'
    'J1M+bpvw+71TYN/7cMrTB+jGARoh8Pol82+ytmW0fKfEFqcv5Z3RRLSE3jXpZPq+NUcENtA67XFt3Y/Q5JtN99uCYs0vQ3X3lpkn'
    'p2u7NuWdP6fyvrPf8WCJxl6HN9Gxwy8I5k4Hbx50/Dgg5eLD6Hh8xJHjYrdgHpKejxsc3/dg1D5v11wbnc7k0lbXfmZBCN+g63dL'
    '5JclrN7FqN6C4RlOdP6jvIJo7Lit+8KI9SY15j9l/h30pGntN5FNzzC5G6VLS3gZ0XjSO4f3MX88J0su8D7UZ9M2yPxkhtU3iuzz'
    'THDIlFe+gpXGnzddG1H5C7fuk5kfmz0Jus/tZw6LgJMjhjjZwIJ3z0VyEiy/rkJ6/zqQNT6JdN+zmO/ndplAvt1sKP+sArk2lYVj'
    'eWwr0jPVIbhcT4J1JePwcNuIamhvB8gpZ4Pt1DhqQwb6RcucOvH3Zvj3QxN/PxLkCYNL+5RC8v0GJN+vgfqrYS64Hs0d062x9KzT'
    'W+taHNMYuoCMRp5WYiNmOgfTW9PtzcEtLNazyESforJ7D6MjNWgOs2T9YlpQg9Z5ltACVT0uIfoDvL8JcMRt+7VEX051egcLnqT1'
    'n4yRvYRE781pufqR5xyP8OQFOEj3HxXt4fg0hPDJzntw3gVzfmPcOU9y3ou22hP/uNjx5vNHiC+x6/rQW9eWBwjOc6YCPIClpdOD'
    'lqbQb8xDOeh81IvWZjfMcxQcc8KWZ6o8a6Esjwc6rTOLUR5ReUfBj9eR830VK42tWkPkA7UGcgGOA8ziwJTFgTD5RjVav/x3A8GH'
    'NmQnydc+f++E3KlpCGlDxqANvO5MQnXjs6aq7gzY71Hbv1r4Xk3On2wfY598XmxfSOuh9zZOMcjPZVtUzofz4bU/00A2GGW+aF8u'
    'gPQSVnrPUkc2EPVsj/el2WgMqtB6mYlwRySnXPS2tuIff24c37PR/aPjHiZ3bIV2YdqpKzucA7JeXtZlEv6K+Xfs3e8zJOuzAY2f'
    'ruyzBcHIo/0A7w9LSB58R4/e6yz3+LjfXF3nXFZ6z+toSOe2ldbhRKwD352isu9qhLcubLd/q8E2niFb4Ur6czCR5TdA3bNh/o6F'
    '+s+41+zOSlQfOXHb+d3HzduZMWwn948xl9hym97F2/NEcM2sYuK7j89HuHfG9yQX/juhT7dAf6rZwfY4pRb8jLNRmeyB11V8ZZWh'
    'St0nFRsCzJzeS70my4u6uPZD5l2IcPFjD+BHrjIT6Y5XmvMQWVXJqimHlJH1Vm2YUTHHheBTHQ1J8yAH43tl7yXeV/f9pej96jv8'
    '9xcw678rKf9dLv22dygn5w4lP9PwPfY16+/K+rti1t+V9Xelh7/W35X1dzUZ/q6OIefOLOFPjgQ7Vr5OMiAXYQbnXO4rQlfOgOWD'
    'ovOr9dFlfXRZH13WR5f10WV9dFkfXdZHl/XRZX10WR9d1kdXuX10qb5TvW3NQaq3desauWrq6GeLfExP+fWwJu35acG/q2rKH2Ce'
    'tHrcXwt8TushXxrppmchfCvaToyL4dHvnI9ZkY4mj7ZnbXvWtmdte9a2Z2171rZnbXvWtmdte9a2Z2171p4Mf9hpWENVZA06qE1H'
    'slJ7ddl9CwrXpRFVhntPDvVFdt+A6jW3kL20EWDyb5iHWgnpMci+LiXgoesl/XLLXkjkDQs07RXi+HYcILZ5R8G80Bi21G+Zrg/Q'
    'YWL7tJLp+3sUxXDltqInw3dH0A8R/ovqof6+ZL6UhgXzVYfWB5+vBhb0m4bhjRHehN9ZEMXxxnYlceIA0zHka43LgXKIZvQZ0MMC'
    'sXFcw3ybrhEDOCMSeAuQnZPMbyL2tWrqO7AgsdHk8i463y1AL/B8NzOxL6ldijq7kVxjPgv6zYqznnsk66E7ZE3p3L+iPsRMysXB'
    'YeoPE4/nbsE8uf3ajNZlGOwc4KzJmGLbwlE0/3Q+cWxvVf+6mLm/8oOBRmbJmsF1fZaf4ReL8VH3LJBh/t22jERmROn2UQg/eIx4'
    'bg/ppmdnPNxIs1L5Ap779aQMhXFSRj0/M9H8YHo8QzLGdC5kewaXKcwDm+SjYVyKskHgP2+Z56VvF8S1PylT+vs4SDeRPp6cCaed'
    'fH6qkNx3R7svk6f6lRqS5y2QfqA9qGdxyxft8Hrk+9xzUP5XkN4D6YU9wTZmYdyxbPriTrkOyP1WvKGxtTRGO/52252lMdox7Bve'
    'G+wT/1bzXjXuVElwp4bgwhChUTPROP/jFV56ArT312OlchWc53UkD51zWdvmwF5O9T14LLMf9NJXbwuO1713gg3obQIc6IFx2xVs'
    'U5acSzCt4HXsgD7d3CWfZ57nW13BtvFvzvXBtrkwcbmwuawNmcuibgXw4ndvLa0Pt+W6C730F31yvLrhvXrrNYPodA2M8WGb5WPE'
    '83y4EKzbLeem+y8Rj8McIpfm/adleVtlsdEvABz6uyuCbXjLTtDNfkCMJ6L+c58C8/7VK/vAd+T953n++nu+HS7/5pZz02e+7tPk'
    'BkE5N/2SpEw+pMy7V4vLyPg8Hdn49U+YyUtL/HuYChinl/g0LRZ6RhJveU+buUCV8jzctsFdayeQtUb33n0Peeljj3npHU/4dvQN'
    'CD+KNg7PwP5xr5e+8IiXrvuKV+YwWNv0G62H4visJwH+50Bfva8U50/+ihjHWwzx/Ldf9NIrHzAr905Yg+ueS1b/dth4NJ1KLUIM'
    'Xb8jOm3NslL/QNg3wsoQHpvL6HTuTajOjzmEQxcjeVxRlkrkc+Mhec8leX+H+ACad0hRz09RPedAys+GXSTvD1Be3gYet6Cb5P0W'
    'WoenQzpI8jyO1gnNMyxov1vmy/Abt+FcBEM0T6uQvv2zcLbFPlx4H3YrymOfIaL+q+p+F9INnkvOxf3kN4dbQPDz0EY+B2eRsp3c'
    'jgXyDqC9+1RUJg/nrRzBmVPh29Vo7hZkgmkx9hlqx6kEx65ySufsXGRHFIY3eHw5jBEyLhzmCSE4P0x+95GyS0PK0r5cTMrOBT4P'
    'fxuS9GGM/B4k+QYldjrYv08OaAj3O1ON5PYrUHkuI+X2NNynC/Vzh20FHUQX+beTkQz/ZIB3FPxeyIIxHrDMZwTJsvB5rWAoY6Px'
    'uvqRzCAPNostGnkxredjtgGN1REIhzdCuesldc4U1FkQ6BRUdVKfg9XI5i5sHtx5ejfSMVM6c6xgj+kla60frQd+F5Pm5fSmg9Cd'
    'HShvJ8HfbkQ/Of1oYOL1O0LWJJf9XYzg95O2jKA25RF9w3K+LrL2ryFrk+spTkRtu05A/0VtW4HkKZQu95N6+sj4jRBYc5HNGpZj'
    '5MjY0tgJfI4wT+Sug9cJcIvrPx0Frsh8aGE/ZCL/YhsQrA0RcDmJNjUR3q/Uz9l4msZjoGcK6vuoOUS/2Yr+zevDtrEnk3XuCPh4'
    'WX9lY+jO5fsdn2aHjeEd4INANi8ZhBdu+3Xi2JmcIS6Hs8z9j4TLgqisoRrORA99PSjnGIFz2WcfF5+PeN92Qbv4u1o+LpIDOY9D'
    'nZnWlk5ZZ/zh8ffiQ/uPXb+abUan9XCnPZsUpf/EvAvpE8+P08z02cvX4oid02k1p3zd3ihYt7lpPMdZeMJzVTnjfy7xfr13fDLm'
    '+Eb5HOv67lWt6z12zg+pOefrfqtg3dvYBY7D1h0IKSARlWs8Cpps40VUfszD5Ml16LfKb70evxsyl24Ih+z0tu1vJ7b9S4kjU+On'
    'JexjrfHdgOBT307X54id02k1p3zdNpJ1W8OQ0VZIRQHZhiK/zGd8mM7uGIEeTGSD1ops2TnNqia6NCqTNtXV7SZtMFkPEZT16Yog'
    'ckZ0mosRz2Mpi3SPSVdzb+xXu0n/S9g92WNC9LGWbwzBidVxJrD6QlUOyzdWfsxpTIYeAf5HsVGaZnOT1jj9hj6p6LStZH102zmZ'
    'UnPC102TjO9qL67YvbL9rx7NbUOEciq+L7WJ3a7CqTqD/JRehNS717De0PzYLyu/R0TH7JaU/HiNx8zEfoH3j9sDlqt/unYLortz'
    'Q8ReYJAF7wDlQb85kwXvz7jpS8i2QOcObFx72fWG/HozsttogO+zmFlsYhnuToe5XQ5HTtXc9RNbkh5WejeK+2/mdavgUZucURa8'
    'vzcdcAXzRW79B+8enE6cR1WNp4quR32apg1fNP3mBMdtieIj5lA4290ST8SoFUNal26G0buUPXOUnDnKubZSGuIzew6cenOSY74P'
    'lkyE84ZIlu6W+SkTx343md/09JrvTNz5VpkqJIEPGeCJOW5sh3ncZrBup/k8OpIze3Vie+DH1foHkzVa/D3xj/eK1uRB94iCKabS'
    'mUloSZOJ8K1JWzQX6GmYbpLflUm1+98zSI0bl74X49BN/F1L6n3xPi/9G8NYvJafFtCSeGio5KdFe/ZkyV2njzzC8ud2Tso/J60g'
    'v8T002SODiFerDz08+N6+3QS8opSvXUqfSg/fGzpPbVx4yc6YgTXmp2TyZ4Tpb1gSPuE9oKK/GH2gg1EN8Zt/fLE5m+rQD8r1bun'
    'i78/IzoqVBO7sIYI5cL68/ekPx+EcrVatrauhCNbxX/nptUuU10c5vc8z37IvFAb67yB3Wty5j/uUSNMzytzpNlD2Yfe6f37avS+'
    'TcpJyM+gVeMvh4scNil4mRnFsVkqO+LSfZDGZOLvXB3uQxN/m1M+nmcF7ykec5/unF/CPt5LaHgEelNx2zletwHrrdkd5a3E8UiP'
    'bvng/Ev5nwjzNFk+7w2KpVnCz3iij4L/sXMy6XPC1817BesGeIGJvTgFE5ZRGgtmq0LGKjdl5ki9z6ZSFZkpUximNQe/mpQTf88L'
    'zjW3W5yxOGOAM5zudDB7z2Qy7jxUw/jz9XuVHftJGXsqv6P+71vhPT5Hc1+Bx8A5ZiXzYx42EpvRTUjfh2FUofz0DtgcZDvKfRmv'
    'igCnRSEfaCawqH2qjl8pDr+e0JFZCtkJH0dVPtr+HJmXDJkXHXh4PHXsoU3b2glwUgB3ll3bidmEqmxm6F2WrTBvdvwrP/5Yh+Iw'
    'eSytHPNjvFahdUP9ydaTfJg+LmmLHmM2zB6Dx3m+MgHd0LCELlhbuqlvS0fpyiCiK3b+Dq7506U3szXpTRhdOqrMdKlmPD5dqhHw'
    'btwf840I56sk30Syex5Xphb9xrJ/7uuU8pEZNN9YL5cmejnqL/UF5vmQx2PF83Ffqlzn8CNN3WPGc4/Mw3oqbadU+UW8eBrw8Wpr'
    'Syc+B+49QBZAD2Wko3PHOqPSyvH7qKL1IooTOqPN/yaywdSxp3fnOCymWh74hRqEUPyeI1//edCNHcZK70Dyu5n8zib3T64To47f'
    'w8R+xt163BBC58H6bSDnIp2z8MF+jjalrbp40JuADdg0eyT6GzPWInTRa4DKw/5yHjOLd8L9OVOf6svRN+4rncf6wzGnuI95Htt0'
    'HvpWYKX+7GcJvnGYjYL6RoiNeBPsmyLeREcmQv1l4bgBceHQtfMOgZy62suQkivHM1PkSkRVOYDm9LMax2pvqS7uJkcGdRYawlc9'
    'Vr+6NGO1+ZkA82G3WJywOKHgtTNhvLaW8QOzz4GnViNPqW/IPCDbW1npPSX+ja9fFV9tek6a7hzTAeY98qO2BtKV5eru51TmUIyN'
    'CjF+X20Pnr3otzC9VgfhO4zWuWDZT6MnFRcTdO64OBKZEJ+fWjI/spiH0+Zua4qwIGZLL8bTFOljkxrtm8K4GtF9GC7Ps75xEM3e'
    'VE6KrZ48669o6s2JiT+yYw3y54DGYpl8NQuPOZuFcjymN4/p68YV5joNzsvRuPXut10sGNN+G8kzgPIUiNySx78rAC3Bft1UPuF4'
    'zM7ZLOgHDsMZIe+pjJTHzLsRwT2V+bERB0j5XYryxTYCHHf+FkSEE9Z3VfubmR8XdDeRGQ8Q+S+dU76VubLV+RF04iWx1yFW9O/3'
    'lcZDwzE3O0m9UWSxYXdT2P+egPFjnx5mBe9FMebboA/V46UKH8yz0m/NaI03Qp8WsFL7Io6vy+DfLgys42sW6AJrxn2dAGPB2HrV'
    'rDQ+4VJEc5ay6eHLUxRzcD35xuMKzoSxcpAuJQ5OlXuMp6tPTdWcmcAo59xWGcwtp237HvLSRwWxHu+AWI9PPRDfJ+kpEcdqacJj'
    'lUEiO1n8+OUR+rcPxqrpO+Cn5stm5fP/qp+f7jsm9eDYnnHHEMsyZDqUvOCsLYtxfQXC1yvIPhQW5/VKSPFd42bU5yvRGsgxP04t'
    'jcPM0yHJmr+OrH/O2/LU7esatH7ot2OQPou/W4LeHQnvFiL97ioWHr8ew5rB/Dj2/USndg3R940QPd56gX5NFFOG7v0UV+YgyTvX'
    'ZS+NAQ+v9yjlW6BNrQIe0NFYL4uYONbyIpKnBbWV4nnGAM9pPVcq8FlUhtJK1T4ha0/YPnFsyD6xFNlM/OluL/3Ql2Af+F4wxjuG'
    'LeK3cRzuf3ga4D0VjMO9B9rxn1DXpx7x0geenfz960oyf3Ft4LAt4BWslH/PIfpxBcERWXso/ViqWCe1gjUqkp/j2ONVaB+gOIfr'
    'ykjk87i9orjcKQR/C4K/hZXGEce2cI2/Zpe4aOp4NnGBp1myd0Wtr3awKLl5IOn6Av5FvE36AV29I8cnvOYxneFrdj7CJZP1E2WO'
    'w2yTOO9QBWUxzaohPNIgklW4MB9DZ8EBdBYJk0dgePzcci3AuxfOxyp5yhJ0pjEZu7VcroVSt94PoPnZhs5Aqn7w89DNE39z0Tio'
    'zlk7SFrQkG1tF8wHH7/rmW+/NIfAHtToh45s7fXMtzuksqIBdP7k8T11xo6WzcOcHI54ch05ArWFVJXhtlazgFbj9oyQPhYU8sR+'
    'yZmYr6dWpMtagGiP+34/wk+3zT+EMjOKL1PpTLbqwJOrqqrm/66pqq2rqm9o5E++qXGSnmb3fy3lgFwcmD8Veas/ld553luMH32X'
    '97zxjf9STL+7bPXi85evvPC/Nl/0xvvvumsZfH7lA2+/S+eG94M3fm2pwzK/mfjnjS7owbk+RfHq+otXz12XfO8u9LgztzdRTxGb'
    'fqxzr/wh2ddW/uuuwPPLr+Ff42z8oYk/9/9vHHf7yYr/vTDx32+K/594vvbyqwB5fPyPgfoMTI8Uz9WCd8X62zQKa1mHi2/WT1Yc'
    '0OI9EcFeXAXwRHvxUQIZH6ZXI0i+L6LBpvJDlU7hByB/09nzVXvBIKLhqjZ3SPQ43ajfWNY6rNknVX8/CudTmW4L171Tsx+4jM68'
    'uu3YA3iWpI4Lyz660Z7YIemfrhz7QsBb1fz3Stpv2g/aBswX7IA2rYB1JdM/8rsA+Ps2wu8dDvxeVJ2cTjtN+Ykw2SIuL7Klm+73'
    'inT8tVGfBy4noLd7qf1hyuS9eE5Fd2V0/A9UIfsqXEcanUP/QPBHRxZhot814fe7JPrnbha8/xgGk9sj/AuiS/2avL+MVkap/zZ0'
    'LtKtP0o916KzHaW7WE8XBfabEc3vjQnrLMBb0Tl1d0SYa1DfdxF8KiC6GQX24ejs3i/BTXwmjFKH6V0bEU82iNawC/ONKW+sy7Ge'
    'uR6l+mlfXsXf3fJV791hSL71Q5APZ/b58s8skiXz+0n83WtPBnWk8/Z56Xcfj3Z3ulg/wG2cKHxBmcfm2d0+bvJ3VRd571aifrnv'
    '3PRjf+Prqfi3/BYv/UPBH2f+7bRtXvqBO31dPq9n2eXBcf5pITjOvZcEx3n1HaVwU0j+eR60/98c754152Xxmhg2wGPT8de5b9dq'
    'sNfsIPRxgNClApEHnYR0YHH3Egz3KICryxPqtjePbEtGQs5yuAyfb/ffZzjeGU7Vzz7C/+8mvzsmESfC8uE7xUUeauIfx0lkmF2E'
    'D5jqffkenNlwX/YfJG3/J5Bnl4M+cH3EyRkvXQfpKZCenvHwvZrT2Qzsa/O89O3z/PUxD9mhngXl2zOl6+VUKH8zKsf9o+F8x0O+'
    'm+b568ptk+5e1xhhPHC/2yE9QdIP2r48yHcWIL4D248WDOgZlaGL+ELM2yyAscf1bke0UadeTJ8GBPorXJ+ubgyPeypE73Y01SFu'
    'ApCSWxYcbkoB14RPqSF7Cebr82CTnEPf8HgsF9hx95M8C1GeIUkezitj2coqlJf/xvYHWN4kyyubrxr4w3hTLh8ZsnN3C9jt4Dbg'
    'MwvHyznEpquZyeWyeL9tRvY4zTAWOTR2BVJ2mOz/rSE28l2a+kjMF4psQtOkn3WknxmBDLQZ1pvIzqgZ2qJa93Tc+gT8SzOMFx+/'
    'agme9BO5u4ofjCpbVo3zIJm/hXBOwLhckOieRWPUIdFv69SN57hGsAZyxN6exjsR0TRazqVrqnJR9TMyGZmuPYVJjMQ496wi3spK'
    'T2kZ6wtJaQubxAJWxWNic6azx1NcqiW4lNGwzVnF9O9Z67arXHDDbGfLdYetFeSeDuKnS+NRpw6axyBMV8bEr77DxtMi/YX/GPv9'
    'EGjN9R+R3/m49vENdm1prZVK+1sz8a+2KkF8YAQfdOW22FdbJ7M+GKV79fuL/2/zN1sz0qG6F63jKy+KTH4Fkh/wdyfBu7no3RLm'
    '28M3ID4W3/MYgLSbnGlxfXtYNF1FOfp8oaDP5wr6fJag/adFGIe1gjKjijJLgU7gMgV0jwbnnU/OGE0COdFMQZ4CyVMnyOPKBEXy'
    'n8mcv6sF83eFYP4uRe++JJj7d68Ozr3rS4fO/bGSuRfZ9armXqazCJt7ausUNvdLNeZ+qcbcLy3D3OcM574J5Kr43t1CVupvdiXo'
    'V7MIXhqVX0nSDdCXi5in9+SypDBZAJYZjRCZWB+R7XAfj/TOt0p+MMTC73pjuSq9e7UB9XeDYjxORji9JILeeEMZ9yROY/8bvZvZ'
    '5r37E3o3A969jPi2NjLPbQDrl4I8i9pK8+yHNYply2Ftdst819VrI7pk0t8WA30AtZ/cBvV/HtmhDEts9AbJd5GOwYX1D8hes0tS'
    'Vtc2VFR/mG4W4/wY0klhW1Xdew2DpF/bBLaHqvsVunI+Xsd5yEZylPS/W8MOl+uOqJxyFN3r4HQmjg1lr6Tu+WDXozunhQj2x32E'
    'ZujokzKGdER0LlzBovtfWQ3piSxoF7KG3IlKhchfRe9cmf0pEWWlMn/rujCob5pK9bmFxfNPI5ND6+xZJvQZ34u+Fvo508rThPK0'
    'TQeBPK0Z6SouMeR3ckTfekBHfWq480C3zDq0do7/ipf+4j5fn7xQQ/8WR+equqPRhPgiBnff3wd32W+/u/T8LvPbH+a7f8SQrlm5'
    'UiC2B1HiJCtX0p0bbDtnwh/L9nVT+h3mMwzLcU19hYX5CEvaR03S+D/Nn5QY/w0ejbKVkl81EXuouPU5huWzhuVtvKUQmtx2YFgj'
    'xFtq1ZL1Y557PZP7SdKZy2Z03rgBynN5WgfM8ZXMxgCdjHmeC/PC543qRqnOcSX6xkLyUn+gzYq9Kgp9OFkh36D3dVUyHNF9WSr/'
    '0JWDYBkWb9eYof0Wluc2z/bWn0h+NWwgN/qFQI6G+x3HZk4E7wXyezuT34Nz+/n8LE9XQe/w4vHsDZlfURuiyrJEc6gjb3qZ2OD9'
    '4ywfV3V8u4xI8FlnfjsE9zzwvRp6X6XDYCzGJPcvtrNSX9DbZvl3NsJkj5Weuyj2k8dN9GWjQOaqcxbWvYskOnuL7uxUWib7u5n+'
    'WhwlbdMZS3w3U4STPQZjNSigddTWXSbTx/4NvjbTp6Njkr5Rfw5jkjsKSa2tOLbGBYFuxe3n21E/X4kxdzJ60lUmemJKW98w0c9z'
    '4N1Gcj9mA9yPedu84FjSO0Bu+ZPgns3ajN49IJ6XpyIfLrQNbt7V6H6TbnvXwLe9kvbiNq1D74t82EzPjgDTkBc17wvo6rx0fNvo'
    'wNTFS3xfNOr6ccfmKzM8OSimMX0Ep7c64T62Kf2QrZ0RwT0PVX97NfrwrhmebkGkH+sne0WHpO3YfkTUZkpnKO3r1egL5/GuQmM+'
    'epDQJupPfSXqQznoa5Jt/zmkPyF74Wst/n1Uvhe/RvbPLjL/fZK9sl/Cv5UL559u8XSAcc8suK0FyRroY/q6jwHJOFD7nI+0eHf2'
    '6L0sjGt/ENhchPE4Jjxxr4Kn4T4Sr5to5/HE1gjfccP1ufXweimP2yexU6s0rdzY4skwTH1d6t6dxX0YNLTDGBbspW6bW1r88+Oo'
    'xNakT6N9L5P2bdMc2zh+4n5F2vuShk7wuWZ/bU9VHjtszfwTar+ubCqJc27aMZ9P0RrZ2ezdP6hU+3eEyBVUbX1Dc6m8SIcHMV3H'
    'lT53z2729fI6Z1LRfvOiwuZtWGIDzH36/r7Ja3+S+6uJLDBs7/xmk2czquujku7ncXmdAQHP47brM03BvUV0dmzX9GfB8+K2b0Q+'
    'MfBZ8iRy9ltPfEicSb6vg7PhWyaAL64A/9wtoRsFYpv3pgq3Ryab4u05bpLbQ8cn3+TdyypH3DkdHsaUl+E8zP68N46TtWbpWv3q'
    'xP/OZmr5i84a3WQgN2pH61MXPl+zm2LKi9o15U7u+IzmffpfDnmtiI/Q8Wnltu38CrVtMELbjs4HfQ5Xko5yHjRboXYMKtrxk0Y/'
    'NgBfq3cvEPsopnEteb4RCT/wCoLr1vVkY6neSfeuS1yeNc7ZYofgXOz25c5GH8dNfCl3GcjjRGdcEe2l55uBRl/e2Mf0Y4iMCHTN'
    'eD3qzNk2g35xfvq0Rl/WMlVlRUU/P2hcyzU2XQnSuv9s8HG0HPYScfaIxyrUtijj9tEGn6ecbNlf8b4Tas9YGe0GsC83kSyQy6Uv'
    'bfDuIblwDm+E+ICQrob0sEbx93WQ5iA9CtKzIV0D6XKSf2ajV/cJDcF9sxxjwOd9v2QMZjWUyuZN5RqiPFudyshYf1Yf3Kuj7A9R'
    '77E9Xl8e+xFd3uufyly/6ox46yTVz/u/rd73wVZJ2Zno3Mr5qVPrfR4gqh6jEmtnTr13L859fzSheXMhnQPpWkLbNkE6D9JFkJ4K'
    '6QJCK88GmvdKnT82U9mm5dt1k2vXdk+dj9cm5wvaH6qL7w3Rzavw5bY6z3dllLvKSes9euu8+y9R47/IZDiqel9f58vLJ0NW7bZh'
    'WZ1cZhbnfKnLM9XUefyCyvbIRH5cKVnTD2o9GUHRvpzQvMMJbZsJ6ayI/N3XQupaIKlrTsS6PoXqikKbcbmFkJ5Avq+Euv661l97'
    'lZLju/XuqHC9HN/Pq/XpnolvBhEt1i0rk9UsR2OQlG6pW4P219f6cVDKpdN6uaaUtpZDJvGSQt/3bI3fz3LY6Ll1fLnG819O/YaY'
    '2urr8sgfqfHxd7Jt3MdqfPxNcs9SnXG31PgxgqKc9WR2cy7sv0oQNh2vVTXe76m417rtq4L1gvcXB9JzID0D0lTEve1X1f56KSfd'
    '5/P5jKC+cumj3Prur1B9fC18WFBfOffPG1B9nSzcD30n0/cxPyKxYeuo9veRJM9OJmelTagNk6FTKcaLqvbpUtI67erq8u/VXQq8'
    '+nmu8m2ga+nxnB/PboCM9QuSewnNTqkNHbWHujfnxwyMwh/o7i1/mwvyIeXSqRTtfypUH5+brRr1mdQju5fAZcGnV6g+TueOLnN9'
    'lK7WJVTfDsKr9REejuPLr6v89R2nvjEWXQ74zargWozSBtW544uCvlby3pTbhg9UyflYU1ssujb2lAE2n6MCGrty3BvoVsAoxsqr'
    '8tdGue8uFP3lovEck+h3L3dKf28nMA93xGelZoBtwtPryo5eyfqwTyPyqOVE3nauIeyfZH2fkkmdE1R77kswZo9mfd+kcWyPivt/'
    '1teRT8a9CRq76d1oXLdLZBwyG6Wocc9Huf1P1uevdhB7hTGSviS4/yHqz+UIJr3j2UP6WVDIsPicnZEtjfOM7w93G/Bwsrng6345'
    'antSd35mhcCMaoPLssnsm10KmfDPMuWth9PEpzLl91crG8u7M5PnK/c9GZ+uXU/q/rTEZpK36ZMLSs8bb0Gwws5AOvaXvRnPd91k'
    '3n9X6Zo2ItzcJImzeTKBe06Eeo7K+P6YuwgOvaTJf87MeLYAldLtunX+Me359SqHDteF/+O0j2803rHunSUO66m0Pz6VsiX9PKqz'
    'Ev5g3Drfn/ZxaShE/hWGSzeheU1a3+DCvwbBH1bs0x0GdJeP+4UIb+hZhZ5Bdkr4Ar5vbEBtXadY+6dEWPtL0p4N4WTSQbcdGRgz'
    'LN/ndpEmtkUurN+mPBx03215Gu6oPFkaz+Cxx7x06AsQHwb8+D7wrAfjhZScJhY0bfu+lfJ9qkbxzS/jJb6c8u8plFPPWbT/RXXR'
    '/u9MiF/h43UzGq9R0ncdmrRTwp/2p+LHG9iS8uypwvzyqNbQCQZ3rnTW7gkIz6Pa0y1J+fFzVHhO8XAOKtstwMMwG6DqVLy4FQH/'
    'X46nFy7XGXdUUu9zjt+PuLJ2F94jjuenUrX34XjV9wvaEFXG6ML7hOPP64hAFiWaV657eD8qa7LWiusf9T1Mxof7vhPVt5O0sVuh'
    '0+9xfL/uJrZcbpnLQsqG2Wa5Zc5B/exW6FG5DcbJqIyOr0m3zLGOH1dJh+b3SXByvhMt/s4AgVPn+DGhws4ZxfM/ytut0Av9nqnz'
    'chxzYxvNKcO9dxf2d6Ad7vf/2gxxQQpe+gdIf3cn3P9DeZ+52EvTV3npTyHvET1w/zckL4V7nyDvxjFx3n8W5O19p7gN/xCSl8J9'
    'H8r7u21eeo9kHG4NyXsa/P4A5H0LyusSHDdtvCRYNg/0gua9fas4b0GQ97QbxHnfjPIWIO8dA+K+bUZ59+yEfXezuG9nCPLyeaN5'
    'TxTk5XNB865Ceds/56X7HgIcBp73qAe8vEeivJ942Etf2OelP3zESzP74P4fyqvipRtQXsqPtwLcWU+K4x2pYhzp+F7OEZrH5UnY'
    'b3iBfDP1G55Bv3m8eJeXPRVwxv33xLCzH6EytG+pGH0bJO0/HX3rQ33ksbP4N34/iO8zawVjws/2qwTfeLmjBTA5/93G/Dh0L8C7'
    'wwXzwuvhsRebYE/H/eP11aE83Yo5lPnxboo43qKYZjw2TNj+h+P2LYmIZ6byNLpPm/T1LCaPp6fDS+jGOhPxwrrtFMXf65fIn3R8'
    'Uqt8pxX91cL8VXpsVO3aCnuD7lmmM+bdp26DfgwnNPbuuC+OYZsywPT9ugxrtIfuV62sNI5oioXHEqiKQIOOkuD3mFPKA0exW9FZ'
    'IzsI/33vDN8+vJ+0KSk9+Q6Cu6OSs8B7Zvj24f0S+fOwgWxXt96hGUEb+cmYl+J9kxm+LUmvgT3sANFt6PZ9taQ+eodBF69U9c0S'
    '1DfKwuO5xanvzy2+rYzsbh2946EL+99bPNsjXVnpkGTPpL6Tdemt24aHY7RBF49F7cNt+HiLN6eqNoxFHA8av/eWFh+HRpjYP3+S'
    'ONuLcGhEgkP0Toou7AtbgnZLo0RvOWowtiOaZdy617T4OupuiVwqCRxtRX3s1tz3k8LNPzf7faSyt04W7qPcpI8/DqlnZ4gtjo6/'
    'DSz3fAzVs0OT94qyL/xLsz9ncff/EYl9kcyu5/ZJqJvbnPU3+/ZQfZI13WE4lpeh/lSSxyrKm5qDtmlJ81TF+yaojwMSXYrpOtZd'
    'ewz1cUBwNzApWvKzJr+eQYmN6WAC/XkK6kmar6D76H1lqoeO24eaPNzQrSdJ3mS3YR9HIvZxq2Yfd0vswuOcXzY1+XYmXRJei7d3'
    'l8HYcnu7pU2+TYwpn0BxblYMWHTMU6jf3QZ7oW5bf5mXt3XMENbzMWBRHuDRfGm/TeUoqnHdJ2jrSxFhfRjBKij2VRWe34r6LePl'
    'OhV7muwObdHeXAN+VF6x6G8OjUUU+Pi+zumorT2SslFkFmeAbvwYBD9pOYQLf4YEfhJyBxf+q41B+EnJGbi/2fkGMtSBBM4Yjzf6'
    '+BNHluHC+kKjb1+6I+LeYIpTH4xZp2l8yuL+j+qsxFmiaG+G5knEj5rsG+fEgEVp8esSgMVp5ZFoXIcEeeLoJkT304v+JipQJ+V9'
    'Xmrw6Igp/6g7js80BG144/qxG4qwNj9fpnaYrtd3NwTpatha3C3he03qHGrw94qk5YnF83+Dv+7iyA+L/mYa/DWwi4z3mCYPbIob'
    'S9H4hNXpplc45uPfhManwRHjkszWntKI/66PDouu/V/WB890onie1GZfx+5sM/HVw+8InQv2aN+YhLo3Q9376n278Y4IsmgTGfT7'
    'BHUNGfBGfQb8005BXaMR+6fi9a8Q1HWEYz6GgxpjuKk+eN8h7PxP79cU7U0RDNXZpCDZyxYYwBDxwUV7swgw9hMYr9X5dxFksvhh'
    'w/2sKP8TwH0pAbjfRnB7JLRpIMJ59kEBXNkZ0YRefwrBpT5ldc6aw0zs3/A9CO52yfkpis7keg24Uc7znXU+rprAxef4CzXatjMC'
    'Tp0kgDvK9O3I+yT3cY5CcJPSPxXjTaGxjKJ3cWH8pTZ4t2o/GXedc6vOvvWTWr+9Kl2A7Gz3bAQY9Ez3sAaMUQWMewQwdhj25WMa'
    'MF5WwHiPAMaI4XjcIIAxqjkenF701Xo4HvcMQvnoSwE/y60jKK7/Wv+O7v4y8FWq9XF4rR/foj2jvlt6HPJhqbqnZ3Kv4881wbkU'
    '3RlZK4lnKOPPf5IwXM57P10TPP+K7iOuT/CscU8F6+T9/ECNv4+cIYlrJ8IT6kvhJNKXGxKGy9vbU+Pf13TIfUz+u5H4NM0g30XF'
    '9Y9g8HtmiyFdBmmbAobrb3am5Gw2aHiuKNr/CeCZ0glMf+cL4A0rbB1EPrG4PWSNAF7UM1vxvlm1f+eQ03/qK2uMiX1q/syg7ADh'
    'mZ9HZU30YMX7ZtX+GPRo8i+i+F98zr+I2mLCt7plPm1Qlp7LPigo+6LknEN5g3dU+765edlXDGQAOjzdQEgdAwnV8UY0BjvI2fFw'
    'RyxD5vh3pkFZin8noL7pjJeJDJnLyxYgPO2T4GKfwfm1FvW3T8LLFQQ0sKj/y/lt6Wfx/Ctzf7MzFXZUunYrxfumOb9vMnhjknF+'
    'NBe8410QyKvxeI3x++aorIl8tBhvyqAsxT/X32zbJPGDbv27UNv5Hr8xE4yrK+IpeiOU5XzD5QhvVH4hdHi1v0oIHm/fagRvs8R/'
    'RZgveNq++QnB4+2ryfl39BY2ivkvGa/0SpVflvqRXEbKLkL+adwy/1Hl37/viGDLx+9Dfl8AZygCnCcEcHZGgHN/VdB/wajkXM7X'
    '/Wc0ytD1/veoTCFkb8c09j2CMrsJ/X+N9OemqqBPgDCeyERfsN0Q9oAB7ItRX2V+NXvJ+JyJcGB7hH5xOMeH1D0gqfvokLoHDOqe'
    'hXzXRoltLDor8HvFf8n6/RL5wxDh9m81ylDcfjHrj4UuLyXSuTyL6qY8QEHACxTt/0PKDEvqecCgTC+3/9coQ2XDH0XjossjiXjk'
    '2zXqHiN4daNGmZ+TMsNZHxdpGZXfZlUfrhCMxX6FPF4E5xzURtU6U52Bqb5lTVbPNwy156BrqC0iHLquGjXhhN0jK+r/Mj4uvCKx'
    'dxomdf8aleFn+l8xsT9g3u9/1yhD+/g9VGarI95Lqc/DJzM+T3VyJsgvmcpEv5jxfe50hMjK3byfDcn7Kl3/UDceqx0a9JHT7/eg'
    'usJ0v0V/U4K8Il1sUf+H8obp2Ir3f1AfTPVmbvkrI5bnOHWepLzOXpMHXrtOwVdw3eOakLw0ZvzRIe0a0GjXHFSX7CzP21WP6uqP'
    'oPd+Le3XRek6jbX627S4Ll0fAvtD6qJ+ZJ8Lybub9OEbgrwiXaab9yFB3hcl/MP9KO8gE/ta5bLXu2BsotwPcsv/HaprjPQB00s3'
    '73tR3jCaXbz/i/Jyv6rnS87uuzXy8rPmQEjeUwjcLo28HO5laZ8XiEq/i/x/OngeScImrGj/kw76wKE0d4kgD5W7zQ/Jw/FiZkge'
    'LvOuE+QZIu1JCfJgeWNR/5cK5qH7w28EebCtVlH+h/KI9Lxunh+hPN0S2d33Up4PEZM7S8Xzfwhsvrb/jcDWuRdU1P8JYL9E8vwz'
    'gq27txfv/yDYBcnecocgz26yr74D5RHxBm6et4bk4fv7KMrTI+Hr+lBfdfUtbrmrBLCHSZ43ojwi2yk3z7lQv8ndkqK/ac1yo2Rs'
    '2w3L8foWob5sl7RpriAPrb8pJA+HkxPkeYXA+Ysjz8Ph/N7x51ZX/lBc/4JyuzTw//uonK6soLj/O74dc1xbjAfQuPRJ6OTnQ/Jw'
    'uv1PKI9Ip1KMN4v6q8u7Fff/ENjb+f2/kDyclt8QkofzlyOCNhY02rhNAHs/aeOVgjwvkjZe4pTew4kzt6ei+kR3etw861CeQZn9'
    'b0gePv9LBHl2kDzzBXlG6P4vyENxrQ7lEflkKu7/TpBuqfjTor9pZlaOt+lnzJu3uHcruL9ZnTbQs9FjzB8Xke7PzfOvKM8uyTng'
    'CyjPfgl/dRfKI5JVFP1NM38t6er1ivY/CLZIp+bmeZdgjFQ2VsV4cwi2iOfPw1jXhPDveVjTNRK+/UTI0xGSh/fjspA8/IywGY2j'
    'rl6vuP6Z568kKdstF+YKwbirzhlF/T/qg67tFdfPNRrqDKn/zSr4t8N8H+MO0/dFid/XovfY3x+HkYO1ZwJ7C8BNF1+GPylnej/F'
    'gfk440+Tl+xl+k/rgTmR59CbmzzQsqvtPInnicWZJ6acJ7yO6XpLMzP/mnb+BPO3l20iQ17NWHJTqDs3cee2Fco78L4Bys1CeV0E'
    'XQ/pYeOleFEV8j0uznHYeyDdMl7ZsUmiDaa+b1MR2qjaX9Nof51r0HbebxOaf3iEOr5kWAelaznIm4Y/XEYEJ2xeZfWK+JWwNjeG'
    '4GHc8m5/NyLerBnSwwCn3Hwnwzg58N2R9M3t+yma/ea4yeudA7I2zL+dyfw4CKJ1tBTSK8gaaSY0qB5oUA07gMTczFH4OKgvmvCY'
    'Ch5u9zJIryT0mWngq3vffD6UaSDtqoZ28bsVy1A/RP3SrZOvkRbIU4NwPwv1sX2MffJ5NZ5WIbxrIXtGWrBn5BE9ctu+lbTtbyf+'
    '7hTyFalD+uG49xdvKR14xsdvvJHPOXo2sghPK6ItHId05y7sPDgHcBx/W8n04n7EaVML04tr4X6fidqfA1mFbD20gpzJAVrWADqc'
    'Wg7zIOJXDVAwbXaGGU8bH1zQPJs+eQGNdt/Ng70Pz2UHyOT4XDYBDsxgfuydA3vBJq8fdN0xCU2V4Zgj2B+/RPbHaslem/fQ74Af'
    'VBq/Y4jo73Rj1lK/bMV4dMyPufJZePdueOfme3ax9+6dzI8nsxS1i++HRftAWPc47s5qSE9kwZhCayBtJ2Mq4mNF76xcQbEmh5Si'
    'gZBHfYSlvIVsLWQEvMPxMPedkO42PEfJ8jWgfHPgj7N4ScPn+80Gx4s/yHm6FOKFqgkNcv/9ggtXsz56viuhVSH8Aad1XQTuVXaN'
    'lKyRvVezOE9KtYIaCT7egHhlO++Hxry3wNy3o3fNIXqVFQnoVVqhXgY6owZ0NiuWu0C+N9D2N0fgr6sJf70IxmAugkv5EZwOCWQH'
    'YXpcB8keW+Dfx6IUx1nEOluc4ri5KYW8B/eN80/z1sC9BMIruelrT5byShehPNXjpXlqxuFeAvPizrjvLoD0koR0cRm0w8v2N34f'
    'k8ed3yxITWR1sxCsBZlgGkXupysHUcmvmg3hNaM0BXgwBOPXB+swq0VrJ45ZmWnOh66gFMZMD1kfgxaLnnT9puxDEweaTYiP/Wug'
    'T3yunRA5KI+3KVtDFFeHATd0YOM1kA6R6WN55Cp0DmOa7coCfTHVXzSSfEnIi6LEc41yruT1pOBPNrY4ti4u32zItzXDe5nepxne'
    'q2IfymT7jgCeY0DDMA4tgbRq3IwO8j0aj0UV4iG47A/zwM0ILscDUzgtCIda4XyVgjJHW1myUJYsOjcIyGgkGV6YHjNdZjwu0oPL'
    'wMZpi0cHwmRrdN3l4XstWRMriP5Fx46inH1sfZeXZvdO3z7ec9v07yOPM3/HE5PTx2wF+vhDiFv/2lemRp8rMa+ZJ7z0249PrT7i'
    'uOydxNa5TmDr3EvsqDH/Y8Kv0fbVh7RvARP7h+Ax69tYeOyATg0dyEvknspNIfV2lLHeLuBfqX05rm+I2OyLfGzw/LpxN6gtuyxG'
    'ZphfA263vgb4a3pPIwyOaXu3MbE/AXrnRMff8MtkDmQ4rbPO1wtwu9YQt3XuneniH8Yxfj/BtatfnEC9uveLVHdozmS+bzzq+2x7'
    'Qn12zwfHaOKyahw6yzweSeNfXQj+HcP078YNS+gRvvurezfH5N6OOya3gax2KejIcP1Tve1bUNs7DrK2r0Q4spPpx5UdnoS2Jr1u'
    'srB2ROtmFhP7YsKxyES0YZCJ/aYfxcziXBUM4WP9hiqvaByrJOOlYw+aI/RHJvMS2R2HyeJ4O3Rld27fXj/xdzYqk4G/MFkqtxVa'
    'CeuYysB0ZbapKVBPmKxVJA/VkWPy/LVQPqOwH202lAkdFmIbXys4u0Q9g+Ql9bp1fBzZSeMz2Iv3+WNoqiNiRG697yEvffTrXlta'
    '0Lc74Pz41AOlZzP33Z/u9tIPfQnOg9+LTw9N7Ihb4bcDtpMNiEZyWE0CObrMNs5BOGptt4I6s0UXsduB9LdpG2T5zyIdeS3Vh6bI'
    'nOSQ3N1d400TLWlu87/r6n5oPWlUT5jNFLYRxjacVEcTpp8X4dZ0xx+d+4Zh9kPhylZ3dNV25V2Eplj7o8m1O+M8dMZQ38r3n52Q'
    '8rMNl6Mc7gTzDJI8LY5PSzjPzPnQOsE37i8jg2Djck3M90fzKpPn4bKq/8eCdVwD3/4DfesjbXtR8I237f8KYHL/Q8+hNnWSswwf'
    'k6dR+Q7Sp8dd/sDSLku7LO3StjFPwRyJ+Ipawlew8yfm9mPevze1T/y7Xc2zprh9hAB+U0LwMwS+9KwF8FUws4Iz+XZke9kAtG6W'
    'wV2maY7faRiqC4wvQ5Q+YfcuNunw5u6e/UkWvAPONPZsbo+6gfl3ovi7BWBbOge9+wrzz6L83fq2UpkSthHqgXQE0pMi2mRafDx4'
    '8LHFcF6vIfKsbjundE43Tfac6s6nyf5yDdCBembvycruybr8q9wOT/4kdU92MuW+HDewfMbeuT5471wnws8SHNK9R2oCM47MHtuu'
    'FeMHoPP9l5/10vrv+LZfbp4zEN/U9jD4AXxCDO9ElHf+Ph+OKO8qlPd6gHf8M+K8R6K8e+6FWKgPB23V8ug8U8z7TbDdA13Dk6D/'
    '+BTY9D3wbFA/cT+04YVHSuFG1U/MARsjRu7ZyO4gNIEOm+vWVgnOkk2wMZrampvYqK8ibU4b8k66e20T4pl15PD4Lt0CpN+i/mZw'
    'n5cxszuIOnedw3QOuE9RYNF7edeQcac60zzBt8Xodzn9LujiQgs5z3H/DE0s6J8Br0WZfwbT81kOxktXj56H39TutVFgu5oHvf46'
    'gzmqxJzo+gbQGYuwO6T1ZG+sQXpxWf9FuLBagAsrED0S4YLMJnkByArKOc5cb6eyY84SunCFAB9Vd+TwupD5g8Ht4D69TPgPXV37'
    'kUSHzvPnWNC/4pGELrWhMs0VrLs5wtlfNna5iGPn9v9WQf/xvds4dwLpnT6VfZHJuI9cZSYz0bXt0a2/usdsnI8gc59hYn991Rp+'
    'L2V3VblPu5pxf/yzhjiG8dLimz/fZ9w7ufj23ccPXXzjMHJQyBTvXJg3I5lIFdr3+FhweJ1Qphr24CuRzNzed02luLxiYoz+JNf4'
    'xr/viufpSlZ6B9/kDrbI94a5HwlXsjx9HUnAIbgpgpxcS2AuetIwMZt0BOpA589KefSCr10T+nklwHhdyj/nYRhppvaLcnTK4+Ex'
    '70/t169l+jEzadlucqasS3k+/8rly0fkx+e/HH0/Pj9xvHZYHZRQBxXDP6ByTShhm54p3PkcdHyb41WCNArMNzvemtXZs/MSGOdM'
    'vFiLYIjWzjZmfu+yF90B4Wtalw8S3bcMu29C5UVuDKmFTO4r/FjJN9ndD1M4bhteBjo1B+iIiF+ut3bkYfZy5dQzG80/9x/3Vub5'
    '2ueyIG5niu9WbWOl8cQ6kZyarisa47jA9GMLnwv3skSxKuk+tpvp32EWxe7TjUPqfp/BgnFZRffDe5k4DhyPFTuTBeN+biN3wbAP'
    'gG4WjAcXRXaMaaNMzlcT8Yzu4stNkNajdtJ7T/y+tyPo5yATx0k1vRuVY37c+H6mf7ddhLNYFyia21FWegd/lWDeaBzGo1iQVyqw'
    'YIzZPPP9ZovuD1IfAr0seOdwNxPfkxyOOLZhMZDvTnn+pkUxXrtQO0zqwvFQRbjUwcz9lSWBG7zPp4bgxjBZr68T4MavSJ6V0D5d'
    '/oDStAECby5Tx/wU0bs6Af3/Lek71hutSnmHdjwO+yPOdf8UneszDeb6JGYWk7qS8//LiPM/EDL/n5so+yGNfvaRPXM3C95XT5I+'
    'FCYJZ/jecSGi370SHoneAz8D4dl2xX7j7k2HR8QX3b4VkC5ylmAviuNzg8vnRTG0MX7Ndjx/oNQfAh8LE5wpGPYd5+1H95gmkyc5'
    'Q5NOjAjWCfVZlAedCPU5RWNcH41weRcTx0ymfqp0+JcOVhr/okGA/x0E/rAAR9wYGbfBWPNzCY87uw7FV3XT0zXjwvK8LvzLES09'
    'KyOO/Uvjxbrl3gDfdOP58jaem/H3Eo47p0jiy4bBOwnF+eXz2ELGZ21GHfeWx6g9M1PqO5rHNw6LxRvW1qh86CkkpvAJkjnRqS+q'
    'Dt2JcV66OoJ8ZLrLS4rCkSYq0dBXB+k4nuZn8CRipSWFRyyGbnwTwSt6h3UEnT/4t1G0n+VB3sftmF6Ad8tR/hfQHsPtWBtIPVwe'
    '2kfe8zKzUR17WKnPRW7fyX0u8ncz4M4TtrNawYJ3EE3G6+IIOvdgTCqYOidcjp6ULQGPkcXtTgXtYWF3GEzrqkWCRmynxf0/RLmD'
    'pOtT22QuW5GdqTs+Te3+OYDL29213tzu/25uN7P3lLW7OmK7sT37Wla52Fw45l858uNYmkn5ha+CPx2bzmaEF++S2ARcgmgVtiEy'
    'GZP1BvnnEP2UafkWZJ80B3BZ1K9ViDaa2OWY0s7jBPZBmDa/GZ0VjiJtPIbY8euOga4fNBVuYjzh9kYtTO0Hy3RdY/pThWw4RT6M'
    'de57pVi4T+S0IW2vQvlw2+LS8VQMOn6dZBw7UJ9tDIHJiSFggqsOolnUNvPDF3rpEbt8Wxr+7eVLvfTs4eAecdKol37rArHdJr0n'
    'wumSW+bVdt+OoNxtyUW0ZTS5y6u7nuahfM3EZh/TgAtgT7mS2DxFscMU0ekrEA5xWtvNgrHP2nbITVhEd8ZWERxrIvKiIYU8GMu1'
    'rkayryEim+J53oRkPz0a8rttzI8XJtP1dRJ9+gbUjk4iM+N51kI7VHK/nQLZXRORpe006MccJPsd0SwnGv9tTB7DZw7Ik0TreKMC'
    'JxtIuWwITl6Z0H7nJMAn6PBoIh5ylSGPZ3rXE9/tbCI2gjTuZXFzWSrfP/D8NpN9RWZ/SHHKQesiCdpan8DZrcFgDkxtHaLyiTnm'
    '236OKGwWZHfuTGxC82C7uiyCHd2QYCx09FhR2ni2pI24HX2CMw222+DybhXt09Gv07MIPjuL7vr1C3T41AYkyrjEiaOGeSo6j1S3'
    'NyLRHXO+KUpc1QaJDdPsBNb2YSH2KxhnZPEQBjVwwM23RKDn09Ghq/KMxWgXpUFYP0/xchDZK8VdFyJbug6BfQWd7+YE5rtZ0r8B'
    'yTx3EZ3lWqTnlPmm7yJ2WkuRHi6Kfr4PydVnslL/9CtjwEtiDzqLyeMX8XnGtDbPgvEKwvYwrv9dhvq+i+nfgxbZpVKdpmyfoDY/'
    'MlgiGv+fYH8jk6nbOOFTz0/vW5BckO97JvuVneepP8+cD2lJgC+qJnwRtW9ZhWQJOmdwbsvXxvy4VZ0S+7mo+4goZsyIYCxqDMZi'
    'Duh+8NjUQvlmZBPVAOWwzxvqM6iWhd+XVtmKRLEVawZ+mtoJVMrHEZe54Hvv9czM99FK0p8GZu43UhUjOuoZPBeTb+M8VQ7xUaK7'
    'kTq8APe3NTvE3pLu9aqz6m5WnvhISeid6zXHh/uqxech0XlgVMCn43w69UTlO2XxKR5ink94u99OTb7qc8juCssbde1ph+zcH7T+'
    '41cyefyJJUweG+IIpo4/MRvZponyiGJH1DB5zAvKCyYhf65NgIbXMPkdSWzjqGsj3iHY68LkQXPAxoOe/0X25joyq35mfm7vJvIE'
    'Pj9u2xYKdEm6PEGPQVs6BHw01kGJZEBdmnyESoaLcaohAZxarnle0B0j1bxjHoHeGeyUyFX+GmzxcR4RvlGcpvwI5VOS7PeApoxW'
    'd2x+zoL3Q6kuOQm58TC6D7KKBe+viuRrbnkOjxH8pnxgJ4G5QwPWgEaesZi8dpiNWVy/QUn4KxTRfVF89GLMiJQ8D99ja1CenRI4'
    '7mDmBHncb392fHuCfqbvs4bDfilieV7/9x3/rKaKE68bC92F+z9D4BZiwL3b8WU3O1nl4tq/N6Te4TLWey2qNym4NH6zCGcvdjyZ'
    'E80j0i2NCngJml/3np5IB6ArJ6B38hehPowcpH34LfP91uq0VVcvuFPCE3wP2SeZjE0YzIeQLqggGauXBPRNdF/zbub5Vab3qHV1'
    'vl2acmLcLyoL6xPwoiqYsrua3WTdjSLZdCXqHUR2eQsmob/uXYYTNHXGBQOeEPev0nM5mJC8Mkl+qS4BfmmBZM/o0eTnRbqRARZ+'
    '73kM5FEivfGIZE47BeeeStFwE/quQ7OwbwI81qMSeN0SGqY73thP+k5DHUCU+qb6OaMqgXXTJFg3urrKW5HdM52P7STvWyRr1HS/'
    'C+Mz8V7N77xeCfJEVRtFPL9Kr6o6D2yYpH2rbZL26am0p9Sw+HrHPkPeVXRXYVCy/4jo708FNsT9GnZH6Sky5knTI1N5wR+QndgL'
    'grOkKbx/R/A6EoD3TdS/nUzPtw6e838L6V8UeHcx705VlP7gul8i+3+HhBcLs2vm+8nShOavHO27CunIuwnsLolNwU4De0U+L2cg'
    '+v2CRKZdjnqXhNhF9ih4OkqfZiB7W1VbdWwruT55kUAXJeLtRmPwwmHjFUU/WA5aOzcBWrvOUCdHbdBM/GvxejCMHQZruwuVkc03'
    'vsv2Rub5QsE4Su1XMN9P9/A47cN2gQUiM80C/oj2cJ1+4fsjuyT0aoDp+aDWseUP0w1jf8NLIR/1GbBUQnNlctsOMvZjIXcydNov'
    'omV8Ljais8GYJt3QrTvsLg/l0SvZZ2qvjufwZDSH5b4HUg7esYGZ+Wi+CPFTXWTcXopgW7hBYIth6qOax5Ez0dH3GeKuTJZtcg4s'
    'h83jZODAnoTmbDuyKx0y2C9GWLif0EsOElxYjuxgdOzdKd84KLDP7ZG0D8+tzjjHwVV8ps8i3HVhnh5CP6LYJh+L9sxOYl/M40+E'
    '8dFx7JebIt5XoDwMjy1QDhm/jp1br+ScwtfTcYhGjLBw/+wj6FyUxB2+mQjOkMH5bEBhq+eei3JO6R2ClOF5w8bvIPE79h4wbQXX'
    'CHuNjGVVQXhM8D+TIP7vjoD/fQnh/5sTwv+zkZxiGwu/w90ZwsPyO72zBeOhaxcqk13gc1qfQR93RNg/ZLz9VLJlDsNbfkdMN64x'
    'tRMaZaX+c/DYj0rskERrp8sAJzs1z8iYf6ghOEvvObcwuS8FrBOgtiW7DPfimSw53wkjChtbHb5TpF/KQ7pS8E0Ff4yZx+Aa1lz7'
    'Kp3f8XCur3S9s5mZr3jV2OvgcyuhWfTO/BjiMU3uJ3BeuIGs4T1OqY3yLlJmEaIJu4g9c5JtHCX644JCnjeHlfpswfcUxiT3CebA'
    'GsNlqljQl42KTvF+v8xK4zTy+vC9ykrKe5I4D8wKscGiNLRJgBuYR3Dnb1OInYEIlula2y/Z67HefpbEnojj3Fud0phCOwnsfiaP'
    'MSbrd9jdnzmSuz9R2ie7wzNPsDZUYzso2N9F63t3yH2dSuJ7YwL4PhX9CKUdTxelK3OKUscvCV+su+4Kkn1rVky9CLX7bUYyGpX/'
    'mA4m98OTZkG/OXxcc8wf53LMex5wtF5zDmW+b9zYcDcQOveyge031QcNGpQd0CyjQ1vi+rDqMtCTDkeo1/oSO3Ro7DsrQGPd+M6X'
    'xqSxcWmqjs6B+kkV2YCI+BzMc1RqHRVj80182xxhXDuY2IfaTEJ39jOz+6q4baa8YbbCY/e/mOdb+WDEySpNnMxJcFJ3D76J+fFY'
    'dfe/sHsKJnvQbsn+Oxphzkzr1+2frn3zdNp3sX+ywyuwD/MYgK0KO8s+Jo7z3WHY1xpWHr8IS8s8x2NMT69K8cDtf48BDxC1jvMd'
    'X6Z1bYy1PJgg/S3Hvi86Wx1exjlP+oz1IpI9DmjafcvOWLplTPaWEU09is45akRiSzpcIbocZ826Za9PaJ7C7v2NsfD746b3+kx1'
    'J5Suj7Hod4pkd+Gn4vyGyU2bBPygzpgnLZOn+2SeJedHW0cvg8eN2xr9FehoTfYTVV6RTkZU9xJ056XSOiJRe8Jw6DCF7D0J/U96'
    'kuThSfhzr9e0V8vDu5US28MBwR4j8lklm8t+Zn7/WmUTmQd77CMnsQ3YtmQu4GRScnMd33NYZp8nep5hJo5zEubrnd773inBg26m'
    'd+dysuSclV47Z6KzUbfkDCfbtwdC8pvIc2R1U78AlahPha8cT7E9OsXXHUx9b47i5W5N2zOVTslt1ykG8sJtkn2x38AmZzszjwO0'
    'Q2D3rSrTJxmT+RWUhdAzG12/bQms35zgzJsH2/R1LBhXI6ptEeZHGiT8iOrcnaSuNWztZQzkpwUYQ34Xrx5s5UznFtdfVWGZmxt3'
    '8XIJLaA+TajNYB8L908QJ7aPLq8uun+pQ08qte+KYliJZKw1Ev6imwVjZA2G0OoaAr8WysWVo+nc7xX5Us3DX4NEZ9Crsf/UkT7V'
    'Ixg5xN9OJt7Se0fDEpvyHQZ7Zo9gLBrKpLOW7QV3TvO9wPXtsyLkLlRYezOK9mbL0N7VYNea9HzI+lHOfdcd0wcVOk8RPQyjn6I5'
    '5DxNm8Y8R5VXdoXw/1i3VS74OntAaww5uYr2nYFon+pMPGgAdxVan7r4Tn2LJCHPjrLX10n083wPyzH/vqQuv+nW8SFk46tbTtXu'
    'm5lZDAB6juNtuxbkPHHgqNp6GQve0e5j8jtcbpk3COxewsqo2uD69FyrQaNU9KYc69HUDqQg4TMmSzbVkgA/08j07+Fth/4XQvig'
    'q5jv575boKuicqupwt9g//xUX6bb7sngc8LO6PyMfJhEbiuS7+rqOKjM+myBTUoS9Yyg+WlV0KUOA/kjbT8+kyQBf0Rxpj0Y5dgm'
    'tILzk8+BbkX3fm1Bc+7KTT907cnpevw75vuaL0d/K3H+cPOcyIJxYEzvWVaCXkadJ0zvk+rjZJ0N1yjOhqMKvivJ/kfh0WS8fzUr'
    'vXu4k8nv8+roFjmtvx7pOAeY2D/imKTsNQm2h+8RlyA+XdUeXuYspncHuaDZr+MM1lpYuxZq2psMGazdrhAZqMwnQ80k7rVOAnst'
    '13d8lvl+yrLQnmcXe++ORv1civrp/l4m0NfSMRhi4XGowvxC9KJ5574PRPSpHGeWo6HukzNe+oZM6Vyvy5T241T4fvM8vx8bSZ4N'
    'kOdtKM9JAP9cSE+A9HRI12b8duThfsgGpq67HcqdCG2ohrynQd5b5nnp2+cFz6mV7JtO29x+fxL0Y2658zTLhbXPZEwOtbE+G9mI'
    'nJIp7ePZmUN3XMJs+2ZIzgdnZIJjgduF6Qo+N4juiMXdX7juj8d4WE/Ggv9el9Gze0gnpOty2/q1di+9p9237+C82r/At8ch/SKk'
    'v2wXx+Z4rd2PWVuH9i9e/jVIf9Qez5dgAxrz9ZAeNi7er1MJjtWHL/TSI3b5dxD4t5NGvfRbF3jf8D7/8qXx+2viV26aP3wYF7Po'
    'j8qtXOI+VV08uLizFHfZVi+97U45XnDf5SI/5tiuk+PhPQUvffVOD+cWC75dtddf6zVM7BOU+wCbidbxP17hpSd0eumvx4Jrned5'
    'HclDbelwHzMhfYzi34/396c9Xlq3y/fNyb9lPwjjdFswpvW9d3rp3tv06HEmQRqzA8btW12+Lyb6zbne+3Y4Gnf+jZ3v/8a+0Ip7'
    'eFcpbDxv/Bsvf3OXnGZxP9czWamvcoqLVRfBPnK+b/vM66uDufnGxV5a/abgHL0B+rS+JzhH/NvW7XL84u2sRe2sqsAc0r2gJmQP'
    'Ecl8GgVrHNON98M+OtBe2ucWyTrYD2N19OXB9tz215C2V573+OG3vfRPdwfj1X8Kvj31OOT9ou+fjdtCjXzTS899xktf2Oel+74c'
    'xO8jJXVWggeJ6qOrCeTNrazU7xmuexWSCVCa6TDz+BiHoXXjlk0J8tajPW3NFG/fcRVuH537XMS5F/HXJxviqIiW0PP5ZyF9dnHp'
    'OmgxbOu1sJa43LIP6G5xrpzUQfOk9Z+MLkx3CDZt8sbrL+PjOTHHySmRoYNkmBvTJy/gd019ueN1tITv+eNyPk+FQx1ozR0dOPOk'
    'DumnOFBlxCFMZ1YRPqJGIgfhsSFnIx0HztOE9HA7iO4Y23LvCLF7zsakmRsMcVvGHzox9vANJL9sv8I0ulWyzzUr2pmOsd/I9sil'
    'kF4RkVZQvm/fQ1766Nf9cwH/dscTwPc94J9fOA/n8mxu+qEveekp3wvys//wNOR5Kjn+7hTE57EEx7wBtXslrKMZbRN7aFspHB0+'
    'pAZ0l9WwhqqBdjZ5YgZhuzMxcKUjQflUajrGPbjJO9ayqIRYI4sJH/h+Ab/mMN+HiuXXyF7LxtPThV9rQHoWTsuOJfl0YXFfw+ej'
    'd1jWzT7n2+DI6P0ydIZ387vplyR5FyA4s54sPd/PQd9+AXR/3xNBOZIDMoSHHwruFw98x0uf+XrpfmGyv59iOH6tSCbFZZ9ZoP9s'
    'H2OffL507d6I9pmK6QxS05AmN9GVGIlN9p624CuT/VN3/lti8lrtn/P5qjzYL3F+6svPemk9rIFvP+7lGUDrs+1h0Ms+IYbXhfLO'
    '3+fDEeW9DOW9HuAd/4w473kob+sjXnr/I+K8p6G8e+710sXQ7swTpX07Adn17wH54WvATz55H8geoZ4HnvVjsvExu5/LGh8phbsQ'
    'tSEDdGrdV8TtnY3gsS+I8zQgeJhGifoUlcdtZaX+lRqQzBRehvIwpjzIGoEMoRV4Uszj8rE5BsZqJZwjq4k8qwmOxPzsgmFUofyc'
    'v6ZnXJ1yq0ibTeMAKcc4dSBcQuwxtny5xh6gGO/QJ5UsX560LqoVbFDw/HfD/Gfs/KfR2SrauUx1MEv43CbazwugN71jIMgf37q5'
    '9BvmjzeOlX7D/PEroJPMCPSD/Nsbb40vT4mDi9PMhCVN7FCaWPIESWnjYjJ3VM+F5ZOtSL9uaZAGDUrJThAJbEJ2j7J71CTtUfy8'
    'cuS7wbYKbIlm3+il73svxMhAeffdXpr3FzeAfArydqO9iMN14XG/JTkCxy3vfrsUfaP1b8ZyI1Lf2ejbwl4v/fMV3rdTBd8atvi+'
    'Nfi3T4AN3Lpe//4N//YS+bYC2w2dX9q/owTfeP8WCOpb2Bvc918i3/C+/8xOsNW7KLjv/wS+/fc77b6f+L6/t4z7/l6779t9v3z7'
    'fjbGvn+wyHkmK8bzwThGDktO1p2knHurhpz7UgM59xsM5NybDOTcaw3k3MsN5NxHGMijZ2rIo+s0ZOBReYSkbVl07SFaUbk8sseY'
    'hWByXSmWY8+Df6fR93LWmUTc+RyLZ6NC27dC0J+lJD/PR21nRHXhNc1tjnR8bFAfV4vhzoSu/w3TWPWqPC+zeGuBj5WJXqVFYpuZ'
    'QThIebcF5O4G12vI8Kf6IMKfeZr4Eye2Kcc3HK/LFN+wvwPqb2J0muJR1UGER40GdIj7yMC+pnDsSff3SxFozsg0xYODaT+axfRj'
    'xapi21Bf0LtYMG6jjm+gg33+UzHm30SnnZrmEqXiwHz8wBG/ydyuqVUpMJLNRVJygVCbBS2Rd4rZBz8P4SndlKRcyNqYaKxHFsf2'
    'W62giSsrYXCPYukDQbn/bx7z88TZd0T3wblMYZ/ADncE2d6p/AVY/IyNnzFsoFKJ4mckPcH03dTTurYbZs8mI7uQJOVwdi+PPXdG'
    'e3kYT87IWWgL2D/33W12nvgbuGvhyu+5LprDPOMpL226Nx5MvDf0wX712Bf0/BBaXvTgxV9TXlR2Z7WpPf6d1eKd052lcK8De8gf'
    'Ep9NOr6YVjC5LyZs60F9E2FbD+qbCNt6vANgvjAWtPX4NPiAufiO4PpafZmXNm6Jz3vJ5qMZ5uPKiDyCrq+Vctx/rh73dRJJ8N/U'
    'BxCeC+o7KCr/PYf0h+NnUV8Hvp7+fnO0Ow3WH53AH93eGDzbXnOeLDWF8ZzfBf0L+D38/+0dC4xVxXXe7mPX3UXZ5e8CFisgGFqW'
    'xuhCNSF1bU1jET8JtCLIftht2X27rm9BCVhMtNFIqhjTX9rUNDFx2wX5pizWCLWwa2pMoIWGhCal2rSQNNUgDSY29M67Z3LPPe/M'
    'vTNz73OxfZu8DLx3587MmfObc86ccwP6burKYp4mn5Pt1/qLeZp8Hv+GeVpLu98+sraYjmZ1hH8r51787OJ6Ep5ejkn734w1Hod0'
    'HlV7TSdfb0e/7SI84xb02ynIRbgC8g0uQr/9/tugV7YG9QVoDPGxHwR3QVWsjNTvZPuNpiBv4QTEh+m4Bb2vKbw2fBdU6Xjqmbh8'
    'gmU+l4jPzUnA52L7phWHi/Nwlnne/0ccbhL9j+bIms/w1xoRrmuCa7+oOis0d/B6Ec4d3IueUTm+cuQ969EzHWQsVdfzIaHPU6ze'
    '8wDAJ85P3076fZXEeZjUAJP9mkWQv2wdWfdiNF9aI0flOJsviusk49gfrs6pSa1Qlbs9Lq6E1qtZJ/T5aG9Cehi+t29q21tkiZ/j'
    'RTiuuFpExz7TMyzF7wVi7GPfdTQ3XQT1rCeLIFcPjbvGMS6ZEsKf4wF9GjxfztAch2u0FvoyRHMbBF+rnr5H9vuSCOqc94nieuam'
    'MTp5EpdF61ZtsozhyZMYvpwIcuMWYr8jYnhKhauu8VUKN02frwb9mssPmSNw7tbExbUJvjY9rdHYKvh6uer3zQa42MvsOZ5LuwEe'
    'ns76OWc43t2nmaNJbWVc8960/jeNITOJJ3SdRyuKcZNw+GHWp2U8x3bLmEnb/VqHcAPP7dPYB7r+ld76v0zmReN42xxpIMfoDSbx'
    '6VR/sIEvpQMcfzgTrdUG1hg2tHZsjwbPTeP+08IdutazlUGdTy7nLVeHKQqP1mvg00Pm9XdoLwqzePKoNeyOWEOuhGsw2ZcLhjj3'
    '3Upfd8G43WFBD7S2oK0+zeFwnrQDDM+Qc19R6evNY4VD74lwHmYdjOdV+r5HDCcqb3Kad6Ult/PodzkneUpfIvR1OJPUXNXxu/Wa'
    'ueUIXOP0VNN7I6MVAW5vEua1YruuALn34wr/LKbwz2Tu+H09mv23oW0dL9/I7LOcc3eFfzeM4yW0nm2rcKs9zK1VN5+7Kvw7miZ6'
    's6287Yih+QVo7K4S6+SUtmsr/DPOlSx3zmaCOqQU9ia6SacwqwtI984Ebw5l/LpdpdTDKDx+ltHjYjuzD2nvx9aMX+sqyZq/Y0gb'
    'rZmx5a1fyfi+cZ3eoOYRN143s09R485B43ZYnuG48x/VFTjYyXGrMr6/zGXctGD+N7BzloLXviuC+6iq7zlLXqL6xNVil+PtFQE8'
    'x8ousAOt2XYOnEzNxYwndfBGBxyy1ZVlLOHnLPWeNPQLOfZtIqhNnwbfVzXGGx1wMm+Jk7j2bZSdBNtIVd1xnJdkFMUrTUH+kwWM'
    'DXUsbf0qL8p4kbyuZSE/NeTveOmYXT98pyYpPFzvbasY3CzsryB2b9l3Mvj4qK+7Fr0nK8K1CnT9Va4NnE9H9l0hghwd2Jckn39C'
    '8Pl0HhJjl8NEwY3eR4+jzR5ih6jM+H4x0346XvEh8nf0kbNDr0bXfx/RqInO0qaxrfQzMvVaC3nVbfGsGuMA4lnrY9b5S+Q3abXQ'
    'zZR/+yciqJvnukf4jPC9lN6n6nv1i0A3bEb13ONqwC+GZ5eRWuy3oBrwuNZ9M/pe+fSVHtESM55JLfmo/tinz8VhL46IL7tJ6Gud'
    '3IBiwfKQo+kS5GE6/HaQQ0QXCzspIhZ2PBNrW83E2lK/Y1q8Lc0YlAfRvxt2BvVcuWcfugJ8pA+i53FuM052mb4X4+dj0P7JUf+I'
    'm1NaOFCVUE/inqt11JP2QUzkWWgvQDva5Ka/pTWvfy9PDueaFPRRk/XE5fOLskv0MPJIyUt67yDKTp4GbdddQfDa4AAveo6ifFD1'
    'G8valhgGlRG8ZhrS/TMolkn1r4zpP3GMZZXJGqNqSo+VnOL8WNRfaWKn7UDn8VLObbOFXaTTYG5TU5gbtgnhs1ijQdyG6ZljQGM3'
    'uRHG5GIYqP2kU/OOqXAWwHM1OQ+1ad7HxbCpOPQVInzfXN2HnRQDqzaN/YrG6uK1UH+Dja+Oi3WtJGuZj9bCzbEX8XYT+omTd2nk'
    'D8a2xXXMPprKLJrTH/tPBhh8k7D8PBPPoPN/c/6JHHnvBk28dw7ZfqPilm3zo6Vlt6H2aVOYp2V/dB2/XG+dqwHr/5Wq3vp0oE+8'
    'N2tEObcdzlW07WGR5C/yNg61+Uo99QS56yDKNFSmoTINGdNQgwjXif4wE8gspRM2AP1Ugx3fRlYvtHhe2XRnWZ7XuXh70/5yzBkO'
    '65pnuS6s74wr854y7ynzHlZ+V5Xld5mGyjRkJb+rQX675Iaitt4G5JddSGwstxF7UY2IzhmexC5yJfks6B3LOF9DWjFNV6cAP5cY'
    'RhdYcnFlUfEmpdwrzj6UTQDLOJjZ2ummo/2Wz1cQXVyHD9ckWEMvE6Oj9kzygLnMPF1ji3sT3gvBZxLb+145TZx7v2Yd9J1J8cy1'
    '7k7cOrs06+nQ+DumMPeQXO9B4Rxv3B2HehHkB9houOecDVjnFxpfApjaxlptcLTH0/uQ/Zq7TCZ+CWxztzkfu+RLWIp8Ny53Oanv'
    'Rp6X56R8j8h1f01yEteUiI77GBqK69MbcZenFL7UfIwvtd6C1jHOKbyqi6EFFWe5SAT3FtP029I7IFHzsKFJXezebIYXc7y7gvjw'
    '1pN54zt9E6DfdcwaTGQmnlcvGi9uvpwfFq8hi84jprKb4re6J0Jrc9ne4WpjfJecLY7STkMC2tmExuJyCd9IcLwBydDZ5B29mv1v'
    'j8E1hUuqj2ks+gYCJ1VDFM9loyEuRPGRLMHzLqG/36vLkRXlq85FwCnNuyOFuOPZdmftSYyeoGKNbXI+ZRBccJ0WXZ5BLt/5whPh'
    'mrGzUexz8ztBTK9sB48FeqCqHTAF7rl89Bs7mM2EfheHeBxK807G3rlucc6T4VMriusiq/pqurrIaeJX1X1++6vlAb7g2LULTwIO'
    '3KePp6gV+ntNHF5s/SbkUL2/uJZwXWfwWyEH9cpkOejTrl9qS0uUfqYB36I0ejXw0lpEX5+Vvww2K+LCGNlSj2nzV+/8o27kBod4'
    'VEwPM2Dg0WG/vVvV7D5qh19n9vttF9T+fh/u+eUP+bTzdcAv+d1zwBtvG4nuczvqsx9qgL18INznR7uDe4iyTxPIH1y/5afA51ed'
    'hLlCjfCXh8K1zUdh/Lt3+e+aheDzO6hBfviYG/1N3x897zj5kIS/CoD3jpFAFtr0X/3HAG5p2RyxjJSytQCLvWZ1HamslH0nwf6I'
    'XWN3r0LH57OgT+D5yroG2FY6XoTvx6j8ojKh5eWfQw2WprCeNQ3BA8vLTFOQj9v1/ROJzl1zWb++SSiedh1zjqPnUNM46i5hlvtW'
    'd8411aX7NfHL7Zo7HNy98ST5l+gd/+6YOOpuZl71yB6aNC7Y1S/C2WY3amC9SYMvXJ6FCSLIz2MaV21ic8pr4n+7hT6PGje3ODub'
    '8nFxe9NHYodd6cPmfDZTY8dVdzQH0Xl9HIxxYk6xnjxfhPNJLtDAw0Y3Uc9lRfRdQZ39XK5jiaFty9SOSfNLPS5KV+ua5rbj7oF7'
    'RxexMgXeY5K70+TeuKmdvNRw6xLmOcbbY2hZ4ZfCsQyMqeYik8wWXpvZxkY0VMPc60WQHy9P2j7B3yV+lMBA5ctWreKHqv7GJk37'
    'RRHUNaqF75YRmlJxFhNEkOsb3xdTtK1kVA+yx0/Q8I0Kjd42EfbQ1EZnmjPWxWdVr7nTEZdDh975ScNvFHV/ab7GvjWPyAIq6zsZ'
    'XaLU/rQvwBhYvlOfbl6Y50TvE+Hc7lOQnqmT3VRn6mf21+S8VY9wJCoexya3p6kO203iWTo1upLtHS5Jfysc95eDsS43Vn9MTJWi'
    'wUmauIYezd7qeHazCHJy6HJA5jT7YJIHkY4nx2oU0XmzXPRNW71SPnPPFbSfMxLqG52Cz602QPhAM+Nn59Y3oNFjuGfbhH1O8w4k'
    'NycKcz8qxc3HDPdb/ltXa2JTDO5G5VpU30f5VQTxZ7USHOolPmJ8TjgF9oh/Qru7KXq9V4kgv5aUU+q3QcSbB0Wy+iG6GkLLRHwN'
    'oVtFaerkXC+S5cVSuZ9wHZDOGBp/XJjtxTiyF+/ODfbi3bl2ev1FsLvWQ3sQbLsPHwzGbQS5XEs+Mp+KzKUi86jIHCq93qfOE2qH'
    'lnv05f37uWeFeO9ZO4t8VI6Wgu4LrRxHtnIs2ebgezmmbOW4av7TYf415DPs9XnT+3zifV70Pu3e517v84T3Wel91jaZz3sYxn8T'
    '2k+gfRHadmjvhfYJaFdCK8dS861F+1yHfIB13lq3Ph8etw7WL7/HPKNKwzMUH/jFg357K9R9/tfmYh+8TvfT4edEgHMV+Sz15nj+'
    'SQ8W3xLifk9IPrpGiA/uj4bnUljXefA3yr6F+tT3AM2u8Vv5njg8lTgyrdvnfZLvSZ53DvB2J7S7m+zwVOGdfK+Or8r2HMHjneT/'
    'u9G+z4T515HPlLUe/Ad8XBoGWnvL+7wGeGqLr3gd8t0F3XogjK/DhO7egvY1grcmeJxF+Cg/Z7wxP2oLz+MMzEN+T2UcHvc8Mx9a'
    '2/fP8NuRGNmG55dF87v+EW+fOsLzk98V9q+Dj7P56/fBNv988XyqgSf955no+VwD+58ln7s8gXWHJzyWebRa08nvo3xGtneAv3wZ'
    '0LV8nluvigOXn+6dQhzdF35fN+RYk9/byBPp1+Pg03wk7GPDtoqmXeb7hOct+0kfOp43jU1x8X/h/VC+pEa0HzJvqsyZepUnI5uO'
    '8/uBc6sWfEwHYX7HzXQ7Bbe/QP+d7xTjFd4jE/jVEfiJfb4/MeT03hf4GW3glwX4PXAqnVrjytbWeNne96feW42eq0J263qwjwhD'
    'PJP+TOnLFBE+Tmo3bBlxr12s9vdp8BHPPVhc21z5jxcfKcaLV8Gf/epQNF6oOooq9ljl2erb5/vUKW7Xw284V6XCZ1M8OXA8wBPZ'
    'vgN0IYbs3rPtDdCzhuL37+bXhfjH3vA6boYcm/J7FzwfGimG4zgCx8MeLzntwevh4WI4HgY/+2mAp3zGJYZIvF28/mqy/kveWM2v'
    'h8e/BOPL723GfW9/ePwtw8lwXMV/7BgpxuOnRwMcicLjGiIvC7L/cCCPqC6hfhv+bXicwUPF9bRVnMrWX/PPcj6KjAjuIqo5LfHo'
    'dNURP85m9UFeZiwBGbnqSDgmRz5vs0dPAW2sgjiiZ07ysTUyxoficDXBYXkelGdBLGfVfPFZ0UXmHvyD3x5/2z1veRzuy/ia00S3'
    'eWEkoD2bcV+CeKOtsO7VJ+367x4q5lnqTF9JzvSvjATzfcUyRkjFj9WXeBxMn3E8WOpXUrfC+zDTIZ6X4yFY96By8oFDwKcY/qJo'
    'O07/HI98jpg21Jq2MPydxlNtceTvKg7vjWE97WKYX4POMS0y1m5PeF4tEH8nv8d6aG2MHqri98SQux6qg6PUbbd7PK9lTzEcd8J8'
    'twNPbNljB0cF/+ZTdv3uhHGfQnF6cbxGxre/MBKeP455txl/O8B09kh4P6YJN3waBDrIjBbLFrlnC1Gspq0u1nI0wE35rmvRPF3f'
    'dXpvMb67nHHyHo1/THS/PND9x5a6HyfvXOTzB0fD8mDBfj1t6+zvV13m4xcxzdI89Jhmaf76qNrT18E5VcYd4hhE11hMnSzSrQmf'
    'C1X+e5m7/tOY738BncRs+w=='
)
