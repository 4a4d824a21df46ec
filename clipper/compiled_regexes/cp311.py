"""clipper's regexes as cpython 3.11.7 compiles them. GENERATED: do not edit.

Written by ``python scripts/build_regex_cache.py``; clipper/regexcache.py explains how it is used.
"""

# fmt: off
ENGINE = ('cpython', 3, 11, 20220615, 4, 4294967295, 1073741823, '14.0.0', 'little')

# (source, flags, flags compiled, first code word, code words, groups, group index, index group)
PATTERNS = (
 ('(?:(?:^|\\s)[a-zà-ÿß]+|[,(]|\\s[-–—])$', 0, 32, 0, 68, 0, {}, (None,)),
 ('(?:(?<=[^\\W\\d_])[.!?。！？…]|[\\"\'”’」』])\\s*(?P<sign>[\\[(（【<〈/]?\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})(?:\\s*[·ㆍ,、]\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})){0,3}\\s*(?:선임연구원|칼럼니스트|編集委員|論説委員|객원기자|논설위원|선임기자|수습기자|시민기자|인턴기자|전문기자|편집위원|特派員|대기자|통신원|특파원|報導|报道|記者|记者|기자|위원)(?:\\s*[(<\\[]?\\s*[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*[)>\\]]?)?\\s*[\\])）】>〉]?|（[\\u4e00-\\u9fff々\\u3040-\\u30ff]{2,6}(?:[、・][\\u4e00-\\u9fff々\\u3040-\\u30ff]{2,6}){0,3}）|[\\[(（【<〈/]\\s*(?:記者|记者)\\s*[:：/／=]?\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})(?:\\s*[·ㆍ,、]\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})){0,3}(?:\\s*(?:선임연구원|칼럼니스트|編集委員|論説委員|객원기자|논설위원|선임기자|수습기자|시민기자|인턴기자|전문기자|편집위원|特派員|대기자|통신원|특파원|報導|报道|記者|记者|기자|위원))?(?:\\s*[(<\\[]?\\s*[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*[)>\\]]?)?\\s*[\\])）】>〉])\\s*$', 0, 32, 68, 3226, 1, {'sign': 1}, (None, 'sign')),
 ('(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\s*,?\\s*$', 2, 34, 3294, 834, 6, {'ampm1': 1, 'hour': 2, 'minute': 3, 'second': 4, 'ampm2': 5, 'tz': 6}, (None, 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?:,|&|、|\\band|\\bund|\\bet|\\by|\\be|\\bи)\\s*$', 2, 34, 4128, 87, 0, {}, (None,)),
 ('(?:19|20|25)\\d\\d|\\d/\\d{2}\\b', 0, 32, 4215, 66, 0, {}, (None,)),
 ('(?:\\b\\d+\\s*[^\\W\\d_]+|\\b(?:an?|one)\\s+[^\\W\\d_]+)\\s+ago$', 2, 34, 4281, 117, 0, {}, (None,)),
 ('(?:^|[.!?"\'”’다요]\\s*)(?:[A-Z][A-Za-z0-9]*|[가-힣]+(?:뉴스|방송)(?:TV)?|[가-힣]*[A-Z][가-힣A-Za-z0-9]*)(?:\\s*(?:뉴스|방송)[가-힣]{0,2})?\\s+(?P<name>[가-힣]{2,4})(?:\\s*기자)?입니다\\.?\\s*$', 0, 32, 4398, 439, 1, {'name': 1}, (None, 'name')),
 ('(?:^|\\s)(?:propos\\ recueillis\\ par|texto\\ e\\ fotos\\ de|texto\\ y\\ fotos\\ de|ein\\ beitrag\\ von|geschrieben\\ von|reportagem\\ de|корреспондент|reportaje\\ de|reporting\\ by|автор\\ статьи|escrito\\ por|kontributor|bài\\ và\\ ảnh|da\\ redação|scritto\\ da|written\\ by|a\\ cura\\ di|posted\\ by|redacción|reporter|story\\ by|testo\\ di|texto\\ de|words\\ by|authors|autorin|autorka|autrice|muhabir|penulis|pewarta|text\\ by|tác\\ giả|auteur|author|autore|autor|texte|yazan|yazar|автор|текст|oleh|text|書いた人|bài|par|por|von|執筆者|投稿者|通讯员|글쓴이|작성자|by|作者|取材|執筆|撰文|筆者|著者|記者|记者|文)\\s*(?:[:：]?\\s|[：・／/＝=])|^\\s*(?:di)\\s', 2, 34, 4837, 1535, 0, {}, (None,)),
 ('(?:^|\\s)[^\\W\\d_]{1,3}$', 0, 32, 6372, 38, 0, {}, (None,)),
 ('(?:^|\\s)[a-zà-ÿ]+$', 0, 32, 6410, 37, 0, {}, (None,)),
 ('(?:^|\\s)a\\ cura\\ di\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 6447, 207, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)auteur\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 6654, 196, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)author\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 6850, 196, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)authors\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 7046, 203, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autor\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 7249, 194, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autore\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 7443, 196, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorin\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 7639, 203, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorka\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 7842, 198, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autrice\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 8040, 203, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)by\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 8243, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\ và\\ ảnh\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 8431, 209, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 8640, 195, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)da\\ redação\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 8835, 204, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)ein\\ beitrag\\ von\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 9039, 224, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)escrito\\ por\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 9263, 216, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)geschrieben\\ von\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 9479, 224, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)kontributor\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 9703, 211, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)muhabir\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 9914, 203, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)oleh\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 10117, 192, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)par\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 10309, 190, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)penulis\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 10499, 208, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)pewarta\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 10707, 198, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)por\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 10905, 190, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)posted\\ by\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 11095, 207, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)propos\\ recueillis\\ par\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 11302, 246, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)redacción\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 11548, 207, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reportagem\\ de\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 11755, 210, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reportaje\\ de\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 11965, 208, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporter\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 12173, 200, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporting\\ by\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 12373, 213, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)scritto\\ da\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 12586, 214, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)story\\ by\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 12800, 205, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)testo\\ di\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 13005, 210, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\ by\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 13215, 198, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 13413, 192, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texte\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 13605, 194, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texto\\ de\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 13799, 200, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texto\\ e\\ fotos\\ de\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 13999, 221, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texto\\ y\\ fotos\\ de\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 14220, 221, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)tác\\ giả\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 14441, 203, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)von\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 14644, 190, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)words\\ by\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 14834, 205, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)written\\ by\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 15039, 209, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)yazan\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 15248, 194, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)yazar\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 15442, 194, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\ статьи\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 15636, 244, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 15880, 211, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)корреспондент\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 16091, 237, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)текст\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 16328, 213, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)作者\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 16541, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)取材\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 16729, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 16917, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆者\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 17105, 190, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)投稿者\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 17295, 190, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)撰文\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 17485, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)文\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 17673, 186, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)書いた人\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 17859, 192, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)筆者\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 18051, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)著者\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 18239, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)記者\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 18427, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)记者\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 18615, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)通讯员\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 18803, 190, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)글쓴이\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 18993, 190, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)작성자\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 19183, 190, 1, {'names': 1}, (None, 'names')),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 19373, 82, 3, {}, (None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\)|copyright\\b)?\\s*(?:(?:since|est\\.|established|founded)\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>(?:[^.,|()\\n]|\\.(?=[a-z0-9]))(?:[^.,|()\\n]|\\.(?=[a-z0-9])){1,59}?)\\s*(?:[,|(]|\\.(?![a-z0-9])|all rights|무단|版权|未经|禁止转载|無断|alle rechte|tous droits|todos los|todos os|tutti i diritti|все права|tüm hakları|wszelkie prawa|$)', 2, 34, 19455, 1074, 1, {'name': 1}, (None, 'name')),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|lúc,?|ore,?|as,?|at,?|um,?|às,?|г\\.,?|o,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 20529, 1334, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d.])(?P<year>\\d{2})\\.(?P<month>\\d{1,2})\\.(?P<day>\\d{1,2})\\.?(?![\\d.])\\s+(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?', 2, 34, 21863, 890, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:(?P<m1>\\d{1,2})[/.-](?P<d1>\\d{1,2})|(?P<m2>\\d{1,2})\\s*月\\s*(?P<d2>\\d{1,2})\\s*日)(?![\\d/.-])\\s*(?:[(（](?P<weekday>[月火水木金土日월화수목금토일一二三四五六天])[^)）]{0,2}[)）])?\\s*(?P<hour>\\d{1,2})\\s*[:：時时]\\s*(?P<minute>\\d{2})', 0, 32, 22753, 560, 7, {'m1': 1, 'd1': 2, 'm2': 3, 'd2': 4, 'weekday': 5, 'hour': 6, 'minute': 7}, (None, 'm1', 'd1', 'm2', 'd2', 'weekday', 'hour', 'minute')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 23313, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|lúc,?|ore,?|as,?|at,?|um,?|às,?|г\\.,?|o,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 23854, 1335, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|wita|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|wit|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 25189, 559, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<!\\S)@\\w+', 0, 32, 25748, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º|st|nd|rd|th)?(?:\\s+|(?<=\\.)(?=[^\\W\\d_]))(?:de\\s+)?(?P<mname>października|październik|septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|settembre|listopada|fevereiro|พฤศจิกายน|tháng\\ 01|tháng\\ 02|tháng\\ 03|tháng\\ 04|tháng\\ 05|tháng\\ 06|tháng\\ 07|tháng\\ 08|tháng\\ 09|tháng\\ 10|tháng\\ 11|tháng\\ 12|november|dezember|february|december|novembre|décembre|decembre|februari|desember|febbraio|dicembre|stycznia|kwietnia|sierpnia|września|kwiecień|czerwiec|sierpień|wrzesień|listopad|grudzień|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|tháng\\ 1|tháng\\ 2|tháng\\ 3|tháng\\ 4|tháng\\ 5|tháng\\ 6|tháng\\ 7|tháng\\ 8|tháng\\ 9|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|gennaio|ottobre|czerwca|grudnia|styczeń|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|haziran|ağustos|januar|jänner|august|agosto|aprile|maggio|giugno|luglio|lutego|marzec|lipiec|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|temmuz|aralık|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|marca|lipca|março|junho|julho|марта|şubat|nisan|mayıs|eylül|kasım|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maja|luty|maio|март|июня|июнь|июля|июль|сент|ocak|mart|ekim|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|gen|mag|giu|lug|set|ott|maj|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru|fev|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек|oca|şub|nis|haz|tem|ağu|eyl|eki|kas)\\.?,?(?:\\s+|(?<=\\.))(?:de\\s+)?(?:(?:ค\\.ศ\\.|พ\\.ศ\\.|năm)\\s*)?(?P<year>(?:19|20|25)\\d{2})(?!\\d)(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|lúc,?|ore,?|as,?|at,?|um,?|às,?|г\\.,?|o,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 25775, 5631, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>października|październik|septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|settembre|listopada|fevereiro|พฤศจิกายน|tháng\\ 01|tháng\\ 02|tháng\\ 03|tháng\\ 04|tháng\\ 05|tháng\\ 06|tháng\\ 07|tháng\\ 08|tháng\\ 09|tháng\\ 10|tháng\\ 11|tháng\\ 12|november|dezember|february|december|novembre|décembre|decembre|februari|desember|febbraio|dicembre|stycznia|kwietnia|sierpnia|września|kwiecień|czerwiec|sierpień|wrzesień|listopad|grudzień|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|tháng\\ 1|tháng\\ 2|tháng\\ 3|tháng\\ 4|tháng\\ 5|tháng\\ 6|tháng\\ 7|tháng\\ 8|tháng\\ 9|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|gennaio|ottobre|czerwca|grudnia|styczeń|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|haziran|ağustos|januar|jänner|august|agosto|aprile|maggio|giugno|luglio|lutego|marzec|lipiec|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|temmuz|aralık|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|marca|lipca|março|junho|julho|марта|şubat|nisan|mayıs|eylül|kasım|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maja|luty|maio|март|июня|июнь|июля|июль|сент|ocak|mart|ekim|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|gen|mag|giu|lug|set|ott|maj|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru|fev|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек|oca|şub|nis|haz|tem|ağu|eyl|eki|kas)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?[,.]?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|lúc,?|ore,?|as,?|at,?|um,?|às,?|г\\.,?|o,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 31406, 5682, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[.!?。！？…\\"\'”’])\\s*(?P<sign>\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\))\\s*$', 2, 34, 37088, 1475, 1, {'sign': 1}, (None, 'sign')),
 ('(?<=[^\\W\\d_])[.!?。][\\"\'”’]?\\s+', 0, 32, 38563, 221, 0, {}, (None,)),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 38784, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 38810, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 39403, 240, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 39643, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 39674, 77, 0, {}, (None,)),
 ('(?<=\\s)PT\\.\\s+(?=[A-Z])', 0, 32, 39751, 41, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|lúc,?|ore,?|as,?|at,?|um,?|às,?|г\\.,?|o,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:T|\\((?=\\d{1,2}:\\d{2}\\)))?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\)?)?', 2, 34, 39792, 1902, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 41694, 980, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(assine|cadastre-se).{0,60}newsletter', 2, 34, 42674, 108, 1, {}, (None, None)),
 ('(jetzt|gratis) (lesen|testen|abonnieren)', 2, 34, 42782, 124, 2, {}, (None, None, None)),
 ('(powered|designed)\\s+by\\s+tistory', 2, 34, 42906, 106, 1, {}, (None, None)),
 ('(sign up|subscribe).{0,60}newsletter', 2, 34, 43012, 99, 1, {}, (None, None)),
 ('(©|ⓒ)\\s*\\d{4}', 2, 34, 43111, 37, 1, {}, (None, None)),
 ('(наш|наш канал).{0,20}(telegram|телеграм)', 2, 34, 43148, 93, 2, {}, (None, None, None)),
 ('(にほん|日本)ブログ村', 2, 34, 43241, 41, 1, {}, (None, None)),
 ('(打开|打開|下载|下載).{0,6}(app|客户端|客戶端).{0,6}(阅读|閱讀|查看)?', 2, 34, 43282, 122, 3, {}, (None, None, None, None)),
 ('(扫描|扫码|掃描).{0,10}(二维码|关注|下载)', 2, 34, 43404, 73, 2, {}, (None, None, None)),
 ('(有料|会員)(会員)?(限定|登録)', 2, 34, 43477, 64, 3, {}, (None, None, None, None)),
 ('(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ]', 2, 34, 43541, 180, 1, {}, (None, None)),
 ('(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,}', 2, 34, 43721, 156, 1, {}, (None, None)),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО|A\\.Ş\\.|Ltd\\. Şti\\.|S\\.r\\.l\\.|S\\.A\\.S\\.|Sp\\. z o\\.o\\.)(?=[\\s,.]|$)', 0, 32, 43877, 312, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 44189, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 44287, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 44466, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 44547, 21, 0, {}, (None,)),
 ('AI\\s*학습.{0,10}(금지|이용)', 2, 34, 44568, 55, 1, {}, (None, None)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 44623, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 44861, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 45115, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 45305, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 45543, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 45571, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 45751, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 45943, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 46149, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 46181, 30, 0, {}, (None,)),
 ('[.!?](?=[\\s\\"\')\\]]|$)', 0, 32, 46211, 56, 0, {}, (None,)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 46267, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 46386, 139, 1, {}, (None, None)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 46525, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 46841, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 47062, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 47555, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 47879, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 48085, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 48113, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 48133, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 48165, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 48327, 16, 0, {}, (None,)),
 ('[\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]{2}', 0, 32, 48343, 112, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 48455, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 48661, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 48947, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 49143, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 49197, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 49221, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 49245, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 49288, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 49550, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 49844, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 49862, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 49879, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 49908, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 50032, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 50162, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 50369, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 50639, 230, 0, {}, (None,)),
 ('[、・]', 0, 32, 50869, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 50887, 104, 0, {}, (None,)),
 ('[가-힣]+(?:의|는|을|를|한)$', 0, 32, 50991, 128, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 51119, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 51538, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 51554, 44, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 51598, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 51687, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 51806, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 51881, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 51962, 16, 0, {}, (None,)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 51978, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 52014, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 52127, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 52171, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])', 0, 32, 52195, 28, 1, {}, (None, None)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 52223, 44, 0, {}, (None,)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 52267, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 52750, 277, 1, {}, (None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 53027, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 53128, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 53153, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 54002, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 54110, 33, 0, {}, (None,)),
 ('\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b', 2, 34, 54143, 193, 5, {}, (None, None, None, None, None, None)),
 ('\\d', 0, 32, 54336, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 54350, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 54378, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 54525, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 54740, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 54872, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 54991, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 55052, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 55164, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 55291, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 55412, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 55686, 134, 0, {}, (None,)),
 ('\\s*,\\s*(?P<name>[가-힣A-Za-z0-9&]{2,20})(?=\\s*(?:[.(<]|무단|all rights|저작권|$))', 2, 34, 55820, 231, 1, {'name': 1}, (None, 'name')),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 56051, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 56188, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 56245, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 56364, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 56392, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 56408, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|ostatnia\\ aktualizacja|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|oluşturulma\\ tarihi|pembaruan\\ terakhir|última\\ atualização|güncelleme\\ tarihi|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|yayınlanma\\ tarihi|aktualisiert\\ am|data\\ publikacji|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|son\\ güncellenme|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|son\\ güncelleme|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|zaktualizowano|ปรับปรุงล่าสุด|giriş\\ tarihi|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|yayın\\ tarihi|วันที่เผยแพร่|aktualisiert|aktualizacja|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|opublikowano|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|güncellendi|güncellenme|modifié\\ le|oluşturulma|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|güncelleme|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publiziert|publié\\ le|yayınlandı|yayınlanma|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|dodano|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 56672, 4788, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 61460, 55, 0, {}, (None,)),
 ('\\s+(?:on|le|am|el|em|at|à|il|vom|den)$', 0, 32, 61515, 92, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 61607, 289, 0, {}, (None,)),
 ('\\s+(?:października|październik|septiembre|diciembre|fevereiro|listopada|noviembre|september|septembre|setiembre|settembre|czerwiec|december|decembre|desember|dezember|dezembro|dicembre|décembre|febbraio|februari|february|grudzień|kwiecień|kwietnia|listopad|november|novembre|novembro|setembro|sierpień|sierpnia|stycznia|wrzesień|września|сентябрь|сентября|agustus|ağustos|czerwca|febrero|februar|fevrier|février|gennaio|grudnia|haziran|janeiro|januari|january|janvier|juillet|october|octobre|octubre|oktober|ottobre|outubro|styczeń|августа|декабрь|декабря|октябрь|октября|февраль|февраля|กรกฎาคม|พฤษภาคม|agosto|aprile|aralık|august|giugno|januar|jänner|lipiec|luglio|lutego|maggio|marzec|temmuz|август|апрель|апреля|ноябрь|ноября|январь|января|มกราคม|เมษายน|abril|april|avril|enero|eylül|julho|julio|junho|junio|kasım|lipca|maerz|marca|march|maret|marzo|março|mayıs|nisan|şubat|марта|aout|août|ekim|févr|janv|juil|juin|juli|july|june|juni|luty|maio|maja|mars|mart|mayo|märz|ocak|sept|июль|июля|июнь|июня|март|сент|abr|ago|agt|agu|apr|aug|avr|ağu|cze|dec|dez|dic|déc|eki|ene|eyl|feb|fev|gen|giu|gru|haz|jan|jul|jun|kas|kwi|lip|lis|lug|lut|mag|mai|maj|mar|may|mei|mär|nis|nov|oca|oct|okt|ott|out|paź|sep|set|sie|sty|tem|wrz|şub|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв)\\.?\\s+\\d', 2, 34, 61896, 3482, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 65378, 220, 0, {}, (None,)),
 ('\\s+[>›»/]\\s+', 0, 32, 65598, 119, 0, {}, (None,)),
 ('\\s+[^\\s:：]{1,12}[:：]', 0, 32, 65717, 38, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 65755, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 65788, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 65829, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 65850, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 65908, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 65934, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 65950, 16, 0, {}, (None,)),
 ('^(.{4,60}?)\\s=\\s', 0, 32, 65966, 30, 1, {}, (None, None)),
 ('^(?:[(\\[]?[^=()\\[\\]]{1,12}=[^()\\[\\]]{1,12}[)\\]]\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 65996, 124, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 66120, 179, 0, {}, (None,)),
 ('^(?:[가-힣][가-힣0-9_]{1,11}|[a-z][a-z0-9_.]{2,19})$', 0, 32, 66299, 153, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 66452, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 66647, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 67027, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 67082, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 67196, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 67493, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 67671, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 67728, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 67785, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 67842, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 67899, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 67960, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 68017, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 68057, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 68240, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*:', 2, 34, 68400, 206, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 68606, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 68688, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 68828, 30, 0, {}, (None,)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 68858, 97, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 68955, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 69056, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 69082, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 69106, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 69616, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 69640, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 69664, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 69685, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 70093, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 70234, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 70356, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 70377, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 70568, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 70621, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 70640, 171, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 70811, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 70849, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 70928, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 71084, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 71240, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 72085, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 72929, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 73075, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 73266, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 73312, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 73558, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 73636, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 73848, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 74080, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 74191, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 74438, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 74562, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(credit|courtesy)\\s*:', 2, 34, 75184, 78, 1, {}, (None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 75262, 369, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 75631, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(ilgili haber|bunlar da ilginizi çekebilir|ayrıca bakınız)\\s*:?\\s*\\S', 2, 34, 75780, 233, 1, {}, (None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 76013, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 76601, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 76807, 199, 1, {}, (None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 77006, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 77353, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 77661, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 77790, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 78037, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 78405, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 78520, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 78809, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 79154, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 79665, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 80123, 162, 2, {}, (None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 80285, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 80672, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 81236, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 81503, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 81978, 71, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 82049, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 82395, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 82470, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 82616, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 82751, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 82864, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 82938, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 83015, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 83142, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 83512, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 83554, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 83647, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 83693, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 84563, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 84988, 510, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 85498, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 85571, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 85781, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 85864, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 86008, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 86154, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 86284, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 86412, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 86528, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 87031, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 87203, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 87458, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 87644, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 87831, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 88284, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 88505, 171, 1, {}, (None, None)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 88676, 1360, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 90036, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 90104, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 90182, 311, 1, {}, (None, None)),
 ('^\\s*\\[?광고\\]?\\s*$', 2, 34, 90493, 48, 0, {}, (None,)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 90541, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 90622, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 90712, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 90788, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 90863, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 90920, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 90967, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 91006, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 91045, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 91219, 97, 1, {}, (None, None)),
 ('^\\s*by\\s+', 2, 34, 91316, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 91348, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 92313, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 92393, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 92476, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 92525, 105, 1, {}, (None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 92630, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 92715, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 92872, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 92920, 207, 3, {}, (None, None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 93127, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 93251, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 93355, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 93403, 77, 2, {}, (None, None, None)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 93480, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 93747, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 93785, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 93814, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 93858, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 93914, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 93973, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 94011, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 94114, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 94203, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 94355, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 94436, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 94607, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 94660, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 94776, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 94900, 60, 1, {}, (None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 94960, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 95059, 30, 0, {}, (None,)),
 ('コメントは個人の見解', 2, 34, 95089, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 95137, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 95181, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 95227, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 95259, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 95307, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 95359, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 95399, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 95435, 24, 0, {}, (None,)),
 ('구독\\s*하(세요|기)', 2, 34, 95459, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 95505, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 95535, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 95585, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 95659, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 95719, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 95771, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 95801, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 95835, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 95897, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 95932, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 95978, 48, 0, {}, (None,)),
 ('자동\\s*요약한\\s*결과', 2, 34, 96026, 46, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 96072, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 96098, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 96124, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 96177, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 96217, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 96259, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 96309, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 96410, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 96464, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 96517, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrsvQmcHVWVMH7rLf16f92drQlJ6EACHUhCB4iEkISwDOCIhE0WEwi9vHSb9EbbnZA2SFRc0QG3GfXT0Rl1ZsCAgPIXRUdgJOC4'
    'o8I3M46GTxzFz/HTwYVRxv53vTondd5591bdW1Wvu9O55S8W/eru95xzzz1roxAiI7zHmfw3MfnkJt9tk//cd3byXxV8z0/+q538'
    'Vz35rwHquf9dT76n4L9boQy22QBl50/+65z8Nw7//SP3O+nfbWMR9NMAfTdN/lsJ73bSVwv8JhtLA4zf/b4K+pozOam5beVjrYJ5'
    'uv03kvXIkPV4PfyNc3LfNZP/5kG/eXjXQp/byZzcsv3wLVv8MfhJsb/Tzqx6isub2iz2ixjP5oBvmZC6k/se2re7nzsn//XB/vXA'
    '/mXs/rkgLW4TsZ7jA79+LLwBTmtq4L+R1nB64A66Gf7bxedFWa/eaxiemuxz2L4f4U+6uDBvKJKz6ki77IFKwHeNJgz2Nwf0uxX2'
    'MEVodhbOAHFAiI8/U3retDne+dIK7TmkXg7rXTrZ90c92p7t8OsvmPy3UDFWR3E2ORH7aoHx/mby339BnTrSn/v8yTuuDj8TE7fe'
    'KgiedLMz+QZYq3QEuubMQrq2/8ZYdC0V9LEa4JPCzi2kIsKOEwLndt+P7H1vYeeXCwd3Ay1MG9C72OdVevbtY5Foljz7k9lE2dNW'
    '/pM9q+xZZc8qe1bN1rOqxZDGNQBJbnvUe9/2hPf+1ePeu/8e7/3tg14/XyN19n3Te7/0Oe/95APe+xOPee+HnvLq/CPAmPvbz27x'
    '3gf/0nt/7zrv/exVXtnPkLJPv8N7H3iHvOw/kLKLD/jjdN8d93rvO5/wyn6ElN13v/deBnPOPFE6x/eQsnxdeLtvJWVbYd4PPiYv'
    'u4+U/QGUeelhedmbSNmboe8zviMvu4OUzTzpvdcp2t1Kyj70Xe/9na/K1+EygCP3t70j3nvTQOkeXETKuJsn63MTKfMgzOHQY6V9'
    'rSVlPv+U967/bmmZlURmuOZa7924zfu2nHz7ZJf3vvJO79sS8q0VYCm73/u2gHy77/bSb03kG59TDfnG143yja+NcE9uJWySlEY7'
    'wXd+074aGT3HfTgFeAhXPrtaQnuaQM7XCuOjbVSR8ijjpWdVMynfBO2bttOS5JqmilNpC1pT0/6s7CpEdhWy5sGnZCr2ZQF59t2T'
    'QPYMwEf1hLd3ndBEFezdNsrjmIrZQiaS9COm+Wkj+BHloXSiX/j3bqpvcjq89x87fL7U7tn07xnq/GomPNz66ORl+SNZS/9mouze'
    '5J6g4p9qAvgnU/0P4jA9M7cZ3C1n+ZMCcdmyyEi+P1T1avU5VkZmZWRWRmb1OVafY/U59qyyNMueVXbfp1mf48LCTyLy51a/Y/U7'
    'Vr9TGf1Oi9XxHNU6HivTnHk6HYqfzYZ4EuZnsoDJJ6m9OtKKZQd9Ou2O5eWSb1952vt2Hvl28ZXe+5VXeN/Olnx753bv2xnkW+2l'
    'fpk84A5+q2PfToRv7TAP9z0Aa3Yc+TbMviHOYj3EZSyDf+cJzmE7QWWj7lML1OF8cYrdqWrZXqUNeacsjHc9jHcj+e28Hd5v68hv'
    'vyt4v51OfnP5gDzMuRHWoY/0KQLGnAdEWkLWLQNzoHffVMjcs+RvqkNbLSnrxPDdyBiMqRnG5eLUCWzd8wb9uvOoApxpjlD3ti/J'
    'z/SrI56zdex8qCIw5L6f2mvebjO0Y7K2uYTW1h1v1LWt/kb52uL6XiSirUM1obcyOnZqAB1rN6Bjiw3oWAuM3/02RnDcfY+IUn4S'
    'v1XBnnE6WEPW6I1ONBisYvvQTtavFsbxD/Dm4x6FdzeMrY6U6SXzx7JRaIW5Xi8162UMhx1nIz2haj0j+NE5T134nBsCd+tZm2F0'
    'C2UfD4PtFOqDUQ56UhncpI7qRwTI+CRM8/4okOUQXKc06wpCz8bZt1cQuoO0ogD7h+fha+F9K9A4bAd53xpJfVrmNMJPbciUtn1u'
    'xnu/aZHf9vqMV28ZGdseNqbXoOyBjKmLzW0uwKlu/VFy3qhofp0Cf1ZEvAPzdlYmdA+i8QeypO08yAjwtxPJPmaJvZb728tgvrgW'
    '9AwfhHcP1D9FUnZMUbYN5kbLFtg5hbIgWmavKJUF8fr07Kbf1mWinX1Bd8wM9LOM3SnXwPssUS63Og3lV6JcboXf1jKYk9Ff2W/I'
    '781XfG8CfkuXvsvgn69DFaxfFeFVTgzRf9QmKBPTiReB8szTYXz1BI45/iGsOhJ+aojBckHBTzkVnotpfxRne8lcVLCdY3SDxivZ'
    'BzQ9bgyOGSD+kvyWicUTviVeDI7jo1Zs0vxVF9cojOVAJ0717udO/ns1abOJtVmqz5xIu7yOit/B/v4ezmbU91OYVun7Kc0dJbou'
    'TldXfNF7/82j5XYlOXb2XgXvqwl/627q68nYhMbYgtbrNayNODLpaTVw1H/SRnerEJgJeqLYQucVMEnhpD2iPjcOfFJ4S4XYvrQY'
    'nAfNrH0d25pmpicyXQuus0O78zc/Uaqrfu4BOU+8OiGeOEXOtn/NxovJlQPcprKrEcYrDJO/g+5TTcAT0zYKRLZDeemCxj2mn7yD'
    'yuqOaZjxESgnm8h4f9O7E477Zvb7EGuzwP7ewdZuNMLa9TDe7JkY49s7BeP7dMa7N+nu6yBrr8ug7iiDL8oT0jZ3S/hdd6y3kbH2'
    'GsgJuiUy1rCxFiTzk81fNdbrMp5MWIZPw6zOiOTuz+dI5ciqvXTlGuuI/ILOcRPION5IZBybM6XvtRpykXM02t3IypwBZd5AyqzN'
    'lJatRj0ZlL1tEdDnRT7dy0x+Ozbmmu5U4D5fy+fTanoY1JcO/shgvovJF7462f858FsHW8/TYI32L/JpaNj66cACjicIBnT6omPW'
    'KXtJplRG8o60p4cyxe8RAxo0pDhfhtj50pv29Knub7sU9/BRg/67FPoT3u/L017cTFrnUEj7Mrp0iP3+8SWlY++D/lalfT6zh+m8'
    'VHjQw3Drp/D+MZmT2/b8ybaXVmgfVftJx+aO4bcpfz33xOinEHIOIv7+S8q7t8rWkfNTI4pyPSHjc/v5MulHl9eTzacnZD6fJP2E'
    'wUE3eYet7wvs3Lx9sp85EWl8geHQzSmPX9ddC97u3pA1uTHln/GjBvQqCGbD9vt8sj6m/CQ/4zpgfShO8DXoMeAt+fq0pry7HIUN'
    'Tvf6JP0G9ZcHs6+wdocMcBxh7xeOd7fUbZeeCUhn/s0JH5vOmLrZXj1O2h1Q2A50kn0Iax9x5NOOz1MNS2gc7SfOXc7t631kfXlf'
    'eyT3O86/uW28ibQRBP9BcDlC1hLbeJasO63bq7GW7pnqtrvN8e1GVHtfkNB+t84rNer2KXiFTRp1hyQ0tWj/4nhyBt26bp3jSZ0w'
    'GoT9zCN19rL+xiV6vaIOwqAOju2PwufXpopvdvv9d8I76/C8eP9Zn4nPb7v9f4nYHw0xGUyB8XoPkLJB+4dycfQPeHGH974AYmls'
    'h/cXLvXKfpjo2HV5VrfeXxAdl0rO82ZJGQ6X+0gZ1b38tcSW/ffXeO8LX1dq57+TlHk/+A6cM15appOUWXin9/40+AtcC74Q11Jf'
    'CJA9/uYrII8Fv4EtpMy7QRa55tFS34ILie0Ep2XnEDnuti2lY1xHvj0NNsGX9Xrf1pBvdB3cbydTH4ge7/1WsFU9gXzj67aIfLvm'
    'ttJv8wJ8LhoDfC6o7QCOwVSHngM7DB17y4UTpd9l8teoceSPCnv+/RFt+cOfap1YFhQ+0E59MZGv68KMDj8eJp+X2cNkRPw8HKi7'
    'xxhHurp7XTudSuYHcc+DCY0x1SUwpkrevU1ozzERaI+uLi0PZ/WIpUczkh5FsXmg+tEsgYEU04WqcKc6QdzRvcNYfLD4cLTig+xe'
    'bvHB4sNMxYeaacCHINmgxRWLKzMVV3IVxhV7Zlg8sDyUXD9h8cHiw9HKQ5nqry2uWFyxuFJuk2HxwuLF0YoXpnZGFlcsrsxUXMkk'
    'hCvUfsLCu4X3mQrv9QnDe6V8BywOWRyaqTiUnWIcsrhgcWG2nydJ+oZZfLH4MlPxpTkhfJnJPvUW/yz+zVT8a6gQ/k2l/7jFL4tf'
    's/18m8lxWCz+Wfyb7efbVMUksbhkcWm261GTiqtgccXiykzFlaqEcCUoxoCFfwv/s10nJItTYeHewv1s55EqGSPK4o/Fn6MNf3Ti'
    'nlm8sHhxtPBTVuZk4f5IgPu6CsB9kjF7Le5Y3JmpuLMgYdw5mnKeWLy2eD3bz8RKxZe3uGNxZ6biTr5CuFOJXEMWjywezVQ8apxm'
    'PNLJL2Xxx+LPTMWf2mnCn4K941j8sOdLxXIKWpyyODWbfVOnK7egxSuLV7OZl6tE7kSLMxZnZvv9ZyrygVo8sng02+3louT4tHhh'
    '8WK2+98E4YWFfwv/sz2fhk7eYYsHFg+OpnuGDA+GrB7S4scRiB8t04QfXG+/g8m3RiPYllqcszhncU6Nc3stzlmcs3KyRHDuWaLv'
    'pPjQq6H3dOO7W1yxuDLbfU1trEAL90ejrGCPQlffY8BXWT2LxZmjxaaM4kwUuzFVrFqLQxaHjiZdzV5R6iMzzv62/JfFA4sH1vfF'
    '4sHMxoOkfF86MqW81GkZ771/kW9zXA3fzoNvty3y3m9eVG6XvAnKvHGR38fmjM9z0bLnwu9vMuiLjlmn7CUZ770uY/HZ4vPsP9em'
    'Cp8tLllcmu3xO9Zn9HCBvtdmgs84t8w5Gu1uZGXOgDJvIGXWZkrLhuG1xVmLs7P5/NPlCRFv1mfi86MWpyxOzVScyiSAUy48btvi'
    'vbP7LbxbeJ/98P70ld77sl4L7xbeZz+8//4a733h6yy8W3if3TZnHN4tX2Ph/miB+/d3ee9zxi3cW7g/evib+3q891sLFt4tvM9c'
    'eE8nBO8Wzi2ci1ked8WFxxd3eO8LOrz3dnh/4VIL/xb+Zz9fY++vFt6PJni/5jYL7xbejx54b32HhXcL70eRnOZ2C+8W3o8eefzC'
    'O733pwHur73Kwr2F+9kP9+Je7/2br3jv0Scs3Fu4n/1w/+4nIE7Bo977Tgv3Fu5nMNynoM8F8I/CYg3A2hi8MQdAN4yhjpTBXGgD'
    'pCwdZwsZK4XnU+C9iswHx51isJ1iOFhLxtsMurUFUIfiRhX5G3EI62RIHymNPrIwlzC9ntvPXbAGJ8Nvrj/CU8u835aTtWsXpTHk'
    'VkA91/1goSjNp4WxhDB/Hfq468RLwZzDfcKPm0L3SBf+3DU+g8EKn/NKyZxP0pjzEph3JedcBfvK4dNk/kNs/gtEcEwn3ZyCOOcC'
    'jO8VZL10c9u4v62G+meTtTbJjYMxEjB2Tn/IHMLa7RPlOebd8c0BvJLFIR1ja9OjaMMUfltgv84U5WdoBv6paMAC6JvXC+uT0rxV'
    '8J7TZjZu3TG2GMJzEL+xksCT6ZyR3uegjQb4Pg/ru5WuPHz8NcnOxDzAzg4yDrfajcKHu20w/+Ih7qSO6gd2pbgUf/KOI8mDGDPJ'
    'lUR4OA/i4sTr4Pez7X7P+v2eQ/g0k7tNHmCijtQ5TCQC4OEZpxQeshYeZgQ83DT5H0sZv9BP3jQGX1ReLYivcMdwmePTmzMe9t4/'
    'e8D79nLy7eIR731+r/ftPPLt5F7v/a3XA8/keDBa9MXf6727dnnv/ju89y13eGU7SDtLb/Le9xS8bysc7z6vWh9Z/gOep7pbsiaU'
    'P2xyfP5uVMI/mcZvHxHy2O+q+Ith+/OzyX/HKcbXI8zjzPdr1nH7/urkv8UJ9q3T5wG4X9I+x0R5vMqgtZXFUVKV0clbGSWeZlDZ'
    'PLS3TITHoQmKkbE2UzqPc1icjbA4N1jGHc+lcHek83gJ3gNsvfoYTu5isNWpWDN3/rgeuA4dcHfF2KVh96Bxht/9ZAxh+8NpxTDD'
    '2U5RGkO1E8ZIZZpZdpZzOUY1nONZOFPpfQDvGfw+0MzuXzqyGoe0Q3kIRyFnjSMTitJPBtYNafsaeJ8F61dDvp0G7w7FfVRXrpSF'
    'byLk/vlkxvwu5ta70ynlxxYank1DkjNKJl9bSXiE1zpeGVkekl4FTR5nexbU/lZ2xsrOis4QvAzrw+UV5iY45tWOdz8PG3NYO4tY'
    'O6o9DGun1gmXX9E+OkVp7sugtl8g8rzTQ2IihcVC6siE9/cMyD7c3zc3eu+T4L0c3qc1hrfzOJG74Vr+gfBkYfUfJPWj4M0n4Z6V'
    'BPy+B2i86d7dRuqNkbM0rN5uMvZDMcfeTcZwekYfx14F9A/XP6z8y0n5QxrlNwLdDuJPwtpYSeTmK4UvI88yGe7x5Ld98Nti8tup'
    '8Jvb3/yQfnXPC5RTxpGRd7IzroqdqcsOeu/Mk/4e8G9feRpoMPl2McTueOUVvoybf3vndu/bGeRb7aV+mTzMD7/VsW8nwjeKMwOw'
    'HseRb8PsG8pSKW1fzfjQ1UwWgu0ElaX6vpyhrLsZfjfhm2oMZTtZoltD/MDfztvh/baO/PY7uCOfTn77wWNwPhKc7yN9BvFFeThD'
    'lzC5YashL5Ylf1M5+GpJWSei/qEZ2jHhD+sAp06QyNRMcLoKcKY5Qt3bvlROD9wxXR1BN6Bj4/DU3mg6h3rDtW1IaG3d8UZd2+pv'
    'lK8tru9FEXUvjYTeyujYqQF0rN2Aji02oGMtMH7KU/QR/ojerfCbTF/bTNpz1+iNTjQY5OdkO1m/JhjHPxB7CJk8h9tD0HvCQExd'
    'e0OZfPsos8xhz+HLQOQnE1rCVB8bdp668DlX0yZFl261ADw9DLKiVsBTB8pbvYhML+I9ldSLyGxMriD0bJx9o/YdAwZ2GuPEvqNG'
    'Up+WOY3wUxs0YhevB5nqMjK2PRryyS42t7nCl0/o1Ke2Jyqa36zAnxXM9oHLNesSkGvq8BJUrhlXXsnt03TqZxXrszqAv1XNX9eu'
    '1N717F3P3vXsXc/e9exdz9717F3P3vXsXc/e9exdbyrueqocI1mg0UhXc6AbWwVnIcexHPjkRLVlaQB+kvYhYtwB3bU4392zmPdA'
    'bZ6k14zfqDIcT85wPD8plMJDlvCQOvtpoqf8vYI3bce1mfD3Ev1Avwf9tYikHwcmnc4UJ41PVXHKxf5rwpqoDfpYR/67nqxoY77U'
    'Ers5uRml2A9NTerCbUZNV2vT8FS0sbfRC2Dg02Q2Yq0n5QOm6ZMqO64iPE2RJ+oYrhGVQ9STKSCuzyO0333XTMhxln83sVngd3Ud'
    'ulZnyN/3QxtZLf4+gSeVnqnsfUabSY/0bNa5BYT2XWlZRJL8y2ID2FXxK7r1kR89y6BOpfiRSvQ/lfzH/9XkP9w2/wXKpS0fYvkQ'
    'y4ckzockyU8kTZcs/zB7+QddvmEBnL1RzjRXHySTmVSF8ByrFWdcHL+fU2Pqx08VpX46i8XU+evkiU7XpA6VbWU1dPGnsn23fj/W'
    '78f6/Vi/H+v3o65n/X7k/Vq/H2sLZm3BrC2YtQWztmDWFszagllbMGsLZm3BrC3YbPf7obLNekJbq5msbb1Q+//koE2qM+0AGaOK'
    'N6V8Psocef3TSVk6VxrriNdZG9AnykdNeIUMuQtRXkE3VrA79r9ySnkGHqOXln2nYwZbFDbc+vtI/e4IY+13SuMpm9bfxsZvWv8S'
    'Jx7eb3DC+ZHTnXB+5GTHpw27DMa/iNTbaVCvkYypT5TGXcMyWWg7rM1eVu/3hM51G4zpeZBXxYlrjW09TcYwoFFvF9R7ktTTpbVu'
    'vS8Y1sNxHiD1TOD2r8l5o8Lt95O2hw3afitpe1jR9utJmW5FmTHDPcB6vZKzlLd9A2m7y6DtyyTjLrAyF0nWlpfZRMrsUZRZq8ET'
    'rIzIEywhvAzvd4HkPonfmsi3bvaN3vdU9yXUlSFfIMvvoHvXbic8hAN8ylzCQyA/YarjjytzDcrNgbxLtSiPWdjA+t0sgn12G5kM'
    'SxX3UdZXYwJ6Xx5zPyeReZ8qgbMRIpvA8l+A306AtdTFRwqrNK8Ah9UR9o3C6ig5x7jsJsf0wjo5eY6BcWUIHFCf7QzZ6wZodx60'
    'lWd87HaFznkB2TdHlOdT0B1vC+FN0WeC4j3yf+NOuZ5UJ74pXftBjTq7GH/4H3kPJqZ7TO5Y/invxccOg82ChHbqjmtAlObpoLpG'
    'dwx/m/f23q3vgB50HbyXwruN6Efd9xJ4r4H3MfBuhfcljV7bt+c9W4Io8wuaA8f7m/Ke7kW3nyTX74q8by8xyPS6uxPsZ13ej5Ot'
    'E8+5O8G+j6nQPvJ+JhrN+hmN2M9PGv217E+Av5flIOpkNBTpz8FGH152sHHvVtCUgtCL343jKPLxjb5PBOLrMni3w7sa3mc0luI/'
    '4vnxBL+L9/hGX38/yu5qzzIc6CX2K2hLhXZXRRuCBNo6DfE/gbZORz4+gbbOQBleAm2tRfxPoK2XQVvLE2jrTNSzJNDWOsT/hvht'
    'oT3fL2K0tYbZ//1LAm0h3B9MoC2E+8+QtmRnj8kZ+jHSVo/kbmjS1rtIW5zGcZo8Jspj6mMON7et8YBxdRuOqzfGevEz5CrJuJ7X'
    'HBdv69wYc+RtrW7w7SqjrH1YXof5pP0eAzmR7h79qT58/HwenRrnI56L/1FfOn4dPspk/b9Z7+m9dfmGvayfcYN7BPIU99f7eUx2'
    'Gcj8OB9l0uf76j37szg5DTmfMxxhHCNkP/ew9jjd2uqYt//qmGtrwodf4ICNFJlTt2IuIxHHUjz/K7R3pvNMk7UN2rskxol9/ked'
    '3+dU8P7FPEN1/n72KmhwFJkDzul+aN/03hRG05BmfrAu/rmJbb2lLjqfwdt6bV35vV+VR8h9bwR5djXaH0LZ2xZ57zeTOlugzhqW'
    'c2gLyLuvmoa+L4G+18IaUhkN3uHmMxnOMSF3uuPr/PyqUfjRol1bjDaQlxUx2sC72/+rjd4G3tl+GKMNvKt9I0YbeEf7Yow28G72'
    'qRht4J3sQzHawLvY22vLc/ia8KRuGzeTNoYk+mH6u5L/J23sZP0Mat5HrpaMo9twHH9msB4FBe07Q2McYyG86gm1nt1I0HrsNuQF'
    'inYtpN0d7G60W+jnm+Pt/r6mvN1CAu0+W1O+DmMa7ch8qqgu6Ws15rDC9+gLNeF7FOUe94nJdo9l9XqFXl5IDmNhOQ/fTubQy9Zq'
    'kL1N7nKvlazvqOH6dpE2dHhtWg7vCJdL5qfi70zuHmdDu3HvkpxfXK4BU1FkznnJfoxp0iRs40/V/tguyPg8VFieR5oT0n2fzfi1'
    'nyXcLvJiT1V7dyndfJSnQ/3zQ2wrdHlFzG95X3W53IH7UaK9RlI88HunsE9c793V5Tgh8wlFvns92z/VXG5MuF0c759Xezp5yquv'
    'bfT190U/t8ZSG4eNpM5mpovFOsezOh3Vvm8C1/esUOhxM6Ttov+aZKxnhPTbQvpF/dEJTJ/UGNKvQ9o4mfWbg/cpIW38Klc+Dq6f'
    'Pj7kLvQj0karoo2TQsbxzZxPZ3ge2XEDmkrpsdvuQ7ny8/o4x/y81slR/JGcb09jwnO4df5CUvc5xVnP+bBbc74/fSfrx5Q3cdvb'
    'JWmvV3Md+Jq57V0jaW/YgO/sZ7zH+aS9AcU4ew34oVNzpfEIwurxtR1k7R1L2utX1Ok3GF+OwEa/gj8oSPbJrfNilV93QHFHG1fI'
    'O5+v8mNB6IzXRJaJfXy7yl+rLUzmE5afWnYefTGh9vAc+geyfliG59Neq+CdPhihLvb7jio/hsVU80du/zvJOm7MhPMqYTzP1Qm1'
    'h+tzXpVvW7i0UX6Oqs6a06t8/5GlITxFOynrsLJLWNnFkjGtVcgT+ZgaSV3Ou6wIOX9d49I6yZhk8/lNVj0fXvZ5UvbkkLI/DGiX'
    '8z7fzfpzncfkrstD1ukrpJ95IWP6fMC68DHdS8q2hrT78ayP1yqdwACj02gn/r5s+VnIeRdOa9c4Pj3ltpD7sx7vKaPvBQmdL97/'
    's+VxbkzPY7edzoC+R9idGm16ryJ1CgF8DT3DLtLoZ5zVWS+ZY1eEObaTdnayPR00OMPnB7RjwgtkJPPaHWFe/5UJX1Mul/tJRn+/'
    'URbzvzP+eHV5CFk7BzX6/ilbq8+TOrK9o3eNw/Z/AXX6FXU+mvFxekOmnJ8wlUncTsaw3ZHLfzq5H0/Gs0fWgUvduFR4h+olbfO1'
    '3xtCq8LuTJdlyunBXrbeLzHYPZ+MZ5fQi+kURk8xTsPKjO9zOcDuYZyOLs34/i+mtKGo/wuo369R34H6UeyL3fq/TvtzVeEH3rn+'
    'I6BsP9P1/Fu6fA072d4i7nxb0q5Ml1KMIUbKBulHivL/dLk/qErOL4PLu9PyvQmjX4gzH4pYH2H8Hely31+UDf+R7eOtAWXHWNnR'
    'gL3ZyWjua0hZ1b0T9/wGxXrrnmuXpv1zIioNLfrxkjGvg/qXknsgvZOs0SiL940TA8rye9+xGmWx3aZ0eazAJOwh3Lb/O+WPY0hy'
    'rlI+8pcpNVyMMBj6carc13uXxl4jjf1uyven3Kk4c/6ZlJHpet0yj6bK/TKfY3TgIVJGxuu6ZT6dKvVv1YFdt97fSOYxxubxgYAy'
    'iOt3SMZI5UVF+5+Ung83pfVF/T9pe0jhHz5EysjslNwyO0iZHoUP7PWS/eByzqsCyiAteYVkzNzH9byA8aBs6axUuf8vP9c6JGvf'
    'xcZ8kqQMl7MtITCkax9bxH9J2/wsy0nm+jxr509OOQwXNGD4V456bmNQ5qcBZXA/fiiJjVBguPB9R733COdfJ/PQlcW69f6RtN2v'
    'wKEHHTMcwrn9vVMOj6Pcjz9gbjvRj1+zf362vjVgbof5fxZ3QsfG1a037JT70Y8zHOklbeve4dx61znlcSCi2KG6bV3olPvpc358'
    'o1Me74D6qBbtfxzfjjKOHWuR/5fA/AiDy1ZHfY4hbc1L4IvvbxXZA125dlH+T+IS6Orv3Xo/JzEPZPxYHuzYagLk28X7f0A7yC99'
    'K6DMWVDmICkj49XcMl8KKHM2lPksWQ9dubpb7+9EOe6G8WnF8x98ypPS9bttvonMQVeWTuN4mOjqeRyPIYV85gZSRiazwBjCcxKQ'
    'UWD82poAfXEe7ChrAuS0efBVqwnQD2MM4ZoAGQXG8Wg05IlRBt5oKMvgcTwwNpUqN31QLI0ocRUwLqMqrkKl4iMsEKVxxHLCl9ln'
    'mMy+ncns5wu1LoCXpXEnkV9MO6VwYxp3EuM7YFwwVT6FJqHOpyDLtbBWRMu1QHMlhMUCtjkSbI4EmyNB3Z/NkWBzJNgcCTZHgs2R'
    'YHMk2BwJNkeCzZFgcyTYHAk2R4L/2BwJNkeCzZFwtOVIqBXmsX9t7Fcb+9XGfrWxX23sVxv71cZ+tbFfbexXG/vVxn61sV9t7Fcb'
    '+9XGfi0va2O/2tivNvarjf1qY7/a2K829quN/Wpjv9rYrzb2q439amO/2tivNvarjf1qY7/a2K829quN/Wpjv9rYrzb2q439amO/'
    '2tivNvarjf1qY7/a2K829quN/Wpjv9rYrzb2q439amO/2tivNvarjf1qY7/a2K829quN/Wpjv9rYrzb2q439OtNjv6pie9DYrzrx'
    'VZuhXZN4XW6MD/f+ciL5PQft6uqbF5A4FYPMB6CJfBth32i8nlEmZ+ax41Qxn1aStRKG6+WO+xts3pwHGGI80EUSmBxjZ90mUX7W'
    'Fdjc10ra6WNnz0oCWzsMbByXCD0+hcsgmzTr8TsSjU2EsfuqhI0lM12xZKLGkTaJ46wTB1kW67hDxIt1bOMY2zjGNo6xuj8bx9jG'
    'MbZxjG0cYxvH2MYxtnGMbRxjG8fYxjG2cYxtHGP/sXGMrezJxjE+2uIY5wCXM3BGIW3th36yGrSVU9b07CKtxaV6y+ZosA/P8Ztj'
    'UN6UBt6Z8kCCwLDJfWYj0xNSPYhKXkd/5/X6JeWprc6QwpdCx3d0SGIbRMcSZs9TjHWZ8e7YMvv5YcUYdeIpy2LEyGxke9j3PQY+'
    'AXHG0cVsVf5qch02C3ks356ExsL3i8pu6dimYh/4/K/JeGeKzJ6L2qdFwYFBRudHNM8UznObrC/HA6qnXETmarLWMjuyArvvtElg'
    'KInY3bqww+f6bNrTT8n2hY5ZF452KNaH246hT8tvNXmboDncFzCHwQrOQWdfXtCEOdfW/VShjhOlG5e0T2EXMiL07fM6hTx2zpiE'
    'ZhR9XSbHfvI0wtCPFXpEvsaurftyhW3NoMROuBLnNo8h4KQ9vbAq3nscG0MVvdsh1LEl6LqG2Yrr2Ju6c3wy5cO2Cb/fNwPOvQ+m'
    'PH0Awp/O2Gl7A4r9N8FtFS3frbDF6U95dzQZLeG+D11CP77TqMSOWGc8F6f8/AphfLPpeVsIwfkVpO++CvPkHLdrU979cyafO886'
    'XluytdfhTXRs2QuSvdOBmy84fmzeSvFhfD0+4qhhsUeyD0nvxy2OH9cn6px3auJGlzO9tNW1n1kSwDfoxl7pl+xTUL/LSL8Fwzuc'
    '7P7HeQXZ2qGt+9KI/Sa15j8Rvo9x0rT2m8SmZ4T58+jSEqwjW0/uc/WA8NdzuuQC7yZzNh2D7EwdDOlvjNjnmcCQKa+8Vfjn5kAE'
    '3IjKXxR9XcG3ICm6j/YzCyPA5KghTDaIcp/l3Qo/vhSxCa4lum+3+yeJ7nue8GPIrZDIt5sN5Z9VINfmsvAUkYU3EFl4DYyhGsaN'
    'Oie3/+2xdJKzW0NZXNMYcvOMRplWZk9lugezWyvs7cFtItZzvInuIcxGnOMc3esasodZwPlOkPULosOtIXZIWO7cyX+v1ujH1WH8'
    'Dn5/A8CIO/abmG6Z67+OFDhJ6z8ZI9sChY7Y3Ws9MFKXnIjw5CUw2EBsTXRoD8LTMIEnu+/l+y7Z81vj7nmS+160a578jysdbz9/'
    'SGwcLV4ffXhteYDyfc5MAQ9gaensoKUp8jfloRxyP+ojuNkD+xwFxpwg9ExVBhcq8nhNp3V2Mcojq++E8ON17C5cJUrzEdWwu3St'
    'wR0aYUBYGJixMMDxN0Pwt5rgL/7dILHFxToIN06A30mD5j0vrO8M2JlxG7Va+F7N7n7igBAff0ZuB8f74f4FGw3KN8BvXB5Fy1G8'
    'm2sgw4qyX3wul8H7KlHqD6hzLze9V1eTdtx23bJrwKZWEBvDqfQDN5EBNkDf7rhXgc+H2/8F95v7LEWJrRF3nN87aD7OjOE40a/+'
    'mJj+P/uegHhnotyHk/tMPRPBXwVphNv+22BOt8F8qsWR9jgSu3sXYjLZwz9XIWZVoEvdJxW7Bdg5vR/1hqyu6sLaD8CBwYWPfQAf'
    'uanZSHe90kjTs2E1q2YcUEaW4bfRg8McFsqf6mhAmgeZAPLAfVd5X4s5LMjva+70f79M2Lg/ScX9cem39b2aHt8r5DHxjH3Jxsmx'
    'cXKEjZNj4+Towa+Nk2Pj5ExHnJxT2L0zy/iTE8D+DfHEbedYJjcIu+eij7munIHKa2T3Vxvbx8b2sbF9bGwfG9vHxvaxsX1sbB8b'
    '28fG9rGxfWxsn0rH9gn7zvW2NUeo3tbta/SGmaOfLfIxvZXXw5qM5ycF38fNlD+gPGn1hI8LuKf1UC5NdNPzCLwV7Yom5O3x78jH'
    'rExHk0fbu7a9a9u7tr1r27u2vWvbu7a9a9u7tr1r27u2vWtPRxxdt8zl7P68RFP/HifGGc97vBz4DFlO8B7N8fBYlNSWZ5XQj3sm'
    'y2WIto8b4LsjmYdsP2X98Lg3qpgiI5L9qiP7jfvVIMrjB9H2xtlZe6zwbYd4nlhqJxEnHyZfQ7T1QblGjuBAvwF+8xzOpwnfRmnU'
    'oJ1RRXtLiN2OKn4YjTloGkOroLA5RPkN3+8WOGvpfjcLeUyVPSF99pB7+mJRHj8mDj73KvChJwCndPw7eCwdk3pxYJjHhaPruVey'
    'T+68thC8DGo7BzBrsqbUVm5MlOa1pvtJc9yGza9bmMftPRJoZJbhDO3rLryTLpPDoy5vm4F/Kj5URreXE/jAXMk0t/TFGQ820qL0'
    'vkz3fj2rw9vAvNJB+zOX7A+lx3MUa8z3QnVm4B15EdjY6uSPpvmdz86U/n06yd1N57ghE0w7cX+qiBxzV4cvY+b6ghpW5nXwfm9H'
    'ud7ArV+0K+tVn3NPQ/3/hPd98L68t3yMWVh3Kmu9skut03C/FT0OtpfmKqbfbn9/aa5i2vYtd5TPCb/V3BEOO1UK2OE5q4cZjZpL'
    '1vlvt3rvM2G8/2+8VE5Ay7yMleF7rhrbAjjLuf6CrmX2L733H28vX6/73w82jbdLYKAX1m1P+ZiyjM+mtAL72AVzelO3ep+xzLe6'
    'y8eG35yby8fmtknrBe1lbcBeFnUFABe/eX1pf3Qsr73ce/+sXw1Xt9yhh68ZQqdrYI0XblGvEZb5YKG8b7ee+372Kvk6LGByVpw/'
    'r4tjVeUIvgxg6ENby8fwut2ga3yvHE5k80ef5UVf9Oo+9F31/LHM27/v25XiN7ee+/7OV32a3CCp574/p6iTD6jzrjXyOio+T0fW'
    'e/MTZvK/Et99U4HZ7BIHpuVCvEjiGu9pMxcQcp4HdfUurp3JcI2fvQce8d6PP+6973zCtwtvIPBR1Nl/B86P+733oce897qHvToL'
    'Abf5N94Ph/F5T0L794L+9UApzG94WA7jLYZw/uvPeu/rHzKr9zbAwXVPJ6tPWjgRTUdQSwBDN66BzlizojT2B41buSqAx05DvSRy'
    'wucIDF1JdDVF2SDT3UwElL2Elf0N4QN42eGQfn5C+nk5vPFu2M3K/ispi2PA+N09rOy3CB6eD+8hVuYgwRNeZkQyfrfO5+FvOoZL'
    'SBuyfVpN9Md3wd2WxojAOewNqU/jxcjmH9b3O4iu6xJ2Lx5gf2O7BdJ+HsaIe3ARq9uFdhlQdpCc3eeSOnm4b+UYzJwL324ke7ck'
    'U/4u5gAi4ziXwdgNTumeXULsYoLghq4vtjHK1gXbPDMA5kfY3/2sbntAXT6XK1ndY4DPo9+GFXMYZ38PsXJDCruTDNI82KN64cdb'
    'QZqC9Afro4wU7UMwri+PYUVt3xxCF/HbBiLD3wDtLYe/l4ryWOdU5jNKZFn0vlYwlLHxvDUDRGaQBxu8Fo2ylNbjmm0ia3UcgeFz'
    'oN7Nij7nSvosSHQKYX3yeGLVxIYsaB/cfXoX0ZlyOnOq5IzpY7g2QPABfQt5WaQ3nYzu7CJluxj89hD6ifSjQcjxd5ThJMr+riTt'
    'D7CxjJIx5Ql9o3K+bob7r2G4iXqKs8jYXiuh/7KxrSTyFE6XB1g//Wz9RllbxxAbLCrHyLG15THEcY8oT+TiwcsksIX6PCcEVpCm'
    '0NjCPM4Rre/C51yAZ4fAtiksJzGmJsb70ZiYk7+mXb2zSveMd/VjJPcHGV1qJf+N/VFbzw0Mzx0JH6+ar2oN3b18j+PT7KA1vBN8'
    '6lX7kiFw4Y5fJ5+TyR3iOrjLPPhYsCyIyxqq4U70yFfL5RyjcC+766D8foRz2wPjwt9qcV0UF3LMx5qZ1ZY7WWfi0Yk76KX9R27M'
    'vDaj23pwEJrNIbVfFJ6D9eTzo7QwffYjLo7aPZ1Ve4p4e6sEb3OzeI+z8ASXqnIm/rsksu3+ienY41vVe6wblzMMr/fZPT+q9hzx'
    'frsE721ccscR6w6HC1eIyjWeEJpsY8FP/Zrr8akBe+CGVc/ObhvzDmZj3s4Caho/LUEfa41t1Muf+g6OV6N2T2fVniLeNjK8rRHE'
    '2CqgozKZREh5VX6BIF3bKRL9lcx2rFX4McXxLl/NdGBclmyqY9vLxmCCDxGU7OkpAeSM7BYWI8Z+ezR/Gl2Nu3F85yb9L0H+mqcE'
    '6FEtvxcAE2vibGD15WElLL839WvO82n2SuA/im3RLNubtMatNfBJRadtJfjRY/dkRu0J4k2Tiu/qKGLsftX5V0/2tiFCvTC+L7VZ'
    'vDMMpuoMynN6EdDvfsN+A8vT+KDo/8PX7LaU+lpM18zE7gDnh3Z8lZqfrr2BzOdtmOn5h0S5704e9JJzRbnfS5S80nHtXNcb8uvN'
    'xN6iAb7PE2b5QlWwOxv29mS4cobt3YAIzjWOcYSx77D2uC3NmCj3u5sNsEL5Irf/I/cMTifOo6YqnCc87Hg+8vmi2bcnNrd7+B7d'
    'Fk/EaJTbPYxuBtG7lL1zlNw5KolbKQ3xmb0Hzrw9yQk/t2Umwn1DJkt36/xEyPMxm+xvenbtdybufoeZGCQBDxngiRE2dsI+7jDA'
    '21m+j47izl6d2Bn4sXD9gwmOFv+e/I87ZDh5xD2ypH6pdGYaRtJkInxr0hbNlc00SDeJPi6pDv97hqhx49L3Yj60yX83sX6fe8B7'
    'v88wJ6zlpyW0JB4YhvLTsjN79sgFLJ9s96Tye9IKckRKx3osTzR1coGP6Z2XScgNSvXHqfTR/ODacj+vCeMnOmCU45rdk+nek1C7'
    'vYDxSe32QsoH2e01MB0V2tzlme3ddomeVKn/Thf//gcZy17N7LMaItQLms//YvP5S6hXq2Xz6koaslX4d25WnTLVxWX+i2fED4SX'
    'emGdt7D7Te7ep3/FCNLzoSXS4pHsI2/z/vtG8nubkpNQ3wWrJl4IvvpvDuFl5hTXpl111eTnIM/Rg7+5utRHJv9tSflwnpX8zuEY'
    'Y3wjv0RjfpfQ8Aj0Zspt2LBvA9ZbczqhXn0TkR7d+uX7r+R/IuzTdMVAN6iWFgk/E4k+IfyP3ZNp3xPEmzskeAO8wORZnIINy4Qa'
    '7WWrAtYqN2P2KPycTaWmZKdM2zDtufyrST3597zkXvNOCzMWZgxgBulOp7D+HtPhe1AN64/4e4Nd+2lZey6/4/HjW+F3eo/GWHun'
    'wD1mlfBz4DUy283NRO9G26gi5bkv1gJiw4mxgFdHaKclRD7QzNridqI6cZmw/XpGR+aFyE5wHcPK8fHn2L5k2L7otEfXU8cu2XSs'
    'XdBOCtqdZ3E7MdvMMNsV7lOyHfbNrv/Urz/VoTgK2wGMgYg5P6sI3vB4rPWsHKWPJ7ZFzzkaZBeBeX+vT0A3NKKgC9ambebbtHG6'
    'MkToit2/I2v/dOnNfE16E0SXlleYLtVMxKdLNRLeDeMZ30pgvkrxTSa7x7wsteRvKvvHWKGcj8yQ/aZ6uTTTy/F4o4eEF4OdrhWW'
    'w1ikqHP4YYDuLA3wcaO1MZPfy/YfRlPQCxnpzNy1zoRpydBPUwa/FAdWwXtOm/9NZpuoY2fu7nFQjrA8nN9498PQIN0EH/Ogq1oo'
    'Sn0D0WcRfRkx3rZOzjX0T6Rxs91+3JQ4rwR8amD3FJ276ZF+rzWldbpw0JeATdYsexT6FLOjPhDpNZrKA71/pTDL34HxiXmM8JPJ'
    'N4z9jbnraA4ljJmOuToXkW8FURqffZ7kG7bZKOlvlNlON8E5JuMVdGQUPI4UjYMftx2OO2+VyI2rvQIptbI6M0NcBaoq0WhOv6hx'
    'Lu2W6uJpckK5DkFDGKrHeleXFqw259GpPuo2CxMWJiT6JnrmZoJ4bS1jBGGfw0+tRpnSmIl5ALbXi1L/HfyG+BvGV5vek2Y7x3SY'
    'eY/8hFvn6MpWdc9zLgMo5vqEnLV/7Ci/e/FvQXqmTsZ3GOG5BO1n0ZOKCwk6PieOQkaD+1PL9keVw2/W+HymGAtihnoxnqZIH5vC'
    'wb4piKuR+aegfM3GjCE0e3MlKXb45tk4PjNvT0zidJ1qUD4HNJbKyKtFcA7VLNTDHNWYo9bNk4s6BuTleB5299seUZ6jfQcrM0jK'
    'FJjcEvO5FYCW0HhnYbHSMAflfFEeH422M8p+5zJSzAF3K2n3XOHn+htk9feE1C+OEdpx929JxHaC5h42/mbh57ncy2TGg0z+y/cU'
    'jzJXtro4go66JJc45D7+7YHS/F40h2QX6zeKLDbIV0T878k2fuTTw6zkd1nO9DaYQ/WEL5/nPCv/1kxwvBHmtESU2vsgvK6A/3bb'
    'oDq3ZolurmbC1wkIUZ4rrlqU5ttrJzSnXcyOGJeyHHrr2TfMkzcX1sohupQ4MFXpNZ6tsSbD9sykjUrubZXB3iJtw5zvX5HkLrwT'
    'chd+/aH4sTo3Rlyr9oTXKkNEdqp86CdHmN8BWKum70L8ls+b1c9/Ub88P3dM+qG5KuOuIZVlqHQoecldu5rIOSm8biXwupWdQzx3'
    '6/XsnEFbNIR1WR0OQ2H4oxpPEP6cGoA/7USX/OI93vsDnwP8+H55LmfatowPofl2P/wNaO/r5fl298E4fgF9feIx7/3QU9OP19ez'
    '/Ytrq0NtlraKUr4mR/TmWxmMqMbjrs8c4ee7bw/RGday9VkhwvNlVxH84DBH+8oo5JZ0vLL8uynS/jbS/jZRmi+YxguoHSreMB9y'
    'vFTiZU9ziPyM4gjFS4TxxWTtTeAtypoE2TigPwPmmqY4XiPkeeL3QJuPE55ykPA0Qfca2h7yPzdBe/cDnx12LzuR8EYma7cW78fk'
    '7fb7XrI/OwgvFTYP5KveJLwc1LgOYfzaLvYuaNyRd0r2A9fvZmIHsYC1PaQxD507+p8L336J3zkHCR/bBHcunbXjdfOwJ8eSs13n'
    'PsJtqsLqDBK7jDlsPKNsjoUQucSAgrdGfKJ5tJcQWuT+/iyBT3fMP4A6c4o/ptKZbNXhJ1dVVY3/XVNVW1dV39CIT76pcZqeZvf/'
    'WirRcnFhXizyIi+W+jLuL+ZVvdt7XvWqTxXf31uxZtmlJ6+6/JdbrnjVg3ffvQI+/+G9b75bx3PzC7d+ud0RmV9N/uetbtNDx/gU'
    'xevrT14/d1/1/bvJ4+7c/kQ9wDf/SMdf9BHV11b86+6y5+dfpn9NiIlHJv+5//+qCXeeovi/Q5P/+1Xx/yefL7/wR2h5YuL3Zf0Z'
    'mDCEPDdKfiv236ZRWcvKVO4xO1159or235KzuArak53FyyWyAkqvRomcUEaDTeUQYbLJf4V7vM6ZH3YWDBEaHjbmToU8uIfMm8ps'
    'RjTnFDbfvxZeADmVjJz2vVtzHrSOzr6649gHcJakrBx1FHlYxzkSmbJsbcPkYZcD3Ibtf59i/Kbz4GOgfMEuGNNKwCuVHgNtiun3'
    'HYzfOxb4vaiyfZ1xmvITQTIKWl9mkzPb/RN04jBxX2aXE9A7vcLj3KnkRnRPZTb3On7FVcROg/aRJvfQ3zH40bm7m+iJTPj9boUe'
    'q0eU+zUFtYl6zU8RujSgyfuraGWU/m8n9yLd/qP0cxO523G6S+X9Udp+NaH5fTHbugjgVnZP3RuxzdPI3PcweCoQuhml7WPJ3X1A'
    'AZv0ThilD1ObfRlPNkRw2G3zVSlvrSuBz+hzUP0NX16Fv932Je+3hUS+9QOQp2YO+PLCLJG9op8D/vbSk+W6lkUHvPf3DkbziSz2'
    'D+02Tla+rMJr89ReHzbxt6orvN9WkXm5v7nvj77P+3Yi+Zbf5r1/V/DXGb+dt8N7v/f9vk4Q+1lxXfk6/6RQvs59V5Wv85o7S9tN'
    'EXnoK2H8/+h4/pPIy1KcGDGAY9P11/HbaTU4a3Yx+jjI6FKByYPOJnrXuGcJbXc5tKvLE+qON0901KMBdzlaJ0VsfS9wvDtc2Dz7'
    'Gf+/l/3dOY0wEVSO+iYWeajJ/zhdIcPsZnzATJ/L9+HORufy7BEy9r8DeXYl6APqIzZkvPc6eG+E9/kZD96rkc5m4Fxb5L3fvMjH'
    'j0XEnu0iqN+RKcWXc6H+m0g9jHtEy50B5d6wyMcrd0y6Z11jhPWg8+6A95mKefDx5UG+s4TwHdQOrWBAz7gMXcYXUt5mCaw97Xcn'
    'oY06/VL6NCjRX9H+dHVjdN1TAXq3k5guUWyGJhXW2thuKqRdEz6lhp0llK/Pg21jjnyj63GyxB50gJVZSsoMK8ogr0xlK6tJWfyb'
    '6uupvElVVrVfNfCPwk2lfO1V927X/usENgZ6Z0G4XMBsQ5qFWi5Lz1uUB7XAf6dgH+sYrnUynBuU2JaNKO7mBY012R1gW5Zm86xj'
    '88xIZKDNgG8tUKeV1anSwHu+bv0S/qUZ1gvXr1oBJwNM7h7GD0aVLYet8xDbv6VwT6CwXFDonmVr1KnQb+v0Tfe4RoIDOWa3y/MY'
    'yGgar+fStbB6UfUzKhmZrj2FSQ6yOP4aEb070jNaxnqogr5SGs5/JjZaOmc8h6VaBksZDduc1ULfX1N3XJVqV2YnujqC3vNUw724'
    'Cf4b+enSfK+pI+YxSL+TMYmX7YiJtEx/4T/G8QMkWnP9RxZPOq6dbYPFLS1cmeq4TSZxmlYnCA+CwYOu3JbGfOoSNpab8qx+T/H/'
    '2/zD1ox0hPlX6sTciiKTX0nkB/jb2fDbMeS3E4VvP95A+Fgag2kQ3j3sTkv72yei6SoqMefLJXO+RDLniyTjPy/COqyV1BkLqdMO'
    'dILWwTvxKCu7mN0xmiRyormSMgVWpk5SxpUJyuQ/07l/N0r2b6tk/64mv31OsvfvWlO+925MDr73pyr2XmbXG7b3Kp1F0N5zW6eg'
    'vW/X2Pt2jb1vr8De5wz3vgnkqjnQkzfBnZ7GrVwF+tUsaS9N6q9i700wlyuEp/dEWVKQLIDKjEaZTKyfyXYwVhz3HQ2THwyLYJ9R'
    'KlflvkqbyHw3hazHBgLTJ0bQG2+q4JmENPZ/yG9z27zfXiS/zYHfXiB8Wxvb5zZo6+eSMse3lZZ5FnCUypaDxuzW+Z6r1yZ0yWS+'
    'LQb6AG4/uQP6/zSxQxlR2OgNse8yHYPb1oeJvWa3oq6ubais/yDdLIX5caKToraqun4NQ2xeOyS2h2H+FbpyPuzjlcRGcozNv0fD'
    'Dhd1R1xOOUb8OpDOxLGh7FP0vRjsenT3tBDB/rif0QwdfVLGkI7I7oUrRfQ4DmvgfZYotws5jflEpQLkr7LfXJn9xoiyUlXcZt02'
    'eIyLqZpzi4gX50Ilh9Y5s0zoM/UjvgnmOdfK06TytM1HgDytmegqrjLkd3JM33pYR31ucBAyt846gjtnPOy9f/aAr09eqqF/i6Nz'
    'DfPRaCJ8kQBf8XeD7/c77ym9v6vifwfFAB81pGtWrlSWI4ApcZKVK+nuDbWdM+GPVee6Kf0Oij1E5bimMYeCYg0lHesiafif5U9K'
    'Dv8Gj0bdqZJfNTF7qLj9OYb1s4b1bd6WAJrcdnhZI+RtadWS9VOeez15R/GNaCb3jVugPsrTOmGPrxc2t9907PMxsC+4b1w3ynWO'
    'q8g3EVCWxxVsDjmrotCHDSHyDe6vGybDkfnLcvmHrhyEyrBwXOOG9ltUnrujxcM/mfxqxEBu9DOJHI3OO47NnKy9Q+zvnULtB1f0'
    '9W3xdBXch5euZ1/A/srGEFWWJdtDHXnTC8wG7/fNPqzqxHYZVcCzzv52Svw8qF8N91fpNFiLcYX/xU5RGlP24WbfZyNI9jjVexfF'
    'fvJtk3M5RyJz1bkL6/oiye7eMp+dqZbJvrzZx8UxNjadtaS+mTKY7DVYqyEJreO27iqZPo1vMLfZp6PjirnxeA7jCh+FpHArjq1x'
    'QaJbKcb6aPLn+YcYe6eiJ90VoiemtPVjkwVeDr+dw/xjNoF/zBsXla8l9wFy658NfjZrM3p+QFgW37IYLnwMbtk1xL9Jd7ynwbf9'
    'ivHSMa0jvxdjdTd5sj6KR/1s37Y7wfFoOY6o4GNU4ssQtqd9IjyW2YlNnvxcpgMaYPSwUzF2aiMhGzPHJY7ffRpzQT7mD3l/zSuB'
    'f0ni3U/h/WNGK7+a9/0VkVa/xOhrN1u7fgUtHVCc75WClw/lPR1RXJ6WjrWggJ9+oS8bH1SsA7ff2Jn3fLq43w6Fz99JdPJBZ6AJ'
    'z9QXcuZhDL3Nk/93BrNFoT5QtD+3H+yX80D9CjumqaYz9QRuZur5HrQfP2j0bIdN7sVxeOxdAXeCsLW+v7H0rqdDW039SKeaZ97X'
    '6OvUdPhJGS14LsReZURhv4fxOLc2euNPkvaZ3OOD6NoZjZ69l258OU5r455Dg5LzqOj/3ejJtsL4vg5NX3QsS8d+DvFnp3zg2Yxv'
    'W8/8vy9k39cBX/dsgxDLpoAv71HQjQKzq/nSFI9Hda/E8XxwmsfD12cMxjNdsM9h/vLJ8Vwswu8gOrC+2eDu1EHgXLd9hP3NMe9M'
    'HZp3r6IOpMGno5WQWcjOY524Lu7Y/k/91IxtKMLYHq4vj7s5lfQIeaEPTtE4hkLGsafej4+NuHrPEnmcTp4jCsuNKs7VP5B23b62'
    '1ZfKXnXtvePyfnF43F0S3t+dywoC4ybxRLsN7usFIc8RNhjCZ6fqfXlEv9CPoz8q0bdQfNTZsx0G80K+9Ok6/z45U+/D7jgP1Pnr'
    'Wqm16U6Q1u2v82G0EjrDOGfEdVM0tijrdlqdz5tNt3yjyP+T8YxXUHdG4xnJ5B0oe/t5rWeL77ZzbKP3PgHea+C9sFH+fR28c/Be'
    'Du+L4X0avE9m5ec2en1/rbZU7md6L5eV2e5Mjfzmw7XlZ2QUuhzVh2JfbWV0l7o8z7YK9x92x9kwTf3j/BfV+vF/plL2Q8fEdci/'
    'r/HP3qgy0qnAnW/UeD4Z7u8nMVpzDLwXwHstoymb4b0I3sfD+1x4L2E06mKgNfeRtZnJ+tS31EyvTcWOGh+uTfh6Ph+uI+sL0JmF'
    'wcu5NV7ctCh+cknLvZfU+Pl+o+QeUMlOwvp1jdWWTqOs1R3Dj6rLaU8S9zpdXuXL1R6/EKb3NpF/TpWM585q725etG1kNO9YRtvm'
    'wnteRL5qLKCvJYq+FkTs69Wkryi0mdZbCu8z2fdV0Nc51T7uTZUcuhhXb4r7RXhPV/t0z8QvWEaLdeuqZCSHcv4aJKUb6dGg/Y/l'
    '/Bj8ldLJ3JUrpa2VkAU8H6KvehuZZyVsZ9w+hnJe7Fzus25qJ6rLI1+Z8+F3uu0rO3J+nogody6VbUzRtj3Btsviaua8v2fimVe0'
    '/6vy4JbSeQfeL4f3BfBORTxjHq3y4bbS+hG3v09OUX9I598u6a+S58oA6a9LBMcGpt9Nzx/Ej8urfPqa5J3C5A7RQcYwHTL+ol9p'
    'lU8nktaxvpit/BnWHQJXz0zDGDgu/X9ZP8fQIFvrQwp792Y4V9OO3M7lb7J+Hqco56YurX9rtvx8rpSM3+1v1xT1h3uzhcBHHH5g'
    'XESXr6yW7GWUMYTxc3PJXCthr9gT0kYxXlTG399K20wW8T/j0TcTXkD37vcIafs8dp88md2XLzFs+66MH48oqftdGG14HtbsHRk/'
    'rlUcnX1R/59JBra7Q+7D11e4H6QX52emL07UMrIvN7O+P6mwlcAxfXxJKV1vJm0FnTU6dhd/SntxG6bT9yNM1vX9tA8fmxU5Zjaw'
    'dl8eoZ+H034ssm5G75/XpNN3pz1dxFTJlt0+35X28/QmLUMuyv/SPrzxXF+6Nr/YVhdZn6myIfkz0udU+EIWY5ASWBoOuGcEwdKC'
    'tDr/cr/knqUbpw/XZSLlt78uBJ82RsCnn6Y8O7bppC3uOB5PefBLZQVoY2CiL3TbeiDl7av727ZvgL3nk6XxMR9/3HsPfwbiDUNc'
    'qIeeAv4/paYzBU19/Z0pP0ZPlFiPqjNyPOXb/FVSdun2tZ30xee/W8T356frdUEqfpzJ01PlOca5P2YYrJ9pYGesg2ONBB6j6rL/'
    'x/HjJofBI4eXX5K6PRJ4CdK//ciJF6+U78/XHE+nUIncSRRueL/3kHnEvc8X7X8l7UW9U7rtvZns0ajk3ibbI5RV7CZ1TfDGrdPr'
    '+LHyTHSUbp1rA+oG6RyL/v+On6u0J0QOirqFDaSOTvwOt86pjh+rWofu9Sv2e7ETLabxIGunzvHjbAfxr0X9PynbEyLX+a0IL4t7'
    '7saLXlABfyS37e/CONzvv9wCsVYLfl5j9/0byDX8JCn7nSu9d/oGP3+x+z6uF/x/Asrydh+QlD1nXF727yVl+94mH8OHA8rydt9N'
    'yv4Gcjffp1iHtwSU5XmfX0fKugTAfTdeVV43DzSAl33ndnnZgqTsebfIy76alC1A2TsH5XPbQsru2w1n2hb53C6QlMV942XPkpTF'
    'veBlV5OyHfd67wOPAAwD37f8Ia/sCaTs3zzqvQ8dkOc1byVlw/jJBlKW86St0O68J+UxpMPiRuvEs8oxmodyChqLrcC+mcZiy5C/'
    'MQefy/+eCzDj/vfksosfkjp8bqkYcxti4z+ffOsnc8R45PgN7V7xnFkrWRO8M66WfMN6J0naxDu1e+/A2P6H4LdjJfuC/WA+iybg'
    's+n8sL86UqYnZA9VsdGaIq63LE48xtsNOv9oLoQTI8KZqZyGn9Mmc71IqHMU6PASuvHjZXymSV5nWb5SmVxDJ85XWP6DIr8K+zfV'
    'axM2ru1wNujeE7pi2vT2GMxjJKG1d9d9WQSZu0le2CFNGaXsvGoVpblZUiI4PmNVBBq0XAHf404pDxxFb6iDI7sY/72lodzuaTrG'
    'VIxz2ODpIXXlL8MR5Ns8LtIIu2PUNfh6nB5NGE2q71/U+7qIHRKZlWx9dWxdRphs5Kl6f45xdVKjChtrlT7uM2SOPJ/97gTX8oPQ'
    'TxRYCuqH5+e5tUL98PkUYM90+0kSJy40nONoxDmurPd1Bt3MPozD/R6D+aE+cm69r2vqEeqc8Tr77sRoi8/7l3X+vHs0z1OTsbp+'
    'zqqxjhu29U8x2uJ06D42b1N+IGxdPyAZ6/MR23ozGSunzV2Kup2a9pdFO0eN9lWx+8L4M7f9V5G1iNI+ynOLuRbJWHsVdaPwDBeA'
    'XPbkOl+nuisivpv22RCzT9N4xG6fv6r1+5yKc7go56z14UB2/prQgkditMXx654E2kJc+lCtB5+m55Vu+2+sLdc9x/WpHI4AszdW'
    'aBymcLwJ4FgXRvcqzniTPpcS3NnD5jCueYaarnem1qd7QX26762O+Zx+UVPO48li8nI7CR09xxbma4G2TpdkfD/nqe57C/R9b42v'
    'q+c+DGMGcBVW1u3rvZK+jnPM+xrS6OvmmnJbjCB+ltsZFvWcpI2wc7ugoFdXG7QhO/uLdk41vk2I6m46YkhvinpOSbvPJ9DuMaTd'
    'XoXPw2AEPi0taVfF+5jg/n9W++1y/3MdHmpE4Qv5DGl3p0LGHUWG8KhGu1H41E9V+7Bq0i7lTz+kMbbdEWDqNkm7Y0JfN9+v8Dka'
    'JHMeUth0D4XwYtdHaIPzYJdotDEW0sbZkjZ2Gc7lZEkbo4ZzOUbSxpjmXBDGq2G/4/I1nI/4r5wfg68jE257eDrxlwyzDzOxefh2'
    'rnx+MnuKtYoYrCpe4gsJt4t8widy5XymzA5ufYJ80VunsE+c586cT2cuUMQQlcEJt18/m83lqoTbxfFuyvl2gg6zA8S/G5n/bIb4'
    'u7htrCJtoA3WMnivgHdbSBuLcr5tG+cjhwx5uyL+S9obNuBJuM31b6rK2xsJ8dWR+TqhvuSQpL2xiPyz297XSXs69um8L26D+VCV'
    'b99ncpYX/ZwkdZ9T8G/8/PhQlR+fQEfPaHL3RlnyG8ha9SvWo9+Arxwg8+1XnFcFCUy7dW4gYxmI6QvutvfnZCwDCngdV6zL2VXl'
    '9qBcrjLA5jeO8v8q319hqs/FYp4DMnakdedkymM5y2jr/2TN6yL9/GXW378wu2ydM+tfE2oPx3eQtLdFYT8eFH+Bj++BhNrD8f11'
    '1rfjWdooP4dUZ8YdpC73wVzB6h5P/DiKcU6zvo1up4SX1I37OShpZzhCO9sk7eyO0M6fZ3175UIAraU0Y6Okzl5Gz15i/XSQOjuF'
    'PC5MH+vnBDJHWR1dGtcc0Pegou9MQN+DBn3/V8aPrRAlXrSMJ0Dbun/L+GPUPftkcqevZvz14WdAQXIWuHW+GFBnRNHPpw3q9EGd'
    'v9Wow+/Y79eoM8726W0adX7K6ryO7O2AoR97mDyxh7QdBm9hPB+XE72SzHW7I78f81hCLh1GOr4hU06jTe+jKzO+L0BnwN29KP8P'
    'KPtHVnZ+xs9NXyB4p5NvzK1fRfoKklG6Zf+Y9ssGyZ6K+r+0Py5TeVKR/49YH/f824r6OrSjqP+TzJXTb5TJPRhQdlDi59wUkc4W'
    '+X/Sl4qXxnHdQfoaiCAPvpX0xfGdxysdVfSla6/YE9AX94W+LqDsXjaHSyVln1PQ+PNJ2SFFbAS8n66D+UaxjUI/5zrmQ3ypgv9e'
    'rFEW+cWWgLIbWbs5jbLY7ksp/+yNSg+Lfk6pcj+nJHRxRf1/qtzWvYvRsH+WlOF3zkcDyuD+PRRQZgzPf0mZYTaev5OUGWO+hB+R'
    'lOG0+X2SMlT355a5nZSRyXGL+n9SpkdxD94bUAZxaTjl2ROb2D8V4xxI2n6elbmOtK175rn1XkHaLijo83mSMnvZ2XQWKSPTORb5'
    '/4AyeEaeRMrI9HjFOMdkrrpyq+KdT9L2CCuTI2VkerlinBPHL7NTwV/9VlJmjK3ZLwLKYDs/dvy56t4dinFOJPX2aMDDE6Se7n3C'
    'rfd5x7fniWPbVMR/si79KvwPKIP06H2kjExOVsR/Ml9dfsCtd0tA2zvx/A8ogzRqV0AZ5Fm6JGMsaIzxKknbz7H+X+GU2mHF2bd1'
    'pD+ZTRf6OdcE8BNFv5GAMqPEz7kmQO9YtP+VlBllZeokZTgcpUgZmc+EW+a/wVfEhPdx6/1fw3o4pn8X3r7FtXcqnv+aY+C89BeJ'
    'H51M9lu0/ydl9ih4zLtJGdldtBjnRPg4oCsrLtr/kLZlctpinDPJ/MP0l8U8J6RtGQ+ah3WsCeAn80AvahR85FlQpjOgDM7j2oAy'
    'yLNuIeuoKyvOg2/svAT1osX7v2Tdw/je4vlP5qCr10SZb6OhHJr7fVYR/64m8LN1DHwg6e+15HfqZ4Zt5ACvTNreBu2miz8GPyln'
    'dj/FhfmYEMSF2N1Zof+0Ht4TdQm9vckDLbvR7pN8n0ScfRKh+0TxmONb2tCv0+6fZP/2i81syauFSG4Ldfcm7t62Qn0Hfm+AevNI'
    'WRdA18N74UQpXFQFfI8Lc9j2Pnhvm5jatUliDKY+16kIYww7X9PkfD3GYOw4bxOaf2yEPj5n2Aenazkom4Z/tI6snaB9VfUr41eC'
    'xtwYAIdx67vzPYfwZs3wXggw5ZbbAOvkwHdHMTd37hs1542wif0uAJkR5d8uFH78HRketcN7K8ORZkaD6oEG1YjDQIymM9LHIXPR'
    'bE+EtUfHvQLe1zP6LDTg1fU7WQx1Gti4qmFcaLe4gsxDNi/dPhFHWqBMDYH9LPQnDgjx8WfC4bSKwF0LOzPSkjMjT+iRO/btbGx/'
    '5eqrpXxF6qh+EPb+5KHS4Wdi4tZbcc/Jc46I8LQS2oIwpLt3QffBBQDj9NsqoRdvKs6YWoRePCX3+1wy/hzIKlT40AoyJAdoWQPo'
    'ImqxzSOIXzUAwbTZHWYibXxxIfts+uQlNLpoFw1nH93LTpC34V42AQzMEX7Mt8NnwWZvHhzvhIKmqmDMkZyPn2PnY7XirM174Hc4'
    'dki3wt95r4G9W6+Q571+j/Bjfd0Fv70LfnPLPbUM7IOEH8esnYwLz8OifQDgPY33tgbeZ4nyWHanwbuDramMj5X9ZuUKITg5HCoa'
    'CHjCr7Cct1DhQkbCO5wBe98F772G9yhVuQZSbgH8QxYv6fbxvNnkeHFvkadLEV6omtEg978Pue1q9sfvdyW0KoA/QFrXzdq9weJI'
    'CY7sv1HEeVJhGNTI4PEWwivbfT869r0F9r6D/NYcoFdZmYBepRX6FaAzaiB3s2K9y9RnAx9/cwT+uprx18fDGhxD2uX8CH0PS2QH'
    'QTpah8geW+C/TyVvGt+X6mPpG+8wQfJy2T0Y+adFp3l1tzJeyX2/9GQpr3QFKVM9UVqmZgLirwsvRqD722XwviohXVyGnPCq8w19'
    'fDDnxxbJ20RWN4+0tSRT/o4i99OVg4TJr5oN22sm7xTAwTCsXz/gYVaL1k5eszKznA9dySmMmR6yPgYtlj3p+s3ZRyYvNJsJH/t2'
    'oE+4106AHBTjPKtwiMPqCMCGTtsUB9IBMn0qj1xN7mFCc1xZoC+m+otGVi4JeVGUOOJR7pXYTwr+qdaWxnSn9ZsN+bZm+F2l92mG'
    '38Ni7qpk+46kPceAhlEYOhHeVRNmdBDPaLoWVYSHQNkf5YGbSbsIB6bttBAYaoX7VQrqnGRlyVJZsuzeICGjkWR4QXrMdIXhuEgP'
    'rgUbp20eHQiSrXG8y8P3WoYTK5n+RceOopJzbH2H987un71zvO/22T9HzG9y5xPTM8fsFMwR87C89PDMmPNU7GsG8sl8++DMmiPN'
    'B9LF7JjrJHbMfcxGmvI/JvwaH199wPiWCHncMMyV0ibkubto/FKdPG7Uv+QNAf12VrDfbuBfue047Y/nqytI/KuwvG5uVW6nroqr'
    'H+RDjb4TpwF/Tdfi2ZB2TMe7Q5TnuZD5iujEQH6B7YEKpnXwfL0EtmsNYVsnVqIu/FEYQ98D165+WQL96voFhfnHXCj8OEU8xvHO'
    'hObs3g9O0YTlsHXoqvB6JA1/dQHwd4rQ92kbUdAj6osaNfdnmM/W7SCrbQcdGc/pPJPHvo2MvfMIG/sqAiO7hTyGnGrMUz3WpPEm'
    'C7gjw5t5IjyHr4w2DAl5nM7lwixWe8GwfarfCCsrW8cqxXrp2IPmGP1RybxkdsdBsjgch67srhjTafLfxaROBv4FyVLRVmgV4DGX'
    'genKbFMzoJ8gWWuUXH5UN1IL9TMh9qPNhjKhhQG28bWSu0vUO0he0a/bx8eInTS9gz33gL+GpjoiweTWmNP0K1+F+Bzk251wf/z6'
    'Q+W5I1+8x3t/4HNwH/x+fHpoYkfcCn87YDvZQGgkttUkkaOrbOMcAqPWdqtcZ3b8FeKdQPrbtA2y/Od4HXkt14em2J7kiNzdxfGm'
    'yZE0t/nfdXU/vJ806SfIZoraCFMbTq6jCdLPy2BrtsOPjr9hkP1QsLLVXd1wu/JuRlOs/dH02p0hD50x1Lfy/MZ4t0E5yrGOOgcy'
    'lmlxfFpCcyBjDAr+DWNhZBx17mSMI/NHoS6Dsqr/EuV9vEb4MShU+aefk3zDsf27pE2Mo/M0GVOXkOf0/oYoz0ONczro8geWdlna'
    'ZWmXto15CvZIxlfUMr5CXDq5tx/1/ntzx+R/d4TzrCm0j5C035RQ+xnWvvKuBe2HtZmV3Ml3EtvLBqB18wx8mWY5fKdhqS4zdoYo'
    'fYL8Ljbr8Obumf1xUe4DLjTObLRH3SR8nyj8bQnYli4gvz0s/Lso/ra+rVSmRG2EeuE9Cu+zI9pkWng8cuCxxXBfX8PkWT12T/me'
    'bp7uPdXdT5Pz5TVAB+qF9ZNV+cm6/KvaDk/9JOUnO51yX4QNKp+xPtdHrs91IvwsgyFdP1KTNuPI7KntWjF/ALnff/4p713/Xd/2'
    'yy1zAeGb2h6FOIBPyNs7i5RdfMBvR1Z2NSl7M7R3xnfkZU8gZffdD3nGHi23VcuT+0yx7DfBdg90DU+C/uMTYNP30FPl+okHYQyH'
    'HittN6p+YgHYGAnmZ6PyQWgCHTbq1lZL7pJNcDCa2pqb2KivZmNOG/JOumdtE+GZdeTw1JduCdFv8XgzdM4rhJkPoo6vc5DOgc4p'
    'SlvcL+81bN25zjTP4G0Z+buScRd0YaGF3ecwPkOTKI/PQHFRFZ/B9H6Wg/XS1aPn4W9u99oosV3Ng15/ncEeTcWe6MYG0FmLIDvd'
    'LIP7rZL1DvMBo/uuindCx4Exq0zOV11d8glMR4zlc6I8fuAJDO/aSJ3mKey7OcLdVrV2uYhr587/LZL5U7/SOD5v3GctzH7GZN1H'
    'bzCTCejaruj2X91rts7Hsb3PCHk8umqNuI4qX0yM2VYz4a9/1hDGKFxaePP3+4L7pxfevnfw6IU3bCMHlUzhzm3zTeTOX0XOPVwL'
    'bK8L6lTDWX49kQlbf85UCu/jk2v0olqjGd+fk+7T9aLUx9zEx1gWW8I8ToIrOZ29gRLgktcUQQ6sJRCWPWnYmM06AmOg8xel/Nzl'
    'Ww3p5/XQxstS/j2GtpEW4XE/3BxJi9g9h9tn3yT08wOOSPyr6J2pLuXFtKtUrBpZnJpfOvpxatwcSaNWx6LSscSIfxeKE6Ftm94p'
    '3P0ccnyb2tWSd5Q2X+14OKtzZucVbbx88oe1pA0Z7uwQ5n6FfcTHAXFalw+S+RMG+VNweYibI2mpUMfCPlXxTeXbYNqOO4YXgE4t'
    'ADoi45frrZ10kD1YJfWoRvuP8dFeL7xY8mijjHaU1HdohyjNhdVF5LAcr3g+14LQz6N6CfgdyXIK8nNsr9D30ZXllNPB+Tx8nyPK'
    '82DK/J/7hDyHGebmnCvK8zPuYL5O1Me9R5TnMosiG6W0USXnq4l4R3fh5Q3wrifj5H496M/sSOY5JOT5LE19f3LCz3s9IPR9t2Uw'
    'S3Vdsr0dE6U+5qsl+8bzAy4X5bxSQZTnAs0LPy60zD+O+8hj/nXqU7dXyP0ARyKubVDO2XtSXjxlWS7ObjIOk75ofk0ZLHUK83hc'
    'ScAGzvncANgYYfj6Mgls/CcrswrGp8sfcJo2yNo7RoTnopTRuzoJ/f81mzvVi6xOeZd2ug7PRtzrgRm61xca7PXZwix38FTu/88j'
    '7v9gwP7fO1n3Axrz7Gdn5l5R7o+dJH0oTBPM4NlxOaHffQoeifs5X0DgbGfIeeOeTcdGhBfdueG4lgjfv5yeRXFiSqB8XpaTmcLX'
    'fMeLd8n9/XEtTGCmYDh3WnaA+OlMJ09ygSadGJXgCY/JkwedCI+pxHMvn0RgeY+Q5/vlcZh0+JdOUZrfoUEC/52s/REJjLg5IG6H'
    'tcZ7CeZVXUfyh7rv8zXznmLZYs52Qksvyshz2/J8qMWczfBNN18tjvGSjH+WIOxsVORPDWrvbJLHFvexha3P2kx4XlfMwXphpjQ2'
    'MubvDco1GzTWqHzoRpYz90zFnuj0F1WH7sS4L90YQT4y2+UlReFIE5do6KuDdAIr4x08iVxgScGRiKEb38zgivtojpL7B34bI+dZ'
    'HuR9aLN1CH47mZQ/RM4YtNNsYP2gPLSf/Y515pM+9onSmIJov4gxBfG3OeDTQ23KVopyHzuT9boygs69POcSbJ0TLEdPypYAc0Ch'
    'XaVkPCLIRt+0r1oiaKR2WhjfIIqPjW7MaJO9bCV2lO76NHX49wCUt7u43tzh/93cYWbPqBp3dcRxU3vttWLqck/RnHaVKE9zRSYV'
    '97wK/unYLDYTuHiHwibgKkKrqA2RyZqsNyi/gOmnTOu3EPukBQDLsnmtJrTRxC7HlHaeLrEPorT51eSusJyN8RRmp667BrpxvsJg'
    'k8IJ2hu1iPA4T6Z4TelPFbHhlMXo1fFnSongmL9pQ9peRcrRscWl46kYdPy1inXsJHO2MfKnJ0a+Caw6hGZx28wPXu69j9vj29Lg'
    'txeu9t4Xj5SfEWePee9vXSa32+R+EEiX3Dp/7PDtCCo9llxEW0YTX1VdfFpEyjUzm31KAy6DM+V6ZvMUxQ5TRqe3EhhCWtsjynN7'
    'te1Sm7DIfKJWMxhrYvKi4RB5MJVr3UhkX8NMNoVlriGyn14N+d0O4efDUun6upg+fRMZRxeTmWGZtTCOMLnfbonsronJ0nYbzGMB'
    'kf2OataTrf8Ooc5RswDkSTI8PicEJhtYvWwATF6f0HnnJMAn6PBoMh5ytSGPZ+rLSH0Xm5iNIM/rWDxc2tXnB93fZnauqOwPOUw5'
    'BC+SoK31CdzdGgz2wNTWISqfmBO+7edoiM2CyqfMxCY0D7arKyLY0Q1L1kJHjxVljBcrxkjH0S+501C7DZR3h9E+Hf06v4vQu7PM'
    'Z3BAosPnNiBR1iVOnjDKU/F95Lq9UYXuGPmmKHlDGxQ2TPMTwO2FAfYrFGZU8f6HNGDALXeiRM+no0MPKzMeY1ycBlH9PIfLIWKv'
    'FBcvZLZ0nRL7Cr7fzQnsd7NifoOKfe5mOsu1RM+pir3ezey02okeLop+vp/I1eeK0vjrq2K0l8QZdJFQ5+fBfaa0Ni/K4/EHnWGo'
    '/11B5r5H6PtTy+xSuU5TdU5wmx9VWzIa/wuwv1HJ1G0e7JkXh/Z1RC6I557JeWX3eebvM/IhLQnwRdWML+L2LauJLEHnDo62fG3C'
    'z8vUpbCfi3qOyHKijErWosZgLRaA7oeuTS3UbyY2UQ1Qj8Z04TFxakWwv3SYrUgUW7Fm4Ke5ncBUxfBBmQv1e68XZrF9VrH5NAjz'
    'uIhhOZCj3sFzMfk25KlyhI+S+Ubq8AIYT2p+gL0lP+vD7qp7RWXy/yShd67XXB+MxUrvQ7L7wJiET6fldPqJyneq8i88IryY5/a8'
    'nZl81b3E7orKG3XtaYft3h+x8dFXCXV+hROFOvfBcSI8v8J8YpsmKyPLjVAj1DkdOC+YhPy5NgEaXiPUPpLUxlHXRrxTctYFyYMW'
    'gI0Hv//L7M11ZFYDwvze3sPkCbg/7tiWSnRJujxBr8FYOiV8NNVByWRA3Zp8RJgMl8JUQwIwdbLmfUF3jcL2nfII3GewSyFXeTvY'
    '4tMyMnjjMM35Ec6nJDnvQU0Zre7a/FSU+4dyXXIScuMR4g+yWpT7r8rka259bE8w+OZ8YBdrc5dGW4MaZcZj8tpBNmZx4wYlEa9Q'
    'Rvdl+b+LORFS6jJ4xtaQMrsV7biLmZOUcb/9t+PbEwwI/Zg12PbzEetj///i+He1sDzourm+3Xb/KaDdQox273F82c1uMXV52+8I'
    '6Hekgv3eRPpNql2en1gGs1c6fp76fnFk5qk/nsxh9Aidw69BbqA7Vl294G4FT/B9Yp9ksjZBbT5CdEEFxVo9L6FvMn/Ne4QXN5j7'
    'UevqfLs15cR0XlwW1i/hRcPaVPlq9jC8GyOy6anod4jY5S2Zhvm6vgxnauqMCwY8IZ3fVO/lUELyyiT5pboE+KUlijOjV5Ofl+lG'
    'BkWw3/M4yKNkeuNRxZ52Se49U0XDTei7Ds2isQnoWo8p2utR0DDd9V5CzpvdhjqAKP3N9HtGVQJ40yTBG11d5VuI3TPfj52s7OsU'
    'OGp63gXxmfSsRp/X60GeGDZGGc8fplcNuw9smqZzq22azumZdKYkjRumd9ffEZulQ5J7jWl7/4e015lAe98k89st9OK8UL75HwPm'
    'F6W9u8G/J8p8aN/Ps7OoU8EXBNnYIm1rT2j/KjG+G4i+toe13a3Qb+82sJ3DfbmA0JJDCvlqJfo9McBGrzeEv+B3vDnE9jNsrDp2'
    'fqjbPF6iF5HxGWMx+LKg9Yqiq6oErT0mAVq7zlA/xO2hTGI9YT+0jV0GuN1N6qj2m/pVvUp4cTkojHJbCsqDUv1SKub4qI1agcnv'
    'sgA/Mv2nzryoL8MeBb0aFHrxkHXsyoP0lDT2bTuU4/7r7Qqaq5IhdrK1Hw/wD9AZv4yW4V6cQ/jUcU26odt3kF8J5xencs7cdpru'
    '4Qayh5X2SagE79ggzOIFX0H4qW62bs9HsHPbJLELMI2X7Laz0lBf3G8Iuyq5qsmdpBL2d9MBA/sS2rOdxMZx2OC8GBXBMSuvOkJg'
    '4WRik6Fje835xiGJrWivYnx0b3XWOQ6sUt+bLIFdt83zA+hHFDvZU8mZ2cVsXTEXQhAfHceWtimi7TznYTDOfSXkzTo2V32Kewri'
    '0+mERoyK4Fjho+RelIQ/2VzSzrDB/WwwxG7MvRflnFJ79pThfcPmkmC5JPYfNrMEN/39RoabYQlhTOA/kyD8740A//0Jwf+rE4L/'
    'i4mcYocI9ifuCuBh0b90vmQ9dG0UVbILek/rN5jjrgjnh4q3n0l2tUFwi/5Kurl6uc3KmCiN5ULXfkxhEyPDnW4DmOzSvCNT/qGG'
    'wSz3uW0Rar9+GuOC2znsMTyL54rk/PhHQ+w9dfhOma4jD+9Vkm9h7Y8L83xQI5q4H6Z/OgPu9VPd73xhFrc8bO114LmV0Szuvz1O'
    'eEwTW3nkhRsYDu9zSu1l97A6xxOasIfZ1iY5xjGmyyyEyPMWiNL4IdRmflxh274AcIzWqRLlcVXC6BTO+wVRmjMQ+6M+flMp72lM'
    'gAbNxBgfaceTzevewaP08XPGJ+jCbUGBx/Niyom5TV4zubOGxXboFOoYGWlRHtMC1zUn/HWuxL7nAUbrNfdQFZfCzdt0C6OxLxjY'
    'ZXL5+JBB3UHNOmHzM+lTFV+m20BvNBKhXxvn5+ihsW+bAhrr5l69OiaNjUtTdWSwPIahTCcui49J74ZThUfFvFmT37ZEWNdOIY9v'
    'NJfRnWeFmS8ZHRu9Y8nWTEbjp3Lt/ll4cU+PRJis0oTJnAImdc/gNwg/V6Lu+RdkQ2xyBu1VnL9jEfbMtH/d+enaHs6mc5fGDjp2'
    'Cs5hzM/VGmJ31i/kOXg7DedaIyrjs9xe4T0eF3p6Jg4H7vx7DXiAqH1c6vh3/Jti4PJQgvS3Eue+7G51bAX3POk71nNEFjOoaQer'
    'umPp1jE5W0Y15co696hRhW3dyBTR5Tg469a9OaF9CvLJGRfBvp2mPjemsmRO18dFdHt/lZ/qTNzfoHgmTRJ+UGfNk5ZR8nMyL5KL'
    'casjp6brhrYXfwY6K5PzJKysTEYt6/tE4gMw1TJz2XiCYGih5LxLWh6eniZ5eFsCcJiTnPt5sFdaJ8rj/kbVN9E9aVDsSRjvkaS8'
    'OYjvzxjcIQuwhmifXQ/6U9OY87T/qim+d7h5Ya5TnI/c55LrkfvZ370iudjjuvRKZpOvcyeaKhmrLMa+7J6pyvHeI8pj+A8F+L3U'
    'sPZroV7cu8SA0Lcp5TEo8kQ3OyTU8chVc6pjc6onbbhzO2EGwC23RR1R2BnpwBTPeUTXoqFCcnvVWfD+WX4WXA/28yr72KDxZkLG'
    'm63AeNeArUPS+6GaRyXPXXdNvxAi95XRwyD6KdtD5GnaNPY56p2tW6jjIlL5XqXa1zkDWmPICsJo3wWE9u0Wcj+zHsn5FdbuaoKf'
    'uvDO/U2TuNNHOevrFDoKPMNyxIZel990+/iA8GMs6dYLG/ebhFmM0iGFvfBNYGcRp52wsV4r8dvpD7Drdeu8QqL7C6oTNoYzwRY4'
    'jEaF0ZtK4KOpLqyg4DOmyw6hJQF+ptHANnsnzL8QwAfdIPw4nD0SeR2Xuc0U/obGD+UyQ91xTwefE3RHr2I2xb0KG/4RBQ4EyXm4'
    '/+vFEr1cEv2Mkv1pDaFLKj+7IP5hUHInSaL90ZA77VTTiuYpphXITz4tPP9nXZ+LgubeVZp+6NrUcXz8kPBjYVZivlNx/3DLnCXK'
    '41Sb2t5PBb2Muk+U3ic1x+m6G54WcjccC+G7kpx/FB5NxftXEztqVdzToHgdPQpafzOxox4U8pg544q6r0lwPHhGXEX49LDxYJ2L'
    'NP1SCprzOt0A14LGtVRT5zZsgLvdATJQlZ9ezTSetU4CZy3qO+4SfuwKzO/71DI/RzrOs53M0/17hSiPM8nXYFgEx8kP8hWkOZjR'
    'H05GnypxZzkJ+t6Q8d6vyJTu9bpM6TzOhe9vWuTP4xxWZhOUeSMpcza0fwm8z4T3+fBem/HHkQcb2U0ivO8OqHcWjKEayp4HZW9b'
    '5L3fvKj8njqVc9MZmzvvj4N+zK33Ss16QeMzWZOjba3de9aF0O7GTOkcL84cvesSZN8wR3E/uCBTvhZ0XJSu0HuDzE4+7vmCuj+M'
    'QbuerQX+vS4j141zOptOSNfljvXLHd77vg6v78WEV/sUfDsI78/C++cd8tjBL3X4ObXqyPmF9V+C9w874sWXaSBrvh7eCyfk53Uq'
    'wbX64OXe+7g9vh0mfjt7zHt/6zLvGz3nX7g6/nxNYo3M8geXcZmI/oSFGkk8zpYLB1d2lcKu2O69b3+/Gi4wnqUstiX1R0U4vK/g'
    'vf/4fg/mlkm+3bDfx3VuczEsSuNCzCV4/LdbvfeZXd77/42X4zqWeRkro8phjJuhmmOUmC8435/0eu+6PX68JvyW/UtYp9vLc+7d'
    '/37vvf92PXqcSZDG7IJ1+1a375/Pvzk3e9+OJeuO38Sl/t80PkbxDO8ubZvuG37D+m/qVtMsjH04V5TGr+SwWHUFnCOXgh8b6a8O'
    '9uZrV3rv6mvK9+gVMKf1veV7hN+271TDF46zloyzagr2kJ8FNQFniEzm0yjBcUo33gPn6GBH6ZxbFHjwLKzVSdeVj+f2t8O7Y+p5'
    'jx9823u/eE95Ps1PwLevH4Syn/VjdqAt1Og3vfcl3/Hehw547wOfL4fvExR9TgUPEjWOWxPImzG3tqzv1UQmwGmmTq5iTnMXErxx'
    '66YkZevJmXbaDB/f6VM8vqTyisv46w2GMCqjJfx+fhe8n1pWigemedlvAlxCuWU/0N3iXjmpI+ZJ6z8Z3TbdJdi82VuvP01M5OQc'
    '5+G0xftNmdmJCE9ewu+axvekeHQinvkTaj4vDIY6Cc6dVHbnSR3VT3GhKghDlM6sZnxEjUIOgrlr5hMdBy3TRPRwu5jumNpy7wqw'
    'e87GpJmbDGFbxR86Mc7wTay86ryiNLpVcc41h4wzHeO8UZ2R7fDeGpFWcL7vwCPe+ytf9e8F+O3OJ4Dve8i/vyAP5/Js7vsDn/Pe'
    'G79fzs9++BtQ5uvJ8XcbCZ8nElzzBjLuVYBHc9omz9C20nZ0+JAa0F1WAw5VA+1s8sQM0nFnYsBKZ4LyqdRsjIX7Bu9aK6ISYo0i'
    'JnzgeyT8miN8P3LLr7GzVkykZwu/1kD0LEjLTmXldNvCOIuXkt+orFvc69vgqOj9CnKHd8u7788pyi4h7cx7svR+v4B8+xnQ/QNP'
    'lMuRHJAhPPpI+Xnx0He993e+WnpemJzvGw3Xr5XIpFD2mQX6Lw4I8fFnSnH3VnLOTJnOIDULaXITx8RIbLL3tJX/ZHJ+6u5/S0xe'
    'q+Nen6/Kg/0S8lOff8p71wMOfPugV2aQ4Gfbo6CXfULeXjcpu/iA346s7LWk7M3Q3hnfkZd9JSnb+pj3fvAxednzSNl993vvZTDu'
    'zBOlczuT2PXvA/nhS8BPPvkAyB6hn4ee8vN04Jo9iLLGx0rbXUrGkAE6te5h+Xjnk/bEZ+RlGkh7lEbJ5hQn/2sToxl1pO7kj4E8'
    'jCkPcppEhtAKPCnlcXFtToG1WgX3yGomz2qCKzHeXWgbVaQ88tf8jqtTbzUbs2ls+NA1ThWn0JbEGlu+XOMMCFnvwCeVLF+etC6q'
    'FWxQ6P73wP5n7P6nyd0q2r0s7GKW8L1Ndp4XQG9652A5f/yWLaXfKH98znjpN8of/wF0khmJfhC/veot8eUpcWBxlpmwpJkdSpNI'
    'niCF2rjEya1K5ZOtRL9uaZAGDUqpbhAJHEL2jLJn1DSdUXhfOeFdYFsFtkTzb/Xe774D4oSTsgfeWVr2Z7eAfArK9pCzCNt128O4'
    'JTnWjlvf/XY1+cb730LlRqy/i8m3pX3e+7+3et/OlXxr2ObH1sBvfwM2cOv6fP8b/PY8+7aS2g1dWjq/5ZJvOL8lkv6W9pWf+8+z'
    'b/Tc/85usNW7ovzc/zF8+5+32XM/8XN/fwXP/f323LfnfuXO/WyMc/9IkfNMV96/I3GNHJGcrDtJOfd2DTn31QZy7lcYyLk3G8i5'
    '1xrIuU82kHMfZyCPnqshj67TkIFH5RGStmXRtYdoJfXyxB5jHmkTdaVUjr0I/jtNvleyzyRykeZEPBsVPr6Vkvm0s/JYjtvOyPqi'
    'OI02RzoxNniMq2XgM6Ebf8M0f2lYmRdEPFzAtTLRq7QobDMzBAY577aE+W6gXkMFP9VHEPws0oSfOPndEN5ozhJTeKPxDni8ibFZ'
    'CkdVRxAcNRrQIYyRQWNN0fxb7t/PR6A5o7MUDo6k82ie0M+XFxbfn8eC3iPkuYXDYgMd6fufirH/Jjrt1CyXKBUX5mOHr/hN5nZN'
    'raECI9VeJCUXCLRZ0BJ5p4R96PMI3dLNScqFrI2JBj6KOLbf4QqauLISAX4U7Q+Vy/1/9bhfJs65I/MHR5nCAYkd7iixvQuLF2Dh'
    'MzZ8xrCBSiUKn5H0BLP3UE/r2m6YPZuN7EKSlMPZszz23hmd5UE8uWB3oW1g/9x/j9l94n3ga+HK71EXjW1e8HXv3XR/vDbp2dAP'
    '59Xjn9GLQ2h50SMXfk15UZXPalNHfJ/Vos/p7tJ2Xwv2kD9gMZt0YjGtFOpYTNTWg8cmorYePDYRtfV4K7R5aLzc1uOTEAPmyjvL'
    '8WvNtd67cVt83ku1H82wH9dH5BF0Y61Uwv+5esLXSSTBf/MYQHQveOygqPz3AjYfmuv42xDr6X9tiebTYOPRSeLR7Y/Bs+0358lS'
    'MxjO0Rf0TxD38ATy2/xrymmaW859XzRSTtPc8vQbpWkX9Hjvm7aX49HiQuk3G3vxyIX1ODTd2qTNTlvjLOF5MPea6nzdSL7dy2jG'
    'y8i3pyEW4WUQb/BU8u1rrwG+ssvPL8BtiA/+pe8LirYyLn/nvl/Z4cctzBM6zPst8n0dpXOjvqDI42GZsHiCls7FonPLYtC50LpJ'
    '2eHSOJyW5h0ddrhx+D8eI6tdQl9rRGleE5r7BfOs8NjBO0Rp7OAhUgZjfA2ydnaQMgXWF+b1vF6o4xRjO1fB+oTp6XtYvQuZnYdO'
    'DjC33jrhxy/rZPNeQ8bLc+RgjLN2UZ4nmdr+yPKc6uQKxdjtYXYlPF9Np1DHoz2Z8GHUb19XtneqIXzWi1K74pwItn3md1gO3yvE'
    '9Nu+q3CuVfj5rOcKP1YPt7umNi5OBddfRgOGFXB+qQTnZLDGc6FvJji3S8hz1fN23HqnCT/P+bAoz2eua6MzyuyyeN6qPYY2PKPM'
    'hm9Q+LFxi7bfATY8lYLVqPZVCJu65XPAX8viQw6yde5X2MV1C3luep6jsUvI8+Xi93ENWByS7DkdS48GHP5Lxos5I6Pdw4ox6uRW'
    'pjnvdfN/cxsyHXvCqOPoIjZu7jr8VcbDZTrGHkObSdP96iSwQcc2FfvA53/N5PzPZuPidrzdEXFgUMI36Ninc/7BZH05HlD7w0Vk'
    'riZrTdeG544dUMC5rt1/UrDD5/ps2s/zKYt5K8vDFARHOxTrM8DG9VN4/1bo2ZMHzeG+gDkMVnAOOvvygibM3Zr2eBcK2wUDfOC5'
    'BU35aRkMj7L3mIRmuGO/LO3xzdMFQz8WpXGYVWt8YtrTPdJ14ufNoKKtpM7tUfLdHZN7Sz9LqPNwxsm5qqJ3OxRjG2TrGsan6vqN'
    'PJnyYXuP0M8V2zcDzr0Ppry7GMKfzthpewOK/TfBbRUt3y3ZZ3fM/SnPN0xGS3g+2y4RLfewbK6q8Vyc8nw0dfhm0/O2EILzK0jf'
    'fRXmyTlu16a8O85MPneedfw8pHztdXiTXqGXF5DvnQ7cfMHx8nZVkg/j6/ERRw2LPZJ9SHo/bnG8XFdx5rxTEze6nOmlrec5nm5c'
    'xTfgOML665fsU1C/y0i/BcM7nOz+x3kF2dq5/VY5nr4sSr9JrflPQM5ZCVr7TeH7o2Ld5w1pCdYJy8Xu9veA8NdzuuQC7yZzNh2D'
    '7EwdDOnP5cEXRoAhU17ZtSU8zpDvSYK/cPveIPzc9EnQfcwxvjACTI4awiTNfRskJ6EyUsw7TuOSPEnsleYR/ckKiQx1OmX9GBel'
    'XsTPa1mMTw3xO9530Kwe9amJux5R/bbRBjcD+yuY3NutOxd0fFzXXUvayYjSXAWq+hhrg8bTceteJvwYHVSX5JZ/vZDH07leTF8M'
    'E1w37o8ehpsDTA6Rdjy9mG49Fa34NdF3DLO7w5CC13+O4KgOz9KtkK2MSM7UYwzOq36DstjHg4Rm7QiZ591Eb9JlwJuhfvtDws+b'
    'F3WP6B3hLQm1h/m9RoTPG64j+dzDcsCvgbKbWS72l5Ec8DTX/TryO+r0kY+4IKQ/nVzyQfWpTl9mh70mwL7sZKHOdXICsQUbhRhN'
    'L0Icpke+6scQUdnCzgmwha2X2NrmJLa2XO+YFG1L0gZlK/nv5nv8fK6ystfPAB3pVlKexjaTnV267VL4vBnez0TkP8LGlBQMVMXk'
    'k2TlaiPySZ8Bm8hn4f0CvJ/siMa/JTWu310af51rEuBHdeYTFs8vSC4xIDmP8LzkfgdBcvIkcLtuBq3Xrgjrxe9RnA5ivenMbUnX'
    'IB1AaxYQ3t8htkxYPx1Sv2WazyqdOQbllJ6uc0qmx+L6Sh05bYHcxys5tnEDuUivxtjmJzA2KhOid7GFGnYbuneOMYXc5CToU2bD'
    'wOUnvYo25sNdgI5V5z7UrWhPZsOGduiXiVJ/c/SHnROyVt0K+RW31aVz4foGE12dzNY1zebSTuYiG+MQoe06+BN23iURP5jKFjsl'
    '+6h7ZvGY/lR/MiaBN3ctj5fYM6j03zL9xCBrd5fC3nuQyH6D7JZN46MlJbfh8mndNU9K/hi1f5tvXZYD1nsqlW+9FfCT7s0Nwsa2'
    'o7GK9t8o4jyB3jhc5uvyqU8xXwdhccjikMUhbRxqFqV5on/t+GcW8oTNgD85kOObnNUrDcqjTHex4X1dZm+vW9/t89gI8zrRcF6U'
    '38la2mNpj6U90vO7yp7fFocsDhmd3zk4v6PEhuKy3mail13JZCwbmLyoRgTHDI8jF5lJOgvuYxmma0jKpqkhgfWLYsMYZS1ldmVB'
    '9iaV3CuZfCgTYy3D1sxUTtdK9tstn2K8uAoeGmPMYUhio4N75tKA5ZJxRrUtHorpF0LvJKb+XoMKO/cRxTx4m3HhLGrenbB59inm'
    'U1DoO+ZJ/JCi+kHRGG8yH4cm4ccH2K255zIZsEovVF+BNTW1tdoVUR7P/SFHFL5MOnoJKnM3uR9HiZewnuhuovhyct2Ne19elrAf'
    'UdT91YlJXFMhPB6W4FBYnaEAX55K6FJHQ3SpTQa4TmEO4aouBBfQzvJU4fstJqm35T4gQeMwwUmV7V6bhBbLaHeK6fB2sHFTn748'
    '1FsimYPOmUnHNUT6CxuvTA9L55Ah9xHds5vDN/qJ8Nxcpj5c3RLdpUwWx3GnOQbu7CF9yWIJn8RgvJmcoW2sjSHF/veEwBrCEtbR'
    'tUXfxdYJc4jSsezWhIUgOpJhcN4n1P69qhhZQbrqwYB1StJ3pGh33GZ2154j4RPQ1tgk5pND1oXmaVHFGZTFO1/5VGnO2DZi+7zu'
    '675Nr/u+66DPB2LugHng5/KbL5qt2SKo99sDchhK0ifjgeXR7Jznwr9aUZ4XGfOrqfIiJwlfVVd4709d6sMLtV174Q0AA1eo7Slq'
    'hdqvSQYXt1wHMVSvLM8lXNfrfyvGoL4mXgz6pPOXmuISx58FQLc4jjYALa0l+HWkPA4VK9LEGJlK92nyNEX+qOq5OYI9KsWHY6Hj'
    'Jz/vvS/BnN2Pm8HXDz7rvfsg9/dz4Oc3+gUPd/4c4Mv97XagjRueCK6zkdT5LOQA+9iDpXU+cJ/vh+jW6YDzh+Zv+TDQ+Wu/D2OF'
    'HOEfO1Ca2/xJ6P+Se722FpP1+QrkIH/kYDT8a/1s8LjDzoc49FXAer/7Cf8sNKm/7Xv+uiUlc6RnpHu2FtfiAb28jvysdOvOgf0R'
    '906fX4WKzmeAn6DjdfMaUFlpvSj1j8H4om5Ay4mPQg6WjlI+awFZD3peOh1+PO6o7bcwnrtmQj2/OcSetlNyj+P3UF076j6hF/tW'
    'dc/V5aVHFPbLPQofDpnfeJz4S9zHvz/EjrpfMq4mIg+NaxccVS8ik83uVqz1HgW8yOIs5IUfn0fXrlpH5jSqsP/tF+o4arKxhcnZ'
    'UMcl25thZjscFT9M7meLFHJc9NG8i9zXs9DHU8vK+eR2URpPcoViPUx4EyyXEcG+gir5uTuPszRlW7pyTB5faq+oXK5rHttO5gc+'
    'eXUR1yRAe3Rid+r4jevKySu9bn1CP8Z4TwguI3whjDnQJ47FDTJbbNbZL7VoyMHYm4QfH2+UvYeF3Jf4tWwNMF42vpEeYv6NPYr3'
    'auHnNaqF3zYznEI7i7zwY31TfzHEbTyjBog8Pq+gGykF39YCe6gro9ONGRtFZ9Wk8OkIi6HDfX6S0BsF+S+1K+RbJ7KzgJ/1vRJe'
    'otL6tFXQBz3fuU53VOjHRB8WpbHd5xE+U3V2c55pRLK/OvetJgIjQfY4JrE9dXnYfmbP0qvglUx9uFz8uyzi/srWWBUbayTEpgpx'
    'cI7CrmFAsbcqmr1O+DE5VDEgBxX7oBMHkffn9rVQBMfNisJvmvKVbpktM2g/j43Jb/QKeWy1MUYH1kn07LL5jSn4GFnZbmEe07xA'
    'zs0Woa9H5bB5s+Z+u/+tyjWxJwR2g2It4u9BehXB9FldDIaGmI6Y3hOeBnnEf8L7vo7g+VYLP76We07ht7sIbb5LxMsfosohtFmE'
    '5xA6U1QmT85SES8uFsZ+onlAekNwfK/Q24ss24tvLvf34pvLzfj634LctQneD4Fs98aH/v/ejq4liih6pc1VN0SCsESiHnoIethA'
    'SH0S3KCnQhSUEg1SepE+SF9CpUBBSdKkXxAICrv5sUY7iugmsgq+LKGwYBD5kr7kQw8Kht2zcy5z7p2Znb3Tx8Pl5OzMnHPPPV93'
    'zulcC28F+uUSZUA/FeilAn1UoIfKYz5C3Kkt3Ob6xf/9apix3WG9L/K5erRkY1+EgAcg4AL4CK8DToCAV9B/HukvVobBn1nm45iP'
    'cT46+Gjgo5+PZj7aw/nTbSD+ZYTHCMcRdiBsQNiPsBkh4BL0lpB1DpEcYIjPtW9UxhvC+cN1ajMKXWyGsAPv7pnwBp77/OO5PQfv'
    'Fvu5yedZ5HOhMmo5jfsvOS/uMtbIneSzNsYOGnPzsxbntY/5Rng2ez71HdTZNhPCe7zkFGSkvMu0fWD3wObtodzGEM6E9eRUyB28'
    '182uAtxT5Dim/D1D1r0S6Q8p41w753+PKUsG6toqH9Mop7rySucB787G1j2yvBqK3q0inFbkNh85DhB5hLHDcf58INOxg3TAddXH'
    'Ubz7DvSoZ/t+wd+SHr6N0hcg9F1+ytepU6YPrmXXr9O5zubba/w2P2qnJ4g26ddQbnpKcf0DyrjFHVY9dx51XFeLHzqvI9wDsB7z'
    '5XWo13C/03xFHTiMrhhja3H5fV3YYw2u6/gTyOs58ac6KefY6LeK8Pv814nSDc9BDp3Srdam+Ml/0fUQuaQKsh7QNxV6phZxHxlO'
    'O68H7a2azTElkL50frGd4NtXfD62aZcrukb58C+k8I/FzXyilPSOW3lGHf4FkH9N23/nrHHxra3iRD/3J94bJPcVku/WZfh9hOUp'
    'Z5DPhFwmy5HjVL8bRlL+zy4W6zuIOeIrCfvZ5iJ/fD1pl4tJzGdPRnPLhThHUdQeiz5bT+JmTl2V7TL8jfaqFPKcr5x8SFtyAnAT'
    '9YJF9d7zYgnjrKj3+lUtMvZ9Tp5HFfbYhOt+5DyasvPxtMLHFW5LMpxf9w07H1cwz55BfsI9fmqI2IZ9/kFl/occV/WijP8Q8cN1'
    'Hby78zL+XuPPZFzUf7xJ2eV4cN2SkVxyXKz4y6zvX7H8kRpLiN+MTzKeqQX7edqiTqXvo/O9TjmKAmb9X0RBUw3X05akWWfTmnD2'
    'GTXoI1uSck0O3K+zRgOoGy1YRzS05VxbAzU+qgwHFRmG/SDsBamfFfTSvaIfn5v4bML0hv++5V6yD/U1GSW2GUtZuqeD9y3WG/Xh'
    'vFu39J6fidptltjTn1L29BMpi94JzRohUT9W9o/xUP30ssEQX0FsRdeh0kc9r5MNobGH6iebFtBOOdgXodte8ecZknOkuiHm1Otg'
    '39V6ql6f9l3U4S0Z7rpLeV5K9jERqLWblemKYP0dXKdxaIlHHCrq91jUfxzqxkeIbUe4zYvM2vkYQ3pH0CZGZvX4KPhfva333E3E'
    'O0Dq9LxsDdS3j6Vk+mnNuw7+EeTppZS8HuXMnzxNoR4UrNt9C6zZNVKrqRuLRdYs2YR3XSB0+n1XZs4u7372ON1cx4+U2K8b9f5I'
    'M/Zz8nd+/PPBmuwPrs6767bb9/eiE+f6Raqzah96qrNq//pcZ09fxH0q1B3SGkS/tZhuvshtTnRfKPrfQ+/6/0HvbxbrH+o='
)
