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
 ('(assine|cadastre-se).{0,60}newsletter', 2, 34, 29390, 108, 1, {}, (None, None)),
 ('(jetzt|gratis) (lesen|testen|abonnieren)', 2, 34, 29498, 124, 2, {}, (None, None, None)),
 ('(powered|designed)\\s+by\\s+tistory', 2, 34, 29622, 106, 1, {}, (None, None)),
 ('(sign up|subscribe).{0,60}newsletter', 2, 34, 29728, 99, 1, {}, (None, None)),
 ('(©|ⓒ)\\s*\\d{4}', 2, 34, 29827, 37, 1, {}, (None, None)),
 ('(наш|наш канал).{0,20}(telegram|телеграм)', 2, 34, 29864, 93, 2, {}, (None, None, None)),
 ('(にほん|日本)ブログ村', 2, 34, 29957, 41, 1, {}, (None, None)),
 ('(打开|打開|下载|下載).{0,6}(app|客户端|客戶端).{0,6}(阅读|閱讀|查看)?', 2, 34, 29998, 122, 3, {}, (None, None, None, None)),
 ('(扫描|扫码|掃描).{0,10}(二维码|关注|下载)', 2, 34, 30120, 73, 2, {}, (None, None, None)),
 ('(有料|会員)(会員)?(限定|登録)', 2, 34, 30193, 64, 3, {}, (None, None, None, None)),
 ('(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ]', 2, 34, 30257, 180, 1, {}, (None, None)),
 ('(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,}', 2, 34, 30437, 156, 1, {}, (None, None)),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 30593, 227, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 30820, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 30918, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 31097, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 31178, 21, 0, {}, (None,)),
 ('AI\\s*학습.{0,10}(금지|이용)', 2, 34, 31199, 55, 1, {}, (None, None)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 31254, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 31492, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 31746, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 31936, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 32174, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 32202, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 32382, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 32574, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 32780, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 32812, 30, 0, {}, (None,)),
 ('[.!?](?=[\\s\\"\')\\]]|$)', 0, 32, 32842, 56, 0, {}, (None,)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 32898, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 33017, 139, 1, {}, (None, None)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 33156, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 33472, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 33693, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 34186, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 34510, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 34716, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 34744, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 34764, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 34796, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 34958, 16, 0, {}, (None,)),
 ('[\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]{2}', 0, 32, 34974, 112, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 35086, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 35292, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 35578, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 35774, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 35828, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 35852, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 35876, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 35919, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 36181, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 36475, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 36493, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 36510, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 36539, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 36663, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 36793, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 37000, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 37270, 230, 0, {}, (None,)),
 ('[、・]', 0, 32, 37500, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 37518, 104, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 37622, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 38041, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 38057, 44, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 38101, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 38190, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 38309, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 38384, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 38465, 16, 0, {}, (None,)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 38481, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 38517, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 38630, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 38674, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])', 0, 32, 38698, 28, 1, {}, (None, None)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 38726, 44, 0, {}, (None,)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 38770, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 39253, 277, 1, {}, (None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 39530, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 39631, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 39656, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 40505, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 40613, 33, 0, {}, (None,)),
 ('\\d', 0, 32, 40646, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 40660, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 40688, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 40835, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 41050, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 41182, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 41301, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 41362, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 41474, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 41601, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 41722, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 41996, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 42130, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 42267, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 42324, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 42443, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 42471, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 42487, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 42751, 4095, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 46846, 55, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 46901, 289, 0, {}, (None,)),
 ('\\s+(?:septiembre|diciembre|fevereiro|noviembre|september|septembre|setiembre|settembre|december|decembre|desember|dezember|dezembro|dicembre|décembre|febbraio|februari|february|november|novembre|novembro|setembro|сентябрь|сентября|agustus|febrero|februar|fevrier|février|gennaio|janeiro|januari|january|janvier|juillet|october|octobre|octubre|oktober|ottobre|outubro|августа|декабрь|декабря|октябрь|октября|февраль|февраля|กรกฎาคม|พฤษภาคม|agosto|aprile|august|giugno|januar|jänner|luglio|maggio|август|апрель|апреля|ноябрь|ноября|январь|января|มกราคม|เมษายน|abril|april|avril|enero|julho|julio|junho|junio|maerz|march|maret|marzo|março|марта|aout|août|févr|janv|juil|juin|juli|july|june|juni|maio|mars|mayo|märz|sept|июль|июля|июнь|июня|март|сент|abr|ago|agt|agu|apr|aug|avr|dec|dez|dic|déc|ene|feb|fev|gen|giu|jan|jul|jun|lug|mag|mai|mar|may|mei|mär|nov|oct|okt|ott|out|sep|set|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв)\\.?\\s+\\d', 2, 34, 47190, 2473, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 49663, 220, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 49883, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 49916, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 49957, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 49978, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 50036, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 50062, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 50078, 16, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 50094, 179, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 50273, 104, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 50377, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 50572, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 50952, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 51007, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 51121, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 51418, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 51596, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 51653, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 51710, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 51767, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 51824, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 51885, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 51942, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 51982, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 52165, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*:', 2, 34, 52325, 206, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 52531, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 52613, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 52753, 30, 0, {}, (None,)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 52783, 97, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 52880, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 52981, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 53005, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 53515, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 53539, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 53563, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 53584, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 53992, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 54133, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 54255, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 54276, 191, 2, {}, (None, None, None)),
 ('^\\([a-zà-ÿ]', 0, 32, 54467, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 54486, 171, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 54657, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 54695, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 54774, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 54930, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 55086, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 55931, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 56775, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 56921, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 57112, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 57158, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 57404, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 57482, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 57694, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 57926, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 58037, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 58284, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 58408, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 59030, 369, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 59399, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 59548, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 60136, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 60342, 199, 1, {}, (None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 60541, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 60888, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 61196, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 61325, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 61572, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 61940, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 62055, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 62344, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 62689, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 63200, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 63658, 162, 2, {}, (None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 63820, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 64207, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 64771, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 65038, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 65513, 71, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 65584, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 65930, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 66005, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 66151, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 66286, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 66399, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 66473, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 66550, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 66677, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 67047, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 67089, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 67182, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 67228, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 68098, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 68523, 510, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 69033, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 69106, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 69316, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 69399, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 69543, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 69689, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 69819, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 69947, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 70063, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 70566, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 70738, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 70993, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 71179, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 71366, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 71819, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 72040, 171, 1, {}, (None, None)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 72211, 1360, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 73571, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 73639, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 73717, 311, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 74028, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 74109, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 74199, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 74275, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 74350, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 74407, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 74454, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 74493, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 74532, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 74706, 97, 1, {}, (None, None)),
 ('^\\s*by\\s+', 2, 34, 74803, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 74835, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 75800, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 75880, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 75963, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 76012, 105, 1, {}, (None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 76117, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 76202, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 76359, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 76407, 207, 3, {}, (None, None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 76614, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 76738, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 76842, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 76890, 77, 2, {}, (None, None, None)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 76967, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 77234, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 77272, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 77301, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 77345, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 77401, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 77460, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 77498, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 77601, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 77690, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 77842, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 77923, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 78094, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 78147, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 78263, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 78387, 60, 1, {}, (None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 78447, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 78546, 30, 0, {}, (None,)),
 ('コメントは個人の見解', 2, 34, 78576, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 78624, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 78668, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 78714, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 78746, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 78794, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 78846, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 78886, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 78922, 24, 0, {}, (None,)),
 ('구독\\s*하(세요|기)', 2, 34, 78946, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 78992, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 79022, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 79072, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 79146, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 79206, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 79258, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 79288, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 79322, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 79384, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 79419, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 79465, 48, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 79513, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 79539, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 79565, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 79618, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 79658, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 79700, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 79750, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 79851, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 79905, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 79958, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYVcWVcL2tX+8bIC0itgoICtioKCJqq4yaiQJu0cQFe3l0C01323aDEIwYNZtmNGbMMslM9n+iQeMSf1GTCToqOBNNNIkZ'
    'Z5wJTsyf4D+T5TcmJjrp/9W753jPO6/q3qp77+tumnv9nkXfW3udOnXqrPVCiLRwHpmO5p9sPv0A/F2X/yUgrcr/puV/lflfA6TV'
    '+V9j/rcG6sC8ffAtU3jp/STZ36nEpHoK05tsF9tEiKfd41vap2xS+Lct13Nd/tcL69cN65eO10+CtLhJhHoO8/z6Rf8KGpx1LDwt'
    'sBcF7Nc6WCe5H2vJPmyCf8v9PDPjlLuK7VObdfZb9338SRUm5oYCOqsMtMoOqHh8N6jCYn3lutZD/mqAD8TZEu8eIDNuF+IrP3HL'
    'SDhqzf9jAZSrhfdYLovlVubb/oKD2zNtbvnp+d8MTV8RplR9DdJWM/T3d/nf/4MyNaQ9+fzZOa7eeUZHr79ekH3SBXXhPF4Bc5UK'
    'gNcSkxCvbbsyFF5Len2sBPiksHMdKYiwk/CB83jd9+11b2bnl4SDuwEXpizwXejzKjX51rGANIuebdEsouppLX0Vn1XxWRWfVfFZ'
    'NVnPqmZLHFcHKLn1cSe9aZeT/uYpJ+27x0l/8LTTzj+TMlufc9K3H3bS3Q846VefcNIdLzhl/gFgTL775XVO+vSnnPRH73XSVy50'
    '8j5I8r74MSfd/jF13q+TvAdvd/sp07Z7nfT2XU7evyV5t97vpLNhzOldxWO8g+Tl88Lr/TDJ2wLjfugJdd6tJO/LkOftx9R5ryZ5'
    'r4W2j3tenXctyZve7aRLNfVeSvLu+KGTPv+Meh5WAxzJd5uHnPSUDcVrcBbJIxdP1eYpJM9DMIY9TxS3tYTkeeQFJ639YXGeBQCz'
    '8t3iS5y0/jLn2xzy7WudTnrB7c63WeRbC8BSZpvzbTr5dt8txd8ayTc+piryjc8bpRuvCXBPbiFkkhJHJ7zv/LZt1TN8jutwFNAQ'
    'C/O/RQrc0wh8vhboH62jguRvhDroWdVE8jdC/bb1NEc5p8nCUFq95tS2vZh35cO78plz71MyGfqygDT7xjyQ/QTgo3LUWbsOqKIC'
    '1u4ySuPYstl8BhL1I8b5aSX7I8hD8USfcO/diA/kOiXanPStNpcujdds/NesGdanatTZW1/IX5b/NhPjv4nIu7e5J+jopyoP+slW'
    '/oN7mJ6Zl1ncLSf5kwR22ezAm3ybr+g1lufEPLKYRxbzyGJ5TizPieU58VkV46z4rIrXfZzlORIWfh6QPo/lO7F8J5bvlEe+0xzL'
    'ePZrGU/M05x4Mh26P5ss90kF3AUSAIvczmQ6409SfXXEFbOfdvG07Mu7FN+efNH5djr5dvYFTnru+c63kxTfbl3jfDuOfKte6eZp'
    'gL2D32rYt7nwbR6MQ6YbYM4OId8G2Tfcs1gO9zLmwb8byJ7DerzyBl2nZijD6eIku1NVs7VKWdJOGejvMujvyeTd6Wudd0vJu9/n'
    'nHfHkneSDmiAMdfDPPSSNoVHnxtgI80i85aGMdC7b9Jn7BnyN5WhLVLkTYSw3Uhb9KkJ+iX31OFs3hss2pXjqIA90xSg7E3fUZ/p'
    '7wl4ztaw86GCwJBMX9hsX28T1GMzt9mI5lb2N+jcVj5bOrc4v2eJYPNQSfCtCo8d7YHH5lngsYMt8Fgz9F9+GyF7XKZDopiexG8V'
    'sGYcD1aROfpgIhgMVrB1mEfmrxr68XVIeb+HIe2CvtWQPD1k/Jg3CK6wl+slJz2PoTChgR9fsZ4V/JicpxI+p/rA3TJWpx/eQt7H'
    'Y6A7hfJg5IMeUQI3yf36ER48PgXRvC0IZCXIXqc463yCz7awb+8meAdxRQ7WD8/DayC9HnAc1oO0b5WiPM1zDKGnlqeL6z4t7aQ3'
    'znTrXpZ2ys0mfdvE+nQV8h5InzrZ2KYCnJqWHybnjQ7n12j2z/yAd2Bez4KI7kF4Z6e08QIYTzt5N5esY4boa8l3x8N4cS7oGd4P'
    'aTeUP0qRd0STtxXGRvPm2DmFvCCaZ7Mo5gXx8vTspt+WpoOdfV53zDS0M5vdKRdDeqIo5Vsdg/wrUcq3wm9LGMyp8K/qHdJ7B2i+'
    'NwK9ZYrfVfDP56EC5q+C0CpzfeQf1RHyxEz8RSA/81joXy2BY77/EFYTCnpqgMFyTkNPJco8Ftv26J7tIWPRwXaS4I3Ppd27dQWB'
    's2poR9Um7aMsexqj74fYfA6Sv73OnEbAG7SOHKF/Kb7JGeD6PpJ65TXt0yCba7xLHJ52cKNpv/pZvZ0WZYfZ/NB1p3VuVMC07Oub'
    'KbevPRa0QJfiHuXX15xifKrx6/r6bMrh5yC9QNs7BWiKDxKaoj1dnC4xoENONaj3ZJbnOMhzA8mzJF2ctxL5UpD3pplOevNMdw/d'
    'mdLD+yCbkyGy/ibwpYKJTnbGjuTbPxXetbExHgP93jbT3SN+YzJZH+yP17qYtEX7bJL3nHQxnXB8yuHF2ML/kMUeHdDgjwGGP6ak'
    'HJ6ifLdecxYNW7TfqeEh8HbfyCPxmazMHp/6Vft2D3v/lVnFfe+F9l5KOjQf0omU76PbB90Mz/0C0p+RMcm6n8jXfWiZ1lG3nrRv'
    'sg9fIvO5KUQ7OZ9zAvfvzUlHn0k1j/y8HNLk6/bpn2xnPWnH9CxXjafbZzznkXb84KCLpH7z+zo7V07ItzMlAN6l+XAPzU46dJrp'
    'XPB6N/vMSW3S4X3yPti0Z7vev044Y6JwzPvdbUE38TH9JOHcYeh6clzVq2jXqz1Z7+MG9Q5Y7EuEl28Y1GtSXxe7V9yZ/3YQg7sc'
    'w/sjEdCwsq0tCYe3oWprk4Ku5bwSWcdVpA6+H64l773W/hIyl1jHK2R+aNkegzmVZ01BdptwZQq6NcopcGJBPmhQtldzhs42KDug'
    'wDWyzLSEc78yLVu4N5IyXmtA23lLuPTFWNF5st1/J7SeCY2GNPSydHj6ULb/HSIzGmB3whyjTR4geb3mVeb9e6LT9eZaJ10B9o9r'
    'IH10pZP384QvakpjyXJ/RfgSunvnzYo8HF62kjy6e9Y1RP/oDxc76ZnvL9bNWkfy3An6XqduKc7TQfLMuN1Jvwk6XpeA/tolVH8N'
    'dLx+96STDoOu1yqS5xOg67X48WJ9sDMJv5vjmFMJz+2yVcV9XEq+vQh6HKt7nG+LyTc6D/LbkVRvrdtJPwz6BYeTb3zeZpJvF99U'
    '/G2ah55cvYeeHOX3Yh9s+Z5Z4J2byMhnjHrryPM+zRgt7hPqsxxMeEym/TShWfx4VCq+eVqE43tRHh/aQpvy+Ez5+UH7Vcd4hpXA'
    'M+4Aec0BgINGDfpUE0Gfynk/sYH3AwPAuykP1m8PNJH1yZD6kkQXwGsdKiNcB1PaKJ7baOZWRTvuL3NbNQ5z63UX2l/mPVvmeR+I'
    '8URZ5xRxcownop9bE75PPO/RzLstX2x/mfd0RPNO7777y9zVRjx35ZJ57S/rkRnj9Yjh3G5eo5S17i9z3xTR3E9kfaD9ZS3ryrSW'
    'Y6knEu87u7WayLpt8b6zW8ux0onaX9alIqJ18ZKpxrSv3VyqZLwxDyLYHJZDhyZei3BrYaJjFOOMYHO8P55hNWWYwyj1WfeXdZge'
    '8TrsT7ZD8V61g5Fy6YTvL+tQXaZ1sNGZ31/mun4c5joKu7CYt26+PuNlaxTjq+jWKIhdTjz/djhsLOyW4vt58DUxtd+J+aPRzXGs'
    'hxjdXMa6cuHmNKz9Xcy3s5v3/VkmGBVNEbVdcnzvCTb/5fJvEPMJ7NZjf/LfEtNOExM29pd1aYhoXSabT6t4X9rxpcbaJ0JsW2G+'
    'Ptx3QDx3dnNHfSvEc2c3d9T3RHy3Dj53+9vejWoOVf5d4j1sN4fUR8z+MnepiOZuf5qziojmzMsPVbx37eZyfzw7opo76uMqnju7'
    'uaM+wOK5szxvb4npvaBzp/LVF8+h3RyqfBnGc2g3hypfj/vLHCahH9PhR8eFvjBHIEUdHR4TrpHodm4geXnMP+wrnZujRHGs3ybS'
    '7yBxPacLNy6mXzyyoLEqmw3uILKdu4TrwzMDfNUXZrtxrHHu5jE9iPnC9eE5g+l0cvuEzRbyULRN7hXh4vbJOT6OwQof8wLFmI8w'
    'GPMs4fqyL9eYVfGHmi3Hf4Io3csYu8krVt48RTm/9uh+WQjplFa7NTPtY7OwjzOmw3sLhBsf03bMNKZyI9Qrv0/D8rLQBULQo5A/'
    'DbDua0Vx3NwriSwkjiPI4wiOFqainHEE6b6Te+L98P6keL0n/XpPEfZxvjFecR2hOYqIHw94eJvBQyaGhwkBD58STtwcakdHbR+5'
    'XWWQc94vNsUIwTfHPeakv3zA+dZPvp095KRngL/2HqD5dX1HXTMT29BeoY6dsJLQSNxWZMRC17BblNq3mujN+c2djMV4iKZ/3cLe'
    'drbPsAy9D+GdxsvnOvpOzcA+pzQK9ZO+SEF72Nw9EqQeitd0vuvD3HGCtIN+53WxRFXxQts09wPTe1IGvgkfmvhrKXv6cDrcNVV3'
    'EIxFmyPvMEb7leTdVnh3qSiNI493owvJPWaPcONEZEWxbTfGlj9buHGBOzQw3mEA48cLN57oHoP8R5I+HZsuHvPhwo0b0l7vpEdA'
    'OgfSY+qL47xGET8Y7yth7lkdDK4qGBzPftpJ07uddt6l+PbkixCrh+J00BM593w3RjH/dusa59tx5Fv1SjdPA4wPv9Wwb3MVcIVw'
    'cgj5Nsi+4Z2KwtAikoeubR3JO+iTl/KMshbrgLybSktcVWVJ42UIf0b292Ty7vS1bhwVfPd7iEFyLHn38hPOu0XCjX/TS9r0wkUY'
    'P3oWuz+0WOK/jCiOp1xB6uN5EwF5ME1Qjw1OroE9dbiCtrbZ0xWwZ5oClL3pO6X4QPbpPQF4BCY81xc2B+M91FrObV1Ecyv7G3Ru'
    'K58tnVuc37MC8mDqCb5V4bGjPfDYPAs8drAFHmsWbmypEVHqQ5HSM/hNxfNrIvXJOfpgIhgM8nNyHpk/jNH+dcJTV/kD5Dx1eqfZ'
    'EJJfW1dyz/V7konJ/Lxz0Qn8pH1z2PJl/c5TCZ9TDeUapnirGeDpMbgHtsA+xThVMX9ExR9xnnLyR1RyivMJPtvCvr2b4J0Nwtzn'
    'wRbh0r5VivI0zzGEnlpuYAuyDGIxziZ92yTM/KXSsU0l9ymT8tSvnw7nN2n2z3wmA9H5kwrDSzChJSgvISyPgMs4TcpnNPOzyIO+'
    '1Y3fVM4d3/Xiu15814vvevFdL77rxXe9+K4X3/Xiu15814vvemNx19PZ2WcARyNezYJsbCGchXyPZUGvM6j8uA7oSdqGCHEHlHNx'
    'hlyzkPdAY5qkx47eqLDsT9ayPz9nMeozhIY0WU8bOeUfNLTpPJybUXctUS/9R9Bes4j6ScCgU+nCoPGpKAy50H6VXxXVXh9ryL9r'
    'yYzWNxRrZDVFN6Ike9HYqM/calV1pTEOTwbreyu9AHo+jXY9NnqSLmDaPsmS4yrA0xh4oAnLOaJ8iFoyBNzr0wjul2nVqHrP8u82'
    'Ogv8rm6C12os6fs+qCNjRN9H8CRTE5W8TxsT6YGedpNbgG/b5eZFREm/HGwBuzp6xbQ80qMnWpQpFz1SjvbHkv74v4b0h6zzJciX'
    'iumQmA6J6ZDI6ZAo6Ymo8VJMP0xe+sGUbpgOZ2+QM03Kg1Q8kwofmmOR5owLo2t/dEj5+NGiWDf+YDF2OvINRKZrU4bytjIGsvij'
    '2brHuvaxrn2sfxHrX8T6F7H+Rax/EetfxPoXsf5FrH8R61/E+hex/sVE0rWn/IRaglsr2f12mdDr3GehTiqnaIN7vY42pXQ+3vN5'
    '+WNJXjpWatPPyyzxaBN5Eja0QprchSitYBrrUvb904limkEV4xrz3pqwgy0KG7L8VlK+K0Bf+0j5XIDyl7H+25Y/JxFu3y9P+NMj'
    'xyb86ZEjEy5uWG/R/5mk3DqLcvWkT72kXZonA3X71dnDyv2B4Lkuiz7tFY4fIS8YNK3rRdKHDQbl1kO53aScKa6V5R61LIf93E7K'
    '2cDt35HzRre37yR1D1rU/WFS96Cm7g+QPF2aPCOWa4DlehRnKa/7ClJ3p0XdqxX9zrE8Zynmluc5heTZpMmzxIAmWBCQJphFaBne'
    '7nTFfRK/NZJvXewbve/p7kvIn0a6QOWX0/SuPY/QEAmgU6YSGgLpCVu5Wlieq5dPVaRdKkWpb5461m678LaTq2c8LJ1/I1Vb9RHI'
    'WqYDHaPiHyKfoF4BZ8gfoPkfVfCos0wOYuIT90DoV5qsAbVRTJN5roN6p0FdDYyGXKORsUwnc5Zg+CVn0d9mQhfKsR5qgIdyin3p'
    'd1bk2J7sFKW+xwq0WLUzNlk+ATKJpZAeCmkrkVXIdBakiyE9ENIWSM8BmUau2vFZG2R8XmPgMPXuaoevb9pOlPO3oNr1y9svin2f'
    'bYywneZq18dat0G9XRG2/XpVedaRt/OSZTvDAdv5bpW7ZmtZ2Y0KGFPRWar5pH71ZDtfq3L1THHPzIZ0HqSVkB5XX7wHca8dRvaY'
    'rPP2Kofe1cGbzb65jtTVraA1bOpaR+ric8rXYYTdM/H9ZqjrYo9+dVn2a0WI+eJws1jRr72G/eJ1zQoxRl5XTZVz/gSdey+4Luz/'
    'Srf+bot7h+ka/Vulf//5ODoM9iPuw39k/TfBnTbz/w2o3xZv+dWP/f9kZXgYxrq2VQbf87yuDZWl567q/mEbw1XmXQVlFrPYs6vg'
    'LrNyHNo+B9o+GuaQ0kiIvw9gNNSBPvh8ZqVDDwbdu4X9T+oYUPBl6HvdHvxT1q1jHWun3xBv782W9qPLsh//kjWfj5wGLncZ9GPE'
    'Z0//76xzz/GaDxv6Dsf3RVLvWnaGbBTmPo55vR9T1JuLoN5hxTyMGNSj8oFcxIsJACt8jc41WKMg590J+XoPYuV6hJm/ZQ5jfvpj'
    'M8kYethc9bPU5syrUMzvsOX8vlHhP79B6OKfVpT2bcRwf2Idz5G+rdDEJecx5ikub4P0JHau7Ii4XjwzvpwvfJhw8/jVdyyUPyOC'
    'mNvYZuH8r3B0Pvxisy+L8KzuGsM2cb7PhHU0jS+/jK2fbixtEdeL/Z1R4fCmKE2xpN7lYxV0LeuZDiIp0854NljmMFZGVLj6MfxO'
    'Ol/D70mTumUdv86U9vU4n3b/M+O2i3fcw9mdt96n3edJHUeydrOQHuVTx05FPzgf6zAfmu2bpI4WTR1H+PTj7zKurpbN2SXL3KYo'
    '+6rmzODn+baMwy+n9Y4EPOMKslhFfT3CzH8/P4tkfZco6hu0oF/62Bm2gtS3QdPPHotztY3UZ1KOz20/q28mqa9PU6bPon+VpL5V'
    '7O7jdd60afDd79LR1Id4bk/ahV3McyrLu0RzNj8foCy2+0TatQcY6/O3cP6TeeTzpzoL/c7Uv4qoPpyfLWlX1ndovRpP63DZ+rSr'
    'I3Ooz5l1JcmbYHlnsbwXKfq0RHOv5n06k5TlZ+N8H/x+AunjLJ/xLPAYD897KMl7pE/eAzzq5WdrDRnrNMZ/mOMzT2+n3Ham+fTp'
    'tyn9vPA+/R+St8Wn3n9LOfSECkfzOz7KwJ9LFdv7BDknZD3f9mh7SJTG5ymc/6RMzuO8pXj5ywbtbGFl7lSMsTPAGG8k9axjZ0y/'
    'xdlytUc9NmfUGsW4NgYY17kGc8r5Du0GZX7B+nssKaOaP6oPhWXmepTp05Q5MOXi9OXp0nPU9q6XSbk6fRsYncj305+Srn6FLYzI'
    '8q95lO8zKP+vUD6IjFGW/6ekO1bdGr0j//PI28d4mt9Kls5hhyiOPYrrd5eiXhXPsED/k7xefMAC/z9Zqm+o42epeEw3atbGb5/1'
    'Q/lrApbHfdqVLNUtRb7PW2wdL/HIO8LynquZF1M8dHLSxUNB95us5yjS56VQfiWhlSnd1mqQF2myaR55OW1cbZAX6x1NODofUctO'
    'ZN2/JDqiqj1Q4P+RPCoef0EXM1GqB/cq2xfPkjwqGkDmeTJRrE9oAiMF/r9iHCNsHPd45EHY/6qij/R+J/N8zlBnluI+We7jpO4B'
    'jT7uTSSPSnYo87yf5OnW6BwOKdaD8yWu8siD+PRKRZ+5TuHFHv1B/eiViVJ9S47n/0Ix952sz8sVeXr4+U9gyFR+XIjrraib4/aZ'
    'irHuZfVMUcBwzgCGMx5jGxFuTFRdHlyP1xW2cTm2F14T+rVHOH+F6K2a8k5kuR+Suvs0e+ifhN0ewrF9W5TC4zDL86DQ4yvcQ3cr'
    '6uHn1ZfI+E15KYXzn5QzlUnIcjeTPqnOt4L+H8mj4qk0wDzq6sHzZ51HnhMhTwfJozr7Cue/R56T0q4fiHpLXo4sd5oCRvzOPbRz'
    'nxah/AJ1sest+Td4x6+3lD9wXeyU8I7p4aUPHUQ/F21rdfq55dKzlXXNYbrKNQoeBNXHW6Sw+5rlk9fWLrhZmMVhbRR6HzMq/zNL'
    'RByjNfYbE/uNif3GxH5jbPBf7Dcm9hsT+42J/cbEfmNivzEm8BP7jYn9xgh2R439xkw8vzHVAeyhY5vc2CY3tsmNbXJjm9zYJje2'
    'yY1tcmOb3NgmN7bJjW1yY5vc2CY3tsmNbXJjm9zYJje2yY1tcmOb3NgmN7bJjW1yY5vc2CY3tsmNbXJjm9zYJje2yY1tcmOb3Ngm'
    'N7bJjW1yY5vc2CY3tsmNbXJjm9zYJtfEJjdhYJNrYveKsWVs7L5SoK8+l9nC1FrwnGn8qH6CO3n8qCH2jdp9DLM7PbdB9LNv9Jsb'
    '2cdn2Rg5fhxgOJTG9eJyUDzTvOJ64TiXKOrpZTiVxvVaayEbn2WIZ7mtbKNhOU5jUXsWtPesiO0Pxs3+IKgtv23MKj979SoPe/Wg'
    'NumxvXlsbx7bm8f25rG9eWxvHtubx/bmsb15bG8e25vH9uaxvXlsbz7R7M2zsJfTcEYhbu2DdjIGuJVj1tTkQq2FqfpQezDYh+ew'
    '9hCYN2mw72xpICGKY9Ob3mdOZrI2ynvU8QXoe16uT5GfytcGFPaauIdN5PNcnkf74ieDK9iSp507tkoXaFDTRxO/AP2EHqJ96lDw'
    'o+n3TRb6TWH60cnkrZ/Oz0M762O3hSxzOMB6dRDYoH0bi3Xg47847ZwpKhkslSkH2QP9DM8PGZ4pnOa2mV++D6hsYCYZq81cq2S/'
    'OXbfaVXAUBQ+KExhh4/1lZTDE1atC+2zKRyt1cwPl2WjbuAbhrSN1xju8xhDfxnHYLIurxvC3PUp596ts+k1tbXvFWrb+CFhbkPS'
    'obFzHFHgDNn31SmHVz1eMPQzkt9rjqUu6Rw2Tx0ae5+BMp3b3E4nkXJkMTqfKV5rFhTfrdX0rZ/Nq59+l4mOiBzj7qQL2zb0fu8E'
    'OPc+m3TkAQh/Jn2n9W3QrL/N3tbh8o0a+Xdf0rmjqXAJ19HutLA/Hlbo/pj05+yk63PJj262PW9zPnt+Pmm7t8w0Od/bUpd0/gQ/'
    'd15JOHWp5t6ENjHRP8sp1s4Ebh5NODzkctJhfD7+NqGHxW7FOkS9HtclXJ8JQce8znBvdCbGF7eennDkcjq6AfthY6uqujPydmeT'
    'dnOWdzjV/Y/TCqq5K/iSSDh+CoO0G9Wc/xz4zuXAtc/JuxMru9cSl2AZ1XxyPekHhDuf48UX+AQZs20fVGdqv097kgafEQCGbGnl'
    'S4V7bm4IsDeC0hcFXXLQE40K7zdA2zMCwOSwJUzWiVK7m40a3fsk0cOrJrJv2fxuIvueJlxfKvMV/O0mS/5nhXBjulBeeJLwwusI'
    'L7wK+lAJ/UaZk2x/TSiZ5OSWUBbmNATfPG2Qp4XpU9muweSWCjtrcJMI9RxmI3vw08vke46udRVZwwzs+Q7g9Qsiw60iekiYT+rk'
    'v8+gHSnD+D28v0G4caWuZrJlLv/aV+AkZf6krXQLNDJiudZmYKTPORrgaVDAYB3RNTHBPQhPgwSe4nUvXXfFml8fds2jXPeCj4/8'
    'Py5IOOv5H0THMd7X+9++jmmA0nVOjwENEOPSyYFLk+RvSkMlyP2ol+zNbljnIDCW8NqeyfLshbI8TtUpk1UM8qjKJ3zo8Rp2F64g'
    'd/hGgk/xLl1tcYdGGBAxDExYGOD7N032ryq2TJ1CFxfLINwkPOxO6gzveX5tp0HPjOuoVcP3Snb3E9uF+MpP1HpwvB1uX3CyRf46'
    'eMf5UTQf3XdTLXhYQdaLj2U1pBcS2wLTe7ntvbqS1CPrlXkXg06tEMWxicbK9tKGB1gHbct+LwSbD9n+ivvtbZaC2K6H7eePnrbv'
    'Z9qyn2jLemBI+5+tu5wy1B6O2++hvcpPAtirII6Q9X8ExnQTjKdS7GtPQqF3LyEmnXnndQXurDI0afokQ9cAK2f20qzL+qIS1l4G'
    'AwYJH1sBPrJjs5ByvlKI0zN+JSsmHFAG5uG30oPDHhZKn8pgQNoAPAGkgXsvdL7K9+8h7xff7r5fLWJfG1H52pD4O7a9Gh/bK6Qx'
    '8Yx9KfZNEfum0KzxUYo1putzOOicIM0l6zmI0ep+tCXadZrS9vSOpKIZY38asT+N2J9G7E8j9qcR+9OI/WnE/jRifxqxP43Yn0bs'
    'T6Pc/jT8vnNZSdU+KiuRbQ1fMXFkIgU6pqf8sg+b/vw859qV2NIHlCatHHX3Aq5pLeRLEXnQNAJvBVn+qLo+/h3pmAUBeUDxXTu+'
    'a8d37fiuHd+147t2fNeO79rxXTu+a8d37fiuPR6+K2We89j9eZahzDeMXyEeH2wO0BnUjwP3kdAhzP1PUZtvlOma+hpSxedBfaPl'
    '8D0h1LFmNxm0w31N6Oz4hxTrVUPWG9eLxzbl9W5hZ+1BoI9Iz2OVH5qgfptUc4g6BcjXyJI90Gexv3mss2OEG6d12KKeYU19EvZn'
    'Cm+fPdTPl63fmpxGzwf5N3y9m+GspevdJNR+DDb5tNlN7ukHi1KfDWH2c49mP3R77CkTnWruv8KmXBgY5r6Y6HxuVqxTE+jY4Dp5'
    '1Z0FmLWZU6qTMyKKY0/S9Rwhc+Y3vi5h7ytzX8CRGbZnaFt34Z10thoeTWnbNPx0dKgKb88h8EFjzGJsvrPTDmykRPF9ma79MlaG'
    '13FS2n99ppL1ofh4imaO+Vrozgy8I0v8OUOYx8hewmLj4t/HktiHdIzL0964E9engvAx17e5PGYuL6hied4P6SfbSuUGsnxBr6xH'
    'f869COX/G9L7ID2vp7SPGZh3ymu9oFMv05DfClq+a4rj79Fvt9xZHH+P1n3dbaVjwm9Vt/nDToUGdnSxfwcJzYvz/OVLnfQE6O+v'
    'txTzCWie41kevua6vk2Hs5zLL+hcZj7lpG/dUjpf998JsStvUcBAD8zbptI+ZRidTXEFtrEexnRjl36dMc/3u0r7ht8S15b2TdZJ'
    'y3mtZbXHWhZkBQAXv/tAcXu0L9ec56S/7NPD1XW3me3XNMHTVTDHM1bp5wjzfDZX2rYsJ9NXLlTPw3TGZ8Xx87LYV10svNUAQ39z'
    'aWkf3r8RZI2fVMOJavxoJzjz207ZHT/Ujx/zfPTHrl4pfpPlZPr8My5OrlOUk+nDmjINHmU+vlhdRkfnmfB6r91lx/8rspe1ZZhN'
    'LnZgSs3EC2xyAkYndgxCTvOgrF7utRPYXuNn7/adTvrUU056+y7X51odgY+CzP55OD/ud9I9Tzjp0secMjOI7jj9xtvhMD5tN9R/'
    'L8hftxfD/PLH1DDebAnnv/2Wk16+w67cR2APLn0xWnnSjNFgMoJqAhimtsQmfc2IYnt76ituoQeNnYJyUcQ+zRIYuoDIagq8QSa7'
    'udsj7zks7xcIHcDzDvq0cztp512Q4t2wi+W9meTFPqDP3G6WdwvZh2dAOsDyXE32Cc8zpOh/A2mH9uEcUodX/Fq0YzlEFNtl4xg2'
    '+5SnPhpU4/drewmRdZ3D7sUb2N9Yb47Uj3xiXIOzWNlO1MuAvAeSs/s0UgZleVkGM6eJUpp5Vro0pfgqjftTuHG+0R4f4R/3Cs4H'
    '8vNQlwH9PnIfJ1RPK0H2MH5bTvjNy6G+OfD3oaLUFy7lTwwTvgu9W+Qs+UE8rsEGcr9tAH2xZoO8FC/hnJ1C5uoQsu6nQrlrNW1O'
    'VbSZU/C//drk/mYqib6T1zrIdfo4ke/xPXG0Ah/2MrhHmMYxbVTkxb3RwfbIepK3k+GVbrLX0Q6ujrXN92Afaa8B9ksN62eOlekQ'
    'rh1cA+NJdTEcdxXDdchTP5H07RoFrlL1bQG5+3McsoG108fmb5jVdSDRF6J37iybW+5jFteInt9yHxyvgC2UPSV8YAVxCvU9yf1g'
    '0PISPqcCPCcIbNvCchR9amR0CvWZln+bkjJSnZwU75UHKmhdFV5qIf/G9qhe4nK2zxMKmlM3Xt0cyrW8I+HibK85vD3hwJBuXdIE'
    'LmT/TeJ92NC77wW6+6EnvPkW/F5cCfT7zmdK7+TDcIe462k1LY9j2wT9wnfVOC+ayyPG60tPai2TTGL08dHb6AXzp9KnUqvVzdLb'
    'SUG7T+k3hWMEnX9+mhK2zzbci8Pxmk6qNcV9e71i32Yn8Rpn4PHOVZEY/WOR58Nto+Oxxtfr19jUb5vfvt4ar/l+tea479co9n3s'
    'tzaREEvfcSerYesaPD44OfYVPPZzbkaneqyBdLubmdz60G1MH3oec7hm/TR7fay21qcufWrb+L4ajtd0Uq0p7tt6tm+rBFEM8mio'
    'hCfhk1/nf9pLLnSUQtai0nNqEa7PWbzLVzJ5Decl28qDNrM+2OyHAALh1JgAclp1Cwvhg3leMNsPU+mwtf/PRvMvXraFR3nI/GJ6'
    'zwMmFodZwMrz/HLE9N7YzzmPt9ajgP8gejCTbG1SBrdWzycZHLcV7Y/ueE0m1JrgvmnU0V1thR27TXf+1ZK1rQtQzo/uS7aLW/1g'
    'qsYiP8cXHu1us2zXMz/1ZYm2KnzObkrqr8V0zmz0DnB8qHNWrvGZ6huo7LMGmZx/QKhjfh8gXJumLhE8Fi63rQ6ik7nMkl5vIvoW'
    'dfB9mrCLJ6eD3cmwtkfCldNv7Xi8dh6LFn3emsa35ro0I6LURmwywAqli2T7++4ZnIqcRk2WOY6s3/G879NFk29N4ti//mt0UzgW'
    'o1XsXz+86YXvkvGdo+jOUc69lTRgn8X3wIm3Jlnhxj5LB7hvqHjpsszPhTpep836pibXeqfDrrefikEU8JAGmhhhYx2s41qLfTvJ'
    '1zGhubNXRnYGftFf/mCzRwt/5/9xm2pP7nOPKuhTMpUeh5402jDfGo1ZcyUj9ZJNom1Uss39niZi3LD4Xf4t9fevZu2++oCT/rVl'
    'zMCYnlbgknBg6EtPq87sycMXiOnkeE3KvyYtwEekeKw7ponGji/wRbPzMgq+QbH8OJnanx+cW27nFTzSuP1TutfiNRnvNfHV2/Po'
    'n1Jvzye/l95eHZNRoc5dA9O9W6OQk2rl36nC319XkeyVTD+rLkA5r/F8jo3nU1Cu2kjnVXIaMhX4d3ZSnTKVhWn+q58Uwi4vhV9+'
    'YrfZ3L2PfdIK0ht8c6TEzszOjzj/vpK8b9VSEvq7YMXo695X/3YfWmZKYW7m6a6a/Bzk8WTwnZSl7sz/ViVdOM8o3nM4Rn/USC9R'
    '/9RFODwAvhlzHTZs24L0NhyOr1XfaKDHtHzp+mvpnwDrNF7+ui2KpUTEz2ikjw/9E6/JuK8J7pvbFPsGaIH8WZyEBUv7Ku1lKjzm'
    'Kjth1sj/nE0mx2SlbOuwbbn0q0059fcGxb3m1hhmYpixgBnEOx0itvcYD9uDSph/3L9XxHM/LnPP+Xfc13kLvKf3aPQLdxTcYxYK'
    'N15bPdPdbCdyN1pHBcnPbbGmEx1O9Fu7KEA9zT78gSZWF9cTNfHLhPXXMjwyzYd3gvPol4/3P8vWJc3WxaQ+Op8mesm2fe2EepJQ'
    '77R4b0emm+mnu8JtStbAusXzP/bzT2UoCY3uAPpAxPiUFWTfcN+htSwfxY9zW4PHx/TSi8AYtZdHIBsa0uCFWKdt4uu0cbwyQPBK'
    'vH771vqZ4psDDPGNF16aU2a8VDUaHi9VKWg39Gd8PYH5Cs03Fe8eY4hUk78p7x99hXI6Mk3Wm8rlUkwux/2N7pHf2VxhPvRFijKH'
    '//CQnaUAPq6MdczU97Jt72xTkAtZyczkXKf9pGRop6mCX7oHFkI6pdX9ptJNNNEzl2vsFc+qAc5vvPuha5Aush8bQFY1QxTbBqLN'
    'Itoyor9tk/hgaJ9I/WbLdmT4lnNhP9Wxe4rJ3XRfv9fa4jpTOOiNQCdrkj0aeYrdUe+56Q2qagB8f66wizWB/om5j/AjyTf0/Y1x'
    '1mi8H/SZjnElZ5JvOVHsn32a4hvWWa9ob5jpTjfCOaaiFUx4FNyPFPWDH7Yevnc+rOAbVzoZknphdXqCmApUlKPSrHlW67jPzZWF'
    '0+TwUhmCATPUjPSuLM5YaU+jU3nUTTFMxDChkDfRMzftRWsbKSOI+HnnqTbIU+wzsQGA7QOi2H4Hv+H+9aOrbe9Jk51ieod4D/z4'
    'a+eY8lZNz3POAyjEpYT4qm+1ld69+DcvOVMHozus9rli20+iJxkWEkxsTlT6echfiX2GkD3bXs4dq39iPy4Td01s/DQdbZE/CzwW'
    'yiOtFN7xHjNQDuPpYjxNGdMTecx4lvOY0fLbJlEaT3oty9NP8uQY3wrjeeUAl1B/V36+smS5i4XrW2uItTEi9HHovWLaNwB/F2O9'
    '9bPym3zKN4KqSQOs36yA9XiN3a//GI+e8gYHWD96NWuKB4jkrR0cQEZZFPcY4rS+sb04vhONIdjJ2g3Ci/OyFRD/kq/jpy4+zCje'
    'q+I7t8IYKkdd/iynWfi3JrLH62FMs5i+B8LrfPi3rIPKXJoUspmqUZcnLERprLBKURxvbR7BOfPE5PBxqIqhtox9wzhpU2GuEoSX'
    'Hgamyj3Hk9XXoN+a2dRRzrWtsFhbxG0Yn/pJRey62yF23fd2hPfVeHLAuZoX8VylCctGF7v5yADj2w5z1Qjx6V99xK58w7fN8/Nz'
    'x6YdGqsw7BzSu6yOh96guGtVEj4XhddLCbxeys4hHrvzcnbOoC4SwrqqDIchv/2j64/X/jnaY//MI7LEN+9x0s88DPvjx6WxfGnd'
    'KjqExlv9/LNQ3/dK461uhX78F7T1VYhRv+OF8d/Xl7P1C6urQXVWLhXFdE2WyE0vZTCi64+cnynCjc09z0dmVM3mZ77wj5dcQfYH'
    'hznaVlrDt6L9VcVfTZL6LyP1XyaK48VSe/HqgcINc0fCCSVd8jRp9FOSRGacVexLhPGDydzbwFuQOfGScaM+O8Yapnu8SqjjhG+C'
    'Op8iNGU/oWm87jW0PqR/rob67gc62+9eNpfQRjZztwTvxySV7X6SrM9aQkv5jQPpqhuFE4MY58GPXlvP0pzBHXmdYj1w/q4lcvDp'
    'rO4Bg3GY3NH/kuiv8DtnP6FjG+HOZTJ3vGwDrMlB5Gw3uY9wnRq/Mv1ELj+F9WdYqGPD6/gSGzS0Ne4nGkd5FsFF8v0rBD5ln1+G'
    'MlMKL5OpdKbinSdbUVGJ/66qqK6pqK2rx6ehsX6cnib5v+Zy1FyYmDcLtMibxbZs2wpxNe92nosu+kYh/dH8xbNXHrnwvF+tOv+i'
    'h+6+ez58/tMnb77bxHLv0eu/Oy8h0r/J//N6WfXAgS5Gcdr6s9PO3Rf++G7yyJXbFqkFcPtPTewFd+q+tuBfd5c8r32X/jUqRnfm'
    'f/L/F43KcYrCf3vy//2m8P/8893X34KaR0f/UNKehQjb57lS8a7QfqtBYSMtQ7XF5HjFWSvo/wp1XPdFBHfQs3iOgldA8dUw4ROq'
    'cLAtH8KPN/mvcI83OfP9zoIBgsP9+tyh4Qd3k3FTns2Q4Zj8xvt3wnEgpuOR07Y3Go6DljFZV9mPrQBnUfLKUUbRAPM4RcFTVs2t'
    'Hz/sPIBbv/Xv1fTfdhy8D5QuWA99WgD7SifHQJ1S+n0to/cOAnovKG/fpJ+29IQXj4KWV+lkTHb9dBM/PNyWVVICZqeXv58zHd+I'
    'rqlK59rErhTr4G2kyD309wx+TO7uNnIiG3q/SyPH6haldi1edaJc8xsEL20wpP11uDJI+7eQe5Fp+0HauZrc7Tjepfz+IHW/j+D8'
    '3pB1nQVwq7qnbg5Y5zFk7JsYPOUI3gxS90Hk7r5BA5v0ThikDVudbRVNNkD2sKzzoqQz1+XYz6hzXvmsy6/Cdzd9x3k3g/C3XgZ+'
    'anq7yy/MEN4r6rnju7d3l8paZm530h89HcwmrtA+1FufL7y6zHPzwmYXNvFdxfnOu4VkXPKdTL/w1863ueRbw2VO+vucO8/47fS1'
    'TvrJO12ZILYz/72l8/zzXOk8915YOs+Lby+uN0n4oedC//8h4djPIS1L98SQBRzbzr+J3UaLxVmznuHHfoaXcowfdBKRu4Y9S2i9'
    'c6BeU5rQtL8NREY97HGXo2WSRNdzRcK5w/mNs4/R/5vZ3x3jCBNe+ahtWoGGyv/jWA0Ps4vRARN9LD+GOxsdyyv7SN//F/Czy4Ef'
    'UB6xPO2kSyE9GdIz0g68VyKeTcO5NtNJb57p7o+ZRJ/tLCjfli7eL6dB+RtJOfR7Q/MdB/lumOnuK9kn07OuPsB80HG3QXqCZhy8'
    'fw3A35lF6A6qh5azwGech66iCyltMwvmnra7juBGk3YpfupXyK9oe6ayMTrvSQ+52xFMlijaocqEt85+0qdeGzqlip0llK5vAN3G'
    'LPlG5+NIhT7oBpbnUJJnUJMHaWXKW1lE8uLfVF5P+U26vLr1qoIfhZty2Vrze3eW6SxyH96q9eTl5Jr6lQvKm9bxB0xlyTbxd8Lo'
    'qgfUbE9NaP7SnqgkJY2BDF9s9FNM8BuHpWoGS2kDvYRFwtxWybRf5apXpSO3KIDM52jLtbga/o20RHGsw+Q+81iEnkjb+IpNiNGU'
    'inerMKPaZrvTgshvVb5Uw+oY1sV7y2ivjLXPEhsfJYsihAfB4MGUZ0X9nXSK2I+R9qy+o/D/VvewtUMdfrZlJv5mgvAjF5C7E747'
    'Cd4dSN7NFa7ubB2hY6n/kX5Iuxk9T9vbKoLxacsx5vMUYz5HMeazFP0/PcA8LFGUGfEpMw/wBC2DvmCGWd6D2T2mUXFHnqrIk2N5'
    'ahR5JD9Edfcdz/W7UrF+lyrW7z3k3cOKtf/44tK1l/bofO2P1qy9SqfRb+11/Fqvted6Hl5rP89g7ecZrP28Mqx91nLtG4GnlAUZ'
    'YSPwEajPtoUgW8qQ+lKk/EKWngJjOV84Mh/UmfLiEWUJr2GY8QP6mK4H+knidnN+PINB4W0vR3lK3E7jFDLeU3zmYzmB6bkBZGan'
    'lPFMQhz7P+Td1Fbn3Zvk3RR49zqh21rZOrdCXa8p8hzWWpznFdijlK/m1WdZ5kdSpkfwks14my14oVx3bC20/00igx/S6CcNsO8q'
    '/qqs6/NEV61LU9ZUL07VvpdcisL8FsKPp3p6pjrdA2xcaxV6V3665X5t8TbOJfphI2z83QY6iMg3P4SVHSE67YhnwuiP9WraPhh0'
    'GkzXNBdA97KP4QwTXnraEo+o7oULRHAb9sWQnihKZeLHMHuQpAf/VfVuOtiBBeGV6nyWmtbB7fvHaszNIpyNv8rH5rCI47yH9MHL'
    'GMXR3l1N14bqJticwTrckbLEHV6+HSivyNang5cvh6htiaOG/0n+JNXwb/EYlB2rO3IjkzeHbS9hWT5jWT72i+6Bk1vfmdYAftFb'
    'jPiJ9FxfRtIguqdNhKa5Dsrjnb0D1vhyEcfOGY91PhDWBdeNy1+4XGMh+SY88nK/TU0+Z1UQ/LDc5w7F7aH87okqeyR+xzK9a9F7'
    'MvZri8XdsZ/xjO5vcPaf6o48ZHE3/aXirt5oYe9gck+m9e1hf6/zsDMo+I1rcPih3EaKzmevx/qq+hD0vqxaQ5M77etMP/b0BldH'
    '1Ou+P9ZjGbaExwINnv/fqQo+h4m+k6nucwfjm/ZpdITHmg/yg3oXNkdY30zmktqCcF1nqhPWI+x4TKq52+DBR6P2lJ+rd/HKFs3Y'
    'uP3oFo1OZAfTkee65x0RrI/fvOQU/MyCHwsyzj+FWLsOzZi7Qo6ZzmsYXHNEfpzvgnenMn3cU0Af94MzS+eS6xzL8ieBXu+StJne'
    'MebFVGUzzvsg8y4m+tSm/T0Gvm3T9Jf2aSl5L+foP+ocvp+KZ7mB4ZIOBk8jCpkehQedfjLfG70Ga4tn4gN1Dt+tXLAbJcz+AtKf'
    'MTxzQ53DFwxLY9D+5zRr0CfM9W/7Necsl9mdV+foMFP7Jb7Gv1fIYbxwsM2Z3euDc9FnzBFknicqPvbq/x9qi+k/kz1iq7s/1nTD'
    'E7WOTNr0TFXB46s+crIhjd4A+kD6Uq3T/yj3nw1t77W3ttQ690q/M6bN0M4G89I2TyW2OvTMOYmdEcuYbcuZ7PtSOEPOzfd59hjQ'
    'AN0a3J1jcrP5Y9wfHQ2L/cmMc3/4/LxSI8TZwp++MIGtdgu6qI3AlWn9CGvtIemhNkO6Ss7PZ2tc/FCO+4iKJ2NiI1qIhThGfRsI'
    '0Ld315T68BnL/Y/n5vwx6seATz+yNa6vPdzv98xS+/zh/uYx37DmvPgTqVe29V/VxXwVU/2pILyT9cLeL5VfPfTe9ki1C+M2vom6'
    'LO4TOaGON9DvQ5PdUe3el/qEuU/OYQVvke5HkzVbazEupLfWVru0+kS9axR0esi8lmtuuiLEdY0ERsvBHw9zRuytGpu+BZm3J6pc'
    'Wmi8744Fv3NVji6ZzH9QvZMeDuliSGfUq78vhTQL6RxIz4b0GEiPZPmn1jttX19ViteD4JKgenRrqsrDSzc9p08tc/t+dPAh49Q+'
    'jl8aI88Zh3s47ROXafxrpaPv1gj8U7oPDoR0OqRLGLy3QzoT0sMgPQ3SWWz/nA374DuV7hk1kfnmnyTrZUNj8fo4P7XXg7/q5ze6'
    'v9KJRBpEBzhqftW7K904TkF8SuY0si6/dhdWujyl8eDnyD7UVjo2An78fRvey1jdd/8969xTCjoNbM8fxPb2VEinBTzznvBoa5am'
    'rekB2/p70lYQ3ETLHQrpCez7Qmjr1qwL+2PFAyvs/zFuF2UYq7Mu3rGxOVDhQtOyuvviwmzx/i/H3WGvD9+2Nuv41OH2HLZ2K6a0'
    'w28q3Pkfbz2IZytc/5FBaFGdHE7W/b8jrJv3+wsVzt8TEWcX9H8qHJ00iqcSkL4L0hWQJgPiyCsqXLgtN6+zoP8zRu0hnpqraK+c'
    'eLGatNfJ4LFDQwfmAuBP3B+/yri4L0qa1IYGfZb0YTz4dbIP2zPlPwO6fNb+lnHoA4f3dRnXP3A/2197NLpjTQknTSXU8tKLMq4P'
    '5iBnmyk+PilTeoaWi6dWuP+PUXu4NikCH2HO7C0h7rD/mS5dyyB98KOHdqedc9vm7DKlte8ndZ/O6Pcj2f3kHMu6/ybt2pZGRU/7'
    '7ZO9MGfvT7s2ymHkRbKu3ojWucvn/rGyzO3g3jkuPX42v9PIulzL2v6aRk6HffrKLOYfmNTlhXdNZH6/Tjn2ceOpU+jHW3g65cJH'
    'u8ZX6nJW77sCtLM95dqV6+Iv++Gsz6Uc3udY8dIKceNTbryZqHlmBflfyoU37rPaVI8K67qAzM9YyS+PJ22OhY59wQ6IwNKgB13s'
    'BUuVKX0coT7FvcDU5wLOy2+Sbv1LffbTyQH2078kHR2K8cQthft/0oFferdFeZuNfELW9ZWkG2f1Mohne/PuYl8nTz3lpIMPgu+o'
    'XcWxbO9I6vFMzlDudkPStYUO4rdDd0auT7r6JuXkgxX4f6QtPv6NIrzdFJ2vJcnwPkNmJ0tjZXE9fz9YP8FCx81kj8ngi00inOzs'
    'VwnXB5YfPHJ4+WkinP8YPsf/nCiNLxtULqeCixFNu/eQcYS9nxb0/xT1Bb0jyfpuJmvE9/BmoY/1KstsJGVtYF+W6YGytnIdWeYS'
    'j7JechpZ5l0JN25Gtw/vDfnZy0kZE1vHQiz0hOs7zAR39WnW++BEMB9T/ayemoTr98yLBm0Aw90aA5tdmfcN4Z8X1/w1sGGOWn9c'
    '1v1D4cZ8/9Uq8H2Tc2PsyPR3EPdmN8n7/AVOmrrCjaUj00N6QP7vkZfX+4Ai76lb1Hn/XpG39yPqPnzeIy+v9xMk7+8gjtB9mnn4'
    'kEdeHoPo/SSvRAAyrb+wtGwD4ACe99Y16rw5Rd7Tr1PnfR/Jm4O8t/erx7aK5N26Ec6lVeqxrVDkxXXjeU9U5MW14HkXkbxt9zrp'
    '9p0Aw0C7zdnh5D2c5P3S4066Z7s6xlYLyetHE9aRvJyubIF6p+1W+/Ty8+NlYvufZTgPeQ3Ub0WOfbP1W5Emf2NMBEnDngYwI/+9'
    'U9oTkjJ8bI0Bx6byI9coSmNocHxMfSXODThu27s/PzdsxnqW0PswNDnbwsT2tYl5w30ebtDclfsN7/t+sYFvhvUb67nx69cawFWm'
    'dGtnSL20botxDEU093LeZwfg4+p8RHrFpx4y6A/HnzRer4Rbv3i9FQFw0KEWd9bBADxBbmc9xGi6ziqX991tuAZRtX1Glcu/Xau4'
    '56v4hSby7CF2F51P2uHxpDZGOJ4GaCfIenq1w33EvlFZnnb4eP6t0oEN03aihMtvW45xOOAYv1zp8rC7NXdD03W5LURdvF9bK10e'
    'bLchTrXpa7dHX7dY1nVeiLr4Xj2Fjdv2TPCb17mKvu4NWNcU0leOvzo1ZTsM9ZBk/W9l/evX+cvwO6Nl/T/LunMRpH7kMRV89pC6'
    'VDjWBp6+E6IuvkZ3R1AXrsens3YxbIct678+W4pvVf5iuKzFhM+yiukXorz0HOC/XDkOba+Ctk/Luvx+rrdnGjPSJG9h/2ddfr8f'
    'zOc06zTNog7VvpF1pLOunEZH+wwJO9lvgWdfUVrv3gjq/RdSb49Gb64/AI57gtS7TnPnDkLzbTeoNwjO/FSFu/Y29VJcebNB3zYG'
    'WKMBRb0jwpx33afRA30vGfOARm9pwAennx2gDo7LTzCoY8Tv/FfUsd5yLNMUdQxbjiWtqGPEcCwI469nXF8EPCawSg5+LIuj7CWr'
    'tOHdP58pjZGukgss0fh+0Z1Jj0VcL543X8s4eh9+MtllEZ6vHxnDNnGc6zMuPlih8aWighOuS3USG8tFEdeL/T0148qsE0wmjX/X'
    'M9uDNNG9LPDsSR0oS5wN6XxIW33qODjjymg5PWIj+8V9WqWob9DiLOb6P2+kS+sbCUg3FXz2kPpMdJtGNP4WcLzPpl25ss0ZKcv8'
    'g6Lsqxo6g+Plb5Jx9Gn62mdBm3yO1LchpF2JrO/DaVena6zxdUFmT+YW9+Cp6VJfS6o9f0mAsriv30Xm0U93xQSXLomoPuzfoaS+'
    'VRodGy+bKt6/uojqw/79MeXKpQ6tV+NHHS57jZTleurzWdnDiK5bgf+XcnUgOhS0iKlfjmcU9QwGqOdhRT0bA9TztZSrD5LzwCl0'
    '736GlFkn1P57e7nNDumvqowp3tjs0Xa/pu0+j7b7Ldp+H2mb40A+V1ugzLkeZYYUejeyTLtBGX4vOdagzBZus2dQ5hesjNTZxf28'
    'PF26V23p5UzK1bnp8LgDyLx/SurzvsXy/prk9br7y7yvkrxed1CZ96WkG4fH9l5Z2P8By7/js0tT3mQfyfJ3KcbK9y7ezf/OIy/3'
    'K/VJj371G/TrRlJ+QwDeyTWa8qbyzi4y1g0a3UFs6xJF3ld1+x/6FUQ+JcufTNpC/fOVGrrkGIO8eI4e4ZH3ZFbvTIO8WG9T0sW1'
    'QfED6uxOLwMPVtb9y0SpTksnwwk/VeTpYXDwokceXL9nPfKMQJ4nFXkGWX8eU+QZYTqsDyjycFx3F8mjksvJPF/0yINw/emEI++3'
    'kU3Jch9V1L2X5dlG8uQ0+GYTyaPiOxd8dnjkQXyeI3l6NDbPl5Gxmt4JCzZ7pG7VuSLz/IUizwg7M5Z75MF6jiV5+jTwcSTJo7rD'
    'Feh/MlZTPFyQ/3nUjbBX7ZEHz5yEov2cQfuvi9K6X2Xtv0byqORfGHO3yoOvWuD/K/KsZ3m+r8gzzPI8rcjDaZ7vgF6NzfmBcXht'
    'ymF7XxLu/JveywvnPxmL6k4s83xM0Sc/HmZB/k/qVp1rDTC2Ko8zqgH2TpXmbDoR8nR45MFxXOKRB8/BVWQeTe/lDaDnOS1C3qis'
    'c4Fi3v3OUlluFhmDKW8T79f1lnd+rjPKY+YuEsUxaf30yVSxXk1jtprUHccHZHHjvigEUT8WdjFbW4xjtvqtTQOc/1fG66ReJxFm'
    'nYRRfD/T+Lcm+wzxxVbU+x+1g4eJ0Adb3dlkgD764boUwXUHWvQdx22z/w4K0MbDlm1wGMtC3hT8KpkdRVrxTreuunZtY9PWe8Bh'
    'VOXxnJTjxzjmGBc6JYrjQleizTzASSPo1tN5/XT+d6cSdyb36wfx25+dLfTOMzp6/fW4r8lzqgjwtJA1R1gwXTsvmknyUQ5m3xYa'
    '2heF6VOzwpbAC99h/2V/L2T02TGaMc4j46+Df9eSsfF46LLMyayOk4kdGi1foShPy80XdrHkD4F1iKKvpm3SeLhpUq4O1kK2J7YL'
    '8ZWfmOOa6YCv6fpUavBmg1P9OzYH3KZpkPFYTX2OqHzM30Hs0O6Cdx+HdzLfC7NB/wTmAeEH+4VrWtA/hbWidn+LIT1RYfd3DNpG'
    'snlXnc2qdzHd6kO3DvqSnh6Pfwhrvld0uCqtOHePg7XvhHSzJW2oy1dH8k2HH9JyUdePuPqUhMNvRByVJHQEnhUdwAeW/94j6zVs'
    'j9OsNQQfeZ2teA51sXqviPdI0R7ZdqUI8yT9dlA9g8frCJ0Zr/v+se7NsPZt5F2TB99uQQR8uxZoVwBPso7cawrlVuvPBt7/pgC0'
    'aSUZlwTUw2AODmT22r0a/edBQl9ifi++PM7dMuin/PfRJKW+EGT9mxQp0v9e/BjVHRLpp5nHOGUvZbSSTN/eXUwrnU/yVI4W56ka'
    'Bb03sO+V71ZDemFEvN40OeF15xvq66GPs1WK1Ib/MI3UNStdmgbhZZjS9X73pybL+ppImgQ4GIT564N9mDHCtalEIj3J6dAFHMPY'
    '8blrQ+Bi1ZOqbc/szF9o2gkd+1HAT7jWCQ+eViPcxXR7iMPqEMCGSd10D6Q8+JSUF7eI3MOEYb8ygF9sebL1LF8UvJYg/mSC3Cux'
    'nST8dHNL/d/Q8k2WdFsTvNfxspvgvZ8/CI6jZpD8vL6EBQ6jMDQX0opROzxIeUCYr4LQEMg3ozRwE6kX4cC2nmYCQy1wv0pCmSNi'
    'PqySD6u6NyjQ6LYgBLGXbCZVZjgu4INLQIZ+mYMHvHhrfN81wPdqticWMH6iiZyunGNs+ZiTZrZN3jHed8vkHyP6grt91/iMMTMG'
    'Y0SfdW8/NjHGPBbrmgbfez94emKNkfqq62S6gzVEL2tYlMYa4PSPDb3G+1fr0b9ZQm1Djr4BW4Xazyn1iWHi85bqf97g0W5HGdvt'
    'AvqV+/ig7XHfvjmFbrFpfON+4R3nzsQvENdLPQboazoXrwizGJam/V0r1HG1uB6siU+x19ka6GDaZJ8vU8B2tSVsm/jKM4U/CmPo'
    's1jqbc6OoF1TfWY/W5Ezgfen8puzLqIxy/vBUYaw7DcPnWWej6jhr8YD/o4S5jaDQxp81CHM7MKD+pAs2DsCr1YV43ai9/0y0veO'
    'fazvCwmMbBRqPwW6Po91X6PeNxnYO6p9M034xyxQ4YYBofbZMkfY+f/KWdZP5Rt+eVXzWKGZLxPdvizDPzqel0qX0osXh/0w5d3J'
    'sf1l/nc2KZOGnxcvFfV6FsI+5jwwU55tcgK048VrDeJnmspGqqF82kcfqsmSJzTDQ9+3WnF3CXoHadC0Ww3q+EkFb/TVB9w5tJUR'
    'Cca3Rv/vTz7j9KWZfLsd7o/f21F8N5Pv3rzHST/zMNwHfxweH9roxbXA3/LfU2F+EEdiXY0KPnpGI0NNEBiNdbdKZWaHnS9uBdTf'
    'aqyQ5T6HmfBruTw0RdbES5eJ6r2iXpNKduIlN1et+WRfVxM7Ey+9Hm8hqJxdf13pLrbXY72g8dUHQ9o2bSkHxXNhI6R450D+xkGJ'
    '0jwDLE9zwj17kJZF+rBG8Q1j/qRJ3bRco3Dtr98S+jzIQ/p/orSNq+Db/yXf+ljfXlV8w779u6JOtC1/kfSpU6jjkjxLynewMUnb'
    '4ydj3BXjrhh3Get+J2GNVHRFNaMrxMr82n7B+Xd7W/7fbf60ZBL1FhT1N0ZUf5rVr70DQf1+dWYUd+V1RCeyDnDdNGgrHcN3CqZq'
    'tbWRQvHjZQ/RbkIzyzP7K6LU3lQYnNmoJ3oK7J+Z5N0s0PmcTt49Jtw7Ir5b1loa1wt1dzA2N8b7PimgrmQMj/sOPDZbrutVjM/U'
    'Ha8pX9P28V5T0/W0OV+uAjxQG2DdJ9JjofaWsqNfR1OSftXrx+mf0QBPg8e6jwc/FmGD8mdUdSEsJeD8iWFJDUtB9SijgqVI6FkG'
    'Q6b2nTZ1huGlU52ygt9Icr9/5AUnrf2hq5PFY722QpzVm3ap66OxXg/e7tajyktjvV4L9R33vDovjfW69X7wMf94qQ5ZA7nPFPI+'
    'Bzp1IAPYDXKJrz5RHPOVyg0egj7seaK43qByg+mg+yOY/YvONqARZMso81qkuEs2wsFoqwNuozu+iPU5ZUk7ee2nJNlPjYRmNrH9'
    '9bJJygKupX3kcr8Gtjazyd/l9B1gOm/N7O6DPgYaRamPAQq3Oh8DtneZLMyXqSy4Af7mupv1Cv3LBpBNL7VYo7FYE1P7dpO58NI1'
    'zTC4v1Qx3352THTd6TlB5Uq0H7Kdyy3PIlN56OFMzon5s8TGqZbkpfuulZRpGsO2mwLcA3Vzlw04d3L8H1KMn9pGhrHb4nZXfjog'
    'NvM+fIXd/dlU/8K0/coeu3k+hK19mukqoL1xpYG/NZ09IfrRqRp15z9jCWMULmN4c9d7xf3jC28/enr/hTesIwuFbOFO1nkjuR9X'
    'kHMP5wLr64QylXCWX074p7FNYjKJd9f8HL2pl/6Ft0mk63S5KLaTtrGTVflHsLf1l1zGyWvsD8zHxgA8UyPmqepJwcK0mzBXAc+f'
    'lXRjvF1qiT8vhzqOT7r3GFpHSvj7rpBxJGayew7XMb5amMc5GVLYCNE7U03S8ctWLn8rKl8rv0qY+1r5WcLpRyyPUMojQvhw890T'
    'vnXb3ikKcWQTrl7oIkUapM73JZw9a3JmN2jqeFf+xRJSh2rvrBX2tnG9RE8f97QpHaSyifOyCeD8kKkJx0eQag5xP6q+6fTzbevB'
    'OBIjQC8Oaujl2ljX10t3qpwyR6v1Rx9fHxCOj2fU50WdQ2r/slYUx8/oFK4vVr6veGzinDCPM3UO2M6o4s3wc2yzMLcz1cXkzBn0'
    'SX6fIkrjD6lseHuFOqYJxkSaKkpj96xl9jrUTrub1d8RkDdKcaOOz1cV8I4u4eUGSGtJP7ltCtrkJhTjHBDqOEa29itZURyH1dT+'
    'WAWzVC6kWtsRUWwnvUixbjx+zxxRSivlWLoe8s4QpfEH+TxRO35uF7ZZqG3ZhgLOrVesr3uSjk9gOk8djAees2yLxnBSwVKHsPcp'
    'FQVs4JhP84CNIbZfj1fAxn+zPAuhf6b0Acdp/ay+A4V/rCgVvqtR4P/fsrFTuciipHNpp/PwSsC13jBB1/pMi7U+SdjFfhvL9X8t'
    '4Pr3e6z/vfmynxFmMT7pmblZlNoUR4kfcuMEM3h2nEfwd6+GRuK2uitEaUxR3Xkjz6aDAsKL6diwX7OEayNNz6IwfhGQP6+K+0fh'
    '64CE47OR26zjXNjATM5y7DTvBmLTMp40yQpDPDEs1DFpu1l9baLULxCPe3gEgeVNQh3/j/sSMqFfOkRxjII6oY813KuhXzCOwS0w'
    '13gvwdhzS1ks1jMs4jCfAbHe3ktw6Vlpdfw/HjNOlnu3KI1v6xXTj8eWPUkUx69XxZjzqu8kEusP15HHn12S9o99h3HqzkwX+/fF'
    'GIde8fi8+hqUDj2ZxRU8QbMmJu0FlaEnQtyXrgzAH5ns/JICc6SRczTMxUEmzoHxDh5FLKio4EiEkI23M7ji9ozD5P6B30bIedYA'
    '/D7U2doD744k+feQMwZ1GutYO8gP7WPvscwBpI2totgvHur6oV88fDcF7F+oTtkChT2azXxdEEDmXhKToR2WLuHNR49Kl6BFvBOM'
    'sDAPiv4IL31227aqCaOR6mmhL4Ag9iimfo9t1rKF6FHK+Wlsc+8ByG+Xe72pzf27qc1On1HX78qA/aa6zUvE2MVPojHNypGfxu+K'
    'ynd3BfxMdBabCFx8TKMTcCHBVVSHyGZOllnkn87kU7blm4l+0nSAZdW4FhHcaKOXY4s7j1XoB1Hc/D5yV5jD+ngU0+k2nQNTX1V+'
    'sEnhBPWNmoW/ryLbfU3xTwXR4VT5mTWx/UkKb7+1KUvcXkHy0b5FoRsfFI9fo5nHDjLm2M/7+Ph5t4HVBMFZXDfzs+c56SGbXF0a'
    '/Pb6e5z07KHSM+KkESf9/mq13ia3g0C8JMu81ebqEZS7L9mAuow2dp2m+2kmydfEdPYpDlgNZ8rlTOcpiB6mCk9fSmAIcW23KI1P'
    '1bper8Kish9axGCskfGLBn34wZSvdSXhfQ0y3hTmuZjwfnoM+HdrhRvTSSfr62Ty9FNIPzoZzwzzLIF++PH9Nip4d42Ml7bRYhzT'
    'Ce932LCcav7XCn2clenAT1Lt41N9YLKOlct4wOTlEZ13iQjoBBMaTUVDLrKk8Wzt/qidXyPTEeSxCQuHyzz9+UHXt4mdKzr9Qw5T'
    'CbIvosCttRHc3eos1sBW1yEonZgVru7nsI/Ogs6mzEYntAF0V+cH0KMbVMyFiRwrSB/P1vSR9qNPcaehehvI7/bDfSbydX4XoXdn'
    'lc3gBoUMn+uABJmXMLGuKE3F15HL9oY1smOkm4LEvqzT6DAdEMHenuGhv0JhRuezfsAABmS+uQo5n4kM3S/PlhD94jiIyuc5XA4Q'
    'faWw+0KlS9eh0K/g690UwXo3acbXr1nnLiazXELknDr/4V1MT2sekcMFkc/3Eb76VFHsQ3xhiPqiOIPOEvoYM7jOFNc2iFKf8l5n'
    'GMp/55OxbxLm9tQqvVQu09SdE1znR1eXCsf/F+jf6HjqcSznieez9f2EL4jnns15Fa/zxF9npEOaI6CLKhldxPVbFhFegskdHHX5'
    'WoUbW6hToz8X9BxRxfUYVsxFlcVcTAfZD52baijfRHSi6qAc6uzMF6X+Y6qFt720n65IEF2xJqCnuZ7AWPm7QZ4LtXuvFXZ+cBay'
    '8dQJex+CfnF8g97Bo5Cf1hrq2KL/TUrXq+jaEQW9SfOZtBOUftL53N8pHD/X8bkxMemDe4n+EOWbmeqFDsZrv8/6xF4o9D715wq9'
    'v/tDhL9P/QOIjpUqj8offpXQ+/HnNE0UfNTqCHB4ldDb+lFdPVNd5w7F/cyLrzEddBX4PValN23CezHR7+Z3xm52L8b1kX07VCET'
    'MbUr6bHoS4eCHqSyFBUvo8uQt+PHi4zCp5cKplRxXgs+tpP6PLh/q0iejZp6JKBkFXnktz8mXJmbCUxwG6K9Actj+y8lXJraL96t'
    'aUxXWe8/etSbC1HvPQn3frNRjF183ts82h0qY7tXk3ajqpfHoVTB7AUJNx5xn9g34xEfltj3Yyr/Fu4kpn015Z1v1PAjf0xk+DZz'
    '41XnTsIvzWnmaq8Cv6lsmu4Rjm9NbmtoKhcxiQvN8Qjn8fYJ+1jTOnumbrbvRgj/ZizaHSC6K7PGYbxS3/cEQ7lKTiMDVrVPxzfW'
    'azkgoolLG9YXmVcs6CD00izNmdFjSEeq+If9wts2cAvcdVWylWHNmnaydCxxuA1+N8FZ1H6XzvWIpr5uDQ4zne9Z5LzZqMD7Ua9v'
    '0D3ipe8d5b6piGDfNCr2jSk//0NEN5CvxzqW9/2aPWp73nnRmfSsRruwy4FX4ddHFc3vJ3vwuw+cMk7nVus4ndMT6UyJem/Y3l1/'
    'T+T6exT3Gtv6/pPU1xFBfc+R8W0UZr4QKN38Dx7jC1Lf3aADH2Q8tO297Czq0NAFXnpoiNvmRbR+5ejfFUQW1M3q7tLoS2600C/B'
    'dVlBcMkehSypXO3O9dBj6fGhL/gdbwrRj/Lrq4kuDMpNDlPwXFV0xkgIusxrvoLwwcuBaw+MANcuteQ9c50BG38o2A6tY73F3u4i'
    'ZXTrTW0PLhKO7TqFUS6npTQo5V0nQ/aP6nHkGP8uA/Cjkq2YjIvq+27S4Kt+YeYz1ET30ksGQv1DzoN83MZzngbn6niIHWzut3jo'
    '0Jr0X4XLcC1OJXTqFkO8Ydq2l+41pxfHcsxcv5Cu4XKyhuXW2y0H7Vgn7Hxqnk/oqS42b3st5GXD5O7RLML5FJX1SHvsIw11sGhq'
    'Crs6vqrNnSSKu8dEgIGtEa3ZOqKLNmhxXgwLb79uF+4jsHAkkfea6CdyuhHXo4XMY4+mf3RtTeY5DKxS/fQMgV1Z5xke+CMXAH8c'
    'Tc7MTmZHhP7CveholW65Hwxg/Y0B9Us5DYO+oMvBbzbR5+jV3FNwPx1LcMSw8PanO0zuRVHYXEwl9Qxa3M/6fXRS5L0omyjW+Uxa'
    '3jdif+vM3/q2d1S4wJR1m5VSmF/QBBv4T0cI/5sDwH9fRPD/vojg/2zCp1grvG3uOj1oWLTBOkAxH6b6TzreBb2n9VmMcX2A80NH'
    '208knT0vuEWdftN4llxnZUQU+zugcz+i0YlR7Z0uC5jsNLwjU/qhisEst0trFnrbV2oHzvUcNlmexVNFdLauwwr+uC3dqZJ1NEC6'
    'UPHNr/4twj5mypDh3veTPx0H9/qxbvcAYefb12/uTeC5heEsbuO4hdCYNnq4SAvXsT28NVEcn2ATK3MYwQmbRHHeKPs4wmSZOR9+'
    '3nRRbGNP9XG3aPRmp8Meo2UqRKnvAT88heN+XRTH1WoVxfZrY83vqY8AB01EO/hUwuHNm97Bg7TxGqMTTOE2p9nH00LyiblOXhO5'
    's/rZP3cIvR15SpTafeO8ZoU7z+VY9waA0VrDNdTZbsvYJtcxHPu6hV4m548PWJTtNyzjNz6bNnU+GLos5EZDAdqNfWHsPzj2I2OA'
    'Y2V8wveExLFhcaoJD5b7+VLJxFU+5OjdcKz2USG2TP7bqgDz2iHUPkCmMrzzioUNE6d56R1LNWcqHD+Wc/dPwvENuC/CZIUhTGY1'
    'MGl6Bt8g3Hhipueflw6xzRm0WXP+jgRYM9v2Tcdnqns4mc5d6l/joDE4hzGGTYuP3lmfUMep7LAca5Xi7K+L4OyfV+Y13mIoZ+Jw'
    'IMffY0EDBG1jZcK9418dYi8PRIh/y3Huq+5WB5VxzaO+Y71KeDH9hnqwujuWaRmbs2XYkK9sco8a1ujWDY0RXg6zZ2XZayNaJy+b'
    'nC3C27bT1ubGlpfM8foWEVzfX2enOhHX18tXQqOCHjSZ86h5lPycbBDR+YE04VPTeUPdi78AmZXNeeKXV8WjVrU9l9gAjDXPXNUf'
    'LxiaoTjvouaHp8aJH94aARxmFed+A+grLRWlvjGDypvomtRp1sSP9oiS3+xF96ct7pA5mEPUz64F+amtX2bafsUY3ztk7IT3as5H'
    'bnPJ5ch97O8eEZ1/XlN8pdLJN7kTjRWPVeWHWnXP1MVB7halfq4HPOxeqlj91VAu7F1igzDXKeU+KBqIbHZA6H326sZUw8ZUS+qQ'
    'Yzt8AsAt10Ud0ugZmcAUjwtC56KuTHx73Vlw5yQ/Cy4H/XmdfqxXf9M+/c2Uob+LQdch6vXQjaOc566c00d9+L4qfOiFP3UxzJcx'
    'mahunYPe2bqE3uca5e+Vq36TM6AlBK/AD/etILhvo1DbmXUrzi+/eheR/WkK79zeNIo7fZCzvkYjo8AzLEt06E3pTdnGZ4TrY8m0'
    'nF+/bxR2/g8HNPrCV4OeRZh6/Pp6icJup89Drxfjo0+1KOPXhxNAF9gPR/nhm3LsR1tZWE5DZ4yXHkJzBPRMvYVu9joYf86DDroC'
    'cJHKFknFP5wo9E0b6TfnGZr2ezzoHK87egXTKe7R6PAPafaAF5+H27+erZDLRdHOMFmfFh+8pLOz86If+hV3kijqH/a50441rmga'
    'Y1yB9OSLwrF/NrW5yBmuXbnxh6lOHd+PfyNcX5jlGO9Y3D9knhNFqc9lW937scCXQdeJ4vuoxjhed8NjfO6GIz50V5TjD0Kj6Wj/'
    'SqJHrfN76uWvo1uD668letT9Qu0zZ4um7FUR9gfPiAsJne7XHyxzlqFdSs5wXMda7DWvfh1qKHMbtNi7XR48UJ2dXtU4nrWJCM5a'
    'lHfcJVzfFRgD84XZbhxhHOc8Mk7593xR6meSz8Egk0ua2Oep4pSiPZwKP5XjznIEtL087aTvThev9dJ08ThOg+83znTHcSrLcwrk'
    '+SDJcxLUfw6kJ0B6BqRL0m4/GkBH9hTh33YblDsR+lAJeU+HvDfNdNKbZ5beU8dybCZ9k+P+CsjHZLlzDct59c9mTva3uZb3rDOh'
    '3pPTxWM8O73/zouXfsMUzf1gRbp0Lmi/KF6h9waVnnzY8wVlf+iDdhmbC/x7aVotG+d4NhWRrEv29bttTnpfm9P2wYRW+wZ8exrS'
    'b0H6Wpvad/DbbaUxuGn5tyH9j7Zw/mXqyJwvg3TGqPq8TkY4V589z0kP2eTqYeK3k0ac9PurnW/0nH/9PeHHa+NrZJI/OI2zRfDH'
    'z9VI5H62JBxc0FkMu2KNk95ypx4u0J+lyrcltUdFOLwv56Rv3enA3GzFtyu2uXud61wMimK/EFPJPv7ypU56QqeT/npL6V7HPMez'
    'PLo4n7gYujEG8fmC4/15j5PWbHL9NeG3zKdgnm4pjed1/51Ouu0WM3ycjhDHrId5+36Xa5/PvyWudb4dROYdv4mV7t/UP0bhDO8q'
    'rpuuG37D8jd26XEW+j6cKor9V3JYrDgfzpGVYMdG2quBtfnnC5y08uLSNXo3jGlZT+ka4bc16/Twhf2sJv2sGIM15GdBlccZouL5'
    '1Cv2OMUbd8A52t9WPOZmzT54BebqiPeW9ueWj0LaNva0x8s/cNI37ymN1fdV+Pa9pyHvt1yfHagLNfyck57zvJPu2e6k2x8phe/D'
    'NW2OBQ0S1I9bI/CbMf6squ1FhCfAcaZJHFSOc2eQfSPLJhV5a8mZdswE79+xY9w/vvbZgGuvoq+XW8KoCpfw+/ldkL4wu3gf2MYu'
    'vhr2EvIt+wDvFtYqkdxnnpT5kzatU05Be7szX38eHc2qKc53QqJusyVmRwM8DQp619a/J91Hc/HMH9XTeX4w1EH23BEld57kfv0U'
    'JqqMMETxzCJGR1Rp+CAYu+YAIuOgeRqJHG49kx1TXe71HnrPmZA48xQRTQz1RIgz/BSWX3deURzdojnnmnz6mQpx3ujOyHmQXhoQ'
    'V3C6b/tOJ33yGfdegN9u3wV03w73/oI0nKTZZPqZh5305B+X0rOffxbyfC86+u5kQueJCOe8jvR7IeyjKa35M7S1uB4TOqQKZJeV'
    'sIcqAXc2OmwGZb/TIWClI0L+VHIy+sK9wbnWiqCI2CCLDR14h4JeSwjXjjym19hZK0ZTk4VeqyNyFsRlR7N8pnWhn8WV5B3ldYt7'
    'XR0cHb6fT+7wMr9MH9bknUXqmba7+H4/nXz7JeD97btK+UgJ4CE8vrP0vNjxQyd9/pni88LmfD/Zcv5aCE8KeZ8ZwP9iuxBf+Unx'
    '3r2enDNjJjNITkKc3Mh3YiAy2XlaS1/ZnJ+m698cktZqu9elqxpAfwnpqUdecNJa2AM/eNrJ00/2Z+vjIJfdpa6vi+Q9eLtbjyrv'
    'JSTvtVDfcc+r855L8rY84aQPPaHOezrJu/V+J50N/U7vKh7bCUSvfyvwD98GenL3A8B7hHZ2vODG6cA5ewh5jU8U13so6UMa8NTS'
    'x9T9PYDUJx5U56kj9VEcpRpTmPivjQxn1JCy+ZeeNIwtDXKMgofQAjQppXFxbo6CuVoI98hKxs9qhCsx3l1oHRUkP9LX/I5rUm4R'
    '67Otb3jfOU4WhtAaxRzHdLnBGeAz355PMlq6PGpZVAvooND174b1T8frnyJ3q2D3Mr+LWcT3NtV5ngO56e39pfTxh1YVf6P08alb'
    'ir9R+vhPIJNMK+SD+O2iD4Xnp4SBxUmmwpJieiiNInqE5KvjEia2KuVPthD5eoyDDHBQUneDiOAQis+o+IwapzMK7yuHfxx0q0CX'
    '6IDrnfQTt4GfcJJ3+63FeX95HfCnIG83OYuwXlkf+i3JsnpkefntPeQbb38V5Rux9s4m3w7tddI/Xup8O03xre4y17cGfvsS6MAt'
    '7XXtb/DbXvZtAdUbWlk8vjmKbzi+WYr2Du0tPff3sm/03H9+I+jqnV967v8Mvv3PR+JzP/Jzf1sZz/1t8bkfn/vlO/czIc79fYXP'
    'M15x//bFOUqI6HjdUfK51xjwud9jwed+twWfu92Cz73Egs99pAWf+xALfvRUA350jQEPPCiNELUui6k+RAsp10D0MaaROlFWSvnY'
    'M+HfKfK9nG1GEYs0K8LpqPD+LVCMZx7Lj/m47oyqLbqnUefIxMcG93E1G2wmTP1v2MYv9cvzugi3F3CubOQqzRrdzDSBQU67zWK2'
    'GyjX0MFP5T4EPzMN4SdMfDeENxqzxBbeqL8D7m9iZJLCUcU+BEf1FngIfWRQX1M0/pb8e28AnDM8SeFgXzqPpgnzeHl+/v25L+hN'
    'Qh1b2M830L6+/skQ628j005Oco5SYWK++M4Vv9Fer6nFl2GkW4uo+AKeOgtGLO+kiB/67KRL2h4lXyjWMTHYjyKM7re/gCYsr0SA'
    'HcW8HaV8/9885eYJc+6o7MGRp7BdoYc7THTv/PwFxPAZGj5D6EAlI4XPQHKCyXuop0x1N+yediu9kCj5cPFZHnrtrM5yL5pcsLvQ'
    'ZaD/3HeP3X3ir8HWQvLvURaNda74npM23h+uTno29MF59dSDZn4IY1p034VfW1pUZ7Pa2BbeZrVgc7qxuN5rQB/yZeazycQX0wKh'
    '98VEdT24byKq68F9E1Fdjw9DnXu2lOp6fA18wFxwe+n+WnyJk9ZfFp720q1HE6zH5QFpBFNfK+Wwf64cdWUSUdDf3AcQXQvuOygo'
    '/T2djYfGOv4B+Hr63KpgNg2xPzqFP7ptIWi2bfY0WXICwznagv4Z/B4eTt4dcHEpTpP5ZHrWUClOk/npN4rTVnQ76dVrSvfRwbni'
    'b7HvxX0X1sPg9FgnbXLqGmcIzYOx13Tn68nk270MZxxPvr0IvghXg7/Bo8m3f74K6MpON74A1yF++lOuLSjqykj6Tqbntrl+CxsI'
    'HubtFui+tuKxUVtQpPEwj58/wRjPhcJzs0PgOd+yUenhUj+cMc7bP/Rww9B/3EfWPAV+rRLFcU1o7BeMs8J9B68Vxb6DB0ge9PHV'
    'z+pZS/LkWFsY1/NyofdTjPVcCPPjJ6fvZuXOZHoeJjHAZLmlwvVf1sHGvZj0l8fIQR9n80RpnGSq+6OKc2oSKxR9t/vplfB4NR1C'
    '74/2SEKHUbt9U97e0ZbwWSuK9Yqzwlv3md9hOXzPF+Ov+67bcy3CjWc9Vbi+erjeNdVxSZRx/lU4YFAD5ysVe04FazwWejvZc+uF'
    'OlY9r0eWO0a4cc4HRWk8c1MdnWGml8XjVm2y1OEZZjp8/cL1jVvQ/fbQ4SkXrAbVr0LYNM2fBfpa5R+yn81zn0YvrkuoY9PzGI2d'
    'Qh0vF79vMYDFAcWa0750G8DhS2nH54wKdw9q+mgSW5nGvDeN/811yEz0CYP2o5PouMl5+HTa2cu0j92WOpO269VBYIP2bSzWgY//'
    '4vz4T2L94nq8XQH3QL+CbjDRT+f0g8388n1A9Q9nkrHazDWdGx47doMGzk31/qOCHT7WV1JunE+Vz1tVHCYvOFqrmZ8NrF+/gPQN'
    'YaZP7jWG+zzG0F/GMZisy+uGMHd9yqFdKGznLPYDjy1oS0+rYHiYpSMKnCH7vjrl0M3jBUM/E8V+mHVzPDflyB7pPPHzpl9TV1Tn'
    '9jD5Lvskb+knCn0czjAxV3X4bq2mb/1sXv3oVFO7kd1JF7Y3CfNYsb0T4Nz7bNK5iyH8mfSd1rdBs/42e1uHyzcq1ln2uS/p2Iap'
    'cAmPZ9spgsUeVo1V15+zk46NpgndbHve5nz2/HzSdm+ZaXK+t6uTzh1nIp87ryTcOKR87k1okx5hFheQr50J3DyacOJ2lZMO4/Px'
    'twk9LHYr1iHq9bgu4cS6CjPmdYZ7ozMxvrj19IQjG9fRDdgPv/b6FOvk1e5s0m7O8g6nuv9xWkE1d7LdioQjLwvSblRz/nPgc5YD'
    '1z4nXHtULLvXEpdgGb9Y7LK9B4Q7n+PFF/gEGbNtH1Rnar9Pe5IGnxEAhmxpZalLeIgl3RMFfSHbXi7c2PRR4H2MMT4jAEwOW8Ik'
    'jX3rxSehPFKMO079kuwm+krTiPxkvoKHOp68fvSLUivCx7Us+KcG/x1//bRdOWpTE3Y+gtptow5uGtZXML63LDsVZHxc1l1N6kmL'
    '4lgFuvLoa4P605FlVwvXRweVJcn8HxBqfzqXi/HzYYLzxu3R/fbmBsaHSCUcuZhpOR2u+C2Rdwyyu8OAhtZ/lexRE5qlS8NbGVKc'
    'qQdanFd9FnmxjYcIzlrrM867idyk04I2Q/n23wg3bl7QNaJ3hA9FVB/G9xoSLm24lMRz94sBvxjytrNY7MeTGPA01v1S8h5l+khH'
    'rPBpzySWvFd5KtNX6WEv9tAvO1LoY50cTnTBhsFH05vgh2nnM64PEZ0u7BQPXdhaha5tVqFry+WOUeG2bEjchvmpbzAV7jetl67v'
    'tZD+JOD57denqOawIiSdocpXHZDOeBB0Cl+B9HVId7cFo3+i6tfvV4af56oI6DmT8fj5w/O6129Q4HM8b7jevhefOQr9gZoJNF/r'
    'A8wXv4dwXQssN56xIekcpDxwzXRCOyeILhCWT/mUj8J/XLLMY/SKyTxe55RKDsTlfSZ8zhy5z5azb1ss+Ao9Bn07IIK+UZ4KvcvM'
    'MNB7MKXZRzR8hyOgTZUOAOc/9GjqOABoadrXPou7DK9PpQOGetyrRbG9NtqTTvGZqy4N/4frutKxcH69jaxLpSuaYmOZR8ai6uMA'
    'we0m+8fvvIvC/y7lzXUo1tH0zOI+8an8YUQBb3IuD1PoA+jkxyr+fj+rd71GX7qf8E699H5t/YtFxffg/F3TOY+Kfxe0/TheuSqG'
    'qvOUK155C+xPujZXiNg3HPX1s+1KEebxtGbhPFNJp77AbAVEvIfiPRTvIeM91CSK4yz/NuGeWUgTNsH+yQIf3OasXmCRH3miB1ve'
    '11X66qblZZsHBRjXXMtxUXonE+OeGPfEuEd5flfE53e8h+I9ZHV+Z+H8DuJbifN6m4hccwHjsSxn/KIq4e1zOwxfZCLJLLiNop+s'
    'ISqdoLoI5i+IDmCQuVTpZXnpa5RzrVT8oXSIufSbM1s+XQtZb5k/yWhxHTzUhxjDgELHBddM4oA5in4G1c0dCGlXQe8ktvZS/Ro9'
    '8SHNOHidYeEsaNwav3H2asaT08g7pinseILaEVEfaSobgUbh2tdvNFxzFQ9YJxeqLcOc2uoqrQ/Ij+f2hEMaWyATuQTludvcj4P4'
    'G1hGZDdBbCG57Ebel2dHbIcTdH1NfPpWlWkfDyr2kF+ZAQ9bmHLIUod9ZKmNFnudwhzCVY3PXkA9xaOFa/cXpdyW21B49cNmT+p0'
    '31oVuFiFu5NMhreW9ZvaxDVAuVmKMZicmbRfA6Q9v/6q5LB0DGlyHzE9uzl8o50Fj21lawPVpZBdqnhxfO80hdg7m0hbKl+8RzAY'
    'byJnaCurY0Cz/t0+sIawhGVMdbnXs3nCGJy0LxsNYcELj6QZnPcKvX2szseUl6y632OeorS9KOjtttrdtaco6ATU1bXxmZQg80Lj'
    'nOj89Kn8hS94oTjmaivRHV4KfvX3QOzZu5526UD0vT8N7ER+9227OZsJ5d7YroahKG0aHpgTzG/WVPhVi9K4whifTBdXOEr4qjjf'
    'Sb+x0oUXqrv2+g0AA+fr9SmqPeyCVHBx3XvBB+kFpbF4a3rcbwUfzheH8+EedfxP273E9890wFt8j9YBLq0m+2tfeRKUrUgDS6TL'
    '3abN0xj4o67lpgD6qHQ/HAQN737ESc/BmNdP2cHXy99y0l6Inf0q2MkNP+rsnb8E+JLvbgHcuHyXd5mTSZlvQQytLz5UXOYz97l2'
    'fLJMG5w/NP7J5wHPX/Jj6CvE2P7i9uLY4Luh/XPudeo6mMzPkxDDe+fTwfZfy7e8++13PoTBrwLm+xO73LPQpvxlP3LnLSqeIz0j'
    '5dlamIsHzOIi8rNSlp0C6yPuHT+7Ch2eTwM9Qfsr4wJQXmmtKLaPQf+c0iHk6BcghklbMZ01ncwHPS8Tba4/66D1NzOau2pUP74p'
    'RJ+2Q3GP4/dQUz3qXmHmO1Z3zzWlpYc0+svdGhsOld11GP9F3Ea+z0ePuk/Rr0bCDw2rFxxULqLizW7UzPUmDbyo/BQ0CNe/jale'
    'tQnPaVij/9sn9H7IVH3z47OhjEu1NoNMdzjo/rC5n83U8HHRxvEucl/PQBsvzC6lk+eJYn+M8zXzYUObYL608LYV1PHP5ThOFOFj'
    '1dO14f6ZNovyxYrmvuFUdtT5q4u4OALcY+L70sTu2pRPXu556xXmPrq7ffYywhfCWALaxL5IJ62FahPblBoNWeh7o3D9yw2zdFCo'
    '/RVfw+YA/U1jivgQ41ds0qSLhBsXqBretbM9hXoWDcL1lU3txXBv4xm1gfDjGzR4I6mh25phDU15dKY+V4PIrBo1Nh1+Pmi4zU8U'
    'ciMv+6V5Gv7WXHYW8LO+R0FLlFuethDaoOc7l+kOC3Of4oOi2Df6NEJn6s5uTjMNKdbX5L7VSGDESx/HxjemKQ3bx/RZejS0kq0N'
    'l9x/qwOur2qOdb6lhnx0qnAPTtHoNWzQrK0OZy8Vrk8LnQ/Ffs06mPgR5O3JtmYIb79TQehNW7pS5lk1gdbzoJD0Ro9Q+yYbYXhg'
    'qULOrhrfiIaOUeXtEvY+wXPk3GwW5nJUDpvXGq63/LcuVsMmH9j18lWI773kKoLJszoZDA0wGTG9J7wI/Ij/hvS+Nu/xVgrXP5U8'
    'p/DbXQQ33yXCxd/QxeBpF/4xeE4Q5Ykzc6gI51cKfSfROBo9Pnt8szBbiwxbi+fmuGvx3Bw7uv4N4Ls2QroDeLtX7nDbnQHncjX7'
    'SX8q0peK9KMifagM5H81+UPt0ZX5/ZX/9y0fFeJnH7XjyHv5aCnQvpDKdmQq25JpP7yXbcpUtov9b4H+V7HfI/ky383/3s7/7sj/'
    'uvO/8/K/D+R/F+d/a9rM+/0ItP9dSN+G9A5IuyE9D9IPQHoxpLIt7G81WecaIgOsyY/1utuK262B8cv3FGdUaHAG4oEvX+qkJ0Dc'
    '5F9vKZXB62g/HXw2wzxXsN+yfB9fuyE/F+8T4oL8IXnNFUL85gLv+VwG43oN5I2ybCG+8yrYs1c4qazHD04ljEzvc3CfxHsS5+0F'
    'uL0H0vva7OAU4U7Wq8OrMt3L4Pge9vd9ZN1nQv9r2G/amvz8jziw9AjstX/M/74JcGoLr3Qcsu4CbT1SDK+PsH33j5B+k8GtCRyn'
    'CTzK38v5Nn/XVdyPl6Ef8j0/42i7ryn6w2Pj/jt8e9znbKP9S5P+HXp1fp1yxf2T7wrrl1Pr2fznXwFv/rbS/mQBJ/3PR7z7Uw/r'
    'n2a/s/MH1hn5w6M9v1eretTrKPPI9AyQl7fDvpb5VeNFPXD567tHiKceLK5PvpOpfG9znki5nmp+lj5eLGOjvIq2e83XifZblpMy'
    'dNpvrpsSRP5F1wNlSTPIeki/o9LnaGX+jGx7Xr0e1DdpQca0A/r3vBlth/O2B8rf871SuKJrZDJ/NWz+xIOOPLFI6P2gK2e0mb80'
    'zN+FL0YTqxt5bTNG7WV/WG+W5KsgfOtG4I8IQziT8kwpyxQeMk7ON1yxK3jsX1zfm0FGPGdHaWxwlB8vfrwULr4O8uyvb/eGC4xD'
    'iLrH6Gdr8EFHps5huxG+UV+PCM+mcPLQ8y6cyPR7sC+kTpNNPdu+A3TWdv/1O+4xIX75QPE4jgMflfJ9EDjfvqt0HjNsHnfmcclL'
    '+fm68pHSedwJcvaXYD5lniA6ROKZ0vFn2fjfzLe19LHi9t+E9uV7m3Z/9q3i9rc+Eg7GUf/jE7tK4fjm3S6MeMFxFTsvC2f/Tvc8'
    '4rQEfnvkieJ27nq0NB416qlc97A6r0pGkRCuLSL26cT8Pr3kcUfP5rId6jPjRDgjL3m8WCdH5rdZo5tgb1wCekQf+bFat0bq+HAY'
    'zjIYlvdBeRek5yz2l94Vg5y5O37opM8/E9zvN78bp9jd+Gu73P5+zVLXBvWwGreXtx0K5364TNIpkkah6zAzgF6sai/SM5yfNxc+'
    'CvtdsU9xj/jRcbVEdkdhDMe0VYEnuV7S1oB4EvXZvvOIfg/QOa8n94EVUmft/uJ+rQA9Nvme0nPVPvQc6sGJ7cHpOd08Shrx1jzu'
    'WHF/6TzeA/29FXDLivvt5hHnf+mLduX+Atq9iei7+Z1XUk/89l3F/ae64zbt3wpz2rqreD2mi2DwdBfsg8TuUhwt12wB0Xm0pWlW'
    'POXCpqzrQNLPoHW99EApvAe5Kwzn9/gfGQ01DPv+j5Y0lOrcCHLO/QbquQ94l/O/pd/bOj525ahaD5DuWe4Pne5Z7kfdKwbyLLjv'
    'Sf09qssXVKdRdxbpxkTvV+iHXfpQH4v+/n8kLN4o'
)
