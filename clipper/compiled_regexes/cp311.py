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
 ('[.!?](?=[\\s\\"\')\\]]|$)', 0, 32, 32571, 56, 0, {}, (None,)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 32627, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 32746, 139, 1, {}, (None, None)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 32885, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 33201, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 33422, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 33915, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 34239, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 34445, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 34473, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 34493, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 34525, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 34687, 16, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 34703, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 34909, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 35195, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 35391, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 35445, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 35469, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 35493, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 35536, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 35798, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 36092, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 36110, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 36127, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 36156, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 36280, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 36410, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 36617, 270, 0, {}, (None,)),
 ('[、・]', 0, 32, 36887, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 36905, 104, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 37009, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 37428, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 37444, 44, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 37488, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 37577, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 37696, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 37771, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 37852, 16, 0, {}, (None,)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 37868, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 37904, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 38017, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 38061, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 38085, 44, 0, {}, (None,)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 38129, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 38612, 277, 1, {}, (None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 38889, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 38990, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 39015, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 39864, 108, 0, {}, (None,)),
 ('\\d', 0, 32, 39972, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 39986, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 40014, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 40161, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 40376, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 40508, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 40627, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 40688, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 40800, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 40927, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 41048, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 41322, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 41456, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 41593, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 41650, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 41769, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 41797, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 41813, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 42077, 4095, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 46172, 55, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 46227, 289, 0, {}, (None,)),
 ('\\s+(?:septiembre|diciembre|fevereiro|noviembre|september|septembre|setiembre|settembre|december|decembre|desember|dezember|dezembro|dicembre|décembre|febbraio|februari|february|november|novembre|novembro|setembro|сентябрь|сентября|agustus|febrero|februar|fevrier|février|gennaio|janeiro|januari|january|janvier|juillet|october|octobre|octubre|oktober|ottobre|outubro|августа|декабрь|декабря|октябрь|октября|февраль|февраля|กรกฎาคม|พฤษภาคม|agosto|aprile|august|giugno|januar|jänner|luglio|maggio|август|апрель|апреля|ноябрь|ноября|январь|января|มกราคม|เมษายน|abril|april|avril|enero|julho|julio|junho|junio|maerz|march|maret|marzo|março|марта|aout|août|févr|janv|juil|juin|juli|july|june|juni|maio|mars|mayo|märz|sept|июль|июля|июнь|июня|март|сент|abr|ago|agt|agu|apr|aug|avr|dec|dez|dic|déc|ene|feb|fev|gen|giu|jan|jul|jun|lug|mag|mai|mar|may|mei|mär|nov|oct|okt|ott|out|sep|set|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв)\\.?\\s+\\d', 2, 34, 46516, 2473, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 48989, 220, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 49209, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 49242, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 49283, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 49304, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 49362, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 49388, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 49404, 16, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 49420, 179, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 49599, 104, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 49703, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 49898, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 50278, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 50333, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 50447, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 50744, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 50922, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 50979, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 51036, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 51093, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 51150, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 51211, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 51268, 40, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 51308, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 51390, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 51530, 30, 0, {}, (None,)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 51560, 97, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 51657, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 51758, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 51782, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 52292, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 52316, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 52340, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 52361, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 52769, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 52910, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 53032, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 53053, 191, 2, {}, (None, None, None)),
 ('^\\([a-zà-ÿ]', 0, 32, 53244, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 53263, 171, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 53434, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 53472, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 53551, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 53707, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 53863, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 54708, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 55552, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 55698, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 55889, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 55935, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 56181, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 56259, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 56471, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 56703, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 56814, 247, 4, {}, (None, None, None, None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 57061, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 57683, 369, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 58052, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 58201, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 58789, 206, 1, {}, (None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 58995, 347, 2, {}, (None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 59342, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 59471, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 59718, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 60086, 115, 2, {}, (None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 60201, 71, 1, {}, (None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 60272, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 60347, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 60493, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 60628, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 60741, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 60815, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 60892, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 61019, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 61389, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 61431, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 61524, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 61570, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 62440, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 62865, 510, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 63375, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 63448, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 63658, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 63741, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 63885, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 64031, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 64161, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 64289, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 64405, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 64908, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 65163, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 65349, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 65536, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 65989, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 66210, 171, 1, {}, (None, None)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 66381, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 66449, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 66527, 311, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 66838, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 66919, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 67009, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 67085, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 67160, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 67217, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 67264, 39, 0, {}, (None,)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 67303, 97, 1, {}, (None, None)),
 ('^\\s*by\\s+', 2, 34, 67400, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 67432, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 68397, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 68477, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 68560, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 68609, 105, 1, {}, (None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 68714, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 68799, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 68956, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 69004, 207, 3, {}, (None, None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 69211, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 69335, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 69439, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 69487, 77, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 69564, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 69602, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 69631, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 69675, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 69731, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 69790, 38, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 69828, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 69980, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 70061, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 70232, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 70285, 116, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 70401, 60, 1, {}, (None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 70461, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 70560, 30, 0, {}, (None,)),
 ('コメントは個人の見解', 2, 34, 70590, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 70638, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 70682, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 70728, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 70760, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 70808, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 70860, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 70900, 36, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 70936, 30, 0, {}, (None,)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 70966, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 71040, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 71100, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 71152, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 71182, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 71216, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 71278, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 71313, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 71359, 48, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 71407, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 71433, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 71459, 53, 1, {}, (None, None)),
 ('채널.{0,10}(추가|구독)', 2, 34, 71512, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 71554, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 71604, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 71705, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 71759, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 71812, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYXkWVaP1771sS0gmd0EASkpCEDhAIIUCDGcEnEDYFZQm9/Ok26XQ3TXdCYpCg4AYOiIM6T2fc3wgGBdRHEB1DBkl4I46g'
    '4jjDjGHEN4Y34/JwQeFNv7/+ew73/OdW3Vt1//t3dzr38v1U+t7a69Spc06dpUEIkRbOI9PxwpMrpO+Cv+sLvwSk1YXfrMKvqvBr'
    'hLSm8Gsq/DZAHZh3AL5lii/9nyT7O5WYVk9xepOdYpco4+n0+ZYOKJsUwW3L9dxU+PXD+vXC+qXj9ZMgLW4TZT3H+X79dHAFjc46'
    'Fp9W2IsC9ms9rJPcj3VkHzbDv+V+bss45d7B9qnNOget+2H+pIoTc2sRnVWFWmUHVHy+G1Rhsb5yXRsgfw3AB+JsiXePkhl3C/G5'
    'H7tlJBy1F/6xDMrVwXssl8NyFxfa/pSD2zMdbvnZhd9cTV8RplR9DdNWC/T3t4Xf/4UytaQ9+fyXc1y9/oyP33KLIPukB+rCebwO'
    '5ioVAq8lpiFe23V9WXgt6fexCuCTws7NpCDCTiIAzuN1P7zXvYWdXxIO7gdcmLLAd2WfV6npt45FpFny7IpmEVVPu/dVfFbFZ1V8'
    'VsVn1XQ9q1oscVw9oOT2x530tv1O+uvvOOnAA076/Seddv6elNn5PSd97REnPfCwk35+n5PuedYp87cAY/LdL2520ic/6qQ/fJuT'
    'vnCFk/erJO9zH3TS3R9U5/0iyTtvt9tPmXZ82Unv3u/k/SuSd+dDTroAxpzeXzrGe0hePi+83veRvK0w7q/vU+fdSfI+D3lee0yd'
    '9waS9yZo+9Rn1Hk3krzpA066WlPv1STvnh846TNPqefhEoAj+W77iJOevaV0Dc4neeTiqdo8m+T5Oozh4L7StlaRPI8+66R1PyjN'
    'swxgVr5beZWTNlzjfFtIvn2h20kvv9v5Np98awVYyuxyvs0m3x68o/RbE/nGx1RNvvF5o3TjjSH45FZCJilxdMKf57dtq4Hhc1yH'
    'E4GGWF74rVDgniaQ87VC/2gdWZK/CeqgZ1Uzyd8E9dvW0xLlnCaLQ2n3m1Pb9mLZVYDsKmDO/U/JZNnMAtLsWwtA9mOAj6pxZ+26'
    'oIosrN01lMaxFbMFDCTqR0zy0072R5iH4okB4fLdiA/kOiU6nPTVDpcujdds8tesBdanetzZW58qMMt/lYnx31SU3dvwCTr6qdqH'
    'frK9/8E9TM/Mayx4y2n+JEFctiD0Jt8VePUa3+fEMrJYRhbLyOL7nPg+J77Pic+qGGfFZ1W87pN8nyNh4ech6fP4fie+34nvdypz'
    'v9MS3/Ec0Xc8sUxz6t3p0P3ZbLlPssALJAAWuZ3JbCafpPrqiCsWPOniadmXNym+PfGc8+088u2Cy530osucb2cqvt25wfl2KvlW'
    'c7GbpxH2Dn6rZd8WwbfFMA6ZboE5O4Z8G2bfcM9iOdzLmAf/biR7Duvxyxt2nVqgDKeLk4ynqmFrlbKknTLQ3zXQ37PIu/M2Ou9W'
    'k3e/zzvvTiHvJB3QCGNugHnoJ20Knz43wkaaT+YtDWOgvG8yYOwZ8je9Q1uhyJsow3YjbdGnZuiX3FPHs3lvtGhXjiMLe6Y5RNnb'
    'vqU+098a8pytZedDlsCQTJ/dbl9vM9RjM7e5iOZW9jfs3FY97Z1bnN/zRbh5qCL4VoXHTvLBY4st8Ng8CzzWAv2X38bIHpfpiCil'
    'J/FbFtaM48FqMkfvToSDwSxbh8Vk/mqgH1+ElPd7FNIe6FstydNHxo95w+AK+3u95LSXMRQnNPQTeK1nBT8m56mEz5kBcLeG1RmE'
    't1D28RjoTuF9MMpBT/DATfKIfoSPjE9BNO8KA1kJstcpzrqM4LMd7NubCd5BXJGH9cPz8EZIbwEch/Ug7VutKE/znEzoqbXp0rrP'
    'TTvpe9rcuteknXILSN+2sT69A2UPpE/dbGwzAU5Ny4+S80aH82s1+2dJSB6Y17MsIj4IeXZKGy+D8XSSd4vIOmaIvpZ8dxqMF+eC'
    'nuGDkPZC+RMVecc0edthbDRvnp1TKAuiebaLUlkQL0/PbvptdTrc2efHY6ahnQWMp1wJ6RnCK7c6GeVXwiu3wm+rGMyp8K/qHdJ7'
    'R2m+NwG9ZYrfVfDP5yEL85cltMqigPuPmghlYib+IlCeeQr0r47AMd9/CKsJBT01xGA5r6GnEhUei217dM/2kbHoYDtJ8MYn0i5v'
    'nSVwVgPtqNqkfZRlz2X0/Qibz2Hyt9+Z0wR4g9aRJ/QvxTd5A1w/QFK/vKZ9GmZzjbzE8WkHN5r2a5DV221RdpTND113WudWBUzL'
    'vr6ScvvaZ0EL9Cj4qKC+5hXjU41f19enU448B+kF2t7ZQFO8m9AUnenSdJUBHXKOQb1nsTynQp5bSZ5V6dK8VSiXgry3tTnp7W3u'
    'Hro3pYf3YTYnI2T9TeBLBRPd7IwdK7R/DrzrYGM8Gfq9q83dI0FjMlkf7I/fupi0RftskvfCdCmdcFrKkcXYwv+IxR4d0uCPIYY/'
    'ZqQcmaJ8t1lzFo1atN+tkSHwdn9XQOJtrMzBgPpV+/Yge/+5+aV974f2fpJ0aD6kE6ncR7cPehme+3dIf0bGJOveV6j72Aqto249'
    'ad9kHz5D5nNbGe3kA84J3L+3Jx19JtU88vNyRJOvN6B/sp3NpB3Ts1w1nt6A8VxK2gmCgx6SBs3vy+xcOb3QzowQeJfmwz20IOnQ'
    'aaZzwevdHjAndUlH9sn7YNOe7Xr/KuGMicIx73evBd3Ex/TjhMPD0PXkuKpf0a5fe7Lexw3qHbLYlwgvXzKo16S+HsZX3Fv4djSD'
    'uzzD+2MR0LCyrR0JR7ahamubgq7lshJZxztIHXw/3ETe+639VWQusY4XyPzQsn0GcyrPmuLdbcK9U9CtUV6BE4v3gwZl+zVn6AKD'
    'skMKXCPLzEo4/JVp2SLfSMr4rQFt51Xh0hcTRefJdv+F0HomNBrS0GvS5dOHsv1vkTujIcYT5hlt8jDJ6zevMu/fEJ2uVzY66Tqw'
    'f9wA6TcudvJ+kshFTWksWe7PiVxCx3fersjD4WUnyaPjs24k+kd/uNJJ3/jOUt2sTSTPvaDvdc6O0jxdJM/cu530K6DjdRXor11F'
    '9ddAx+u3TzjpKOh6rSd5Pgy6XisfL9UHeyORd3Mccw6RuV2zvrSPq8m350CP45I+59tK8o3Og/y2lOqt9Trp+0C/4Hjyjc9bG/l2'
    '5W2l32b56Mk1+OjJUXkv9sFW7pkD2bnJHfnccX8ded6nueOlfUJ9lnlExmTaTxOaJUhGpZKbp0V5ci8q40NbaFMZn6k8P2y/6pnM'
    'sApkxl1wX3MU4KBxgz7VRtCnSvInNvA+JwS8m8pgg/ZAM1mfDKkvSXQB/NahKsJ1MKWN4rmNZm5VtOORMrfVkzC3frzQkTLvuQrP'
    '+1CMJyo6p4iTYzwR/dyayH3ieY9m3m3lYkfKvKcjmnfK+x4pc1cX8dxV6s7rSFmPzASvRwzndvMa5V3rkTL3zRHN/VTWBzpS1rK+'
    'Qms5kXoi8b6zW6uprNsW7zu7tZwonagjZV2yEa2L351qTPvazaXqjjeWQYSbw0ro0MRrUd5amOgYxTgj3BwfiWdYbQXmMEp91iNl'
    'HWZHvA5Hku1QvFftYKRSOuFHyjrUVGgdbHTmj5S5bpiEuY7CLiyWrZuvz2TZGsX4Kro1CmOXE8+/HQ6bCLulmD8Pvyam9juxfDS6'
    'OY71EKOby1hXrrw5Ldf+Lpbb2c37kXwnGBVNEbVdcsz3hJv/Svk3iOUEdutxJPlviWmnqQkbR8q6NEa0LtPNp1W8L+3kUhPtEyG2'
    'rTBfH+47IJ47u7mjvhXiubObO+p7Iuatw8/dkbZ3o5pDlX+XeA/bzSH1EXOkzF0qork7kuYsG9Gc+fmhiveu3VweiWdHVHNHfVzF'
    'c2c3d9QHWDx3luftHTG9F3buVL764jm0m0OVL8N4Du3mUOXr8UiZwyT0Yzb86LjQF+YYpKijw2PCNRHdzi0kL4/5h32lc3OiKI31'
    '20z6HSau52zhxsUMikcWNlZliwEPItu5T7g+PDMgV312gRvHGuduMdODWCJcH55zmU4nt0/YbnEfirbJ/aK8uH1yjk9lsMLHvEwx'
    '5hMMxjxfuL7sKzVmVfyhFsvxny68exljN/nFylusKBfUHt0vyyGd0W63ZqZ9bBH2ccZ0eG+ZcONj2o6ZxlRugnrl91lYXha6XAh6'
    'FPKnEdZ9oyiNm3s9uQuJ4wjyOILjxamoZBxBuu/knngnvD8zXu9pv94zhH2cb4xXXE9ojhLixwceXmPwkInhYUrAw0eFEzeH2tFR'
    '20duVxnmnA+KTTFG8M2pjznpLx52vg2SbxeMOOkbwF97H9D8ur6jrpmJbWi/UMdOuJjQSNxWZMxC17BXeO1bTfTmguZOxmI8RtO/'
    'XmFvOztgWIbyQ8jT+PlcR9+pGdjnlEahftJXKGgPG94jQeqheE3nu74cHidMO+h3XhdLVBUvtEPDH5jySRn4JgJo4i+k7OnD2cBr'
    'qngQjEWbJ+8wRvv15N1OeHe18MaRR97oCsLHHBRunIicKLXtxtjyFwg3LnCXBsa7DGD8NOHGEz1okH8p6dMp6dIxHy/cuCGdDU56'
    'AqQLIT25oTTOaxTxg5FfKYfP6mJwlWVwvOBJJ00fcNp5k+LbE89BrB6K00FP5KLL3BjF/NudG5xvp5JvNRe7eRphfPitln1bpIAr'
    'hJNjyLdh9g15KgpDK0geurb1JO9wQF4qM8pZrAPKbqoscVW1JY2XIfIZ2d+zyLvzNrpxVPDd7yEGySnk3fP7nHcrhBv/pp+06YeL'
    'MH70fMY/tFriv4wojaecJfXxvImQMphmqMcGJ9fCnjpeQVvb7Oks7JnmEGVv+5YXH8g+vTWEjMBE5vrs9nCyhzrLua2PaG5lf8PO'
    'bdXT3rnF+T0/pAymgeBbFR47yQePLbbAY/Ms8FiLcGNLjQmvD0VKz+A3lcyvmdQn5+jdiXAwyM/JxWT+MEb7F4lMXeUPkMvUKU+z'
    'pUx5bb2Hzw16konp/LzO6IR+0oE5bOWyQeephM+ZhvcapnirBeDpMeADW2GfYpyqWD6iko84TyXlI6p7issIPtvBvr2Z4J0twtzn'
    'wQ7h0r7VivI0z8mEnlprYAuyBmIxLiB92ybM/KXSsc0k/JRJeerXT4fzmzX7Zwm7A9H5kypHlmBCS1BZQrkyAn7HaVI+o5mfFT70'
    'rW78pvfcMa8X83oxrxfzejGvF/N6Ma8X83oxrxfzejGvF/N6E8Hr6ezsM4CjEa/m4G5sOZyFfI/lQK8z7P1xPdCTtA1RBg8o5+IN'
    'cs3K5AONaZI+O3oja9mfnGV/fs5i1GcIDWmynjb3lH/Q0KaLcW7G3bVEvfQfQnstIuonAYNOpYuDxidbHHKx/eqgKmr8PtaSf9eR'
    'GW1oLNXIao5uREn2oqlJn7ndquoqYxyeDNf3dsoA+j5Ndj02epIuYNo+Sc9xFeJpCj3QhOUcUTlEHRkC7vVZBPfLtHpcvWf5dxud'
    'Bc6rm+C1Wkv6fgDqyBjR9xE8ydRUJe/TxkR6qKfThAsIbLvSsogo6Zd5FrCro1dMyyM9eoZFmUrRI5VofyLpj/9jSH/IOn8C+VIx'
    'HRLTITEdEjkdEiU9ETVeiumH6Us/mNINs+HsDXOmyfsglcwkG0BzrNCcceXo2p9U5v34SaJUN36emDgd+UZyp2tThsq2MgZ38Sex'
    'dY917WNd+1j/Ita/iPUvYv2LWP8i1r+I9S9i/YtY/yLWv4j1L2L9i6mka0/lCXUEt1Yx/naN0Ovc56BOek/RAXy9jjaldD7y+bz8'
    'KSQvHSu16edlVvm0iTIJG1ohTXghSiuYxrqUff9YopRmUMW4xrx3Juxgi8KGLL+TlO8J0dcBUj4fovw1rP+25S9MlLfv1yaC6ZFT'
    'EsH0yNKEixs2W/S/jZTbZFGugfSpn7RL82Sg7qA6+1i5PxA812PRp0PC8SPkB4OmdT1H+rDFoNxmKHeAlDPFtbLcNyzLYT93k3I2'
    'cPvX5LzR7e17Sd3DFnW/j9Q9rKn7XSRPjybPmOUaYLk+xVnK676O1N1tUfclin7nWZ7zFXPL85xN8mzT5FllQBMsC0kTzCe0DG93'
    'toKfxG9N5FsP+0b5PR2/hPJppAtUfjlNee3FhIZIAJ0yk9AQSE/Y3quVK3P186mKtEuV8PrmqWftdgp/O7kGJsPS+TdStdUQwV3L'
    'bKBjVPJDlBM0KOAM5QM0/zcUMuocuwcx8Yk7B/qVJmtAbRTTZJ7rod5ZUFcjoyE3aO5YZpM5SzD8krfobwuhC+VYjzXAQ3nFvgw6'
    'K/JsT3YLr++xIi1W44xNlk/AncRqSI+FtJ3cVch0PqQrIZ0DaSukF8KdRr7G8VkbZnx+Y+Aw9eYaR65v2k6U87esxvXLOyhKfZ9t'
    'jbCdlhrXx1qvQb09Ebb9cnVl1pG38xPLdkZDtvPtanfNNrKyWxUwpqKzVPNJ/erJdr5Q7eqZ4p5ZAOliSKsgPbWhdA/iXjuO7DFZ'
    '593VDr2rgzebfXMzqatXQWvY1LWJ1MXnlK/DGOMz8f12qOtKn371WPZrXRnzxeFmpaJfhwz7xeuaX8YYeV211c75E3bu/eC6uP+r'
    '3Pp7LfgO0zX656rg/vNxdBnsR9yHf8f6b4I7beb/S1C/Ld4Kqh/7/5Gq8mEY69pVFX7P87q2VHnPXRX/YRvDVeZdD2VWstiz64GX'
    'uXgS2r4Q2j4J5pDSSIi/j2I01JwAfN5W5dCDYfducf+TOoYUchn6XrcH/5Rz69jE2hk0xNuHct5+9Fj24x9z5vOR18DlfoN+jAXs'
    '6f+Zc/gcv/mwoe9wfJ8m9W5kZ8hWYe7jmNf7QUW9+QjqHVXMw5hBPSofyCWymBCwwtfoIoM1CnPenV6o92hWrk+Y+VvmMBakP9ZG'
    'xtDH5mqQpTZnXlYxv6OW8/u7bPD8hqGLf5r19m3McH9iHd8jfVuniUvOY8xTXN4B6ZnsXNkTcb14Zny2UPg44eYJqu8UKP+GCGJu'
    'Y5vF8z/r6HwExWZfE+FZ3TOBbeJ8vxHW0TS+/Bq2frqxdERcL/Z3btaRTVGaYlWDK8cq6lo2MB1EUqaTyWywzHGsjMi6+jGcJ12i'
    'kfekSd2yjl9lvH09NaDdf8u47SKPezzjeRsC2n2G1LGUtZuD9MSAOvYq+sHlWMcF0GxfIXW0auo4IaAff51xdbVszi5Z5i5F2Rc1'
    'ZwY/z3dlHHk5rXcs5BlXvItV1NcnzPz387NI1neVor5hC/plgJ1h60h9WzT97LM4VztIfSbl+NwOsvraSH0DmjIDFv2rIvWtZ7yP'
    '33nTocF3v01HUx/iuYNpF3Yxzzks7yrN2fxMiLLY7r60aw8w0edv8fwn88jnT3UWBp2pfx5RfTg/O9LuXd+xDWo8rcNlm9Oujsyx'
    'AWfW9SRvguWdz/K+RdGnVRq+mvfpjaQsPxuXBOD300kf5weMZ5nPeHjeY0nepQF5j/Kpl5+ttWSss5j8YWHAPL2WctuZFdCn36T0'
    '88L79L9J3taAev855dATKhzNeXy8A/9eqtTeJ8w5Iev5pk/bI8Ibn6d4/pMyeZ/zluLlzxq0s4OVuVcxxu4QY3wPqWcTO2MGLc6W'
    'G3zqsTmjNijGtTXEuC4ymFMud+g0KPPvrL+nkDKq+aP6UFhmkU+ZAU2ZOSkXp69Ne89RW14vk3J1+rYwOpHvpz8lXf0KWxiR5V/y'
    'KT9gUP6foHyYO0ZZ/n8l3bHq1uj1+z+fvANMpvm1pHcOu0Rp7FFcv/sU9apkhkX6n+T1kwMW5f9Jr76hTp6lkjG9R7M2QftsEMrf'
    'GLI87tOepFe3FOU+r7J1vMon7xjLe5FmXkzx0FlJFw+F3W+ynhNJn1dD+YsJrUzptnaDvEiTzfLJy2njGoO8WO94wtH5iPruRNb9'
    'C6IjqtoDRfkfyaOS8Rd1MRNePbgX2b54muRR0QAyzxOJUn1CExgpyv8V4xhj43jAJw/C/ucVfaT8nczzCUOdWYr7ZLkPkbqHNPq4'
    't5E8qrtDmeedJE+vRudwRLEeXC7xDp88iE+vV/SZ6xRe6dMf1I++OOHVt+R4/s8Uc9/N+rxWkaePn/8Ehkzvj4txvRV1c9zephjr'
    'IVbPDAUM5w1gOOMztjHhxkTV5cH1eFlhG5dne+EloV97hPMXiN6qqexElvsBqXtAs4f+l7DbQzi2bwovPI6yPF8VenyFe+h+RT38'
    'vPoMGb+pLKV4/pNypncSstztpE+q862o/0fyqGQqjTCPunrw/Nnkk+cMyNNF8qjOvuL575PnzLTrB6LBUpYjy52rgJGgcw/t3GdF'
    'eH+ButgNlvIb5PEbLO8fuC52SvjH9PDThw6jn4u2tTr93Erp2cq6FjJd5VqFDILq461Q2H3ND8hraxfcIszisDYJvY8Zlf+ZVSKO'
    '0Rr7jYn9xsR+Y2K/MTb4L/YbE/uNif3GxH5jYr8xsd8YE/iJ/cbEfmME41FjvzFTz29MTQh76NgmN7bJjW1yY5vc2CY3tsmNbXJj'
    'm9zYJje2yY1tcmOb3NgmN7bJjW1yY5vc2CY3tsmNbXJjm9zYJje2yY1tcmOb3NgmN7bJjW1yY5vc2CY3tsmNbXJjm9zYJje2yY1t'
    'cmOb3NgmN7bJjW1yY5vc2CY3tsk1sclNGNjkmti9YmwZG7uvFOirL2K2MHUWMmcaP2qQ4E4eP2qEfaN2H6OMp+c2iEH2jUFzI/v4'
    'NBsjx49DDIfSuF78HhTPNL+4XjjOVYp6+hlOpXG9Nlrcjc83xLPcVrbJsBynsag9C9p7ZmP7g0mzPwhry28bsyrIXr3ax149rE16'
    'bG8e25vH9uaxvXlsbx7bm8f25rG9eWxvHtubx/bmsb15bG8e25tPNXvzHOzlNJxRiFsHoJ2MAW7lmDU1vVBrcare2xkO9uE5rrMM'
    'zJs02He2NJAQpbHpTfmZs9hdG5U96uQC9D0vN6DIT+/XhhT2mriHTe7n+X0e7UvQHVzRljzt8NgqXaBhTR9N/AIMEnqI9qlLIY+m'
    '37dZ6DeV049udt/6scI8dLI+9lrcZY6GWK8uAhu0bxOxDnz8V6adM0V1B0vvlMPsgUGG50cMzxROc9vML98H9G6gjYzVZq5Vd795'
    'xu+0K2AoCh8UprDDx/pCypEJq9aF9tkUjjZq5offZaNu4O8MaRu/MTzoM4bBCo7BZF1eNoS5W1IO362z6TW1te8Xatv4EWFuQ9Kl'
    'sXMcU+AM2fdLUo6serJg6Gckv98cS13ShWyeujT2PkMVOre5nU4i5dzF6Hym+K1ZWHy3UdO3QTavQfpdJjoicowHki5s29D7/VPg'
    '3PvLpHMfgPBn0nda3xbN+tvsbR0u36q5/x5IOjyaCpdwHe1uC/vjUYXuj0l/Lki6PpeC6Gbb8zYfsOeXkLb7K0yT870tdUmXTPFz'
    '54WEU5dq7k1oExP9s7xi7Uzg5hsJR4ZcSTqMz8dfJfSw2KtYh6jX4+aE6zMh7Jg3Ge6N7sTk4tbzEs69nI5uwH7Y2KqqeEbe7gLS'
    'bt6Sh1Pxf5xWUM1d0ZdEwvFTGKbdqOb85yB3rgSu/Z7knVjZQ5a4BMuo5pPrST8s3PmcLLnAh8mYbfugOlMHA9qTNPjcEDBkSytf'
    'Ldxzc0uIvRGWvijqkoOeaFR4vxHanhsCJkctYbJeeO1utmp075NED6+G3H3L5g+Qu+9ZwvWlskQh3262lH9mhRvThcrCk0QWXk9k'
    '4dXQhyroN945yfY3lHUnOb1vKItzWobcPG2Qp5XpU9muwfS+FXbW4DZR1nOczd1DkF4m33N0ravJGmZgz3eBrF+QO9xqooeE+aRO'
    '/tsN2pF3GL+H97cKN67UDexumd9/HS5wkjJ/0la6BZo7YrnWZmCkzzke4mlUwGA90TUxwT0IT8MEnuJ19667Ys1vKXfNo1z3oo+P'
    'wj8uTzjr+a9ExzHe10fevo5pAO86pyeABohx6fTApUnyN6WhEoQ/6id7sxfWOQyMJfy2Z7Iye6Eij1N1ymQVwzyq8okAeryW8cJZ'
    'wsM3EXyKvHSNBQ+NMCBiGJiyMMD3b5rsX1VsmXqFLi6WQbhJ+Nid1BvyeUFtp0HPjOuo1cD3Ksb7id1CfO7Haj043g63LzjLIn89'
    'vOPyKJqP7ruZFjKsMOvFx3IJpFcQ2wJTvtyWr64i9ch6Zd6VoFMrRGlsoomyvbSRAdZD27Lfy8HmQ7a/7iF7m6Uwtuvl9vOHT9r3'
    'M23ZT7RlnVOm/c/O/U4Zag/H7ffQXuXHIexVEEfI+t8PY7oNxlMlDrcnodC7lxCTzrz+Oos7qwJNmj7JsmuAlTN7adZlfVEJa8+D'
    'AYOEj50AH7mJWUg5XynE6ZmgktkpB5ShZfjt9OCwhwXvUxUOSBtBJoA0cP8Vzlf5/q3k/cq73feXiNjXRlS+NiT+jm2vJsf2CmlM'
    'PGN/EvumiH1TaNb4RMUa0/U5HnROkOaS9RzNaPUg2hLtOk1pe8ojqWjG2J9G7E8j9qcR+9OI/WnE/jRifxqxP43Yn0bsTyP2pxH7'
    '06i0P42g7/yupPowvSuRbY1eN3XuRIp0TF/l7z5s+vPzvGtXYksfUJq0atzdC7imdZAvRe6DZhF4K97lj6vr49+RjlkWUgYU89ox'
    'rx3z2jGvHfPaMa8d89oxrx3z2jGvHfPaMa89Gb4ra0l55J95rMw868cOhruPBv02it9Vfk3C+gFSxczBO2rkk3NkTgcs4IXHzjpZ'
    'uHE/Ry3qGdXUJ+nuNuHvA4b6jbL1g5LX6I2gPICvdwvgbrrezUJtF78toM1ewvfNE14fAOX4neIx2nmbqhhKJjq63B+CTblyYJj7'
    '9qHzuV2xThm2TrTu+5CuXqCeA9PzOQ0/3VmqwhULCa6gcTIxvtgFaQemUqKU5qc6JWtYGV7HmT5xslDvbyZ8TzAcMEOzH7l/Fx2e'
    'Qjpf7tm5wjzOL491j3+fwmK84xjXpv33K65PlshiNne4cjIu86xmed4J6Uc6vLJPWb6oG9Onx63PQfn/hPRBSC/t8/YxA/NO5UWX'
    'd+vlsvJbUVNxQ2kMMfrtjntLY4jRum++yzsm/FZ9VzDsZDWwo4tfOkzObZznz17tpKdDf3+1o5TXoXlOY3n4muv6NhvODy6DpXOZ'
    '+aiTvnqHd74euhfi792hgIE+mLdt3j5lGK1AcQW2sRnG9J4e/Tpjnn/o8fYNvyVu8vZN1knL+a1ljc9aFuWdABe/fVdpe7QvN17q'
    'pL8Y0MPVzXeZ7Vdq69P2Tafsnh/o5wjzfOBHrm4YfpPlZPrMUy5OqleUk+kjmjKNPmU+tFJdRne2mshrbtpvx8OX2LzZMr3Ti6VP'
    'qRnx0GrjoDhux+TzMx/v2yQuOp3hIn727N7rpN/5jpPevd/1m1RP4KN47/YM4M+HnPTgPidd/ZhTZi7R/6TfeDscxmcdgPq/DHco'
    'u0thfu1jahhvsYTz33zNSa/dY1fu/bAHVz8XrUx47ng4OV8NAQxTe0CTvmZEqc0s9fe03IfGTEG5KOIX5ggMXU7krUX+nslf7/fJ'
    'eyHL+ylyDvK8wwHt3E3aeROk6K+th+W9neTFPqDfy16WdwfZh2+AdIjluYHsE55nRNH/RtIO7cOFpA6/GJSoi36MKLWtxDFsDyhP'
    '7axV4w9qexWRV1/IeLYt7G+sN0/qR1kPrsH5rGw33q1C3jnk7D6XlEF5fI7BzLnCSzPOT3tTiq/SuD+FG6sXbWoR/nGv4HygDAXv'
    'I9F3G/dTQHUtEmQP47e1xMpoLdS3EP4+Vnj9WfJ48sjrUto6b8mDc9/kWwh/1wg6Hy0GeSlewjk7m8zVMWTdz4FyN2nanKlok/tK'
    '7jVok/uMqCI6C37rINfpQ0RGz/fESQp82M/gHmEax7RVkRf3RhfbI5tJ3m6GV3rJXkdblnrWNt+DA6S9RtgvtayfeVami9iyNDIZ'
    'TA/Dce9guA7lmGeQvt2owFWqvi0jvC/HIVtYOwNs/kZZXXPInT/lOXNsbrmfSFwjen6vBHscDlsoP04EwAriFOo/jtuy0/ISPmcC'
    'PCcIbNvCchR9amJ0CvV7VHibkvccursO5LvnKGhdFV5qJf/G9qhu0Vq2zxMKmlM3Xt0cyrW8J+HibL85vDvhwJBuXdIELmT/TXz2'
    '29C7bwO6++v7/Pl2zhdXAf2+9ykvTz4KPMR9T6ppeRzbNugXvqvBedEwjxhzKz2tb4ozifHHx++iDOZPpV+UdivO0t/QuDOg9CvC'
    'MWQsPD9NCdtnF+7F0XhNp9Wa4r69RbFvc9N4jTPw+OfKJsb/WOK9bNf4ZKzxLfo1NvW9FLSvd8ZrfkStOe77DYp9H/ueTCTE6tdd'
    'QmrEugZPAE6O/X1O/Jyb0ak+ayBdZ2amt05jB9NpXMycJlk/LX4fa6x1Ir1PXQffV6Pxmk6rNcV928D2bbUgijE+DXlkEgH5dT5k'
    '/e6FTlTctaj0fFqF6zcSefkqdl/DZcm290HbWR9s9kOIC+GJCZ2dVnFhZfhRXRxOf9v0dtjah1+T+Rc/+6ATfe78YnrPByZWlrOA'
    'VZcG5YjpvYmfcx4zqU8B/2H0YKbZ2qQMuFbfJxket5Xsj954TabUmuC+adLRXR3FHbtLd/7VkbWtD1EuiO5Ldoo7g2Cq1iI/xxc+'
    '7e6ybNc3P/VHh/YBfM5uS+rZYjpnNnoHOD7UOavU+Ez1DVQ2McPsnn9IqOP2HiVcO5IeET6e5agoXydzjSW93kz0Lerh+yxhFxNK'
    'B7vTYW2XAssZtHY85jKPJ4l+K01j1HJdmjHhtcuZDrBC6SLZ/uF7Bqcip1GTFY4FGXQ8H/500fRbkzh+Z/Aa3VaeiNEqfmcQ3vTD'
    'd8mY5yjhOSq5t5IG4rOYD5x6a5ITbvyidAh+QyVLl2V+LtQx92zWNzW91jtd7noHqRhEAQ9poIkRNjbBOm602LfTfB0TGp69KrIz'
    '8NPB9w82e7T4d+Efd6n25GH3qAK3JFPpSehJk43wrclYNOcZqd/dJNpGJTvc72lyjVsufpd/S/39G1i7Lz7spH9hGfcrpqcVuKQ8'
    'MAykp1Vn9vSRC8R0crwmlV+TVpAjUjzWG9NEEycX+LTZeRmF3KD0/jiZOpIfnFtu5xU+WrD9491r8ZpM9poE6u359E+ptxeQ309v'
    'r57dUaHOXSPTvduguCfV3n+nin9/UUWyVzH9rPoQ5fzG8wk2no9CuRojnVcpachk8e/ctDplqorT/Oc/LoZOXQ2/wsTusuG9T3nC'
    'CtIbA3OkxN7M3vc7/76evG/XUhJ6XjA7/rI/698ZQMvMKM7NYh2ryc9BHhMC38m71L2F3/qkC+cZxfvA8zMEXpksn60WxVIi4mc8'
    '0ifg/IzXZNLXBPfNXYp9A2dJAZcnYcHSgUpfmazPXOWmzBoF4+lkckJWyrYO25a9X23Kqb83KujiO2OYiWHGAmYQ73SJ2F5gMnTX'
    'q2D+cf9eF8/9pMw9l/9wX9Gt8J7yYehX7ESgg5cLN2ZPA9P96yT3NrSOLMnPbXlmEx1A9Hu6IkQ9LQH8ZTOri+sZmvj1wfrrGB6Z'
    'FcB74zwG5eP9z7F1SbN1MamPzqeJXqttX7uhniTUOyve25Hp9gXpPnCbhA2wbvH8T/z8Uxl8QnP3jD70MEZZluwb7nuyjuWj+HFR'
    'e/gYaX736hin8NoI7hZGNHgh1oma+jpRHK8MEbwSr9/htX6m+OYoQ3zjh5cWVhgvVY+Xj5eqFbQb+sO9hcB8VvON02hJ4cZgqCF/'
    'U9kx+prkdGSarDe910mxex3ur/Kg/M7mCvOhL0uUWf+rz91LCuDj+lhHSc2X7Xp9m8K9gtWdi5zrdNAtC9r5qeCX7oHlkM5od7+p'
    'dNtM9JTlGvvFA2qE8xt5P3Qt0UP2YyPohswVpbZlaPOGtnDor3lEmMdson6XZTvrC7+LYD/VMz7FhDc93PlaW1xnCgf9Eej0TLNH'
    'c59id9T7bnqDqhoB318k7GIVoH9b7mN6KfmGvqMxThWNF4M+tzEWXBv5lhel/r1nKb5hnQ2K9kaZ7m0TnGMqWsFERsH9EFE/6uXW'
    'w/fO+xRy4yonQ1J/P56eIqrm2UpUmjPPah37s6WqeJoc771DMBCGmpHeVaUZq+xpdHofdVsMEzFMKO6bOK9RjB8GcfBe7fDSePyb'
    'nzy7i+G3Eto9hK7DNHoCL0aj0I1OKPSAkI+LbdsJD9UZfiFjfwPTc01s/ImcZJE/B7wclcVUCf+4ZBkolxSlcd9k7DmUZb1LuHHG'
    'aWxP+W2b8Mb93MjyDJI8ecYfY9yZvHBjiY8JM58ustyVwvUBw+Mrjwl1LFvOi6viZZ8r3JhEPIbytoDyTXCl3QjrNz9kPeXE+8a4'
    'wVQGweNl92vWFA8QycPPC3EXUhKfE+IJ/m53aRwSGuuqm7Ubhuf302kV/1io46cuPswo3qvikLbDGKrGXTkQp1n4t2ayxxtgTPPZ'
    'vTLC6xL4t6yDynabFTLg6nFX9iSEN6ZNlSiNC7SY4JzFYnr44lLF+lnDvmE8n5kwVwkisysHpio9x9PVJ1bQmtnUUcm1zVqsLeI2'
    'jKP6hCLG0t0QY+m7e8r3KXZWyLlaHPFcpQlrqIsxujTE+HbDXDVBHOUXH7Ur3/hN8/z83LFph8bUKncOKS+rk9U1KngthNc0g9er'
    'Cbxezc4hHmPuWnbOoM4DwrqqDIehoP2j64/f/jnJZ/8sJncWrzzgpB9/BPbHj7wxJ2ndKjqExgX85NNQ33e9cQF3Qj/+A9r6PMRS'
    '3vPs5O/ra9n6lXsnTO/GrxaldE2O3M9czWBE1x85PzOEG0N2cYBsuobNzxIRHNczS/YHhznaVloj76b9Vd1t411RTrFPEObmkbmw'
    'Wf8wffS720I9VoxRyWOMq+LLboM6v0NovEFCY/jxGbQ+pEdugPoeAro3iE9aRGgVm7lbhfwqSWW7HyHrs5HQNkHjQDrnPcKJXYnz'
    'EEQ/bWZp3oBn3aRYD5y/m8j912xW95DBOEx45v9G7q05DzhI6EqMH20yd7xsI6zJ0eSsNeEP+F16UJlBch83g/VnVKhjCuvkBFs0'
    'tG6W6PzgBcZ84cbflO9fIPAp+/w8lJlRfJlMpTPZ159cNluF/67O1tRm6+ob8Glsapikp1n+r6USNRcn5pUibfBKqQ3LrmI8tvud'
    '5y1v+VIx/eGSlQsuXrr80l+uv+wtX7///iXw+U8fuf1+E4udb9zy7cUJkf514Z+3yKqH5rgYxWnrv5x27r/iR/eTR67crkgt/zp/'
    'amIntFf3tRX/ut/zvPRt+te4GN9b+Mn/v2VcjlMU/ztY+O/Xxf8Xnm+//CrUPD7+B097FldXAc/1infF9tsNChtpF6ktpSYrPk9R'
    '70+o4wGvILiDnsULFbw7xVc01rsKB9vKBYJkhf8EfLXJmR90FtC49UF97tLIZ3vJuKkMZcRwTEHj/WvhOJ7Ryaxp21sNx0HLmKyr'
    '7MdOgLMoZdd4Z9AI8zhDIeNVzW2QfOpSgNug9e/X9N92HLwPlC7YLNzY8c0+9wqoS0a/b2T03tFA74WVtZv005ae8JMZ0PIqndXp'
    'rpcaeLcnHJ8y7MS4xez0CvaPo5Pj0DVV6Vqa2JNhHbyNFOFDf8/gx4SXtrm3saH3ezT3Sr3Cq8/uVyfeM36J4KUthrS/DleGaf8O'
    'wheZth+mnRsIb8fxLpW/h6n77QTn95dZ1/kAtyo+dXvIOk8mY9/G4ClP8GaYuo8mvPsWDWxSnjBMG7a6miqabIjsYVnnW5LOXFdi'
    'P6OuadXTrrwK3932LefdXCLfeh7km+ndrvwuQ2ShqN+K71474L37aNvtpD98MpwtTLF9qLehUPiSCs/Ns9td2MR32cucd8vJuOQ7'
    'mX7qL5xvi8i3xmuc9Pd5d57x23kbnfQj97p3dNjOkrd55/nnee8891/hneeVd5fWmyTyz4ug/3+bcOxmkJale2LEAo5t599EX7vV'
    '4qzZzPDjIMNLeSYPOpPcg5Z7ltB6F0K9pjShaX8byZ3xqA8vR8vgest/r0s4PFzQOAcY/b+d/d01iTDhl4/apBRpqMI/TtHIMHsY'
    'HTDVx/Ij4NnoWF44TPr+P0CeXQn8gPcRa9NOuhrSsyB9Q9qB9yrEs2k419qc9PY2d3+0Ef2y86F8R7p0v5wL5d9DyqG/C5rvVMh3'
    'a5u7r2SfTM+6hhDzQcfdAenpmnHw/jWCfGc+oTuoXljeAp9xGbqKLqS0zXyYe9ruJoIbTdql+GlQcX9F2zO9G6PznvS5dztBMJ+l'
    'nVClRmkc600G1GtDp1Szs4TS9Y2ga5gj3+h8LFXoZ25heY4leYY1eZBWprKVFSQv/k3vz6m8SZeXr1eO6e9xv6uqueTl5HwGlQsr'
    'F9bx5qb3uDYxE8rR2w6p5Z2a0rKdg1HdUjSFMgKx0dUwwS0clmoYLKUNdAJWCHPfK6b9qlS9Kn2xFSHuW06yXIsb4N94jpfGp0oe'
    'No+Fu/C0jX/GhBhPqeSmCpOiXbY7Lczdqcp/Ybn6dvXx3jLaKxPtJ8DGL8CKCOFBMHgwlRdRHwPdIvYdoj2r7yn+v909bO1QR5Cd'
    'lYmPhzCywGWEb8F3Z8K7OeTdIuHqkdYTWpna/A9C2stoadreThFORlqJMV+qGPOFijGfr+j/eSHmYZWizFhAmcWAJ2gZ9L8wyvLO'
    'g7mgeTl/OlORJ8/y1CrySFmEiu+czPW7XrF+VyvW763k3SOKtf/QSu/aS9tsvvYnadZepU8YtPY6Wanf2nMdC7+1X2yw9osN1n5x'
    'BdY+Z7n2TSDPycH9XBPw8NRP0nK418mQ+lKk/HKWng1juUw49y2or+Qnn8kRPn+UyZQGmJ4F+ibhNmRB8urhANsxKs/hNgtnk/Ge'
    'HTAfawlMLwpxX3V2Bc8kxLH/j7yb2e68e4W8mwHvXiZ0Wztb53ao6yVFnuPaS/O8AHuUyrT8+izL/FDepxG8ZDPeFgs5JNfb2gjt'
    'f4Xcf49odIOG2HeVbFPW9UmiJ9ajKWuqk6Zq3+9OiML8DiILpzpypvrUQ2xcGxU6T0F63UFt8TYuIrpZY2z8vQb6fyizPoaVHSP6'
    '5IhnytHd6te0PQ/0CUzXNB9C73GA4QwTOXbaEo+o+MJlIrw990pIzxDe++iTmS1G0kf+qno3G2yiwshKdX4CTevgtu4TNeYWUZ69'
    'u8qv3aiIY/OW6feSCYqj5V1N14bqBdicwTrckbLEHX5+DqisyNa/gZ9fg6jtaqOG/2n+JNXwb/EYlJ0oHrmJ3fWW217CsnzGsnzs'
    'i9gHJ7e/Pq0hfBG3GskT6bm+hqRh9D6bCU1zM5RHnr0L1vhaEcermIx1ngPrguvG71/4vcZy8k345OU+jJoDzqow+GFtAA/FbZGC'
    '+ESVLRDnsUx5LconY792WPCOg0xm9FCjs/9UPPKIBW/6CwWv3mRha2DCJ9P6DrK/N/no+Bd9qDU68lBun0Tns99nfVV9CMsvq9bQ'
    'hKd9memmntfo6mf68fsTPZZRS3gs0uCF/52jkHOY+HM31TvuYnLTAY1+7kTLQb7f4MLmGOubyVxSOwyuZ0x1m/uEnYxJNXdbfORo'
    '1JbxEw0uXtmhGRu33dyh0UfsYvrpXO+7K4L1CZqXvEKeWfQhQcb5pzLWrksz5p4yx0zntRxcc0JhnG+Cd+cwXdizQRf23W3eueT6'
    'vrL8maBTuyptpvOLeTFV2WvzPsi8K4kus2l/T4ZvuzT9pX1aTd7LOfrXekfup5JZbmG4pIvB05jiTo/Cg043mO+NfoO1xTPx4XpH'
    '7lYp2I0SZv8d0p8xPHNrvSMXLJfGoP3Pa9ZgQJjHFxnUnLP8zu7Sekd/mNoO8TX+veIexg8H25zZ/QE4F/21nEDmeariY7/+/6Gu'
    'lP4z2SO2evMTTTfsq3PupE3PVBU8vhhwTzai0RtA/0OfqXP6H+X+s6Ht/fbWjjqHrww6YzoMbVwwL23zHGInQ8+cM9kZsYbZlbyR'
    'fV8NZ8hFhT4vmAAaoFeDu/Ps3mzJBPdHR8NifzKT3B8+Py/UCnGBCKYvTGCr04Iu6iBwZVo/wlpnmfRQhyFdJefnL2td/FAJfkQl'
    'kzGxzyzGH5ugvg2F6Nuba73+cyZy/+O5uWSC+jEU0I9crevnDvf7A/PV/na473XMN6o5L/5E6pVt/UdNqVzFVH8qjOxks7D3CRVU'
    'D+XbHq1xYdzGL1CPBT+RF2rf+4MBNNk9NS6/NCDM/WGOKmSLdD+arNlGi3EhvbWxxqXVpyqvUdTpIfNaqbnpiRDXNREYrYR8vJwz'
    '4lD1xPQtzLztq3ZpocnmHYs+36odXTKZ/+gGJz0e0pWQzm1Qf18NaQ7ShZBeAOnJkC5l+Wc2OG3fUu3F62FwSVg9ug3VlZGlm57T'
    '51S4/SA6+JhJah/HL42RF04CH077xO80/qnK0XdrAvkp3QdzIJ0N6SoG752QtkF6HKTnQjqf7Z8LYB98q8o9o6ay3PwjZL1saCxe'
    'H5en9vvIV4N8Ng9WOdH/wugARy2venOVG9MojD/HvOauK6jd5VWuTGky5DnF+O9Vjo1AkHzfRvYyUfzuv+QcPqWo08D2/NFsb8+E'
    'dFbIM2+fT1vzNW3NDtnW35C2wuAmWu5YSE9n35dDW3fmXNifKBlYcf9PcLt4h3FJzsU7NjYHKlxoWlbHLy7Ple7/SvAOhwLktnU5'
    'x58Nt+ewtVsxpR1+nXXnf7L1IJ7Our4bw9Ciuns4Wff/jLBu3u9PZZ2/pyLOLur/ZB2dNIqnEpC+CdJ1kCZD4sjrsi7cVlrWWdT/'
    'maD2EE8tUrRXSbxYQ9rrZvDYpaED8yHwJ+6PX2Zc3BclTWpDgz5N+jAZ8jrZh92Zyp8BPQFrf8ck9IHD+6aM65t3kO2vgxrdseaE'
    'k6YS6vvSt2Rc/8dhzjZTfHxmxnuGVkqmVuT/J6g9XJsUgY9yzuwdZfCw/5b2rmWYPgTRQwfSzrltc3aZ0toPkbrPY/T7UsafXGhZ'
    '939Pu7alUdHTQfvkEMzZO9OujXI590Wyrv6I1rkngP+4uMLt4N45NT15Nr+zyLrcxNr+guaeDvv0ufnMNy+pyw/vmtz5/Srl2MdN'
    'pk5hkGzhyZQLH50aP6VrWb1vCtHO7pRrV66LRRyEsz6RcmSfEyVLK8ZQT7mxXqKWmRXv/1IuvHF/0aZ6VFjX5WR+Jur+8jTS5kTo'
    '2BftgAgsDfvQxX6wVJXSx/AZUPAFpj4XcF5+nXTrXx2wn84KsZ/+MenoUEwmbiny/0kHfilvi/dtNvcTsq7PJd2Yo9dAbNfbD5T6'
    'OvnOd5x0+KvgO2p/aVzXe5J6PJM3vHe7NenaQofx26E7IzcnXX2TSsrBivI/0hYf/1ZRvt0Una9VyfJ9hixIeuNUcT3/IFg/3ULH'
    'zWSPycCHzaK8u7NfJlwfWEHwyOHlp4ny/MfwOf77hDe2a9h7ORVcjGnafYCMo1z+tKj/p6gvLI8k67udrBHfw9uFPs6qLLOVlLWB'
    'fVmmD8ra3uvIMlf5lPW7p5Fl3pRwY1b0BsjeUJ69lpQxsXUsxgVPuL7DTHDXgGa95yXC+ZgaZPXUJly/Z340aCMY7tYa2OzKvL8T'
    'wXlxzV8CG+ao9cdl3T8QbvzzX64H3zd5N76NTH8LMWcOkLzPXO6kqevcODYyPaYP7v998vJ6H1bkPWeHOu/fKPL2v1/dh0/65OX1'
    'fpjk/S3E8HlQMw/v9cnL4/+8k+SVCECmDVd4yzYCDuB579ygzptX5D3vZnXet5O8ech796B6bOtJ3p1b4Vxarx7bOkVeXDee9wxF'
    'XlwLnncFydvxZSfdvRdgGGi3hXucvMeTvJ953EkP7lbHt2oleYNownqSl9OVrVDvrANqn15BfrxMbP9zDOehrIH6rcizb7Z+K9Lk'
    'b4yJIGnYcwFm5L/3SntCUoaPrSnk2FR+5JqEN34Fx8fUV+KikOO25f35uWEz1vOF3oehydlWTlxdm3gz3OfhFg2vPGjI7wfF5b0d'
    '1m+i5yaoXxsAV5nSrd1l6qX1WoxjJKK5l/O+IIQcV+cj0i829IhBfzj+pLFyJdwGxcrNhsBBx1rwrMMhZILcznqE0XTd1a7su9dw'
    'DaJq+w3Vrvx2o4LPV8kLTe6zRxgvuoS0w2M5bY1wPI3QTpj19GuH+4j9XVVl2uHj+ecqBzZM24kSLr9pOcbRkGP8bJUrw+7V8Iam'
    '63JXGXXxfu2scmWwvYY41aavvT593WFZ16Vl1MX36tls3LZnQtC8LlL09VDIumaQvnL81a0p22WohyTrfzUXXL/OX0bQGS3r/1nO'
    'nYsw9aOMqeizh9SlwrE28PStMuria3R/BHXhenwsZxc/dtSy/ltyXnyr8hfD71pM5CzrmX4h3pdeCPKX6yeh7fXQ9rk5V97P9fZM'
    '4zWa5C3u/5wr7w+C+bxmnWZZ1KHaN7KOdM69p9HRPiPC7u63KLPPeus9FEG9/0jq7dPozQ2GwHH7SL2bNDx3GJpvt0G9YXDmR7Pu'
    '2tvUS3Hl7QZ92xpijYYU9Y4Jc9n1gEYP9G1kzEMavaWhAJx+QYg6OC4/3aCOsaDzX1HHZsuxzFLUMWo5lrSijjHDsSCMv5xxfRHw'
    'eLyqe/BTWAxjv7tKG9n9MxlvfHLVvcAqje8X3Zn0WMT14nnzhYyj9xF0J7smwvP1/RPYJo5zc8bFB+s0vlRUcMJ1qc5kY3lLxPVi'
    'f8/JuHfWCXYnjX83MNuDNNG9LMrsSR14l7gA0iWQtgfUMS/j3tFyesTm7hf3abWivmGLs5jr//wu7a1vLCTdVPTZQ+oz0W0a0/hb'
    'wPE+nXbvlW3OSFnmbxVlX9TQGRwvf4WMY0DT1wEL2uQTpL4tZdqVyPrel3Z1uiYaXxfv7Mnc4h48J+31taTa81eFKIv7+k1kHoN0'
    'V0xw6aqI6sP+HUvqW6/RsfGzqeL9q4+oPuzfH1PuvdSxDWr8qMNlL5GyXE99CSt7HNF1K8r/Uq4ORJeCFjH1y/GUop7hEPU8oqhn'
    'a4h6vpBy9UHyPjiF7t2PkzKbhNp/bz+32SH9VZUxxRvbfdoe1LQ94NP2oEXbbydtcxzI52oHlLnIp8yIQu9Gluk0KMP5klMMyuzg'
    'NnsGZf6dlZE6u7if16a9e9WWXs6kXJ2bLh8eQOb9U1Kf91WW91ckrx/vL/O+SPL68aAy70+SbhweW76yuP9Dln/dZ5emvMk+kuXv'
    'U4yV713kzf/aJy/3K/URn34NGvTrPaT8lhCykxs15U3vO3vIWLdodAexrasUeV/U7X/oV5j7KVn+LNIW6p9frKFLTjbIi+foCT55'
    'z2L1thnkxXqbky6uDYsfUGd3dgVksLLuXyS8Oi3dDCf8VJGnj8HBcz55cP2e9skzBnmeUOQZZv15TJFnjOmwPqzIw3HdfSSP6l5O'
    '5vm0Tx6E648lnPt+m7spWe4DiroPsTy7SJ68Bt9sI3lUcueizw6fPIjP8yRPn8bm+RoyVlOesGizR+pWnSsyz58p8oyxM2OtTx6s'
    '5xSSZ0ADH0tJHhUPV6T/yVhN8XDx/s+nboS9Gp88eOYkFO3nDdp/WXjrfpG1/xLJo7r/wpi71T5y1aL8X5FnM8vzD4o8oyzPk4o8'
    'nOb5FujV2JwfGIfXphy29xnhzr8pX148/8lYVDyxzPNBRZ+CZJjF+39St+pca4SxVfucUY2wd6o1Z9MZkKfLJw+O4yqfPHgOrifz'
    'aMqXN4Ke56wIZaOyzmWKeQ86S2W5+WQMprJN5K8bLHl+rjPKY+auEKUxaYP0yVSxXk1jtprUHccHZHHjPi0EUT8WdjFbW41jtgat'
    'TSOc/9fH66ReJ1HOOgmj+H6m8W9N9hnii52o9z9uBw9ToQ+2urPJEH0MwnUpguvmWPQdx22z/44O0cYjlm1wGMtB3hT8qpgdRVrx'
    'TreuunZtY9M2+MBhVOXxnJTjxzjmGBc6JUrjQlehzTzASRPo1tN5/Vjhd68SdyaP6Afx2385W+j1Z3z8lltwX5PnHBHiaSVrjrBg'
    'unZ+NJOUo8xj35Yb2heV06cWhS2BH77D/sv+XsHos5M1Y1xMxl8P/64jY+Px0GWZs1gdZxE7NFo+qyhPyy0RdrHkj4F1iKKvpm3S'
    'eLhpUq4e1kK2J3YL8bkfm+Oa2YCv6fpUafBmo1P96zYH3KZpmMlYTX2OqHzM30Ps0O6Ddx+CdzLfswtA/wTmAeEH+4VrWtQ/hbWi'
    'dn8rIT1DYfd3MtpGsnlXnc2qdzHdGkC3DgeSnj5PcAhrvld0uCqtOHdPhbXvhnS7JW2oy1dP8s2GH9JyUdePuPrshCNvRByVJHQE'
    'nhVdIAeW/z4o6zVsj9OstQQf+Z2teA71sHqvi/dIyR7Zdb0o50kG7aAGBo83EzozXvcjY91bYO07yLtmH7ndsgjkdq3QrgCZZD3h'
    'a4rlLtGfDbz/zSFo0yoyLgmox8EczGH22v0a/edhQl9ifj+5PM7dGuin/PdJJKW+EGT92xQp0v9+8hgVD4n0U9vJTtmrGa0k09cO'
    'lNJKl5E8VeOlearHQe8N7Hvlu0sgvSIiWW+anPC68w319dDH2XpFaiN/mEXqmp/2pmFkGaZ0fRD/1GxZXzNJkwAHwzB/A7APM0a4'
    'NpVIpKc5HbqMYxg7OXddGbhY9aTqOjN7CwxNJ6FjPwD4Cdc64SPTagJeTLeHOKyOAGyY1E33QMpHTkllcSsIHyYM+5UB/GIrk21g'
    '+aKQtYTxJxOGr8R2kvDTzS31f0PLN1vSbc3wXifLbob3Qf4gOI6aS/Lz+hIWOIzC0CJIs+N2eJDKgDBfltAQKDejNHAzqRfhwLae'
    'FgJDrcBfJaHMCbEcVimHVfENCjS6KwxB7Hc3k6owHBfxwVVwh36Ngwf8ZGt83zXC9xq2J5YxeaLJPV0lx9j6QSfN7Jq+Y3zwjuk/'
    'RvQFd/f+yRljZgLGiD7rXntsaox5ItY1Db73vv/k1Boj9VXXzXQHa4le1qjwxhrg9I8NvaaCu1pCB9L+zRLB/oH9YlRz++iFws7X'
    'Rt6yfipLCMqrmj9OC68J4AvoPObYOuvoS5Xegh/di/0wpZPl2P5b4XcBKZOGnx/fgndoy0E2w+lNU/4oOQXa8eNrwvh0pHKIGiif'
    'Drh7bLakv+b66NbUKPBE2P3eqGm3BlTfkgo+5MWH3Tm0lccIxiOir9UnnnL60kK+3Q24+rt7SvGgfPfKA0768UcA9/7IHw+anA02'
    'd9Ct8Lf890yYH8SRWFeTgmfNaOSVCQKj8T2pVz513GXiTkD97caXn+5znAlvxGWPKbImfveGVMcE7xBVcgo/GbVqzaf7uprodPrd'
    'ofkLHOXsBusl9bC9Ht/BTe7dK+rDpC1ljngubIW0S5T6qz464c0zxPK0JNyzB2lZpA9rFd/Qv36a1E3LNRFbp1eFPg/a8fxf4W3j'
    'HfDt/5BvA6xvLyq+Yd/+RVEn2nE9R/rULdQ+wJ8m5bvYmKSdzxMx7opxV4y7jPWskrBGKrqihtEV4uLC2n7K+XdnR+HfHcG0ZBLv'
    'CBT1N0VUf5rVr+WBoP6gOjMKXnkT0T+oB1w3C9pKx/Cdgqm6xFoh0NzspdOEZpZn9ucUth3C4MxGnYyzYf+0kXfzQb9iNnn3mHB5'
    'RHy3pt0bQwPvyTAOJsbWPDOkXkIMj4cPPLZYrus7mJypN15Tvqadk72mputpc768A/BAXYh1n0qPxRVzyo5+HU9J+lV/F61/xkM8'
    'jT7rPhnyWISNbIBdCcJSAs6fGJbUsBRWZyEqWIqEnmUwZGpLYVNnObJ0en9b9NFE+PtHn3XSuh+49588rlo7xDS7bb+6PhpXbd5u'
    'tx5VXhpX7Sao79Rn1HlpXLWdD4E/18e997WNhJ8p5v0e3F/DHcABuJf4/L7S+Gr03uDr0IeD+0rrDXtvMBt02QTTNdXp4ck2TyR3'
    'XisUvGQTHIy2+lY2elorWJ9TlrST335Kkv3URGhmEzsbP/3fHOBa2kd+79fI1mYB02WvlJ2e6by1MN4H7fmahNeer1YE2/PZ8jI5'
    'mC/Tu+BG+JvrSTQodB0a4W56tcUaTcSamNqSmcyFn15HhsH91Yr5DtIZputOzwl6r0T7Idu51vIsMr0PPZ7dc2L+HNEnriN56b5r'
    'J2WaJ7Dt5hB8oG7uciHnTo7/vYrxUzuEcnSkuY5zkA6IzbyPXmfHP5vqX5i2X9VnN8/HKHS5qa7CYmK/E6TjodPdR5v16nF3/jOW'
    'MEbhMoY3d73XPTS58PbDJ49ceMM6clDIFu5kne8h/HGWnHs4F1hfN5SpgrP8WiI/jfX/k0nkXQtz9Ir+9q98/X+6TtcymyQbmxSV'
    'LaK9XZ2UMk5fwzoQPjaFkJkaCU9VTwoWptNEuAp4/vykG0/lakv8eS3UcVrS5WNoHSkRbCcqfTa3MT6H6xjfIMx9ivOyvYxnqk06'
    'PlAqZdussmv+ZcLcrvlnCacf8X2E8j6iDH8pgXsisG5bnqIYsy3h6oWuUKRh6nx7wtmzJmd2o6aONxVerCJ1qPbORuEfm1mlr99P'
    '9PRxT5vSQVjO1CaAy0NmJhx7fNUc4n5UfdPp59vWgz6bx4BeHNbQy3Wxrq+f7lQl7xyt1h/9abxLOP4UUZ83J7w+6TeKUl/V3cL1'
    'e8b3FY8DmBfmMR0uBNsZlW93fo5t1+wp1bmpi3+VN+iT/D5DeH39U3udYeGNY6OKpTZTeP3kb2T2OtQmqpfV3xVSNkpxo07OVx2S'
    'R5fwciukdaSf3DYFfbgnFOMcEuqYAbb2KzlRGvPMJEaLDmbpvZBqbcdEqa/6FYp1477yFwovrZRn6WbIO1d4Y/3weaI2c9wubLtQ'
    '27KNhJxbv7gaDyQd/3t0nrqENy65TVs0XoIKlrqEvf+GKGADx3yuD2yMsP16mgI2/pPlWQ79M6UPOE4bZPXNEcFxGVT4rlaB/3/D'
    'xk7vRVYkHaadzsMLIdd6yxRd6zdarPWZwi7OykSu/0sh13/QZ/2/XCj7cWEWT4uemdvZ310R44f8JMEMnh2XEvzdr6GRuK3uOuGN'
    '36U7b+TZdHRIeDEdG/ZrvnBtpOlZ5FdPEJyhfF4VY4fC11EJxz8SjY1E954NzOQtx07zbiE2LZNJk6wzxBOjQh3/rZfV1yG8Nvg8'
    'xtAJBJa3CXWsHW63b0K/dIlSf8D1Qh/Xr19Dv6DP4DtgrpEvwTgvq1ncszdYxDx8A8RVeRvBpeen1bF2eHwWWe7NwhtLzi9+Do/j'
    'dqYojRWriufiV9+ZJK4OriOP9bYqHRxnBmPCvDFd6ksP4wn5xb7x62tYOvQsFsPndM2amLQX9g49UQa/dH0I+ch0l5cUhSNNXKJh'
    'fh1k4ogPefAo4i5EBUeijLvxTgZX3J5xlPAf+G2MnGeNIO9Dna2D8G4pyX+QnDGo01jP2kF56AB7j2WOIm3sFKU+aFDXD33Q4LsZ'
    'YP9CdcqWKezRbObr8hB37h7/x52wdAl/OXpUugSt4vXAP8V5UPRH+Omz27ZVQwSNVE8LfQGEsUcx9TFos5atRI9Szk9Th8sHoLxd'
    '7vXmDvfv5g47fUZdv6tC9pvqNq8SExergMYPqUR+GisjKj+ZWfiZ6Cw2E7j4oEYn4AqCq6gOkc2crLHIP5vdT9mWbyH6SbMBllXj'
    'WkFwo41eji3uPEWhH0Rx89sJr7CQ9fFEptNtOgemvqqCYJPCCeobtYhgX0W2+5rinyzR4VT5dDOx/UkKfx9xKUvcniX5aN+i0I0P'
    'i8dv1MxjFxlz7FN1cnyq2sBqguAsrpv5l5c66THbXF0a/PbyW530ghHvGXHmmJP+wyVqvU1uB4F4SZZ5tcPVI6h0X3IhdRlt7DpN'
    '91MbydfMdPYpDrgEzpRrmc5TGD1MFZ6+msAQ4tpe4Y0F0b5Zr8Kish9awWCsicmLhgPkwVSudT2RfQ0z2RTmuVLYxRLfKNz4Cbq7'
    'vm52n3426Uc3k5lhnlXCLD70VoXsrkl4Y8ybjmM2kf2OGpZTzf9GofdpPhvkSap9fE4ATNazchkfmLw2ovMuEQGdYEKjqWjIFZY0'
    'nq3dH7Xza2I6gjwOUPFwWaw/P+j6NrNzRad/yGEqQfZFFLi1LgLerd5iDWx1HcLSiTnh6n6OBugs6GzKbHRCG0F3dUkIPbphxVyY'
    '3GOF6eMFmj7SfgwoeBqqt4Hy7iDcZ3K/znkRyjurbAa3KO7wuQ5ImHkpJ64Epan4OvK7vVHN3THSTWHiTNVrdJiaI9jbzZp1GNTc'
    'kfWwO6xV5N5L50+6h+ntLCb3MmHuaweInHWmKPUpvbyM+qLASecLvX9vlMfQvdfI5mosAKfhfeASMvZtwty+VqWnyO+4dHiD64Do'
    '6lLt+f8AfQydjDWOozf1fHi+k8iJEA/a4K94naf+OuO51BLBOVnFzkmu77CC8JYmPBnqdrWDTg73lU71qcKeI1wni/aXzkW1xVzM'
    'hrsAOjc1UL6Z6MjUQzkaU5v7E6kRdjFzue5AGN2hZqCv+L3xRPk/QR6c2kHXCTu/KMvZeOqFvU+5oBhqYXmyKO7T6gx1LtEf41wC'
    '4xTmezQ6ejyfSTth6SedD/a9wvF7HJ8bU5M++DLRJ6FyFFM9weF47Q9bH8nLhd7H+iKh939+jAj2sX4U0blR5VH5R68Wer/unKaJ'
    'Qq5WEwEOrxZ62y+qu2Wq+9ql4M9UeBnx+my4u+Z8rEqPdkCY2Z3Z8p+9jC/G9ZF9O1YhIze1M+iz6EuXgh6ksnWVLKPHUAYWJJuK'
    'wseTCqYGFLKYos/lpD4P7t9qkmerph4JKDlFHvntjwn3DsYEJrhNyaGQ5bH9nyRcmlo1D6rYYy8YyDL/zqfefBn1PpBw+ZutAf3l'
    'MLuF8EVB83SIyS3v8ml3pILt3kDajape2lcd7F+ecPgynkdl2zqmwFM8v6ltg0pOZnp3wO0YjyNjGD1Mx/Ab4ElM++pXPx33Vo08'
    '8kfkTtdmbvzq3EvkpXnNXB1S4DeVjcsDwvG1yG3PTO+gewxlKXRcXMY7oDjngurU2bf0sn03RuQ3E9HuENFlmD8J45X6n6cb3qvk'
    'NXeCqvbp+CZ6LYdE+XH51ojyfVNReqk2AnppvubM6DOkI1Xyw0Hhbyu2A3hd1d3KqGZNu1k6kTjcBr+b4Cxqz0nnekxTX68Gh5nO'
    '93xy3mxV4P2o1zfsHvHT/41y32Qj2DdNFnwhp89/T+4uDypoN9v6/o3U1xVBfd8j46M2uCb1yPJ/6zO+MPXdD3qfYcZD2z7E9luX'
    'Bvf56V7I/rxXuP7dyl2/SvTvOiLv7mV192h0hLZa3KHjuqwj58dBhby8Uu0u8rmr7wvAoZyOnUF0QIL6anLfj7Lh4xRyJRUuHSvj'
    '7PGbrzCyvkrQKFHg2nph53fpMoJ/ehgcHLKQoY0Sfd0WUZ7fqUaw2VlqeC9L0zFhLgNV8Vo2tG8UNO5UgIGdEa3ZJnI/PWzIi6r8'
    'MfAz9orDBBaWEhmwic4Cx7O4Hq1kHvs0/aNrazLP5cAq1VnLENiVdb7BB3/kQ+CPk4hOSDfTNUWfkn7njkrfLAgGsP6mkDon/M5I'
    'F/87Ch7U5I6nX3Ou4346heCIUeHvc22U0BFR6GHOJPUMW9AzgwH3VJKOyCVK9UCSludz7JOT+eTc9fq1Lpg77LK6KA5yrGsD/+kI'
    '4X97CPgfiAj+3x4R/F9A6PqNQu9XkOLRIZZuJnrZRynmw/ROVEfrU939AYsxbg5xfgxq9Imn0j2+H9yinp9pzCN+jzUmSm3i6NyP'
    'ae7JVHunxwImuwNkWfR+PMnunDdqdNVbfOwjqK0Qv/vYZnkWJyI4i3k8r2XCG8/rBBEcz4vKHCsVFwvnQbVOUdv6U5vib3c46YMd'
    'TtvzYI3luy/Btych/RqkL3Wo5ZuvdXjtxmj51yD9147y6F3qnwF9+88dV/PsyQjnittfNwi9jTWFP2mbXe54y/G3Nc0enMYFZejI'
    'BcYUiJrvl3BweXcp7ErHXDK94149XFT5yKZU/goezIMPgXsdmFug+HbdLnevV2v41mFR6vdblvvs1U56ereT/mqHd69jntNYHp0t'
    'Ai6GboxhaFAc78/7nLRW4S8h81GYpzu8OocP3euku+5Q0yyV0PXCtjfDvP1DD+iIKL4lbnK+HU3mHb+Ji92/6Xld9IvYU1o3XTf8'
    'huXf06PHWeiTfyZ818Fi9jI4Ry52/fpie7WwNn9/OcTmutK7Rm+GMa3p864RftuwSQ9fGUIXJoV9fOCwa8jPgmqfM0TFJzco9jjF'
    'G/fAOTrY4ZWPq/bBCzBXJ7zN2587PgBphxmsR0l7PP99J33lAa8+8efh23chlvHzX3P1iTEu8SjEGr4Q4wdD/OPdj3rh+3hNmxNB'
    'g4SVK6EfMm4jrfKhtSSETZEK584VdjFXTp7i/TtlgvsXVfxIFX29VtjHwW4I4HPvg/TZBaX7wNa+6gbYS8gjl8acO3z8U6XMn7SN'
    'z6vOTme+KuHzajzE06igd23vG+g+WoRn/riezguCodhvWoDftArCEMUzKxgdUS30/j2ojQ/Pg3VRmeGI8PrZ2Cz8fQ6UgzPPFpPr'
    'Nwn7QPPrzivuZ0l1zjUH9DNVxnmjOyMxfu7VIXEFp/t273XSJ55y+QL8dvd+oPv2uPwL0nCSZpPpxx9x0rN+5KVnP/k05PludPTd'
    'WYTOExHOeT3p93LYR9J39Mz20npM6BBT/99R8DyIq6OST01Hf/Di1jJizCbMstjQgfco6LUE5IvpNZWP0vHUdKHX0C6b4rKThDfW'
    'oqlv8dmOmOj1d1TWLQ3JMTaLDt8vITy8zC/TRzR555N6Zh0o5e9nk2+/ALy/e79XjpQAGcLje73nxZ4fOOkzT4WLjYBzajN/rUQm'
    'xX3Vi91CfO7HpXv3FnLOTNidQXIa4uQyYnR4nvbw+hI2699SJq3V8WWXrmqEe1ikpx591knrYA98/0knzyDZn+2PQ4yh/er6ekje'
    'ebvdelR5ryJ5b4L6Tn1Gnfcikrd1n5N+fZ8673kk786HnHQB9Du9v3RspwvXH8FOkB++BvTkgYdB9gjt7HnW1RvEOfs6yhr3ldZ7'
    'LOlDGvDU6sfU/T2K1Ce+qs5TT+qjOEo1pnJsVJoYzijxk5rwp2FsaZCTFTKEyfBJZON7aAXrs62uSuAcJ4tDaI9ijmO63OAMCJhv'
    '3ycZLV0e9V1UK+ib0PXvhfVPx+ufIrxVOL4siDGLmG9Tned5uDe9e9BLH793fek3Sh+fs6P0G6WP/wR3kmnF/SB+e8t7y5enlAOL'
    '00yFJcX0UJpE9AgpUMelHNsoKp9sJffrMQ4ywEFJHQcRwSEUn1HxGTVJZxTyK8d/CHSrQJfoqFuc9MN3OWfIEMm7+87SvL+4GeRT'
    'kLeXnEVYr6xPfruWypjudMvLb28l33j766nciLV3Afl2bL+T/vFq59u5im/11zjf1pBvnwEduNX9rj0PfjvEvi2jekMXl45voeIb'
    'jm++or1j+73n/iH2jZ77z2wFXb3LvOf+z+Db/3t/fO5Hfu7vquC5vys+9+Nzv3LnfqaMc/9wkfNMlh3S4ThHCRGdrDtKOfcGAzn3'
    'Wy3k3G+2kHN3Wsi5V1nIuZdayLmPsZBHzzSQR9cayMDD0ghR67KY6kO0knKNRB9jFqkT70qpHLtNuL6y8Xsl24zCNjInytNR4f1b'
    'phjPYpYf83HdGVVbKn9UJnal1JYW7V2OE+a+BWztKYPyvCwm1rfebIAPlW6mKiYx0m7zme0G3mtEHedgMuCnzRB+yvGTh/A2V7g+'
    'L2zhjdpQc192Y9MUjrKHERw1CHv/KNQ3DPdfdygEzhmdpnBwOJ1Hs4S538ztIthHeCPRl97G8AH3AZWfpuufLGP9Yz8w7E7706+z'
    '+CH8wLQGCox0axGVXMBXZ8FI5J0U8UOfvXRJO6OUC8U6Jgb7UZSj+x18QVOurESAHcXiPV65/6+/4+aJyicdl9HsVujhjhLduyB/'
    'ATF8lg2fZehAJSOFz1D3BNP3UE+Z6m7YPZ1WeiHx2T6Vn86Knu06G8CmjvJtAIs2fFtL670R9MueZz5wTHzbLBN63zb07pz7eqF3'
    '59zXC707fx/UeXCH9+78C+BT4/K7vWfZyqvAV+k15Z9luvVohvW4NiTONfVdUQl70qpxV8YbBT3DfarQteC+WMLSM7PZeKgf9O+D'
    '75xPrA+nIx7791L499pVxhm4y/6MS05hOEfbuv8CP3LHk3dHXenFaTKfTM8f8eI0mZ9+ozhtXa+T3rDBu4/m5Uu/xb7sDl9YLwen'
    'xzo+01N3M0NoHoyHojtfzyLfvsxwxmnk23Pg2+2SvlLf8UW/b+8AurLb9R3PdTKf/KhrW4e6B5K+k+lFHa4fuEaCh3m7Rbqvo3Rs'
    '1LYOaTzME+SfLcZzZeG5BWXgucCyUek1zoz1Go84vcZy6D/uc2ix0Mdyxpgiw6I0RsVNwuuLdaMo9cU6RPKgz6RBVs9GkifP2uoV'
    'rt68zu8r1nMFzE/QvSePl/lGdm+uitWiuhNdLVx/UF1s3CtJf3n8EPQZtZjcu48odCl0fvCD+oW+sG1jxXQJvX/PpYQOs42Dgbph'
    'NvBZx/Q0cwG6pJyH5fC9ZAroEuv2XCvg6ATgcfR9wvVYqc5AooLzr8IBwxo4v1ix53RxbSjsd5I9t1mYxbyQ5U4GXlIVu3TAQudh'
    'lOm5DLK9sM1SJ2KU6URhLIWTIT3VRydiKsIq6knXifL9XBf9VYA+7188aVeO3rGVOx9h9bhQhpyGNRRs3WTZmXBGJTR6Jwl4V2dQ'
    'HnVvqX69LHsJ0dmluFDmf5dQ69dfO4k6zThvXD/NNCZcH8x3KhFNLLnfCPs4di+KysSfkzFe5wjz+DU2sW6wja8Dz6iKjcLHeT85'
    'k0x0hgcYffbfhVmsGb81ojF33htRfejvc0S4sVJXp5309HRp/WennfTdbW79KyFvJ6QdkJ4G6SpIz0qX1i3fI02Kur3rAto7Qbg+'
    'z86Db7e1OentbV4dX16e0qSqe4SVPvKRpULv++x4IssYBZuNV8AuY+9Trk6xTpY7w0eWW6eQFecUsmJVHKAocFuuTNyG+amtkAr3'
    'm9ZL1/cmSH8c8vwO6lNUc5gtk85Q5asJSWd8FWRiL0D6MqQHOsLRP1H16/cXlz/P1RHQcybjCbKP0/lVDoqNze+d/OjrKOjf2ik0'
    'X5tDzBfnmzivgOUm01c0nYOUD66ZTWjnBOFlsXwqoHwU9mTJCo/RL0bDZJ1TFIYGGU06SPZyEJ2VF/q4dzVl9K1bqONMdlnsL+7P'
    'Q5bfxMbax2RcxwHvb2IzReldvk/7FDIMyl9gvu0BMrZyY3ynIliD7RZzHpWsIWz7cawFlf9n56lUrIVW2J90ba4TsV0L1VPedX1Z'
    'ipK+N0dcviPP1GeZXF7EeyjeQ/EeMt5DNHaU3E+/SbhnFt5z0bgycyzP6mUW+VF+M8+St+D0Xa9FeYzJaDuuRZbj4vFxYtwT4574'
    '/Pae39n4/I73ULyHrM7vnHDjyNraMXC5VDO5g1nGdOzWilJ/AdXC319AOXKRqSRfxXtBU7koyr3KlXnVRzB/eO96SNj5RbGdS6pL'
    'YnK3XMm1UsmH0mXMZdCc2crpWsl628QJbChjDEOK+3hcM4kDFir6SfeZKdzQtkx85XQR+SL2h/IkQfLJUR8egN8fqMbB6ywXzsL6'
    '3AoaZ79mPHk2bygHnsXmp1+E96tF7ZHo+qKuQhPRZdtquOYqGbBOvl5XgTm11avYHFIefxKT8Y4odE6xflP9lj5L/jiMbt8a0D+h'
    'fc8LOx9YdK0lv7zAYowbFbiEr0vY9VXBXlR3zUH7eFixh4LKDGlgp9dnzxxVxllB8bgKtzRZ7HUKcwhXtQF7AXWqTgIdPxU9OKjR'
    'U/eDqTEFzgzqh82e1OnptCtwsQp3J9kd3kbW7wGSNkK5+YoxmJyZtF9DpL2g/qps4+kY0oQfMT27OXxvF2q/fNyWwFQXccCn/yo6'
    'q7mMvbONtKWyez+BwXgzOUPbWR1DmvXvDYA1hCUsY6p3upnNUy3Rfx8SXp+XfrDgh0fSDM77NftvxMeew++uetBnnqLUEy/qGLbb'
    '8dozFHQC6hXa2CckyLxQH006mziVb45lz5b6i24neo6rvwt+NMBv9n1PunQg+mXE2K6//abdnLVBud/tVsNQlPrXDy8MZ6MyE341'
    'wusTHX0r6nyiRwlf2cuc9EsXu/BC9WxevhVg4DK9PkWNjw2DCi5ufhvY+17u9SNe2+d+K/pLuLI8fynZCuxJAfD14f0ufNuUv+aH'
    '4N9mX3RyBAr3cr8UbUEeNvPTyOFflp3xVTcW82TpdfrFmZpF9hL61aDyjzqmn4v2bdKgavxT4AOooxR3zibzQfdAosO1Bw9bfws7'
    'R6vH9eObAT8uv+ByDFNeqY+dg0G2lzra1fR8HBFq/9W9Gh3SWjbWILrfhJ+hY+C6ZX2KudXJBOS6niHK9x1OebMB4fUPXCnfvZRe'
    'GdLYsRTQsbgygrmPwle+iR3O6ATNW78wt/Ht1djZJBnORRhLQJuvx/ztBFceiV3KW5qccOMG9yNNx9JhobZ3vJHNAdqrYtoI9wno'
    '/2KbJl0hXL9CGMOik539eHeEMUTqmb5uD6S4R7cQGQO3TblPM4e4R1tgDU35jjFD3i6MHK5Jo6e6xUBWdFTEsjCV7muGyNxVNPsi'
    'hhuHWNqnwKWVlhEuF24chW0aOfWoMLdJHhalttWzyDk7GqCP3MfONrq+JjxGE4ERvzvGoLU2leupzr9DPuefyRmv2n+XhFxf1RyP'
    'Cr1PBr97YtyDMzR3NVs0a6vD2VJHrI3V1a05QwctZJQjmvZkW3MV+99UvpVX0Ih+Z5FOJi3/rbP93xYwll4Gc1TnHN/7yQ64fUE3'
    'G8sQk4NSnvE5oM//E9IHO/zHWyVce3GJt/DbfWSv3ifK8+eg8+nSKYJ9upwuKuO35FhRnp032jJTvwx9AXt4uzBbiwxbi+8tdNfi'
    'ewvt6LzfgUypCdI94L/8+j1uu3MBT9ewn7RvlLaN0q5R2jQOFX61BST3jQJfN1j49x0fEOJnHzBXtgmymSzSQpDKdmT6DYjrOgjv'
    'ZZvF+KsfcPvfCv2vZr9HC2W+Xfi9VvjdU/j1Fn6XFn7vKvyuLPw2dJj3+1Fo/9uQvgbpPZD2QnoppO+C9EpIZVvY3xqyzrVEzlVb'
    'GOvNd5W2Wwvjl+8pzshqcAbigc9CXNvTwQ/vr3Z45cw6WkAHny0wz1n2W1Po40u3Fubi7UJcvr6w364T4teX+8/nGhjXSyBTk2WL'
    '/oLXw569DvztXx4MpxJGZg84uE/iPYnzDgHcPgDpgx12cIpwJ+vV4dVi/GAGxw+wvx8k694G/a9lv1kbCvM/5sDSo7DX/q7w+wrA'
    'qS280nHIuou01lgpvD7K9t3fQfoVBrcmcJwm8Ch/zxfa/G1PaT+eh37I96qY2NjuS4r+cF+r/wLfHg8422j/0qR/x95QWKd8af/k'
    'u+L65dV3Sf/25yCrusvbn9wH/GNBq/qDukhJuFOQ9wm0P/yeIYzck7dby9qVsSyl/JW2i/Et5XubdjGG5hXPReMbWOV327benPDG'
    'akVencZ4DVofKf+Vsl/hIxPmcoZ1+8v32307yNQX7vH6IkZ5+8rHvfD4xQch3e0Pj+j3DPUv0C56+KvOHVnHM158MvzVUt8cMo8N'
    'nGBsVAknMv3uHpjH3Xb17PoWnMO7g9fv1MeE+MXDpeM4FXyKyPdh4Hz3fu88Ztg87i3swZ8U5uv6R73zuBfuJX4C8ynz2PQD8YN4'
    'yjv+HBv/K990YtvS9l/5phvz1qbdn32ttP2dj5YH48/vc+GZw/HtB1wY8YPjaoLj01D28b1OetWPvGcNfnt0X2k7933D6/9Wli/S'
    'X4+o86pkmgmij419OqOwT68q/NYWxnnNHvVZfQbEKr4K0rWwx2R+mzW6DfbGVY866ft/VBo3+QD4OXvxYS8M5xgMS35B8gr0fML+'
    'Ul4izFm1B+JNP/NUeD9tnHdKMd7pC/vd/n7B8m7ywKMu71TJdiicB+Eyeb7Ls52uQ1sI3QDVXqRnOD9vrvgG7HfFPsU9InGCKf3T'
    'QOixdVL/4aHSMa0DnQj5nvI9NRq+B/vyF0+75wnv5wDE9frOV83OxSq2Fx4o9OnOwt5c95B3LzwA/b0T9u66h+xgAO+pVz9nV+7P'
    'vlsal/3u/cHngdRFuXt/af+pfopN+3fCnLbvL12P2cL+fEC8WrxnPuDFgRjTZoYIRzOs+46L/2Rdc0g/w9b1k4e9ONVkD3BafLSw'
    'h/7IaJRR2Fd/tKRRVHg5zDmCse4eBNnRkq/pzw+dHLFqXK2XEGV8GqS954MsVeoTUN2CsDoWOlyvGxPlX9AvnfQpNxH9/f+l98Uy'
)
