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
 (',\\s*(photo|image)\\s*:\\s*[^.!?]{1,60}$', 2, 34, 30888, 101, 1, {}, (None, None)),
 (',\\s*photo\\s*:\\s*[^.!?]{1,60}$', 2, 34, 30989, 74, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 31063, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 31161, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 31340, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 31421, 21, 0, {}, (None,)),
 ('AI\\s*학습.{0,10}(금지|이용)', 2, 34, 31442, 55, 1, {}, (None, None)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 31497, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 31735, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 31989, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 32179, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 32417, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 32445, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 32625, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 32817, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 33023, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 33055, 30, 0, {}, (None,)),
 ('[.!?](?=[\\s\\"\')\\]]|$)', 0, 32, 33085, 56, 0, {}, (None,)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 33141, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 33260, 131, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 33391, 139, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 33530, 151, 1, {}, (None, None)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 33681, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 33997, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 34218, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 34711, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 35035, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 35241, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 35269, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 35289, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 35321, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 35483, 16, 0, {}, (None,)),
 ('[\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]{2}', 0, 32, 35499, 112, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 35611, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 35817, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 36103, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 36299, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 36353, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 36377, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 36401, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 36444, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 36706, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 37000, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 37018, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 37035, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 37064, 124, 0, {}, (None,)),
 ('[\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000]', 0, 32, 37188, 206, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 37394, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 37524, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 37731, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 38001, 230, 0, {}, (None,)),
 ('[、・]', 0, 32, 38231, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 38249, 104, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 38353, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 38772, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 38788, 44, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 38832, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 38921, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 39040, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 39115, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 39196, 16, 0, {}, (None,)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 39212, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 39248, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 39361, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 39405, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])', 0, 32, 39429, 28, 1, {}, (None, None)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 39457, 44, 0, {}, (None,)),
 ('\\b(afficher|charger) (ce|le) contenu (externe|tiers)', 2, 34, 39501, 141, 3, {}, (None, None, None, None)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 39642, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 40125, 277, 1, {}, (None, None)),
 ('\\b(straight|directly|direct) (to|into) your inbox', 2, 34, 40402, 145, 2, {}, (None, None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 40547, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 40648, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 40673, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 41522, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 41630, 33, 0, {}, (None,)),
 ('\\bi (agree|consent) to the (processing|storage|use) of my\\b', 2, 34, 41663, 168, 2, {}, (None, None, None)),
 ('\\bum (den|diesen) inhalt (von .{1,60} )?zu laden\\b', 2, 34, 41831, 116, 2, {}, (None, None, None)),
 ('\\d', 0, 32, 41947, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 41961, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 41989, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 42136, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 42351, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 42483, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 42602, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 42663, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 42775, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 42902, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 43023, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 43297, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 43431, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 43568, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 43625, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 43744, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 43772, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 43788, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 44052, 4095, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 48147, 55, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 48202, 289, 0, {}, (None,)),
 ('\\s+(?:septiembre|diciembre|fevereiro|noviembre|september|septembre|setiembre|settembre|december|decembre|desember|dezember|dezembro|dicembre|décembre|febbraio|februari|february|november|novembre|novembro|setembro|сентябрь|сентября|agustus|febrero|februar|fevrier|février|gennaio|janeiro|januari|january|janvier|juillet|october|octobre|octubre|oktober|ottobre|outubro|августа|декабрь|декабря|октябрь|октября|февраль|февраля|กรกฎาคม|พฤษภาคม|agosto|aprile|august|giugno|januar|jänner|luglio|maggio|август|апрель|апреля|ноябрь|ноября|январь|января|มกราคม|เมษายน|abril|april|avril|enero|julho|julio|junho|junio|maerz|march|maret|marzo|março|марта|aout|août|févr|janv|juil|juin|juli|july|june|juni|maio|mars|mayo|märz|sept|июль|июля|июнь|июня|март|сент|abr|ago|agt|agu|apr|aug|avr|dec|dez|dic|déc|ene|feb|fev|gen|giu|jan|jul|jun|lug|mag|mai|mar|may|mei|mär|nov|oct|okt|ott|out|sep|set|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв)\\.?\\s+\\d', 2, 34, 48491, 2473, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 50964, 220, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 51184, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 51217, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 51258, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 51279, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 51337, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 51363, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 51379, 16, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 51395, 179, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 51574, 104, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 51678, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 51873, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 52253, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 52308, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 52422, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 52719, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 52897, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 52954, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 53011, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 53068, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 53125, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 53186, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 53243, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 53283, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 53466, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*:', 2, 34, 53626, 206, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 53832, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 53914, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 54054, 30, 0, {}, (None,)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 54084, 97, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 54181, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 54282, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 54308, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 54332, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 54842, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 54866, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 54890, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 54911, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 55319, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 55460, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 55582, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 55603, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 55794, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 55847, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 55866, 171, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 56037, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 56075, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 56154, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 56310, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 56466, 845, 0, {}, (None,)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+es (periodista|redactor(a)?|corresponsal|columnista)\\b", 2, 34, 57311, 428, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is (a|an|the) [^.]{0,80}\\band (the )?(co-?)?author of\\b", 2, 34, 57739, 390, 4, {}, (None, None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is an? (senior |staff |contributing |freelance |former |national |political |award-winning |associate |general assignment )*(writer|reporter|editor|journalist|correspondent|contributor|columnist|blogger)\\b", 2, 34, 58129, 841, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){1,3}\\s+(leitet das ressort|beschäftigt sich mit den themen|ist (freie[rn]? )?(redakteur|journalist|autor|korrespondent|volontär)(\\*?in)?\\b)", 2, 34, 58970, 638, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 59608, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 60452, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 60598, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 60789, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 60835, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 61081, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 61159, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 61371, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 61603, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 61714, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 61961, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 62085, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 62707, 369, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 63076, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 63225, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 63813, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 64019, 199, 1, {}, (None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 64218, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 64565, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 64873, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 65002, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 65249, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 65617, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 65732, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 66021, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 66366, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 66877, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 67335, 162, 2, {}, (None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 67497, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 67884, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 68448, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 68715, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 69190, 71, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 69261, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 69607, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 69682, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 69828, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 69963, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 70076, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 70150, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 70227, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 70354, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 70724, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 70766, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 70859, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 70905, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 71775, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 72200, 510, 1, {}, (None, None)),
 ("^\\s*[\\w'’.&!-]+( [\\w'’.&!-]+){0,3} newsletter\\s*$", 2, 34, 72710, 268, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 72978, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 73051, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 73261, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 73344, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 73488, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 73634, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 73764, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 73892, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 74008, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 74511, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 74683, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 74938, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 75124, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 75311, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 75764, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 75985, 171, 1, {}, (None, None)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 76156, 1360, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 77516, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 77584, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 77662, 311, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 77973, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 78054, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 78144, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 78220, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 78295, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 78352, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 78399, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 78438, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 78477, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 78651, 97, 1, {}, (None, None)),
 ('^\\s*back to (the )?(top|home|homepage|start|blog|gallery|list|overview|index|search|main menu|reading|all \\w+|\\w+ home)\\b[\\w -]{0,30}$', 2, 34, 78748, 335, 2, {}, (None, None, None)),
 ('^\\s*by\\s+', 2, 34, 79083, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 79115, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 80080, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 80160, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 80243, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 80292, 105, 1, {}, (None, None)),
 ('^\\s*partage[zr]? (cet|cette) (article|publication)\\b', 2, 34, 80397, 135, 2, {}, (None, None, None)),
 ('^\\s*recevez .{0,60}(dans votre boîte (mail|e-mail|de réception)|par e-?mail)', 2, 34, 80532, 195, 2, {}, (None, None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 80727, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 80812, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 80969, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 81017, 207, 3, {}, (None, None, None, None)),
 ('^\\s*volver (a la |al |a )(portada|inicio|arriba|listado|blog|índice|búsqueda)\\b[\\w -]{0,30}$', 2, 34, 81224, 236, 2, {}, (None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 81460, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 81584, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 81688, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 81736, 77, 2, {}, (None, None, None)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 81813, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 82080, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 82118, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 82147, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 82191, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 82247, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 82306, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 82344, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 82447, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 82536, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 82688, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 82769, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 82940, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 82993, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 83109, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 83233, 60, 1, {}, (None, None)),
 ('suscr[ií]b(e|i)(te|rse)( aquí)? a (nuestro|nuestra) (boletín|newsletter)', 2, 34, 83293, 351, 5, {}, (None, None, None, None, None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 83644, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 83743, 30, 0, {}, (None,)),
 ('コメントは(承認制|管理者の承認後|管理人の承認後)', 2, 34, 83773, 77, 1, {}, (None, None)),
 ('コメントは個人の見解', 2, 34, 83850, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 83898, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 83942, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 83988, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 84020, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 84068, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 84120, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 84160, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 84196, 24, 0, {}, (None,)),
 ('구독\\s*하(세요|기)', 2, 34, 84220, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 84266, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 84296, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 84346, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 84420, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 84480, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 84532, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 84562, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 84596, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 84658, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 84693, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 84739, 48, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 84787, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 84813, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 84839, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 84892, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 84932, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 84974, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 85024, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 85125, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 85179, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 85232, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtvQucXVV1ML7va+48Ms8kZAhDGCAJCSRhAgRCCBAgFay8QUF5zuNmhmQyM4wzCcQgQcAXWFCLj2rrq/4rGBRQP3loBaoQW7GC'
    'irW1FSr+a/jqq6hFpZ1v9j1rcdZdd+1z9j733JnJ5Bx+l505Z7/32muvvZ5NSqms8p7U5G9i8slPpp2TP53mJn818L158lc/+aud'
    '/DVCOf3vOeR7Gv7dDnmwzkbIe8Dkr3vytwP+/WP9nbSv6+iAdhqh7ZbJ3wpIl5G22uCd1JdG6L/+vhLamjs5qHmd5X2tgXHq9pvI'
    'fGTJfLwV/sYx6bRu8jcf2m2GtB7avIqMSecdhG+54svgJ83+zqRm1VOc3vQGtUtV8GwI+JYNKTu57qFt6/XcPPkbgPXrg/XLJuun'
    'QVrdoip6Dgv8+vHwCjiuqYN/I67h+EB3uhX+rfdzR84rdw3bpy7rHLbu+/iTKU7MTUV0VhtplT1QCfhuUYXD+uYBf7fDGqYJzs7B'
    'GaB2K/WpH5SeN50p73xph/pSpFwey5072fbHPNye6/LLL5j8LTT0NWU4m1IR22qD/v5m8vdfUKaBtKef//WOq1efiYkbb1Rkn/Sy'
    'M/lKmKtMBLyWmoV4bdfVFeG1dNDHWoBPCjs3kIIIO6kQOE/Wfd9e9zZ2fmk4uAdwYcYB31V8XmVm3zoWkWbJsyueRZSezvJXyVmV'
    'nFXJWZWcVbP1rGpzxHGNgJI7H/PSW5700l99w0sH7/XS7zzhtfMPpMzOb3vpK1/20j0PeOlfP+6lDz7jlflbgDH97mc3eOkTH/DS'
    '773RS5+/2Mv7BZL32Xd76e53y3k/Q/IevNvvp067Pueldz7p5f1Lknfn/V66GMacfbJ0jO8jefm88HrfQfK2w7i/9LicdyfJ+yPI'
    '88ojct5rSd7roO3jnpbzbiJ5s3u8dK2h3stI3ge/66VPf1Oeh/MBjvS760e99JStpWtwJsmjF09q8xSS50swhuceL21rDcnz0DNe'
    'Oue7pXlWEJ7h6ku9tOly79sS8u3TPV560Z3et0XkWzvAUm6X920B+XbfbaXfWsg3PqY68o3PG6Ub3xzhntxOyCQRR6eC7/yubTUx'
    'fI7rcBTQEJo/u0rAPS3A52uH/tE6akh+5PHSs6qV5G+B+l3raYtzTtPFoXQGzalrewnvKoR3FTLnwadkuuLLAtLs2yaB7AcAH7UT'
    '3tp1QxU1sHaXUxrHlc0WMpC4HzXNTyfZH1EeiicGlX/vpvKmVJeX/rHLp0uTNZv+NUOZX92Et7c+NnlZ/stcgv9mIu/e5Z5gop/q'
    'AugnV/kP7mF6Zl7ucLec5U8a2GWLI2/yXaGi10Sek/DIEh5ZwiNL5DmJPCeR5yRnVYKzkrMqWfdpludoWPhpRPo8ke8k8p1EvlMd'
    '+U5bIuPZr2U8CU9z5sl06P5sddwnYXYmCxh/kuqrI65Y/ISPp3VfXit8+/qz3rfTybezLvLScy70vp0kfLv9Ku/bceRb/bl+nmbY'
    'O/itgX1bCt+WwTh0uhXm7BDybYR9wz2L5XAvYx78u5nsOawnKG/UdWqDMpwuTrM7VT1bq4wj7ZSD/q6D/p5M3p2+yXu3lrz7XcF7'
    'dyx5p+mAZhhzE8zDAGlTBfS5GTbSIjJvWRgDvfumQ8aeI39TGdoqIW+qAtuNrEOfWqFfek8dzua92aFdPY4a2DOtEcre8lX5TH9D'
    'xHO2gZ0PNQSGdPrM9e71tkI9LnObj2ludX+jzm3tU+Vzi/N7poo2D7UE30p47OgAPLbMAY8d7IDH2qD/+ts42eM6HVWl9CR+q4E1'
    '43iwjszR21LRYLCGrcMyMn/10I/PQMr7PQZpL/StgeTpJ+PHvFFwhbtcLz3reQyvGs5GekLFek7wY3OeavicFwJ361idYXgLeR+P'
    'gO4UyoORD3pEGdyk9+tHBfD4BKJ5VxTISpG9TnHWhQSf7WDfXkfwDuKKAqwfnodvhvRGwHFYD9K+dUJ5mucYQk+tz5bWfVrWS2/u'
    '8Otel/XKLSZ92876dA3yHkifetjY5gGc2pYfI+eNCec3GPbP8oh3YF7PipjuQdT/QI7U3Qw8Any3lKxjjuhr6XfHw3hxLugZPgRp'
    'H5Q/Ssg7bsjbCWOjeQvsnEJeEM1zvSrlBfHy9Oym39Zmo519QXfMLLSzmN0pV0N6oirnWx2D/CtVzrfCb2sYzEn4V3qH9N4Bhu8t'
    'QG/Z4ncJ/vk81MD81RBaZWmI/KM+Rp6Yjb8I5GceC/2bQ+CY7z+E1ZRATw0zWC4Y6KlUlcfi2h7ds/1kLCbYThO88ZFsZX5LdNnT'
    'GH0/yuZzhPwddOa0AN6gdRQI/UvxTcEC1w+SNCivbZ9G2FzjXeLwrIcbbfs1xOrtcSg7xuaHrjutc5sA07qvL2f8vvY70AK9wj0q'
    'rK8FYXzS+E19fSrj8XOQXqDtnQI0xdsITbEhW5qusaBDTrWo92SW5zjIcxPJsyZbmrcW+VKQ95YOL721w99Dd2XM8D7C5mSUrL8N'
    'fEkw0cPO2PHJ9k+Fd11sjMdAv3d1+HskbEw264P9CVoXm7Zon23ynp0tpROOz3i8GFf4H3XYo8MG/DHM8MfcjMdT1O+2GM6iMYf2'
    'eww8BN7ub9Oe7yha5rmQ+qV9+xx7/6lFpX0fgPZ+mPZoPqQTKd/HtA/6GJ77D0h/Qsak6358su5Dq7SOpvWkfdN9+ASZz+0VtFMI'
    'OSdw/96a9vSZpHnk5+WoIV9fSP90O1tIO7ZnuTSevpDxXEDaCYODXpKGze9L7Fw5YbKduRHwLs2He2hx2qPTbOeC13t9yJzMSXu8'
    'T94Hl/Zc1/uXKW9MFI55v/sc6CY+ph+kvDsMXU+OqwaEdoPa0/U+ZlHvsMO+RHj5rEW9NvX1snvFXZPfDmJwV2B4fzwGGla3tSPl'
    '8TaktrYLdC3nleg6riF18P1wHXkftPaXkrnEOp4n80PL9lvMqT5rirLblC9TMK1RQcCJRfmgRdkBwxm62KLssIBrdJn5Ke9+ZVu2'
    'eG8kZYLWgLbzR+XTF1NF5+l2/5XQejY0GtLQ67KV04e6/a8SmdEwuxMWGG3yAMkbNK86798Qna6XN3npRrB/vArSh8/18n6U8EVt'
    'aSxd7s8IX8J077xVyMPhZSfJY7pnvZnoH/33JV76mreU6mZtJnnuAn2vU3eU5ukmeRbe6aWfBx2vS0F/7VKqvwY6Xr/5upeOga7X'
    'eSTPe0HXa/VjpfpgryH8bo5jTiU8t8vPK+3jWvLtWdDjOL/f+7aafKPzoL8dSfXW+rz0HaBfcDj5xuetg3y75JbSb/MD9OSaAvTk'
    'KL8X++DK98wD79xGRr5wIlhHnvdp4URpn1Cf5WDCY7Ltpw3NEsajkvjmWVW5v17k8aEttC2Pz5afX00/whoHTVj0qSGGPlXzfuIC'
    '7wdGgHdbHmzYHmgl65Mj9aWJLkDQOtTGuA62tFEyt/HMrUQ77i9zWzcNcxt0F9pf5j1f5XkfTvBEVecUcXKCJ+KfWxu+TzLv8cy7'
    'K19sf5n3bEzzTu+++8vczYl57qol89pf1iM3xeuRwLnbvMYpa91f5r41prmfyfpA+8taNlZpLadSTyTZd25rNZN125J957aWU6UT'
    'tb+sS01M6xIkU01oX7e5lGS8CQ8i2hxWQ4cmWYvK1sJGxyjBGdHmeH88wxqqMIdx6rPuL+uwIOZ12J9sh5K96gYj1dIJ31/Wob5K'
    '6+CiM7+/zHXTNMx1HHZhCW/dfn2my9YowVfxrVEUu5xk/t1w2FTYLSX38+hrYmu/k/BH45vjRA8xvrlMdOUqm9NK7e8Svp3bvO/P'
    'MsG4aIq47ZKTe0+0+a+Wf4OET+C2HvuT/5aEdpqZsLG/rEtzTOsy23xaJfvSjS811T4REtsK+/XhvgOSuXObO+pbIZk7t7mjvieS'
    'u3X0udvf9m5ccyj5d0n2sNscUh8x+8vcZWKau/1pzmpimrMgP1TJ3nWby/3x7Ihr7qiPq2Tu3OaO+gBL5s7xvL0tofeizp3kqy+Z'
    'Q7c5lHwZJnPoNoeSr8f9ZQ7T0I8F8KPjQl+Y45Cijg6PCddCdDu3krw85h/2lc7NUao01m8r6XeUuJ4LlB8XMyweWdRYlW0WdxDd'
    'zt3K9+GZA77qM4v9ONY4d8uYHsRy5fvwXMh0Orl9wvUO8lC0TR5QlcXt03N8HIMVPuYVwpiPsBjzIuX7sq/WmKX4Q22O4z9Ble9l'
    'jN0UFCtvmVAurD26X1ZCOrfTbc1s+9im3OOMmfDeCuXHx3QdM42p3AL16u/zsbwudJFS9CjkTzOs+yZVGjf3aiILSeII8jiCE8Wp'
    'qGYcQbrv9J54C7w/KVnvWb/ec5V7nG+MV9xIaI4S4icAHl5h8JBL4GFGwMMHlBc3h9rRUdtHblcZ5ZwPi00xTvDNcY946c8e8L4N'
    'kW9njXrpGeCvvR9oflPfUdfMxjZ0QMmxE84lNBK3FRl30DXsU+X2rTZ6c2Fzp2MxHmLoX59yt50dtCxD70N4pwnyuY6+U3OwzymN'
    'Qv2krxJoD5e7R4rUQ/GayXd9JXecKO2g33lTLFEpXmiX4X5ge0/KwTcVQhN/OuNOHy6Au6Z0B8FYtAXyDmO0X03e7YR3l6nyOPJ4'
    'N7qY3GOeU36ciLwqte3G2PJnKT8ucLcBxrstYPx45ccTfc4i/5GkT8dmS8d8uPLjhmxo8tIjIF0C6TFNpXFe44gfjPeVSu5Z3Qyu'
    'ahgcL37CS7N7vHZeK3z7+rMQq4fidNATOedCP0Yx/3b7Vd6348i3+nP9PM0wPvzWwL4tFeAK4eQQ8m2EfcM7FYWhVSQPXdtGknck'
    'JC/lGeUd1gF5N7WOuKrOkcbLEf6M7u/J5N3pm/w4KvjudxCD5Fjy7kePe+9WKT/+zQBpMwgXYfzoRez+0O6I/3KqNJ5yDamP501F'
    '5MG0Qj0uOLkB9tThAm3tsqdrYM+0Rih7y1fL8YHu0xsi8AhseK7PXB+N9zDHcW4bY5pb3d+oc1v7VPnc4vyeGZEH00TwrYTHjg7A'
    'Y8sc8NjBDnisTfmxpcZVuQ9FSs/gN4nn10rq03P0tlQ0GOTn5DIyfxij/TOEpy75A+Q8dXqn2Vohv7ax7J4b9qRTs/l59aIT+cmG'
    '5nDly4adpxo+51nKNWzxVhvA0yNwD2yHfYpxqhL+iMQf8Z5q8kckOcWFBJ/tYN9eR/DOVmXv82CH8mnfOqE8zXMMoafWW9iCrINY'
    'jItJ37YrO3+pdGzzyH3Kpjz162fC+a2G/bOcyUBM/qQq4SXY0BKUl1Apj4DLOG3K5wzzsyqAvjWN31bOndz1krtectdL7nrJXS+5'
    '6yV3veSul9z1krtectdL7npTcdcz2dnnAEcjXs2DbGwlnIV8j+VBrzOq/LgR6EnahqrgDqjn4gy9ZhXeA61pkn43eqPGsT95x/78'
    'lMWozxEa0mY9XeSU/22gTZfh3Ez4a4l66d+D9tpU3E8KBp3JFgeNT01xyMX268KqqA/62ED+PYfMaFNzqUZWa3wjSrMXLS3mzJ1O'
    'Vdda4/B0tL530gtg4NPi1mOrJ+0DpuuTLjuuIjwtkQeacpwjyoeYQ4aAe30+wf06rZuQ9yz/7qKzwO/qNnitwZG+H4Q6clb0fQxP'
    'OjNTyfusNZEe6dlgcwsIbbvavIg46ZeDHWDXRK/Ylkd69ESHMtWiR6rR/lTSH//Xkv7Qdf4Q8mUSOiShQxI6JHY6JE56Im68lNAP'
    's5d+sKUbFsDZG+VM0/IgiWdSE0JzrDKccZXo2h9doXz8aFWqG3+wmjod+WYi03UpQ3lbOQtZ/NFs3RNd+0TXPtG/SPQvEv2LRP8i'
    '0b9I9C8S/YtE/yLRv0j0LxL9i0T/Yibp2lN+whyCW2vZ/XadMuvc56FOKqfognu9iTaldD7e83n5Y0leOlZq08/LrAloE3kSLrRC'
    'ltyFKK1gG+tS9/2DqVKaQYpxjXlvT7nBFoUNXX4nKd8boa+DpHwhQvnLWf9dy5+dqmzfr0+F0yPHpsLpkSNTPm7Y4tD/DlJus0O5'
    'JtKnAdIuzZODusPq7Gfl/pvguV6HPu1Vnh+hIBi0retZ0oetFuW2QLk9pJwtrtXlHnYsh/3cTcq5wO1fkfPGtLfvInWPONT9DlL3'
    'iKHut5I8vYY8445rgOX6hbOU130lqbvHoe7zhX4XWJ4zhbnleU4hebYb8qyxoAlWRKQJFhFahre7QLhP4rcW8q2XfaP3PdN9CfnT'
    'SBdIfjlt79rLCA2RAjplHqEhkJ5wlatVynMN8qmKtEutKvfN08ja3aCC7eSaGA/L5N9IaqspBlnLAqBjJP4h8gmaBDhD/gDN/7DA'
    'o84zOYiNT9wDoV9ZsgbURjFL5rkR6p0PdTUzGvIqg4xlAZmzFMMvBYf+thG6UI/1UAs8VBD2ZdhZUWB7skeV+x4r0mL13th0+RTI'
    'JNZCeiiknURWodNFkK6G9EBI2yE9G2QahXrPZ22U8QWNgcPU6+o9vr5tO3HO34p63y/vkCr1fbYtxnba6n0fa30W9fbG2PZLddVZ'
    'R97ODx3bGYvYztfq/DXbxMpuE2BMorOk+aR+9XQ7n67z9UxxzyyGdBmktZAe11S6B3GvHUb2mK7zzjqP3jXBm8u+uYHU1SfQGi51'
    'bSZ18Tnl6zDO7pn4/nqo65KAfvU69mtjBfPF4Wa10K+9lv3idS2qYIy8roY67/yJOvdBcF3c/7V+/X0O9w7bNfqX2vD+83F0W+xH'
    '3Id/x/pvgztd5v+zUL8r3gqrH/v//trKYRjr2lUbfc/zurbWlp+70v3DNYarznselFnNYs+eB3eZc6eh7bOh7aNhDimNhPj7AEZD'
    'HRiCzztqPXow6t4t7n9Sx7DAl6HvTXvwD3m/js2snSFLvL03X96PXsd+/FPefj4KBrh80qIf4yF7+v/kvXtO0Hy40Hc4vo+Tejex'
    'M2SbsvdxzOt9t1BvIYZ6x4R5GLeoR/KBXMKLiQArfI3OsVijKOfdCZP1HsTK9Ss7f8scxsL0xzrIGPrZXA2x1OXMqxHmd8xxfn9b'
    'Ez6/UejiH9eU923ccn9iHd8mfdtoiEvOY8xTXN4F6UnsXHkw5nrxzPjkZOHDlJ8nrL5jofwZMcTcxjaL53+Np/MRFpt9XYxnde8U'
    'tonz/RpYR9v48uvY+pnG0hVzvdjfhTUeb4rSFGuafD5WUdeyiekgkjIbGM8GyxzGyqgaXz+G30mXG/g9WVK3ruOXufK+HhfS7r/n'
    '/Hbxjns4u/M2hbT7NKnjSNZuHtKjQup4VOgH52MdFkKzfZ7U0W6o44iQfvxVztfVcjm7dJk7hLIvGM4Mfp7vynn8clrveMQzriiL'
    'FerrV3b++/lZpOu7VKhvxIF+GWRn2EZS31ZDP/sdztUuUp9NOT63Q6y+DlLfoKHMoEP/akl957G7T9B502XAd7/JxlMf4rnnsj7s'
    'Yp5TWd41hrP56Qhlsd3Hs749wFSfv8Xzn8wjnz/pLAw7U/8spvpwfnZkfVnfoU0ynjbhsi1ZX0fm0JAz62qSN8XyLmJ5Xy/0aY3h'
    'Xs379BpSlp+Ny0Pw+wmkj4tCxrMiYDw876Ek75EheQ8IqJefrQ1krPMZ/2FJyDy9kvHbmR/Sp19nzPPC+/T/k7ztIfX+S8ajJyQc'
    'ze/4KAP/dqbU3ifKOaHr+UpA26OqPD5P8fwnZQoB5y3Fy5+0aGcHK3OXMMaeCGO8mdSzmZ0xQw5ny7UB9bicUVcJ49oWYVznWMwp'
    '5ztssCjzH6y/x5Iy0vxRfSgsszSgzKChzIEZH6evz5afo653vVzG1+nbyuhEvp/+kPb1K1xhRJd/MaD8oEX5f4byUWSMuvzfp/2x'
    'mtboVflfQN5BxtP8Yrp8DrtVaexRXL+7hXolnmGR/id5g/iARf5/ulzf0MTPknhMNxvWJmyfDUH5N0csj/u0N12uW4p8nz+ydbw0'
    'IO84y3uOYV5s8dDJaR8PRd1vup6jSJ/XQvlzCa1M6bZOi7xIk80PyMtp43qLvFjvRMrT+YhbdqLr/hnREZX2QJH/R/JIPP6iLmaq'
    'XA/uBbYvniJ5JBpA5/l6qlSf0AZGivx/YRzjbBz3BuRB2P9roY/0fqfzfMRSZ5biPl3uPaTuYYM+7i0kjyQ71HneQvL0GXQOR4X1'
    '4HyJawLyID69Wugz1ym8JKA/qB99bqpc35Lj+T8R5r6H9Xm9kKefn/8Ehmzlx8W43kLdHLd3CGPdy+qZK8BwwQKGcwFjG1d+TFRT'
    'HlyPlwTbuALbCy8q89ojnD9P9FZteSe63HdJ3YOGPfT3ym0P4di+osrhcYzl+YIy4yvcQ/cI9fDz6hNk/La8lOL5T8rZyiR0uVtJ'
    'n6Tzraj/R/JIPJVmmEdTPXj+bA7IcyLk6SZ5pLOveP4H5Dkp6/uBaHLk5ehypwkwEnbuoZ37/BjlF6iL3eTIv8E7fpOj/IHrYmdU'
    'cEyPIH3oKPq5aFtr0s+tlp6trmsJ01VuEHgQVB9vlWD3tSgkr6tdcJuyi8Paosw+ZiT/M2tUEqM18RuT+I1J/MYkfmNc8F/iNybx'
    'G5P4jUn8xiR+YxK/MTbwk/iNSfzGKHZHTfzGzDy/MfUR7KETm9zEJjexyU1schOb3MQmN7HJTWxyE5vcxCY3sclNbHITm9zEJjex'
    'yU1schOb3MQmN7HJTWxyE5vcxCY3sclNbHITm9zEJjexyU1schOb3MQmN7HJTWxyE5vcxCY3sclNbHITm9zEJjexyU1schOb3MQm'
    '18YmN2Vhk2tj94qxZVzsvjKgr76U2cLMceA50/hRQwR38vhRo+wbtfsYY3d6boMYZt8YNje6j0+xMXL8OMxwKI3rxeWgeKYFxfXC'
    'ca4R6hlgOJXG9drkIBtfZIlnua1si2U5TmNRexa096xJ7A+mzf4gqi2/a8yqMHv1ugB79ag26Ym9eWJvntibJ/bmib15Ym+e2Jsn'
    '9uaJvXlib57Ymyf25om9eWJvPtPszfOwl7NwRiFuHYR2cha4lWPWzOxCrcWpevuGaLAPz2EbKsC8aYt950oDKVUam972PnMyk7VR'
    '3qOJL0Df83KDQn4qXxsW7DVxD9vI57k8j/YlTAZXtCXPendsSRdoxNBHG78AQ4Qeon3qFvjR9Pt2B/2mSvrRw+StH5ychw2sj30O'
    'ssyxCOvVTWCD9m0q1oGP/5Ksd6ZIMlgqU46yB4YYnh+1PFM4ze0yv3wfUNlABxmry1xLst8Cu+90CjAUhw8KW9jhY30+4/GEpXWh'
    'fbaFo02G+eGybNQN/K0lbRM0hvsCxjBUxTHYrMtLljB3Y8a7d5tsem1t7QeUbBs/quxtSLoNdo7jAs7QfT8/4/GqpwuGfkLyB82x'
    '1iVdwuap22DvM1ylc5vb6aQynizG5DMlaM2i4rtNhr4NsXkN0++y0RHRY9yT9mHbhd4fmAHn3ofTnjwA4c+m77S+rYb1d9nbJly+'
    'zSD/Hkx7dzQJl3Ad7R4H++MxQffHpj9npX2fS2F0s+t5WwjZ88tJ2wNVpsn53ta6pMtn+LnzfMqrS5p7G9rERv+sIKydDdw8nPJ4'
    'yNWkw/h8/GXKDIt9wjrEvR43pHyfCVHHvNlyb/Skphe3np7y5HImugH74WKrKt0ZebuLSbsFxzucdP/jtII0d0VfEinPT2GUduOa'
    '858C37kauPbb+u7Eyu51xCVYRppPrif9gPLnc7r4Au8lY3btg3SmDoW0p2nwhRFgyJVWvkz55+bWCHsjKn1R1CUHPdG48H4ztL0w'
    'AkyOOcJkoyq3u9lm0L1PEz28eiL71s3vIbLv+cr3pbJc4G+3OvI/a5Qf04XywtOEF95IeOF10Ida6DfKnHT7V1Ukk5zdEsrinFbA'
    'N89a5Gln+lSuazC7pcLeGtyiKnoOc5E9hOll8j1H17qOrGEO9nw38PoVkeHWET0kzKd18t9k0Y6WYfwO3t+k/LhS1zLZMpd/7Stw'
    'krF/sk66BQYZsV5rOzAy55yI8DQLMNhIdE1scA/C0wiBp2Tdy9ddWPMbK13zONe96ONj8h8Xpbz1/Dei45js6/1vXyc0QPk6Z6eA'
    'Bkhw6ezApWnyN6WhUuR+NED2Zh+scxQYSwVtz3R19kJVHq/qjM0qRnmk8qkQeryB3YVryB2+heBTvEvXO9yhEQZUAgMzFgb4/s2S'
    '/SvFlmkUdHGxDMJNKsDupNHynhfWdhb0zLiOWj18r2V3P7VbqU/9QNaD4+1w+4KTHfI3wjvOj6L56L6b58DDirJefCznQ3oxsS2w'
    'vZe73qtrST26Xp13NejUKlUam2iqbC9deICN0Lbu90qw+dDtb7zf3WYpiu16pf383hPu/cw69hNtWQ+s0P5n55NeGWoPx+330F7l'
    'BxHsVRBH6PrfCWO6BcZTq/a1JyXo3WuIyeZefV2DO6sKTdo+6YprgJWze2nXZXNRDWs/AgMGDR87AT7yU7OQer4yiNNzYSVrZhxQ'
    'Rubhd9KDwx0Wyp/aaEDaDDwBpIEHLva+6vdvIO9X3+m/P18lvjbi8rWh8XdiezU9tldIY+IZ+8PEN0Xim8KwxkcJa0zX53DQOUGa'
    'S9dzEKPVw2hLtOu0pe3pHUmiGRN/Gok/jcSfRuJPI/GnkfjTSPxpJP40En8aiT+NxJ9G4k+j2v40wr5zWUndPior0W2NXTlzZCJF'
    'Oqa/+rIPl/78tODblbjSB5QmrZ3w9wKu6RzIlyHyoPkE3oqy/Am5Pv4d6ZgVEXlAyV07uWsnd+3krp3ctZO7dnLXTu7ayV07uWsn'
    'd+3krj0dvit1ngvY/XmRpcy3Er9CPD7YEqAzqB8H7iOhW9n7n6I23yjTtfU1JMXnQX2j9fA9peRYs9st2uG+Jkx2/KPCejWQ9cb1'
    '4rFNeb072Fl7EOgj0vNY8kMT1W+TNIeoU4B8jTzZA4MO+5vHOjtG+XFaxxzqGTPUp2G/QwX77KF+vlz91hQMej7Iv+Hr3QZnLV3v'
    'ViX7Mdge0mYfuacfrMp9NlSyn/sN+6EvYE/Z6FRz/xUu5SqBYe6Lic7n9cI6tYKODa5TUN15gFmXOaU6OeOqNPYkXc9xMmdh4+tV'
    '7r4y9wUcmWN7hrZ1N95JF8vwaEvbZuFnokMlvL2EwAeNMYux+c7KerCRUaX3Zbr261gZXsdJ2fD1mUfWh+LjuYY55mthOjPwjqzx'
    '50JlHyN7DYuNi38fS2If0jGuzwbjTlyfGsLH3NLl85i5vKCO5XkLpO/vKpcb6PJFvbJ+8zn3LJT/OaT3QXpBf3kfczDvlNd6UY9Z'
    'pqG/FbV8ryqNv0e/3XZXafw9WvcNd5SPCb/V3REOOzUG2DHF/h0hNC/O8ycv89IToL+/3FHKJ6B5jmd5+Jqb+rYAznIuv6BzmfuA'
    'l/7xtvL5uv8uiF15mwAD/TBv28v7lGN0NsUV2MYWGNPNveZ1xjz/2FveN/yWuq68b7pOWi5oLesD1rIoKwC4+M1bS9ujfXnzBV76'
    's0EzXN1wh91+zRI8XQdzvPA88xxhng8XytvW5XT6/MXyPCxgfFYcPy+LfTXFwjsfYOgvLivvw1u2gazx/TKcSONHO8GOr3hlH/yu'
    'efyY513f9/VK8Zsup9Onv+nj5EahnE6/bCjTHFDmPavlMiY6z4bXe92Tbvy/EntZV4bZ7GIHZmQmXmSTEzA6cWMQcpoHZfV6r53A'
    '9ho/e3c/6qXf+IaX3vmk73OtkcBHUWb/NJwf93vpc4976dpHvDILie44/cbb4TA+fw/U/zmQv+4uhfn1j8gw3uYI57/+opde8aBb'
    'uXfCHlz7bLzypIUT0WQE9QQwbG2JbfqaU6X29tRX3MoAGjsD5eKIfZonMHQRkdUUeYNMdnNPQN6zWd6PETqA5x0JaedO0s5rIcW7'
    'YS/LeyvJi31An7l9LO8Osg/PgHSY5bmW7BOeZ1TofzNph/bhbFJHUPxatGM5RJXaZeMYrg8pT300SOMPa3sNkXWdze7FW9nfWG+B'
    '1I98YlyDM1nZHtTLgLwHkrP7NFIGZXl5BjOnqXKaeVG2PKX4Kov7U/lxvtEeH+Ef9wrOB/LzUJcB/T5yHydUTwv9C6BvhRTUqUj9'
    'rnF2KJ9zhMlHh5XsOxv57GG8De4bu9+C12GLs9c54j9sYz2Mdw7oKbn4Y+O+OeNeE9s12FfnKcfmaT2Zp/UAi0vg70NVuR9nylsb'
    'IzxDOm8FR14mj8mxlfBmmkHXsc0iLz1Tcb+fQvb5IQRnnQrlrjO0OU9osyDIbsLa5L6SaomuXtA66HV6D5FNc3x+tHCWDzCcjfgY'
    'x7RNyIt4vZvh9y0kbw87E/vIOYU2nI2sbX5+DJL2mgHXN7B+FliZbuXbcDYzfmovO5+vYec0yoNOJH17s3DOSn1bQfhW/PzbytoZ'
    'ZPM3xuo6kOi6UX5Rns0t94+Ma0RpT70PjhdgC+WmqRBYwfOQ+k3lPlxoeQ2f8wCeUwS2XWE5jj61MNxJ/f1Nvs1o+b5Jxo88kQOF'
    's1fCS+3k39ge1aldz/Z5SrgvmcZrmkO9lu9L+fRG0BzemfJgyLQuWQIXuv82sWpczrM3wp3xS48H89w4T6cW7p6PfrOcnzQG99+7'
    'n5DpEhzbdugXvqvHeTEwPjDWZHZWa0jlUhOPTdxBmSM/1v7AOp24IsEONjaElH5ZeQb8k8+PM8r12YV7cSxZ01m1prhvbxT2bX4W'
    'r3EOnuBcNamJ35d47dw1MR1rfKN5jW19Dobt653Jmu9Xa477/iph3yc+l1MptfZVV8gGkYTFE4KTEz/XUz/ndnRqwBpol9G52a3L'
    '38V0+ZcxZ4HOT1vQx3pnW4DyZ04X31djyZrOqjXFfdvE9m2dIkptAQ2V8SRC8pt8pwfJNI8S5ISSjl678v0l412+lskauRzEVZZ5'
    'PeuDy36IoMyQmRJAzkq3sAr8hy9TkeyWbDUbnH3Xtth/CbKLPSpAXp3QewEwsbqSBay9ICxHQu9N/ZxzOVu/AP9RdLhm2dpkLG6t'
    'gU86Om4r2R99yZrMqDXBfdNioru6ijt2l+n8m0PWtjFCuTC6L71B3R4GUw0O+Tm+CGh3l2O7gfmpH1a0s+JzdkvafC2mc+aiM4Pj'
    'Q33Jao3PVt+gEp2bA5Rvj0fti6LEzJ0u3ZtlMeqU4NrWJ2u7z68tjwcT1q4JFmbDPj8yJt069N2NbYfVx/WqxlW5rWuCNxJYmc2w'
    'UikeovcvXW7fpfUzsd+F01WOtR52Ddj371+zb01oDJYovqf2Bx7SLZWJMqxi48aB79IJb6OEt1HNvZW2YNMn/KaZtyZ55ccHzUbg'
    'a0gyO13mp0qOae2yvpnZtd7ZStc7TJUpDnjIAg2NsLEZ1nGTw76d5euYMvAGa2M7Az8eLud02aPFvyf/cYe0J/e5RwqMmM5kp6En'
    'LS5M/hZrEUDZSIN0INB+ON3lf88SdZFK8bv+W9sJXcvafeEBL/1zx7i6CT0t4JLKwDCUnpbO7NnDF0jo5GRNqr8m7cB3pHisL6GJ'
    'po4v8HG78zIOvkGpnko6sz8/OLfcnnTC+YkOGOV7LVmT6V6TUP3ggP6J+sEh+YP0gxuZTAt1e5uZju9Vgj6GUc8mU/z7MxLJXsv0'
    'QBsjlAsaz0fYeD4A5eptzhl9sGRzNfh3fladMrXFaf6zH6gfKS+UzlpvYne53L2P/boTpDeH5sioR3OPvtP799XkfaeRkjDfBWsm'
    'Xgq++m8IoWXmFudmmemqyc9BHnMN32nZ66OTv/PSPpznhPccjjFmA9JLNIZDCQ6PgG+mXFcW23YgvS2HE2o9PBHpsS1fvv5G+ifC'
    'Ok1XTAuHYhkV8zMR6xNC/yRrMu1rgvvmDmHfAC0weRanYcGyocrBuZqAucrPmDUKP2fT6SlZKdc6XFsu/+pSTv7eLNxrbk9gJoEZ'
    'B5hBvNOtEruy6bBxqoX5x/17ZTL30zL3nH/H44G0w3t6j0bfqUfBPWal8mOaNjGdyw1E7kbrqCH5uc3nAqLzib7dV0Wopy2EP9DK'
    '6uJ6pTb+37D+OQyPzA/hneA8huXj/c+zdcmydbGpj+vChukxu/a1B+pJQ73zk70dm25mmO4Kt127CtYtmf+pn38qQ0kZdAfQ1yrG'
    'cK4h+4b7157D8lH8uLQzegzpIL0IjON+RQyyoVEDXkh02ma+ThvHK8MEryTrt2+tny2+OcAS3wThpSVVxkt1E5XjpTqBdkOf/zcS'
    'mK8xfJN49xhnq578TXn/6JOY05FZst5ULpdhcjnu1/g5/Z3NFeZDn8coc/i3ANlZBuDj6kTHTL6X7Xp1m4JcyElmpuc6GyYlQ5th'
    'CX7pHlgJ6dxO/5ukmxiks+biS2R/0L2x0ZI18rPyCrHwrqh1JfpQM29Nguwz9DoFxUptBroXeSbouquXnGPNIONdqEptcNE2GG2G'
    'MR6GTexZtAOmcS10Ozo04DlwDjWy+70NT2df5we50gi2djoDMezdWfYY5JBuJHLgYWlRVTPQSecotzhmGD+Ax/A4knzD2BwYw5fG'
    'ksSYJhizvIN8K6jS+CnzhW9YZ5PQ3hizOWgB+k+isW14e9zPI41TU2k9fO+8Q6A9ar0MabOSR3aGmNjUVKPSvH3WtOsmaqstniaH'
    'l5+LFkIEuytrbWnGWve7LaV9bklgIoGJENorG3RHtVLiUcnz6lNvkafUp3EzANtbVandG37D/Rt2H3XlL8x2iulV4j3yE67VZiuT'
    'sD3POe+sGPO8C2LEd5XzLPi3IPlsN6M7nPZ5BXfGfeBJVwoJNrZakl4r8iUTXztkz26o5o41P4n/o5m7Ji7+0I52yJ8HHguVLdSq'
    '4FjiOSiXVqWx2nW8eJTN4FlOfclhXMnt0Df6bRPLM0TyFBjfCuNtFgCXUL9yYT7pdLlLlO/DbpS1Ma5K/dUVDDwyjNF5I6n3NOXH'
    'Yh1i5beHlG8BFa1mWL9FEesJGntY/1shpbzBYdaPAcOa4gGieWsHR5DtUx5Jxx4v/e3u0viLNMZvD2s3Ci8uyMZG/dNkHT/28WFO'
    'eM9pFv3rhDHUTvj8WU6z8G+tZI83wZgWMT0phNfl8G9dB5VVtgoyzboJnyesVHgs6mUE5yxTs8NPrRTjdB37hnFM58FcpQgvvRKY'
    'qvYcz1afnmFr5lJHNde2xmFtEbftftRLvy7Elr0TYst+68HKfaKeHHGulsU8V1nCssF7GF/bIyOMbzfMVct3we/NQ27lm79in5+f'
    'Oy7t0FjClc4hvcuaeOjNwl2rlvC5KLxeRuD1MnYO8djaV7BzBnX4ENalMhyGwvaPqT9B++fogP2zjMgSX77XSz/0Zdgf3/fyHKL8'
    'OOa0bokOofHQP/oU1Pet8njoO6Ef/wlt/fXjXvrgM9O/r69g61epjhPV9bpMldI1eSI3vYzBiKk/en7mwtxQ2DLBez2bn+UGvhKN'
    'AV9D9geHOdpW1sC3ov2V4qOnSf2Xk/ovV6Xx3Kmfhfrh4g3zwcky10n3wFaDXleayIzzwr5EGD+YzL0LvEWZkyAZt67rIOhLPdvj'
    '7YY74SYHmmRAuLdRmJLydjP6pd9QB9+3LUDvt8K3PLmn9DJaiN5hBgPopAypV9LdGDLcT4cILUb7hbKNVpb/uoB7Lr936j4eCHc7'
    'LBO2Hi73Zjr+INshCWbq2Pk8TO7Juu5vkHvIEFnvoD7R+hA2roX67oe7Wdhdfimhp1322xrkqZBUt/t+sqc3GdZBGgeu382whjgP'
    'Yeu3haUFC77KZmE9ugm8oe7EAlb3sMU4bPg6f0p0nvjeHiJ7G/eHzdzxss2wJgcRetDmDsv3cliZIaLLMZf1ZywA10m8rK0G/IX7'
    'qV35PkcXkfNLv3+ewKfu84+gzNziy3Qmm6t59cnX1NTiv+tq6htq5jQ24dPc0jRNT6v+X1s1ai5OzMtF+vXlUrvhXcVY6fd4z+tf'
    '/9li+r3lqxefe+TKC35x3oWv/9I99yyHz394/6332FhJP3zj15alVPZXk/+8UVc9fKCPUby2/tdr556Lv38PefTK7YrV28KGH9vY'
    'Zj9q+tqOf91T9rz4NfrXhJp4dPKn///6CT1OVfzvucn/flX8/+TztZf+CDVPTPx3WXsOag8hz9XCu2L7nRaFrTS6Zev06YqdW7S1'
    'EM7iGqhPOouXGOinMZZeb8DBrryrMLrin4H3Y3Pmh50FwwSHh/W520Bb9THabkTA21H7qMf7V8pz1miSq9C2t1mOg5axWVfdj52E'
    'lo9LvoJyrWaYx7mCHEKa2zAe6gUAt2HrP2Dov+s4eB8oXbAF+rRCoNdH2JqsZN83MXrvIKD3osqDbPrpSk+Y+FrzCG+A45SDHfo5'
    'atjrLvrsqwjs2sgnOHxz3vgg2xtULlJp/a53Ug77bZDfhhaVygfdW7n8kMoIbHH/EKGxaV3XGXijFAYlXbDZbk9mY/fCfU9oatKO'
    'Agr3S2riV1O8INl62PiBwDp4GxnC//odw0E2PEMX+bTLndHEt+lT5XaoQXWiPsVnyd7a6rB3pPM2Svu3kbu1bftR2rmW8AcGAnBI'
    'lLrfROiGgQrrOhPgVuJ1XB+xzmPI2LczeCqQszdK3QcR/s/WEJ7iQMQ2XG1FJLp+mOxhXefr095cV2M/o61L7VM+nxzf3fJV791C'
    'wlf/Echxsrt9nnKOyHzQvgbfvbKnXMbbsdtLv/dENBv2YvtQb9Nk4fOrPDfPXO/DJr6rudB7t5KMS7/T6cf+3Pu2lHxrvtxLf1fw'
    '5xm/nb7JS99/l6+LgO0sf2P5PP+0UD7PAxeXz/PqO0vrTRM5zDnQ/79NefbueB+ie2LUAY5d59/GXqzd4azZwvDjEMNLBcZTPIno'
    'e1R6ltB6l0C9tvS6bX+biW7MWAA/gJZJEx3zjSmPDxA2zkGBhqV/d08jTATlozaxRRpq8h/HGvjgvYwOmOlj+T7c++lYnt9H+v7/'
    'gUykGvgB75Drs166FtKTIT0j68F7LeLZLJxrHV56a4e/PzqIHu2ZUL4rW7pfToPyN5Ny6KeO5jsO8t3U4e8r3Sfbs64pwnzQcXdB'
    'eoJhHLx/zcAjXEToDnp/LTjgMy6HkehCStssgrmn7W4muNGmXYqfhgQZKG3PJJPPCfe0OqLPYILXI5gOg9oAVRqMY7DedEi9LnRK'
    'HTtLBpjMfjXhfwyw+ThS0EPfyvIcSvKMGPIgrUz5c6tIXvyb6glRnqUpr2m96uBH4aZaPh5M9+52mBv8HlQ35UlxXVd+jo8K9x6u'
    'oyrdrV1luWH8M87vkt5T+avEd1tq4PMPC2dxVL6/Le2GsuuljjTasMBblXSIW5gthq1eQhAPcZjwtlsY/4PjUw6fB8B9n+6RcbbP'
    'KEwivqb8Uk5Tog6Mje6LCzwGwaHt+nI6b1A4IxbAj9oMpA33nyFSrp3w7dcTfj6dwwyxfdkh6CLRPnUH0Pt8PfPMNoPH+JHOD15O'
    'nyFh5aLKU038SFudOZf4nJXY5EW04MvMaH72c3FJ91tkZnbI46KHa0NPcViqZ7CUtdC/XKXsbbJt+1WteiVbgFUR9BSOdlyLa+Hf'
    'eHcpjYWe3mceh9B0WZdYEik1kZFkRf7j7CNE0HKxf6RYC5XaUjQme8tqr0y1bzYXX2yrYoQHxeDBlkdO/br1qMTPqfGsfl/x/53+'
    'YeuGOsJs6G386kWRf6wgvBp8dxK5D+SIvjfaCDUSOpb6WUOauo/xD2h7O1U0uVA1xnyBMOazhTGfKfT/9AjzsEYoMx5SZhngCVoG'
    '7+NjLO/BjG/SIvDk5gl5CixPg5BH818lXtt0rt/VwvpdJqzfG8i7Lwtr/57V5Wuv/e7wtT/asPaSHn7Y2pvkQ0Frz3UTg9Z+mcXa'
    'L7NY+2VVWPu849q3wL08DzoJLcCboz6dV4IsO0fqy5DyK1l6CozlQuXJmJFPEsTXyBPe5hjjP3Kbp3mEX9DrwKMcCeHfUR42t0c9'
    'hYz3lJD5WE9gemkEGf0pVTyTEMf+D3k3r9N79zJ5NxfevUTotk62zp1Q14tCnsM6S/M8D3uU8vGD+qzLfE/rEBC85DLeNgc+pWQz'
    'qNv/PNH5GTXo1HIepyTP0XV9lOhX9xrK2upyS+0HycEpzO8g8r+CcvOlwfvcDHN1oCPPMqwt3sY5RKd5nI2/z0JvHuV0h7Cy40xH'
    'dLBCnecBQ9sHgw6V7ZoWItgLDDKcYSO7yzriEeleuEJF99WzGtITVbkOzjGq1IYxHcB/ld5pXvXJEXmlppgGtnVwP0ZTNeY2VZkv'
    'I8mX+Jjj3CV317IYHYxRHO/d1XZtqC6Uyxlswh0ZR9wR5MOK8opcfVcF+ayK22dK3PA/y5+0DP8Oj0XZqbojtzD9lkrbSzmWzzmW'
    'T+ImBeDkzlenNULcpHYrfiI919eRNIqueyuhaW6A8nhn74Y1vkIlsTWnY51RrwPXjctfuFxjJfmmAvJy/5StIWdVFPywPuQOxW14'
    'w+6Jkg0tv2PZ3rXoPbmb6IbY3h25D5r7m739J92RRx3upj8T7uotDvZVNvdkWt9z7O/NAXZNRf+4zR4/lNv1mnwX8fWV+hD1viyt'
    'oc2d9iWm33R6s6+THnTfn+qxjDnCY5EGn/zfqQKfw0a/0lafi+txDRpsEqaaD/KdJh82xwVdM1t/DsOCbQXVK+xXbjwmae62BvDR'
    'qB3zR5p8vLLDMDbu82CHQQe7m9nkcFuX7hjWx8X3FuUbdpNx/qGCtes2jLm3wjHTea0E1xwxOc7XwrtTmf7/KaD//7aO8rnkNg66'
    '/ElgR7Ama2fngHkxlfQ4eR903tXEfsO2v8fAt12G/tI+rSXv9Rz9W6PH95N4llsZLuH+8cYFmZ6kH10w6A5vITjGxv+B7u8DjR7f'
    'rVqwGyfM/gekP2F45qZGjy9YKY1B+18wrMGgstf3HzKcs1xmd0GjZzNB9YX5Gv9OkMME4WCXM3sgBOein7MjyDzPVHwc1P//nlNK'
    '/9nsEVdboammGx6f48mkbc9UCR5fCJGTjRr0BtD24RNzvP7Huf9caPugvbVjjnevDDtjuizt+jAvbfNUYhtIz5yT2BmxjtnSvYZ9'
    'XwtnyDmTfV48BTRAnwF3F5jcbPkU98dEw2J/ctPcHz4/zzcodZYKpy9sYGuDA13UReDKtn6EtQ0V0kNdlnSVnp8PN/j4oRr3EYkn'
    'Y2OTXoz5PEV9G47Qt9c1lPudm8r9j+fm8inqx3BIP/INvn9Y3O/3LpL91HH7Lcw3Zjgv/kDq1W39Z30pX8VWfyoK72SLcvelGFYP'
    'vbc9VO/DuIs/vV6H+0RByXGVhkJosvfV+/elQWXvR3pMybaLww5rtslhXEhvbar3afWZetco6vSQea3W3PTGiOtaCIxWgz9eyRmx'
    't25q+hZl3h6v82mh6b47Fn2l1nm6ZDr/QU1eejikqyFd2CR/XwtpHtIlkJ4F6TGQHsnyz2vy2r6xTraJdcUlUfXorqqrDi/d9pw+'
    'tcrth9HBh0xT+zh+bYy8ZBru4ZJtPZ69/1zr6bu1AP+U7oMDIV0A6RoG7xsg7YD0MEhPg3QR2z9nwT74aq1/Rs1kvvn7yXq50Fi8'
    'Ps5PHQjgr4bFOhiq9SKuR9EBjptf9bpaP15lFD/IBYOsK6zdlbU+T2k6+Dm6D3NqPRuBMP6+C+9lqu67/5r37ilFnQa25w9ie3se'
    'pPMjnnmPB7S1yNDWgoht/Q1pKwpuouUOhfQE9n0ltHV73of9qeKBFff/FLeLMozz8z7ecbE5kHChbVnTfXFlvnT/V+PusDeEbzsn'
    '7/nw4vYcrnYrtrTDr2r8+Z9uPYinanx/tVFoUZMcTtf9f2Ksm/f7YzXe3zMRZxf1f2o8nTSKp1KQvhbSjZCmI+LIK2t8uK02r7Oo'
    '/zNF7SGeWiq0V028WE/a62Hw2G2gAwsR8Cfuj1/kfNwXJ03qQoM+RfowHfw63YfdueqfAb0ha3/bNPSBw/vmnO+PfIjtr+cMumOt'
    'KS/NpGR56etzvs/3KGebLT4+KVd+hlaLp1a8/09Re7g2GQIflZzZOyq4w/57tnwto/QhjB7ak/XObZezy5bWvp/UfTqj349k95Oz'
    'Hev+i6xvWxoXPR22T/bCnL0l69soVyIv0nUNxLTOvSH3j3Or3A7uneOy02fzO5+sy3Ws7U8b5HTYp08tYv4dSV1BeNdG5vfLjGcf'
    'N506hWG8hScyPnxsMPhmXs/qfW2EdnZnyuP6jpL9ZYOzPpLxeJ9TxUvTbb4148eZiptnVpT/ZXx44z7ybfWosK6LyPxMlfzyeNLm'
    'VOjYF+2ACCyNBNDFQbBUmzHHvhsU7gW2PhdwXn6V9utfG7KfTo6wn/4p7elQTCduKd7/0x780rstyttc5BO6rk+l/Xjylz8FukZ7'
    'Sn2dfOMbXjryBfAd9aSXPvgMyP/TZjxTsJS73ZT2baGj+O0wnZFb0r6+STX5YEX+H2mLj3+bqtxuis7XmnTlPkMWp8vjO3I9/zBY'
    'P8FBx81mj+mAwa2qMtnZL1K+D6wweOTw8uNUZf5j+Bz/Q6o8JnpUuZwEF+OGdu8l46j0flrU/xPqi3pH0vXdStaI7+HrlTk+uS6z'
    'jZR1gX1dpj/l+2R3kevoMpcGlA2S0+gyr035fv37QnhvyM9eT8rY2DrqMkenfN9hNrhr0LDeB6ei+ZgaYvU0pHy/Z0E0aDMY7jZY'
    '2OzqvL9V4XlxzV9U5b7p49Af13V/F/qhv//iPPB9U/Bjeun0NxBnaw/J+/RFXpq50o/dpdND+kH+H5CX1/uAkPfUHXLevxHyDrxT'
    '7sNHA/Lyet9L8v4G4pbdZ5iHtwfk5THP3kLyagRQjKVwcXnZZsABPO/tV8l5C0Le02+Q876J5C1A3juH5LGdR/Lu3Abn0nny2DYK'
    'eXHdeN4Thby4FjzvKpK363NeuvtRgGGg3ZY86OU9nOT9xGNe+txuOaZfO8kbRhM2krycrmyHeufvkX16hfnxsrH9zzOch7wG6rei'
    'wL65+q3Ikr8xJoKmYU8DmNH/flTbE5IyfGwtEccm+ZFrUeUxezg+pr4Sl0Yct+vdn58bLmM9U5l9GNqcbZXEo3eJscV9Hm413JWH'
    'VOUxUor0k/Jj6Ezl3IT16yrAVbZ0a0+Feml9DuMYjWnu9bwvjsDHNfmIlOZn2JLvJeFPGmNew21YjPmaCDjoUIc760gEniC3sx5l'
    'NF1Pnc/77rNcg7jaPqPO599uEu75Er/QRp49yu6iy0k7PH7dthjH0wztRFnPoHa4j9jf1lanHT6ef6n1YMO2nTjh8iuOYxyLOMZP'
    '1vo87D7D3dB2Xe6ooC7er521Pg+2zxKnuvS1L6CvOxzruqCCuvhePYWN2/VMCJvXpUJf90asay7pK8dfPYay3ZZ6SLr+P+bD6zf5'
    'ywg7o3X9P8n7cxGlfuQxFX32kLokHOsCT1+toC6+RvfEUBeuxwfzbjGzxxzrvzFfjm8lfzFc1mLDZzmP6ReivPRs4L9cPQ1tnwdt'
    'n5b3+f1cb882Rq1N3uL+z/v8/jCYLxjWab5DHdK+0XVk876cxkT7jCo32W+RZ19TXu/eGOr9J1Jvv0FvbigCjnuc1LvZcOeOQvPt'
    'tqg3Cs78QI2/9i71Ulx5q0XftkVYo2Gh3nFlz7seNOiBvpGMedigtzQcgtPPilAHx+UnWNQxHnb+C3VscRzLfKGOMcexZIU6xi3H'
    'gjD+Us73RcBjkEty8GNZ3PYgWaUL7/7pXHm8X0kusMbg+8V0Jj0Sc7143nw65+l9hMlk18V4vr5zCtvEcW7J+fhgo8GXigQnXJfq'
    'JDaW18dcL/b31Jwvs04xmTT+3cRsD7JE97LIsyd1oCxxMaTLIe0MqePgnC+j5fSIi+wX92mdUN+Iw1nM9X9+my2vbzwi3VT02UPq'
    's9FtGjf4W8DxPpX15couZ6Qu87dC2RcMdAbHy58n4xg09HXQgTb5CKlva4V2Jbq+d2R9na6pxtdFmT2ZW9yDp2bLfS1Je/7SCGVx'
    'X7+WzGOY7ooNLl0TU33Yv0NJfecZdGyCbKp4/xpjqg/79/uML5c6tEnGjyZc9iIpy/XUl7OyhxFdtyL/L+PrQHQLtIitX45vCvWM'
    'RKjny0I92yLU8+mMrw9SCMApdO9+iJTZrGT/vQPcZof0VypjizeuD2h7yND2YEDbQw5tv4m0zXEgn6sdUOacgDKjgt6NLrPBogy/'
    'lxxrUWYHt9mzKPMfrIzW2cX9vD5bvldd6eVcxte56Q64A+i8f0ib8/6R5f0lyRt099d5XyB5g+6gOu8P034cHtd7ZXH/Ryz/qs8u'
    'Q3mbfaTL3y2Mle9dvJv/VUBe7lfq/QH9GrLo182k/NYIvJM3G8rbyjt7yVi3GnQHsa1LhbwvmPY/9CuKfEqXP5m0hfrn5xrokmMs'
    '8uI5ekRA3pNZvR0WebHe1rSPa6PiB9TZXVAFHqyu+2epcp2WHoYTfizk6Wdw8GxAHly/pwLyjEOerwt5Rlh/HhHyjDMd1geEPBzX'
    '3U3ySHI5nefjAXkQrj+Y8uT9LrIpXe5dQt17WZ5dJE/BgG+2kzwS37nosyMgD+LzAsnTb7B5vpyM1fZOWLTZI3VL54rO8ydCnnF2'
    'ZqwPyIP1HEvyDBrg40iSR7rDFel/MlZbPFyU/wXUjbBXH5AHz5yU0H7Bov2XVHndL7D2XyR5JPkXxtytC+CrFvn/Qp4tLM8/CnnG'
    'WJ4nhDyc5vkq6NW4nB8Yh9elHLb3CeXPv+29vHj+k7FId2Kd591Cn8J4mEX5P6lbOteaYWx1AWdUM+ydOsPZdCLk6Q7Ig+O4NCAP'
    'noPnkXm0vZc3g57n/Bh5o7rOFcK8h52lutwiMgZb3iber5sc7/xcZ5THzF2lSmPShumTSbFebWO22tSdxAdkceM+rhRRP1ZuMVvb'
    'rWO2hq1NM5z/VyfrJK+TqmSdlFV8P9v4tzb7DPHFTtT7n3CDh5nQB1fd2XSEPobhugzBdQc69B3H7bL/DorQxpcd2+Awloe8GfjV'
    'MjuKrPDOtK6mdl1j0zYFwGFc5fGc1OPHOOYYFzqjSuNC16LNPMBJC+jW03n94OTvLhF3pvfrB/Hb/3pb6NVnYuLGG3Ffk+dUFeFp'
    'J2uOsGC7dkE0k+ajHMy+rbS0L6qkT22CLUEQvsP+6/5ezOizYwxjXEbG3wj/nkPGxuOh6zInszpOJnZotHyNUJ6WW67cYskfAusQ'
    'R19t26TxcLOkXCOshW5P7VbqUz+wxzULAF/T9ak14M1mr/pXbQ64TdMI47Ha+hyRfMy/j9ih3Q3v3gPvdL5nFoP+CcwDwg/2C9e0'
    'qH8Ka0Xt/lZDeqJg93cM2kayeZfOZuldQreG0K0joaRnwBMewprvFROuygrn7nGw9j2QXu9IG5ryNZJ8C+CHtFzc9SOuPiXl8RsR'
    'R6UJHYFnRTfwgfW/n9P1WrbHadYGgo+CzlY8h3pZvVcme6Rkj+y6WlXypMN2UBODxxsInZms+/6x7m2w9l3kXWsA325FDHy7dmhX'
    'AU+ykdxriuXON58NvP+tEWjTWjIuDaiHwRwcyOy1Bwz6zyOEvsT8QXx5nLt10E/976NJSn0h6Pq3CynS/0H8GOkOifRTxzFe2csY'
    'raTTV/aU0koXkjy1E6V56iZA7w3se/W78yG9OCZeb5ac8KbzDfX10MfZeULqwn+YT+palC1Po/AybOn6sPtTq2N9rSRNAxyMwPwN'
    'wj7MWeHaTCqVneV06AqOYdz43HMqwMXSk5mzIffo5IVmA6Fj3wX4Cdc6FcDTaoG7mGkPcVgdBdiwqZvugUwAn5Ly4laRe5iy7FcO'
    '8IsrT7aJ5YuD1xLFn0yUeyW2k4afaW6p/xtavtWRbmuF9yZediu8D/MHwXHUQpKf15dywGEUhpZCWjPhhgcpDwjz1RAaAvlmlAZu'
    'JfUiHLjW00ZgqB3uV2koc0TChxX5sNK9QUCju6IQxEGymUyV4biIDy4FGfrlHh4I4q3xfdcM3+vZnljB+Ik2crpqjrH93V6a2zV7'
    'x3jfbbN/jOgL7s4np2eMuSkYI/qse+WRmTHmqVjXLPje+84TM2uM1FddD9MdbCB6WWOqPNYAp39c6DXevzkB/VukZBty9A3YqWQ/'
    'p9Qnho3PW6r/eVNAu91VbLcX6Ffu44O2x337FgTdYtv4xkMqOM6djV8grpd6DNDXdC6eV3YxLG37u0nJcbW4HqyNT7GX2BqYYNpm'
    'n68TYLveEbZtfOXZwh+FMfRZrPU2F8fQrq0+c5ityGuA9yf5zdkc05j1/eAoS1gOm4eeKs9H3PDXEAB/Ryl7m8FRAz7qVnZ24VF9'
    'SBbtHYFXK8W4nel9v5z0vXsf6/tKAiPblOynwNTnqe5r3PsmB3tH2jfzVXjMAgk3DCvZZ8sS5eb/q+BYP5VvhOWV5rHGMF82un15'
    'hn9MPC9JlzKIF4f9sOXd6bH96eTvLFImC78gXirq9ayEfcx5YLY82/QMaCeI1xrFzzSVjdRD+WyIPlSrI09oYYC+b71wd4l6B2k2'
    'tFsP6vhpgTf6wgP+HLrKiBTjW6P/969/0+tLG/l2J9wfv/Vg6d1Mv3v5Xi/90JfhPvj9yvGhi15cO/yt/z0P5gdxJNbVIvDRcwYZ'
    'aorAaKK7VS4zO+xCdTug/k5rhSz/OcyGX8vloWm2JnnCd9d7vGWyJ62d/ndb2Q9vJ0PaCdKZovq1qD8lyWiC5PMSbM12+LGxZwnS'
    'HwoWturZDdfJ7mU4JdE/ml69M6Shs47yVjx/tkGKdxvkoxyUKs8zzPK0pXxcgjQz0qENwjeMLZQlddNyLcq38/6jMudBXtV/qfI2'
    'roFv/5d8G2R9e0H4hn37V6FOtGF/lvSpR8nxT54i5bvZmLSN89cT3JXgrgR3WeuYp2GNJLqintEV6tzJtf2Y9+8NXZP/7gqnWdOo'
    'HyHU3xJT/VlWv/GuBfWH1ZkT7uSbie5lI+C6+dBWNoHvDEzV+c7GEKVPkN3FBhvaXJ/Zn1Lldq3K4sxGfdRTYP90kHeLQLd0AXn3'
    'iPLvovhuXWd5/DDUEcIY4BhX/KSIOpkJPO478NjmuK7XMH5WX7KmfE03TPea2q6ny/lyDeCBORHWfSY9Dup1GTf6dSKj6VezHp75'
    'mYjwNAes+3TwfRE2KH9GqgthKQXnTwJLMixF1deMC5ZioWcZDNnakbrUWQnPnuquFf1Tkvv9Q8946Zzv+rpfPKZsJ8RzveVJuT4a'
    'U/bg3X49Ul4aU/Y6qO+4p+W8NKbszvvBl/1j5bpqzeQ+U8z7bdDdA1nDHpB//PXjpbFlqXziS9CH5x4vrTeqfGIB6BgpZmdjskFo'
    'ARk2ytZWCXfJFjgYXXXNXXTUV7E+ZxxpJ9uztoXQzDZ8eGpLt0i5+2qwsUG0sXUOkjnQMUWpi9vlXcPmnctMmxm8LSZ/V9Pvgi0s'
    'tLH7HPpnaFHl/hnoXjT5Z3C9n+Vhvmzl6M3wN9d7bRJ0V5tBrr/WYY2mYk1sfQPYzEWQnm6Owf1lwnyH2YDRdadnH5WV0X7odq5w'
    'PF9tZcmHMxkx5s8T3DSH5KX7rpOUaZ3Ctlsj3G1Nc5ePOHd6/G8Xxk/tSiuxeeM2a2H6My7zPnalG0/AVnfFtv3afrd5PoStfZbp'
    'eaCtdq2FrzqTLSb6IKqb8Oc/5whjFC4TePPXe+P90wtv33ti/4U3rCMPhVzhTtd5M7nz15BzD+cC6+uBMrVwll9BeMKJPWc6jffx'
    'yTl62SzRrNyek67TFarUxtzFxljyLeHuJ0FzTmevowS45LVE4ANbMYSlJwMLs8GGYQx4/sy0Hx/vMkf8eQXUcXzav8fQOjIq3O+H'
    'jsHRwe45XD/7WmUfI2ZUsK+id6aGtOfTrlq+aiQ/Nb9I2fup+UnK60ciYxFlLBX4vwvdE6F1u94pijF4U75O7SohjVLnm1LenrU5'
    's5sNdbx28sUaUoe0dzYpd7vCAWLjgHvalg6S7AmD7Ck4P2ReyvOvJM0h7kfpm8m2wbUejMExDvTiiIFenpPoSQfpg1VTjuq0/ugf'
    '7a3K84+NOsqoR0lthzap0tgjPYQPy/cVj+tcUPYxus4GuyMpVg8/x65X9ja6pnimBYs+6e9zVXnsJsn+eUDJ8WAwntQ8VR73aBOz'
    'daI27n2s/u6IvFGKG018vqaId/TE3+O+r299E+H1tjraWyXrv2+vv8RXDltzG9yJ+JHy6pYyfFZwkIMMK7tYdLbxyhGXblK+zwPp'
    'fsV9N3C8juUWqFK7SOShYXnK69LtnkXOul4l27+60KYjrI4hZe8nA3X5tbzhUEOfeMy5rcou9qfrenDerMl2an5yXiXnVXJeJeeV'
    'xZpHxU/SGZZj+Ar1HqTYn67+qjKkTWoXfz7cHVapcjtzHsea+nlYwHgk9EyS+kPHi2fVAuX75sY6aoQzQrLjX0nKYPwiKb7tmOH+'
    'xH12DJM7k+lcSO4xybmQnAvJuTAV5wLiMo77EB+nGC5+bcrHQ/RMOciBLzzkcFei+LPIy0p554gLTU55VJtYfTom9BGG+wL342dz'
    'x+sRzgVb/3v9rG//CXNu4vXTdNBwlvYKZ6Ou+/sAbzZ+/wqGtdA20wtZe90O4x42lB1k7dxD7nQjwp0urB2bvvSG9OFdIMegebar'
    'cl+NlH5ZSfLZwsBQBfByNeFPdKvoPsF4XHEbH4Ym35pU79QUv17ykSmtQ6XjstVTHTLAP8UHdHyc/m0jdGoe6F4KL6OWMMvnRbf1'
    'MOHlc1wwYtjHprr+hvStYMmbMvGOML467tPNSo4ZPxqw5yvlwWDsh8OqzJPifmE5bDTDfWdRlc8VaQ2OAT24qeZ/NQNctrL+DrI+'
    '9BvwwKiwl3IBd6Tm5I60X9+RUskdKbkjKXu7WrynnKTcfTSPCXJ8SpP0WdImtIztGWRLp40yXNyV8ny5UVxsc971Mj7WC+yOMOZA'
    'R41Z6gzZ0uYDqtw/q83aSWtFz23JB/YAyyfRguh76nsxnJ/0jr3YwO8M0/eSxl8I0ZXE8Y8Kel6Uh4o80yA/vVzWuMWwf8bZmV+Y'
    'AXTjRjgbgni7nNY6gdCaW6aR1pxP7gTbDDSfifZ8IYD+yqvSmL4Ij7UGXvmRFjwp7EMr4O42QuNJdylO99VFpPvyQDfk4b0N34vL'
    'P4aFO2sU/770TrhV2d/3Jb00as8uyR/4Xlsl6GZ1q9IYJUtUuT405zdtgbwLyb7ZGgJrA6rcb/b1Svb1PRpxbiUdOdRduzftxUyn'
    '89Qt8Mlc2honY5VgqVu5x9yLAzZwzKcFwMYokwMeL8DGz1melcqO/1ow6C0OsfoOhP3Nz9gwncYGQcfz12zs1PZ5VdozzKHz8HzE'
    'td46Q9f6NQ5rfRKZdxuez1Su/4sR138oYP0/N1n2Qxbj5PzG6w2ykrjwQ2GaYAbPjgsI/h4IoNNomY0EzjaHnDcnOsqGbOO9SOfw'
    'IkKb0rOokrgxdQG6ERS+Dkh5MgKJBhutUC8xbOw071ZGz08XXG1UbnK68QCat3ifFfRQ6DmPeu6NjG4ZNtxrCw70SzejtxsF+O9m'
    '9Y8KMPIe5cXcyRPbg/VZL10L6cmQnpH1xlMLc3Y6xO2+pcNLb+3w51Dn1fW/keDSM6GermzpGpwG9dzc4ffrdfCN5jsO8t1E2lnD'
    '+nh21j9LEHbw25qsfX0nQXpu1l/HNjY/a0LGofOcB3lfky2/Fx3Lyp8C5d/WUY4HeF+j0qEnkzXQ6QmGNbFpz9Y+Isw/v8t96eoI'
    'NlCznf9ZNIBq4VzKXfEwOwmumEd4nE2q1DeNbRyIOOFIqej+LzYwuOJ+2MfI/QO/jZPzTH87Wvl+mZ6Dd0eS/M+RMwb1wBtZO52q'
    '3Lc8LXMAaWOnKo0bivJ8jBuK7+Z2eu+o36gVqtyPtst8XUT+dol1VCLX2ABLl5JhLG5/Ie0wdgXzIPRHBfnhdG0L+8j9EGIME6Xi'
    '8zVUUwHstyvfV5qen5Yu/x6AfDO911u7/L9bu9x8lpn6XRux39Qn4xpVuY8aCbakd7jHqpW/GWTjB8cwJpzLGvjZ+CVrJXDxbrZ3'
    'kRa4mOAqRWRXLnOyziE/1692Ld9GeLULAJalca0iuDGMjqqPuH91+8cKshOKm99E7gpLWB+PUqW+KG3nwDaWXxhsct2HNviFxXJz'
    '3dcU/+DYD1dyHG5b2WpQXO+MI26vIflo3yrF4+kK8PibDfPYTcZ8RBmtvH/7TVIBOhYCRWxPRBvoBhtYTRGcxf2vffgCLz1ku+8v'
    'B7+99AYvPWu0/Iw4adxL//F8WYZlkunqMn/sKpWtVrMveRXNX5mLP3rb/dShSvXI8ey6zGA3dIUq9WsUxdeahKcvIzCEuLYPcHQj'
    'aaNziyKUbLCOCp53FMZaGL9oJIQfTPlaVxPe14igA6zzXEJ4P/0W/LtNUO61AbK+HlXqM+MU0o8exjPDPGugH2F8v20C766F8dK2'
    'OYxjAeH9jlmWk+Z/k4Fuw30817CPTw2ByUZWLhcAk1fEdN6lYqATbGg0iYZc5Ujjuforp/7JW5huC9fvKx4uy8znB13fVnauNFja'
    '2qTIvogDt86J4e7W6LAGrroOUenEvPL9u42F6CyY/Ea7+H3Tfb6W2G5U2x9BIWIfzzL0kfZjULjTUL0N5Hfb6ISFyb34XYTenSXd'
    '8q0WNhNR5sXk59YG3ihNxdeRy/bGDLJjpJtc9IslnE/39gEx7O2FAforFGa4rMwkF5VgYBmxJ3KxZ7OxydpRQb84DqLyeQ6Xw0Rf'
    'qdJ9IfnL6hb0K/h6t8aw3q2WtiSSnxekyxoN+KVbkJHi+rdVIJ8fJHx1amdEbeOi1BfHGXSmsvMhgLi2Wbnb/TcDTo/T/ovKNCu1'
    '/5Jw/H+C/o2Jp57YQ8w8e5i3EL4gnnsu51WyzvuG3Qv6H6mULqpldBHXb1lFeAk2d3DU5etUvs1jj0F/Luo5wnXwaH/pXNQ5zMUC'
    'kP3QuamH8q1EJ6oRytG4TTzuVb0KjokQpisSRVesFehpricwVXG6kOdCY1vMUW7xu1ay8TQq99inNQLvIQ7+SRzy0zmWOrYYN5jS'
    '9RJdOy7Qm9y+KaydqPQTjROGZ4X+96OTv39Nzo0ZSx98TpXay6Yd9UJHkrXfJ9ce9fVR/oB+SZCXt1T4dg3h9dQJ5VrYva4xIA/X'
    'teKyqj72TfKjUSkOr48Bh9cpsz9vqqvn6pNoNICO4X6Xlgj3WElv2ob3Yms3K8Xp6GTro/t2qCATsbUr6Xfoi+QThspSJF5Gr6rc'
    'zjquuH0STA0KvJiiT8a0OQ/u3zqSZ5uhHg0oeSGP/vb7lC9zs4EJbkO0N2J5bP+HKZ+mluaB23qjzVYYf/DvAuotVFDvvSn/frMt'
    'pL8mvmuPxTztZXzqOwLaHa1iu9eSduOql/bVBPsXpbx7Gc8j8V/HlWyDTvPb2rJIfDJbWRG3Wz2MjGFsHx3Dr+FOYttXW975NgM/'
    '8vtEhu8yN0F1Pkr4pQXDXO1Vsu8xbtN0r/L9mA2p8jgZNn4sbHgpJj8hkp8/mzpN9kx9bN+NK7Mf+Wq0O0x0VxZNw3i1vu8JlnIV'
    'F9+VdHxTvZbDqrI48Ki7Wmm8QUovNcRALy0ynBn9lnSkxD8cUsG2gTvgrivJVsYMa9qjyn3uTBUOd8HvNjiL2u/SuR5XZr+XEg6z'
    'ne9F5LzZptz8EkZpL+oeCdL3jnPf1MSwb1qUu78rxI9vJ7qBfD02s7xvMexR1/MuiM6kZzXahV2hfH+HQX2UaP4w2UPYfeCUaTq3'
    'OqfpnJ5JZ0rce8P17vo7Itd/TrjXuNb376S+7hjq+zYZ3zZl5wuB0s1/GzC+KPXdAzrwUcZD297LzqJuA10QpIeGuG1ZTOtXjf5d'
    'SWRBfazuXoO+5DYH/RJcl40ElzynZF951Wh3aYAeS38IfcHveNTvbFhfbXRhUG5ymMBzleiMcVUdn9RR+ODVwLUHxoBr16roPhtd'
    '/aFgO7SOLQ57u5eUMa03tT14vfJs1ymMcjmt5MOS8vGj9o/qcXDflDmAn6AYPUHjovq+2w34akjF4+OzECIDoTFgl0E+buO5zIBz'
    'TTxE7qdyR4AOrU3/JVyGa3EqoVN3WOIN27aDdK85vTiVY+b6hXQN15M1rLbebjVox0blFjf3QkJP9bJ526vcfO/j3aNNVRY3WNej'
    '7bGPtNTB4j7kbeWdEl/V5U4Sx91jJsDAzpjWbDPRRRtxOC/GVLBft4v3EVg4ksh7bfQTOd2I69FO5rHf0D+6tjbzXAms8hh9CLu6'
    'zjMC8EchAv44mpyZPcyOaBn0OYiOlnTLw2AA62+JqF9qG1c1Dn6zjT7HgOGegvvpWIIjxlSwP90xci+Kw+ZiHqlnxOF+NhSik6Lv'
    'RflUqc5n2vG+4eJPbH/QCSOeD8CUdZeTUlg25LsL/GdjhP/rI8D/YEzw/6aY4P8swqfYpIJt7noCaFi0wTpAmA9b/ScT74Le0wYd'
    'xrglwvlhou1nks5eENyiTr9LLDB6ZxxXpf4O6NyPG3RiguJsuMR+CrsjU/qhTplj+/GYv5xOpXbgXM9hu+NZPE/FZ+s6JvDHXelO'
    'SdbRDOlK4VtY/Tsc+sLvy2F7P0z+dBzc66e63QOUm2/fsLm3ged2FRxnYwehMV30cJEWbmR7eGeqND7BdlbmMIITtqvSvHH2cZzJ'
    'MsNibi9QpTb2VB93hzLHx17IytSoct8DYXgKx/0SmRfaHo2fPZX8nqYYcNBMtIPPpDzevO0dPEobLzI6wRZuC4Z9PL9CPjHXyWsl'
    'd9Yw++duZbYjz6hyu2+c17zy57ka694MMDrHcg1Ntts6tskNDMe+5KCXyfnjww5lhyzL2MQzq9QHQ6+D3Gg0QruJL4z9B8e+cwpw'
    '7PDkv99QIY6tFKfa8GC5ny9JJi75kKN3w6naR8XYMpPfzoswr91K9gEyj+Gd5x1smDjNS+9Y0pxJOH4q5+7vlecbcF+EyRpLmMwb'
    'YNL2DL5J+fHEbM+/IB1ilzPoesP5Ox5hzVzbjzN2/Gw7d6l/jYOm4BzGGDbtIXpngwK/1YbHIfnX4Gd/Ywxn/7Iqr/EOSzkThwM9'
    '/n4HGiBqG+em/Dv+tRXs5eEY8W81zn3pbnVQFdc87jvWC4QXM2SpB2u6Y9mWcTlbxiz5yjb3qDGDbt3oFOHlSvasLntdTOsUZJOz'
    'QwXbdrra3Ljykjle36Gi6/ub7FRn4voG+UpoEehBmzmPm0fJz8lmFZ8fSBs+NZ031L34E5BZuZwnYXklHrXU9lJiAzDVPHOpP0Ew'
    'tFA47+Lmh2emiR/eGQMc5oVzvxn0ldaqct+YUeVNdE0aDWsSRnvEyW8OovuzDnfIAswh6mfPAfmpq19m2n7NFN87dOyENxrOR25z'
    'yeXIPC59v4rPP68tvpJ08m3uRFPFY5X8UEv3TFMc5D5V7ud6OMDupY7VXw/lKr1LbFX2OqXcB0Uzkc0OK7PPXtOYGtiY5pA69NgO'
    'nwFwy3VRRw16RjYwxeOC0LlorBLf3nQW3DXLz4IrQH/epB8b1N9sSH9zVejvatB1iHs9TOOo5rmr5/ThEL6vhA+D8Kcphvk6JhM1'
    'rXPUO1uvMvtco/y9atVvcwa0V8ArCMN9Gwnu26ZkO7M+4fwKq3cV2Z+28M7tTeO400c56xsMMgo8w/JEh96W3tRtfEj5PpZsy4X1'
    '+2bl5v9w2KAvfC3oWVRST1hfLxXsdgYD9HoxPvo8hzJhfTgBdIHDcFQYvqnGfnSVhRUMdMZ06SG0xUDPNDnoZm+G8RcC6KArARdJ'
    'tkgS/3Cm0DddpN+cZ2jb7+mgc4Lu6DVMp7jfoMM/atgDQXwebv96liCXi6OdMbI+7SF4yWRnF0Q/DAl3kjjqHwu50041rmidYlyB'
    '9OSzyrN/trW5KFiuXbXxh61OHd+Pf6F8X5jVGO9U3D90nhNVuc9lV937qcCXUdeJ4vu4xjhdd8NjQu6G4yF0V5zjj0KjmWj/WqJH'
    'bfJ7GuSvo8+A668jetRDSvaZs8NQ9poY+4NnxMWETg/rD5Y509IupWA5rmMd9lpQvw61lLmNOOzd3gAeqMlOr24az9pUDGctyjvu'
    'Vr7vCoyB+cxiP44wjnMZGaf+e7kq9zPJ52CEySVt7POkOKVoDyfhp2rcWY6AttdnvfR12dK1XpstHcdp8P3mDn8cp7I8p0Cet5E8'
    'J0H9Z0N6AqRnQLom6/ejGXRkT1HhbXdBuROhD7WQ93TIe0uHl97aUX5Pncqx2fRNj/tTIB/T5c6xLBfUP5c52d/mWt+zXgP1npwt'
    'HeNZ2f13XoL0G+Ya7gcbs+VzQftF8Qq9N0h68pWeLyj7Qx+069hc4N9rs7JsnOPZTEyyLt3Xr3V56X1dXtsHE1rts/DtCUi/COmL'
    'XbLv4Fe6ymNw0/KvQPpvXZX5l2kkc74O0oUT8nmdjnGuPnyBlx6y3dfDxG8njXvpP57vfaPn/EtvqHy8Lr5GZvmD07hYRX/CXI3E'
    '7mdLw8FFPaWwq67y0tvuMsMF+rOUfFtSe1SEw/sKXvrHuzyYWyx8u3KXv9e5zsWIKvULMY/s409e5qUn9HjpL3eU73XMczzLY4rz'
    'iYthGmMUny843p/2e2nDdt9fE37LfQDm6bbyeF733+Wlu26zw8fZGHHMFpi3f+z17fP5t9R13reDyLzjN3Wu/zf1j1E8w3tL66br'
    'ht+w/M29ZpyFvg/nqVL/lRwWay6Ec+RcsGMj7TXA2vzDRV5ae0n5Gr0OxrSuv3yN8NtVm83whf2sJ/2smYI15GdBXcAZIvF8moQ9'
    'TvHG++AcHeoqHXObYR88D3N1xBvL+3PbuyDtmnra40ff8dKX7y2P1ffX8O1bT0DeL/o+O1AXauzbXnr201763G4v3f1QOXwfbmhz'
    'KmiQqH7cWoDfjPFnpbZXEZ4Ax5k2cVA5zl1I9o0umxbyziFn2jEzvH/HTnH/+NrnI669RF+vd4RRCZfw+/ndkD6zuHQfuMYuvhb2'
    'EvItBwHvFtcqld5nnoz9k7WtU0/Bhg3efP3vxERepjhfDYm6y5WYnYjwNAv0rqt/T7qPluKZP2Gm88JgqJvsuSPK7jzp/fopTlQV'
    'YYjimVWMjqgz8EEwds0BRMZB87QQOdwWJjumutxbAvSecxXizFNUPDHUUxWc4aew/KbziuLodsM51xrSz0wF543pjFwG6WURcQWn'
    '+3Y/6qVf/6Z/L8Bvdz4JdN+D/v0FaThNs+n0Q1/20pO/X07PfvQpyPOt+Oi7kwmdp2Kc80bS75Wwj+Z2Tp6hnaX12NAhdSC7rIU9'
    'VAu4s8VjM4j9zlYAK90x8qfSs9EX7k3etVZFRcQWWVzowPcJ9FpK+XbkCb3Gzlo1kZkt9FojkbMgLjua5bOtC/0snkveUV63+pyv'
    'g2PC98vJHV7n1+mXDXkXkXrm7ym93y8g334GeH/3k+V8pBTwEB57tPy8ePC7Xvr0N0vPC5fz/WTH+WsnPCnkfeYA/6vdSn3qB6V7'
    '90ZyzkyZzCA9C3FyC9+Jkchk7+ksf+Vyftquf1uFtFbX53y6qhn0l5CeeugZL50De+A7T3h5hsj+7HwM5LJPyvX1krwH7/brkfJe'
    'SvJeB/Ud97Sc9xySt/1xL/3S43Le00nenfd76WLod/bJ0rGdQPT6dwL/8BWgJ/c8ALxHaOfBZ/w4HThnX0Je4+Ol9R5K+pAFPLX2'
    'Ebm/B5D61BfkPI2kPoqjpDFVEv+1heGMBlJ28mUgDeNKgxwj8BDagSalNC7OzVEwVyvhHlnL+FktcCXGuwuto4bkR/qa33Ftyq1i'
    'fXb1DR86x+niEDrjmOOELrc4A0LmO/BJx0uXxy2LagcdFLr+fbD+2WT9M+RuFe1eFnYxi/neJp3nBZCb3jlUTh+//bzSb5Q+PnVH'
    '6TdKH/8BZJJZQT6I317/9sr5KZXA4ixTYckwPZQWFT9CCtVxqSS2KuVPthP5eoKDLHBQ2nSDiOEQSs6o5IyapjMK7yuHvwd0q0CX'
    '6IAbvfS9d4CfcJJ39+2leX92A/CnIG8fOYuwXl0f+i3Js3p0ef3tDeQbb/88yjdi7Z1Fvh064KW/v8z7dprwrfFy37cGfvsE6MCt'
    'HfDtb/DbXvZtBdUbOrd0fEuEbzi+RUJ7hw6Un/t72Td67j+9DXT1Liw/938C3/7nncm5H/u5v6uK5/6u5NxPzv3qnftzKjj3exmv'
    '5UqVxM+kvInHr1aVPIEQwHlnC0B/A+UKVE+9M1mvGbdeVC9P8qmNdrPcf4Nkn2vyoS/5hq4UX+QqwBf7Cl94uuKE7otzlFLxycbi'
    'lItdZSEXe4ODXOx1DnKxDQ5ysTUOcrEjHeRihzjIr+ZZyK8aLGRmUe8Uceu+2epPtZNyzUR/az6pE3Ur6DnbAf/OkO/VbDOO2MV5'
    'VZlOG+/fCmE8y1h+zMd17aS26J5GHUUbnzzcJ95isLGy9dfjGu84LM9LqrK9gHPlIodtM+hyZwkM8rveImbrhXJQE/zU7kPw02EJ'
    'P5XEg0R4ozGOXOGN0mbcP834LIWjmn0Ijpoc8BD61KG+6boZbb83As4Zm6VwsC+dR/OVfXzNsHgg3Hf8diXHIg/zJbavr3+6gvV3'
    '0YHZH/gW6uOvshla3PUg20MZzKa1iIsvEKjjZCUiS6vkoc+jdEk3xMlHTnTSLPajqsRWJFygWymvRIHd1bIHy+WEv/qGn6eSc0fy'
    'H4E8hd2C3v4Y0dUN8y+SwGfF8FmBzmQ6VviMJFecvYd6xlbXy+3Z4KRHFicfLjnLK147p7M8iCZX7C50OdhLDN7rdp/4c7DN0vx7'
    '1F3BOjd+y0tb7q+sTno2DMJ59Y0v2PktTWjRfRd+XWlRk417S1flNu5FG/VtpfW+GfSnf8R8vNn4bluhzL7bqG4Y92VGdcO4LzOq'
    'G/YOqPO5HeW6YZ8Gn1EX3Vm+v1Zf6qVNl1dOe5nWoxXW44qINIKtb6Zq+EuonfBlEnHQ39xnGF0L7mssKv29gI2Hxkb/DviG+8h5'
    '0WygEv+Vgv/KXRXQbLvcabL0DIZztB3/X/CTejh5d8Al5ThN59PpmaPlOE3np98oTtvY56XXXlW+jw4ulH5LfLXuu7BeCU5PdFhn'
    'p21CjtA8GKvRdL6eTL59juGM48m3Z8F36fngn/Ro8u0frgG6ssePR8JtDp74gG87jroymr7T6Tldvp/TZoKHebtFuq+rdGzUdhxp'
    'PMwT5n80wXMV4bnFFeC50LJx6e1Tv70Jzts/9PYrof+4T71lAn6tU6VxkGisKIzLxH2Nb1KlvsaHSR70CTjE6tlE8hRYWxgH+Apl'
    '9muO9VwM8xMmp+9j5V7D9DxsYgbqcmuV7++wm417Nekvj6mFPhGXqfK46lT3x6S/HdYv1CcP0yvh8a26ldl/9ZGEDqN+Pmx5e0c7'
    'wuccVapXnFfBus/8Dsvhe3lMey5XhT3XDjg6BXgcfXtxvWuq45Kq4vxLOGDEAOfnCntOgrVuBvsbyJ7bQvIE1aPLHQN3Sdon1JcZ'
    'dNDRGVOV2VxwHZ4xpsM3pHxf2kXd7wAdnmrBalT9KoRN2/x5oK8lf7JDbJ4HDXpxvcJaSjFde5QcXxu/77CAxWFhzWlf+izg8IdZ'
    'z0eVhLtHDH20icWOfepnfQqLxb3dUZ8waj96iI6bnocPZr29TPvY56gz6bpe3QQ2aN+mYh34+C+ZHP9JrF9cj7c34h4YEugGG/10'
    'Tj+4zC/fB1T/sIOM1WWu6dzwWNNbDXBuq/cfF+zwsT6f8eMCSz6ypbhtQXC0yTA/W1m//gPS3yo7ffKgMdwXMIahKo7BZl1esoS5'
    'GzMe7UJhu+CwH3gsUld6WoJhbls5LuAM3ffzMx7dPF0w9BNV6rfdNMdLM57skc4TP2+GDHXFdW6Pke+6T/qWfqIyx+2tJEazCd9t'
    'MvRtiM1rGJ1qazeyJ+3D9nZlH1t6YAacex9Oe3cxhD+bvtP6thrW32Vvm3D5NmGddZ8H055tmIRLePzrHhUtVrk0VlN/zkp7Npo2'
    'dLPreVsI2fPLSdsDVabJ+d6uT3t3nJl87jyf8uMW87m3oU36lV0cUb52NnDzcMqL81dNOozPx1+mzLDYJ6xD3OtxQ8qLjVfJmDdb'
    '7o2e1PTi1tNTnmzcRDdgP8LaGxTWKajdxaTdguMdTrr/cVpBmjvdbk3Kk5dFaTeuOf8p8DmrgWu/rXx7VCy71xGXYBlpPjlv7QHl'
    'z+d08QXeS8bs2gfpTB0KaU/T4AsjwJArrax1CQ9xpHvioC902+tBxzYuvN8MbS+MAJNjjjBJY2UH8Ukoj7QGZJbUL8keoq80n8hP'
    'lgs81Onk9aNflDmq8ji4RX/24L/jz59wK0dtaiqdj6h226iDm4X1VYzvrcvOAxkfl3XXk3qyqjS2iak8+tqg/nR02fOV76ODypJ0'
    '/rcq2Z/OFWr6fJjgvHF79LC9uZXxITIpTy5mW86EK35N5B0j7O4wbKD1XyB71IZm6TXwVkaFM/VAh/Nq0CEvtvElgrM2hYzzHiI3'
    '6XGgzVC+/RfKj7MZdY3oHeHtMdWH8QBHlU8brs166QnZ0vpPyXrp2zr8+ldD3g2QdkF6PKRrID05W1q3fo8yfaQjNoa0d4TyYyKd'
    'Dt9u6fDSWzvKeTO8PJXpS3rYqwP0y45U5thIhxNdsDHw0fQy+GF69Ju+DxGTLuzcAF3YOYKubV7QteVyx7hwW75C3Ib5qW8wCffb'
    '1kvX9zpIfxDx/A7rU1xzWFMhnSHlq49IZ3wBdAqfh/QlSPd0RaN/4urX786tfJ7rYqDnbMYT5g8v6F6/VcDneN5wvf0gPnMc+gMN'
    'M2i+tkSYL34P4boWWG46Y8nSOcgE4JoFhHZOEV0gLJ8JKR+H/7h0lccYFMN9us4pSQ7E5X02fM4Cuc9Ws287HPgK/RZ9OyCGvlGe'
    'Cr3LLLTQe7Cl2ccNfIcjoE1JB4DzH/oNdRwAtDTt66DDXYbXJ+mAoR73+arUXhvtSeeGzFWvgf/DdV3pWDi/3kXWJemKZthYlpGx'
    'SH0cJrjdZv+EnXdx+N+lvLluYR1tzyweQ4PKH8YFeNNzeZigD2CSH0v8/SFW7xaDvvQQ4Z0G6f26+heLi34IWoMtjN84JuAYfla2'
    'KlmGznn31B833Xt1QltUB/Z/yBoPGOgU5Cn8F9nLQXklXirnx/xYlfN1bPRXRhlf+SnS/x4GW8OMl/Q4waf9ghxegstRxqu/n/Cx'
    'w/Cozdh0nR9Vvg/O4QC9EXxvK5vdDvXfoux4aEMG3frrCB9lnsMe52tG9Zl0fVeSc3SrpX6KJE8x0dHog3RjgK2Ci84e15FaRWBB'
    'giMau8CEdynPthn4ggscytB5CNu//LyjMgrk7S8y6PB3qnLf63HzjLlszPa8ikv2EbV9DTeltofp/fqhtmLViFePa5rEAwn2k7br'
    'alXJ4xy/5RlmZ6WSPZTsoWQPWe8hSsPr/fTrlH9mIU3fCvsnD7SCyz1nhUN+lCcd7MjrlGx9bMvrNg+KMK6ljuOidFAuwT0J7klw'
    'j3h+1yTnd7KHkj3kdH7nCQ/O1S+dxPurZWc38qfXM157nQqOV1AJT3kmyXu5fXeYnDYufcrGGOYviv50lLmUdFqDdN2quVYSbz1b'
    'wVyGzZmrjKOdrLfOn2a0uAkemioYw7CgH0j5/0sM/P8odg3DFdqk0TuJK69+yGBjM2oYB6+zUjibW8EajQTIHUxyjaB9hGu8Q+Dd'
    '0jXuVeX2eHk4S6iPSJsYO7R+lAcdEDAuW5nwIGt3iSr3azIuyGRcZc6u9v9BPG4OG60VwMaooPsfFAttB5MFmM5wlLmOGfbNkLK3'
    'p99mwPejBrsfbgf5iwA7IQpPLRHkN4PK9104j9W/soL6DjPYvki2qHsNazcSI+yh/uyhATiF9q2gZJ86KwnsRZmXMH/zUWMjhp0H'
    'AwZcUzDo1MwX5NxR5avUD6+0Vi3K9+G0zfJslObShF/mVGFOXfXht0TU+eA+K0wyUxvdFyozdeEjRvFptY7gkyj+Nrh+kOYrLlbx'
    '2npHXV+bfVxXpX08IuyhsDLDymxvXQ19vbEQfb2WCvQn1hEdkyD9AfS5u7IKuoGmcywOPQYT3Wijc5RmemKbWL8H2VnUSWxxRpV9'
    '3FnuX2CYtBfWX+lspmPIEr6N7R1n2KAf1F4lGpvLLOLkT3BacTBAB0m6s3QTGAjzFdYM/c4Ld01u/9NpgE8Kd63KzYaY65S+HeDR'
    'Zs/E5dOrGeBzngFOXHylUf+xB8Wol2byiaDbOtFB524VGefPBb6Aa3x0Gq8a2/6DxZiuFfCpBA9TpSNVyf1zOxmDFJ/lCHYmtRKa'
    't5PVMWzA132WPAUsY2vfu4WtZwPRUZV0H4Nwd9C5n2Xn0kCAbqLJ73CQbuNQwDzFaY9ftOXsdJMhzBXoerTfdPGjmyLzQmNfmny3'
    'SzGkVjzjpXc+6Z//aE+6FmKtPbfbS+9+wr+3YTy2+eA74DdfcZuzDij3290yDMVp5/7Akmi+lOfBr558q4e+YszqHNATOq7cp34Q'
    'v86j7n/NhV762XN9eKH2TC/dBDBwoVnHvl6ZfUVIcHHDGyEuxUWleEC/a+j3vxXj+lxSWVwvEw6urWDOXPYS3z8LAG/xPdoIuLSe'
    '7K995UlRcSkNNpitdpsuT0vkj6aWKZ6MElv4IGh4z0NeejbY2H/nG27w9aMveunAY176AvhOGXvY2zt/CvCl390GuHH9k8FlTiZl'
    'vghxlT/+pdIyH7rP9+2iy3TB+UNjYn4U8Pyl34e+Pg51Ad7/Evy9B9o/+3NeXQeT+fn6F8DnwBPR9l/7F4P7HXY+VIJfFcz3e5/0'
    'z0KX8pd/z5+3uGSp9IzUZ2txLh4oxeE0f9BZqcvOhfVRn5s+W3sTns8CPUH7q2PFURnwHFXqMwFlZTpIwMTHIK5lVymdtYDMBz0v'
    'U11+jKOo9bcxmrtuwjy+ucq3ywqyQ7G9W/arcr/DtnInF56OZNvE72aSXZ7ki6uS++6wgW9hsq0dFPrVQuQXldqKRtX3kGQpJjuy'
    '7QZ4kXzXNSvf56mtra0Nj5i3xW3wJN/UUt/C+OLIG5PWZkSV2pNG3R8u97MOg9wF+V53k/t6Dtp4ZnE5nbxMlfroX26YDxfaBPNl'
    'VbD/GJO8K69839d9Fe7LESX77L0+gm6IC39lSJljbej5nby6qEtiwD02PD4bGa+tXKva8zag7OM29YXsZYQvhLEUtIl90YE7itWm'
    'domamnnoe4vyfY6PsXTEIG9/M5sDjEGEKeJD5HdvN6SrlB8rth7ebWB7CvVHm5UfP4n6EMG9jWfUVsKTbDbgjbSBbmuDNbTl0dnG'
    '4YgiY25Rsp1/mF9S7gciDjlvkE+LZQb+1lJ2FgwL/G9OS1Rb/r2S8Ma3G3QwxpR9nKkRVeorYD6hM01nN6eZRoX1tblvtQi6RYUI'
    'clRbmbVE/+1Vwb4CXP166P13fsT1lebY5G941FLPbK5BX3OrYW1NOHut8v0cmvzqDznI0QoGGTe216F8vwE9jjLkIHrTla7Uec6b'
    'Qet5UIX0Rr+S/SuMMzywVtCLkcY3bqBjpLy9EWSfBXJuuvi34LB5neV6Nylz/L7tIbAb5L9e0g2dZ1hjW7krvSc8C/yIn0N6X5fd'
    'eDtAt9dmnV3XN7EVk23FyiyOOk0f3B6EGYSlZA3Ma9BpnOrK1qDVIA+TdPmpfqpNnC+TrHwBWfMUkY1Lceu4jsTPiTy7TShD+U41'
    'AXprtucyH2c3ufvgmPKs3VqmB9Rj0GXiZ+zP2Vm/iNAw1T7L+TrVEdxbq3x/8fqOgHj5bkIX360qi4driom9QYXHxD5BVSfu86Gq'
    'Mj/vqJtE49r2h6zJ9SHnPq5Fjq3Ft5f4a/HtJW48ld+CzKsF0gdBrnb1g367LYTfgT6y9U/7N9a+jbVfY+3TeLjLLMgM8oVc3FNd'
    '5bBRXJMeL33Pu730+Ashvg7Mj373ibeA3sAY8Ch3eelQl1zH7Vf5vsBNdTx8rl0dprVaCPiunv2kOWs432tPt3Xbu5T6ybvcJMg2'
    'c1vUYzhfHptuU6e6Xex/O/S/jv0emizztcnfK5O/903++iZ/F0z+3jr5u2Tyd1WXfb8fgva/BukrkL4P0j5IL4D0rZBeAqluC/tb'
    'T/ZGA9FZaZgc6w13lLbbAOPX7ymNW2OgcREWP3mZl54AsPDLHeU6YyZehQlO2oheH/2tm+zjizdNzsWblLpo8lL35iuV+tVFwfO5'
    'Dsb1IujH6LI61eWLeO5KL9X1hMGphpEFgx6trul0TaPvBbi9F9L7utzgFOFO12u6B+h0L4Pje9nf95F174D+N7Df/Mn9uWzcg6WH'
    'YK/93eTv8wCnrvBKx6HrLvKCxkvh9SG27/4O0s8zuLWB4yyBR/370WSbv+kt7cePoB/6Pb+T0XZfFPpDbTf1u3+Fb4+F3MVo/7Kk'
    'f4dOEmv3Fkr7p98V168g64X++5+BLPmO8v7kASf9zzuD+9ME659lv7MmD/kzJg/cDZN7ta5fXkedR6dngH7XBtjXOr80XrTH1r/B'
    'e5X6xhdK69PvdKrfu5zBWg9Fmp+1j5XqhFDeetfn7NeJ9luX0zpftN9clzKKvgZdD9R9WEjWQ8dO0nGTaifpiq6n5fWg8ZWKOhEP'
    'Qv+etuNF4Lw9B+Xv/VY5XNE1spm/BjZ/6gue/kuJktYXfL0Yl/nLwvxd/KybPJTK4qmeB8qGFk6466pgvXmSr4bIWbkeeRicaf0b'
    'rXujAnRyuJxr45NufZbW/lbQaVryoH9vxW+o77T6sXK4+AzoX31mdzBczIF/o20bxgoY+YKnA8ZhuwW+0Xg1CM+2cPKlp3040em3'
    'YF9oHVyXenZ9Feis3eHrd9wjSv3sgdJxHAdxdvT7KHC++8nyecyxeXx0Epf8cHK+rn6ofB4fBb2wH8J86jxRdF7VN8vHn2fjf3my'
    'rbWPlLb/MrSv37u0+5Mvlra/86HKYBz1Fd/7ZDkc37rHh5EgOK5j52Xx7H/UP484LYHfHnq8tJ27Hy6NSUj1Km/4spxXkqmnlO8T'
    'CPt04uQ+vfQxTy/08gflM+NEOCMvfaxUh1Tnd1mjW2BvXAp6r+/8vqwLqnVSOQznGQzrO7S+P9NzFvtL79dRztwHv+ulT38zeuxC'
    'zk/IMH7Cp5/0+/tpR91Q1Btu2V3ddiich+EyTadoGoWuQ0cEOw5pL9IznJ83Fz8M+13Yp7hHwui4OYT3QmEMx7RTwJNcj3ZnRDyJ'
    '+tdffci8B+icN5H7wEatY31/ab82gt61fk/pufoQeg71ttXu6PScaR41jXj7JO7YeH/5PN4L/b0dcMvG+93mEed/7bNu5f4E2r2F'
    '6GeHnVfarunOJ0v7T22dXNq/Hea088nS9VigosHT3bAPUnvKcbResxVER9+Vptn4DR82qb/6Sur64QPl8B7lrjA2ucd/z2ioMdj3'
    'v3ekoaRzI8o59yuo5z7g9y7/onlvm3j/tROy3jrdszymI92zPBakpO+Ed4NFcN/T+uZU9zyqDr7pLDKNid6vMJakjgM5Ff39f7uw'
    'swY='
)
