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
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 90493, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 90574, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 90664, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 90740, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 90815, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 90872, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 90919, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 90958, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 90997, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 91171, 97, 1, {}, (None, None)),
 ('^\\s*by\\s+', 2, 34, 91268, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 91300, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 92265, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 92345, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 92428, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 92477, 105, 1, {}, (None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 92582, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 92667, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 92824, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 92872, 207, 3, {}, (None, None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 93079, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 93203, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 93307, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 93355, 77, 2, {}, (None, None, None)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 93432, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 93699, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 93737, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 93766, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 93810, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 93866, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 93925, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 93963, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 94066, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 94155, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 94307, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 94388, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 94559, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 94612, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 94728, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 94852, 60, 1, {}, (None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 94912, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 95011, 30, 0, {}, (None,)),
 ('コメントは個人の見解', 2, 34, 95041, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 95089, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 95133, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 95179, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 95211, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 95259, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 95311, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 95351, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 95387, 24, 0, {}, (None,)),
 ('구독\\s*하(세요|기)', 2, 34, 95411, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 95457, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 95487, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 95537, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 95611, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 95671, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 95723, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 95753, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 95787, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 95849, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 95884, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 95930, 48, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 95978, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 96004, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 96030, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 96083, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 96123, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 96165, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 96215, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 96316, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 96370, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 96423, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrsvQmcXUWVMF5v6X69v+7O1oQkdCCBDiShA0RCSEJYBnBEwiaoBEIvLx2T3mi7E9IGiYorOuA2o346OqPODBgQUP6i6AiMBBx3'
    'VPhmxtHwiaP4OX46uDDK2P+ud8/JPe+8qnur7r2vu9Op6y9e+t3a65xTp87aJITICu9JTf6bmHxyk+/2yX/yXTX5rxq+5yf/1U3+'
    'q5n81wj15H83kO9p+O82KINtNkLZ+ZP/uib/jcN//0h+J/3LNhZBP43Qd/Pkv5Xw7iB9tcJvqrE0wvjl91XQ15zJSc1tLx9rNcxT'
    '9t9E1iNL1uP18DfOSb5rJ//Ng37z8K6DPreROcmy/fCtqvhj8JNmf2dSs+opLm96s9gvYjybA75lQ+pO7nto33I/d07+2wH71wv7'
    'l3X7J0Fa3CpiPccHfv1YeAOc1tTCfyOt4fRADroF/lvi86Iqr95rGJ7a7HPYvh/hT6a4MG8okrOaSLvsgUrAd4MmLPY3B/S7DfYw'
    'TWh2FZwB4oAQH3+69LxpT3nnSxu0lyL1cljv0sm+P+rR9qpOv/6CyX8LNWNNac6mVMS+WmG8v5n8919Qp570J58/ecfV4Wdi4pZb'
    'BMGTHnYmXw9rlYlA11KzkK7tvyEWXUsHfawB+KSwczOpiLCTCoFzt+9H9r63svNLwsFdQAszFvQu9nmVmX37WCSaJc/+ZDZR9bSX'
    '/+TOKndWubPKnVWz9axqtaRxjUCS2x/x3rc+7r1/9Zj37r/be3/7oNfP10idfd/03i9+zns/cb/3/sSj3vvBJ706/wgwJn/72c3e'
    '++Bfeu/vvcp7P3OVV/YzpOxT7/DeB96hLvsPpOziA/445bvzHu99x+Ne2Y+Qsvvu897LYM7Zx0vn+B5Slq8Lb/etpGwbzPuBR9Vl'
    '95GyP4AyLz6kLnsjKXsT9H3Gd9Rlt5Oy2Se89zpNu9eSsg9+13t/56vqdbgM4Ej+tnfEe28aKN2Di0gZuXmqPjeRMg/AHA49WtrX'
    'WlLm809674bvlpZZSWSGa17pvZu2et+Wk2+f7PbeV97hfVtCvrUBLFXt974tIN/uva30WzP5xudUS77xdaN842sj3JPbCJukpNGp'
    '4Du/bV9NjJ7jPpwCPISUz65W0J5mkPO1wfhoG9WkPMp46VnVQso3Q/u27bQmuabp4lTag9bUtj8nuwqRXYWsefApmY59WUCeffck'
    'kD0N8FEz4e1dFzRRDXu3lfI4tmK2kIkk/YhpftoJfkR5KJ3oF/69m+qbUp3e+4+dPl/q9mz69wx1frUTHm59dPKy/JEqR/9mouze'
    '5p6g459qA/gnW/0P4jA9M7da3C1n+ZMGcdmyyEi+P1T16vQ5TkbmZGRORub0OU6f4/Q57qxyNMudVW7fp1mfI2HhJxH5c6ffcfod'
    'p9+pjH6n1el4jmodj5NpzjydDsXPFks8CfMzWcDkk9ReHWnFsoM+nZZjeani21ee8r6dR75dfKX3fvkV3rezFd/euc37dgb5Vnep'
    'XyYPuIPf6tm3E+FbB8xDvgdgzY4j34bZN8RZrIe4jGXw7zzBOWwnqGzUfWqFOpwvTrM7VR3bq4wl71QF410P491Ifjtvu/fbOvLb'
    '7wreb6eT3yQfkIc5N8E67CB9ioAx5wGRlpB1y8Ic6N03HTL3KvI31aGtVpRNxfDdyFqMqQXGJXHqBLbueYt+5TyqAWdaItS99Uvq'
    'M/3qiOdsPTsfqgkMyfeTe+3bbYF2bNY2l9DayvFGXduab5SvLa7vRSLaOtQQequiY6cG0LEOCzq22IKOtcL45bcxguPyPSJK+Un8'
    'Vg17xulgLVmjN6aiwWA124cOsn51MI5/gDcf9yi8e2Bs9aRMH5k/lo1CK+z1eulZL2M47Dgb6QlV61nBj8l5KuFzbgjcrWdthtEt'
    'lH08BLZTqA9GOehJZXCTPqofESDjUzDN+6NAVorgOqVZVxB6Ns6+vYzQHaQVBdg/PA9fC+9bgMZhO8j71irq0zKnEX5qQ7a07XOz'
    '3vtNi/y212e9esvI2PawMb0GZQ9kTN1sbnMBTk3rj5LzRkfz6zX4syLiHZi3szKhexCNP1BF2s6DjAB/O5HsYxWx15K/vQTmi2tB'
    'z/BBePdC/VMUZcc0ZdthbrRsgZ1TKAuiZfaKUlkQr0/PbvptXTba2Rd0x8xCP8vYnXINvM8S5XKr01B+JcrlVvhtLYM5Ff1V/Yb8'
    '3nzN92bgt0zpuwr++TpUw/pVE17lxBD9R12CMjGTeBEozzwdxtdA4JjjH8JqSsFPDTFYLmj4qVSF52LbH8XZPjIXHWznGN2g8Ur2'
    'AU2PG4NjBoi/FL9lY/GEb4kXg+P4qBWbDX81xTUKYznQiVO9+7mT/15N2mxmbZbqMycyktfR8TvY39/D2Yz6fgrTOn0/pbmjRNfF'
    '6eqKL3rvv3mk3K4kx87eq+B9NeFv5aa+noxNGIwtaL1ew9qII5OeVgNH8ydjdbcKgZmgJ4otdF4DkxROOiLqc+PAJ4W3dIjtS6vF'
    'edDC2jexrWlheiLbteA6O7Q7f/PjpbrqZ+9X88SrE+KJ0+Rs+9eqeDG5coDbVHY1wniFYfJ30H2qGXhi2kaByHYoL10wuMf0k3dQ'
    'WdMxDTM+AuVkE1nvb3p3wnHfxH4fYm0W2N/b2dqNRli7XsabPR1jfHunYHyfznr3JtN9HWTtdVvUHWXwRXlC2uZuBb8rx3orGWuf'
    'hZygRyFjDRtrQTE/1fx1Y31V1pMJq/BpmNUZUdz9+RypHFm3l1KusY7IL+gcN4GM441ExrE5W/peayAXOceg3Y2szBlQ5g2kzNps'
    'adka1JNB2VsXAX1e5NO97OS3Y2Ou6U4N7vO1fC6jp4dBfZngjwrmu5l84auT/Z8Dv3Wy9TwN1mj/Ip+Ghq2fCSzgeIJgwKQvOmaT'
    'spdkS2Uk78h4eihb/B6xoEFDmvNliJ0vfRlPnyp/26W5h49a9N+t0Z/wfl+a8eJm0jqHQtpX0aVD7PePLykd+w7ob1XG5zN7mc5L'
    'hwe9DLd+Cu8fkznJtudPtr20Qvuo2086NjmG36b99dwTo59CyDmI+Psvae/eqlpHzk+NaMr1hoxP9vNl0o8pr6eaT2/IfD5J+gmD'
    'gx7yDlvf59m5edtkP3Mi0vgCw6Gb0h6/broWvN29IWtyQ9o/40ct6FUQzIbt9/lkfWz5SX7GdcL6UJzga9BrwVvy9WlLe3c5Chuc'
    '7u1Q9BvUXx7MvsLaHbLAcYS9X6S8u6Vpu/RMQDrzb6nwsZmMqYft1WOk3QGN7UAX2Yew9hFHPp3yeaphBY2j/cS5y8m+3kfWl/e1'
    'R3G/4/ybbONNpI0g+A+CyxGyltjGM2Tdad0+g7WUZ6psd2vKtxvR7X1BQftlnZcb1N2h4RU2GdQdUtDUov1LypMzmNaVdY4ndcJo'
    'EPYzj9TZy/obV+j1ijoIizo4tj8Kn1+bKr5Z9vvvhHc24Xnx/rM+G5/flv1/idgfDTEZTIHxeveTskH7h3Jx9A94Ybv3vgBiaWyD'
    '9xcu9cp+mOjYTXlWWe8viI5LJ+d5s6IMh8t9pIzuXv5aYsv++2u894WvK7Xz30nKvB98B84ZLy3TRcosvMN7fxr8BV4JvhCvpL4Q'
    'IHv8zVdAHgt+A1tImXeDLHLNI6W+BRcS2wlOy84hctytW0rHuI58ewpsgi/r876tId/oOshvJ1MfiF7v/VawVT2BfOPrtoh8u+bW'
    '0m/zAnwumgJ8LqjtAI7BVoeeAzsME3vLhROl31Xy16hx5I8Ke/79EW35w58ak1gWFD7QTn0xka+bwowJPx4mn1fZw2RF/DwcqLvH'
    'GEemuntTO51K5geR58GEwZjqExhTJe/eNrTnmAi0x1SXloezesTRoxlJj6LYPFD9aBWBgTTThepwpyZB3DG9wzh8cPhwtOKD6l7u'
    '8MHhw0zFh9ppwIcg2aDDFYcrMxVXchXGFXdmODxwPJRaP+HwweHD0cpD2eqvHa44XHG4Um6T4fDC4cXRihe2dkYOVxyuzFRcySaE'
    'K9R+wsG7g/eZCu8NCcN7pXwHHA45HJqpOFQ1xTjkcMHhwmw/T5L0DXP44vBlpuJLS0L4MpN96h3+OfybqfjXWCH8m0r/cYdfDr9m'
    '+/k2k+OwOPxz+Dfbz7epiknicMnh0mzXoyYVV8HhisOVmYor1QnhSlCMAQf/Dv5nu05IFafCwb2D+9nOI1UyRpTDH4c/Rxv+mMQ9'
    'c3jh8OJo4aeczMnB/ZEA9/UVgPskY/Y63HG4M1NxZ0HCuHM05TxxeO3werafiZWKL+9wx+HOTMWdfIVwpxK5hhweOTyaqXjUNM14'
    'ZJJfyuGPw5+Zij9104Q/BXfHcfjhzpeK5RR0OOVwajb7pk5XbkGHVw6vZjMvV4nciQ5nHM7M9vvPVOQDdXjk8Gi228tFyfHp8MLh'
    'xWz3vwnCCwf/Dv5nez4Nk7zDDg8cHhxN9wwVHgw5PaTDjyMQP1qnCT+43n47k2+NRrAtdTjncM7hnB7n9jqcczjn5GSJ4NwzRN9J'
    '8aHPQO8p47s7XHG4Mtt9TV2sQAf3R6OsYI9GV99rwVc5PYvDmaPFpoziTBS7MV2sWodDDoeOJl3NXlHqIzPO/nb8l8MDhwfO98Xh'
    'wczGg6R8XzqzpbzUaVnvvX+Rb3NcA9/Og2+3LvLeb15Ubpe8Ccq8cZHfx+asz3PRsufC72+y6IuO2aTsJVnvvS7r8Nnh8+w/16YK'
    'nx0uOVya7fE71mfNcIG+12aDzzhZ5hyDdjeyMmdAmTeQMmuzpWXD8NrhrMPZ2Xz+mfKEiDfrs/H5UYdTDqdmKk5lE8ApCY9bt3jv'
    'qv0O3h28z354f+pK731Zn4N3B++zH95/f433vvB1Dt4dvM9umzMO746vcXB/tMD9+7u99znjDu4d3B89/M29vd77rQUH7w7eZy68'
    'ZxKCdwfnDs7FLI+7IuHxhe3e+4JO770N3l+41MG/g//Zz9e4+6uD96MJ3q+51cG7g/ejB97b3uHg3cH7USSnuc3Bu4P3o0cev/AO'
    '7/1pgPtXXuXg3sH97Id7cY/3/s1XvPfo4w7uHdzPfrh/9+MQp+AR732Hg3sH9zMY7tPQ5wL4R2GxFmBtDN6YA6AHxlBPymAutAFS'
    'lo6zlYyVwvMp8F5F5oPjTjPYTjMcrCPjbQHd2gKoQ3GjmvyNOIR1sqSPtEEfVTCXML2e7OdOWIOT4Tfpj/DkMu+35WTtOkRpDLkV'
    'UE+6HywUpfm0MJYQ5q9DH3eTeCmYc3iH8OOm0D0yhT+5xmcwWOFzXqmY80kGc14C867knKthXzl82sx/iM1/gQiO6WSaUxDnXIDx'
    'vYysl2luG/nbaqh/Nllrm9w4GCMBY+f0h8whrN0dojzHvBzfHMArVRzSMbY2vZo2bOG3FfbrTFF+hmbhn44GLIC+eb2wPinNWwXv'
    'Oe124zYdY6slPAfxGysJPNnOGel9DtpohO/zsL6sdOXh469ZdSbmAXa2k3HIajcIH+62wvyLh3gqfVQ/sCvFpfiTdxwpHsSYSa4k'
    'wsN5EIkTr4Pfz3b7Pev3ew7h02zuNnmAiXpS5zCRCICHp1Ol8FDl4GFGwMONk/+xlPEL/eRNY/BF5dWC+Ao5hstSPr054yHv/bP7'
    'vW8vJd8uHvHe5/d5384j307u897fej3wTCkPRou++Hu9d/cu791/u/e++XavbCdpZ+mN3vvugvdtRcq7z+vWR5X/gOep7lGsCeUP'
    'm1M+fzeq4J9s47ePCHXsd138xbD9+dnkv+M04+sV9nHm+w3ryL6/OvlvcYJ9m/R5AO6XtM8xUR6vMmhtVXGUdGVM8lZGiacZVDYP'
    '7S0T4XFogmJkrM2WzuMcFmcjLM4NlpHjuRTujnQeL8J7gK3XDoaTuxhsdWnWTM4f1wPXoRPurhi7NOweNM7wu5+MIWx/OK0YZjjb'
    'JUpjqHbBGKlMs4qd5VyOUQPneBWcqfQ+gPcMfh9oYfcvE1lNirRDeYiURs4aRyYUpZ8srBvS9jXwPgvWr5Z8Ow3enZr7qKlcqQq+'
    'iZD75xNZ+7uYrHdHqpQfW2h5Ng0pziiVfG0l4RFem/LKqPKQ9Glo8jjbs6D2r2VnrOqs6ArBy7A+JK8wN8Exr0559/OwMYe1s4i1'
    'o9vDsHbqUuHyK9pHlyjNfRnU9vNEnnd6SEyksFhIndnw/p4G2Yf8fXOT9z4J3svhfVpTeDuPEbkbruUfCE8WVv8BUj8K3nwS7llJ'
    'wO97gMbb7t2tpN4YOUvD6u0mYz8Uc+w9ZAynZ81x7BVA/3D9w8q/lJQ/ZFB+I9DtIP4krI2VRG6+Uvgy8iomwz2e/LYPfltMfjsV'
    'fpP9zQ/p1/S8QDllHBl5FzvjqtmZuuyg984+4e8B//aVp4AGk28XQ+yOl1/hy7j5t3du876dQb7VXeqXycP88Fs9+3YifKM4MwDr'
    'cRz5Nsy+oSyV0vbVjA9dzWQh2E5QWarvy1nKulvgdxu+qdZStlNFdGuIH/jbedu939aR334Hd+TTyW8/eBTOR4LzO0ifQXxRHs7Q'
    'JUxu2GbJi1WRv6kcfLWibCqi/qEF2rHhD+sBp05QyNRscLoacKYlQt1bv1ROD+SYro6gGzCxcXhybzSdQ4Pl2jYmtLZyvFHXtuYb'
    '5WuL63tRRN1LE6G3Kjp2agAd67CgY4st6FgrjJ/yFDsIf0TvVvhNpa9tIe3JNXpjKhoM8nOyg6xfM4zjH4g9hEqew+0h6D1hIKau'
    'vbFMvn2UWeaw5/BlIPKTDS1hq48NO08lfM41tEkxpVutAE8PgayoDfA0BeWdXkSlF/GeSupFVDYmVxB6Ns6+UfuOAQs7jXFi31Gr'
    'qE/LnEb4qQ0GsYvXg0x1GRnbHgP5ZDeb21zhyydM6lPbEx3Nb9Hgzwpm+8DlmvUJyDVNeAkq14wrr+T2aSb1qzTrszqAv9XN39Su'
    '1N313F3P3fXcXc/d9dxdz9313F3P3fXcXc/d9dxdbyruerocI1VAo5Gu5kA3tgrOQo5jOfDJiWrL0gj8JO1DxLgDyrU4X+5ZzHug'
    'MU/SZ8dvVFuOJ2c5np8USuGhivCQJvtpo6f8vYY37cC1mfD3Ev1Avwf9tYqknxRMOpMtThqf6uKUi/3XhjVRF/Sxnvx3A1nRpnyp'
    'JXZLcjNKsx+am/WF262arjGm4eloY2+nF8DAp9luxEZP2gdM2ydddlxFeJojTzRluUZUDtFApoC4Po/QfvmunVDjLP9uY7PA7+om'
    'dK3ekr/vhzaqjPj7BJ50Zqay91ljJj3Ss9nkFhDad6VlEUnyL4stYFfHr5jWR370LIs6leJHKtH/VPIf/9eQ/5Bt/guUyzg+xPEh'
    'jg9JnA9Jkp9Imi45/mH28g+mfMMCOHujnGlSH6SSmVSH8ByrNWdcHL+fU2Pqx08VpX46i8XU+evkiU7Xpg6VbVUZ6OJPZfvu/H6c'
    '34/z+3F+P87vR1/P+f2o+3V+P84WzNmCOVswZwvmbMGcLZizBXO2YM4WzNmCOVuw2e73Q2WbDYS21jBZ23qh9//JQZtUZ9oJMkYd'
    'b0r5fJQ58vqnk7J0rjTWEa+zNqBPlI/a8ApZcheivIJprGA59r9KlfIMPEYvLfvOlB1sUdiQ9feR+j0RxtqfKo2nbFt/Kxu/bf1L'
    'UvHwfkMqnB85PRXOj5yc8mnDLovxLyL1dlrUayJj2iFK465hmSpoO6zNPlbv94TO9ViM6TmQV8WJa41tPUXGMGBQbxfUe4LUM6W1'
    'st4XLOvhOA+QejZw+9fkvNHh9vtJ28MWbb+VtD2safv1pEyPpsyY5R5gvT7FWcrbvp603W3R9mWKcRdYmYsUa8vLbCJl9mjKrDXg'
    'CVZG5AmWEF6G97tAcZ/Eb83kWw/7Ru97uvsS6sqQL1DldzC9a3cQHiIFfMpcwkMgP2Gr448rcw3KzYG8S40oj1nYyPrdLIJ9dpuY'
    'DEsX91HVV1MCel8ecz+nkHmfqoCzESKbwPJfgN9OgLU0xUcKqzSvAIfVEfaNwuooOce47CbH9MImOXmOgXFlCRxQn+0s2etGaHce'
    'tJVnfOw2jc55Adm3lCjPp2A63lbCm6LPBMV75P/GU+V6UpP4pnTtBw3q7GL84X/kPZiY7jHJsfxT3ouPHQabBQXtNB3XgCjN00F1'
    'jXIMf5v39l7WT4EedB28l8K7nehH5XsJvNfA+xh4t8H7kiav7dvyni1BlPkFzYHj/Y15T/di2k+S63dF3reXGGR63d0J9rMu78fJ'
    'Nonn3JNg38dUaB95PxNNdv2MRuznJ03+WvYnwN+rchB1MRqK9Odgkw8v29m4d2toSkGYxe/GcRT5+CbfJwLxdRm8O+BdA+8zmkrx'
    'H/H8eILfxXt8k6+/H2V3tWcYDvQR+xW0pUK7q6INQQJtnYb4n0BbpyMfn0BbZ6AML4G21iL+J9DWS6Ct5Qm0dSbqWRJoax3if2P8'
    'ttCe7xcx2lrD7P/+JYG2EO4PJtAWwv1nSFuqs8fmDP0YaatXcTe0aetdpC1O4zhNHhPlMfUxh5tsazxgXD2W4+qLsV78DLlKMa7n'
    'DMfF2zo3xhx5W6sbfbvKKGsfltdhPmm/10JOZLpHf2oIHz+fR5fB+Yjn4n80lI7fhI+yWf9vNnh6b1O+YS/rZ9ziHoE8xX0Nfh6T'
    'XRYyP85H2fT5vgbP/ixOTkPO5wxHGMcI2c89rD1Ot65N2bf/6phra8OHX5ACGykypx7NXEYijqV4/ldo72znmSFrG7R3SYwT+/yP'
    'er/PqeD9i3mG6v397NPQ4CgyB5zTfdC+7b0pjKYhzfxgffxzE9t6S310PoO39dr68nu/Lo+QfG8EeXYN2h9C2VsXee83kzpboM4a'
    'lnNoC8i7r5qGvi+BvtfCGlIZDd7h5jMZzjEhd7rj6/38qlH40aJdW4w2kJcVMdrAu9v/q4veBt7ZfhijDbyrfSNGG3hH+2KMNvBu'
    '9qkYbeCd7EMx2sC72NvrynP42vCkso2bSBtDCv0w/V3L/5M2drJ+Bg3vI1crxtFjOY4/s1iPgob2nWEwjrEQXvWEOs9uJGg9dlvy'
    'AkW7FtLudnY32i3M883xdn9fW95uIYF2n6ktX4cxg3ZUPlVUl/S1WntY4Xv0hdrwPYpyj/vEZLvHsnp9wiwvJIexsJyHbydz6GNr'
    'NcjeNne51yrWd9RyfbtJGya8Ni2Hd4TLFfPT8Xc2d4+zod24d0nOLy43gKkoMue8Yj/GDGkStvGnGn9sF2R9HioszyPNCSnfZzN+'
    '7WcJt4u82JM13l3KNB/l6VD//BDbClNeEfNb3ltTLnfgfpRor5EUD/zeKewT13t3TTlOqHxCke9ez/ZPN5cbEm4Xx/vnNZ5OnvLq'
    'a5t8/X3Rz62p1MZhI6mzmelisc7xrE5nje+bwPU9KzR63Cxpu+i/phjrGSH9tpJ+UX90AtMnNYX0myJtnMz6zcH7lJA2fpUrHwfX'
    'Tx8fchf6EWmjTdPGSSHj+GbOpzM8j+y4BU2l9Fi2+2Cu/Lw+LmV/XpvkKP5IzrenseE5ZJ2/UNR9VnPWcz7slpzvT9/F+rHlTWR7'
    'uxTt9RmuA18z2d41ivaGLfjOfsZ7nE/aG9CMs8+CHzo1VxqPIKweX9tB1t6xpL1+TZ1+i/HlCGz0a/iDgmKfZJ0Xqv26A5o72rhG'
    '3vlctR8LwmS8NrJM7OPb1f5abWEyn7D81Krz6IsJtYfn0D+Q9cMyPJ/2Wg3v9MEIdbHfd1T7MSymmj+S/e8k67gxG86rhPE8VyfU'
    'Hq7PedW+beHSJvU5qjtrTq/2/UeWhvAUHaRsipVdwsouVoxprUaeyMfUROpy3mVFyPkrjUvrFWNSzec3Vfr58LLPkbInh5T9YUC7'
    'nPf5bpU/13lM7ro8ZJ2+QvqZFzKmzwesCx/TPaRsW0i7H6/y8VqnExhgdBrtxN9XVX4Wct6F09o1KZ+eclvI/VUe76mi7wUFnS/e'
    '/6vK49zYnseyna6AvkfYnRpteq8idQoBfA09wy4y6Gec1VmvmGN3hDl2kHZ2sj0dtDjD5we0Y8MLZBXz2h1hXv+VDV9TLpf7SdZ8'
    'v1EW87+z/nhNeQhVOwcN+v4pW6vPkzqqvaN3jcP2fwF1+jV1Ppr1cXpDtpyfsJVJ3EbGsC2llv90cT+erGePbAKXpnGp8A7VR9rm'
    'a783hFaF3Zkuy5bTg71svV9ksHs+Gc8uYRbTKYyeYpyGlVnf53KA3cM4HV2a9f1fbGlDUf8XUL/foH4K6kexL5b1f53x56rDD7xz'
    '/UdA2X6m6/m3TPkadrG9Rdz5tqJdlS6lGEOMlA3SjxTl/5lyf1CdnF8Fl3dl1HsTRr8QZz4UsT7C+Dsy5b6/KBv+I9vHWwLKjrGy'
    'owF7s5PR3NeQsrp7J+759Zr1Nj3XLs3450RUGlr04yVjXgf1LyX3QHonWWNQFu8bJwaU5fe+Yw3KYrvNmfJYgUnYQ8i2/zvtj2NI'
    'ca5SPvKXaT1cjDAY+nG63Nd7l8FeI439btr3p9ypOXP+mZRR6XplmUfS5X6ZzzI68CApo+J1ZZlPp0v9W01gV9b7G8U8xtg8PhBQ'
    'BnH9dsUYqbyoaP+TNvPhprS+qP8nbQ9p/MOHSBmVnZIss52U6dX4wF6n2A8u57wqoAzSkpcpxsx9XM8LGA/Kls5Kl/v/8nOtU7H2'
    '3WzMJynKcDnbEgJDpvaxRfxXtM3Pspxirs+xdv6UKofhggEM/yqln9sYlPlpQBncjx8qYiMUGC58P6Xfe4Tzr5N5mMpiZb1/JG33'
    'a3DogZQdDuHc/j5VDo+j3I8/YG470Y/fsH9+tr41YG6H+X8Wd8LExlXWG06V+9GPMxzpI22b3uFkvVelyuNARLFDlW1dmCr30+f8'
    '+MZUebwD6qNatP9J+XaUcexYi/y/AuZHGFy2pfTnGNLWvAK++P5Wkz0wlWsX5f8kLoGp/l7W+zmJeaDix/Jgx1YbIN8u3v8D2kF+'
    '6VsBZc6CMgdJGRWvJst8KaDM2VDms2Q9TOXqst7fiXLcDePTiuc/+JQnpeuXbb6JzMFUlk7jeNjo6nkcjyGNfOZ6UkYls8AYwnMS'
    'kFFg/NraAH1xHuwoawPktHnwVasN0A9jDOHaABkFxvFosuSJUQbeZCnL4HE8MDaVLjd9UCyNKHEVMC6jLq5CpeIjLBClccRywpfZ'
    'Z5nMvoPJ7OcLvS6Al6VxJ5FfzKRK4cY27iTGd8C4YLp8Cs1Cn09BlWthrYiWa4HmSgiLBexyJLgcCS5Hgr4/lyPB5UhwORJcjgSX'
    'I8HlSHA5ElyOBJcjweVIcDkSXI4E/3E5ElyOBJcj4WjLkVAn7GP/utivLvari/3qYr+62K8u9quL/epiv7rYry72q4v96mK/utiv'
    'Lvari/1aXtbFfnWxX13sVxf71cV+dbFfXexXF/vVxX51sV9d7FcX+9XFfnWxX13sVxf71cV+dbFfXexXF/vVxX51sV9d7FcX+9XF'
    'fnWxX13sVxf71cV+dbFfXexXF/vVxX51sV9d7FcX+9XFfnWxX13sVxf71cV+dbFfXexXF/vVxX51sV9d7FcX+3Wmx37VxfagsV9N'
    '4qu2QLs28bpkjA95fzmR/J6Ddk31zQtInIpB5gPQTL6NsG80Xs8okzPz2HG6mE8ryVoJy/WS4/4GmzfnAYYYD3SRAibH2Fm3SZSf'
    'dQU297WKdnaws2clga3tFjaOS4QZn8JlkM2G9fgdicYmwth91cLFkpmuWDJR40jbxHE2iYOsinXcKeLFOnZxjF0cYxfHWN+fi2Ps'
    '4hi7OMYujrGLY+ziGLs4xi6OsYtj7OIYuzjGLo6x/7g4xk725OIYH21xjHOAy1k4o5C29kM/VQa0lVPWzOwircWlesvmaLAPz/Gb'
    'Y1DetAHe2fJAgsCwzX1mI9MTUj2ITl5Hf+f1+hXlqa3OkMaXwsR3dEhhG0THEmbPU4x1mfXu2Cr7+WHNGE3iKatixKhsZHvZ9z0W'
    'PgFxxtHNbFX+anIdNgt1LN/ehMbC94vKbunYpmIf+PyvyXpnisqei9qnRcGBQUbnRwzPFM5z26wvxwOqp1xE5mqz1io7sgK777Qr'
    'YCiJ2N2msMPn+kzG00+p9oWO2RSOtmvWh9uOoU/Lbw15m6A53Bswh8EKzsFkX543hDlp636q0MeJMo1LukNjFzIizO3zuoQ6ds6Y'
    'gmYUfV0mx37yNMLQjzV6RL7G0tZ9uca2ZlBhJ1yJc5vHEEhlPL2wLt57HBtDHb3bLvSxJei6htmKm9ibyjk+kfZh24bf3zEDzr0P'
    'pj19AMKfydhpewOa/bfBbR0t362xxelPe3c0FS3hvg/dwjy+06jCjthkPBen/fwKYXyz7XlbCMH5FaTvHRXmyTlu16W9++dMPnee'
    'SXltqdbehDcxsWUvKPbOBG6+kPJj81aKD+Pr8ZGUHhZ7FfuQ9H7cnPLj+kSd805D3OhOTS9tlfYzSwL4BtPYK/2KfQrqdxnpt2B5'
    'h1Pd/zivoFo7tHVfGrHfpNb8J8L3MU6a1n6T2PSMMH8eU1qCdVTryX2u7hf+ek6XXODdZM62Y1CdqYMh/Y0R+zwbGLLlla8V/rk5'
    'EAE3ovIXRV9X8C1Iiu6j/czCCDA5agmTjaLcZ3m3xo8vTWyC64juW3b/BNF9zxN+DLkVCvl2i6X8sxrk2lwWniay8EYiC6+FMdTA'
    'uFHnJPvfFksnObs1lMU1jSE3zxqUaWP2VLZ7MLu1wt4e3CpiPcfb6B7CbMQ5ztG9riV7WAU43wWyfkF0uLXEDgnLnTv579UG/Ugd'
    'xu/g9zcAjMix38h0y1z/daTAScb8yVrZFmh0xHKvzcBIX3IiwpNXwGAjsTUxoT0IT8MEnty+l++7Ys9vibvnSe570a558j+uTHn7'
    '+UNi4+jw+ujDa8cDlO9zdgp4AEdLZwctTZO/KQ+VIvejHQQ3e2Gfo8BYKgg905XBhYo8XtMZk12M8qjqp0L48Xp2F64WpfmIatld'
    'us7iDo0wIBwMzFgY4PibJfhbQ/AX/25U2OJiHYSbVIDfSaPhPS+s7yzYmXEbtTr4XsPufuKAEB9/Wm0Hx/vh/gUbLco3wm9cHkXL'
    'UbybayHDirJffC6XwfsqUeoPaHIvt71X15B2ZLuy7BqwqRXExnAq/cBtZICN0Lcc9yrw+ZD9X3Cfvc9SlNgaccf5vYP248xajhP9'
    '6o+J6f+z73GIdybKfTi5z9TTEfxVkEbI9t8Gc7oV5lMjjrQnpbC7lxCTrTr8czViVgW6NH3SsVuAnTP70WzI+qoS1n4ADgwSPvYB'
    'fOSmZiPlemWQpleF1ayecUAZWYbfTg8Oe1gof2qiAWkeZALIA++4yvtazGFBfl9zh//7ZcLF/Ukq7o+k3873anp8r5DHxDP2RRcn'
    'x8XJES5OjouTYwa/Lk6Oi5MzHXFyTmH3zirGn5wA9m+IJ7KdY5ncIOyeiz7mpnIGKq9R3V9dbB8X28fF9nGxfVxsHxfbx8X2cbF9'
    'XGwfF9vHxfZxsX0qHdsn7DvX29YeoXpb2dfo9TNHP1vkY/oqr4e1Gc9PCr6Pmy1/QHnSmgkfF3BPG6Bchuim5xF4K9oVTajb49+R'
    'j1mZiSaPdndtd9d2d21313Z3bXfXdndtd9d2d21313Z3bXfXno44urLM5ez+vMRQ/x4nxhnPe7wc+AxVTvBew/HwWJTUlmeVMI97'
    'pspliLaPG+B7SjEP1X6q+uFxb3QxRUYU+1VP9hv3q1GUxw+i7Y2zs/ZY4dsO8Tyx1E4iTj5MvoZo64NyjRzBgX4L/OY5nE8Tvo3S'
    'qEU7o5r2lhC7HV38MBpz0DaGVkFjc4jyG77frXDW0v1uEeqYKntC+uwl9/TFojx+TBx87tPgQ28ATpn4d/BYOjb14sAwjwtH13Ov'
    'Yp/kvLYQvAxqOwcwa7Om1FZuTJTmtab7SXPchs2vR9jH7T0SaGQVwxna1514J12mhkdT3jYL/3R8qIpuLyfwgbmSaW7pi7MebGRE'
    '6X2Z7v16Voe3gXmlg/ZnLtkfSo/naNaY74XuzMA78iKwsTXJH03zO5+dLf37dJK7m85xQzaYduL+VBM55q5OX8bM9QW1rMzr4P3e'
    'znK9gaxftCvr059zT0H9/4T3vfC+vK98jFWw7lTWemW3XqchvxU9DraV5iqm3257f2muYtr2zbeXzwm/1d4eDjvVGtjhOauHGY2a'
    'S9b5b6/13mfCeP/feKmcgJZ5CSvD91w3tgVwlnP9BV3Lqr/03n+8rXy97ns/2DTepoCBPli3PeVjqmJ8NqUV2McumNObevT7jGW+'
    '1VM+NvyWuql8bLJNWi9oL+sC9rKoKwC4+M3rS/ujY3nt5d77Z/16uLr5djN8zRI6XQtrvHCLfo2wzAcL5X3LevL9zFXqdVjA5Kw4'
    'f14Xx6rLEXwZwNCHri0fw+t2g67xvWo4Uc0ffZYXfdGr++B39fPHMm//vm9Xit9kPfn+zld9mtyoqCffn9PUyQfUedcadR0dn2ci'
    '673pcTv5X4nvvq3AbHaJAzNqIV4kcY33tNsLCDnPg7p6iWtnMlzjZ++Bh733Y4957zse9+3CGwl8FHX234Hz4z7vfehR773uIa/O'
    'QsBt/o33w2F83hPQ/j2gfz1QCvMbHlLDeKslnP/6s977ugft6r0NcHDdU8nqkxZORNMR1BHAMI1rYDLWKlEa+4PGrVwVwGNnoF4S'
    'OeFzBIauJLqaomyQ6W4mAspewsr+hvABvOxwSD8/If28FN54N+xhZf+VlMUxYPzuXlb2WwQPz4f3ECtzkOAJLzOiGL+s83n4m47h'
    'EtKGap9WE/3xnXC3pTEicA57Q+rTeDGq+Yf1/Q6i67qE3YsH2N/YboG0n4cx4h5cxOp2o10GlB0kZ/e5pE4e7ls5BjPnwrcbyN4t'
    'yZa/izmAyDjOZTB2fap0zy4hdjFBcEPXF9sYZeuCbZ4ZAPMj7O9+VrcjoC6fy5Ws7jHA59Fvw5o5jLO/h1i5IY3dSRZpHuxRg/Dj'
    'rSBNQfqD9VFGivYhGNeXx7Citm8pQhfx2wYiw98A7S2Hv5eK8ljnVOYzSmRZ9L5WsJSx8bw1A0RmkAcbvFaDspTW45ptImt1HIHh'
    'c6DeTZo+5yr6LCh0CmF98nhiNcSGLGgf5D69i+hMOZ05VXHG7GC4NkDwAX0LeVmkN12M7uwiZbsZ/PYS+on0o1Go8XeU4STK/q4k'
    '7Q+wsYySMeUJfaNyvh6G+69huIl6irPI2F6roP+qsa0k8hROlwdYP/1s/UZZW8cQGywqx8ixteUxxHGPKE8k8eAlCthCfV4qBFaQ'
    'ptDYwjzOEa0v4XMuwHOKwLYtLCcxpmbG+9GYmJO/ZqTeWad7xrv6MYr7g4outZH/xv6orecGhucpBR+vm69uDeVevifl0+ygNbwD'
    'fOp1+5IlcCHHb5LPyeYO8Sq4yzzwaLAsiMsaauBO9PBXy+Uco3Avu/Og+n6Ec9sD48Lf6nBdNBdyzMeandWWO1WpiUcmbqeX9h/J'
    'mHntVrf14CA0m0NqvyA8B+vJ50cZYfvsR1wcdXs6q/YU8fYWBd7mZvEeV8ETXKo6NfHfJZFt909Mxx7fot9j07icYXi9z+35UbXn'
    'iPfbFHjv4pKnUmLd4XDhGlG5wRNCk10s+KlfczM+NWAPZFj1qtltY97JbMw7WEBN66c16GOdtY16+dPQyfFq1O3prNpTxNsmhre1'
    'ghhbBXRUJpMIKa/LLxCkaztFob9S2Y61CT+mON7la5gOjMuSbXVse9kYbPAhgpI9MyWAnFXdwmLE2O+I5k9jqnG3ju/cbP4lyF/z'
    'lAA9quP3AmBiTZwNrLk8rITj96Z+zXk+zT4F/EexLZple5MxuLUGPunotK0EP3rdnsyoPUG8adbxXZ1FjN2vO/8ayN42RqgXxvel'
    'N4t3hsFUvUV5Ti8C+t1v2W9geRofFP1/+JrdmtZfi+ma2dgd4PzQjq9S8zO1N1D5vA0zPf+QKPfdyYNecq4o93uJklc6rp3rekt+'
    'vYXYWzTC93nCLl+oDnZnw96eDFfOsL0bEMG5xjGOMPYd1h63pRkT5X53swFWKF8k+z9yz+BM4jxqusJ5wsOO5yOfL5p9e+Jyu4fv'
    '0a3xRIxWud3D6GYQvUu7O0fJnaOSuJU2EJ+5e+DM25Oc8HNbZiPcN1SydFnnJ0Kdj9lmfzOza7+zcfc7zMQgCXjIAk+MsLET9nG7'
    'Bd7O8n1Mae7sNYmdgR8L1z/Y4Gjx78n/uF2Fk0fco0rql85kp2EkzTbCt2Zj0VzZTIN0k+jjku70v2eJGjcufS/mQ5v8dyPr99n7'
    'vff7LHPCOn5aQUvigWEoP606s2ePXMDxyW5PKr8nbSBHpHSs1/FEUycX+JjZeZmE3KBUf5zOHM0Pri3385qwfqIDRjmuuT2Z7j0J'
    'tdsLGJ/Sbi+kfJDdXiPTUaHNXZ7Z3m1T6Em1+u9M8e9/ULHsNcw+qzFCvaD5/C82n7+EenVGNq9S0lBVjX/nZtUpU1Nc5r94WvxA'
    'eKkX1nkLu9/m7n36V6wgPR9aIiMernr4bd5/30B+b9dyEvq7YPXE88FX/80hvMyc4tp06K6a/BzkOXrwN6lLfXjy35a0D+dVit85'
    'HGOMb+SXaMzvEhoegd5MuQ0b9m3BehtOJ9SrbyLSY1q/fP+1/E+EfZquGOgW1TIi4Wci0SeE/3F7Mu17gnhzuwJvgBeYPIvTsGHZ'
    'UKO9quqAtcrNmD0KP2fT6SnZKds2bHsu/2pTT/09r7jXvNPBjIMZC5hButMlnL/HdPge1MD6I/5e79Z+Wtaey+94/Pg2+J3eozHW'
    '3ilwj1kl/Bx4Tcx2czPRu9E2qkl57ou1gNhwYizg1RHaaQ2RD7SwtridqElcJmy/gdGReSGyE1zHsHJ8/Dm2L1m2Lybt0fU0sUu2'
    'HWs3tJOGduc53E7MNjPMdoX7lGyDfXPrP/XrT3UoKY3tAMZAxJyf1QRveDzWBlaO0scT26PnHA2yi8C8v9cloBsa0dAFZ9M2823a'
    'OF0ZInTF7d+RtX+m9Ga+Ib0JokvLK0yXaifi06VaBe+G8YxvITBfrfmmkt1jXpY68jeV/WOsUM5HZsl+U71chunleLzRQ8KLwU7X'
    'CsthLFLUOfwwQHeWAfi4wdmYqe9l+w+jKeiFrHRmcq2zYVoy9NNUwS/FgVXwntPuf1PZJprYmcs9DsoRlofzG+9+GBqkh+BjHnRV'
    'C0WpbyD6LKIvI8bbNsm5hv6JNG627EemxHk54FMju6eY3E2P9HutLa0zhYMdCdhkzbJHo0+xO+oDkd6gqTzQ+5cLu/wdGJ+Yxwg/'
    'mXzD2N+Yu47mUMKY6ZircxH5VhCl8dnnKb5hm02K/kaZ7XQznGMqXsFERsHjSNE4+HHb4bjzVoXcuMYrkNYrq7MzxFWguhKN5syL'
    'WufSbq0pniYnlOsQDIShZqx3TWnBGnseneqjbnUw4WBCoW+iZ242iNc2MkYQ7jn81BmUKY2ZmAdge70o9d/Bb4i/YXy17T1ptnNM'
    'h5n3yE+4dY6pbNX0POcygGKuT8hZ+8fO8rsX/xakZ+pifIcVnivQfhY96biQYOJzktLIaHB/6tj+6HL4zRqfzzRjQexQL8bTHOlj'
    'czjYNwdxNSr/FJSvuZgxhGZvriTFDt88F8dn5u2JTZyuUy3K54DGUhl5jQjOoVoF9TBHNeaolXlyUceAvBzPwy6/7RHlOdq3szKD'
    'pEyByS0xn1sBaAmNdxYWKw1zUM4X5fHRaDuj7HcuI8UccLeQds8Vfq6/QVZ/T0j94hihHbl/SyK2EzT3sPG3CD/P5V4mMx5k8l++'
    'p3iUSdnq4gg66pJc4pD7+LcHSvN70RyS3azfKLLYIF8R8b8n2/iRTw+rFL+rcqa3wxxqJnz5POdZ+bcWguNNMKclotTeB+F1Bfy3'
    'bIPq3FoUurnaCV8nIER5rrgaUZpvr4PQnA4xO2JcqnLorWffME/eXFirFNGlxIGpSq/xbI01GbZnNm1Ucm+rLfYWaRvmfP+KInfh'
    'HZC78OsPxo/VuTHiWnUkvFZZIrLT5UM/OcL8DsBaNX8X4rd83q5+/ovm5fm5Y9MPzVUZdw2pLEOnQ8kr7to1RM5J4fVaAq/XsnOI'
    '5269jp0zaIuGsK6qw2EoDH904wnCn1MD8KeD6JJfuNt7f+BzgB/fL8/lTNtW8SE03+6HvwHtfb083+4+GMcvoK9PPOq9H3xy+vH6'
    'OrZ/cW11qM3StaKUr8kRvfm1DEZ045HrM0f4+e47QnSGdWx9VojwfNnVBD84zNG+shq5JR2vKv9umrS/lbS/VZTmC6bxAuqGijfM'
    'B1NeKvGypyVEfkZxhOIlwvhisvY28BZlTYJsHNCfAXNNUxyvFeo88XugzccITzlIeJqgew1tD/mfG6G9+4DPDruXnUh4I5u1W4v3'
    'Y/KW/b6X7M92wkuFzQP5qjcJLwc1rkMYv7aLvQsGd+Sdiv3A9buJ2EEsYG0PGczD5I7+58K3X+J3zkHCxzbDnctk7XjdPOzJseRs'
    'N7mPcJuqsDqDxC5jDhvPKJtjIUQuMaDhrRGfaB7tJYQWyd+fIfApx/wDqDOn+GM6k62qPvzkqqtr8L9rq+vqqxsam/DJNzdN09Mi'
    '/6+1Ei0XF+aFIi/yQqkv4/5iXtW7vOcVr/hU8f29FWuWXXryqst/ueWKVzxw110r4PMf3vvmu0w8N79wy5c7UiL7q8n/vEU2PXSM'
    'T1G8vv7k9XPXVd+/izxy5/Yn6gG++Ucm/qIP67624V93lT0//zL9a0JMPDz5T/7/KybkPEXxf4cm//er4v9PPl9+/o/Q8sTE78v6'
    'szBhCHluUPxW7L/doLKRlanaY3a68uwV7b8VZ3E1tKc6i5crZAWUXo0SOaGKBtvKIcJkk/8K93iTMz/sLBgiNDxszF0aeXAvmTeV'
    '2YwYzilsvn8tvAByOhk57Xu34TxoHZN9lePYB3CWpKwcdRR5WMc5Cpmyam3D5GGXA9yG7f8Ozfht58HHQPmCXTCmlYBXOj0G2hTT'
    '79sZv3cs8HtRZfsm47TlJ4JkFLS+yiZntvsnmMRh4r7MkhMwO73C49zp5EZ0T1U29yZ+xdXEToP2kSH30N8x+DG5u9voiWz4/R6N'
    'HqtXlPs1BbWJes1PEbo0YMj762hllP5vI/ci0/6j9HMjudtxukvl/VHafjWh+TtitnURwK3qnro3YpunkbnvYfBUIHQzStvHkrv7'
    'gAY26Z0wSh+2NvsqnmyI4LBs8xVpb60rgc/oc1DzDV9ehb/d+iXvt4VEvvUDkKdmD/jywioie0U/B/ztxSfKdS2LDnjv7x2M5hNZ'
    '7B/abZqsfFmF1+bJvT5s4m/VV3i/rSLzkr/J90ff5307kXzLb/Xevyv464zfztvuvd/7fl8niP2seFX5Ov+kUL7OO64qX+c1d5S2'
    'myby0JfD+P8x5flPIi9LcWLEAo5t19/Eb6fN4qzZxejjIKNLBSYPOpvoXeOeJbTd5dCuKU9oOt480VGPBtzlaJ00sfW9IOXd4cLm'
    '2c/4/73s765phImgctQ3schDTf7H6RoZZg/jA2b6XL4PdzY6l2eOkLH/HcizK0EfUB+xIeu918F7I7zPz3rwXoN0Ngvn2iLv/eZF'
    'Pn4sIvZsF0H9zmwpvpwL9d9E6mHcI1ruDCj3hkU+XskxmZ51TRHWg867E95naubBx5cH+c4SwndQO7SCBT3jMnQVX0h5myWw9rTf'
    'nYQ2mvRL6dOgQn9F+zPVjdF1Twfo3U5iukSxGZrUWGtju+mQdm34lFp2llC+Pg+2jTnyja7HyQp70AFWZikpM6wpg7wyla2sJmXx'
    'b6qvp/ImXVndftXCPwo3lfK11927pf3XCWwM9M6CcLmA2Ya0CL1clp63KA9qhf9Owz7WM1zrYjg3qLAtG9HczQsGa7I7wLYsw+ZZ'
    'z+aZVchAWwDfWqFOG6tTbYD3fN36FfxLC6wXrl+NBk4GmNw9jB+MKlsOW+chtn9L4Z5AYbmg0T2r1qhLo9826Zvuca0CB3LMbpfn'
    'MVDRNF5P0rWwelH1MzoZmak9hU0Osjj+GhG9OzIzWsZ6qIK+UgbOfzY2WiZnPIelOgZLWQPbnNXC3F/TdFyValdlJ7o6gt7zVMu9'
    'uBH+G/np0nyv6SPmsUi/k7WJl50SExmV/sJ/rOMHKLTm5o8qnnRcO9tGh1tGuDLVcZts4jStThAeBIMHU7ktjfnULVwsN+1Z/Z7i'
    '/7f7h60d6QjzrzSJuRVFJr+SyA/wt7Pht2PIbycK3368kfCxNAbTILx72Z2W9rdPRNNVVGLOlyvmfIlizhcpxn9ehHVYq6gzFlKn'
    'A+gErYN34lFWdjG7YzQr5ERzFWUKrEy9ooyUCarkP9O5fzco9u9axf5dTX77nGLv37WmfO9lTA6+96dq9l5l1xu29zqdRdDec1un'
    'oL3vMNj7DoO976jA3ucs974Z5Ko50JM3w52exq1cBfrVKtJehtRfxd6bYC5XCE/vibKkIFkAlRmNMplYP5PtYKw47jsaJj8YFsE+'
    'o1Suyn2VNpH5bgpZjw0Epk+MoDfeVMEzCWns/5Df5rZ7v71AfpsDvz1P+LZ2ts/t0NbPFWWOby8t8wzgKJUtB41Z1vme1GsTumQz'
    '31YLfQC3n9wO/X+a2KGMaGz0hth3lY5BtvVhYq/Zo6lrahuq6j9IN0thfpzopKitqqlfwxCb13aF7WGYf4WpnA/7eDmxkRxj8+81'
    'sMNF3RGXU44Rvw6kM3FsKHdo+l4Mdj2me1qIYH/cz2iGiT4pa0lHVPfClSJ6HIc18D5LlNuFnMZ8otIB8lfVb1JmvzGirFQXt9m0'
    'DR7jYqrm3CrixbnQyaFNziwb+kz9iG+Eec518jSlPG3zESBPayG6iqss+Z0c07ce1lGfGxyETNZZR3DnjIe898/u9/XJSw30b3F0'
    'rmE+Gs2ELxLgK/5u8P1+592l93dd/O+gGOCjlnTNyZXKcgQwJU6yciXTvaG2czb8se5ct6XfQbGHqBzXNuZQUKyhpGNdJA3/s/xJ'
    'q+Hf4jGoO1Xyq2ZmDxW3v5Rl/SrL+i5vSwBNbj+8rBHytrQZyfopz72evKP4RrSQ+8bNUB/laV2wx9cJl9tvOvb5GNgX3DeuG+U6'
    'x1Xkmwgoy+MKtoScVVHow4YQ+Qb31w2T4aj8Zbn8w1QOQmVYOK5xS/stKs/d3urhn0p+NWIhN/qZQo5G5x3HZk7V3iH2906h94Mr'
    '+vq2eroK7sNL13NHwP6qxhBVlqXaQxN50/PMBu/3LT6smsR2GdXAs8n+din8PKhfDfdX6bJYi3GN/8VOURpT9qEW32cjSPY41XsX'
    'xX7ybZNzOUchczW5C5v6Iqnu3iqfnamWyb60xcfFMTY2k7WkvpkqmOyzWKshBa3jtu46mT6NbzC3xaej45q58XgO4xofhaRwK46t'
    'cUGhWynG+mj25/mHGHunoyc9FaIntrT1Y5MFXgq/ncP8YzaBf8wbF5WvJfcBkvXPBj+btVkzPyAsi29VDBc+Bll2DfFvMh3vafBt'
    'v2a8dEzryO/FWN3NnqyP4lE/27dtqeB4tBxHdPAxqvBlCNvTHSI8ltmJzZ78XKUDGmD0sEszdmojoRozxyWO3zsM5oJ8zB/y/ppX'
    'Av+SxLufwvvHjFZ+Ne/7KyKtfpHR1x62dv0aWjqgOd8rBS8fyns6org8LR1rQQM//cJcNj6oWQduv7Ez7/l0cb8dCp+/U+jkg85A'
    'G55pR8iZhzH0Nk/+3xnMFoX6QNH+ZD/YL+eB+jV2TFNNZxoI3MzU8z1oP37Q5NkO29yL4/DYuwLuBGFrfV9T6V3PhLba+pFONc+8'
    'r8nXqZnwkypa8GyIvcqIxn4P43Fe2+SNP0naZ3OPD6JrZzR59l6m8eU4rY17Dg0qzqOi/3eTJ9sK4/s6DX3RsSwd+znEn53ygWcz'
    'vm098/++kH1fB3zdM41CLJsCvrxXQzcKzK7mS1M8Ht29EsfzwWkeD1+fMRjPdME+h/nLJ8dzsQi/g5jA+maLu1MngXPT9hH2N8e8'
    'M3Ua3r2KOpBGn45WQmahOo9N4rrIsf2fhqkZ21CEsT3UUB53cyrpEfJCH5yicQyFjGNPgx8fG3H17iXqOJ08RxSWG9Wcq38g7cq+'
    'tjaUyl5N7b3j8n5xeNxdCt5fzmUFgXGbeKI9Fvf1glDnCBsM4bPTDb48ol+Yx9EfVehbKD6a7Nl2i3khX/pUvX+fnKn3YTnOA/X+'
    'ulZqbXoSpHX7630YrYTOMM4Z8aopGluUdTut3ufNplu+UeT/yXjGK6g7o/GMVPIOlL39vM6zxZftHNvkvU+A9xp4L2xSf18H7xy8'
    'l8P7YnifBu+TWfm5TV7fX6srlfvZ3stVZbalpkZ+8+G68jMyCl2O6kOxr64yuktTnmdrhfsPu+NsmKb+cf6L6vz4P1Mp+6Fj4jrk'
    '39f6Z29UGelU4M43aj2fDPn7SYzWHAPvBfBey2jKZngvgvfx8D4X3ksYjboYaM29ZG1msj71LbXTa1OxvdaHaxu+ns+H68h2BOjM'
    'wuDl3FovbloUP7mk5d5Lav18v1FyD+hkJ2H9SmO1pdMoa5Vj+FFNOe1J4l5nyqt8ucbjF8L03jbyz6mS8dxR493Ni7aNjOYdy2jb'
    'XHjPi8hXjQX0tUTT14KIfb2a9BWFNtN6S+F9Jvu+Cvo6p8bHvamSQxfj6k1xvwjvmRqf7tn4BatosWldnYzkUM5fg6R0I70GtP/R'
    'nB+Dv1I6mTtzpbS1ErKA50L0VW8j86yE7YzsYyjnxc7lPuu2dqKmPPKVOR9+p9u+sjPn54mIcufS2cYUbdsTbLssrmbO+3smnnlF'
    '+79qD24pnU/B+6XwvgDe6YhnzCPVPtxWWj8i+/vkFPWHdP7tiv4qea4MkP66RXBsYPrd9vxB/Li82qevSd4pbO4QnWQM0yHjL/qV'
    'Vvt0Imkd6wtVlT/DekLg6ulpGAPHpf+vys8xNMjW+pDG3r0FztVMSm3n8jdVfh6nKOemKa1/a1X5+VwpGb/sb9cU9Yd7s4XARxx+'
    'YFxEl6+sVuxllDGE8XNzyVwrYa/YG9JGMV5U1t/fSttMFvE/69E3G17A9O73MGn7PHafPJndly+xbPvOrB+PKKn7XRhteA7W7B1Z'
    'P65VHJ19Uf+fTQa2e0Luw9dVuB+kF+dnpy9O1DKyLzexvj+psZXAMX18SSldbyFtBZ01JnYXf8p4cRum0/cjTNb1/YwPH5s1OWY2'
    'sHZfGqGfhzJ+LLIeRu+fM6TTd2U8XcRUyZZln+/K+Hl6k5YhF+V/GR/eeK4vU5tfbKubrM9U2ZD8GelzKnwhizFICSwNB9wzgmBp'
    'QUaff7lfcc8yjdOH6zKR9ttfF4JPGyPg00/Tnh3bdNIWOY7H0h78UlkB2hjY6AtlW/envX2Vv239Bth7PlEaH/Oxx7z38Gcg3jDE'
    'hXrwSeD/03o6UzDU19+R9mP0RIn1qDsjx9O+zV8lZZeyr22kLz7/3SK+Pz9drwvS8eNMnp4uzzHO/THDYP1MCztjExxrIvAYVZf9'
    'Pyk/bnIYPHJ4+SWp26uAlyD9249S8eKV8v35WsrTKVQidxKFG97v3WQece/zRftfRXtR75SyvTeTPRpV3NtUe4Syit2krg3eyDp9'
    'KT9Wno2OUtZ5ZUDdIJ1j0f8/5ecq7Q2Rg6JuYQOpYxK/Q9Y5NeXHqjahe/2a/V6cihbTeJC1U5/y42wH8a9F/T8p2xsi1/mtCC+L'
    'ey7jRS+ogD+SbPu7MA75/ZdbINZqwc9rLN+/gVzDT5Cy37nSe2eu9/MXy/dxfeD/E1CWt3u/ouw54+qyf68ou+Nt6jF8OKAsb/fd'
    'pOxvIHfzvZp1eEtAWZ73+XWkrCQA8t10VXndPNAAXvad29RlC4qy592sLvtqUrYAZe8YVM9tCym7bzecaVvUc7tAURb3jZc9S1EW'
    '94KXXU3Kdt7jvQ88DDAMfN/yB72yJ5Cyf/OI9z50QJ3XvI2UDeMnG0lZzpO2QbvznlDHkA6LG20SzyrHaB7KKWgstgL7ZhuLLUv+'
    'xhx8kv89F2BG/vfksosfkjp8bukYcxti4z+ffOsnc8R45PgN7V7xnFmrWBO8M65WfMN6JynaxDu1vHdgbP9D8Nuxin3BfjCfRTPw'
    '2XR+2F89KdMbsoe62GjNEddbFSce4+0GnX80F8KJEeHMVk7Dz2mbuV4k9DkKTHgJ0/jxKj7TJq+zKl+pSq5hEucrLP9BkV+F/Zvq'
    'tQkb1zY4G0zvCd0xbXp7LeYxktDay3VfFkHmbpMXdshQRqk6r9pEaW6WtAiOz1gdgQYt18D3eKqUB46iNzTBkV2M/97SWG73NB1j'
    'KsY5bPT0kKbyl+EI8m0eF2mE3THqG309Tq8hjCbV9y8afF3EdoXMSrW+JrYuI0w28mSDP8e4OqlRjY21Th/3GTJHns9+d4Jr+UHo'
    'JwosBfXD8/PcUqF++HwKsGem/SSJExdaznE04hxXNvg6gx5mH8bhfo/F/FAfObfB1zX1Cn3OeJN9T8Voi8/7l/X+vHsNz1ObsUo/'
    'Z91Yxy3b+qcYbXE6dC+bty0/ELauH1CM9bmIbb2ZjJXT5m5N3S5D+8uinaNB+7rYfWH8mWz/FWQtorSP8txirkUy1j5N3Sg8wwUg'
    'lz253tep7oqI77Z9Nsbs0zYesezzV3V+n1NxDhflnHU+HKjOXxta8HCMtjh+3Z1AW4hLH6rz4NP2vDJt/4115brnuD6VwxFg9oYK'
    'jcMWjjcBHJvC6F7NGW/T51KCO3vYHMYNz1Db9c7W+XQvqE/5vjZlP6df1JbzeKqYvNxOwkTPsYX5WqCt0yVZ3895qvveAn3fU+vr'
    '6rkPw5gFXIWVlX29V9HXcSn7voYM+rqpttwWI4if5XaGRT0naSPs3C5o6NXVFm2ozv6inVOtbxOiu5uOWNKbop5T0e5zCbR7DGm3'
    'T+PzMBiBT8so2tXxPja4/581frvc/9yEhxrR+EI+TdrdqZFxR5EhPGLQbhQ+9VM1PqzatEv50w8ZjG13BJi6VdHumDDXzfdrfI4G'
    'yZyHNDbdQyG82HUR2uA82CUGbYyFtHG2oo1dlnM5WdHGqOVcjlG0MWY4F4TxGtjvuHwN5yP+K+fH4OvMhtsenk78JcPsw2xsHr6d'
    'K5+fyp5irSYGq46X+ELC7SKf8IlcOZ+psoNbnyBf9NYp7BPnuTPn05kLNDFEVXDC7dfPZnO5KuF2cbybcr6dYIrZAeLfTcx/Nkv8'
    'XWQbq0gbaIO1DN4r4N0e0sainG/bxvnIIUveroj/ivaGLXgSbnP9m+ry9kZCfHVUvk6oLzmkaG8sIv8s2/s6ac/EPp33xW0wH6z2'
    '7ftszvKin5Oi7rMa/o2fHx+q9uMTmOgZbe7eKEt+A1mrfs169FvwlQNkvv2a86qggGlZ53oyloGYvuCyvT8nYxnQwOu4Zl3Ori63'
    'B+VylQE2v3GU/1f7/gpTfS4W8xyQsSOtOydbHstZRVv/p8q+LtLPX1b5+xdml21yZv1rQu3h+A6S9rZo7MeD4i/w8d2fUHs4vr+u'
    '8u14ljapzyHdmXE7qct9MFewuscTP45inNMq30a3S8FLmsb9HFS0Mxyhna2KdnZHaOfPq3x75UIAraU0Y6Oizl5Gz15k/XSSOjuF'
    'Oi7MDtbPCWSOqjqmNK4loO9BTd/ZgL4HLfr+r6wfWyFKvGgVT4C2df+W9cdoevap5E5fzfrrw8+AguIskHW+GFBnRNPPpy3q7IA6'
    'f2tQh9+x329QZ5zt09sM6vyU1Xkd2dsBSz/2MHliL2k7DN7CeD4uJ3o5meu2lPp+zGMJSTqMdHxDtpxG295HV2Z9X4CugLt7Uf4f'
    'UPaPrOz8rJ+bvkDwziTfmKxfTfoKklHKsn/M+GWDZE9F/V/GH5etPKnI/0esj3v+bU19E9pR1P8p5srpN8rkHggoO6jwc26OSGeL'
    '/D/pS8dL47huJ30NRJAH30L64vjO45WOavoytVfsDeiL+0K/KqDsXjaHSxVln9XQ+PNJ2SFNbAS8n66D+UaxjUI/53rmQ3yphv9e'
    'bFAW+cXWgLIbWbs5g7LY7otp/+yNSg+Lfk7pcj+nJHRxRf1/utzWvZvRsH9WlOF3zkcCyuD+PRhQZgzPf0WZYTaev1OUGWO+hB9R'
    'lOG0+X2KMlT3J8vcRsqo5LhF/T8p06u5B+8NKIO4NJz27Ilt7J+KcQ4UbT/HyryKtG165sl6LyNtFzT0+TxFmb3sbDqLlFHpHIv8'
    'f0AZPCNPImVUerxinGMyV1O5VfHOp2h7hJXJkTIqvVwxzknKL7NTw1/9VlFmjK3ZLwLKYDs/TvlzNb07FOOcKOrtMYCHx0k90/uE'
    'rPf5lG/PE8e2qYj/ZF36dfgfUAbp0ftIGZWcrIj/ZL6m/ICsd3NA2zvx/A8ogzRqV0AZ5Fm6FWMsGIzxKkXbz7L+X5YqtcOKs2/r'
    'SH8qmy70c64N4CeKfiMBZUaJn3NtgN6xaP+rKDPKytQrynA4SpMyKp8JWea/wVfEhveR9f6vZT0c078Lb9/i2jsVz3/DMXBe+ovE'
    'j04l+y3a/5MyezQ85l2kjOouWoxzInwcMJUVF+1/SNsqOW0xzpli/mH6y2KeE9K2igfNwzrWBvCTeaAXtRo+8iwo0xVQBufxyoAy'
    'yLNuIetoKivOg2/svAT1osX7v2Ldw/je4vlP5mCq10SZb5OlHJr7fVYT/65m8LNNWfhA0t/ryO/UzwzbyAFe2bS9FdrNFH8MftKp'
    '2f0UF+ZjQhAXYrmzwvxpO7wn+hJme5MHWnaD2yf1Pok4+yRC94niMce3jKVfp9s/xf7tF5vZktcIkdwWmu5N3L1tg/op+L0R6s0j'
    'ZSWArof3wolSuKgO+B4X5rDtffDeOjG1a5PEGGx9rtMRxhh2vmbI+XqMxdhx3jY0/9gIfXzOsg9O13JQNgP/aB1VO0H7qutXxa8E'
    'jbkpAA7j1pfzPYfwZi3wXggwJcttgHVKwfeUZm5y7hsN542wif0uAJkR5d8uFH78HRUedcD7WoYjLYwGNQANqhWHgRhNZ5RPiszF'
    'sD0R1h4d9wp4X8foszCAV+l3shjqNLJx1cC40G5xBZmHal6mfSKOtEKZWgL7VdCfOCDEx58Oh9NqAnet7MzIKM6MPKFHcuzb2Nj+'
    'SuqrlXxF+qh+EPb+5KHS4Wdi4pZbcM/Jc46I8LQR2oIwZLp3QffBBQDj9NsqYRZvKs6YWoVZPCX5fS4Zfw5kFTp8aAMZUgpoWSPo'
    'IuqwzSOIX7UAwYzdHWYiY31xIfts++QVNLpoFw1nH93LLpC34V42AwzMEX7Mt8NnwWZvHhzvhIam6mAspTgfP8fOxxrNWZv3wO9w'
    '7JAejb/zXgt7tz6hznv9HuHH+roTfnsX/CbLPbkM7IOEH8esg4wLz8OifQDgPY33tgbeZ4nyWHanwbuTramKj1X95uQKITg5HCoa'
    'CHjCr7Cct9DhQlbBO5wBe98N772W9yhduUZSbgH8QxYv6fbxvNmU8uLeIk+XJrxQDaNB8r8PyXYN++P3uxJaFcAfIK3rYe1e73Ck'
    'BEf23yDiPOkwDGpi8Hgz4ZXdvh8d+94Ke99JfmsJ0KusTECv0gb9CtAZNZK7WbHeZfqzgY+/JQJ/XcP46+NhDY4h7XJ+hL6HFbKD'
    'IB1tisgeW+G/TyVvGt+X6mPpG+8wQfJy1T0Y+adFp3l1r2W8kny/+EQpr3QFKVMzUVqmdgLirwsvRqD87TJ4X5WQLi5LTnjd+YY+'
    'PpjzY4vibSOrm0faWpItf0eR+5nKQcLkVy2W7bWQdxrgYBjWrx/wsMqI1k5es7KznA9dySmMnR6yIQYtVj2Zhs1VD09eaDYTPvbt'
    'QJ9wr1MBclCM86zDIQ6rIwAbJm1THMgEyPSpPHI1uYcJw3FVAX2x1V80sXJJyIuixBGPcq/EftLwT7e2NKY7rd9iybe1wO86vU8L'
    '/B4Wc1cn208p2ktZ0DAKQyfCu3rCjg7iGU3XoprwECj7ozxwC2kX4cC2nVYCQ21wv0pDnZOcLFkpS1bdGxRkNJIML0iPmakwHBfp'
    'wSvBxmmrRweCZGsc7/LwvY7hxEqmfzGxo6jkHNve4b2r9s/eOd572+yfI+Y3uePx6Zlj1RTMEfOwvPjQzJjzVOxrFvLJfPvgzJoj'
    'zQfSzeyY6xV2zDuYjTTlf2z4NT6+hoDxLRHquGGYK6VdqHN30filJnncqH/JGwL67apgvz3Av3Lbcdofz1dXUPhXYXnT3KrcTl0X'
    'Vz/Ihxp9J04D/pquxTMh7diOd7soz3Oh8hUxiYH8PNsDHUyb4Pl6BWzXWcK2SaxEU/ijMIa+B9KuflkC/Zr6BYX5x1wo/DhFPMbx'
    'zoTmLO8HpxjCctg6dFd4PZKGv/oA+DtFmPu0jWjoEfVFjZr7M8xn6zaQ1XaAjozndJ7JY99Kxt51hI19FYGR3UIdQ0435qkea9J4'
    'UwW4o8KbeSI8h6+KNgwJdZzO5cIuVnvBsn2q3wgrq1rHas16mdiD5hj90cm8VHbHQbI4HIep7K4Y02ny38WkThb+BclS0VZoFeAx'
    'l4GZymzTM6CfIFlrlFx+VDdSB/WzIfajLZYyoYUBtvF1irtL1DtIXtOv7ONjxE6a3sGevd9fQ1sdkWBya8xp+pWvQnwO8u0OuD9+'
    '/cHy3JEv3O29P/A5uA9+Pz49tLEjboO/U2A72UhoJLbVrJCj62zjUgRGne1Wuc7s+CvEO4H0txsbZPnP8SbyWq4PTbM9yRG5u8Tx'
    '5smRtLT73011P7yfDOknyGaK2ghTG06uownSz6tga7bDj4m/YZD9ULCyVa5uuF15D6Mpzv5oeu3OkIfOWupbeX5jvNugHOXYlD4H'
    'MpZpTfm0hOZAxhgU/BvGwsim9LmTMY7MH4W+DMqq/kuU9/Ea4ceg0OWfflbxDcf274o2MY7OU2RM3UKd0/sbojwPNc7poOQPHO1y'
    'tMvRLmMb8zTskYqvqGN8hbh0cm8/6v335s7J/+4M51nTaB+haL85ofazrH3tXQvaD2uzSnEn30lsLxuB1s2z8GWa5fCdgaW6zNoZ'
    'ovQJ8rvYbMKbyzP746LcB1wYnNloj7pJ+D5R+NsSsC1dQH57SPh3UfxtfXupTInaCPXBexTeZ0e0yXTweOTAY6vlvr6GybN63Z7y'
    'Pd083Xtqup8258trgA40COcnq/OTlfyr3g5P/yTlJzudcl+EDSqfcT7XR67PdSL8LIMhUz9SmzbjyOyp7VoxfwC533/+Se/d8F3f'
    '9kuWuYDwTe2PQBzAx9XtnUXKLj7gt6Mqu5qUvQnaO+M76rInkLL77oM8Y4+U26rlyX2mWPabYLsHuoYnQP/xCbDpe/DJcv3EAzCG'
    'Q4+WthtVP7EAbIwE87PR+SA0gw4bdWurFXfJZjgYbW3NbWzUV7MxZyx5J9OztpnwzCZyeOpLt4Tot3i8GTrnFcLOB9HE1zlI50Dn'
    'FKUt7pf3GrbuXGeaZ/C2jPxdybgLprDQyu5zGJ+hWZTHZ6C4qIvPYHs/y8F6merR8/A3t3ttUtiu5kGvv85ij6ZiT0xjA5isRZCd'
    'bhWD+2sV6x3mA0b3XRfvhI4DY1bZnK+muuQTmI4Yy+dEefzAExjetZM6LVPYd0uEu61u7XIR107O/y2K+VO/0jg+b9xnLcx+xmbd'
    'R6+3kwmY2q6Y9l/TZ7fOx7G9zwp1PLoag7iOOl9MjNlWO+Gvf5UljFG4dPDm7/cF900vvH3v4NELb9hGDirZwp1s803kzl9Nzj1c'
    'C2yvG+rUwFl+HZEJO3/OdBrv45Nr9IJeoxnfn5Pu03Wi1MfcxsdYFVvCPk6ClJzO3kAJcMlrjiAHNhIIq54MbMxmE4Ex0PmL0n7u'
    '8mst6ed10MZL0v49hraREeFxP2SOpEXsnsPts28U5vkBRxT+VfTOVJ/2YtpVKlaNKk7NL1PmcWpkjqRRp2PR6VhixL8LxYnQtm3v'
    'FHI/h1K+Te1qxTtKm69OeThrcmbnNW28dPKHtaQNFe5sF/Z+hTuIjwPitCkfpPInDPKn4PIQmSNpqdDHwj5V803n22DbjhzD80Cn'
    'FgAdUfHLDc5OOsgerJJ6VKv9x/horxdeLHm0UUY7Suo7tF2U5sLqJnJYjlc8n2tBmOdRvQT8jlQ5Bfk5tleY++iqcsqZ4Hwevs8R'
    '5XkwVf7PO4Q6hxnm5pwryvMzbme+TtTHvVeU5zKLIhultFEn56uNeEeX8PIGeDeQcXK/HvRnTinmOSTU+SxtfX9yws97PSDMfbdV'
    'MEt1Xaq9HROlPuarFfvG8wMuF+W8UkGU5wLNCz8utMo/jvvIY/516lO3V6j9AEcirm1Qztm70148ZVUuzh4yDpu+aH5NFSx1Cft4'
    'XEnABs753ADYGGH4+hIFbPwnK7MKxmfKH3CaNsjaO0aE56JU0bt6Bf3/NZs71YusTnuXdroOz0Tc64EZutcXWuz12cIud/BU7v/P'
    'I+7/YMD+3zNZ9wMG8+xnZ+ZeUe6PnSR9KEwTzODZcTmh3zs0PBL3c76AwNnOkPNGnk3HRoQX07nhuJYI37+cnkVxYkqgfF6Vk5nC'
    '1/yUF++S+/vjWtjATMFy7rTsAPHTmU6e5AJDOjGqwBMekycPOhEeU4nnXj6JwPIeoc73y+MwmfAvXaI0v0OjAv67WPsjChiROSBu'
    'g7XGewnmVV1H8ofK9/mGeU+xbDFnO6GlF2XVuW15PtRizmb4ZpqvFsd4SdY/SxB2Nmrypwa1dzbJY4v72MrWZ202PK8r5mC9MFsa'
    'Gxnz9wblmg0aa1Q+dCPLmXumZk9M+ouqQ0/FuC/dEEE+MtvlJUXhSDOXaJirg0wCK+MdPIlcYEnBkYihG9/M4Ir7aI6S+wd+GyPn'
    'WR7kfWizdQh+O5mUP0TOGLTTbGT9oDy0n/2OdeaTPvaJ0piCaL+IMQXxtzng00NtylaKch87m/W6MoLOvTznEmxdKliOnpQtAeaA'
    'QrtKxXhEkI2+bV91RNBI7bQwvkEUHxvTmNE2e9lG7Cjl+jR3+vcAlLdLXG/p9P9u6bSzZ9SNuybiuKm99loxdbmnaE67SpSnuSKT'
    'inteDf9MbBZbCFy8Q2MTcBWhVdSGyGZN1luUX8D0U7b1W4l90gKAZdW8VhPaaGOXY0s7T1fYB1Ha/GpyV1jOxngKs1M3XQPTOF9h'
    'sEnhBO2NWkV4nCdbvKb0p5rYcKpi9Jr4M6VFcMzfjCVtrybl6Nji0vF0DDr+Ws06dpE5uxj50xMj3wZWU4RmcdvMD17uvY/b49vS'
    '4Lfnr/beF4+UnxFnj3nvb12mttvkfhBIl2SdP3b6dgSVHksuoi2jja+qKT4tIuVamM0+pQGXwZlyHbN5imKHqaLT1xIYQlrbK8pz'
    'e7Xv0puwqHyiVjMYa2byouEQeTCVa91AZF/DTDaFZa4hsp8+A/ndduHnw9Lp+rqZPn0TGUc3k5lhmbUwjjC5326F7K6ZydJ2W8xj'
    'AZH9jhrWU63/dqHPUbMA5EkqPD4nBCYbWb2qAJi8LqHzLpUAn2DCo6l4yNWWPJ6tLyP1XWxmNoI8r2PxcOnQnx90f1vYuaKzP+Qw'
    'lSJ4kQRtbUjg7tZosQe2tg5R+cSc8G0/R0NsFnQ+ZTY2oXmwXV0RwY5uWLEWJnqsKGO8WDNGOo5+xZ2G2m2gvDuM9pno1/ldhN6d'
    'VT6DAwodPrcBibIucfKEUZ6K7yPX7Y1qdMfIN0XJG9qosWGanwBuLwywX6Ewo4v3P2QAA7LciQo9n4kOPazMeIxxcRpE9fMcLoeI'
    'vVJcvFDZ0nUp7Cv4frcksN8tmvkNava5h+ks1xI9py72eg+z0+ogergo+vl+IlefK0rjr6+K0V4SZ9BFQp+fB/eZ0tq8KI/HH3SG'
    'of53BZn7HmHuT62yS+U6Td05wW1+dG2paPwvwP5GJ1N3ebBnXhza1xG5IJ57NueV2+eZv8/Ih7QmwBfVML6I27esJrIEkzs42vK1'
    'Cz8vU7fGfi7qOaLKiTKqWItai7VYALofujZ1UL+F2EQ1Qj0a04XHxKkTwf7SYbYiUWzFWoCf5nYCUxXDB2Uu1O+9QdjF9lnF5tMo'
    '7OMihuVAjnoHz8Xk25CnyhE+SuUbacILYDyp+QH2lvysD7ur7hWVyf+ThN65wXB9MBYrvQ+p7gNjCj6dljPpJyrfqcu/8LDwYp67'
    '83Zm8lX3ELsrKm80tacddnt/xMZHXyX0+RVOFPrcB8eJ8PwK84ltmqqMKjdCrdDndOC8YBLy57oEaHit0PtIUhtHUxvxLsVZFyQP'
    'WgA2Hvz+r7I3N5FZDQj7e3svkyfg/sixLVXokkx5gj6LsXQp+Giqg1LJgHoM+YgwGS6FqcYEYOpkw/uC6RqF7TvlEbjPYLdGrvJ2'
    'sMWnZVTwxmGa8yOcT0ly3oOGMlrTtfmpKPcP5brkJOTGI8QfZLUo919VyddkfWxPMPjmfGA3a3OXQVuDBmXGY/LaQTZmceMGJRGv'
    'UEX3Vfm/izkR0voyeMbWkjK7Ne3Ixcwpyshv/53y7QkGhHnMGmz7uYj1sf9/Sfl3tbA86Ka5vmW7/xTQbiFGu3enfNnNbjF1edtv'
    'D+h3pIL93kj6Tapdnp9YBbNXpvw89f3iyMxTfzyZw+gROodfg9zAdKymesHdGp7g+8Q+yWZtgtp8mOiCCpq1ek5B31T+mncLL24w'
    '96M21fn2GMqJ6by4LKxfwYuGtanz1exleDdGZNNT0e8QsctbMg3zlb4MZxrqjAsWPCGd31Tv5VBC8sok+aX6BPilJZozo8+Qn1fp'
    'RgZFsN/zOMijVHrjUc2edivuPVNFw23ouwnNorEJ6FqPadrr1dAw0/VeQs6b3ZY6gCj9zfR7RnUCeNOswBtTXeVbiN0z34+drOzr'
    'NDhqe94F8Zn0rEaf1+tAnhg2RhXPH6ZXDbsPbJqmc6t9ms7pmXSmJI0btnfX3xGbpUOKe41te/+HtNeVQHvfJPPbLczivFC++R8D'
    '5helvbvAvyfKfGjfz7GzqEvDFwTZ2CJt60ho/yoxvuuJvraXtd2j0W/vtrCdw325gNCSQxr5aiX6PTHARq8vhL/gd7w5xPYzbKwm'
    'dn6o2zxeoRdR8RljMfiyoPWKoquqBK09JgFau85SP8TtoWxiPWE/tI1dFrjdQ+ro9pv6Vb1CeHE5KIxyWwrKg1L9Ujrm+KiNWoHJ'
    '76oAflT6T5N5UV+GPRp6NSjM4iGb2JUH6Slp7NsOKMf91zs0NFcnQ+xiaz8e4B9gMn4VLcO9OIfwqeOGdMO07yC/Es4vTuWcue00'
    '3cMNZA8r7ZNQCd6xUdjFC76C8FM9bN2ei2DntklhF2AbL1m2s9JSX9xvCbs6uarNnaQS9nfTAQP7EtqzncTGcdjivBgVwTErrzpC'
    'YOFkYpNhYnvN+cYhha1on2Z8dG9N1jkOrFLfmyoCu7LN8wPoRxQ72VPJmdnNbF0xF0IQHx3HlrY5ou0852Ewzn0l5M0mNlc7NPcU'
    'xKfTCY0YFcGxwkfJvSgJf7K5pJ1hi/vZYIjdmLwX5VKl9uxpy/uGyyXBcknsP2xmCW76+60MN8MSwtjAfzZB+N8bAf77E4L/VycE'
    '/xcTOcV2EexP3B3Aw6J/6XzFepjaKOpkF/Se1m8xx10Rzg8dbz+T7GqD4Bb9lUxz9XKblTFRGsuFrv2YxiZGhTs9FjDZbXhHpvxD'
    'LYNZ7nPbKvR+/TTGBbdz2GN5Fs8Vyfnxj4bYe5rwnSpdRx7eqxTfwtofF/b5oEYMcT9M/3QG3Ounut/5wi5uedjam8BzG6NZ3H97'
    'nPCYNrbyyAs3Mhzelyq1l93D6hxPaMIeZlub5BjHmC6zECLPWyBK44dQm/lxjW37AsAxWqdalMdVCaNTOO/nRWnOQOyP+vhNpbyn'
    'KQEaNBNjfGRSnmze9A4epY+fMz7BFG4LGjyeF1NOzG3yWsidNSy2Q5fQx8jIiPKYFriuOeGvcyX2PQ8w2mC4h7q4FDJv082Mxj5v'
    'YZfJ5eNDFnUHDeuEzc+mT118mR4LvdFIhH5dnJ+jh8a+bQporMy9enVMGhuXpprIYHkMQ5VOXBUfk94NpwqPinmzJr9tibCuXUId'
    '32guozvPCDtfMjo2esdSrZmKxk/l2v2z8OKeHokwWW0IkzkNTJqewW8Qfq5E0/MvyIbY5gzaqzl/xyLsmW3/pvMztT2cTecujR10'
    '7BScw5ifqy3E7qxfqHPwdlnOtVZUxme5o8J7PC7M9EwcDuT8+yx4gKh9XJry7/g3xsDloQTpbyXOfdXd6tgK7nnSd6xniSxm0NAO'
    'VnfHMq1jc7aMGsqVTe5RoxrbupEpostxcFbWvSmhfQryyRkXwb6dtj43trJkTtfHRXR7f52f6kzc36B4Js0KftBkzZOWUfJzMi+S'
    'i3FrIqem64a2F38GOiub8ySsrEpGrer7ROIDMNUyc9V4gmBooeK8S1oenpkmeXh7AnCYU5z7ebBXWifK4/5G1TfRPWnU7EkY75Gk'
    'vDmI789a3CELsIZon90A+lPbmPO0/+opvnfIvDCv0pyP3OeS65H72d99IrnY46b0SmWTb3InmioZqyrGvuqeqcvx3ivKY/gPBfi9'
    '1LL266Be3LvEgDC3KeUxKPJENzsk9PHIdXOqZ3NqIG3IuZ0wA+CW26KOaOyMTGCK5zyia9FYIbm97ix4/yw/C64D+3mdfWzQeLMh'
    '462qwHjXgK1D0vuhm0clz125pl8Ikfuq6GEQ/VTtIfI07Qb7HPXO1iP0cRGpfK9S7ZucAW0xZAVhtO8CQvt2C7WfWa/i/AprdzXB'
    'T1N45/6mSdzpo5z19RodBZ5hOWJDb8pvyj4+IPwYS6b1wsb9JmEXo3RIYy98I9hZxGknbKyvVPjt9AfY9co6L1Po/oLqhI3hTLAF'
    'DqNRYfSmEvhoqwsraPiM6bJDaE2An2mysM3eCfMvBPBB1ws/DmevQl7HZW4zhb+h8UO5zNB03NPB5wTd0auZTXGfxoZ/RIMDQXIe'
    '7v96sUIvl0Q/o2R/2kLoks7PLoh/GFTcSZJofzTkTjvVtKJlimkF8pNPCc//2dTnomC4d5WmH6Y2dRwfPyT8WJiVmO9U3D9kmbNE'
    'eZxqW9v7qaCXUfeJ0vuk5jhdd8PTQu6GYyF8V5Lzj8Kj6Xj/GmJHrYt7GhSvo1dD628idtSDQh0zZ1xT9zUJjgfPiKsInx42Hqxz'
    'kaFfSsFwXqdb4FrQuJYa6tyGLXC3J0AGqvPTq53GszaVwFmL+o47hR+7AvP7PrnMz5GO8+wg85R/rxDlcSb5GgyL4Dj5Qb6CNAcz'
    '+sOp6FMl7iwnQd8bst77ZdnSvV6XLZ3HufD9TYv8eZzDymyCMm8kZc6G9i+B95nwPh/ea7P+OPJgI7tJhPfdCfXOgjHUQNnzoOyt'
    'i7z3mxeV31Oncm4mY5Pz/jjox2S9lxvWCxqfzZocbWst71kXQrsbs6VzvDh79K5LkH3DHM394IJs+VrQcVG6Qu8NKjv5uOcL6v4w'
    'Bu16thb497qsWjfO6WwmIV2XHOuXO733vZ1e34sJr/Yp+HYQ3p+F98871bGDX+z0c2rVk/ML678I7x92xosv00jWfD28F06oz+t0'
    'gmv1wcu993F7fDtM/Hb2mPf+1mXeN3rOP391/PnaxBqZ5Q8u4zIR/QkLNZJ4nC0JB1d2l8Ku2Oa9b3u/Hi4wnqUqtiX1R0U4vLfg'
    'vf/4fg/mlim+Xb/fx3VuczEsSuNCzCV4/LfXeu8zu733/xsvx3Us8xJWRpfDGDdDN8coMV9wvj/p8971e/x4Tfit6i9hnW4rz7l3'
    '3/u99/7bzOhxNkEaswvW7Vs9vn8+/5a6yft2LFl3/CYu9f+m8TGKZ3hPadt03/Ab1n9Tj55mYezDuaI0fiWHxeor4By5FPzYSH/1'
    'sDdfu9J711xTvkcvgzmt7yvfI/y2bacevnCcdWSc1VOwh/wsqA04Q1QynyYFjlO68R44Rwc7S+fcqsGDZ2CtTnpV+Xhuezu8O6ee'
    '9/jBt733C3eX59P8BHz7+kEo+1k/ZgfaQo1+03tf8h3vfeiA9z7w+XL4PkHT51TwIFHjuDWDvBlza6v6Xk1kApxmmuQq5jR3IcEb'
    'WTetKNtAzrTTZvj4Tp/i8SWVV1zFX2+whFEVLeH38zvh/eSyUjywzct+I+ASyi37ge4W9yqVPmKejPmTNW1TLsHmzd56/WliIqfm'
    'OA+nLd5vy8xORHjyCn7XNr4nxaMT8cyf0PN5YTDURXDupLI7T/qofooLVUEYonRmNeMjajVyEMxdM5/oOGiZZqKH28V0x9SWe1eA'
    '3XNVTJq5yRK2dfxhKsYZvomV151XlEa3ac65lpBxZmKcN7ozsgPe10akFZzvO/Cw9/7KV/17AX6743Hg+x707y/Iw0meTb4/8Dnv'
    'vfH75fzsh78BZb6eHH+3kfB5IsE1byTjXgV4NKd98gxtL23HhA+pBd1lDeBQDdDOZk/MoBx3NgasdCUon0rPxli4b/CutSIqITYo'
    'YsMHvkfBr6WE70fu+DV21oqJzGzh1xqJngVp2amsnGlbGGfxUvIblXWLe3wbHB29X0Hu8LK8fH9OU3YJaWfeE6X3+wXk28+A7h94'
    'vFyOlAIZwiMPl58XD37Xe3/nq6Xnhc35vtFy/dqITApln1VA/8UBIT7+dCnu3kLOmSnTGaRnIU1u5pgYiU32nvbyn2zOT9P9b43J'
    'a3Xe4/NVebBfQn7q80967wbAgW8f9MoMEvxsfwT0so+r2+shZRcf8NtRlX0lKXsTtHfGd9RlX07Ktj3qvR94VF32PFJ2333eexmM'
    'O/t46dzOJHb9+0B++CLwk0/cD7JH6OfBJ/08HbhmD6Cs8dHSdpeSMWSBTq17SD3e+aQ98Rl1mUbSHqVRqjnFyf/azGhGPak7+WMg'
    'D2PLg5ymkCG0AU9KeVxcm1NgrVbBPbKGybOa4UqMdxfaRjUpj/w1v+Oa1FvNxmwbGz50jdPFKbQnscaOLzc4A0LWO/BJJ8uXJ62L'
    'agMbFLr/vbD/Wbf/GXK3inYvC7uYJXxvU53nBdCb3jFYzh+/ZUvpN8ofnzNe+o3yx38AnWRWoR/Eb694S3x5ShxYnGUmLBlmh9Is'
    'kidIoTYucXKrUvlkG9GvOxpkQIPSuhtEAoeQO6PcGTVNZxTeV054F9hWgS3R/Fu897tvhzjhpOyBd5aW/dnNIJ+Csr3kLMJ2ZXsY'
    'tyTH2pH15beryTfe/xYqN2L9XUy+Ld3hvf/7Wu/buYpvjVv92Br47W/ABm7dDt//Br89x76tpHZDl5bOb7niG85viaK/pTvKz/3n'
    '2Dd67n9nN9jqXVF+7v8Yvv3P29y5n/i5v7+C5/5+d+67c79y535VjHP/SJHzTFfevyNxjVIiOVl3knLubQZy7qst5Nwvs5Bzb7aQ'
    'c6+1kHOfbCHnPs5CHj3XQB5dbyADj8ojJG3LYmoP0Ubq5Yk9xjzSJupKqRx7Efx3hnyvZJ9J5CLNiXg2Knx8KxXz6WDlsRy3nVH1'
    'RXEabY5MYmzwGFfLwGfCNP6Gbf7SsDLPi3i4gGtlo1dp1dhmZgkMct5tCfPdQL2GDn5qjiD4WWQIP3HyuyG80ZwltvBG4x3weBNj'
    'sxSOqo8gOGqyoEMYI4PGmqL5t+Tfz0WgOaOzFA6OpPNonjDPlxcW35/Hgt4j1LmFw2IDHen7n46x/zY67fQslygVF+Zjh6/4zfZ2'
    'TW2hAiPdXiQlFwi0WTASeaeFe+jzMN3SzUnKhZyNiQE+iji23+EKmriyEgF+FB0Plsv9f/WYXybOuaPyB0eZwgGFHe4osb0Lixfg'
    '4DM2fMawgUonCp+R9ASz91DPmNpu2D2brexCkpTDubM89t5ZneVBPLlgd6GtYP/cf7fdfeJ94Gsh5feoi8Y2L/i6926+L16b9Gzo'
    'h/Pqsc+YxSF0vOiRC7+2vKjOZ7W5M77PatHndHdpu68Fe8gfsJhNJrGYVgp9LCZq68FjE1FbDx6biNp6vBXaPDRebuvxSYgBc+Ud'
    '5fi15pXeu2lrfN5Ltx8tsB/XReQRTGOtVML/uWbC10kkwX/zGEB0L3jsoKj89wI2H5rr+NsQ6+l/bYnm0+Di0Sni0e2PwbPtt+fJ'
    '0jMYztEX9E8Q9/AE8tv8a8ppmiwn3xeNlNM0WZ5+ozTtgl7vfeO2cjxaXCj95mIvHrmwHoemO5u02WlrXEV4Hsy9pjtfN5Jv9zCa'
    '8RLy7SmIRXgZxBs8lXz72muAr+z28wtwG+KDf+n7gqKtjOTv5PvlnX7cwjyhw7zfIt/XWTo36guKPB6WCYsn6OhcLDq3LAadC62b'
    'lB0ujcPpaN7RYYcbh//jMbI6FPS1VpTmNaG5XzDPCo8dvF2Uxg4eImUwxtcga2c7KVNgfWFez+uEPk4xtnMVrE+Ynr6X1buQ2XmY'
    '5ACT9dYJP35ZF5v3GjJeniMHY5x1iPI8ydT2R5Xn1CRXKMZuD7Mr4flquoQ+Hu3JhA+jfvumsr1TLeGzQZTaFedEsO0zv8Ny+F4h'
    'pt/2XYdzbcLPZz1X+LF6uN01tXFJVXD9VTRgWAPnlypwTgVrPBf6ZoJzu4Q6Vz1vR9Y7Tfh5zodFeT5zUxudUWaXxfNW7bG04Rll'
    'NnyDwo+NW7T9DrDhqRSsRrWvQtg0LZ8D/loVH3KQrXO/xi6uR6hz0/Mcjd1CnS8Xv48bwOKQYs/pWHoN4PBfsl7MGRXtHtaM0SS3'
    'Ms15b5r/m9uQmdgTRh1HN7Fxk+vwV1kPl+kYey1tJm33q4vABh3bVOwDn/81k/M/m42L2/H2RMSBQQXfYGKfzvkHm/XleEDtDxeR'
    'udqsNV0bnjt2QAPnpnb/ScEOn+szGT/PpyrmrSoPUxAcbdeszwAb10/h/VthZk8eNId7A+YwWME5mOzL84Ywd0vG410obBcs8IHn'
    'FrTlp1UwPMreYwqaIcd+Wcbjm6cLhn4sSuMw69b4xIyne6TrxM+bQU1bSZ3bo+S7HJO8pZ8l9Hk44+Rc1dG77ZqxDbJ1DeNTTf1G'
    'nkj7sL1HmOeK3TEDzr0Ppr27GMKfydhpewOa/bfBbR0t363YZznm/rTnG6aiJTyfbbeIlntYNVfdeC5Oez6aJnyz7XlbCMH5FaTv'
    'HRXmyTlu16W9O85MPneeSfl5SPnam/AmfcIsLyDfOxO4+ULKy9tVST6Mr8dHUnpY7FXsQ9L7cXPKy3UVZ847DXGjOzW9tPW8lKcb'
    '1/ENOI6w/voV+xTU7zLSb8HyDqe6/3FeQbV2st/qlKcvi9JvUmv+E5BzVoLWflP4/qhY9zlLWoJ1wnKxy/7uF/56Tpdc4N1kzrZj'
    'UJ2pgyH9SR58YQQYsuWVpS3hcZZ8TxL8hex7g/Bz0ydB9zHH+MIIMDlqCZM0922QnITKSDHvOI1L8gSxV5pH9CcrFDLU6ZT1Y1yU'
    'BhE/r2UxPjXE73jfQbt61Kcm7npE9dtGG9ws7K9gcm9Zdy7o+Liuu460kxWluQp09THWBo2nI+teJvwYHVSXJMu/Xqjj6Vwnpi+G'
    'Ca4b90cPw80BJofIpDy9mGk9Ha34NdF3DLO7w5CG13+W4KgJz9Kjka2MKM7UYyzOq36LstjHA4RmbQ+Z511Eb9JtwZuhfvtDws+b'
    'F3WP6B3hLQm1h/m9RoTPG64j+dzDcsCvgbKbWS72l5Ac8DTX/TryO+r0kY+4IKQ/k1zyQfWpTl9lh70mwL7sZKHPdXICsQUbhRhN'
    'L0Acpoe/6scQ0dnCzgmwhW1Q2NrmFLa2XO+YFG3LxaRtWJ7GBlPRftN26f7eBO+nI57fYWNKag2rY/IZqnJ1EfmMz4BN4TPwfh7e'
    'T3RG43+SGtfvLo2/zrUJ8HMm8wmLhxd0rx9Q0HM8b7jdfpCcOQn7gfoZtF67IqwXv4dwWwusN525IekaZAJozQLCO6eILRDWz4TU'
    'TyJ+XLrCcwzKyTxd55RKD8T1fSZyzgK5z1ZybOMWcoU+g7HNT2BsVKZC7zILDeweTHn2MY3c4SToU2UDwOUPfZo25gMvTcfab3GX'
    '4e2pbMDQjvsyUeqvjf6kc0LWqkcj/+G2rnQuXF5vo+tS2Ypm2Fw6yFxUYxwitN0Ef8LOuyTi71LZXJdiH03PLB4Tn+ofxhTwJtfy'
    'eIU9gE5/rJLvD7J2d2nspQeJ7DTI7tc2vlhScg8u3zVd86Tkd1H7d/nKVTlUvadS+crbAD/p3lwvXGw4Gutn/w0izhPozcJlppJP'
    'fZL5CgiHQw6HHA4Z41CLKM2z/OuUf2YhT9gC+JMDObjNWb3SojzKRBdb3tdV9uqm9WWfx0aY14mW86L8TpWjPY72ONqjPL+r3fnt'
    'cMjhkNX5nYPzO0psJS7rbSF6zZVMxrKByYtqRXDM7ThykZmks+A+imG6hqRsghoTWL8oNoBR1lJllxVkr1HJvVLJh7Ix1jJszWzl'
    'dG1kv2X5NOPFdfDQFGMOQwobF9wzSQOWK8YZ1TZ3KKZfBb2T2PpLDWrsxEc08+BtxoWzqHlrwua5QzOfgkbfMU/hxxPVj4jGSFP5'
    'CDQL379+t+Geq2TAOr1QQwXW1NZWaVdEeTz3JxzR+AKZ6CWozN3mfhwl3sB6oruJ4gvJdTfyvrwsYT+cqPtrEtO3tkJ4PKzAobA6'
    'QwG+MJXQpY6G6FKbLXCdwhzCVX0ILqCd4qnC9/tLUm/LfSiCxmGDkzrbt3YFLVbR7jTT4W1n46Y+cXmot0QxB5Mzk45riPQXNl6V'
    'HpbOIUvuI6ZnN4dv9LPgua1sfaB6FLpLlSyO405LDNzZQ/pSxeI9icF4CzlD21kbQ5r97w2BNYQlrGNqy72LrRPm4KRj2W0IC0F0'
    'JMvgfIfQ+8fqYkwF6aoHA9YpSd+Lot1uu91de46CT0BbXZuYSSmyLjTPiS5Onype+MonS3OuthPb4XUQV/8Q5J6986DPB2Ls/Xng'
    'J/KbL9qt2SKo99sDahhK0qfh/uXR4mbNhX91ojyvMOYn0+UVThK+qq/w3p+61IcXarv2/BsABq7Q21PUBfgFqeDi5ldBDNIry3Px'
    '1vf534oxnK+JF8M96fyftrjE8WcB0C2Oo41AS+sIfh0pT4qKFWliiWyl+7R5miN/1PXcEsEeleLDsdDxE5/33pdgzuvH7ODrB5/1'
    '3jsgd/az4Cc3+gUPd/4c4Ev+dhvQxg2PB9fZSOp8FnJofeyB0jofuNf345N1OuH8oflPPgx0/pXfh7FCju2PHSjNDf4E9H/JPV5b'
    'i8n6fAVyeD98MBr+tX02eNxh50Mc+ipgvd/9uH8W2tTf+j1/3ZKSOdIzUp6txbW43ywvIj8rZd05sD/inunzq9DR+SzwE3S8Mi8A'
    'lZU2iFL/GIzPKQNCTnwUcph0lvJZC8h60PMy1enHs47afivjuWsn9PObQ+xpuxT3OH4PNbWj3iHMYsfq7rmmvPSIxn65V+PDofK7'
    'jhO/iPvI94fYUfcrxtVM5KFx7YKj6kVUstndmrXeo4EXVZyCvPDj25jaVZvInEY19r/9Qh+HTDW2MDkb6rhUezPMbIej4ofN/WyR'
    'Ro6LPo53kvt6FfTx5LJyPrlDlMZjXKFZDxveBMtlRbCvoE5+Ludxloifq57uDY/PtFdULlc0jw2n8qOevLqIaxKgPSaxL038rk3l'
    '5JVetx3CPEZ3bwguI3whjKWgTxyLDNJabDa1X2nRkIOxNws/vtwoew8Ldbzi17I1wHjT+EZ6iPkr9mjeq4WfF6gOftvMcArtLPLC'
    'j5VN/cUQt/GMGiDy+LyGbqQ1fFsr7KGpjM405moUnVWzxqcjLAYN9/lJQm8U5L/UoZFvncjOAn7W9yl4iUrr01ZBH/R85zrdUWEe'
    'U3xYlMZGn0f4TN3ZzXmmEcX+mty3mgmMBNnj2MTGNOVh+5k9S5+GV7L14ZL4d1nE/VWtsS621EiITRXi4ByNXcOAZm91NHud8GNa'
    '6GIoDmr2wSSOIO9P9rVQBMedisJv2vKVssyWGbSfx8bkN/qEOjbZGKMD6xR6dtX8xjR8jKpsj7CPCV4g52arMNejcti8yXC/5X/r'
    'cjXsCYHdoFiF+HuQXkUwfVY3g6EhpiOm94SnQB7xn/C+tzN4vjXCj08lzyn8diehzXeKePk3dDl4NovwHDxnisrkmVkq4sWVwthJ'
    'NI9GXwiO7xVme1HF9uKby/29+OZyO77+tyB3bYb3gyDbveFBv9+FcC7XsX8ynoqMpSLjqPz/vV3dS1RBFB9pc9UNkSAskaiHHoIe'
    'NhBSnwQ36KkQBaVCg5RepA/Sl1ApUFCSLP+EQFDYzY818iqim8gq+LJEgmAQ+ZK+5EMPCoads/cMe+7cubs7t4+H4eTsvXPOnPmd'
    'OTNzTnPxDpVHUELg1OZvgn3Bv18OCbEzZHYin+2OlvTalyjyQYq8kD6keuSJFPlK+c+S/MVKseCdJShHUEahtENpgNIHpRlKWzh/'
    'uS3iv0T0iOgo0XaiDUT7iDYTRV5S3hI2ziEWAwxBX3tHnHxD1H+s53NGocecIeeBt3dseo2+m/zjmTsG77X288LnadJzoVJqQca9'
    'F6CL20I0gpN82irEfmN2fdZSv/Yo3ojvpr/vfItsttWm2E4unCJGyjvtuQ/nPZzzdgm3MaJTYTOcStxhu17zKtJdBccx5e8pNu6V'
    'JH9IKWfaQP/dNpYssrUVKJOEU1O88n5g2+m1dbcTr5ZidytEJxXc5oPjAMMjlm3g+fO+U45tkgPrVR/H+e5p5FG/jfuFfkvk8G1c'
    'vgCT7+ITGKcOp3xYlx6/Dn2ezbdXdDY/4pYnSHPSr8Hs8pTS+AeUcgMcVj04jzqw1eIH+nHEZ5DWU7y8juwan9f1V+aBY+mMCbEa'
    'd7aHdUix3sSfYFxPp5/qhDPGxs8qwu/yHycuN76HMXQut5qb4if+xcdDxpIq2HjgvaN452gR+MhwSj8e/G7SdIxpjuRL5be2k3r7'
    'Su/HNty44mOUj/5Civ5E3I4nOoLe8Uyc0UR/AdJf0+bf+Va3PGurODaP/cl2g+y5QnZuXUbnIyJPnGE8E2OZIkuMUz03jCT9f/tX'
    'ju8AxYgvzbm/DS7jx1cTblyMUzx7PJodF/I7hDL3WN6z9Thux9RVbJfRb/yuR4nnfHHyPpXBCdINsgvMaTJp5/kirbOiucevakGI'
    '7zPOflTRHZVY7wfn0aRbjycVPS7DXLIF+rpnufW4THH2LdInPuMnh0isu/sfVPp/ALyqF5z8D4g/1pvw3Zl18u+x/gzjMv/jTdKN'
    '44G1DEay4bhY8Zdp37+c8UfqWkL+Zn108pmYd3+PWuap9H7QP6uLURSIzP9FlDLVgJ22JOw8m7tzep9RQz6yJeHMycHnTcaon2yj'
    'hfKIBj/rc2swx0fFcFDBMO4HcS/I/ayUl+8V/fjcuU82Ta37v/db3RufUPbGY8mMvGOGuTYyD6ss+m/5cJznmstwnYJrFD4OlT7y'
    'YnW2yH246m+a5sneNXYqbSTXOu4Ui91xjMk+9WjmSTUvqcfnPCnz2RYtbxvgOi9l+4EI5qxNO+WKUB4b1vP1XEmO9ZzMgxNR/+s5'
    'Lz3iGnEY5o7ItFuPMZJ3mOaWyLSZHqX+qzfN3rtOfPtZvlsuf4V54q+TTvl57rgJ/2HS6YWkczzKhT88TZAdFKy552gcsyss59F0'
    'TRNZzWAT2zrH5PTb1taMG+9+9gpdYOOHyhqqi+z+0HANpfMbfvzcPrUzRWeXl2e9bdvrHLvoWJ8HyG1WvQ+d26x6j3q2byCfp/0e'
    '5u/xXD6/OY1evsirT3x/Je9hxzvU/4e8vwFvefYD'
)
