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
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º)?(?:\\s+|(?<=\\.)(?=[^\\W\\d_]))(?:de\\s+)?(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|settembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|febbraio|dicembre|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|gennaio|ottobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|aprile|maggio|giugno|luglio|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|gen|mag|giu|lug|set|ott|fev|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?,?(?:\\s+|(?<=\\.))(?:de\\s+)?(?:(?:ค\\.ศ\\.|พ\\.ศ\\.)\\s*)?(?P<year>(?:19|20|25)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 16620, 3908, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|settembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|febbraio|dicembre|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|gennaio|ottobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|aprile|maggio|giugno|luglio|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|gen|mag|giu|lug|set|ott|fev|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 20528, 3996, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[.!?。！？…\\"\'”’])\\s*(?P<sign>\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\))\\s*$', 2, 34, 24524, 1475, 1, {'sign': 1}, (None, 'sign')),
 ('(?<=[^\\W\\d_])[.!?。][\\"\'”’]?\\s+', 0, 32, 25999, 221, 0, {}, (None,)),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 26220, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 26246, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 26839, 240, 0, {}, (None,)),
 ('(?<=\\S)  +(?=\\S)', 0, 32, 27079, 33, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 27112, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 27143, 77, 0, {}, (None,)),
 ('(?<=\\s)PT\\.\\s+(?=[A-Z])', 0, 32, 27220, 41, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:T|\\((?=\\d{1,2}:\\d{2}\\)))?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\)?)?', 2, 34, 27261, 1611, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 28872, 980, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?m)^#{1,6} \\S', 0, 40, 29852, 22, 0, {}, (None,)),
 ('(?m)^\\s*(?:\\d+\\\\\\.|\\\\[-+])\\s', 0, 40, 29874, 54, 0, {}, (None,)),
 ('(assine|cadastre-se).{0,60}newsletter', 2, 34, 29928, 108, 1, {}, (None, None)),
 ('(jetzt|gratis) (lesen|testen|abonnieren)', 2, 34, 30036, 124, 2, {}, (None, None, None)),
 ('(powered|designed)\\s+by\\s+tistory', 2, 34, 30160, 106, 1, {}, (None, None)),
 ('(sign up|subscribe).{0,60}newsletter', 2, 34, 30266, 99, 1, {}, (None, None)),
 ('(©|ⓒ)\\s*\\d{4}', 2, 34, 30365, 37, 1, {}, (None, None)),
 ('(наш|наш канал).{0,20}(telegram|телеграм)', 2, 34, 30402, 93, 2, {}, (None, None, None)),
 ('(にほん|日本)ブログ村', 2, 34, 30495, 41, 1, {}, (None, None)),
 ('(打开|打開|下载|下載).{0,6}(app|客户端|客戶端).{0,6}(阅读|閱讀|查看)?', 2, 34, 30536, 122, 3, {}, (None, None, None, None)),
 ('(扫描|扫码|掃描).{0,10}(二维码|关注|下载)', 2, 34, 30658, 73, 2, {}, (None, None, None)),
 ('(有料|会員)(会員)?(限定|登録)', 2, 34, 30731, 64, 3, {}, (None, None, None, None)),
 ('(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ]', 2, 34, 30795, 180, 1, {}, (None, None)),
 ('(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,}', 2, 34, 30975, 156, 1, {}, (None, None)),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 31131, 227, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 31358, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 31456, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 31635, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 31716, 21, 0, {}, (None,)),
 ('AI\\s*학습.{0,10}(금지|이용)', 2, 34, 31737, 55, 1, {}, (None, None)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 31792, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 32030, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 32284, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 32474, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 32712, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 32740, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 32920, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 33112, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 33318, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 33350, 30, 0, {}, (None,)),
 ('[.!?](?=[\\s\\"\')\\]]|$)', 0, 32, 33380, 56, 0, {}, (None,)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 33436, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 33555, 139, 1, {}, (None, None)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 33694, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 34010, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 34231, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 34724, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 35048, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 35254, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 35282, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 35302, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 35334, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 35496, 16, 0, {}, (None,)),
 ('[\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]{2}', 0, 32, 35512, 112, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 35624, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 35830, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 36116, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 36312, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 36366, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 36390, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 36414, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 36457, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 36719, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 37013, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 37031, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 37048, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 37077, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 37201, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 37331, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 37538, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 37808, 230, 0, {}, (None,)),
 ('[、・]', 0, 32, 38038, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 38056, 104, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 38160, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 38579, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 38595, 44, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 38639, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 38728, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 38847, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 38922, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 39003, 16, 0, {}, (None,)),
 ('\\[([^\\]\\n]*)\\]\\((?:https?://|//|/|#|\\.\\.?/|mailto:)[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*(?:\\s+\\"[^\\"]*\\")?\\)', 0, 32, 39019, 186, 1, {}, (None, None)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 39205, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 39241, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 39354, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 39398, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<\\"/^:])', 0, 32, 39422, 28, 1, {}, (None, None)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])', 0, 32, 39450, 28, 1, {}, (None, None)),
 ('\\\\[\\\\*_\\[\\]]', 0, 32, 39478, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 39502, 44, 0, {}, (None,)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 39546, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 40029, 277, 1, {}, (None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 40306, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 40407, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 40432, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 41281, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 41389, 33, 0, {}, (None,)),
 ('\\d', 0, 32, 41422, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 41436, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 41464, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 41611, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 41826, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 41958, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 42077, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 42138, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 42250, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 42377, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 42498, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 42772, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 42906, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 43043, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 43100, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 43219, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 43247, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 43263, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 43527, 4095, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 47622, 55, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 47677, 289, 0, {}, (None,)),
 ('\\s+(?:septiembre|diciembre|fevereiro|noviembre|september|septembre|setiembre|settembre|december|decembre|desember|dezember|dezembro|dicembre|décembre|febbraio|februari|february|november|novembre|novembro|setembro|сентябрь|сентября|agustus|febrero|februar|fevrier|février|gennaio|janeiro|januari|january|janvier|juillet|october|octobre|octubre|oktober|ottobre|outubro|августа|декабрь|декабря|октябрь|октября|февраль|февраля|กรกฎาคม|พฤษภาคม|agosto|aprile|august|giugno|januar|jänner|luglio|maggio|август|апрель|апреля|ноябрь|ноября|январь|января|มกราคม|เมษายน|abril|april|avril|enero|julho|julio|junho|junio|maerz|march|maret|marzo|março|марта|aout|août|févr|janv|juil|juin|juli|july|june|juni|maio|mars|mayo|märz|sept|июль|июля|июнь|июня|март|сент|abr|ago|agt|agu|apr|aug|avr|dec|dez|dic|déc|ene|feb|fev|gen|giu|jan|jul|jun|lug|mag|mai|mar|may|mei|mär|nov|oct|okt|ott|out|sep|set|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв)\\.?\\s+\\d', 2, 34, 47966, 2473, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 50439, 220, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 50659, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 50692, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 50733, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 50754, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 50812, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 50838, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 50854, 16, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 50870, 179, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 51049, 104, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 51153, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 51348, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 51728, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 51783, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 51897, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 52194, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 52372, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 52429, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 52486, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 52543, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 52600, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 52661, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 52718, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 52758, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 52941, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*:', 2, 34, 53101, 206, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 53307, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 53389, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 53529, 30, 0, {}, (None,)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 53559, 97, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 53656, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 53757, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 53783, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 53807, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 54317, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 54341, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 54365, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 54386, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 54794, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 54935, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 55057, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 55078, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 55269, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 55322, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 55341, 171, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 55512, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 55550, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 55629, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 55785, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 55941, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 56786, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 57630, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 57776, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 57967, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 58013, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 58259, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 58337, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 58549, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 58781, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 58892, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 59139, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 59263, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 59885, 369, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 60254, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 60403, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 60991, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 61197, 199, 1, {}, (None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 61396, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 61743, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 62051, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 62180, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 62427, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 62795, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 62910, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 63199, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 63544, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 64055, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 64513, 162, 2, {}, (None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 64675, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 65062, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 65626, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 65893, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 66368, 71, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 66439, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 66785, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 66860, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 67006, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 67141, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 67254, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 67328, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 67405, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 67532, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 67902, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 67944, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 68037, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 68083, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 68953, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 69378, 510, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 69888, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 69961, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 70171, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 70254, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 70398, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 70544, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 70674, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 70802, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 70918, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 71421, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 71593, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 71848, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 72034, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 72221, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 72674, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 72895, 171, 1, {}, (None, None)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 73066, 1360, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 74426, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 74494, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 74572, 311, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 74883, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 74964, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 75054, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 75130, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 75205, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 75262, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 75309, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 75348, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 75387, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 75561, 97, 1, {}, (None, None)),
 ('^\\s*by\\s+', 2, 34, 75658, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 75690, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 76655, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 76735, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 76818, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 76867, 105, 1, {}, (None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 76972, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 77057, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 77214, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 77262, 207, 3, {}, (None, None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 77469, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 77593, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 77697, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 77745, 77, 2, {}, (None, None, None)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 77822, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 78089, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 78127, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 78156, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 78200, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 78256, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 78315, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 78353, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 78456, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 78545, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 78697, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 78778, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 78949, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 79002, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 79118, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 79242, 60, 1, {}, (None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 79302, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 79401, 30, 0, {}, (None,)),
 ('コメントは個人の見解', 2, 34, 79431, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 79479, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 79523, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 79569, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 79601, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 79649, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 79701, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 79741, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 79777, 24, 0, {}, (None,)),
 ('구독\\s*하(세요|기)', 2, 34, 79801, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 79847, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 79877, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 79927, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 80001, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 80061, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 80113, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 80143, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 80177, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 80239, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 80274, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 80320, 48, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 80368, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 80394, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 80420, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 80473, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 80513, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 80555, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 80605, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 80706, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 80760, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 80813, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQuYXVV18L7veb+SkCGEMIEkJCEJk0AghAQGSAUrJLwUlEeYx80MyWRmGGYSEoMEAV9gQS0+qq2v+lcwIKD+BtAaKJDYihVU'
    'rK2toeJfw99W/VGLQjv/3fesxVl33b3P2fucc2cmk3P4Ljtzzn7vtddeez0bhBA1hV+i8MsWfmOFJ1lI5W9u4XeVcJ8meNcE71sL'
    'vzr4JsvVF9Jc4TcD8lwDaQ3kSbD3CyF/K/zdB+kIS4cgT5bVcyP592pITyZpY+G3AtpQfTup8MuwdwvIuxPgnRxzA7xbpunLMvJv'
    'rGta4dcM77ZC2gnp9ZD2s7EOkvE0wjoIaLOezXUVzPVRMJeL4F0d6dtMGAeWw3kPWl8TvA9avgX61EreyX9Xw7+xrrSm7ePZ/Mv8'
    '0+E9zdNC+pqA9UuTumQ5CRdtAB8ZUmcjwGwVjJH3RbUuCTYPR8Fa74R//1R+J+3LOmZDO/XQtuzvErI3sC0ci6ov9QS+l0Jb0wqD'
    'mt5W3tcsjJPPR5rMx7vgbxxTPazNDGi3EdIaaHMjGVM9wHMNtCMS3k+S/Z1KTKmnOL3JDrFbhHg6PL6lfcoW1t23bbmemwH3yvXr'
    'gfVLx+snQVrcLkI9x3t+/Yx/BRzXVDOcq8KTzfBvuZ9nZ5xy17N9arPOfut+mD+p4sTcWkRnVYFW2QEVj+8GVVisbw7wdyusYZLg'
    '7AycAWKPEJ//Uel505Zwzhek2xKkXA7LrS+0/WkHt2faS+mIWZq+JjRnUyJgWy3Q398Ufv8PytSS9uTzP85x9cYzNnbLLYLsk252'
    'Jl8Lc5UKgNcSUxCv7b4uFF5Len2sAviksHMzKWhK78Xrfnivews7vyQc3A+4MGWB70KfV6mpt45FpFny7I5mEVVPW/mr+KyKz6r4'
    'rIrPqql6VrVY4rh6QMltTzjp7fud9FdPA5/vASf93jNOO39Hyuz6rpO+/nUnPfCIk/7lk06693mnzF8DjMl3v7jZSZ/5qJP+4O1O'
    '+uLlTt6vkLwvfMBJ93xAnfeLJO+xe9x+yrT9QSe9Z7+T989J3l0PO+k8GHN6f+kYP0zy8nnh9b6X5G2FcX/tSXXeXSTvTyDP64+r'
    '895A8t4EbZ/6nDrvJpI3fcBJV2nqvYrk3ft9J33u2+p5uBjgSL7bMeykZ20tXYPzSR65eKo2zyJ5vgZjOPhkaVsrSZ5Hn3fSuu+X'
    '5llCeIbLr3TShqudb/PJty90Oell9zjf5pBvrQBLmd3Ot5nk20N3ln5rIt/4mKrJNz5vlG68McA9uZWQSUocnfC+89u21cDwOa7D'
    'SUBDLAU5Acc9TcDna4X+0TqyJD/yeOlZ1UzyU/mETT0tUc5psjiUNq85tW0v5l358K585tz7lEyGviwgzb6tAGQ/AvioGnPWrhOq'
    'yMLaXU1pHFs2m89Aon7EBD9tZH8EeSie6BfuvZvKmxLtTvpau0uXxms28WuGMr/qMWdvfbpwWf7zTIz/JiPv3uaeoKOfqj3oJ1v5'
    'D+5hemZebXG3nOJPEthl8wJv8t2+otdYnhPzyGIeWcwji+U5sTwnlufEZ1WMs+KzKl73CZbnSFj4eUD6PJbvxPKdWL5TGflOSyzj'
    'OaJlPDFPc/LJdOj+bLbcJ352JjMZf5LqqyOumPeMi6dlX96s+PbUC863c8m3Cy5z0osudb6dqfh210bn26nkW816N08j7B38Vsu+'
    'LYBvC2EcMt0Kc3Yc+TbEvuGexXK4lzEP/t1I9hzW45U36Dq1QBlOFyfZnaqGrVXKknZCezq0aVtL3p27yXm3irz7Xd55dwp5J+mA'
    'RhhzA8xDH2lTePS5ETbSHDJvaeHaoOFYkj5jz5C/qQxtmSJvIoTtRtqiT83QL2rnh/PeaNGuHEcW9kxzgLK3f1N9pr8t4Dlby86H'
    'rCi183x+h329zVCPzdzmIppb2d+gc1v1bPnc4vyeL4LNQxXBtyo8drIHHltogceOtcBjLdB/+W2U7HGZDotSehK/ZWHNOB6sJnP0'
    '7kQwGOQ2vgvJ/NVAP74IKe/3CKTd0LdakqeXjB/zBsEV9nK95JTnMbxhOBvo8RXrWcGPyXkq4XO6D9ytZnX64S3kfTwOulMoD0Y+'
    '6IllcJM8oh/hweNTEM27g0BWgux1irMuJfhsJ/v2FoJ3EFfkYf3wPLwR0lsAx2E9SPtWK8rTPCsIPbUmXVr3OWknvW22W/fqtFNu'
    'HunbdtYn9G2wnPSpi41tOsCpafkRct7ocH6tZv8sCngH5vUsiegeRP0PZEjdjcAjwHcLyDpmiL6WfHcajBfngp7hA5D2CNfPBc87'
    'qsnbBmOjefPsnEJeEM2zQ5Tygnh5enbTb6vSwc4+rztmGtqZx+6UyyE9Q5TzrVYg/0qU863w20oGcyr8q3qH9N5Rmu/oM8QUv6vg'
    'n88D+nLJElplgY/8oyZCnpiJvwjkZ54C/asjcMz3H8JqQkFPDTJYzmvoqUSFx2LbHt2zvWQsOthOErzxyXQ4vyWy7DmMvh9m8zlE'
    '/vY6c5oAb9A68oT+pfgmb4Dr+0nqlde0T0NsrvEucULawY2m/Rpg9XZZlB1h80PXnda5TQHTsq+vpty+9lrQAt2Ke5RfX/OK8anG'
    'r+vrsymHn4P0Am3vLKAp3k1oio50abrSgA4526DetSzPqZDnVpJnZbo0bxXypSDv7bOd9I7Z7h66N6WH9yE2J8Nk/U3gSwUTXeyM'
    'HS20fza8a2djXAH93j3b3SN+YzJZH+yP17qYtEX7bJL3wnQpnXBayuHF2ML/sMUeHdTgj0GGP6alHJ6ifLdFcxaNWLTfpeEh8HZ/'
    'm3R8R9EyB33qV+3bg+z95+eU9r0P2vtx0qH5kE6kfB/dPuhheO7fIP0ZGZOs+8mk41+tEuuoW0/aN9mHz5L53B6inbzPOYH7946k'
    'o8+kmkd+Xg5r8vX49E+2s4W0Y3qWq8bT4zOeS0g7fnDQTVK/+X2FnSunJx2ferZ4l+bDPTQv6dBppnPB693hMyd1SYf3yftg057t'
    'ev8y4YyJwjHvd48F3cTH9KOE69uvU4Or+hTterUn633CoN5Bi32J8PIlg3pN6utm94p7C9+OYXCXZ3h/NAIaVra1M+HwNlRtbVfQ'
    'tZxXIuu4ntTB98NN5L3X2l9J5hLreJHMDy3bazCn8qwpym4TrkxBt0Z5BU4sygcNyvZpztB5BmUHFbhGlpmRcO5XpmWL90ZSxmsN'
    'aDuvCZe+GC86T7b7z4TWM6HRkIZenQ5PH8r2v0lkRoPsTphntMkjJK/XvMq8f0V0ul7d5KTrwP5xI6SPrXfyforwRU1pLFnuTwhf'
    'QnfvvEORh8PLLpJHd8+6kegf/dcVTvqmd5bqZm0mee4Ffa+zd5bm6SR5Zt3jpF8GHa8rQX/tSqq/Bjpev3kKfNeCrtcGkudDoOu1'
    '/IlSfbA3EX43xzFnE57b1RtK+7iKfHsB9Dgu7nW+LSff6DzIb4up3lqPk74X9AtOIN/4vM0m3664vfTbDA89uQYPPTnK78U+2PI9'
    'c8A7N5GRzxrz1pHnfZo1Vton1Gc5lvCYTPtpQrP48ahUfPO0CO+vF3l8aAttyuMz5edX0o+wxEFjBn2qjaBPlbyf2MD70QHg3ZQH'
    '67cHmsn6ZEh9SaIL4LUOVRGugyltFM9tNHOroh2PlLmtnoC59boLHSnznqvwvA/GeKKic4o4OcYT0c+tCd8nnvdo5t2WL3akzHs6'
    'onmnd98jZe7qIp67Ssm8jpT1yIzzesRwbjevUcpaj5S5b45o7iezPtCRspb1FVrL8dQTifed3VpNZt22eN/ZreV46UQdKeuSjWhd'
    'vGSqMe1rN5cqGW/Mgwg2h5XQoYnXItxamOgYxTgj2BwfiWdYbQXmMEp91iNlHWZGvA5Hku1QvFftYKRSOuFHyjrUVGgdbHTmj5S5'
    'bpiAuY7CLizmrZuvz0TZGsX4Kro1CmKXE8+/HQ4bD7ul+H4efE1M7Xdi/mh0cxzrIUY3l7GuXLg5DWt/F/Pt7Ob9SJYJRkVTRG2X'
    'HN97gs1/pfwbxHwCu/U4kvy3xLTT5ISNI2VdGiNal6nm0yrel3Z8qfH2iRDbVpivD/cdEM+d3dxR3wrx3NnNHfU9Ed+tg8/dkbZ3'
    'o5pDlX+XeA/bzSH1EXOkzF0qork7kuYsG9Gcefmhiveu3VweiWdHVHNHfVzFc2c3d9QHWDx3luftnTG9F3TuVL764jm0m0OVL8N4'
    'Du3mUOXr8UiZwyT0Yyb86LjQF+YopKijw2PCNRHdzq0kL4/5h32lc3OSKI3120z6HSSu50zhxsX0i0cWNFZli8EdRLZzn3B9eGaA'
    'r/r8PDeONc7dQqYHsUi4PjxnMZ1Obp+ww0IeirbJfSJc3D45x6cyWOFjXqIY84kGY54jXF/2lRqzKv5Qi+X4TxflexljN3nFyluo'
    'KOfXHt0vSyGd1ma3ZqZ9bBH2ccZ0eG+JcONj2o6ZxlRugnrl9xlYXha6TAh6FPKnEdZ9kyiNm3sdkYXEcQR5HMGx4lRUMo4g3Xdy'
    'T7wT3p8Zr/eUX+9pwj7ON8Yrric0Rwnx4wEPrzN4yMTwMCng4aPCiZtD7eio7SO3qwxyzvvFphgl+ObUx530F4843wbItwuGnfQ8'
    '8NfeCzS/ru+oa2ZiG9on1LET1hMaiduKjFroGvaIcvtWE705v7mTsRiP0/SvR9jbzvYblqH3IbzTePlcR9+pGdjnlEahftKXKWgP'
    'm7tHgtRD8ZrOd32YO06QdtDvvC6WqCpeaLvmfmB6T8rAN+FDE38hZU8fzoS7puoOgrFo8+Qdxmi/jrzbBe+uEuVx5PFudDm5xxwU'
    'bpyInCi17cbY8hcINy5wpwbGOw1g/DThxhM9aJB/MenTKenSMZ8g3LghHQ1OeiKk8yFd0VAa5zWK+MF4Xwlzz+pkcJVlcDzvGSdN'
    'H3DaebPi21MvQKweitNBT+SiS90YxfzbXRudb6eSbzXr3TyNMD78Vsu+LVDAFcLJceTbEPuGdyoKQ8tIHrq29STvkE9eyjPKWawD'
    '8m6qLHFVtSWNlyH8GdnfteTduZvcOCr47ncQg+QU8u4nTzrvlgk3/k0fadMLF2H86Dns/tBqif8yojSecpbUx/MmAvJgmqEeG5xc'
    'C3vqBAVtbbOns7BnmgOUvf2b5fhA9ultAXgEJjzX53cE4z3UWc5tfURzK/sbdG6rni2fW5zf8wPyYBoIvlXhsZM98NhCCzx2rAUe'
    'axFubKlRUe5DkdIz+E3F82sm9ck5enciGAzyc3IhmT+M0f5FwlNX+QPkPHV6p9kakl9bX3bP9XuSian8vHHRCfykfXPY8mX9zlMJ'
    'n9MN5RqmeKsF4OlxuAe2wj7FOFUxf0TFH3GeSvJHVHKKSwk+28m+vYXgna3C3OfBTuHSvtWK8jTPCkJPrTGwBVkNsRjnkb5tF2b+'
    'UunYppP7lEl56tdPh/ObNftnEZOB6PxJheElmNASlJcQlkfAZZwm5TOa+VnmQd/qxm8q547vevFdL77rxXe9+K4X3/Xiu15814vv'
    'evFdL77rxXe98bjr6ezsM4CjEa/mQDa2FM5CvsdyoNcZVH5cD/QkbUOEuAPKuThPrlnIe6AxTdJrR29kLfuTs+zPz1mM+gyhIU3W'
    '00ZO+V8a2nQhzs2Yu5aol/4DaK9FRP0kYNCpdHHQ+GSLQy62X+1XRY3Xx1ry7zoyow2NpRpZzdGNKMleNDXpM7dZVV1ljMOTwfre'
    'Ri+Ank+TXY+NnqQLmLZPsuy4CvA0BR5ownKOKB+ijgwB9/oMgvtlWj2m3rP8u43OAr+rm+C1Wkv6vh/qyBjR9xE8ydRkJe/TxkR6'
    'oKfD5Bbg23aleRFR0i/HWsCujl4xLY/06BkWZSpFj1Si/fGkP/6vIf0h6/wx5EvFdEhMh8R0SOR0SJT0RNR4KaYfpi79YEo3zISz'
    'N8iZJuVBKp5J1ofmWKY548Lo2p8cUj5+sijVjT9WjJ+OfCOR6dqUobytjIEs/mS27rGufaxrH+tfxPoXsf5FrH8R61/E+hex/kWs'
    'fxHrX8T6F7H+Rax/MZl07Sk/oY7g1ip2v10t9Dr3OaiTyina4V6vo00pnY/3fF7+FJKXjpXa9PMyKz3aRJ6EDa2QJnchSiuYxrqU'
    'ff9YopRmUMW4xrx3Jexgi8KGLL+LlO8O0Nd+Uj4foPzVrP+25S9MhNv3axL+9MgpCX96ZHHCxQ1bLPo/m5TbbFGugfSpj7RL82Sg'
    'br86e1m5/yJ4rtuiT4eE40fICwZN63qB9GGrQbktUO4AKWeKa2W5xyzLYT/3kHI2cPsX5LzR7e17Sd1DFnW/l9Q9pKn7XSRPtybP'
    'qOUaYLlexVnK676W1N1lUffFin7nWZ7zFXPL85xF8mzX5FlpQBMsCUgTzCG0DG93puI+id+ayLdu9o3e93T3JeRPI12g8stpetde'
    'SGiIBNAp0wkNgfSErVwtLM/VLx6BjnZpgPYWQ3q1gnah/BXMt5HRGujHEfNXg44T9lNVltIos4TeZ2wK6ueyHF4/7Xst0XNQySTo'
    'uClPTuXTN8jc0feLGc8K1zFL5ARNotR/Ulqhn6GaT75WXvOYMJzHxRpem0m/+bjDzH+SzH+VKPcrVc/a7RDeNp4NHm1V+bTVEIGc'
    'cCbQ4CreN/K4GhQ4EnlbNP9jCvlKjsnwTPw5Hw39ShO4ofa1Xvu6kd1/NmrkgzPJnCXY2Zi36G8LwRdyrHMNztC84kzxo3Py7Dzp'
    'EuV+84r3iBpnbLJ8AuRpqyCdC2kbkbPJdA6kyyE9GtJWSC8EeVy+xtnLQcbnNQYOU2+pcWRSpu1EOX9Lalyf0gOi1G/ftgjbaalx'
    '/QP2GNTbHWHbr1RXZh15Oz+2bGckYDvfqnbXbBMru00BY6o7gmo+qU9I2c4Xql0dadwz8yBdCGkVpKc2lO5B3GvHkz0m67yn2rmr'
    '6eDNZt/cTOrqUdDJNnVtJnXxOeXrMMp4JPh+B9R1hUe/ui37tS7EfHG4Wa7o1yHDfvG65oQYI6+rtto5f4LOvRdcF/d/lVt/j8Wd'
    '2XSN/qnKv/98HJ0G+xH34d+w/pvgTpv5/xLUb4u3/OrH/n+kKjwMY127q4LveV7X1qryc1d1d7aNPyzzboAyy1nc5A1wD18/AW1f'
    'CG2fDHNIaSTE30cxGupoH3w+u8qhB4Pu3eL+J3UMKniK9L1uD/4h59axmbUzYIi3D+XK+9Ft2Y9/yJnPR14Dl/sN+jHqs6f/d865'
    '53jNhw19h+P7DKl3EztDtglz/9y83g8o6s1HUO+IYh5GDepR+e8u4SMGgBW+RhcZrFGQ8+70Qr3HsHK9wsxXOIcxP93H2WQMvWyu'
    'Blhqc+ZlFfM7Yjm/v836z28Quvin2fK+jRruT6zju6Rv69Iurqd9WQE4fjfB7YjL2yE9k50reyOuF8+MzxUKHy/cPH71nQLlz4sg'
    'Xjy2WTz/s46+Eq3zLCj3bsbvjuqs7h7HNnG+3wTrSNs8Feq7VUEfrGbrpxtLe8T1Yn9nZR3eFKUpVja4fKyinnAD058lZToYzwbL'
    'HM/KiKyr28XvpIs0/J40qVvW8ctMeV9P9Wn3XzNuu3jHPYHdeRt82n2O1LGYtZuD9CSfOvYp+sH5WMf70GxfJnW0auo40acff5Fx'
    '9Qxtzi5Z5m5F2Zc0ZwY/z3dnHFkPrXc04BlX1CNQ1NcrzGJP8LNI1nelor4hC/qln51h60h9WzX97LU4V9tJfSbl+NwOsPpmk/r6'
    'NWX6LfpXRerbwO4+XudNuwbf/SYdTX2I5w6mXdjFPGezvCs1Z/NzAcpiu0+mXVuW8T5/i+c/mUc+f6qz0O9M/ZOI6sP52Zl25dRz'
    'G9R4WofLtqRd/a65PmfWdSRvguWdw/K+VdGnlZp7Ne/Tm0hZfjYu8sHvp5M+zvEZzxKP8fC8c0nexT55j/Kol5+ttWSsMxj/Yb7P'
    'PL2ectuZ4dOnX6f088L79H9I3lafev8p5dATKhzN7/iov/HdVKmtWpBzQtbzDY+2h0V5bKni+U/K5D3OW4qXP2fQzk5W5l7FGLsC'
    'jPE2Us9mdsYMWJwtN3jUY3NGbVSMa1uAcV1kMKec79BhUObfWH9PIWVU80d1+bDMAo8y/ZoyR6dcnL4mXX6O2t71MilXH3UroxP5'
    'fvpD0tUNsoURWf5lj/L9BuX/EcoHkTHK8n+bdMeqW6M35H8eefsZT/OryfI57BSlcXNx/e5T1KviGRbpf5LXiw9Y5P8ny3Vldfws'
    'FY/pNs3a+O2zASh/Y8DyuE+7k+V60cj3eY2t45UeeUdZ3os082KKh9YmXTwUdL/Jek4ifV4F5dcTWpnSbW0GeZEmm+GRl9PGNQZ5'
    'sd6xhKPzEbXsRNb9C6LfrNoDRf4fyaPi8Rf1iBPlOpwvsX3xLMmjogFknqcSpbqwJjBS5P8rxjHKxvGARx6E/b9U9JHe72SeTxrq'
    'e1PcJ8t9kNQ9qNElv53kUckOZZ53kjw9Gn3ZYcV6cL7E9R55EJ9ep+gz14e9wqM/qNu/PlGuK8zx/B8p5r6L9XmNIk8vP/8JDJnK'
    'j4sx6RV1c9w+WzHWQ6yeaQoYzhvAcMZjbKPCjeery4Pr8YrCrjPP9sLLQr/2COcvEp1rU96JLPd9Une/Zg/9rbDbQzi2b4hyeBxh'
    'eb4i9PgK99D9inr4efVZMn5TXkrx/CflTGUSstwdpE+q862o/0fyqHgqjTCPunrw/NnskecMyNNJ8qjOvuL575HnzLTrw6TBkpcj'
    'y52jgBG/cw99NMyIUH6BdgQNlvwbvOM3WMofuB1BSnjHo/HS5Q+in4t24Tr93Erp2cq65jNd5VoFD4Lq4y1T2CzO8clra9PeIsxi'
    'CDcJvX8kle+klSKOLxz7PIp9HsU+j2KfRzb4L/Z5FPs8in0exT6PYp9Hsc8jE/iJfR7FPo8Eu6PGPo8mn8+jmgD20LFNbmyTG9vk'
    'xja5sU1ubJMb2+TGNrmxTW5skxvb5MY2ubFNbmyTG9vkxja5sU1ubJMb2+TGNrmxTW5skxvb5MY2ubFNbmyTG9vkxja5sU1ubJMb'
    '2+TGNrmxTW5skxvb5MY2ubFNbmyTG9vkxja5sU1ubJNrYpObMLDJNbF7xdgyNnZfKdBXX8BsYeoseM409tkAwZ089tkw+0btPkbY'
    'nZ7bIPrZN/rNjezjs2yMHD8OMhxKY9JxOSieaV4x6XCcKxX19DGcSmPSbbKQjc8xxLPcVrbJsBynsag9C9p7ZmP7gwmzPwhqy28b'
    's8rPXr3aw149qE16bG8e25vH9uaxvXlsbx7bm8f25rG9eWxvHtubx/bmsb15bG8e25tPNnvzHOzlNJxRiFv7oZ2MAW7lmDU1tVBr'
    'care0xEM9uE5viME5k0a7DtbGkgQGLa5z6xlsjbKe9TxBeh7Xq5fkZ/K1wYV9pq4h03k81yeR/viJ4Mr2pKnnTu2ShdoSNNHE78A'
    'A4Qeon3qVPCj6fftFvpNYfrRxeStHyvMQwfrY4+FLHMkwHp1EtigfRuPdeDjvyLtnCkqGSyVKQfZAwMMzw8bnimc5raZX74PqGxg'
    'NhmrzVyrZL95dt9pU8BQFD4oTGGHj/XFlMMTVq0L7bMpHG3SzA+XZaNu4G8NaRuvMTzkMYaBCo7BZF1eMYS5W1LOvVtn02tqa98n'
    '1Lbxw8LchqRTY+c4qsAZsu8Xpxxe9UTB0M9Ifq85lrqk89k8dWrsfQYrdG5zO51EypHF6HymeK1ZUHy3SdO3ATavfvpdJjoicowH'
    'ki5s29D7fZPg3PtE0pEHIPyZ9J3Wt1Wz/jZ7W4fLt2nk3/1J546mwiVcR7vLwv54RKH7Y9KfC5KuzyU/utn2vM377PlFpO2+CtPk'
    'fG9LXdJFk/zceTHh1KWaexPaxET/LK9YOxO4eSzh8JArSYfx+fjzhB4WexTrEPV63JxwfSYEHfNmw73RlZhY3HpuwpHL6egG7IeN'
    'rarqzsjbnUfazVve4VT3P04rqOau6Esi4fgpDNJuVHP+c+A7VwLXflfenVjZQ5a4BMuo5pPrST8i3PmcKL7Ah8iYbfugOlMHfNqT'
    'NPisADBkSytfJdxzc2uAvRGUvijqkoOeaFR4vxHanhUAJkcsYbJelNvdbNPo3ieJHl4NkX3L5g8Q2fcM4fpSWaTgbzdb8j+zwo3p'
    'QnnhScILrye88GroQxX0G2VOsv2NoWSSU1tCWZzTEHzztEGeVqZPZbsGU1sq7KzB7SLUc7yN7MFPL5PvObrW1WQNM7DnO4HXL4gM'
    't5roIWE+qZP/DoN2pAzjd/D+VuHGlbqByZa5/OtwgZOU+ZO20i3QyIjlWpuBkT7nWICnUQGD9UTXxAT3IDwNEXiK17183RVrfkvY'
    'NY9y3Ys+Pgr/uCzhrOe/EB3HeF8fefs6pgHK1zk9DjRAjEunBi5Nkr8pDZUg96M+sjd7YJ2DwFjCa3smK7MXKvI4VadMVjHIoyqf'
    '8KHHa9ldOEvu8E0En+JdusbiDo0wIGIYmLQw4MXfUMWWqWfw0EZ0CnHv4/uEh/1JvUcf0hZ9wLbTEbVN75p+badB143rydXA9yp2'
    '/xR7hPj8j9S6eLwdbuOw1iJ/PbzjPDGaj+796RZ8tCDrxcdyMaSXE/sGU96A7d2+itQj65V5l4NerxCl8ZHGy/7Thg9ZD23Lfi8F'
    'uxPZ/rqH7e2mgtjPh+3nD56x72fasp9oT3t0SBukXfudMtQmj9sQos3MjwLYzCCOkPW/D8Z0O4ynShxuT0Kh+y8hJp1543UWd1YF'
    'mjR9kqFrgJUze2nWZX1RCWs/EY4yt4SPXQAfufFZSDlfKcTpGb+S2UkHlIHlCG304LCHhfKnKhiQNgJfAunwvsudr/L928j75fe4'
    '7y8Wsb+PqPx9SPwd239NjP0X0ph4xv449o8R+8fQrPFJijWm63MC6L0gzSXrOYbR6n60JdqWmtL29I6kohljnx6xT4/Yp0fs0yP2'
    '6RH79Ih9esQ+PWKfHrFPj9inR+zTo9I+Pfy+c1lJ9WEqK5FtjVw7eWQiRTqmt/KyD5v+/Dzv2rbY0geUJq0ac/cCrmkd5EsRedAM'
    'Am9FfYIxdX38O9IxSwLygOK7dnzXju/a8V07vmvHd+34rh3fteO7dnzXju/a8V17IvxnpmAPZdkeTJA+ncB0anU6p7xeiSOylmdP'
    'joxFp3PJ5ZpXs7O0AerEb5SGWgrpSUSnJamgoes045JlL2H8hjmGMvIwvqB4TLf5sC7U9wb3a9EpzH2GUTt9nCdT/1CqmEqon7UG'
    'vieEOj7wdoN2uH8Qne+FYcV61ZL9gevF49Hyency2uQY0N+k9IvKd1BQX1uqOcS9hnygHMEZ/Rb4kMenWyHc2LojFvWMaOqTsD9b'
    'ePtZor7ZbH0N5TV6Ucjv4uvdAviCrnezUPue2O7TZg/haxwryv1shNnPvZr90OOxp0x00LnPEZtyYWCY+8+i87lDsU7NoJOE6+RV'
    'dw5g1mZOqQ7TqCiNF0rXc5TMmd/4uoW9f9PDAUdm2J6hbd2Hd/h5ang0vQuk4ac7x1V4ez6BDxoXGOMpXpB2YCMlSvkLdO1XszK8'
    'jjPT/usznawPxcfTNHPM10J3ZiBPQeLPWcI8rvlKFs8Y/z6FxKukY1yT9saduD5Zwvfd0u7y5Ll8pZrleSekH2kvl7PI8kU9vF79'
    'OfcClP8PSB+C9JLe8j5mYN4pb/qyLr0MSH4rakVvLI2ZSL/deW9pzERa9813l48Jv1Xf7Q87WQ3s6OI1D5E7As7z565y0tOhv7/c'
    'WcpXoXlOY3n4muv6NhPOci7voXOZ+aiTvnZn+Xw9fC/EG71TAQO9MG/by/uUYfcSiiuwjS0wptu69euMef6+u7xv+C1xU3nfZJ20'
    'nNda1nisZVG2AnDxm3eVtkf7cuMlTvqLfj1c3Xy32X5NEzxdDXM8a4N+jjDPJ/LlbctyMn3xcvU8zGR8aRw/L4t91cUvvBhg6M+u'
    'Ku/DO7eBbPYjajhRjR/tKmd/wym79/v68WOe9//Q1cPFb7KcTJ/7touT6xXlZPp1TZlGjzIfXK4uo6PzTHjjN+2345eW2DjbMhin'
    'Fvs0pWZ6BjbRASMdO4Yqp3lQt0HutdPZXuNn7559Tvr00056z37XT149gY+ijsNzcH487KQHn3TSVY87ZWYRXXv6jbfDYXzGAaj/'
    'QZBX7ymF+TWPq2G8xRLOf/1VJ71mr12598EeXPVCtPK3WWPBZCo1BDBMba9N+poRpT4SqH+/pR40NvLooohXmyMwdBnhxxV5qYw/'
    'd79H3gtZ3k8TOoDnHfJp5x7SzpshxbthN8t7B8mLfUA/xz0s706yD8+DdJDluYHsE55nWNH/RtIO7cOFpA6vmMNo93OcKLVjxzHs'
    '8ClP/Wqoxu/X9koiG7yQ3Yu3sr+x3jypH/nquAbns7JdqMcCeY8mZ/c5pAzKPnMMZs4R5TTznHR5SvFVGvencGOzo/+CKsJjXkLm'
    'A/l5qPuBvjq5Xxqq15Ygexi/rSH85jVQ33z4e64o919M+RMjhO9C7xZ5S34Qj0WxldxvG0G/rsUgL8VLOGdnkbk6jqz72VDuJk2b'
    '0xVt5hX8b782uY+gKqIf5rUOcp0+SOShfE+crMCHfQzuEaZxTNsUeXFvdLI9soXk7WJ4pYfsdbQbrGdt8z3YT9prhP1Sy/qZZ2U6'
    'hWs32Mh4Ut0Mx13PcB3y1M8gfbtRgatUfVtC7v4ch2xl7fSz+RthdR1N9KvonTvH5pb7BcY1oue33AenKWALZXUJH1hBnEL9hXK/'
    'IbS8hM/pAM8JAtu2sBxFn5oYnUL93BXepqRMWSdXxnvl0QpaV4WXWsm/sT2qx7mG7fOEgubUjVc3h3ItP5xwcbbXHN6TcGBIty5p'
    'Ahey/yYxWmzo3bcD3f21J735FvxeXAX0+75vl9/JR+AOcd8zaloex7Yd+oXvanBeNJdHjLGYntJaOZnE2BNjd9ML5k+lH6w2q5ul'
    't1OHDp/SrwrHaLzw/DQlbJ/duBdH4jWdUmuK+/YWxb7NTeE1zsDjnSubGPt9ibfK3WMTsca36NfY1Nee377eFa/5EbXmuO83KvZ9'
    '7Gs4kRCr3nABrGHrGjw+ODn27zz+c25Gp3qsgXSVnJna+uPtTH98IXNQZ/20eH2ssdY/L3/q2vm+GonXdEqtKe7bBrZvqwVRDPJo'
    'qIwn4ZNf5zPcSy50kkLWotJzaiX60niXr2LyGs5LtpUH7WB9sNkPAQTCqXEB5LTqFhbCb/bCYLYyptJha3+pTeZfvGwxT/KQ+cX0'
    'ngdMLA+zgFWX+OWI6b3xn3MeI69XAf9B9GCm2NqkDG6tnk8yOG4r2R898ZpMqjXBfdOko7vaizt2t+78qyNrWx+gnB/dl+wQd/nB'
    'VK1Ffo4vPNrdbdmuZ37q+xNtVfic3Z7UX4vpnNnoHeD4UOesUuMz1TdQ2WcNMTn/oFDHaT9KuDZN3SJ4/GJuix5EJ3O1Jb3eTPQt'
    '6uH7DGEXA1AHu1NhbRfDldNv7bYK7/jB6CPYNCY516UZFeU2YlMBVihdJNs/fM/gVOQ0arLCsX/9jufDny6aemsSx2v2X6Pbw7EY'
    'reI1++FNL3yXjO8cJXeOSu6tpAH7LL4HTr41yQnXz0c6wH1DxUuXZX4u1DFWbdY3NbXWOx12vf1UDKKAhzTQxAgbm2EdN1ns2ym+'
    'jgnNnb0qsjPwM/7yB5s9Wvy78I+7VXvysHtUQbKSqfQE9KTJhvnWZMyaKxupl2wSbaOS7e73NBHjhsXv8m+pv38Da/elR5z0Ty1j'
    'LMb0tAKXhANDX3padWZPHb5ATCfHa1L5NWkFPiLFYz0xTTR+fIHPmJ2XUfANSuXHydSR/ODccjuv4NHh7Z/yvRavyUSvia/enkf/'
    'lHp7Pvm99PbqmYwKde4ame7dRoWcVCv/ThX//qKKZK9i+ln1Acp5jeeTbDwfhXI1RjqvktOQyeLfuSl1ylQVp/lPflQMU70KfoWJ'
    '3W1z9z7lKStIb/TNkRL7Mvve5/z7OvK+TUtJ6O+C2bFXvK/+HT60zLTi3CzUXTX5Ocjj7+A7KUvdV/htSLpwnlG853CM/ruRXqL+'
    'vEtweAB8M+46bNi2BeltOBxfq76xQI9p+fL119I/AdZpovybWxRLiYifsUgfH/onXpMJXxPcN3cr9g3QAoWzOAkLlvZV2stkPeYq'
    'N2nWyP+cTSbHZaVs67BtufyrTTn190bFveauGGZimLGAGcQ7nSK295gI24MqmH/cv9fGcz8hc8/5d9zXeSu8p/do9At3Etxjlgo3'
    'vl0D093sIHI3WkeW5Oe2WDOJDif6rV0WoJ4WH/5AM6uL64ma+GXC+usYHpnhwzvBefTLx/ufY+uSZutiUh+dTxO9ZNu+dkE9Sah3'
    'Rry3I9PN9NNd4TYlG2Hd4vkf//mnMpSE0MdNygk3nmeW7BvuO7SO5aP4cUFb8HiiXnoRGNP3mghkQ8MavBDrtE1+nTaOVwYJXonX'
    '7/BaP1N8c5QhvvHCS/MrjJeqx8LjpWoF7Yb+jG8hMJ/VfFPx7jGGSA35m/L+0VcopyPTZL2pXC7F5HLc3+hB+Z3NFeZDX6Qoc/gX'
    'D9lZCuDjuljHTH0v2/3GNgW5kJXMTM512k9KhnaaKvhVxWic1uZ+U+kmmuiZyzX2imfVCOc33v3QNUg32Y+NIKuaJUptA9FmEW0Z'
    '0d+2SXwwtE+kfrNlOzJ8y0Wwn+rZPcXkbnq432ttcZ0pHPRFoJM1xR6NPMXuqPfc9AZVNQK+v0jYxZpA/8TcR/hi8g19f2OcNRrv'
    'B32mY1zJ2eRbXpT6Z5+h+IZ1NijaG2G6001wjqloBRMeBfcjRf3gh62H7533KvjGVU6GpF5YnZ4kpgLZSlSaM89qHSe7pap4mpxQ'
    'LkMwYIaakd5VpRmr7Gl0Ko+6PYaJGCYU8iZ65qa9aG0jZQQRP288NQZ5Sn0mNgKwvUuU2u/gN9y/fnS17T1pqlNMbxDvgR9/7RxT'
    '3qrpec55AMW4lBBf9bX28rsX/+YlZ+pkdIfVPlds+yn0JMNCgonNiUo/D/krsc8Qsmc7Krlj9U/sx2XyromNn6aTLfLngMdCeaRV'
    'wjveYwbKYTxdjKcpY3oijxnPch4zWn7bLsrjSW9ieQZInjzjW2E8rzzgEurvys9Xlix3hXB9aw2zNkaFPg69V0z7RuDvYqy3AVZ+'
    'u0/5JlA1aYT1mxOwHq+x+/Uf49FT3uAg60efZk3xAJG8tWMDyChL4h5DnNbf7imN70RjCHaxdoPw4rxsBcQ/FOr4qYsPM4r3qvjO'
    'bTCGqjGXP8tpFv6tmezxBhjTHKbvgfC6CP4t66Ayl2aFbKZ6zOUJC1EeK6xKlMZbW0hwzkIxNXwcqmKorWbfME7adJirBOGlh4Gp'
    'Ss/xVPU16LdmNnVUcm2zFmuLuA3jUz+liF13D8Su+87e8L4a1wacq4URz1WasGx0sZsXBxjfHpirJohP/9KjduUbv2Gen587Nu3Q'
    'WIVh55DeZXU89EbFXUsXs/cqAq9XsXPIK27lNZBS289mMuZryB7ICTfuJo8ri+mQZs/fyPY/0raYyrGuIPuHfzuJyDPw3QLy7gR4'
    'N5fI95YJ/7jTWNc04caQ3spkKtczec8Ik+OsVshXVLE2+NnPYWUm4byiLHNhiProfg9SvgX61KqgARMG++V4oY4dezzL00L6yuE8'
    'bQHnvJ1rfOBZVYbjSr9zQtcfr3PiZI9zYiGRmb/6gJN+/OtwDvywPGY1rVtFb9O4wp96Fur7Tnlc4V3Qj3+Htv7ySSfd+/zEn1/X'
    'sPULq5NEdbOuEqX0e47gj6sYjOj6w/HHQp99UqPYo35xwbPkHOAwR9tKa/iztL+qOMNJUv/VpP6rRWlcZOoXoeGX4nIJpgknZHrZ'
    '06w5u4K2VzNY5Nzsjbq9Mn8PziG911TulCS6HjkFnsE9eyyBJZv9E2SNvXRTkHbAGOEUZ1UzGmmQ8CpknU+Tu+AAuYt48SNofXhv'
    'uQHqexjux378lAXkTmMzdyuRr0VS2e5HyPpsIncgv3Hgfeg24cQOx3nwu2dtYWnegLe1WbEeOH83Ef2VmazuQYNxmPDW/li4emec'
    'VzRA7p9NwCsxmTtethHW5BhCk5vwEbgunF+ZAaJPM431Z4SNMe/DT9yquRPjfqLxz+cQ3CPfv0jgU/b5J1BmWvFlMpXOZN94ctls'
    'Ff67OltTm62rb8Cnsalhgp5m+b+WStRcnJhXi7TVq6U2qLuL8XDvd563vvVLxfQHi5bPW7946SX/ueHSt37t/vsXwec/fOSO+00s'
    'bh+75VsLEyL9q8I/b5FVDx7tYhSnrf9x2rn/8h/eTx65crsjtdzv+KmJne8+3ddW/Ov+suflb9G/xsTYvsJP/v+tY3KcovjfwcJ/'
    'vyr+v/B865XXoOaxsf8qa89C9cTnuU7xrth+m0FhI+1gtaXzRMVHLOrtK87iLNSnOovnK3h8FF+NEP6+Cgfb8g/9ZAr/CPw3kzPf'
    '7ywYJDjcr8+dGjlODxk35bUOG47Jb7x/AfdTnWyLtr3NcBy0jMm6yn7sAjiLUsZFeR895Ezs1IzPlI99CcCt3/r3afpvOw7eB0oX'
    'bIE+LYF9pZM/oi44/b6J0XvHAL0XVCZn0k9besKLt0jLq3SpprpdiYn/LG6DLikBs9PL3z+hjt9L11RlK2FiD4518DZS5B76OwY/'
    'JrwIG/muDb3frZE/94hyezSvOlEf4UsEL201pP11uDJI+3eSe5Fp+0HauYHc7TjepXK6IHW/g+D8vpB1nQ9wq7qn7ghY5woy9u0M'
    'nvIEbwap+xhyd9+qgU16JwzShq2thYomGyR7WNb51qQz15XYzyhHqXrW5Vfhu9u/6bybRfhbPwH+cHqPy//MEF4y2qfgu9cPlMtI'
    'Z+9x0h88E8yWtdg+1NtQKHxxhefm+R0ubOK77KXOu6VkXPKdTD/9p66cCr81Xu2kv8u784zfzt3kpB+515XlYzuL3l4+zz/Pl89z'
    '3+Xl87z8ntJ6k4T/eRH0/68Tjt0r0rJ0TwxbwLHt/JvYW7VanDVbGH4cYHgpz/hBZxIZWNizhNY7H+o1pQlN+9tIdEtGPO5ytEyS'
    '6GivSzh3OL9x9jP6fwf7u3MCYcIrH7UpLdJQhX+couFhdjM6YLKP5YdwZ6NjefEw6fv/An52JfADyiPWpJ10FaRrIT0v7cB7FeLZ'
    'NJxrs530jtnu/phN9FDPh/Lt6dL9cg6Uv42UQ39VNN+pkO/W2e6+kn0yPesaAswHHXc7pKdrxsH71wj8nTmE7qD6o3kLfMZ56Cq6'
    'kNI2c2DuabubCW40aZfipwGF/Iq2Zyobo/Oe9JC7nchliB1Qpca4BOtN+tRrQ6dUs7OE0vWNoJOcI9/ofCxW6HFvZXnmkjxDmjxI'
    'K1PeyjKSF/+m+geU36TLq1uvavhRuKmUjwR+784xXWPue1+1nrycXFO/ckF50zr+gKks2SZuVhgbk4AWKalJzV86GJWkpEnNXPJ5'
    'bPRtTPAbh6UaBktpA72EZcLcxtC0X5Wq10tvsFL2O63A80kQWqI0RmnysHksQsakbXw8J8RYSsW7dR9rm3eFxND8UflADqsbXB/v'
    'LaO9Mt6+hmx8Cy2LEB4EgwdTnhX1U9QlYv9j2rP6w8X/t7mHrR3q8LMJNfETFYQfuYTcnfDdmfDuaPJugXB1gesJHUt13Acg7WH0'
    'PG1vlwjGp63EmC9RjPlCxZjPV/T/3ADzsFJRZtSnzELAE7RMntgQ0LzHsntMk+KOPF2RJ8/y1CrySH6I6u47ket3nWL9rlKs39vI'
    'u68r1v6Dy8vXXvqR4Gt/smbtVTqNfmuv49d6rT3X8/Ba+4UGa7/QYO0XVmDtc5Zr3wQ8JWpzNFeU+lpcCrKlDKkvRcovZelZMJZL'
    'hSPzQZ0pLx5RjvAaRhg/oJ/peqB/M27v6sczGBLedq6Up8TtTs4i4z3LZz7WEJheEEBmdlYFzyTEsf9N3k1vc969St5Ng3evELqt'
    'ja1zG9T1siLP8W2leV6EPUr5al59lmV+IGV6BC/ZjLfFghfKdcc2QftfJjL4YY1+0iD7ruKvyro+RXTVujVlTfXiVO17yaUozO8k'
    '/Hiqp2eq0z3IxrVJoXflp1vu1xZv4yKiHzbKxt9joIOIfPPjWNlRotOOeCaM/lifpu1jQafBdE3zAXQv+xnOMOGlpy3xiOpeuEQE'
    '9z2xHNIzRLlMfAWzB0l68F9V76RuytqAvFKdr2HTOrhfjvEac4sI55tD5Rt3xHLu4rtrme9sxiiO9u5qujZUN8HmDNbhjpQl7vDy'
    'yUJ5Rba+WLx8sETtAyBq+J/iT1IN/xaPQdnxuiM3MXlz2PYSluUzluXjeAYeOLntjWkNEM+g1YifSM/11ULvh8JkLZsJTXMzlMc7'
    'eyes8TUijnk1Eet8NKwLrhuXv3C5xlLyTXjk5f7Wmn3OqiD4YY3PHYrbQ/ndE1X2SPyOZXrXovdk7NdOi7vjAOMZPdzo7D/VHXnY'
    '4m76C8VdvcnC3sHknkzrO8j+3uxhZ1D099jo8EO5jRSdzz6P9VX1Ieh9WbWGJnfaV5h+7LmNro6o131/vMcyYgmPRRq88L+zFXwO'
    'E30nU93nTsY37dfoCI83H+R7DS5sjrK+mcwltQXhus5UJ6xX2PGYVHO31YOPRu0pP9ng4pWdmrFx+9GdGp3ITqYjz3XPOyNYH795'
    'ySv4mUU/FmScfwixdp2aMXeHHDOd1zC45sTCON8M785m+rhngT7uu2eXzyXXOZblzwS93pVpM71jzIupymac90HmXU70qU37uwK+'
    '7db0l/ZpFXkv5+hf6h2+n4pnuZXhkk4GT6MKmR6FB51+Mt8bfQZri2fiI/UO361SsBslzP4bpD9jeObWeocvGJbGoP3Pa9agX5jr'
    '3w5ozlkus7uk3tFhpvZLfI1/p5DDeOFgmzO7zwfnos+YE8k8T1Z87NX//6orpf9M9oit7v540w1P1jkyadMzVQWPL/nIyYY1egPo'
    'A+mzdU7/o9x/NrS9197aWefcK/3OmHZDOxvMS9s8m9jq0DPnTHZGrGa2LW9i31fBGXJRoc/zxoEG6NHg7jyTmy0a5/7oaFjsT2aC'
    '+8Pn58VaIS4Q/vSFCWx1WNBF7QSuTOtHWOsISQ+1G9JVcn4+Uevih0rcR1Q8GRMb0WIM03Hq22CAvr2lttyHz3jufzw3F41TPwZ9'
    '+pGrdX3t4X5/YI7a5w+PE4H5RjTnxR9IvbKtf68p5auY6k8F4Z1sEfZ+qfzqofe2R2tcGLfxTdRtcZ/IC3WckAEfmuzDNe59qV+Y'
    '++QcUfAW6X40WbNNFuNCemtTjUurT9a7RlGnh8xrpeamO0Jc10RgtBL88TBnxKHq8elbkHl7stqlhSb67lj0O1ft6JLJ/Mc0gH97'
    'SJdDOqtB/X0VpDlI50N6AaQrIF3M8k9vcNq+pbocrwfBJUH16DZWV4aXbnpOn13h9v3o4OMmqH0cvzRGnj8B93DaJy7T+McqR9+t'
    'CfindB8cDelMSFcyeO+AdDakx0N6DqRz2P65APbBN6vcM2oy880/QtbLhsbi9XF+ap8Hf9XPb/RAlRPHIogOcNT8qrdUufHXgviU'
    'zGtkXX7tLq1yeUoTwc+RfaircmwE/Pj7NryX8brv/nPOuacUdRrYnj+G7e3pkM4IeOY96dHWHE1bMwO29VekrSC4iZabC+np7PtS'
    'aOuunAv748UDK+7/cW4XZRgX51y8Y2NzoMKFpmV198WludL9X4m7wyEfvm1dzvGpw+05bO1WTGmHX2Xd+Z9oPYhns67/yCC0qE4O'
    'J+v+3xHWzfv96azz92TE2UX9n6yjk0bxVALSN0O6DtJkQBx5bdaF20rzOov6P+PUHuKpBYr2KokXa0h7XQweOzV0YD4A/sT98Z8Z'
    'F/dFSZPa0KDPkj5MBL9O9mFPpvJnQLfP2t85AX3g8L454/oHHmD766BGd6w54aSphFpe+taM64M5yNlmio/PzJSfoZXiqRXv/+PU'
    'Hq5NisBHmDN7Z4g77L+my9cySB/86KEDaefctjm7TGnth0nd5zL6fTG7n1xoWfefpV3b0qjoab99cgjm7J1p10Y5jLxI1tUX0Tp3'
    '+9w/1le4Hdw7p6YnzuZ3BlmXm1jbX9DI6bBPn5/D/AOTurzwronM75cpxz5uInUK/XgLz6Rc+OjQ+Epdw+p9c4B29qRcu3Jd3HQ/'
    'nPXJlMP7HC9emmzzXSk33kzUPLOi/C/lwhv3WW2qR4V1XUbmZ7zkl6eRNsdDx75oB0RgaciDLvaCpaqUPo5Qv+JeYOpzAeflV0m3'
    '/lU++2ltgP30D0lHh2IicUvx/p904JfebVHeZiOfkHV9PunGjb0a4vPecaDU18nTT0Ns7a+A76j9pbF5P5zU45m8odzt1qRrCx3E'
    'b4fujNySdPVNKskHK/L/SFt8/NtEeLspOl8rk+F9hsxLlsfK4nr+frB+uoWOm8kek8EXm0U42dl/JlwfWH7wyOHlp4lw/mP4HP9d'
    'ojy+bFC5nAouRjXtPkDGEfZ+WtT/U9QX9I4k67uDrBHfwzuEPtarLLONlLWBfVmmF8raynVkmSs9ynrJaWSZNyfcuBk9Prw35Gev'
    'IWVMbB2Lsd0Tru8wE9zVr1nvYxPBfEwNsHpqE67fMy8atBEMd2sNbHZl3t8K/7y45i+DDXPU+uOy7u8LN4b9f24A3zd5N8aOTH8D'
    'cW8OkLzPXeakqWvdWDoyPa4X5P8eeXm9jyjynr1TnfevFHn73qfuw6c88vJ6P0Ty/gbiCD2kmYf3eOTlMYjeSfJKBCDThsvLyzYC'
    'DuB579qozptX5D33ZnXed5C8ech7z4B6bBtI3l3b4FzaoB7bOkVeXDee9wxFXlwLnncZydv+oJPu2QcwDLTb/L1O3hNI3s8+4aQH'
    '96hjbLWSvH40YT3Jy+nKVqh3xgG1Ty8/P14mtv85hvOQ10D9VuTZN1u/FWnyN8ZEkDTsOQAz8t/7pD0hKcPH1hRwbCo/ck2iPIYG'
    'x8fUV+KCgOO2vfvzc8NmrOcLvQ9Dk7MtTGxfm5g33OfhVs1decDwvu8XG/gOWL/xnhu/fm0EXGVKt3aF1EvrsRjHcERzL+d9XgA+'
    'rs5HpFd86mGD/nD8SeP1Srj1i9ebDYCD5lrcWYcC8AS5nfUwo+m6ql3ed4/hGkTV9nnVLv92k+Ker+IXmsizh9lddBFph8eT2hbh'
    'eBqhnSDr6dUO9xH726rKtMPH809VDmyYthMlXH7DcowjAcf4uSqXh92juRuarsvdIeri/dpV5fJgewxxqk1fezz6utOyrktC1MX3'
    '6lls3LZngt+8LlD09VDAuqaRvnL81aUp22mohyTrfy3nX7/OX4bfGS3r/1nOnYsg9SOPqeizh9SlwrE28PTNEHXxNbo/grpwPT6W'
    's4thO2JZ/y25cnyr8hfDZS0mfJYNTL8Q5aUXAv/lugloewO0fU7O5fdzvT3TmJEmeYv7P+fy+/1gPq9ZpxkWdaj2jawjnXPlNDra'
    'Z1jYyX6LPPtseb2HIqj3H0i9vRq9uYEAOO5JUu9mzZ07CM23x6DeIDjzo1l37W3qpbjyDoO+bQuwRoOKekeFOe+6X6MH+nYy5kGN'
    '3tKgD06/IEAdHJefblDHqN/5r6hji+VYZijqGLEcS1pRx6jhWBDGX8m4vgh4TGCVHPwUFkfZS1Zpw7t/LlMeI10lF1ip8f2iO5Me'
    'j7hePG++kHH0PvxksqsjPF/fN45t4ji3ZFx8sE7jS0UFJ1yX6kw2lrdGXC/29+yMK7NOMJk0/t3AbA/SRPeyyLMndaAscR6kiyBt'
    '86nj2Iwro+X0iI3sF/dptaK+IYuzmOv//DZdXt9oQLqp6LOH1Gei2zSq8beA43027cqVbc5IWeavFWVf0tAZHC9/mYyjX9PXfgva'
    '5JOkvq0h7Upkfe9Nuzpd442vizJ7Mre4B89Ol/taUu35KwOUxX39ZjKPfrorJrh0ZUT1Yf/mkvo2aHRsvGyqeP/qI6oP+/f7lCuX'
    'mtugxo86XPYyKcv11BexsscTXbci/y/l6kB0KmgRU78c31bUMxSgnq8r6tkWoJ4vpFx9kLwHTqF79+OkzGah9t/bx212SH9VZUzx'
    'xg6Ptgc0bfd7tD1g0fY7SNscB/K52gllLvIoM6zQu5FlOgzK8HvJKQZldnKbPYMy/8bKSJ1d3M9r0uV71ZZezqRcnZtOjzuAzPuH'
    'pD7vayzvL0ler7u/zPsSyet1B5V5f5x04/DY3iuL+z9g+Td8dmnKm+wjWf4+xVj53sW7+V945OV+pT7i0a8Bg37dRspvDcA7uVFT'
    '3lTe2U3GulWjO4htXanI+5Ju/0O/gsinZPm1pC3UP1+voUtWGOTFc/REj7xrWb2zDfJivc1JF9cGxQ+oszuzAjxYWfcvEuU6LV0M'
    'J/xUkaeXwcELHnlw/Z71yDMKeZ5S5Bli/XlckWeU6bA+osjDcd19JI9KLifzfMYjD8L1xxKOvN9GNiXLvV9R9yGWZzfJk9fgm+0k'
    'j4rvXPTZ4ZEH8Xme5OnV2DxfTcZqeics2uyRulXniszzR4o8o+zMWOORB+s5heTp18DHYpJHdYcr0v9krKZ4uCj/86gbYa/GIw+e'
    'OQlF+3mD9l8R5XW/xNp/meRRyb8w5m61B1+1yP9X5NnC8vy9Is8Iy/OMIg+neb4JejU25wfG4bUph+19Vrjzb3ovL57/ZCyqO7HM'
    '8wFFn/x4mEX5P6lbda41wtiqPc6oRtg71Zqz6QzI0+mRB8dxpUcePAc3kHk0vZc3gp7njAh5o7LOJYp59ztLZbk5ZAymvE28XzdY'
    '3vm5ziiPmbtMlMak9dMnU8V6NY3ZalJ3HB+QxY37jBBE/VjYxWxtNY7Z6rc2jXD+Xxevk3qdRJh1Ekbx/Uzj35rsM8QXu1Dvf8wO'
    'HiZDH2x1Z5MB+uiH61IE1x1t0Xcct83+OyZAG1+3bIPDWA7ypuBXxewo0op3unXVtWsbm7bBAw6jKo/npBw/xjHHuNApURoXugpt'
    '5gFOmkC3ns7rxwq/e5W4M3lEP4jf/sfZQm88Y2O33IL7mjxniwBPK1lzhAXTtfOimSQf5Vj2bamhfVGYPrUobAm88B32X/b3ckaf'
    'rdCMcSEZfz38u46MjcdDl2XWsjrWEjs0Wj6rKE/LLRJ2seSPg3WIoq+mbdJ4uGlSrh7WQrYn9gjx+R+Z45qZgK/p+lRp8GajU/0b'
    'NgfcpmmI8VhNfY6ofMx/mNih3QfvPgjvZL7n54H+CcwDwg/2C9e0qH8Ka0Xt/pZDeobC7m8F2kayeVedzap3Md3qQ7cO+ZKeHo9/'
    'CGu+V3S4Kq04d0+Fte+CdIclbajLV0/yzYQf0nJR14+4+qyEw29EHJUkdASeFZ3AB5b/PijrNWyP06y1BB95na14DnWzeq+N90jJ'
    'Htl9nQjzJP12UAODx5sJnRmv+5Gx7i2w9u3kXbMH325JBHy7VmhXAE+yntxriuUu1p8NvP/NAWjTKjIuCajHwxwczey1+zT6z0OE'
    'vsT8Xnx5nLvV0E/575NJSn0hyPq3K1Kk/734Mao7JNJPs1c4Za9itJJMXz9QSitdSvJUjZXmqR4DvTew75XvLob08oh4vWlywuvO'
    'N9TXQx9nGxSpDf9hBqlrTro8DcLLMKXr/e5PzZb1NZM0CXAwBPPXD/swY4RrU4lEeorToUs4hrHjc9eFwMWqJ1XXkdlXuNB0EDr2'
    '/YCfcK0THjytJriL6fYQh9VhgA2TuukeSHnwKSkvbhm5hwnDfmUAv9jyZBtYvih4LUH8yQS5V2I7Sfjp5pb6v6Hlmy3ptmZ4r+Nl'
    'N8N7P38QHEfNIvl5fQkLHEZhaAGk2TE7PEh5QJgvS2gI5JtRGriZ1ItwYFtPC4GhVrhfJaHMiTEfVsmHVd0bFGh0dxCC2Es2k6ow'
    'HBfxwZUgQ7/awQNevDW+7xrhew3bE0sYP9FETlfJMbZ+wEkzu6fuGB+6c+qPEX3B3bN/YsaYGYcxos+61x+fHGMej3VNg++97z0z'
    'ucZIfdV1Md3BWqKXNSLKYw1w+seGXuP9q/Po3xyhtiFH34BtQu3nlPrEMPF5S/U/b/Vot7OC7XYD/cp9fND2uG/fvEK32DS+8YDw'
    'jnNn4heI66WuAPqazsWLwiyGpWl/Nwl1XC2uB2viU+wVtgY6mDbZ56sVsF1jCdsmvvJM4Y/CGPoslnqb8yJo11Sf2c9W5E3A+1P5'
    'zdkc0Zjl/eAkQ1j2m4euCs9H1PBX6wF/Jwlzm8FhDT7qFGZ24UF9SBbtHYFXq4pxO9n7fjXpe+dh1velBEa2CbWfAl2fx7uvUe+b'
    'DOwd1b6ZIfxjFqhww6BQ+2yZL+z8f+Ut66fyDb+8qnnMaubLRLcvx/CPjuel0qX04sVhP0x5d3Jsf1z4XUDKpOHnxUtFvZ6lsI85'
    'D8yUZ5ucBO148VqD+JmmspEaKJ/20YdqtuQJzfLQ961R3F2C3kEaNe3WgDp+UsEbfekRdw5tZUSC8a3R//tT33b60kK+3QP3x+/s'
    'Lb2byXevPuCkH/863Ad/GB4f2ujFtcLf8t/TYX4QR2JdTQo+ekYjQ00QGI11t8plZsdfKu4C1N9mrJDlPseb8Gu5PDTJ1iRH+O5y'
    'jzcVetLc5n43lf3wdlKkHS+dKapfi/pTKhmNl3xeBVtTHX5M7Fm89Ie8ha1ydv11srsZTon1jyZW7wxp6LSlvBXPn22Q4t0G+SjH'
    'JMrzDLI8LQkXlyDNjHRoreIbxhZKk7ppuSbh2nm/JvR5kFf1/0R5G9fDt/9LvvWzvr2k+IZ9+2dFnWjD/gLpU5dQxz95lpTvZGOS'
    'Ns5Pxbgrxl0x7jLWMU/CGqnoihpGV4j1hbX9tPPvjvbCv9v9adYk6kco6m+KqP40q19714L6/erMKO7km4nuZT3guhnQVjqG7xRM'
    '1cXWxhClj5fdRYcJbS7P7M+LcrtWYXBmoz7qWbB/ZpN3c0C3dCZ597hw76L4bnVbefww1BHCGOAYV/zMgDqZMTwePvDYYrmu1zN+'
    'Vk+8pnxNOyZ6TU3X0+Z8uR7wQF2AdZ9Mj4V6XcqOfh1LSfpVr4enf8YCPI0e6z4RfF+EDcqfUdWFsJSA8yeGJTUsBdXXjAqWIqFn'
    'GQyZ2pHa1BmGZ09114r+Kcn9/tHnnbTu+67uF48p2wbxXG/fr66PxpQ9do9bjyovjSl7E9R36nPqvDSm7K6HwZf9E+W6ao3kPlPM'
    '+13Q3QNZwwGQf/zlk6WxZal84mvQh4NPltYbVD4xE3SMBLOz0dkgNIEMG2VryxR3ySY4GG11zW101JexPqcsaSfTs7aJ0MwmfHhq'
    'SzdH2PtqMLFBNLF19pI50DEFqYvb5V3P5p3LTBsZvM0jf1fS74IpLLSw+xz6Z2gS5f4Z6F7U+WewvZ/lYL5M5eiN8DfXe21Q6K42'
    'glx/lcUajceamPoGMJkLLz3dDIP7qxTz7WcDRtednn1UVkb7Idu5xvJ8NZUln8BkxJg/R3BTHclL910bKdM8jm03B7jb6uYuF3Du'
    '5Pjfoxg/tSsNY/PGbdb89Gds5n3kWjuegKnuimn7Vb1283wcW/s00/NAW+0qA191OltM9EFUPebOf8YSxihcxvDmrve6hycW3n7w'
    'zJELb1hHDgrZwp2s8zZy58+Scw/nAuvrgjJVcJZfQ3jCsT1nMon38cIcvaqXaIa356TrdI0otTG3sTFW+Zaw95MgOadT11ECXPKa'
    'AvCBjRjCqicFC9NhwjAGPH9+0o2Pd5Ul/rwG6jgt6d5jaB0p4e/3Q8bgmM3uOVw/+wZhHiNmWGFfRe9MtUnHp12lfNWo/NT8Z8Lc'
    'T83PEk4/YhmLUsYSwv+d757wrdv2TlGMwZtwdWqXKdIgdb4j4exZkzO7UVPHmwsvVpI6VHtnk7C3K+wjNg64p03pIJU9oZc9BeeH'
    'TE84/pVUc4j7UfVNZ9tgWw/G4BgFenFIQy/XxXrSXvpglZSjWq0/+kd7l3D8Y6OOMupRUtuhTaI09kgX4cPyfcXjOueFeYyuC8Hu'
    'SBWrh59jO4S5ja4unmneoE/y+zRRHrtJZf/cJ9TxYDCe1HRRHvdoE7N1ojbuPaz+zoC8UYobdXy+6oB3dAkvt0JaR/rJ7XrQnjmh'
    'GOegUMeAsrX9yYnSGLamttsqmKWyLtXajopSG/NlinXjsY/mi3JaKc/SLZB3liiP3cjnifpA4DZ1O4TaDnA44Nx6xUl7IOn4U6bz'
    '1Ml44HnLtmj8KxUsdQp7f1xRwAaO+RwP2Bhm+/U0BWz8B8uzFPpnSh9wnDbA6jta+MfZUuG7WgX+/zUbO5WLLEs6l3Y6Dy8GXOut'
    'k3St32Sx1mcKu7h547n+Lwdc/wGP9X+wUPbjwiw+Kj0zd4hye+wo8UN+gmAGz45LCP7u09BI3M55nSiPx6o7b+TZdExAeDEdG/Zr'
    'jnDty+lZFManBPLnVTETKXwdlXD8XXJ7f5wLG5jJW46d5t1K7HQmkiZZZ4gnRoQ6nm8Pq69dlPtU4jEjTySwvF2oYydyP0wm9Eun'
    'KI3vUC/0cZr7NPQLxoC4E+Ya7yUYt28Vi2N7nkUM6/MgTt7bCS49P62Oncjj7clybxHlsYG94iHyuLxnEthZq4nP51XfmSROIq4j'
    'j927Mu0fNxBj/L0pXeobGeNDesUy9OprUDp0LYvJeLpmTUzaCypDT4S4L10XgD8y1fklReZIE+domIuDTBwr4x08ijhaUcGRCCEb'
    '72BwxW00R8j9A7+NkvOsEfh9qLN1EN4tJvkPkjMG9TTrWTvID+1n77HMUaSNXaLUpyDqL6JPQXw3DWx6qE7ZElFuY2czX5cFkLmX'
    'xbPogKVLePPRo9IlaBVvBHIszoOiP8JLR9+2rRrCaKR6WujfIIiNjanPaJu1bCV6lHJ+mtrdewDy2+Veb253/25ut9Nn1PW7KmC/'
    'qb72SjF+sadoPLhK5Kexz6Lye56Fn4nOYjOBiw9odAIuJ7iK6hDZzMlqi/wzmXzKtnwL0U+aCbCsGtcyghtt9HJscecpCv0gipvf'
    'Qe4K81kfT2J66qZzYOrnyw82KZygvlGL8PfzZLuvKf7JEh1OlY9eE3umpPD2+ZuyxO1Zko/2LSweT4bA4zdq5rGTjDn2kT8xPvJt'
    'YDVBcBbXzfzEJU563HZXlwa/vfI2J71guPyMOHPUSf/+YrXeJreDQLwky7zW7uoRVLovuYC6jDa2qqb7aTbJ18x09ikOuBjOlGuY'
    'zlMQPUwVnr6KwBDi2h5RHturbYtehUVlE7WMwVgT4xcN+fCDKV/rOsL7GmK8KcxzBeH99Brw7zYJNx6WTtbXxeTpZ5F+dDGeGeZZ'
    'Cf3w4/ttU/DumhgvbZvFOGYS3u+IYTnV/G8S+hg1M4GfpNrHZ/vAZD0rl/GAyWsiOu8SEdAJJjSaioZcZknj2doyUtvFJqYjyOM6'
    'Fg+Xhfrzg65vMztXdPqHHKYSZF9EgVvrIri71Vusga2uQ1A6MSdc3c8RH50FnU2ZjU5oI+iuLgqgRzekmAsTOVaQPl6g6SPtR7/i'
    'TkP1NpDf7Yf7TOTr/C5C784qm8GtChk+1wEJMi9h4oRRmoqvI5ftjWhkx0g3BYkbWq/RYToqgr09y0N/hcKMzt//oAEMyHwLFHI+'
    'Exm6X56dIfrFcRCVz3O4HCT6SmH3hUqXrlOhX8HXuzmC9W7WjG9As87dTGa5ksg5db7Xu5me1kIihwsin+8nfPXpotT/+tIQ9UVx'
    'Bp0v9PF5cJ0prm0U5f74vc4wlP8uImPfLsztqVV6qVymqTsnuM6Pri4Vjv930L/R8dTjONiTzw/tOwlfEM89m/MqXufJv85Ih7RE'
    'QBdVMbqI67csI7wEkzs46vK1CTcuU5dGfy7oOaKKiTKimItqi7mYCbIfOjc1UL6Z6ETVQznq04X7xKkR3vbSfroiQXTFmoGe5noC'
    '4+XDB3ku1O69Ttj59lnKxlMv7P0i+sVADnoHj0J+WmeoY4s+RSldr6JrRxX0Js1n0k5Q+kkXR2CfcHx3x+fG5KQPHiT6Q5RvZqoX'
    'OhSv/WHr53up0McJWCD0PvyPE/5xAo4iOlaqPCof/9VCH5uA0zRR8FFrIsDh1UJv60d19Ux1nTsV9zMvvsZM0FXg91iV3rQJ78VE'
    'v5vfGXvYvRjXR/ZtrkImYmpX0mvRl04FPUhlKSpeRrchb8ePFxmFTy8VTKli5Bb9hif1eXD/VpM82zT1SEDJKfLIb79PuDI3E5jg'
    'NkSHApbH9n+ccGlqv1jBpvFwZb1/41FvPkS9DyTc+802MX6xje/2aHe4gu3eQNqNql4ew1MFs5cl3FjO/eLwjOV8fOLwj0f9a7iT'
    'mPbVlHe+TcOP/CGR4dvMjVed+wi/NK+Zq0MK/KayaXpAOL41ua2hqVzEJKY2xyOcx9sv7ON06+yZeti+GyX8m/Fod5DorsyZgPFK'
    'fd/TDeUqeY0MWNU+Hd94r+WgiCamb1hfZF5xtIPQS3M0Z0avIR2p4h8OCG/bwJ1w11XJVkY0a9rF0vHE4Tb43QRnUftdOtejmvp6'
    'NDjMdL7nkPNmmwLvR72+QfeIl753lPsmG8G+aVLsG1N+/nuIbiBfj80s7zs1e9T2vPOiM+lZjXZh1wCvwq+PKprfT/bgdx84a4LO'
    'rbYJOqcn05kS9d6wvbv+jsj1DyruNbb1/SuprzOC+r5LxrdNmPlCoHTzX3uML0h994MOfJDx0LYPsbOoU0MXeOmhIW5bGNH6VaJ/'
    '1xJZUA+ru1ujL7nNQr8E12UdwSUHFbKkSrW7wEOPpdeHvuB3vGlEP8qvrya6MCg3OV7Bc1XRGaMh6DKv+QrCB68Erj06Aly7ypL3'
    'zHUGbPyhYDu0ji0We7ublNGtN7U9eKtwbNcpjHI5LaVBKe86GbJ/VI8jz/h3GYAflWzFZFxU33e7Bl8NCDOfoSa6l14yEOofciHk'
    '4zaeCzU4V8dD7GRzv9NDh9ak/ypchmtxNqFTdxriDdO2vXSvOb04nmPm+oV0DdeQNay03m4laMd6YedT81JCT3WzeTtkIS8bIXeP'
    'FhHOp6isR9pjLzbUwaKpKezq+Ko2d5Io7h6TAQZ2RbRmm4ku2pDFeTEivP26XX6YwMJiIu810U/kdCOuRyuZx15N/+jamsxzGFil'
    '+ukZAruyzvM88Ec+AP44mZyZXcyOCP2Fe9HRKt1yPxjA+psC6pdyGgZ9QVeC32yiz9GnuafgfjqF4IgR4e1Pd4Tci6KwuZhO6hmy'
    'uJ8N+OikyHtRLlGq85m0vG/E/taZv/Xdb6hwgSnrbiulML+gCTbwn44Q/ncEgP/+iOD/HRHB/wWET7FJeNvcdXnQsGiDdZRiPkz1'
    'n3S8C3pP67cY45YA54eOtp9MOntecIs6/abxLLnOyqgo9XdA535UoxOj2jvdFjDZZXhHpvRDNYNZbpfWIvS2r9QOnOs5bLc8i6eL'
    '6GxdRxT8cVu6UyXraIR0qeKbX/07hX3MlGHDve8nfzoV7vXj3e5Rws63r9/cm8BzK8NZ3MZxJ6ExbfRwkRauZ3t4V6I0PsF2VuZ4'
    'ghO2i9K8UfZxlMky8z78vJmi1Mae6uPu1OjNzoQ9RstkRbnvAT88heN+RZTG1WoTpfZr483vaYgAB01GO/hUwuHNm97Bg7TxMqMT'
    'TOE2r9nHM0LyiblOXjO5s/rZP3cKvR15SpTbfeO85oQ7z5VY90aA0TrDNdTZbsvYJjczHPuKhV4m548PWpQdMCzjNz6bNnU+GLot'
    '5EbDAdqNfWEcOTj2feOAY2V8wreFxLFhcaoJD5b7+VLJxFU+5OjdcLz2UTG2TOHbhgDz2inUPkCmM7zzooUNE6d56R1LNWcqHD+e'
    'c/e3wvENeDjCZNYQJnMamDQ9g28Vbjwx0/PPS4fY5gzaoTl/RwOsmW37puMz1T2cSucu9a9xzDicwxjDptVH76xfqONUdlqOtVpx'
    '9tdHcPYvrPAa7zSUM3E4kOPvtaABgraxPuHe8W8IsZcHI8S/lTj3VXerYyq45lHfsV4ivJgBQz1Y3R3LtIzN2TJiyFc2uUeNaHTr'
    'hscJL4fZs7LsTRGtk5dNzk7hbdtpa3Njy0vmeH2nCK7vr7NTnYzr6+UroUlBD5rMedQ8Sn5ONoro/ECa8KnpvKHuxR+BzMrmPPHL'
    'q+JRq9peQGwAxptnruqPFwzNUpx3UfPDUxPED2+LAA5zinO/EfSVVoly35hB5U10Teo1a+JHe0TJb/ai+9MWd8g8zCHqZ9eB/NTW'
    'LzNtPzvO9w4ZO+HtmvOR21xyOXI/+7tXROef1xRfqXTyTe5E48VjVfmhVt0zdXGQe0S5n+tBD7uXalZ/DZQLe5fYKsx1SrkPikYi'
    'mx0Uep+9ujHVsjHVkTrk2E6YBHDLdVGHNXpGJjDF44LQuaivEN9edxbcO8XPgmtAf16nH+vV37RPfzMV6O9y0HWIej1046jkuSvn'
    '9DEfvq8KH3rhT10M89VMJqpb56B3tm6h97lG+XuVqt/kDGgNwSvww33rCO7bJtR2Zj2K88uv3mVkf5rCO7c3jeJOH+Ssr9XIKPAM'
    'yxEdelN6U7bxceH6WDIt59fv24Sd/8NBjb7wDaBnEaYev75eqbDb6ffQ68X46NMtyvj14XTQBfbDUX74phL70VYWltfQGROlh9AS'
    'AT3TYKGbvRnGn/egg64FXKSyRVLxDycLfdNO+s15hqb9ngg6x+uOnmU6xb0aHf5hzR7w4vNw+9cLFHK5KNoZIevT6oOXdHZ2XvTD'
    'gOJOEkX9Iz532vHGFc3jjCuQnnxBOPbPpjYXecO1qzT+MNWp4/vxz4TrC7MS4x2P+4fMc4Yo97lsq3s/Hvgy6DpRfB/VGCfqbrjC'
    '52446kN3RTn+IDSajvavInrUOr+nXv46ejS4/iaiRz0g1D5zdmrKXh9hf/CMuJzQ6X79wTLnG9ql5A3HdYrFXvPq11xDmduQxd7t'
    '9uCB6uz0qifwrE1EcNaivOM+4fquwBiYz89z4wjjOBeSccq/F4lyP5N8DoaYXNLEPk8VpxTt4VT4qRJ3lhOh7TVpJ31LunStV6VL'
    'x3EOfL9ttjuOs1mesyDPu0meM6H+CyE9HdLzIF2ZdvvRCDqyZwn/ttuh3BnQhyrIey7kvX22k94xu/yeOp5jM+mbHPfnQT4my11k'
    'WM6rfzZzcqTNtbxnvQnqXZsuHeMF6SN3Xrz0G6Zp7gfr0uVzQftF8Qq9N6j05MOeLyj7Qx+0q9lc4N+r0mrZOMezqYhkXbKv32p3'
    '0ofanbaPJbTal+DbM5B+FdKX29W+g19vL4/BTcu/Dum/tIfzL1NP5nw1pLPG1Od1MsK5+sQlTnrcdlcPE7+dOeqkf3+x842e86+8'
    'Lfx4bXyNTPEHp3GeCP74uRqJ3M+WhIPLukphV2x00jvv1cMF+rNU+bak9qgIhw/lnfS1ex2Ym6f4du1ud69znYshUeoXYjrZx5+7'
    'yklP73LSX+4s3+uY5zSWRxfnExdDN8YgPl9wvD/vddLa7a6/JvyW+SjM053l8bwevtdJd99pho/TEeKYLTBvf9/t2ufzb4mbnG/H'
    'kHnHb2K9+zf1j1E8w7tL66brht+w/G3depyFvg+ni1L/lRwWs5fCObIe7NhIe7WwNn93mZNWXVG+Rm+BMa3uLV8j/LZxsx6+sJ81'
    'pJ/ZcVhDfhZUe5whKp5Pg2KPU7zxYThHB9pLx9yi2Qcvwlyd+Pby/tz5fkjbx5/2+Mn3nPTVB8pj9f0lfPvOM5D3q67PDtSFGvmu'
    'k174nJMe3OOkex4th+8TNG2OBw0S1I9bE/CbMf6squ1lhCfAcaZJHFSOc2eRfSPLJhV568iZtmKS9++Uce4fX/tcwLVX0ddrLGFU'
    'hUv4/fw+SJ+fV7oPbGMX3wB7CfmW/YB3i2uVSB42T8r8SZvWKaego8OZr/8ZG8upKc43QqLutiVmxwI8jQp619a/J91HC/DMH9PT'
    'eX4w1En23Illd57kEf0UJ6qCMETxzDJGR1Rr+CAYu+YoIuOgeZqIHG4Lkx1TXe4tHnrPmZA48ywRTQz1RIgz/CyWX3deURzdqjnn'
    'mn36mQpx3ujOyIWQXhUQV3C6b88+J33q2+69AL/dsx/ovr3u/QVpOEmzyfTjX3fStT8sp2c/9Szk+U509N1aQueJCOe8nvR7Keyj'
    'aW2FM7SttB4TOqQaZJdVsIeqAHc2OWwGZb/TIWClM0L+VHIq+sK91bnWiqCI2CCLDR34YQW9lhCuHXlMr7GzVoylpgq9Vk/kLIjL'
    'Tmb5TOtCP4vryTvK6xYPujo4Ony/iNzhZX6Zfl2Tdw6pZ8aB0vv9TPLtF4D39+wv5yMlgIfwxL7y82Lv9530uW+Xnhc25/tay/lr'
    'JTwp5H1mAP+LPUJ8/kele/cWcs6Mm8wgOQVxchPfiYHIZOdpK39lc36arn9LSFqr/UGXrmoE/SWkpx593knrYA987xknzwDZn21P'
    'gFx2v7q+bpL32D1uPaq8V5K8N0F9pz6nznsRydv6pJN+7Ul13nNJ3l0PO+k86Hd6f+nYTid6/buAf/g60JMHHgHeI7Sz93k3TgfO'
    '2deQ1/hkab1zSR/SgKdWPa7u71GkPvEVdZ56Uh/FUaoxhYn/2sRwRi0pW3jpScPY0iArFDyEVqBJKY2Lc3MSzNVSuEdWMX5WE1yJ'
    '8e5C68iS/Ehf8zuuSbllrM+2vuF95zhZHEJbFHMc0+UGZ4DPfHs+yWjp8qhlUa2gg0LXvwfWPx2vf4rcrYLdy/wuZhHf21TneR7k'
    'pvcMlNPH79lQ+o3Sx2fvLP1G6eM/gEwyrZAP4re3vic8PyUMLE4xFZYU00NpEtEjJF8dlzCxVSl/spXI12McZICDkrobRASHUHxG'
    'xWfUBJ1ReF854YOgWwW6REfd4qQfuhv8hJO8e+4qzfuLm4E/BXl7yFmE9cr60G9JjtUjy8tvbyPfePsbKN+ItXcB+Ta3z0l/f5Xz'
    '7RzFt/qrXd8a+O2zoAO3qs+1v8Fvh9i3JVRvaH3p+OYrvuH45ijam9tXfu4fYt/ouf/cNtDVu7T83P8ZfPvv98XnfuTn/u4Knvu7'
    '43M/Pvcrd+5nQpz7hwufZ6Li/h2Oc5QQ0fG6o+RzbzTgc7/Ngs/9Fgs+d4cFn3ulBZ97sQWf+zgLfvR0A350rQEPPCiNELUui6k+'
    'RCsp10j0MWaQOlFWSvnYs+HfKfK9km1GEYs0J8LpqPD+LVGMZyHLj/m47oyqLbqnUefIxMcG93E1D2wmTP1v2MYv9cvzigi3F3Cu'
    'bOQqLRrdzDSBQU67zWG2GyjX0MFP1WEEP7MN4SdMfDeENxqzxBbeqL8D7m9idIrCUfYwgqMGCzyEPjKorykaf0v+fSgAzhmZonBw'
    'OJ1HM4R5vDw///7cF/R2oY4t7Ocb6HBf/2SI9beRaSenOEepODGfeeOK32Sv19TqyzDSrUVUfAFPnQUjlndSxA999tEl7YiSLxTr'
    'mBjsRxFG99tfQBOWVyLAjmLh3nK+/6+edvOEOXdU9uDIU9ij0MMdIbp3fv4CYvgMDZ8hdKCSkcJnIDnB1D3UU6a6G3ZPh5VeSJR8'
    'uPgsD712Vme5F00u2F3oatB/7n/A7j7xp2BrIfn3KIvGOtd9x0mbHg5XJz0b+uG8evorZn4IY1r08IVfW1pUZ7Pa1B7eZrVoc7qt'
    'tN4bQR/yJ8xnk4kvpiVC74uJ6npw30RU14P7JqK6Hu+FOg/uLNf1+AL4gLnsnvL9tfxKJ224OjztpVuPZliPawLSCKa+Viph/1w1'
    '5sokoqC/uQ8guhbcd1BQ+nsmGw+Ndfw98PX0yQ3BbBpif3QKf3S7Q9Bsu+1psuQkhnO0Bf0f8Ht4Anl31BXlOE3mk+n5w+U4Tean'
    '3yhOW9fjpDdsLN9Hx+ZLv8W+Fw9fWA+D02OdtKmpa5whNA/GXtOdr2vJtwcZzjiNfHsBfBFeDP4GTybf/u56oCu73PgCXIf4mY+6'
    'tqCoKyPpO5le1O76LWwkeJi3W6T72kvHRm1BkcbDPH7+BGM8FwrPzQuB53zLRqWHS/1wxjjvyNDDDUP/cR9ZCxX4tVqUxjWhsV8w'
    'zgr3HbxJlPoOHiR50MfXAKtnE8mTZ21hXM9rhN5PMdZzOcyPn5y+h5V7E9PzMIkBJsutEq7/sk427uWkvzxGDvo4WyjK4yRT3R9V'
    'nFOTWKHou91Pr4THq+kUen+0iwkdRu32TXl7J1vCZ50o1SvOCW/dZ36H5fC9SEy87rtuz7UKN571dOH66uF611THJVHB+VfhgCEN'
    'nK9X7DkVrPFY6B1kz20R6lj1vB5ZboVw45wPifJ45qY6OiNML4vHrdpuqcMzwnT4BoTrG7eo++2hw1MpWA2qX4WwaZo/B/S1yj/k'
    'AJvnfo1eXLdQx6bnMRq7hDpeLn7faQCLg4o1p33pMYDDH6cdnzMq3D2k6aNJbGUa8940/jfXITPRJwzajy6i4ybn4WNpZy/TPvZY'
    '6kzarlcngQ3at/FYBz7+KwrjP5P1i+vxdgfcAwMKusFEP53TDzbzy/cB1T+cTcZqM9d0bnjs2K0aODfV+48KdvhYX0y5cT5VPm9V'
    'cZi84GiTZn62sn79G6S/FWb65F5jeMhjDAMVHIPJurxiCHO3pBzahcJ23mI/8NiCtvS0CoZHWDqqwBmy7xenHLp5omDoZ6LUD7Nu'
    'jhekHNkjnSd+3gxo6orq3B4h32Wf5C39DKGPwxkm5qoO323S9G2AzasfnWpqN3Ig6cL2dmEeK7ZvEpx7n0g6dzGEP5O+0/q2atbf'
    'Zm/rcPk2xTrLPvcnHdswFS7h8Wy7RLDYw6qx6vpzQdKx0TShm23P27zPnl9E2u6rME3O93ZN0rnjTOZz58WEG4eUz70JbdIrzOIC'
    '8rUzgZvHEk7crkrSYXw+/jyhh8UexTpEvR43J5xYV2HGvNlwb3QlJha3nptwZOM6ugH74ddev2KdvNqdR9rNW97hVPc/Tiuo5k62'
    'm0048rIg7UY15z8HPmclcO13hWuPimUPWeISLOMXi12294hw53Oi+AIfImO27YPqTB3waU/S4LMCwJAtrSx1CY+zpHuioC9k22uE'
    'G5s+CryPMcZnBYDJEUuYpLFvvfgklEeKccepX5IDRF9pBpGfLFLwUCeS149+UepE+LiWRf/U4L/jT5+xK0dtasLOR1C7bdTBTcP6'
    'Csb3lmWng4yPy7prSD1pURqrQFcefW1Qfzqy7MXC9dFBZUky/7uE2p/ONWLifJjgvHF7dL+9uZXxIVIJRy5mWk6HK35N5B1D7O4w'
    'qKH1XyJ71IRm6dbwVoYVZ+rRFudVv0VebONrBGdt8hnn/URu0mVBm6F8+8+EGzcv6BrRO8J7IqoP43sNC5c2XEXiufvFgF8OeTtY'
    'LPbTSAx4Gut+FXmPMn2kI9b5tGcSS96rPJXpq/Swl3voly0W+lgnJxBdsBHw0fQq+GHa923Xh4hOF3aahy5snULXNqfQteVyx6hw'
    'Wy4kbsP81DeYCveb1kvX9yZIfxTw/PbrU1RzmA1JZ6jy1QSkM74COoUvQvoKpAfag9E/UfXrd+vDz3N1BPScyXj8/OF53eu3KvA5'
    'njdcb9+LzxyF/kDtJJqvLQHmi99DuK4FlpvI2JB0DlIeuGYmoZ0TRBcIy6d8ykfhPy5Z4TF6xWSeqHNKJQfi8j4TPmee3Gcr2bed'
    'FnyFXoO+HRVB3yhPhd5lZhnoPZjS7KMavsOJ0KZKB4DzH3o1dRwFtDTta7/FXYbXp9IBQz3ui0WpvTbak07zmatuDf+H67rSsXB+'
    'vY2sS6UrmmJjWUjGourjIMHtJvvH77yLwv8u5c11KtbR9MziPvGp/GFUAW9yLo9X6APo5Mcq/v4Aq3eLRl96gPBOvfR+bf2LRcX3'
    '4Pxd0zmPin8XtP04XrkqhqrzVCpeeSvsT7o214rYNxz19bP7OhHm8bRm4TxTSac+z2wFRLyH4j0U7yHjPdQsSuMs/zrhnllIEzbD'
    '/skBH9zmrF5ikR95osda3tdV+uqm5WWbxwQY1wLLcVF6JxPjnhj3xLhHeX5n4/M73kPxHrI6v3NwfgfxrcR5vc1ErrmE8VjWMH5R'
    'tfD2uR2GLzKZZBbcRtFP1hCVTlB9BPMXRAcwyFyq9LK89DUquVYq/lA6xFz6zZktn66VrLfMn2S0uA4eGkKMYVCh44JrJnHAfEU/'
    'g+rmDoa0q6B3Elt7qQGNnviwZhy8zrBwFjRujd84+zTjyWvkHTMUdjxB7YiojzSVjUCTcO3rtxmuuYoHrJML1VVgTm11lbYE5Mdz'
    'e8JhjS2QiVyC8txt7sdB/A2sJrKbILaQXHYj78vzIrbDCbq+Jj59qyu0j4cUe8ivzKCHLUwlZKkjPrLUJou9TmEO4arWZy+gnuLJ'
    'wrX7i1Juy20ovPphsyd1um9tClyswt1JJsPbxPpNbeIaodwcxRhMzkzar0HSnl9/VXJYOoY0uY+Ynt0cvtHOgse2srWB6lbILlW8'
    'OL53mkPsne2kLZUv3hMZjDeTM7SN1TGoWf8eH1hDWMIyprrcW9g8YQxO2pdthrDghUfSDM77hN4+VudjyktWPeAxT1HaXhT1dtvs'
    '7trTFHQC6ura+ExKkHmhcU50fvpU/sKXPF8ac7WN6A6vAr/6ByH27H3PuHQg+t6fAXYiv/mG3ZzNhnK/3aOGoShtGh6ZH8xv1nT4'
    '1YjyuMIYn0wXVzhK+Mpe6qRfWu/CC9Vde+VWgIFL9foUNR52QSq4uPnt4IP0svJYvLW97reiD+crwvlwjzr+p+1e4vtnJuAtvkfr'
    'AZfWkP11uDwJylakgSXSlW7T5mkK/FHXcnMAfVS6H46Bhg886qQXYszrp+3g6ydfddI+iJ39EtjJjTzm7J0/BviS7+4E3Lhmv3eZ'
    'taTMVyGG1me+Vlrm4w+5dnyyTDucPzT+yacAz1/5Q+grxNj+zJ7S2OAHoP0LH3TqOpbMz1MQw3vfM8H2X+tXvfvtdz6Ewa8C5vtD'
    '+92z0Kb81T9w5y0qniM9I+XZWpyLR8ziIvKzUpadBusjHpw4uwodnk8DPUH7K+MCUF5pnSi1j0H/nNIh5NinIYZJeymdNZPMBz0v'
    'E+2uP+ug9bcwmrt6TD++aUSftlNxj+P3UFM96j5h5jtWd881paWHNfrLPRobDpXddRj/RdxGvt9Hj7pf0a8mwg8NqxccVC6i4s1u'
    '08z1dg28qPwUNArXv42pXrUJz2lEo//bL/R+yFR98+OzoYxLtTZDTHc46P6wuZ/N1vBx0cbxPnJfz0Abz88rp5MXilJ/jIs082FD'
    'm2C+tPC2FdTxz+U4zhDhY9XTteH+mXaIysWK5r7hVHbUhauLuCIC3GPi+9LE7tqUT17peesT5j66e3z2MsIXwlgC2sS+SCetxWoT'
    'u5UaDTnoe5Nw/cuNsHRIqP0V38jmAP1NY4r4EONXbNeky4QbF6gG3nWwPYV6Fo3C9ZVN7cVwb+MZtZXw4xs1eCOpodtaYA1NeXSm'
    'PleDyKyaNDYdfj5ouM1PFHIjL/ulhRr+1gJ2FvCzvldBS1RanrYU2qDnO5fpjghzn+JDotQ3+gxCZ+rObk4zDSvW1+S+1URgxEsf'
    'x8Y3pikN28/0WXo1tJKtDZfcfxcHXF/VHOt8Sw376FThHpym0WvYqllbHc5eJVyfFjofigOadTDxI8jbk23NEt5+p4LQm7Z0pcyz'
    'YRKt5zEh6Y1eofZNNsrwwCqFnF01vlENHaPK2y3sfYLnybnZIszlqBw2bzJcb/lvXayG7T6w6+WrEN97yVUEk2d1MRgaZDJiek94'
    'AfgR/wHpQ+3e460Srn8qeU7ht/sIbr5PhIu/oYvB0yH8Y/CcLioTZ2auCOdXCn0n0TgavT57fIcwW4sMW4vvznfX4rvz7ej63wLf'
    'tQnSvcDbvW6v2+4sOJdr2E/6U5G+VKQfFelDZbDwqy0cao+tL+yvwr/vfL8QP3u/HUfey0dLkfaFVLYjU9mWTAfgvWxTprJd7H8r'
    '9L+a/R4tlPlW4fd64ffhwq+n8Luk8HtX4XdF4bex3bzfj0L734L0dUg/DGkPpJdA+i5Ir4BUtoX9rSHrXEtkgLWFsd58d2m7tTB+'
    '+Z7ijKwGZyAe+NxVTno6xE3+5c5yGbyO9tPBZwvMc5b9Vhf6+PKthbl4hxCXFQ7JG68V4leXec/nahjXyyBvlGWL8Z03wJ691kll'
    'PX5wKmFkZr+D+yTekzjvEMDtA5A+1G4Hpwh3sl4dXpXpIQbHD7C/HyLrPhv6X8t+MzYW5n/UgaVHYa/9TeH3ZYBTW3il45B1F2nr'
    '0VJ4fZTtu7+B9MsMbk3gOE3gUf5+UmjzN92l/fgJ9EO+52ccbfdlRX94bNx/hm9P+JxttH9p0r+5NxTWKV/aP/muuH55tZ7Nv/4J'
    '8ObvLu9PDnDSf7/Puz8NsP5p9rugcGCdVzg8Ogp7tbpXvY4yj0zPA3l5B+xrmV81XtQDl7/+B4R4+iul9cl3MpXvbc4TKddTzc+q'
    'J0plbJRX0f6g+TrRfstyUoZO+811U4LIv+h6oCxpFlkP6XdU+hytKpyR7c+p14P6Ji3KmPZC/54zo+1w3g5C+Qe+Uw5XdI1M5q+W'
    'zZ/4iiNPLBF6f8WVM9rMXxrm7/IXoonVjby2WWP2sj+sN0fyZQnfugn4I8IQzqQ8U8oyhYeMk/MN1+0PHvsX1/cOkBHP31seGxzl'
    'x8ufKIeLL4I8+4t7vOEC4xCi7jH62Rr6iiNT57DdBN+or0eEZ1M4+dpzLpzI9DuwL6ROk009u78JdNYe//U79XEhfvFI6ThOBR+V'
    '8n0QON+zv3weM2we9xVwyY8L83Xdo+XzuA/k7D+G+ZR5gugQiW+Xjz/Hxv9qoa1Vj5e2/yq0L9/btPuzr5a2v+vRcDCO+h8f2l8O'
    'x3cccGHEC46r2XlZPPv3uecRpyXw26NPlrZz32Pl8ahRT+Xmr6vzqmQUCeHaImKfzijs0yufcPRsrt6rPjPOgDPyyidKdXJkfps1'
    'uh32xpWgR/S+H6p1a6SOD4fhHINheR+Ud0F6zmJ/6V0xyJm79/tO+ty3g/v95nfjFLsbf2G/298vWOraoB5W057KtkPh3A+XSTpF'
    '0ih0HWYH0ItV7UV6hvPz5vLHYL8r9inuET86ro7I7iiM4Zh2KfAk10vaFRBPoj7bNx/V7wE65w3kPrBO6qw9XNqvdaDHJt9Teq7G'
    'h55DPTixJzg9p5tHSSPeVcAd6x4un8cHoL93AW5Z97DdPOL8r3rBrtwfQbu3E303v/NK6onfs7+0/1R33Kb9u2BO2/aXrsdMEQye'
    '7oN9kDhQjqPlmi0hOo+2NM26p13YlHUdTfoZtK4fP1IO70HuCiOFPf57RkONwL7/vSUNpTo3gpxzv4J6HgLe5aKv6ve2jo9dNabW'
    'A6R7lvtDp3uW+1H3ioE8B+57Un+P6vIF1WnUnUW6MdH7Ffphlz7Ux6O//x9UC5vI'
)
