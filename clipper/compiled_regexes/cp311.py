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
 ('[.!?。！？…।॥։።။។](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 34938, 533, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 35471, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 35795, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 36001, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 36029, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 36049, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 36081, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 36243, 16, 0, {}, (None,)),
 ('[\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]{2}', 0, 32, 36259, 112, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 36371, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u052f\\u0600-\\u06ff\\u0750-\\u077f\\u08a0-\\u08ff\\ufb50-\\ufdff\\ufe70-\\ufeff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u1f00-\\u1fff\\u0900-\\u097f\\u0980-\\u09ff\\u0a00-\\u0a7f\\u0a80-\\u0aff\\u0b00-\\u0b7f\\u0b80-\\u0bff\\u0c00-\\u0c7f\\u0c80-\\u0cff\\u0d00-\\u0d7f\\u0d80-\\u0dff\\u0e80-\\u0eff\\u1000-\\u109f\\u10a0-\\u10ff\\u1200-\\u137f\\u1780-\\u17ff\\u0530-\\u058f]', 0, 32, 36577, 334, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 36911, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 37107, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 37161, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 37185, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 37209, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 37252, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 37514, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 37808, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 37826, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 37843, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 37872, 124, 0, {}, (None,)),
 ('[\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000]', 0, 32, 37996, 206, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 38202, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 38332, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 38539, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 38809, 230, 0, {}, (None,)),
 ('[、・]', 0, 32, 39039, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 39057, 104, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 39161, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 39580, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 39596, 44, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 39640, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 39729, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 39848, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 39923, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 40004, 16, 0, {}, (None,)),
 ('\\[([^\\]\\n]*)\\]\\((?:https?://|//|/|#|\\.\\.?/|mailto:)[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*(?:\\s+\\"[^\\"]*\\")?\\)', 0, 32, 40020, 186, 1, {}, (None, None)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 40206, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 40242, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 40355, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 40399, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<\\"/^:])', 0, 32, 40423, 28, 1, {}, (None, None)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])', 0, 32, 40451, 28, 1, {}, (None, None)),
 ('\\\\[\\\\*_\\[\\]]', 0, 32, 40479, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 40503, 44, 0, {}, (None,)),
 ('\\b(afficher|charger) (ce|le) contenu (externe|tiers)', 2, 34, 40547, 141, 3, {}, (None, None, None, None)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 40688, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 41171, 277, 1, {}, (None, None)),
 ('\\b(straight|directly|direct) (to|into) your inbox', 2, 34, 41448, 145, 2, {}, (None, None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 41593, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 41694, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 41719, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 42568, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 42676, 33, 0, {}, (None,)),
 ('\\bi (agree|consent) to the (processing|storage|use) of my\\b', 2, 34, 42709, 168, 2, {}, (None, None, None)),
 ('\\bum (den|diesen) inhalt (von .{1,60} )?zu laden\\b', 2, 34, 42877, 116, 2, {}, (None, None, None)),
 ('\\d', 0, 32, 42993, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 43007, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 43035, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 43182, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 43397, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 43529, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 43648, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 43709, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 43821, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 43948, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 44069, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 44343, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 44477, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 44614, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 44671, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 44790, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 44818, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 44834, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 45098, 4095, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 49193, 55, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 49248, 289, 0, {}, (None,)),
 ('\\s+(?:septiembre|diciembre|fevereiro|noviembre|september|septembre|setiembre|settembre|december|decembre|desember|dezember|dezembro|dicembre|décembre|febbraio|februari|february|november|novembre|novembro|setembro|сентябрь|сентября|agustus|febrero|februar|fevrier|février|gennaio|janeiro|januari|january|janvier|juillet|october|octobre|octubre|oktober|ottobre|outubro|августа|декабрь|декабря|октябрь|октября|февраль|февраля|กรกฎาคม|พฤษภาคม|agosto|aprile|august|giugno|januar|jänner|luglio|maggio|август|апрель|апреля|ноябрь|ноября|январь|января|มกราคม|เมษายน|abril|april|avril|enero|julho|julio|junho|junio|maerz|march|maret|marzo|março|марта|aout|août|févr|janv|juil|juin|juli|july|june|juni|maio|mars|mayo|märz|sept|июль|июля|июнь|июня|март|сент|abr|ago|agt|agu|apr|aug|avr|dec|dez|dic|déc|ene|feb|fev|gen|giu|jan|jul|jun|lug|mag|mai|mar|may|mei|mär|nov|oct|okt|ott|out|sep|set|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв)\\.?\\s+\\d', 2, 34, 49537, 2473, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 52010, 220, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 52230, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 52263, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 52304, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 52325, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 52383, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 52409, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 52425, 16, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 52441, 179, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 52620, 104, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 52724, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 52919, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 53299, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 53354, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 53468, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 53765, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 53943, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 54000, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 54057, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 54114, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 54171, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 54232, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 54289, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 54329, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 54512, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*:', 2, 34, 54672, 206, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 54878, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 54960, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 55100, 30, 0, {}, (None,)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 55130, 97, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 55227, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 55328, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 55354, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 55378, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 55888, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 55912, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 55936, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 55957, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 56365, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 56506, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 56628, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 56649, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 56840, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 56893, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 56912, 171, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 57083, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 57121, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 57200, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 57356, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 57512, 845, 0, {}, (None,)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+es (periodista|redactor(a)?|corresponsal|columnista)\\b", 2, 34, 58357, 428, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is (a|an|the) [^.]{0,80}\\band (the )?(co-?)?author of\\b", 2, 34, 58785, 390, 4, {}, (None, None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is an? (senior |staff |contributing |freelance |former |national |political |award-winning |associate |general assignment )*(writer|reporter|editor|journalist|correspondent|contributor|columnist|blogger)\\b", 2, 34, 59175, 841, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){1,3}\\s+(leitet das ressort|beschäftigt sich mit den themen|ist (freie[rn]? )?(redakteur|journalist|autor|korrespondent|volontär)(\\*?in)?\\b)", 2, 34, 60016, 638, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 60654, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 61498, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 61644, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 61835, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 61881, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 62127, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 62205, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 62417, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 62649, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 62760, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 63007, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 63131, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 63753, 369, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 64122, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 64271, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 64859, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 65065, 199, 1, {}, (None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 65264, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 65611, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 65919, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 66048, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 66295, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 66663, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 66778, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 67067, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 67412, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 67923, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 68381, 162, 2, {}, (None, None, None)),
 ('^\\s*(weitere|mehr) (\\w+ )?(beiträge|artikel|kolumnen|themen|informationen|news|nachrichten)\\b[^.!?]{0,40}:?\\s*$', 2, 34, 68543, 290, 3, {}, (None, None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 68833, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 69220, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 69784, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 70051, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 70526, 71, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 70597, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 70943, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 71018, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 71164, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 71299, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 71412, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(읽는\\s*시간|읽기\\s*시간)\\s*[:：]?\\s*(약)?\\s*\\d+\\s*분', 2, 34, 71486, 139, 2, {}, (None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 71625, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 71702, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 71829, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 72199, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 72241, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 72334, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 72380, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 73250, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 73675, 510, 1, {}, (None, None)),
 ("^\\s*[\\w'’.&!-]+( [\\w'’.&!-]+){0,3} newsletter\\s*$", 2, 34, 74185, 268, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 74453, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 74526, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 74736, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 74819, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 74963, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 75109, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 75239, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 75367, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 75483, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 75986, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 76158, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 76413, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 76599, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 76786, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 77239, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 77460, 171, 1, {}, (None, None)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 77631, 1360, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 78991, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 79059, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 79137, 311, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 79448, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 79529, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 79619, 130, 1, {}, (None, None)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 79749, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 79825, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 79900, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 79957, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 80004, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 80043, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 80082, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 80256, 97, 1, {}, (None, None)),
 ('^\\s*back to (the )?(top|home|homepage|start|blog|gallery|list|overview|index|search|main menu|reading|all \\w+|\\w+ home)\\b[\\w -]{0,30}$', 2, 34, 80353, 335, 2, {}, (None, None, None)),
 ('^\\s*by\\s+', 2, 34, 80688, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 80720, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 81685, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 81765, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 81848, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 81897, 105, 1, {}, (None, None)),
 ('^\\s*partage[zr]? (cet|cette) (article|publication)\\b', 2, 34, 82002, 135, 2, {}, (None, None, None)),
 ('^\\s*recevez .{0,60}(dans votre boîte (mail|e-mail|de réception)|par e-?mail)', 2, 34, 82137, 195, 2, {}, (None, None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 82332, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 82417, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 82574, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 82622, 207, 3, {}, (None, None, None, None)),
 ('^\\s*volver (a la |al |a )(portada|inicio|arriba|listado|blog|índice|búsqueda)\\b[\\w -]{0,30}$', 2, 34, 82829, 236, 2, {}, (None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 83065, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 83189, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 83293, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 83341, 77, 2, {}, (None, None, None)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 83418, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 83685, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 83723, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 83752, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 83796, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 83852, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 83911, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 83949, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 84052, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 84141, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 84293, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 84374, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 84545, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 84598, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 84714, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 84838, 60, 1, {}, (None, None)),
 ('suscr[ií]b(e|i)(te|rse)( aquí)? a (nuestro|nuestra) (boletín|newsletter)', 2, 34, 84898, 351, 5, {}, (None, None, None, None, None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 85249, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 85348, 30, 0, {}, (None,)),
 ('コメントは(承認制|管理者の承認後|管理人の承認後)', 2, 34, 85378, 77, 1, {}, (None, None)),
 ('コメントは個人の見解', 2, 34, 85455, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 85503, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 85547, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 85593, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 85625, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 85673, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 85725, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 85765, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 85801, 24, 0, {}, (None,)),
 ('구독\\s*하(세요|기)', 2, 34, 85825, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 85871, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 85901, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 85951, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 86025, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 86085, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 86137, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 86167, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 86201, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 86263, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 86298, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 86344, 48, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 86392, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 86418, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 86444, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 86497, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 86537, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 86579, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 86629, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 86730, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 86784, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 86837, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrsvQmcHVWVMH7f0v1635KQJoTQQBISSEIHCIQQICAjOLKDgrL28tJN0ulumu4EIkgQcEMHXHAZnXH/j2BAQP0E0REYBZwRR1Bx'
    'nGFGGPE/wjdugzqOMvbX99U51HnnnVt1b1W97k6nit/jpqvufs4999yz3RalVMPULzP1q536TU492alU/w6c+l2k/KcN3rXB+86p'
    'XxN80+Wap9LC1G8B5LkE0gbIk2HvV0D+Tvh7ENJxlo5CnlpWz1Xk3xsgPZykrVO/I6AN6dthU78a9m45eXcwvNNjboF3awx9WUP+'
    'jXXNm/q1w7ttkPZAegWkQ2ysI2Q8rQAHBW02s7mug7neB+ZyJbxrIn1bCOPAcjjvUetrg/dRy3dAnzrJO/3vevg31pU3tH0Qm3+d'
    'fz68p3k6SF8zAL88qUuX03jRBfhRQ+psBZytgzHyvkhwybB52AdgvRP+/WP9nbSv61gM7TRD27q/q8jawLZwLFJfmgl+r4a25k0N'
    'an5XZV9rYZx8PvJkPt4Mf+OYmgE2C6DdVkgboM3LyJiaAZ8boB2VCX6y7O9cZk49penNblK7VIxnU8C3fEjZKbiHtq3huQVor4Zf'
    'P8Avn8JPo7S6ScV6Dgr8+vHwCjitqWc0V6KT7fBvvZ4X13jlrmDr1AXOYXDfw59caWJuKJGzukhQ9lAl4LtFFQ7wLQD97gQYZgnN'
    'roE9QO1W6lM/LN9vujLe/oJ8W4aUK2C5M6fa/phH22u6y/mIRYa+Zgx7UyZiWx3Q399M/f4LyjSS9vTzJ2+7euWZnLz+ekXWSR/b'
    'ky+FucpFoGuZOUjXdl0ei65lgz7WAX5S3LmOFLTl91K479lw72D7l8aDO4EW5hzoXez9Kjf34FgimmXPrmSAKD1dla/SvSrdq9K9'
    'Kt2r5upe1eFI45qBJHc97KU3Pealv/omyPnu8tLvPuq18w+kzLXf8dKXv+ylj9/npZ9+xEvvf8or87eAY/rdz67z0kc/4KXff4OX'
    'Pne+l/cLJO/T7/TS3e+U836W5N1/t99PnXbf7aW3Pebl/SuS99p7vXQpjDn/WPkY30vy8nnh9b6N5O2EcX/pETnvtSTvM5Dn5Qfl'
    'vFeSvFdD20c9KefdTPLmH/fS9YZ6LyJ57/+elz75LXkezgY80u+uGfPSE7aVw+BUkkcDT2rzBJLnSzCGZx8pb2sdyfPAU17a9L3y'
    'PKuIzHDthV7acrH3bRn59pleLz3vNu/bEvKtE3CpZpf3bSH5ds8t5d/ayDc+pnryjc8b5RuvinBO7iRskkijM8Fnfte2Whg9Rzgc'
    'BjzEatATcNrTBnK+TugfraOW5EcZL92r2kl+qp9wqacjyTnNlobSFTSnru2lsqsQ2VXInAfvktnYhwXk2bdPIdkPAT/qJj3Y9UAV'
    'tQC7iymP4ypmCxlI0o+a4aeLrI8oD6UTQ8o/d1N9U6bbS//Y7fOlKcxmHmao86uf9NbWx6YOy39Vk9K/2Si7dzknmPin+gD+yVX/'
    'g2uY7pkXO5wt5/iTBXHZ0siLfFeo6jXV56QyslRGlsrIUn1Oqs9J9TnpXpXSrHSvSuE+w/ocjQs/jcifp/qdVL+T6neqo9/pSHU8'
    'e7WOJ5Vpzj6dDl2f7Y7rJMzPZCGTT1J7daQVSx/16bTuy2uEb9942vt2Mvl22nleesa53rfjhG/vusz7dhT51nCmn6cV1g5+a2Tf'
    'lsO3FTAOnW6DOTuAfBtl33DNYjlcy5gH/24law7rCcobFU4dUIbzxVl2pmpgsMo58k7oT4c+bceTdydv9t6tJ+9+V/TeHUneaT6g'
    'FcbcAvMwSNpUAX1uhYW0hMxbXvk+aDiWbMjYa8jfVIe2RsibieG7kXfoUzv0i/r54by3OrSrx1ELa6Y9Qtmbvibv6a+PuM82sv2h'
    'VpX7eT51jXu97VCPy9wWEppb3d+oc1v3ROXc4vyeqqLNQx2htxIdOzyAjq1woGP7O9CxDui//jZB1rhOx1Q5P4nfagFmnA7Wkzl6'
    'SyYaDnIf3xVk/hqgH5+FlPd7HNI+6FsjyTNAxo95o9AKd71eds7LGF5xnI30hKr1nPDHZj/V+Dk/BO82sDrD6BbKPh4E2ynUB6Mc'
    '9JAKvMnu1Y8KkPEJTPOuKJiVIWud0qxzCT3byb69ltAdpBVFgB/uh1dBej3QOKwHed96oTzNcwThpzbmy+s+Ke+lNy72696Q98ot'
    'JX3bwfqEsQ3Wkj71srHNBzy1LT9O9hsTzW80rJ+VEc/AvJ5VCZ2DaPyBGlJ3K8gI8N1yAscaYq+l3x0N48W5oHv4MKT9yo9zwfNO'
    'GPJ2wdho3iLbp1AWRPNco8plQbw83bvpt/X5aHtf0BkzD+0sZWfKtZAeqyrlVkeg/EpVyq3w2zqGcxL9ld4hv7eP4TvGDLGl7xL+'
    '83nAWC61hFdZHqL/aEhQJmYTLwLlmUdC/5oIHvP1h7iaEfipEYbLRQM/lanyWFzbo2t2gIzFhNtZQjc+ko8Xt0SXPYnx92NsPkfJ'
    '30F7ThvQDVpHkfC/lN4ULWj9EEmD8tr2aZTNNZ4lDs57tNG2X8Os3l6HsuNsfijcaZ3bBZzWff19zu/rgAMv0Ceco8L6WhTGJ43f'
    '1Ncncp48B/kF2t4JwFO8hfAUm/Ll6ToLPuREi3qPZ3mOgjw3kDzr8uV561AuBXlvWuylNy/219DtOTO+j7I5GSPwt8EvCSd62R47'
    'MdX+ifCum43xCOj3rsX+Ggkbkw18sD9BcLFpi/bZJu/p+XI+4eicJ4txxf8xhzU6YqAfI4x+zMt5MkX9bqthLxp3aL/XIEPg7f42'
    '68WOomWeDalfWrfPsvefWlLe90Fo70dZj+dDPpHKfUzroJ/Ruf+A9CdkTLruR7JefLVqwNEET9o33YdPkPncEaOdYsg+gev35qxn'
    'zyTNI98vxwz5+kP6p9vZStqx3cul8fSHjOcc0k4YHvSRNGx+X2L7yjFZL6aeK92l+XANLc16fJrtXPB6rwmZk6asJ/vkfXBpzxXe'
    'v8x4Y6J4zPvd78A38TH9MOPH9usx0KpBod2g9nS9D1vUO+KwLhFfPmdRr019fexccfvUt/0Y3hUZ3Z9IgIfVbe3MeLINqa0dAl/L'
    'ZSW6jitIHXw9XE3eB8H+QjKXWMdzZH5o2QGLOdV7TUl3m/F1CiYYFQWaWNIPWpQdNOyhSy3Kjgi0RpdZkPHOV7ZlS+dGUiYIBrSd'
    'Pyqfv5guPk+3+6+E17Ph0ZCH3pCPzx/q9r9GdEYj7ExYZLzJfSRv0LzqvH9DbLp+v9lLTwH/x8sg/cqZXt6PErmoLY+ly/0FkUuY'
    'zp03C3k4vlxL8pjOWVcR+6P/vsBLX/2mctusLSTP7WDvdeLO8jw9JM+i27z082DjdSHYr11I7dfAxus334DYtWDrdRbJ8x6w9Vr7'
    'cLk92KuJvJvTmBOJzO3is8r7uJ58exrsOM4e8L6tJd/oPOhvh1K7tX4vfRvYFxxMvvF5W0y+XXBT+bcFAXZyLQF2clTei31wlXsW'
    'QHZuoyNfNBlsI8/7tGiyvE9oz7I/kTHZ9tOGZwmTUUly87yKH68XZXzoC20r47OV51czjrCmQZMWfWpMoE/VPJ+44Pu+EfDdVgYb'
    'tgbaCXxqSH1ZYgsQBIe6BOFgyxulc5vM3Eq8494yt/UzMLdBZ6G9Zd4LVZ73kZROVHVOkSandCL5ubWR+6Tznsy8u8rF9pZ5zyc0'
    '7/Tsu7fMXVPCc1ctndfeAo+aaYZHiudu85qkrnVvmfv2hOZ+NtsD7S2wbK4SLKfTTiRdd26wms22bem6c4PldNlE7S1wqU0ILkE6'
    '1ZT3dZtLScebyiCizWE1bGhSWMSDhY2NUUozos3x3riHNVZhDpO0Z91b4LAwYTjsTb5D6Vp1w5Fq2YTvLXBoqBIcXGzm95a5bpmB'
    'uU7CLyyVrdvDZ6Z8jVJ6lRyMovjlpPPvRsOmw28pPZ9Hh4mt/04qH01ujlM7xOTmMrWVizencf3vUrmd27zvzTrBpHiKpP2S03NP'
    'tPmvVnyDVE7gBo+9KX5LyjvNTtzYW+DSmhBc5lpMq3RdusmlpjsmQupbYQ8fHjsgnTu3uaOxFdK5c5s7GnsiPVtHn7u9be0mNYdS'
    'fJd0DbvNIY0Rs7fMXS6hudub5qw2oTkLikOVrl23udwb946k5o7GuErnzm3uaAywdO4c99tbUn4v6txJsfrSOXSbQymWYTqHbnMo'
    'xXrcW+YwC/1YCD86LoyFOQEp2ujwO+HaiG3nNpKX3/mHfaVzc5gqv+u3nfQ7yr2eC5V/L2bYfWRR76rssDiD6HbuUH4MzxqQqz61'
    '1L/HGuduBbODWKn8GJ6LmE0n90+4xkEfir7JgyrevX16jo9iuMLHvEoY8yEWY16i/Fj21RqzdP9Qh+P4j1GVaxnvbgq6K2+FUC6s'
    'PbpeVkM6r8sNZrZ97FDu94yZ6N4q5d+P6TpmeqdyG9Srvy/A8rrQeUrRrZA/rQD3zar83tzLiS4kvUeQ3yM4WZqKat4jSNedXhNv'
    'gvfHpfCe8/Cep9zv+cb7ipsJz1HG/ATgw8sMH2pSfJgV+PAB5d2bQ/3oqO8j96uMss+H3U0xQejNUQ966c/u874Nk2+njXnpqyBe'
    '+wDw/Ka+o62ZjW/ooJLvTjiT8EjcV2TCwdawX1X6t9rYzYXNnb6L8QBD//qVu+/skGUZeh7CM01QzHWMnVoD65zyKDRO+hqB93A5'
    'e2RIPZSumWLXxznjRGkH486b7hKV7gvtNpwPbM9JNfBNhfDEn8m584cL4awpnUHwLtoieYd3tF9O3l0L7y5SlffI49nofHKOeVb5'
    '90QUVLlvN94tf5ry7wXuMeB4jwWOH638+0Sftch/KOnTkfnyMR+s/HtDNrV46SGQLoP0iJbye16TuD8Yzytxzlk9DK9qGR4vfdRL'
    '84977bxG+PaNp+GuHkrTwU7kjHP9O4r5t3dd5n07inxrONPP0wrjw2+N7NtyAa8QTw4g30bZNzxTURxaQ/JQ2DaTvKMheanMqOAA'
    'B5Td1DnSqnpHHq+GyGd0f48n707e7N+jgu9+B3eQHEnePfOI926N8u+/GSRtBtEivD96CTs/dDrSvxpVfp9yLamP581ElMG0Qz0u'
    'NLkR1tTBAm/tsqZrYc20Ryh709cq6YHu0+sjyAhsZK5PXRNN9tDkOLfNCc2t7m/Uua17onJucX5PjSiDaSH0VqJjhwfQsRUOdGx/'
    'BzrWofy7pSZUZQxFys/gN0nm107q03P0lkw0HOT75Aoyf3hH+2eJTF2KB8hl6vRMsy2mvLa54pwb9mQzc/l55aAT+cmH5nCVy4bt'
    'pxo/51vqNWzpVgfg04NwDuyEdYr3VKXyEUk+4j3VlI9IeopzCT3byb69ltCdbco+5sFO5fO+9UJ5mucIwk9ttPAF2QB3MS4lfduh'
    '7OKl0rHNJ+cpm/I0rp+J5rcb1s9KpgMxxZOKI0uw4SWoLCGujIDrOG3K1xjmZ00Af2sav62eOz3rpWe99KyXnvXSs1561kvPeulZ'
    'Lz3rpWe99KyXnvWm46xn8rOvARqNdLUAurHVsBfyNVYAu86o+uNm4CdpGyrGGVDPxas0zGKeA615kgE3fqPWsT8Fx/78lN1RX0N4'
    'SBt4uugp/9vAm67AuZn0YYl26d+H9jpU0k8GBp3LlwaNT21pyKX268OqaAj62Ej+3URmtKW13CKrPbkRZdmLtjZz5i6nquusaXg2'
    'Wt+76AEw8Glz67HVk/UR0/XJVmxXEZ62yAPNOM4RlUM0kSHgWl9AaL9O6yflNcu/u9gs8LO6DV1rdOTvh6COGiv+PoEnm5ut7H3e'
    'mkmP9GyyOQWEtl1tWUSS/Mv+Drhr4ldsyyM/eqxDmWrxI9Vofzr5j/9ryX/oOn8E+XIpH5LyISkfkjgfkiQ/kTRdSvmHucs/2PIN'
    'C2HvjbKnaX2QJDOpDeE51hj2uDi29ofH1I8frspt4/dX02cj30p0ui5lqGyrxkIXfziDe2prn9rap/YXqf1Fan+R2l+k9hep/UVq'
    'f5HaX6T2F6n9RWp/kdpfzCZbeypPaCK0tY6dbzcos819AeqkeopuONebeFPK5+M5n5c/kuSlY6U+/bzMuoA2USbhwivkyVmI8gq2'
    'd13qvn8wU84zSHdcY953Zdxwi+KGLn8tKd8Xoa9DpHwxQvmLWf9dy5+eibfuN2bC+ZEjM+H8yKEZnzZsdej/YlJui0O5FtKnQdIu'
    'zVMDdYfVOcDK/Tehc30OfXpBeXGEgnDQtq6nSR+2WZTbCuUeJ+Vsaa0u9xXHctjP3aScC97+NdlvTGv7dlL3qEPdbyN1jxrqfjPJ'
    '02fIM+EIAyw3IOylvO5LSd29DnWfLfS7yPKcKswtz3MCybPDkGedBU+wKiJPsITwMrzdhcJ5Er+1kW997Bs975nOSyifRr5Aistp'
    'e9ZeQXiIDPAp8wkPgfyEq14trsw17D4CE+/SAu0dCunFAu9C5SuY7zLGa2AcR8xfDzZO2E+pLOVRFilzzNgc1M91Obx+2vdGYucg'
    '6STouKlMTorpG2Xu6PtDmcwK4VhL9ARtqjx+Ul6wz5Dmk8MqaB4zlvN4qEHWZtNvPu44858l81+nKuNKNbN2N6lgH8+WgLbqQtpq'
    'SUBPuBB4cEn2jTKuFoFGomyL5v+KoF8pMB2eTTznfaFfeYI31L82aF23svPPZQb94EIyZxm2NxYd+ttB6IUe64EWe2hR2FPC+Jwi'
    '2096VWXcvNI5osEbmy6fAX3aekgPhLSL6Nl0ugTStZDuC2knpKeDPq7Y4K3lKOMLGgPHqdc2eDop23aSnL9VDX5M6WFVHrdve4Lt'
    'dDT48QH7LertS7Dtl+qrA0fezo8c2xmP2M7X632YbWZltws4Jp0RpPmkMSF1O5+p922kcc0shXQFpHWQHtVSvgZxrR1E1piu87Z6'
    '76xmwjeXdXMdqatf4JNd6tpC6uJzyuEwwWQk+P4aqOuCgH71OfbrlBjzxfFmrdCvFyz7xetaEmOMvK7Gem//iTr3QXhdWv91fv39'
    'DmdmWxj9S114//k4eizWI67Dv2P9t6GdLvP/OajflW6F1Y/9f19dfBzGunbVRV/zvK5tdZX7rnR2dr1/WOc9C8qsZfcmnwXn8DNn'
    'oO3Toe3DYQ4pj4T0ex/GQ+0bQs8X13n8YNS1W1r/pI4RQaZI35vW4B8Kfh1bWDvDlnT7hUJlP/oc+/FPBfv5KBrw8jGLfkyErOn/'
    'U/DOOUHz4cLf4fg+TurdzPaQ7co+Pjev951CvcUE6h0X5mHCoh4pfneZHDECrnAYnWEBoyj73TFT9e7Hyg0ou1jhHMfCbB8XkzEM'
    'sLkaZqnLnlcrzO+44/z+tjZ8fqPwxT+urezbhOX6xDq+Q/p2St6n9bQvRwCN30VoO9LybkiPY/vK/QnXi3vGJ6cKH6T8PGH1HQnl'
    'X5XAffHYZmn/r/XslWidJ0C5tzB5d1J7dd80tonz/WqAI23zKKjvBoE/2MDgZxpLd8L1Yn8X1XqyKcpTrGvx5VglO+EWZj9Lymxi'
    'MhsscxAro2p92y5+Jl1pkPfkSd26jl/WVPb1qJB2/73GbxfPuAezM29LSLtPkjoOZe0WID0spI6HhH5wOdZBITzb50kdnYY6Dgnp'
    'x1/X+HaGLnuXLnOrUPZ5w57B9/NdNZ6uh9Y7EXGPK9kRCPUNKLu7J/hepOu7UKhv1IF/GWJ72Cmkvm2Gfg447KvdpD6bcnxuh1l9'
    'i0l9Q4YyQw79qyP1ncXOPkH7TbeB3v0mn0x9SOeezfu4i3lOZHnXGfbmJyOUxXYfyfu+LNO9/5b2fzKPfP6kvTBsT/2LhOrD+dmZ'
    '9/XUB7bIdNpEy7bmffuuA0P2rMtJ3gzLu4TlfZ3Qp3WGczXv06tJWb43rgyh78eQPi4JGc+qgPHwvAeSvIeG5N0noF6+tzaSsS5g'
    '8odlIfP0cs5vZ0FIn36dM88L79P/T/J2htT7LzmPn5BoND/jo/3Gd3LlvmpR9gldz1cD2h5TlXdLlfZ/UqYYsN9SuvxJi3Z2sjK3'
    'C2PsjTDGG0k9W9geM+ywt1wZUI/LHnWZMK7tEcZ1hsWccrnDJosy/8H6eyQpI80fteXDMssDygwZyuyb82n6xnzlPup61qvJ+fao'
    '2xifyNfTH7K+bZArjujyLwaUH7Io/89QPoqOUZf/+6w/VhOMXtH/BeQdYjLNL2Yr57BHld+bi/C7Q6hXkhmW+H+SN0gOWJL/Zytt'
    'ZU3yLEnGdKMBNmHrbBjKXxWxPK7TvmylXTTKff7I4HhhQN4JlvcMw7zY0qHjsz4dirredD2HkT6vh/JnEl6Z8m1dFnmRJ1sQkJfz'
    'xg0WebHeyYxn85G07kTX/TNi3yytgZL8j+SRZPwlO+JMpQ3n82xdPEHySDyAzvONTLktrA2OlOT/wjgm2DjuCsiDuP9poY/0fKfz'
    'fMTS3pvSPl3u3aTuEYMt+U0kj6Q71HneRPL0G+xlxwR4cLnEFQF5kJ5eLvSZ28NeENAftO0/M1NpK8zp/J8Jc9/L+rxRyDPA93+C'
    'Q7b649Kd9ELdnLYvFsb6AqtnnoDDRQscrgkY24Ty7/M15UF4vCT4dRbZWnhRmWGPeP4csbm2lZ3oct8jdQ8Z1tDfK7c1hGP7qqrE'
    'x3GW5wvKTK9wDd0p1MP3q0+Q8dvKUkr7Pylnq5PQ5W4mfZL2t5L9H8kjyVRaYR5N9eD+syUgz7GQp4fkkfa+0v4fkOe4vB/DpMVR'
    'lqPLnSTgSNi+hzEaFiSov0A/ghZH+Q2e8Vsc9Q/cjyCngu+jCbLlj2Kfi37hJvvcatnZ6rqWMVvlRkEGQe3x1gg+i0tC8rr6tHco'
    'uzuE25Q5PpIUO2mdSu8XTmMepTGP0phHacwjF/qXxjxKYx6lMY/SmEdpzKM05pEN/qQxj9KYR4qdUdOYR7Mv5lFDBH/o1Cc39clN'
    'fXJTn9zUJzf1yU19clOf3NQnN/XJTX1yU5/c1Cc39clNfXJTn9zUJzf1yU19clOf3NQnN/XJTX1yU5/c1Cc39clNfXJTn9zUJzf1'
    'yU19clOf3NQnN/XJTX1yU5/c1Cc39clNfXJTn9zUJzf1ybXxyc1Y+OTa+L3i3TIufl85sFdfznxhmhxkzvTus2FCO/ndZ2PsG/X7'
    'GGdneu6DGObfGDY3uo9PsDFy+jjCaCi9k47rQXFPC7qTDse5TqhnkNFUeifdZgfd+BJLOst9Zdssy3Eei/qzoL9nbep/MGP+B1F9'
    '+V3vrArzV68P8FeP6pOe+pun/uapv3nqb576m6f+5qm/eepvnvqbp/7mqb956m+e+pun/uazzd+8AGs5D3sU0tYhaKfGgrZyypqb'
    'W6S1NFVv3RQN9+E5aFMMypu1WHeuPJAiOOxynjme6dqo7NEkF6DvebkhIT/Vr40I/pq4hm3081yfR/sSpoMr+ZLnvTO2ZAs0auij'
    'TVyAYcIP0T71CPJo+n2Hg31TnH70Mn3rB6fmYRPrY7+DLnM8Arx6CG7Qvk0HHPj4L8h7e4qkg6U65ShrYJjR+THLPYXz3C7zy9cB'
    '1Q0sJmN1mWtJ91tk550uAYeSiEFhizt8rM/lPJmwBBfaZ1s82myYH67LRtvA31ryNkFjuCdgDMNVHIMNXF6yxLnrc9652+TTa+tr'
    'P6hk3/gxZe9D0mPwc5wQaIbu+9k5T1Y9Uzj0E5I/aI61LekyNk89Bn+fkSrt29xPJ5PzdDGmmClBMItK7zYb+jbM5jXMvsvGRkSP'
    '8fGsj9su/P7gLNj3Ppz19AGIfzZ9p/VtM8DfZW2baPl2g/57KOud0SRawm20ex38j8cF2x+b/pyW9WMuhfHNrvttMWTNryRtD1aZ'
    'J+drW9uSrpzl+85zGa8uae5teBMb+7OiADsbvPlKxpMhV5MP4/PxVxkzLvYLcEgaHtdl/JgJUce8xXJt9GZmlraenPH0cia+Afvh'
    '4qsqnRl5u0tJu0XHM5x0/uO8gjR3pVgSGS9OYZR2k5rzn4LcuRq09jv67MTKvuBIS7CMNJ/cTvo+5c/nTMkF3kPG7NoHaU8dDmlP'
    '8+CLIuCQK698kfL3zW0R1kZU/qJkSw52oknR/VZoe1EEnBx3xMlmVel3s91ge58ldngNRPetm3+c6L4XKD+WykpBvt3uKP+sVf6d'
    'LlQWniWy8GYiC6+HPtRBv1HnpNu/LJZOcm5rKEtzGkNunrfI08nsqVxhMLe1wh4MblKxnoNcdA9hdpl8zVFY1xMY1sCa7wFZvyI6'
    '3Hpih4T5tE3+Gy3a0TqM38H7G5R/r9SVTLfM9V97Cp7k7J+8k22BQUesYW2HRuackxGeVgEHm4mtiQ3tQXwaJfiUwr0S7gLMr48L'
    '8yThXorxMfWP8zIePP+N2Dim63rvW9cpD1AJ5/w08AApLZ0btDRL/qY8VIacjwbJ2uwHOEfBsUzQ8sxWZy1U5fGqztlAMcojlc+E'
    '8OON7CxcS87wbYSe4lm6weEMjTigUhyYtTgQJN+Q7pZpZvjQRWwKce3j+0yA/0lzQB/yDn3AtvMJtU3PmmFt58HWjdvJNcD3Onb+'
    'VLuV+tQPZVs83g73cTjeIX8zvOMyMZqPrv35DnK0KPDiYzkb0vOJf4OtbMD1bF9H6tH16rxrwa5XqfL7kabL/9NFDtkMbet+rwa/'
    'E93+Kfe6+01F8Z+P28/vP+rez7xjP9Gfdt+YPkjXPuaVoT553IcQfWZ+GMFnBmmErv/tMKabYDx1ak97MoLtv8aYfM0rr2txZVWh'
    'SdsnG7sGgJzdS7sum4tqXHtGecbcGj+uBfwoTA8g9XzlkKbXhJWsnXVIGVmP0EU3DndcqHzqoiFpK8glkA8fPN/7qt+/nrxfe5v/'
    '/myVxvtIKt6Hpt+p/9fM+H8hj4l77I/S+BhpfAwDjA8TYEzhczDYvSDPpevZj/HqYbwl+pba8vb0jCTxjGlMjzSmRxrTI43pkcb0'
    'SGN6pDE90pgeaUyPNKZHGtMjjelR7ZgeYd+5rqR+D9WV6LbGL509OpESHzNQfd2HS39+WvR9W1z5A8qT1k36awFh2gT5ckQftIDg'
    'W8meYFKuj39HPmZVRBlQetZOz9rpWTs9a6dn7fSsnZ6107N2etZOz9rpWTs9a89E/MwcrKFatgYzpE8HM5tak80pr1fTiFrHvadA'
    'xmKyueR6zYvZXtoCdeI3ykOthvQwYtOSFXjoJsO4NDq8gckbFqvgODM0NpVrrBV+v5hua5EK9s0Pig1WVHKMnKLB/qSdwT5OPCsa'
    'f0LT/nmCvIPHP6F936kq48+g3AP5nWWCzILeBzgSYa6G2VyF1UH7VkPOmrWMX+o3zP0G5XbPXpHYNu2jgu+sDboLzoRz+yj/Pt64'
    '9Upndmqrj3Z9KyBfRsn3Su+waH/IgEdSDC++znVd57B1vsTSFibOGuF3Ny4D+ktj7PD4NT0OOD3G1uJqZR8HTro7DeG1cYbh1Uj2'
    'QYRXswM9aQUbnH3ZOUWKERY1pl4QXUX6VyC8wZADfedr9giyZsdj7BPDxP5xOvc5Ok85Ad4dwBdQeLcrOcbMjpA2+4n8cn+BNsdZ'
    'zwOG9dAfsKZsfE14bCGXcnFwmMfJo/N5jQCndrA9RDgF1V0AnHWZU2qrOKHK7wWm8JwgcxY2vj7lHsd4T6CRNWzN0LbuQFndUhkf'
    'bc/8efiZ+HWJbi8j+EHv/8Z7U0/Le7iRU+VyRAr7DawMr+O4fDh85hP4UHo8L4SHLobsGdsY725zNyq9u/S4fPnfR5J7aekYN+aD'
    'aSfCp5bwXVu7fd0b16PWszxvgvR93ZX6VF2+ZG87YN7nnobyP4f0HkjPGajsYw3MO9VBnddr1vXqbyXvh8vK70al3265vfxuVFr3'
    'dbdWjgm/1d8ajju1Btwx3cs+SmQBOM+fvMhLj4H+/nJnufyU5jma5eEwN/VtIezl/IxE57LmA176x1sq5+ve2+Fe4VsEHBiAedtR'
    '2acaJn+gtALb2ApjurHPDGfM8499lX3Db5mrK/um66TlgmDZEADLkg4V8OI3by5vj/blqnO89GdDZry67la79ZondLoe5njRWeY5'
    'wjwfLla2rcvp9Lnz5XlYyPRPOH5elp67JRw6G3DoLy+q7MObtoMNxvtkPJHGj/7Ti7/qlb3/e+bxY553/MC3t8dvupxOn/yWT5Ob'
    'hXI6/bKhTGtAmXevlcuY+DwbHdjVj7npRcpiGbgqEuaWmiQnKzciibG9p8tdccJ5HrRh0mvtGLbW+N67+yEv/eY3vfS2x/x4mM0E'
    'P0q2TE/C/nGvlz77iJeuf9Ars4j41NBvvB2O4wseh/rvBruU3eU4v/FBGcc7HPH811/00kvudyv3dliD659OVs++aDKa7rSBIIZt'
    'jAWbvtao8lgoNI7n6gAeG2XxSdxLXSA4dB6Ru5d0JkwOf2dA3tNZ3o8RPoDnHQ1p5zbSzmsgxbNhH8t7M8mLfUB5cj/Lu5Osw1dB'
    'OsLyXEnWCc8zJvS/lbRD+3A6qSPobnH07ztAlcerwDFcE1Kexs+Rxh/W9jpiA3A6OxdvY39jvUVSP+rPEAansrK9aK8Gefcle/dJ'
    'pAzaOBQYzpykKnnmJfnKlNKrPK5PqK9J+XFK6oguaRWZD5TnoY0XxuTl8aeo/SrGXcG4NxmoU5H6Xe9Ao3LOUWY3MqLkew1Q/xgm'
    '2+D3FgxYyDpsafYGR/qHbWyE8TaB/aZLrEweNzlpmNjCYE+dpxo2TxvJPG0EXFwGfx+oKmPsU9naOJEZ0nkrOsoy+X1J24hsphVs'
    'wDss8tI9Fdf7CWSdH0Bo1olQ7mpDm/OFNouC7iasTR7Hro7YMAfBQcPp3cRmh9Pzw4W9fJDRbKTHOKbtQl6k6z2Mvm8leXvZnthP'
    '9in0bW9mbfP9Y4i01wq0vpH1s8jK9Cjft72VyVP72P58BdunUR90LOnbVcI+K/VtFZFb8f1vG2tniM3fOKtrX2IDTOVFBTa3PHY9'
    'wojynnodHC3gFtqTZEJwBfdDGtOax7ai5TV+zgd8zhDcdsXlJPrUxmgnjcU69Tan7Z5Mtk8oE9lX2HslutRJ/o3tUV+DjWydZ4Tz'
    'kmm8pjnUsHxvxuc3gubwtoyHQya45Ale6P7b3CPmsp+9Ac6MX3okWObGZTp1cPZ86FuV8qRxOP/e8ajMl+DYdkC/8F0DzotB8IH3'
    'AOfntOVoTWby4clbqXDkxzpWY5eTVCQ48NCmkNK/V15gk6nnxznl+uzCtTiewnROwRTX7fXCui3MYRjXwBOcqzYz+T9lEZV3Tc4E'
    'jK83w9g2HmzYur42hfleBXNc95cJ6z6Nh5/JqPWvhKk3qCQsnhCanN5BMP1zbsenBsBAh/Ovmds+Tt3Mx2kFC6Lq/HQEfWxwVfUJ'
    'T1M3X1fjKUznFExx3bawdVuviFFbQEMVMomQ/KZ7LYJ0mocJekLJRq9T+T49eJavY7pGrgdx1WVew/rgsh4iGDPkpgWR89IpLMbd'
    'DitUJH9OW8sG55jebfZfguIFHBagr075vQCcWBsHgHXnhOVI+b3pn3OuZxsQ8D+KDdccg03O4tQa+GSj07ay9dGfwmRWwQTXTZuJ'
    '7+ourdhdpv2vicC2OUK5ML4vu0m9KwynGh3yc3oR0O4ux3YD89P41Ohnxefspqz5WEznzMVmBseH9pLVGp+tvUEcmxvqQ0v9i6Lc'
    'Zz5TtjcrErQpQdg2pLDd42HL78kKa9eEC3NhnR+akG0d3mmAbYfVx+2qJlS4731KN1JcmUu4EpcO0fOXLrfn8vq5xM/CYfMfxj9G'
    'fdrmzPlr7sGE3k0VJSbf3iBDuimeKsPq3vIk6F02lW2UyTaqubayFmL6VN40+2BSUH7Mu3wEuYaksyvxjRmvzvcDvBsQ3ll/2wAt'
    'cC1OSIFNUN3cgnd9XHi7CBy7YyrK8pF2z2BTqyTwNQ88PuLuFsDdzQ50JVtVLmZW7dFdETU9wXv0x8P1sC40pPT31D9uBVgOASxr'
    '1J74SBfaZnP5GehJm4sSos1aRVEx0iAbDfRvznb73/PEnCXu/qP/1n5MV7J2n7/PS9/veB96yu8LtCQeGoby+xJPMXfkFikfn8Kk'
    '+jDpBLkopWP9KU80fXKLj9vtl0nINcrtaLK5vfnBueX+rpPOT3TEqFxrKUxmGiah9ssB/ZN0a2H5g+yXm5nODW2PW1W5DfJlgr2I'
    '0Q4oV/r7sxLLXsfsVJsjlAsaz0fYeD7AZTxB+4zeWPI1RpnPnv3Ulab5L36onlHeFWjrvYnd5XL2PvIbTpjeGpojpx6qeejt3r8v'
    'J++7jJyE+SxYO/lS8NF/UwgvM680NytMR02+D/K7MvGd1g0/NPU7K+vjeY3wnuMx3rWD/BK9e6eMhkegN9Nuy4ttO7DelsMJ9W6e'
    'jPTYlq+Ev5H/iQCnmbqLyKFYTiX8TCb6hPA/KUxmHCa4bv5GWDdAX/UtYbk8TMnUD8VsomahUBcwV/WzBkYN4TqTbGM2m6k6pHjZ'
    'uK24lg2rs/KrXV+Cvrc6jArpxqdTnExxchbhJNLNHpX67c2ED1kdzD/Sh0vTuZ+RuefyR37fSie8p3IAjE17GJzDViv/Lu0WZtO6'
    'iegNaR21JD/3qV1IbGoxdv6aCPV0hMg32lld3G7XJr4e1t/E6MiCENkPzmNYPt7/AoNLnsHFpj5uaxxmJ+7a116oJwv1LkjXdmK2'
    'r2G2N9w38DKAWzr/0z//VAeUUeY7WgsAH4x1mWV0D+0fmlg+Sh+XdxEbG+VmCxFk17ES0ksS0G2NGehCTaq3zFcbL+PqnjldGSF0'
    'JYXfngU/W3qzjyW9CaJLy6pMl+on49OleoF3wzsVric4X2v4Juke8B6zBvI31V1gzGfOR+YJvKleMcf0ijxu9LP6O5srzIcxpVFn'
    '8m8Bur8c4MflqY2cfC7b9coyBb2Wk85Pz3U+TMuHPtkS/kr3wc/r8r9JtpVBNncusVr2BtshGytfoxysoJAK74paV2rPNftgEuT/'
    'ouEUdBdtK/C9KDPB0Gh9ZB9rBR31IlXu44y+1+iTjfeN2Nzti37W9N4Q3Y6+evEM2Iea2fneRqazp8uDXHkEWz+owQTW7hx7DHpU'
    'NxY5cLO0qKoV+KQzlNs9cXg/A78j5VDyDe8+wTuS6V2deGcM3gm/mHwrqvL7aRYI37DOFqG9ceYz0Qb8n8Rj28j2eBxNeg9Q3Hr4'
    '2nmbwHvUeRmyZiOV/CxxEaqtRqUF+6xZ10XUUVfaTQ6u3BctlAh2R9a68ox17mdbyvvclOJEihMhvFc+6IxqZYSk0ueVp8EiT3nM'
    '6FZAtjercr89/IbrN+w86ipfmOsc0yvMe+Qn3CrPVidhu59z2VnpTvluL/1jd6XMgn8L0s/2ML7DaZ3HODPuAU82LibY+JpJdrko'
    'l0xjGZE1u6maK9b8pPGlZi9MXOLNHe6QvwAyFqpbqFPBd7XXQLkstNcN9xHe9pivm8G9nMbqw3s7d0Df6LfNLM8wyVNkciu8z7QI'
    'tITG7QuL+afLXaD8GIFjrI0JVR4PsGiQkeEdqNeTek9S/l23w6z8jpDybWCi1QrwWxKxnqCxh/W/HVIqGxxh/Rg0wBQ3EC1b2z+C'
    'bp/KSBY/7qW/3V1+vyW9Q7mXtRtFFhfkI6T+aaqOH/v0sEZ4z3kW/euCMdRN+vJZzrPwb+1kjbfAmJYwOynE15Xwb10H1VW2CzrN'
    '+klfJqxU+F3fKwjNWaHmRhxg6Q7ZDewb3hM7H+YqQ2TpcXCq2nM8V2OmhsHMpY5qwrbWAbZI23Y/5KXfEO7uvQ3u7v32/fFjzh4f'
    'ca5WJDxXeSKywXMYh+2hEca3G+aq7XsQt+cBt/KtX7XPz/cdl3boXc1x55CeZU0y9FbhrFVH+DaKrxcRfL2I7UNB93ZfAin1+W4n'
    'Y76ErIGC8u8dH1Tld7tjOmpY81ex9Y+8LaZ6rEeQ9cO/HUb0GfhuOXl3MLw7kOj31hj6sobx17rcPBg3vc++h9HNITbWETIerl+R'
    '7hrjez/HlYVE8oq6zBUx6qPrPUr5DuhTp8ADZizWy0Fs/nX++fCe5ukgfeV4nnfAc97OJSH4LJXhtDJsnzD1J2ifODxgn1hBdOa/'
    'v8tLP/Rl2Ad+4OU5AHTbvG6J355P2vroE1Dft71vzaSea6Ef/wltffoRL73/qZnfvy5h8Itry0dtGi9S5fx7gdCPixiOmPrD6ceK'
    'kHXSIKxRSX6KOJcjcyLhHG0rb5DP0v7y+jH+AdZ/Man/YoLTPB5Kyy/V+RpNp8pcLck72g17V9T2GkZKkpv7k26vIs6Lt0nfb6t3'
    'yhJbj4JAZ3DN7k9wyWX9RIFxkG2Krms/6EsDo1mdBlnOZoezxKAgb6FrRMrbw84dA4Y6OB1qg3N6O3wrEPlCHzvDUNnDUMD5Jkfq'
    'lWyuhg1ypWFyhqL9Qp1kO8t/dYB8isuLdB/3hf0Yy4TBw0XeRccf5PMn4Uw946tHiHxL1/1NIj8YJvAO6hOtD3HjSqjvXpCphMng'
    'lpNzsMt6W4eyUJLqdt9H1vRmAxykcSD8bgQY4jyEwW8rS4sW8tAtAjx6CL6hzdNCVveIxThs5LF/rnxbRb62h8naxvVhM3e8bCvA'
    'ZD9yjrORPfG1HFZmmNhgzWP9GQ+gdZIMepuBfuF66lR+rOMlZL/S758j+Kn7/AyUmVd6mc3la2pfeQq1tXX47/rahsbapuYWfFrb'
    'Wmboadf/66hGzaWJ+X2JH/99uR//rl06vdN7Xve6z5XS769cu/TMQ1ef84uzzn3dl+68cyV8/sP7br7TJnrCV67/+oqMyv9q6p/X'
    '66pH9vUpitfWn7x27jz/B3eSR0NuV6JRXjb92CYmw0Omr534150Vz4tfp39NqsmHpn76/6+b1ONUpf+enfrvV6X/Tz1ff+mPUPPk'
    '5H9XtOdgrhTyXC68K7XfZVHYyhNDjjoxU3eKl3ykhL24FuqT9uJlBv5pnKXXGGiwq8w5jK/4Z5DZ2uz5YXvBCKHhYX3uMfBW/Yy3'
    'GxXodtQ+6vH+Ncg0TPpQ2vZ2y3HQMjZw1f24lvDySelFqbysn+yJPYbx2eo+zgG8DYP/oKH/ruPgfaB8wVbo0yqBXx9lMFnNvm9m'
    '/N5+wO9F1ePa9NOVnzDJo+cTWQenKfs79HPMsNZd/FDWENy10Sty/OY6rSG2Nqg+M279rmdSjvso+7ThRaXyQedWrvenuj1b2j9M'
    'eGxa19UGnQbFQcmGc677gdr4q/GYMZqbtOOAwiNumfRMlC5IPlo28VuwDt5Gjsi/fsdokI0M1MWuxOXMaJLb9KtK//GgOtEO6nNk'
    'bW1zWDvSfhul/VvI2dq2/SjtXEnkA4MBNCRK3W8kfMNgzLpOBbyVZB3XRKzzCDL2HQyfimTvjVL3fkT+sy1EpjgYsQ1XHy+Jrx8h'
    'a1jX+bqsN9fVWM+ov617wpeT47ubvua9W0Tk6s+AXiq/25cp1xAdFvrF4buXH6+0zVi820u//2i02BOl9qHelqnCZ1d5bp66xsdN'
    'fFd7rvduNRmXfqfTj73f14/jt9aLvfR3RX+e8dvJm730fbf7NkTYzso3VM7zT4uV8zx4fuU8r72tvN4s0bucAf3/24wXpwLPQ3RN'
    'jDngsev82/h5djrsNVsZfRxmdKnIZIrHEd173L2E1rsM6rXl123720ps2sYD5AG0TJb4hpyS8eQAYeMcEnhY+nfPDOJEUD7qy17i'
    'oab+caRBDt7H+IDZPpYfwLmfjuW5PaTv/x/oRKpBH/AMuTHvpeshPR7SV+U9fK9DOpuHfW2xl9682F8fi4n9+6lQvjtfvl5OgvI3'
    'knIYX5LmOwry3bDYX1e6T7Z7XUuE+aDj7ob0GMM4eP9aQUa4hPAd9PxadKBnXA8j8YWUt1kCc0/b3UJoo027lD4NCzpQ2p5JJ18j'
    'nNPqif2CCV8P4bYLm6BKg1Mb1psNqdeFT6lne8kg09mvJfKPQTYfhwr+I9tYngNJnlFDHuSVqXxuDcmLf1O7JyqzNOU1wasefhRv'
    'qhWbxXTu7oS5we9BdVOZFLdR5/v4mHDu4bbl0tnaVZcbJj/j8i7pPdW/SnK35QY5/4iwF0eV+9vybgPEbtWFRxsRZKuS7X8b86Gy'
    'tUsIkiGOENl2G5N/cHrK8XMfOO/TNTLB1hnFSaTXVF7KeUq0gbGxfXHBxyA8tIUv5/OGhD1iIfyorXXWcP4ZJuU6idx+I5Hn0znM'
    'Kd9nbadgi0T71BPA73N4FphPFb9bTNo/eDm9h4SVi6pPNckjbW3mXO4FjuNLG9HzNjer5dnPJqXdb5OF2SGPi12xDT/FcamB4VLe'
    'wv5yjbKPpWDbr2rVG+QfUS0/5U6QMWfI2aXsvvdMdo95HK7EzLvcMZNRkzlJV+Q/zrF9BCsX+6dVWJpxfaCa07VltVamO6aiSwzF'
    'NQnig2L4YCsjp/EYe1Uan9i4V7+39P8uf7N1Ix1hsS9s4mFG0X+sIrIafHccOQ/UEHtv9HlqJnws9eVDnrqfyQ9oe9eqaHqhaoz5'
    'HGHMpwtjPlXo/8kR5mGdUGYipMwKoBO0DJ7Hx1ne/ZncpE2Qyc0X8hRZnkYhj5a/SrK2mYTf5QL8LhLg93ry7ssC7N+9thL2Ol4W'
    'h/3hBthLdvhhsDfph4Jgz20Tg2C/wgL2Kyxgv6IKsC84wr4NzuXUt/pAVR6LfTXosmtIfTlSfjVLT4CxnKs8HTPKSYLkGgUi2xxn'
    '8kfu8zSfyAv6HGSUoyHyOyrD5v61J5DxnhAyHxsJTi+PoKM/oYp7EtLY/yXv5nd5735P3s2Ddy8Rvq2LwbkL6npRyHNQV3me52CN'
    'Ujl+UJ91me9rGwJCl1zG2+Egp5R8BnX7nyc2P2MGm1ou45T0ObqujxL76j5DWVtbbqn9ID04xfmdRP9XVG4xcHifW2Gu9nWUWYa1'
    'xds4g9g0T7Dx91vYzaOe7gBWdoLZiA7FtHkeNLS9P9hQ2cK0GMFfYIjRDBvdXd6RjkjnwlUqeoyttZAeqyptcI5Q5T6M2QD5q/RO'
    'y6qPjygrNd1FYlsHjz82XWPuUPFikEl3AIw7zl16dq24W4cJipM9u9rChtpCuezBJtqRc6QdQbHnqKzINeZcUKy5pGMdJY3/c/zJ'
    'yvjv8FiUna4zchuzb4nbXsaxfI1j+fS+swCa3PXKtEa476zTSp5I9/UNyhxvywaW7YSnuQ7K45m9B2B8iUrvxJ0JOKNdB8KN61+4'
    'XmM1+aYC8vK4su0he1UU+rAx5AzFfXjDzomSDy0/Y9meteg5uYfYhtieHXkMmntbvfUnnZHHHM6mPxPO6m0O/lU252Ra37Ps7y0B'
    'fk2luNatnjyU+/WaYhdx+Ep9iHpelmBoc6Z9idk3ndzq26QHnfeneyzjjvhY4sGn/neiIOewsa+0tefidlxDBp+E6ZaDfLfFx80J'
    'wdbMNp7DiOBbQe0KB5SbjEmau20BcjTqx/yRFp+u7DSMjcc82Gmwwe5hPjnc16UnAfi4xN6icsMeMs4/xIBdj2HMfTHHTOc1Dq05'
    'ZGqcr4F3JzL7/xPA/v8tiyvnkvs46PLHgR/BurydnwPmxVSy4+R90HnXEv8N2/4eAd92GfpL+7SevNdz9G/NntxPklluY7SEx8eb'
    'EHR6kn100WA7vJXQGJv4B7q/9zV7crdq4W6SOPsfkP6E0Zkbmj25YFweg/a/aIDBkLK39x827LNcZ3dOs+czQe2FOYx/J+hhgmiw'
    'y549GEJzMc7ZIWSeZys9Dur/fzeV8382a8TVV2i6+YZHmjydtO2eKuHj8yF6sjGD3QD6Pnyiyet/kuvPhbcPWls7m7xzZdge023p'
    '14d5aZsnEt9Auuccx/aIDcyX7tXs+3rYQ86Y6vPSaeAB+g20u8j0ZiunuT8mHhb7UzPD/eHz81yjUqepcP7CBrc2OfBF3QSvbOtH'
    'XNsUkx/qtuSr9Px8uNGnD9U4j0gyGRuf9NJd7dPUt5EIfXttY2Xcuelc/7hvrpymfoyE9KPQ6MeHxfV+1xI5Th3338J844b94g+k'
    'Xt3WfzaUy1Vs7aeiyE62KvdYimH10HPbAw0+jrvE0+tzOE8UlXwf2nAIT/beBv+8NKTs40iPK9l3ccQBZpsdxoX81uYGn1efrWeN'
    'kk0PmddqzU1fgrSujeBoNeTjcfaIF+qnp29R5u2Rep8XmumzYylWar1nS6bz79cC9/hAuhbSRS3y9/WQFiBdBulpkB4B6aEs//wW'
    'r+3r62WfWFdaEtWO7rL66sjSbffpE6vcfhgffMAMtY/j187Iy2bgHC751uPe+891nr1bG8hP6TrYF9KFkK5j+L4J0sWQHgTpSZAu'
    'YevnNFgHX6vz96jZLDd/H4GXC4/F6+Py1MEA+WrYXQfDdd59XVFsgJOWV722zr9nNkoc5KJB1xXW7uo6X6Y0E/Ic3YemOs9HIEy+'
    '7yJ7ma7z7r8WvHNKyaaBrfn92NqeD+mCiHveIwFtLTG0tTBiW39D2opCm2i5AyE9hn1fDW29q+Dj/nTJwErrf5rbRR3G2QWf7rj4'
    'HEi00Las6by4ulC+/qtxdnghRG7bVPBieHF/Dle/FVve4Ve1/vzPtB3EE7V+vNoovKhJD6fr/j8J1s37/bFa7+/ZSLNL9j+1nk0a'
    'pVMZSF8D6SmQZiPSyEtrfbyttqyzZP8zTe0hnVoutFdNuthA2utl+Nhj4AOLEegnro9f1Pi0L0me1IUHfYL0YSbkdboPu2uqvwf0'
    'hcD+lhnoA8f3LTV+PPJhtr6eNdiOtWe8NJeR9aWvq/FjvkfZ22zp8XE1lXtotWRqpfP/NLWHsMkR/IizZ++McYb993wlLKP0IYwf'
    'ejzv7dsue5ctr30vqftkxr8fys4npzvW/Zd537c0KX46bJ28AHP2przvoxxHX6TrGkwIzn0h548zq9wOrp2j8jPn87uAwOVq1vZn'
    'DHo67NOnlrD4jqSuILpro/P7Zc7zj5tJm8Iw2cKjOR8/NhliM29k9b4mQju7c5X3+o6R9WVDsz6S82Sf0yVL022+OeffM5W0zKyk'
    '/8v5+MZj5NvaUWFd55H5mS795dGkzemwsS/5ARFcGg3gi4NwqS5nvvtuSDgX2MZcwHn5Vdavf33Iejo+wnr6p6xnQzGTtKV0/s96'
    '+EvPtqhvc9FP6Lo+lfXgWrpz/QmwNXq8PNbJN7/ppaNfgNhRj3np/U+B/j9rpjNFS73bDVnfFzpK3A7THrk169ubVFMOVpL/kbb4'
    '+Ler+H5TdL7WZePHDFmarbzfkdv5h+H6MQ42bjZrTF8Y3K7i6c5+kfFjYIXhI8eXH2fixY/hc/wPmco70aPq5SS8mDC0excZR9zz'
    'acn+T6gv6hlJ13czgRFfw9co8/3kusx2UtYF93WZgYwfk91Fr6PLXBhQNkhPo8u8JuPH9e8Pkb2hPHsjKWPj66jLHJ7xY4fZ0K4h'
    'A7z3z0SLMTXM6mnM+HHPgnjQVnDcbbTw2dV5f6vC8yLMX1SVsemTsB/XdX8P+qG//+IsiH1T9O/00ulv4J6tx0neJ8/z0tyl/t1d'
    'Oj1gAPT/AXl5vfcJeU/cKef9GyHv4NvlPnw0IC+v9z0k72/g3rJ7DPPw1oC8/M6zN5G8mgCU7lI4v7JsK9AAnvddl8l5i0Lek6+T'
    '876R5C1C3tuG5bGdRfJeux32pbPksZ0i5EW48bzHCnkRFjzvGpK3+24v3f0Q4DDwbsvu9/IeTPJ+4mEvfXa3fKdfJ8kbxhM2k7yc'
    'r+yEehc8Lsf0CovjZeP7X2A0D2UNNG5FkX1zjVuRJ3/jnQiahz0JcEb/+yHtT0jK8LG1RRybFEeuTVXe2cPpMY2VuDziuF3P/nzf'
    'cBnrqcocw9Bmb4tzH73LHVs85uE2w1l5WMW/I6XEPyn/Dp3pnJuwfl0GtMqWb+2NaZfW7zCOsYTmXs/70ghyXFOMSGl+RizlXhL9'
    'pHfMa7wNu2O+NgINOtDhzDoaQSbI/azHGE/XW+/LvvstYZBU26+q9+W3m4VzviQvtNFnj7Gz6ErSDr+/bnuC42mFdqLAM6gdHiP2'
    't3XVaYeP51/qPNywbSdJvPyq4xjHI47xk3W+DLvfcDa0hcutMeri/bq2zpfB9lvSVJe+9gf0dadjXefEqIuv1RPYuF33hLB5XS70'
    '9YWIdc0jfeX0q9dQtsfSDknX/8dCeP2meBlhe7Su/ycFfy6i1I8yplLMHlKXRGNd8OlrMeriMLozgboQHh8suN2ZPe5Y//WFSnor'
    'xYvhuhYbOctZzL4Q9aWng/zl8hlo+yxo+6SCL+/ndnu2d9Ta5C2t/4Iv7w/D+aIBTgsc6pDWja4jX/D1NCbeZ0y56X5LMvvaynpf'
    'SKDefyL1Dhjs5oYj0LhHSL1bDGfuKDzfbot6o9DMD9T6sHepl9LKmy36tj0CjEaEeieUvex6yGAH+gYy5hGD3dJICE0/LUIdnJYf'
    'Y1HHRNj+L9Sx1XEsC4Q6xh3HkhfqmLAcC+L4SzV+LAJ+B7mkBz+S3dsepKt0kd0/WVN536+kF1hniP1i2pMeTLhe3G8+U+PZfYTp'
    'ZDckuL++fRrbxHFurfHpwSmGWCoSnnBbquPYWF6XcL3Y3xNrfJ11humk8e8W5nuQJ7aXJZk9qQN1iUshXQlpV0gd+9f4OlrOj7jo'
    'fnGd1gv1jTrsxdz+57f5yvomIvJNpZg9pD4b26YJQ7wFHO8TeV+v7LJH6jJ/K5R93sBncLr8eTKOIUNfhxx4k4+Q+rbF9CvR9b0t'
    '79t0TTe9LunsydziGjwxXxlrSVrzF0Yoi+v6NWQew2xXbGjpuoTqw/4dSOo7y2BjE+RTxfvXnFB92L//yfl6qQNbZPpoomUvkrLc'
    'Tn0lK3sQsXUryf9yvg1Ej8CL2Mbl+JZQz2iEer4s1LM9Qj2fyfn2IMUAmkLX7odImS1Kjt87yH12SH+lMrZ045qAtocNbQ8FtD3s'
    '0PYbSducBvK52gllzggoMybY3egymyzK8HPJkRZldnKfPYsy/8HKaJtdXM8b85Vr1ZVfrsn5Njc9AWcAnfcPWXPeP7K8vyR5g87+'
    'Ou/zJG/QGVTn/VHWv4fH9VxZWv8Ry78Ss8tQ3mYd6fJ3CGPlaxfP5n8dkJfHlXpfQL+GLfp1Iym/LYLs5CpDeVt9Zx8Z6zaD7SC2'
    'daGQ93nT+od+RdFP6fLHk7bQ/vxMA19yhEVe3EcPCch7PKt3sUVerLc969PaqPQBbXYXVkEGq+v+WabSpqWX0YQfC3kGGB48HZAH'
    '4fdEQJ4JyPMNIc8o68+DQp4JZsN6n5CH07o7SB5JL6fzfDwgD+L1BzOevt9FN6XLvUOo+wWWZxfJUzTQmx0kjyR3LsXsCMiD9LxI'
    '8gwYfJ4vJmO1PROWfPZI3dK+ovP8mZBngu0ZGwPyYD1HkjxDBvw4lOSRznAl/p+M1ZYOl/R/AXUj7jUE5ME9JyO0X7Ro/yVVWffz'
    'rP0XSR5J/4V37tYHyFVL8n8hz1aW5x+FPOMsz6NCHs7zfA3salz2D7yH16UctvcJ5c+/7bm8tP+TsUhnYp3nnUKfwmSYJf0/qVva'
    '11phbPUBe1QrrJ16w950LOTpCciD47gwIA/ug2eRebQ9l7eCneeCBGWjus5VwryH7aW63BIyBlvZJp6vWxzP/NxmlN+Zu0aV30kb'
    'Zk8m3fVqe2erTd3p/YDs3riPK0XMj5Xbna2d1ne2hsGmFfb/y1M4yXBSceCkrO73s73/1madIb24Fu3+J93wYTb0wdV2Nhuhj2G0'
    'Lkdo3b4Ofcdxu6y//SK08WXHNjiOFSBvDn51zI8iL7wzwdXUruvdtC0BeJhUedwn9fjxHnO8Fzqnyu+FrkOfecCTNrCtp/P6wanf'
    '7SLtzO7VD9K3P3lL6JVncvL663Fdk+dEFeHpJDBHXLCFXRDPpOUo+7Nvqy39i+L0qUPwJQiid9h/3d/zGX92hGGMK8j4m+HfTWRs'
    '/D50XeZ4VsfxxA+Nlq8VytNyK5XbXfIHAByS6Kttm/Q+3Dwp1wyw0O2p3Up96of2tGYh0GsKnzoD3Wz1qn/F54D7NI0yGattzBEp'
    'xvx7iR/aHfDu3fBO53tqKdifwDwg/mC/EKYl+1OAFfX7WwvpsYLf3xHoG8nmXdqbpXcp3xrCt46Gsp4BT/gV1nytmGhVXth3jwLY'
    '90J6jSNvaMrXTPIthB/ycknXj7T6hIwnb0QalSV8BO4VPSAH1v9+Vtdr2R7nWRsJPQraW3Ef6mP1XpqukbI1sutyFefJhq2gFoaP'
    '1xE+M4X73gH3DoB9N3nXHiC3W5WA3K4T2lUgk2wm55pSubPNewPvf3sE3rSOjEsj6kEwB/syf+1Bg/3zKOEvMX+QXB7nbgP0U//7'
    'cJLSWAi6/h1Civx/kDxGOkMi/7T4CK/sRYxX0unLj5fzSueSPHWT5XnqJ8HuDfx79buzIT0/IVlvnuzwpv0N7fUwxtlZQuoif1hA'
    '6lqSr0yjyDJs+fqw81O7Y33tJM0CHozC/A3BOqyxorW5TCY/x/nQVZzCuMm5m2LQYunJNW2qeWjqQLOJ8LHvAPqEsM4EyLTa4Cxm'
    'WkMcV8cAN2zqpmsgFyCnpLK4NeQcpiz7VQP0xVUm28LyJSFriRJPJsq5EtvJws80tzT+DS3f7si3tcN7kyy7Hd6HxYPgNGoRyc/r'
    'yzjQMIpDyyGtnXSjg1QGhPlqCQ+BcjPKA7eTehEPXOvpIDjUCeerLJQ5JJXDinJY6dwgkNFdURjiIN1Mrsp4XKIHF4IO/WKPDgTJ'
    '1vi6a4XvDWxNrGLyRBs9XTXH2PlOL63ZNXfHeM8tc3+MGAvutsdmZow10zBGjFn38oOzY8zTAdc8xN777qOza4w0Vl0vsx1sJHZZ'
    '46ryrgHO/7jwa7x/TQH9W6JkH3KMDdil5DinNCaGTcxbav95Q0C7PVVstw/4Vx7jg7bHY/sWBdti2/uNh1XwPXc2cYG4XeoRwF/T'
    'uXhO2d1hadvfzUq+V4vbwdrEFHuJwcCE0zbrfIOA2w2OuG0TK88W/yiOYcxibbe5NIF2be2Zw3xFXg2yPyluzpaExqzPB4dZ4nLY'
    'PPRWeT6Sxr/GAPw7TNn7DI4Z6FGPsvMLjxpDsuTvCLJa6Y7b2d73i0nfe/awvq8mOLJdyXEKTH2e7r4mvW5qYO1I62aBCr+zQKIN'
    'I0qO2bJMucX/KjrWT/UbYXmleaw1zJeNbV+B0R+TzEuypQySxWE/bGV3emx/PvU7jZTJwy9Ilop2PathHXMZmK3MNjsL2gmStUaJ'
    'M011Iw1QPh9iD9XuKBNaFGDv2yCcXaKeQVoN7TaAOX5WkI0+f58/h646IsXk1hj//Rvf8vrSQb7dBufHb99ffjbT735/l5d+6Mtw'
    'HvxBfHroYhfXCX/rf8+H+UEaiXW1CXL0GoMONUNwNLXdqtSZHXSueheQ/i5rgyz/OchGXsv1oVkGkwKRu+s13jbVk/Yu/7ut7oe3'
    'kyPtBNlMUftatJ+SdDRB+nkJt+Y6/tj4swTZDwUrW/Xshttk9zGaktofzazdGfLQeUd9K+4/2yHFsw3KUfbLVOYZYXk6Mj4tQZ4Z'
    '+dBG4RveLZQnddNybcr38/6jMudBWdV/qco2roBv/5d8G2J9e174hn37V6FO9GF/mvSpV8n3nzxByvewMWkf52+ktCulXSntsrYx'
    'zwKMJL6igfEV6swp2H7M+/em7ql/d4fzrFm0jxDqb0uo/jyr33jWgvrD6qwRzuRbiO1lM9C6BdBWPsXvHEzV2c7OEOVPkN/FJhve'
    'XO/Zn1KVfq3KYs9Ge9QTYP0sJu+WgG3pQvLuQeWfRfHdhq7K+8PQRgjvAMd7xY+LaJOZ4uOeg48djnC9gsmz+lOYcphummmY2sLT'
    'ZX+5AuhAUwS4z6bHwbwu58a/TuY0/2q2wzM/kxGe1gC4z4TcF3GDymekuhCXMrD/pLgk41JUe82kcCkRfpbhkK0fqUudcWT21Hat'
    'FJ+SnO8feMpLm77n237xO2W74D7Xmx6T66N3yu6/269HykvvlL0a6jvqSTkvvVP22nshlv3DlbZqreQ8U8r7HbDdA13D46D/+PQj'
    '5XfLUv3El6APzz5SXm9U/cRCsDFSzM/G5IPQBjps1K2tEc6SbbAxutqau9ior2F9zjnyTrZ7bRvhmW3k8NSXbolyj9Vg44No4+sc'
    'pHOgY4pSF/fLu4LNO9eZtjJ8W0r+rmbcBVtc6GDnOYzP0KYq4zPQtWiKz+B6PivAfNnq0Vvhb2732iLYrraCXn+9A4ymAya2sQFs'
    '5iLITreG4f1FwnyH+YBRuNO9j+rKaD90O5c47q+2uuSDmY4Y8xcIbWoieem66yJl2qex7fYIZ1vT3BUizp0e/1uF8VO/0jg+b9xn'
    'Lcx+xmXexy91kwnY2q7Ytl834DbPBzDY55mdB/pq11nEqjP5YmIMovpJf/5rHHGM4mWKbz68T7l3ZvHt+4/uvfiGdRSgkCve6Tpv'
    'JGf+WrLv4Vxgfb1Qpg728kuITDj158xm8Tw+NUe/N2s04/tzUjhdosp9zF18jKXYEu5xErTkdO4GSoBDXlsEObCVQFh6cgCYTTYC'
    'Y6Dzp2b9+/EucqSfl0AdR2f9cwytI6fC437oOzgWs3MOt8++UtnfETMm+FfRM1Nj1otpV61YNVKcml9k7OPU/CTj9SPVsYg6lhjx'
    '70LXRGjdrmeK0h28Gd+mdo2QRqnzjRlvzdrs2a2GOl4z9WIdqUNaO5uVu1/hIPFxwDVtywdJ/oRB/hRcHjI/48VXkuYQ16P0zeTb'
    '4FoP3sExAfziqIFfbkrtpIPswaqpR3WCP8ZHe7Py4mOjjTLaUVLfoc2q/O6RXiKH5euK3+tcVPZ3dJ0OfkfSXT18H7tG2fvomu4z'
    'LVr0SX+fpyrvbpL8nweVfB8M3ic1X1Xee7SZ+TpRH/d+Vn9PRNkopY0mOV9LxDN6Gu9xz7e3voHIetsd/a1S+O/Z8JfkymEwt6Gd'
    'SB+prG45o2dFBz3IiLK7i872vnKkpZuVH/NAOl/x2A2crmO5harcLxJlaFieyrp0u6eRva5Pyf6vLrzpKKtjWNnHyUBbfq1vONDQ'
    'J37n3DZld/enKzy4bNbkO7Ug3a/S/Srdr9L9ygLmUemTtIfVMHqFdg/S3Z+u8apypE3qF382nB3WqEo/c36PNY3zsJDJSOieJPWH'
    'jhf3qoXKj82NddQKe4Tkx7+alMH7i6T7bccN5yces2OEnJlM+0J6jkn3hXRfSPeF6dgXkJZx2of0OMNo8WsyPh2ie8p+DnLhYYez'
    'EqWfJVlWxttHXHhyKqPazOrTd0IfYjgv8Dh+Nme8XmFfsI2/N8D69p8w5yZZP02HDHtpn7A36rp/APhmE/evaICF9plexNrrcRj3'
    'iKHsEGvnTnKmGxXOdGHt2PSlL6QP7wA9Bs2zQ1XGaqT8y2qSzxYHhmPgy+VEPtGjoscE4/eK28QwNMXWpHanpvvrpRiZEhzijsvW'
    'TnXYgP+UHtDxcf63g/CpBeB7Kb6MWeIsnxfd1leILJ/TglHDOjbV9Tekb0VL2ZRJdoT3q+M63aLkO+PHAtZ8XBkM3v1wUJVlUjwu'
    'LMeNVjjvLKnyviLB4Aiwg5tu+Vcr4GU76+8Q68OAgQ6MCWupJuCM1JqekfbqM1ImPSOlZyRl71eL55TjlHuM5nFBj095kn5L3oSW'
    'sd2DbPm0MUaLuzNeLDdKi232uz4mx3qenRHGHfiocUubIVvefFBVxme1gZ0EK7pvSzGwB1k+iRfE2FPfT2D/pGfspQZ5Z5i9lzT+'
    'YoitJI5/TLDzojJUlJkGxenlusathvUzwfb84izgG0+BvSFItst5rWMIr7l1BnnNBeRMsN3A85l4z+cD+K+CKr/TF/GxziArP9RC'
    'JoV9aAfa3UF4POksxfm++oh8XwH4hgK8t5F7cf3HiHBmjRLfl54Jtyn7875kl0b92SX9A19rawTbrB5VfkfJMlVpD83lTVsh7yKy'
    'braF4NqgqoybfY2SY32PRZxbyUYObdfuynp3ptN56hHkZC5tTZCxSrjUo9zv3EsCN3DMJwXgxhjTAx4t4MbPWZ7Vyk7+WjTYLQ6z'
    '+vaF9c332DCbxkbBxvPXbOzU93lN1nPMofPwXERYb5ulsH61A6yPI/NuI/OZTvi/GBH+wwHwv3uq7IcsxsnljdcYdCVJ0YfiDOEM'
    '7h3nEPo9GMCn0TKnEDzbErLfHOuoG7K970Xah5cQ3pTuRXHujakPsI2g+LVPxtMRSDzYWEy7xLCx07zbGD8/U3h1inLT000E8Lyl'
    '86xgh0L3ebRzb2Z8y4jhXFt04F96GL/dLOB/D6t/TMCRdyvvzp0C8T3YmPfS9ZAeD+mr8t546mDOToZ7u29a7KU3L/bnUOfV9b+B'
    '0NJToZ7ufDkMToJ6blzs9+u18I3mOwry3UDaWcf6eHre30sQd/Dburx9fcdBembeh2MHm591IePQec6CvK/OV56LjmTlT4Dyb1lc'
    'SQd4X6PyoccTGOj0GANMbNqz9Y8Ii8/vcl66PIIP1FyXf5YcoNq4lHJXMsJOQivmExlniyqPTWN7D0SSeKRU9PgXmxhe8Tjs4+T8'
    'gd8myH6mvx2u/LhMz8K7Q0n+Z8keg3bgzaydLlUZW56W2Ye0ca0qvzcU9fl4byi+m9flvaNxo1apyjjaLvN1Hvnb5a6jMr3GJgBd'
    'RsaxpOOFdMLYFcyD0B8VFIfTtS3sI49DiHeYKJVcrKHaGLjfqfxYaXp+2rr9cwDKzfRab+/2/27vdotZZup3XcR+05iM61T8GDUS'
    'bknvcI1VK38r6Mb3T2BMOJe18LOJS9ZO8OKdbO0iL3A+oVWK6K5c5mSDQ35uX+1avoPIahcCLkvjWkNoYxgf1RBx/er2jxR0J5Q2'
    'v5GcFZaxPh6mymNR2s6B7V1+YbjJbR864Bd2l5vruqb0B8d+sJLv4bbVrQbd651zpO21JB/tW1w6no1Bx68yzGMPGfMhFbzy3h03'
    'SQXYWAgcsT0TbeAbbHA1Q2gWj7/24XO89IAdfrwc/PbS6730tLHKPeK4CS/9x7NlHZZJp6vL/LG7XLdazb4UVLR4ZS7x6G3X02JV'
    'bkeOe9dFBr+hS1R5XKMosdYkOn0RwSGktf1Ao5tJG11bFeFkg21UcL+jONbG5EWjIfJgKte6nMi+RgUbYJ3nAiL7GbCQ322Gcq8J'
    '0PX1qvKYGSeQfvQymRnmWQf9CJP7bRdkd21MlrbdYRwLiex33LKcNP+bDXwbruN5hnV8YghONrNyNQE4eUlC+10mAT7BhkeTeMg1'
    'jjyea7xyGp+8jdm2cPu+0uaywrx/UPi2s32l0dLXJkPWRRK0tSmBs1uzAwxcbR2i8okF5cd3Gw+xWTDFjXaJ+6b7fCXx3ah2PIJi'
    'xD6eZugj7ceQcKahdhso77axCQvTe/GzCD07S7bl2yx8JqLMiynOrQ2+UZ6Kw5Hr9sYNumPkm1zsiyWaT9f2Pgms7UUB9isUZ7iu'
    'zKQXlXBgBfEncvFns/HJ2hmjX5wGUf08x8sRYq8Ud11I8bJ6BPsKDu/2BODdbulLIsV5Qb6s2UBfegQdKcK/I4Z+fojI1amfEfWN'
    'i1JfEnvQqcouhgDS2lbl7vffCjQ9Sf8vqtOM6/8l0fj/BPsbk0w99YeYff4wbyJyQdz3XParFM57ht8Lxh+JyxfVMb6I27esIbIE'
    'mzM42vJ1Kd/nsddgPxd1H+E2eLS/dC7qHeZiIeh+6Nw0QPl2YhPVDOXovU383qsGFXwnQpitSBRbsXbgp7mdwHTd04UyF3q3RZNy'
    'u79rNRtPs3K/+7RWkD0kIT9JQn/aZGlji/cGU75e4msnBH6T+zeFtROVf6L3hOFeof/90NTvX9N9Y9byB3ercn/ZrKNd6GgK+z0S'
    '9mivj/oHjEuCsrzlwrcriKynXijXxs51zQF5uK0V11X1s29SHI24NLwhARper8zxvKmtnmtMorEAPobHXVomnGMlu2kb2Yut36x0'
    'T0cXg4/u24GCTsTWr2TAoS9STBiqS5FkGX0qvp91Uvf2STg1JMhiSjEZs+Y8uH7rSZ7thno0ohSEPPrb/2R8nZsNTnAfohcilsf2'
    'f5TxeWppHrivN/pshckH/y6g3mKMeu/K+Oeb7SH9Ncldey3m6QUmp741oN2xKrZ7JWk3qXppX024f17GO5fxPJL8dULJPug0v60v'
    'iyQns9UVcb/Vg8gYxvfQMfwaziS2fbWVnW83yCN/QHT4LnMTVOdDRF5aNMzVC0qOPcZ9mu5SfhyzYVV5T4ZNHAsbWYopTogU58+m'
    'TpM/Uz9bdxPKHEe+Gu2OENuVJTMwXm3ve4ylXsUldiUd33TDckTFuwcebVfj3jdI+aXGBPilJYY9Y8CSj5Tkh8Mq2DdwJ5x1Jd3K'
    'uAGmvaoy5s500XAX+m5Ds6j/Lp3rCWWOeynRMNv5XkL2m+3KLS5hlPairpEge+8k101tAuumTbnHu0L6+FZiG8jhsYXlfZNhjbru'
    'd0F8Jt2r0S/sEuXHOwzqo8Tzh+kews4DJ8zQvtU1Q/v0bNpTkl4brmfX3xG9/rPCuca1vn8n9fUkUN93yPi2K7tYCJRv/tuA8UWp'
    '706wgY8yHtr2C2wv6jHwBUF2aEjbViQEv2r071KiC+pndfcZ7CW3O9iXIFxOIbTkWSXHyqtGu8sD7FgGQvgLfsajcWfD+mpjC4N6'
    'k4MEmavEZ0yo6sSkjiIHrwat3TcBWrteRY/Z6BoPBduhdWx1WNt9pIwJ3tT34HXK812nOMr1tFIMSyrHj9o/asfBY1PWAP4E3dET'
    'NC5q77vDQK+GVTIxPoshOhB6B+wKyMd9PFcYaK5JhsjjVO4MsKG16b9EyxAWJxI+dacl3bBtO8j2mvOL0zlmbl9IYbiRwLDadrvV'
    '4B2bldu9uecSfqqPzdsLyi32Pp49OlS8e4N1Pdof+1BLGyweQ95W3ynJVV3OJEmcPWYDDlybEMy2EFu0UYf9YlwFx3U7fw/BhUOJ'
    'vtfGPpHzjQiPTjKPA4b+UdjazHMcXOV39CHu6jpfFUA/ihHox+Fkz+xlfkQroM9BfLRkWx6GA1h/W0T7Utt7VZOQN9vYcwwazim4'
    'no4kNGJcBcfTHSfnoiR8LuaTekYdzmfDITYp+lxUyJTbfGYdzxsu8cT2BpswEvkAXFl3ORmF5UO+u+B/PkH8vyYC/g8lhP9vTAj/'
    'TyNyis0q2OeuN4CHRR+sfYT5sLV/Msku6DltyGGMWyPsHybefjbZ7AXhLdr0u9wFRs+ME6o83gGd+wmDTUzQPRsudz+FnZEp/1Cv'
    'zHf78Tt/OZ9K/cC5ncMOx714vkrO13VckI+78p2SrqMV0tXCt7D6dzr0hZ+Xw9Z+mP7pKDjXT3e7+yi32L5hc2+Dz50q+J6NnYTH'
    'dLHDRV64ma3hazPl9xPsYGUOIjRhhyrPm2QfJ5guM+zO7YWq3Mee2uPuVOb7sRexMrWqMvZAGJ3Ccb9E5oW2R+/Pnk55T0sCNGg2'
    '+sHnMp5s3vYMHqWNFxmfYIu3RcM6XhBTTsxt8trJmTXM/7lHmf3Ic6rS7xvntaD8ea4G3FsBR5ssYWjy3dZ3m1zHaOxLDnaZXD4+'
    '4lB22LKMzX1mcWMw9DnojcYitJvGwth7aOzbp4HGjkz9+/UxaWxcmmojg+VxviSduBRDjp4Np2sdle6Wmfp2VoR57VFyDJD5jO48'
    '5+DDxHleesaS5kyi8dM5d3+vvNiAeyJO1lriZMGAk7Z78A3Kv0/Mdv8LsiF22YOuMey/ExFg5tp+knfHz7V9l8bX2G8a9mG8w6Yz'
    'xO5sSJC32sg4pPgafO9vTmDvX1FlGO+01DNxPNDjH3DgAaK2cWbGP+NfGWMtjyRIf6ux70tnq/2qCPOkz1jPE1nMsKUdrOmMZVvG'
    'ZW8Zt5Qr25yjxg22dWPTRJfjrFld9uqE4BTkk7NTBft2uvrcuMqSOV3fqaLb+5v8VGcjfINiJbQJ/KDNnCcto+T7ZKtKLg6kjZya'
    'zhvaXvwZ6Kxc9pOwvJKMWmp7OfEBmG6ZudSfIBxaJOx3ScvDczMkD69PAA/3Efb9KDEtqSyX3qvIbVkHQ+z1KezmCbALinfEY6Fx'
    '+FAZQKegk7UdN473eYNd361kXl33DUmfP0TsMOYZ1tmQqrzbWNrzUe+/mcjbpdipQXbIF8AYbGUlmw00YVtMG0Kpb93EX4rn2WFx'
    'RqI21sPKHFfXVufPy4xb2lijHr6TrNcVyo9huICs9eymYEOjpHxdTXYeXQnQoYJAh1qhj+sFPI2q96b0pdmwN4SdgZLUewXJH/IO'
    'sqwizCH6iTQB/rjGh6ft106z/EPf4fIGwzrh62jYQP9GHGS5trFObPkmyTfIRjYzXboeKR6+JO8y3cferyrj7Y8E7Of1rP4GKBdX'
    'prFN2du281g4rcRGZCRk/5PG1MjG1ETq0GM7eBbgLbeJHzPsY1sd9vABYS6aq6Q/NO0Ft8/xveAS8OMx2ekH9Tcf0t+aKvR3Ldhc'
    'JQ0P0zique/qOf1KiP5JoodB9FOCIfI0XRZwjio76lPm2I9Uz1Ct+m32gM4YMssw2ncKoX3blezv2i/sX2H1riHr0xbfud97ErLF'
    'KHt9o0FXintYgfjy2PKbuo0PKT/Wm225sH7fqNzisI4Y5BBXgr1XnHrC+nqhqvQfHArwL9BlXivYIASVCevDMeCTEEajwuhNNdaj'
    'q06+aOAzZsoeqiMBfqbFwUdkC4y/GMAHXQq0SPKJlPQYs4W/6Sb95nIc237PBJ8TdEavZb4NAwZfojHDGrCR/w0TH6bOKrQzTuDT'
    'GUKXTLK6IP5hWDiTJFH/eMiZdrppRfs00wrkJ59WXhwGW9+voiXsqk0/ougb9Hj/Uvkxeasx3uk4f+g8x6rK2O+uPkDTQS+jwonS'
    '+6TGOFNnwyNCzoYTIXxXkuOPwqOZeP864s9hir8cFDeo30Drryb6pWElx+7aaSh7RYL9wT3ifMKnh/UHy5yq7PzjipbjOtJhrQX1'
    '60BL3f+ow9rtC5CBmvRU9TO412YS2GtR33GH8mPo4F28Ty317zOvJzpFHKf+e6WqjHfL52CU2UfY6Ayl+5JRHyjRp2qcWQ6Btjfm'
    'vfS1+XJYr8+Xj+Mk+H7jYn8cJ7I8J0Cet5A8x0H9p0N6DKSvgnRd3u9HK9jqn6DC2+6GcsdCH+og78mQ96bFXnrz4spz6nSOzaZv'
    'etyfAv2YLneGZbmg/rnMyd421/qc9Wqo9/h8+RhPy++98+Jqq6PrPyVfORe0X5SumGx15ie0v3DbpA1sLvDv9XlZN87pbC4hXZfu'
    '69e7vfSebq/t/Qmv9jn49iikX4T0xW7ZruPlbv/esEayf2H5lyH9t+54ca6ayZxvgHTRpLxfZxOcqw+f46UH7PDtwfHbcRNe+o9n'
    'e9/oPv/S6+OP1yXm0Rx/cBqXquhPWMijxOP9aTw4r7ccd9VlXnrL7Wa8wLi6Uoxd6hePeHhP0Uv/eLuHc0uFb5fu8tc6t7kYVeXx'
    'aeaTdfzJi7z0mF4v/eXOyrWOeY5meUz3DSMwTGOMEnsKx/vTAS9t3OHHjcNvNR+Aebql8l7Be2/30l232NHjfII0ZivM2z/2+XFC'
    '+LfM1d63/ci84zd1pv83jdNT2sP7yuumcMNvWP7GPjPNwhis81V5HF2Oi7Xnwj5yJvjTkvYaATb/cJ6X1l1QCaPXwpg2DFTCCL9d'
    'tsWMX9jPBtLP2mmAId8L6gP2EEnm0yKscUo33gv76HB3+Zg7DOvgOZirQ95Q2Z9b3gFptx2uJ0EHr3vMa38e/P3++9zisT7ziJfm'
    'd3t9XkDq6r47Xl1x7nRpdOBRbOtdSPJx37nrvhktblqQLXtDBNpb4tu/Vl0+9Znveunv76q8X/bT8O3bj0LeL/pxptBubvw7Xnr6'
    'k1767G4v3f1AJS082NDmdPCrUWOPtoFuIggP1xD5kQ0uhMX5X0RorC6bFfI2kXV/xCzv35HT3D8O+0JE2EtnsY0R6EyLsAbp+fYO'
    'SJ9aWr4OXGnPlbCWUMY9BHSnBKtMdo95cvZP3rZOPQWbNnnz9afJyYJ8OnnlGu9drgefyQhPq8GvwyUmNV1Hy5E/nDSfCcJwqIes'
    'uUMqzsfZvfopTVQVcYjSmTWM56w3yMzwvrV9iD6M5mkjOtutzM6A2v1vDbCRr4lJM09IyC8pE2MPP4HlN+1XlEZ3Gva59pB+5mLs'
    'N6Y9cgWkF0WkFZzv2/2Ql37jW/4ZEr/d9hjwfff7Z13k4TTPptMPfdlLj/9B5dnno09Anm8nx98dT/g8leCcN5N+r4Z1NK9rag/t'
    'Kq/Hhg+phzNTHawh5PvbPJGU2O98DFzpSVCWmZ2L8dtv8EQgKiohtsjiwge+V+DXMsqPfZLya2yvVZO5ucKvNROdHNKyw1k+27ow'
    'NvCZ5B3Vi6i7fXstE71fSc7wOr9Ov2zIu4TUs+Dx8vP9QvLtZ0D3dz9WKXPMgAzh4Ycq94v7v+elT36rfL9w2d+Pd5y/TiK/RDl5'
    'DdB/tVupT/2wfO1eT/aZadMvZecgTW7jKzESm+w9XZWvXPZPW/h3xOS1uu/2+apWsHVDfuqBp7y0CdbAdx/18gyT9dn1MMgCH5Pr'
    '6yN599/t1yPlvZDkvRrqO+pJOe8ZJG8nyHO/9Iic92SS99p7vXQp9Dv/WPnYjiE+INeC/PBl4Ccfvw9kj9DO/U/5d0vhnH0JZY2P'
    'lNd7IOlDHujU+gfl/u5D6lNfkPM0k/oojZLGFEe+3cZoRiMpO/UykIdx5UGOEGQIncCTUh4X5+YwmKvVcI6U4rJsImcXWkctyY/8'
    'NT/j2pRbw/ocRS4fOMfZ0hC6kpjjlC+32ANC5jvwySbLlyett+wEeyUK/36Afz6Ff46craKdy8IOZgmf26T9vAg69tuGK/njt55V'
    '/o3yxyfuLP9G+eM/gP46L+iS8dvr3hpfnhIHF+eYuVOO2Sy1qeQJUqg9VJz7wKl8spPYYqQ0yIIGZU0niAQ2oXSPSveoGdqj8Lxy'
    '8LvBDg/szva53kvfcyvcbUHy7n5Xed6fXQfyKcjbT/YirFfXhzFuCqweXV5/ez35xts/i8qNWHunkW8HDnrp/1zkfTtJ+NZ8sR+H'
    'Bb99Auwl1w/6vlr47QX2bRW1MTuzfHzLhG84viVCewcOVu77L7BvdN9/cjvYdZ5bue//BL7979vTfT/xfX9XFff9Xem+n+771dv3'
    'm2Ls+31M1nKpSu98prKJRy5XcZ5ADOCys4Vgv4F6BWrL25XCa9bBi9rlSfdA2MYlDrr3RYrFHZde1MSgF3uKXHim7rbeE+coo5LT'
    'jSWpF7vMQi/2ege92Gsd9GKbHPRi6xz0Yoc66MUOcNBfzbfQXzVa6MyinimStn2ztZ/qJOVaif3WAlIn2lbQfXYx/DtHvlezzY4E'
    '5rKg4tm08f6tEsazguXHfNzWTmqLrmm0UbSJ38TjJ2qz94OUfWynPmUfe6PXIs9LKt5awLly0cN2GGy5ub8QPestUeV+gagHNeFP'
    '3R6EP4st8SfOHcaIb/RePld8o7wZj2U0MUfxqHYPwqMWBzqE8ZdoHMMextu/EIHmjM9RPNiT9qMFyv5O6LA7rPg9AztU5f2sNnHn'
    '9nT4Z2PA38UGZm+QW6iPvyJmaHO3g+wMFTCbYJGUXCDQxslKRZZV6UOfhyhINyUpR05t0izWo4rjKxKu0I0rK1Hgd7Xi/ko94a++'
    '6eeJs+9IsUZQprBbsNsfJ7a6YbFoUvyMjZ8xbCazieJnJL3i3N3Uc7a2Xm7PJic7siTlcOleHht2Tnt5EE+u2FnoYvCXGLrL7Tzx'
    'fvDNUrt92xWs85Rve2nbvfHqpHvDEOxX3/yCXYzblBfdc/E3qXhObd3xfdxLPurby+u9Cuynn2HxAG3i/K1S5jh/1DaMx72jtmE8'
    '7h21DXsb1PnszkrbsM9AfLHzbqtcX2sv9NKWi+PzXiZ4tAM8LonII9jGZqpGvIS6SV8nkQT/zePLUVjwuHRR+e+FbDw0Jtl3IY7g'
    'R86K5gOVxjoVYp3uisGz7XLnybKzGM/Rd/xPEFP3YPJunwsqaZrOp9NTxyppms5Pv1Gadkq/l155WeU62r9Y/i2N67vn4nocmp7a'
    'sM5N34QawvPgvZ6m/fV48u1uRjOOJt+ehji3Z0Ms28PJt3+4AvjKXv/uGu5z8OgHfN9xtJXR/J1Oz+j2Y+K2EjrM2y3xfd3lY6O+'
    '48jjYZ6wWLUpnYtF55bGoHOhZZOy26cxnlOat3fY7cfh/3hMvRUCfa1X5Xdm0XvF8A4vHpd+syqPSz9C8mBMwGFWz2aSp8jawjuj'
    'L1HmGPhYz/kwP2F6+n5W7tXMzsPmfkldbr3y4x32sHGvJf3l969hTMQVxE5kTLD9Mdlvh/UL7cnD7Er4XWg9yhzr/FDCh9E4H7ay'
    'vcMd8bNJldsVF1Sw7TM/w3L8XpnQmqupwprrBBqdATqOsb243TW1cclUcf4lGjBqwPMzhTUn4VoPw/1NZM1tJXmC6tHljoCzJO0T'
    '2ssMOdjojKt4Phfchmec2fANKz+Wdsn2O8CGp1q4GtW+CnHTNn8B+Gspnuwwm+chg11cnwBL6f7fXiXfxY7fd1rg4ogAc9qXfgs8'
    '/FHei1El0e5RQx/HLfqGfRpgfQq7t32Hoz1h1H70Ehs3PQ8fzHtrmfax39Fm0hVePQQ3aN+mAw58/BdMjf841i9ux9sXcQ0MC3yD'
    'jX065x9c5pevA2p/uJiM1WWu6dzwe8m3GfDc1u4/KdzhY30u598hLcXIlu74C8KjzYb52cb69R+Q/lbZ2ZMHjeGegDEMV3EMNnB5'
    'yRLnrs95vAvF7aLDeuD31rry0xIOc9/KCYFm6L6fnfP45pnCoZ+o8rjtpjlenvN0j3Se+H4zbKgrqX17nHzXfdKn9GOV+Y7nOPd5'
    'm+jdZkPfhtm8hvGptn4jj2d93N6h7O8hH5wF+96Hs95ZDPHPpu+0vm0G+LusbRMt3y7AWfd5KOv5hkm0hN+V3qui3WsvjdXUn9Oy'
    'no+mDd/sut8WQ9b8StL2YJV5cr62G7LeGWc27zvPZfw7rvnc2/AmA8ruzlkOOxu8+UrGuxOymnwYn4+/yphxsV+AQ9LwuC7j3aMY'
    'Z8xbLNdGb2ZmaevJGU83buIbsB9h7Q0JcApqdylpt+h4hpPOf5xXkOZOt1ub8fRlUdpNas5/CnLOatDa7yjfHxXLvuBIS7CMNJ9c'
    'tnaf8udzpuQC7yFjdu2DtKcOh7SnefBFEXDIlVfWtoQHOPI9SfAXuu2NYGObFN1vhbYXRcDJcUecpPeqB8lJqIy0FnSWNC7J48Re'
    'aQHRn6wUZKgzKevHuChNKv6dyaV49hC/4/2PupWjPjVx5yOq3zba4OYBvorJvXXZ+aDj47pues9pXpXfbWIqj7E2aDwdXfZs5cfo'
    'oLoknf/NSo6nc4mauRgmOG/cHz1sbW5jcohcxtOL2ZYz0YpfE33HKDs7jBh4/efJGrXhWfoMspUxYU/d12G/GnLIi218idCszSHj'
    'vJPoTXodeDPUb/+l8u/ZjAojekZ4a0L14X2AY8rnDdfnvfSYfHn9J+S99C2L/frXQt5NkHZDejSk6yA9Pl9et36POn3kI04Jae8Q'
    '5d+JdDJ8u2mxl968uFI2w8tTnb5kh702wL7sUGW+G+lgYgs2DjGafg9xmB76lh9DxGQLOy/AFrZJsLUtCLa2XO+YFG0rxKRtmJ/G'
    'BotzxzWF79WQ/jDi/h3Wp6TmsDYmnyHli3o/+BfApvA5SF+C9PHumb23/Hdnxp/n+gT4uSTGg/u57RliGNZZTvl+Qg0W9gn7EfsN'
    'yZ6I2gqZ8oS1YWPPsEa5xQuUzjdUtrCn4IHNOE3ynW3Cvo6w4f4bQTBKwo6kcRbN19YI88XPoxxHsdxM3ilM5yAXsOcsJGeoDLEJ'
    'w/K5kPJJxBHMVnmM1B9pDTnPqxnkVyR9INf72si7i0SuUc2+7XSQLw1Y9G2fBPpGZWv0TLvIwv7F9uw2YZA/HQJtSrYgXA41YKhj'
    'HzhT0b7anCv7DPVJeyfa85+tyv320a94Xshc9RnkgNzmmY6F621cdJ6SzXCOjWUFGYvUxxFC223WT9h+l0QcZiqj7RHgaLtn8btU'
    'qB5qQsA3PZcHCXYhJjsCSc8zzOrdarCbHyYy9CD7b9c4c0nxD0Ew2MrkzuMCjeF7JeW7x5n8qshoE+6VdO3VC21RW+j/JTAeNPAp'
    'yHf/F1nLQXklmTqXy/1YVcr3bOyYxph+4QnS/16GWyNMpvgIoacDgj2GhJdjTGdzL9FnhNFRm7HpOj+q/FisIwH2Q/jeVke/A+q/'
    'SdnJUocNPhZXE3nafIc1zmFG7dp0fZeSfXSbpZ2SpFcz8dEYi/aUAJ8VF9tNbiu3huCChEf0DgsT3aWy+1aQDy90KEPnIWz98v2O'
    '6qpQx7PE4MvRpSpj8CetO+A6Utv9KikdWNT2Nd6U+6Bm9+pHkedPk5MFJT6vZNulIjzpvTDh8fJ2Xa7iPM73+DxF1n87W3vpGkrX'
    'ULqGgtcQ5eH1evp1xt+zkKdvh/VTAF7B5ZyzyiE/6hX3d5R1Sj5ftuVR/u86ruWO46J8UE1Ke1Lak9Iecf+uTffvdA2la8hp/y4Q'
    'GZxrfEJJ9lfH9m6UT29ksvZ6FXxvRRyZ8mzS93I//zA9bVJ2tc0JzF8UO/oocynZNgfZPFYTVpJsPR9jLsPmzFXH0UngrfNnGS9u'
    'woeWGGMYEexEqfx/mUH+H8W/ZUTF802kZxJXWf2wwddqzDAOXmdcPJsXA0ajAXoHk14jaB0hjHcKslsK4z5V6ZdJ7agwVqjNXUu0'
    'ftQH7RMwLlud8BBrd5mqjG8zIehkXHXOrnEggmTcHDfaY+DGmOADEnQn3k6mCzDt4ahzHTesm2FlH1dhu4HejynZ/4v7w/5Cmf3F'
    'KD61RdDfDCk/huV8Vv/qGPUdZPCBknySXzDAbjRB3EM76gMDaArtW9Fgi7ia4F6UeQm7dyDqHZlh+8GggdYUDTY1CwQ9d1T9Ko3H'
    'LMGqTfmxvLZb7o3SXJroS1MV5tTVL2JrRJsPHrvEpDO1sX2hOlMXOWKU2GYbCD2JEneF2wdpueJSlazPf1T42qzj+iqt41FhDYWV'
    'GVFmv/tq2OuNh9jrtcWwn9hAbEyC7Acw9vLqKtgGmvaxJOwYTHyjjc1RltmJbWb9HmJ7UZfyfbLGlP39wzzOxAhpL6y/0t5Mx5An'
    'chvbM86IwT6os0o8NtdZJCmf4LziUIANknRm6SE4EBYzrhX6XRDOmtwPrMuAnxTv2pWbLzm3KX0r4KPNmkkqtlsr4Od8A564xMyj'
    'cYT3S9AuzRQbQ7d1rIPN3Royzp8LcgHb9SDdW45t/8FiTFcK9FTCh+mykYpz/txBxiDd03MI25PaCc/bxeoYMdDrfkuZApax9fPe'
    'yuDZSGxUJdvHINodtO/n2b40GGCbaIo/HWTbOBwwT0nGZSj59Ha56RDmCXw9+vG6+PtlyLzQO1BNMfylu8RWPeWltz3m7//oV7we'
    '7tx7dreX3vGof27De/kWQAyJ33zVbc4WQ7nf7pZxKMl4B/ctixZTez78Gsi3Bugr3l1eA/yEvl/wUz9M3uZR97/2XC/93Jk+vlB/'
    'ppduABw412xj36DMMUMkvLjuDXA/yXnldEC/axzwv5Xud7og3v1uJhpcF2POXNYSXz8LgW7xNdoMtLSBrK895clQdSm9dDJf7TZd'
    'nrbIH00tUzoZ5Y7p/aDhxx/w0tMh1sJ3v+mGX8980UsHH/bS5yGGzvhXvLXz54Bf+t0tQBs3PhZc5nhS5otwv/bHv1Re5kP3+DF+'
    'dJlu2H/o3agfBTp/4Q+gr49AXUD3vwR/Pw7tn363V9f+ZH6+8QWIPfFotPXX+cXgfoftD3Hoq4L5fs9j/l7oUv7i7/vzlpQule6R'
    'em8tzcV95TSc5g/aK3XZeQAfdffMxSgw0fk88BO0v/rOQKoDblLlsTNQV6Yvi5j8GNxv2l3OZy0k80H3y0y3f9dV1Po7GM9dP2ke'
    '3zzl+2UF+aHYni0HVGX8aVu9k4tMR/Jt4mczyS9PiskW57w7YpBbmHxrh4R+tRH9RVxf0aj2HpIuxeRHtsOAL1IMw1blx7619bW1'
    'kRHztrgPnhSjXOpbmFwcZWMSbEZVuT9p1PXhcj5bbNC7oNzrDnJer4E2nlpaySevUOV3Naw0zIcLb4L58io4jpBJ31VQfgz0/pjr'
    'clTJsZuviWAb4iJfGVbmO1f0/E4dXdQFCdAeGxmfjY7XVq9V7XkbVPb3d/WHrGXEL8SxDLSJfdEXuJSqzewSLTUL0Pc25ceeH2fp'
    'qEHffhWbA7yLClOkhyjv3mFI1yj/zuAGeLeJrSm0H21V/j1aNIYIrm3co7YRmWSrgW5kDXxbB8DQVkZnex9LFB1zm5L9/MNiS/E4'
    'EEnoeYNiWqwwyLeWs71gRJB/c16i2vrv1UQ2vsNggzGu7O8bG1XlsQIWED7TtHdznmlMgK/NeatNsC0qRtCj2uqsJf7vBRUcK8A1'
    'rodef2dHhK80x6a402OWdmbzDPaa2wywNdHs9cqPd2m6X2HYQY9WNOi4sb3Fyo8b0OuoQw7iN135Sp3nrFkEz/1i8hsDSo6vMMHo'
    'wHrBLkYa34SBj5Hy9kXQfRbJvukS34Lj5tWW8G5R5nscd4TgbtA9BpJt6HwDjG31rvSc8DTII34O6T3dduNdDLa9NnB2hW/qKyb7'
    'ilV4HHWZPrg9iDOISykMzDDoMk51PBi0G/Rhki0/tU+1ue/NpCtfSGCeIbpx6f5CbiPxc6LP7hDKULlTbYDdmu2+zMfZQ84+OKYC'
    'a7eO2QH1GmyZ+B77c7bXLyE8TLX3cg6nekJ765R/b4A+IyBdvoPwxXeoePcim+5G36TC70Y/RlXn/u8DVbx4/2ibRO83HgiByTUh'
    '+z7CoobB4jvLfFh8Z5mbTOW3oPNqg/R+0Ktdfr/fbhuRd2CsdP3Tca51jGsd31rHth7pNisyg2Jil9ZUdyVulGDS66XvfqeXHn0u'
    '3LME86PffeJNYDcwDjLKXV463C3X8a7L/Jjwpjq+cqZdHSZYLQJ618B+0pw1nu21p9u65R1K/eQdbhpkm7kt2TGcLY9Nt6lT3S72'
    'vxP6X89+D0yV+frU7+Wp33unfv1Tv3Omfm+e+l0w9bus277fD0D7X4f0ZUjfC2k/pOdA+mZIL4BUt4X9bSBro5HYrDROjfW6W8vb'
    'bYTx6/eUx6018LiIi5+8yEuPAVz45c5KmzGTrMKEJx3Ero/+Nkz18cUbpubijUqdN3Wou+pSpX51XvB8boBxvQj2MbqsTnX5Ep27'
    '1Et1PWF4qnFk4ZDHq2s+XfPoLwDe3gXpPd1ueIp4p+s1nQN0+gLD47vY3/cQuC+G/jey34Kp9bliwsOlB2Ct/d3U7/OAp674Sseh'
    '6y7JgibK8fUBtu7+DtLPM7y1weM8wUf9e2aqzd/0lffjGeiHfs/PZLTdF4X+UN9N/e5f4dvDIWcx2r886d+BU8zaXcXy/ul3JfgV'
    'ZbvQf/8L0CXfWtmfAtCk/317cH9aAP559jttapN/1dSGu2lqrdYPyHDUeXT6KrDv2gTrWueXxov+2Po3dJdS3/xCeX36nU71e5c9'
    'WNuhSPOz/uFymxAqW+++2x5OtN+6nLb5ov3mtpRR7DUoPND2YRGBh75DS9+fVTfFV3Q/KcOD3rNVsom4H/r3pJ0sAuftWSh/17cr'
    '8YrCyGb+Gtn8qS949i9lRlpf8O1iXOYvD/N3/tNu+lCqi6d2HqgbWjTpbquC9RZIvlqiZ+V25GF4pu1vtO2NCrDJ4XquUx6LdgcI'
    'hf3NYNO07H7/3Irf0N5p7cOVePFZsL/67O5gvGiCf6NvG94VMPoFzwaM43YbfKP3FiE+2+LJl5708USn34Z1oW1wXerZ9TXgs3aH'
    'w++oB5X62X3l4zgK7lvS76Pg+e7HKuexhs3jQ1O05EdT83X5A5Xz+BDYhf0I5lPniWLzqr5VOf4CG///2w+gXRa7Ue3/AbUfJE6K'
    'vY+3oNpfs5OyNA5brzjxOGY6bj2BSCP40jEnWn0JrvsPIOoj9LYETG7nIVR7Vu5CvZsSeV1l7XbsarHNqTMyIM4EgrnJEphPIw5C'
    '1oXG7MBeZ1hC68iIg6hrSEHqSYmjFmjeiICue+24in0tKGhNKnoaZkdLw6A+NKj/jFzPwtyL3L8mp87dcRlCXzxJ/h2W6OMJzGjj'
    'CUuPI9y7lMS1obB1wwJraGsPcjonVJaB2imgNgpyPMiQsY8DW15ErsPR65uQXdD8jiWfwvIIoXYcD9LYC3Iag/mpBks5ib6OtobM'
    'chK2/nrvTtx5ADnM+ZD6Ay6gNdYbUd3lAl13DRJHbs9xEWjPwdZtM6whvz2HKxxBbcQeYNnhshEzHNdC3dsDLVtcNpIWjrDwt7hG'
    'mj5XqL0tSOuzCdVXoH1NE46juh95rxMp9vdAw1ThOGp8iDOQl55WQvMB4wnMMhoUZzpIa/RJbdO4HEWkTeTz6ikx6+YmzPROTl+h'
    'BJjHf6K1oUqg+f4niW0obPUGOfXcB6g5G6DjvZpbcOdtXGP/HP+xr1tHzrPod3si51n0O0Hx3X8nB+3vgdabI689J3cNPq66CJef'
    'kPtXsDtFQfeB0sO9ABaKchA='
)
