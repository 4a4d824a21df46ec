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
 ('(abonnieren|bestellen) sie (jetzt )?(kostenlos )?(den|die|unseren|unsere) .{0,40}newsletter', 2, 34, 33481, 250, 4, {}, (None, None, None, None, None)),
 ('(assine|cadastre-se).{0,60}newsletter', 2, 34, 33731, 108, 1, {}, (None, None)),
 ('(jetzt|gratis) (lesen|testen|abonnieren)', 2, 34, 33839, 124, 2, {}, (None, None, None)),
 ('(powered|designed)\\s+by\\s+tistory', 2, 34, 33963, 106, 1, {}, (None, None)),
 ('(sign up|subscribe).{0,60}newsletter', 2, 34, 34069, 99, 1, {}, (None, None)),
 ('(©|ⓒ)\\s*\\d{4}', 2, 34, 34168, 37, 1, {}, (None, None)),
 ('(наш|наш канал).{0,20}(telegram|телеграм)', 2, 34, 34205, 93, 2, {}, (None, None, None)),
 ('(にほん|日本)ブログ村', 2, 34, 34298, 41, 1, {}, (None, None)),
 ('(打开|打開|下载|下載).{0,6}(app|客户端|客戶端).{0,6}(阅读|閱讀|查看)?', 2, 34, 34339, 122, 3, {}, (None, None, None, None)),
 ('(扫描|扫码|掃描).{0,10}(二维码|关注|下载)', 2, 34, 34461, 73, 2, {}, (None, None, None)),
 ('(有料|会員)(会員)?(限定|登録)', 2, 34, 34534, 64, 3, {}, (None, None, None, None)),
 ('(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ]', 2, 34, 34598, 180, 1, {}, (None, None)),
 ('(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,}', 2, 34, 34778, 156, 1, {}, (None, None)),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 34934, 227, 0, {}, (None,)),
 (',\\s*(photo|image)\\s*:\\s*[^.!?]{1,60}$', 2, 34, 35161, 101, 1, {}, (None, None)),
 (',\\s*photo\\s*:\\s*[^.!?]{1,60}$', 2, 34, 35262, 74, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 35336, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 35434, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 35613, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 35694, 21, 0, {}, (None,)),
 ('AI\\s*학습.{0,10}(금지|이용)', 2, 34, 35715, 55, 1, {}, (None, None)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 35770, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 36008, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 36262, 190, 0, {}, (None,)),
 ('[ \\t]{3,}', 0, 32, 36452, 18, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 36470, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 36708, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 36736, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 36916, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 37108, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 37314, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 37346, 30, 0, {}, (None,)),
 ('[.!?](?=[\\s\\"\')\\]]|$)', 0, 32, 37376, 56, 0, {}, (None,)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 37432, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 37551, 131, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 37682, 139, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 37821, 151, 1, {}, (None, None)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 37972, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 38288, 221, 0, {}, (None,)),
 ('[.!?。！？…।॥։።။។](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 38509, 533, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 39042, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 39366, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 39572, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 39600, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 39620, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 39652, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 39814, 16, 0, {}, (None,)),
 ('[\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]{2}', 0, 32, 39830, 112, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 39942, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u052f\\u0600-\\u06ff\\u0750-\\u077f\\u08a0-\\u08ff\\ufb50-\\ufdff\\ufe70-\\ufeff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u1f00-\\u1fff\\u0900-\\u097f\\u0980-\\u09ff\\u0a00-\\u0a7f\\u0a80-\\u0aff\\u0b00-\\u0b7f\\u0b80-\\u0bff\\u0c00-\\u0c7f\\u0c80-\\u0cff\\u0d00-\\u0d7f\\u0d80-\\u0dff\\u0e80-\\u0eff\\u1000-\\u109f\\u10a0-\\u10ff\\u1200-\\u137f\\u1780-\\u17ff\\u0530-\\u058f]', 0, 32, 40148, 334, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 40482, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 40678, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 40732, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 40756, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 40780, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 40823, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 41085, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 41379, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 41397, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 41414, 29, 0, {}, (None,)),
 ('[{};=<>"\\\\]', 0, 32, 41443, 28, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 41471, 124, 0, {}, (None,)),
 ('[\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000]', 0, 32, 41595, 206, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 41801, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 41931, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 42138, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 42408, 230, 0, {}, (None,)),
 ('[、・]', 0, 32, 42638, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 42656, 104, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 42760, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 43179, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 43195, 44, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 43239, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 43328, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 43447, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 43522, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 43603, 16, 0, {}, (None,)),
 ('\\[([^\\]\\n]*)\\]\\((?:https?://|//|/|#|\\.\\.?/|mailto:)[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*(?:\\s+\\"[^\\"]*\\")?\\)', 0, 32, 43619, 186, 1, {}, (None, None)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 43805, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 43841, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 43954, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 43998, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<\\"/^:])', 0, 32, 44022, 28, 1, {}, (None, None)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])', 0, 32, 44050, 28, 1, {}, (None, None)),
 ('\\\\[\\\\*_\\[\\]]', 0, 32, 44078, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 44102, 44, 0, {}, (None,)),
 ('\\b(afficher|charger) (ce|le) contenu (externe|tiers)', 2, 34, 44146, 141, 3, {}, (None, None, None, None)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 44287, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 44770, 277, 1, {}, (None, None)),
 ('\\b(straight|directly|direct) (to|into) your inbox', 2, 34, 45047, 145, 2, {}, (None, None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 45192, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 45293, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 45318, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 46167, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 46275, 33, 0, {}, (None,)),
 ('\\bi (agree|consent) to the (processing|storage|use) of my\\b', 2, 34, 46308, 168, 2, {}, (None, None, None)),
 ('\\bum (den|diesen) inhalt (von .{1,60} )?zu laden\\b', 2, 34, 46476, 116, 2, {}, (None, None, None)),
 ('\\d', 0, 32, 46592, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 46606, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 46634, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 46781, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 46996, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 47128, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 47247, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 47308, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 47420, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 47547, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 47668, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 47942, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 48076, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 48213, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 48270, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 48389, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 48417, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 48433, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|päivitetty\\ viimeksi|pembaruan\\ terakhir|ultima\\ actualizare|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|senest\\ opdateret|utolsó\\ frissítés|aktualisiert\\ am|data\\ publicării|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|sist\\ oppdatert|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|ปรับปรุงล่าสุด|aktualizováno|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|publikováno|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|actualizat|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publicerad|publicerat|publiceret|publikálva|publiziert|publié\\ le|päivitetty|uppdaterad|uppdaterat|zveřejněno|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|frissítve|julkaistu|közzétéve|megjelent|módosítva|opdateret|oppdatert|publicada|publicado|publisert|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|publicat|released|upraveno|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|udgivet|updated|создано|เผยแพร่|creado|edited|issued|posted|publ\\.|publié|tayang|update|uppd\\.|vydáno|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 48697, 5034, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 53731, 55, 0, {}, (None,)),
 ('\\s+(?:maaliskuuta|marraskuuta|heinäkuuta|helmikuuta|huhtikuuta|joulukuuta|septembrie|septiembre|szeptember|tammikuuta|toukokuuta|augusztus|decembrie|diciembre|februarie|fevereiro|kesäkuuta|listopadu|lokakuuta|maaliskuu|marraskuu|noiembrie|noviembre|octombrie|september|septembre|setiembre|settembre|syyskuuta|december|decembre|desember|dezember|dezembro|dicembre|décembre|elokuuta|febbraio|februari|february|heinäkuu|helmikuu|huhtikuu|ianuarie|joulukuu|listopad|november|novembre|novembro|prosince|prosinec|setembro|tammikuu|toukokuu|července|červenec|сентябрь|сентября|agustus|aprilie|augusti|febrero|februar|február|fevrier|février|gennaio|janeiro|januari|january|janvier|juillet|kesäkuu|lokakuu|március|october|octobre|octubre|oktober|október|ottobre|outubro|syyskuu|április|августа|декабрь|декабря|октябрь|октября|февраль|февраля|กรกฎาคม|พฤษภาคม|agosto|aprile|august|březen|března|elokuu|giugno|januar|január|jänner|július|június|květen|května|luglio|maggio|martie|červen|června|август|апрель|апреля|ноябрь|ноября|январь|января|มกราคม|เมษายน|abril|april|avril|duben|dubna|enero|iulie|iunie|julho|julio|junho|junio|leden|ledna|maerz|march|maret|marts|marzo|março|május|srpen|srpna|szept|února|říjen|října|марта|aout|août|febr|févr|janv|juil|juin|juli|july|june|juni|maio|mars|mayo|márc|märz|sept|září|únor|июль|июля|июнь|июня|март|сент|abr|ago|agt|agu|apr|aug|avr|dec|des|dez|dic|déc|ene|feb|fev|gen|giu|ian|iul|iun|jan|jul|jun|júl|jún|lug|mag|mai|maj|mar|may|mei|máj|mär|nov|oct|okt|ott|out|sep|set|ápr|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв)\\.?\\s+\\d', 2, 34, 53786, 4145, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 57931, 289, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 58220, 220, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 58440, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 58473, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 58514, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 58535, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 58593, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 58619, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 58635, 16, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 58651, 179, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 58830, 104, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 58934, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 59129, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 59509, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 59564, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 59678, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 59975, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 60153, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 60210, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 60267, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 60324, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 60381, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 60442, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 60499, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 60539, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 60722, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*:', 2, 34, 60882, 206, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 61088, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 61170, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 61310, 30, 0, {}, (None,)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 61340, 97, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 61437, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 61538, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 61564, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 61588, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 62098, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 62122, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 62146, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 62167, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 62575, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 62716, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 62838, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 62859, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 63050, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 63103, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 63122, 171, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 63293, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 63331, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 63410, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 63566, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 63722, 845, 0, {}, (None,)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+es (periodista|redactor(a)?|corresponsal|columnista)\\b", 2, 34, 64567, 428, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is (a|an|the) [^.]{0,80}\\band (the )?(co-?)?author of\\b", 2, 34, 64995, 390, 4, {}, (None, None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is an? (senior |staff |contributing |freelance |former |national |political |award-winning |associate |general assignment )*(writer|reporter|editor|journalist|correspondent|contributor|columnist|blogger)\\b", 2, 34, 65385, 841, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){1,3}\\s+(leitet das ressort|beschäftigt sich mit den themen|ist (freie[rn]? )?(redakteur|journalist|autor|korrespondent|volontär)(\\*?in)?\\b)", 2, 34, 66226, 638, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 66864, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 67708, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 67854, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 68045, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 68091, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 68337, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 68415, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 68627, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 68859, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 68970, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 69217, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 69341, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 69963, 369, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 70332, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 70481, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 71069, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 71275, 199, 1, {}, (None, None)),
 ('^\\s*(les (også|mer))\\s*:\\s*\\S', 2, 34, 71474, 93, 2, {}, (None, None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 71567, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 71914, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 72222, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 72351, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 72598, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 72966, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 73081, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(tento web|tato stránka|používáme|web) (používá )?(soubory )?cookies', 2, 34, 73370, 188, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 73558, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 73903, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 74414, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 74872, 162, 2, {}, (None, None, None)),
 ('^\\s*(vi|denne hjemmeside|hjemmesiden|sitet) (bruger|anvender) cookies', 2, 34, 75034, 207, 2, {}, (None, None, None)),
 ('^\\s*(vi|dette nettstedet|nettstedet) (bruker|benytter) (informasjonskapsler|cookies)', 2, 34, 75241, 240, 3, {}, (None, None, None, None)),
 ('^\\s*(weitere|mehr) (\\w+ )?(beiträge|artikel|kolumnen|themen|informationen|news|nachrichten)\\b[^.!?]{0,40}:?\\s*$', 2, 34, 75481, 290, 3, {}, (None, None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 75771, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 76158, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 76722, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 76989, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 77464, 71, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 77535, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 77881, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 77956, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 78102, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 78237, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 78350, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(읽는\\s*시간|읽기\\s*시간)\\s*[:：]?\\s*(약)?\\s*\\d+\\s*분', 2, 34, 78424, 139, 2, {}, (None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 78563, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 78640, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 78767, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 79137, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 79179, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 79272, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 79318, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 80188, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 80613, 510, 1, {}, (None, None)),
 ("^\\s*[\\w'’.&!-]+( [\\w'’.&!-]+){0,3} newsletter\\s*$", 2, 34, 81123, 268, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 81391, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 81464, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 81674, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 81757, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 81901, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 82047, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 82177, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 82305, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 82421, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 82924, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 83096, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 83351, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 83537, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 83724, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 84177, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 84398, 171, 1, {}, (None, None)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 84569, 1360, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 85929, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 85997, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 86075, 311, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 86386, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 86467, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 86557, 130, 1, {}, (None, None)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 86687, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 86763, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 86838, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 86895, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 86942, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 86981, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 87020, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 87194, 97, 1, {}, (None, None)),
 ('^\\s*back to (the )?(top|home|homepage|start|blog|gallery|list|overview|index|search|main menu|reading|all \\w+|\\w+ home)\\b[\\w -]{0,30}$', 2, 34, 87291, 335, 2, {}, (None, None, None)),
 ('^\\s*by\\s+', 2, 34, 87626, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 87658, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 88623, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 88703, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 88786, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 88835, 105, 1, {}, (None, None)),
 ('^\\s*partage[zr]? (cet|cette) (article|publication)\\b', 2, 34, 88940, 135, 2, {}, (None, None, None)),
 ('^\\s*recevez .{0,60}(dans votre boîte (mail|e-mail|de réception)|par e-?mail)', 2, 34, 89075, 195, 2, {}, (None, None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 89270, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 89355, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 89512, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 89560, 207, 3, {}, (None, None, None, None)),
 ('^\\s*volver (a la |al |a )(portada|inicio|arriba|listado|blog|índice|búsqueda)\\b[\\w -]{0,30}$', 2, 34, 89767, 236, 2, {}, (None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 90003, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 90127, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 90231, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 90279, 77, 2, {}, (None, None, None)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 90356, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 90623, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 90661, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 90690, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 90734, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 90790, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 90849, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 90887, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 90990, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 91079, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 91231, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 91312, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 91483, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 91536, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 91652, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 91776, 60, 1, {}, (None, None)),
 ('suscr[ií]b(e|i)(te|rse)( aquí)? a (nuestro|nuestra) (boletín|newsletter)', 2, 34, 91836, 351, 5, {}, (None, None, None, None, None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 92187, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 92286, 30, 0, {}, (None,)),
 ('コメントは(承認制|管理者の承認後|管理人の承認後)', 2, 34, 92316, 77, 1, {}, (None, None)),
 ('コメントは個人の見解', 2, 34, 92393, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 92441, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 92485, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 92531, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 92563, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 92611, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 92663, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 92703, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 92739, 24, 0, {}, (None,)),
 ('구독\\s*하(세요|기)', 2, 34, 92763, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 92809, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 92839, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 92889, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 92963, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 93023, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 93075, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 93105, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 93139, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 93201, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 93236, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 93282, 48, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 93330, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 93356, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 93382, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 93435, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 93475, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 93517, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 93567, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 93668, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 93722, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 93775, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrsvQl8HcWRMN7v0tP9JPmQbIwRxhgZbCMbDMbYxhASyAYwZy5OHc8StiwJIdnYQDAEcpFsyEE22c1ukiX5dsM62RzLH0I2u8AS'
    'ILu5IAls/l8O/IV8CdnNZhNyk40+zZsqpl696pnumXmSLM/wE+03013dXV1dXV1VXd2slKqf+ktN/dVM/U1OPemp1Pk7eurvcuU9'
    'LfCuBd53TP01wjenXNNUmp/6WwB5roS0HvKk2PsuyN8BvwchHWfpKOSpYXCuJ//eCOmJJC1M/a2DOqRvJ0z95di7FeTdMfDO6XMz'
    'vFujacsa8m+ENW/qrxXe7YK0B9JrIR1ifR0h/SnAOCios4nhuhZwvRBwuRLeNZK2tUM/sBziPSy8FngftnwbtKmDvHP+XQf/RlhZ'
    'Td3LGP6d/PPhPc3TRtqagvHLElhOOYcuOoE+cgRmAWi2FvrI2yKNS4rhYSGM9T749/ed76R+B8YSqKcJ6nbau4rMDawL+yK1pYnQ'
    '92qoa95Up+Z3Vra1BvrJ8ZEl+HgD/MY+NcHYLIB6C5DWQ51Xkz41AT3XQz0q5f+k2e9Mak49JfSmt6r9KsKz1edbNqDs1LgH1u2M'
    '5w7gvc749cP4ZZPxc0ha3a4iPct8v344GADnNXWM50p8shX+7cznJTm33LVsntqMc9C4H+JPpoSYW0vsrDbUKLuk4vPdAITF+OaB'
    'f3fAGKYJz87BGqAOKHXPM+XrTWfKXV9QbkuRcnksd8FU3R9yeXuuu1yOWKxpa0qzNqVC1tUG7f3l1N8voEwDqc95/uguVy89k5O3'
    '3KLIPOlja/JVgKtMCL6WmoN8bf81kfha2u9jLdAnpZ2bSUFTeS8Z90N73NvY+uXQwb3ACzMW/C7yepWZe+NYYpplz/54BlF6Oitf'
    'JWtVslYla1WyVs3VtarNksc1AUvufNhNb3/cTf/7i6Dn+4Sbfv0xt55/I2Vu+qqb/uF+N33iM2760Ufc9IGn3DL/BDTmvPvxzW76'
    '2Pvc9Juvc9ODl7p5P0vyPv02Nz3wNjnv35K8Rx7w2umk3Z9007sed/P+Jcl706fddDn0Oft4eR/fTfJyvHC4byZ5O6Df9z0i572J'
    '5P0O5PnD5+W815G8N0DdJz8p591O8mafcNMNGriXk7wPfMNNn/ySjIcLgY6cd3vH3HTLrvIxOIfkcQZPqnMLyXMf9OHZR8rrWk/y'
    'fO4pN238RnmeVURnuPa1btp8hfvtWPLtY71uesld7rel5FsH0FJuv/utnXz71J3l31rIN96nOvKN443KjdeH2Cd3EDFJ5NEp/z2/'
    'bV3NjJ/jOJwAMsRqsBNw3tMCer4OaB+FUUPyo46XrlWtJD+1T9jAaYsTp+lSVzr9cGpbX6K7CtBdBeDcf5VMR94soMy+e4rIngH6'
    'qJ10x64HQNTA2F1BZRxbNVtAR+J+1Aw/nWR+hHkonxhS3r6b2ptS3W76YrcnlyZjNvNjhja/ukl3bn1oarP8l7mE/81G3b3NPkEn'
    'P9X5yE+29h+cw3TNvMJibznHnzSoy5aHnuT7A02viT0n0ZElOrJER5bYcxJ7TmLPSdaqhGcla1Uy7jNsz3Fo4Ych5fPEvpPYdxL7'
    'TnXsO22JjeewtvEkOs3ZZ9Oh87PVcp4EnTNpZ/pJ6q+OvGL5Yx6fdtrySuHbo0+7384i3869xE3Pv9j9drrw7e1Xu99OJt/qL/Dy'
    'FGDu4LcG9m0FfOuCfjjpLsDZUeTbKPuGcxbL4VzGPPi7QOYcwvHLG3ac2qAMl4vTbE9Vz8YqYyk74Xk6PNO2mbw7a7v7bgN59+ui'
    '++4k8s6RAwrQ52bAwyCpU/m0uQATaSnBW1Z5Z9CwL+mAvufIb2pDWyPkTUU4u5G1aFMrtIue80O8FyzqdfpRA3OmNUTZ278gr+mv'
    'DrnONrD1oUaVn/N8aq893FaAY4PbfEy4ddobFre1X6nELeL3HBUOD7WE30p87EQfPtZlwceOtOBjbdB+59sEmeNOOqbK5Un8VgNj'
    'xvlgHcHRbalwNMjP+HYR/NVDO/4WUt7ucUj7oG0NJM8A6T/mDcMr7O166TmvY3jp4GyoJ9CsZ0U/JuupQ5/zA+huI4MZxLdQ9/F5'
    '8J1CezDqQY+roJv0Yf0oHx2fIDTvD0NZKTLXKc+6mPCzfezbqwjfQV5RhPHD9fB6SG8BHodwUPatE8rTPOuIPLUpWw77zKybvnGJ'
    'B3tj1i23nLRtD2sTxjZYS9rUy/o2H+jUtPw4WW90PL9BM39WhtwDczirYtoH0fgDOQK7ADoCfLeCjGOO+Gs5706B/iIu6Bo+DGm/'
    '8uJc8LwTmryd0Deat8jWKdQF0Tx7VbkuiJenazf9tiEbbu3z22NmoZ7lbE+5FtLTVKXeah3qr1Sl3gq/rWc0J/Ff6R3Kews13zFm'
    'iCl/l+if4wFjudQQWWVFgP2jPkadmEm8CNRnngTtayR0zOcf0mpKkKdGGC0XNfJUqsp9sa2PztkB0hcdbacJ3/iLbLS4JU7ZM5l8'
    'P8bwOUp++605LcA3KIwikX8pvyka8PohkvrlNW3TKMM17iWOybq80bRdwwxur0XZcYYfOu4U5m6Bpp22/jbjtXXAQhboE/ZRQW0t'
    'Cv2T+q9r61cyrj4H5QVa3xaQKW4jMsXWbHm63kAOOcMA7maW52TIcyvJsz5bnrcW9VKQ9/YlbnrHEm8O3Z3R0/sow8kYGX8T+pJo'
    'opetsRNT9Z8B77pZH9dBu/cv8eZIUJ9Mxgfb4zcuJnXRNpvkPS9bLiecknF1Mbb0P2YxR0c0/GOE8Y95GVen6LzbqVmLxi3q79Xo'
    'EHi9v0q7saNomWcD4Evz9ln2/p6l5W0fhPq+nXZlPpQTqd5HNw/6GZ/7EaQ/IH1yYD+SduOrVWMcdeNJ2+a04SMEn3si1FMMWCdw'
    '/t6Rdv2ZJDzy9XJMk68/oH1OPTtJPaZrudSf/oD+XETqCaKDPpIG4fcFtq6cmnZj6tnyXZoP59DytCunmeKCw90bgJPGtKv75G2w'
    'qc92vH+WcvtE6Zi3u99CbuJ9eiblxfbr0fCqQaFev/ocuA8bwB2xmJdIL39nANcEXh/bV9w99e0IRndFxvcnYpBhnbr2pVzdhlTX'
    'HkGu5boSB8a1BAafDzeQ935j/1qCS4RxkOCHlh0wwKmz1pRstynPpqAbo6LAE0v2QYOyg5o1dLlB2RGB1zhlFqTc/ZVp2dK+kZTx'
    'GwNaz4vKky+mS85z6v0ukfVMZDSUoTdmo8uHTv1fIDajEbYnLDLZ5DMkrx9enbx/Q3y6frvdTc+G849XQ/rgBW7eDxK9qKmM5ZT7'
    'U6KX0O077xDycHq5ieTR7bOuJ/5Hv3mNm77ixnLfrB0kz93g73XGvvI8PSTP4rvc9O/Bx+u14L/2Wuq/Bj5ev3wUYteCr9c2kudd'
    '4Ou19uFyf7BXEH035zFnEJ3bFdvK27iBfHsa/DguHHC/rSXfKB6cb8dTv7V+N30z+BccQ75xvC0h315ze/m3BT5+cs0+fnJU34tt'
    'sNV75kF3bmIjXzzp7yPP27R4srxN6M9yJNExmbbTRGYJ0lFJevOsih6vF3V8eBbaVMdnqs+vZhxhhwdNGrSpIYY2VXN/YkPvi0LQ'
    'u6kONmgOtJLxyRF4aeIL4DcOtTGOg6lslOA2HtxKsuPhgtu6GcCt317ocMF7vsp4H0n4RFVxijw54RPx49ZE75PgPR682+rFDhe8'
    'Z2PCO937Hi64a4wZd9WyeR0u45Gb5vFI6NwOr3HaWg8X3LfGhPvZ7A90uIxlU5XGcjr9RJJ5ZzdWs9m3LZl3dmM5XT5Rh8u41MQ0'
    'Ln421UT2tcOlZONNdBDhcFgNH5pkLKKNhYmPUcIzwuH4cFzDGqqAwzj9WQ+XcWiPeRwOp7NDyVy1o5Fq+YQfLuNQX6VxsPGZP1xw'
    '3TwDuI7jXFiiWzcfn5k6a5Twq/jGKMy5nAT/djxsOs4tJfvz8GNien4n0Y/Gh+PEDzE+XCa+ctFwGvX8XaK3s8P74WwTjEumiPtc'
    'crLvCYf/asU3SPQEduNxOMVvSWSn2Ukbh8u4FGIal7kW0yqZl3Z6qemOiZCcrTAfHx47IMGdHe5obIUEd3a4o7Enkr11eNwdbnM3'
    'LhxK8V2SOWyHQxoj5nDBXSYm3B1OOKuJCWd+caiSuWuHy8Nx7YgLdzTGVYI7O9zRGGAJ7izX2zsTeS8s7qRYfQkO7XAoxTJMcGiH'
    'QynW4+GCwzS0ox3+aL8wFuYEpOijw++EayG+nbtIXn7nH7aV4uYEVX7Xbytpd5h7PduVdy9m0H1kYe+qbDPYgzj1fFx5MTxzoFd9'
    'arl3jzXirov5QaxUXgzPxcynk59P2GthD8WzyYMq2r19Do5PZrTC+7xK6PNxBn1eqrxY9tXqs3T/UJtl/09VlXMZ727yuyuvSygX'
    'VB+dL6shnddpN2ambWxT9veM6fjeKuXdj2nbZ3qncgvAdb4vwPJOoUuUokshfwow7ttV+b251xBbSHKPIL9HcLKEimreI0jnnTMn'
    'boT3pyfjPefHe56yv+cb7ytuIjJHmfDjQw9/YPSQS+hhVtDD+5R7bw49R0fPPvJzlWHW+aC7KSYIvzn5827648+434bJt3PH3PRl'
    'EK99AGR+XdvR18zkbOigku9OuIDISPysyISFr2G/qjzfauI3F4Q75y7GozTt61f2Z2eHDMvQ/RDuafxirmPs1BzMcyqj0DjpawTZ'
    'w2bvkSJwKF/Txa6PsscJUw/GndfdJSrdF9qt2R+Y7pNy8E0FyMQfy9jLh+2w15T2IHgXbZG8wzvaryHvboJ3l6vKe+Rxb3Qp2cc8'
    'q7x7IvKq/Gw33i1/rvLuBe7R0HiPAY2forz7RJ81yH88adNJ2fI+H6O8e0O2NrvpcZAeC+m65vJ7XuO4Pxj3K1H2WT2MrmoYHS9/'
    'zE2zT7j1vFL49ujTcFcP5engJ3L+xd4dxfzb2692v51MvtVf4OUpQP/wWwP7tkKgK6STo8i3UfYN91SUhtaQPHRsm0je0YC8VGeU'
    'txgH1N3UWvKqOksZL0f0M057N5N3Z2337lHBd7+GO0hOIu++84j7bo3y7r8ZJHX68SK8P3op2z90WPK/nCq/T7mGwON5UyF1MK0A'
    'x4YnN8CcOkaQrW3mdA3MmdYQZW//QiU/cNr06hA6AhOd61N7w+keGi1x2xQTbp32hsVt7VcqcYv4PSekDqaZ8FuJj53ow8e6LPjY'
    'kRZ8rE15d0tNqMoYilSewW+Szq+VwHNwdFsqHA3ydbKL4A/vaP9bolOX4gFynTrd0+yKqK9tqtjnBj3p1Fx+XtrohH6ygTls9bJB'
    '66lDn/MN7RqmfKsN6OnzsA/sgHmK91Ql+hFJP+I+1dSPSHaKiwk/28e+vYrwnV3KPObBPuXJvnVCeZpnHZGnNhmcBdkIdzEuJ23b'
    'o8zipdK+zSf7KZPyNK6fjue3aubPSmYD0cWTiqJLMJElqC4hqo6A2zhNyuc0+FnjI9/q+m9q5072esleL9nrJXu9ZK+X7PWSvV6y'
    '10v2esleL9nrJXu96djr6c7Z54BHI1/Ng21sNayFfI7lwa8zrP24CeRJWoeKsAd0cPEyZ8wi7gONZZIBO3mjxrI9ecv2/JDdUZ8j'
    'MqTJeNrYKX+jkU27EDeT3liiX/o3ob42FfeTgk5nsqVO41NT6nKp/rogEPV+HxvIvxsJRpsL5R5ZrfH1KM1etLToM3daga415uHp'
    'cG3vpBtA36fFrsVGT9ojTNsnXbFchXhaQnc0ZYkjqodoJF3Aub6A8H4nrZuU5yz/buOzwPfqJnytwVK+HwIYOSP5PoYnnZmt4n3W'
    'WEgP9Ww12QUE1l1tXUSc8suRFrSrk1dMy6M8eppFmWrJI9Wofzrlj/8wlD8cmN+GfJlEDknkkEQOiV0OiVOeiJsvJfLD3JUfTOWG'
    'dlh7w6xpjj1I0pnUBMgcazRrXBRf+xMj2sdPVOW+8Ueq6fORLxCbrk0ZqtvKGdjiT2TjnvjaJ772if9F4n+R+F8k/heJ/0Xif5H4'
    'XyT+F4n/ReJ/kfhfJP4Xs8nXnuoTGglvrWX7241K73OfB5jUTtEN+3qdbErlfNzn8/Inkby0r/RMPy+z3qdO1EnYyApZsheisoLp'
    'XZdO2/8sVS4zSHdcY963p+xoi9KGU/4mUr4vRFuHSPliiPJXsPbblj8vFW3eb0oFyyMnpYLlkeNTHm/YadH+JaTcDotyzaRNg6Re'
    'micHsINgDrByvyF8rs+iTc8rN46QHw2awnqatGGXQbmdUO4JUs6U1zrlHrQsh+08QMrZ0O1fkfVGN7fvJrBHLWC/mcAe1cB+A8nT'
    'p8kzYTkGWG5AWEs57KsI7F4L2BcK7S6yPOcIuOV5tpA8ezR51hvIBKtCygRLiSzD620X9pP4rYV862Pf6H5Pt19C/TTKBVJcTtO9'
    'dheRIVIgp8wnMgTKE7Z2tag616D7CHSySzPUdzykVwiyC9WvYL6rmayBcRwxfx34OGE7pbJURlms9DFjMwCf23I4fNr2BuLnINkk'
    'aL+pTk6K6RsGd/T98UxnheNYQ+wELao8flJW8M+Q8MnHyg+PKUM8Hq/RtZm0m/c7Cv7TBP+1qjKuVBOrd6vyP+PZ7FNXbUBdzTHY'
    'CdtBBpd036jjahZ4JOq2aP4HBftKntnwTOI5L4J2ZQnd0PO1fvO6wPY/V2vsg+0EZym2NhYt2ttG+EUedK6U7/eoyjh4UeSynUxG'
    'ntDsJ9Kt7tomtWWMpT0x1vtcixu3MAheUVhXg2S9IutPr6qMHei04V9avBjJ44KuWJKjpPpM+/w3pL5B1tahKtR3p1Af1z2Px1jf'
    'SIsXm1mKtUhhjVjCfq0Gd0FtH4b0Ocv6NpG+7ND0ZUjTtyDYx0JfTPa8ujngR+ec99ZFmGtB88lkLjpt+HHBxafzPQX2+w2QHg1p'
    'J7HrO+lSSNdCugjSDkjPA/v/kwUvhmZUvsnpdpTxhX4ytk7dnym4ckvcuOVj+H7oo2k9cfLJvQUvfv4ww8/uGOu5moxjvwHcvhjr'
    '3krqns412an7aILfnRa6CVueljekob0kjWu9/3GzK3vxGLUURo8lzG80e3irluzi1PO55urMcU6DH2r2aLCHtWVAmcUspuvGuGEZ'
    'p+79ln0cD9nH7WTMtrOyuwXeZ7rO07jMBVgbdPXwtk0ItGO6rq0j9YwIeh76Psr62UFog/LgKPzPtO7fNXl97Fdy/O046vl+k3e2'
    'DNf+5ZB2QVoL6cnN5bIEygzLiKzgwPzXJlfH7dTTlJLpi9PdsNA3B9b9EWAVmY3io02u/8h0ySwlPTOpc1T5xzPn9ZjK2RxnO6ah'
    'To7b88k4SfKKjdy1kcCypX0O6zgfWPssYc0nsMLwN1zfHVipJlePUY19cMnO1OjBj3vfW5L/Bfhx7XNL63+jh+so+1oH1v/S4CKO'
    'fawD/09JW4sB8laQfHUjgRVlD1y6T6Yx/JzkMsRljZXz6HmL9YjCOqsx/PzmsE4kYxu3zFGyMxH4/Rb7BFOeMtkQ3P7eALlaol2U'
    'yX7UUN5+k/2dDf6/BvBtZdgg+Nj++xui0zDC+mhD+LWAw3pXg7vGBuGzh7U9itw73lC5l5Tsp+uzbroZbK216BsPeW9f4qZ3kDLb'
    'oMxaSLdmvfel+T8DdZ8HdZ8C40b1ViiLLmR6rUUBsukxDa5NICy/KPkBExgjgl8Jfa+b9ykCY4cFrVAZ4r/rK9vRZ9mO79eb46Oo'
    'mQtfNWjHRAAf+UK9a+uKUx9T0v9PwT1iGvQvJT8zgocw+pbS+k/woKMLG/0fjnORwN3O1u/dlryIwt0mwC3GAPc0AQ8TBnCku6yo'
    'j8cxIeYMp9W2ensecpDPf6BLutYcZGVNdK0meqb/W+edLTwo7AtNcBp2r+zU/1hdML98IYBP3VcXPC/CyHcfqvPGoSeE3s9G33c7'
    '6cOARmcxHELGGxbwO25J01ca4DeMTvAcoW0ThmsDwjhFGKM46Zfi4QiCh7OznkxDy68DWWY/kWFQZumG9HQmP+Vihouy0c+mBKxl'
    'yssTBO8kKP+yAD88U9mtG9rxldpKeXgLlLuN+fbFJZN+ahrrRHy/p9YdR1rnyQDvVkEO3sjGT9eXm2OGi+0dqK2cOxMh+VwQLz2v'
    '1vX5oXL6+mbPP6h0/rq53H/pDFJmK7NNY5llrMy6Wu/MHNdZr9TYtbMEdsn+J7T15IB655N6UQd+DNOJNwfUmyEwjmf15iE9IQDG'
    'L/KV7eD2+mUB+6CDBEaHBsZxAe34et47v4m8+3UpeV89zPRcD1uUpWtkyf5Pyu5ksuYRqfK1hdd7j0VZXu97SdkgWwSv9w6Lsrze'
    '3aSsjexTmv951984jvnvwLtEaMtzGhmGy3BnC20ZMLRLcFnGgddN2mKjdy3Nfwucctm9Le/doYtlf0/KxiGz/65GX8dQTHU8W1M5'
    'HrZyFZWdvkzg7dKM84CFXPsAgTdg2Gda1zDX/xF4Q5oyQxbtu8unv2OWPkGlc2YE3jamR/OT6bo1MsVgTPBQlri0xpszmOcMlne9'
    'Rv59eYiyL+n/arz963TLuE79CwkeOf4keTNIbk3HBA/x818579zL0c2yfKJbw7+f886LHh0gq32T5E2xvEtZ3i8JbVqv0dHyNj1I'
    'ynKZcGWAXPN3pI1LA/rzYZ/+8Lx3k7zHB+R9mw9cLlPeQvq6gOmyjw3A0yipZ0FAm4o+eOFtej3J2xEAd1vOlaMlnVu/RhY6y6AM'
    'l4HWkzK/19iDxlg9XaRMv0bXwNt2hEEZ3rbmnHvWIEh+GWNrLK/7D9lwcHh7fpL1+oAy9U+ZLMHr/q5BGV7P17PemXvT9U+SQ/4p'
    'Wx4LLYwcUjpnSvqwS3M2fIydTfyQT5kxph8ehDLvJmWKPjIvlRXuMKhnHytzg4CX3hB42U7g7GA0PWwh71zqA8dGbjpL6NfuEP3q'
    'FujvYIDNQKK/pYbzzu9sgAOn0WCMuT1iMhNc5kcMf78gZaTxpH4uWOaHPmWGNGX+PeOeHzCVu4ctZN2HLWHb6HDvzXjy1aZspUxr'
    'q9t8X8aLNeG39pTO/5C8+xhNUr5a8v/NeGeEbedlaf33KT9kUP4a0tZdbC/P+eRlUFcYf+yS/E/q0tEsjt9Gn7xDzAZ+otCHHmbT'
    'RXpeLsCVbKulc44kr5+9tLT+Zyrja+hsUBL/+WNaHkcT/7SS/B+yPPLR76UrY6kgXb/IxvEbPnknWN4n0pU4lOykJft/unIcJXto'
    'Sf+XlvFtuv78ddpbN8Lyh9L+n7R5A5S/gOyz6Z7vDoO8uJ/b55OX76tHDPIi3P50Jc+Nw4en5P+b9uJASHOrpP8jeSR6KMWYSlfG'
    'k+A6zXUkjyQvOnlW+sDZAXk6hTZPsDa3++TB+dMstIfqlUr2v7RZnBnKP0txZkgMG8l2Xpr/JI/kI1da/0mefo0P93dSlTh7juH1'
    'G6nyeCcmc88p90Wf+nGN+ceUfsyQ339WwAeP8XFvqjK2CV9jPpKqHDPOk94v5BlgvOSdBB+m/pVOuVsF2HxduUHA2fMMzgjJc1Az'
    'F7YLeD3I5sKVqUo6/z2bC5f65MG58CqBPooG9LHZB9eosz/ZJw+O/QlCHCq+b13mQ2c4XxeRfpjqnktxOQnsIQ0vSKfseAH27Zeq'
    'kvbHWZ7/UOX0aOJHV9r/Kz1vRh7yTaF+vub/m6rsW5BfbGn9NyzH+fPfW5ZDOv0IwZOpbrxk/yflTP04Sus/wZ0kc5T0/ySPpCMv'
    'wNjp4KBMsMMnz2mQp4fkkeSR0vl/nzynZ70Y982Wunmn3JnCuAXJIhjDe0GMPh8YZ6rZUh+POttmS58NHmcKYyfyeE4YT8Uv1lOY'
    '+C0YN1gXv6VacVgcWMeSd3nl6ZizTMfc1SzHrpd01zyvbcxjjBGDMSl192e0KP39GdLdGutVuLs16N0YQXHokzsxkjsxkjsxkjsx'
    'kjsx7Hh+cidGcidGcidGcidGcidGcidGcidGcidGcidG9e/EqFf28XKTmK1JzNYkZmsSszWJ2ZrEbE1itiYxW5OYrUnM1iRmaxKz'
    'NYnZmsRsTWK2JjFbk5itSczWJGZrErM1idmaxGxNYrYmMVuTmK1JzNYkZmsSszWJ2ZrEbE1itiYxW5OYrUnM1iRmaxKzNYnZmsRs'
    'TWK2JjFbk5itSczWJGZrErM1idmaxGxNYrYmMVuTmK1JzNYkZmsSszWJ2ZrEbE1itiYxW5OYrUnM1iRmaxKzNYnZmsRsTWK2JjFb'
    'k5itSczWJGZrErOVx0DRxRCiMVtN4qK2AlybuIBOLCFHHlxB3ucBrqk9uF158XCG2dm3FvJtjH2jccHGmX6Nx6gMin8ZhBunjV9h'
    'feT8f4TxlXNIHu6nhjLEFpJnj6DHLumtBTiDbM1YRehvu4Xv4lJlto7wWKothuU4r6XxzjAeaI1K4lPNVHyqsLGebWItm8QzlmIW'
    'd6toMYuTeMRJPOIkHnESjziJR1xeh1JJPOIgeEk84vKySTziJB5xEo84iUecxCNO4hEn8Yjjj0ech7mchTUKeesQ1JMz4K2cs2bm'
    'FmstoepNW8PRPjzLtkbgvGmDeWcrAylCwzb7mc3Mbkl1jzq9AH3Pyw0J+ak9U/KPxTls4jPB7ae0LUE2T2eOfTvr7rElP7hRTRtN'
    'zk0ME3mItqlH0EfT73ssfA2jtKOX2a7/bAoPW5Uc27Y/praMCP69SBu0bdMxDrz/r8m6a4pk86a+CGHmwDDj82OGawqXuW3wy+cB'
    'tQ0sIX21wbVk2y6y/U6nQENxxO01pR3e14MZVycsjQttsykdbdfgh9vq0S/2V4ayjV8fPuXTh+Eq9sFkXF4wpLlbMu6+WxdHwzT2'
    '16CSz8GOKfMzmj1KjkMxIfAMp+0XZlxd9UzR0A9Ifj8cr8i4d09SPPVozr+OVGnd5udgUxnXFqOL5xsl3qeO323XtG2Y4TXIN8zE'
    'BwZ9SU8MIe8PzoJ17wNp1x5gGnNznMHbpRl/m7mt4+W7NfbvobS7R5N4CT+f0KvM48OMC75NJu05N+3FYg6Sm23X22LAnF9J6h6s'
    'skzO53Z92t1/zuZ152DKhSXh3kQ2MfGvKwpjZ0I3D6a8WMjVksM4Pv4ypafFfmEc4h6Pm1NezJewfd5hODd6UzPLW89KeXcpSXID'
    'tsMmloG0Z+T1Lif1Fi33cNL+j8sKo5rzRTUp916ZMPXGhfMfKu+enrh57VeVd+fQGPN5NuUlWEbCJz9L8Bnl4XOm9ALvIn22bYMu'
    'Xo1ffY4MvjgEDdnKyper8vtdbOdGWPmidJeU8u4+iYPvF6DuxSFoctySJptU5Rmr3ZozG2nih1dPbN9O9U8Q2/cC5cWfWynot1st'
    '9Z81oNfmunCqj+0gdqYGAhftJNRWMgkP+kbUQnt7QE+5EPydJkkbstAvXsbxLX49/Psh53ybkMcPLu9Tmuj3m4h+vw7qr4WxQDua'
    'g9OrI9lZ57bVtYTTCLaArEGeDuYjZjsGc9vS7Y7B7SrSs8zGnhLka+rHR+rIGObY/KW8oI7M8xzjBUH1OIzo1/D+VqARp+3XMXs5'
    't+kdKnSSMX+yVv4SGrs38vLgR59zMsRTEGiQrz9BvAfpaZTQUzLuleMujPktUcc8znEvxS2Y+sclKXc8v0fkkmReH37zOpEBKsc5'
    'Ow0yQMJL5wYvTZPfVIZKkf3RIJmb/TDOYWgs5Tc909WZC1V5XNAZk1EM80jlUwHyeAPb39cQvUQL4aeoH6i30AsgDaiEBmYtDfjp'
    'N2rJ/MXfTYweOomfJM59fJ/yOVPT5NOGrEUbsO5sTHXTvWZQ3Vnw3+O+f/XwvZbtP9UBpe55RvYv5PXwcxubLfKjbovr+Wg+Ovfn'
    'W+gGw4wX78uFkF5KzmyY6gbC7u3purSQ4KCGzJf5hHYkPeWy2zpLf/jcMnnTGc4fx7uf3rED2kV5p6nusB10vVjWERJeDvqKxfB9'
    'nmZ+NhH8meo+2wiMAlkP6PqwguWhZ/T4uc5q46cUs1W5sdLpWnYcpIs6y+tIhayDnp3iuu9aQrcObKd/a8E3XhFf4ek8Q22jy2+C'
    'uhfC+J0I9Z/9abszK2FjUERt5zcfs29n1rKdeCZ9EfPltj2Ld9PjlXNmjZLPPj4T4twZrkkO/LdAn26H/tSqQ+1JlXvwKxSjsrmX'
    'XtfgzKpClaZPOjIEGDmzl2ZN1hctxXpT7oEIhz5uAvrIT89AOvjKoAyRCypZM+uIMrTdqpMKKva0UPnUhiPSAujBcK0cvNT96rx/'
    'NXm/9i7v/YUqiZkTV8wch38nZyhn5gwl7mlwjf12EmMmiTGjGeMThDEuu0sWfMdQ5srCXkRZyJZ4PttUtqd7cklmTOLiJHFxkrg4'
    'SVycJC5OEhcniYuTxMVJ4uIkcXGSuDhJXJxqx8UJ+s5tJXWHqK3EqWv8qtljEynJMQPVt33YtOeHRe98mK18QGXS2klvLuCYNkK+'
    'DLEHLSD0VrJXTsrw+HeUY1aF1AEle+1kr53stZO9drLXTvbayV472Wsne+1kr53stZO99kzEoM3AHKphczBF2nQM8xHV+ThzuA6P'
    'qLFce/KkLzofX27XvIKtpc0AE79RGWo1pCcQn5a0IEM3avrlkMPrmL5hifKP1UTju9nGK+J3EC5RXiyJXot5wWN98DhTRY3/SSsb'
    '+ygx4WgMF+5/jPoOHkOItn2fqozhhHoPlHeOFXQW9O7TkRC4Gma4CoJB25Yje80aJi/1a3C/UdndDVokvk0Llf994H73RepobqHy'
    '7kWPClfas1Pfc/Tr64J8KVUZR1jim1L9Qxo6kuLg8XnuwLqIzfOlhr4wUeYIv2/2WOC/NE4VjwHVY0HTY2wurlbmsRSl+wdxvDbN'
    '8Hg1kHUQx6vJgp/Q8wB0nyLF2Qsbl9KPryL/yxPZYMiCv/M5u47M2fEI68Qw8X+cznWO4ikjjHcbyAV0vFuVHKdpT0Cd/UR/eaSy'
    'uwPXNK7YsKZOaU6ZnG3i8blsykWhYR5rkuJzrzBOreB7iOPkBzsPNGuDU+qrOKHK70Cn4zlBcBbUvz5lHwv8UOCROTZnaF0fR13d'
    'cpkeTff8WeWdG8tqdMOcbx9L6APv0qV3D5+bdWkjo8r1iHTsN7IyHMbp2eDxmU/Gh/LjeQEydDFgzdjFZHeT+4Xp/b+nZ8t/n0Tu'
    'dqZ93JT15504PjVE7trZ7dneuB21juW5EdL3dFfaU53yJX/bAf069zSU/ymkn4L0ooHKNuYA79QGdUmv3tbrfCudfri6/H5h+u3O'
    'u8vvF6awb35nZZ/wW907g2mnRkM7/N75Ucaj5hM8//XlbnoqtPdn+8r1pzTPKSwPH3Nd29phLed7JIrL3Pvc9MU7K/H16bvhbu47'
    'BRoYALztqWxTjukfKK/AOnZCn97Ypx9nzPO1vsq24bfUDZVtc2DScn5jWe8zliUbKtDFL99QXh9ty/UXuemPh/R0dfM7zeZrlvDp'
    'OsDx4m16HGGeDxQr63bKOenBS2U8tDP7E/afl6X7bomGLgQa+vPLK9tw427wwXiPTCdS//G8/pJ/dMs+8A19/zHPW7/l+dvjN6ec'
    'kz75JY8nNwnlnPR+TZmCT5l3rJXL6OQ8ExvYDY/b2UXKYmfYGhLmlpkkIxs3Qqmx3afT3nDCZR70YXLm2qlsrvG198BDbvrFL7rp'
    'XY97MWWbCH2UfJmehPXj02767CNuuuHzbpnF5EwN/cbr4TS+4AmA/0nwSzlQTvObPi/TeJslnf/8H9z0ygfsyr0F5uCGp+O1sy+e'
    'DGc7rSeEYRrTw6StOVUee4fGHVjtI2OjLj6Ou93zhIYuIXr3ks2E6eHv9cl7Hsv7ISIH8LyjAfXcRep5JaS4N+xjee8gebENqE/u'
    'Z3n3kXn4MkhHWJ7ryDzhecaE9hdIPbQN5xEY0jitIX41l8LelsZHwT7sDShP43FI/Q+qez3xATiP7Yt3sd8It0jgo/0Mx+AcVrYX'
    '/dUg7yKydp9JyqCPQ57RzJmqUmZemq1MKb+icV7yQO8Yf6SW2JJWEXygPg99vDC2B493Rv1XMc4PxllKAUxF4NveI0j1nKPMb2RE'
    'yXeDoP0xSLfB7/4YMNB1mPLsjZb8D+vYBP1tBP9Nm9isUvyVOMfEdAwOVTzlGJ42ETxtAlo8Fn4frSrvqaC6tXGiM6R4K1rqMvmd'
    'Y7uIbqYAPuBtBnnpmorzfQuZ50cRnnUGlLtBU+d8oc6iYLsJqpPHTawlPsx+4+CM0zuIzw7n5ycKa/kg49nIj7FPu4W8yNd7GH/f'
    'SfL2sjWxn6xTeLa9idXN148hUl8BeH0Da2eRlelR3tn2AtOn9rH1+Vq2TqM96DTStuuFdVZq2yqit+Lr3y5WzxDD3ziDtYj4AFN9'
    'UZ7hlt//gGNEZU9nHpwi0Bb6k6QCaEUXB4zGUpNipG0hsLaEoOU42tTCeGd5rLbJDL9TgvNDHr+p1cdfpIP8G+ujZw02sXmeEvZL'
    'uv7qcOiM5btTnrzhh8O7Ui4N6cYlS+jCab/JXXw269nrYM943yP+Ojeu06mFvedDX6rUJ43D/vfjj8lyCfZtD7QL39UjXjSKD7xL'
    'OzunPUdzqcmHJ99JlSPfd2KDdlppRfwDD20NKP1b5QY2mXq+n1G2z36ci+PJmM6pMcV5e4swb/NzeIxz8PjnqklN/q4sgvf+yZkY'
    '41v0Y2wafzhoXt+UjPlhNeY4768W5n1y/0IqpTa8dC2CxiRh8ATw5OTOi+nHuZ/evoH8Doq9bybv+oylcw1Fbm6flepmZ6W6WDBW'
    '66fN72O9rclQeBq7+fwcT8Z0To0pzttmNm/rFHGO86moQrcRkF8X997PNnqCYG+UfP0wjjzVCdQymyW3p9jaRPeyNtjMhxBOEZlp'
    'IeSstJuLcCdJlwp1LtTUQ8I6NniL+Re/uAMn+Ni9E7nRhybWRhnA2ouCciRy4/TjnNvrBgT6D+MLNsfGJmOw+/V90uF5W9n86E/G'
    'ZFaNCc6bFp3c1V2asft1618jGdumEOWC5L70VvX2IJpqsMjP+YVPvfst6/XNT+Nc43ktjrPb0/rtNcWZje8N9g/9LqvVP1O/hSi+'
    'O/QsLj2n5KTPK/Mzw+Mz6MPTFaNvCo5tfTK2h/zY8vvdgurV0cJcmOfHx+Sjh3cjYN1B8Lh/1oQKPsOf8I2EVuYSrUTlQ3T/5ZQ7'
    'dGX9TOx74SD8B8mPYZ+WObP/mntjQu+4ChPb73DQId0ezZSxzGQPHAe/Sye6jTLdRjXnVtpATZ/om2bfmOSVFzsvG0KvIdnsSnJj'
    'yoX5XhjvehzvtLdsgBW4BhGSZwiqnVvjXRd1vG0Ujt0RDWXZUKunv8tWHPSaBRkfaXcH0O52C76SrqoUM6vW6M6Qlh7/NfrDwXZY'
    'Gx5S+j31j3fCWA7BWObUofhIF+OmM9kZaEmLjRGixdhEUdFTPx8NPCed7va+Z4k7S9T1x/ntnIe6jtX73Gfc9L2W96on8r7AS6KR'
    'YaC8L8kUc0dvkcjxyZhUf0w6QC9K+Vh/IhNNn97iw2brZRx6jXI/mnTmcH4Qt/zc7KT1E54wKudaMiYzPSaB/ss+7ZNsa0H5/fyX'
    'm5jNDX2PC6rcB/lqwV9E6weUKf3+W0lkr2V+qk0hyvn15y9Yf97HdTx+64yzsGRzWp3Pof3UltD8p8+o7yj3KrUNLmL32+y9T3rU'
    'itILgTky6qHcQ29x/30Ned+plST0e8GayRf8t/5bA2SZeSXcdOm2mnwd5Hdu4jvHNvzQ1N+2tEfnOeE9p2O8swflJXqHTxkPD8Fv'
    'pt2XF+u2EL0NuxN4Snoy1GNavnL8tfJPiHGaqTuNLIplVMzPZKxPgPyTjMmMjwnOm78R5g3wV+e2sUwWUDL1h2o20bKQr/XBVd2s'
    'GaP6YJtJuiGdTlV9pHjZqLXYlg2CWfnVrC1+3wsWvUK+8dGEJhOanEU0iXyzRyXn9mbiDFkt4B/5w1UJ7mcE91z/yO9t6YD3VA+A'
    'MW5PgH3YauXdyd3MfFq3ErshhVFD8vMzte3EpxZj8K8JAactQL/RymBxv12TOH0Iv5HxkQUBuh/EY1A+3v48G5csGxcTeNzXOMhP'
    '3LatvQAnDXAXJHM7Nt/XIN8bfjbwahi3BP/Tj39qA0op/V2veRgfjJmZZnwP/R8aWT7KH1d0Eh8bZecL4efXsRLSK2OwbY1p+EIu'
    'sVtmq02XUW3PnK+MEL6SjN+hNX6m/GahIb/x40vHVpkv1U1G50t1guyGdzPcQmi+RvNNsj3gfWj15De1XWDsaC5HZsl4U7tihtkV'
    'efzpZ53vDFeYD2NTo83ke4a206wbbh6vnRft4Q0W+SVZPAP0eE3ikyfvA/e/xBbAjmZlY3RwnQ2yKuIZcGm+SPfYz+v0vkm+nH4+'
    'fjaxYQ4HXyUTr2Kt3i2vkOvvDwsr8R+bfWPid97GGSe/O3QLIGfXEUaM56Zx3SyATXyxKj9TjWe98Qw43pNicicxnuum95049ThX'
    'Rp4P614T0yeY6JAOdf2TrUxieu5qMIa5O8cejd3WTiT3XSwNQBVALjtf2d1vh/dK8Ltdjiff8M4WvNuZ3jGKd93gXfZLyLeiKr9X'
    'Z4HwDWE2C/WNszMaLSBvSjK9iS6Rx+2k9xdFhcPnzpsF2aPWzZDWO8VkZ8mRpJpqAM2bZ03bTqK22tJqckzlumhgtDDbIteWZ6y1'
    '30tT2ef2hCYSmgiQvbJ+e1QjpyeVPC899QZ5ymNUF4DY3qDKzwniN5y/QftRW/3CXJeYXhLeQz/BXoCmNhDT9Zzr6hxZJNXtpi92'
    'V+os+Dc/e3APkzus5nmEPeMh8KSjUoLJ2TbJDxj1oEnsJDJnt1ZzxuqfJJ7V7B0Tm/h2J1rkz4OOhdoyapX/HfM5KJeG+rrhHsW7'
    'HvdsQbiW09iAeN/oHmgb/bad5RkmeYpMb4X3sBaBl9A4gUExBp1yr1FeTMIxVseEKo8/WNToyPDu1lsI3DOVd0fvMCu/J6B8qY0A'
    'xxm/pSHh+PU9qP2tkFLd4Ahrx6BmTHEBcXRrR4bwJaA6kiVPuOmvDpTfy0nvfu5l9YbRxfmdSVL/PgXj+x4/zAnvuczi/HVCH2on'
    'yw1lVGbh31rJHG+GPi1lfllIryvh3w4MahttFWyodZOeTlip4DvKuwjP6VJzI+6wdPftRvYN77edD7hKEV16FJqqNo7naozWoDGz'
    'gVHNsa2xGFvkbQcectNHhTuH74I7h7/8QPQYt5tD4qorZlxlicoG92F8bI8P0b8DgKuWb0CcoM/ZlS/8o3l+vu7Y1EPvmI6KQ7qX'
    '1enQC8Jeq5bIbZReLyf0ejlbh/zuG78SUnrGvJX0+UoyB/LKuy99UJXfSY/pqGbOX8/mP8q2mDp9XUfmD/92ArFn4LsV5N0x8O5o'
    'Yt9bo2nLGiZfO+XmQb/RvkJtKtcye884s+NsFOwr0t1mfO3ntNJONK9oy+yKAI/O9zDl26BNHYIMmDKYL8sY/p388+E9zdNG2srp'
    'PGtB57yeKwPoWSrDeWXQOqFrj986caLPOtFFbOa//YSbvv9+WAe+5eY5CmzbHLYkb88ndX3wKwDvy+63JgLnJmjHf0JdH33ETR94'
    'aubXryvZ+EX1HaQ+lJercvk9T/jH5YxGdO3h/KMrYJ7UC3NU0p8izWUITiSao3VlNfpZ2l4OH+MtIPwrCPwrCE1zH8Lmn6lLHTJN'
    'ub6EFU+rZu0KW1/9SElz80Dc9VXElXEX6QdM7U5p4uuRF/gMztkjCS3ZzJ8wY+znm+LAOgLaUs94VodGl7PdYi8xKOhb6ByR8vaw'
    'fceABgbnQ3jHcSt8yxP9Qh/bw1Ddw5DP/iZD4Eo+V8MavdIw2UPRdqFNspXlv8FHP8X1RU4bF8F6jGWCxsNG30X773fGUKKZOiZX'
    'jxD9lgP7i0R/MEzG269NFB7SxnUA79OgUwnSwa0g+2Cb+bYedaEkdep9D5nT2zXjIPUDx++NMIaIh6Dx28nSooE+dIcwHj2E3tDn'
    'qZ3BHjHoh4k+9k+U56vI5/Ywmds4P0xwx8sWYEyOIPs4E90Tn8tBZYaJD9Y81p5xH14n6aB3afgXzqcO5cVWXkrWK+f9QUKfTpu/'
    'A2XmlV6mM9lczUtPvqamFv9dV1PfUNPY1IxPoaV5hp5W539t1YBcQsxvS/L4b8vjBuzf76T3us9ll/1dKf3myrXLLzh+9UX/te3i'
    'y+67996V8Pn377njXpNoDQ/e8s9dKZX976l/3uKAHlnkcRS3rj+69dx76bfuJY8zcvtjjSqz9fsmMSAe0n3twF/3Vjw/+Wf6a1JN'
    'PjT15/z/skmnn6r037NT//136f9Tzz+/8CJAnpz8TUV9Fu5KAc81wrtS/Z0GhY1OYshRLmbqDvPSmSxhLa4BeNJafKxGfhpn6V4N'
    'D7bVOQfJFf8/6GxN1vygtWCE8PCgNvdoZKt+JtuNCnw7bBud/v4V6DR09lBa927DftAyJuPqtOMmIsvHZRel+rJ+sib2aPpnavu4'
    'COg2aPwHNe237QdvA5ULdkKbVgny+igbk9Xs+3Ym7x0B8l5YO65JO23lCZ0+ej7RdXCecqRFO8c0c93mHMoaQrsmdkVO39ymNcTm'
    'BrVnRoVvuyfltI+6TxNZVCrvt2/ldn9q2zPl/cNExqawbtDYNCgNSj6cc/0cqMl5NR6jxpEmzSSg4AhfOjsT5QvSGS2TeDEIg9eR'
    'IfqvXzMeZKIDtfErsdkz6vQ2/aryvLofTPSD+jsyt3ZZzB1pvQ1T/51kb21af5h6riP6gUEfHhIG9uuJ3DAYEdY5QLeSrmNvSJjr'
    'SN/3MHoqkrU3DOwjiP5nV4BOcTBkHbZnvCS5foTMYQfmZWkX19WYz2i/rf2KpyfHd7d/wX23mOjVvwN2qewBT6ecIzYsPBeH7/7w'
    'RKVvxpIDbvrNx8LFuijVD3CbpwpfWGXcPLXXo018V3Ox+2416Zfzzkk/9F7PPo7fCle46a+LHp7x21nb3fQ9d3s+RFjPytdV4vmH'
    'xUo8D15aiee1d5XDTRO7y/nQ/n9KuXExcD9E58SYBR3b4t/knGeHxVqzk/HHYcaXikyneDqxvUddSyjcYwGuqbxu2t4C8Wkb99EH'
    '0DJpcjbk7JSrBwjq55Agw9LfPTNIE3756Fn2kgw19Y+TNHrwPiYHzPa+fAv2/bQvBw+Rtv8vsIlUgz/gHnJT1k03QLoZ0pdlXXqv'
    'RT6bhXVtiZvescSbH0uI//s5UL47Wz5fzoTybyTlMJ4lzXcy5Lt1iTevnDaZrnXNIfBB+90N6amafvD2FUBHuJTIHXT/WrTgZ9wO'
    'I8mFVLZZCrin9e4gvNGkXsqfhgUbKK1PZ5PPCfu0OuK/oKPX47jvwlYAqTnUhnDTAXBt5JQ6tpYMMpv9WqL/GGT4OF44P7KL5Tma'
    '5BnV5EFZmern1pC8+Jv6PVGdpS6vbrzq4I/STbVis+j23R2AG/zuB5vqpLiPOl/Hx4R9D/ctl/bWtrbcIP0Z13dJ76n9VdK7rdDo'
    '+UeEtTis3t9Udhsgfqs2MtqIoFuVfP9b2BkqU78EPx3iCNFttzD9B+ennD4Xwn6fzpEJNs8oTSK/pvpSLlOiD4yJ74sNPfrRoen4'
    'cjlvSFgj2uGP+lqnNfufYVKug+jtNxF9PsVhRnln1vYJvki0TT0+8j4fzzw7U8XvMpPWD17OWUOCyoW1p+r0kaY+czb3EEc5Sxvy'
    '5G1mVuuzn43Lut8iK7MDHhu/YhN5itNSPaOlrIH/5RplHkvBtF3Vgut3PqJa55Q7QMecInuXsvvlU+lD5rG4gjNrc6dNSk1mJFuR'
    '91jH9hG8XMyfgjA1o56BakrmltFcme6YijYxFNfESA+K0YOpjpzGY+xVSXxi7Vr97tL/O73F1o51BMW+MImHGcb+sYroavDd6WQ/'
    'kCP+3njmqYnIsfQsH8rU/Ux/QOu7SYWzC1WjzxcJfT5P6PM5QvvPCoGH9UKZiYAyXcAnaBncj4+zvEcyvUmLoJObL+QpsjwNQh5H'
    '/yrp2mZy/K4Rxu9yYfxeTd7dL4z9O9ZWjr0TL4uP/YmasZf88IPGXmcf8ht77pvoN/ZdBmPfZTD2XVUY+7zl2LfAvpyerT5alcdi'
    'Xw227ByBlyHlV7N0C/TlYuXamFFP4qfXyBPd5jjTP/IzT/OJvqDPQkc5GqC/ozpsfr52C+nvlgB8bCI0vSKEjX5LFdck5LH/Q97N'
    '73Tf/Za8mwfvXiByWycb506A9RMhz7LO8jwHYY5SPb5fm50y33R8CAhfsulvm4WeUjoz6NT/98TnZ0zjU8t1nJI9x4H1QeJf3acp'
    'a+rLLdXvZwenNL+P2P+Kyi4GDm9zAXC1yFJnGVQXr+N84tM8wfrfb+A3j3a6o1jZCeYjOhTR53lQU/eR4ENlOqbFEOcFhhjPMLHd'
    'ZS35iLQvXKXCx9haC+lpqtIHZ50qP8OY9tG/Su8cXfXmkLpS3V0kpjB4/LHp6nObihaDTLoDYNwSd8neteJuHaYojnfvajo21BfK'
    'Zg3W8Y6MJe/wiz1HdUW2Mef8Ys3FHesobvqf409apn+Lx6DsdO2RW5h/S9T6Upblc5blk/vOfHhy50toDXHfWYeRPpGu6xuVPt6W'
    'yVi2EpnmZiiPe/YeGOMrVXIH70yMM/p14Lhx+wu3a6wm35RPXh5XtjVgrQrDHzYF7KH4Gd6gfaJ0hpbvsUz3WnSf3EN8Q0z3jjwG'
    'zRXz3Pkn7ZHHLPamPxb26i0W56tM9skU3rPs9w6fc01OP5fNc/Wh/FyvLnYRH1+pDWH3y9IYmuxpX2D+TT9t83zS/fb7092XcUt6'
    'dPry4FRfzhD0HCb+lab+XNyPa0hzJmG69SA3tnm0OSH4mpnGcxgRzlZQv8IBZadjknC3y0ePRs8xv6LN4yv7NH3jMQ/2aXywe9iZ'
    'HH7WpSeG8bGJvUX1ho2kn7+PMHY9mj73RewzxWsUXvPU1EL7Snh3BvP/3wL+/7ctqcQlP+PglD8dzhGsz5qdc8C8mEp+nLwNTt61'
    '5PyGaXvXwbf9mvbSNm0g7x0cvbXVtd1RHvKcAa5N4oaMK/P4LyYwTemSnocLO39K9stWVycq6XN3MT7LYwdOCPZOyXe8qPGr3kn4'
    'r0lsiFJMiVZXJxmVJ0/nvOYx3n/Y4vWhGrwpzrb/CNIfsHXkH1pcvW9UGZK2v6ihoyFlfp5jWCNHcZvs7S3umRjqD87p9NeCnc1v'
    'jbWRyQYD1lSMY/f6FncPZnvmw/Qsl3QGwdRWNSbwvtJZ6RZvrzahsccNGbTvBda+7YbyZ5TYVz9l7X1eBcei+nnBmwuzVSbyo7GH'
    'SftN99Zx7EsyKfvxlNawdxXK95Ama4nt3JjuvccVBdevxVQul3jecwG29jGN7xGenzq94LY/Th5vox/w49/zC5V8UZJTuw3PBmNe'
    'WucZ5HwxlVtPZ3LmRnYe9xXs+waQQ3/UrNTyaZA3+jVztshs7/8yze3R7YOxPR+a4fZw/NzY7PpdV+PuMJP113YdxvX3/Kl2n6uC'
    '91Ymc2KrxZ6wm8wHU/g4R7ZG3At2G+4pHfzkmj2+Vg1djLRmmsTjcNr2vabpadtIiLbd31QZc3M6+RbKK3dPUztGAtpxfZMXGxv5'
    '1CeWyjE6+dlVzDeuWed+T+A6db22qVynbOo7GkY+26ns48gGwSmLnUNo3CaWaJ+FvkDaD0l7Sy4L/7HR04cMKfMY+uNKPrc9YjFm'
    '2y36hXLiU43ePna27sOddv4twWu1cNMXI6+7qdGj0WrYBqOsEZdNU9vC4G1NoyfDzbRexWlPfaPrR+vkP6IZ7jCDdC2ki5vl7xsg'
    'zUN6LKTnQroO0uNZ/vnNbt3/0VC5Tu2Mcb0aYXg+qCpj4zjt+FKDHJfAlqeF9WX+eEN17Jmm8sJbq1x/0D7i2hmqH/v/ygYvXv10'
    '6jGkvQ3KAMsbXJ/jUkxmNh8XQdoO6Xo277ZCugTSZZCeCelSNo/PhfmYb/DWytlsu/xuvTdeNrIeh8ftNoM+dpwgHdsD9e6diWHO'
    'YcStr7y73rvrO0ws+qLG3yCo3j31nk5uJvRhpfOL9e45rSAbq43uarr23cfVu/ulkl8Zm/NHsLk9H9IFIdfeRp+6lmrqag9Z18/r'
    'vLrC8CZa7mhIT2XfV0NdT9d5tD9dOsTS/J/melF2+fM6j+/YnPuSeKFpWd2+dU9d+fyvxh7m+QC996vr3DiK/Eyd7dlBU9lhI8H/'
    'TPuitRMajEO/YSo//67Wi1UeRgbW2egd2P8nRtgcX/9W6/6ejWuF0757al1/ZMofU5C+EtKzIU2H5M1vq/XmSzX5Fo7nsFBftXTL'
    'pTPr01QfzoVThPqqyf8Xk/p6Gf33aOTdogrnt1XS/+U9Hh+n7G0ja3+XtGEm9KNOG/4xX/21ri9g7P9iBtrA6X1f3rv7YpjNr2c1'
    'Pn6tqXL/Bm5XL+a9+0XCrOGm/P9V+UpZoVo6zNJ969NUH47NPIP6bOrR+SmiHus3NdNTH/Ki/13l+jjv++eY6tvJ5KkhJmchvdxT'
    '483vKPXtU+F1LbfVVM7FMG0IktsHhb5Opw9yKX5RjV7WtPU14HOjuwqwcYwWEdj7NLaF16XKf+9gPPuIlCzbpwG2jQxqulf/j5wH'
    '+yy2/z+e6TfOs4T9zZwXHyQuuTZo/XkecHZfzoszE8Xu7cD665xnL5oJ/87dbJ6+geB1h8bPXGcfD3vn5ATUfXXOkzV2MlvZPpY+'
    'L/ipSv35EwKTnx0YYP0savwNeUye9bny+9HouZR+C3lGNxa4PhxB2h6Xb3KND8yw/lY/z8azhvQF6OCeqXI9yBO/kK1+7CEdLv8q'
    'O3Nxj27JenztBlb3xzT+Otime5aWy95DBJbffsDE9+d1WTdGyEyeqwrS7XcT2tyquZ9mE4P7yhD1LMx6sbX6GA09byiL5bKu7XG6'
    'bFlOnT/OeHftxm2zcuB/PePRG78nzNQPHGF9IePhZ7r8mD5M6pyOc8ZOnW/MeLQ06qOv8aOlMTKucevHS+d/Mvr7xYcEfZgp30W8'
    'n0XohsvtXB7frZELcN04kbR1Q8Dc3xxi7rdnXH+ameSDTjt+lXZxRvXR6CNk48tQ0v+nXRp03l3xFfCPfqI8NuUXv+imo5+FWL+P'
    'u+kDT7kwnkzreWLR0EfnobQXuypMnEWdLHFv2vORrabNzKnrnaQu3v/dMckriK9xgq8J1vcBw329JJ9elY4eO/L8tOs/4nfeO2gO'
    'nWrh728yd7sInYf132lPe7GQg+ic02FtOlocUY7jX6ZcW2S19qkTmnqfTnn9iKo7duA9kvLuJ/Nbv+hdbfcJbQirM3PgfSTljSvn'
    'J3uVHFMbdenvJmVt5ktp/Sd999NZ0b7vJvXtZm3sD7AjD6S8+8Ns/F9K/v8+Zf38WUr+f6Sf/QG2O7T7byJlTOLylNb/lBfn2oRv'
    'D2lo8shUuHjIwwxOQ8qL0e23VyjduULy9gfYOX6lgvMijTmxpturcE7Rgf0NaIfz/b+2QZzWonf/tJP+Eu6EfoLkffISN81c5d0z'
    '7aRHDYD875OXw/2MkPeMfXLevxHyDr5FbsMHffJyuO8ieX8Jd2x/SoOHN/nk5fdz30jyOgyndO/fpZVlC8AveN63Xy3nLQp5z7pZ'
    'zvt6krcIee8alvu2jeS9aTesndvkvp0t5MVx43lPE/LiWPC8a0je7k+66YGHgIZBbj32ATfvMSTvRx5202cPyPfPd5C8QfJwE8nL'
    'ZeoOgLvgCTn+dFDMaZM4dXnG81AnRGMsFtk32xiLWfIb7+9z5NEzgWacfz/knCckZXjfakL07RhVGYMkThsDv999QsODf1zwfMF2'
    'afbuYxb7YtN6/7Xg2UgHLfxNhpkuxrS+T2rqo+unyb32pvW9W6hvQjhbE1d9uwuebU/n+zzEfpvCvhpiKJju7UY1sjKPg2Sil8L1'
    'f0uENpjq0KT20TYcCWMa1IZ9IfHB745IERoaV3Kcujhp9ofNHg2Na2iI+3yawv5qc6WddYLpWScscDtuWKZ0n0ezp1Pv18jgcdDo'
    '3aSPJnvivhhpczfpI99n9Cr/eGM2fbzCp57dPrZDk1gydI93FqlnpzKPxWS7LnSRMYu65o5r7KFcl4J26rpmz4Y6pJlXPZb9+WWT'
    '15/plC2cur/VVGnPjluWcOr5POnjsEZ3YzuXTOn/g6SPw4L/e1zz+TZSz4jGL2Ukhv4MQj1xr+18LbugSvVwvJ0MtGFaT5zywQLL'
    'Po6H7OOLjWZ93EvSuOT27zR6di7btZTTxJciwOI4+f8aPZtZv8V6YdrWv/Jp6z5LWHdGgMXXyRtYv219WIPweo3Q1udDwjqfwCoG'
    'rHtBdLiR9Fsn7/QGrDm6cxyleOoG8MPKUxhPYV4E+NQf9TcNXlvj3ks78L+vgR/H3tmB/7gAP669ckn+hzPypneqDccgJ7+7wRvf'
    'KPvxkj9Vg+fTMR0yauleatL+Yc05P1N+ty0CLM5DNsUAC+f4SoLXUSFPlJgEwwKPLJ2nnoY6i8zv7Wf17vyylUtM8fhMvTd/49ZT'
    'lM5T1HtjHkUv4cA6QGA1peT9qs4/h4/lByLA4mP0pvpKmU6KLc/9fEzsXNvYeVT0KzwP7F8DM1D3Nqj73HrP16QnhD7IRg+0Wqhr'
    '1IK3D1nw/zahromQ/QuSJX5T5/m6BMkSRc0c/r8WMKR1sbT/DwHjIIPxaJ3nD6TTL40pO//Rkv5fgPt8DHDfT+AOaOb6cAj58zYC'
    'd4dGPgmjVxsygBtGnn01GXsbuFSOfblB23aHGKMTBbgTytyvYkjjY7aIwI1LR+nAzRBchtELOjB+UVvpL3iQ4d1E/2zCV5+p9dob'
    'pKvSyYiPhYDBZcP7DGBMBMD4qABjp2Vf3mMA44UAGLcJMMYt8XGdAGPCEB/IL66pNbvDOqquqTT/az3/8INVWJ+D6PjYWi/OYHc2'
    '2K/5JBLvI8hH1MYfKVPr8pUgX6f1mrjpOjnvp/l44aIM90y+cn8t+cJujFFmfXAa68R+/mXe4/dna+J5S3TCz/Gczvry5pjhYnuv'
    'y3u+winmC4y/m1n8lyw5N1ua/wQG+kcuh3QlpJ0BMLblPT9XLuOPWOosSvcpCPBs+QTlk8cJ8MLK6hhPocD4Kj9XvU/J8UKyFmWH'
    'uT9ljVfWRr9akv9rPBwMGMoFUpxiHKOnSFts5MHSfQoWZfn+4R+Ess9p5HG+5n6sxo2jRMv+3mLvZyIrvd2njuGY6rie4GAn2+Pg'
    '+f1xDf31W5Tl9HcZoaEhDZ0MWeyBziTwdqlosZlK+38feGOW9kCMp1AIof8p6f8tynI8v5jz5KTpllNK8VRyXttx7TkjW3nPhbTW'
    'fTlEWVzPvpDzxi/orIyJDPHxmOBh++4m8LZpzvT4xXPj7bs1JnjYvl057+zD0c2yXKBbw68iZXlsjZWs7DJyZq+0/ue88ww9IXwV'
    '8JzpZgHOaAg4JwhwdoeAsyhXeR5kQrOvw3nfaFCGz/fJrFem6LOGUV73i2zleQm/ddxGt/m/LWEPW8B+lPRVFzdkkPX1/qw3njtC'
    '9AvhfMyn7mFN3e/3qXvYou43kbql8zwSLe01KMNpaYiU4Wsgp6V96P/rU2ZMOMtUiqdoUIbr015OcGm6Pkvyz0kGde9j+F9hUOZH'
    'rMwiob0HA/SMUnvzWbNzWmNKjpWI9PCrTDg4nEZ+YAjHz8+5dJ464+H09xqb7Rir+1FSBvc9P1VyfB3s9/0GZXgf7814a+umbOW6'
    'aauzeV/GO8vW46NzK/n/+OR9keXdT/L62VScvBNCXsnG4eTdQfL66dpL8z/j9juM/ry0/ocsj+N7hqa8CX/HeAoNAWsK2iCW++Tl'
    'd/Es8mnXsEG76kj5XSFsRL9Ly+VNYqI45Z9Pe33dpTkvjHV9T8gr2RNK5ymFvM9p1pYnoA9h/EJL8dRJXftYuygvcPJ+guT140el'
    'eGokL8bguECzp/kzg7wog7/dJ+9mLv8b5EW4u9PeWhSWn5X2/+lK2S4OXwCMp1Dnsw8onacU8gxw/Z9PHqSLdT55UOe1UsgzytrT'
    'KeSZYGfn24U8nN82kzz9Gh+QXNo9V2jjw1qy/6f0sHGe/VeqHLaJn6hT7lkB9vMszzMkT1HDK79K8kjrmJPniz55cC36R5JnQCMP'
    'fJb01VSXWZL/oZyNn2Bp/huWm2Dr4lsty2F9NxIc7NC0aUzIw+u/1icPwrlGyPN7Buc1PnkQzgUkz5BmHr2c5JH0fRhPodlyzSyd'
    'p/aBvQPtfz55cB4v8cmDMsQ8oY1FgzbmBNgHWRv/oCrzPMfa+ALJI/lIYjyFOh9beQHqrvOxYzt5/l3IM87yfE3Iw2Xix1TlXAiS'
    'A0rrv2U5rO9e0qaDGt7/EeWNo6metWT/J7AlHWfpPgWh3UG22NJ9igS2JGsUoP91PnJDAeipTiMvnAZ5enzyYD9e65MHZZNtBI+m'
    'etYCnMFfEKON14G5SsB7kHzjlFtK+mBqo0V9abOlDpfHMaghsQMwhk7KIsYBfV9P3tMYBi0qXHwGSXZuUZXyEI8p45TNQd4VKlzs'
    'Bts4k5wv2PT1HNYfeudmHH6jfrHITNtJeTg/GzgqjIeJTjZI9rwDxm+6cRPUrquVG2/FND5Yb0Tf+36LfozFhHsH78st8NgnyMtB'
    '+Bmx0CfwGDAdMMcV0G0a6LQG3nMehPSdh7G24W9XQJ2Z0kv/J52a208JMR9WirB2Z3VR5k/HS2Oiz2E2NgWYW9ck4ySPk4oyTipw'
    'nOi85PMtY7nmN5H5fxOkV0za0cNsaIMtX0qHaGOQvJUhvG6RRdux3zbz74gQddxvWQensTzkzcAfLSPB8RtXXb3S2uHX5mYfOoyr'
    'PMrqTv/bAIfN8D0DfamDfU0t4A7ppAXkForXP3P8SkTemT6sH+Rvf3Sn0EvP5OQtt+C8Js8ZKsTTQcYcacF07Pz2bY5+/Uj2bbUy'
    'iz8XpU1tgpzmx++w/U57L2Xy2TpNH7tI/5vg342kbwuU5+u8EspsZjA2Ky9OIS1fI5Sn5VYSnqUMeNZRMA5xtNW0TsR9G+SpI/wv'
    'B/WpA0rd84w5r2kHfk3Hp1bDNwsu+Jdiy/RpzoPvtdirDAhn9Utn4Mke/+Pw7h3wzsn31HL33VsAD0g/2C4c09IZeBgrGhdyLaSn'
    'qcq4kOsg7WZ4l9Zm6V0itwbIraOBoqfPUxuYg88VHa/KCuvuyTD2vZDutZQNdfmaSL52+ENZLm74yKu3pFybB/KoNJEjcK3oATuf'
    '8+9nHbiG9XGZtYHwI7+1FdehPgb3qmSOlM2R/deoKE86aAY1M3q8mciZybgfHuPeBmPfTd61+tgOVsVgO+iAehXYRZrIvqZU7kL9'
    '2sDb3xpCNq0l/XIIdRngYBHThQ9qzs2OEvlSsiVw3SbibiO00/n3iSSlsbId+HuElN59kA7Yw9K+ofy0ZJ1b9nImKznpH54ol5Uu'
    'JnlqJ8vz1E3CXQbKjafrvLsQ0ktjsjdlyQqvW9/wDAje/7NNSG30DwsIrKXZyjSMLsNUrg/aP7VawmslaRroYBTwNwTzMGfEazOp'
    'VHaOy6GrOIex03M3RuDF0pNp3Jp7aGpDs5XIsW8F/oRjnfLRabXAXkw3hzitjgFtmMCmcyDjo6ekurg1ZB+mDNuVA/5iq5NtZvni'
    '0LWEuW8gzL4S60nDnw639H4EWr7VUm5rhfc6XXYrvNetozUaHrWY5OfwUhY8jNLQCkhrJu34INUBYb4aIkOg3ozKwK0ELtKBLZw2'
    'QkMdsL9KQ5njEj2sqIeV9g0CG90fRiD2s81kqkzHJX7wWvDjucLlA366NT7vCvC9ns2JVUyfaGKnq2YfO97mprn9c7ePn7pz7vcR'
    '7wq66/GZ6WNuGvqIdxr94fOzo8/TMa5ZuJvp64/Nrj5SP8Be5gfdQPwAx1Vl/GAu/9jIa7x9jT7tW6rkM7J4d1Sn8o9d2qvM7mCk'
    '/u63+tTbU8V6+0B+5f5ytD5+16R0zhjzm8ac5X6LY8o8Hh73sV8H8jX3g/eDY9ve7Uo+h8p9+k1i5L3AxkBH0ybzfKNA2/WWtG3i'
    'h2hKf5TG8E7LHczvMGy9puc3gvwOX6G8mDo83sqOmPrs7A9OMKTlIDz0VhkfcdNfgw/9nWDhfzqm4Uf0XF3Yu36DztbcCbraLrCR'
    '8bvoZ3PbryBt7znE2r6a0MhuZX5Xz9gMtDXueZODuSPNmwUq+N5tiTeMKDnW57HKLsZ70RI+tW8E5ZXwWKPBl4lvX57xH53OS/Kl'
    '9NPFYTtMdXdO3/5k6u9cUiYLf366VPTrWQ3zmOvATHW26VlQj5+uNcwZHmobqYfy2QB/qFZLndBiH3/femHvEnYPUtDUWw/u+GlB'
    'N/rcZzwc2tqIFNNb4/3Aj34JYtCTb3fB/vHLD5TvzZx3v/2Em77/ftgPfis6P7Txi+uA386/5wN+kEcirBZBj647Q5IiNJr4blXa'
    'zJZdrN4OrL/T2CHLe5aZ6Gu5PTTNxiRP9O7OHG+Zaklrp/fd1PbD68mQevx8pqh/LfpPSTYaP/u8RFtznX5MzrP4+Q/5G1sd7Ab7'
    'ZPcxnpL4H82s3xnK0FlLeyuuP7shxb0N6lGOSFXmGWF52lIeL0GZGeXQBuEbxv/KEti0XIvy4lq8qPR5UFf1C1VZx7Xw7T/ItyHW'
    'tueEb9i27wowMUbJ06RNvWwvgzj5Cinfw/rkxFl4NOFdCe9KeJexj3kaxkiSK+qZXKEumBrbD7n/3to99e/uYJk1jf4RAvyWmOBn'
    'GXztXgvgB8HMCXvyHcT3sgl43QKoK5vQdwZQdaH1YYjyx+/cxVYT2dxZs+9RledalcGajf6oW2D+LCHvloJvaTt593nl7UXx3cbO'
    'cp0S9REagHQc0tND+mQm9Hjo0GOb5bhey/RZ/cmY8jHdOtNjajqeNuvLtcAHGkOM+2x6LNzrMnby62TGkV/1fnj6ZzLEU/AZ95nQ'
    '+yJtUP2MBAtpKQXrT0JLMi2F9deMi5ZikWcZDZmeI7WBGUVnT33XSjFyyf7+c0+5aeM3PN+vUoxcIjd1Pgyx7h6X4Z1G8h55wIMj'
    '5V1D8t4A8E5+Us57DMl706fhXrCHK33VCmQ/U8r7VfDdA1vDE2D/+Cj49D3wVKV94j5ow7OPlMMNa59oBx8jxc7Z6M4gtIANG21r'
    'a4S9ZAssjLa+5jY+6mtYmzOWspPpWttCZGYTPTw9S7dU2cdqMDmDaHLW2c/mQPsUBhY/l3ctwzu3mRYYvS0nv6sZd8GUFtrYfg7j'
    'M7SoyvgMdC7q4jPY7s/ygC9TO3oBfnO/12bBd7UAdv0NFmM0HWNiGhvABBd+fro5RveXC/gOOgNGx52ufdRWRtvh1HOl5fpqaks+'
    'htmIMX+e8KZGkpfOu05SpnUa624NsbfV4S4fEndO/98k9J+eK41y5o2fWQvyn7HB+/hVdjoBU98V0/prB+zwfBQb+yzz88Cz2rUG'
    'sep0ZzExBlHdpIf/nCWNUbpM6M0b77M/PbP09s3HDl96Qxh5KGRLdw7MN5I9fw1Z9xAXCK8XytTCWn4l0Qkn5znTadyPT+Hot3qL'
    'ZvTznHScrlTlZ8xtzhhLsSXs4yQ4mtO5GygBNnktIfTARgph6cnAwGw1URgDnz8n7d01frkl/7wSYJyS9vYxFEZGBcf9OC7t2rPo'
    'Pof7Z1+nzO8vGxPOV9E9U0PajWlXrVg1Upwa5x4g0zg1P0i57UhsLKKNJUL8u8A5EQjbdk/hjOdIyvOpXSOkYWC+PuXOWZM1u6CB'
    '8cqpF+sJDGnubFf25woHyRkHnNOmcpB0ntDvPAXXh8xPufGVJBzifJS+6c422MLBe4AmQF4c1cjLjYmftJ8/WDXtqFbjj/HR3qDc'
    '+Njoo4x+lNL9G3hHUi/Rw/J5NaH053eDzhmeB+eOpLvY+Dq2V5mf0ZXu/jK9E8P5Pk9V3uknnX8eVPK9VXjP4HxVea/ddnbWiZ5x'
    '71eVd62E0Y1S3qjT8zWH3KMn8R4PfX/rW4mut9XyvFUy/of2+Et6ZZN7oYJ4J/JHqqtboeT7xk3sICPK7F6kIPlqnPHS7cqLeSDt'
    'r3jsBs7XsVy7Kj8XiTo0LE91XU6955K1rk/J519tZNNRBsPkLibsF/ryO/aGozVt4nds7lJm937ZjgfXzerOTi1I1qtkvUrWq2S9'
    'UtHudbRdw3KMX6Hfg3Rnsm28qgypk56LvxD2DmtU5Tlz6T5MhNHOdCR0TZLaQ/uLa1W78mJzI4waYY2QzvGvJmXw/iLp3vNxzf6J'
    'x+wYIXsm3bqQ7GOSdSFZF5J1YTrWBeRlnPchP04xXvzKlMeH6JpyhIVeeNhir0T5Z0mXlXLXERuZnN+/S+E599Ifp9kv8Dh+Jnu8'
    'XmFdMI2/N8Da9p+Ac52un6ZDmrW0T1gbHdjfAnoziftX1IyFc2Z6Mauvx6LfI5qyQ6yee8meblTY09neee13D7CuDW8FOwbNs0dV'
    'xmqk8stqks+UBoYj0Ms1qvze6bAxwSh+TWI9SndR03ah36mkEx9WcoxMaRyi9svUT3VYQ/+UH9D+cfm3jcipeZB7Kb2MGdIsx4tT'
    '14NEl895wahmHutg/Q1pW1GZ39kt6Y4ceO8h83QHyzPB2iTN+ag6GLz7YVmVdVI8LiynjQLsd5ZWeV2RxmAd+MFNt/6rAHTZyto7'
    'xNowoOEDY8JcyvnskQrJHumw3iOlkj1SskdS5udqcZ9yurKP0Twu2PGpTNJvKJvQMqZrkKmcNsZ4cXfKjeVGebHJetfH9FjPsT3C'
    'uIUcNW7oM2Qqmw+qyvisJmMnjRVdt6UY2IMsnyQLYuypb8awftI99nKNvjPI30vqfzHAVxL7Pyb4eVEdKupM/eL0clvjTs38mWBr'
    'fnEWyI1nw9rgp9vlstapRNbcOYOy5gKyJ9itkfl0sudzPvJXXpXf6Yv0WKvRlR9voJPCNrQC724jMp60l+JyX11IuS8PckMe3pvo'
    'vbj9Y0TYs4aJ70v3hLuU+X5f8kuj59kl+wOfa2sE36weVX5HybGq0h+a65t2Qt7FZN7sCqC1QVUZN3uvkmN9j4XEreQjh75rn0i7'
    'd6ZTPPUIejKbuiZIXyVa6lH2d+7FQRvY5zN9aGOM2QFPEWjjpyzPamWmfy1q/BaHGbxFML/5Ghvk09gg+Hj+nPWdnn1ek3YP5lA8'
    'HAw51rtm6Vi/wmKsTyd4N9H5TOf4/yTk+A/7jP8np8q+36CfXN+4V2MriYs/FGeIZnDtuIjw70EfOY2WOZvQ2Y6A9eY0S9uQ6X0v'
    '0jq8lMimdC2Kcm9MnY9vBKWvhSnXRiDJYGMR/RKD+k7z7mLy/EzR1dnKzk434SPzlvazgh8KXefRz72JyS0jmn1t0UJ+6WHydpNA'
    '/z0M/phAI+9Q7p07eXL2YFPWTTdAuhnSl2Xd/tQCzs6Ce7tvX+KmdyzxcOjkdeC/jvDScwBOd7Z8DM4EOG9c4rXrVfCN5jsZ8t1K'
    '6lnP2nhe1ltLkHbw2/qsObzTIb0g641jG8PP+oB+OHm2Qd5XZCv3RSex8lug/G1LKvkAb2tYOXQzGQMnPVUzJib1mZ6PCIrPb7Nf'
    'uibEGai5rv8sHYBq4VrK/fEoOwmvmE90nM2qPDaN6T0QcdKRUuHjX2xldMXjsI+T/Qd+myDrmfPtROXFZXoW3h1P8j9L1hj0A29i'
    '9XSqytjytMxCUsdNqvzeULTn472h+G5ep/uOxo1apSrjaNvg6xLy2+auozK7xlYYupRMY3HHC+mAvivAg9Ae5ReH07YubCOPQ4h3'
    'mCgVX6yhmgi036G8WGkOflq6vX0A6s2cud7a7f1u7baLWaZrd23IdtOYjOtV9Bg1Em1J73COVSt/AWzjR8bQJ8RlDfyZxCVrJXTx'
    'NjZ3URa4lPAqRWxXNjjZaJGf+1fblm8jutp2oGWpX2sIbwySo+pDzl+n/pME2wnlza8ne4VjWRtPUOWxKE1xYHqXXxBtct+HNvgL'
    'usvNdl5T/oN9P0bJ93Cb2lb97vXOWPL2GpKPti0qH09H4OPXa/DYQ/p8XIWsfHjHTVI+PhaCRGwuRGvkBhNaTRGexeOvfeAiNz1q'
    'jxcvB7+98Go3PXesco04fcJNv3ahbMPS2XSdMi92l9tWq9mWvAoXr8wmHr3pfFqiyv3Ice26XHNu6EpVHtcoTKw1iU9fTmgIeW0/'
    '8OgmUkfnTkUkWX8fFVzvKI21MH3RaIA+mOq1riG6r1HBB9jJ8xqi+xkw0N9th3Kv9LH19arymBlbSDt6mc4M86yHdgTp/XYLursW'
    'pkvbbdGPdqL7HTcsJ+F/u0Zuw3k8TzOPzwigySZWLudDk1fGtN6lYpATTGQ0SYZcYynj2cYrp/HJW5hvC/fvKy0uXfr1g45vK1tX'
    'GgzP2qTIvIiDtzbGsHdrshgDW1+HsHJiXnnx3cYDfBZ0caNt4r45bb6OnN2odjyCYsg2nqtpI23HkLCnoX4bqO828QkLsnvxvQjd'
    'O0u+5bsMzkyEwYsuzq0JvVGZio8jt+2Na2zHKDfZ+BdLPJ/O7YUxzO3FPv4rlGa4rUxnF5VooIucJ7I5z2ZyJmtfhHZxHkTt85wu'
    'R4i/UtR5IcXL6hH8K/h4t8Yw3q2GZ0mkOC8olzVp+EuPYCPF8W+LYJ8fInp1es6Ino0LAy+ONegcZRZDAHltQdmf+y8AT4/z/Be1'
    'aUY9/yXx+P8E/xudTj05DzH7zsPcSPSCuO7ZrFfJOB8a514w/khUuaiWyUXcv2UN0SWY7MHRl69TeWceezX+c2HXEe6DR9tLcVFn'
    'gYt2sP1Q3NRD+VbiE9UE5ei9Tfzeq3rlfydCkK9IGF+xVpCnuZ/AdN3ThToXerdFo7K7v2s160+Tsr/7tEbQPcShP4nDftpo6GOL'
    '9wZTuV6SaycEeZOfbwqqJ6z8RO8Jw7XC+fdDU3/fTdaNWSsffFKVn5dNW/qFjiZjf0iOPfrro/0B45KgLm+F8O1aouupE8q1sH1d'
    'k08e7mvFbVX97JsURyMqD6+PgYfXKX08b+qrZxuTaMxHjuFxl44V9rGS37SJ7sX03Kx0T0cnGx+nbUcLNhHTcyUDFm2RYsJQW4qk'
    'y+hT0c9Zx3Vvn0RTQ4IuphSTMa3Pg/O3juTZrYHjEEpeyON8+13Ks7mZ0AQ/Q/R8yPJY/7dTnkwt4YGf9cYzW0H6wX/xgVuMAPcT'
    'KW9/szugvTq9a68Bnp5neup3+tQ7VsV6ryP1xgWXtlVH+5ek3H0ZzyPpXyeUfAad5jc9yyLpyUxtRfzc6jLSh/FDtA8/hz2JaVtN'
    'dee7NfrIbxEbvg1u/GA+RPSlRQ2unldy7DF+pukTyotjNqwq78kwiWNhokvRxQmR4vyZwNSdZ+pn825C6ePIV6PeEeK7snQG+uv4'
    '+55qaFexiV1J+zfdYzmiot0Dj76rUe8bpPJSQwzy0lLNmjFgKEdK+sNh5X82cB/sdSXbyrhmTHtVZcyd6eLhNvzdhGfR87sU1xNK'
    'H/dS4mGm+F5K1pvdyi4uYZj6ws4RP3/vOOdNTQzzpkXZx7tC/vgm4hvIx2MHy3ujZo7arnd+ciZdq/Fc2JXKi3fo10ZJ5g+yPQTt'
    'B7bM0LrVOUPr9GxaU+oizg0/OjW5Q6FFVca1DOK/PxT87HYZ2OYzswTncfMjW33Br4kvxbPCXtIW3v8h8HpigPdV0r/dyiz+BB3z'
    'f/LpXxh498K5gzD9oXU/z9b/Ho0s5uf7h+tJV0zjV432XUXsb/0Mdp/GR3W3hU8PjsvZhH8/q+T4hNWod4WP79BAgEzH+RON9RvU'
    'VhP/I7RVLRP03JJsN6GqEwc8jO2hGrx2UQy8doMKHyfTNgYN1kNh7LSY232kjG686XmPy5QbL4DSKLeNS3FDqe0kbPuo7wyPB5oD'
    '+vG7F8mvX9THeo+GXw2reOKqFgPsTvTe3S7Ix8/Vdml4rk5vy2OD7vPxWzZpv8TLcCzOIHuDfYZ8w7RuP393LqNPZ5+5Tycdw01k'
    'DKvtK10N2bFJ2d1VfDGRp/oY3p5Xdvcd4H6vTUW7q9mB45yBP97Q743H7Te1MUu6bJt9YBz7vdlAAzfFNGY7iP/fqMV6Ma78Y+ld'
    'eojQwvHExm7iE8rlRhyPDoLHAU376Nia4DkKrfJ7EZF2HZgv8+EfxRD840SyZvays1td0GY/OVry5w+iAYTfEtKn1/Qu2zh0/CY+'
    'NIOafQrOp5MIjxhX/jGMx8m+KI5zLvMJnFGL/dlwgB+Qsy/Kp8r9bNOW+w2bGG6Hgx8eiTYBx4f3WzniZQO+29B/Nkb63xuC/odi'
    'ov/Xx0T/5xI9xXblf86x10eGxXNvCwV8mPqc6XQXdJ82ZNHHnSHWD51sP5v8JP3oFs9R2Ny/RveME6o8xgTF/YTGD8nvbhOb+7aC'
    '9shUfqhT+vsU+T3LXE6lNgHuW7LHci2er+I7Xzwu6Mdt5U7JvlSAdLXwLQj+Pou28P1y0NwPsvmdDPv66a53obKLpxyEexN67lD+'
    'd5vsIzKmje8zysJNbA7flCq/E2IPK7OM8IQ9qjxvnG2cYPbjoHvO21V5XAPqA71P6e8kX8zK1KjKeA9BfAr7/QLBC62P3lk+nfqe'
    'OPYDC3x8sDgPbRFog8oIzvht9fEzkGDZzrWDmrWe2u0XaPyJkObekCq/d2M3g72L0SRdN3T99jtX0K45VxCmfbrzAUuEuWF6r9mE'
    'Rs4bU5XnS/lZgOmk9+YY6H02xtrIpFxblKnOKUwdP2Fysem8K2rWrQUR7SLc77eV6GiCYiz0KH2sioyqjC2BeM0rD8/VGPcC0Gij'
    '4Rjq4kM49yfdzPjcCxa+39weNGJRdtiwjAlviRrnpc/CTjoWot4k3s7hw2PfMg08dmTq36+OyGOj8lQTmwOPJSj5gEhyDpU5pmse'
    'le6vmvq2LQRee5QcZ2g+4zsHlfk5Sb7Hs5UNc9OMu39VbvzRQ5EmawxpMq+hSdM1+Fbl3Vlouv75nVOwWYP2atbfiRBjZlu/af9M'
    '/Zvn0rpLY/gcMQ3rMN6T1RHgZzkk2BdMdHpSDB++9jfFsPZ3VXmM9xnaVTkdOP0fsJABwtZxQcrTaV0XYS6PxMh/q7HuS3urI6o4'
    '5nHvsZ4jusdhQ79v3R7LtIzN2jJuaEcx2UeNa3xJx6aJL0eZs07ZG2IaJ79zf/uU//lx23N9trYTztf3qfBninRn4Wfj+PrpTVsE'
    'edAE53Hr5Pk6WVDxxZo1sctQvKGv0cvBRmuzngTllWwyUt0ryJmX6bYRSe3xo6HFAbr3OOw/mRnSh8cR87jR0F+tAO9Wa3wPh4U1'
    'hvKewYCxNL2X3MYnsgD+2MfMYBuob8kioMm49OYmca2ozr7A7DxjSr4LwC8eMj/3vVtDB/3K7MzlTOk5p3vuvILsjfo1ezjduj3s'
    'k99Gn6Orm8cFmI76gugV6ZT6o3N63amCz81xutxr6HsWZFNy2rXZQl+4XbMu7rLwydmh7O/K2Cn4fQeVGdLg5Mhp1IXwPVvcZ9Pp'
    '/eB7LOxMfnFD+L3l/NzSoPI/m0nllnmC3OIXT5THGuayCaXbDsH/zrTf2N/nNGc43knwartnkub0EPG5naeRMYcYX9il4WO4Dm8n'
    'a6F0N4HfmbPXQB/inPdhzotIbetW3tl4nmePwZzrVN55umGlv7fC1L+TlxlXZufp0OeyQ5XHksAY4QvIXE9v9XcqjyuWjM6ntzMG'
    'PpQX+FAB2rhBoNOwPo6UvzRp9kVB+r84fT78ZICshR2nCDjEM8GNQD+2awytv2aadf/OHYmv08wTPo+GNfxvxMKOaRqPxVRnIJ0D'
    'N5Frpkv+l+6bkmw9dZp9Tr+qvM9qxGc9r2Pw66FcVH2+SZyBISXHmiwQWXokYP2T+tTA+tRIYOTJPnsm6ZaffxzTrGM7LdbwAQEX'
    'TVXyndGtBXfP8bXAiTG2SunPZPq1NxvQ3lwV2rsW/OvjHg9dP6q57jo4fTDA90Lih378UxpDlGk6DcY5rN2kz0cPQW3s1YJvsgZ0'
    'RLDXBfG+swnvC9LNjVjAXUPmpym98xhHcdjVwqz1DRo/IVzD8so7t20qbzp1vJ+cNTAtF9TuNyq7ew5GNHqI60DfHAVOUFtfqypj'
    'RQwp/VlSp8yrBP87vzJBbXBiC6834FFB/KYa89HWH62okTNmSkfeFoM806zMzwPvgP4XfeSgq4AXSbplyYY/W+SbbtJurscxbfdM'
    'yDl+e3TcIy/W2I8kO5Ot/g91ROcKvnFx1DNOxqcjgC/1WNhBePvpniQO+OMBe9pD0Z5mwytQnnwabLym5/yLhmNXbf4Rxt7g9PfP'
    'lXfnRTX6Ox37DyfPaarybiXb897TwS/DjhPl93H1cab2husC9oYTAXJXnP0PI6PpZH/csy5Q+vtN/GJE6vw8biD2pWElx2ndpyl7'
    'bYztwTXiUiKnB7UHy5yjzGIhFA37dZLFXPNr19GGfm+jFnO3z0cHqrNT1c3gWpuKYa1Fe8fHlRcvMQfteWq5++440s8u0k/n90rB'
    'b4TjYJT5XJjYDAcEmyHaAyX+VI09y3FQ96asm74qWz7WG7Ll/TgTvr9xidePM1ieLZDnNpLndIB/HqSnQvoySNdnvXY4fXfOqW1R'
    'wXV3Q7nToA21kPcsyHv7Eje9Y0nlPnU6+2bSNqff94B9zCl3vmE5v/bZ4ORww/W5xFdtc7a8j+dmD1+82PrqOPDPzlbigraL8hWd'
    'r878mNYX7pu0keECf2/ImvlfZWKydTlt/eduN/1Ut+dnhrLa38G3xyD9B0h/0i37dfyh27uXt4GsX1j+D5B+rztaTNMmgvONkC6e'
    'lNfrdIy4+sBFbnrUHu8sFH47fcJNv3ah+42u8y+8Onp/beJbzvEH0bhchX+CwlvGHtvZoYNLestpV13tpnferacLvENBuk+B+pcj'
    'HX6q6KYv3u3S3HLh21X7vblep+TYxBiLcD6Zx399uZue2uumP9tXOdcxzyksD/fppX3M+vQxTJxR7O8PB9y0YY8XIxi/5d4HeLqz'
    '8t7uT9/tpvvvNOPH2Rh5zE7A29f6vJhw/FvqBvfbEQTv+E1d4P2mMRlLa3hfOWw6bvgNy7+xT8+zMN7+fFV+ZwKnxZqLYR25wDuD'
    'gfU1wNj82yVuWvuayjF6FfRp40DlGOG3q3fo6QvbWU/aWTMNY8jXgjqfNUTS+TQLc5zyjXfDOjrcXd7nNs08OAi4Ou51le25862Q'
    'dpvRehx88ObH3frnwe/3fsYu9v53HnHT7IHyMzLOu+5PRoMV5c7EBgsZxRRuO8nHz43f/MVwMXL9fNnrQ/Dektz+herKqd/5upv+'
    '9hNejFzkJR+Fb19+DPL+gxdTFP3mxr/qpuc96abPHnDTA5+r5IXHaOqcDnk1bFzJFrBN+NHhGqI/MqGFoDudFhMe65RNC3kbybxf'
    'N8vbd9I0t4+PfT7k2Et7sU0h+EyzMAfp/vbjkD61vHwe2PKe62AuoY57CPhOaaxS6UPmyZg/WVOYDgq2bnXx9cfJyby8O0FOZBnU'
    'H8bG9iloznXY3D9C59EKlA8n9XuCIBrqIXPuuIr9cfqwfkqIqiINUT6zhsmcdRqdGd5nvJDYw2ieFmKz3cn8DKjf/04fH/lcRJ65'
    'JaZzSakIa/gWll+3XlEe3aFZ51oD2pmJsN7o1sguSC8PySu43HfgITd99EveHhK/3fU4yH0PeHtdlOEcmc1J33+/m27+VuXe54Nf'
    'gTxfjk++20zkPBUjzptIu1fDPJrXObWGdpbDMZFD6mDPVAtzCOX+FlclJbY7G4FWemLUZabn4l09t7oqEBWWERtksZED3y3Iaynl'
    'xf1K5DW21qrJzFyR15qITQ552YksnyksjI9/AXlH7SLqk56/lo7fryR7eCe/k96vybuUwFnwRPn+vp18+zHw/QOPV+ocU6BDePih'
    'yvXigW+46ZNfKl8vbNb3zZb46yD6S9ST54D/qwNK3fNM+dy9hawz02ZfSs9BntzCZ2IoMdl9Oitf2ayfpuPfFlHW6v6kJ1cVwNcN'
    '5anPPeWmjTAHvv6Ym2eYzM/Oh0EX+LgMr4/kPfKAB0fK+1qS9waAd/KTct7zSd4O0Ofe94ic9yyS96ZPu+lyaHf28fK+nUrOgNwE'
    '+sM/gDz5xGdA9wj1PPCUd48o4uw+1DU+Ug73aNKGLPCpDZ+X27uQwFOflfM0EXiUR0l9iqLfbmE8o4GUnXrpK8PYyiDrBB1CB8ik'
    'VMZF3JwAuFoN+0gpLstWsnehMGpIfpSv+R7XpNwa1uYwenlfHKdfuuInMo4TudxgDQjAt++Tjlcuj9tu2QH+SnT8+2H8s8n4Z8je'
    'Kty+LGhjFvO+TVrPi2Bjv2u4Uj5+07byb1Q+PmNf+TcqH/8e7NdZwZaM3y57U3R9ShRanGPuThnms9Si4mdIgf5QNmPH7VxUP9lB'
    'fDESHmTAg9K6HUQMi1CyRiVr1AytUbhfOeYd4IcHfmcLb3HTd70T7nUieQ+8vTzvj28G/RTk7SdrEcJ14GGMmzyD45R3vr2afOP1'
    'b6N6I1bfueTb0YNu+rvL3W9nCt+arvDisOC3j4C/5IZB76wWfnuefVtFfcwuKO/fscI37N9Sob6jByvX/efZN7ruP7kb/Dovrlz3'
    'fwDf/uctybof+7q/v4rr/v5k3U/W/eqt+40R1v0+pmu5ykI3kZ7jnMFBwSPXqCiPLwVw3Vk7+G+gXYH68nYm4zXrxov65fnFsg+K'
    'S+x355kUizsqv8hF4BeHil44Ko7qDyMcpVR8trE47WJXG9jFXm1hF3uVhV1sq4VdbL2FXex4C7vYURb2q/kG9qsGA5tZ2D1F3L5v'
    'pv5THaRcgfhvLSAw0beCrrNL4N8Z8r2adbbFgMu8iubTxtu3SuhPF8uP+bivnVQXndPoo2gSv4nHT3Tc3pcp89hOfco89kavQZ4X'
    'VLS5gLiyscO2aXy5+XkhutdbqsrPBaIdVEc/tYcQ/SwxpB/TuFB+sSjpnbS29EZlMx7LaGKO0lHNIURHzRZ8COMv0TiGPUy2fz4E'
    'zxmfo3RwKK1HC5TZXbom9zfyewb2qMq7yU3izh3q45+OMP42PjCHg95CffglNUOLvR9kR6CCWTcWcekFfH2cjExkaZU89HmIDunW'
    'OPXIiU+awXxUUc6KBBt0o+pKFJy76nqg0k7431/08kRZd6RYI6hTOCD47Y8TX92gWDQJfUamzwg+k+lY6TOUXXHuLuoZU18vu2er'
    'lR9ZnHq4ZC2PPHZWa7mfTK7YXugKOC8x9Am7/cR74WyWOuD5riDMs7/spi2fjgaTrg1DsF598bNmMW4TWfTQpd+44jm1dEc/4146'
    'o767HO714D/9HRYP0CTO3yqlj/NHfcN43DvqG8bj3lHfsDcDzGf3VfqGfQzii11yV+X8WvtaN22+IrrspRuPVhiPK0PKCKaxmaoR'
    'L6F20rNJxCF/8/hydCx4XLqw8nc76w+NSfZ1iCP4F9vCnYFKYp0KsU73R5DZ9tvLZOlZTOd4dvyPEFP3GPJu4WsqeZqTz0nPGavk'
    'aU5++o3ytLP73fS6qyvn0ZHF8m9JXN9Dl9aj8PTEh3Vunk3IEZkH7/XUra+bybdPMp5xCvn2NMS5vRBi2Z5Ivv3btSBX9np31/Az'
    'B4+9zzs7jr4yjnznpOd3ezFxC4QP83pLcl93ed/o2XGU8TBPUKzahM9F4nPLI/C5wLJx+e3TGM8Jzzs8/PajyH88pl6XwF/rVPmd'
    'WfReMbzDi8el367K49KPkDwYE3CYwdlO8hRZXXhn9JVKHwMf4VwK+Amy0/ezcq9gfh4m90s65TYoL95hD+v3WtJefv8axkTsIn4i'
    'Y4Lvj85/O6hd6E8e5FfC70LrUfpY58cTOYzG+TDV7Z1oSZ+NqtyvOK/8fZ/5HpbT98qY5lyuCnOuA3h0Cvg4xvbiftfUxyVVRfxL'
    'PGBUQ+cXCHNOorUeRvtbyZzbSfL4wXHKrYO9JG0T+ssMWfjojKtoZy64D8848+EbVl4s7ZLvt48PT7VoNax/FdKmaf48yNdSPNlh'
    'huchjV9cnzCW0v2/vUq+ix2/7zOgxRFhzGlb+g3o8NtZN0aVxLtHNW0cN2gbtmmAtSno3vY9lv6EYdvRS3zcHDz8Wdady7SN/ZY+'
    'k7bj1UNog7ZtOsaB9/81U/0/nbWL+/H2hZwDw4LcYOKfzuUHG/zyeUD9D5eQvtrgmuKG30u+S0Pnpn7/cdEO7+vBjHeHtBQjW7rj'
    'z4+Otmvws4u160eQ/kqZ+ZP79eFTPn0YrmIfTMblBUOauyXjyi6UtosW84HfW2srT0s0zM9WTgg8w2n7hRlXbp4pGvqBKo/brsPx'
    'ioxre6R44uvNsAZWXOv2OPnutMnZpZ+m9Hc8R7nPW8fvtmvaNszwGiSnmp4beSLt0fYeZX4P+eAsWPc+kHb3Ykh/Jm2n8HZpxt9m'
    'but4+W5hnJ02D6Xds2ESL+F3pfeqcPfaS33VtefctHtG00Rutl1viwFzfiWpe7DKMjmf2/Vpd48zm9edgynvjmuOexPZZECZ3TnL'
    'x86Ebh5MuXdCVlMO4/j4y5SeFvuFcYh7PG5OufcoRunzDsO50ZuaWd56Vsq1jevkBmxHUH1Dwjj51buc1Fu03MNJ+z8uK0i4c+qt'
    'Sbn2sjD1xoXzH4Kesxq89qvKO4+KZZ+35CVYRsIn1619Rnn4nCm9wLtIn23bIK2pwwH1OTL44hA0ZCsrO76ER1nKPXHIF07dm8DH'
    'Ni6+X4C6F4egyXFLmqT3qvvpSaiOtAZsljQuyRPEX2kBsZ+sFHSoM6nrx7gojSr6ncmlePYQv+O9j9mVo2dqouIj7Llt9MHNwvgq'
    'pvd2ys4HGx+3ddN7TrOq/G4TXXmMtUHj6ThlL1RejA5qS3Lyv0HJ8XSuVDMXwwTxxs+jB83NXUwPkUm5djHTcjpe8XNi7xhle4cR'
    'jaz/HJmjJjJLn0a3MiasqYss1qshi7xYx32EZ20P6Oe9xG7SayGboX37z5V3z2bYMaJ7hDfFBA/vAxxTnmy4Ieump2bL4W/Juult'
    'Szz4ayHvVki7IT0F0vWQbs6Ww3beo00f5YizA+o7Tnl3Ip0F325f4qZ3LKnUzfDy1KYv+WGv9fEvO17p70Y6hviCjUOMpt9CHKaH'
    'vuTFENH5ws7z8YVtFHxt84KvLbc7xsXb8hF5G+anscGi3HFNx/cGSJ8JuX4HtSkuHNZElDOkfGHvB/8s+BQehPQFSJ/ontl7y399'
    'QXQ818Ugz8XRH1zPTfcQwzDPMso7J1Rv4J9wBPHfkPyJqK+QLk9QHSb+DGuUXbxAaX9DdQuHCh2Y9FOn39klrOs4Nvz8ht8YxeFH'
    '0jCL8LUzBL74fpTTKJabyTuFKQ4yPmtOO9lDpYhPGJbPBJSPI45gusp9pOeR1pD9vJpBeUWyB3K7r4m+u0j0GtVs2z4L/dKAQdsW'
    'xtA2qluje9rFBv4vpnu3CY3+6TioU/IF4XqoAQ2MhbCnom012Vf2aeBJayf681+oys/t47nieQG46tPoAbnPM+0Lt9vY2Dwln+EM'
    '60sX6YvUxhHC203mT9B6F0ccZqqj7RHG0XTN4nepUDvUhEBvDi6XCX4hOj8Cyc4zzODu1PjNDxMdup//t22cubjkB78x2Mn0zuMC'
    'j+FrJZW7x5n+qsh4E66VdO7VCXVRX+j/IWM8qJFTUO7+BZnLfnklnTrXy31fVer3TPyYxph94Suk/b2MtkaYTvERwk8HBH8MiS7H'
    'mM3m08SeEcRHTfrmwPyg8mKxjvj4D+F7Uxv9HoB/uzLTpQ5rzljcQPRp8y3mOB8z6tfmwLuKrKO7DP2UJLuaTo7GWLRn+5xZsfHd'
    '5L5yawgtSHRE77DQ8V2quy+AfrjdogzFQ9D85esdtVWhjWep5ixHp6qMwR+37YDbSE3Xq7hsYGHrd+im/Axq+rB+FHn+ODmZV+Lz'
    'Urb9KsST3AsTHC9v/zUqymN9j89TZP63srmXzKFkDiVzyH8OURnemU8/T3lrFsr0rTB/8iAr2OxzVlnkR7vikZa6TunMl2l51P/b'
    '9muFZb+oHJRLeE/CexLeI67fNcn6ncyhZA5Zrd95ooOzjU8o6f5q2dqN+ulNTNdep/zvrYiiU55N9l5+zj/IThuXX21TDPgL40cf'
    'BpeSb7Ofz2M1x+r/tXf1IXZUV/xufMl+pdmXbOKGZCub4rYRjLyC6Ca0EHALpYiNiZDYih/Jbjfgum9dd92aJhJBi9a0fvzVPwr9'
    'QnDpbtxkN7gvVsxq44sgYmxNCaQgtX80gVRBBRUlznlzLnPmzD0z9955z7bgwnCTeTNzP86595x7z++cYzpbL+QYy6wxc7VxrCX0'
    'hueXMF1c4ocVOfpQNuBE6fl/r3D+7+PfUlb5fBPpnsT1rH5E8LUaE/rBv5mXzzpz0Gg0xe4g2TXS5pGm8T7D2S2l8R6V9MukOCod'
    'K9Qm1xL9vrYHXZ7SL1ub8DCrt1cl49tMGGwyrjZn1zgQaWfcnDdW5uCNMYMPSFpOvH3MFiDJcG1zHRfmzYiyj6twv7Dejymz/xf3'
    'h/2Pkv3FKD8VPew3wyqKYbmafX9Tju99Q/CBMvkknxdoN1pH3tM46g0pawpt26CARdxEeM9nXLLyDvjmyMySB3uFtWZQwNSsMdi5'
    'fe2rNB6ziVZFFcXyut9SNprGUlpfljdgTF39Iu72xHzw2CWSzdQG+0Jtpi7niD6xzbaQ9cQn7grHB8G54pWqvj7/vvS1mcetDZrH'
    'o4Y5lPVOWcl+943A641n4PWKOfATWwjGJA0/oGMvb2oANlCSY/XAMUh6ow3maAnDif2EtXuYyaIeFflkjSn7/MM8zkSZ1JfVXpNs'
    'pn0okHMb2z1OWcAHrW2Qjs1tFvU8n+C64nAKBsm0Z7mL8EBWzLgObHezYa/J/cB6BP6kfLdSufmSc0zpz5EfbeZMvWK7dSB/rhb4'
    'xCVmHo0jvL6OuDQpNgbUtdkBc3cN6edFw7mA7Xww5S3XdX9q0ad7DeupiR++LIxUnv3nJOmDKU/Pt5hMWkl03h72jbKwXg9Ynino'
    'd2z9vO9m9GwnGFUT9jFt7U6T+wUml/amYBOl+NNp2MaRlHGqZ1yGmk9vj5sNodOg12s/Xhd/vyYyLjQHqhTD35RL7Oq3wvLJaiT/'
    'tV9xH+bce2c6LKdejfZtOi/fGowh8eGf3casG9/7aNrMQ/WMd3C01y+m9mq82shvbdhWnbt8KeoTkF/wj3+vP+YR2r9se1j+6aaI'
    'X6g/0wcPIQ9slzH2bUqOGWLiiwO3Yn6SHfF1AO61D0W/1fI77cyX301ag1tyjJnLXOLzpwvXLT5Hv4ZraRuZX/8vf03UXEqTThYa'
    'XafLX9H7R6lmuk765JhejxWfqoTljRhr4c2Tbvx1bj4s9y6G5b8whs748XDu/AD5C+49jmvjd6rp73yXvDOP+bV/dyz+zq9noxg/'
    '8E4J5Q/NjfobXOd3vY1tfRm/hev+Mfz/Kaz/xsPht75Oxucvcxh74lW/+bd2Pr3dWfIhz/qqcLyfqkay0OX92/4WjVu9bKlURoJs'
    'rY3F0fgaTp9Pk5XwbifSRx3+78UokNb5AuoTtL2QM5DagJereOwMbSuDZBGXfov5TUtxPauLjAeVl02lKNeV7/dXMZ279ZLcv04V'
    '+WWl+aHY7i2HVDL+tK3dyeVMx+TbxPdmJr88U0y2PPvdsnBuIfnWDhvaVST2i7y+or54D5MtRfIjmxT4xRTDsENFsW9tfW1tzoh5'
    'XdwHzxSj3NS2rHNxfTZmos2oivuT+s4Pl/1Zt2B30edeU2S/vhTreOvKpJ68UcVzNVwljIeLbqKfK6j0OEKSvatZRTHQB3LOy1Fl'
    'jt38gAc2xOV8ZUTJOVdgfIOti9pZh7XH5ozPxsZra9dq9LjtVfb5uwYy5rLmL81jTVinbgskcKl9tumgEanZjG0vqij2/DgrRwV7'
    '+31sDHQuKl3q9VCfd08K5TUqyhnchve2sjml8aMdKsqjRWOI6LmtZdQ95EyyQ1g3lgh62yqkoe0ZnW0+Fh8bc1GZ/fyzYkvxOBD1'
    'sPOmxbTYKJxvfZPJgrLh/JvrEo22f28iZ+OTAgZjXNnnGxtV8VgBa4ieKclurjONGehrs98qGrBFgx52VFubtUn/O6/SYwW4xvWA'
    '+bfNk76mMZbiTo9Z4sw6BbzmPQJtpTW7T0XxLqX8CiMOdrRBwcat6+tWUdyA3Y425DR901WvhGd++D9Ez/U59Y0hZY6vMMHWgT4D'
    'LsbUvwlBjzE9u8fD9jlI5KZLfAvOmz+1pPcKJedxnMzg3bQ8BiZs6GqBxrZ2V7pPOIPnERexnC3Z9bcbsb02dHal71e+YmZfsYTH'
    'UY/0g9uf5hnNS1/RQKZBjzjU+WiwUrCHmbD8FJ9qk+9NspV3EZo3Edu4KX8hx0hcJPbsVYZ36LnTshTcmq1c5v28i+x9dJ+aWb0t'
    'DAe0W8AycRl7kcn6K4gO02hZzunUStbeFhXlDYA9gl6Xp4hePKXy5UWWcqNvVdm50a9Xjcn/vUHli/evsUk0v/FQBk0eyJD7mhZL'
    'GS3e6I1o8Uav25nKR2jzKmK5gHa1OxeieovkvEPHSocL4lxDjGuIbw2xrcsl2ZCZFhO7NqdKSd6o0WR3WP7yF2F53XbMs4TjA/d+'
    '/zPEDYzjGeXBsBwpmb9x6I4oJrz0jeM32X1DotU6XO/a2GUas/ZtYX1Q1+OPKfXuY24WZJuxreEYtpn7BnVCCfXq9q/F9reyqxK8'
    '81JwfRZcTwfXQHDdHFwPBtfO4LqjZN/uCtb/EpafYfk0lgNY3ozlg1juxBLq0u1tI3OjnWBW2oO+HngiXm879h/uUx13maDjal78'
    'w4/D8nrkhff2JTFj0lmFxCerCK6PXluCNl54KBiLHym1I9jU3Xe7Uu/vSB/PLdivC4iPgXehhPdr69ztYQnfyeJT4JGu4VBXBz0d'
    'dPTzyLczWM6W3PhU8x18V9oHQHme8fEM+/8soXs3tr+dXWuC+blxIuSlCs61V4LrOeRTV36l/YBv186CJuL8WmHz7hUsn2N8a8PH'
    'BcKPcJ0L6vxwT7wd57AdcJ/vyWi9Fwztob6bcO8f+Ntixl6Mtq9A2rchUNZmBuPtg3s1+g2acaH//BXakp9ItqcZ16TPH01vzwqk'
    'f4Fd3w+E/A2BwN0azNXWITMd4Rkob0B811ac1/C8qb/aHxuu4RmlTs7Fvwf3oIT7LjIYcCim8elbjGNC6Nl66bA9nWi74T3AfNF2'
    'cyylD16D0kNjH9YRekAOLcif1RLoFaXTZnrQPFs1TMQCtu+03VmEHrd38P2Z15N8RWlkM37tbPzUXIh/iYG05iJcjMv4FXD8bjnj'
    'Zg+ltniK89C2oXWX3LEq+rvN5LllxM7KceRZfAb4G8DeqBRMDrdz9Vf9coBQ2j+CmKbehWjfqn/TeKdvLyb54lnEXz07nc4Xy/Hf'
    '2rdN5woYnQsxYJy3i/gbzVuk+dmWT46djvgEytdxXgAG1+U7B19EPWs6m37XvqDUv4/G+3Et5luC+z58Pl1NjuNSNo4ngrXkbDBe'
    'd1aS43gCcWFncTzhGR/Mq3ot2f9m1v+Pg7r6XojX/zHWD/dd6n13Pl7//ko+Htd4xaeqST5+5FTEI2l83MrkZU32n4jkEdcl9G+V'
    'l+P1TB2P56akuMoDz5ufNdnUm1QUE0i3aXMwT3cthrjQ2xbMMmMzyshdi3EMKTzvQqOHcW7sQtzro2+bsaCASeU83Mx4GPbQsH+m'
    'cla3l+6vfWTuwl/D8vRr/jks+XnCZew84Zlq1N5nHLGhGjdcnG5sPZTPs9Yy0FNAR6F06Pbw4zDNRSrDuby55TjOd8M81XMkS49b'
    'Ts5eKI/pPu03rJMcR7vfc53U+OsXK/IcoGO+guwH+gFjfSTern7EXcN9qs+1ZehzGretpv31OWkcQUc8FKwd/UeS4ziD7T2Ea0v/'
    'Ebdx1OPfd8btve9hvQ8TfHaWvAK/pier8fZTXyeX+g/hmPZU4/ToUn78NIXzoOlUco0Gml1NMPquOk3/yYg3abz6PN86ezTJ7z57'
    'hfFgjn/CdKhxnPefOOpQJrnhI+fex+/M4nnvVfPy3JbO/lsumXHrdM7y3J50zvKcoGn5767A/R7gzSn23BeDL8kiqU90f6VzikI+'
    '0C+jvV8ArogqTw=='
)
