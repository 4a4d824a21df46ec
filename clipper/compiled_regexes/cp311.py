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
 ('\\w+', 0, 32, 49102, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 49118, 16, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 49134, 179, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 49313, 104, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 49417, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 49612, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 49992, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 50047, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 50161, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 50458, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 50636, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 50693, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 50750, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 50807, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 50864, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 50925, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 50982, 40, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 51022, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 51104, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 51244, 30, 0, {}, (None,)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 51274, 97, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 51371, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 51472, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 51496, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 52006, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 52030, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 52054, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 52075, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 52483, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 52624, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 52746, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 52767, 191, 2, {}, (None, None, None)),
 ('^\\([a-zà-ÿ]', 0, 32, 52958, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 52977, 171, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 53148, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 53186, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 53265, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 53421, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 53577, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 54422, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 55266, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 55412, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 55603, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 55649, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 55895, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 55973, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 56185, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 56417, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 56528, 247, 4, {}, (None, None, None, None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 56775, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 57397, 369, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 57766, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 57915, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 58503, 206, 1, {}, (None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 58709, 347, 2, {}, (None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 59056, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 59185, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 59432, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 59800, 115, 2, {}, (None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 59915, 71, 1, {}, (None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 59986, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 60061, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 60207, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 60342, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 60455, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 60529, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 60606, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 60733, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 61103, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 61145, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 61238, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 61284, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 62154, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 62579, 510, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 63089, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 63162, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 63372, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 63455, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 63599, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 63745, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 63875, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 64003, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 64119, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 64622, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 64877, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 65063, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 65250, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 65703, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 65924, 171, 1, {}, (None, None)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 66095, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 66163, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 66241, 311, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 66552, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 66633, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 66723, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 66799, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 66874, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 66931, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 66978, 39, 0, {}, (None,)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 67017, 97, 1, {}, (None, None)),
 ('^\\s*by\\s+', 2, 34, 67114, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 67146, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 68111, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 68191, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 68274, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 68323, 105, 1, {}, (None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 68428, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 68513, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 68670, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 68718, 207, 3, {}, (None, None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 68925, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 69049, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 69153, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 69201, 77, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 69278, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 69316, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 69345, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 69389, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 69445, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 69504, 38, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 69542, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 69694, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 69775, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 69946, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 69999, 116, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 70115, 60, 1, {}, (None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 70175, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 70274, 30, 0, {}, (None,)),
 ('コメントは個人の見解', 2, 34, 70304, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 70352, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 70396, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 70442, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 70474, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 70522, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 70574, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 70614, 36, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 70650, 30, 0, {}, (None,)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 70680, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 70754, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 70814, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 70866, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 70896, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 70930, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 70992, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 71027, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 71073, 48, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 71121, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 71147, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 71173, 53, 1, {}, (None, None)),
 ('채널.{0,10}(추가|구독)', 2, 34, 71226, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 71268, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 71318, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 71419, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 71473, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 71526, 44, 1, {}, (None, None)),
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
    '0wTn/3XJOqnXSURZJ2EU308XGzZjqRNKYy7vRL3/cTt4mAp9sNWdTYfoYxCuyxBcN8ei7zhum/13ZIg2HrZswzT+sKquRh/4iKs8'
    'nl9yvjH2diN8z8Ca1cBZX4227LB+zaDzTsf7seLvHiVOSx/WD+Kd/3JA+/VnfPzmm3G/kedsEeJpI2uOsGC6dn60DI8Hj7FOTex+'
    'ovSpVaHj74eHsP+yv5czuukkzRgXk/E3wL/rydhmCffefAmUOZPVcSaxD6PlqxTlabklwi7++dGwDnH01bRNGqc2S8o1wFrI9sRu'
    'IT73Y3NcMxvwKF2fanY+1JNzulj967YA3NZomMk+TX2BqHy/303sw+6Fdx+CdzLfswtALwTmAeEH+4VrWtILhbWi9ngrIT1dYY93'
    'EtossnlXnZmqdwk9GUBPDgeShD5PcGhpvld0uCqrOHdPgbXvhnS7Jc2my9dA8s2GH9JYcdePuPqslCMHRByVJnQEnhVdIJ+V/z4g'
    '6zVsj9OSdQQf+Z2teA71sHqvTfZI2R7ZdZ2I8qSDdlAjg8ebCJ2ZrPvhse6tsPYd5F2LjzxtWQzytDZoV4CssIHwNaVyF+vPBt7/'
    'lhC0aTUZlwTUY2EO5jA76n6NXvIwoS8xv5+8HOduDfRT/vtEklIfBbL+bYoU6X8THpaODemneSc5Za9itJJMX9tfTitdSvJUj5fn'
    'qRkHfTSwu5XvLob08phksFlywuvON9SjQ99j6xWpjVxgFqlrftabhpExmNL1QfxTi2V9LSRNAxwMw/wNwD7MGeHaTCqVneZ06DKO'
    'Yezkz/URcLHqydR35vYUGZpOQsd+APATrnVKw5vhfhvy2UMcVkcANkzqpnsg4yM/pLLPFYQPE4b9ygF+sZWVNrJ8cchawvh5CcNX'
    'Yjtp+OnmlvqloeVbLOm2FnivkzG3wPsgPw0cR80l+Xl9KQscRmFoEaRV43Z4kMqAMF8VoSFQbkZp4BZSL8KBbT2tBIbagL9KQ5nj'
    'EzmsUg6r4hsUaHRXGILY784kU2E4LuGDK+Fu+2oHD/jJ1vi+a4LvtWxPLGPyRJP7s0qOse2DTprbNX3H+MDt03+M6KPtrn2TM8bc'
    'BIwRfcm99tjUGPNErGsWfOJ9/8mpNUbqQ66b6fTVEX2pUeGNAcDpHxt6TQV3dYQOpP2bJYL99vrFjuZ2ywuFnQ+MgmX9VJYQlFc1'
    'f5wWXhPAF9B5zLN11tGXKn0CP7oX+2FKJ8ux/bfi73xSJgs/P74F79CWg2yG05um/FF6CrTjx9eE8bVI5RC1UD4bcPfYYkl/zfXR'
    'ealV4Imw+71J024tqKSlFXzIiw+5c2grjxGMR0QfqE885fSllXy7C3D1dx8px4Py3Sv3O+nHHwbc+yN/PGhyNtjcQbfB3/LfM2F+'
    'EEdiXc0KnjWnkVemCIwm96Re+dSxl4o7APW3G19+us+xJrwRlz1myJr43RtSHRO8Q1TJKfxk1Ko1n+7raqJr6XeH5i9wlLMbrJfU'
    'w/Z6cgc3uXevqA+TtZQ54rmwFdIuUe5H+siUN88Qy9Oacs8epGWRPqxTfEO/91lSNy3XTGyQXhX6PGhf83+Ft413wLf/Q74NsL69'
    'qPiGffsXRZ1oX/Uc6VO3UPvmfpqU72JjkvY3TyS4K8FdCe4y1rNKwxqp6IpaRleIi4pr+ynn350dxX93BNOSabwjUNTfHFP9WVa/'
    'lgeC+oPqzCl45U1E/6ABcN0saCubwHcGpupia4VAc3OUThOaWZ7Zn1PYXAiDMxt1Ms6C/TOPvJsP+hWzybvHhMsj4rs17d7YFnhP'
    'hvEpMeblGSH1EhJ4PHTgsdVyXd/B5Ey9yZryNe2c7DU1XU+b8+UdgAfqQ6z7VHosrpgzdvTreEbSr/q7aP0zHuJp8ln3yZDHImxU'
    'BdiVICyl4PxJYEkNS2F1FuKCpVjoWQZDprYUNnVGkaXT+9uS7yTC3z/6rJPW/8C9/+Txztoh1tit+9T10XhnR+1261HlpfHOboT6'
    'TnlGnZfGO9v5IPhZfdx7X9tE+JlS3u/B/TXcAeyHe4nP7y2Pe0bvDb4OfTiwt7zesPcGs0GXTTBdU50enmzzBHLntULBSzbDwWir'
    'b2Wjp7WC9TljSTv57ac02U/NhGY2sbPx0//NA66lfeT3fk1sbRYwXfZK2emZzlsr433Qnq9ZeO356kSwPZ8tL5OH+TK9C26Cv7me'
    'RKNC16EJ7qZXW6zRRKyJqS2ZyVz46XXkGNxfpZjvIJ1huu70nKD3SrQfsp1rLM8i0/vQ49g9J+bPE33iepKX7rt2UqZlAttuCcEH'
    '6uYuH3Lu5Pjfqxg/tUOIoiPNdZyDdEBs5n30Wjv+2VT/wrT96j67eT5aoctNdRUWE/udIB0Pne4+2qzXjLvzn7OEMQqXCby5673u'
    'wcmFtx8+efjCG9aRh0K2cCfrfA/hj6vIuYdzgfV1Q5lqOMuvIfLTRP8/nUbetThHr+hv/6Lr/9N1uobZJNnYpKhsEe3t6qSUcfoa'
    '1oHwsTmEzNRIeKp6MrAwnSbCVcDz56XdOCdXWeLPa6COU9MuH0PryIhgO1HpS3ke43O4jvH1wtzXNy/by3imurTjA6VSts0qu+Zf'
    'psztmn+WcvqR3Eco7yMi+EsJ3BOBddvyFKVYailXL3SFIg1T59tTzp41ObObNHW8qfhiFalDtXc2Cv+YySp9/X6ip4972pQOwnKm'
    'NgFcHjIz5djjq+YQ96Pqm04/37Ye9KU8BvTisIZerk90ff10pyp552i1/uhP413C8eOI+rx54fUVv1GU+5DuFq7fM76veHy+gjCP'
    'tXAB2M6ofK7zc2y7Zk+pzk1dXKqCQZ/k9xnC64Of2usMC298GVWMs5nC679+I7PXoTZRvaz+rpCyUYobdXK+mpA8uoSXWyCtJ/3k'
    'tinoWz2lGOeQUPvyt7VfyYvyWGQmsVN0MEvvhVRrOybKfcivUKwb92G/UHhppQJLN0PeucIbg4fPE7WZ43Zh24Xalm0k5Nz6xbu4'
    'P+3436Pz1CW88cJt2qJxDFSw1CXs/TfEARs45nN8YGOE7ddTFbDxnyzPcuifbex6Ho8I65sjguMlqPBdnQL//4aNnd6LrEg7TDud'
    'hxdCrvWWKbrWb7RY6zOEXfyTiVz/l0Ku/6DP+n+5WPbjwizOFT0zt7O/u2LGD4VJghk8Oy4h+LtfQyNxW911whtXS3feyLPpyJDw'
    'Yjo27Nd84dpI07PIr54gOEP5vCr2DYWvI1KOfyQas4juPRuYKViOnebdQmxaJpMmWWeIJ0aFOi5bL6uvQ3ht8Hnsn+MJLG8T6hg4'
    '3G7fhH7pEuX+gBuEPt5ev4Z+QZ/Bt8NcI1+C8VdWs3hkb7CIRfgGiHfyNoJLz8uqY+DwuCmy3JuFN8abX1wbHl/tDFEew1UVZ8Wv'
    'vjNIvBtcRx6DbVU2OP4Lxmp5Y7bclx7G+fGLSePX17B06Jksts5pmjUxaS/sHXoqAr90XQj5yHSXl5SEI81comF+HWTiiA958Dji'
    'LsQFRyLC3XgngytuzzhK+A/8NkbOsyaQ96HO1gF4t5TkP0DOGNRpbGDtoDx0gL3HMkeQNnaKch80qOuHPmjw3Qywf6E6ZcsU9mg2'
    '83VZiDt3j//jTli6lL8cPS5dgjbxekCe0jwo+iP89Nlt26olgkaqp4W+AMLYo5j6GLRZyzaiRynnp7nD5QNQ3i73ekuH+3dLh50+'
    'o67f1SH7TXWbV4mJi1VA44dUIj+NlRGXn8wq+JnoLLYQuPigRifgcoKrqA6RzZysscg/m91P2ZZvJfpJswGWVeNaQXCjjV6OLe48'
    'WaEfRHHz2wmvsJD18QSm0206B6a+qoJgk8IJ6hu1imBfRbb7muKfKqLDqfLpZmL7kxb+PuIylri9iuSjfYtDNz4sHr9BM49dZMyJ'
    'T9XJ8alqA6spgrO4buZfXuKkR29zdWnw28tvddLzR7xnxBljTvoPF6v1NrkdBOIlWebVDlePoNJ9yYfUZbSx6zTdT/NIvhams09x'
    'wMVwplzDdJ7C6GGq8PRVBIYQ1/YKbyyI9s16FRaV/dAKBmPNTF40HCAPpnKt64jsa5jJpjDPFcIuxvdG4cZP0N31dbP79LNIP7qZ'
    'zAzzrBJmcZu3KmR3zcIb+910HLOJ7HfUsJxq/jcKvU/z2SBPUu3jswNgsoGVy/nA5DUxnXepGOgEExpNRUOusKTxbO3+qJ1fM9MR'
    '5HGASofLYv35Qde3hZ0rOv1DDlMpsi/iwK31MfBuDRZrYKvrEJZOzAtX93M0QGdBZ1NmoxPaBLqrS0Lo0Q0r5sLkHitMH8/X9JH2'
    'Y0DB01C9DZR3B+E+k/t1zotQ3lllM7hFcYfPdUDCzEuUuBKUpuLryO/2RjV3x0g3hYkz1aDRYWqJYW+3aNZhUHNH1sPusFaRey+d'
    'P+keprezmNzLhLmvHSBy1pmi3Kf08gj1xYGTzhN6/94oj6F7r4nN1VgATsP7wCVk7NuEuX2tSk+R33Hp8AbXAdHVpdrz/wH6GDoZ'
    'axJHb+r58HwnkRMhHrTBX8k6T/11xnOpNYZzspqdk1zfYQXhLU14MtTtagedHO4rnepThT1HuE4W7S+dixqLuZgNdwF0bmqhfAvR'
    'kWmAcjSmNvcnUivsYuZy3YEwukMtQF/xe+OJ8n+CPDi1g64Xdn5RlrPxNAh7n3JBMdTC8mRx3KfVG+pcoj/GuQTGKcz3aHT0eD6T'
    'dsLSTzof7HuE4/c4OTemJn3wZaJPQuUopnqCw8naH7I+kpcLvY/1RULv//xoEexj/Qiic6PKo/KPXiP0ft05TROHXK02BhxeI/S2'
    'X1R3y1T3tUvBn6nwMuL12XB3zflYlR7tgDCzO7PlP3sZX4zrI/t2jEJGbmpn0GfRly4FPUhl6ypZRo+hDCxINhWHjycVTA0oZDEl'
    'n8tpfR7cvzUkz1ZNPRJQ8oo88tsfU+4djAlMcJuSgyHLY/s/Sbk0tWoeVLHHXjCQZf6dT72FCPXen3L5m60B/eUwu4XwRUHzdJDJ'
    'Le/0aXekgu1eT9qNq17aVx3sX5Zy+DKeR2XbOqbAUzy/qW2DSk5menfA7RiPJWMYPUTH8BvgSUz76lc/HfdWjTzyR+RO12Zu/Orc'
    'Q+SlBc1cHVTgN5WNy/3C8bXIbc9M76B7DGUpdFxcxjugOOeC6tTZt/SyfTdG5DcT0e4Q0WWYPwnjlfqfpxneqxQ0d4Kq9un4Jnot'
    'h0T0uHxrRHTfVJReqouBXpqvOTP6DOlIlfxwUPjbiu0AXld1tzKqWdNulk4kDrfB7yY4i9pz0rke09TXq8FhpvM9n5w3WxV4P+71'
    'DbtH/PR/49w3VTHsm2YLvpDT578nd5cHFLSbbX3/RurriqG+75HxURtck3pk+b/1GV+Y+u4Dvc8w46FtH2T7rUuD+/x0L2R/3itc'
    '/25R168S/buWyLt7Wd09Gh2hrRZ36Lgu68j5cUAhL69Uu4t87ur7AnAop2NnEB2QoL6a3PejbPhYhVxJhUvHIpw9fvMVRtZXCRol'
    'DlzbIOz8Ll1K8E8Pg4ODFjK0UaKv2yqi+Z1qApudpYb3sjQdE+YyUBWvZUP7xkHjTgUY2BnTmm0i99PDhryoyh8DP2MvP0RgYSmR'
    'AZvoLHA8i+vRRuaxT9M/urYm8xwFVqnOWo7ArqzzDT74oxACf5xIdEK6ma4p+pT0O3dU+mZBMID1N4fUOeF3Rrr433HwoCZ3PP2a'
    'cx3308kER4wKf59ro4SOiEMPcyapZ9iCnhkMuKeSdEQ+Va4HkrY8nxOfnMwn567Xr3XB3GGX1UVxkGNdG/jPxgj/20PA/0BM8P/2'
    'mOD/fELXbxR6v4IUjw6xdDPRyz5CMR+md6I6Wp/q7g9YjHFziPNjUKNPPJXu8f3gFvX8TGMe8XusMVFuE0fnfkxzT6baOz0WMNkd'
    'IMui9+Npdue8UaOr3upjH0FthfjdxzbLszgVw1nM43ktE954XseL4HheVOZYqbhYOA+qdYrb1p/aFH+7w0kf6HDaPgrWWL77Enx7'
    'EtKvQfpSh1q++VqH126Mln8N0n/tiEbvUv8M6Nt/7riaZ0/HOFfc/rpR6G2sKfxJ2+yo443ib2uaPTiNCyLoyAXGFIib75dwcFl3'
    'OexKx1wyvf0ePVxU+8imVP4KHiiAD4F7HJhboPh27S53r9do+NZhUe73W5b77FVOelq3k/5qh3evY55TWR6dLQIuhm6MYWhQHO/P'
    '+5y0TuEvIfdRmKfbvTqHD97jpLtuV9MsldD1wrY3w7z9Qw/oiCi+pW50vh1J5h2/iYvcv+l5XfKL2FNeN103/Ibl39Ojx1nok38m'
    'fNfBYtWlcI5c5Pr1xfbqYG3+/jKIzXWFd43eDGNa0+ddI/y2YZMevnKELkwL+/jAYdeQnwU1PmeIik9uVOxxijfuhnN0sMMrH1ft'
    'gxdgro5/m7c/t38A0g4zWI+T9nj++076yv1efeLPw7fvQizj57/m6hNjXOJRiDV8AcYPhvjHux/1wvdxmjYnggYJK1dCP2TcRlrl'
    'Q2tJCJsiFc6dK+xirpw0xft38gT3L674kSr6eq2wj4PdGMDn3gvpswvK94GtfdX1sJeQRy6POXfo+KfKmD9ZG59XnZ3OfFXC59V4'
    'iKdJQe/a3jfQfbQIz/xxPZ0XBEOJ37QAv2kVhCGKZ1YwOqJG6P17UBsfngfrojLDEeH1s7FZ+PsciIIzzxKT6zcJ+0Dz684r7mdJ'
    'dc61BPQzE+G80Z2RGD/3qpC4gtN9u/c46RNPuXwBfrtrH9B9j7j8C9JwkmaT6ccfdtIzf+SlZz/5NOT5bnz03ZmEzhMxznkD6fdy'
    '2EfSd/TM9vJ6TOgQU//fcfA8iKvjkk9NR3/w4pYIMWZTZlls6MC7FfRaCvIl9JrKR+l4ZrrQa2iXTXHZicIba9HUt/hsR0z0+jsq'
    '65aG5BibRYfvlxAeXuaX6cOavPNJPbP2l/P3s8m3XwDe373PK0dKgQzh8T3e8+KRHzjpM0+Fi42Ac2ozf21EJsV91YvdQnzux+V7'
    '92ZyzkzYnUF6GuLkCDE6PE97eH0Jm/VvjUhrdXzZpaua4B4W6alHn3XSetgD33/SyTNI9mf74xBjaJ+6vh6S96jdbj2qvFeSvDdC'
    'fac8o857IcnbttdJv75Xnfdcknfng066APqd3Vc+ttOE649gJ8gPXwN6cv9DIHuEdh551tUbxDn7Osoa95bXewzpQxbw1OrH1P09'
    'gtQnvqrO00DqozhKNaYoNirNDGeU+UlN+dMwtjTISQoZwmT4JLLxPbSC9dlWVyVwjtOlIbTHMccJXW5wBgTMt++Tjpcuj/suqg30'
    'Tej698L6Z5P1zxDeKhxfFsSYxcy3qc7zAtyb3jXopY/fu778G6WPz95R/o3Sx3+CO8ms4n4Qv73lvdHlKVFgcZqpsGSYHkqziB8h'
    'Beq4RLGNovLJNnK/nuAgAxyU1nEQMRxCyRmVnFGTdEYhv3Lch0C3CnSJjrjZST98p3OGDJG8u+8oz/uLm0A+BXl7yVmE9cr65Ldr'
    'qIzpDre8/PZW8o23v57KjVh755Nvx/Q76R+vcr6do/jWcLXzbQ359hnQgVvd79rz4LeD7Nsyqjd0Ufn4Fiq+4fjmK9o7pt977h9k'
    '3+i5/8xW0NW71Hvu/wy+/b/3J+d+7Of+rgqe+7uScz859yt37ucinPuHipxnsuyQDsU5Son4ZN1xyrk3GMi532oh536zhZy700LO'
    'vcpCzr3UQs59tIU8eqaBPLrOQAYelkaIW5fFVB+ijZRrIvoYs0ideFdK5djzhOsrG79Xss04bCPzIpqOCu/fMsV4FrP8mI/rzqja'
    'UvmjMrErpba0aO9yrDD3LWBrTxmU52Uxsb71ZgN8qHQzVTGJkXabz2w38F4j7jgHkwE/8wzhJ4qfPIS3ucL1eWELb9SGmvuyG5um'
    'cFR1CMFRo7D3j0J9w3D/dQdD4JzRaQoHh9J5NEuY+83cLoJ9hDcRfeltDB9wH1CFabr+6Qjrn/iBYXfan36dxQ/hB6YtUGCkW4u4'
    '5AK+OgtGIu+0SB767KFL2hmnXCjRMTHYjyKK7nfwBU1UWYkAO4rFj3jl/r/+jpsnLp90XEazW6GHO0p074L8BSTwGRk+I+hApWOF'
    'z1D3BNP3UM+Y6m7YPZ1WeiHJ2T6Vn86Knu06G8Dmjug2gCUbvq3l9d4A+mXPMx84Jr5tlgm9bxt6d859vdC7c+7rhd6dvw/qPLDD'
    'e3f+BfCpcdld3rNs5ZXgq/Tq6GeZbj1aYD2uCYlzTX1XVMKetHrclfHGQc9wnyp0LbgvlrD0zGw2HuoH/fvgO+cT68PpiCf+vRT+'
    'vXZFOAN32Z9x6SkM52hb91/gR+448u6IK7w4TeaT6XkjXpwm89NvFKet63XS6zd499FRhfJviS+7QxfWo+D0RMdneupu5gjNg/FQ'
    'dOfrmeTblxnOOJV8ew58u13cV+47vuT37R1AV3a7vuO5TuaTH3Vt61D3QNJ3Mr2ww/UD10TwMG+3RPd1lI+N2tYhjYd5gvyzJXgu'
    'Ep5bEAHPBZaNS69xZqLXeNjpNUah/7jPocVCH8sZY4oMi/IYFTcKry/WjaLcF+sQyYM+kwZZPRtJngJrq1e4evM6v69Yz+UwP0H3'
    'njxe5hvZvbkqVovqTnS1cP1BdbFxryT95fFD0GfUYnLvPqLQpdD5wQ/qF/rCto0V0yX0/j2XEjrMNg4G6obZwGc909PMB+iSch6W'
    'w/eSKaBLrNtzbYCjU4DH0fcJ12OlOgOpCs6/CgcMa+D8IsWe08W1obDfSfbcZmEW80KWOwl4SVXs0gELnYdRpucyyPbCNkudiFGm'
    'E4WxFE6C9BQfnYipCKuoJ10vovu5LvmrAH3ev3jSrhy9Y4s6H2H1uFCGnIU1FGzdZNmZcEalNHonKXhXb1AedW+pfr0sezHR2aW4'
    'UOZ/l1Dr118ziTrNOG9cP800JlwfzHcmFU8sud8I+zh2L4rKxJ+TMV7nCPP4NTaxbrCNrwPPqIqNwsd5HzmTTHSGBxh99t+FWawZ'
    'vzWiMXfeG1N96O9zRLixUldnnfS0bHn9Z2Wd9N3z3PpXQt5OSDsgPRXSVZCemS2vW75HmhR1e9cFtHe8cH2enQvfbp3npLfN8+r4'
    '8vKUJlXdI6z0kY8sFXrfZ8cRWcYo2Gy8AnYZe55ydYp1stwZPrLceoWsOK+QFaviAMWB2/IRcRvmp7ZCKtxvWi9d3xsh/XHI8zuo'
    'T3HNYVVEOkOVrzYknfFVkIm9AOnLkO7vCEf/xNWv318UfZ5rYqDnTMYTZB+n86scFBub3zv50ddx0L91U2i+NoeYL843cV4By02m'
    'r2g6BxkfXDOb0M4pwsti+UxA+TjsydIVHqNfjIbJOqcoDA0ymnSQ7OUgOqsg9HHvaiP0rVuo40x2Wewv7s9Dlt/ExtrHZFzHAu9v'
    'YjNF6V2+T/sUMgzKX2C+7QEytqgxvjMxrMF2izmPS9YQtv0k1oLK/7PzVCrWQhvsT7o214rEroXqKe+6LpKipO/NEZfvyDP1WSaX'
    'F8keSvZQsoeM9xCNHSX3029S7pmF91w0rswcy7N6mUV+lN8cZclbcPqu16I8xmS0Hdciy3Hx+DgJ7klwT3J+e8/vquT8TvZQsoes'
    'zu+8cOPI2toxcLlUC7mDWcZ07NaKcn8BNcLfX0AUuchUkq/ivaCpXBTlXlFlXg0xzB/eux4Udn5RbOeS6pKY3C1Xcq1U8qFshLkM'
    'mjNbOV0bWW+bOIGNEcYwpLiPxzWTOGChop90n5nCDW3LxFdOF5EvYn8oTxIknxz14QH4/YFqHLzOqHAW1udW0Dj7NeMpsHlDOfAs'
    'Nj/9IrxfLWqPRNcXdRWaiS7bVsM1V8mAdfL1+grMqa1exeaQ8vgTmYx3RKFzivWb6rf0WfLHYXT71oD+Ce17Qdj5wKJrLfnlBRZj'
    '3KjAJXxdwq6vCvbiumsO2sfDij0UVGZIAzu9PnvmiAhnBcXjKtzSbLHXKcwhXNUF7AXUqToRdPxU9OCgRk/dD6bGFDgzqB82e1Kn'
    'p9OuwMUq3J1md3gbWb8HSNoE5eYrxmByZtJ+DZH2gvqrso2nY8gSfsT07ObwvV2o/fJxWwJTXcQBn/6r6KyWCHtnG2lLZfd+PIPx'
    'FnKGtrM6hjTr3xsAawhLWMZU73Qzm6c6ov8+JLw+L/1gwQ+PZBmc92v234iPPYffXfWgzzzFqSde0jFst+O1ZyjoBNQrtLFPSJF5'
    'oT6adDZxKt8cy54t9xfdTvQcV38X/GiA3+x7n3TpQPTLiLFdf/tNuzmbB+V+t1sNQ3HqXz+0MJyNykz41QqvT3T0rajziR4nfFVd'
    '6qRfusiFF6pn8/ItAAOX6vUpan1sGFRwcdPbwN73Mq8f8bo+91vJX8IV0fylVFVgTwqArw/vc+HbpvzVPwT/NnvjkyNQuJf7pWQL'
    '8pCZn0YO/7LsjK+6sZgnS6/TL87ULLKX0K8GlX/UM/1ctG+TBlXjnwIfQB3luHM2mQ+6B1Idrj142Ppb2TlaM64f3wz4cfkFl2OY'
    '8kp97BwMsr3U0a6m5+OIUPuv7tXokNaxsQbR/Sb8DB0D1y3rU8ytTiYg1/V0Ed13OOXNBoTXP3ClfPdSemVIY8dSRMfiihjmPg5f'
    '+SZ2OKMTNG/9wtzGt1djZ5NmOBdhLAVtvh7ztxNceaR2KW9p8sKNG9yPNB1Lh4Xa3vEGNgdor4ppE9wnoP+LbZp0hXD9CmEMi052'
    '9uPdEcYQaWD6uj2Q4h7dQmQM3DblXs0c4h5thTU05TvGDHm7MHK4Zo2e6hYDWdERMcvCVLqvOSJzV9HsixhuHGJpnwKXVlpGuFy4'
    'cRS2aeTUo8LcJnlYlNtWzyLn7GiAPnIfO9vo+prwGM0ERvzuGIPW2lSupzr/DvqcfyZnvGr/XRxyfVVzPCr0Phn87olxD87Q3NVs'
    '0aytDmdLHbF5rK5uzRk6aCGjHNG0J9uaq9j/pvKtgoJG9DuLdDJp+W+d7f+2gLH0MpijOuf43k92wO0LutlYhpgclPKMzwF9/p+Q'
    'PtDhP95q4dqLS7yF3+4le/VeEc2fg86nS6cI9ulymqiM35JjRDQ7b7Rlpn4Z+gL28HZhthY5thbfW+iuxfcW2tF5vwOZUjOkj4D/'
    '8usecdudC3i6lv2kfaO0bZR2jdKmcaj4qysiuW8U+brB4r9v/4AQP/uAubJNkM1kiRaCVLYj029AXNdBeC/bLMVf/YDb/zbofw37'
    'PVos8+3i77Xi7+7ir7f4u6T4e1fxd0Xxt6HDvN+PQvvfhvQ1SO+GtBfSSyB9F6RXQCrbwv7WknWuI3KuuuJYb7qzvN06GL98T3FG'
    'lQZnIB74LMS1PQ388P5qh1fOrKMFdPDZCvNcxX5rin186ZbiXLxdiMvWF/fbtUL8+jL/+VwD43oJZGqybMlf8HrYs9eCv/3LguFU'
    'wsjsAQf3Sbwncd5BgNv7IX2gww5OEe5kvTq8WoofzOD4fvb3A2Td50H/69hv1obi/I85sPQo7LW/K/6+AnBqC690HLLuEq01Vg6v'
    'j7J993eQfoXBrQkcZwk8yt/zxTZ/21Pej+ehH/K9KiY2tvuSoj/c1+q/wLfHA8422r8s6d8x1xfXqVDeP/mutH4F9V3Sv/05yKru'
    '9PYn/wH/WNCq/qAuUhruFOR9Au0Pv2cII/fk7daxdmUsSyl/pe1ifEv53qZdjKF5+XPx+AZW+d22rTcvvLFakVenMV6D1kfKf6Xs'
    'V/jIhLmcYd2+6H67bwOZ+sJHvL6IUd6+8nEvPH7xAUh3+8Mj+j1D/Qu0ix7+qnNH1vGMF58Mf7XcN4fMYwMnGBtVwolMv/sIzONu'
    'u3p2fQvO4d3B63fKY0L84qHycZwCPkXk+zBwvnufdx5zbB73FPfgT4rzdd2j3nncA/cSP4H5lHls+oH4QTzlHX+ejf+VbzqxbWn7'
    'r3zTjXlr0+7Pvlbe/s5Ho8H483tdeOZwfNt+F0b84LiG4PgslH18j5Ne+SPvWYPfHt1b3s693/D6v5XlS/TXw+q8KplmiuhjY59O'
    'L+7TK4u/tcVxXv2I+qw+HWIVXwnpWthjMr/NGt0Ke+PKR530/T8qj5u8H/ycvfiQF4bzDIYlvyB5BXo+YX8pLxHmrHoE4k0/81R4'
    'P22cd8ow3ukL+9z+fsHybnL/oy7vVMl2KJwH4TJ5vsuzna7DvBC6Aaq9SM9wft5c/g3Y74p9intE4gRT+qeR0GPrpP7Dg+VjWgc6'
    'EfI95XtqNXwP9uUvnnbPE97PAYjr9Z2vmp2L1Wwv3F/s0x3FvbnuQe9euB/6ewfs3XUP2sEA3lOvfs6u3J99tzwu+137gs8DqYty'
    '177y/lP9FJv274A5bd9Xvh6zhf35gHi1dM+834sDMabNDBGOZlj3HRf/ybrmkH6GresnD3lxqske4LT4aHEP/ZHRKKOwr/5oSaOo'
    '8HKYcwRj3T0AsqMlX9OfHzo5YvW4Wi8hzvg0SHvPB1mq1CegugVhdSx0uF43Jsq/oF866VNuIvr7/wErtZ2L'
)
