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
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|la\\ ora,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|kl\\.,?|klo,?|lúc,?|ora,?|ore,?|as,?|at,?|kl,?|um,?|às,?|г\\.,?|o,?|v,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 20715, 1430, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d.])(?P<year>\\d{2})\\.(?P<month>\\d{1,2})\\.(?P<day>\\d{1,2})\\.?(?![\\d.])\\s+(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?', 2, 34, 22145, 890, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:(?P<m1>\\d{1,2})[/.-](?P<d1>\\d{1,2})|(?P<m2>\\d{1,2})\\s*月\\s*(?P<d2>\\d{1,2})\\s*日)(?![\\d/.-])\\s*(?:[(（](?P<weekday>[月火水木金土日월화수목금토일一二三四五六天])[^)）]{0,2}[)）])?\\s*(?P<hour>\\d{1,2})\\s*[:：時时]\\s*(?P<minute>\\d{2})', 0, 32, 23035, 560, 7, {'m1': 1, 'd1': 2, 'm2': 3, 'd2': 4, 'weekday': 5, 'hour': 6, 'minute': 7}, (None, 'm1', 'd1', 'm2', 'd2', 'weekday', 'hour', 'minute')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 23595, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|la\\ ora,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|kl\\.,?|klo,?|lúc,?|ora,?|ore,?|as,?|at,?|kl,?|um,?|às,?|г\\.,?|o,?|v,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 24136, 1431, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|wita|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|wit|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 25567, 559, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<![\\w*\\\\])([*_])(?=[^\\s*_])(.+?)(?<=[^\\s\\\\])\\1(?![\\w*])', 0, 32, 26126, 79, 2, {}, (None, None, None)),
 ('(?<![\\w*\\\\])\\*\\*[ \\t]*(?=[^\\s*])(.+?)(?<=[^\\s*])[ \\t]*\\*\\*(?![\\w*])', 0, 32, 26205, 96, 1, {}, (None, None)),
 ('(?<!\\S)@\\w+', 0, 32, 26301, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º|st|nd|rd|th)?(?:\\s+|(?<=\\.)(?=[^\\W\\d_]))(?:de\\s+)?(?P<mname>października|maaliskuuta|marraskuuta|październik|septiembre|tammikuuta|helmikuuta|huhtikuuta|toukokuuta|heinäkuuta|joulukuuta|szeptember|septembrie|กุมภาพันธ์|listopadu|september|setiembre|noviembre|diciembre|maaliskuu|kesäkuuta|syyskuuta|lokakuuta|marraskuu|septembre|augusztus|settembre|listopada|fevereiro|februarie|octombrie|noiembrie|decembrie|พฤศจิกายน|tháng\\ 01|tháng\\ 02|tháng\\ 03|tháng\\ 04|tháng\\ 05|tháng\\ 06|tháng\\ 07|tháng\\ 08|tháng\\ 09|tháng\\ 10|tháng\\ 11|tháng\\ 12|července|červenec|listopad|prosince|prosinec|november|december|dezember|february|tammikuu|helmikuu|huhtikuu|toukokuu|heinäkuu|elokuuta|joulukuu|novembre|décembre|decembre|februari|desember|febbraio|dicembre|stycznia|kwietnia|sierpnia|września|kwiecień|czerwiec|sierpień|wrzesień|grudzień|setembro|novembro|dezembro|ianuarie|сентября|сентябрь|มิถุนายน|tháng\\ 1|tháng\\ 2|tháng\\ 3|tháng\\ 4|tháng\\ 5|tháng\\ 6|tháng\\ 7|tháng\\ 8|tháng\\ 9|februar|oktober|january|october|febrero|octubre|kesäkuu|syyskuu|lokakuu|janvier|février|fevrier|juillet|octobre|február|március|április|október|januari|agustus|gennaio|ottobre|czerwca|grudnia|styczeń|janeiro|outubro|aprilie|февраля|февраль|августа|октября|октябрь|декабря|декабрь|augusti|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|haziran|ağustos|března|březen|května|květen|června|červen|januar|august|jänner|agosto|elokuu|január|június|július|aprile|maggio|giugno|luglio|lutego|marzec|lipiec|martie|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|temmuz|aralık|ledna|leden|února|dubna|duben|srpna|srpen|října|říjen|marts|april|maerz|march|enero|marzo|abril|junio|julio|avril|május|szept|maret|marca|lipca|março|junho|julho|iunie|iulie|марта|şubat|nisan|mayıs|eylül|kasım|únor|září|juni|juli|märz|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|febr|márc|maja|luty|maio|март|июня|июнь|июля|июль|сент|ocak|mart|ekim|jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec|mär|mai|dez|may|oct|ene|abr|ago|dic|avr|déc|ápr|máj|jún|júl|mei|agu|agt|gen|mag|giu|lug|set|ott|des|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru|fev|out|ian|iun|iul|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек|oca|şub|nis|haz|tem|ağu|eyl|eki|kas)\\.?,?(?:\\s+|(?<=\\.))(?:de\\s+)?(?:(?:ค\\.ศ\\.|พ\\.ศ\\.|năm)\\s*)?(?P<year>(?:19|20|25)\\d{2})(?!\\d)(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|la\\ ora,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|kl\\.,?|klo,?|lúc,?|ora,?|ore,?|as,?|at,?|kl,?|um,?|às,?|г\\.,?|o,?|v,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 26328, 7361, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>października|maaliskuuta|marraskuuta|październik|septiembre|tammikuuta|helmikuuta|huhtikuuta|toukokuuta|heinäkuuta|joulukuuta|szeptember|septembrie|กุมภาพันธ์|listopadu|september|setiembre|noviembre|diciembre|maaliskuu|kesäkuuta|syyskuuta|lokakuuta|marraskuu|septembre|augusztus|settembre|listopada|fevereiro|februarie|octombrie|noiembrie|decembrie|พฤศจิกายน|tháng\\ 01|tháng\\ 02|tháng\\ 03|tháng\\ 04|tháng\\ 05|tháng\\ 06|tháng\\ 07|tháng\\ 08|tháng\\ 09|tháng\\ 10|tháng\\ 11|tháng\\ 12|července|červenec|listopad|prosince|prosinec|november|december|dezember|february|tammikuu|helmikuu|huhtikuu|toukokuu|heinäkuu|elokuuta|joulukuu|novembre|décembre|decembre|februari|desember|febbraio|dicembre|stycznia|kwietnia|sierpnia|września|kwiecień|czerwiec|sierpień|wrzesień|grudzień|setembro|novembro|dezembro|ianuarie|сентября|сентябрь|มิถุนายน|tháng\\ 1|tháng\\ 2|tháng\\ 3|tháng\\ 4|tháng\\ 5|tháng\\ 6|tháng\\ 7|tháng\\ 8|tháng\\ 9|februar|oktober|january|october|febrero|octubre|kesäkuu|syyskuu|lokakuu|janvier|février|fevrier|juillet|octobre|február|március|április|október|januari|agustus|gennaio|ottobre|czerwca|grudnia|styczeń|janeiro|outubro|aprilie|февраля|февраль|августа|октября|октябрь|декабря|декабрь|augusti|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|haziran|ağustos|března|březen|května|květen|června|červen|januar|august|jänner|agosto|elokuu|január|június|július|aprile|maggio|giugno|luglio|lutego|marzec|lipiec|martie|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|temmuz|aralık|ledna|leden|února|dubna|duben|srpna|srpen|října|říjen|marts|april|maerz|march|enero|marzo|abril|junio|julio|avril|május|szept|maret|marca|lipca|março|junho|julho|iunie|iulie|марта|şubat|nisan|mayıs|eylül|kasım|únor|září|juni|juli|märz|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|febr|márc|maja|luty|maio|март|июня|июнь|июля|июль|сент|ocak|mart|ekim|jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec|mär|mai|dez|may|oct|ene|abr|ago|dic|avr|déc|ápr|máj|jún|júl|mei|agu|agt|gen|mag|giu|lug|set|ott|des|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru|fev|out|ian|iun|iul|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек|oca|şub|nis|haz|tem|ağu|eyl|eki|kas)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?[,.]?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|la\\ ora,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|kl\\.,?|klo,?|lúc,?|ora,?|ore,?|as,?|at,?|kl,?|um,?|às,?|г\\.,?|o,?|v,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 33689, 7412, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[.!?。！？…\\"\'”’])\\s*(?P<sign>\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\))\\s*$', 2, 34, 41101, 1475, 1, {'sign': 1}, (None, 'sign')),
 ('(?<=[A-Za-zÀ-ÿ][a-zà-ÿ])(?=[A-ZÀ-Þ][a-zà-ÿ])', 0, 32, 42576, 53, 0, {}, (None,)),
 ('(?<=[^\\W\\d_])[.!?。][\\"\'”’]?\\s+', 0, 32, 42629, 221, 0, {}, (None,)),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 42850, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 42876, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 43469, 240, 0, {}, (None,)),
 ('(?<=\\S)  +(?=\\S)', 0, 32, 43709, 33, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 43742, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 43773, 77, 0, {}, (None,)),
 ('(?<=\\s)PT\\.\\s+(?=[A-Z])', 0, 32, 43850, 41, 0, {}, (None,)),
 ("(?=[^ ]*[AEIOUaeiouÀ-ÆÈ-ÏÒ-ÖØ-Ýà-æè-ïò-öø-ý])[A-ZÀ-Þ][^\\W\\d_]*(?:(?:(?: [a-zà-ÿ]{1,4})? | & |-)[A-ZÀ-Þ][^\\W\\d_]*|['’][^\\W\\d_]+)*$", 0, 32, 43891, 156, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|la\\ ora,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|kl\\.,?|klo,?|lúc,?|ora,?|ore,?|as,?|at,?|kl,?|um,?|às,?|г\\.,?|o,?|v,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:T|\\((?=\\d{1,2}:\\d{2}\\)))?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\)?)?', 2, 34, 44047, 1998, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 46045, 980, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?m)^#{1,6} \\S', 0, 40, 47025, 22, 0, {}, (None,)),
 ('(?m)^\\s*(?:\\d+\\\\\\.|\\\\[-+])\\s', 0, 40, 47047, 54, 0, {}, (None,)),
 ('(assine|cadastre-se).{0,60}newsletter', 2, 34, 47101, 108, 1, {}, (None, None)),
 ('(jetzt|gratis) (lesen|testen|abonnieren)', 2, 34, 47209, 124, 2, {}, (None, None, None)),
 ('(powered|designed)\\s+by\\s+tistory', 2, 34, 47333, 106, 1, {}, (None, None)),
 ('(sign up|subscribe).{0,60}newsletter', 2, 34, 47439, 99, 1, {}, (None, None)),
 ('(©|ⓒ)\\s*\\d{4}', 2, 34, 47538, 37, 1, {}, (None, None)),
 ('(наш|наш канал).{0,20}(telegram|телеграм)', 2, 34, 47575, 93, 2, {}, (None, None, None)),
 ('(にほん|日本)ブログ村', 2, 34, 47668, 41, 1, {}, (None, None)),
 ('(打开|打開|下载|下載).{0,6}(app|客户端|客戶端).{0,6}(阅读|閱讀|查看)?', 2, 34, 47709, 122, 3, {}, (None, None, None, None)),
 ('(扫描|扫码|掃描).{0,10}(二维码|关注|下载)', 2, 34, 47831, 73, 2, {}, (None, None, None)),
 ('(有料|会員)(会員)?(限定|登録)', 2, 34, 47904, 64, 3, {}, (None, None, None, None)),
 ('(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ]', 2, 34, 47968, 180, 1, {}, (None, None)),
 ('(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,}', 2, 34, 48148, 156, 1, {}, (None, None)),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО|A\\.Ş\\.|Ltd\\. Şti\\.|S\\.r\\.l\\.|S\\.A\\.S\\.|Sp\\. z o\\.o\\.)(?=[\\s,.]|$)', 0, 32, 48304, 312, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 48616, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 48714, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 48893, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 48974, 21, 0, {}, (None,)),
 ('AI\\s*학습.{0,10}(금지|이용)', 2, 34, 48995, 55, 1, {}, (None, None)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 49050, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 49288, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 49542, 190, 0, {}, (None,)),
 ('[ \\t]{3,}', 0, 32, 49732, 18, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 49750, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 49988, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 50016, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 50196, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 50388, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 50594, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 50626, 30, 0, {}, (None,)),
 ('[.!?](?=[\\s\\"\')\\]]|$)', 0, 32, 50656, 56, 0, {}, (None,)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 50712, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 50831, 139, 1, {}, (None, None)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 50970, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 51286, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 51507, 493, 0, {}, (None,)),
 ('[.:!?;]$', 0, 32, 52000, 30, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 52030, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 52354, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 52560, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 52588, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 52608, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 52640, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 52802, 16, 0, {}, (None,)),
 ('[\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]{2}', 0, 32, 52818, 112, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 52930, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 53136, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 53422, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 53618, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 53672, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 53696, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 53720, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 53763, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 54025, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 54319, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 54337, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 54354, 29, 0, {}, (None,)),
 ('[{};=<>"\\\\]', 0, 32, 54383, 28, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 54411, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 54535, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 54665, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 54872, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 55142, 230, 0, {}, (None,)),
 ('[、・]', 0, 32, 55372, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 55390, 104, 0, {}, (None,)),
 ('[가-힣]+(?:의|는|을|를|한)$', 0, 32, 55494, 128, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 55622, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 56041, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 56057, 44, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 56101, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 56190, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 56309, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 56384, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 56465, 16, 0, {}, (None,)),
 ('\\[([^\\]\\n]*)\\]\\((?:https?://|//|/|#|\\.\\.?/|mailto:)[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*(?:\\s+\\"[^\\"]*\\")?\\)', 0, 32, 56481, 186, 1, {}, (None, None)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 56667, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 56703, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 56816, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 56860, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<\\"/^:])', 0, 32, 56884, 28, 1, {}, (None, None)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])', 0, 32, 56912, 28, 1, {}, (None, None)),
 ('\\\\[\\\\*_\\[\\]]', 0, 32, 56940, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 56964, 44, 0, {}, (None,)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 57008, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 57491, 277, 1, {}, (None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 57768, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 57869, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 57894, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 58743, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 58851, 33, 0, {}, (None,)),
 ('\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b', 2, 34, 58884, 193, 5, {}, (None, None, None, None, None, None)),
 ('\\d', 0, 32, 59077, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 59091, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 59119, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 59266, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 59481, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 59613, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 59732, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 59793, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 59905, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 60032, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 60153, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 60427, 134, 0, {}, (None,)),
 ('\\s*,\\s*(?P<name>[가-힣A-Za-z0-9&]{2,20})(?=\\s*(?:[.(<]|무단|all rights|저작권|$))', 2, 34, 60561, 231, 1, {'name': 1}, (None, 'name')),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 60792, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 60929, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 60986, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 61105, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 61133, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 61149, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|ostatnia\\ aktualizacja|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|päivitetty\\ viimeksi|oluşturulma\\ tarihi|pembaruan\\ terakhir|ultima\\ actualizare|última\\ atualização|güncelleme\\ tarihi|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|yayınlanma\\ tarihi|senest\\ opdateret|utolsó\\ frissítés|aktualisiert\\ am|data\\ publicării|data\\ publikacji|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|son\\ güncellenme|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|sist\\ oppdatert|son\\ güncelleme|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|zaktualizowano|ปรับปรุงล่าสุด|aktualizováno|giriş\\ tarihi|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|yayın\\ tarihi|วันที่เผยแพร่|aktualisiert|aktualizacja|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|opublikowano|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|güncellendi|güncellenme|modifié\\ le|oluşturulma|postado\\ em|publication|publikováno|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|actualizat|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|güncelleme|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publicerad|publicerat|publiceret|publikálva|publiziert|publié\\ le|päivitetty|uppdaterad|uppdaterat|yayınlandı|yayınlanma|zveřejněno|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|frissítve|julkaistu|közzétéve|megjelent|módosítva|opdateret|oppdatert|publicada|publicado|publisert|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|publicat|released|upraveno|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|udgivet|updated|создано|เผยแพร่|creado|dodano|edited|issued|posted|publ\\.|publié|tayang|update|uppd\\.|vydáno|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 61413, 5727, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 67140, 55, 0, {}, (None,)),
 ('\\s+(?:on|le|am|el|em|at|à|il|vom|den)$', 0, 32, 67195, 92, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 67287, 289, 0, {}, (None,)),
 ('\\s+(?:października|maaliskuuta|marraskuuta|październik|heinäkuuta|helmikuuta|huhtikuuta|joulukuuta|septembrie|septiembre|szeptember|tammikuuta|toukokuuta|augusztus|decembrie|diciembre|februarie|fevereiro|kesäkuuta|listopada|listopadu|lokakuuta|maaliskuu|marraskuu|noiembrie|noviembre|octombrie|september|septembre|setiembre|settembre|syyskuuta|czerwiec|december|decembre|desember|dezember|dezembro|dicembre|décembre|elokuuta|febbraio|februari|february|grudzień|heinäkuu|helmikuu|huhtikuu|ianuarie|joulukuu|kwiecień|kwietnia|listopad|november|novembre|novembro|prosince|prosinec|setembro|sierpień|sierpnia|stycznia|tammikuu|toukokuu|wrzesień|września|července|červenec|сентябрь|сентября|agustus|aprilie|augusti|ağustos|czerwca|febrero|februar|február|fevrier|février|gennaio|grudnia|haziran|janeiro|januari|january|janvier|juillet|kesäkuu|lokakuu|március|october|octobre|octubre|oktober|október|ottobre|outubro|styczeń|syyskuu|április|августа|декабрь|декабря|октябрь|октября|февраль|февраля|กรกฎาคม|พฤษภาคม|agosto|aprile|aralık|august|březen|března|elokuu|giugno|januar|január|jänner|július|június|květen|května|lipiec|luglio|lutego|maggio|martie|marzec|temmuz|červen|června|август|апрель|апреля|ноябрь|ноября|январь|января|มกราคม|เมษายน|abril|april|avril|duben|dubna|enero|eylül|iulie|iunie|julho|julio|junho|junio|kasım|leden|ledna|lipca|maerz|marca|march|maret|marts|marzo|março|mayıs|május|nisan|srpen|srpna|szept|února|říjen|října|şubat|марта|aout|août|ekim|febr|févr|janv|juil|juin|juli|july|june|juni|luty|maio|maja|mars|mart|mayo|márc|märz|ocak|sept|září|únor|июль|июля|июнь|июня|март|сент|abr|ago|agt|agu|apr|aug|avr|ağu|cze|dec|des|dez|dic|déc|eki|ene|eyl|feb|fev|gen|giu|gru|haz|ian|iul|iun|jan|jul|jun|júl|jún|kas|kwi|lip|lis|lug|lut|mag|mai|maj|mar|may|mei|máj|mär|nis|nov|oca|oct|okt|ott|out|paź|sep|set|sie|sty|tem|wrz|ápr|şub|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв)\\.?\\s+\\d', 2, 34, 67576, 5116, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 72692, 220, 0, {}, (None,)),
 ('\\s+[>›»/]\\s+', 0, 32, 72912, 119, 0, {}, (None,)),
 ('\\s+[^\\s:：]{1,12}[:：]', 0, 32, 73031, 38, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 73069, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 73102, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 73143, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 73164, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 73222, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 73248, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 73264, 16, 0, {}, (None,)),
 ('^(.{4,60}?)\\s=\\s', 0, 32, 73280, 30, 1, {}, (None, None)),
 ('^(?:[(\\[]?[^=()\\[\\]]{1,12}=[^()\\[\\]]{1,12}[)\\]]\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 73310, 124, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 73434, 179, 0, {}, (None,)),
 ('^(?:[가-힣][가-힣0-9_]{1,11}|[a-z][a-z0-9_.]{2,19})$', 0, 32, 73613, 153, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 73766, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 73961, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 74341, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 74396, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 74510, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 74807, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 74985, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 75042, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 75099, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 75156, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 75213, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 75274, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 75331, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 75371, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 75554, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*:', 2, 34, 75714, 206, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 75920, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 76002, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 76142, 30, 0, {}, (None,)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 76172, 97, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 76269, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 76370, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 76396, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 76420, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 76930, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 76954, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 76978, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 76999, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 77407, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 77548, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 77670, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 77691, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 77882, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 77935, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 77954, 171, 0, {}, (None,)),
 ('^\\W{0,3}(?:©|ⓒ|\\(c\\)\\s|copyright\\b)', 2, 34, 78125, 72, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 78197, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 78235, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 78314, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 78470, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 78626, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 79471, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 80315, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 80461, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 80652, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 80698, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 80944, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 81022, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 81234, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 81466, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 81577, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 81824, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 81948, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(credit|courtesy)\\s*:', 2, 34, 82570, 78, 1, {}, (None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 82648, 369, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 83017, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(ilgili haber|bunlar da ilginizi çekebilir|ayrıca bakınız)\\s*:?\\s*\\S', 2, 34, 83166, 233, 1, {}, (None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 83399, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 83987, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 84193, 199, 1, {}, (None, None)),
 ('^\\s*(les (også|mer))\\s*:\\s*\\S', 2, 34, 84392, 93, 2, {}, (None, None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 84485, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 84832, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 85140, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 85269, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 85516, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 85884, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 85999, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(tento web|tato stránka|používáme|web) (používá )?(soubory )?cookies', 2, 34, 86288, 188, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 86476, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 86821, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 87332, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 87790, 162, 2, {}, (None, None, None)),
 ('^\\s*(vi|denne hjemmeside|hjemmesiden|sitet) (bruger|anvender) cookies', 2, 34, 87952, 207, 2, {}, (None, None, None)),
 ('^\\s*(vi|dette nettstedet|nettstedet) (bruker|benytter) (informasjonskapsler|cookies)', 2, 34, 88159, 240, 3, {}, (None, None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 88399, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 88786, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 89350, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 89617, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 90092, 71, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 90163, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 90509, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 90584, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 90730, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 90865, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 90978, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 91052, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 91129, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 91256, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 91626, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 91668, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 91761, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 91807, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 92677, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 93102, 510, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 93612, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 93685, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 93895, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 93978, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 94122, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 94268, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 94398, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 94526, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 94642, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 95145, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 95317, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 95572, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 95758, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 95945, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 96398, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 96619, 171, 1, {}, (None, None)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 96790, 1360, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 98150, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 98218, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 98296, 311, 1, {}, (None, None)),
 ('^\\s*\\[?광고\\]?\\s*$', 2, 34, 98607, 48, 0, {}, (None,)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 98655, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 98736, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 98826, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 98902, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 98977, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 99034, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 99081, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 99120, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 99159, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 99333, 97, 1, {}, (None, None)),
 ('^\\s*by\\s+', 2, 34, 99430, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 99462, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 100427, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 100507, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 100590, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 100639, 105, 1, {}, (None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 100744, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 100829, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 100986, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 101034, 207, 3, {}, (None, None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 101241, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 101365, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 101469, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 101517, 77, 2, {}, (None, None, None)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 101594, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 101861, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 101899, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 101928, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 101972, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 102028, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 102087, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 102125, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 102228, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 102317, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 102469, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 102550, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 102721, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 102774, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 102890, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 103014, 60, 1, {}, (None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 103074, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 103173, 30, 0, {}, (None,)),
 ('コメントは個人の見解', 2, 34, 103203, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 103251, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 103295, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 103341, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 103373, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 103421, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 103473, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 103513, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 103549, 24, 0, {}, (None,)),
 ('구독\\s*하(세요|기)', 2, 34, 103573, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 103619, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 103649, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 103699, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 103773, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 103833, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 103885, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 103915, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 103949, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 104011, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 104046, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 104092, 48, 0, {}, (None,)),
 ('자동\\s*요약한\\s*결과', 2, 34, 104140, 46, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 104186, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 104212, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 104238, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 104291, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 104331, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 104373, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 104423, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 104524, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 104578, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 104631, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrsvQmcXUWVMF73Lf16f92drQNJ6IQQkpCETiASAiRhGQFl3wQJhF5eukl6o+lOSBMkCC4jqKiDo864jTqjTFBA+YswjsDH5l9Q'
    'QYVPPz4lIy4446gfrsBnf33fPZV73rlVt6ruve91p1OXX1N591ad2k6dOnXOqXMaGWO1E3/OxF/VxN/4xJOaSN2/hRN/lzP/aYJ3'
    'TfC+deKvHr655Rom0tzE3yzIcwWktZDHIe+XQv5W+N0L6QhJhyBPFYFzLfr3ekiPRml+4m8N1CH6dtTEX5a8W4LeHQ7v3D43wrtV'
    'krasQv/msGZM/DXDu35IOyC9GtI+0tdB1J88zAODOhvIWFfDWM+GsVwG7+pR2+ZAP3g5Pu5R4TXB+6jlW6BNreid++8a+DeHlZHU'
    'vYiMv5t/JrzHeVpQWx2YvwyC5ZZz8aIN8COLYOYBZ6uhj7QtonlxyDjMhrkeg3//xP2O6ndhzIN6GqBut70r0NrgdfG+iNrSgPB7'
    'JdQ1Y6JTM9uCba2CftLxyKDxeBv85n1qgLmZBfXmIa2FOregPjUAPtdCPcwJf1Lkd9qZVk9xeFOb2B4W49kU8i2jKDsx78q63fnc'
    'BrTXnb9umL+MnT8XpdktLNazKPTrp9QAKK2pITRXRCeb4d/uep6X9cpdTdapyTyr5v0Af9LFgbmpSM6qI82yhyoh3zVAGMxvDuh3'
    'K8xhCtHsLOwBbC9jn3m+dL9pc7z9hfNtDiqX4+XOmaj7kx5tz7aX8hGHSNrqSPYmJ2JdLdDe30/8/R8oU4fqc5+/etvV/md8/MYb'
    'GVonXWRPvhLGKh2BrjnTkK7tuSoWXUuFfawG/MS4cwMqqMvv2Xk/sOe9hexfLh7cCbQwbUDvYu9X6ek3j0WiWfLsSWYSRU9b8JXd'
    'q+xeZfcqu1dN172qxZDGNQBJbnvYS295wkt/+xjI+e7y0u8+7tXzLVRm97e99PWveumT93rpZx/x0vuf9cr8O+CY++6XN3jp4x/2'
    '0u9f5qX7LvLyfhnlfe49Xrr3PeK8n0d55+/12+mm7V/00tuf8PJ+HOXdfY+XLoY+Z54o7eMHUV46LhTuu1DeVuj3fY+I8+5GeV+A'
    'PK8/KM57Dcp7HdR97DPivFtR3syTXrpOAvdylPf+73npM98Uj8N5gEfuu13DXrqhv3QOTkd53MkT1bkB5bkP+vDiI6V1rUV5vvas'
    'l9Z/rzTPCiQzXH2plzZu9r4dgb59rtNLL7zd+7YAfWsFXMru8b7NQd/uvrX0WxP6RvtUg77RccN847URzsmtiE0S0mgn/MxvWlcj'
    'oed8Ho4CHmIl6Ako7WkCOV8rtA/DqEL5uYwX71XNKD/WT5jAaUlyTFPFrrSFjalpfVZ2pZBdKcY8fJdMxT4scJ59xwSSPQ/4UT3u'
    'zV0HgKiCuduMeRxTMZuiI0k/bJKfNrQ+ojyYTvQx/9yN9U1Ou5e+1u7zpXbOJn/OuM6vZtxbW5+cOCx/PGvp31SU3ZucE2T8U00I'
    '/2Sq/+FrGO+Zmw3OltP8SYG4bHHkRb5HqXq1+hwrI7MyMisjs/ocq8+x+hy7V1maZfcqO++TrM9xceFnEflzq9+x+h2r3ymPfqfF'
    '6ngOah2PlWlOPZ0OXp/NhutEdc9kDpFPYnt1TisWP+7TabctZwq+Pfqc9+0U9O2MC7307Au8bycIvt22xft2LPpWe46fJw9rh3+r'
    'I9+WwLel0A837YcxOwx9GyLf+Jrl5fha5nn47zxacxxOWN6o89QCZShfnCJnqloyV2lD3onfp+N32k5C707Z6r1bh979seC9Owa9'
    'c/mAPPS5EcahF9XJQtqch4W0AI1bhvl30HhfUoq+Z9FvrENbJcjrxLi7kTFoUzO0C9/z4+OeN6jX7UcVrJnmCGVv+bp4T78k4j5b'
    'R/aHKlZ6z/PZXeZwmwGOydjmEhpbt71Rx7b66eDY8vE9nUUbh2pEb0V07OgQOrbUgI7NN6BjLdB+99soWuNuOsxK+Un+rQrmjNLB'
    'GjRGb3ei4SC947sUjV8ttOPzkNJ2j0DaBW2rQ3l6UP953ii0wlyvl5r2Mob9F2cjPUq1nhH+6OynLn7OVODdegJTRbe47ONBsJ3i'
    '+mAuBz0ygDepg/phITI+AdO8JwpmOWitY5p1AaJnY+TbmxHd4bSiAPPH98NrIb0RaByHw3nfGkF5nGcN4qdOzJTCPjnjpTfP82Gv'
    'z3jlFqO27SRt4r4NVqM2dZK+zQQ81S0/gvYbGc2vk6yfZRHPwBTOioTOQdj/QBbBzoOMgL9bguYxi+y13HdvgP7yscB7+ACk3cz3'
    'c0HzjkrytkHfcN4C2ae4LAjn2cVKZUG0PN678bd1mWh7X9gZMwP1LCZnytWQHs+Ccqs1XH7FgnIr/m0twTkR/RW94/zebMl37jNE'
    'l76L8J+OA/flUoV4lSUK/UdtgjIxHX8RXJ55DLSvHuExXX8cVx0BPzVIcLkg4aecMvfFtD68ZntQX2S4nSN0A/sr2Q00Pa4Pjikg'
    '/hK8y8TiCd8ZzwfHoqgFmzTf6q41jGM50IljvfvJE39vRTCbCMxSfeZ42uV1ZPwOr+9fYG/m+n6M0zJ9P6a5I0jXRenqsn/z0k8/'
    'HLQryZG99yJIL0H8rTupb0NtYxptCxuvqwmMODLpSTVw1H/SRmcrBc6EPVFsofMSnMR4sjSiPjcOfmJ8SylsX1oM9oNmAl/HtqaZ'
    '6IlMx4Lq7Ljd+TueKNVVv3RvuN+zuHxbCu1tP8rG88mVg7WNZVfDhFcYQr/DzlNNwBNjGAUk28G8dEHjHNOH0rC8um0aInwEl5ON'
    'Z7zf+OzE230deT9IYBbI761k7EYijF034c2ej9G+XRVo35cy3rlJd14HCLxOg7IjBL8wT4hh7hDwu25bb0Ft7TGQE3QJZKyqthYE'
    '/RP1X9bWyzKeTFi0noZImWHB2Z/2EcuRZXPpyjXWIfkF7uMGkHG8Hck4NmVK07UacpGNGnBPInmOhTw3oTxrM6V5q7meDPLeMg/o'
    '8zyf7mUmvh0ac0y3SdY+HcuX03J6GFaXzvoR4XwnkS98c6L+jfCunYznGhijPfN8GqoaPx1c4O0JwwGdunCbdfKelSmVkbwn7emh'
    'TNf3sAENGpTsL4Nkf+lJe/pU9912yTl8xKD+Ton+hNZ7Ztrzm4nLvKiAL6JLL5L3n1lQ2vZeqG9l2uczu4nOS7YOusna+gWkP0V9'
    'cmHPTnu+Zcsxj7L5xG1z2/CHlD+eO2PUU1Dsg3z9/jDlnVtF40j5qWFJvm5F+9x6voHq0eX1RP3pVvTnc6geFR50oVQ1vq+QffPW'
    'lOdPOAqNL5A1dF3K49d1x4LC3aUYk6tS/h4/YkCvwnBWNd+novEx5SfpHtcO44PXBB2DbgPeko5Pa8r3kdwhoXu9gnrD6suD2ZcK'
    '7qDBGue491+Od7bUhYv3BE5n/pejbptOm7rIXD2G4PZLbAc60Dyo4PM18iXH56mGBDQO1xPnLOfW9XdofGldOwXnO8q/uTBuRjDC'
    '8D8ML4fRWHIY+9C447I9GmPp7qku3M2Obzcim/uCgPa7Zc7WKNsr4RU2aJQdFNDUov2L48kZdMu6ZRahMioaxOuZhcrsIvWNCfR6'
    'RR2EQRnetteYz69Vim926/3fiHfW4Xn5+Wd9Jj6/7db/dWR/NEhkMAXC692L8obNH5eL8/sBf97qpaeBL40tkD5wjpf3H5GOXZdn'
    'dcu9D+m4ZHKedwjyULzcjfLIzuXXIlv2P73FS994famd/zaU5w64O7BxrDRPB8pzyO1e+iW4L3Ap3IW4FN+FANnj7x8FeSzcGzgX'
    '5fkAyCJXP1x6t+CNyHaC0rKNSI67+dzSNq5D354Dm+Dzerxvq9E3PA7ut+X4DkS3l74LbFUPR9/ouM1D395yS+m3WSF3LhpD7lxg'
    '2wHeBlMdeg7sMHTsLQ8ZL/0ukr9G9SN/UNjz74loy69+qnV8WWD84Hbq85F8XRdndPhxlXxeZA+TYfHjcHDdPfdxpKu717XTKWd8'
    'EHc/GNdoU10CbSrn2duE9syNQHt0dWl52KuHLT2akvQois0D1o9mEQ6kiC5UtnaqE1w7umcYux7sejhY14PoXG7Xg10PU3U91EzC'
    'egiTDdq1YtfKVF0ruTKvFbtn2HVgeSixfsKuB7seDlYeylR/bdeKXSt2rQRtMuy6sOviYF0XpnZGdq3YtTJV10omobWC7Scsvlt8'
    'n6r4Xp8wvpfr7oBdQ3YNTdU1lK3wGrJrwa6F6b6fJHk3zK4Xu16m6nppTmi9TOU79Xb92fU3VddfQ5nWXyXvj9v1ZdfXdN/fprIf'
    'Frv+7Pqb7vtbpXyS2LVk19J016Mm5VfBrhW7VqbqWqlKaK2E+Riw+G/xf7rrhER+KizeW7yf7jxSOX1E2fVj18/Btn50/J7ZdWHX'
    'xcHCT1mZk8X7AwHv68qA90n67LVrx66dqbp25iS8dg6mmCd2Xdt1Pd33xHL5l7drx66dqbp28mVaO+WINWTXkV1HU3UdNU7yOtKJ'
    'L2XXj10/U3X91E7S+inYM45dH3Z/KVtMQbum7JqazndTJyu2oF1Xdl1NZ16uHLET7Zqxa2a6n38qEQ/UriO7jqa7vVyUGJ92Xdh1'
    'Md3v34StC4v/Fv+nezwNnbjDdh3YdXAwnTNE62DQ6iHt+jgA10fLJK0PqrffSuRbIxFsS+2as2vOrjn5mttl15xdc1ZOlsia24f0'
    'nXg99GjoPV3/7nat2LUy3e+aWl+BFu8PRlnBTomuvtuAr7J6FrtmDhabMrxmotiNyXzV2jVk19DBpKvZxUrvyIyR35b/suvArgN7'
    '98Wug6m9DpK6+9KeKeWl1mS8dM883+a4Gr6dAt9umeel75gXtEveAHnePs+vY1PG57lw3pPh/c0GdeE26+Q9K+Ol6zJ2Pdv1PP33'
    'tUqtZ7uW7Fqa7v471mf01gJO12bC9zg3z0YNuCeRPMdCnptQnrWZ0ryqdW3XrF2z03n/0+UJ+bpZn4nPj9o1ZdfUVF1TmQTWlIuP'
    'm8/10uwei+8W36c/vj93oZee12Px3eL79Mf3P73FS994vcV3i+/T2+aM4rvlayzeHyx4f0enl24cs3hv8f7g4W/u7vbSdxUsvlt8'
    'n7r4nk4I3y2eWzxn09zviouPf97qpae1e+kWSB84x+K/xf/pz9fY86vF94MJ399yi8V3i+8HD763vsfiu8X3g0hOc6vFd4vvB488'
    '/pDbvfRLgPeXXmTx3uL99Md79kUv/f2jXjryhMV7i/fTH+8/8AT4KXjYS2+3eG/xfgrjfQrqnAN/GBdrANdGIeUxALqgDXUoD4+F'
    '1o/y4na2oLZifD4K0pWoP7zdKYLbKbIGa1F7m0G3NgfK4LVRhX7zNcTLZFAdKY06stAXlV7PrecLMAbL4Z17H+HZxd67I9DYLWWl'
    'PuSWQTn3+sEhrDSeFvclxOPX8TvuOv5SeMzhXub7TcFzpIt/7hgfS3CF9nmFoM9HavR5AfS7nH2ugnml+GnS/0HS/zks3KeTbkxB'
    '3ucCtO/NaLx0Y9u471ZB+RPQWJvExuE+ErjvnD5FH1Rwe1kwxrzbvhmwrkR+SEfJ2HRLYJjibwvM13EsuIdm4E9GA+ZA3bScqk5M'
    '81ZCOqPNrN26bWwxxOcwfmMFwifTPnN6nwMYDfB9Fi/vFrpw//bXJNoT84A7W1E73GJXMR/vNkP/i5u4kzqoH5iV4lD81duOBA9f'
    'MRNcSYSH8iDumrge3p9g53vaz/cMxKeZnG3ygBN1qMx+IhGCD887pfiQtfgwJfDhmol/LCT8Qh9KsQ++qLxaGF/htuE8x6c3xz7o'
    'pb+81/t2Jvp2xrCXntrjfTsFfVve46XfeRvwTI6Ho8W7+Lu8tHO7l/a930tveL+Xtx3BWXiNl95V8L4tc7zzvGx8RPEPaJzqLsGY'
    'YP6wyfH5uxEB/2Tqv32YiX2/y/wvqubnlxN/h0na183M/cz3aZZx6/7mxN/8BOvWqXMvnC9xnaMs6K8ybGxFfpRkeXTiVkbxpxmW'
    'Nw/wFjO1H5owHxlrM6X92Ej8bKj83PA8bnvOgbMj7sfrkPaT8eola3I7wa0OyZi5/efjwcehHc6u3Hep6hw0RtZ3H2qDan4orRgi'
    'a7aDlfpQ7YA2YplmluzlVI5RDft4FvZUfB7g5wx6Hmgm5y8dWY2D4GAewpHIWePIhKLUk4Fx47R9NaTHw/jVoG9rIG2XnEd15UpZ'
    '+MZU58+s+VnMLfdbp5QfO8RwbxoU7FEi+doKxCN8z/HyiOKQ9Eho8hiZszD4D078Y7Zg/Ya1u0MD7ufI3i3agzoU611Vx20T/5iZ'
    '4Fhc53jnflWbVXC2Ejgy3FDBuchRy8VwHR2sNKZmGOyTHF9OeIzC15LKx1J7Rl3fQhgT9/2mRi89EtIjIF3TqIaTd3x53nbCK+vM'
    '8TgTl+e4oyr/G1Sel3sV8Zqq8j9B5aOsq++ElNfBqW/A+TOJ9bcX9j5T3PsEKofnQFXudlRuFPEmqnJvR31+MWafB1Ebjsno410H'
    '7Ce6eHYxyr9DI/+ZKP+LOusf9s0w/lAFYwXSW6xgvo4iS2Toi9C73fBuPnp3NLxz65utqFd3v+Zy4jg6ig7CY1QRnmbx416aedKf'
    'A/rt0efgvIy+nQG+U86+wNcx0G+3bfG+HYu+1Z7j58lD//i3OvJtCXzDa7MfxuMw9G2IfOOybLwHriLngFVEFsXhhOXF+tacoa6h'
    'Gd6b8K01hrK1LNJt8vXB352y1Xu3Dr37I8gojkHvXnjEe7cK0YheVGcYX5oHXmMBkdu2GvLCWfQb6yFWCfI6EfU/zQDHhD+vgzV1'
    'uECmabKmq2DNNEcoe8vXg/TAbdMlEXQzOjYmz+6KpvOpNxzbhoTG1m1v1LGtfjo4tnx8T4+o+2pE9FZEx44OoWNLDejYfAM61gLt'
    'xzxIL+LD8NmWfxPpy5sRPHeM3u5Ew0G6Ty5F49cE7fg8skcRydOoPQo+T/XHtHVoCOgXDjLLKPLsPzRFfjLKHKb6cNV+6uLnTE2b'
    'IF261cLlDyCra4V16kB+q5cS6aW8p5x6KZGNzwWIno2Rb9i+pt/ATmYM2dfUCMrjPGsQP3Wihu/o9SDTXozatlNDPtxJ+jaT+XIc'
    'nfLY9kdG85sl62cZsT2hcuW6BOTKOrwElivHlRdT+0Cd8lnJ+KwK4W9l/de167VnPXvWs2c9e9azZz171rNnPXvWs2c9e9azZz17'
    '1qvEWU8W4yULNJrT1RzoxlbCXkjXWA7uREW1JWoAfhLXwWKcAd2xONWds5jnQG2epMeM36gybE/OsD0/K5TiQxbxkDrzaaKn/JOE'
    'N13Kx2bcn0t+D/f7UF8LS/pxoNPpDMui11XFLhfrr1GBqA37WIf+XY9GtDFfagnfnFyPUuRFU5M8c5sR6GptGp6K1vY2fAAMfZrM'
    'Wqz1pHzENH1Sge0qwtMUuaOO4RhhOUQ96gJf67MQ7XfTmnHxmqXfTWwW6Fldh67VGfL3fQAjq8XfJ/Ck0lOVvc9oM+mRnk06pwBl'
    '3eWWRSTJv8w3wF0Zv6JbnvOjxxuUKRc/Uo76K8l//Kcm/+HC/CHkS1s+xPIhlg9JnA9Jkp9Imi5Z/mH68g+6fMMc2Huj7GmuPkgk'
    'M6lS8ByrJHtcnHtXR8fUjx/NSu9JzWeVuy+VRzpdkzJYtpXV0MUfTebd3ruy967svSt778reu7L3ruy9K3vvytriWVs8a4tnbfGs'
    'LZ61xbO2eNYWz9riWVs8a4tnbfGm0r0rLFuuR7S1msg61zP5/ascwMQ663aQ8cp4U8znc5kvLX8Myov7in190TJrQ+rk8mkTXiGD'
    'zkKYV9D1le22/e+dUp6B+qjGeW9zzHAL44Zbfjcq3xWhrX1OqT9x0/KbSftNy5/lxFv3JzpqfuQYR82PLHdKZUm67Z+Hym0zKNeI'
    '2tRLZFg8TxZgq2D2kHJ/QnSuy6BNL4N8K45fdw7rOdSGfo1y26Hck6icLq11yz1gWG5EIHs0wdtPoP1GtrbvQLCHDGC/C8EeksB+'
    'G8rTJckzajgHvFyPYC+lsK9EsDsNYJ8naHeB5DldMLY0zwaUZ6ckz1oNnmBFRJ5gAeJlaL1zBOdJ/q0Jfesi3/B5T3Ze4rpKzheI'
    '4pvonrWXIh7CAT5lJuIhOD9hamMRV+Yqi02TVvAujVDfckg3C3gXLF/h+bYQXoPHUuD5a8DelbdTVBbzKIcweeydNMCnen0KH7e9'
    'Dtm8ifTTuN9YJieKZxVl7PD75URmxeexCuk5m1ipX9WMwFZPNJ50rsLG0dEcx+USWZtOu2m/44x/Co1/NQv6m20g9W5i4ff9G0Pq'
    'qlbU1ZiAzQiNl5IT6GuOFtDIYSRX4/kfgHeHw7zp7iWYzuKYMJTODpNvmM6OIB6Myh1zxKZEJ57aXGhXBuEu9vcQRlvy5Ay2RWKv'
    'MgfNm8OCsXB029uCaBa/b4X3LH52GXOCthA6vqnx2A9olNlOzjZnzPZwAu+HHQJ7iDj86nZydhiVnLOOmO37E6dtGRbo35OqN4fG'
    'YDLnxW3LS7O8+A6qvhUEvI9uu/pZaZwpbJPgtuF/zPLtTUYE8nwRrxuGa6rx/xdUH41Z1VeG+m4V1Ef1AyMJ1jc4y49hJYoXgWEN'
    'GsK+VDJ2urHPXjKs70TUl22SvvRJ+qZc/9AXU3/+QywYp0OE53R/rImx1lTrSWctFmN1zPTG0/3ugG3VOkgXQtqGbK7cdAGkqyGd'
    'C2krpGc1erCfmenHAYlLwyneUjrZjebWrfvemR5vmfTY0jn8CPRRt54k6eSumb5d6QAZnx0J1rMFzaNO3JGuBOvehOquJH9QtENE'
    '47vdQH5kStNymji0C6VJ8R6/nOHxptS2kfJqJjC/N8Mft3LxUW49X5tRnjVOcfCTM3wc7CBt6WF6cZfwvjGiWcate49hH0ci9nHr'
    'jMrTao4vpyN82UravUPC0+rwGDiuVdEGLqQeOi6jLDwuUNieOgPVMyiQA+L3cfbuv7T4c4bpfxzaq1v3j1r8PtIYrV0J1vNQi38P'
    'nfMdiyFdCmk1pMc2lvIxnF9ZhPgUF+a/tvg2viOEd91HxrOHyI7a0V2X4v6fAKw1AOsdCcA6BmANJwDrWL7/JwBrLdcFJgDrDQDr'
    '+ARgHQewliQAax1f/wnA4neoWAxYq8mdq183x4fF8f5HCcDieP8EgtXgiOk93QdksbO/EgNWgeiUP93sxxKsxJ7o1nkLqnOIhcdn'
    'TCreeE8F6qRj+yY0T6Kzi8kZ7DgEy3QvorAWh8AaM4TVjGBF4Tc4r+/C+muTf7cvaZmYC//nCH7SMjAX/rcF8JOSebnw/7+mID2K'
    'IuNyYX1GMhZJyLSK8j/U1oLi7KU6a12HYMWRh7mwCk3R1yQ9T1zQFFxHLxvwhxjWxqbo65vCWoHmNukzQNEOEMHvNpAZ6NKU1/Pq'
    '9ncqztgi3OVnpJfype3XkfWYjP9TeW+v0d0vd5F6xgx0GnyNfCnv72/bDeyH6JnapM4P5r27bHH2Tsq3DEVoxxCaz50EHt3PLnfM'
    '4V8ac2xNZIWnOWAHjPrUJenLcMS2FHXUZZo70346aGzD5i6JdvI6X2r0x7ZHQg+j6CI5/KcAvqk8S0VfOP36SmP8PYzD+nRjdF6Q'
    'wnpfY5DuydYVbnscOdQ1jUG5siwmt5ueBLZx1fwuI+S9ZZ6XvgOVORfKrCbxu88F27kLJqHus6DuY2DesA6Ly4ZmEx3XXIWsyNV9'
    'Ncc45xb9EMSAwc/If22IDoPLhH4dAwaXBb0QAwaXAX0rBgwu+3kgBgwu8/lCDBhc1vORGDC4jOddCEYUntSFsQPBGBTYmuP3Mt6y'
    'gGBsM6BH+Jx6kaAdXYbtONVgPAoSertGox2jCl51YYPv7yYp/V/x7uQE3EMroO9z6/ptvT8OUfR7RT8k9f44yPBihyFP5ML9JoK7'
    'lZwRdxjudxjulwVwCwnA/bhgHEY14Ij8+ZTcBag3XzMUV3fUm9OQfXT913t4ifmZfaSsDr+uo9d8U73vL2mfQPaoM6ZR5bHFu0D1'
    'anr5ioJOzdVYF1FkCGk0Dx0R9Mwm+uVf1vl96JHIxQciyBGerQuO74ghTj+MYOic83A+fj69W9A/2XnG5Nz7MYAbV45Bz0e31Klx'
    'Korue0AwH6Oa+yGHcUVdEC+TXLN47k9B43Baxj8rhPkgwmeBdkhPIOeSFQnD5WeO2XWezIDnUcE7BsqfqriPpHsmaod2/L42eM6k'
    'Ptr4HaekznrPV7BOPt4P1AbXn8jfHD9frifzJ+vLZxOGy9v7vtrg2hmNSNtV+8e1td69A3z+Xdvo31Eo+qFqLL3HsRWV2UTsP3mZ'
    'RaTMZbW+7xBqm7FMYjuaQbCL9v+Cth6rqPcEVC+39Tic2H40KupdjmAsJ/XmID1KAWOuoB3UJnaRQr5QjWC0SmAcqWjHn2p8mtZL'
    '7w8Y7BV4n3Hh7qsJ4uxhjjkfMqjBhzxe498Z4vvPZY5Y5jZA9uKvGpQtkD5+HpXdTs4IhzpB+T+u96MGZWm970FlVXYKtN7rDcrS'
    'evtQWROetbj/1/g+VOPSsKIPPEFbXpLwnpT3Xi9oS48mvlHcLNr/oLaY6GSLd9QMxpSeuaprfN+3vOyrBvyoDo//m2p5HX0J1fFc'
    'dXA+THlDzP89guD1S+a5x+A88sXqUv+/On3GdQ0QeB9D8PokZfoM2vfOah+H+iT8eUGA526ZnaiszN56TKLr6kW4odNeEz0Wr+Pc'
    'kLkcNrwXUdz/Ebxzif4gjOdul/B8RyYEj/N6M9B88DwbSd61kvNJJkJZXu8fcr5MpdJnELf+H+T8cTwpoz4PqM4VDycEj4/PXTn/'
    '3vDCRjH/KOOxPpHz/RotVPDSH0J5HZJ3Acn7bkGb1kp0U7RNu1BZyrMvU/Cd21AbFyj6syWkPzTvRSjvckXeM0PgUp5/A+rrLKLD'
    'O0IxTkejemYp2rQ4ZFxom+aivK0KuI05f13LdNr9hO5z/yXjVcG9dVhxB2q149NResf3P6u8M5dIJt0t4Tl/rFGG8prPoDKvSnTy'
    'w6SeR1GZbolcKsD/a5Shbbuzyrsbr+ITRbY3uO6PRIRD2/NO1Ad+dvk14dlo3bs0ygT4/yrfT53uXizi995aFYxbYMrvFc//qA+0'
    'PQUBD1Pc/0PKDBM5K/f5sAqVKYScLTBftVCjnjFSZqZgXDojjEsKwdlGcHrAgK/8bVYOx4Q//XE22K8dEfr1VDaIf/sUOjUR/j2Q'
    '1Vt3YXe1i+f/rHqOqb7uH7L6+MfX6vtQv3X5bBGc3Rp1/4LM3SAqI8IlLDfiZTpDyvRJylycDcYgCTtbDRjw/BsMYZvoGo7M+vvr'
    'iZkgb28qg5+Bxm6LI96POghOVWV9vwaqcdGN8cJp/m8yPmyKM7sUfINqHf7PTJCu7iJ48jqhAd9C7dmueQ9YxdtwX95fyfh+OcN4'
    'jqL9D8o7RmgR3k+L/H/G96dmSo+L6z+kfJ9G+behtvYTWRndH6+FuqLci3bLd6G6ZPSCr51LQ/L2EdugswV96CA4w2nJKQK4IpuT'
    '4v0flDfMjqSo/8sEfZHKdPMifJ8nmUeduyFu+fqI5fnaeT0d9DvL8fo1Mo+/C8k7SvL+PB0cQ5H9iJv3f6WD8yiyE3Hzfjctn/Nt'
    'ZG97DOWVycA4Lj2QFs+jLj9zZ9rfj6PS/CL/j9q8Dsqfg2RIWJ7xXo28XFbx9pC8VGa0UyMvh9uXDu6jSdjlFvd/1I5BAf+Cz6Bv'
    'CsGLYYKbG9NB/8XbNeZ6f+yHtO8jdJtkj1yC8ojwvxj7IR30NUp1JDNRHtG5qGj/FwJnG+f/BW0eJW3+S0qeh9OL36aC7cFyajfP'
    'L1J6PojxfuGW+yGCLbKhKq5/lEdkj1+8/4vydEtkyP+eCo7ZS2Rc70uV+sLVoQlF/18h9fM99RMp+ZxxmnSHYDyo/9fbUkG/t3RP'
    'vVkwZ5QGjwnyUL3ANWg8dO9yFfd/AWy6j75VMGYvEzjnozz7JGvhDMG47iNrYaMAz18la+ENIXn4WlgpwI+CBn4cFjLWXAc4OyQP'
    'n/uGVNBHOZXPZELwjK/X15A/cl1dVtH+H/kj75PQgpccM1qw3xe4E8T9EZLnaacUH3XsqYtxCDXbRHmEe0L6u//87wTjC+7UwImP'
    'OUEf12NkHX8AwdY98xfXvxP00R7lXlfx/p8T9KFNzws9TtAXOfY/WfQF7vh3oeLa3r5Z4Kt/mODqKY58P+b7xvECnKPz2y7AHdW9'
    'q2IcQs1ydE+eaViO06YqhCu6Oki33J+ZX07XntEt9yvmj52I/80DHa4J0UUWz/8hcDh/+p2QPMdDnsdRHhFv7Ob5ekieEyDPV9B4'
    '6OpA3XL/zILzpuKLi/w/8/wTJWX7WFz/qA+6ek8cC8DEdpHGAhiUyB2vRHlEMi0eh3RGAjIsHgOzJsSmLQ/3p2pCdGrF9c+C+zK2'
    'YeNxSGtCZFg8FkCj4RmE6ysbDWVdNBYAj29Dfe5zf9Nh/vij+Lfmsd1k/q3L5ad6DiuNRZRjvn41Q/SrS4l+dTaT621pXhy7jvPe'
    'aacUb0xj13E/2zy2UI6V+jo6npX6LOd3O7F/phrBt7WS9ujEeuTx7lXxRG2cexvnXgbPxrm3ce5tnHsb597GudcbCxvn3sa5t3Hu'
    'bZx7G+fexrm3ce5tnHsb597Gubdx7m2cexvnPvk497XMPAamjYFoYyDaGIg2BqKNgWhjINoYiDYGoo2BaGMg2hiINgaijYFoYyDa'
    'GIg2BiKFZWMg2hiIFJaNgWhjINoYiDYGoo2BaGMg2hiINgaijYFoYyDaGIg2BqKNgWhjINoYiDYGoo2BaGMg2hiINgaijYHow7Ex'
    'EG0MRBsD0cZAtDEQbQxExmwMRBsD0cZAtDEQbQxEGwPRxkC0MRBtDEQbA9HGQLQxEG0MRBsD0cZAtDEQbQxEGwPRxkC0MRBtDEQb'
    'A9HGQLQxEG0MRMZsDEQbA9HGQLQxEG0MRBsD0cZAtDEQbQxEGwPRxkC0MRBtDEQbA9HGQLQxEG0MRBsDcfrGQJT5WMcxEHXiDDYD'
    'XJO4Ka6vdfe8uAS9zwFcXTuvOcz3Fz7ASv3dNKFvw+QbjpswQvQ5NIaPLPbGCjRWzHC83HY/TfpNebNBQv9PF+DkKJVls+CeXCB9'
    'XyuA00v2yBUIt7Ya3C9ZwPT4KSqjbtIsR/dEHCOCx1CqYtan/2T59I8aT9UknqlOPFBRzM92Fi/mp43naeN5yuDZeJ42nqeN52nj'
    'edp4nnpjYeN52nieNp6njedp43naeJ42nqeN52njedp4njaep43naeN5Jh/PMwdrOQN7FKetfVBPVoO2Usqanl6ktThU79wUDffh'
    'WbQpBuVNaaw7Ux6IIRw2Oc+cRPS0WA8lk2vi97RcnyA/tjsblNw71PEvMiiwc8NtUdmmFW0NM94ZW3QvZ0jSRp075SLfnCJb827y'
    'fafB3ac47egkNk1/PzEOm5g4nlZ3Qm0ZFNw3xHLYtgrOA+3/WzLeniKyTcQ2o1HWwACh88OaewrluU3Gl64DrCeeh/pqMtYiG8QC'
    'Oe+0CXAoibiOurhD+7ov7ekHRfOC26yLR1sl40NtKvlduT9o8jZhfbg7pA8DZeyDzry8oolzN6a9c7fM76VuPIheiV3OMNO34+xg'
    'Yr+RowKa4bb9vIm2L59EHPqpRI9Lx9i9a3CExLZpQGArX459m/o/ctKeXl4WczGOLaqM3m1lcv9jeFxVNvw6tspuH59M+bhtwu/3'
    'ToF976MpTx+gG4dphMDrl8y/ydqW0fIdEluovpR3RhPREnrXp1PTHl/U9hHN9rh3DQ7T5JtN99uCYs0vQ3X3lpknp2u7NuWdP6fy'
    'vrPP8WCJxl6HN9G5B1EQzJ0O3jzg+HFYysWH0fH4uCPHxW7BPCQ9Hzc4vu/HqH3eprk2Op3Jpa3uXYMFIXyDrt8zkV+csHoXo3oL'
    'hmc40fmP8gqiseN3DRZGrDepMf8Z830AJE1rv81826dhcjdNl5bwMqLxpHc+72X+eE6WXOADqM+mbZD5KQ2rbxTZR5rgkCmvfDnz'
    '983+CGsjKn/h1n0i3O1Iiu5z+5lDIuDkiCFONrDg3X+RnATLr6uQ3r8OZI1PIt33LObbki4TyLebDeWfVSDXprJwLI9tRXqmOgSX'
    '60mwrmQcHm4bUQ3t7QA55WywnRpHbchAv2iZkyf+3gr/fmji78eCPGFwaZ9SSL7fgOT7NVB/NcwF16O5Y7ollp51emtdi2MaQxeQ'
    '0cjTSmzETOdgemu6vTm4hcV6FpnoU1T3DsLoSA2awyxZv5gW1KB1niW0QFWPS4j+CO9vAhxx234N0ZdTnd6Bgidp/SdjZC8h0Xtz'
    'Wq5+5DnHIzx5AQ7S/UdFezg+DSF8svMenHfBnN8Yd86TnPeirfbEPy50vPn8MeJL7Lo++Na15QGC85ypAA9gaen0oKUp9BvzUA46'
    'H/WitdkN8xwFx5yw5Zkqz1ooy+OBTuvMYpRHVN5R8ON15HxfxUpj29YQ+UCtgVyA4wCzODBlcSBMvlGN1i//3UDwoQ3ZSfK1z987'
    'IXdqGkLakDFoA687k1Dd+KypqjsD9nvU9q8WvleT86d7EfMzz4vtC2k99N7GSQb5uWyLyvlwPrz2ZxrIBqPMF+3LeZBexErvZerI'
    'BqKe7fG+NBuNQRVaLzMR7ojklIve3lb848+N47s3un903MPkjq3QLkw7dWWHc0DWy8u6TMLfMN/Hgft9hmR9NqDx05V9tiAYebQf'
    '4P1hCcmD7+jRe53lHh/3m6vrnMtK73kdCencttI6nIh14LtTVPZdjfDWhe32bzXYxjNkK1xJfxomsvwGqHs2zN/RUP9p95jdWYnq'
    'oyhuO7//uHk7M4bt5P5J5hJbbtO7eLufCK6ZVUx89/H5CPfO+J7kwn839OkW6E81O9Aep9SCn3E2KpPd/7qKr6wyVKn7pGJDgJnT'
    'e6nXZHlRF9deYN6FCBc/dgN+5Cozke54pTkPkVWVrJpySBlZb9WGGRVzXAg+1dGQNA9yML5X9l7kfXXfX4Ler77df38es/7TkvKf'
    '5tJve4dycu5Q8jMN32M3W39j1t8Ys/7GrL8x62/M+huz/sasvzHxfn8UOfdnCX/o+vdZiNZjBuRSzEDOwH116Mp5sHxWJD+wPtKs'
    'jzTrI836SLM+0qyPNOsjzfpIsz7SrI806yPN+kgrt4801XeqN685QPXmbl0jV04d/XiRj+kpvx7cpD0/K/h3hU35A8yTVo/7a4HP'
    'aT3kSyPbgFkI34q2K+NiePQ752NWpKPpA+xZ25617VnbnrXtWduete1Z25617VnbnrXtWduetSfDH3ka1lAVWYMOatPhrPS+gOy+'
    'C4Xr0ogqw70nh/oiu+9B9ZqbyV7aCDD5N8xDrYT0KGTfmBLw0PWSfrllzyfyhgWadhFxfGsOENvII2BeaAxn6jdO1wfrMLE9W8n0'
    '/W2KYhhzW90T4bsj6IcI/0X1UH9rMl9Ww4L5qkPrg89XAwv6rcPwxghvwu+MiOLYY/uVOHGw6RjytcblQDlEM/oM6GGB2JiuYb7t'
    '24gBnBEJPBf357Fwv5XY162p78aCxEaWy7vofLcAvcDz3czEvrx2KursRnKN+SzotyzOeu6RrIfukDWlc/+N+nAzKRcHh6k/Ujye'
    'uwTz5PbrXLQuw2DnAGdNxhTbYI6i+afziWPbq/rXxcz9xR8INDJL1gyu6wv8DL9YjI+6Z4EM8+8WZiQyI0q3j0D44bb9pIxvN+qm'
    'Z2Q83EizUvkCnvv1pAyFcUJGPT8z0fxgejxDMsZ0LmR7BpcpzAOb8CNhXIqyQeA/b5nnpe9AfOha1Hb8+xhIN5E+npgJp518fqqQ'
    '3Hd7uy+Tp/qVGpLnekg/1B7Us7jli3Z4PfJ97jko/2tI74b0/J5gG7Mw7lg2fWGnXAfkfivekAG59xzBt1vv8PGGyr1veH+wT/xb'
    'zfvVuFMlwZ0aggtDhEbNROP8T5d76XHQ3t+MlcpVcJ43kDx0zmVtmwN7OdX34LHMfthLX7s1OF733AE2oLcKcKAHxm1nsE1Zci7B'
    'tILXsR36dHOXfJ55nu90BdvGvznXBdvmwsTlwuayNmQui7oVwIvfv620PtyWa8/30l/2yfHqhvfrrdcMotM1MMaHnCsfI57no4Vg'
    '3W45N913kXgc5hC5NO8/Lcvb2iLBofMAhz52ebAN1+8A3eyHxHgi6j/36TDv37yy939P3n+e529/4Nvh8m9uOTd95ps+TW4QlHPT'
    'r0rK5EPKvHe1uIyMz9ORjV/3hJm8tMS/iqmAcXqJT9NioWck8Zb3tJkLVCnPw20b3LV2HFlrdO/d+5CXPvaYl97+hG9H34Dwo2jj'
    '8AzsH/d46YuPeOm6B70yh8Dapt9oPRTHZz0J8L8I+uq9pTh/4oNiHG8xxPPffcVLr7jfrNy7YQ2uey5Z/dsh49F0KrUIMXT9vui0'
    'NctK/TNh3xQrQ3hsLqPTuTehOj/mEA5diORxRVkqkc+Nh+Q9i+T9PeIDaN4hRT0/Q/WcCSk/G3aRvD9CeXkbeNyIbpL3O2gdngrp'
    'IMnzOFonNM+woP1uma/Bb9yGsxAM0TytQvr2L8DZFvvQ4X3YpSiPfbaI+q+q+z1IN3gWORf3k98cbgHBz0Mb+RycTsp2cjsWyDuA'
    '9u6TUZk8nLdyBGdOhm9XoblbkAmmxdhzqB0nExy70imds7OQHVEY3uDx5TBGyLhwmMeF4Pww+d1Hyi4NKUv7ciEpOxf4PPxtSNKH'
    'MfJ7kOQblNjpYP9KOaAh3O9PNZLbr0DluYyU29NwnzrUzyC2FXQQXeTfTkQy/BMB3hHweyELxtjAMp8RJMvC57WCoYyNxkvrRzKD'
    'PNgstmjkxbSej9kGNFaHIRzeCOWuk9Q5U1BnQaBTUNVJfT5WI5u7sHlw5+m9SMdM6czRgj2ml6y1frQe3LbsEOTl9KaD0J3tKG8n'
    'wd9uRD85/Whg4vU7QtYkl/1diOD3k7aMoDblEX3Dcr4usvavJmuT6ymOR227VkD/RW1bgeQplC73k3r6yPiNEFhzkc0almPkyNjS'
    '2BV8jjBP5K6DNwhwi+s/HQWuyHyYYT9wIv9uGxCsDRFwOYk2NRHer9TP3HiaxsOgZwrqe6o5RL/Ziv7N68O2sSeSde4I+HhZf2Vj'
    '6M7lBx2fZoeN4e3gq0E2LxmEF277deIImpwhLoOzzH2PhMuCqKyhGs5ED30zKOcYgXPZFx4Xn49433ZCu/i7Wj4ukgM5jwOemdaW'
    'Tlln/OHx9+ND+09cv6ZtRqf1cKdJmxSl/8y8C+kTz0/SzPTZw9fiiJ3TaTWnfN3eKFi3uWk8x1l4wnNVOeN/KfE+vmd8Mub4Rvkc'
    '6/pOVq3r3XbOD6o55+t+i2Dd29gRjsPW7Q/pIBGVazwKmmzjdVR+zMPkyXXotypugB6/GzKXbgiN7PS27W8ntv1LiSNZ46cl7GOt'
    '8d2A4FPfTtfniJ3TaTWnfN02knVbw5DRVkhFAdmGIr/MZ3+Yzu4ogR5MZIPWimzZOc2qJro0KpM21dXtIm0wWQ8RlPXpiiByRnSa'
    'ixFPZSmLdI9JV3Nv7Ne8Sf9L2D3Zo0L0sZZvDMGJ1XEmsPp8VQ7LN1Z+zGlMjB4B/kexUZpmc5PWOP2GPqnotK1kfXTbOZlSc8LX'
    'TZOM72ovrtg9sv2vHs1tQ4RyKr4vtYndpsKpOoP8lF6E1LvHsN7Q/NgvK79HRMfslpT8eI3HzMR+gfeP2wOWq3+6dguiu3NDxF5g'
    'kAXvAOVBvzmTBe/PuOnLyLZA5w5sXHvZ9Yb8ejOy22iA77OYWWxoGe5Oh7ldDkdO1dz1E1uSHlZ6N4r7b+Z1q+BRm5xRFry/Nx1w'
    'BfNFbv0H7h6cTpxHVY2niq5HfZqmDV80/eYEx82J4iPmYDjb3RJPxKgVw1uXbobRu5Q9c5ScOcq5tlIa4jN7Dpx6c5Jjvg+WTITz'
    'hkiW7pb5GcDsg/nORqCd6ek135m4860yVUgCHzLAE3Pc2AbzuNVg3U7zeXQkZ/bqxPbAT6n1DyZrtPh74h/vF63JA+4RBbNMpTOT'
    '0JImE+Fbk7ZoLtDTMN0kvyuTave/Z5AaNy59d3+79wCuIfW+dK+X/p1hLGTLTwtoSTw0VPLToj17suSu00ceYflzOyfln5NWkF9i'
    '+mkyRwcRL1Ye+vkpvX06CXlFqd46lT6YHz629J7auPETHTGCa83OyWTPidJeMKR9QntBRf4we8EGohvjtn55YvO3RaCflerd08Xf'
    'nxcdFaqJXVhDhHJh/fkH0p8PQ7laLVtbV8KRreK/c9Nql6kuDvP7nmcvMC/UxjpvYPeYnPmPedQI0/PKHGn2UPahd3v/vgq9b5Ny'
    'EvIzaNX4K+Eih00KXmZGcWyWyo64dB+kMZn4O1eH+9DE37kpH8+zgvcUj7lPd84vYR/vJTQ8Ar2puO0cr9uA9dbsjvJW4nikR7d8'
    'cP6l/E+EeZosn/cGxdIs4Wc80UfB/9g5mfQ54evm/YJ1A7zAxF6cggnLKI0Fs1UhY5WbMnOk3mdTqYrMlCkM05qDX03Kib/nBeea'
    '2yzOWJwxwBlOdzqYvWcyGXceqmH8+fq90o79pIw9ld9R//et8B6fo7mvwKPgHLOS+TEPG4nN6Cak78MwqlB+egdsDrId5b6MV0WA'
    '06KQDzQTWNQ+VcevFIdfT+jILIXshI+jKh9tf47MS4bMiw48PJ469tCmbe0EOCmAO8uu7cRsQlU2M/QuyxaYNzv+lR9/rENxmDyW'
    'Vo75MV6r0Lqh/mTrST5MH5e0RY8xG2aPweM8X5GAbmhYQhesLd3Ut6WjdGUQ0RU7fwfW/OnSm9ma9CaMLh1RZrpUMx6fLtUIeDfu'
    'j/lGhPNVkm8i2T2PK1OLfmPZP/d1SvnIDJpvrJdLE70c9Zf6IvN8yOOx4vm4L1Wuc/ixpu4x47lH5mE9lbZTqvwiXjwN+HiVtaUT'
    'nwP37CcLoIcy0tG5Y51RaeX4fVTRehHFCZ3R5n8T2WDq2NO7cxwWUy0P/EINQih+z5Gv/zzoxg5hpXcg+d1MfmeT+yfXiVHH72Fi'
    'P+NuPW4IobNh/TaQc5HOWfhAP0eb0lZdPOhNwAZsmj0S/Y0ZaxG66DVA5WF/OZuZxTvh/pypT/Xl6Bv3lc5j/eGYU9zHPI9tOg99'
    'K7BSf/azBN84zEZBfSPERrwJ9k0Rb6IjE6H+snDcgLhw6Np5l0BOXe1lSMmV45kpciWiqhxAc/pZjWO1t1QXd5PDgzoLDeGrHqtf'
    'XZqx2vxMgPmwWyxOWJxQ8NqZMF5by/iB2Wf/U6uRp9Q3ZB6Q7W2s9J4S/8bXr4qvNj0nTXeOaT/zHvlRWwPpynJ193MqcyjGRoUY'
    'v6+1B89e9FuYXquD8B1G61yw7KfRk4qLCTp3XByJTIjPTy2ZH1nMw2lztzVFWBCzpRfjaYr0sUmN9k1hXI3oPgyX51nfOIhmbyon'
    'xVZPnvVXNPXmxMQf2dEG+XNAY7FMvpqFx5zNQjke05vH9HXjCnOdBuflaNx699tOFoxpv5XkGUB5CkRuyePfFYCWYL9uKp9wPGbn'
    'bBb0A4fhjJD3VEbKY+bdiOCezPzYiAOk/E5F+WIbAY47fwsiwgnru6r9zcyPC7qLyIwHiPyXzinfylzZ6vwIOvGS2OsQK/oPe0vj'
    'oeGYm52k3iiy2LC7Kex/TsD4iU8Ps4L3ohjzbdCH6vFShQ/mWem3ZrTGG6FPC1ipfRHH12XwbxcG1vE1C3SBNeO+ToCxYGy9alYa'
    'n3ApojlL2fTw5SmKObiefONxBWfCWDlIlxIHp8o9xtPVp6ZqzkxglHNuqwzmltO2vQ956aOCWI+3Q6zHp+6P75P0pIhjtTThscog'
    'kZ0sfvzyCP3bC2PV9D3wU/M1s/L5f9PPT/cdk3pwbM+4Y4hlGTIdSl5w1pbFuL4c4evlZB8Ki/N6BaT4rnEz6vMVaA3kmB+nlsZh'
    '5umQZM1fS9Y/52156vZ1DVo/9NtRSJ/F3y1B7w6HdwuRfncVC49fj2HNYH4c+36iU7ua6PtGiB5vvUC/JoopQ/d+iitzkOSd67KX'
    'xoCH13uU8i3QplYBD+horJdFTBxreRHJ04LaSvE8Y4DntJ4rFPgsKkNppWqfkLUnbJ84OmSfWIpsJv58l5d+5KuwD/wgGOMdwxbx'
    '2zgO9z8+DfCeCsbh3g3t+C+o67OPeOn9z07+/nUFmb+4NnDYFvByVsq/5xD9uJzgiKw9lH4sVayTWsEaFcnPcezxKrQPUJzDdWUk'
    '8nncXlFc7hSCvxnB38xK44hjW7jG37CLXDR1PJu4wNMs2bui1lc7WJTc3J90fQH/It4mfb+u3pHjE17zmM7wNTsf4ZLJ+okyx2G2'
    'SZx3qIKymGbVEB5pEMkqXJiPobPgADqLhMkjMDx+brkG4N0D52OVPGUJOtOYjN1aLtdCqVvvh9D8bEVnIFU/+Hno5om/uWgcVOes'
    '7SQtaMi2tgnmg4/fdcy3X5pDYA9q9ENHtvYm5tsdUlnRADp/8vieOmNHy+ZhTg5FPLmOHIHaQqrKcFurWUCrcXtGSB8LCnliv+RM'
    'zNdTK9JlLUC0x32/D+Gn2+YXoMyM4stUOpOt2v/kqqqq+b9rqmrrquobGvmTb2qcpKfZ/V9LOSAXB+bPRd7qz6V3nvcU40ff6T0X'
    'X/yvxfT7y1YvPmf5yvP/+9wLLr7vzjuXwedXP/SOO3VueD9w4zeWOizz24l/3uiCHpzrUxSvrr969dx50Q/uRI87c3sS9RSx6Sc6'
    '98ofkn1t5b/uDDy/+gb+Nc7GH5r4c/9/8bjbT1b878WJ/35b/P/E841XXgPI4+N/CtRnYHqkeK4SvCvW36ZRWMs6XHyzfrLigBbv'
    'iQj24iqAJ9qLjxDI+DC9GkHyfRENNpUfqnQKPwL5m86er9oLBhENV7W5Q6LH6Ub9xrLWYc0+qfr7CTifynRbuO4dmv3AZXTm1W3H'
    'bsCzJHVcWPbRjfbEDkn/dOXY5wPequa/V9J+037QNmC+YDu0aQWsK5n+kd8FwN+3En7vUOD3ourkdNppyk+EyRZxeZEt3XS/V6Tj'
    'r436PHA5Ab3dS+0PUybvxXMquiuj43+gCtlX4TrS6Bz6R4I/OrIIE/2uCb/fJdE/d7Pg/ccwmNwe4V8RXerX5P1ltDJK/beic5Fu'
    '/VHquQad7SjdxXq6KLDfimh+b0xYpwPeis6puyLCXIP6vpPgUwHRzSiwD0Vn934JbuIzYZQ6TO/aiHiyQbSGXZgXp7yxLsd65nqU'
    '6qd9eRV/d8vXvXeHIPnWCyAfzuz15Z9ZJEvm95P4u9efDOpI5+310u8/Hu3udLF+gNs4Ufi8Mo/Ns7t83OTvqi7w3q1E/XLfuekn'
    '/87XU/Fv+c1e+seCP8782ylbvfRDd/i6fF7PssuC4/yzQnCcey8KjvPq20vhppD882xo/7873j1rzsviNTFsgMem469z367VYK/Z'
    'TujjAKFLBSIPOgHpwOLuJRjuEQBXlyfUbW8e2ZaMhJzlcBk+3+6/T3O8M5yqn32E/99FfndMIk6E5cN3ios81MQ/jpHIMLsIHzDV'
    '+/IDOLPhvuw7QNr+zyDPLgd94PqIEzNeug7SkyA9NePhezWnsxnY1+Z56Tvm+etjHrJDPR3Kt2dK18vJUP5mVI77R8P5joV8N83z'
    '15XbJt29rjHCeOB+t0N6nKQftH15kO8sQHwHth8tGNAzKkMX8YWYt1kAY4/r3YZoo069mD4NCPRXuD5d3Rge91SI3u1IqkPcBCAl'
    'tyw43JQCrgmfUkP2EszX58EmOYe+4fFYLrDj7id5FqI8Q5I8nFfGspVVKC//je0PsLxJllc2XzXwh/GmXD4yZOfuFrDbwW3AZxaO'
    'l3OITVczk8tl8X7bjOxxmmEscmjsCqTsMNn/W0Ns5Ls09ZGYLxTZhKZJP+tIPzMCGWgzrDeRnVEztEW17um49Qn4l2YYLz5+1RI8'
    '6SdydxU/GFW2rBrnQTJ/C+GcgHG5INE9i8aoQ6Lf1qkbz3GNYA3kiL09jXciomm0nEvXVOWi6mdkMjJdewqTGIlx7llFvJWVntIy'
    '1heT0hY2iQWsisfE5kxnj6e4VEtwKaNhm7OK6d+z1m1XueCG2c6W6w5bK8g9HcRPl8ajTh0wj0GYroyJX32HjadF+gv/Mfb7IdCa'
    '6z8iv/Nx7eMb7NrSWiuV9rdm4l9tVYL4wAg+6Mptsa+2TmZ9MEr36g8W/9/mb7ZmpEN1L1rHV14UmfwKJD/g706Ad3PRuyXMt4dv'
    'QHwsvucxAGk3OdPi+nazaLqKcvT5fEGfzxL0+XRB+0+JMA5rBWVGFWWWAp3AZQroHg3OO5+cMZoEcqKZgjwFkqdOkMeVCYrkP5M5'
    'f1cJ5u9ywfxdgt59VTD3710dnHvXlw6d+6Mlcy+y61XNvUxnETb31NYpbO6Xasz9Uo25X1qGuc8Zzn0TyFXxvbuFrNTf7ErQr2YR'
    'vDQqv5KkG6AvFzBP78llSWGyACwzGiEysT4i2+E+Humdb5X8YIiF3/XGclV692oD6u8GxXiciHB6SQS98YYy7kmcxv5f9G5mm/fu'
    'z+jdDHj3CuLb2sg8twGsXwnyLGorzbMP1iiWLYe12S3zfVevjeiSSX9bDPQB1H5yK9T/JWSHMiyx0Rsk30U6BhfWPyJ7zS5JWV3b'
    'UFH9YbpZjPNjSCeFbVV17zUMkn5tFdgequ5X6Mr5eB1nIxvJUdL/bg07XK47onLKUXSvg9OZODaUvZK654Ndj+6cFiLYH/cRmqGj'
    'T8oY0hHRuXAFi+5/ZTWkx7OgXcgacicqFSJ/Fb1zZfYnRZSVyvyt68Kgvmkq1ecWFs8/jUwOrbNnmdBnfC/6GujnTCtPE8rTNh0A'
    '8rRmpKu4yJDfyRF9634d9cnhzgPdMuvQ2jn2QS/95b2+Pnmhhv4tjs5VdUejCfFFDO6+fwDust92V+n5Xea3P8x3/4ghXbNypUBs'
    'D6LESVaupDs32HbOhD+W7eum9DvMZxiW45r6CgvzEZa0j5qk8X+aPykx/hs8GmUrJb9qIvZQcetzDMtnDcvbeEshNLlt/7BGiLfU'
    'qiXrxzz3eib3k6Qzl83ovHEDlOfytA6Y4yuYjQE6GfM8F+aFzxvVjVKd40r0jYXkpf5AmxV7VRT6cKJCvkHv66pkOKL7slT+oSsH'
    'wTIs3q4xQ/stLM9tnu2tP5H8athAbvRLgRwN9zuOzZwI3ovk9zYmvwfn9vP5WZ6ugt7hxePZGzK/ojZElWWJ5lBH3vQKscH7p1k+'
    'rur4dhmR4LPO/HYI7nngezX0vkqHwViMSe5fbGOlvqC3zvLvbITJHis9d1HsJ4+Z6MtGgcxV5yysexdJdPYW3dmptEz29zP9tThK'
    '2qYzlvhupggnewzGalBA66itu0ymj/0bfGOmT0fHJH2j/hzGJHcUklpbcWyNCwLditvPd6B+vhpj7mT0pKtM9MSUtr55op9nwruN'
    '5H7MBrgf8/Z5wbGkd4Dc8ifAPZu1Gb17QDwvT0U+XGgb3Lyr0f0m3faugW97JO3FbVqH3hf5sJmeHQGmIS9p3hfQ1Xnp+LbRgamL'
    'l/i+aNT1447NgzM8OSimMX0Ep7c44T62Kf2QrZ0RwT0PVX97NfrwnhmebkGkH+sne0WHpO3YfkTUZkpnKO3r1egL5/GuRGM+eoDQ'
    'JupPfSXqQznoa5Jt/wWkPyV74est/n1Uvhe/TvbPLjL/fZK9sl/Cv5UL559u8XSAcc8suK0FyRroY/q6jwHJOFD7nI+3eHf26L0s'
    'jGt/FNhchPE4Jjxxr4Kn4T4Sr51o57HE1gjfccP1ufXweimP2yexU6s0rdzY4skwTH1d6t6dxX0YNLTDGBbspW6bW1r88+OoxNak'
    'T6N9r5D2bdUc2zh+4n5N2vuyhk7wuWZ/bU9VHjtszfwzar+ubCqJc27aMZ9P0RrZ0ezdP6hU+7eHyBVUbX1zc6m8SIcHMV3HlT53'
    'z2729fI6Z1LRfvOSwuZtWGIDzH36/qHJa3+S+6uJLDBs7/x2k2czquujku7ncXmdAQHP47br803BvUV0dmzX9GfB8+K2b0Q+MfBZ'
    '8gRy9ltPfEi8kXxfB2fD6yeAL64A/9wtoRsFYpv3lgq3Ryab4u05ZpLbQ8cn3+TdyypH3DkdHsaUl+E8zL68N46TtWbpWv36xP/O'
    'YGr5i84a3WQgN2pH61MXPl+zm2LKi9o15U7u+IzmffpfDnmtiI/Q8Wnltu2cCrVtMELbjswHfQ5Xko5yHjRboXYMKtrx00Y/NgBf'
    'q3ctEPsopnEteb4RCT/wKoLr1vVkY6neSfeuS1yeNc7ZYrvgXOz25Y5GH8dNfCl3GcjjRGdcEe2l55uBRl/e2Mf0Y4iMCHTNeD3q'
    'zNlWg35xfvqURl/WMlVlRUU/P2hcyzU2XQnSuv9q8HG0HPYScfaIxyrUtijj9okGn6ecbNlf8b4Tas9YGe0GsC83kSyQy6UvafDu'
    'IblwDm2E+ICQrob0kEbx93WQ5iA9AtIzIF0D6XKSf2ajV/dxDcF9sxxjwOd9n2QMZjWUyuZN5RqiPFucyshYf14f3Kuj7A9R77E9'
    'Xl8e+xFd3uufy1y/6oz4zkmqn/d/a73vg62SsjPRuZXzUyfX+zxAVD1GJdbOnHrvXpz7/khC8+ZCOgfStYS2bYJ0HqSLID0Z0gWE'
    'Vp4BNO/VOn9sprJNy3frJteu7e46H69Nzhe0P1QX3xuim1fhy611nu/KKHeVk9Z79NZ591+ixn+RyXBU9b6pzpeXT4as2m3Dsjq5'
    'zCzO+VKXZ6qp8/gFle2Rify4UrKmH9V6MoKifTmheYcS2jYT0lkR+btvhNS1QFLXnIh1fRbVFYU243ILIT2OfF8Jdf1trb/2KiXH'
    'd+vdXuF6Ob6fXevTPRPfDCJarFtWJqtZjsYgKd1Stwbtr6/146CUS6f1Sk0pbS2HTOJlhb7v2Rq/n+Ww0XPr+FqN57+c+g0xtdXX'
    '5ZE/XuPj72TbuI/V+Pib5J6lOuNurvFjBEU568ns5lzYf5MgbDpeq2q831Nxr3XbVwXrBe8vDqRnQnoapKmIe9uvq/31Uk66z+fz'
    'GUF95dJHufXdV6H6+Fr4qKC+cu6fN6D6Olm4H/pOpu9jfkRiw9ZR7e8jSZ6dTM5Km1AbJkOnUowXVe3TpaR12tXV5d+ruxR49Ytc'
    '5dtA19LjOT+e3QAZ6xcl9xKanVIbOmoPdU/OjxkYhT/Q3Vv+PhfkQ8qlUyna/1SoPj43WzTqM6lHdi+By4JPrVB9nM4dWeb6KF2t'
    'S6i+7YRX6yM8HMeX31T56ztOfWMsuhzw21XBtRilDapzx1cEfa3kvSm3DR+qkvOxprZYdG3sLgNsPkcFNHbluDfQrYBRjJVX5a+N'
    'ct9dKPrLReM5JtHvXuaU/t5GYB7qiM9KzQDbhKfXlR29mvVhn0LkUcuJvO0sQ9g/zfo+JZM6J6j23JdhzB7N+r5J49geFff/rK8j'
    'n4x7EzR203vRuG6TyDhkNkpR456PcvufrM9fbSf2CmMkfVlw/0PUn8sQTHrHs4f0s6CQYfE5Oy1bGucZ3x/uNuDhZHPB1/1y1Pak'
    '7vzMCoEZ1QaXZZPZN7sUMuGfZ8pbD6eJT2XK769WNpZ3ZSbPV+77Mj5du47U/TmJzSRv02cWlJ43rkewws5AOvaXvRnPd91k3n9X'
    '6Zo2ItzcJImzeSKBe2aEeo7I+P6YuwgOvazJf87MeLYAldLtunX+Ke359SqHDteF/5O0j2803rHunSUO66m0Pz6VsiX9EqqzEv5g'
    '3Do/mPZxaShE/hWGSzeheU1a3+DCvxrBH1bs0x0GdJeP+/kIb+hZhZ5Bdkj4Ar5vbEBtXadY+ydFWPtL0p4N4WTSQbcdGRgzLN/n'
    'dpEmtkUurN+lPBx0321+Gu6oPFkaz+Cxx7x06MsQHwb8+N7/rAfjxZScJhY0bfu+k/J9qkbxzS/jJb6W8u8plFPPWbT/RXXR/u9I'
    'iF/h43UzGq9R0ncdmrRDwp/2p+LHG9ic8uypwvzyqNbQcQZ3rnTW7nEIz6Pa0y1J+fFzVHhO8XAOKtstwMMwG6DqVLy4FQH/X46n'
    'Fy7XGXdUUu9zjt+PuLJ2F94jjuenUrX34XjV9wnaEFXG6ML7tOPP64hAFiWaV657+CAqa7LWiusf9T1Mxof7vgPVt4O0sVuh0+9x'
    'fL/uJrZcbplLQ8qG2Wa5Zc5E/exW6FG5DcaJqIyOr0m3zNGOH1dJh+b3SXByvhMt/s4AgVPn+DGhws4ZxfM/ytut0Av9ganzchxz'
    'YxvNKcO9dxf296Ad7vf/PhfighS89I+Q/v4OuP+H8j5zoZemr/TSn0Hew3rg/m9IXgr3XkHejWPivP8iyNv7bnEb/jEkL4X7AZT3'
    '91u99G7JOLwzJO8p8PtDkPd6lNclOG7aeFGwbB7oBc172xZx3oIg7yk3iPO+FeUtQN7bB8R9Oxfl3b0D9t1zxX07TZCXzxvNe7wg'
    'L58LmncVytv+RS/d+xDgMPC8R9zv5T0c5f30w1764l4vfeERL83shft/KK+Kl25AeSk/3gpwZz0pjnekinGk43s5R2gelydhv+EF'
    '8s3Ub3gG/ebx4l1e9mTAGfffE8POfozK0L6lYvRtkLT/VPStD/WRx87i3/j9IL7PrBWMCT/brxJ84+WOFMDk/Hcb8+PQvQjvDhXM'
    'C6+Hx15sgj0d94/XV4fydCvmUObHuynieItimvHYMGH7H47btyQinpnK0+g+bdLX05k8np4OL6Eb60zEC+u2UxR/r18if9LxSa3y'
    'nVb0VwvzV+mxUbVrC+wNumeZzph3n7oN+jGc0Ni74744hm3KANP36zKs0R66X7Wy0jiiKRYeS6AqAg06QoLfY04pDxzFbkVnjWwn'
    '/Pc9M3z78H7SpqT05NsJ7o5KzgLvm+Hbh/dL5M/DBrJd3XqHZgRt5CdjXor3TWb4tiS9BvawA0S3odv31ZL66B0GXbxS1TdLUN8o'
    'C4/nFqe+v7T4tjKyu3X0jocu7P9o8WyPdGWlQ5I9k/pO1qW3bhsejtEGXTwWtQ+34VMt3pyq2jAWcTxo/N5bWnwcGmFi//xJ4mwv'
    'wqERCQ7ROym6sM9vCdotjRK95ajB2I5olnHrXtPi66i7JXKpJHC0FfWxW3PfTwo3/9Ls95HK3jpZuI9ykz7+JKSeHSG2ODr+NrDc'
    '8zFUz3ZN3ivKvvCvzf6cxd3/RyT2RTK7ntsmoW5uc9bf7NtD9UnWdIfhWF6K+lNJHqsob2oO2qYlzVMV75ugPg5IdCmm61h37THU'
    'xwHB3cCkaMnPm/x6BiU2poMJ9OcpqCdpvoLuo/eWqR46bh9p8nBDt54keZNdhn0cidjHLZp93CWxC49zftnU5NuZdEl4Ld7enQZj'
    'y+3tljb5NjGmfALFuVkxYNExT6F+dxvshbpt/VVe3tYxQ1jPx4BFeYBH86X9NpWjqMZ1r6CtL0eE9VEEq6DYV1V4/k7Ubxkv16nY'
    '02R3aIv25hrwo/KKRX9zaCyiwMf3dU5Fbe2RlI0iszgNdONHIfhJyyFc+DMk8JOQO7jwX2sMwk9KzsD9zc43kKEOJHDGeLzRx584'
    'sgwX1pcbffvS7RH3BlOc+nDMOk3jUxb3f1RnJc4SRXszNE8iftRk3zgzBixKi9+QACxOKw9H4zokyBNHNyG6n170N1GBOinv83KD'
    'R0dM+UfdcXymIWjDG9eP3VCEtfmlMrXDdL2+tyFIV8PW4i4J32tS51CDv1ckLU8snv8b/HUXR35Y9DfT4K+BnWS8xzR5YFPcWIrG'
    'J6xON73cMR//JjQ+DY4Yl2S29pRG/N/66LDo2v9VffBMJ4rnSW32dezOziW+evgdobPAHu1bk1D3uVD33nrfbrwjgizaRAb9AUFd'
    'Qwa8UZ8B/7RDUNdoxP6peP3LBXUd5piP4aDGGG6qD953CDv/0/s1RXtTBEN1NilI9rIFBjBEfHDR3iwCjH0Exut1/l0EmSx+2HA/'
    'K8r/BHBfTgDudxHcHgltGohwnn1AAFd2RjSh159FcKlPWZ2z5jAT+zd8H4K7TXJ+iqIzuU4DbpTzfGedj6smcPE5/nyNtu2IgFMn'
    'COCOMn078j7JfZwjENyk9E/FeFNoLKPoXVwYf60N3q3aR8Zd59yqs2/9tNZvr0oXIDvbPRsBBj3TPawBY1QB424BjO2GffmkBoxX'
    'FDDeJ4AxYjgeNwhgjGqOB6cXfbUejsc9g1A++hLAz3LrCIrrv9a/o7uvDHyVan0cWuvHt2jPqO+WHoN8WKru6Znc6/hLTXAuRXdG'
    '1kriGcr4858mDJfz3k/XBM+/ovuI6xM8a9xdwTp5Pz9U4+8jp0ni2onwhPpSOIH05YaE4fL29tT49zUdch+T/24kPk0zyHdRcf0j'
    'GPye2WJIl0HapoDh+pudKTmbDRqeK4r2fwJ4pnQC09/5AnjDClsHkU8sbg9ZI4AX9cxWvG9W7d855PSf+soaY2Kfmj83KDtAeObn'
    'UVkTPVjxvlm1PwY9mvyLKP4Xn/OvoLaY8K1umc8ZlKXnsg8Lyr4kOedQ3uBd1b5vbl72VQMZgA5PNxBSx0BCdVyMxmA7OTse6ohl'
    'yBz/3mhQluLfcahvOuNlIkPm8rIFCE/7JLjYZ3B+rUX97ZPwcgUBDSzq/3J+W/pZPP/K3N/sTIUdla7dSvG+ac7vmwzemGScH80F'
    '73gXBPJqPF5j/L45KmsiHy3GmzIoS/HP9TfbNkn8oFv/TtR2vsdvzATj6op4it4IZTnfcBnCG5VfCB1e7W8SgsfbtxrBO1fivyLM'
    'Fzxt3/yE4PH21eT8O3oLG8X8l4xXerXKL0v9SC4jZRch/zRumf+s8u/fd0Sw5eP3IX8ogDMUAc4TAjg7IsC5ryrov2BUci7n6/7z'
    'GmXoev8HVKYQsrdjGvs+QZldhP6/TvpzU1XQJ0AYT2SiL9hmCHvAAPaFqK8yv5q9ZHzeiHBgW4R+cTjHhtQ9IKn7yJC6BwzqnoV8'
    '10aJbSw6K/B7xX/N+v0S+cMQ4fbvNMpQ3H4p64+FLi8l0rk8i+qmPEBBwAsU7f9DygxL6rnfoEwvt//XKENlw59A46LLI4l45Ns0'
    '6h4jeHWjRplfkDLDWR8XaRmV32ZVHy4XjMU+hTxeBOdM1EbVOlOdgam+ZU1WzzcMteega6gtIhy6rho14YTdIyvq/zI+LrwqsXca'
    'JnX/BpXhZ/pfM7E/YN7v/9AoQ/v4A1RmiyPeS6nPwyczPk91YibIL5nKRL+S8X3udITIyt28XwjJ+xpd/1A3HqvtGvSR0+/3obrC'
    'dL9Ff1OCvCJdbFH/h/KG6diK939QH0z1Zm75KyKW5zh1tqS8zl6TB167TsFXcN3jmpC8NGb8kSHtGtBo1xxUl+wsz9tVj+rqj6D3'
    'fj3t10XpOo21+ru0uC5dHwL7QuqifmSfC8m7i/ThW4K8Il2mm/chQd6XJPzDfSjvIBP7WuWy1zthbKLcD3LLfwzVNUb6gOmlm/f9'
    'KG8YzS7e/0V5uV/VcyRn910aeflZcyAk70kEbpdGXg730rTPC0Sl30X+Px08jyRhE1a0/0kHfeBQmrtEkIfK3eaH5OF4MTMkD5d5'
    '1wnyDJH2pAR5sLyxqP9LBfPQ/eG3gjzYVqso/0N5RHpeN8+PUZ5uiezuBynPh4jJnaXi+T8ENl/b/05g69wLKur/BLBfJnn+BcHW'
    '3duL938Q7IJkb7ldkGcX2VffhfKIeAM3z9tC8vD9fRTl6ZHwdX2or7r6FrfclQLYwyTPxSiPyHbKzXMW1G9yt6Tob1qz3CgZ23bD'
    'cry+Ragv2yRtmivIQ+tvCsnD4eQEeV4lcP7qyPNwOH9w/LnVlT8U17+g3E4N/P8hKqcrKyju/45vxxzXFuN+NC59Ejr5pZA8nG7/'
    'M8oj0qkU482i/urybsX9PwT2Nn7/LyQPp+U3hOTh/OWIoI0FjTZuFcDeR9p4hSDPS6SNFzml93DizO3JqD7RnR43zzqUZ1Bm/xuS'
    'h8//EkGe7STPfEGeEbr/C/JQXKtDeUQ+mYr7vxOkWyr+tOhvmpmV4236OfPmLe7dCu5vVqcN9Gz0GPPHRaT7c/P8G8qzU3IO+DLK'
    's0/CX92J8ohkFUV/08xfS7p6vaL9D4It0qm5ed4jGCOVjVUx3hyCLeL58zDWNSH8ex7WdI2Ebz8e8nSE5OH9uDQkDz8jnIvGUVev'
    'V1z/zPNXkpTtlgtzhWDcVeeMov4f9UHX9orr5xoNdYbU/2YV/Nthvo9xh+n7osTva9F77O+Pw8jB2jOBvRngposvw5+UM72f4sB8'
    'ivGnyUv2MP2ndf+cyHPozU0eaNlVdp7E88TizBNTzhNex3S9pZmZf007f4L528M2kSGvZiy5KdSdm7hz2wrlHXjfAOVmobwugq6H'
    '9JDxUryoCvkeF+c47N2Qbh6v7Ngk0QZT37epCG1U7a9ptL/ONWg777cJzT80Qh1fNayD0rUc5E3DHy4jghM2r7J6RfxKWJsbQ/Aw'
    'bnm3vxsRb9YM6SGAU26+E2GcHPjuSPrm9v0kzX5z3OT1zgFZG+bf3sj8OAiidbQU0svJGmkmNKgeaFAN24/E3MxR+DioL5rwmAoe'
    'bvcySK8g9Jlp4Kt733w+lGkg7aqGdvG7FctQP0T90q2Tr5EWyFODcD8L9bG9jH3meTWeViG8ayF7RlqwZ+QRPXLbvoW07e8n/u4Q'
    '8hWpg/rhuPdXbyntf8bHb7yRzzl6NrIITyuiLRyHdOcu7Dw4B3Acf1vJ9OJ+xGlTC9OLa+F+n4nanwNZhWw9tIKcyQFa1gA6nFoO'
    '8wDiVw1QMG12hhlPGx9c0DybPnkBjXbfzYO9D89lB8jk+Fw2AQ7MYH7snf17wSavH3TdMQlNleGYI9gfv0r2x2rJXpv30G+/H1Qa'
    'v2OI6O90Y9ZSv2zFeHTMj7nyBXj3Xnjn5nt2sffu3cyPJ7MUtYvvh0X7QFj3OO7OakiPZ8GYQmsgbSdjKuJjRe+sXEGxJoeUooGQ'
    'R32EpbyFbC1kBLzDsTD3nZDuMjxHyfI1oHxz4I+zeEnD5/vNBseLP8h5uhTihaoJDXL//aILV7M+er4roVUh/AGndV0E7pV2jZSs'
    'kT1XsThPSrWCGgk+3oB4ZTvvB8e8t8Dct6N3zSF6lRUJ6FVaoV4GOqMGdDYrljtPvjfQ9jdH4K+rCX+9CMZgLoJL+RGcDglkB2F6'
    'XAfJHlvg30ejFMdZxDpbnOK4uSmFvAf3jfNP89bAvQTCK7np60+W8koXoDzV46V5asbhXgLz4s64786D9KKEdHEZtMPL9jd+H5PH'
    'nT9XkJrI6mYhWAsywTSK3E9XDqKSXzUbwmtGaQrwYAjGrw/WYVaL1k4cszLTnA9dQSmMmR6yPgYtFj3p+k3ZhyYONJsQH/u3QJ/4'
    'XDshclAeb1O2hiiuDgNu6MDGayAdItPH8shV6BzGNNuVBfpiqr9oJPmSkBdFieca5VzJ60nBn2xscWxdXL7ZkG9rhvcyvU8zvFfF'
    'PpTJ9h0BPMeAhmEcWgJp1bgZHeR7NB6LKsRDcNkf5oGbEVyOB6ZwWhAOtcL5KgVljrSyZKEsWXRuEJDRSDK8MD1musx4XKQHl4KN'
    '02aPDoTJ1ui6y8P3WrImVhD9i44dRTn72PoeL83umb59vPvW6d9HHmf+9icmp4/ZCvTxBYhb//qDU6PPlZjXzBNe+t3Hp1YfcVz2'
    'TmLrXCewde4ldtSY/zHh12j76kPat4CJ/UPwmPVtLDx2QKeGDuRlck/lppB6O8pYbxfwr9S+HNc3RGz2RT42eH7duBvUll0WIzPM'
    'rwG3W18D/DW9pxEGx7S9W5nYnwC9c6Ljb/gVMgcynNZZ5+sFuF1riNs698508Q/jGL+f4NrVL06gXt37Rao7NG9kvm886vtsW0J9'
    'ds8HR2nismocOss8HknjX10I/h3F9O/GDUvoEb77q3s3x+Tejjsmt4KsdinoyHD9U73tm1HbOw6wtq9EOLKD6ceVHZ6Etia9brKw'
    'dkTrZhYT+2LCschEtGGQif2mH8HM4lwVDOFj/YYqr2gcqyTjpWMPmiP0RybzEtkdh8nieDt0ZXdu39408XcGKpOBvzBZKrcVWgnr'
    'mMrAdGW2qSlQT5isVSQP1ZFj8vy1UD6jsB9tNpQJHRJiG18rOLtEPYPkJfW6dXwK2UnjM9hL9/pjaKojYkRuvfchL330m15bWtC3'
    '2+H8+NT9pWcz992f7/LSj3wVzoM/iE8PTeyIW+G3A7aTDYhGclhNAjm6zDbOQThqbbeCOrNFF7DbgPS3aRtk+c8iHXkt1YemyJzk'
    'kNzdXeNNEy1pbvO/6+p+aD1pVE+YzRS2EcY2nFRHE6afF+HWdMcfnfuGYfZD4cpWd3TVduVdhKZY+6PJtTvjPHTGUN/K958dkPKz'
    'DZejHOoE8wySPC2OT0s4z8z50DrBN+4vI4Ng43JNzPdH8xqT5+Gyqv/DgnVcDd/+E33rI217SfCNt+1/C2By/0PPoTZ1krMMH5On'
    'UfkO0qfHXf7A0i5Luyzt0rYxT8EcifiKWsJXsHMm5vaT3r83tU/8u13Ns6a4fYQAflNC8DMEvvSsBfBVMLOCM/k2ZHvZALRulsFd'
    'pmmO32kYqvOML0OUPmH3Ljbp8Obunv0ZFrwDzjT2bG6PuoH5d6L4uwVgWzoHvXuQ+WdR/m59W6lMCdsI9UA6AukJEW0yLT4eOPjY'
    'YjivVxN5VredUzqnmyZ7TnXn02R/uRroQD2z92Rl92Rd/lVuhyd/kronO5lyX44bWD5j71wfuHeuE+FnCQ7p3iM1gRlHZo9t14rx'
    'A9D5/mvPemn993zbLzfPaYhvansY/AA+IYZ3PMo7f68PR5R3Fcp7HcA79hlx3sNR3t33QCzUh4O2anl0ninm/TbY7oGu4UnQf3wW'
    'bPrufzaon7gP2vDiI6Vwo+on5oCNESP3bGR3EJpAh811a6sEZ8km2BhNbc1NbNRXkTanDXkn3b22CfHMOnJ4fJduAdJvUX8zuM/L'
    'mNkdRJ27zmE6B9ynKLDovbyrybhTnWme4Nti9Lucfhd0caGFnOe4f4YmFvTPgNeizD+D6fksB+Olq0fPw29q99oosF3Ng15/ncEc'
    'VWJOdH0D6IxF2B3SerI31iC9uKz/IlxYLcCFFYgeiXBBZpO8AGQF5RxnrrdT2TFnCV24XICPqjtyeF3I/MHgdnCfXib8h66u/XCi'
    'Q+f5cyzoX/FwQpfaUJnmCtbdHOHsLxu7XMSxc/v/TkH/8b3bOHcC6Z0+lX2RybiPXGkmM9G17dGtv7rHbJwPI3OfYWJ/fdUafi9l'
    'd1W5T7uacX/8s4Y4hvHS4ps/36fdM7n49v3HD1584zByUMgU71yYNyOZSBXa9/hYcHidUKYa9uArkMzc3ndNpbi8YmKM/izX+Ma/'
    '74rn6QpWegff5A62yPeGuR8JV7I8fR1JwCG4KYKcXEtgLnrSMDGbdATqQOdPT3n0gq9dE/p5BcB4Q8o/52EYaab2i3JkyuPhMe9P'
    '7devYfoxM2nZbnKmrEt5Pv/K5ctH5Mfnvx19Pz4/dbx2WB2UUAcVwz+gck0oYZueKdz5HHR8m+NVgjQKzLc63prV2bPzEhhnTrxY'
    'i2CI1s5WZn7vshfdAeFrWpcPEt23DLtvQuVFbgyphUzuK/xoyTfZ3Q9TOG4bXgE6NQfoiIhfrrd25GH2cuXUMxvNP/cf9zbm+drn'
    'siBuZ4rvVm1lpfHEOpGcmq4rGuO4wPRjC58F97JEsSrpPraL6d9hFsXu041D6n6fwYJxWUX3w3uZOA4cjxU7kwXjfm4ld8GwD4Bu'
    'FowHF0V2jGmjTM5XE/GM7uLLTZDWo3bSe0/8vrcj6OcgE8dJNb0blWN+3Ph+pn+3XYSzWBcomttRVnoHf5Vg3mgcxiNYkFcqsGCM'
    '2Tzz/WaL7g9SHwK9LHjncBcT35Mcjji2YTGQ70p5/qZFMV67UDtM6sLxUEW41MHM/ZUlgRu8zyeH4MYwWa9vEODGr0meldA+Xf6A'
    '0rQBAm8uU8f8FNG7OgH9/x3pO9YbrUp5h3Y8DvsiznX/FJ3rNxrM9QnMLCZ1Jef/VxHnfyBk/r84UfYjGv3sI3vmLha8r54kfShM'
    'Es7wveN8RL97JTwSvQd+GsKzbYr9xt2bDo2IL7p9KyBd5CzBXhTH5waXz4tiaGP8mu14/kCpPwQ+FiY4UzDsO87bj+4xTSZPcpom'
    'nRgRrBPqsygPOhHqc4rGuD4S4fJOJo6ZTP1U6fAvHaw0/kWDAP87CPxhAY64MTJuhbHm5xIed3Ydiq/qpqdqxoXleV34lyFaenpG'
    'HPuXxot1y70ZvunG8+VtPCvj7yUcd06SxJcNg3cCivPL57GFjM/ajDruLY9R+8ZMqe9oHt84LBZvWFuj8qEnkZjCx0nmRKe+qDp0'
    'J8Z56aoI8pHpLi8pCkeaqERDXx2k43ian8GTiJWWFB6xGLrxTQSv6B3WEXT+4N9G0X6WB3kft2N6Ed4tR/lfRHsMt2NtIPVweWgf'
    'ec/LzEZ17GalPhe5fSf3ucjfzYA7T9jOagUL3kE0Ga8LI+jcgzGpYOqccDl6UrYEPEYWtzsVtIeF3WEwrasWCRqxnRb3/xDlDpKu'
    'T22TuWxFdqbu+DS1++cALm9313pzu/+7ud3M3lPW7uqI7cb27GtZ5WJz4Zh/5ciPY2km5Re+Cv50bDqbEV68R2ITcBGiVdiGyGRM'
    '1hvkn0P0U6blW5B90hzAZVG/ViHaaGKXY0o7jxHYB2Ha/FZ0VjiCtPEoYsevOwa6ftBUuInxhNsbtTC1HyzTdY3pTxWy4RT5MNa5'
    '75Vi4T6R04a0vQrlw22LS8dTMej4tZJx7EB9tjEEJieGgAmuOohmUdvMj57vpYft9G1p+LdXLvHSM4aDe8QJo176nfPEdpv0ngin'
    'S26Z19p9O4JytyUX0ZbR5C6v7nqah/I1E5t9TAPOgz3lCmLzFMUOU0SnL0c4xGltNwvGPmvbLjdhEd0ZW0VwrInIi4YU8mAs17oK'
    'yb6GiGyK53kLkv30aMjvtjI/XphM19dJ9OkbUDs6icyM51kL7VDJ/XYIZHdNRJa2w6Afc5Dsd0SznGj8tzJ5DJ85IE8SreONCpxs'
    'IOWyITh5RUL7nZMAn6DDo4l4yFWGPJ7pXU98t7OJ2AjSuJfFzWWpfP/A89tM9hWZ/SHFKQetiyRoa30CZ7cGgzkwtXWIyifmmG/7'
    'OaKwWZDduTOxCc2D7eqyCHZ0Q4Kx0NFjRWnjGZI24nb0Cc402G6Dy7tVtE9Hv07PIvjsLLrr1y/Q4VMbkCjjEieOGuap6DxS3d6I'
    'RHfM+aYocVUbJDZMsxNY24eE2K9gnJHFQxjUwAE33xKBnk9Hh67KMxajXZQGYf08xctBZK8Ud12IbOk6BPYVdL6bE5jvZkn/BiTz'
    '3EV0lmuRnlPmm76L2GktRXq4KPr5PiRXn8lK/dOvjAEviT3odCaPX8TnGdPaPAvGKwjbw7j+dxnq+06mfw9aZJdKdZqyfYLa/Mhg'
    'iWj8f4H9jUymbuOETz0/vdcjuSDf90z2KzvPU3+eOR/SkgBfVE34ImrfsgrJEnTO4NyWr435cas6JfZzUfcRUcyYEcFY1BiMxRzQ'
    '/eCxqYXyzcgmqgHKYZ831GdQLQu/L62yFYliK9YM/DS1E6iUjyMuc8H33uuZme+jlaQ/Dczcb6QqRnTUM3guJt/Geaoc4qNEdyN1'
    'eAHub2t2iL0l3etVZ9VdrDzxkZLQO9drjg/3VYvPQ6LzwKiAT8f5dOqJynfK4lM8xDyf8Ha/nZp81ReR3RWWN+ra0w7ZuT9g/cev'
    'ZPL4E0uYPDbEYUwdf2I2sk0T5RHFjqhh8pgXlBdMQv5cmwANr2HyO5LYxlHXRrxDsNeFyYPmgI0HPf+L7M11ZFb9zPzc3k3kCXx+'
    '3LYtFOiSdHmCHoO2dAj4aKyDEsmAujT5CJUMF+NUQwI4tVzzvKA7Rqp5xzwCvTPYKZGr/C3Y4uM8InyjOE35EcqnJNnvAU0Zre7Y'
    '/IIF74dSXXIScuNhdB9kFQveXxXJ19zyHB4j+E35wE4Cc7sGrAGNPGMxee0wG7O4foOS8Fcoovui+OjFmBEpeR6+x9agPDskcNzB'
    'zAnyuN/+4vj2BP1M32cNh/1yxPK8/h86/llNFSdeNxa6C/d/hMAtxIB7l+PLbnawysW1f39IvcNlrPcaVG9ScGn8ZhHOXuh4Miea'
    'R6RbGhXwEjS/7j09kQ5AV05A7+QvQn0YOUD78Dvm+63VaauuXnCHhCf4AbJPMhmbMJgPIV1QQTJWLwvom+i+5l3M86tM71Hr6ny7'
    'NOXEuF9UFtYn4EVVMGV3NbvJuhtFsulK1DuI7PIWTEJ/3bsMx2nqjAsGPCHuX6XncjAheWWS/FJdAvzSAsme0aPJz4t0IwMs/N7z'
    'GMijRHrjEcmcdgrOPZWi4Sb0XYdmYd8EeKxHJfC6JTRMd7yxn/QdhjqAKPVN9XNGVQLrpkmwbnR1le9Eds90PraRvNdL1qjpfhfG'
    'Z+K9mt95vQLkiao2inh+lV5VdR7YMEn7Vtsk7dNTaU+pYfH1jn2GvKvorsKgZP8R0d+fCWyI+zXsjtJTZMyTpkem8oI/IjuxFwVn'
    'SVN4/4HgdSQA79uofzuYnm8dPOf/HtK/KPDuZN6dqij9wXW/TPb/DgkvFmbXzPeTpQnNXznadyXSkXcT2F0Sm4IdBvaKfF5OQ/T7'
    'RYlMuxz1Lgmxi+xR8HSUPs1A9raqturYVnJ98iKBLkrE243G4IXDxiuKfrActHZuArR2naFOjtqgmfjX4vVgGNsN1nYXKiObb3yX'
    '7WLm+ULBOErtVzDfT/fwOO3DdoEFIjPNAv6I9nCdfuH7Izsl9GqA6fmg1rHlD9MNY3/DSyEf9RmwVEJzZXLbDjL2YyF3MnTaL6Jl'
    'fC42orPBmCbd0K077C4P5dEr2Wdqr47n8EQ0h+W+B1IO3rGBmflovgDxU11k3F6OYFu4QWCLYeqjmseRM9HR9xnirkyWbXIOLIfN'
    '42TgwO6E5mwbsisdMtgvRli4n9CLDhBcWI7sYHTs3SnfOCiwz+2RtA/Prc44x8FVfKbPItx1YZ4aQj+i2CYfjfbMTmJfzONPhPHR'
    'ceyXmyLeV6A8DI8tUA4Zv46dW6/knMLX0zGIRoywcP/sI+hclMQdvpkIzpDB+WxAYavnnotyTukdgpThecPG7yDxO/bsN20F1wh7'
    'jIxlVUF4TPA/kyD+74qA/30J4f9bE8L/M5CcYisLv8PdGcLD8ju9swXjoWsXKpNd4HNan0Eft0fYP2S8/VSyZQ7DW35HTDeuMbUT'
    'GmWl/nPw2I9K7JBEa6fLACc7Nc/ImH+oIThL7zm3MLkvBawToLYlOw334pksOd8JIwobWx2+U6RfykO6UvBNBX+MmcfgGtZc+yqd'
    '37Fwrq90vbOZma941djr4HMroVn0zvwY4jFN7idwXriBrOHdTqmN8k5SZhGiCTuJPXOSbRwl+uOCQp43h5X6bMH3FMYk9wnmwBrD'
    'ZapY0JeNik7xfr/CSuM08vrwvcpKynuSOA/MCrHBojS0SYAbmEdw529TiJ2BCJbpWtsn2eux3n6WxJ6I49zbnNKYQjsI7H4mjzEm'
    '63fY3Z85krs/Udonu8MzT7A2VGM7KNjfRet7V8h9nUrie2MC+D4V/QilHU8XpStzilLHrwhfrLvuCpJ9a1ZMvQi1+21GMhqV/5gO'
    'JvfDk2ZBvzl8XHPMH+dyzHsecLRecw5lvm/c2HA3EDr3ioHtN9UHDRqUHdAso0Nb4vqw6jLQkw5HqNf6Ejt4aOy7K0Bj3fjOl8Sk'
    'sXFpqo7OgfpJFdmAiPgczHNUah0VY/NNfDs3wrh2MLEPtZmE7uxjZvdVcdtMecNshcfu/2eeb+UDESerNHEyJ8FJ3T34JubHY9Xd'
    '/8LuKZjsQbsk++9ohDkzrV+3f7r2zdNp38X+yQ6twD7MYwC2Kuws+5g4zneHYV9rWHn8Iiwt8xyPMT29KsUDt/89BjxA1DrOcXyZ'
    '1jUx1vJggvS3HPu+6Gx1aBnnPOkz1ktI9jigafctO2PpljHZW0Y09Sg656gRiS3pcIXocpw165a9LqF5Crv3N8bC74+b3usz1Z1Q'
    'uj7Got8pkt2Fn4rzGyY3bRLwgzpjnrRMnu6TeZacH20dvQweN25r9DegozXZT1R5RToZUd1L0J2XSuuIRO0Jw6FDFLL3JPQ/6UmS'
    'hyfhz71e014tD+9WSmwPBwR7jMhnlWwu+5n5/WuVTWQe7LEPn8Q2YNuSuYCTScnNdXzPYZl9nuh5hpk4zkmYr3d673uHBA+6md6d'
    'y8mSc1Z67bwRnY26JWc42b49EJLfRJ4jq5v6BahEfSp85XiK7dEpvm5n6ntzFC93adqeqXRKbrtOMpAXbpXsi/0GNjnbmHkcoO0C'
    'u29VmT7JmMyvoCyEntno+m1LYP3mBGfePNimr2PBuBpRbYswP9Ig4UdU5+4kda1hay9jID8twBjyu3j1YCtnOre4/qoKy9zcuIuX'
    'SWgB9WlCbQb7WLh/gjixfXR5ddH9Sx16Uql9VxTDSiRjrZHwF90sGCNrMIRW1xD4tVAurhxN536vyJdqHv4aJDqDXo39p470qR7B'
    'yCH+djLxlt47GpbYlG832DN7BGPRUCadtWwvuGOa7wWub58VIXehwtqbUbQ3W4b2rga71qTnQ9aPcu677pg+oNB5iuhhGP0UzSHn'
    'ado05jmqvLIrhP/Huq1ywdfZA1pjyMlVtO80RPtUZ+JBA7ir0PrUxXfqWyQJeXaUvb5Oop/ne1iO+fcldflNt46PIBtf3XKqdt/M'
    'zGIA0HMcb9s1IOeJA0fV1ktZ8I52H5Pf4XLLvFlg9xJWRtUG16fnWg0apaI35ViPpnYgBQmfMVmyqZYE+JlGpn8Pbxv0vxDCB13J'
    'fD/33QJdFZVbTRX+Bvvnp/oy3XZPBp8TdkbnZ+RDJHJbkXxXV8dBZdZnCGxSkqhnBM1Pq4IudRjIH2n78ZkkCfgjijPtgSjHNqEV'
    'nJ98DnQruvdrC5pzV276oWtPTtfjx5jva74c/a3E+cPNczwLxoExvWdZCXoZdZ4wvU+qj5N1NlyjOBuOKviuJPsfhUeT8f7VrPTu'
    '4Q4mv8+ro1vktP46pOMcYGL/iGOSslcn2B6+R1yE+HRVe3iZ05neHeSCZr+OMVhrYe1aqGlvMmSwdrtCZKAynww1k7jXOgnstVzf'
    '8QXm+ynLQnueXey9OxL1cynqp/t7mUBfS8dgiIXHoQrzC9GL5p37PhDRp3KcWY6Euk/MeOmbM6VzvS5T2o+T4fvN8/x+bCR5NkCe'
    't6M8JwD8syA9DtJTIV2b8duRh/shG5i67nYodzy0oRryngJ5b5nnpe+YFzynVrJvOm1z+/0Z0I+55c7WLBfWPpMxOdjG+gxkI3JS'
    'prSPZ2QO3nEJs+2bITkfnJYJjgVuF6Yr+NwguiMWd3/huj8e42E9GQv+e11Gz+4hnZCuy23rN9q99O52376D82r/Ct8eh/QrkP6q'
    'XRyb4/V2P2ZtHdq/ePnXIf1xezxfgg1ozNdDesi4eL9OJThWHz3fSw/b6d9B4N9OGPXS75znfcP7/CuXxO+viV+5af7wYVzMoj8q'
    't3KJ+1R18eDCzlLcZVu89NY75HjBfZeL/Jhju06Oh3cXvPS1OzycWyz4duUef63XMLFPUO4DbCZax/90uZce1+mlvxkLrnWe5w0k'
    'D7Wlw33MhPQxin8/3t+f9Xhp3U7fNyf/lv0wjNOtwZjW99zhpXtu1aPHmQRpzHYYt+90+b6Y6DfnOu/boWjc+Td2jv8b+0Ir7uFd'
    'pbDxvPFvvPzNXXKaxf1cz2SlvsopLlZdAPvIOb7tM6+vDubmWxd6afVbgnP0ZujT+p7gHPFvW7bJ8Yu3sxa1s6oCc0j3gpqQPUQk'
    '82kUrHFMNz4I++hAe2mfWyTrYB+M1ZGXBdtz699C2l553uOF73rpn+8Kxqv/LHx76nHI+xXfPxu3hRr5tpee9YyXvrjXS/d+LYjf'
    'h0vqrAQPEtVHVxPIm1tZqd8zXPcqJBOgNNNh5vExDkHrxi2bEuStR3vaminevmMq3D4697mIcy/ir080xFERLaHn8y9A+uzi0nXQ'
    'YtjWa2AtcbllH9Dd4lw5qQPmSes/GV2Y7hBs2uSN11/Hx3NijpNTIkMHyTA3pk9ewO+a+nLH62gJ3/PH5XyeCoc60Jo7MnDmSR3U'
    'T3GgyohDmM6sInxEjUQOwmNDzkY6DpynCenhthPdMbbl3h5i95yNSTM3GOK2jD90YuzhG0h+2X6FaXSrZJ9rVrQzHWO/ke2RSyG9'
    'PCKtoHzf3oe89NFv+ucC/u32J4Dvu98/v3AezuXZ3PQjX/XSk34Q5Gf/8WnI81Ry/N1JiM9jCY55A2r3SlhHM9om9tC2Ujg6fEgN'
    '6C6rYQ1VA+1s8sQMwnZnYuBKR4LyqdR0jHtwk3esZVEJsUYWEz7wgwJ+zWG+DxXLr5G9lo2npwu/1oD0LJyWHU3y6cLivobPQe+w'
    'rJt90bfBkdH7ZegM7+Z3069K8i5AcGY9WXq+n4O+/RLo/t4ngnIkB2QIDz8U3C/u/56XPvPN0v3CZH8/yXD8WpFMiss+s0D/2V7G'
    'PvN86dq9Ee0zFdMZpKYhTW6iKzESm+w9bcFXJvun7vy3xOS12r/o81V5sF/i/NTXnvXSelgD333cyzOA1mfbw6CXfUIMrwvlnb/X'
    'hyPKeynKex3AO/YZcd6zUd7WR7z0vkfEeU9BeXff46WLod2ZJ0r7dhyy698N8sPXgZ988l6QPUI99z/rx2TjY3YflzU+Ugp3IWpD'
    'BujUugfF7Z2N4LEvi/M0IHiYRon6FJXHbWWl/pUakMwUXobyMKY8yBqBDKEVeFLM4/KxOQrGaiWcI6uJPKsJjsT87IJhVKH8nL+m'
    'Z1ydcqtIm03jACnHOLU/XELsMbZ8ucYeoBjv0CeVLF+etC6qFWxQ8Px3w/xn7Pyn0dkq2rlMdTBL+Nwm2s8LoDe9fSDIH7/z3NJv'
    'mD/eOFb6DfPHr4JOMiPQD/JvF78zvjwlDi5OMxOWNLFDaWLJEySljYvJ3FE9F5ZPtiL9uqVBGjQoJTtBJLAJ2T3K7lGTtEfx88rh'
    '7wXbKrAlmn2jl37g/RAjA+Xde1tp3l/eAPIpyNuN9iIO14XH/ZbkCBy3vPvtEvSN1n8ulhuR+s5A3xb2eulfLve+nSz41rDZ963B'
    'v30abODW9fr3b/i3l8m3Fdhu6JzS/h0h+Mb7t0BQ38Le4L7/MvmG9/1ndoCt3gXBff+n8O3/vtvu+4nv+3vKuO/vsfu+3ffLt+9n'
    'Y+z7B4qcZ7JiPB+IY+Sw5GTdScq5t2jIuS8xkHO/2UDOvclAzr3WQM693EDOfZiBPHqmhjy6TkMGHpVHSNqWRdceohWVyyN7jFkI'
    'JteVYjn2PPh3Gn0vZ51JxJ3PsXg2KrR9KwT9WUry83zUdkZUF17T3OZIx8cG9XG1GO5M6PrfMI1Vr8rzCou3FvhYmehVWiS2mRmE'
    'g5R3W0DubnC9hgx/qg8g/JmniT9xYptyfMPxukzxDfs7oP4mRqcpHlUdQHjUaECHuI8M7GsKx550f78cgeaMTFM8OJD2o1lMP1as'
    'KrYN9QW9kwXjNur4BjrQ5z8VY/5NdNqpaS5RKg7Mp/Yf8ZvM7ZpalQIj2VwkJRcItVnQEnmnmH3w8xCe0k1JyoWsjYnGemRxbL/V'
    'Cpq4shIG9yiW3h+U+//2MT9PnH1HdB+cyxT2CuxwR5DtncpfgMXP2PgZwwYqlSh+RtITTN9NPa1ru2H2bDKyC0lSDmf38thzZ7SX'
    'h/HkjJyFNoP9c99dZueJv4O7Fq78nuuiOczTnvLSpnviwcR7Qx/sV499Wc8PoeVFD1z8NeVFZXdWm9rj31kt3jndUQr3WrCHfIH4'
    'bNLxxbSCyX0xYVsP6psI23pQ30TY1uNdAPPFsaCtx+fAB8yF/6+9Y4GxqrjO233ssrsIuyCCC1isgGBoXRqjC9WE1LU1jUVUEmjl'
    'ux92W3bfrutbUAIWE200kgrG9N/UNDGRdkG+KYs1Qi3skhoTbKUhsUmtNi0kTTVIo4ktvfPumdxzzztz78zc+9y1fZu8DLx3587M'
    'mfObc86cs6uYvhat8tuJq5PrXrr9aID9WOOoI5jmWinF/efxlwOfRBr6N80BhPeC5g5y1b+nkfUo/Cz46yDX04/vdrvTUM5Hx+Sj'
    '25FAZ9thr5NVjGE8V3dB/wN5D69D3121spinyedk+5X+Yp4mn8e/YZ7W0u63D6wrpqNZHeHfyrkXP724noSnl2PS/jdjjcchnUfV'
    'XtPJ19vQb/sIz7gZ/XYWchEuh3yDN6LffvdN0Ctbg/oCNIb41PeCu6AqVkbqd7L9WlOQt3AS4sN03ILe1xReG74LqnQ89UxcPsEy'
    'n0vE5+Yk4HOxfdOKw8V5OMs87/8jDjeJ/kdzZM1n+GuNCNc1wbVfVJ0Vmjt4owjnDu5Fz6gcXznyno3omQ4ylqrruUbo8xSr96wA'
    '+MT56dtJvy+TOA+TGmCyX7MI8pdtIOtehOZLa+SoHGfzRXGdZBz7w9U5NakVqnK3x8WV0Ho1G4Q+H+0NSA/D9/ZNbXs3WuLnBBGO'
    'K64W0bHP9AxL8XuBGP3Ydx3NTRdBPesrRZCrh8Zd4xiXTAnhz/GAPg2eL2NojsM1Wgt9KaK5TYKvVU/fI/t9QQR1zvtEcT1z0xid'
    'PInLonWrtljG8ORJDF9OBLlxC7HfETE8pcJV1/gqhZumz1eDfs3lh8wROHdr4uLaBF+bntZobBV8vVz1+1YDXOxl9hzPpd0AD89l'
    '/ZwzHO/u08zRpLYyrnlvWv+bxpCZxBO6zqMVxbhJOHw/69MynmO7Zcyk7X5tQLiB5/ZJ7ANd/0pv/V8k86JxvG2ONJBj9AaT+HSq'
    'P9jAl9IBjj+cidZqA2sMG1o7tkeD56Zx/2nhDl3r25VBnU8u5y1XhykKjzZq4NND5vU3aC8Js3jyqDXsj1hDroRrMNmXi4Y49+1K'
    'X3fBuN1hQQ+0tqCtPs3hcJ60AwzPkHNfXunrzaOFQ++IcB5mHYznVfq+RwwnKm9ymnelJbfz6Hc5J3lKXyz0dTiT1FzV8buNmrnl'
    'CFzj9FTTeyMjFQFubxHmtWK7xoDc+2GFfxZT+Gcyd/y+Hs3+29C2jpdvZvZZzrm7wr8bxvESWs+2VbjVHubWqpvPnRX+HU0TvdlW'
    '3nbE0PwCNHZXiXVyStu1Ff4ZZyzLnbczQR1SCnsT3aRTmNUFpHtngjfHMn7drlLqYRQeP83ocbGd2Ye092N7xq91lWTN3zKkjdbM'
    '6PLWL2V837hOb1DziBuvm9mnqHHnoHE7LM9w3PmP6goc7OS4VRnfX+Yyblow/yvYOUvBa18XwX1U1fe8JS9RfeJqscvxDooAnqNl'
    'F9iN1mw7B06m5mLGkzp4owMO2erKMpbwM5Z6Txr6hRz7VhHUpk+D76sa440OOJm3xElc+zbKToJtpKruOM5LMoLilaYi/8kCxoY6'
    'mrZ+lRdlgkhe17KQnxrydzx7yq4fvlOTFB6u97ZVDG4W9lcQu7fseyX4+Kivuxa9JyvCtQp0/VWuDZxPR/ZdLoIcHdiXJJ9/RPD5'
    'dNaI0cthouBG76PH0WYPsUNUZny/mGk/Ha94H/k7+sjZoVej67+LaNREZ2nT2Fb6GZl6tYW86rZ4Vo1xBPGsjTHr/AXym7Ra6GbK'
    'v/0jEdTNc90jfEb4TkrvU/W9+kWgGzajeu5xNeAXwbNLSS32m1ENeFzrvhl9r3z6So9oiRnPpJZ8VH/s0+fisBdFxJfdIPS1Tq5D'
    'sWB5yNH0IeRhOn46yCGii4WdEhELO4GJta1mYm2p3zEt3pZmDMr96N8Ne4N6rtyza8aAj/R+9DzObcbJLtP3Yvx8CNo/OuofcXNK'
    'CweqEupJ3HO1jnrSIYiJfBvai9CONLnpb2nN61/LksO5JgV91GQ9cfn8ouwSPYw8UvKS3juIspOnQdt1YwhemxzgRc9RlA+qfqNZ'
    '2xLDoDKC10xDun8GxTKp/pUx/SePsqwyWWNUTenRklOcH4v6K03stB3oPF7KuW21sIt0GsztqhTmhm1C+CzWaBC3YXrmGNDYTa6H'
    'MbkYBmo/6dS84yo4C+C5mpyH2jTv42LYVBz6chG+b67uw06JgVWbxn5FY3XxWqi/wcZXx8W6VpK1zEdr4ebYi3i7Cf3Eybs08gdj'
    '2+IGZh9NZRbN6Y/9JwMMvklYfpaJZ9D5vzn/RI68d5Mm3juHbL9Rccu2+dHSsttQ+7QpzNOyP7qOX663ztWA9f9KVW99OtAn3pu1'
    'opzbDucq2rFeJPmLvI1Dbb5ST32D3HUQZRoq01CZhoxpqEGE60S/nwlkltIJG4B+qsGObyOrF1o8r2y6syzP61y8vWl/OeYMh3XN'
    's1wX1nfGlXlPmfeUeQ8rv6vK8rtMQ2UaspLf1SC/XXJDUVtvA/LLLiQ2lluJvahGROcMT2IXGUs+C3rHMs7XkFZM0xUpwM8lhtEF'
    'llxcWVS8SSn3irMPZRPAMg5mtna66Wi/5fMVRBfX4cPEBGvoZWJ01J5JHjCXmadrbHFvwnsh+Exie98rp4lz79esg74zKZ651t2J'
    'W2eXZj0dGn/HVOYekus9KJzjjbvjUC+C/ACbDfecswHr/EITSgBT21irTY72eHofsl9zl8nEL4Ft7jbnY5d8CUuQ78blLif13cjz'
    '8pyU7xG57q9JTuKaEtFxH0NDcX16I+7ylMKXmo/xpdZb0DrGOYVXdTG0oOIsbxTBvcU0/bb0DkjUPGxoUhe7N5vhxRzvriA+vI1k'
    '3vhO3yTodw2zBhOZiefVi8aLmy/nh8VryKLziKnspvit7onQ2ly2d7jaGN8lZ4ujtNOQgHa2oLG4XMLXExxvQDJ0NnlHr2b/22Nw'
    'TeGS6mMai76JwEnVEMVz2WyIC1F8JEvwvEvo7/fqcmRF+apzEXBK8+5IIe54tt1ZewqjJ6hYY5ucTxkEF1ynRZdnkMt3vvCNcM3Y'
    '2Sj2ufm1IKZXtntOBXqgqh0wFe65fPBrO5jNhH6XBnkcSvNOxsG5bnHOV8KnVhTXRVb11XR1kdPEr6p7/faXywJ8wbFrFx8FHLhX'
    'H09RK/T3mji82P51yKF6X3Et4brO4LdCDuqVyXLQp12/1JaWKP1MA75FafQK4KW1iL4+LX8ZbFbEhTGypR7T5q/e+UfdyA0O8aiY'
    'HmbAwCNDfnuXqtl90g6/3jrst11Q+/tduOeXP+bTzlcBv+R3TwFvvHU4us9tqM9hqAH23JFwnx/sD+4hyj5NIH9w/ZafAJ9f9SbM'
    'FWqEPzcYrm0+AuPftc9/1ywEn99CDfLjp9zob/rh6HnHyYck/FUAvHcPB7LQpv/qPwRwS8vmiGWklK0FWBw0q+tIZaXsOwX2R+wb'
    'vXsVOj6fBX0Cz1fWNcC20gkifD9G5ReVCS0v/wxqsDSF9axpCB5YXmaagnzcru+fTHTumsv69U1B8bQbmHMcPYeaxlF3CbPct7pz'
    'rqku3a+JX27X3OHg7o0nyb9E7/h3x8RRdzPzqkf20KRxwa5+Ec42u1kD6y0afOHyLEwSQX4e07hqE5tTXhP/2y30edS4ucXZ2ZSP'
    'i9ubPhI77EofNuezmRo7rrqjuQed18fBGG/MKdaT54twPskFGnjY6CbquayIviuos5/LdSw2tG2Z2jFpfqmHRelqXdPcdtw9cO/o'
    'IlamwHtMcnea3Bs3tZOXGm5dwjzHeHsMLSv8UjiWgTHVXGSS2cJrMzvYiIZqmHu9CPLj5UnbJ/i7xA8SGKh82apV/FDV39iiaT8v'
    'grpGtfDdUkJTKs5ikghyfeP7Yoq2lYzqQfb4SRq+UaHR2ybDHpra6Exzxrr4rOo1dzricujQOz9p+I2i7i/N19i35hFZQGV9J6NL'
    'lNqf9jkYA8t36tPNC/Oc6H0inNt9KtIzdbKb6kz9zP6anLfqEY5ExePY5PY01WG7STxLp0ZXsr3DJelvueP+cjDW5cbqj4mpUjQ4'
    'RRPX0KPZWx3PbhZBTg5dDsicZh9M8iDS8eRYjSI6b5aLvmmrV8pn7h5D+zkjob7RKfjcagOEDzQzfnZufQMaPYZ7tk3Y5zTvQHJz'
    'sjD3o1LcfMhwv+W/dbUmtsTgblSuRfV9lF9FEH9WK8GhXuIjxueEs2CP+Ae0+5ui1zteBPm1pJxSv+1BvHmPSFY/RFdDaKmIryF0'
    'iyhNnZxrRbK8WCr3E64D0hlD4w8Ls70YR/bi9bnBXrw+106vvwR213poj4Jtd/3RYNxGkMu15CPzqchcKjKPisyh0ut96jyhdmyZ'
    'R1/ev596Uoh3nrSzyEflaCnovtDKcWQrx5JtDr6XY8pWjqvmPx3mX0M+Q16fV7zPx97nGe/T7n3u8T6PeJ+V3mddk/m8h2D8V6D9'
    'GNpnoG2H9h5oH4F2JbRyLDXfWrTPdcgHWOetdfvT4XHrYP3ye8wzqjQ8Q/GBn9/vt7dA3ed/bi32wet0Px1+TgY4V5HPEm+OFx71'
    'YPENIe7zhOSDa4V4775oeC6BdV0Af6PsW6hPfTfQ7Fq/le+Jw1OJI9O6fd4n+Z7keecBb/dCu7/JDk8V3sn36viqbM8TPN5L/r8f'
    '7ftMmH8d+Uxd58F/wMelIaC1V73Pi4CntviK1yHfXdCtB8L4OkTo7lVoXyR4a4LHWYSP8vOWN+YHbeF5vAXzkN9TGYfHvcDMh9b2'
    '/RP8diJGtuH5ZdH8rn3A26eO8Pzkd4X96+DjbP7yXbDNP108n2rgSf9+Ino+E2H/s+RzpyewbveEx1KPVms6+X2Uz8j2dvCXLwW6'
    'ls9z61Vx4PLTvVeIk4fC7+uGHGvyext5Iv16HHyaT4R9bNhW0bTPfJ/wvGU/6UPH86axKS7+L7wfypfUiPZD5k2VOVPHezKy6Qy/'
    'Hzi3asHHdBTmd8ZMt1Nw+zP03/taMV7hPTKBXx2Bnzjk+xNDTu9DgZ/RBn5ZgN+Ks+nUGle2tsbL9r4/9d5q9FwVslvXg31EGOKZ'
    '9GdKX6aI8HFSu2HLsHvtYrW/j4OPeO7R4trmyn+86EQxXrwA/uwXBqPxQtVRVLHHKs9W3yHfp05xux5+w7kqFT6b4smRMwGeyPY1'
    'oAsxaPeeHS+DnjUYv383vSTE3w+G13ET5NiU37vg+eBwMRzHETge93jJOQ9e64eK4Xgc/OznAJ7yGZcYInG6eP3VZP0femM1vxQe'
    '/0MYX35vM+47h8PjbxtKhuMq/mP3cDEePz4S4EgUHtcQeVmQ/ccDeUR1CfXb0G/C4+w5VlxPW8WpbP8V/yzno8iI4C6imtNij05X'
    'nfDjbFYf5WXGYpCRq06EY3Lk8zZ79BjQxiqII3riTT62Rsb4UByuJjgsz4PyLIjlrJovPiu6yNyjv/fbM6fd85bH4b6MrzlHdJtd'
    'wwHt2Yz7LMQbbYd1r37Trv/+wWKepc70leRM//xwMN/nLWOEVPxYfYnHwfQZx4OlfiV1K7wPMx3ieTkegnUPKidXHAM+xfAXRdtx'
    '+ucE5HPEtKHWtI3h7zSeapsjf1dxeC8P6WkXw3wiOse0yFi7A+F5tUD8nfwe66G1MXqoit8Tg+56qA6OUrfd6fG8lgPFcNwL890J'
    'PLHlgB0cFfybz9r1uwPGfQzF6cXxGhnfvms4PH8c824z/k6A6ezh8H5ME274tAfoIDNSLFvkni1EsZq2uljLyQA35buuRvN0fde5'
    'g8X47nLGyXs0/hHR/fJA9x9Z6n6cvHORz++dDMuDBYf1tK2zv4+/zMcvYpqleegxzdL89VG1p6+Bc6qMO8QxiK6xmDpZpFsTPheq'
    '/Pcyd/0nMd//AmWiwdg='
)
