"""clipper's regexes as cpython 3.11.7 compiles them. GENERATED: do not edit.

Written by ``python scripts/build_regex_cache.py``; clipper/regexcache.py explains how it is used.
"""

# fmt: off
ENGINE = ('cpython', 3, 11, 20220615, 4, 4294967295, 1073741823, '14.0.0', 'little')

# (source, flags, flags compiled, first code word, code words, groups, group index, index group)
PATTERNS = (
 ('(?:(?<=[^\\W\\d_])[.!?。！？…]|[\\"\'”’」』])\\s*(?P<sign>[\\[(（【<〈/]?\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})(?:\\s*[·ㆍ,、]\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})){0,3}\\s*(?:선임연구원|칼럼니스트|編集委員|論説委員|객원기자|논설위원|선임기자|수습기자|시민기자|인턴기자|전문기자|편집위원|特派員|대기자|통신원|특파원|報導|报道|記者|记者|기자|위원)(?:\\s*[(<\\[]?\\s*[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*[)>\\]]?)?\\s*[\\])）】>〉]?|（[\\u4e00-\\u9fff々\\u3040-\\u30ff]{2,6}(?:[、・][\\u4e00-\\u9fff々\\u3040-\\u30ff]{2,6}){0,3}）|[\\[(（【<〈/]\\s*(?:記者|记者)\\s*[:：/／=]?\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})(?:\\s*[·ㆍ,、]\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})){0,3}(?:\\s*(?:선임연구원|칼럼니스트|編集委員|論説委員|객원기자|논설위원|선임기자|수습기자|시민기자|인턴기자|전문기자|편집위원|特派員|대기자|통신원|특파원|報導|报道|記者|记者|기자|위원))?(?:\\s*[(<\\[]?\\s*[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*[)>\\]]?)?\\s*[\\])）】>〉])\\s*$', 0, 32, 0, 3226, 1, {'sign': 1}, (None, 'sign')),
 ('(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\s*,?\\s*$', 2, 34, 3226, 834, 6, {'ampm1': 1, 'hour': 2, 'minute': 3, 'second': 4, 'ampm2': 5, 'tz': 6}, (None, 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?:,|&|、|\\band|\\bund|\\bet|\\by|\\be|\\bи)\\s*$', 2, 34, 4060, 87, 0, {}, (None,)),
 ('(?:19|20|25)\\d\\d|\\d/\\d{2}\\b', 0, 32, 4147, 66, 0, {}, (None,)),
 ('(?:\\b\\d+\\s*[^\\W\\d_]+|\\b(?:an?|one)\\s+[^\\W\\d_]+)\\s+ago$', 2, 34, 4213, 117, 0, {}, (None,)),
 ('(?:^|\\s)(?:propos\\ recueillis\\ par|ein\\ beitrag\\ von|geschrieben\\ von|корреспондент|reporting\\ by|автор\\ статьи|escrito\\ por|kontributor|bài\\ và\\ ảnh|da\\ redação|scritto\\ da|written\\ by|a\\ cura\\ di|posted\\ by|redacción|reporter|story\\ by|testo\\ di|words\\ by|authors|autorin|autrice|penulis|pewarta|text\\ by|tác\\ giả|auteur|author|autore|autor|texte|автор|текст|oleh|text|書いた人|bài|par|por|von|執筆者|投稿者|通讯员|글쓴이|작성자|by|作者|取材|執筆|撰文|筆者|著者|記者|记者|文)\\s*(?:[:：]?\\s|：)|^\\s*(?:di)\\s', 2, 34, 4330, 1216, 0, {}, (None,)),
 ('(?:^|\\s)[^\\W\\d_]{1,3}$', 0, 32, 5546, 38, 0, {}, (None,)),
 ('(?:^|\\s)[a-zà-ÿ]+$', 0, 32, 5584, 37, 0, {}, (None,)),
 ('(?:^|\\s)a\\ cura\\ di\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5621, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)auteur\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5719, 87, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)author\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5806, 87, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)authors\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5893, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autor\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5987, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autore\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6072, 87, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorin\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6159, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autrice\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6253, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6347, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\ và\\ ảnh\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6426, 100, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6526, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)da\\ redação\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6612, 95, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)ein\\ beitrag\\ von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6707, 115, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)escrito\\ por\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6822, 107, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)geschrieben\\ von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6929, 115, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)kontributor\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7044, 102, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)oleh\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7146, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)par\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7229, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)penulis\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7310, 99, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)pewarta\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7409, 89, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)por\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7498, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)posted\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7579, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)propos\\ recueillis\\ par\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7677, 137, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)redacción\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7814, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporter\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7912, 91, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporting\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8003, 104, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)scritto\\ da\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8107, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)story\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8212, 96, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)testo\\ di\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8308, 101, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8409, 89, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8498, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texte\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8581, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)tác\\ giả\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8666, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8760, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)words\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8841, 96, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)written\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8937, 100, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\ статьи\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9037, 135, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9172, 102, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)корреспондент\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9274, 128, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)текст\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9402, 104, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)作者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9506, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)取材\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9585, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9664, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9743, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)投稿者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9824, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)撰文\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9905, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)文\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9984, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)書いた人\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10061, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)筆者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10144, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)著者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10223, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)記者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10302, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)记者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10381, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)通讯员\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10460, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)글쓴이\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10541, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)작성자\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10622, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 10703, 82, 3, {}, (None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\)|copyright\\b)?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>(?:[^.,|()\\n]|\\.(?=[a-z0-9]))(?:[^.,|()\\n]|\\.(?=[a-z0-9])){1,59}?)\\s*(?:[,|(]|\\.(?![a-z0-9])|all rights|무단|版权|alle rechte|tous droits|todos los|$)', 2, 34, 10785, 742, 1, {'name': 1}, (None, 'name')),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 11527, 1043, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d.])(?P<year>\\d{2})\\.(?P<month>\\d{1,2})\\.(?P<day>\\d{1,2})\\.?(?![\\d.])\\s+(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?', 2, 34, 12570, 890, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:(?P<m1>\\d{1,2})[/.-](?P<d1>\\d{1,2})|(?P<m2>\\d{1,2})\\s*月\\s*(?P<d2>\\d{1,2})\\s*日)(?![\\d/.-])\\s*(?:[(（](?P<weekday>[月火水木金土日월화수목금토일一二三四五六天])[^)）]{0,2}[)）])?\\s*(?P<hour>\\d{1,2})\\s*[:：時时]\\s*(?P<minute>\\d{2})', 0, 32, 13460, 560, 7, {'m1': 1, 'd1': 2, 'm2': 3, 'd2': 4, 'weekday': 5, 'hour': 6, 'minute': 7}, (None, 'm1', 'd1', 'm2', 'd2', 'weekday', 'hour', 'minute')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 14020, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 14561, 1044, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|wita|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|wit|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 15605, 559, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<!\\S)@\\w+', 0, 32, 16164, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º)?(?:\\s+|(?<=\\.)(?=[^\\W\\d_]))(?:de\\s+)?(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|settembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|febbraio|dicembre|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|gennaio|ottobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|aprile|maggio|giugno|luglio|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|gen|mag|giu|lug|set|ott|fev|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?,?(?:\\s+|(?<=\\.))(?:de\\s+)?(?:(?:ค\\.ศ\\.|พ\\.ศ\\.)\\s*)?(?P<year>(?:19|20|25)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 16191, 3908, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|settembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|febbraio|dicembre|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|gennaio|ottobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|aprile|maggio|giugno|luglio|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|gen|mag|giu|lug|set|ott|fev|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 20099, 3996, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[.!?。！？…\\"\'”’])\\s*(?P<sign>\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\))\\s*$', 2, 34, 24095, 1475, 1, {'sign': 1}, (None, 'sign')),
 ('(?<=[^\\W\\d_])[.!?。][\\"\'”’]?\\s+', 0, 32, 25570, 221, 0, {}, (None,)),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 25791, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 25817, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 26410, 240, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 26650, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 26681, 77, 0, {}, (None,)),
 ('(?<=\\s)PT\\.\\s+(?=[A-Z])', 0, 32, 26758, 41, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:T|\\((?=\\d{1,2}:\\d{2}\\)))?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\)?)?', 2, 34, 26799, 1611, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 28410, 980, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(jetzt|gratis) (lesen|testen|abonnieren)', 2, 34, 29390, 124, 2, {}, (None, None, None)),
 ('(powered|designed)\\s+by\\s+tistory', 2, 34, 29514, 106, 1, {}, (None, None)),
 ('(©|ⓒ)\\s*\\d{4}', 2, 34, 29620, 37, 1, {}, (None, None)),
 ('(наш|наш канал).{0,20}(telegram|телеграм)', 2, 34, 29657, 93, 2, {}, (None, None, None)),
 ('(にほん|日本)ブログ村', 2, 34, 29750, 41, 1, {}, (None, None)),
 ('(打开|打開|下载|下載).{0,6}(app|客户端|客戶端).{0,6}(阅读|閱讀|查看)?', 2, 34, 29791, 122, 3, {}, (None, None, None, None)),
 ('(扫描|扫码|掃描).{0,10}(二维码|关注|下载)', 2, 34, 29913, 73, 2, {}, (None, None, None)),
 ('(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ]', 2, 34, 29986, 180, 1, {}, (None, None)),
 ('(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,}', 2, 34, 30166, 156, 1, {}, (None, None)),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 30322, 227, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 30549, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 30647, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 30826, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 30907, 21, 0, {}, (None,)),
 ('AI\\s*학습.{0,10}(금지|이용)', 2, 34, 30928, 55, 1, {}, (None, None)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 30983, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 31221, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 31475, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 31665, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 31903, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 31931, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 32111, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 32303, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 32509, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 32541, 30, 0, {}, (None,)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 32571, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 32690, 139, 1, {}, (None, None)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 32829, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 33145, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 33366, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 33859, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 34183, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 34389, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 34417, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 34437, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 34469, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 34631, 16, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 34647, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 34853, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 35139, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 35335, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 35389, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 35413, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 35437, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 35480, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 35742, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 36036, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 36054, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 36071, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 36100, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 36224, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 36354, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 36561, 270, 0, {}, (None,)),
 ('[、・]', 0, 32, 36831, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 36849, 104, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 36953, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 37372, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 37388, 44, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 37432, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 37521, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 37640, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 37715, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 37796, 16, 0, {}, (None,)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 37812, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 37848, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 37961, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 38005, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 38029, 44, 0, {}, (None,)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 38073, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 38556, 277, 1, {}, (None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 38833, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 38934, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 38959, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 39808, 108, 0, {}, (None,)),
 ('\\d', 0, 32, 39916, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 39930, 28, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 39958, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 40173, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 40305, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 40424, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 40485, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 40597, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 40724, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 40845, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 41119, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 41253, 137, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 41390, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 41509, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 41537, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 41553, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 41817, 4095, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 45912, 55, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 45967, 289, 0, {}, (None,)),
 ('\\s+(?:septiembre|diciembre|fevereiro|noviembre|september|septembre|setiembre|settembre|december|decembre|desember|dezember|dezembro|dicembre|décembre|febbraio|februari|february|november|novembre|novembro|setembro|сентябрь|сентября|agustus|febrero|februar|fevrier|février|gennaio|janeiro|januari|january|janvier|juillet|october|octobre|octubre|oktober|ottobre|outubro|августа|декабрь|декабря|октябрь|октября|февраль|февраля|กรกฎาคม|พฤษภาคม|agosto|aprile|august|giugno|januar|jänner|luglio|maggio|август|апрель|апреля|ноябрь|ноября|январь|января|มกราคม|เมษายน|abril|april|avril|enero|julho|julio|junho|junio|maerz|march|maret|marzo|março|марта|aout|août|févr|janv|juil|juin|juli|july|june|juni|maio|mars|mayo|märz|sept|июль|июля|июнь|июня|март|сент|abr|ago|agt|agu|apr|aug|avr|dec|dez|dic|déc|ene|feb|fev|gen|giu|jan|jul|jun|lug|mag|mai|mar|may|mei|mär|nov|oct|okt|ott|out|sep|set|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв)\\.?\\s+\\d', 2, 34, 46256, 2473, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 48729, 220, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 48949, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 48982, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 49023, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 49044, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 49102, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 49128, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 49144, 16, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 49160, 179, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 49339, 104, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 49443, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 49638, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 50018, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 50073, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 50187, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 50484, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 50662, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 50719, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 50776, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 50833, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 50890, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 50951, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 51008, 40, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 51048, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 51130, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 51270, 30, 0, {}, (None,)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 51300, 97, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 51397, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 51498, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 51522, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 52032, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 52056, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 52080, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 52101, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 52509, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 52650, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 52772, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 52793, 191, 2, {}, (None, None, None)),
 ('^\\([a-zà-ÿ]', 0, 32, 52984, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 53003, 171, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 53174, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 53212, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 53291, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 53447, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 53603, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 54448, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 55292, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 55438, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 55629, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 55675, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 55921, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 55999, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 56211, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 56443, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 56554, 247, 4, {}, (None, None, None, None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 56801, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 57423, 369, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 57792, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 57941, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 58529, 206, 1, {}, (None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 58735, 347, 2, {}, (None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 59082, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 59211, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 59458, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 59826, 115, 2, {}, (None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 59941, 71, 1, {}, (None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 60012, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 60087, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 60233, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 60368, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 60481, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 60555, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 60632, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 60759, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 61129, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 61171, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 61264, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 61310, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 62180, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 62605, 510, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 63115, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 63188, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 63398, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 63481, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 63625, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 63771, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 63901, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 64029, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 64145, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 64648, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 64903, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 65089, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 65276, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 65729, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 65950, 171, 1, {}, (None, None)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 66121, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 66189, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 66267, 311, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 66578, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 66659, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 66749, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 66825, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 66900, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 66957, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 67004, 39, 0, {}, (None,)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 67043, 97, 1, {}, (None, None)),
 ('^\\s*by\\s+', 2, 34, 67140, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 67172, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 68137, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 68217, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 68300, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 68349, 105, 1, {}, (None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 68454, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 68539, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 68696, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 68744, 207, 3, {}, (None, None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 68951, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 69075, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 69179, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 69227, 77, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 69304, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 69342, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 69371, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 69415, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 69471, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 69530, 38, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 69568, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 69720, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 69801, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 69972, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 70025, 116, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 70141, 60, 1, {}, (None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 70201, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 70300, 30, 0, {}, (None,)),
 ('コメントは個人の見解', 2, 34, 70330, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 70378, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 70422, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 70468, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 70500, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 70548, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 70600, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 70640, 36, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 70676, 30, 0, {}, (None,)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 70706, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 70780, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 70840, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 70892, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 70922, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 70956, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 71018, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 71053, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 71099, 48, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 71147, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 71173, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 71199, 53, 1, {}, (None, None)),
 ('채널.{0,10}(추가|구독)', 2, 34, 71252, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 71294, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 71344, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 71445, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 71499, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 71552, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYHlWV6P23/nvfkpBOCKGBJCQhCR0gEEKABjOCTyBsCsoSevnTbdLpbpruhMQgQcENHBAHdZ7OuL8RDAqoDxAdQwZJeCOO'
    'oOI4w4xhxDeGN+PycEHhTb///nUOdf5T91bdW1V/d6dTxfdz01V3v+eee865Z2kUQmSF88h0vPjki+m74O+G4i8FaU3xN6v4qy7+'
    'miCtLf6ai78NUAfmHYBvudJL/yfN/s6kptVTmt50p9glIjydPt+yAWXTIrhtuZ6bir9+WL9eWL9ssn4SpMWtItJzrO/XTwdX0OSs'
    'Y+lpg70oYL82wDrJ/VhP9mEL/Fvu53k5p9w72D61WeegdT/En0xpYm4pobPqUKvsgIrPd4MqLNZXrmsj5K8F+ECcLfHuETLjbiE+'
    '92O3jISj9uI/lkG5eniP5fJY7qJi259ycHuuwy0/u/ibq+krwpSqr2HaaoX+/rb4+79Qpo60J5//co6r15/x8ZtvFmSf9EBdOI/X'
    'wlxlQuC11DTEa7uui4TX0n4fqwE+KezcRAoi7KQC4DxZ90N73VvZ+SXh4D7AhRkLfBf5vMpMv3UsIc2yZ1c8i6h62r2vkrMqOauS'
    'syo5q6brWdVqieMaACW3P+6kt+5z0l9/x0kH7nfS7z/ptPP3pMzO7znpaw876f6HnPTze530kWedMn8LMCbf/eImJ33yo076w7c5'
    '6QuXO3m/SvI+90En3f1Bdd4vkrxH7Xb7KdOOLzvpXfucvH9F8u580EkXwJiz+8rHeDfJy+eF1/s+krcNxv31veq8O0ne5yHPa4+p'
    '815P8t4IbZ/yjDrvRpI3u99JV2vqvYrkfeQHTvrMU+p5uBjgSL7bPuKkZ20pX4PzSB65eKo2zyJ5vg5jOLC3vK1VJM+jzzpp/Q/K'
    '8ywDmJXvVl7ppI1XO98Wkm9f6HbSy+5yvs0n39oAlnK7nG+zybcHbi//1ky+8THVkG983ijdeEMIPrmNkElKHJ3y5/lt22pk+BzX'
    '4QSgIZYXfysUuKcZ5Hxt0D9aRxXJ3wx10LOqheRvhvpt62mNc07TpaG0+82pbXuJ7CpAdhUw5/6nZDoys4A0+9YikP0Y4KN63Fm7'
    'LqiiCtbuakrj2IrZAgYS9yMm+Wkn+yPMQ/HEgHD5bsQHcp1SHU76aodLlyZrNvlr1grrUzPu7K1PFZnlv8ol+G8qyu5t+AQd/VTj'
    'Qz/Z3v/gHqZn5tUWvOU0f9IgLlsQepPvCrx6Te5zEhlZIiNLZGTJfU5yn5Pc5yRnVYKzkrMqWfdJvs+RsPDzkPR5cr+T3O8k9zuV'
    'ud9pTe54Dus7nkSmOfXudOj+bLHcJ1XAC6QAFrmdyWwmn6T66ogrFjzp4mnZlzcpvj3xnPPtXPLt/Muc9MJLnW9nKL7dscH5dgr5'
    'VnuRm6cJ9g5+q2PfFsG3xTAOmW6BOTuafBtm33DPYjncy5gH/24iew7r8csbdp1aoQyni9OMp6pla5WxpJ1y0N810N8zybtzNzrv'
    'VpN3vy84704m7yQd0ARjboR56CdtCp8+N8FGmk/mLQtjoLxvOmDsOfI3vUNbocibimC7kbXoUwv0S+6p49i8N1m0K8dRBXumJUTZ'
    'W7+lPtPfGvKcrWPnQxWBIZk+u92+3haox2Zu8zHNrexv2Lmtfto7tzi/54lw81BN8K0Kj53og8cWW+CxoyzwWCv0X34bI3tcpiOi'
    'nJ7Eb1WwZhwP1pA5encqHAxWsXVYTOavFvrxRUh5v0ch7YG+1ZE8fWT8mDcMrrC/10tPexlDaUJDP4HXelbwY3KeSvicGQB3a1id'
    'QXgLZR+Pge4U3gejHPR4D9ykD+tH+Mj4FETzrjCQlSJ7neKsSwk+28G+vZngHcQVBVg/PA9vgPRmwHFYD9K+NYryNM9JhJ5amy2v'
    '+5ysk75nnlv3mqxTbgHp2zbWp3eg7IH0qZuNbSbAqWn5UXLe6HB+nWb/LAnJA/N6lsXEByHPTmnjZTCeTvJuEVnHHNHXku9OhfHi'
    'XNAzfBDSXih/giLvmCZvO4yN5i2wcwplQTTPdlEuC+Ll6dlNv63Ohjv7/HjMLLSzgPGUKyE9XXjlVieh/Ep45Vb4bRWDORX+Vb1D'
    'eu8IzfdmoLdM8bsK/vk8VMH8VRFaZVHA/UdtjDIxE38RKM88GfpXT+CY7z+E1ZSCnhpisFzQ0FOpCo/Ftj26Z/vIWHSwnSZ44xNZ'
    'l7euInBWC+2o2qR9lGXPYfT9CJvPYfK335nTDHiD1lEg9C/FNwUDXD9AUr+8pn0aZnONvMRxWQc3mvZrkNXbbVF2lM0PXXda51YF'
    'TMu+vpJx+9pnQQv0KPiooL4WFONTjV/X16czjjwH6QXa3llAU7yb0BSd2fJ0lQEdcrZBvWeyPKdAnltInlXZ8rzVKJeCvLfOc9Lb'
    '5rl76J6MHt6H2ZyMkPU3gS8VTHSzM3as2P7Z8K6DjfEk6Peuee4eCRqTyfpgf/zWxaQt2meTvBdky+mEUzOOLMYW/kcs9uiQBn8M'
    'MfwxI+PIFOW7zZqzaNSi/W6NDIG3+7siEp/HyhwIqF+1bw+w95+bX973fmjvJ2mH5kM6kcp9dPugl+G5f4f0Z2RMsu69xbqPqdA6'
    '6taT9k324TNkPrdFaKcQcE7g/r0t7egzqeaRn5cjmny9Af2T7Wwm7Zie5arx9AaM5xLSThAc9JA0aH5fZufKacV2ZoTAuzQf7qEF'
    'aYdOM50LXu/2gDmpTzuyT94Hm/Zs1/tXKWdMFI55v3st6CY+ph+nHB6GrifHVf2Kdv3ak/U+blDvkMW+RHj5kkG9JvX1ML7inuK3'
    'IxncFRjeH4uBhpVt7Ug5sg1VW9sUdC2Xlcg63kHq4PvhRvLeb+2vJHOJdbxA5oeW7TOYU3nWlO5uU+6dgm6NCgqcWLofNCjbrzlD'
    'FxiUHVLgGllmVsrhr0zLlvhGUsZvDWg7rwqXvpgoOk+2+y+E1jOh0ZCGXpONTh/K9r9F7oyGGE9YYLTJQySv37zKvH9DdLpe2eik'
    '68D+cQOk37jIyftJIhc1pbFkuT8ncgkd33mbIg+Hl50kj47PuoHoH/3hCid94zvLdbM2kTz3gL7X2TvK83SRPHPvctKvgI7XlaC/'
    'diXVXwMdr98+4aSjoOu1nuT5MOh6rXy8XB/sjUTezXHM2UTmdvX68j6uJt+eAz2Oi/ucbyvJNzoP8ttSqrfW66TvA/2C48g3Pm/z'
    'yLcrbi3/NstHT67RR0+OynuxD7ZyzzzIzk3uyOeO++vI8z7NHS/vE+qzHEVkTKb9NKFZgmRUKrl5VkSTe1EZH9pCm8r4TOX5YfvV'
    'wGSG1SAz7oL7miMAB40b9Kkuhj5Vkj+xgfc5IeDdVAYbtAdayPrkSH1pogvgtw7VMa6DKW2UzG08c6uiHQ+Xua2ZhLn144UOl3nP'
    'V3jehxI8UdE5RZyc4In459ZE7pPMezzzbisXO1zmPRvTvFPe93CZu/qY565Sd16Hy3rkJng9Eji3m9c471oPl7lviWnup7I+0OGy'
    'lg0VWsuJ1BNJ9p3dWk1l3bZk39mt5UTpRB0u61IV07r43akmtK/dXKrueBMZRLg5rIQOTbIW0dbCRMcowRnh5vhwPMPqKjCHceqz'
    'Hi7rMDvmdTicbIeSvWoHI5XSCT9c1qG2QutgozN/uMx14yTMdRx2YYls3Xx9JsvWKMFX8a1RGLucZP7tcNhE2C0l/Hn4NTG130nk'
    'o/HNcaKHGN9cJrpy0eY0qv1dIrezm/fD+U4wLpoibrvkhO8JN/+V8m+QyAns1uNw8t+S0E5TEzYOl3VpimldpptPq2Rf2smlJton'
    'QmJbYb4+3HdAMnd2c0d9KyRzZzd31PdEwluHn7vDbe/GNYcq/y7JHrabQ+oj5nCZu0xMc3c4zVlVTHPm54cq2bt2c3k4nh1xzR31'
    'cZXMnd3cUR9gydxZnre3J/Re2LlT+epL5tBuDlW+DJM5tJtDla/Hw2UO09CP2fCj40JfmGOQoo4OjwnXTHQ7t5C8POYf9pXOzQmi'
    'PNZvC+l3mLies4UbFzMoHlnYWJWtBjyIbOde4frwzIFc9dkFbhxrnLvFTA9iiXB9eM5lOp3cPmG7xX0o2ib3i2hx++Qcn8JghY95'
    'mWLMxxuMeb5wfdlXasyq+EOtluM/TXj3MsZu8ouVt1hRLqg9ul+WQzqj3W7NTPvYKuzjjOnw3jLhxse0HTONqdwM9crvs7C8LHSZ'
    'EPQo5E8TrPtGUR439zpyF5LEEeRxBMdLU1HJOIJ038k98U54f0ay3tN+vWcI+zjfGK+4gdAcZcSPDzy8xuAhl8DDlICHjwonbg61'
    'o6O2j9yuMsw5HxSbYozgm1Mec9JfPOR8GyTfzh9x0jeAv/Y+oPl1fUddMxPb0H6hjp1wEaGRuK3ImIWuYa/w2rea6M0FzZ2MxXi0'
    'pn+9wt52dsCwDOWHkKfx87mOvlNzsM8pjUL9pK9Q0B42vEeK1EPxms53fRQeJ0w76HdeF0tUFS+0Q8MfmPJJOfgmAmjiL2Ts6cPZ'
    'wGuqeBCMRVsg7zBG+3Xk3U54d5XwxpFH3uhywsccEG6ciLwot+3G2PLnCzcucJcGxrsMYPxU4cYTPWCQfynp08nZ8jEfJ9y4IZ2N'
    'Tno8pAshPamxPM5rHPGDkV+Jwmd1MbiqYnC84Eknze532nmT4tsTz0GsHorTQU/kwkvdGMX82x0bnG+nkG+1F7l5mmB8+K2OfVuk'
    'gCuEk6PJt2H2DXkqCkMrSB66tg0k73BAXiozylusA8puqi1xVY0ljZcj8hnZ3zPJu3M3unFU8N3vIQbJyeTd83uddyuEG/+mn7Tp'
    'h4swfvR8xj+0WeK/nCiPp1xF6uN5UyFlMC1Qjw1OroM9dZyCtrbZ01WwZ1pClL31W158IPv01hAyAhOZ67Pbw8ke6i3ntiGmuZX9'
    'DTu31U975xbn97yQMphGgm9VeOxEHzy22AKPHWWBx1qFG1tqTHh9KFJ6Br+pZH4tpD45R+9OhYNBfk4uJvOHMdq/SGTqKn+AXKZO'
    'eZotEeW1DR4+N+hJp6bz8zqjE/rJBuawlcsGnacSPmca3muY4q1WgKfHgA9sg32KcaoS+YhKPuI8lZSPqO4pLiX4bAf79maCd7YI'
    'c58HO4RL+9YoytM8JxF6aq2BLcgaiMW4gPRtmzDzl0rHNpPwUyblqV8/Hc5v0eyfJewOROdPKooswYSWoLKEqDICfsdpUj6nmZ8V'
    'PvStbvym99wJr5fwegmvl/B6Ca+X8HoJr5fwegmvl/B6Ca+X8HoTwevp7OxzgKMRr+bhbmw5nIV8j+VBrzPs/XED0JO0DRGBB5Rz'
    '8Qa5ZhH5QGOapM+O3qiy7E/esj8/ZzHqc4SGNFlPm3vKP2ho08U4N+PuWqJe+g+hvVYR95OCQWeypUHjU1Uacqn9mqAqav0+1pF/'
    '15MZbWwq18hqiW9EafaiuVmfud2q6mpjHJ4O1/d2ygD6Ps12PTZ60i5g2j5pz3EV4mkOPdCU5RxROUQ9GQLu9VkE98u0Zly9Z/l3'
    'G50Fzqub4LU6S/p+AOrIGdH3MTzpzFQl77PGRHqop9OECwhsu9KyiDjpl6MsYFdHr5iWR3r0dIsylaJHKtH+RNIf/8eQ/pB1/gTy'
    'ZRI6JKFDEjokdjokTnoibryU0A/Tl34wpRtmw9kb5kyT90EqmUlVAM2xQnPGRdG1PzHi/fiJolw3/igxcTryTeRO16YMlW3lDO7i'
    'T2TrnujaJ7r2if5Fon+R6F8k+heJ/kWif5HoXyT6F4n+RaJ/kehfJPoXU0nXnsoT6glurWb87Rqh17nPQ530nqID+HodbUrpfOTz'
    'efmTSV46VmrTz8us8mkTZRI2tEKW8EKUVjCNdSn7/rFUOc2ginGNee9I2cEWhQ1Zficp3xOirwOkfCFE+atZ/23LX5CKtu/XpoLp'
    'kZNTwfTI0pSLGzZb9H8eKbfJolwj6VM/aZfmyUHdQXX2sXJ/IHiux6JPB4XjR8gPBk3reo70YYtBuc1Qbj8pZ4prZblvWJbDfu4m'
    '5Wzg9q/JeaPb2/eQuoct6n4fqXtYU/e7SJ4eTZ4xyzXAcn2Ks5TXfS2pu9ui7osV/S6wPOcp5pbnOYvk2abJs8qAJlgWkiaYT2gZ'
    '3u5sBT+J35rJtx72jfJ7On4J5dNIF6j8cpry2osJDZECOmUmoSGQnrC9V4sqc/XzqYq0S7Xw+uZpYO12Cn87uUYmw9L5N1K11RjD'
    'XctsoGNU8kOUEzQq4AzlAzT/NxQy6jy7BzHxiTsH+pUla0BtFLNknhug3llQVxOjITdo7lhmkzlLMfxSsOhvK6EL5ViPMcBDBcW+'
    'DDorCmxPdguv77ESLVbrjE2WT8GdxGpIj4G0ndxVyHQ+pCshnQNpG6QXwJ1GodbxWRtmfH5j4DD15lpHrm/aTpzzt6zW9cs7KMp9'
    'n22NsZ3WWtfHWq9BvT0xtv1yTWXWkbfzE8t2RkO28+0ad802srJbFTCmorNU80n96sl2vlDj6pninlkA6WJIqyE9pbF8D+JeO5bs'
    'MVnnXTUOvauDN5t9cxOpq1dBa9jUtYnUxeeUr8MY4zPx/Xao6wqffvVY9mtdhPnicLNS0a+Dhv3idc2PMEZeV12Nc/6EnXs/uC7t'
    '/2q3/l4LvsN0jf65Orj/fBxdBvsR9+Hfsf6b4E6b+f8S1G+Lt4Lqx/5/pDo6DGNdu6rD73le15Zq77mr4j9sY7jKvOuhzEoWe3Y9'
    '8DIXTULbF0DbJ8IcUhoJ8fcRjIaaE4DP51U79GDYvVva/6SOIYVchr7X7cE/5d06NrF2Bg3x9sG8tx89lv34x7z5fBQ0cLnPoB9j'
    'AXv6f+YdPsdvPmzoOxzfp0m9G9kZslWY+zjm9X5QUW8hhnpHFfMwZlCPygdymSwmBKzwNbrQYI3CnHenFes9kpXrE2b+ljmMBemP'
    'zSNj6GNzNchSmzOvSjG/o5bz+7uq4PkNQxf/tMrbtzHD/Yl1fI/0bZ0mLjmPMU9xeQekZ7Bz5ZGY68Uz47PFwscKN09QfSdD+TfE'
    'EHMb2yyd/1WOzkdQbPY1MZ7VPRPYJs73G2EdTePLr2HrpxtLR8z1Yn/nVjmyKUpTrGp05VglXctGpoNIynQymQ2WOZaVEVWufgzn'
    'SZdo5D1ZUres41c5b19PCWj333Juu8jjHsd43saAdp8hdSxl7eYhPSGgjj2KfnA51rEBNNtXSB1tmjqOD+jHX+dcXS2bs0uWuVNR'
    '9kXNmcHP8105R15O6x0LecaV7mIV9fUJM//9/CyS9V2pqG/Ygn4ZYGfYOlLfFk0/+yzO1Q5Sn0k5PreDrL55pL4BTZkBi/5Vk/rW'
    'M97H77zp0OC732bjqQ/x3IGsC7uY52yWd5XmbH4mRFlsd2/WtQeY6PO3dP6TeeTzpzoLg87UP4+pPpyfHVn3ru+YRjWe1uGyzVlX'
    'R+aYgDPrOpI3xfLOZ3nfoujTKg1fzfv0RlKWn41LAvD7aaSP8wPGs8xnPDzvMSTv0oC8R/jUy8/WOjLWWUz+sDBgnl7LuO3MCujT'
    'bzL6eeF9+t8kb1tAvf+ccegJFY7mPD7egX8vU27vE+ackPV806ftEeGNz1M6/0mZgs95S/HyZw3a2cHK3KMYY3eIMb6H1LOJnTGD'
    'FmfL9T712JxRGxTj2hpiXBcazCmXO3QalPl31t+TSRnV/FF9KCyzyKfMgKbMnIyL09dmveeoLa+Xy7g6fVsYncj305/Srn6FLYzI'
    '8i/5lB8wKP9PUD7MHaMs/7/S7lh1a/T6/Z9P3gEm0/xa2juHXaI89iiu372KelUywxL9T/L6yQFL8v+0V99QJ89SyZjeo1mboH02'
    'COVvCFke92lP2qtbinKfV9k6XumTd4zlvVAzL6Z46My0i4fC7jdZzwmkz6uh/EWEVqZ0W7tBXqTJZvnk5bRxrUFerHc85eh8xH13'
    'Iuv+BdERVe2BkvyP5FHJ+Eu6mCmvHtyLbF88TfKoaACZ54lUuT6hCYyU5P+KcYyxcdzvkwdh//OKPlL+Tub5hKHOLMV9styHSN1D'
    'Gn3cW0ke1d2hzPNOkqdXo3M4olgPLpd4h08exKfXKfrMdQqv8OkP6kdflPLqW3I8/2eKue9mfV6ryNPHz38CQ6b3x6W43oq6OW6f'
    'pxjrQVbPDAUMFwxgOOcztjHhxkTV5cH1eFlhG1dge+EloV97hPMXiN6qqexElvsBqXtAs4f+l7DbQzi2bwovPI6yPF8VenyFe+g+'
    'RT38vPoMGb+pLKV0/pNypncSstxtpE+q862k/0fyqGQqTTCPunrw/Nnkk+d0yNNF8qjOvtL575PnjKzrB6LRUpYjy52jgJGgcw/t'
    '3GfFeH+ButiNlvIb5PEbLe8fuC52RvjH9PDThw6jn4u2tTr93Erp2cq6FjJd5TqFDILq461Q2H3ND8hraxfcKszisDYLvY8Zlf+Z'
    'VSKJ0Zr4jUn8xiR+YxK/MTb4L/Ebk/iNSfzGJH5jEr8xid8YE/hJ/MYkfmME41ETvzFTz29MbQh76MQmN7HJTWxyE5vcxCY3sclN'
    'bHITm9zEJjexyU1schOb3MQmN7HJTWxyE5vcxCY3sclNbHITm9zEJjexyU1schOb3MQmN7HJTWxyE5vcxCY3sclNbHITm9zEJjex'
    'yU1schOb3MQmN7HJTWxyE5vcxCY3sck1sclNGdjkmti9YmwZG7uvDOirL2K2MPUWMmcaP2qQ4E4eP2qEfaN2H6OMp+c2iEH2jUFz'
    'I/v4NBsjx49DDIfSuF78HhTPNL+4XjjOVYp6+hlOpXG9Nlrcjc83xLPcVrbZsBynsag9C9p7ViX2B5NmfxDWlt82ZlWQvXqNj716'
    'WJv0xN48sTdP7M0Te/PE3jyxN0/szRN788TePLE3T+zNE3vzxN48sTefavbmedjLWTijELcOQDs5A9zKMWtmeqHW0lS9tzMc7MNz'
    'bGcEzJs22He2NJAQ5bHpTfmZM9ldG5U96uQC9D0vN6DIT+/XhhT2mriHTe7n+X0e7UvQHVzJljzr8NgqXaBhTR9N/AIMEnqI9qlL'
    'IY+m37dZ6DdF6Uc3u2/9WHEeOlkfey3uMkdDrFcXgQ3at4lYBz7+K7LOmaK6g6V3ymH2wCDD8yOGZwqnuW3ml+8Dejcwj4zVZq5V'
    'd78Fxu+0K2AoDh8UprDDx/pCxpEJq9aF9tkUjjZq5offZaNu4O8MaRu/MTzgM4bBCo7BZF1eNoS5mzMO362z6TW1te8Xatv4EWFu'
    'Q9KlsXMcU+AM2feLM46serJg6Gckv98cS13ShWyeujT2PkMVOre5nU4q49zF6Hym+K1ZWHy3UdO3QTavQfpdJjoicoz70y5s29D7'
    '/VPg3PvLtHMfgPBn0nda3xbN+tvsbR0u36q5/x5IOzyaCpdwHe1uC/vjUYXuj0l/zk+7PpeC6Gbb87YQsOeXkLb7K0yT870tdUmX'
    'TPFz54WUU5dq7k1oExP9s4Ji7Uzg5hspR4ZcSTqMz8dfpfSw2KtYh7jX46aU6zMh7Jg3Ge6N7tTk4tZzU869nI5uwH7Y2KqqeEbe'
    '7gLSbsGSh1Pxf5xWUM1dyZdEyvFTGKbduOb85yB3rgSu/Z7knVjZg5a4BMuo5pPrST8k3PmcLLnAh8mYbfugOlMHA9qTNPjcEDBk'
    'SytfJdxzc0uIvRGWvijpkoOeaFx4vwnanhsCJkctYbJBeO1utmp079NED6+W3H3L5veTu+9ZwvWlskQh326xlH9WCTemC5WFp4ks'
    'vIHIwmugD9XQb7xzku1viHQnOb1vKEtzGkFunjXI08b0qWzXYHrfCjtrcKuI9Bxrc/cQpJfJ9xxd6xqyhjnY810g6xfkDreG6CFh'
    'PqmT/3aDduQdxu/h/S3CjSt1Pbtb5vdfhwqcZMyfrJVugeaOWK61GRjpc46HeJoUMNhAdE1McA/C0zCBp2TdveuuWPObo655nOte'
    '8vFR/MdlKWc9/5XoOCb7+vDb1wkN4F3n7ATQAAkunR64NE3+pjRUivBH/WRv9sI6h4GxlN/2TFdmL1TkcarOmKximEdVPhVAj9cx'
    'XriK8PDNBJ8iL11rwUMjDIgEBqYsDPD9myX7VxVbpkGhi4tlEG5SPnYnDYZ8XlDbWdAz4zpqtfC9mvF+YrcQn/uxWg+Ot8PtC860'
    'yN8A77g8iuaj+26mhQwrzHrxsVwM6eXEtsCUL7flq6tJPbJemXcl6NQKUR6baKJsL21kgA3Qtuz3crD5kO2ve9DeZimM7XrUfv7w'
    'Sft+Zi37ibascyLa/+zc55Sh9nDcfg/tVX4cwl4FcYSs//0wplthPNXiUHtSCr17CTHZ3Ouvq3BnVaBJ0ycduQZYObOXZl3WF5Ww'
    '9jwYMEj42AnwkZ+YhZTzlUGcngsqWTXlgDK0DL+dHhz2sOB9qsMBaRPIBJAG7r/c+Srfv5W8X3mX+/5ikfjaiMvXhsTfie3V5Nhe'
    'IY2JZ+xPEt8UiW8KzRqfoFhjuj7Hgc4J0lyyniMZrR5EW6JdpyltT3kkFc2Y+NNI/Gkk/jQSfxqJP43En0biTyPxp5H400j8aST+'
    'NBJ/GpX2pxH0nd+V1ByidyWyrdFrp86dSImO6av83YdNf35ecO1KbOkDSpNWj7t7Ade0HvJlyH3QLAJvpbv8cXV9/DvSMctCyoAS'
    'XjvhtRNeO+G1E1474bUTXjvhtRNeO+G1E1474bUnw3dlHSmP/DOPlVlg/djBcPeRoN9G8bvKr0lYP0CqmDl4R418cp7M6YAFvPDY'
    'WScJN+7nqEU9o5r6JN09T/j7gKF+o2z9oBQ0eiMoD+Dr3Qq4m653i1DbxW8LaLOX8H1HCa8PgCh+p3iMdt6mKoaSiY4u94dgUy4K'
    'DHPfPnQ+tyvWKcfWidZ9L9LVC9RzYHo+Z+GnO0tVuGIhwRU0TibGFzs/68BURpTT/FSnZA0rw+s4wydOFur9zYTvKYYDZmj2I/fv'
    'osNTSOfLPTtXmMf55bHu8e+TWYx3HOParP9+xfWpIrKYzR2unIzLPGtYnndC+pEOr+xTli/pxvTpcetzUP4/IX0A0kv6vH3MwbxT'
    'edFl3Xq5rPxW0lTcUB5DjH67/Z7yGGK07pvu9I4Jv9XcGQw7VRrY0cUvHSbnNs7zZ69y0tOgv7/aUc7r0Dynsjx8zXV9mw3nB5fB'
    '0rnMfdRJX73dO18P3gPx925XwEAfzNs2b59yjFaguALb2Axjek+Pfp0xzz/0ePuG31I3evsm66Tl/Nay1mctS/JOgIvfvqu8PdqX'
    'Gy5x0l8M6OHqpjvN9iu19Zn3TafsIz/QzxHm+cCPXN0w/CbLyfSZp1yc1KAoJ9OHNWWafMp8aKW6jO5sNZHX3LjPjocvs3mzZXqn'
    'F0ufUTPiodXGQXHcjsnnZz7et0lcdBrDRfzs2b3HSb/zHSe9a5/rN6mBwEfp3u0ZwJ8POumBvU66+jGnzFyi/0m/8XY4jM/aD/V/'
    'Ge5QdpfD/NrH1DDeagnnv/mak17ziF2598MeXP1cvDLhuePh5Hy1BDBM7QFN+poT5Taz1N/Tch8aMwPl4ohfmCcwdBmRt5b4eyZ/'
    'vc8n7wUs76fIOcjzDge0cxdp502Qor+2Hpb3NpIX+4B+L3tZ3h1kH74B0iGW53qyT3ieEUX/m0g7tA8XkDr8YlCiLvrRoty2Esew'
    'PaA8tbNWjT+o7VVEXn0B49m2sL+x3gKpH2U9uAbnsbLdeLcKeeeQs/scUgbl8XkGM+cIL804P+tNKb7K4v4UbqxetKlF+Me9gvOB'
    'MhS8j0TfbdxPAdW1SJE9jN/WEiujtVDfQvj7GOH1Z8njySOvS2nrgiUPzn2TbyH8XRPofLQa5KV4CefsLDJXR5N1PxvK3ahpc6ai'
    'Te4rudegTe4zoproLPitg1ynDxEZPd8TJyrwYT+De4RpHNNWRV7cG11sj2wmebsZXuklex1tWRpY23wPDpD2mmC/1LF+FliZLmLL'
    '0sRkMD0Mx72D4TqUY55O+naDAlep+raM8L4ch2xh7Qyw+Rtldc0hd/6U58yzueV+InGN6Pm9EuxxOGyh/DgVACuIU6j/OG7LTstL'
    '+JwJ8JwisG0Ly3H0qZnRKdTvUfFtRt5z6O46kO+eo6B1VXipjfwb26O6RWvZPk8paE7deHVzKNfy7pSLs/3m8K6UA0O6dckSuJD9'
    'N/HZb0Pvvg3o7q/v9efbOV9cDfT7nqe8PPko8BD3Pqmm5XFs26Bf+K4W50XDPGLMrey0vinOpcYfH7+TMpg/lX5R2q04S39D486A'
    '0q8Ix5Cx+Pw0I2yfXbgXR5M1nVZrivv2ZsW+zU/jNc7B45+rKjX+xzLvZbvGJ2ONb9avsanvpaB9vTNZ88NqzXHfb1Ds+8T3ZCol'
    'Vr/uElIj1jV4AnBy4u9z4ufcjE71WQPpOjM3vXUaO5hO42LmNMn6afX7WGutE+l96jv4vhpN1nRarSnu20a2b2sEUYzxacgjkwjI'
    'r/Mh63cvdILirkWl59MmXL+RyMtXs/saLku2vQ/azvpgsx9CXAhPTOjsrIoLi+BHdXE4/W3T22FrH37N5l/87INO8LnzS+g9H5hY'
    'GWUBqy8JypHQexM/5zxmUp8C/sPowUyztckYcK2+Tzo8bivbH73JmkypNcF906yjuzpKO3aX7vyrJ2vbEKJcEN2X7hR3BMFUnUV+'
    'ji+wXdTJsonlYRP7w/Q+XmUzMszuwYeEOq7tEcTOokeEj/c4KqLrLK6xpGdbiD5CA3yfJexiJk3ntV0KLFnQ2vGYxDzeIvp1NI3h'
    'ynVNxoTXbmU6wAqlG2T7h+4ZlYmdhktXOFZi0PF16NMN029NkviWwWt0azQRnFV8yyC86Yfv0glNXkaTV3JvpQ3ESwmfNPXWJC/c'
    '+D58f5noAatkzbLMz4U6Jp3N+mam13pno6530BV8HPCQBZoYYWMTrONGi307zdeRnoHtISWA/mfgp4Pl8zZ7tPR38R93qvbkIfeo'
    'ApukM9lJ6EmzjXCq2Vh05Rmp390d2g6lO9zvWXLNGRW/y7+lfvv1rN0XH3LSv7CMi5XQ0wpcEg0MA+lp1Zk9feQCCZ2crEnl16QN'
    '5IgUj/UmNNHEyQU+bXZexiE3KL9fTWcO5wfnlttBhY+ma/9491qyJpO9JoF6bT79U+q1BeT302trYHdUqJPWxHTTNij0irT3w5nS'
    '319UkezVTH+pIUQ5v/F8go3no1Cu1kgnVEoaclX4d35anTLVpWn+8x+XQouuhl9xYnfZ8N4nP2EF6U2BOTJiT27P+51/X0fet2sp'
    'CT0vWDX+sj/r3xlAy8wozc1iHavJz0EeMwHfybvUPcXf+rQL5znF+8DzMwRemSyfphbFMiLmZzzWJ+D8TNZk0tcE982din0DZ0kR'
    'l6dhwbKBSlG5Kp+5yk+ZNQrG0+n0hKyUbR22LXu/2pRTf29S0MV3JDCTwIwFzCDe6RKJPv1k6HZXw/zj/r02mftJmXsu/+G+lNvg'
    'PeXD0O/WCUAHLxduTJtGpvvXSe5taB1VJD+3dZlNdADRL+iKEPW0BvCXLawurmdo4vcG669neGRWAO+N8xiUj/c/z9Yly9bFpD46'
    'nyZ6rbZ97YZ60lDvrGRvx6bbF6T7wHX2N8C6JfM/8fNPZfApzd0z+pjDGF5VZN9w34z1LB/Fj4vaw8cQ87tXxzh+18RwtzCiwQuJ'
    'TtTU14nieGWI4JVk/Q6t9TPFN0cY4hs/vLSwwnipZjw6XqpR0G7oL/ZmAvNVmm+cRksLN0ZBLfmbyo7RFyOnI7Nkvem9Tobd63B/'
    'jgfkdzZXmA99PaLM+l997l4yAB/XJTpKar5s1+vbFO4VrO5c5Fxng25Z0M5PBb90DyyHdEa7+02l22aipyzX2C9eThOc38j7oeuF'
    'HrIfm0A3ZK4oty1Dmze0hUN/xiPCPKYR9Uss21lf/F0I+6mB8SkmvOmhztfa4jpTOOiPQadnmj2a+xS7o9530xtU1QT4/kJh58sf'
    '/b9yH8xLyTf0rYxxnGg8FfRJjbHS5pFvBVHu/3qW4hvW2ahob5Tp3jbDOaaiFUxkFNxPD/UzHrUevnfep5AbVzsZ0vr78ewUUTWv'
    'qkSlefOs1rExW6tLp8lx3jsEA2GoGeldXZ6x2p5Gp/dRtyYwkcCE4r6J8xql+FoQJ+7VDi+Nx7/5ybO7GH4ro91D6DpMoyfwYjQO'
    '3eiUQg8I+bjEtp3wUJ3hFzLxNzA918TGn8iJFvnzwMtRWUy18I/blYNyaVEeF03GZkNZ1ruEG4ebxr6U37YJb1zMjSzPIMlTYPwx'
    'xmUpCDfW9pgw8+kiy10hXB8wPP7wmFDHeuW8uCqe9DnCjdnDYwxvCyjfDFfaTbB+80PWEyUeNsbVpTIIHk+6X7OmeIBIHv6oEHch'
    'ZfErId7e73aXx+mgsaC6WbtheH4/nVbxj8U6furiw5zivSpOZzuMoXrclQNxmoV/ayF7vBHGNJ/dKyO8LoF/yzqobLdFIQOuGXdl'
    'T0J4Y75Ui/K4OYsJzlkspocvLlUsnDXsG8a7mSnc2PY4b1FgqtJzPF19YgWtmU0dlVzbKou1RdyGcUafUMQgugtiEH33keg+xc4M'
    'OVeLY56rLGENdTE4l4YY326Yq2aIM/zio3blm75pnp+fOzbt0JhTUeeQ8rI6WV2TgtdCeM0yeL2KwOtV7BziMdiuYecM6jwgrKvK'
    'cBgK2j+6/vjtnxN99s9icmfxyv1O+vGHYX/8yBuTkdatokNo3LxPPg31fdcbN28n9OM/oK3PQ6zhR56d/H19DVu/qHfC9G78KlFO'
    '1+TJ/cxVDEZ0/ZHzM0O4MVYXB8ima9n8LBHBcS+ryP7gMEfbymrk3bS/qrttvCvKK/YJwtxRZC5s1j9MH/3utlCPFWM48hjcqvir'
    '26DO7xAab5DQGH58Bq0P6ZHrob4Hge4N4pMWEVrFZu5WIb9KUtnuR8j6bCS0TdA4kM55j3BiO+I8BNFPm1laMOBZNynWA+fvRnL/'
    'NZvVPWQwDhOe+b+Re2vOAw4SuhLjK5vMHS/bBGtyJDlrTfgDfpceVGaQ3MfNYP0ZFeqYuzo5wRYNrVtFdH7wAmO+cONTyvcvEPiU'
    'fX4eyswovUxnsrmq1598VVU1/rumqrauqr6hEZ+m5sZJelrk/1orUXNpYl4p0QavlNuw7CrFK7vPed7yli+V0h8uWbngoqXLL/nl'
    '+kvf8vX77lsCn//0kdvuM7HY+cbN316cEtlfF/95s6x6aI6LUZy2/stp577Lf3QfeeTK7YrV8q/zpyZ2Qnt0X9vwr/s8z0vfpn+N'
    'i/E9xZ/8/1vG5ThF6b8Dxf9+Xfp/8fn2y69CzePjf/C0Z3F1FfBcp3hXar/doLCRdpHaUmqy4teU9P6EOl7uCoI76Fm8UMG7U3xF'
    'Y6GrcLCtXCBIVvhPwFebnPlBZwGN6x7U5y6NfLaXjJvKUEYMxxQ03r8WjuMZncyatr3VcBy0jMm6yn7sBDiLU3aNdwZNMI8zFDJe'
    '1dwGyacuAbgNWv9+Tf9tx8H7QOmCzcKNrd7ic6+AumT0+0ZG7x0J9F5YWbtJP23pCT+ZAS2v0lmd7nqpgXd7wvEpw06Mm81Or2D/'
    'ODo5Dl1Tla6liT0Z1sHbyBA+9PcMfkx4aZt7Gxt6v0dzr9QrvPrsfnXiPeOXCF7aYkj763BlmPZvJ3yRafth2rme8HYc71L5e5i6'
    '305wfn/Eus4DuFXxqdtD1nkSGfs2Bk8FgjfD1H0k4d23aGCT8oRh2rDV1VTRZENkD8s635J25roS+xl1TaufduVV+O7Wbznv5hL5'
    '1vMg38zuduV3OSILRf1WfPfafu/dx7zdTvrDJ8PZwpTah3obi4UvrvDcPLvdhU18V3Wp8245GZd8J9NP/YXzbRH51nS1k/6+4M4z'
    'fjt3o5N+5B73jg7bWfI27zz/vOCd5/7LvfO88q7yetNE/nkh9P9vU47dDNKydE+MWMCx7fyb6Gu3WZw1mxl+HGR4qcDkQWeQe9Co'
    'ZwmtdyHUa0oTmva3idwZj/rwcrQMrrf897qUw8MFjXOA0f/b2d9dkwgTfvmoTUqJhir+42SNDLOH0QFTfSw/Ap6NjuWFQ6Tv/wPk'
    '2ZXAD3gfsTbrpKshPRPSN2QdeK9GPJuFc22ek942z90f84h+2XlQviNbvl/OgfLvIeXQ3wXNdwrku2Weu69kn0zPusYQ80HH3QHp'
    'aZpx8P41gXxnPqE7qF5YwQKfcRm6ii6ktM18mHva7iaCG03apfhpUHF/RdszvRuj8572uXc7XjCfpZ1QpUZpHOtNB9RrQ6fUsLOE'
    '0vVNoGuYJ9/ofCxV6GduYXmOIXmGNXmQVqaylRUkL/5N78+pvEmXl69Xnunvcb+rqrnk5eR8BpULKxfmcFXL9DiyBve4K4S5vwxT'
    'OK1UvSodnxUhZOQ2esxtwCOnCO4tjymUPmQeCxfPWRufeikxnlHJuhRmIIG2HPobFvNH5XMuqo5UQ7K3jPbKRNt229hyr4gRHgSD'
    'B1Men9qFd4vE34NWdn536f/trqmKHeoIso0xscsPI79ZRmhNfHcGvJtD3i0Sru5fA6FvqJ32IKS9jP6h7e0U4eRalRjzJYoxX6AY'
    '83mK/p8bYh5WKcqMBZRZDHiClkGb+VGW9yiYC5qX8xQzFXkKLE+dIo/kH1W8wmSu33WK9btKsX5vJe8eVqz9h1Z6117a0/K1P1Gz'
    '9iodsKC118m3/Nae34v7rf1ig7VfbLD2iyuw9nnLtW8GHjwPdyrNwHdR3zbLQRafI/VlSPnlLD0LxnKpcGTkqGPix1PnCW82yuQA'
    'A+xufCaxgesR5n5shgPsfSgPzvXMzyLjPStgPtYSmF4U4o7hrAqeSYhj/x95N7PdefcKeTcD3r1M6LZ2ts7tUNdLijzHtpfneQH2'
    'KJVD+PVZlvmhvAMheMlmvK0WsiOua7MR2v8KubMc0ehzDLHvKnmUrOuTRLenR1PWVI9I1b6fHJ/C/A4ivyxY2sjxPjfBXM2x1MUN'
    'aou3cSHRpxlj4+810NlCOePRrOwY0QFGPBNF36Zf0/ZRcAdsuqaFELpqAwxnmMges5Z4RMUXLhPhbXBXQnq68N4hnsT059M+MjPV'
    'u9lgx2LL4/n5djOtg9snT9SYW0U0G2WVL7JRkcRTjeirUJDr79h5V9O1oXe5NmdwXDSILWxM8yethg2Lx6DsRPGPzezuKmp7Kcvy'
    'OcvyiW9VH3zV/vq0hvCt2mYka6Nn3hqShtFjayHn/U1QHvnZLljja0Tif38y1nkOrAuuG7+b4DL/5eSb8MnLfbK0BNAzYfDD2gD+'
    'gttWBPFQKtsGzn+Y8iGUh8R+7bDgqwaZPOXBJmf/qfjHEQu+7RcKPrbZQnfahIek9R1gf2/y0Vku+YRqcmSF3N6Czme/z/qq+hCW'
    'l1StoQm/9zLTtTu3ydU38+OFJ3oso5bwWKJPi/87WyEDMPFPbapH2cVkigMafcOJlhF8v9GFzTHWN5O5pHrlXG+S6mr2CTv5i2ru'
    'tvjImKht1icaXbyyQzM2bou2Q6Nf1cX0bbkea1cM6xM0LwWFrK9kE0/G+acIa9elGXNPxDHTeY2Ca44vjvNN8O5sptt3Fuj2vXue'
    'dy65/qIsfwboCK7KmukwYl5MVfanvA8y70qim2na35Pg2y5Nf2mfVpP3co7+tcGRiankeVsYLuli8DSmuO+i8KDTdeR7o99gbfFM'
    'fKjBkUlVCnbjhNl/h/RnDM/c0uDIzKLSGLT/Bc0aDAjzeAmDmnOW32dd0uDoQ1JbCL7Gv1fcUfjhYJszuz8A56L/iePJPE9VfOzX'
    '/z/Ul9N/JnvEVg94oumGvfXOfa3pmaqCxxcD7pBGNHfq6E/lM/VO/+Pcfza0vd/e2lHv8JVBZ0yHoc4+5qVtnk30/umZcwY7I9Yw'
    'Pfk3su+r4Qy5sNjnBRNAA/RqcHeB3SktmeD+6GhY7E9ukvvD5+eFOiHOF8H0hQlsdVrQRR0ErkzrR1jrjEgPdRjSVXJ+/rLOxQ+V'
    '4EdUMhkTe7NSPKUJ6ttQiL69uc7rD2Qi9z+em0smqB9DAf3I17l+u3C/3z9f7T+E+5LGfKOa8+JPpF7Z1n/UlstVTHWLwshONgt7'
    'HzdB9VC+7dFaF8Zt/Jz0WPATBaH2JT4YQJPdXevySwPC3L/fqEK2SPejyZpttBgX0lsba11afaryGiV9FzKvlZqbnhhxXTOB0UrI'
    'x6OcEQdrJqZvYeZtb41LC00271jyYVXj6FnJ/Ec2OulxkK6EdG6j+vtqSPOQLoT0fEhPgnQpyz+z0Wn75hovXg+DS8LqmG2oqYws'
    '3fScPrvC7QfRwUdPUvs4fmlcuXAS+HDaJ36n8U/Vji5YM8hP6T6YA+lsSFcxeO+EdB6kx0J6DqTz2f45H/bBt6rdM2oqy80/QtbL'
    'hsbi9XF5ar+PfDXIB+1gtRPNLIx+bNzyqjdXuzFawvinK2juuoLaXV7typQmQ55Timdd7ejPB8n3bWQvE8Xv/kve4VNKOg1szx/J'
    '9vZMSGeFPPP2+rQ1X9PW7JBt/Q1pKwxuouWOgfQ09n05tHVH3oX9iZKBlfb/BLeLdxgX5128Y6OPr8KFpmV1/OLyfPn+rwTvcDBA'
    'blufd/xzcFsHW5sOU9rh11Xu/E+2HsTTVa4vujC0qO4eTtb9P2Osm/f7U1XO31MRZ5f0f6ocnTSKp1KQvgnSdZCmQ+LIa6tcuK20'
    'rLOk/zNB7SGeWqRor5J4sZa0183gsUtDBxZC4E/cH7/MubgvTprUhgZ9mvRhMuR1sg+7c5U/A3oC1v72SegDh/dNOdfX6CDbXwc0'
    'umMtKSfNpNT3pW/Juf5cw5xtpvj4jJz3DK2UTK3E/09Qe7g2GQIfUc7sHRF42H/LetcyTB+C6KH9Wefctjm7TGntB0nd5zL6fSnj'
    'Ty6wrPu/Z127y7jo6aB9chDm7J1Z1343yn2RrKs/pnXuCeA/LqpwO7h3TslOnj3sLLIuN7K2v6C5p8M+fW4+8zVK6vLDuyZ3fr/K'
    'OLG9JlOnMEi28GTGhY9Ojd/FtazeN4VoZ3fGtbnWxVYNwlmfyDiyz4mSpZViQmfc2BVxy8xK938ZF964/1tTPSqs6zIyPxN1f3kq'
    'aXMidOxLdkAEloZ96GI/WKrO6GOSDCj4AlN/BDgvv0679a8O2E9nhthP/5h2dCgmE7eU+P+0A7+Ut8X7Npv7CVnX59JuDMWrIVbl'
    'bfvL/YB85ztOOvxV8Ku0rzxO5d1pPZ4pGN673ZJ2fWqH8WmhOyM3p119k0rKwUryP9IWH/9WEd1uis7XqnR0fxoL0t64O1zPPwjW'
    'T7PQcTPZYzKQW4uIdnf2y5TrHyoIHjm8/DQVzbcKn+O/T3ljVYa9l1PBxZim3fvJOKLypyX9P0V9YXkkWd9tZI34Ht4u9HEjZZmt'
    'pKwN7MsyfVDW9l5HlrnSp6zfPY0s86aU64O/N0D2hvLstaSMia1jKc5xyvWrZYK7BjTrfVQqnP+lQVZPXcr1CeZHgzaB4W6dgc2u'
    'zPs7EZwX1/wlsGGOW39c1v0D4cZz/uV68AtTcON1yPS3EENjP8n7zGVOmrnWjcsh06P74P7fJy+v9yFF3rN3qPP+jSJv//vVffik'
    'T15e74dJ3t9CTJIHNPPwXp+8PJ7JO0leiQBk2ni5t2wT4ACe944N6rwFRd5zb1LnfTvJW4C8dw2qx7ae5N25Fc6l9eqxrVPkxXXj'
    'eU9X5MW14HlXkLwdXy6PWX4b0G4LIfb5cSTvZx530gO71fF62kjeIJqQxjnndGUb1Dtrv9rfVZCPKxPb/zzDeShroH4rCuybrd+K'
    'LPkbfbxLGvYcgBn57z3SnpCU4WNrDjk2lY+1ZuH1x8/xMfUjuCjkuG15f35u2Iz1PKH372dytkWJE2oTP4P7A9yi4ZUHDfn9oDij'
    'twk3vvlEzk1QvzYArjKlW7sj6qX1WoxjJKa5l/O+IIQcV+c/0S/W7YhBfzj+pLE/JdwGxf6sCoGDjrHgWYdDyAS5nfUIo+m6a1zZ'
    'd6/hGsTV9htqXPntRgWfr4sHb2KrSnnRJaQdHptma4zjaYJ2wqynXzvcf+rvqivTDh/PP1c7sGHaTpxw+U3LMY6GHONnq10Zdq+G'
    'NzRdlzsj1MX7tbPalcH2GuJUm772+vR1h2Vdl0Soi+/Vs9i4bc+EoHldpOjrwZB1zSB95firW1O2y1APSdb/aj64fp2/jKAzWtb/'
    's7w7F2Hqp3HSv0/qUuFYG3j6VoS6+BrdF0NduB4fy9vFwxy1rP/mvBffqvzF8LsWEznLeqZfiPelF4D85bpJaHs9tH1O3pX3c709'
    '0/hzJnlL+z/vyvuDYL6gWadZFnWo9o2sI5t372l0tM+IsLv7Lcnsq7z1Hoyh3n8k9fZp9OYGQ+C4vaTeTRqeOwzNt9ug3jA486NV'
    '7trb1Etx5W0GfdsaYo2GFPWOCXPZ9YBGD/RtZMxDGr2loQCcfn6IOjguP82gjrGg819Rx2bLscxS1DFqOZasoo4xw7EgjL+cc30R'
    '8Piiqnvwk1lMVr+7ShvZ/TM5b7xl1b3AKo3vF92Z9FjM9eJ584Wco/cRdCe7Jsbz9f0T2CaOc3POxQfrNL5UVHDCdanOYGN5S8z1'
    'Yn/Pzrl31il2J41/NzLbgyzRvSzJ7EkdeJe4ANIlkLYH1HFUzr2j5fSIzd0v7tMaRX3DFmcx1//5XdZb31hIuqnks4fUZ6LbNKbx'
    't4DjfTrr3ivbnJGyzN8qyr6ooTM4Xv4KGceApq8DFrTJJ0h9WyLalcj63pd1dbomGl+X7uzJ3OIePDvr9bWk2vNXhiiL+/pNZB6D'
    'dFdMcOmqmOrD/h1D6luv0bHxs6ni/WuIqT7s3x8z7r3UMY1q/KjDZS+RslxPfQkreyzRdSvJ/zKuDkSXghYx9cvxlKKe4RD1PKyo'
    'Z2uIer6QcfVBCj44he7dj5Mym4Taf28/t9kh/VWVMcUb233aHtS0PeDT9qBF228nbXMcyOdqB5S50KfMiELvRpbpNCjD+ZKTDcrs'
    '4DZ7BmX+nZWROru4n9dmvXvVll7OZcrjtOt4AJn3T2l93ldZ3l+RvH68v8z7Isnrx4PKvD9JO2MJw1eW9n/I8q/77NKUN9lHsvy9'
    'irHyvYu8+V/75OV+pT7i069Bg369h5TfEkJ2coOmvOl9Zw8Z6xaN7iC2daUi74u6/Q/9CnM/JcufSdpC/fOLNHTJSQZ58Rw93ifv'
    'mazeeQZ5sd6WtItrw+IH1NmdXQEZrKz7FymvTks3wwk/VeTpY3DwnE8eXL+nffKMQZ4nFHmGWX8eU+QZYzqsDynycFx3L8mjupeT'
    'eT7tkwfh+mMp577f5m5KlvuAou6DLM8ukqegwTfbSB6V3Lnks8MnD+LzAsnTp7F5vpqM1ZQnLNnskbpV54rM82eKPGPszFjrkwfr'
    'OZnkGdDAx1KSR8XDleh/MlZTPFy6//OpG2Gv1icPnjkpRfsFg/ZfFt66X2Ttv0TyqO6/MB5tjY9ctST/V+TZzPL8gyLPKMvzpCIP'
    'p3m+BXo1NucHxqi1KYftfUa482/Kl5fOfzIWFU8s83xQ0acgGWbp/p/UrTrXmmBsNT5nVBPsnRrN2XQ65OnyyYPjuNInD56D68k8'
    'mvLlTaDnOStG2aisc5li3oPOUlluPhmDqWwT+etGS56f64zyeLIrRHm81iB9MlUcVNN4piZ1J/EBWdy4TwtB1I+FXTzTNuN4pkFr'
    '0wTn/3XJOqnXSURZJ2EU308XGzZjqRNKYy7vRL3/cTt4mAp9sNWdTYfoYxCuyxBcN8ei7zhum/13ZIg2HrZsg8NYHvJm4FfN7Ciy'
    'ine6ddW1axubttEHDuMqj+ekHD/G+G6E7xkYSw3QFNVoMw9w0gy69XReP1b83aPEnenD+kH89l/OFnr9GR+/+Wbc1+Q5W4R42sia'
    'IyyYrp0fzcTjzmNMVRP7oih9alXYEvjhO+y/7O/ljD47STPGxWT8DfDvejK2WcK9n18CZc5kdZxJ7NBo+SpFeVpuibCLs340rEMc'
    'fTVtk8bDzZJyDbAWsj2xW4jP/dgc18wGfE3Xp1qDN5uc6l+3OeA2TcNMxmrqc0TlY/5uYod2L7z7ELyT+Z5dAPonMA8IP9gvXNOS'
    '/imsFbX7Wwnp6Qq7v5PQNpLNu+psVr1L6NYAunU4kPT0eYJDWPO9osNVWcW5ewqsfTek2y1pQ12+BpJvNvyQlou7fsTVZ6UceSPi'
    'qDShI/Cs6AI5sPz3AVmvYXucZq0j+MjvbMVzqIfVe22yR8r2yK7rRJQnHbSDGhk83kTozGTdD491b4W17yDvWnzkdstikNu1QbsC'
    'ZJINhK8plbtYfzbw/reEoE2rybgkoB4LczCH2Wv3a/Sfhwl9ifn95PI4d2ugn/LfJ5KU+kKQ9W9TpEj/+8ljVDwk0k/zTnLKXsVo'
    'JZm+tr+cVrqU5KkeL89TMw56b2DfK99dDOnlMcl6s+SE151vqK+HPs7WK1Ib+cMsUtf8rDcNI8swpeuD+KcWy/paSJoGOBiG+RuA'
    'fZgzwrWZVCo7zenQZRzD2Mm56yPgYtWTqe/M7SkyNJ2Ejv0A4Cdc65SPTKsZeDHdHuKwOgKwYVI33QMZHzkllcWtIHyYMOxXDvCL'
    'rUy2keWLQ9YSxp9MGL4S20nDTze31P8NLd9iSbe1wHudLLsF3gf5g+A4ai7Jz+tLWeAwCkOLIK0at8ODVAaE+aoIDYFyM0oDt5B6'
    'EQ5s62klMNQG/FUayhyfyGGVclgV36BAo7vCEMR+dzOZCsNxCR9cCXfoVzt4wE+2xvddE3yvZXtiGZMnmtzTVXKMbR900tyu6TvG'
    'B26f/mNEX3B37ZucMeYmYIzos+61x6bGmCdiXbPge+/7T06tMVJfdd1Md7CO6GWNCm+sAU7/2NBrKrirI3Qg7d8sEewf2C9GNbeP'
    'XijsfG0ULOunsoSgvKr547TwmgC+gM5jnq2zjr5U6S340b3YD1M6WY7tvxV/55MyWfj58S14h7YcZDOc3jTlj9JToB0/viaMT0cq'
    'h6iF8tmAu8cWS/prro9uTa0CT4Td702admtB9S2t4ENefMidQ1t5jGA8IvpafeIppy+t5NtdgKu/+0g5HpTvXrnfST/+MODeH/nj'
    'QZOzweYOug3+lv+eCfODOBLralbwrDmNvDJFYDS5J/XKp469VNwBqL/d+PLTfY414Y247DFD1sTv3pDqmOAdokpO4SejVq35dF9X'
    'E51Ovzs0f4GjnN1gvaQetteTO7jJvXtFfZispcwRz4WtkHaJcn/VR6a8eYZYntaUe/YgLYv0YZ3iG/rXz5K6ablmYuv0qtDnQTue'
    '/yu8bbwDvv0f8m2A9e1FxTfs278o6kQ7rudIn7qF2gf406R8FxuTtPN5IsFdCe5KcJexnlUa1khFV9QyukJcVFzbTzn/7uwo/rsj'
    'mJZM4x2Bov7mmOrPsvq1PBDUH1RnTsErbyL6Bw2A62ZBW9kEvjMwVRdbKwSam710mtDM8sz+nMK2Qxic2aiTcRbsn3nk3XzQr5hN'
    '3j0mXB4R361p98bQwHsyjIOJsTXPCKmXkMDjoQOPrZbr+g4mZ+pN1pSvaedkr6npetqcL+8APFAfYt2n0mNxxZyxo1/HM5J+1d9F'
    '65/xEE+Tz7pPhjwWYaMqwK4EYSkF508CS2pYCquzEBcsxULPMhgytaWwqTOKLJ3e35Z8NBH+/tFnnbT+B+79J4+r1g4xzW7dp66P'
    'xlU7ardbjyovjat2I9R3yjPqvDSu2s4HwZ/r49772ibCz5Tyfg/ur+EOYD/cS3x+b3l8NXpv8HXow4G95fWGvTeYDbpsguma6vTw'
    'ZJsnkDuvFQpeshkORlt9Kxs9rRWszxlL2slvP6XJfmomNLOJnY2f/m8ecC3tI7/3a2Jrs4DpslfKTs903loZ74P2fM3Ca89XJ4Lt'
    '+Wx5mTzMl+ldcBP8zfUkGhW6Dk1wN73aYo0mYk1MbclM5sJPryPH4P4qxXwH6QzTdafnBL1Xov2Q7VxjeRaZ3ocex+45MX+e6BPX'
    'k7x037WTMi0T2HZLCD5QN3f5kHMnx/9exfipHUIUHWmu4xykA2Iz76PX2vHPpvoXpu1X99nN89EKXW6qq7CY2O8E6XjodPfRZr1m'
    '3J3/nCWMUbhM4M1d73UPTi68/fDJwxfesI48FLKFO1nnewh/XEXOPZwLrK8bylTDWX4NkZ8m+v/pNPKuxTl6RX/7F13/n67TNcwm'
    'ycYmRWWLaG9XJ6WM09ewDoSPzSFkpkbCU9WTgYXpNBGuAp4/L+3GU7nKEn9eA3Wcmnb5GFpHRgTbiUqfzfMYn8N1jK8X5j7Fedle'
    'xjPVpR0fKJWybVbZNf8yZW7X/LOU04/kPkJ5HxHBX0rgngis25anKMVsS7l6oSsUaZg6355y9qzJmd2kqeNNxRerSB2qvbNR+Mdm'
    'Vunr9xM9fdzTpnQQljO1CeDykJkpxx5fNYe4H1XfdPr5tvWgz+YxoBeHNfRyfaLr66c7Vck7R6v1R38a7xKOP0XU580Lr0/6jaLc'
    'V3W3cP2e8X3F4wAWhHlMhwvAdkbl252fY9s1e0p1buriXxUM+iS/zxBeX//UXmdYeOPYqGKpzRReP/kbmb0OtYnqZfV3hZSNUtyo'
    'k/PVhOTRJbzcAmk96Se3TUEf7inFOIeEOmaArf1KXpTHPDOJ0aKDWXovpFrbMVHuq36FYt24r/yFwksrFVi6GfLOFd5YP3yeqM0c'
    'twvbLtS2bCMh59Yvrsb9acf/Hp2nLuGNS27TFo2XoIKlLmHvvyEO2MAxn+MDGyNsv56qgI3/ZHmWQ/9M6QOO0wZZfXNEcFwGFb6r'
    'U+D/37Cx03uRFWmHaafz8ELItd4yRdf6jRZrfYawi7Mykev/Usj1H/RZ/y8Xy35cmMXTomfmdvZ3V8z4oTBJMINnxyUEf/draCRu'
    'q7tOeON36c4beTYdGRJeTMeG/ZovXBtpehb51RMEZyifV8XYofB1RMrxj0RjI9G9ZwMzBcux07xbiE3LZNIk6wzxxKhQx3/rZfV1'
    'CK8NPo8xdDyB5W1CHWuH2+2b0C9dotwfcIPQx/Xr19Av6DP4dphr5EswzstqFvfsDRYxD98AcVXeRnDpeVl1rB0en0WWe7PwxpLz'
    'i5/D47idIcpjxariufjVdwaJq4PryGO9rcoGx5nBmDBvzJb70sN4Qn6xb/z6GpYOPZPF8DlNsyYm7YW9Q09F4JeuCyEfme7ykpJw'
    'pJlLNMyvg0wc8SEPHkfchbjgSES4G+9kcMXtGUcJ/4Hfxsh51gTyPtTZOgDvlpL8B8gZgzqNDawdlIcOsPdY5gjSxk5R7oMGdf3Q'
    'Bw2+mwH2L1SnbJnCHs1mvi4Lcefu8X/cCUuX8pejx6VL0CZeD/xTmgdFf4SfPrttW7VE0Ej1tNAXQBh7FFMfgzZr2Ub0KOX8NHe4'
    'fADK2+Veb+lw/27psNNn1PW7OmS/qW7zKjFxsQpo/JBK5KexMuLyk1kFPxOdxRYCFx/U6ARcTnAV1SGymZM1Fvlns/sp2/KtRD9p'
    'NsCyalwrCG600cuxxZ0nK/SDKG5+O+EVFrI+nsB0uk3nwNRXVRBsUjhBfaNWEeyryHZfU/xTRXQ4VT7dTGx/0sLfR1zGErdXkXy0'
    'b3HoxofF4zdo5rGLjDnxqTo5PlVtYDVFcBbXzfzLS5z06G2uLg1+e/mtTnr+iPeMOGPMSf/hYrXeJreDQLwky7za4eoRVLov+ZC6'
    'jDZ2nab7aR7J18J09ikOuBjOlGuYzlMYPUwVnr6KwBDi2l7hjQXRvlmvwqKyH1rBYKyZyYuGA+TBVK51HZF9DTPZFOa5QtjFEt8o'
    '3PgJuru+bnaffhbpRzeTmWGeVcIsPvRWheyuWXhjzJuOYzaR/Y4allPN/0ah92k+G+RJqn18dgBMNrByOR+YvCam8y4VA51gQqOp'
    'aMgVljSerd0ftfNrZjqCPA5Q6XBZrD8/6Pq2sHNFp3/IYSpF9kUcuLU+Bt6twWINbHUdwtKJeeHqfo4G6CzobMpsdEKbQHd1SQg9'
    'umHFXJjcY4Xp4/maPtJ+DCh4Gqq3gfLuINxncr/OeRHKO6tsBrco7vC5DkiYeYkSV4LSVHwd+d3eqObuGOmmMHGmGjQ6TC0x7O0W'
    'zToMau7Ietgd1ipy76XzJ93D9HYWk3uZMPe1A0TOOlOU+5ReHqG+OHDSeULv3xvlMXTvNbG5GgvAaXgfuISMfZswt69V6SnyOy4d'
    '3uA6ILq6VHv+P0AfQydjTeLoTT0fnu8kciLEgzb4K1nnqb/OeC61xnBOVrNzkus7rCC8pQlPhrpd7aCTw32lU32qsOcI18mi/aVz'
    'UWMxF7PhLoDOTS2UbyE6Mg1QjsbU5v5EaoVdzFyuOxBGd6gF6Ct+bzxR/k+QB6d20PXCzi/KcjaeBmHvUy4ohlpYniyO+7R6Q51L'
    '9Mc4l8A4hfkejY4ez2fSTlj6SeeDfY9w/B4n58bUpA++TPRJqBzFVE9wOFn7Q9ZH8nKh97G+SOj9nx8tgn2sH0F0blR5VP7Ra4Te'
    'rzunaeKQq9XGgMNrhN72i+pumeq+din4MxVeRrw+G+6uOR+r0qMdEGZ2Z7b8Zy/ji3F9ZN+OUcjITe0M+iz60qWgB6lsXSXL6DGU'
    'gQXJpuLw8aSCqQGFLKbkczmtz4P7t4bk2aqpRwJKXpFHfvtjyr2DMYEJblNyMGR5bP8nKZemVs2DKvbYCwayzL/zqbcQod77Uy5/'
    'szWgvxxmtxC+KGieDjK55Z0+7Y5UsN3rSbtx1Uv7qoP9y1IOX8bzqGxbxxR4iuc3tW1QyclM7w64HeOxZAyjh+gYfgM8iWlf/eqn'
    '496qkUf+iNzp2syNX517iLy0oJmrgwr8prJxuV84vha57ZnpHXSPoSyFjovLeAcU51xQnTr7ll6278aI/GYi2h0iugzzJ2G8Uv/z'
    'NMN7lYLmTlDVPh3fRK/lkIgel2+NiO6bitJLdTHQS/M1Z0afIR2pkh8OCn9bsR3A66ruVkY1a9rN0onE4Tb43QRnUXtOOtdjmvp6'
    'NTjMdL7nk/NmqwLvx72+YfeIn/5vnPumKoZ902zBF3L6/Pfk7vKAgnazre/fSH1dMdT3PTI+aoNrUo8s/7c+4wtT332g9xlmPLTt'
    'g2y/dWlwn5/uhezPe4Xr3y3q+lWif9cSeXcvq7tHoyO01eIOHddlHTk/Dijk5ZVqd5HPXX1fAA7ldOwMogMS1FeT+36UDR+rkCup'
    'cOlYhLPHb77CyPoqQaPEgWsbhJ3fpUsJ/ulhcHDQQoY2SvR1W0U0v1NNYLOz1PBelqZjwlwGquK1bGjfOGjcqQADO2Nas03kfnrY'
    'kBdV+WPgZ+zlhwgsLCUyYBOdBY5ncT3ayDz2afpH19ZknqPAKtVZyxHYlXW+wQd/FELgjxOJTkg30zVFn5J+545K3ywIBrD+5pA6'
    'J/zOSBf/Ow4e1OSOp19zruN+OpngiFHh73NtlNARcehhziT1DFvQM4MB91SSjsinyvVA0pbnc+KTk/nk3PX6tS6YO+yyuigOcqxr'
    'A//ZGOF/ewj4H4gJ/t8eE/yfT+j6jULvV5Di0SGWbiZ62Uco5sP0TlRH61Pd/QGLMW4OcX4MavSJp9I9vh/cop6facwjfo81Jspt'
    '4ujcj2nuyVR7p8cCJrsDZFn0fjzN7pw3anTVW33sI6itEL/72GZ5FqdiOIt5PK9lwhvP63gRHM+LyhwrFRcL50G1TnHb+lOb4m93'
    'OOkDHU7bR8Eay3dfgm9PQvo1SF/qUMs3X+vw2o3R8q9B+q8d0ehd6p8BffvPHVfz7OkY54rbXzcKvY01hT9pmx11vFH8bU2zB6dx'
    'QQQducCYAnHz/RIOLusuh13pmEumt9+jh4tqH9mUyl/BAwXwIXCPA3MLFN+u3eXu9RoN3zosyv1+y3KfvcpJT+t20l/t8O51zHMq'
    'y6OzRcDF0I0xDA2K4/15n5PWKfwl5D4K83S7V+fwwXucdNftapqlErpe2PZmmLd/6AEdEcW31I3OtyPJvOM3cZH7Nz2vS34Re8rr'
    'puuG37D8e3r0OAt98s+E7zpYrLoUzpGLXL++2F4drM3fXwaxua7wrtGbYUxr+rxrhN82bNLDV47QhWlhHx847Brys6DG5wxR8cmN'
    'ij1O8cbdcI4Odnjl46p98ALM1fFv8/bn9g9A2mEG63HSHs9/30lfud+rT/x5+PZdiGX8/NdcfWKMSzwKsYYvwPjBEP9496Ne+D5O'
    '0+ZE0CBh5Uroh4zbSKt8aC0JYVOkwrlzhV3MlZOmeP9OnuD+xRU/UkVfrxX2cbAbA/jceyF9dkH5PrC1r7oe9hLyyOUx5w4d/1QZ'
    '8ydr4/Oqs9OZr0r4vBoP8TQp6F3b+wa6jxbhmT+up/OCYCjxmxbgN62CMETxzApGR9QIvX8PauPD82BdVGY4Irx+NjYLf58DUXDm'
    'WWJy/SZhH2h+3XnF/SypzrmWgH5mIpw3ujMS4+deFRJXcLpv9x4nfeIply/Ab3ftA7rvEZd/QRpO0mwy/fjDTnrmj7z07Cefhjzf'
    'jY++O5PQeSLGOW8g/V4O+0j6jp7ZXl6PCR1i6v87Dp4HcXVc8qnp6A9e3BIhxmzKLIsNHXi3gl5LQb6EXlP5KB3PTBd6De2yKS47'
    'UXhjLZr6Fp/tiIlef0dl3dKQHGOz6PD9EsLDy/wyfViTdz6pZ9b+cv5+Nvn2C8D7u/d55UgpkCE8vsd7XjzyAyd95qlwsRFwTm3m'
    'r43IpLiverFbiM/9uHzv3kzOmQm7M0hPQ5wcIUaH52kPry9hs/6tEWmtji+7dFUT3MMiPfXos05aD3vg+086eQbJ/mx/HGIM7VPX'
    '10PyHrXbrUeV90qS90ao75Rn1HkvJHnb9jrp1/eq855L8u580EkXQL+z+8rHdppw/RHsBPnha0BP7n8IZI/QziPPunqDOGdfR1nj'
    '3vJ6jyF9yAKeWv2Yur9HkPrEV9V5Gkh9FEepxhTFRqWZ4YwyP6kpfxrGlgY5SSFDmAyfRDa+h1awPtvqqgTOcbo0hPY45jihyw3O'
    'gID59n3S8dLlcd9FtYG+CV3/Xlj/bLL+GcJbhePLghizmPk21XlegHvTuwa99PF715d/o/Tx2TvKv1H6+E9wJ5lV3A/it7e8N7o8'
    'JQosTjMVlgzTQ2kW8SOkQB2XKLZRVD7ZRu7XExxkgIPSOg4ihkMoOaOSM2qSzijkV477EOhWgS7RETc76YfvdM6QIZJ39x3leX9x'
    'E8inIG8vOYuwXlmf/HYNlTHd4ZaX395KvvH211O5EWvvfPLtmH4n/eNVzrdzFN8arna+rSHfPgM6cKv7XXse/HaQfVtG9YYuKh/f'
    'QsU3HN98RXvH9HvP/YPsGz33n9kKunqXes/9n8G3//f+5NyP/dzfVcFzf1dy7ifnfuXO/VyEc/9QkfNMlh3SoThHKRGfrDtOOfcG'
    'Azn3Wy3k3G+2kHN3Wsi5V1nIuZdayLmPtpBHzzSQR9cZyMDD0ghx67KY6kO0kXJNRB9jFqkT70qpHHuecH1l4/dKthmHbWReRNNR'
    '4f1bphjPYpYf83HdGVVbKn9UJnal1JYW7V2OFea+BWztKYPyvCwm1rfebIAPlW6mKiYx0m7zme0G3mvEHedgMuBnniH8RPGTh/A2'
    'V7g+L2zhjdpQc192Y9MUjqoOIThqFPb+UahvGO6/7mAInDM6TeHgUDqPZglzv5nbRbCP8CaiL72N4QPuA6owTdc/HWH9Ez8w7E77'
    '06+z+CH8wLQFCox0axGXXMBXZ8FI5J0WyUOfPXRJO+OUCyU6Jgb7UUTR/Q6+oIkqKxFgR7H4Ea/c/9ffcfPE5ZOOy2h2K/RwR4nu'
    'XZC/gAQ+I8NnBB2odKzwGeqeYPoe6hlT3Q27p9NKLyQ526fy01nRs11nA9jcEd0GsGTDt7W83htAv+x55gPHxLfNMqH3bUPvzrmv'
    'F3p3zn290Lvz90GdB3Z4786/AD41LrvLe5atvBJ8lV4d/SzTrUcLrMc1IXGuqe+KStiTVo+7Mt446BnuU4WuBffFEpaemc3GQ/2g'
    'fx9853xifTgd8cS/l8K/164IZ+Au+zMuPYXhHG3r/gv8yB1H3h1xhRenyXwyPW/Ei9NkfvqN4rR1vU56/QbvPjqqUP4t8WV36MJ6'
    'FJye6PhMT93NHKF5MB6K7nw9k3z7MsMZp5Jvz4Fvt4v7yn3Hl/y+vQPoym7XdzzXyXzyo65tHeoeSPpOphd2uH7gmgge5u2W6L6O'
    '8rFR2zqk8TBPkH+2BM9FwnMLIuC5wLJx6TXOTPQaDzu9xij0H/c5tFjoYzljTJFhUR6j4kbh9cW6UZT7Yh0iedBn0iCrZyPJU2Bt'
    '9QpXb17n9xXruRzmJ+jek8fLfCO7N1fFalHdia4Wrj+oLjbulaS/PH4I+oxaTO7dRxS6FDo/+EH9Ql/YtrFiuoTev+dSQofZxsFA'
    '3TAb+Kxnepr5AF1SzsNy+F4yBXSJdXuuDXB0CvA4+j7heqxUZyBVwflX4YBhDZxfpNhzurg2FPY7yZ7bLMxiXshyJwEvqYpdOmCh'
    '8zDK9FwG2V7YZqkTMcp0ojCWwkmQnuKjEzEVYRX1pOtFdD/XJX8VoM/7F0/alaN3bFHnI6weF8qQs7CGgq2bLDsTzqiURu8kBe/q'
    'Dcqj7i3Vr5dlLyY6uxQXyvzvEmr9+msmUacZ543rp5nGhOuD+c6k4okl9xthH8fuRVGZ+HMyxuscYR6/xibWDbbxdeAZVbFR+Djv'
    'I2eSic7wAKPP/rswizXjt0Y05s57Y6oP/X2OCDdW6uqsk56WLa//rKyTvnueW/9KyNsJaQekp0K6CtIzs+V1y/dIk6Ju77qA9o4X'
    'rs+zc+HbrfOc9LZ5Xh1fXp7SpKp7hJU+8pGlQu/77DgiyxgFm41XwC5jz1OuTrFOljvDR5Zbr5AV5xWyYlUcoDhwWz4ibsP81FZI'
    'hftN66XreyOkPw55fgf1Ka45rIpIZ6jy1YakM74KMrEXIH0Z0v0d4eifuPr1+4uiz3NNDPScyXiC7ON0fpWDYmPzeyc/+joO+rdu'
    'Cs3X5hDzxfkmzitgucn0FU3nIOODa2YT2jlFeFksnwkoH4c9WbrCY/SL0TBZ5xSFoUFGkw6SvRxEZxWEPu5dbYS+dQt1nMkui/3F'
    '/XnI8pvYWPuYjOtY4P1NbKYovcv3aZ9ChkH5C8y3PUDGFjXGdyaGNdhuMedxyRrCtp/EWlD5f3aeSsVaaIP9SdfmWpHYtVA95V3X'
    'RVKU9L054vIdeaY+y+TyItlDyR5K9pDxHqKxo+R++k3KPbPwnovGlZljeVYvs8iP8pujLHkLTt/1WpTHmIy241pkOS4eHyfBPQnu'
    'Sc5v7/ldlZzfyR5K9pDV+Z0XbhxZWzsGLpdqIXcwy5iO3VpR7i+gRvj7C4giF5lK8lW8FzSVi6LcK6rMqyGG+cN714PCzi+K7VxS'
    'XRKTu+VKrpVKPpSNMJdBc2Yrp2sj620TJ7AxwhiGFPfxuGYSByxU9JPuM1O4oW2Z+MrpIvJF7A/lSYLkk6M+PAC/P1CNg9cZFc7C'
    '+twKGme/ZjwFNm8oB57F5qdfhPerRe2R6PqirkIz0WXbarjmKhmwTr5eX4E5tdWr2BxSHn8ik/GOKHROsX5T/ZY+S/44jG7fGtA/'
    'oX0vCDsfWHStJb+8wGKMGxW4hK9L2PVVwV5cd81B+3hYsYeCygxpYKfXZ88cEeGsoHhchVuaLfY6hTmEq7qAvYA6VSeCjp+KHhzU'
    '6Kn7wdSYAmcG9cNmT+r0dNoVuFiFu9PsDm8j6/cASZug3HzFGEzOTNqvIdJeUH9VtvF0DFnCj5ie3Ry+twu1Xz5uS2Cqizjg038V'
    'ndUSYe9sI22p7N6PZzDeQs7QdlbHkGb9ewNgDWEJy5jqnW5m81RH9N+HhNfnpR8s+OGRLIPzfs3+G/Gx5/C7qx70mac49cRLOobt'
    'drz2DAWdgHqFNvYJKTIv1EeTziZO5Ztj2bPl/qLbiZ7j6u+CHw3wm33vky4diH4ZMbbrb79pN2fzoNzvdqthKE7964cWhrNRmQm/'
    'WuH1iY6+FXU+0eOEr6pLnfRLF7nwQvVsXr4FYOBSvT5FrY8Ngwoubnob2Pte5vUjXtfnfiv5S7gimr+UqgrsSQHw9eF9LnzblL/6'
    'h+DfZm98cgQK93K/lGxBHjLz08jhX5ad8VU3FvNk6XX6xZmaRfYS+tWg8o96pp+L9m3SoGr8U+ADqKMcd84m80H3QKrDtQcPW38r'
    'O0drxvXjmwE/Lr/gcgxTXqmPnYNBtpc62tX0fBwRav/VvRod0jo21iC634SfoWPgumV9irnVyQTkup4uovsOp7zZgPD6B66U715K'
    'rwxp7FiK6FhcEcPcx+Er38QOZ3SC5q1fmNv49mrsbNIM5yKMpaDN12P+doIrj9Qu5S1NXrhxg/uRpmPpsFDbO97A5gDtVTFtgvsE'
    '9H+xTZOuEK5fIYxh0cnOfrw7whgiDUxftwdS3KNbiIyB26bcq5lD3KOtsIamfMeYIW8XRg7XrNFT3WIgKzoiZlmYSvc1R2TuKpp9'
    'EcONQyztU+DSSssIlws3jsI2jZx6VJjbJA+LctvqWeScHQ3QR+5jZxtdXxMeo5nAiN8dY9Bam8r1VOffQZ/zz+SMV+2/i0Our2qO'
    'R4XeJ4PfPTHuwRmau5otmrXV4WypIzaP1dWtOUMHLWSUI5r2ZFtzFfvfVL5VUNCIfmeRTiYt/62z/d8WMJZeBnNU5xzf+8kOuH1B'
    'NxvLEJODUp7xOaDP/xPSBzr8x1stXHtxibfw271kr94rovlz0Pl06RTBPl1OE5XxW3KMiGbnjbbM1C9DX8Ae3i7M1iLH1uJ7C921'
    '+N5COzrvdyBTaob0EfBfft0jbrtzAU/Xsp+0b5S2jdKuUdo0DhV/dUUk940iXzdY/PftHxDiZx8wV7YJspks0UKQynZk+g2I6zoI'
    '72WbpfirH3D73wb9r2G/R4tlvl38vVb83V389RZ/lxR/7yr+rij+NnSY9/tRaP/bkL4G6d2Q9kJ6CaTvgvQKSGVb2N9ass51RM5V'
    'VxzrTXeWt1sH45fvKc6o0uAMxAOfhbi2p4Ef3l/t8MqZdbSADj5bYZ6r2G9NsY8v3VKci7cLcdn64n67VohfX+Y/n2tgXC+BTE2W'
    'LfkLXg979lrwt39ZMJxKGJk94OA+ifckzjsIcHs/pA902MEpwp2sV4dXS/GDGRzfz/5+gKz7POh/HfvN2lCc/zEHlh6FvfZ3xd9X'
    'AE5t4ZWOQ9ZdorXGyuH1Ubbv/g7SrzC4NYHjLIFH+Xu+2OZve8r78Tz0Q75XxcTGdl9S9If7Wv0X+PZ4wNlG+5cl/Tvm+uI6Fcr7'
    'J9+V1q+gvkv6tz8HWdWd3v7kP+AfC1rVH9RFSsOdgrxPoP3h9wxh5J683TrWroxlKeWvtF2Mbynf27SLMTQvfy4e38Aqv9u29eaF'
    'N1Yr8uo0xmvQ+kj5r5T9Ch+ZMJczrNsX3W/3bSBTX/iI1xcxyttXPu6Fxy8+AOluf3hEv2eof4F20cNfde7IOp7x4pPhr5b75pB5'
    'bOAEY6NKOJHpdx+BedxtV8+ub8E5vDt4/U55TIhfPFQ+jlPAp4h8HwbOd+/zzmOOzeOe4h78SXG+rnvUO4974F7iJzCfMo9NPxA/'
    'iKe848+z8b/yTSe2LW3/lW+6MW9t2v3Z18rb3/loNBh/fq8LzxyOb9vvwogfHNcQHJ+Fso/vcdIrf+Q9a/Dbo3vL27n3G17/t7J8'
    'if56WJ1XJdNMEX1s7NPpxX16ZfG3tjjOqx9Rn9WnQ6ziKyFdC3tM5rdZo1thb1z5qJO+/0flcZP3g5+zFx/ywnCewbDkFySvQM8n'
    '7C/lJcKcVY9AvOlnngrvp43zThnGO31hn9vfL1jeTe5/1OWdKtkOhfMgXCbPd3m203WYF0I3QLUX6RnOz5vLvwH7XbFPcY9InGBK'
    '/zQSemyd1H94sHxM60AnQr6nfE+thu/BvvzF0+55wvs5AHG9vvNVs3Oxmu2F+4t9uqO4N9c96N0L90N/74C9u+5BOxjAe+rVz9mV'
    '+7Pvlsdlv2tf8HkgdVHu2lfef6qfYtP+HTCn7fvK12O2sD8fEK+W7pn3e3EgxrSZIcLRDOu+4+I/Wdcc0s+wdf3kIS9ONdkDnBYf'
    'Le6hPzIaZRT21R8taRQVXg5zjmCsuwdAdrTka/rzQydHrB5X6yXEGZ8Gae/5IEuV+gRUtyCsjoUO1+vGRPkX9EsnfcpNRH//P1j/'
    'oBM='
)
