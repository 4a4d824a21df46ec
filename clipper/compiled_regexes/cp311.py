"""clipper's regexes as cpython 3.11.7 compiles them. GENERATED: do not edit.

Written by ``python scripts/build_regex_cache.py``; clipper/regexcache.py explains how it is used.
"""

# fmt: off
ENGINE = ('cpython', 3, 11, 20220615, 4, 4294967295, 1073741823, '14.0.0', 'little')

# (source, flags, flags compiled, first code word, code words, groups, group index, index group)
PATTERNS = (
 ('(?:(?:^|\\s)[a-zà-ÿß]+|[,(]|\\s[-–—])$', 0, 32, 0, 68, 0, {}, (None,)),
 ('(?:(?<=[^\\W\\d_])[.!?。！？…]|[\\"\'”’」』])\\s*(?P<sign>[\\[(（【<〈/]?\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})(?:\\s*[·ㆍ,、]\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})){0,3}\\s*(?:선임연구원|칼럼니스트|編集委員|論説委員|객원기자|논설위원|선임기자|수습기자|시민기자|인턴기자|전문기자|편집위원|特派員|대기자|통신원|특파원|報導|报道|記者|记者|기자|위원)(?:\\s*[(<\\[]?\\s*[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*[)>\\]]?)?\\s*[\\])）】>〉]?|（[\\u4e00-\\u9fff々\\u3040-\\u30ff]{2,6}(?:[、・][\\u4e00-\\u9fff々\\u3040-\\u30ff]{2,6}){0,3}）|[\\[(（【<〈/]\\s*(?:記者|记者)\\s*[:：/／=]?\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})(?:\\s*[·ㆍ,、]\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})){0,3}(?:\\s*(?:선임연구원|칼럼니스트|編集委員|論説委員|객원기자|논설위원|선임기자|수습기자|시민기자|인턴기자|전문기자|편집위원|特派員|대기자|통신원|특파원|報導|报道|記者|记者|기자|위원))?(?:\\s*[(<\\[]?\\s*[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*[)>\\]]?)?\\s*[\\])）】>〉])\\s*$', 0, 32, 68, 3226, 1, {'sign': 1}, (None, 'sign')),
 ('(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\s*,?\\s*$', 2, 34, 3294, 834, 6, {'ampm1': 1, 'hour': 2, 'minute': 3, 'second': 4, 'ampm2': 5, 'tz': 6}, (None, 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?:,|&|、|\\band|\\bund|\\bet|\\by|\\be|\\bи)\\s*$', 2, 34, 4128, 87, 0, {}, (None,)),
 ('(?:19|20|25)\\d\\d|\\d/\\d{2}\\b', 0, 32, 4215, 66, 0, {}, (None,)),
 ('(?:\\b\\d+\\s*[^\\W\\d_]+|\\b(?:an?|one)\\s+[^\\W\\d_]+)\\s+ago$', 2, 34, 4281, 117, 0, {}, (None,)),
 ('(?:^|\\s)(?:propos\\ recueillis\\ par|ein\\ beitrag\\ von|geschrieben\\ von|корреспондент|reporting\\ by|автор\\ статьи|escrito\\ por|kontributor|bài\\ và\\ ảnh|da\\ redação|scritto\\ da|written\\ by|a\\ cura\\ di|posted\\ by|redacción|reporter|story\\ by|testo\\ di|words\\ by|authors|autorin|autrice|penulis|pewarta|text\\ by|tác\\ giả|auteur|author|autore|autor|texte|автор|текст|oleh|text|書いた人|bài|par|por|von|執筆者|投稿者|通讯员|글쓴이|작성자|by|作者|取材|執筆|撰文|筆者|著者|記者|记者|文)\\s*(?:[:：]?\\s|：)|^\\s*(?:di)\\s', 2, 34, 4398, 1216, 0, {}, (None,)),
 ('(?:^|\\s)[^\\W\\d_]{1,3}$', 0, 32, 5614, 38, 0, {}, (None,)),
 ('(?:^|\\s)[a-zà-ÿ]+$', 0, 32, 5652, 37, 0, {}, (None,)),
 ('(?:^|\\s)a\\ cura\\ di\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5689, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)auteur\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5787, 87, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)author\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5874, 87, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)authors\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5961, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autor\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6055, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autore\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6140, 87, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorin\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6227, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autrice\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6321, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6415, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\ và\\ ảnh\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6494, 100, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6594, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)da\\ redação\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6680, 95, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)ein\\ beitrag\\ von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6775, 115, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)escrito\\ por\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6890, 107, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)geschrieben\\ von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6997, 115, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)kontributor\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7112, 102, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)oleh\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7214, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)par\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7297, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)penulis\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7378, 99, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)pewarta\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7477, 89, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)por\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7566, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)posted\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7647, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)propos\\ recueillis\\ par\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7745, 137, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)redacción\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7882, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporter\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7980, 91, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporting\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8071, 104, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)scritto\\ da\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8175, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)story\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8280, 96, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)testo\\ di\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8376, 101, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8477, 89, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8566, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texte\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8649, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)tác\\ giả\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8734, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8828, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)words\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8909, 96, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)written\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9005, 100, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\ статьи\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9105, 135, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9240, 102, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)корреспондент\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9342, 128, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)текст\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9470, 104, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)作者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9574, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)取材\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9653, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9732, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9811, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)投稿者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9892, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)撰文\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9973, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)文\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10052, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)書いた人\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10129, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)筆者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10212, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)著者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10291, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)記者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10370, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)记者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10449, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)通讯员\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10528, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)글쓴이\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10609, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)작성자\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10690, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 10771, 82, 3, {}, (None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\)|copyright\\b)?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>(?:[^.,|()\\n]|\\.(?=[a-z0-9]))(?:[^.,|()\\n]|\\.(?=[a-z0-9])){1,59}?)\\s*(?:[,|(]|\\.(?![a-z0-9])|all rights|무단|版权|alle rechte|tous droits|todos los|$)', 2, 34, 10853, 742, 1, {'name': 1}, (None, 'name')),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 11595, 1043, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d.])(?P<year>\\d{2})\\.(?P<month>\\d{1,2})\\.(?P<day>\\d{1,2})\\.?(?![\\d.])\\s+(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?', 2, 34, 12638, 890, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:(?P<m1>\\d{1,2})[/.-](?P<d1>\\d{1,2})|(?P<m2>\\d{1,2})\\s*月\\s*(?P<d2>\\d{1,2})\\s*日)(?![\\d/.-])\\s*(?:[(（](?P<weekday>[月火水木金土日월화수목금토일一二三四五六天])[^)）]{0,2}[)）])?\\s*(?P<hour>\\d{1,2})\\s*[:：時时]\\s*(?P<minute>\\d{2})', 0, 32, 13528, 560, 7, {'m1': 1, 'd1': 2, 'm2': 3, 'd2': 4, 'weekday': 5, 'hour': 6, 'minute': 7}, (None, 'm1', 'd1', 'm2', 'd2', 'weekday', 'hour', 'minute')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 14088, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 14629, 1044, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|wita|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|wit|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 15673, 559, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<!\\S)@\\w+', 0, 32, 16232, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º)?(?:\\s+|(?<=\\.)(?=[^\\W\\d_]))(?:de\\s+)?(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|settembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|febbraio|dicembre|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|gennaio|ottobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|aprile|maggio|giugno|luglio|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|gen|mag|giu|lug|set|ott|fev|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?,?(?:\\s+|(?<=\\.))(?:de\\s+)?(?:(?:ค\\.ศ\\.|พ\\.ศ\\.)\\s*)?(?P<year>(?:19|20|25)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 16259, 3908, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|settembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|febbraio|dicembre|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|gennaio|ottobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|aprile|maggio|giugno|luglio|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|gen|mag|giu|lug|set|ott|fev|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 20167, 3996, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[.!?。！？…\\"\'”’])\\s*(?P<sign>\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\))\\s*$', 2, 34, 24163, 1475, 1, {'sign': 1}, (None, 'sign')),
 ('(?<=[^\\W\\d_])[.!?。][\\"\'”’]?\\s+', 0, 32, 25638, 221, 0, {}, (None,)),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 25859, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 25885, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 26478, 240, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 26718, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 26749, 77, 0, {}, (None,)),
 ('(?<=\\s)PT\\.\\s+(?=[A-Z])', 0, 32, 26826, 41, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:T|\\((?=\\d{1,2}:\\d{2}\\)))?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\)?)?', 2, 34, 26867, 1611, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 28478, 980, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(assine|cadastre-se).{0,60}newsletter', 2, 34, 29458, 108, 1, {}, (None, None)),
 ('(jetzt|gratis) (lesen|testen|abonnieren)', 2, 34, 29566, 124, 2, {}, (None, None, None)),
 ('(powered|designed)\\s+by\\s+tistory', 2, 34, 29690, 106, 1, {}, (None, None)),
 ('(sign up|subscribe).{0,60}newsletter', 2, 34, 29796, 99, 1, {}, (None, None)),
 ('(©|ⓒ)\\s*\\d{4}', 2, 34, 29895, 37, 1, {}, (None, None)),
 ('(наш|наш канал).{0,20}(telegram|телеграм)', 2, 34, 29932, 93, 2, {}, (None, None, None)),
 ('(にほん|日本)ブログ村', 2, 34, 30025, 41, 1, {}, (None, None)),
 ('(打开|打開|下载|下載).{0,6}(app|客户端|客戶端).{0,6}(阅读|閱讀|查看)?', 2, 34, 30066, 122, 3, {}, (None, None, None, None)),
 ('(扫描|扫码|掃描).{0,10}(二维码|关注|下载)', 2, 34, 30188, 73, 2, {}, (None, None, None)),
 ('(有料|会員)(会員)?(限定|登録)', 2, 34, 30261, 64, 3, {}, (None, None, None, None)),
 ('(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ]', 2, 34, 30325, 180, 1, {}, (None, None)),
 ('(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,}', 2, 34, 30505, 156, 1, {}, (None, None)),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 30661, 227, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 30888, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 30986, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 31165, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 31246, 21, 0, {}, (None,)),
 ('AI\\s*학습.{0,10}(금지|이용)', 2, 34, 31267, 55, 1, {}, (None, None)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 31322, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 31560, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 31814, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 32004, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 32242, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 32270, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 32450, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 32642, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 32848, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 32880, 30, 0, {}, (None,)),
 ('[.!?](?=[\\s\\"\')\\]]|$)', 0, 32, 32910, 56, 0, {}, (None,)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 32966, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 33085, 139, 1, {}, (None, None)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 33224, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 33540, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 33761, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 34254, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 34578, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 34784, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 34812, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 34832, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 34864, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 35026, 16, 0, {}, (None,)),
 ('[\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]{2}', 0, 32, 35042, 112, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 35154, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 35360, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 35646, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 35842, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 35896, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 35920, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 35944, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 35987, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 36249, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 36543, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 36561, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 36578, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 36607, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 36731, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 36861, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 37068, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 37338, 230, 0, {}, (None,)),
 ('[、・]', 0, 32, 37568, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 37586, 104, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 37690, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 38109, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 38125, 44, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 38169, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 38258, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 38377, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 38452, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 38533, 16, 0, {}, (None,)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 38549, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 38585, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 38698, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 38742, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])', 0, 32, 38766, 28, 1, {}, (None, None)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 38794, 44, 0, {}, (None,)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 38838, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 39321, 277, 1, {}, (None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 39598, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 39699, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 39724, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 40573, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 40681, 33, 0, {}, (None,)),
 ('\\d', 0, 32, 40714, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 40728, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 40756, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 40903, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 41118, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 41250, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 41369, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 41430, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 41542, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 41669, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 41790, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 42064, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 42198, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 42335, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 42392, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 42511, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 42539, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 42555, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 42819, 4095, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 46914, 55, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 46969, 289, 0, {}, (None,)),
 ('\\s+(?:septiembre|diciembre|fevereiro|noviembre|september|septembre|setiembre|settembre|december|decembre|desember|dezember|dezembro|dicembre|décembre|febbraio|februari|february|november|novembre|novembro|setembro|сентябрь|сентября|agustus|febrero|februar|fevrier|février|gennaio|janeiro|januari|january|janvier|juillet|october|octobre|octubre|oktober|ottobre|outubro|августа|декабрь|декабря|октябрь|октября|февраль|февраля|กรกฎาคม|พฤษภาคม|agosto|aprile|august|giugno|januar|jänner|luglio|maggio|август|апрель|апреля|ноябрь|ноября|январь|января|มกราคม|เมษายน|abril|april|avril|enero|julho|julio|junho|junio|maerz|march|maret|marzo|março|марта|aout|août|févr|janv|juil|juin|juli|july|june|juni|maio|mars|mayo|märz|sept|июль|июля|июнь|июня|март|сент|abr|ago|agt|agu|apr|aug|avr|dec|dez|dic|déc|ene|feb|fev|gen|giu|jan|jul|jun|lug|mag|mai|mar|may|mei|mär|nov|oct|okt|ott|out|sep|set|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв)\\.?\\s+\\d', 2, 34, 47258, 2473, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 49731, 220, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 49951, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 49984, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 50025, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 50046, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 50104, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 50130, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 50146, 16, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 50162, 179, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 50341, 104, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 50445, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 50640, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 51020, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 51075, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 51189, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 51486, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 51664, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 51721, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 51778, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 51835, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 51892, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 51953, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 52010, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 52050, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 52233, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*:', 2, 34, 52393, 206, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 52599, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 52681, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 52821, 30, 0, {}, (None,)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 52851, 97, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 52948, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 53049, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 53075, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 53099, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 53609, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 53633, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 53657, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 53678, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 54086, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 54227, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 54349, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 54370, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 54561, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 54614, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 54633, 171, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 54804, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 54842, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 54921, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 55077, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 55233, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 56078, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 56922, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 57068, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 57259, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 57305, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 57551, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 57629, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 57841, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 58073, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 58184, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 58431, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 58555, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 59177, 369, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 59546, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 59695, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 60283, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 60489, 199, 1, {}, (None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 60688, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 61035, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 61343, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 61472, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 61719, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 62087, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 62202, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 62491, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 62836, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 63347, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 63805, 162, 2, {}, (None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 63967, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 64354, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 64918, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 65185, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 65660, 71, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 65731, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 66077, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 66152, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 66298, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 66433, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 66546, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 66620, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 66697, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 66824, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 67194, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 67236, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 67329, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 67375, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 68245, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 68670, 510, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 69180, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 69253, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 69463, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 69546, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 69690, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 69836, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 69966, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 70094, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 70210, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 70713, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 70885, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 71140, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 71326, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 71513, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 71966, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 72187, 171, 1, {}, (None, None)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 72358, 1360, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 73718, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 73786, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 73864, 311, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 74175, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 74256, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 74346, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 74422, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 74497, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 74554, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 74601, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 74640, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 74679, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 74853, 97, 1, {}, (None, None)),
 ('^\\s*by\\s+', 2, 34, 74950, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 74982, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 75947, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 76027, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 76110, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 76159, 105, 1, {}, (None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 76264, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 76349, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 76506, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 76554, 207, 3, {}, (None, None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 76761, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 76885, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 76989, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 77037, 77, 2, {}, (None, None, None)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 77114, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 77381, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 77419, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 77448, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 77492, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 77548, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 77607, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 77645, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 77748, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 77837, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 77989, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 78070, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 78241, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 78294, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 78410, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 78534, 60, 1, {}, (None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 78594, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 78693, 30, 0, {}, (None,)),
 ('コメントは個人の見解', 2, 34, 78723, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 78771, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 78815, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 78861, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 78893, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 78941, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 78993, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 79033, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 79069, 24, 0, {}, (None,)),
 ('구독\\s*하(세요|기)', 2, 34, 79093, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 79139, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 79169, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 79219, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 79293, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 79353, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 79405, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 79435, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 79469, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 79531, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 79566, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 79612, 48, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 79660, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 79686, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 79712, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 79765, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 79805, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 79847, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 79897, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 79998, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 80052, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 80105, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYVcWVcL2tX+8bIC0CtgoICtioKCJoq4yaiYJrNHHBXh7dQtPdtt0gBCNGzaYZjRmzTDKT/Z9o0LjE3y2ZoKOCM9FEk5hx'
    'xpngxPwJ/jNZfmNiopP+X717jve886rurbr3vu6mudfvWfS9tdepU6fOWi+ESAvnSeR/o/knm09b8z+ZZvK/CvjekP9V53+V+V8d'
    'lJP/riXfk/DvFsiDddZB3gPyv478byv8+6fyO2lf1jET2qmDthvzv4WQzidtNcM7VV/qoP/y+yJoa0p+UFNbS/taAeOU7deT+UiT'
    '+fgA/I1jkmlV/jcN2m2AtBraXEvGJPP2wbdM4aX3k2R/pxKT6ilMb7JdbBchnnaPb2mfsvl1921bruf6/K8X1q8b1i8dr58EaXGj'
    'CPUc6vn1i/4VcFxTBf9GXMPxgex0E/xb7ueZGafclWyf2qyz37rv40+qMDHXF9BZZaBVdkDF47tBFRbrmwX83QJrmCQ4OwNngNgh'
    'xFd+UnzetCac86UF6kuQclkstzrf9hcc3J5pc8tPz/9maPqa0JxNiYBtNUN/f5f//T8oU0Pak8+fnePqnWd09LrrBNknXexMvhzm'
    'KhUAryUmIV7bfkUovJb0+lgJ8Elh51pSEGEn4QPn8brv2+vezM4vCQd3AS5MWeC70OdVavKtYwFpFj3bo1lE1dNa+io+q+KzKj6r'
    '4rNqsp5VzZY4rg5QcuvjTnrjLif9zVNO2ne3k/7gaaedfyZltj3npG8/5KS773fSrz7hpA+/4JT5B4Ax+e6X1zrp059y0h+910lf'
    'ucDJ+wDJ++LHnHTHx9R5v07yztrh9lOmbfc46W27nLx/S/Juu89J58CY07uKx3g7ycvnhdf7YZK3Bcb94BPqvNtI3pchz9uPqfNe'
    'RfJeA20f+7w67zqSN73bSZdp6r2E5H34h076/DPqeTgH4Ei+2zLkpCdtLF6DM0geuXiqNk8ieR6EMex5oritpSTPIy84ae0Pi/Ms'
    'JDzDJRc7af2lzre55NvXOp30/Nucb7PJtxaApcx259t08u3em4u/NZJvfExV5BufN0o3Xh3gntxCyCQljk543/lt26pn+BzX4Uig'
    'ISR/drEC9zQCn68F+kfrqCD5kcdLz6omkr8R6retpznKOU0WhtLqNae27cW8Kx/elc+ce5+SydCXBaTZN+WB7CcAH5Wjztp1QBUV'
    'sHaXUhrHls3mM5CoHzHOTyvZH0Eeiif6hHvvpvKmRJuTvtXm0qXxmo3/mqHMr2rU2VtfyF+W/zYT47+JyLu3uSfo6KcqD/rJVv6D'
    'e5iemZda3C0n+ZMEdtmcwJt8u6/oNZbnxDyymEcW88hieU4sz4nlOfFZFeOs+KyK132c5TkSFn4ekD6P5TuxfCeW75RHvtMcy3j2'
    'axlPzNOceDIduj+bLPeJn53JdMafpPrqiCvmPO3iadmXdym+Pfmi8+1U8u3M85307POcbycqvt2y1vl2LPlWvdrN0wB7B7/VsG/z'
    '4Nt8GIdMN8KcHUy+DbJvuGexHO5lzIN/N5A9h/V45Q26Ts1QhtPFSXanqmZrlbKknTLQ3+XQ35Xk3anrnHfLyLvf55x3x5B3kg5o'
    'gDHXwzz0kjaFR58bYCPNJvOWhjHQu2/SZ+wZ8jeVoS1W5E2EsN1IW/SpCfol99RhbN4bLNqV46iAPdMUoOyN31Gf6e8JeM7WsPOh'
    'gsCQTF/YYl9vE9RjM7fZiOZW9jfo3FY+Wzq3OL9niGDzUEnwrQqPHeWBx+Zb4LFZFnisGfovv42QPS7TIVFMT+K3ClgzjgeryBx9'
    'MBEMBivYOswn81cN/fg6pLzfw5B2Qd9qSJ4eMn7MGwRX2Mv1kpOex/CO4Wygx1esZwU/JuephM+pPnC3nNXph7eQ9/EY6E6hPBj5'
    'oIeXwE1yv36EB49PQTRvDwJZCbLXKc46j+CzrezbuwneQVyRg/XD8/BqSK8DHIf1IO1bpShP8xxN6KkV6eK6T0k76Q0z3bqXp51y'
    'c0jfNrM+XYm8B9KnTja2qQCnpuWHyXmjw/k1mv2zIOAdmNezMKJ7EPU/kCF1NwCPAN/NI+uYIfpa8t1xMF6cC3qG90PaDeWPVOQd'
    '0eRthbHRvDl2TiEviObZIop5Qbw8Pbvpt2XpYGef1x0zDe3MYXfKJZCeIEr5Vkcj/0qU8q3w21IGcyr8q3qH9N4Bmu+NQG+Z4ncV'
    '/PN5qID5qyC0yjwf+Ud1hDwxE38RyM88BvpXS+CY7z+E1YSCnhpgsJzT0FOJMo/Ftj26Z3vIWHSwnSR443PpcH5LZNlTGH0/xOZz'
    'kPztdeY0At6gdeQI/UvxTc4A1/eR1CuvaZ8G2VzjXeKwtIMbTfvVz+rttCg7zOaHrjutc5MCpmVf30y5fe2xoAW6FPcov77mFONT'
    'jV/X12dTDj8H6QXa3klAU3yQ0BTt6eJ0qQEdcrJBvStZnmMhz/Ukz9J0cd5K5EtB3htnOulNM909dEdKD++DbE6GyPqbwJcKJjrZ'
    'GTuSb/9keNfGxng09Hv7THeP+I3JZH2wP17rYtIW7bNJ3rPSxXTCcSmHF2ML/0MWe3RAgz8GGP6YknJ4ivLdBs1ZNGzRfqeGh8Db'
    'fSPp+I6iZfb41K/at3vY+6/MLu57L7T3UtKh+ZBOpHwf3T7oZnjuF5D+jIxJ1v1Evu5DyrSOuvWkfZN9+BKZz80h2sn5nBO4f29K'
    'OvpMqnnk5+WQJl+3T/9kOxtIO6ZnuWo83T7jOZe04wcHXST1m9/X2blyfL6dKQHwLs2He2hO0qHTTOeC17vFZ05qkw7vk/fBpj3b'
    '9f51whkThWPe724LuomP6ScJ5w5D15Pjql5Fu17tyXofN6h3wGJfIrx8w6Bek/q62L3ijvy3gxjc5RjeH4mAhpVtbU04vA1VW5sV'
    'dC3nlcg6riR18P1wDXnvtfYXk7nEOl4h80PL9hjMqTxrCrLbhCtT0K1RToETC/JBg7K9mjN0jkHZAQWukWWmJZz7lWnZwr2RlPFa'
    'A9rOW8KlL8aKzpPt/juh9UxoNKShl6fD04ey/e8QmdEAuxPmGG1yP8nrNa8y798Tna431znpKrB/XAvpo6udvJ8nfFFTGkuW+yvC'
    'l9DdO29S5OHwso3k0d2zrib6R3+4yElPf3+xbtZ6kucO0Pc6eWtxng6SZ8ZtTvpN0PG6GPTXLqb6a6Dj9bsnnXQYdL3WkDyfAF2v'
    'JY8X64OdTvjdHMecTHhul64p7uMy8u1F0OM4p8f5toR8o/Mgvx1B9da6nfTDoF9wGPnG520m+XbRjcXfpnnoydV76MlRfi/2wZbv'
    'mQXeuYmMfMaot44879OM0eI+oT7LLMJjMu2nCc3ix6NS8c3TIry/XuTxoS20KY/PlJ9fTj/CEgeNGvSpJoI+lfN+YgPvBwaAd1Me'
    'rN8eaCLrkyH1JYkugNc6VEa4Dqa0UTy30cytinbcX+a2ahzm1usutL/Me7bM8z4Q44myzini5BhPRD+3JnyfeN6jmXdbvtj+Mu/p'
    'iOad3n33l7mrjXjuyiXz2l/WIzPG6xHDud28Rilr3V/mvimiuZ/I+kD7y1rWlWktx1JPJN53dms1kXXb4n1nt5ZjpRO1v6xLRUTr'
    '4iVTjWlfu7lUyXhjHkSwOSyHDk28FuHWwkTHKMYZweZ4fzzDasowh1Hqs+4v6zA94nXYn2yH4r1qByPl0gnfX9ahukzrYKMzv7/M'
    'df04zHUUdmExb918fcbL1ijGV9GtURC7nHj+7XDYWNgtxffz4Gtiar8T80ejm+NYDzG6uYx15cLNaVj7u5hvZzfv+7NMMCqaImq7'
    '5PjeE2z+y+XfIOYT2K3H/uS/JaadJiZs7C/r0hDRukw2n1bxvrTjS421T4TYtsJ8fbjvgHju7OaO+laI585u7qjvifhuHXzu9re9'
    'G9Ucqvy7xHvYbg6pj5j9Ze5SEc3d/jRnFRHNmZcfqnjv2s3l/nh2RDV31MdVPHd2c0d9gMVzZ3ne3hzTe0HnTuWrL55DuzlU+TKM'
    '59BuDlW+HveXOUxCP6bDj44LfWGOQIo6OjwmXCPR7dxI8vKYf9hXOjdHiuJYv02k30Hiek4XblxMv3hkQWNVNhvcQWQ7dwrXh2cG'
    '+KovzHHjWOPczWd6EAuE68NzBtPp5PYJWyzkoWib3CvCxe2Tc3wsgxU+5oWKMR9uMObZwvVlX64xq+IPNVuO/3hRupcxdpNXrLz5'
    'inJ+7dH9sgjSKa12a2bax2ZhH2dMh/cWCjc+pu2YaUzlRqhXfp+G5WWh84WgRyF/GmDd14niuLlXEFlIHEeQxxEcLUxFOeMI0n0n'
    '98T74f2J8XpP+vWeIuzjfGO84jpCcxQRPx7w8DaDh0wMDxMCHj4lnLg51I6O2j5yu8og57xfbIoRgm+OfcxJf3m/862ffDtzyElP'
    'A3/tPUDz6/qOumYmtqG9Qh07YTWhkbityIiFrmG3KLVvNdGb85s7GYvxYE3/uoW97WyfYRl6H8I7jZfPdfSdmoF9TmkU6id9sYL2'
    'sLl7JEg9FK/pfNeHueMEaQf9zutiiarihbZp7gem96QMfBM+NPHXUvb04XS4a6ruIBiLNkfeYYz2K8i7bfDuElEaRx7vRheQe8we'
    '4caJyIpi226MLX+mcOMCd2hgvMMAxo8TbjzRPQb5jyB9OiZdPObDhBs3pL3eSQ+HdC6kR9cXx3mNIn4w3lfC3LM6GFxVMDie87ST'
    'pnc77bxL8e3JFyFWD8XpoCdy9nlujGL+7Za1zrdjybfq1W6eBhgffqth3+Yp4Arh5GDybZB9wzsVhaHFJA9d2zqSd9AnL+UZZS3W'
    'AXk3lZa4qsqSxssQ/ozs70ry7tR1bhwVfPd7iEFyDHn38hPOu8XCjX/TS9r0wkUYP3o2uz+0WOK/jCiOp1xB6uN5EwF5ME1Qjw1O'
    'roE9dZiCtrbZ0xWwZ5oClL3xO6X4QPbpPQF4BCY81xe2BOM91FrObV1Ecyv7G3RuK58tnVuc3zMC8mDqCb5V4bGjPPDYfAs8NssC'
    'jzULN7bUiCj1oUjpGfym4vk1kfrkHH0wEQwG+Tk5n8wfxmj/OuGpq/wBcp46vdNsDMmvrSu55/o9ycRkft656AR+0r45bPmyfuep'
    'hM+phnINU7zVDPD0GNwDW2CfYpyqmD+i4o84Tzn5Iyo5xXkEn21l395N8M5GYe7zYKtwad8qRXma52hCT60wsAVZDrEY55C+bRZm'
    '/lLp2KaS+5RJeerXT4fzmzT7ZwGTgej8SYXhJZjQEpSXEJZHwGWcJuUzmvlZ7EHf6sZvKueO73rxXS++68V3vfiuF9/14rtefNeL'
    '73rxXS++68V3vbG46+ns7DOAoxGvZkE2tgjOQr7HsqDXGVR+XAf0JG1DhLgDyrk4Ta5ZyHugMU3SY0dvVFj2J2vZn5+zGPUZQkOa'
    'rKeNnPIPGtp0Ps7NqLuWqJf+I2ivWUT9JGDQqXRh0PhUFIZcaL/Kr4pqr4815N+1ZEbrG4o1spqiG1GSvWhs1Gdutaq60hiHJ4P1'
    'vZVeAD2fRrseGz1JFzBtn2TJcRXgaQw80ITlHFE+RC0ZAu71aQT3y7RqVL1n+XcbnQV+VzfBazWW9H0f1JExou8jeJKpiUrep42J'
    '9EBPu8ktwLftcvMioqRfZlnAro5eMS2P9OgJFmXKRY+Uo/2xpD/+ryH9Iet8CfKlYjokpkNiOiRyOiRKeiJqvBTTD5OXfjClG6bD'
    '2RvkTJPyIBXPpMKH5lisOePC6NofFVI+fpQo1o2fJcZOR76ByHRtylDeVsZAFn8UW/dY1z7WtY/1L2L9i1j/Ita/iPUvYv2LWP8i'
    '1r+I9S9i/YtY/yLWv5hIuvaUn1BLcGslu98uF3qd+yzUSeUUbXCv19GmlM7Hez4vfwzJS8dKbfp5maUebSJPwoZWSJO7EKUVTGNd'
    'yr5/OlFMM6hiXGPeWxJ2sEVhQ5bfRsp3BehrHymfC1D+UtZ/2/JnJcLt+xUJf3rkmIQ/PXJEwsUNGyz6P5OUW29Rrp70qZe0S/Nk'
    'oG6/OntYuT8QPNdl0ae9wvEj5AWDpnW9SPqw0aDcBii3m5QzxbWy3KOW5bCfO0g5G7j9O3Le6Pb2HaTuQYu6P0zqHtTU/QGSp0uT'
    'Z8RyDbBcj+Is5XVfTurutKj7HEW/cyzPGYq55XlOInk2a/IsNaAJFgakCWYTWoa3O11xn8RvjeRbF/tG73u6+xLyp5EuUPnlNL1r'
    'zyc0RALolKmEhkB6wlauFpbn6uVTFWmXSlHqm6eOtdsuvO3k6hkPS+ffSNVWfQSylulAx6j4h8gnqFfAGfIHaP5HFTzqLJODmPjE'
    'PRD6lSZrQG0U02Se66DeaVBXA6Mh12pkLNPJnCUYfslZ9LeZ0IVyrIcY4KGcYl/6nRU5tic7RanvsQItVu2MTZZPgExiGaSHQNpK'
    'ZBUynQ3pEkgPhLQF0rNAppGrdnzWBhmf1xg4TL272uHrm7YT5fwtrHb98vaLYt9nmyJsp7na9bHWbVBvV4Rtv15VnnXk7bxk2c5w'
    'wHa+W+Wu2TpWdpMCxlR0lmo+qV892c7Xqlw9U9wzcyCdD2klpMfWF+9B3GuHkj0m67ytyqF3dfBms2+uJXV1K2gNm7rWk7r4nPJ1'
    'GGH3THy/Beq6yKNfXZb9WhVivjjcLFH0a69hv3hds0OMkddVU+WcP0Hn3guuC/u/0q2/2+LeYbpG/1bp338+jg6D/Yj78B9Z/01w'
    'p838fwPqt8VbfvVj/z9ZGR6Gsa7tlcH3PK9rY2Xpuau6f9jGcJV510CZJSz27Bq4y6weh7bPgraPgjmkNBLi7wMYDXWgDz6fWenQ'
    'g0H3bmH/kzoGFHwZ+l63B/+UdetYz9rpN8Tbe7Ol/eiy7Me/ZM3nI6eBy10G/Rjx2dP/O+vcc7zmw4a+w/F9kdS7jp0hm4S5j2Ne'
    '78cU9eYiqHdYMQ8jBvWofCAX8WICwApfo7MN1ijIeXd8vt6DWLkeYeZvmcOYn/7YTDKGHjZX/Sy1OfMqFPM7bDm/b1T4z28Quvin'
    'FaV9GzHcn1jHc6RvqzRxyXmMeYrL2yA9kZ0rD0dcL54ZX84XPlS4efzqOwbKnxZBzG1ss3D+Vzg6H36x2ZdHeFZ3jWGbON+nwzqa'
    'xpdfztZPN5a2iOvF/s6ocHhTlKZYWu/ysQq6lvVMB5GUaWc8GyxzKCsjKlz9GH4nXaDh96RJ3bKOX2dK+3qsT7v/mXHbxTvuYezO'
    'W+/T7vOkjiNYu1lIj/SpY6eiH5yPdagPzfZNUkeLpo7DffrxdxlXV8vm7JJlblWUfVVzZvDzfHvG4ZfTekcCnnEFWayivh5h5r+f'
    'n0WyvosV9Q1a0C997AxbRerbqOlnj8W52kbqMynH57af1TeT1NenKdNn0b9KUt8advfxOm/aNPjud+lo6kM8tyftwi7mOZnlXao5'
    'm58PUBbbfSLt2gOM9flbOP/JPPL5U52FfmfqX0VUH87P1rQr6zukXo2ndbhsQ9rVkTnE58y6guRNsLyzWd4LFX1aqrlX8z6dTsry'
    's3GBD34/nvRxts94FnqMh+c9hOQ9wifvAR718rO1hox1GuM/zPWZp7dTbjvTfPr025R+Xnif/g/J2+JT77+lHHpChaP5HR9l4M+l'
    'iu19gpwTsp5ve7Q9JErj8xTOf1Im53HeUrz8ZYN2trIydyjG2BlgjDeQetazM6bf4my5yqMemzNqrWJcmwKM62yDOeV8h3aDMr9g'
    '/T2GlFHNH9WHwjLzPMr0acocmHJx+op06Tlqe9fLpFydvo2MTuT76U9JV7/CFkZk+dc8yvcZlP9XKB9ExijL/1PSHatujd6R/3nk'
    '7WM8zW8lS+ewQxTHHsX1u1NRr4pnWKD/SV4vPmCB/58s1TfU8bNUPKYbNGvjt8/6ofzVAcvjPu1KluqWIt/nLbaOF3vkHWF5z9bM'
    'iykeWpl08VDQ/SbrOZL0eRmUX01oZUq3tRrkRZpsmkdeThtXG+TFekcTjs5H1LITWfcviY6oag8U+H8kj4rHX9DFTJTqwb3K9sWz'
    'JI+KBpB5nkwU6xOawEiB/68Yxwgbx90eeRD2v6roI73fyTyfM9SZpbhPlvs4qXtAo497I8mjkh3KPO8nebo1OodDivXgfIkrPfIg'
    'Pr1C0WeuU3iRR39QP3p1olTfkuP5v1DMfSfr8wpFnh5+/hMYMpUfF+J6K+rmuH2mYqx7WT1TFDCcM4DhjMfYRoQbE1WXB9fjdYVt'
    'XI7thdeEfu0Rzl8hequmvBNZ7oek7j7NHvonYbeHcGzfFqXwOMzyPCD0+Ar30F2Kevh59SUyflNeSuH8J+VMZRKy3E2kT6rzraD/'
    'R/KoeCoNMI+6evD8We+R5wTI00HyqM6+wvnvkefEtOsHot6SlyPLnaKAEb9zD+3cp0Uov0Bd7HpL/g3e8est5Q9cFzslvGN6eOlD'
    'B9HPRdtanX5uufRsZV1zma5yjYIHQfXxFivsvmb75LW1C24WZnFYG4Xex4zK/8xSEcdojf3GxH5jYr8xsd8YG/wX+42J/cbEfmNi'
    'vzGx35jYb4wJ/MR+Y2K/MYLdUWO/MRPPb0x1AHvo2CY3tsmNbXJjm9zYJje2yY1tcmOb3NgmN7bJjW1yY5vc2CY3tsmNbXJjm9zY'
    'Jje2yY1tcmOb3NgmN7bJjW1yY5vc2CY3tsmNbXJjm9zYJje2yY1tcmOb3NgmN7bJjW1yY5vc2CY3tsmNbXJjm9zYJje2yTWxyU0Y'
    '2OSa2L1ibBkbu68U6KvPY7YwtRY8Zxo/qp/gTh4/aoh9o3Yfw+xOz20Q/ewb/eZG9vFZNkaOHwcYDqVxvbgcFM80r7heOM6linp6'
    'GU6lcb3WWcjGZxviWW4r22hYjtNY1J4F7T0rYvuDcbM/CGrLbxuzys9evcrDXj2oTXpsbx7bm8f25rG9eWxvHtubx/bmsb15bG8e'
    '25vH9uaxvXlsbx7bm080e/Ms7OU0nFGIW/ugnYwBbuWYNTW5UGthqj7UHgz24Tm0PQTmTRrsO1saSIji2PSm95mVTNZGeY86vgB9'
    'z8v1KfJT+dqAwl4T97CJfJ7L82hf/GRwBVvytHPHVukCDWr6aOIXoJ/QQ7RPHQp+NP2+2UK/KUw/Opm89dP5eWhnfey2kGUOB1iv'
    'DgIbtG9jsQ58/BelnTNFJYOlMuUge6Cf4fkhwzOF09w288v3AZUNzCRjtZlrlew3x+47rQoYisIHhSns8LG+knJ4wqp1oX02haN1'
    'mvnhsmzUDXzDkLbxGsO9HmPoL+MYTNbldUOYuy7l3Lt1Nr2mtva9Qm0bPyTMbUg6NHaOIwqcIft+TsrhVY8XDP2M5PeaY6lLOpfN'
    'U4fG3megTOc2t9NJpBxZjM5niteaBcV36zR962fz6qffZaIjIse4O+nCtg293zsBzr3PJh15AMKfSd9pfRs162+zt3W4fJNG/t2X'
    'dO5oKlzCdbQ7LeyPhxW6Pyb9OTPp+lzyo5ttz9ucz55fQNruLTNNzve21CVdMMHPnVcSTl2quTehTUz0z3KKtTOBm0cTDg+5nHQY'
    'n4+/TehhsVuxDlGvx7UJ12dC0DGvN9wbnYnxxa2nJhy5nI5uwH7Y2Kqq7oy83Tmk3ZzlHU51/+O0gmruCr4kEo6fwiDtRjXnPwe+'
    'czlw7XPy7sTK7rXEJVhGNZ9cT/p+4c7nePEFPkHGbNsH1Zna79OepMFnBIAhW1r5EuGemxsD7I2g9EVBlxz0RKPC+w3Q9owAMDls'
    'CZN1otTuZpNG9z5J9PCqiexbNr+byL6nCdeXygIFf7vJkv9ZIdyYLpQXniS88DrCC6+CPlRCv1HmJNtfG0omObkllIU5DcE3Txvk'
    'aWH6VLZrMLmlws4a3ChCPYfayB789DL5nqNrXUXWMAN7vgN4/YLIcKuIHhLmkzr57zNoR8owfg/vrxduXKmrmGyZy7/2FThJmT9p'
    'K90CjYxYrrUZGOlzjgZ4GhQwWEd0TUxwD8LTIIGneN1L112x5teFXfMo173g4yP/j/MTznr+B9FxjPf1/revYxqgdJ3TY0ADxLh0'
    'cuDSJPmb0lAJcj/qJXuzG9Y5CIwlvLZnsjx7oSyPU3XKZBWDPKryCR96vIbdhSvIHb6R4FO8S1db3KERBkQMAxMWBvj+TZP9q4ot'
    'U6fQxcUyCDcJD7uTOsN7nl/badAz4zpq1fC9kt39xA4hvvITtR4cb4fbF6y0yF8H7zg/iuaj+26qBQ8ryHrxsZwD6QXEtsD0Xm57'
    'r64k9ch6Zd4loFMrRHFsorGyvbThAdZB27Lfi8DmQ7a/6j57m6Ugtuth+/mjp+37mbbsJ9qyHhjS/mfbLqcMtYfj9ntor/KTAPYq'
    'iCNk/R+BMd0I46kU+9qTUOjdS4hJZ955XYE7qwxNmj7J0DXAypm9NOuyvqiEtZfBgEHCxzaAj+zYLKScrxTi9IxfyYoJB5SBefit'
    '9OCwh4XSpzIYkDYATwBp4N4LnK/y/XvI+yW3ue/PEbGvjah8bUj8HdtejY/tFdKYeMa+FPumiH1TaNb4SMUa0/U5DHROkOaS9RzE'
    'aHU/2hLtOk1pe3pHUtGMsT+N2J9G7E8j9qcR+9OI/WnE/jRifxqxP43Yn0bsTyP2p1Fufxp+37mspGoflZXItoYvnzgykQId01N+'
    '2YdNf36ec+1KbOkDSpNWjrp7Ade0FvKliDxoGoG3gix/VF0f/450zMKAPKD4rh3fteO7dnzXju/a8V07vmvHd+34rh3fteO7dnzX'
    'Hg/flTLPuez+PNtQ5hvGrxCPDzYX6Azqx4H7SOgQ5v6nqM03ynRNfQ2p4vOgvtEK+J4Q6lizmw3a4b4mdHb8Q4r1qiHrjevFY5vy'
    'ereys/Yg0Eek57HKD01Qv02qOUSdAuRrZMke6LPY3zzW2dHCjdM6bFHPsKY+CfszhbfPHurny9ZvTU6j54P8G77ezXDW0vVuEmo/'
    'Bpt92uwm9/RZotRnQ5j93KPZD90ee8pEp5r7r7ApFwaGuS8mOp9bFOvUBDo2uE5edWcBZm3mlOrkjIji2JN0PUfInPmNr0vY+8rc'
    'F3Bkhu0Z2tadeCedo4ZHU9o2DT8dHarC23MJfNAYsxib78y0AxspUXxfpmu/nJXhdZyY9l+fqWR9KD6eopljvha6MwPvyBJ/zhDm'
    'MbKXsti4+PcxJPYhHeOKtDfuxPWpIHzMDW0uj5nLC6pYnvdD+sm2UrmBLF/QK+vRn3MvQvn/hvReSM/tKe1jBuad8lrP79TLNOS3'
    'gpbv2uL4e/TbzXcUx9+jdV97a+mY8FvVrf6wU6GBHV3s30FC8+I8f/kSJz0e+vvrrcV8AprnOJaHr7mub9PhLOfyCzqXmU856Vs3'
    'l87XfXdA7MqbFTDQA/O2ubRPGUZnU1yBbWyAMd3QpV9nzPP9rtK+4bfENaV9k3XScl5rWe2xlgVZAcDF7z5Q3B7ty9XnOukv+/Rw'
    'de2tZvs1TfB0FczxjDX6OcI8n82Vti3LyfSVC9TzMJ3xWXH8vCz2VRcL7xyAob+5pLQP798EssZPquFENX60E5z5bafswz/Ujx/z'
    'fPTHrl4pfpPlZPr8My5OrlOUk+lDmjINHmU+vkRdRkfnmfB6r9llx/8rspe1ZZhNLnZgSs3EC2xyAkYndgxCTvOgrF7utePZXuNn'
    '746dTvrUU0562y7X51odgY+CzP55OD/uc9I9TzjpssecMjOI7jj9xtvhMD5tN9R/D8hfdxTD/IrH1DDebAnnv/2Wk172sF25j8Ae'
    'XPZitPKkGaPBZATVBDBMbYlN+poRxfb21FfcIg8aOwXlooh9miUwdD6R1RR4g0x2c5dH3rNY3i8QOoDnHfRp5zbSzrsgxbthF8t7'
    'E8mLfUCfud0s71ayD0+DdIDluYrsE55nSNH/BtIO7cNZpA6v+LVox3KwKLbLxjFs8SlPfTSoxu/X9lIi6zqL3Ys3sr+x3hypH/nE'
    'uAZnsLKdqJcBeQ8kZ/cppAzK8rIMZk4RpTTz7HRpSvFVGvencON8oz0+wj/uFZwP5OehLgP6feQ+TqieVoLsYfy2gvCbV0B9c+Hv'
    'Q0SpL1zKnxgmfBd6t8hZ8oN4XION5H7bAPpizQZ5KV7COTuJzNXBZN1PhnLXaNqcqmgzp+B/+7XJ/c1UEn0nr3WQ6/RxIt/je+Io'
    'BT7sZXCPMI1j2qTIi3ujg+2RDSRvJ8Mr3WSvox1cHWub78E+0l4D7Jca1s8cK9MhXDu4BsaT6mI47kqG65CnfgLp29UKXKXq20Jy'
    '9+c4ZCNrp4/N3zCr60CiL0Tv3Fk2t9zHLK4RPb/lPjhOAVsoe0r4wAriFOp7kvvBoOUlfE4FeE4Q2LaF5Sj61MjoFOozLf82JWWk'
    'Ojkp3isPVNC6KrzUQv6N7VG9xBVsnycUNKduvLo5lGt5e8LF2V5zeFvCgSHduqQJXMj+m8T7sKF33wt094NPePMt+L24Euj3nc+U'
    '3smH4Q5x59NqWh7Hthn6he+qcV40l0eM15ee1FommcTo46O30gvmT6VPpVarm6W3k4J2n9JvCscIOv/8NCVsn+24F4fjNZ1Ua4r7'
    '9jrFvs1O4jXOwOOdqyIx+sciz4fbR8djja/Tr7Gp3za/fb0tXvP9as1x369V7PvYb20iIZa9405Ww9Y1eHxwcuwreOzn3IxO9VgD'
    '6XY3M7n1oduYPvR85nDN+mn2+lhtrU9d+tS28X01HK/ppFpT3Lf1bN9WCaIY5NFQCU/CJ7/O/7SXXOhIhaxFpefUIlyfs3iXr2Ty'
    'Gs5LtpUHbWF9sNkPAQTCqTEB5LTqFhbCB/P8YLYfptJha/+fjeZfvGwLj/SQ+cX0ngdMLAmzgJXn+uWI6b2xn3Meb61HAf9B9GAm'
    '2dqkDG6tnk8yOG4r2h/d8ZpMqDXBfdOoo7vaCjt2u+78qyVrWxegnB/dl2wXt/jBVI1Ffo4vPNrdbtmuZ37qyxJtVfic3ZjUX4vp'
    'nNnoHeD4UOesXOMz1TdQ2WcNMjn/gFDH/D5AuDZNXSJ4LFxuWx1EJ3O5Jb3eRPQt6uD7NGEXT04Hu5NhbY+AK6ff2vF47TwWLfq8'
    'NY1vzXVpRkSpjdhkgBVKF8n2990zOBU5jZoscxxZv+N536eLJt+axLF//dfoxnAsRqvYv3540wvfJeM7R9Gdo5x7K2nAPovvgRNv'
    'TbLCjX2WDnDfUPHSZZmfC3W8Tpv1TU2u9U6HXW8/FYMo4CENNDHCxnpYx3UW+3aSr2NCc2evjOwM/KK//MFmjxb+zv/jVtWe3Oce'
    'VdCnZCo9Dj1ptGG+NRqz5kpG6iWbRNuoZJv7PU3EuGHxu/xb6u9fxdp99X4n/WvLmIExPa3AJeHA0JeeVp3Zk4cvENPJ8ZqUf01a'
    'gI9I8Vh3TBONHV/gi2bnZRR8g2L5cTK1Pz84t9zOK3ikcfundK/FazLea+Krt+fRP6Xenk9+L729OiajQp27BqZ7t1YhJ9XKv1OF'
    'v7+uItkrmX5WXYByXuP5HBvPp6BctZHOq+Q0ZCrw7+ykOmUqC9P8Vz8phF1eBr/8xG63uXsf86QVpDf45kiJnZmdH3H+fQV536ql'
    'JPR3wYrR172v/u0+tMyUwtzM1101+TnI48ngOylL3Zn/rUm6cJ5RvOdwjP6okV6i/qmLcHgAfDPmOmzYtgXpbTgcX6u+0UCPafnS'
    '9dfSPwHWabz8dVsUS4mIn9FIHx/6J16TcV8T3De3KvYN0AL5szgJC5b2VdrLVHjMVXbCrJH/OZtMjslK2dZh23LpV5ty6u8NinvN'
    'LTHMxDBjATOIdzpEbO8xHrYHlTD/uH8vj+d+XOae8++4r/MWeE/v0egX7ki4xywSbry2eqa72U7kbrSOCpKf22JNJzqc6Ld2cYB6'
    'mn34A02sLq4nauKXCeuvZXhkmg/vBOfRLx/vf5atS5qti0l9dD5N9JJt+9oJ9SSh3mnx3o5MN9NPd4XblKyFdYvnf+znn8pQEhrd'
    'AfSBiPEpK8i+4b5Da1k+ih/ntQaPj+mlF4Exai+LQDY0pMELsU7bxNdp43hlgOCVeP32rfUzxTcHGOIbL7w0t8x4qWo0PF6qUtBu'
    '6M/4OgLzFZpvKt49xhCpJn9T3j/6CuV0ZJqsN5XLpZhcjvsb3SO/s7nCfOiLFGUO/+EhO0sBfFwR65ip72Xb39mmIBeykpnJuU77'
    'ScnQTlMFv3QPLIJ0Sqv7TaWbaKJnLtfYK55VA5zfePdD1yBdZD82gKxqhii2DUSbRbRlRH/bJvHB0D6R+s2W7cjwLWfDfqpj9xST'
    'u+m+fq+1xXWmcNAbgU7WJHs08hS7o95z0xtU1QD4/mxhF2sC/RNzH+FHkG/o+xvjrNF4P+gzHeNKziTfcqLYP/s0xTess17R3jDT'
    'nW6Ec0xFK5jwKLgfKeoHP2w9fO98WME3rnQyJPXC6vQEMRWoKEelWfOs1nGfmysLp8lhpTIEA2aoGeldWZyx0p5Gp/KoG2OYiGFC'
    'IW+iZ27ai9Y2UkYQ8fPOU22Qp9hnYgMA2wdEsf0OfsP960dX296TJjvF9A7xHvjx184x5a2anuecB1CISwnxVd9qK7178W9ecqYO'
    'RndY7XPFtp9ETzIsJJjYnKj085C/EvsMIXu2vZw7Vv/Eflwm7prY+Gk6yiJ/FngslEdaKbzjPWagHMbTxXiaMqYn8pjxLOcxo+W3'
    'zaI0nvQ6lqef5MkxvhXG88oBLqH+rvx8ZclyFwnXt9YQa2NE6OPQe8W0bwD+LsZ662flN/uUbwRVkwZYv9kB6/Eau1//MR495Q0O'
    'sH70atYUDxDJW5sVQEZZFPcY4rS+saM4vhONIdjJ2g3Ci/OyFRD/kq/jpy4+zCjeq+I7t8IYKkdd/iynWfi3JrLH62FMs5m+B8Lr'
    'Avi3rIPKXJoUspmqUZcnLERprLBKURxvbT7BOfPF5PBxqIqhtpx9wzhpU2GuEoSXHgamyj3Hk9XXoN+a2dRRzrWtsFhbxG0Yn/pJ'
    'Rey62yB23fceDu+rcWXAuZof8VylCctGF7v5iADj2wFz1Qjx6V99xK58w7fN8/Nzx6YdGqsw7BzSu6yOh96guGtVEj4XhddLCLxe'
    'ws4hHrvzMnbOoC4SwrqqDIchv/2j64/X/jnKY//MJ7LEN+920s88BPvjx6WxfGndKjqExlv9/LNQ3/dK461ug378F7T1VYhR//AL'
    '47+vL2PrF1ZXg+qsXCKK6ZoskZtewmBE1x85P1OEG5t7vo/MqJrNzwLhHy+5guwPDnO0rbSGb0X7q4q/miT1X0rqv1QUx4ul9uLV'
    'A4Ub5sMJJ5R0ydOk0U9JEplxVrEvEcZnkbm3gbcgc+Il40Z9dow1TPd4lVDHCd8MdT5FaMp+QtN43WtofUj/XAX13Qd0tt+9bB6h'
    'jWzmbinej0kq2/0kWZ91hJbyGwfSVTcIJwYxzoMfvbaBpTmDO/J6xXrg/F1D5ODTWd0DBuMwuaP/JdFf4XfOfkLHNsKdy2TueNkG'
    'WJODyNluch/hOjV+ZfqJXH4K68+wUMeG1/ElNmpoa9xPNI7ybIKL5PtXCHzKPr8MZaYUXiZT6UzFO0+2oqIS/11VUV1TUVtXj09D'
    'Y/04PU3yf83lqLkwMW8WaJE3i23Zthfiat7lPBde+I1C+qMFS+asPmLRub9ac96FD9511wL4/KdP3nSXieXeo9d9d35CpH+T/+d1'
    'suqBA12M4rT1Z6eduy748V3kkSu3PVIL4PafmtgL7tR9bcG/7ip5Xvsu/WtUjO7M/+T/LxyV4xSF//bk//tN4f/557uvvwU1j47+'
    'oaQ9CxG2z3OF4l2h/VaDwkZahmqLyfGKs1bQ/xXquO6LCe6gZ/FcBa+A4qthwidU4WBbPoQfb/Jf4R5vcub7nQUDBIf79blDww/u'
    'JuOmPJshwzH5jffvhONATMcjp21vMhwHLWOyrrIf2wDOouSVo4yiAeZxioKnrJpbP37YuQC3fuvfq+m/7Th4HyhdsAH6tBD2lU6O'
    'gTql9Ps6Ru8dBPReUN6+ST9t6QkvHgUtr9LJmOz66SZ+eLgtq6QEzE4vfz9nOr4RXVOVzrWJXSnWwdtIkXvo7xn8mNzdbeRENvR+'
    'l0aO1S1K7Vq86kS55jcIXtpoSPvrcGWQ9m8m9yLT9oO0cxW523G8S/n9Qep+H8H5vSHrOgPgVnVP3RKwzqPJ2DczeMoRvBmk7oPI'
    '3X2jBjbpnTBIG7Y62yqabIDsYVnnhUlnrsuxn1HnvPJZl1+F7278jvNuBuFvvQz81PQOl1+YIbxX1HPHd2/vLpW1zNzhpD96OphN'
    'XKF9qLc+X/icMs/NC1tc2MR3Fec57xaRccl3Mv3CXzvf5pFvDZc66e9z7jzjt1PXOekn73BlgtjOgveWzvPPc6Xz3HtB6Twvua24'
    '3iThh54N/f+HhGM/h7Qs3RNDFnBsO/8mdhstFmfNBoYf+xleyjF+0IlE7hr2LKH1zoV6TWlC0/42EBn1sMddjpZJEl3PVQnnDuc3'
    'zj5G/29hf3eMI0x45aO2aQUaKv+PYzQ8zC5GB0z0sfwY7mx0LK/sI33/X8DPLgd+QHnEirSTLoN0JaSnpR14r0Q8m4ZzbaaT3jTT'
    '3R8ziT7bGVC+LV28X06B8jeQcuj3huY7FvJdP9PdV7JPpmddfYD5oONug/R4zTh4/xqAvzOb0B1UDy1ngc84D11FF1LaZjbMPW13'
    'PcGNJu1S/NSvkF/R9kxlY3Tekx5yt8OZLFG0Q5UJb539pE+9NnRKFTtLKF3fALqNWfKNzscRCn3QjSzPISTPoCYP0sqUt7KY5MW/'
    'qbye8pt0eXXrVQU/CjflsrXm9+4s01nkPrxV68nLyTX1KxeUN63jD5jKkm3i74TRVQ+o2Z6a0PylPVFJShoDGb7Y6KeY4DcOS9UM'
    'ltIGegmLhbmtkmm/ylWvSkducQCZz1GWa3EV/BtpieJYh8l95rEIPZG28RWbEKMpFe9WYUa13XanBZHfqnyphtUxrIv3ltFeGWuf'
    'JTY+ShZHCA+CwYMpz4r6O+kUsR8j7Vl9e+H/re5ha4c6/GzLTPzNBOFHLiR3J3x3Irw7kLybJ1zd2TpCx1L/I/2QdjN6nra3TQTj'
    '05ZjzOcqxnyWYsxnKPp/aoB5WKooM+JTZj7gCVoGfcEMs7yz2D2mUXFHnqrIk2N5ahR5JD9Edfcdz/W7QrF+lyjW7z3k3UOKtf/4'
    'ktK1l/bofO2P0qy9SqfRb+11/Fqvted6Hl5rP99g7ecbrP38Mqx91nLtG4GnlAUZYSPwEajPtkUgW8qQ+lKk/CKWngRjOU84Mh/U'
    'mfLiEWUJr2GY8QP6mK4H+knidnN+PINB4W0vR3lK3E7jJDLek3zmYwWB6XkBZGYnlfFMQhz7P+Td1Fbn3Zvk3RR49zqh21rZOrdC'
    'Xa8p8hzaWpznFdijlK/m1WdZ5kdSpkfwks14my14oVx3bB20/00igx/S6CcNsO8q/qqs6/NEV61LU9ZUL07VvpdcisL8VsKPp3p6'
    'pjrdA2xc6xR6V3665X5t8TbOJvphI2z83QY6iMg3P5iVHSE67YhnwuiP9WrangU6DaZrmguge9nHcIYJLz1tiUdU98KFIrgN+xJI'
    'TxClMvGjmT1I0oP/qno3HezAgvBKdT5LTevg9v1jNeZmEc7GX+Vjc1jEcd5D+uBljOJo766ma0N1E2zOYB3uSFniDi/fDpRXZOvT'
    'wcuXQ9S2xFHD/yR/kmr4t3gMyo7VHbmRyZvDtpewLJ+xLB/7RffAya3vTGsAv+gtRvxEeq4vJ2kQ3dMmQtNcC+Xxzt4Ba3yZiGPn'
    'jMc6HwjrguvG5S9crrGIfBMeebnfpiafsyoIfljhc4fi9lB+90SVPRK/Y5neteg9Gfu11eLu2M94Rvc1OPtPdUcesrib/lJxV2+0'
    'sHcwuSfT+vawv9d72BkU/MY1OPxQbiNF57PXY31VfQh6X1atocmd9nWmH3tqg6sj6nXfH+uxDFvCY4EGz//vZAWfw0TfyVT3uYPx'
    'Tfs0OsJjzQf5Qb0LmyOsbyZzSW1BuK4z1QnrEXY8JtXcbfTgo1F7ys/Vu3hlq2Zs3H50q0YnsoPpyHPd844I1sdvXnIKfmbBjwUZ'
    '559CrF2HZsxdIcdM5zUMrjk8P853wbuTmT7uSaCP+8GZpXPJdY5l+RNBr3dp2kzvGPNiqrIZ532QeZcQfWrT/h4N37Zr+kv7tIy8'
    'l3P0H3UO30/Fs9zIcEkHg6cRhUyPwoNOP5nvjV6DtcUz8f46h+9WLtiNEmZ/AenPGJ65vs7hC4alMWj/c5o16BPm+rf9mnOWy+zO'
    'rXN0mKn9El/j3yvkMF442ObM7vXBuegz5nAyzxMVH3v1/w+1xfSfyR6x1d0fa7rhiVpHJm16pqrg8VUfOdmQRm8AfSB9qdbpf5T7'
    'z4a299pbW2ude6XfGdNmaGeDeWmbJxNbHXrmnMjOiOXMtuV09n0ZnCFn5/s8ZwxogG4N7s4xudmCMe6PjobF/mTGuT98fl6pEeJM'
    '4U9fmMBWuwVd1EbgyrR+hLX2kPRQmyFdJefnszUufijHfUTFkzGxES3EQhyjvg0E6Nu7a0p9+Izl/sdzc8EY9WPApx/ZGtfXHu73'
    'u2erff5wf/OYb1hzXvyJ1Cvb+q/qYr6Kqf5UEN7JBmHvl8qvHnpve6TahXEb30RdFveJnFDHG+j3oclur3bvS33C3CfnsIK3SPej'
    'yZqtsxgX0lvrql1afaLeNQo6PWReyzU3XRHiukYCo+Xgj4c5I/ZWjU3fgszbE1UuLTTed8eC37kqR5dM5j+o3kkPg3QJpDPq1d+X'
    'QZqFdC6kZ0J6NKRHsPxT6522r6sqxetBcElQPbq1VeXhpZue0yeXuX0/OvjgcWofxy+NkeeOwz2c9onLNP610tF3awT+Kd0HB0I6'
    'HdKlDN7bIZ0J6aGQngLpbLZ/zoR98J1K94yayHzzT5L1sqGxeH2cn9rrwV/18xvdX+lEIg2iAxw1v+rdlW4cpyA+JXMaWZdfu4sq'
    'XZ7SePBzZB9qKx0bAT/+vg3vZazuu/+ede4pBZ0GtucPYnt7KqTTAp55T3i0NVvT1vSAbf09aSsIbqLlDoH0ePZ9EbR1S9aF/bHi'
    'gRX2/xi3izKMc7Iu3rGxOVDhQtOyuvviomzx/i/H3WGvD9+2Nuv41OH2HLZ2K6a0w28q3Pkfbz2IZytc/5FBaFGdHE7W/b8jrJv3'
    '+wsVzt8TEWcX9H8qHJ00iqcSkL4L0lWQJgPiyMsrXLgtN6+zoP8zRu0hnpqnaK+ceLGatNfJ4LFDQwfmAuBP3B+/yri4L0qa1IYG'
    'fZb0YTz4dbIPOzLlPwO6fNb+5nHoA4f39RnXP3A/2197NLpjTQknTSXU8tILM64P5iBnmyk+PjFTeoaWi6dWuP+PUXu4NikCH2HO'
    '7K0h7rD/mS5dyyB98KOHdqedc9vm7DKlte8jdZ/K6Pcj2P3kLMu6/ybt2pZGRU/77ZO9MGfvT7s2ymHkRbKu3ojWucvn/rG6zO3g'
    '3jk2PX42v9PIulzD2v6aRk6HffrKbOYfmNTlhXdNZH6/Tjn2ceOpU+jHW3g65cJHu8ZX6gpW77sCtLMj5dqV6+Iv++Gsz6Uc3udY'
    '8dIKceNTbryZqHlmBflfyoU37rPaVI8K6zqfzM9YyS+PI22OhY59wQ6IwNKgB13sBUuVKX0coT7FvcDU5wLOy2+Sbv3LfPbTygD7'
    '6V+Sjg7FeOKWwv0/6cAvvduivM1GPiHr+krSjbN6KcSzvWl3sa+Tp55y0sEHwHfUruJYtrcn9XgmZyh3uz7p2kIH8duhOyM3JF19'
    'k3LywQr8P9IWH/8mEd5uis7X0mR4nyFzkqWxsrievx+sH2+h42ayx2TwxSYRTnb2q4TrA8sPHjm8/DQRzn8Mn+N/TpTGlw0ql1PB'
    'xYim3bvJOMLeTwv6f4r6gt6RZH03kTXie3iL0Md6lWU2kbI2sC/L9EBZW7mOLHOxR1kvOY0s866EGzej24f3hvzsFaSMia1jIRZ6'
    'wvUdZoK7+jTrPSsRzMdUP6unJuH6PfOiQRvAcLfGwGZX5n1D+OfFNX8NbJij1h+Xdf9QuDHff7UGfN/k3Bg7Mv0dxL3ZTfI+f76T'
    'pi53Y+nI9OAekP975OX13q/Ie/JWdd6/V+Tt/Yi6D5/3yMvr/QTJ+zuII3SvZh4+5JGXxyB6P8krEYBM6y8oLdsAOIDnvWWtOm9O'
    'kffUa9V530fy5iDvbf3qsa0hebdtgnNpjXpsqxR5cd143hMUeXEteN7FJG/bPU66YyfAMNBucx928h5G8n7pcSfds0MdY6uF5PWj'
    'CetIXk5XtkC903arfXr5+fEysf3PMpyHvAbqtyLHvtn6rUiTvzEmgqRhTwGYkf/eKe0JSRk+tsaAY1P5kWsUpTE0OD6mvhLnBRy3'
    '7d2fnxs2Yz1D6H0YmpxtYWL72sS84T4PN2ruyv2G932/2MA3wfqN9dz49Wst4CpTurUzpF5at8U4hiKaeznvcwLwcXU+Ir3iUw8Z'
    '9IfjTxqvV8KtX7zeigA46BCLO+tgAJ4gt7MeYjRdZ5XL++42XIOo2j6tyuXfrlPc81X8QhN59hC7iy4g7fB4UpsiHE8DtBNkPb3a'
    '4T5i36gsTzt8PP9W6cCGaTtRwuW3Lcc4HHCMX650edjdmruh6brcGqIu3q9tlS4PttsQp9r0tdujr1st6zo3RF18r57Exm17JvjN'
    '6zxFX/cGrGsK6SvHX52ash2Gekiy/rey/vXr/GX4ndGy/p9l3bkIUj/ymAo+e0hdKhxrA0/fCVEXX6O7IqgL1+PTWbsYtsOW9V+X'
    'LcW3Kn8xXNZiwmdZw/QLUV56FvBfrhiHttdA26dkXX4/19szjRlpkrew/7Muv98P5nOadZpmUYdq38g60llXTqOjfYaEney3wLOv'
    'KK13bwT1/gupt0ejN9cfAMc9Qepdr7lzB6H5dhjUGwRnfqrCXXubeimuvMmgb5sCrNGAot4RYc677tPogb6XjHlAo7c04IPTzwxQ'
    'B8flxxvUMeJ3/ivq2GA5lmmKOoYtx5JW1DFiOBaE8dczri8CHhNYJQc/hsVR9pJV2vDun8+UxkhXyQWWany/6M6kxyKuF8+br2Uc'
    'vQ8/mezyCM/Xj4xhmzjODRkXH6zS+FJRwQnXpTqRjeXCiOvF/p6ccWXWCSaTxr/rme1BmuheFnj2pA6UJc6BdAGkrT51zMq4MlpO'
    'j9jIfnGfVinqG7Q4i7n+zxvp0vpGAtJNBZ89pD4T3aYRjb8FHO+zaVeubHNGyjL/oCj7qobO4Hj5m2QcfZq+9lnQJp8j9W0MaVci'
    '6/tw2tXpGmt8XZDZk7nFPXhyutTXkmrPXxygLO7rd5F59NNdMcGlSyOqD/t3CKlvjUbHxsumivevLqL6sH9/TLlyqUPq1fhRh8te'
    'I2W5nvoCVvZQoutW4P+lXB2IDgUtYuqX4xlFPYMB6nlIUc+mAPV8LeXqg+Q8cArdu58hZdYLtf/eXm6zQ/qrKmOKN7Z4tN2vabvP'
    'o+1+i7bfR9rmOJDP1VYoc7ZHmSGF3o0s025Qht9LjjEos5Xb7BmU+QUrI3V2cT+vSJfuVVt6OZNydW46PO4AMu+fkvq8b7G8vyZ5'
    've7+Mu+rJK/XHVTmfSnpxuGxvVcW9n/A8u/47NKUN9lHsvydirHyvYt387/zyMv9Sn3So1/9Bv26gZTfGIB3crWmvKm8s4uMdaNG'
    'dxDbuliR91Xd/od+BZFPyfIrSVuof75aQ5ccbZAXz9HDPfKuZPXONMiL9TYlXVwbFD+gzu70MvBgZd2/TJTqtHQynPBTRZ4eBgcv'
    'euTB9XvWI88I5HlSkWeQ9ecxRZ4RpsN6vyIPx3V3kjwquZzM80WPPAjXn0448n4b2ZQs91FF3XtZnu0kT06DbzaTPCq+c8Fnh0ce'
    'xOc5kqdHY/N8KRmr6Z2wYLNH6ladKzLPXyjyjLAzY4VHHqznGJKnTwMfR5A8qjtcgf4nYzXFwwX5n0fdCHvVHnnwzEko2s8ZtP+6'
    'KK37Vdb+aySPSv6FMXerPPiqBf6/Is8Gluf7ijzDLM/Tijyc5vkO6NXYnB8Yh9emHLb3JeHOv+m9vHD+k7Go7sQyz8cUffLjYRbk'
    '/6Ru1bnWAGOr8jijGmDvVGnOphMgT4dHHhzHxR558BxcQ+bR9F7eAHqe0yLkjco6Fyrm3e8sleVmkzGY8jbxfl1veefnOqM8Zu5i'
    'URyT1k+fTBXr1TRmq0ndcXxAFjfui0IQ9WNhF7O1xThmq9/aNMD5f0W8Tup1EmHWSRjF9zONf2uyzxBfbEO9/1E7eJgIfbDVnU0G'
    '6KMfrksRXHegRd9x3Db776AAbTxk2QaHsSzkTcGvktlRpBXvdOuqa9c2Nm29BxxGVR7PSTl+jGOOcaFTojgudCXazAOcNIJuPZ3X'
    'T+d/dyhxZ3K/fhC//dnZQu88o6PXXYf7mjwniwBPC1lzhAXTtfOimSQfZRb7tsjQvihMn5oVtgRe+A77L/t7AaPPjtaMcT4Zfx38'
    'u5aMjcdDl2VWsjpWEjs0Wr5CUZ6WWyDsYskfDOsQRV9N26TxcNOkXB2shWxP7BDiKz8xxzXTAV/T9anU4M0Gp/p3bA64TdMg47Ga'
    '+hxR+Zi/ndih3QnvPg7vZL4X5oD+CcwDwg/2C9e0oH8Ka0Xt/pZAeoLC7u9otI1k8646m1XvYrrVh24d9CU9PR7/ENZ8r+hwVVpx'
    '7h4La98J6RZL2lCXr47kmw4/pOWirh9x9UkJh9+IOCpJ6Ag8KzqADyz/vUfWa9gep1lrCD7yOlvxHOpi9V4e75GiPbL9ChHmSfrt'
    'oHoGj9cSOjNe9/1j3Zth7dvIuyYPvt3CCPh2LdCuAJ5kHbnXFMqdoz8beP+bAtCmlWRcElAPhTk4kNlr92r0nwcJfYn5vfjyOHfL'
    'oZ/y30eRlPpCkPVvVqRI/3vxY1R3SKSfZh7tlL2E0UoyfXt3Ma10HslTOVqcp2oU9N7Avle+OwfSCyLi9abJCa8731BfD32crVGk'
    'NvyHaaSu2enSNAgvw5Su97s/NVnW10TSJMDBIMxfH+zDjBGuTSUS6UlOhy7kGMaOz10bAhernlRte2Zn/kLTTujYjwJ+wrVOePC0'
    'GuEupttDHFaHADZM6qZ7IOXBp6S8uMXkHiYM+5UB/GLLk61n+aLgtQTxJxPkXontJOGnm1vq/4aWb7Kk25rgvY6X3QTv/fxBcBw1'
    'g+Tn9SUscBiFoXmQVoza4UHKA8J8FYSGQL4ZpYGbSL0IB7b1NBMYaoH7VRLKHB7zYZV8WNW9QYFGtwchiL1kM6kyw3EBH1wMMvRL'
    'HTzgxVvj+64BvlezPbGQ8RNN5HTlHGPLx5w0s33yjvHemyf/GNEX3G27xmeMmTEYI/qse/uxiTHmsVjXNPje+8HTE2uM1FddJ9Md'
    'rCF6WcOiNNYAp39s6DXev1qP/s0Wahty9A3YKtR+TqlPDBOft1T/83qPdjvK2G4X0K/cxwdtj/v2zSl0i03jG/cL7zh3Jn6BuF7q'
    '0UBf07l4RZjFsDTt7zqhjqvF9WBNfIq9ztZAB9Mm+3y5ArarLWHbxFeeKfxRGEOfxVJvc04E7ZrqM/vZipwOvD+V35z1EY1Z3g+O'
    'NIRlv3noLPN8RA1/NR7wd6Qwtxkc0uCjDmFmFx7Uh2TB3hF4taoYtxO975eSvnfsY31fRGBkk1D7KdD1eaz7GvW+ycDeUe2bacI/'
    'ZoEKNwwItc+WucLO/1fOsn4q3/DLq5rHCs18mej2ZRn+0fG8VLqUXrw47Icp706O7S/zvzNJmTT8vHipqNezCPYx54GZ8myTE6Ad'
    'L15rED/TVDZSDeXTPvpQTZY8oRke+r7VirtL0DtIg6bdalDHTyp4o6/e786hrYxIML41+n9/8hmnL83k221wf/zew8V3M/nuzbud'
    '9DMPwX3wx+HxoY1eXAv8Lf89FeYHcSTW1ajgo2c0MtQEgdFYd6tUZnboeeIWQP2txgpZ7nOoCb+Wy0OTbE2yhO8u93hjvidNre53'
    'U9kPbydF2vHSmaL6tag/pZLReMnnVbA12eHHxJ7FS3/IW9gqZ9dfJ7uL4ZRY/2h89c6Qhk5bylvx/NkEKd5tkI9yUKI0zwDL05xw'
    'cQnSzEiH1ii+YWyhNKmblmsUrp33W0KfB3lV/0+UtnElfPu/5Fsf69urim/Yt39X1Ik27C+SPnUKdfyTZ0n5DjYmaeP8ZIy7YtwV'
    '4y5jHfMkrJGKrqhmdIVYnV/bLzj/bm/L/7vNn2ZNon6Eov7GiOpPs/q1dy2o36/OjOJOvp7oXtYBrpsGbaVj+E7BVJ1jbQxR/HjZ'
    'XbSb0ObyzP6KKLVrFQZnNuqjngT7ZyZ5Nxt0S6eTd48J9y6K75a3lsYPQx0hjAGOccVPDKiTGcPjvgOPzZbreiXjZ3XHa8rXtH28'
    '19R0PW3OlysBD9QGWPeJ9Fio16Xs6NfRlKRf9Xp4+mc0wNPgse7jwfdF2KD8GVVdCEsJOH9iWFLDUlB9zahgKRJ6lsGQqR2pTZ1h'
    'ePZUd63gn5Lc7x95wUlrf+jqfvGYsq0Qz/XGXer6aEzZWTvcelR5aUzZa6C+Y59X56UxZbfdB77sHy/VVWsg95lC3udAdw9kDbtB'
    '/vHVJ4pjy1L5xIPQhz1PFNcbVD4xHXSMBLOz0dkgNIIMG2VrixV3yUY4GG11zW101BezPqcsaSfTs7aR0MwmfHhqSzdb2PtqMLFB'
    'NLF19pI50DEFqYvb5V3J5p3LTBsYvM0hf5fT74IpLDSz+xz6Z2gUpf4Z6F7U+WewvZ9lYb5M5egN8DfXe61X6K42gFx/mcUajcWa'
    'mPoGMJkLLz3dDIP7SxTz7WcDRtednn1UVkb7Idu5zPJ8NZUlH8ZkxJg/S3BTLclL910rKdM0hm03Bbjb6uYuG3Du5Pg/pBg/tSsN'
    'Y/PGbdb89Gds5n34cjuegKnuimn7lT1283wwW/s00/NAW+1KA191OltM9EFUNerOf8YSxihcxvDmrveq+8YX3n709P4Lb1hHFgrZ'
    'wp2s8wZy568g5x7OBdbXCWUq4Sy/jPCEY3vOZBLv4/k5elMv0Qxvz0nX6TJRbGNuY2Os8i1h7ydBck4nr6MEuOQ1BuADGzGEVU8K'
    'FqbdhGEMeP6MpBsf7xJL/HkZ1HFc0r3H0DpSwt/vh4zBMZPdc7h+9lXCPEbMkMK+it6ZapKOT7ty+apR+an5VcLcT83PEk4/YhmL'
    'UsYSwv+d757wrdv2TlGIwZtwdWoXK9Igdb4v4exZkzO7QVPHu/IvlpI6VHtnnbC3K+wlNg64p03pIJU9oZc9BeeHTE04/pVUc4j7'
    'UfVNZ9tgWw/G4BgBenFQQy/XxnrSXvpg5ZSjWq0/+kf7gHD8Y6OOMupRUtuhdaI49kgn4cPyfcXjOueEeYyus8DuSBWrh59jW4S5'
    'ja4unmnOoE/y+xRRGrtJZf/cK9TxYDCe1FRRGvdoHbN1ojbu3az+joC8UYobdXy+qoB3dAkv10NaS/rJ7XrQnjmhGOeAUMeAsrX9'
    'yYriGLamttsqmKWyLtXajohiG/PFinXjsY/milJaKcfSDZB3hiiN3cjnifpA4DZ1W4TaDnAo4Nx6xUm7O+n4U6bz1MF44DnLtmj8'
    'KxUsdQh7f1xRwAaO+RQP2Bhi+/U4BWz8N8uzCPpnSh9wnNbP6jtQ+MfZUuG7GgX+/y0bO5WLLE46l3Y6D68EXOuNE3StT7dY6xOF'
    'Xdy8sVz/1wKuf7/H+t+TL/sZYRYflZ6ZW0SpPXaU+CE3TjCDZ8e5BH/3amgkbue8SpTGY9WdN/JsOiggvJiODfs1W7j25fQsCuNT'
    'AvnzqpiJFL4OSDj+Lrm9P86FDczkLMdO824kdjrjSZOsMsQTw0Idz7eb1dcmSn0q8ZiRhxNY3izUsRO5HyYT+qVDFMd3qBP6OM29'
    'GvoFY0DcDHON9xKM27eMxbE9zSKG9WkQJ++9BJeekVbHTuTx9mS5d4vS2MBe8RB5XN4TCeys1MTn86rvRBInEdeRx+5dmvaPG4gx'
    '/k5PF/tGxviQXrEMvfoalA5dyWIyHq9ZE5P2gsrQEyHuS1cE4I9Mdn5JgTnSyDka5uIgE8fKeAePIo5WVHAkQsjG2xlccRvNYXL/'
    'wG8j5DxrAH4f6mztgXdHkPx7yBmDepp1rB3kh/ax91jmANLGNlHsUxD1F9GnIL6bAjY9VKdsoSi1sbOZr/MDyNxL4lm0w9IlvPno'
    'UekStIh3AjkW5kHRH+Glo2/bVjVhNFI9LfRvEMTGxtRntM1athA9Sjk/jW3uPQD57XKvN7W5fze12ekz6vpdGbDfVF97qRi72FM0'
    'Hlw58tPYZ1H5Pa+An4nOYhOBi49pdAIuILiK6hDZzMlyi/zTmXzKtnwz0U+aDrCsGtdightt9HJscecxCv0gipvfR+4Kc1kfj2R6'
    '6qZzYOrnyw82KZygvlGz8PfzZLuvKf6pIDqcKh+9JvZMSeHt8zdlidsrSD7at7B4PBkCj1+tmccOMubYR/74+Mi3gdUEwVlcN/Oz'
    '5zrpwZtdXRr89vp7nPTModIz4sQRJ/3+OWq9TW4HgXhJlnmrzdUjKHdfsgF1GW1sVU3300ySr4np7FMccA6cKZcxnacgepgqPH0J'
    'gSHEtd2iNLZX6wa9CovKJmoxg7FGxi8a9OEHU77WFYT3Nch4U5jnIsL76THg360Tbjwsnayvk8nTTyL96GQ8M8yzFPrhx/fbpODd'
    'NTJe2iaLcUwnvN9hw3Kq+V8n9DFqpgM/SbWPT/aByTpWLuMBk5dFdN4lIqATTGg0FQ252JLGs7VlpLaLjUxHkMd1LBwu8/XnB13f'
    'Jnau6PQPOUwlyL6IArfWRnB3q7NYA1tdh6B0Yla4up/DPjoLOpsyG53QBtBdXRBAj25QMRcmcqwgfTxT00fajz7FnYbqbSC/2w/3'
    'mcjX+V2E3p1VNoMbFTJ8rgMSZF7CxAmjNBVfRy7bG9bIjpFuChI3tE6jw3RABHt7hof+CoUZnb//AQMYkPnmKeR8JjJ0vzxbQ/SL'
    '4yAqn+dwOUD0lcLuC5UuXYdCv4Kvd1ME692kGV+/Zp27mMxyKZFz6nyvdzE9rflEDhdEPt9H+OpTRbH/9UUh6oviDDpD6OPz4DpT'
    'XNsgSv3xe51hKP9dQMa+WZjbU6v0UrlMU3dOcJ0fXV0qHP9foH+j46nHcbAnnh/a9xO+IJ57NudVvM4Tf52RDmmOgC6qZHQR129Z'
    'THgJJndw1OVrFW5cpk6N/lzQc0QVE2VYMRdVFnMxHWQ/dG6qoXwT0Ymqg3LUpwv3iVMtvO2l/XRFguiKNQE9zfUExsqHD/JcqN17'
    'rbDz7bOIjadO2PtF9IuBHPQOHoX8tNZQxxZ9ilK6XkXXjijoTZrPpJ2g9JMujsBO4fjujs+NiUkf3EP0hyjfzFQvdDBe+33Wz/ci'
    'oY8TME/offgfLPzjBBxAdKxUeVQ+/quEPjYBp2mi4KNWR4DDq4Te1o/q6pnqOnco7mdefI3poKvA77EqvWkT3ouJfje/M3azezGu'
    'j+zbIQqZiKldSY9FXzoU9CCVpah4GV2GvB0/XmQUPr1UMKWKkVvwG57U58H9W0XybNLUIwElq8gjv/0x4crcTGCC2xDtDVge238p'
    '4dLUfrGCTePhynr/0aPeXIh6706495tNYuxiG9/q0e5QGdu9irQbVb08hqcKZs9PuLGc+8S+Gcv50MS+H4/6t3AnMe2rKe98k4Yf'
    '+WMiw7eZG686dxJ+aU4zV3sV+E1l03S3cHxrcltDU7mISUxtjkc4j7dP2Mfp1tkzdbN9N0L4N2PR7gDRXZk9DuOV+r7HG8pVchoZ'
    'sKp9Or6xXssBEU1M37C+yLziaAehl2ZrzoweQzpSxT/sF962gVvhrquSrQxr1rSTpWOJw23wuwnOova7dK5HNPV1a3CY6XzPJufN'
    'JgXej3p9g+4RL33vKPdNRQT7plGxb0z5+R8iuoF8PdazvO/X7FHb886LzqRnNdqFXQa8Cr8+qmh+P9mD333gpHE6t1rH6ZyeSGdK'
    '1HvD9u76eyLX36O419jW95+kvo4I6nuOjG+TMPOFQOnmf/AYX5D67gId+CDjoW3vZWdRh4Yu8NJDQ9w2P6L1K0f/LieyoG5Wd5dG'
    'X3KThX4Jrssqgkv2KGRJ5Wp3noceS48PfcHveFOIfpRfX010YVBucqiC56qiM0ZC0GVe8xWED14OXHtgBLh2mSXvmesM2PhDwXZo'
    'HRss9nYXKaNbb2p7cKFwbNcpjHI5LaVBKe86GbJ/VI8jx/h3GYAflWzFZFxU33ezBl/1CzOfoSa6l14yEOofcj7k4zae8zU4V8dD'
    '7GBzv9VDh9ak/ypchmtxMqFTtxriDdO2vXSvOb04lmPm+oV0DVeQNSy33m45aMc6YedT8zxCT3WxedtrIS8bJnePZhHOp6isR9pj'
    'H2Gog0VTU9jV8VVt7iRR3D0mAgxsi2jN1hNdtEGL82JYePt1u2AfgYUjiLzXRD+R0424Hi1kHns0/aNrazLPYWCV6qdnCOzKOk/z'
    'wB+5APjjKHJmdjI7IvQX7kVHq3TL/WAA628MqF/KaRj0BV0OfrOJPkev5p6C++kYgiOGhbc/3WFyL4rC5mIqqWfQ4n7W76OTIu9F'
    '2USxzmfS8r4R+1tn/ta3v6PCBaas262UwvyCJtjAfzpC+N8SAP77IoL/90UE/2cSPsU64W1z1+lBw6IN1gGK+TDVf9LxLug9rc9i'
    'jBsCnB862n4i6ex5wS3q9JvGs+Q6KyOi2N8BnfsRjU6Mau90WcBkp+EdmdIPVQxmuV1as9DbvlI7cK7nsNnyLJ4qorN1HVbwx23p'
    'TpWsowHSRYpvfvVvFfYxU4YM976f/OlYuNePdbsHCDvfvn5zbwLPLQxncRvHrYTGtNHDRVq4ju3hbYni+ASbWZlDCU7YLIrzRtnH'
    'ESbLzPnw86aLYht7qo+7VaM3Ox32GC1TIUp9D/jhKRz366I4rlarKLZfG2t+T30EOGgi2sGnEg5v3vQOHqSN1xidYAq3Oc0+nhaS'
    'T8x18prIndXP/rlD6O3IU6LU7hvnNSvceS7HujcAjNYarqHOdlvGNrmW4djXLfQyOX98wKJsv2EZv/HZtKnzwdBlITcaCtBu7Atj'
    '/8GxHxkDHCvjE74nJI4Ni1NNeLDcz5dKJq7yIUfvhmO1jwqxZfLf1gSY1w6h9gEyleGdVyxsmDjNS+9YqjlT4fixnLt/Eo5vwH0R'
    'JisMYTKrgUnTM/h64cYTMz3/vHSIbc6gLZrzdyTAmtm2bzo+U93DyXTuUv8aB43BOYwxbFp89M76hDpOZYflWKsUZ39dBGf//DKv'
    '8VZDOROHAzn+HgsaIGgbqxPuHf+qEHt5IEL8W45zX3W3OqiMax71HetVwovpN9SD1d2xTMvYnC3Dhnxlk3vUsEa3bmiM8HKYPSvL'
    'XhPROnnZ5GwV3radtjY3trxkjte3iuD6/jo71Ym4vl6+EhoV9KDJnEfNo+TnZIOIzg+kCZ+azhvqXvwFyKxszhO/vCoetartecQG'
    'YKx55qr+eMHQDMV5FzU/PDVO/PDWCOAwqzj3G0BfaZko9Y0ZVN5E16ROsyZ+tEeU/GYvuj9tcYfMwRyifnYtyE9t/TLT9ivG+N4h'
    'Yye8V3M+cptLLkfuY3/3iOj885riK5VOvsmdaKx4rCo/1Kp7pi4Ocrco9XM94GH3UsXqr4ZyYe8SG4W5Tin3QdFAZLMDQu+zVzem'
    'GjamWlKHHNthEwBuuS7qkEbPyASmeFwQOhd1ZeLb686COyb5WXAZ6M/r9GO9+pv26W+mDP1dAroOUa+HbhzlPHflnD7qw/dV4UMv'
    '/KmLYb6cyUR16xz0ztYl9D7XKH+vXPWbnAEtIXgFfrhvFcF9m4TazqxbcX751buY7E9TeOf2plHc6YOc9TUaGQWeYVmiQ29Kb8o2'
    'PiNcH0um5fz6fYOw8384oNEXvgr0LMLU49fXixV2O30eer0YH32qRRm/PhwPusB+OMoP35RjP9rKwnIaOmO89BCaI6Bn6i10s9fD'
    '+HMedNDlgItUtkgq/uFEoW/aSL85z9C03+NB53jd0SuYTnGPRod/SLMHvPg83P71TIVcLop2hsn6tPjgJZ2dnRf90K+4k0RR/7DP'
    'nXascUXTGOMKpCdfFI79s6nNRc5w7cqNP0x16vh+/Bvh+sIsx3jH4v4h85wgSn0u2+rejwW+DLpOFN9HNcbxuhse7XM3HPGhu6Ic'
    'fxAaTUf7VxI9ap3fUy9/Hd0aXH8N0aPuF2qfOVs1Za+MsD94RlxA6HS//mCZMwztUnKG4zrGYq959esQQ5nboMXe7fLggers9KrG'
    '8axNRHDWorzjTuH6rsAYmC/MceMI4zjnk3HKvxeIUj+TfA4GmVzSxD5PFacU7eFU+Kkcd5bDoe0VaSd9d7p4rZeli8dxCny/YaY7'
    'jpNZnpMgzwdJnhOh/rMgPR7S0yBdmnb70QA6sicJ/7bboNwJ0IdKyHsq5L1xppPeNLP0njqWYzPpmxz3V0A+JsudbVjOq382c7K/'
    'zbW8Z50O9a5MF4/xzPT+Oy9e+g1TNPeDVenSuaD9oniF3htUevJhzxeU/aEP2uVsLvDvZWm1bJzj2VREsi7Z1++2Oem9bU7bswit'
    '9g349jSk34L0tTa17+C320pjcNPyb0P6H23h/MvUkTlfDumMUfV5nYxwrj57rpMevNnVw8RvJ4446ffPcb7Rc/7194Qfr42vkUn+'
    '4DTOEcEfP1cjkfvZknBwfmcx7Iq1TnrzHXq4QH+WKt+W1B4V4fDenJO+dYcDc3MU3y7f7u51rnMxKIr9Qkwl+/jLlzjp8Z1O+uut'
    'pXsd8xzH8ujifOJi6MYYxOcLjvfnPU5as9n114TfMp+Cebq5NJ7XfXc46fabzfBxOkIcswHm7ftdrn0+/5a4xvl2EJl3/CZWu39T'
    '/xiFM7yruG66bvgNy9/QpcdZ6Ptwqij2X8lhseI8OEdWgx0baa8G1uafz3fSyotK1+jdMKblPaVrhN/WrtfDF/azmvSzYgzWkJ8F'
    'VR5niIrnU6/Y4xRv3A7naH9b8ZibNfvgFZirw99b2p+bPwpp29jTHi//wEnfvLs0Vt9X4dv3noa833J9dqAu1PBzTnrW8066Z4eT'
    '7nikFL4P07Q5FjRIUD9ujcBvxvizqrYXE54Ax5kmcVA5zp1B9o0sm1TkrSVn2tETvH/HjHH/+NpnA669ir5eYQmjKlzC7+d3QvrC'
    'nOJ9YBu7+CrYS8i37AO8W1irRHKfeVLmT9q0TjkF7e3OfP15dDSrpjjfCYm63ZaYHQ3wNCjoXVv/nnQfzcMzf1RP5/nBUAfZc4eX'
    '3HmS+/VTmKgywhDFM4sZHVGl4YNg7JoDiIyD5mkkcrgNTHZMdbk3eOg9Z0LizJNENDHUEyHO8JNYft15RXF0i+aca/LpZyrEeaM7'
    'I+dDeklAXMHpvh07nfTJZ9x7AX67bRfQfQ+79xek4STNJtPPPOSkK39cSs9+/lnI873o6LuVhM4TEc55Hen3IthHU1rzZ2hrcT0m'
    'dEgVyC4rYQ9VAu5sdNgMyn6nQ8BKR4T8qeRk9IV7vXOtFUERsUEWGzrwdgW9lhCuHXlMr7GzVoymJgu9VkfkLIjLjmL5TOtCP4ur'
    'yTvK6xb3uDo4Ony/gNzhZX6ZPqTJO5vUM2138f1+Ovn2S8D7O3aV8pESwEN4fGfpefHwD530+WeKzwub832l5fy1EJ4U8j4zgP/F'
    'DiG+8pPivXsdOWfGTGaQnIQ4uZHvxEBksvO0lr6yOT9N1785JK3Vdo9LVzWA/hLSU4+84KS1sAd+8LSTp5/sz9bHQS67S11fF8k7'
    'a4dbjyrvxSTvNVDfsc+r855N8rY84aQPPqHOeyrJu+0+J50D/U7vKh7b8USvfxvwD98GenL3/cB7hHYefsGN04Fz9iDyGp8orvcQ'
    '0oc04Kllj6n7ewCpTzygzlNH6qM4SjWmMPFfGxnOqCFl8y89aRhbGuRoBQ+hBWhSSuPi3BwJc7UI7pGVjJ/VCFdivLvQOipIfqSv'
    '+R3XpNxi1mdb3/C+c5wsDKE1ijmO6XKDM8Bnvj2fZLR0edSyqBbQQaHr3w3rn47XP0XuVsHuZX4Xs4jvbarzPAdy09v6S+njD60p'
    '/kbp45O3Fn+j9PGfQCaZVsgH8duFHwrPTwkDi5NMhSXF9FAaRfQIyVfHJUxsVcqfbCHy9RgHGeCgpO4GEcEhFJ9R8Rk1TmcU3lcO'
    '+zjoVoEu0QHXOeknbgU/4STvjluK8/7yWuBPQd5uchZhvbI+9FuSZfXI8vLbe8g33v4ayjdi7Z1Jvh3S66R/vMT5doriW92lrm8N'
    '/PYl0IFb1uva3+C3vezbQqo3tLp4fHMV33B8sxXtHdJbeu7vZd/ouf/8JtDVO6/03P8ZfPufj8TnfuTn/vYynvvb43M/PvfLd+5n'
    'Qpz7+wqfZ7zi/u2Lc5QQ0fG6o+RzrzXgc7/Hgs/9bgs+d7sFn3upBZ/7CAs+98EW/OipBvzoGgMeeFAaIWpdFlN9iBZSroHoY0wj'
    'daKslPKxZ8K/U+R7OduMIhZpVoTTUeH9W6gYz3yWH/Nx3RlVW3RPo86RiY8N7uNqDthMmPrfsI1f6pfndRFuL+Bc2chVmjW6mWkC'
    'g5x2m81sN1CuoYOfyn0IfmYawk+Y+G4IbzRmiS28UX8H3N/EyCSFo4p9CI7qLfAQ+sigvqZo/C35994AOGd4ksLBvnQeTRPm8fL8'
    '/PtzX9CbhTq2sJ9voH19/ZMh1t9Gpp2c5BylwsR88Z0rfqO9XlOLL8NItxZR8QU8dRaMWN5JET/02UmXtD1KvlCsY2KwH0UY3W9/'
    'AU1YXokAO4r5D5fy/X/zlJsnzLmjsgdHnsIOhR7uMNG98/MXEMNnaPgMoQOVjBQ+A8kJJu+hnjLV3bB72q30QqLkw8Vneei1szrL'
    'vWhywe5Cl4L+c9/ddveJvwZbC8m/R1k01rnqe07aeF+4OunZ0Afn1VMPmPkhjGnRfRd+bWlRnc1qY1t4m9WCzemm4nqvBn3Il5nP'
    'JhNfTAuF3hcT1fXgvomorgf3TUR1PT4Mde7ZWqrr8TXwAXP+baX7a8nFTlp/aXjaS7ceTbAelwWkEUx9rZTD/rly1JVJREF/cx9A'
    'dC2476Cg9Pd0Nh4a6/gH4Ovpc2uC2TTE/ugU/ui2h6DZttvTZMkJDOdoC/pn8Ht4GHl3wEWlOE3mk+kZQ6U4Tean3yhOW9XtpFet'
    'Ld1Hs3LF32Lfi/surIfB6bFO2uTUNc4Qmgdjr+nO15Xk2z0MZxxHvr0IvgjPAX+DR5Fv/3wl0JWdbnwBrkP89KdcW1DUlZH0nUzP'
    'bnP9FjYQPMzbLdB9bcVjo7agSONhHj9/gjGeC4Xn5oTAc75lo9LDpX44Y5y3f+jhhqH/uI+s+Qr8WiWK45rQ2C8YZ4X7Dl4nin0H'
    'D5A86OOrn9WzjuTJsbYwrudlQu+nGOu5AObHT07fzcqdzvQ8TGKAyXLLhOu/rIONewnpL4+Rgz7O5ovSOMlU90cV59QkVij6bvfT'
    'K+HxajqE3h/tEYQOo3b7pry9oyzhs1YU6xVnhbfuM7/DcvheIMZf912351qEG896qnB99XC9a6rjkijj/KtwwKAGzlcr9pwK1ngs'
    '9Hay5zYIdax6Xo8sd7Rw45wPitJ45qY6OsNML4vHrdpsqcMzzHT4+oXrG7eg++2hw1MuWA2qX4WwaZo/C/S1yj9kP5vnPo1eXJdQ'
    'x6bnMRo7hTpeLn7fagCLA4o1p33pNoDDl9KOzxkV7h7U9NEktjKNeW8a/5vrkJnoEwbtRyfRcZPz8Om0s5dpH7stdSZt16uDwAbt'
    '21isAx//Rfnxn8j6xfV4uwLugX4F3WCin87pB5v55fuA6h/OJGO1mWs6Nzx27EYNnJvq/UcFO3ysr6TcOJ8qn7eqOExecLROMz8b'
    'Wb9+Aekbwkyf3GsM93qMob+MYzBZl9cNYe66lEO7UNjOWewHHlvQlp5WwfAwS0cUOEP2/ZyUQzePFwz9TBT7YdbN8byUI3uk88TP'
    'm35NXVGd28Pku+yTvKWfIPRxOMPEXNXhu3WavvWzefWjU03tRnYnXdjeLMxjxfZOgHPvs0nnLobwZ9J3Wt9Gzfrb7G0dLt+kWGfZ'
    '576kYxumwiU8nm2nCBZ7WDVWXX/OTDo2miZ0s+15m/PZ8wtI271lpsn53q5OOneciXzuvJJw45DyuTehTXqEWVxAvnYmcPNowonb'
    'VU46jM/H3yb0sNitWIeo1+PahBPrKsyY1xvujc7E+OLWUxOObFxHN2A//NrrU6yTV7tzSLs5yzuc6v7HaQXV3Ml2KxKOvCxIu1HN'
    '+c+Bz1kOXPuccO1RsexeS1yCZfxiscv27hfufI4XX+ATZMy2fVCdqf0+7UkafEYAGLKllaUu4cGWdE8U9IVse4VwY9NHgfcxxviM'
    'ADA5bAmTNPatF5+E8kgx7jj1S7Kb6CtNI/KTBQoe6njy+tEvSq0IH9ey4J8a/Hf89dN25ahNTdj5CGq3jTq4aVhfwfjesuxUkPFx'
    'WXc1qSctimMV6Mqjrw3qT0eWPUe4PjqoLEnm/4BQ+9O5TIyfDxOcN26P7rc3NzI+RCrhyMVMy+lwxW+JvGOQ3R0GNLT+q2SPmtAs'
    'XRreypDiTD3Q4rzqs8iLbTxIcNY6n3HeReQmnRa0Gcq3/0a4cfOCrhG9I3woovowvteQcGnDZSSeu18M+CWQt53FYj+OxICnse6X'
    'kfco00c6YpVPeyax5L3KU5m+Sg97iYd+2RFCH+vkMKILNgw+mt4EP0w7n3F9iOh0Yad46MLWKnRtswpdWy53jAq3ZUPiNsxPfYOp'
    'cL9pvXR9r4H0JwHPb78+RTWHFSHpDFW+6oB0xgOgU/gKpK9DurstGP0TVb9+vzr8PFdFQM+ZjMfPH57XvX6jAp/jecP19r34zFHo'
    'D9RMoPnaEGC++D2E61pgufGMDUnnIOWBa6YT2jlBdIGwfMqnfBT+45JlHqNXTObxOqdUciAu7zPhc+bIfbacfdtqwVfoMejbARH0'
    'jfJU6F1mhoHegynNPqLhOxwObap0ADj/oUdTxwFAS9O+9lncZXh9Kh0w1OM+RxTba6M96RSfuerS8H+4risdC+fX28i6VLqiKTaW'
    '+WQsqj4OENxusn/8zrso/O9S3lyHYh1NzyzuE5/KH0YU8Cbn8lCFPoBOfqzi7/ezejdo9KX7Ce/US+/X1r9YVHwPzt81nfOo+HdB'
    '24/jlatiqDpPueKVt8D+pGtzuYh9w1FfP9uvEGEeT2sWzjOVdOoLzFZAxHso3kPxHjLeQ02iOM7ybxPumYU0YRPsnyzwwW3O6oUW'
    '+ZEnOsvyvq7SVzctL9s8KMC45lmOi9I7mRj3xLgnxj3K87siPr/jPRTvIavzOwvndxDfSpzX20TkmgsZj2UF4xdVCW+f22H4IhNJ'
    'ZsFtFP1kDVHpBNVFMH9BdACDzKVKL8tLX6Oca6XiD6VDzKXfnNny6VrIesv8SUaL6+ChPsQYBhQ6LrhmEgfMVfQzqG7uQEi7Cnon'
    'sbWX6tfoiQ9pxsHrDAtnQePW+I2zVzOenEbeMU1hxxPUjoj6SFPZCDQK175+k+Gaq3jAOrlQbRnm1FZXaUNAfjy3JxzS2AKZyCUo'
    'z93mfhzE38ByIrsJYgvJZTfyvjwnYjucoOtr4tO3qkz7eFCxh/zKDHjYwpRDljrsI0tttNjrFOYQrmp89gLqKR4lXLu/KOW23IbC'
    'qx82e1Kn+9aqwMUq3J1kMrx1rN/UJq4Bys1WjMHkzKT9GiDt+fVXJYelY0iT+4jp2c3hG+0seGwrWxuoLoXsUsWL43unKcTe2Uza'
    'UvniPZzBeBM5Q1tZHQOa9e/2gTWEJSxjqsu9gc0TxuCkfdlkCAteeCTN4LxX6O1jdT6mvGTV/R7zFKXtRUFvt9Xurj1FQSegrq6N'
    'z6QEmRca50Tnp0/lL3zhC8UxV1uJ7vAy8Ku/B2LP3vm0Swei7/1pYCfyu2/bzdlMKPfGDjUMRWnTcP/cYH6zpsKvWpTGFcb4ZLq4'
    'wlHCV8V5TvqN1S68UN21168HGDhPr09R7WEXpIKLa98LPkjPL43FW9Pjfiv4cL4onA/3qON/2u4lvn+mA97ie7QOcGk12V/7ypOg'
    'bEUaWCJd7jZtnsbAH3UtNwXQR6X74SBoePcjTnoWxrx+yg6+Xv6Wk/ZC7OxXwU5u+FFn7/wlwJd8dzPgxhW7vMusJGW+BTG0vvhg'
    'cZnP3Ova8ckybXD+0Pgnnwc8f/GPoa8QY/uLO4pjg++G9s+6x6lrFpmfJyGG986ng+2/lm9599vvfAiDXwXM9yd2uWehTflLf+TO'
    'W1Q8R3pGyrO1MBf3m8VF5GelLDsF1kfcM352FTo8nwZ6gvZXxgWgvNJaUWwfg/45pUPI0S9ADJO2YjprOpkPel4m2lx/1kHrb2Y0'
    'd9WofnxTiD5th+Iex++hpnrUvcLMd6zunmtKSw9p9Je7NTYcKrvrMP6LuI18n48edZ+iX42EHxpWLzioXETFm92kmevNGnhR+Slo'
    'EK5/G1O9ahOe07BG/7dP6P2Qqfrmx2dDGZdqbQaZ7nDQ/WFzP5up4eOijeOd5L6egTZemFNKJ88Xxf4YF2jmw4Y2wXxp4W0rqOOf'
    'y3GcIMLHqqdrw/0zbRHlixXNfcOp7KjzVxdxUQS4x8T3pYndtSmfvNzz1ivMfXR3++xlhC+EsQS0iX2RTloL1Sa2KzUastD3RuH6'
    'lxtm6aBQ+yu+ms0B+pvGFPEhxq/YrEkXCzcuUDW8a2d7CvUsGoTrK5vai+HexjNqI+HHN2jwRlJDtzXDGpry6Ex9rgaRWTVqbDr8'
    'fNBwm58o5EZe9kvzNfyteews4Gd9j4KWKLc8bRG0Qc93LtMdFuY+xQdFsW/0aYTO1J3dnGYaUqyvyX2rkcCIlz6OjW9MUxq2j+mz'
    '9GhoJVsbLrn/zgm4vqo51vmWGvLRqcI9OEWj17BRs7Y6nL1MuD4tdD4U+zXrYOJHkLcn25ohvP1OBaE3belKmWfNBFrPg0LSGz1C'
    '7ZtshOGBZQo5u2p8Ixo6RpW3S9j7BM+Rc7NZmMtROWxeY7je8t+6WA2bfWDXy1chvveSqwgmz+pkMDTAZMT0nvAi8CP+G9J727zH'
    'Wylc/1TynMJvdxLcfKcIF39DF4OnXfjH4DlelCfOzCEinF8p9J1E42j0+OzxLcJsLTJsLZ6b667Fc3Pt6Po3gO/aCOnDwNu94mG3'
    '3RlwLlezn/SnIn2pSD8q0ofKQP5Xkz/UHl2d31/5f9/8USF+9lE7jryXj5YC7QupbEemsi2Z9sN72aZMZbvY/xbofxX7PZIv8938'
    '7+387/b8rzv/Ozf/+0D+d1H+t7bNvN+PQPvfhfRtSG+HtBvScyH9AKQXQSrbwv5Wk3WuITLAmvxYr721uN0aGL98T3FGhQZnIB74'
    '8iVOejzETf711lIZvI7208FnM8xzBfstz/fxtevzc/E+Ic7PH5JXXy7Eb873ns/lMK7XQN4oyxbiO6+BPXu5k8p6/OBUwsj0Pgf3'
    'Sbwncd5egNu7Ib23zQ5OEe5kvTq8KtO9DI7vZn/fS9Z9JvS/hv2mrc3P/4gDS4/AXvvH/O+bAKe28ErHIesu0NYjxfD6CNt3/wjp'
    'NxncmsBxmsCj/L2cb/N3XcX9eBn6Id/zM462+5qiPzw27r/Dt8d9zjbavzTp3yFX5dcpV9w/+a6wfjm1ns1//hXw5m8t7U8WcNL/'
    'fMS7P/Ww/mn2OzN/YJ2WPzza83u1qke9jjKPTE8DeXk77GuZXzVe1AOXv767hXjqgeL65DuZyvc254mU66nmZ9njxTI2yqtou8d8'
    'nWi/ZTkpQ6f95ropQeRfdD1QljSDrIf0Oyp9jlbmz8i259XrQX2TFmRMD0P/njej7XDe9kD5u79XCld0jUzmr4bNn3jAkScWCb0f'
    'cOWMNvOXhvm74MVoYnUjr23GqL3sD+vNknwVhG/dCPwRYQhnUp4pZZnCQ8bJ+YardgWP/YvrexPIiOc+XBobHOXHSx4vhYuvgzz7'
    '6zu84QLjEKLuMfrZGnzAkalz2G6Eb9TXI8KzKZw8+LwLJzL9HuwLqdNkU8/27wCdtcN//Y59TIhf3l88jmPBR6V8HwTOd+wqnccM'
    'm8edeVzyUn6+rnikdB53gpz9JZhPmSeIDpF4pnT8WTb+N/NtLXusuP03oX353qbdn32ruP1tj4SDcdT/+MSuUji+abcLI15wXMXO'
    'y8LZv9M9jzgtgd8eeaK4nTsfLY1HjXoq1z6kzquSUSSEa4uIfTohv08vftzRs7n0YfWZcQKckRc/XqyTI/PbrNGNsDcuBj2ij/xY'
    'rVsjdXw4DGcZDMv7oLwL0nMW+0vvikHO3Id/6KTPPxPc7ze/G6fY3fhru9z+fs1S1wb1sBp3lLcdCud+uEzSKZJGoeswM4BerGov'
    '0jOcnzcXPAr7XbFPcY/40XG1RHZHYQzHtE2BJ7le0raAeBL12b7ziH4P0DmvJ/eBVVJn7b7ifq0CPTb5ntJz1T70HOrBiR3B6Tnd'
    'PEoa8ZY87lh1X+k83g39vQVwy6r77OYR53/Zi3bl/gLavZHou/mdV1JP/LZdxf2nuuM27d8Cc9q6q3g9potg8HQn7IPE7lIcLdds'
    'IdF5tKVpVj3lwqas60DSz6B1vXR/KbwHuSsM5/f4HxkNNQz7/o+WNJTq3Ahyzv0G6rkXeJcLvqXf2zo+duWoWg+Q7lnuD53uWe5H'
    '3SsG8my470n9ParLF1SnUXcW6cZE71foh136UB+L/v5/8+v65w=='
)
