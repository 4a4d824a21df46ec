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
 ('(?:^|\\s)(?:propos\\ recueillis\\ par|ein\\ beitrag\\ von|geschrieben\\ von|корреспондент|reporting\\ by|автор\\ статьи|escrito\\ por|kontributor|bài\\ và\\ ảnh|da\\ redação|scritto\\ da|written\\ by|a\\ cura\\ di|posted\\ by|redacción|reporter|story\\ by|testo\\ di|words\\ by|authors|autorin|autrice|penulis|pewarta|text\\ by|tác\\ giả|auteur|author|autore|autor|texte|автор|текст|oleh|text|書いた人|bài|par|por|von|執筆者|投稿者|通讯员|글쓴이|작성자|by|作者|取材|執筆|撰文|筆者|著者|記者|记者|文)\\s*(?:[:：]?\\s|：)|^\\s*(?:di)\\s', 2, 34, 4584, 1216, 0, {}, (None,)),
 ('(?:^|\\s)[^\\W\\d_]{1,3}$', 0, 32, 5800, 38, 0, {}, (None,)),
 ('(?:^|\\s)[a-zà-ÿ]+$', 0, 32, 5838, 37, 0, {}, (None,)),
 ('(?:^|\\s)a\\ cura\\ di\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5875, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)auteur\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5973, 87, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)author\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6060, 87, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)authors\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6147, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autor\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6241, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autore\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6326, 87, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorin\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6413, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autrice\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6507, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6601, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\ và\\ ảnh\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6680, 100, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6780, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)da\\ redação\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6866, 95, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)ein\\ beitrag\\ von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6961, 115, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)escrito\\ por\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7076, 107, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)geschrieben\\ von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7183, 115, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)kontributor\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7298, 102, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)oleh\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7400, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)par\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7483, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)penulis\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7564, 99, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)pewarta\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7663, 89, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)por\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7752, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)posted\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7833, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)propos\\ recueillis\\ par\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7931, 137, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)redacción\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8068, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporter\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8166, 91, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporting\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8257, 104, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)scritto\\ da\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8361, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)story\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8466, 96, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)testo\\ di\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8562, 101, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8663, 89, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8752, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texte\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8835, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)tác\\ giả\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8920, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9014, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)words\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9095, 96, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)written\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9191, 100, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\ статьи\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9291, 135, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9426, 102, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)корреспондент\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9528, 128, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)текст\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9656, 104, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)作者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9760, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)取材\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9839, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9918, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9997, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)投稿者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10078, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)撰文\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10159, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)文\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10238, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)書いた人\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10315, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)筆者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10398, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)著者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10477, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)記者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10556, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)记者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10635, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)通讯员\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10714, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)글쓴이\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10795, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)작성자\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10876, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 10957, 82, 3, {}, (None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\)|copyright\\b)?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>(?:[^.,|()\\n]|\\.(?=[a-z0-9]))(?:[^.,|()\\n]|\\.(?=[a-z0-9])){1,59}?)\\s*(?:[,|(]|\\.(?![a-z0-9])|all rights|무단|版权|alle rechte|tous droits|todos los|$)', 2, 34, 11039, 742, 1, {'name': 1}, (None, 'name')),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 11781, 1043, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d.])(?P<year>\\d{2})\\.(?P<month>\\d{1,2})\\.(?P<day>\\d{1,2})\\.?(?![\\d.])\\s+(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?', 2, 34, 12824, 890, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:(?P<m1>\\d{1,2})[/.-](?P<d1>\\d{1,2})|(?P<m2>\\d{1,2})\\s*月\\s*(?P<d2>\\d{1,2})\\s*日)(?![\\d/.-])\\s*(?:[(（](?P<weekday>[月火水木金土日월화수목금토일一二三四五六天])[^)）]{0,2}[)）])?\\s*(?P<hour>\\d{1,2})\\s*[:：時时]\\s*(?P<minute>\\d{2})', 0, 32, 13714, 560, 7, {'m1': 1, 'd1': 2, 'm2': 3, 'd2': 4, 'weekday': 5, 'hour': 6, 'minute': 7}, (None, 'm1', 'd1', 'm2', 'd2', 'weekday', 'hour', 'minute')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 14274, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 14815, 1044, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|wita|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|wit|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 15859, 559, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<![\\w*\\\\])([*_])(?=[^\\s*_])(.+?)(?<=[^\\s\\\\])\\1(?![\\w*])', 0, 32, 16418, 79, 2, {}, (None, None, None)),
 ('(?<![\\w*\\\\])\\*\\*[ \\t]*(?=[^\\s*])(.+?)(?<=[^\\s*])[ \\t]*\\*\\*(?![\\w*])', 0, 32, 16497, 96, 1, {}, (None, None)),
 ('(?<!\\S)@\\w+', 0, 32, 16593, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º)?(?:\\s+|(?<=\\.)(?=[^\\W\\d_]))(?:de\\s+)?(?P<mname>maaliskuuta|marraskuuta|septiembre|tammikuuta|helmikuuta|huhtikuuta|toukokuuta|heinäkuuta|joulukuuta|szeptember|septembrie|กุมภาพันธ์|listopadu|september|setiembre|noviembre|diciembre|maaliskuu|kesäkuuta|syyskuuta|lokakuuta|marraskuu|septembre|augusztus|settembre|fevereiro|februarie|octombrie|noiembrie|decembrie|พฤศจิกายน|července|červenec|listopad|prosince|prosinec|november|december|dezember|february|tammikuu|helmikuu|huhtikuu|toukokuu|heinäkuu|elokuuta|joulukuu|novembre|décembre|decembre|februari|desember|febbraio|dicembre|setembro|novembro|dezembro|ianuarie|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|kesäkuu|syyskuu|lokakuu|janvier|février|fevrier|juillet|octobre|február|március|április|október|januari|agustus|gennaio|ottobre|janeiro|outubro|aprilie|февраля|февраль|августа|октября|октябрь|декабря|декабрь|augusti|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|března|březen|května|květen|června|červen|januar|august|jänner|agosto|elokuu|január|június|július|aprile|maggio|giugno|luglio|martie|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|ledna|leden|února|dubna|duben|srpna|srpen|října|říjen|marts|april|maerz|march|enero|marzo|abril|junio|julio|avril|május|szept|maret|março|junho|julho|iunie|iulie|марта|únor|září|juni|juli|märz|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|febr|márc|maio|март|июня|июнь|июля|июль|сент|jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec|mär|mai|dez|may|oct|ene|abr|ago|dic|avr|déc|ápr|máj|jún|júl|mei|agu|agt|gen|mag|giu|lug|set|ott|des|fev|out|ian|iun|iul|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?,?(?:\\s+|(?<=\\.))(?:de\\s+)?(?:(?:ค\\.ศ\\.|พ\\.ศ\\.)\\s*)?(?P<year>(?:19|20|25)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 16620, 5580, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>maaliskuuta|marraskuuta|septiembre|tammikuuta|helmikuuta|huhtikuuta|toukokuuta|heinäkuuta|joulukuuta|szeptember|septembrie|กุมภาพันธ์|listopadu|september|setiembre|noviembre|diciembre|maaliskuu|kesäkuuta|syyskuuta|lokakuuta|marraskuu|septembre|augusztus|settembre|fevereiro|februarie|octombrie|noiembrie|decembrie|พฤศจิกายน|července|červenec|listopad|prosince|prosinec|november|december|dezember|february|tammikuu|helmikuu|huhtikuu|toukokuu|heinäkuu|elokuuta|joulukuu|novembre|décembre|decembre|februari|desember|febbraio|dicembre|setembro|novembro|dezembro|ianuarie|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|kesäkuu|syyskuu|lokakuu|janvier|février|fevrier|juillet|octobre|február|március|április|október|januari|agustus|gennaio|ottobre|janeiro|outubro|aprilie|февраля|февраль|августа|октября|октябрь|декабря|декабрь|augusti|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|března|březen|května|květen|června|červen|januar|august|jänner|agosto|elokuu|január|június|július|aprile|maggio|giugno|luglio|martie|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|ledna|leden|února|dubna|duben|srpna|srpen|října|říjen|marts|april|maerz|march|enero|marzo|abril|junio|julio|avril|május|szept|maret|março|junho|julho|iunie|iulie|марта|únor|září|juni|juli|märz|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|febr|márc|maio|март|июня|июнь|июля|июль|сент|jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec|mär|mai|dez|may|oct|ene|abr|ago|dic|avr|déc|ápr|máj|jún|júl|mei|agu|agt|gen|mag|giu|lug|set|ott|des|fev|out|ian|iun|iul|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 22200, 5668, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[.!?。！？…\\"\'”’])\\s*(?P<sign>\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\))\\s*$', 2, 34, 27868, 1475, 1, {'sign': 1}, (None, 'sign')),
 ('(?<=[A-Za-zÀ-ÿ][a-zà-ÿ])(?=[A-ZÀ-Þ][a-zà-ÿ])', 0, 32, 29343, 53, 0, {}, (None,)),
 ('(?<=[^\\W\\d_])[.!?。][\\"\'”’]?\\s+', 0, 32, 29396, 221, 0, {}, (None,)),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 29617, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 29643, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 30236, 240, 0, {}, (None,)),
 ('(?<=\\S)  +(?=\\S)', 0, 32, 30476, 33, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 30509, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 30540, 77, 0, {}, (None,)),
 ('(?<=\\s)PT\\.\\s+(?=[A-Z])', 0, 32, 30617, 41, 0, {}, (None,)),
 ("(?=[^ ]*[AEIOUaeiouÀ-ÆÈ-ÏÒ-ÖØ-Ýà-æè-ïò-öø-ý])[A-ZÀ-Þ][^\\W\\d_]*(?:(?:(?: [a-zà-ÿ]{1,4})? | & |-)[A-ZÀ-Þ][^\\W\\d_]*|['’][^\\W\\d_]+)*$", 0, 32, 30658, 156, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:T|\\((?=\\d{1,2}:\\d{2}\\)))?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\)?)?', 2, 34, 30814, 1611, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 32425, 980, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?m)^#{1,6} \\S', 0, 40, 33405, 22, 0, {}, (None,)),
 ('(?m)^\\s*(?:\\d+\\\\\\.|\\\\[-+])\\s', 0, 40, 33427, 54, 0, {}, (None,)),
 ('(assine|cadastre-se).{0,60}newsletter', 2, 34, 33481, 108, 1, {}, (None, None)),
 ('(jetzt|gratis) (lesen|testen|abonnieren)', 2, 34, 33589, 124, 2, {}, (None, None, None)),
 ('(powered|designed)\\s+by\\s+tistory', 2, 34, 33713, 106, 1, {}, (None, None)),
 ('(sign up|subscribe).{0,60}newsletter', 2, 34, 33819, 99, 1, {}, (None, None)),
 ('(©|ⓒ)\\s*\\d{4}', 2, 34, 33918, 37, 1, {}, (None, None)),
 ('(наш|наш канал).{0,20}(telegram|телеграм)', 2, 34, 33955, 93, 2, {}, (None, None, None)),
 ('(にほん|日本)ブログ村', 2, 34, 34048, 41, 1, {}, (None, None)),
 ('(打开|打開|下载|下載).{0,6}(app|客户端|客戶端).{0,6}(阅读|閱讀|查看)?', 2, 34, 34089, 122, 3, {}, (None, None, None, None)),
 ('(扫描|扫码|掃描).{0,10}(二维码|关注|下载)', 2, 34, 34211, 73, 2, {}, (None, None, None)),
 ('(有料|会員)(会員)?(限定|登録)', 2, 34, 34284, 64, 3, {}, (None, None, None, None)),
 ('(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ]', 2, 34, 34348, 180, 1, {}, (None, None)),
 ('(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,}', 2, 34, 34528, 156, 1, {}, (None, None)),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 34684, 227, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 34911, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 35009, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 35188, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 35269, 21, 0, {}, (None,)),
 ('AI\\s*학습.{0,10}(금지|이용)', 2, 34, 35290, 55, 1, {}, (None, None)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 35345, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 35583, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 35837, 190, 0, {}, (None,)),
 ('[ \\t]{3,}', 0, 32, 36027, 18, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 36045, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 36283, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 36311, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 36491, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 36683, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 36889, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 36921, 30, 0, {}, (None,)),
 ('[.!?](?=[\\s\\"\')\\]]|$)', 0, 32, 36951, 56, 0, {}, (None,)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 37007, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 37126, 139, 1, {}, (None, None)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 37265, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 37581, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 37802, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 38295, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 38619, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 38825, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 38853, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 38873, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 38905, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 39067, 16, 0, {}, (None,)),
 ('[\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]{2}', 0, 32, 39083, 112, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 39195, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 39401, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 39687, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 39883, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 39937, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 39961, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 39985, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 40028, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 40290, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 40584, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 40602, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 40619, 29, 0, {}, (None,)),
 ('[{};=<>"\\\\]', 0, 32, 40648, 28, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 40676, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 40800, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 40930, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 41137, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 41407, 230, 0, {}, (None,)),
 ('[、・]', 0, 32, 41637, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 41655, 104, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 41759, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 42178, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 42194, 44, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 42238, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 42327, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 42446, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 42521, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 42602, 16, 0, {}, (None,)),
 ('\\[([^\\]\\n]*)\\]\\((?:https?://|//|/|#|\\.\\.?/|mailto:)[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*(?:\\s+\\"[^\\"]*\\")?\\)', 0, 32, 42618, 186, 1, {}, (None, None)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 42804, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 42840, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 42953, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 42997, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<\\"/^:])', 0, 32, 43021, 28, 1, {}, (None, None)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])', 0, 32, 43049, 28, 1, {}, (None, None)),
 ('\\\\[\\\\*_\\[\\]]', 0, 32, 43077, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 43101, 44, 0, {}, (None,)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 43145, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 43628, 277, 1, {}, (None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 43905, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 44006, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 44031, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 44880, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 44988, 33, 0, {}, (None,)),
 ('\\d', 0, 32, 45021, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 45035, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 45063, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 45210, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 45425, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 45557, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 45676, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 45737, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 45849, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 45976, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 46097, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 46371, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 46505, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 46642, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 46699, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 46818, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 46846, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 46862, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|päivitetty\\ viimeksi|pembaruan\\ terakhir|ultima\\ actualizare|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|senest\\ opdateret|utolsó\\ frissítés|aktualisiert\\ am|data\\ publicării|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|sist\\ oppdatert|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|ปรับปรุงล่าสุด|aktualizováno|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|publikováno|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|actualizat|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publicerad|publicerat|publiceret|publikálva|publiziert|publié\\ le|päivitetty|uppdaterad|uppdaterat|zveřejněno|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|frissítve|julkaistu|közzétéve|megjelent|módosítva|opdateret|oppdatert|publicada|publicado|publisert|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|publicat|released|upraveno|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|udgivet|updated|создано|เผยแพร่|creado|edited|issued|posted|publ\\.|publié|tayang|update|uppd\\.|vydáno|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 47126, 5034, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 52160, 55, 0, {}, (None,)),
 ('\\s+(?:maaliskuuta|marraskuuta|heinäkuuta|helmikuuta|huhtikuuta|joulukuuta|septembrie|septiembre|szeptember|tammikuuta|toukokuuta|augusztus|decembrie|diciembre|februarie|fevereiro|kesäkuuta|listopadu|lokakuuta|maaliskuu|marraskuu|noiembrie|noviembre|octombrie|september|septembre|setiembre|settembre|syyskuuta|december|decembre|desember|dezember|dezembro|dicembre|décembre|elokuuta|febbraio|februari|february|heinäkuu|helmikuu|huhtikuu|ianuarie|joulukuu|listopad|november|novembre|novembro|prosince|prosinec|setembro|tammikuu|toukokuu|července|červenec|сентябрь|сентября|agustus|aprilie|augusti|febrero|februar|február|fevrier|février|gennaio|janeiro|januari|january|janvier|juillet|kesäkuu|lokakuu|március|october|octobre|octubre|oktober|október|ottobre|outubro|syyskuu|április|августа|декабрь|декабря|октябрь|октября|февраль|февраля|กรกฎาคม|พฤษภาคม|agosto|aprile|august|březen|března|elokuu|giugno|januar|január|jänner|július|június|květen|května|luglio|maggio|martie|červen|června|август|апрель|апреля|ноябрь|ноября|январь|января|มกราคม|เมษายน|abril|april|avril|duben|dubna|enero|iulie|iunie|julho|julio|junho|junio|leden|ledna|maerz|march|maret|marts|marzo|março|május|srpen|srpna|szept|února|říjen|října|марта|aout|août|febr|févr|janv|juil|juin|juli|july|june|juni|maio|mars|mayo|márc|märz|sept|září|únor|июль|июля|июнь|июня|март|сент|abr|ago|agt|agu|apr|aug|avr|dec|des|dez|dic|déc|ene|feb|fev|gen|giu|ian|iul|iun|jan|jul|jun|júl|jún|lug|mag|mai|maj|mar|may|mei|máj|mär|nov|oct|okt|ott|out|sep|set|ápr|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв)\\.?\\s+\\d', 2, 34, 52215, 4145, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 56360, 289, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 56649, 220, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 56869, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 56902, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 56943, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 56964, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 57022, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 57048, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 57064, 16, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 57080, 179, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 57259, 104, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 57363, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 57558, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 57938, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 57993, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 58107, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 58404, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 58582, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 58639, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 58696, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 58753, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 58810, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 58871, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 58928, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 58968, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 59151, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*:', 2, 34, 59311, 206, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 59517, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 59599, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 59739, 30, 0, {}, (None,)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 59769, 97, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 59866, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 59967, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 59993, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 60017, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 60527, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 60551, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 60575, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 60596, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 61004, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 61145, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 61267, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 61288, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 61479, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 61532, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 61551, 171, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 61722, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 61760, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 61839, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 61995, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 62151, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 62996, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 63840, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 63986, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 64177, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 64223, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 64469, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 64547, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 64759, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 64991, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 65102, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 65349, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 65473, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 66095, 369, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 66464, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 66613, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 67201, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 67407, 199, 1, {}, (None, None)),
 ('^\\s*(les (også|mer))\\s*:\\s*\\S', 2, 34, 67606, 93, 2, {}, (None, None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 67699, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 68046, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 68354, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 68483, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 68730, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 69098, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 69213, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(tento web|tato stránka|používáme|web) (používá )?(soubory )?cookies', 2, 34, 69502, 188, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 69690, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 70035, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 70546, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 71004, 162, 2, {}, (None, None, None)),
 ('^\\s*(vi|denne hjemmeside|hjemmesiden|sitet) (bruger|anvender) cookies', 2, 34, 71166, 207, 2, {}, (None, None, None)),
 ('^\\s*(vi|dette nettstedet|nettstedet) (bruker|benytter) (informasjonskapsler|cookies)', 2, 34, 71373, 240, 3, {}, (None, None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 71613, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 72000, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 72564, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 72831, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 73306, 71, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 73377, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 73723, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 73798, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 73944, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 74079, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 74192, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 74266, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 74343, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 74470, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 74840, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 74882, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 74975, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 75021, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 75891, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 76316, 510, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 76826, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 76899, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 77109, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 77192, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 77336, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 77482, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 77612, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 77740, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 77856, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 78359, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 78531, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 78786, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 78972, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 79159, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 79612, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 79833, 171, 1, {}, (None, None)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 80004, 1360, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 81364, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 81432, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 81510, 311, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 81821, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 81902, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 81992, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 82068, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 82143, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 82200, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 82247, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 82286, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 82325, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 82499, 97, 1, {}, (None, None)),
 ('^\\s*by\\s+', 2, 34, 82596, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 82628, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 83593, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 83673, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 83756, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 83805, 105, 1, {}, (None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 83910, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 83995, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 84152, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 84200, 207, 3, {}, (None, None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 84407, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 84531, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 84635, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 84683, 77, 2, {}, (None, None, None)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 84760, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 85027, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 85065, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 85094, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 85138, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 85194, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 85253, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 85291, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 85394, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 85483, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 85635, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 85716, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 85887, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 85940, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 86056, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 86180, 60, 1, {}, (None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 86240, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 86339, 30, 0, {}, (None,)),
 ('コメントは個人の見解', 2, 34, 86369, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 86417, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 86461, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 86507, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 86539, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 86587, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 86639, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 86679, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 86715, 24, 0, {}, (None,)),
 ('구독\\s*하(세요|기)', 2, 34, 86739, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 86785, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 86815, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 86865, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 86939, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 86999, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 87051, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 87081, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 87115, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 87177, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 87212, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 87258, 48, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 87306, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 87332, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 87358, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 87411, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 87451, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 87493, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 87543, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 87644, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 87698, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 87751, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrsvQt8XVWVML7vKzfvm6SPpKWUUNqSQlvSQqGUthREwREoLwXlmcdtQpsmISQtDSAFwRc6IA6OzjijDvrNgIVBlD+IOgLDyxlf'
    'IML4/1DbET7F+Rwf+EBhzJd9z1qcddfd+5y9zzn3Jk3P4XfZzTn7ufbaa6+91tprNQohaid/iclf1eRvYvJJTqbyd+jk70LhPk3w'
    'rgnet03+6uGbLNcwmWYnf3Mgz8WQ1kKeBHvfAfnb4O9+SEdZOgx5qlg9V5J/r4P0KJLmJn+roQ3VtyMnfxn2bil5dxi8k2NuhHcr'
    'NX1ZSf6Ndc2a/DXDu+2QdkF6OaQDbKxDZDw5mAcBbTYwWFcDrOcCLJfBu3rSt1YYB5ZDuAetrwneBy3fAn1qI+/kv2vg31hXWtP2'
    'IgZ/mX82vKd5WkhfEzB/aVKXLCfxoh3wI0PqzAHOVsMYeV9U85JgcJgLcz0O//6x/E7al3UsgHYaoG3Z3+VkbWBbOBZVXxoIfq+A'
    'tmZNDmp2e2lfq2CcHB5pAo93w984pgaYmznQbg7SWmjzUjKmBsDnWmhHJLyfJPs7lZhRTwG8yU1itwjxbPL4lvYpOznvvm3L+dwK'
    'tFfOXy/MXzqeP4nS4kYR6lnk+fXT/hVwWlPDaK6KTjbDv+V6XpBxyl3O1qnNPPvN+37+pAqAub5AzqoDzbKDKh7fDaqwmN8s0O82'
    'mMMkodkZ2APEHiHueL54v2lPOPsL8m0JUi6L5c6cbPtTDm3PdBbzEfM1fU1o9qZEwLZaoL+/nfz9BsrUkfbk82dnu3rjmZi47jpB'
    '1kkP25MvAVilAtC1xAyka7svC0XXkl4fqwE/Ke5cSwqa8nvxvO/f897C9i+JB3cBLUxZ0LvQ+1Vq5s1jgWgWPbujmUTV0176Kt6r'
    '4r0q3qvivWqm7lUtljSuAUhy+yNOeuOTTvqrx0HOd7eTfvcJp51/J2Wu+baTvv6Akz51n5N+9lEnffAZp8y/AI7Jdz+71kmf+JiT'
    'PvtOJ913npP3iyTvcx900j0fVOf9J5L34D1uP2XaeY+T3vqkk/fvSN5rvuCki2HM6SeLx3gbycvhwut9H8nbBuO+/1F13mtI3hcg'
    'z+tfUee9guS9Cto+5ml13i0kb/opJ12rqfdCkvfB7znp099Qw+EswCP5bteIk27cXjwHp5I8cvJUbW4kee6HMex9tLitNSTPl59x'
    '0vrvFedZTmSGqy5w0saLnG9LyLfPdTvpubc63xaSb22AS5ndzrdW8u3em4u/NZFvfEw15BuHG+UbrwxwTm4jbJKSRie8z/y2bTUy'
    'eo7zcCTwECtAT8BpTxPI+dqgf7SOKpIfZbx0r2om+al+wqaelihhmiwMpd0LprbtxbIrH9mVD8y9d8lk6MMC8uw7JpHsecCP6gln'
    '7rqgiiqYu4soj2MrZvMZSNSPmOKnnayPIA+lEwPCPXdTfVOi00lf63T50njOpn7OUOdXM+GsrU9NHpb/LhPTv+kou7c5J+j4pxoP'
    '/slW/4NrmO6ZF1mcLWf4kwRx2eLAi3y3r+o11ufEMrJYRhbLyGJ9TqzPifU58V4V06x4r4rnfYr1ORIXXgrIn8f6nVi/E+t3yqPf'
    'aYl1PAe0jieWaU4/nQ5dn82W68Tvnkkrk09Se3WkFYufcOm07MtbFd8ee875djL5dtq5TnrGOc63ExTfPnSp8+0Y8q32TDdPDtYO'
    'fqtj35bCtw4Yh0y3A8wOId+G2Tdcs1gO1zLmwb9zZM1hPV55g85TC5ThfHGSnalq2VylLHknvE+Hd9o2kHcnb3HerSXvfp933h1N'
    '3kk+IAdjbgQ49JM2hUefc7CQFhK4pYV7Bw3HkvQZe4b8TXVoKxV5EyHubqQt+tQM/aL3/BDuOYt25TiqYM00Byh749fUe/o7Au6z'
    'dWx/qBLF9zyf2WVfbzPUYwPbbESwlf0NCtvqb5XCFuF7qggGh2pCb1V07CgPOtZhQccOtqBjLdB/+W2MrHGZjohifhK/VcGccTpY'
    'Q2B0QyIYDvI7vh0EfrXQj3+ClPd7FNIe6FsdydNHxo95g9AKe71ecsbLGN64OBvo8VXrWeGPyX4q8XO2D96tY3X60S2UfXwFbKdQ'
    'H4xy0MNL8CZ5QD/CQ8anYJp3B8GsBFnrlGadQ+jZOPv2NkJ3kFbkYf5wP7wS0uuAxmE9yPvWKMrTPKsJP7U+XVz3SWknfc8Ct+51'
    'aafcYtK3naxP6NtgFelTNxvbbMBT0/KjZL/R0fw6zfpZFvAMzOtZHtE5iPofyJC6cyAjwHdLyTxmiL2WfHcsjBdhQffwQUh7hevn'
    'gucd0+Rth7HRvHm2T6EsiObZJYplQbw83bvpt7XpYHuf1xkzDe0sZmfKVZAeL0rlVqtRfiVK5Vb4bQ3DORX9Vb1Dfm+u5jv6DDGl'
    '7yr853BAXy5VhFdZ6qP/qI1QJmbiLwLlmUdD/+oJHvP1h7iaUPBTQwyX8xp+KlHmsdi2R9dsHxmLDreThG78bTqc3xJZ9iTG348w'
    'eA6Tv732nCagG7SOPOF/Kb3JG9D6AZJ65TXt0zCDNZ4lDks7tNG0X4Os3m6LsqMMPnTeaZ07FDgt+/pqyu1rnwUv0KM4R/n1Na8Y'
    'n2r8ur5+K+XIc5BfoO1tBJ7iBsJTbEoXp2sM+JATDerdwPIcA3muJ3nWpIvzVqNcCvLeuMBJb1rgrqHbU3p8H2YwGSHzb4JfKpzo'
    'Znvs2GT7J8K7TjbG1dDv3QvcNeI3JpP5wf54zYtJW7TPJnlPTxfzCcemHFmMLf6PWKzRIQ39GGL0Y1bKkSnKd9s0e9GoRfvdGhkC'
    'b/d3Scd3FC2z16d+1brdy97fsbC47/3Q3g+SDs+HfCKV++jWQS+jcz+F9CdkTLLuR5OOf7VyzKNuPmnfZB8+Q+C5M0Q7eZ99Atfv'
    'TUnHnkkFR75fjmjy9fr0T7azjbRjuperxtPrM56zSTt+eNBDUj/4vsL2leOSjk89W7pL8+EaWpx0+DRTWPB6d/nApD7pyD55H2za'
    's53vXyacMVE85v3uteCb+JieT7i+/bo0tKpf0a5Xe7LeRwzqHbJYl4gvnzeo16S+HnauuH3y20EM7/KM7o9FwMPKtsYTjmxD1dZO'
    'BV/LZSWyjstJHXw9XEXee839BQSWWMc+Ah9ats8ApnKvKehuE65OQTdHeQVNLOgHDcr2a/bQxQZlhxS0RpaZk3DOV6ZlC+dGUsZr'
    'Dmg7rwmXv6gUnyfb/SHh9Ux4NOSh16XD84ey/a8RndEQOxPmGW9yH8nrBVeZ9x+JTderW5z0FLj/eCmkD53p5P0kkYua8liy3F8S'
    'uYTu3HmTIg/Hl2tIHt0560pif/SH8530LVcX22ZtJXluB3uvE8eL83SRPPNvddJ/BhuvC8B+7QJqvwY2Xr99DHzXgq3XZpLnI2Dr'
    'teqRYnuwtxB5N6cxJxKZ20Wbi/u4lnx7Duw4zupzvq0i3ygc5LcjqN1ar5O+D+wLDiPfONwWkG/n31j8bY6HnVyjh50clfdiH2zl'
    'nlmQnZvoyOdPeNvI8z7NnyjuE9qzHExkTKb9NOFZ/GRUKrl5WoT314syPrwLbSrjM5Xnl9OPsKRBEwZ9qougT+U8n9jg+7wA+G4q'
    'g/VbA81kfjKkviSxBfCah+oI58GUN4phGw1sVbzjgQLbmimArddZ6ECBe7bMcB+K6URZYYo0OaYT0cPWRO4Twz0auNvKxQ4UuKcj'
    'gjs9+x4osKuPGHbl0nkdKPORqfB8xHhuB9coda0HCuybI4L9dLYHOlDmsqFMc1lJO5F43dnN1XS2bYvXnd1cVsom6kCZl6qI5sVL'
    'pxrzvnawVOl4YxlEMBiWw4Ymnotwc2FiYxTTjGAwPhD3sLoywDBKe9YDZR5aI56HA+nuULxW7XCkXDbhB8o81JZpHmxs5g8UWDdO'
    'AayjuBcWy9bN52eq7hrF9Cq6OQpyLyeGvx0Nq8S9pfh8HnxOTO/vxPLR6GAc2yFGB8vYVi4cTMPev4vldnZwP5B1glHxFFHfS47P'
    'PcHgXy7/BrGcwG4+DiT/LTHvND1x40CZl1xE8zLTfFrF69JOLlVpnwjx3Qrz+eG+A2LY2cGO+laIYWcHO+p7Ij5bB4fdgbZ2o4Kh'
    'yr9LvIbtYEh9xBwosEtFBLsDCWZVEcHMyw9VvHbtYHkg7h1RwY76uIphZwc76gMshp3lfntzzO8FhZ3KV18MQzsYqnwZxjC0g6HK'
    '1+OBAsMk9KMVfnRc6AtzDFK00eEx4ZqIbed2kpfH/MO+UtgcKYpj/TaTfgeJ69kq3LiYfvHIgsaqbDE4g8h27hSuD88MyFWfWezG'
    'sUbYdTA7iGXC9eE5n9l08vsJuyz0oXg3uV+Ei9snYXwMwxU+5uWKMR9uMOaFwvVlX64xq+IPtViO/zhRupYxdpNXrLwORTm/9uh6'
    'WQHprHa7OTPtY4uwjzOmo3vLhRsf03bMNKZyE9Qrv8/B8rLQuULQrZA/OZj3LaI4bu5lRBcSxxHkcQQnCqAoZxxBuu7kmrga3p8Q'
    'z/eMn+9Zwj7ON8YrbiA8RxHz44EPrzN8yMT4MC3w4WPCiZtD79HRu4/8XmWQfd4vNsUYoTfHfMVJf3af822QfDttxEnfBP7a+4Dn'
    '1/Udbc1M7ob2C3XshDMJj8TvioxZ2Br2itL7rSZ2c36wk7EYD9H0r1fY350dMCxDz0N4pvHyuY6+UzOwzimPQv2kr1TwHjZnjwSp'
    'h9I1ne/6MGecIO2g33ldLFFVvNBOzfnA9JyUgW/Chyf+XMqeP2yFs6bqDIKxaPPkHcZov4y8uwbeXShK48jj2eg8co7ZK9w4EVlR'
    'fLcbY8ufJty4wF0aHO8ywPFjhRtPdK9B/iNIn45OF4/5MOHGDdnU6KSHQ7oE0tWNxXFeo4gfjOeVMOesLoZXVQyPFz/hpOmnnHbe'
    'qvj22HMQq4fSdLATOeMcN0Yx//ahS51vx5BvtWe6eXIwPvxWx74tVeAV4skh5Nsw+4ZnKopDK0keOrcNJO+wT14qM8pazAPKbqot'
    'aVWNJY+XIfIZ2d8N5N3JW9w4Kvju9xCD5Gjy7oVHnXcrhRv/pp+06UWLMH70QnZ+aLOkfxlRHE+5itTH8yYCymCaoR4bmlwHa+ow'
    'BW9ts6arYM00Byh749dK6YHs0zsCyAhMZK7P7Aome6i3hG1DRLCV/Q0K2+pvlcIW4XtqQBlMI6G3Kjp2lAcd67CgYwdb0LEW4caW'
    'GhOlPhQpP4PfVDK/ZlKfhNENiWA4yPfJDgI/jNH+T0SmrvIHyGXq9EyzPaS8tqHknOv3JBMz+XnjoBP4SfvmsJXL+u2nEj9nG+o1'
    'TOlWC+DTV+Ac2AbrFONUxfIRlXzEecopH1HpKc4h9GycfXsboTvbhbnPg3Hh8r41ivI0z2rCT603uAuyDmIxLiZ92ynM/KXSsc0m'
    '5ymT8tSvn47mN2vWzzKmA9H5kwojSzDhJagsIayMgOs4TcpnNPBZ6cHf6sZvqueOz3rxWS8+68VnvfisF5/14rNefNaLz3rxWS8+'
    '68VnvUqc9XT37DNAo5GuZkE3tgL2Qr7GsmDXGVR/3AD8JG1DhDgDSli8Sc5ZyHOgMU/SZ8dvVFn2J2vZn5dYjPoM4SFN5tNGT/kH'
    'DW/agbCZcOcS7dKfhfZaRNRPAgadShcGjU9VYciF9mv8qqj1+lhH/l1PINqYK7bIao5uREn2oqlJn7ndqupqYxqeDNb3dnoA9Hya'
    '7Hps9CRdxLR9kiXbVYCnKfBAE5YwonKIejIEXOtzCO2Xac2Ees3y7zY2C/ysbkLX6iz5+wGoI2PE30fwJFPTlb1PGzPpgZ5NJqcA'
    '37bLLYuIkn852AJ3dfyKaXnkR4+3KFMufqQc7VeS//gvQ/5D1vkDyJeK+ZCYD4n5kMj5kCj5iajpUsw/zFz+wZRvaIW9N8ieJvVB'
    'KplJlQ/PsVKzx4WxtT8qpH78KFFsG3+wqJyNfI7odG3KUNlWxkAXfxSb99jWPra1j+0vYvuL2P4itr+I7S9i+4vY/iK2v4jtL2L7'
    'i9j+Ira/mE629lSeUE9oazU7364Tepv7LNRJ9RSdcK7X8aaUz8dzPi9/NMlLx0rv9PMyazzaRJmEDa+QJmchyiuYxrqUff/rRDHP'
    'oIpxjXk/lLDDLYobsvw1pHxPgL4OkPL5AOUvYv23LX96Ity6X5/w50eOTvjzI0ckXNqwzaL/C0i5rRblGkmf+km7NE8G6vars4+V'
    '+wOhcz0WfXpZOH6EvHDQtK7nSB+2G5TbBuWeIuVMaa0s95BlOeznHlLOBm//nuw3urV9O6l72KLu95G6hzV1v5vk6dHkGbOcAyzX'
    'p9hLed2XkLq7Leo+S9HvPMtzqgK2PM9GkmenJs8aA55geUCeYCHhZXi7rYrzJH5rIt962Dd63tOdl1A+jXyByi+n6Vm7g/AQCeBT'
    'ZhMeAvkJW71aWJmrXzwCHe/SCO0dAelFCt6Fylcw36WM10A/jpi/BmycsJ+qspRHmS/0PmNTUD/X5fD6ad/riJ2DSidBx01lciqf'
    'vkFgR98fwWRWOI9VRE/QJIr9J6UV9hkqePK58oJjwhCOR2hkbSb95uMOA/8kgX+1KPUr1cDa3SS873g2erRV7dNWYwR6wlbgwVWy'
    'b5RxNSpoJMq2aP6HFPqVLNPhmfhzngf9ShO8ofdrvdZ1jp1/LtXoB1sJzBJsb8xb9LeF0IssyFwp3e8SpX7wwvBl2xiPPKY5TySb'
    'nb1N1ZcRlnZF2O6LTY7fQr/68op91Y/Xy7PxdItS34GyD//a5PpIHlXIilV8lKo90zH/I2mvn/V1oAzt3axoj8ueRyNsb6jJ9c2s'
    '8rVI6xqyrPsCDez8+j4I6YuW7a0nY9mqGcuAZmx+dS+BsZiceXVrwAvPOe2tCbHW/NaTyVqUffhZzoGn/J4A/f1aSA+FtJ3o9WW6'
    'ENJVkM6DtA3S00H//3TO9aEZlm5yvB1mdKGXzK1s+76cw7dEDVs+hx+HMZq2EyWd3JVz/ecPMvjsiLCdS8k89hrU2xNh25tI25Xc'
    'k2XbhxL4brOQTdjStKwhDu0iaVT7/c8aHd6L+6ildXRZ1vm9Rhdu5eJdZDtfbizPGuc4+KlGFwe7WF/6hJnPYrpvjBqWkW3vthzj'
    'aMAxbiFztoWV3aGgfab7PPXLnIO9QdcO79uYAndM97XVpJ0hhZyHvg+zf7YR3KA0OAz9M237jw3uGHuF2v92FO38uMG9W4Z7/2JI'
    'OyCthvSYxmJeAnmGRYRXkHX+W4Mj45btNCTU+MXxblAxNlnXAyHqyjMdxWcbHPuRSvEsBTkzaXNYePsz5+2Y8tkcZlsr0CaH7Rlk'
    'nlT8ig3ftY7UZYv7vK7DPeoat6xrNqkrCH3D/V3WlWhw5BjlOAcX9Ez1bv1Rn3sL/L+i/qjOuYX9v96FdZhzrazrf2lgEcU5Vtb/'
    'l6SveR9+y4+/uprUFeYMXIgnUx98TXIe4u31pevoZYv9iNZ1cn3w9c3rOorMbdQ8R0HPROrvtTgnmNKUiTr//nf78NUq3EWe7Kd1'
    'xf03Od/ZwP87UL8tD+tXP/b/gbrwOIx1fbYu+F7A6/pInbPH+sGzi/U9DN87Wld6llTpT9eknXQD6Fqr0TYe8t64wElvImU2Q5lV'
    'kG5Ku+8L638K2j4d2j4W5o3KrZAXncvkWvN8eNPD6hydQFB6UbADJnUMKexK6Hvduk+QOrZa4ArlIX5VW9qPHst+/LjWHB55zVr4'
    'tkE/xnzoyNdqHV1XlPKYgvx/st6DKiB/KdiZETgEkbcU9n8CBx1e2Mj/cJ7zpN4tbP/eYUmLaL2bFfXmI6j3eAUcxgzqUcWyojYe'
    'hwVYMxxXW2rtacg+vv4BL+les4+VNZG1msiZ/k+Ne7dwn+JcaALToGdl2f4TNf708hUfOnV/jf+6CMLffarGnYeuAHI/G3nfjWQM'
    'fRqZxWAAHm9QAd9RS5y+2AC+QWSCpyr6Nma4N2AdxyrmKEr8pXA4iMDhlLTL09Dyq4GX2U14GORZOiE9gfFPmYjrRd7ol5MM1iLh'
    '5vGr72go/yYfOzxT3q0T+vGt6lJ+eCOUu4HZ9kXFk95bwTYR3h+tduaRtnkM1He9gg9ex+ZPN5ZrI64X+9tXXbp2xgLSOT9aenq1'
    'Y/ND+fQ1ja59UOH+dWOx/dKJpMwmppvGMotYmdXV7p05LrNeptFrp0ndBf2foq/H+LQ7m7SLMvDDmEy80afdFKnjCNZuFtIjfer4'
    'Tba0H1xfv8jnHLSP1NGmqeNwn358N+ve30Ta/c6E+lw9yORcj1iUpXtkQf9Pym5jvOZBieK9hbd7h0VZ3u5fkbJ+ugje7k0WZXm7'
    'O0hZG96nsP6zjr1xFOtf1neuoi8vangYzsOdouhLn6FegvMysr5O0hcbuWth/VvAlPPuLVk3hi6W/RMpGwXP/scqfRsDEbWxt6p0'
    'Pmz5Kso7fZPUt10zz30WfO2DpL4+wzHTtga5/I/UN6ApM2DRv1s9xjtiaRNUuGdG6tvM5GhePF2nhqfoj6g+5CXOq3LXDOY5keVd'
    'o+F/3xyg7Bvyvyr3/FppHle2P5fAkcNPxW/68a3JiOpD+Px3xr33cmijmj/R7eE/zrj3RQ/14dWeJXkTLO9Clvcbij6t0choeZ8e'
    'ImU5T7jMh6/5POnjQp/xfNpjPDzv7STvET55P+hRL+cpryNjncNk2Ut84DRM2pnj06e8B1x4n95F8rb51Ls54/DRKplbr4YXOtmg'
    'DOeB1pAyf9Log0ZYOx2kTK9G1sD7dpBBGd63xoxz18CPfxlheyxv+/V0sHp4f36edseAPPUvGC/B2/6hQRneznfT7p170/1PxYf8'
    'S7rYF1oQPqRwz5SMYbvmbvgIu5v4KY8yI0w+3A9lbiNl8h48L+UVbjJoZ5yVuUoBl+4AcNlC6tnKcHrQgt85z6MeG77pZMW4dgQY'
    'V6cC//b56AxU+LfQcN153Q2Q9dQbzDHXR0yk/Mv8lMHvN6SMaj6pnQuWecmjzICmzH+knPsDpnz3oAWv+4hl3TYy3LtSLn+1Pl3K'
    '09rKNj+Wcn1NeO09hfs/JO84w0lKVwv2vyn3jrDtuizs/x7lBwzKX0b6up2d5TmdfDu0FcQeu8D/k7Z0OIvzt84j7wDTgR+lGEMX'
    '0+kiPi9W1KvSrRbuOZK8XvrSwv6fKvWvodNBqejPn5PqeTSxTyvw/wHLIx39UbLUlwri9WtsHr/nkXeM5X0qWQpDlZ60oP9Pls6j'
    'Sh9akP8l1fA23X/+IenuG0HpQ+H8T/q8FsqfSc7Z9Mx3k0FePM+Ne+Tl5+ohg7xYb2+ylOZGYcNTsP9Nun4gVGurIP8jeVT4UPAx'
    'lSz1J8FlmqtJHhW/KPMs86hnK+RpV/R5jPW51SMPrp9GRX+oXKmg/0ua+Zmh9LPgZ4b4sFHpzgvrn+RR2cgV9n+Sp1djw/1CohRm'
    'LzK4fi9R7O/EZO3Jco97tI97zFcT+jlDev9FBTy4j4+7EqW+Tfge85lE6ZxxmvRxRZ4+RktuIfAwta+U5a5X1M33lasUMHuZ1TNE'
    '8uzTrIUtCrjuY2vh4kQpnv+JrYXzPPLgWnibAj/yBvixwQPWKLM/xiMPzv2RCj9U/Ny6yAPPcL3OI+MwlT0X/HKSugc0tCCZsKMF'
    'OLbfilLcH2V5/ksU46OJHV3h/C/0tBlpyLOK9vme/++idGx+drGF/d+wHKfP/2xZDvH0MwROprLxgv6flDO14yjs/wR2Kp6jIP8n'
    'eVQy8hzMna4e5Am2euQ5HvJ0kTwqfqRw/98jzwlp18d9o6VsXpY7STFvfrwI+vCeE6HNB/qZarSUx6PMttHSZoP7mULfidyfE/pT'
    '8fL1FMR/C/oN1vlvKZcfFlnXEvIuK1wZc5rJmDsa1b7rVbJrntfW5zH6iEGflLr4GU1CHz9DFVtjjQgWW4PGxvDzQx/HxIhjYsQx'
    'MeKYGHFMDDuaH8fEiGNixDEx4pgYcUyMOCZGHBMjjokRx8Qof0yMWmHvLzf22Rr7bI19tsY+W2OfrbHP1thna+yzNfbZGvtsjX22'
    'xj5bY5+tsc/W2Gdr7LM19tka+2yNfbbGPltjn62xz9bYZ2vsszX22Rr7bI19tsY+W2OfrbHP1thna+yzNfbZGvtsjX22xj5bY5+t'
    'sc/W2Gdr7LM19tka+2yNfbbGPltjn62xz9bYZ2vsszX22Rr7bI19tsY+W2OfrbHP1thna+yzNfbZGvtsjX22xj5bY5+tsc/W2Gdr'
    '7LM19tka+2yNfbbGPlu5DxSdDyHqs9XEL2oz1GvjF1D6EpL84FLyPgv1muqDW4XrD2eQ3X1rIt9G2DfqF2yUyde4j0o//5d+sJF9'
    '/BYbI6f/Q4yunErycDs15CE2kjw7FXLsgtxaUU8/2zOWE/zbYmG7uFCY7SPcl2qTYTlOa6m/M/QHWiVi/1RT5Z8qqK9nG1/LJv6M'
    'VT6LO0U4n8WxP+LYH3Hsjzj2Rxz7Iy5uQ4jYH7FffbE/4uKysT/i2B9x7I849kcc+yOO/RHH/oij90echbWchj0KaesAtJMxoK2c'
    'sqZmFmktgOq9m4LhPjyLNoWgvEmDdWfLAwmCwzbnmQ1Mb0lljzq5AH3Pyw0o8lN9pso+Ftewic0E15/SvvjpPOUa+0HaOWOr7OCG'
    'NX00uTcxSPgh2qcuhTyaft9pYWsYph/dTHf915Nw2CTUvm17I+rLkMK+F3GD9q0S88DHf37a2VNUOm9qixBkDQwyOj9iuKdwntsG'
    'vnwdUN3AAjJWG1irdNt5dt5pV+BQFH57TXGHj3VfypEJq+aF9tkUj7Zo4MN19WgX+ztD3sZrDPd6jGGwjGMwmZdXDHHuupRz7tb5'
    '0TD1/dUv1PdgR4T5Hc0uofZDMaagGbLvZ6UcWfVU4dBPSH4vGC9NObEnKZy6NPdfh8q0b/N7sImUo4vR+fMN4+9TR++2aPo2yODq'
    'ZxtmYgODtqRHBeD3+6fBvveJpKMPMPW5Ocrq266Zf5u1raPlOzT674Gkc0ZT0RJ+P6FbmPuHGVXYNpn057Sk64vZj2+23W/zPmt+'
    'GWm7v8w8OV/btUnn/Dmd9519CacuFexNeBMT+7q8Yu5M8OahhOsLuVx8GIfH3yX0uNirmIeo5+PahOvzJeiYtxquje7E1NLWkxNu'
    'LCUV34D9sPFloDoz8nYXk3bzlmc41fmP8wrDmvtFVQknrkyQdqOC+UvCjdMTNa39tnBjDo0wm2dTWoJlVPDkdwnuEy48p0ou8BEy'
    'Zts+6PzVeLUnefD5AXDIlle+UBTHd7FdG0H5i0IsKeHGPomC7ueg7fkBcHLUEicbROkdqx2aOxtJYodXS3TfsvmniO57jnD9zy1T'
    'yLebLeWfVSDX5rJwKo9tI3qmOlIv6kmormQCHrSNqIb+doGcci7YO02QPqRhXLyMtC1+F/z7YXm/TZHHq14+piSR7zcQ+X4NtF8N'
    'c4F6NAnTS0PpWWe21rUA0xC6gLRBnjZmI2Y7BzNb0+3MwY0i1LPIRp/iZ2vqRUdqyBxm2PqltKCGrPMMowV+7UhC9Ht4fz3giOz7'
    'FUxfznV6+wuepMyftJW9hEbvjbTc/9HnnAjw5BQ4yPcfP9qD+DRM8Cme99J5V8z5dWHnPMp5L/gtmPzHuQlnPn9E+JJ4XR946zrm'
    'AUrnOV0BHiCmpTODlibJ35SHSpDzUT9Zm70wz0FwLOG1PJPlWQtleZyqUyazGORRlU/48ON17HxfReQSTYSeonyg1kIugDggYhyY'
    'tjjgJd+oJusX/25g+NBO7CRx7eP7hMedmgaPPqQt+oBtpyNqm541/dpOg/0et/2rhe/V7Pwp9ghxx/Nq+0LeDr+3scEiP8q2uJyP'
    '5qNrf7aFbDDIfPGxnAXpeeTOhqlsIOjZnu5LcwkMqsh6mU1wRyWnXHRDe+GHz3UT15wofxzuXnLHNugXpZ2mssNWkPViWckkvBnk'
    'FfPh+yzN+mwg8DOVfbaQOnJkP6D7w1KWh97R4/c6yw2fgs9W4fhKp3vZ4ZDOay9uIxGwDXp3isu+qwneyrrl+FaBbbwgtsKVvENt'
    'I8tvgLbnwvwdBe2f8gW7OytBfVCE7eezT9j3M23ZT7yTPo/ZctvexbvmydI1s1Ko7z4+H+DeGe5Jsv73w5huhPFUi/3tSRRb8Atk'
    'o9KZN15X4coqQ5OmTzJ0DTBzZi/NuqwvWvD1JpwLERI/rgH8yFZmIiW8UshDZPxKVk07pAyst2qnjIo9LpQ+1cGQNAdyMNwr+89z'
    'vsr37yDvV93qvj9LxD5zovKZI+l3fIdyau5Q4pkG99gfxD5mYh8zmjk+UjHHRbFkwXYMea40nEWEBW+J97NNeXt6JlfxjLFfnNgv'
    'TuwXJ/aLE/vFif3ixH5xYr84sV+c2C9O7Bcn9otTbr84ft+5rqRmP9WVyLZGL5k+OpECH9NXft2HTX9eyrv3w2z5A8qTVk+4awHn'
    'tB7ypYg+aA7Bt4K+ckJdH/+OfMzygDKg+Kwdn7Xjs3Z81o7P2vFZOz5rx2ft+Kwdn7Xjs3Z81p4KH7QpWENVbA0mSJ8OYzaiOhtn'
    'Xq+kEVWWe0+WjEVn48v1mhexvbQR6sRvlIdaAemRxKYlqeCh6zXjkmXPZvKGhYY68jD+1HgcyiUwL9R/DfcN0yXM/e5RXxcIJ1Mf'
    'a6q4ZGiftR6+J4Q63v1Og3a4jx2d/5IRxXzVkfWB88XjmfN6xxlvgnbClH9R+d8K6q9OBUNcaygHyhKaMWBBD3kMy9XCjXE+alHP'
    'qKY+ifsLhLevMurf0NZfV15jF4XyLj7fLUAv6Hw3C7X/lp0+bfYSucbBwi42pqm/oUFNm6o1ZXLngfvtsSkXBoe5DzoKz12KeWoG'
    'myScJ6+6s4CzNjClNkxjojg2Mp3PMQIzv/H1CHsfwfsDjcywNUPbuhPP8IvV+Gh6FkgL9z5JWiMz4nR7CcEPGu8cY5KelnZwIyWK'
    '5Qt07texMryOE9L+8zObzA+lx7M0MOZzodszUKYg6ed8YRZ3lMYFPSFd/PfRJOYrHeP6tDftxPmpInLfbZ2uTJ7rV2pYnqsh/Whn'
    'qZ5Fli/Y4fXp97nnoPwvIL0X0rP7SvuYAbhT2fS53XodkPxWsIq+tDjuKP128+3FcUdp3dfeUjom/FZziz/uVGlwRxeHfpicERDO'
    '/3Chkx4H/f3leLFcheY5luXhc67rWyvs5VzfQ2GZ+ZiTvnZzKby+cDvE7L1ZgQN9ALedpX3KsHMJpRXYxjYY03t69POMeb7TU9o3'
    '/Ja4qrRvsk5azmsuaz3msqBbAbz47buL26N9ufJsJ/3ZgB6vrr3FbL2mCZ2uARjP36yHEeb5RL60bVlOpvvOU8Ohlcmlcfy8LPZV'
    'FwP0LMChv7mwtA9X7wDd7EfVeKIaP97jXfBVp+yD39OPH/N84PuuHS5+k+Vk+vQ3XJrcoCgn0wc0ZXIeZT68Sl1Gx+eZyMavetJO'
    'Xlp0p95WwDizxKcptdAz8BUduKRjJ1DlPA/aNsi1dhxba3zv3fOwkz7+uJPe+qTra7KB4EfBxuFp2D++4KR7H3XStV9xyswntvb0'
    'G2+H4/icp6D+e0BfvacY59d/RY3jLZZ4/usvOenFD9qVez+swbXPRat/mz8RTKdSSxDD9K6/SV8zotgnB72PvMKDx0YZXRQxn7ME'
    'h84l8riCLJXJ5+7yyHs6y/spwgfwvMM+7dxK2nkrpHg27GF5byJ5sQ/oK7yX5R0n6/BNkA6xPFeQdcLzjCj6nyPt0D6cTurwituN'
    '934OEcV+E3AMu3zK03v6qvH7tb2G6AZPZ+fi7exvrDdP6ke5Os7BqaxsN9qxQN55ZO8+iZRB3WeW4cxJopRnXpguTSm9ov4fsoDv'
    '6JegmsiYlxN4oDwPbT/wzj/3g0Tt2hJkDeO39UTevB7qWwJ/HypKfYBT+cQokbvQs0XeUh7E47lsJ+fbHNjXtRjkpXQJYbaRwOoQ'
    'Mu8nQrmrNG3OVrSZV8i//drkPqmqiX2Y1zzIefow0YfyNXGUgh72M7xHnMYx7VDkxbXRxdbINpK3m9GVXrLW8d5gA2ubr8EB0l4O'
    '1ksd62eelekS7r3BHJNJ9TAadzmjdShTP5707UoFrVL1bTk5+3Masp21M8DgN8rqmkfsq+iZO8tgy31r4xzR/Vuug2MVuIW6uoQP'
    'ruh8rFA/NSr/MxtJXRsD4HIUfWpifEqxH5yJFPfXzflf7huj2UMX10b+je1RO871bJ0nFDynbrw6GMq5vC3h0mwvGN6acHBINy9p'
    'ghey/yZxjmz43XcC333/o95yC34urgb+/eFvlJ7JR+EMcecTal4ex7YT+oXvahEumsMjxilNz2irnExi4pGJW+gB88fS71q71cnS'
    '26nDJp/Srwrn0vjk8+OUsH1241ocjed0Rs0prtvrFOs2O4PnOAOPd66qxMQfi7yj7p6Yijm+Tj/Hpr4d/db1NfGcH1Bzjuv+UsW6'
    'j31bJxJi7RsupzViXYPHhybH/sQrD3Mv2Wcd+dvPr7EZv+sxl9LFd2Zm26F3Mjv0Dubozvpp8fpYa23HXvrUd/L1ORrP6YyaU1y3'
    'jWzd1ghiYOTRUIlswye/zqewl37pSIXORmUv1UbsrpFmVTO9D5dJ2+qVdrE+2KyHAIrlVEUQOa06zYXw994R7M6NqZbZ2u9qk/kX'
    'rzudR3roDmO+0QMnVoWZwOqz/XLEfGPlYc59dvcp8D+IPc0Mm5uUwenX80kGp21F66M3npNpNSe4bpp0fFdnYcXu1u1/9WRuGwKU'
    '8+P7kpvEh/xwqs4iP6cXHu3utmzXMz/1IYp3XjjMbkzqj9cUZjb2Czg+tF0r1/hM7RZU97yGmb3AkCi9r5ID/eZsUXrXI0jc5rC2'
    'ness+fVmYrfRAN/nCLvYlTrcnQlzewQcOf3mbrvwjuWNvoaxbb/6uE3OmCi9azYTcIXyRbL9/XcPTkXOoybLHLPab3ve//mimTcn'
    'cZxx/zm6MZyI0SrOuB/d9KJ3yfjMUXTmKOfaShqIz+Jz4PSbk6xw/YWkA5w3VLJ0WeYloY4NbDO/qZk13+mw8+1nqhAFPqSBJ0bc'
    '2ArzuMVi3c7weUxozuzVke2Bn/bXP9is0cLfk/+4RbUm97tHFWwrmUpPQU+abIRvTcaiuZKReukm8Y5VstP9niZq3LD0Xf4t7wFc'
    'wdp98T4n/SvLWI0xP62gJeHQ0JefVu3ZM0cuEPPJ8ZyUf07aQI5I6VhvzBNVTi7wabP9Mgq5QbH+OJk6kB+ELb8vNmH9BEeM0rUW'
    'z8lUz4mv3Z5H/5R2ez75vez2GpiOCm3uvGLA++q/U4W//0nFslcz+6yGAOW8xvO3bDwfg3K1RjavUtKQqcK/szNql6kugPkvny+E'
    'u14Lv0nA7rY5ex/9mBWm53xzpMTDmYff7/z7MvK+XctJ6M+CVROveB/9N/nwMrMKsOnQHTX5Psjj+OA7qUt9ePK3OenieUbxnuMx'
    '+gFHfon6BS+i4QHoTcVt2LBtC9bbcDi+twMnAj2m5UvnX8v/BJinqfKTblEsJSJ+JiJ9fPifeE6mfE5w3dyiWDfAC0zuxUmYsLSv'
    '0V6mygNW2WkzR/77bDJZkZmyrcO25dKvNuXU33OKc82HYpyJccYCZ5DudIn4vsdU3D2oBvjj+r0khv2UwJ7L77jP9DZ4T8/R6F/u'
    'SDjHrBBunLxGZru5iejdaB1VJD+/i9VKbDjR/+3KAPW0+MgHmlld3E7UxL8T1l/P6MgcH9kJwtEvH+9/ls1Lms2LSX0UniZ2ybZ9'
    '7YZ6klDvnHhtR2ab6We7wu+UXArzFsO/8vCnOpSE0Mdfygo3LmgVWTfcB2k9y0fp49L24HFJvewiMDbwxRHohkY0dCG2aZv+Nm2c'
    'rgwRuhLP3/41f6b0Zq4hvfGiS0vKTJdqJsLTpRoF74Z+ka8jOF+l+aaS3WMsklryN5X9o89RzkemyXxTvVyK6eW439K98juDFeZD'
    'n6aoc/iRoe4x7bgppqHmS+QudRb5Vbx4CvDxstimTX0O3P0GWQA9lJWOTsI67aeVw3uhqvWiii05q939prKFNLFrl3PsFYcrB/xC'
    'DUEovG+I6z8HurH5ovguIt6RxLuT6CfcJK4Z3oek/r5lOzLszBmwfhvYucjkLLy/n6NtaaspHvRHYAM2wx6N/saOtfBc9AZV5WB/'
    'OUPYxchAv8rct/kR5Bv6LMf4cDROEfp6x3iYC8i3vCj2Kz9H8Q3rbFS0N8pstZtg31TxJiYyEe63ivrvD1sPXzvvU8ipq50MSb1y'
    'PD1NriZUlaPSrHlW6/jeLdWF3eSwUp2FgfDVjNWvLs5YbX8moHzYjTFOxDjhw2unvXhtI+MHET9vPLUGeYp9NOYA2d4tiu8L4Tdc'
    'v358te05aaZzTG8w74Eff2sgU1mu6X7OZQ6FeJoQF/a1ztKzF//mpdfqYnyH1TpXLPsZ9CTDYoLJHReVPSDKc2IfJWTNbirnitU/'
    'sd+Y6TsnNn6hjrLInwUZC5XJVgvvOJUZKIdxgDEOqIxFijJt3Mt5rGv5bacojYO9heUZJHnyTG6FccjyQEuofy0/31yy3PnC9eU1'
    'wtoYE+rY7lxGhrHLriP1niTcGHWDrPxOn/JNYNqSg/lbGLAer7H79b8ZUiobHGL96NfMKW4gUrZ2cACdaFG8Zogv+7s9xXGpaOzD'
    'btZuEFmc190E8R+TdfzYpYcZxXtVXOp2GEP1RLHAn/Is/FszWeONMKaFzL4E8XUZ/FvWQXU8zQpdUM2EKxMWojTGWbUojhPXQWhO'
    'h5gZPhVVsd/WsW8Y3202wCpBZOlhcKrcMJ6pvg395symjnLObZXF3CJtw7jajyli7t0KMfe++WB435AbAsKqI2JYpYnIRhdz+ogA'
    '49sDsGr6HvgL+bJd+dxXzfPzfcemHRpjMSwM6VlWJ0PPKc5auljDFxJ8vZDtQ17xNi+GlN41bSZjvpisgaxw44XyeLiYDmvW/JVs'
    '/SNvi6kc62qyfvi3I4k+A98tJe8Og3eHEv3eSuEfLxvrmiXc2NfbmU7lcqbvGWV6nHUK/Yoqtgff+zmutBLJK+oyO0LUR9d7kPIt'
    '0Kc2BQ+YMFgvi4Q65u0ilqeF9JXjedoCz3k7F/vgs6oMp5V++4SuP177xFEe+0QH0Zm/ereTfvwB2Ae+Xxprm9at4rdpPORPfgvq'
    '+2ZpPORroB//F9r67KNO+uAzU79/XczmL6wNFLUFu5AZ82QJ/biQ4YiuP5x+dPisk1rFGvWLZ15F9gGOc7SttEY+S/urio+cJPVf'
    'ROq/SBTHc6a2UI2/FOdJNE04NlElT7Nm7wraXu1QQXLzYNTtlfiXcDbpB031Tkli65FV0BlcswcTXLJZP0Hm2Ms2BXkHjG1OaVYN'
    '45GGiKxC1vk4OQsOkrOIlzyC1ofnliugvi/A+dhPnrKUnGlsYLcG5Vokle1+lMzPFnIG8hsHnofeI5yY5wgHv3PWNpbmDWRbWxXz'
    'gfC7itivtLK6hwzGYSJb+wvh2p1xWdEgOX9inEUT2PGyOZiTgwhPbiJH4LZwfmUGiT3NLNafUTbGvI88cbvmTIzricZtX0hoj3y/'
    'j+Cn7PMLUGZW4WUylc5UvfFkq6qq8d81VbV1VfUNjfjkmhqn6GmW/2spR80FwLxa4K1eLb7zursQx/cu53n72z9fSJ9dtmrxmUes'
    'OPu/N5/z9vvvumsZfP7TR2+6y+SG70PXfb0jIdK/mvzndbLqoXkuRXHa+rPTzl3nff8u8siZ2x2pp4BNPza5V/yw7msb/nVXyfPz'
    'r9O/JsTEw5M/+f+3T8hxisJ/eyf/+1Xh/5PP1195DWqemPhDSXsWpic+z2WKd4X22w0KG1kHq29WT1U8xsI9AcVeXAX1qfbiJQoZ'
    'H6VXo0S+r6LBtvJDP53C/w/yN5M9328vGCI03K/PXRo9Ti8ZN5W1jhiOyW+8fw/nU51ui7a9w3ActIzJvMp+XAN4FqWOi8o+esme'
    '2KUZn6kc+2zAW7/579f033YcvA+UL9gGfVoO60qnf0RbcPp9C+P3DgJ+L6hOzqSftvyEl2yRllfZUs30eyUm/rr4nXfJCZjtXv7+'
    'EHXyXjqnqrsSJvfPsQ5dPHQ5qN8z/DGRRdjod234/R6N/rlXlN5/86oT7RE+T+jSdkPeX0crg7R/MzkXmbYfpJ0ryNmO012qpwtS'
    '97sIze8PWdepgLeqc+qugHWuJmPfyfApT+hmkLoPImf37RrcpGfCIG3Y3rVQ8WRDZA3LOt+edGBdjvWMepTqb7nyKnx349ecd/OJ'
    'fOsFkA+n97jyzwyRJeP9FHz3+lOlOtIFe5z02SeC3Z0ttA/1Nk4WPqvMsHlml4ub+K7qHOfdCjIu+U6mn/orV0+F33IXOenv8y6c'
    '8dvJW5z0o7e7unxsZ9k7S+H8Ur4Uzv3nlcJ51a3F9SaJ/PMM6P+/JJx7tsjL0jUxYoHHtvA3uW/VZrHXbGP0cZDRpTyTB51AdGBh'
    '9xJa7xKo15QnNO1vjtiWjHqc5WiZJLHRPiXhnOH8xjnA+P9d7O+uKcQJr3z0TmmBh5r8x9EaGWYP4wOm+1i+D2c2OpZ9+0nf/xfI'
    's8tBH1AfsT7tpGsh3QDpm9IOvlcjnU3DvrbASW9a4K6PBcQO9VQo35kuXi8nQfn3kHLoH4vmOwbyXb/AXVeyT6Z7XWMAeNBxd0J6'
    'nGYcvH85kO8sJHwHtR/NW9AzLkNX8YWUt1kIsKftbiW00aRdSp8GFfor2p6pbozCPemhdzuc6xA3QZWayyVYb9KnXhs+pYbtJZSv'
    'z4FNcpZ8o/A4QmHHvZ3lOZTkGdbkQV6ZylZWkrz4N7U/oPImXV7dfNXAj+JNuXwk8HN3ltkac1//qvnk5eSc+pULKpvWyQdMdck2'
    'cbrC3DEJeCMlNa3lS3uj0pQ0qYVLPo+NvY0JfeO4VMtwKW1gl7BSmN8xNO1Xuer1shss1/2dNpD5JAgvURwTNbnfPBYhatI2PqUT'
    'YiKlkt26j/Wdd4XG0PxR+VwOaxvcEK8to7VSaV9DNr6FVkaID4Lhg6nMivop6hax/zHtXn1b4f/t7mZrRzr87oSa+IkKIo9cTs5O'
    '+O4EeDePvFsqXFvgBsLHUhv3QUh7GT9P27tGBJPTlmPMZyvGfLpizKcq+n9yADisUZQZ8ynTAXSClsmTOwQ078HsHNOkOCPPVuTJ'
    'szx1ijxSHqI6+07l/F2mmL8LFfP3DvLuAcXcf3hV6dxLPxJ87o/SzL3KptFv7nXyWq+553YeXnPfYTD3HQZz31GGuc9azn0TyJTo'
    'naNDRbGvxRWgW8qQ+lKk/AqWboSxnCMcnQ/aTHnJiLJE1jDK5AEDzNYD/Zvx+65+MoNh4X3PlcqU+L2TjWS8G33gsZ7g9NIAOrON'
    'ZdyTkMb+D3k3u9159yp5NwvevUL4tnY2z+1Q188VeRa1F+fZB2uUytW8+izLPCt1eoQu2Yy3xUIWym3HtkD7/0x08CMa+6Qh9l0l'
    'X5V1fZLYqvVoypraxana99JLUZwfJ/J4aqdnatM9xMa1RWF35Wdb7tcWb+MMYh82xsbfa2CDiHLzQ1jZMWLTjnQmjP1Yv6btg8Gm'
    'wXRO8wFsLwcYzTCRpact6YjqXLhcBPc9sQrS40WpTnw1uw+S9JC/qt5J25QNAWWlOl/DpnVwvxyVGnOLCOebQ+Ubd9QSdvHZtcR3'
    'NhMUR3t2NZ0baptgswfraEfKknZ4+WShsiJbXyxePlii9gEQNf7P8Cepxn+Lx6Bspc7ITUzfHLa9hGX5jGX5OJ6BB01ufwOsAeIZ'
    'tBnJE+m+vk7o/VCYzGUz4WmuhfJ4Zu+COb5YxDG2pmKe58G84Lxx/QvXa6wg34RHXu5vrdlnrwpCH9b7nKH4fSi/c6LqPhI/Y5me'
    'teg5Gfs1bnF2HGQyo4tmOetPdUYesTib/kxxVm+yuO9gck6m9e1lf2/1uGcgx7loliMP5XekKDz7PeZX1Yeg52XVHJqcaV9h9rG/'
    'aHFtRL3O+5Uey6glPsqxPDQ5lhMVcg4TeydT2+cuJjcd0NgIV1oOcnWLi5tjrG8msKR3QbitM7UJ6xN2MiYV7LZ7yNHofcq3tLh0'
    'ZVwzNn5/dFxjE9nFbOS57XlXBPPjB5e8Qp5ZiK9GxvmnEHPXpRlzT8gxU7iGoTXPTG60b4V3JzJ73I1gj3vDglJYcptjWf4EsOtd'
    'kzazO8a8mKrujPM+yLyriD21aX9Xw7fdmv7SPq0l7yWMPtDs6O4oDXnRANYmd7BHhfldepM6TfGS3k8Jun4K+stmRyaqkuduZ3S2'
    'i621MYW+k45VZ7vN6Ua/wbiRX5jb7Mgkw9LkSq5r7vv0pSZ3DOWgTVH2/aeQ/oTtI19qcuS+YXlI2v+8Bo8GhLl99aCGj+I62Rub'
    'HBt1ej+N4+nvFXo2rz3Whifr99lT0SfQu5qcM5itLyTTuxW07SFLXdWIgvYV7i42uWe1MY0+bsCgf6+w/m0x5D/D+BH5Bevvy8Lf'
    'r8evc+5amK48kReOPUL6b3q2juJckkrYz6dqD/tIrvgMabKX2K6NSp89Lso5di2mfLmK5r3oo2sf0dgeoR+1E3JO/6Ok8TbyAS/6'
    'PTtXShdVfGqn4V09zEvbPJHc96N86wmMz1zH7se9hX1fC3zoTxuFWFwBfqNXs2bzTPf+rxXuj+4cjP351BT3h8Pn6kbH7rocMTVM'
    '9l/bfRj33zMm+32a8D9bmayJTRZnwk6yHkzrxzWyKeRZsNPwTCnhk2l06Vo5ZDGqPdPkfrzs248aKtO3oQB9e6Ch1H9ZJekW8iu3'
    'V6gfQz79uLLB9TOKdOruhWp/ZzxGDuYb1exzfyL1yrYuaCiWKZvajgbhz7YJe598fvUU+bIgOG7jl63HQl6gOg+pzpacF/5zvSsP'
    'GRDm/ohHFXoVuh5N5myLxbiQT3ym3j3HTtdzuOznPxG4lgs2PRHSumvqXRwth24wzB7x9gr1LQjcVta7PNxUy1UK8WHrHTtamf+g'
    'RojtAekqSOc3qr+vhTQL6RJIT4N0NaRHsPyzG522/6uudJ/aFuF+NcTgvE+U+qqQ/fhGXen+EoSmBbVlvrOuPPpMU37hA2Vu3+8c'
    'cfkUtY/jf2ud6/u3knIM1dkGeYDFdY7NscxzOFuP8yBthXQNW3ebIF0A6SJIT4J0IVvHp8F6zNa5e+V01l3+sNadLxtej9fH9Tb9'
    'HnocPxnbg7VOLKEg9zCillfeXuvGwAzi1zevsTfwa3dnrSuTmwp5WOH+Yq1zT8tPx2oju6rUufvwWue8VLArY2v+ILa2Z0M6J+De'
    'W+/R1kJNW60B2/p1jdtWENpEyx0K6XHs+wpo67kaF/crJUMsrP8Kt4u8y9/UuHTH5t6XihaaltWdW3fWFK//cpxhXvaRe7+jxvFr'
    'xu/U2d4dNOUd1hH4T7UtWivBwSjkG6b88x+rXd/BQXhgnY5e1v2fEdbN4fXv1c7f03GvkP27o9qxR6b0MQHpWyE9BdJkQNr8wWp3'
    'vZSTbuF8DiraK5dsuXBnvULt4Vo4VtFeOen/fNJeN8P/Lg2/mxfB7LYK8r+sS+Oj5L1teO0fkj5MhXxU9uGr2fLvdT0+c/+3U9AH'
    'ju/jWdcX/SBbX3s1Nn7NiWL7Bq5Xz2ddf/9B9nBT+v+2bCmvUC4ZZiEOaYXaw7mZZdCeTTs6O0WUY/2hqjLtIS3632Vuj9O+r0fU'
    '3jbGTw0wPgvx5Y4qd32HaW9cBJe13FBVuhaD9MGPb+9XjLWSNsgF/0VVel7T1taAr43OMtSNczSP1D2u0S28M1H891ZGsw9KqHn7'
    'JNRtw4OantX/K+PWfTI7/x/B5BunW9b9bMb1DxIVX+u3/7wMMLs/4/qZCaP3lnX9Q8bVF02FfecOtk7fTeC6VWNnrtOPB43fNQZt'
    'X5pxeY1tTFc2ztKXFXaqqvH8BamT3x3oY+PMa+wNuU+eNZnieEX0XkqvBT+jmwvcHw4ifY/KNrnKo86g9la/Tkezh/T4yOCeL3M7'
    'SBO/li6/7yEdLP8+PXV+j65Lu3TtKtb25zT2OtinOxYW894DpC6v84CJ7c87046PkKm8V+Un2+8kuLlJEy9iPav3rQHamZt2fWv1'
    'MBx62ZAXy6Qd3WOldFmyzZ+l3JibUeusZP3fTbn4xuP2mNqBY11fS7nwqZQd06dJm5W4Z1yIuZ5ycWnYQ17jhUsjZF6jlo8X7v+k'
    '9LFaBxTyMFO6i3A/meAN59s5P75DwxfgvnEU6etan7W/IcDab0059jRTSQdlP36XdGBG5dFoI2Rjy1CQ/ycdHJTvLvoW2Ec/Veyb'
    '8vHHnXT4i+Dr90knffAZp46nk3qamDe00Xk46fquCuJnUcdL3JV0bWTLqTOTbd1C2uLj3xERv4LwGiXwGmNj7zM816v400uS4X1H'
    'npEsjZnM73v7raHjLOz9TdZuB8HzoPY7rUnXF7IfnnM8rE6G8yPKYfzbhKOLLNc5dUzT7nMJdxxhZceyvkcTbvw/r/2Lxk66X9GH'
    'oDIzWd9nEu68cnqyS6h9aqMs/TZS1ma9FPZ/MnYvmRUd+w7S3g7Wx14fPXIflLW1fynY/3uU9bJnKdj/kXH2+ujuUO+/npQx8ctT'
    '2P8Trp9rE7o9oMHJgxPB/CEPsnrqEq6Pbq+zQiHmCsnb66Pn+J3wz4s4Jn1Nt5bhnqKs+3vQD/n9vzeDn9a8Gw9Wpr+FGK1PkbxP'
    'n+ukqUvcuK8yPaQP+H+PvLze+xR5TxxX5/1HRd7+96v78EmPvLzej5C8v4WYt/dq4PBej7w8Xu7VJK8kODJtPK+0bA7oBc/7oUvV'
    'efOKvCdfq877LpI3D3lvHVSPbTPJe80O2Ds3q8d2iiIvzhvPe7wiL84Fz7uS5O28x0n3PAw4DHzrkgedvIeRvJ95xEn37lHHg24j'
    'ef344QaSl/PUbVDvnKfU/qf9fE6b+KnLMpqHMiHqYzHPvtn6WEyTvzF+n+RHTwKckf9+WN4nJGX42KoCjO0wUeqDJEodA4+3PKah'
    'wT/LubZg2zVn9xGLc7Fpu/+Wc3Wk/Rb2JoNMFmPa3j2a9uj+aRJn2rS92xTtjSnu1kTV3o6cq9vT2T4PsL9N674UfCiYnu2GNbwy'
    '94NkIpfC/X9jiD6YytBU/aN9OBjm1K8P4wHhwWNHJAgOjQq1n7oocfalRheHRjU4xG0+Tev+dmOpnnWMyVnHLGA7alimEM+j0ZWp'
    '92p48Chw9HYyRpMzcU+EuLmDjJGfM7qFt78xmzFe5NHODg/doYkvGXrGO5m0s02Y+2Ky3Rc6yJyF3XNHNfpQLktBPXVNo6tDHdCs'
    'qy7L8fy2wR1PJXkL2fb3G0r12VHzErKdr5AxDmpkN7ZryRT/P0nGOKiwf49qPd9A2hnS2KUMRTCefmgn6r2d72VnlqkdDrdjADdM'
    '24mSP5hjOcbRgGN8rd5sjLtIGhXf/kK9q+ey3Us5TnwjRF0cJv9fvasz67XYL0z7+vcefR23rOvmEHXxffIqNm5bG1Y/uF6m6OvL'
    'Aes6g9SV99n3/PBwHRm3jt/p9tlzdPc4Cv7UDeoPyk+hP4VZIeqn9qh/qHP7GvVZWtb/Y039UZydZf1PKuqP6qxc4P/hjrxpTLXB'
    'CPjk2+rc+Q1zHi/YU9W5Nh2V4FELcalJ/wc19/xM6d3mEHVxGrI+grpwjS8jcB1W5Anjk2BQQSML96kr0Gae2b39stZZX7Z8iSkc'
    'n69112/UcorCfYpad87DyCVkXXtIXQ0J9XlVZ5/D5/ITIeric/Te2lKeTuVbntv5mOi5NrP7qGhXeDrov/qmoO3N0PZpta6tSVcA'
    'eZCNHGiFoq1hC9o+YEH/WxRtjQUcnx8v8Yca19bFj5fIa9bw/7GoQ7UvFs7/AerYx+p4rMa1B9LJl0aEnf1oQf6vqPflCOr9OKm3'
    'T7PWBwPwnzeQerdq+JMgcrUBg3qD8LPvIHNvUy/lY99s0LcdAeboKEW9Y8LcrmJAY2M2j9QblYxS1psisAwiF5R1/Ka61F5wH4O7'
    'ifzZhK4+X+32109WpeMRnwhQB+cN7zeoY8ynjs8q6thmOZaPGtTxik8dNyjqGLWExxWKOsYM4YH04rJqsxjWYWVNhfVf7dqH7yvD'
    '/uyHx0uqXT+DnWl/u+ajib8PPxtRG3ukVLVDV/xsndZo/Kbr+LxfZKOtF3m457Ol52uVLey6CHnWhyrYJo7z77IuvT9F489bhSf8'
    'Hs8JbCzvi7he7O8VWddWOMFsgfHvRub/JU3uzRbWP6kD7SMXQ7oM0nafOjZnXTtXzuMPWcosCvEUFPXZ0glKJw9X1BeUV0d/CjlG'
    'V/m96nGh9heStig7yO0pq9yyNvLVAv9f5cKgz5AvUPkpxjl6hvTFhh8sxFOwKMvPD19SlH1Rw4/zPfdzVY4fJVr2TxZnPxNe6UMe'
    'bQxG1MaVBAbb2BkH7++PavCv16Isx7+3Exwa0ODJgMUZ6CRS33YRzjdT4fzvUd+IpT4Q/SnkAsh/CvJ/i7Iczq9lXD6p0nxKwZ9K'
    'xu077j0npkvjXKj2um8GKIv72dcy7vz53ZUx4SHujKg+7N/tpL7Nmjs9Xv7ceP+uj6g+7N/2jHv34dBGNV+g28MvIWW5b41lrOwi'
    'cmevsP9n3PsMXQFsFfCe6QZFPcMB6jlSUc+OAPXMy5TeBxnTnOtw3dcblOHrfSLtlsl77GGU1v0mXXpfwmsft5Ft/m/Lugct6n6M'
    'jFXnN6SfjfWBtDufWwOMC+v5nEfbg5q2P+7R9qBF2+8lbavu86hwaZdBGY5LA6QM3wM5Lo2j/a9HmRHFXaaCP0WDMlye9mYCS9P9'
    'WcX/HG3Q9jiD/1KDMj9lZeYp+rvPR86o6m82bXZPa0SofSUiPvwuFawejiM/MazHy865cJ865cL0Txqd7Qhr+zFSBs89vxBq/zo4'
    '7gcMyvAx3pVy99b16dJ901Zm87GUe5ety0PmVrD/8cj7Gsu7m+T10qnIvGOKvCodh8y7leT1krUX1n/KGXcQ+Xlh/w9YHuf3RE15'
    'E/qO/hTqfPYU1EEs9sjLY/HM8+jXoEG/akj57QF0RH9Mqsub+ESR5V9OumPdrrkvjG39SJFXpU8o3KdU5H1Rs7c8BWMIYhda8KdO'
    '2hpn/aK0QOa9m+T1okcFf2okL/rgOFNzpvlrg7zIg3/II+8Gzv8b5MV6dyTdvSgoPSuc/5OlvF0UtgDoT6HG4xxQuE+pyNPH5X8e'
    'eRAvVnvkQZnXMkWeYdafdkWeMXZ3vlWRh9PbRpKnV2MDkkk69wptbFgL+v+Evm5cZ/+dKK7bxE5UlturqPtllud5kievoZXfJnlU'
    '+5jM87hHHtyLvkry9Gn4gS+SsZrKMgv8P5SzsRMsrH/DcmNsX/yAZTls72oCg62aPo0o8vD2L/fIg/VcpsjzJ1bP+R55sJ4zSZ4B'
    'zTp6M8mjkvehP4VGyz2zcJ/ao+6tqP/zyIPreIFHHuQhZin6mDfoY0ZR9z7Wx9dFaZ4XWR9fIXlUNpLoT6HGQ1eeg7ZrPPTYMs9/'
    'KPKMsjzfUeThPPETonQt+PEBhf3fshy2dxfp0z4N7f+McOfRVM5a0P+TulUyzkI8BUW//XSxhXiKpG4Vr5GD8dd48A05wKcaDb9w'
    'POTp8siD47jAIw/yJpsJHE3lrDm4gz8nQh2vrHO5Au5+/I0st5CMwVRHi/LSRksZLvdjUEV8B6APnYSFjwP6vpa8pz4MmkQw/wwq'
    '3rlJlPJD3KeMLJuBvEtFMN8Ntn4mOV2wGeupbDw05mYUdqNevshM+0lpOL8bOKyYDxOZrB/veRPMX6Vh49evS4Xjb8XUP1h3SNv7'
    'XotxjEQEewn3xRZw7FHwy37wGbKQJ3AfMG2wxgXgbRLwtArecxqE+J2FubahbxdBm6nCS+8nmZjZTwEwnxaCkHa5uwjzp+2NOdHn'
    'MJubHKyty+J5Us+TCDNPwnee6Lrk6y1luec3kPV/DaQXTdjhw3Togy1dSgboox+/lSK0bp5F33HcNuvvoABtPGDZBsexLORNwY+W'
    'UdXjNa+6dlV7h1efGz3wMKryyKvL8bcADBvhewrGUgPnmmqAHeJJE/AtFK5/Le1KlLQzeUA/SN/+7CyhN56Jieuuw3VNnhNFgKeN'
    'zDnigunceZ3bpHz9YPZthTDzPxemTy0KPs2L3mH/ZX/PY/zZas0YO8j4G+Df9WRsc4Rr67wMymxgdWwQrp9CWr5KUZ6WW0ZoljCg'
    'WYfAPETRV9M2EfYtkKeG0L8MtCf2CHHH8+a0phXoNZ2fag3dzDnVv+FbpkdzH3yXxVmlT3FXv3AHnpzx74R3H4Z3Mt8zi5137wc4'
    'IP5gv3BOC3fgYa6oX8hVkB4vSv1Croa0k8FdtTer3sV8qw/fOuzLeno81b45+FrR0aq0Yt89Bua+G9JdlryhLl8DydcKP+Tloq4f'
    'afXGhKPzQBqVJHwE7hVdoOeT/94r6zVsj/OsdYQeee2tuA/1sHoviddI0RrZfZkI8yT9VlAjw8drCZ8Zz/uBMe8tMPed5F2zh+5g'
    'eQS6gzZoV4BepIGcawrlztLvDbz/zQF402oyLomoiwAG85gsvF9zb3aY8JcqXQKXbSLs1kE/5b+PIin1lS3r36lIaeyDpM8Zlo4N'
    '+acFq52yFzJeSaavP1XMK51D8lRPFOepmYBYBsLxpyvfnQXpeRHpm9Jkh9ftb3gHBOP/bFakNvKHOaSuhenSNIgsw5Sv9zs/NVvW'
    '10zSJODBMMBvANZhxojWphKJ9AznQ5dzCmMn564PQYtVT6p+U+bhyQPNJsLHfgDoE851wkOm1QRnMd0a4rg6ArhhUjddAykPOSWV'
    'xa0k5zBh2K8M0BdbmWwjyxeFrCVIvIEg50psJwk/HWxpfARavtmSb2uG9zpZdjO81+2jVRoaNZ/k5/UlLGgYxaGlkFZN2NFBKgPC'
    'fFWEh0C5GeWBm0m9iAe29bQQHGqD81USyhwey2GVcljVuUFBRncHYYi9dDOpMuNxgR5cAHY8Fzl0wEu2xtddDr7XsjWxnMkTTfR0'
    '5Rxj2wedNLN75o7x3ptn/hgxVtCtT07NGDMVGCPGNHr9K9NjzJWY1zTEZvruE9NrjNQOsJvZQdcRO8BRUeo/mPM/Nvwa71+9R/8W'
    'CvUdWYwd1S68fZd2C7MYjNTe/XqPdrvK2G4P8K/cXo62x2NNqu4ZY35Tn7PcbnFEmPvD4zb2q4G/5nbwXvXY9neLUN9D5Tb9Jj7y'
    'XmFzoMNpk3W+ToHbtZa4bWKHaIp/FMcwpuVWZncYtF3T+xt+dodvEa5PHe5vZWtEY5bngyMNcdkPDt1lhkfU+FfngX9HWtifjmjo'
    'Eb1XFzTWr9/dmptBVtsBOjIei3469/0i0veu/azvKwiO7BDmsXpGpqCvUa+bDKwd1bqZI/zjbqtow5BQ+/pcIux8vOct66f6Db+8'
    'KjhWaeBlYtuXZfRHJ/NS2VJ6yeKwH6ayOzm2v5j8nUbKpOHnJUtFu54VsI65DMxUZpucBu14yVqD3OGhupFaKJ/2sYdqtpQJzfew'
    '961VnF2CnkFymnZrwRw/qZCNvnifC0NbHZFgcmuMD/zYN8AHPfl2K5wfv/lg8dlMvnv1bif9+ANwHvx+eHpoYxfXBn/Lf88G+CCN'
    'xLqaFHJ03R2SBMHR2HarVGe26BzxISD97cYGWe6zyERey/WhSTYnWSJ3l2u8abInze3ud1PdD28nRdrxspmi9rVoP6XS0Xjp51W4'
    'NdPxx+Q+i5f9kLeyVULX3ya7h9GU2P5oau3OkIdOW+pbcf/ZASmebVCOclCiNM8Qy9OScGkJ8szIh9YpvqH/rzSpm5ZrEq5fi9eE'
    'Pg/Kqn4jStu4HL79F/k2wPr2ouIb9u2HijrRR8lzpE/d7CyDMPkWKd/FxiT9LDwW066YdsW0y9jGPAlzpOIrahlfIc6cnNtPOf/e'
    '1Dn5705/njWJ9hGK+psiqj/N6teetaB+vzozijP5VmJ72QC0bg60lY7xOwWgOsv6MkTx43XvYpMJby737DtE6b1WYbBnoz3qRlg/'
    'C8i7hWBb2krefUW4Z1F8t669WKZEbYT6IB2F9ISANpkxPu4/+NhiOa+XM3lWbzynfE43TfWcms6nzf5yOdCB+gDzPp0eC/O6lB3/'
    'OpGS/KveDk//TAR4ch7zPhVyX8QNKp9R1YW4lID9J8YlNS4FtdeMCpci4WcZDpneI7WpM4zMntquFXzkkvP9l59x0vrvubZfBR+5'
    'hG9qfwR83T2pru94kvfgPW49qrwrSd6roL5jnlbnPYzkveYLEBfskVJbtRw5zxTyfhts90DX8BToPz4LNn0PPlOqn7gf+rD30eJ6'
    'g+onWsHGSLB7Nro7CE2gw0bd2krFWbIJNkZbW3MbG/WVrM8pS97JdK9tIjyziRye3qVbKOx9NZjcQTS56+ylc6BjClIXv5d3OYM7'
    '15nmGL4tJn+X0++CKS60sPMc+mdoEqX+Geha1PlnsD2fZQFepnr0HPzN7V4bFbarOdDrr7WYo0rMialvABNYeNnpZhjeX6iAt98d'
    'MDrvdO+jujLaD9nOxZb7q6ku+TCmI8b8WUKb6kleuu7aSZnmCrbdHOBsq4NdNiDs5Pjfqxg/vVca5s4bv7PmZz9jA/fRS+xkAqa2'
    'K6btV/fZwfkQNvdpZueBd7WrDXzV6e5iog+imgkX/hlLHKN4GeObO9+nfGFq8e3ZJw5cfMM6slDIFu9kne8hZ/4qsu8hLLC+bihT'
    'DXv5xUQmHN/nTCbxPD4Jo1f1Gs3w9znpPF0siu+Y29wxVvmWsPeTICWnM9dRAhzymgLIgY0EwqonBROzyURgDHT+1KQba/xCS/p5'
    'MdRxbNI9x9A6UsLf78fhSUefRc853D77CmEev2xEcb+Knpnqko5Pu3L5qlH5qZFxgEz91Pwk4fQj1rEodSwh/N/5rgnfum3PFHI+'
    'hxKuTe1KRRqkznclnDVrsmfnNHW8dfLFGlKHau1sEfb3CvvJHQdc06Z8kOo+odd9Ci4PmZ1w/CupYIjrUfVNd7fBth6MAzQG/OKw'
    'hl+uj+2kvezByqlHtZp/9I/2buH4x0YbZbSjVMXfwBhJ3UQOy9fVmNDf3/W7Z3g63DtSxWLj+9guYX5HVxX7yzQmhvw+S5TG9FPd'
    'f+4X6rhVGGdwtiiNa7eF3XWid9x7RWmslSCyUUobdXK+moBndIkv10NaT/rJ7/XgfeaEYpxDQh3jz/buT1a4MXi3C/O72yqcpbou'
    '1dyOieI75isV88bjuC0RpbxSnqXbIO98URo/msOJ+kDgd+p2CfU9wJGAsPWKnynjoF7H4NQlSmPE2LRF4waqcKlL2PvjigI3cMwn'
    'eeAGj0F9rAI3fsHyrID+mfIHnKbxeNTzhH/MQBW9q1PQ/1+zsVO9yMqkc2incNgXcK63T9O5fovFXJ8g7OKiVnL+fx5w/gc95v+e'
    'ybIfF2ZxueieuUuU3seOkj7kpwhncO84m9Dvfg2PxO85nyJKY4Xr9hu5Nx0UEF9Mx4b9Wijc++V0LwrjUwLl86pYsxS/5iYcf5f8'
    'vj/CwgZn8pZjp3m3k3s6U8mTnGJIJ0aFOtZ8L6uvU5T6VOIxcg8nuLxTqGO8cj9MJvwLjcPH+Rceh7hfw79gDIibAdZ4LsHYoWtZ'
    'fPM3Gcb2xLyy/ncSWnpqWh2/lcf8lOXeJkpj0XvFZOXx2k8guLNBEyPUq74TSKxWnEce031N2j92KcYZfUu62Dcyxqj1iqfq1deg'
    'fOgGFhf2OM2cmLQXVIeeCHFeuiyAfGSmy0sKwpEmLtEwVweZOFbGM3gUcbSiwiMRQje+ieEVv6M5Ss4f+G2M7Gc5kPehzdZeeHcE'
    'yb+X7DFop9nA2kF56AB7j2XmkjauEcU+BdF+EX0K4rtZ7aVxfZeL0jt2NvA6N4DOvSSexSaYuoS3HD0qW4I28UYgxwIcFP0RXjb6'
    'tm3VEkEjtdNC/wZB7tiY+oy2mcs2Ykcp4dPU6Z4DUN4u13pzp/t3c6edPaOu39UB+03ttdeIysWeovHgypGfxj6Lyu95FfxMbBab'
    'CV58UGMTcB6hVdSGyAYm6yzytzL9lG35FmKf1Aq4rBrXSkIbbexybGnn0Qr7IEqb30XOCktYH49kduqmMDD18+WHmxRP0N6oRfj7'
    'ebJd15T+VBEbTpWPXpP7TEnh7fM3ZUnbq0g+2rewdDwZgo5fqYFjFxlz7CN/anzk2+BqgtAsbpv5ibOd9JCdri0NfnvlHU562kjp'
    'HnHCmJN+5yy13Sa/B4F0SZZ5rdO1Iyh3X7IBbRlt7qqarqcFJF8zs9mnNOAs2FMuZjZPQewwVXT6QoJDSGt7RWlsr/ZtehMW1Z2o'
    'lQzHmpi8aNhHHkzlWpcR2dcwk01hnvOJ7KfPQH63RbjxsHS6vm6mT99I+tHNZGaYZw30w0/ut0Mhu2tisrQdFuNoJbLfUcNyKvhv'
    'EfoYNa0gT1Kt4xN9cLKBlct44OTFEe13iQj4BBMeTcVDrrTk8WzvMtK7i03MRpDHdSxsLh36/YPObzPbV3T2hxynEmRdREFb6yM4'
    'uzVYzIGtrUNQPjErXNvPUR+bBd2dMhub0BzYri4LYEc3rICFiR4rSB9P0/SR9mNAcaahdhso7/ajfSb6dX4WoWdn1Z3B7QodPrcB'
    'CQKXMHHCKE/F55Hr9kY1umPkm4LEDW3Q2DDNjWBtz/ewX6E4o/P3P2SAAzLfUoWez0SH7pdnPES/OA2i+nmOl0PEXinsulDZ0nUp'
    '7Cv4fDdHMN/NmvENaua5h+ks1xA9p873eg+z0+ogergg+vkBIlefLYr9r68IUV8Ue9CpQh+fB+eZ0tqcKPXH77WHof53GRn7TmF+'
    'n1pll8p1mrp9gtv86OpS0fj/C/Y3Opl6HAd7+vmhvZrIBXHfs9mv4nme/vOMfEhLBHxRNeOLuH3LSiJLMDmDoy1fu3DjMnVr7OeC'
    '7iOqmCijCljUWMCiFXQ/FDa1UL6Z2EQ1QDnq04X7xKkV3vel/WxFgtiKNQM/ze0EKuXDB2Uu9N57vbDz7bOCjadB2PtF9IuBHPQM'
    'HoX+tN7QxhZ9ilK+XsXXjin4TZrPpJ2g/JMujsDDwvHdHe8b05M/uIfYD1G5mald6HA89/utn+8VQh8nYKnQ+/A/RPjHCZhLbKxU'
    'eVQ+/muEPjYB52mikKPWRkDDa4T+rh+11TO1de5SnM+85BqtYKvAz7Equ2kT2YuJfTc/M/ayczHOj+zboQqdiOm9kj6LvnQp+EGq'
    'S1HJMnoMZTt+ssgofHqpcEoVI7fgNzypz4Prt4bk2aGpRyJKVpFHfvtjwtW5meAEv0P0csDy2P4PEi5P7Rcr2DQerqz3Xz3qzYeo'
    '9+6Ee77ZISoX2/gWj3ZHytjuFaTdqOrlMTxVOHtuwo3lPCD2z1jOixL7fzzqX8OZxLSvprLzHRp55PeJDt8GNl51PkzkpXkNrF5W'
    '0DfVnaa7heNbk981NNWLmMTU5nSEy3gHhH2cbt19pl627saI/KYS7Q4R25WFUzBeae97nKFeJa/RAavap+Or9FwOiWhi+ob1ReYV'
    'RzsIv7RQs2f0GfKRKvnhoPC+GzgOZ12VbmVUM6fdLK0kDbeh7yY0i97fpbAe09TXq6FhpvBeSPabHQq6H/X8Bl0jXvbeUa6bqgjW'
    'TZNi3ZjK899LbAP5fGxlea/WrFHb/c6Lz6R7Nd4LuxhkFX59VPH8froHv/PAxinat9qnaJ+eTntKTci14YWnOt5VZc87pNl/VPT3'
    'JYWd3XYD3XxqmsA8anpkKy/4PbGl2Ks4S9rW95+kvq4I6vs2Gd8OYeZ/gs75v3iML0h9d8G9gyDjoW2/zPb/Lg0v5mX7h/tJR0Tz'
    'V47+XUL0b72s7h6NjeoOC5senJdTCP3eq9DflavdpR62Q30+PB2nT7OITZpfX03sj1BXtUgh51bxdmMheGEveAXRPZSD1s6LgNau'
    'tZT3czsNGx802A6tY5vF2u4hZXTzTe97vF04/gIojnLdOOX7+R4epn/UdibPZKYZwB/VHm4yLmpjvVNDrwaFmZ9WE3tXL70T9cnZ'
    'Afn4vdoODc3VyW27GOzHPeyWTfqvomU4FyeSs8G4Id0wbdvL3p3z6JUcM7fppHO4nsxhuW2ly8E7Ngg7P6bnEH6qh8HtZQsd5Sg5'
    '77WIcH5cZT3yDvwRhnZvNDXFXZ0s2+YcGMV5bzrgwDURzdlWYv83bLFfjApvX3rn7Se4cATRsZvYhHK+EeejjcCxT9M/OrcmcA6D'
    'q/RMnyG4K+t8kwf9yAegH0eRPbOb3d1CH+1efLTKnt8PB7D+poA2vZyHQf/b5ZDxm9jQ9GvOKbiejiY0YlR4+zAeJeeiKO65zCb1'
    'DFuczwZ97IDkuSibKLazTVqeN2If98zH/e43zObg+vBuK0M8v0AVNvifjhD/dwXA/4GI8P9dEeH/aUROsUV433Ps9uBh8d7bXAU8'
    'TG3OdLILek4bsBjjtgD7h463n052kl54i/coTGOIcjuhMVHsY4LCfkxjh6RaOz0WONlteEam/EMNw1l+F7BF6O8bU50Aty3ZabkX'
    'zxbR3S8eVcjHbflOlX4pB+kKxTe/+seFfZyaEcO176fzOwbO9ZVud66w86fsB3sTfG5jNIvfKx0nPKaN7TPywg1sDV+TKI4JsZOV'
    'WURowk5RnDfKPo4x/XHeR57XKor9GlAb6HGNrXIrrDFapkqU+nvwo1M47ldEcSwzbC9L9uRKynuiOA/M8bDB4jS0SYEblEeQ87fJ'
    'w85AVZftWtun2eup3n6Oxp4Ice7dieK4GztY3duFPg6Pbtxe9wpaNfcKgvRPdz9ggWJt+MF2SLG/q9b3Lo+7AJXE98YI8H06+tpI'
    'JRxdlKnMKUgbP2d8sem6y2v2rTkh9SLc7reZyGj8fCx0Cb2vipQo9S2BcM0KF87lmPcc4Gi94Rzq/EPI+EnXMjr3ioXtN9cHDVmU'
    'HTQsY0Jbwvp56bHQk44EaDf2t3Pg0Nj3V4DGyhio7whJY8PSVBOdA/clqLIBUfE5lOeo1DoqxK+a/LY5AFy7hNrP0GxGd/YJ83uS'
    '/IxnyxtmKgy7fxOO/9H9ESerDHEyq8FJ0z34euHGLDTd/7zuKdjsQbs0++9YgDmzbd90fKb2zTNp36U+fA6qwD6McbLafOwsB4Q6'
    'Fm6X5VhrFHt/QwR7f0eZ53jcUK/K8UCOv8+CBwjaxpkJV6Z1RYi1PBQh/S3Hvq86Wx1UxjmP+oz1IpE9DhrafevOWKZlbPaWUUM9'
    'isk5alRjSzpSIbocZs3KsldFNE9e9/7Ghff9cdt7fba6E07Xx0XwO0W6u/DTcX695KZNCn7QBOZRy+T5PpkT0fmaNdHLULihrdGb'
    'QUdrs5/45VXpZFRtLyV3XiqtI1L1xwuH5vvI3qPQ/6SmSB4ehc/jekN7tRy8W6GxPRxU7DGU9vT7zKVpXHIbm8gc2GMfNoV9oLYl'
    '8wAno5Kbm/i1ojL7HNPzjAh1LAAvf8j83vcODR70CrM7l1Ml56z02nkLORv1as5wun170CO/jTxH1zb3C1CJ9vzwFfGU2qNzfN0m'
    '/O/NcbzcZWh75qdTkv3aYCEv3KLZF7db2ORsFfaxMrYp7L79ygxoYHJwBWUh/MzG1297BOs3qzjz5sA2fa0o9T0f1LaI8iMNGn7E'
    '79wdpa7Va+2lLeSneYAh3sWrB1s527ml7VdVWOYmY5O9U0MLuE8TbjM4ILz9E4SJf2HKq6vuX5rQk0rtu6o4LyoZa42Gv+gVpXFk'
    'hjxodQ2rvxbKhZWjmdzvHRBqH285socNCX1MDN2Y6tiY6kkdWcLfTiXe8ntHIxqb8m0We2afAhYNZdJZ6/aC22f4XiB9+yz3uAvl'
    '1d+0T38zZejvKrBrjXo+dOMo574rYfqQj85TRQ+96KdqDpGnaTeY56Dyyh4P/p/qtspVv8ke0BZCTu5H+04htM/vTDxkUe9Ksj5N'
    '8Z37FolCnh1kr6/T6OdxD8sK976kKb8p2/g4sfE1LefX7/cIO//i/ByHfbsC5Dxh6vHr6wWi9I72gNDf4ZJl3qawe/Eq49cH6dNz'
    'jQGN8qM35ViPtnYgeQ2fMVWyqZYI+JlGYX4PbyuMP+/BB10CtEgl01HpzqYLf9NJ+s31Zab9ngo+x+uMjmfk+Rq5rUq+a6rj4DLr'
    '0xQ2KVG0M0rmp82HLnVZyB95/+mZJIr6R33OtPujHNuGViA/+RzoVkzv1+YN567c9MPUnpyvx78Rrq/5coy3EucPmed4URrTxPae'
    'ZSXoZdB5ovQ+qjFO1dlwtc/ZcMyH74py/EF4NB3vXy2K7x7uEPr7vCa6RaT1VxEd56BQ+0cc15S9PML+4B5xHuHT/fqDZU4VZneQ'
    '84bjOtpirXn161BDe5Nhi7Xb4yED1flkqJnCvTYRwV6L+o47heunDGPMP7PYeXc4GWcHGaf8e5lCX8thMMx0nSa+GPrYXIwK1/eB'
    'ij6V48xyOLS9Pu2kb0sXz/XadPE4ToLv71ngjuNElmcj5LmB5DkB6j8d0uMgfROka9JuP3JwP2Sj8G+7E8odD32ohrwnQ94bFzjp'
    'TQtKz6mVHJtJ3+S47wD9mCx3hmE5r/7ZwORAg/VpxEZkQ7p4jKelD1y4eNn2zdKcD05Jl8KC9ovSFXpuUN0RC7u/oO4PYzysY7DA'
    'v9emzeweUhHpumRfv97ppPd2uvYdyKt9Hr49AemXIP15pzo2x+udbjzMOrJ/YfnXIf1RZzhfgg0E5usgnT+h3q+TEcLqE2c76SE7'
    '3TsI+O2EMSf9zlnON7rPv/KO8OO18Ss3wx8E42IR/PFzKxe5T1WJB+d2F+OuuNRJb75djxfou1zlx5zadSIe3pt30tdud3BuseLb'
    'JbvdtV4j1D5B0QfYbLKO/+FCJz2u20l/OV661jHPsSwPt6WjY0x7jDGIfz8c70t9Tlq30/XNid8yHwM43VwaL/cLtzvp7pvN6HE6'
    'QhqzDeD2nR7XFxP/lrjK+XYQgTt+E2e6f1NfaIU9vKe4bjpv+A3Lv6dHT7PQz/VsUeyrnONi1Tmwj5zp2j5je3UwN/9+rpNWn186'
    'R2+DMa3rK50j/HbpVj1+YT9rST+rKjCHfC+o8dhDVDKfRsUap3TjNthHBzuLx9yiWQf7AFaHv7O0Pzd/ANLOyvMeL3zXSV+9uzQW'
    '9mfh2zefgLxfcv2zoS3U6Led9PSnnXTvHifd8+VS/D5M02YleJCgPrqaQN7cJor9ntG2VxKZAKeZCWEfH2M+WTeybFKRt57saaun'
    'ef+OrnD/+NxnA869ir9eb4mjKlrCz+d3QvrM4uJ10GLZ1ytgLaHccgDobmGuEsn95kmZP2nTOiUINm1y4PXniYmsmuNESmTpIBnm'
    'xvbJKfhdW1/udB0txT1/Qs/n+eFQF1lzh5eceZIH9FMAVBlxiNKZlYyPqNHIQTA25Fyi46B5mogebhvTHVNb7m0eds+ZkDRzoyVu'
    '6/jDRIg9fCPLr9uvKI1u0+xzzT79TIXYb3R7ZAekFwakFZzv2/Owkz72DfdcgN9ufRL4vgfd8wvycJJnk+nHH3DSDd8v5Wc/+S3I'
    '883o+LsNhM8TEcK8gfR7BayjWe2Te2h7cT0mfEgN6C6rYQ1VA+1scsQMyn6nQ+BKV4TyqeRMjHtwvXOsFUEJsUEWGz7wNgW/lhCu'
    'D5WYX2N7rZhIzRR+rYHoWZCWHcXymdaFvobPJO+orFvc49rg6Oj9MnKGl/ll+oAm70JSz5ynis/3reTbz4Du73myVI6UABnCIw+X'
    '7hcPfs9Jn/5G8X5hs79vsIRfG5FJoewzA/Rf7BHijueL1+51ZJ+pmM4gOQNpchNfiYHYZOdpL31ls3+azn9LSF6r8x6Xr8qB/RLy'
    'U19+xknrYQ189wknzyBZn+2PgF72SXV9PSTvwXvcelR5LyB5r4L6jnlanfcMkrftUSe9/1F13pNJ3mu+4KSLod/pJ4vHdhyx678G'
    '5IevAz/51H0ge4R2HnzGjcmGMLsfZY2PFtd7KOlDGujU2q+o+zuX1Ce+qM7TQOqjNEo1pqA8bpso9q/UQGSm8NKTh7HlQVYrZAht'
    'wJNSHhdhcyTAagWcI6uZPKsJjsR4dqF1VJH8yF/zM65JuZWsz7ZxgHxhnHwjXEJoGMd8ucEe4ANvzycZLV8etS6qDWxQ6Pz3wvyn'
    '4/lPkbNVsHOZ38Es4nObaj/Pg9701sFS/vi9m4u/Uf74xPHib5Q//hPoJNMK/SB+e/t7w8tTwuDiDDNhSTE7lCYRPUHytXGxmTuu'
    '56LyyTaiX49pkAENSupOEBFsQvEeFe9RU7RH4XnlsA+DbRXYEs29zkk/cgvEyCB593yoOO/PrgX5FOTtJXsR1ivrQ78lWVaPLC+/'
    'vYN84+1vpnIj1t5p5Nuh/U76xwudbycpvjVc5PrWwG+fARu4tf3u/Rv89jL7tpzaDZ1ZPL4lim84voWK9g7tL933X2bf6L7/9A6w'
    '1TundN//CXz7n/fH+37k+/7uMu77u+N9P973y7fvZ0Ls+/uLnGeqYjzvjzBKiOhk3VHKuS81kHO/w0LO/TYLOfcmCzn3Ggs59xEW'
    'cu5DLOTRsw3k0XUGMvCgPELUtiym9hBtpFyO2GPMIXWirpTKsRfAv1PkeznbjCLufFaEs1Hh/VuuGE8Hy4/5uO2Mqi26ptHmyMTH'
    'BvdxtRjuTJj637CNVe+X5xURbi0grGz0Ki0a28w0wUHOuy1kdzdQr6HDn+r9CH8WGOJPmNimiG80XpctvlF/B9zfxNgMxaOq/QiP'
    'Gi3oEPrIoL6maOxJ+ffLAWjO6AzFg/1pP5ojzGPF+sW24b6gd4rSuI0mvoH29/lPhph/G512coZLlAqA+fQbR/wme7umNl+BkW4u'
    'opILeNosGIm8kyJ+6PMwndJNUcqFYhsTg/Uowth++ytowspKBNyj6HiwVO7/q8fdPGH2HdV9cJQp7FHY4Y4S2zs/fwExfobGzxA2'
    'UMlI8TOQnmDmbuopU9sNu2eTlV1IlHK4eC8PPXdWe7kXTy7YWegisH8euNvuPPFXcNdCyu9RF411nvJNJ236Qrg66d4wAPvV4180'
    '80MY86L7L/7a8qK6O6tNneHvrBbunO4orvdKsId8gflsMvHFtFzofTFRWw/um4jaenDfRNTW431Q597xUluPz4EPmHNvLV1fqy5w'
    '0saLwvNeuvlohvm4OCCPYOprpRz3n6snXJ1EFPw39wFE54L7DgrKf7ey8SB+FvR14OvpbzcHu9MQ+6NT+KPbHYJn223PkyWnMZ7j'
    'XdA/g9/Dw8i7ueeX0jSZT6anjpTSNJmffqM07ZReJ73i0tJ1dHC++Fvse3H/xfUwND22SZuZtsYZwvNg7DXd/rqBfLuH0Yxjybfn'
    'wBfhWeBv8Cjy7d8vB76y240vwG2In/iYexcUbWUkfyfTMzpdv4U5Qod5uwW+r7N4bPQuKPJ4mMfPn2BM50LRucUh6Jxv2ajscKkf'
    'zpjmHRh2uGH4P+4jq0NBX2tEcVwTGvsF46xw38FbRLHv4CGSB318DbJ6tpA8edYWxvW8WOj9FGM95wF8/PT0vazcW5idh0kMMFlu'
    'rXD9l3Wxca8i/eUxctDHWYcojZNMbX9UcU5NYoWi73Y/uxIer6ZL6P3RHkH4MHpv31S2d5QlftaLYrvirPC2feZnWI7fy8TU277r'
    '1lybcONZzxaurx5ud01tXBJlhL+KBgxr8PxMxZpT4RqPhb6JrLltQh2rntcjy60WbpzzYVEaz9zURmeU2WXxuFU7LW14RpkN36Bw'
    'feMWbL89bHjKhatB7asQN03zZ4G/VvmHHGRwHtDYxfUIdWx6HqOxW6jj5eL3cQNcHFLMOe1LrwEe/iDt+JxR0e5hTR9NYivTmPem'
    '8b+5DZmJPWHQfnQTGzcJh79OO2uZ9rHX0mbSdr66CG7QvlViHvj4z58c/wmsX9yOtyfgGhhU8A0m9umcf7CBL18H1P5wARmrDawp'
    'bHjs2O0aPDe1+48Kd/hY96XcOJ8qn7eqOExeeLRFA5/trF8/hfR3wsye3GsM93qMYbCMYzCZl1cMce66lMO7UNzOW6wHHlvQlp9W'
    '4fAoS8cUNEP2/ayUwzdPFQ79RBT7YdbBeGnK0T1SOPH9ZlBTV1T79ij5LvskT+nHC30czjAxV3X0boumb4MMrn58qum9kaeSLm7v'
    'FOaxYvunwb73iaRzFkP8M+k7rW+7Zv5t1raOlu9QzLPs80DSuRumoiU8nm23CBZ7WDVWXX9OSzp3NE34Ztv9Nu+z5peRtvvLzJPz'
    'tV2bdM4403nf2Zdw45By2JvwJn3CLC4gnzsTvHko4cTtKicfxuHxdwk9LvYq5iHq+bg24cS6CjPmrYZrozsxtbT15ISjG9fxDdgP'
    'v/YGFPPk1e5i0m7e8gynOv9xXkEFO9luVcLRlwVpNyqYvwRyznLQ2m8L9z4qln3ZkpZgGb9Y7LK9+4QLz6mSC3yEjNm2D6o9ddCn'
    'PcmDzw+AQ7a8srQlPMSS74mCv5BtrxdubPoo6D7GGJ8fACdHLXGSxr71kpNQGSnGHad+SZ4i9kpziP5kmUKGOpWyfvSLUi/Cx7Us'
    '+KcG/x1/9YRdOXqnJiw8gt7bRhvcNMyvYHJvWXY26Pi4rruW1JMWxbEKdOXR1wb1pyPLniVcHx1UlyTzv1uo/elcLKbOhwnCjd9H'
    '91ub25kcIpVw9GKm5XS04tdE3zHMzg5DGl7/RbJGTXiWHo1sZUSxp86z2K8GLPJiG/cTmrXFZ5x3Eb1JtwVvhvrtvxFu3Lygc0TP'
    'CO+NqD6M7zUiXN5wLYnn7hcDfhXk3cRisR9LYsDTWPdryXvU6SMfcYpPeyax5L3KU52+yg57lYd92RFCH+vkMGILNgo+ml4FP0wP'
    'f8P1IaKzhZ3lYQtbr7C1zSpsbbneMSralg1J2zA/9Q2mov2m9dL5vQrS5wPu3359igqGVSH5DFW+2oB8xhfBpnAfpK9A+lRnMP4n'
    'qn79/szwcK6JgJ8zGY+fPzyvc/12BT3H/Ybb7XvJmaOwH6ibRvDaFgBe/BzCbS2w3FTGhqQwSHnQmlbCOyeILRCWT/mUj8J/XLLM'
    'Y/SKyTxV+5RKD8T1fSZyzjw5z5azb+MWcoU+g77NjaBvVKZCzzLzDeweTHn2MY3c4XBoU2UDwOUPfZo65gIvTfs6YHGW4fWpbMDQ'
    'jvssUXxfG++TzvKBVY9G/sNtXelYuLzeRtelshVNsbF0kLGo+jhEaLvJ+vHb76Lwv0tlc12KeTTds7hPfKp/GFPgm4TlIoU9gE5/'
    'rJLvD7J6t2nspQeJ7NTL7tfWv1hUcg8u3zWFeVTyu6Dtx/HKVTFUnadc8crbYH3SublExL7hqK+f3ZeJMI/nbRYuM5V86jPsroCI'
    '11C8huI1ZLyGmkVxnOVfJ9w9C3nCZlg/WZCD2+zVyy3yo0z0YMvzuspe3bS8bPOgAONaajkuyu9kYtoT056Y9ij376p4/47XULyG'
    'rPbvLOzfQXwrcVlvM9FrLmcylvVMXlQjvH1uh5GLTCedBb+j6KdriMomqCEC+AWxAQwCS5Vdlpe9RjnnSiUfSoeApR/MbOV0bWS+'
    'Zf4k48V1+NAYYgxDChsXnDNJA5Yo+hnUNnco5L0KeiaxvS81qLETH9GMg9cZFs+Cxq3xG2e/Zjx5jb5jjuIeT9B7RNRHmuqOQJNw'
    '79fvMJxzlQxYpxeqLwNMbW2VtgWUx/P7hCOau0Amegkqc7c5HwfxN7CO6G6C3IXkuht5Xl4c8T2coPNr4tO3pkzreFixhvzKDHnc'
    'hSmHLnXUR5faZLHWKc4hXtX5rAW0UzxKuPf+otTb8jsUXv2wWZM627d2BS1W0e4k0+FtYf2md+JyUG6hYgwmeybt1xBpz6+/Kj0s'
    'HUOanEdM926O33jPgse2sr0D1aPQXapkcXztNIdYOztJWypfvIczHG8me2g7q2NIM/+9PriGuIRlTG25tzE4YQxO2pcdhrjgRUfS'
    'DM/7hf5+rM7HlJeuetADTlHevSjY7bbbnbVnKfgEtNW18ZmUIHChcU50fvpU/sKXP1Mcc7Wd2A6vBb/6eyH27J1PuHwg+t6fA/dE'
    'fvtVO5gtgHK/26PGoSjvNNy3JJjfrNnwqxWlcYUxPpkurnCU+FV1jpN+/kwXX6jt2ivXAw6co7enqPW4F6TCi2vfCT5Izy2NxVvX'
    '534r+HA+P5wP96jjf9quJb5+WoFu8TXaALS0lqyv/eVJULEiDSyRLnebNk9T4I+6lpsD2KPS9XAQNPzUl530dIx5/bgdfr3wJSft'
    'h9jZL8I9udGHnLXzF4Bf8t3NQBvXP+ldZgMp8yWIofXp+4vLfPxe9x6fLNMJ+w+Nf/JJoPMXfB/6CjG2P72nODb4U9D+6fc4dR1M'
    '4PMYxPB++Ilg66/tS9799tsfwtBXAfD+yJPuXmhT/qJnXbhFJXOke6TcWwuwuM8sLiLfK2XZWTA/4p6pu1eho/Np4Cdof2VcACor'
    'rRfF92PQP6d0CDnxKYhh0lnMZ7USeND9MtHp+rMOWn8L47lrJvTjm0XsabsU5zh+DjW1o+4XZr5jdedcU156RGO/3Ku5w6G6dx3G'
    'fxG/Iz/gY0c9oOhXE5GHhrULDqoXUclmd2hgvVODLyo/BTnh+rcxtas2kTmNaux/B4TeD5mqb35yNtRxqeZmmNkOB10fNuezBRo5'
    'Lt5xvJOc1zPQxjOLS/nkDlHsj3GZBh42vAnmSwvvu4I6+bkcx/EifKx6OjfcP9MuUb5Y0dw3nOoe9eTRRZwfAe0x8X1pcu/aVE5e'
    'brj1C3Mf3b0+axnxC3EsAW1iX6ST1kK1id1Ki4Ys9L1JuP7lRlk6LNT+iq9kMEB/05giPcT4FTs16UrhxgWqhXeb2JpCO4uccH1l'
    '0/tiuLZxj9pO5PE5Dd1Iavi2FphDUxmdqc/VIDqrJs2dDj8fNPzOTxR6I6/7Sx0a+dZSthfwvb5PwUuUW5+2Atqg+zvX6Y4Kc5/i'
    'w6LYN/ocwmfq9m7OM40o5tfkvNVEcMTLHsfGN6YpDzvA7Fn6NLyS7R0uuf7OCji/KhjrfEuN+NhU4RqcpbFr2K6ZWx3NXitcnxY6'
    'H4qDmnkw8SPI25NtzRfefqeC8Ju2fKXMs3kazedBIfmNPqH2TTbG6MBahZ5dNb4xDR+jytsj7H2C58m+2SLM9agcN68ynG/5b12s'
    'hp0+uOvlqxDfe+lVBNNndTMcGmI6YnpOeA7kEb+A9N5O7/FWC9c/ldyn8NudhDbfKcLF39DF4Nkk/GPwHCfKE2fmUBHOrxT6TqJx'
    'NPp81vguYTYXGTYX317izsW3l9jx9b8DuWsTpA+CbPeyB91258O+XMt+0p+K9KUi/ahIHypDk7+6yU3toTMn19fkv2/+gBA/+YCd'
    'RN7LR0uB94VUtiNT2ZZMB+G9bFOmsl3sfxv0v4b9vjxZ5uuTv9cnf7dN/nonf2dP/t49+Tt/8ndpp3m/vwztfx3S1yG9DdJeSM+G'
    '9N2Qng+pbAv7W0vmuY7oAOsmx3rtLcXt1sH45XtKM6o0NAPpwD9c6KTHQdzkX46X6uB1vJ8OP1sAzlXst26yjz+/fhIW7xLi3MlN'
    '8spLhPjVud7wXAfj+jnoG2XZQnznzbBmL3FSWY8fnkocaR1waJ+ke5LmvQx4ezek93ba4SninaxXR1dl+jLD47vZ3/eSeV8A/a9j'
    'vzmXTsJ/zMGlL8Na+9fJ3z8DntriKx2HrLvAW48V4+uX2br7V0j/meGtCR6nCT7K3wuTbf62p7gfL0A/5Hu+x9F2f67oD4+N+0P4'
    '9ojP3kb7lyb9O/SKyXnKF/dPvivMX15tZ/Offwmy+VtK+5MFmvQ/7/fuTyPMf5r9TpvcsN40uXlsmlyrNX3qeZR5ZPom0JdvgnUt'
    '86vGi3bg8jdwtxCPf7G4PvlOpvK9zX4i9Xoq+Kx9pFjHRmUVnfeYzxPttywndei039w2JYj+i84H6pLmk/mQfkelz9HqyT2y82n1'
    'fFDfpAUd04PQv6fNeDuE214of/c3S/GKzpEJ/OoY/MQXHX1ikdL7i66e0QZ+/6+3q1dpIAjCJ/5ERSSdKCI2FoKNkML05xtYpLDw'
    'ESxSRrBIwCKFPoSgcILRiLkEIRHkErAJYiC1jaVlUsUbM8PN7e7duetPFbhcdnZnv9mZ2fmyO4X62+v9zl3dtNe2MtKv/VG7Kfbe'
    'DNu3TuP+iPVNnEE9E2qZVkyNU9w3tD3zu39pfktYI96oyXeDU/14uyXj4gLr2RdOPC7oHkLiHtM5W4e345q6iO00fsfPeiQ8fxcn'
    'd90AJ/D5jHYBnCaddo4fMM5ykucv07Cs95vwODJ4RiU8N8G548l6nBb02PTXkr6vrwNX1mMT6+x91Ce8Y8Ihsjry+FPC+Ae+rJ1G'
    'WP4A5cNzHblv1bD8gvszjBP/48yTcVxqBxiJw/Gc4C+/fH8z8EdiLEHfuY9hOZd1+T5q4qkc3avfVdUoJqzgv4jUp6xvp7nWmGez'
    'X1P7jCz6yFwrzMmB93XmqIi2kUMe0cmrmlsDHB8RwykBw5APQi7I/Sz1l+eKJj639jL+7HbMz/0Wc+NJITc+94L+nmtybYiHlXb+'
    'Vg7HedJaBnEKxCh8HlYNeLEqW+Q+XPQ3e3W0d4Wdko0kxXELrHbHMUZjKijWSZGXVDBcJ4nP9uBG2wDX+SLLB2zgrFXC/bKRxwbP'
    'eTw3nxDPEQ/OcszjuSg9QoxY9tcOuyLr8Qr7W8a1xa7o6ZH0v9PT+90uyi0yvluSvwKe+KkX7j/njuvIL6NO173wfCxZZni6RDuY'
    'aMtrNMzZFuM86sY09lOATWhrmfXTtK3+jYx3k1wh79v4UIih8mj3Q80YSuU3TPzcB7ZzjXuXm9Vo247ax54dqXmA3GbF89C5zYrn'
    'qMfdgbyG+R7w9ziXz5TTGOWLosbE8ys6hx3OUP+P/n4CbEtUBw=='
)
