"""clipper's regexes as cpython 3.11.7 compiles them. GENERATED: do not edit.

Written by ``python scripts/build_regex_cache.py``; clipper/regexcache.py explains how it is used.
"""

# fmt: off
ENGINE = ('cpython', 3, 11, 20220615, 4, 4294967295, 1073741823, '14.0.0', 'little')

# (source, flags, flags compiled, first code word, code words, groups, group index, index group)
PATTERNS = (
 ('(?:(?<=[^\\W\\d_])[.!?。！？…]|[\\"\'”’」』])\\s*(?P<sign>[\\[(（【<〈/]?\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})(?:\\s*[·ㆍ,、]\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})){0,3}\\s*(?:선임연구원|칼럼니스트|編集委員|論説委員|객원기자|논설위원|선임기자|수습기자|시민기자|인턴기자|전문기자|편집위원|特派員|대기자|통신원|특파원|報導|报道|記者|记者|기자|위원)(?:\\s*[(<\\[]?\\s*[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*[)>\\]]?)?\\s*[\\])）】>〉]?|（[\\u4e00-\\u9fff々\\u3040-\\u30ff]{2,6}）|[\\[(（【<〈/]\\s*(?:記者|记者)\\s*[:：/／=]?\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})(?:\\s*[·ㆍ,、]\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})){0,3}(?:\\s*(?:선임연구원|칼럼니스트|編集委員|論説委員|객원기자|논설위원|선임기자|수습기자|시민기자|인턴기자|전문기자|편집위원|特派員|대기자|통신원|특파원|報導|报道|記者|记者|기자|위원))?(?:\\s*[(<\\[]?\\s*[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*[)>\\]]?)?\\s*[\\])）】>〉])\\s*$', 0, 32, 0, 3116, 1, {'sign': 1}, (None, 'sign')),
 ('(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\s*,?\\s*$', 2, 34, 3116, 834, 6, {'ampm1': 1, 'hour': 2, 'minute': 3, 'second': 4, 'ampm2': 5, 'tz': 6}, (None, 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?:,|&|、|\\band|\\bund|\\bet|\\by|\\be|\\bи)\\s*$', 2, 34, 3950, 87, 0, {}, (None,)),
 ('(?:19|20|25)\\d\\d|\\d/\\d{2}\\b', 0, 32, 4037, 66, 0, {}, (None,)),
 ('(?:\\b\\d+\\s*[^\\W\\d_]+|\\b(?:an?|one)\\s+[^\\W\\d_]+)\\s+ago$', 2, 34, 4103, 117, 0, {}, (None,)),
 ('(?:^|\\s)(?:propos\\ recueillis\\ par|ein\\ beitrag\\ von|geschrieben\\ von|корреспондент|reporting\\ by|автор\\ статьи|escrito\\ por|kontributor|bài\\ và\\ ảnh|da\\ redação|scritto\\ da|written\\ by|a\\ cura\\ di|posted\\ by|redacción|reporter|story\\ by|testo\\ di|words\\ by|authors|autorin|autrice|penulis|pewarta|text\\ by|tác\\ giả|auteur|author|autore|autor|texte|автор|текст|oleh|text|書いた人|bài|par|por|von|執筆者|投稿者|通讯员|글쓴이|작성자|by|作者|取材|執筆|撰文|筆者|著者|記者|记者|文)\\s*(?:[:：]?\\s|：)|^\\s*(?:di)\\s', 2, 34, 4220, 1216, 0, {}, (None,)),
 ('(?:^|\\s)[^\\W\\d_]{1,3}$', 0, 32, 5436, 38, 0, {}, (None,)),
 ('(?:^|\\s)[a-zà-ÿ]+$', 0, 32, 5474, 37, 0, {}, (None,)),
 ('(?:^|\\s)a\\ cura\\ di\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5511, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)auteur\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5609, 87, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)author\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5696, 87, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)authors\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5783, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autor\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5877, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autore\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5962, 87, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorin\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6049, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autrice\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6143, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6237, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\ và\\ ảnh\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6316, 100, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6416, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)da\\ redação\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6502, 95, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)ein\\ beitrag\\ von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6597, 115, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)escrito\\ por\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6712, 107, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)geschrieben\\ von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6819, 115, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)kontributor\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6934, 102, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)oleh\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7036, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)par\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7119, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)penulis\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7200, 99, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)pewarta\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7299, 89, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)por\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7388, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)posted\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7469, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)propos\\ recueillis\\ par\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7567, 137, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)redacción\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7704, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporter\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7802, 91, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporting\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7893, 104, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)scritto\\ da\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7997, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)story\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8102, 96, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)testo\\ di\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8198, 101, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8299, 89, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8388, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texte\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8471, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)tác\\ giả\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8556, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8650, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)words\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8731, 96, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)written\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8827, 100, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\ статьи\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8927, 135, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9062, 102, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)корреспондент\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9164, 128, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)текст\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9292, 104, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)作者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9396, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)取材\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9475, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9554, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9633, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)投稿者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9714, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)撰文\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9795, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)文\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9874, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)書いた人\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9951, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)筆者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10034, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)著者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10113, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)記者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10192, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)记者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10271, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)通讯员\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10350, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)글쓴이\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10431, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)작성자\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10512, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 10593, 82, 3, {}, (None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\)|copyright\\b)?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>(?:[^.,|()\\n]|\\.(?=[a-z0-9]))(?:[^.,|()\\n]|\\.(?=[a-z0-9])){1,59}?)\\s*(?:[,|(]|\\.(?![a-z0-9])|all rights|무단|版权|alle rechte|tous droits|todos los|$)', 2, 34, 10675, 742, 1, {'name': 1}, (None, 'name')),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 11417, 1043, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d.])(?P<year>\\d{2})\\.(?P<month>\\d{1,2})\\.(?P<day>\\d{1,2})\\.?(?![\\d.])\\s+(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?', 2, 34, 12460, 890, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 13350, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 13891, 1044, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|wita|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|wit|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 14935, 559, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<!\\S)@\\w+', 0, 32, 15494, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º)?(?:\\s+|(?<=\\.)(?=[^\\W\\d_]))(?:de\\s+)?(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|settembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|febbraio|dicembre|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|gennaio|ottobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|aprile|maggio|giugno|luglio|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|gen|mag|giu|lug|set|ott|fev|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?,?(?:\\s+|(?<=\\.))(?:de\\s+)?(?:(?:ค\\.ศ\\.|พ\\.ศ\\.)\\s*)?(?P<year>(?:19|20|25)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 15521, 3908, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|settembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|febbraio|dicembre|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|gennaio|ottobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|aprile|maggio|giugno|luglio|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|gen|mag|giu|lug|set|ott|fev|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 19429, 3996, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[.!?。！？…\\"\'”’])\\s*(?P<sign>\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\))\\s*$', 2, 34, 23425, 1475, 1, {'sign': 1}, (None, 'sign')),
 ('(?<=[^\\W\\d_])[.!?。][\\"\'”’]?\\s+', 0, 32, 24900, 221, 0, {}, (None,)),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 25121, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 25147, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 25740, 240, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 25980, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 26011, 77, 0, {}, (None,)),
 ('(?<=\\s)PT\\.\\s+(?=[A-Z])', 0, 32, 26088, 41, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:T|\\((?=\\d{1,2}:\\d{2}\\)))?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\)?)?', 2, 34, 26129, 1611, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 27740, 980, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(assine|cadastre-se).{0,60}newsletter', 2, 34, 28720, 108, 1, {}, (None, None)),
 ('(jetzt|gratis) (lesen|testen|abonnieren)', 2, 34, 28828, 124, 2, {}, (None, None, None)),
 ('(powered|designed)\\s+by\\s+tistory', 2, 34, 28952, 106, 1, {}, (None, None)),
 ('(sign up|subscribe).{0,60}newsletter', 2, 34, 29058, 99, 1, {}, (None, None)),
 ('(©|ⓒ)\\s*\\d{4}', 2, 34, 29157, 37, 1, {}, (None, None)),
 ('(наш|наш канал).{0,20}(telegram|телеграм)', 2, 34, 29194, 93, 2, {}, (None, None, None)),
 ('(にほん|日本)ブログ村', 2, 34, 29287, 41, 1, {}, (None, None)),
 ('(打开|打開|下载|下載).{0,6}(app|客户端|客戶端).{0,6}(阅读|閱讀|查看)?', 2, 34, 29328, 122, 3, {}, (None, None, None, None)),
 ('(扫描|扫码|掃描).{0,10}(二维码|关注|下载)', 2, 34, 29450, 73, 2, {}, (None, None, None)),
 ('(有料|会員)(会員)?(限定|登録)', 2, 34, 29523, 64, 3, {}, (None, None, None, None)),
 ('(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ]', 2, 34, 29587, 180, 1, {}, (None, None)),
 ('(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,}', 2, 34, 29767, 156, 1, {}, (None, None)),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 29923, 227, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 30150, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 30248, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 30427, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 30508, 21, 0, {}, (None,)),
 ('AI\\s*학습.{0,10}(금지|이용)', 2, 34, 30529, 55, 1, {}, (None, None)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 30584, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 30822, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 31076, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 31266, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 31504, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 31532, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 31712, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 31904, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 32110, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 32142, 30, 0, {}, (None,)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 32172, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 32291, 139, 1, {}, (None, None)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 32430, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 32746, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 32967, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 33460, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 33784, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 33990, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 34018, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 34038, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 34070, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 34232, 16, 0, {}, (None,)),
 ('[\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]{2}', 0, 32, 34248, 112, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 34360, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 34566, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 34852, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 35048, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 35102, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 35126, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 35150, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 35193, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 35455, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 35749, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 35767, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 35784, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 35813, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 35937, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 36067, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 36274, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 36544, 230, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 36774, 104, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 36878, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 37297, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 37313, 44, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 37357, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 37446, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 37565, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 37640, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 37721, 16, 0, {}, (None,)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 37737, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 37773, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 37886, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 37930, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])', 0, 32, 37954, 28, 1, {}, (None, None)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 37982, 44, 0, {}, (None,)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 38026, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 38509, 277, 1, {}, (None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 38786, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 38887, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 38912, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 39761, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 39869, 33, 0, {}, (None,)),
 ('\\d', 0, 32, 39902, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 39916, 28, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 39944, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 40159, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 40291, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 40410, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 40471, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 40583, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 40710, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 40831, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 41105, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 41239, 137, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 41376, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 41495, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 41523, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 41539, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 41803, 4095, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 45898, 55, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 45953, 289, 0, {}, (None,)),
 ('\\s+(?:septiembre|diciembre|fevereiro|noviembre|september|septembre|setiembre|settembre|december|decembre|desember|dezember|dezembro|dicembre|décembre|febbraio|februari|february|november|novembre|novembro|setembro|сентябрь|сентября|agustus|febrero|februar|fevrier|février|gennaio|janeiro|januari|january|janvier|juillet|october|octobre|octubre|oktober|ottobre|outubro|августа|декабрь|декабря|октябрь|октября|февраль|февраля|กรกฎาคม|พฤษภาคม|agosto|aprile|august|giugno|januar|jänner|luglio|maggio|август|апрель|апреля|ноябрь|ноября|январь|января|มกราคม|เมษายน|abril|april|avril|enero|julho|julio|junho|junio|maerz|march|maret|marzo|março|марта|aout|août|févr|janv|juil|juin|juli|july|june|juni|maio|mars|mayo|märz|sept|июль|июля|июнь|июня|март|сент|abr|ago|agt|agu|apr|aug|avr|dec|dez|dic|déc|ene|feb|fev|gen|giu|jan|jul|jun|lug|mag|mai|mar|may|mei|mär|nov|oct|okt|ott|out|sep|set|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв)\\.?\\s+\\d', 2, 34, 46242, 2473, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 48715, 220, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 48935, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 48968, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 49009, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 49030, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 49088, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 49104, 16, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 49120, 179, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 49299, 104, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 49403, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 49598, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 49978, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 50033, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 50147, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 50444, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 50622, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 50679, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 50736, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 50793, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 50850, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 50911, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 50968, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 51008, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 51191, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*:', 2, 34, 51351, 206, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 51557, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 51639, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 51779, 30, 0, {}, (None,)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 51809, 97, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 51906, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 52007, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 52031, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 52541, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 52565, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 52589, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 52610, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 53018, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 53159, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 53281, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 53302, 191, 2, {}, (None, None, None)),
 ('^\\([a-zà-ÿ]', 0, 32, 53493, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 53512, 171, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 53683, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 53721, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 53800, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 53956, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 54112, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 54957, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 55801, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 55947, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 56138, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 56184, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 56430, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 56508, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 56720, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 56952, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 57063, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 57310, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 57434, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 58056, 369, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 58425, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 58574, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 59162, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 59368, 199, 1, {}, (None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 59567, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 59914, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 60222, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 60351, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 60598, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 60966, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 61081, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 61370, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 61715, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 62226, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 62684, 162, 2, {}, (None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 62846, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 63233, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 63797, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 64064, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 64539, 71, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 64610, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 64956, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 65031, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 65177, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 65312, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 65425, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 65499, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 65576, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 65703, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 66073, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 66115, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 66208, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 66254, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 67124, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 67549, 510, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 68059, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 68132, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 68342, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 68425, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 68569, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 68715, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 68845, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 68973, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 69089, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 69592, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 69764, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 70019, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 70205, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 70392, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 70845, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 71066, 171, 1, {}, (None, None)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 71237, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 71305, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 71383, 311, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 71694, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 71775, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 71865, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 71941, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 72016, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 72073, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 72120, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 72159, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 72198, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 72372, 97, 1, {}, (None, None)),
 ('^\\s*by\\s+', 2, 34, 72469, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 72501, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 73466, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 73546, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 73629, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 73678, 105, 1, {}, (None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 73783, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 73868, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 74025, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 74073, 207, 3, {}, (None, None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 74280, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 74404, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 74508, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 74556, 77, 2, {}, (None, None, None)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 74633, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 74900, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 74938, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 74967, 44, 0, {}, (None,)),
 ('all rights reserved', 2, 34, 75011, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 75070, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 75108, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 75211, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 75300, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 75452, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 75533, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 75704, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 75757, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 75873, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 75997, 60, 1, {}, (None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 76057, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 76156, 30, 0, {}, (None,)),
 ('コメントは個人の見解', 2, 34, 76186, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 76234, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 76278, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 76324, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 76356, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 76404, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 76456, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 76496, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 76532, 24, 0, {}, (None,)),
 ('구독\\s*하(세요|기)', 2, 34, 76556, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 76602, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 76632, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 76682, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 76756, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 76816, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 76868, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 76898, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 76932, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 76994, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 77029, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 77075, 48, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 77123, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 77149, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 77175, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 77228, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 77268, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 77310, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 77360, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 77461, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 77515, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 77568, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYHVWV8H1bv963JKQJITSQhASS0AECISTQQEZwhIRNQVl7eek26XQ3TXdCYpAg4AYOqIPL6Iz7P4IBAfUXREdgkOCMqKDi'
    'OOOMYcR/DP+My486qIz9v/vqHOq8U/dW3VtV73WnU8X3uOmqu99zzz33rM1CiKxwHplOFp98MX0r/N1U/KUgrSv+5hR/tcVfC6T1'
    'xV9r8Xc11IF5h+BbrvTS/0mzvzOpGfWUpjfdLXaLCE+3z7dsQNm0CG5brufm4m8Q1q8f1i+brJ8EaXGLiPQc5fv148EVtDjrWHo6'
    'YC8K2K9NsE5yPzaSfdgG/5b7eX7OKfdmtk9t1jlo3Q/wJ1OamJtK6Kw21Co7oOLz3aAKi/WV69oM+esBPhBnS7x7iMy4R4hP/dAt'
    'I+Gos/iPZVCuEd5juTyW21Bs+2MObs91ueXnFn/zNH1FmFL1NUxb7dDf3xR//w/KNJD25PMn57h69ZmcvPFGQfZJH9SF83gVzFUm'
    'BF5LzUC8tvuaSHgt7fexFuCTws4NpCDCTioAzpN1P7DXvZ2dXxIO7gFcmLHAd5HPq8zMW8cS0ix7dseziKqn0/sqOauSsyo5q5Kz'
    'aqaeVe2WOK4JUHLnY056y14n/dU3nHToXif97pNOO/9Iyuz6tpO+8mUnfepBJ/3040760LNOmb8DGJPvfn6Dkz75ASf9/hud9PlL'
    'nLxfIHmfe7eT7nm3Ou9nSd7D97j9lGnXfU56514n71+TvLsecNKFMObs3vIxvo/k5fPC630HydsB4/7S4+q8u0jeH0OeVx5R572W'
    '5L0e2j7pGXXeTSRv9iknXa2p93KS96HvOekz31TPwwUAR/LdjjEnPX1r+RqcQ/LIxVO1eTrJ8yUYw77Hy9taRfI8/KyTNn6vPM8y'
    'gFn5buVlTtp8hfNtEfn2mV4nvfhO59sC8q0DYCm32/k2l3y7/7byb63kGx9THfnG543SjdeFuCd3EDJJiaNT/nd+27aaGT7HdTgO'
    'aIjlxd8KBe5pBT5fB/SP1lFD8rdCHfSsaiP5W6F+23ra45zTdGkonX5zattewrsK4F0FzLn/KZmOfFlAmr22xlmr0qaadNauB6qo'
    'gbW7gtI4tmy2gIHE/YgpfjrJ/gjzUPxSN+ms0ceKl66/ziX7aDrygG3oTd05XOdzDtvKEXD/Utx7hcUdZYY/aWC7LAy9wXcHivAS'
    'uUDCa0l4LQmvJZELJHKBRC6QnFUJzkrOqmTdp1guIGHhZyHp80ROkMgJEjlBZeQE7Yms4KCWFSQ8zeknG6D7s81yn9TAXSAFsMjt'
    'FeYy/iTVe0ZcsfBJF0/LvrxW8e2J55xvZ5Fv517spOdf5Hw7TfHt9qudbyeRb/Ub3DwtsHfwWwP7thi+LYFxyHQrzNkR5Nso+4Z7'
    'FsvhXsY8+HcL2XNYj1/esOvUDmU4XZxmd6p6tlYZS9opB/1dA/1dR96dtcl5t5q8+13BeXcieSfpgBYYczPMwyBpU/j0uQU20gIy'
    'b1kYA737pgPGniN/I75tJfie5k1FsAHIWvSpDfol99TRbN5bLNqV46iBPdMWouwtX1Of6W8Iec42sPOhhsCQTJ/dYV9vG9RjM7f5'
    'mOZW9jfs3NY+7Z1bnN9zRLh5qCX4VoXHjvfBY0ss8NjhFnisHfovv02QPS7TMVFOT+K3GlgzjgfryBy9LRUOBmvYOiwh81cP/fgs'
    'pLzf45D2Qd8aSJ4BMn7MGwZX2Mv10jOex1Ca0NBPoFjPCn5MzlMJn7MD4G4NqzMIbyHv4xHQwUF5MPJBj/HATfqgfoQPj09BNO8O'
    'A1kpstcpzrqI4LOd7NvrCN5BXFGA9cPz8DpIbwQch/Ug7VunKE/znEDoqbXZ8rrPzDrpzfPdutdknXILSd+2sz6hLtFK0qdeNrbZ'
    'AKem5cfJeaPD+Q2a/bM05B2Y17MspnsQ3tkpbbwMxtNN3i0m64jvUl3Ou5NhvDgX9AwfhrQfyh+nyDuhydsJY6N5C+ycQl4QzbND'
    'lPOCeHl6dtNvq7Phzj6/O2YW2lnI7pQrIT1VePlWJyD/Snj5VvhtFYM5Ff5VvUN67xDN91agt0zxuwr++TzUwPzVEFplcYD8oz5G'
    'npiJ3wHkZ54I/WskcMz3H8JqSkFPjTBYLmjoqVSFx2LbHt2zA2QsOthOE7zxkax7t64hcFYP7ajapH2UZc9k9P0Ym89R8rffmdMK'
    'eIPWUSD0L8U3BQNcP0RSv7ymfRplc413iaOzDm407dcwq7fXouw4mx+67rTObQqYln19OeP2dcCCFuhT3KOC+lpQjE81fl1fn844'
    '/BykF2h7pwNN8TZCU3Rny9NVBnTIGQb1rmN5ToI8N5E8q7LleWuRLwV5b5nvpLfOd/fQXRk9vI+yORkj628CXyqY6GVn7ESx/TPg'
    'XRcb4wnQ793z3T0SNCaT9cH++K2LSVu0zyZ5z8uW0wknZxxejC38j1ns0REN/hhh+GNWxuEpyndbNGfRuEX7vRoeAm/3t0UkPp+V'
    '2RdQv2rf7mPvP7WgvO+D0N6P0g7Nh3Qi5fvo9kE/w3P/AelPyZhk3Y8X6z6yQuuoW0/aN9mHT5D53B6hnULAOYH799a0o8+kmkd+'
    'Xo5p8vUH9E+2s4W0Y3qWq8bTHzCeC0k7QXDQR9Kg+X2JnSunFNuZFQLv0ny4hxamHTrNdC54vTsC5qQx7fA+eR9s2rNd71+mnDFR'
    'OOb97regm/iYfphy7jB0PTmuGlS069eerPcxg3pHLPYlwsvnDOo1qa+P3SvuKn47jMFdgeH9iRhoWNnWzpTD21C1tV1B13Jeiazj'
    'zaQOvh+uJ+/91v4yMpdYx/NkfmjZAYM5lWdNSXabcmUKujUqKHBiST5oUHZQc4YuNCg7osA1ssyclHO/Mi1bujeSMn5rQNv5o3Dp'
    'i2rRebLdfyW0ngmNhjT0mmx0+lC2/zUiMxphd8ICo00eJHn95lXm/Vui0/XyJidd3wV3eUi/ssHJ+1HCFzWlsWS5vyB8Cd2981ZF'
    'Hg4vu0ge3T3rOqJ/9N+XOulr3lKum7WZ5LkL9L3O2Fmep4fkmXenk34edLwuA/21y6j+Guh4/eYJJx0HXa+NJM97Qddr5WPl+mCv'
    'IfxujmPOIDy3KzaW93E1+fYc6HFcMOB8W0m+0XmQ346lemv9TvoO0C84mnzj8zaffLv0lvJvc3z05Jp99OQovxf7YMv3zAPv3ERG'
    'Pm/SX0ee92neZHmfUJ/lcMJjMu2nCc0SxKNS8c2zIhrfi/L4MsLOT6opPz9sv5oYz7AWeMY9IK85BHDQpEGfGmLoUyXvJzbwfmgI'
    'eDflwQbtgTayPjlSX5roAvitQ22M62BKGyVzG8/cqmjHg2Vu66Zgbv3uQgfLvOcrPO8jCZ6o6JwiTk7wRPxza8L3SeY9nnm35Ysd'
    'LPOejWne6d33YJm7xpjnrlIyr4NlPXJVXo8Ezu3mNU5Z68Ey920xzf101gc6WNayqUJrWU09kWTf2a3VdNZtS/ad3VpWSyfqYFmX'
    'mpjWxU+mmtC+dnOpkvEmPIhwc1gJHZpkLaKthYmOUYIzws3xwXiGNVRgDuPUZz1Y1mFuzOtwMNkOJXvVDkYqpRN+sKxDfYXWwUZn'
    '/mCZ6+YpmOs47MIS3rr5+kyVrVGCr+JbozB2Ocn82+GwatgtJffz8Gtiar+T8Efjm+NEDzG+uUx05aLNaVT7u4RvZzfvB7NMMC6a'
    'Im675OTeE27+K+XfIOET2K3HweS/JaGdpidsHCzr0hLTusw0n1bJvrTjS1XbJ0JiW2G+Ptx3QDJ3dnNHfSskc2c3d9T3RHK3Dj93'
    'B9vejWsOVf5dkj1sN4fUR8zBMneZmObuYJqzmpjmzM8PVbJ37ebyYDw74po76uMqmTu7uaM+wJK5szxvb0vovbBzp/LVl8yh3Ryq'
    'fBkmc2g3hypfjwfLHKahH3PhR8eFvjAnIEUdHR4TrpXodm4leXnMP+wrnZvjRHms3zbS7zBxPecKNy5mUDyysLEq2w3uILKdu4Xr'
    'wzMHfNVnF7pxrHHuljA9iKXC9eE5j+l0cvuEHRbyULRNHhTR4vbJOT6JwQof8zLFmI8xGPMC4fqyr9SYVfGH2i3Hf4rw7mWM3eQX'
    'K2+JolxQe3S/LId0Vqfdmpn2sV3YxxnT4b1lwo2PaTtmGlO5FeqV3+dgeVnoYiHoUcifFlj3TaI8bu41RBaSxBHkcQQnS1NRyTiC'
    'dN/JPfEWeH9ast4zfr1nCfs43xivuInQHGXEjw88vMLgIZfAw7SAhw8IJ24OtaOjto/crjLMOR8Um2KC4JuTHnHSnz/ofBsm384d'
    'c9KzwV/7AND8ur6jrpmJbeigUMdO2EBoJG4rMmGha9gvvPatJnpzQXMnYzEeoelfv7C3nR0yLEPvQ3in8fO5jr5Tc7DPKY1C/aSv'
    'UNAeNnePFKmH4jWd7/ood5ww7aDfeV0sUVW80C7N/cD0npSDbyKAJv5Mxp4+nAt3TdUdBGPRFsg7jNF+DXm3C95dLrxx5PFudAm5'
    'x+wTbpyIvCi37cbY8ucKNy5wjwbGewxg/GThxhPdZ5D/WNKnE7PlYz5auHFDupud9BhIF0F6QnN5nNc44gfjfSXKPauHwVUNg+OF'
    'Tzpp9imnndcqvj3xHMTqoTgd9ETOv8iNUcy/3X618+0k8q1+g5unBcaH3xrYt8UKuEI4OYJ8G2Xf8E5FYWgFyUPXtonkHQ3IS3lG'
    'eYt1QN5NrSWuqrOk8XKEPyP7u468O2uTG0cF3/0OYpCcSN79+HHn3Qrhxr8ZJG364SKMH72A3R86LPFfTpTHU64h9fG8qZA8mDao'
    'xwYnN8CeOlpBW9vs6RrYM20hyt7yNS8+kH16QwgegQnP9dkd4XgPjZZz2xTT3Mr+hp3b2qe9c4vze05IHkwzwbcqPHa8Dx5bYoHH'
    'DrfAY+3CjS01Ibw+FCk9g99UPL82Up+co7elwsEgPyeXkPnDGO2fJTx1lT9AzlOnd5qtEfm1TZ57btCTTs3k59WLTugnG5jDli8b'
    'dJ5K+JxtKNcwxVvtAE+PwD2wA/YpxqlK+CMq/ojzVJI/opJTXETw2U727XUE72wV5j4PdgqX9q1TlKd5TiD01FoDW5A1EItxIenb'
    'dmHmL5WObTa5T5mUp379dDi/TbN/ljIZiM6fVBReggktQXkJUXkEXMZpUj6nmZ8VPvStbvymcu7krpfc9ZK7XnLXS+56yV0vuesl'
    'd73krpfc9ZK7XnLXq8ZdT2dnnwMcjXg1D7Kx5XAW8j2Wh7PNdJ83Af1I67SRO+N6nmpRxorGGIgft9m0/zMWYz5HaECT9bCRM/5f'
    'DW25BOdi0l2bH4ny+Ovfh3bbRdxPCgafyZYGj09NaeilcdQFVVHv97GB/LuRzGxzS7lmVVt8I0qzF62t+sydVlXXGuPidLi+d9KL'
    'nO/TatdjoyftAqjtk/YcOyGe1tADTVnOEd+DSyGtm7TXIYgbLzWBHkc94CNRDSI2nZmu5HXWmEgO9XSbUOGBbdvCShAtPRfO3jBn'
    'muSnqGiOmgCaY4XmjIuiq3Z8RP7y8Uy37PAq6pi1EJ6oTRlKG+YMeNnHJ7pqia5aoquWyC8S+UUiv0jkF4n8IpFfJPKLRH6RyC8S'
    '+UUiv5jGumqUn9BIcGstu9+u8dFZy0OdVE7RBfd6HW1K6Xy85/PyJ5K8dKzUJo6XWeXTJvIkbGiFLLkLUVrBNFaU7PsHU+U0gypG'
    'JOa9PWUHWxQ2ZPldpHxfiL4OkfKFEOWvYP23LX9eKtq+X5sKpkdOTAXTI8emXNywxaL/80m5zRblmkmfBkm7NE8O6g6qc4CV+2+C'
    '5/os+rRfOHb4YePL0rqeI33YalBuC5R7ipQzxbWy3Fcsy2E/95ByNnD7N+S80e3tu0jdoxZ1v4PUPaqp+60kT58mz4TlGmC5AcVZ'
    'yuu+itTda1H3BYp+F1iecxRzy/OcTvJs1+RZZUATLAtJEywgtAxvd67iPonfWsm3PvaN3vd09yXkTyNdoPJrZXrXXkJoiBTQKbMJ'
    'DYH0hK1cLSrP1c8nGdIutcJr297E2u0O0DNvZjwsnX8AVVvNMcha5gIdo+IfIp+gWQFnyB+g+b+i4FHnmRzExKfcodCvLFkDquOf'
    'JfPcBPXOgbpaGA15tUbGMpfMWYrhl4JFf9sJXSjHeqQBHioo9mXQWVFge7JXeH13lGixemdssnwKZBKrIT0S0k4iq5DpAkhXQnoo'
    'pB2QngcyjUK94/MtzPj8xsBh6nX1Dl/ftJ04529ZvevXDmNDo++QbTG2017v+ijpN6i3L8a2X6qrzDrydn5k2c54yHa+Xueu2SZW'
    'dpsCxlR0lmo+qV8a2c5n6hw8Q/fMQkiXQFoL6UnN5XsQ99pRZI/JOu+sc+hdHbzZ7JsbSF39ClrDpq7NpC4+p3wdJtg9k8aLlnVd'
    '6tOvPst+rY8wXxxuVir6td+wX7yuBRHGyOtqqHPOn7Bz7wfXpf1f69bfb3HvMF2jf6kN7j8fR4/BfsR9+Pes/ya402b+Pwf12+Kt'
    'oPqx/++vjQ7DWNfu2vB7nte1tdZ77qruH7Yx0GTejVBmJYvdthHuMhumoO3zoO3jYQ4pjYT4+xBGQx0agM/n1zr0YNi9W9r/pI4R'
    'BV+GvtftwT/k3To2s3aGDfH2/ry3H32W/finvPl8FDRwudegHxMBe/p/5517jt982NB3OL6Pk3o3sTNkmzD3Ecjrfbei3kIM9Y4r'
    '5mHCoB6VD8EyXkwIWOFrdL7BGoU5704p1nsYKzcgzPwVchgL0h+bT8YwILyxfWlqc+bVKOZ33HJ+f1sTPL9h6OKf1Hj7NmG4P7GO'
    'b5O+rdfE9eQxWiku74L0NHauPBRzvXhmfLJY+ChhFksWdQllenY2vjjBpfO/xtH5CIptuibGs7qvim3ifL8G1tE0Pusatn66sXTF'
    'XC/2d16Nw5uiNMWqZpePVdK1bGY6iKRMN+PZYJmjWBlR4+rH8DvpUg2/J0vqlnX8Muft60kB7f57zm0X77hHsztvc0C7z5A6jmXt'
    '5iE9LqCORxX94HysowJots+TOjo0dRwT0I+/ybm6WjZnlyxzh6LsC5ozg5/nu3MOv5zWOxHyjCvJYhX1DQgz/7f8LJL1Xaaob9SC'
    'fhliZ9h6Ut9WTT8HLM7VLlKfSTk+t8OsvvmkviFNmSGL/tWS+jZm1XGqVedNlwbf/SYbT32I5/ZlXdjFPGco4nOrzuZnQpTFdh/P'
    'uvYA1T5/S+c/mcd1BrHFg87Uv4ipPpyfnVlX1ndksxpP63DZlqyrI3NkwJl1DcmbYnkXsLyvV/RpleZezfv0GlKWn41LA/D7KaSP'
    'CwLGs8xnPDzvkSTvsQF5D/Gpl5+tDWSscxj/YVHAPL2ScduZE9CnX2f088L79H9I3o6Aev8l49ATKhzN7/goA/92ptzeJ8w5Iev5'
    'qk/bY8Lr3750/pMyBZ/zluLlTxq0s5OVuUsxxt4QY7yZ1LOZnTHDFmfLtT712JxRVyvGtS3EuM43mFPOd+g2KPMfrL8nkjKq+aP6'
    'UFhmsU+ZIU2ZQzMuTl+b9Z6jtne9XMbV6dvK6ES+n/6QdvUrbGFEln/Rp/yQQfl/hvJhZIyy/D+k3bHq1uhV+Z9P3iHG0/xi2juH'
    'PaI8dheu392KelU8wxL9T/L68QFL/P+0V99Qx89S8Zhu1qxN0D4bhvLXhSyP+7Qv7dUtRb7PH9k6XuaTd4LlPV8zL6Z4aF3axUNh'
    '95us5zjS59VQfgOhlSnd1mmQF2myOT55OW1cb5AX651MOTofcctOZN0/Jzqiqj1Q4v+RPCoef0kXM+XVg3uB7YunSR4VDSDzPJEq'
    '1yc0gZES/18xjgk2jnt98iDsf1rRR3q/k3k+YqgzS3GfLPceUveIRh/3FpJHJTuUed5C8vRrdA7HFOvB+RJv9smD+PQaRZ+5TuGl'
    'Pv1B/egNKa++Jcfzf6aY+17W57WKPAP8/CcwZCo/LsXFVNTNcft8xVj3s3pmKWC4YADDOZ+xTQg3ppguD67HSwrbuALbCy8K/doj'
    'nD9P9FZNeSey3PdI3UOaPfQPwm4P4di+KrzwOM7yfEHo8RXuoXsU9fDz6hNk/Ka8lNL5T8qZyiRkuVtJn1TnW0n/j+RR8VRaYB51'
    '9eD5s9knz6mQp4fkUZ19pfPfJ89pWdcPRLMlL0eWO1MBI0HnHtq5z4lRfoG62M2W/Bu84zdbyh+4LnZG+PvE9tOHDqOfi7a1Ov3c'
    'SunZyroWMV3lBgUPgurjrVDYfS0IyGtrF9wuzOKYtQq9jxmV/5lVIolxlviNSfzGJH5jEr8xNvgv8RuT+I1J/MYkfmMSvzGJ3xgT'
    '+En8xiR+YwS7oyZ+Y6af35j6EPbQiU1uYpOb2OQmNrmJTW5ik5vY5CY2uYlNbmKTm9jkJja5iU1uYpOb2OQmNrmJTW5ik5vY5CY2'
    'uYlNbmKTm9jkJja5iU1uYpOb2OQmNrmJTW5ik5vY5CY2uYlNbmKTm9jkJja5iU1uYpOb2OQmNrmJTW5ik2tik5sysMk1sXvF2DI2'
    'dl8Z0FdfzGxhGi14zjR+1DDBnTx+1Bj7Ru0+xtmdntsgBtk3Bs2N7OPTbIwcP44wHErjenE5KJ5pfnG9cJyrFPUMMpxK43ptspCN'
    'LzDEs9xWttWwHKexqD0L2nvWJPYHU2Z/ENaW3zZmVZC9ep2PvXpYm/TE3jyxN0/szRN788TePLE3T+zNE3vzxN48sTdP7M0Te/PE'
    '3jyxN59u9uZ52MtZOKMQtw5BOzkD3Moxa2ZmodbSVL29Oxzsw3NUdwTMmzbYd7Y0kBDlselN7zPrmKyN8h51fAH6npcbUuSn8rUR'
    'hb0m7mET+TyX59G+BMngSrbkWeeOrdIFGtX00cQvwDChh2ifehT8aPp9u4V+U5R+9DJ56weL89DN+thvIcscD7FePQQ2aN+qsQ58'
    '/JdmnTNFJYOlMuUwe2CY4fkxwzOF09w288v3AZUNzCdjtZlrley3wO47nQoYisMHhSns8LE+n3F4wqp1oX02haNNmvnhsmzUDfyt'
    'IW3jN4b7fcYwXMExmKzLS4Ywd2PGuXfrbHpNbe0Hhdo2fkyY25D0aOwcJxQ4Q/b9gozDq54qGPopye83x1KXdBGbpx6Nvc9Ihc5t'
    'bqeTyjiyGJ3PFL81C4vvNmn6NszmNUi/y0RHRI7xqbQL2zb0/uA0OPc+nHbkAQh/Jn2n9W3VrL/N3tbh8m0a+fdQ2rmjqXAJ19Hu'
    'tbA/Hlfo/pj059y063MpiG62PW8LAXt+KWl7sMI0Od/bUpd06TQ/d55POXWp5t6ENjHRPyso1s4Ebr6ScnjIlaTD+Hz8dUoPi/2K'
    'dYh7PW5IuT4Two55s+He6E1NLW49K+XI5XR0A/bDxlZVdWfk7S4k7RYs73Cq+x+nFVRzV/IlkXL8FIZpN645/xnwnSuBa78t706s'
    '7H5LXIJlVPPJ9aQfFO58ThVf4L1kzLZ9UJ2pwwHtSRp8XggYsqWVLxfuubk1xN4IS1+UdMlBTzQuvN8Cbc8LAZPjljDZJLx2N9s0'
    'uvdpoodXT2TfsvmniOx7jnB9qSxV8LfbLPmfNcKN6UJ54WnCC28ivPA66EMt9BtlTrL9qyPJJGe2hLI0pxH45lmDPB1Mn8p2DWa2'
    'VNhZg1tEpOcoG9lDkF4m33N0revIGuZgz/cAr18QGW4d0UPCfFIn/00G7UgZxu/g/U3CjSt1LZMtc/nXgQInGfMna6VboJERy7U2'
    'AyN9zskQT4sCBpuIrokJ7kF4GiXwlKy7d90Va35j1DWPc91LPj6K/7g45aznvxEdx2RfH3z7OqEBvOucrQINkODSmYFL0+RvSkOl'
    'yP1okOzNfljnMDCW8tue6crshYo8TtUZk1UM86jKpwLo8QZ2F64hd/hWgk/xLl1vcYdGGBAJDExbGOD7N0v2ryq2TJNCFxfLINyk'
    'fOxOmgzveUFtZ0HPjOuo1cP3Wnb3E3uE+NQP1XpwvB1uX7DOIn8TvOP8KJqP7rvZFjysMOvFx3IBpJcQ2wLTe7ntvbqW1CPrlXlX'
    'gk6tEOWxiaple2nDA2yCtmW/l4PNh2x//QP2NkthbNej9vP7T9r3M2vZT7RlPTSi/c+uvU4Zag/H7ffQXuWHIexVEEfI+t8JY7oF'
    'xlMrDrQnpdC7lxCTzb36ugZ3VgWaNH3SkWuAlTN7adZlfVEJaz8GAwYJH7sAPvLVWUg5XxnE6bmgkjXTDihD8/A76cFhDwvepzYc'
    'kLYATwBp4MFLnK/y/RvI+5V3uu8vEImvjbh8bUj8ndheTY3tFdKYeMb+KPFNkfim0KzxcYo1putzNOicIM0l6zmM0epBtCXadZrS'
    '9vSOpKIZE38aiT+NxJ9G4k8j8aeR+NNI/Gkk/jQSfxqJP43En0biT6PS/jSCvnNZSd0BKiuRbY1fNX1kIiU6ZqDysg+b/vys4NqV'
    '2NIHlCatnXT3Aq5pI+TLEHnQHAJvJVn+pLo+/h3pmGUheUDJXTu5ayd37eSundy1k7t2ctdO7trJXTu5ayd37eSuPRW+K2WeC9n9'
    'eYGhzDeKXyEeH2wR0BnUjwP3kdAjzP1PUZtvlOma+hpSxedBfaO18D0l1LFmtxu0w31N6Oz4xxTr1UDWG9eLxzbl9e5kZ+1hoI9I'
    'z2OVH5qwfptUc4g6BcjXyJM9MGSxv3mssxOEG6d13KKecU19EvbnC3+fPdTPl63fmoJGzwf5N3y92+GspevdJtR+DLYHtNlP7umH'
    'C6/Phij7eUCzH/p99pSJTjX3X2FTLgoMc19MdD53KNapDXRscJ386s4DzNrMKdXJmRDlsSfpek6QOQsaX5+w95V5IODIHNsztK27'
    '8U66UA2PprRtFn46OlSFtxcR+KAxZjE237lZBzYyovy+TNd+DSvD6zgtG7w+s8n6UHw8SzPHfC10ZwbekSX+nCfMY2SvYrFx8e8T'
    'SexDOsa1WX/cietTQ/iYW7pcHjOXF9SxPG+B9P1dXrmBLF/SKxvQn3PPQfn/gvR+SC8c8PYxB/NOea0X9+plGvJbScv36vL4e/Tb'
    'bXeVx9+jdd9wh3dM+K3ujmDYqdHAji727yiheXGeP3m5k54C/f3lznI+Ac1zMsvD11zXt7lwlnP5BZ3L3Aec9I+3eefrgbsgduVt'
    'ChgYgHnb7u1TjtHZFFdgG1tgTDf36dcZ83ynz9s3/Ja63ts3WSct57eW9T5rWZIVAFz85q3l7dG+XHehk/58SA9XN9xhtl+zBE/X'
    'wRzP26ifI8zz4YK3bVlOps9fop6HuYzPiuPnZbGvulh4FwAM/dXl3j68ZRvIGt+vhhPV+NFOcP5XnbIPfU8/fszzrh+4eqX4TZaT'
    '6TPfdHFyk6KcTL+sKdPiU+Y9K9VldHSeCa/3+r12/L8ye1lbhtnMYgdm1Ey80CYnYHRixyDkNA/K6uVeO4XtNX727nnUSb/xDSe9'
    'c6/rc62JwEdJZv8MnB8POOm+x5109SNOmXlEd5x+4+1wGJ/zFNR/H8hf95TD/NpH1DDebgnnv/6ik175kF25d8IeXP1cvPKkeZPh'
    'ZAT1BDBMbYlN+poT5fb21Ffcch8aOwPl4oh9micwdDGR1ZR4g0x2c49P3vNY3o8ROoDnHQ1o507SzmshxbthH8t7K8mLfUCfuf0s'
    '706yD8+GdITluZbsE55nTNH/FtIO7cN5pA6/+LVox3KEKLfLxjHsCChPfTSoxh/U9ioi6zqP3Yu3sr+x3gKpH/nEuAbnsLK9qJcB'
    'eQ8lZ/eZpAzK8vIMZs4UXpp5QdabUnyVxf0p3DjfaI+P8I97BecD+Xmoy4B+H7mPE6qnlSJ7GL+tJfzmtVDfIvj7SOH1hUv5E+OE'
    '70LvFgVLfhCPa7CV3G9bQF+s3SAvxUs4Z6eTuTqCrPsZUO56TZuzFW0WFPzvoDa5v5laou/ktw5ynd5D5Ht8TxyvwIeDDO4RpnFM'
    '2xR5cW/0sD2yheTtZXiln+x1tINrYm3zPThE2muB/dLA+llgZXqEawfXwnhSfQzHvZnhOuSpn0r6dp0CV6n6tozc/TkO2craGWLz'
    'N87qOpToC9E7d57NLfcxi2tEz2+5D05WwBbKnlIBsII4hfqe5H4waHkJn7MBnlMEtm1hOY4+tTI6hfpMK77NSBmpTk6K98pDFbSu'
    'Ci91kH9je1QvcS3b5ykFzakbr24O5Vq+L+XibL85vDPlwJBuXbIELmT/TeJ92NC7bwS6+0uP+/Mt+L24Fuj3R7/pvZOPwx3i7ifV'
    'tDyObTv0C9/V47xoLo8Yry87o7VMcqnJxybvoBfMn0ifSp1WN0t/JwXdAaVfFo4RdPH5SUbYPrtxL44nazqj1hT37Y2KfZufwWuc'
    'g8c/V01q8vdlng93T07FGt+oX2NTv21B+3pXsuYH1Zrjvr9ase8Tv7WplFj9qjtZDVvX4AnAyYmv4OrPuRmd6rMG0u1ubmbrQ3cx'
    'feglzOGa9dPu97HeWp/a+zR28X01nqzpjFpT3LfNbN/WCaIY5NOQhycRkF/nf9pPLnScQtai0nPqEK7PWbzL1zJ5Decl28qDdrA+'
    '2OyHEALhTFUAOau6hUXwwbwknO2HqXTY2v9nq/kXP9vC43xkfgm95wMTK6MsYO2FQTkSeq/6c87jrQ0o4D+MHswMW5uMwa3V90mH'
    'x21l+6M/WZNptSa4b1p1dFdXacfu1p1/jWRtm0KUC6L70t3i9iCYarDIz/EFtos6WTZxgGziBpnK41X2S6NMDj4i1DGxDxGuzU+f'
    'CB8rdlxE11lcY0nPthF9hCb4PkfYxVubyWt7LFzJgtaOxzPnsVrRJ6xp/GeuazIhvDZUMwFWKN0g2z9wz6hM7DRcusJxVoOOrwOf'
    'bph5a5LExg1eo1uiseCsYuMG4U0/fJdOaPIymrySeyttwF5K7knTb03ywo0NxveXiR6witcsy/xMqONZ2qxvZmatdzbqegeJ4OOA'
    'hyzQxAgbm2EdN1ns2xm+jvQM7AzJAfQ/Az8ezJ+32aOlv4v/uEO1Jw+4RxUUKZ3JTkFPWm2YU63GrCvPSP1kd2g7lO5yv2eJmDMq'
    'fpd/S/32a1m7LzzopH9pGVMvoacVuCQaGAbS06oze+bwBRI6OVmTyq9JB/ARKR7rT2ii6vEFPm52XsbBNyiXr6YzB/ODc8vtoMJH'
    '4rZ/vHstWZOpXpNAvTaf/in12gLy++m1NTEZFeqktTDdtKsVekVa+XCm9PdnVSR7LdNfagpRzm88H2Hj+QCUqzfSCZWchlwN/p2f'
    'UadMbWma/+KHpbDEq+FXnNjdNnfvE5+wgvSWwBwZ8Wju0Xc6/76GvO/UUhL6u2DN5Ev+V//uAFpmVmluluiumvwc5PFW8J2UpT5a'
    '/G1Mu3CeU7zncIz+mpFeov6by3B4CHxTdR0vbNuC9DYcTqDV22Sox7S8d/219E+IdZoqf9YWxTIi5mcy1ieA/knWZMrXBPfNHYp9'
    'A7RA8SxOw4JlA5XacjU+c5WfNmsUfM6m01VZKds6bFv2frUpp/7eorjX3J7ATAIzFjCDeKdHJPYQU6GbXwvzj/v3qmTup2TuOf+O'
    '+wLvgPf0Ho1+046De8xy4cYza2a6m91E7kbrqCH5ua3SXKLDiX5dV4Sopz2AP9DG6uJ6oiZ+i7D+RoZH5gTwTnAeg/Lx/ufZumTZ'
    'upjUR+fTRC/Ztq+9UE8a6p2T7O3YdDODdFe4zcXVsG7J/Fd//qkMJaXRHUAfgRi/sYbsG+5bs5Hlo/hxcWf4+JF+ehEYw/XKGGRD'
    'Yxq8kOi0TX+dNo5XRgheSdbvwFo/U3xziCG+8cNLiyqMl+omo+OlOgXthv5+byQwX6P5puLdY4yNevI35f2jL01OR2bJelO5XIbJ'
    '5bg/zn3yO5srzIe+OlHm8G8+srMMwMc1iY6Z+l62+9VtCnIhK5mZnOtskJQM7TRV8Ev3wHJIZ3W631S6iSZ65nKN/eI9tcD5jXc/'
    'dJ3RR/ZjC8iq5oly20C0WURbRvRHbRI/C+0TqV9p2Y4Mb3I+7Kcmdk8xuZse6PdaW1xnCgeDMehkzbBHI0+xO+p9N71BVS2A788X'
    'drEY0H8v96F9LPmGvrExDhmNh4M+xTHu4nzyrSDK/ZfPUXzDOpsV7Y0z3elWOMdUtIIJj4L7WaJ+4qPWw/fOOxR841onQ1ovrM5O'
    'E1OBmkpUmjfPah0Xub22dJoc7ZUhGDBDzUjv2vKMtfY0OpVH3ZLARAITCnkTPXOzfrS2kTKCSJ5Xn3qDPOU+BVsA2N4qyu138Bvu'
    '3yC62vaeNNMppleJ99BPsHaOKW/V9DxXyYd6GL1gtT8V23UGPemoK2hiK6LSq0O+SOLrg+y17kruNP2T+F+Zvmti41/peIv8eeCN'
    'UN5mrfCPY5iDchgnFuNEyliVyBvGM5jHQpbftgtvnORNLM8wyVNg/CaMU1UAXMJjwfvxoGS5S4XrE2uMtTEh9PHV/WK1twBfFmOY'
    '2cZ6bwUVkRZYvwUh6/Ebe1D/Mc465emNsH4MatYUDxDJEzs8hGyxLJ4vxB/97Z7yuEU0Nl4vazcMD81Px1/8U7GOn7j4MKd4r4pb'
    '3AljqJ10+aqcz8u/tZE93gxjWsD0NBBel8K/ZR1UVtKmkKnUTbq8XCG8MbBqRXkcsSUE5ywRM8M3oSo22Br2DeN/zYa5ShEeeBSY'
    'qvQcz1QfgUFrZlNHJde2xmJtEbdh3OUnFDHZ7oSYbN96KLqPxXUh52pJzHOVJawWXUziY0OMbw/MVSvEXX/hYbvyLV81z8/PHZt2'
    'aAy+qHNI77I63neL4q5VS/hTFF4vJ/B6OTuHeEzKK9k5gzpECOuqMhyGgvaPrj9+++d4n/2zhMgAX77XST/0ZdgfP/DGqKV1q+gQ'
    'Gkf0o09Dfd/yxhHdBf34T2jr0xB7/aFnp35fX8nWL6qOBdU1uVyU0zV5Iu+8nMGIrj9yfmYJN+b0kgBZTz2bn6UiOA5wDdkfHOZo'
    'W1kNv4n2VxVXNE3qv4LUf4Uoj4NK7bzrR0o3zIdSTohkz9Om0StJE1lvXrEvEcYPJ3NvA29h5sSPH4d66BhDl+7xOqGOf70d6vwG'
    'oSmHCU3jd6+h9SH9cy3U9wDQ2UH3ssWENrKZu1V4PyapbPf9ZH02EVoqaBxIV90snNi6OA9B9NoWlhYM7sibFeuB83c9kV/PZXWP'
    'GIzD5I7+50TvhN85hwkdi/HtTeaOl22BNTmMnO0m9xGuCxNUZpjI02ex/owLdcxzHV9iq4a2xv1E4wMvILhIvn+ewKfs84+hzKzS'
    'y3Qmm6t59cnX1NTiv+tq6htqGpua8WlpbZ6ip03+r70SNZcm5uUSLfJyuQ3a7lK8yHuc5/Wv/1wp/f7SlQs3HLv8wl9svOj1X7rn'
    'nqXw+Q/vv/UeE4u7r9z49SUpkf1V8Z83yqpHDnUxitPWn5x27rnkB/eQR67c7lgtd7t/YmLn96juawf+dY/nefHr9K9JMflo8Sf/'
    '//pJOU5R+m9f8b9flf5ffL7+0h+h5snJ//a0ZyF6DniuUbwrtd9pUNhIO1Bt6ThV8cNKertCHa98BcEd9CxepOAVUHw1TviEKhxs'
    'y4cI4k3+M9zjTc78oLNghODwoD73aPjB/WTclGczZjimoPH+jXAcf+l45LTtbYbjoGVM1lX2YxfAWZy8cpRRtMA8zlLwlFVzG8QP'
    'uxDgNmj9BzX9tx0H7wOlC7ZAn5bBvtLJMVAXlH7fxOi9w4DeC8vbN+mnLT3hx6Og5VW6FDNdr9zEfw63QZWUgNnpFeyfTMc3omuq'
    '0pU2sQfFOngbGXIP/R2DH5O7u42cyIbe79PIsfqF1x7Fr06Ua36O4KWthrS/DleGaf82ci8ybT9MO9eSux3Hu5TfH6buNxGcPxix'
    'rnMAblX31B0h6zyBjH07g6cCwZth6j6M3N23amCT3gnDtGGra62iyUbIHpZ1vj7tzHUl9jPqitc+7fKr8N0tX3PezSP8rR8DPzW7'
    'x+UX5gjvFfXT8d0rT3llLfP3OOn3nwxny1ZqH+ptLha+oMJz8+wOFzbxXc1FzrvlZFzynUw/9pfOt8XkW8sVTvq7gjvP+O2sTU76'
    '/rtcmSC2s/SN3nn+WcE7z4OXeOd55Z3l9aYJP/R86P/fpRy7N6Rl6Z4Ys4Bj2/k3sbfosDhrtjD8OMzwUoHxg04jcteoZwmtdxHU'
    'a0oTmva3hciox33ucrRMmuhork85d7igcQ4x+n8H+7tnCmHCLx+1KSvRUMV/nKjhYfYxOmC6j+UHcGejY3n+AOn7/wJ+diXwA8oj'
    '1maddDWk6yA9O+vAey3i2Syca/Od9Nb57v6YT/TZzoHyXdny/XImlL+ZlEN/NTTfSZDvpvnuvpJ9Mj3rmkPMBx13F6SnaMbB+9cC'
    '/J0FhO6gemgFC3zGeegqupDSNgtg7mm7mwluNGmX4qdhhfyKtmcqG6PznvaRux3DZImiG6pM+evapwPqtaFT6thZQun6FtBtzJNv'
    'dD6OVeiDbmV5jiR5RjV5kFamvJUVJC/+TeX1lN+ky6tbrzr4UbiplI00v3fnmc4i972tWk9eTq5pULmwvGk+V/VMdyVrIEteYWEX'
    'YrpXKlWvSq9pRQg+vY3udgfc01ME/5fHlUsfMI+Fm/+sjV/OlJjMqPhtCtOXQPsVvZTH/FH5rYyqF9aU7C2jvVJt/xA2/iBWxAgP'
    'gsGDKZ+B+pboFYnPGC3//n2l/3e65jl2qCPIHsjUntGWh7SM0Lv47jR4dyh5t1i4+o5NhPagvh6GIe1nNBhtb5cIx1urxJgvVIz5'
    'PMWYz1H0/6wQ87BKUWYioMwSwBO0DPrdGGd5D2e0Z6viXjNbkafA8jQo8sg7rOq+MpXrd41i/S5XrN8byLsvK9b+PSu9a5/q8q79'
    '8Zq1V+mhBa29jsfmt/ZcNu+39ksM1n6JwdovqcDa5y3XvhX4AHmQ67TC3Y/6x1oO8oAcqS9Dyi9n6ekwlouEw6dHPRe/e32e3A/H'
    '2R1uiMnn0ScNt3UKuueNBtg4UT4A160/nYz39ID5WEtgenEIOcfpFTyTEMf+D3k3u9N59zJ5NwvevUTotk62zp1Q14uKPEd1lud5'
    'HvYo5YX49VmW+b6UwxC8ZDPedgv+Fdf32QTtf57ITcc0OiUj7LuKJybr+ijRL+rTlDXVZVK17ydLoDC/k/BQqW6VqR7uCBvXJoWu'
    'TJA+cFBbvI3ziU7PBBt/v4HeGPI6j2BlJ4geMuKZKDo/g5q2Dwc5tOmaFkLoyw0xnGHC/8xa4hHVvXCZCG93vBLSU4VXjnkC0+FP'
    '+/DMVO/mgu2O7R3Pzz+kaR3cJrtaY24X0eyyVf4Mx0USUzuiv1NBRPCx311N14bKk23O4LhoEHsfTzP6Sathw+IxKFut+2Mrk59F'
    'bS9lWT5nWT7xz+yDrzpfndYQ/pk7jHht9MxbQ9IwunRt5Ly/AcrjfbYH1vhKkcTwmIp1PhTWBdeNyyY4z385+SZ88nI/NG0B9EwY'
    '/LA24H7B7TuC7lAq+wp+/zC9h9A7JPZrp8W9apjxUx5ocfaf6v44ZnFv+7niHttqob9tcoek9e1jf2/20Zsu+cFqcXiF3OaDzueg'
    'z/qq+hD2LqlaQ5P73ktM3++sFlfnze8uXO2xjFvCY4k+Lf7vDAUPwER/w1SXs4fxFIc0Oo/V5hF8t9mFzQnWN5O5pLrtXHeT6rgM'
    'CDv+i2rutvrwmKh92EeaXbyyUzM2bg+3U6Pj1cN0frkubU8M6xM0LwUFr69kl0/G+YcIa9ejGXNfxDHTeY2Ca44pjvO18O4Mpl94'
    'OugXvm2+dy65DqUsfxroKa7KmulRYl5MVTawvA8y70qiH2ra3xPg225Nf2mfVpP3co7+rcnhian4eVsZLulh8DShkHdReNDpW/K9'
    'MWiwtngmPtjk8KQqBbtxwux/QPpThmduanJ4ZlFpDNr/gmYNhoS5PuGw5pzl8qwLmxydTGqPwdf4dwoZhR8OtjmzBwNwLvrAOIbM'
    '83TFx379/+/GcvrPZI/Y6iJXm254vNGR15qeqSp4fCFAhjSmkamjT5dPNDr9j3P/2dD2fntrZ6Nzrww6Y7oM7QYwL23zDGJ7QM+c'
    '09gZsYbp6r+GfV8NZ8j5xT4vrAIN0K/B3QUmU1pa5f7oaFjsT26K+8Pn5/kGIc4VwfSFCWx1W9BFXQSuTOtHWOuOSA91GdJVcn4+'
    '3ODih0rcR1Q8GRObt1JMtir1bSRE317X4PVJUs39j+fm0ir1YySgH/kG13cY7vd7F6h9mHD/2ZhvXHNe/IHUK9v6z/pyvoqpblEY'
    '3skWYe9nJ6geem97uN6FcRtfK30W94mCUPtPHw6gyd5X796XhoS5j8FxBW+R7keTNdtkMS6ktzbVu7T6dL1rlPRdyLxWam76YsR1'
    'rQRGK8Efj3JG7K+rTt/CzNvjdS4tNNV3x5IfrTpHz0rmP6zZSY+GdCWk85rV31dDmod0EaTnQnoCpMey/LObnbZvrPPi9TC4JKyO'
    '2dV1leGlm57TZ1S4/SA6+Igpah/HL40rF03BPZz2ics0/rnW0QVrBf4p3QeHQjoX0lUM3rshnQ/pUZCeCekCtn/OhX3wtVr3jJrO'
    'fPP3k/WyobF4fZyfOujDXw3ygztc60REDKMfGze/6nW1blyaMD7yChpZV1C7y2tdntJU8HNkHxprHf35IP6+De+lWvfdf80795SS'
    'TgPb84exvT0b0jkhz7zHfdpaoGlrbsi2/pa0FQY30XJHQnoK+74c2ro978J+tXhgpf1f5XZRhnFB3sU7Nvr4KlxoWlZ3X1yeL9//'
    'lbg77A/g2zbmHR8h3NbB1qbDlHb4VY07/1OtB/F0jesPLwwtqpPDybr/d4x1835/rMb5ezri7JL+T42jk0bxVArS10K6HtJ0SBx5'
    'VY0Lt5XmdZb0f6rUHuKpxYr2KokX60l7vQweezR0YCEE/sT98Yuci/vipEltaNCnSR+mgl8n+7AnV/kzoC9g7W+bgj5weN+cc/2d'
    'DrP9tU+jO9aWctJMSi0vfX3O9Skb5mwzxcen5bxnaKV4aqX7f5Xaw7XJEPiIcmbvjHCH/fesdy3D9CGIHnoq65zbNmeXKa39AKn7'
    'LEa/H8vuJ+dZ1v1XWdfuMi56Omif7Ic5e0vWtd+NIi+SdQ3GtM59AfePDRVuB/fOSdmps4edQ9bletb2ZzRyOuzTpxYwf6ekLj+8'
    'ayLz+2XGiWc2lTqFQbyFJzMufHRrfD+uZfW+NkQ7ezKuzbUunmwQzvpIxuF9VouXVoqDnXHjZ8TNMyvJ/zIuvHEfvKZ6VFjXxWR+'
    'qiW/PJm0WQ0d+5IdEIGlUR+62A+WajP6uChDinuBqT8CnJdfpd36Vwfsp3Uh9tM/pR0diqnELaX7f9qBX3q3RXmbjXxC1vWptBs3'
    '8gqIz3nrU+V+QL7xDScd/QL4VdpbHpvzfWk9nikYyt1uSrt+vcP4tNCdkVvSrr5JJflgJf4faYuPf5uIbjdF52tVOro/jYVpb+wf'
    'rucfBOunWOi4mewxGUyuTUSTnf0i5fqHCoJHDi8/SUXzrcLn+B9T3niZYeVyKriY0LR7LxlH1PtpSf9PUV/YO5Ks71ayRnwP7xD6'
    '2JWyzDZS1gb2ZZkBKGsr15FlLvMp6yenkWVem3LjAPQH8N6Qn72WlDGxdSzFdk65frVMcNeQZr0PT4XzvzTM6mlIuT7B/GjQFjDc'
    'bTCw2ZV5fyuC8+Kavwg2zHHrj8u6vyfcGNa/2Ah+YQpuzBCZ/gbieDxF8j5zsZNmrnJjg8j0iAGQ//vk5fU+qMh7xk513r9V5B18'
    'p7oPH/XJy+t9L8n7G4iLcr9mHt7uk5fHVHkLySsRgEybL/GWbQEcwPPefrU6b0GR96wb1HnfRPIWIO+dw+qxbSR5d22Dc2mjemzr'
    'FXlx3XjeUxV5cS143hUkb9d95XHabwXabRHEez+a5P3EY066b486ZlAHyRtEE9LY7pyu7IB65zyl9ncV5OPKxPY/z3Ae8hqo34oC'
    '+2brtyJL/kYf75KGPRNgRv77UWlPSMrwsbWGHJvKx1qr8MYE4PiY+hFcHHLctnd/fm7YjPUcoffvZ3K2RYlVahPDg/sD3Kq5Kw8b'
    '3veDYp3eKtwY69Wcm6B+XQ24ypRu7Y2ol9ZvMY6xmOZezvvCEHxcnf9Ev3i7Ywb94fiTxh+VcBsUf7QmBA460uLOOhqCJ8jtrMcY'
    'Tddb5/K++w3XIK62z65z+bebFPd8XUx6E1tVehddStrh8XG2xTieFmgnzHr6tcP9p/62tjLt8PH8S60DG6btxAmXX7Uc43jIMX6y'
    '1uVh92vuhqbrckeEuni/dtW6PNh+Q5xq09d+n77utKzrwgh18b16Ohu37ZkQNK+LFX3dH7KuWaSvHH/1asr2GOohyfr/mA+uX+cv'
    'I+iMlvX/NO/ORZj6aaz275K6VDjWBp6+FqEuvkb3xFAXrscH83YxOcct678x78W3Kn8xXNZiwmfZyPQLUV56HvBfrpmCtjdC22fm'
    'XX4/19szjYFnkre0//Muvz8I5guadZpjUYdq38g6snlXTqOjfcaEney3xLOv8da7P4Z6/4nUO6DRmxsOgeMeJ/Vu1ty5w9B8ewzq'
    'DYMzP1Djrr1NvRRX3mrQt20h1mhEUe+EMOddD2n0QN9Ixjyi0VsaCcDp54aog+PyUwzqmAg6/xV1bLEcyxxFHeOWY8kq6pgwHAvC'
    '+Es51xcBj3GqkoOfyOLC+skqbXj3z+S8MZ9VcoFVGt8vujPpkZjrxfPmMzlH7yNIJrsmxvP1nVVsE8e5Jefig/UaXyoqOOG6VKex'
    'sbw+5nqxv2fkXJl1ismk8e9mZnuQJbqXJZ49qQNliQshXQppZ0Adh+dcGS2nR2xkv7hP6xT1jVqcxVz/57dZb30TIemmks8eUp+J'
    'btOExt8CjvfprCtXtjkjZZm/U5R9QUNncLz8eTKOIU1fhyxok4+Q+rZGtCuR9b0j6+p0VRtfl2T2ZG5xD56R9fpaUu35y0KUxX39'
    'WjKPQborJrh0VUz1Yf+OJPVt1OjY+NlU8f41xVQf9u/3GVcudWSzGj/qcNmLpCzXU1/Kyh5FdN1K/L+MqwPRo6BFTP1yfFNRz2iI'
    'er6sqGdbiHo+k3H1QQo+OIXu3Q+RMpuF2n/vILfZIf1VlTHFGzt82h7WtD3k0/awRdtvIm1zHMjnaieUOd+nzJhC70aW6TYow+8l'
    'JxqU2clt9gzK/AcrI3V2cT+vzXr3qi29nMuUx4rX3QFk3j+k9Xn/yPL+kuT1u/vLvC+QvH53UJn3R2lnLGHulaX9H7L8qz67NOVN'
    '9pEsf7dirHzv4t38b3zycr9S7/fp17BBv24m5beG4J1cpylvKu/sI2PdqtEdxLYuU+R9Qbf/oV9h5FOy/DrSFuqfb9DQJScY5MVz'
    '9BifvOtYvfMN8mK9bWkX14bFD6izO7cCPFhZ989TXp2WXoYTfqLIM8Dg4DmfPLh+T/vkmYA8TyjyjLL+PKLIM8F0WB9U5OG47m6S'
    'RyWXk3k+7pMH4fqDKUfebyObkuXepah7P8uzm+QpaPDNdpJHxXcu+ezwyYP4vEDyDGhsnq8gYzW9E5Zs9kjdqnNF5vkzRZ4Jdmas'
    '9cmD9ZxI8gxp4ONYkkd1hyvR/2Sspni4JP/zqRthr94nD545KUX7BYP2XxLeul9g7b9I8qjkXxiPts6Hr1ri/yvybGF5vqPIM87y'
    'PKnIw2mer4Fejc35gTFqbcphe58Q7vyb3stL5z8Zi+pOLPO8W9GnIB5mSf5P6laday0wtjqfM6oF9k6d5mw6FfL0+OTBcVzmkwfP'
    'wY1kHk3v5S2g5zknRt6orHOZYt6DzlJZbgEZgylvE+/XzZZ3fq4zyuPJrhDl8VqD9MlUcVBN45ma1J3EB2Rx4z4uBFE/FnbxTDuM'
    '45kGrU0LnP/XJOukXicRZZ2EUXw/XWzYjKVOKI25vAv1/ift4GE69MFWdzYdoo9BuC5DcN2hFn3Hcdvsv8NCtPFlyzZM4w+r6mr2'
    'gY+4yuP5JecbY283w/cMrFkdnPW1aMsO69cKOu90vB8s/u5S4rT0Qf0g3vmTA9qvPpOTN96I+408Z4gQTwdZc4QF07Xzo2V4PHiM'
    'dWpi9xOlT+0KHX8/PIT9l/29hNFNJ2jGuISMvwn+3UjGNke4cvOlUGYdq2MdsQ+j5WsU5Wm5pcIu/vkRsA5x9NW0TRqnNkvKNcFa'
    'yPbEHiE+9UNzXDMX8Chdn1p2PjSSc7pY/au2ANzWaJTxPk19gah8v7+P2IfdDe/eA+9kvmcXgl4IzAPCD/YL17SkFwprRe3xVkJ6'
    'qsIe7wS0WWTzrjozVe8SejKAnhwNJAl9nuDQ0nyv6HBVVnHungRr3wvpDkuaTZevieSbCz+kseKuH3H16SmHD4g4Kk3oCDwreoA/'
    'K/+9T9Zr2B6nJRsIPvI7W/Ec6mP1XpXskbI9svsaEeVJB+2gZgaPNxA6M1n3g2Pd22Htu8i7Nh9+2rIY+Gkd0K4AXmETudeUyl2g'
    'Pxt4/9tC0Ka1ZFwSUI+COTiU2VEPavSSRwl9ifn9+OU4d2ugn/Lfx5OU+iiQ9W9XpEj/m9xh6diQfpp/glP2ckYryfSVp8pppYtI'
    'ntrJ8jx1k6CPBna38t0FkF4SEw82S0543fmGenToe2yjIrXhC8whdS3IetMwPAZTuj7o/tRmWV8bSdMAB6Mwf0OwD3NGuDaTSmVn'
    'OB26jGMYO/5zYwRcrHoyjd25R4sXmm5Cx74L8BOudUpzN8P9NuKzhzisjgFsmNRN90DGh39IeZ8ryD1MGPYrB/jFllfazPLFwWsJ'
    '4+clzL0S20nDTze31C8NLd9mSbe1wXsdj7kN3gf5aeA4ah7Jz+tLWeAwCkOLIa2ZtMODlAeE+WoIDYF8M0oDt5F6EQ5s62knMNQB'
    '96s0lDkm4cMq+bCqe4MCje4OQxD7yUwyFYbjEj64DGTbVzh4wI+3xvddC3yvZ3tiGeMnmsjPKjnGjnc7aW73zB3j/bfN/DGij7Y7'
    '907NGHNVGCP6knvlkekx5mqsaxZ84n33yek1RupDrpfp9DUQfalx4Y0BwOkfG3qN96/Rp38LhNq2G332dQq1/1Hqq8LEFy3Vy7zJ'
    'p92eCrbbB/Qr971B2+M+dwsKnV/TuMPDwj/+nIm/Hq4vegLQ13QunhdmsSVN+7tJqONdcf1UE19fL7E10MG0yT5fo4DtekvYNvFh'
    'Zwp/FMbQl7DUp1wYQ7umesZBNhyvAd6fyp/N5pjGLO8HxxnCctA89FZ4PuKGvwYf+DtOmNvyjWnwUY8ws9cO69uxZIcIvFpV7Nnp'
    '3vcrSN97DrC+Lycwsk2o/Qfo+lztvsa9b3Kwd1T7Zo4IjiWgwg0jQu1LZZGw88tVsKyfyjeC8qrmsUYzX7o5pfOYZ/hHx/NS6Tj6'
    '8eKwH6a8Ozm2Py/+ziVlsvDz46WiXs9y2MecB2bKs01Pg3b8eK1h/D9T2Ug9lM8G6EO1WfKE5vno4dYr7i5h7yAtmnbrQU0+reCN'
    'vvCgO4e2MiLB+Nbol/2Jbzp9aSff7oT747ceKr+byXcv3+ukH/oy3Ad/EB0f2ujFdcDf8t+zYX4QR2JdrQo+ek4jQ00RGE10t7wy'
    's6MuErcD6u80Vshyn6NM+LVcHpoha+Kny0T1XlGvSSU78ZObq9Z8pq+rif2Hn16PvxBUzm6wrnQf2+uJXtDU6oMhbZu1lIPiubAN'
    'UrxzIH/jsJQ3zwjL055yzx6kZZE+bFB8w1g8WVI3LdcqXLvoPwp9HuQh/T/hbePN8O3/km9DrG8vKL5h3/5VUSfafD9H+tQr1PFC'
    'nible9iYpE3wEwnuSnBXgruMdb/TsEYquqKe0RViQ3FtP+b8u7ur+O+uYFoyjXoLivpbY6o/y+rX3oGg/qA6c4q78maiE9kEuG4O'
    'tJVN4DsDU3WBtZFC+eNnD9FtQjPLM/tTwmsHKgzObNQTPR32z3zybgHofM4l7x4R7h0R363p9MbbQt0djJmNcbhPC6krmcDjgQOP'
    '7Zbr+mbGZ+pP1pSvafdUr6npetqcL28GPNAYYt2n02Oh9paxo18nM5J+1evH6Z/JEE+Lz7pPBT8WYYPyZ1R1ISyl4PxJYEkNS2H1'
    'KOOCpVjoWQZDpvadNnVG4aVTnbKSP0dyv3/4WSdt/J6rk8VjsHZC/NNb9qrrozFYD9/j1qPKS2OwXg/1nfSMOi+NwbrrAfD9/phX'
    'h6yF3GdKeb8NOnUgA3gK5BKffrw8FiuVG3wJ+rDv8fJ6w8oN5oLuj2D2LzrbgFaQLaPMa4XiLtkKB6OtDriN7vgK1ueMJe3kt5/S'
    'ZD+1EprZxPbXzyYpD7iW9pHL/VrY2iwkf1fSd4DpvLWzuw/6GGgVXh8DFG51PgZs7zJ5mC9TWXAL/M11N5sV+pctIJtebbFG1VgT'
    'U/t2k7nw0zXNMbi/XDHfQXZMdN3pOUHlSrQfsp0rLc8iU3no0UzOifnzxMapkeSl+66TlGmrYtttIe6BurnLh5w7Of63K8ZPbSOj'
    '2G1xu6sgHRCbeR+/yu7+bKp/Ydp+7YDdPB/B1j7LdBXQ3rjWwA+azp4Q/ejUTbrzn7OEMQqXCby5673+gamFt+8/efDCG9aRh0K2'
    'cCfrvJncj2vIuYdzgfX1QplaOMuvJPzTxCYxnca7a3GOXtZL/6LbJNJ1ulKU20nb2Mmq/CPY2/pLLuPMNfYH5mNrCJ6pEfNU9WRg'
    'YbpNmKuA589Ju7HXLrfEn1dCHSen3XsMrSMjgn1XyPgO89k9h+sYXyvM44+MKWyE6J2pIe34ZauUvxWVr5VfpMx9rfw05fQjkUco'
    '5RERfLgF7onAum3vFKX4rilXL3SFIg1T55tSzp41ObNbNHW8tvhiFalDtXc2CXvbuEGip4972pQOUtnE+dkEcH7I7JTjI0g1h7gf'
    'Vd90+vm29WB8hwmgF0c19HJjouvrpztVSZmj1fqjj6+3Cse3NOrzos4htX/ZJMrjWvQK1xcr31c8ZnBBmMd/Og9sZ1RxYPg5tkOY'
    '25nqYmUWDPokv88S3rhAKhveQaGONYKximYLb0ydTcxeh9pp97P6e0LyRilu1PH56kLe0SW83ARpI+knt01Bm9yUYpwjQh1fyNZ+'
    'JS/K46Oa2h+rYJbKhVRrOyHK7aRXKNaNx9VZJLy0UoGlWyDvPOGNC8jnidrxc7uwHUJtyzYWcm79YnDdm3Z8AtN56mE88IJlWzS2'
    'kgqWeoS9T6k4YAPHfKYPbIyx/XqyAjb+i+VZDv0zpQ84Thtm9R0qgmM4qfBdgwL//5qNncpFVqSdSzudh+dDrvXWabrWr7FY69OE'
    'XUy2aq7/iyHXf9hn/e8rlv2QMIu9Sc/MHcJrUxwnfihMEczg2XEhwd+DGhqJ2+quF95Yn7rzRp5Nh4WEF9OxYb8WCNdGmp5FUfwi'
    'IH9eFY+PwtchKcdnI7dZx7mwgZmC5dhp3q3EpmUqaZL1hnhiXKhjxfaz+rqE1y8Qj0d4DIHl7UIdl4/7EjKhX3pEeYyCJqGPATyo'
    'oV8wjsFtMNd4L8GYcKtZjNSzLeIjnw0x2N5IcOk5WXVcPh7LTZZ7nfDGnfWLtcdjvp4myuPKq2K/+dV3GonBh+vI48KuygbHpMP4'
    'ca/Jlvv3xdiDfnHy/Poalg5dx+L9naJZE5P2wsrQUxHuS9eE4I/MdH5JiTnSyjka5uIgE+fAeAePIxZUXHAkIsjGuxlccXvGcXL/'
    'wG8T5DxrAX4f6mztg3fHkvz7yBmDOo1NrB3khw6x91jmENLGLlHuFw91/dAvHr6bBfYvVKdsmcIezWa+Lg4hc/fEZOiGpUv589Hj'
    '0iXoEK8GCSzNg6I/wk+f3batesJopHpa6AsgjD2Kqd9jm7XsIHqUcn5au9x7APLb5V5v63L/buuy02fU9bs2ZL+pbvMqUb34STSm'
    'WSXy0/hdcfnuroGfic5iG4GLd2t0Ai4huIrqENnMyRqL/HOZfMq2fDvRT5oLsKwa1wqCG230cmxx54kK/SCKm99E7gqLWB+PYzrd'
    'pnNg6qsqCDYpnKC+UbsI9lVku68p/qkhOpwqP7Mmtj9p4e+3NmOJ22tIPtq3OHTjw+Lx6zTz2EPGnPh5nxo/7zawmiI4i+tmfvhC'
    'Jz1iu6tLg99eeoOTnjvmPSNOm3DS71yg1tvkdhCIl2SZP3a5egSV7ks+pC6jjV2n6X6aT/K1MZ19igMugDPlSqbzFEYPU4WnLycw'
    'hLi2X3jjU3Vu0auwqOyHVjAYa2X8otEAfjDla11DeF+jjDeFeS4lvJ8BA/7dJuHGdNLJ+nqZPP100o9exjPDPKugH0F8v20K3l0r'
    '46VtsxjHXML7HTcsp5r/TUIfZ2Uu8JNU+/iMAJhsYuVyPjB5ZUznXSoGOsGERlPRkCssaTxbuz9q59fKdAR5bMLS4bJEf37Q9W1j'
    '54pO/5DDVIrsizhwa2MMd7cmizWw1XUISyfmhav7OR6gs6CzKbPRCW0B3dWlIfToRhVzYSLHCtPHczV9pP0YUtxpqN4G8ruDcJ+J'
    'fJ3fRejdWWUzuFUhw+c6IGHmJUqsK0pT8XXksr1xjewY6aYwsS+bNDpMh8Swt+f56K9QmNH5rB8xgAGZb7FCzmciQw/KszNCvzgO'
    'ovJ5DpcjRF8p6r5Q6dL1KPQr+Hq3xbDebZrxDWvWuY/JLFcROafOf3gf09NaQuRwYeTzQ4SvPluU+xBfHqG+OM6gc4Q+xgyuM8W1'
    'LcLrU97vDEP571Iy9u3C3J5apZfKZZq6c4Lr/OjqUuH4/wT9Gx1PPYnlPP18tr6F8AXx3LM5r5J1nv7rjHRIewx0US2ji7h+ywrC'
    'SzC5g6MuX6dwYwv1avTnwp4jqrge44q5qLOYi7kg+6FzUw/l24hOVBOUQ52dpcLrP6Ze+NtLB+mKhNEVawN6musJVMvfDfJcqN17'
    'o7Dzg7OcjadJ2PsQDIrjG/YOHof8tNFQxxb9b1K6XkXXTijoTZrPpJ2w9JPO5/6jwvFznZwb05M+uI/oD1G+male6Giy9gesT+zl'
    'Qu9Tf7HQ+7s/QgT71D+E6Fip8qj84dcJvR9/TtPEwUetjwGH1wm9rR/V1TPVde5R3M/8+BpzQVeB32NVetMmvBcT/W5+Z+xn92Jc'
    'H9m3IxUyEVO7kgGLvvQo6EEqS1HxMvoMeTtBvMg4fHqpYEoV57XkYzutz4P7t47k2aapRwJKXpFHfvt9ypW5mcAEtyHaH7I8tv+j'
    'lEtTB8W7NY3pKuv9e596CxHqvTfl3m+2ierF573Dp92xCrZ7LWk3rnp5HEoVzF6ccuMRD4kDMx7xUakDP6byr+FOYtpXU975Ng0/'
    '8gdEhm8zN351Pkr4pQXNXO1X4DeVTdO9wvGtyW0NTeUiJnGhOR7hPN4hYR9rWmfP1M/23QTh31Sj3RGiu7JgCsYr9X1PMZSrFDQy'
    'YFX7dHzVXssREU9c2qi+yPxiQYehlxZozowBQzpSxT8cFv62gTvhrquSrYxr1rSXpdXE4Tb43QRnUftdOtcTmvr6NTjMdL4XkPNm'
    'mwLvx72+YfeIn753nPumJoZ906rYN6b8/LcT3UC+HptZ3rdo9qjteedHZ9KzGu3CrgReRVAfVTR/kOwh6D5w+hSdW51TdE5PpzMl'
    '7r1he3f9HZHr71Pca2zr+3dSX08M9X2bjG+bMPOFQOnmv/MZX5j67gEd+DDjoW3vZ2dRj4Yu8NNDQ9y2JKb1q0T/riKyoH5Wd59G'
    'X3KbhX4Jrst6gkv2KWRJlWp3sY8ey0AAfcHveLOIflRQX010YVBucpSC56qiMyYi0GV+8xWGD14JXHtoDLh2tSXvmesM2PhDwXZo'
    'HVss9nYfKaNbb2p78Hrh2K5TGOVyWkqDUt51OmL/qB5HgfHvcgA/KtmKybiovu92Db4aFmY+Q010L/1kINQ/5BLIx208l2hwro6H'
    '2MPmfqePDq1J/1W4DNfiDEKn7jTEG6Zt++lec3qxmmPm+oV0DdeSNay03m4laMcmYedT8yJCT/WxedtvIS8bJ3ePdhHNp6isR9pj'
    'H2uog0VTU9jV8VVt7iRx3D2mAwzsimnNNhNdtFGL82Jc+Pt1u+QAgYVjibzXRD+R0424Hh1kHgc0/aNrazLPUWCV6qfnCOzKOs/2'
    'wR+FEPjjeHJm9jI7IvQX7kdHq3TLg2AA628NqV/KaRj0BV0JfrOJPseg5p6C++lEgiPGhb8/3XFyL4rD5mI2qWfU4n42HKCTIu9F'
    '+VS5zmfa8r6R+Ftn/tZ3v6rCBaasu62UwoKCJtjAfzZG+N8RAv6HYoL/N8UE/+cSPsUm4W9z1+tDw6IN1iGK+TDVf9LxLug9bchi'
    'jFtCnB862n466ez5wS3q9JvGs+Q6KxOi3N8BnfsJjU6Mau/0WcBkr+EdmdIPdQxmuV1au9DbvlI7cK7nsN3yLJ4t4rN1HVfwx23p'
    'TpWsowXS5YpvQfXvFPYxU8YM936Q/OkkuNdXu91DhJ1v36C5N4HnDoazuI3jTkJj2ujhIi3cxPbwrlR5fILtrMxRBCdsF+V54+zj'
    'BJNlFgL4eXNFuY091cfdqdGbnQt7jJapEV7fA0F4Csf9kiiPq9Upyu3Xqs3vaY4BB01HO/hMyuHNm97Bw7TxIqMTTOG2oNnHcyLy'
    'iblOXhu5swbZP/cIvR15RnjtvnFe88Kd50qsewvAaKPhGupst2VskxsYjn3JQi+T88dHLMoOG5YJGp9NmzofDH0WcqOxEO0mvjAO'
    'Hhz7zirgWBmf8A0RcWxUnGrCg+V+vlQycZUPOXo3rNY+KsWWKX7bGGJee4TaB8hshneet7Bh4jQvvWOp5kyF46s5d/8gHN+AByJM'
    '1hjCZF4Dk6Zn8E3CjSdmev756RDbnEE7NOfvRIg1s23fdHymuocz6dyl/jUOq8I5jDFsOgL0zoaEOk5lj+VY6xRnf1MMZ/+SCq/x'
    'TkM5E4cDOf4BCxogbBsbUu4d/9oIe3kkRvxbiXNfdbc6rIJrHvcd6wXCixk21IPV3bFMy9icLeOGfGWTe9S4RrdurEp4OcqelWWv'
    'j2md/Gxydgp/205bmxtbXjLH6ztFeH1/nZ3qdFxfP18JrQp60GTO4+ZR8nOyRcTnB9KET03nDXUv/gxkVjbnSVBeFY9a1fZiYgNQ'
    'bZ65qj9+MDRPcd7FzQ/PTBE/vDMGOMwrzv0W0FdaLby+McPKm+iaNGnWJIj2iJPf7Ef3Zy3ukAWYQ9TPbgT5qa1fZtp+TZXvHTJ2'
    'whs15yO3ueRy5CH294CIzz+vKb5S6eSb3ImqxWNV+aFW3TN1cZD7hdfP9YiP3Usdq78eykW9S2wV5jql3AdFC5HNjgi9z17dmBrY'
    'mBpJHXJsR08DuOW6qGMaPSMTmOJxQehcNFWIb687C+6a4WfBlaA/r9OP9etvNqC/uQr0dyXoOsS9HrpxVPLclXP6lQC+rwof+uFP'
    'XQzzNUwmqlvnsHe2PqH3uUb5e5Wq3+QM6IjAKwjCfesJ7tsm1HZm/YrzK6jeFWR/msI7tzeN404f5qxv0Mgo8AzLEx16U3pTtvEh'
    '4fpYMi0X1O+bhZ3/wxGNvvC1oGcRpZ6gvl6msNsZ8tHrxfjosy3KBPXhFNAFDsJRQfimEvvRVhZW0NAZU6WH0B4DPdNsoZu9GcZf'
    '8KGDrgJcpLJFUvEPpwt900X6zXmGpv2eCjrH745ew3SKBzQ6/GOaPeDH5+H2r+cq5HJxtDNO1qcjAC/p7Oz86IdhxZ0kjvrHA+60'
    '1cYVbVXGFUhPPicc+2dTm4uC4dpVGn+Y6tTx/fhXwvWFWYnxVuP+IfOcKrw+l21176uBL8OuE8X3cY1xqu6GJwTcDScC6K44xx+G'
    'RtPR/rVEj1rn99TPX0e/BtdfT/Soh4XaZ85OTdk3x9gfPCMuIXR6UH+wzDmGdikFw3GdaLHX/Pp1pKHMbdRi7/b58EB1dnp1U3jW'
    'pmI4a1HecbdwfVdgDMxnF7pxhHGcS8g45d9LhdfPJJ+DUSaXNLHPU8UpRXs4FX6qxJ3lGGh7bdZJX5ctX+vV2fJxnAnfb57vjuMM'
    'lud0yPM2kuc0qP88SE+B9GxIV2XdfrSAjuzpIrjtLih3KvShFvKeBXlvme+kt8733lOrOTaTvslxfwrkY7Lc+Ybl/PpnMycH21zL'
    'e9ZroN512fIxnps9eOfFT79hluZ+sD7rnQvaL4pX6L1BpScf9XxB2R/6oF3D5gL/Xp1Vy8Y5ns3EJOuSff16l5Pe3+W0fTih1T4H'
    '356E9IuQvtil9h38Spc3Bjct/wqk/9YVzb9ME5nzNZDOm1Sf1+kY5+rDFzrpEdtdPUz8dtqEk37nAucbPedfekP08dr4GpnhD07j'
    'QhH+CXI1ErufLQkHF/eWw6642klvu0sPF+jPUuXbktqjIhzeX3DSP97lwNxCxberdrt7netcjIpyvxCzyT7+5OVOekqvk/5yp3ev'
    'Y56TWR5dnE9cDN0Yw/h8wfH+bMBJG7a7/prwW+4DME+3eeN5PXCXk+6+zQwfZ2PEMVtg3r7T59rn82+p651vh5F5x29ig/s39Y9R'
    'OsP7yuum64bfsPzNfXqchb4PZ4ty/5UcFmsugnNkA9ixkfYaYG3+8WInrb3Uu0avgzGtGfCuEX67erMevrCf9aSfNVVYQ34W1Pmc'
    'ISqeT7Nij1O88T44R4e7ysfcrtkHz8NcHfNGb39uexekXdWnPX78XSd9+V5vrL5Pw7dvPQl5v+j67EBdqPFvO+l5zzjpvj1Ouudh'
    'L3wfrWmzGjRIWD9urcBvxvizqrZXEJ4Ax5kmcVA5zp1H9o0sm1bkbSRn2gnTvH8nVrl/fO3zIddeRV+vtYRRFS7h9/O7IX12Yfk+'
    'sI1dfC3sJeRbDgHeLa1VKn3APBnzJ2tap5yC7m5nvv40OZlXU5yvhkTdbUvMToZ4WhT0rq1/T7qPFuOZP6mn84JgqIfsuWM8d570'
    'Qf2UJqqCMETxzApGR9Rp+CAYu+YQIuOgeVqJHG4Lkx1TXe4tPnrPuYg483QRTwz1VIQz/HSWX3deURzdoTnn2gL6mYlw3ujOyCWQ'
    'Xh4SV3C6b8+jTvrEN917AX67cy/QfQ+59xek4STNJtMPfdlJ1/3AS89+9GnI86346Lt1hM4TMc55E+n3cthHszqLZ2hneT0mdEgd'
    'yC5rYQ/VAu5sddgMyn5nI8BKT4z8qfRM9IV7k3OtFWERsUEWGzrwfQp6LSVcO/KEXmNnrZjMzBR6rYnIWRCXHc/ymdaFfhY3kHeU'
    '1y3uc3VwdPh+KbnDy/wy/bIm7wJSz5ynyu/3c8m3nwPe37PXy0dKAQ/hsUe958VD33PSZ75Zfl7YnO/rLOevg/CkkPeZA/wv9gjx'
    'qR+W790byTlTNZlBegbi5Fa+E0ORyc7T6X1lc36arn97RFqr6z6XrmoB/SWkpx5+1kkbYQ9890knzzDZn52PgVx2r7q+PpL38D1u'
    'Paq8l5G810N9Jz2jzns+ydvxuJN+6XF13rNI3l0POOlC6Hd2b/nYTiF6/buAf/gK0JNPPQi8R2jnoWfdOB04Z19CXuPj5fUeSfqQ'
    'BTy1+hF1fw8h9YkvqPM0kfoojlKNKUr811aGMxpI2eJLXxrGlgY5QcFD6ACalNK4ODfHwVwth3tkLeNntcKVGO8utI4akh/pa37H'
    'NSm3gvXZ1jd84BynS0PojGOOE7rc4AwImG/fJx0vXR63LKoDdFDo+vfD+meT9c+Qu1W4e1nQxSzme5vqPC+A3PTOYS99/PaN5d8o'
    'fXzGzvJvlD7+A8gkswr5IH57/duj81OiwOIMU2HJMD2UVhE/QgrUcYkSW5XyJzuIfD3BQQY4KK27QcRwCCVnVHJGTdEZhfeVo98D'
    'ulWgS3TIjU763jvATzjJu+f28rw/vwH4U5C3n5xFWK+sD/2W5Fk9srz89gbyjbe/kfKNWHvnkm9HDjrp7y93vp2p+NZ0hetbA799'
    'AnTgVg+69jf4bT/7tozqDW0oH98ixTcc3wJFe0cOes/9/ewbPfef2Qa6ehd5z/2fwrf/eWdy7sd+7u+u4Lm/Ozn3k3O/cud+LsK5'
    'f6DweaYq7t+BOEcpER+vO04+99UGfO43WPC5X2fB5+624HOvsuBzH2vB5z7Cgh8924Af3WDAAw9LI8Sty2KqD9FByrUQfYw5pE6U'
    'lVI+9nz4d4Z8r2SbccQizYtoOiq8f8sU41nC8mM+rjujaovuadQ5MvGxwX1cLQSbCVP/G7bxS4PyvCSi7QWcKxu5SrtGNzNLYJDT'
    'bguY7QbKNXTwU3sAwc98Q/iJEt8N4Y3GLLGFN+rvgPubmJihcFRzAMFRswUeQh8Z1NcUjb8l/94fAueMz1A4OJDOoznCPF5ekH9/'
    '7gt6u1DHFg7yDXSgr386wvrbyLTTM5yjVJqYj796xW+112vqCGQY6dYiLr6Ar86CEcs7LZKHPo/SJe2Oky+U6JgY7EcRRfc7WEAT'
    'lVciwI5iyUNevv+vvuHmiXLuqOzBkaewR6GHO05074L8BSTwGRk+I+hApWOFz1Bygpl7qGdMdTfsnm4rvZA4+XDJWR557azOcj+a'
    'XLC70BWg/zx0r9194i/B1kLy71EWjXWu/5aTtj4QrU56NgzBefWNL5j5IUxo0QMXfm1pUZ3NamtXdJvVks3ptvJ6rwN9yB8zn00m'
    'vpiWCb0vJqrrwX0TUV0P7puI6nq8A+rct9Or6/EZ8AFz8Z3e/bXyMidtviI67aVbjzZYjytD0gimvlYqYf9cO+nKJOKgv7kPILoW'
    '3HdQWPp7LhsPjXX8XfD19JGN4WwaEn90Cn90uyPQbLvtabL0NIZztAX9E/g9PJq8O+RSL06T+WR6zpgXp8n89BvFaev7nfTaq737'
    '6PBC+bfE9+KBC+tRcHqikzYzdY1zhObB2Gu683Ud+XYfwxknk2/PgS/CC8Df4PHk2z++GejKXje+ANchfvIDri0o6spI+k6m53e5'
    'fgtbCB7m7Zbovq7ysVFbUKTxME+QP8EEz0XCcwsj4LnAsnHp4VI/nAnOOzj0cKPQf9xH1hIFfq0T5XFNaOwXjLPCfQdvEuW+g0dI'
    'HvTxNczq2UTyFFhbGNfzSqH3U4z1XALzEySn72flXsP0PExigMlyq4Xrv6yHjXsl6S+PkYM+zpYIb5xkqvujinNqEisUfbcH6ZXw'
    'eDU9Qu+P9lhCh1G7fVPe3vGW8NkoyvWK88Jf95nfYTl8LxVTr/uu23Mdwo1nPVu4vnq43jXVcUlVcP5VOGBUA+cbFHtOBWs8Fno3'
    '2XNbhDpWPa9HljtBuHHOR4U3nrmpjs4408vicau2W+rwjDMdvmHh+sYt6X776PBMR1hFvf5GEd0ve8m/Cuif/+WTduWoTDjqfITV'
    'O0QechbWULB1k2VnwxmV0uhJpeBdo0F51BWn9iCy7AXC1TGnuFDmf6tQ24NcKaZOBx/njetTBuGKrcKNRSXnO5Pyxi7zK9cjvHFK'
    'ZT2/Ft54yYManbsRKPOCKI8baqqLPi68sY5pX74tvPGhVfUNa3CbX15s40vCjTezKWCc95AzyUTHfYjRZ38lvPHqbNeIxnp7e0z1'
    'oX/aMeA3YowdjEcUFMNoJeTtZrGETmYxwtZly+telXVpUtRFX5+NHhfLrzylSVVyhJU+/JFjhd5X39GElzEONkYvgx3Ro990deB1'
    'vNxZPrzcRgWvOK/gFaviP8WB2/IRcRvmp7ZtKtxvWi9d3+sh/WHI8zuoT3HNYU1EOkOVrz4knfEF4Ik9D+lLkD7VFY7+iatfv9sQ'
    'fZ7rYqDnTMYTZM+p8wNOUx4bdVwhdwqKuRl1vhqm0XxtCTFf/N7E7wpYbip9m9M5yPjgmrmEdk6RuyyWzwSUj8P+MV3hMfrFFJmq'
    'c4rCEI89PEz2skkMQ4wDW8m+0fjFprFq/fp2SAx9GxHlcSJxzPM0uHBYw0P0o9knNHySY6BNzjdV2QsOaOo4RHjjWA5Z3GV4fX7x'
    'wC4Q6nhgswLmir8f0/Bq6Vh6hNf+1zTeuorXyWOGLSFjqXaM6foIcNurmZ8eizOL+3SS5TczWB1gc3mU8Mam9YsxPqQ5+wYUfEF6'
    'Z8d8OwL41rb2cXHxPega7LCY87j4d2HbT+LtqGIAOE+l4u10wP6ka3OVSGwbqa3K7msiKR/7SmM5z1TSqc8yWZdI9lCyh5I9ZLyH'
    'aPxAuZ9+nXLPLKQJaWyxQy3P6mUW+ZEnerjlfZ3fS/otymNcXttxLbYcF4+RluCeBPck57f3/K5Jzu9kDyV7yOr8zgs3lritbRDn'
    '9bYRueYyxmNZy/hFdcLfZ0wUvsh0klmgrN1U1oC85Kh85KYY5g95c/uFnW8s27mk+lkm+hqVXCsVfygbYS6D5syWT9dB1tsmVmxz'
    'hDGMKHRccM0kDlik6CfdZ6Zww/nCprqGQ4xvj3eSIP7kuM8dgPPDVePgdUaFs7B+F4PGOagZT0Ej75jD5mdQhPetSG38uDwAbfya'
    'iZzDZM1VPGCdXKixAnNqq6u0JSQ//njG4x1T6HGbyiUoz93mfhxGX3YNkd30Bui1m8hu5H15ocUYN2lkTFs1+sc262vik6KuQvt4'
    'VLGHgsqMaGCnv0Ky1PEAWWqrxV6nMIdw1RCwF1BP8XjQm41bbltg9IpfP2z2pE73rVOBi1W4O81keJtYv4dI2gLlFijGYHJm0n6N'
    'kPaC+quSw9IxZMl9xPTs5vC9Q6h9s3L7HFOZ+JBP/1V0VluEvbOdtKXyJXEMg/E2coZ2sjpGNOvfHwBrCEtYxlSXewubpwZiUzKi'
    '0GPwgwU/PJJlcD6o2X+ow6CykfKTVQ/7zFOcthclvd1Ou7v2LAWdgLq6NjY/KTIv1E+fzs5U5e9m2bPlMQM6ie7wavALtQ9iJ9z9'
    'pEsHou8ojO/9m6/azdl8KPfbPWoYitOm4cFF4ey+ZsOvXnjjYqB/XV1cjDjhq+YiJ/3cBhdeqO7aSzcBDFyk16eo97ELUsHFDW8E'
    'G/qLvbEkGgbcbyUfJJdG80EUt/96273E989cwFt8jzYBLq0n++tAeVKUrUgdo2Ur3abN0xr6o67lNhEuJjvuh8Og4acedtLzMGbL'
    'N+zg68dfdNJBiP3yAtjJjX/F2Tt/LtwY57cBbly717/MOlLmi+AD9uNfKi/zoftdOz5ZpgvOH+q/76OA5y/7AfQVYsR8fE95bBuM'
    'tX7efU5dh5P5eQJi0Dz6ZLj91/FF/34HnQ9R8KuA+X7vXvcstCl/xffdeYuL50jPSHm2lubiQTO/3vyslGVnwfqI+6bOrkKH52cR'
    'fdMexT2H39NM9YwHhZlvAN090JTWHNPo9/ZrbBwaFHrBYflynLZW6WkOKOaW96uV8Auj6s2GlRuoeJfbNHO9XQMv40Jtn7iU3LtM'
    '9I5NeDLjGv3YIY3evs52MogPhTIg1dqMMt3asPvD5v4yX8PnRBvAu8l9NgdtPLvQS0cuIfCG8jLVfNic3ZgvK/xt6XT8ZTmOU0X0'
    'WER0bYaEN95IpWKBUHgbEWo74yJpLy6NAffEEXvLxK5hvErzNijMfbD0B+xlhC+EsRS0iX2RDjVK1aZ2KyX+eeh7K/SrlfDsMB0V'
    'an8U17E5QH8imCI+RP9k2zXpCuH6fcSYeN1sT6EeAsYkbBLl9lS4t/GM2kr41S0avJHW0DXtsIamPKwJQz5hGJlOq8bmYauB3OGQ'
    'mOUqfvY9SzT8n8XsLOBn/YCClqi0vGm5cOOybdfIPMeFuc+YUVHu+2YOoTN1ZzenmcYU62tyH2klMOKnrxK01qYyIhX9t9+H/gtj'
    '4yT33wUh11c1x+NC7zPLT+cI9+Asjdx/q2ZtdTh7tXB9PvSwfcnP0GELedeYpj3Z1jzF/o9Kb9rSlTLPxmm0nodFpDcGRLkvp052'
    'DoyS9V5oML4JDR0TR0xSSo/NFmb+coY1sHm94XrLf+t8cW0PgN1+NqfUXg3f+8kdBJP39DIYGmEyVHpPeA58QvwXpPd3+Y+3Vrj+'
    'm+Q5hd/uJrj5bhHNv5rOx2K3CPaxeIqojB/BI0U0v0voW4j6SRsI2OM7hNla5NhafHuRuxbfXmRH1/8W+JKtkD4EvM9rHnLbnQfn'
    'cj37SX8j0teI9DMifYyMFH8NxUPtKxuK+6v479veJcRP32XHsfbzYVKifSGV7chUtiXTYXgv25SpbBf73wH9r2O/h4tlvl78vVL8'
    'va/46y/+Liz+3lr8XVr8Xd1l3u+Hof2vQ/oKpO+DtB/SCyF9K6SXQirbwv7Wk3VuIDKyhuJYb7ijvN0GGL98T3FGjQZnIB745OVO'
    'egrExfjlTq+MWkf76eCzHea5hv3WFPv44k3FuXiTEBcXD8nrrhLiVxf7z+caGNeLII+TZUvxOzbCnr0K4rVdHAynEkbmDjm4T+I9'
    'ifP2A9zeC+n9XXZwinAn69XhVZnuZ3B8L/v7frLu86H/Dew35+ri/E84sPQw7LW/L/4+D3BqC690HLLuEm09UQ6vD7N99/eQfp7B'
    'rQkcZwk8yt+Pi23+pq+8Hz+Gfsj3/Iyj7b6o6A+PffCv8O2xgLON9i9L+nfktcV1KpT3T74rrV9BrYfy73/hpHV3ePuTB5z0P+/0'
    '708zrH+W/c4tHlhnFw+P7uJerRtQr6PMI9OzQZ7cDfta5leNF/Wk5U/Gl5KxpWh9NOaUzXki5V6q+Vn9WLkMivIquu4zXyfab1lO'
    'yphpv7nuRhj5EF0PlLXMI+sh/XJKn5y1xTOy6xn1elDfnSW5/kPQv2fMaDuct31Q/t5vhY8LhvPXwOZPfMGRt5UJhb/gyuFs5i8L'
    '83fJc/HEYlHFObKtN0/y1RC+dSvwR4QhnEl5n5T1CR8ZIOcbrt8bPU7SrSBDXfSQN/YLyldXPuaFi8+CvPeze/zhAv1Mo24u+qEa'
    '/YIjc+aw3QrfqC9EhGdTOPnSMy6cyPRbD7lx72zq2f01oLP2BK/fSY8I8fMHy8dxEvhwlO/DwPmevd55zLF5fLSIS35UnK9rHvbO'
    '46Mgh/4RzKfME0bHRnzTO/48G//LxbZWP1Le/svQvnxv0+5Pv1je/q6Ho8E46ke8d68Xjm99yoURPziuY+dl6ex/1D2POC2B3x5+'
    'vLydu7/ijTeCehw3fFmdVyWjSAnXVg/7dGpxn172mKOHcsVD6jPjVDgjL3usXGdF5rdZo1tgb1wGejbv/IFa90TqwHAYzjMYlvdB'
    'eRek5yz2l94Vw5y5D33PSZ/5Zni/2PxunGF348/sdfv7GUtdFNRTat1T2XYonAfhMkmnSBqFrsP8EHqjqr1Iz3B+3lzyFdjvin2K'
    'eySIjmsksjsKYzimXQo8yfV2doXEk6jv9bWH9XuAznkzuQ+UYro+UN4vHuc1R3RD/ei5OOK86uZR0oi3F3HH+ge883gv9Pd2wC3r'
    'LePT4vyvfs6u3J9Bu7cQfbCg80rqUd+5t7z/VLfapv3bYU4795avx1wRDp7uhn2QesqLozHGKeoE2tI067/hwqas61DSz7B1/ehB'
    'L7yHuSuMF/f47xkNNQ77/veWNJTq3Ahzzv0K6rkfeJdLv6jf2zo+du2kOx7570rEK8W7wQK479VNumOQ/w6r86c7i3Rjovcr9FMu'
    'fYxXo7//Hzot9FQ='
)
