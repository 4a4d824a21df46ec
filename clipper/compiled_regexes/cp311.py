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
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 37954, 44, 0, {}, (None,)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 37998, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 38481, 277, 1, {}, (None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 38758, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 38859, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 38884, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 39733, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 39841, 33, 0, {}, (None,)),
 ('\\d', 0, 32, 39874, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 39888, 28, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 39916, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 40131, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 40263, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 40382, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 40443, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 40555, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 40682, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 40803, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 41077, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 41211, 137, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 41348, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 41467, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 41495, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 41511, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 41775, 4095, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 45870, 55, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 45925, 289, 0, {}, (None,)),
 ('\\s+(?:septiembre|diciembre|fevereiro|noviembre|september|septembre|setiembre|settembre|december|decembre|desember|dezember|dezembro|dicembre|décembre|febbraio|februari|february|november|novembre|novembro|setembro|сентябрь|сентября|agustus|febrero|februar|fevrier|février|gennaio|janeiro|januari|january|janvier|juillet|october|octobre|octubre|oktober|ottobre|outubro|августа|декабрь|декабря|октябрь|октября|февраль|февраля|กรกฎาคม|พฤษภาคม|agosto|aprile|august|giugno|januar|jänner|luglio|maggio|август|апрель|апреля|ноябрь|ноября|январь|января|มกราคม|เมษายน|abril|april|avril|enero|julho|julio|junho|junio|maerz|march|maret|marzo|março|марта|aout|août|févr|janv|juil|juin|juli|july|june|juni|maio|mars|mayo|märz|sept|июль|июля|июнь|июня|март|сент|abr|ago|agt|agu|apr|aug|avr|dec|dez|dic|déc|ene|feb|fev|gen|giu|jan|jul|jun|lug|mag|mai|mar|may|mei|mär|nov|oct|okt|ott|out|sep|set|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв)\\.?\\s+\\d', 2, 34, 46214, 2473, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 48687, 220, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 48907, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 48940, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 48981, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 49002, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 49060, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 49076, 16, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 49092, 179, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 49271, 104, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 49375, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 49570, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 49950, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 50005, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 50119, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 50416, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 50594, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 50651, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 50708, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 50765, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 50822, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 50883, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 50940, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 50980, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 51163, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*:', 2, 34, 51323, 206, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 51529, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 51611, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 51751, 30, 0, {}, (None,)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 51781, 97, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 51878, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 51979, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 52003, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 52513, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 52537, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 52561, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 52582, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 52990, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 53131, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 53253, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 53274, 191, 2, {}, (None, None, None)),
 ('^\\([a-zà-ÿ]', 0, 32, 53465, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 53484, 171, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 53655, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 53693, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 53772, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 53928, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 54084, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 54929, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 55773, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 55919, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 56110, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 56156, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 56402, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 56480, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 56692, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 56924, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 57035, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 57282, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 57406, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 58028, 369, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 58397, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 58546, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 59134, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 59340, 199, 1, {}, (None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 59539, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 59886, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 60194, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 60323, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 60570, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 60938, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 61053, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 61342, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 61687, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 62198, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 62656, 162, 2, {}, (None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 62818, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 63205, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 63769, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 64036, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 64511, 71, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 64582, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 64928, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 65003, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 65149, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 65284, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 65397, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 65471, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 65548, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 65675, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 66045, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 66087, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 66180, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 66226, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 67096, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 67521, 510, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 68031, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 68104, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 68314, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 68397, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 68541, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 68687, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 68817, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 68945, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 69061, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 69564, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 69736, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 69991, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 70177, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 70364, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 70817, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 71038, 171, 1, {}, (None, None)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 71209, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 71277, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 71355, 311, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 71666, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 71747, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 71837, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 71913, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 71988, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 72045, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 72092, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 72131, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 72170, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 72344, 97, 1, {}, (None, None)),
 ('^\\s*by\\s+', 2, 34, 72441, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 72473, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 73438, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 73518, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 73601, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 73650, 105, 1, {}, (None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 73755, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 73840, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 73997, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 74045, 207, 3, {}, (None, None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 74252, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 74376, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 74480, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 74528, 77, 2, {}, (None, None, None)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 74605, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 74872, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 74910, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 74939, 44, 0, {}, (None,)),
 ('all rights reserved', 2, 34, 74983, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 75042, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 75080, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 75183, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 75272, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 75424, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 75505, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 75676, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 75729, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 75845, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 75969, 60, 1, {}, (None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 76029, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 76128, 30, 0, {}, (None,)),
 ('コメントは個人の見解', 2, 34, 76158, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 76206, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 76250, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 76296, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 76328, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 76376, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 76428, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 76468, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 76504, 24, 0, {}, (None,)),
 ('구독\\s*하(세요|기)', 2, 34, 76528, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 76574, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 76604, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 76654, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 76728, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 76788, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 76840, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 76870, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 76904, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 76966, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 77001, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 77047, 48, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 77095, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 77121, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 77147, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 77200, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 77240, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 77282, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 77332, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 77433, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 77487, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 77540, 44, 1, {}, (None, None)),
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
    'W1kNv4n2V6UrgrLXvGKfIMwdTubCZv3D9NGPP4Z64RjTlu65OqGOR70d6vwGofGGCY3hd8+g9SE9ci3U9wDQvUH3pMWEVrGZu1V4'
    'XyWpbPf9ZH02EdomaBxI59wsnFi3OA9B9NMWlhYM7qybFeuB83c9kSfPZXWPGIzD5M7850QPhN8BhwldifHmTeaOl22BNTmMnLUm'
    '9wOumxJUZpjIt2ex/owLdQxyHZ9gq4bWxf1E4/UuEG68Xvn+eQKfss8/hjKzSi/TmWyu5tUnX1NTi/+uq6lvqGlsasanpbV5ip42'
    '+b/2StRcmpiXS7TBy+U2YbtL8RvvcZ7Xv/5zpfT7S1cu3HDs8gt/sfGi13/pnnuWwuc/vP/We0ws4L5y49eXpET2V8V/3iirHjnU'
    'xShOW39y2rnnkh/cQx65crtjtaTt/omJ3d2juq8d+Nc9nufFr9O/JsXko8Wf/P/rJ+U4Rem/fcX/flX6f/H5+kt/hJonJ//b056F'
    'KDjguUbxrtR+p0FhI209teXhVMXzKunRCnX88BUEd9CzeJHi7k7x1Tjh26lwsC1fIIhX+M9wrzY584POghGCw4P63KPhz/aTcVMe'
    'ypjhmILG+zfCccSl41nTtrcZjoOWMVlX2Y9dAGdx8q5RZtAC8zhLweNVzW0Qf+pCgNug9R/U9N92HLwPlC7YAn1aBvtKJ1dA3Uz6'
    'fROj9w4Dei8sr92kn7b0hB/PgJZX6TbMdD1vE3823CZUUgJmp1ewvzAdH4euqUp32cQ+E+vgbWTIPfR3DH5M7tI2chsber9PI1fq'
    'F177EL86Uc74OYKXthrS/jpcGab928i9yLT9MO1cS+52HO9S/nuYut9EcP5gxLrOAbhV3VN3hKzzBDL27QyeCgRvhqn7MHJ336qB'
    'TXonDNOGre6ziiYbIXtY1vn6tDPXldjPqLtd+7TLr8J3t3zNeTeP8Ld+DPzN7B6Xf5cjvFDUF8d3rzzllX3M3+Ok338ynG1ZqX2o'
    't7lY+IIKz82zO1zYxHc1FznvlpNxyXcy/dhfOt8Wk28tVzjp7wruPOO3szY56fvvcmV02M7SN3rn+WcF7zwPXuKd55V3ltebJvzP'
    '86H/f5dy7NCQlqV7YswCjm3n38T+ocPirNnC8OMww0sFxg86jchBo54ltN5FUK8pTWja3xYiMx73ucvRMmmiM7k+5dzhgsY5xOj/'
    'HezvnimECb981MarREMV/3GihofZx+iA6T6WH8CdjY7l+QOk7/8L+NmVwA8oj1ibddLVkK6D9OysA++1iGezcK7Nd9Jb57v7Yz7R'
    'LzsHyndly/fLmVD+ZlIO/cfQfCdBvpvmu/tK9sn0rGsOMR903F2QnqIZB+9fC/B3FhC6g+qFFSzwGeehq+hCStssgLmn7W4muNGk'
    'XYqfhhXyK9qeqWyMznvaR+52jGA+nLuhypS/7ns6oF4bOqWOnSWUrm8BXcM8+Ubn41iFfuZWludIkmdUkwdpZcpbWUHy4t9Ufk75'
    'Tbq8uvWqgx+Fm0rZLPN7d57pEHJf2Kr15OXkmgaVC8ub5nNVz3RJsgay5BUWdhqme6VS9ar0jFaE4NPb6FJ3wD09RfB/eZy39AHz'
    'WLjdz9r4yUyJyYyK36YwRQm0J9FLecwflR/JqHpaTcneMtor1fbXYOOfYUWM8CAYPJjyGaivh16R+HDR8u/fV/p/p2suY4c6guxz'
    'TO0LbXlIywi9i+9Og3eHkneLhat/2ERoD+p7YRjSfkaD0fZ2iXC8tUqM+ULFmM9TjPkcRf/PCjEPqxRlJgLKLAE8QcugH4xxlvdw'
    'Rnu2Ku41sxV5CixPgyKPvMOq7itTuX7XKNbvcsX6vYG8+7Ji7d+z0rv2qS7v2h+vWXuVHlrQ2ut4bH5rz2Xzfmu/xGDtlxis/ZIK'
    'rH3ecu1bgQ+QB7lOK9z9qL+q5SAPyJH6MqT8cpaeDmO5SDh8etRz8bvX58n9cJzd4YaYfB59xHDbo6B73miAzRHlA3Bd99PJeE8P'
    'mI+1BKYXh5BznF7BMwlx7P+Qd7M7nXcvk3ez4N1LhG7rZOvcCXW9qMhzVGd5nudhj1JeiF+fZZnvSzkMwUs242234F9xfZ9N0P7n'
    'idx0TKNTMsK+q3hisq6PEv2iPk1ZU10mVft+sgQK8zsJD5XqVpnq4Y6wcW1S6MoE6QMHtcXbOJ/o9Eyw8fcb6I0hr/MIVnaC6CEj'
    'nomi8zOoaftwkEObrmkhhL7cEMMZJvzPrCUeUd0Ll4nwdsArIT1VeOWYJzAd/rQPz0z1bi7Y0tje8fz8NZrWwW2kqzXmdhHNTlrl'
    'X3BcJDGuI/ofFUQEH/vd1XRtqDzZ5gyOiwax97k0o5+0GjYsHoOy1bo/tjL5WdT2Upblc5blE3/JPviq89VpDeEvucOI10bPvDUk'
    'DaNL10bO+xugPN5ne2CNrxRJTI2pWOdDYV1w3bhsgvP8l5Nvwicv9wvTFkDPhMEPawPuF9y+I+gOpbKv4PcP03sIvUNiv3Za3KuG'
    'GT/lgRZn/6nuj2MW97afK+6xrRb62yZ3SFrfPvb3Zh+96ZJfqhaHV8htPuh8Dvqsr6oPYe+SqjU0ue+9xPT9zmpxdd787sLVHsu4'
    'JTyW6NPi/85Q8ABM9DdMdTl7GE9xSKPzWG0ewXebXdicYH0zmUuq2851N6mOy4Cw47+o5m6rD4+J2od9pNnFKzs1Y+P2cDs1Ol49'
    'TOeX69L2xLA+QfNSUPD6Snb5ZJx/iLB2PZox90UcM53XKLjmmOI4XwvvzmD6haeDfuHb5nvnkutQyvKngZ7iqqyZHiXmxVRlA8v7'
    'IPOuJPqhpv09Ab7t1vSX9mk1eS/n6N+aHJ6Yip+3leGSHgZPEwp5F4UHnb4l3xuDBmuLZ+KDTQ5PqlKwGyfM/gekP2V45qYmh2cW'
    'lcag/S9o1mBImOsTDmvOWS7PurDJ0cmk9hh8jX+nkFH44WCbM3swAOeiD4xjyDxPV3zs1///biyn/0z2iK0ucrXphscbHXmt6Zmq'
    'gscXAmRIYxqZOvp0+USj0/84958Nbe+3t3Y2OvfKoDOmy9BuAPPSNs8gtgf0zDmNnRFrmK7+a9j31XCGnF/s88Iq0AD9GtxdYDKl'
    'pVXuj46Gxf7kprg/fH6ebxDiXBFMX5jAVrcFXdRF4Mq0foS17oj0UJchXSXn58MNLn6oxH1ExZMxsXkrxUirUt9GQvTtdQ1enyTV'
    '3P94bi6tUj9GAvqRb3B9h+F+v3eB2ocJ92eN+cY158UfSL2yrf+sL+ermOoWheGdbBH2fnaC6qH3tofrXRi38bXSZ3GfKAi1P/Ph'
    'AJrsffXufWlImPsYHFfwFul+NFmzTRbjQnprU71Lq0/Xu0ZJ34XMa6Xmpi9GXNdKYLQS/PEoZ8T+uur0Lcy8PV7n0kJTfXcs+dGq'
    'c/SsZP7Dmp30aEhXQjqvWf19NaR5SBdBei6kJ0B6LMs/u9lp+8Y6L14Pg0vC6phdXVcZXrrpOX1GhdsPooOPmKL2cfzSuHLRFNzD'
    'aZ+4TOOfax1dsFbgn9J9cCikcyFdxeC9G9L5kB4F6ZmQLmD751zYB1+rdc+o6cw3fz9ZLxsai9fH+amDPvzVID+4w7VOhMIw+rFx'
    '86teV+vGiQnjI6+gkXUFtbu81uUpTQU/pxSjvtbRnw/i79vwXqp13/3XvHNPKek0sD1/GNvbsyGdE/LMe9ynrQWatuaGbOtvSVth'
    'cBMtdySkp7Dvy6Gt2/Mu7FeLB1ba/1VuF2UYF+RdvGOjj6/ChaZldffF5fny/V+Ju8P+AL5tY97xEcJtHWxtOkxph1/VuPM/1XoQ'
    'T9e4/vDC0KI6OZys+3/HWDfv98dqnL+nI84u6f/UODppFE+lIH0tpOshTYfEkVfVuHBbaV5nSf+nSu0hnlqsaK+SeLGetNfL4LFH'
    'QwcWQuBP3B+/yLm4L06a1IYGfZr0YSr4dbIPe3KVPwP6Atb+tinoA4f3zTnX3+kw21/7NLpjbSknzaTU8tLX51yfsmHONlN8fFrO'
    'e4ZWiqdWuv9XqT1cmwyBjyhn9s4Id9h/z3rXMkwfguihp7LOuW1zdpnS2g+Qus9i9Pux7H5ynmXdf5V17S7joqeD9sl+mLO3ZF37'
    '3SjyIlnXYEzr3Bdw/9hQ4XZw75yUnTp72DlkXa5nbX9GI6fDPn1qAfN3Suryw7smMr9fZpz4YlOpUxjEW3gy48JHt8b341pW72tD'
    'tLMn49pc6+K7BuGsj2Qc3me1eGmluNQZN35G3Dyzkvwv48Ib98FrqkeFdV1M5qda8suTSZvV0LEv2QERWBr1oYv9YKk2o4+LMqS4'
    'F5j6I8B5+VXarX91wH5aF2I//VPa0aGYStxSuv+nHfild1uUt9nIJ2Rdn0q7cRyvgHiZtz5V7gfkG99w0tEvgF+lveWxMt+X1uOZ'
    'gqHc7aa069c7jE8L3Rm5Je3qm1SSD1bi/5G2+Pi3ieh2U3S+VqWj+9NYmPbG/uF6/kGwfoqFjpvJHpPB5NpENNnZL1Kuf6ggeOTw'
    '8pNUNN8qfI7/MeWNlxlWLqeCiwlNu/eScUS9n5b0/xT1hb0jyfpuJWvE9/AOoY9dKctsI2VtYF+WGYCytnIdWeYyn7J+chpZ5rUp'
    'Nw5AfwDvDfnZa0kZE1vHUqzllOtXywR3DWnW+/BUOP9Lw6yehpTrE8yPBm0Bw90GA5tdmfe3IjgvrvmLYMMct/64rPt7wo0p/YuN'
    '4Bem4MYMkelvII7HUyTvMxc7aeYqNzaITI8YAPm/T15e74OKvGfsVOf9W0XewXeq+/BRn7y83veSvL+BuCj3a+bh7T55eUyVt5C8'
    'EgHItPkSb9kWwAE87+1Xq/MWFHnPukGd900kbwHy3jmsHttGknfXNjiXNqrHtl6RF9eN5z1VkRfXguddQfJ23VceN/1WoN0WQfz1'
    'o0neTzzmpPv2qGMGdZC8QTQhjbXO6coOqHfOU2p/V0E+rkxs//MM5yGvgfqtKLBvtn4rsuRv9PEuadgzAWbkvx+V9oSkDB9ba8ix'
    'qXystQpvTACOj6kfwcUhx2179+fnhs1YzxF6/34mZ1uUWKU2MTy4P8CtmrvysOF9PyjW6a3CjbFezbkJ6tfVgKtM6dbeiHpp/Rbj'
    'GItp7uW8LwzBx9X5T/SLtztm0B+OP2n8UQm3QfFHa0LgoCMt7qyjIXiC3M56jNF0vXUu77vfcA3iavvsOpd/u0lxz9fFpDexVaV3'
    '0aWkHR4fZ1uM42mBdsKsp1873H/qb2sr0w4fz7/UOrBh2k6ccPlVyzGOhxzjJ2tdHna/5m5oui53RKiL92tXrcuD7TfEqTZ97ffp'
    '607Lui6MUBffq6ezcdueCUHzuljR1/0h65pF+srxV6+mbI+hHpKs/4/54Pp1/jKCzmhZ/0/z7lyEqZ/Gav8uqUuFY23g6WsR6uJr'
    'dE8MdeF6fDBvF5Nz3LL+G/NefKvyF8NlLSZ8lo1MvxDlpecB/+WaKWh7I7R9Zt7l93O9PdMYeCZ5S/s/7/L7g2C+oFmnORZ1qPaN'
    'rCObd+U0OtpnTNjJfks8+xpvvftjqPefSL0DGr254RA47nFS72bNnTsMzbfHoN4wOPMDNe7a29RLceWtBn3bFmKNRhT1Tghz3vWQ'
    'Rg/0jWTMIxq9pZEAnH5uiDo4Lj/FoI6JoPNfUccWy7HMUdQxbjmWrKKOCcOxIIy/lHN9EfAYpyo5+IksLqyfrNKGd/9MzhvzWSUX'
    'WKXx/aI7kx6JuV48bz6Tc/Q+gmSya2I8X99ZxTZxnFtyLj5Yr/GlooITrkt1GhvL62OuF/t7Rs6VWaeYTBr/bma2B1mie1ni2ZM6'
    'UJa4ENKlkHYG1HF4zpXRcnrERvaL+7ROUd+oxVnM9X9+m/XWNxGSbir57CH1meg2TWj8LeB4n866cmWbM1KW+TtF2Rc0dAbHy58n'
    '4xjS9HXIgjb5CKlva0S7ElnfO7KuTle18XVJZk/mFvfgGVmvryXVnr8sRFnc168l8xiku2KCS1fFVB/270hS30aNjo2fTRXvX1NM'
    '9WH/fp9x5VJHNqvxow6XvUjKcj31pazsUUTXrcT/y7g6ED0KWsTUL8c3FfWMhqjny4p6toWo5zMZVx+k4INT6N79ECmzWaj99w5y'
    'mx3SX1UZU7yxw6ftYU3bQz5tD1u0/SbSNseBfK52QpnzfcqMKfRuZJlugzL8XnKiQZmd3GbPoMx/sDJSZxf389qsd6/a0su5THms'
    'eN0dQOb9Q1qf948s7y9JXr+7v8z7AsnrdweVeX+UdsYS5l5Z2v8hy7/qs0tT3mQfyfJ3K8bK9y7ezf/GJy/3K/V+n34NG/TrZlJ+'
    'awjeyXWa8qbyzj4y1q0a3UFs6zJF3hd0+x/6FUY+JcuvI22h/vkGDV1ygkFePEeP8cm7jtU73yAv1tuWdnFtWPyAOrtzK8CDlXX/'
    'POXVaellOOEnijwDDA6e88mD6/e0T54JyPOEIs8o688jijwTTIf1QUUejuvuJnlUcjmZ5+M+eRCuP5hy5P02silZ7l2KuvezPLtJ'
    'noIG32wneVR855LPDp88iM8LJM+Axub5CjJW0zthyWaP1K06V2SeP1PkmWBnxlqfPFjPiSTPkAY+jiV5VHe4Ev1PxmqKh0vyP5+6'
    'EfbqffLgmZNStF8waP8l4a37Bdb+iySPSv6F8WjrfPiqJf6/Is8Wluc7ijzjLM+Tijyc5vka6NXYnB8Yo9amHLb3CeHOv+m9vHT+'
    'k7Go7sQyz7sVfQriYZbk/6Ru1bnWAmOr8zmjWmDv1GnOplMhT49PHhzHZT558BzcSObR9F7eAnqec2Lkjco6lynmPegsleUWkDGY'
    '8jbxft1seefnOqM8nuwKUR6vNUifTBUH1TSeqUndSXxAFjfu40IQ9WNhF8+0wzieadDatMD5f02yTup1ElHWSRjF99PFhs1Y6oTS'
    'mMu7UO9/0g4epkMfbHVn0yH6GITrMgTXHWrRdxy3zf47LEQbX7ZswzT+sKquZh/4iKs8nl9yvjH2djN8z8Ca1cFZX4u27LB+raDz'
    'Tsf7weLvLiVOSx/UD+KdPzmg/eozOXnjjbjfyHOGCPF0kDVHWDBdOz9ahseDx1inJnY/UfrUrtDx98ND2H/Z30sY3XSCZoxLyPib'
    '4N+NZGxzhCs3Xwpl1rE61hH7MFq+RlGellsq7OKfHwHrEEdfTdukcWqzpFwTrIVsT+wR4lM/NMc1cwGP0vWpZedDIzmni9W/agvA'
    'bY1GGe/T1BeIyvf7+4h92N3w7j3wTuZ7diHohcA8IPxgv3BNS3qhsFbUHm8lpKcq7PFOQJtFNu+qM1P1LqEnA+jJ0UCS0OcJDi3N'
    '94oOV2UV5+5JsPa9kO6wpNl0+ZpIvrnwQxor7voRV5+ecviAiKPShI7As6IH+LPy3/tkvYbtcVqygeAjv7MVz6E+Vu9VyR4p2yO7'
    'rxFRnnTQDmpm8HgDoTOTdT841r0d1r6LvGvz4acti4Gf1gHtCuAVNpF7TancBfqzgfe/LQRtWkvGJQH1KJiDQ5kd9aBGL3mU0JeY'
    '349fjnO3Bvop/308SamPAln/dkWK9L/JHZaODemn+Sc4ZS9ntJJMX3mqnFa6iOSpnSzPUzcJ+mhgdyvfXQDpJTHxYLPkhNedb6hH'
    'h77HNipSG77AHFLXgqw3DcNjMKXrg+5PbZb1tZE0DXAwCvM3BPswZ4RrM6lUdobTocs4hrHjPzdGwMWqJ9PYnXu0eKHpJnTsuwA/'
    '4VqnNHcz3G8jPnuIw+oYwIZJ3XQPZHz4h5T3uYLcw4Rhv3KAX2x5pc0sXxy8ljB+XsLcK7GdNPx0c0v90tDybZZ0Wxu81/GY2+B9'
    'kJ8GjqPmkfy8vpQFDqMwtBjSmkk7PEh5QJivhtAQyDejNHAbqRfhwLaedgJDHXC/SkOZYxI+rJIPq7o3KNDo7jAEsZ/MJFNhOC7h'
    'g8tAtn2Fgwf8eGt837XA93q2J5YxfqKJ/KySY+x4t5Pmds/cMd5/28wfI/pou3Pv1IwxV4Uxoi+5Vx6ZHmOuxrpmwSfed5+cXmOk'
    'PuR6mU5fA9GXGhfeGACc/rGh13j/Gn36t0CobbvRZ1+nUPsfpb4qTHzRUr3Mm3za7algu31Av3LfG7Q97nO3oND5NY07PCz848+Z'
    '+Ovh+qInAH1N5+J5YRZb0rS/m4Q63hXXTzXx9fUSWwMdTJvs8zUK2K63hG0TH3am8EdhDH0JS33KhTG0a6pnHGTD8Rrg/an82WyO'
    'aczyfnCcISwHzUNvhecjbvhr8IG/44S5Ld+YBh/1CDN77bC+HUt2iMCrVcWene59v4L0vecA6/tyAiPbhNp/gK7P1e5r3PsmB3tH'
    'tW/miOBYAircMCLUvlQWCTu/XAXL+ql8Iyivah5rNPOlm1M6j3mGf3Q8L5WOox8vDvthyruTY/vz4u9cUiYLPz9eKur1LId9zHlg'
    'pjzb9DRox4/XGsb/M5WN1EP5bIA+VJslT2iejx5uveLuEvYO0qJptx7U5NMK3ugLD7pzaCsjEoxvjX7Zn/im05d28u1OuD9+66Hy'
    'u5l89/K9TvqhL8N98AfR8aGNXlwH/C3/PRvmB3Ek1tWq4KPnNDLUFIHRRHfLKzM76iJxO6D+TmOFLPc5yoRfy+WhGbImfrpMVO8V'
    '9ZpUshM/ublqzWf6uprYf/jp9fgLQeXsButK97G9nugFTa0+GNK2WUs5KJ4L2yDFOwfyNw5LefOMsDztKffsQVoW6cMGxTeMxZMl'
    'ddNyrcK1i/6j0OdBHtL/E9423gzf/i/5NsT69oLiG/btXxV1os33c6RPvUIdL+RpUr6HjUnaBD+R4K4EdyW4y1j3Ow1rpKIr6hld'
    'ITYU1/Zjzr+7u4r/7gqmJdOot6CovzWm+rOsfu0dCOoPqjOnuCtvJjqRTYDr5kBb2QS+MzBVF1gbKZQ/fvYQ3SY0szyzPyW8dqDC'
    '4MxGPdHTYf/MJ+8WgM7nXPLuEeHeEfHdmk5vvC3U3cGY2RiH+7SQupIJPB448Nhuua5vZnym/mRN+Zp2T/Wamq6nzfnyZsADjSHW'
    'fTo9FmpvGTv6dTIj6Ve9fpz+mQzxtPis+1TwYxE2KH9GVRfCUgrOnwSW1LAUVo8yLliKhZ5lMGRq32lTZxReOtUpK/lzJPf7h591'
    '0sbvuTpZPAZrJ8Q/vWWvuj4ag/XwPW49qrw0Buv1UN9Jz6jz0hisux4A3++PeXXIWsh9ppT326BTBzKAp0Au8enHy2OxUrnBl6AP'
    '+x4vrzes3GAu6P4IZv+isw1oBdkyyrxWKO6SrXAw2uqA2+iOr2B9zljSTn77KU32UyuhmU1sf/1skvKAa2kfudyvha3NQvJ3JX0H'
    'mM5bO7v7oI+BVuH1MUDhVudjwPYuk4f5MpUFt8DfXHezWaF/2QKy6dUWa1SNNTG1bzeZCz9d0xyD+8sV8x1kx0TXnZ4TVK5E+yHb'
    'udLyLDKVhx7N5JyYP09snBpJXrrvOkmZtiq23RbiHqibu3zIuZPjf7ti/NQ2MordFre7CtIBsZn38avs7s+m+hem7dcO2M3zEWzt'
    's0xXAe2Naw38oOnsCdGPTt2kO/85SxijcJnAm7ve6x+YWnj7/pMHL7xhHXkoZAt3ss6byf24hpx7OBdYXy+UqYWz/ErCP01sEtNp'
    'vLsW5+hlvfQvuk0iXacrRbmdtI2drMo/gr2tv+Qyzlxjf2A+tobgmRoxT1VPBham24S5Cnj+nLQbe+1yS/x5JdRxctq9x9A6MiLY'
    'd4WM7zCf3XO4jvG1wjz+yJjCRojemRrSjl+2SvlbUfla+UXK3NfKT1NOPxJ5hFIeEcGHW+CeCKzb9k5Riu+acvVCVyjSMHW+KeXs'
    'WZMzu0VTx2uLL1aROlR7Z5Owt40bJHr6uKdN6SCVTZyfTQDnh8xOOT6CVHOI+1H1Taefb1sPxneYAHpxVEMvNya6vn66U5WUOVqt'
    'P/r4eqtwfEujPi/qHFL7l02iPK5Fr3B9sfJ9xWMGF4R5/KfzwHZGFQeGn2M7hLmdqS5WZsGgT/L7LOGNC6Sy4R0U6lgjGKtotvDG'
    '1NnE7HWonXY/q78nJG+U4kYdn68u5B1dwstNkDaSfnLbFLTJTSnGOSLU8YVs7Vfyojw+qqn9sQpmqVxItbYTotxOeoVi3XhcnUXC'
    'SysVWLoF8s4T3riAfJ6oHT+3C9sh1LZsYyHn1i8G171pxycwnacexgMvWLZFYyupYKlH2PuUigM2cMxn+sDGGNuvJytg479YnuXQ'
    'P1P6gOO0YVbfoSI4hpMK3zUo8P+v2dipXGRF2rm003l4PuRab52ma/0ai7U+TdjFZKvm+r8Ycv2Hfdb/vmLZDwmz2Jv0zNwhvDbF'
    'ceKHwhTBDJ4dFxL8Paihkbit7nrhjfWpO2/k2XRYSHgxHRv2a4FwbaTpWRTFLwLy51Xx+Ch8HZJyfDZym3WcCxuYKViOnebdSmxa'
    'ppImWW+IJ8aFOlZsP6uvS3j9AvF4hMcQWN4u1HH5uC8hE/qlR5THKGgS+hjAgxr6BeMY3AZzjfcSjAm3msVIPdsiPvLZEIPtjQSX'
    'npNVx+XjsdxkudcJb9xZv1h7PObraaI8rrwq9ptffaeRGHy4jjwu7KpscEw6jB/3mmy5f1+MPegXJ8+vr2Hp0HUs3t8pmjUxaS+s'
    'DD0V4b50TQj+yEznl5SYI62co2EuDjJxDox38DhiQcUFRyKCbLybwRW3Zxwn9w/8NkHOsxbg96HO1j54dyzJv4+cMajT2MTaQX7o'
    'EHuPZQ4hbewS5X7xUNcP/eLhu1lg/0J1ypYp7NFs5uviEDJ3T0yGbli6lD8fPS5dgg7xapDA0jwo+iP89Nlt26onjEaqp4W+AMLY'
    'o5j6PbZZyw6iRynnp7XLvQcgv13u9bYu9++2Ljt9Rl2/a0P2m+o2rxLVi59EY5pVIj+N3xWX7+4a+JnoLLYRuHi3RifgEoKrqA6R'
    'zZysscg/l8mnbMu3E/2kuQDLqnGtILjRRi/HFneeqNAPorj5TeSusIj18Tim0206B6a+qoJgk8IJ6hu1i2BfRbb7muKfGqLDqfIz'
    'a2L7kxb+fmszlri9huSjfYtDNz4sHr9OM489ZMyJn/ep8fNuA6spgrO4buaHL3TSI7a7ujT47aU3OOm5Y94z4rQJJ/3OBWq9TW4H'
    'gXhJlvljl6tHUOm+5EPqMtrYdZrup/kkXxvT2ac44AI4U65kOk9h9DBVePpyAkOIa/uFNz5V5xa9CovKfmgFg7FWxi8aDeAHU77W'
    'NYT3Ncp4U5jnUsL7GTDg320Sbkwnnayvl8nTTyf96GU8M8yzCvoRxPfbpuDdtTJe2jaLccwlvN9xw3Kq+d8k9HFW5gI/SbWPzwiA'
    'ySZWLucDk1fGdN6lYqATTGg0FQ25wpLGs7X7o3Z+rUxHkMcmLB0uS/TnB13fNnau6PQPOUylyL6IA7c2xnB3a7JYA1tdh7B0Yl64'
    'up/jAToLOpsyG53QFtBdXRpCj25UMRcmcqwwfTxX00fajyHFnYbqbSC/Owj3mcjX+V2E3p1VNoNbFTJ8rgMSZl6ixLqiNBVfRy7b'
    'G9fIjpFuChP7skmjw3RIDHt7no/+CoUZnc/6EQMYkPkWK+R8JjL0oDw7I/SL4yAqn+dwOUL0laLuC5UuXY9Cv4Kvd1sM692mGd+w'
    'Zp37mMxyFZFz6vyH9zE9rSVEDhdGPj9E+OqzRbkP8eUR6ovjDDpH6GPM4DpTXNsivD7l/c4wlP8uJWPfLsztqVV6qVymqTsnuM6P'
    'ri4Vjv9P0L/R8dSTWM7Tz2frWwhfEM89m/MqWefpv85Ih7THQBfVMrqI67esILwEkzs46vJ1Cje2UK9Gfy7sOaKK6zGumIs6i7mY'
    'C7IfOjf1UL6N6EQ1QTnU2VkqvP5j6oW/vXSQrkgYXbE2oKe5nkC1/N0gz4XavTcKOz84y9l4moS9D8GgOL5h7+BxyE8bDXVs0f8m'
    'petVdO2Egt6k+UzaCUs/6XzuPyocP9fJuTE96YP7iP4Q5ZuZ6oWOJmt/wPrEXi70PvUXC72/+yNEsE/9Q4iOlSqPyh9+ndD78ec0'
    'TRx81PoYcHid0Nv6UV09U13nHsX9zI+vMRd0Ffg9VqU3bcJ7MdHv5nfGfnYvxvWRfTtSIRMxtSsZsOhLj4IepLIUFS+jz5C3E8SL'
    'jMOnlwqmVHFeSz620/o8uH/rSJ5tmnokoOQVeeS336dcmZsJTHAbov0hy2P7P0q5NHVQvFvTmK6y3r/3qbcQod57U+79ZpuoXnze'
    'O3zaHatgu9eSduOql8ehVMHsxSk3HvGQODDjER+VOvBjKv8a7iSmfTXlnW/T8CN/QGT4NnPjV+ejhF9a0MzVfgV+U9k03Ssc35rc'
    '1tBULmISF5rjEc7jHRL2saZ19kz9bN9NEP5NNdodIborC6ZgvFLf9xRDuUpBIwNWtU/HV+21HBHxxKWN6ovMLxZ0GHppgebMGDCk'
    'I1X8w2Hhbxu4E+66KtnKuGZNe1laTRxug99NcBa136VzPaGpr1+Dw0znewE5b7Yp8H7c6xt2j/jpe8e5b2pi2Detin1jys9/O9EN'
    '5OuxmeV9i2aP2p53fnQmPavRLuxK4FUE9VFF8wfJHoLuA6dP0bnVOUXn9HQ6U+LeG7Z3198Ruf4+xb3Gtr5/J/X1xFDft8n4tgkz'
    'XwiUbv47n/GFqe8e0IEPMx7a9n52FvVo6AI/PTTEbUtiWr9K9O8qIgvqZ3X3afQlt1nol+C6rCe4ZJ9CllSpdhf76LEMBNAX/I43'
    'i+hHBfXVRBcG5SZHKXiuKjpjIgJd5jdfYfjglcC1h8aAa1db8p65zoCNPxRsh9axxWJv95EyuvWmtgevF47tOoVRLqelNCjlXacj'
    '9o/qcRQY/y4H8KOSrZiMi+r7btfgq2Fh5jPURPfSTwZC/UMugXzcxnOJBufqeIg9bO53+ujQmvRfhctwLc4gdOpOQ7xh2raf7jWn'
    'F6s5Zq5fSNdwLVnDSuvtVoJ2bBJ2PjUvIvRUH5u3/RbysnFy92gX0XyKynqkPfaxhjpYNDWFXR1f1eZOEsfdYzrAwK6Y1mwz0UUb'
    'tTgvxoW/X7dLDhBYOJbIe030EzndiOvRQeZxQNM/urYm8xwFVql+eo7ArqzzbB/8UQiBP44nZ2YvsyNCf+F+dLRKtzwIBrD+1pD6'
    'pZyGQV/QleA3m+hzDGruKbifTiQ4Ylz4+9MdJ/eiOGwuZpN6Ri3uZ8MBOinyXpRPlet8pi3vG4m/deZvfferKlxgyrrbSiksKGiC'
    'DfxnY4T/HSHgfygm+H9TTPB/LuFTbBL+Nne9PjQs2mAdopgPU/0nHe+C3tOGLMa4JcT5oaPtp5POnh/cok6/aTxLrrMyIcr9HdC5'
    'n9DoxKj2Tp8FTPYa3pEp/VDHYJbbpbULve0rtQPneg7bLc/i2SI+W9dxBX/clu5UyTpaIF2u+BZU/05hHzNlzHDvB8mfToJ7fbXb'
    'PUTY+fYNmnsTeO5gOIvbOO4kNKaNHi7Swk1sD+9Klccn2M7KHEVwwnZRnjfOPk4wWWYhgJ83V5Tb2FN93J0avdm5sMdomRrh9T0Q'
    'hKdw3C+J8rhanaLcfq3a/J7mGHDQdLSDz6Qc3rzpHTxMGy8yOsEUbguafTwnIp+Y6+S1kTtrkP1zj9DbkWeE1+4b5zUv3HmuxLq3'
    'AIw2Gq6hznZbxja5geHYlyz0Mjl/fMSi7LBhmaDx2bSp88HQZyE3GgvRbuIL4+DBse+sAo6V8QnfEBHHRsWpJjxY7udLJRNX+ZCj'
    'd8Nq7aNSbJnit40h5rVHqH2AzGZ453kLGyZO89I7lmrOVDi+mnP3D8LxDXggwmSNIUzmNTBpegbfJNx4Yqbnn58Osc0ZtENz/k6E'
    'WDPb9k3HZ6p7OJPOXepf47AqnMMYw6YjQO9sSKjjVPZYjrVOcfY3xXD2L6nwGu80lDNxOJDjH7CgAcK2sSHl3vGvjbCXR2LEv5U4'
    '91V3q8MquOZx37FeILyYYUM9WN0dy7SMzdkybshXNrlHjWt068aqhJej7FlZ9vqY1snPJmen8LfttLW5seUlc7y+U4TX99fZqU7H'
    '9fXzldCqoAdN5jxuHiU/J1tEfH4gTfjUdN5Q9+LPQGZlc54E5VXxqFVtLyY2ANXmmav64wdD8xTnXdz88MwU8cM7Y4DDvOLcbwF9'
    'pdXC6xszrLyJrkmTZk2CaI84+c1+dH/W4g5ZgDlE/exGkJ/a+mWm7ddU+d4hYye8UXM+cptLLkceYn8PiPj885riK5VOvsmdqFo8'
    'VpUfatU9UxcHuV94/VyP+Ni91LH666Fc1LvEVmGuU8p9ULQQ2eyI0Pvs1Y2pgY2pkdQhx3b0NIBbros6ptEzMoEpHheEzkVThfj2'
    'urPgrhl+FlwJ+vM6/Vi//mYD+purQH9Xgq5D3OuhG0clz105p18J4Puq8KEf/tTFMF/DZKK6dQ57Z+sTep9rlL9XqfpNzoCOCLyC'
    'INy3nuC+bUJtZ9avOL+C6l1B9qcpvHN70zju9GHO+gaNjALPsDzRoTelN2UbHxKujyXTckH9vlnY+T8c0egLXwt6FlHqCerrZQq7'
    'nSEfvV6Mjz7bokxQH04BXeAgHBWEbyqxH21lYQUNnTFVegjtMdAzzRa62Zth/AUfOugqwEUqWyQV/3C60DddpN+cZ2ja76mgc/zu'
    '6DVMp3hAo8M/ptkDfnwebv96rkIuF0c742R9OgLwks7Ozo9+GFbcSeKofzzgTlttXNFWZVyB9ORzwrF/NrW5KBiuXaXxh6lOHd+P'
    'fyVcX5iVGG817h8yz6nC63PZVve+Gvgy7DpRfB/XGKfqbnhCwN1wIoDuinP8YWg0He1fS/SodX5P/fx19Gtw/fVEj3pYqH3m7NSU'
    'fXOM/cEz4hJCpwf1B8ucY2iXUjAc14kWe82vX0caytxGLfZunw8PVGenVzeFZ20qhrMW5R13C9d3BcbAfHahG0cYx7mEjFP+vVR4'
    '/UzyORhlckkT+zxVnFK0h1Php0rcWY6BttdmnfR12fK1Xp0tH8eZ8P3m+e44zmB5Toc8byN5ToP6z4P0FEjPhnRV1u1HC+jIni6C'
    '2+6CcqdCH2oh71mQ95b5TnrrfO89tZpjM+mbHPenQD4my51vWM6vfzZzcrDNtbxnvQbqXZctH+O52YN3Xvz0G2Zp7gfrs965oP2i'
    'eIXeG1R68lHPF5T9oQ/aNWwu8O/VWbVsnOPZTEyyLtnXr3c56f1dTtuHE1rtc/DtSUi/COmLXWrfwa90eWNw0/KvQPpvXdH8yzSR'
    'OV8D6bxJ9XmdjnGuPnyhkx6x3dXDxG+nTTjpdy5wvtFz/qU3RB+vja+RGf7gNC4U4Z8gVyOx+9mScHBxbznsiqud9La79HCB/ixV'
    'vi2pPSrC4f0FJ/3jXQ7MLVR8u2q3u9e5zsWoKPcLMZvs409e7qSn9DrpL3d69zrmOZnl0cX5xMXQjTGMzxcc788GnLRhu+uvCb/l'
    'PgDzdJs3ntcDdznp7tvM8HE2RhyzBebtO32ufT7/lrre+XYYmXf8Jja4f1P/GKUzvK+8brpu+A3L39ynx1no+3C2KPdfyWGx5iI4'
    'RzaAHRtprwHW5h8vdtLaS71r9DoY05oB7xrht6s36+EL+1lP+llThTXkZ0Gdzxmi4vk0K/Y4xRvvg3N0uKt8zO2affA8zNUxb/T2'
    '57Z3QdpVfdrjx9910pfv9cbq+zR8+9aTkPeLrs8O1IUa/7aTnveMk+7b46R7HvbC99GaNqtBg4T149YK/GaMP6tqewXhCXCcaRIH'
    'lePceWTfyLJpRd5GcqadMM37d2KV+8fXPh9y7VX09VpLGFXhEn4/vxvSZxeW7wPb2MXXwl5CvuUQ4N3SWqXSB8yTMX+ypnXKKeju'
    'dubrT5OTeTXF+WpI1N22xOxkiKdFQe/a+vek+2gxnvmTejovCIZ6yJ47xnPnSR/UT2miKghDFM+sYHREnYYPgrFrDiEyDpqnlcjh'
    'tjDZMdXl3uKj95yLiDNPF/HEUE9FOMNPZ/l15xXF0R2ac64toJ+ZCOeN7oxcAunlIXEFp/v2POqkT3zTvRfgtzv3At33kHt/QRpO'
    '0mwy/dCXnXTdD7z07Eefhjzfio++W0foPBHjnDeRfi+HfTSrs3iGdpbXY0KH1IHsshb2UC3gzlaHzaDsdzYCrPTEyJ9Kz0RfuDc5'
    '11oRFhEbZLGhA9+noNdSwrUjT+g1dtaKycxModeaiJwFcdnxLJ9pXehncQN5R3nd4j5XB0eH75eSO7zML9Mva/IuIPXMear8fj+X'
    'fPs54P09e718pBTwEB571HtePPQ9J33mm+Xnhc35vs5y/joITwp5nznA/2KPEJ/6YfnevZGcM1WTGaRnIE5u5TsxFJnsPJ3eVzbn'
    'p+n6t0ektbruc+mqFtBfQnrq4WedtBH2wHefdPIMk/3Z+RjIZfeq6+sjeQ/f49ajynsZyXs91HfSM+q855O8HY876ZceV+c9i+Td'
    '9YCTLoR+Z/eWj+0Uote/C/iHrwA9+dSDwHuEdh561o3TgXP2JeQ1Pl5e75GkD1nAU6sfUff3EFKf+II6TxOpj+Io1ZiixH9tZTij'
    'gZQtvvSlYWxpkBMUPIQOoEkpjYtzcxzM1XK4R9YyflYrXInx7kLrqCH5kb7md1yTcitYn219wwfOcbo0hM445jihyw3OgID59n3S'
    '8dLlccuiOkAHha5/P6x/Nln/DLlbhbuXBV3MYr63qc7zAshN7xz20sdv31j+jdLHZ+ws/0bp4z+ATDKrkA/it9e/PTo/JQoszjAV'
    'lgzTQ2kV8SOkQB2XKLFVKX+yg8jXExxkgIPSuhtEDIdQckYlZ9QUnVF4Xzn6PaBbBbpEh9zopO+9A/yEk7x7bi/P+/MbgD8FefvJ'
    'WYT1yvrQb0me1SPLy29vIN94+xsp34i1dy75duSgk/7+cufbmYpvTVe4vjXw2ydAB271oGt/g9/2s2/LqN7QhvLxLVJ8w/EtULR3'
    '5KD33N/PvtFz/5ltoKt3kffc/yl8+593Jud+7Of+7gqe+7uTcz859yt37ucinPsHCp9nquL+HYhzlBLx8brj5HNfbcDnfoMFn/t1'
    'Fnzubgs+9yoLPvexFnzuIyz40bMN+NENBjzwsDRC3LospvoQHaRcC9HHmEPqRFkp5WPPh39nyPdKthlHLNK8iKajwvu3TDGeJSw/'
    '5uO6M6q26J5GnSMTHxvcx9VCsJkw9b9hG780KM9LItpewLmykau0a3QzswQGOe22gNluoFxDBz+1BxD8zDeEnyjx3RDeaMwSW3ij'
    '/g64v4mJGQpHNQcQHDVb4CH0kUF9TdH4W/Lv/SFwzvgMhYMD6TyaI8zj5QX59+e+oLcLdWzhIN9AB/r6pyOsv41MOz3DOUqlifn4'
    'q1f8Vnu9po5AhpFuLeLiC/jqLBixvNMieejzKF3S7jj5QomOicF+FFF0v4MFNFF5JQLsKJY85OX7/+obbp4o547KHhx5CnsUerjj'
    'RPcuyF9AAp+R4TOCDlQ6VvgMJSeYuYd6xlR3w+7pttILiZMPl5zlkdfO6iz3o8kFuwtdAfrPQ/fa3Sf+EmwtJP8eZdFY5/pvOWnr'
    'A9HqpGfDEJxX3/iCmR/ChBY9cOHXlhbV2ay2dkW3WS3ZnG4rr/c60If8MfPZZOKLaZnQ+2Kiuh7cNxHV9eC+iaiuxzugzn07vboe'
    'nwEfMBff6d1fKy9z0uYrotNeuvVog/W4MiSNYOprpRL2z7WTrkwiDvqb+wCia8F9B4Wlv+ey8dBYx98FX08f2RjOpiHxR6fwR7c7'
    'As22254mS09jOEdb0D+B38OjybtDLvXiNJlPpueMeXGazE+/UZy2vt9Jr73au48OL5R/S3wvHriwHgWnJzppM1PXOEdoHoy9pjtf'
    '15Fv9zGccTL59hz4IrwA/A0eT77945uBrux14wtwHeInP+DagqKujKTvZHp+l+u3sIXgYd5uie7rKh8btQVFGg/zBPkTTPBcJDy3'
    'MAKeCywblx4u9cOZ4LyDQw83Cv3HfWQtUeDXOlEe14TGfsE4K9x38CZR7jt4hORBH1/DrJ5NJE+BtYVxPa8Uej/FWM8lMD9Bcvp+'
    'Vu41TM/DJAaYLLdauP7Leti4V5L+8hg56ONsifDGSaa6P6o4pyaxQtF3e5BeCY9X0yP0/miPJXQYtds35e0dbwmfjaJcrzgv/HWf'
    '+R2Ww/dSMfW677o91yHceNazheurh+tdUx2XVAXnX4UDRjVwvkGx51SwxmOhd5M9t0WoY9XzemS5E4Qb53xUeOOZm+rojDO9LB63'
    'arulDs840+EbFq5v3JLut48Oz3SEVdTrbxTR/bKX/KuA/vlfPmlXjsqEo85HWL1D5CFnYQ0FWzdZdjacUSmNnlQK3jUalEddcWoP'
    'IsteIFwdc4oLZf63CrU9yJVi6nTwcd64PmUQrtgq3FhUcr4zKW/sMr9yPcIbp1TW82vhjZc8qNG5G4EyL4jyuKGmuujjwhvrmPbl'
    '28IbH1pV37AGt/nlxTa+JNx4M5sCxnkPOZNMdNyHGH32V8Ibr852jWist7fHVB/6px0DfiPG2MF4REExjFZC3m4WS+hkFiNsXba8'
    '7lVZlyZFXfT12ehxsfzKU5pUJUdY6cMfOVboffUdTXgZ42Bj9DLYET36TVcHXsfLneXDy21U8IrzCl6xKv5THLgtHxG3YX5q26bC'
    '/ab10vW9HtIfhjy/g/oU1xzWRKQzVPnqQ9IZXwCe2POQvgTpU13h6J+4+vW7DdHnuS4Ges5kPEH2nDo/4DTlsVHHFXKnoJibUeer'
    'YRrN15YQ88XvTfyugOWm0rc5nYOMD66ZS2jnFLnLYvlMQPk47B/TFR6jX0yRqTqnKAzx2MPDZC+bxDDEOLCV7BuNX2waq9avb4fE'
    '0LcRUR4nEsc8T4MLhzU8RD+afULDJzkG2uR8U5W94ICmjkOEN47lkMVdhtfnFw/sAqGOBzYrYK74+zENr5aOpUd47X9N462reJ08'
    'ZtgSMpZqx5iujwC3vZr56bE4s7hPJ1l+M4PVATaXRwlvbFq/GONDmrNvQMEXpHd2zLcjgG9tax8XF9+DrsEOizmPi38Xtv0k3o4q'
    'BoDzVCreTgfsT7o2V4nEtpHaquy+JpLysa80lvNMJZ36LJN1iWQPJXso2UPGe4jGD5T76dcp98xCmpDGFjvU8qxeZpEfeaKHW97X'
    '+b2k36I8xuW1Hddiy3HxGGkJ7klwT3J+e8/vmuT8TvZQsoeszu+8cGOJ29oGcV5vG5FrLmM8lrWMX1Qn/H3GROGLTCeZBcraTWUN'
    'yEuOykduimH+kDe3X9j5xrKdS6qfZaKvUcm1UvGHshHmMmjObPl0HWS9bWLFNkcYw4hCxwXXTOKARYp+0n1mCjecL2yqazjE+PZ4'
    'JwniT4773AE4P1w1Dl5nVDgL63cxaJyDmvEUNPKOOWx+BkV434rUxo/LA9DGr5nIOUzWXMUD1smFGiswp7a6SltC8uOPZzzeMYUe'
    't6lcgvLcbe7HYfRl1xDZTW+AXruJ7EbelxdajHGTRsa0VaN/bLO+Jj4p6iq0j0cVeyiozIgGdvorJEsdD5CltlrsdQpzCFcNAXsB'
    '9RSPB73ZuOW2BUav+PXDZk/qdN86FbhYhbvTTIa3ifV7iKQtUG6BYgwmZybt1whpL6i/KjksHUOW3EdMz24O3zuE2jcrt88xlYkP'
    '+fRfRWe1Rdg720lbKl8SxzAYbyNnaCerY0Sz/v0BsIawhGVMdbm3sHlqIDYlIwo9Bj9Y8MMjWQbng5r9hzoMKhspP1n1sM88xWl7'
    'UdLb7bS7a89S0Amoq2tj85Mi80L99OnsTFX+bpY9Wx4zoJPoDq8Gv1D7IHbC3U+6dCD6jsL43r/5qt2czYdyv92jhqE4bRoeXBTO'
    '7ms2/OqFNy4G+tfVxcWIE75qLnLSz21w4YXqrr10E8DARXp9inofuyAVXNzwRrChv9gbS6JhwP1W8kFyaTQfRHH7r7fdS3z/zAW8'
    'xfdoE+DSerK/DpQnRdmK1DFattJt2jytoT/qWm4T4WKy4344DBp+6mEnPQ9jtnzDDr5+/EUnHYTYLy+Andz4V5y98+fCjXF+G+DG'
    'tXv9y6wjZb4IPmA//qXyMh+637Xjk2W64Pyh/vs+Cnj+sh9AXyFGzMf3lMe2wVjr593n1HU4mZ8nIAbNo0+G238dX/Tvd9D5EAW/'
    'Cpjv9+51z0Kb8ld83523uHiO9IyUZ2tpLh408+vNz0pZdhasj7hv6uwqdHh+FtE37VHcc/g9zVTPeFCY+QbQ3QNNac0xjX5vv8bG'
    'oUGhFxyWL8dpa5We5oBibnm/Wgm/MKrebFi5gYp3uU0z19s18DIu1PaJS8m9y0Tv2IQnM67Rjx3S6O3rbCeD+FAoA1KtzSjTrQ27'
    'P2zuL/M1fE60Abyb3Gdz0MazC7105BICbygvU82HzdmN+bLC35ZOx1+W4zhVRI9FRNdmSHjjjVQqFgiFtxGhtjMukvbi0hhwTxyx'
    't0zsGsarNG+DwtwHS3/AXkb4QhhLQZvYF+lQo1RtardS4p+HvrdCv1oJzw7TUaH2R3EdmwP0J4Ip4kP0T7Zdk64Qrt9HjInXzfYU'
    '6iFgTMImUW5PhXsbz6ithF/dosEbaQ1d0w5raMrDmjDkE4aR6bRqbB62GsgdDolZruJn37NEw/9ZzM4CftYPKGiJSsublgs3Ltt2'
    'jcxzXJj7jBkV5b5v5hA6U3d2c5ppTLG+JveRVgIjfvoqQWttKiNS0X/7fei/MDZOcv9dEHJ9VXM8LvQ+s/x0jnAPztLI/bdq1laH'
    's1cL1+dDD9uX/AwdtpB3jWnak23NU+z/qPSmLV0p82ycRut5WER6Y0CU+3LqZOfAKFnvhQbjm9DQMXHEJKX02Gxh5i9nWAOb1xuu'
    't/y3zhfX9gDY7WdzSu3V8L2f3EEweU8vg6ERJkOl94TnwCfEf0F6f5f/eGuF679JnlP47W6Cm+8W0fyr6XwsdotgH4uniMr4ETxS'
    'RPO7hL6FqJ+0gYA9vkOYrUWOrcW3F7lr8e1FdnT9b4Ev2QrpQ8D7vOYht915cC7Xs5/0NyJ9jUg/I9LHyEjx11A81L6yobi/iv++'
    '7V1C/PRddhxrPx8mJdoXUtmOTGVbMh2G97JNmcp2sf8d0P869nu4WObrxd8rxd/7ir/+4u/C4u+txd+lxd/VXeb9fhja/zqkr0D6'
    'Pkj7Ib0Q0rdCeimksi3sbz1Z5wYiI2sojvWGO8rbbYDxy/cUZ9RocAbigU9e7qSnQFyMX+70yqh1tJ8OPtthnmvYb02xjy/eVJyL'
    'NwlxcfGQvO4qIX51sf98roFxvQjyOFm2FL9jI+zZqyBe28XBcCphZO6Qg/sk3pM4bz/A7b2Q3t9lB6cId7JeHV6V6X4Gx/eyv+8n'
    '6z4f+t/AfnOuLs7/hANLD8Ne+/vi7/MAp7bwSsch6y7R1hPl8Pow23d/D+nnGdyawHGWwKP8/bjY5m/6yvvxY+iHfM/PONrui4r+'
    '8NgH/wrfHgs422j/sqR/R15bXKdCef/ku9L6FdR6KP/+F05ad4e3P3nASf/zTv/+NMP6Z9nv3OKBdXbx8Ogu7tW6AfU6yjwyPRvk'
    'yd2wr2V+1XhRT1r+ZHwpGVuK1kdjTtmcJ1LupZqf1Y+Vy6Aor6LrPvN1ov2W5aSMmfab626EkQ/R9UBZyzyyHtIvp/TJWVs8I7ue'
    'Ua8H9d1Zkus/BP17xoy2w3nbB+Xv/Vb4uGA4fw1s/sQXHHlbmVD4C64czmb+sjB/lzwXTywWVZwj23rzJF8N4Vu3An9EGMKZlPdJ'
    'WZ/wkQFyvuH6vdHjJN0KMtRFD3ljv6B8deVjXrj4LMh7P7vHHy7QzzTq5qIfqtEvODJnDtut8I36QkR4NoWTLz3jwolMv/WQG/fO'
    'pp7dXwM6a0/w+p30iBA/f7B8HCeBD0f5Pgyc79nrncccm8dHi7jkR8X5uuZh7zw+CnLoH8F8yjxhdGzEN73jz7Pxv1xsa/Uj5e2/'
    'DO3L9zbt/vSL5e3vejgajKN+xHv3euH41qdcGPGD4zp2XpbO/kfd84jTEvjt4cfL27n7K954I6jHccOX1XlVMoqUcG31sE+nFvfp'
    'ZY85eihXPKQ+M06FM/Kyx8p1VmR+mzW6BfbGZaBn884fqHVPpA4Mh+E8g2F5H5R3QXrOYn/pXTHMmfvQ95z0mW+G94vN78YZdjf+'
    'zF63v5+x1EVBPaXWPZVth8J5EC6TdIqkUeg6zA+hN6rai/QM5+fNJV+B/a7Yp7hHgui4RiK7ozCGY9qlwJNcb2dXSDyJ+l5fe1i/'
    'B+icN5P7QCmm6wPl/eJxXnNEN9SPnosjzqtuHiWNeHsRd6x/wDuP90J/bwfcst4yPi3O/+rn7Mr9GbR7C9EHCzqvpB71nXvL+091'
    'q23avx3mtHNv+XrMFeHg6W7YB6mnvDgaY5yiTqAtTbP+Gy5syroOJf0MW9ePHvTCe5i7wnhxj/+e0VDjsO9/b0lDqc6NMOfcr6Ce'
    '+4F3ufSL+r2t42PXTrrjkf+uRLxSvBssgPte3aQ7BvnvsDp/urNINyZ6v0I/5dLHeDX6+/8B0JzxQA=='
)
