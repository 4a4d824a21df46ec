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
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º|st|nd|rd|th)?(?:\\s+|(?<=\\.)(?=[^\\W\\d_]))(?:de\\s+)?(?P<mname>października|październik|septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|settembre|listopada|fevereiro|พฤศจิกายน|tháng\\ 01|tháng\\ 02|tháng\\ 03|tháng\\ 04|tháng\\ 05|tháng\\ 06|tháng\\ 07|tháng\\ 08|tháng\\ 09|tháng\\ 10|tháng\\ 11|tháng\\ 12|november|dezember|february|december|novembre|décembre|decembre|februari|desember|febbraio|dicembre|stycznia|kwietnia|sierpnia|września|kwiecień|czerwiec|sierpień|wrzesień|listopad|grudzień|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|tháng\\ 1|tháng\\ 2|tháng\\ 3|tháng\\ 4|tháng\\ 5|tháng\\ 6|tháng\\ 7|tháng\\ 8|tháng\\ 9|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|gennaio|ottobre|czerwca|grudnia|styczeń|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|haziran|ağustos|januar|jänner|august|agosto|aprile|maggio|giugno|luglio|lutego|marzec|lipiec|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|temmuz|aralık|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|marca|lipca|março|junho|julho|марта|şubat|nisan|mayıs|eylül|kasım|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maja|luty|maio|март|июня|июнь|июля|июль|сент|ocak|mart|ekim|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|gen|mag|giu|lug|set|ott|maj|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru|fev|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек|oca|şub|nis|haz|tem|ağu|eyl|eki|kas)\\.?,?(?:\\s+|(?<=\\.))(?:de\\s+)?(?:(?:ค\\.ศ\\.|พ\\.ศ\\.|năm)\\s*)?(?P<year>(?:19|20|25)\\d{2})(?!\\d)(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|lúc,?|ore,?|as,?|at,?|um,?|às,?|г\\.,?|o,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 26136, 5631, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>października|październik|septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|settembre|listopada|fevereiro|พฤศจิกายน|tháng\\ 01|tháng\\ 02|tháng\\ 03|tháng\\ 04|tháng\\ 05|tháng\\ 06|tháng\\ 07|tháng\\ 08|tháng\\ 09|tháng\\ 10|tháng\\ 11|tháng\\ 12|november|dezember|february|december|novembre|décembre|decembre|februari|desember|febbraio|dicembre|stycznia|kwietnia|sierpnia|września|kwiecień|czerwiec|sierpień|wrzesień|listopad|grudzień|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|tháng\\ 1|tháng\\ 2|tháng\\ 3|tháng\\ 4|tháng\\ 5|tháng\\ 6|tháng\\ 7|tháng\\ 8|tháng\\ 9|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|gennaio|ottobre|czerwca|grudnia|styczeń|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|haziran|ağustos|januar|jänner|august|agosto|aprile|maggio|giugno|luglio|lutego|marzec|lipiec|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|temmuz|aralık|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|marca|lipca|março|junho|julho|марта|şubat|nisan|mayıs|eylül|kasım|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maja|luty|maio|март|июня|июнь|июля|июль|сент|ocak|mart|ekim|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|gen|mag|giu|lug|set|ott|maj|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru|fev|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек|oca|şub|nis|haz|tem|ağu|eyl|eki|kas)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?[,.]?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|lúc,?|ore,?|as,?|at,?|um,?|às,?|г\\.,?|o,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 31767, 5682, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[.!?。！？…\\"\'”’])\\s*(?P<sign>\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\))\\s*$', 2, 34, 37449, 1475, 1, {'sign': 1}, (None, 'sign')),
 ('(?<=[^\\W\\d_])[.!?。][\\"\'”’]?\\s+', 0, 32, 38924, 221, 0, {}, (None,)),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 39145, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 39171, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 39764, 240, 0, {}, (None,)),
 ('(?<=\\S)  +(?=\\S)', 0, 32, 40004, 33, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 40037, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 40068, 77, 0, {}, (None,)),
 ('(?<=\\s)PT\\.\\s+(?=[A-Z])', 0, 32, 40145, 41, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|lúc,?|ore,?|as,?|at,?|um,?|às,?|г\\.,?|o,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:T|\\((?=\\d{1,2}:\\d{2}\\)))?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\)?)?', 2, 34, 40186, 1902, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 42088, 980, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?m)^#{1,6} \\S', 0, 40, 43068, 22, 0, {}, (None,)),
 ('(?m)^\\s*(?:\\d+\\\\\\.|\\\\[-+])\\s', 0, 40, 43090, 54, 0, {}, (None,)),
 ('(assine|cadastre-se).{0,60}newsletter', 2, 34, 43144, 108, 1, {}, (None, None)),
 ('(jetzt|gratis) (lesen|testen|abonnieren)', 2, 34, 43252, 124, 2, {}, (None, None, None)),
 ('(powered|designed)\\s+by\\s+tistory', 2, 34, 43376, 106, 1, {}, (None, None)),
 ('(sign up|subscribe).{0,60}newsletter', 2, 34, 43482, 99, 1, {}, (None, None)),
 ('(©|ⓒ)\\s*\\d{4}', 2, 34, 43581, 37, 1, {}, (None, None)),
 ('(наш|наш канал).{0,20}(telegram|телеграм)', 2, 34, 43618, 93, 2, {}, (None, None, None)),
 ('(にほん|日本)ブログ村', 2, 34, 43711, 41, 1, {}, (None, None)),
 ('(打开|打開|下载|下載).{0,6}(app|客户端|客戶端).{0,6}(阅读|閱讀|查看)?', 2, 34, 43752, 122, 3, {}, (None, None, None, None)),
 ('(扫描|扫码|掃描).{0,10}(二维码|关注|下载)', 2, 34, 43874, 73, 2, {}, (None, None, None)),
 ('(有料|会員)(会員)?(限定|登録)', 2, 34, 43947, 64, 3, {}, (None, None, None, None)),
 ('(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ]', 2, 34, 44011, 180, 1, {}, (None, None)),
 ('(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,}', 2, 34, 44191, 156, 1, {}, (None, None)),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО|A\\.Ş\\.|Ltd\\. Şti\\.|S\\.r\\.l\\.|S\\.A\\.S\\.|Sp\\. z o\\.o\\.)(?=[\\s,.]|$)', 0, 32, 44347, 312, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 44659, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 44757, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 44936, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 45017, 21, 0, {}, (None,)),
 ('AI\\s*학습.{0,10}(금지|이용)', 2, 34, 45038, 55, 1, {}, (None, None)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 45093, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 45331, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 45585, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 45775, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 46013, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 46041, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 46221, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 46413, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 46619, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 46651, 30, 0, {}, (None,)),
 ('[.!?](?=[\\s\\"\')\\]]|$)', 0, 32, 46681, 56, 0, {}, (None,)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 46737, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 46856, 139, 1, {}, (None, None)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 46995, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 47311, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 47532, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 48025, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 48349, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 48555, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 48583, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 48603, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 48635, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 48797, 16, 0, {}, (None,)),
 ('[\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]{2}', 0, 32, 48813, 112, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 48925, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 49131, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 49417, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 49613, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 49667, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 49691, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 49715, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 49758, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 50020, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 50314, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 50332, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 50349, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 50378, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 50502, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 50632, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 50839, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 51109, 230, 0, {}, (None,)),
 ('[、・]', 0, 32, 51339, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 51357, 104, 0, {}, (None,)),
 ('[가-힣]+(?:의|는|을|를|한)$', 0, 32, 51461, 128, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 51589, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 52008, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 52024, 44, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 52068, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 52157, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 52276, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 52351, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 52432, 16, 0, {}, (None,)),
 ('\\[([^\\]\\n]*)\\]\\((?:https?://|//|/|#|\\.\\.?/|mailto:)[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*(?:\\s+\\"[^\\"]*\\")?\\)', 0, 32, 52448, 186, 1, {}, (None, None)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 52634, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 52670, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 52783, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 52827, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<\\"/^:])', 0, 32, 52851, 28, 1, {}, (None, None)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])', 0, 32, 52879, 28, 1, {}, (None, None)),
 ('\\\\[\\\\*_\\[\\]]', 0, 32, 52907, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 52931, 44, 0, {}, (None,)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 52975, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 53458, 277, 1, {}, (None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 53735, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 53836, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 53861, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 54710, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 54818, 33, 0, {}, (None,)),
 ('\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b', 2, 34, 54851, 193, 5, {}, (None, None, None, None, None, None)),
 ('\\d', 0, 32, 55044, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 55058, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 55086, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 55233, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 55448, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 55580, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 55699, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 55760, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 55872, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 55999, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 56120, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 56394, 134, 0, {}, (None,)),
 ('\\s*,\\s*(?P<name>[가-힣A-Za-z0-9&]{2,20})(?=\\s*(?:[.(<]|무단|all rights|저작권|$))', 2, 34, 56528, 231, 1, {'name': 1}, (None, 'name')),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 56759, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 56896, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 56953, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 57072, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 57100, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 57116, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|ostatnia\\ aktualizacja|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|oluşturulma\\ tarihi|pembaruan\\ terakhir|última\\ atualização|güncelleme\\ tarihi|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|yayınlanma\\ tarihi|aktualisiert\\ am|data\\ publikacji|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|son\\ güncellenme|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|son\\ güncelleme|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|zaktualizowano|ปรับปรุงล่าสุด|giriş\\ tarihi|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|yayın\\ tarihi|วันที่เผยแพร่|aktualisiert|aktualizacja|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|opublikowano|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|güncellendi|güncellenme|modifié\\ le|oluşturulma|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|güncelleme|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publiziert|publié\\ le|yayınlandı|yayınlanma|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|dodano|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 57380, 4788, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 62168, 55, 0, {}, (None,)),
 ('\\s+(?:on|le|am|el|em|at|à|il|vom|den)$', 0, 32, 62223, 92, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 62315, 289, 0, {}, (None,)),
 ('\\s+(?:października|październik|septiembre|diciembre|fevereiro|listopada|noviembre|september|septembre|setiembre|settembre|czerwiec|december|decembre|desember|dezember|dezembro|dicembre|décembre|febbraio|februari|february|grudzień|kwiecień|kwietnia|listopad|november|novembre|novembro|setembro|sierpień|sierpnia|stycznia|wrzesień|września|сентябрь|сентября|agustus|ağustos|czerwca|febrero|februar|fevrier|février|gennaio|grudnia|haziran|janeiro|januari|january|janvier|juillet|october|octobre|octubre|oktober|ottobre|outubro|styczeń|августа|декабрь|декабря|октябрь|октября|февраль|февраля|กรกฎาคม|พฤษภาคม|agosto|aprile|aralık|august|giugno|januar|jänner|lipiec|luglio|lutego|maggio|marzec|temmuz|август|апрель|апреля|ноябрь|ноября|январь|января|มกราคม|เมษายน|abril|april|avril|enero|eylül|julho|julio|junho|junio|kasım|lipca|maerz|marca|march|maret|marzo|março|mayıs|nisan|şubat|марта|aout|août|ekim|févr|janv|juil|juin|juli|july|june|juni|luty|maio|maja|mars|mart|mayo|märz|ocak|sept|июль|июля|июнь|июня|март|сент|abr|ago|agt|agu|apr|aug|avr|ağu|cze|dec|dez|dic|déc|eki|ene|eyl|feb|fev|gen|giu|gru|haz|jan|jul|jun|kas|kwi|lip|lis|lug|lut|mag|mai|maj|mar|may|mei|mär|nis|nov|oca|oct|okt|ott|out|paź|sep|set|sie|sty|tem|wrz|şub|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв)\\.?\\s+\\d', 2, 34, 62604, 3482, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 66086, 220, 0, {}, (None,)),
 ('\\s+[>›»/]\\s+', 0, 32, 66306, 119, 0, {}, (None,)),
 ('\\s+[^\\s:：]{1,12}[:：]', 0, 32, 66425, 38, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 66463, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 66496, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 66537, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 66558, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 66616, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 66642, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 66658, 16, 0, {}, (None,)),
 ('^(.{4,60}?)\\s=\\s', 0, 32, 66674, 30, 1, {}, (None, None)),
 ('^(?:[(\\[]?[^=()\\[\\]]{1,12}=[^()\\[\\]]{1,12}[)\\]]\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 66704, 124, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 66828, 179, 0, {}, (None,)),
 ('^(?:[가-힣][가-힣0-9_]{1,11}|[a-z][a-z0-9_.]{2,19})$', 0, 32, 67007, 153, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 67160, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 67355, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 67735, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 67790, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 67904, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 68201, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 68379, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 68436, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 68493, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 68550, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 68607, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 68668, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 68725, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 68765, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 68948, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*:', 2, 34, 69108, 206, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 69314, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 69396, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 69536, 30, 0, {}, (None,)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 69566, 97, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 69663, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 69764, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 69790, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 69814, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 70324, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 70348, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 70372, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 70393, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 70801, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 70942, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 71064, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 71085, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 71276, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 71329, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 71348, 171, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 71519, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 71557, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 71636, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 71792, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 71948, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 72793, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 73637, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 73783, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 73974, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 74020, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 74266, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 74344, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 74556, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 74788, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 74899, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 75146, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 75270, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(credit|courtesy)\\s*:', 2, 34, 75892, 78, 1, {}, (None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 75970, 369, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 76339, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(ilgili haber|bunlar da ilginizi çekebilir|ayrıca bakınız)\\s*:?\\s*\\S', 2, 34, 76488, 233, 1, {}, (None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 76721, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 77309, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 77515, 199, 1, {}, (None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 77714, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 78061, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 78369, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 78498, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 78745, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 79113, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 79228, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 79517, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 79862, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 80373, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 80831, 162, 2, {}, (None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 80993, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 81380, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 81944, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 82211, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 82686, 71, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 82757, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 83103, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 83178, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 83324, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 83459, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 83572, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 83646, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 83723, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 83850, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 84220, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 84262, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 84355, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 84401, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 85271, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 85696, 510, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 86206, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 86279, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 86489, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 86572, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 86716, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 86862, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 86992, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 87120, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 87236, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 87739, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 87911, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 88166, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 88352, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 88539, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 88992, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 89213, 171, 1, {}, (None, None)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 89384, 1360, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 90744, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 90812, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 90890, 311, 1, {}, (None, None)),
 ('^\\s*\\[?광고\\]?\\s*$', 2, 34, 91201, 48, 0, {}, (None,)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 91249, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 91330, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 91420, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 91496, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 91571, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 91628, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 91675, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 91714, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 91753, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 91927, 97, 1, {}, (None, None)),
 ('^\\s*by\\s+', 2, 34, 92024, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 92056, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 93021, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 93101, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 93184, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 93233, 105, 1, {}, (None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 93338, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 93423, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 93580, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 93628, 207, 3, {}, (None, None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 93835, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 93959, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 94063, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 94111, 77, 2, {}, (None, None, None)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 94188, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 94455, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 94493, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 94522, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 94566, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 94622, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 94681, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 94719, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 94822, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 94911, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 95063, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 95144, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 95315, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 95368, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 95484, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 95608, 60, 1, {}, (None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 95668, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 95767, 30, 0, {}, (None,)),
 ('コメントは個人の見解', 2, 34, 95797, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 95845, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 95889, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 95935, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 95967, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 96015, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 96067, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 96107, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 96143, 24, 0, {}, (None,)),
 ('구독\\s*하(세요|기)', 2, 34, 96167, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 96213, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 96243, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 96293, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 96367, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 96427, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 96479, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 96509, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 96543, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 96605, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 96640, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 96686, 48, 0, {}, (None,)),
 ('자동\\s*요약한\\s*결과', 2, 34, 96734, 46, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 96780, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 96806, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 96832, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 96885, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 96925, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 96967, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 97017, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 97118, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 97172, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 97225, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrsvQucHVWRMH763jtz531nJq8hJGESAkxCEiaBSAhJCI8FXJHwEtAkhHnczJDMi2EmIWOQoPhEF3ywq366uqvurhgQUP6i6Aqs'
    'BFzfqPDtrqvhE1fx83N18cEq6/ynb1el69Y9p/uc7r4zk8lpfsPJ7T7vU1WnTlWdqgYhRM3EnzPxVznxNz7xpCZS92/xxN9W4T+N'
    '8K4R3rdM/NXBN7dc/USanfibA3m2Q1oDeRz2vg3yt8DvXkhHWDoEeSpZPTeRf6+H9DSS5ib+1kAbsm+nTvxVsHcnk3cnwjt3zA3w'
    'bpWiL6vIv7GuWRN/TfCuH9IOSG+AtI+NdZCMJwfrIKDNejbXVTDXc2Eul8G7OtK3eTAOLIfzHrW+RngftXwz9KmFvHP/XQ3/xroy'
    'iraXsPl388+G9zRPM+mrA+uXIXW55Vy4aAX4qCB15gBmq2CMvC+ydXHYPMyFtR6Df//I/U7ad+tYAO3UQ9tuf1cQ3MC2cCyyvtQT'
    '+F4Jbc2aGNTs1tK+VsI4+XxkyHy8AX7jmOphbeZAuzlIa6DNHWRM9QDPNdCOcIKfFPuddmbUU5je1GZxQMR4Ngd8y4SUnVj30Lbd'
    '9dwFtNddv25Yv4xdPxekxe0i1rMk8OtHwyvgtKaa0VwZnWyCf7v4vKDCK3cDw1OTdQ5b96P8SRcm5rYCOauKtMoeqAR816jCYH2z'
    'QL9bYA1ThGZXwB4gDgrxsWeL95tWx9tfkG9zSLkslrt0ou2PeLS9or2Yj5iv6Kuj2JuciG01Q39/M/H3X1CmlrTnPn/ytqsjz/j4'
    'rbcKgiddbE++DuYqHYGuOTOQrh24PhZdSwV9rAL4pLBzCymoy+/ZdT+6172Z7V8uHNwDtDBtQO9i71fpmbeOBaJZ9BxIZhFlT2vp'
    'K7tX2b3K7lV2r5qpe1WzIY2rB5Lc+piX3v6kl/7qCZDz3eul3z7ktfM1Umb/N7305c956VMPeunHH/fSh5/2yvwjwJj77me3eOmh'
    'v/TS773WS5+7ysv7GZL3mXd46cF3yPP+A8m78KDfTzdtv89L73rSy/thknf/A166FMacebJ4jO8hefm88HrfSvK2wLgfelyedz/J'
    '+wPI8/Ij8rw3krw3Q9tnfEeedyfJm3nKS9cp6t1K8j78XS/9zlfl83AZwJH7bt+wl27qL16Di0ged/FkbW4ieR6CMRx+vLittSTP'
    '55/20rrvFudZQWSGq6/10oZt3reTyLdPdHrplXd53xaRby0ASxUHvG/zyLf77yj+1ki+8TFVk2983ijfeFOEc3ILYZOkNNoJPvOb'
    'ttXA6Dmuw6nAQ6wEPQGnPY0g52uB/tE6Kkl+lPHSvaqJ5Kf6CZN6mpOc01RhKK1Bc2ranpVdhciuQuY8eJdMxT4sIM++ZwLIngX4'
    'qBr31q4DqqiEtdtGeRxTMVvIQJJ+xBQ/rQQ/ojyUTvQJ/9xN9U1Ou5f+sd3nS+2aTf2aoc6vetzDrY9MHJY/XGHp33SU3ZucE1T8'
    'U3UA/2Sq/0EcpnvmNoOz5Qx/UiAuWxoZyQ+Eql6tPsfKyKyMzMrIrD7H6nOsPsfuVZZm2b3KrvsU63NcWPhJRP7c6nesfsfqd8qj'
    '32m2Op5jWsdjZZrTT6dD8bPJEE/C7pnMY/JJaq+OtGLpIZ9Ou315peTbV57xvp1Hvl18pZe++grv29mSb+/c4X07g3yrudTPkwPc'
    'wW+17NvJ8K0NxuGm/TBnJ5BvQ+wb4iyWQ1zGPPg7R3AO6wnKG3WdmqEM54tT7ExVw9Yqbcg74X06vNO2kbw7b6f3bh1597u89+50'
    '8s7lA3Iw5gaYh17Spgjocw4QaRGZt4zw76DhWFIhY68gv6kObZUkrxPj7kbGoE9N0C96zw/nPWfQrjuOSsCZpghlb/+SfE+/OuI+'
    'W8v2h0pRfM/z6X3m9TZBPSZzm01obt3+Rp3bqm+Uzi3O70Ui2jxUEXoro2OnBdCxNgM6ttCAjjVD/91vowTH3XRYFPOT+K0S1ozT'
    'wWoyR290osEgv+PbRuavBvrxD5Dyfo9A2gV9qyV5esj4MW8UWmGu10vNeBnDkYuzkZ5QtZ4R/Ojspy58zg6Bu/WszjC6hbKPR8B2'
    'CvXBKAc9pQRuUsf0IwJkfBKm+UAUyHIIrlOadQWhZ2Ps26sI3UFakYf1w/3wJkhvBRqH9SDvWy0pT/OsIfzUhkxx3edmvPRNC/y6'
    '12e8cktJ3/ayPqFvg9WkT51sbLMBTnXLj5D9RkXzaxX4syziGZjXsyKhcxD1P1BB6s6BjADfnUzWsYLYa7nvXgHjxbmge/gApN3C'
    '93PB844q8rbC2GjePNunUBZE8+wTxbIgXp7u3fTbuky0vS/ojJmBdpayM+VqSM8SpXKrNSi/EqVyK/y2lsGcjP7K3iG/N1fxHX2G'
    '6NJ3GfzzeUBfLpWEVzk5RP9Rk6BMTMdfBMozT4f+1RE45viHsOpI+KlBBst5BT/llHkspu1RnO0hY1HBdpbRDeqvZD/Q9Lg+OKaB'
    '+EvyLhOLJ3xLPB8cS6IWbNR8q4trFMayoBOnevdzJ/5eR+psZHUW6zPH0y6vo+J3sL2/h70Z9f0UplX6fkpzR4iui9PVZV/00r95'
    'rNSuJMv23qsgvZrwt+6ivoH0TWj0LWi+bmB1xJFJT6mBo/6TNjpbhcBM0BPFFjqngEkKJ20R9blx4JPCWyrE9qXZYD9oYvXr2NY0'
    'MT2R6VxwnR3anb/5yWJd9fMPBvs9i8u3pcje9q8V8XxyZQG3qexqmPEKQ+R30HmqEXhiWkeeyHYoL53XOMf0kTQor26fhhgfgXKy'
    '8Yz3m56dsN83s/eDrM48+72Tzd1IhLnrZrzZszH6t28S+vfpjHdu0l3XAVZfp0HZEQZflCekde6R8LtuX28nfe0xkBN0SWSsYX3N'
    'S8YnG7+qr6/NeDJhGT4NsTLDkrM/HyOVI6vW0pVrrCPyCzrGTSDjeCORcWzOFKdrNeQi52jUu5HlOQPy3EbyrM0U561CPRnkvX0B'
    '0OcFPt3LTHw7Puac7lLgPp/LF9JqehjUlg7+yGC+k8kXvjrR/jnwrp3N5xqYowMLfBoaNn86sID9CYIBnbZon3XyXpIplpG8I+3p'
    'oUzxe9iABg0q9pdBtr/0pD19qvtut+IcPmLQfqdCf8LbfWXa85tJyxwOqV9Glw6z9x9bVNz3XmhvZdrnM7uZzkuFB90Mt34K6Y/J'
    'mNy656Y937LlWEfVetK+uX34bcqfz70x2smH7IOIv/+S8s6tsnnk/NSwIl93SP/cdr5M2tHl9WTj6Q4ZzydIO2Fw0EXSsPl9ke2b'
    'd6Q8f8JRaHye4dDNKY9f150LXu++kDm5PuXv8SMG9CoIZsPW+3wyP6b8JN/j2mF+KE7wOeg24C35/LSkfB/JHQq61ytpN6i9HJh9'
    'hdU7aIDjCHu/cLyzpW69dE9AOvNvTnjfdPrUxdbqCVJvv8J2oIOsQ1j9iCOfdnyeakhC42g7cc5yblvvI/PL29orOd9x/s2t402k'
    'jiD4D4LLYTKXWMdzZN5p2R6NuXT3VLfebY5vN6Ja+7yE9rtlXq1RtlfBK2zSKDsooakF+xfHkzPolnXLLCFlwmgQtjOHlNnH2huT'
    '6PUKOgiDMti3PwqfX5ssvtlt998J76zD8+L5Z30mPr/ttv8lYn80yGQwecbrPUjyBq0fysXxfsBLO730AvClsQPSL1zq5f0Q0bHr'
    '8qxuub8gOi6VnOfNkjwcLveTPKpz+U3Elv3313jpha8vtvPfRfLcDXcHzhkrztNB8sy/y0s/DfcFroW7ENfSuxAge/zNV0AeC/cG'
    'tpA87wZZ5OrHiu8WXEhsJzgtO4fIcbdtKe7jOvLtGbAJvqzH+7aafKPz4H5bTu9AdHvpW8FW9UTyjc/bAvLtmtuLv80JuHPREHDn'
    'gtoOYB9MdehZsMPQsbecP178XSZ/jepH/piw5z8Q0ZY//KnS8WVB4QPt1BcS+bouzOjw42HyeZk9TEbEj8OBunv0caSru9e10yln'
    'fBB3PxjX6FNtAn0q59nbhPYcF4H26OrScrBXD1t6NC3pURSbB6ofrSAwkGK6UBXuVCWIO7pnGIsPFh+OVXyQncstPlh8mK74UD0F'
    '+BAkG7S4YnFluuJKtsy4YvcMiweWh5LrJyw+WHw4VnkoU/21xRWLKxZXSm0yLF5YvDhW8cLUzsjiisWV6YormYRwhdpPWHi38D5d'
    '4b0uYXgv190Bi0MWh6YrDlVMMg5ZXLC4MNP3kyTvhll8sfgyXfGlKSF8mc536i3+WfybrvhXXyb8m8z74xa/LH7N9P1tOvthsfhn'
    '8W+m72+T5ZPE4pLFpZmuR03Kr4LFFYsr0xVXKhPClSAfAxb+LfzPdJ2QzE+FhXsL9zOdRyqnjyiLPxZ/jjX80fF7ZvHC4sWxwk9Z'
    'mZOF+6MB7mvLAPdJ+uy1uGNxZ7rizryEcedYinli8dri9UzfE8vlX97ijsWd6Yo7uTLhTjliDVk8sng0XfGoYYrxSCe+lMUfiz/T'
    'FX9qpgh/8vaMY/HD7i9liyloccri1Ey+mzpVsQUtXlm8msm8XDliJ1qcsTgz088/kxEP1OKRxaOZbi8XJcanxQuLFzP9/k0QXlj4'
    't/A/0+Np6MQdtnhg8eBYOmfI8GDQ6iEtfhyF+NE8RfjB9fY7mXxrJIJtqcU5i3MW59Q4t8/inMU5KydLBOeeI/pOig89GnpP17+7'
    'xRWLKzP9rqn1FWjh/liUFexV6Oq7Dfgqq2exOHOs2JRRnIliN6byVWtxyOLQsaSr2SeK78iMsd+W/7J4YPHA3n2xeDC98SCpuy/t'
    'mWJeak3GSw8s8G2Oq+DbefDt9gVe+uYFpXbJmyDPGxf4bWzO+DwXzXsuvH+TQVu0zzp5L8l46bqMxWeLzzN/X5ssfLa4ZHFppvvv'
    'WJ/RwwWars0E73FunnM06t3I8pwBeW4jedZmivOG4bXFWYuzM3n/0+UJEW/WZ+LzoxanLE5NV5zKJIBTLjxu2+KlFQcsvFt4n/nw'
    '/syVXnpZj4V3C+8zH95/f42XXvh6C+8W3me2zRmHd8vXWLg/VuD+7k4vPWfMwr2F+2OHv7m/20vfmrfwbuF9+sJ7OiF4t3Bu4VzM'
    'cL8rLjy+tNNLL2j30h2QfuFSC/8W/mc+X2PPrxbejyV4v+Z2C+8W3o8deG95h4V3C+/HkJzmDgvvFt6PHXn8/Lu89NMA99deZeHe'
    'wv3Mh3txn5f+5iteOvKkhXsL9zMf7t/9JPgpeMxL77Jwb+F+GsN9CtqcB38UFqsB1kYhxRgAXdCHWpIHY6H1k7y0n82krxSeT4V0'
    'JRkP9jvFYDvFcLCG9LcJdGvzoAzFjUryG3EIy2RIGymNNipgLGF6PbedT8IcLId37n2Ep5d6704ic9cmin3ILYNy7vWD+aI4nhb6'
    'EsL4dXjHXcdfCsYc7hW+3xS6Rrrw587xGQxW+JhXSMZ8isaYF8G4yznmSlhXDp8m4x9k458ngn066cYUxDHnoX+vIvOlG9vGfbcK'
    'yp9N5tokNg76SEDfOX0hYwirt1eUxph3+zcL8Ermh3SUzU23og5T+G2G9TpTlO6hGfhT0YB50DYvF9YmpXkrIZ3VatZv3T42G8Jz'
    'EL+xgsCT6ZiR3mehjnr4PgfLu4WuPLL9Ncr2xBzAzk7SD7fY9cKHu20w/sIm7qSO6QdWpTAVf/K2I8mDGDPBlUR4OA/i4sTr4f3Z'
    'dr1n/HrPInyaydkmBzBRS8ocIRIB8PCsUwwPFRYepgU83Djxj8WMX+gjKfXBF5VXC+Ir3D5c5vj05oxHvPRnD3rfXkm+XTzspef3'
    'eN/OI9+W93jpt94APJPjwWjhLv4+L+3c7aV9d3rpLXd6edtJPYtv9NJ78963ZY53nlfNjyz+AY9T3SWZE8ofNjo+fzci4Z9M/bcP'
    'C7nvd5X/xbD1+dnE3wmK/nULcz/zfZpl3La/OvG3MMG2ddo8COdL2uaoKPVXGTS3Mj9Kqjw6cSuj+NMMypuD+paKcD80QT4y1maK'
    'x3EO87MR5ucG87j9uRTOjnQcL0Paz+arl+HkbgZbHYo5c8eP84Hz0A5nV/RdGnYOGmP43Uf6ELY+nFYMMZztEMU+VDugj1SmWcH2'
    'ci7HqIJ9vAL2VHoewHMGPw80sfOXjqzGIfVQHsJRyFnjyISitJOBeUPavhrSs2D+qsm3NZC2K86junKlCvgmQs6fT2XMz2Juubuc'
    'Yn5svuHeNCjZo2TytRWER7jJ8fLI4pD0KGjyGFuzoPq3sj1Wtld0hOBlWBsurzA7wT6vcrzzeVifw+pZwOpRrWFYPTVOuPyKttEh'
    'imNfBtX9IpHnnR7iEynMF1J7Jry9Z0H24b7f3OClp0B6EqRrGsLreYLI3XAu/0B4srDyD5HyUfDmE3DOSgJ+3wM03nTtbiflRsle'
    'GlZuD+n74Zh97yJ9OD2jj2OvAfqH8x+W/5Uk/2GN/BuBbgfxJ2F1rCBy8xXCl5FXMBnuEvJuP7xbSN6dBu/c9uaGtKu7X6CcMo6M'
    'vIPtcZVsT116yEszT/lrwL995RmgweTbxeC749VX+DJu/u2dO7xvZ5BvNZf6eXIwPvxWy76dDN8ozvTDfJxAvg2xbyhLpbR9FeND'
    'VzFZCNYTlJfq+7KGsu4meG/CN1UbynYqiG4N8QPfnbfTe7eOvPsdnJFPJ+9+8DjsjwTne0mbQXxRDvbQRUxu2GLIi1WQ31QOvkqS'
    '14mof2iCekz4w1rAqRMlMjUTnK4EnGmKUPb2L5XSA7dPV0fQDejYODy9L5rOoc5wbusTmlu3v1HntuobpXOL83tRRN1LA6G3Mjp2'
    'WgAdazOgYwsN6Fgz9J/yFL2EP6JnK/wm09c2kfrcOXqjEw0G+T7ZRuavEfrxD8QeQibP4fYQ9JzQH1PXXl8i3z7GLHPYc+QwEPnJ'
    'hOYw1ceG7acufM7WtEnRpVvNAE+PgKyoBfDUgfxWLyLTi3hPOfUiMhuTKwg9G2PfqH1Hv4Gdxhix76iWlKd51hB+aoOG7+L1IFNd'
    'Svq2V0M+2cnGNlv48gmd8tT2REXzmxT4s4zZPnC5Zm0Cck0dXoLKNePKK7l9mk75CsX8rArgb1Xj17UrtWc9e9azZz171rNnPXvW'
    's2c9e9azZz171rNnPXvWm4yznirGSAXQaKSrWdCNrYS9kONYFu7kRLVlqQd+krYhYpwB3bk4312zmOdAbZ6kx4zfqDTsT9awPz/J'
    'F8NDBeEhddbTRE/5ewVv2oZzM+6vJd4D/R601yySfhwYdDpTGDQ+lYUhF9qvDquiJuhjLfl3HZnRhlyxJXZTciNKsReNjerMrUZV'
    'V2nT8FS0vrfSA2Dg02jWY60n5QOm6ZMq2a4iPI2RB+oYzhGVQ9SRISCuzyG0302rx+U4y7+b2Czws7oOXas15O/7oI4KLf4+gSeV'
    'nq7sfUabSY/0bNY5BYS2XW5ZRJL8y0ID2FXxK7rlkR89y6BMufiRcrQ/mfzH/9XkP9w6/wXypS0fYvkQy4ckzockyU8kTZcs/zBz'
    '+QddvmEe7L1R9jRXHySTmVSG8ByrFHtcnHs/p8XUj58miu/pLBSTd18nR3S6JmWobKtCQxd/Glt3e+/H3vux937svR9770ddzt77'
    'kbdr7/1YWzBrC2ZtwawtmLUFs7Zg1hbM2oJZWzBrC2ZtwWb6vR8q26wjtLWKydrWC/X9nyzUSXWm7SBjVPGmlM9HmSMvfzrJS8dK'
    'fR3xMmsD2kT5qAmvkCFnIcor6PoKdvv+V04xz8B99NK873TMYIvChlt+PynfFaGvfU6xP2XT8ttY/03LX+LEw/sNTjg/croTzo8s'
    'd3zasNug/wtIuV0G5RpIn3pFsd81zFMBdYfV2cPK/Z7QuS6DPr0A8qo4fq2xrmdIH/o1yu2Gck+Rcrq01i33BcNy2M+DpJwJ3P41'
    '2W9UuH03qXvIoO63krqHFHW/geTpUuQZNVwDLNcj2Ut53deRujsN6r5M0u88y3ORZG55nk0kz15FnrUaPMGKiDzBIsLL8HbnSc6T'
    '+K2RfOti3+h5T3VeQl0Z8gWy+A66Z+02wkM4wKfMJjwE8hOmOv64MtewWPEq3qUB2lsO6TYJ70LlK5hvB+M10Jc85q8Ge0vsp6ws'
    '5VHmC3XskTTUz/XKvH7a91picyXTj9JxU5mcLJ5PlLmj75czmRWuYyXR3zWKYr+SGYmtmGw++VoFzaOjOY/LFbI2nX7zcceZ/xSZ'
    '/ypR6m+znrW7WQTfN28IaKsqpK2GBGwWeLyIrERfc5qERg4TuRrm/wK8OxHWTXcvoXSWxsTgdHaYfaN0doTwYFzumGU2DTrxpI6D'
    'fmUI7FJ/A0G0JcfOYDsU9hLzyLo5ojQWiG5/mwnNwvs+dM/Cs8uYU6rj1/HNS+d+QKPMbna2+Y+cBxNT3Se3L/+U83y7h8FmXrLv'
    '6/arXxTHmKF6crcPf5vz1t4t74AOfx2kiyFtJbp9N10E6WpIj4O0BdJLGry678h59DbK+ILGwPH+xpynN9RtJ8n5uyLn2/oMMJuE'
    'PQm2sy7n+3jX8UXelWDbx5VpHXk74w1m7YxEbOcnDf5cxo25xH3ec5rSzejPoQYfXnayfu9R0JS80PM9j/0onEEb/Ps8iK9LIW2D'
    'tArSMxqK8R/xfAnB74IMqsG3PRlhcobnGA70MB6ondgMFuxfEqhrDeJ/AnWdjmfQBOo6A+XPCdS1FvE/gbpeAXWdlEBdZ6KOMIG6'
    '1iH+18evC21RfxGjrtXMdvVfEqgL4f5QAnUh3H+G1CXbe0z20I+Surolcg2Tut5F6uI0jtPkUVEaDwLjD7p1jQX0q8uwXz0x5ovv'
    'IVdJ+vWCZr94XefGGCOva1W9bxMcZe7DYpLMJfV3G8g4ddfoT3Xh/efj6NDYH3Ff/I+64v7r8FEm8//NOs9mQ5dv2MfaGTM4RyBP'
    '8UCdH4Nnt4G8mvNRJm2+r86znYwTj5PzOUMR+jFM1nMvq4/Tra2Oef2vizm3Jnz4BQ7Y95ExdSnGMhyxL4X9v0xrZzrONJnboLVL'
    'op/Y5n/U+m1OBu9fiJFV669nj4IGR5E54JgegPpNz01hNA1p5gdq4++bWNdbaqPzGbyum2pLz/2qGFhuuhF0MVVoOwt5b1/gpW8m'
    'ZbZAmdUsXtYW0NVcNQVtXwJtr4U5pDIaPMPNZTKc40LOdEtq/djAUfjRgk1mjDqQlxUx6sCz23/WRK8Dz2w/jFEHntW+EaMOPKN9'
    'MUYdeDb7VIw68Ez2wRh14Fns7TWl8adNeFK3jptJHYMS2wb6Xsn/kzp2sXYGNM8jV0v60WXYjz8zmI+8gvadodGP0RBe9cQaz+Yp'
    'aD72GPICBZssUu9OdjbaI/RjJfJ6f19dWm8+gXqfqy6dh1GNemT3Aaku6WvV5rDC1+gL1eFrFOUc9/GJeo9n5XqEXkxTDmNh8Trf'
    'TsbQw+ZqgKUmZ7mbJPM7Yji/naQOHV6b5sMzwuWS8an4O5Ozx9lQb9yzJOcXT9KAqSgy55xkPUY1aRLW8acqv28XZHweKixGKY1n'
    '6qZnM37tZwnXi7zY01XeWUo3lurpUP78ELsgXV4RY7PeX1Uqd+B3gNHWKCke+L2T2CbO956qUpyQ3WdGvns9Wz/VWK5PuF7s759X'
    'eTp5yquvbfD194U7mg3FNg4bSZnNTBeLZZawMu1V/r0aru9ZptDjZkjdhbuXkr6eEdJuM2kX9UcnMn1SQ0i7DqljOWs3C+mpIXX8'
    'KlvaD66fXhJyFvoRqaNFUccpIf34ZtanMzwG8pgBTaX02K334Wzpfn2CY75f68TX/nDWt6cx4TncMn8hKfu8Yq/nfNitWd8XRAdr'
    'x5Q3cevbLamvR3Me+Jy59V0jqW/IgO/sY7zH+aS+fkU/ewz4odOyxb40wsrxuR1g9R1P6utTlOkz6F+WwEafgj/IS9bJLfNSpV+2'
    'X3FGG1PIO1+o9P2Y6PTXRJaJbXy70p+rLUzmExZbXbYffTGh+nAf+gcyf5iHx4Jfq+CdPhChLLb7jkrf/8pk80du+7vIPG7MhPMq'
    'YTzP1QnVh/NzXqVvW7i4Qb6Pqvaa0yv9u0+LQ3iKNpLXYXkXsbwLJX1aq5An8j41kLKcd1kWsv+6xqW1kj7JxvObCvV4eN4XSN7l'
    'IXl/GFAv532+W+GPdQ6Tu54UMk9fIe3MCenT5wPmhffpPpK3JaTej1X4eK3SCfQzOo13HN5XUboXct6F09rVjk9PuS3kgQqP95TR'
    '97yEzhfO/xWlPppM92O3no6AtofZmRpteq8iZfIBfA3dwy7SaGeMlVkvGWNnhDG2kXp2sTUdMNjD5wbUY8ILZCTj2hNhXP+VCZ9T'
    'Lpf7SUZ/vVEW878zfn91eQhZPYc02v4pm6vPkzKytaNnjSP2fwFl+hRlPpLxcXpDppSfMJVJ3EH6sMORy386+B20jGePrAOXuj7V'
    '8AzVQ+rmc78vhFaFnZkuy5TSg31svl9msHs+6c9uoeePLIyeoo+RFRn/vnA/O4dxOro449/dMqUNBf1fQPk+jfIOlI9iX+yW/3Xa'
    'H6sKP/DM9R8BefuYruff0qVz2MHWFnHn25J6ZbqUgv87kjdIP1KQ/6dL7zKr5PwyuLwnLV+bMPqFOPPBiOURxt+RLr23jrLhP7J1'
    'vDUg7yjLOxKwNrsYzb2B5FWdO3HNr1PMt+6+dmna3yei0tDCHXTS53VQ/lJyDqRnktUaefG8cXJAXn7uO14jL9bbmC71c5mEPYRb'
    '93+n/H4MSvZVykf+MqWGi2EGQz9Olfop2K2x1khjv5vy7wLvUuw5/0zyyHS9bp7HUqV3ip9ndOBhkkfG67p5Pp0qvputA7tuub+R'
    'jGOUjeP9AXkQ1++U9JHKiwr2Pyk9/wOU1hf0/6TuQYVvg0GSR2an5ObZSfJ0K+5vb5esB5dzXhWQB2nJqyR95vezzwvoD8qWzkqV'
    '3l3n+1q7ZO47WZ9PkeThcrZFBIZ07WML+C+pm+9lWclYX2D1/MkpheG8Bgz/ylGPbRTy/DQgD67HDyV+PfIMF77vqNce4fzrZBy6'
    'sli33D+SuvsUOPSQY4ZDOLa/d0rhcYTl+euAse2CPHdrts/31rcGjO0I/898pujYuLrlhpxSHxBjDEd6SN26Zzi33GudUh8mUexQ'
    '3boudEp9THB+fKNT6quD3lEt2P84vh1lHDvWAv8vgflhBpctjnofQ9qak8AXX99Ksga6cu2C/F/45XT19265nwu/TzJ+LAd2bNUB'
    '8u3C+T+gHuSXvhWQ5yzIc4jkkfFqbp4vBeQ5G/J8lsyHrlzdLfd3ohR3w/i0wv4Pd8qT0vW7db6JjEFXlk590Jjo6rkPmkGFfOY6'
    'kkcms0D/17MSkFGg7+XqAH1xDuwoqwPktDm4q1YdoB9G/9fVATIK9EHTYMgTowy8wVCWwX3QoF817usF/RwE+YGJ4lcBfYqq/CqU'
    'yz/CPFHsAy8rfJl9hsns25jMfq5Q6wJ4XuozFfnFtFMMN6Y+U9G/A/q0U8UCaRTqWCCyOCFrRbQ4ITTOR5gfaxvfw8b3sPE91O3Z'
    '+B42voeN72Hje9j4Hja+h43vYeN72PgeNr6Hje9h43v4j43vYeN72Pgex1p8jxph7vvX+n61vl+t71fr+9X6frW+X63vV+v71fp+'
    'tb5fre9X6/vV+n61vl+t79fSvNb3q/X9an2/Wt+v1ver9f1qfb9a36/W96v1/Wp9v1rfr9b3q/X9an2/Wt+v1ver9f1qfb9a36/W'
    '96v1/Wp9v1rfr9b3q/X9an2/Wt+v1ver9f1qfb9a36/W96v1/Wp9v1rfr9b3q/X9an2/Wt+v1ver9f1qfb9a36/W96v1/Wp9v1rf'
    'r9Pd96vKtwf1/arjX7UJ6jXx1+X6+HDPLyeT91moV1ffPI/4qRhgdwAaybdh9o366xlhcmbuO07l82kFmSthOF9uv7/Bxs15gEHG'
    'A10kgclRttdtEqV7XZ6Nfa2knl6296wgsLXTwMZxkdDjU7gMslGzHD8jUd9E6LuvUlhfMlPlSyaqH2kTP846fpBlvo7bRTxfx9aP'
    'sfVjbP0Yq9uzfoytH2Prx9j6MbZ+jK0fY+vH2Poxtn6MrR9j68fY+jH2H+vH2MqerB/jY82PcRZwOQN7FNLWPminQoO2csqanlmk'
    'tTBVb9kcDfbhWbI5BuVNaeCdKQ8kCAybnGc2Mj0h1YOo5HX0PS/XJ8lPbXUGFXcpdO6ODkpsg2hfwux5Cr4uM94ZW2Y/P6Too44/'
    'ZZmPGJmNbDf7vtfgTkCcfnQyW5W/mpiHzULuy7c7ob7w9aKyW9q3yVgHPv5rMt6eIrPnovZpUXBggNH5Yc09hfPcJvPL8YDqKReQ'
    'sZrMtcyOLM/OO60SGErCd7cu7PCxPpf29FOydaF91oWjnYr54bZjeKflt5q8TdAY7g8Yw0AZx6CzLi9qwpxr636aUPuJ0vVL2quw'
    'CxkW+vZ5HULuO2dUQjMKd10m+r58CmHoxwo9Ip9j19b9JIVtzYDETrgc+zb3IeCkPb2wyt97HBtDFb3bKdS+Jei8htmK69ibumN8'
    'KuXDtgm/3zsN9r0PpDx9AMKfTt9pff2K9TfBbRUt36OwxelLeWc0GS3hdx86hb5/pxGJHbFOfy5O+fEVwvhm0/02H4Lzy0jbvWXm'
    'yTlu16S88+d03neec7y6ZHOvw5vo2LLnJWunAzdfcHzfvOXiw/h8fNhRw2K3ZB2SXo9bHN+vT9Qx79LEjU5nammraz+zKIBv0PW9'
    '0idZp6B2l5J284ZnONn5j/MKsrlDW/fFEdtNas5/Ivw7xknT2m8Sm55hdp9Hl5ZgGdl88jtXDwp/PqdKLvBuMmbTPsj21IGQ9kaJ'
    'fZ4JDJnyyluFv2/2R8CNqPxF4a4r3C1Iiu6j/cz8CDA5YgiT9aL0zvIexT2+FLEJriG6b7f5p4jue47wfcgtk8i3mwzln5Ug1+ay'
    '8BSRhdcTWXg19KEK+o06J7f9HbF0kjNbQ1mY0xhy84xGnhZmT2W6BjNbK+ytwe0i1rPERPcQZiPOcY6udTVZwwrA+Q6Q9Quiw60m'
    'dkiY79yJv9dptOPqMH4H728DGHH7fiPTLXP919ECJ2n9J2NkW6DQEbtrrQdG6pzjEZ6cBAbria2JDu1BeBoi8GTXvXTdJWt+a9w1'
    'T3LdC3bNE/+40vHW84fExtHi9bGH15YHKF3nzCTwAJaWzgxamiK/KQ/lkPNRL8HNbljnKDDmBKFnqjy4UJbHqzqts4pRHll5J4Qf'
    'r2Vn4UpRHI+omp2lawzO0AgDwsLAtIWBIPlGFcFf/F3P4KGV2BQi7uN7J+D+SX1AHzIGfcC2Mwm1Tc+aYW1nwNaN28nVwPcqdv4U'
    'B4X42LNyWzzeDr/jsNEgfz284zIxmo/i/mwDOVqU9eJjuQzSq0TxnUQd2YDp2b6K1OPW6+ZdDXa9gtg5TuZddBM5ZD207fZ7Jdw7'
    'cdu/4AHze1NR/HvE7ef3Dpn3M2PYT7zbf1zMO0j7nwSfa6L0Him/t/VshDszSCPc+t8GY7odxlMljrbHkdj+uxCTqTjyuhIxqwxN'
    '6j6p2DXAyum91OuyuqgLaz8QnjG3Cx/7AT6yk7OQ7nylkaZXhJWsnHZAGVmP0Eo3DnNYKH2qogFpDuQSyIf3XuV9LcTRIO9X3+W/'
    'v0xY30NJ+R5y6be9/zU197+Qx8Q99mXrq8f66hHWV4/11aMHv9ZXj/XVMxW+ek5l584Kxp+cCDZ4iCduPcczuUHYORfvuevKGai8'
    'RnZ+tf6FrH8h61/I+hey/oWsfyHrX8j6F7L+hax/IetfyPoXKrd/obDvXG9bfZTqbd22Rq6bPvrZAh/TU349rEl/fpL379mZ8geU'
    'J60a93EB17QO8qWJbnoOgbeCbdO4vD7+HfmYFelo8mh71rZnbXvWtmdte9a2Z2171rZnbXvWtmdte9a2Z+2p8OWbBhyqZDjokD6d'
    'KIrt+1X277xel0ZUGu49WTIWlf0312tuY3tpA9SJ3ygPtRLSU4l9XUrCQ9cpxuWWvZzJGxZp2ivE8UvHY1WfBOsii+Perdkf7j+U'
    '2j6tFPq+6mTxJ9FWdAN8dyTjkMG/rB3uq0jlB2ZYsl61BD9wvepFqc8nWt8Y401c3fxxQh7bl9qVxIlhyucQcQ3lQFlCM/oM6CGP'
    'u71G+DZdIwb1jCjqW0TsnFQ+36ifSFO/Z3mFjSbKu/h6NwO9oOvdJOR+cPaGtNlN5BoLRanPnzj43KPAh+4AnNK5D8P9H5mUiwPD'
    '3Jcfnc99knVyx7WF4GVQ3VmAWZM5pbaFo6I4FjldTxqXOGx8XcLc1/LRQCMrGM7Qtj6JZ/ilcnjUPQtk4E+1j8vo9kkEPjC+NY0H'
    'fnHGg420KJYv0LVfz8rwOjAWeND6zCbrQ+nxLMUc87VQ7RkoU1gANsk6Mb9pTO6zM8W/Tyfx1ukYN2SCaSeuTyWR++5u92XyXL9S'
    'zfK8HtL3tpfqWdzyBTu8HvU+9wyU/3+Q3g/p5T2lfayAeaey6Ss71Tog91vhhsaO4vjS9NsddxfHl6Z133Jn6ZjwW/Wd4bBTqYAd'
    'Hmd8iNGo2WSe/3arl54J/f3PsWK5Cs3zCpaHr7mqb/NgL+f6HjqXFX/ppX+8o3S+HrgbbEDvkMBAD8zb3tI+VbBzCaUV2MZuGNOb'
    'utTrjHm+1VXaN/zm3FzaN7dOWi5oLWsC1rKgWwG4+M0bitujfbnpci/9WZ8arm65Uw9fM4ROV8Mcz9+iniPM84F8adtuOTd97ir5'
    'PMxjcmkcPy+LfVXFdb4MYOiDW0v78Po9oJt9rxxOZOPHO94LvuiVffi76vFjnrd/37fDxW9uOTf9zld9mlwvKeemn1OUyQWUeddq'
    'eRkVn6cjG7/5STN5aZG/BVMB48wSn6blQs9I4i3vaTUXqHKeB20bXFw7k+Ea33sPPuqlTzzhpXc96dvR1xP4KNg4fAf2jwe89PDj'
    'XrruEa/MfMBt/o23w2F8zlNQ/32grz5YDPMbHpHDeLMhnP/6s166/WGzcm8DHFz3TLL6t/nj0XQqNQQwdP1A6PS1QhT7a6G+RlcG'
    '8Ngoo9O5NxF2fswSGLqSyOMKslQmnxsPyHsJy/sbwgfwvEMh7fyEtPNKSPFs2MXy/ivJi31An+vdLO+3CB6eD+kgy3OI4AnPMyzp'
    'v1vm8/Cb9uESUodsnVYRffsn4WxLfWrgGPaFlKc+fmTjD2v7HUQ3eAk7F/ez31hvntSfgz7iGlzEynaiHQvkHSB797mkTA7OW1kG'
    'M+fCt+vJ2i3KlKaFuE2kH+cyGLvOKV6zS4gdURDc0PnFOkbYvGCdZwbA/DD73cfKtgWU5WO5kpU9Dvg8+m1IMYYx9nuQ5RtU2Olk'
    'kObBGtUJ3z9NFZHbryDlUUaK9jToi5n7HaO2gg6hi/htA5Hhb4D6ToLfi0Wpf3oq8xkhsix6Xssbyth4rKF+IjPIgc1is0ZeSutx'
    'zjaRuTqBwPA5UO5mRZuzJW3mJTqFsDa5D7gqYnMXtA7uOr2L6Jg5nTlNssf0MlzrJ/iAdzF5XqQ3HYzu7CZ5Oxn8dhP6ifSjXsjx'
    'd4ThJMr+riT197O+jJA+5Qh9o3K+Lob7NzDcRD3FWaRvN0nov6xvK4g8hdPlftZOH5u/EVbXccRmjcoxsmxuud93XCPKE7l48AoJ'
    'bKH+0wmBFaQp1B809wtFy7vwORvg2SGwbQrLSfSpkfF+1I/pxNu0q6dX6erxrH6c5Pwgo0st5N/YHrWN3cDw3JHw8arxqubQXcv3'
    'OD7NDprDu8AHgWpdMgQu3P7rxOAyOUO8Fs4yDz0eLAvisoYqOBM9+tVSOccInMs+eUh+PsKx7YV+4bsanBfFgRxj6GZmtKVThTP+'
    '2Pid9ND+I9fPYavRaT3Yac/mkNIvCe9C+sTzo7QwfQ4gLo7YNZ1Ra4p4e6sEb7MzeI0r4AnOVemM/3eRN+ID41Oxxreq11jXl2oY'
    'Xu+3a35MrTni/Q4J3ltf8o4j1h1x8a4QlWs8ITTZ+u+f/DnX41MD1sB1hV8xs23y25lNfhtzQGr8NAd9rDG26S996to5Xo3YNZ1R'
    'a4p428DwtloQY6uAhkpkEiH5VTEhgnRtp0r0VzLbsRZig45n+SqmA+OyZFMd2z7WBxN8iKBkT08KIGdkp7AYcRHaot0/0tW4G/vD'
    'btT/EnS/9dQAParl9wJgYnWcBay6PCyH5fcmf855DNQeCfxHsS2aYWuT1ji1Bj6p6LStCD+67ZpMqzVBvGlU8V3tBYw9oNr/6sja'
    '1kcoF8b3pTaLd4bBVK1Bfk4vAto9YNhuYH7qTxXv//A5uz2lPhbTOTOxO8DxoR1fucana28gu/M2xPT8g6L07k4O9JKzRem9lyix'
    'wOPaua435NebiL1FPXyfI8xivKpgdyas7XI4coatXb8Ijg+Pfpex7bD6uC3NqCi9dzcTYIXyRW77R+8enE6cR02VObZ72PZ89PNF'
    'M29NaLyVKL5djoWz3e3xRIxasXh16WYQvUvZM0fRmaOcuJXSEJ/Zc+D0W5Os8H2nZCKcN2SydLfMT4Q8hrbJ+qZn1npn4q53mIlB'
    'EvCQAZ4YYWMXrONOA7yd4evoKM7sVYntgR8N1z+Y4Gjh98Q/7pTh5FH3yIIgptKZKehJo4nwrVFbNFcy0iDdJN5xSbX73zNEjRuX'
    'vhfix0383cjaff5BL32fYQxdy09LaEk8MAzlp2V79syRC1g+2a5J+dekBeSIlI51W55o8uQCH9XbL5OQGxTrj1PpY/nBueX3vMaN'
    'n+iAUYprdk2mek1C7fYC+ie12wvJH2S3V890VGhzl2O2dzskelKl/jtd+P0PMpa9itln1UcoFzSe/8XG85dQrkbL5tWVNFRU4u/s'
    'jNplqgrT/BfPih8IL1TFOm9iD5icvU//ihGk50JzpMWjFY++zfv39eR9q5KTUJ8FK8dfDD76bw7hZWYV5qZNddTk+yCPaYTvXF3q'
    'oxN/W1I+nFdI3nM4Rp/oyC9RH+lFNDwCvZl0GzZs24D11hxO6K2+8UiPbvnS9VfyPxHWaap8xhsUS4uEn/FEnxD+x67JlK8J4s2d'
    'ErwBXmBiL07BgmVCjfYqKgPmKjtt1ih8n02lJmWlTOswbbn0q0k5+fec5FzzTgszFmYMYAbpToew9z2m4u5BFcw/4u91du6nZO65'
    '/I77j2+B9/Qcjb72ToVzzErhxwxsYLabm4nejdZRSfLzu1jziA0n+gJeFaGe5hD5QBOri9uJ6vhlwvrrGB2ZEyI7wXkMy8f7n2Xr'
    'kmHrolMfnU8du2TTvnZCPSmod47F7cRsM8NsV/idkh2wbnb+J3/+qQ7FEepYVFnhx0itJHjD/bHWsXyUPp7cGj1Ga5BdBMZJ3p6A'
    'bmhYQResTdv0t2njdGWQ0BW7fkfX+unSm7ma9CaILp1UZrpUPR6fLlVLeDf0Z3wrgflKxTeZ7B7jstSQ31T2j75COR+ZIetN9XJp'
    'ppfj/kYPC88HO50rzIe+SFHn8MMA3Vka4ON6a2MmP5cdOIKmoBcy0pm5c50J05LhPU0Z/MriXs5q9b/JbBN17MzdNQ6KEZaD/RvP'
    'fugapIvgYw50VfNF8d1AvLOIdxnR37ZOzDW8n0j9ZrvtuCFxXg34VM/OKTpn06P9XGtK63ThoDcBm6wZ9ij0KWZbfSDSa1SVA3r/'
    'amEWvwP9E3Mf4cvJN/T9jbHraAwl9JmOsToXkG95UeyffY7kG9bZIGlvhNlON8I+JuMVdGQU3I8U9YMftx6OO2+VyI2rvAwptbI6'
    'M02uClSWo9Ksflbj2OPNVYXd5MRSHYKGMFSP9a4qzlhlzqNTfdTtFiYsTEj0TXTPzQTx2lrGCMI+R54ajTzFPhNzAGxvEMX3d/Ab'
    '4m8YX216TprpHNMR5j3yE26doytb1d3PuQygEOsTYtb+sb307MW/BemZOhjfYYTnErSfQU8qLiTo3DlxFDIaXJ8atj6qGH4z5s5n'
    'irEgZqgX42mM9LExHOwbg7ga2f0UlK9ZnzGEZm8uJ8UOXzzrx2f6rYmJn67TDPJngcZSGXmVCI6hWgHlMEY1xqh14+SijgF5OR6H'
    '3f22V5TGaN/J8gyQPHkmt8R4bnmgJdTfWZivNIxBOVeU+kej9Yyw91xGijHgbiX1niv8WH8DrPzekPKFPkI97votilhP0NjD+t8k'
    '/DiX+5jMeIDJf/ma4lbmylYXRtBRF8USh9jHvz1YHN+LxpDsZO1GkcUG3RUR/3uijh/59LBC8l4WM70VxlA17svnOc/KvzURHG+A'
    'MS0SxfY+CK/L4N9uHVTn1iTRzVWP+zoBIUpjxVWJ4nh7bYTmtImZ4eNSFkNvPfuGcfJmw1w5RJcSB6bKPccz1ddk2JqZ1FHOta00'
    'WFukbRjz/SuS2IV3QezCrz8c31fnxohz1ZbwXGWIyE4VD315hPEdhLlq/C74b/m8WfncF/Xz833HpB0aqzLuHFJZhkqHkpOctVUx'
    'm7cSeN3K9qGguKXbIaV3f5vImLcTHMgKP+4qjyuM6ZAC529i+I+8LabuWNcQ/OHfTiX6LHx3Mnl3IrxbTPS7q0R4LHesa5bw47L3'
    'M53aDUzfN8L0eOsl+jVZrBW+93NYmUck76jLbotRH8X3KOWboU8tEh7Q0cCXJUIeO3gJy9NM+srhPGMA57yd7SHwLCvDaWXYPqHq'
    'T9A+cVrAPtFGbCZeutdL3/852Ae+XxqznNYt47dpXOkPfQPq+3ppXOn90I9fQFsff9xLH3566vev7Wz94tqkUdu8raKYf88S+rGV'
    'wYiqP5x+tIXgSY0ER8PiwleSfYDDHG0ro5DP0/7K4kynSP3bSP3bRHFcbOoXo+E/xVUumE6UuVkm72hS7F1R26sZLEhuHk66vRJ/'
    'H94m/bCu3hHhieI8pTOIswsJLJngT5Q1DrJNQt4BY8RTmlXNeKRBIqtw63yCnAUHyFkkSB5B68Nzy41Q3wNwPg6Tp5xMzjQmc7cW'
    '5Vokddt9L1mfneQMFDYOPA+9SXix43Eews5Zu1ma15Bt7ZKsB87fzcK3X5rH6h7UGIeObO3PhW93yGVFA+T82QiyEp2542VzsCbH'
    'E55cR47AbSHDyqCt1Ryg1bQ/I2yM+RB5Yr/iTIz41EJ0WYsI7XHfP0fg0+3zD6DMrMLLVDpTUXnkyVZWVuG/qytraivr6hvwyTU2'
    'TNHT5P6vuRw1FybmpQJv9VLxHeQDhXjI93jPa17zqUL6vWWrl166fOXlv9xyxWseuueeZfD5D+998z06N66/cOuX2xyR+dXEP291'
    'qx48zqcoXlt/8tq556rv30Med+UOJOq5YfOPdO55P6r62oK/7il5fv5l+mtcjD868ef+/zXj7jhF4b/DE//9qvD/iefLL/4Rah4f'
    '/31JewamRyHP9ZJ3hfZbNQprWYfLb7pPVXzMwr0NyV5cCfXJ9uKTJDI+Sq9GiHxfRoNN5YdhOoV/Bfmbzp4fthcMEhoe1ucOhR6n'
    'm4ybylqHNccUNt6/hvOpSrdF296jOQ5aRmdd3X7sBzhLUsdFZR/dZE/sUIxPV459OcBt2Pr3KvpvOg7eB8oX7IY+rQC8Uukf8S4A'
    '/b6T8XvHA78XVSen009TfiJItkjLy2zpZvq9Ih3/adwHgcsJ6O1e4f4pVfJeuqayuzI6/gAqiX0VbSNNzqG/Y/CjI4sw0e+a8Ptd'
    'Cv1ztyi9jxhUJ9ojfIrQpX5N3l9FK6O0fwc5F+m2H6WdG8nZjtNdqqeLUvfrCM3vjVnXRQC3snPqvoh1riFj38vgKU/oZpS6jydn'
    '934FbNIzYZQ2TO/ayHiyQYLDbp2vSXlzXQ58Rj1K1Td8eRW+u/1L3rv5RL71A5APZw768s8KIkvG+0n47uWnSnWkCw566fcORbvL'
    'XGgf6m2YKHxZmefm6X0+bOK7yiu8dyvJuNx3bvqR9/l6KvyW2+alv8v784zfztvppe+929flYzvLXls6zz/Jl85z71Wl87z6ruJ6'
    'U0T++Wro/z863r1n5GUpTgwbwLHp/Ovct2sx2Gt2M/o4wOhSnsmDziY6sLh7Ca33JKhXlyfU7W+O2JaMBJzlaBlcb/ffFzjeGS5s'
    'nH2M/9/HfndMIUwE5aN3igs81MQ/TlfIMLsYHzDdx/J9OLPRsTx3lPT970CeXQ76gPqIDRkvXQfpRkjPz3jwXoV0NgP72gIvffMC'
    'Hz8WEDvUi6B8e6YYX86F8m8i5dBfGc13BuS7bYGPV26fdPe6hgjzQcfdDumZinHw/uVAvrOI8B3UfjRvQM+4DF3GF1LeZhHMPW13'
    'F6GNOu1S+jQg0V/R9nR1Y3TeUwF6t1O4DnEzVKm4ZYH1pkLqNeFTqtleQvn6HNgkZ8k3Oh/LJXbc/SzPYpJnSJEHeWUqW1lF8uJv'
    'an9A5U2qvKr1qoY/Cjfl8pGhOnc3g90O7QM9syBczmM2XU1CLZel+20TscdpgrnIkrnLs7LDbP9vCbCR79LUR1K+UGYTmmbjrGXj'
    'zEhkoE2AbzI7oyboSxje83nrk/AvTTBfOH9VCjjpZ3L3MH4wqmw5bJ4H2fothnMCheW8Qvcsm6MOhX5bp226xtUSHMgye3sef0RG'
    '03g5l66FlYuqn1HJyHTtKUxiB8a5ZxXxVlZ6WstYDyelLWyUC1hDHhObM509nsNSDYOljIZtziqhf89at1/lqjfIdrZcd9haQO7p'
    'EH66OE5z6qh5DMJmZUz83DtiPC3TX/iPsd8PidZc/5H5gY9rH19vcUsLVybb35qJf7VVCcKDYPCgK7elvto6hfXBqNyr31P4f6u/'
    '2ZqRjrB70Tq+8qLI5FcQ+QG+OxveHUfenSx8e/h6wsfSex4DkHazMy1tb7+Ipqsox5gvl4z5EsmYL5L0/7wI87BWUmY0pEwb0Ala'
    'Jk/u0dC8C9kZo1EiJ5otyZNneWoleVyZoEz+M5Xrd71k/bZK1u9q8u5zkrV/1+rStXd96fC1P02x9jK73rC1V+ksgtae2zoFrX2b'
    'xtq3aax9WxnWPmu49o0gV6X37haLYn+zK0G/WkHqS5PyK1m6CcZyhfD0nihLCpIFUJnRCJOJ9THZDvp45He+w+QHQyL4rjeVq/K7'
    'V5vIeDeFzMcGAtMnR9AbbyrjnoQ09n/Iu9mt3ruXyLtZ8O5Fwre1snVuhbp+LsmzpLU4z3OAo1S2HNRnt8z3XL02oUsm42020Adw'
    '+8md0P6niR3KsMJGb5B9l+kY3Lo+ROw1uxRldW1DZe0H6WYpzI8RnRS1VdW91zDIxrVTYnsYdr9CV86Hbbya2EiOsvF3a9jhou6I'
    'yylHyb0OpDNxbCh7FW0vBLse3TXNR7A/7mM0Q0eflDGkI7Jz4QoR3f/KakjPEqV2IWvYnahUgPxV9s6V2W+MKCtV+VvXrYP7ppms'
    'MTeLeP5pVHJonT3LhD7Te9E3wjhnW3maVJ62+SiQpzURXcVVhvxOlulbj+iozw12HuiWWUdw54xHvPRnD/r65MUa+rc4OtewOxqN'
    'hC8ScPf93XCX/Z33Fp/fVX77g3z3jxjSNStXKontwZQ4ycqVdNeG2s6Z8Meqfd2Ufgf5DKNyXFNfYUE+wpL2UZM0/M/wJyWHf4NH'
    'o+xkya8amT1U3PYcw/IVhuVtvKUAmtx6ZFojxFtq0ZL1U557vVD7SdJZyyZy3rgFyqM8rQPWeLuwMTmnYp2Pg3XBdeO6Ua5zXEm+'
    'iYC83B9oU8heFYU+bAiRb/D7umEyHNl9WS7/0JWDUBkW9mvM0H6LynN3Nnv4J5NfDRvIjX4mkaPRccexmZPVd5j93iXU9+AKd32b'
    'PV0Fv8NL57M3YH1lfYgqy5KtoY686UVmg/f7Jh9WdXy7jCjgWWd9OyT3POi9Gn5fpcNgLsYU9y92iWJf0I80+Xc2gmSPk712Uewn'
    '3zYxlnMkMleds7DuXSTZ2Vt2Z2eyZbKvbPJxcZT1TWcu6d1MGUz2GMzVoITWcVt3lUyf+jeY3eTT0THF2Lg/hzHFHYWkcCuOrXFe'
    'olsp+Ppo9Mf5hxhrp6InXWWiJ6a09aMTGV4J785h92M2wf2YNy4onUt+B8gtfzbcs1mb0bsHhHkxlflw4X1w864m95t0+7sGvh1Q'
    '9Jf2aR15X/Cx3+jJ+ige9bF12+EE+5HmOKKCjxHJXYawNe0V4b7MTm705OcyHVA/o4cdir5TGwlZnzkucfzu1RgL8jF/yPlzXg78'
    'SxLvfgrpjxmt/GrOv6+ItPplRl+72Nz1KWhpv2J/Lxe8fDDn6Yji8rS0r3kF/PQJfdn4gGIeuP3Grpx3p4vf26Hw+TuJTj5oDzTh'
    'mXpD9jz0obd54n9nMFsUegeKtue2g+1yHqhPYcc02XSmjsDNdN3fg9bjBw2e7bDJuTgOj7074EwQNtcPNBSf9XRoq+k90snmmfc3'
    '+Do1HX5SRgueD7FXGVbY76E/zq0NXv+TpH0m5/ggunZGg2fvpetfjtPauPvQgGQ/Ktz/bvBkW2F8X7vmXXTMS/t+DrnPTvnAsxnf'
    'tp7d/76QfV8HfN1z9UIsnQS+vFtBN/LMruZLk9wf1bkS+/OBKe4Pn59R6M9UwT6H+csn+nOxCD+D6MD6ZoOzUzuBc936EfY3xzwz'
    'tWuevQo6kHqfjpZDZiHbj3X8urh9+z91k9O3wQh9e6Su1O/mZNIj5IU+MEn9GAzpx9463z824uq9i+R+OnlsN8w3othX/0Dqddva'
    'Vlcse9W1947L+8XhcXdLeH93LMsIjJv4E+0yOK/nhTy230AIn52q8+URfULfj/6IRN9C8VFnzXYajAv50mdq/fPkdD0Pu/08WOvP'
    'a7nmpitBWneg1ofRcugM4+wRr52kvkWZtzW1Pm821fKNAv9P+jNWRt0Z9Wckk3eg7O3nNZ4tvlvP8Q0QIwvS1ZDOb5B/XwdpFtKT'
    'IL0Y0jWQLmf5Zzd4bX+tpljuZ3oul+XZ4UyO/OZDNaV7ZBS6HPUOxf6a8ugudXmebWVuP+yMs2GK2sfxL6jx/f9MpuyH9onrkH9f'
    '7e+9UWWkk4E736j27mS4709htOY4SOdBupbRlM2QLoB0CaTnQrqI0aiLgdbcT+ZmOutT31I9tTYVO6t9uDbh6/l4uI6sN0BnFgYv'
    '51Z7ftOi3JNLWu69qNqP0x0l9oBKdhLWrmustngKZa1uH35UVUp7kjjX6fIqX67y+IUwvbeJ/HOyZDx3VXln84JtI6N5xzPaNhvS'
    'ORH5qtGAthYp2poXsa3Xkbai0GZabjGkZ7LvK6Gtc6p83JssOXTBr94kt4vwnq7y6Z7JvWAZLdYtq5KRHM76c5CUbqRbg/Y/nvV9'
    '8JdLJ/PJbDFtLYcs4IUQfdXbyDjLYTvjtjGY9Xzn8jvrpnaiujzylVkffqfavrI968eJiHLmUtnGFGzbE6y7xK9m1vs9Hfe8gv1f'
    'pQe3lM47kL4S0gsgTUXcYx6r9OG23PoRt71PTFJ7SOffLmmvnPtKP2mvUwT7BqbfTfcfxI/LK336muSZwuQM0U76MBUy/sK90kqf'
    'TiStY32povx7WFcIXD07BX3guPT/VfgxhgbYXB9W2Ls3wb6aduR2Ln9T4cdxirJv6tL6t1aU7s/lkvG77e2epPZwbbYQ+IjDD4yJ'
    '6PKVVZK1jNKHMH5uNhlrOewVu0PqKPiLyvjrW26byQL+Zzz6ZsIL6J79HiV1n8fOk8vZefkSw7o/mfH9ESV1vgujDS/AnL0j4/u1'
    'iqOzL+j/M8nAdlfIeXh7mdtBenF+Zur8RC0l63Iza/sTClsJ7NPHFhXT9SZSV9Beo2N38ae057dhKu9+hMm6vp/24WOzIsbMBlbv'
    'KyO080ja90XWxej9C5p0+p60p4uYLNmy2+a70n6c3qRlyAX5X9qHNx7rS9fmF+vqJPMzWTYkf0banIy7kAUfpASWhgLOGUGwNC+t'
    'jr/cJzln6frpw3kZT/n1rwvBp40R8OmnKc+ObSppi9uPJ1Ie/FJZAdoYmOgL3boeTHnr6r7b9g2w93yq2D/mE0946dBnwN8w+IV6'
    '+Gng/1NqOpPX1NfflfJ99ETx9ajaI8dSvs1fOWWXbls7SFt8/HtE/Pv8dL4uSMX3M3l6qjTGOL+PGQbrZxrYGevgWAOBx6i67P9x'
    'fL/JYfDI4eWXpGy3BF6C9G8/cuL5K+Xr8zXH0ymUI3YShRve7r1kHHHP8wX7X0l9Uc+Ubn1vJms0Ijm3ydYIZRV7SFkTvHHL9Di+'
    'rzwTHaVb5tqAskE6x8L9f8ePVdodIgdF3cIGUkbHf4db5jTH91WtQ/f6FOu90Inm03iA1VPr+H62g/jXgv6f5O0Okev8VoTnxTV3'
    '/UXPK8N9JLfu70I/3O+/3AK+VvN+XGM3/Q3EGn6K5P3OlV6avs6PX+ymJ/TA/Z+AvLzeByV5zxmT5/17Sd7et8n78KGAvLzed5O8'
    'v4HYzfcr5uEtAXl53OfXk7wuAXDThqtKy+aABvC879whz5uX5D3vFnne15G8ech714B8bFtI3v17YE/bIh/bBZK8uG4871mSvLgW'
    'PO8qkrf9Pi89+CjAMPB9Jz3s5T2R5P2bx7z08EF5XPMWkjeMn6wneTlP2gL1znlK7kM6zG+0jj+rLKN5KKegvtjy7JupL7YM+Y0x'
    '+Fz+91yAGfffE9MufkjK8LGlYoxtkPX/fPKtj4wR/ZHjN7R7xX1mrWRO8My4SvINy50iqRPP1O65A337H4Z3x0vWBdvBeBaNwGfT'
    '8WF7tSRPd8gaqnyjNUacb5mfePS3G7T/0VgIJ0eEM1M5Dd+nTcZ6kVDHKNDhJXT9x8v4TJO4zrJ4pTK5ho6fr7D4BwV+FdZvsucm'
    'rF87YG/QPSd0xrTp7TYYx3BCc+/O+9IIMneTuLCDmjJK2X7VIopjs6REsH/Gygg06CQFfI85xTxwFL2hDo7sZvz3lvpSu6ep6FPB'
    'z2G9p4fUlb8MRZBvc79Iw+yMUVvv63G6NWE0qbZ/UefrInZKZFay+dWxdRlmspGn6/wxxtVJjShsrFX6uM+QMfJ49nsSnMsPQDtR'
    'YCmoHR6f59YytcPHk4c1020nSZy40HCMIxHHuKLO1xl0MfswDvd7DcaH+sjZdb6uqVuoY8brrLsToy4+7l/W+uPu1txPTfrq3nNW'
    '9XXMsK5/ilEXp0P3s3Gb8gNh8/p+SV9fiFjXm0lfOW3uVJTt0LS/LNg5atSv8t0Xxp+59b+GzEWU+lGeW4i1SPraoygbhWe4AOSy'
    'y2t9neruiPhu2mZ9zDZN/RG7bf6qxm9zMvbhgpyzxocD2f5rQgsejVEXx697E6gLcemDNR58mu5XuvW/saZU9xz3TuVQBJi9vkz9'
    'MIXjTQDHujC6T7HHm7S5mODOXjaGMc091HS+MzU+3Qtq0023OuZj+kV1KY8n88nL7SR09Bxb2F0LtHW6JOPfc57strdA2/dV+7p6'
    'fodh1ACuwvK6bb1X0tYJjnlbgxpt3VxdaosRxM9yO8OCnpPUEbZv5xX06mqDOmR7f8HOqdq3CVGdTYcN6U1Bzymp94UE6j2O1Nuj'
    'uPMwEIFPS0vqVfE+Jrj//6r8evn9cx0ealhxF/JZUu8uhYw7igzhMY16o/Cpn6ryYdWkXsqfflCjb3siwNTtknpHhb5uvk9x52iA'
    'jHlQYdM9GMKLbY9QB+fBLtGoYzSkjrMldew2HMtySR0jhmM5TlLHqOZYEMarYL3j8jWcj/ivrO+Drz0Tbnt4OrkvGWYfZmLz8O1s'
    '6fhk9hRrFT5YVbzEFxKuF/mEj2dL+UyZHdz6BPmit05imzjOXVmfzlyg8CEqgxNuv342G8tVCdeL/d2U9e0EHWYHiL8b2P3ZDLnv'
    '4taxktSBNlhLIV0GaWtIHQuyvm0b5yMHDXm7Av5L6hsy4Em4zfVvKkvrGw65qyO764T6ksOS+kYj8s9ufV8n9enYp/O2uA3mw5W+'
    'fZ/JXl645yQp+7yCf+P7xwcrff8EOnpGk7M3ypJvI3PVp5iPPgO+sp+Mt0+xX+UlMO2WuY70pT/mXXC3vj8nfelXwOuYYl7Oriy1'
    'B+VylX42vjGU/1f69xUme18sxDkgfUdad06m1JezjLb+T4V5WaSfv6zw1y/MLltnz/rXhOrD/h0i9W1R2I8H+V/g/Xswofqwf39d'
    '4dvxLG6Q70OqPeNOUpbfwVzGyi4h9zgKfk4rfBvdDgkvqev3c0BSz1CEerZJ6tkToZ4/r/DtlfMBtJbSjI2SMvsYPXuZtdNOyuwS'
    'cr8wvaydE8kYZWV0aVxTQNsDirYzAW0PGLT9Xxnft0IUf9EyngBt6/4t4/dRd++TyZ2+mvHnh+8Becle4Jb5YkCZYUU7nzYo0wtl'
    '/lajDD9j361RZoyt09s0yvyUlXk9Wdt+w3vsYfLEblJ3GLyF8XxcTvRqMtYdjvx8zH0JuXQY6fiGTCmNNj2Prsj4dwE6As7uBfl/'
    'QN4/srxzM35s+jzBO514Y275StJWkIzSzfvHtJ83SPZU0P+l/X6ZypMK/H/E8rjm31aU16EdBf2fZKycfqNM7qGAvAOSe86NEels'
    'gf8nbal4aezXnaSt/gjy4FtJWxzfub/SEUVbuvaK3QFt8bvQrw3Iu4+N4VJJ3ucVNP58kndQ4RsBz6frYLxRbKPwnnMtu0N8qYL/'
    'XqiRF/nF5oC8G1m9WY28WO/LKX/vjUoPC/ecUqX3nJLQxRX0/6lSW/dORsP+WZKHnzkfC8iD6/dwQJ5R3P8leYZYf/5OkmeU3SX8'
    'sCQPp83vk+Shuj83zx0kj0yOW9D/kzzdinPwvoA8iEtDKc+e2MT+qeDnQFL3CyzPa0ndunueW+5VpO68gj6fJ8mzj+1NZ5E8Mp1j'
    'gf8PyIN75Ckkj0yPV/BzTMaqK7cqnPkkdQ+zPFmSR6aXK/g5cfw8uxT81W8leUbZnP0iIA/W82PHH6vu2aHg50RSbq8GPDxJyume'
    'J9xyn3d8e544tk0F/Cfz0qfC/4A8SI/eR/LI5GQF/Cfj1eUH3HK3BNS9C/f/gDxIo3YH5EGepVPSx7xGH6+S1P08a/9VTrEdVpx1'
    'W0fak9l04T3n6gB+onBvJCDPCLnnXB2gdyzY/0ryjLA8tZI8HI5SJI/szoSb57/hrogJ7+OW+7+G5bBP/y68dYtr71TY/zX7wHnp'
    'L5J7dDLZb8H+n+TZq+Ax7yF5ZGfRgp8T4eOArqy4YP9D6pbJaQt+ziTjD9NfFuKckLplPGgO5rE6gJ/MAb2oVvCRZ0GejoA8OI5r'
    'A/Igz7qFzKOurDgHd2PnJKgXLZz/JfMexvcW9n8yBl29Jsp8Gwzl0PzeZyW539UI92wdgzuQ9H0NeU/vmWEdWcArk7q3Qb3pwsvg'
    'J+XM7KcwMR8VglwhdldW6D8tR9ZEnUNvbXJAy6636yRfJxFnnUToOlE85viWNrzXaddPsn4HxGY25VVCJLeEumsTd21boLwD7+uh'
    '3ByS1wXQ9ZDOHy+Gi8qA73FhDuveD+m28cmdmyT6YHrnOhWhj2H7a5rsr8cZ9B3HbULzj4/QxucM2+B0LQt50/BHy8jqCVpXVbsy'
    'fiWozw0BcBi3vDvecwhv1gTpfIApN98GmCcHvjuKsblj36g5boRNbHceyIwo/3ah8P3vyPCoDdKtDEeaGA2qAxpULY4AMZrOSB+H'
    'jEWzPhFWH+33Mki3M/osNODVvXeyEMrUs35VQb/QbnEZGYdsXLptIo40Q55qAvsV0J44KMTHng2H00oCd81sz0hL9owcoUdu33ew'
    'vv2Vq6+W8hWpY/pB2PuTh0pHnvHxW2/FNSfPOSLC00JoC8KQ7toFnQfnAYzTbyuFnr+pOH1qFnr+lNzvs0n/syCrUOFDC8iQHKBl'
    '9aCLqME6jyJ+1QAE02ZnmPG08cGFrLPpk5PQ6IJdNOx9dC07QN6Ga9kIMDBL+D7fjuwFm71xcLwTCpqqgjFHsj9+ju2PVYq9NueB'
    '3xHfIV2K+877DOzdeoQ87vV7hO/r65Pw7l3wzs339FKwDxK+H7M20i/cDwv2AYD31N/bakjPEqW+7NZA2s7mVMbHyt5ZuUIITg6F'
    'igYCnvAjLOctVLiQkfAOZ8Dad0K6z/AcpcpXT/LNgz9k8ZKuH/ebTY7n9xZ5uhThhaoYDXL/fditV7M9fr4rolUB/AHSui5W73UW'
    'R4pw5MD1Is6TCsOgBgaPtxBe2a77sbHuzbD27eRdU4BeZUUCepUWaFeAzqienM0K5S5T7w28/00R+Osqxl8vgTk4jtTL+RGaDklk'
    'B0E6WofIHpvh36eRlPr3pfpYmuIZJkheLjsHI/+0YI1Xdivjldz05aeKeaUrSJ6q8eI81ePgf114PgLdd5dBelVCurgM2eFV+xve'
    '8cGYH1skqYmsbg6pa1GmNI0i99OVg4TJr5oM62siaQrgYAjmrw/wsEKL1k4cszIznA9dwSmMmR6yLgYtlj3pus0Vj04caDYTPvbt'
    'QJ9wrZ0AOSj6eVbhEIfVYYANnbopDqQDZPpUHrmKnMOEZr8qgL6Y6i8aWL4k5EVR/IhHOVdiOyn4U80t9elOyzcZ8m1N8F6l92mC'
    '92E+d1WyfUdSn2NAwygMnQxp5bgZHcQ9ms5FJeEhUPZHeeAmUi/CgWk9zQSGWuB8lYIyp1hZslSWLDs3SMhoJBlekB4zXWY4LtCD'
    'a8HGaZtHB4JkaxzvcvC9huHECqZ/0bGjKOcYW97hpRUHZu4Y779j5o8R45vc9eTUjLFiEsaIcVhefmR6jHky1jUD8WS+fWh6jZHG'
    'A+lkdsy1EjvmXmYjTfkfE36N968uoH+LhNxvGMZKaRXy2F3Uf6lOHDd6v+S2gHY7ythuF/Cv3Hactsfj1eUl96swv25sVW6nrvKr'
    'H3SHGu9OrAH+ms7FcyH1mPZ3pyiNcyG7K6LjA/lFtgYqmNbB8/US2K4xhG0dX4m68EdhDO8euHb1SxNoV/deUNj9mAuF76eI+zje'
    'ldCY3fPBqZqwHDYPnWWej6ThrzYA/k4V+nfahhX0iN5FjRr7M+zO1h0gq20DHRmP6Tyd+76N9L3jKOv7SgIje4Tch5yqz5Pd16Tx'
    'pgJwR4Y3c0R4DF8ZbRgUcj+dJwkzX+15w/qpfiMsr2weKxXzpWMPmmX0RyXzktkdB8nisB+6sruCT6eJv4tJmQz8BclS0VZoJeAx'
    'l4HpymxT06CdIFlrlFh+VDdSA+UzIfajTYYyofkBtvE1krNL1DNITtGu28ZHiZ00PYM9/6A/h6Y6IsHk1hjT9CtfBf8c5NtdcH78'
    '+sOlsSNfutdL3/85OA9+Pz49NLEjboHfDthO1hMaiXU1SuToKts4h8Cotd0q1ZktuUK8E0h/q7ZBlv8s0ZHXcn1oiq1JlsjdXRxv'
    'nOhJU6v/XVf3w9tJk3aCbKaojTC14eQ6miD9vAy2Zjr86Nw3DLIfCla2urMbblfexWiKtT+aWrsz5KEzhvpWHt8YzzYoRzneUcdA'
    'xjzNjk9LaAxk9EHBv6EvjIyjjp2MfmT+KNR5UFb1X6K0jRuE74NCFX/6eck37Nu/S+pEPzrPkD51CnlM72+I0jjUOKZDLn9gaZel'
    'XZZ2aduYp2CNZHxFDeMrxKUTa/sR79+b2yf+3R7Os6bQPkJSf2NC9WdY/cqzFtQfVmeF5Ey+i9he1gOtm2Nwl2mGw3capuoy48sQ'
    'xU/QvYvNOry5u2d/TJTeARcaezbao24S/p0ofLcIbEvnkXePCP8siu/WtxbLlKiNUA+kI5CeHdEm08Lj0QOPzYbregOTZ3XbNeVr'
    'unmq11R3PU32lxuADtQJe09WdU/W5V/VdnjqJ6l7slMp90XYoPIZe+f66L1znQg/y2BI9x6pSZ1xZPbUdq0QP4Cc7z//tJfWfde3'
    '/XLzXED4ptbHwA/gk/L6ziJ5Fx7065HlXUXy3gz1nfEded4TSd79D0CcscdKbdVy5DxTyPtNsN0DXcNToP/4ONj0Pfx0qX7iIejD'
    '4ceL642qn5gHNkaC3bNR3UFoBB026tZWSc6SjbAxmtqam9ior2J9ThvyTrp7bSPhmXXk8PQu3SKi3+L+ZuiYlwmzO4g6d52DdA50'
    'TFHq4vfybmDzznWmOQZvS8nvcvpd0IWFZnaeQ/8MjaLUPwPFRZV/BtPzWRbmS1ePnoPf3O61QWK7mgO9/jqDNZqMNdH1DaAzF0F2'
    'uhUM7rdK5jvsDhhdd5W/E9oP9Fllsr/q6pJPZDpizJ8Vpf4DT2R410rKNE1i200RzraquctGnDt3/G+RjJ/eK41z543fWQuznzGZ'
    '95HrzGQCurYruu1X9ZjN8wls7TNC7o+uSsOvo+ouJvpsqx7357/CEMYoXFp489f7ggemFt6+d+jYhTesIwuFTOHOrfNN5MxfSfY9'
    'nAusrxPKVMFevp3IhO19zlQKz+MTc/SSWqMZ/z4nXaftoviOuckdY5lvCXM/Ca7kdOY6SoBDXmMEObCWQFj2pGFhNusIjIHOX5Ty'
    'Y5dvNaSf26GOV6T8cwytIy3C/X64MZIWsHMOt8++UejHBxyW3K+iZ6balOfTrly+amR+an7p6PupcWMkjVgdi0rHEsP/XShOhNZt'
    'eqZw13PQ8W1qV0nSKHW+zvFwVmfPzinqeOXEi7WkDhnu7BTm9wp7yR0HxGldPkh2nzDoPgWXh7gxkhYLtS/s0xTfVHcbTOtx+/Ai'
    '0Kl5QEdk/HKdtZMOsgcrpx7VaP3RP9obhOdLHm2U0Y6S3h3aKYpjYXUSOSzHKx7PNS/046heAveOZDEF+T62T+jf0ZXFlNPB+Rx8'
    'nyVK42DK7j/3CnkMM4zNOVuUxmfcye460Tvu3aI0llkU2SiljSo5X3XEM7oLL7dBWkf6ye/14H1mRzLOQSGPZ2l69ycr/LjX/UL/'
    '7rYMZqmuS7a2o6L4jvkqybrx+IAniVJeKS9KY4HmhO8XWnY/jt+Rx/jr9E7dPiG/BzgccW6DYs7em/L8KcticXaRfpi0ReNrymCp'
    'Q5j740oCNnDM5wbAxjDD11dIYOP/sTwroX+6/AGnaQOsvuNEeCxKGb2rldD/X7OxU73IqpR3aKfz8FzEte6fpmt9ocFany3MYgdP'
    '5vr/POL6DwSs/30TZd+vMc4+tmfuE6X3sZOkD/kpghncOy4n9LtXwSPxe84XEDjbFbLfuHvT8RHhRXds2K9Fwr9fTveiOD4lUD4v'
    'i8lM4Wuu4/m75Pf9cS5MYCZvOHaat5/c05lKnuQCTToxIsET7pMnBzoR7lOJx14+hcDyXiGP98v9MOnwLx2iOL5DvQT+O1j9wxIY'
    'cWNA3AFzjecSjKu6jsQPddPzNeOeYt5CzHZCSy/KyGPb8niohZjN8E03Xi328ZKMv5cg7GxUxE8Nqu9sEscW17GZzc/aTHhcV4zB'
    'emGm2Dcyxu8NijUb1NeofOhGFjP3TMWa6LQXVYfuxDgvXR9BPjLT5SUF4Ugjl2joq4N0HCvjGTyJWGBJwZGIoRvfzOCK39EcIecP'
    '/DZK9rMcyPvQZuswvFtO8h8mewzaadazdlAe2sfeY5m5pI39otinINovok9BfDcL7vRQm7IVovSOncl8XRlB514acwmWzgmWoydl'
    'S4AxoNCuUtIfEWSjb9pWDRE0Ujst9G8Q5Y6Nrs9ok7VsIXaU7vw0tvvnAJS3u7je1O7/bmo3s2dU9bsqYr+pvfZaMXmxp2hMu3Lk'
    'p7Eik/J7Xgl/OjaLTQQu3qGwCbiK0CpqQ2QyJ+sN8s9j+inT8s3EPmkewLJsXKsIbTSxyzGlnadL7IMobX4dOSucxPp4KrNT150D'
    'XT9fYbBJ4QTtjZpFuJ8nU7ym9KeS2HDKfPTq3GdKiWCfv2lD2l5J8tG+xaXjqRh0/CbFPHaQMVsf+VPjI98EVh1Cs7ht5gcu99IT'
    '9vq2NPjtxau99OLh0j3i7FEv/dZlcrtNfg8C6ZJb5o/tvh1BufuSjWjLaHJXVRefFpB8Tcxmn9KAy2BP2c5snqLYYcro9FYCQ0hr'
    'u0VpbK/W3WoTFtmdqFUMxhqZvGgoRB5M5VrXE9nXEJNNYZ5riOynR0N+t1P48bBUur5Opk/fRPrRyWRmmGct9CNM7rdHIrtrZLK0'
    'PQbjmEdkvyOa5WTzv1OoY9TMA3mSDI/PCYHJelauIgAmtye03zkJ8Ak6PJqMh1xlyOOZ3mWkdxcbmY0gj+tY2Fza1PsHXd8mtq+o'
    '7A85TDkEL5KgrXUJnN3qDdbA1NYhKp+YFb7t50iIzYLqTpmJTWgObFeXRbCjG5LMhY4eK0ofL1b0kfajT3KmoXYbKO8Oo306+nV+'
    'FqFnZ9mdwX6JDp/bgESZlzhxwihPxdeR6/ZGFLpj5JuixA2tV9gwzU0At+cH2K9QmFH5+x/UgAE338kSPZ+ODj0sz1iMfnEaRPXz'
    'HC4Hib1SXLyQ2dJ1SOwr+Ho3JbDeTYrxDSjWuYvpLNcSPafK93oXs9NqI3q4KPr5PiJXny2K/a+vjFFfEnvQRUIdnwfXmdLanCj1'
    'xx+0h6H+dxkZ+16hf59aZpfKdZqqfYLb/KjqktH4X4D9jUqmbuNgTz8/tK8nckHc90z2K7vO03+dkQ9pToAvqmJ8EbdvWUVkCTpn'
    'cLTlaxV+XKZOhf1c1H1EFhNlRDIX1QZzMQ90P3RuaqB8E7GJqody1KcL94lTI4LvS4fZikSxFWsCfprbCUyWDx+UudB773XCzLfP'
    'SjaeemHuFzEsBnLUM3g2Jt+GPFWW8FGyu5E6vAD6k5obYG/J9/qws+o+UZ74P0nones05wd9sdLzkOw8MCrh02k+nXai8p2q+AuP'
    'Cs/nud1vpydfdR+xu6LyRl172iG79ketf/SVQh1f4WShjn1wggiPrzCX2KbJ8shiI1QLdUwHzgsmIX+uSYCGVwv1HUlq46hrI94h'
    '2euC5EHzwMaDn/9l9uY6Mqt+YX5u72byBFwft2+LJbokXZ6gx6AvHRI+muqgZDKgLk0+IkyGS2GqPgGYWq55XtCdo7B1pzwCvzPY'
    'qZCrvB1s8WkeGbxxmOb8COdTkhz3gKaMVndufipK74dyXXIScuNhch9klSi9vyqTr7nlsT7B4JvzgZ2szt0adQ1o5BmLyWsH2ZjF'
    '9RuUhL9CGd2Xxf8uxERIqfPgHltN8uxR1ONOZlaSx/32345vT9Av9H3WYN0vRCyP7f+L45/VwuKg68b6duv9p4B68zHqvdfxZTd7'
    'xOTFbb8zoN3hMrZ7I2k3qXp5fGIZzF7p+HHq+8TRGad+CRnDyFE6hl+D3EC3r7p6wT0KnuD7xD7JZG6C6nyU6ILyirl6QULfZPc1'
    '7xWe32B+j1pX59ulKSem4+KysD4JLxpWp+quZjfDu1Eim56MdgeJXd6iKRive5fhTE2dcd6AJ6Tjm+y1HExIXpkkv1SbAL+0SLFn'
    '9Gjy8zLdyIAIvvc8BvIomd54RLGmnZJzz2TRcBP6rkOzqG8COtejivq6FTRMd74Xkf1mj6EOIEp70/2cUZkA3jRK8EZXV/kWYvfM'
    '12MXy/t6BY6a7ndBfCbdq/HO63aQJ4b1Ucbzh+lVw84Dm6Zo32qdon16Ou0pSeOG6dn1d8Rm6bDkXGNa3/8h9XUkUN83yfj2CD0/'
    'L5Rv/seA8UWp7x643xNlPLTtF9he1KHgC4JsbJG2tSW0fuXo33VEX9vN6u5S6Lf3GNjO4bpcQGjJYYV8tRztnhxgo9cTwl/wM94s'
    'YvsZ1lcdOz/UbS6R6EVkfMZoDL4saL6i6KrKQWuPS4DWrjPUD3F7KBNfT9gOrWO3AW53kTKq9ab3ql4jPL8cFEa5LQXlQal+KRWz'
    'f9RGLc/kdxUAPzL9p8646F2GvQp6NSD0/CHr2JUH6Smp79s2yMfvr7cpaK5KhtjB5n4s4H6ATv9ltAzX4hzCp45p0g3dtoPulXB+'
    'cTLHzG2n6RpuIGtY7jsJ5eAd64WZv+ArCD/VxebthQh2bpskdgGm/pLdelYY6ov7DGFXJVc1OZOUw/5uKmBgf0JrtovYOA4Z7Bcj'
    'Ithn5VVHCSwsJzYZOrbXnG8clNiK9ij6R9dWZ57jwCq9e1NBYNet8/wA+hHFTvY0smd2MltXjIUQxEfHsaVtjGg7z3kY9HNfDnmz'
    'js1Vr+Kcgvh0OqERIyLYV/gIORclcZ9sNqlnyOB8NhBiN+aei7JOsT17yvC8YWNJsFgSB46YWcI1/QNGhpthAWFM4D+TIPzviwD/'
    'fQnB/+sSgv+LiZxipwi+T9wZwMPi/dK5kvnQtVFUyS7oOa3PYIy7I+wfKt5+OtnVBsEt3lfSjdXLbVZGRbEvFzr3owqbGBnudBnA'
    'ZKfmGZnyD9UMZvmd22ahvtdPfVxwO4e9hnvxbJHcPf6REHtPHb5TpuvIQbpS8i2s/jFhHg9qWBP3w/RPZ8C5frLbnSvM/JaHzb0O'
    'PLcwmsXvb48RHtPEVh554XqGw/udYnvZvazMEkIT9jLb2iT7OMp0mfkQed48Uew/hNrMjyls2+cBjtEylaLUr0oYncJxvyiKYwZi'
    'e/SO32TKexoSoEHT0cdH2vFk87pn8Cht/JzxCbpwm1fg8ZyYcmJuk9dEzqxhvh06hNpHRlqU+rTAec0Kf57Lse45gNE6zTVU+aVw'
    '4zbdwmjsiwZ2mVw+PmhQdkCzTNj4TNpU+ZfpMtAbDUdo1/r5OXZo7Nsmgca6sVevjklj49JUHRks92Eo04nL/GPSs+Fk4VEhbtbE'
    'ty0R5rVDyP0bzWZ05zlhdpeM9o2esWRzJqPxkzl3/yw8v6dHI0xWasJkVgGTunvwbcKPlai7/wXZEJvsQfsU++9ohDUzbV93fLq2'
    'hzNp36W+g46fhH0Y43O1hNid9Ql5DN4Ow7FWi/LcWW4r8xqPCT09E4cDd/w9BjxA1DYudfwz/o0xcHkwQfpbjn1fdrY6voxrnvQZ'
    '63kiixnQtINVnbF0y5jsLSOacmWdc9SIwrZueJLochycdcvenNA6Bd3JGRPBdztN79yYypI5XR8T0e39VfdUp+P6BvkzaZTwgzpz'
    'nrSMku+TOZGcj1sdOTWdN7S9+DPQWZnsJ2F5ZTJqWdsnkzsAky0zl/UnCIbmS/a7pOXh6SmSh7cmAIdZyb6fA3uldaLU729UfRNd'
    'k3rFmoTxHknKm4P4/ozBGTIPc4j22XWgPzX1OU/br5zkc4cbF+a1iv2R37nkeuQ+9rtHJOd7XJdeyWzydc5EkyVjlfnYl50zVTHe'
    'u0WpD//BgHsv1az+GigX9yzRL/RtSrkPihzRzQ4KtT9y1Zhq2ZjqSB3u2E6cBnDLbVGHFXZGOjDFYx7Ruagvk9xetRfcPcP3gu1g'
    'P6+yjw3qbyakvxVl6O9qsHVIej1U4yjnvuvO6RdC5L4yehhEP2VriDxNq8Y6Rz2zdQm1X0Qq3ytX/Tp7QEsMWUEY7buA0L49Qn7P'
    'rFuyf4XVu4rgpy688/umSZzpo+z1tQodBe5hWWJDr8tvum28X/g+lnTLhfX7TcLMR+mgwl74RrCziFNPWF+vldzb6Quw63XLvEqi'
    '+wsqE9aHM8EWOIxGhdGbcuCjqS4sr+AzpsoOoTkBfqbBwDZ7F4w/H8AHXSd8P5zdEnkdl7lNF/6G+g/lMkPdfk8FnxN0Rq9kNsU9'
    'Chv+YQUOBMl5+P3XiyV6uSTaGSHr0xJCl1T37IL4hwHJmSSJ+kdCzrSTTSuaJplWID/5jPDuP+veuchrrl256YeuTR3Hxw8K3xdm'
    'OcY7GecPN89ZotRPtant/WTQy6jrROl9UmOcqrPhmpCz4WgI35Xk+KPwaCrev4rYUav8ngb56+hW0PqbiR31gJD7zBlTlL0hwf7g'
    'HnEV4dPD+oNlLtK8l5LXHNfpBrgW1K/Fmjq3IQPc7QqQgaru6VVP4V7rJLDXor7jk8L3XYHxfZ9e6sdIx3G2kXG6v5eJUj+TfA6G'
    'RLCf/KC7gjQGM96Hk9GncpxZToG2N2S89FWZ4rVelykex7nw/U0L/HGcw/JsgjxvJHnOhvovgfRMSM+HdG3G70cObGQ3ifC226Hc'
    'WdCHKsh7HuS9fYGXvnlB6Tl1Msem0zd33B8D/Zhb7tWa5YL6ZzInx9pcu+esC6HejZniMV6cOXbnJci+YZbifHBBpnQuaL8oXaHn'
    'BpmdfNz9BXV/6IN2PZsL/L0uI9eNczqbTkjX5fb1y+1een+71/ZCwqt9Cr4dgvSzkP68Xe47+OV2P6ZWLdm/sPzLkP6wPZ5/mXoy'
    '5+shnT8u369TCc7VBy730hP2+naY+O3sUS/91mXeN7rPv3h1/PGa+BqZ4Q9O41IR/QlzNZK4ny0XDq7sLIZdscNL77hbDRfoz1Lm'
    '25LeR0U4vD/vpX+824O5pZJv1x3wcZ3bXAyJYr8Qswke/+1WLz2z00v/c6wU1zHPK1geVQxjXAzVGKP4fMHx/qTHS2v3+v6a8FvF'
    'X8I83VEac++Bu730wB169DiTII3ZDfP2rS7/fj7/5tzsfTuezDt+E5f6v6l/jMIe3lVcN103/Ibl39Slplno+3C2KPZfyWGx8grY'
    'Ry6Fe2ykvVpYm69d6aVV15Su0atgTOt7StcIv+3YpYYv7GcN6WflJKwh3wuqA/YQmcynQYLjlG68B/bRgfbiMTcr8OA5mKtTXlva'
    'nzveDmn75PMeP/i2l750b2k8zY/Dt68fgryf9X12oC3UyDe99JLveOnhg1568POl8H2ios3J4EGi+nFrBHkzxtaWtb2KyAQ4zdSJ'
    'Vcxp7nyCN27ZlCRvHdnT1kzz/p0+yf1LKq64jL/eYAijMlrCz+efhPTppcV4YBqX/UbAJZRb9gHdLayVkzpqnrT+k9Gt052CzZu9'
    '+frT+HhWznEeCVt8wJSZHY/w5CT8rql/T4pHJ+OeP67m88JgqIPg3CklZ57UMf0UJqqMMETpzCrGR1Qr5CAYu2Yu0XHQPI1ED7eb'
    '6Y6pLffuALvnipg0c5MhbKv4QyfGHr6J5VftV5RGtyj2uaaQfqZj7DeqPbIN0q0RaQXn+w4+6qVf+ap/LsBvdz0JfN/D/vkFeTiX'
    'Z3PT93/OSzd+v5Sf/dA3IM/Xk+PvNhI+TyQ45/Wk3ysBj2a1TuyhrcX16PAh1aC7rAIcqgLa2eiJGaT9zsSAlY4E5VOpmegL9zbv'
    'WCuiEmKNLCZ84Hsk/Joj/Hvkll9je60YT88Ufq2e6FmQlp3G8unWhX4WLyXvqKxb3Ofb4Kjo/TJyhnfzu+nnFHkXkXrmPFV8vp9H'
    'vv0M6P7BJ0vlSA7IEB57tHS/ePi7XvqdrxbvFyb7+0bD+WshMimUfVYA/RcHhfjYs8W4eyvZZyZNZ5CagTS5kWNiJDbZe1pLX5ns'
    'n7rr3xyT12q/z+ercmC/hPzU55/20jrAgW8f8vIMEPxsfQz0sk/K6+sieRce9OuR5b2W5L0Z6jvjO/K8ryZ5Wx730ocel+c9j+Td'
    '/4CXLoV+Z54sHtuZxK5/P8gPXwZ+8qkHQfYI7Tz8tB+nA+fsIZQ1Pl5c72LShwzQqXWPyPs7l9QnPiPPU0/qozRKNqY48V8bGc2o'
    'JWUnXgbyMKY8yBqJDKEFeFLK4+LcnApztRLOkVVMntUIR2I8u9A6Kkl+5K/5GVen3CrWZ1Pf8KFznCoMoTWJObZ8ucYeEDLfgU8q'
    'Wb48aV1UC9ig0PXvhvXP2PVPk7NVtHNZ2MEs4XObbD/Pg970roFS/vgtW4q/Uf74nLHib5Q//gPoJDMS/SB+e81b4stT4sDiDDNh'
    'STM7lEaRPEEKtXGJE1uVyidbiH7d0iANGpRSnSAS2ITsHmX3qCnao/C8cuK7wLYKbInm3uql774T/ISTvAffWZz3Z7eAfArydpO9'
    'COt160O/JVlWj1ve/XY1+cbb30LlRqy9i8m3xb1e+t9bvW/nSr7Vb/N9a+C3vwEbuHW9/v0b/PYC+7aC2g1dWjy+kyTfcHyLJO0t'
    '7i3d919g3+i+/509YKt3Rem+/2P49j9vs/t+4vv+gTLu+wfsvm/3/fLt+xUx9v2jRc4zVXH/jsY5ckRysu4k5dw7NOTcVxvIuV9l'
    'IOfebCDnXmsg515uIOc+wUAePVtDHl2rIQOPyiMkbcuiaw/RQsrliD3GHFIn6kqpHHsB/DtNvpezzSRikWZFPBsV3r8VkvG0sfyY'
    'j9vOyNqiOI02Rzo+NriPq6VwZ0LX/4Zp/NKwPC+KeLiAc2WiV2lW2GZmCAxy3m0Ru7uBeg0V/FQdRfCzQBN+4sR3Q3ijMUtM4Y36'
    'O+D+JkZnKBxVHkVw1GBAh9BHBvU1ReNvub9fiEBzRmYoHBxN+9EcoR8vL8y/P/cFvVfIYwuH+QY62tc/FWP9TXTaqRkuUSpMzEeP'
    'HPEbze2aWkIFRqq1SEouEGizoCXyTgn70OdRuqSbk5QLWRsTDXwUcWy/wxU0cWUlAu5RtD1cKvf/1RN+njj7juw+OMoUDkrscEeI'
    '7V2YvwALn7HhM4YNVCpR+IykJ5i5m3pa13bD7NlsZBeSpBzO7uWx185oLw/iyQU7C20D++e+e83OE++Duxau/B510VjnBV/30sYH'
    '4tVJ94Y+2K+e+IyeH0LLix698GvKi6rurDa2x7+zWrhzuqe43pvAHvIHzGeTji+mFULti4naenDfRNTWg/smorYeb4U6D4+V2np8'
    'AnzAXHlXKX6tvtZLG7bF571U69EE67E9Io+g62ulHPefq8Z9nUQS/Df3AUTXgvsOisp/z2PjobGOvw2+nv7Xlmh3Gqw/Ook/ugMx'
    'eLYD5jxZahrDOd4F/RP4PTyRvJt7TSlNc/O56UXDpTTNzU+/UZp2QbeX3rijFI8W5ou/Wd+LRy+sx6Hp1iZtZtoaVxCeB2OvqfbX'
    'jeTbfYxmvIJ8ewZ8EV4G/gZPI9++dgPwlZ1+fAFuQ3zoL/27oGgr4/J3bvrqdt9vYY7QYd5uge9rLx4bvQuKPB7mCfMnaOlcLDq3'
    'NAadCy2blB0u9cNpad6xYYcbh//jPrLaJPS1WhTHNaGxXzDOCvcdvFMU+w4eJHnQx9cAq2cnyZNnbWFcz+1C7acY67kK5idMT9/N'
    'yl3I7Dx0YoC55dYJ339ZBxv3atJfHiMHfZy1idI4ydT2RxbnVCdWKPpuD7Mr4fFqOoTaH+1ywofRe/u6sr3TDOGzThTbFWdFsO0z'
    'P8Ny+F4mpt72XYVzLcKPZz1b+L56uN01tXFxyjj/MhowpIDzSyU4J4M1Hgt9M8G53UIeq57X45ZbI/w450OiNJ65ro3OCLPL4nGr'
    '9hra8IwwG74B4fvGLdh+B9jwlAtWo9pXIWzq5s8Cfy3zDznA5rlPYRfXJeSx6XmMxk4hj5eL38c0YHFQsua0L90acPgvGc/njIx2'
    'Dyn6qBNbmca8143/zW3IdOwJo/ajk9i4ufPwVxkPl2kfuw1tJk3Xq4PABu3bZKwDH/81E+M/m/WL2/F2RcSBAQnfoGOfzvkHk/nl'
    'eEDtDxeQsZrMNZ0bHju2XwHnunb/ScEOH+tzaT/Op8znrSwOUxAc7VTMTz/r108h/a3QsycPGsP9AWMYKOMYdNblRU2YuzXt8S4U'
    'tvMG+MBjC5ry0zIYHmHpqIRmuH2/LO3xzVMFQz8WxX6YVXN8ctrTPdJ54vvNgKKupPbtEfLd7ZN7Sj9LqONwxom5qqJ3OxV9G2Dz'
    'Gsan6t4beSrlw/ZeoR8rtnca7HsfSHlnMYQ/nb7T+voV62+C2ypavkeyzm6f+1Le3TAZLeHxbDtFtNjDsrGq+nNxyrujqcM3m+63'
    '+RCcX0ba7i0zT85xuyblnXGm877znOPHIeVzr8Ob9Ai9uIB87XTg5guOF7ernHwYn48PO2pY7JasQ9LrcYvjxbqKM+ZdmrjR6Uwt'
    'bT3P8XTjKr4B+xHWXp9knYLaXUrazRue4WTnP84ryObObbfS8fRlUdpNas5/AnLOctDabwr/PiqWfcGQlmCZsFjsbnsPCn8+p0ou'
    '8G4yZtM+yPbUgZD2XB58fgQYMuWVXVvCEwz5niT4C7ftDcKPTZ8E3ccY4/MjwOSIIUzS2LdBchIqI8W449QvyVPEXmkO0Z8sk8hQ'
    'p1LWj35R6kT8uJYF/9Tgv+N9h8zK0Ts1cecj6r1ttMHNwPoKJvd2y84GHR/XddeQejKiOFaBqjz62qD+dNyylwnfRwfVJbn53yDk'
    '/nS2i6nzYYLzxu+jh+FmP5NDpB1PL6ZbTkUrfk30HUPs7DCo4PWfJziqw7N0KWQrw5I99TiD/arPIC+28RChWTtDxnkP0Zt0GvBm'
    'qN/+oPDj5kVdI3pGeEtC9WF8r2Hh84brSDz3sBjwqyHvZhaL/RUkBjyNdb+OvEedPvIRF4S0pxNLPqg81enL7LBXB9iXLRfqWCcn'
    'EluwEfDR9BL4YXr0q74PEZUt7KwAW9g6ia1tVmJry/WOSdG2JG1QtpJ/N93rx3OV5d0+DXSkW0l+6ttMtnfp1kvh82ZIn43If4T1'
    'KSkYqIzJJ8ny1UTkkz4DNpHPQfoipE+1R+PfkurX7y6NP8/VCfCjOuMJ8+cXJJfol+xHuF/yewdBcvIkcLt2Gs3X7gjzxc9RnA5i'
    'uamMbUnnIB1Aa+YR3t8htkxYPh1SvnmK9yqdMQbFlJ6qfUqmx+L6Sh05bZ6cx8vZtzEDuUiPRt/mJtA3KhOiZ7H5GnYbumeOUYXc'
    '5BRoU2bDwOUnPYo65sJZgPZV5zzUpahPZsOGduiXieL75ngfdlbIXHUp5FfcVpeOhesbTHR1MlvXNBtLGxmLrI+DhLbr4E/YfpeE'
    '/2AqW+yQrKPunsV9+lP9yagE3ty5XCKxZ1Dpv2X6iQFW726FvfcAkf0G2S2b+kdLSm7D5dO6c56U/DFq+zbeuiwGrPeUK956C+An'
    'XZvrhPVtR30VHbhexHkCb+Nwma/Lpz7N7joIi0MWhywOaeNQkyiOE/1rx9+zkCdsAvzJghzfZK9eYZAfZboLDc/rMnt73fJum8dH'
    'GNfJhuOi/E6FpT2W9ljaI92/K+3+bXHI4pDR/p2F/TuKbygu620ietkVTMaygcmLqkWwz/A4cpHppLPgdyzDdA1J2TTVJzB/UWwY'
    'o8ylzK4syN6knGslkw9lYsxl2JyZyulayHq7+VOMF1fBQ0OMMQxKbHRwzVwacJKkn1Ftiwdj3guhZxLT+14DCjv3YcU4eJ1x4Sxq'
    '3J2wcfYqxpNX6DvmSO4hRb0HRX28ye44NArfP8AezTWXyYBVeqG6Msypqa3V7ojyeH4fclhxl0lHL0Fl7ibn4yj+EtYT3U2Uu5xc'
    'd+Oel5cmfI8o6vrq+CSuLhMeD0lwKKzMYMBdnnLoUkdCdKmNBrhOYQ7hqjYEF9DO8jTh31tMUm/L74AE9cMEJ1W2e60SWiyj3Smm'
    'w9vJ+k3v9OWg3CLJGHT2TNqvQdJeWH9lelg6hgw5j+ju3Ry+8Z4Ij81leoerS6K7lMniOO40xcCdvaQtmS/hUxiMN5E9tJXVMahY'
    '/+4QWENYwjK6tui72TxhDFHalz2asBBERzIMznuF+n6vykdWkK56IGCekrw7UrA7bjU7a8+S8Aloa2zi88kh80LjtKj8DMr8na94'
    'ujhmbCuxfV73dd+m100/ecjnAzF2wBy45/KbL5rN2QIo99uDchhK8k7GgydFs3OeDX81ojQuMsZXU8VFThK+Kq/w0k9d6sMLtV17'
    '8TaAgSvU9hQ1Qn2vSQYXt7wWfKheWRpLuLbH/1bwQX1NPB/0SccvNcUljj/zgG5xHK0HWlpD8OtoeRwqVqSBMTLlbtPkaYz8UdVy'
    'UwR7VIoPx0PDT33eSy/BmN1PmMHXDz7rpb0Q+/t5uOc38gUPd/4c4Mt9dwfQxg1PBpfZSMp8FmKAffSh4jLvv9+/h+iWaYf9h8Zv'
    '+RDQ+Wu/D32FGOEfPVgc2/wpaP+S+7y6FpL5+QrEIH/0UDT8a/lscL/D9oc49FXAfL/7SX8vNCm/7Xv+vCUlc6R7pLu3FubiQb24'
    'jnyvdMvOgvUR903dvQoVnc8AP0H768Y1oLLSOlF8Pwb9i7oOLcc/AjFY2ov5rHlkPuh+6bT7/rij1t/MeO7qcfX4ZhF72g7JOY6f'
    'Q3XtqHuFnu9b1TlXl5ceVtgvdyvucMjujcfxv8Tv+PeF2FH3SfrVSOShce2Co+pFZLLZPYq53quAF5mfhZzw/fPo2lXryJxGFPa/'
    'fULtR03WtzA5G+q4ZGszxGyHo+KHyflsgUKO+/83d7yvURzRSZvfV/RIEdtUSoWmKLQlBcHETwGv0E+1opDQikpNSD9ETTXBWhKx'
    'oKA0VCv9CwqCgUtNjKV3ETGphFMQIS0GAhZK/VIDpX5oQcFi5929x759O7M7s8mVfhgm2dvdefN+z7y3b+gbzXG2Xq/DMX56Peon'
    'b1LhepKbLfjw8U3ovloV/62gbf8c5tHpuLfluo8p60sdV9U761rWtjN9B66XLqp7FXSPS+1Ol+/GXffJq423T5R7jfHeBFkm/iIe'
    'q8ExCRYoMlt+bc1JY0ZDA8KeVUF9vCHRDyrzt8RHBQ6oXjb1pA/p/I1jlv5tFZxr1IzXuoRMUZ7FWhXU+ubfi5Fsk406yPbj11r0'
    'xnMWv60Faei6R+daMzZNzCpr+aYjqYaO/OZnNeJGcd8vbbLsb70hbIG09f0GX6La8bS3cAxu32VMd0i510QfVOHa7uuYn2mz3dJn'
    'OmKgr8t6K8t4JC4fx6e2p6sPOyDyWfotvpLvN1wgfx+kpK8Jx7baWEcScqpIBl+05DUctNDWprM7VFCTw1YD8pCFDi51EOV4MFar'
    'iq+blcbf9PUr4Z4d/yN6vrJCf6NfmWurDQs90GGIs5vmN2zxY0z3HlD+Nc37mN1sUe5xVMmbnznSG/62nTVxLIF342ot0vW4uIoS'
    '8ayPBQ8dFjFivk5YxP2IP7CfbI+fb6MK6muBnaLfxpluHlcrOz/EdoZQl0o+Q2irqs45ORvVyupiUe0nfg5If4KMH1dutKgTtLjb'
    'FtDibpufX/837rtmsS/g3u7+QjBuK9rlZtGgngrUUoE6KlBD5bBuGW3UZt7X8qX//vKsUg/O+u3Ix9VoKfu+2MM40MNY0B/C6zAm'
    '9DAuwf8Swt8kWlE/c0O3p7pd0K1Xt526ndCtW7d97e5wF3H8G9g/xf4C9r3Y78T+BPbd2MNYBG8zo3OGxQAzeq6j58LjZnD+cJ3r'
    'jHqLziA98O1HlX4rnvv85+fRGLzN97PxZwviuV60bRrG5S80Lj5Uapc2kkf3KvVoVzw+t+G8ljHeCM+Wz6fegTK7t9LDe5L4FHhk'
    '/UBF94HeA533EPl2AvvJdj8+Jb6D99r0KvQPBR9PiP8nGd03IPwZ0dbt0/gfrvBSEWXtpm6XkU99+ZXPA95d9q2Hw/xaFHJ3E/vL'
    'gm9d+LiW8SO0+3rMvw6E4biPcMB1aeP4uMsGeOTZvr/gb3MJto3DV8vg2/ipplNfGD64VqZfnznP5revcG/+XBSeBtRJ/5yJh2cN'
    '0r9WtPe0wdqujUeXltWmfjMd4R7ot2O8vAvlGu43zZfywKENTCg1Px1+3wDWWIPrPvYE4nom/HTMhWNsfK+i/Tt3OnG44TmIoXO4'
    'ZW5KmvgXpwfFkloZPaBuKtRMbdQ2sn3BTA9eW7UcYyogfAtuvh3h7Vd8fuJOlK84jVzwlxH4U9OVeGIo6D0dxBl98FeL+Nu9uDpn'
    'jdNeW+sz/9gfvbeB3VfP9q2zuD+iHPkM4pkQy1QxMU65b5grpT+7mOh7GmPEbYXo2eYUP35nLsoXlzCefSkfzxd0jiLlHlOdrcHp'
    'Skxd8nYWf+O1KomfXfnk+4WAT6C/g3Kh8n7vOXkd/ax8Mv22XFPq9yvheWzBGptwPQ2f50tRPNYJPM5qXbKk8bW/GMXjLMbZlxCf'
    'cE+aHCJ1Ozr/BjH/x3qsjmvh8R/j+HDdZ9wHV8PjjxRXxuOU//F1KcrHp28FPBLHx03CXpZt/2xgj6QvQb8VfwyPMz4TPU+b8lRG'
    'fzDfa4pR1KjgW0SCqVPLac9cJc9mT8FsMzrRRvbMhXNy4H4fGp1C2ejBPKIz98y5NZDjI3m4QfAwrAdhLcjtLMHL14ppbG7h50q/'
    'cDt93fIk3of8miXh25wvBbLnM+43mG80ivPec8/v+cl8VGfRmv55saa/WArgveiZI0T5Y9kqj8PlM0kHg38FvhWnw4YU+bwmHcJ9'
    'D2knd8+gnjLoF5LtJP/zBRZz5LJBcxox6HeZTzWSUr9THt71ol12Oc7XsHVMDnLtpsJw5TD/Dq5zP7Q5wQ+l/D2VT++H2vAIvu2Y'
    '1nm5qSgeJxDeMdSJuSk/PBL+Oxb9nnsXxz3F8vSSdA3kt58vheHnOe8+448hTl8rhemxXqXjp3GUg5pbUdsCNHuT5Wr6+mK5+YA3'
    '4V0vMzjTvmvpSpTf06xxhrSMPxG+3xDK/RNP389k79LY50fzYXuw+apdtm37743PzPmLXGZlHXous7J+fdzZ06/iOhXyDnkOYtpc'
    'TJstss2Jrwup/j3Urv8v4P0XzZDAvA=='
)
