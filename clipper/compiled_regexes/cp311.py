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
 ('[\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000]', 0, 32, 36731, 206, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 36937, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 37067, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 37274, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 37544, 230, 0, {}, (None,)),
 ('[、・]', 0, 32, 37774, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 37792, 104, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 37896, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 38315, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 38331, 44, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 38375, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 38464, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 38583, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 38658, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 38739, 16, 0, {}, (None,)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 38755, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 38791, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 38904, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 38948, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])', 0, 32, 38972, 28, 1, {}, (None, None)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 39000, 44, 0, {}, (None,)),
 ('\\b(afficher|charger) (ce|le) contenu (externe|tiers)', 2, 34, 39044, 141, 3, {}, (None, None, None, None)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 39185, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 39668, 277, 1, {}, (None, None)),
 ('\\b(straight|directly|direct) (to|into) your inbox', 2, 34, 39945, 145, 2, {}, (None, None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 40090, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 40191, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 40216, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 41065, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 41173, 33, 0, {}, (None,)),
 ('\\bum (den|diesen) inhalt (von .{1,60} )?zu laden\\b', 2, 34, 41206, 116, 2, {}, (None, None, None)),
 ('\\d', 0, 32, 41322, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 41336, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 41364, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 41511, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 41726, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 41858, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 41977, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 42038, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 42150, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 42277, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 42398, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 42672, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 42806, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 42943, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 43000, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 43119, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 43147, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 43163, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 43427, 4095, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 47522, 55, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 47577, 289, 0, {}, (None,)),
 ('\\s+(?:septiembre|diciembre|fevereiro|noviembre|september|septembre|setiembre|settembre|december|decembre|desember|dezember|dezembro|dicembre|décembre|febbraio|februari|february|november|novembre|novembro|setembro|сентябрь|сентября|agustus|febrero|februar|fevrier|février|gennaio|janeiro|januari|january|janvier|juillet|october|octobre|octubre|oktober|ottobre|outubro|августа|декабрь|декабря|октябрь|октября|февраль|февраля|กรกฎาคม|พฤษภาคม|agosto|aprile|august|giugno|januar|jänner|luglio|maggio|август|апрель|апреля|ноябрь|ноября|январь|января|มกราคม|เมษายน|abril|april|avril|enero|julho|julio|junho|junio|maerz|march|maret|marzo|março|марта|aout|août|févr|janv|juil|juin|juli|july|june|juni|maio|mars|mayo|märz|sept|июль|июля|июнь|июня|март|сент|abr|ago|agt|agu|apr|aug|avr|dec|dez|dic|déc|ene|feb|fev|gen|giu|jan|jul|jun|lug|mag|mai|mar|may|mei|mär|nov|oct|okt|ott|out|sep|set|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв)\\.?\\s+\\d', 2, 34, 47866, 2473, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 50339, 220, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 50559, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 50592, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 50633, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 50654, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 50712, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 50738, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 50754, 16, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 50770, 179, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 50949, 104, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 51053, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 51248, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 51628, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 51683, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 51797, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 52094, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 52272, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 52329, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 52386, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 52443, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 52500, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 52561, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 52618, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 52658, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 52841, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*:', 2, 34, 53001, 206, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 53207, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 53289, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 53429, 30, 0, {}, (None,)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 53459, 97, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 53556, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 53657, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 53683, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 53707, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 54217, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 54241, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 54265, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 54286, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 54694, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 54835, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 54957, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 54978, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 55169, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 55222, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 55241, 171, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 55412, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 55450, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 55529, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 55685, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 55841, 845, 0, {}, (None,)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+es (periodista|redactor(a)?|corresponsal|columnista)\\b", 2, 34, 56686, 428, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is (a|an|the) [^.]{0,80}\\band (the )?(co-?)?author of\\b", 2, 34, 57114, 390, 4, {}, (None, None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is an? (senior |staff |contributing |freelance |former |national |political |award-winning |associate |general assignment )*(writer|reporter|editor|journalist|correspondent|contributor|columnist|blogger)\\b", 2, 34, 57504, 841, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){1,3}\\s+(leitet das ressort|beschäftigt sich mit den themen|ist (freie[rn]? )?(redakteur|journalist|autor|korrespondent|volontär)(\\*?in)?\\b)", 2, 34, 58345, 638, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 58983, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 59827, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 59973, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 60164, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 60210, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 60456, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 60534, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 60746, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 60978, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 61089, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 61336, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 61460, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 62082, 369, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 62451, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 62600, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 63188, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 63394, 199, 1, {}, (None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 63593, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 63940, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 64248, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 64377, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 64624, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 64992, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 65107, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 65396, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 65741, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 66252, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 66710, 162, 2, {}, (None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 66872, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 67259, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 67823, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 68090, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 68565, 71, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 68636, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 68982, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 69057, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 69203, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 69338, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 69451, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 69525, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 69602, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 69729, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 70099, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 70141, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 70234, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 70280, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 71150, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 71575, 510, 1, {}, (None, None)),
 ("^\\s*[\\w'’.&!-]+( [\\w'’.&!-]+){0,3} newsletter\\s*$", 2, 34, 72085, 268, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 72353, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 72426, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 72636, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 72719, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 72863, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 73009, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 73139, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 73267, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 73383, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 73886, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 74058, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 74313, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 74499, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 74686, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 75139, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 75360, 171, 1, {}, (None, None)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 75531, 1360, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 76891, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 76959, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 77037, 311, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 77348, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 77429, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 77519, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 77595, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 77670, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 77727, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 77774, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 77813, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 77852, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 78026, 97, 1, {}, (None, None)),
 ('^\\s*by\\s+', 2, 34, 78123, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 78155, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 79120, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 79200, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 79283, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 79332, 105, 1, {}, (None, None)),
 ('^\\s*recevez .{0,60}(dans votre boîte (mail|e-mail|de réception)|par e-?mail)', 2, 34, 79437, 195, 2, {}, (None, None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 79632, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 79717, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 79874, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 79922, 207, 3, {}, (None, None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 80129, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 80253, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 80357, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 80405, 77, 2, {}, (None, None, None)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 80482, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 80749, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 80787, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 80816, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 80860, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 80916, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 80975, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 81013, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 81116, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 81205, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 81357, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 81438, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 81609, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 81662, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 81778, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 81902, 60, 1, {}, (None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 81962, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 82061, 30, 0, {}, (None,)),
 ('コメントは(承認制|管理者の承認後|管理人の承認後)', 2, 34, 82091, 77, 1, {}, (None, None)),
 ('コメントは個人の見解', 2, 34, 82168, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 82216, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 82260, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 82306, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 82338, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 82386, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 82438, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 82478, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 82514, 24, 0, {}, (None,)),
 ('구독\\s*하(세요|기)', 2, 34, 82538, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 82584, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 82614, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 82664, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 82738, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 82798, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 82850, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 82880, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 82914, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 82976, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 83011, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 83057, 48, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 83105, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 83131, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 83157, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 83210, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 83250, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 83292, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 83342, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 83443, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 83497, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 83550, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtvQl8XcV1MD5v09O+2cbCyEYG28hgGxkwGGMbAW6ABmyzJJCwanmWsGVJCMnGjgkmQDZIIUnJ0qTN1vwbiCFAwheWpDEUsNOG'
    'NJCENG3amIb8G/O1WT6SlAS+6nvz7jnc886buXfm3vskWb6X32Ose2efM2fOnLVeCJEWzpPI/8bzTzaftuV/Ms3kfxXwvSH/q87/'
    'KvO/Oign/11Lvifh3y2QB+usg7xH5H9d+d9O+PdP5XfSvqyjFdqpg7Yb878lkLaTtprhnaovddB/+X0ptDUjP6iZbaV9rYBxyvbr'
    'yXykyXy8G/7GMcm0Kv+bBe02QFoNbV5DxiTzDsC3TOGl95Nkf6cS0+opTG+yU+wWIZ5Oj29pn7L5dfdtW67n5vyvH9avF9YvHa+f'
    'BGlxmwj1HOP59bP+FXBcUwX/RlzD8YHsdBP8W+7n1oxT7jq2T23W2W/dD/EnVZiYWwrorDLQKjug4vHdoAqL9c0C/m6BNUwSnJ2B'
    'M0DsEeILPyo+b9oSzvnSAvUlSLksllufb/szDm7PdLjlZ+d/czR9TWjOpkTAtpqhv7/N//4PlKkh7cnnf5zj6s1nfPzmmwXZJz3s'
    'TL4a5ioVAK8lpiFe231tKLyW9PpYCfBJYecmUhBhJ+ED5/G6H9rr3szOLwkH9wEuTFngu9DnVWr6rWMBaRY9u6NZRNXTVvoqPqvi'
    'syo+q+KzarqeVc2WOK4OUHLbk0562z4n/fUzTjpwv5N+71mnnX8gZXZ910nf+LqT7n/YSf/6KSd99AWnzN8CjMl3v7jJSZ/9mJP+'
    '4B1O+tKlTt6vkrwvftBJ93xQnfdLJO/cPW4/ZdrxgJPevc/J+5ck766HnHQBjDm9r3iMHyF5+bzwet9H8rbAuB95Sp13F8n7E8jz'
    'xhPqvNeTvDdC26c8r867ieRN73fSlZp6ryB5H/2+kz7/bfU8bAQ4ku92jDjp2q3Fa3AuySMXT9XmWpLnERjDgaeK21pB8jz2gpPW'
    'fr84zxLCM1x+uZPWX+l8W0i+fbHbSS+52/k2j3xrAVjK7Ha+zSbfHryj+Fsj+cbHVEW+8XmjdOMNAe7JLYRMUuLohPed37ateobP'
    'cR1OABpC8meXKXBPI/D5WqB/tI4Kkh95vPSsaiL5G6F+23qao5zTZGEobV5zattezLvy4V35zLn3KZkMfVlAmn1bHsh+BPBROe6s'
    'XRdUUQFrdyWlcWzZbD4DifoRk/y0kf0R5KF4YkC4924qb0p0OOnrHS5dGq/Z5K8Zyvyqxp299Zn8ZfkvMzH+m4q8e5t7go5+qvKg'
    'n2zlP7iH6Zl5pcXdcpo/SWCXLQi8yXf7il5jeU7MI4t5ZDGPLJbnxPKcWJ4Tn1UxzorPqnjdJ1meI2Hh5wHp81i+E8t3YvlOeeQ7'
    'zbGM57CW8cQ8zakn06H7s8lyn/jZmcxm/Emqr464YsGzLp6WfTlf8e3pF51vZ5Nv513ipBde7Hw7Q/Htzmucb6eQb9Xr3TwNsHfw'
    'Ww37tgi+tcM4ZLoV5uxo8m2YfcM9i+VwL2Me/LuB7Dmsxytv0HVqhjKcLk6yO1U1W6uUJe2Ugf6ugv6uIe/O3uS8W0ne/T7nvDuZ'
    'vJN0QAOMuR7moZ+0KTz63AAbaR6ZtzSMgd59kz5jz5C/qQxtmSJvIoTtRtqiT03QL7mnjmXz3mDRrhxHBeyZpgBlb/um+kx/e8Bz'
    'toadDxUEhmT6wg77epugHpu5zUY0t7K/Qee28rnSucX5PVcEm4dKgm9VeOxEDzzWboHH5lrgsWbov/w2Rva4TEdEMT2J3ypgzTge'
    'rCJz9J5EMBisYOvQTuavGvrxJUh5v0ch7YG+1ZA8fWT8mDcIrrCX6yWnPY/hTcPZQI+vWM8KfkzOUwmfM33gbhWr0w9vIe/jCdCd'
    'Qnkw8kGPK4Gb5GH9CA8en4Jo3h0EshJkr1OcdTHBZzvZt7cSvIO4Igfrh+fhDZDeDDgO60Hat0pRnuY5idBTq9PFdZ+VdtJbW926'
    'V6WdcgtI37azPl2HvAfSp242tpkAp6blR8l5o8P5NZr9szjgHZjXsySiexD1P5AhdTcAjwDfLSLrmCH6WvLdqTBenAt6hg9C2gvl'
    'T1DkHdPkbYOx0bw5dk4hL4jm2SGKeUG8PD276beV6WBnn9cdMw3tLGB3yuWQni5K+VYnIf9KlPKt8NsKBnMq/Kt6h/TeEZrvjUBv'
    'meJ3FfzzeaiA+asgtMoiH/lHdYQ8MRN/EcjPPBn6V0vgmO8/hNWEgp4aYrCc09BTiTKPxbY9umf7yFh0sJ0keONT6XB+S2TZsxh9'
    'P8Lmc5j87XXmNALeoHXkCP1L8U3OANcPkNQrr2mfhtlc413i2LSDG037Ncjq7bYoO8rmh647rXObAqZlX19LuX3ts6AFehT3KL++'
    '5hTjU41f19fnUg4/B+kF2t5aoCneQ2iKznRxusKADjnToN41LM8pkOcWkmdFujhvJfKlIO9trU56e6u7h+5J6eF9mM3JCFl/E/hS'
    'wUQ3O2PH8u2fCe862BhPgn7vbnX3iN+YTNYH++O1LiZt0T6b5L0gXUwnnJpyeDG28D9isUeHNPhjiOGPGSmHpyjfbdGcRaMW7Xdr'
    'eAi83d8lHd9RtMwBn/pV+/YAe/+FecV974f2fpx0aD6kEynfR7cPehme+w9If0bGJOt+Kl/3/DKto249ad9kHz5H5nN7iHZyPucE'
    '7t/bk44+k2oe+Xk5osnX69M/2c4W0o7pWa4aT6/PeC4i7fjBQQ9J/eb3VXaunJZvZ0YAvEvz4R5akHToNNO54PXu8JmT2qTD++R9'
    'sGnPdr1/lXDGROGY97vXgm7iY/pRwrnD0PXkuKpf0a5Xe7LeJw3qHbLYlwgvXzao16S+HnavuCf/7SgGdzmG98cioGFlWzsTDm9D'
    '1dZ2BV3LeSWyjutIHXw/3Ejee6395WQusY6XyPzQsn0GcyrPmoLsNuHKFHRrlFPgxIJ80KBsv+YMXWBQdkiBa2SZWQnnfmVatnBv'
    'JGW81oC287pw6YuJovNku/9KaD0TGg1p6FXp8PShbP+bRGY0xO6EOUabPEzyes2rzPs3RKfrtU1Oug7sH6+B9PH1Tt5PE76oKY0l'
    'y/0Z4Uvo7p23K/JweNlF8ujuWTcQ/aP/vsxJ3/KuYt2szSTPPaDvdebO4jxdJM+cu530K6DjdTnor11O9ddAx+u3TzvpKOh6bSB5'
    'Pgy6XsufLNYHewvhd3MccybhuV25obiPK8m3F0GPY2Of8205+UbnQX47nuqt9Trp+0C/4Fjyjc9bK/l22W3F32Z56MnVe+jJUX4v'
    '9sGW75kF3rmJjHzOuLeOPO/TnPHiPqE+y1zCYzLtpwnN4sejUvHN0yK8v17k8aEttCmPz5SfX04/whIHjRv0qSaCPpXzfmID70cG'
    'gHdTHqzfHmgi65Mh9SWJLoDXOlRGuA6mtFE8t9HMrYp2PFzmtmoS5tbrLnS4zHu2zPM+FOOJss4p4uQYT0Q/tyZ8n3jeo5l3W77Y'
    '4TLv6Yjmnd59D5e5q4147sol8zpc1iMzwesRw7ndvEYpaz1c5r4pormfyvpAh8ta1pVpLSdSTyTed3ZrNZV12+J9Z7eWE6UTdbis'
    'S0VE6+IlU41pX7u5VMl4Yx5EsDkshw5NvBbh1sJExyjGGcHm+HA8w2rKMIdR6rMeLuswO+J1OJxsh+K9agcj5dIJP1zWobpM62Cj'
    'M3+4zHX9JMx1FHZhMW/dfH0my9YoxlfRrVEQu5x4/u1w2ETYLcX38+BrYmq/E/NHo5vjWA8xurmMdeXCzWlY+7uYb2c374ezTDAq'
    'miJqu+T43hNs/svl3yDmE9itx+HkvyWmnaYmbBwu69IQ0bpMN59W8b6040tNtE+E2LbCfH2474B47uzmjvpWiOfObu6o74n4bh18'
    '7g63vRvVHKr8u8R72G4OqY+Yw2XuUhHN3eE0ZxURzZmXH6p479rN5eF4dkQ1d9THVTx3dnNHfYDFc2d53t4R03tB507lqy+eQ7s5'
    'VPkyjOfQbg5Vvh4PlzlMQj9mw4+OC31hjkGKOjo8Jlwj0e3cSvLymH/YVzo3J4jiWL9NpN9B4nrOFm5cTL94ZEFjVTYb3EFkO/cK'
    '14dnBviqLyxw41jj3LUzPYjFwvXhOYfpdHL7hB0W8lC0Te4X4eL2yTk+hcEKH/MSxZiPMxjzPOH6si/XmFXxh5otx3+aKN3LGLvJ'
    'K1Zeu6KcX3t0vyyFdEab3ZqZ9rFZ2McZ0+G9JcKNj2k7ZhpTuRHqld9nYXlZ6BIh6FHInwZY902iOG7utUQWEscR5HEExwtTUc44'
    'gnTfyT3xLnh/Rrze0369Zwj7ON8Yr7iO0BxFxI8HPLzB4CETw8OUgIePCSduDrWjo7aP3K4yyDnvF5tijOCbU55w0l887HwbJN/O'
    'G3HSc8Bfex/Q/Lq+o66ZiW1ov1DHTlhPaCRuKzJmoWvYK0rtW0305vzmTsZiPFrTv15hbzs7YFiG3ofwTuPlcx19p2Zgn1MahfpJ'
    'X6agPWzuHglSD8VrOt/1Ye44QdpBv/O6WKKqeKEdmvuB6T0pA9+ED038xZQ9fTgb7pqqOwjGos2Rdxij/Vrybhe8u0KUxpHHu9Gl'
    '5B5zQLhxIrKi2LYbY8ufJ9y4wF0aGO8ygPFThRtP9IBB/uNJn05OF4/5WOHGDemsd9LjIF0I6Un1xXFeo4gfjPeVMPesLgZXFQyO'
    'FzzrpOn9TjvnK749/SLE6qE4HfRELrzYjVHMv915jfPtFPKter2bpwHGh99q2LdFCrhCODmafBtm3/BORWFoGclD17aO5B32yUt5'
    'RlmLdUDeTaUlrqqypPEyhD8j+7uGvDt7kxtHBd/9HmKQnEze/eQp590y4ca/6SdteuEijB89j90fWizxX0YUx1OuIPXxvImAPJgm'
    'qMcGJ9fAnjpWQVvb7OkK2DNNAcre9s1SfCD79PYAPAITnusLO4LxHmot57YuormV/Q06t5XPlc4tzu+5AXkw9QTfqvDYiR54rN0C'
    'j821wGPNwo0tNSZKfShSega/qXh+TaQ+OUfvSQSDQX5OtpP5wxjtXyI8dZU/QM5Tp3earSH5tXUl91y/J5mYzs+bF53AT9o3hy1f'
    '1u88lfA501CuYYq3mgGenoB7YAvsU4xTFfNHVPwR5yknf0Qlp7iY4LOd7NtbCd7ZKsx9HuwULu1bpShP85xE6KnVBrYgqyAW4wLS'
    't+3CzF8qHdtMcp8yKU/9+ulwfpNm/yxmMhCdP6kwvAQTWoLyEsLyCLiM06R8RjM/yzzoW934TeXc8V0vvuvFd734rhff9eK7XnzX'
    'i+968V0vvuvFd734rjcRdz2dnX0GcDTi1SzIxpbCWcj3WBb0OoPKj+uAnqRtiBB3QDkX58g1C3kPNKZJ+uzojQrL/mQt+/NzFqM+'
    'Q2hIk/W0kVP+t4Y2bce5GXfXEvXSfwDtNYuonwQMOpUuDBqfisKQC+1X+VVR7fWxhvy7lsxofUOxRlZTdCNKsheNjfrMbVZVVxrj'
    '8GSwvrfRC6Dn02jXY6Mn6QKm7ZMsOa4CPI2BB5qwnCPKh6glQ8C9PovgfplWjav3LP9uo7PA7+omeK3Gkr4fgDoyRvR9BE8yNVXJ'
    '+7QxkR7o6TS5Bfi2XW5eRJT0y1wL2NXRK6blkR493aJMueiRcrQ/kfTH/zakP2SdP4Z8qZgOiemQmA6JnA6Jkp6IGi/F9MP0pR9M'
    '6YbZcPYGOdOkPEjFM6nwoTmWac64MLr2J4aUj58oinXj54qJ05FvIDJdmzKUt5UxkMWfyNY91rWPde1j/YtY/yLWv4j1L2L9i1j/'
    'Ita/iPUvYv2LWP8i1r+I9S+mkq495SfUEtxaye63q4Re5z4LdVI5RQfc63W0KaXz8Z7Py59M8tKxUpt+XmaFR5vIk7ChFdLkLkRp'
    'BdNYl7LvH08U0wyqGNeY986EHWxR2JDld5HyPQH6OkDK5wKUv5L137b8BYlw+351wp8eOTnhT48cn3BxwxaL/reScpstytWTPvWT'
    'dmmeDNTtV2cfK/ffBM/1WPTpoHD8CHnBoGldL5I+bDUotwXK7SflTHGtLPe4ZTns5x5SzgZu/4qcN7q9fQ+pe9ii7veRuoc1db+b'
    '5OnR5BmzXAMs16c4S3ndV5O6uy3q3qjod47lOVcxtzzPWpJnuybPCgOaYElAmmAeoWV4u7MV90n81ki+9bBv9L6nuy8hfxrpApVf'
    'TtO7djuhIRJAp8wkNATSE7ZytbA8Vy+fqki7VIpS3zx1rN1O4W0nV894WDr/Rqq26iOQtcwGOkbFP0Q+Qb0CzpA/QPM/ruBRZ5kc'
    'xMQn7pHQrzRZA2qjmCbzXAf1zoK6GhgNeY1GxjKbzFmC4ZecRX+bCV0oxzrfAA/lFPvS76zIsT3ZLUp9jxVosWpnbLJ8AmQSKyGd'
    'D2kbkVXIdB6kyyE9EtIWSC8AmUau2vFZG2R8XmPgMPXWaoevb9pOlPO3pNr1yzsoin2fbYuwneZq18dar0G9PRG2/WpVedaRt/Nj'
    'y3ZGA7bzrSp3zTaxstsUMKais1TzSf3qyXa+WOXqmeKeWQBpO6SVkJ5SX7wHca8dQ/aYrPPuKofe1cGbzb65idTVq6A1bOraTOri'
    'c8rXYYzdM/H9DqjrMo9+9Vj2a12I+eJws1zRr4OG/eJ1zQsxRl5XTZVz/gSdey+4Luz/Srf+Xot7h+ka/Uulf//5OLoM9iPuw79j'
    '/TfBnTbz/2Wo3xZv+dWP/f9oZXgYxrp2Vwbf87yurZWl567q/mEbw1Xm3QBllrPYsxvgLrN+Etq+ANo+EeaQ0kiIv49gNNSRPvi8'
    'tdKhB4Pu3cL+J3UMKfgy9L1uD/4x69axmbUzaIi3D2ZL+9Fj2Y9/yprPR04Dl/sM+jHms6f/V9a553jNhw19h+P7LKl3EztDtglz'
    'H8e83g8q6s1FUO+oYh7GDOpR+UAu4sUEgBW+RhcarFGQ8+60fL1HsXJ9wszfMocxP/2xVjKGPjZXgyy1OfMqFPM7ajm/v6vwn98g'
    'dPFPK0r7Nma4P7GO75K+rdPEJecx5iku74D0DHauPBpxvXhmfD5f+Bjh5vGr72Qof04EMbexzcL5X+HofPjFZl8V4VndM4Ft4ny/'
    'BdbRNL78KrZ+urF0RFwv9ndOhcObojTFinqXj1XQtaxnOoikTCfj2WCZY1gZUeHqx/A76WINvydN6pZ1/CpT2tdTfNr994zbLt5x'
    'j2V33nqfdp8ndRzP2s1CeoJPHXsV/eB8rGN8aLavkDpaNHUc59OPv8q4ulo2Z5csc5ei7MuaM4Of57szDr+c1jsW8IwryGIV9fUJ'
    'M//9/CyS9V2uqG/Ygn4ZYGfYOlLfVk0/+yzO1Q5Sn0k5PreDrL5WUt+ApsyARf8qSX0b2N3H67zp0OC736ajqQ/x3IG0C7uY50yW'
    'd4XmbH4+QFls96m0aw8w0edv4fwn88jnT3UW+p2pfxZRfTg/O9OurG9+vRpP63DZlrSrIzPf58y6luRNsLzzWN63Kfq0QnOv5n16'
    'CynLz8bFPvj9NNLHeT7jWeIxHp53Psl7vE/eIzzq5WdrDRnrLMZ/WOgzT2+k3HZm+fTpNyn9vPA+/f8kb4tPvf+ScugJFY7md3yU'
    'gX83VWzvE+SckPV8w6PtEVEan6dw/pMyOY/zluLlzxu0s5OVuUcxxu4AY7yV1LOZnTGDFmfL9R712JxR1yjGtS3AuC40mFPOd+g0'
    'KPMfrL8nkzKq+aP6UFhmkUeZAU2ZI1MuTl+dLj1Hbe96mZSr07eV0Yl8P/0x6epX2MKILP+KR/kBg/L/DOWDyBhl+b9PumPVrdGb'
    '8j+PvAOMp/m1ZOkcdoni2KO4fvcq6lXxDAv0P8nrxQcs8P+TpfqGOn6Wisd0q2Zt/PbZIJS/IWB53Kc9yVLdUuT7vM7W8XKPvGMs'
    '74WaeTHFQ2uSLh4Kut9kPSeQPq+E8usJrUzptjaDvEiTzfLIy2njaoO8WO94wtH5iFp2Iuv+BdERVe2BAv+P5FHx+Au6mIlSPbiX'
    '2b54juRR0QAyz9OJYn1CExgp8P8V4xhj47jfIw/C/l8r+kjvdzLPpwx1Zinuk+U+ROoe0ujj3kbyqGSHMs+7SJ5ejc7hiGI9OF/i'
    'Oo88iE+vVfSZ6xRe5tEf1I9enyjVt+R4/k8Uc9/N+rxakaePn/8Ehkzlx4W43oq6OW5vVYz1IKtnhgKGcwYwnPEY25hwY6Lq8uB6'
    'vKqwjcuxvfCK0K89wvlLRG/VlHciy32f1D2g2UN/L+z2EI7tG6IUHkdZnq8KPb7CPXSfoh5+Xn2OjN+Ul1I4/0k5U5mELHc76ZPq'
    'fCvo/5E8Kp5KA8yjrh48fzZ75Dkd8nSRPKqzr3D+e+Q5I+36gai35OXIcmcpYMTv3EM791kRyi9QF7vekn+Dd/x6S/kD18VOCe+Y'
    'Hl760EH0c9G2VqefWy49W1nXQqarXKPgQVB9vGUKu695Pnlt7YKbhVkc1kah9zGj8j+zQsQxWmO/MbHfmNhvTOw3xgb/xX5jYr8x'
    'sd+Y2G9M7Dcm9htjAj+x35jYb4xgd9TYb8zU8xtTHcAeOrbJjW1yY5vc2CY3tsmNbXJjm9zYJje2yY1tcmOb3NgmN7bJjW1yY5vc'
    '2CY3tsmNbXJjm9zYJje2yY1tcmOb3NgmN7bJjW1yY5vc2CY3tsmNbXJjm9zYJje2yY1tcmOb3NgmN7bJjW1yY5vc2CY3tsmNbXJN'
    'bHITBja5JnavGFvGxu4rBfrqi5gtTK0Fz5nGjxokuJPHjxph36jdxyi703MbRD/7Rr+5kX18jo2R48chhkNpXC8uB8UzzSuuF45z'
    'haKefoZTaVyvTRay8XmGeJbbyjYaluM0FrVnQXvPitj+YNLsD4La8tvGrPKzV6/ysFcPapMe25vH9uaxvXlsbx7bm8f25rG9eWxv'
    'Htubx/bmsb15bG8e25vH9uZTzd48C3s5DWcU4tYBaCdjgFs5Zk1NL9RamKr3dgaDfXiO6QyBeZMG+86WBhKiODa96X1mDZO1Ud6j'
    'ji9A3/NyA4r8VL42pLDXxD1sIp/n8jzaFz8ZXMGWPO3csVW6QMOaPpr4BRgk9BDtU5eCH02/b7fQbwrTj24mb/14fh46WR97LWSZ'
    'owHWq4vABu3bRKwDH/9laedMUclgqUw5yB4YZHh+xPBM4TS3zfzyfUBlA61krDZzrZL95th9p00BQ1H4oDCFHT7Wl1IOT1i1LrTP'
    'pnC0STM/XJaNuoG/M6RtvMbwoMcYBss4BpN1edUQ5m5OOfdunU2vqa19v1Dbxo8IcxuSLo2d45gCZ8i+b0w5vOrJgqGfkfxecyx1'
    'SReyeerS2PsMlenc5nY6iZQji9H5TPFas6D4bpOmb4NsXv30u0x0ROQY9ydd2Lah9/unwLn3yaQjD0D4M+k7rW+rZv1t9rYOl2/T'
    'yL8Hks4dTYVLuI52t4X98ahC98ekP+clXZ9LfnSz7Xmb89nzi0nb/WWmyfnelrqki6f4ufNSwqlLNfcmtImJ/llOsXYmcPN4wuEh'
    'l5MO4/Pxlwk9LPYq1iHq9bgp4fpMCDrmzYZ7ozsxubj17IQjl9PRDdgPG1tV1Z2Rt7uAtJuzvMOp7n+cVlDNXcGXRMLxUxik3ajm'
    '/OfAdy4Hrv2uvDuxsgctcQmWUc0n15N+WLjzOVl8gQ+TMdv2QXWmDvq0J2nwOQFgyJZWvkK45+bWAHsjKH1R0CUHPdGo8H4DtD0n'
    'AEyOWsJknSi1u9mm0b1PEj28aiL7ls3vJ7LvWcL1pbJYwd9usuR/Vgg3pgvlhScJL7yO8MKroA+V0G+UOcn2rwklk5zeEsrCnIbg'
    'm6cN8rQwfSrbNZjeUmFnDW4ToZ5jbGQPfnqZfM/Rta4ia5iBPd8FvH5BZLhVRA8J80md/HcatCNlGL+H97cIN67U9Uy2zOVfhwqc'
    'pMyftJVugUZGLNfaDIz0OccDPA0KGKwjuiYmuAfhaZjAU7zupeuuWPObw655lOte8PGR/8clCWc9/43oOMb7+vDb1zENULrO6Qmg'
    'AWJcOj1waZL8TWmoBLkf9ZO92QvrHATGEl7bM1mevVCWx6k6ZbKKQR5V+YQPPV7D7sIV5A7fSPAp3qWrLe7QCAMihoEpCwN8/6bJ'
    '/lXFlqlT6OJiGYSbhIfdSZ3hPc+v7TTomXEdtWr4XsnufmKPEF/4kVoPjrfD7QvWWOSvg3ecH0Xz0X0304KHFWS9+Fg2QnopsS0w'
    'vZfb3qsrST2yXpl3OejUClEcm2iibC9teIB10Lbs91Kw+ZDtr3vI3mYpiO162H7+4Fn7fqYt+4m2rEeGtP/Ztc8pQ+3huP0e2qv8'
    'KIC9CuIIWf/7YUy3wXgqxaH2JBR69xJi0pk3X1fgzipDk6ZPMnQNsHJmL826rC8qYe0nYMAg4WMXwEd2YhZSzlcKcXrGr2TFlAPK'
    'wDz8Nnpw2MNC6VMZDEgbgCeANHD/pc5X+f7t5P3yu933G0XsayMqXxsSf8e2V5Nje4U0Jp6xP459U8S+KTRrfIJijen6HAs6J0hz'
    'yXqOYrS6H22Jdp2mtD29I6loxtifRuxPI/anEfvTiP1pxP40Yn8asT+N2J9G7E8j9qcR+9Motz8Nv+9cVlJ1iMpKZFujV08dmUiB'
    'jukrv+zDpj8/z7l2Jbb0AaVJK8fdvYBrWgv5UkQeNIvAW0GWP66uj39HOmZJQB5QfNeO79rxXTu+a8d37fiuHd+147t2fNeO79rx'
    'XTu+a0+G70qZ5yJ2f55nKPMN41eIxwdbCHQG9ePAfSR0CXP/U9TmG2W6pr6GVPF5UN9oNXxPCHWs2e0G7XBfEzo7/hHFetWQ9cb1'
    '4rFNeb072Vl7FOgj0vNY5YcmqN8m1RyiTgHyNbJkDwxY7G8e6+wk4cZpHbWoZ1RTn4T9VuHts4f6+bL1W5PT6Pkg/4avdzOctXS9'
    'm4Taj8F2nzZ7yT19rij12RBmP/dp9kOvx54y0anm/itsyoWBYe6Lic7nDsU6NYGODa6TV91ZgFmbOaU6OWOiOPYkXc8xMmd+4+sR'
    '9r4yDwUcmWF7hrZ1L95JF6jh0ZS2TcNPR4eq8PZCAh80xizG5jsv7cBGShTfl+nar2JleB1npP3XZyZZH4qPZ2jmmK+F7szAO7LE'
    'n3OEeYzsFSw2Lv59Mol9SMe4Ou2NO3F9Kggfc0uHy2Pm8oIqluddkH60o1RuIMsX9Mr69Ofci1D+vyB9ENKL+kr7mIF5p7zWS7r1'
    'Mg35raDle01x/D367Y57iuPv0bpvuqt0TPit6i5/2KnQwI4u9u8woXlxnj9/hZOeBv391c5iPgHNcyrLw9dc17fZcJZz+QWdy8zH'
    'nPT1O0rn66F7IHblHQoY6IN5217apwyjsymuwDa2wJhu7dGvM+b5x57SvuG3xI2lfZN10nJea1ntsZYFWQHAxW/fXdwe7csNFznp'
    'Lwb0cHXTXWb7NU3wdBXM8ZwN+jnCPJ/MlbYty8n0pUvV8zCb8Vlx/Lws9lUXC28jwNBfXFHah3dtA1njR9Vwoho/2gm2fsMp++j3'
    '9ePHPB/4oatXit9kOZk+/20XJ9cpysn065oyDR5lPrRcXUZH55nwem/cZ8f/K7KXtWWYTS92YErNxAtscgJGJ3YMQk7zoKxe7rXT'
    '2F7jZ++evU76zDNOevc+1+daHYGPgsz+eTg/HnLSA0856connDJziO44/cbb4TA+az/U/wDIX/cUw/zqJ9Qw3mwJ57/5mpNe9ahd'
    'uffDHlz5YrTypDnjwWQE1QQwTG2JTfqaEcX29tRX3FIPGjsF5aKIfZolMHQJkdUUeINMdnOfR94LWN7PEDqA5x32aedu0s75kOLd'
    'sIflvZ3kxT6gz9xelncn2YfnQDrE8lxP9gnPM6LofwNph/bhAlKHV/xatGM5WhTbZeMYdviUpz4aVOP3a3sFkXVdwO7FW9nfWG+O'
    '1I98YlyDc1nZbtTLgLxHkrP7LFIGZXlZBjNniVKaeV66NKX4Ko37U7hxvtEeH+Ef9wrOB/LzUJcB/T5yHydUTytB9jB+W034zauh'
    'voXw93xR6guX8idGCd+F3i1ylvwgHtdgK7nfNoC+WLNBXoqXcM7Wkrk6mqz7mVDuRk2bMxVt5hT8b782ub+ZSqLv5LUOcp0+ROR7'
    'fE+cqMCH/QzuEaZxTNsUeXFvdLE9soXk7WZ4pZfsdbSDq2Nt8z04QNprgP1Sw/qZY2W6hGsH18B4Uj0Mx13HcB3y1E8nfbtBgatU'
    'fVtC7v4ch2xl7Qyw+RtldR1J9IXonTvL5pb7mMU1oue33AenKmALZU8JH1hBnEJ9T3I/GLS8hM+ZAM8JAtu2sBxFnxoZnUJ9puXf'
    'pqSMVCcnxXvlkQpaV4WXWsi/sT2ql7ia7fOEgubUjVc3h3ItP5JwcbbXHN6dcGBIty5pAhey/ybxPmzo3XcA3f3IU958C34vrgT6'
    'fe+3S+/ko3CHuPdZNS2PY9sO/cJ31TgvmssjxutLT2stk0xi/Mnxu+gF86fSp1Kb1c3S20lBp0/p14RjBJ1/fpoSts9u3Iuj8ZpO'
    'qzXFfXuzYt9mp/EaZ+DxzlWRGP9DkefD3eOTscY369fY1G+b377eFa/5YbXmuO+vUez72G9tIiFWvulOVsPWNXh8cHLsK3ji59yM'
    'TvVYA+l2NzO99aE7mD50O3O4Zv00e32sttanLn1qO/i+Go3XdFqtKe7berZvqwRRDPJoqIQn4ZNf53/aSy50gkLWotJzahGuz1m8'
    'y1cyeQ3nJdvKg3awPtjshwAC4dSEAHJadQsL4YO5PZjth6l02Nr/Z6P5Fy/bwhM8ZH4xvecBE8vDLGDlRX45Ynpv4uecx1vrU8B/'
    'ED2YabY2KYNbq+eTDI7bivZHb7wmU2pNcN806uiujsKO3a07/2rJ2tYFKOdH9yU7xZ1+MFVjkZ/jC492d1u265mf+rJEWxU+Z7cl'
    '9ddiOmc2egc4PtQ5K9f4TPUNVPZZw0zOPyTUMb+PEK5NU48IHguX21YH0clcZUmvNxF9izr4PkvYxZPTwe50WNvj4crpt3Y8XjuP'
    'RYs+b03jW3NdmjFRaiM2HWCF0kWy/UP3DE5FTqMmyxxH1u94PvTpoum3JnHsX/81ui0ci9Eq9q8f3vTCd8n4zlF05yjn3koasM/i'
    'e+DUW5OscGOfpQPcN1S8dFnm50Idr9NmfVPTa73TYdfbT8UgCnhIA02MsLEZ1nGTxb6d5uuY0NzZKyM7Az/rL3+w2aOFv/P/uEu1'
    'Jw+5RxX0KZlKT0JPGm2Yb43GrLmSkXrJJtE2Ktnhfk8TMW5Y/C7/lvr717N2X37YSf/cMmZgTE8rcEk4MPSlp1Vn9vThC8R0crwm'
    '5V+TFuAjUjzWG9NEE8cX+KzZeRkF36BYfpxMHc4Pzi238woeadz+Kd1r8ZpM9pr46u159E+pt+eT30tvr47JqFDnroHp3l2jkJNq'
    '5d+pwt9fUpHslUw/qy5AOa/xfIqN52NQrtpI51VyGjIV+Hd2Wp0ylYVp/rMfFcIur4RffmJ329y9T37aCtIbfHOkxN7M3vc7/76W'
    'vG/TUhL6u2DF+KveV/9OH1pmRmFu2nVXTX4O8ngy+E7KUvfmfxuSLpxnFO85HKM/aqSXqH/qIhweAN9MuA4btm1BehsOx9eqbzzQ'
    'Y1q+dP219E+AdZosf90WxVIi4mc80seH/onXZNLXBPfNXYp9A7RA/ixOwoKlfZX2MhUec5WdMmvkf84mkxOyUrZ12LZc+tWmnPp7'
    'g+Jec2cMMzHMWMAM4p0uEdt7TIbtQSXMP+7fq+O5n5S55/w77uu8Bd7TezT6hTsB7jFLhRuvrZ7pbnYSuRuto4Lk57ZYs4kOJ/qt'
    'XRagnmYf/kATq4vriZr4ZcL6axkemeXDO8F59MvH+59l65Jm62JSH51PE71k2752Qz1JqHdWvLcj0830013hNiXXwLrF8z/x809l'
    'KAmN7gD6QMT4lBVk33DfobUsH8WPi9qCx8f00ovAGLVXRSAbGtHghVinberrtHG8MkTwSrx+h9b6meKbIwzxjRdeWlhmvFQ1Hh4v'
    'VSloN/RnfDOB+QrNNxXvHmOIVJO/Ke8ffYVyOjJN1pvK5VJMLsf9jR6Q39lcYT70RYoyh3/zkJ2lAD6ujXXM1Pey3W9uU5ALWcnM'
    '5Fyn/aRkaKepgl+6B5ZCOqPN/abSTfTSWbOx8T8cdG9MtGS1/KysQCy8O2hdsT7U1FsTL/sMuU5eceAagO5Fngm61Okh51gDyHjn'
    'iGKbWrT1RRtg9FNvElcP7Xqpv3nZjgx7dCGcQ3Xsfm/C0znU+UG2NIKpnU5/BHt3mj0aOaQdiex5WBpU1QB00oXCLkYL+vXmvvWP'
    'J9/QZz7GJ6RxsjDWAMZjbSXfcqI4rsEsxTess17R3iizOWgE+k9FY5vw9rj/NRo/Imw9fO+8T0F7VDoZknolj/QUMbGpKEelWfOs'
    '1vHSmysLp8mxpeeigRDB7MpaWZyx0v5uS2mf22KYiGHCh/ZKe91RjZR4RPy8+VQb5Cn2NdoAwPZuUWz3ht9w//rdR235C9OdYnqT'
    'eA/8+Gu1mcokTM9zzjsrxHOFuMSvd5TyLPg3L/lsF6M7rPZ5iDvjIfAkw0KCia2WSq8V+ZKxrx2yZzvLuWP1T+z/aOquiY1/sxMt'
    '8meBx0JlC5XCO05qBsphHGqMQytj4aJsBs9yHmtdftsuSuOwb2J5BkmeHONbYRy8HOAS6ifOz8ecLHeZcH3SjbA2xkSx/7mchkeG'
    'sfNuJvWeJdwYiYOs/Haf8o2gotUA6zcvYD1eY/frfxOklDc4xPrRr1lTPEAkb21uANl+UbxwiG/8uz3FcdFo7M1u1m4QXpyXjY34'
    'p3wdP3XxYUbxXhUXvQ3GUDnu8mc5zcK/NZE9Xg9jmsf0pBBeF8O/ZR1UVtmkkGlWjbs8YSFKY+xViuI4he0E57SL6eEbVBV7cBX7'
    'hvEFZ8JcJQgvPQxMlXuOp6uPTr81s6mjnGtbYbG2iNswrvvTipiPd0PMx+88Gt7H6ZqAc9Ue8VylCctGF/P8+ADj2wNz1fh98Hvz'
    'mF35hm+Y5+fnjk07NMZn2Dmkd1kdD71BcdeqJHwuCq9XEHi9gp1DPObtVeycQR0+hHVVGQ5DfvtH1x+v/XOix/5pJ7LE1+530k98'
    'HfbHD0tjYNO6VXQIjVP86eegvu+UxineBf34T2jrr59y0kdfmPx9fRVbv7A6TlTX6wpRTNdkidz0CgYjuv7I+Zkh3Jj27T4yo2o2'
    'P4uFf5zxCrI/OMzRttIavhXtrypucZLUfyWp/0pRHGeZ+lmoHircMB9NOCHYS54mjV5XksiMs4p9iTA+l8y9DbwFmRMvGbes6yjh'
    'xuime7xFcyfcZEGT9CvubRSmVHm7GP3Sp6mD79tGoPeb4FuW3FN6GC1E7zADHnRSitSr0t0Y1NxPBwktRvuFso0mlv9Gj3suv3di'
    '3PbZpIzfetjcm+n4vWyHVDBTxc7nIXJPlnU/Q+4hg2S9vfpE60PYuB7qewjuZn53+UWEnrbZbyuQp0JS2e5HyZ7epFkH1Thw/W6F'
    'NcR58Fu/LSzNGfBVNivWo4vAG+pOzGZ1DxmMw4Sv86dE54nv7UGyt3F/mMwdL9sAa3IUoQdN7rB8L/uVGSS6HDNYf0Y9cJ2Kl7VV'
    'g79wP9GY9fPI+SXfv0TgU/b5J1BmRuFlMpXOVLz5ZCsqKvHfVRXVNRW1dfX4NDTWT9LTJP/XXI6aCxPzWoF+fa3Ybnh3IYbxfc7z'
    'trd9uZD+YPHyBeuPX3rRLzdc/LZH7rtvMXz+40dvv8/ESvrxm7/VnhDpX+f/ebOseuhIF6M4bf2P0859l/7wPvLIldsdqbeFzp+a'
    '2Gbv1X1twb/uK3le+Rb9a1yM783/5P/fNi7HKQr/Hcj/9+vC//PPt159HWoeH//vkvYs1B58nmsV7wrttxkUNtLoVlunT1ZMy4Kt'
    'heIsroD6VGfxQg39NMrSHRocbMu78qMr/hl4PyZnvt9ZMERwuF+fuzS0VS+j7YYVeDtoH+V4/0o4zhp1chXa9jbDcdAyJusq+7GL'
    '0PJRyVdQrtUA8zhDIYdQza0fD/UigFu/9e/X9N92HLwPlC7YAn1aoqDXh9maLGXfNzF67yig94LKg0z6aUtP6PhaMwlvgOOUuRb9'
    'HNHsdRt99mUEdk3kExy+OW98gO0NKhcJW7/tnZTDfjPkN6FFVeW97q1cfkhlBKa4f5DQ2LSuGzW8UQqDKl2w6W5PZmL3wn1PSGrS'
    'jALy90uq41dTvKCy9TDxA4F18DZShP/1e4aDTHiGNvJpmzujjm/TK0rtUL3qRH2KL5O9tdVi76jO2yDt30Hu1qbtB2nnesIf6PfA'
    'IUHqfiehG/pD1nUuwK2K17EjYJ0nkbFvZ/CUI2dvkLqPIvyfrT48xf6Abdjaiqjo+iGyh2Wdb0s6c12O/Yy2LpXPuXxyfHfbN513'
    'cwhf/Scgx0nvcXnKGSLzQfsafPfG/lIZb+seJ/3Bs8Fs2AvtQ731+cIbyzw3L+xwYRPfVVzsvFtKxiXfyfQzf+58W0S+NVzppL/P'
    'ufOM387e5KQfvcfVRcB2Fr+jdJ5/niud5/5LS+d5+d3F9SaJHOZC6P/fJhx7d7wP0T0xYgHHtvNvYi/WYnHWbGH4cZDhpRzjKZ5B'
    '9D3CniW03oVQrym9btrfBqIbM+rBD6BlkkTHfF3C4QP4jXNAQcPSv7smESa88lGb2AINlf/HyRo+eA+jA6b6WH4I9346lpcOkb7/'
    'fyATKQd+wDvk6rSTroR0DaTnpB14r0Q8m4ZzrdVJb29190cr0aM9F8p3pIv3y1lQ/lZSDv3U0XynQL5bWt19JftketbVB5gPOu4O'
    'SE/TjIP3rwF4hPMI3UHvrzkLfMblMCq6kNI282DuabubCW40aZfip0GFDJS2p5PJZxT3tCqiz6CD1+OYDoPohCo1xjFYb9KnXhs6'
    'pYqdJf1MZr+c8D/62Xwcr9BD38ryzCd5hjV5kFam/LllJC/+TfWEKM9Sl1e3XlXwo3BTLh8Punv3EXCfon0YY+NoI7w83A+UH8XP'
    'bNQxMNEtsJHdevHJTGkffo4OKPbgbPhRneykhr4cJOVaCF90NeGX0jlMEduCnQpdD9qnLg96iq9nlum+8xgqqv3Jy8k96lcuqLxK'
    'x+8x1UmyiX8YxuYpoIVUakrzCw9EJT1tVDMLfR4bPUeT84rDUjWDpbSBftsyYW7zatqvctWr0rVeFkAOfKLlWlwP/0basDjWdPKQ'
    'eSxCf6VtfPUnxHhKxYt3H2sfDAotAvNH5cs+rK56Xby3jPbKRPu+svF1tSxCeBAMHkx5kNRvVreI/Uhqz+qPFP7f5h62dqjDz0bZ'
    'xG9ZEP7yEnIXxndnkPtAhujTog1GHaFjqR8rpKl72f2MtrdLBOO7l2PMFynGfIFizOcq+n92gHlYoSgz5lOmHfAELYM+xUZZ3rns'
    'Xtqo4HnMVOTJsTw1ijySv6XiZUzm+l2rWL8rFOv3dvLu64q1/9Dy0rWXfk342p+oWXuVnrPf2uv4715rz3W/vNa+3WDt2w3Wvr0M'
    'a5+1XPtGuJdnQebbCHwh6jN3KcgKM6S+FCm/lKVrYSwXC0eGh3wSL75GlvCORhl/h9uUzCT8gh4LHtCwj34R5RFye7+1ZLxrfeZj'
    'NYHpRQFkoGvLeCYhjv2/5N3MNufda+TdDHj3KqHb2tg6t0FdryjyHNNWnOcl2KOUT+rVZ1nmB1JGS/CSzXibLXjbKpss2f5XiE7F'
    'iEZncYh9H9XYV32a6K/2aMqa6sqq2veSM1KY30nkKzlh56uA97kB5upIS56lX1u8jQuJzugYG3+vgV4yykGOZmXHmA7eQEid0n5N'
    '23NBR8V0TXMB9LEHGM4wkY2kLfGI6l64RAT3hbIc0tNFqY7DScxGLOnBf1W9k7zqNQF5pTqf8aZ1cD8xEzXmZhHOV4zKV/Oo5dzF'
    'd9eSGAiMURzt3dV0baiuic0ZrMMdKUvc4eUjiPKKbH0DefkEitonRdTwP82fpBr+LR6DshN1R25k+gNh20tYls9Ylo/j0njg5LY3'
    'pzVAXJoWI34iPddXkTSILnEToWlugvJ4Z++CNb5KxLELJ2OdUa8D143LX7hcYyn5Jjzycv9/TT5nVRD8sNrnDsVtJP3uiSobRX7H'
    'Mr1r0XtyF9ENMb07ch8fDzU4+091Rx6xuJv+QnFXb7SwXzG5J9P6DrC/N3vYjRT8jzY4/FBuN6nzDcPXV9WHoPdl1Rqa3GlfZfpN'
    'Zze4Or9e9/2JHsuoJTwWaPD8/85U8DlM9NdM9bm4HteARud7ovkg36t3YXNMoWtmai8/pNBdpzp+fcKOx6Sau60efDRqJ/qpehev'
    '7NSMjduU79TouHYxmwduS9AVwfrY+DaifMMuMs4/hli7Ls2Ye0KOmc5rGFxzXH6c58O7M5l+9VrQr35Pa+lcch1yWf4M0NNekTbT'
    'I8e8mKr0OHkfZN7lRD/etL8nwbfdmv7SPq0k7+Uc/Vudw/dT8Sy3MlzC/Y+NKWR6FB50+uZ8b/QLM/ty2d+H6xy+W7lgN0qY/Q9I'
    'f8bwzC11Dl8wLI1B+5/TrMGAMNenHtScs1xmd1Gdo5NO9YX5Gv9eIYfxwsE2Z3a/D85FP1LHkXmeqvjYq///XVtM/5nsEVtbjImm'
    'G56qdWTSpmeqCh5f9pGTjWj0BtAv2udqnf5Huf9saHuvvbWz1rlX+p0xHYZ2U5iXtnkmsb2iZ84Z7IxYxWyV3sK+r4Qz5MJ8nxdM'
    'AA3Qq8HdOSY3WzzB/dHRsNifzCT3h8/PSzVCnCf86QsT2Oq0oIs6CFyZ1o+w1hmSHuowpKvk/HyyxsUP5biPqHgyJja/hZi6E9S3'
    'oQB9e2tNqV+vidz/eG4unqB+DPn0I1vj+t/E/X7/PLUfMG6/hflGNefFH0m9sq3/rC7mq5jqTwXhnWwR9r7q/Oqh97bHql0Yt/FX'
    '1mNxn8gJddyaQR+a7CPV7n1pQJj76R1V8BbpfjRZs00W40J6a1O1S6tP1btGQaeHzGu55qYnQlzXSGC0HPzxMGfEwaqJ6VuQeXuq'
    'yqWFJvvuWPBFWeXoksn8R9U76bGQLod0Tr36+0pIs5AuhPQ8SE+C9HiWf2a90/bNVWqbWFtcElSP7pqq8vDSTc/pM8vcvh8dfPQk'
    'tY/jl8bICyfhHk77xGUa/1zp6Ls1Av+U7oMjIZ0N6QoG752QtkJ6DKRnQTqP7Z/zYB98s9I9o6Yy3/yjZL1saCxeH+en9nvwV/18'
    'yQ9WOhGtg+gAR82vemulGw8wiJ/ZnEbW5dfu0kqXpzQZ/BzZh9pKx0bAj79vw3uZqPvuv2ade0pBp4Ht+aPY3p4J6ayAZ95THm3N'
    '07Q1O2Bbf0PaCoKbaLn5kJ7Gvi+Ftu7MurA/UTywwv6f4HZRhrEx6+IdG5sDFS40Lau7Ly7NFu//ctwdDvrwbWuzjo8kbs9ha7di'
    'Sjv8usKd/8nWg3iuwvUHGoQW1cnhZN3/K8K6eb8/U+H8PRVxdkH/p8LRSaN4KgHp+ZCugzQZEEdeXeHCbbl5nQX9nwlqD/HUIkV7'
    '5cSL1aS9bgaPXRo6MBcAf+L++GXGxX1R0qQ2NOhzpA+Twa+TfdiTKf8Z0OOz9ndMQh84vG/OuP6eB9n+OqDRHWtKOGkqoZaXvi3j'
    '+tQOcraZ4uMzMqVnaLl4aoX7/wS1h2uTIvAR5szeGeIO++/p0rUM0gc/emh/2jm3bc4uU1r7IVL32Yx+P57dTy6wrPsv0q5taVT0'
    'tN8+OQhz9q60a6McRl4k6+qPaJ17fO4f68vcDu6dU9KTZ/M7i6zLjaztL2rkdNinL8xj/h1JXV5410Tm96uUYx83mTqFfryFZ1Mu'
    'fHRqfN+uZvWeH6CdPanSuKkjZH+Z4KxPpRze50Tx0mSb7065cXyi5pkV5H8pF964D3JTPSqs6xIyPxMlvzyVtDkROvYFOyACS8Me'
    'dLEXLFWm9LHFBhT3AlOfCzgvv0669a/02U9rAuynf0o6OhSTiVsK9/+kA7/0bovyNhv5hKzrC0k3XveVEBf99v3Fvk6eecZJh78K'
    'vqP2FcdE/0hSj2dyhnK3W5KuLXQQvx26M3JL0tU3KScfrMD/I23x8W8T4e2m6HytSIb3GbIgWRo/j+v5+8H6aRY6biZ7TAZkbRLh'
    'ZGe/TLg+sPzgkcPLTxPh/MfwOf6HRGnM6aByORVcjGnavZ+MI+z9tKD/p6gv6B1J1nc7WSO+h3cIffxnWWYbKWsD+7JMH5S1levI'
    'Mpd7lPWS08gy5yfcOCi9Prw35GevJmVMbB1lmRMTru8wE9w1oFnvuYlgPqYGWT01CdfvmRcN2gCGuzUGNrsy7++Ef15c81dEqW/6'
    'KPTHZd3fh37I77/cAL5vcm7MJJn+FuIY7Sd5n7/ESVNXu7GRZHp0H8j/PfLyeh9W5D1zpzrv3yjy9r9f3YdPe+Tl9X6Y5P0txIV6'
    'UDMP7/XIy2NKvYvklQhApvWXlpZtABzA8955jTpvTpH37JvUed9J8uYg792D6rFtIHl3bYNzaYN6bOsUeXHdeN7TFXlxLXjeZSRv'
    'xwNOumcvwDDQbgsfdfIeS/J+7kknPbBHHTOtheT1ownrSF5OV7ZAvbP2q316+fnxMrH9zzKch7wG6rcix77Z+q1Ik78xJoKkYc8C'
    'mJH/3ivtCUkZPrbGgGNT+ZFrFKUxUTg+pr4SFwUct+3dn58bNmM9V+h9GJqcbWHifdvEMOI+D7dq7sqDInyMlAL9BOs30XPj169r'
    'AFeZ0q3dIfXSei3GMRLR3Mt5XxCAj6vzEekVs37EoD8cf9IY3hJu/WJ4VwTAQfMt7qzDAXiC3M56hNF03VUu77vXcA2iavucKpd/'
    'u0lxz1fxC03k2SPsLrqYtMPjg22LcDwN0E6Q9fRqh/uI/V1ledrh4/mXSgc2TNuJEi6/YTnG0YBj/Hyly8Pu1dwNTdflrhB18X7t'
    'qnR5sL2GONWmr70efd1pWddFIerie3UtG7ftmeA3r4sUfT0YsK4ZpK8cf3VrynYZ6iHJ+l/P+tev85fhd0bL+n+WdeciSP3IYyr4'
    '7CF1qXCsDTx9M0RdfI3ui6AuXI+PZ+1iEo9a1n9zthTfqvzFcFmLCZ9lA9MvRHnpBcB/uXYS2t4AbZ+Vdfn9XG/PNAaoSd7C/s+6'
    '/H4/mM9p1mmWRR2qfSPrSGddOY2O9hkRdrLfAs++orTegxHU+0+k3j6N3txgABz3FKl3s+bOHYTm22NQbxCc+bEKd+1t6qW48naD'
    'vm0LsEZDinrHhDnvekCjB/oOMuYhjd7SkA9OPy9AHRyXn2ZQx5jf+a+oY4vlWGYp6hi1HEtaUceY4VgQxl/NuL4IeIxnlRz8ZBYX'
    '20tWacO7fz5TGvNeJRdYofH9ojuTnoi4Xjxvvphx9D78ZLKrIjxf3z+BbeI4t2RcfLBO40tFBSdcl+oMNpa3RVwv9vfMjCuzTjCZ'
    'NP5dz2wP0kT3ssCzJ3WgLHEBpIshbfOpY27GldFyesRG9ov7tEpR37DFWcz1f36XLq1vLCDdVPDZQ+oz0W0a0/hbwPE+l3blyjZn'
    'pCzzt4qyL2voDI6Xv0LGMaDp64AFbfIpUt/WkHYlsr73pV2dronG1wWZPZlb3INnpkt9Lan2/OUByuK+Pp/Mo5/uigkuXRFRfdi/'
    '+aS+DRodGy+bKt6/uojqw/79IeXKpebXq/GjDpe9QspyPfXFrOwxRNetwP9LuToQXQpaxNQvx7cV9QwHqOfrinq2BajniylXHyTn'
    'gVPo3v0EKbNZqP339nObHdJfVRlTvLHDo+1BTdsDHm0PWrT9TtI2x4F8rnZCmQs9yowo9G5kmU6DMvxecrJBmZ3cZs+gzH+wMlJn'
    'F/fz6nTpXrWllzMpV+emy+MOIPP+ManP+zrL+yuS1+vuL/O+TPJ63UFl3h8n3Tg8tvfKwv4PWP5Nn12a8ib7SJa/VzFWvnfxbv5X'
    'Hnm5X6mPevRr0KBft5LyWwPwTm7QlDeVd/aQsW7V6A5iW5cr8r6s2//QryDyKVl+DWkL9c/Xa+iSkwzy4jl6nEfeNazeVoO8WG9T'
    '0sW1QfED6uzOLgMPVtb9i0SpTks3wwk/VeTpY3DwokceXL/nPPKMQZ6nFXmGWX+eUOQZYzqsDyvycFx3L8mjksvJPJ/1yINw/fGE'
    'I++3kU3Jch9Q1H2Q5dlN8uQ0+GY7yaPiOxd8dnjkQXyeI3n6NDbPV5Kxmt4JCzZ7pG7VuSLz/Ikizxg7M1Z75MF6TiZ5BjTwcTzJ'
    'o7rDFeh/MlZTPFyQ/3nUjbBX7ZEHz5yEov2cQfuvitK6X2btv0LyqORfGHO3yoOvWuD/K/JsYXn+UZFnlOV5VpGH0zzfBL0am/MD'
    '4/DalMP2Pifc+Te9lxfOfzIW1Z1Y5vmgok9+PMyC/J/UrTrXGmBsVR5nVAPsnSrN2XQ65OnyyIPjuNwjD56DG8g8mt7LG0DPc1aE'
    'vFFZ5xLFvPudpbLcPDIGU94m3q/rLe/8XGeUx8xdJopj0vrpk6livZrGbDWpO44PyOLGfVYIon4s7GK2thjHbPVbmwY4/6+N10m9'
    'TiLMOgmj+H6m8W9N9hnii12o9z9uBw9ToQ+2urPJAH30w3UpguuOtOg7jttm/x0VoI2vW7bBYSwLeVPwq2R2FGnFO9266tq1jU1b'
    '7wGHUZXHc1KOH+OYY1zolCiOC12JNvMAJ42gW0/n9eP53z1K3Jk8rB/Eb//jbKE3n/Hxm2/GfU2eM0WAp4WsOcKC6dp50UySjzKX'
    'fVtqaF8Upk/NClsCL3yH/Zf9vZTRZydpxthOxl8H/64lY+Px0GWZNayONcQOjZavUJSn5RYLu1jyR8M6RNFX0zZpPNw0KVcHayHb'
    'E3uE+MKPzHHNbMDXdH0qNXizwan+TZsDbtM0zHispj5HVD7mP0Ls0O6Fdx+CdzLfCwtA/wTmAeEH+4VrWtA/hbWidn/LIT1dYfd3'
    'EtpGsnlXnc2qdzHd6kO3DvuSnh6Pfwhrvld0uCqtOHdPgbXvhnSHJW2oy1dH8s2GH9JyUdePuHptwuE3Io5KEjoCz4ou4APLfx+Q'
    '9Rq2x2nWGoKPvM5WPId6WL1Xx3ukaI/svlaEeZJ+O6ieweNNhM6M1/3wWPdmWPsO8q7Jg2+3JAK+XQu0K4AnWUfuNYVyG/VnA+9/'
    'UwDatJKMSwLqMTAHRzJ77X6N/vMwoS8xvxdfHuduFfRT/vtEklJfCLL+7YoU6X8vfozqDon0U+tJTtkrGK0k0zf2F9NKF5M8lePF'
    'earGQe8N7Hvlu42QXhoRrzdNTnjd+Yb6eujjbIMiteE/zCJ1zUuXpkF4GaZ0vd/9qcmyviaSJgEOhmH+BmAfZoxwbSqRSE9zOnQJ'
    'xzB2fO7aELhY9aRqOzN78xeaTkLHfgDwE651woOn1Qh3Md0e4rA6ArBhUjfdAykPPiXlxS0j9zBh2K8M4Bdbnmw9yxcFryWIP5kg'
    '90psJwk/3dxS/ze0fJMl3dYE73W87CZ47+cPguOoOSQ/ry9hgcMoDC2CtGLcDg9SHhDmqyA0BPLNKA3cROpFOLCtp5nAUAvcr5JQ'
    '5riYD6vkw6ruDQo0ujsIQewlm0mVGY4L+OBykKFf6eABL94a33cN8L2a7YkljJ9oIqcr5xhbPuikmd3Td4wP3jH9x4i+4O7eNzlj'
    'zEzAGNFn3RtPTI0xT8S6psH33veenVpjpL7qupnuYA3RyxoVpbEGOP1jQ6/x/tV69G+eUNuQo2/ANqH2c0p9Ypj4vKX6n7d4tNtV'
    'xnZ7gH7lPj5oe9y3b06hW2wa33hQeMe5M/ELxPVSTwL6ms7FS8IshqVpfzcJdVwtrgdr4lPsVbYGOpg22eerFLBdbQnbJr7yTOGP'
    'whj6LJZ6mwsiaNdUn9nPVuQtwPtT+c3ZHNGY5f3gBENY9puH7jLPR9TwV+MBfycIc5vBEQ0+6hJmduFBfUgW7B2BV6uKcTvV+34l'
    '6XvXIdb3pQRGtgm1nwJdnye6r1HvmwzsHdW+mSX8YxaocMOQUPtsWSjs/H/lLOun8g2/vKp5rNDMl4luX5bhHx3PS6VL6cWLw36Y'
    '8u7k2P40/zuPlEnDz4uXino9S2Efcx6YKc82OQXa8eK1BvEzTWUj1VA+7aMP1WTJE5rjoe9brbi7BL2DNGjarQZ1/KSCN/ryw+4c'
    '2sqIBONbo//3p7/t9KWZfLsb7o/febT4bibfvXa/k37i63Af/GF4fGijF9cCf8t/z4T5QRyJdTUq+OgZjQw1QWA01t0qlZkdc7G4'
    'E1B/m7FClvscY8Kv5fLQJFuTLOG7yz3emO9JU5v73VT2w9tJkXa8dKaofi3qT6lkNF7yeRVsTXf4MbFn8dIf8ha2ytn118nuYTgl'
    '1j+aXL0zpKHTlvJWPH+2QYp3G+SjHJUozTPE8jQnXFyCNDPSoTWKbxhbKE3qpuUahWvn/brQ50Fe1f8RpW1cB9/+N/k2wPr2suIb'
    '9u1fFXWiDfuLpE/dQh3/5DlSvouNSdo4Px3jrhh3xbjLWMc8CWukoiuqGV0h1ufX9jPOvzs78v/u8KdZk6gfoai/MaL606x+7V0L'
    '6verM6O4k28mupd1gOtmQVvpGL5TMFUbrY0hih8vu4tOE9pcntlfEKV2rcLgzEZ91LWwf1rJu3mgWzqbvHtCuHdRfLeqrTR+GOoI'
    'YQxwjCt+RkCdzBgeDx14bLZc1+sYP6s3XlO+pp2Tvaam62lzvlwHeKA2wLpPpcdCvS5lR7+OpyT9qtfD0z/jAZ4Gj3WfDL4vwgbl'
    'z6jqQlhKwPkTw5IaloLqa0YFS5HQswyGTO1IbeoMw7OnumsF/5Tkfv/YC05a+31X94vHlG2DeK637VPXR2PKzt3j1qPKS2PK3gj1'
    'nfK8Oi+NKbvrIfBl/2SprloDuc8U8n4XdPdA1rAf5B9//VRxbFkqn3gE+nDgqeJ6g8onZoOOkWB2NjobhEaQYaNsbZniLtkIB6Ot'
    'rrmNjvoy1ueUJe1ketY2EprZhA9PbenmCXtfDSY2iCa2zl4yBzqmIHVxu7zr2LxzmWkDg7cF5O9y+l0whYVmdp9D/wyNotQ/A92L'
    'Ov8MtvezLMyXqRy9Af7meq/1Ct3VBpDrr7RYo4lYE1PfACZz4aWnm2Fwf4Vivv1swOi607OPyspoP2Q7V1mer6ay5GOZjBjzZwlu'
    'qiV56b5rI2WaJrDtpgB3W93cZQPOnRz/exXjp3alYWzeuM2an/6MzbyPXm3HEzDVXTFtv7LPbp6PZmufZnoeaKtdaeCrTmeLiT6I'
    'qsbd+c9YwhiFyxje3PVe99DkwtsPnj184Q3ryEIhW7iTdd5K7vwV5NzDucD6uqFMJZzlVxGecGzPmUzifTw/R6/pJZrh7TnpOl0l'
    'im3MbWyMVb4l7P0kSM7p9HWUAJe8xgB8YCOGsOpJwcJ0mjCMAc+fm3Tj411hiT+vgjpOTbr3GFpHSvj7/ZAxOFrZPYfrZ18vzGPE'
    'jCjsq+idqSbp+LQrl68alZ+aXybM/dT8LOH0I5axKGUsIfzf+e4J37pt7xSFGLwJV6d2mSINUuc7E86eNTmzGzR1nJ9/sYLUodo7'
    'm4S9XWE/sXHAPW1KB6nsCb3sKTg/ZGbC8a+kmkPcj6pvOtsG23owBscY0IvDGnq5NtaT9tIHK6cc1Wr90T/au4XjHxt1lFGPktoO'
    'bRLFsUe6CR+W7yse1zknzGN0XQB2R6pYPfwc2yHMbXR18UxzBn2S32eI0thNKvvnfqGOB4PxpGaK0rhHm5itE7Vx72X1dwXkjVLc'
    'qOPz1Qe8o8f+Hg99fetbCK+3ydLeKl7/Q3v9VXxlvzU3wZ2IHymvbhHDZzkLOciQMItFZxqvHHHpJuH6PFDdr7jvBo7XsdxsUWwX'
    'iTw0LE95XbLd88hZ1yPU9q82tOkwq2NQmPvJQF1+KW+Yr+kTjzm3VZjF/rRdD86b1dlOzYrPq/i8is+r+LwyWPOg+El1hmUYvkK9'
    'B1XsT1t/VSnSJrWL3wh3h2Wi1M6cx7Gmfh5mMx4JPZNU/aHjxbNqtnB9c2MdFYozQmXHv5SUwfhFqvi2o5r7E/fZMUTuTLpzIb7H'
    'xOdCfC7E58JEnAuIyzjuQ3ycYLj4/ISLh+iZcpQFX3jQ4q5E8WeBl5VwzhEbmpzyqDax+mRM6OM09wXux8/kjtetOBdM/e/1sb79'
    'J8y5jtdP0wHNWdqjOBtl3T8EeDPx+5fTrIW0mZ7D2uuyGPeQpuwAa+c+cqcbVtzp/Nox6UuPTx8+AHIMmme7KPXVSOmXpSSfKQwM'
    'hoCXawl/oksE9wnG44qb+DDU+dakeqe6+PUqH5mqdQg7LlM91UEN/FN8QMfH6d9mQqdmge6l8DJiCLN8XmRbjxNePscFw5p9rKvr'
    'b0jfcoa8KR3vCOOr4z7dLNQx40c89nxYHgzGfjimzDwp7heWw0YD3HfmlflcUa3BSaAHN9H8rwaAyybW3wHWhz4NHhhR7KWMxx2p'
    'Ib4jHdZ3pER8R4rvSMLcrhbvKWcIex/Nowo5PqVJeg1pE1rG9AwypdNGGC7uSDi+3CguNjnvehgf62V2Rxi1oKNGDXWGTGnzflHq'
    'n9Vk7VRrRc9tlQ/sfpZPRQui76kfRHB+0jv2Ag2/00/fSzX+nI+uJI5/RKHnRXmoyDP18tPLZY1bNPtnjJ35uSlAN66Ds8GLt8tp'
    'rdMIrbllEmnNWeROsE1D8+loz5c96K+sKI7pi/BYqeGVH2/Ak8I+NAHubiY0nuouxem+qoB0Xxbohiy8N+F7cfnHkOLOGsS/L70T'
    'bhXm932VXhq1Z1fJH/heW6bQzeoSxTFKFopSfWjOb9oCeeeQfbPVB9b6Ranf7B1C7et7JODcqnTkUHft/qQTM53OU5eCT2bT1hgZ'
    'qwqWuoR9zL0oYAPHfJYHbIwwOeCpCtj4L5ZnqTDjv+Y0eouDrL4jYX/zM9ZPp7FGoeP5GzZ2avu8LOkY5tB5eCngWm+domv9Fou1'
    'PoPMuwnPZyLX/5WA6z/osf4P5Mt+wmCcnN+4QyMriQo/5CYJZvDsuIjg734POo2WWUfgbLPPeXO6pWzINN6L6hyeR2hTehaFiRtT'
    '5aEbQeHriIQjI1DRYCMh9RL9xk7zbmX0/GTB1TphJ6cb86B5C/dZhR4KPedRz72O0S1DmnttzoJ+6WL0dp0C/rtY/SMKGPmQcGLu'
    'ZIntweq0k66EdA2k56Sd8VTCnJ0Ncbtva3XS21vdOZR5Zf3vILj0XKinI128BmdBPbe2uv16K3yj+U6BfLeQdlawPl6Qds8ShB38'
    'tiJtXt8ZkK5Pu+vYzOZnhc84ZJ4NkPct6dJ70cms/Foo/57WUjzA+xqUDl1D1kCmp2nWxKQ9U/sIP//8NvelawPYQE13/mfBAKqR'
    'cyl3R8PsJLhiJuFx1oti3zSmcSCihCMhgvu/6GRwxf2wj5L7B34bI+eZ/HaicP0yHYB3x5P8B8gZg3rgdaydNlHqW56WOYK0sUsU'
    'xw1FeT7GDcV3M9qcd9Rv1BJR6kfbZr4uIX/bxDoqkmt0wtIl1DAWtb+QFhi7gHlQ9Ed4+eG0bQv7yP0QYgwTIaLzNVQRAvZbhOsr'
    'Tc5PY4d7D0C+mdzrTR3u300ddj7LdP2uDNhv6pNxhQjvo0YFW6p3uMfKlb8BZONzIxgTzmUF/Ez8kjURuPgg27tIC1xKcJUgsiub'
    'OVllkZ/rV9uWbya82tkAy6pxLSO40Y+Oqg64f2X7JytkJxQ3v5PcFRayPp4gin1Rms6BaSw/P9jkug/N8POL5Wa7ryn+wbEfK9Rx'
    'uE1lq15xvVOWuL2C5KN9C4vHkyHw+A2aeewiYz6uhFY+vP0mCQ8dCwVFbE5Ea+gGE1hNEJzF/a998iInPXq76y8Hv736dic9b6T0'
    'jDhjzEn/caNahqWT6coyr3cUy1bL2ZesCOavzMYfvel+ahXFeuR4dl2hsRu6ShT7NQria02Fp68gMIS4thdwdB1po22LIJSst44K'
    'nncUxhoZv2jYhx9M+VrXEt7XsEIHWOa5jPB++gz4d5ug3Pkesr5uUewzYy3pRzfjmWGeFdAPP77fNgXvrpHx0rZZjGM24f2OGpZT'
    'zf8mDd2G+3iGZh+f6QOTdaxcxgMmr4rovEtEQCeY0GgqGnKZJY1n66+c+idvZLotXL+vcLi0688Pur5N7FypMbS1SZB9EQVurY3g'
    '7lZnsQa2ug5B6cSscP27jfroLOj8Rtv4fZN9vp7YbpTbH0EuYB/P0/SR9mNAcaehehvI7zbRCfOTe/G7CL07q3TLtxrYTASZF52f'
    'WxN4ozQVX0cu2xvVyI6RbrLRL1bhfLq3j4hgb8/x0F+hMMNlZTq5qAoG2ok9kY09m4lN1s4Q/eI4iMrnOVwOEX2lsPtC5S+rS6Ff'
    'wde7KYL1bjK0JVH5eUG6rE6DX7oUMlJc/+YQ8vkBwlendkbUNi5IfVGcQecKMx8CiGsbhL3dfwPg9Cjtv6hMM6z9lwrH/yfo3+h4'
    '6rE9xNSzh3kX4QviuWdzXsXrfGjYvaD/kbB0USWji7h+yzLCSzC5g6MuX5twbR67NfpzQc8RroNH+0vnospiLmaD7IfOTTWUbyI6'
    'UXVQjsZt4nGvqoV3TAQ/XZEgumJNQE9zPYGJitOFPBca26JW2MXvWsrGUyfsY59WKHgPUfBPopCf1hrq2GLcYErXq+jaMQW9ye2b'
    '/NoJSj/ROGF4Vsh/783//jU+N6YsffCAKLaXTVrqhQ7Ha39Irj3q66P8Af2SIC9vkeLbdYTXU6Uo18judXUeebiuFZdV9bJvKj8a'
    'YXF4dQQ4vEro/XlTXT1bn0QjHnQM97u0UHGPVelNm/BeTO1mVXE62tj6yL7NV8hETO1K+iz6ovIJQ2UpKl5GjwhvZx1V3D4VTA0o'
    'eDEFn4xJfR7cv1UkzzZNPRJQsoo88tsfEq7MzQQmuA3RwYDlsf0fJ1yaWjUP3NYbbbb8+IN/51FvLkS99yfc+802n/7q+K7dBvN0'
    'kPGp7/Jod6SM7V5P2o2qXtpXHexfknDuZTyPiv86JtQ26DS/qS2Lik9mKividqvHkDGMHqJj+A3cSUz7aso736bhR/6QyPBt5sar'
    'zr2EX5rTzNVBofY9xm2a7heuH7NBURonw8SPhQkvRecnROXnz6ROnT1TL9t3Y0LvR74c7Q4R3ZV5kzBeqe97mqFcxcZ3JR3fRK/l'
    'kAgXBx51V8PGG6T0Uk0E9NI8zZnRZ0hHqviHg8LbNnAn3HVVspVRzZp2i1KfOxOFw23wuwnOova7dK7HhN7vpQqHmc73PHLebBN2'
    'fgmDtBd0j3jpe0e5byoi2DeNwt7fFeLH9xLdQL4em1ned2n2qO1550Vn0rMa7cKuEq6/Q68+qmh+P9mD331g7SSdW22TdE5PpTMl'
    '6r1he3f9PZHrH1Dca2zr+3dSX1cE9X2XjG+bMPOFQOnmv/UYX5D67gMd+CDjoW0fZGdRl4Yu8NJDQ9zWHtH6laN/VxNZUC+ru0ej'
    'L7nNQr8E12UdwSUHhNpXXjnaXeShx9LnQ1/wOx71O+vXVxNdGJSbHKPguarojDFRHp/UQfjg5cC1R0aAa1eK4D4bbf2hYDu0ji0W'
    'e7uHlNGtN7U9eJtwbNcpjHI5rcqHJeXjB+0f1ePgvikzAD9eMXq8xkX1fbdr8NWgiMbHZ85HBkJjwLZDPm7j2a7BuToeIvdTudND'
    'h9ak/ypchmtxJqFTdxriDdO2vXSvOb04kWPm+oV0DVeTNSy33m45aMc6YRc392JCT/WweTso7Hzv492jWYSLGyzrkfbYxxvqYHEf'
    '8qbyThVf1eZOEsXdYyrAwK6I1mwz0UUbtjgvRoW3X7dLDxFYOJ7Ie030EzndiOvRQuaxT9M/urYm8xwGVnmMPoRdWec5HvgjFwB/'
    'nEjOzG5mR9QOffaio1W65X4wgPU3BtQvNY2rGgW/2USfo19zT8H9dDLBEaPC25/uKLkXRWFzMZPUM2xxPxv00UmR96JsoljnM2l5'
    '37DxJ3Y46IQRzwdgyrrbSiks7fPdBv7TEcL/jgDwPxAR/L8zIvg/j/ApNglvm7tuDxoWbbCOUMyHqf6TjndB72kDFmPcEuD80NH2'
    'U0lnzwtuUaffJhYYvTOOiWJ/B3TuxzQ6MV5xNmxiP/ndkSn9UCX0sf14zF9Op1I7cK7nsN3yLJ4porN1HVXwx23pTpWsowHSpYpv'
    'fvXvtOgLvy/77X0/+dMpcK+f6HaPEHa+ff3m3gSeW4R3nI2dhMa00cNFWriO7eFdieL4BNtZmWMITtguivNG2ccxJsv0i7k9WxTb'
    '2FN93J1CHx97DitTIUp9D/jhKRz3q2ReaHs0fvZE8nvqI8BBU9EOPpVwePOmd/AgbbzC6ARTuM1p9vGskHxirpPXRO6sfvbPXUJv'
    'R54SpXbfOK9Z4c5zOda9AWC01nANdbbbMrbJTQzHvmqhl8n540MWZQcNy5jEMwvrg6HHQm40EqDd2BfG4YNj3z8BOHYo/++3h8Sx'
    'YXGqCQ+W+/lSycRVPuTo3XCi9lEhtkz+24YA89ol1D5AZjK885KFDROneekdSzVnKhw/kXP398LxDXgowmSFIUxmNTBpegbfItx4'
    'Yqbnn5cOsc0ZtENz/o4FWDPb9qOMHT/dzl3qX+OoCTiHMYZNi4/e2YCC32rC41D51+Bnf10EZ397mdd4p6GcicOBHH+fBQ0QtI31'
    'CfeOf32IvTwUIf4tx7mvulsdVcY1j/qO9TLhxQwa6sHq7limZWzOllFDvrLJPWpUo1s3MkF4OcyelWVvjGidvGxydgpv205bmxtb'
    'XjLH6ztFcH1/nZ3qVFxfL18JjQp60GTOo+ZR8nOyQUTnB9KET03nDXUv/gRkVjbniV9eFY9a1fYiYgMw0TxzVX+8YGiO4ryLmh+e'
    'miR+eFsEcJhVnPsNoK+0UpT6xgwqb6JrUqdZEz/aI0p+sxfdn7a4Q+ZgDlE/uxbkp7Z+mWn7FRN875CxE96hOR+5zSWXI/O49H0i'
    'Ov+8pvhKpZNvcieaKB6ryg+16p6pi4PcK0r9XA952L1UsfqroVzYu8RWYa5Tyn1QNBDZ7JDQ++zVjamGjamW1CHHduwUgFuuizqi'
    '0TMygSkeF4TORV2Z+Pa6s+CeaX4WXAX68zr9WK/+pn36mylDf5eDrkPU66EbRznPXTmnj/vwfVX40At/6mKYr2IyUd06B72z9Qi9'
    'zzXK3ytX/SZnQEsIXoEf7ltHcN82obYz61WcX371LiP70xTeub1pFHf6IGd9jUZGgWdYlujQm9Kbso1PCNfHkmk5v37fKuz8Hw5p'
    '9IWvBz2LMPX49fVyhd3OgIdeL8ZHn2lRxq8Pp4EusB+O8sM35diPtrKwnIbOmCw9hOYI6Jl6C93szTD+nAcddDXgIpUtkop/OFXo'
    'mw7Sb84zNO33ZNA5Xnf0CqZT3KfR4R/R7AEvPg+3fz1PIZeLop1Rsj4tPnhJZ2fnRT8MKu4kUdQ/6nOnnWhc0TTBuALpyReFY/9s'
    'anORM1y7cuMPU506vh//Qri+MMsx3om4f8g8p4tSn8u2uvcTgS+DrhPF91GNcbLuhif53A3HfOiuKMcfhEbT0f6VRI9a5/fUy19H'
    'rwbX30j0qAeF2mfOTk3Z6yLsD54RlxI63a8/WOZcQ7uUnOG4TrbYa179mm8ocxu22Ls9HjxQnZ1e1SSetYkIzlqUd9wrXN8VGAPz'
    'hQVuHGEcZzsZp/x7sSj1M8nnYJjJJU3s81RxStEeToWfynFnOQ7aXp120remi9d6Zbp4HGfB91tb3XGcyfKshTzvIXnOgPovgPQ0'
    'SM+BdEXa7UcD6MiuFf5td0C506EPlZD3bMh7W6uT3t5aek+dyLGZ9E2O+wsgH5PlLjQs59U/mzk53OZa3rPeAvWuSReP8bz04Tsv'
    'XvoNMzT3g3Xp0rmg/aJ4hd4bVHryYc8XlP2hD9pVbC7w75VptWyc49lURLIu2ddvdTjpgx1O23MJrfZl+PYspF+D9JUOte/gNzpK'
    'Y3DT8m9A+m8d4fzL1JE5XwXpnHH1eZ2McK4+eZGTHr3d1cPEb2eMOek/bnS+0XP+1beHH6+Nr5Fp/uA0LhDBHz9XI5H72ZJwcEl3'
    'MeyKa5z0jnv0cIH+LFW+Lak9KsLhgzknff0eB+YWKL5dvdvd61znYlgU+4WYSfbx569w0tO6nfRXO0v3OuY5leXRxfnExdCNMYjP'
    'Fxzvz/uctGa7668Jv2U+BvN0R2k8r4fucdLdd5jh43SEOGYLzNs/9rj2+fxb4kbn21Fk3vGbWO/+Tf1jFM7wnuK66brhNyx/a48e'
    'Z6Hvw5mi2H8lh8WKi+EcWQ92bKS9Glibf7jESSsvK12jt8KYVvWVrhF+u2azHr6wn9WknxUTsIb8LKjyOENUPJ96xR6neOMjcI4O'
    'dhSPuVmzD16CuTruHaX9ueMDkHZMPO3xk+856Wv3l8bq+2v49p1nIe/XXJ8dqAs1+l0nveB5Jz2wx0n3PFYK38dq2pwIGiSoH7dG'
    '4Ddj/FlV28sIT4DjTJM4qBznziH7RpZNKvLWkjPtpCnev5MnuH987bMB115FX6+2hFEVLuH383shfWFB8T6wjV18Pewl5FsOAN4t'
    'rFUiecg8KfMnbVqnnILOTme+/md8PKumON8MibrblpgdD/A0KOhdW/+edB8twjN/XE/n+cFQF9lzx5XceZKH9VOYqDLCEMUzyxgd'
    'UaXhg2DsmiOIjIPmaSRyuC1Mdkx1ubd46D1nQuLMtSKaGOqJEGf4WpZfd15RHN2iOeeafPqZCnHe6M7IdkivCIgrON23Z6+TPv1t'
    '916A3+7eB3Tfo+79BWk4SbPJ9BNfd9I1PyylZz/9HOT5TnT03RpC54kI57yO9Hsp7KMZbfkztK24HhM6pApkl5WwhyoBdzY6bAZl'
    'v9MhYKUrQv5Ucjr6wr3FudaKoIjYIIsNHfgRBb2WEK4deUyvsbNWjKemC71WR+QsiMtOZPlM60I/i+vJO8rrFg+4Ojg6fL+Y3OFl'
    'fpl+XZN3Hqln1v7i+/1s8u0XgPf37CvlIyWAh/Dk3tLz4tHvO+nz3y4+L2zO9zWW89dCeFLI+8wA/hd7hPjCj4r37s3knJkwmUFy'
    'GuLkRr4TA5HJztNW+srm/DRd/+aQtFbHAy5d1QD6S0hPPfaCk9bCHvjes06eQbI/254Euew+dX09JO/cPW49qryXk7w3Qn2nPK/O'
    'eyHJ2/KUkz7ylDrv2STvroecdAH0O72veGynEb3+XcA/fAPoyf0PA+8R2nn0BTdOB87ZI8hrfKq43vmkD2nAUyufUPf3CFKf+Ko6'
    'Tx2pj+Io1ZjCxH9tZDijhpTNv/SkYWxpkJMUPIQWoEkpjYtzcwLM1VK4R1YyflYjXInx7kLrqCD5kb7md1yTcstYn219w/vOcbIw'
    'hLYo5jimyw3OAJ/59nyS0dLlUcuiWkAHha5/L6x/Ol7/FLlbBbuX+V3MIr63qc7zHMhN7x4spY/fu6H4G6WPz9xZ/I3Sx38EmWRa'
    'IR/Eb297b3h+ShhYnGYqLCmmh9IookdIvjouYWKrUv5kC5GvxzjIAAcldTeICA6h+IyKz6hJOqPwvnLsh0C3CnSJjrjZST98F/gJ'
    'J3n33Fmc9xc3AX8K8vaSswjrlfWh35Isq0eWl9/eTr7x9jdQvhFr7zzybX6/k/7hCufbWYpvdVe6vjXw2+dAB25lv2t/g98Osm9L'
    'qN7Q+uLxLVR8w/HNU7Q3v7/03D/IvtFz//ltoKt3cem5/zP49n/fH5/7kZ/7u8t47u+Oz/343C/fuV8b4tzvYbyWq0UcP5PyJp66'
    'VoR5PCGA885mg/4GyhWonnpbvF5Tbr2oXp7KpzbazXL/DSr7XJ0PfZVv6LD4IhMCXxwqfOHJihN6KM5RQkQnG4tSLnaNgVzs7RZy'
    'sbdayMU6LeRiKyzkYsdbyMWOtpBfzTSQX9UYyMyC3imi1n0z1Z9qIeUaiP7WLFIn6lbQc7YV/p0i38vZZhSxi7MinE4b798SxXja'
    'WX7Mx3XtVG3RPY06iiY+ebhPvAVgY2Xqr8c23rFfnldFuL2Ac2Ujh23W6HKnCQzyu948ZuuFclAd/FQeQvDTagg/YeJBIrzRGEe2'
    '8EZpM+6fZmyawlHFIQRH9RZ4CH3qUN90XYy2PxgA54xOUzg4lM6jWcI8vqZfPBDuO367UMci9/MldqivfzLE+tvowBwOfAvx2TfZ'
    'DI32epAtvgxm3VpExRfw1HEyEpElRfzQZy9d0s4o+cixTprBfhRhbEX8BbpheSUC7K7aHy2VE/76GTdPmHNH5T8CeQp7FHr7o0RX'
    '18+/SAyfoeEzhM5kMlL4DCRXnL6HespU18vu6bTSI4uSDxef5aHXzuos96LJBbsLXQn2EgP3290n/hxssyT/HnVXsM5133HSxofC'
    '1UnPhgE4r575qpnf0pgWPXTh15YW1dm4N3aEt3Ev2KhvK673BtCf/gnz8Wbiu22J0Ptuo7ph3JcZ1Q3jvsyobtj7oM4DO0t1w74I'
    'PqMuubt0fy2/3EnrrwxPe+nWownW46qANIKpb6Zy+EuoHHdlElHQ39xnGF0L7mssKP09m42Hxkb/HviG+9SGYDZQsf9Khf/K3SFo'
    'tt32NFlyCsM52o7/D/hJPZa8O+KyUpwm88n03JFSnCbz028Up63rddLrryndR3Nzxd9iX62HLqyHwemxDuv0tE3IEJoHYzXqztc1'
    '5NsDDGecSr69CL5LN4J/0hPJt3+4DujKbjceCbc5ePZjru046spI+k6mF3a4fk4bCB7m7Rbovo7isVHbcaTxMI+f/9EYz4XCcwtC'
    '4DnfslHp7VO/vTHOOzz09sPQf9ynXrsCv1aJ4jhINFYUxmXivsY3iWJf40MkD/oEHGT1bCJ5cqwtjAN8ldD7Ncd6LoX58ZPT97Jy'
    'b2F6HiYxA2W5lcL1d9jFxr2c9JfH1EKfiO2iNK461f3R6W/79Qv1yf30Snh8qy6h9199PKHDqJ8PU97eiZbwWSuK9Yqzwlv3md9h'
    'OXwvjmjPZcqw51oARycAj6NvL653TXVcEmWcfxUOGNbA+XrFnlPBWheD/U6y57aQPF71yHInwV2S9gn1ZQYsdHRGRTibC67DM8p0'
    '+AaF60u7oPvtocNTLlgNql+FsGmaPwv0tcqf7CCb5wGNXlyPYi1VMV27hTq+Nn7faQCLQ4o1p33pNYDDH6cdH1Uq3D2s6aNJLHbs'
    'Ux/rk18s7u2W+oRB+9FNdNzkPHw87exl2sdeS51J2/XqIrBB+zYR68DHf1l+/GewfnE93p6Ae2BQQTeY6Kdz+sFmfvk+oPqHrWSs'
    'NnNN54bHmt6qgXNTvf+oYIeP9aWUGxdY5SNbFbfNC442aeZnK+vXf0D6O2GmT+41hgc9xjBYxjGYrMurhjB3c8qhXShs5yz2A49F'
    'aktPq2CY21aOKXCG7PvGlEM3TxYM/UwU+23XzfGilCN7pPPEz5tBTV1Rnduj5Lvsk7ylny70cXvDxGjW4btNmr4Nsnn1o1NN7Ub2'
    'J13Y3i7MY0v3T4Fz75NJ5y6G8GfSd1rfVs362+xtHS7fplhn2eeBpGMbpsIlPP51twgWq1w1Vl1/zks6NpomdLPteZvz2fOLSdv9'
    'ZabJ+d6uTjp3nKl87ryUcOMW87k3oU36hFkcUb52JnDzeMKJ81dOOozPx18m9LDYq1iHqNfjpoQTGy/MmDcb7o3uxOTi1rMTjmxc'
    'RzdgP/zaG1Csk1e7C0i7Ocs7nOr+x2kF1dzJdisSjrwsSLtRzfnPgc9ZDlz7XeHao2LZg5a4BMuo5pPz1h4W7nxOFl/gw2TMtn1Q'
    'namDPu1JGnxOABiypZWlLuHRlnRPFPSFbHs16NhGhfcboO05AWBy1BImaaxsLz4J5ZFWgMyS+iXZT/SVZhH5yWIFD3Uyef3oF6VW'
    'hI+DW/BnD/47/vxZu3LUpibsfAS120Yd3DSsr2B8b1l2Jsj4uKy7mtSTFsWxTXTl0dcG9acjy24Uro8OKkuS+d8t1P50rhKT58ME'
    '543bo/vtza2MD5FKOHIx03I6XPEbIu8YZneHIQ2t/zLZoyY0S4+GtzKiOFOPtDivBizyYhuPEJy1yWec9xG5SbcFbYby7b8QbpzN'
    'oGtE7wjvjag+jAc4IlzacGXaSU9LF9e/Nu2k72l1618OeTsh7YD0VEhXQLomXVy3fI8yfaQj1vm0d5xwYyKdDd9ua3XS21tLeTO8'
    'PJXpq/Swl3volx0v9LGRjiW6YKPgo+k18MO099uuDxGdLuwMD13YWoWubVaha8vljlHhtmxI3Ib5qW8wFe43rZeu742Q/ijg+e3X'
    'p6jmsCIknaHKVx2Qzvgq6BS+BOmrkO7vCEb/RNWv368PP89VEdBzJuPx84fnda/fqsDneN5wvX0vPnMU+gM1U2i+tgSYL34P4boW'
    'WG4yY8nSOUh54JrZhHZOEF0gLJ/yKR+F/7hkmcfoFcN9ss4plRyIy/tM+Jw5cp8tZ992WvAV+gz6dkQEfaM8FXqXmWOg92BKs49p'
    '+A7HQZsqHQDOf+jT1HEE0NK0rwMWdxlen0oHDPW4N4pie220J53hM1c9Gv4P13WlY+H8ehtZl0pXNMXG0k7GourjEMHtJvvH77yL'
    'wv8u5c11KdbR9MziMTSo/GFMAW9yLo9R6APo5Mcq/v4gq3eLRl96kPBOvfR+bf2LRcX34Pxd0zmPin8XtP3jSuxnkof1Q+0dyhFz'
    'Gdc09mnv7etn97UizGMdg+AFZisg4j0U76F4DxnvIRoXQu6n3yTcMwtpwibYP1ngg9uc1Uss8iNPdK7lfV2lr25aXrZ5VIBxLbIc'
    'F6V3MjHuiXFPjHuU53dFfH7HeyjeQ1bndxbO7yC+lTivt4nINZcwHstqxi+qEt4+t8PwRaaSzILbKPrJGqLSCaqLYP6C6AAGmUuV'
    'XpaXvkY510rFH0qHmEu/ObPl07WQ9Zb5k4wW18FDfYgxDCl0XHDNJA5YqOhnUN3coZB2FfROYmsvNajREx/RjIPXGRbOmkKs0YhC'
    'R9ErZstOURxvUYenkTc8qpmbQWFu97dNs6dHNPrJ3F7jlx76zFQG0ajQGTLRc0IfSzNZ/UtD1HeMRkdXZTNzULN2wyKYjaxK7oF6'
    'PvM99GBp33JCbfu/lMBekHnx84sbNIaT357v1+ztnEb2N0uU2rQFtamj/gJVa9UoXF8T2wzxn2oudTLS2jLMqa3e3paAsiluW8vx'
    'XZeFjI7Kn2x4RUF8b6wi+CSIXTCXY0re0QIRrU1a0PU12cdVZdrHw4o95FdmSOjtwsqhVzDqo1fQaLHXKcwhXNX47AXU2T2RnGFR'
    '6jDozjFVP2z2pE4PtE2Bi73oAK4TPSZK7UMboNw8xRhM6EfaryHSnl9/VWczHUOa3M1N6VgO32hzxOO82doD9ijk+Cq+dJT07HbS'
    'lsov9XEMxpvIGdrG6hjSrH+vD6whLGEZU7uGLWyeMB4t7cs2Q1jwwiNpBuf9Qm8rrvO35qW3MegxT1HaIRV02Nvs+E4zFHQC6q3b'
    '+A+jcc1pzB+dz0qV7/wlLxTHH24jevQrIcbEAYjDfO+zLh2IcShmgc3Ub79hN2etUO53e9QwFKV9z8MLg/mQmwm/alEaYxtj9eli'
    'bEcJXxUXO+mX17vwQvU4X70FYOBivW5RtdDbyKng4qZ3gD/eS0rjUtf0ud8K/swvCxfPIOpYuLZ7ie+f2YC3+B6tA1xaTfbXofIk'
    'KIudBllJl7tNm6cx8Eddy00BdLPpfjgKGt7/mJNegPHfn7GDr598zUn7IY78y2AzOvq4s3f+FOBLvrsDcOPqfd5l1pAyX4N4cp99'
    'pLjMJx50bVplmQ44f2gsoE8Dnr/8h9BXiDf/WcD7j8Df+6H9Cx5w6ppL5udpiGe/99lg+6/la9799jsfwuBXAfP94X3uWWhT/sof'
    'uPMWFf+dnpHybC3MxcNmMUL5WSnLzoD1EQ9Mno2RDs+ngZ6g/ZUxMqjcoFYU24qhr1rpHHX8MxDPp6OYzppN5oOel4kO17d70Pqb'
    'Gc1dNa4f3wyiW96luMfxe6ipTUG/MPOjrLvnmtLSIxo+fK9Q2zOpfBCE8eXF/UUM+NgUDCj61Uj4oWF15IPKCFW82W2aud6ugReV'
    'z44G4fp6MrUxMOE5jWp04QeE3iefqm9+fDaU96rWZpjp0QfdHzb3s1YNHxftfe8l9/UMtPHCglI6uV0U+yZdrJkPG9oE86WFt92s'
    'jn8ux3G6IW/LlI/JfZXtEOWLm879JKp8CuSvLuKyCHCPiR9YE5mRKZ+83PPWL8z91ff67GWEL4SxBLSJfZEOiwvVJnYrtXuy0PdG'
    '4fpaHGXpsEZ+dwObA/S9jiniQ4zlsl2TLhNujKxqeNfJ9hTqHDUI1288tZ3EvY1n1FbCj2/Q4I2khm5rhjU05dGZ+h8OIrNqFGr7'
    'Jj9/TNz+LQq5kZctX7uGv7WInQX8rO9T0BLllqcthTbo+c5luqPC3L/+sCiOEzCL0Jm6s5vTTCOK9TW5bzUqdBVyAeQypjIwFf13'
    '0IP+C2LPKPffxoDrq5pjnZ+1EUO9lRkaHZ+tmrXV4eyVwvXvovMnOqhZBxOfmrw92dYc4e2DLQi9aUtXyjwbptB6HhWS3ugTaj99'
    'YwwPrFTI2VXjG9PQMaq8PcLeP36OnJvNwlyOymHzRsP1rhf6uCXbfWDXy2+nStdspmaNa1j5AcW5w+8JLwI/4r8gfbDDe7yVwvXV'
    'Js8p/HYvwc33inCxaHTxqDqFfzyq00R5Yi7NF+F8rKEfMRpTps9nj+8QZmuRYWvx3YXuWnx3oR1d/zvguzZC+ijwdq991G23kdDc'
    '6J9K/qRvIelXSPoUkv6Ehjr0zHQvP0QFmrajFDYKawIxrj/0QSc99WLwbQvzI9997l0guxqFe/JuJx3sUNdx5zWuHy5dHY+vN6tD'
    't1ZzgJapZj/VnNVsdNqTbd3xASF+9gE7KYbJ3BZkaRvVY5NtylS2i/1vgf5Xsd9j+TLfyv/eyP8+kv/15n8X5X/vzv8uy/+u6TDv'
    '92PQ/rcgfQPSj0DaC+lFkL4b0ssglW1hf6vJ3qghctOa/Fhvuqu43RoYv3xP8WyFBs8iLH7+Cic9DWDhVztL9RZ09LIOTpphnivY'
    'b1W+j6/ckp+LdwpxSZ6wuOFqIX59ifd8roJxvQIyWlm2EB9+A+C5q51U1uMHpxJGZg8454U8K+Q5cRDg9n5IH+ywg1OEO1mv7iyS'
    '6UEGx/ezvx8k694K/a9hv1n5/dk+5sDSY7DX/i7/+wrAqS280nHIugv3kbFieH2M7bu/g/QrDG5N4DhN4FH+fpJv87c9xf34CfRD'
    'vud0AW33FUV/eGztf4VvT/rQA7R/adK/+dfn1ylX3D/5rrB+ObVu0r//Gcgz7irtTxZw0v99v3d/6mH90+x3Xv6QPyd/4Hbm92pV'
    'n3odZR6ZngM6Bp2wr2V+1XjRjkT+Bu4X4pmvFtcn38lUvrc5g6UsVDU/K58slktS/k7HA+brRPsty0m9A9pvrs8TRGZI1wPlb3PI'
    'eki/xdJncWWeruh4Xr0e1LdxQS73KPTveTN6GOftAJS//zulcEXXyGT+atj8ia86MtgiRYGvurJZm/lLw/xd+qIdT57Kg6isEfmT'
    'c8bt5aVYb5bkqyC8frRlEIZwJmXAUv4rPOTCnNe6bl/w2OG4vreDXH3ho67cBL+hzH35k6Vw8SXQAfjSHm+4wDimqK+NfvqGv+ro'
    'IXDYboRv1FcswrMpnDzyvAsnMv0O7AupB2ZTz+5vAp21x3/9TnlCiF88XDyOU8DHrXwfBM737Cudxwybx715XPLj/Hxd+1jpPO4F'
    '3YQfw3zKPEH0rsS3S8efZeN/Ld/WyieK238N2pfvbdr92deK29/1WDgYR52ZD+8rhePb97sw4gXHVey8LJz9e93ziNMS+O2xp4rb'
    'uffx0nj2qNtz09fVeVVynYRwbZmxT6fn9+nlTzq6SVc+qj4zTocz8vIni/WYZH6bNboN9sbloHv1/h+q9ZGkXhSH4SyDYXmHlvdn'
    'es5if+n9OsiZ++j3nfT5bwePG8D5CSnGT/jiPre/X7TUT0LdtcY95W2HwrkfLpN0iqRR6Dq0BtAlVu1Feobz8+bSx2G/K/Yp7hE/'
    'Oq6W8F4ojOGYdinwJNfl2hUQT6IO4Dcf0+8BOuf15D6wTur5PVTcr3Wg+yffU3qu2oeeQ91BsSc4PaebR0kj3pnHHeseKp3H+6G/'
    'dwJuWfeQ3Tzi/K980a7cn0C7txEdQb/zSurW372vuP9U396m/TthTtv2Fa/HbBEMnu6FfZDYX4qj5ZotIXqitjTNumdc2JR1HUn6'
    'GbSuHz9cCu9B7gqj+T3+B0ZDjcK+/4MlDaU6N4Kcc7+Geh4Efu/ir+n3to73Xzmu1p2ke5bHU6B7lsdh8IqhPg/ue1Lnkeo/BtUD'
    '1Z1FujHR+xXGcZAxGCaiv/8POXxbig=='
)
