"""clipper's regexes as cpython 3.11.7 compiles them. GENERATED: do not edit.

Written by ``python scripts/build_regex_cache.py``; clipper/regexcache.py explains how it is used.
"""

# fmt: off
ENGINE = ('cpython', 3, 11, 20220615, 4, 4294967295, 1073741823, '14.0.0', 'little')

# (source, flags, flags compiled, first code word, code words, groups, group index, index group)
PATTERNS = (
 ('(?:(?<=[^\\W\\d_])[.!?。！？…]|[\\"\'”’」』])\\s*(?P<sign>[\\[(（【<〈/]?\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})(?:\\s*[·ㆍ,、]\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})){0,3}\\s*(?:선임연구원|칼럼니스트|編集委員|論説委員|객원기자|논설위원|선임기자|수습기자|시민기자|인턴기자|전문기자|편집위원|特派員|대기자|통신원|특파원|報導|报道|記者|记者|기자|위원)(?:\\s*[(<\\[]?\\s*[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*[)>\\]]?)?\\s*[\\])）】>〉]?|（[\\u4e00-\\u9fff々\\u3040-\\u30ff]{2,6}）|[\\[(（【<〈/]\\s*(?:記者|记者)\\s*[:：/／=]?\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})(?:\\s*[·ㆍ,、]\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})){0,3}(?:\\s*(?:선임연구원|칼럼니스트|編集委員|論説委員|객원기자|논설위원|선임기자|수습기자|시민기자|인턴기자|전문기자|편집위원|特派員|대기자|통신원|특파원|報導|报道|記者|记者|기자|위원))?(?:\\s*[(<\\[]?\\s*[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*[)>\\]]?)?\\s*[\\])）】>〉])\\s*$', 0, 32, 0, 3116, 1, {'sign': 1}, (None, 'sign')),
 ('(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\s*,?\\s*$', 2, 34, 3116, 834, 6, {'ampm1': 1, 'hour': 2, 'minute': 3, 'second': 4, 'ampm2': 5, 'tz': 6}, (None, 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?:,|&|、|\\band|\\bund|\\bet|\\by|\\be|\\bи)\\s*$', 2, 34, 3950, 87, 0, {}, (None,)),
 ('(?:19|20|25)\\d\\d|\\d/\\d{2}\\b', 0, 32, 4037, 66, 0, {}, (None,)),
 ('(?:\\b\\d+\\s*[^\\W\\d_]+|\\b(?:an?|one)\\s+[^\\W\\d_]+)\\s+ago$', 2, 34, 4103, 117, 0, {}, (None,)),
 ('(?:^|\\s)(?:propos\\ recueillis\\ par|ein\\ beitrag\\ von|geschrieben\\ von|корреспондент|reporting\\ by|автор\\ статьи|escrito\\ por|kontributor|bài\\ và\\ ảnh|da\\ redação|scritto\\ da|written\\ by|a\\ cura\\ di|posted\\ by|redacción|reporter|story\\ by|words\\ by|authors|autorin|autrice|penulis|pewarta|text\\ by|tác\\ giả|auteur|author|autore|autor|texte|автор|текст|oleh|text|書いた人|bài|par|por|von|執筆者|投稿者|通讯员|글쓴이|작성자|by|作者|取材|執筆|撰文|筆者|著者|記者|记者|文)\\s*(?:[:：]?\\s|：)|^\\s*(?:di)\\s', 2, 34, 4220, 1187, 0, {}, (None,)),
 ('(?:^|\\s)[^\\W\\d_]{1,3}$', 0, 32, 5407, 38, 0, {}, (None,)),
 ('(?:^|\\s)[a-zà-ÿ]+$', 0, 32, 5445, 37, 0, {}, (None,)),
 ('(?:^|\\s)a\\ cura\\ di\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5482, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)auteur\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5580, 87, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)author\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5667, 87, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)authors\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5754, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autor\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5848, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autore\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5933, 87, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorin\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6020, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autrice\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6114, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6208, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\ và\\ ảnh\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6287, 100, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6387, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)da\\ redação\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6473, 95, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)ein\\ beitrag\\ von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6568, 115, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)escrito\\ por\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6683, 107, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)geschrieben\\ von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6790, 115, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)kontributor\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6905, 102, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)oleh\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7007, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)par\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7090, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)penulis\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7171, 99, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)pewarta\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7270, 89, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)por\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7359, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)posted\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7440, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)propos\\ recueillis\\ par\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7538, 137, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)redacción\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7675, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporter\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7773, 91, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporting\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7864, 104, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)scritto\\ da\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7968, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)story\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8073, 96, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8169, 89, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8258, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texte\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8341, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)tác\\ giả\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8426, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8520, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)words\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8601, 96, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)written\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8697, 100, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\ статьи\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8797, 135, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8932, 102, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)корреспондент\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9034, 128, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)текст\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9162, 104, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)作者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9266, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)取材\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9345, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9424, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9503, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)投稿者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9584, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)撰文\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9665, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)文\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9744, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)書いた人\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9821, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)筆者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9904, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)著者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9983, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)記者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10062, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)记者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10141, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)通讯员\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10220, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)글쓴이\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10301, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)작성자\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10382, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 10463, 82, 3, {}, (None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\)|copyright\\b)?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>(?:[^.,|()\\n]|\\.(?=[a-z0-9]))(?:[^.,|()\\n]|\\.(?=[a-z0-9])){1,59}?)\\s*(?:[,|(]|\\.(?![a-z0-9])|all rights|무단|版权|alle rechte|tous droits|todos los|$)', 2, 34, 10545, 742, 1, {'name': 1}, (None, 'name')),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 11287, 1043, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d.])(?P<year>\\d{2})\\.(?P<month>\\d{1,2})\\.(?P<day>\\d{1,2})\\.?(?![\\d.])\\s+(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?', 2, 34, 12330, 890, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:(?P<m1>\\d{1,2})[/.-](?P<d1>\\d{1,2})|(?P<m2>\\d{1,2})\\s*月\\s*(?P<d2>\\d{1,2})\\s*日)(?![\\d/.-])\\s*(?:[(（](?P<weekday>[月火水木金土日월화수목금토일一二三四五六天])[^)）]{0,2}[)）])?\\s*(?P<hour>\\d{1,2})\\s*[:：時时]\\s*(?P<minute>\\d{2})', 0, 32, 13220, 560, 7, {'m1': 1, 'd1': 2, 'm2': 3, 'd2': 4, 'weekday': 5, 'hour': 6, 'minute': 7}, (None, 'm1', 'd1', 'm2', 'd2', 'weekday', 'hour', 'minute')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 13780, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 14321, 1044, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|wita|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|wit|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 15365, 559, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<!\\S)@\\w+', 0, 32, 15924, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º)?(?:\\s+|(?<=\\.)(?=[^\\W\\d_]))(?:de\\s+)?(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|settembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|febbraio|dicembre|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|gennaio|ottobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|aprile|maggio|giugno|luglio|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|gen|mag|giu|lug|set|ott|fev|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?,?(?:\\s+|(?<=\\.))(?:de\\s+)?(?:(?:ค\\.ศ\\.|พ\\.ศ\\.)\\s*)?(?P<year>(?:19|20|25)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 15951, 3908, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|settembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|febbraio|dicembre|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|gennaio|ottobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|aprile|maggio|giugno|luglio|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|gen|mag|giu|lug|set|ott|fev|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 19859, 3996, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[.!?。！？…\\"\'”’])\\s*(?P<sign>\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\))\\s*$', 2, 34, 23855, 1475, 1, {'sign': 1}, (None, 'sign')),
 ('(?<=[^\\W\\d_])[.!?。][\\"\'”’]?\\s+', 0, 32, 25330, 221, 0, {}, (None,)),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 25551, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 25577, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 26170, 240, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 26410, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 26441, 77, 0, {}, (None,)),
 ('(?<=\\s)PT\\.\\s+(?=[A-Z])', 0, 32, 26518, 41, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:T|\\((?=\\d{1,2}:\\d{2}\\)))?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\)?)?', 2, 34, 26559, 1611, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 28170, 980, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(jetzt|gratis) (lesen|testen|abonnieren)', 2, 34, 29150, 124, 2, {}, (None, None, None)),
 ('(powered|designed)\\s+by\\s+tistory', 2, 34, 29274, 106, 1, {}, (None, None)),
 ('(©|ⓒ)\\s*\\d{4}', 2, 34, 29380, 37, 1, {}, (None, None)),
 ('(наш|наш канал).{0,20}(telegram|телеграм)', 2, 34, 29417, 93, 2, {}, (None, None, None)),
 ('(にほん|日本)ブログ村', 2, 34, 29510, 41, 1, {}, (None, None)),
 ('(打开|打開|下载|下載).{0,6}(app|客户端|客戶端).{0,6}(阅读|閱讀|查看)?', 2, 34, 29551, 122, 3, {}, (None, None, None, None)),
 ('(扫描|扫码|掃描).{0,10}(二维码|关注|下载)', 2, 34, 29673, 73, 2, {}, (None, None, None)),
 ('(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ]', 2, 34, 29746, 180, 1, {}, (None, None)),
 ('(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,}', 2, 34, 29926, 156, 1, {}, (None, None)),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 30082, 227, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 30309, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 30407, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 30586, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 30667, 21, 0, {}, (None,)),
 ('AI\\s*학습.{0,10}(금지|이용)', 2, 34, 30688, 55, 1, {}, (None, None)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 30743, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 30981, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 31235, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 31425, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 31663, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 31691, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 31871, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 32063, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 32269, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 32301, 30, 0, {}, (None,)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 32331, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 32450, 139, 1, {}, (None, None)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 32589, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 32905, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 33126, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 33619, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 33943, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 34149, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 34177, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 34197, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 34229, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 34391, 16, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 34407, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 34613, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 34899, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 35095, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 35149, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 35173, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 35197, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 35240, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 35502, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 35796, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 35814, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 35831, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 35860, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 35984, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 36114, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 36321, 270, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 36591, 104, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 36695, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 37114, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 37130, 44, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 37174, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 37263, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 37382, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 37457, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 37538, 16, 0, {}, (None,)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 37554, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 37590, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 37703, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 37747, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 37771, 44, 0, {}, (None,)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 37815, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 38298, 277, 1, {}, (None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 38575, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 38676, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 38701, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 39550, 108, 0, {}, (None,)),
 ('\\d', 0, 32, 39658, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 39672, 28, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 39700, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 39915, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 40047, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 40166, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 40227, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 40339, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 40466, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 40587, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 40861, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 40995, 137, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 41132, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 41251, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 41279, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 41295, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 41559, 4095, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 45654, 55, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 45709, 289, 0, {}, (None,)),
 ('\\s+(?:septiembre|diciembre|fevereiro|noviembre|september|septembre|setiembre|settembre|december|decembre|desember|dezember|dezembro|dicembre|décembre|febbraio|februari|february|november|novembre|novembro|setembro|сентябрь|сентября|agustus|febrero|februar|fevrier|février|gennaio|janeiro|januari|january|janvier|juillet|october|octobre|octubre|oktober|ottobre|outubro|августа|декабрь|декабря|октябрь|октября|февраль|февраля|กรกฎาคม|พฤษภาคม|agosto|aprile|august|giugno|januar|jänner|luglio|maggio|август|апрель|апреля|ноябрь|ноября|январь|января|มกราคม|เมษายน|abril|april|avril|enero|julho|julio|junho|junio|maerz|march|maret|marzo|março|марта|aout|août|févr|janv|juil|juin|juli|july|june|juni|maio|mars|mayo|märz|sept|июль|июля|июнь|июня|март|сент|abr|ago|agt|agu|apr|aug|avr|dec|dez|dic|déc|ene|feb|fev|gen|giu|jan|jul|jun|lug|mag|mai|mar|may|mei|mär|nov|oct|okt|ott|out|sep|set|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв)\\.?\\s+\\d', 2, 34, 45998, 2473, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 48471, 220, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 48691, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 48724, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 48765, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 48786, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 48844, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 48860, 16, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 48876, 179, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 49055, 104, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 49159, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 49354, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 49734, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 49789, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 49903, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 50200, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 50378, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 50435, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 50492, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 50549, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 50606, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 50667, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 50724, 40, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 50764, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 50846, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 50986, 30, 0, {}, (None,)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 51016, 97, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 51113, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 51214, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 51238, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 51748, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 51772, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 51796, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 51817, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 52225, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 52366, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 52488, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 52509, 191, 2, {}, (None, None, None)),
 ('^\\([a-zà-ÿ]', 0, 32, 52700, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 52719, 171, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 52890, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 52928, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 53007, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 53163, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 53319, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 54164, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 55008, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 55154, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 55345, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 55391, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 55637, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 55715, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 55927, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 56159, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 56270, 247, 4, {}, (None, None, None, None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 56517, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 57139, 369, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 57508, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 57657, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 58245, 206, 1, {}, (None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 58451, 347, 2, {}, (None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 58798, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 58927, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 59174, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 59542, 115, 2, {}, (None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 59657, 71, 1, {}, (None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 59728, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 59803, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 59949, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 60084, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 60197, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 60271, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 60348, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 60475, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 60845, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 60887, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 60980, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 61026, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 61896, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 62321, 510, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 62831, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 62904, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 63114, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 63197, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 63341, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 63487, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 63617, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 63745, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 63861, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 64364, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 64619, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 64805, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 64992, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 65445, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 65666, 171, 1, {}, (None, None)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 65837, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 65905, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 65983, 311, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 66294, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 66375, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 66465, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 66541, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 66616, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 66673, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 66720, 39, 0, {}, (None,)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 66759, 97, 1, {}, (None, None)),
 ('^\\s*by\\s+', 2, 34, 66856, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 66888, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 67853, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 67933, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 68016, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 68065, 105, 1, {}, (None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 68170, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 68255, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 68412, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 68460, 207, 3, {}, (None, None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 68667, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 68791, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 68895, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 68943, 77, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 69020, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 69058, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 69087, 44, 0, {}, (None,)),
 ('all rights reserved', 2, 34, 69131, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 69190, 38, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 69228, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 69380, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 69461, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 69632, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 69685, 116, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 69801, 60, 1, {}, (None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 69861, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 69960, 30, 0, {}, (None,)),
 ('コメントは個人の見解', 2, 34, 69990, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 70038, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 70082, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 70128, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 70160, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 70208, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 70260, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 70300, 36, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 70336, 30, 0, {}, (None,)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 70366, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 70440, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 70500, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 70552, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 70582, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 70616, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 70678, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 70713, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 70759, 48, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 70807, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 70833, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 70859, 53, 1, {}, (None, None)),
 ('채널.{0,10}(추가|구독)', 2, 34, 70912, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 70954, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 71004, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 71105, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 71159, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 71212, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYXkWVaP1771sS0glNaCAJSUhCBwiEEKDBjOATEjYFZe3lT7dJp7tpuhMSgwQFN3BAHNR5OuPKG8GggDqA4BgyQMKMOIKC'
    'OsOMYcQ3hjfj8nBB5U2/v/57Dvf851bdW3X/+3d3Ovfy/VT63trr1KlzTp2lQQiRFs4j0/HCkyuk74G/6wu/BKTVhd+swq+q8GuE'
    'tKbwayr8roY6MO8AfMsUX/o/SfZ3KjGtnuL0JjvFTlHG0+nzLR1QNimC25brubHw64f164X1S8frJ0Fa3CzKeo72/frZ4AoanXUs'
    'Pq2wFwXs13pYJ7kf68g+bIZ/y/3clnHKvYvtU5t1Dlr3g/xJFSfmpiI6qwq1yg6o+Hw3qMJifeW6NkD+GoAPxNkS7x4mM+4S4gs/'
    'dMtIOGov/GMplKuD91guh+XWFdr+jIPbMx1u+dmF31xNXxGmVH0N01YL9Pc3hd//hTK1pD35/LdzXL3xjI/feKMg+6QH6sJ5vArm'
    'KhUCryWmIV7beU1ZeC3p97EK4JPCzg2kIMJOIgDO43U/uNe9hZ1fEg7uBVyYssB3ZZ9Xqem3jkWkWfLsjGYRVU+791V8VsVnVXxW'
    'xWfVdD2rWixxXD2g5PbHnfTmvU76qyeddOA+J/3eU047/0jK7Piuk77+kJPue9BJv7jHSR9+zinzdwBj8t3Pb3DSpz7upD94h5O+'
    'dImT92sk7wsfdtJdH1bn/RLJe8Qut58y7fiKk96x18n7VyTvjgecdD6MOb23dIx3krx8Xni9HyB5W2Hc39ijzruD5H0R8rz+qDrv'
    'tSTv9dD2Sc+q824gedP7nHSVpt7LSd6Hv++kzz6tnocLAI7ku20jTnrG5tI1OIfkkYunavMMkucbMIb9e0rbWknyPPKck9Z9vzTP'
    'UoBZ+W7FZU7acIXzbQH5dne3k158h/NtHvnWCrCU2el8m02+3X9r6bcm8o2PqZp84/NG6cbrQvDJrYRMUuLohD/Pb9tWA8PnuA7H'
    'AQ2xrPBbrsA9TSDna4X+0TqyJH8T1EHPqmaSvwnqt62nJco5TRaH0u43p7btxbKrANlVwJz7n5LJspkFpNmrss5aFTfVuLN2XVBF'
    'FtbuCkrj2IrZAgYS9SMm+Wkn+yPMQ/FL9bizRp8pMF1/lYn30VSUAdvQm7pzuNrnHLa9R8D9S3HvFRY8yjR/kiB2mR96g+8MvMKL'
    '7wViWUssa4llLfG9QHwvEN8LxGdVjLPisype90m+F5Cw8LOQ9Hl8TxDfE8T3BJW5J2iJ7woO6buCWKY59e4G6P5sttwnWeAFEgCL'
    '3F5hNpNPUr1nxBXzn3LxtOzLWxTfnnjB+XY2+XbuxU56/kXOt9MU32672vl2EvlWs87N0wh7B7/Vsm8L4dsiGIdMN8OcHUm+DbNv'
    'uGexHO5lzIN/N5I9h/X45Q27Ti1QhtPFScZT1bC1SlnSThno72ro7+nk3dkbnHeryLvf5Z13J5J3kg5ohDE3wDz0kzaFT58bYSPN'
    'I/OWhjFQ3jcZMPYM+RvxbRPB9zRvogwbgLRFn5qhX3JPHcPmvdGiXTmOLOyZ5hBlb/6W+kx/e8hztpadD1kCQzJ9bpt9vc1Qj83c'
    '5iKaW9nfsHNb9Yx3bnF+zxHh5qGK4FsVHjveB48tssBjR1jgsRbov/w2Rva4TEdEKT2J37KwZhwPVpM5em8iHAxm2TosIvNXA/34'
    'EqS836OQ9kDfakmePjJ+zBsGV9jf6yWnvYyhOKGhn8BrPSv4MTlPJXzODIC71azOILyFso9HQQcH74NRDnqsB26Sh/QjfGR8CqJ5'
    'ZxjISpC9TnHWRQSfbWff3krwDuKKPKwfnofXQXoj4DisB2nfakV5mucEQk+tSZfWfVbaSd/X5ta9Ou2Um0/6tpX1CXWJVpA+dbOx'
    'zQQ4NS0/Ss4bHc6v1eyfxSF5YF7P0oj4IOTZKW28FMbTSd4tJOuI7xIdzruTYbw4F/QMH4S0F8ofp8g7psnbDmOjefPsnEJZEM2z'
    'TZTKgnh5enbTb6vS4c4+Px4zDe3MZzzlCkhPFV651QkovxJeuRV+W8lgToV/Ve+Q3jtM870J6C1T/K6Cfz4PWZi/LKFVFgbcf9RE'
    'KBMz8TuA8swToX91BI75/kNYTSjoqSEGy3kNPZWo8Fhs26N7to+MRQfbSYI33pN2eessgbMaaEfVJu2jLHsWo+9H2HwOk7/9zpwm'
    'wBu0jjyhfym+yRvg+gGS+uU17dMwm2vkJbJpBzea9muQ1dttUXaUzQ9dd1rnFgVMy77+S8rta58FLdCj4KOC+ppXjE81fl1f7085'
    '8hykF2h7ZwBN8V5CU3SmS9OVBnTImQb1ns7ynAR5biJ5VqZL81ahXAry3tzmpLe0uXvo+pQe3ofZnIyQ9TeBLxVMdLMz9rJC+2fC'
    'uw42xhOg3zvb3D0SNCaT9cH++K2LSVu0zyZ5z0uX0glzUo4sxhb+Ryz26JAGfwwx/PG7pCNTlO82ac6iUYv2uzUyBN7ujwrttrEy'
    '+wPqV+3b/ez9F+aV9r0f2nss6dB8SCdSuY9uH/QyPPcfkP6UjEnWfXeh7qMqtI669aR9k324mczn1jLayQecE7h/+5OOPpNqHvl5'
    'OaLJ1xvQP9nOOtKO6VmuGk9vwHhOIu0EwUEPSYPm91V2rswttDMjBN6l+XAP5ZIOnWY6F7zebQFz8suEUz+FKV5HrwUNw+v/YcLh'
    'J+jccrzRr2jXrz1Z7+MG9Q5Z7BFcuy8b1GtSXw+j8e8qfDucwUCe4eCxCOhJ2db2hCNnULW1VUFjcrmFrONdpA4Om9eT977nP5lL'
    'rOMlMj+0bJ/BnEq8X7xHTbjyfd0a5RX4qXhXZ1C2X3OezTcoO6TY97LMrITD65iWLfJwpIzfGtB2/iTcs36iaC7Z7r8SusuEXkJ6'
    'dnW6fFpNtv8tcn8zxPizPKMTHiR5/eZV5v0bol/12gYnXdsBfDWk31zn5P00kVGa0juy3J8TGYGOB7xFkYfDyw6SR8fzXEd0gX5/'
    'qZO++d2lelIbSZ67QPfqzO2lebpInrl3OOlXQd/qMtAlu4zqkoG+1W+ecNJR0LtaT/J8FPSuVjxeqpv1ZiJ75jjmTCL/umJ9aR9X'
    'kW8vgE7FBX3OtxXkG50H+W0J1SHrddIPwF3/MeQbn7c28u3Sm0u/zfLRWWvw0Vmjslfsg60MMgdybJP76rnj/vrqvE9zx0v7hLol'
    'RxB5j2k/TejFIHmRSoadFuXJoKi8LSXsfJaaytbD9queye+qQH7bBXcnhwEOGjfoU20Efaokr2AD73NCwLupPDRoDzST9cmQ+pLk'
    'Xt5vHaoiXAdT2iie22jmVkU7HipzWz0Jc+vHCx0q856r8LwPxXiionOKODnGE9HPrYncJ573aObdVi52qMx7OqJ5p7zvoTJ3dRHP'
    'XaXunw6V9chM8HrEcG43r1Heex4qc98c0dxPZd2cQ2Ut6yu0lhOpsxHvO7u1msp6ZvG+s1vLidJPOlTWJRvRuvjdqca0r91cqu54'
    'YxlEuDmshA5NvBblrYWJjlGMM8LN8aF4htVWYA6j1C09VNZhdsTrcCjZ8cR71Q5GKqWffaisQ02F1sFGf/1QmeuGSZjrKGy0Ytm6'
    '+fpMlt1PjK+iW6MwNjIxL2iHw8LYisSyuOjmONZ5i24uY72s8ua0XFuvWEZkN++H8v1TVPxO1DawMY0dbv4rZdce86R263Eo+e2I'
    'aaepCRuHyro0RrQu082XUbwv7WQgE21/H+vxm68Pt1OP585u7qgdfzx3dnNH/RzEvHX4uTvU9m5Uc6jyJRLvYbs5pP5IDpW5S0U0'
    'd4fSnGUjmjM/n0fx3rWby0Px7Ihq7qg/pXju7OaO+puK587yvL01pvfCzp3KL1w8h3ZzqPKbF8+h3Ryq/AoeKnOYhH7Mhh8dF/pd'
    'HIMUdXR4LLAmoke4meTlsd6wr3RujhOlMV6bSb/DxHOcLdx4iEFxqMLGKGwx4EFkO/cI119kBuSqz8134xfj3C1iehCLhesvci7T'
    'H+S68Nss7kPRDrZflBevTc7xSQxW+JiXKsZ8rMGY5wnXh3mlxqyKO9NiOf5ThHcvY8wevxhpixTlgtqj+2UZpDPa7dbMtI8twj6+'
    'lA7vLRVuXETbMdNYuk1Qr/w+C8vLQhcLQY9C/jTCum8QpfFSryF3IXH8OB4/brw4FZWMH0f3ndwT74b3p8XrPe3Xe4awj++McWo9'
    '8dubg+HhdQYPmRgepgQ8fFw48VKozRa1s+M2fGHO+aA4CGME35z0qJP+/EHn2yD5du6Ik74JfIP3Ac2v6zvqmpnYIfYLtZ/+dYRG'
    '4nYJYxa6hr3Ca0tpojcXNHcyBt+Rmv71Cns7zQHDMpQfQp7Gz783+unEmOeURqE+uZcraA8b3iNB6qF4TecnvRweJ0w76ONcF0NS'
    'FSeyQ8MfmPJJGREc016e/3en7OnD2cBrqngQjEGaJ+8wNvc15N0OeHe58MYPR97oEsLH7BduTIKcKLUjxpji5wo3HmyXBsa7DGD8'
    'ZOHGkdxvkH8J6dOJ6dIxHyPcGBWdDU56LKQLID2hoTS+ZxRxY5FfKYfP6mJwlWVwPP8pJ03vc9p5i+LbEy9AXBiK00FP5PyL3Ni0'
    '/NttV0NcKPKtZp2bpxHGh99q2beFQh+X/kihj0uPPJVJXPp6YR6XnsqMchbrgLKbKktcVW1J42WIfEb293Ty7uwNbswOfPc7iHdx'
    'Inn34h7n3XLhxlrpJ2364SKMGzyP8Q+tlvgvI0rj6GZJfTxvIqQMphnqscHJtbCnjlHQ1jZ7Ogt7pjlE2Zu/5cUHsk9vDyEjMJG5'
    'PrctnOyhznJu6yOaW9nfsHNb9Yx3bnF+zwkpg2kg+FaFx473wWOLLPDYERZ4rEW4cYzGhNdfH6Vn8Jsu1nojmaP3JsLBID8nF5H5'
    'w9jcXyIydZXvOS5TpzzN5jLltfUePjfoSSam8/MGoxP6SQfmsJXLBp2nEj5nGt5rmOKtFoCnR4EPbIV9ijGRYvmISj7iPJWUj6ju'
    'KS4i+Gw7+/ZWgnc2C3Nfp9uFS/tWK8rTPCcQemqNgS3Iaoj7N5/0basw881JxzaT8FMm5akPOR3Ob9bsn8XsDkTnu6gcWYIJLUFl'
    'CeXKCPgdp0n5jGZ+lvvQt7rxm95zx7xezOvFvF7M68W8XszrxbxezOvFvF7M68W8XszrTQSvp7OzzwCORryag7uxZXAW8j2WA73O'
    'sPfH9UBP0jZEGTygnIs3yTUrkw80pkn67OiNrGV/cpb9+RmLh54hNKTJetrcU/5eQ5suwrkZd9cS9dJ/AO21iKifBAw6lS4OGp9s'
    'ccjF9quDqqjx+1hL/l1HZrShsVQjqzm6ESXZi6YmfeZ2q6qrjHF4Mlzf2ykD6Ps02fXY6Em6gGn7JD3HVYinKfRAE5ZzROUQdWQI'
    'uNdnEdwv0+px9Z7l3210FjivboLXai3p+wGoI2NE30fwJFNTlbxPGxPpoZ5OEy4gsO1KyyKipF+OsIBdHb1iWh7p0VMtylSKHqlE'
    '+xNJf/wfQ/pD1vljyJeK6ZCYDonpkMjpkCjpiajxUkw/TF/6wZRumA1nb5gzTd4HqWQm2QCaY7nmjCtH1/74Mu/HjxeluvFHiInT'
    'kW8kd7o2ZahsK2NwF388W/dY1z7WtY/1L2L9i1j/Ita/iPUvYv2LWP8i1r+I9S9i/YtY/yLWv5hKuvZUnlBHcGsV429XC73OfQ7q'
    'pPcUHcDX62hTSucjn8/Ln0jy0rFSm35eZqVPmyiTsKEV0oQXorSCCSzi2faJRCnNoIqnjHlvS9jBFoUNWX4HKd8Toq8DpHw+RPkr'
    'WP9ty5+XKG/fr0kE0yMnJoLpkSUJFzdssuh/Gym30aJcA+lTP2mX5slA3UF19rFyvyd4rseiTweE40cobCx2WtcLpA+bDcptgnL7'
    'SDlTXCvLfdOyHPZzFylnA7d/Tc4b3d6+i9Q9bFH3B0jdw5q630Py9GjyjFmuAZbrU5ylvO6rSN3dFnVfoOh3nuU5RzG3PM8ZJM9W'
    'TZ6VBjTB0pA0wTxCy/B2Zyv4SfzWRL71sG+U39PxSyifRrpA5ZfTlNdeRGiIBNApMwkNgfSE7b1auTJXP5+qSLtUCa9vnnrWbqfw'
    't5NrYDIsnX8jVVsNEdy1zAY6RiU/RDlBgwLOUD5A839TIaPOsXsQE5+4c6BfabIG1EYxTea5HuqdBXU1Mhryas0dy2wyZwmGX/IW'
    '/W0hdKEc61EGeCiv2JdBZ0We7clu4fU9VqTFapyxyfIJuJNYBelRkLaTuwqZzoN0BaRzIG2F9Dy408jXOD5rw4zPbwwcpt5a48j1'
    'TduJcv6W1rh+eQdFqe+zLRG201Lj+ljrNai3J8K2X62uzDrydn5s2c5oyHa+Xe2u2QZWdosCxlR0lmo+qV892c7d1a6eKe6Z+ZAu'
    'grQK0pMaSvcg7rWjyR6Tdd5R7dC7Oniz2Tc3kLp6FbSGTV0bSV18Tvk6jDE+E99vg7ou9elXj2W/1pYxXxxuVij6dcCwX7yueWWM'
    'kddVW+2cP2Hn3g+ui/u/yq2/14LvMF2jf6kK7j8fR5fBfsR9+Pes/ya402b+vwz12+KtoPqx/x+rKh+Gsa6dVeH3PK9rc5X33FXx'
    'H7YxXGXe9VBmBYs9ux54mXWT0PZ50PbxMIeURkL8fRijoeYE4PO2KoceDLt3i/uf1DGkkMvQ97o9+MecW8dG1s6gId4+kPP2o8ey'
    'Hz/Kmc9HXgOXew36MRawp/825/A5fvNhQ9/h+D5L6t3AzpAtwtzHMa/3w4p68xHUO6qYhzGDelQ+kEtkMSFgha/R+QZrFOa8O6VQ'
    '7+GsXJ8w87fMYSxIf6yNjKGPzdUgS23OvKxifkct5/e32eD5DUMX/yTr7duY4f7EOr5L+rZWE5ecx5inuLwD0tPYufJwxPXimfH5'
    'QuGjhZsnqL4TofybIoi5jW0Wz/+so/MRFJt9dYRndc8Etonz/WZYR9P48qvZ+unG0hFxvdjfuVlHNkVpipUNrhyrqGvZwHQQSZlO'
    'JrPBMkezMiLr6sdwnnSxRt6TJnXLOn6Z8fb1pIB2/z3jtos87jGM520IaPdZUscS1m4O0uMC6tit6AeXYx0dQLN9ldTRqqnj2IB+'
    '/HXG1dWyObtkmdsVZV/WnBn8PN+ZceTltN6xkGdc8S5WUV+fMPPfz88iWd9livqGLeiXAXaGrSX1bdb0s8/iXO0g9ZmU43M7yOpr'
    'I/UNaMoMWPSvitS3nvE+fudNhwbf/SYdTX2I5/anXdjFPGeyvCs1Z/OzIcpiu3vSrj3ARJ+/xfOfzCOfP9VZGHSm/nlE9eH8bE+7'
    'd31HNajxtA6XbUq7OjJHBZxZ15C8CZZ3Hsv7NkWfVmr4at6nN5Oy/GxcHIDfTyF9nBcwnqU+4+F5jyJ5lwTkPcynXn621pKxzmLy'
    'hwUB8/R6ym1nVkCffp3Szwvv0/8meVsD6v2XlENPqHA05/HxDvy7qVJ7nzDnhKznMZ+2R4Q3Pk/x/Cdl8j7nLcXLnzdoZzsrc5di'
    'jN0hxvg+Us9GdsYMWpwt1/rUY3NGXa0Y15YQ4zrfYE653KHToMx/sP6eSMqo5o/qQ2GZhT5lBjRl5qRcnL4m7T1HbXm9TMrV6dvM'
    '6ES+n/6YdPUrbGFEln/Fp/yAQfl/hvJh7hhl+X9IumPVrdEb938+eQeYTPPrSe8cdonS2KO4fvco6lXJDIv0P8nrJwcsyv+TXn1D'
    'nTxLJWN6n2ZtgvbZIJS/LmR53Kc9Sa9uKcp9/sTW8TKfvGMs7/maeTHFQ6cnXTwUdr/Jeo4jfV4F5dcRWpnSbe0GeZEmm+WTl9PG'
    'NQZ5sd7xhKPzEfXdiaz750RHVLUHivI/kkcl4y/qYia8enAvs33xDMmjogFknicSpfqEJjBSlP8rxjHGxnGfTx6E/S8q+kj5O5nn'
    'U4Y6sxT3yXIfIXUPafRxbyZ5VHeHMs+7SZ5ejc7hiGI9uFziXT55EJ9eo+gz1ym81Kc/qB+9LuHVt+R4/s8Uc9/N+rxGkaePn/8E'
    'hkzvj4txvRV1c9zephjrAVbPDAUM5w1gOOMztjHhxkTV5cH1eFVhG5dne+EVoV97hPOXiN6qqexElvs+qXtAs4f+QdjtIRzbY8IL'
    'j6Msz9eEHl/hHrpXUQ8/rz5Hxm8qSyme/6Sc6Z2ELHcL6ZPqfCvq/5E8KplKI8yjrh48fzb65DkV8nSRPKqzr3j+++Q5Le36gWiw'
    'lOXIcmcpYCTo3EM791kR3l+gLnaDpfwGefwGy/sHroudEv4xPfz0ocPo56JtrU4/t1J6trKuBUxXuVYhg6D6eMsVdl/zAvLa2gW3'
    'CLM4rE1C72NG5X9mpYhjtMZ+Y2K/MbHfmNhvjA3+i/3GxH5jYr8xsd+Y2G9M7DfGBH5ivzGx3xjBeNTYb8zU8xtTE8IeOrbJjW1y'
    'Y5vc2CY3tsmNbXJjm9zYJje2yY1tcmOb3NgmN7bJjW1yY5vc2CY3tsmNbXJjm9zYJje2yY1tcmOb3NgmN7bJjW1yY5vc2CY3tsmN'
    'bXJjm9zYJje2yY1tcmOb3NgmN7bJjW1yY5vc2CY3tsmNbXJNbHITBja5JnavGFvGxu4rBfrqC5ktTJ2FzJnGjxokuJPHjxph36jd'
    'xyjj6bkNYpB9Y9DcyD4+w8bI8eMQw6E0rhe/B8UzzS+uF45zpaKefoZTaVyvDRZ34/MM8Sy3lW0yLMdpLGrPgvae2dj+YNLsD8La'
    '8tvGrAqyV6/2sVcPa5Me25vH9uaxvXlsbx7bm8f25rG9eWxvHtubx/bmsb15bG8e25vH9uZTzd48B3s5DWcU4tYBaCdjgFs5Zk1N'
    'L9RanKr3d4aDfXiO7iwD8yYN9p0tDSREaWx6U37mdHbXRmWPOrkAfc/LDSjy0/u1IYW9Ju5hk/t5fp9H+xJ0B1e0JU87PLZKF2hY'
    '00cTvwCDhB6ifepSyKPp960W+k3l9KOb3bd+ojAPnayPvRZ3maMh1quLwAbt20SsAx//pWnnTFHdwdI75TB7YJDh+RHDM4XT3Dbz'
    'y/cBvRtoI2O1mWvV3W+e8TvtChiKwgeFKezwsb6UcmTCqnWhfTaFow2a+eF32agb+FtD2sZvDPf7jGGwgmMwWZdXDWHuxpTDd+ts'
    'ek1t7fuF2jZ+RJjbkHRp7BzHFDhD9v2ClCOrniwY+inJ7zfHUpd0AZunLo29z1CFzm1up5NIOXcxOp8pfmsWFt9t0PRtkM1rkH6X'
    'iY6IHOO+pAvbNvR+/xQ49/4y6dwHIPyZ9J3Wt1mz/jZ7W4fLt2juvweSDo+mwiVcR7vbwv54VKH7Y9Kfc5Ouz6Ugutn2vM0H7PnF'
    'pO3+CtPkfG9LXdLFU/zceSnh1KWaexPaxET/LK9YOxO4+WbCkSFXkg7j8/FXCT0s9irWIer1uCHh+kwIO+aNhnujOzG5uPXshHMv'
    'p6MbsB82tqoqnpG3O5+0m7fk4VT8H6cVVHNX9CWRcPwUhmk3qjn/GcidK4Frvyt5J1b2gCUuwTKq+eR60g8Kdz4nSy7wUTJm2z6o'
    'ztTBgPYkDT43BAzZ0sqXC/fc3Bxib4SlL4q65KAnGhXeb4S254aAyVFLmKwXXrubLRrd+yTRw6shd9+y+X3k7nuWcH2pLFbIt5st'
    '5Z9Z4cZ0obLwJJGF1xNZeDX0oQr6jXdOsv2ry7qTnN43lMU5LUNunjbI08r0qWzXYHrfCjtrcLMo6zna5u4hSC+T7zm61tVkDTOw'
    '57tA1i/IHW410UPCfFIn/50G7cg7jN/B+5uEG1fqWna3zO+/DhY4SZk/aSvdAs0dsVxrMzDS5xwP8TQqYLCe6JqY4B6Ep2ECT/G6'
    'e9ddseY3lrvmUa570cdH4R8XJ5z1/Dei4xjv60NvX8c0gHed0xNAA8S4dHrg0iT5m9JQCcIf9ZO92QvrHAbGEn7bM1mZvVCRx6k6'
    'ZbKKYR5V+UQAPV7LeOEs4eGbCD5FXrrGgodGGBAxDExZGOD7N032ryq2TL1CFxfLINwkfOxO6g35vKC206BnxnXUauB7FeP9xC4h'
    'vvBDtR4cb4fbF5xukb8e3nF5FM1H991MCxlWmPXiY7kA0kuIbYEpX27LV1eRemS9Mu8K0KkVojQ20UTZXtrIAOuhbdnvZWDzIdtf'
    '+4C9zVIY2/Vy+/mDp+z7mbbsJ9qyzinT/mfHXqcMtYfj9ntor/LDEPYqiCNk/R+EMd0M46kSB9uTUOjdS4hJZ954ncWdVYEmTZ9k'
    '2TXAypm9NOuyvqiEtRfBgEHCxw6Aj9zELKScrxTi9ExQyeyUA8rQMvx2enDYw4L3qQoHpI0gE0AauP8S56t8/3byfsUd7vsLROxr'
    'IypfGxJ/x7ZXk2N7hTQmnrE/jn1TxL4pNGt8nGKN6focAzonSHPJeg5ntHoQbYl2naa0PeWRVDRj7E8j9qcR+9OI/WnE/jRifxqx'
    'P43Yn0bsTyP2pxH704j9aVTan0bQd35XUn2Q3pXItkavmjp3IkU6pq/ydx82/flZ3rUrsaUPKE1aNe7uBVzTOsiXIvdBswi8Fe/y'
    'x9X18e9IxywNKQOKee2Y14557ZjXjnntmNeOee2Y14557ZjXjnntmNeeDN+VtaQ88s88Vmae9WM7w92Hg34bxe8qvyZh/QCpYubg'
    'HTXyyTkypwMW8MJjZ50g3Lifoxb1jGrqk3R3m/D3AUP9Rtn6Qclr9EZQHsDXuwVwN13vZqG2i98a0GYv4fuOEF4fAOX4neIx2nmb'
    'qhhKJjq63B+CTblyYJj79qHzuU2xThm2TrTue5Cunq+eA9PzOQ0/3VmqwhULCK6gcTIxvti5aQemUqKU5qc6JatZGV7HaT5xslDv'
    'byZ8TzAcMEOzH7l/Fx2eQjpf7tm5wjzOL491j3+fyGK84xjXpP33K65PlshiNnW4cjIu86xmed4N6cc6vLJPWb6oG9Onx60vQPn/'
    'gvR+SC/s8/YxA/NO5UUXd+vlsvJbUVPx6tIYYvTbrXeVxhCjdd9wu3dM+K369mDYyWpgRxe/dJic2zjPn7/cSU+B/v5yeymvQ/Oc'
    'zPLwNdf1bTacH1wGS+cy83En/dOt3vl64C6Iv3erAgb6YN62evuUYbQCxRXYxiYY0/t69OuMef6px9s3/Ja43ts3WSct57eWNT5r'
    'WZR3Alz85j2l7dG+XHehk/58QA9XN9xutl+prU/bY07Zh7+vnyPM86HnXd0w/CbLyfTZp12cVK8oJ9OHNGUafcp8ZIW6jO5sNZHX'
    'XL/XjocvsXmzZXqnF0ufUjPiodXGQXHcjsnnZz7et0lcdArDRfzs2bXbSZ980knv2Ov6Taon8FG8d3sW8OcDTrp/j5OuetQpM5fo'
    'f9JvvB0O47P2Qf1fgTuUXaUwv+ZRNYy3WML5r7/upFc+bFfug7AHV70QrUx47ng4OV8NAQxTe0CTvmZEqc0s9fe0zIfGTEG5KOIX'
    '5ggMXUzkrUX+nslf7/XJex7L+xlyDvK8wwHt3EHaeQuk6K+th+W9heTFPqDfy16WdzvZh2+CdIjluZbsE55nRNH/RtIO7cN5pA6/'
    'GJSoi36kKLWtxDFsCyhP7axV4w9qeyWRV5/HeLbN7G+sN0/qR1kPrsE5rGw33q1C3jnk7D6LlEF5fI7BzFnCSzPOS3tTiq/SuD+F'
    'G6sXbWoR/nGv4HygDAXvI9F3G/dTQHUtEmQP47c1xMpoDdS3AP4+Snj9WfJ48sjrUto6b8mDc9/kmwl/1wg6Hy0GeSlewjk7g8zV'
    'kWTdz4Ry12vanKlok/tK7jVok/uMqCI6C37rINfpI0RGz/fE8Qp82M/gHmEax7RFkRf3RhfbI5tI3m6GV3rJXkdblnrWNt+DA6S9'
    'RtgvtayfeVami9iyNDIZTA/Dce9iuA7lmKeSvl2nwFWqvi0lvC/HIZtZOwNs/kZZXXPInT/lOXNsbrmfSFwjen6vAHscDlsoP04E'
    'wAriFOo/jtuy0/ISPmcCPCcIbNvCchR9amJ0CvV7VHibkvccursO5LvnKGhdFV5qJf/G9qhu0Rq2zxMKmlM3Xt0cyrW8M+HibL85'
    'vCPhwJBuXdIELmT/TXz229C77wC6+xt7/Pl2zhdXAf2++2kvTz4KPMQ9T6lpeRzbVugXvqvBedEwjxhzKz2tb4ozifHHx2+nDOZP'
    'pF+UdivO0t/QuDOg9GvCMWQsPD9JCdtnJ+7F0XhNp9Wa4r69UbFvc9N4jTPw+OfKJsb/UOK9bOf4ZKzxjfo1NvW9FLSvd8Rrfkit'
    'Oe77qxX7PvY9mUiIVW+4hNSIdQ2eAJwc+/uc+Dk3o1N91kC6zsxMb53GDqbTuIg5TbJ+Wvw+1ljrRHqfug6+r0bjNZ1Wa4r7toHt'
    '22pBFGN8GvLIJALy63zI+t0LHae4a1Hp+bQK128k8vJV7L6Gy5Jt74O2sT7Y7IcQF8ITEzo7reLCyvCjuiic/rbp7bC1D78m8y9+'
    '9kHH+dz5xfSeD0ysKGcBqy4MyhHTexM/5zxmUp8C/sPowUyztUkZcK2+TzI8bivZH73xmkypNcF906SjuzqKO3an7vyrI2tbH6Jc'
    'EN2X7BS3BcFUrUV+ji+wXdTJsonlYRP7w/Q+XmUzMszuwYeEOq7tYcTOokeEj/c4KsrXWVxtSc82E32Eevg+S9jFTJrOa7sEWLKg'
    'teMxiXm8RfTraBrDleuajAmv3cp0gBVKN8j2D94zKhU5DZescKzEoOPr4Kcbpt+axPEtg9fo5vJEcFbxLYPwph++S8Y0eQlNXsm9'
    'lTQQL8V80tRbk5xw4/vw/WWiB6ySNcsyPxPqmHQ265uaXuudLne9g67go4CHNNDECBsbYR03WOzbab6O9AxsDykB9D8DPxssn7fZ'
    'o8W/C/+4XbUnD7pHFdgkmUpPQk+abIRTTcaiK89I/e7u0HYo2eF+T5NrznLxu/xb6rdfy9p9+UEn/QvLuFgxPa3AJeWBYSA9rTqz'
    'p49cIKaT4zWp/Jq0ghyR4rHemCaaOLnAZ83OyyjkBqX3q8nUofzg3HI7qPDRdO0f716L12Sy1yRQr82nf0q9toD8fnpt9eyOCnXS'
    'Gplu2tUKvSLt/XCq+PeXVCR7FdNfqg9Rzm88n2Lj+TiUqzHSCZWShkwW/85Nq1OmqjjNf/7DYmjRVfArTOxOG977xCesIL0xMEdK'
    '7M7s/qDz72vI+3YtJaHnBbPjr/qz/p0BtMyM4tws0rGa/BzkMRPwnbxL3V34rU+6cJ5RvA88P0PglcnyaWpRLCUifsYjfQLOz3hN'
    'Jn1NcN/crtg3cJYUcHkSFiwdqBSVyfrMVW7KrFEwnk4mJ2SlbOuwbdn71aac+nujgi6+LYaZGGYsYAbxTpeI9eknQ7e7CuYf9+9V'
    '8dxPytxz+Q/3pdwK7ykfhn63jgM6eJlwY9o0MN2/TnJvQ+vIkvzc1mU20QFEv6DLQ9TTEsBfNrO6uJ6hid8brL+O4ZFZAbw3zmNQ'
    'Pt7/HFuXNFsXk/rofJrotdr2tRvqSUK9s+K9HZluX5DuA9fZvxrWLZ7/iZ9/KoNPaO6e0cccxvDKkn3DfTPWsXwUPy5sDx9DzO9e'
    'HeP4XRnB3cKIBi/EOlFTXyeK45Uhglfi9Tu41s8U3xxmiG/88NKCCuOl6vHy8VK1gnZDf7E3EpjPar5xGi0p3BgFNeRvKjtGX4yc'
    'jkyT9ab3Oil2r8P9Oe6X39lcYT709Ygy63/zuXtJAXxcE+soqfmynW9sU7hXsLpzkXOdDrplQTs/FfzSPbAM0hnt7jeVbpuJnrJc'
    'Y794OY1wfiPvh64Xesh+bATdkLmi1LYMbd7QFg79GY8I85hG1C+xbGd94Xc+7Kd6xqeY8KYHO19ri+tM4aA/Ap2eafZo7lPsjnrf'
    'TW9QVSPg+/OFnS9/9P/KfTAvId/QtzLGcaLxVNAnNcZKayPf8qLU//UsxTess0HR3ijTvW2Cc0xFK5jIKLifHupnvNx6+N75gEJu'
    'XOVkSOrvx9NTRNU8W4lKc+ZZrWNjtlQVT5NjvHcIBsJQM9K7qjRjlT2NTu+jbo5hIoYJxX2TSg7dxfBSCc0dQkdhGj2BF5pR6DQn'
    'FPo7yH/FNumE9+kMv5Cxn4DpuSY2fkCOt8ifAx6MylCqhH+8rQyUS4rSeGYyphrKoN4j3PjZNGal/LZVeONZbmB5BkmePONrMZ5K'
    'XrgxsseEmS8WWe5S4fpu4XGDx4Q6RivnoVVxoM8SbqwdHht4a0D5JriKboT1mxeynnLiWGM8XCo74HGg+zVrigeI5L2PCHGHURJ3'
    'EuLk/XZXaXwNGsOpm7Ubhlf300UVPyrU8RMXH2YU71XxNdthDFXjrvyGy5P4t2ayxxtgTPPYfTDC62L4t6yDymSbFbLb6nFXZiSE'
    'N1ZLlSiNd7OI4JxFYnr40FLFsFnNvmGcmpnCjUmP81YOTFV6jqerL6ugNbOpo5Jrm7VYW8RtGB/0CUXsoDsgdtB3Hi7fF9jpIedq'
    'UcRzlSYsnS525pIQ49sFc9UE8YFffsSufONj5vn5uWPTDo0VVe4cUl5WJ2NrVPBaCK9pBq+XE3i9nJ1DPHbaleycQV0FhHVVGQ5D'
    'QftH1x+//XO8z/5ZRO4aXrvPST/5EOyP572xFGndKjqExrv79DNQ33e88e52QD/+E9r6IsQIfvi5yd/XV7L1K/cul95pXy5K6Zoc'
    'uVe5nMGIrj9yfmYINzbqogCZcg2bn8UiOF5lluwPDnO0rbRGTk37q7qTxjuenGKfIMwdQebCZv3D9NHvTgr1TzH2Io+drYqbuhXq'
    'fJLQeIOExvDjM2h9SI9cC/U9AHRvEJ+0kNAqNnO3EvlVksp2P0bWZwOhbYLGgXTO+4QTkxHnIYh+2sTSvAHPulGxHjh/15N7q9ms'
    '7iGDcZjwzP+D3DdzHnCQ0JUYF9lk7njZRliTw8lZa8If8DvwoDKD5B5tBuvPqFDHytXJCTZraN0s0dXBi4d5wo0rKd+/ROBT9vlF'
    'KDOj+DKZSmeybzy5bLYK/12dranN1tU34NPY1DBJT7P8X0slai5OzGtF2uC1UtuTncU4Y/c6z9ve9uVi+oPFK+avW7Lswl+sv+ht'
    '37j33sXw+Y8fu+VeE0ubb9747UUJkf5V4Z83yqqH5rgYxWnrv5127r3k+XvJI1duZ6QWe50/MbHv2a372op/3et5Xvk2/WtcjO8u'
    '/OT/3zYuxymK/+0v/Per4v8Lz7df/RPUPD7+e097FldOAc81infF9tsNChtpBaktnCYr7kxRX0+o49wuJ7iDnsULFLw7xVc0hrkK'
    'B9vKBYJkhf8MfLXJmR90FtB47EF97tLIZ3vJuKkMZcRwTEHj/WvhOIzRyaxp21sMx0HLmKyr7McOgLMoZdd4Z9AI8zhDIeNVzW2Q'
    'fOpCgNug9e/X9N92HLwPlC7YJNyY6M0+9wqoA0a/b2D03uFA74WVtZv005ae8JMZ0PIqXdPprk8aeLcnHF8w7MS40ez0CvZro5Pj'
    '0DVV6Uia2IFhHbyNFOFDf8fgx4SXtrm3saH3ezT3Sr3Cq4fuVyfeM36Z4KXNhrS/DleGaf9WwheZth+mnWsJb8fxLpW/h6n7nQTn'
    '95dZ1zkAtyo+dVvIOk8gY9/K4ClP8GaYug8nvPtmDWxSnjBMG7Y6liqabIjsYVnn25LOXFdiP6OOaNUzrrwK3938LefdXCLfehHk'
    'm+ldrvwuQ2ShqJeK717f5737aNvlpD94KpwNS7F9qLehUPiCCs/Nc9tc2MR32Yucd8vIuOQ7mX7mL5xvC8m3xiuc9Hd5d57x29kb'
    'nPRjd7l3dNjO4nd45/lnee8891/inecVd5TWmyTyz/Oh/3+XcOxdkJale2LEAo5t599Ez7rV4qzZxPDjIMNLeSYPOo3cg5Z7ltB6'
    'F0C9pjShaX8byZ3xqA8vR8vgest/r004PFzQOAcY/b+N/d01iTDhl4/akhRpqMI/TtTIMHsYHTDVx/I88Gx0LC8dJH3/XyDPrgR+'
    'wPuINWknXQXp6ZC+Ke3AexXi2TSca21Oekubuz/aiH7ZOVC+I126X86C8u8j5dBPBc13EuS7qc3dV7JPpmddQ4j5oOPugPQUzTh4'
    '/xpBvjOP0B1ULyxvgc+4DF1FF1LaZh7MPW13I8GNJu1S/DSouL+i7ZnejdF5T/rcux0rmK/RTqhSozSO9SYD6rWhU6rZWULp+kbQ'
    'NcyRb3Q+lij0MzezPEeRPMOaPEgrU9nKcpIX/6b351TepMvL1yvH9Pe4v1TVXPJycj6DyoWVC3O4qmF6HGmDe9zlwtzPhSmcVqpe'
    'lY7P8hAychs95lbgkRME95bGAkoeNI+Fa+a0jS+8hBhPqWRdCjOQQFsO/Q2L+aPyFVeujlR9vLeM9spE22Tb2GAvjxAeBIMHUx6f'
    '2nN3i9hPg1Z2fmfx/+2uqYod6giyjTGxpw8jv1lKaE18dxq8m0PeLRSu7l89oW+offUgpL2M/qHt7RDh5FqVGPOFijGfpxjzOYr+'
    'nx1iHlYqyowFlFkEeIKWQVv3UZb3CJgLmpfzFDMVefIsT60ij+QfVbzCZK7fNYr1u1yxfm8n7x5SrP1HVnjXPtHhXfvjNWuv0gEL'
    'WnudfMtv7fm9uN/aLzJY+0UGa7+oAmufs1z7JuDBc3Cn0gR8F/VJswxk8RlSX4qUX8bSM2AsFwlHRo46Jn48dY7wZqNMDjDA7sZn'
    'Ehu4HmHuf2Y4wN6H8uBcz/wMMt4zAuZjDYHphSHuGM6o4JmEOPb/kXcz2513r5F3M+Ddq4Rua2fr3A51vaLIc3R7aZ6XYI9SOYRf'
    'n2WZH8g7EIKXbMbbYiE74ro2G6D9r5I7yxGNPscQ+66SR8m6Pk10e3o0ZU31iFTt+8nxKcxvJ/LLvKWNHO9zI8zVHEtd3KC2eBvn'
    'E32aMTb+XgOdLZQzHsnKjhEdYMQz5ejb9GvaPgLugE3XNB9CV22A4QwT2WPaEo+o+MKlIrwN7gpITxXeO8QTmP580kdmpno3G+xY'
    'bHk8P59spnVw++SJGnOLKM9GWeVDbFTEcVDL9DEoyPV35Lyr6drQu1ybMzgqGsQWNqb5k1TDhsVjUHai+McmdndVbnsJy/IZy/Kx'
    'T1QffNX+xrSG8InaaiRro2feapKG0WNrJuf9DVAe+dkuWOMrRew3fzLWeQ6sC64bv5vgMv9l5Jvwyct9sjQH0DNh8MOaAP6C21YE'
    '8VAq2wbOf5jyIZSHxH5tt+CrBpk85YFGZ/+p+McRC77t5wo+tslCd9qEh6T17Wd/b/TRWS76hGp0ZIXc3oLOZ7/P+qr6EJaXVK2h'
    'Cb/3KtO1O7vR1Tfz44UneiyjlvBYpE8L/ztTIQMw8SttqkfZxWSKAxp9w4mWEXyvwYXNMdY3k7mkeuVcb5LqavYJO/mLau42+8iY'
    'qG3WpxpcvLJdMzZui7Zdo1/VxfRtuR5rVwTrEzQveYWsr2gTT8b5xzLWrksz5p4yx0zntRxcc2xhnG+Bd2cy3b4zQLfvvW3eueT6'
    'i7L8aaAjuDJtpsOIeTFV2Z/yPsi8K4hupml/T4BvOzX9pX1aRd7LOfq3ekcmppLnbWa4pIvB05jivovCg07Xke+NfoO1xTPxwXpH'
    'JlUp2I0SZv8D0p8yPHNTvSMzK5fGoP3Pa9ZgQJjHORjUnLP8PuvCekcfktpC8DX+neKOwg8H25zZ/QE4F/1PHEvmeariY7/+/76u'
    'lP4z2SO2esATTTfsqXPua03PVBU8vhxwhzSiuVNHfyqfq3P6H+X+s6Ht/fbW9jqHrww6YzoMdfYxL23zTKL3T8+c09gZsZrpyb+Z'
    'fV8FZ8j5hT7PnwAaoFeDu/PsTmnxBPdHR8NifzKT3B8+Py/VCnGuCKYvTGCr04Iu6iBwZVo/wlpnmfRQhyFdJefnL2td/FAJfkQl'
    'kzGxNyvGQZqgvg2F6Ntba73+QCZy/+O5uXiC+jEU0I9creu3C/f7ffPU/kO4L2nMN6o5L/5I6pVt/WdNqVzFVLcojOxkk7D3cRNU'
    'D+XbHqlxYdzGz0mPBT+RF2pf4oMBNNmdNS6/NCDM/fuNKmSLdD+arNkGi3EhvbWhxqXVpyqvUdR3IfNaqbnpiRDXNREYrYR8vJwz'
    '4kD1xPQtzLztqXZpocnmHYs+rKodPSuZ//AGJz0G0hWQzm1Qf18FaQ7SBZCeC+kJkC5h+Wc2OG3fWO3F62FwSVgds6urKyNLNz2n'
    'z6xw+0F08JGT1D6OXxpXLpgEPpz2id9p/HOVowvWBPJTug/mQDob0pUM3jshbYP0aEjPgnQe2z/nwj74VpV7Rk1lufnHyHrZ0Fi8'
    'Pi5P7feRrwb5oB2scqKQhdGPjVpe9dYqN0ZLGP90ec1dV1C7y6pcmdJkyHOKcairHP35IPm+jexlovjdf805fEpRp4Ht+cPZ3p4J'
    '6ayQZ94en7bmadqaHbKtvyFthcFNtNxRkJ7Cvi+Dtm7LubA/UTKw4v6f4HbxDuOCnIt3bPTxVbjQtKyOX1yWK93/leAdDgTIbety'
    'jn8Obutga9NhSjv8KuvO/2TrQTyTdX3RhaFFdfdwsu6/jbBu3u/PZJ2/pyLOLur/ZB2dNIqnEpC+BdK1kCZD4sirsi7cVlrWWdT/'
    'maD2EE8tVLRXSbxYQ9rrZvDYpaED8yHwJ+6PX2Rc3BclTWpDgz5D+jAZ8jrZh12Zyp8BPQFrf+sk9IHD+8aM62t0kO2v/RrdseaE'
    'k6YS6vvSt2Vcf65hzjZTfHxaxnuGVkqmVuT/J6g9XJsUgY9yzuztZfCw/572rmWYPgTRQ/vSzrltc3aZ0toPkLrPZvT7EsafnGdZ'
    '9/9Mu3aXUdHTQfvkAMzZu9Ou/W4590Wyrv6I1rkngP9YV+F2cO+clJ48e9hZZF2uZ23frbmnwz59YR7zNUrq8sO7Jnd+v0w5sb0m'
    'U6cwSLbwVMqFj06N38U1rN63hGhnV8q1udbFVg3CWZ9KObLPiZKlFWNCp9zYFVHLzIr3fykX3rj/W1M9KqzrYjI/E3V/eTJpcyJ0'
    '7It2QASWhn3oYj9YqkrpY5IMKPgCU38EOC+/Srr1rwrYT6eH2E8/Sjo6FJOJW4r8f9KBX8rb4n2bzf2ErOsLSTeG4hUQq/KWfaV+'
    'QJ580kmHvwZ+lfaWxqm8M6nHM3nDe7ebkq5P7TA+LXRn5Kakq29SSTlYUf5H2uLj3yLKt5ui87UyWb4/jflJb9wdrucfBOunWOi4'
    'mewxGcitWZR3d/aLhOsfKggeObz8JFGebxU+x/+Y8MaqDHsvp4KLMU2795FxlMufFvX/FPWF5ZFkfbeQNeJ7eJvQx42UZbaQsjaw'
    'L8v0QVnbex1Z5jKfsn73NLLMWxKuD/7eANkbyrPXkDImto7FOMcJ16+WCe4a0Kz3EYlw/pcGWT21CdcnmB8N2giGu7UGNrsy729F'
    'cF5c81fAhjlq/XFZ9/eFG8/5F+vBL0zejdch099ADI19JO+zFztp6io3LodMj+yD+3+fvLzeBxV5z9yuzvs3irz9H1T34dM+eXm9'
    'HyV5fwMxSe7XzMP7ffLyeCbvJnklApBpwyXeso2AA3je265W580r8p59gzrvO0nePOS9Y1A9tvUk744tcC6tV49trSIvrhvPe6oi'
    'L64Fz7uc5O34SmnM8luAdlsAsc+PIXk/97iT7t+ljtfTSvIG0YQ0zjmnK1uh3ln71P6ugnxcmdj+5xjOQ1kD9VuRZ99s/Vakyd/o'
    '413SsGcBzMh/75b2hKQMH1tTyLGpfKw1Ca8/fo6PqR/BhSHHbcv783PDZqznCL1/P5OzrZw4oTbxM7g/wM0aXnnQkN8PijN6i3Dj'
    'm0/k3AT162rAVaZ0a3eZemm9FuMYiWju5bzPDyHH1flP9It1O2LQH44/aexPCbdBsT+zIXDQURY863AImSC3sx5hNF13tSv77jVc'
    'g6jaflO1K7/doODzdfHgTWxVKS+6mLTDY9NsiXA8jdBOmPX0a4f7T/1tVWXa4eP5lyoHNkzbiRIuH7Mc42jIMX6+ypVh92p4Q9N1'
    'ub2Muni/dlS5MtheQ5xq09den75ut6zrwjLq4nv1DDZu2zMhaF4XKvp6IGRdM0hfOf7q1pTtMtRDkvX/KRdcv85fRtAZLev/ac6d'
    'izD10zjp3yN1qXCsDTx9q4y6+BrdG0FduB6fyNnFwxy1rP/GnBffqvzF8LsWEznLeqZfiPel54H85ZpJaHs9tH1WzpX3c7090/hz'
    'JnmL+z/nyvuDYD6vWadZFnWo9o2sI51z72l0tM+IsLv7Lcrss956D0RQ749IvX0avbnBEDhuD6l3o4bnDkPz7TKoNwzO/HjWXXub'
    'eimuvMWgb1tCrNGQot4xYS67HtDogb6DjHlIo7c0FIDTzw1RB8flpxjUMRZ0/ivq2GQ5llmKOkYtx5JW1DFmOBaE8Vczri8CHl9U'
    'dQ9+IovJ6ndXaSO7fzbjjbesuhdYqfH9ojuTHo24Xjxv7s44eh9Bd7KrIzxfPziBbeI4N2VcfLBW40tFBSdcl+o0Npa3RVwv9vfM'
    'jHtnnWB30vh3A7M9SBPdy6LMntSBd4nzIV0MaXtAHUdk3DtaTo/Y3P3iPq1W1DdscRZz/Z/fpr31jYWkm4o+e0h9JrpNYxp/Czje'
    'Z9LuvbLNGSnL/J2i7MsaOoPj5a+ScQxo+jpgQZt8itS3uUy7ElnfB9KuTtdE4+vinT2ZW9yDZ6a9vpZUe/6yEGVxX7+FzGOQ7ooJ'
    'Ll0ZUX3Yv6NIfes1OjZ+NlW8f/UR1Yf9+0PKvZc6qkGNH3W47BVSluupL2Zljya6bkX5X8rVgehS0CKmfjmeVtQzHKKehxT1bAlR'
    'z90pVx8k74NT6N79JCmzUaj99/Zzmx3SX1UZU7yxzaftQU3bAz5tD1q0/U7SNseBfK62Q5nzfcqMKPRuZJlOgzKcLznRoMx2brNn'
    'UOY/WBmps4v7eU3au1dt6eVMqjROu44HkHn/mNTn/RPL+0uS14/3l3lfJnn9eFCZ98dJZyxh+Mri/g9Z/g2fXZryJvtIlr9HMVa+'
    'd5E3/2ufvNyv1Md8+jVo0K/3kfKbQ8hOrtOUN73v7CFj3azRHcS2LlPkfVm3/6FfYe6nZPnTSVuof75OQ5ecYJAXz9FjffKezupt'
    'M8iL9TYnXVwbFj+gzu7sCshgZd0/T3h1WroZTviJIk8fg4MXfPLg+j3jk2cM8jyhyDPM+vOoIs8Y02F9UJGH47p7SB7VvZzM81mf'
    'PAjXn0g49/02d1Oy3IcUdR9geXaSPHkNvtlK8qjkzkWfHT55EJ/nSZ4+jc3zFWSspjxh0WaP1K06V2SeP1PkGWNnxhqfPFjPiSTP'
    'gAY+lpA8Kh6uSP+TsZri4eL9n0/dCHs1PnnwzEko2s8btP+q8Nb9Mmv/FZJHdf+F8WirfeSqRfm/Is8mluefFHlGWZ6nFHk4zfMt'
    '0KuxOT8wRq1NOWzvc8Kdf1O+vHj+k7GoeGKZ58OKPgXJMIv3/6Ru1bnWCGOr9jmjGmHvVGvOplMhT5dPHhzHZT558BxcT+bRlC9v'
    'BD3PWRHKRmWdSxXzHnSWynLzyBhMZZvIXzdY8vxcZ5THk10uSuO1BumTqeKgmsYzNak7jg/I4sZ9Vgiifizs4pm2GsczDVqbRjj/'
    'r4nXSb1Oopx1Ekbx/XSxYVOWOqE05vIO1Psft4OHqdAHW93ZZIg+BuG6FMF1cyz6juO22X+Hh2jjIcs2TOMPq+pq8IGPqMrj+SXn'
    'G2NvN8D3FKxZNZz1VWjLDuvXBDrvdLyfKPzuUuK05CH9IN75bwe033jGx2+8Efcbec4UIZ5WsuYIC6Zr50fL8HjwGOvUxO6nnD61'
    'KHT8/fAQ9l/29xJGN52gGeMiMv56+HcdGdss4d6bL4Yyp7M6Tif2YbR8VlGellss7OKfHwnrEEVfTdukcWrTpFw9rIVsT+wS4gs/'
    'NMc1swGP0vWpYudDHTmnC9W/YQvAbY2GmezT1BeIyvf7ncQ+7B549xF4J/M9Nx/0QmAeEH6wX7imRb1QWCtqj7cC0lMV9ngnoM0i'
    'm3fVmal6F9OTAfTkcCBJ6PMEh5bme0WHq9KKc/ckWPtuSLdZ0my6fPUk32z4IY0Vdf2Iq89IOHJAxFFJQkfgWdEF8ln57/2yXsP2'
    'OC1ZS/CR39mK51APq/eqeI+U7JGd14hynmTQDmpg8HgDoTPjdT801r0F1r6DvGv2kactjUCe1grtCpAV1hO+pljuAv3ZwPvfHII2'
    'rSLjkoB6NMzBHGZH3a/RSx4m9CXm95OX49ythn7Kfx9PUuqjQNa/VZEi/W/Cw9KxIf3UdoJT9nJGK8n09X2ltNJFJE/VeGme6nHQ'
    'RwO7W/nuAkgviUgGmyYnvO58Qz069D22XpHayAVmkbrmpb1pGBmDKV0fxD81W9bXTNIkwMEwzN8A7MOMEa5NJRLpaU6HLuUYxk7+'
    'XFcGLlY9qbrOzO4CQ9NJ6NgPAX7CtU5oeDPcb0M+e4jD6gjAhknddA+kfOSHVPa5nPBhwrBfGcAvtrLSBpYvCllLGD8vYfhKbCcJ'
    'P93cUr80tHyzJd3WDO91MuZmeB/kp4HjqLkkP68vYYHDKAwthDQ7bocHqQwI82UJDYFyM0oDN5N6EQ5s62khMNQK/FUSyhwby2GV'
    'clgV36BAozvDEMR+dyapCsNxER9cBnfbVzh4wE+2xvddI3yvYXtiKZMnmtyfVXKMrR920szO6TvG+2+d/mNEH2137J2cMWYmYIzo'
    'S+71R6fGmCdiXdPgE+97T02tMVIfct1Mp6+W6EuNCm8MAE7/2NBrKrirJXQg7d8sEey31y92NLdbXiDsfGDkLeunsoSgvKr547Tw'
    '6gC+gM5jjq2zjr5U6RP40b3YD1M6WY7tfxR+55Iyafj58S14h7YMZDOc3jTlj5JToB0/viaMr0Uqh6iB8umAu8dmS/prro/OS40C'
    'T4Td742admtAJS2p4ENeftCdQ1t5jGA8IvpAfeJppy8t5NsdgKu/83ApHpTvXrvPST/5EODe5/3xoMnZYHMH3Qp/y3/PhPlBHIl1'
    'NSl41oxGXpkgMBrfk3rlU0dfJG4D1N9ufPnpPkeb8EZc9pgia+J3b0h1TPAOUSWn8JNRq9Z8uq+ria6l3x2av8BRzm6wXlIP2+vx'
    'Hdzk3r2iPkzaUuaI58IWSLtEqR/pwxPePEMsT0vCPXuQlkX6sFbxDf3ep0ndtFwTsUH6k9DnQfua/yu8bbwLvv0f8m2A9e1lxTfs'
    '278q6kT7qhdIn7qF2jf3M6R8FxuTtL95IsZdMe6KcZexnlUS1khFV9QwukKsK6ztZ5x/d3YU/t0RTEsm8Y5AUX9TRPWnWf1aHgjq'
    'D6ozo+CVNxL9g3rAdbOgrXQM3ymYqgusFQLNzVE6TWhmeWZ/QWFzIQzObNTJOAP2Txt5Nw/0K2aTd48Kl0fEd6vbvbEt8J4M41Ni'
    'zMvTQuolxPB48MBji+W6vovJmXrjNeVr2jnZa2q6njbny7sAD9SFWPep9FhcMafs6NfxlKRf9XfR+mc8xNPos+6TIY9F2MgG2JUg'
    'LCXg/IlhSQ1LYXUWooKlSOhZBkOmthQ2dZYjS6f3t0XfSYS/f+Q5J637vnv/yeOdtUOssZv3quuj8c6O2OXWo8pL451dD/Wd9Kw6'
    'L413tuMB8LP6uPe+tpHwM8W834X7a7gD2Af3El/cUxr3jN4bfAP6sH9Pab1h7w1mgy6bYLqmOj082eZx5M5ruYKXbIKD0VbfykZP'
    'aznrc8qSdvLbT0myn5oIzWxiZ+On/5sDXEv7yO/9GtnazGe67JWy0zOdtxbG+6A9X5Pw2vPVimB7PlteJgfzZXoX3Ah/cz2JBoWu'
    'QyPcTa+yWKOJWBNTWzKTufDT68gwuL9cMd9BOsN03ek5Qe+VaD9kO1dankWm96HHsHtOzJ8j+sR1JC/dd+2kTPMEtt0cgg/UzV0u'
    '5NzJ8b9fMX5qh1COjjTXcQ7SAbGZ99Gr7PhnU/0L0/ar+uzm+UiFLjfVVVhE7HeCdDx0uvtos1497s5/xhLGKFzG8Oau99oHJhfe'
    'fvDUoQtvWEcOCtnCnazzfYQ/zpJzD+cC6+uGMlVwll9J5Kex/n8yibxrYY5e09/+la//T9fpSmaTZGOTorJFtLerk1LG6WtYB8LH'
    'phAyUyPhqepJwcJ0mghXAc+fk3TjnFxuiT+vhDpOTrp8DK0jJYLtRKUv5TbG53Ad42uFua9vXraX8Uy1SccHSqVsm1V2zb9ImNs1'
    '/zTh9CO+j1DeR5ThLyVwTwTWbctTFGOpJVy90OWKNEyd70w4e9bkzG7U1PGWwouVpA7V3tkg/GMmq/T1+4mePu5pUzoIy5naBHB5'
    'yMyEY4+vmkPcj6pvOv1823rQl/IY0IvDGnq5Ltb19dOdquSdo9X6oz+N9wjHjyPq8+aE11f8BlHqQ7pbuH7P+L7i8fnywjzWwnlg'
    'O6Pyuc7PsW2aPaU6N3VxqfIGfZLfZwivD35qrzMsvPFlVDHOZgqv//oNzF6H2kT1svq7QspGKW7UyfmqQ/LoEl5ugrSO9JPbpqBv'
    '9YRinENC7cvf1n4lJ0pjkZnETtHBLL0XUq3tmCj1Ib9csW7ch/0C4aWV8izdBHnnCm8MHj5P1GaO24VtE2pbtpGQc+sX7+K+pON/'
    'j85Tl/DGC7dpi8YxUMFSl7D33xAFbOCYz/KBjRG2X09WwMZ/sTzLoH+2set5PCKsb44Ijpegwne1Cvz/azZ2ei+yPOkw7XQeXgq5'
    '1pun6Fq/2WKtTxN28U8mcv1fCbn+gz7r/5VC2U8KszhX9Mzcxv7uihg/5CcJZvDsuJDg734NjcRtddcKb1wt3Xkjz6bDQ8KL6diw'
    'X/OEayNNzyK/eoLgDOXzqtg3FL4OSzj+kWjMIrr3bGAmbzl2mnczsWmZTJpkrSGeGBXquGy9rL4O4bXB57F/jiWwvFWoY+Bwu30T'
    '+qVLlPoDrhf6eHv9GvoFfQbfCnONfAnGX1nF4pG9ySIW4Zsg3sk7CC49J62OgcPjpshybxXeGG9+cW14fLXTRGkMV1WcFb/6TiPx'
    'bnAdeQy2leng+C8Yq+XN6VJfehjnxy8mjV9fw9Khp7PYOqdo1sSkvbB36Iky+KVrQshHpru8pCgcaeISDfPrIBNHfMiDRxF3ISo4'
    'EmXcjXcyuOL2jKOE/8BvY+Q8awR5H+ps7Yd3S0j+/eSMQZ3GetYOykMH2HsscxhpY4co9UGDun7ogwbfzQD7F6pTtlRhj2YzXxeH'
    'uHP3+D/uhKVL+MvRo9IlaBVvBOQpzoOiP8JPn922rRoiaKR6WugLIIw9iqmPQZu1bCV6lHJ+mjpcPgDl7XKvN3e4fzd32Okz6vpd'
    'FbLfVLd5pZi4WAU0fkgl8tNYGVH5yczCz0RnsZnAxYc1OgGXEFxFdYhs5mS1Rf7Z7H7KtnwL0U+aDbCsGtdyghtt9HJsceeJCv0g'
    'ipvfSXiFBayPxzGdbtM5MPVVFQSbFE5Q36hFBPsqst3XFP9kiQ6nyqebie1PUvj7iEtZ4vYsyUf7FoVufFg8fp1mHrvImGOfqpPj'
    'U9UGVhMEZ3HdzL+80EmP3Orq0uC3V9/upOeOeM+I08ac9J8uUOttcjsIxEuyzJ86XD2CSvclF1KX0cau03Q/tZF8zUxnn+KAC+BM'
    'uZLpPIXRw1Th6csJDCGu7RXeWBDtm/QqLCr7oeUMxpqYvGg4QB5M5VrXENnXMJNNYZ5LhV2M7w3CjZ+gu+vrZvfpZ5B+dDOZGeZZ'
    'KcziNm9RyO6ahDf2u+k4ZhPZ76hhOdX8bxB6n+azQZ6k2sdnBsBkPSuX8YHJKyM67xIR0AkmNJqKhlxuSePZ2v1RO78mpiPI4wAV'
    'D5dF+vODrm8zO1d0+occphJkX0SBW+si4N3qLdbAVtchLJ2YE67u52iAzoLOpsxGJ7QRdFcXh9CjG1bMhck9Vpg+nqvpI+3HgIKn'
    'oXobKO8Own0m9+ucF6G8s8pmcLPiDp/rgISZl3LiSlCaiq8jv9sb1dwdI90UJs5UvUaHqTmCvd2sWYdBzR1ZD7vDWknuvXT+pHuY'
    '3s4ici8T5r52gMhZZ4pSn9LLyqgvCpx0jtD790Z5DN17jWyuxgJwGt4HLiZj3yrM7WtVeor8jkuHN7gOiK4u1Z7/T9DH0MlY4zh6'
    'U8+H57uJnAjxoA3+itd56q8znkstEZyTVeyc5PoOywlvacKToW5XO+jkcF/pVJ8q7DnCdbJof+lcVFvMxWy4C6BzUwPlm4mOTD2U'
    'ozG1uT+RGmEXM5frDoTRHWoG+orfG0+U/xPkwakddJ2w84uyjI2nXtj7lAuKoRaWJ4viPq3OUOcS/THOJTBOYb5Ho6PH85m0E5Z+'
    '0vlg3y0cv8fxuTE16YOvEH0SKkcx1RMcjtf+oPWRvEzofawvFHr/50eKYB/rhxGdG1UelX/0aqH3685pmijkajUR4PBqobf9orpb'
    'prqvXQr+TIWXEa/Phrtrzseq9GgHhJndmS3/2cv4Ylwf2bejFDJyUzuDPou+dCnoQSpbV8kyegxlYEGyqSh8PKlgakAhiyn6XE7q'
    '8+D+rSZ5tmjqkYCSU+SR3/6QcO9gTGCC25QcCFke2/9xwqWpVfOgij32koEs8+996s2XUe99CZe/2RLQXw6zmwlfFDRPB5jc8naf'
    'dkcq2O61pN2o6qV91cH+xQmHL+N5VLatYwo8xfOb2jao5GSmdwfcjvFoMobRg3QMvwaexLSvfvXTcW/RyCOfJ3e6NnPjV+duIi/N'
    'a+bqgAK/qWxc7hOOr0Vue2Z6B91jKEuh4+Iy3gHFORdUp86+pZftuzEiv5mIdoeILsO8SRiv1P88xfBeJa+5E1S1T8c30Ws5JMqP'
    'y7dalO+bitJLtRHQS/M0Z0afIR2pkh8OCn9bse3A66ruVkY1a9rN0onE4Tb43QRnUXtOOtdjmvp6NTjMdL7nkfNmiwLvR72+YfeI'
    'n/5vlPsmG8G+abLgCzl9/jtyd7lfQbvZ1vfvpL6uCOr7LhkftcE1qUeW/zuf8YWp717Q+wwzHtr2AbbfujS4z0/3Qvbn/cL171bu'
    '+lWif1cReXcvq7tHoyO0xeIOHddlLTk/9ivk5ZVqd6HPXX1fAA7ldOwMogMS1FeT+36UDR+tkCupcOlYGWeP33yFkfVVgkaJAtfW'
    'Czu/SxcR/NPD4OCAhQxtlOjrtojy/E41gs3OEsN7WZqOCXMZqIrXsqF9o6BxpwIM7IhozTaS++lhQ15U5Y+Bn7GXHCSwsITIgE10'
    'FjiexfVoJfPYp+kfXVuTeS4HVqnOWobArqzzTT74Ix8CfxxPdEK6ma4p+pT0O3dU+mZBMID1N4XUOeF3Rrr431HwoCZ3PP2acx33'
    '04kER4wKf59ro4SOiEIPcyapZ9iCnhkMuKeSdEQuUaoHkrQ8n2OfnMwn5843rnXB3GGn1UVxkGNdG/hPRwj/20LA/0BE8P/OiOD/'
    'XELXbxB6v4IUjw6xdBPRyz5MMR+md6I6Wp/q7g9YjHFTiPNjUKNPPJXu8f3gFvX8TGMe8XusMVFqE0fnfkxzT6baOz0WMNkdIMui'
    '9+NJdue8QaOr3uJjH0Fthfjdx1bLszgRwVnM43ktFd54XseK4HheVOZYqbhYOA+qdYra1p/aFH+7w0nv73DaPgLWWL77Mnx7CtKv'
    'Q/pKh1q++XqH126Mln8d0n/rKI/epf4Z0Lf/3HE1z56McK64/XWD0NtYU/iTttnljrccf1vT7MFpnF+GjlxgTIGo+X4JBxd3l8Ku'
    'dMwl01vv0sNFlY9sSuWv4P48+BC4y4G5+YpvV+1093q1hm8dFqV+v2W5z1/upKd0O+kvt3v3OuY5meXR2SLgYujGGIYGxfH+rM9J'
    'axX+EjIfh3m61atz+MBdTrrzVjXNUgldL2x7E8zbP/WAjojiW+J659vhZN7xm1jn/k3P66JfxJ7Suum64Tcs/74ePc5Cn/wz4bsO'
    'FrMXwTmyzvXri+3Vwtr848UQm+tS7xq9Fca0us+7Rvjt6o16+MoQujAp7OMDh11DfhZU+5whKj65QbHHKd64E87RwQ6vfFy1D16C'
    'uTr2Hd7+3PohSDvMYD1K2uPF7znpa/d59Ym/CN++A7GMX/y6q0+McYlHIdbweRg/GOIf73rEC9/HaNqcCBokrFwJ/ZBxG2mVD63F'
    'IWyKVDh3rrCLuXLCFO/fiRPcv6jiR6ro6zXCPg52QwCfew+kz80v3Qe29lXXwl5CHrk05tzB458qZf6kbXxedXY681UJn1fjIZ5G'
    'Bb1re99A99FCPPPH9XReEAzFftMC/KZVEIYonlnO6IhqoffvQW18eB6si8oMR4TXz8Ym4e9zoByceYaYXL9J2AeaX3decT9LqnOu'
    'OaCfqTLOG90ZifFzLw+JKzjdt2u3kz7xtMsX4Lc79gLd97DLvyANJ2k2mX7yISc9/XkvPfvpZyDPd6Kj704ndJ6IcM7rSb+XwT6S'
    'vqNntpfWY0KHmPr/joLnQVwdlXxqOvqDFzeVEWM2YZbFhg68U0GvJSBfTK+pfJSOp6YLvYZ22RSXHS+8sRZNfYvPdsREb7yjsm5p'
    'SI6xWXT4fjHh4WV+mT6kyTuP1DNrXyl/P5t8+zng/V17vXKkBMgQHt/tPS8e/r6TPvt0uNgIOKc289dKZFLcV73YJcQXfli6d28k'
    '58yE3RkkpyFOLiNGh+dpD68vYbP+LWXSWh1fcemqRriHRXrqkeectA72wPeecvIMkv3Z/jjEGNqrrq+H5D1il1uPKu9lJO/1UN9J'
    'z6rznk/ytu5x0m/sUec9m+Td8YCTzod+p/eWju0U4foj2AHyw9eBntz3IMgeoZ2Hn3P1BnHOvoGyxj2l9R5F+pAGPLXqUXV/DyP1'
    'ia+p89ST+iiOUo2pHBuVJoYzSvykJvxpGFsa5ASFDGEyfBLZ+B5azvpsq6sSOMfJ4hDao5jjmC43OAMC5tv3SUZLl0d9F9UK+iZ0'
    '/Xth/dPx+qcIbxWOLwtizCLm21TneR7uTe8Y9NLH719f+o3Sx2duL/1G6eM/wp1kWnE/iN/e9v7y5SnlwOI0U2FJMT2UJhE9QgrU'
    'cSnHNorKJ1vJ/XqMgwxwUFLHQURwCMVnVHxGTdIZhfzKMR8B3SrQJTrsRif96O3OGTJE8u66rTTvz28A+RTk7SVnEdYr65PfrqQy'
    'ptvc8vLb28k33v56Kjdi7Z1Lvh3V76R/uNz5dpbiW/0VzrfV5NvnQAduVb9rz4PfDrBvS6ne0LrS8S1QfMPxzVO0d1S/99w/wL7R'
    'c//ZLaCrd5H33P8pfPt/H4zP/cjP/Z0VPPd3xud+fO5X7tzPlHHuHyxynsmyQzoY5yghopN1RynnvtpAzv12Czn3Wy3k3J0Wcu6V'
    'FnLuJRZy7iMt5NEzDeTRtQYy8LA0QtS6LKb6EK2kXCPRx5hF6sS7UirHbhOur2z8Xsk2o7CNzInydFR4/5YqxrOI5cd8XHdG1ZbK'
    'H5WJXSm1pUV7l6OFuW8BW3vKoDyvion1rTcb4EOlm6mKSYy02zxmu4H3GlHHOZgM+GkzhJ9y/OQhvM0Vrs8LW3ijNtTcl93YNIWj'
    '7EEERw3C3j8K9Q3D/dcdCIFzRqcpHBxM59EsYe43c5sI9hHeSPSltzJ8wH1A5afp+ifLWP/YDwy70/7sGyx+CD8wrYECI91aRCUX'
    '8NVZMBJ5J0X80Gc3XdLOKOVCsY6JwX4U5eh+B1/QlCsrEWBHsehhr9z/V0+6eaLyScdlNLsUerijRPcuyF9ADJ9lw2cZOlDJSOEz'
    '1D3B9D3UU6a6G3ZPp5VeSHy2T+Wns6Jnu84GsKmjfBvAog3fltJ6rwP9sheZDxwT3zZLhd63Db07575e6N059/VC784/AHXu3+69'
    'O78bfGpcfIf3LFtxGfgqvaL8s0y3Hs2wHleGxLmmvisqYU9aNe7KeKOgZ7hPFboW3BdLWHpmNhsP9YP+PfCd86n14XTEY/9eCv9e'
    'O8s4A3fan3HJKQznaFv33+BH7hjy7rBLvThN5pPpOSNenCbz028Up63tddJrr/buoyPypd9iX3YHL6yXg9NjHZ/pqbuZITQPxkPR'
    'na+nk29fYTjjZPLtBfDtdkFfqe/4ot+3dwFd2e36juc6mU993LWtQ90DSd/J9PwO1w9cI8HDvN0i3ddROjZqW4c0HuYJ8s8W47my'
    '8Nz8MvBcYNmo9BpnxnqNh5xeYzn0H/c5tEjoYzljTJFhURqj4nrh9cW6QZT6Yh0iedBn0iCrZwPJk2dt9QpXb17n9xXruQTmJ+je'
    'k8fLfDO7N1fFalHdia4Srj+oLjbuFaS/PH4I+oxaRO7dRxS6FDo/+EH9Ql/YtrFiuoTev+cSQofZxsFA3TAb+Kxjepq5AF1SzsNy'
    '+F48BXSJdXuuFXB0AvA4+j7heqxUZyBRwflX4YBhDZyvU+w5XVwbCvudZM9tEmYxL2S5E4CXVMUuHbDQeRhlei6DbC9stdSJGGU6'
    'URhL4QRIT/LRiZiKsIp60nWifD/XRX8VoM/7F0/ZlaN3bOXOR1g9LpQhp2ENBVs3WXYmnFEJjd5JAt7VGZRH3VuqXy/LXkB0diku'
    'lPnfI9T69VdOok4zzhvXTzONCdcH851KRBNL7tfCPo7dy6Iy8edkjNc5wjx+jU2sG2zjG8AzqmKj8HHeS84kE53hAUaf/U9hFmvG'
    'b41ozJ33R1Qf+vscEW6s1FVpJz0lXVr/GWknfW+bW/8KyNsJaQekJ0O6EtLT06V1y/dIk6Ju79qA9o4Vrs+zs+HbzW1OekubV8eX'
    'l6c0qeoeYYWPfGSJ0Ps+O4bIMkbBZuM1sMvY/bSrU6yT5c7wkeXWKWTFOYWsWBUHKArclisTt2F+aiukwv2m9dL1vR7SH4Y8v4P6'
    'FNUcZsukM1T5akLSGV8DmdhLkL4K6b6OcPRPVP363bry57k6AnrOZDxB9nE6v8pBsbH5vZMffR0F/Vs7heZrU4j54nwT5xWw3GT6'
    'iqZzkPLBNbMJ7ZwgvCyWTwWUj8KeLFnhMfrFaJisc4rC0CCjSQfJXg6is/JCH/eupoy+dQt1nMkui/3F/XnI8hvZWPuYjOto4P1N'
    'bKYovcv3aZ9ChkH5C8y3LUDGVm6M71QEa7DNYs6jkjWEbT+OtaDy/+w8lYq10Ar7k67NVSK2a6F6yjuvKUtR0vfmiMt35Jn6HJPL'
    'i3gPxXso3kPGe4jGjpL76dcJ98zCey4aV2aO5Vm91CI/ym+OsOQtOH3Xa1EeYzLajmuh5bh4fJwY98S4Jz6/ved3Nj6/4z0U7yGr'
    '8zsn3DiytnYMXC7VTO5gljIduzWi1F9AtfD3F1COXGQqyVfxXtBULopyr3JlXvURzB/eux4Qdn5RbOeS6pKY3C1Xcq1U8qF0GXMZ'
    'NGe2crpWst42cQIbyhjDkOI+HtdM4oAFin7SfWYKN7QtE185XUS+iP2hPEmQfHLUhwfg9weqcfA6y4WzsD63gsbZrxlPns0byoFn'
    'sfnpF+H9alF7JLq+qKvQRHTZthiuuUoGrJOv11VgTm31KjaFlMcfz2S8IwqdU6zfVL+lz5I/DqPbtxr0T2jf88LOBxZda8kvz7cY'
    '4wYFLuHrEnZ9VbAX1V1z0D4eVuyhoDJDGtjp9dkzh5VxVlA8rsItTRZ7ncIcwlVtwF5AnarjQcdPRQ8OavTU/WBqTIEzg/phsyd1'
    'ejrtClyswt1Jdoe3gfV7gKSNUG6eYgwmZybt1xBpL6i/Ktt4OoY04UdMz24O39uE2i8ftyUw1UUc8Om/is5qLmPvbCVtqezej2Uw'
    '3kzO0HZWx5Bm/XsDYA1hCcuY6p1uYvNUS/Tfh4TX56UfLPjhkTSD837N/hvxsefwu6se9JmnKPXEizqG7Xa89gwFnYB6hTb2CQky'
    'L9RHk84mTuWbY+lzpf6i24me46rvgB8N8Jt9z1MuHYh+GTG2628es5uzNij3211qGIpS//rBBeFsVGbCr0Z4faKjb0WdT/Qo4St7'
    'kZN+eZ0LL1TP5tWbAAYu0utT1PjYMKjg4oZ3gL3vxV4/4rV97reiv4RLy/OXkq3AnhQAXx/d68K3TfkrfgD+bfZEJ0egcC/3S9EW'
    '5EEzP40c/mXZGV9zYzFPll6nbu1mwI/z95zPN+Ul+tg5EWSbqKPtTM+PEaH279yr0bGsZWMNootN6H06Bq571aeYWx3PLPf0qaJ8'
    '39qUdxkQXv+5lfJtS8/zIY2dRwFdiUsjmPsofMmb2KmMTtC89QtzG9hejR1KkuEkhLEEtPlGTNxOcHWR2Km8xcgJN65uP9I8LB0W'
    'anvA69gcoD0npjw+/VZNuly4fncwxkMnOxvxbgVjbNQzfdYeSHGPbiY8OLfduEczh7hHW2ANTenyMUPeJ4ycqkmjx7nZQJZyWMSy'
    'IpVuaIbIpFU07UKGG4dY2qfApZWWoS0TbpyBrRo57qgwt9kdFqW2x7PIOTsaoK/bx842ur4mNHgTgRG/O7igtTaVe6nOvwM+55/J'
    'Ga/afxeEXF/VHI8Kvc8Cv3tU3IMzNHcZmzVrq8PZUoeqjdXVrTlDBy1keCOa9mRbcxX731T+k1fQiH5nkU5mK/+ts43fGjCWXgZz'
    'VCcb3/vx1lz/vpuNZYjJCSlP9QLYaP0XpPd3+I+3Srj21BJv4bd7yF69R5Tn70Dn86RTBPs8OUVUxq/HUaI8O2i09aV+C/oC9vA2'
    'YbYWGbYW313grsV3F9jReb8FmUsTpA+Df+9rHnbbnQt4uob9pP2ftP2Tdn/S5m+o8KstILlvrivso8K/b/2QED/9kLkySpBNYZEW'
    'glS2I9NvQtzTQXgv2yzGJ/2Q2/9W6H81+z1SKPPtwu/1wu/Owq+38Luw8HtP4Xdp4Xd1h3m/H4H2vw3p65DeCWkvpBdC+h5IL4VU'
    'toX9rSHrXEvkQLWFsd5we2m7tTB++Z7ijKwGZyAe+DzEfT0F/NT+crtXDqujBXTw2QLznGW/1YU+vnJTYS7eKcTF6wv77SohfnWx'
    '/3yuhnG9AjInWbboTxdi2Ms6iv7oLw6GUwkjswcc3CfxnsR5BwBu74P0/g47OEW4k/Xq8Goxvi6D4/vY3/eTdW+D/tey36yrC/M/'
    '5sDSI7DX/r7w+yrAqS280nHIuou01lgpvD7C9t3fQ/pVBrcmcJwm8Ch/Lxba/E1PaT9ehH7I96qY0djuK4r+cF+k/wrfHg8422j/'
    '0qR/R11bWKd8af/ku+L65dV3Lf/+505afbu3P7kP+cdKVvUHdXWSIHOX8nbaHy6HDyMX5O3WsnZlrEcpn6TtYvxH+d6mXYwxeckL'
    '0fjOVfmltq03J7yxTJFXpzFQg9ZHykelbFT4yEy5nGHt3vL9Wt8CMucFD3t99aI8esXjXnj80v2Q7vKHR/QLhvoJaDc8/DXnDqnj'
    'WS8+Gf5aqe8KmccGTjB2qIQTmX7nYZjHXXb17PwWnMO7gtfvpEeF+PmDpeM4CXxuyPdh4HzXXu88Ztg87i7swR8X5uuaR7zzuBvk'
    '9j+G+ZR5bPqB+EE87R1/jo3/tcec2K+0/dcec2PC2rT706+Xtr/jkfJg/MU9LjxzOL5lnwsjfnBcTXB8Gso+vttJL3vee9bgt0f2'
    'lLZzzze9/mFl+SL99ZA6r0qmmSD6ytinUwv79LLCb01hnFc8rD6rT4VYvpdBugb2mMxvs0Y3w9647BEn/eDzpXGF94EfsJcf9MJw'
    'jsGw5Bckr0DPJ+wv5SXCnFUPQzzmZ58O78eM804pxjvdvdft792Wd3f7HnF5p0q2Q+E8CJfJ812e7XQd2kLcnav2Ij3D+XlzyTdh'
    'vyv2Ke4RiRNM6Z8GQo+tlfoBD5SOaS3oDMj3lO+p0fA92Je/eMY9T3g/ByDu1ZNfMzsXq9heuK/Qp9sKe3PtA969cB/09zbYu2sf'
    'sIMBvMdd9YJduT/7Tmnc8jv2Bp8HUlfjjr2l/af6Gzbt3wZz2r63dD1mC/vzAfGqTBP7vDgQY77MEOFohrVPuvhP1jWH9DNsXT9+'
    '0ItTTfYAp8VHC3voD4xGGYV99QdLGkWFl8OcIxgL7n6QHS3+uv780MkRq8bd8ch/VyJ+C9Le80CWWj3ujkH+O6wOgg7X68ZE+Rf0'
    '2yZ9rk1Ef/8/tss0UQ=='
)
