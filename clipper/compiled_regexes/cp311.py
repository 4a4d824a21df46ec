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
 ('(abonnieren|bestellen) sie (jetzt )?(kostenlos )?(den|die|unseren|unsere) .{0,40}newsletter', 2, 34, 29458, 250, 4, {}, (None, None, None, None, None)),
 ('(assine|cadastre-se).{0,60}newsletter', 2, 34, 29708, 108, 1, {}, (None, None)),
 ('(jetzt|gratis) (lesen|testen|abonnieren)', 2, 34, 29816, 124, 2, {}, (None, None, None)),
 ('(powered|designed)\\s+by\\s+tistory', 2, 34, 29940, 106, 1, {}, (None, None)),
 ('(sign up|subscribe).{0,60}newsletter', 2, 34, 30046, 99, 1, {}, (None, None)),
 ('(©|ⓒ)\\s*\\d{4}', 2, 34, 30145, 37, 1, {}, (None, None)),
 ('(наш|наш канал).{0,20}(telegram|телеграм)', 2, 34, 30182, 93, 2, {}, (None, None, None)),
 ('(にほん|日本)ブログ村', 2, 34, 30275, 41, 1, {}, (None, None)),
 ('(打开|打開|下载|下載).{0,6}(app|客户端|客戶端).{0,6}(阅读|閱讀|查看)?', 2, 34, 30316, 122, 3, {}, (None, None, None, None)),
 ('(扫描|扫码|掃描).{0,10}(二维码|关注|下载)', 2, 34, 30438, 73, 2, {}, (None, None, None)),
 ('(有料|会員)(会員)?(限定|登録)', 2, 34, 30511, 64, 3, {}, (None, None, None, None)),
 ('(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ]', 2, 34, 30575, 180, 1, {}, (None, None)),
 ('(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,}', 2, 34, 30755, 156, 1, {}, (None, None)),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 30911, 227, 0, {}, (None,)),
 (',\\s*(photo|image)\\s*:\\s*[^.!?]{1,60}$', 2, 34, 31138, 101, 1, {}, (None, None)),
 (',\\s*photo\\s*:\\s*[^.!?]{1,60}$', 2, 34, 31239, 74, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 31313, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 31411, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 31590, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 31671, 21, 0, {}, (None,)),
 ('AI\\s*학습.{0,10}(금지|이용)', 2, 34, 31692, 55, 1, {}, (None, None)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 31747, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 31985, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 32239, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 32429, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 32667, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 32695, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 32875, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 33067, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 33273, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 33305, 30, 0, {}, (None,)),
 ('[.!?](?=[\\s\\"\')\\]]|$)', 0, 32, 33335, 56, 0, {}, (None,)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 33391, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 33510, 131, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 33641, 139, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 33780, 151, 1, {}, (None, None)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 33931, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 34247, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 34468, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 34961, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 35285, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 35491, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 35519, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 35539, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 35571, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 35733, 16, 0, {}, (None,)),
 ('[\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]{2}', 0, 32, 35749, 112, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 35861, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 36067, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 36353, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 36549, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 36603, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 36627, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 36651, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 36694, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 36956, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 37250, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 37268, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 37285, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 37314, 124, 0, {}, (None,)),
 ('[\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000]', 0, 32, 37438, 206, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 37644, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 37774, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 37981, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 38251, 230, 0, {}, (None,)),
 ('[、・]', 0, 32, 38481, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 38499, 104, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 38603, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 39022, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 39038, 44, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 39082, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 39171, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 39290, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 39365, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 39446, 16, 0, {}, (None,)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 39462, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 39498, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 39611, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 39655, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])', 0, 32, 39679, 28, 1, {}, (None, None)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 39707, 44, 0, {}, (None,)),
 ('\\b(afficher|charger) (ce|le) contenu (externe|tiers)', 2, 34, 39751, 141, 3, {}, (None, None, None, None)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 39892, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 40375, 277, 1, {}, (None, None)),
 ('\\b(straight|directly|direct) (to|into) your inbox', 2, 34, 40652, 145, 2, {}, (None, None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 40797, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 40898, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 40923, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 41772, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 41880, 33, 0, {}, (None,)),
 ('\\bi (agree|consent) to the (processing|storage|use) of my\\b', 2, 34, 41913, 168, 2, {}, (None, None, None)),
 ('\\bum (den|diesen) inhalt (von .{1,60} )?zu laden\\b', 2, 34, 42081, 116, 2, {}, (None, None, None)),
 ('\\d', 0, 32, 42197, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 42211, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 42239, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 42386, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 42601, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 42733, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 42852, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 42913, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 43025, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 43152, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 43273, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 43547, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 43681, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 43818, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 43875, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 43994, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 44022, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 44038, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 44302, 4095, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 48397, 55, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 48452, 289, 0, {}, (None,)),
 ('\\s+(?:septiembre|diciembre|fevereiro|noviembre|september|septembre|setiembre|settembre|december|decembre|desember|dezember|dezembro|dicembre|décembre|febbraio|februari|february|november|novembre|novembro|setembro|сентябрь|сентября|agustus|febrero|februar|fevrier|février|gennaio|janeiro|januari|january|janvier|juillet|october|octobre|octubre|oktober|ottobre|outubro|августа|декабрь|декабря|октябрь|октября|февраль|февраля|กรกฎาคม|พฤษภาคม|agosto|aprile|august|giugno|januar|jänner|luglio|maggio|август|апрель|апреля|ноябрь|ноября|январь|января|มกราคม|เมษายน|abril|april|avril|enero|julho|julio|junho|junio|maerz|march|maret|marzo|março|марта|aout|août|févr|janv|juil|juin|juli|july|june|juni|maio|mars|mayo|märz|sept|июль|июля|июнь|июня|март|сент|abr|ago|agt|agu|apr|aug|avr|dec|dez|dic|déc|ene|feb|fev|gen|giu|jan|jul|jun|lug|mag|mai|mar|may|mei|mär|nov|oct|okt|ott|out|sep|set|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв)\\.?\\s+\\d', 2, 34, 48741, 2473, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 51214, 220, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 51434, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 51467, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 51508, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 51529, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 51587, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 51613, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 51629, 16, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 51645, 179, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 51824, 104, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 51928, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 52123, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 52503, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 52558, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 52672, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 52969, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 53147, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 53204, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 53261, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 53318, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 53375, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 53436, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 53493, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 53533, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 53716, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*:', 2, 34, 53876, 206, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 54082, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 54164, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 54304, 30, 0, {}, (None,)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 54334, 97, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 54431, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 54532, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 54558, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 54582, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 55092, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 55116, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 55140, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 55161, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 55569, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 55710, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 55832, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 55853, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 56044, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 56097, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 56116, 171, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 56287, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 56325, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 56404, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 56560, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 56716, 845, 0, {}, (None,)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+es (periodista|redactor(a)?|corresponsal|columnista)\\b", 2, 34, 57561, 428, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is (a|an|the) [^.]{0,80}\\band (the )?(co-?)?author of\\b", 2, 34, 57989, 390, 4, {}, (None, None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is an? (senior |staff |contributing |freelance |former |national |political |award-winning |associate |general assignment )*(writer|reporter|editor|journalist|correspondent|contributor|columnist|blogger)\\b", 2, 34, 58379, 841, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){1,3}\\s+(leitet das ressort|beschäftigt sich mit den themen|ist (freie[rn]? )?(redakteur|journalist|autor|korrespondent|volontär)(\\*?in)?\\b)", 2, 34, 59220, 638, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 59858, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 60702, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 60848, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 61039, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 61085, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 61331, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 61409, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 61621, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 61853, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 61964, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 62211, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 62335, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 62957, 369, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 63326, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 63475, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 64063, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 64269, 199, 1, {}, (None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 64468, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 64815, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 65123, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 65252, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 65499, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 65867, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 65982, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 66271, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 66616, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 67127, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 67585, 162, 2, {}, (None, None, None)),
 ('^\\s*(weitere|mehr) (\\w+ )?(beiträge|artikel|kolumnen|themen|informationen|news|nachrichten)\\b[^.!?]{0,40}:?\\s*$', 2, 34, 67747, 290, 3, {}, (None, None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 68037, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 68424, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 68988, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 69255, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 69730, 71, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 69801, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 70147, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 70222, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 70368, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 70503, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 70616, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(읽는\\s*시간|읽기\\s*시간)\\s*[:：]?\\s*(약)?\\s*\\d+\\s*분', 2, 34, 70690, 139, 2, {}, (None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 70829, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 70906, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 71033, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 71403, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 71445, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 71538, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 71584, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 72454, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 72879, 510, 1, {}, (None, None)),
 ("^\\s*[\\w'’.&!-]+( [\\w'’.&!-]+){0,3} newsletter\\s*$", 2, 34, 73389, 268, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 73657, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 73730, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 73940, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 74023, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 74167, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 74313, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 74443, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 74571, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 74687, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 75190, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 75362, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 75617, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 75803, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 75990, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 76443, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 76664, 171, 1, {}, (None, None)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 76835, 1360, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 78195, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 78263, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 78341, 311, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 78652, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 78733, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 78823, 130, 1, {}, (None, None)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 78953, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 79029, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 79104, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 79161, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 79208, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 79247, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 79286, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 79460, 97, 1, {}, (None, None)),
 ('^\\s*back to (the )?(top|home|homepage|start|blog|gallery|list|overview|index|search|main menu|reading|all \\w+|\\w+ home)\\b[\\w -]{0,30}$', 2, 34, 79557, 335, 2, {}, (None, None, None)),
 ('^\\s*by\\s+', 2, 34, 79892, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 79924, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 80889, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 80969, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 81052, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 81101, 105, 1, {}, (None, None)),
 ('^\\s*partage[zr]? (cet|cette) (article|publication)\\b', 2, 34, 81206, 135, 2, {}, (None, None, None)),
 ('^\\s*recevez .{0,60}(dans votre boîte (mail|e-mail|de réception)|par e-?mail)', 2, 34, 81341, 195, 2, {}, (None, None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 81536, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 81621, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 81778, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 81826, 207, 3, {}, (None, None, None, None)),
 ('^\\s*volver (a la |al |a )(portada|inicio|arriba|listado|blog|índice|búsqueda)\\b[\\w -]{0,30}$', 2, 34, 82033, 236, 2, {}, (None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 82269, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 82393, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 82497, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 82545, 77, 2, {}, (None, None, None)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 82622, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 82889, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 82927, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 82956, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 83000, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 83056, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 83115, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 83153, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 83256, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 83345, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 83497, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 83578, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 83749, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 83802, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 83918, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 84042, 60, 1, {}, (None, None)),
 ('suscr[ií]b(e|i)(te|rse)( aquí)? a (nuestro|nuestra) (boletín|newsletter)', 2, 34, 84102, 351, 5, {}, (None, None, None, None, None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 84453, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 84552, 30, 0, {}, (None,)),
 ('コメントは(承認制|管理者の承認後|管理人の承認後)', 2, 34, 84582, 77, 1, {}, (None, None)),
 ('コメントは個人の見解', 2, 34, 84659, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 84707, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 84751, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 84797, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 84829, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 84877, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 84929, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 84969, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 85005, 24, 0, {}, (None,)),
 ('구독\\s*하(세요|기)', 2, 34, 85029, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 85075, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 85105, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 85155, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 85229, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 85289, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 85341, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 85371, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 85405, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 85467, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 85502, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 85548, 48, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 85596, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 85622, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 85648, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 85701, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 85741, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 85783, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 85833, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 85934, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 85988, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 86041, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtvQl8XcV1MD5v09O+2cbCyEaAbWSwjQwYjLFBgBugAdssCSSsWp4lbFkSQrKxY4IJkA1SyEKWJm32fwMxhCV8YUkacAE7bUgC'
    'SUjT0sY05N+Yr9lKkpKERt+bd89wzzvvzL0z994nyfK9/B5j3Tv7nDlz5qz1Qoi0cJ5E/jeef7L5tC3/k2km/6uA7w35X3X+V5n/'
    '1UE5+e9a9D0J/26BPKrOOsh7SP7Xlf9th3//RH5H7cs6WqGdOmi7Mf9bDGk7aqsZ3nF9qYP+y+9LoK0Z+UHNbCvtawWMU7Zfj+Yj'
    'jebjnfC3GpNMq/K/WdBuA6TV0OZVaEwy7wB8yxReej9J8ncqMa2ewvQmO8VOEeLp9PiW9imbX3fftuV6bsz/+mH9emH90vH6SZAW'
    't4hQz5GeXz/jXwHFNVXwb4VrKD6QnW6Cf8v93Jpxyl1D9qnNOvut+wH+pAoTc1MBnVUGWmUHVDy+G1Rhsb5ZwN8tsIZJhLMzcAaI'
    'XUJ8/kfF501bwjlfWqC+BCqXVeXW5tv+tIPbMx1u+dn53xxNXxOasykRsK1m6O9v87//hjI1qD35/Nk5rt54xsdvvFGgfdJDzuQr'
    'Ya5SAfBaYhritZ1Xh8JrSa+PlQCfGHZuQAUV7CR84Dxe9wN73ZvJ+SXh4B7AhSkLfBf6vEpNv3UsIM2iZ2c0i8g9baWv4rMqPqvi'
    'syo+q6brWdVsiePqACW3Pemkt+xx0l8/7aQD9zrp955x2vknVGbHd5z09a856d4HnfQLu530keedMn8PMCbf/fwGJ33mo076g7c5'
    '6UsXO3kfQnlfeL+T7no/n/dLKO/cXW4/Zdpxn5PeucfJ+zco744HnHQ+jDm9p3iMH0J56bzQet+D8rbAuB/ezefdgfK+CHlef5zP'
    'ey3Kez20feJzfN4NKG96r5Ou0NR7Gcr7yPed9Llv8fOwHuBIvts24qSnbS5eg7NRHrl4XJunoTwPwxj27S5uaznK8+jzTlr7/eI8'
    'ixHPcNmlTlp/ufNtAfr2xW4nvehO59s89K0FYCmz0/k2G327/7bib43oGx1TFfpG5w3TjdcFuCe3IDKJxdEJ7zu/bVv1BJ+rdTgW'
    'aAjJn13K4J5G4PO1QP9wHRUov+Lx4rOqCeVvhPpt62mOck6ThaG0ec2pbXsx78qHd+Uz596nZDL0ZUHR7FvyQPYjgI/KcWftuqCK'
    'Cli7yzGNY8tm8xlI1I+Y5KcN7Y8gD8YTA8K9d2N5U6LDSf/U4dKl8ZpN/popmV/VuLO3Pp2/LP9NJsZ/U5F3b3NP0NFPVR70k638'
    'R+1hfGZebnG3nOZPEthl8wNv8p2+otdYnhPzyGIeWcwji+U5sTwnlufEZ1WMs+KzKl73SZbnSFj4WUD6PJbvxPKdWL5THvlOcyzj'
    'OahlPDFPc+rJdPD+bLLcJ352JrMJfxLrqytcMf8ZF0/LvpzLfHvqBefbmejbORc56fkXOt9OZb7dfpXz7UT0rXqtm6cB9o76VkO+'
    'LYRv7TAOmW6GOTscfRsm39SeVeXUXlZ51N8NaM+perzyBl2nZihD6eIkuVNVk7VKWdJOGejvSujvavTuzA3OuxXo3e9zzrsT0DtJ'
    'BzTAmOthHvpRm8Kjzw2wkeaheUvDGPDdN+kz9gz6G8vQljJ5EyFsN9IWfWqCfsk9dRSZ9waLduU4KmDPNAUoe8s3+DP9rQHP2Rpy'
    'PlQgGJLp89vs622CemzmNhvR3Mr+Bp3bymdL51bN79ki2DxUInzL4bHjPPBYuwUem2uBx5qh//LbGNrjMh0RxfSk+lYBa0bxYBWa'
    'o3clgsFgBVmHdjR/1dCPL0FK+z0KaQ/0rQbl6UPjV3mD4Ap7uV5y2vMY3jCcDfT4ivWs4MfkPJXwOdMH7laSOv3wluJ9PA66U0oe'
    'rPigR5fATfKgfoQHj48hmncGgawE2usYZ12I8Nl28u3NCO8oXJGD9VPn4XWQ3gg4TtWjaN8qpjzOczyip1ali+s+I+2kN7e6da9M'
    'O+Xmo75tJX26RvEeUJ+6ydhmApyalh9F540O59do9s+igHdgWs/iiO5B2P9ABtXdADwC9W4hWscM0teS706C8aq5wGf4IKS9UP5Y'
    'Ju+YJm8bjA3nzZFzSvGCcJ5topgXRMvjsxt/W5EOdvZ53THT0M58cqdcBukpopRvdbziX4lSvpX6tpzAHId/uXeK3jtE870R6C1T'
    '/M7BP52HCpi/CkSrLPSRf1RHyBMz8Reh+JknQP9qERzT/adgNcHQU0MElnMaeipR5rHYtof3bB8aiw62kwhvfDIdzm+JLHsGoe9H'
    'yHwOo7+9zpxGwBu4jhyifzG+yRng+gGUeuU17dMwmWt1lzgq7eBG034Nknq7LcqOkvnB647r3MLAtOzraym3r30WtEAPc4/y62uO'
    'GR83fl1fn005/BxFL+D2TgOa4l2IpuhMF6fLDeiQ0w3qXU3ynAh5bkJ5lqeL81YqvhTkvaXVSW9tdffQXSk9vA+TORlB628CXxxM'
    'dJMzdizf/unwroOM8Xjo985Wd4/4jclkfVR/vNbFpC3cZ5O856WL6YSTUg4vxhb+Ryz26JAGfwwR/DEj5fAU5btNmrNo1KL9bg0P'
    'gbb7u6TjOwqX2edTP7dv95H3n59X3Pd+aO/HSYfmU3Qi5vvo9kEvwXP/CelP0Zhk3bvzdR9RpnXUrSfum+zDZ9F8bg3RTs7nnFD7'
    '99ako8/EzSM9L0c0+Xp9+ifb2YTaMT3LufH0+oznAtSOHxz0oNRvfl8l58rJ+XZmBMC7OJ/aQ/OTDp1mOhe03m0+c1KbdHiftA82'
    '7dmu968SzpgwHNN+91rQTXRMP0o4dxi8nhRX9TPterUn633SoN4hi32p4OXLBvWa1NdD7hV35b8dRuAuR/D+WAQ0rGxre8LhbXBt'
    'bWXoWsorkXVcg+qg++F69N5r7S9Fc6nqeAnNDy7bZzCn8qwpyG4TrkxBt0Y5BicW5IMGZfs1Z+h8g7JDDK6RZWYlnPuVadnCvRGV'
    '8VoD3M6fhEtfTBSdJ9v9N0TrmdBoioZemQ5PH8r2v4FkRkPkTpgjtMmDKK/XvMq8f4d0ul7b4KRrwP7xKkgfW+vk/RTii5rSWLLc'
    'XyG+hO7eeSuTh8LLDpRHd8+6Dukf/c8lTvqmdxTrZm1Eee4Cfa/Ttxfn6UJ55tzppF8BHa9LQX/tUqy/Bjpev33KSUdB12sdyvNB'
    '0PVa9mSxPtibEL+b4pjTEc/t8nXFfVyBvr0Aehzr+5xvy9A3PA/y2zFYb63XSd8D+gVHoW903lrRt0tuKf42y0NPrt5DTw7ze1Uf'
    'bPmeWeCdm8jI54x768jTPs0ZL+6T0meZi3hMpv00oVn8eFQc3zwtwvvrVTw+ZQttyuMz5eeX04+wxEHjBn2qiaBP5byf2MD7oQHg'
    '3ZQH67cHmtD6ZFB9SaQL4LUOlRGugyltFM9tNHPL0Y4Hy9xWTcLcet2FDpZ5z5Z53odiPFHWOVU4OcYT0c+tCd8nnvdo5t2WL3aw'
    'zHs6onnHd9+DZe5qI567csm8Dpb1yEzwesRwbjevUcpaD5a5b4po7qeyPtDBspZ1ZVrLidQTifed3VpNZd22eN/ZreVE6UQdLOtS'
    'EdG6eMlUY9rXbi45GW/Mgwg2h+XQoYnXItxamOgYxTgj2BwfjGdYTRnmMEp91oNlHWZHvA4Hk+1QvFftYKRcOuEHyzpUl2kdbHTm'
    'D5a5rp+EuY7CLizmrZuvz2TZGsX4Kro1CmKXE8+/HQ6bCLul+H4efE1M7Xdi/mh0cxzrIUY3l7GuXLg5DWt/F/Pt7Ob9YJYJRkVT'
    'RG2XHN97gs1/ufwbxHwCu/U4mPy3xLTT1ISNg2VdGiJal+nm0yrel3Z8qYn2iRDbVpivD/UdEM+d3dxh3wrx3NnNHfY9Ed+tg8/d'
    'wbZ3o5pDzr9LvIft5hD7iDlY5i4V0dwdTHNWEdGcefmhiveu3VwejGdHVHOHfVzFc2c3d9gHWDx3luftbTG9F3TuOF998RzazSHn'
    'yzCeQ7s55Hw9HixzmIR+zIYfHpfyhTkGqdLRoTHhGpFu52aUl8b8U33Fc3OsKI7124T6HSSu52zhxsX0i0cWNFZls8EdRLZzt3B9'
    'eGaAr/r8fDeOtZq7dqIHsUi4PjznEJ1Oap+wzUIeqmyT+0W4uH1yjk8ksELHvJgZ89EGY54nXF/25RozF3+o2XL8J4vSvaxiN3nF'
    'ymtnyvm1h/fLEkhntNmtmWkfm4V9nDEd3lss3PiYtmPGMZUboV75fZYqLwtdJAQ+CunTAOu+QRTHzb0ayULiOII0juB4YSrKGUcQ'
    '7zu5J94B70+N13var/cMYR/nW8UrrkM0RxHx4wEPrxN4yMTwMCXg4aPCiZuD7eiw7SO1qwxyzvvFphhD+ObEx5305w863wbRt3NG'
    'nPQs8NfeBzS/ru9K18zENrRf8LET1iIaidqKjFnoGvaKUvtWE705v7mTsRgP1/SvV9jbzg4YlsH3IXWn8fK5rnynZmCfYxoF+0lf'
    'ytAeNnePBKoH4zWd7/owd5wg7Si/87pYoly80A7N/cD0npSBb8KHJv5iyp4+nA13Te4OomLR5tA7FaP9avRuB7y7TJTGkVd3o4vR'
    'PWafcONEZEWxbbeKLX+OcOMCd2lgvMsAxk8SbjzRfQb5j0F9OiFdPOajhBs3pLPeSY+GdAGkx9cXx3mNIn6wuq+EuWd1EbiqIHA8'
    '/xknTe912jmX+fbUCxCrB+N00BM5/0I3RjH9dvtVzrcT0bfqtW6eBhif+lZDvi1k4ErByeHo2zD5pu5UGIaWojx4betQ3mGfvJhn'
    'lLVYB8W7qbTEVVWWNF4G8Wdkf1ejd2ducOOoqHe/hxgkJ6B3L+523i0VbvybftSmFy5S8aPnkftDiyX+y4jieMoVqD6aNxGQB9ME'
    '9djg5BrYU0cxtLXNnq6APdMUoOwt3yjFB7JPbw3AIzDhuT6/LRjvodZybusimlvZ36BzW/ls6dyq+T07IA+mHuFbDo8d54HH2i3w'
    '2FwLPNYs3NhSY6LUhyKmZ9Q3jufXhOqTc/SuRDAYpOdkO5o/FaP9S4inzvkDpDx1fKfZHJJfW1dyz/V7konp/Lxx0Qn8pH1z2PJl'
    '/c5TCZ8zDeUapnirGeDpcbgHtsA+VXGqYv4Ixx9xnnLyRzg5xYUIn20n396M8M5mYe7zYLtwad8qpjzOczyip1YZ2IKshFiM81Hf'
    'tgozf6l4bDPRfcqkPPbrp8P5TZr9s4jIQHT+pMLwEkxoCcxLCMsjoDJOk/IZzfws9aBvdeM3lXPHd734rhff9eK7XnzXi+968V0v'
    'vuvFd734rhff9eK73kTc9XR29hnA0QqvZkE2tgTOQrrHsqDXGVR+XAf0JG5DhLgDyrk4S65ZyHugMU3SZ0dvVFj2J2vZn5+RGPUZ'
    'REOarKeNnPJ/NLRpu5qbcXctlV76D6C9ZhH1k4BBp9KFQaunojDkQvtVflVUe32sQf+uRTNa31CskdUU3YiS5EVjoz5zm1XVlcY4'
    'PBms7234Auj5NNr12OhJuoBp+yRLjqsAT2PggSYs5wjzIWrRENRen4Vwv0yrxvk9S7/b6CzQu7oJXquxpO8HoI6MEX0fwZNMTVXy'
    'Pm1MpAd6Ok1uAb5tl5sXESX9MtcCdnX0iml5RY+eYlGmXPRIOdqfSPrj/xrSH7LOH0O+VEyHxHRITIdETodESU9EjZdi+mH60g+m'
    'dMNsOHuDnGlSHsTxTCp8aI6lmjMujK79cSHl48eJYt34uWLidOQbkEzXpgzmbWUMZPHHkXWPde1jXftY/yLWv4j1L2L9i1j/Ita/'
    'iPUvYv2LWP8i1r+I9S9i/YuppGuP+Qm1CLdWkvvtSqHXuc9CnVhO0QH3eh1tiul8dc+n5U9AefFYsU0/LbPco03Fk7ChFdLoLoRp'
    'BdNYl7LvH0sU0wxcjGuV9/aEHWxh2JDld6DyPQH6OoDK5wKUv5z037b8eYlw+35Vwp8eOSHhT48ck3BxwyaL/reichstytWjPvWj'
    'dnGeDNTtV2cfKfc/CM/1WPRpv3D8CHnBoGldL6A+bDYotwnK7UXlTHGtLPeYZTnVz12onA3c/i06b3R7+y5U97BF3e9BdQ9r6n4n'
    'ytOjyTNmuQaqXB9zltK6r0R1d1vUvZ7pd47kOZuZW5rnNJRnqybPcgOaYHFAmmAeomVou7OZ+6T61oi+9ZBv+L6nuy8p/rSiCzi/'
    'nKZ37XZEQySATpmJaAhFT9jK1cLyXL18qirapVKU+uapI+12Cm87uXrCw9L5N+Laqo9A1jIb6BiOf6j4BPUMnCn+AM7/GMOjzhI5'
    'iIlP3EOhX2m0BthGMY3muQ7qnQV1NRAa8iqNjGU2mrMEwS85i/42I7pQjvUIAzyUY/al31mRI3uyW5T6HivQYtXO2GT5BMgkVkB6'
    'BKRtSFYh03mQLoP0UEhbID0PZBq5asdnbZDxeY2BwtSbqx2+vmk7Uc7f4mrXL++gKPZ9tiXCdpqrXR9rvQb19kTY9qtV5VlH2s6P'
    'LdsZDdjON6vcNdtAym5hYIyjs7j5xH71ZDtfrHL1TNWemQ9pO6SVkJ5YX7wH1V47Eu0xWeedVQ69q4M3m31zA6qrl6E1bOraiOqi'
    'c0rXYYzcM9X7bVDXJR796rHs15oQ80XhZhnTr/2G/aJ1zQsxRlpXTZVz/gSdey+4Luz/Srf+Xot7h+ka/Wulf//pOLoM9qPah/9A'
    '+m+CO23m/8tQvy3e8qtf9f/DleFhWNW1szL4nqd1ba4sPXe5+4dtDFeZdx2UWUZiz66Du8zaSWj7PGj7OJhDTCMp/H0IoaEO9cHn'
    'rZUOPRh07xb2P6pjiOHL4Pe6PfjHrFvHRtLOoCHe3p8t7UePZT/+OWs+HzkNXO4x6MeYz57+P1nnnuM1Hzb0nRrfZ1C9G8gZskWY'
    '+zim9b6fqTcXQb2jzDyMGdTD+UAu4sUEgBW6RucbrFGQ8+7kfL2HkXJ9wszfMoUxP/2xVjSGPjJXgyS1OfMqmPkdtZzf31X4z28Q'
    'uvgnFaV9GzPcn6qO76C+rdHEJacx5jEu74D0VHKuPBJxverM+Fy+8JHCzeNX3wlQ/qwIYm6rNgvnf4Wj8+EXm31lhGd1zwS2qeb7'
    'TbCOpvHlV5L1042lI+J6VX/nVDi8KUxTLK93+VgFXct6ooOIynQSno0qcyQpIypc/Rh6J12k4fekUd2yjl9lSvt6ok+7/5Fx21V3'
    '3KPInbfep93nUB3HkHazkB7rU8cTTD8oH+tIH5rtK6iOFk0dR/v0428zrq6Wzdkly9zBlH1Zc2bQ83xnxuGX43rHAp5xBVksU1+f'
    'MPPfT88iWd+lTH3DFvTLADnD1qD6Nmv62Wdxrnag+kzK0bkdJPW1ovoGNGUGLPpXiepbR+4+XudNhwbf/TYdTX0Kz+1Lu7Cr8pxO'
    '8i7XnM3PBSir2t2ddu0BJvr8LZz/aB7p/HFnod+Z+lcR1afmZ3valfUdUc/jaR0u25R2dWSO8DmzrkZ5EyTvPJL3LUyflmvu1bRP'
    'b0Jl6dm4yAe/n4z6OM9nPIs9xkPzHoHyHuOT9xCPeunZWoPGOovwHxb4zNPrKbedWT59+k1KPy+0T/8/ytviU++/phx6gsPR9I6v'
    'ZODfSRXb+wQ5J2Q9X/doe0SUxucpnP+oTM7jvMV4+XMG7WwnZe5ixtgdYIw3o3o2kjNm0OJsudajHpsz6ipmXFsCjOt8gzmlfIdO'
    'gzL/Sfp7AirDzR/Wh1JlFnqUGdCUOTTl4vRV6dJz1Paul0m5On2bCZ1I99Mfk65+hS2MyPKveJQfMCj/L1A+iIxRlv/HpDtW3Rq9'
    'If/zyDtAeJpfTZbOYZcojj2q1u9upl6OZ1ig/1FeLz5ggf+fLNU31PGzOB7TzZq18dtng1D+uoDl1T7tSZbqliq+z5/IOl7qkXeM'
    '5D1fMy+meGh10sVDQfebrOdY1OcVUH4topUx3dZmkFfRZLM88lLauNogr6p3POHofEQtO5F1/xzpiHJ7oMD/Q3k4Hn9BFzNRqgf3'
    'MtkXz6I8HA0g8zyVKNYnNIGRAv+fGccYGce9HnkU7H+B6SO+38k8nzTUmcW4T5b7AKp7SKOPewvKw8kOZZ53oDy9Gp3DEWY9KF/i'
    'Go88Cp9ezfSZ6hRe4tEfpR+9NlGqb0nx/F8wc99N+ryKydNHz38EQ6by40Jcb6ZuittbmbHuJ/XMYGA4ZwDDGY+xjQk3Jqouj1qP'
    'VxnbuBzZC68I/dorOH8J6a2a8k5kue+jugc0e+gfhd0eUmP7uiiFx1GS5yGhx1dqD93D1EPPq8+i8ZvyUgrnPypnKpOQ5W5FfeLO'
    't4L+H8rD8VQaYB519ajzZ6NHnlMgTxfKw519hfPfI8+padcPRL0lL0eWO4OBEb9zT9m5z4pQfqF0sest+Tfqjl9vKX+gutgp4R3T'
    'w0sfOoh+rrKt1ennlkvPVta1gOgq1zA8CKyPt5Sx+5rnk9fWLrhZmMVhbRR6HzOc/5nlIo7RGvuNif3GxH5jYr8xNvgv9hsT+42J'
    '/cbEfmNivzGx3xgT+In9xsR+YwS5o8Z+Y6ae35jqAPbQsU1ubJMb2+TGNrmxTW5skxvb5MY2ubFNbmyTG9vkxja5sU1ubJMb2+TG'
    'NrmxTW5skxvb5MY2ubFNbmyTG9vkxja5sU1ubJMb2+TGNrmxTW5skxvb5MY2ubFNbmyTG9vkxja5sU1ubJMb2+TGNrmxTW5sk2ti'
    'k5swsMk1sXtVsWVs7L5SoK++kNjC1FrwnHH8qEGEO2n8qBHyDdt9jJI7PbVB9LNv9Jsb2cdnyRgpfhwiOBTH9aJyUHWmecX1UuNc'
    'ztTTT3Aqjuu1wUI2Ps8Qz1Jb2UbDcpTGwvYsyt6zIrY/mDT7g6C2/LYxq/zs1as87NWD2qTH9uaxvXlsbx7bm8f25rG9eWxvHtub'
    'x/bmsb15bG8e25vH9uaxvflUszfPwl5OwxmlcOsAtJMxwK0Us6amF2otTNW7O4PBPjxHdobAvEmDfWdLAwlRHJve9D6zmsjaMO9R'
    'xxfA72m5ASY/lq8NMfaaag+byOepPA/3xU8GV7AlTzt3bE4XaFjTRxO/AIOIHsJ96mL40fj7Vgv9pjD96Cby1o/l56GT9LHXQpY5'
    'GmC9uhBs4L5NxDrQ8V+Sds4UTgaLZcpB9sAgwfMjhmcKpblt5pfuAywbaEVjtZlrTvabI/edNgaGovBBYQo7dKwvpRyeMLcuuM+m'
    'cLRBMz9Ulq10A39nSNt4jeF+jzEMlnEMJuvyqiHM3Zhy7t06m15TW/t+wdvGjwhzG5IujZ3jGIMzZN/Xpxxe9WTB0E9Rfq85lrqk'
    'C8g8dWnsfYbKdG5TO51EypHF6HymeK1ZUHy3QdO3QTKvfvpdJjoicox7ky5s29D7/VPg3PtE0pEHKPgz6Tuub7Nm/W32tg6Xb9HI'
    'vweSzh2NwyVUR7vbwv54lNH9MenPOUnX55If3Wx73uZ89vwi1HZ/mWlyurelLumiKX7uvJRw6uLm3oQ2MdE/yzFrZwI3jyUcHnI5'
    '6TA6H3+T0MNiL7MOUa/HDQnXZ0LQMW803BvdicnFrWcmHLmcjm5Q/bCxVeXujLTd+ajdnOUdjrv/UVqBm7uCL4mE46cwSLtRzfnP'
    'gO9cDlz7HXl3ImX3W+ISVYabT6on/aBw53Oy+AIfRGO27QN3pg76tCdp8DkBYMiWVr5MuOfm5gB7Iyh9UdAlBz3RqPB+A7Q9JwBM'
    'jlrCZJ0otbvZotG9TyI9vGok+5bN70Wy71nC9aWyiOFvN1nyPyuEG9MF88KTiBdeh3jhVdCHSui3kjnJ9q8KJZOc3hLKwpyG4Jun'
    'DfK0EH0q2zWY3lJhZw1uEaGeI21kD356mXTP4bWuQmuYgT3fBbx+gWS4VUgPSeWTOvlvN2hHyjB+D+9vEm5cqWuJbJnKvw4UOEmZ'
    'P2kr3QKNjFiutRkY6XOOB3gaGBisQ7omJrhHwdMwgqd43UvXnVnzG8OueZTrXvDxkf/HRQlnPf8d6TjG+/rg29cxDVC6zukJoAFi'
    'XDo9cGkS/Y1pqAS6H/WjvdkL6xwExhJe2zNZnr1QlsepOmWyikEernzChx6vIXfhCnSHb0T4VN2lqy3u0AoGRAwDUxYG6P5No/3L'
    'xZapY3RxVRkFNwkPu5M6w3ueX9tp0DOjOmrV8L2S3P3ELiE+/yNeD462Q+0LVlvkr4N3lB+F8+F9N9OChxVkvehY1kN6MbItML2X'
    '296rK1E9sl6Zdxno1ApRHJtoomwvbXiAddC27PcSsPmQ7a95wN5mKYjteth+/uAZ+36mLfupbFkPDWn/s2OPUwbbw1H7PWWv8qMA'
    '9ioKR8j63wtjugXGUykOtCfB6N1LiEln3nhdoXZWGZo0fZKha4CVM3tp1mV9UQlrL4IBg4SPHQAf2YlZSDlfKYXTM34lK6YcUAbm'
    '4bfhg8MeFkqfymBA2gA8AUUD91/sfJXv34reL7vTfb9exL42ovK1IfF3bHs1ObZXisZUZ+yPY98UsW8KzRofy6wxXp+jQOdE0Vyy'
    'nsMIre5HWyq7TlPaHt+ROJox9qcR+9OI/WnE/jRifxqxP43Yn0bsTyP2pxH704j9acT+NMrtT8PvO5WVVB2gshLZ1uiVU0cmUqBj'
    '+sov+7Dpz89yrl2JLX2AadLKcXcvqDWthXwpJA+aheCtIMsf5+uj3xUdszggDyi+a8d37fiuHd+147t2fNeO79rxXTu+a8d37fiu'
    'Hd+1J8N3pRze28j9uVV4+yzBfo5s/XbQWFWyrTnC287by89UTvD+VnIafYomNDdtIpxvJOzLQOKyGcz9nfrSwH3fLkp9mah7vDq/'
    'FzB3cBxbbijAXA2SufKrA/ctg+5OFeT879XM/UphF7Mth3R1DhHe8U+94orpYO4Q4cZ2DVsvdwdV89WC9NTaIV9C8DGKtxq0P6CB'
    'I84fFN3nsq4LyD6fZ6jbEWaP0DiAC+A+gf21UF8oXRYwPUL24hJh7lOMi8Ol1mvVJK9XDcLrar3qLPBJA+iUHErobs7fVFD/bF54'
    'VeG/LDrrBizwO92zx6M9OxrinBhE+nwTec7heUox690MNDVe7ybB+yvZ6tNmL+LHzWVwc5j93KfZD70ee8rEdoL6qbEpFwaGqc81'
    'PJ/bmHVqAl06tU5edWcBZm3mFOvejYniGLN4PcfQnPmNr0fY+8Q9EHBkhuwZ3Nbdivc0n4dH0ztsGn66+yaHtxcg+MCxpFUMznPS'
    'DmykRDFfDK/9SlKG1nFq2n99ZqL1wfh4hg8NnfM5MzYT2t0kziaOg3lquvjvE1CMUzzGVWlv3KnWpwLRXZs6XFkSlQtWkTzvgPTD'
    'HaXyQVm+oD/apz/nXoDyv4D0fkgv6CvtYwbmHctULurWyy7lt4I2/1XFcTbxt9vuKo6zieu+4Y7SMalvVXf4w06FBnZ0Mb6H0d1W'
    'zfPnLnPSk6G/v9pezA/EeU4ieeia6/o2G85yekfCc5n5qJP+6bbS+XrgLohRexsDA30wb1tL+5Qh92mMK1Qbm2BMN/fo11nl+W5P'
    'ad/Ut8T1pX2TdeJyXmtZ7bGWBZkgwMVv31ncHu7LdRc46c8H9HB1wx1m+zWN8HQVzPGcdfo5Unk+kSttW5aT6UsX8/Mwm8hT1Php'
    'WXzv5mBoPcDQX19W2od3bAGdgg/zcMKNX9kDt37dKfvI9/XjV3ne90NXf1x9k+Vk+ty3XJxcx5ST6dc0ZRo8ynxgGV9GR+eZyHSu'
    '32PH5y+yi7dljE8vtn+KZ9YHYss6T5u9IIDSPEonR+61k8leo2fvriec9OmnnfTOPa5vxToEHwXdnOfg/HjASfftdtIVjztl5iAb'
    'EfyNtkNhfNZeqP8+0LPYVQzzqx7nYbzZEs5/81UnveIRu3LvhT244oVo5cZzxoPJAqsRYJj6DDDpa0YU+9XAPiGXeNDYKSgXRYzj'
    'LIKhi5BMtiADIDLaezzynkfyfhrRATTvsE87d6J2zoVU3Q17SN5bUV7VB8VP7iV5t6N9eBakQyTPtWif0DwjTP8bUDu4D+ehOrzi'
    'VCt7tcNFsf8FNYZtPuWxLxZu/H5tL0cy7fPIvXgz+VvVm0P1K3mQWoOzSdlupX8FeQ9FZ/cZqIyS2WcJzJwhSmnmeenSFOOrtNqf'
    'UF+tcP1uKPhXe0XNh+LnKZ0l5d+V+jLC+pjKj4jyoZKAOgWq3zaeFuZzDhM9iCHB+8hX8jQ/3gb1gd9nwOswxdkrLfGfamMVjLcW'
    '9BFt/C5SH7xRr4npGhyo85Qh87QKzdMqgMUF8PcRotRfO+atjSKeIZ63nCUvk8be2Yx4Mw2g09xskBefqWq/n4b2+eEIZ50O5a7X'
    'tDmTaTPHyG782qQ+0SqRTq7XOsh1+gDSQaH4/DjmLO8nOFvhYzWmLUxehde7CH7fhPJ2kzOxF51Tyla7jrRNz48B1F4D4Poa0s8c'
    'KdMlXFvtBsJP7SHn8zXknFbyoFNQ365jzlmub4sR34qef5tJOwNk/kZJXYcinVbML8qSuaV+0NUaYdpT7oOTGNhS+hEJH1hR5yH2'
    'j0x9NeHyEj5nAjwnEGzbwnIUfWokuBP79cy/TUk9Hp0uj+KJHMqcvRxeakH/Vu1h3flVZJ8nmPuSbry6OZRr+aGES294zeGdCQeG'
    'dOuSRnAh+28Sk8rmPHsb3Bkf3u3Nc6M8nUq4ez7xrVJ+0ijcf+9+hqdL1Ni2Qr/Uu2o1LxrGh4opm57WmpCZxPiT43dg5shPpN+/'
    'NiuuiLcjnU6f0q8Jx1FH/vlJStg+O9VeHI3XdFqtqdq3NzL7NjuN1zgDj3euisT4H4q88+4cn4w1vlG/xqa+Rf329Y54zQ+qNVf7'
    '/ipm38e+1RMJseINl+cakYTB44OTY3/2Ez/nZnSqxxpI1/CZ6W2z00FsdtqJU1Drp9nrY7W1zU/pU9tB99VovKbTak3Vvq0n+7ZK'
    'IKU2j4ZKeBI++XUxErxkmscyckJOR69FuH7R1V2+ksgaqRzEVpa5jfTBZj8EUGZITQggp7lbWIg4Ae0ikH2iqWaDtY/qRvMvXvbv'
    'x3rIq2N6zwMmloVZwMoL/HLE9N7EzzmVs/Ux8B9Eh2uarU3K4Nbq+SSD47ai/dEbr8mUWhO1bxp1dFdHYcfu1J1/tWht6wKU86P7'
    'kp3idj+YqrHIT/GFR7s7Ldv1zI/9LSs7KzpntyT112I8ZzY6M2p8Sl+yXOMz1TcIo3ODbWixfVGQ2NiTpXvTHqFOiVrb6nhtD/i1'
    'pXGf/NrVwcJ02OfHRKRbp3z0q7b96qN6VWPC3/Y+xhsxrEwnWAmLh/D9S5Y7cGn9VOR3Yb/596Mfgz6N0+b+Nf3WBMdaCuJj7mDg'
    'Id0STpRhFAM7CnyXjHkbRbyNcu6tpAGbPuY3Tb01yQo3DnA6AF+Dk9nJMj8TfOx6m/VNTa/1Toddbz9VpijgIQ00tIKNjbCOGyz2'
    '7TRfx4SGN1gZ2Rn4GX85p80eLfyd/8cd3J484B4uAGoylZ6EnjTaMPkbjUUAJSP10oFQ9sPJDvd7GqmLhMXv8m9pJ3QtafflB530'
    'I5bxs2N6msEl4cDQl57mzuzpwxeI6eR4Tcq/Ji3Ad8R4rDemiSaOL/AZs/MyCr5BsZ5KMnUwP2puqT3puPUTHDBK91q8JpO9Jr76'
    'wR79Y/WDffJ76QfXEZmW0u1tIDq+VzH6GFo9m1Th7y9xJHsl0QOtC1DOazyfJOP5KJSrNjln5MGSzlSov7PT6pSpLEzzX/1IvCic'
    'kFkrnIndaXP3PuEpK0hv8M2REk9knniv8++r0fs2LSWhvwtWjL/qffXv9KFlZhTmpl131aTnII2tqN5J2esT+d+6pAvnGeY9hWMV'
    'm0XRSzhWSxEOD4BvJlxXVrVtQXobDsfXeng80GNavnT9tfRPgHWarNg1FsVSIuJnPNLHh/6J12TS10TtmzuYfQO0QP4sTsKCpX2V'
    'gzMVHnOVnTJr5H/OJpMTslK2ddi2XPrVphz/vYG519wew0wMMxYwo/BOl4jtyibDxqkS5l/t3yvjuZ+Uuaf8OxoPpAXe43u08p16'
    'LNxjlgg3dnE90bnsRHI3XEcFyk9tPmcjnU/l231pgHqaffgDTaQuqldq4v9N1V9L8MgsH96Jmke/fLT/WbIuabIuJvVRXVg/PWbb'
    'vnZDPUmod1a8tyPTzfTTXaG2a1fBusXzP/Hzj2UoCY3ugPK1qmK1V6B9Q/1r15J8GD8ubAseK95LL2IRpFdEIBsa0eCFWKdt6uu0'
    'UbwyhPBKvH4H1vqZ4ptDDPGNF15aUGa8VDUeHi9VMbSb8vl/I4L5Cs03jnev4mxVo78x71/5JKZ0ZBqtN5bLpYhcjvo13ie/k7lS'
    '+ZTPYyVz+HcP2VkK4OPqWMeMv5ftfGObglzISmYm5zrtJyVTNsMc/OI9sATSGW3uN0430UtnzcaXyMGge2OiJavlZ2WFwsI7g9YV'
    '60NNvTXxss+Q6+QVK7UB6F7FM1Guu3rQOdYAMt45otgGV9kGK5thFQ/DJPassgPGcS1kOzI04PlwDtWR+70JT+dA5wfZ0gimdjr9'
    'EezdafZo5JB2JLLnYWlQVQPQSecLuzhmKn4AjeFxDPqmYnOoGL44lqSKaaJilreibzlRHD9lFvNN1VnPtDdKbA4agf7jaGwT3h71'
    '84jj1ISth+6d9zC0R6WTIalX8khPERObinJUmjXPmrTdRM2VhdPkqNJz0UCIYHZlrSzOWGl/t8W0zy0xTMQw4UN7pb3uqEZKPCJ+'
    '3niqDfIU+zRuAGB7pyi2e1Pf1P71u4/a8hemO8X0BvEe+PHXajOVSZie55R3Voh53gEx4jtKeRb0m5d8tovQHVb7PMSd8QB4kmEh'
    'wcRWi9NrVXzJ2NcO2rOd5dyx+if2fzR118TGH9pxFvmzwGPBsoVK4R1LPAPlkqI4VruMF69kM+osx77kVFzJrdA3/G0DyTOI8uQI'
    '30rF28wBLsF+5fx80slylwjXh90IaWNMFPury2l4ZCpG542o3jOEG4t1kJTf6lO+EVS0GmD95gWsx2vsfv1vghTzBodIP/o1a6oO'
    'EMlbmxtAto95JK17nfR3u4rjL+IYv92k3SC8OC8bG/HP+Tp+4uLDDPOe0izy1wZjqBx3+bOUZqHfmtAer4cxzSN6UgpeF8G/ZR1Y'
    'VtnEyDSrxl2esBD+sajbEc5pF9PDTy0X43Ql+abimM6EuUogXnoYmCr3HE9Xn55+a2ZTRznXtsJibRVu2/WEkz7FxJa9E2LLfvuR'
    '8D5RVwecq/aI5yqNWDbqHkbX9pgA49sFc9X4ffB786hd+Yavm+en545NOziWcNg5xHdZHQ+9gblrVSI+F4bXyxC8XkbOIRpb+wpy'
    'zigdPgXrXBkKQ377R9cfr/1znMf+aUeyxNfuddKPfw32xw+dPIcLN445rpujQ3A89E89C/V9uzQe+g7ox39BW1/Y7aSPPD/5+/oK'
    'sn5hdZywrtdlopiuySK56WUERnT9kfMzA+YGw5YO3qvJ/CzS8JVwDPgKtD8ozOG20hq+Fe4vFx89ieq/HNV/uSiO5479LFQPFW6Y'
    'j+TLXM/dA5s0el1JJDPOMvtSwfhcNPc28BZkTrxk3LKuw6Av1WSPt2juhBssaJJ+5t6GYYrL20Xolz5NHXTfNgK93wTfsuie0kNo'
    'IXyHGfCgk1KoXk53Y1BzPx1EtBjul5JtNJH813vcc+m9U/bxULjbqTJ+62Fzb8bj97Id4mCmipzPQ+ieLOt+Gt1DBtF6e/UJ16dg'
    '41qo7wG4m/nd5Rcietpmvy1XPBWUynY/jPb0Bs06cONQ63czrKGaB7/120TSnAFfZSOzHl0I3pTuxGxS95DBOEz4On+JdJ7o3h5E'
    'e1vtD5O5o2UbYE0OQ/SgyR2W7mW/MoNIl2MG6c+oB67jeFmbNfhL7acW4focnYfOL/n+JQSfss8vQpkZhZfJVDpT8caTraioVP+u'
    'qqiuqaitq1dPQ2P9JD1N8n/N5ai5MDGvFejX14rthncWYqXf4zxvecuXC+kPFi2bv/aYJRf8ct2Fb3n4nnsWwec/fvjWe0yspB+7'
    '8ZvtCZH+df6fN8qqhw51MYrT1p+ddu65+If3oEeu3M5IvS10/sTENvsJ3dcW9dc9Jc8r38R/jYvxJ/I/+f+3jMtxisJ/+/L//brw'
    '//zzzVf/BDWPj/9PSXsWag8+z9XMu0L7bQaFjTS6eev0yYqdW7C1YM7iCqiPO4sXaOinUZJu0+BgW96VH13xL8D7MTnz/c6CIYTD'
    '/frcpaGtegltN8zg7aB9lOP9W+E4a9TJVXDbWwzHgcuYrKvsxw5Ey0clX1FyrQaYxxmMHIKbWz8e6gUAt37r36/pv+04aB8wXbAJ'
    '+rSYodeHyZosId83EHrvMKD3gsqDTPppS0/o+FozEW+A4pS5Fv0c0ex1G332pQh2TeQTFL4pb3yA7A0sFwlbv+2dlMJ+M+Q3oUW5'
    '8l73Vio/xDICU9w/iGhsXNf1Gt4ohkFOF2y625OZ2L1Q3xOSmjSjgPz9kur41RgvcLYeJn4gVB20jRTif/2e4CATnqGNfNrmzqjj'
    '2/SKUjtUrzqVPsWX0d7abLF3uPM2SPu3obu1aftB2rkW8Qf6PXBIkLrfjuiG/pB1nQ1wy/E6tgWs83g09q0EnnLo7A1S92GI/7PZ'
    'h6fYH7ANW1sRjq4fQntY1vmWpDPX5djPytal8lmXT67e3fIN590cxFd/EeQ46V0uTzmDZD7Kvka9e31vqYy3dZeT/uCZYDbshfah'
    '3vp84fVlnpvnt7mwqd5VXOi8W4LGJd/J9NMfcb4tRN8aLnfS3+fceVbfztzgpB++y9VFUO0selvpPP8sVzrP/ReXzvOyO4vrTSI5'
    'zPnQ/79POPbu6j6E98SIBRzbzr+JvViLxVmzieDHQYKXcoSneCrS9wh7luB6F0C9pvS6aX8bkG7MqAc/AJdJIh3zNQmHD+A3zgGG'
    'hsV/d00iTHjlwzaxBRoq/48TNHzwHkIHTPWx/BDu/XgsLx0gff//QCZSDvyg7pCr0k66AtLVkJ6VduC9UuHZNJxrrU56a6u7P1qR'
    'Hu3ZUL4jXbxfzoDyN6Nyyk8dznci5Lup1d1Xsk+mZ119gPnA4+6A9GTNOGj/GoBHOA/RHfj+mrPAZ1QOw9GFmLaZB3OP292IcKNJ'
    'uxg/DTIyUNyeTiafYe5pVUifQQevRxMdBtEJVWqMY1S9SZ96beiUKnKW9BOZ/TLE/+gn83EMo4e+meQ5AuUZ1uRRtDLmzy1FedXf'
    'WE8I8yx1eXXrVQU/DDfl8vGgu3e3wNyo7151Y54U1XWl5/gIc++hOqrc3dpWluvHP6P8Lu49lr9yfLeFGj7/EHMWB+X7m9JuSna9'
    '0JJGG2J4q5wOcSOxxTDVS/DiIQ4h3nYj4X9QfErh8xC47+M9Mkb2GYZJha8xv5TSlEoHxkT3xQYeveDQdH0pnTfAnBGz4YdtBpKa'
    '+88gKteC+ParED8fz2EK2b5sZ3SRcJ+6POh9up5ZYptBY/xw5wctJ88Qv3JB5ak6fqSpzpxNfM4wNnkBLfhSU5qfvS8q6X4jz8z2'
    'eWz0cE3oKQpL1QSW0gb6l0uFuU22ab/KVS9nC7A0gJ7CcZZrcS38W91dimOhJw+YxyI0XdomlkRCjKc4WZH7WPsIYbRczB8u1kJY'
    'W4q6eG8Z7ZWJ9s1m44ttaYTwIAg8mPLIsV+3bhH7OdWe1R8q/L/NPWztUIefDb2JX70g8o/FiFej3p2K7gMZpO+tbITqEB2L/awp'
    'mrqX8A9weztEMLlQOcZ8ATPm85gxn830/8wA87CcKTPmU6Yd8AQuo+7joyTvXMI3aWR4cjOZPDmSp4bJI/mvHK9tMtfvamb9LmPW'
    '763o3deYtf/AstK1l3536Nofp1l7Tg/fb+118iGvtae6iV5r326w9u0Ga99ehrXPWq59I9zLs6CT0Ai8OezTeQnIsjOovhQqv4Sk'
    'p8FYLhSOjFnxSbz4GlnE2xwl/Edq8zQT8Qt6LHiUwz78O8zDpvaop6HxnuYzH6sQTC8MIKM/rYxnksKx/4vezWxz3r2G3s2Ad68i'
    'uq2NrHMb1PUKk+fItuI8L8EexXx8rz7LMj+QOgQIL9mMt9mCT8nZDMr2v4J0fkY0OrWUx8nJc2Rdn0L61T2asqa63Fz7XnJwDPPb'
    'kfwvJ+x8adA+N8BcHWrJs/Rri7ZxPtJpHiPj7zXQm1dyusNJ2TGiIzoQUue5X9P2XNChMl3TXAB7gQGCM0xkd2lLPMLdCxeL4L56'
    'lkF6iijVwTleFNswJj34r9w7yateHZBXqotpYFoH9WM0UWNuFuF8GXG+xEct5y6+u5bE6CCM4mjvrqZrg3WhbM5gHe5IWeIOLx9W'
    'mFdk67vKy2dV1D5Toob/af4kefi3eAzKTtQduZHot4RtL2FZPmNZPo6b5IGT296Y1gBxk1qM+In4XF+J0iC67k2IprkByqs7exes'
    '8RUijq05Geus9DrUulH5C5VrLEHfhEde6p+yyeesCoIfVvncoagNr989kbOhpXcs07sWvid3Id0Q07sj9UHzQIOz/7g78ojF3fTn'
    'zF290cK+yuSejOvbR/7e6GHXVPCP2+DwQ6ldr853EV1frg9B78vcGprcaV8l+k1nNrg66V73/Ykey6glPBZo8Pz/Tmf4HCb6lab6'
    'XFSPa0BjkzDRfJDv1buwOcbompn6cxhibCuwXmGfsOMxcXO32YOPhu2YP1nv4pXtmrFRnwfbNTrYXcQmh9q6dEWwPja+tzDfsAuN'
    '848h1q5LM+aekGPG8xoG1xydH+e58O50ov9/Guj/v6u1dC6pjYMsfyrYESxPm9k5qLwq5fQ4aR9k3mXIfsO0v8fDt52a/uI+rUDv'
    '5Rz9e53D9+N4lpsJLqH+8cYYmR6nH53T6A5vQjjGxP+B7O+DdQ7frVywGyXM/iekPyV45qY6hy8YlsbA/c9p1mBAmOv7D2rOWSqz'
    'u6DOsZnA+sJ0jX/PyGG8cLDNmd3vg3OVn7Oj0TxPVXzs1f//qS2m/0z2iK2t0ETTDbtrHZm06ZnKwePLPnKyEY3egLJ9+Gyt0/8o'
    '958Nbe+1t7bXOvdKvzOmw9CuT+XFbZ6ObAPxmXMqOSNWElu6N5HvK+AMOT/f5/kTQAP0anB3jsjNFk1wf3Q0rOpPZpL7Q+fnpRoh'
    'zhH+9IUJbHVa0EUdCK5M61ew1hmSHuowpKvk/HyixsUP5biPcDwZE5v0QsznCerbUIC+vbmm1O/cRO5/dW4umqB+DPn0I1vj+odV'
    '+/3eebyfOmq/pfKNas6LP6J6ZVv/VV3MVzHVnwrCO9kk7H0p+tWD722PVrswbuNPr8fiPpETfFylQR+a7EPV7n1pQJj7kR4VvO3i'
    'kMWabbAYl6K3NlS7tPpUvWsUdHrQvJZrbnoixHWNCEbLwR8Pc0bsr5qYvgWZt91VLi002XfHgq/UKkeXTOY/rN5Jj4J0GaRz6vnv'
    'KyDNQroA0nMgPR7SY0j+mfVO2zdW8TaxtrgkqB7dVVXl4aWbntOnl7l9Pzr48ElqX41fGiMvmIR7OGdbr87ef6l09N0agX+K98Gh'
    'kM6GdDmB905IWyE9EtIzIJ1H9s85sA++UemeUVOZb/5htF42NBatj/JT+z34q36xDgYrnYjrQXSAo+ZXvbnSjVcZxA9yTiPr8mt3'
    'SaXLU5oMfo7sQ22lYyPgx9+34b1M1H3337LOPaWg00D2/GFkb8+EdFbAM2+3R1vzNG3NDtjW36G2guAmXO4ISE8m35dAW7dnXdif'
    'KB5YYf9PcLtKhrE+6+IdG5sDDhealtXdF5dki/d/Oe4O+334trVZx4cXteewtVsxpR1+XeHO/2TrQTxb4fqrDUKL6uRwsu7/E2Hd'
    'tN+frnD+noo4u6D/U+HopGE8lYD0XEjXQJoMiCOvrHDhtty8zoL+zwS1p/DUQqa9cuLFatReN4HHLg0dmAuAP9X++GXGxX1R0qQ2'
    'NOizqA+Twa+TfdiVKf8Z0OOz9rdNQh8ovG/MuP7IB8n+2qfRHWtKOGkqwctL35Jxfb4HOdtM8fGpmdIztFw8tcL9f4LaU2uTQvAR'
    '5szeHuIO+x/p0rUM0gc/emhv2jm3bc4uU1r7AVT3mYR+P4bcT86zrPuv065taVT0tN8+2Q9z9o60a6McRl4k6+qPaJ17fO4fa8vc'
    'jto7J6Ynz+Z3FlqX60nbX9TI6VSfPj+P+HdEdXnhXROZ369Sjn3cZOoU+vEWnkm58NGp8c28itR7boB2dqVK4/qOoP1lgrM+mXJ4'
    'nxPFS5NtvjPlxpmKmmdWkP+lXHijPvJN9ahUXReh+Zko+eVJqM2J0LEv2AEhWBr2oIu9YKkypY99N8DcC0x9Lqh5+XXSrX+Fz35a'
    'HWA//XPS0aGYTNxSuP8nHfjFd1slb7ORT8i6Pp9048lf/izoGu0t9nXy9NNOOvwQ+I7a46SPPA/y/6Qez+QM5W43JV1b6CB+O3Rn'
    '5Kakq29STj5Ygf+H2qLj3yLC203h+VqeDO8zZH6yNL4j1fP3g/WTLXTcTPaYDBjcJMLJzn6ZcH1g+cEjhZefJML5j6Fz/E+J0pjo'
    'QeVyHFyMadq9F40j7P20oP/H1Bf0jiTruxWtEd3D24Q+PrksswWVtYF9WaYv4fpkt5HryDKXepT1ktPIMucmXL/+vT68N8XPXoXK'
    'mNg6yjLHJVzfYSa4a0Cz3nMTwXxMDZJ6ahKu3zMvGrQBDHdrDGx2Zd7fCf+8as1fEaW+6aPQH5d1fx/6Ib//ch34vsm5Mb1k+luI'
    's7UX5X3uIidNXenG7pLp4X0g//fIS+t9kMl7+nY+798xefvfy/fhUx55ab0fRHl/C3HL7tfMw7s98tKYZ+9AeSUCKMRSuLi0bAPg'
    'AJr39qv4vDkm75k38HnfjvLmIO+dg/zY1qG8O7bAubSOH9saJq9aN5r3FCavWguadynK23Gfk+56AmAYaLcFjzh5j0J5P/ukk+7b'
    'xcf0a0F5/WjCOpSX0pUtUO+svbxPLz8/Xia2/1mC8xSvAfutyJFvtn4r0uhvFRNB0rBnAMzIfz8h7QlRGTq2xoBj4/zINYrSmD0U'
    'H2NfiQsDjtv27k/PDZuxni30PgxNzrYw8ehtYmxRn4ebNXflQRE+RkqBfhJuDJ2JnBu/fl0FuMqUbu0OqZfWazGOkYjmXs77/AB8'
    'XJ2PSG5+hgz5Xhz+xDHmJdz6xZivCICDjrC4sw4H4AlSO+sRQtN1V7m8717DNYiq7bOqXP7tBuaez/ELTeTZI+Quugi1Q+PXbYlw'
    'PA3QTpD19GqH+oj9XWV52qHj+ddKBzZM24kSLr9uOcbRgGP8XKXLw+7V3A1N1+WOEHXRfu2odHmwvYY41aavvR593W5Z1wUh6qJ7'
    '9TQybtszwW9eFzJ93R+wrhmorxR/dWvKdhnqIcn6/5T1r1/nL8PvjJb1/zTrzkWQ+hWPqeCzB9XF4VgbePpGiLroGt0TQV1qPT6W'
    'tYuZPWpZ/43ZUnzL+YuhshYTPss6ol+o5KXnAf/l6kloex20fUbW5fdTvT3TGLUmeQv7P+vy+/1gPqdZp1kWdXD7RtaRzrpyGh3t'
    'MyLsZL8Fnn1Fab37I6j3n1G9fRq9ucEAOG43qnej5s4dhObbZVBvEJz50Qp37W3qxbjyVoO+bQmwRkNMvWPCnHc9oNEDfRsa85BG'
    'b2nIB6efE6AOistPNqhjzO/8Z+rYZDmWWUwdo5ZjSTN1jBmORcH4qxnXFwGNQc7JwU8gcdu9ZJU2vPvnMqXxfjm5wHKN7xfdmfR4'
    'xPWq8+aLGUfvw08muzLC8/W9E9imGuemjIsP1mh8qXBwQnWpTiVjeUvE9ar+np5xZdYJIpNWf9cT24M00r0s8OxRHUqWOB/SRZC2'
    '+dQxN+PKaCk9YiP7Vfu0iqlv2OIspvo/v0uX1jcWkG4q+OxB9ZnoNo1p/C2o8T6bduXKNmekLPP3TNmXNXQGxctfQeMY0PR1wII2'
    '+SSqb3NIuxJZ33vSrk7XROPrgsweza3ag6enS30tcXv+0gBl1b4+F82jn+6KCS5dHlF9qn9HoPrWaXRsvGyqaP/qIqpP9e8PKVcu'
    'dUQ9jx91uOwVVJbqqS8iZY9Eum4F/l/K1YHoYmgRU78c32LqGQ5Qz9eYerYEqOeLKVcfJOeBU/De/Tgqs1Hw/nv7qc0O6i9XxhRv'
    'bPNoe1DT9oBH24MWbb8dtU1xIJ2r7VDmfI8yI4zejSzTaVCG3ktOMCizndrsGZT5T1JG6uyq/bwqXbpXbenlTMrVuenyuAPIvH9M'
    '6vP+ieT9FcrrdfeXeV9Geb3uoDLvj5NuHB7be2Vh/wcs/4bPLk15k30ky9/NjJXuXXU3/1uPvNSv1Ic9+jVo0K+bUfnNAXgn12nK'
    'm8o7e9BYN2t0B1VblzJ5X9btf+hXEPmULL8ataX0z9dq6JLjDfKqc/Roj7yrSb2tBnlVvU1JF9cGxQ9KZ3d2GXiwsu6fJ0p1WroJ'
    'TvgJk6ePwMELHnnU+j3rkWcM8jzF5Bkm/XmcyTNGdFgfZPJQXHc3ysPJ5WSez3jkUXD9sYQj77eRTcly72Pq3k/y7ER5chp8sxXl'
    '4fjOBZ8dHnkUPs+hPH0am+fL0VhN74QFmz1UN3euyDx/weQZI2fGKo88qp4TUJ4BDXwcg/Jwd7gC/Y/GaoqHC/I/j7oV7FV75FFn'
    'ToJpP2fQ/quitO6XSfuvoDyc/EvF3K3y4KsW+P9Mnk0kz3eZPKMkzzNMHkrzfAP0amzODxWH16acau+zwp1/03t54fxHY+HuxDLP'
    '+5k++fEwC/J/VDd3rjXA2Ko8zqgG2DtVmrPpFMjT5ZFHjeNSjzzqHFyH5tH0Xt4Aep6zIuSNyjoXM/Pud5bKcvPQGEx5m+p+XW95'
    '56c6ozRm7lJRHJPWT5+Mi/VqGrPVpO44PiCJG/cZIZD6sbCL2dpiHLPVb20a4Py/Ol4nfp1EmHUSRvH9TOPfmuwzhS92KL3/cTt4'
    'mAp9sNWdTQboox+uSyFcd6hF39W4bfbfYQHa+JplGxTGspA3Bb9KYkeRZt7p1lXXrm1s2noPOIyqvDon5fhVHHMVFzoliuNCVyqb'
    'eYCTRtCtx/P6sfzvLhZ3Jg/qR+G3Pztb6I1nfPzGG9W+Rs/pIsDTgtZcwYLp2nnRTJKPMpd8W2JoXxSmT82MLYEXvlP9l/29mNBn'
    'x2vG2I7GXwf/rkVjo/HQZZnVpI7VyA4Nl69gyuNyi4RdLPnDYR2i6KtpmzgebhqVq4O1kO2JXUJ8/kfmuGY24Gu8PpUavNngVP+G'
    'zQG1aRomPFZTnyOcj/kPITu0u+HdB+CdzPf8fNA/gXlQ8KP6pda0oH8Ka4Xt/pZBegpj93e8so0k886dzdy7mG71oVuHfUlPj8c/'
    'hDXdKzpclWbO3RNh7bsh3WZJG+ry1aF8s+GnaLmo61e4+rSEw29UOCqJ6Ah1VnQBH1j+e5+s17A9SrPWIHzkdbaqc6iH1HtlvEeK'
    '9sjOq0WYJ+m3g+oJPN6A6Mx43Q+OdW+Gte9A75o8+HaLI+DbtUC7AniSdeheUyi3Xn820P43BaBNK9G4JKAeCXNwKLHX7tfoPw8j'
    '+lLl9+LLq7lbCf2U/z4OpdgXgqx/K5Mq+t+LH8PdIRX91Hq8U/YyQivJ9PW9xbTShShP5Xhxnqpx0HsD+175bj2kF0fE602jE153'
    'vil9PeXjbB2T2vAfZqG65qVL0yC8DFO63u/+1GRZXxNKkwAHwzB/A7APM0a4NpVIpKc5HbqYYhg7PndtCFzMPanazswT+QtNJ6Jj'
    '3wf4Sa11woOn1Qh3Md0eorA6ArBhUjfeAykPPiXmxS1F9zBh2K8M4Bdbnmw9yRcFryWIP5kg90rVThJ+urnF/m9w+SZLuq0J3ut4'
    '2U3w3s8fBMVRc1B+Wl/CAodhGFoIacW4HR7EPCCVrwLREIpvhmngJlSvggPbepoRDLXA/SoJZY6O+bAsH5a7NzBodGcQgthLNpMq'
    'MxwX8MGlIEO/3MEDXrw1uu8a4Hs12ROLCT/RRE5XzjG2vN9JMzun7xjvv236j1H5grtzz+SMMTMBY1Q+615/fGqMeSLWNQ2+9773'
    'zNQaI/ZV1010B2uQXtaoKI01QOkfG3qN9q/Wo3/zBG9DrnwDtgnezyn2iWHi8xbrf97k0W5XGdvtAfqV+vjA7VHfvjlGt9g0vvGg'
    '8I5zZ+IXiOqlHg/0NZ6Ll4RZDEvT/m4QfFwtqgdr4lPsVbIGOpg22ecrGdiutoRtE195pvCHYUz5LJZ6m/MjaNdUn9nPVuRNwPvj'
    '/OZsjGjM8n5wrCEs+81Dd5nnI2r4q/GAv2OFuc3giAYfdQkzu/CgPiQL9o7Aq+Vi3E71vl+O+t51gPV9CYKRLYL3U6Dr80T3Nep9'
    'k4G9w+2bWcI/ZgGHG4YE77NlgbDz/5WzrB/LN/zycvNYoZkvE92+LME/Op4Xp0vpxYtT/TDl3cmx/WX+dw4qk4afFy9V6fUsgX1M'
    'eWCmPNvkFGjHi9caxM80lo1UQ/m0jz5UkyVPaI6Hvm81c3cJegdp0LRbDer4SYY3+vKD7hzayogE4Vsr/+9PfcvpSzP6difcH7/9'
    'SPHdTL577V4n/fjX4D74w/D40EYvrgX+lv+eCfOjcKSqq5Hho2c0MtQEgtFYd6tUZnbkheJ2QP1txgpZ7nOkCb+WykOTZE2yiO8u'
    '93hjvidNbe53U9kPbSeF2vHSmcL6tUp/ipPReMnnOdia7vBjYs/ipT/kLWyVs+uvk91DcEqsfzS5emeKhk5bylvV+bMFUnW3UXyU'
    'wxKleYZInuaEi0sUzazo0Brmm4otlEZ143KNwrXz/pPQ51G8qv8WpW1cA9/+L/o2QPr2MvNN9e3fmDqVDfsLqE/dgo9/8iwq30XG'
    'JG2cn4pxV4y7YtxlrGOehDXi6IpqQleItfm1/bTz786O/L87/GnWpNKPYOpvjKj+NKlfe9eC+v3qzDB38o1I97IOcN0saCsdw3cK'
    'pmq9tTFE8eNld9FpQpvLM/vzotSuVRic2Uof9TTYP63o3TzQLZ2N3j0u3LuoereyrTR+mNIRUjHAVVzxUwPqZMbweODAY7Plul5D'
    '+Fm98ZrSNe2c7DU1XU+b8+UawAO1AdZ9Kj0W6nUpO/p1PCXpV70env4ZD/A0eKz7ZPB9FWxg/gxXl4KlBJw/MSzxsBRUXzMqWIqE'
    'niUwZGpHalNnGJ491l0r+KdE9/tHn3fS2u+7ul80pmwbxHO9ZQ9fH44pO3eXWw+XF8eUvR7qO/E5Pi+OKbvjAfBl/2SprloDus8U'
    '8n4HdPdA1rAX5B9f2F0cWxbLJx6GPuzbXVxvUPnEbNAxEsTORmeD0AgybCVbW8rcJRvhYLTVNbfRUV9K+pyypJ1Mz9pGRDOb8OGx'
    'Ld08Ye+rwcQG0cTW2UvmgMcUpC5ql3cNmXcqM20g8DYf/V1OvwumsNBM7nPKP0OjKPXPgPeizj+D7f0sC/NlKkdvgL+p3ms9o7va'
    'AHL9FRZrNBFrYuobwGQuvPR0MwTuL2Pm288GDK87PvuwrAz3Q7ZzheX5aipLPorIiFX+LMJNtSgv3ndtqEzTBLbdFOBuq5u7bMC5'
    'k+N/NzN+bFcaxuaN2qz56c/YzPvolXY8AVPdFdP2K/vs5vlwsvZpouehbLUrDXzV6WwxlQ+iqnF3/jOWMIbhMoY3d73XPDC58PaD'
    'Zw5eeFN1ZKGQLdzJOm9Gd/4KdO6puVD1dUOZSjjLr0A84dieM5lU9/H8HL2ml2iGt+fE63SFKLYxt7Ex5nxL2PtJkJzT6esoAS55'
    'jQH4wEYMYe5JwcJ0mjCMAc+fnXTj411miT+vgDpOSrr3GFxHSvj7/ZAxOFrJPYfqZ18rzGPEjDD2VfjOVJN0fNqVy1cN56fmlwlz'
    'PzU/TTj9iGUsrIwlhP873z3hW7ftnaIQgzfh6tQuZdIgdb494exZkzO7QVPHufkXy1Ed3N7ZIOztCvuRjYPa06Z0EGdP6GVPQfkh'
    'MxOOfyVuDtV+5L7pbBts61ExOMaAXhzW0Mu1sZ60lz5YOeWoVuuv/KO9Uzj+sZWOstKjxLZDG0Rx7JFuxIel+4rGdc4J8xhd54Hd'
    'ERerh55j24S5ja4unmnOoE/y+wxRGruJs3/uF3w8GBVPaqYojXu0gdg6YRv3XlJ/V0DeKMaNOj5ffcA7euzv8cDXt74J8XqbLO2t'
    '4vU/sNef4yv7rbkJ7lT4EfPqFhJ8lrOQgwwJs1h0pvHKFS7dIFyfB9z9ivpuoHhdlZstiu0iFQ9Nlce8LtnuOeis6xG8/asNbTpM'
    '6hgU5n4ylC6/lDccoekTjTm3WZjF/rRdD8qb1dlOzYrPq/i8is+r+LwyWPOg+Ik7wzIEXym9By72p62/qhRqE9vFr4e7w1JRamdO'
    '41hjPw+zCY8En0lcf/B41Vk1W7i+uVUdFcwZwdnxL0FlVPwiLr7tqOb+RH12DKE7k+5ciO8x8bkQnwvxuTAR54LCZRT3KXycILj4'
    '3ISLh/CZcpgFX3jQ4q6E8WeBl5VwzhEbmhzzqDaQ+mRM6KM19wXqx8/kjtfNnAum/vf6SN/+C+Zcx+vH6YDmLO1hzkZZ9w8B3kz8'
    '/uU0ayFtpueQ9rosxj2kKTtA2rkH3emGmTudXzsmfenx6cP7QI6B82wVpb4aMf2yBOUzhYHBEPByNeJPdIngPsFoXHETH4Y635pY'
    '71QXv57zkcmtQ9hxmeqpDmrgH+MDPD5K/zYjOjULdC+GlxFDmKXzItt6DPHyKS4Y1uxjXV1/h/qWM+RN6XhHKr662qcbBR8zfsRj'
    'z4flwajYD0eWmSdF/cJS2GiA+868Mp8r3BocD3pwE83/agC4bCL9HSB96NPggRFmL2U87kgN8R3poL4jJeI7UnxHEuZ2teqecqqw'
    '99E8ysjxMU3Sa0ib4DKmZ5ApnTZCcHFHwvHlhnGxyXnXQ/hYL5M7wqgFHTVqqDNkSpv3i1L/rCZrx60VPrc5H9j9JB9HCyrfUz+I'
    '4PzEd+z5Gn6nn74XN/6cj66kGv8Io+eFeaiKZ+rlp5fKGjdp9s8YOfNzU4BuXANngxdvl9JaJyNac9Mk0pqz0J1gi4bm09GeL3vQ'
    'X1lRHNNXwWOlhld+jAFPSvWhCXB3M6LxuLsUpfuqAtJ9WaAbsvDehO9F5R9DzJ01iH9ffCfcLMzv+5xeGrZn5+QPdK8tZXSzukRx'
    'jJIFolQfmvKbNkHeOWjfbPaBtX5R6jd7m+B9fY8EnFtOR07prt2bdGKm43nqYvhkNm2NobFysNQl7GPuRQEbasxneMDGCJEDnsTA'
    'xi9IniXCjP+a0+gtDpL6DoX9Tc9YP53GGkbH8zdk7Nj2eWnSMczB8/BSwLXePEXX+k0Wa30qmncTns9Erv8rAdd/0GP978uX/bjB'
    'OCm/cZtGVhIVfshNEsyos+MChL/7Peg0XGYNgrONPufNKZayIdN4L9w5PA/RpvgsChM3pspDNwLD1yEJR0bA0WAjIfUS/caO824m'
    '9PxkwdUaYSenG/OgeQv3WUYPBZ/zSs+9jtAtQ5p7bc6Cfuki9HYdA/9dpP4RBkY+IJyYO1lke7Aq7aQrIF0N6VlpZzyVMGdnQtzu'
    'W1qd9NZWdw5lXln/2xAuPRvq6UgXr8EZUM/NrW6/3gzfcL4TId9NqJ3lpI/npd2zRMGO+rY8bV7fqZCuTbvr2EzmZ7nPOGSedZD3'
    'TenSe9EJpPxpUP5draV4gPY1KB26Gq2BTE/WrIlJe6b2EX7++W3uS1cHsIGa7vzPggFUI+VS7oyG2YlwxUzE46wXxb5pTONARAlH'
    'QgT3f9FJ4Ir6YR9F9w/1bQydZ/LbccL1y7QP3h2D8u9DZ4zSA68j7bSJUt/yuMwhqI0dojhuqJLnq7ih6t2MNucd9hu1WJT60baZ'
    'r4vQ3zaxjorkGp2wdAkexqL2F9ICYxcwD0x/hJcfTtu2VB+pH0IVw0SI6HwNVYSA/Rbh+kqT89PY4d4DFN9M7vWmDvfvpg47n2W6'
    'flcG7Df2ybhchPdRw8EW907tsXLlbwDZ+NwIxqTmsgJ+Jn7JmhBcvJ/sXUULXIxwlUCyK5s5WWmRn+pX25ZvRrza2QDL3LiWItzo'
    'R0dVB9y/sv0TGNkJxs1vR3eFBaSPx4piX5Smc2Aay88PNqnuQzP8/GK52e5rjH/U2I8SfBxuU9mqV1zvlCVur0D5cN/C4vFkCDx+'
    'nWYeu9CYjy6hlQ9uv0nCQ8eCoYjNiWgN3WACqwmEs6j/tU9c4KSHb3X95ahvr77VSc8ZKT0jTh1z0u+u52VYOpmuLPOnjmLZajn7'
    'khXB/JXZ+KM33U+toliPXJ1dl2nshq4QxX6Ngvha4/D0ZQiGFK7tBRxdh9po2yQQJeuto6LOOwxjjYRfNOzDD8Z8rasR72uY0QGW'
    'eS5BvJ8+A/7dBih3roesr1sU+8w4DfWjm/DMVJ7l0A8/vt8WhnfXSHhpWyzGMRvxfkcNy3Hzv0FDt6l9PEOzj0/3gck6Ui7jAZNX'
    'RHTeJSKgE0xoNI6GXGpJ49n6K8f+yRuJbgvV7yscLu368wOvbxM5V2oMbW0SaF9EgVtrI7i71Vmsga2uQ1A6MStc/26jPjoLOr/R'
    'Nn7fZJ+vRbYb5fZHkAvYx3M0fcT9GGDuNFhvQ/G7TXTC/ORe9C6C786cbvlmA5uJIPOi83NrAm+YpqLrSGV7oxrZsaKbbPSLOZyP'
    '9/YhEeztOR76KxhmqKxMJxflYKAd2RPZ2LOZ2GRtD9EvioOwfJ7C5RDSVwq7Lzh/WV2MfgVd76YI1rvJ0JaE8/Oi6LI6DX7pYmSk'
    'av2bQ8jnBxBfHdsZYdu4IPVFcQadLcx8CChc2yDs7f4bAKdHaf+FZZph7b84HP9foH+j46nH9hBTzx7mHYgvqM49m/MqXucDw+5F'
    '+R8JSxdVErqI6rcsRbwEkzu40uVrE67NY7dGfy7oOUJ18HB/8VxUWczFbJD94LmphvJNSCeqDsrhuE007lW18I6J4KcrEkRXrAno'
    'aaonMFFxuhTPBce2qBV28buWkPHUCfvYpxUM7yEK/kkU8tNaQx1bFTcY0/UcXTvG0JvUvsmvnaD0E44Tps4K+e8n8r9/i8+NKUsf'
    '3CeK7WWTlnqhw/HaH5Brr/T1lfxB+SVRvLyFzLdrEK+niinXSO51dR55qK4VlVX1km+cH42wOLw6AhxeJfT+vLGunq1PohEPOob6'
    'XVrA3GM5vWkT3oup3SwXp6ONrI/s2xGMTMTUrqTPoi+cTxgsS+F4GT0ivJ11VHH7OJgaYHgxBZ+MSX0etX+rUJ4tmnokoGSZPPLb'
    'HxKuzM0EJqgN0f6A5VX7P064NDU3D9TWW9ls+fEH/8Gj3lyIeu9NuPebLT791fFduw3maT/hU9/h0e5IGdu9FrUbVb24rzrYvyjh'
    '3MtoHo7/OiZ4G3Sc39SWheOTmcqKqN3qkWgMowfoGH4DdxLTvpryzrdo+JE/RDJ8m7nxqvMJxC/NaeZqv+B9j1GbpnuF68dsUJTG'
    'yTDxY2HCS9H5CeH8/JnUqbNn6iX7bkzo/ciXo90hpLsybxLGK/V9TzaUq9j4rsTjm+i1HBLh4sAr3dWw8QYxvVQTAb00T3Nm9BnS'
    'kRz/cFB42wZuh7suJ1sZ1axptyj1uTNRONwGv5vgLGy/i+d6TOj9XnI4zHS+56HzZouw80sYpL2ge8RL3zvKfVMRwb5pFPb+rhR+'
    'fDfSDaTrsZHkfYdmj9qed150Jj6rlV3YFcL1d+jVR47m95M9+N0HTpukc6ttks7pqXSmRL03bO+uv0dy/X3Mvca2vv9A9XVFUN93'
    '0Pi2CDNfCJhu/nuP8QWp7x7QgQ8yHtz2fnIWdWnoAi89NIXb2iNav3L070okC+oldfdo9CW3WOiXqHVZg3DJPsH7yitHuws99Fj6'
    'fOgLesfDfmf9+mqiC6PkJkcyPFeOzhgT5fFJHYQPXg5ce2gEuHaFCO6z0dYfimoH17HJYm/3oDK69ca2B28Rju06hlEqp+V8WGI+'
    'ftD+YT0O6psyA/DjFaPHa1xY33erBl8Nimh8fOZ8ZCA4Bmw75KM2nu0anKvjIVI/lds9dGhN+s/hMrUWpyM6dbsh3jBt20v3mtKL'
    'Ezlmql+I13AVWsNy6+2Wg3asE3Zxcy9E9FQPmbf9ws73vrp7NItwcYNlPdIe+xhDHSzqQ95U3snxVW3uJFHcPaYCDOyIaM02Il20'
    'YYvzYlR4+3W7+ACBhWOQvNdEP5HSjWo9WtA89mn6h9fWZJ7DwCqN0adgV9Z5lgf+yAXAH8ehM7Ob2BG1Q5+96GhOt9wPBlT9jQH1'
    'S03jqkbBbzbR5+jX3FPUfjoB4YhR4e1PdxTdi6KwuZiJ6hm2uJ8N+uikyHtRNlGs85m0vG/Y+BM7GHTCkOcDMGXdaaUUlvb5bgP/'
    '6Qjhf1sA+B+ICP7fHhH8n4P4FBuEt81dtwcNq2ywDmHmw1T/Sce7wPe0AYsxbgpwfuho+6mks+cFt0qn3yYWGL4zjolifwd47sc0'
    'OjFecTZsYj/53ZEx/VAl9LH9aMxfSqdiO3Cq57DV8iyeKaKzdR1l+OO2dCcn62iAdAnzza/+7RZ9ofdlv73vJ386Ee71E93uIcLO'
    't6/f3JvAc4vwjrOxHdGYNnq4ihauI3t4R6I4PsFWUuZIhBO2iuK8UfZxjMgy/WJuzxbFNvZYH3e70MfHnkPKVIhS3wN+eEqN+1U0'
    'L7g9HD97Ivk99RHgoKloB59KOLx50zt4kDZeIXSCKdzmNPt4Vkg+MdXJa0J3Vj/75y6htyNPiVK7bzWvWeHOcznWvQFgtNZwDXW2'
    '2zK2yQ0Ex75qoZdJ+eNDFmUHDcuYxDML64Ohx0JuNBKg3dgXxsGDY987ATh2KP/vt4bEsWFxqgkPlvr54mTinA85fDecqH1UiC2T'
    '/7YuwLx2Cd4HyEyCd16ysGGiNC++Y3FzxuH4iZy7fxSOb8ADESYrDGEyq4FJ0zP4JuHGEzM9/7x0iG3OoG2a83cswJrZth9l7Pjp'
    'du5i/xqHTcA5rGLYtPjonQ0w/FYTHgfnX4Oe/XURnP3tZV7j7YZyJgoHcvx9FjRA0DbWJtw7/rUh9vJQhPi3HOc+d7c6rIxrHvUd'
    '62XEixk01IPV3bFMy9icLaOGfGWTe9SoRrduZILwcpg9K8teH9E6ednkbBfetp22Nje2vGSK17eL4Pr+OjvVqbi+Xr4SGhl60GTO'
    'o+ZR0nOyQUTnB9KET43nTele/AXIrGzOE7+8HI+aa3shsgGYaJ451x8vGJrDnHdR88NTk8QPr4oADg9hzv0gPi0xLxfHVaS6rP0+'
    '+vp47WYwa+fl74j6QqPrg3kALYxM1nTcarwva/T67kDzantucPL8AaSHMUOzzwZEaWxj7sxXcv8NiN/O+U710kO+BMZgyivZoMEJ'
    'm0PqEHJ960D2UjTPVoM7EtaxHhR6v7qmMn9aZtRQx1rJ4VvQfm0Xrg/DWWivJzu9FY2isnXV6Xm0RYCHsgweaoA+rmDgNKjcG+OX'
    'Os3Z4HcHilLu5cV/SFvwsnIwh8pOpBbgx9Y/PG6/YoL5HzKGy9s0+4Tuo0EN/huy4OWa+joxpZs42yAT3sxEyXo4f/gcv0sXj71X'
    'lPrbH/I4z6tI/dVQLixPY7Mw122nvnAakI7IkM/5x42phoypFtUhx3bUFIBbqhM/ojnHNlmc4X3MXNSVSX6oOwvumuZnwRVgx6PT'
    '0/fqb9qnv5ky9HcZ6FxFvR66cZTz3JVz+piP/InDh174k1tDRdO0GaxzUN5Rj9D7fsRyhnLVb3IGtITgWfrhvjUI920RvL1rL3N+'
    '+dW7FO1PU3indu9R8BaDnPU1GlmpOsOyyJbHlN6UbXxcuL7eTMv59ftmYeeHdUjDh7gW9L3C1OPX10tFqf3ggId9gSzzZkYHwauM'
    'Xx9OBpsEPxzlh2/KsR9tZfI5DZ0xWfpQzRHQM/UWNiIbYfw5DzroSsBFnE0kJ8eYKvRNB+o35eOY9nsy6ByvO3oFsW3o09gSjWj2'
    'gAn/bxDZMLWUoZ1RtD4tPnhJx6vzoh8GmTtJFPWP+txpJxpXNE0wrlD05AvC8cNgavuVM1y7cuOPIPIGOd6/Fq5P3nKMdyLuHzLP'
    'KaLU97utDdBE4Mug64TxfVRjnKy74fE+d8MxH7oryvEHodF0tH8lsufQ+V/28hvUq8H11yP50qDgfXdt15S9JsL+qDPiYkSn+/VH'
    'lTlbmNnH5QzHdYLFXvPq1xGGsv9hi73b48ED1cmpqibxrE1EcNYqecfdwvWho2LxPj/fjWdehWSKapzy70Wi1N8tnYNhoh9hIjPk'
    '4iUreSCHn8pxZzka2l6VdtI3p4vXekW6eBxnwPebW91xnE7ynAZ53oXynAr1nwfpyZCeBenytNuPBtDVP034t90B5U6BPlRC3jMh'
    '7y2tTnpra+k9dSLHZtI3Oe7Pg3xMljvfsJxX/2zm5GCba3nPehPUuzpdPMZz0gfvvNjq6sj616RL5wL3C+MVna7OzIjOF6qbtJLM'
    'hfp7RZqXjVM8m4pI1iX7+s0OJ72/w2l7LqLVvgzfnoH0q5C+0sHrdbze4cYNq0Hnlyr/OqT/3hHOz1UdmvOVkM4Z58/rZIRz9YkL'
    'nPTwra4+uPp26piTfne98w2f86++Nfx4bXweTfNHTeN8Efzxc3kUub8/CQcXdRfDrrjKSW+7Sw8Xyq8u52MX28UrOLw/56R/usuB'
    'ufnMtyt3unud6lwMi2L/NDPRPv7cZU56creT/mp76V5XeU4ieXTxhtVi6MYYxPeUGu/P+py0ZqvrN059y3wU5um20riCD9zlpDtv'
    'M8PH6QhxzCaYt+/2uH5C6LfE9c63w9C8q29irfs39tNTOMN7iuvG66a+qfI39+hxlvLBOlMU+9GlsFhxIZwja8GeFrVXA2vzTxc5'
    'aeUlpWv0ZhjTyr7SNVLfrtqohy/Vz2rUz4oJWEN6FlR5nCEcz6ee2eMYb3wIztHBjuIxN2v2wUswV0e/rbQ/t70P0g4zWI8CD96w'
    'x2l/Bvz9kQft/LG+uNtJ07ucPs9CdXXcF66uMDFdaixoFNN6Z6N81HbuhqeD+U3z0mWvDoB7C3T7N8pLp774PSd97d7S+LJfgG/f'
    'fgbyftX1M6X05ka/46TnPeek+3Y56a5HS3HhUZo2J4JeDep7tBFkE15wuBTxj0xgwc/P/xyEY2XZJJO3Fu3746d4/06Y4P7Rtc8G'
    'XHvuLrYqAJ6pZ/Ygvt/eDenz84v3gS3uuRb2kuJxDwDeKaxVInnAPCnzJ21ap5yCzk5nvv48Pp7lbydvhPHeaXvxGQ/wNGjsOmx8'
    'UuN9tFDRh+P6O4EfDHWhPXd0yf04eVA/hYkqIwxhPLOU0JxVGp6Zird2CJKH4TyNSGa7iegZYL3/TR468pmQOPO0iOySEiHO8NNI'
    'ft15hXF0i+aca/LpZyrEeaM7I9shvSwgrqB0364nnPSpb7l3SPXtzj1A9z3i3nUVDSdpNpl+/GtOuvqHpXefTz0Leb4dHX23GtF5'
    'IsI5r0P9XgL7aEZb/gxtK67HhA6pgjtTJewhRfc3Oiwptt/pELDSFSEvMzkd/bff5LBARFBEbJDFhg78EEOvJYTr+ySm18hZK8ZT'
    '04Veq0MyOYXLjiP5TOtSvoHXondYLiLuc/W1dPh+EbrDy/wy/Zom7zxUz6y9xff72ejbzwHv79pTynNMAA/hySdKz4tHvu+kz32r'
    '+LywOd9XW85fC+JfKj55BvC/2CXE539UvHdvROfMhMmXktMQJzfSnRiITHaettJXNuen6fo3h6S1Ou5z6aoG0HVT9NSjzztpLeyB'
    '7z3j5BlE+7PtSeAF7uHr60F55+5y6+HyXoryXg/1nfgcn/d8lLcF+LkP7+bznony7njASedDv9N7isd2MrIB2QH8w9eBntz7IPAe'
    'oZ1HnndjS6k5e1jxGncX13sE6kMa8NSKx/n+HoLqEw/xeepQfRhHcWMKw99uJDijBpXNv/SkYWxpkOMZHkIL0KSYxlVzcyzM1RK4'
    'R3J+WTrR3QXXUYHyK/qa3nFNyi0lfQ7Cl/ec42RhCG1RzHFMlxucAT7z7fkko6XLo5ZbtoC+El7/Xlj/dLz+KXS3CnYv87uYRXxv'
    '487zHMjY7xwspY/fva74G6aPT99e/A3Tx38E+XWakSWrb295d3h+ShhYnGbqTimis9QookdIvvpQYeKBY/5kC9LFiHGQAQ5K6m4Q'
    'ERxC8RkVn1GTdEap+8pRHwA9PNA7O+RGJ/3gHRDbAuXddXtx3p/fAPwpyNuLziJVr6xP+bjJknpkefntregbbX8d5huR9s5B347o'
    'd9I/XOZ8O4P5Vne564dFffss6Euu6HdttdS3/eTbYqxjtrZ4fAuYb2p885j2jugvPff3k2/43H9uC+h1Xlh67v8Uvv3ve+NzP/Jz'
    'f2cZz/2d8bkfn/vlO/drQ5z7PYTXcqWIYz5j3sTuq0WYxxMCKO9sNuhvKLkC1uVti9dryq0X1svj4kCY+iX2ivvC+eIOiy8yIfDF'
    'gcIXnqzY1gfiHCVEdLKxKOViVxnIxd5qIRd7s4VcrNNCLrbcQi52jIVc7HAL+dVMA/lVjYHMLOidImrdN1P9qRZUrgHpb81CdSrd'
    'CnzOtsK/U+h7OdtsjmAusyKcThvt32JmPO0kv8pHde24tvCeVjqKJv6bqP9EqfZ+pDD37dQjzH1vdBvkeVWE2wtqrmzksM0aXW5q'
    'L4TvevNEsV2gkoPq4KfyAIKfVkP4CRPDWMEbjstnC2+YNqO+jMamKRxVHEBwVG+Bh5T/JezHsIvQ9vsD4JzRaQoHB9J5NEuYx4T2'
    'i2FF4wxsFaXxWU38zh3o658Msf42OjAHA99CfOYNNkOjvR5kiy+DWbcWUfEFPHWcjERkSRE/+HkCL2lnlHzkWCfNYD+KMLYi/gLd'
    'sLwSAXZX7Y+Uygl//bSbJ8y5w/kaUTyFXYze/ijS1fXzRRPDZ2j4DKEzmYwUPgPJFafvoZ4y1fWyezqt9Mii5MPFZ3notbM6y71o'
    'ckHuQpeDvcTAvXb3iY+AbZbY5equqDrXfNtJGx8IVyc+GwbgvHr6ITMftzEteuDCb1T+nBo7wtu4F2zUtxTXex3oT79I/AGa+Plb'
    'LPR+/rBuGPV7h3XDqN87rBv2Hqhz3/ZS3bAvgn+xi+4s3V/LLnXS+svD01669WiC9bgiII1g6pupHP4SKsddmUQU9Df1L4fXgvql'
    'C0p/zybjwT7Jvgd+BD+5LpgNVOzrlPF1ujMEzbbTniZLTmE4V7bjfwafukehd4dcUorTZD6Znj1SitNkfvwN47Q1vU567VWl+2hu'
    'rvhb7Nf3wIX1MDg91mGdnrYJGUTzqLieuvN1Nfp2H8EZJ6FvL4Cf2/Xgy/Y49O2frgG6stuNXUNtDp75qGs7rnRlJH0n0/M7XJ+4'
    'DQgP03YLdF9H8diw7bii8VQeP1+1MZ4Lhefmh8BzvmWj0tvHPp5jnHdw6O2Hof+oT712Br9WieKYWTiumIrhRf3SbxDFfumHUB7l'
    'E3CQ1LMB5cmRtlTM6CuE3ge+qudimB8/OX0vKfcmoudhEl9SllshXH+HXWTcy1B/afw15ROxHemJjDC6Pzr9bb9+KX1yP70SGgut'
    'S+h9nR+D6DDs58OUt3ecJXzWimK94qzw1n2md1gK34si2nOZMuy5FsDRCcDjyrcX1bvGOi6JMs4/hwOGNXC+ltlzHKx1EdjvRHtu'
    'E8rjVY8sdzzcJXGflL7MgIWOzqgIZ3NBdXhGiQ7foHB9aRd0vz10eMoFq0H1qxRsmubPAn3N+ZMdJPM8oNGL62HWkov/2y34WOzq'
    '+3YDWBxi1hz3pdcADn+cdnxUcbh7WNPHUYO+qT71kT75xW3faqlPGLQf3UjHTc7Dx9LOXsZ97LXUmbRdry4EG7hvE7EOdPyX5Md/'
    'KukX1ePtCbgHBhm6wUQ/ndIPNvNL9wHWP2xFY7WZazw3NC75Zg2cm+r9RwU7dKwvpdwY0pyPbC7GnxccbdDMz2bSr/+E9HfCTJ/c'
    'awz3e4xhsIxjMFmXVw1h7saUQ7tg2M5Z7Acat9aWnuZgmNpWjjE4Q/Z9fcqhmycLhn4qiv226+Z4YcqRPeJ5oufNoKauqM7tUfRd'
    '9kne0k8R+hjPYeJ56/DdBk3fBsm8+tGppnYje5MubG8V5nHI+6fAufeJpHMXU/Bn0ndc32bN+tvsbR0u38Kss+zzQNKxDeNwCY2V'
    '3i2CxbXnxqrrzzlJx0bThG62PW9zPnt+EWq7v8w0Od3b1UnnjjOVz52XEm6Mazr3JrRJnzCLOUvXzgRuHks4MSHLSYfR+fibhB4W'
    'e5l1iHo9bkg4cRTDjHmj4d7oTkwubj0z4cjGdXSD6odfewPMOnm1Ox+1m7O8w3H3P0orcHMn261IOPKyIO1GNec/Az5nOXDtd4Rr'
    'j6rK7rfEJaoMN5+Ut/agcOdzsvgCH0Rjtu0Dd6YO+rQnafA5AWDIllaWuoSHW9I9UdAXsu1VoGMbFd5vgLbnBIDJUUuYxHHVvfgk'
    'mEdaATJL7JdkL9JXmoXkJ4sYHupk8vqVX5RaET5mcsGfPfjv+MgzduWwTU3Y+Qhqt610cNOwvoLwvWXZmSDjo7JuHOc0LYpjm+jK'
    'K18b2J+OLLteuD46sCxJ5n+n4P3pXCEmz4eJmjdqj+63NzcTPkQq4cjFTMvpcMVvkLxjmNwdhjS0/stoj5rQLD0a3soIc6YeanFe'
    'DVjkVW08jHDWBp9x3oPkJt0WtJmSb/+1cONsBl0jfEd4d0T1qXiAI8KlDVeknfTkdHH9p6Wd9F2tbv3LIG8npB2QngTpckhXp4vr'
    'lu+VTF/REWt82jtauDGRzoRvt7Q66a2tpbwZWh7L9Dk97GUe+mXHCH1spKOQLtgo+Gh6DfwwPfEt14eIThd2hocubC2ja5tldG2p'
    '3DEq3JYNidtUfuwbLEyMa7y+10P6o4Dnt1+foprDipB0BpcvaHzwh0Cn8CVIX4V0b8fkxi3//drw81wVAT0XxXjUeW56hxiEfZYS'
    'rp1QtYF+wmFIf4PTJ8K6Qro8fm2Y6DMsFXb+Arn7DeYtHChwYDJOHX9nM3Ouq7Wh9hteaxSFHknNFJqvTQHmi95HKYyqcpMZUxjP'
    'QcrjzJmN7lAJpBOmyqd8ykfhRzBZ5jFie6Sl6D4vJpFe4eSBVO5rwu/OIb5GOfu23YK/1GfQt0Mi6BvmreE77RwD/RfTu9uYhv90'
    'NLTJ6YJQPlSfpo5D4E6F+2pyr+zR1MednUqff70otttXdsUzfOaqR8MHpDrPeCxUbmMj8+R0hlNkLO1oLFwfhxBuN9k/fuddFH6Y'
    'MY+2i1lH0zOLxlLBcqgxBt7kXB7J6IXo9Ag4Oc8gqXeTRm9+EPHQvfS/bf3MRUU/eK3BJsJ3HmVwDD0rMd09SvhXOYKb1FmJ914V'
    '0xbWhf5ftMb9GjpF0d3/jfayV16Op075cj8Rpfw9Ez2mESJfeBb1v5vA1hDhKe5G+LSP0cfg4HKEyGweQPIMPzxqMjZZ56eE64t1'
    'yEN/SL03ldFvhfpvEWa81EGNjcX1iJ8202KP0zXDem2yvivRObrZUE+Jk6vp6Gjli3aNh82Kje4m1ZVbimCBgyMcw0KHdzHvvgH4'
    'w7MtyuB58Nu/9LzDsiol45mnseVoE6U++KOWHVAZqel5FZUMLGj7Em6KbVCTB/Uj0PPn8fGsYJ83su0UAZ44Loy/v7ydV4swj3Uc'
    'n+fR/m8iey/eQ/EeiveQ9x7CNLzcT79JuGeWoumbYP9kgVawuecstsiv5IpzLXmdnM2XaXnF/7cd10LLcWE6KBPjnhj3xLiHPb8r'
    '4vM73kPxHrI6v7OIB2frn5Dj/VWSs1vxp1cRXnuV8I5bEYanPJXkvdTO309OG5VebV0E8xdEjz7IXHK6zV46j+VcK463ng4xl35z'
    'ZivjaEHrLfMnCS2ug4f6EGMYYvREMf9/gYb/H8S+ZUiEs03EdxJbXv2gxtZqRDMOWmdYOJsRYo2GPeQOOrmG1z5Sa7yd4d3iNe4R'
    'pXaZWI9K+Qo1ibWE61fyoEM8xmUqEx4g7S4Qpf5txhiZjK3M2dYPhBePm8JGUwjYGGFsQLxi4m0nsgDdGa5krqOafTMozP0qbNHg'
    '+xHB239Re9hfCr29GIanxgDymwHh+rCcSepfEqK+IzU2UJxN8n7N2g1HCHtKj/oID5yC+5bT6CIuQbAXZF784g4EjZHpdx70a3BN'
    'TqNTM4uRcweVr2J/zNxaNQrXl9cWw7ORm0sdfqktw5za2kVsCqjzQX2X6GSmJrovWGZqw0cM4ttsJcInQfyuUP0gyVecL6K1+Q+6'
    'vib7uKpM+3iY2UN+ZYaE3u6+HPp6oz76eo0h9CdWIh0TL/0B5Xt5SRl0A3XnWBR6DDq60UTnKEn0xDaQfg+Qs6hNuDZZI8I8/jD1'
    'MzGE2vPrL3c24zGkEd/G9I4zpNEPaikTjU1lFlHyJyitOOChg8TdWboQDPj5jGuAfmeZuya1A2vTwCeGuyZhZ0tOdUrfDfBosmei'
    '8u3WAPA5UwMnNj7zsB/hwyLUS9P5xpBtnWKhc7cUjfMXDF/AdD9wcctV2380GNO1DD7l4GGidKTC3D+3ojFwcXqOJmdSE6J520gd'
    'Qxp83WvIU1BlTO28N5H1rEE6qpzuoxfu9jr30+Rc6vfQTdT5n/bSbRz0mKco/TIUbHrb7GQIMxi6Xtnx2tj7JdC84BioOh/+XCyx'
    'xc876Z173PNf2RWvgJh7+3Y56d3PuPc2FZdvFviQ+O3X7easFcr9bhcPQ1H6O3hwQTCf2jPhV42+VUNfVezyDNATMr7g538Uvc6j'
    '7H/FhU765bUuvGB7pldvAhi4UK9jXy30PkM4uLjhbRCf5KJiPCDf1fS53wrxnS4JF99Nh4MrQ8yZzV6i+2c24C26R+sAl1aj/XWg'
    'PAksLsVBJ9PlbtPmaQz8UdcyxpNBYkwfBg3vfdRJzwNfC9972g6+Xvyqk/Y/6aQvgw+d0cecvfOXAF/y3W2AG1ft8S6zGpX5KsTX'
    '/szDxWU+fr/r40eW6YDzB8dG/RTg+Ut/CH3dDXUB3n8Y/t4L7Z93n1PXXDQ/Tz0EvieeCbb/Wr7q3W+/8yEMfhUw3x/c456FNuUv'
    '/4E7b1HJUvEZKc/Wwlw8WIzDcX6vs1KWnQHrI+6bPB8FOjyfBnoC91fGDMQy4FpR7DtDycpksIjxT0N8045iOms2mg98XiY63FhX'
    'QetvJjR31bh+fDOEa5flZYdierfsE6X+p03lTjY8Hc62id7NOLs8zidbmPvukIZvobOtHWD61YjkF2FtRYPqe3CyFJ0d2VYNvHA+'
    'DBuE6/vW1NbWhEdM26I2eJyPcq5vfnxxxRvj1mZYFNuTBt0fNvezVo3cRfG97kb39Qy08fz8Ujq5XRTHalikmQ8b2kTlSwtvP0I6'
    'eVdWuD7Qe0Puy2HB+27eFkA3xIa/Mij0MVfk/OavLuKSCHCPCY/PRMZrKtcq97z1C/P4Xb0+e1nBl4KxBLSp+iIDuBSqTexkNTWz'
    '0PdG4fqeHyXpsEbefh2ZAxWLSqUKHyp+91ZNulS4MYOr4V0n2VNKf7RBuHG0sA8RtbfVGbUZ8SQbNHgjqaHbmmENTXl0pvFYgsiY'
    'GwVv5+/nW4r6gYhCzuvl06Jdw99aSM6CIYb/TWmJcsu/lyDe+FaNDsaoMI83NiyKfQXMQnSm7uymNNMIs74m961GRrcoF0COaiqz'
    '5ui//cLbV4CtXw+5/9YHXF9ujnV+p0cM9cxmaPQ1N2vWVoezVwjX36UuvsKghRwtp5Fxq/Zahes3oNtShuxFb9rSlTLPuim0noeF'
    'pDf6BO9fYYzggRWMXgw3vjENHcPl7Qkg+8yhc9PGvwWFzesN17te6OM4bvWBXa84Bpxu6EzNGpvKXfE94QXgR/wC0vs7zMbbCrq9'
    'Jutsu76xrRhvK1ZicdSm+2D3KJhRsBSvgX4N2rRTHW4NmjTyME6XH+unmsR708nKZ6M1TyDZOBe/kOpI/ALJs5uZMpjvVOGht2Z6'
    'LtNxdqG7jxpTlrRbSfSAujW6TPSM/QU56+chGqbcZzldpyqEeyuFGzdA3hEUXr4b0cV3i3BxkXWx0TuFf2z0k0V54n8fIcL5+1e6'
    'STi+cZ/PmmzzOffVWmTIWnxngbsW31lgx1P5Hci8GiF9BORqVz/ittuI+B3KV7r8ST/X0se19G8tfVsPdegFmV4+sQt7qqMUNgpr'
    '0u2kH3i/k550IcRZgvmR7z77DtAbGAUe5U4nHezg67j9KtcnvK6Ox9aa1aFbqzmA76rJj5uzmvVOe7Kt294nxE/fZydBNpnbgh7D'
    'en5ssk2ZynZV/1ug/1Xk92i+zDfzv9fzvw/lf7353wX53zvzv0vyv6s6zPv9KLT/TUhfh/RDkPZCegGk74T0EkhlW6q/1Whv1CCd'
    'lZr8WG+4o7jdGhi/fI9p3AoNjatg8XOXOenJAAu/2l6qM6bjVejgpBnp9eHfynwfX7kpPxdvF+Ki/KXuuiuF+PVF3vO5Esb1CujH'
    'yLIyleULeO5KJ5X1+MGphJHZAw6tLul0SaPvB7i9F9L7O+zgVMGdrFd3D5DpfgLH95K/70fr3gr9ryG/Wfn92T7mwNKjsNf+If/7'
    'CsCpLbzicci6C7ygsWJ4fZTsu3+A9CsEbk3gOI3gUf5ezLf5257ifrwI/ZDv6Z0Mt/sK0x9suynf/Rt8e9LnLob7l0b9OyJPrN2b'
    'K+6ffFdYvxyvF/offwWy5DtK+5MFnPS/7/XuTz2sf5r8zskf8mflD9zO/F6t6uPXUeaR6Vmg39UJ+1rm58ar7LHlb+BeIZ5+qLg+'
    '+U6m8r3NGSz1ULj5WfFksU4I5q133Ge+TrjfspzU+cL9prqUQfQ18Hoo3Yc5aD1kDC0ZP6syT1d0PMevB46zVdCJeAT695wZL0LN'
    '2z4of++3S+EKr5HJ/NWQ+RMPOfovRUpaD7l6MTbzl4b5u/gFO3kolsVjPQ8lG5ozbq+rourNonwVSM5K9cj94Ezq30jdG+Ghk0Pl'
    'XGv2BIsBgtf+VtBpWvCIe29V35S+07InS+HiS6B/9aVd3nBRC/9Wtm0qVsDwQ44OGIXtRviG4xYpeDaFk4efc+FEpt+GfSF1cG3q'
    '2fkNoLN2+a/fiY8L8fMHi8dxIsRbku+DwPmuPaXzmCHz+EQel/w4P19XP1o6j0+AXtiPYT5lniA6r+JbpePPkvG/lm9rxePF7b8G'
    '7cv3Nu3+9KvF7e94NByMK33FD+4pheNb97ow4gXHVeS8LJz9T7jnEaUl1LdHdxe3c/djxbEpsV7lDV/j83Iy9YRwfQKpPp2S36eX'
    'PunohV7+CH9mnAJn5KVPFuuQyvw2a3QL7I1LQe/1vT/kdUGlTiqF4SyBYXmHlvdnfM6q/uL7dZAz95HvO+lz3woew5LyE1KEn/DF'
    'PW5/v2ipG6r0hht3lbcdDOd+uEzSKZJGwevQGsCOg9uL+Ayn583Fj8F+Z/ap2iN+dFwt4r1gGFNj2sHgSapHuyMgnlT61994VL8H'
    '8JzXo/vAGqlj/UBxv9aA3rV8j+m5ah96Tulti13B6TndPEoa8fY87ljzQOk83gv9vR1wy5oH7OZRzf+KF+zK/QW0ewvSz/Y7r6Rd'
    '0517ivuPbZ1s2r8d5rRtT/F6zBbB4Olu2AeJvaU4Wq7ZYqSjb0vTrHnahU3srz5MXT9+sBTeg9wVRvN7/A+EhhqFff8HSxqKOzeC'
    'nHO/hnruB37voq/q97aO9185zuut4z1LY3viPUtjgnrFv5sH9z2pb451z4Pq4OvOIt2Y8P1KxRSV8UAnor//D3eefSU='
)
