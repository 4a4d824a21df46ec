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
 ('(?:^|\\s)(?:propos\\ recueillis\\ par|ein\\ beitrag\\ von|geschrieben\\ von|корреспондент|reporting\\ by|автор\\ статьи|escrito\\ por|kontributor|bài\\ và\\ ảnh|da\\ redação|scritto\\ da|written\\ by|a\\ cura\\ di|posted\\ by|redacción|reporter|story\\ by|testo\\ di|words\\ by|authors|autorin|autorka|autrice|muhabir|penulis|pewarta|text\\ by|tác\\ giả|auteur|author|autore|autor|texte|yazan|yazar|автор|текст|oleh|text|書いた人|bài|par|por|von|執筆者|投稿者|通讯员|글쓴이|작성자|by|作者|取材|執筆|撰文|筆者|著者|記者|记者|文)\\s*(?:[:：]?\\s|：)|^\\s*(?:di)\\s', 2, 34, 4398, 1281, 0, {}, (None,)),
 ('(?:^|\\s)[^\\W\\d_]{1,3}$', 0, 32, 5679, 38, 0, {}, (None,)),
 ('(?:^|\\s)[a-zà-ÿ]+$', 0, 32, 5717, 37, 0, {}, (None,)),
 ('(?:^|\\s)a\\ cura\\ di\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5754, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)auteur\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5852, 87, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)author\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5939, 87, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)authors\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6026, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autor\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6120, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autore\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6205, 87, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorin\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6292, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorka\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6386, 89, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autrice\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6475, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6569, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\ và\\ ảnh\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6648, 100, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6748, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)da\\ redação\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6834, 95, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)ein\\ beitrag\\ von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6929, 115, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)escrito\\ por\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7044, 107, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)geschrieben\\ von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7151, 115, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)kontributor\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7266, 102, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)muhabir\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7368, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)oleh\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7462, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)par\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7545, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)penulis\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7626, 99, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)pewarta\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7725, 89, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)por\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7814, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)posted\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7895, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)propos\\ recueillis\\ par\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7993, 137, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)redacción\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8130, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporter\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8228, 91, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporting\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8319, 104, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)scritto\\ da\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8423, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)story\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8528, 96, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)testo\\ di\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8624, 101, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8725, 89, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8814, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texte\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8897, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)tác\\ giả\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8982, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9076, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)words\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9157, 96, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)written\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9253, 100, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)yazan\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9353, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)yazar\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9438, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\ статьи\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9523, 135, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9658, 102, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)корреспондент\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9760, 128, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)текст\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9888, 104, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)作者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9992, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)取材\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10071, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10150, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10229, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)投稿者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10310, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)撰文\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10391, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)文\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10470, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)書いた人\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10547, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)筆者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10630, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)著者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10709, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)記者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10788, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)记者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10867, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)通讯员\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10946, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)글쓴이\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 11027, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)작성자\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 11108, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 11189, 82, 3, {}, (None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\)|copyright\\b)?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>(?:[^.,|()\\n]|\\.(?=[a-z0-9]))(?:[^.,|()\\n]|\\.(?=[a-z0-9])){1,59}?)\\s*(?:[,|(]|\\.(?![a-z0-9])|all rights|무단|版权|未经|禁止转载|無断|alle rechte|tous droits|todos los|todos os|tutti i diritti|все права|tüm hakları|wszelkie prawa|$)', 2, 34, 11271, 961, 1, {'name': 1}, (None, 'name')),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|lúc,?|ore,?|as,?|at,?|um,?|às,?|г\\.,?|o,?|à,?|в,?|,|\\.|\\||,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 12232, 1329, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d.])(?P<year>\\d{2})\\.(?P<month>\\d{1,2})\\.(?P<day>\\d{1,2})\\.?(?![\\d.])\\s+(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?', 2, 34, 13561, 890, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:(?P<m1>\\d{1,2})[/.-](?P<d1>\\d{1,2})|(?P<m2>\\d{1,2})\\s*月\\s*(?P<d2>\\d{1,2})\\s*日)(?![\\d/.-])\\s*(?:[(（](?P<weekday>[月火水木金土日월화수목금토일一二三四五六天])[^)）]{0,2}[)）])?\\s*(?P<hour>\\d{1,2})\\s*[:：時时]\\s*(?P<minute>\\d{2})', 0, 32, 14451, 560, 7, {'m1': 1, 'd1': 2, 'm2': 3, 'd2': 4, 'weekday': 5, 'hour': 6, 'minute': 7}, (None, 'm1', 'd1', 'm2', 'd2', 'weekday', 'hour', 'minute')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 15011, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|lúc,?|ore,?|as,?|at,?|um,?|às,?|г\\.,?|o,?|à,?|в,?|,|\\.|\\||,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 15552, 1330, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|wita|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|wit|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 16882, 559, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<!\\S)@\\w+', 0, 32, 17441, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º|st|nd|rd|th)?(?:\\s+|(?<=\\.)(?=[^\\W\\d_]))(?:de\\s+)?(?P<mname>października|październik|septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|settembre|listopada|fevereiro|พฤศจิกายน|tháng\\ 01|tháng\\ 02|tháng\\ 03|tháng\\ 04|tháng\\ 05|tháng\\ 06|tháng\\ 07|tháng\\ 08|tháng\\ 09|tháng\\ 10|tháng\\ 11|tháng\\ 12|november|dezember|february|december|novembre|décembre|decembre|februari|desember|febbraio|dicembre|stycznia|kwietnia|sierpnia|września|kwiecień|czerwiec|sierpień|wrzesień|listopad|grudzień|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|tháng\\ 1|tháng\\ 2|tháng\\ 3|tháng\\ 4|tháng\\ 5|tháng\\ 6|tháng\\ 7|tháng\\ 8|tháng\\ 9|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|gennaio|ottobre|czerwca|grudnia|styczeń|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|haziran|ağustos|januar|jänner|august|agosto|aprile|maggio|giugno|luglio|lutego|marzec|lipiec|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|temmuz|aralık|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|marca|lipca|março|junho|julho|марта|şubat|nisan|mayıs|eylül|kasım|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maja|luty|maio|март|июня|июнь|июля|июль|сент|ocak|mart|ekim|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|gen|mag|giu|lug|set|ott|maj|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru|fev|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек|oca|şub|nis|haz|tem|ağu|eyl|eki|kas)\\.?,?(?:\\s+|(?<=\\.))(?:de\\s+)?(?:(?:ค\\.ศ\\.|พ\\.ศ\\.|năm)\\s*)?(?P<year>(?:19|20|25)\\d{2})(?!\\d)(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|lúc,?|ore,?|as,?|at,?|um,?|às,?|г\\.,?|o,?|à,?|в,?|,|\\.|\\||,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 17468, 5626, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>października|październik|septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|settembre|listopada|fevereiro|พฤศจิกายน|tháng\\ 01|tháng\\ 02|tháng\\ 03|tháng\\ 04|tháng\\ 05|tháng\\ 06|tháng\\ 07|tháng\\ 08|tháng\\ 09|tháng\\ 10|tháng\\ 11|tháng\\ 12|november|dezember|february|december|novembre|décembre|decembre|februari|desember|febbraio|dicembre|stycznia|kwietnia|sierpnia|września|kwiecień|czerwiec|sierpień|wrzesień|listopad|grudzień|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|tháng\\ 1|tháng\\ 2|tháng\\ 3|tháng\\ 4|tháng\\ 5|tháng\\ 6|tháng\\ 7|tháng\\ 8|tháng\\ 9|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|gennaio|ottobre|czerwca|grudnia|styczeń|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|haziran|ağustos|januar|jänner|august|agosto|aprile|maggio|giugno|luglio|lutego|marzec|lipiec|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|temmuz|aralık|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|marca|lipca|março|junho|julho|марта|şubat|nisan|mayıs|eylül|kasım|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maja|luty|maio|март|июня|июнь|июля|июль|сент|ocak|mart|ekim|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|gen|mag|giu|lug|set|ott|maj|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru|fev|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек|oca|şub|nis|haz|tem|ağu|eyl|eki|kas)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?[,.]?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|lúc,?|ore,?|as,?|at,?|um,?|às,?|г\\.,?|o,?|à,?|в,?|,|\\.|\\||,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 23094, 5677, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[.!?。！？…\\"\'”’])\\s*(?P<sign>\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\))\\s*$', 2, 34, 28771, 1475, 1, {'sign': 1}, (None, 'sign')),
 ('(?<=[^\\W\\d_])[.!?。][\\"\'”’]?\\s+', 0, 32, 30246, 221, 0, {}, (None,)),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 30467, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 30493, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 31086, 240, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 31326, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 31357, 77, 0, {}, (None,)),
 ('(?<=\\s)PT\\.\\s+(?=[A-Z])', 0, 32, 31434, 41, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|lúc,?|ore,?|as,?|at,?|um,?|às,?|г\\.,?|o,?|à,?|в,?|,|\\.|\\||,?\\s*-)?\\s*(?:T|\\((?=\\d{1,2}:\\d{2}\\)))?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\)?)?', 2, 34, 31475, 1897, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 33372, 980, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(assine|cadastre-se).{0,60}newsletter', 2, 34, 34352, 108, 1, {}, (None, None)),
 ('(jetzt|gratis) (lesen|testen|abonnieren)', 2, 34, 34460, 124, 2, {}, (None, None, None)),
 ('(powered|designed)\\s+by\\s+tistory', 2, 34, 34584, 106, 1, {}, (None, None)),
 ('(sign up|subscribe).{0,60}newsletter', 2, 34, 34690, 99, 1, {}, (None, None)),
 ('(©|ⓒ)\\s*\\d{4}', 2, 34, 34789, 37, 1, {}, (None, None)),
 ('(наш|наш канал).{0,20}(telegram|телеграм)', 2, 34, 34826, 93, 2, {}, (None, None, None)),
 ('(にほん|日本)ブログ村', 2, 34, 34919, 41, 1, {}, (None, None)),
 ('(打开|打開|下载|下載).{0,6}(app|客户端|客戶端).{0,6}(阅读|閱讀|查看)?', 2, 34, 34960, 122, 3, {}, (None, None, None, None)),
 ('(扫描|扫码|掃描).{0,10}(二维码|关注|下载)', 2, 34, 35082, 73, 2, {}, (None, None, None)),
 ('(有料|会員)(会員)?(限定|登録)', 2, 34, 35155, 64, 3, {}, (None, None, None, None)),
 ('(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ]', 2, 34, 35219, 180, 1, {}, (None, None)),
 ('(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,}', 2, 34, 35399, 156, 1, {}, (None, None)),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО|A\\.Ş\\.|Ltd\\. Şti\\.|S\\.r\\.l\\.|S\\.A\\.S\\.|Sp\\. z o\\.o\\.)(?=[\\s,.]|$)', 0, 32, 35555, 312, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 35867, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 35965, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 36144, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 36225, 21, 0, {}, (None,)),
 ('AI\\s*학습.{0,10}(금지|이용)', 2, 34, 36246, 55, 1, {}, (None, None)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 36301, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 36539, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 36793, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 36983, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 37221, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 37249, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 37429, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 37621, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 37827, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 37859, 30, 0, {}, (None,)),
 ('[.!?](?=[\\s\\"\')\\]]|$)', 0, 32, 37889, 56, 0, {}, (None,)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 37945, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 38064, 139, 1, {}, (None, None)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 38203, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 38519, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 38740, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 39233, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 39557, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 39763, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 39791, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 39811, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 39843, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 40005, 16, 0, {}, (None,)),
 ('[\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]{2}', 0, 32, 40021, 112, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 40133, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 40339, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 40625, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 40821, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 40875, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 40899, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 40923, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 40966, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 41228, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 41522, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 41540, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 41557, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 41586, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 41710, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 41840, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 42047, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 42317, 230, 0, {}, (None,)),
 ('[、・]', 0, 32, 42547, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 42565, 104, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 42669, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 43088, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 43104, 44, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 43148, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 43237, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 43356, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 43431, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 43512, 16, 0, {}, (None,)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 43528, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 43564, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 43677, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 43721, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])', 0, 32, 43745, 28, 1, {}, (None, None)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 43773, 44, 0, {}, (None,)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 43817, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 44300, 277, 1, {}, (None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 44577, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 44678, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 44703, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 45552, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 45660, 33, 0, {}, (None,)),
 ('\\d', 0, 32, 45693, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 45707, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 45735, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 45882, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 46097, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 46229, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 46348, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 46409, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 46521, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 46648, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 46769, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 47043, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 47177, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 47314, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 47371, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 47490, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 47518, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 47534, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|ostatnia\\ aktualizacja|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|oluşturulma\\ tarihi|pembaruan\\ terakhir|última\\ atualização|güncelleme\\ tarihi|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|yayınlanma\\ tarihi|aktualisiert\\ am|data\\ publikacji|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|son\\ güncellenme|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|son\\ güncelleme|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|zaktualizowano|ปรับปรุงล่าสุด|giriş\\ tarihi|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|yayın\\ tarihi|วันที่เผยแพร่|aktualisiert|aktualizacja|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|opublikowano|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|güncellendi|güncellenme|modifié\\ le|oluşturulma|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|güncelleme|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publiziert|publié\\ le|yayınlandı|yayınlanma|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|dodano|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 47798, 4788, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 52586, 55, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 52641, 289, 0, {}, (None,)),
 ('\\s+(?:października|październik|septiembre|diciembre|fevereiro|listopada|noviembre|september|septembre|setiembre|settembre|czerwiec|december|decembre|desember|dezember|dezembro|dicembre|décembre|febbraio|februari|february|grudzień|kwiecień|kwietnia|listopad|november|novembre|novembro|setembro|sierpień|sierpnia|stycznia|wrzesień|września|сентябрь|сентября|agustus|ağustos|czerwca|febrero|februar|fevrier|février|gennaio|grudnia|haziran|janeiro|januari|january|janvier|juillet|october|octobre|octubre|oktober|ottobre|outubro|styczeń|августа|декабрь|декабря|октябрь|октября|февраль|февраля|กรกฎาคม|พฤษภาคม|agosto|aprile|aralık|august|giugno|januar|jänner|lipiec|luglio|lutego|maggio|marzec|temmuz|август|апрель|апреля|ноябрь|ноября|январь|января|มกราคม|เมษายน|abril|april|avril|enero|eylül|julho|julio|junho|junio|kasım|lipca|maerz|marca|march|maret|marzo|março|mayıs|nisan|şubat|марта|aout|août|ekim|févr|janv|juil|juin|juli|july|june|juni|luty|maio|maja|mars|mart|mayo|märz|ocak|sept|июль|июля|июнь|июня|март|сент|abr|ago|agt|agu|apr|aug|avr|ağu|cze|dec|dez|dic|déc|eki|ene|eyl|feb|fev|gen|giu|gru|haz|jan|jul|jun|kas|kwi|lip|lis|lug|lut|mag|mai|maj|mar|may|mei|mär|nis|nov|oca|oct|okt|ott|out|paź|sep|set|sie|sty|tem|wrz|şub|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв)\\.?\\s+\\d', 2, 34, 52930, 3482, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 56412, 220, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 56632, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 56665, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 56706, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 56727, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 56785, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 56811, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 56827, 16, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 56843, 179, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 57022, 104, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 57126, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 57321, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 57701, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 57756, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 57870, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 58167, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 58345, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 58402, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 58459, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 58516, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 58573, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 58634, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 58691, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 58731, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 58914, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*:', 2, 34, 59074, 206, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 59280, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 59362, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 59502, 30, 0, {}, (None,)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 59532, 97, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 59629, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 59730, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 59756, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 59780, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 60290, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 60314, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 60338, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 60359, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 60767, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 60908, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 61030, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 61051, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 61242, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 61295, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 61314, 171, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 61485, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 61523, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 61602, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 61758, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 61914, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 62759, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 63603, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 63749, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 63940, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 63986, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 64232, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 64310, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 64522, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 64754, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 64865, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 65112, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 65236, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 65858, 369, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 66227, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(ilgili haber|bunlar da ilginizi çekebilir|ayrıca bakınız)\\s*:?\\s*\\S', 2, 34, 66376, 233, 1, {}, (None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 66609, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 67197, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 67403, 199, 1, {}, (None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 67602, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 67949, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 68257, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 68386, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 68633, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 69001, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 69116, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 69405, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 69750, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 70261, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 70719, 162, 2, {}, (None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 70881, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 71268, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 71832, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 72099, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 72574, 71, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 72645, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 72991, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 73066, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 73212, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 73347, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 73460, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 73534, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 73611, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 73738, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 74108, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 74150, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 74243, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 74289, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 75159, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 75584, 510, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 76094, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 76167, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 76377, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 76460, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 76604, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 76750, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 76880, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 77008, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 77124, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 77627, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 77799, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 78054, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 78240, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 78427, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 78880, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 79101, 171, 1, {}, (None, None)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 79272, 1360, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 80632, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 80700, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 80778, 311, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 81089, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 81170, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 81260, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 81336, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 81411, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 81468, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 81515, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 81554, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 81593, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 81767, 97, 1, {}, (None, None)),
 ('^\\s*by\\s+', 2, 34, 81864, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 81896, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 82861, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 82941, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 83024, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 83073, 105, 1, {}, (None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 83178, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 83263, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 83420, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 83468, 207, 3, {}, (None, None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 83675, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 83799, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 83903, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 83951, 77, 2, {}, (None, None, None)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 84028, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 84295, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 84333, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 84362, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 84406, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 84462, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 84521, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 84559, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 84662, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 84751, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 84903, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 84984, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 85155, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 85208, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 85324, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 85448, 60, 1, {}, (None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 85508, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 85607, 30, 0, {}, (None,)),
 ('コメントは個人の見解', 2, 34, 85637, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 85685, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 85729, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 85775, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 85807, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 85855, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 85907, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 85947, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 85983, 24, 0, {}, (None,)),
 ('구독\\s*하(세요|기)', 2, 34, 86007, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 86053, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 86083, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 86133, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 86207, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 86267, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 86319, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 86349, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 86383, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 86445, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 86480, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 86526, 48, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 86574, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 86600, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 86626, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 86679, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 86719, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 86761, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 86811, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 86912, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 86966, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 87019, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQuYXUWRcN/HzJ33nZkkZAghDJBAAkmYAJEQEgiQFVyB8BJQHmEeNzMm82KYScgYJCgqCi742lVXV3fVXcGAPOQ3gK6AEmB9'
    'ggK/u6yGFVbxd11dfKCyzn/7nipO3Trd53Sfc+7MZHIO36Uz5/Szurq6uqq6qkkIkRXOkyr+JopPrpi2F38yrSr+quF7vvirK/5q'
    'ir9GKCf/3UC+p+HfbZAH62yEvAcUf53F3zj8+8fyO2lf1jEf2mmEtpuLv6WQLiZttcI7VV8aof/y+zJoa1ZxULPbvX2thnHK9psI'
    'PLIEHm+Hv3FMMq0t/uZAu3lI66DNjWRMMm8/fKsqvfR/0uzvTGpGPSXwpteJnSLCs87nWzagbHHeA9uW87m5+OuD+euB+csm8ydR'
    'WtwgIj2H+X79dHAFnNbUwr+R1nB6IDvdAv+W63l+lVPurWyd2sxz0Lzv40+mBJjrS+SsJtQsO6ji892gCov5zQH9boM5TBOaXQV7'
    'gNglxGeeLd9v2lPO/tIG9aVIuRyWO6fY9qcc2l7V4ZafW/zN0/Q1pdmbUiHbaoX+/qb4+x8oU0/ak8+fne3qtWdi4rrrBFkn3WxP'
    'vgJglQlB11IzkK7tvDISXUv7fawB/KS4cy0piLiTCsDzZN737XlvZfuXxIPbgRZmLOhd5P0qM/PmsUQ0y56d8Uyi6mn3vkr2qmSv'
    'SvaqZK+aqXtVqyWNawSS3P6wk97wmJP+6lEn7b/DSb+3x2nnm6TMju846atfdtLH73HSzz7ipLufcsr8M+CYfPeza510z1876Q/e'
    '7KTPX+jkvZfkfeZ9Trrrfeq8nyd5D97l9lOmHXc66a2POXk/SfLuuNtJF8KYs4+Vj/GDJC+HC6/3PSRvG4z7vkfUeXeQvM9Bnlcf'
    'VOe9iuS9Bto+/kl13k0kb/ZxJ12lqfdSknf39530ySfUcDgX8Ei+2z7ipCcPlM/BGSSPnDxVmyeTPPfBGPY+Ut7WSpLn/qectOH7'
    '5XmWEpnhikuctOky59si8u1zXU56wa3OtwXkWxvgUtVO59tc8u2um8q/NZNvfEy15BuHG+Ubrw5xTm4jbJKSRqf8z/y2bTUxeo7z'
    'cDTwEFI+u1xBe5pBztcG/aN1VJP8KOOle1ULyd8M9dvW0xonTNOlobT7wdS2vUR2FSC7CoC5/y6ZjnxYQJ59axHJngX8qJlw5q4T'
    'qqiGubuM8ji2YraAgcT9iCl+2sn6CPNQOtEv3HM31TelOpz0Tx0uX5rM2dTPGer8aiectfWp4mH5k1UJ/ZuOsnubc4KOf6r14Z9s'
    '9T+4humeeZnF2XKGP2kQly0Mvch3BqpeE31OIiNLZGSJjCzR5yT6nESfk+xVCc1K9qpk3qdYnyNx4cWQ/Hmi30n0O4l+pzL6ndZE'
    'x7Nf63gSmeb00+nQ9dliuU6C7pnMZfJJaq+OtGLhHpdOy768QfHtG884304j3868wEnPPt/5dpLi280bnW/Hk29157h58rB28Fs9'
    '+3YEfFsM45DpAMDsEPJtmH3DNYvlcC1jHvw7T9Yc1uOXN+w8tUIZzhen2Zmqjs1VxpJ3qoL+rob+riXvTtvkvFtF3v2u4Lw7jryT'
    'fEAextwEcOgjbQqfPudhIS0gcMvCGOjZNx0w9iryN9WhLVfkTUW4u5G16FML9EuuqcMZ3PMW7cpxVMOaaQlR9oavqvf0i0Lus/Vs'
    'f6gmOCTTp7bb19sC9djANhcTbGV/w8K25tte2CJ8zxDh4FBD6K2Kjh3jQ8cWW9Cxgy3oWCv0X34bI2tcpiOinJ/Eb9UwZ5wO1hIY'
    'vSMVDger2TwsJvCrg358HlLe71FIu6Fv9SRPLxk/5g1DK+z1eukZL2N47eJsqCdQrWeFPyb7qcTP2QF4t5rVGUS3UPbxINhOoT4Y'
    '5aBHevAmvV8/wkfGp2Cad4bBrBRZ65RmnU/o2Tj79kZCd5BWFGD+cD+8GtLrgMZhPcj71irK0zzHEn5qTba87lOzTvrO+W7dq7NO'
    'uYWkb9tYn96KsgfSpy42ttmAp6blR8l+o6P59Zr1syTkGZjXszSmcxD1P1BF6s6DjADfHUHmsYrYa8l3r4PxIizoHj4IaQ+UP1qR'
    'd0yTtx3GRvMW2D6FsiCaZ7solwXx8nTvpt9WZcPtfX5nzCy0s5CdKVdAeqLwyq2ORfmV8Mqt8NtKhnMq+qt6h/zeAZrvzcBvmdJ3'
    'Ff5zOFQD/KoJr3JEgP6jLkaZmIm/CJRnHgf9ayB4zNcf4mpKwU8NMVwuaPipVIXHYtseXbO9ZCw63E4TuvFcNprfEln2VMbfjzB4'
    'DpO//facZqAbtI4C4X8pvSkY0Pp+kvrlNe3TMIM1niV6sg5tNO3XIKu3y6LsKIMPnXda51YFTsu+nkj62mvBC3QrzlFBfS0oxqca'
    'v66vTVlHnoP8Am3vZOAp3kF4inXZ8nSlAR9yikG9a1me4yHP9STPymx53hqUS0HeG+Y76bvmu2vomYwe34cZTEbI/Jvglwonutge'
    '+3+K7Z8C7zrYGI+Ffu+c766RoDGZzA/2x29eTNqifTbJe1a2nE/YlnFkMbb4P2KxRoc09GOI0Y8LM45MUb7botmLRi3a79LIEHi7'
    'r8s4vqNomb0B9avW7V72/jMLyvveB+3Nyzg8H/KJVO6jWwc9jM79FNKfkDHJujPFug+t0Dzq5pP2TfbhP9IuPLdFaKcQsE/g+t2T'
    'duyZVHDk++WIJl9PQP9kO7tIO6Z7uWo8PQHj+SBpJwgPukkaBN+X2b5yTbGdWSHoLs2Ha6iQdvg0U1jwercHwOTstCP75H2wac92'
    'vjtgTBSPeb97LPgmPqa2tHOGofPJaVWfol2/9vKgrgyqd8hiXSK+/CLlyAVM66V0HGnDv6WC+2bSp252NnmU1DugkXl3knkIqh/x'
    '+ovFdwexNVFge9JYDPy1bOvDBL68rW0KnpvLcWQd7yR18LV6DXnvh5cjBJZYx/ME7rRsrwEs5T4o670s5eo7dHNfUNDr0vo3KNun'
    '2d9PNig7pKCDJb1Nyjn7mZaVZQ4jZfzmgLYzh5TZztobV8ijSmdnizLYtz8Jl8eaLF5XtvvvhN814VPxHLE6G51Hlu1/lejNhti5'
    'uMD4s3tIXr/5k3n/idi1vbLJSdfDHdCNkD5wjpP3E0Q2bMpnynJ/RWQzurP3uxR5OF7uIHl0Z82riQ3W7y920te/rdw+bTPJ8xGw'
    'eTtlvDxPJ8kz71Yn/SLYuV0CNnyXUBs+sHP7zTecdBTs3TaQPB8Ae7cVD5fbxL2eyPw5LTuFyB0v21Dex1Xk2zNgy3Jur/NtBflG'
    '4SC/HUVt93qc9D1gY3E4+cbhNp98u/iG8m9zfGwFm3xsBanMG/tgK/vNgf7AxE5g3oT/PQHep3kT5X1Cm56DiZzNtJ8mfFuQnE6l'
    'O8iK6D6LUc6J98FN5ZymOo1K+lKWNGjCoE/1MfSpkmc0G3w/MAS+m8qhg9ZAC5mfKlJfmthD+M1DTYzzYMqDJbCNB7YqHnV/gW3t'
    'FMDW78y1v8A9V2G4DyV0oqIwRZqc0In4YWsi+0rgXhmc3sLsExIYR4exrex0f4F7Nia4U/nC/gK7hphhVynd6v4yH1WTPB8JntvB'
    'NU6d/v4C+5aYYD+d7c72l7lsrNBcTqY9UrLu7OZqOttQJuvObi4ny/YuOfPZzUtcdi37C9yrY4K7n71Acuawg6XKfiGhA+FgWAk7'
    'tGQuos2FiZ1eQjPCwXh/5B3qKwDDOO3V95d5mBvzPOxPdwOTtWqHI5W687G/zENdhebB5k7M/gLrpimAdRz3PhOdhvn8TNVdwoRe'
    'xTdHYe7dJfC3o2GTcS8xOZ+HnxPTO3CJfDQ+GCc2tvHBMrEDjQbTqHdYE7mdHdz3Z11sXDxF3H4HknNPOPhXyn9Jsj/azYfJ3fgE'
    'pvHCNJFn2cN0f/Ijlqy36Ykb+8u85GOal5nmWzFZl3by08n2S5PcvTKfH+6/JYGdHeyof5sEdnawo/5/EhlQeNjtb2s3LhiqfGwl'
    'a9gOhtRP1/4Cu0xMsNufYFYdE8z8fAEma9cOlvvj3hEX7KifwQR2drCjfhgT2Fnutzcl/F5Y2Kn8pSYwtIOhyp9sAkM7GKr87e4v'
    'MExDP+bCj44L/RGPQYq2ZDw2aTOxQR4geXnsWewrhc3RojzmfAvpd5j40nOFG585KC5m2JjJrQZnENnObcL1o1wFctWnFjrvFhHY'
    'LWb2OkuE60d5HrM95vdotlvo7dF3QZ+IFj9Wwvh4hit8zEsVYz7SYMwLhBtTpVJjVsXBa7Uc/wnCu5YxhqBfzNbFinJB7dH1sgzS'
    'We12c2bax1ZhH+9SR/eWCjdOs+2YW4jOoxnqld/nYHlZ6AIh6FbInzzM+yZRHr/9SqILSeLZ8ni2EyVQVDKeLV13ck28Dd6flMz3'
    'jJ/vWWSPt+Gx8oAT9aTMa0TCBx+eTZXjQ1WCD9MCH65KOfHbqP0VvaPL7/+G2eeD4hCdm3LpzfEPOunP7nG+vYF8O3PESU+HmBmn'
    'kW9H9Trpd98OMZdTbpyU67c7adcWJ+2/xUmvvQXibpF6Dr3KSe+A2BZLUs65QgcftLs0uSfdJ9SxeJpTLh/G702NWdjd9gjvXW8T'
    'G9Kg+fmZcGJoqPrXI+zvkfcblpFtPyG8cdiitG3S5i44m9A2xxQ2tyY+RU39jvYIM19KNjbBQXF+ZH0LRbBtmJ+t0cps+ThOYfZK'
    'QbZnmEf25xzhxorCcbwqXF9UtB3ui2oLw61ODczk+BEeCIcOOPeoYtmr7tKNs/XdT/pg4ldO5b+A+3ekfl2o7AHlB34xZtBXfBXs'
    'qfQ8QOPCLFfw+Tbn/BSph/IQulg9UeQJYdrBODu6+PGqGPEdmrO4qUyiCr6JgPPn17P2ZzFZ7qZUOT82z3Jv0vn557KZpYRHGEy5'
    'cSn5/dFeDU0eZ3PmV/9FbI9V7RWdItiPlF8ba1NOzKm4+iz5glaDPgfVM5fVo5vDoHqqUg5+BNGuTpaOGtT9SyILOi7AtjTIprQj'
    'G9zeUyD7kO/XNTnpkZAugvTYpuB6HiIyLoTlHwlPFlT+LlI+zLr5tHDj3UbF3/cLN5afzdxdR8qNkb00qNxVpO97I/b9CtKH47Lm'
    'a+xcoH/UN7Vf/vUk/16D/KuAbvvxJ0F1HElkrkvh3WHk3XJ4dzB5twPeyboPCGjDdG9AmWQUWWon28+q2f65cI+TZh+Hs5ni2zee'
    'gbMZ+XYm2IKefT6czRTfbt7ofDuefKs7x82Th/Hht3r27QjhxmTsJHiO8f9yjN8aIHNQz+j4csZzLmdyD6zHLy/VC+Us5gH1MzWW'
    'PFKtpRyniuhgSvsjeXfaJnd94LvfwXn4OPLuuUecd8vJ+u4jbfrxQHnYLxcwGWGbJd9VRf6mMu/lirypkHqWFqjHhheshzV1uEJ+'
    'ZrOmq2HNtIQoe8NXvfRA9umiEHoAE73qU9vD6RcaLGHbGBNsZX/Dwrbm217YInzPCKlnaSL0VkXHjvGhY4st6NjBFnSsVbgxfLkf'
    '6BF2jsJvKr1eC6lPwugdqXA4yPfJxQR+zdCPzxO9uUp2w/Xm9EwwEFEn2+iRZQc96dRMfl5j/EM/2cActrrXoP1U4udsQ9sFU7rV'
    'Cvj0IMiF2mCdYjzgRAei0oE4TyV1ICpbhPMJPRtn395I6M6AMPe/NS5c3rdWUZ7mOZbwU2sM7nuuBvnpQtK3bcIsZgId22zhyiJM'
    'ylMf0zqa36JZP0uYnYPOt2kUGaYJL0FlmFFlk9yOyaR8lQY+y334W934TW3ZkrNectZLznrJWS856yVnveSsl5z1krNectZLznrJ'
    'WW8yzno6XzpVQKORruZAN7YM9kK+xnJwdyOs3Uoj8JO0DRHhDChhcbqcs4jnQGOepNeO36i27E/Osj8vFsrxoYrwkCbzaaOn/L2G'
    'N12MsJlw5xLvnv0A2msVcT8pGHQmWxo0PtWlIZfarw2qos7vYz35dwOBaFO+3Oq6Jb4RpdmL5mZ95narqmuMaXg6XN/b6QHQ92m2'
    '67HRk3YR0/ZJe7arEE9z6IGmLGFE5RANZAi41ucQ2i/T2gn1muXfbWwW+FndhK7VW/L3/VBHlRF/H8OTzkxX9j5rzKSHetaZnAIC'
    '2660LCJO/uVgC9zV8Sum5ZEfPdGiTKX4kUq0P5n8x/8z5D9knT+EfJmED0n4kIQPiZ0PiZOfiJsuJfzDzOUfTPmGubD3htnTpD5I'
    'JTOpDuA5lmv2uCh3fI6JqB8/RpTfyTlYTN7dnDzR6dqUobKtKgNd/DFs3pM7Pskdn+SOT3LHJ7njoy+X3PFJ7vgkdl+J3Vdi95XY'
    'fSV2X4ndV2L3ldh9JXZfid1XYvc18+/4UDlmA6GtNUyutlro7/rkoE6qH+0AeaKON6V8PsoXefnjSF46VurDiJdZ6dMmykJteIUs'
    'OQtRXsEEF3Fv+5tUOc9AcbGH5b05ZYdbFDdk+R2kfHeIvvaT8oUQ5S9j/bctf1Yq2rpfkwrmR45LBfMjR6Vc2rDFov/zSbnNFuWa'
    'SJ/6RLk/tVEie2wyqLOXlfs9oXPdFn16CWRTfjhoWtczpA8DBuW2QLnHSTlTWivLPWBZDvu5i5Szwdu/I/uNbm1/hNQ9bFH3e0jd'
    'w5q6307ydGvyjFnOAZbrVeylvG4qe+yyqPtcRb8LLM8ZCtjyPCeTPNs0eVYa8ARLQ/IECwgvw9udqzhP4rdm8q2bfaPnPd15CfVi'
    'yBeofP6bnrUXEx4iBXzKbMJDID9hq8+PKnP1i9eAvEuN8PoibGTtrhP+93ObmAxL589R1VZTDDpe7ks/p5BvH6PAsxEim8D8D8C7'
    'wwGWpuuR4uogWescV0fYN4qro2Qf47KbHNMBm8T8OBD6lSV4QO9nZ8lcN0K9c6CuPONjN2r0y3PJvKUYjStY9LeV8KZ4P4Kue+T/'
    'xlNenaiJ31IK+0GDMlsYf/ifeQcnprpPsi9fzzt+r4Nws6Cgnab9GiB7Etcryj78Q96Ze1k+BTrPVZAeCmk70YXKdAGkKyA9ENI2'
    'SM9qcuq+Ke/YDYQZn98Y+Lq/Ku/oXkzbiRN+5+dd24hBpsPdGmM7q/Ku/2sTP83dMbZ9YIXmkbcz0WTXzmjIdl5scmHZHwN/r4pL'
    '08loKNKfPU0uvmxi/d6qoSkFYeaXG/tR4uOb3PsPuF4XQroY0hpIj28qX/+4zg8j67t0jm9ydfWj7Kz2PFsDvcRWBe2m0MZK1nVD'
    'DHUdi+s/hrqOQz4+hrqORxleDHWtxPUfQ12vg7oWxVDXCahniaGuVbj+G6PXhbZ7v4hQ1wpm6/fDGOpCvN8TQ12I9/eSulR7j80e'
    '+mlSV4/ibGhT1/tJXZzGcZo8Jry+8jGul6xr3Kdf3Zb96o0AL76HXKjo10uG/eJ1nRphjLyu5Y2uDWUY2AfFaziA1N9jIScynaM/'
    'NwT3n4+j02B/xH3xPxvK+2/CR9nA/zsNjt7blG/YztoZtzhHIE9xd4Mbn2SLhcyP81E2bX64wbE/8xun7dlpOEQ/Rsh8bmP1cbp1'
    'acq+/rdEhK0NH74+BTZSZEzdmrGMhOxLaf+v0NzZjjNDYOs3d3H0E9v8z3q3zcng/Uvxg+rd+ezV0OAwMgcc091Qv+25KYimIc38'
    'WH30fRPrend9eD6D13V1vffcr4sPJNO1IM+uQftDyHvDfCd9FymzAcqsYLGENoC8+8IpaPssaHslwJDKaPAMdwCT4RwYcKY7rN6R'
    '14XlR0t2bRHqQF5WRKgDz27/XRe+Djyz/ShCHXhW+3aEOvCM9pUIdeDZ7AsR6sAz2ccj1IFnsfeSOsLwpLKOa0gdQwr9MH2v5f9J'
    'HZtZO4OG55GLFP3otuzHX1jAo6Chfccb9GMsgFc9vM6xG/GDx1ZLXqBk10Lq3cTORluFeRw5Xu/va731FmKo9/laLxzGDOpR3Z+i'
    'uqRv1trjCp+jB2qD5yjMOe6zxXoPYuV6hVm8R45jQbEM30vG0MtgNchSm7Pc1Qr4jlrCt4vUYcJr03x4RjhPMT4df2dz9jgJ6o16'
    'luT84iIDnAojc84r5mPMkCZhHX+ucfu2PuvyUEHxG2msR5mexPi1n8VcL/JiT9U4ZynTOJPHQfnTA2wrTHlFjFt5V41X7sDvTKK9'
    'Rlw88IcmsU2E99Ya75pQ3f9Evns1mz/dWK6MuV7s71/WODp5yquvbHL196V7bk3lNg5rSZl1TBeLZQ5jZTpq3LsJXN+zRKPHzZK6'
    'S/fXFH09PqDdVtIu6o8OZ/qkpoB2U6SOo1i7OUiPDqjjVzlvP7h++rCAs9CPSR1tmjqODOjHd3IuneHxYcctaCqlx7Le3Tnvfn1I'
    'yn6/Nok9/Mmca09jw3PIMn+lKPuCZq/nfNh1OffufCdrx5Y3kfVtUdTXawgHDjNZ38WK+oYt+M5+xnucTuob0PSz14IfOiZX7nsg'
    'qByH7SCr7yBSX7+mTL9F/3IEN/o1/EFBMU+yzCvVbtkBzRltXCPvfKna9ftg0l8bWSa28b1qF1YbmMwnKO60aj/6Skz14T70eQI/'
    'zMPjZK/U8E4fC1EW231fteuvYrL5I9n+ZgLHtdlgXiWI57kopvoQPqdVu7aFhzap91HdXnNctXt/5NAAnmIxyZtieRewvAcr+rRS'
    'I0/kfWoiZTnvsiRg/5XGpfWKPqnG85sq/Xh43pdI3qMC8v7Ip17O+3y/yh3rHCZ3XRQAp2+QduYE9Ol+H7jwPt1J8rYF1PuZKndd'
    '63QCA4xOo534h6u8eyHnXTit5XHvqS3kziqH91TR94KCzpfO/1Venza2+7Gsp9On7RF2pkab3gtJmYIPX0P3sDMM2hlnZVYrxtgV'
    'YoyLST2b2ZwOWuzhB/jUY8MLZBXj2hpiXP+TDYYpl8u9mDWfb5TF/N+s219THkJVzx6Dtn/KYHU/KaOaO3rWeM3+z6dMv6bMp7Lu'
    'ml6T9fITtjKJm0gfNqbU8p9Ofo8n69gjm+ClqQ8qPEP1kro57LcH0KqgM9O5WS892M7g/SrD3dNJf7YIM/9NQfQU/TQszbp3LgfY'
    'OYzT0UOz7v0XW9pQ0v/5lO83KJ+C8mHsi2X5X2fcserWB565/tMnbz/T9fxbxgvDTja3uHa+p6hXpUuReR8lef30IyX5f8Z7H1Qn'
    '51fh5e0Z9dwE0S9cMx8PWR5x/H0Z791flA3/ic3jdT55x1jeUZ+52cxo7ltJXt25E+f8Cg28Tfe1czLuPhGWhpbu8ZI+r4Ly55Bz'
    'ID2TrDDIi+eNI3zy8nPfQQZ5sd7mjNcvYBz2ELLuP6Tdfgwp9lXKR/4yrceLEYZDP0l773pvMZhrpLHfT7v3KTdr9px/IXlUul6Z'
    '5+G0917mC4wO7CZ5VLyuzPPFdPn9VhPcleX+XjGOMTaOj/rkwbV+i6KPVF5Usv9Jm93hprS+pP8ndQ9p7ocPkTwqOyWZZxPJ06O5'
    'A3u5Yj64nPNCnzxIS96o6DO/43qaT39QtnRi2nv/l+9rHQrYd7E+H6nIw+VsCwgOmdrHlta/om6+l+UUY32J1fPnlBeHCwY4/KuU'
    'fmxjkOenPnlwPn6k8I1QYGvh6ZR+7hHPv0XGYSqLleX+mdTdr1lD96Xs1hCO7Z9SXnwc5ff4fca2Ge/xG7bP99b3+IztNf6f+Z0w'
    'sXGV5YZT3nv042yN9JK6Tc9wstybU14/EGHsUGVdr0957+lzfnxtyuvvgN5RLdn/pFw7yih2rCX+X4HzIwwv21L6fQxpa16BX3x+'
    'q8kcmMq1S/J/4pfAVH8vy/2c+DxQ8WN5sGOr9ZFvl87/PvUgv/RdnzwnQp49JI+KV5N5vuqT5yTI8yUCD1O5uiz3j8K7doP4tNL+'
    'D3fK49L1yzrfScZgKkunfjxsdPXcj8eQRj5zBcmjklnIPG8S5fbQUdbeacLr96aT0YMTSR6VnDYPd9VqffTD6EO41kdGgX48mix5'
    'YpSBN1nKMrgfD/RNpYtD7+dLI4xfBfTLqPOrUCn/CHNFuR+xnHBl9lkms1/MZPYHCL0ugOelfieRX8ykyvHG1u8k+ndAv2C62AnN'
    'Qh87QRVXYaUIF1eBxkUI8gWcxENI4iEk8RD07SXxEJJ4CEk8hCQeQhIPIYmHkMRDSOIhJPEQkngISTyEJB6C7kniISTxEMJgVhIP'
    'YfrGQ6gT9n5+Ez+viZ/XxM9r4uc18fOa+HlN/Lwmfl4TP6+Jn9fEz2vi5zXx85r4eU38vHrzJn5eEz+viZ/XxM9r4uc18fOa+HlN'
    '/Lwmfl4TP6+Jn9fEz2vi5zXx85r4eU38vCZ+XhM/r4mf18TPa+LnNfHzmvh5Tfy8Jn5eEz+viZ/XxM9r4uc18fOa+HlN/Lwmfl4T'
    'P6+Jn9fEz2vi5zXx85r4eU38vCZ+XhM/r4mf18TPa+LnNfHzmvh5Tfy8Tnc/rzrfHtTPq4kv1Rao18Zfl/TxIc8vR5D3OajXVN88'
    'l/ipGGR3AJrJtxH2jfrrGWVyZu47TufzaSmBlbCEl+z3t9m4OQ8wxHigMxQ4Ocb2upOFd68rsLGvVNTTx/aepQS3NlnYOC4QZnwK'
    'l0E2G5bjZyTqmwh991WLxJfMVPmSCesz2sZns4nPY5Vf4w4Rza9x4rM48Vmc+CzWt5f4LE58Fic+ixOfxYnP4sRnceKzOPFZnPgs'
    'TnwWJz6LE5/FuifxWZzImcLKmRKfxdPTZ3EO1nIW9iikrf3QTpUBbeWUNTOzSGsJVO9eFw734TlsXQTKmzZYd7Y8kCA4bHOeWct0'
    'glTnoZPN0fe8XL8iP7XLGdLcmzC5JzqksAOifQmy3Sn5tcw6Z2yVrfywpo8mvpNV/mBU9rA97Ps2C/v/KP3oYnYpf1OEwzqh9tvb'
    'E1Nf+HxROS3t22TMAx//xVlnT1HZblFbtDBrYJDR+RHDPYXz3Dbw5euA6iTnk7HawFplM1Zg5512BQ7F4afbFHf4WJ/POLoo1bzQ'
    'Ppvi0SYNfLidGN5f+a0hb+M3hrt8xjBYwTGYzMvLhjgn7dqPEXqfUKY+SPs0NiAjwtwWr1Oo/eSMKWhGSX5e7PtRU4hDP9HoDDmM'
    'pV37Io0dzaDCJrgS+zb3F5DKODpgnW/3KPaEOnq3Sej9SFC4BtmFm9iWyjE+nnZx24bf75sG+97H0o4+APHPpO+0vgHN/NusbR0t'
    '36qxu+lPO2c0FS3h9xy6hLkvp1GFzbBJf85Mu7EUgvhm2/22ELDml5C2+yrMk/O1XZd2zp/Ted95PuXUpYK9CW9iYrdeUMydCd48'
    'kHL98FaKD+Pw+GRKj4s9inmIez6uTbk+fMKOebPh2uhKTS1tPS3l6OV0fIOpn5V+xTz5tbuQtFuwPMOpzn+cV1DBDu3aDw3Zblww'
    'f1G494njprXfIfY7I+zujiktwTIqePL7VfcIF55TJRf4ABmzbR9Ue+pgQHtjxBbPBodseeVLhbtvDoRYG2H5i9K9VrhHEBfdR/uZ'
    'eSFwctQSJxuF937yVs2dvTSx/60jum/Z/ONE9z1HuP7ilijk2y2W8s9qkGtzWXiayMIbiSy8FvpQA/1GnZNsf2MkneTM1lCWYBpB'
    'bp41yNPG7Kls52Bma4WdObhBRHoOs9E9BNmD8zVH57qWzGEVrPlOkPULosOtJXZImO/U4u8tBu1IHcbv4P31gCNtYIdJdctc/7Wv'
    '4EnG/Mla2RZodMRyrs3QSJ9zIsSTV+BgI7E1MaE9iE/DBJ+SeffOu2LOr4s653HOe+m+YfEfF6Sc+fwRsXFM1vX+t64THsA7z9lJ'
    '4AESWjozaGma/E15qBQ5H/WRtdkD8xwGx1J+yzNdmbVQkcepOmMyi2EeVflUAD9ez87C1aI89lAtO0vXWZyhEQdEggPTFgf4+s2S'
    '9VtD1i/+3aiwxcUyiDcpn3snjYbnvKC2s2Bnxm3U6uB7DTv7iV1CfOZZtR0cb4ffL1hrkb8R3nF5FM1H191sCxlWmPniYzkX0gtF'
    '+d0/k3O57bm6htQj65V5V4BNrSA2hpN559tGBtgIbct+L4M7H7L99Xfb31kK40cjaj9/sMe+n1nLfuId+gMj3v/Z8Rj4NhPe+5r8'
    'ztSzIe6rII2Q9d8IY7oBxlMj9rUnpbC7lxiTrXrtdTWurAo0afqkI9cAM2f20qzL+qIS156DCwwSP3YAfuQmZyIlvDJI06uCSlZP'
    'O6QMLcNvpxuHPS54n5pwSJoHmQDywH0XOl9LfjHI+xW3uu/PFYmPn7h8/Ej6ndy9mpq7V8hj4h77+8QnTuITRyQ+cRKfOGb4m/jE'
    'SXziVNonztHsjFnFeJHDwdYN14Ss5yAmIwg60+J9clOZApXNqM6qiR+fxI9P4scn8eOT+PFJ/PgkfnwSPz6JH5/Ej0/ixyfx41Np'
    'Pz5B37mOtnYf1dHKtkavmD662BIf01t5natNf14suPfZbPkDypPWTLhrAee0AfJliB56DsG3kg3RhLo+/h35mKWZcLLn5KydnLWT'
    's3Zy1k7O2slZOzlrJ2ft5KydnLWTs3Zy1p4Kn7kyz3ns/LzAUNcexZ8Zj2e8CPgMVazvHsP+cL+T1G5nmTD3caaKUYh2jmvge0ox'
    'DtV8qtrhPm50/kNGFPNVT+Yb56tReH0F0frG2V57kHDthHj8V2oTESXOJYch2vWgXCNH1kC/xfrmsZmPFa490qhFPaOa+hYQGx2d'
    'rzDqX9DWX1ZBY1+I8hs+362w19L5bhFq/ynbAtrsIef0g4XXV0yU9dyrWQ89PmvK5C4H95tjUy4KDnMfcBSe2xXzJMe1gaxLv7pz'
    'gLM2MKV2cWOiPF41nU8auzZofN3C3kfvvkAjq9iaoW3dhmfShWp8NOVts/DT8aEqur2I4AfGQKYxo8/MOriREeXnZTr3q1kZXgfG'
    'i/abn9lkfig9nqWBMZ8L3Z6BZ+T5YE9rEheaxm0+KVv+93EkJjcd45qsP+3E+akmcswtHa6MmesLalmet0H6oQ6v3kCWL9mV9er3'
    'uWeg/H9Behek5/V6+1gFcKey1gu69DoN+a10u2BjeQxi+u2mj5THIKZ1X3uLd0z4rfaWYNyp1uAOj0U9zGjUbALnf7jUSU+A/v73'
    'eLmcgOZ5HcvD51zXt7mwl3P9BYVl1V876Z9u8sLr7o+A/eJNChzoBbht8/apivHZlFZgG1tgTO/s1s8z5vlut7dv+C11jbdvsk5a'
    'zm8u63zmsqQrALz4zdvL26N9ufo8J/1Zvx6vrr3FbL1mCZ2uBRjP26CHEeb5WMHbtiwn0+cvVMNhLpOz4vh5WeyrLvbvuYBDH7/U'
    '24e3bQVd44fUeKIaP95Pnv8Vp+zu7+vHj3ne+7RrV4rfZDmZPvmES5MbFeVk+mVNmbxPmfevUJfR8Xkmst5rHrOT/5Xd07cVmM0s'
    'cWBGLcQLJa5xnnZ7ASHneVBXL9faCWyt8b1310NO+uijTnrrY65deCPBj5LO/knYP+520r2POOmqB50y82Bt82+8HY7jcx6H+u8E'
    '/euucpxf86Aax1st8fzXX3LSy3fblbsR1uCqZ+LVJ82bCKcjqCOIYerDwKSvVaLczwf1UbnMh8fOQLk4Yr3nCA5dQHQ1Jdkg091M'
    '+OQ9i+X9DeEDeN7hgHZeJO28AVI8G3azvP9K8mIf0Fd3D8v7XbIOT4d0iOXZQ9YJzzOi6L8scz/8TftwFqlDNU/Lif74NjjbUn8Q'
    'OIbtAeWpbxjV+IPafh/RdZ3FzsUD7G+st0Dqz0MfcQ7OYGW70C4D8g6SvftUUiYP560cw5lT4duVZO4WZL1pKd4P6cepDMeuSJXP'
    '2VnELsYPbyh8sY5RBhes8wQfnB9hf/ezsot9yvKxXMDKHgh8Hv02rBnDOPt7iOUb0tidZJHmwRw1CNe3CtIUpD9YHmWkaB+CPny5'
    'vypq+5YidBG/rSEy/DVQ3yL4+1Dh9WtOZT6jRJZFz2sFSxkbj1EzQGQGebDBazXIS2k9wuxkAqtDCA6fAuWu0bQ5W9FmQaFTCGqT'
    '+w6rITZkfvMg5+n9RGfK6cwxij2mj621AbIeZF+2KvIivelkdGcLydvF8LeH0E+kH41CvX5H2ZpE2d8FpP4B1pdR0qc8oW9UztfN'
    '1v5b2dpEPcWJpG9XK+i/qm9LiTyF0+UB1k4/g98oq+tAYoNF5Rg5BlvuLxzniPJEch28ToFbqM9LBeAK0hTqR5j7NKLlJX7OBnxO'
    'Edy2xeU4+tTMeD/q/7L4NiP1zjrdM57VD1ScH1R0qY38G9ujtp5r2DpPKfh43Xh1MJRz+cGUS7P9YHgr3J/XzUuW4IXsv0nsJpsz'
    'xJvhLHPfI/6yIC5rqIEz0UNPeOUco3Auu22P+nyEY9sG/cJ3dQgXzYEcY69mZ7TlTlVq4uGJW+ih/cfSP1671Wnd3+HMuoDSrwjn'
    'MnXx+XFG2D47cS2OJnM6o+YU1+11inWbm8FzXAWPf67q1MQfyrzY7pyYijm+Tj/Hpj44g9b1jmTO96s5x3W/UbHuEx/kqZRY9Zpr'
    'cI2o3OAJoMmJ3/fJh7kZn+ozB9KFetXMtjHvYDbmi5nzTOun1e9jnbWNuvdp6ODrajSZ0xk1p7hum9i6rRXE2MqnIY9MIiC/LpaA'
    'n67taIX+SmU71iZc/+F4lq9hOjAuS7bVsW1nfbBZDyGU7JlJQeSs6hQWwZ/+4nD3aUw17ta+nJvNv/jd1zzaR4+a8Hs+OLEiygTW'
    'nBeUI+H3Jh/mPHZmrwL/w9gWzbC5yRicWn2fdHjaVrY+epI5mVZzguumWcd3dZRW7E7d/tdA5rYxRLkgvi+9TtwchFP1Fvk5vfBp'
    'd6dlu775qX9QvP/DYXZDWn8spjCzsTvA8aEdX6XGZ2pvoLrzNsz0/EPCe3cnD3rJ2cJ77yVMDOmodq6rLfn1FmJv0Qjf5wi72KA6'
    '3J0Jc3sUHDmD5m5A+McVRz/C2HZQfdyWZkx4793NBFyhfJFsf9/dgzOx86jpCscED9qe932+aObNSRLHPXiObogmYrSK4x5EN/3o'
    'XTo5c5SdOSq5ttIG4rPkHDj95iQn3DiW2RDnDZUsXZZ5UahjL9vMb2ZmzXc26nwHmRjEgQ9Z4IkRNzbDPG6yWLczfB5TmjN7TWx7'
    '4KeD9Q82a7T0d/Eft6jW5D73qAL4pTPZKehJs43wrdlYNOcZqZ9uEu+4pDvc71mixo1K3+Xf0n7/KtbuC/c46Yct478m/LSClkRD'
    'w0B+WrVnzxy5QMInJ3NS+TlpAzkipWM9CU80eXKBT5vtl3HIDcr1x+nM/vwgbPk9rwnrJzxieNdaMidTPSeBdns+/VPa7QXk97Pb'
    'a2Q6KrS5yzPbu40KPalW/50p/f15Fctew+yzGkOU8xvP37Lx/DWUqzOyeZWShqpq/Ds3o3aZmhKY/+pZ8ZxwQi+scgC70+bsfdw3'
    'rDA9H5gjIx6qeuhG599XkvftWk5CfxasnnjZ/+i/LoCXmVWCzWLdUZPvgzxGD76TutSHir8NaRfPqxTvOR6jj2/kl6jP7zIaHoLe'
    'TLoNG7ZtwXobDifwVt9EqMe0vHf+tfxPiHmaKh/oFsUyIuZnItYngP9J5mTK5wTXzS2KdQO8QHEvTsOEZQON9qqqfWCVmzZzFLzP'
    'ptOTMlO2ddi27P1qU079Pa8419yc4EyCMxY4g3SnUyT3Pabi7kENwB/X7xUJ7KcE9lx+x/3Ht8F7eo5GX3tHwzlmmXBj4DUx2811'
    'RO9G66gm+fldrLnEhhN9AS8PUU9rgHyghdXF7URN/DJh/Q2MjswJkJ0gHIPy8f7n2Lxk2byY1EfhaWKXbNvXLqgnDfXOSdZ2bLaZ'
    'QbYr/E7JRpi3BP6TD3+qQ0lpbAfQByLG/Kwm64b7Y21g+Sh9PKI9fMxRP7sIjPt7eQy6oRENXUhs2qa/TRunK0OEriTzt2/Nnym9'
    'OcCQ3vjRpUUVpku1E9HpUq2Cd0N/xtcRnK/WfFPJ7jEuSx35m8r+0Vco5yOzZL6pXi7D9HLc3+he4fhgp7DCfOiLFHUOP/LRnWUA'
    'P65MbMzU57Kdry1T0AtZ6cwkrLNBWjK8p6nCX7oGlkE6q939prJNNLEzl3PsFyMsD/s3nv3QNUg3WY950FXNE+V3A/HOIt5lRH/b'
    'JjHX8H4i9Zst25Ehcc6G9dTIzikmZ9N9/VxrS+tM8aAvBpusGfZo9Cl2W73vojeoKg/0/mxhF78D/RNzH+FHkW/o+xtj19EYSugz'
    'HWN1ziffCqLcP/scxTess0nR3iiznW6GfUzFK5jIKLgfKeoHP2o9fO28RyE3rnEypPXK6uw0uSpQXYlKc+ZZrWNpt9aUdpPDvToE'
    'A2GoGetdU56xxp5Hp/qoGxKcSHBCoW+ie27Wj9c2MkYQyfPaU2eQp9xnYh6Q7e2i/P4OfsP1G8RX256TZjrH9BrzHvoJts4xla2a'
    '7udcBlCK9Qkxa//U4T178W9+eqZOxndYrXPFsp9BTzoqJpjcOVHZ56F8JfEZQtbsukquWP2T+HGZvnNi46fpGIv8OZCxUBlpjfCP'
    'oVkF5TBGMcYolXFSUcaMezmPwy2/bRPeGN2bWJ5BkqfA5FYYz6sAtIT6uwrylYUxCA8QXv9YtB4ed57LyDAG2HWk3lOFG+ttkJXf'
    'FlC+GUxN8jB/C0LW4zf2oP63CDfO4XYmMxxk8j8+p7iBSNnawSF0lGWxpCH27W93lcd3ojEEu1i7YWRxfncFxP8t1vFjlx5WKd6r'
    'Yma3wxhqJlz5LOdZ+LcWssabYEwLmL0H4usS+Lesg+pcWhS6mdoJVyYshDdWWI0oj7e2mNCcxWJm+DhUxVBbzb5hnLTZAKsUkaVH'
    'walKw3im+hoMmjObOio5t9UWc4u0DWN+f0MRu+5WiF33rd3RfTWuDQmrxTHDKktENrp42EeFGN8ugFXz98F/x/125fNfMc/P9x2b'
    'dmiswqgwpGdZnQw9rzhr1RA5F8XXSwm+Xsr2IR6783K2z6AtEuK6qgzHoaD1o+uP3/o5xmf9LCa6xFfucNKPfhnWx9PeWL60bhUf'
    'QuOtfuLbUN+3vPFWd0A/fgFtffYRJ9391NSv68vZ/EW11aA2K5eKcr4mR/SmlzIc0fVHwmeWcOOdLw7QGdUx+CwRwfGSq8n64DhH'
    '28pq5Fa0v6r4q2lS/2Wk/stEebxYel+8bqh0wtydckJJe54WjX1KmuiMc4p1iTh+MIG9Db6FgYmfjhvt2THWMF3jtUIdJ3wb1Pko'
    '4SkHCU/jd66h9SH/cxXUdzfw2UHnsiMIb2QDu5V4PiapbPdDZH42EV4qaBzIV71TODGIEQ5B/NoWlhYMzsibFfOB8LuG6MHnsrqH'
    'DMZhckb/S2K/ws+cg4SPbYYzlwnseNk8zMlBZG83OY9wm5qgMoNELz+L9WdUqGPD6+QSAxreGtcTjaO8gNAi+f55gp+yz89BmVml'
    'l+lMtqr6tSdXXV2D/66trquvbmhswiff3DRFT4v8X2slai4B5pUSL/JK+V22naW4mrc7z5ve9IVS+oMlKxaec9Sy83654fw33Xf7'
    '7Uvg8x8/9K7bTW7uPXDd1xanRPZXxX9eJ6seOtClKE5bf3bauf3Cp28nj5y5nbHeAF73Y5P7gg/pvrbhX7d7np9/jf41ISYeKv7k'
    '/980IccpSv/tLf73q9L/i8/XXv4T1Dwx8XtPexYq7IDnSsW7UvvtBoWNrAzVNyanKs5ayf5XqOO6Lye0g+7FixSyAkqvRomcUEWD'
    'beUQQbLJf4VzvMmeH7QXDBEaHtTnTo08uIeMm8psRgzHFDTevxOOAzGdjJy2vdVwHLSMybzKfuwAPItTVo46ijzAcZZCpqyCbZA8'
    '7DzA26D579P033YcvA+UL9gCfVoK60qnx0CbUvp9E+P3DgJ+L6xs36SftvyEn4yCllfZZMx0+3QTPzz8LqvkBMx2r2A/Zzq5EZ1T'
    'lc21yb1SrIO3kSHn0N8x/DE5u9voiWz4/W6NHqtHeO+1+NWJes0vELo0YMj762hlmPZvIuci0/bDtHMVOdtxukvl/WHqfguh+X0R'
    '6zoD8FZ1Tt0ess5jydi3MXwqELoZpu6DyNl9QIOb9EwYpg1bm20VTzZE1rCs801pB9aVWM9oc17zbVdehe9u+Krzbh6Rbz0H8tTs'
    'LldeWEVkr2jnju9efdyra5m/y0l/sCfcnbhS+1BvU7HwuRWGzVPbXdzEd9XnO++WkXHJdzL91Iedb0eQb/nLnPR3BRfO+O20TU76'
    'oY+4OkFsZ8mbvXB+seCFc9+FXjivuLW83jSRh54N/f/nlHN/DnlZuiZGLPDYFv4m9zbaLPaaLYw+DjK6VGDyoJOI3jXqXkLrXQT1'
    'mvKEpv3NEx31qM9ZjpZJE1vP9SnnDBc0zn7G/29nf3dOIU745aN300o8VPEfx2lkmN2MD5juY3kazmx0LM/vI33/R5BnV4I+oD5i'
    'TdZJV0G6FtLTsw6+1yCdzcK+Nt9J3zXfXR/ziT3bGVC+I1u+Xk6F8u8k5dDvDc13POS7fr67rmSfTPe6phDwoOPugPQEzTh4//Ig'
    '31lA+A5qh1awoGdchq7iCylvswBgT9vdTGijSbuUPg0q9Fe0PVPdGIV72kfvdiTTJYp1UGXK32Y/HVCvDZ9Sy/YSytfnwbYxR75R'
    'eBylsAcdYHkOJXmGNXmQV6ayleUkL/5N9fVU3qTLq5uvWvhRvKnUXWt+7s4xm0Xuw1s1n7ycnNOgcmFl0zr5gKku2Sb+ThRb9ZCW'
    '7ZlpLV/aG5empDnUxRcb+xQT+sZxqY7hUtbALmG5ML+rZNqvStWrspFbHkLnc4zlXFwF/0ZeojzWYXqfeSxCT2RtfMWmxERGJbtV'
    'XKPaabvSwuhvVb5Uo9oYNiZry2itTLbPEhsfJctjxAfB8MFUZkX9nXSJxI+Rdq/+YOn/7e5ma0c6gu6WmfibCSOPXErOTvjuJHh3'
    'IHl3hHBtZxsJH0v9jwxC2sP4edreDhFOTluJMZ+nGPNZijGfoej/aSHgsFJRZiygzGKgE7QM+oIZZXkPZueYZsUZebYiT4HlqVfk'
    'kfIQ1dl3KufvSsX8XaqYv4vIuy8r5v79K7xzL++j87k/RjP3KpvGoLnXyWv95p7befjN/WKDuV9sMPeLKzD3Ocu5bwaZUg50hM0g'
    'R6A+25aBbqmK1Jch5Zex9GQYy/nC0fmgzZSfjChHZA2jTB7Qz2w90E8SvzcXJDMYFv735ahMid/TOJmM9+QAeKwhOH1ECJ3ZyRXc'
    'k5DG/i95N7vdefcKeTcL3r1M+LZ2Ns/tUNfPFXkOay/P8zysUSpX8+uzLPMDqdMjdMlmvK0WslBuO7YJ2v8i0cGPaOyThth3lXxV'
    '1vUJYqvWrSlrahenat9PL0VxfpzI46mdnqlN9xAb1yaF3VWQbXlQW7yNs4l92Bgbf4+BDSLKzQ9hZceITTvSmSj2Y32atg8GmwbT'
    'OS2EsL3sZzTDRJaetaQjqnPhUhH+DvsKSE8UXp34sew+SNpH/qp6NxfugYWRlep8lprWwe/3T9aYW0W0O/4qH5ujIonzHtEHLxMU'
    'x3t2NZ0baptgswfraEfGknb4+XagsiJbnw5+vhzivkscN/7P8Cetxn+Lx6DsZJ2Rm5m+OWp7KcvyVZblE7/oPjS5/TWwhvCL3mYk'
    'T6T7+mqShrE9bSE8zbVQHs/snTDHl4skds5UzPOBMC84b1z/wvUay8g34ZOX+21qCdirwtCHNQFnKH4fKuicqLqPxM9Ypmctek7G'
    'fo1bnB0HmcxoU6uz/lRn5BGLs+nPFGf1Zov7DibnZFrfXvb3Zp97BqW7VK2OPJTfkaLw7POZX1Ufwp6XVXNocqZ9mdnH/r7FxVWT'
    'u/OjGnw2md9OhR0ttVvm9sCdFrAY19i3bhblPvsebHFtYv3kG5M9d6OW60+O5cbiWE5RyHVM7LtMbb07mZy4X2MTPdlynze0uGtx'
    'jPXNBJb07osKJ3stYDWkoHXcllAnN6T3R2e3uHR0XDM2fl92XGMDGtfaCuvrUbUHoJz0X5vdcf4xwtzp6El3heiJLW39dDHDG+Dd'
    'Kcz++GSwP37HfC8suY21LH8S2DGvzJrZWWNeTFV35HkfZN4VxH7ctL/Hwredmv7SPq0i70u+UJsduR1dR/1s3jam/P398TWiww++'
    'd5nQyj4R7CvmiGZHVquSMw8wetip6TvVw6r6zNcSX999BmNBPuaPeRfmlVh/ca67n0L6E0Yrn8i790GQVr/K6Gs3g12/hpYOaPb3'
    'SuHLx/OOHDoqT0v7WtDgT78wt/ce1MCB64g35x2beXpfjuPn7xR6P7890IZn6gvY89BH0bri/45n+m56B4O2J9vBdjkP1K+xlZhs'
    'OtNA8Ga67u9+8/Fck2OfaHMujsJjb/E5EwTB+u6m8rOeCW21vacz2TzzjibH/sSUn1TRghcCdOIjGhsh9Hd2aZPT/zhpn8053o+u'
    'Hd/k2JSY+u/htDbqPjSo2I9K9+uaHNlWEN/XYXjXD/PSvp9C7gtSPvAkxretZvfrXs++rwK+7vlGIRZOAl/eo6EbBaa7/+ok90d3'
    'rsT+fGyK+8PhMwb9mSrc5zh/XrE/Z4rgM4gJrq+zODt1EDw3rR9xf13EM1OH4dmrpANpdOloJWQWqv3Y5N687Nt/NExO34ZC9O3B'
    'Bq9fs8mkR8gLfWyS+jEU0I9tDa7/UVyrdyxQ+0HjMTgw36hmX/0jqVe2dVlDuezV1KY0Ku8XhcfdouD95ViWEBy38dfWbXFeLwh1'
    'DJbBAD473eDKI/qFuZ/iUYW+ha5HkznbZDEu5EufqXfPk9P1PCz7uavehWulYNMdI63bWe/iaCV0hlH2iDdPUt/CwO3Yepc3m2r5'
    'Ron/J/0Zr6DujPqLUMk7UPb28zrH3lfWc1CTkx4O6QpI5zWpv6+CNAfpIkjPhPRYSI9i+Wc3OW1/s65c7md7Llfl2ZiaHPnNJ+q8'
    'e2QYuhzWTntHXWV0l6Y8z2UVbj/ojLNmitrH8c+vc/0aT6bsh/aJ65B/X+vuvWFlpJOxdr5d69h9y/dHMlpzIKRzIV3JaMo6SOdD'
    'ehikp0K6gNGoM4HW3EVgM531qe+unVqbik21Ll7b8PV8PFxH1uejMwvCl1NrnYjgYe7ixC33XlDrxlMM49tZJzsJalcaqx06hbJW'
    '2Ycf13hpTxznOlNe5Ws1Dr8QpPe2kX9Olozn1hrnbF6ybWQ07yBG22ZDOickXzXm09YCTVtzQ7b1FtJWGNpMyx0K6Qns+zJo65Qa'
    'd+1Nlhy65C9skttFfM/UuHTP5u6hihabltXJSPbmXBjEpRvpMaD9j+RcH8eV0sncliunrZWQBbwUoK+6kYyzErYzso2hnOObkN+L'
    'tbUTNeWRL8i5+DvV9pUdOdcPd5gzl842pmTbHmPdvN/pnPP3dNzzSvZ/1Q7eUjqfgvQNkK6HNB1yj3m42sXbSutHZHufm6T2kM6/'
    'V9FeJfeVAdJeF8PHTg0fXwix/+D6OK/apa9xnilszhAdpA9TIeMv3SutdulE3DrWV6oqv4d1B+DVs1PQB76W/k+VG8NhkMF6r8be'
    'vQX21UxKbefy91VunIww+6YprX9PlXd/rpSMX7a3ZZLaw7nZQPAjCj8wLsLLV5Yr5jJMH4L4udlkrJWwV+wJqKPkkybrzm+lbSZL'
    '6z/r0DcbXsD07PcQqfs0dp48ip2Xz7Ks+7as6/MkrvNdEG14CWD2vqzrOyeKzr6k/8/Gg9vdAefhyyvcDtKL07NT54tmIZmXa1jb'
    'n9PYSmCfPrOgnK63kLr89hoTu4s/Zxy/DVN59yNI1vV0xsWPdRof/mtYvW8I0c6DGdffUTej9y8Z0unbM44uYrJky7LN92fcOIhx'
    'y5BL8r+Mi288loqpzS/W1UXgM1k2JH9B2pyMu5AlP4cEl4Z9zhl+uDQ3o49v2a84Z5n6AkO4TKTd+lcFrKe1IdbTT9OOHdtU0pZS'
    'bPa0g79UVoA2Bjb6QlnXPWlnXuW7y74N9p6Pl/vge/RRJx2+F3yaPuaku58C/j+tpzMFQ339rWnXR08Yf3K6PXI87dr8VVJ2Kdva'
    'SNri498qot/np/Ban47uy+64tDeGK7+PGYTrJ1jYGZussSaCj2F12f+bcn2zBuEjx5dfkrI9Cnzx07/9OBXNJyKfn2+mHJ1CHDp2'
    'FU6Nadq9g4wj6nm+ZP+rqC/smVLW9y4yR6OKc5tqjlBWsZWUtVk3skwvlLXVUcoyl/iU9dM5lu7/p9xYcD0BclDULawhZUz8d8gy'
    'x6Rcf7gmdK9fM98Hp8L5TR1k9dSnXF++fvxrSf9P8vYEyHV+K4Lz4pxLn7RzK3AfSdb9feiH/P7LDeDPseDGjZTpbyCW4+Mk75MX'
    'OGnmCjc+pEwP6YX7Pz55eb33KPKeMq7O+0+KvH03qvvwCZ+8vN4PkLy/gdiYd2ng8G6fvDyu5ttIXkkAZNp0obdsHmgAz3vzRnXe'
    'giLvadeq876F5C1A3lsH1WPbQPLu2Ap72gb12NYr8uK88bwnKvLiXPC8y0nejjuddNdDgMPA9y3a7eQ9nOT9+4eddO8uddzYNpI3'
    'iJ9sJHk5T9oG9c55XO2nNsg3rYk/qxyjeSinoL7YCuybrS+2LPkb43xJ/vdUwBn57yLYxY9IGT625pBjU/lGbhbeuHCcHlP/30eE'
    'HLet3IDvGzZjPUPo/XKb7G2mPpNVfI9NHEfux3tAc84eNJQV+MGvxD/B/E02bIL6tRFolSnf2hXRxrTHYhwjMcFewn1hCBmwzu+5'
    '373VEYP+cPqJsagF4G1a+PsLrA5BgxZp8Hs8Vc6ThdFjmayRLYwf3NDotcOZij6V/O41OnoxU3nAcAh5K/fTM8J43vpGV6/QY4ij'
    'cbX9iwZXNr5JIUNRwdfE9mKEndWfanDHGFVHMqqx+dXph+4lY+Txa7fGCMuPQTthcMmvHR6T4roKtcPHU4A5M20nzjXxessxjoYc'
    '49IGV4bdzeyVON5vsxgf6sdmN7i6jx6NXMB03lMR6uLj/mW9O+4ew/3Upq/y3q2ur+OWdX09Ql2cDt3Fxm3LDwTB9aOKvr4Usq53'
    'kb5y2tylKdtpaA9YsrszqF/nSy6IP5P1v4nAIkz9KF8sxRcjfe3VlA3DM6wHOeFR9a6Ob0vI9W7bZmPENm3948o2f1XntjkZ+3BJ'
    '7lbn4oFq/7WhBQ9FqIuvrztiqAvX0sfrHPy03a9M639HnVcXGvWO33AInL2yQv2wxeOTAY9NcXS7Zo+3afNQsna2sTGMG+6htvDO'
    '1rl0z69NmV6ash/TL2q9PJ7KRyzX25vI3Tcw23+0vTkr6967ney2N0Dbd9a6umNuUz9mgVdBeWVbH1K0dUjKvq0hg7auqfXaBvjx'
    's9zuraR3I3UE7dsFDb26yKIO1d5fsrupdW0UdGfTEUt6U9K7Kep9KYZ6DyT19mps8AdD8GkZRb063sdm7f9XjVsvvw9twkONaO7m'
    'PUvq3ayRcYeRITxsUG8YPvULNS6u2tRL+dOPG/RtawicukFR75gw1xX3a+7ADJIxD2lsjIcCeLHLQ9TBebCzDOoYC6jjJEUdWyzH'
    'cpSijlHLsRyoqGPMcCyI4zUw31H5Gs5H/E/O9QnXkQ22hTuO3N8Lsley0cF/L+cdn0q/v1LjE1THSzwQc73IJ3w25+UzVXZZq2Pk'
    'i94ziW3iODfnXDqzXuPTUoUn3J76JDaWC2OuF/t7cs61W0sxuzT8u4nd58yS+xeyjmWkDrQJWgjpEkjbA+qYn3NtrTgfOWTJ25XW'
    'v6K+YQuehNsA/6baW99IwN0R1d0b1JfsVdQ3FpJ/lvV9i9RnYi/N2+I2gburXXszm728dO9GUfYFDf/G94+PV7v35U30jDZnb5Ql'
    'X09g1a+BR78FXzlAxtuv2a8KCpyWZa4gfRmIeDdZ1veXpC8DGnwd18DlpGqvfSKXqwyw8Y2j/L/atZ+f7H2x5Hef9B1p3SlZr29h'
    'FW393yr7skg/f1nlzl+QnbDJnvWvMdWH/dtD6tugsWf28wfA+3dPTPVh//6uyrXjObRJvQ/p9oxbSFl+J3AJK3sYuVdQ8rtZ5dqM'
    'dip4SVM/lIOKeoZD1HOZop6tIer5yyrXfrbgQ2spzVirKLOd0bNXWTsdpMxmofZT0sfaOZyMUVXGlMa1+LQ9qGk769P2oEXb/5N1'
    '7/qH8V+s4gnQ9vnfsm4fTfc+ldzpiawLH74HFBR7gSzzFZ8yI5p2vmhRpg/K/INBGX7G/ohBmXE2TzcalPkpK/M2MrcDlveqg+SJ'
    'PaTuIHwL4vm4nOhsMtaNKfX5mPu2kXQY6fiarJdG255Hl2Zd2/ROn7N7Sf7vk/dPLO8BWTdWeoGsO5P4V7J8NWnLT0Yp8/4p4+b1'
    'kz2V9H8Zt1+28qQS/x+yPM759zTlTWhHSf+nGCun3yiTu88n76Di3m1zSDpb4v9JWzpeGvt1C2lrIIQ8+DrSFl/v3H/mqKYtU3vF'
    'Hp+2+N3cN/vk3c7GcI4i7wsaGn86yTukuauP59NVMN4wtlF477ae3Wk9R8N/H2yQF/nFVp+8a1m9OYO8WO+raXfvDUsPS/du0t57'
    'N3Ho4kr6/7TX1r2L0bB/UeThZ86HffLg/O32yTOG+78izzDrzz8q8oyxu22fVOThtPnDijxU9yfz3ETyqOS4Jf0/ydOjOQdv98mD'
    'a2k47dgT29g/le7dK+p+ieV5M6nbdM+T5d5I6i5o6PNpijzb2d50Ismj0jmW+H+fPLhHHknyqPR4Jb+7ZKymcqvSmU9R9wjLkyN5'
    'VHq5kt+NlJtns4a/+q0izxiD2S988mA9P0m5YzU9O5T8bijKbTPAh8dIOdPzhCx3f8q154li21Ra/wQu/br175MH6dGHSR6VnKy0'
    '/sl4TfkBWe5an7o34/7vkwdp1BafPMizdCn6WDDo44WKul9g7b8xVW6HFWXeVpH2VDZdeO+21oefKN0b8ckzSu7d1vroHUv2v4o8'
    'oyxPvSIPx6M0yaO6MyHz/AHuitjwPrLc/7Msh336d+HMW1R7p9L+b9gHzkt/hdyjU8l+S/b/JM82DY95O8mjOouW/G4Idw2YyopL'
    '9j+kbpWctuR3SzH+IP1lKe4GqVvFg+YBjrU+/GQe6EWtho88EfJ0+uTBcVzikwd51g0Ejqay4jzc1ZwTo160dP5XwD2I7y3t/2QM'
    'pnpNlPk2Wcqh+b3PanK/qxnuEKcs7kDS93XkPb1nhnXkYF3Z1H0Z1JspvfR/0qmZ/ZQA82khyBViObPC/Gl7bU70OczmJg+07Mpk'
    'ntTzJKLMkwicJ7qO+XrLWN7rbCT0Ygfe3Z+ww4fp0Afb+6/pEH0MonUZQusOtOg7jttm/R0Uoo0vW7bBcSwHeTPwo2VU9fjNq65d'
    '1d7h1+cmHzyMqzzuk3L8rQDDJviegbHUAk9Rg/Y3gCfNcD+ewvVvpE5HSTvT+/WD9O3PzhJ67ZmYuO46XNfkOUWEeNrInCMumM6d'
    'H88kZZ4Hs2/LhJmPkCh9alX4A/Cjd9h/2d8LGX92rGaMi8n4G+HfDWRsc4Rrm7cEyqxldawVri8ZWr5aUZ6WW0JoljCgWYfAPMTR'
    'V9M2EfatkKeW0L8qaE/sEuIzz5rTmrlAr+n81GjoZt6p/rW76d2a+3TbLewpeoU6zucHhetL5jZ49354J/M9tRD0zwAHxB/sF85p'
    'Sf8Ec0V996yA9ETh9d1zLKQdDO6qvVn1LuFbA/jW4UDW0+epCczB14qOVmUV++7xMPddkG635A11+RpJvrnwQ14u7vqRVp+ccvz8'
    'IY1KEz4C94pOkCnJf++V9Rq2x3nWekKP/PZW3Ie6Wb1XJGukbI3svFJEedJBK6iJ4eO1hM9M5n3/mPdWmPsO8q7FR263NAa5XRu0'
    'K0Am2UjONaVy5+r3Bt7/lhC8aQ0Zl0TUwwAGB5J6OT9C02HCX2J+Px0Awm419FP++xiSUn+GVN5PU+T//eQxqjMk8k/zj3XKXsp4'
    'JZm++ng5r3Q+yVMzUZ6ndgL8zQrHB5V8dy6kF8Yk682SHV63v6ENOfo436BIbeQPc0hdC7LeNIwsw5SvDzo/tVjW10LSNODBMMCv'
    'H9ZhlRGtzaRS2RnOhy7lFMZOzt0QgRarnkzDuqqHigeadYSPfS/QJ5zrlI9MqxnOYro1xHF1BHDDpG66BjI+ckoqi1tOzmHCsF9V'
    'QF9sZbJNLF8cspYwPmHDnCuxnTT8dLClPmxp+RZLvq0F3utk2S3wPsinI6dR80h+Xl/KgoZRHDoC0uoJOzpIZUCYr5rwECg3ozxw'
    'C6kX8cC2nlaCQ21wvkpDmSMTOaxSDqs6NyjI6M4wDLGfbiZTYTwu0YNLQId+mUMH/GRrfN3l4XsdWxNLmTzRRE9XyTG2vc9Jq3bO'
    '3DHeddPMHyP6c7/1sakZY9UkjBH9zr/64PQY82TMaxb8539vz/QaI/U338Xs5OoVdnJ9zAaP8j82/BrvX4NP/xYItV8a9O/fLtSx'
    'Sqh/PJO4NdR++Xqfdjsr2G438K/cNpG2x+PzFBT2+5jfNJYct4PU+W32u6OHtrnHAn9NYfF8QD22/d0k1HHKuS2yiY/Nl9kc6HDa'
    'ZJ2vVuB2nSVum/jiMsU/imNo2yrtNhfG0K6p3XmQ/fXrhesHg/vQ3BzTmOX54GhDXA6CQ1eF4RE3/tX74N/RFncmRjT0iN51Chvr'
    'LOhOwE0gq8UY6DyG5XTu+2Wk7537WN+XERzZKtQ+inR9nuy+xr1uqmDtqNbNHBEcs1BFG4aE2g/cImHnC7hgWT/VbwTlVcGxWgMv'
    'E9u+HKM/OpmXypbSTxaH/TCV3ZV8hhR/Z5IyWfj5yVLRrmcZrGMuAzOV2aanQTt+stYwsaKobqQOymcD7KFaLGVC83zsfesUZ5ew'
    'Z5C8pt06MMdPK2SjL9zjwtBWRySY3BpjuH3jCbj/Tb7dCufHb+0uP5vJd6/c4aQf/TKcB5+OTg9t7OLa4G/579kAH6SRWFezQo5e'
    'pdGhpgiOJrZbXp3ZYeeLm4H0txsbZLnPYSbyWq4PTbM5yRG5u1zjzcWetLS73011P7ydDGnHz2aK2tei/ZRKR+Onn1fh1kzHH5P7'
    'LH72Q/7KVgndYJvsbkZTEvujqbU7Qx46a6lvxf1nK6R4tkE5ykEpb54hlqc15dIS5Jlfi3Gm+IZ3rbOkblquWbh+Cv4k9HlQVvU/'
    'wtvGW4V7xzlH6qR9e0HxDfv274o60U/DM6RPXUIdw/TbpHwnG9MeyR8ktCuhXQntMrYxT8McqfiKOsZXiHOKc/sp59/rOor/7gjm'
    'WdNoH6Govzmm+rOsfu1ZC+oPqrNKcSbfTGwvG4HWzYG2sgl+ZwBU51pfhih//O5drDPhzeWe/RnhvdcqDPZstEc9GdbPfPJuAdiW'
    'ziXvHhTuWRTfrW73xgBHG6FeSEchPSmkTWaCj/sOPrZazutbmTyrJ5lTPqfrpnpOTefTZn95K9CBhhDzPp0eC/O6jB3/OpGR/Kve'
    'Dk//TIR48j7zPhVyX8QNKp9R1YW4lIL9J8ElNS6FtdeMC5di4WcZDpneI7WpM4rMntqulfxTk/P9/U85acP3XdsvmWc94ZvaHwY/'
    'U4+p6zuR5D14l1uPKu9ykvcaqO/4J9V5Dyd5d9wNcWwe9tqq5cl5ppT3O2C7B7qGx0H/8Vmw6dv9lFc/cR/0Ye8j5fWG1U/MBRsj'
    'we7Z6O4gNIMOG3VryxVnyWbYGG1tzW1s1JezPmcseSfTvbaZ8Mwmcnh6l26BsPfVYHIH0eSus5/OgY4pTF38Xt5bGdy5zjTP8G0h'
    '+buSfhdMcaGVnefQP0Oz8PpnoGtR55/B9nyWA3iZ6tHz8De3e21S2K7mQa+/ymKOJmNOTH0DmMDCz063iuH9pQp4B90Bo/NO9z6q'
    'K6P9kO1cbrm/muqSD2c6YsyfI7SpgeSl666dlGmZxLZbQpxtdbDLhYSdHP+7FeOn90qj3Hnjd9aC7Gds4D56hZ1MwNR2xbT9ml47'
    'OB/C5j7L7DzwrnaNga863V1M9EFUO+HCv8oSxyheJvjmzvf6u6cW336wZ//FN6wjB4Vs8U7W+U5y5q8m+x7CAuvrgjI1sJdfTmTC'
    'yX3OdBrP40UYvaLXaEa/z0nn6XJRfsfc5o6xyreEvZ8EKTmduY4S4JDXHEIObCQQVj0ZmJh1JgJjoPNnpN3YuJda0s/LoY7Xpd1z'
    'DK0jI4L9fsgYHPPZOYfbZ18lzONPjSjuV9EzU33a8WlXKV81Kj81v0yZ+6mRMThGEx2LTscSwf9d4JoIrNv2TCHncyjl2tQuV6Rh'
    '6nxLylmzJnt2XlPHG4ovVpI6VGtnk7C/V9hH7jjgmjblg1T3Cf3uU3B5iIzBcajG3h7Xo+qb7m6DbT2yDy8DnZoLdETFLzckdtJ+'
    '9mCV1KNazT/6R3u7cPxjo40y2lHSu0ObRHmslS4ih+XrShd72yRO31lw70gVs4rvY9uF+R1dXWzvgkGf5PdZwhtnTXX/uU+oY+Rg'
    '7LfZwhv/axO760TvuPcIb6ycMLJRSht1cr7akGd0iS/XQ9pA+snv9eB95pRinENCHS/N9u5PTpTHcze9u63CWarrUs3tmCi/Y75c'
    'MW88/tQi4eWVCsIbay4Pd314DF0OJ+oDgd+p2y7U9wBHQsLWL6bhHWnHn7Iq1ls36YdNWzR+mwqXOoW9P644cAPHfKoPboyw9fo6'
    'BW78F8uzDPpnyh9wmjbI6jtQBMc6U9G7egX9/zUbO9WLLE87h3YKh+dDzvXANJ3r11vM9UnCLjblZM7/z0PO/6DP/N9ZLPtRYRZ7'
    'me6Z24X3Pnac9KEwRTiDe8d5hH73aXgkfs95vfDGetbtN3JvOigkvpiODfu1QLj3y+leFMWnBMrnVTE/KX4dkHL8XfL7/ggLG5wp'
    'WI6d5h0g93SmkidZb0gnRoU6VngPq69DeH0q8dieRxJc3ibU8SS5HyYT/qVTlMd3aBT6GPB9Gv4FY0DcBLDGcwnG7VvFYk6fbhhX'
    'D/OWYgITWnpGVh07kcfbK8UEFd443n7xEHkM7ZMI7qzVxOfzq+8kEicR55HH2V6ZDY4biDH+Xp8t942M8SH9Yhn69TUsH7qWxWQ8'
    'QTMnJu2F1aGnIpyXrgwhH5np8pKScKSZSzTM1UEmjpXxDB5HHK248EhE0I2vY3jF72iOkvMHfhsj+1ke5H1os7UX3h1F8u8lewza'
    'aTaydlAe2s/eY5kDSBs7RLlPQbRfRJ+C+G4W3OmhNmVLhfeOnQ28Lgihc/fEs1gHU5fyl6PHZUvQJl4L5FiCg6I/ws9G37atOiJo'
    'pHZa6N8gzB0bU5/RNnPZRuwoJXyaO9xzAMrb5Vpv6XD/bumws2fU9bsmZL+pvfZKMXmxp2g8uErkp7HP4vJ7Xg0/E5vFFoIX79PY'
    'BFxIaBW1IbKByWqL/HOZfsq2fCuxT5oLuKwa13JCG23scmxp53EK+yBKm99CzgqLWB+PZnbqpjAw9fMVhJsUT9DeqFUE+3myXdeU'
    '/lQTG06Vj16T+0xp4e/zN2NJ26tJPtq3qHQ8HYGOX62BYycZc+Ijf2p85NvgaorQLG6b+bHznPSQba4tDX57+SInPXPEu0ecNOak'
    '3z1XbbfJ70EgXZJl/tTh2hFUui+5kLaMNndVTdfTfJKvhdnsUxpwLuwplzObpzB2mCo6fSnBIaS1PcIb26t9i96ERXUnajnDsWYm'
    'LxoOkAdTudaVRPY1zGRTmOdiIvvpNZDfbRJuPCydrq+L6dNPJv3oYjIzzLMS+hEk99uqkN01M1naVotxzCWy31HDcir4bxL6GDVz'
    'QZ6kWsenBOBkIytX5YOTl8e036Vi4BNMeDQVD7ncksezvctI7y42MxtBHtextLks1u8fdH5b2L6isz/kOJUi6yIO2toQw9mt0WIO'
    'bG0dwvKJOeHafo4G2Czo7pTZ2ITmwXZ1SQg7umEFLEz0WGH6eKamj7Qf/YozDbXbQHl3EO0z0a/zswg9O6vuDA4odPjcBiQMXKLE'
    'CaM8FZ9Hrtsb1eiOkW8KEze0UWPDdEAMa3uej/0KxRmdv/8hAxyQ+Y5Q6PlMdOhBecYj9IvTIKqf53g5ROyVoq4LlS1dp8K+gs93'
    'Swzz3aIZ36BmnruZznIl0XPqfK93MzutxUQPF0Y/30/k6rNFuf/1ZRHqi2MPOkPo4/PgPFNamxdef/x+exjqf5eQsW8T5vepVXap'
    'XKep2ye4zY+uLhWN/wXY3+hk6kkc7Onnh/ZtRC6I+57NfpXM8/SfZ+RDWmPgi2oYX8TtW5YTWYLJGRxt+dqFG5epS2M/F3YfUcVE'
    'GVXAotYCFnNB90NhUwflW4hNVCOUoz5duE+cOuF/XzrIViSMrVgL8NPcTmCyfPigzIXee28Qdr59lrHxNAp7v4hBMZDDnsHj0J82'
    'GNrYok9Ryter+NoxBb9J85m0E5Z/0sUReEg4vruTfWN68gd3EvshKjcztQsdTuZ+n/XzvUzo4wQcIfQ+/A8RwXECDiA2Vqo8Kh//'
    'tUIfm4DzNHHIUetioOG1Qn/Xj9rqmdo6dyrOZ35yjblgq8DPsSq7aRPZi4l9Nz8z9rBzMc6P7NuhCp2I6b2SXou+dCr4QapLUcky'
    'ug1lO0GySIpTjTHg1FGGfK8pjILmnfII/O5bl0Y+8F6wKad5VPjGcZrzI5xPiXPcg4ayRlPY/FR47zlynWgc8s8Rcq9hufDew1TJ'
    'iWR5rE8w/OZ8YBerc4tBXYMGecZFNB+kfrZSUf3fxOF3T0X3VXGsS7790/o8uMfWkjxbNfVIYOYUeeS3P6RcvfiAMPe9gnW/FLI8'
    'tv/DlHvuDYrnbRqzWtb7dZ96CxHqvSPlyiC2ismLP36LT7sjFWz3KtJuXPXyOLsqnL0g5cZb7xf7Zrz1w1L7fsz4X4PcwLSvpvqt'
    'rRqe4GliZ2MDG786HyI6jYIGVi8p6Jvq3uEdwvF/y+8Dm+ouTeLeczrC9TD9Cl40qE7dncMetu7GiIx1MtodIvZlC6ZgvNIm/wRD'
    '3WfBgiek45vsuRwS8cTdjpNfqo+BX1qg2TN6Dfl5lYx/UPjf3x0HeZRK/zmqmdMuxblnsmi4DX03oVn0jj2F9Zimvh4NDTOF9wKy'
    '32xV0P2453e6nzOqY1g3zYp1Y6pzezex3+XzsZnlfZtmjdrud358Jt2r8e7m5SBPDOqjiucP0g8GnQdOnqJ9q32K9unptKfEvTZs'
    'z66/I7Y3exXnGtv6/oPU1xlDfd8h49sqzPyVUL75n33GF6a+2+GeSpjx0LZfYntRp4Yv8LMVRdq2OKb5q0T/riD62h5Wd7fGpnmr'
    'hQ0Yzst6Qkv2auSrlWj3CB9bs94A/oKf8WYRG8agvprYq6Fu8zCFXkTFZ4xF4Mv84BVGV1UJWntgDLR2laV+iNv12PgswnZoHVss'
    '1nY3KaObb3o/6E3C8S9BcZTbUlAelOqX0hH7R22tCkx+VwX4o9J/moyL2uRv09CrQWHm19fEPtpPT0l9uC6GfPwe9mINzdXJEDsZ'
    '7Md97NxN+q+iZTgXpxA+ddyQbpi27Xc/gvOLkzlmbgNM53ANmcNK29ZXgndsFHZ+b88n/FQ3g9tLFjrtUXL2aBXR/P7KepZa6ov7'
    'LXFXJ1e1OZPEcfaYDjiwI6Y520zsRYct9otR4e978cJ9BBeOIjYZJjbEnG/E+WgjcOzV9I/OrQmco+AqvUNSRXBX1nm6D/0ohKAf'
    'x5A9k9pT412UtgA+WnX/IwgHsP7mkDbgnIdBf+2VkDeb2Fz1ac4puJ6OIzRiVPj7vB4l56I47kXNJvUMW5zPBgPsxuS5KJcqt8tO'
    'W543kpgILCbCztfMLOG6+U4rw82gwCY2+J+NEf+3h8D//pjw/y0x4f+ZRE6xSfjfi+3y4WHxnuQBCniY2ijqZBf0nNZvMcYtIfYP'
    'HW8/nexq/fAW792YxpzlNitjotwnCYX9mMYmRrV2ui1wssvwjEz5h1qGs/zuaKvQ30+nvhq4ncM2y714tojvPvpogL2nCd+p0nXk'
    'IV2m+BZU/7iwj2s0Yrj2g/RPx8O5frLbPUDY+d8Ogr0JPrcxmsXvIY8THtPGVh554Ua2hnekyu1lt7EyhxGasI3Z1sbZxzGmyywE'
    'yPPminI/GNRmflxj2z4X1hgtUy28/kGC6BSO+2VRHvsO28uRPXky5T1NMdCg6eirIpNyZPOmZ/Awbfyc8QmmeFvQrOM5EeXE3Cav'
    'hZxZg3wUdAq9r4eM8PpmQLjmhAvnSsx7HnC0wXAOdf4VZPyhaxmNfdnCLpPLx4csyg4algkan02bOj8p3RZ6o5EQ7Sb+avYfGnvj'
    'JNBYGUP0oog0NipNNZHBcl98Kp24ys8jPRtO1joqxX8qftsQAq6dQu2nZzajO88Lu7tktG/0jKWCmYrGTybs/kU4/jv3RZysNsTJ'
    'nAYnTffg64Ub8890//OzIbbZg7Zr9t+xEHNm277p+ExtD2fSvkt94Bw0CfswxplqC7A76xfqWLKdlmOtFZW5s7y4wnM8Lsz0TBwP'
    '5Ph7LXiAsG2ck3LP+FdFWMtDMdLfSuz7qrPVQRWc87jPWC8QWcygoR2s7oxlWsZmbxk1lCubnKNGNbZ1I5NEl6OsWVn2mpjmye9O'
    'zrjwv9tpe+fGVpbM6fq4CG/vr7unOh3n18+fSbOCHzSBedwySr5P5kV8vlpN5NQUbmh78Regs7LZT4LyqmTUqraPIHcAJltmruqP'
    'Hw7NU+x3ccvDM1MkD2+PAQ9zin0/D/ZKq4TXf21YfROdk0bNnATxHnHKm/34/qzFGbIAMET77AbQn9r6TqftV0/yuUPGN3mzZn/k'
    'dy65Hrmf/d0r4vOhbUqvVDb5JmeiyZKxqnzFq86ZuljlPcLri37I595LLau/DspFPUsMCHObUu6DIk90s0NC71dbN6Z6NqYGUocc'
    '2+HTAG+5LeqIxs7IBKd47B4Ki8YKye11e8FHZvhecDnYz+vsY/36mw3ob1UF+rsCbB3ing/dOCq570qYPhAg91XRQz/6qZpD5Gna'
    'DeY57JmtW+j9IlL5XqXqN9kD2iLICoJo33pC+7YK9T2zHsX+FVTvcrI+TfGd3zeN40wfZq+v1+gocA/LERt6U35TtvFR4fpYMi0X'
    '1O93CjsfpUMae+GrwM4iSj1Bfb1EcW+n38euV5Z5o0L351cmqA8ngC1wEI0KojeVWI+2urCChs+YKjuE1hj4mSYL2+zNMP6CDx90'
    'hXD9cPYo5HVc5jZd+BvqP5TLDE37PRV8jt8ZvZrZFPdqbPhHNGvAT87D77+eqdDLxdHOKJmftgC6pLtn58c/DCrOJHHUPxpwpp1s'
    'WtEyybQC+clnhHP/2fTORcFw7ipNP0xt6vh6/LhwfWFWYryTcf6QeU4UXj/Vtrb3k0Evw84TpfdxjXGqzobHBpwNxwL4rjjHH4ZH'
    '0/H+NcSOWuf31M9fR4+G1l9D7KgHhdpnzrim7Ftj7A/uERcSPj2oP1jmDMN7KQXDcR1nsdb8+nWooc5t2GLtdvvIQHX39GqncK9N'
    'xbDXor7jNuH6rsA4tU8tdGN94zgXk3HKv5cIr59JDoNh4e8n3++uII0ljPfhVPSpEmeWI6HtNVknfWO2fK5XZcvHcSp8f+d8dxyn'
    'sDwnQ553kDwnQf1nQXoCpKdDujLr9iMPNrIni+C2O6DcidCHGsh7GuS9Yb6Tvmu+95w6mWMz6Zsc92dAPybLnW1Yzq9/NjDZ32At'
    'z1mvh3rXZsvHeGZ2/4WLn33DLM35YH3WCwvaL0pX6LlBZScfdX9B3R/6oF3NYIF/r8qqdeOczmZi0nXJvn6tw0nv6nDaPpjwal+A'
    'b3sg/RKkP+9Q+w5+tcONqVVP9i8s/yqkP+qI5l+mkcB8NaTzJtT7dTpGWH3sPCc9ZJtrh4nfThpz0u+e63yj+/zLF0Ufr42vkRn+'
    'IBgXivBPkKuR2P1sSTy4oKscd8VGJ73pI3q8QH+WKt+W9D4q4uFdBSf900ccnFuo+HbFTnetc5uLYVHuF2I2Wcf/cKmTntDlpP89'
    '7l3rmOd1LI8uFi9Ohm6MYXy+4Hhf7HXS+m2uvyb8VvXXAKebvDH37v6Ik+68yYweZ2OkMVsAbt/tdu/n82+pa5xvBxG44zdxjvs3'
    '9Y9R2sO7y+um84bfsPw7u/U0C30fzhbl/is5LlafD/vIOXCPjbRXD3PzzQuctOZi7xy9Eca0utc7R/ht42Y9fmE/60g/qydhDvle'
    'UOuzh6hkPk2KNU7pxgdhHx3sKB9zq2YdPA+wOvLN3v7c9F5IOyaf93jue076yh3eeJqfhW/f2gN5v+T67EBbqNHvOOlZTzrp3l1O'
    'uut+L34frmlzMniQsH7cmkHejDGiVW0vJzIBTjNNYhVzmjuPrBtZNq3I20D2tGOnef+Om+T+8bnPhZx7FX+9xhJHVbSEn89vg/Sp'
    'heXrwDa++FWwllBu2Q90tzRXqfQ+82TMn6xpnRIE69Y58PrzxEROzXG+FrZ4py0zOxHiySv4XVv/nnQdHYF7/oSezwvCoU6y5o70'
    'nHnS+/VTAlQFcYjSmeWMj6jVyEEwds0BRMdB8zQTPdwWpjumttxbfOyeqyLSzJMtcVvHH6Yi7OEns/y6/YrS6DbNPtcS0M9MhP1G'
    't0cuhvTSkLSC8327HnLSbzzhngvw262PAd+32z2/IA8neTaZfvTLTrr2aS8/+4lvQ55vxcffrSV8nogR5o2k38tgHc1qL+6h7eX1'
    'mPAhtaC7rIE1VAO0s9kRMyj7nY2AK50xyqfSM9EX7vXOsVaEJcQGWWz4wA8q+LWUcO+RJ/wa22vFRGam8GuNRM+CtOwYls+0LvSz'
    'eA55R2Xd4k7XBkdH75eQM7zML9Mva/IuIPXMebz8fD+XfPsZ0P1dj3nlSCmQITz8kHe/2P19J33yifL9wmZ/X2sJvzYik0LZZxXQ'
    'f7FLiM88W752ryP7zKTpDNIzkCY385UYik12nnbvK5v903T+WyPyWh13unxVHuyXkJ+6/yknbYA18L09Tp5Bsj7bHwa97GPq+rpJ'
    '3oN3ufWo8l5C8l4D9R3/pDrv2SRv2yNOet8j6rynkbw77nbShdDv7GPlYzuB2PXvAPnhq8BPPn4PyB6hnd1PuXE6EGb3oazxkfJ6'
    'DyV9yAKdWvWgur8HkPrEveo8jaQ+SqNUY4oS/7WZ0Yx6Urb40peHseVBjlXIENqAJ6U8LsLmaIDVMjhH1jB5VjMcifHsQuuoJvmR'
    'v+ZnXJNyy1mfbX3DB8I4XRpCexwwTvhygz0gAN6+TzpevjxuXVQb2KDQ+e+B+c8m858hZ6tw57Kgg1nM5zbVfl4Avemtg17++N0b'
    'yr9R/viU8fJvlD/+I+gkswr9IH5707ujy1Oi4OIMM2HJMDuUZhE/QQq0cYkSW5XKJ9uIfj2hQQY0KK07QcSwCSV7VLJHTdEeheeV'
    'w98PtlVgS3TAdU76gVvATzjJu+vm8rw/uxbkU5C3h+xFWK+sD/2W5Fg9srz8dhH5xtvfQOVGrL0zybdD+5z0D5c6305VfGu8zPWt'
    'gd/+HmzgVvW592/w20vs21JqN3RO+fgWKb7h+BYo2ju0z7vvv8S+0X3/ya1gq3e+d9//CXz73xuTfT/2fX9nBff9ncm+n+z7ldv3'
    'qyLs+/uKnGeq4v7tizBKifhk3XHKuTcayLkvspBzv9FCzr3OQs690kLOfZSFnPsQC3n0bAN5dL2BDDwsjxC3LYupPUQbKZcn9hhz'
    'SJ2oK6Vy7Pnw7wz5Xsk244hFmhPRbFR4/5YqxrOY5cd83HZG1RZd02hzZOJjg/u4Wgh3Jkz9b9jGLw3K87KIthYQVjZ6lVaNbWaW'
    '4CDn3Rawuxuo19DhT80+hD/zDfEnSnw3xDcas8QW36i/A+5vYmyG4lH1PoRHTRZ0CH1kUF9TNP6W/PulEDRndIbiwb60H80R5vHy'
    'gvz7c1/Q24Q6tnCQb6B9ff7TEebfRqednuESpRJgPv3aEb/Z3q6pLVBgpJuLuOQCvjYLRiLvtEge+jxEp3RdnHKhxMbEYD2KKLbf'
    'wQqaqLISAfcoFu/2yv1/9aibJ8q+o7oPjjKFXQo73FFiexfkLyDBz8j4GcEGKh0rfobSE8zcTT1jarth96yzsguJUw6X7OWR585q'
    'L/fjyQU7C10G9s/9d9idJz4Mdy2k/B510Vjn+m85afPd0eqke0M/7FeP3mvmhzDhRfdd/LXlRXV3Vps7ot9ZLd053Vpe79VgD/kc'
    '89lk4otpqdD7YqK2Htw3EbX14L6JqK3He6DOveNeW4/PgQ+YC271rq8Vlzhp02XReS/dfLTAfFwekkcw9bVSifvPNROuTiIO/pv7'
    'AKJzwX0HheW/57Lx0FjH3wNfT3+7IdydhsQfncIf3c4IPNtOe54sPY3xHO+C/hn8Hh5O3h1wsZemyXwyPWPES9NkfvqN0rT1PU56'
    '1UbvOjq4UP4t8b247+J6FJqe2KTNTFvjKsLzYOw13f66lny7k9GM15Fvz4AvwnPB3+Ax5Ns33wp8ZZcbX4DbEO/5a/cuKNrKSP5O'
    'pmd3uH4L84QO83ZLfF9H+djoXVDk8TBPkD/BhM5FonMLI9C5wLJx2eFSP5wJzds/7HCj8H/cR9ZiBX2tFeVxTWjsF4yzwn0HbxLl'
    'voOHSB708TXI6tlE8hRYWxjX83Kh91OM9VwI8AnS0/ewcq9ndh4mMcBkuVXC9V/Wyca9gvSXx8hBH2eLhTdOMrX9UcU5NYkVir7b'
    'g+xKeLyaTqH3R3sU4cPovX1T2d4xlvjZIMrtinPC3/aZn2E5fi8RU2/7rltzbcKNZz1buL56uN01tXFJVRD+KhowrMHzcxRrToVr'
    'PBb6OrLmtgh1rHpejyx3rHDjnA8LbzxzUxudUWaXxeNWbbO04RllNnyDwvWNW7L99rHhqRSuhrWvQtw0zZ8D/lrlH3KQwblfYxfX'
    'LdSx6XmMxi6hjpeL38cNcHFIMee0Lz0GePjDrONzRkW7hzV9NImtTGPem8b/5jZkJvaEYfvRRWzcJBz+JuusZdrHHkubSdv56iS4'
    'Qfs2GfPAx39xcfwnsX5xO97ukGtgUME3mNinc/7BBr58HVD7w/lkrDawprDhsWMHNHhuavcfF+7wsT6fceN8qnzequIw+eHRJg18'
    'Bli/fgrpb4WZPbnfGO7yGcNgBcdgMi8vG+LcdRmHd6G4XbBYDzy2oC0/rcLhUZaOKWiG7Pu5GYdvnioc+oko98Osg/ERGUf3SOHE'
    '95tBTV1x7duj5Lvskzylnyj0cTijxFzV0btNmr4NMrgG8amm90YeT7u4vU2Yx4rtmwb73sfSzlkM8c+k77S+Ac3826xtHS3fqphn'
    '2ef+tHM3TEVLeDzbLhEu9rBqrLr+nJl27mia8M22+20hYM0vIW33VZgn52u7Lu2ccabzvvN8yo1DymFvwpv0CrO4gHzuTPDmgZQT'
    't6uSfBiHxydTelzsUcxD3PNxbcqJdRVlzJsN10ZXampp62kpRzeu4xuwH0Ht9Svmya/dhaTdguUZTnX+47yCCnay3eqUoy8L025c'
    'MH8R5JyVoLXfEe59VCz7kiUtwTJBsdhle/cIF55TJRf4ABmzbR9Ue+pgQHuSB58XAodseWVpS3iIJd8TB38h214j3Nj0cdB9jDE+'
    'LwROjlriJI196ycnoTJSjDtO/ZI8TuyV5hD9yRKFDHUqZf3oF6VBRI9rWfJPDf47PrzHrhy9UxMVHmHvbaMNbhbmVzC5tyw7G3R8'
    'XNddR+rJivJYBbry6GuD+tORZc8Vro8OqkuS+d8u1P50LhdT58ME4cbvowetzQEmh8ikHL2YaTkdrfg10XcMs7PDkIbXf4GsUROe'
    'pVsjWxlR7KkHWuxX/RZ5sY37CM3aFDDO24nepMuCN0P99seFGzcv7BzRM8K7Y6oP43uNCJc3XEXiuQfFgF8BedexWOyvIzHgaaz7'
    'VeQ96vSRj1gf0J5JLHm/8lSnr7LDXuFjX3aU0Mc6OZzYgo2Cj6ZXwA/TQ0+4PkR0trCzfGxhGxS2tjmFrS3XO8ZF23IRaRvmp77B'
    'VLTftF46v9dA+mzI/TuoT3HBsDoin6HKVxeSz7gXbAqfh/RlSB/vCMf/xNWv350THc61MfBzJuMJ8ofnd64fUNBz3G+43b6fnDkO'
    '+4H6aQSvLSHgxc8h3NYCy01lbEgKg4wPrZlLeOcUsQXC8pmA8nH4j0tXeIx+MZmnap9S6YG4vs9Ezlkg59lK9m3cQq7Qa9C3A2Lo'
    'G5Wp0LPMPAO7B1OefUwjdzgS2lTZAHD5Q6+mjgOAl6Z97bc4y/D6VDZgaMd9rii/r433SWcFwKpbI//htq50LFxeb6PrUtmKZthY'
    'FpOxqPo4RGi7yfoJ2u/i8L9LZXOdink03bO4T3yqfxhT4JuE5WEKewCd/lgl3x9k9W7R2EsPEtmpn92vrX+xuOQeXL5rCvO45Hdh'
    '20/ilatiqDpPpeKVt8H6pHNzhUh8w1FfPzuvFFEe39ssXGYq+dSn2F0BkayhZA0la8h4DbWI8jjLv065exbyhC2wfnIgB7fZq5da'
    '5EeZ6MGW53WVvbppednmQSHGdYTluCi/U5XQnoT2JLRHuX9XJ/t3soaSNWS1f+dg/w7jW4nLeluIXnMpk7GsYfKiWuHvczuKXGQ6'
    '6Sz4HcUgXUNcNkGNMcAvjA1gGFiq7LL87DUqOVcq+VA2AiyDYGYrp2sj8y3zpxkvrsOHpghjGFLYuOCcSRqwSNHPsLa5QxHvVdAz'
    'ie19qUGNnfiIZhy8zqh4FjZuTdA4+zTjKWj0HXMU93jC3iOiPtJUdwSahXu/fqvhnKtkwDq9UEMFYGprq7QlpDye3ycc0dwFMtFL'
    'UJm7zfk4jL+B1UR3E+YuJNfdyPPywpjv4YSdXxOfvrUVWsfDijUUVGbI5y5MJXSpowG61GaLtU5xDvGqPmAtoJ3iMcK99xen3pbf'
    'ofDrh82a1Nm+tStosYp2p5kObxPrN70Tl4dyCxRjMNkzab+GSHtB/VXpYekYsuQ8Yrp3c/zGexY8tpXtHahuhe5SJYvja6clwtrZ'
    'RtpS+eI9kuF4C9lD21kdQ5r57wnANcQlLGNqy72FwQljcNK+bDXEBT86kmV43if092N1Pqb8dNWDPnCK8+5FyW633e6sPUvBJ6Ct'
    'ro3PpBSBC41zovPTp/IXvvSp8pir7cR2eBX41d8LsWdv2+Pygeh7fw7cE/nNV+xgNh/K/XaXGofivNNwz6JwfrNmw69OeOMKY3wy'
    'XVzhOPGr+nwn/cI5Lr5Q27WXrwccOF9vT1Hncy9IhRfXvhl8kF7gjcVb3+t+K/lwvjiaD/e443/ariW+fuYC3eJrtBFoaR1ZX/vK'
    'k6JiRRpYIlvpNm2e5tAfdS23hLBHpevhIGj48fud9CyMef2oHX499yUn7YPY2S/APbnRB5y185eAX/LdTUAb1zzmX2YtKfMliKH1'
    '6fvKy3z0LvcenyzTAfsPjX/yCaDzlzwNfYUY25/eVR4b/HFo/6w7nboOJvD5BsTwfmhPuPXX9iX/fgftD1HoqwB4f+Axdy+0KX/Z'
    'D1y4xSVzpHuk3FtLsLjHLC4i3ytl2VkwP+LOqbtXoaPzWeAnaH9lXAAqK20Q5fdj0D+ndAg58SmIYdJRzmfNJfCg+2Wqw/VnHbb+'
    'VsZz107oxzeL2NN2Ks5x/BxqakfdJ8x8x+rOuaa89IjGfrlHc4dDde86iv8ifke+P8COul/Rr2YiD41qFxxWL6KSzW7VwHqbBl9U'
    'fgrywvVvY2pXbSJzGtXY//YLvR8yVd+C5Gyo41LNzTCzHQ67PmzOZ/M1cly843gbOa9XQRtPLfTyyYtFuT/GJRp42PAmmC8r/O8K'
    '6uTnchwniuix6unccP9M20XlYkVz33Cqe9TFo4u4OAbaY+L70uTetamcvNJw6xPmPrp7AtYy4hfiWAraxL5IJ62lalM7lRYNOeh7'
    's3D9y42ydFio/RVfzWCA/qYxRXqI8Su2adLlwo0LVAfv1rE1hXYWeeH6yqb3xXBt4x41QOTxeQ3dSGv4tlaYQ1MZnanP1TA6q2bN'
    'nY4gHzT8zk8ceiO/+0uLNfKtI9hewPf6XgUvUWl92jJog+7vXKc7Ksx9ig+Lct/ocwifqdu7Oc80ophfk/NWM8ERP3scG9+Ypjxs'
    'P7Nn6dXwSrZ3uOT6Ozfk/KpgrPMtNRJgU4VrcJbGrmFAM7c6mr1KuD4tdD4UBzXzYOJHkLcn25on/P1OheE3bflKmWfDNJrPgyLy'
    'G71C7ZtsjNGBVQo9u2p8Yxo+RpW3W9j7BC+QfbNVmOtROW5eYzjf8t+6WA3bAnDXz1chvvfTqwimz+piODTEdMT0nPAMyCP+C9K7'
    'OvzHWyNc/1Ryn8JvtxHafJuIFn9DF4NnnQiOwXOCqEycmUNFNL9S6DuJxtHoDVjj24XZXFSxufjOIncuvrPIjq//LchdmyHdDbLd'
    'K3e77c6DfbmO/aQ/FelLRfpRkT5Uhoq/+uKm9sA5xfVV/PdN7xXiJ++1k8j7+Wgp8b6QynZkKtuS6SC8l23KVLaL/W+D/tey3/3F'
    'Ml8r/l4t/j5Y/PUUf+cVf28v/i4u/jZ2mPf7fmj/a5C+CukHIe2B9DxI3w7pxZDKtrC/dWSe64kOsL441mtvKW+3HsYv31OaUa2h'
    'GUgH/uFSJz0B4ib/97hXB6/j/XT42Qpwrma/1cU+/vz6IizeIsQFxU3y6iuE+NUF/vBcDeP6OegbZdlSfOcNsGavcFJZTxCeShyZ'
    '2+/QPkn3JM17CfD2Dkjv6rDDU8Q7Wa+Orsr0JYbHd7C/7yLzPh/6X89+czYW4T/m4NL9sNa+Xvx9EfDUFl/pOGTdJd56rBxf72fr'
    '7uuQfpHhrQkeZwk+yt9zxTZ/013ej+egH/I93+Nouz9X9IfHxv13+PZwwN5G+5cl/Tv0quI8Fcr7J9+V5q+gtrP5j78C2fwt3v7k'
    'gCb9743+/WmC+c+y35nFDev04uaxrrhWa3vV8yjzyPR00Jevg3Ut86vGi3bg8td/hxCP3lten3wnU/neZj+Rej0VfFY9XK5jo7KK'
    'jjvN54n2W5aTOnTab26bEkb/RecDdUnzyHxIv6PS52hNcY/seFI9H9Q3aUnHtBv696QZb4dw2wvl7/iWF6/oHJnAr57BT9zr6BPL'
    'lN73unpGG/hlAX4XPhNPrG6Utc2bsNf9Yb05kq+ayK2bQT4iDPFM6jOlLlP46Di53HD9Y+Fj/+L8vgt0xIt2e2ODo/54xcNevPg8'
    '6LM/v8sfLzAOIdoeo5+t4XsdnTrH7Wb4Rn09Ij6b4sl9T7p4ItNvwbqQNk029ez8KvBZu4Ln7/gHhfjZPeXjOB58VMr3YfB812Ne'
    'OFYxOD5UpCU/LMLryvu9cHwI9Ow/BHjKPGFsiMQT3vHn2PhfKba16sHy9l+B9uV7m3Z/8qXy9nfcHw3H0f7jA4958fhdj7s44ofH'
    'tWy/LO39D7n7Eecl8Nv9j5S3c9sD3njUaKdy7ZfVeVU6ipRw7yJin04srtNLHnbsbC7brd4zToQ98pKHy21yZH6bOboB1sYlYEd0'
    '49Nq2xpp48NxOMdwWJ4H5VmQ7rPYX3pWDLPn7v6+kz75RHi/3/xsnGFn48895vb3c5a2NmiH1byrsu1QPA+iZZJPkTwKnYf5Iexi'
    'VWuR7uF8v7nwAVjvinWKaySIj2sgujuKYzimHQo6ye2SdoSkk2jP9tX79WuAwryJnAfWS5u1u8v7tR7s2OR7ys/VBfBzaAcndoXn'
    '53RwlDzizUXasf5uLxzvgP7eDLRl/d12cET4r3rGrtxfQLs3EHu3oP1K2onf+lh5/6ntuE37NwNM2x8rn4+5Ihw+3QbrIPW4l0bL'
    'OVtKbB5teZr1j7q4Kes6kPQzbF0/vMeL72HOCqPFNf4HxkONwrr/gyUPpdo3wuxzv4J67gLZ5ZIv6de2To5dM6G2A6RrlvtDp2uW'
    '+1H3i4G8AM570n6P2vKFtWnU7UW6MdHzFfphlz7UJ6O//x+6xtEf'
)
