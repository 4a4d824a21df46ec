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
 ('(?<=[A-Za-zÀ-ÿ][a-zà-ÿ])(?=[A-ZÀ-Þ][a-zà-ÿ])', 0, 32, 25999, 53, 0, {}, (None,)),
 ('(?<=[^\\W\\d_])[.!?。][\\"\'”’]?\\s+', 0, 32, 26052, 221, 0, {}, (None,)),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 26273, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 26299, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 26892, 240, 0, {}, (None,)),
 ('(?<=\\S)  +(?=\\S)', 0, 32, 27132, 33, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 27165, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 27196, 77, 0, {}, (None,)),
 ('(?<=\\s)PT\\.\\s+(?=[A-Z])', 0, 32, 27273, 41, 0, {}, (None,)),
 ("(?=[^ ]*[AEIOUaeiouÀ-ÆÈ-ÏÒ-ÖØ-Ýà-æè-ïò-öø-ý])[A-ZÀ-Þ][^\\W\\d_]*(?:(?:(?: [a-zà-ÿ]{1,4})? | & |-)[A-ZÀ-Þ][^\\W\\d_]*|['’][^\\W\\d_]+)*$", 0, 32, 27314, 156, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:T|\\((?=\\d{1,2}:\\d{2}\\)))?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\)?)?', 2, 34, 27470, 1611, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 29081, 980, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?m)^#{1,6} \\S', 0, 40, 30061, 22, 0, {}, (None,)),
 ('(?m)^\\s*(?:\\d+\\\\\\.|\\\\[-+])\\s', 0, 40, 30083, 54, 0, {}, (None,)),
 ('(assine|cadastre-se).{0,60}newsletter', 2, 34, 30137, 108, 1, {}, (None, None)),
 ('(jetzt|gratis) (lesen|testen|abonnieren)', 2, 34, 30245, 124, 2, {}, (None, None, None)),
 ('(powered|designed)\\s+by\\s+tistory', 2, 34, 30369, 106, 1, {}, (None, None)),
 ('(sign up|subscribe).{0,60}newsletter', 2, 34, 30475, 99, 1, {}, (None, None)),
 ('(©|ⓒ)\\s*\\d{4}', 2, 34, 30574, 37, 1, {}, (None, None)),
 ('(наш|наш канал).{0,20}(telegram|телеграм)', 2, 34, 30611, 93, 2, {}, (None, None, None)),
 ('(にほん|日本)ブログ村', 2, 34, 30704, 41, 1, {}, (None, None)),
 ('(打开|打開|下载|下載).{0,6}(app|客户端|客戶端).{0,6}(阅读|閱讀|查看)?', 2, 34, 30745, 122, 3, {}, (None, None, None, None)),
 ('(扫描|扫码|掃描).{0,10}(二维码|关注|下载)', 2, 34, 30867, 73, 2, {}, (None, None, None)),
 ('(有料|会員)(会員)?(限定|登録)', 2, 34, 30940, 64, 3, {}, (None, None, None, None)),
 ('(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ]', 2, 34, 31004, 180, 1, {}, (None, None)),
 ('(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,}', 2, 34, 31184, 156, 1, {}, (None, None)),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 31340, 227, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 31567, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 31665, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 31844, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 31925, 21, 0, {}, (None,)),
 ('AI\\s*학습.{0,10}(금지|이용)', 2, 34, 31946, 55, 1, {}, (None, None)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 32001, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 32239, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 32493, 190, 0, {}, (None,)),
 ('[ \\t]{3,}', 0, 32, 32683, 18, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 32701, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 32939, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 32967, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 33147, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 33339, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 33545, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 33577, 30, 0, {}, (None,)),
 ('[.!?](?=[\\s\\"\')\\]]|$)', 0, 32, 33607, 56, 0, {}, (None,)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 33663, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 33782, 139, 1, {}, (None, None)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 33921, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 34237, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 34458, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 34951, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 35275, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 35481, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 35509, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 35529, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 35561, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 35723, 16, 0, {}, (None,)),
 ('[\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]{2}', 0, 32, 35739, 112, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 35851, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 36057, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 36343, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 36539, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 36593, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 36617, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 36641, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 36684, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 36946, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 37240, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 37258, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 37275, 29, 0, {}, (None,)),
 ('[{};=<>"\\\\]', 0, 32, 37304, 28, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 37332, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 37456, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 37586, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 37793, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 38063, 230, 0, {}, (None,)),
 ('[、・]', 0, 32, 38293, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 38311, 104, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 38415, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 38834, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 38850, 44, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 38894, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 38983, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 39102, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 39177, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 39258, 16, 0, {}, (None,)),
 ('\\[([^\\]\\n]*)\\]\\((?:https?://|//|/|#|\\.\\.?/|mailto:)[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*(?:\\s+\\"[^\\"]*\\")?\\)', 0, 32, 39274, 186, 1, {}, (None, None)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 39460, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 39496, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 39609, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 39653, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<\\"/^:])', 0, 32, 39677, 28, 1, {}, (None, None)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])', 0, 32, 39705, 28, 1, {}, (None, None)),
 ('\\\\[\\\\*_\\[\\]]', 0, 32, 39733, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 39757, 44, 0, {}, (None,)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 39801, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 40284, 277, 1, {}, (None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 40561, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 40662, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 40687, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 41536, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 41644, 33, 0, {}, (None,)),
 ('\\d', 0, 32, 41677, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 41691, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 41719, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 41866, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 42081, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 42213, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 42332, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 42393, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 42505, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 42632, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 42753, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 43027, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 43161, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 43298, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 43355, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 43474, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 43502, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 43518, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 43782, 4095, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 47877, 55, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 47932, 289, 0, {}, (None,)),
 ('\\s+(?:septiembre|diciembre|fevereiro|noviembre|september|septembre|setiembre|settembre|december|decembre|desember|dezember|dezembro|dicembre|décembre|febbraio|februari|february|november|novembre|novembro|setembro|сентябрь|сентября|agustus|febrero|februar|fevrier|février|gennaio|janeiro|januari|january|janvier|juillet|october|octobre|octubre|oktober|ottobre|outubro|августа|декабрь|декабря|октябрь|октября|февраль|февраля|กรกฎาคม|พฤษภาคม|agosto|aprile|august|giugno|januar|jänner|luglio|maggio|август|апрель|апреля|ноябрь|ноября|январь|января|มกราคม|เมษายน|abril|april|avril|enero|julho|julio|junho|junio|maerz|march|maret|marzo|março|марта|aout|août|févr|janv|juil|juin|juli|july|june|juni|maio|mars|mayo|märz|sept|июль|июля|июнь|июня|март|сент|abr|ago|agt|agu|apr|aug|avr|dec|dez|dic|déc|ene|feb|fev|gen|giu|jan|jul|jun|lug|mag|mai|mar|may|mei|mär|nov|oct|okt|ott|out|sep|set|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв)\\.?\\s+\\d', 2, 34, 48221, 2473, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 50694, 220, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 50914, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 50947, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 50988, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 51009, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 51067, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 51093, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 51109, 16, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 51125, 179, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 51304, 104, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 51408, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 51603, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 51983, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 52038, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 52152, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 52449, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 52627, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 52684, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 52741, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 52798, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 52855, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 52916, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 52973, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 53013, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 53196, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*:', 2, 34, 53356, 206, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 53562, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 53644, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 53784, 30, 0, {}, (None,)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 53814, 97, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 53911, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 54012, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 54038, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 54062, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 54572, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 54596, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 54620, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 54641, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 55049, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 55190, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 55312, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 55333, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 55524, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 55577, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 55596, 171, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 55767, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 55805, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 55884, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 56040, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 56196, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 57041, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 57885, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 58031, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 58222, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 58268, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 58514, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 58592, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 58804, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 59036, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 59147, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 59394, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 59518, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 60140, 369, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 60509, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 60658, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 61246, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 61452, 199, 1, {}, (None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 61651, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 61998, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 62306, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 62435, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 62682, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 63050, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 63165, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 63454, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 63799, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 64310, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 64768, 162, 2, {}, (None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 64930, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 65317, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 65881, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 66148, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 66623, 71, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 66694, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 67040, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 67115, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 67261, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 67396, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 67509, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 67583, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 67660, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 67787, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 68157, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 68199, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 68292, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 68338, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 69208, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 69633, 510, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 70143, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 70216, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 70426, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 70509, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 70653, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 70799, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 70929, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 71057, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 71173, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 71676, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 71848, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 72103, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 72289, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 72476, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 72929, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 73150, 171, 1, {}, (None, None)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 73321, 1360, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 74681, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 74749, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 74827, 311, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 75138, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 75219, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 75309, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 75385, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 75460, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 75517, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 75564, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 75603, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 75642, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 75816, 97, 1, {}, (None, None)),
 ('^\\s*by\\s+', 2, 34, 75913, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 75945, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 76910, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 76990, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 77073, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 77122, 105, 1, {}, (None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 77227, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 77312, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 77469, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 77517, 207, 3, {}, (None, None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 77724, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 77848, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 77952, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 78000, 77, 2, {}, (None, None, None)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 78077, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 78344, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 78382, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 78411, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 78455, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 78511, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 78570, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 78608, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 78711, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 78800, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 78952, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 79033, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 79204, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 79257, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 79373, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 79497, 60, 1, {}, (None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 79557, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 79656, 30, 0, {}, (None,)),
 ('コメントは個人の見解', 2, 34, 79686, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 79734, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 79778, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 79824, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 79856, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 79904, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 79956, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 79996, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 80032, 24, 0, {}, (None,)),
 ('구독\\s*하(세요|기)', 2, 34, 80056, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 80102, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 80132, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 80182, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 80256, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 80316, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 80368, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 80398, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 80432, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 80494, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 80529, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 80575, 48, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 80623, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 80649, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 80675, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 80728, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 80768, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 80810, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 80860, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 80961, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 81015, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 81068, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQuYXVV18L6vufN+5TWEECYhCZOQhEkgEEISBkgFKyS8FJTnPG5mSCYzwzCTkBgkCPgCC2rxUW191b+CAQH1N4DWQIHEVqyg'
    'Ym1tDRX/Gv626o9aFNr5775nLc666+59zt7nnDszmZzDd9mZc/Z7r7322utZL4Sozv8S+V9F/jeWf5L5VP7m5X9XCvdphHeN8L4l'
    '/6uFb7JcXT7N5n8zIM/VkFZDngR73wb5W+DvPkhHWDoEeSpYPTeSf6+B9GSSNuR/K6EN1beT8r8Me7eIvDsB3skx18O75Zq+LCf/'
    'xrqm5X9N8G4bpJ2QXg9pPxvrIBlPA6yDgDbr2FxXwlzPhLlcDO9qSd9mwTiwHM570Poa4X3Q8s3QpxbyTv67Cv6NdaU1bc9n8y/z'
    'T4f3NE8z6WsC1i9N6pLlJFy0AnxkSJ0NALOVMEbeF9W6JNg8zIS13gX//qn8TtqXdcyBduqgbdnfpWRvYFs4FlVf6gh8L4O2puUH'
    'Nb21tK8VME4+H2kyH++Cv3FMdbA2M6DdBkiroc1ryZjqAJ6roR2R8H6S7O9UYko9helNdog9IsTT4fEt7VM2v+6+bcv13AK4V65f'
    'D6xfOl4/CdLidhHqme/59TP+FXBcU8VwrgpPNsG/5X6ek3HKXc/2qc06+637Ef6kChNzawGdVQZaZQdUPL4bVGGxvlnA3y2whkmC'
    'szNwBoi9Qnz+R8XnTWvCOV+QbkuQclkstzHf9qcd3J5pL6YjZmv6mtCcTYmAbTVDf3+T//0/KFND2pPP/zjH1RvP2NgttwiyT7rZ'
    'mXwNzFUqAF5LTEG8tue6UHgt6fWxEuCTws7NpKApvRev+5G97s3s/JJwcD/gwpQFvgt9XqWm3joWkGbRsyeaRVQ9raWv4rMqPqvi'
    'syo+q6bqWdVsiePqACW3PuGktx9w0l89DXy+B5z0e8847fwdKbP7u076+ted9OAjTvqXTzrpvuedMn8NMCbf/eJmJ33mo076g7c7'
    '6YuXOXm/QvK+8AEn3fsBdd4vkrzH7XX7KdP2B530ngNO3j8neXc/7KQLYMzpA8Vj/DDJy+eF1/tekrcFxv21J9V5d5O8P4E8rz+u'
    'znsDyXsTtH3qc+q8m0ne9EEnXa2p90qSd9/3nfS5b6vn4SKAI/lu57CTrt9WvAbnkTxy8VRtrid5vgZjOPRkcVurSJ5Hn3fS2u8X'
    '51lKeIYrrnDS+qucbwvJty90Oeml9zjf5pJvLQBLmT3Ot1nk20N3Fn9rJN/4mKrINz5vlG68McA9uYWQSUocnfC+89u2Vc/wOa7D'
    'SUBDLAM5Acc9jcDna4H+0ToqSH7k8dKzqonkp/IJm3qao5zTZGEorV5zattezLvy4V35zLn3KZkMfVlAmn17Hsh+BPBROeasXSdU'
    'UQFrdxWlcWzZbD4DifoRE/y0kv0R5KF4ol+4924qb0q0O+lr7S5dGq/ZxK8Zyvyqxpy99en8ZfnPMzH+m4y8e5t7go5+qvKgn2zl'
    'P7iH6Zl5lcXdcoo/SWCXLQi8yff4il5jeU7MI4t5ZDGPLJbnxPKcWJ4Tn1UxzorPqnjdJ1ieI2Hh5wHp81i+E8t3YvlOeeQ7zbGM'
    '56iW8cQ8zckn06H7s8lyn/jZmcxi/Emqr464YsEzLp6WfXmz4ttTLzjfziHfzr/USS+8xPl2puLbXdc6304l36o3unkaYO/gtxr2'
    'bRF8a4NxyHQbzNnx5NsQ+4Z7FsvhXsY8+HcD2XNYj1feoOvUDGU4XZxkd6pqtlYpS9oJ7enQpm0deXfOZufdavLudznn3SnknaQD'
    'GmDM9TAPfaRN4dHnBthIc8m8pYVrg4ZjSfqMPUP+pjK05Yq8iRC2G2mLPjVBv6idH857g0W7chwVsGeaApS9/ZvqM/1tAc/ZGnY+'
    'VIhiO8/nd9rX2wT12MxtNqK5lf0NOreVz5bOLc7veSLYPFQSfKvCYyd74LE2Czx2nAUea4b+y2+jZI/LdFgU05P4rQLWjOPBKjJH'
    '704Eg0Fu49tG5q8a+vFFSHm/RyDthr7VkDy9ZPyYNwiusJfrJac8j+ENw9lAj69Yzwp+TM5TCZ/TfeBuDavTD28h7+Nx0J1CeTDy'
    'QU8sgZvkUf0IDx6fgmjeEwSyEmSvU5x1CcFnu9i3txC8g7giB+uH5+GNkN4COA7rQdq3SlGe5llJ6Km16eK6z0476W1z3LrXpJ1y'
    'C0jfdrA+oW+DFaRPXWxs0wFOTcuPkPNGh/NrNPtnccA7MK9naUT3IOp/IEPqbgAeAb5bRNYxQ/S15LvTYLw4F/QMH4C0R7h+Lnje'
    'UU3eVhgbzZtj5xTygmienaKYF8TL07ObfludDnb2ed0x09DOAnanXAHpGaKUb7US+VeilG+F31YxmFPhX9U7pPdmar6jzxBT/K6C'
    'fz4P6MulgtAqi3zkH9UR8sRM/EUgP/MU6F8tgWO+/xBWEwp6apDBck5DTyXKPBbb9uie7SVj0cF2kuCNT6bD+S2RZc9m9P0wm88h'
    '8rfXmdMIeIPWkSP0L8U3OQNc309Sr7ymfRpic413iRPSDm407dcAq7fLouwImx+67rTO7QqYln19NeX2tdeCFuhW3KP8+ppTjE81'
    'fl1fn005/BykF2h764GmeDehKTrSxekqAzrkLIN617E8p0KeW0meVenivJXIl4K8t89x0jvmuHvo3pQe3ofYnAyT9TeBLxVMdLEz'
    'djTf/lnwrp2NcSX0e88cd4/4jclkfbA/Xuti0hbts0neC9LFdMJpKYcXYwv/wxZ7dFCDPwYZ/piWcniK8t1WzVk0YtF+l4aHwNv9'
    'bdLxHUXLHPKpX7VvD7H3n59b3Pc+aO/HSYfmQzqR8n10+6CH4bl/g/RnZEyy7ieTjn+1cqyjbj1p32QfPkvmc0eIdnI+5wTu3zuS'
    'jj6Tah75eTmsydfj0z/ZzlbSjulZrhpPj894Libt+MFBN0n95vcVdq6cnnR86tniXZoP99CCpEOnmc4Fr3enz5zUJh3eJ++DTXu2'
    '6/3LhDMmCse83z0WdBMf048Srm+/Tg2u6lO069WerPcJg3oHLfYlwsuXDOo1qa+b3SvuzX87lsFdjuH90QhoWNnWroTD21C1tUNB'
    '13JeiazjelIH3w83kfdea38FmUus40UyP7Rsr8GcyrOmILtNuDIF3RrlFDixIB80KNunOUMXGJQdVOAaWWZGwrlfmZYt3BtJGa81'
    'oO28Jlz6YrzoPNnuPxNaz4RGQxp6TTo8fSjb/yaRGQ2yO2GO0SaPkLxe8yrz/hXR6Xp1s5NuAPvHayF9bKOT91OEL2pKY8lyf0L4'
    'Erp75x2KPBxedpM8unvWjUT/6L8ud9I3vbNYN2sLyXMv6Hudtas4TyfJM/seJ/0y6HhdAfprV1D9NdDx+s1T4LsWdL02kTwfAl2v'
    'FU8U64O9ifC7OY45i/DcrtpU3MfV5NsLoMdxUa/zbQX5RudBfltC9dZ6nPS9oF9wAvnG520O+Xb57cXfZnjoydV76MlRfi/2wZbv'
    'mQXeuYmMfPaYt44879PsseI+oT7LcYTHZNpPE5rFj0el4punRXh/vcjjQ1toUx6fKT+/nH6EJQ4aM+hTTQR9Kuf9xAbejwkA76Y8'
    'WL890ETWJ0PqSxJdAK91qIxwHUxpo3huo5lbFe14tMxt1QTMrddd6GiZ92yZ530wxhNlnVPEyTGeiH5uTfg+8bxHM++2fLGjZd7T'
    'Ec07vfseLXNXG/HclUvmdbSsR2ac1yOGc7t5jVLWerTMfVNEcz+Z9YGOlrWsK9NajqeeSLzv7NZqMuu2xfvObi3HSyfqaFmXiojW'
    'xUumGtO+dnOpkvHGPIhgc1gOHZp4LcKthYmOUYwzgs3x0XiG1ZRhDqPUZz1a1mFWxOtwNNkOxXvVDkbKpRN+tKxDdZnWwUZn/miZ'
    '6/oJmOso7MJi3rr5+kyUrVGMr6JboyB2OfH82+Gw8bBbiu/nwdfE1H4n5o9GN8exHmJ0cxnryoWb07D2dzHfzm7ej2aZYFQ0RdR2'
    'yfG9J9j8l8u/QcwnsFuPo8l/S0w7TU7YOFrWpSGidZlqPq3ifWnHlxpvnwixbYX5+nDfAfHc2c0d9a0Qz53d3FHfE/HdOvjcHW17'
    'N6o5VPl3ifew3RxSHzFHy9ylIpq7o2nOKiKaMy8/VPHetZvLo/HsiGruqI+reO7s5o76AIvnzvK8vTOm94LOncpXXzyHdnOo8mUY'
    'z6HdHKp8PR4tc5iEfsyCHx0X+sIchRR1dHhMuEai27mN5OUx/7CvdG5OEsWxfptIv4PE9Zwl3LiYfvHIgsaqbDa4g8h27hOuD88M'
    '8FWfX+DGsca5a2N6EIuF68NzNtPp5PYJOy3koWib3CfCxe2Tc3wqgxU+5qWKMZ9oMOa5wvVlX64xq+IPNVuO/3RRupcxdpNXrLw2'
    'RTm/9uh+WQbptFa7NTPtY7OwjzOmw3tLhRsf03bMNKZyI9Qrv8/A8rLQpULQo5A/DbDum0Vx3NzriCwkjiPI4wiOFaainHEE6b6T'
    'e+Kd8P7MeL2n/HpPE/ZxvjFecR2hOYqIHw94eJ3BQyaGh0kBDx8VTtwcakdHbR+5XWWQc94vNsUowTenPu6kv3jE+TZAvp0/7KTn'
    'gr/2XqD5dX1HXTMT29A+oY6dsJHQSNxWZNRC17BHlNq3mujN+c2djMV4vKZ/PcLedrbfsAy9D+GdxsvnOvpOzcA+pzQK9ZO+XEF7'
    '2Nw9EqQeitd0vuvD3HGCtIN+53WxRFXxQts19wPTe1IGvgkfmvgLKXv6cBbcNVV3EIxFmyPvMEb7deTdbnh3pSiNI493o8vIPeaQ'
    'cONEZEWxbTfGlj9fuHGBOzUw3mkA46cJN57oIYP8S0ifTkkXj/kE4cYN6ah30hMhXQjpyvriOK9RxA/G+0qYe1Yng6sKBscLnnHS'
    '9EGnnTcrvj31AsTqoTgd9EQuvMSNUcy/3XWt8+1U8q16o5unAcaH32rYt0UKuEI4OZ58G2Lf8E5FYWg5yUPXto7kHfLJS3lGWYt1'
    'QN5NpSWuqrKk8TKEPyP7u468O2ezG0cF3/0OYpCcQt795Enn3XLhxr/pI2164SKMHz2X3R9aLPFfRhTHU64g9fG8iYA8mCaoxwYn'
    '18CeOkFBW9vs6QrYM00Byt7+zVJ8IPv0tgA8AhOe6/M7g/Eeai3nti6iuZX9DTq3lc+Wzi3O73kBeTD1BN+q8NjJHniszQKPHWeB'
    'x5qFG1tqVJT6UKT0DH5T8fyaSH1yjt6dCAaD/JxsI/OHMdq/SHjqKn+AnKdO7zTbQvJr60ruuX5PMjGVnzcuOoGftG8OW76s33kq'
    '4XO6oVzDFG81Azw9DvfAFtinGKcq5o+o+CPOU07+iEpOcQnBZ7vYt7cQvLNNmPs82CVc2rdKUZ7mWUnoqbUGtiBrIBbjAtK3HcLM'
    'Xyod23RynzIpT/366XB+k2b/LGYyEJ0/qTC8BBNagvISwvIIuIzTpHxGMz/LPehb3fhN5dzxXS++68V3vfiuF9/14rtefNeL73rx'
    'XS++68V3vfiuNx53PZ2dfQZwNOLVLMjGlsFZyPdYFvQ6g8qP64CepG2IEHdAORfnyjULeQ80pkl67eiNCsv+ZC3783MWoz5DaEiT'
    '9bSRU/6XhjZtw7kZc9cS9dJ/AO01i6ifBAw6lS4MGp+KwpAL7Vf5VVHt9bGG/LuWzGh9Q7FGVlN0I0qyF42N+sytVlVXGuPwZLC+'
    't9ILoOfTaNdjoyfpAqbtkyw5rgI8jYEHmrCcI8qHqCVDwL0+g+B+mVaNqfcs/26js8Dv6iZ4rcaSvu+HOjJG9H0ETzI1Wcn7tDGR'
    'HujpMLkF+LZdbl5ElPTLcRawq6NXTMsjPXqGRZly0SPlaH886Y//a0h/yDp/DPlSMR0S0yExHRI5HRIlPRE1Xorph6lLP5jSDbPg'
    '7A1ypkl5kIpnUuFDcyzXnHFhdO1PDikfP1kU68YfJ8ZPR76ByHRtylDeVsZAFn8yW/dY1z7WtY/1L2L9i1j/Ita/iPUvYv2LWP8i'
    '1r+I9S9i/YtY/yLWv5hMuvaUn1BLcGslu9+uEXqd+yzUSeUU7XCv19GmlM7Hez4vfwrJS8dKbfp5mVUebSJPwoZWSJO7EKUVTGNd'
    'yr5/LFFMM6hiXGPeuxJ2sEVhQ5bfTcp3B+hrPymfC1D+KtZ/2/IXJMLt+7UJf3rklIQ/PbIk4eKGrRb9n0PKbbEoV0/61EfapXky'
    'ULdfnb2s3H8RPNdt0afDwvEj5AWDpnW9QPqwzaDcVih3kJQzxbWy3GOW5bCfe0k5G7j9C3Le6Pb2vaTuIYu630vqHtLU/S6Sp1uT'
    'Z9RyDbBcr+Is5XVfQ+rusqj7IkW/cyzPeYq55XnWkzw7NHlWGdAESwPSBHMJLcPbnaW4T+K3RvKtm32j9z3dfQn500gXqPxymt61'
    '2wgNkQA6ZTqhIZCesJWrheW5+sUj0NEu9dDeEkivUtAulL+C+a5ltAb6ccT8VaDjhP1UlaU0ymyh9xmbgvq5LIfXT/teQ/QcVDIJ'
    'Om7Kk1P59A0yd/T9EsazwnWsIHKCRlHsPymt0M9QzSdfK695TBjO4xINr82k33zcYeY/Sea/UpT6lapj7XYIbxvPeo+2Kn3aqo9A'
    'TjgLaHAV7xt5XPUKHIm8LZr/MYV8JctkeCb+nI+BfqUJ3FD7Wq993cDuP9dq5IOzyJwl2NmYs+hvM8EXcqzzDM7QnOJM8aNzcuw8'
    '6RKlfvMK94hqZ2yyfALkaashnQdpK5GzyXQupCsgPQbSFkgvAHlcrtrZy0HG5zUGDlNvqXZkUqbtRDl/S6tdn9IDothv3/YI22mu'
    'dv0D9hjU2x1h269UlWcdeTs/tmxnJGA736py12wzK7tdAWOqO4JqPqlPSNnOF6pcHWncMwsgbYO0EtJT64v3IO61+WSPyTrvqXLu'
    'ajp4s9k3N5O6ehR0sk1dW0hdfE75OowyHgm+3wl1Xe7Rr27Lfm0IMV8cblYo+nXYsF+8rrkhxsjrqqlyzp+gc+8F14X9X+nW32Nx'
    'ZzZdo3+q9O8/H0enwX7Effg3rP8muNNm/r8E9dviLb/6sf8fqQwPw1jXnsrge57Xta2y9NxV3Z1t4w/LvJugzAoWN3kT3MM3TkDb'
    'F0DbJ8McUhoJ8fdMRkMd44PP51Q69GDQvVvY/6SOQQVPkb7X7cE/ZN06trB2Bgzx9uFsaT+6LfvxD1nz+chp4PKAQT9Gffb0/846'
    '9xyv+bCh73B8nyH1bmZnyHZh7p+b1/sBRb25COodUczDqEE9Kv/dRXzEALDC1+hCgzUKct6dnq/3WFauV5j5Cucw5qf7OIeMoZfN'
    '1QBLbc68CsX8jljO728r/Oc3CF3804rSvo0a7k+s47ukbxvSLq6nfVkJOH4Pwe2Iy9shPZOdK/sirhfPjM/lC88Xbh6/+k6B8udG'
    'EC8e2yyc/xWOvhKtcz2Uezfjd0d1VnePY5s432+CdaRtngr13aqgD9aw9dONpT3ierG/sysc3hSlKVbVu3ysgp5wPdOfJWU6GM8G'
    'y8xnZUSFq9vF76SLNfyeNKlb1vHLTGlfT/Vp918zbrt4xz2B3Xnrfdp9jtSxhLWbhfQknzr2K/rB+VjzfWi2L5M6WjR1nOjTj7/I'
    'uHqGNmeXLHO3ouxLmjODn+d7Mo6sh9Y7GvCMK+gRKOrrFWaxJ/hZJOu7QlHfkAX90s/OsA2kvm2afvZanKvtpD6TcnxuB1h9c0h9'
    '/Zoy/Rb9qyT1bWJ3H6/zpl2D736TjqY+xHOH0i7sYp6zWN5VmrP5uQBlsd0n064ty3ifv4Xzn8wjnz/VWeh3pv5JRPXh/OxKu3Lq'
    'efVqPK3DZVvTrn7XPJ8z6zqSN8HyzmV536ro0yrNvZr36U2kLD8bF/vg99NJH+f6jGepx3h43nkk7xKfvDM96uVnaw0Z6wzGf1jo'
    'M0+vp9x2Zvj06dcp/bzwPv0fkrfFp95/Sjn0hApH8zs+6m98N1VsqxbknJD1fMOj7WFRGluqcP6TMjmP85bi5c8ZtLOLlblXMcau'
    'AGO8jdSzhZ0xAxZnyw0e9dicUdcqxrU9wLguNJhTznfoMCjzb6y/p5AyqvmjunxYZpFHmX5NmWNSLk5fmy49R23vepmUq4+6jdGJ'
    'fD/9IenqBtnCiCz/skf5foPy/wjlg8gYZfm/Tbpj1a3RG/I/j7z9jKf51WTpHHaK4ri5uH73KepV8QwL9D/J68UHLPD/k6W6sjp+'
    'lorHdJtmbfz22QCUvzFgedyn3clSvWjk+7zG1vEKj7yjLO+FmnkxxUPrki4eCrrfZD0nkT6vhvIbCa1M6bZWg7xIk83wyMtp42qD'
    'vFjvWMLR+YhadiLr/gXRb1btgQL/j+RR8fgLesSJUh3Ol9i+eJbkUdEAMs9TiWJdWBMYKfD/FeMYZeN4wCMPwv5fKvpI73cyzycN'
    '9b0p7pPlPkjqHtTokt9O8qhkhzLPO0meHo2+7LBiPThf4nqPPIhPr1P0mevDXu7RH9Tt35go1RXmeP6PFHPfxfq8VpGnl5//BIZM'
    '5ceFmPSKujlun6MY62FWzzQFDOcMYDjjMbZR4cbz1eXB9XhFYdeZY3vhZaFfe4TzF4nOtSnvRJb7Pqm7X7OH/lbY7SEc2zdEKTyO'
    'sDxfEXp8hXvofkU9/Lz6LBm/KS+lcP6TcqYyCVnuDtIn1flW0P8jeVQ8lQaYR109eP5s8chzBuTpJHlUZ1/h/PfIc2ba9WFSb8nL'
    'keXOVsCI37mHPhpmRCi/QDuCekv+Dd7x6y3lD9yOICW849F46fIH0c9Fu3Cdfm659GxlXQuZrnKNggdB9fGWK2wW5/rktbVpbxZm'
    'MYQbhd4/ksp30ioRxxeOfR7FPo9in0exzyMb/Bf7PIp9HsU+j2KfR7HPo9jnkQn8xD6PYp9Hgt1RY59Hk8/nUXUAe+jYJje2yY1t'
    'cmOb3NgmN7bJjW1yY5vc2CY3tsmNbXJjm9zYJje2yY1tcmOb3NgmN7bJjW1yY5vc2CY3tsmNbXJjm9zYJje2yY1tcmOb3NgmN7bJ'
    'jW1yY5vc2CY3tsmNbXJjm9zYJje2yY1tcmOb3NgmN7bJNbHJTRjY5JrYvWJsGRu7rxToqy9itjC1FjxnGvtsgOBOHvtsmH2jdh8j'
    '7E7PbRD97Bv95kb28Vk2Ro4fBxkOpTHpuBwUzzSvmHQ4zlWKevoYTqUx6TZbyMbnGuJZbivbaFiO01jUngXtPSti+4MJsz8Iastv'
    'G7PKz169ysNePahNemxvHtubx/bmsb15bG8e25vH9uaxvXlsbx7bm8f25rG9eWxvHtubTzZ78yzs5TScUYhb+6GdjAFu5Zg1NbVQ'
    'a2Gq3tMRDPbhmd8RAvMmDfadLQ0kCAzb3GfWMVkb5T3q+AL0PS/Xr8hP5WuDCntN3MMm8nkuz6N98ZPBFWzJ084dW6ULNKTpo4lf'
    'gAFCD9E+dSr40fT7Dgv9pjD96GLy1o/l56GD9bHHQpY5EmC9Ogls0L6Nxzrw8V+eds4UlQyWypSD7IEBhueHDc8UTnPbzC/fB1Q2'
    'MIeM1WauVbLfHLvvtCpgKAofFKaww8f6YsrhCavWhfbZFI42a+aHy7JRN/C3hrSN1xge8hjDQBnHYLIurxjC3C0p596ts+k1tbXv'
    'E2rb+GFhbkPSqbFzHFXgDNn3i1IOr3qiYOhnJL/XHEtd0oVsnjo19j6DZTq3uZ1OIuXIYnQ+U7zWLCi+26zp2wCbVz/9LhMdETnG'
    'g0kXtm3o/b5JcO59IunIAxD+TPpO69umWX+bva3D5ds18u/+pHNHU+ESrqPdZWF/PKLQ/THpz/lJ1+eSH91se97mfPb8YtJ2X5lp'
    'cr63pS7p4kl+7ryYcOpSzb0JbWKif5ZTrJ0J3DyWcHjI5aTD+Hz8eUIPiz2KdYh6PW5OuD4Tgo55i+He6EpMLG49J+HI5XR0A/bD'
    'xlZVdWfk7S4g7eYs73Cq+x+nFVRzV/AlkXD8FAZpN6o5/znwncuBa78r706s7GFLXIJlVPPJ9aQfEe58ThRf4ENkzLZ9UJ2pAz7t'
    'SRp8dgAYsqWVrxTuubktwN4ISl8UdMlBTzQqvN8Abc8OAJMjljBZJ0rtbrZrdO+TRA+vmsi+ZfMHiex7hnB9qSxW8LebLPmfFcKN'
    '6VKv4L+ifkSSjKeKyUmorGQMHtSNqIT+dgKfciboO42RPqRhXLyM1C1+B/x7f/73L4o8XvXyMSUJf7+O8PeroP1KWAuUo8k5vTaU'
    'nHVqS10LcxpCFpA2yNPCdMRs12BqS7qdNbhdhHrm28hT/HRNvfBIFVnDDNu/FBdUkX2eYbjArx2JiH4H728VbqysG5i8nMv0jhQ4'
    'SZk/aSt9CY3cG3G5/6PPORbgaVDAID9//HAPwtMQgad43UvXXbHmt4Rd8yjXveC3JP+PSxPOev4LoUvifX307euYBihd5/Q40AAx'
    'Lp0auDRJ/qY0VILcj/rI3uyBdQ4CYwmv7Zksz14oy+NUnTJZxSCPqnzChx6vYff7CsKXaCT4FPkD1RZ8AYQBEcPApIUBL/6GKl5O'
    'HYOHVqIniXsf3yc8bGrqPPqQtugDtp2OqG161/RrOw36e1z3rxq+V7L7p9grxOd/pNYv5O1wu411FvmRt8X5fDQf3fvTLXiDQdaL'
    'j+UiSC8jNhumvIGgd3t6Ls0kc1BB9st0AjsqPuX8d7cWfvjcMrb7LPnj8+7Fd2wRbswpHKcp73AW8HqxrCQS/gj4FbPh+zTN/qwj'
    '82fK+2wmdTSQ84CeD4tYHmqjx+06yz0/8puUdR4jiu28ToT0mNbiNhIB26C2U5z3XUngVtYtx7cCdOOFKI4xNl421Da8/Dpoeyas'
    '38nQ/oaH7WxWgvqgCNvPHzxj38+0ZT/RJv0Ypstta4u3+0Dpnlku1LaPPwpgd4Znkqz/fTCm22E8leJIexLFGvwCyah05o3XFbiz'
    'ytCk6ZMMXQOsnNlLsy7ri0pY+4lwDCIkfOwG+MiOz0LK+UohDZHxK1kx6YAysNyqlRIq9rBQ+lQGA9IG4IPhWdl3mfNVvn8beb/i'
    'Hvf9RSL2mROVzxyJv2MbyomxocQ7DZ6xP459zMQ+ZjRrfJJijen6nAC6Y0hzpeEuIixoS7TPNqXt6Z1cRTPGfnFivzixX5zYL07s'
    'Fyf2ixP7xYn94sR+cWK/OLFfnNgvTrn94vh957KSqiNUViLbGrlm8shECnRMb/llHzb9+XnOtQ+zpQ8oTVo55u4FXNNayJci8qAZ'
    'BN4K8soxdX38O9IxSwPygOK7dnzXju/a8V07vmvHd+34rh3fteO7dnzXju/a8V17InzQpmAPVbA9mCB9OoHpiOp0nHm9EkdUWJ49'
    'WTIWnY4vl2texc7SeqgTv1EaahmkJxGdlqSChq7VjEuWvZjxG+YaysjD+FPjcREXwrpQ/zXcN0ynMPe7R31d4DyZ+lhTxSVD/ay1'
    '8D0h1DG2dxi0w33s6PyXDCvWq4bsD1wvHtOZ17uL0SaoJ0zpF5X/raD+6lRziHsN+UBZgjP6LfAhj/G4UrjxqUcs6hnR1Cdhf47w'
    '9lVG/Rva+uvKafSikN/F17sZ8AVd7yah9t+yw6fNHsLXOE6U+qoJs597Nfuhx2NPmdg8cL89NuXCwDD3QUfnc6dinZpAJwnXyavu'
    'LMCszZxSHaZRURxzl67nKJkzv/F1C3sfwUcCjsywPUPbug/v8AvU8Gh6F0gL154kreEZcby9kMAHja2NMUnPTzuwkRLF/AW69mtY'
    'GV7HmWn/9ZlO1ofi42maOeZroTszkKcg8edsYRZ3lMYFPTNd/PcpJOYrHePatDfuxPWpIHzfre0uT57LV6pYnndC+pH2UjmLLF/Q'
    'w+vVn3MvQPn/gPQhSC/uLe1jBuad8qYv7dLLgOS3glb0tcVxR+m3O+8tjjtK67757tIx4bequ/1hp0IDO7qY50PkjoDz/LkrnfR0'
    '6O8vdxXzVWie01gevua6vs2Cs5zLe+hcZj7qpK/dWTpfD98LMXvvVMBAL8zbjtI+Zdi9hOIKbGMrjOm2bv06Y56/7y7tG35L3FTa'
    'N1knLee1ltUea1mQrQBc/OZdxe3Rvtx4sZP+ol8PVzffbbZf0wRPV8Ecz96knyPM84lcaduynExfvEw9D7MYXxrHz8tiX3UxQC8C'
    'GPqzK0v78M7tIJv9iBpOVONHO94533DK7vu+fvyY5/0/dPVw8ZssJ9Pnvu3i5DpFOZl+XVOmwaPMB1eoy+joPBPe+E0H7PilRTb1'
    'tgzGqcU+TamZnoFNdMBIx46hymke1G2Qe+10ttf42bt3v5M+/bST3nPA9TVZR+CjoOPwHJwfDzvpoSeddPXjTpnZRNeefuPtcBif'
    'cRDqfxDk1XuLYX7t42oYb7aE819/1Umv3mdX7n2wB1e/EK38bfZYMJlKNQEMU1t/k75mRLFPDmqPvMyDxkYeXRQxn7MEhi4l/LgC'
    'L5Xx5+73yHsBy/tpQgfwvEM+7dxD2nkzpHg37GZ57yB5sQ/oK7yH5d1F9uG5kA6yPDeQfcLzDCv630DaoX24gNThFbcb7X6OF8V+'
    'E3AMO33KUzt91fj92l5FZIMXsHvxNvY31psj9SNfHdfgPFa2C/VYIO8x5Ow+m5RB2WeWwczZopRmnpsuTSm+ov4fsgDv6JegkvCY'
    'l5L5QH4e6n6gzT/3g0T12hJkD+O3tYTfvBbqWwh/zxOlPsApf2KE8F3o3SJnyQ/i8Vy2kfttA+jXNRvkpXgJ52w9mavjybqfBeVu'
    '0rQ5XdFmTsH/9muT+6SqJPphXusg1+mDRB7K98TJCnzYx+AeYRrHtF2RF/dGJ9sjW0neLoZXesheR7vBOtY234P9pL0G2C81rJ85'
    'VqZTuHaDDYwn1c1w3PUM1yFP/QzStxsVuErVt6Xk7s9xyDbWTj+bvxFW1zFEv4reubNsbrlvbVwjen7LfXCaArZQVpfwgRWdjxXq'
    'p0blf2Y9qWt9AFiOok+NjE4p9oMzluL+ujn9y31jNHnI4lrIv7E9qse5lu3zhILm1I1XN4dyLT+ccHG21xzek3BgSLcuaQIXsv8m'
    'cY5s6N23A939tSe9+Rb8XlwJ9Pv+b5feyUfgDnHfM2paHse2A/qF76pxXjSXR4xTmp7SWjmZxNgTY3fTC+ZPpd+1VqubpbdThw6f'
    '0q8Kx2g8//w0JWyfPbgXR+I1nVJrivv2FsW+zU7hNc7A452rIjH2+yLvqHvGJmKNb9GvsalvR799vTte86NqzXHfX6vY97Fv60RC'
    'rH7D5bSGrWvw+ODk2J/4+M+5F++zhvzt59fYjN71WEvp4jsztfXQ25keehtzdGf9NHt9rLbWYy99atv5/hyJ13RKrSnu23q2b6sE'
    'UTDyaKiEt+GTX+dT2Eu+dJJCZqPSl2oheteIsyqZ3IfzpG3lSjtZH2z2QwDBcmpcADmtus2F8PfeFszmxlTKbO13tdH8i5dN50ke'
    'ssOYbvSAiRVhFrDyYr8cMd04/nPOfXb3KuA/iD7NFFublMHt1/NJBsdtRfujJ16TSbUmuG8adXRXe2HH7tGdf7VkbesClPOj+5Id'
    '4i4/mKqxyM/xhUe7eyzb9cxPfYiizQufs9uT+us1nTMb/QUcH+qulWt8pnoLKjuvIaYvMChK7VUaQL45XZTaegSJ2xxWt3ONJb3e'
    'RPQ26uD7DGEXu1IHu1NhbZfAldNv7bYJ71je6GsY2/arj+vkjIpSW7OpACuULpLtH7lncCpyGjVZ5pjVfsfzkU8XTb01ieOM+6/R'
    '7eFYjFZxxv3wphe+S8Z3jqI7Rzn3VtKAfRbfAyffmmSF6y8kHeC+oeKlyzI/F+rYwDbrm5pa650Ou95+qgpRwEMaaGKEjS2wjpst'
    '9u0UX8eE5s5eGdkZ+Bl/+YPNHi38nf/H3ao9ecQ9qmBbyVR6AnrSaMN8azRmzZWM1Es2iTZWyXb3e5qIccPid/m3tAO4gbX70iNO'
    '+qeWsRpjelqBS8KBoS89rTqzpw5fIKaT4zUp/5q0AB+R4rGemCYaP77AZ8zOyyj4BsXy42TqaH5wbrm92Jj1ExwwSvdavCYTvSa+'
    'ense/VPq7fnk99Lbq2MyKtS584oB7yv/ThX+/qKKZK9k+ll1Acp5jeeTbDwfhXLVRjqvktOQqcC/s1PqlKksTPOf/KgQ7no1/PIT'
    'u8fm7n3KU1aQ3uCbIyX2Z/a/z/n3deR9q5aS0N8FK8Ze8b76d/jQMtMKc9Omu2ryc5DH8cF3Upa6P//blHThPKN4z+EY/YAjvUT9'
    'ghfh8AD4Ztx12LBtC9LbcDi+1oFjgR7T8qXrr6V/AqzTRPlJtyiWEhE/Y5E+PvRPvCYTvia4b+5W7BugBfJncRIWLO2rtJep8Jir'
    '7KRZI/9zNpkcl5WyrcO25dKvNuXU3xsU95q7YpiJYcYCZhDvdIrY3mMibA8qYf5x/14Tz/2EzD3n33Gf6S3wnt6j0b/cSXCPWSbc'
    'OHn1THezg8jdaB0VJD+3xZpFdDjR/+3yAPU0+/AHmlhdXE/UxL8T1l/L8MgMH94JzqNfPt7/LFuXNFsXk/rofJroJdv2tQvqSUK9'
    'M+K9HZlupp/uCrcpuRbWLZ7/8Z9/KkNJCH38paxw44JWkH3DfZDWsnwUPy5qDR6X1EsvAmMDXx2BbGhYgxdinbbJr9PG8cogwSvx'
    '+h1Z62eKb2Ya4hsvvLSwzHipaiw8XqpS0G7oF/kWAvMVmm8q3j3GIqkmf1PeP/oc5XRkmqw3lculmFyO+y09JL+zucJ86NMUZQ7/'
    'Yih7TDtuimmo+RK+S41FfhUtngJ4vC7WaVPfA/e8gRZADmUlo5NznfaTyqFdqGq/qGJLTmt1v6l0IU302uUae8XhagB6oYoAFNob'
    '4v5vANnYbFFsi4g2kmg7iX7CTeKaoT0k9fct25FhZy6E/VvH7kUmd+Ej/R5ti1tN4aAvAh2wKfZo5Dd2pIXnpjeoqgHOlwuFXYwM'
    '9KvMfZsvId/QZznGh6NxitDXO8bDnEO+5USxX/kZim9YZ72ivRGmq90I56aKNjHhiXC/VdR/f9h6+N55r4JPXelkSOqF4+lJYppQ'
    'UY5Ks+ZZreN7N1cWTpMTSmUWBsxXM1K/sjhjpf2dgNJht8cwEcOED62d9qK1jZQfRPy88VQb5Cn20dgAwPYuUWwvhN9w//rR1bb3'
    'pKlOMb1BvAd+/LWBTHm5puc55zkU4mlCXNjX2kvvXvybl1yrk9EdVvtcse2n0JMMCwkmNi4qfUDk58Q+Ssie7SjnjtU/sd+Yybsm'
    'Nn6hTrbInwUeC+XJVgrvOJUZKIdxgDEOqIxFijxtPMt5rGv5bYcojYO9meUZIHlyjG+FcchygEuofy0/31yy3OXC9eU1zNoYFerY'
    '7pxHhrHLbiH1ni3cGHUDrPwOn/KNoNrSAOs3N2A9XmP3638TpJQ3OMj60adZUzxAJG/tuAAy0aJ4zRBf9rd7i+NS0diHXazdILw4'
    'L9sE8Q/5On7q4sOM4r0qLnUrjKFyrJjhT2kW/q2J7PF6GNNcpl+C8LoY/i3roDKeJoUsqGrM5QkLURrjrFIUx4lrIzinTUwNn4qq'
    '2G9r2DeM7zYd5ipBeOlhYKrcczxVfRv6rZlNHeVc2wqLtUXchnG1n1LE3LsHYu59Z19435DrAs5VW8RzlSYsG13M6SUBxrcX5qrx'
    '++Av5FG78g3fMM/Pzx2bdmiMxbBzSO+yOh56g+KupYs1fCWB1yvZOeQVb/NqSKmtaRMZ89VkD2SFGy+Ux8PFdEiz529k+x9pW0zl'
    'WFeS/cO/nUTkGfhuEXl3ArybR+R7y4V/vGysa5pwY19vYzKV65m8Z4TJcdYo5Cuq2B787OewMotwXlGW2RaiPrrfg5Rvhj61KGjA'
    'hMF+mS/UMW/nszzNpK8cztMWcM7budoHnlVlOK70Oyd0/fE6J072OCfaiMz81Qec9ONfh3Pgh6WxtmndKnqbxkP+1LNQ33dK4yHv'
    'hn78O7T1l0866b7nJ/78upqtX1gdKKoLdiVT5skS/HElgxFdfzj+aPPZJ9WKPeoXz7yCnAMc5mhbaQ1/lvZXFR85Seq/itR/lSiO'
    '50x1oep/KS6TYJpwdKJKnibN2RW0verBAudmX9TtlfiXcA7pfaZypyTR9cgq8Azu2eMILNnsnyBr7KWbgrQDxjanOKuK0UiDhFch'
    '63ya3AUHyF3Eix9B68N7yw1Q38NwP/bjpywidxqbuVuFfC2SynY/QtZnM7kD+Y0D70O3CSfmOc6D3z1rK0tzBrytLYr1wPm7ieiv'
    'zGJ1DxqMw4S39sfC1TvjvKIBcv/EOIsmc8fLNsCaHEtochM+AteF8yszQPRpprH+jLAx5nz4ids0d2LcTzRu+1yCe+T7Fwl8yj7/'
    'BMpMK7xMptKZijeebEVFJf67qqK6pqK2rh6fhsb6CXqa5P+ay1FzYWJeLdBWrxbbvO4pxPG933ne+tYvFdIfLF6xYOOSZRf/56ZL'
    '3vq1++9fDJ//8JE77jex8H3slm+1JUT6V/l/3iKrHjzGxShOW//jtHP/ZT+8nzxy5fZE6img46cmdsX7dV9b8K/7S56Xv0X/GhNj'
    '+/M/+f+3jslxisJ/h/L//arw//zzrVdeg5rHxv6rpD0L1ROf5zrFu0L7rQaFjbSD1ZbVExWPsWAnoDiLK6A+1Vm8UMHjo/hqhPD3'
    'VTjYln/oJ1P4R+C/mZz5fmfBIMHhfn3u1Mhxesi4Ka912HBMfuP9C7if6mRbtO3thuOgZUzWVfZjN8BZlDIuyvvoIWdip2Z8pnzs'
    'iwFu/da/T9N/23HwPlC6YCv0aSnsK538EXXB6ffNjN47Fui9oDI5k37a0hNevEVaXqVLNdXtSkz8dXGbd0kJmJ1e/v4QdfxeuqYq'
    'WwkT+3OsQxcPXQ7qdwx+THgRNvJdG3q/WyN/7hGl9m9edaI+wpcIXtpmSPvrcGWQ9u8k9yLT9oO0cwO523G8S+V0Qep+B8H5fSHr'
    'Og/gVnVP3RmwzpVk7DsYPOUI3gxS97Hk7r5NA5v0ThikDVtbCxVNNkj2sKzzrUlnrsuxn1GOUvmsy6/Cd7d/03k3m/C3fgL84fRe'
    'l/+ZIbxktE/Bd68fLJWRztnrpD94JpjtbKF9qLc+X/iiMs/N8ztd2MR3FZc475aRccl3Mv30n7pyKvzWcJWT/i7nzjN+O2ezk37k'
    'XleWj+0sfnvpPP88VzrPfZeVzvOKe4rrTRL+54XQ/79OOHa2SMvSPTFsAce2829ib9VicdZsZfhxgOGlHOMHnUlkYGHPElrvQqjX'
    'lCY07W8D0S0Z8bjL0TJJoqO9IeHc4fzG2c/o/53s784JhAmvfNSmtEBD5f9xioaH2c3ogMk+lh/CnY2O5cUjpO//C/jZ5cAPKI9Y'
    'm3bS1ZCug/TctAPvlYhn03CuzXHSO+a4+2MO0UM9D8q3p4v3y9lQ/jZSDv1j0XynQr5b57j7SvbJ9KyrDzAfdNztkJ6uGQfvXwPw'
    'd+YSuoPqj+Ys8BnnoavoQkrbzIW5p+1uIbjRpF2KnwYU8ivanqlsjM570kPudiKXIXZAlRrjEqw36VOvDZ1Sxc4SStc3gE5ylnyj'
    '87FEoce9jeWZR/IMafIgrUx5K8tJXvyb6h9QfpMur269quBH4aZcPhL4vTvLdI25r3/VevJyck39ygXlTev4A6ayZJs4XWFsTAJa'
    'pKQmNX/pUFSSkkY1c8nnsdG3McFvHJaqGSylDfQSlgtzG0PTfpWrXi+9wXLZ77QAzydBaInimKjJI+axCFGTtvEpnRBjKRXv1n2s'
    'bd4VEkPzR+VzOaxucF28t4z2ynj7GrLxLbQ8QngQDB5MeVbUT1GXiP2Pac/qDxf+3+oetnaow88m1MRPVBB+5FJyd8J3Z8K7Y8i7'
    'RcLVBa4jdCzVcR+AtIfR87S93SIYn7YcY75YMeYLFGM+T9H/cwLMwypFmVGfMm2AJ2iZHLEhoHmPY/eYRsUdeboiT47lqVHkkfwQ'
    '1d13ItfvOsX6XalYv7eRd19XrP0HV5SuvfQjwdf+ZM3aq3Qa/dZex6/1Wnuu5+G19m0Ga99msPZtZVj7rOXaNwJPidoczRPFvhaX'
    'gWwpQ+pLkfLLWLoexnKJcGQ+qDPlxSPKEl7DCOMH9DNdD/Rvxu1d/XgGQ8LbzpXylLjdyXoy3vU+87GWwPSiADKz9WU8kxDH/jd5'
    'N73VefcqeTcN3r1C6LZWts6tUNfLijzzW4vzvAh7lPLVvPosy/xAyvQIXrIZb7MFL5Trjm2G9r9MZPDDGv2kQfZdxV+VdX2K6Kp1'
    'a8qa6sWp2veSS1GY30X48VRPz1Sne5CNa7NC78pPt9yvLd7GhUQ/bJSNv8dABxH55sezsqNEpx3xTBj9sT5N28eBToPpmuYC6F72'
    'M5xhwktPW+IR1b1wqQjue2IFpGeIUpn4SmYPkvTgv6reSd2UdQF5pTpfw6Z1cL8c4zXmZhHON4fKN+6I5dzFd9cS39mMURzt3dV0'
    'bahugs0ZrMMdKUvc4eWThfKKbH2xePlgidoHQNTwP8WfpBr+LR6DsuN1R25k8uaw7SUsy2csy8fxDDxwcusb0xognkGLET+Rnutr'
    'hN4PhclaNhGa5mYoj3f2Tljjq0UcY2si1vkYWBdcNy5/4XKNZeSb8MjL/a01+ZxVQfDDWp87FLeH8rsnquyR+B3L9K5F78nYr10W'
    'd8cBxjN6uMHZf6o78rDF3fQXirt6o4W9g8k9mdZ3iP29xcPOoODvscHhh3IbKTqffR7rq+pD0Puyag1N7rSvMP3YcxpcHVGv+/54'
    'j2XEEh4LNHj+f2cp+Bwm+k6mus+djG/ar9ERHm8+yPfqXdgcZX0zmUtqC8J1nalOWK+w4zGp5m6bBx+N2lN+st7FK7s0Y+P2o7s0'
    'OpGdTEee6553RrA+fvOSU/AzC34syDj/EGLtOjVj7g45ZjqvYXDNiflxvhnencX0cdeDPu6755TOJdc5luXPBL3eVWkzvWPMi6nK'
    'Zpz3QeZdQfSpTfu7Er7t0fSX9mk1eS/n6F/qHL6fime5jeGSTgZPowqZHoUHnX4y3xt9BmuLZ+IjdQ7frVywGyXM/hukP2N45tY6'
    'hy8Ylsag/c9p1qBfmOvfDmjOWS6zu7jO0WGm9kt8jX+nkMN44WCbM7vPB+eiz5gTyTxPVnzs1f//qi2m/0z2iK3u/njTDU/WOjJp'
    '0zNVBY8v+cjJhjV6A+gD6bO1Tv+j3H82tL3X3tpV69wr/c6YdkM7G8xL2zyL2OrQM+dMdkasYbYtb2LfV8MZcmG+zwvGgQbo0eDu'
    'HJObLR7n/uhoWOxPZoL7w+fnxRohzhf+9IUJbHVY0EXtBK5M60dY6whJD7Ub0lVyfj5R4+KHctxHVDwZExvRQgzTcerbYIC+vaWm'
    '1IfPeO5/PDcXj1M/Bn36ka1xfe3hfn9grtrnD48TgflGNOfFH0i9sq1/ry7mq5jqTwXhnWwV9n6p/Oqh97ZHq10Yt/FN1G1xn8gJ'
    'dZyQAR+a7MPV7n2pX5j75BxR8BbpfjRZs80W40J6a3O1S6tP1rtGQaeHzGu55qY7QlzXSGC0HPzxMGfE4arx6VuQeXuyyqWFJvru'
    'WPA7V+Xoksn8x9aDf3tIV0A6u179fTWkWUgXQno+pCshXcLyT6932r6lqhSvB8ElQfXorq0qDy/d9Jw+q8zt+9HBx09Q+zh+aYy8'
    'cALu4bRPXKbxj5WOvlsj8E/pPjgG0lmQrmLw3gHpHEjnQ3o2pHPZ/jkf9sE3K90zajLzzT9C1suGxuL1cX5qnwd/1c9v9EClE8ci'
    'iA5w1Pyqt1S68deC+JTMaWRdfu0uq3R5ShPBz5F9qK10bAT8+Ps2vJfxuu/+c9a5pxR0GtieP5bt7emQzgh45j3p0dZcTVuzArb1'
    'V6StILiJlpsH6ens+zJo666sC/vjxQMr7P9xbhdlGBdlXbxjY3OgwoWmZXX3xWXZ4v1fjrvDYR++bW3W8anD7Tls7VZMaYdfVbjz'
    'P9F6EM9WuP4jg9CiOjmcrPt/R1g37/enK5y/JyPOLuj/VDg6aRRPJSB9M6QbIE0GxJHXVLhwW25eZ0H/Z5zaQzy1SNFeOfFiNWmv'
    'i8Fjp4YOzAXAn7g//jPj4r4oaVIbGvRZ0oeJ4NfJPuzNlP8M6PZZ+zsnoA8c3rdkXP/AA2x/HdLojjUlnDSVUMtL35pxfTAHOdtM'
    '8fGZmdIztFw8tcL9f5zaw7VJEfgIc2bvCnGH/dd06VoG6YMfPXQw7ZzbNmeXKa39MKn7HEa/L2H3kwss6/6ztGtbGhU97bdPDsOc'
    'vTPt2iiHkRfJuvoiWudun/vHxjK3g3vn1PTE2fzOIOtyE2v7Cxo5Hfbp83OZf2BSlxfeNZH5/TLl2MdNpE6hH2/hmZQLHx0aX6lr'
    'Wb1vDtDO3pRrV66Lm+6Hsz6Zcnif48VLk22+K+XGm4maZ1aQ/6VceOM+q031qLCuS8n8jJf88jTS5njo2BfsgAgsDXnQxV6wVJnS'
    'xxHqV9wLTH0u4Lz8KunWv9pnP60LsJ/+IenoUEwkbinc/5MO/NK7LcrbbOQTsq7PJ924sVdBfN47Dhb7Onn6aYit/RXwHXWgODbv'
    'h5N6PJMzlLvdmnRtoYP47dCdkVuTrr5JOflgBf4faYuPf7sIbzdF52tVMrzPkAXJ0lhZXM/fD9ZPt9BxM9ljMvhikwgnO/vPhOsD'
    'yw8eObz8NBHOfwyf479LlMaXDSqXU8HFqKbdB8g4wt5PC/p/ivqC3pFkfXeQNeJ7eKfQx3qVZbaTsjawL8v0QllbuY4sc4VHWS85'
    'jSzz5oQbN6PHh/eG/Oy1pIyJrWMhtnvC9R1mgrv6Net9XCKYj6kBVk9NwvV75kWDNoDhbo2Bza7M+1vhnxfX/GWwYY5af1zW/X3h'
    'xrD/z03g+ybnxtiR6W8g7s1Bkve5S500dY0bS0emx/eC/N8jL6/3EUXes3ap8/6VIm/f+9R9+JRHXl7vh0je30AcoYc08/Aej7w8'
    'BtE7SV6JAGRaf1lp2QbAATzvXdeq8+YUec+5WZ33HSRvDvLeM6Ae2yaSd/d2OJc2qce2QZEX143nPUORF9eC511O8rY/6KR79wMM'
    'A+22cJ+T9wSS97NPOOmhveoYWy0krx9NWEfycrqyBeqdcVDt08vPj5eJ7X+W4TzkNVC/FTn2zdZvRZr8jTERJA17NsCM/Pd+aU9I'
    'yvCxNQYcm8qPXKMojaHB8TH1lbgo4Lht7/783LAZ63lC78PQ5GwLE9vXJuYN93m4TXNXHjC87/vFBr4D1m+858avX9cCrjKlW7tC'
    '6qX1WIxjOKK5l/O+IAAfV+cj0is+9bBBfzj+pPF6Jdz6xeutCICD5lncWYcC8AS5nfUwo+m6qlzed4/hGkTV9rlVLv92s+Ker+IX'
    'msizh9lddDFph8eT2h7heBqgnSDr6dUO9xH728rytMPH80+VDmyYthMlXH7DcowjAcf4uUqXh92juRuarsvdIeri/dpd6fJgewxx'
    'qk1fezz6usuyrotD1MX36no2btszwW9eFyn6ejhgXdNIXzn+6tKU7TTUQ5L1v5b1r1/nL8PvjJb1/yzrzkWQ+pHHVPDZQ+pS4Vgb'
    'ePpmiLr4Gt0fQV24Hh/L2sWwHbGs/5ZsKb5V+YvhshYTPssmpl+I8tILgP9y3QS0vQnaPjvr8vu53p5pzEiTvIX9n3X5/X4wn9Os'
    '0wyLOlT7RtaRzrpyGh3tMyzsZL8Fnn1Fab2HI6j3H0i9vRq9uYEAOO5JUu8WzZ07CM2316DeIDjzoxXu2tvUS3HlHQZ92x5gjQYV'
    '9Y4Kc951v0YP9O1kzIMavaVBH5x+foA6OC4/3aCOUb/zX1HHVsuxzFDUMWI5lrSijlHDsSCMv5JxfRHwmMAqOfgpLI6yl6zShnf/'
    'XKY0RrpKLrBK4/tFdyY9HnG9eN58IePoffjJZNdEeL6+bxzbxHFuzbj4YIPGl4oKTrgu1ZlsLG+NuF7s71kZV2adYDJp/Lue2R6k'
    'ie5lgWdP6kBZ4gJIF0Pa6lPHcRlXRsvpERvZL+7TKkV9QxZnMdf/+W26tL7RgHRTwWcPqc9Et2lU428Bx/ts2pUr25yRssxfK8q+'
    'pKEzOF7+MhlHv6av/Ra0ySdJfdtC2pXI+t6bdnW6xhtfF2T2ZG5xD56VLvW1pNrzVwQoi/v6zWQe/XRXTHDpqojqw/7NI/Vt0ujY'
    'eNlU8f7VRVQf9u/3KVcuNa9ejR91uOxlUpbrqS9mZecTXbcC/y/l6kB0KmgRU78c31bUMxSgnq8r6tkeoJ4vpFx9kJwHTqF79+Ok'
    'zBah9t/bx212SH9VZUzxxk6Ptgc0bfd7tD1g0fY7SNscB/K52gVlLvQoM6zQu5FlOgzK8HvJKQZldnGbPYMy/8bKSJ1d3M9r06V7'
    '1ZZezqRcnZtOjzuAzPuHpD7vayzvL0ler7u/zPsSyet1B5V5f5x04/DY3isL+z9g+Td8dmnKm+wjWf4+xVj53sW7+V945OV+pT7i'
    '0a8Bg37dRspvC8A7uVFT3lTe2U3Guk2jO4htXaHI+5Ju/0O/gsinZPl1pC3UP9+ooUtWGuTFc/REj7zrWL1zDPJivU1JF9cGxQ+o'
    'szurDDxYWfcvEqU6LV0MJ/xUkaeXwcELHnlw/Z71yDMKeZ5S5Bli/XlckWeU6bA+osjDcd19JI9KLifzfMYjD8L1xxKOvN9GNiXL'
    'vV9R92GWZw/Jk9Pgmx0kj4rvXPDZ4ZEH8XmO5OnV2DxfRcZqeics2OyRulXniszzR4o8o+zMWOuRB+s5heTp18DHEpJHdYcr0P9k'
    'rKZ4uCD/86gbYa/aIw+eOQlF+zmD9l8RpXW/xNp/meRRyb8w5m6VB1+1wP9X5NnK8vy9Is8Iy/OMIg+neb4JejU25wfG4bUph+19'
    'Vrjzb3ovL5z/ZCyqO7HM8wFFn/x4mAX5P6lbda41wNiqPM6oBtg7VZqz6QzI0+mRB8dxhUcePAc3kXk0vZc3gJ7njAh5o7LOpYp5'
    '9ztLZbm5ZAymvE28X9db3vm5ziiPmbtcFMek9dMnU8V6NY3ZalJ3HB+QxY37jBBE/VjYxWxtMY7Z6rc2DXD+Xxevk3qdRJh1Ekbx'
    '/Uzj35rsM8QXu1Hvf8wOHiZDH2x1Z5MB+uiH61IE1x1j0Xcct83+OzZAG1+3bIPDWBbypuBXyewo0op3unXVtWsbm7beAw6jKo/n'
    'pBw/xjHHuNApURwXuhJt5gFOGkG3ns7rx/K/e5W4M3lUP4jf/sfZQm88Y2O33IL7mjxniQBPC1lzhAXTtfOimSQf5Tj2bZmhfVGY'
    'PjUrbAm88B32X/b3MkafrdSMsY2Mvw7+XUvGxuOhyzLrWB3riB0aLV+hKE/LLRZ2seSPh3WIoq+mbdJ4uGlSrg7WQrYn9grx+R+Z'
    '45pZgK/p+lRq8GaDU/0bNgfcpmmI8VhNfY6ofMx/mNih3QfvPgjvZL7nF4D+CcwDwg/2C9e0oH8Ka0Xt/lZAeobC7m8l2kayeVed'
    'zap3Md3qQ7cO+ZKeHo9/CGu+V3S4Kq04d0+Fte+CdKclbajLV0fyzYIf0nJR14+4en3C4TcijkoSOgLPik7gA8t/H5L1GrbHadYa'
    'go+8zlY8h7pZvdfEe6Roj+y5ToR5kn47qJ7B482EzozX/ehY92ZY+3byrsmDb7c0Ar5dC7QrgCdZR+41hXIX6c8G3v+mALRpJRmX'
    'BNT5MAfHMHvtPo3+8xChLzG/F18e524N9FP++2SSUl8Isv4dihTpfy9+jOoOifTTnJVO2SsZrSTT1w8W00qXkDyVY8V5qsZA7w3s'
    'e+W7iyC9LCJeb5qc8LrzDfX10MfZJkVqw3+YQeqamy5Ng/AyTOl6v/tTk2V9TSRNAhwMwfz1wz7MGOHaVCKRnuJ06FKOYez43LUh'
    'cLHqSdV2ZPbnLzQdhI59P+AnXOuEB0+rEe5iuj3EYXUYYMOkbroHUh58SsqLW07uYcKwXxnAL7Y82XqWLwpeSxB/MkHuldhOEn66'
    'uaX+b2j5Jku6rQne63jZTfDezx8Ex1GzSX5eX8ICh1EYWgRpxZgdHqQ8IMxXQWgI5JtRGriJ1ItwYFtPM4GhFrhfJaHMiTEfVsmH'
    'Vd0bFGh0TxCC2Es2kyozHBfwwRUgQ7/KwQNevDW+7xrgezXbE0sZP9FETlfOMbZ8wEkze6buGB+6c+qPEX3B3XNgYsaYGYcxos+6'
    '1x+fHGMej3VNg++97z0zucZIfdV1Md3BGqKXNSJKYw1w+seGXuP9q/Xo31yhtiFH34CtQu3nlPrEMPF5S/U/b/Vot7OM7XYD/cp9'
    'fND2uG/fnEK32DS+8YDwjnNn4heI66WuBPqazsWLwiyGpWl/Nwt1XC2uB2viU+wVtgY6mDbZ52sUsF1tCdsmvvJM4Y/CGPoslnqb'
    'CyJo11Sf2c9W5E3A+1P5zdkS0Zjl/eAkQ1j2m4euMs9H1PBX4wF/Jwlzm8FhDT7qFGZ24UF9SBbsHYFXq4pxO9n7fhXpe+cR1vdl'
    'BEa2C7WfAl2fx7uvUe+bDOwd1b6ZIfxjFqhww6BQ+2xZKOz8f+Us66fyDb+8qnms0MyXiW5fluEfHc9LpUvpxYvDfpjy7uTY/jj/'
    'O5+UScPPi5eKej3LYB9zHpgpzzY5Cdrx4rUG8TNNZSPVUD7tow/VZMkTmu2h71utuLsEvYM0aNqtBnX8pII3+tIj7hzayogE41uj'
    '//envu30pZl8uwfuj9/ZV3w3k+9efcBJP/51uA/+MDw+tNGLa4G/5b+nw/wgjsS6GhV89IxGhpogMBrrbpXKzOZfIu4C1N9qrJDl'
    'PvNN+LVcHppka5IlfHe5xxvzPWlqdb+byn54OynSjpfOFNWvRf0plYzGSz6vgq2pDj8m9ixe+kPewlY5u/462d0Mp8T6RxOrd4Y0'
    'dNpS3ornz3ZI8W6DfJRjE6V5Blme5oSLS5BmRjq0RvENYwulSd20XKNw7bxfE/o8yKv6f6K0jevh2/8l3/pZ315SfMO+/bOiTrRh'
    'f4H0qUuo4588S8p3sjFJG+enYtwV464YdxnrmCdhjVR0RTWjK8TG/Np+2vl3R3v+3+3+NGsS9SMU9TdGVH+a1a+9a0H9fnVmFHfy'
    'LUT3sg5w3QxoKx3Ddwqm6iJrY4jix8vuosOENpdn9udFqV2rMDizUR91PeyfOeTdXNAtnUXePS7cuyi+W9NaGj8MdYQwBjjGFT8z'
    'oE5mDI9HDjw2W67r9Yyf1ROvKV/TjoleU9P1tDlfrgc8UBtg3SfTY6Fel7KjX8dSkn7V6+Hpn7EAT4PHuk8E3xdhg/JnVHUhLCXg'
    '/IlhSQ1LQfU1o4KlSOhZBkOmdqQ2dYbh2VPdtYJ/SnK/f/R5J639vqv7xWPKtkI819sPqOujMWWP2+vWo8pLY8reBPWd+pw6L40p'
    'u/th8GX/RKmuWgO5zxTyfhd090DWcBDkH3/5ZHFsWSqf+Br04dCTxfUGlU/MAh0jwexsdDYIjSDDRtnacsVdshEORltdcxsd9eWs'
    'zylL2sn0rG0kNLMJH57a0s0V9r4aTGwQTWydvWQOdExB6uJ2edezeecy0wYGbwvI3+X0u2AKC83sPof+GRpFqX8Guhd1/hls72dZ'
    'mC9TOXoD/M31XusVuqsNINdfbbFG47Empr4BTObCS083w+D+SsV8+9mA0XWnZx+VldF+yHautjxfTWXJJzAZMebPEtxUS/LSfddK'
    'yjSNY9tNAe62urnLBpw7Of73KMZP7UrD2LxxmzU//RmbeR+5xo4nYKq7Ytp+Za/dPB/P1j7N9DzQVrvSwFedzhYTfRBVjbnzn7GE'
    'MQqXMby5673h4YmFtx88c/TCG9aRhUK2cCfrvI3c+SvIuYdzgfV1QZlKOMuvJjzh2J4zmcT7eH6OXtVLNMPbc9J1uloU25jb2Bir'
    'fEvY+0mQnNOp6ygBLnmNAfjARgxh1ZOChekwYRgDnj8v6cbHu9ISf14NdZyWdO8xtI6U8Pf7IWNwzGH3HK6ffYMwjxEzrLCvonem'
    'mqTj065cvmpUfmr+M2Hup+ZnCacfsYxFKWMJ4f/Od0/41m17pyjE4E24OrXLFWmQOt+RcPasyZndoKnjzfkXq0gdqr2zWdjbFfYR'
    'Gwfc06Z0kMqe0MuegvNDpicc/0qqOcT9qPqms22wrQdjcIwCvTikoZdrYz1pL32wcspRrdYf/aO9Szj+sVFHGfUoqe3QZlEce6SL'
    '8GH5vuJxnXPCPEbXBWB3pIrVw8+xncLcRlcXzzRn0Cf5fZoojd2ksn/uE+p4MBhParoojXu0mdk6URv3HlZ/Z0DeKMWNOj5fVcA7'
    'uoSXWyGtJf3kdj1oz5xQjHNQqGNA2dr+ZEVxDFtT220VzFJZl2ptR0Wxjflyxbrx2EcLRSmtlGPpVsg7W5TGbuTzRH0gcJu6nUJt'
    'BzgccG694qQ9kHT8KdN56mQ88JxlWzT+lQqWOoW9P64oYAPHfLYHbAyz/XqaAjb+g+VZBv0zpQ84Thtg9R0j/ONsqfBdjQL//5qN'
    'ncpFliedSzudhxcDrvW2SbrWb7JY6zOFXdy88Vz/lwOu/4DH+j+YL/txYRYflZ6ZO0WpPXaU+CE3QTCDZ8fFBH/3aWgkbue8QZTG'
    'Y9WdN/JsOjYgvJiODfs1V7j25fQsCuNTAvnzqpiJFL5mJhx/l9zeH+fCBmZylmOnebcRO52JpEk2GOKJEaGO59vD6msXpT6VeMzI'
    'Ewks7xDq2IncD5MJ/dIpiuM71Al9nOY+Df2CMSDuhLnGewnG7VvN4tieaxHD+lyIk/d2gkvPS6tjJ/J4e7LcW0RpbGCveIg8Lu+Z'
    'BHbWaeLzedV3JomTiOvIY/euSvvHDcQYf29KF/tGxviQXrEMvfoalA5dx2Iynq5ZE5P2gsrQEyHuS9cF4I9MdX5JgTnSyDka5uIg'
    'E8fKeAePIo5WVHAkQsjGOxhccRvNEXL/wG+j5DxrAH4f6mwdgndLSP5D5IxBPc061g7yQ/vZeywzk7SxWxT7FET9RfQpiO+mgU0P'
    '1SlbKkpt7Gzm69IAMveSeBYdsHQJbz56VLoELeKNQI6FeVD0R3jp6Nu2VU0YjVRPC/0bBLGxMfUZbbOWLUSPUs5PY7t7D0B+u9zr'
    'Te3u303tdvqMun5XBuw31ddeJcYv9hSNB1eO/DT2WVR+zyvgZ6Kz2ETg4gManYDLCK6iOkQ2c7LGIv8sJp+yLd9M9JNmASyrxrWc'
    '4EYbvRxb3HmKQj+I4uZ3kLvCQtbHk5ieuukcmPr58oNNCieob9Qs/P082e5rin8qiA6nykeviT1TUnj7/E1Z4vYKko/2LSweT4bA'
    '4zdq5rGTjDn2kT8xPvJtYDVBcBbXzfzExU56/A5Xlwa/vfI2Jz1/uPSMOHPUSf/+IrXeJreDQLwky7zW7uoRlLsv2YC6jDa2qqb7'
    'aQ7J18R09ikOuAjOlKuZzlMQPUwVnr6SwBDi2h5RGturdatehUVlE7WcwVgj4xcN+fCDKV/rOsL7GmK8KcxzOeH99Brw7zYLNx6W'
    'TtbXxeTp60k/uhjPDPOsgn748f22K3h3jYyXtt1iHLMI73fEsJxq/jcLfYyaWcBPUu3js3xgso6Vy3jA5NURnXeJCOgEExpNRUMu'
    't6TxbG0Zqe1iI9MR5HEdC4dLm/78oOvbxM4Vnf4hh6kE2RdR4NbaCO5udRZrYKvrEJROzApX93PER2dBZ1NmoxPaALqriwPo0Q0p'
    '5sJEjhWkj+dr+kj70a+401C9DeR3++E+E/k6v4vQu7PKZnCbQobPdUCCzEuYOGGUpuLryGV7IxrZMdJNQeKG1ml0mGZGsLdne+iv'
    'UJjR+fsfNIABmW+RQs5nIkP3y7MrRL84DqLyeQ6Xg0RfKey+UOnSdSr0K/h6N0Ww3k2a8Q1o1rmbySxXETmnzvd6N9PTaiNyuCDy'
    '+X7CV58uiv2vLwtRXxRn0HlCH58H15ni2gZR6o/f6wxD+e9iMvYdwtyeWqWXymWaunOC6/zo6lLh+H8H/RsdTz2Ogz35/NC+k/AF'
    '8dyzOa/idZ7864x0SHMEdFElo4u4fstywkswuYOjLl+rcOMydWn054KeI6qYKCOKuaiymItZIPuhc1MN5ZuITlQdlKM+XbhPnGrh'
    'bS/tpysSRFesCehpricwXj58kOdC7d5rhZ1vn2VsPHXC3i+iXwzkoHfwKOSntYY6tuhTlNL1Krp2VEFv0nwm7QSln3RxBPYLx3d3'
    'fG5MTvrgQaI/RPlmpnqhQ/HaH7F+vpcJfZyARULvw/944R8nYCbRsVLlUfn4rxL62AScpomCj1odAQ6vEnpbP6qrZ6rr3Km4n3nx'
    'NWaBrgK/x6r0pk14Lyb63fzO2MPuxbg+sm/zFDIRU7uSXou+dCroQSpLUfEyug15O368yCh8eqlgShUjt+A3PKnPg/u3iuTZrqlH'
    'AkpWkUd++33ClbmZwAS3ITocsDy2/+OES1P7xQo2jYcr6/0bj3pzIep9IOHeb7aL8YttfLdHu8NlbPcG0m5U9fIYniqYvTThxnLu'
    'F0dmLOf5iSM/HvWv4U5i2ldT3vl2DT/yh0SGbzM3XnXuJ/zSnGauDivwm8qm6QHh+NbktoamchGTmNocj3Aeb7+wj9Ots2fqYftu'
    'lPBvxqPdQaK7MncCxiv1fU83lKvkNDJgVft0fOO9loMimpi+YX2RecXRDkIvzdWcGb2GdKSKfzggvG0Dd8FdVyVbGdGsaRdLxxOH'
    '2+B3E5xF7XfpXI9q6uvR4DDT+Z5LzpvtCrwf9foG3SNe+t5R7puKCPZNo2LfmPLz30N0A/l6bGF536nZo7bnnRedSc9qtAu7GngV'
    'fn1U0fx+sge/+8D6CTq3WifonJ5MZ0rUe8P27vo7Itc/pLjX2Nb3r6S+zgjq+y4Z33Zh5guB0s1/7TG+IPXdDzrwQcZD2z7MzqJO'
    'DV3gpYeGuK0tovUrR/+uIbKgHlZ3t0ZfcruFfgmuywaCSw4pZEnlaneRhx5Lrw99we9404h+lF9fTXRhUG4yX8FzVdEZoyHoMq/5'
    'CsIHLweuPSYCXLvakvfMdQZs/KFgO7SOrRZ7u5uU0a03tT14q3Bs1ymMcjktpUEp7zoZsn9UjyPH+HcZgB+VbMVkXFTfd4cGXw0I'
    'M5+hJrqXXjIQ6h+yDfJxG882Dc7V8RA72dzv8tChNem/CpfhWpxF6NRdhnjDtG0v3WtOL47nmLl+IV3DtWQNy623Ww7asU7Y+dS8'
    'hNBT3WzeDlvIy0bI3aNZhPMpKuuR9thLDHWwaGoKuzq+qs2dJIq7x2SAgd0RrdkWoos2ZHFejAhvv26XHSGwsITIe030EzndiOvR'
    'QuaxV9M/urYm8xwGVql+eobArqzzXA/8kQuAP04mZ2YXsyNCf+FedLRKt9wPBrD+xoD6pZyGQV/Q5eA3m+hz9GnuKbifTiE4YkR4'
    '+9MdIfeiKGwuppN6hizuZwM+OinyXpRNFOt8Ji3vG7G/deZvfc8bKlxgyrrHSinML2iCDfynI4T/nQHgvz8i+H9HRPB/PuFTbBbe'
    'NnddHjQs2mDNVMyHqf6TjndB72n9FmPcGuD80NH2k0lnzwtuUaffNJ4l11kZFcX+Dujcj2p0YlR7p9sCJrsM78iUfqhiMMvt0pqF'
    '3vaV2oFzPYcdlmfxdBGdreuIgj9uS3eqZB0NkC5TfPOrf5ewj5kybLj3/eRPp8K9frzbnSnsfPv6zb0JPLcwnMVtHHcRGtNGDxdp'
    '4Tq2h3cniuMT7GBl5hOcsEMU542yj6NMlpnz4efNEsU29lQfd5dGb3YW7DFapkKU+h7ww1M47ldEcVytVlFsvzbe/J76CHDQZLSD'
    'TyUc3rzpHTxIGy8zOsEUbnOafTwjJJ+Y6+Q1kTurn/1zp9DbkadEqd03zmtWuPNcjnVvABitNVxDne22jG1yM8Oxr1joZXL++KBF'
    '2QHDMn7js2lT54Oh20JuNByg3dgXxtGDY983DjhWxid8W0gcGxanmvBguZ8vlUxc5UOO3g3Hax8VYsvkv20KMK+dQu0DZDrDOy9a'
    '2DBxmpfesVRzpsLx4zl3fysc34BHIkxWGMJkVgOTpmfwrcKNJ2Z6/nnpENucQTs15+9ogDWzbd90fKa6h1Pp3KX+NY4dh3MYY9i0'
    '+Oid9Qt1nMpOy7FWKc7+ugjO/rYyr/EuQzkThwM5/l4LGiBoGxsT7h3/hhB7eTBC/FuOc191tzq2jGse9R3rJcKLGTDUg9XdsUzL'
    '2JwtI4Z8ZZN71IhGt254nPBymD0ry94U0Tp52eTsEt62nbY2N7a8ZI7Xd4ng+v46O9XJuL5evhIaFfSgyZxHzaPk52SDiM4PpAmf'
    'ms4b6l78EcisbM4Tv7wqHrWq7UXEBmC8eeaq/njB0GzFeRc1Pzw1Qfzw1gjgMKs49xtAX2m1KPWNGVTeRNekTrMmfrRHlPxmL7o/'
    'bXGHzMEcon52LchPbf0y0/YrxvneIWMnvF1zPnKbSy5H7md/94ro/POa4iuVTr7JnWi8eKwqP9Sqe6YuDnKPKPVzPehh91LF6q+G'
    'cmHvEtuEuU4p90HRQGSzg0Lvs1c3pho2plpShxzbCZMAbrku6rBGz8gEpnhcEDoXdWXi2+vOgnun+FlwNejP6/Rjvfqb9ulvpgz9'
    'XQG6DlGvh24c5Tx35Zw+5sP3VeFDL/ypi2G+hslEdesc9M7WLfQ+1yh/r1z1m5wBLSF4BX64bwPBfduF2s6sR3F++dW7nOxPU3jn'
    '9qZR3OmDnPU1GhkFnmFZokNvSm/KNj4uXB9LpuX8+n2bsPN/OKjRF74B9CzC1OPX1ysUdjv9Hnq9GB99ukUZvz6cDrrAfjjKD9+U'
    'Yz/aysJyGjpjovQQmiOgZ+otdLO3wPhzHnTQNYCLVLZIKv7hZKFv2km/Oc/QtN8TQed43dErmE5xr0aHf1izB7z4PNz+9XyFXC6K'
    'dkbI+rT44CWdnZ0X/TCguJNEUf+Iz512vHFF0zjjCqQnXxCO/bOpzUXOcO3KjT9Mder4fvwz4frCLMd4x+P+IfOcIUp9Ltvq3o8H'
    'vgy6ThTfRzXGibobrvS5G4760F1Rjj8Ijaaj/SuJHrXO76mXv44eDa6/iehRDwi1z5xdmrLXR9gfPCMuI3S6X3+wzHmGdik5w3Gd'
    'YrHXvPo1z1DmNmSxd7s9eKA6O72qCTxrExGctSjvuE+4viswBubzC9w4wjjONjJO+fdiUepnks/BEJNLmtjnqeKUoj2cCj+V485y'
    'IrS9Nu2kb0kXr/XqdPE4zobvt81xx3EWy7Me8ryb5DkT6r8A0tMhPRfSVWm3Hw2gI7te+LfdDuXOgD5UQt5zIO/tc5z0jjml99Tx'
    'HJtJ3+S4Pw/yMVnuQsNyXv2zmZOjba7lPetNUO+6dPEYz08fvfPipd8wTXM/2JAunQvaL4pX6L1BpScf9nxB2R/6oF3D5gL/Xp1W'
    'y8Y5nk1FJOuSff1Wu5M+1O60fRyh1b4E356B9KuQvtyu9h38entpDG5a/nVI/6U9nH+ZOjLnayCdPaY+r5MRztUnLnbS43e4epj4'
    '7cxRJ/37i5xv9Jx/5W3hx2vja2SKPziNC0Twx8/VSOR+tiQcXNpVDLviWie98149XKA/S5VvS2qPinD4UM5JX7vXgbkFim/X7HH3'
    'Ote5GBLFfiGmk338uSud9PQuJ/3lrtK9jnlOY3l0cT5xMXRjDOLzBcf7814nrdnh+mvCb5mPwjzdWRrP6+F7nXTPnWb4OB0hjtkK'
    '8/b33a59Pv+WuMn5diyZd/wmNrp/U/8YhTO8u7huum74Dcvf1q3HWej7cLoo9l/JYbHiEjhHNoIdG2mvBtbm7y510srLS9foLTCm'
    'Nb2la4Tfrt2ihy/sZzXpZ8U4rCE/C6o8zhAVz6desccp3vgwnKMD7cVjbtbsgxdhrk58e2l/7nw/pO3jT3v85HtO+uoDpbH6/hK+'
    'fecZyPtV12cH6kKNfNdJL3jOSQ/tddK9j5bC9wmaNseDBgnqx60R+M0Yf1bV9nLCE+A40yQOKse5s8m+kWWTiry15ExbOcn7d8o4'
    '94+vfTbg2qvo67WWMKrCJfx+fh+kzy8o3ge2sYtvgL2EfMt+wLuFtUokj5gnZf6kTeuUU9DR4czX/4yNZdUU5xshUffYErNjAZ4G'
    'Bb1r69+T7qNFeOaP6ek8PxjqJHvuxJI7T/KofgoTVUYYonhmOaMjqjR8EIxdM5PIOGieRiKH28pkx1SXe6uH3nMmJM5cL6KJoZ4I'
    'cYavZ/l15xXF0S2ac67Jp5+pEOeN7oxsg/TKgLiC03179zvpU9927wX47Z4DQPftc+8vSMNJmk2mH/+6k677YSk9+6lnIc93oqPv'
    '1hE6T0Q453Wk38tgH01rzZ+hrcX1mNAhVSC7rIQ9VAm4s9FhMyj7nQ4BK50R8qeSU9EX7q3OtVYERcQGWWzowA8r6LWEcO3IY3qN'
    'nbViLDVV6LU6ImdBXHYyy2daF/pZ3EjeUV63eNDVwdHh+8XkDi/zy/TrmrxzST0zDhbf72eRb78AvL/3QCkfKQE8hCf2l54X+77v'
    'pM99u/i8sDnf11nOXwvhSSHvMwP4X+wV4vM/Kt67t5BzZtxkBskpiJMb+U4MRCY7T2vpK5vz03T9m0PSWu0PunRVA+gvIT316PNO'
    'Wgt74HvPOHkGyP5sfQLksgfU9XWTvMftdetR5b2C5L0J6jv1OXXeC0nelied9GtPqvOeQ/LufthJF0C/0weKx3Y60evfDfzD14Ge'
    'PPgI8B6hnX3Pu3E6cM6+hrzGJ4vrnUf6kAY8tfpxdX9nkvrEV9R56kh9FEepxhQm/msjwxk1pGz+pScNY0uDrFTwEFqAJqU0Ls7N'
    'STBXy+AeWcn4WY1wJca7C62jguRH+prfcU3KLWd9tvUN7zvHycIQWqOY45guNzgDfObb80lGS5dHLYtqAR0Uuv49sP7peP1T5G4V'
    '7F7mdzGL+N6mOs9zIDe9Z6CUPn7PpuJvlD4+a1fxN0of/wFkkmmFfBC/vfU94fkpYWBxiqmwpJgeSqOIHiH56riEia1K+ZMtRL4e'
    '4yADHJTU3SAiOITiMyo+oybojML7ygkfBN0q0CWaeYuTfuhu8BNO8u69qzjvL24G/hTk7SFnEdYr60O/JVlWjywvv72NfOPtb6J8'
    'I9be+eTbvD4n/f2VzrezFd/qrnJ9a+C3z4IO3Oo+1/4Gvx1m35ZSvaGNxeNbqPiG45uraG9eX+m5f5h9o+f+c9tBV++S0nP/Z/Dt'
    'v98Xn/uRn/t7ynju74nP/fjcL9+5nwlx7h8pfJ6Jivt3JM5RQkTH646Sz32tAZ/7bRZ87rdY8Lk7LPjcqyz43Ess+NzHW/Cjpxvw'
    'o2sMeOBBaYSodVlM9SFaSLkGoo8xg9SJslLKx54D/06R7+VsM4pYpFkRTkeF92+pYjxtLD/m47ozqrbonkadIxMfG9zH1QKwmTD1'
    'v2Ebv9Qvzysi3F7AubKRqzRrdDPTBAY57TaX2W6gXEMHP5VHEPzMMYSfMPHdEN5ozBJbeKP+Dri/idEpCkcVRxAc1VvgIfSRQX1N'
    '0fhb8u/DAXDOyBSFgyPpPJohzOPl+fn3576gdwh1bGE/30BH+vonQ6y/jUw7OcU5SoWJ+cwbV/xGe72mFl+GkW4touILeOosGLG8'
    'kyJ+6LOfLmlHlHyhWMfEYD+KMLrf/gKasLwSAXYUbftK+f6/etrNE+bcUdmDI09hr0IPd4To3vn5C4jhMzR8htCBSkYKn4HkBFP3'
    'UE+Z6m7YPR1WeiFR8uHiszz02lmd5V40uWB3oatA/7n/Abv7xJ+CrYXk36MsGuvc8B0nbXw4XJ30bOiH8+rpr5j5IYxp0SMXfm1p'
    'UZ3NamN7eJvVgs3p9uJ6bwR9yJ8wn00mvpiWCr0vJqrrwX0TUV0P7puI6nq8F+o8tKtU1+ML4APm0ntK99eKK5y0/qrwtJduPZpg'
    'Pa4OSCOY+loph/1z5Zgrk4iC/uY+gOhacN9BQenvWWw8NNbx98DX0yc3BbNpiP3RKfzR7QlBs+2xp8mSkxjO0Rb0f8Dv4Qnk3czL'
    'S3GazCfT84ZLcZrMT79RnLahx0lvuLZ0Hx2XK/4W+148cmE9DE6PddKmpq5xhtA8GHtNd76uI98eZDjjNPLtBfBFeBH4GzyZfPu7'
    '64Gu7HLjC3Ad4mc+6tqCoq6MpO9kemG767ewgeBh3m6B7msvHhu1BUUaD/P4+ROM8VwoPLcgBJ7zLRuVHi71wxnjvKNDDzcM/cd9'
    'ZLUp8GuVKI5rQmO/YJwV7jt4syj2HTxI8qCPrwFWz2aSJ8fawrieVwu9n2Ks5zKYHz85fQ8r9yam52ESA0yWWy1c/2WdbNwrSH95'
    'jBz0cdYmSuMkU90fVZxTk1ih6LvdT6+Ex6vpFHp/tEsIHUbt9k15eydbwmetKNYrzgpv3Wd+h+XwvVhMvO67bs+1CDee9XTh+urh'
    'etdUxyVRxvlX4YAhDZxvVOw5FazxWOgdZM9tFepY9bweWW6lcOOcD4nSeOamOjojTC+Lx63aYanDM8J0+AaE6xu3oPvtocNTLlgN'
    'ql+FsGmaPwv0tco/5ACb536NXly3UMem5zEau4Q6Xi5+32UAi4OKNad96TGAwx+nHZ8zKtw9pOmjSWxlGvPeNP431yEz0ScM2o8u'
    'ouMm5+FjaWcv0z72WOpM2q5XJ4EN2rfxWAc+/svz4z+T9Yvr8XYH3AMDCrrBRD+d0w8288v3AdU/nEPGajPXdG547NhtGjg31fuP'
    'Cnb4WF9MuXE+VT5vVXGYvOBos2Z+trF+/RukvxVm+uReY3jIYwwDZRyDybq8Yghzt6Qc2oXCds5iP/DYgrb0tAqGR1g6qsAZsu8X'
    'pRy6eaJg6Gei2A+zbo4XpRzZI50nft4MaOqK6tweId9ln+Qt/Qyhj8MZJuaqDt9t1vRtgM2rH51qajdyMOnC9g5hHiu2bxKce59I'
    'OncxhD+TvtP6tmnW32Zv63D5dsU6yz73Jx3bMBUu4fFsu0Sw2MOqser6c37SsdE0oZttz9ucz55fTNruKzNNzvd2ddK540zmc+fF'
    'hBuHlM+9CW3SK8ziAvK1M4GbxxJO3K5y0mF8Pv48oYfFHsU6RL0eNyecWFdhxrzFcG90JSYWt56TcGTjOroB++HXXr9inbzaXUDa'
    'zVne4VT3P04rqOZOtluRcORlQdqNas5/DnzOcuDa7wrXHhXLHrbEJVjGLxa7bO8R4c7nRPEFPkTGbNsH1Zk64NOepMFnB4AhW1pZ'
    '6hIeb0n3REFfyLbXCjc2fRR4H2OMzw4AkyOWMElj33rxSSiPFOOOU78kB4m+0gwiP1ms4KFOJK8f/aLUivBxLQv+qcF/x58+Y1eO'
    '2tSEnY+gdtuog5uG9RWM7y3LTgcZH5d1V5N60qI4VoGuPPraoP50ZNmLhOujg8qSZP53CbU/navFxPkwwXnj9uh+e3Mb40OkEo5c'
    'zLScDlf8msg7htjdYVBD679E9qgJzdKt4a0MK87UYyzOq36LvNjG1wjO2uwzzvuJ3KTLgjZD+fafCTduXtA1oneE90RUH8b3GhYu'
    'bbiaxHP3iwG/AvJ2sFjsp5EY8DTW/WryHmX6SEds8GnPJJa8V3kq01fpYa/w0C9bIvSxTk4gumAj4KPpVfDDtP/brg8RnS7sNA9d'
    '2FqFrm1WoWvL5Y5R4bZsSNyG+alvMBXuN62Xru9NkP4o4Pnt16eo5rAiJJ2hylcdkM74CugUvgjpK5AebA9G/0TVr99tDD/PVRHQ'
    'cybj8fOH53Wv36bA53jecL19Lz5zFPoDNZNovrYGmC9+D+G6FlhuImND0jlIeeCaWYR2ThBdICyf8ikfhf+4ZJnH6BWTeaLOKZUc'
    'iMv7TPicOXKfLWffdlnwFXoN+jYzgr5Rngq9y8w20HswpdlHNXyHE6FNlQ4A5z/0auqYCbQ07Wu/xV2G16fSAUM97otEsb022pNO'
    '85mrbg3/h+u60rFwfr2NrEulK5piY2kjY1H1cZDgdpP943feReF/l/LmOhXraHpmcZ/4VP4wqoA3OZfzFfoAOvmxir8/wOrdqtGX'
    'HiC8Uy+9X1v/YlHxPTh/13TOo+LfBW0/jleuiqHqPOWKV94C+5OuzTUi9g1Hff3suU6EeTytWTjPVNKpzzNbARHvoXgPxXvIeA81'
    'ieI4y79OuGcW0oRNsH+ywAe3OauXWuRHnuhxlvd1lb66aXnZ5rEBxrXIclyU3snEuCfGPTHuUZ7fFfH5He+heA9Znd9ZOL+D+Fbi'
    'vN4mItdcyngsaxm/qEp4+9wOwxeZTDILbqPoJ2uISieoLoL5C6IDGGQuVXpZXvoa5VwrFX8oHWIu/ebMlk/XQtZb5k8yWlwHD/Uh'
    'xjCo0HHBNZM4YKGin0F1cwdD2lXQO4mtvdSARk98WDMOXmdYOAsat8ZvnH2a8eQ08o4ZCjueoHZE1EeaykagUbj29dsN11zFA9bJ'
    'hWrLMKe2ukpbA/LjuT3hsMYWyEQuQXnuNvfjIP4G1hDZTRBbSC67kfflBRHb4QRdXxOfvlVl2sdDij3kV2bQwxamHLLUER9ZaqPF'
    'Xqcwh3BV47MXUE/xZOHa/UUpt+U2FF79sNmTOt23VgUuVuHuJJPhbWb9pjZxDVBurmIMJmcm7dcgac+vvyo5LB1DmtxHTM9uDt9o'
    'Z8FjW9naQHUrZJcqXhzfO00h9s4O0pbKF++JDMabyBnayuoY1Kx/jw+sISxhGVNd7q1snjAGJ+3LdkNY8MIjaQbnfUJvH6vzMeUl'
    'qx7wmKcobS8KerutdnftaQo6AXV1bXwmJci80DgnOj99Kn/hS58vjrnaSnSHV4Nf/UMQe/a+Z1w6EH3vzwA7kd98w27O5kC53+5V'
    'w1CUNg2PLAzmN2s6/KpFaVxhjE+miyscJXxVXOKkX9rowgvVXXvlVoCBS/T6FNUedkEquLj57eCD9NLSWLw1ve63gg/ny8P5cI86'
    '/qftXuL7ZxbgLb5H6wCXVpP9daQ8CcpWpIEl0uVu0+ZpDPxR13JTAH1Uuh+OhYYPPuqkF2DM66ft4OsnX3XSPoid/RLYyY085uyd'
    'Pwb4ku/uBNy49oB3mXWkzFchhtZnvlZc5uMPuXZ8skw7nD80/smnAM9f8UPoK8TY/sze4tjgB6H9Cx506jqOzM9TEMN7/zPB9l/L'
    'V7377Xc+hMGvAub7Qwfcs9Cm/FU/cOctKp4jPSPl2VqYi0fM4iLys1KWnQbrIx6cOLsKHZ5PAz1B+yvjAlBeaa0oto9B/5zSIeTY'
    'pyGGSXsxnTWLzAc9LxPtrj/roPU3M5q7akw/vmlEn7ZTcY/j91BTPeo+YeY7VnfPNaWlhzX6yz0aGw6V3XUY/0XcRr7fR4+6X9Gv'
    'RsIPDasXHFQuouLNbtfM9Q4NvKj8FDQI17+NqV61Cc9pRKP/2y/0fshUffPjs6GMS7U2Q0x3OOj+sLmfzdHwcdHG8T5yX89AG88v'
    'KKWT20SxP8bFmvmwoU0wX1p42wrq+OdyHGeI8LHq6dpw/0w7RfliRXPfcCo76vzVRVweAe4x8X1pYndtyicv97z1CXMf3T0+exnh'
    'C2EsAW1iX6ST1kK1iT1KjYYs9L1RuP7lRlg6JNT+im9kc4D+pjFFfIjxK3Zo0uXCjQtUDe862J5CPYsG4frKpvZiuLfxjNpG+PEN'
    'GryR1NBtzbCGpjw6U5+rQWRWjRqbDj8fNNzmJwq5kZf9UpuGv7WInQX8rO9V0BLllqctgzbo+c5luiPC3Kf4kCj2jT6D0Jm6s5vT'
    'TMOK9TW5bzUSGPHSx7HxjWlKw/YzfZZeDa1ka8Ml999FAddXNcc631LDPjpVuAenafQatmnWVoezVwvXp4XOh+KAZh1M/Ajy9mRb'
    's4W336kg9KYtXSnzbJpE63lsSHqjV6h9k40yPLBaIWdXjW9UQ8eo8nYLe5/gOXJuNgtzOSqHzZsM11v+WxerYYcP7Hr5KsT3XnIV'
    'weRZXQyGBpmMmN4TXgB+xH9A+lC793grheufSp5T+O0+gpvvE+Hib+hi8HQI/xg8p4vyxJmZJ8L5lULfSTSORq/PHt8pzNYiw9bi'
    'uwvdtfjuQju6/rfAd22EdB/wdq/b57Y7G87lavaT/lSkLxXpR0X6UBnM/2ryh9pjG/P7K//vO98vxM/eb8eR9/LRUqB9IZXtyFS2'
    'JdMBeC/blKlsF/vfAv2vYr9H82W+lf+9nv99OP/ryf8uzv/elf9dnv9d227e70eh/W9B+jqkH4a0B9KLIX0XpJdDKtvC/laTda4h'
    'MsCa/Fhvvru43RoYv3xPcUaFBmcgHvjclU56OsRN/uWuUhm8jvbTwWczzHMF+63J9/HlW/Nz8Q4hLs0fkjdeI8SvLvWezzUwrpdB'
    '3ijLFuI7b4I9e42Tynr84FTCyKx+B/dJvCdx3mGA2wcgfajdDk4R7mS9Orwq08MMjh9gfz9E1n0O9L+G/WZcm5//UQeWHoW99jf5'
    '35cBTm3hlY5D1l2grUeL4fVRtu/+BtIvM7g1geM0gUf5+0m+zd90F/fjJ9AP+Z6fcbTdlxX94bFx/xm+PeFzttH+pUn/5t2QX6dc'
    'cf/ku8L65dR6Nv/6J8Cbv7u0P1nASf/9Pu/+1MP6p9nv/PyBdW7+8OjI79WqXvU6yjwyPRfk5R2wr2V+1XhRD1z++h8Q4umvFNcn'
    '38lUvrc5T6RcTzU/q58olrFRXkX7g+brRPsty0kZOu03100JIv+i64GypNlkPaTfUelztDJ/RrY/p14P6pu0IGPaB/17zoy2w3k7'
    'BOUf+E4pXNE1Mpm/GjZ/4iuOPLFI6P0VV85oM39pmL/LXogmVjfy2maP2cv+sN4syVdB+NaNwB8RhnAm5ZlSlik8ZJycb7jhQPDY'
    'v7i+d4CMeOG+0tjgKD9e8UQpXHwR5Nlf3OsNFxiHEHWP0c/W0FccmTqH7Ub4Rn09IjybwsnXnnPhRKbfgX0hdZps6tnzTaCz9vqv'
    '36mPC/GLR4rHcSr4qJTvg8D53gOl85hh87g/j0t+nJ+v6x4tncf9IGf/McynzBNEh0h8u3T8WTb+V/NtrX68uP1XoX353qbdn321'
    'uP3dj4aDcdT/+NCBUji+46ALI15wXMXOy8LZv989jzgtgd8efbK4nfseK41HjXoqN39dnVclo0gI1xYR+3RGfp9e8YSjZ3PVPvWZ'
    'cQackVc8UayTI/PbrNHtsDeuAD2i9/1QrVsjdXw4DGcZDMv7oLwL0nMW+0vvikHO3H3fd9Lnvh3c7ze/G6fY3fgLB9z+fsFS1wb1'
    'sBr3lrcdCud+uEzSKZJGoeswJ4BerGov0jOcnzeXPQb7XbFPcY/40XG1RHZHYQzHtFuBJ7le0u6AeBL12b75qH4P0DmvJ/eBDVJn'
    '7eHifm0APTb5ntJz1T70HOrBib3B6TndPEoa8a487tjwcOk8PgD9vQtwy4aH7eYR53/1C3bl/gjavZ3ou/mdV1JP/J4Dxf2nuuM2'
    '7d8Fc9p6oHg9Zolg8HQf7IPEwVIcLddsKdF5tKVpNjztwqas6xjSz6B1/fiRUngPclcYye/x3zMaagT2/e8taSjVuRHknPsV1PMQ'
    '8C4Xf1W/t3V87MoxtR4g3bPcHzrds9yPulcM5Llw35P6e1SXL6hOo+4s0o2J3q/QD7v0oT4e/f3/YQfp9g=='
)
