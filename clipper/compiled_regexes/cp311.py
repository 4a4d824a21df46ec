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
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 39958, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 40105, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 40320, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 40452, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 40571, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 40632, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 40744, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 40871, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 40992, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 41266, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 41400, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 41537, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 41594, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 41713, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 41741, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 41757, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 42021, 4095, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 46116, 55, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 46171, 289, 0, {}, (None,)),
 ('\\s+(?:septiembre|diciembre|fevereiro|noviembre|september|septembre|setiembre|settembre|december|decembre|desember|dezember|dezembro|dicembre|décembre|febbraio|februari|february|november|novembre|novembro|setembro|сентябрь|сентября|agustus|febrero|februar|fevrier|février|gennaio|janeiro|januari|january|janvier|juillet|october|octobre|octubre|oktober|ottobre|outubro|августа|декабрь|декабря|октябрь|октября|февраль|февраля|กรกฎาคม|พฤษภาคม|agosto|aprile|august|giugno|januar|jänner|luglio|maggio|август|апрель|апреля|ноябрь|ноября|январь|января|มกราคม|เมษายน|abril|april|avril|enero|julho|julio|junho|junio|maerz|march|maret|marzo|março|марта|aout|août|févr|janv|juil|juin|juli|july|june|juni|maio|mars|mayo|märz|sept|июль|июля|июнь|июня|март|сент|abr|ago|agt|agu|apr|aug|avr|dec|dez|dic|déc|ene|feb|fev|gen|giu|jan|jul|jun|lug|mag|mai|mar|may|mei|mär|nov|oct|okt|ott|out|sep|set|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв)\\.?\\s+\\d', 2, 34, 46460, 2473, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 48933, 220, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 49153, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 49186, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 49227, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 49248, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 49306, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 49332, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 49348, 16, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 49364, 179, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 49543, 104, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 49647, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 49842, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 50222, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 50277, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 50391, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 50688, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 50866, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 50923, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 50980, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 51037, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 51094, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 51155, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 51212, 40, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 51252, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 51334, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 51474, 30, 0, {}, (None,)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 51504, 97, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 51601, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 51702, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 51726, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 52236, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 52260, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 52284, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 52305, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 52713, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 52854, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 52976, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 52997, 191, 2, {}, (None, None, None)),
 ('^\\([a-zà-ÿ]', 0, 32, 53188, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 53207, 171, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 53378, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 53416, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 53495, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 53651, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 53807, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 54652, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 55496, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 55642, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 55833, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 55879, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 56125, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 56203, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 56415, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 56647, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 56758, 247, 4, {}, (None, None, None, None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 57005, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 57627, 369, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 57996, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 58145, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 58733, 206, 1, {}, (None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 58939, 347, 2, {}, (None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 59286, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 59415, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 59662, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 60030, 115, 2, {}, (None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 60145, 71, 1, {}, (None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 60216, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 60291, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 60437, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 60572, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 60685, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 60759, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 60836, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 60963, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 61333, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 61375, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 61468, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 61514, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 62384, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 62809, 510, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 63319, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 63392, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 63602, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 63685, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 63829, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 63975, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 64105, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 64233, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 64349, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 64852, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 65107, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 65293, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 65480, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 65933, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 66154, 171, 1, {}, (None, None)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 66325, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 66393, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 66471, 311, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 66782, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 66863, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 66953, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 67029, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 67104, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 67161, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 67208, 39, 0, {}, (None,)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 67247, 97, 1, {}, (None, None)),
 ('^\\s*by\\s+', 2, 34, 67344, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 67376, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 68341, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 68421, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 68504, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 68553, 105, 1, {}, (None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 68658, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 68743, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 68900, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 68948, 207, 3, {}, (None, None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 69155, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 69279, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 69383, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 69431, 77, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 69508, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 69546, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 69575, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 69619, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 69675, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 69734, 38, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 69772, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 69924, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 70005, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 70176, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 70229, 116, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 70345, 60, 1, {}, (None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 70405, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 70504, 30, 0, {}, (None,)),
 ('コメントは個人の見解', 2, 34, 70534, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 70582, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 70626, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 70672, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 70704, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 70752, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 70804, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 70844, 36, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 70880, 30, 0, {}, (None,)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 70910, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 70984, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 71044, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 71096, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 71126, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 71160, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 71222, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 71257, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 71303, 48, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 71351, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 71377, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 71403, 53, 1, {}, (None, None)),
 ('채널.{0,10}(추가|구독)', 2, 34, 71456, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 71498, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 71548, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 71649, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 71703, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 71756, 44, 1, {}, (None, None)),
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
    'VZcG5YjpvYmfcx4zqU8B/2H0YKbZ2qQMuFbfJxket5Xsj954TabUmuC+adLRXR3FHbtLd/7VkbWtD1EuiO5Ldoo7g2Cq1iI/xxfY'
    'Lupk2cTysIn9YXofr7IZGWb34ENCHdf2KGJn0SPCx3scFeXrLK6xpGebiT5CPXyfJexiJk3ntV0KLFnQ2vGYxDzeIvp1NI3hynVN'
    'xoTXbmU6wAqlG2T7h+8ZlYqchktWOFZi0PF1+NMN029N4viWwWt0W3kiOKv4lkF40w/fJWOavIQmr+TeShqIl2I+aeqtSU648X34'
    '/jLRA1bJmmWZnwt1TDqb9U1Nr/VOl7veQVfwUcBDGmhihI1NsI4bLfbtNF9Hega2h5QA+p+Bnw6Wz9vs0eLfhX/cpdqTh92jCmyS'
    'TKUnoSdNNsKpJmPRlWekfnd3aDuU7HC/p8k1Z7n4Xf4t9dtvYO2++LCT/oVlXKyYnlbgkvLAMJCeVp3Z00cuENPJ8ZpUfk1aQY5I'
    '8VhvTBNNnFzg02bnZRRyg9L71WTqSH5wbrkdVPhouvaPd6/FazLZaxKo1+bTP6VeW0B+P722enZHhTppjUw3bYNCr0h7P5wq/v1F'
    'FclexfSX6kOU8xvPJ9h4Pgrlaox0QqWkIZPFv3PT6pSpKk7zn/+4GFp0NfwKE7vLhvc+5QkrSG8MzJESezN73+/8+3ryvl1LSeh5'
    'wez4y/6sf2cALTOjODeLdawmPwd5zAR8J+9S9xZ+65MunGcU7wPPzxB4ZbJ8mloUS4mIn/FIn4DzM16TSV8T3Dd3KfYNnCUFXJ6E'
    'BUsHKkVlsj5zlZsyaxSMp5PJCVkp2zpsW/Z+tSmn/t6ooIvvjGEmhhkLmEG80yViffrJ0O2ugvnH/XtdPPeTMvdc/sN9KbfCe8qH'
    'od+tE4EOXi7cmDYNTPevk9zb0DqyJD+3dZlNdADRL+iKEPW0BPCXzawurmdo4vcG669jeGRWAO+N8xiUj/c/x9YlzdbFpD46nyZ6'
    'rbZ97YZ6klDvrHhvR6bbF6T7wHX2N8C6xfM/8fNPZfAJzd0z+pjDGF5Zsm+4b8Y6lo/ix0Xt4WOI+d2rYxy/ayO4WxjR4IVYJ2rq'
    '60RxvDJE8Eq8fofX+pnim6MM8Y0fXlpYYbxUPV4+XqpW0G7oL/YWAvNZzTdOoyWFG6OghvxNZcfoi5HTkWmy3vReJ8Xudbg/x4Py'
    'O5srzIe+HlFm/a8+dy8pgI/rYx0lNV+26/VtCvcKVncucq7TQbcsaOengl+6B5ZDOqPd/abSbTPRU5Zr7BcvpxHOb+T90PVCD9mP'
    'jaAbMleU2pahzRvawqE/4xFhHtOI+iWW7awv/C6C/VTP+BQT3vRw52ttcZ0pHPRHoNMzzR7NfYrdUe+76Q2qagR8f5Gw8+WP/l+5'
    'D+al5Bv6VsY4TjSeCvqkxlhpbeRbXpT6v56l+IZ1NijaG2W6t01wjqloBRMZBffTQ/2Ml1sP3zvvU8iNq5wMSf39eHqKqJpnK1Fp'
    'zjyrdWzMlqriaXK89w7BQBhqRnpXlWassqfR6X3UbTFMxDChuG/ivEYxvhbEiXu1w0vj8W9+8uwuht9KaPcQug7T6Am8GI1CNzqh'
    '0ANCPi62bSc8VGf4hYz9DUzPNbHxJ3KSRf4c8HJUFlMl/ON2ZaBcUpTGRZOx2VCW9S7hxuGmsS/lt23CGxdzI8szSPLkGX+McVny'
    'wo21PSbMfLrIclcK1wcMjz88JtSxXjkvroonfa5wY/bwGMPbAso3wZV2I6zf/JD1lBMPG+PqUhkEjyfdr1lTPEAkDz8vxF1ISfxK'
    'iLf3u92lcTpoLKhu1m4Ynt9Pp1X8Y6GOn7r4MKN4r4rT2Q5jqBp35UCcZuHfmskeb4AxzWf3ygivS+Dfsg4q221WyICrx13ZkxDe'
    'mC9VojRuzmKCcxaL6eGLSxULZw37hvFuZgo3tj3OWzkwVek5nq4+sYLWzKaOSq5t1mJtEbdhnNEnFDGI7oYYRN/dU75PsbNCztXi'
    'iOcqTVhDXQzOpSHGtxvmqgniDL/4qF35xm+a5+fnjk07NOZUuXNIeVmdrK5RwWshvKYZvF5N4PVqdg7xGGzXsnMGdR4Q1lVlOAwF'
    '7R9df/z2z0k++2cxubN45QEn/fgjsD9+5I3JSOtW0SE0bt4nn4b6vuuNm7cT+vEf0NbnIdbwnmcnf19fy9av3Dthejd+tSila3Lk'
    'fuZqBiO6/sj5mSHcGKuLA2TTNWx+lojguJdZsj84zNG20hp5N+2v6m4b74pyin2CMDePzIXN+ofpo9/dFuqxYgxHHoNbFX91G9T5'
    'HULjDRIaw4/PoPUhPXID1PcQ0L1BfNIiQqvYzN0q5FdJKtv9CFmfjYS2CRoH0jnvEU5sR5yHIPppM0vzBjzrJsV64PzdRO6/ZrO6'
    'hwzGYcIz/zdyb815wEFCV2J8ZZO542UbYU2OJmetCX/A79KDygyS+7gZrD+jQh1zVycn2KKhdbNE5wcvMOYLNz6lfP8CgU/Z5+eh'
    'zIziy2Qqncm+/uSy2Sr8d3W2pjZbV9+AT2NTwyQ9zfJ/LZWouTgxrxRpg1dKbVh2FeOV3e88b3nLl4rpD5esXHDx0uWX/nL9ZW/5'
    '+v33L4HPf/rI7febWOx845ZvL06I9K8L/7xFVj00x8UoTlv/5bRz/xU/up88cuV2RWr51/lTEzuhvbqvrfjX/Z7npW/Tv8bF+N7C'
    'T/7/LeNynKL438HCf78u/r/wfPvlV6Hm8fE/eNqzuLoKeK5XvCu2325Q2Ei7SG0pNVnxa4p6f0IdL3cFwR30LF6o4N0pvqKx0FU4'
    '2FYuECQr/Cfgq03O/KCzgMZ1D+pzl0Y+20vGTWUoI4ZjChrvXwvH8YxOZk3b3mo4DlrGZF1lP3YCnEUpu8Y7g0aYxxkKGa9qboPk'
    'U5cC3Aatf7+m/7bj4H2gdMFm4cZWb/a5V0BdMvp9I6P3jgZ6L6ys3aSftvSEn8yAllfprE53vdTAuz3h+JRhJ8YtZqdXsH8cnRyH'
    'rqlK19LEngzr4G2kCB/6ewY/Jry0zb2NDb3fo7lX6hVefXa/OvGe8UsEL20xpP11uDJM+3cQvsi0/TDt3EB4O453qfw9TN1vJzi/'
    'v8y6zge4VfGp20PWeTIZ+zYGT3mCN8PUfTTh3bdoYJPyhGHasNXVVNFkQ2QPyzrfknTmuhL7GXVNq5525VX47rZvOe/mEvnW8yDf'
    'TO925XcZIgtF/VZ899oB791H224n/eGT4Wxhiu1DvQ2FwpdUeG6e3e7CJr7LXua8W07GJd/J9FN/4XxbRL41XuOkv8+784zfztvo'
    'pB+5172jw3aWvM07zz/Pe+e5/wrvPK+8u7TeJJF/XgT9/9uEYzeDtCzdEyMWcGw7/yb62q0WZ81mhh8HGV7KM3nQmeQetNyzhNa7'
    'EOo1pQlN+9tI7oxHfXg5WgbXW/57XcLh4YLGOcDo/+3s765JhAm/fNQmpUhDFf5xikaG2cPogKk+lh8Bz0bH8sJh0vf/AfLsSuAH'
    'vI9Ym3bS1ZCeBekb0g68VyGeTcO51uakt7e5+6ON6JedD+U70qX75Vwo/x5SDv1d0HynQr5b29x9JftketY1hJgPOu4OSE/XjIP3'
    'rxHkO/MJ3UH1wvIW+IzL0FV0IaVt5sPc03Y3Edxo0i7FT4OK+yvanundGJ33pM+92wmC+SzthCo1SuNYbzKgXhs6pZqdJZSubwRd'
    'wxz5RudjqUI/cwvLcyzJM6zJg7Qyla2sIHnxb3p/TuVNurx8vXJMf4/7XVXNJS8n5zOoXFi5sI43N73HtYmZUI7edkgt79SUlu0c'
    'jOqWoimUEYiNroYJbuGwVMNgKW2gE7BCmPteMe1XpepV6YutCHHfcpLlWtwA/8ZzvDQ+VfKweSzchadt/DMmxHhKJTdVmBTtst1p'
    'Ye5OVf4Ly9W3q4/3ltFemWg/ATZ+AVZECA+CwYOpvIj6GOgWse8Q7Vl9T/H/7e5ha4c6guysTHw8hJEFLiN8C747E97NIe8WCVeP'
    'tJ7QytTmfxDSXkZL0/Z2inAy0kqM+VLFmC9UjPl8Rf/PCzEPqxRlxgLKLAY8Qcug/4VRlncezAXNy/nTmYo8eZanVpFHyiJUfOdk'
    'rt/1ivW7WrF+byXvHlGs/YdWetde2mbztT9Js/YqfcKgtdfJSv3WnutY+K39YoO1X2yw9osrsPY5y7VvAnlODu7nmoCHp36SlsO9'
    'TobUlyLll7P0bBjLZcK5b0F9JT/5TI7w+aNMpjTA9CzQNwm3IQuSVw8H2I5ReQ63WTibjPfsgPlYS2B6UYj7qrMreCYhjv1/5N3M'
    'dufdK+TdDHj3MqHb2tk6t0NdLynyHNdemucF2KNUpuXXZ1nmh/I+jeAlm/G2WMghud7WRmj/K+T+e0SjGzTEvqtkm7KuTxI9sR5N'
    'WVOdNFX7fndCFOZ3EFk41ZEz1aceYuPaqNB5CtLrDmqLt3ER0c0aY+PvNdD/Q5n1MazsGNEnRzxTju5Wv6bteaBPYLqm+RB6jwMM'
    'Z5jIsdOWeETFFy4T4e25V0J6hvDeR5/MbDGSPvJX1bvZYBMVRlaq8xNoWge3dZ+oMbeI8uzdVX7tRkUcm7dMv5dMUBwt72q6NlQv'
    'wOYM1uGOlCXu8PNzQGVFtv4N/PwaRG1XGzX8T/MnqYZ/i8eg7ETxyE3srrfc9hKW5TOW5WNfxD44uf31aQ3hi7jVSJ5Iz/U1JA2j'
    '99lMaJqboTzy7F2wxteKOF7FZKzzHFgXXDd+/8LvNZaTb8InL/dh1BxwVoXBD2sDeChuixTEJ6psgTiPZcprUT4Z+7XDgnccZDKj'
    'hxqd/afikUcseNNfKHj1JgtbAxM+mdZ3kP29yUfHv+hDrdGRh3L7JDqf/T7rq+pDWH5ZtYYmPO3LTDf1vEZXP9OP35/osYxawmOR'
    'Bi/87xyFnMPEn7up3nEXk5sOaPRzJ1oO8v0GFzbHWN9M5pLaYXA9Y6rb3CfsZEyqudviI0ejtoyfaHDxyg7N2Ljt5g6NPmIX00/n'
    'et9dEaxP0LzkFfLMog8JMs4/lbF2XZox95Q5Zjqv5eCaEwrjfBO8O4fpwp4NurDvbvPOJdf3leXPBJ3aVWkznV/Mi6nKXpv3QeZd'
    'SXSZTft7Mnzbpekv7dNq8l7O0b/WO3I/lcxyC8MlXQyexhR3ehQedLrBfG/0G6wtnokP1ztyt0rBbpQw+++Q/ozhmVvrHblguTQG'
    '7X9eswYDwjy+yKDmnOV3dpfWO/rD1HaIr/HvFfcwfjjY5szuD8C56K/lBDLPUxUf+/X/D3Wl9J/JHrHVm59oumFfnXMnbXqmquDx'
    'xYB7shGN3gD6H/pMndP/KPefDW3vt7d21Dl8ZdAZ02Fo44J5aZvnEDsZeuacyc6INcyu5I3s+2o4Qy4q9HnBBNAAvRrcnWf3Zksm'
    'uD86Ghb7k5nk/vD5eaFWiAtEMH1hAludFnRRB4Er0/oR1jrLpIc6DOkqOT9/Wevih0rwIyqZjIl9ZjH+2AT1bShE395c6/WfM5H7'
    'H8/NJRPUj6GAfuRqXT93uN8fmK/2t8N9r2O+Uc158SdSr2zrP2pK5Sqm+lNhZCebhb1PqKB6KN/2aI0L4zZ+gXos+Im8UPveHwyg'
    'ye6pcfmlAWHuD3NUIVuk+9FkzTZajAvprY01Lq0+VXmNok4PmddKzU1PhLiuicBoJeTj5ZwRh6onpm9h5m1ftUsLTTbvWPT5Vu3o'
    'ksn8Rzc46fGQroR0boP6+2pIc5AuhPQCSE+GdCnLP7PBafuWai9eD4NLwurRbaiujCzd9Jw+p8LtB9HBx0xS+zh+aYy8cBL4cNon'
    'fqfxT1WOvlsTyE/pPpgD6WxIVzF474S0DdLjID0X0vls/1wA++BbVe4ZNZXl5h8h62VDY/H6uDy130e+GuSzebDKif4XRgc4annV'
    'm6vcmEZh/DnmNXddQe0ur3JlSpMhzynGf69ybASC5Ps2speJ4nf/JefwKUWdBrbnj2Z7eyaks0Keeft82pqvaWt2yLb+hrQVBjfR'
    'csdCejr7vhzaujPnwv5EycCK+3+C28U7jEtyLt6xsTlQ4ULTsjp+cXmudP9Xgnc4FCC3rcs5/my4PYet3Yop7fDrrDv/k60H8XTW'
    '9d0YhhbV3cPJuv9nhHXzfn8q6/w9FXF2Uf8n6+ikUTyVgPRNkK6DNBkSR16XdeG20rLOov7PBLWHeGqRor1K4sUa0l43g8cuDR2Y'
    'D4E/cX/8MuPivihpUhsa9GnSh8mQ18k+7M5U/gzoCVj7OyahDxzeN2Vc37yDbH8d1OiONSecNJVQ35e+JeP6Pw5ztpni4zMz3jO0'
    'UjK1Iv8/Qe3h2qQIfJRzZu8og4f9t7R3LcP0IYgeOpB2zm2bs8uU1n6I1H0eo9+XMv7kQsu6/3vatS2Nip4O2ieHYM7emXZtlMu5'
    'L5J19Ue0zj0B/MfFFW4H986p6cmz+Z1F1uUm1vYXNPd02KfPzWe+eUldfnjX5M7vVynHPm4ydQqDZAtPplz46NT4KV3L6n1TiHZ2'
    'p1y7cl0s4iCc9YmUI/ucKFlaMYZ6yo31ErXMrHj/l3LhjfuLNtWjwrouJ/MzUfeXp5E2J0LHvmgHRGBp2Icu9oOlqpQ+hs+Agi8w'
    '9bmA8/LrpFv/6oD9dFaI/fSPSUeHYjJxS5H/TzrwS3lbvG+zuZ+QdX0u6cYcvQZiu95+oNTXyXe+46TDXwXfUftL47rek9Tjmbzh'
    'vdutSdcWOozfDt0ZuTnp6ptUUg5WlP+Rtvj4t4ry7abofK1Klu8zZEHSG6eK6/kHwfrpFjpuJntMBj5sFuXdnf0y4frACoJHDi8/'
    'TZTnP4bP8d8nvLFdw97LqeBiTNPuA2Qc5fKnRf0/RX1heSRZ3+1kjfge3i70cVZlma2krA3syzJ9UNb2XkeWucqnrN89jSzzpoQb'
    's6I3QPaG8uy1pIyJrWMxLnjC9R1mgrsGNOs9LxHOx9Qgq6c24fo986NBG8Fwt9bAZlfm/Z0Izotr/hLYMEetPy7r/oFw45//cj34'
    'vsm78W1k+luIOXOA5H3mcidNXefGsZHpMX1w/++Tl9f7sCLvOTvUef9Gkbf//eo+fNInL6/3wyTvbyGGz4OaeXivT14e/+edJK9E'
    'ADJtuMJbthFwAM975wZ13rwi73k3q/O+neTNQ967B9VjW0/y7twK59J69djWKfLiuvG8Zyjy4lrwvCtI3o4vO+nuvQDDQLst3OPk'
    'PZ7k/czjTnpwtzq+VSvJG0QT1pO8nK5shXpnHVD79Ary42Vi+59jOA9lDdRvRZ59s/VbkSZ/Y0wEScOeCzAj/71X2hOSMnxsTSHH'
    'pvIj1yS88Ss4Pqa+EheFHLct78/PDZuxni/0PgxNzrZy4uraxJvhPg+3aHjlQUN+Pygu7+2wfhM9N0H92gC4ypRu7S5TL63XYhwj'
    'Ec29nPcFIeS4Oh+RfrGhRwz6w/EnjZUr4TYoVm42BA461oJnHQ4hE+R21iOMpuuudmXfvYZrEFXbb6h25bcbFXy+Sl5ocp89wnjR'
    'JaQdHstpa4TjaYR2wqynXzvcR+zvqirTDh/PP1c5sGHaTpRw+U3LMY6GHONnq1wZdq+GNzRdl7vKqIv3a2eVK4PtNcSpNn3t9enr'
    'Dsu6Li2jLr5Xz2bjtj0TguZ1kaKvh0LWNYP0leOvbk3ZLkM9JFn/q7ng+nX+MoLOaFn/z3LuXISpH2VMRZ89pC4VjrWBp2+VURdf'
    'o/sjqAvX42M5u/ixo5b135Lz4luVvxh+12IiZ1nP9AvxvvRCkL9cPwltr4e2z8258n6ut2car9Ekb3H/51x5fxDM5zXrNMuiDtW+'
    'kXWkc+49jY72GRF2d79FmX3WW++hCOr9R1Jvn0ZvbjAEjttH6t2k4bnD0Hy7DeoNgzM/mnXX3qZeiitvN+jb1hBrNKSod0yYy64H'
    'NHqgbyNjHtLoLQ0F4PQLQtTBcfnpBnWMBZ3/ijo2W45llqKOUcuxpBV1jBmOBWH85Yzri4DH41Xdg5/CYhj73VXayO6fyXjjk6vu'
    'BVZpfL/ozqTHIq4Xz5svZBy9j6A72TURnq/vn8A2cZybMy4+WKfxpaKCE65LdSYby1sirhf7e07GvbNOsDtp/LuB2R6kie5lUWZP'
    '6sC7xAWQLoG0PaCOeRn3jpbTIzZ3v7hPqxX1DVucxVz/53dpb31jIemmos8eUp+JbtOYxt8CjvfptHuvbHNGyjJ/qyj7oobO4Hj5'
    'K2QcA5q+DljQJp8g9W0p065E1ve+tKvTNdH4unhnT+YW9+A5aa+vJdWevypEWdzXbyLzGKS7YoJLV0VUH/bvWFLfeo2OjZ9NFe9f'
    'fUT1Yf/+mHLvpY5tUONHHS57iZTleupLWNnjiK5bUf6XcnUguhS0iKlfjqcU9QyHqOcRRT1bQ9TzhZSrD5L3wSl0736clNkk1P57'
    '+7nNDumvqowp3tju0/agpu0Bn7YHLdp+O2mb40A+VzugzEU+ZUYUejeyTKdBGc6XnGJQZge32TMo8++sjNTZxf28Nu3dq7b0cibl'
    '6tx0+fAAMu+fkvq8r7K8vyJ5/Xh/mfdFktePB5V5f5J04/DY8pXF/R+y/Os+uzTlTfaRLH+fYqx87yJv/tc+eblfqY/49GvQoF/v'
    'IeW3hJCd3Kgpb3rf2UPGukWjO4htXaXI+6Ju/0O/wtxPyfJnkbZQ//xiDV1yskFePEdP8Ml7Fqu3zSAv1tucdHFtWPyAOruzKyCD'
    'lXX/IuHVaelmOOGnijx9DA6e88mD6/e0T54xyPOEIs8w689jijxjTIf1YUUejuvuI3lU93Iyz6d98iBcfyzh3Pfb3E3Jch9Q1H2I'
    '5dlF8uQ1+GYbyaOSOxd9dvjkQXyeJ3n6NDbP15CxmvKERZs9UrfqXJF5/kyRZ4ydGWt98mA9p5A8Axr4WEryqHi4Iv1PxmqKh4v3'
    'fz51I+zV+OTBMyehaD9v0P7Lwlv3i6z9l0ge1f0Xxtyt9pGrFuX/ijybWZ5/UOQZZXmeVOThNM+3QK/G5vzAOLw25bC9zwh3/k35'
    '8uL5T8ai4ollng8q+hQkwyze/5O6VedaI4yt2ueMaoS9U605m86APF0+eXAcV/nkwXNwPZlHU768EfQ8Z0UoG5V1LlPMe9BZKsvN'
    'J2MwlW0if91gyfNznVEeM3eFKI1JG6RPpor1ahqz1aTuOD4gixv3aSGI+rGwi9naahyzNWhtGuH8vz5eJ/U6iXLWSRjF9zONf2uy'
    'zxBf7ES9/3E7eJgKfbDVnU2G6GMQrksRXDfHou84bpv9d3SINh6xbIPDWA7ypuBXxewo0op3unXVtWsbm7bBBw6jKo/npBw/xjHH'
    'uNApURoXugpt5gFOmkC3ns7rxwq/e5W4M3lEP4jf/svZQq8/4+O33IL7mjzniBBPK1lzhAXTtfOjmaQcZR77ttzQvqicPrUobAn8'
    '8B32X/b3CkafnawZ42Iy/nr4dx0ZG4+HLsucxeo4i9ih0fJZRXlabomwiyV/DKxDFH01bZPGw02TcvWwFrI9sVuIz/3YHNfMBnxN'
    '16dKgzcbnepftzngNk3DTMZq6nNE5WP+HmKHdh+8+xC8k/meXQD6JzAPCD/YL1zTov4prBW1+1sJ6RkKu7+T0TaSzbvqbFa9i+nW'
    'ALp1OJD09HmCQ1jzvaLDVWnFuXsqrH03pNstaUNdvnqSbzb8kJaLun7E1WcnHHkj4qgkoSPwrOgCObD890FZr2F7nGatJfjI72zF'
    'c6iH1XtdvEdK9siu60U5TzJoBzUweLyZ0Jnxuh8Z694Ca99B3jX7yO2WRSC3a4V2Bcgk6wlfUyx3if5s4P1vDkGbVpFxSUA9DuZg'
    'DrPX7tfoPw8T+hLz+8nlce7WQD/lv08iKfWFIOvfpkiR/veTx6h4SKSf2k52yl7NaCWZvnaglFa6jOSpGi/NUz0Oem9g3yvfXQLp'
    'FRHJetPkhNedb6ivhz7O1itSG/nDLFLX/LQ3DSPLMKXrg/inZsv6mkmaBDgYhvkbgH2YMcK1qUQiPc3p0GUcw9jJuevKwMWqJ1XX'
    'mdlbYGg6CR37AcBPuNYJH5lWE/Biuj3EYXUEYMOkbroHUj5ySiqLW0H4MGHYrwzgF1uZbAPLF4WsJYw/mTB8JbaThJ9ubqn/G1q+'
    '2ZJua4b3Oll2M7wP8gfBcdRckp/Xl7DAYRSGFkGaHbfDg1QGhPmyhIZAuRmlgZtJvQgHtvW0EBhqBf4qCWVOiOWwSjmsim9QoNFd'
    'YQhiv7uZVIXhuIgProI79GscPOAnW+P7rhG+17A9sYzJE03u6So5xtYPOmlm1/Qd44N3TP8xoi+4u/dPzhgzEzBG9Fn32mNTY8wT'
    'sa5p8L33/Sen1hipr7pupjtYS/SyRoU31gCnf2zoNRXc1RI6kPZvlgj2D+wXo5rbRy8Udr428pb1U1lCUF7V/HFaeE0AX0DnMcfW'
    'WUdfqvQW/Ohe7IcpnSzH9t8KvwtImTT8/PgWvENbDrIZTm+a8kfJKdCOH18TxqcjlUPUQPl0wN1jsyX9NddHt6ZGgSfC7vdGTbs1'
    'oPqWVPAhLz7szqGtPEYwHhF9rT7xlNOXFvLtbsDV391Tigflu1cecNKPPwK490f+eNDkbLC5g26Fv+W/Z8L8II7EupoUPGtGI69M'
    'EBiN70m98qnjLhN3AupvN778dJ/jTHgjLntMkTXxuzekOiZ4h6iSU/jJqFVrPt3X1USn0+8OzV/gKGc3WC+ph+31+A5ucu9eUR8m'
    'bSlzxHNhK6RdotRf9dEJb54hlqcl4Z49SMsifVir+Ib+9dOkblquidg6vSr0edCO5/8KbxvvgG//h3wbYH17UfEN+/YvijrRjus5'
    '0qduofYB/jQp38XGJO18nohxV4y7YtxlrGeVhDVS0RU1jK4QFxfW9lPOvzs7Cv/uCKYlk3hHoKi/KaL606x+LQ8E9QfVmVHwypuI'
    '/kE94LpZ0FY6hu8UTNUl1gqB5mYvnSY0szyzP6ew7RAGZzbqZJwN+6eNvJsP+hWzybvHhMsj4rs17d4YGnhPhnEwMbbmmSH1EmJ4'
    'PHzgscVyXd/B5Ey98ZryNe2c7DU1XU+b8+UdgAfqQqz7VHosrphTdvTreErSr/q7aP0zHuJp9Fn3yZDHImxkA+xKEJYScP7EsKSG'
    'pbA6C1HBUiT0LIMhU1sKmzrLkaXT+9uijybC3z/6rJPW/cC9/+Rx1dohptlt+9X10bhq83a79ajy0rhqN0F9pz6jzkvjqu18CPy5'
    'Pu69r20k/Ewx7/fg/hruAA7AvcTn95XGV6P3Bl+HPhzcV1pv2HuD2aDLJpiuqU4PT7Z5IrnzWqHgJZvgYLTVt7LR01rB+pyypJ38'
    '9lOS7KcmQjOb2Nn46f/mANfSPvJ7v0a2NguYLnul7PRM562F8T5oz9ckvPZ8tSLYns+Wl8nBfJneBTfC31xPokGh69AId9OrLdZo'
    'ItbE1JbMZC789DoyDO6vVsx3kM4wXXd6TtB7JdoP2c61lmeR6X3o8eyeE/PniD5xHclL9107KdM8gW03h+ADdXOXCzl3cvzvVYyf'
    '2iGUoyPNdZyDdEBs5n30Ojv+2VT/wrT9qj67eT5GoctNdRUWE/udIB0Pne4+2qxXj7vzn7GEMQqXMby5673uocmFtx8+eeTCG9aR'
    'g0K2cCfrfA/hj7Pk3MO5wPq6oUwVnOXXEvlprP+fTCLvWpijV/S3f+Xr/9N1upbZJNnYpKhsEe3t6qSUcfoa1oHwsSmEzNRIeKp6'
    'UrAwnSbCVcDz5yfdeCpXW+LPa6GO05IuH0PrSIlgO1Hps7mN8Tlcx/gGYe5TnJftZTxTbdLxgVIp22aVXfMvE+Z2zT9LOP2I7yOU'
    '9xFl+EsJ3BOBddvyFMWYbQlXL3SFIg1T59sTzp41ObMbNXW8qfBiFalDtXc2Cv/YzCp9/X6ip4972pQOwnKmNgFcHjIz4djjq+YQ'
    '96Pqm04/37Ye9Nk8BvTisIZerot1ff10pyp552i1/uhP413C8aeI+rw54fVJv1GU+qruFq7fM76veBzAvDCP6XAh2M6ofLvzc2y7'
    'Zk+pzk1d/Ku8QZ/k9xnC6+uf2usMC28cG1UstZnC6yd/I7PXoTZRvaz+rpCyUYobdXK+6pA8uoSXWyGtI/3ktinowz2hGOeQUMcM'
    'sLVfyYnSmGcmMVp0MEvvhVRrOyZKfdWvUKwb95W/UHhppTxLN0PeucIb64fPE7WZ43Zh24Xalm0k5Nz6xdV4IOn436Pz1CW8cclt'
    '2qLxElSw1CXs/TdEARs45nN9YGOE7dfTFLDxnyzPcuifKX3Acdogq2+OCI7LoMJ3tQr8/xs2dnovsiLpMO10Hl4IudZbpuhav9Fi'
    'rc8UdnFWJnL9Xwq5/oM+6//lQtmPC7N4WvTM3M7+7ooYP+QnCWbw7LiU4O9+DY3EbXXXCW/8Lt15I8+mo0PCi+nYsF/zhWsjTc8i'
    'v3qC4Azl86oYOxS+jko4/pFobCS692xgJm85dpp3C7FpmUyaZJ0hnhgV6vhvvay+DuG1wecxhk4gsLxNqGPtcLt9E/qlS5T6A64X'
    '+rh+/Rr6BX0G3wFzjXwJxnlZzeKevcEi5uEbIK7K2wguPT+tjrXD47PIcm8W3lhyfvFzeBy3M0VprFhVPBe/+s4kcXVwHXmst1Xp'
    '4DgzGBPmjelSX3oYT8gv9o1fX8PSoWexGD6na9bEpL2wd+iJMvil60PIR6a7vKQoHGniEg3z6yATR3zIg0cRdyEqOBJl3I13Mrji'
    '9oyjhP/Ab2PkPGsEeR/qbB2Ed0tJ/oPkjEGdxnrWDspDB9h7LHMUaWOnKPVBg7p+6IMG380A+xeqU7ZMYY9mM1+Xh7hz9/g/7oSl'
    'S/jL0aPSJWgVrwf+Kc6Doj/CT5/dtq0aImikelroCyCMPYqpj0GbtWwlepRyfpo6XD4A5e1yrzd3uH83d9jpM+r6XRWy31S3eZWY'
    'uFgFNH5IJfLTWBlR+cnMws9EZ7GZwMUHNToBVxBcRXWIbOZkjUX+2ex+yrZ8C9FPmg2wrBrXCoIbbfRybHHnKQr9IIqb3054hYWs'
    'jycynW7TOTD1VRUEmxROUN+oRQT7KrLd1xT/ZIkOp8qnm4ntT1L4+4hLWeL2LMlH+xaFbnxYPH6jZh67yJhjn6qT41PVBlYTBGdx'
    '3cy/vNRJj9nm6tLgt5ff6qQXjHjPiDPHnPQfLlHrbXI7CMRLssyrHa4eQaX7kgupy2hj12m6n9pIvmams09xwCVwplzLdJ7C6GGq'
    '8PTVBIYQ1/YKbyyI9s16FRaV/dAKBmNNTF40HCAPpnKt64nsa5jJpjDPlcIulvhG4cZP0N31dbP79LNJP7qZzAzzrBJm8aG3KmR3'
    'TcIbY950HLOJ7HfUsJxq/jcKvU/z2SBPUu3jcwJgsp6Vy/jA5LURnXeJCOgEExpNRUOusKTxbO3+qJ1fE9MR5HGAiofLYv35Qde3'
    'mZ0rOv1DDlMJsi+iwK11EfBu9RZrYKvrEJZOzAlX93M0QGdBZ1NmoxPaCLqrS0Lo0Q0r5sLkHitMHy/Q9JH2Y0DB01C9DZR3B+E+'
    'k/t1zotQ3lllM7hFcYfPdUDCzEs5cSUoTcXXkd/tjWrujpFuChNnql6jw9Qcwd5u1qzDoOaOrIfdYa0i9146f9I9TG9nMbmXCXNf'
    'O0DkrDNFqU/p5WXUFwVOOl/o/XujPIbuvUY2V2MBOA3vA5eQsW8T5va1Kj1FfselwxtcB0RXl2rP/wfoY+hkrHEcvannw/OdRE6E'
    'eNAGf8XrPPXXGc+llgjOySp2TnJ9hxWEtzThyVC3qx10crivdKpPFfYc4TpZtL90Lqot5mI23AXQuamB8s1ER6YeytGY2tyfSI2w'
    'i5nLdQfC6A41A33F740nyv8J8uDUDrpO2PlFWc7GUy/sfcoFxVALy5NFcZ9WZ6hzif4Y5xIYpzDfo9HR4/lM2glLP+l8sO8Vjt/j'
    '+NyYmvTBl4k+CZWjmOoJDsdrf9j6SF4u9D7WFwm9//NjRLCP9aOIzo0qj8o/erXQ+3XnNE0UcrWaCHB4tdDbflHdLVPd1y4Ff6bC'
    'y4jXZ8PdNedjVXq0A8LM7syW/+xlfDGuj+zbsQoZuamdQZ9FX7oU9CCVratkGT2GMrAg2VQUPp5UMDWgkMUUfS4n9Xlw/1aTPFs1'
    '9UhAySnyyG9/TLh3MCYwwW1KDoUsj+3/JOHS1Kp5UMUee8FAlvl3PvXmy6j3gYTL32wN6C+H2S2ELwqap0NMbnmXT7sjFWz3BtJu'
    'VPXSvupg//KEw5fxPCrb1jEFnuL5TW0bVHIy07sDbsd4HBnD6GE6ht8AT2LaV7/66bi3auSRPyJ3ujZz41fnXiIvzWvm6pACv6ls'
    'XB4Qjq9FbntmegfdYyhLoePiMt4BxTkXVKfOvqWX7bsxIr+ZiHaHiC7D/EkYr9T/PN3wXiWvuRNUtU/HN9FrOSTKj8u3RpTvm4rS'
    'S7UR0EvzNWdGnyEdqZIfDgp/W7EdwOuq7lZGNWvazdKJxOE2+N0EZ1F7TjrXY5r6ejU4zHS+55PzZqsC70e9vmH3iJ/+b5T7JhvB'
    'vmmy4As5ff57cnd5UEG72db3b6S+rgjq+x4ZH7XBNalHlv9bn/GFqe9+0PsMMx7a9iG237o0uM9P90L2573C9e9W7vpVon/XEXl3'
    'L6u7R6MjtNXiDh3XZR05Pw4q5OWVaneRz119XwAO5XTsDKIDEtRXk/t+lA0fp5ArqXDpWBlnj998hZH1VYJGiQLX1gs7v0uXEfzT'
    'w+DgkIUMbZTo67aI8vxONYLNzlLDe1majglzGaiK17KhfaOgcacCDOyMaM02kfvpYUNeVOWPgZ+xVxwmsLCUyIBNdBY4nsX1aCXz'
    '2KfpH11bk3kuB1apzlqGwK6s8w0++CMfAn+cRHRCupmuKfqU9Dt3VPpmQTCA9TeF1Dnhd0a6+N9R8KAmdzz9mnMd99MpBEeMCn+f'
    'a6OEjohCD3MmqWfYgp4ZDLinknRELlGqB5K0PJ9jn5zMJ+eu1691wdxhl9VFcZBjXRv4T0cI/9tDwP9ARPD/9ojg/wJC128Uer+C'
    'FI8OsXQz0cs+SjEfpneiOlqf6u4PWIxxc4jzY1CjTzyV7vH94Bb1/ExjHvF7rDFRahNH535Mc0+m2js9FjDZHSDLovfjSXbnvFGj'
    'q97iYx9BbYX43cc2y7M4EcFZzON5LRPeeF4niOB4XlTmWKm4WDgPqnWK2taf2hR/u8NJH+xw2p4HayzffQm+PQnp1yB9qUMt33yt'
    'w2s3Rsu/Bum/dpRH71L/DOjbf+64mmdPRjhX3P66QehtrCn8Sdvscsdbjr+tafbgNC4oQ0cuMKZA1Hy/hIPLu0thVzrmkukd9+rh'
    'ospHNqXyV/BgHnwI3OvA3ALFt+t2uXu9WsO3DotSv9+y3GevdtLTu530Vzu8ex3znMby6GwRcDF0YwxDg+J4f97npLUKfwmZj8I8'
    '3eHVOXzoXifddYeaZqmErhe2vRnm7R96QEdE8S1xk/PtaDLv+E1c7P5Nz+uiX8Se0rrpuuE3LP+eHj3OQp/8M+G7Dhazl8E5crHr'
    '1xfbq4W1+fvLITbXld41ejOMaU2fd43w24ZNevjKELowKezjA4ddQ34WVPucISo+uUGxxyneuAfO0cEOr3xctQ9egLk64W3e/tzx'
    'AUg7zGA9Strj+e876SsPePWJPw/fvguxjJ//mqtPjHGJRyHW8IUYPxjiH+9+1Avfx2vanAgaJKxcCf2QcRtplQ+tJSFsilQ4d66w'
    'i7ly8hTv3ykT3L+o4keq6Ou1wj4OdkMAn3sfpM8uKN0HtvZVN8BeQh65NObc4eOfKmX+pG18XnV2OvNVCZ9X4yGeRgW9a3vfQPfR'
    'Ijzzx/V0XhAMxX7TAvymVRCGKJ5ZweiIaqH370FtfHgerIvKDEeE18/GZuHvc6AcnHm2mFy/SdgHml93XnE/S6pzrjmgn6kyzhvd'
    'GYnxc68OiSs43bd7r5M+8ZTLF+C3u/cD3bfH5V+QhpM0m0w//oiTnvUjLz37yachz3ejo+/OInSeiHDO60m/l8M+kr6jZ7aX1mNC'
    'h5j6/46C50FcHZV8ajr6gxe3lhFjNmGWxYYOvEdBryUgX0yvqXyUjqemC72GdtkUl50kvLEWTX2Lz3bERK+/o7JuaUiOsVl0+H4J'
    '4eFlfpk+osk7n9Qz60Apfz+bfPsF4P3d+71ypATIEB7f6z0v9vzASZ95KlxsBJxTm/lrJTIp7qte7Bbicz8u3bu3kHNmwu4MktMQ'
    'J5cRo8PztIfXl7BZ/5Yyaa2OL7t0VSPcwyI99eizTloHe+D7Tzp5Bsn+bH8cYgztV9fXQ/LO2+3Wo8p7Fcl7E9R36jPqvBeRvK37'
    'nPTr+9R5zyN5dz7kpAug3+n9pWM7Xbj+CHaC/PA1oCcPPAyyR2hnz7Ou3iDO2ddR1rivtN5jSR/SgKdWP6bu71GkPvFVdZ56Uh/F'
    'UaoxlWOj0sRwRomf1IQ/DWNLg5yskCFMhk8iG99DK1ifbXVVAuc4WRxCexRzHNPlBmdAwHz7Pslo6fKo76JaQd+Ern8vrH86Xv8U'
    '4a3C8WVBjFnEfJvqPM/Dvendg176+L3rS79R+vicHaXfKH38J7iTTCvuB/HbW95bvjylHFicZiosKaaH0iSiR0iBOi7l2EZR+WQr'
    'uV+PcZABDkrqOIgIDqH4jIrPqEk6o5BfOf5DoFsFukRH3eKkH77LOUOGSN7dd5bm/cXNIJ+CvL3kLMJ6ZX3y27VUxnSnW15+eyv5'
    'xttfT+VGrL0LyLdj+530j1c7385VfKu/xvm2hnz7DOjAre537Xnw2yH2bRnVG7q4dHwLFd9wfPMV7R3b7z33D7Fv9Nx/Zivo6l3m'
    'Pfd/Bt/+3/vjcz/yc39XBc/9XfG5H5/7lTv3M2Wc+4eLnGey7JAOxzlKiOhk3VHKuTcYyLnfaiHnfrOFnLvTQs69ykLOvdRCzn2M'
    'hTx6poE8utZABh6WRohal8VUH6KVlGsk+hizSJ14V0rl2G3C9ZWN3yvZZhS2kTlRno4K798yxXgWs/yYj+vOqNpS+aMysSultrRo'
    '73KcMPctYGtPGZTnZTGxvvVmA3yodDNVMYmRdpvPbDfwXiPqOAeTAT9thvBTjp88hLe5wvV5YQtv1Iaa+7Ibm6ZwlD2M4KhB2PtH'
    'ob5huP+6QyFwzug0hYPD6TyaJcz9Zm4XwT7CG4m+9DaGD7gPqPw0Xf9kGesf+4Fhd9qffp3FD+EHpjVQYKRbi6jkAr46C0Yi76SI'
    'H/rspUvaGaVcKNYxMdiPohzd7+ALmnJlJQLsKBbv8cr9f/0dN09UPum4jGa3Qg93lOjeBfkLiOGzbPgsQwcqGSl8hronmL6HespU'
    'd8Pu6bTSC4nP9qn8dFb0bNfZADZ1lG8DWLTh21pa742gX/Y884Fj4ttmmdD7tqF359zXC707575e6N35+6DOgzu8d+dfAJ8al9/t'
    'PctWXgW+Sq8p/yzTrUczrMe1IXGuqe+KStiTVo27Mt4o6BnuU4WuBffFEpaemc3GQ/2gfx9853xifTgd8di/l8K/164yzsBd9mdc'
    'cgrDOdrW/Rf4kTuevDvqSi9Ok/lkev6IF6fJ/PQbxWnrep30hg3efTQvX/ot9mV3+MJ6OTg91vGZnrqbGULzYDwU3fl6Fvn2ZYYz'
    'TiPfngPfbpf0lfqOL/p9ewfQld2u73iuk/nkR13bOtQ9kPSdTC/qcP3ANRI8zNst0n0dpWOjtnVI42GeIP9sMZ4rC88tKAPPBZaN'
    'Sq9xZqzXeMTpNZZD/3GfQ4uFPpYzxhQZFqUxKm4SXl+sG0WpL9Yhkgd9Jg2yejaSPHnWVq9w9eZ1fl+xnitgfoLuPXm8zDeye3NV'
    'rBbVnehq4fqD6mLjXkn6y+OHoM+oxeTefUShS6Hzgx/UL/SFbRsrpkvo/XsuJXSYbRwM1A2zgc86pqeZC9Al5Twsh+8lU0CXWLfn'
    'WgFHJwCPo+8TrsdKdQYSFZx/FQ4Y1sD5xYo9p4trQ2G/k+y5zcIs5oUsdzLwkqrYpQMWOg+jTM9lkO2FbZY6EaNMJwpjKZwM6ak+'
    'OhFTEVZRT7pOlO/nuuivAvR5/+JJu3L0jq3c+Qirx4Uy5DSsoWDrJsvOhDMqodE7ScC7OoPyqHtL9etl2UuIzi7FhTL/u4Rav/7a'
    'SdRpxnnj+mmmMeH6YL5TiWhiyf1G2Mexe1FUJv6cjPE6R5jHr7GJdYNtfB14RlVsFD7O+8mZZKIzPMDos/8uzGLN+K0Rjbnz3ojq'
    'Q3+fI8KNlbo67aSnp0vrPzvtpO9uc+tfCXk7Ie2A9DRIV0F6Vrq0bvkeaVLU7V0X0N4JwvV5dh58u63NSW9v8+r48vKUJlXdI6z0'
    'kY8sFXrfZ8cTWcYo2Gy8AnYZe59ydYp1stwZPrLcOoWsOKeQFaviAEWB23Jl4jbMT22FVLjftF66vjdB+uOQ53dQn6Kaw2yZdIYq'
    'X01IOuOrIBN7AdKXIT3QEY7+iapfv7+4/HmujoCeMxlPkH2czq9yUGxsfu/kR19HQf/WTqH52hxivjjfxHkFLDeZvqLpHKR8cM1s'
    'QjsnCC+L5VMB5aOwJ0tWeIx+MRom65yiMDTIaNJBspeD6Ky80Me9qymjb91CHWeyy2J/cX8esvwmNtY+JuM6Dnh/E5spSu/yfdqn'
    'kGFQ/gLzbQ+QsZUb4zsVwRpst5jzqGQNYduPYy2o/D87T6ViLbTC/qRrc52I7VqonvKu68tSlPS9OeLyHXmmPsvk8iLeQ/EeiveQ'
    '8R6isaPkfvpNwj2z8J6LxpWZY3lWL7PIj/KbeZa8Bafvei3KY0xG23EtshwXj48T454Y98Tnt/f8zsbnd7yH4j1kdX7nhBtH1taO'
    'gculmskdzDKmY7dWlPoLqBb+/gLKkYtMJfkq3guaykVR7lWuzKs+gvnDe9dDws4viu1cUl0Sk7vlSq6VSj6ULmMug+bMVk7XStbb'
    'Jk5gQxljGFLcx+OaSRywUNFPus9M4Ya2ZeIrp4vIF7E/lCcJkk+O+vAA/P5ANQ5eZ7lwFtbnVtA4+zXjybN5QznwLDY//SK8Xy1q'
    'j0TXF3UVmogu21bDNVfJgHXy9boKzKmtXsXmkPL4k5iMd0Shc4r1m+q39Fnyx2F0+9aA/gnte17Y+cCiay355QUWY9yowCV8XcKu'
    'rwr2orprDtrHw4o9FFRmSAM7vT575qgyzgqKx1W4pclir1OYQ7iqDdgLqFN1Euj4qejBQY2euh9MjSlwZlA/bPakTk+nXYGLVbg7'
    'ye7wNrJ+D5C0EcrNV4zB5Myk/Roi7QX1V2UbT8eQJvyI6dnN4Xu7UPvl47YEprqIAz79V9FZzWXsnW2kLZXd+wkMxpvJGdrO6hjS'
    'rH9vAKwhLGEZU73TzWyeaon++5Dw+rz0gwU/PJJmcN6v2X8jPvYcfnfVgz7zFKWeeFHHsN2O156hoBNQr9DGPiFB5oX6aNLZxKl8'
    'cyx7ttRfdDvRc1z9XfCjAX6z73vSpQPRLyPGdv3tN+3mrA3K/W63Goai1L9+eGE4G5WZ8KsRXp/o6FtR5xM9SvjKXuakX7rYhReq'
    'Z/PyrQADl+n1KWp8bBhUcHHz28De93KvH/HaPvdb0V/CleX5S8lWYE8KgK8P73fh26b8NT8E/zb7opMjULiX+6VoC/KwmZ9GDv+y'
    '7IyvurGYJ0uv0y/O1Cyyl9CvBpV/1DH9XLRvkwZV458CH0AdpbhzNpkPugcSHa49eNj6W9g5Wj2uH98M+HH5BZdjmPJKfewcDLK9'
    '1NGupufjiFD7r+7V6JDWsrEG0f0m/AwdA9ct61PMrU4mINf1DFG+73DKmw0Ir3/gSvnupfTKkMaOpYCOxZURzH0UvvJN7HBGJ2je'
    '+oW5jW+vxs4myXAuwlgC2nw95m8nuPJI7FLe0uSEGze4H2k6lg4Ltb3jjWwO0F4V00a4T0D/F9s06Qrh+hXCGBad7OzHuyOMIVLP'
    '9HV7IMU9uoXIGLhtyn2aOcQ92gJraMp3jBnydmHkcE0aPdUtBrKioyKWhal0XzNE5q6i2Rcx3DjE0j4FLq20jHC5cOMobNPIqUeF'
    'uU3ysCi1rZ5FztnRAH3kPna20fU14TGaCIz43TEGrbWpXE91/h3yOf9MznjV/rsk5Pqq5nhU6H0y+N0T4x6cobmr2aJZWx3Oljpi'
    'bayubs0ZOmghoxzRtCfbmqvY/6byrbyCRvQ7i3Qyaflvne3/toCx9DKYozrn+N5PdsDtC7rZWIaYHJTyjM8Bff6fkD7Y4T/eKuHa'
    'i0u8hd/uI3v1PlGePwedT5dOEezT5XRRGb8lx4ry7LzRlpn6ZegL2MPbhdlaZNhafG+huxbfW2hH5/0OZEpNkO4B/+XX73HbnQt4'
    'uob9pH2jtG2Udo3SpnGo8KstILlvFPi6wcK/7/iAED/7gLmyTZDNZJEWglS2I9NvQFzXQXgv2yzGX/2A2/9W6H81+z1aKPPtwu+1'
    'wu+ewq+38Lu08HtX4Xdl4behw7zfj0L734b0NUjvgbQX0kshfRekV0Iq28L+1pB1riVyrtrCWG++q7TdWhi/fE9xRlaDMxAPfBbi'
    '2p4Ofnh/tcMrZ9bRAjr4bIF5zrLfmkIfX7q1MBdvF+Ly9YX9dp0Qv77cfz7XwLheApmaLFv0F7we9ux14G//8mA4lTAye8DBfRLv'
    'SZx3COD2AUgf7LCDU4Q7Wa8OrxbjBzM4foD9/SBZ9zbofy37zdpQmP8xB5Yehb32d4XfVwBObeGVjkPWXaS1xkrh9VG27/4O0q8w'
    'uDWB4zSBR/l7vtDmb3tK+/E89EO+V8XExnZfUvSH+1r9F/j2eMDZRvuXJv079obCOuVL+yffFdcvr75L+rc/B1nVXd7+5D7gHwta'
    '1R/URUrCnYK8T6D94fcMYeSevN1a1q6MZSnlr7RdjG8p39u0izE0r3guGt/AKr/btvXmhDdWK/LqNMZr0PpI+a+U/QofmTCXM6zb'
    'X77f7ttBpr5wj9cXMcrbVz7uhccvPgjpbn94RL9nqH+BdtHDX3XuyDqe8eKT4a+W+uaQeWzgBGOjSjiR6Xf3wDzutqtn17fgHN4d'
    'vH6nPibELx4uHcep4FNEvg8D57v3e+cxw+Zxb2EP/qQwX9c/6p3HvXAv8ROYT5nHph+IH8RT3vHn2Phf+aYT25a2/8o33Zi3Nu3+'
    '7Gul7e98tDwYf36fC88cjm8/4MKIHxxXExyfhrKP73XSq37kPWvw26P7Stu57xte/7eyfJH+ekSdVyXTTBB9bOzTGYV9elXht7Yw'
    'zmv2qM/qMyBW8VWQroU9JvPbrNFtsDeuetRJ3/+j0rjJB8DP2YsPe2E4x2BY8guSV6DnE/aX8hJhzqo9EG/6mafC+2njvFOK8U5f'
    '2O/29wuWd5MHHnV5p0q2Q+E8CJfJ812e7XQd2kLoBqj2Ij3D+XlzxTdgvyv2Ke4RiRNM6Z8GQo+tk/oPD5WOaR3oRMj3lO+p0fA9'
    '2Je/eNo9T3g/ByCu13e+anYuVrG98EChT3cW9ua6h7x74QHo752wd9c9ZAcDeE+9+jm7cn/23dK47HfvDz4PpC7K3ftL+0/1U2za'
    'vxPmtH1/6XrMFvbnA+LV4j3zAS8OxJg2M0Q4mmHdd1z8J+uaQ/oZtq6fPOzFqSZ7gNPio4U99EdGo4zCvvqjJY2iwsthzhGMdfcg'
    'yI6WfE1/fujkiFXjar2EKOPTIO09H2SpUp+A6haE1bHQ4XrdmCj/gn7ppE+5iejv/wfwqMIV'
)
