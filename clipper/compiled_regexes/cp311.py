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
 ('(?:^|\\s)(?:propos\\ recueillis\\ par|ein\\ beitrag\\ von|geschrieben\\ von|корреспондент|reporting\\ by|автор\\ статьи|escrito\\ por|kontributor|bài\\ và\\ ảnh|da\\ redação|scritto\\ da|written\\ by|a\\ cura\\ di|posted\\ by|redacción|reporter|story\\ by|words\\ by|authors|autorin|autrice|penulis|pewarta|text\\ by|tác\\ giả|auteur|author|autore|autor|texte|автор|текст|oleh|text|書いた人|bài|par|por|von|執筆者|投稿者|通讯员|글쓴이|작성자|by|作者|取材|執筆|撰文|筆者|著者|記者|记者|文)\\s*(?:[:：]?\\s|：)|^\\s*(?:di)\\s', 2, 34, 4330, 1187, 0, {}, (None,)),
 ('(?:^|\\s)[^\\W\\d_]{1,3}$', 0, 32, 5517, 38, 0, {}, (None,)),
 ('(?:^|\\s)[a-zà-ÿ]+$', 0, 32, 5555, 37, 0, {}, (None,)),
 ('(?:^|\\s)a\\ cura\\ di\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5592, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)auteur\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5690, 87, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)author\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5777, 87, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)authors\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5864, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autor\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5958, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autore\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6043, 87, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorin\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6130, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autrice\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6224, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6318, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\ và\\ ảnh\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6397, 100, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6497, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)da\\ redação\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6583, 95, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)ein\\ beitrag\\ von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6678, 115, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)escrito\\ por\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6793, 107, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)geschrieben\\ von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6900, 115, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)kontributor\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7015, 102, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)oleh\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7117, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)par\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7200, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)penulis\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7281, 99, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)pewarta\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7380, 89, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)por\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7469, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)posted\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7550, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)propos\\ recueillis\\ par\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7648, 137, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)redacción\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7785, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporter\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7883, 91, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporting\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7974, 104, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)scritto\\ da\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8078, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)story\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8183, 96, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8279, 89, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8368, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texte\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8451, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)tác\\ giả\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8536, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8630, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)words\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8711, 96, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)written\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8807, 100, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\ статьи\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8907, 135, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9042, 102, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)корреспондент\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9144, 128, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)текст\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9272, 104, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)作者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9376, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)取材\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9455, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9534, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9613, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)投稿者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9694, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)撰文\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9775, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)文\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9854, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)書いた人\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9931, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)筆者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10014, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)著者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10093, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)記者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10172, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)记者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10251, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)通讯员\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10330, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)글쓴이\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10411, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)작성자\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10492, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 10573, 82, 3, {}, (None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\)|copyright\\b)?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>(?:[^.,|()\\n]|\\.(?=[a-z0-9]))(?:[^.,|()\\n]|\\.(?=[a-z0-9])){1,59}?)\\s*(?:[,|(]|\\.(?![a-z0-9])|all rights|무단|版权|alle rechte|tous droits|todos los|$)', 2, 34, 10655, 742, 1, {'name': 1}, (None, 'name')),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 11397, 1043, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d.])(?P<year>\\d{2})\\.(?P<month>\\d{1,2})\\.(?P<day>\\d{1,2})\\.?(?![\\d.])\\s+(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?', 2, 34, 12440, 890, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:(?P<m1>\\d{1,2})[/.-](?P<d1>\\d{1,2})|(?P<m2>\\d{1,2})\\s*月\\s*(?P<d2>\\d{1,2})\\s*日)(?![\\d/.-])\\s*(?:[(（](?P<weekday>[月火水木金土日월화수목금토일一二三四五六天])[^)）]{0,2}[)）])?\\s*(?P<hour>\\d{1,2})\\s*[:：時时]\\s*(?P<minute>\\d{2})', 0, 32, 13330, 560, 7, {'m1': 1, 'd1': 2, 'm2': 3, 'd2': 4, 'weekday': 5, 'hour': 6, 'minute': 7}, (None, 'm1', 'd1', 'm2', 'd2', 'weekday', 'hour', 'minute')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 13890, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 14431, 1044, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|wita|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|wit|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 15475, 559, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<!\\S)@\\w+', 0, 32, 16034, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º)?(?:\\s+|(?<=\\.)(?=[^\\W\\d_]))(?:de\\s+)?(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|settembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|febbraio|dicembre|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|gennaio|ottobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|aprile|maggio|giugno|luglio|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|gen|mag|giu|lug|set|ott|fev|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?,?(?:\\s+|(?<=\\.))(?:de\\s+)?(?:(?:ค\\.ศ\\.|พ\\.ศ\\.)\\s*)?(?P<year>(?:19|20|25)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 16061, 3908, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|settembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|febbraio|dicembre|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|gennaio|ottobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|aprile|maggio|giugno|luglio|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|gen|mag|giu|lug|set|ott|fev|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 19969, 3996, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[.!?。！？…\\"\'”’])\\s*(?P<sign>\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\))\\s*$', 2, 34, 23965, 1475, 1, {'sign': 1}, (None, 'sign')),
 ('(?<=[^\\W\\d_])[.!?。][\\"\'”’]?\\s+', 0, 32, 25440, 221, 0, {}, (None,)),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 25661, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 25687, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 26280, 240, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 26520, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 26551, 77, 0, {}, (None,)),
 ('(?<=\\s)PT\\.\\s+(?=[A-Z])', 0, 32, 26628, 41, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:T|\\((?=\\d{1,2}:\\d{2}\\)))?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\)?)?', 2, 34, 26669, 1611, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 28280, 980, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(jetzt|gratis) (lesen|testen|abonnieren)', 2, 34, 29260, 124, 2, {}, (None, None, None)),
 ('(powered|designed)\\s+by\\s+tistory', 2, 34, 29384, 106, 1, {}, (None, None)),
 ('(©|ⓒ)\\s*\\d{4}', 2, 34, 29490, 37, 1, {}, (None, None)),
 ('(наш|наш канал).{0,20}(telegram|телеграм)', 2, 34, 29527, 93, 2, {}, (None, None, None)),
 ('(にほん|日本)ブログ村', 2, 34, 29620, 41, 1, {}, (None, None)),
 ('(打开|打開|下载|下載).{0,6}(app|客户端|客戶端).{0,6}(阅读|閱讀|查看)?', 2, 34, 29661, 122, 3, {}, (None, None, None, None)),
 ('(扫描|扫码|掃描).{0,10}(二维码|关注|下载)', 2, 34, 29783, 73, 2, {}, (None, None, None)),
 ('(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ]', 2, 34, 29856, 180, 1, {}, (None, None)),
 ('(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,}', 2, 34, 30036, 156, 1, {}, (None, None)),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 30192, 227, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 30419, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 30517, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 30696, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 30777, 21, 0, {}, (None,)),
 ('AI\\s*학습.{0,10}(금지|이용)', 2, 34, 30798, 55, 1, {}, (None, None)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 30853, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 31091, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 31345, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 31535, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 31773, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 31801, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 31981, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 32173, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 32379, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 32411, 30, 0, {}, (None,)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 32441, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 32560, 139, 1, {}, (None, None)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 32699, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 33015, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 33236, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 33729, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 34053, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 34259, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 34287, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 34307, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 34339, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 34501, 16, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 34517, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 34723, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 35009, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 35205, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 35259, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 35283, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 35307, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 35350, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 35612, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 35906, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 35924, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 35941, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 35970, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 36094, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 36224, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 36431, 270, 0, {}, (None,)),
 ('[、・]', 0, 32, 36701, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 36719, 104, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 36823, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 37242, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 37258, 44, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 37302, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 37391, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 37510, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 37585, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 37666, 16, 0, {}, (None,)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 37682, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 37718, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 37831, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 37875, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 37899, 44, 0, {}, (None,)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 37943, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 38426, 277, 1, {}, (None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 38703, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 38804, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 38829, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 39678, 108, 0, {}, (None,)),
 ('\\d', 0, 32, 39786, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 39800, 28, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 39828, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 40043, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 40175, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 40294, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 40355, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 40467, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 40594, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 40715, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 40989, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 41123, 137, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 41260, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 41379, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 41407, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 41423, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 41687, 4095, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 45782, 55, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 45837, 289, 0, {}, (None,)),
 ('\\s+(?:septiembre|diciembre|fevereiro|noviembre|september|septembre|setiembre|settembre|december|decembre|desember|dezember|dezembro|dicembre|décembre|febbraio|februari|february|november|novembre|novembro|setembro|сентябрь|сентября|agustus|febrero|februar|fevrier|février|gennaio|janeiro|januari|january|janvier|juillet|october|octobre|octubre|oktober|ottobre|outubro|августа|декабрь|декабря|октябрь|октября|февраль|февраля|กรกฎาคม|พฤษภาคม|agosto|aprile|august|giugno|januar|jänner|luglio|maggio|август|апрель|апреля|ноябрь|ноября|январь|января|มกราคม|เมษายน|abril|april|avril|enero|julho|julio|junho|junio|maerz|march|maret|marzo|março|марта|aout|août|févr|janv|juil|juin|juli|july|june|juni|maio|mars|mayo|märz|sept|июль|июля|июнь|июня|март|сент|abr|ago|agt|agu|apr|aug|avr|dec|dez|dic|déc|ene|feb|fev|gen|giu|jan|jul|jun|lug|mag|mai|mar|may|mei|mär|nov|oct|okt|ott|out|sep|set|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв)\\.?\\s+\\d', 2, 34, 46126, 2473, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 48599, 220, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 48819, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 48852, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 48893, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 48914, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 48972, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 48988, 16, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 49004, 179, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 49183, 104, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 49287, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 49482, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 49862, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 49917, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 50031, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 50328, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 50506, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 50563, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 50620, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 50677, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 50734, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 50795, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 50852, 40, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 50892, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 50974, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 51114, 30, 0, {}, (None,)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 51144, 97, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 51241, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 51342, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 51366, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 51876, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 51900, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 51924, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 51945, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 52353, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 52494, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 52616, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 52637, 191, 2, {}, (None, None, None)),
 ('^\\([a-zà-ÿ]', 0, 32, 52828, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 52847, 171, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 53018, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 53056, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 53135, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 53291, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 53447, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 54292, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 55136, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 55282, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 55473, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 55519, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 55765, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 55843, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 56055, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 56287, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 56398, 247, 4, {}, (None, None, None, None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 56645, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 57267, 369, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 57636, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 57785, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 58373, 206, 1, {}, (None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 58579, 347, 2, {}, (None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 58926, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 59055, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 59302, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 59670, 115, 2, {}, (None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 59785, 71, 1, {}, (None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 59856, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 59931, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 60077, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 60212, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 60325, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 60399, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 60476, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 60603, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 60973, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 61015, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 61108, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 61154, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 62024, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 62449, 510, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 62959, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 63032, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 63242, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 63325, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 63469, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 63615, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 63745, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 63873, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 63989, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 64492, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 64747, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 64933, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 65120, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 65573, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 65794, 171, 1, {}, (None, None)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 65965, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 66033, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 66111, 311, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 66422, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 66503, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 66593, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 66669, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 66744, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 66801, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 66848, 39, 0, {}, (None,)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 66887, 97, 1, {}, (None, None)),
 ('^\\s*by\\s+', 2, 34, 66984, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 67016, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 67981, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 68061, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 68144, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 68193, 105, 1, {}, (None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 68298, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 68383, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 68540, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 68588, 207, 3, {}, (None, None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 68795, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 68919, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 69023, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 69071, 77, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 69148, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 69186, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 69215, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 69259, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 69315, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 69374, 38, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 69412, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 69564, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 69645, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 69816, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 69869, 116, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 69985, 60, 1, {}, (None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 70045, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 70144, 30, 0, {}, (None,)),
 ('コメントは個人の見解', 2, 34, 70174, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 70222, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 70266, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 70312, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 70344, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 70392, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 70444, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 70484, 36, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 70520, 30, 0, {}, (None,)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 70550, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 70624, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 70684, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 70736, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 70766, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 70800, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 70862, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 70897, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 70943, 48, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 70991, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 71017, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 71043, 53, 1, {}, (None, None)),
 ('채널.{0,10}(추가|구독)', 2, 34, 71096, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 71138, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 71188, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 71289, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 71343, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 71396, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYXkWVaP1771sS0glNaCAJSUhCB4iEEKDBjOATEjYFZQm9/Ok26XQ3TXdCYpAg4AYOiIM6T2dceSMYFFAHEB1DBkmYEUdQ'
    'UWeYMYz4xvBmXB4uKLzp99d/z+Ge/9yqe6vuf//uTudevp9K31t7nTp1zqmzNAgh0sJ5ZDpeeHKF9N3wd33hl4C0uvCbVfhVFX6N'
    'kNYUfk2F3waoA/MOwLdM8aX/k2R/pxLT6ilOb7JT7BJlPJ0+39IBZZMiuG25npsKv35Yv15Yv3S8fhKkxS2irOdY36+fDq6g0VnH'
    '4tMKe1HAfq2HdZL7sY7sw2b4t9zPbRmn3DvZPrVZ56B1P8SfVHFibiqis6pQq+yAis93gyos1leuawPkrwH4QJwt8e4RMuNuIT73'
    'I7eMhKP2wj+WQrk6eI/lclhuXaHtTzm4PdPhlp9d+M3V9BVhStXXMG21QH9/W/j9XyhTS9qTz387x9Xrz/j4jTcKsk96oC6cx6th'
    'rlIh8FpiGuK1XdeUhdeSfh+rAD4p7NxACiLsJALgPF73Q3vdW9j5JeHgPsCFKQt8V/Z5lZp+61hEmiXPrmgWUfW0e1/FZ1V8VsVn'
    'VXxWTdezqsUSx9UDSm5/3Elv2eekv/62kw7c76Tfe9Jp5x9JmZ3fddLXHnbS/Q856ef3Oukjzzpl/g5gTL77xQ1O+uRHnfQHb3fS'
    'Fy518n6F5H3ug066+4PqvF8geY/a7fZTph1fctI79zl5/4rk3fmgk86HMaf3lY7xLpKXzwuv930kbyuM+2t71Xl3krzPQ57XHlPn'
    'vZbkvR7aPuUZdd6NJG96v5Ou0tR7Bcn7yPed9Jmn1PNwIcCRfLd9xEnP3FK6BueSPHLxVG2eSfJ8DcZwYG9pWytJnkefddK675fm'
    'WQowK9+tuNxJG650vi0g3+7pdtJL7nS+zSPfWgGWMrucb7PJtwduK/3WRL7xMVWTb3zeKN14XQg+uZWQSUocnfDn+W3bamD4HNfh'
    'BKAhlhV+yxW4pwnkfK3QP1pHluRvgjroWdVM8jdB/bb1tEQ5p8niUNr95tS2vVh2FSC7Cphz/1MyWTazgDT71gKQ/Qjgo2rcWbsu'
    'qCILa3clpXFsxWwBA4n6EZP8tJP9EeaheGJAuHw34gO5TokOJ321w6VL4zWb/DVrgfWpHnf21qcKzPJfZWL8NxVl9zZ8go5+qvah'
    'n2zvf3AP0zPzSgvecpo/SRCXzQ+9yXcFXr3G9zmxjCyWkcUysvg+J77Pie9z4rMqxlnxWRWv+yTf50hY+HlI+jy+34nvd+L7ncrc'
    '77TEdzyH9R1PLNOcenc6dH82W+6TLPACCYBFbmcym8knqb464or5T7p4WvblzYpvTzznfDuHfDvvEie94GLn2+mKb7dvcL6dQr7V'
    'rHPzNMLewW+17NtC+LYIxiHTLTBnR5Nvw+wb7lksh3sZ8+DfjWTPYT1+ecOuUwuU4XRxkvFUNWytUpa0Uwb6uxr6ewZ5d85G590q'
    '8u73eefdyeSdpAMaYcwNMA/9pE3h0+dG2EjzyLylYQyU900GjD1D/qZ3aMsVeRNl2G6kLfrUDP2Se+o4Nu+NFu3KcWRhzzSHKHvL'
    'N9Vn+ttCnrO17HzIEhiS6bPb7etthnps5jYX0dzK/oad26qnvXOL83uuCDcPVQTfqvDYiT54bJEFHjvKAo+1QP/ltzGyx2U6Ikrp'
    'SfyWhTXjeLCazNF7EuFgMMvWYRGZvxroxxcg5f0ehbQH+lZL8vSR8WPeMLjC/l4vOe1lDMUJDf0EXutZwY/JeSrhc2YA3K1mdQbh'
    'LZR9PAa6U3gfjHLQ4z1wkzysH+Ej41MQzbvCQFaC7HWKsy4m+GwH+/YWgncQV+Rh/fA8vA7SGwHHYT1I+1YrytM8JxF6ak26tO6z'
    '0056c5tb9+q0U24+6ds21qd3ouyB9KmbjW0mwKlp+VFy3uhwfq1m/ywOyQPzepZGxAchz05p46Uwnk7ybiFZxwzR15Lv3gDjxbmg'
    'Z/ggpL1Q/gRF3jFN3nYYG82bZ+cUyoJonu2iVBbEy9Ozm35blQ539vnxmGloZz7jKVdAeprwyq1OQvmV8Mqt8NtKBnMq/Kt6h/Te'
    'EZrvTUBvmeJ3FfzzecjC/GUJrbIw4P6jJkKZmIm/CJRnngz9qyNwzPcfwmpCQU8NMVjOa+ipRIXHYtse3bN9ZCw62E4SvPHutMtb'
    'Zwmc1UA7qjZpH2XZsxl9P8Lmc5j87XfmNAHeoHXkCf1L8U3eANcPkNQvr2mfhtlcIy+RTTu40bRfg6zebouyo2x+6LrTOrcqYFr2'
    '9V9Sbl/7LGiBHgUfFdTXvGJ8qvHr+vpAypHnIL1A2zsTaIr3EJqiM12arjSgQ84yqPcMlucUyHMTybMyXZq3CuVSkPeWNie9tc3d'
    'Q9en9PA+zOZkhKy/CXypYKKbnbGXF9o/C951sDGeBP3e1ebukaAxmawP9sdvXUzaon02yXt+upROmJNyZDG28D9isUeHNPhjiOGP'
    '3ycdmaJ8t1lzFo1atN+tkSHwdn9caLeNlTkQUL9q3x5g7z83r7Tv/dDeN5IOzYd0IpX76PZBL8Nz/wHpz8iYZN33FOo+pkLrqFtP'
    '2jfZh1vIfG4ro518wDmB+7c/6egzqeaRn5cjmny9Af2T7awj7Zie5arx9AaM5xTSThAc9JA0aH5fZufK3EI7M0LgXZoP91Au6dBp'
    'pnPB690eMCe/Sjj1U5jidfRa0DC8/h8lHH6Czi3HG/2Kdv3ak/U+blDvkMUewbX7okG9JvX1MBr/7sK3IxkM5BkOHouAnpRt7Ug4'
    'cgZVW9sUNCaXW8g63knq4LB5PXnve/6TucQ6XiDzQ8v2GcypxPvFe9SEK9/XrVFegZ+Kd3UGZfs159l8g7JDin0vy8xKOLyOadki'
    'D0fK+K0BbedV4Z71E0VzyXb/ldBdJvQS0rOr0+XTarL9b5L7myHGn+UZnfAQyes3rzLv3xD9qlc2OulasEXcAOnX1zl5P0lklKb0'
    'jiz350RGoOMBb1Xk4fCyk+TR8TzXEV2gP1zmpG96V6me1CaS527QvTprR2meLpJn7p1O+mXQt7ocdMkup7pkoG/12yecdBT0rtaT'
    'PB8GvasVj5fqZr2JyJ45jjmLyL+uXF/ax1Xk23OgU3Fhn/NtBflG50F+W0J1yHqd9H1w138c+cbnrY18u+yW0m+zfHTWGnx01qjs'
    'FftgK4PMgRzb5L567ri/vjrv09zx0j6hbslRRN5j2k8TejFIXqSSYadFeTIoKm9Du2RTeZupbD1sv+qZ/K4K5LddcHdyBOCgcYM+'
    '1UbQp0ryCjbwPicEvJvKQ4P2QDNZnwypL0nu5f3WoSrCdTCljeK5jWZuVbTj4TK31ZMwt3680OEy77kKz/tQjCcqOqeIk2M8Ef3c'
    'msh94nmPZt5t5WKHy7ynI5p3yvseLnNXF/HcVer+6XBZj8wEr0cM53bzGuW95+Ey980Rzf1U1s05XNayvkJrOZE6G/G+s1urqaxn'
    'Fu87u7WcKP2kw2VdshGti9+dakz72s2l6o43lkGEm8NK6NDEa1HeWpjoGMU4I9wcH45nWG0F5jBK3dLDZR1mR7wOh5MdT7xX7WCk'
    'UvrZh8s61FRoHWz01w+XuW6YhLmOwkYrlq2br89k2f3E+Cq6NQpjIxPzgnY4LIytSCyLi26OY5236OYy1ssqb07LtfWKZUR28344'
    '3z9Fxe9EbQMb09jh5r9Sdu0xT2q3HoeT346YdpqasHG4rEtjROsy3XwZxfvSTgYy0fb3sR6/+fpwO/V47uzmjtrxx3NnN3fUz0HM'
    'W4efu8Nt70Y1hypfIvEetptD6o/kcJm7VERzdzjNWTaiOfPzeRTvXbu5PBzPjqjmjvpTiufObu6ov6l47izP29tiei/s3Kn8wsVz'
    'aDeHKr958RzazaHKr+DhModJ6Mds+NFxod/FMUhRR4fHAmsieoRbSF4e6w37SufmBFEa47WZ9DtMPMfZwo2HGBSHKmyMwhYDHkS2'
    'c69w/UVmQK767Hw3fjHO3SKmB7FYuP4i5zL9Qa4Lv93iPhTtYPtFefHa5ByfwmCFj3mpYszHG4x5nnB9mFdqzKq4My2W4z9VePcy'
    'xuzxi5G2SFEuqD26X5ZBOqPdbs1M+9gi7ONL6fDeUuHGRbQdM42l2wT1yu+zsLwsdIkQ9CjkTyOs+0ZRGi/1GnIXEseP4/HjxotT'
    'Ucn4cXTfyT3xLnh/erze0369Zwj7+M4Yp9YTv705GB5eY/CQieFhSsDDR4UTL4XabFE7O27DF+acD4qDMEbwzSmPOekvHnK+DZJv'
    '54046RvBN3gf0Py6vqOumYkdYr9Q++lfR2gkbpcwZqFr2Cu8tpQmenNBcydj8B2t6V+vsLfTHDAsQ/kh5Gn8/Hujn06MeU5pFOqT'
    'e7mC9rDhPRKkHorXdH7Sy+FxwrSDPs51MSRVcSI7NPyBKZ+UEcEx7eX5f0/Knj6cDbymigfBGKR58g5jc19D3u2Ed1cIb/xw5I0u'
    'JXzMAeHGJMiJUjtijCl+nnDjwXZpYLzLAMbfINw4kgcM8i8hfTo5XTrm44Qbo6KzwUmPh3QBpCc1lMb3jCJuLPIr5fBZXQyusgyO'
    '5z/ppOn9TjtvVnx74jmIC0NxOuiJXHCxG5uWf7t9A8SFIt9q1rl5GmF8+K2WfVso9HHpjxb6uPTIU5nEpa8X5nHpqcwoZ7EOKLup'
    'ssRV1ZY0XobIZ2R/zyDvztnoxuzAd7+HeBcnk3fP73XeLRdurJV+0qYfLsK4wfMY/9Bqif8yojSObpbUx/MmQspgmqEeG5xcC3vq'
    'OAVtbbOns7BnmkOUveWbXnwg+/S2EDICE5nrs9vDyR7qLOe2PqK5lf0NO7dVT3vnFuf33JAymAaCb1V47EQfPLbIAo8dZYHHWoQb'
    'x2hMeP31UXoGv+lirTeSOXpPIhwM8nNyEZk/jM39BSJTV/me4zJ1ytNsKVNeW+/hc4OeZGI6P68zOqGfdGAOW7ls0Hkq4XOm4b2G'
    'Kd5qAXh6DPjAVtinGBMplo+o5CPOU0n5iOqe4mKCz3awb28heGeLMPd1ukO4tG+1ojzNcxKhp9YY2IKshrh/80nftgkz35x0bDMJ'
    'P2VSnvqQ0+H8Zs3+WczuQHS+i8qRJZjQElSWUK6MgN9xmpTPaOZnuQ99qxu/6T13zOvFvF7M68W8XszrxbxezOvFvF7M68W8Xszr'
    'xbzeRPB6Ojv7DOBoxKs5uBtbBmch32M50OsMe39cD/QkbUOUwQPKuXijXLMy+UBjmqTPjt7IWvYnZ9mfn7N46BlCQ5qsp8095R80'
    'tOkinJtxdy1RL/0H0F6LiPpJwKBT6eKg8ckWh1xsvzqoihq/j7Xk33VkRhsaSzWymqMbUZK9aGrSZ263qrrKGIcnw/W9nTKAvk+T'
    'XY+NnqQLmLZP0nNchXiaQg80YTlHVA5RR4aAe30Wwf0yrR5X71n+3UZngfPqJnit1pK+H4A6Mkb0fQRPMjVVyfu0MZEe6uk04QIC'
    '2660LCJK+uUoC9jV0Sum5ZEePc2iTKXokUq0P5H0x/8xpD9knT+BfKmYDonpkJgOiZwOiZKeiBovxfTD9KUfTOmG2XD2hjnT5H2Q'
    'SmaSDaA5lmvOuHJ07U8s8378RFGqG3+UmDgd+UZyp2tThsq2MgZ38SeydY917WNd+1j/Ita/iPUvYv2LWP8i1r+I9S9i/YtY/yLW'
    'v4j1L2L9i6mka0/lCXUEt1Yx/na10Ovc56BOek/RAXy9jjaldD7y+bz8ySQvHSu16edlVvq0iTIJG1ohTXghSiuYwCKebR9LlNIM'
    'qnjKmPf2hB1sUdiQ5XeS8j0h+jpAyudDlL+S9d+2/PmJ8vb9mkQwPXJyIpgeWZJwccNmi/63kXKbLMo1kD71k3ZpngzUHVRnHyv3'
    'B4Lneiz6dFA4foTCxmKndT1H+rDFoNxmKLeflDPFtbLc1y3LYT93k3I2cPvX5LzR7e27Sd3DFnW/j9Q9rKn73SRPjybPmOUaYLk+'
    'xVnK676a1N1tUfeFin7nWZ5zFXPL85xJ8mzT5FlpQBMsDUkTzCO0DG93toKfxG9N5FsP+0b5PR2/hPJppAtUfjlNee1FhIZIAJ0y'
    'k9AQSE/Y3quVK3P186mKtEuV8PrmqWftdgp/O7kGJsPS+TdStdUQwV3LbKBjVPJDlBM0KOAM5QM0/9cVMuocuwcx8Yk7B/qVJmtA'
    'bRTTZJ7rod5ZUFcjoyE3aO5YZpM5SzD8krfobwuhC+VYjzHAQ3nFvgw6K/JsT3YLr++xIi1W44xNlk/AncQqSI+BtJ3cVch0HqQr'
    'IJ0DaSuk58OdRr7G8VkbZnx+Y+Aw9ZYaR65v2k6U87e0xvXLOyhKfZ9tjbCdlhrXx1qvQb09Ebb9cnVl1pG38xPLdkZDtvOtanfN'
    'NrKyWxUwpqKzVPNJ/erJdu6pdvVMcc/Mh3QRpFWQntJQugdxrx1L9pis885qh97VwZvNvrmB1NWroDVs6tpE6uJzytdhjPGZ+H47'
    '1HWZT796LPu1toz54nCzQtGvg4b94nXNK2OMvK7aauf8CTv3fnBd3P9Vbv29FnyH6Rr9S1Vw//k4ugz2I+7Dv2f9N8GdNvP/Rajf'
    'Fm8F1Y/9/0hV+TCMde2qCr/neV1bqrznror/sI3hKvOuhzIrWOzZ9cDLrJuEts+Htk+EOaQ0EuLvIxgNNScAn7dVOfRg2L1b3P+k'
    'jiGFXIa+1+3BP+XcOjaxdgYN8fbBnLcfPZb9+HHOfD7yGrjcZ9CPsYA9/bc5h8/xmw8b+g7H92lS70Z2hmwV5j6Oeb0fVNSbj6De'
    'UcU8jBnUo/KBXCKLCQErfI0uMFijMOfdqYV6j2Tl+oSZv2UOY0H6Y21kDH1srgZZanPmZRXzO2o5v7/LBs9vGLr4p1lv38YM9yfW'
    '8V3St7WauOQ8xjzF5R2Qns7OlUcirhfPjM8WCh8r3DxB9Z0M5d8YQcxtbLN4/mcdnY+g2OyrIzyreyawTZzvN8E6msaXX83WTzeW'
    'jojrxf7OzTqyKUpTrGxw5VhFXcsGpoNIynQymQ2WOZaVEVlXP4bzpIs18p40qVvW8auMt6+nBLT77xm3XeRxj2M8b0NAu8+QOpaw'
    'dnOQnhBQxx5FP7gc69gAmu3LpI5WTR3HB/TjrzOurpbN2SXL3KEo+6LmzODn+a6MIy+n9Y6FPOOKd7GK+vqEmf9+fhbJ+i5X1Dds'
    'Qb8MsDNsLalvi6affRbnagepz6Qcn9tBVl8bqW9AU2bAon9VpL71jPfxO286NPjut+lo6kM8dyDtwi7mOYvlXak5m58JURbb3Zt2'
    '7QEm+vwtnv9kHvn8qc7CoDP1zyOqD+dnR9q96zumQY2ndbhsc9rVkTkm4My6huRNsLzzWN63Kvq0UsNX8z69iZTlZ+PiAPx+Kunj'
    'vIDxLPUZD897DMm7JCDvET718rO1lox1FpM/LAiYp9dSbjuzAvr0m5R+Xnif/jfJ2xpQ77+kHHpChaM5j4934N9Nldr7hDknZD3f'
    '8Gl7RHjj8xTPf1Im73PeUrz8WYN2drAydyvG2B1ijDeTejaxM2bQ4my51qcemzNqg2JcW0OM6wKDOeVyh06DMv/B+nsyKaOaP6oP'
    'hWUW+pQZ0JSZk3Jx+pq09xy15fUyKVenbwujE/l++lPS1a+whRFZ/iWf8gMG5f8Zyoe5Y5Tl/yHpjlW3Rq/f//nkHWAyza8mvXPY'
    'JUpjj+L63auoVyUzLNL/JK+fHLAo/0969Q118iyVjOlmzdoE7bNBKH9dyPK4T3uSXt1SlPu8ytbxcp+8YyzvBZp5McVDZyRdPBR2'
    'v8l6TiB9XgXl1xFamdJt7QZ5kSab5ZOX08Y1Bnmx3vGEo/MR9d2JrPsXREdUtQeK8j+SRyXjL+piJrx6cC+yffE0yaOiAWSeJxKl'
    '+oQmMFKU/yvGMcbGcb9PHoT9zyv6SPk7mecThjqzFPfJch8idQ9p9HFvIXlUd4cyz7tInl6NzuGIYj24XOKdPnkQn16j6DPXKbzM'
    'pz+oH70u4dW35Hj+zxRz3836vEaRp4+f/wSGTO+Pi3G9FXVz3N6mGOtBVs8MBQznDWA44zO2MeHGRNXlwfV4WWEbl2d74SWhX3uE'
    '8xeI3qqp7ESW+z6pe0Czh/5B2O0hHNs3hBceR1merwg9vsI9dJ+iHn5efYaM31SWUjz/STnTOwlZ7lbSJ9X5VtT/I3lUMpVGmEdd'
    'PXj+bPLJcxrk6SJ5VGdf8fz3yXN62vUD0WApy5HlzlbASNC5h3busyK8v0Bd7AZL+Q3y+A2W9w9cFzsl/GN6+OlDh9HPRdtanX5u'
    'pfRsZV0LmK5yrUIGQfXxlivsvuYF5LW1C24RZnFYm4Tex4zK/8xKEcdojf3GxH5jYr8xsd8YG/wX+42J/cbEfmNivzGx35jYb4wJ'
    '/MR+Y2K/MYLxqLHfmKnnN6YmhD10bJMb2+TGNrmxTW5skxvb5MY2ubFNbmyTG9vkxja5sU1ubJMb2+TGNrmxTW5skxvb5MY2ubFN'
    'bmyTG9vkxja5sU1ubJMb2+TGNrmxTW5skxvb5MY2ubFNbmyTG9vkxja5sU1ubJMb2+TGNrmxTW5skxvb5JrY5CYMbHJN7F4xtoyN'
    '3VcK9NUXMluYOguZM40fNUhwJ48fNcK+UbuPUcbTcxvEIPvGoLmRfXyajZHjxyGGQ2lcL34PimeaX1wvHOdKRT39DKfSuF4bLe7G'
    '5xniWW4r22RYjtNY1J4F7T2zsf3BpNkfhLXlt41ZFWSvXu1jrx7WJj22N4/tzWN789jePLY3j+3NY3vz2N48tjeP7c1je/PY3jy2'
    'N4/tzaeavXkO9nIazijErQPQTsYAt3LMmppeqLU4Ve/tDAf78BzbWQbmTRrsO1saSIjS2PSm/MwZ7K6Nyh51cgH6npcbUOSn92tD'
    'CntN3MMm9/P8Po/2JegOrmhLnnZ4bJUu0LCmjyZ+AQYJPUT71KWQR9Pv2yz0m8rpRze7b/1YYR46WR97Le4yR0OsVxeBDdq3iVgH'
    'Pv7L0s6ZorqDpXfKYfbAIMPzI4ZnCqe5beaX7wN6N9BGxmoz16q73zzjd9oVMBSFDwpT2OFjfSHlyIRV60L7bApHGzXzw++yUTfw'
    'd4a0jd8YHvAZw2AFx2CyLi8bwtyNKYfv1tn0mtra9wu1bfyIMLch6dLYOY4pcIbs+4UpR1Y9WTD0M5Lfb46lLukCNk9dGnufoQqd'
    '29xOJ5Fy7mJ0PlP81iwsvtuo6dsgm9cg/S4THRE5xv1JF7Zt6P3+KXDu/WXSuQ9A+DPpO61vi2b9bfa2Dpdv1dx/DyQdHk2FS7iO'
    'dreF/fGoQvfHpD/nJV2fS0F0s+15mw/Y84tJ2/0Vpsn53pa6pIun+LnzQsKpSzX3JrSJif5ZXrF2JnDz9YQjQ64kHcbn468Seljs'
    'VaxD1OtxQ8L1mRB2zJsM90Z3YnJx6zkJ515ORzdgP2xsVVU8I293Pmk3b8nDqfg/Tiuo5q7oSyLh+CkM025Uc/5zkDtXAtd+V/JO'
    'rOxBS1yCZVTzyfWkHxLufE6WXODDZMy2fVCdqYMB7UkafG4IGLKlla8Q7rm5JcTeCEtfFHXJQU80KrzfCG3PDQGTo5YwWS+8djdb'
    'Nbr3SaKHV0PuvmXz+8nd9yzh+lJZrJBvN1vKP7PCjelCZeFJIguvJ7LwauhDFfQb75xk+xvKupOc3jeUxTktQ26eNsjTyvSpbNdg'
    'et8KO2twiyjrOdbm7iFIL5PvObrW1WQNM7Dnu0DWL8gdbjXRQ8J8Uif/HQbtyDuM38P7m4QbV+padrfM778OFThJmT9pK90CzR2x'
    'XGszMNLnHA/xNCpgsJ7ompjgHoSnYQJP8bp7112x5jeWu+ZRrnvRx0fhH5cknPX8N6LjGO/rw29fxzSAd53TE0ADxLh0euDSJPmb'
    '0lAJwh/1k73ZC+scBsYSftszWZm9UJHHqTplsophHlX5RAA9Xst44Szh4ZsIPkVeusaCh0YYEDEMTFkY4Ps3TfavKrZMvUIXF8sg'
    '3CR87E7qDfm8oLbToGfGddRq4HsV4/3EbiE+9yO1Hhxvh9sXnGGRvx7ecXkUzUf33UwLGVaY9eJjuRDSS4ltgSlfbstXV5F6ZL0y'
    '7wrQqRWiNDbRRNle2sgA66Ft2e9lYPMh21/7oL3NUhjb9XL7+YMn7fuZtuwn2rLOKdP+Z+c+pwy1h+P2e2iv8qMQ9iqII2T974cx'
    '3QLjqRKH2pNQ6N1LiElnXn+dxZ1VgSZNn2TZNcDKmb0067K+qIS158GAQcLHToCP3MQspJyvFOL0TFDJ7JQDytAy/HZ6cNjDgvep'
    'CgekjSATQBq4/1Lnq3z/NvJ+xZ3u+wtF7GsjKl8bEn/HtleTY3uFNCaesT+JfVPEvik0a3yCYo3p+hwHOidIc8l6jmS0ehBtiXad'
    'prQ95ZFUNGPsTyP2pxH704j9acT+NGJ/GrE/jdifRuxPI/anEfvTiP1pVNqfRtB3fldSfYjelci2Rq+eOnciRTqmr/J3Hzb9+Xne'
    'tSuxpQ8oTVo17u4FXNM6yJci90GzCLwV7/LH1fXx70jHLA0pA4p57ZjXjnntmNeOee2Y14557ZjXjnntmNeOee2Y154M35W1pDzy'
    'zzxWZp71YwfD3UeCfhvF7yq/JmH9AKli5uAdNfLJOTKnAxbwwmNnnSTcuJ+jFvWMauqTdHeb8PcBQ/1G2fpByWv0RlAewNe7BXA3'
    'Xe9mobaL3xbQZi/h+44SXh8A5fid4jHaeZuqGEomOrrcH4JNuXJgmPv2ofO5XbFOGbZOtO57ka6er54D0/M5DT/dWarCFQsIrqBx'
    'MjG+2HlpB6ZSopTmpzolq1kZXsfpPnGyUO9vJnxPMBwwQ7MfuX8XHZ5COl/u2bnCPM4vj3WPf5/MYrzjGNek/fcrrk+WyGI2d7hy'
    'Mi7zrGZ53gXpRzq8sk9Zvqgb06fHrc9B+f+C9AFIL+rz9jED807lRZd06+Wy8ltRU3FDaQwx+u22u0tjiNG6b7jDOyb8Vn1HMOxk'
    'NbCji186TM5tnOfPXuGkp0J/f7WjlNehed7A8vA11/VtNpwfXAZL5zLzUSd99TbvfD14N8Tfu00BA30wb9u8fcowWoHiCmxjM4zp'
    '5h79OmOef+rx9g2/Ja739k3WScv5rWWNz1oW5Z0AF799d2l7tC/XXeSkvxjQw9UNd5jtV2rr0/YNp+wj39fPEeb5wA9d3TD8JsvJ'
    '9JmnXJxUrygn04c1ZRp9ynxohbqM7mw1kddcv8+Ohy+xebNleqcXS59SM+Kh1cZBcdyOyednPt63SVx0KsNF/OzZvcdJv/1tJ71z'
    'n+s3qZ7AR/He7RnAnw866YG9TrrqMafMXKL/Sb/xdjiMz9oP9X8J7lB2l8L8msfUMN5iCee/+aqTXvWIXbn3wx5c9Vy0MuG54+Hk'
    'fDUEMEztAU36mhGlNrPU39MyHxozBeWiiF+YIzB0CZG3Fvl7Jn+9zyfv+Szvp8g5yPMOB7RzJ2nnzZCiv7YelvdWkhf7gH4ve1ne'
    'HWQfvhHSIZbnWrJPeJ4RRf8bSTu0D+eTOvxiUKIu+tGi1LYSx7A9oDy1s1aNP6jtlURefT7j2bawv7HePKkfZT24Bueyst14twp5'
    '55Cz+2xSBuXxOQYzZwsvzTgv7U0pvkrj/hRurF60qUX4x72C84EyFLyPRN9t3E8B1bVIkD2M39YQK6M1UN8C+PsY4fVnyePJI69L'
    'aeu8JQ/OfZNvIfxdI+h8tBjkpXgJ5+xMMldHk3U/C8pdr2lzpqJN7iu516BN7jOiiugs+K2DXKcPERk93xMnKvBhP4N7hGkc01ZF'
    'XtwbXWyPbCZ5uxle6SV7HW1Z6lnbfA8OkPYaYb/Usn7mWZkuYsvSyGQwPQzHvZPhOpRjnkb6dp0CV6n6tpTwvhyHbGHtDLD5G2V1'
    'zSF3/pTnzLG55X4icY3o+b0C7HE4bKH8OBEAK4hTqP84bstOy0v4nAnwnCCwbQvLUfSpidEp1O9R4W1K3nPo7jqQ756joHVVeKmV'
    '/Bvbo7pFa9g+TyhoTt14dXMo1/KuhIuz/ebwzoQDQ7p1SRO4kP038dlvQ+++Hejur+3159s5X1wF9Puep7w8+SjwEPc+qablcWzb'
    'oF/4rgbnRcM8Ysyt9LS+Kc4kxh8fv4MymD+VflHarThLf0PjzoDSrwjHkLHw/DQlbJ9duBdH4zWdVmuK+/ZGxb7NTeM1zsDjnyub'
    'GP9jifeyXeOTscY36tfY1PdS0L7eGa/5YbXmuO83KPZ97HsykRCrXncJqRHrGjwBODn29znxc25Gp/qsgXSdmZneOo0dTKdxEXOa'
    'ZP20+H2ssdaJ9D51HXxfjcZrOq3WFPdtA9u31YIoxvg05JFJBOTX+ZD1uxc6QXHXotLzaRWu30jk5avYfQ2XJdveB21nfbDZDyEu'
    'hCcmdHZaxYWV4Ud1UTj9bdPbYWsffk3mX/zsg07wufOL6T0fmFhRzgJWXRSUI6b3Jn7OecykPgX8h9GDmWZrkzLgWn2fZHjcVrI/'
    'euM1mVJrgvumSUd3dRR37C7d+VdH1rY+RLkgui/ZKW4Pgqlai/wcX2C7qJNlE8vDJvaH6X28ymZkmN2DDwl1XNsjiJ1Fjwgf73FU'
    'lK+zuNqSnm0m+gj18H2WsIuZNJ3XdgmwZEFrx2MS83iL6NfRNIYr1zUZE167lekAK5RukO0fumdUKnIaLlnhWIlBx9ehTzdMvzWJ'
    '41sGr9Et5YngrOJbBuFNP3yXjGnyEpq8knsraSBeivmkqbcmOeHG9+H7y0QPWCVrlmV+LtQx6WzWNzW91jtd7noHXcFHAQ9poIkR'
    'NjbBOm602LfTfB3pGdgeUgLofwZ+Olg+b7NHi38X/nGHak8eco8qsEkylZ6EnjTZCKeajEVXnpH63d2h7VCyw/2eJtec5eJ3+bfU'
    'b7+WtfviQ076F5ZxsWJ6WoFLygPDQHpadWZPH7lATCfHa1L5NWkFOSLFY70xTTRxcoFPm52XUcgNSu9Xk6nD+cG55XZQ4aPp2j/e'
    'vRavyWSvSaBem0//lHptAfn99Nrq2R0V6qQ1Mt20DQq9Iu39cKr49xdUJHsV01+qD1HObzyfYOP5KJSrMdIJlZKGTBb/zk2rU6aq'
    'OM1//qNiaNFV8CtM7C4b3vvkJ6wgvTEwR0rsyex5v/Pva8j7di0loecFs+Mv+7P+nQG0zIzi3CzSsZr8HOQxE/CdvEvdU/itT7pw'
    'nlG8Dzw/Q+CVyfJpalEsJSJ+xiN9As7PeE0mfU1w39yh2DdwlhRweRIWLB2oFJXJ+sxVbsqsUTCeTiYnZKVs67Bt2fvVppz6e6OC'
    'Lr49hpkYZixgBvFOl4j16SdDt7sK5h/379Xx3E/K3HP5D/el3ArvKR+GfrdOADp4mXBj2jQw3b9Ocm9D68iS/NzWZTbRAUS/oMtD'
    '1NMSwF82s7q4nqGJ3xusv47hkVkBvDfOY1A+3v8cW5c0WxeT+uh8mui12va1G+pJQr2z4r0dmW5fkO4D19nfAOsWz//Ezz+VwSc0'
    'd8/oYw5jeGXJvuG+GetYPoofF7aHjyHmd6+OcfyuiuBuYUSDF2KdqKmvE8XxyhDBK/H6HVrrZ4pvjjDEN354aUGF8VL1ePl4qVpB'
    'u6G/2BsJzGc13ziNlhRujIIa8jeVHaMvRk5Hpsl603udFLvX4f4cD8jvbK4wH/p6RJn1v/ncvaQAPq6JdZTUfNmu17cp3CtY3bnI'
    'uU4H3bKgnZ8KfukeWAbpjHb3m0q3zURPWa6xX7ycRji/kfdD1ws9ZD82gm7IXFFqW4Y2b2gLh/6MR4R5TCPql1i2s77wuwD2Uz3j'
    'U0x400Odr7XFdaZw0B+BTs80ezT3KXZHve+mN6iqEfD9BcLOlz/6f+U+mJeQb+hbGeM40Xgq6JMaY6W1kW95Uer/epbiG9bZoGhv'
    'lOneNsE5pqIVTGQU3E8P9TNebj1877xPITeucjIk9ffj6Smiap6tRKU586zWsTFbqoqnyXHeOwQDYagZ6V1VmrHKnkan91G3xDAR'
    'w4TivonzGsX4WhAn7tUOL43Hv/nJs7sYfiuh3UPoOkyjJ/BiNArd6IRCDwj5uNi2nfBQneEXMvY3MD3XxMafyIkW+XPAy1FZTJXw'
    'j9uVgXJJURoXTcZmQ1nWu4Ubh5vGvpTftglvXMyNLM8gyZNn/DHGZckLN9b2mDDz6SLLXSZcHzA8/vCYUMd65by4Kp702cKN2cNj'
    'DG8LKN8EV9qNsH7zQtZTTjxsjKtLZRA8nnS/Zk3xAJE8/FEh7kJK4ldCvL3f7S6N00FjQXWzdsPw/H46reLHhTp+6uLDjOK9Kk5n'
    'O4yhatyVA3GahX9rJnu8AcY0j90rI7wuhn/LOqhst1khA64ed2VPQnhjvlSJ0rg5iwjOWSSmhy8uVSyc1ewbxruZKdzY9jhv5cBU'
    'ped4uvrEClozmzoqubZZi7VF3IZxRp9QxCC6E2IQfeeR8n2KnRFyrhZFPFdpwhrqYnAuCTG+3TBXTRBn+MVH7co3fsM8Pz93bNqh'
    'MafKnUPKy+pkdY0KXgvhNc3g9QoCr1ewc4jHYLuKnTOo84CwrirDYSho/+j647d/TvTZP4vIncUr9zvpxx+G/fFDb0xGWreKDqFx'
    '8z75NNT3HW/cvJ3Qj/+Etj4PsYYfeXby9/VVbP3KvROmd+NXiFK6JkfuZ65gMKLrj5yfGcKNsbooQDZdw+ZnsQiOe5kl+4PDHG0r'
    'rZF30/6q7rbxriin2CcIc0eRubBZ/zB99LvbQj1WjOHIY3Cr4q9ugzq/TWi8QUJj+PEZtD6kR66F+h4EujeIT1pIaBWbuVuJ/CpJ'
    'ZbsfIeuzkdA2QeNAOudm4cR2xHkIop82szRvwLNuUqwHzt/15P5rNqt7yGAcJjzz/yD31pwHHCR0JcZXNpk7XrYR1uRIctaa8Af8'
    'Lj2ozCC5j5vB+jMq1DF3dXKCLRpaN0t0fvACY55w41PK9y8Q+JR9fh7KzCi+TKbSmezrTy6brcJ/V2drarN19Q34NDY1TNLTLP/X'
    'UomaixPzSpE2eKXUhmVXMV7Zfc7z1rd+sZj+YPGK+euWLLvol+svfuvX7rtvMXz+00duvc/EYufrN35rUUKkf134542y6qE5LkZx'
    '2vpvp537Lv3hfeSRK7crUsu/zp+a2Ant0X1txb/u8zwvfYv+NS7G9xR+8v9vHZfjFMX/DhT++3Xx/4XnWy+/CjWPj//B057F1VXA'
    'c43iXbH9doPCRtpFakupyYpfU9T7E+p4ucsJ7qBn8QIF707xFY2FrsLBtnKBIFnhPwNfbXLmB50FNK57UJ+7NPLZXjJuKkMZMRxT'
    '0Hj/WjiOZ3Qya9r2VsNx0DIm6yr7sRPgLErZNd4ZNMI8zlDIeFVzGySfugjgNmj9+zX9tx0H7wOlCzYLN7Z6s8+9AuqS0e8bGb13'
    'JNB7YWXtJv20pSf8ZAa0vEpndbrrpQbe7QnHpww7MW40O72C/ePo5Dh0TVW6lib2ZFgHbyNF+NDfM/gx4aVt7m1s6P0ezb1Sr/Dq'
    's/vVifeMXyR4aYsh7a/DlWHav43wRabth2nnWsLbcbxL5e9h6n4Hwfn9ZdZ1LsCtik/dHrLOk8jYtzF4yhO8GabuIwnvvkUDm5Qn'
    'DNOGra6miiYbIntY1vnWpDPXldjPqGta9bQrr8J3t3zTeTeXyLeeB/lmercrv8sQWSjqt+K71/Z77z7adjvpD54MZwtTbB/qbSgU'
    'vrDCc/Psdhc28V32YufdMjIu+U6mn/oL59tC8q3xSif9fd6dZ/x2zkYn/cjd7h0dtrP47d55/nneO8/9l3rnecWdpfUmifzzAuj/'
    '3yUcuxmkZemeGLGAY9v5N9HXbrU4azYz/DjI8FKeyYNOJ/eg5Z4ltN4FUK8pTWja30ZyZzzqw8vRMrje8t9rEw4PFzTOAUb/b2d/'
    'd00iTPjlozYpRRqq8I+TNTLMHkYHTPWx/BB4NjqWFw6Rvv8vkGdXAj/gfcSatJOugvQMSN+YduC9CvFsGs61Nie9tc3dH21Ev+xc'
    'KN+RLt0vZ0P5m0k59HdB850C+W5qc/eV7JPpWdcQYj7ouDsgPVUzDt6/RpDvzCN0B9ULy1vgMy5DV9GFlLaZB3NP291EcKNJuxQ/'
    'DSrur2h7pndjdN6TPvduxwvms7QTqtQojWO9yYB6beiUanaWULq+EXQNc+QbnY8lCv3MLSzPMSTPsCYP0spUtrKc5MW/6f05lTfp'
    '8vL1yjH9Pe53VTWXvJycz6ByYeXCHK5qmB5H2uAed7kw95dhCqeVqlel47M8hIzcRo+5FXjkBMG9pTGFkofMY+HiOW3jUy8hxlMq'
    'WZfCDCTQlkN/w2L+qHzOlasjVR/vLaO9MtG23Ta23MsjhAfB4MGUx6d24d0i9veglZ3fVfx/u2uqYoc6gmxjTOzyw8hvlhJaE9+d'
    'Du/mkHcLhav7V0/oG2qnPQhpL6N/aHs7RTi5ViXGfJFizOcrxnyuov/nhJiHlYoyYwFlFgGeoGXQZn6U5T0K5oLm5TzFTEWePMtT'
    'q8gj+UcVrzCZ63eNYv2uUKzf28i7hxVr/6EV3rWX9rR87U/UrL1KByxo7XXyLb+15/fifmu/yGDtFxms/aIKrH3Ocu2bgAfPwZ1K'
    'E/Bd1LfNMpDFZ0h9KVJ+GUvPhLFcLBwZOeqY+PHUOcKbjTI5wAC7G59JbOB6hLkfm+EAex/Kg3M98zPJeM8MmI81BKYXhrhjOLOC'
    'ZxLi2P9H3s1sd969Qt7NgHcvE7qtna1zO9T1kiLPse2leV6APUrlEH59lmV+IO9ACF6yGW+LheyI69pshPa/TO4sRzT6HEPsu0oe'
    'Jev6JNHt6dGUNdUjUrXvJ8enML+DyC/zljZyvM+NMFdzLHVxg9ribVxA9GnG2Ph7DXS2UM54NCs7RnSAEc+Uo2/Tr2n7KLgDNl3T'
    'fAhdtQGGM0xkj2lLPKLiC5eK8Da4KyA9TXjvEE9i+vNJH5mZ6t1ssGOx5fH8fLuZ1sHtkydqzC2iPBtllS+yURHHUy3TV6Eg19+R'
    '866ma0Pvcm3O4KhoEFvYmOZPUg0bFo9B2YniH5vY3VW57SUsy2csy8e+VX3wVfvr0xrCt2qrkayNnnmrSRpGj62ZnPc3QHnkZ7tg'
    'ja8Ssf/9yVjnObAuuG78boLL/JeRb8InL/fJ0hxAz4TBD2sC+AtuWxHEQ6lsGzj/YcqHUB4S+7XDgq8aZPKUBxud/afiH0cs+LZf'
    'KPjYJgvdaRMektZ3gP29yUdnuegTqtGRFXJ7Czqf/T7rq+pDWF5StYYm/N7LTNfunEZX38yPF57osYxawmORPi387yyFDMDEP7Wp'
    'HmUXkykOaPQNJ1pG8L0GFzbHWN9M5pLqlXO9Saqr2Sfs5C+qudviI2OitlmfaHDxyg7N2Lgt2g6NflUX07fleqxdEaxP0LzkFbK+'
    'ok08Geefyli7Ls2Ye8ocM53XcnDN8YVxvhnencV0+84E3b73tHnnkusvyvKng47gyrSZDiPmxVRlf8r7IPOuILqZpv09Cb7t0vSX'
    '9mkVeS/n6N/qHZmYSp63heGSLgZPY4r7LgoPOl1Hvjf6DdYWz8SH6h2ZVKVgN0qY/Q9If8bwzE31jsysXBqD9j+vWYMBYR4vYVBz'
    'zvL7rIvqHX1IagvB1/j3ijsKPxxsc2b3B+Bc9D9xPJnnqYqP/fr/h7pS+s9kj9jqAU803bC3zrmvNT1TVfD4YsAd0ojmTh39qXym'
    'zul/lPvPhrb321s76hy+MuiM6TDU2ce8tM2ziN4/PXNOZ2fEaqYn/yb2fRWcIRcU+jx/AmiAXg3uzrM7pcUT3B8dDYv9yUxyf/j8'
    'vFArxHkimL4wga1OC7qog8CVaf0Ia51l0kMdhnSVnJ+/rHXxQyX4EZVMxsTerBhPaYL6NhSib2+p9foDmcj9j+fm4gnqx1BAP3K1'
    'rt8u3O/3z1P7D+G+pDHfqOa8+BOpV7b1nzWlchVT3aIwspPNwt7HTVA9lG97tMaFcRs/Jz0W/EReqH2JDwbQZHfVuPzSgDD37zeq'
    'kC3S/WiyZhstxoX01sYal1afqrxGUd+FzGul5qYnQlzXRGC0EvLxcs6Ig9UT07cw87a32qWFJpt3LPqwqnb0rGT+Ixuc9DhIV0A6'
    't0H9fRWkOUgXQHoepCdBuoTln9ngtH1jtRevh8ElYXXMNlRXRpZuek6fVeH2g+jgoyepfRy/NK5cMAl8OO0Tv9P45ypHF6wJ5Kd0'
    'H8yBdDakKxm8d0LaBumxkJ4N6Ty2f86DffDNKveMmspy84+Q9bKhsXh9XJ7a7yNfDfJBO1jlRDMLox8btbzqLVVujJYw/unymruu'
    'oHaXVbkypcmQ5xTjWVc5+vNB8n0b2ctE8bv/mnP4lKJOA9vzR7K9PRPSWSHPvL0+bc3TtDU7ZFt/Q9oKg5touWMgPZV9XwZt3Z5z'
    'YX+iZGDF/T/B7eIdxoU5F+/Y6OOrcKFpWR2/uCxXuv8rwTscDJDb1uUc/xzc1sHWpsOUdvh11p3/ydaDeDrr+qILQ4vq7uFk3X8b'
    'Yd2835/KOn9PRZxd1P/JOjppFE8lIH0zpGshTYbEkVdnXbittKyzqP8zQe0hnlqoaK+SeLGGtNfN4LFLQwfmQ+BP3B+/zLi4L0qa'
    '1IYGfZr0YTLkdbIPuzOVPwN6Atb+tknoA4f3TRnX1+gg218HNLpjzQknTSXU96Vvzbj+XMOcbab4+PSM9wytlEytyP9PUHu4NikC'
    'H+Wc2TvK4GH/Pe1dyzB9CKKH9qedc9vm7DKltR8kdZ/D6PcljD8537Lu/5l27S6joqeD9slBmLN3pV373XLui2Rd/RGtc08A/7Gu'
    'wu3g3jklPXn2sLPIulzP2r5Hc0+HffrcPOZrlNTlh3dN7vx+lXJie02mTmGQbOHJlAsfnRq/i2tYvW8O0c7ulGtzrYutGoSzPpFy'
    'ZJ8TJUsrxoROubEropaZFe//Ui68cf+3pnpUWNclZH4m6v7yDaTNidCxL9oBEVga9qGL/WCpKqWPSTKg4AtM/RHgvPw66da/KmA/'
    'nRFiP/046ehQTCZuKfL/SQd+KW+L92029xOyrs8l3RiKV0Ksylv3l/oB+fa3nXT4K+BXaV9pnMq7kno8kze8d7sp6frUDuPTQndG'
    'bk66+iaVlIMV5X+kLT7+raJ8uyk6XyuT5fvTmJ/0xt3hev5BsH6qhY6byR6TgdyaRXl3Z79MuP6hguCRw8tPE+X5VuFz/I8Jb6zK'
    'sPdyKrgY07R7PxlHufxpUf9PUV9YHknWdytZI76Htwt93EhZZispawP7skwflLW915FlLvcp63dPI8u8OeH64O8NkL2hPHsNKWNi'
    '61iMc5xw/WqZ4K4BzXoflQjnf2mQ1VObcH2C+dGgjWC4W2tgsyvz/k4E58U1fwlsmKPWH5d1f1+48Zx/uR78wuTdeB0y/S3E0NhP'
    '8j5ziZOmrnbjcsj06D64//fJy+t9SJH3rB3qvH+jyNv/fnUfPumTl9f7YZL3txCT5AHNPLzXJy+PZ/IuklciAJk2XOot2wg4gOe9'
    'fYM6b16R95wb1HnfQfLmIe+dg+qxrSd5d26Fc2m9emxrFXlx3Xje0xR5cS143uUkb8eXSmOW3wq02wKIfX4cyfuZx530wG51vJ5W'
    'kjeIJqRxzjld2Qr1ztqv9ncV5OPKxPY/x3Aeyhqo34o8+2brtyJN/kYf75KGPRtgRv57j7QnJGX42JpCjk3lY61JeP3xc3xM/Qgu'
    'DDluW96fnxs2Yz1X6P37mZxt5cQJtYmfwf0BbtHwyoOG/H5QnNFbhRvffCLnJqhfGwBXmdKt3WXqpfVajGMkormX8z4/hBxX5z/R'
    'L9btiEF/OP6ksT8l3AbF/syGwEHHWPCswyFkgtzOeoTRdN3Vruy713ANomr7jdWu/Hajgs/XxYM3sVWlvOhi0g6PTbM1wvE0Qjth'
    '1tOvHe4/9XdVlWmHj+dfqhzYMG0nSrj8huUYR0OO8bNVrgy7V8Mbmq7LHWXUxfu1s8qVwfYa4lSbvvb69HWHZV0XlVEX36tnsnHb'
    'nglB87pQ0deDIeuaQfrK8Ve3pmyXoR6SrP/VXHD9On8ZQWe0rP9nOXcuwtRP46R/j9SlwrE28PTNMuria3RfBHXhenwsZxcPc9Sy'
    '/htzXnyr8hfD71pM5CzrmX4h3peeD/KXayah7fXQ9tk5V97P9fZM48+Z5C3u/5wr7w+C+bxmnWZZ1KHaN7KOdM69p9HRPiPC7u63'
    'KLPPeus9GEG9Pyb19mn05gZD4Li9pN5NGp47DM2326DeMDjzo1l37W3qpbjyVoO+bQ2xRkOKeseEuex6QKMH+nYy5iGN3tJQAE4/'
    'L0QdHJefalDHWND5r6hjs+VYZinqGLUcS1pRx5jhWBDGX864vgh4fFHVPfjJLCar312ljez+mYw33rLqXmClxveL7kx6LOJ68by5'
    'J+PofQTdya6O8Hx9/wS2iePcnHHxwVqNLxUVnHBdqtPZWN4acb3Y37My7p11gt1J498NzPYgTXQvizJ7UgfeJc6HdDGk7QF1HJVx'
    '72g5PWJz94v7tFpR37DFWcz1f36X9tY3FpJuKvrsIfWZ6DaNafwt4HifTrv3yjZnpCzzd4qyL2roDI6Xv0zGMaDp64AFbfIJUt+W'
    'Mu1KZH3vS7s6XRONr4t39mRucQ+elfb6WlLt+ctDlMV9/WYyj0G6Kya4dGVE9WH/jiH1rdfo2PjZVPH+1UdUH/bvjyn3XuqYBjV+'
    '1OGyl0hZrqe+mJU9lui6FeV/KVcHoktBi5j65XhKUc9wiHoeVtSzNUQ996RcfZC8D06he/fjpMwmofbf289tdkh/VWVM8cZ2n7YH'
    'NW0P+LQ9aNH2O0jbHAfyudoBZS7wKTOi0LuRZToNynC+5GSDMju4zZ5Bmf9gZaTOLu7nNWnvXrWllzOp0jjtOh5A5v1TUp/3VZb3'
    'VySvH+8v875I8vrxoDLvT5LOWMLwlcX9H7L86z67NOVN9pEsf69irHzvIm/+1z55uV+pj/j0a9CgXzeT8ltCyE6u05Q3ve/sIWPd'
    'otEdxLYuV+R9Ubf/oV9h7qdk+TNIW6h/vk5Dl5xkkBfP0eN98p7B6m0zyIv1NiddXBsWP6DO7uwKyGBl3b9IeHVauhlO+KkiTx+D'
    'g+d88uD6Pe2TZwzyPKHIM8z685gizxjTYX1IkYfjuntJHtW9nMzzaZ88CNcfSzj3/TZ3U7LcBxR1H2R5dpE8eQ2+2UbyqOTORZ8d'
    'PnkQn+dJnj6NzfOVZKymPGHRZo/UrTpXZJ4/U+QZY2fGGp88WM/JJM+ABj6WkDwqHq5I/5OxmuLh4v2fT90IezU+efDMSSjazxu0'
    '/7Lw1v0ia/8lkkd1/4XxaKt95KpF+b8iz2aW558UeUZZnicVeTjN803Qq7E5PzBGrU05bO8zwp1/U768eP6Tsah4Ypnng4o+Bckw'
    'i/f/pG7VudYIY6v2OaMaYe9Ua86m0yBPl08eHMflPnnwHFxP5tGUL28EPc9ZEcpGZZ1LFfMedJbKcvPIGExlm8hfN1jy/FxnlMeT'
    'XS5K47UG6ZOp4qCaxjM1qTuOD8jixn1aCKJ+LOzimbYaxzMNWptGOP+viddJvU6inHUSRvH9dLFhU5Y6oTTm8k7U+x+3g4ep0Adb'
    '3dlkiD4G4boUwXVzLPqO47bZf0eGaONhyzZM4w+r6mrwgY+oyuP5JecbY283wPcUrFk1nPVVaMsO69cEOu90vB8r/O5W4rTkYf0g'
    '3vlvB7Rff8bHb7wR9xt5zhIhnlay5ggLpmvnR8vwePAY69TE7qecPrUodPz98BD2X/b3UkY3naQZ4yIy/nr4dx0Z2yzh3psvhjJn'
    'sDrOIPZhtHxWUZ6WWyzs4p8fDesQRV9N26RxatOkXD2shWxP7Bbicz8yxzWzAY/S9ali50MdOacL1b9uC8BtjYaZ7NPUF4jK9/td'
    'xD7sXnj3IXgn8z07H/RCYB4QfrBfuKZFvVBYK2qPtwLS0xT2eCehzSKbd9WZqXoX05MB9ORwIEno8wSHluZ7RYer0opz9xRY+25I'
    't1vSbLp89STfbPghjRV1/Yirz0w4ckDEUUlCR+BZ0QXyWfnvA7Jew/Y4LVlL8JHf2YrnUA+r9+p4j5TskV3XiHKeZNAOamDweAOh'
    'M+N1PzzWvQXWvoO8a/aRpy2NQJ7WCu0KkBXWE76mWO5C/dnA+98cgjatIuOSgHoszMEcZkfdr9FLHib0Jeb3k5fj3K2Gfsp/n0hS'
    '6qNA1r9NkSL9b8LD0rEh/dR2klP2CkYryfS1/aW00sUkT9V4aZ7qcdBHA7tb+e5CSC+NSAabJie87nxDPTr0PbZekdrIBWaRuual'
    'vWkYGYMpXR/EPzVb1tdM0iTAwTDM3wDsw4wRrk0lEulpTocu5RjGTv5cVwYuVj2pus7MngJD00no2A8AfsK1Tmh4M9xvQz57iMPq'
    'CMCGSd10D6R85IdU9rmc8GHCsF8ZwC+2stIGli8KWUsYPy9h+EpsJwk/3dxSvzS0fLMl3dYM73Uy5mZ4H+SngeOouSQ/ry9hgcMo'
    'DC2ENDtuhwepDAjzZQkNgXIzSgM3k3oRDmzraSEw1Ar8VRLKHB/LYZVyWBXfoECju8IQxH53JqkKw3ERH1wOd9tXOnjAT7bG910j'
    'fK9he2Ipkyea3J9VcoytH3TSzK7pO8YHbpv+Y0QfbXfum5wxZiZgjOhL7rXHpsaYJ2Jd0+AT73tPTq0xUh9y3Uynr5boS40KbwwA'
    'Tv/Y0GsquKsldCDt3ywR7LfXL3Y0t1teIOx8YOQt66eyhKC8qvnjtPDqAL6AzmOOrbOOvlTpE/jRvdgPUzpZju1/FH7nkTJp+Pnx'
    'LXiHtgxkM5zeNOWPklOgHT++JoyvRSqHqIHy6YC7x2ZL+muuj85LjQJPhN3vjZp2a0AlLangQ158yJ1DW3mMYDwi+kB94imnLy3k'
    '252Aq7/zSCkelO9eud9JP/4w4N4f+uNBk7PB5g66Ff6W/54J84M4EutqUvCsGY28MkFgNL4n9cqnjr1Y3A6ov9348tN9jjXhjbjs'
    'MUXWxO/ekOqY4B2iSk7hJ6NWrfl0X1cTXUu/OzR/gaOc3WC9pB621+M7uMm9e0V9mLSlzBHPha2QdolSP9JHJrx5hlieloR79iAt'
    'i/RhreIb+r1Pk7ppuSZig/Sq0OdB+5r/K7xtvBO+/R/ybYD17UXFN+zbvyrqRPuq50ifuoXaN/fTpHwXG5O0v3kixl0x7opxl7Ge'
    'VRLWSEVX1DC6QqwrrO2nnH93dhT+3RFMSybxjkBRf1NE9adZ/VoeCOoPqjOj4JU3Ef2DesB1s6CtdAzfKZiqC60VAs3NUTpNaGZ5'
    'Zn9OYXMhDM5s1Mk4E/ZPG3k3D/QrZpN3jwmXR8R3q9u9sS3wngzjU2LMy9ND6iXE8HjowGOL5bq+k8mZeuM15WvaOdlrarqeNufL'
    'OwEP1IVY96n0WFwxp+zo1/GUpF/1d9H6ZzzE0+iz7pMhj0XYyAbYlSAsJeD8iWFJDUthdRaigqVI6FkGQ6a2FDZ1liNLp/e3Rd9J'
    'hL9/9Fknrfu+e//J4521Q6yxW/ap66Pxzo7a7dajykvjnV0P9Z3yjDovjXe280Hws/q49762kfAzxbzfhftruAPYD/cSn99bGveM'
    '3ht8DfpwYG9pvWHvDWaDLptguqY6PTzZ5gnkzmu5gpdsgoPRVt/KRk9rOetzypJ28ttPSbKfmgjNbGJn46f/mwNcS/vI7/0a2drM'
    'Z7rslbLTM523Fsb7oD1fk/Da89WKYHs+W14mB/NlehfcCH9zPYkGha5DI9xNr7JYo4lYE1NbMpO58NPryDC4v0Ix30E6w3Td6TlB'
    '75VoP2Q7V1meRab3ocexe07MnyP6xHUkL9137aRM8wS23RyCD9TNXS7k3Mnxv1cxfmqHUI6ONNdxDtIBsZn30avt+GdT/QvT9qv6'
    '7Ob5aIUuN9VVWETsd4J0PHS6+2izXj3uzn/GEsYoXMbw5q732gcnF95+8OThC29YRw4K2cKdrPNmwh9nybmHc4H1dUOZKjjLryLy'
    '01j/P5lE3rUwR6/ob//K1/+n63QVs0mysUlR2SLa29VJKeP0NawD4WNTCJmpkfBU9aRgYTpNhKuA589NunFOrrDEn1dBHW9IunwM'
    'rSMlgu1EpS/lNsbncB3ja4W5r29etpfxTLVJxwdKpWybVXbNv0yY2zX/LOH0I76PUN5HlOEvJXBPBNZty1MUY6klXL3Q5Yo0TJ3v'
    'SDh71uTMbtTU8ebCi5WkDtXe2Sj8Yyar9PX7iZ4+7mlTOgjLmdoEcHnIzIRjj6+aQ9yPqm86/XzbetCX8hjQi8Maerku1vX1052q'
    '5J2j1fqjP413C8ePI+rz5oTXV/xGUepDulu4fs/4vuLx+fLCPNbC+WA7o/K5zs+x7Zo9pTo3dXGp8gZ9kt9nCK8PfmqvMyy88WVU'
    'Mc5mCq//+o3MXofaRPWy+rtCykYpbtTJ+apD8ugSXm6CtI70k9umoG/1hGKcQ0Lty9/WfiUnSmORmcRO0cEsvRdSre2YKPUhv1yx'
    'btyH/QLhpZXyLN0MeecKbwwePk/UZo7bhW0Xalu2kZBz6xfv4v6k43+PzlOX8MYLt2mLxjFQwVKXsPffEAVs4JjP9oGNEbZf36CA'
    'jf9ieZZB/2xj1/N4RFjfHBEcL0GF72oV+P83bOz0XmR50mHa6Ty8EHKtt0zRtX6TxVqfLuzin0zk+r8Ucv0Hfdb/S4WyHxdmca7o'
    'mbmd/d0VMX7ITxLM4NlxEcHf/RoaidvqrhXeuFq680aeTUeGhBfTsWG/5gnXRpqeRX71BMEZyudVsW8ofB2RcPwj0ZhFdO/ZwEze'
    'cuw07xZi0zKZNMlaQzwxKtRx2XpZfR3Ca4PPY/8cT2B5m1DHwOF2+yb0S5co9QdcL/Tx9vo19Av6DL4N5hr5Eoy/sorFI3ujRSzC'
    'N0K8k7cTXHpuWh0Dh8dNkeXeIrwx3vzi2vD4aqeL0hiuqjgrfvWdTuLd4DryGGwr08HxXzBWy5vSpb70MM6PX0wav76GpUPPYLF1'
    'TtWsiUl7Ye/QE2XwS9eEkI9Md3lJUTjSxCUa5tdBJo74kAePIu5CVHAkyrgb72Rwxe0ZRwn/gd/GyHnWCPI+1Nk6AO+WkPwHyBmD'
    'Oo31rB2Uhw6w91jmCNLGTlHqgwZ1/dAHDb6bAfYvVKdsqcIezWa+Lglx5+7xf9wJS5fwl6NHpUvQKl4PyFOcB0V/hJ8+u21bNUTQ'
    'SPW00BdAGHsUUx+DNmvZSvQo5fw0dbh8AMrb5V5v7nD/bu6w02fU9bsqZL+pbvNKMXGxCmj8kErkp7EyovKTmYWfic5iM4GLD2p0'
    'Ai4luIrqENnMyWqL/LPZ/ZRt+RainzQbYFk1ruUEN9ro5djizpMV+kEUN7+D8AoLWB9PYDrdpnNg6qsqCDYpnKC+UYsI9lVku68p'
    '/skSHU6VTzcT25+k8PcRl7LE7VmSj/YtCt34sHj8Os08dpExxz5VJ8enqg2sJgjO4rqZf3mRkx69zdWlwW8vv81JzxvxnhGnjznp'
    'P12o1tvkdhCIl2SZVztcPYJK9yUXUpfRxq7TdD+1kXzNTGef4oAL4Uy5iuk8hdHDVOHpKwgMIa7tFd5YEO2b9SosKvuh5QzGmpi8'
    'aDhAHkzlWtcQ2dcwk01hnsuEXYzvjcKNn6C76+tm9+lnkn50M5kZ5lkpzOI2b1XI7pqEN/a76ThmE9nvqGE51fxvFHqf5rNBnqTa'
    'x2cFwGQ9K5fxgcmrIjrvEhHQCSY0moqGXG5J49na/VE7vyamI8jjABUPl0X684OubzM7V3T6hxymEmRfRIFb6yLg3eot1sBW1yEs'
    'nZgTru7naIDOgs6mzEYntBF0VxeH0KMbVsyFyT1WmD6ep+kj7ceAgqehehso7w7CfSb365wXobyzymZwi+IOn+uAhJmXcuJKUJqK'
    'ryO/2xvV3B0j3RQmzlS9RoepOYK93axZh0HNHVkPu8NaSe69dP6ke5jeziJyLxPmvnaAyFlnilKf0svKqC8KnHSu0Pv3RnkM3XuN'
    'bK7GAnAa3gcuJmPfJszta1V6ivyOS4c3uA6Iri7Vnv9P0MfQyVjjOHpTz4fnu4icCPGgDf6K13nqrzOeSy0RnJNV7Jzk+g7LCW9p'
    'wpOhblc76ORwX+lUnyrsOcJ1smh/6VxUW8zFbLgLoHNTA+WbiY5MPZSjMbW5P5EaYRczl+sOhNEdagb6it8bT5T/E+TBqR10nbDz'
    'i7KMjade2PuUC4qhFpYni+I+rc5Q5xL9Mc4lME5hvkejo8fzmbQTln7S+WDfIxy/x/G5MTXpgy8RfRIqRzHVExyO1/6Q9ZG8TOh9'
    'rC8Uev/nR4tgH+tHEJ0bVR6Vf/RqoffrzmmaKORqNRHg8Gqht/2iulumuq9dCv5MhZcRr8+Gu2vOx6r0aAeEmd2ZLf/Zy/hiXB/Z'
    't2MUMnJTO4M+i750KehBKltXyTJ6DGVgQbKpKHw8qWBqQCGLKfpcTurz4P6tJnm2auqRgJJT5JHf/phw72BMYILblBwMWR7b/0nC'
    'palV86CKPfaCgSzz733qzZdR7/0Jl7/ZGtBfDrNbCF8UNE8HmdzyDp92RyrY7rWk3ajqpX3Vwf4lCYcv43lUtq1jCjzF85vaNqjk'
    'ZKZ3B9yO8VgyhtFDdAy/AZ7EtK9+9dNxb9XII39I7nRt5savzj1EXprXzNVBBX5T2bjcLxxfi9z2zPQOusdQlkLHxWW8A4pzLqhO'
    'nX1LL9t3Y0R+MxHtDhFdhnmTMF6p/3mq4b1KXnMnqGqfjm+i13JIlB+Xb7Uo3zcVpZdqI6CX5mnOjD5DOlIlPxwU/rZiO4DXVd2t'
    'jGrWtJulE4nDbfC7Cc6i9px0rsc09fVqcJjpfM8j581WBd6Pen3D7hE//d8o9002gn3TZMEXcvr89+Tu8oCCdrOt799JfV0R1Pdd'
    'Mj5qg2tSjyz/dz7jC1PffaD3GWY8tO2DbL91aXCfn+6F7M97hevfrdz1q0T/riby7l5Wd49GR2irxR06rstacn4cUMjLK9XuQp+7'
    '+r4AHMrp2BlEBySoryb3/SgbPlYhV1Lh0rEyzh6/+Qoj66sEjRIFrq0Xdn6XLib4p4fBwUELGdoo0ddtEeX5nWoEm50lhveyNB0T'
    '5jJQFa9lQ/tGQeNOBRjYGdGabSL308OGvKjKHwM/Yy89RGBhCZEBm+gscDyL69FK5rFP0z+6tibzXA6sUp21DIFdWecbffBHPgT+'
    'OJHohHQzXVP0Kel37qj0zYJgAOtvCqlzwu+MdPG/o+BBTe54+jXnOu6nkwmOGBX+PtdGCR0RhR7mTFLPsAU9MxhwTyXpiFyiVA8k'
    'aXk+xz45mU/OXa9f64K5wy6ri+Igx7o28J+OEP63h4D/gYjg/x0Rwf95hK7fKPR+BSkeHWLpZqKXfYRiPkzvRHW0PtXdH7AY4+YQ'
    '58egRp94Kt3j+8Et6vmZxjzi91hjotQmjs79mOaeTLV3eixgsjtAlkXvx5PsznmjRle9xcc+gtoK8buPbZZncSKCs5jH81oqvPG8'
    'jhfB8byozLFScbFwHlTrFLWtP7Up/laHkz7Q4bR9FKyxfPdF+PYkpF+F9KUOtXzztQ6v3Rgt/xqk/9ZRHr1L/TOgb/+542qePRnh'
    'XHH76waht7Gm8Cdts8sdbzn+tqbZg9M4vwwducCYAlHz/RIOLukuhV3pmEumt92th4sqH9mUyl/BA3nwIXC3A3PzFd+u3uXu9WoN'
    '3zosSv1+y3KfvcJJT+120l/t8O51zPMGlkdni4CLoRtjGBoUx/vzPietVfhLyHwU5uk2r87hg3c76a7b1DRLJXS9sO3NMG//1AM6'
    'Iopvieudb0eSecdvYp37Nz2vi34Re0rrpuuG37D8zT16nIU++WfCdx0sZi+Gc2Sd69cX26uFtfnHSyA212XeNXoLjGl1n3eN8NuG'
    'TXr4yhC6MCns4wOHXUN+FlT7nCEqPrlBsccp3rgLztHBDq98XLUPXoC5Ov7t3v7c9gFIO8xgPUra4/nvOekr93v1iT8P374DsYyf'
    '/6qrT4xxiUch1vD5GD8Y4h/vftQL38dp2pwIGiSsXAn9kHEbaZUPrcUhbIpUOHeusIu5ctIU79/JE9y/qOJHqujrNcI+DnZDAJ97'
    'L6TPzi/dB7b2VdfCXkIeuTTm3KHjnypl/qRtfF51djrzVQmfV+MhnkYFvWt730D30UI888f1dF4QDMV+0wL8plUQhiieWc7oiGqh'
    '9+9BbXx4HqyLygxHhNfPxmbh73OgHJx5pphcv0nYB5pfd15xP0uqc645oJ+pMs4b3RmJ8XOvCIkrON23e4+TPvGUyxfgtzv3Ad33'
    'iMu/IA0naTaZfvxhJz3jh1569pNPQ57vREffnUHoPBHhnNeTfi+DfSR9R89sL63HhA4x9f8dBc+DuDoq+dR09AcvbiojxmzCLIsN'
    'HXiXgl5LQL6YXlP5KB1PTRd6De2yKS47UXhjLZr6Fp/tiIlef0dl3dKQHGOz6PD9YsLDy/wyfViTdx6pZ9b+Uv5+Nvn2C8D7u/d5'
    '5UgJkCE8vsd7XjzyfSd95qlwsRFwTm3mr5XIpLiverFbiM/9qHTv3kjOmQm7M0hOQ5xcRowOz9MeXl/CZv1byqS1Or7k0lWNcA+L'
    '9NSjzzppHeyB7z3p5Bkk+7P9cYgxtE9dXw/Je9Rutx5V3stJ3uuhvlOeUee9gORt3eukX9urznsOybvzQSedD/1O7ysd26nC9Uew'
    'E+SHrwE9uf8hkD1CO4886+oN4px9DWWNe0vrPYb0IQ14atVj6v4eQeoTX1HnqSf1URylGlM5NipNDGeU+ElN+NMwtjTISQoZwmT4'
    'JLLxPbSc9dlWVyVwjpPFIbRHMccxXW5wBgTMt++TjJYuj/ouqhX0Tej698L6p+P1TxHeKhxfFsSYRcy3qc7zPNyb3jnopY/fu770'
    'G6WPz9pR+o3Sx3+CO8m04n4Qv731veXLU8qBxWmmwpJieihNInqEFKjjUo5tFJVPtpL79RgHGeCgpI6DiOAQis+o+IyapDMK+ZXj'
    'PgS6VaBLdMSNTvrhO5wzZIjk3X17ad5f3ADyKcjbS84irFfWJ79dRWVMt7vl5be3kW+8/fVUbsTaO498O6bfSf94hfPtbMW3+iud'
    'b6vJt8+ADtyqfteeB78dZN+WUr2hdaXjW6D4huObp2jvmH7vuX+QfaPn/jNbQVfvYu+5/zP49v/eH5/7kZ/7uyp47u+Kz/343K/c'
    'uZ8p49w/VOQ8k2WHdCjOUUJEJ+uOUs69wUDO/TYLOfdbLOTcnRZy7pUWcu4lFnLuoy3k0TMN5NG1BjLwsDRC1LospvoQraRcI9HH'
    'mEXqxLtSKsduE66vbPxeyTajsI3MifJ0VHj/lirGs4jlx3xcd0bVlsoflYldKbWlRXuXY4W5bwFbe8qgPC+LifWtNxvgQ6WbqYpJ'
    'jLTbPGa7gfcaUcc5mAz4aTOEn3L85CG8zRWuzwtbeKM21NyX3dg0haPsIQRHDcLePwr1DcP91x0MgXNGpykcHErn0Sxh7jdzuwj2'
    'Ed5I9KW3MXzAfUDlp+n6J8tY/9gPDLvT/vTrLH4IPzCtgQIj3VpEJRfw1VkwEnknRfzQZw9d0s4o5UKxjonBfhTl6H4HX9CUKysR'
    'YEex6BGv3P/X33bzROWTjstodiv0cEeJ7l2Qv4AYPsuGzzJ0oJKRwmeoe4Lpe6inTHU37J5OK72Q+Gyfyk9nRc92nQ1gU0f5NoBF'
    'G76tpfVeB/plzzMfOCa+bZYKvW8benfOfb3Qu3Pu64Xenb8P6jyww3t3fg/41LjkTu9ZtuJy8FV6ZflnmW49mmE9rgqJc019V1TC'
    'nrRq3JXxRkHPcJ8qdC24L5aw9MxsNh7qB/174DvnE+vD6YjH/r0U/r12lXEG7rI/45JTGM7Rtu6/wY/cceTdEZd5cZrMJ9NzR7w4'
    'Tean3yhOW9vrpNdu8O6jo/Kl32JfdocurJeD02Mdn+mpu5khNA/GQ9Gdr2eQb19iOOMN5Ntz4Nvtwr5S3/FFv2/vBLqy2/Udz3Uy'
    'n/yoa1uHugeSvpPpBR2uH7hGgod5u0W6r6N0bNS2Dmk8zBPkny3Gc2Xhufll4LnAslHpNc6M9RoPO73Gcug/7nNokdDHcsaYIsOi'
    'NEbF9cLri3WjKPXFOkTyoM+kQVbPRpInz9rqFa7evM7vK9ZzKcxP0L0nj5f5JnZvrorVoroTXSVcf1BdbNwrSH95/BD0GbWI3LuP'
    'KHQpdH7wg/qFvrBtY8V0Cb1/zyWEDrONg4G6YTbwWcf0NHMBuqSch+XwvXgK6BLr9lwr4OgE4HH0fcL1WKnOQKKC86/CAcMaOF+n'
    '2HO6uDYU9jvJntsszGJeyHInAS+pil06YKHzMMr0XAbZXthmqRMxynSiMJbCSZCe4qMTMRVhFfWk60T5fq6L/ipAn/cvnrQrR+/Y'
    'yp2PsHpcKENOwxoKtm6y7Ew4oxIavZMEvKszKI+6t1S/Xpa9kOjsUlwo879bqPXrr5pEnWacN66fZhoTrg/mO5WIJpbcb4R9HLsX'
    'RWXiz8kYr3OEefwam1g32MbXgGdUxUbh47yPnEkmOsMDjD77n8Is1ozfGtGYO++NqD709zki3Fipq9JOemq6tP4z0076nja3/hWQ'
    'txPSDkjfAOlKSM9Il9Yt3yNNirq9awPaO164Ps/OgW+3tDnprW1eHV9entKkqnuEFT7ykSVC7/vsOCLLGAWbjVfALmPPU65OsU6W'
    'O8NHllunkBXnFLJiVRygKHBbrkzchvmprZAK95vWS9f3ekh/FPL8DupTVHOYLZPOUOWrCUlnfAVkYi9A+jKk+zvC0T9R9ev368qf'
    '5+oI6DmT8QTZx+n8KgfFxub3Tn70dRT0b+0Umq/NIeaL802cV8Byk+krms5BygfXzCa0c4Lwslg+FVA+CnuyZIXH6BejYbLOKQpD'
    'g4wmHSR7OYjOygt93LuaMvrWLdRxJrss9hf35yHLb2Jj7WMyrmOB9zexmaL0Lt+nfQoZBuUvMN/2ABlbuTG+UxGswXaLOY9K1hC2'
    '/TjWgsr/s/NUKtZCK+xPujZXi9iuheop77qmLEVJ35sjLt+RZ+qzTC4v4j0U76F4DxnvIRo7Su6n3yTcMwvvuWhcmTmWZ/VSi/wo'
    'vznKkrfg9F2vRXmMyWg7roWW4+LxcWLcE+Oe+Pz2nt/Z+PyO91C8h6zO75xw48ja2jFwuVQzuYNZynTs1ohSfwHVwt9fQDlykakk'
    'X8V7QVO5KMq9ypV51Ucwf3jvelDY+UWxnUuqS2Jyt1zJtVLJh9JlzGXQnNnK6VrJetvECWwoYwxDivt4XDOJAxYo+kn3mSnc0LZM'
    'fOV0Efki9ofyJEHyyVEfHoDfH6jGwessF87C+twKGme/Zjx5Nm8oB57F5qdfhPerRe2R6PqirkIT0WXbarjmKhmwTr5eV4E5tdWr'
    '2BxSHn8ik/GOKHROsX5T/ZY+S/44jG7fatA/oX3PCzsfWHStJb8832KMGxW4hK9L2PVVwV5Ud81B+3hYsYeCygxpYKfXZ88cUcZZ'
    'QfG4Crc0Wex1CnMIV7UBewF1qk4EHT8VPTio0VP3g6kxBc4M6ofNntTp6bQrcLEKdyfZHd5G1u8BkjZCuXmKMZicmbRfQ6S9oP6q'
    'bOPpGNKEHzE9uzl8bxdqv3zclsBUF3HAp/8qOqu5jL2zjbSlsns/nsF4MzlD21kdQ5r17w2ANYQlLGOqd7qZzVMt0X8fEl6fl36w'
    '4IdH0gzO+zX7b8THnsPvrnrQZ56i1BMv6hi22/HaMxR0AuoV2tgnJMi8UB9NOps4lW+Opc+W+otuJ3qOq74DfjTAb/a9T7p0IPpl'
    'xNiuv/2G3Zy1Qbnf7VbDUJT61w8tCGejMhN+NcLrEx19K+p8okcJX9mLnfSL61x4oXo2L98EMHCxXp+ixseGQQUXN7wd7H0v8foR'
    'r+1zvxX9JVxWnr+UbAX2pAD4+vA+F75tyl/5A/Bvszc6OQKFe7lfirYgD5n5aeTwL8vO+Iobi3my9Dr94kzNInsJ/WpQ+Ucd089F'
    '+zZpUDX+KfAB1FGKO2eT+aB7INHh2oOHrb+FnaPV4/rxzYAfl19wOYYpr9THzsEg20sd7Wp6Po4Itf/qXo0OaS0baxDdb8LP0DFw'
    '3bI+xdzqZAJyXU8T5fsOp7zZgPD6B66U715Krwxp7FgK6FhcFsHcR+Er38QOZ3SC5q1fmNv49mrsbJIM5yKMJaDN12P+doIrj8Qu'
    '5S1NTrhxg/uRpmPpsFDbO17H5gDtVTFthPsE9H+xTZMuF65fIYxh0cnOfrw7whgi9UxftwdS3KNbiIyB26bcq5lD3KMtsIamfMeY'
    'IW8XRg7XpNFT3WIgKzoiYlmYSvc1Q2TuKpp9IcONQyztU+DSSssIlwk3jsI2jZx6VJjbJA+LUtvqWeScHQ3QR+5jZxtdXxMeo4nA'
    'iN8dY9Bam8r1VOffQZ/zz+SMV+2/C0Our2qOR4XeJ4PfPTHuwRmau5otmrXV4WypI9bG6urWnKGDFjLKEU17sq25iv1vKt/KK2hE'
    'v7NIJ5OW/9bZ/m8LGEsvgzmqc47v/WQH3L6gm41liMlBKc/4HNDn/wXpAx3+460Srr24xFv47V6yV+8V5flz0Pl06RTBPl1OFZXx'
    'W3KMKM/OG22ZqV+GvoA9vF2YrUWGrcV3F7hr8d0FdnTe70Cm1ATpI+C//JpH3HbnAp6uYT9p3yhtG6Vdo7RpHCr8agtI7usFvm6w'
    '8O/bPiDEzz5grmwTZDNZpIUgle3I9OsQ13UQ3ss2i/FXP+D2vxX6X81+jxbKfKvwe63wu6vw6y38Lir83l34XVb4begw7/ej0P63'
    'IH0N0rsg7YX0IkjfDellkMq2sL81ZJ1riZyrtjDWG+4obbcWxi/fU5yR1eAMxAOfhbi2p4If3l/t8MqZdbSADj5bYJ6z7Le60MeX'
    'birMxTuEuGR9Yb9dLcSvL/Gfz9UwrpdApibLFv0Fr4c9ezX4278kGE4ljMwecHCfxHsS5x0EuL0f0gc67OAU4U7Wq8OrxfjBDI7v'
    'Z38/QNa9Dfpfy36zNhTmf8yBpUdhr/194fdlgFNbeKXjkHUXaa2xUnh9lO27v4f0ywxuTeA4TeBR/p4vtPnbntJ+PA/9kO9VMbGx'
    '3ZcU/eG+Vv8Vvj0ecLbR/qVJ/465trBO+dL+yXfF9cur75L+/c9BVnWHtz+5D/jHglb1B3WRknCnIO8TaH/4PUMYuSdvt5a1K2NZ'
    'SvkrbRfjW8r3Nu1iDM1Ln4vGN7DK77ZtvTnhjdWKvDqN8Rq0PlL+K2W/wkcmzOUMa/eV77f7VpCpL3jE64sY5e0rHvfC4xcegHS3'
    'Pzyi3zPUv0C76OGvOHdkHc948cnwV0p9c8g8NnCCsVElnMj0O4/APO62q2fXN+Ec3h28fqc8JsQvHiodxyngU0S+DwPnu/d55zHD'
    '5nFPYQ/+pDBf1zzqncc9cC/xE5hPmcemH4gfxFPe8efY+F/5hhPblrb/yjfcmLc27f7sq6Xt73y0PBh/fq8LzxyOb93vwogfHFcT'
    'HJ+Gso/vcdLLf+g9a/Dbo3tL27n3617/t7J8kf56WJ1XJdNMEH1s7NNphX16eeG3pjDOKx9Rn9WnQaziyyFdA3tM5rdZo1tgb1z+'
    'qJO+/4elcZP3g5+zFx/ywnCOwbDkFySvQM8n7C/lJcKcVY9AvOlnngrvp43zTinGO92zz+3vPZZ3k/sfdXmnSrZD4TwIl8nzXZ7t'
    'dB3aQugGqPYiPcP5eXPp12G/K/Yp7hGJE0zpnwZCj62V+g8Plo5pLehEyPeU76nR8D3Yl7942j1PeD8HIK7Xt79idi5Wsb1wf6FP'
    'txf25toHvXvhfujv7bB31z5oBwN4T73qObtyf/ad0rjsd+4LPg+kLsqd+0r7T/VTbNq/Hea0fV/peswW9ucD4tXiPfN+Lw7EmDYz'
    'RDiaYe23Xfwn65pD+hm2rp885MWpJnuA0+KjhT30R0ajjMK++qMljaLCy2HOEYx19wDIjhZ/VX9+6OSIVeNqvYQo49Mg7T0PZKlS'
    'n4DqFoTVsdDhet2YKP+CfumkT7mJ6O//BxQ+fW8='
)
