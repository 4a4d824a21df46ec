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
 ('(abonnieren|bestellen) sie (jetzt )?(kostenlos )?(den|die|unseren|unsere) .{0,40}newsletter', 2, 34, 47101, 250, 4, {}, (None, None, None, None, None)),
 ('(assine|cadastre-se).{0,60}newsletter', 2, 34, 47351, 108, 1, {}, (None, None)),
 ('(jetzt|gratis) (lesen|testen|abonnieren)', 2, 34, 47459, 124, 2, {}, (None, None, None)),
 ('(powered|designed)\\s+by\\s+tistory', 2, 34, 47583, 106, 1, {}, (None, None)),
 ('(sign up|subscribe).{0,60}newsletter', 2, 34, 47689, 99, 1, {}, (None, None)),
 ('(©|ⓒ)\\s*\\d{4}', 2, 34, 47788, 37, 1, {}, (None, None)),
 ('(наш|наш канал).{0,20}(telegram|телеграм)', 2, 34, 47825, 93, 2, {}, (None, None, None)),
 ('(にほん|日本)ブログ村', 2, 34, 47918, 41, 1, {}, (None, None)),
 ('(打开|打開|下载|下載).{0,6}(app|客户端|客戶端).{0,6}(阅读|閱讀|查看)?', 2, 34, 47959, 122, 3, {}, (None, None, None, None)),
 ('(扫描|扫码|掃描).{0,10}(二维码|关注|下载)', 2, 34, 48081, 73, 2, {}, (None, None, None)),
 ('(有料|会員)(会員)?(限定|登録)', 2, 34, 48154, 64, 3, {}, (None, None, None, None)),
 ('(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ]', 2, 34, 48218, 180, 1, {}, (None, None)),
 ('(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,}', 2, 34, 48398, 156, 1, {}, (None, None)),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО|A\\.Ş\\.|Ltd\\. Şti\\.|S\\.r\\.l\\.|S\\.A\\.S\\.|Sp\\. z o\\.o\\.)(?=[\\s,.]|$)', 0, 32, 48554, 312, 0, {}, (None,)),
 (',\\s*(photo|image)\\s*:\\s*[^.!?]{1,60}$', 2, 34, 48866, 101, 1, {}, (None, None)),
 (',\\s*photo\\s*:\\s*[^.!?]{1,60}$', 2, 34, 48967, 74, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 49041, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 49139, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 49318, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 49399, 21, 0, {}, (None,)),
 ('AI\\s*학습.{0,10}(금지|이용)', 2, 34, 49420, 55, 1, {}, (None, None)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 49475, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 49713, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 49967, 190, 0, {}, (None,)),
 ('[ \\t]{3,}', 0, 32, 50157, 18, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 50175, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 50413, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 50441, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 50621, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 50813, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 51019, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 51051, 30, 0, {}, (None,)),
 ('[.!?](?=[\\s\\"\')\\]]|$)', 0, 32, 51081, 56, 0, {}, (None,)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 51137, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 51256, 131, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 51387, 139, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 51526, 151, 1, {}, (None, None)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 51677, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 51993, 221, 0, {}, (None,)),
 ('[.!?。！？…।॥։።။។](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 52214, 533, 0, {}, (None,)),
 ('[.:!?;]$', 0, 32, 52747, 30, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 52777, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 53101, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 53307, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 53335, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 53355, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 53387, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 53549, 16, 0, {}, (None,)),
 ('[\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]{2}', 0, 32, 53565, 112, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 53677, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u052f\\u0600-\\u06ff\\u0750-\\u077f\\u08a0-\\u08ff\\ufb50-\\ufdff\\ufe70-\\ufeff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u1f00-\\u1fff\\u0900-\\u097f\\u0980-\\u09ff\\u0a00-\\u0a7f\\u0a80-\\u0aff\\u0b00-\\u0b7f\\u0b80-\\u0bff\\u0c00-\\u0c7f\\u0c80-\\u0cff\\u0d00-\\u0d7f\\u0d80-\\u0dff\\u0e80-\\u0eff\\u1000-\\u109f\\u10a0-\\u10ff\\u1200-\\u137f\\u1780-\\u17ff\\u0530-\\u058f]', 0, 32, 53883, 334, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 54217, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 54413, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 54467, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 54491, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 54515, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 54558, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 54820, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 55114, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 55132, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 55149, 29, 0, {}, (None,)),
 ('[{};=<>"\\\\]', 0, 32, 55178, 28, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 55206, 124, 0, {}, (None,)),
 ('[\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000]', 0, 32, 55330, 206, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 55536, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 55666, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 55873, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 56143, 230, 0, {}, (None,)),
 ('[、・]', 0, 32, 56373, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 56391, 104, 0, {}, (None,)),
 ('[가-힣]+(?:의|는|을|를|한)$', 0, 32, 56495, 128, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 56623, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 57042, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 57058, 44, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 57102, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 57191, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 57310, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 57385, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 57466, 16, 0, {}, (None,)),
 ('\\[([^\\]\\n]*)\\]\\((?:https?://|//|/|#|\\.\\.?/|mailto:)[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*(?:\\s+\\"[^\\"]*\\")?\\)', 0, 32, 57482, 186, 1, {}, (None, None)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 57668, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 57704, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 57817, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 57861, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<\\"/^:])', 0, 32, 57885, 28, 1, {}, (None, None)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])', 0, 32, 57913, 28, 1, {}, (None, None)),
 ('\\\\[\\\\*_\\[\\]]', 0, 32, 57941, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 57965, 44, 0, {}, (None,)),
 ('\\b(afficher|charger) (ce|le) contenu (externe|tiers)', 2, 34, 58009, 141, 3, {}, (None, None, None, None)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 58150, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 58633, 277, 1, {}, (None, None)),
 ('\\b(straight|directly|direct) (to|into) your inbox', 2, 34, 58910, 145, 2, {}, (None, None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 59055, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 59156, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 59181, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 60030, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 60138, 33, 0, {}, (None,)),
 ('\\bi (agree|consent) to the (processing|storage|use) of my\\b', 2, 34, 60171, 168, 2, {}, (None, None, None)),
 ('\\bum (den|diesen) inhalt (von .{1,60} )?zu laden\\b', 2, 34, 60339, 116, 2, {}, (None, None, None)),
 ('\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b', 2, 34, 60455, 193, 5, {}, (None, None, None, None, None, None)),
 ('\\d', 0, 32, 60648, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 60662, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 60690, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 60837, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 61052, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 61184, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 61303, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 61364, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 61476, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 61603, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 61724, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 61998, 134, 0, {}, (None,)),
 ('\\s*,\\s*(?P<name>[가-힣A-Za-z0-9&]{2,20})(?=\\s*(?:[.(<]|무단|all rights|저작권|$))', 2, 34, 62132, 231, 1, {'name': 1}, (None, 'name')),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 62363, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 62500, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 62557, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 62676, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 62704, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 62720, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|ostatnia\\ aktualizacja|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|päivitetty\\ viimeksi|oluşturulma\\ tarihi|pembaruan\\ terakhir|ultima\\ actualizare|última\\ atualização|güncelleme\\ tarihi|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|yayınlanma\\ tarihi|senest\\ opdateret|utolsó\\ frissítés|aktualisiert\\ am|data\\ publicării|data\\ publikacji|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|son\\ güncellenme|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|sist\\ oppdatert|son\\ güncelleme|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|zaktualizowano|ปรับปรุงล่าสุด|aktualizováno|giriş\\ tarihi|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|yayın\\ tarihi|วันที่เผยแพร่|aktualisiert|aktualizacja|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|opublikowano|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|güncellendi|güncellenme|modifié\\ le|oluşturulma|postado\\ em|publication|publikováno|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|actualizat|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|güncelleme|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publicerad|publicerat|publiceret|publikálva|publiziert|publié\\ le|päivitetty|uppdaterad|uppdaterat|yayınlandı|yayınlanma|zveřejněno|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|frissítve|julkaistu|közzétéve|megjelent|módosítva|opdateret|oppdatert|publicada|publicado|publisert|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|publicat|released|upraveno|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|udgivet|updated|создано|เผยแพร่|creado|dodano|edited|issued|posted|publ\\.|publié|tayang|update|uppd\\.|vydáno|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 62984, 5727, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 68711, 55, 0, {}, (None,)),
 ('\\s+(?:on|le|am|el|em|at|à|il|vom|den)$', 0, 32, 68766, 92, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 68858, 289, 0, {}, (None,)),
 ('\\s+(?:października|maaliskuuta|marraskuuta|październik|heinäkuuta|helmikuuta|huhtikuuta|joulukuuta|septembrie|septiembre|szeptember|tammikuuta|toukokuuta|augusztus|decembrie|diciembre|februarie|fevereiro|kesäkuuta|listopada|listopadu|lokakuuta|maaliskuu|marraskuu|noiembrie|noviembre|octombrie|september|septembre|setiembre|settembre|syyskuuta|czerwiec|december|decembre|desember|dezember|dezembro|dicembre|décembre|elokuuta|febbraio|februari|february|grudzień|heinäkuu|helmikuu|huhtikuu|ianuarie|joulukuu|kwiecień|kwietnia|listopad|november|novembre|novembro|prosince|prosinec|setembro|sierpień|sierpnia|stycznia|tammikuu|toukokuu|wrzesień|września|července|červenec|сентябрь|сентября|agustus|aprilie|augusti|ağustos|czerwca|febrero|februar|február|fevrier|février|gennaio|grudnia|haziran|janeiro|januari|january|janvier|juillet|kesäkuu|lokakuu|március|october|octobre|octubre|oktober|október|ottobre|outubro|styczeń|syyskuu|április|августа|декабрь|декабря|октябрь|октября|февраль|февраля|กรกฎาคม|พฤษภาคม|agosto|aprile|aralık|august|březen|března|elokuu|giugno|januar|január|jänner|július|június|květen|května|lipiec|luglio|lutego|maggio|martie|marzec|temmuz|červen|června|август|апрель|апреля|ноябрь|ноября|январь|января|มกราคม|เมษายน|abril|april|avril|duben|dubna|enero|eylül|iulie|iunie|julho|julio|junho|junio|kasım|leden|ledna|lipca|maerz|marca|march|maret|marts|marzo|março|mayıs|május|nisan|srpen|srpna|szept|února|říjen|října|şubat|марта|aout|août|ekim|febr|févr|janv|juil|juin|juli|july|june|juni|luty|maio|maja|mars|mart|mayo|márc|märz|ocak|sept|září|únor|июль|июля|июнь|июня|март|сент|abr|ago|agt|agu|apr|aug|avr|ağu|cze|dec|des|dez|dic|déc|eki|ene|eyl|feb|fev|gen|giu|gru|haz|ian|iul|iun|jan|jul|jun|júl|jún|kas|kwi|lip|lis|lug|lut|mag|mai|maj|mar|may|mei|máj|mär|nis|nov|oca|oct|okt|ott|out|paź|sep|set|sie|sty|tem|wrz|ápr|şub|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв)\\.?\\s+\\d', 2, 34, 69147, 5116, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 74263, 220, 0, {}, (None,)),
 ('\\s+[>›»/]\\s+', 0, 32, 74483, 119, 0, {}, (None,)),
 ('\\s+[^\\s:：]{1,12}[:：]', 0, 32, 74602, 38, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 74640, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 74673, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 74714, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 74735, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 74793, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 74819, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 74835, 16, 0, {}, (None,)),
 ('^(.{4,60}?)\\s=\\s', 0, 32, 74851, 30, 1, {}, (None, None)),
 ('^(?:[(\\[]?[^=()\\[\\]]{1,12}=[^()\\[\\]]{1,12}[)\\]]\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 74881, 124, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 75005, 179, 0, {}, (None,)),
 ('^(?:[가-힣][가-힣0-9_]{1,11}|[a-z][a-z0-9_.]{2,19})$', 0, 32, 75184, 153, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 75337, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 75532, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 75912, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 75967, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 76081, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 76378, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 76556, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 76613, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 76670, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 76727, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 76784, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 76845, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 76902, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 76942, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 77125, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*:', 2, 34, 77285, 206, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 77491, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 77573, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 77713, 30, 0, {}, (None,)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 77743, 97, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 77840, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 77941, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 77967, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 77991, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 78501, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 78525, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 78549, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 78570, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 78978, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 79119, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 79241, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 79262, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 79453, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 79506, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 79525, 171, 0, {}, (None,)),
 ('^\\W{0,3}(?:©|ⓒ|\\(c\\)\\s|copyright\\b)', 2, 34, 79696, 72, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 79768, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 79806, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 79885, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 80041, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 80197, 845, 0, {}, (None,)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+es (periodista|redactor(a)?|corresponsal|columnista)\\b", 2, 34, 81042, 428, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is (a|an|the) [^.]{0,80}\\band (the )?(co-?)?author of\\b", 2, 34, 81470, 390, 4, {}, (None, None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is an? (senior |staff |contributing |freelance |former |national |political |award-winning |associate |general assignment )*(writer|reporter|editor|journalist|correspondent|contributor|columnist|blogger)\\b", 2, 34, 81860, 841, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){1,3}\\s+(leitet das ressort|beschäftigt sich mit den themen|ist (freie[rn]? )?(redakteur|journalist|autor|korrespondent|volontär)(\\*?in)?\\b)", 2, 34, 82701, 638, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 83339, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 84183, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 84329, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 84520, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 84566, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 84812, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 84890, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 85102, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 85334, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 85445, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 85692, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 85816, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(credit|courtesy)\\s*:', 2, 34, 86438, 78, 1, {}, (None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 86516, 369, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 86885, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(ilgili haber|bunlar da ilginizi çekebilir|ayrıca bakınız)\\s*:?\\s*\\S', 2, 34, 87034, 233, 1, {}, (None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 87267, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 87855, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 88061, 199, 1, {}, (None, None)),
 ('^\\s*(les (også|mer))\\s*:\\s*\\S', 2, 34, 88260, 93, 2, {}, (None, None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 88353, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 88700, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 89008, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 89137, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 89384, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 89752, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 89867, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(tento web|tato stránka|používáme|web) (používá )?(soubory )?cookies', 2, 34, 90156, 188, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 90344, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 90689, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 91200, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 91658, 162, 2, {}, (None, None, None)),
 ('^\\s*(vi|denne hjemmeside|hjemmesiden|sitet) (bruger|anvender) cookies', 2, 34, 91820, 207, 2, {}, (None, None, None)),
 ('^\\s*(vi|dette nettstedet|nettstedet) (bruker|benytter) (informasjonskapsler|cookies)', 2, 34, 92027, 240, 3, {}, (None, None, None, None)),
 ('^\\s*(weitere|mehr) (\\w+ )?(beiträge|artikel|kolumnen|themen|informationen|news|nachrichten)\\b[^.!?]{0,40}:?\\s*$', 2, 34, 92267, 290, 3, {}, (None, None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 92557, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 92944, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 93508, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 93775, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 94250, 71, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 94321, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 94667, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 94742, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 94888, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 95023, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 95136, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(읽는\\s*시간|읽기\\s*시간)\\s*[:：]?\\s*(약)?\\s*\\d+\\s*분', 2, 34, 95210, 139, 2, {}, (None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 95349, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 95426, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 95553, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 95923, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 95965, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 96058, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 96104, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 96974, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 97399, 510, 1, {}, (None, None)),
 ("^\\s*[\\w'’.&!-]+( [\\w'’.&!-]+){0,3} newsletter\\s*$", 2, 34, 97909, 268, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 98177, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 98250, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 98460, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 98543, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 98687, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 98833, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 98963, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 99091, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 99207, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 99710, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 99882, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 100137, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 100323, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 100510, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 100963, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 101184, 171, 1, {}, (None, None)),
 ('^\\s*\\(?\\s*credits?\\s*:', 2, 34, 101355, 76, 0, {}, (None,)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 101431, 1360, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 102791, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 102859, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 102937, 311, 1, {}, (None, None)),
 ('^\\s*\\[?광고\\]?\\s*$', 2, 34, 103248, 48, 0, {}, (None,)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 103296, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 103377, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 103467, 130, 1, {}, (None, None)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 103597, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 103673, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 103748, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 103805, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 103852, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 103891, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 103930, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 104104, 97, 1, {}, (None, None)),
 ('^\\s*back to (the )?(top|home|homepage|start|blog|gallery|list|overview|index|search|main menu|reading|all \\w+|\\w+ home)\\b[\\w -]{0,30}$', 2, 34, 104201, 335, 2, {}, (None, None, None)),
 ('^\\s*by\\s+', 2, 34, 104536, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 104568, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 105533, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 105613, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 105696, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 105745, 105, 1, {}, (None, None)),
 ('^\\s*partage[zr]? (cet|cette) (article|publication)\\b', 2, 34, 105850, 135, 2, {}, (None, None, None)),
 ('^\\s*recevez .{0,60}(dans votre boîte (mail|e-mail|de réception)|par e-?mail)', 2, 34, 105985, 195, 2, {}, (None, None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 106180, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 106265, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 106422, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 106470, 207, 3, {}, (None, None, None, None)),
 ('^\\s*volver (a la |al |a )(portada|inicio|arriba|listado|blog|índice|búsqueda)\\b[\\w -]{0,30}$', 2, 34, 106677, 236, 2, {}, (None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 106913, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 107037, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 107141, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 107189, 77, 2, {}, (None, None, None)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 107266, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 107533, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 107571, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 107600, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 107644, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 107700, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 107759, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 107797, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 107900, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 107989, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 108141, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 108222, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 108393, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 108446, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 108562, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 108686, 60, 1, {}, (None, None)),
 ('suscr[ií]b(e|i)(te|rse)( aquí)? a (nuestro|nuestra) (boletín|newsletter)', 2, 34, 108746, 351, 5, {}, (None, None, None, None, None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 109097, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 109196, 30, 0, {}, (None,)),
 ('コメントは(承認制|管理者の承認後|管理人の承認後)', 2, 34, 109226, 77, 1, {}, (None, None)),
 ('コメントは個人の見解', 2, 34, 109303, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 109351, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 109395, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 109441, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 109473, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 109521, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 109573, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 109613, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 109649, 24, 0, {}, (None,)),
 ('광고\\s*차단.{0,10}(해제|감지|사용\\s*중)', 2, 34, 109673, 75, 1, {}, (None, None)),
 ('구독\\s*하(세요|기)', 2, 34, 109748, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 109794, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 109824, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 109874, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 109948, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 110008, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 110060, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 110090, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 110124, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 110186, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 110221, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 110267, 48, 0, {}, (None,)),
 ('자동\\s*요약한\\s*결과', 2, 34, 110315, 46, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 110361, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 110387, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 110413, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 110466, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 110506, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 110548, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 110598, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 110699, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 110753, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 110806, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrsvQmcXUWVMF73Lf16f92dTtKEJHRCEkJIQicQCSEkYRkBZQcVZAm9vHST9EbbnZAWJAiuuKAOjjrjMqMzKgOKjP5FHEfgk8W/'
    '24gKn36OkhEXnPFTP1yBz/663j3FPe+8qrpV9973utOp5y9e+t6qU9s5p06dc+qcZsZY/fQ/b/pfzfS/qelfavrJ/y2b/ncFC34t'
    '8K4F3ndM/2uEb7xe0/QzN/1vPpS5Cp71UMYj71dD+Q74ewCe4+Q5CmVqCJzXoP/eAs/j0TM//W8jtCH7dtz0vyx5twq9Oxre8TE3'
    'w7v1ir6sR/8tYM2b/tcK74bg2Q3Pa+E5SMY6gsaTh3Vg0GYTmetamOsFMJfHwrtG1LeFMA5RT8x7VHgt8D5q/TboUwd6x/+7Dv5b'
    'wMoo2l5O5p+Xb4f3uEwb6qsH65dBsHg9jhedgB9ZBDMPOFsLY6R9ka2LR+ZhAaz1JPz3j/l31D6HsRjaaYK2eX/XItoQbYmxyPrS'
    'hPB7HbQ1b3pQ7Z3lfa2BcdL5yKD5eB38LcbUBGszH9rNw7Me2tyJxtQE+FwP7TBP/0uRv9PenPoVpze1gx1gMX47NN8yIXWn1z20'
    'bb6eu4H38vXrg/XLuPXjKM1uZbF+y7VfPxIOgPKaOsJzZXyyFf6b0/PirF/vWkKnNusctu6H+C9dnJibi+ysNtIq+6ii+W4AwmJ9'
    'c8C/O2ANU4hnZ2EPYHcx9tEnS/ebTs/fX4Tc5qF6OVHv/Om2P+zz9mxXqRyxSNFXT7E3eRHbaoP+/m763/+BOg2oPf77i79dvfib'
    'mrrpJobopJfsyVfDXKUj8DVvDvK1A9fE4msp3cdawE+MOzeiiqbynlv3Q3vd28j+xfHgTuCFaQt+F3u/Ss+9dSwyzZLfgWQWUfbr'
    'LH/l9iq3V7m9yu1Vc3WvarPkcU3Akjsf9J+3Puo/f/Mw6Pnu9p///ojfztdQnRu+6T9f+Lz/fOxe//mxh/znfY/7df4NcIy/+8WN'
    '/vOR9/rP717uPw9e6pf9F1T2ibf6z7veKi/7CVR2yV1BP/mz61P+8/ZH/bIfRGVv+Iz/XAFjzjxaOsZ3o7J0XijcN6GyHTDuzz0k'
    'L3sDKvtDKPPCF+Vlr0Nlr4e2T/y2vOwuVDbzmP/crIB7BSp733f857e/Kp+HCwGP+Lv9Y/5z21DpGpyFyvDFk7W5DZX5HIzhqYdK'
    '29qEynzhcf/Z+J3SMmuRznDDZf6z+Ur/20r07R97/Oclt/vflqJvHYBL2QP+t4Xo2z23lX5rQd/omOrQNzpvWG58TYRzcgcSk6Q8'
    '2tOf+W3baib8XKzDcSBDrAM7AeU9LaDn64D+YRg1qLzQ8eK9qhWVx/YJGzhtSc5pqjiUTt2c2rbndFchuquQOdfvkqnYhwUhs++d'
    'RrInAT9qp/y16wYQNbB2V2IZx1bNFjKQpH9shn+diD6i/DCfGGTBuRvbm7wu//l8VyCXujWb+TUTNr+6KZ+2Pjx9WP5g1vG/2ai7'
    'tzknqOSnOo38ZGv/ETSM98wrLc6Wc/yXAnXZishEfiDU9OrsOU5H5nRkTkfm7DnOnuPsOW6vcjzL7VVu3WfYnsNx4acR5XNn33H2'
    'HWffqYx9p83ZeA5rG4/Tac4+mw6mz1ZLOgm7Z7KQ6Cexv7rgFSseCfg078s5km9fecL/djr6dvYl/vO8i/1vp0i+vW2n/+1E9K3+'
    '/KBMHmhHfGsg31bBt9UwDv4cgjk7Cn0bJd8EzYp6gpZFGfF3HtGcgKMrG3Wd2qAOlYtT5ExVT9YqbSk7ift04k7bqejd6bv8d5vR'
    'uz8U/HcnoHdcDsjDmJthHgZQm0zT5zwQ0lI0bxkW3EETY0mFjD2L/sY2tPWSsl6MuxsZiz61Qr/wPT8x73mLdvk4aoBmWiPUvfVL'
    '8j39lRH32QayP9Sw0nuej++3h9sKcGzmNpfQ3PL+Rp3b2m+Uz62Y37NYtHmoRfxWxseO1/Cx1RZ8bIkFH2uD/vNvE4jG+XOMlcqT'
    '4lsNrBnlg3Vojl7vRcNBesd3NZq/eujHJ+BJ+z0Oz17oWwMq04/GL8pG4RX2dr3UnNcxvHhxNtIv1KxnhT8m+ynHz/YQvNtCYIbx'
    'LaH7+CL4Tgl7sNCDHlOGN6nD+sc0Oj6J0HwgCmZ5iNYxz7oY8bNJ8u3liO8IXlGA9RP74WvgeRPwOAFHyL51kvq4zEYkT23NlMI+'
    'LeM/b1kcwN6S8eutQH3bR/okYhtsQH3qIWNrBzw1rT+O9hsVz29Q0M+xEc/AFM7ahM5BOP5AFsHOg45AvFuF1jGL/LX4u5fAeMVc'
    '4D18GJ59LIhzQctOKMp2wthw2QLZp4QuCJfZz0p1QbQ+3rvxt82ZaHuf7oyZgXZWkDPlBniezMr1VhuF/oqV663Et00E52T8V/ZO'
    'yHsLFN9FzBBT/i7DfzoPIpZLDZJVVoXYP+oT1ImZxIsQ+swToH+NCI8p/Qlc9STy1AjB5YJCnvIqPBbb9jDN9qOxqHA7R/gGjldy'
    'A/D0uDE4ZoH6S/IuE0smfGO8GBzLo1ZsMXxrSmsYx3JgE8d299Om/70awWwhMEvtmVNpLuuo5B3R3sdhbxb2fozTKns/5rnjyNZF'
    '+eqx/+o///7Bcr+SHNl7L4XnK5F8yxf1dahvzKBvuvm6lsCIo5OeUQdH81/a6mwVgjO6XxRf6LwCJzGerI5oz42DnxjfUiG+L20W'
    '+0ErgW/iW9NK7ES2c0FtdsLv/A2Pltqqn75XH/csrtyWQnvbD7LxYnLlgLax7mqMyAqj6G/deaoFZGIMo4B0O1iWLhicYwbRU1fW'
    'tE+jRI4QerKpjP83PjuJfl9P3o8QmAXy9y4yd+MR5q6PyGZPxujf/ir079MZ/9xkuq7DBF6PRd1xgl9YJsQw90rkXd7XW1Ff+y30'
    'BL0SHWtYXwuS8cnGr+rr5RlfJyyjp1FSZ0xy9qdjxHpk1VpyvcZmpL/AY9wGOo7XIx3Hjkzpc5OBXmS7AdxTSZkToczNqMymTGnZ'
    'WmEng7K3Lgb+vDjge5npb0fGnNPdCtqnc/lMWs0PdW2Z0I8M53uIfuGr0+1vh3ddZD43whwdWBzw0LD5M8EF0R8dDpi0hftsUvbc'
    'TKmO5K1p3w5lS99jFjxoRLG/jJD9pT/t21P5uz2Kc/i4Rfs9CvsJbfectB83E9d5KgS+jC89Rd5/dGlp3wegvXXpQM7sIzYvFR30'
    'Edr6OTx/gsbEYS9I+7FlK7GOqvXEfeN9+H0qmM99MdophOyDgn6/n/LPrbJ5pPLUmKJcX0j/eDtfRu2Yynqy8fSFjOcfUTtheNCL'
    'nmHz+yzZN29L+fGEo/D4AqGh61O+vG46FxTu/pA5uSYV7PHjFvxKh7Nh630Gmh9beZLucV0wP5gm6Bz0WciWdH46UkGM5G4F3xuQ'
    'tKtrLw9uX2FwRyxoXODef3v+2dIULt4TBJ/5X15430z61EvW6mEEd0jhO9CN1iEMvqCRT3uBTDUq4XG4nThnOd7WX6P5pW3tk5zv'
    'qPzGYdyCYOjwX4eXY2guBYyDaN5x3X6DueR7Kod7pRf4jajWviDh/bzOeQZ1BxSywjaDuiMSnlr0f/F8PYNpXV5nOaoTxoNEO/NR'
    'nf2kvUmJXa9og7CoI/r2PAvktWrJzbzd/0Cys4nMK84/WzLx5W3e/peQ/9EI0cEUiKx3LyqrWz+hFxf3A/60y3+eCbE0dsLz/vP9'
    'sn+HbOymMiuv9w5k41Lped4gKUPx8gZURnUufw3yZf/jq/znS19b6ue/G5W5A+4ObJ8sLdONyiy63X9+Gu4LXAZ3IS7DdyFA9/i7'
    'r4A+Fu4NXIDKvAt0kRseLL1b8FLkO0F52Xakx73ygtI+bkbfngCf4Av7/W8b0Dc8D/zbGnwHos9/vgl8VY9G3+i8LUbfXnVr6bf5'
    'mjsXzZo7F9h3QPTB1oaeAz8ME3/LRVOl32X616hx5A8Lf/4DEX35w3+1JrEsMH4IP/UlSL9uijMm8niYfl7mD5Nh8fNwCNu9iHFk'
    'ars39dOpZH4Qvh9MGfSpIYE+VfLsbcN7jojAe0xtaXnYq8ccP5qV/CiKzwO2j2YRDqSILVRFO7UJ0o7pGcbRg6OHw5UeZOdyRw+O'
    'HmYrPdTNAD3odIOOVhytzFZayVWYVtye4ejAyVBy+4SjB0cPh6sMZWu/drTiaMXRSrlPhqMLRxeHK13Y+hk5WnG0MltpJZMQrWD/'
    'CYfvDt9nK743Jozvlbo74GjI0dBspaFslWnI0YKjhbm+nyR5N8zRi6OX2UovrQnRy2y+U+/oz9HfbKW/pgrRXzXvjzv6cvQ11/e3'
    '2RyHxdGfo7+5vr9VKyaJoyVHS3PdjppUXAVHK45WZiut1CREK7oYAw7/Hf7PdZuQLE6Fw3uH93NdRqpkjChHP45+Djf6MYl75ujC'
    '0cXhIk85nZPD+0MB7xsqgPdJxux1tONoZ7bSzsKEaedwynni6NrR9VzfEysVX97RjqOd2Uo7+QrRTiVyDTk6cnQ0W+moeYbpyCS/'
    'lKMfRz+zlX7qZ4h+Cu6M4+jD7S8VyynoaMrR1Fy+mzpTuQUdXTm6msuyXCVyJzqacTQz188/1cgH6ujI0dFc95eLkuPT0YWji7l+'
    '/0ZHFw7/Hf7P9XwaJnmHHR04OjiczhkyOhhxdkhHH4cgfbTNEH1Qu/0uot8aj+Bb6mjO0ZyjOTXN7Xc052jO6ckSobmDyN6J6aHf'
    'wO7J47s7WnG0MtfvmrpYgQ7vD0ddwT6Frb7PQq5ydhZHM4eLTxmmmSh+Y6pYtY6GHA0dTraa/az0jswk+dvJX44OHB24uy+ODmY3'
    'HSR196UrUypLbcz4zwOLA5/jWvh2Ony7dbH/fMPicr/kbVDm9YuDNnZkApkLlz0N3t9i0Rbus0nZczP+c3PG0bOj57m/r1WLnh0t'
    'OVqa6/E7tmTMaAE/N2X0exwvs90A7qmkzIlQ5mZUZlOmtGwYXTuadTQ7l/c/U5lQ0M2WTHx51NGUo6nZSlOZBGiK4+OVF/jP7AGH'
    '7w7f5z6+P3GJ/7yw3+G7w/e5j+9/fJX/fOlrHb47fJ/bPmcU351c4/D+cMH7O3r85/ZJh/cO7w8f+eaePv/5poLDd4fvsxff0wnh'
    'u8Nzh+dsjsdd4fj4p13+88wu/7kTnvef7/Df4f/cl2vc+dXh++GE76+61eG7w/fDB9873urw3eH7YaSnuc3hu8P3w0cfv+h2//lp'
    'wPvLLnV47/B+7uM9+5T//N1X/Of4ow7vHd7Pfbx/16MQp+BB/3m7w3uH97MY71PQ5kL4h3GxDnBtAp4iB0Av9KEBlRG50IZQWdzP'
    'NtRXjM/HwXMdGo/od4rgdorQYD3qbyvY1hZCHUwbNehvQUOiTga1kTJoIwtjCbPr8XY+CXOwBt7x+wiPr/DfrURzt5qVxpA7Furx'
    '6weLWGk+LRFLSOSvE3fcTeKliJzDAyyIm4LXyBT/+ByfSHCFjnmtZMzHGIx5KYy7kmOugXWl+Gkz/hEy/oVMH9PJNKegGHMB+vdy'
    'NF+muW34u/VQ/xQ01za5cUSMBBE7ZzBkDGFwB1h5jnnev3lAV7I4pBNkbvoUMGzxtw3W6yRWvodm4J+KByyEtmm9sDYxz1sHz3md'
    'dv027WObJT7r5I21CJ9sxyz4fQ5gNMH3+aI+r3TJi9tfi2xPzAPu7EL94NWuYQHeXQnjL27iXuqw/sGqFKfiL/52JPkJipmWSiL8'
    'qAzCaeK18P4Ut95zfr3nITnN5myTB5xoQHVeZBIafHjSK8WHrMOHWYEP103/xzIiLwyiJ47BF1VW08kVvA8XegG/OfGL/vMX9/rf'
    'zkHfzh7zn2f0+99OR9/W9PvPb70OZCbPx9HiXfz9/rNnj/8cfKf/vPGdftkuBGfZdf7z7oL/7VjPP8+r5keW/4Dmqe6VzAmWD1u8'
    'QL4bl8hPtvHbx5g89rsq/mLY+vxi+t9Riv71Mfs484OGdXjbX53+tyTBtk3avAvOl7jNCVYer1I3t7I4SqoyJnkro8TT1JXNA7wV'
    'LDwOjS5GxqZM6Ti2kzgbYXFuRBnen/Ph7IjH8QI8h8h8DRCa3ENwq1sxZ3z8Yj7EPHTB2VXELg07B00S+h5EfQhbH8orRgnNdrPS'
    'GKrd0Ees08ySvZzqMWphH8/CnorPA+KcQc8DreT8ZaKr8RAcLEN4Cj1rHJ1QlHYyMG+Ct2+A58kwf3Xo20Z4dinOo6Z6pSx8Y2Hn'
    'z6z9WYzX+41XKo8tstybRiR7lEy/thbJCN/x/DKyPCT9Cp48SdZMB/+L0/+xQEK/un53G8D9R7J3y/ag7hB6D2vjbdP/0Z7gXFzv'
    '+ef+sD6HwdlF4KhwIwzOpV64Xgy30c1Kc2rqYJ/qBXrCE0JiLYXFWOrKhLe3DOaEv9/R7D+PgedKeG5sDoeT9wJ93h4iK5us8RST'
    '1xe4E1b/16i+qPcckjXD6v8Y1Y9CV9/S1DfBqS/D+TMJ+rsL9j5b3PsQqofXIKze7ajeBJJNwuq9Ho35qZhjHkF9OCFjjnfdsJ+Y'
    '4tkrUPm9BuXPQeWfMqF/2Dd18mEYjLXIbrGWBTaKLNGhL0fvboB3S9C74+Edb29BSLum+7XQE8exUXQTGaOGyDQrHvGfmceCNaDf'
    'vvIEnJfRt7Mhdsp5Fwc2BvrtbTv9byeib/XnB2XyMD7xrYF8WwXfMG0OwXwchb6Nkm9Cl433wPXkHLCe6KIEHF1ZbG/NWdoaWuG9'
    'jdxaZ6lbyyLbpqAP8e70Xf67zejdH0BHcQJ698OH/HfrEY8YQG3q5NI8yBpLid62w1IWzqK/sR1ivaSsF9H+0wpwbOTzBqCpoyU6'
    'TRuargGaaY1Q99YvlfMD3qdXRrDNmPiYPL4/ms2n0XJumxKaW97fqHNb+43yuRXze1ZE21cz4rcyPna8ho+ttuBjSyz4WBv0H8sg'
    'A0gOw2db8U1mL29F8Pgcvd6LhoN0n1yN5q8F+vEJ5I8i06dRfxR8nhqK6evQVGZfOMw8o8jvxUNT5F8mtIStPTxsP+X42W7oE2TK'
    't9qE/gF0dR1Apx6Ud3YpmV3K/1XSLiXz8bkY8bNJ8g371wxZ+MlMIv+aOkl9XGYjkqe2GsSO3gI67RWob/sM9MM9ZGztLNDjmNTH'
    'vj8qnt+qoJ9jie8J1Ss3JKBXNpElsF45rr6Y+gea1M8q5me9Rr5Vjd/Ur9ed9dxZz5313FnPnfXcWc+d9dxZz5313FnPnfXcWa8a'
    'Zz1Vjpcs8GjBV3NgG1sHeyGlsRzciYrqS9QE8iRug8U4A/K5OIOvWcxzoLFM0m8nb9RY9idn2Z+fFkrxIYtkSJP1tLFT/lEhm64W'
    'czMVrKW4h/tdaK+NJf3zYNDpDMui1zXFIRfbrwsDUa/72ID+uxHNaHO+1BO+NbkRpciLlhZ14U4r0LXGPDwVre+d+ACo/bXY9djo'
    'lwoQ0/aXKtuuIvxaIg/Us5wjrIdoREMQtD4f8X7+rJuS0yz9buOzQM/qJnytwVK+HwQYWSP5PoFfKj1bxfuMsZAe6bfD5BQQ2nal'
    'dRFJyi9LLHBXJa+Y1hfy6MkWdSolj1Si/WrKH/9lKH9wmN+Hcmknhzg5xMkhicshScoTSfMlJz/MXfnBVG5YCHtvlD2N24NkOpOa'
    'EJljvWKPi3Pv6viY9vHjWek9qSWsevel8sima1MH67ayBrb448m6u3tX7t6Vu3fl7l25e1fu3pW7d+XuXTlfPOeL53zxnC+e88Vz'
    'vnjOF8/54jlfPOeL53zxnC/ebLp3hXXLjYi31hJd5xamvn+VA5jYZt0FOl6VbIrlfKHzpfVPQGXxWHGsL1pnk6ZNoZ+2kRUy6CyE'
    'ZQXTWNm873/jlcoMNEY1Lvs2zw63MG7w+jeg+r0R+jrolcYTt61/Jem/bf1zvXh0v9ULl0dO8MLlkTVeqS7JtP+LUb3dFvWaUZ8G'
    'iA5LlMkC7DCY/aTeHxGf67Xo0zOg34oT113AegL1Ycig3h6o9xiqZ8preb37LeuNS3SPNnj7IbTfqGj7DgR71AL2mxDsUQXs16Ey'
    'vYoyE5ZrIOr1S/ZSCvtqBLvHAvaFkn4XSJmzJHNLy2xDZfYpymwykAnWRpQJliJZhra7UHKeFN9a0Lde8g2f91TnJWGrFHKBLL+J'
    '6Vl7NZIhPJBT2pEMIeQJWx+LuDpXVW6adIjs0gztrYHnlRLZBetXRLmdRNYQuRRE+TrwdxX9lNXFMsoips69kwb41K5P4eO+NyCf'
    'N5l9Go8b6+Rk+ayizB1+v4borMQ61iA7ZwsrjauakfjqyeaTrpVuHj3DeVyj0LWZ9JuOO878p9D817LyeLNNpN0dTH/fv1nTVm1I'
    'W80J+IzQfCk5ib3meAmPHEN6NVH+fnh3NKyb6V6C+SzOCUP57Bj5hvnsOJLBqN4xR3xKTPKpHQH9yiDcxfEedLwlT85gOxX+KgvR'
    'unmsPBeOaX/bEM8S963wniXOLpNeuS+ESWxqPPfDBnX2kLPN2Qt8nMD7YbfEHyKOvLqHnB0mFOeslQuCeOK0L2MS+3tS7ebQHMzk'
    'uvC+PD3fz+8QNraCRPYx7dcQK80zhX0SeB/+x/zA32Rcos+Xybo6XAub/4+j9mjOqsEKtHebpD1qHxhPsL2R+UEOK1m+CAxrxBL2'
    'ZYq5M8199rRle1vRWHYrxjKoGFso/cNYbOP5j7LyPB0yPKf7Y10MWgujJxNaLObqaPfnk3/3wLdqMzyXwbMT+Vzx51J4boDnEfDs'
    'gOe5zT7sb7cHeUDi8nCKt5RP9qG15W3f2+7LlknPLV3D98EYTdtJkk/ubw/8SofJ/OxNsJ2daB1N8o70Jtj2DtR2NeWDoh8imt89'
    'FvojW56WM8Sh/eiZlOzxi3m+bEp9G6msZgPzO/OCeauUHMXb+cK8ytA4xcEPzwtwsJv0pZ+Z5V3C+8a4YR3e9gHLMY5HHOOuedXn'
    '1QJfzkL4sov0e69CpjWRMXBeq6IPnKYdOi8TTJ8XSLenzkPtjEj0gPh9nL37z23BmmH+H4f3mrb9g7ZgjDRHa2+C7TzQFtxDF3LH'
    'CniuhmctPE9sLpVjhLyyHMkpHOY/twU+vuNEdj1I5rOf6I660F2X4v6fAKyNAOsNCcA6AWCNJQDrRLH/JwBrk7AFJgDrJQDr5ARg'
    'nQSwViUAa7Og/wRgiTtULAasDeTO1a9a48MSeP+DBGAJvH8UwWry5Pye7gOq3NmfjQGrQGzKf98a5BKsxp7I27wVtTnK9PkZk8o3'
    '3l+FNuncvgytk+zsYnMGOwnBst2LKKwVGliTlrBaEawo8oaQ9Tmsv7QEd/uS1olx+D9D8JPWgXH435TAT0rnxeH/fy3l/CiKjovD'
    '+qhiLpLQaRX1f6ivhZCzV9hZ63oEK44+jMMqtESnSXqeuLilnI6esZAPMaztLdHpm8Jai9Y26TNA0Q8Qwe+z0BmY8pQX8uH97wk5'
    'Y8twV5yRns6X9t9E12Mz/1/P+3uN6X65n7QzaWHTEDTy6Xywv+2x8B+iZ2qbNt+d9++yxdk7qdwyGqEfo2g99xF4dD+7wrOHf1nM'
    'ubXRFZ7pgR8wGlOvYixjEftStFFXaO1sx+mhudWtXRL9FG0+3RzMbb+CH0axRQr4Xwf4tvqsMP4i+Ndnm+PvYQLW3zdHlwUprHc0'
    'l/M9FV3hvsfRQ13XXK5XVuXk5s9TwTeuVtxlhLK3Lvafb0B1LoA6G0j+7gvAd+7iGWj7XGj7BFg3bMMSuqEFxMZ1RIiuiNu+WmOc'
    'c4txCGLAEGfkvzRFhyF0Qr+KAUPogn4YA4bQAX0tBgyh+7k/Bgyh8/lkDBhC1/O+GDCEjudNCEYUmZTD2ItgjEh8zfF7lWxZQDB2'
    'W/AjfE69VNKPXst+nGExHwUFv91o0I+JEFl1WVMQ7yYp+1/x7uQ03COrYO/jbf2mMZiHKPa9YhySxmAeVHix11Im4nC/iuDuImfE'
    'vZb7HYb7LxK4hQTgflAyDxMGcGTxfEruAjTa0wzF1b2N9jzkIKX/Rh8vsTxzkNQ1kddN7JovawziJR2U6B5N5jSqPrZ4F6gxnF8+'
    'G8KnjjCgiyg6hDRah+4IdmYb+/IvGoIx9Cv04sMR9AiPN5TP77glTj+IYJic83A5cT69RzI+1XnG5tz7AYAbV49Bz0e3NoTjVBTb'
    '97BkPSYM90MB46qGcrxMkmbx2p+O5uHMTHBW0MUgwmeBLnieQs4laxOGK84cCxp8nYEoEwbvBKh/Rsh9JNMzURf043f15edMGqNN'
    '3HFK6qz3ZBXbFPN9f305/cnizYnz5RayfqqxfCxhuKK/76gvp52JiLw9bP94Tb1/7wCffzc1B3cUinGomkvvcexCdXYQ/09RZzmp'
    'c3l9EDuE+mYcq/AdzSDYRf9/SV9PDGn3FNSu8PU4mvh+NIe0uwbBWEPazcHzuBAYR0j6QX1il4foF2oRjA4FjGNC+vHHuoCnDdD7'
    'AxZ7Bd5nONyDdeU4e5RnL4eMGMghj9QFd4bE/nO5J9e5DZO9+PMWdQtkjJ9AdfeQM8KRXrn+H7f7fou6tN23orphfgq03dda1KXt'
    'DqK6NjJrcf+vC2KoxuVhxRh4kr48rZA9qey9RdKXfkN8o7hZ9P9BfbGxyRbvqFnMKT1z1dYFsW9F3ecs5FETGf/Xteo2BhNq44na'
    '8vWwlQ2x/PcQgjekWOd+i/PIp2pL4/+ajBm3NUzgfQDBG1TUGbTo3xtrAxwaVMjnBQme8zr7UF2Vv/WkwtY1gHDDpL82dizRxgWa'
    'tRyzvBdR3P8RvAuI/UAnc3cpZL5jEoInZL15aD1Eme2k7CbF+SQToa5o9/e5QKdS7TMIb/97uWAeT82EnwfCzhUPJgRPzM/dueDe'
    '8LJmufyokrE+lAviGi0LkaXfg8p6pOxSUvbNkj5tUtimaJ/2o7pUZj82RO7cjfq4NGQ8OzXjoWUvRWXXhJQ9RwOXyvzb0FjnExve'
    'ypB5Oh61Mz+kTys080L7dAQq2xECtzkX0LXKpj1E+L6IXzJVU763joXcgdrgBXyU3vH9rxr/zCXTSfcpZM4fGdShsua3UZ3nFDb5'
    'MdLOV1CdPoVeqkz+N6hD+3ZnjX83PkxOlPne4LbfFxEO7c8b0RjE2eVXRGajbe83qFMm/9cEcepM92KZvPfqmvK8BbbyXvH8j8ZA'
    '+1OQyDDF/V9TZ4zoWUXMh/WoTkFztsBy1TKDdiZJnXbJvPREmJcUgrOb4PSwhVz5m6wajo18+qNs+bj2RhjX17Pl+HcwxKYmw7/7'
    's2Z0p7urXTz/Z8PXmNrr/jZrjn+CVt+Bxm0qZ8vg3GDQ9s/J2o2gOjJcwnojUadHU2dQUecV2fIcJLqz1bCFzL/NEraNreGYbLC/'
    'bs2Uy/a2Ovh5aO52evL9qJvgVE02iGsQNi+mOV4Ez/91JoBNcWZ/iNwQRof/M1POV/cTPHmB8ICvof7sMbwHHCbbiFjen80EcTl1'
    'MkfR/weVnSS8CO+nRfk/E8RTs+XHRfrX1B80qP861Nchoiuj++NroK0o96J5/V7UlopfCNq5TFN2kPgGnScZQzfBGcFLTpfAlfmc'
    'FO//oLI6P5Ki/S9THotUZZuX4ftixTqa3A3h9Rsj1he080K6PO6swOvnyTr+VlN2gpT9Wbp8DmX+I7zs/0qXr6PMT4SX/fe0es13'
    'k73tYVRWpQMTuHR/Wr6OpvLMnelgP47K84vyP+rzZqh/PtIhYX3G2w3KCl3F6zVlqc5on0FZAXcwXb6PJuGXW9z/UT9GJPILPoO+'
    'TIMXYwQ3t6fL4xfvMVjrF3M/pIMYobsVe+QqVEaG/8XcD+nyWKPURtKOysjORUX/Pw2c3UL+l/R5gvT5zyl1GcEvfpMq7w/WU/My'
    'P0+ZxSDG+wWv930EW+ZDVaR/VEbmj1+8/4vK9Cl0yP+WKp+zp8m8fi5VGgvXhCcU439p2hd76odS6jUTPOkOyXzQ+K9vS5XHvaV7'
    '6i2SNaM8eFJShtoFrkPzYXqXq7j/S2DTffTVkjl7hsC5CJU5qKCFsyXzepDQwnYJnj9HaOElmjKCFtZJ8KNggB9HaeZa2AAXaMqI'
    'tW9Klccop/qZjAbPBL0+j+KRm9qyiv7/KB75oIIXPO3Z8YIXY4F75bg/Tsp8wyvFRxN/6mIeQsM+URnhM5rxvnj+98rzC+4zwIkP'
    'eOUxricJHb8LwTY98xfp3yuP0R7lXlfx/p9XHkObnhf6vfJY5Dj+ZDEWuBfchYrre/tySaz+MYKrp3vq/VjsGydLcI6ub5cEd8Lu'
    'XRXzEBrWo3tyu2U9wZtqEK6Y2iB5vT+xoJ6pPyOv90sWzJ1M/s0DH67T2CKL538NHCGffktT5mQo8wgqI5ONeZkvacqcAmU+i+bD'
    '1AbK6/0TK1+3MLm4KP8zPz5RUr6PRfpHYzC1e+JcADa+izQXwIhC73g1KiPTaYk8pPMS0GGJHJh1Gp+2PNyfqtPY1Ir0z8r3ZezD'
    'JvKQ1ml0WCIXQLPlGUTYK5stdV00F4DIb0Nj7ot407p4/FHiW4vcbqr41pWKU72QleYiyrHAvpoh9tXVxL66gKnttrQszl0nZO+0'
    'V4o3trnrRJxtkVsox0pjHZ3MSmOWi7udOD5TneTbJkV/THI9inz3YflEXZ57l+deBc/luXd57l2ee5fn3uW5N5sLl+fe5bl3ee5d'
    'nnuX597luXd57l2ee5fn3uW5d3nuXZ57l+c++Tz39cw+B6bLgehyILociC4HosuB6HIguhyILgeiy4HociC6HIguB6LLgehyILoc'
    'iC4HIoXlciC6HIgUlsuB6HIguhyILgeiy4HociC6HIguB6LLgehyILociC4HosuB6HIguhyILgeiy4HociC6HIguB6LLgRjAcTkQ'
    'XQ5ElwPR5UB0ORBdDkTGXA5ElwPR5UB0ORBdDkSXA9HlQHQ5EF0ORJcD0eVAdDkQXQ5ElwPR5UB0ORBdDkSXA9HlQHQ5EF0ORJcD'
    '0eVAdDkQXQ5ExlwORJcD0eVAdDkQXQ5ElwPR5UB0ORBdDkSXA9HlQHQ5EF0ORJcD0eVAdDkQXQ5ElwNx7uZAVMVYxzkQTfIMtgJc'
    'm7wpPNY6Py+uQu9zANfUz2shC+KFD7PSeDct6NsY+YbzJowTew7N4aPKvbEWzRWznC/e72+QcVPZbITw/7MkODlBddmsfE8ukLFv'
    'ksAZIHvkWoRbuyzulyxlZvIU1VG3GNajeyLOESFyKNUwF9N/pmL6R82napPP1CQfqCznZxeLl/PT5fN0+TxV8Fw+T5fP0+XzdPk8'
    'XT5Ps7lw+TxdPk+Xz9Pl83T5PF0+T5fP0+XzdPk8XT5Pl8/T5fN0+TyTz+eZA1rOwB4leOsgtJM14K2Us6bnFmstTtUbd0TDffgt'
    '3xGD86YM6M5WBmIIh23OM6cSOy22Q6n0mvg9rTcoKY/9zkYU9w5N4ouMSPzccF/CfNOKvoYZ/4wtu5czquijyZ1yWWxOma95H/m+'
    'z+LuU5x+9BCfpr+ZnocdTJ5Pqy+hvoxI7htiPWxnFdeBjv9VGX9PkfkmYp/RKDQwTPj8mOGeQmVum/mldIDtxIvRWG3mWuaDWCDn'
    'nU4JDiWR19EUd+hYD6Z9+6BsXXCfTfFol2J+qE+luCv3e0PZRjeGezRjGK7gGEzW5VlDnLsp7Z+7VXEvTfNBDCj8csaYuR9nN5PH'
    'jZyQ8Aze9wun+75mBnHoJwo7Lp1jftdgpcK3aVjiK1+JfZvGP/LSvl1elXMxji+qit/tYur4Y3hew3z4TXyV+RgfSwW4bSPvD8yC'
    'fe/9Kd8eYJqHaZzAG1Ksvw1tq3j5XoUv1GDKP6PJeAm969Nj6I8v6/u4YX/4XYOjDOVm2/22EELzx6K2Byosk1Park/558/ZvO8c'
    '9HxYsrk3kU1M7kEUJGtngjf3e0EelkrJYXQ+PuipcbFPsg5Jr8eNXhD7MeqYdxvSRo83s7yV3zVYqpEbTOOeyeLi6NpdgdotWJ7h'
    'ZOc/KivI5k7cNVgWsd2k5vynLIgBkDSv/SYLfJ/GyN00U14i6sjmk975vJcF8zlTeoF3oTHb9kEVp1TX3gTyj7TBIVtZ+QoW7JtD'
    'EWgjqnzB294KdzuS4vvCf2ZRBJwct8TJJlZ+91+mJ8H66xpk928AXeNjyPY9nwW+pMdK9NutlvrPGtBrU1041sd2IDtTA4Ir7CTY'
    'VjIFP+EbUQv97QY95QLwnZpCfcjAuGid06b/vRr++4Hpfz+SlNHBpWNKIf1+E9Lv10H7tbAWwo7G53RnLDvr3La6Fuc0hi0gY1Cm'
    'g/iI2a7B3LZ0+2twK4v1W25jTwm7d6DjI3VoDbOEfjEvqEN0niW8IKwdzoj+AO9vBhzhfb+O2MupTe9QwZO0+S9j5S+hsHsLXh7+'
    'U5ecivDLS3CQ7j9hvEfg0yjCJ7fu5esuWfOb4q55kute9NWe/o9LPH89f4TkEkfXhx9dOxmgfJ0zVZABHC+dG7w0hf7GMpSHzkcD'
    'iDb7YJ2j4JinI89UZWihIj8fdNpkFaP8ZPW9EHm8gZzva1hpbts6oh+ot9ALCBxgDgdmLQ7o9Bu1iH7F300EHzqRn6SgffHe09yp'
    'adL0IWPRB9F2JqG28VkzrO0M+O9R3796+F5Lzp/8IuZHn5T7F9J26L2NUy3KC90W1fPhcpj22y10g1HWi47lQnheykrvZZroBqKe'
    '7fG+tADNQQ2il3aEOzI95fLXdxb/id9NUzds5//ovOv0jh3QL8w7TXWHC0HXK+pyIeGvWBDjgH+fp6DPJjR/prrPNgQjj/YDvD+s'
    'ImXwHT16r7PS88O/cVvnEaz0ntcx8Dyis7QNL2Ib+O4U1X3XIrzlsPn4NoBvPEO+wtWMp2Gjy2+CthfA+h0P7Z/5Gbs7K1FjFMXt'
    '53cfse9nxrKfIj7JEcSX2/Yu3g2PltPMeia/+/hkhHtnYk/i8N8MY7oVxlPLDrWfV+rBz4QYlcm++LpGUFYFmjT9pWJDgJUze2nW'
    'ZXVVjms/ZP6FCI4fNwB+5KqzkHy+0kKGyIbVrJl1SBnZbtWJBRV7XCj/1UZD0jzowcReOXCp/5W/fyV6v+H24P2FzMVPSyp+Guff'
    '7g7lzNyhFGcascde6eKNuXhjzMUbc/HGXLwxF2/MxRtz8cbk+/1x5NyfJfIhj++zDNFjBvRSzELPIGJ1mOp5sH5Wpj9wMdJcjDQX'
    'I83FSHMx0lyMNBcjzcVIczHSXIw0FyPNxUirdIy0sO/Ubl53iNrNeVvjV88e+3hRjumvvB3cpj8/LQR3hW3lAyyT1k4FtCDWtBHK'
    'pZFvwHyEb0XflSk5PPpdyDFr09HsAe6s7c7a7qztztrurO3O2u6s7c7a7qztztrurO3O2jMRjzwNNFRDaNBDfTqald4XUN13oXA5'
    'j6ix3HtyaCyq+x7Urnkl2UubAab4hmWodfA8Dvk3piQydKNiXBwdLif6hsVMH7cPx/q0jV1XID6Ci5H/WI8FXdC4TzK/IpkvYitZ'
    '+7i56gUcehdF6DtoPDnc90lWHs9P6D2EvLNSorPA/iIjEeZqWOLvYxI7WOhA2sg5v46Vx8DCc78F8aU+w3kVfhULJL6lJnFTdTi3'
    'gAX+cnHhys7s+B6S8PFeDeU8Vh5TXsY3Ze0PKvBIFhOV0jmHdRGh86WG/k9xaGSYzNVK4L80VzuND2mK02OEFtcx87i6slzlYr22'
    'zvB6NaB9UKxXkwU/wXfD8DlFFnM1Tr57FV8V/C+HZINBC/5OaXYjotnxGPvEMPKFr+Y+h+cpLVnvNpAL8Hq3MnnMvn0hbfYh/eUS'
    'CW+OQ8/9Cnro09CUyT1XGqvRpl4cHKZxh/F87pesEx/XBYgudbBzgLM2c4p9rSfQ+tP1nEBzFja+XmafF+JQ4JFZQjO4rU8KXd0K'
    'OT6anvkzLLhDnFHohinfXonwg/f91EzgH86fZ2d83EizUj0iXvstpA6FcUomfH3a0fpgfjwvRIYuhOwZQ0R2PwbmpWgDgHPmrYv9'
    '5xvQeXMT6jv++wR47iBj3JrR806xPjVI7trTFdjeqB21jpR5LTzf01VuT+X1i/62/ep97gmo/yt43gPPi/rL+5iFecc2qEt61LZe'
    '/q14Ew7sWwsl3267I8Abat+68Z3lYxLf6t4Zjjs1CtypI7gwSnhUO5rnf7jCf54E/f31ZKn+FJd5CSlD11zVt4Wwl9MzEp7L7Hv9'
    '5/O3lc/XZ+4AX+/bJDjQD/O2r7xPWaJ/wLxCtLEHxnRLr3qdRZlv9Zb3TXzzri/vG4eJ6+nWsl6zlkUbKuDF715X2h7uy2su8p+/'
    'GFTj1Y3vNKPXDOLTdTDHiy5Qz5Eo8/5Cedu8Hn8evFQ+DwuJ/UmMn9bF524ZDl0IOPSBK8r78Nq94IPxHjmeyMYvYrcs/le/7n3f'
    'UY9flHnL9wJ/e/GN1+PPb3814MlNknr8+XlFnbymzts3yOuo5DwTG9j1j9rZRUriKNkaEuaWmSQtN25EUmP7v057wwmVeYQPE6e1'
    'kwit0b33rgf858MP+8/bHw3uyzQh/Cj6Mn0b9o/P+M+nHvKfm7/o11kEtE2/0XYojs9/DOB/CvxS7irF+a1flON4myWe//az/vOq'
    '++zqvRlocPMTydrZF01Fs53WI8Qwje9k0tcsK43DhmPQrNPI2EIXb3I/Kuz8mEM4dAnSuxdtJkQPP6Upey4p+zskB9CyoyHt/BS1'
    'cw48xdmwl5T9ASor+iD0yX2k7LcQHZ4BzxFS5hFEJ7TMmKT/vM4X4G/ch3MRDNk6rUd+NZ+Esy2OlSXGsD+kPo7NJBt/WNtvRT4A'
    '55Jz8RD5W8AtIPh56KNYg7NI3R7hrwZlh9HefRqqk4fzVo7gzGnw7Rq0dksz5c9ijknUj9MIjl3tla7ZuchfUIc3eH4FjHEyLwLm'
    'SRqcHyN/D5K6qzV16VguIXWPADkPfxtVjGGS/D1Cyo0o/PFwHLUc8BAR36sW2efWovpCRyr85kTsLBpPFPsEizh6Io6hBzAZgm+b'
    'pxfrjkeJL84Ik+feEjbdMH0Rza3Vb6A/Mt0Ht1juKaKNrTDeRsBxm9jnsvhmSa6J6RocqvOUJfO0Fc3TVsDFlfD3MlaeBwrrK8eR'
    'HhbPW8FSP0xzeg4hfVce/OrbDMpiOUXQ+zZE50ch/rsd6l2vaLNd0mZBYg8La5PGJa5FfuG6deDr9HbkB0X3yOMl8tEA2SeGEC/n'
    'fdkrKSv2ym6yZ+5BZXsI7+1De7/Y+5qYfO8ZJ/uJ4DuXIPhDpC/jqE95tDdjHXUv2beuJfuKsLGdjPr2GonsIuvbWqQLpDLFEGln'
    'kMzfOIF1BPKrxjq4HJlbml9JrBGW5zkdvESCW8JHxwvBFVWcTRyrVBaDdBuCtS0CLifRpxbCO0tjoU6lac4myg9pfMRWjQ9OB/pv'
    '0R6+v7GV0LknOYOqxquaQ76W7/YCeUM3h7dDPCHVumQQXvD+m+S6tdnPLodz+Oce0usxqZ6sFs7zD3y1XEc3DjqFTz4il0vE2PZB'
    'v8S7ejEvCmVSGp6ZOe2Nm/WmHpx6J1Y4/ZjH3u600jTpA/vtCKn9J+YHTZn+/TjNbH8HBC2OuzWdU2sq6PYmCd3m5vAaZ+GnL1Xj'
    'Tf25JEPGgamZWOOb1GtsGt8/jK5vcGt+WK25oPudErp3+Y08j21+Me2Qwsxj8AvhyS6nVPXnXGcLaUB/h+W2MZN3NWvJ0zxl5/b9'
    'sy5y/2w1CXZu/WvTfay3NcNKfo1dlD7H3ZrOqTUVdNtM6LaOIYdDTUNluo2Q8qq8Mjp783ESG67Mf1LkacE6gVpiB6b2FFs7837S'
    'Bxt6iOBokq4KImdkp7kYOb9Ws0h3bU29Tqxzb7SYf9HFcjhO40vg5EYNTmyIs4C1F4WVcHJj9eec2uv6Jfgfxb9ujq1N2uD0q/2l'
    'ovO2Evroc2syq9ZE0E2LSu7qKlLsAdX+14jWtilCvTC5L7WDvS0MpxosylN+oWn3gGW72vI4dri4A0fn7NaU+niN58zG90aMT/iy'
    'Vmp8pn4LcXx38P1mfPeLP59h5vewx2fQh2d1gr4pYm3r3doe8mtL86eGtavChblA52sS8tET+SZE22HwqH/WBAuPi+D4hsOVuYQr'
    'cfkQPn/xeoeurJ9O/CwcNv9h8mPUX8ucOX/NvTXBOSSjxEs8HHRIt8YzZSw3OQMnwe9STrdRotuoJG2lDNT0Tt80+9Ykx4J4hJkI'
    'eg2Zza4oN3o+zL+G9a4X650Ktg2wAteICcmRCaqdW+tdF3e9bRSOXTENZZlIu6feZSsJfM2AjC9wdzfg7i4LvpKqqBQzq/bozoiW'
    'Hv0e/ZFwO6wNDyn+Pf0f74S1HIS1zLJD8SdLPJ9KZ2agJy02RogWYxNF2Uh1PhrivmuqK/ieQe4scfcf/je/D3Udaffpe/3nXz9S'
    'qvsIkyedvC/hJfHQMFTel8kUM2V/mjv6End+cGtS+TXpAH0s5p82a3QYyWKV4Z8fMdunk9CnlPrvpNKH80/MLb2vO2X9i44Y5bTm'
    '1mSm1yTUb1rTP5n8ElZe5zfdRGx9wuc5z0p9n3dK/FSU/kfp4t+fkB0Vaol/bFOEerrx/C0Zz3upbkm3z/CNJZNV6poO7V9tcZrf'
    '8ST7IfPT4m32J/aAzZn/hK9YYXo+tESaPZB94M3+f1+D3ncqJQn1GbRm6lm9ymFHiCwzrzg3q1VHXLoP0vyp4h23ST8w/e+CVIDn'
    'Wcl7isci/5KQl3A+phIeHoHfVN2HWLRtIXobDif0dvZUpJ9p/fL1V8o/EdZppvJTWVRLs4R/U4n+QuQftyYzviaCbj4uoRvgrzxz'
    'XDoDUzL9T6j3pBaNXK1mrupmzRrVh9tqUg2plFfxlaJ147ZiWzcMZvlXs77ovuctRiX4xsccTjqcnEU4KfhmN3P3BWfi7lotzL/g'
    'D1e7uZ+Ruaf6R5qDpwPeYz2AiFd8HJzD1rEgv3oz8aXdgeyVGEYNKk/v8i5Evrwin8L6CHDaQvQbrQQW9Rc2iQ8o4DcSPjI/RPcj'
    '5jGsHO1/jqxLhqyLCTzq4xzmn27b1x6AkwK48x1tJ+ZzG+bzQ+8k7oR1c/Nf/fnHNiCPqfP25mB9RKzOFOF7wu+ikZTD/HFVJ/Lt'
    'YXY+GDp/kmPheVUCtq0xBV/IOrtlptJ4Gdf2TPnKCOIrbv0OrfUz5TcLDPmNji+trDBfqpuKz5fqJLKbyAlxE8L5GsU3me1B5Lar'
    'R39j24WIWU3lyAxab2xXTBO7Io17/RTz89jguRLlRExsYTP5kaHtNOOHuW9hiihC1HYaVl4mi6cBH69xvoDyc+CBF9kC2NGsbIx8'
    'rjNhVkVx91xGL5jm1sFzXmfwTeZDSn0Lo8akORx8lUy8mZV6txwTXP9AVFjOf2z2rYnung9fJ10+5DzI2XWIEYv72mLfzINNfBEr'
    'vcst7piLu+ciP4tJfmlxnxznWeHt8PSf58G+10T0CSY6pENd/2Qrk5je9xpIgHbn2E9ht7UTybWbpQGoPMhl5zG7XIUinwXNKbMG'
    'fRO5YkSebpwvVuTYGWZBvtgcK81BI/L5zJd8EzCbJe2Nk7shLSBvymR6E10ijReK8ybFhUNp500S2aPWL5BSO8VkZslVqJpKAM2Z'
    'F03ZElFbbXE3Obp8XzQwWpgdkWtLC9ban6Wx7HOrwwmHEyGyV0Z3RjVyemLu9+Kv3qBMaWzsPCDb61jp/UTxTdBv2HnUVr8w1yWm'
    'F4X3yL9wL0BTG4jpfk51dVwW8br85/Nd5ToL+k1nD+4mcocVncc4Mx4Cv1RcTDC52+YpdKliferJ+qjylc+ZO+0pIoLYkV6MX0uk'
    'jy3haN+ik2pk9+CEHtzF7EI8e0clOXb44rk4arNvTWziKh5vUT4HPBbbsmqJLYvy3yzUS0F7XZC/8/ZHA1ugkOVwTEqR53Yf9A1/'
    '20XKDKMyBaK3FPl/C8BLcHzKsNiWvN6rWBALc4y0McFK414WFDpSkTP4JgT3NBbkhh4m9feF1C/2EeDw9VsaEY5u7GH9b4Un1g2P'
    'kH4MKNZUbGVct7okgi8J1pEtfsx//v6u0nywOOd4D2k3ii5WdyeN/c9pGD8O+GFW8p7KrPxfJ4yhdqrUUIplVvqtFdF4M4xpKSv1'
    'yxP4eiz8N4eBbeOtEht63VRgE2CsPLdwLSvNz7wa8ZzVbG7Eu5blXN5Cvom8yu0wVx6ypcTBqUrP8VyNDRy2ZjYwKrm2NRZrK3jb'
    'XQ/4z69Icl3fDrmuv35f/NjKp0acq9UJz1UGqezEOY+u7ZoI47sL5qrlOxCf6gt29fP/al6e7js27eDc5nHnEOsyVDaUvOSsXYvk'
    'NoyvVyB8vYLsQ7o891fBE8cYaEVjvgrRQA7gtQA/E/Ym/BxV0PxrCP0L2VY8+Vg3Ivqh345D9izxbhV6dzS8W4bsu+sVfVlP5Gte'
    'bx6MW9jXsE3tWmLvGyd2vC0S+5ospx7d+ymuLESad2HLXh0DHqb3KPXboE8dEhnQM6CX5WT+efl2eI/LtKG+UjzPWOA5beeqEHyW'
    '1aG8MmyfUPVHt08cr9knViOfiT/d7T/f93nYB77nlzkKfBsobJm83Y7a+rtvALyv+9+aEJwboB//DW197CH/ed/jM79/XUXWL67v'
    'KPahvYKVyu85xD+uIDii6g/lH6tD6KReQqMy/bnAuTSaExnO4bYyCv087i+FL+JtCPhXIvhXIpymPqTNv2aXcjT1fF/Ssl+rYu+K'
    '2l79SFFzc1/S7ZXFFfI36ftM7Y4CnzDNYz4jaHYJwiUb+omyxjrfJA7rSOhLPeFZHQpdzi6Ls8SARN+CaURWtpucO/oVMCgfErm1'
    'W+FbDukXeskZBuseBjXnmzSCK/O5G1bolYbRGQr3S9ikW0n56zX6Kaov4n08AvZjUSdsPWz0XXj8ujumMpypI3L1CNJvcdgPI/3B'
    'MFpvXZ8wPIEb1wG8z4BOJUwHtwqdg23obZPQhaInb/c9iKZ3KdZBNg6xfrfAGop5CFu/PeRZMNCH7pasRzfCN+HztpDAHjEYh4k+'
    '9mUs8FWltD2MaFvQh8nc0bp5WJMj0TnORPdEaTmsjvDPmw+8C/dnXMPrZDroIQX/EvTUgeyfS9F+xd8fRPjJ+/xDqDOv+DKVzmRr'
    'XvzlampqxX/X1dQ31DQ2NYtfvqV5hn6t/P/aKgG5ODF/KsrjfyqNG3HgAH/e6f9e8Yp/Lj6/e+yGFeevWXfR/77g4ld87s47j4XP'
    'z73nDXeaROu4/6Yvr/ZY5jfT/3kTBz1yRMBR/Lb+4rdz56XfuxP9+ModSDSq0I4fm8QAeUD1tUP8dWfZ75dfxn9NsakHpv/x/3/F'
    'FB8nK/7vqen//ab4/9O/Lz/7PECemvpjWXsW7mohv2sk74rtdxpUNrqJI49yovJ5UZ2r8X37tUjnwCKcnVZK9uIagCfbi1cq5Kdx'
    '8tyv4MG2OucwueIHoLM12fPD9oIRxMPD+tytkK36iGw3KuHbUfvIx/sh0Gmo7KG47b2G48B1TNaV9+MGJMsnZRfF+rI+tCd2K8Zn'
    'avu4CPA2bP0HFP23HQftA5YL9kCf1krk9VGyJuvI911E3jsS5L2odlyTftrKEyp9dDvSdVCessSin2MKWre5h7Qe4a6JXZHiN7Vp'
    'DRLawPbMuPBtz6QU94Xu00QWldXXnVup3R/b9kx5/zCSsTGs6xU2DYyDMh/euX4P2OS+Io1RxKVJMwkoPMKbys6E+YLsjp5JvKAa'
    '5NeJ20gj/dcfCA8y0YHa+JXYnBlVeps+Vh6vQAdT+EH9M6KtIQvake23Udq/DZ2tTduP0s51SD8woOEhUWC/GskNAzFhnQV4K9N1'
    '7I8IcyMa+z6CTwW090aBfSTS/wyF6BQHIrZhe8dPJtePIBrmMF+R8ue6EvQs7Le13wj05OLdrV/y3y1CevUfgl0qc1egU84iG5a4'
    'FynevfBYuW/G4rv853cfiRbrpNg+wG2ernxhhefm8f0Bbop3NRf779ahcfF3/Pnhvw7s4+Jb/kr/+YdCMM/i2+m7/Od77gh8iEQ7'
    'x15ePs8/LZTP88Cl5fO84fZSuClkdzkP+v9vnh8XRZyHME2MWeCx7fyb3PPtsNhr9hD+OEz4UoHoFE9Btve4ewmGuxLgmsrrpv3N'
    'I5+2cY0+ANcR683/+0zP1wOEjXNQIsPiv7tnECd05XAsg6IMNf0fJyj04L1EDpjtY/kenPvxWA4eIn3/J7CJVII/iDPk1oz/3AzP'
    'U+F5RsbH91rBZzOwry32n29YHNDHYuT/fhbU78qU0stpUP8WVE/EM8XlToRyNy8O6Ir3yXSva44wH3jcXfA8STEO2r886AiXIrkD'
    'n18LFvyM2mFkciGWbZbC3ON2dyPeaNIu5k/DEhsobk9lk89Kzml1yH9Bha/HUN+FHQBScbtLwE2FwLWRU+rIXjJAbPYbkP5jgMzH'
    'Gsn9kSFSZhkqM6ooI2RlrJ9bj8qKv7HfE9ZZqsqq1qsO/mG8qVRsHtW5uwPmRnzXwcY6KeqjTvfxMcm5h/qWy87WtrbcMP0Z1XfJ'
    '3mP7q0zvtkqh5x+R7MVR9f6msls/8lu1kdFGJLpVme9/C7lDZeqXoNMhjiDddgvRf1B+SvFzAZz3MY1MEDrDOCn4NdaXUplS+MCY'
    '+L7Y4KMOD03Xl8p5g5I9YiH8w77WKcX5ZxjV60B6+61In4/nMM2CO2uTEl8k3KdujbyvWs828E/G67lPQn8Lie86Xt8hyX6MxyD8'
    'jjENN5A+dkv8pCh/UunsCwbrudeQPhYS/Yzw9aJ2O+FTJfOnboW+hOHqkAK3Bkk7OTR/tQpePURsxWHnz0rxxRGyfstAL4H5dcFi'
    'f+m28I0b0dB+nYQGcqz0XiHN5yiToWg9LkeF1YvqU6DSyZv6jdrkgI9znzzi7fP0rLbpPJWUh0uL3KAT8rPxrTc5U1Bcqie4lDHw'
    'QV7PzOPJmParUnB1d4QqdVe/A+wsHjq/l8RB8VKHzM8iDXHGJq+Xx6bSMntp8LOObybx9DL/5SWkGfceYJOjLSNaqXZcWZs4susT'
    'xAdG8MHUToRj0vYwF6NduVe/u/j/ncFma8c6wuK/mMQEjmIDXIv0leLdKehMnEV3HsS9vyYkx+L7rOJc2Ud0aLi9G1g022glxnyR'
    'ZMznSsZ8lqT/p0eYh02SOhMhdVYDn8B1xJl4nJRdQs4YLRK9dLukTIGUaZCU4TYImb55JtfvGsn6XSFZv1eid5+XrP3bN5SvPY8Z'
    'SNf+eMXay+6ihK29ykaqW3vqn6tb+9UGa7/aYO1XV2Dtc5Zr3wK6KRxfYBkrzUexDvw5sgheGtVfR57bYCwXM9/PQuiSdLoArDMa'
    'Jzp4eu+vHenMei309KMhOmxsx6F3zLeh8W4LmY+tCKdXRfBT2VbBPUnw2P+L3rV3+u/+hN7Ng3fPIrmtk6xzJ8D6paTM8s7SMgeB'
    'RrEtS9dnXue73I8G8SWb8bZZ6Opl92Z5+59Gfm9jCr9yqueX2TQ5rL9Ddwx6FXVN7zPI2tf5gmCcn0Q28AKziwNF+5yHuTrCUm9v'
    'qucTbZyH/PonyPj7DO6OCFs11VNOED/pwZh+/wOKtpeAH6HpmhYi3JkZJDzDxH6dseQjsnPhWhY9ztwGeJ7Myv3QNrLSe7wpjf5V'
    '9o7r7E+NqCtV5WMyhUFj8FVrzG0sXhw+lR7aZM+y4c84/st1MM52p0+T6tN2HAL6tFZkq7jUUt7JEf+OF31iTtMHSeZ1NiPaOfGL'
    '/vMX9wb+K8sM7G9xfDzC7hW2ILmIQYyfd0HMnrfdXXp+V+Un0uUoGrfka06vVJb7jxhxktUrma4N9tW1kY9V+7ot/9bFRsV6XNuY'
    'qLpYqEnH4ksa/+f4LyXHf4ufQd1q6a9aiP9l3PY8y/pZy/ouH6uGJ3e+OK0R8rF2GOn6scy9hanjQZqsZSs6b9wI9YU+rRvW+CoW'
    '5PJ261y9dRZ+h2LdqG2U2hzXoW9MU5bGPW8N2aui8IetIfoNGmMiTIcji/FA9R+mehCsw+pGvos2/ltYn9u6wKc/mf5qzEJv9AuJ'
    'Ho36v8bR71B4T5G/dzP1vVs+zifn+7YKGndCFVuPrq+sD1F1WbI1NNE3PUt88P5hfoCrJvHIxhX4bLK+dE4EjD1Mfj+u22IuJhX3'
    'vXaz0pwXu+YHd8R0usdqr10U/8kTpseyXaJzNTkLm/pXy87esjuC1dbJ/q49oMUJie+3aXylEQVO9lvM1QiTx5DsJm3JdPo4rsiX'
    '2wM+OqkYG41BNKm4E5UUbcXxNS5IbCt8nG9A43wuxtqp+ElvhfiJLW99+fQ4z4F328l9vG1wH+/1i8vnkt455PVPgXt9mzJm9w5F'
    'WfGU3augfeBlN6D7lKb93QjfDij6i/u0Gb0vymHtvh8B5iFPG94XMLV5mcRjM4Fpipf4fnpU+uFz88V5vh4U85hBgtM7PX0uEco/'
    'VLQzLrnnETbeAYMxvHWeb1uQ2ceGyF7Rreh7t+Ruju7+KeV9A8ws3hTv79VozicOEd5E88asQ2OoBH9Nsu8/h+dPyF74Qltw/13s'
    'xS+Q/bOXrP+gYq8cUshvlcL5b7T5NsC4Zxbc14KCBgaZue1jWDEP1D/ng23+HWF6Lwvj2h8kPhc6GcdGJh4IkWlEXN/XTPfzROJr'
    'hO+44fZ4O6JdKuMOKvzUqs0rt7f5OgzbO72md/Vld0xN/TDGJHtpMZZeW3B+nFD4mgwa9O9Z0r9dhnMbJ7bpr0h/nzGwCT7RGtD2'
    'bJWxdTTzT6j/prqpJM65ac9+PWU0srfVv39Qrf7v0egVwvr68tZSfZGJDGJLx9U+dy9oDezyJmdS2X7zdIjP25jCB1jc5f99i9//'
    'JPdXG12gbu/8ZovvM2oaV5nu53FlnWGJzMP79YmW8r1FdnbsMoyfI8rivm9HMXjwWfIUcvbbQmLWvJR83wxnw9dOA19RBfm5T8E3'
    'CsQ371VV7o9KNyX6c8IM94fOT77Fv5dVify6JjKMrSwjZJiDeX8eZ4pmKa1+afr/zmbh+hcTGt1hoTfqQvRpCl/Q7I6Y+qIuQ70T'
    'n5+JfMD/K6GvlckRJjH0eN/Or1LfRiL07Zh8eZz8avJRIYNmq9SPkZB+/KQ5yGcjaPXupfK4+jTejCg3rpAHnkNweVuPNZfanUzv'
    'usSVWeOcLfZIzsV8LHc0BzhuE/+/10IfJzvjyngvPd8MNwf6xkFmnvdqnMljLY1YrNkui3EJefr05kDXMlt1RcU4P2heKzU3vQny'
    'uv9uCnC0Ev4ScfaIh6vUtyjz9qGmQKacad1f8b4T6s9kBf0GcOxImS5Q6KVf2eTfQ+JwjmyGPMjw3ADPRc3y75vhmYPnSnieDc+N'
    '8FxDyrc3+22f1FS+b1ZiDsS6H1TMwfymUt28rV5DVmanVx0d688a5XHZbPeHqPfYHmmsjP+Iqez1TxVuP+yM+MYZal+Mf1djEIOt'
    'mroz2blVyFOnNQYyQFQ7RjVoZ2Gjfy+umDuH8Lwj4LkQnpsIb9sBz8XwXA7P0+C5lPDKs4HnPdcQzM1s9mn594aZ9Wu7pyHAa5vz'
    'BR0PtcUPaGzzYfhyW4MfuzLKXeWk7R4DDf79l6g5y1Q6nLB2X9YQ6MtnQlfN+3Bsg1pnFud8aSoz1TX48kKY75GN/rhauqYf1Ps6'
    'gqJ/OeF5RxLe1g7P+RHluy9r2lqqaGthxLY+htqKwptxvWXwPIl8XwdtvaU+oL1q6fF5u3uq3K7A9/PqA75nE5tBxotN66p0NWvQ'
    'HCRlW+oz4P2N9UHepUrZtJ6tK+WtldBJPBNi73u8LhhnJXz0eBtfqPPzJdC4Iba++qYy8gfrAvydaR/3yboAf5Pcs8LOuFfWBTnJ'
    'opz1VH5zHPZfJQibztf6Ov/v2bjX8v7VAL3g/cWD5znwPBOeqYh7269qA3qpJN8X6/ltSXuVskfx9j5XpfYELbxf0l4l988bUXs9'
    'TB+HvoeZx5gfV/iwddcG+0iSZyebs9IO1IeZsKkU89PVBnwpaZt2bW3l9+reELz6ea76faC09EguyJ85TOb6KcW9hFav1IeO+kN9'
    'JhfkKI0iH5juLX+TK5dDKmVTKfr/VKk9sTY7DdqzaUd1L0Hogs+oUnuCzx1T4fYoX21IqL09RFYbJDKcwJdf1wT0Hae9SRZdD/jN'
    'mnJajNKHsHPHZyVjrea9Kd6H99So5VhbXyxKGzdUALZYowKau0rcG+gLgVHMzVkT0Eal7y4U4+Wi+ZxU2Hcv90r/3k1gHunJz0qt'
    'ANtGpjfVHT2XDWCfTvRRa4i+7VxL2D/JBjElkzonhO25z8CcfSUbxCaN43tU3P+zgY18Ju5N0NxNb0fzuluh41D5KEXxCRXwi/4/'
    '2UC+2kP8FSbJ8xnJ/Q/ZeC5HMOkdz34yzkKIDkus2ZnZ0rzy+P5wn4UMp1oLQfdrUN+TuvMzXwMzqg8uyyazb/aG6IR/lqlsO4In'
    'fj1T+Xi1qrm8OzNzsXLfkQn42vWk7X9U+EyKPn10ael547UIlu4MZOJ/OZDxY9fN5P33MFvTdoSbOxR5fbcSuOdEaGdlJojH3Etw'
    '6BlD+bM94/sCVMu2y9v8Y9qP61UJGy6H/+N0gG80v7rpnSUB6+vpYH6q5Uv6adRmNeLB8DbfnQ5waVSj/9Lh0s1oXZO2N3D41yL4'
    'YyH7dLcF3xXzfhHCG3pWoWeQvQq5QOwb21BfN4fQ/qkRaH9V2vchnEk+yPuRgTnD+n3hF2njW8Rh/Tbl4yB/d+U34I7KY6X5DB5+'
    '2H+O/gvkh4E4vvc97sN4KqXmiQVD375vpYKYqlFi86tkiS+kgnsKlbRzFv1/UVt0/HsTklfEfN2C5muCjN2EJ+1VyKdDqfj5Bq5M'
    '+f5Uurg8YTR0ksWdKxPaPQnheVR/ulWpIH9OGJ5TPFyI6vZJ8FDnA1Sbipe3oiz+l+fbhSt1xp1QtPuEF4wjrq6dw3vIC3LC6/Y+'
    'kfOuaP+T9CGqjpHD+3svWNdxiS5Ktq7C9vBuVNeG1or0j8au0/Hhse9F7e0lfewLsen3e0FcdxtfLl7nMk1dnW8Wr3MOGmdfiB1V'
    '+GBsRXVMYk3yOsd7QV4lE54/qMDJJV60/DvDBE6DF+SE0p0ziud/VLYvxC70exZeVuAYz220sAL33jns70A/+Pf/fQHkBSn4zz/A'
    '83d3wP0/VPbbl/jP9NX+86dQ9qh+uP+rKUvh3ispu31SXvbjkrIDb5b34e80ZSncd6Gyv9vlP+9RzMMbNWVPh7/fA2Vfi8pyhsOf'
    'zZeW180Dv6Bl37ZTXrYgKXv6jfKyr0ZlC1D29mH52C5AZW/YC/vuBfKxnSkpK9aNlj1ZUlasBS27HpXt+pT/vOsBwGGQeVfe55c9'
    'GpX9+wf951N3+c8fPuQ/M3fB/T9UNkyWbkJlqTzeAXDnPybPdxSW48gk9nKO8DyhT8Jxwwvkm23c8Az6W+SL57LsaYAz/L+np539'
    'CNWhY0vFGNsI6f8Z6NsgGqPInSW+iftBYp/ZJJkTcbZfL/km6h0jgSnk704W5KF7Ct4dKVkX0Y7IvdgCezoen2ivAZXpC1lDVRzv'
    'lojzLctpJnLD6PY/nLdvVUQ8s9Wn0X3aZqxnMXU+PRNZwjTXmUwWNu2nLP/ekEL/ZBKTOix2WjFeLaxftecmrF87YW8wPcv0xLz7'
    '1GcxjrGE5p7P+4oYvinDzDyuy5hBf+h+1cFK84immD6XQE0EHrRSgd+TXqkMHMVvxYRG9hD5+zPzAv/wIdKnpOzkewjuTijOAu+Y'
    'F/iHDyn0z2MWul3TdkfnlfvIz8S6FO+bzAt8SQYs/GGHiW3DdOwbFO3ROwymeBXW3nxJexNMn88tTnt/bgt8ZVR36+gdD1PY/9nm'
    '+x6Z6kpHFXsmjZ1sym95Hx6M0QdTPJb1D/fhI23+mob1YTLifND8vbe2BTg0zuTx+ZPE2QGEQ+MKHKJ3UkxhX9RW7rc0QeyWExZz'
    'O25Yh7e9sS2wUfcp9FJJ4GgHGmOf4b6fFG7+uTUYI9W99TB9jHKbMf5Y085ejS+OSbwNrPd8GLWzx1D2irIv/HNrsGZx9/9xhX+R'
    'yq/nbTPQtvA5G2oN/KEGFTTdbTmXl6HxVFPGKuqbWst905KWqYr3TdAYhxW2FFs6NqU9hsY4LLkbmBQv+VlL0M6Iwsd0JIHxfB3a'
    'SVquoPvovRVqh87b+1p83DBtJ0nZZL/lGMcjjnGn4Rj3K/zC45xfdrQEfia9CllL9HefxdwKf7vVLYFPjK2cQHFufgxYdM5TaNx9'
    'FnuhaV9/mVf3ddIS1pMxYFEZ4Cv50nHb6lHC5vUuSV+fiQjr/QhWIWRfDcPzN6Jxq2S5npA9TXWHtuhvbgA/qqxYjDeH5iIKfHxf'
    '5wzU135F3Sg6izPBNn4cgp+0HoLDn6eAn4TegcN/vrkcflJ6BhFvdomFDnU4gTPGI80B/sTRZXBY/9Ic+Jfuibg32OLUe2O2aZuf'
    'srj/ozarcZYo+puhdZLJozb7xjkxYFFe/JIEYAleeTSa11FJmTi2Cdn99GK8iSq0SWWfZ5p8PmIrP5rO47ebyn1448axG41Am5+u'
    'UD9s6fXtTeV8VUeL+xVyr02bo03BXpG0PrF4/m8K6C6O/rAYb6YpoIF9ZL4nDWVgW9xYjeZH1yZ/XuHZz38Lmp8mT45LKl97yiP+'
    'b2N0WJT2f9lYfqaT5fOkPvsmfmcXkFg94o7QueCP9rUZaPsCaPuuxsBvvDuCLtpGB/0uSVujFrLRoIX8tFfS1kTE8YXJ+ldI2jrK'
    's5/DEYM53NFYft9Bd/6n92uK/qYIRtjZpKDYy5ZawJDJwUV/swgwDhIYLzQEdxFUuvgxy/2sqP+TwH0mAbj/juD2K3jTcITz7P0S'
    'uKozog2//hiCS2PKmpw1x5g8vuE7ENzdivNTFJvJ9QZwo5znexoCXLWBi8/xFxn0bW8EnDpFAneCmfuRDyru46xEcJOyPxXzTaG5'
    'jGJ34TD+Ul9+t+ogmXeTc6vJvvWT+qC/YbYA1dnu8Qgw6JnuQQMYEyEw7pHA2GM5lg8bwHg2BMY7JDDGLefjRgmMCcP5EPxisN7H'
    '8bhnECpHvxLws9I2giL91wd3dA9WQK4Ko48j64P8Fl2Z8LulJ6AYlmH39Gzudfy5rnwtZXdGNinyGark858kDFfI3t+oKz//yu4j'
    'bknwrHFPFdsU43xPXbCPnKnIayfDExpL4RQylhsThiv6218X3Nf0yH1M8XcziWmaQbGLivSPYIh7ZivgeSw8O0Ng8Hiz7Yqz2Yjl'
    'uaLo/yeBZ8snMP9dIoE3FuLrIIuJJfwh6yTwop7ZivfNaoM7h4L/01hZk0weU/NnFnWHicz8JKprYwcr3jerDeag31B+keX/Emv+'
    'WdQXG7mV1/lHi7r0XPZeSd2nFeccKhu8qTaIzS3qPmehAzCR6YY1bQwn1MYr0BzsIWfHIz25Dlng30st6lL8OwmNzWS+bHTIQl+2'
    'FOHpoAIXBy3Or/VovIMKWa4g4YFF+18u6MsQixdfWcSbbQ/xozL1WyneN80FY1PBm1TM81dy5Xe8CxJ9NZ6vSXHfHNW10Y8W801Z'
    '1KX4x+PNds6QPMjb34f6Lvb47ZnyvLoymWIgQl0hN1yO8CYsLoSJrPZXCcET/duA4F2giF+hiwVP+7ckIXiif3W54I7esma5/KWS'
    'lZ6rCerSOJLHkrrLUXwaXue/aoL7990RfPnEfcjvS+CMRoDzqATO3ghwPldTHr9gQnEuF3T/CYM6lN7/FtUpaPZ2zGPfIamzn/D/'
    'F8h4bq4pjwmgk4ls7AW7LWEPW8C+BI1VFVdzgMzPSxEO7I4wLgHnRE3bw4q2j9G0PWzR9nwUuzZKbmPZWUHcK/5LNhiXLB6GDLd/'
    'a1CH4vbT2WAuTGUpmc3lcdQ2lQEKElmg6P+vqTOmaOc+izoDwv/foA7VDX8IzYupjCSTkd9m0PYkwaubDOr8nNQZywa4SOuExW0O'
    'G8MVkrk4GKKPl8E5B/UxjM7CzsDU3rIxaxYbhvpzUBrqjAiH0lWzIRzdPbKi/S8T4MJzCn+nMdL2r1Edcab/FZPHAxbj/k+DOnSM'
    '30N1dnryvZTGPHwsE8hUWzPl8pKtTvSzmSDmTrdGV87LflJT9nlK/9A2nqs9BvxR8O93oLZ0tt9ivClJWZkttmj/Q2V1Nrbi/R80'
    'Blu7Ga9/VcT6AqfOU9Q32WvyIGs3hMgVwva4UVOW5ow/RtOvYYN+LURtqc7yol+NqK2hCHbvF9JBW5Sv01yrv03L2zKNIXBQ0xaN'
    'I/uEpux+MoavScrKbJm87AOSsk8r5IfPobIjTB5rVehe74S5iXI/iNf/AGprkowB80te9p2orI5nF+//orIirur5irP7foOy4qw5'
    'rCl7KoHba1BWwL0sHcgCUfl3Uf5Pl59HkvAJK/r/pMtj4FCeu0pShurdlmjKCLxo15QROu8GSZlR0p+UpAzWNxbtf6nyMnR/+I2k'
    'DPbVKur/UBmZnZeX+REq06fQ3X0v5ccQsbmzVDz/a2AL2v43AtvkXlDR/ieB/Qwp83EE23RvL97/QbALir3ldkmZ/WRffRMqI5MN'
    'eJnXacqI/X0ClelXyHWDaKym9hZe72oJ7DFS5hWojMx3ipc5F9q3uVtSjDdtWG+CzG2XZT3R3nI0lt2KPh0hKUPbb9GUEXBykjLP'
    'ETh/8dRlBJzfe8HamuofivQvqbfPAP+/j+qZ6gqK+78X+DHH9cW4D83LoIJPflpTRvDtf0JlZDaVYr5ZNF5T2a24/2tg7xb3/zRl'
    'BC+/UVNGyJfjkj4WDPq4SwL7IOnjVZIyT5M+XuqV3sOJs7anofZkd3p4mc2ozIjK/1dTRqz/KkmZPaTMEkmZcbr/S8pQXGtAZWQx'
    'mYr7v1fOt8Lk02K8aWZXT/TpZ8xft7h3K0S8WZM+0LPRwyyYF5ntj5f5V1Rmn+Ic8C+ozEGFfHUnKiPTVRTjTbOAlkztekX/HwRb'
    'ZlPjZd4qmaMwH6tivjkEWybz52Gu6zTyex5ouk4ht58MZbo1ZcQ4LtOUEWeEC9A8mtr1ivTP/HglSflucZhrJfMeds4o2v/RGEx9'
    'r4R9rtnSZkjjb9bAf3ssiDHuMfNYlPh9PXqP4/0JGDmgPRvYVwLcdPGl/pfy5vavODEfYeLX4j8OMPNfx4troi5htjZ54GXXuHWS'
    'rxOLs04sdJ0wHVN6SzO7+Jpu/STrd4DtIFNey1hyS2i6NnHXtgPqe/C+CerNR2U5gm6B56KpUryo0XyPi3MC9g3wvHKqunOTRB9s'
    'Y9+mIvQxbH9No/31CIu+i3Hb8PwjI7Txecs2KF/LQdk0/MN1ZHB066pqVyav6PrcrMHDuPX5eLcj2awVnosAp3i5rTBPHnz3FGPj'
    'Yz/VcNwCN0W7C0HXhuW3l7IgD4KMjlbD8wpCI62EBzUCD6pjLyKxcHOU/jw0FkN4LAwe7vex8LyK8GdmgK/8vvkSqNNE+lUL/RJ3'
    'K45F45CNy7RNQSNtUKYO4X4W2mN3MfbRJ8PxtAbhXRvZM9KSPSOP+BHv+07St7+Z/neHVK5IHdY/gXt/8Unpxd/U1E03iTVHv+0s'
    'wq8D8RaBQ6ZrpzsPLgQcx9/WMbO8H3H61MbM8lrw7+2o/znQVajooQP0TB7wsiaw4dQLmIeQvGqBgmm7M8xU2vrggtbZ9peX8Gj+'
    'bjHsfXgtu0EnJ9ayBXBgHgty77y4F+zwx0Hpjil4qgrHPMn++HmyP9Yq9tq8j34vxkGl+TtGif3ONGctjctWzEfHgpwrn4R3b4d3'
    'vNzjK/x3b2ZBPpnVqF9iPyz6BwLd47w7G+B5MivPKbQRnl1kTmVyrOyd0yuE0ORoqGpA8ws/wlLZQkULGYnscCKsfQ8891ueo1Tl'
    'mlC5hfBPiHhJwxf7zTbPzz8oZLoUkoVqCQ/i//0Uh2vYHj3flfAqjXwgeF0vgXu1o5ESGjlwDYvzS4VRUDPBxxuRrOzW/fBY9zZY'
    '+y70rlVjV1mbgF2lA9plYDNqQmezYr0L1XsD7X9rBPm6lsjXy2EOjkBwqTyCn6MS3YHOjush3WMb/Pfx6InzLGKbLX7ivLmpEH0P'
    'HpuQnxZvhHsJRFbizxceK5WVLkZlaqdKy9RNwb0E5ued4e8uhOelCdniMmiHV+1v4j6myDt/geRpo6ubj2AtzZQ/o+j9TPUgYfqr'
    'Vkt4reiZAjwYhfkbBDrMGvHa6WNWZo7LoWsph7GzQzbG4MWyX7pxR/aB6QPNDiTHvgX4k1hrT6MHFfk2VTREcXUMcMMENqaBtEan'
    'j/WR69E5jBn2Kwv8xdZ+0UzKJaEvipLPNcq5UrSTgn+qucW5dXH9Vku5rRXeq+w+rfA+LPehSrfvSeB5FjwM49AqeNZM2fFBsUfj'
    'uahBMoTQ/WEZuBXBFXhgC6cN4VAHnK9SUOcYp0uW6pJl5wYJG42kw9PZMdMVxuMiP7gMfJyu9PmATrdG6S4P3+sJTawl9hcTP4pK'
    'jrHjrf4ze2DujvGe2+b+GEWe+dsfnZkxZqswxh9C3voXvjg7xlyNdc086j///ZHZNUacl72H+Do3SHydB4gfNZZ/bOQ12r9GTf+W'
    'Mnl8CJGzvpPpcwf0GNhAniH3VG7WtNtdwXZ7QX6l/uW4vVHisy+LsSHKm+bdoL7sqhyZurgGwm99I8jX9J6GDo5tf3cxeTwBeufE'
    'JN7ws2QNVDhtQudbJLhdb4nbJvfOTPEP45i4n8D96lck0K7p/aKwOzQvZUFsPBr7bHdCY+bng+MMcTlsHnoqPB9J41+DBv+OY+Z3'
    '48YU/Ajf/TW9m2Nzb4fPyW2gq10NNjLc/mzv+5Wo792HWN/XIRzZy8zzyo7NQF+Tppss0I6MbuYzeSwmnItMxhtGmDxu+kpml+eq'
    'YAkf2zfCysrmsUYxXyb+oDnCf1Q6L5nfsU4XJ/phqrvjY3vZ9L+zUZ0M/NPpUoWv0DqgY6oDM9XZpmZBOzpdq0wfaqLHFOXroX4m'
    'xH+01VIntEjjG18vObtEPYPkFe3yNj6C/KTxGezpe4M5tLURMaK3vusB//mVr/p9aUPfbofz49fvKz2b8Xd/utt/vu/zcB78Xnx+'
    'aONH3AF/e+A72YR4pIDVItGjq3zjPISjzner3Ga2/GL2NmD9ncYOWcFvuYm+ltpDU2RNckjvzmm8ZbonrZ3Bd1PbD20njdrR+Uxh'
    'H2Hsw0ltNDr7vAy35jr+mNw31PkP6Y2tfHbD/cp7CU9x/kcz63cmZOiMpb1V7D974SnONkKPcqRXXmaElGnzAl4iZGYhhzZIvol4'
    'GRkEG9drYUE8mueZuozQVf0fVt7GtfDtv9C3QdK3pyXfRN/+QwJTxB96AvWph5xlxJx8A9XvJmN6hMsHjnc53uV4l7GPeQrWSCZX'
    '1BO5gp0/vbYf9v97R9f0f3eFy6wp4R8hgd+SEPwMga88awH8MJhZyZl8N/K9bAJeN9/iLtMcx+80TNWF1pchSn+6exc7TGRzvmd/'
    'lJXfAWcGe7bwR93GgjtR4t1S8C1diN59kQVnUfFuS2epTgn7CPXDcxyep0T0yXT4eOjgY5vlul5L9Fl9bk3pmu6Y6TU1XU+b/eVa'
    '4AONzN2TVd2T5fKr2g9P/UvqnuxM6n0FbmD9jLtzfejeuU5EniU4ZHqP1AZmHJ099l0r5g9A5/svPO4/G78T+H7xMmciuanzQYgD'
    '+Kgc3smo7JK7AjiysutR2esB3onflpc9GpW94TOQC/XBcl+1PDrPFMt+E3z3wNbwGNg/PgY+ffc9Xm6f+Bz04amHSuFGtU8sBB8j'
    'Ru7ZqO4gtIANW9jW1kvOki2wMdr6mtv4qK8nfU5byk6me20LkplN9PD4Lt1SZN+i8WbwmI9ldncQTe4662wOeExRYNF7edeSeac2'
    '0zzBtxXo70rGXTDFhTZynhPxGVpYeXwGTIuq+Ay257MczJepHT0Pf1O/12aJ72oe7PqbLdaoGmtiGhvAZC50d0gbyd5Yh+ziqvHL'
    'cGGDBBfWIn4kwwWVT/JS0BVUcp6F3S7MjzlL+MIVEnwMuyOH6UIVDwb3Q8T0spE/TG3tRxMbuiifY+XxFY8mfKkT1WmtYtutEc7+'
    'qrnLRZw7Pv43SsaP793GuRNI7/SF+RfZzPv41XY6E1PfHtP2a/vt5vkosvYZJo/XV2sQ91J1V1XEtKubCuY/a4ljGC8dvgXrfeZn'
    'ZhbfvvvI4YtvAkYOKtniHYd5C9KJ1KB9T8yFgNcDdWphD74K6czdfddUSugrpufoT2qLb/z7rnidrmKld/Bt7mDLYm/Yx5HgmuW5'
    'G0gCDsEtEfTkRgpz2S8NC7PDRKEOfP6slM8vBO3a8M+rAMZLUsE5D8NIs/C4KMekfBkey/7Uf/06Zp4zk9btI2fKhpQf869SsXxk'
    'cXz+t2cex+cnnt8PZ4OS2qBixAcMpYlQ2LZnCr6eI17gc7xe8owC89WeT7Mme3ZeAeOc6RebEAwZ7exi9vcuB9AdEEHTpnKQ7L6l'
    '7r4J1RfxHFLLmDpW+PGKb6q7H7ZweB+eBT61EPiITF5udH7kOn+5StqZrdZfxI97HfNj7QtdkPAzxXerdrHSfGI9SE9N6YrmOC4w'
    '89zC58K9LFmuSrqP7Wfmd5hluftM85Dy7/NYeV5W2f3wASbPAydyxbaz8ryfu8hdMBwDoI+V54OLojvGvFGl52uOeEZ38TAPfX/0'
    'm5Gut9XyPppb/0N7/WV65bA1N+Gdgj9iXd0qws8KFvaLEWaW59k0v6TgpbtYEBNCdr6isS0oXxf1FrLSe6NChybqY10Xb/dstNf1'
    'Mvn9YBvZdJTAGGbmcUTEXQdub1im6BPNkTvE4udzla0H1c2q7pbNd/uV26/cfuX2K4M1j8qfZHtYlvAr4RciywVvG88rjdrEcQMu'
    'hLPDelZ+Dx+3SeNgLCQ6ErwnyfqDxyv2qoUsiF0uYNRI9ghZnIN1qI7IUUVjk8j6gvdBfM4aQWcm1b7gzjFuX3D7gtsXqrEvCF5G'
    'eZ/gxx7hxed4AR/Ce8qRFnrhYYuzEuafRV2W5+8jNjI51lHtIvDmeT4s2XmBxjk0OeP1SPYF0/iE/aRv/w1zrtL14+egYi/tleyN'
    'HPb3AN9M4iIWFGvB75QvIu11W4x7RFF3kLRzJzrTjUrOdGHtmPSlN6QPbwE7Bi6zj5XHssTyyzpUzhQHhmPgyzVIP9HNosdMw/Nr'
    'Eguzm6ljj2K/XJlOfJjJY4jK1iHuuEz9S4cV+I/5AR4flX/bkJyaA7kX48uYIc7SeeFt3Y90+ZQXjCroWAXr46hvBUPdlEp3xOG9'
    'B9HpblJmgvRJRvNxdTAiN8byCuukaNxciht5OO8srfC+IluDjeAHV239Vx7wspX0d5D0oV/BB8YktJTVnJHy7ox0WJ+RPHdGcmck'
    'Zn7vWJxTTmH2MazHJXZ8LJP0GcomuI7pHmQqp40RXtzl+bHuMC822e96iR7raXJGGLeQo8YNfYZMZfMBVh6/1mTtZGuF921ZjPAB'
    'Uk4mC4rYXN9NYP/EZ+wVCn1nmL+XbPyFEF9JMf4xiZ8X1qEKnakujjG1Ne5R0M8E2fMLs0BuPBP2Bp1ul8paJyFZc88Myprz0Zlg'
    'r0LmU8meT2vkrxwrzXks8LFWoStfY6CTEn1oBd7dxuR3+MRZisp9dRHlvhzIDTl4b6L3ovaPEcmZNUr8Y3wmHGLm532ZXxq+7y+z'
    'P1BaWy/xzepmpTlcVrJyf2iqb9oDZRchuhkKwbUBVh5XfD+Tx0Ifizi3Mh854bt2d8rPKY/nqVuiJ7NpawKNVYZL3cw+J2ESuCHG'
    'fJoGN8aIHfAlEtz4FSmzjpnpXwsKv8VhAu8IoG+6x4b5NDZIfDx/S8aO74avT/kXc/A8HIy41kOzdK1farHWp6B5N9H5VHP9fxlx'
    '/Yc16/+p6brvMxgn1TfuV9hKkuIPhRnCGbF3XIT494BGTsN1zkR4tjtkvznZ0jZkmg9Htg8vRbIp3ovi5NWp0/hGYPxa4Pk2ApkM'
    'NhbTLzFs7LjsEJHnZwqvzmR2droJjcxbPM9K/FDwPi/83JuI3DKiONcWLOSXbiJvN0nwv5vAH5PgyNuZn5Moh+4ebM34z83wPBWe'
    'Z2T88dTCnJ0Oec1vXew/37A4mENelsO/HPHSswBOV6Z0DU4DOLcsDvr1cviGy50I5W5G7WwifTw3E+wlAnfEt00Zc3inwPP8TLCO'
    'bWR+NoWMg5e5AMq+NFN+LjqB1N8G9V+/uJwP0L5GlUNPRWvAnycp1sSkPdP7EWH5C2zOS9dEuAM11/WfxQtQLVRLeSAZZSfiFe1I'
    'x9nMSmPTmObJSBKPGIse/2IHwSsap34cnT/Etwm0n/Fvx7MgVtFT8G4NKv8U2mOEH3gTaaeTlcfex3UWoDZuYKV5VYU9X+RVFe/m'
    'dfrvcCyltaw8zrjNfF2C/rbJBVVi19gBS+fJcSzpeCEdMHYG8yDpD9PFKbVtS/SRxmkUOV4YSy7WUE0M3O9gQSw5Pj8tXcE5QOjN'
    'OK23dgV/t3bZxXRT9bs2Yr9xzMpNLH6MGhluyd4JGqtU+TzYxpckMCYxlzXwzyRuWyvCi7cS2hWywKWIVzFku7KZky0W5al/tW39'
    'NqSrXQi4LBvXesQbw+So+oj0y9s/QWI7wbz51eissJL08ThWGqvTdA5Mcx2G4Sb1fWiDf2G57mzpGvMfMfajmTxPualtVZf3PG3J'
    '22tQOdy3uHw8FYOPv0Yxj91ozMeUycqHd9wkpvGxkEjE5kK0Qm4wwVUP8Swaf+39F/nPo/YF8XLEt2df6T/PHivfI06Z8J/fulBu'
    'w1LZdHmd57tKbauV7EuORYtXZhOv35SeFrNSP3Kxd12huDd0FSuNaxQl1pqMT1+BcEjw2j7g0U2ojc49DEmyeh8Vsd9hHGsh+qLR'
    'EH0w1mtdg3RfoxIfYF7mVUj302+gv9sF9c7R2Pp6WGnMjG2oHz1EZybKbIJ+hOn99kp0dy1El7bXYhwLke533LCebP53KeQ2Qcfz'
    'FHS8PQQnm0i9rAYnr0pov/MSkBNMZDSZDLneUsazjeeO47e3EN8W6t9X3FxWq/cPvL6tZF9pMLxr4yG6SIK3NiZwdmuyWANbX4eo'
    'cmKOBfHdxkN8FlRxtW3ivvE+X4fublQ6HkEhYh/PVvQR92NQcqbBfhtC323iExZm96JnEXx2lvmWDxncmYgyL6o4tyb4hmUquo7U'
    'tjeusB0LucnGv1jG8zFtL0iAthdp/FcwzlBbmcouKsOB1eg+kc19NpM7WZMx+kV5ELbPU7wcQf5KcelCFi+rW+JfQde7NYH1bjW8'
    'SyKL8yLksiYFf+mW2EjF+rfFsM8PIr06vmeE78ZFgZfEHnQWM4shIHhtntnf+88DT0/y/he2aca9/yXj8f8N/jcqnbq7DzH77sO8'
    'FukFxb5ns1+5dT407r2I+CNx5aJaIhdR/5b1SJdgcgYXvnydLLjz2KPwn4u6j1AfPNxfPBd1FnOxEGw/eG7qoX4r8olqgno4rxXN'
    'C1bP9DkRwnxFoviKtYI8Tf0EqpXHTOhccG6LRmaX32wdGU8Ts88NWyPRPSShP8nFlNuETIXjBsnuzJjIAiKn3oKQ+zHjFufb/Sxe'
    'Tj1s50ra7txoOD8iHzU+D8nOAxMSOZ3eCwtrJ6rcifPPiT2W//cD0//+w+23s1au+hQrvWecsvSnHXVrf0iuvbjnIOw2Ip6L0IGu'
    'kny7FunI6iT1Wsh5uElThvqoURtfH/kmiz8Sd++rT4CH1zF1HHTs42gby2lMI//ReFUrJed/mb+5ic7K9L6xLL9JJ1kf3rdlEluS'
    'qUzQb9EXWSwdbIOS6YB6Wfz76RSnmhLAqTWG5wXTOQpbdywj0DuDPQq9ylvAF18Wt2WYyeN1jTF1TAHTHAE24zaJMzVpMTc/Z+X3'
    'Q6ktOQm98Ri6D7Keld9flenXeH0Bj7HyeF94HD2s/A57GKxhgzKTMWVtnY9Z3NxgSeQklfH9QYmeuRhvNqUuI/bYOlRmrwIOn8yc'
    'pAz/9mcv8CcYYuZ5qQTsZyLWF+1/3wvOarJ5oHEsxH3UMNvH/9DALcSAe7cX6G72hvRXZVMyofFniA3unZp2xyrY7nWo3aTg4r6q'
    'cP8Sz9c50TIy29IEk8fXKFjsCcMaG4CpnoDeyV+OxjB+iI7htyzITW3SV1O74F6FTPA95J9kMzc6mA8gW1BBMVfPMHlcRXpf824W'
    'xGgcZuU5gExi9JjoiVUxkGQykQlM1V3NPkJ3E0ydI6MS7Y4gv7ylMzBefpfhJEObsU1cXjy+aq/lSEL6yiTlpYYE5KWlij2j31Ce'
    'l9lGhpn+3vMk6KNkduNxxZr2SM491eLhNvzdhGfh2AR4rieYOqavjIeZzvdStN/stbQBRGlvtp8zahKgmxZmH8tP8Mc3Ir9nuh67'
    'SdnXKmjUdr/TyZl4rxZ3Xq9iQSxXXR9lMn+YXTXsPLBthvatzhnap2fTnlLH4tsdB1n0HGctrDxmbxj//anEh3jIwO8oPUvmPGl+'
    'ZKsv+APyE3tKcpa0hfefCF53AvC+ica3l5nF1sFr/m+a8UWBx3MCrIg4Htz2M2T/71bIYjq/ZrGfrE5o/SrRv6uRjbyPwO5V+BTs'
    'tfBXFOtyJuLfTyl02pVod5XGL7I/RKaj/AnHMQ/rq4lvpbAnL5fYomSy3QSrTI6DKPbBSvDaIxLgtZtZ9BjAtvG1RDsYxh4L2u5F'
    'dVTrje+yvYL5sVAwjlL/FVlMZGzfjNo/7BdIYx1nAX90Od9048L3R/Yp+NUwSyZmdCHENoxziq+GcjRmwGoFz1XpbWnc40nNnQyT'
    '/st4mViL7ehsMGnIN0zb1t3loTJ6NcdM/dXxGm5Fa1jpeyCVkB2bmF0e9ouRPNVL5u2ZCL6F2yS+GLZ56DmctZY2+kFL3FXpsm3O'
    'gZXweZwJHLghoTXbjfxKRy32i3GmjxN66SGCC2uQH4yJvzuVG0ck/rn9iv7htTWZ5zi4SnO+CtzlMM/Q8I8ovsnHoz2zh/gXr4Y+'
    '6+ToOP7LLRHvK5jm6U5Cx2/i5zagOKcIejoB8Yhxpo/PPo7ORUnc4WtHcEYtzmfDIb56/FyU80rvEKQszxs28SkPB19ZFEkHQiMc'
    'sHKWzYR8t8H/TIL4vz8C/g8mhP+vTgj/z0Z6il1Mf4e7RyPDiju9CyTzYeoXqtJd4HPaoMUY90TYP1Sy/WzyZdbhrbgjZpNbEp8Z'
    'J1hp/Bw89xMKPyRd3iabXIJhZ2QsP9Qxda5YmkOeyqnYJkB9S/ZZ7sXtLLnYCeMhPrYmcqfMvpSH5zrJtzD4kxZ9oeflMNoPs/md'
    'COf6are7gNnFig+bexN87mD6vE2TSMa0uZ8gZOEmQsM3eKU+yvtIneWIJ+wj/sxJ9nGC2I8LIfq8haw0Zgu+pzCpuE+wEGgM16lh'
    '5bFswviUGPezaF5we/heZTX1PUmcB+ZrfLAoD22R4AaWEfj67dD4Gchg2dLaQcVej+328xX+RALnXueV5hTaS2APEZzE+4Zq3Lq7'
    'PwsVd3+i9E91h2exhDZMczZOKOS8MVZ+d57e16kmvjcngO+zMY5Q2vNtUaY6pyht/JLIxaZ0V1DsW/Nj2kWo328r0tGExY/pZuo4'
    'PGlWHjdHzGuOBfNciXXPA442Gq6hKvYNzw13I+Fzz1r4flN70IhF3WHDOia8JW4Mq14LO+lYhHZdLLHDh8e+uQo8dmT6v18Zk8fG'
    '5akmNgcaJ1XmAyKTc7DMUS06Kubmm/52QYR57WbyGGrthO8cZHb3VXHfbGXDbJXn7v9nfmzlQxEnawxxMqfASdM9+GYW5GM13f90'
    '9xRs9qD9iv13IsKa2bZvOj5T/+a5tO/i+GRHVmEfFjkAO0L8LAcl9gUTnZ4sPlkl4iKsrvAaTzIzuyrFAz7+fgsZIGob53uBTuu6'
    'GLQ8kiD/rcS+LztbHVnBNU/6jPU00j0OG/p9q85YpnVs9pZxQzuKyTlqXOFLOlYlvhyHZnnd6xNaJ929v0mmvz9ue6/P1nZC+fok'
    'i36nSHUXfjaur05v2iKRB03mPGmdPN0n8yy5ONomdhk8b8LX6K/ARmuzn4SVldlkZG2vQndeqm0jkvVHh0OLQnTvSdh/0jOkD08i'
    'nnujob9aHt6tU/geDkv2GFnMKtVaDjH7+9dhPpF58Mc+egb7gH1LjgCcTEpvbhJ7Duvs88TOM8bkeU50sd7pve+9CjzoY2Z3LmdK'
    'z1lt2nkpOhv1Kc5wqn17WFPeRp+japvGBahGe2H4KvAU+6NTfN3Dwu/NUbzcb+h7FmZT4v061UJfuEuxLw5Z+OTsZvZ5gPZI/L7D'
    '6gwq5mRJFXUh9MyW9N30HPJZ3GdhZ9LFDcmzIN+07N7SANPfzcRyyzyJ3KKL+UvjqFPZBONth8T/znTcYrxPK+5wvBPNq+2ZSUbT'
    'g8jndp5CxhwkfGFIwcfEPrwL7YWyvCu6O2evgjEkSfdR7ovI+tbFgrvxtMw+A5rrZMF9umGmzslj6t9J64wzs/t0wueyg5XGkhD5'
    'D+YjWk/t0DuVJxVLRuXT25kAH8pJ+FAe+rhZgqdRfRwxf2lSnIvC9H9J+nzoZICMhR2nAHMo7gQ3Av7Y7jG4/Zoq6/55/tfLFXRC'
    '6WhYwf9GLOyYpvFYTHUGsnvgJnJNteR/WS49ma2nTnHO6WPlufpGNPt5HYFfD/Xi6vNN4gzIYjrnkXwis10OGMjBDWRMjQhGDp2z'
    'ZxJv6f3HMcU+tsdiD++XzEVThXxnVHvBHXN8L+AxxtYy9Z1MXX8zIf3NVqC/G8C/Pun1UI2jkvsun9P7Q3wvZPxQxz9layhkmk6D'
    'dY5qN+nV6CGwjb1S8E32gI4Y9row3ncm4n1hurkRC7jrEX2a4juNcZSEXS3KXt+g8BMSe1iOBfe2TeVN3sb70F0D03ph/b6F2eUi'
    'GVHoIa4DfXMcOGF9vYyVx4oYZOq7pLzOyyX+d7o6YX3gsYU3GfCoMH5TCXq09UcrKOSMmdKRtyUgzzQz8/vAu2H8BY0cdDUL8m30'
    'SWzmVH8+W+QbnCeE6nFM+z0Tco7ujC7OyIsU9iOZnclW/yd0RGdLfOOSaGccrU9HCF/qtrCD0P7jM0kS8MdDzrSHoj3NhlcIefIJ'
    'sPGa3vMvGK5dpflHFHsDH+8HWJDzohLjrcb5g5c5mZXno7K9710Nfhl1nTC/T2qMM3U23BhyNpwIkbuSHH8UGU0l+4sz63ymzm+i'
    'ixGp8vO4HtmXhpk8Tuukou61CfZH7BGXIjk9rD+izlnMLBZCwXBcJ1jQmq5fywz93kYtaLdXowNV2anqZnCv9RLYa4W945MsiJeY'
    'hf48vsJ/dwwa52o0Tv73sRK/EToHo0yfD08XnwbbDIU9UMafKnFmOQba3prxny/PlK715kzpOE6D77csDsaxnZTZBmVej8qcAvDP'
    'hedJ8DwDnpsyQT/42Pk9tW0svO0uqHcy9KEWyp4OZW9d7D/fsLj8nFrNsZn0jY/7o2Af4/XOM6yn65/NnBxuc3028lU7NVM6xrMz'
    'h++82PrqcPhnZsrnAvcL8xWVr057QvsL9U3aQuZC/L05Y+Z/lU7I1sX7+uUu/3lPV+BnJmS1f4Zvj8Dzs/D8ZZfcr+OFriB3dgPa'
    'v0T9F+D5o654MU2b0JxvgeeiKfl+nUpwrt5/kf88al9wF0p8O2XCf37rQv8b3ueffWX88drEt5zjPzGNK1j0X1h4y8RjO3M8uKSn'
    'FHfZTv952x1qvBA5FGT5FLB/ucDDewr+8/k7fJxbIfl29YGA1uuYPDaxiEXYjuj4H67wnyf1+M9fT5bTuijzElKG+vTiMWY0Y4wS'
    'Z1SM96f9/rNhXxAjWHzLvhfm6bZS3xL+7jN3+M8Dt5nx40yCPGYPzNu3eoOYcPSbd73/7Ug07+IbOz/4G8dkLO7hvaWw8bqJb6L+'
    'Lb1qniXi7bez0pwJFBdrLoZ95PzgDoZorwHW5muX+M/aV5Wv0cthTFv6y9dIfNu5W41fop/1qJ81VVhDuhfUafYQmc6nWULjmG+8'
    'G/bR4a7SMbcp6OAgzNUxl5f357a3wLPLDNeT4IM3Puq3Pw/+/ut77WLv//Ah/5m5q/SODH/X9al4sOLkTGywkFFM4S5E5ei98Rsf'
    'jhYjV+fLXh+B9/6/9q4GuK7iOu97etKzfmw9+U+qEY4MNtjUNjIlICgmKlFbpiXGARq7xfzoz1Jr+UkI2SauDaYDlDROMQzTpi2d'
    'Jk2ZiVvZ8e8gmTKxndiypw6DnRrGM+4USjrFzNCSEjqQAdS3ume555539t7de++zLPu9mTcrvbt3f8+ePXvOt+eMye2vFFZOPfua'
    'k360w/WRq3jJP8CzE0ch7z7Xp6jCzQ286qR3nHTSNweddHA4nxdeqanzfMirYf1KZsA24UeHi5H+yIQWgmI6zUI8Vr6bZPJWoXV/'
    '3QXevl87z+2jc58OOffcWeyWEHxmCrMG8fl2O6Sn5nrXgS3veQjWktJx9wDfGZurRHLCfErMPynTMuUQNDc74/XZ6GiaP50oTmTp'
    '1B/mxvZTrbnXYRN/BK+jq5R8OKo/EwTRUCtac1fnnY+Tl/RnbKAKSEOYzywmMme5Rmem4hnPRPYwnCeDbLZrCM4A4/7X+GDkSyPy'
    'zFtjupeUiLCH30ry6/YrzKPrNPtcTUA7SyLsN7o9cj6k94bkFVTuGzzopD8+7p4h1bNtIyD3DblnXSXDSZlNpt9+yUmXns4/+7zw'
    'E8hzIj75bimS80SMYz4ZtXsRrKNpDbk9tMFbjokcUg5npkmwhpTcn3FUUmy7UxFopTVGXWbyYozV87ijAhFhGbFBFhs58DlGXksI'
    '1+9XUV4je60YLblY5LXJyCaneNm1JJ9pWco//jL0G7aLiJ0uXkvH7xegM7zML9OXNHlno3JmHPOe72vRs3eA7w+O5OscE6BDOHQw'
    'f78Y+qmTnjzu3S9s9velluNXh/SXSk9eCvxfDArxvTe8a/cxtM+cN/tS8iLkyRm6EkOJyc6nIf8nm/3TdP6nRpS1Gne6clU1YN2U'
    'PDV8ykmrYA28dtTJk0Xrs+EQ6AJH+PLaUd7LB91yuLwrUd5HoLzrT/J5v4Ly1oE+d/9hPu9tKO+m3U46F9qdGvH27UZ0B2QT6A8/'
    'AXny2B7QPUI9Q6fcOKJqzPYrXeNhb7lzUBtSwKeaXubbOxOVJ/byeSaj8jCP4voURb+dITyjEr2b+9FXhrGVQa5jdAh1IJNiGVeN'
    'za/CWC2CcyTnl6UZnV1wGWUov5Kv6RnX5L3FpM1h9PK+Y5z8PMRP5DEuyuUGe0DAePt+kvHK5XHbLesAr4TnvwPmP1Wc/xJ0tgp3'
    'Lgs6mMV8buP2806wsW/L5svHT93pfYbl4y9t9D7D8vEvwX6dYmzJ6tnvPRVdnxKFFi8yuFMJwSxlRPwMKRAPZTN31M6F9ZN1CItR'
    '5EEGPCipO0HEsAkV96jiHjVOe5Q6r1z5LcDhAe5s5mNO+uwzENcJ5R3c6s37zmbQT0HeDrQXqXJlecrHTZqUI9+Xz76GntH678R6'
    'I1Lf7ejZnG4n/fhe59lvMM8mr3L9sKhn3wW8ZFO3e1dLPTtHni3EGLNl3v7NY56p/s1m6pvTnb/vnyPP8L5/cj3gOu/K3/ffhmef'
    'Pl3c92Pf97cUcN/fUtz3i/t+4fb9qgj7fjvRtdxvoZtIXuScQQ7B4QdFlI8vBVDdWS3gN5RdAWN5G4rzdcHNF8bl+fmyD/JL7Bfz'
    'jPPFHZVflEbgFxNFLxx1jCouoTFKiPhsY3HaxR4wsIt9zcIu9rsWdrFmC7vYFy3sYtdY2MW+YGG/mm5gv6o0sJmFPVPEjX0zxU/V'
    'ofeqEX5rBipTYSvwPlsPf5eg54Wsc2oMY5kW0TBttH0Lmf7MJ/lVPoq14+rCa1phFE38N1H/iRL2foUw9+3ULsx9b7QZ5PlARFsL'
    'aqxs7LBTNVhuel8In/VmC++9QGUH1dHPpAlEP/WG9GPqF8rPFyWOSWtLb1g2o76M1l2kdFQ2gehoigUfUv6XsB/DViLbnwvBcwYu'
    'UjqYSPvRDGEWS9ckfiONM7BB5McmN/E7N9HnPxlh/m0wMJeC3kJ853M1Q8YeB1kXqGDWzUVcegFfjJORiSwpih/8OYintDlOPXIR'
    'k2awHkWUuyLBBt2ouhIB967mD+XbCd8/4uaJsu9wvkaUTmGQwe0PIKxukC+aIn1Gps8ImMlkrPQZyq548W7qJaZYL7tPsxWOLE49'
    'XHEvjzx3Vnu5n0wuyFloFdyX6Nlhd554Hu5miUEXu6LKbDnhpJnd0crEe0MP7FdH9pr5uC3KohOXfuPy55RpjH7HfeyO+npvuQ8D'
    'fvos8Qdo4udvodD7+cPYMOr3DmPDqN87jA37UyjzzY352LAXwb/Y3dvy19eSlU46ZVV02Us3HzUwH/eFlBFMfTMVwl/CpFHXJhGH'
    '/E39y+G5oH7pwsrftaQ/2CfZa+BH8G/uDHcHqujrlPF1uiWCzLbFXiZLXsB0ru6OfwY+da9Ev81ckc/TZD6Z/nZ/Pk+T+fEzzNNa'
    'Opz0oQfy19Hlnd5nRb++E5fWo/D0Iob14rybUIpkHhXXU7e/LkXPdhKecQN69jr4uV0OvmyvRc/+5Q9BrmxzY9fQOwdH/8K9O66w'
    'MlK+k+lXGl2fuNWID9N6x+S+Rm/f8N1xJeOpPEG+aot8LhKfmxuBzwW+GxduH/t4LvK8SwO3H0X+oz715jP8tVx4Y2bhuGIqhhf1'
    'S79aeP3S96I8yidglpSzGuXpJHWpmNH3Cb0PfFXOPTA+QXb6DvLebxGch0l8Sflek3D9HbaSfi9B7aXx15RPxPkIJ9LPYH90+O2g'
    'dik8eRCuhMZCaxV6X+fXIDkM+/kw1e1da0mfVcKLK04Lf+wzPcNS+l4Q05orLcCaqwMenQA+rnx7Udw1xrgkCjj+HA/o09D5MmbN'
    'cbTWSmi/Ga25NSiPXznyvevgLInbpPAyPRYYnQER7c4FxfAMEAxfVri+tMew3z4YnkLRarpAtGpShh/O0RRLR/UUQfH/bPFQcY2X'
    'Gh/T/Gk4j3D+d7OELns0OMJ2hva5eMltgo9dr55vNJiLXmaN4LZ0GKzbMynHpxdHD32aNg4YtE21qYu0KSjO/QZL/GXYdrQhTKAc'
    'h79MObwPt7HDcl3Yzlcrog3ctvMxD7T/K3L9/3XSLop7bg+5BrKMnGWC56fyls340nWA8Zr1qK82Y43HhsZxX6uhc9N7EnHRDu3r'
    'WyVuzG3OpzgXE9GPjlZrxmctadd/QfqhMMPf+/Vhl08fsgXsg8m8fGBIc4+VOLIepu1Oi/VA4/zanj84GqZ3UdcxPEO2fXmJc84Y'
    'Lxp6W3j93OvG+KoSx1aLx4nuN1lNWXHt2wPouWyT1GrcJPQxsaPEP9fxu9WatmXJuAbJ9ab3bI4lXdreIMzjtndfAPveXyWds6ui'
    'P5O24/LWaubfZm3rePl6Zp5lm3uSzl06jpfQ2PJtwjyWOG37gGF7bk86d1pN5Gbb/bYzYM0vQHV3F1gmp2u7IumcCS/kfeethBsT'
    'PMx5r0uYxeilc2dCNwcSTgzNQsphdDz+NqGnxQ5mHuKej80JJ+5klD7/keHaaEuML2+9LeFgCXRyg2pHUH09zDz51TsX1Wur2+DO'
    'f1RW4MZO1luWcOyLYeqNa8z/E/TCheC1rwr3/q5695wlL1HvcONJdZF7hDue46UXeBb12bYN3J6aDahPyuCzQtCQrawssZdfsJR7'
    '4pAvZN23ACY5Lr5fDXXPCkGTA5Y0iePQ++lJsE65DGy82I/LMYTvmoHsTQsYnfN42kaUH5kqET3G9Jj/f/B38vxRu/fwHaSo4xH2'
    'nrvCLKdgfgXRyct3p4NNlGIDcFzYlPDGgtG9r3yTYP9D8t3lwvVpgm1vMv+jgvc/dJ8YP58vatzo/f2gtbmW6CFKEo4d0fQ9Ha/4'
    'ObIP9ZGzQ69G1v8ZWqMmMku7RrfSz+ypv2KxX/VY5FV17Ec8a3VAP/8R2U3aLGQzhQf4a+HGJQ07R/iM8FRM5an4if3ClQ2bUk56'
    'Y8pb/q0pJ/2Terf8JZC3GdJGSG+A9IuQLk15y5a/KwyEkiNaAuq7WrgxpG6DZ0/UO+mT9fm6Gfo+xkBwuPUlPni8a4Q+ltSVCDs3'
    'AD6tPgK/VQePuz5XdNjhaT7Y4SoGm5xmsMnUThsXb4sTs3Mv+rtmhxsvm8t73zjblFV7VX7sCy5KTHNMn49A+kZI+SOoTXHRQFlE'
    'OYnLFzYe/F7AkL4F6QeQHmsc3zj1/7cs+jiXxyCPxtEfJY+YnoGysM5KhHsvrMIAj3IZwutw+DGMDdPlCarDBL+yWNj5h+TOZ1g3'
    'MlHowKSfOv3UWkYuKTQORjdelRfQeK0JMV70PE1pVL03njGk8RiU+Ow5tegMmEAYQPV+ScD7U8dZZjHpI75/thjpI8Q4yiucPZPa'
    'rU309Z1IL1PItm200I91GbRtZgxtw7pBfCafZYDfMT17rtPoz66GOjksC9WjdWnKmAlnQtxWk3Nxu6Y8bu9U9zeWC6+fBnWPfFrA'
    'WLVr9JgU4477Qu1ONjZbDiNeQvoyH/WFa2Mv4u0m6ydov4vD7zbWMbcy82i6Z9HYOdiOto6hNzmWVzC4Fh0OgrNTZUm5azT3JLLI'
    'BuCH94+Ko60swBysIXrzAYbH0L0Sy90DRP/WSXiT2ivx2itn6sLY90/RHHdr5BQld/8vWst+eTmbANUr/rvI10+a4LD6iX3kJ6j9'
    'bYS2eolO9DDip10MnoSjy35ic9qN7DFBfNSkb7LMF4Tre7fXB/+kfjfFGGyA8p8QZrrgrOZOzSNIHzjdYo3TOcO4PFne/WgfXWuI'
    's+Lsgjo5WvkebvG5o2SDPaVYv8WIFjg6wjFLdHwX2x6qQb9da/EOHoeg9Uv3O2xrUzaq2Zq7Ow0iP+ZC3LYPauM13a/isuGFrV/S'
    'jffOcfKS/gj0+Wx0NC3Yz+fZtogQn2IcoGD/iFseFFE+1nGbTqH1X0PWXnENFddQcQ35ryEsw8v19POEu2cpmb4G1k8aZAWbc85C'
    'i/zKLnq5pa6Tu7Nm+r7S/9v26yrLfmE5qLTIe4q8p8h72P27rLh/F9dQcQ1Z7d9ppIOz9UfJ6f4mkb1b6advIbr2cuEfpySKTvlC'
    'svdSPwVBdtq4cMGTYxi/MPcAwowlh832w2yebx8VqQhjGTRmtjaOOjTfMn+SyOI6epgSoQ+9DM4V6//nafT/Ye7n9IpodyvxmcRW'
    'V58V/F2xfk0/aJlR6WxahDnq87E76OwafutIzfFGRneL57hd5N8rxTgq5RvWJLYWLl/Zg2b69MvUJtxD6p0n8v0ZrWNsMrY2Z1s/'
    'Fn46bkobNRFoo5+5w+IXA3EjsQXo9nBlcx3QrJusMPcLsV7D7/sFf3+N3uf9b6G/74bpKRPCftMjXJ+l00n5iyKUd4Xg73Bxd6rP'
    'aeauL0baUzjwOT48BbetU4NFXIRoL8y4BMWZCBsTNWg/6Nbwmk4NpmYGY+cOa1/F/re5ucoI13fbesO9kRtLHX+pKsCY2t7rWBMS'
    '80F9r+hspibYF2wztdEjhvFldzPiJ2H8xlB8kNQrzhXx+iwIO78m67i8QOu4j1lDQe/0Cr3fgELg9QYC8HqZCPiJmxHGxA8/oHxt'
    'LyoANlC3j8WBY9DJjSaYoyTBia0m7e4he1GDcO+U9QvzeNPUT0Yvqi+ovdzejPuQQnob0zNOrwYfVFcgGZvaLOLUT1BZsccHg8Sd'
    'WVoRDQT5vKuGdqeZsya9x9agoU9MdzXC7i48xZQ+BfRosmbi8k1XDfQ5XUMnNj7/sN/oy2LEpel8e8i6brLA3C1G/XyP0QuYrgcu'
    'Tr2q+5cGfXqI4accPZwvjFSU8+cG1AcuLtPVZE+qQTJvAymjV8OvOwx1Cuod03vqa8h8ViKMKod99OPdfvt+iuxL3T7YRJ2/cT9s'
    'Y9ZnnOL0KzF2J7nBzoYwjZHr1T1km/t+CTQuOOatLmYDFztu4Skn3Tbi7v/qXnTTCfe+r0y3H3XPbSoO4wzwgfGLf7Ybs3p478NB'
    'nobi9NewZ164O9DT4VuBnlVAW1Ws+lKQJ2Q8ye+9ET/mUba/7C4n/adlLr3g+0wfPA40cJceY18h9D5POLrY/PsQj+ZuLx+Qv1V2'
    'uc/G4nmtiBbPT8eDJ0UYM5u1RNdPLfAtukYnAy+tQOtronwS2FyKg4ymCl2nzScT+qGuZswnw8QUvwwqPjbspHeAr4jXjtjR19l9'
    'Ttp9yEl/Bj6ABg44a+d3gL7kb98E3njLiP87S9E7+yCe+nf2e9/59i7XR5F8pxH2HxwL9wXg8ytPQ1sPQ1nA9/fD/8eg/jt2OmVd'
    'jsbnx3vBd8bRcOuvbp9/u4P2hyj8VcB4Pzvi7oU276/6V3fc4rKl4j1S7q1jY7HHy8Nxfr+9Ur47DeZH7Bw/HwU6Pp8CeQK3V8aI'
    'xDbgKuH1naFsZTI4yOjfQTzbRq+cVYvGA++XiUY3tlnY8qcSmbt8VN+/acK9l+V3D8X0bNkl8v1nm9qdbHQ63N0mejbj7uVxPuWi'
    'nHd7NXoL3d3aHqZdGWS/iHpXNCzeg7Ol6O6RbdDQC+eDsVq4vntN79qa6IhpXfQOHudjnWtbkF5c6ca4uekT3vukYdeHzfmsXmN3'
    'UXqv7ei8Xgp1nJqbLyfPF95YEws042Ejm6h8KeHvR0hn70oL14d7R8R12Sd439NfD4ENsdGvZIU+Zowc39zRRayIgfeY6PhMbLym'
    'dq1Cj1u3MI/X1hGwlhV9KRpLQJ2qLTIAzVixiS0sUjMNbc8I13f+AEn7NPb2h8kYqNhjKlX8UOm7N2jSxcKNEV0BvzWTNaXwo9XC'
    'jZuGfYiota32qLVIJ1mt4RtJjdw2FebQVEdnGk8mjI05I/h7/kG+pagfiDjsvH4+LeZr9FtXkb2gl9F/U1mi0PbvRUg3vkGDwRgQ'
    '5vHl+oTXV8AMJGfq9m4qM/Uz82ty3sow2KLOEHZUU5s1J/+dE/6+Amz9esj1tzzk/HJjrPOb3W+IM5umwWuu1cytjmc3Cddfpy4+'
    'RNbCjtapsXGr+uqF6zegzdKG7Cdv2sqVMs+dF9B8XhZR3ugSvH+FdYQPNDG4GK5/6zRyDJe3PYTtsxPtmzb+LShtPmI431OEPm7n'
    'hgDa9YvDwGFDp2vm2NTuis8Jr4M+4j1IdzWa9bcesL0m82w7v8W7YvxdsbwbRw26B3YfRTOKlopzoJ+DBu1QR5uDGo09jMPyY3yq'
    'Sbw6na28Fs15AtnGufiLFCPxHrJnT2XewXqnMh/cmum+TPvZis4+qk9pUu8kggNq02CZ6B77HtnrZyMZptB7OZ2ncsR7Jwk37oE8'
    'Iyi+vB3JxdtFtDjYHYKPPd8s8uPTryZ7/42iMPHe54ho8QoUNgnHs+4KmJOvB+z7ai5KyVy8Os+di1fn2elUPgSbVwbSIbCrPTjk'
    '1ptB+g7l611+pZ9r6eNa+reWvq17G/WGTD+f2GNrqjGfNsbmpM1Jv/VnTnrDXRAnCsZH/vbdPwbcwADoKLc4abaRL2PrA65Pe10Z'
    'B5aZlaGbq1nA7yrIlxuzyuVOfbKub35DiLe/YWdBNhnbMRzDcr5vsk6ZynpV++ug/eXkO5x754e57ye573O5b0fu+9Xc99Hcd0Xu'
    '+0CjebuHof4fQvoJpM9B2gHpVyF9FNIVkMq6VHsr0NqoRJiVylxfNz/jrbcS+i9/xzJumUbGVbT49/c66Y1AC/+zMR8zptNV6Ohk'
    'KsL14e/NuTa++3huLP5AiLtzh7qH7xfi/bv9x/Nm6Ne7gI+R78pUvj/G5+53UllOEJ1KGqntcWR1KadLGf0c0O0OSHc12tGpojtZ'
    'ru4cINNzhI53kP93oXmvh/ZXku+M3Pqcv86hpWFYaz/KfX8AdGpLr7gfsuwxXdA6L70Ok3X3I0h/QOjWhI5TiB7l92yuzl+0e9tx'
    'Ftohf6dnMlzvu0x78N1N+du/wbNDAWcx3L4Uat+cnLC2o9PbPvnb2Px18rjQ//hzsCU/k9+eNPCkT5/2b88UmP8U+d6e2+S/nNtw'
    'm3NrtbyLn0eZR6ZfBnxXM6xrmZ/2V8WXUP2VsUEkThCXR+OFGPsPADzKO3u8/KhCw4/UGA2cdnETSg+lnqn9XMV2mYFwMCo2zHbL'
    'OF41x81pA49VT25cjuz1jlUPjJX83aYNErPDjUXTIS9+BtshGneGa7d8T44VbjfFnYbBtmDaVbQ1C9GujJcmY6VNyslgjSd52sUx'
    '1cbwI0PQvpNmehs1bm/C+ztO5K9BPEcm41dJxk/sdbBCHkDbXhdDZDN+KRi/e163sx1j3ALGxCg72qxRe1yPKjeN8pUhmzTF3AfR'
    'mcQqSZyS8MEvUZtgy0i4eCl47p8E/Ne8IfeMr54pbNiSQ/l08X3Aqn1/0J8uquBvdQ9QxVXo2+vg5ShtZ+AZjlGl6NmUTvafdOlE'
    'pidgXQhLnrzlFZBJB4Pn7/qXHd6N+3H9y16ebkvngyP541hKxvFgjpecyY3Xg8P543gQMHRnYDxlnjD4YHE8v/9p0v+PcnU1veyt'
    '/yOoX/5uU+/b+7z1bxqORuMK2/nsSD4dP3nMpRE/Oi4nssWYnHTQ3Y+o3KWeDR/21rP9gDcOKcagbn6Jz8vhDxLC9Z+k2nRTbp2u'
    'PORgaFcN8XvGTbBHrjzkxdvK/DZz9ASsjZWAEX76NI+blfhdSsNpQsNS3yB1DXifVe3Fuogwe+7QT5305PHw8UqDaF9iZ88Q2Wbb'
    'iLv2bOp9HrDEm6Hfq07bvb9rMJ9nKZ1RCdEZvTjitvdFS/yvwoZnClwPXp9BPFjKV1K2wvNQH+KuDsdDsOxB98l7DgCfYviLWttB'
    '8mcV0q/htaH6tInh7xQrvSkkf1cY+1eG9WsXj/kUdOZrkeeW3d52tcBZRv5uc5ZR2HwxGF4O1Y2jlG235nhey+78cdwB7d0KPLFl'
    't904qvFvet3uvd+Eep9AGPwgXiPvrm0b8bYf32ezqX8rjGnDiHc+akU4etoO6yBxLH9vkXO2EJ0/bWWxliMubeKYBFHKOrMnn97D'
    'nHHkGfxjIvupc/nHlrIft9+F2Z/fP+LdDxbs069tnX1n0ih/NwGvWRp/Fq9ZGrfWL8bhbDinyjsF+H5B2HsWur1I1yd8LlRxb2XM'
    '2vPR3v8HvOvMQg=='
)
