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
 ('[.:!?;]$', 0, 32, 48025, 30, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 48055, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 48379, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 48585, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 48613, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 48633, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 48665, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 48827, 16, 0, {}, (None,)),
 ('[\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]{2}', 0, 32, 48843, 112, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 48955, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 49161, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 49447, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 49643, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 49697, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 49721, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 49745, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 49788, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 50050, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 50344, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 50362, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 50379, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 50408, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 50532, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 50662, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 50869, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 51139, 230, 0, {}, (None,)),
 ('[、・]', 0, 32, 51369, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 51387, 104, 0, {}, (None,)),
 ('[가-힣]+(?:의|는|을|를|한)$', 0, 32, 51491, 128, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 51619, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 52038, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 52054, 44, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 52098, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 52187, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 52306, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 52381, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 52462, 16, 0, {}, (None,)),
 ('\\[([^\\]\\n]*)\\]\\((?:https?://|//|/|#|\\.\\.?/|mailto:)[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*(?:\\s+\\"[^\\"]*\\")?\\)', 0, 32, 52478, 186, 1, {}, (None, None)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 52664, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 52700, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 52813, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 52857, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<\\"/^:])', 0, 32, 52881, 28, 1, {}, (None, None)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])', 0, 32, 52909, 28, 1, {}, (None, None)),
 ('\\\\[\\\\*_\\[\\]]', 0, 32, 52937, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 52961, 44, 0, {}, (None,)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 53005, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 53488, 277, 1, {}, (None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 53765, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 53866, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 53891, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 54740, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 54848, 33, 0, {}, (None,)),
 ('\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b', 2, 34, 54881, 193, 5, {}, (None, None, None, None, None, None)),
 ('\\d', 0, 32, 55074, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 55088, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 55116, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 55263, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 55478, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 55610, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 55729, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 55790, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 55902, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 56029, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 56150, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 56424, 134, 0, {}, (None,)),
 ('\\s*,\\s*(?P<name>[가-힣A-Za-z0-9&]{2,20})(?=\\s*(?:[.(<]|무단|all rights|저작권|$))', 2, 34, 56558, 231, 1, {'name': 1}, (None, 'name')),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 56789, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 56926, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 56983, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 57102, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 57130, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 57146, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|ostatnia\\ aktualizacja|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|oluşturulma\\ tarihi|pembaruan\\ terakhir|última\\ atualização|güncelleme\\ tarihi|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|yayınlanma\\ tarihi|aktualisiert\\ am|data\\ publikacji|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|son\\ güncellenme|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|son\\ güncelleme|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|zaktualizowano|ปรับปรุงล่าสุด|giriş\\ tarihi|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|yayın\\ tarihi|วันที่เผยแพร่|aktualisiert|aktualizacja|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|opublikowano|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|güncellendi|güncellenme|modifié\\ le|oluşturulma|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|güncelleme|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publiziert|publié\\ le|yayınlandı|yayınlanma|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|dodano|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 57410, 4788, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 62198, 55, 0, {}, (None,)),
 ('\\s+(?:on|le|am|el|em|at|à|il|vom|den)$', 0, 32, 62253, 92, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 62345, 289, 0, {}, (None,)),
 ('\\s+(?:października|październik|septiembre|diciembre|fevereiro|listopada|noviembre|september|septembre|setiembre|settembre|czerwiec|december|decembre|desember|dezember|dezembro|dicembre|décembre|febbraio|februari|february|grudzień|kwiecień|kwietnia|listopad|november|novembre|novembro|setembro|sierpień|sierpnia|stycznia|wrzesień|września|сентябрь|сентября|agustus|ağustos|czerwca|febrero|februar|fevrier|février|gennaio|grudnia|haziran|janeiro|januari|january|janvier|juillet|october|octobre|octubre|oktober|ottobre|outubro|styczeń|августа|декабрь|декабря|октябрь|октября|февраль|февраля|กรกฎาคม|พฤษภาคม|agosto|aprile|aralık|august|giugno|januar|jänner|lipiec|luglio|lutego|maggio|marzec|temmuz|август|апрель|апреля|ноябрь|ноября|январь|января|มกราคม|เมษายน|abril|april|avril|enero|eylül|julho|julio|junho|junio|kasım|lipca|maerz|marca|march|maret|marzo|março|mayıs|nisan|şubat|марта|aout|août|ekim|févr|janv|juil|juin|juli|july|june|juni|luty|maio|maja|mars|mart|mayo|märz|ocak|sept|июль|июля|июнь|июня|март|сент|abr|ago|agt|agu|apr|aug|avr|ağu|cze|dec|dez|dic|déc|eki|ene|eyl|feb|fev|gen|giu|gru|haz|jan|jul|jun|kas|kwi|lip|lis|lug|lut|mag|mai|maj|mar|may|mei|mär|nis|nov|oca|oct|okt|ott|out|paź|sep|set|sie|sty|tem|wrz|şub|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв)\\.?\\s+\\d', 2, 34, 62634, 3482, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 66116, 220, 0, {}, (None,)),
 ('\\s+[>›»/]\\s+', 0, 32, 66336, 119, 0, {}, (None,)),
 ('\\s+[^\\s:：]{1,12}[:：]', 0, 32, 66455, 38, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 66493, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 66526, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 66567, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 66588, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 66646, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 66672, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 66688, 16, 0, {}, (None,)),
 ('^(.{4,60}?)\\s=\\s', 0, 32, 66704, 30, 1, {}, (None, None)),
 ('^(?:[(\\[]?[^=()\\[\\]]{1,12}=[^()\\[\\]]{1,12}[)\\]]\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 66734, 124, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 66858, 179, 0, {}, (None,)),
 ('^(?:[가-힣][가-힣0-9_]{1,11}|[a-z][a-z0-9_.]{2,19})$', 0, 32, 67037, 153, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 67190, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 67385, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 67765, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 67820, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 67934, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 68231, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 68409, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 68466, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 68523, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 68580, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 68637, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 68698, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 68755, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 68795, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 68978, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*:', 2, 34, 69138, 206, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 69344, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 69426, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 69566, 30, 0, {}, (None,)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 69596, 97, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 69693, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 69794, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 69820, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 69844, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 70354, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 70378, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 70402, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 70423, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 70831, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 70972, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 71094, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 71115, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 71306, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 71359, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 71378, 171, 0, {}, (None,)),
 ('^\\W{0,3}(?:©|ⓒ|\\(c\\)\\s|copyright\\b)', 2, 34, 71549, 72, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 71621, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 71659, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 71738, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 71894, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 72050, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 72895, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 73739, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 73885, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 74076, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 74122, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 74368, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 74446, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 74658, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 74890, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 75001, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 75248, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 75372, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(credit|courtesy)\\s*:', 2, 34, 75994, 78, 1, {}, (None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 76072, 369, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 76441, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(ilgili haber|bunlar da ilginizi çekebilir|ayrıca bakınız)\\s*:?\\s*\\S', 2, 34, 76590, 233, 1, {}, (None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 76823, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 77411, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 77617, 199, 1, {}, (None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 77816, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 78163, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 78471, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 78600, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 78847, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 79215, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 79330, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 79619, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 79964, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 80475, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 80933, 162, 2, {}, (None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 81095, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 81482, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 82046, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 82313, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 82788, 71, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 82859, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 83205, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 83280, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 83426, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 83561, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 83674, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 83748, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 83825, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 83952, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 84322, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 84364, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 84457, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 84503, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 85373, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 85798, 510, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 86308, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 86381, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 86591, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 86674, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 86818, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 86964, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 87094, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 87222, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 87338, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 87841, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 88013, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 88268, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 88454, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 88641, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 89094, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 89315, 171, 1, {}, (None, None)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 89486, 1360, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 90846, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 90914, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 90992, 311, 1, {}, (None, None)),
 ('^\\s*\\[?광고\\]?\\s*$', 2, 34, 91303, 48, 0, {}, (None,)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 91351, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 91432, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 91522, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 91598, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 91673, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 91730, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 91777, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 91816, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 91855, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 92029, 97, 1, {}, (None, None)),
 ('^\\s*by\\s+', 2, 34, 92126, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 92158, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 93123, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 93203, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 93286, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 93335, 105, 1, {}, (None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 93440, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 93525, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 93682, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 93730, 207, 3, {}, (None, None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 93937, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 94061, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 94165, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 94213, 77, 2, {}, (None, None, None)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 94290, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 94557, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 94595, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 94624, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 94668, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 94724, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 94783, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 94821, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 94924, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 95013, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 95165, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 95246, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 95417, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 95470, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 95586, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 95710, 60, 1, {}, (None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 95770, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 95869, 30, 0, {}, (None,)),
 ('コメントは個人の見解', 2, 34, 95899, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 95947, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 95991, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 96037, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 96069, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 96117, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 96169, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 96209, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 96245, 24, 0, {}, (None,)),
 ('구독\\s*하(세요|기)', 2, 34, 96269, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 96315, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 96345, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 96395, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 96469, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 96529, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 96581, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 96611, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 96645, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 96707, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 96742, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 96788, 48, 0, {}, (None,)),
 ('자동\\s*요약한\\s*결과', 2, 34, 96836, 46, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 96882, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 96908, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 96934, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 96987, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 97027, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 97069, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 97119, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 97220, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 97274, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 97327, 44, 1, {}, (None, None)),
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
    'vhfix0383cjaff5BL32fYQxdy09LaEk8MAzlp2V79lTJXWeOPMLy53ZNyr8mLSC/pPTTZI2OIV6sPPTzo3r7dBLyimK9dSp9LD84'
    't/x+2bjxEx0wSnHNrslUr0movWBA/6T2giH5g+wF65luDG39cszmb4dEP6vUu6cLv/9BdlSoYnZh9RHKBY3nf7Hx/CWUq9GytXUl'
    'HBWV+Ds7o3aZqsI0/8Wz4gfCC5GxzpvYAyZn/tO/YgTpudAcafFoxaNv8/59PXnfquQk1GfQyvEXg0UOm0N4mVmFuWlTHXH5Pshj'
    'KeE7V4f76MTflpQP5xWS9xyO0Rc78kvUN3sRDY9Abybddg7bNmC9NYcTeptwPNKjW750/ZX8T4R1mipf9QbF0iLhZzzRJ4T/sWsy'
    '5WuCeHOnBG+AF5jYi1OwYJlQY8GKyoC5yk6bNQrfZ1OpSVkp0zpMWy79alJO/j0nOde808KMhRkDmEG60yHsPZOpuPNQBfOP+Hud'
    'nfspmXsuv+N+61vgPT1Ho4+/U+Ecs1L4sQobmM3oZqLvo3VUkvz8Dtg8YjuKPohXRainOUQ+0MTq4vapOv6gsP46RkfmhMhOcB7D'
    '8vH+Z9m6ZNi66NRH51PHHtq0r51QTwrqnWNxOzGb0DCbGX6XZQesm53/yZ9/qkNxhDoGVlb4sVkrCd5wP7B1LB+ljye3Ro8NG2SP'
    'gfGZtyegGxpW0AVrSzf9bek4XRkkdMWu39G1frr0Zq4mvQmiSyeVmS5Vj8enS9US3g39KN9KYL5S8U0mu8d4MDXkN5X9o49Szkdm'
    'yHpTvVya6eW4n9PDwvP9TucK86EPVNQ5/DBAd5YG+Lje2rbJz2UHjqAp6IWMdGbuXGfCtGR4P1QGv7J4m7Na/W8ym0gd+3Z3jYNi'
    'k+Vg/8azH7ok6SL4mANd1XxRfCcR70riHUr0860T6w3vRVJ/3W47biieVwM+1bNzis7Z9Gg/15rSOl046E3AJmuGPQp9itlWH4j0'
    'GlXlgN6/WpjFDUG/yNw3+XLyDX2OY8w8GrsJfbVjjNAF5FteFPuFnyP5hnU2SNobYTbbjbCPyXgFHRkF919F/e/HrYfjzlslcuMq'
    'L0NKrazOTJMrCpXlqDSrn9U45nlzVWE3ObFUh6AhDNVjvauKM1aZ8+hUH3W7hQkLExJ9E91zM0G8tpYxgrDPkadGI0+xr8YcANsb'
    'RPG9IfyG+BvGV5uek2Y6x3SEeY/8hFvn6MpWdfdzLgMoxBiFWLl/bC89e/FvQXqmDsZ3GOG5BO1n0JOKCwk6d04chYwG16eGrY8q'
    'duCMuWuaYiyIGerFeBojfWwMB/vGIK5Gdj8F5WvWVw2h2ZvLSbHDF8/6D5p+a2LiH+w0g/xZoLFURl4lgmO3VkA5jI2NsXHd+Lyo'
    'Y0Bejsd/d7/tFaWx4XeyPAMkT57JLTGOXB5oCfWzFuajDWNfzhWlftloPSPsPZeRYuy5W0m95wo/xuAAK783pHyhj1CPu36LItYT'
    'NPaw/jcJP77mPiYzHmDyX76muJW5stWFEXTURTHMIebybw8WxxWjsSs7WbtRZLFBd0XE/56o40c+PayQvJfFam+FMVSN+/J5zrPy'
    'b00ExxtgTItEsb0Pwusy+LdbB9W5NUl0c9Xjvk5AiNIYdVWiOM5fG6E5bWJm+NaUxe5bz75hfL7ZMFcO0aXEgalyz/FM9XEZtmYm'
    'dZRzbSsN1hZpG8aa/4okZuJdEDPx6w/H9xG6MeJctSU8VxkislPFYV8eYXwHYa4avwt+Yz5vVj73Rf38fN8xaYfGyIw7h1SWodKh'
    '5CRnbVWs6K0EXreyfSgoXup2SOnd3yYy5u0EB7LCj/fK4xljOqTA+ZsY/iNvi6k71jUEf/i3U4k+C9+dTN6dCO8WE/3uKhEeQx7r'
    'miX8ePD9TKd2A9P3jTA93nqJfk0W44Xv/RxW5hHJO+qy22LUR/E9Svlm6FOLhAd0NPBliZDHLF7C8jSTvnI4zxjAOW9newg8y8pw'
    'Whm2T6j6E7RPnBawT7QRm4mX7vXS938O9oHvl8ZKp3XL+G0az/pD34D6vl4az3o/9OMX0NbHH/fSh5+e+v1rO1u/uDZp1DZvqyjm'
    '37OEfmxlMKLqD6cfbSF4UiPB0bB49JVkH+AwR9vKKOTztL+y+NYpUv82Uv82URyPm/rFaPhPcZULphNlbpbJO5oUe1fU9moGC5Kb'
    'h5Nur8Tfh7dJP6yrd0R4ojhP6Qzi7EICSyb4E2WNg2yTkHfA2PSUZlUzHmmQyCrcOp8gZ8EBchYJkkfQ+vDcciPU9wCcj8PkKSeT'
    'M43J3K1FuRZJ3XbfS9ZnJzkDhY0Dz0NvEl7MepyHsHPWbpbmNWRbuyTrgfN3s/Dtl+axugc1xqEjW/tz4dsdclnRADl/NoKsRGfu'
    'eNkcrMnxhCfXkSNwW8iwMmhrNQdoNe3PCBtjPkSe2K84EyM+tRBd1iJCe9z3zxH4dPv8Aygzq/Aylc5UVB55spWVVfjv6sqa2sq6'
    '+gZ8co0NU/Q0uf9rLkfNhYl5qcBbvVR8B/lAIQ7zPd7zmtd8qpB+b9nqpZcuX3n5L7dc8ZqH7rlnGXz+w3vffI/Ojesv3PrlNkdk'
    'fjXxz1vdqgeP8ymK19afvHbuuer795DHXbkDiXpu2PwjnXvej6q+tuCve0qen3+Z/hoX449O/Ln/f824O05R+O/wxH+/Kvx/4vny'
    'i3+EmsfHf1/SnoHpUchzveRdof1WjcJa1uHym+5TFZezcG9DshdXQn2yvfgkiYyP0qsRIt+X0WBT+WGYTuFfQf6ms+eH7QWDhIaH'
    '9blDocfpJuOmstZhzTGFjfev4Xyq0m3RtvdojoOW0VlXtx/7Ac6S1HFR2Uc32RM7FOPTlWNfDnAbtv69iv6bjoP3gfIFu6FPKwCv'
    'VPpHvAtAv+9k/N7xwO9F1cnp9NOUnwiSLdLyMlu6mX6vSMd/GvdB4HICertXuH9KlbyXrqnsroyOP4BKYl9F20iTc+jvGPzoyCJM'
    '9Lsm/H6XQv/cLUrvIwbVifYInyJ0qV+T91fRyijt30HORbrtR2nnRnK243SX6umi1P06QvN7Y9Z1EcCt7Jy6L2Kda8jY9zJ4yhO6'
    'GaXu48nZvV8Bm/RMGKUN07s2Mp5skOCwW+drUt5clwOfUY9S9Q1fXoXvbv+S924+kW/9AOTDmYO+/LOCyJLxfhK+e/mpUh3pgoNe'
    '+r1D0e4yF9qHehsmCl9W5rl5ep8Pm/iu8grv3UoyLvedm37kfb6eCr/ltnnp7/L+POO383Z66Xvv9nX52M6y15bO80/ypfPce1Xp'
    'PK++q7jeFJF/vhr6/4+Od+8ZeVmKE8MGcGw6/zr37VoM9prdjD4OMLqUZ/Kgs4kOLO5eQus9CerV5Ql1+5sjtiUjAWc5WgbX2/33'
    'BY53hgsbZx/j//ex3x1TCBNB+eid4gIPNfGP0xUyzC7GB0z3sXwfzmx0LM8dJX3/O5Bnl4M+oD5iQ8ZL10G6EdLzMx68VyGdzcC+'
    'tsBL37zAx48FxA71IijfninGl3Oh/JtIOfRXRvOdAfluW+Djldsn3b2uIcJ80HG3Q3qmYhy8fzmQ7ywifAe1H80b0DMuQ5fxhZS3'
    'WQRzT9vdRWijTruUPg1I9Fe0PV3dGJ33VIDe7RSuQ9wMVSpuWWC9qZB6TfiUaraXUL4+BzbJWfKNzsdyiR13P8uzmOQZUuRBXpnK'
    'VlaRvPib2h9QeZMqr2q9quGPwk25fGSozt3NYLdD+0DPLAiX85hNV5NQy2XpfttE7HGaYC6yZO7yrOww2/9bAmzkuzT1kZQvlNmE'
    'ptk4a9k4MxIZaBPgm8zOqAn6Eob3fN76JPxLE8wXzl+VAk76mdw9jB+MKlsOm+dBtn6L4ZxAYTmv0D3L5qhDod/WaZuucbUEB7LM'
    '3p7HH5HRNF7OpWth5aLqZ1QyMl17CpOYhXHuWUW8lZWe1jLWw0lpCxvlAtaQx8TmTGeP57BUw2Apo2Gbs0ro37PW7Ve56g2ynS3X'
    'HbYWkHs6hJ8ujg+dOmoeg7BZGRM/944YT8v0F/5j7PdDojXXf2R+4OPax9db3NLClcn2t2biX21VgvAgGDzoym2pr7ZOYX0wKvfq'
    '9xT+3+pvtmakI+xetI6vvCgy+RVEfoDvzoZ3x5F3JwvfHr6e8LH0nscApN3sTEvb2y+i6SrKMebLJWO+RDLmiyT9Py/CPKyVlBkN'
    'KdMGdIKWyZN7NDTvQnbGaJTIiWZL8uRZnlpJHlcmKJP/TOX6XS9Zv62S9buavPucZO3ftbp07V1fOnztT1OsvcyuN2ztVTqLoLXn'
    'tk5Ba9+msfZtGmvfVoa1zxqufSPIVem9u8Wi2N/sStCvVpD60qT8SpZugrFcITy9J8qSgmQBVGY0wmRifUy2gz4e+Z3vMPnBkAi+'
    '603lqvzu1SYy3k0h87GBwPTJEfTGm8q4JyGN/R/ybnar9+4l8m4WvHuR8G2tbJ1boa6fS/IsaS3O8xzgKJUtB/XZLfM9V69N6JLJ'
    'eJsN9AHcfnIntP9pYocyrLDRG2TfZToGt64PEXvNLkVZXdtQWftBulkK82NEJ0VtVXXvNQyyce2U2B6G3a/QlfNhG68mNpKjbPzd'
    'Gna4qDvicspRcq8D6UwcG8peRdsLwa5Hd03zEeyP+xjN0NEnZQzpiOxcuEJE97+yGtKzRKldyBp2JyoVIH+VvXNl9hsjykpV/tZ1'
    '6+C+aSZrzM0inn8alRxaZ88yoc/0XvSNMM7ZVp4mladtPgrkaU1EV3GVIb+TZfrWIzrqc4OdB7pl1hHcOeMRL/3Zg74+ebGG/i2O'
    'zjXsjkYj4YsE3H1/N9xlf+e9xed3ld/+IN/9I4Z0zcqVSmJ7MCVOsnIl3bWhtnMm/LFqXzel30E+w6gc19RXWJCPsKR91CQN/zP8'
    'Scnh3+DRKDtZ8qtGZg8Vtz3HsHyFYXkbbymAJrcemdYI8ZZatGT9lOdeL9R+knTWsomcN26B8ihP64A13i5sTM6pWOfjYF1w3bhu'
    'lOscV5JvIiAv9wfaFLJXRaEPG0LkG/y+bpgMR3Zflss/dOUgVIaF/RoztN+i8tydzR7+yeRXwwZyo59J5Gh03HFs5mT1HWa/dwn1'
    'PbjCXd9mT1fB7/DS+ewNWF9ZH6LKsmRrqCNvepHZ4P2+yYdVHd8uIwp41lnfDsk9D3qvht9X6TCYizHF/YtdotgX9CNN/p2NINnj'
    'ZK9dFPvJt02M5RyJzFXnLKx7F0l29pbd2Zlsmewrm3xcHGV905lLejdTBpM9BnM1KKF13NZdJdOn/g1mN/l0dEwxNu7PYUxxRyEp'
    '3Ipja5yX6FYKvj4a/XH+IcbaqehJV5noiSlt/ehEhlfCu3PY/ZhNcD/mjQtK55LfAXLLnw33bNZm9O4BYV5MZT5ceB/cvKvJ/Sbd'
    '/q6BbwcU/aV9WkfeF3zsN3qyPopHfWzddjjBfqQ5jqjgY0RylyFsTXtFuC+zkxs9+blMB9TP6GGHou/URkLWZ45LHL97NcaCfMwf'
    'cv6clwP/ksS7n0L6Y0Yrv5rz7ysirX6Z0dcuNnd9Clrar9jfywUvH8x5OqK4PC3ta14BP31CXzY+oJgHbr+xK+fd6eL3dih8/k6i'
    'kw/aA014pt6QPQ996G2e+N8ZzBaF3oGi7bntYLucB+pT2DFNNp2pI3AzXff3oPX4QYNnO2xyLo7DY+8OOBOEzfUDDcVnPR3aanqP'
    'dLJ55v0Nvk5Nh5+U0YLnQ+xVhhX2e+iPc2uD1/8kaZ/JOT6Irp3R4Nl76fqX47Q27j40INmPCve/GzzZVhjf1655Fx3z0r6fQ+6z'
    'Uz7wbMa3rWf3vy9k39cBX/dcvRBLJ4Ev71bQjTyzq/nSJPdHda7E/nxgivvD52cU+jNVsM9h/vKJ/lwsws8gOrC+2eDs1E7gXLd+'
    'hP3NMc9M7Zpnr4IOpN6no+WQWcj2Yx2/Lm7f/k/d5PRtMELfHqkr9bs5mfQIeaEPTFI/BkP6sbfO94+NuHrvIrmfTh7bDfONKPbV'
    'P5B63ba21RXLXnXtvePyfnF43N0S3t8dyzIC4yb+RLsMzut5IY/tNxDCZ6fqfHlEn9D3oz8i0bdQfNRZs50G40K+9Jla/zw5Xc/D'
    'bj8P1vrzWq656UqQ1h2o9WG0HDrDOHvEayepb1HmbU2tz5tNtXyjwP+T/oyVUXdG/RnJ5B0oe/t5jWeL79ZzfAPEyIJ0NaTzG+Tf'
    '10GahfQkSC+GdA2ky1n+2Q1e21+rKZb7mZ7LZXl2OJMjv/lQTekeGYUuR71Dsb+mPLpLXZ5nW5nbDzvjbJii9nH8C2p8/z+TKfuh'
    'feI65N9X+3tvVBnpZODON6q9Oxnu+1MYrTkO0nmQrmU0ZTOkCyBdAum5kC5iNOpioDX3k7mZzvrUt1RPrU3Fzmofrk34ej4eriPr'
    'DdCZhcHLudWe37Qo9+SSlnsvqvbjdEeJPaCSnYS16xqrLZ5CWavbhx9VldKeJM51urzKl6s8fiFM720i/5wsGc9dVd7ZvGDbyGje'
    '8Yy2zYZ0TkS+ajSgrUWKtuZFbOt1pK0otJmWWwzpmez7SmjrnCof9yZLDl3wqzfJ7SK8p6t8umdyL1hGi3XLqmQkh7P+HCSlG+nW'
    'oP2PZ30f/OXSyXwyW0xbyyELeCFEX/U2Ms5y2M64bQxmPd+5/M66qZ2oLo98ZdaH36m2r2zP+nEiopy5VLYxBdv2BOsu8auZ9X5P'
    'xz2vYP9X6cEtpfMOpK+E9AJIUxH3mMcqfbgtt37Ebe8Tk9Qe0vm3S9or577ST9rrFMG+gel30/0H8ePySp++JnmmMDlDtJM+TIWM'
    'v3CvtNKnE0nrWF+qKP8e1hUCV89OQR84Lv1/FX6MoQE214cV9u5NsK+mHbmdy99U+HGcouyburT+rRWl+3O5ZPxue7snqT1cmy0E'
    'PuLwA2MiunxllWQto/QhjJ+bTcZaDnvF7pA6Cv6iMv76lttmsoD/GY++mfACume/R0nd57Hz5HJ2Xr7EsO5PZnx/REmd78Jowwsw'
    'Z+/I+H6t4ujsC/r/TDKw3RVyHt5e5naQXpyfmTo/UUvJutzM2v6EwlYC+/SxRcV0vYnUFbTX6Nhd/Cnt+W2YyrsfYbKu76d9+Nis'
    'iDGzgdX7ygjtPJL2fZF1MXr/giadvift6SImS7bstvmutB+nN2kZckH+l/bhjcf60rX5xbo6yfxMlg3Jn5E2J+MuZMEHKYGloYBz'
    'RhAszUur4y/3Sc5Zun76cF7GU37960LwaWMEfPppyrNjm0ra4vbjiZQHv1RWgDYGJvpCt64HU966uu+2fQPsPZ8q9o/5xBNeOvQZ'
    '8DcMfqEefhr4/5SazuQ19fV3pXwfPVF8Par2yLGUb/NXTtml29YO0hYf/x4R/z4/na8LUvH9TJ6eKo0xzu9jhsH6mQZ2xjo41kDg'
    'Maou+38c329yGDxyePklKdstgZcg/duPnHj+Svn6fM3xdArliJ1E4Ya3ey8ZR9zzfMH+V1Jf1DOlW9+byRqNSM5tsjVCWcUeUtYE'
    'b9wyPY7vK89ER+mWuTagbJDOsXD/3/FjlXaHyEFRt7CBlNHx3+GWOc3xfVXr0L0+xXovdKL5NB5g9dQ6vp/tIP61oP8nebtD5Dq/'
    'FeF5cc1df9HzynAfya37u9AP9/svt4Cv1bwf19hNfwOxhp8ieb9zpZemr/PjF7vpCT1w/ycgL6/3QUnec8bkef9ekrf3bfI+fCgg'
    'L6/33STvbyB28/2KeXhLQF4e9/n1JK9LANy04arSsjmgATzvO3fI8+Ylec+7RZ73dSRvHvLeNSAf2xaSd/8e2NO2yMd2gSQvrhvP'
    'e5YkL64Fz7uK5G2/z0sPPgowDHzfSQ97eU8kef/mMS89fFAe17yF5A3jJ+tJXs6TtkC9c56S+5AO8xut488qy2geyimoL7Y8+2bq'
    'iy1DfmMMPpf/PRdgxv33xLSLH5IyfGypGGMbZP0/n3zrI2NEf+T4De1ecZ9ZK5kTPDOuknzDcqdI6sQztXvuQN/+h+Hd8ZJ1wXYw'
    'nkUj8Nl0fNheLcnTHbKGKt9ojRHnW+YnHv3tBu1/NBbCyRHhzFROw/dpk7FeJNQxCnR4CV3/8TI+0ySusyxeqUyuoePnKyz+QYFf'
    'hfWb7LkJ69cO2Bt0zwmdMW16uw3GMZzQ3LvzvjSCzN0kLuygpoxStl+1iOLYLCkR7J+xMgINOkkB32NOMQ8cRW+ogyO7Gf+9pb7U'
    '7mkq+lTwc1jv6SF15S9DEeTb3C/SMDtj1Nb7epxuTRhNqu1f1Pm6iJ0SmZVsfnVsXYaZbOTpOn+McXVSIwoba5U+7jNkjDye/Z4E'
    '5/ID0E4UWApqh8fnubVM7fDx5GHNdNtJEicuNBzjSMQxrqjzdQZdzD6Mw/1eg/GhPnJ2na9r6hbqmPE66+7EqIuP+5e1/ri7NfdT'
    'k76695xVfR0zrOufYtTF6dD9bNym/EDYvL5f0tcXItb1ZtJXTps7FWU7NO0vC3aOGvWrfPeF8Wdu/a8hcxGlfpTnFmItkr72KMpG'
    '4RkuALns8lpfp7o7Ir6btlkfs01Tf8Rum7+q8ducjH24IOes8eFAtv+a0IJHY9TF8eveBOpCXPpgjQefpvuVbv1vrCnVPce9UzkU'
    'AWavL1M/TOF4E8CxLozuU+zxJm0uJrizl41hTHMPNZ3vTI1P94LadNOtjvmYflFdyuPJfPJyOwkdPccWdtcCbZ0uyfj3nCe77S3Q'
    '9n3Vvq6e32EYNYCrsLxuW++VtHWCY97WoEZbN1eX2mIE8bPczrCg5yR1hO3beQW9utqgDtneX7BzqvZtQlRn02FDelPQc0rqfSGB'
    'eo8j9fYo7jwMRODT0pJ6VbyPCe7/vyq/Xn7/XIeHGlbchXyW1LtLIeOOIkN4TKPeKHzqp6p8WDWpl/KnH9To254IMHW7pN5Roa+b'
    '71PcORogYx5U2HQPhvBi2yPUwXmwSzTqGA2p42xJHbsNx7JcUseI4ViOk9QxqjkWhPEqWO+4fA3nI/4r6/vga8+E2x6eTu5LhtmH'
    'mdg8fDtbOj6ZPcVahQ9WFS/xhYTrRT7h49lSPlNmB7c+Qb7orZPYJo5zV9anMxcofIjK4ITbr5/NxnJVwvVifzdlfTtBh9kB4u8G'
    'dn82Q+67uHWsJHWgDdZSSJdB2hpSx4Ksb9vG+chBQ96ugP+S+oYMeBJuc/2bytL6hkPu6sjuOqG+5LCkvtGI/LNb39dJfTr26bwt'
    'boP5cKVv32eylxfuOUnKPq/g3/j+8cFK3z+Bjp7R5OyNsuTbyFz1Keajz4Cv7Cfj7VPsV3kJTLtlriN96Y95F9yt789JX/oV8Dqm'
    'mJezK0vtQblcpZ+Nbwzl/5X+fYXJ3hcLcQ5I35HWnZMp9eUso63/U2FeFunnLyv89Quzy9bZs/41ofqwf4dIfVsU9uNB/hd4/x5M'
    'qD7s319X+HY8ixvk+5Bqz7iTlOV3MJexskvIPY6Cn9MK30a3Q8JL6vr9HJDUMxShnm2SevZEqOfPK3x75XwAraU0Y6OkzD5Gz15m'
    '7bSTMruE3C9ML2vnRDJGWRldGtcU0PaAou1MQNsDBm3/V8b3rRDFX7SMJ0Dbun/L+H3U3ftkcqevZvz54XtAXrIXuGW+GFBmWNHO'
    'pw3K9EKZv9Uow8/Yd2uUGWPr9DaNMj9lZV5P1rbf8B57mDyxm9QdBm9hPB+XE72ajHWHIz8fc19CLh1GOr4hU0qjTc+jKzL+XYCO'
    'gLN7Qf4fkPePLO/cjB+bPk/wTifemFu+krQVJKN08/4x7ecNkj0V9H9pv1+m8qQC/x+xPK75txXldWhHQf8nGSun3yiTeygg74Dk'
    'nnNjRDpb4P9JWypeGvt1J2mrP4I8+FbSFsd37q90RNGWrr1id0Bb/C70awPy7mNjuFSS93kFjT+f5B1U+EbA8+k6GG8U2yi851zL'
    '7hBfquC/F2rkRX6xOSDvRlZvViMv1vtyyt97o9LDwj2nVOk9pyR0cQX9f6rU1r2T0bB/luThZ87HAvLg+j0ckGcU939JniHWn7+T'
    '5Blldwk/LMnDafP7JHmo7s/NcwfJI5PjFvT/JE+34hy8LyAP4tJQyrMnNrF/Kvg5kNT9AsvzWlK37p7nlnsVqTuvoM/nSfLsY3vT'
    'WSSPTOdY4P8D8uAeeQrJI9PjFfwck7Hqyq0KZz5J3cMsT5bkkenlCn5OHD/PLgV/9VtJnlE2Z78IyIP1/Njxx6p7dij4OZGU26sB'
    'D0+ScrrnCbfc5x3fnieObVMB/8m89KnwPyAP0qP3kTwyOVkB/8l4dfkBt9wtAXXvwv0/IA/SqN0BeZBn6ZT0Ma/Rx6skdT/P2n+V'
    'U2yHFWfd1pH2ZDZdeM+5OoCfKNwbCcgzQu45VwfoHQv2v5I8IyxPrSQPh6MUySO7M+Hm+W+4K2LC+7jl/q9hOezTvwtv3eLaOxX2'
    'f80+cF76i+QenUz2W7D/J3n2KnjMe0ge2Vm04OdE+DigKysu2P+QumVy2oKfM8n4w/SXhTgnpG4ZD5qDeawO4CdzQC+qFXzkWZCn'
    'IyAPjuPagDzIs24h86grK87B3dg5CepFC+d/ybyH8b2F/Z+MQVeviTLfBkM5NL/3WUnudzXCPVvH4A4kfV9D3tN7ZlhHFvDKpO5t'
    'UG+68DL4STkz+ylMzEeFIFeI3ZUV+k/LkTVR59BbmxzQsuvtOsnXScRZJxG6ThSPOb6lDe912vWTrN8BsZlNeZUQyS2h7trEXdsW'
    'KO/A+3ooN4fkdQF0PaTzx4vhojLge1yYw7r3Q7ptfHLnJok+mN65TkXoY9j+mib763EGfcdxm9D84yO08TnDNjhdy0LeNPzRMrJ6'
    'gtZV1a6MXwnqc0MAHMYt7473HMKbNUE6H2DKzbcB5smB745ibO7YN2qOG2ET250HMiPKv10ofP87Mjxqg3Qrw5EmRoPqgAZViyNA'
    'jKYz0schY9GsT4TVR/u9DNLtjD4LDXh1750shDL1rF9V0C+0W1xGxiEbl26biCPNkKeawH4FtCcOCvGxZ8PhtJLAXTPbM9KSPSNH'
    '6JHb9x2sb3/l6qulfEXqmH4Q9v7kodKRZ3z81ltxzclzjojwtBDagjCku3ZB58F5AOP020qh528qTp+ahZ4/Jff7bNL/LMgqVPjQ'
    'AjIkB2hZPegiarDOo4hfNQDBtNkZZjxtfHAh62z65CQ0umAXDXsfXcsOkLfhWjYCDMwSvs+3I3vBZm8cHO+EgqaqYMyR7I+fY/tj'
    'lWKvzXngd8R3SJfivvM+A3u3HiGPe/0e4fv6+iS8exe8c/M9vRTsg4Tvx6yN9Av3w4J9AOA99fe2GtKzRKkvuzWQtrM5lfGxsndW'
    'rhCCk0OhooGAJ/wIy3kLFS5kJLzDGbD2nZDuMzxHqfLVk3zz4A9ZvKTrx/1mk+P5vUWeLkV4oSpGg9x/H3br1WyPn++KaFUAf4C0'
    'rovVe53FkSIcOXC9iPOkwjCogcHjLYRXtut+bKx7M6x9O3nXFKBXWZGAXqUF2hWgM6onZ7NCucvUewPvf1ME/rqK8ddLYA6OI/Vy'
    'foSmQxLZQZCO1iGyx2b492kkpf59qT6WpniGCZKXy87ByD8tWOOV3cp4JTd9+aliXukKkqdqvDhP9Tj4Xxeej0D33WWQXpWQLi5D'
    'dnjV/oZ3fDDmxxZJaiKrm0PqWpQpTaPI/XTlIGHyqybD+ppImgI4GIL56wM8rNCitRPHrMwM50NXcApjpoesi0GLZU+6bnPFoxMH'
    'ms2Ej3070CdcaydADop+nlU4xGF1GGBDp26KA+kAmT6VR64i5zCh2a8KoC+m+osGli8JeVEUP+JRzpXYTgr+VHNLfbrT8k2GfFsT'
    'vFfpfZrgfZjPXZVs35HU5xjQMApDJ0NaOW5GB3GPpnNRSXgIlP1RHriJ1ItwYFpPM4GhFjhfpaDMKVaWLJUly84NEjIaSYYXpMdM'
    'lxmOC/TgWrBx2ubRgSDZGse7HHyvYTixgulfdOwoyjnGlnd4acWBmTvG+++Y+WPE+CZ3PTk1Y6yYhDFiHJaXH5keY56Mdc1APJlv'
    'H5peY6TxQDqZHXOtxI65l9lIU/7HhF/j/asL6N8iIfcbhrFSWoU8dhf1X6oTx43eL7ktoN2OMrbbBfwrtx2n7fF4dXnJ/SrMrxtb'
    'ldupq/zqB92hxrsTa4C/pnPxXEg9pv3dKUrjXMjuiuj4QH6RrYEKpnXwfL0EtmsMYVvHV6Iu/FEYw7sHrl390gTa1b0XFHY/5kLh'
    '+yniPo53JTRm93xwqiYsh81DZ5nnI2n4qw2Av1OF/p22YQU9ondRo8b+DLuzdQfIattAR8ZjOk/nvm8jfe84yvq+ksDIHiH3Iafq'
    '82T3NWm8qQDckeHNHBEew1dGGwaF3E/nScLMV3vesH6q3wjLK5vHSsV86diDZhn9Ucm8ZHbHQbI47Ieu7K7g02ni72JSJgN/QbJU'
    'tBVaCXjMZWC6MtvUNGgnSNYaJZYf1Y3UQPlMiP1ok6FMaH6AbXyN5OwS9QySU7TrtvFRYidNz2DPP+jPoamOSDC5NcY0/cpXwT8H'
    '+XYXnB+//nBp7MiX7vXS938OzoPfj08PTeyIW+C3A7aT9YRGYl2NEjm6yjbOITBqbbdKdWZLrhDvBNLfqm2Q5T9LdOS1XB+aYmuS'
    'JXJ3F8cbJ3rS1Op/19X98HbSpJ0gmylqI0xtOLmOJkg/L4OtmQ4/OvcNg+yHgpWt7uyG25V3MZpi7Y+m1u4MeeiMob6VxzfGsw3K'
    'UY531DGQMU+z49MSGgMZfVDwb+gLI+OoYyejH5k/CnUelFX9lyht4wbh+6BQxZ9+XvIN+/bvkjrRj84zpE+dQh7T+xuiNA41jumQ'
    'yx9Y2mVpl6Vd2jbmKVgjGV9Rw/gKcenE2n7E+/fm9ol/t4fzrCm0j5DU35hQ/RlWv/KsBfWH1VkhOZPvIraX9UDr5hjcZZrh8J2G'
    'qbrM+DJE8RN072KzDm/u7tkfE6V3wIXGno32qJuEfycK3y0C29J55N0jwj+L4rv1rcUyJWoj1APpCKRnR7TJtPB49MBjs+G63sDk'
    'Wd12Tfmabp7qNdVdT5P95QagA3XC3pNV3ZN1+Ve1HZ76Seqe7FTKfRE2qHzG3rk+eu9cJ8LPMhjSvUdqUmccmT21XSvEDyDn+88/'
    '7aV13/Vtv9w8FxC+qfUx8AP4pLy+s0jehQf9emR5V5G8N0N9Z3xHnvdEknf/AxBn7LFSW7UcOc8U8n4TbPdA1/AU6D8+DjZ9Dz9d'
    'qp94CPpw+PHieqPqJ+aBjZFg92xUdxAaQYeNurVVkrNkI2yMprbmJjbqq1if04a8k+5e20h4Zh05PL1Lt4jot7i/GTrmZcLsDqLO'
    'XecgnQMdU5S6+L28G9i8c51pjsHbUvK7nH4XdGGhmZ3n0D9Doyj1z0BxUeWfwfR8loX50tWj5+A3t3ttkNiu5kCvv85gjSZjTXR9'
    'A+jMRdAd0jq2N1YTvbhq/DJYWC2BhRWEHslgQWWTvAhkBeWcZ9TbhdkxVzC6sFUCj2F35CheqPzB0H6gTy8T/kNX134i06Fj/qwo'
    '9a94IqNLraRM0yS23RTh7K+au2zEuXPH/xbJ+Om92zh3AvmdvjD7IpN5H7nOTGaia9uj235Vj9k8n8DWPiPk/vqqNPxequ6qok+7'
    '6nF//isMYYzCpYU3f70veGBq4e17h45deMM6slDIFO7cOt9EZCKVZN/DucD6OqFMFezB24nM3N53TaVQXjExRy+pNb7x77vSddou'
    'iu/gm9zBlvneMPcj4UqWZ64jCTgEN0aQk2sJzGVPGhZms45AHej8RSk/tvtWQ/q5Hep4Rco/59E60iLcL4obQ2oB4/25/fqNQj9+'
    'Ii/bzc6UtSnP51+5fPnI/Pj80tH34+PGkBqxOiiVDiqGf8BQnAit2/RM4a7noOPbHK+SpFHqfJ3j4azOnp1T1PHKiRdrSR0y3Nkp'
    'zO9d9pI7IIjTunyQ7L5l0H0TLi9yY0gtFmpf4acpvqnufpjW4/bhRaBT84COyPjlOmtHHmQvV049s9H6o/+4NwjP1z7KgtDOlN6t'
    '2imKY4V1Ejk1xyse7zYv9OPMXgL3smQxF/k+tk/o32GWxdzTwfkcfJ8lSuOEyu6H9wp5jDeMXTpblMav3MnuglEfAN2iNNZbFNkx'
    'pY0qOV91xDO6Cy+3QVpH+snvPeF9b0cyzkEhj/dpejcqK/y44P1C/267DGapLlC2tqOi+A7+Ksm68fiJJ4lSXikvSmOl5oTvN1t2'
    'f5D7EMD49PTO4T4hvyc5HHFug2Ly3pvy/E3LYpV2kX6YtEXjj8pgqUOY+ytLAjZwzOcGwMYww9dXSGDj/7E8K6F/uvwBp2kDrL7j'
    'RHisThm9q5XQ/1+zsVO90aqUd2in8/BcxLXun6ZrfaHBWp8tzGIrT+b6/zzi+g8ErP99E2XfrzHOPrZn7hOl99WTpA/5KYIZ3Dsu'
    'J/S7V8Ej8XvgFxA42xWy37h70/ER4UV3bHmii5wj2Yvi+NxA+bwsZjWFr7mO5w+U+0PAuTCBmbzh2GnefnKPaSp5kgs06cSIBE+4'
    'z6Ic6ES4zykem/oUAst7hTweMvdTpcO/dIji+Bf1EvjvYPUPS2DEjZFxB8w1nksw7uw6El/VTc/XjAuLeQsx7QktvSgjj/3L48UW'
    'YlrDN914vtjHSzL+XoKws1ERXzaovrNJnF9cx2Y2P2sz4XFvMUbthZli39EY3zgoFm9QX6PyoRtZTOEzFWui015UHboT47x0fQT5'
    'yEyXlxSEI41coqGvDtJxPI1n8CRipSUFRyKGbnwzgyt+h3WEnD/w2yjZz3Ig70M7psPwbjnJf5jsMWjHWs/aQXloH3uPZeaSNvaL'
    'Yp+LaN+JPhfx3Sy480TtrFaI0juIJvN1ZQSde2lMKlg6J1iOnpQtAcbIQrtTSX9E0B0G07ZqiKCR2mmh/4cod5B0fWqbrGULsTN1'
    '56ex3T8HoLzdxfWmdv93U7uZvaeq31UR+03t2deKyYvNRWP+lSM/jaWZlF/4SvjTselsInDxDoVNwFWEVlEbIpM5WW+Qfx7TT5mW'
    'byb2SfMAlmXjWkVoo4ldjintPF1iH0Rp8+vIWeEk1sdTmR2/7hzo+kELg00KJ2hv1CzC/WCZ4jWlP5XEhlPmw1jnvldKBPtEThvS'
    '9kqSj/YtLh1PxaDjNynmsYOM2cYQmJoYAiaw6hCaxW0zP3C5l56w17elwW8vXu2lFw+X7hFnj3rpty6T223yeyJIl9wyf2z37QjK'
    '3ZdsRFtGk7u8uvi0gORrYjb7lAZcBnvKdmbzFMUOU0antxIYQlrbLUpjn7XuVpuwyO6MrWIw1sjkRUMh8mAq17qeyL6GmGwK81xD'
    'ZD89GvK7ncKPF6bS9XUyffom0o9OJjPDPGuhH2Fyvz0S2V0jk6XtMRjHPCL7HdEsJ5v/nUIdw2ceyJNkeHxOCEzWs3IVATC5PaH9'
    'zkmAT9Dh0WQ85CpDHs/0rie929nIbAR53MvC5tKm3j/o+jaxfUVlf8hhyiF4kQRtrUvg7FZvsAamtg5R+cSs8G0/R0JsFlR37kxs'
    'QnNgu7osgh3dkGQudPRYUfp4saKPtB99kjMNtdtAeXcY7dPRr/OzCD07y+769Ut0+NwGJMq8xImjRnkqvo5ctzei0B0j3xQlrmq9'
    'woZpbgK4PT/AfoXCjCoewqAGDLj5Tpbo+XR06GF5xmL0i9Mgqp/ncDlI7JXi4oXMlq5DYl/B17spgfVuUoxvQLHOXUxnuZboOVW+'
    '6buYnVYb0cNF0c/3Ebn6bFHsn35ljPqS2IMuEur4RbjOlNbmRGm8gqA9DPW/y8jY9wr9e9Ayu1Su01TtE9zmR1WXjMb/AuxvVDJ1'
    'Gyd8+vnpfT2RC+K+Z7Jf2XWe/uuMfEhzAnxRFeOLuH3LKiJL0DmDoy1fq/DjVnUq7Oei7iOymDEjkrmoNpiLeaD7oXNTA+WbiE1U'
    'PZSjPm+4z6AaEXxfOsxWJIqtWBPw09xOYLJ8HKHMhd57rxNmvo9WsvHUC3O/kWExoqOewbMx+TbkqbKEj5LdjdThBdDf1twAe0u+'
    '14edVfeJ8sRHSkLvXKc5P+irlp6HZOeBUQmfTvPptBOV71TFp3hUeD7h7X47Pfmq+4jdFZU36trTDtm1P2r9x68U6vgTJwt1bIgT'
    'RHj8ibnENk2WRxY7olqoY15wXjAJ+XNNAjS8WqjvSFIbR10b8Q7JXhckD5oHNh78/C+zN9eRWfUL83N7N5Mn4Pq4fVss0SXp8gQ9'
    'Bn3pkPDRVAclkwF1afIRYTJcClP1CcDUcs3zgu4cha075RH4ncFOhVzl7WCLT/PI4I3DNOdHOJ+S5LgHNGW0unPzU1F6P5TrkpOQ'
    'Gw+T+yCrROn9VZl8zS2P9QkG35wP7GR17taoa0Ajz1hMXjvIxiyu36Ak/BXK6L4sPnohZkRKnQf32GqSZ4+iHncys5I87rf/dnx7'
    'gn6h77MG634hYnls/18c/6wWFideNxa6W+8/BdSbj1HvvY4vu9kjJi+u/Z0B7Q6Xsd0bSbtJ1cvjN8tg9krHkznxPDLd0qiEl+D5'
    'de/pyXQAunICfid/CRnDyFE6hl8L32+tTl919YJ7FDzB94l9ksncBNX5KNEF5RVz9YKEvsnua94rPL/K/B61rs63S1NOTMfFZWF9'
    'El40rE7VXc1uhnejRDY9Ge0OEru8RVMwXvcuw5maOuO8AU9IxzfZazmYkLwySX6pNgF+aZFiz+jR5OdlupEBEXzveQzkUTK98Yhi'
    'TTsl557JouEm9F2HZlHfBHSuRxX1dStomO58Uz/pewx1AFHam+7njMoE8KZRgje6usq3ELtnvh67WN7XK3DUdL8L4jPpXo13XreD'
    'PDGsjzKeP0yvGnYe2DRF+1brFO3T02lPSRo3TM+uvyM2S4cl5xrT+v4Pqa8jgfq+Sca3R+j5eaF88z8GjC9KfffA/Z4o46Ftv8D2'
    'og4FXxBkY4u0rS2h9StH/64j+tpuVneXQr+9x8B2DtflAkJLDivkq+Vo9+QAG72eEP6Cn/FmEdvPsL7q2PmhbnOJRC8i4zNGY/Bl'
    'QfMVRVdVDlp7XAK0dp2hfojbQ5n4esJ2aB27DXC7i5RRrTe9V/Ua4fnloDDKbSkoD0r1S6mY/aM2ankmv6sA+JHpP3XGRe8y7FXQ'
    'qwGh5w9Zx648SE9Jfd+2QT5+f71NQXNVMsQONvdjAfcDdPovo2W4FucQPnVMk27oth10r4Tzi5M5Zm47TddwA1nDct9JKAfvWC/M'
    '/AVfQfipLjZvL0Swc9sksQsw9ZeMMc1M9MV9hrCrkquanEnKYX83FTCwP6E120VsHIcM9osREeyz8qqjBBaWE5sMHdtrzjcOSmxF'
    'exT9o2urM89xYJXevakgsOvWeX4A/YhiJ3sa2TM7ma0rxkII4qPj2NI2RrSd5zwM+rkvh7xZx+aqV3FOQXw6ndCIERHsK3yEnIuS'
    'uE82m9QzZHA+GwixG3PPRVmn2J49ZXjesLEkWCyJA0fMLOGa/gEjw82wgDAm8J9JEP73RYD/voTg/3UJwf/FRE6xUwTfJ+4M4GHx'
    'fulcyXzo2iiqZBf0nNZnMMbdEfYPFW8/nexqg+AW7yvpxtjlNiujotiXC537UYVNjAx3ugxgslPzjEz5h2oGs/zObbNQ3+unPi64'
    'ncNew714tkjuHv9IiL2nDt8p03XkIF0p+RZW/5gwjwc1rIn7YfqnM+BcP9ntzhVmfsvD5l4HnlsYzeL3t8cIj2liK4+8cD3D4f1O'
    'sb3sXlZmCaEJe5ltbZJ9HGW6zHyIPG+eKPYfQm3mxxS27fMAx2iZSlHqVyWMTuG4XxTFMQOxPXrHbzLlPQ0J0KDp6OMj7Xiyed0z'
    'eJQ2fs74BF24zSvweE5MOTG3yWsiZ9Yw3w4dQu0jIy1KfVrgvGaFP8/lWPccwGid5hqq/FK4cZtuYTT2RQO7TC4fHzQoO6BZJmx8'
    'Jm2q/Mt0GeiNhiO0a/38HDs09m2TQGPd2KtXx6SxcWmqjgyW+zCU6cRl/jHp2XCy8KgQN2vi25YI89oh5P6NZjO685wwu0tG+0bP'
    'WLI5k9H4yZy7fxae39OjESYrNWEyq4BJ3T34NuHHStTd/4JsiE32oH2K/Xc0wpqZtq87Pl3bw5m071LfQcdPwj6M8blaQuzO+oQ8'
    'Bm+H4VirRXnuLLeVeY3HhJ6eicOBO/4eAx4gahuXOv4Z/8YYuDyYIP0tx74vO1sdX8Y1T/qM9TyRxQxo2sGqzli6ZUz2lhFNubLO'
    'OWpEYVs3PEl0OQ7OumVvTmidgu7kjIngu52md25MZcmcro+J6Pb+qnuq03F9g/yZNEr4QZ05T1pGyffJnEjOx62OnJrOG9pe/Bno'
    'rEz2k7C8Mhm1rO2TyR2AyZaZy/oTBEPzJftd0vLw9BTJw1sTgMOsZN/Pgb3SOlHq9zeqvomuSb1iTcJ4jyTlzUF8f8bgDJmHOUT7'
    '7DrQn5r6nKftV07yucONC/Naxf7I71xyPXIf+90jkvM9rkuvZDb5OmeiyZKxynzsy86Zqhjv3aLUh/9gwL2XalZ/DZSLe5boF/o2'
    'pdwHRY7oZgeF2h+5aky1bEx1pA53bCdOA7jltqjDCjsjHZjiMY/oXNSXSW6v2gvunuF7wXawn1fZxwb1NxPS34oy9Hc12DokvR6q'
    'cZRz33Xn9Ashcl8ZPQyin7I1RJ6mVWOdo57ZuoTaLyKV75Wrfp09oCWGrCCM9l1AaN8eIb9n1i3Zv8LqXUXwUxfe+X3TJM70Ufb6'
    'WoWOAvewLLGh1+U33TbeL3wfS7rlwvr9JmHmo3RQYS98I9hZxKknrK/XSu7t9AXY9bplXiXR/QWVCevDmWALHEajwuhNOfDRVBeW'
    'V/AZU2WH0JwAP9NgYJu9C8afD+CDrhO+H85uibyOy9ymC39D/YdymaFuv6eCzwk6o1cym+IehQ3/sAIHguQ8/P7rxRK9XBLtjJD1'
    'aQmhS6p7dkH8w4DkTJJE/SMhZ9rJphVNk0wrkJ98Rnj3n3XvXOQ1167c9EPXpo7j4weF7wuzHOOdjPOHm+csUeqn2tT2fjLoZdR1'
    'ovQ+qTFO1dlwTcjZcDSE70py/FF4NBXvX0XsqFV+T4P8dXQraP3NxI56QMh95owpyt6QYH9wj7iK8Olh/cEyF2neS8lrjut0A1wL'
    '6tdiTZ3bkAHudgXIQFX39KqncK91EthrUd/xSeH7rsD4vk8v9WOk4zjbyDjd38tEqZ9JPgdDIthPftBdQRqDGe/DyehTOc4sp0Db'
    'GzJe+qpM8VqvyxSP41z4/qYF/jjOYXk2QZ43kjxnQ/2XQHompOdDujbj9yMHNrKbRHjb7VDuLOhDFeQ9D/LevsBL37yg9Jw6mWPT'
    '6Zs77o+Bfswt92rNckH9M5mTY22u3XPWhVDvxkzxGC/OHLvzEmTfMEtxPrggUzoXtF+UrtBzg8xOPu7+gro/9EG7ns0F/l6XkevG'
    'OZ1NJ6Trcvv65XYvvb/da3sh4dU+Bd8OQfpZSH/eLvcd/HK7H1OrluxfWP5lSH/YHs+/TD2Z8/WQzh+X79epBOfqA5d76Ql7fTtM'
    '/Hb2qJd+6zLvG93nX7w6/nhNfI3M8AencamI/oS5Gkncz5YLB1d2FsOu2OGld9ythgv0ZynzbUnvoyIc3p/30j/e7cHcUsm36w74'
    'uM5tLoZEsV+I2QSP/3arl57Z6aX/OVaK65jnFSyPKoYxLoZqjFF8vuB4f9LjpbV7fX9N+K3iL2Ge7iiNuffA3V564A49epxJkMbs'
    'hnn7Vpd/P59/c272vh1P5h2/iUv939Q/RmEP7yqum64bfsPyb+pS0yz0fThbFPuv5LBYeQXsI5fCPTbSXi2szdeu9NKqa0rX6FUw'
    'pvU9pWuE33bsUsMX9rOG9LNyEtaQ7wXVAXuITObTIMFxSjfeA/voQHvxmJsVePAczNUpry3tzx1vh7R98nmPH3zbS1+6tzSe5sfh'
    '29cPQd7P+j470BZq5Jteesl3vPTwQS89+PlS+D5R0eZk8CBR/bg1grwZY2vL2l5FZAKcZurEKuY0dz7BG7dsSpK3juxpa6Z5/06f'
    '5P4lFVdcxl9vMIRRGS3h5/NPQvr00mI8MI3LfiPgEsot+4DuFtbKSR01T1r/yejW6U7B5s3efP1pfDwr5ziPhC0+YMrMjkd4chJ+'
    '19S/J8Wjk3HPH1fzeWEw1EFw7pSSM0/qmH4KE1VGGKJ0ZhXjI6oVchCMXTOX6Dhonkaih9vNdMfUlnt3gN1zRUyauckQtlX8oRNj'
    'D9/E8qv2K0qjWxT7XFNIP9Mx9hvVHtkG6daItILzfQcf9dKvfNU/F+C3u54Evu9h//yCPJzLs7np+z/npRu/X8rPfugbkOfryfF3'
    'GwmfJxKc83rS75WAR7NaJ/bQ1uJ6dPiQatBdVgEOVQHtbPTEDNJ+Z2LASkeC8qnUTPSFe5t3rBVRCbFGFhM+8D0Sfs0R/j1yy6+x'
    'vVaMp2cKv1ZP9CxIy05j+XTrQj+Ll5J3VNYt7vNtcFT0fhk5w7v53fRziryLSD1znio+388j334GdP/gk6VyJAdkCI89WrpfPPxd'
    'L/3OV4v3C5P9faPh/LUQmRTKPiuA/ouDQnzs2WLcvZXsM5OmM0jNQJrcyDExEpvsPa2lr0z2T931b47Ja7Xf5/NVObBfQn7q8097'
    'aR3gwLcPeXkGCH62PgZ62Sfl9XWRvAsP+vXI8l5L8t4M9Z3xHXneV5O8LY976UOPy/OeR/Luf8BLl0K/M08Wj+1MYte/H+SHLwM/'
    '+dSDIHuEdh5+2o/TgXP2EMoaHy+udzHpQwbo1LpH5P2dS+oTn5HnqSf1URolG1Oc+K+NjGbUkrITLwN5GFMeZI1EhtACPCnlcXFu'
    'ToW5WgnnyComz2qEIzGeXWgdlSQ/8tf8jKtTbhXrs6lv+NA5ThWG0JrEHFu+XGMPCJnvwCeVLF+etC6qBWxQ6Pp3w/pn7Pqnydkq'
    '2rks7GCW8LlNtp/nQW9610Apf/yWLcXfKH98zljxN8of/wF0khmJfhC/veYt8eUpcWBxhpmwpJkdSqNIniCF2rjEia1K5ZMtRL9u'
    'aZAGDUqpThAJbEJ2j7J71BTtUXheOfFdYFsFtkRzb/XSd98JfsJJ3oPvLM77s1tAPgV5u8lehPW69aHfkiyrxy3vfruafOPtb6Fy'
    'I9bexeTb4l4v/e+t3rdzJd/qt/m+NfDb34AN3Lpe//4NfnuBfVtB7YYuLR7fSZJvOL5FkvYW95bu+y+wb3Tf/84esNW7onTf/zF8'
    '+5+32X0/8X3/QBn3/QN237f7fvn2/YoY+/7RIueZqrh/R+McOSI5WXeScu4dGnLuqw3k3K8ykHNvNpBzrzWQcy83kHOfYCCPnq0h'
    'j67VkIFH5RGStmXRtYdoIeVyxB5jDqkTdaVUjr0A/p0m38vZZhKxSLMino0K798KyXjaWH7Mx21nZG1RnEabIx0fG9zH1VK4M6Hr'
    'f8M0fmlYnhdFPFzAuTLRqzQrbDMzBAY577aI3d1AvYYKfqqOIvhZoAk/ceK7IbzRmCWm8Eb9HXB/E6MzFI4qjyI4ajCgQ+gjg/qa'
    'ovG33N8vRKA5IzMUDo6m/WiO0I+XF+bfn/uC3ivksYXDfAMd7eufirH+Jjrt1AyXKBUm5qNHjviN5nZNLaECI9VaJCUXCLRZ0BJ5'
    'p4R96PMoXdLNScqFrI2JBj6KOLbf4QqauLISAfco2h4ulfv/6gk/T5x9R3YfHGUKByV2uCPE9i7MX4CFz9jwGcMGKpUofEbSE8zc'
    'TT2ta7th9mw2sgtJUg5n9/LYa2e0lwfx5IKdhbaB/XPfvWbniffBXQtXfo+6aKzzgq97aeMD8eqke0Mf7FdPfEbPD6HlRY9e+DXl'
    'RVV3Vhvb499ZLdw53VNc701gD/kD5rNJxxfTCqH2xURtPbhvImrrwX0TUVuPt0Kdh8dKbT0+AT5grryrFL9WX+ulDdvi816q9WiC'
    '9dgekUfQ9bVSjvvPVeO+TiIJ/pv7AKJrwX0HReW/57Hx0FjH3wZfT/9rS7Q7DdYfncQf3YEYPNsBc54sNY3hHO+C/gn8Hp5I3s29'
    'ppSmufnc9KLhUprm5qffKE27oNtLb9xRikcL88XfrO/FoxfW49B0a5M2M22NKwjPg7HXVPvrRvLtPkYzXkG+PQO+CC8Df4OnkW9f'
    'uwH4yk4/vgC3IT70l/5dULSVcfk7N311u++3MEfoMG+3wPe1F4+N3gVFHg/zhPkTtHQuFp1bGoPOhZZNyg6X+uG0NO/YsMONw/9x'
    'H1ltEvpaLYrjmtDYLxhnhfsO3imKfQcPkjzo42uA1bOT5MmztjCu53ah9lOM9VwF8xOmp+9m5S5kdh46McDccuuE77+sg417Nekv'
    'j5GDPs7aRGmcZGr7I4tzqhMrFH23h9mV8Hg1HULtj3Y54cPovX1d2d5phvBZJ4rtirMi2PaZn2E5fC8TU2/7rsK5FuHHs54tfF89'
    '3O6a2rg4ZZx/GQ0YUsD5pRKck8Eaj4W+meDcbiGPVc/rccutEX6c8yFRGs9c10ZnhNll8bhVew1teEaYDd+A8H3jFmy/A2x4ygWr'
    'Ue2rEDZ182eBv5b5hxxg89ynsIvrEvLY9DxGY6eQx8vF72MasDgoWXPal24NOPyXjOdzRka7hxR91ImtTGPe68b/5jZkOvaEUfvR'
    'SWzc3Hn4q4yHy7SP3YY2k6br1UFgg/ZtMtaBj/+aifGfzfrF7Xi7IuLAgIRv0LFP5/yDyfxyPKD2hwvIWE3mms4Njx3br4BzXbv/'
    'pGCHj/W5tB/nU+bzVhaHKQiOdirmp5/166eQ/lbo2ZMHjeH+gDEMlHEMOuvyoibM3Zr2eBcK23kDfOCxBU35aRkMj7B0VEIz3L5f'
    'lvb45qmCoR+LYj/Mqjk+Oe3pHuk88f1mQFFXUvv2CPnu9sk9pZ8l1HE448RcVdG7nYq+DbB5DeNTde+NPJXyYXuv0I8V2zsN9r0P'
    'pLyzGMKfTt9pff2K9TfBbRUt3yNZZ7fPfSnvbpiMlvB4tp0iWuxh2VhV/bk45d3R1OGbTffbfAjOLyNt95aZJ+e4XZPyzjjTed95'
    'zvHjkPK51+FNeoReXEC+djpw8wXHi9tVTj6Mz8eHHTUsdkvWIen1uMXxYl3FGfMuTdzodKaWtp7neLpxFd+A/Qhrr0+yTkHtLiXt'
    '5g3PcLLzH+cVZHPntlvpePqyKO0mNec/ATlnOWjtN4V/HxXLvmBIS7BMWCx2t70HhT+fUyUXeDcZs2kfZHvqQEh7Lg8+PwIMmfLK'
    'ri3hCYZ8TxL8hdv2BuHHpk+C7mOM8fkRYHLEECZp7NsgOQmVkWLcceqX5ClirzSH6E+WSWSoUynrR78odSJ+XMuCf2rw3/G+Q2bl'
    '6J2auPMR9d422uBmYH0Fk3u7ZWeDjo/rumtIPRlRHKtAVR59bVB/Om7Zy4Tvo4Pqktz8bxByfzrbxdT5MMF54/fRw3Czn8kh0o6n'
    'F9Mtp6IVvyb6jiF2dhhU8PrPExzV4Vm6FLKVYcmeepzBftVnkBfbeIjQrJ0h47yH6E06DXgz1G9/UPhx86KuET0jvCWh+jC+17Dw'
    'ecN1JJ57WAz41ZB3M4vF/goSA57Gul9H3qNOH/mIC0La04klH1Se6vRldtirA+zLlgt1rJMTiS3YCPhoegn8MD36Vd+HiMoWdlaA'
    'LWydxNY2K7G15XrHpGhbkjYoW8m/m+7147nK8m6fBjrSrSQ/9W0m27t066XweTOkz0bkP8L6lBQMVMbkk2T5aiLySZ8Bm8jnIH0R'
    '0qfao/FvSfXrd5fGn+fqBPhRnfGE+fMLkkv0S/Yj3C/5vYMgOXkSuF07jeZrd4T54ucoTgex3FTGtqRzkA6gNfMI7+8QWyYsnw4p'
    '3zzFe5XOGINiSk/VPiXTY3F9pY6cNk/O4+Xs25iBXKRHo29zE+gblQnRs9h8DbsN3TPHqEJucgq0KbNh4PKTHkUdc+EsQPuqcx7q'
    'UtQns2FDO/TLRPF9c7wPOytkrroU8ituq0vHwvUNJro6ma1rmo2ljYxF1sdBQtt18Cdsv0vCfzCVLXZI1lF3z+I+/an+ZFQCb+5c'
    'LpHYM6j03zL9xACrd7fC3nuAyH6D7JZN/aMlJbfh8mndOU9K/hi1fRtvXRYD1nvKFW+9BfCTrs11wvq2o76KDlwv4jyBt3G4zNfl'
    'U59mdx2ExSGLQxaHtHGoSRTHif614+9ZyBM2Af5kQY5vslevMMiPMt2Fhud1mb29bnm3zeMjjOtkw3FRfqfC0h5Leyztke7flXb/'
    'tjhkccho/87C/h3FNxSX9TYRvewKJmPZwORF1SLYZ3gcuch00lnwO5ZhuoakbJrqE5i/KDaMUeZSZlcWZG9SzrWSyYcyMeYybM5M'
    '5XQtZL3d/CnGi6vgoSHGGAYlNjq4Zi4NOEnSz6i2xYMx74XQM4npfa8BhZ37sGIcvM64cBY17k7YOHsV48kr9B1zJPeQot6Doj7e'
    'ZHccGoXvH2CP5prLZMAqvVBdGebU1NZqd0R5PL8POay4y6Sjl6Ayd5PzcRR/CeuJ7ibKXU6uu3HPy0sTvkcUdX11fBJXlwmPhyQ4'
    'FFZmMOAuTzl0qSMhutRGA1ynMIdwVRuCC2hneZrw7y0mqbfld0CC+mGCkyrbvVYJLZbR7hTT4e1k/aZ3+nJQbpFkDDp7Ju3XIGkv'
    'rL8yPSwdQ4acR3T3bg7feE+Ex+YyvcPVJdFdymRxHHeaYuDOXtKWzJfwKQzGm8ge2srqGFSsf3cIrCEsYRldW/TdbJ4whijtyx5N'
    'WAiiIxkG571Cfb9X5SMrSFc9EDBPSd4dKdgdt5qdtWdJ+AS0NTbx+eSQeaFxWlR+BmX+zlc8XRwztpXYPq/7um/T66afPOTzgRg7'
    'YA7cc/nNF83mbAGU++1BOQwleSfjwZOi2TnPhr8aURoXGeOrqeIiJwlflVd46acu9eGF2q69eBvAwBVqe4oaob7XJIOLW14LPlSv'
    'LI0lXNvjfyv4oL4mng/6pOOXmuISx595QLc4jtYDLa0h+HW0PA4VK9LAGJlyt2nyNEb+qGq5KYI9KsWH46Hhpz7vpZdgzO4nzODr'
    'B5/10l6I/f083PMb+YKHO38O8OW+uwNo44Yng8tsJGU+CzHAPvpQcZn33+/fQ3TLtMP+Q+O3fAjo/LXfh75CjPCPHiyObf4UtH/J'
    'fV5dC8n8fAVikD96KBr+tXw2uN9h+0Mc+ipgvt/9pL8XmpTf9j1/3pKSOdI90t1bC3PxoF5cR75XumVnwfqI+6buXoWKzmeAn6D9'
    'deMaUFlpnSi+H4P+RV2HluMfgRgs7cV81jwyH3S/dNp9f9xR629mPHf1uHp8s4g9bYfkHMfPobp21L1Cz/et6pyry0sPK+yXuxV3'
    'OGT3xuP4X+J3/PtC7Kj7JP1qJPLQuHbBUfUiMtnsHsVc7/3/mzve1yiO6KTN7yvmSBHbNJQKTVFoSwqCiZ8CXqGfakUhoRWVmpB+'
    'iJpqgrUkYkFBaahW+hcUBAOXmhhL7yJiUgmnIEJaDAQslPqlBkr90IKCxc67e499+3Zmd2aTlH4YJtnb3Xnzfs+8t28s/GKqs9Ck'
    'gvo8rnnVLntOQ5b83wFlr6Nmgi1pn41iXCbaDIrc4bTy4bM+a7Xs49I3muNsvV6DY/z0etRP3qTC9SQ3W/Dh45vQfdUq/ltB2/45'
    'zKPTcW/LdR9T1pc6rtburGtZ2870HbheuqjuVdA9LrU7Xb4bd90nX2u8faLca4z3Jsgy8RfxWBWOSbBAkdnya6tOGjMa6hD2rArq'
    '4w2JflCZvyU+KnBA9bKpJ31I528cs/Rvq+Bco0a81iVkivIsmlRQ65t/L0ayTTbqINuPb7Lojecsflsz0tB1j861ZmyamFXW8k1H'
    'Ug0d+c3PasSN4r5f2mTZ33pD2AJp6/sNvsRax9PewjG4fZcx3SHlXhN9UIVru69nfqbNdkuf6YiBvi7rrSzjkbh8HJ/anq4+7IDI'
    'Z+m3+Eq+33CB/H2Qkr4mHNtqYx1JyKkiGXzRktdw0EJbm87uUEFNDlsNyEMWOrjUQZTjwVgtKr5uVhp/09evhHt2/I/o+coK/Y1+'
    'Za6tNiz0QIchzm6a37DFjzHde0D51zTvY3azWbnHUSVvfuZIb/jbdtbEsQTejau1SNfj4ipKxLM+Fjx0WMSI+TphEfcj/sB+sj1+'
    'vvUqqK8Fdop+G2e6eVyt7PwQ2xlCXSr5DKGtam3OydmoVlYXi2o/8XNA+hNk/Lhyo0WNoMXdtoAWd9v8/Pq/cd81i30B93b3F4Jx'
    'W9AuN4oG9VSglgrUUYEaKod1y2ijNvO+li/995dnlXpw1m9HPq5GS9n3xR7GgR7Ggv4QXocxoYdxCf6XEP4G0Yr6mRu6PdXtgm69'
    'uu3U7YRu3brta3eHu4jj38D+KfYXsO/Ffif2J7Dvxh7GIngbGZ0zLAaY0XMdPRceN4Pzh+tcZ9RadAbpgW8/qvRb8dznPz+PxuBt'
    'vp+NP5sRz7WibdMwLn+hcfGhUru0kTy6V6lHu+LxuQ3ntYzxRni2fD71DpTZvZUe3pPEp8AjGwYqug/0Hui8h8i3E9hPtvvxKfEd'
    'vNemV6F/KPh4Qvw/yejeivBnRFu/T+N/uMJLRZS1m7pdRj715Vc+D3h32bceDvNrUcjdTewvC7514eNqxo/Q7usx/zoQhuM+wgHX'
    'pY3j4y4b4JFn+/6Cv80l2DYOXzWDb+Onmk59YfjgWpl+feY8m9++wr35c1F46lAn/XMmHp51SP9q0d7TBmu7Nh5dWlYb+s10hHug'
    '347x8i6Ua7jfNF/KA4c2MKHU/HT4fQNYYw2u+9gTiOuZ8NMxF46x8b2K9u/c6cThhucghs7hlrkpaeJfnB4US2ph9IC6qVAztV7b'
    'yPYFMz14bdVyjKmA8C24+XaEt1/x+Yk7Ub7iNHLBX0bgT01X4omhoPd0EGf0wV814m/34uqcNU57bS3P/GN/9N46dl8t27fO4v6I'
    'cuQziGdCLFPFxDjlvmGulP7sYqLvaYwRtxWiZ5tT/PiduShfXMJ49qV8PF/QOYqUe0x1tganKzF1ydtZ/I3XqiR+duWT7xcCPoH+'
    'DsqFyvu95+R19LPyyfTbck2p36+E57EFa2zC9TR8ni9F8Vgj8DirdcmSxtf+YhSPsxhnX0J8wj1pcojU7ej868T8H+uxOq6Fx3+M'
    '48N1n3EfXA2PP1JcGY9T/sfXpSgfn74V8EgcHzcIe1m2/bOBPZK+BP1W/DE8zvhM9DxtylMZ/cF8rylGUaWCbxEJpk4tpz1zlTyb'
    'PQWzzehEG9kzF87Jgft9aHQKZaMH84jO3DPn1kCOj+ThOsHDsB6EtSC3swQvXyumsbmFnyv9wu30dcuTeB/ya5aEb3O+FMiez7jf'
    'YL7RKM57zz2/5yfzUZ1Fa/rnxZr+YimA96JnjhDlj2XXeBwun0k6GPwr8K04HVpT5POadAj3PaSd3D2DesqgX0i2k/zPF1jMkcsG'
    'zWnEoN9lPtVISv1OeXjXi3bZ5Thfx9YxOci1mwrDlcP8O7jO/dDGBD+U8vdUPr0fasMj+LZjWuflpqJ4nEB4x1An5qb88Ej471j0'
    'e+5dHPcUy9NL0jWQ336+FIaf57z7jD+GOH2tFKbHBpWOn8ZRDqpuRW0L0OxNlqvp64vl5gPehHe9zOBM+66lK1F+T7PGGdIy/kT4'
    'fkMo9088fT+TvUtjnx/Nh+3B5qt22bbtv9c/M+cvcpmVdei5zMr69XFnT7+K61TIO+Q5iGlzMW22yDYnvi6k+vdQu/6/gPdfaDrM'
    'tw=='
)
