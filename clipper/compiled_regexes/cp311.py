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
 ('(abonnieren|bestellen) sie (jetzt )?(kostenlos )?(den|die|unseren|unsere) .{0,40}newsletter', 2, 34, 29928, 250, 4, {}, (None, None, None, None, None)),
 ('(assine|cadastre-se).{0,60}newsletter', 2, 34, 30178, 108, 1, {}, (None, None)),
 ('(jetzt|gratis) (lesen|testen|abonnieren)', 2, 34, 30286, 124, 2, {}, (None, None, None)),
 ('(powered|designed)\\s+by\\s+tistory', 2, 34, 30410, 106, 1, {}, (None, None)),
 ('(sign up|subscribe).{0,60}newsletter', 2, 34, 30516, 99, 1, {}, (None, None)),
 ('(©|ⓒ)\\s*\\d{4}', 2, 34, 30615, 37, 1, {}, (None, None)),
 ('(наш|наш канал).{0,20}(telegram|телеграм)', 2, 34, 30652, 93, 2, {}, (None, None, None)),
 ('(にほん|日本)ブログ村', 2, 34, 30745, 41, 1, {}, (None, None)),
 ('(打开|打開|下载|下載).{0,6}(app|客户端|客戶端).{0,6}(阅读|閱讀|查看)?', 2, 34, 30786, 122, 3, {}, (None, None, None, None)),
 ('(扫描|扫码|掃描).{0,10}(二维码|关注|下载)', 2, 34, 30908, 73, 2, {}, (None, None, None)),
 ('(有料|会員)(会員)?(限定|登録)', 2, 34, 30981, 64, 3, {}, (None, None, None, None)),
 ('(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ]', 2, 34, 31045, 180, 1, {}, (None, None)),
 ('(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,}', 2, 34, 31225, 156, 1, {}, (None, None)),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 31381, 227, 0, {}, (None,)),
 (',\\s*(photo|image)\\s*:\\s*[^.!?]{1,60}$', 2, 34, 31608, 101, 1, {}, (None, None)),
 (',\\s*photo\\s*:\\s*[^.!?]{1,60}$', 2, 34, 31709, 74, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 31783, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 31881, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 32060, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 32141, 21, 0, {}, (None,)),
 ('AI\\s*학습.{0,10}(금지|이용)', 2, 34, 32162, 55, 1, {}, (None, None)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 32217, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 32455, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 32709, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 32899, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 33137, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 33165, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 33345, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 33537, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 33743, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 33775, 30, 0, {}, (None,)),
 ('[.!?](?=[\\s\\"\')\\]]|$)', 0, 32, 33805, 56, 0, {}, (None,)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 33861, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 33980, 131, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 34111, 139, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 34250, 151, 1, {}, (None, None)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 34401, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 34717, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 34938, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 35431, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 35755, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 35961, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 35989, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 36009, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 36041, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 36203, 16, 0, {}, (None,)),
 ('[\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]{2}', 0, 32, 36219, 112, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 36331, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 36537, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 36823, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 37019, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 37073, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 37097, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 37121, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 37164, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 37426, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 37720, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 37738, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 37755, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 37784, 124, 0, {}, (None,)),
 ('[\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000]', 0, 32, 37908, 206, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 38114, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 38244, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 38451, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 38721, 230, 0, {}, (None,)),
 ('[、・]', 0, 32, 38951, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 38969, 104, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 39073, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 39492, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 39508, 44, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 39552, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 39641, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 39760, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 39835, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 39916, 16, 0, {}, (None,)),
 ('\\[([^\\]\\n]*)\\]\\((?:https?://|//|/|#|\\.\\.?/|mailto:)[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*(?:\\s+\\"[^\\"]*\\")?\\)', 0, 32, 39932, 186, 1, {}, (None, None)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 40118, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 40154, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 40267, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 40311, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<\\"/^:])', 0, 32, 40335, 28, 1, {}, (None, None)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])', 0, 32, 40363, 28, 1, {}, (None, None)),
 ('\\\\[\\\\*_\\[\\]]', 0, 32, 40391, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 40415, 44, 0, {}, (None,)),
 ('\\b(afficher|charger) (ce|le) contenu (externe|tiers)', 2, 34, 40459, 141, 3, {}, (None, None, None, None)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 40600, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 41083, 277, 1, {}, (None, None)),
 ('\\b(straight|directly|direct) (to|into) your inbox', 2, 34, 41360, 145, 2, {}, (None, None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 41505, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 41606, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 41631, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 42480, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 42588, 33, 0, {}, (None,)),
 ('\\bi (agree|consent) to the (processing|storage|use) of my\\b', 2, 34, 42621, 168, 2, {}, (None, None, None)),
 ('\\bum (den|diesen) inhalt (von .{1,60} )?zu laden\\b', 2, 34, 42789, 116, 2, {}, (None, None, None)),
 ('\\d', 0, 32, 42905, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 42919, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 42947, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 43094, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 43309, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 43441, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 43560, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 43621, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 43733, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 43860, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 43981, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 44255, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 44389, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 44526, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 44583, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 44702, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 44730, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 44746, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 45010, 4095, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 49105, 55, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 49160, 289, 0, {}, (None,)),
 ('\\s+(?:septiembre|diciembre|fevereiro|noviembre|september|septembre|setiembre|settembre|december|decembre|desember|dezember|dezembro|dicembre|décembre|febbraio|februari|february|november|novembre|novembro|setembro|сентябрь|сентября|agustus|febrero|februar|fevrier|février|gennaio|janeiro|januari|january|janvier|juillet|october|octobre|octubre|oktober|ottobre|outubro|августа|декабрь|декабря|октябрь|октября|февраль|февраля|กรกฎาคม|พฤษภาคม|agosto|aprile|august|giugno|januar|jänner|luglio|maggio|август|апрель|апреля|ноябрь|ноября|январь|января|มกราคม|เมษายน|abril|april|avril|enero|julho|julio|junho|junio|maerz|march|maret|marzo|março|марта|aout|août|févr|janv|juil|juin|juli|july|june|juni|maio|mars|mayo|märz|sept|июль|июля|июнь|июня|март|сент|abr|ago|agt|agu|apr|aug|avr|dec|dez|dic|déc|ene|feb|fev|gen|giu|jan|jul|jun|lug|mag|mai|mar|may|mei|mär|nov|oct|okt|ott|out|sep|set|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв)\\.?\\s+\\d', 2, 34, 49449, 2473, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 51922, 220, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 52142, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 52175, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 52216, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 52237, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 52295, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 52321, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 52337, 16, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 52353, 179, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 52532, 104, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 52636, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 52831, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 53211, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 53266, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 53380, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 53677, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 53855, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 53912, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 53969, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 54026, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 54083, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 54144, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 54201, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 54241, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 54424, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*:', 2, 34, 54584, 206, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 54790, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 54872, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 55012, 30, 0, {}, (None,)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 55042, 97, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 55139, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 55240, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 55266, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 55290, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 55800, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 55824, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 55848, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 55869, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 56277, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 56418, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 56540, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 56561, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 56752, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 56805, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 56824, 171, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 56995, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 57033, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 57112, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 57268, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 57424, 845, 0, {}, (None,)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+es (periodista|redactor(a)?|corresponsal|columnista)\\b", 2, 34, 58269, 428, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is (a|an|the) [^.]{0,80}\\band (the )?(co-?)?author of\\b", 2, 34, 58697, 390, 4, {}, (None, None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is an? (senior |staff |contributing |freelance |former |national |political |award-winning |associate |general assignment )*(writer|reporter|editor|journalist|correspondent|contributor|columnist|blogger)\\b", 2, 34, 59087, 841, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){1,3}\\s+(leitet das ressort|beschäftigt sich mit den themen|ist (freie[rn]? )?(redakteur|journalist|autor|korrespondent|volontär)(\\*?in)?\\b)", 2, 34, 59928, 638, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 60566, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 61410, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 61556, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 61747, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 61793, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 62039, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 62117, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 62329, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 62561, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 62672, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 62919, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 63043, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 63665, 369, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 64034, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 64183, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 64771, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 64977, 199, 1, {}, (None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 65176, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 65523, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 65831, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 65960, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 66207, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 66575, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 66690, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 66979, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 67324, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 67835, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 68293, 162, 2, {}, (None, None, None)),
 ('^\\s*(weitere|mehr) (\\w+ )?(beiträge|artikel|kolumnen|themen|informationen|news|nachrichten)\\b[^.!?]{0,40}:?\\s*$', 2, 34, 68455, 290, 3, {}, (None, None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 68745, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 69132, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 69696, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 69963, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 70438, 71, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 70509, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 70855, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 70930, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 71076, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 71211, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 71324, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(읽는\\s*시간|읽기\\s*시간)\\s*[:：]?\\s*(약)?\\s*\\d+\\s*분', 2, 34, 71398, 139, 2, {}, (None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 71537, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 71614, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 71741, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 72111, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 72153, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 72246, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 72292, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 73162, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 73587, 510, 1, {}, (None, None)),
 ("^\\s*[\\w'’.&!-]+( [\\w'’.&!-]+){0,3} newsletter\\s*$", 2, 34, 74097, 268, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 74365, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 74438, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 74648, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 74731, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 74875, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 75021, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 75151, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 75279, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 75395, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 75898, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 76070, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 76325, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 76511, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 76698, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 77151, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 77372, 171, 1, {}, (None, None)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 77543, 1360, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 78903, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 78971, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 79049, 311, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 79360, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 79441, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 79531, 130, 1, {}, (None, None)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 79661, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 79737, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 79812, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 79869, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 79916, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 79955, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 79994, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 80168, 97, 1, {}, (None, None)),
 ('^\\s*back to (the )?(top|home|homepage|start|blog|gallery|list|overview|index|search|main menu|reading|all \\w+|\\w+ home)\\b[\\w -]{0,30}$', 2, 34, 80265, 335, 2, {}, (None, None, None)),
 ('^\\s*by\\s+', 2, 34, 80600, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 80632, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 81597, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 81677, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 81760, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 81809, 105, 1, {}, (None, None)),
 ('^\\s*partage[zr]? (cet|cette) (article|publication)\\b', 2, 34, 81914, 135, 2, {}, (None, None, None)),
 ('^\\s*recevez .{0,60}(dans votre boîte (mail|e-mail|de réception)|par e-?mail)', 2, 34, 82049, 195, 2, {}, (None, None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 82244, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 82329, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 82486, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 82534, 207, 3, {}, (None, None, None, None)),
 ('^\\s*volver (a la |al |a )(portada|inicio|arriba|listado|blog|índice|búsqueda)\\b[\\w -]{0,30}$', 2, 34, 82741, 236, 2, {}, (None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 82977, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 83101, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 83205, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 83253, 77, 2, {}, (None, None, None)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 83330, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 83597, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 83635, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 83664, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 83708, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 83764, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 83823, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 83861, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 83964, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 84053, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 84205, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 84286, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 84457, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 84510, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 84626, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 84750, 60, 1, {}, (None, None)),
 ('suscr[ií]b(e|i)(te|rse)( aquí)? a (nuestro|nuestra) (boletín|newsletter)', 2, 34, 84810, 351, 5, {}, (None, None, None, None, None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 85161, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 85260, 30, 0, {}, (None,)),
 ('コメントは(承認制|管理者の承認後|管理人の承認後)', 2, 34, 85290, 77, 1, {}, (None, None)),
 ('コメントは個人の見解', 2, 34, 85367, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 85415, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 85459, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 85505, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 85537, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 85585, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 85637, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 85677, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 85713, 24, 0, {}, (None,)),
 ('구독\\s*하(세요|기)', 2, 34, 85737, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 85783, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 85813, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 85863, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 85937, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 85997, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 86049, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 86079, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 86113, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 86175, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 86210, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 86256, 48, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 86304, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 86330, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 86356, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 86409, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 86449, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 86491, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 86541, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 86642, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 86696, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 86749, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrsvQucXVV1ML7va97vJGQIIQyQhASSMAECIQQISAUrb1BQnvO4mSGZzAzDTAIRJAj4Qgtq8VFtfdV/BQMC6ieIVqAK2IoVVKwt'
    'rVDxX+Grr6KWKnW+2fesxVl33bXP2fucc2cmk3P4XXbmnP3ea6+99nq2KKUapn6ZqV/N1G9y6slOpfp34NTvIuU/bfCuDd53Tv2a'
    '4Jsu1zyV1k79FkCeSyBtgDwZ9n4F5O+EvwchHWfpKOSpYfVcRf69AdLDSdo69TsC2pC+HTb1K7B3y8m7g+GdHnMLvFtj6Msa8m+s'
    'a97Urx3ebYO0B9IrIB1iYx0h42mFdVDQZjOb6zqY631gLlfCuybSt4UwDiyH8x61vjZ4H7V8B/Spk7zT/66Hf2NdeUPbB7H51/nn'
    'w3uap4P0NQPrlyd16XIaLroAPgqkzlaA2ToYI++LtC4ZNg/7wFrvhH//WH8n7es6FkM7zdC27u8qsjewLRyL1JdmAt+roa15U4Oa'
    '31XZ1xoYJ5+PPJmPt8LfOKZmWJsF0G4rpA3Q5mVkTM0Azw3QjsoEP1n2dy4zp57S9GY3qV0qxrMp4Fs+pOzUuoe2rddzC+BevX79'
    'sH75dP00SKubVKznoMCvnwivgOOaeoZzJTzZDv/W+3lxwSt3BdunLusctu57+JMrTcwNJXRWF2mVPVAJ+G5RhcP61gL+7oQ1zBKc'
    'XYAzQO1W6tM/LD9vujLe+YJ0W4aUq8VyZ061/XEPtxe6y+mIRYa+ZgxnUyZiWx3Q399M/f4LyjSS9vTzR++4evWZnLz+ekX2SR87'
    'ky+FucpFwGuZOYjXdl0eC69lgz7WAXxS2LmOFLSl99J137PXvYOdXxoO7gRcmHPAd7HPq9zcW8cS0ix7diWziNLTVfkqPavSsyo9'
    'q9Kzaq6eVR2OOK4ZUHLXw15602Ne+qtvAp/vLi/97qNeO/9Aylz7HS995cte+vh9XvrXj3jp/U95Zf4WYEy/+9l1XvroB730+2/y'
    '0ufO9/J+geR9+t1euvvdct7Pkrz77/b7qdPuu730tse8vH9J8l57r5cuhTHnHysf4/tJXj4vvN53kLydMO4vPSLnvZbkfQbyvPKg'
    'nPdKkvdqaPuoJ+W8m0ne/ONeut5Q70Uk7/3f89InvyXPw9kAR/rdNWNeesK28jU4leTRiye1eQLJ8yUYw7OPlLe1juR54Ckvbfpe'
    'eZ5VhGe49kIvbbnY+7aMfPtMr5eed5v3bQn51gmwVNjlfVtIvt1zS/m3NvKNj6mefOPzRunGqyLckzsJmSTi6Ezwnd+1rRaGz3Ed'
    'DgMaYjXICTjuaQM+Xyf0j9ZRQ/Ijj5eeVe0kP5VPuNTTkeScZktD6QqaU9f2Ut5VCO8qZM6DT8ls7MsC0uzbp4DshwAfdZPe2vVA'
    'FTWwdhdTGseVzRYykKQfNcNPF9kfUR6KJ4aUf++m8qZMt5f+odunS9M1m/k1Q5lf/aS3tz4+dVn+y0KK/2Yj797lnmCin+oD6CdX'
    '+Q/uYXpmXuxwt5zjTxbYZUsjb/JdoaLXVJ6T8shSHlnKI0vlOak8J5XnpGdVirPSsypd9xmW52hY+GlE+jyV76TynVS+Ux35Tkcq'
    '49mrZTwpT3P2yXTo/mx33CdhdiYLGX+S6qsjrlj6qI+ndV9eJ3z7xtPet5PJt9PO89IzzvW+HSd8e89l3rejyLeGM/08rbB38Fsj'
    '+7Ycvq2Aceh0G8zZAeTbKPuGexbL4V7GPPh3K9lzWE9Q3qjr1AFlOF2cZXeqBrZWOUfaCe3p0KbtePLu5M3eu/Xk3e+K3rsjyTtN'
    'B7TCmFtgHgZJmyqgz62wkZaQecsr3wYNx5INGXuB/E1laGuEvJkYtht5hz61Q7+onR/Oe6tDu3ocNbBn2iOUvelr8pn+xojnbCM7'
    'H2pUuZ3nU9e419sO9bjMbW1Cc6v7G3Vu656onFuc31NVtHmoI/hWwmOHB+CxFQ54bH8HPNYB/dffJsge1+mYKqcn8VsNrBnHg/Vk'
    'jt6WiQaD3MZ3BZm/BujHZyHl/R6HtA/61kjyDJDxY94ouMJdrped8zyGVw1nIz2hYj0n+LE5TzV8zg+Buw2szjC8hbyPB0F3CuXB'
    'yAc9pAJusnv1owJ4fALRvCsKZGXIXqc461yCz3ayb68neAdxRRHWD8/DqyC9HnAc1oO0b71QnuY5gtBTG/PldZ+U99IbF/t1b8h7'
    '5ZaSvu1gfULfBmtJn3rZ2OYDnNqWHyfnjQnnNxr2z8qId2Bez6qE7kHU/0CB1N0KPAJ8t5ysY4Hoa+l3R8N4cS7oGT4Mab/y/Vzw'
    'vBOGvF0wNpq3yM4p5AXRPNeocl4QL0/PbvptfT7a2Rd0x8xDO0vZnXItpMeqSr7VEci/UpV8K/y2jsGchH+ld0jv7WP4jj5DbPG7'
    'BP98HtCXSw2hVZaHyD8aEuSJ2fiLQH7mkdC/JgLHfP8hrGYEemqEwXLRQE9lqjwW1/bonh0gYzHBdpbgjY/m4/kt0WVPYvT9GJvP'
    'UfJ30JnTBniD1lEk9C/FN0ULXD9E0qC8tn0aZXONd4mD8x5utO3XMKu316HsOJsfuu60zu0CTOu+vpzz+zrgQAv0CfeosL4WhfFJ'
    '4zf19Ymcx89BeoG2dwLQFG8jNMWmfHm6zoIOOdGi3uNZnqMgzw0kz7p8ed465EtB3psWe+nNi/09dHvODO+jbE7GyPrbwJcEE73s'
    'jJ2Yav9EeNfNxngE9HvXYn+PhI3JZn2wP0HrYtMW7bNN3tPz5XTC0TmPF+MK/2MOe3TEgD9GGP6Yl/N4ivrdVsNZNO7Qfq+Bh8Db'
    '/W3W8x1FyzwbUr+0b59l7z+9pLzvg9Dej7IezYd0IuX7mPZBP8Nz/wHpT8iYdN2PZD3/atVYR9N60r7pPnySzOeOGO0UQ84J3L83'
    'Zz19Jmke+Xk5ZsjXH9I/3c5W0o7tWS6Npz9kPOeQdsLgoI+kYfP7EjtXjsl6PvVc8S7Nh3toadaj02zngtd7TcicNGU93ifvg0t7'
    'ruv9y4w3JgrHvN/9DnQTH9MPM75vvx4DrhoU2g1qT9f7sEW9Iw77EuHlcxb12tTXx+4Vt09924/BXZHh/YkEaFjd1s6Mx9uQ2toh'
    '0LWcV6LruILUwffD1eR90NpfSOYS63iOzA8tO2Axp/qsKcluM75MwbRGRQEnluSDFmUHDWfoUouyIwKu0WUWZLz7lW3Z0r2RlAla'
    'A9rOH5RPX0wXnafb/VdC69nQaEhDb8jHpw91+18jMqMRdicsMtrkPpI3aF513r8hOl0vb/bSU8D+8TJIv3Kml/djhC9qS2Ppcn9G'
    '+BKme+fNQh4OL9eSPKZ71lVE/+i/L/DS176lXDdrC8lzO+h7nbizPE8PybPoNi/9POh4XQj6axdS/TXQ8frNN8B3Leh6nUXyvA90'
    'vdY+XK4P9lrC7+Y45kTCc7v4rPI+riffngY9jrMHvG9ryTc6D/rboVRvrd9L3wH6BQeTb3zeFpNvF9xU/m1BgJ5cS4CeHOX3Yh9c'
    '+Z61wDu3kZEvmgzWked9WjRZ3ifUZ9mf8Jhs+2lDs4TxqCS+eV7F99eLPD60hbbl8dny86vpR1jjoEmLPjUm0Kdq3k9c4H3fCPBu'
    'y4MN2wPtZH0KpL4s0QUIWoe6BNfBljZK5zaZuZVox71lbutnYG6D7kJ7y7zXVnneR1I8UdU5RZyc4onk59aG75POezLz7soX21vm'
    'PZ/QvNO7794yd00Jz121ZF57y3oUpnk9Ujh3m9ckZa17y9y3JzT3s1kfaG9Zy+YqreV06omk+85trWazblu679zWcrp0ovaWdalJ'
    'aF2CZKop7es2l5KMN+VBRJvDaujQpGsRby1sdIxSnBFtjvfGM6yxCnOYpD7r3rIOCxNeh73Jdijdq24wUi2d8L1lHRqqtA4uOvN7'
    'y1y3zMBcJ2EXlvLW7ddnpmyNUnyV3BpFsctJ598Nh02H3VJ6P4++Jrb2Oyl/NLk5TvUQk5vLVFcu3pzGtb9L+XZu8743ywSToimS'
    'tktO7z3R5r9a/g1SPoHbeuxN/ltS2ml2wsbesi6tCa3LXPNple5LN77UdPtESG0r7NeH+w5I585t7qhvhXTu3OaO+p5I79bR525v'
    '27tJzaHk3yXdw25zSH3E7C1zl0to7vamOatJaM6C/FCle9dtLvfGsyOpuaM+rtK5c5s76gMsnTvH8/aWlN6LOneSr750Dt3mUPJl'
    'mM6h2xxKvh73ljnMQj8Wwo+OC31hTkCKOjo8Jlwb0e3cRvLymH/YVzo3h6nyWL/tpN9R4nouVH5czLB4ZFFjVXZY3EF0O3co34dn'
    'AfiqTy3141jj3K1gehArle/DcxHT6eT2Cdc4yEPRNnlQxYvbp+f4KAYrfMyrhDEfYjHmJcr3ZV+tMUvxhzocx3+MqtzLGLspKFbe'
    'CqFcWHt0v6yGdF6X25rZ9rFDuccZM+G9VcqPj+k6ZhpTuQ3q1d8XYHld6Dyl6FHIn1ZY982qPG7u5UQWksYR5HEEJ0tTUc04gnTf'
    '6T3xFnh/XLrec3695yn3ON8Yr7iZ0BxlxE8APLzC4KGQwsOsgIcPKi9uDrWjo7aP3K4yyjkfFptiguCbox700p/d530bJt9OG/PS'
    '14C/9gGg+U19R10zG9vQQSXHTjiT0EjcVmTCQdewX1Xat9rozYXNnY7FeIChf/3K3XZ2yLIMvQ/hnSbI5zr6Ti3APqc0CvWTvkag'
    'PVzuHhlSD8VrJt/1ce44UdpBv/OmWKJSvNBuw/3A9p5UgG8qhCb+TM6dPlwId03pDoKxaIvkHcZov5y8uxbeXaQq48jj3eh8co95'
    'VvlxImpVuW03xpY/TflxgXsMMN5jAeNHKz+e6LMW+Q8lfToyXz7mg5UfN2RTi5ceAukySI9oKY/zmkT8YLyvxLln9TC4qmFwvPRR'
    'L80/7rXzOuHbN56GWD0Up4OeyBnn+jGK+bf3XOZ9O4p8azjTz9MK48NvjezbcgGuEE4OIN9G2Te8U1EYWkPy0LVtJnlHQ/JSnlGt'
    'wzog76bOEVfVO9J4BcKf0f09nrw7ebMfRwXf/Q5ikBxJ3j3ziPdujfLj3wySNoNwEcaPXsLuD52O+K+gyuMp15D6eN5MRB5MO9Tj'
    'gpMbYU8dLNDWLnu6BvZMe4SyN32tEh/oPr0xAo/Ahuf61DXReA9NjnPbnNDc6v5Gndu6JyrnFuf31Ig8mBaCbyU8dngAHlvhgMf2'
    'd8BjHcqPLTWhKn0oUnoGv0k8v3ZSn56jt2WiwSA/J1eQ+cMY7Z8lPHXJHyDnqdM7zbaY/Nrmintu2JPNzOXn1YtO5CcfmsOVLxt2'
    'nmr4nG8p17DFWx0ATw/CPbAT9inGqUr5IxJ/xHuqyR+R5BTnEny2k317PcE725S9z4Odyqd964XyNM8RhJ7aaGELsgFiMS4lfduh'
    '7Pyl0rHNJ/cpm/LUr58J57cb9s9KJgMx+ZOKw0uwoSUoLyEuj4DLOG3KFwzzsyaAvjWN31bOnd710rteetdL73rpXS+966V3vfSu'
    'l9710rteetdL73rTcdcz2dkXAEcjXq0F2dhqOAv5HqsFvc6o8uNmoCdpGyrGHVDPxWv0msW8B1rTJANu9EaNY39qHfvzUxajvkBo'
    'SJv1dJFT/reBNl2BczPpryXqpX8f2utQST8ZGHQuXxo0PjWlIZfarw+roiHoYyP5dxOZ0ZbWco2s9uRGlGUv2trMmbucqq6zxuHZ'
    'aH3vohfAwKfNrcdWT9YHTNcnW3FcRXjaIg804zhHlA/RRIaAe30Bwf06rZ+U9yz/7qKzwO/qNnit0ZG+H4I6Clb0fQJPNjdbyfu8'
    'NZEe6dlkcwsIbbvavIgk6Zf9HWDXRK/Ylkd69FiHMtWiR6rR/nTSH//Xkv7Qdf4I8uVSOiSlQ1I6JHE6JEl6Imm8lNIPc5d+sKUb'
    'FsLZG+VM0/IgiWdSE0JzrDGccXF07Q+PKR8/XJXrxu+vpk9HvpXIdF3KUN5WwUIWfzhb91TXPtW1T/UvUv2LVP8i1b9I9S9S/YtU'
    '/yLVv0j1L1L9i1T/ItW/mE269pSf0ERwax27325QZp37WqiTyim64V5vok0pnY/3fF7+SJKXjpXa9PMy6wLaRJ6EC62QJ3chSivY'
    'xrrUff9QppxmkGJcY973ZNxgi8KGLn8tKd8Xoa9DpHwxQvmLWf9dy5+eibfvN2bC6ZEjM+H0yKEZHzdsdej/YlJui0O5FtKnQdIu'
    'zVOAusPqHGDl/pvguT6HPr2gPD9CQTBoW9fTpA/bLMpthXKPk3K2uFaX+4pjOeznblLOBW7/ipw3pr19O6l71KHud5C6Rw11v5Xk'
    '6TPkmXBcAyw3IJylvO5LSd29DnWfLfS7yPKcKswtz3MCybPDkGedBU2wKiJNsITQMrzdhcJ9Er+1kW997Bu975nuS8ifRrpA8stp'
    'e9deQWiIDNAp8wkNgfSEq1wtLs81LB6BiXZpgfYOhfRigXah/BXMdxmjNdCPI+avBx0n7KdUltIoi5TZZ2wO6ueyHF4/7Xsj0XOQ'
    'ZBJ03JQnJ/n0jTJ39P2hjGeF61hD5ARtqtx/Ul7Qz5Dmk69V0DxmLOfxUAOvzabffNxx5j9L5r9OVfqVambtblLBNp4tAW3VhbTV'
    'koCccCHQ4BLvG3lcLQKORN4Wzf8VQb5Sy2R4Nv6c94V+5QncUPvaoH3dyu4/lxnkgwvJnGXY2Vh06G8HwRd6rAdanKFF4UwJo3OK'
    '7DzpVZV+80r3iAZvbLp8BuRp6yE9ENIuImfT6RJI10K6L6SdkJ4O8rhig7eXo4wvaAwcpl7f4MmkbNtJcv5WNfg+pYdVud++7Qm2'
    '09Hg+wfst6i3L8G2X6qvzjrydn7k2M54xHa+Xu+v2WZWdrsAY9IdQZpP6hNSt/OZel9HGvfMUkhXQFoH6VEt5XsQ99pBZI/pOm+r'
    '9+5qJnhz2TfXkbr6BTrZpa4tpC4+p3wdJhiPBN9fA3VdENCvPsd+nRJjvjjcrBX69YJlv3hdS2KMkdfVWO+dP1HnPgiuS/u/zq+/'
    '3+HObLtG/1IX3n8+jh6L/Yj78O9Y/21wp8v8fw7qd8VbYfVj/z9QFx+Gsa5dddH3PK9rW13luSvdnV3jD+u8Z0GZtSxu8llwDz9z'
    'Bto+Hdo+HOaQ0kiIv/dhNNS+Ifh8cZ1HD0bdu6X9T+oYEXiK9L1pD/6+1q9jC2tn2BJvv1Bb2Y8+x378U639fBQNcPmYRT8mQvb0'
    '/6n17jlB8+FC3+H4PkHq3czOkO3K3j83r/fdQr3FBOodF+ZhwqIeyX93GR8xAqzwNTrDYo2inHfHTNW7Hys3oOx8hXMYC9N9XEzG'
    'MMDmapilLmdejTC/447z+9ua8PmNQhf/uKaybxOW+xPr+A7p2yl5H9fTvhwBOH4Xwe2Iy7shPY6dK/cnXC+eGZ+aKnyQ8vOE1Xck'
    'lH9NAvHisc3S+V/j6SvROk+Acm9j/O6kzuq+aWwT5/u1sI60zaOgvhsE+mADWz/TWLoTrhf7u6jG401RmmJdi8/HKukJtzD9WVJm'
    'E+PZYJmDWBlV4+t28TvpSgO/J0/q1nX8slDZ16NC2v33gt8u3nEPZnfelpB2nyR1HMrarYX0sJA6HhL6wflYB4XQbJ8ndXQa6jgk'
    'pB9/VfD1DF3OLl3mVqHs84Yzg5/nuwqerIfWOxHxjCvpEQj1DSi72BP8LNL1XSjUN+pAvwyxM+wUUt82Qz8HHM7VblKfTTk+t8Os'
    'vsWkviFDmSGH/tWR+s5id5+g86bbgO9+k0+mPsRzz+Z92MU8J7K86wxn85MRymK7j+R9W5bpPn9L5z+ZRz5/0lkYdqb+WUL14fzs'
    'zPty6gNbZDxtwmVb875+14EhZ9blJG+G5V3C8r5B6NM6w72a9+m1pCw/G1eG4PdjSB+XhIxnVcB4eN4DSd5DQ/LuE1AvP1sbyVgX'
    'MP7DspB5eiXnt7MgpE+/zpnnhffp/yd5O0Pq/ZecR09IOJrf8VF/4zu5clu1KOeEruerAW2PqcrYUqXzn5QpBpy3FC9/yqKdnazM'
    '7cIYeyOM8UZSzxZ2xgw7nC1XBtTjckZdJoxre4RxnWExp5zvsMmizH+w/h5JykjzR3X5sMzygDJDhjL75nycvjFfeY663vUKOV8f'
    'dRujE/l++n3W1w1yhRFd/sWA8kMW5f8ZykeRMeryf5/1x2pao1flfwF5hxhP84vZyjnsUeVxc3H97hDqlXiGJfqf5A3iA5b4/9lK'
    'XVkTP0viMd1oWJuwfTYM5a+KWB73aV+2Ui8a+T5/YOt4YUDeCZb3DMO82OKh47M+Hoq633Q9h5E+r4fyZxJamdJtXRZ5kSZbEJCX'
    '08YNFnmx3smMp/ORtOxE1/0zot8s7YES/4/kkXj8JT3iTKUO5/NsXzxB8kg0gM7zjUy5LqwNjJT4/8I4Jtg47grIg7D/10If6f1O'
    '5/mopb43xX263HtJ3SMGXfKbSB5JdqjzvIXk6Tfoy44J68H5ElcE5EF8ernQZ64Pe0FAf1C3/8xMpa4wx/N/Isx9L+vzRiHPAD//'
    'CQzZyo9LMemFujluXyyM9QVWzzwBhosWMFwIGNuE8uP5mvLgerwk2HUW2V54UZnXHuH8OaJzbcs70eW+R+oeMuyhv1duewjH9lVV'
    'CY/jLM8XlBlf4R66U6iHn1efJOO35aWUzn9SzlYmocvdTPoknW8l/T+SR+KptMI8murB82dLQJ5jIU8PySOdfaXzPyDPcXnfh0mL'
    'Iy9HlztJgJGwcw99NCxIUH6BdgQtjvwbvOO3OMofuB1BTgXHownS5Y+in4t24Sb93Grp2eq6ljFd5UaBB0H18dYINotLQvK62rR3'
    'KLsYwm3K7B9J8p20TqXxhVOfR6nPo9TnUerzyAX/pT6PUp9Hqc+j1OdR6vMo9XlkAz+pz6PU55Fid9TU59Hs83nUEMEeOrXJTW1y'
    'U5vc1CY3tclNbXJTm9zUJje1yU1tclOb3NQmN7XJTW1yU5vc1CY3tclNbXJTm9zUJje1yU1tclOb3NQmN7XJTW1yU5vc1CY3tclN'
    'bXJTm9zUJje1yU1tclOb3NQmN7XJTW1yU5vc1CY3tclNbXJtbHIzFja5NnavGFvGxe4rB/rqy5ktTJMDz5nGPhsmuJPHPhtj36jd'
    'xzi703MbxDD7xrC50X18go2R48cRhkNpTDouB8UzLSgmHY5znVDPIMOpNCbdZgfZ+BJLPMttZdssy3Eai9qzoL1nTWp/MGP2B1Ft'
    '+V1jVoXZq9cH2KtHtUlP7c1Te/PU3jy1N0/tzVN789TePLU3T+3NU3vz1N48tTdP7c1Te/PZZm9eC3s5D2cU4tYhaKdggVs5Zs3N'
    'LdRamqq3b4oG+/ActCkG5s1a7DtXGkgRGHa5zxzPZG2U92jiC9D3vNyQkJ/K10YEe03cwzbyeS7Po30Jk8GVbMnz3h1b0gUaNfTR'
    'xi/AMKGHaJ96BH40/b7DQb8pTj96mbz1Q1PzsIn1sd9BljkeYb16CGzQvk3HOvDxX5D3zhRJBktlylH2wDDD82OWZwqnuV3ml+8D'
    'KhtYTMbqMteS7LfI7jtdAgwl4YPCFnb4WJ/LeTxhaV1on23haLNhfrgsG3UDf2tJ2wSN4Z6AMQxXcQw26/KSJcxdn/Pu3SabXltb'
    '+0El28aPKXsbkh6DneOEgDN038/OebzqmYKhn5D8QXOsdUmXsXnqMdj7jFTp3OZ2OpmcJ4sx+UwJWrOo+G6zoW/DbF7D9LtsdET0'
    'GB/P+rDtQu8PzoJz7yNZTx6A8GfTd1rfNsP6u+xtEy7fbpB/D2W9O5qES7iOdq+D/fG4oPtj05/Tsr7PpTC62fW8LYbs+ZWk7cEq'
    '0+R8b2td0pWz/Nx5LuPVJc29DW1io39WFNbOBm6+kvF4yNWkw/h8/GXGDIv9wjokvR7XZXyfCVHHvMVyb/RmZha3npzx5HImugH7'
    '4WKrKt0ZebtLSbtFxzucdP/jtII0dyVfEhnPT2GUdpOa858C37kauPY7+u7Eyr7giEuwjDSfXE/6PuXP50zxBd5HxuzaB+lMHQ5p'
    'T9PgiyLAkCutfJHyz81tEfZGVPqipEsOeqJJ4f1WaHtRBJgcd4TJZlVpd7PdoHufJXp4DUT2rZt/nMi+Fyjfl8pKgb/d7sj/rFF+'
    'TBfKC88SXngz4YXXQx/qoN8oc9LtXxZLJjm3JZSlOY3BN89b5Olk+lSuazC3pcLeGtykYj0HucgewvQy+Z6ja11P1rAAe74HeP2K'
    'yHDriR4S5tM6+W+2aEfLMH4H729QflypK5lsmcu/9hQ4ydk/eSfdAoOMWK+1HRiZc05GeFoFGGwmuiY2uAfhaZTAU7rulesurPn1'
    'cdc8yXUv+fiY+sd5GW89/43oOKb7eu/b1ykNULnO+WmgAVJcOjdwaZb8TWmoDLkfDZK92Q/rHAXGMkHbM1udvVCVx6s6Z7OKUR6p'
    'fCaEHm9kd+EacodvI/gU79INDndohAGVwsCshYEg/oYUW6aZwUMX0SnEvY/vMwH2J80Bfcg79AHbzifUNr1rhrWdB103rifXAN/r'
    '2P1T7Vbq0z+UdfF4O9zG4XiH/M3wjvPEaD669+c78NGirBcfy9mQnk/sG2x5A653+zpSj65X510Ler1KlcdHmi77Txc+ZDO0rfu9'
    'GuxOdPun3OtuNxXFfj5uP7//qHs/8479RHvafWPaIF37mFeG2uRxG0K0mflhBJsZxBG6/nfCmG6C8dSpPe3JCLr/GmLyhVdf1+DO'
    'qkKTtk82dg2wcnYv7bpsLqph7RnlKXNr+LgW4KN2ehZSz1cOcXohrGTNrAPKyHKELnpwuMNC5VMXDUhbgS+BdPjg+d5X/f6N5P3a'
    '2/z3Z6vU30dS/j40/k7tv2bG/gtpTDxjf5T6x0j9YxjW+DBhjen6HAx6L0hz6Xr2Y7R6GG2JtqW2tD29I0k0Y+rTI/Xpkfr0SH16'
    'pD49Up8eqU+P1KdH6tMj9emR+vRIfXpU26dH2HcuK6nfQ2Uluq3xS2ePTKRExwxUX/bh0p+fFn3bFlf6gNKkdZP+XsA1bYJ8OSIP'
    'WkDgraRPMCnXx78jHbMqIg8ovWund+30rp3etdO7dnrXTu/a6V07vWund+30rp3etWfCf2YO9lAN24MZ0qeDmU6tSeeU16txRI3j'
    '2VNLxmLSueRyzYvZWdoCdeI3SkOthvQwotOSFWjoJsO4NDi8ifEbFqtgPzPUN5WrrxUeX0y3tUgF2+YH+QYrKtlHTtGgf9LO1j6O'
    'Pyvqf0Lj/nkCv4P7P6F936kq/c8g3wPpnWUCz4LGAxyJMFfDbK7C6qB9K5C7Zg2jl/oNc79BucXZKxLdpn1UcMzaoFhwJpjbR/nx'
    'eOPWK93Zqa4+6vWtgHwZJceV3mHR/pABjiQfXnyf67rOYft8iaUuTJw9wmM3LgP8S33scP81PQ4wPcb24mpl7wdOip2G67Vxhter'
    'kZyDuF7NDvikFXRw9mX3FMlHWFSfekF4FfFfLaENhhzwO9+zR5A9Ox7jnBgm+o/Tec7RecoJ690BdAFd73Yl+5jZEdJmP+Ff7i/g'
    '5jj7ecCwH/oD9pSNrQn3LeRSLg4Mcz95dD6vEdapHXQPcZ2C6q4FmHWZU6qrOKHK4wLT9ZwgcxY2vj7l7sd4T8CRBbZnaFt3IK9u'
    'qQyPtnf+PPxM9LqEt5cR+KDxvzFu6ml5DzZyqpyPSNd+AyvD6zguH74+88n6UHw8L4SGLoacGdsY7W4TG5XGLj0uX/73kSQuLR3j'
    'xnww7sT1qSF019ZuX/bG5aj1LM9bIP1Ad6U8VZcv6dsOmM+5p6H8zyG9B9JzBir7WIB5pzKo83rNsl79rWT9cFl5bFT67Zbby2Oj'
    '0rqvu7VyTPit/tZw2KkxwI4pLvso4QXgPH/qIi89Bvr7y53l/FOa52iWh6+5qW8L4SzndyQ6l4UPeukfbqmcr3tvh7jCtwgwMADz'
    'tqOyTwXGf6C4AtvYCmO6sc+8zpjnH/sq+4bfMldX9k3XScsFrWVDwFqWZKgAF795a3l7tC9XneOlPxsyw9V1t9rt1zzB0/Uwx4vO'
    'Ms8R5vlIsbJtXU6nz50vz8NCJn/C8fOy9N4twdDZAEN/cVFlH96yHXQwPiDDiTR+tJ9e/FWv7P3fM48f87zrB76+PX7T5XT65Ld8'
    'nNwslNPplw1lWgPKvHetXMZE59nIwK5+zE0uUubLwFWQMLfEJDlZuBGJje09Xe6CE07zoA6T3mvHsL3Gz97dD3npN7/ppbc95vvD'
    'bCbwUdJlehLOj3u99NlHvHT9g16ZRcSmhn7j7XAYX/A41H836KXsLof5jQ/KMN7hCOe//qKXXnK/W7l3wh5c/3SycvZFk9Fkpw0E'
    'MGx9LNj0taDKfaFQP56rA2hs5MUnEZe6lsDQeYTvXpKZMD78nQF5T2d5P07oAJ53NKSd20g7r4MU74Z9LO/NJC/2AfnJ/SzvTrIP'
    'XwPpCMtzJdknPM+Y0P9W0g7tw+mkjqDY4mjfd4Aq91eBY7gmpDz1nyONP6ztdUQH4HR2L97G/sZ6i6R+lJ/hGpzKyvaivhrk3Zec'
    '3SeRMqjjUMtg5iRVSTMvyVemFF/lcX9CfU3K91NSR2RJq8h8ID8PdbzQJy/3P0X1V9HvCvq9yUCditTvGgON8jlHmd7IiJLjGqD8'
    'MYy3weMWDFjwOmxx9gZH/IdtbITxNoH+pouvTO43Oek1sV2DPXWeCmyeNpJ52giwuAz+PlBV+tinvLVxwjOk81Z05GXyeEnbCG+m'
    'FXTAOyzy0jMV9/sJZJ8fQHDWiVDuakOb84U2i4LsJqxN7seujugwB62DXqf3Ep0djs8PF87yQYazER/jmLYLeRGv9zD8vpXk7WVn'
    'Yj85p9C2vZm1zc+PIdJeK+D6RtbPIivTo3zb9lbGT+1j5/MV7JxGedCxpG9XCees1LdVhG/Fz79trJ0hNn/jrK59iQ4w5RfVsrnl'
    'vutxjSjtqffB0QJsoT5JJgRW8DykPq25bytaXsPnfIDnDIFtV1hOok9tDHdSX6xTb3Na78mk+4Q8kX2Fs1fCS53k39getTXYyPZ5'
    'RrgvmcZrmkO9lu/P+PRG0BzelvFgyLQueQIXuv82ccRczrM3wZ3xS48E89w4T6cO7p4PfauSnzQO9987HpXpEhzbDugXvmvAeTEw'
    'PjAOcH5Oa44WMpMPT95KmSM/1r4au5y4IsGOhzaFlH5ZeY5Npp4f55Trswv34ni6pnNqTXHfXi/s29o5vMYFeIJz1WQm/6fMo/Ku'
    'yZlY4+vNa2zrDzZsX1+brvletea47y8T9n3qDz+TUetfdVNvEElYPCE4OY1BMP1zbkenBqyBdudfmNs2Tt3MxmkFc6Lq/HQEfWxw'
    'FfUJT1M331fj6ZrOqTXFfdvC9m29IkptAQ1V8CRC8pviWgTJNA8T5ISSjl6n8m168C5fx2SNXA7iKsu8hvXBZT9EUGbITQsg56Vb'
    'WIzYDitUJHtOW80GZ5/ebfZfgvwFHBYgr07pvQCYWBtnAevOCcuR0nvTP+dczjYgwH8UHa45tjY5i1tr4JONjtvK9kd/uiazak1w'
    '37SZ6K7u0o7dZTr/msjaNkcoF0b3ZTep94TBVKNDfo4vAtrd5dhuYH7qnxrtrPic3ZQ1X4vpnLnozOD4UF+yWuOz1TeIo3NDbWip'
    'fVGUeOYzpXuzIkGdElzbhnRt9/i15XGywto1wcJc2OeHJqRbhzENsO2w+rhe1YQKt71P8UYKK3MJVuLiIXr/0uX2XFo/l/hdOGz+'
    'w+jHqE/bnLl/zb01obGpovjk2xt4SDfFE2VYxS1PAt9lU95GGW+jmnsra8GmT/lNs29NapXv8y4fga8hyex0mZ9CnUOw3oUIuDM3'
    't9Y7H3e9w1SZkoCHPNDQCBtbYB03O+zbOb6OGQNvsC6xM/AT4XJOlz1a+nvqH7dKe3KPe6SAsdlcfgZ60ubC5G+zFgFUjDRIBwLt'
    'h7Pd/vc8UReJi9/139pO6ErW7vP3eemfO8YbT+lpAZfEA8NQelo6s+cOXyClk9M1qf6adALfkeKx/pQmmj6+wCfszssk+AbleirZ'
    '3N784Nxye9JJ5yc6YFTutXRNZnpNQvWDA/on6geH5A/SD25mMi3U7W1lOr6XCfoYRj2bXOnvz0okex3TA22OUC5oPB9l4/kglGuw'
    'OWf0wZIv1ODftXPqlKkrTfOf/VA9o7wQY+u9id3lcvc+8htOkN4amiOnHio89E7v35eT911GSsJ8F6yZfCn46r8phJaZV5qbFaar'
    'Jj8HeSxKfKdlrw9N/c7K+nBeEN5zOMZYNkgv0dg2ZTg8Ar6Zdl1ZbNuB9LYcTqj18GSkx7Z85fob6Z8I6zRTsX4ciuVUws9kok8I'
    '/ZOuyYyvCe6bW4V9A7TA1FmchQXLhyoHF2oC5qp21qxR+DmbzU7LSrnW4dpy5VeXcvL3VuFe854UZlKYcYAZxDs9KrUrmwkbpzqY'
    'f9y/l6ZzPyNzz/l3PB5IJ7yn92j0nXoY3GNWKz/WcwvTudxE5G60jhqSn9t8LiQ6n+jbfU2EejpC+APtrC6uV2rj/w3rb2J4ZEEI'
    '7wTnMSwf738tW5c8Wxeb+rgubJges2tfe6GeLNS7IN3bielmhumucNu1y2Dd0vmf/vmnMpSMMscQrVV+bPsasm+4f+0mlo/ix+Vd'
    'REdFuekSBOlFrIT0kgRkQ2MGvJDqtM1+nTaOV0YIXknXb89aP1t8s48lvgnCS8uqjJfqJ+PjpXqBdkOf/9cTmK8xfJN49xhnq4H8'
    'TXn/6JOY05F5st5ULpdjcjnu1/hZ/Z3NFeZDn8coc/i3ANlZDuDj8lTHTL6X7Xp1m4JcyElmpuc6HyYlQ5thCX6leOXzuvxvkm5i'
    'kM6aiy+RvUH3xkZL1sjPqlWIhXdFrSvVh5p9axJkn6HXKShWaivQvcgzQdddfeQcawUZ7yJVboOLtsFoM4zxMGxiz6IdMI1rodvR'
    'oQHPgHOomd3vbXg6ezo/yJVGsLXTGUxg786xxyCHdCORAw9Li6pagU46Q7nFMcP4ATyGx6HkG8bmwBi+NJYkxjTBmOWLybeiKo+f'
    'skD4hnW2CO2NM5uDNqD/JBrbhrfH/TzSODVx6+F75x0C7VHnZcialTzys8TEpqYaldbaZ826bqKOutJpcnDluWghRLC7staVZ6xz'
    'v9tS2uemFCZSmAihvfJBd1QrJR6VPq8+DRZ5yn0atwKwvVWV273hN9y/YfdRV/7CXKeYXiXeIz/hWm22Mgnb85zzzkoxz7shRnx3'
    'Jc+CfwuSz/YwusNpn8e4M+4BTzYuJNjYakl6rciXTH3tkD27qZo71vyk/o9m75q4+EM73CF/LfBYqGyhTgXHEi9Auawqj9Wu48Wj'
    'bAbPcupLDuNK7oC+0W+bWZ5hkqfI+FYYb7MIuIT6lQvzSafLXaB8H3ZjrI0JVe6vrmjgkWGMzutJvScpPxbrMCu/I6R8G6hotcL6'
    'LYlYT9DYw/rfDinlDY6wfgwa1hQPEM1b2z+CbJ/ySBY/7qW/3V0ef5HG+O1l7UbhxQXZ2Kh/mqrjxz4+LAjvOc2if10whrpJnz/L'
    'aRb+rZ3s8RYY0xKmJ4XwuhL+reugssp2QaZZP+nzhJUKj0W9guCcFWpu+KmVYpxuYN8wjul8mKsM4aXHgalqz/Fc9ekZtmYudVRz'
    'bWsc1hZx2+6HvPQbQmzZ2yC27Lfvj+8T9fiIc7Ui4bnKE5YN3sP42h4aYXy7Ya7avgd+bx5wK9/6Vfv8/NxxaYfGEo47h/Qua+Kh'
    'twp3rTpCt1F4vYjA60XsHAqKK30JpNRmup2M+RKyB2qVHxebx33HdNSw569i+x9pW0z1WI8g+4d/O4zIM/DdcvLuYHh3IJHvrTH0'
    'ZQ2jr3W5eTBuGm+9h+HNITbWETIeLl+RYmHxs5/DykLCeUVZ5ooY9dH9HqV8B/SpU6ABMxb75SAlx3Y/iOXpIH3lcJ53gHPeziUh'
    '8CyV4bgy7Jww9SfonDg84JxYQWTmL9/lpR/+MpwDP/DyHACybV63RG/PJ2197Amo79vet2ZSz7XQj/+Etv76ES+9/6mZP78uYesX'
    'V5eP6jRepMrp91qCPy5iMGLqD8cfK0L2SYOwRyX+KcJcjsyJBHO0rbyBP0v7y+tH/wFY/8Wk/osJTHN/Ii2/VOdrMJ0qc7XE72g3'
    'nF1R22sYKXFu7k+6vQo/Kd4hfb+t3ClLdD1qBTyDe3Z/Aksu+yfKGgfppui69oO+NDCc1Wng5Wx2uEsMCvwWukekvD3s3jFgqIPj'
    'oTa4p7fDt1rCX+hjdxjKexgKuN/kSL2SztWwga80TO5QtF8ok2xn+a8O4E9xfpHu475wHmOZsPVw4XfR8QfZ/EkwU8/o6hHC39J1'
    'f5PwD4bJegf1idaHsHEl1Hcv8FTCeHDLyT3YZb+tQ14oSXW7HyB7erNhHaRx4PrdCGuI8xC2fltZWrTgh24R1qOHwBvqPC1kdY9Y'
    'jMOGH/unytdV5Ht7mOxt3B82c8fLtsKa7EfucTa8J76Xw8oMEx2seaw/4wG4TuJBbzPgL9xPncr3FbyEnFf6/XMEPnWfn4Ey80ov'
    's7l8oebVp7ampg7/XV/T0FjT1NyCT2tbyww97fp/HdWouTQxL5fo8ZfL7f137dLpnd7zhjd8rpR+f+XapWceuvqcX5x17hu+dOed'
    'K+Hz7z9w85023g2+cv3XV2RU/ldT/7xeVz2yr49RvLb+6LVz5/k/uJM8euV2JeolZdOPbXwqPGT62ol/3VnxvPh1+tekmnxo6qf/'
    '/4ZJPU5V+u/Zqf9+Vfr/1PP1l/4ANU9O/ndFew7qSiHP5cK7UvtdFoWtLDFkrxIzFfO6ZCMlnMU1UJ90Fi8z0E/jLL3GgINdec5h'
    'dMU/A8/W5swPOwtGCA4P63OPgbbqZ7TdqIC3o/ZRj/evgKdhkofStrdbjoOWsVlX3Y9rCS2flFyU8sv6yZnYYxifrezjHIDbsPUf'
    'NPTfdRy8D5Qu2Ap9WiXQ66NsTVaz75sZvbcf0HtR5bg2/XSlJ0z86PmE18Fxyv4O/Rwz7HUXO5Q1BHZt5IocvrlMa4jtDSrPjFu/'
    '652Uwz7yPm1oUal80L2Vy/2pbM8W9w8TGpvWdbVBpkFhUNLhnOt2oDb2atxnjKYm7SigcH/CJjkTxQuSjZaN/xasg7eRI/yv3zEc'
    'ZMMDddErcbkzmvg2/arSfjyoTtSD+hzZW9sc9o503kZp/xZyt7ZtP0o7VxL+wGAADolS95sJ3TAYs65TAW4lXsc1Ees8gox9B4On'
    'Ijl7o9S9H+H/bAvhKQ5GbMPVxkui60fIHtZ1viHrzXU19jPKb+ue8Pnk+O6mr3nvFhG++jMgl8rv9nnKBSLDQrs4fPfK45W6GYt3'
    'e+n3H43me6LUPtTbMlX47CrPzVPX+LCJ72rO9d6tJuPS73T68T/35eP4rfViL/1d0Z9n/HbyZi/9wO2+DhG2s/JNlfP802LlPA+e'
    'XznPa28rrzdL5C5nQP//NuP5qcD7EN0TYw5w7Dr/NnaenQ5nzVaGH4cZXioynuJxRPYe9yyh9S6Dem3pddv+thKdtvEAfgAtkyW2'
    'IadkPD5A2DiHBBqW/t0zgzARlI/aspdoqKl/HGngg/cxOmC2j+UHcO+nY3luD+n7/wcykWrgB7xDbsx76XpIj4f0NXkP3usQz+bh'
    'XFvspTcv9vfHYqL/fiqU786X75eToPyNpBz6l6T5joJ8Nyz295Xuk+1Z1xJhPui4uyE9xjAO3r9W4BEuIXQHvb8WHfAZl8NIdCGl'
    'bZbA3NN2txDcaNMuxU/DggyUtmeSyReEe1o90V8wweshXHdhE1RpMGrDerMh9brQKfXsLBlkMvu1hP8xyObjUMF+ZBvLcyDJM2rI'
    'g7Qy5c+tIXnxb6r3RHmWprym9aqHH4WbavlmMd27O2Fu8HtQ3ZQnxXXU+Tk+Jtx7uG65dLd2leWG8c84v0t6T+WvEt9tuYHPPyKc'
    'xVH5/ra02wDRW3Wh0UYE3qqk+9/GbKhs9RKCeIgjhLfdxvgfHJ9y+NwH7vt0j0ywfUZhEvE15ZdymhJ1YGx0X1zgMQgObdeX03lD'
    'whmxEH5U1zpruP8Mk3KdhG+/kfDz6RzmlG+ztlPQRaJ96gmg9/l61jKbKh6bSzo/eDl9hoSViypPNfEjbXXmXOLqxrGljWh5m5vV'
    '/Oxnk5Lut8nM7JDHRa/Yhp7isNTAYClvoX+5Rtn7UrDtV7XqDbKPqJadcifwmDPk7lIWLz2T3WMeh5CSeZcYMBk1mZNkRf7j7NtH'
    '0HKxf6QYKXFtoJrTvWW1V6bbp6KLD8U1CcKDYvBgyyOn/hh7Veqf2HhWv7/0/y7/sHVDHWG+L2z8YUaRf6wivBp8dxy5DxSIvjfa'
    'PDUTOpba8iFN3c/4B7S9a1U0uVA1xnyOMObThTGfKvT/5AjzsE4oMxFSZgXgCVoG7+PjLO/+jG/SJvDk5gt5iixPo5BH818lXttM'
    'rt/lwvpdJKzfG8m7Lwtr/961lWuv/WXxtT/csPaSHn7Y2pvkQ0Frz3UTg9Z+hcXar7BY+xVVWPtax7Vvg3s5ta0+UJX7Yl8NsuwC'
    'qS9Hyq9m6QkwlnOVJ2NGPkkQX6OW8DbHGf+R2zzNJ/yCPgce5WgI/47ysLl97QlkvCeEzMdGAtPLI8joT6jimYQ49n/Ju/ld3ruX'
    'ybt58O4lQrd1sXXugrpeFPIc1FWe5znYo5SPH9RnXeb7WoeA4CWX8XY48Cklm0Hd/ueJzs+YQaeW8zgleY6u62NEv7rPUNZWl1tq'
    'P0gOTmF+J5H/FZWbDxze51aYq30deZZhbfE2ziA6zRNs/P0WevMopzuAlZ1gOqJDMXWeBw1t7w86VLZrWoxgLzDEcIaN7C7viEek'
    'e+EqFd3H1lpIj1WVOjhHqHIbxmwA/1V6p3nVx0fklZpikdjWwf2PTdeYO1Q8H2RSDIBxx7lL764VsXUYozjZu6vt2lBdKJcz2IQ7'
    'co64I8j3HOUVufqcC/I1l7Svo6Thf44/WRn+HR6LstN1R25j+i1x28s4li84lk/jnQXg5K5XpzVCvLNOK34iPdc3KLO/LZu1bCc0'
    'zXVQHu/sPbDGl6g0Ju5MrDPqdeC6cfkLl2usJt9UQF7uV7Y95KyKgh82htyhuA1v2D1RsqHldyzbuxa9J/cQ3RDbuyP3QXNvq7f/'
    'pDvymMPd9GfCXb3Nwb7K5p5M63uW/b0lwK6p5Ne61eOHcrtek+8ivr5SH6Lel6U1tLnTvsT0m05u9XXSg+770z2WcUd4LNHgU/87'
    'UeBz2OhX2upzcT2uIYNNwnTzQb7b4sPmhKBrZuvPYUSwraB6hQPKjcckzd22AD4atWP+aIuPV3YaxsZ9Huw06GD3MJscbuvSk8D6'
    'uPjeonzDHjLO38dYux7DmPtijpnOaxxcc8jUOF8H705k+v8ngP7/2xZXziW3cdDljwM7gnV5OzsHzIuppMfJ+6DzriX2G7b9PQK+'
    '7TL0l/ZpPXmv5+jfmj2+n8Sz3MZwCfePNyHI9CT96KJBd3grwTE2/g90f+9r9vhu1YLdJGH2PyD9CcMzNzR7fMG4NAbtf9GwBkPK'
    'Xt9/2HDOcpndOc2ezQTVF+Zr/DtBDhOEg13O7MEQnIt+zg4h8zxb8XFQ//+7qZz+s9kjrrZC0003PNLkyaRtz1QJHp8PkZONGfQG'
    '0Pbhk01e/5Pcfy60fdDe2tnk3SvDzphuS7s+zEvbPJHYBtIz5zh2RmxgtnSvZd/XwxlyxlSfl04DDdBvwN1FJjdbOc39MdGw2J/C'
    'DPeHz89zjUqdpsLpCxvY2uRAF3UTuLKtH2FtU0x6qNuSrtLz85FGHz9U4z4i8WRsbNJLsdqnqW8jEfr2+sZKv3PTuf/x3Fw5Tf0Y'
    'CelHbaPvHxb3+11LZD913H4L840bzovfk3p1W//ZUM5XsdWfisI72arcfSmG1UPvbQ80+DDu4k+vz+E+UVRyPLThEJrs/Q3+fWlI'
    '2fuRHley7eKIw5ptdhgX0lubG3xafbbeNUo6PWReqzU3fQniujYCo9Xgj8c5I16on56+RZm3R+p9Wmim744lX6n1ni6Zzr9fC8Tx'
    'gXQtpIta5O/rIa2FdBmkp0F6BKSHsvzzW7y2r6+XbWJdcUlUPbrL6qvDS7c9p0+scvthdPABM9Q+jl8bIy+bgXu4ZFuPZ+8/13n6'
    'bm3AP6X7YF9IF0K6jsH7JkgXQ3oQpCdBuoTtn9NgH3ytzj+jZjPf/ANkvVxoLF4f56cOBvBXw2IdDNd58bqi6AAnza96fZ0fZzaK'
    'H+SiQdYV1u7qOp+nNBP8HN2HpjrPRiCMv+/Ce5mu++6/1nr3lJJOA9vz+7G9PR/SBRHPvEcC2lpiaGthxLb+hrQVBTfRcgdCegz7'
    'vhraek+tD/vTxQMr7f9pbhdlGGfX+njHxeZAwoW2ZU33xdW15fu/GneHF0L4tk21ng8vbs/hardiSzv8qsaf/5nWg3iixvdXG4UW'
    'NcnhdN3/J8G6eb8/XuP9PRtxdkn/p8bTSaN4KgPp6yA9BdJsRBx5aY0Pt9XmdZb0f6apPcRTy4X2qokXG0h7vQweewx0YDEC/sT9'
    '8YuCj/uSpEldaNAnSB9mgl+n+7C7UP0zoC9k7W+ZgT5weN9S8P2RD7P99axBd6w946W5jCwvfUPB9/ke5WyzxcfHFSrP0Grx1Er3'
    '/2lqD9cmR+Ajzpm9M8Yd9t/zlWsZpQ9h9NDjee/cdjm7bGnte0ndJzP6/VB2Pzndse6/yPu2pUnR02H75AWYs7fkfRvlOPIiXddg'
    'QuvcF3L/OLPK7eDeOSo/cza/C8i6XM3a/oxBTod9+vQS5t+R1BWEd21kfr/MefZxM6lTGMZbeDTnw8cmg2/mjaze10VoZ3euMq7v'
    'GNlfNjjrozmP9zldvDTd5ltzfpyppHlmJflfzoc37iPfVo8K6zqPzM90yS+PJm1Oh459yQ6IwNJoAF0cBEt1OXPsuyHhXmDrcwHn'
    '5VdZv/71Ifvp+Aj76Z+yng7FTOKW0v0/68EvvduivM1FPqHr+nTWW9dSzPUnQNfo8XJfJ9/8ppeOfgF8Rz3mpfc/BfL/rBnPFC3l'
    'bjdkfVvoKH47TGfk1qyvb1JNPliJ/0fa4uPfruLbTdH5WpeN7zNkabYyviPX8w+D9WMcdNxs9pgOGNyu4snOfpHxfWCFwSOHlx9n'
    '4vmP4XP8D5nKmOhR5XISXEwY2r2LjCPu/bSk/yfUF/WOpOu7mawR38PXKHN8cl1mOynrAvu6zEDG98nuItfRZS4MKBskp9FlXpfx'
    '/fr3h/DekJ+9kZSxsXXUZQ7P+L7DbHDXkGG9989E8zE1zOppzPh+z4Jo0FYw3G20sNnVeX+rwvPimr+oKn3TJ6E/ruv+HvRDf//F'
    'WeD7pujH9NLpbyDO1uMk75PneWnuUj92l04PGAD5f0BeXu99Qt4Td8p5/0bIO/hOuQ8fC8jL630fyfsbiFt2j2Ee3h6Ql8c8ewvJ'
    'qxFAKZbC+ZVlWwEH8LzvuUzOWxTynnydnPfNJG8R8t42LI/tLJL32u1wLp0lj+0UIS+uG897rJAX14LnXUPydt/tpbsfAhgG2m3Z'
    '/V7eg0neTz7spc/ulmP6dZK8YTRhM8nL6cpOqHfB47JPrzA/Xja2/7UM5yGvgfqtKLJvrn4r8uRvjImgadiTAGb0vx/S9oSkDB9b'
    'W8SxSX7k2lRlzB6Oj6mvxOURx+169+fnhstYT1VmH4Y2Z1ucePQuMba4z8NthrvysIofI6VEPyk/hs50zk1Yvy4DXGVLt/bG1Evr'
    'dxjHWEJzr+d9aQQ+rslHpDQ/I5Z8Lwl/0hjzGm7DYszXRMBBBzrcWUcj8AS5nfUYo+l6633ed7/lGiTV9mvqff7tZuGeL/ELbeTZ'
    'Y+wuupK0w+PXbU9wPK3QTpT1DGqH+4j9bV112uHj+Zc6DzZs20kSLr/qOMbxiGP8VJ3Pw+433A1t1+XWGHXxfl1b5/Ng+y1xqktf'
    '+wP6utOxrnNi1MX36gls3K5nQti8Lhf6+kLEuuaRvnL81Wso22Oph6Tr/0NteP0mfxlhZ7Su/ye1/lxEqR95TCWfPaQuCce6wNPX'
    'YtTF1+jOBOrC9fhQrVvM7HHH+q+vrcS3kr8YLmux4bOcxfQLUV56OvBfLp+Bts+Ctk+q9fn9XG/PNkatTd7S/q/1+f1hMF80rNMC'
    'hzqkfaPryNf6choT7TOm3GS/JZ59TWW9LyRQ7z+RegcMenPDEXDcI6TeLYY7dxSab7dFvVFw5gdr/LV3qZfiypst+rY9whqNCPVO'
    'KHve9ZBBD/RNZMwjBr2lkRCcflqEOjguP8aijomw81+oY6vjWBYIdYw7jiUv1DFhORaE8ZcKvi8CHoNckoMfyeK2B8kqXXj3TxYq'
    '4/1KcoF1Bt8vpjPpwYTrxfPmMwVP7yNMJrshwfP1ndPYJo5za8HHB6cYfKlIcMJ1qY5jY3lDwvVif08s+DLrDJNJ498tzPYgT3Qv'
    'Szx7UgfKEpdCuhLSrpA69i/4MlpOj7jIfnGf1gv1jTqcxVz/57f5yvomItJNJZ89pD4b3aYJg78FHO8TeV+u7HJG6jJ/K5R93kBn'
    'cLz8eTKOIUNfhxxok4+S+rbFtCvR9b0j7+t0TTe+LsnsydziHjwxX+lrSdrzF0Yoi/v6dWQew3RXbHDpuoTqw/4dSOo7y6BjE2RT'
    'xfvXnFB92L//yflyqQNbZPxowmUvkrJcT30lK3sQ0XUr8f9yvg5Ej0CL2Prl+JZQz2iEer4s1LM9Qj2fyfn6IMUAnEL37odJmS1K'
    '9t87yG12SH+lMrZ445qAtocNbQ8FtD3s0PabSdscB/K52gllzggoMybo3egymyzK8HvJkRZldnKbPYsy/8HKaJ1d3M8b85V71ZVe'
    'LuR8nZuegDuAzvv7rDnvH1jeX5K8QXd/nfd5kjfoDqrz/ijrx+FxvVeW9n/E8q/67DKUt9lHuvwdwlj53sW7+V8F5OV+pT4Q0K9h'
    'i37dSMpvi8A7ucpQ3lbe2UfGus2gO4htXSjkfd60/6FfUeRTuvzxpC3UPz/TQJccYZEXz9FDAvIez+pdbJEX623P+rg2Kn5And2F'
    'VeDB6rp/lqnUaellOOHHQp4BBgdPB+TB9XsiIM8E5PmGkGeU9edBIc8E02G9T8jDcd0dJI8kl9N5PhGQB+H6QxlP3u8im9Ll3iXU'
    '/QLLs4vkKRrwzQ6SR+I7l3x2BORBfF4keQYMNs8Xk7Ha3glLNnukbulc0Xn+RMgzwc6MjQF5sJ4jSZ4hA3wcSvJId7gS/U/GaouH'
    'S/K/gLoR9hoC8uCZkxHaL1q0/5KqrPt51v6LJI8k/8KYu/UBfNUS/1/Is5Xl+UchzzjL86iQh9M8XwO9GpfzA+PwupTD9j6p/Pm3'
    'vZeXzn8yFulOrPO8W+hTGA+zJP8ndUvnWiuMrT7gjGqFvVNvOJuOhTw9AXlwHBcG5MFz8Cwyj7b38lbQ81yQIG9U17lKmPews1SX'
    'W0LGYMvbxPt1i+Odn+uM8pi5a1R5TNowfTIp1qttzFabutP4gCxu3CeUIurHyi1ma6d1zNawtWmF8//ydJ3kdVJx1klZxfezjX9r'
    's88QX1yLev+TbvAwG/rgqjubjdDHMFyXI7huX4e+47hd9t9+Edr4smMbHMZqIW8OfnXMjiIvvDOtq6ld19i0LQFwmFR5PCf1+DGO'
    'OcaFzqnyuNB1aDMPcNIGuvV0Xj809btdxJ3ZvfpB/PZHbwu9+kxOXn897mvynKgiPJ1kzREWbNcuiGbSfJT92bfVlvZFcfrUIdgS'
    'BOE77L/u7/mMPjvCMMYVZPzN8O8mMjYeD12XOZ7VcTyxQ6Pla4TytNxK5RZL/gBYhyT6atsmjYebJ+WaYS10e2q3Up/+oT2uWQj4'
    'mq5PnQFvtnrVv2pzwG2aRhmP1dbniORj/v3EDu0OePdeeKfzPbUU9E9gHhB+sF+4piX9U1grave3FtJjBbu/I9A2ks27dDZL71K6'
    'NYRuHQ0lPQOe8BDWfK+YcFVeOHePgrXvhfQaR9rQlK+Z5FsIP6Tlkq4fcfUJGY/fiDgqS+gIPCt6gA+s//2srteyPU6zNhJ8FHS2'
    '4jnUx+q9NN0jZXtk1+UqzpMN20EtDB6vI3Rmuu57x7p3wNp3k3ftAXy7VQnw7TqhXQU8yWZyrymVO9t8NvD+t0egTevIuDSgHgRz'
    'sC+z1x406D+PEvoS8wfx5XHuNkA/9b8PJyn1haDr3yGkSP8H8WOkOyTST4uP8MpexGglnb7yeDmtdC7JUzdZnqd+EvTewL5Xvzsb'
    '0vMT4vXmyQlvOt9QXw99nJ0lpC78hwWkriX5yjQKL8OWrg+7P7U71tdO0izAwSjM3xDsw4IVrs1lMvk5Toeu4hjGjc/dFAMXS0+u'
    'aVPhoakLzSZCx74L8BOudSaAp9UGdzHTHuKwOgawYVM33QO5AD4l5cWtIfcwZdmvAuAXV55sC8uXBK8lij+ZKPdKbCcLP9PcUv83'
    'tHy7I93WDu9NvOx2eB/mD4LjqEUkP68v44DDKAwth7Rm0g0PUh4Q5qshNATyzSgN3E7qRThwraeDwFAn3K+yUOaQlA8r8mGle4OA'
    'RndFIYiDZDO5KsNxCR9cCDL0iz08EMRb4/uuFb43sD2xivETbeR01Rxj57u9tLBr7o7xnlvm/hjRF9xtj83MGAvTMEb0WffKg7Nj'
    'zNOxrnnwvffdR2fXGKmvul6mO9hI9LLGVWWsAU7/uNBrvH9NAf1bomQbcvQN2KVkP6fUJ4aNz1uq/3lDQLs9VWy3D+hX7uODtsd9'
    '+xYF3WLb+MbDKjjOnY1fIK6XegTQ13QunlN2MSxt+7tZyXG1uB6sjU+xl9gamGDaZp9vEGC7wRG2bXzl2cIfhTH0Waz1Npcm0K6t'
    'PnOYrchrgfcn+c3ZktCY9f3gMEtYDpuH3irPR9Lw1xgAf4cpe5vBMQM+6lF2duFRfUiW7B2BVyvFuJ3tfb+Y9L1nD+v7agIj25Xs'
    'p8DU5+nua9L7pgB7R9o3C1R4zAIJN4wo2WfLMuXm/6voWD+Vb4TlleaxxjBfNrp9tQz/mHheki5lEC8O+2HLu9Nj+9Op32mkTB5+'
    'QbxU1OtZDfuY88BsebbZWdBOEK81ip9pKhtpgPL5EH2odkee0KIAfd8G4e4S9Q7Sami3AdTxswJv9Pn7/Dl0lREpxrdG/+/f+JbX'
    'lw7y7Ta4P377/vK7mX738l1e+uEvw33wB/HxoYteXCf8rf89H+YHcSTW1Sbw0QsGGWqGwGiqu1UpMzvoXPUeQP1d1gpZ/nOQDb+W'
    'y0OzbE1qCd9d7/G2qZ60d/nfbWU/vJ0caSdIZ4rq16L+lCSjCZLPS7A11+HHxp4lSH8oWNiqZzdcJ7uP4ZRU/2hm9c6Qhs47ylvx'
    '/NkOKd5tkI+yX6YyzwjL05HxcQnSzEiHNgrfMLZQntRNy7Up3877D8qcB3lV/6Uq27gCvv1f8m2I9e154Rv27V+FOtGG/WnSp14l'
    'xz95gpTvYWPSNs7fSHFXirtS3GWtY56FNZLoigZGV6gzp9b2496/N3VP/bs7nGbNon6EUH9bQvXnWf3GuxbUH1ZnQbiTbyG6l82A'
    '6xZAW/kUvnMwVWc7G0OUP0F2F5tsaHN9Zn9aVdq1KoszG/VRT4D9s5i8WwK6pQvJuweVfxfFdxu6KuOHoY4QxgDHuOLHRdTJTOFx'
    'z4HHDsd1vYLxs/rTNeVrummm19R2PV3OlysADzRFWPfZ9Dio1+Xc6NfJnKZfzXp45mcywtMasO4zwfdF2KD8GakuhKUMnD8pLMmw'
    'FFVfMylYSoSeZTBka0fqUmccnj3VXSv5pyT3+wee8tKm7/m6XzymbBfEc73pMbk+GlN2/91+PVJeGlP2aqjvqCflvDSm7LX3gi/7'
    'hyt11VrJfaaU9zuguweyhsdB/vHXj5THlqXyiS9BH559pLzeqPKJhaBjpJidjckGoQ1k2ChbWyPcJdvgYHTVNXfRUV/D+pxzpJ1s'
    'z9o2QjPb8OGpLd0S5e6rwcYG0cbWOUjmQMcUpS5ul3cFm3cuM21l8LaU/F1Nvwu2sNDB7nPon6FNVfpnoHvR5J/B9X5WC/NlK0dv'
    'hb+53muLoLvaCnL99Q5rNB1rYusbwGYugvR0CwzuLxLmO8wGjK47PfuorIz2Q7dzieP5aitLPpjJiDF/LcFNTSQv3XddpEz7NLbd'
    'HuFua5q72ohzp8f/dmH81K40js0bt1kL059xmffxS914Ara6K7bt1w24zfMBbO3zTM8DbbXrLHzVmWwx0QdR/aQ//wVHGKNwmcKb'
    'v96n3Duz8Pb9R/deeMM6aqGQK9zpOm8kd/4acu7hXGB9vVCmDs7ySwhPOLXnzGbxPj41Ry+bJZrx7TnpOl2iym3MXWyMJd8S7n4S'
    'NOd07jpKgEteWwQ+sBVDWHpysDCbbBjGgOdPzfrx8S5yxJ+XQB1HZ/17DK0jp8L9fugYHIvZPYfrZ1+p7GPEjAn2VfTO1Jj1fNpV'
    'y1eN5KfmFxl7PzU/yXj9SGUsoowlhv+70D0RWrfrnaIUgzfj69SuEdIodb454+1ZmzO71VDH66ZerCN1SHtns3K3KxwkNg64p23p'
    'IMmeMMiegvND5mc8/0rSHOJ+lL6ZbBtc68EYHBNAL44a6OWmVE86SB+smnJUp/VH/2hvVZ5/bNRRRj1Kaju0WZXHHuklfFi+r3hc'
    '56Kyj9F1OtgdSbF6+Dl2jbK30TXFMy1a9El/n6cqYzdJ9s+DSo4Hg/Gk5qvKuEebma0TtXHvZ/X3ROSNUtxo4vO1RLyjp/4e93x9'
    '6xsIr7fd0d4qXf89e/0lvnLYmtvgTsSPlFe3nOGzooMcZETZxaKzjVeOuHSz8n0eSPcr7ruB43Ust1CV20UiDw3LU16Xbvc0ctb1'
    'Kdn+1YU2HWV1DCt7Pxmoy6/lDQca+sRjzm1TdrE/XdeD82ZNtlML0vMqPa/S8yo9ryzWPCp+ks6wAsNXqPcgxf509VeVI21Su/iz'
    '4e6wRlXamfM41tTPw0LGI6FnktQfOl48qxYq3zc31lEjnBGSHf9qUgbjF0nxbccN9yfus2OE3JlM50J6j0nPhfRcSM+F6TgXEJdx'
    '3If4OMNw8esyPh6iZ8p+DnzhYYe7EsWfJV5WxjtHXGhyyqPazOrTMaEPMdwXuB8/mzter3Au2PrfG2B9+0+YcxOvn6ZDhrO0Tzgb'
    'dd0/AHiz8ftXNKyFtplexNrrcRj3iKHsEGvnTnKnGxXudGHt2PSlL6QP7wI5Bs2zQ1X6aqT0y2qSzxYGhmPAy+WEP9GjovsE43HF'
    'bXwYmnxrUr1TU/x6yUemtA5xx2WrpzpsgH+KD+j4OP3bQejUWqB7KbyMWcIsnxfd1lcIL5/jglHDPjbV9Tekb0VL3pSJd4Tx1XGf'
    'blFyzPixgD0flweDsR8OqjJPivuF5bDRCvedJVU+V6Q1OAL04Kab/9UKcNnO+jvE+jBgwANjwl4qBNyRWtM70l59R8qkd6T0jqTs'
    '7WrxnnKccvfRPC7I8SlN0m9Jm9AytmeQLZ02xnBxd8bz5UZxsc1518f4WM+zO8K4Ax01bqkzZEubD6pK/6w2ayetFT23JR/Ygyyf'
    'RAui76nvJ3B+0jv2UgO/M0zfSxp/MURXEsc/Juh5UR4q8kyD/PRyWeNWw/6ZYGd+cRbQjafA2RDE2+W01jGE1tw6g7TmAnIn2G6g'
    '+Uy05/MB9FetKo/pi/BYZ+CVH2rBk8I+tAPu7iA0nnSX4nRffUS6rxbohlp4b8P34vKPEeHOGsW/L70TblP2931JL43as0vyB77X'
    '1gi6WT2qPEbJMlWpD835TVsh7yKyb7aFwNqgqvSbfY2SfX2PRZxbSUcOddfuynox0+k89Qh8Mpe2JshYJVjqUe4x95KADRzzSQGw'
    'McbkgEcLsPFzlme1suO/Fg16i8Osvn1hf/MzNkynsVHQ8fw1Gzu1fV6T9Qxz6Dw8F3Gtt83StX6tw1ofR+bdhucznev/YsT1Hw5Y'
    '/7unyn7YYpyc33iNQVaSFH4ozhDM4NlxDsHfgwF0Gi1zCoGzLSHnzbGOsiHbeC/SObyE0Kb0LIoTN6Y+QDeCwtc+GU9GINFgYzH1'
    'EsPGTvNuY/T8TMHVKcpNTjcRQPOW7rOCHgo951HPvZnRLSOGe23RgX7pYfR2swD/Paz+MQFG3qu8mDu1xPZgY95L10N6PKSvyXvj'
    'qYM5Oxnidt+02EtvXuzPoc6r638TwaWnQj3d+fI1OAnquXGx36/Xwzea7yjIdwNpZx3r4+l5/yxB2MFv6/L29R0H6Zl5fx072Pys'
    'CxmHznMW5H1tvvJedCQrfwKUf9viSjzA+xqVDj2erIFOjzGsiU17tvYRYf75Xe5Ll0ewgZrr/M+SAVQb51LuSobZSXDFfMLjbFHl'
    'vmls40AkCUdKRfd/sYnBFffDPk7uH/htgpxn+tvhyvfL9Cy8O5Tkf5acMagH3sza6VKVvuVpmX1IG9eq8rihKM/HuKH4bl6X9476'
    'jVqlKv1ou8zXeeRvl1hHZXKNTbB0GRnGkvYX0gljVzAPQn9UkB9O17awj9wPIcYwUSo5X0M1MWC/U/m+0vT8tHX79wDkm+m93t7t'
    '/93e7eazzNTvuoj9pj4Z16n4Pmok2JLe4R6rVv5WkI3vn8CYcC5r4Gfjl6ydwMW72d5FWuB8gqsUkV25zMkGh/xcv9q1fAfh1S4E'
    'WJbGtYbgxjA6qiHi/tXtHynITihufjO5KyxjfTxMlfuitJ0D21h+YbDJdR864BcWy811X1P8g2M/WMlxuG1lq0FxvXOOuL2G5KN9'
    'i4vHszHw+FWGeewhYz6kglbeu/0mqQAdC4EitieiDXSDDaxmCM7i/tc+co6XHrDD95eD3156o5eeNlZ5Rhw34aX/eLYswzLJdHWZ'
    'P3SXy1ar2ZdaFc1fmYs/etv9tFiV65Hj2XWRwW7oElXu1yiKrzUJT19EYAhxbT/g6GbSRtdWRSjZYB0VPO8ojLUxftFoCD+Y8rUu'
    'J7yvUUEHWOe5gPB+Biz4d5uh3OsCZH29qtxnxgmkH72MZ4Z51kE/wvh+2wXeXRvjpW13GMdCwvsdtywnzf9mA92G+3ieYR+fGAKT'
    'zaxcIQAmL0novMskQCfY0GgSDbnGkcZz9VdO/ZO3Md0Wrt9XOlxWmM8Pur7t7FxptLS1yZB9kQRubUrg7tbssAauug5R6cRa5ft3'
    'Gw/RWTD5jXbx+6b7fCWx3ai2P4JixD6eZugj7ceQcKehehvI77bRCQuTe/G7CL07S7rl2yxsJqLMi8nPrQ28UZqKryOX7Y0bZMdI'
    'N7noF0s4n+7tfRLY24sC9FcozHBZmUkuKsHACmJP5GLPZmOTtTNGvzgOovJ5DpcjRF8p7r6Q/GX1CPoVfL3bE1jvdktbEsnPC9Jl'
    'zQb80iPISHH9O2LI54cIX53aGVHbuCj1JXEGnarsfAggrm1V7nb/rYDTk7T/ojLNuPZfEo7/T9C/MfHUU3uI2WcP8xbCF8Rzz+W8'
    'Std5z7B7Qf8jcemiOkYXcf2WNYSXYHMHR12+LuXbPPYa9OeiniNcB4/2l85FvcNcLATZD52bBijfTnSimqEcjdvE4141qOCYCGG6'
    'IlF0xdqBnuZ6AtMVpwt5LjS2RZNyi9+1mo2nWbnHPq0ReA9J8E+SkJ82WerYYtxgStdLdO2EQG9y+6awdqLSTzROGJ4V+t8PTf3+'
    'NT03Zi19cLcqt5fNOuqFjqZrv0euPerro/wB/ZIgL2+58O0KwuupF8q1sXtdc0AermvFZVX97JvkRyMuDm9IAIfXK7M/b6qr5+qT'
    'aCyAjuF+l5YJ91hJb9qG92JrNyvF6ehi66P7dqAgE7G1Kxlw6IvkE4bKUiReRp+Kb2edVNw+CaaGBF5MySdj1pwH9289ybPdUI8G'
    'lFohj/72Pxlf5mYDE9yG6IWI5bH9H2V8mlqaB27rjTZbYfzBvwuotxij3rsy/v1me0h/TXzXXot5eoHxqW8NaHesiu1eSdpNql7a'
    'VxPsn5fx7mU8j8R/nVCyDTrNb2vLIvHJbGVF3G71IDKG8T10DL+GO4ltX21559sN/MgfEBm+y9wE1fkQ4ZcWDXP1gpJ9j3GbpruU'
    '78dsWFXGybDxY2HDSzH5CZH8/NnUabJn6mf7bkKZ/chXo90RoruyZAbGq/V9j7GUq7j4rqTjm+61HFHx4sCj7mrceIOUXmpMgF5a'
    'YjgzBizpSIl/OKyCbQN3wl1Xkq2MG9a0V1X63JkuHO6C321wFrXfpXM9ocx+LyUcZjvfS8h5s125+SWM0l7UPRKk753kvqlJYN+0'
    'KXd/V4gf3050A/l6bGF532LYo67nXRCdSc9qtAu7RPn+DoP6KNH8YbKHsPvACTN0bnXN0Dk9m86UpPeG6931d0Su/6xwr3Gt799J'
    'fT0J1PcdMr7tys4XAqWb/zZgfFHquxN04KOMh7b9AjuLegx0QZAeGuK2FQmtXzX6dymRBfWzuvsM+pLbHfRLcF1OIbjkWSX7yqtG'
    'u8sD9FgGQugLfsejfmfD+mqjC4Nyk4MEnqtEZ0yo6vikjsIHrwau3TcBXLteRffZ6OoPBduhdWx12Nt9pIxpvantwRuUZ7tOYZTL'
    'aSUflpSPH7V/VI+D+6YsAPwExegJGhfV991hwFfDKhkfn8UQGQiNAbsC8nEbzxUGnGviIXI/lTsDdGht+i/hMlyLEwmdutMSb9i2'
    'HaR7zenF6Rwz1y+ka7iRrGG19XarQTs2K7e4uecSeqqPzdsLys33Pt49OlS8uMG6Hm2PfailDhb3IW8r75T4qi53kiTuHrMBBq5N'
    'aM22EF20UYfzYlwF+3U7fw+BhUOJvNdGP5HTjbgenWQeBwz9o2trM89xYJXH6EPY1XW+JgB/FCPgj8PJmdnL7IhWQJ+D6GhJtzwM'
    'BrD+toj6pbZxVZPgN9vocwwa7im4n44kOGJcBfvTHSf3oiRsLuaTekYd7mfDITop+l5UmynX+cw63jdc/IntDTphxPMBmLLuclIK'
    'y4d8d4H/fILwf00E+B9KCP7fnBD8n0b4FJtVsM1dbwANizZY+wjzYav/ZOJd0HvakMMYt0Y4P0y0/WzS2QuCW9Tpd4kFRu+ME6rc'
    '3wGd+wmDTkxQnA2X2E9hd2RKP9Qrc2w/HvOX06nUDpzrOexwPIvnq+RsXccF/rgr3SnJOlohXS18C6t/p0Nf+H05bO+HyZ+Ognv9'
    'dLe7j3Lz7Rs29zbw3KmC42zsJDSmix4u0sLNbA9fmymPT7CDlTmI4IQdqjxvkn2cYLLMsJjbC1W5jT3Vx92pzPGxF7EyNarS90AY'
    'nsJxv0TmhbZH42dPJ7+nJQEcNBvt4HMZjzdveweP0saLjE6whduiYR8viMkn5jp57eTOGmb/3KPMduQ5VWn3jfNaq/x5rsa6twKM'
    'Nlmuocl2W8c2uY7h2Jcc9DI5f3zEoeywZRmbeGZxfTD0OciNxiK0m/rC2Htw7DunAceOTP37jTFxbFycasOD5X6+JJm45EOO3g2n'
    'ax+VYstMfTsrwrz2KNkHyHyGd55zsGHiNC+9Y0lzJuH46Zy7v1eeb8A9ESZrLGGy1gCTtmfwDcqPJ2Z7/gXpELucQdcYzt+JCGvm'
    '2n6SsePn2rlL/WvsNw3nMMaw6QzROxsS+K02PA7JvwY/+5sTOPtXVHmNd1rKmTgc6PEPONAAUds4M+Pf8a+MsZdHEsS/1Tj3pbvV'
    'flVc86TvWM8TXsywpR6s6Y5lW8blbBm35Cvb3KPGDbp1Y9OEl+PsWV326oTWKcgmZ6cKtu10tblx5SVzvL5TRdf3N9mpzsb1DfKV'
    '0CbQgzZznjSPkp+TrSo5P5A2fGo6b6h78Scgs3I5T8LySjxqqe3lxAZgunnmUn+CYGiRcN4lzQ/PzRA/vD4BONxHOPej+LSkvFwa'
    'V5Hrsg6G6OvTtZsnrF2QvyPuC42vD+UBdAoyWdtx43ifN+j13Urm1fXckOT5Q0QPY55hnw2pytjG0pmPcv/NhN8u+U4N0kO+AMZg'
    'yyvZbMAJ22LqEEp96yb2UjzPDos7EtWxHlZmv7q2Mn9eZtxSxxrl8J1kv65Qvg/DBWSvZzcFKxolZetq0vPoSgAP1Qp4qBX6uF6A'
    '06hyb4pfmg1nQ9gdKEm5VxD/Ie/AyyrCHKKdSBPAj6t/eNp+zTTzP3QMlzcZ9gnfR8MG/DfiwMu19XViSzdJtkE2vJnpkvVI/vAl'
    'fpcpHnu/qvS3PxJwntez+hugXFyexjZlr9vOfeG0Eh2RkZDzTxpTIxtTE6lDj+3gWQC3XCd+zHCObXU4wweEuWiukvzQdBbcPsfP'
    'gkvAjsekpx/U33xIfwtV6O9a0LlKej1M46jmuavn9Csh8icJHwbhT2kNkabpsljnqLyjPmX2/UjlDNWq3+YM6IzBswzDfacQ3Ldd'
    'yfau/cL5FVbvGrI/beGd270nwVuMctY3GmSleIbVElseW3pTt/Fh5ft6sy0X1u8blZsf1hEDH+JK0PeKU09YXy9UlfaDQwH2BbrM'
    '6wUdhKAyYX04BmwSwnBUGL6pxn50lckXDXTGTOlDdSRAz7Q42IhsgfEXA+igSwEXSTaRkhxjttA33aTfnI9j2++ZoHOC7ug1zLZh'
    'wGBLNGbYAzb8v2Fiw9RZhXbGyfp0huAlE68uiH4YFu4kSdQ/HnKnnW5c0T7NuALpyaeV54fB1varaLl21cYfUeQNerx/oXyfvNUY'
    '73TcP3SeY1Wl73dXG6DpwJdR14ni+6TGOFN3wyNC7oYTIXRXkuOPQqOZaP86Ys9h8r8c5Deo34DrrybypWEl++7aaSh7RYL9wTPi'
    'fEKnh/UHy5yq7OzjipbjOtJhrwX160BL2f+ow97tC+CBmuRU9TN41mYSOGtR3nGH8n3oYCzep5b68czriUwRx6n/Xqkq/d3yORhl'
    '+hE2MkMpXjLKAyX8VI07yyHQ9sa8l74+X77W6/Pl4zgJvt+42B/HiSzPCZDnbSTPcVD/6ZAeA+lrIF2X9/vRCrr6J6jwtruh3LHQ'
    'hzrIezLkvWmxl968uPKeOp1js+mbHvenQT6my51hWS6ofy5zsrfNtb5nvRbqPT5fPsbT8nvvvLjq6uj6T8lXzgXtF8UrJl2d+Qmd'
    'L1w3aQObC/x7fV6WjXM8m0tI1qX7+vVuL72n22t7f0KrfQ6+PQrpFyF9sVvW63il248b1kjOLyz/CqT/1h3Pz1UzmfMNkC6alM/r'
    'bIJz9ZFzvPSAHb4+OH47bsJL//Fs7xs95196Y/zxuvg8muMPTuNSFf0Jc3mUuL8/DQfn9ZbDrrrMS2+53QwX6FdX8rFL7eIRDu8p'
    'eukfbvdgbqnw7dJd/l7nOhejqtw/zXyyjz91kZce0+ulv9xZudcxz9EsjyneMC6GaYxRfE/heH864KWNO3y/cfit8EGYp1sq4wre'
    'e7uX7rrFDh/nE8QxW2He/rHP9xPCv2Wu9r7tR+Ydv6kz/b+pn57SGd5XXjddN/yG5W/sM+Ms9ME6X5X70eWwWHMunCNngj0taa8R'
    '1uYfzvPSugsq1+j1MKYNA5VrhN8u22KGL+xnA+lnzTSsIT8L6gPOEInn0yLscYo33g/n6HB3+Zg7DPvgOZirQ95U2Z9b3gVptx2s'
    'J4EHr3vMa38e/P3n97n5Y33mES/N7/b6vIDU1X13vLrixHRpdKBRbOtdSPJx27nrvhnNb1qQLntDBNxbotu/Vl069ZnveunLd1XG'
    'l/1r+PbtRyHvF30/U6g3N/4dLz39SS99dreX7n6gEhcebGhzOujVqL5H20A2EQSHawj/yAYWwvz8LyI4VpfNCnmbyL4/Ypb378hp'
    '7h9f+9qIay/dxTZGwDMtwh6k99s7IH1qafk+cMU9V8JeQh73EOCd0lplsnvMk7N/8rZ16inYtMmbrz9OTtbKt5NXw3jvcr34TEZ4'
    'Wg12HS4+qek+Wo704aT5ThAGQz1kzx1ScT/O7tVPaaKqCEMUz6xhNGe9gWeG8db2IfIwmqeNyGy3Mj0Dqve/NUBHvhATZ56QkF1S'
    'JsYZfgLLbzqvKI7uNJxz7SH9zMU4b0xn5ApIL4qIKzjdt/shL/3Gt/w7JH677TGg++7377pIw2maTacf/rKXHv+DyrvPx56APN9O'
    'jr47ntB5KsE5byb9Xg37aF7X1BnaVV6PDR1SD3emOthDSPe3eSwpsd/5GLDSkyAvMzsX/bff4LFAVFREbJHFhQ58v0CvZZTv+ySl'
    '19hZqyZzc4VeayYyOcRlh7N8tnWhb+AzyTsqF1F3+/paJny/ktzhdX6dftmQdwmpZ8Hj5ff7heTbzwDv736skueYAR7Cww9Vnhf3'
    'f89Ln/xW+Xnhcr4f7zh/nYR/iXzyAuB/tVupT/+wfO9eT86ZaZMvZecgTm7jOzESmew9XZWvXM5P2/XviElrdd/t01WtoOuG9NQD'
    'T3lpE+yB7z7q5Rkm+7PrYeAFPibX10fy7r/br0fKeyHJezXUd9STct4zSN5O4Od+6RE578kk77X3eulS6Hf+sfKxHUNsQK4F/uEr'
    'QE8+fh/wHqGd+5/yY0vhnH0JeY2PlNd7IOlDHvDU+gfl/u5D6lNfkPM0k/oojpLGFIe/3cZwRiMpO/UykIZxpUGOEHgInUCTUhoX'
    '5+YwmKvVcI+U/LJsIncXWkcNyY/0Nb/j2pRbw/ochS8fOMfZ0hC6kpjjlC63OANC5jvwySZLlyctt+wEfSW6/v2w/vl0/XPkbhXt'
    'XhZ2MUv43iad50WQsd82XEkfv/2s8m+UPj5xZ/k3Sh//HuTXeUGWjN/e8Pb4/JQ4sDjH1J1yTGepTSWPkEL1oeLEA6f8yU6ii5Hi'
    'IAsclDXdIBI4hNIzKj2jZuiMwvvKwe8FPTzQO9vnei99360Q24Lk3f2e8rw/uw74U5C3n5xFWK+uD33c1LJ6dHn97Y3kG2//LMo3'
    'Yu2dRr4dOOil/3OR9+0k4Vvzxb4fFvz2SdCXXD/o22rhtxfYt1VUx+zM8vEtE77h+JYI7R04WHnuv8C+0XP/ye2g13lu5bn/E/j2'
    'v+9Mz/3Ez/1dVTz3d6XnfnruV+/cb4px7vcxXsulKo35THkTj1yu4jyBEMB5ZwtBfwPlClSXtytdr1m3XlQvT4oDYeuXOCjui+SL'
    'Oy6+KMTAF3sKX3imYlvviXOUUcnJxpKUi11mIRd7o4Nc7PUOcrFNDnKxdQ5ysUMd5GIHOMiv5lvIrxotZGZR7xRJ677Z6k91knKt'
    'RH9rAakTdSvoObsY/p0j36vZZkcCc1mr4um08f6tEsazguXHfFzXTmqL7mnUUbTx38T9J2q194OUvW+nPmXve6PXIs9LKt5ewLly'
    'kcN2GHS5ub0QvestUeV2gSgHNcFP3R4EP4st4SdODGOENxqXzxXeKG3GfRlNzFE4qtmD4KjFAQ+h/yXqx7CH0fYvRMA543MUDvak'
    '82iBso8JHRbDiscZ2KEq47Pa+J3b09c/G2P9XXRg9ga+hfrEq2yGNnc9yM5QBrNpLZLiCwTqOFmJyLIqfejzEF3STUnykVOdNIv9'
    'qOLYioQLdOPyShTYXa24v1JO+Ktv+nninDuSrxHkKewW9PbHia5umC+aFD5jw2cMnclsovAZSa44dw/1nK2ul9uzyUmPLEk+XHqW'
    'x147p7M8iCZX7C50MdhLDN3ldp/4c7DNUrt93RWs85Rve2nbvfHqpGfDEJxX3/yCnY/blBbdc+E3KX9Obd3xbdxLNurby+u9CvSn'
    'n2H+AG38/K1SZj9/VDeM+72jumHc7x3VDXsH1PnszkrdsM+Af7HzbqvcX2sv9NKWi+PTXqb1aIf1uCQijWDrm6ka/hLqJn2ZRBL0'
    'N/cvR9eC+6WLSn8vZOOhPsm+C34EP3pWNBuo1Nep4Ot0VwyabZc7TZadxXCOtuN/BJ+6B5N3+1xQidN0Pp2eOlaJ03R++o3itFP6'
    'vfTKyyr30f7F8m+pX989F9bj4PRUh3Vu2iYUCM2DcT1N5+vx5NvdDGccTb49DX5uzwZftoeTb/9wBdCVvX7sGm5z8OgHfdtx1JXR'
    '9J1Oz+j2feK2EjzM2y3Rfd3lY6O240jjYZ4wX7UpnouF55bGwHOhZZPS26c+nlOct3fo7ceh/7hPvRUCfq1X5TGzaFwxjOHF/dJv'
    'VuV+6UdIHvQJOMzq2UzyFFlbGDP6EmX2gY/1nA/zEyan72flXsv0PGziS+py65Xv77CHjXst6S+Pv4Y+EVcQPZExQffHpL8d1i/U'
    'Jw/TK+Gx0HqU2df5oYQOo34+bHl7hzvCZ5Mq1yuuVcG6z/wOy+F7ZUJ7rlCFPdcJODoDeBx9e3G9a6rjkqni/Es4YNQA52cKe06C'
    'tR4G+5vInttK8gTVo8sdAXdJ2ifUlxly0NEZV/FsLrgOzzjT4RtWvi/tku53gA5PtWA1qn4VwqZt/lqgryV/ssNsnocMenF9wlpK'
    '8X97lRyLHb/vtIDFEWHNaV/6LeDwR3nPR5WEu0cNfRy36Bv2aYD1KSxu+w5HfcKo/eglOm56Hj6U9/Yy7WO/o86k63r1ENigfZuO'
    'deDjv2Bq/MexfnE93r6Ie2BYoBts9NM5/eAyv3wfUP3DxWSsLnNN54bHJd9mgHNbvf+kYIeP9bmcH0Na8pEtxfgLgqPNhvnZxvr1'
    'H5D+VtnpkweN4Z6AMQxXcQw26/KSJcxdn/NoFwrbRYf9wOPWutLTEgxz28oJAWfovp+d8+jmmYKhn6hyv+2mOV6e82SPdJ74eTNs'
    'qCupc3ucfNd90rf0Y5U5xnOceN4mfLfZ0LdhNq9hdKqt3cjjWR+2dyj7OOSDs+Dc+0jWu4sh/Nn0nda3zbD+LnvbhMu3C+us+zyU'
    '9WzDJFzCY6X3qmhx7aWxmvpzWtaz0bShm13P22LInl9J2h6sMk3O93ZD1rvjzOZz57mMH+Oaz70NbTKg7GLO8rWzgZuvZLyYkNWk'
    'w/h8/GXGDIv9wjokvR7XZbw4inHGvMVyb/RmZha3npzxZOMmugH7EdbekLBOQe0uJe0WHe9w0v2P0wrS3Ol2azKevCxKu0nN+U+B'
    'z1kNXPsd5dujYtkXHHEJlpHmk/PW7lP+fM4UX+B9ZMyufZDO1OGQ9jQNvigCDLnSylqX8ABHuicJ+kK3vRF0bJPC+63Q9qIIMDnu'
    'CJM0rnoQn4TySGtAZkn9kjxO9JUWEPnJSoGHOpO8fvSL0qTix0wu+bMH/x1//qhbOWpTE3c+otptow5uHtZXMb63LjsfZHxc1k3j'
    'nOZVeWwTU3n0tUH96eiyZyvfRweVJen8b1WyP51L1Mz5MMF54/boYXtzG+ND5DKeXMy2nAlX/JrIO0bZ3WHEQOs/T/aoDc3SZ+Ct'
    'jAln6r4O59WQQ15s40sEZ20OGeedRG7S60CboXz7L5QfZzPqGtE7wtsTqg/jAY4pnzZcn/fSY/Ll9Z+Q99K3LfbrXwt5N0HaDenR'
    'kK6D9Ph8ed36Pcr0kY44JaS9Q5QfE+lk+HbTYi+9eXElb4aXpzJ9SQ97bYB+2aHKHBvpYKILNg4+ml4GP0wPfcv3IWLShZ0XoAvb'
    'JOja1gq6tlzumBRuq42J2zA/9Q0WJ8Y1Xd+rIf1hxPM7rE9JzWFNTDpDyhc1PvgXQKfwOUhfgvTx7pmNW/67M+PPc30C9FwS48Hz'
    '3PYOMQz7LKd8O6EGC/2E/Yj+hqRPRHWFTHnC2rDRZ1ij3PwFSvcbylvYU+DAZpwm/s424VzHteH2G0FrlIQeSeMsmq+tEeaL30c5'
    'jGK5mYwpTOcgF3DmLCR3qAzRCcPyuZDySfgRzFZ5jNQeaQ25z6sZpFckeSCX+9rwu4uEr1HNvu104C8NWPRtnwT6Rnlr9E67yEL/'
    'xfbuNmHgPx0CbUq6IJwPNWCoYx+4U9G+2twr+wz1SWcn6vOfrcrt9tGueF7IXPUZ+IBc55mOhcttXGSeks5wjo1lBRmL1McRgttt'
    '9k/YeZeEH2bKo+0R1tH2zOKxVKgcakKANz2XBwl6ISY9AknOM8zq3WrQmx8mPPQg/W9XP3NJ0Q9Ba7CV8Z3HBRzDz0pKd48z/lWR'
    '4SY8K+neqxfaorrQ/0vWeNBApyDd/V9kLwfllXjqnC/3Y1XJ37PRYxpj8oUnSP97GWyNMJ7iIwSfDgj6GBJcjjGZzb1EnhGGR23G'
    'puv8mPJ9sY4E6A/he1sZ/Q6o/yZlx0sdNthYXE34afMd9jhfM6rXpuu7lJyj2yz1lCS5momORl+0pwTYrLjobnJduTUEFiQ4ojEs'
    'THiX8u5bgT+80KEMnYew/cvPOyqrQhnPEoMtR5eq9MGftOyAy0htz6ukZGBR29dwU26Dmt2rH0WeP05O1irxeTXbLhXhSePChPvL'
    '23W5ivM4x/F5iuz/drb30j2U7qF0DwXvIUrD6/3064x/ZiFN3w77pxZoBZd7ziqH/ChX3N+R1ynZfNmWR/6/67iWO46L0kGFFPek'
    'uCfFPeL5XZOe3+keSveQ0/ldS3hwrv4JJd5fHTu7kT+9kfHa61Vw3Io4POXZJO/ldv5hctqk9GqbE5i/KHr0UeZS0m0O0nms5lpJ'
    'vPV8jLkMmzNXGUcnWW+dP8tocRM8tMQYw4igJ0r5/8sM/P8o9i0jKp5tIr2TuPLqhw22VmOGcfA648LZvBhrNBogdzDJNYL2Ea7x'
    'ToF3S9e4T1XaZVI9KvQVahNridaP8qB9AsZlKxMeYu0uU5X+bSYEmYyrzNnVD0QQj5vDRnsM2BgTbECCYuLtZLIA0xmOMtdxw74Z'
    'VvZ+FbYb8P2Yku2/uD3sL5TZXozCU1sE+c2Q8n1Yzmf1r45R30EGGyjJJvkFw9qNJgh7qEd9YABOoX0rGnQRVxPYizIvYXEHosbI'
    'DDsPBg24pmjQqVkgyLmjylepP2ZprdqU78tru+XZKM2lCb80VWFOXe0itkbU+eC+S0wyUxvdFyozdeEjRvFttoHgkyh+V7h+kOYr'
    'LlXJ2vxHXV+bfVxfpX08KuyhsDIjymx3Xw19vfEQfb22GPoTG4iOSZD+APpeXl0F3UDTOZaEHoOJbrTROcoyPbHNrN9D7CzqUr5N'
    '1piyjz/M/UyMkPbC+iudzXQMecK3sb3jjBj0gzqrRGNzmUWS/AlOKw4F6CBJd5YeAgNhPuNaod+1wl2T24F1GeCTwl27crMl5zql'
    'bwd4tNkzSfl2awX4nG+AExefedSP8H4J6qWZfGPoto510LlbQ8b5c4EvYLsfpLjl2PbvLcZ0pYBPJXiYLh2pOPfPHWQMUpyeQ9iZ'
    '1E5o3i5Wx4gBX/db8hSwjK2d91a2no1ER1XSfQzC3UHnfp6dS4MBuokm/9NBuo3DAfOUpF+Gkk1vl5sMYZ5A16Mdr4u9X4bMC42B'
    'avLhL8USW/WUl972mH/+o13xeoi59+xuL73jUf/ehnH5FoAPid981W3OFkO53+6WYShJfwf3LYvmU3s+/BrItwboK8YuLwA9oeML'
    'fvqHyes86v7XnOulnzvThxdqz/TSDQAD55p17BuU2WeIBBfXvQnik5xXjgf0u8YB/1spvtMF8eK7mXBwXYw5c9lLfP8sBLzF92gz'
    '4NIGsr/2lCdDxaU06GS+2m26PG2RP5papngySozp/aDhxx/w0tPB18J3v+kGX8980UsHH/bS58GHzvhXvL3zpwBf+t0tgBs3PhZc'
    '5nhS5osQX/sTXyov8+F7fB8/ukw3nD80NurHAM9f+APo6yNQF+D9L8Hfj0P7p9/t1bU/mZ9vfAF8Tzwabf91fjG432HnQxz8qmC+'
    '3/eYfxa6lL/4+/68JSVLpWekPltLc3FfOQ6n+YPOSl12HqyPunvmfBSY8Hwe6AnaXx0zkMqAm1S57wyUlelgEZMfh/im3eV01kIy'
    'H/S8zHT7sa6i1t/BaO76SfP45infLivIDsX2bjmgKv1P28qdXHg6km0Tv5tJdnmST7Y4990RA9/CZFs7JPSrjcgv4tqKRtX3kGQp'
    'JjuyHQZ4kXwYtirf962tra0Nj5i3xW3wJB/lUt/C+OLIG5PWZlSV25NG3R8u97PFBrkL8r3uIPf1ArTx1NJKOnmFKo/VsNIwHy60'
    'CebLq2A/QiZ5V63yfaD3x9yXo0r23XxNBN0QF/7KsDLHXNHzO3V1URckgHtseHw2Ml5buVa1521Q2cfv6g/ZywhfCGMZaBP7ogO4'
    'lKrN7BI1NWuh723K9z0/ztJRg7z9KjYHGIsKU8SHyO/eYUjXKD9mcAO828T2FOqPtio/jhb1IYJ7G8+obYQn2WrAG1kD3dYBa2jL'
    'o7ONxxJFxtymZDv/MN9S3A9EEnLeIJ8WKwz8reXsLBgR+N+clqi2/Hs14Y3vMOhgjCv7eGOjqtxXwAJCZ5rObk4zjQnra3PfahN0'
    'i4oR5Ki2MmuJ/ntBBfsKcPXrofff2RHXV5pjk9/pMUs9s3kGfc1thrU14ez1yvd3aYqvMOwgRysaZNzY3mLl+w3odZQhB9GbrnSl'
    'znPWLFrP/WLSGwNK9q8wwfDAekEvRhrfhIGOkfL2RZB9Fsm56eLfgsPm1Zbr3aLMcRx3hMBuUBwDSTd0vmGNbeWu9J7wNPAjfg7p'
    'Pd12410Mur026+y6vqmtmGwrVmFx1GX64PYgzCAspWtgXoMu41THW4N2gzxM0uWn+qk28d5MsvKFZM0zRDYuxS/kOhI/J/LsDqEM'
    '5TvVBOit2Z7LfJw95O6DY6pl7dYxPaBegy4TP2N/zs76JYSGqfZZztepnuDeOuXHDdB3BMTLdxC6+A4VLy6yKTb6JhUeG/0YVZ34'
    '3weqeP7+UTeJxjceCFmTa0LOfVyLAluL7yzz1+I7y9x4Kr8FmVcbpPeDXO3y+/122wi/A32l65/2c619XGv/1tq39Ui3WZAZ5BO7'
    'tKe6K2GjtCa9Xvred3vp0edCnCWYH/3uk28BvYFx4FHu8tLhbrmO91zm+4Q31fGVM+3qMK3VIsB3DewnzVnj2V57uq1b3qXUT97l'
    'JkG2mduSHsPZ8th0mzrV7WL/O6H/9ez3wFSZr0/9Xpn6vX/q1z/1O2fq99ap3wVTv8u67fv9ALT/dUhfgfT9kPZDeg6kb4X0Akh1'
    'W9jfBrI3GonOSuPUWK+7tbzdRhi/fk9p3BoDjYuw+KmLvPQYgIVf7qzUGTPxKkxw0kH0+uhvw1QfX7xhai7erNR5U5e6qy5V6lfn'
    'Bc/nBhjXi6Afo8vqVJcv4blLvVTXEwanGkYWDnm0uqbTNY3+AsDtXZDe0+0Gpwh3ul7TPUCnLzA4vov9fQ9Z98XQ/0b2WzC1P1dM'
    'eLD0AOy1v5v6fR7g1BVe6Th03SVe0EQ5vD7A9t3fQfp5Brc2cJwn8Kh/z0y1+Zu+8n48A/3Q7/mdjLb7otAfarup3/0rfHs45C5G'
    '+5cn/Ttwili7q1jeP/2utH5FWS/03/8MZMm3VvanFnDS/74zuD8tsP559jtt6pB/zdSBu2lqr9YPyOuo8+j0NaDftQn2tc4vjRft'
    'sfVv6C6lvvmF8vr0O53q9y5nsNZDkeZn/cPlOiGUt959t/060X7rclrni/ab61JG0deg64G6D4vIeugYWjp+Vt0UXdH9pLweNM5W'
    'SSfifujfk3a8CJy3Z6H8Xd+uhCu6Rjbz18jmT33B038pU9L6gq8X4zJ/eZi/8592k4dSWTzV80DZ0KJJd10VrLeW5KshclauRx4G'
    'Z1r/RuveqACdHC7nOuWxaDFA6NrfDDpNy+737634DfWd1j5cCRefBf2rz+4Ohosm+DfatmGsgNEveDpgHLbb4BuNW4TwbAsnX3rS'
    'hxOdfhv2hdbBdaln19eAztodvn5HPajUz+4rH8dREG9Jv48C57sfq5zHApvHh6ZwyY+m5uvyByrn8SHQC/sRzKfOE0XnVX2rcvy1'
    'bPwvT7W1/sHy9l+G9vV7l3Z/8sXy9q99IB6Mo77i+x6rhOObH/dhJAiO69l5WTr7H/LPI05L4LcHHilv547/t12od1Mir6us3Y5d'
    'LbY5dUYGxJlAMDdZAvNpxEHIutCYHdjrDEtoHRlxEHUNKUg9KXHUAs0bEdB1rx1Xsa8FBa1JRU/D7GhpGNSHBvWfketZmHuR+9fk'
    '1Lk7LkPoiyfJv8MSfTyBGW08YelxhHuXkrg2FLZuWGANbe1BTueEyjJQOwXURkGOBxky9nFgy4vIdTh6fROyC5rfseRTWB4h1I7j'
    'QRp7QU5jMD/VYCkn0dfR1pBZTsLWX+/diTsPIIc5H1J/wAW0xnojqrtcoOuuQeLI7TkuAu052LpthjXkt+dwhSOojdgDLDtcNmKG'
    '41qoe3ugZYvLRtLCERb+FtdI0+cKtbcFaX02ofoKtK9pwnFU9yPvdSLF/h5omCocR40PcQby0tNKaD5gPIFZRoPiTAdpjT6pbRqX'
    'o4i0iXxePSVm3dyEmd7J6SuUAPP4T7Q2VAk03/8ksQ2Frd4gp577ADVnA3S8V3ML7ryNa+yf4z/2devIeRb9bk/kPIt+Jyi+++/k'
    'oP090Hpz5LXn5K7Bx1UX4fITcv8Kdqco6D5QergXAKZJHgY='
)
