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
 ('(jetzt|gratis) (lesen|testen|abonnieren)', 2, 34, 28720, 124, 2, {}, (None, None, None)),
 ('(powered|designed)\\s+by\\s+tistory', 2, 34, 28844, 106, 1, {}, (None, None)),
 ('(©|ⓒ)\\s*\\d{4}', 2, 34, 28950, 37, 1, {}, (None, None)),
 ('(наш|наш канал).{0,20}(telegram|телеграм)', 2, 34, 28987, 93, 2, {}, (None, None, None)),
 ('(にほん|日本)ブログ村', 2, 34, 29080, 41, 1, {}, (None, None)),
 ('(打开|打開|下载|下載).{0,6}(app|客户端|客戶端).{0,6}(阅读|閱讀|查看)?', 2, 34, 29121, 122, 3, {}, (None, None, None, None)),
 ('(扫描|扫码|掃描).{0,10}(二维码|关注|下载)', 2, 34, 29243, 73, 2, {}, (None, None, None)),
 ('(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ]', 2, 34, 29316, 180, 1, {}, (None, None)),
 ('(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,}', 2, 34, 29496, 156, 1, {}, (None, None)),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 29652, 227, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 29879, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 29977, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 30156, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 30237, 21, 0, {}, (None,)),
 ('AI\\s*학습.{0,10}(금지|이용)', 2, 34, 30258, 55, 1, {}, (None, None)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 30313, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 30551, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 30805, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 30995, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 31233, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 31261, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 31441, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 31633, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 31839, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 31871, 30, 0, {}, (None,)),
 ('[.!?](?=[\\s\\"\')\\]]|$)', 0, 32, 31901, 56, 0, {}, (None,)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 31957, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 32076, 139, 1, {}, (None, None)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 32215, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 32531, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 32752, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 33245, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 33569, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 33775, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 33803, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 33823, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 33855, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 34017, 16, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 34033, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 34239, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 34525, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 34721, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 34775, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 34799, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 34823, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 34866, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 35128, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 35422, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 35440, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 35457, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 35486, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 35610, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 35740, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 35947, 270, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 36217, 104, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 36321, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 36740, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 36756, 44, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 36800, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 36889, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 37008, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 37083, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 37164, 16, 0, {}, (None,)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 37180, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 37216, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 37329, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 37373, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 37397, 44, 0, {}, (None,)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 37441, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 37924, 277, 1, {}, (None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 38201, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 38302, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 38327, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 39176, 108, 0, {}, (None,)),
 ('\\d', 0, 32, 39284, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 39298, 28, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 39326, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 39541, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 39673, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 39792, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 39853, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 39965, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 40092, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 40213, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 40487, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 40621, 137, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 40758, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 40877, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 40905, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 40921, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 41185, 4095, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 45280, 55, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 45335, 289, 0, {}, (None,)),
 ('\\s+(?:septiembre|diciembre|fevereiro|noviembre|september|septembre|setiembre|settembre|december|decembre|desember|dezember|dezembro|dicembre|décembre|febbraio|februari|february|november|novembre|novembro|setembro|сентябрь|сентября|agustus|febrero|februar|fevrier|février|gennaio|janeiro|januari|january|janvier|juillet|october|octobre|octubre|oktober|ottobre|outubro|августа|декабрь|декабря|октябрь|октября|февраль|февраля|กรกฎาคม|พฤษภาคม|agosto|aprile|august|giugno|januar|jänner|luglio|maggio|август|апрель|апреля|ноябрь|ноября|январь|января|มกราคม|เมษายน|abril|april|avril|enero|julho|julio|junho|junio|maerz|march|maret|marzo|março|марта|aout|août|févr|janv|juil|juin|juli|july|june|juni|maio|mars|mayo|märz|sept|июль|июля|июнь|июня|март|сент|abr|ago|agt|agu|apr|aug|avr|dec|dez|dic|déc|ene|feb|fev|gen|giu|jan|jul|jun|lug|mag|mai|mar|may|mei|mär|nov|oct|okt|ott|out|sep|set|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв)\\.?\\s+\\d', 2, 34, 45624, 2473, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 48097, 220, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 48317, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 48350, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 48391, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 48412, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 48470, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 48486, 16, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 48502, 179, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 48681, 104, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 48785, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 48980, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 49360, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 49415, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 49529, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 49826, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 50004, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 50061, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 50118, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 50175, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 50232, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 50293, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 50350, 40, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 50390, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 50472, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 50612, 30, 0, {}, (None,)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 50642, 97, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 50739, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 50840, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 50864, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 51374, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 51398, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 51422, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 51443, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 51851, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 51992, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 52114, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 52135, 191, 2, {}, (None, None, None)),
 ('^\\([a-zà-ÿ]', 0, 32, 52326, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 52345, 171, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 52516, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 52554, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 52633, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 52789, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 52945, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 53790, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 54634, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 54780, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 54971, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 55017, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 55263, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 55341, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 55553, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 55785, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 55896, 247, 4, {}, (None, None, None, None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 56143, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 56765, 369, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 57134, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 57283, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 57871, 206, 1, {}, (None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 58077, 347, 2, {}, (None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 58424, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 58553, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 58800, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 59168, 115, 2, {}, (None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 59283, 71, 1, {}, (None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 59354, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 59429, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 59575, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 59710, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 59823, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 59897, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 59974, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 60101, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 60471, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 60513, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 60606, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 60652, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 61522, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 61947, 510, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 62457, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 62530, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 62740, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 62823, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 62967, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 63113, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 63243, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 63371, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 63487, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 63990, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 64245, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 64431, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 64618, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 65071, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 65292, 171, 1, {}, (None, None)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 65463, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 65531, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 65609, 311, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 65920, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 66001, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 66091, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 66167, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 66242, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 66299, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 66346, 39, 0, {}, (None,)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 66385, 97, 1, {}, (None, None)),
 ('^\\s*by\\s+', 2, 34, 66482, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 66514, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 67479, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 67559, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 67642, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 67691, 105, 1, {}, (None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 67796, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 67881, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 68038, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 68086, 207, 3, {}, (None, None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 68293, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 68417, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 68521, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 68569, 77, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 68646, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 68684, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 68713, 44, 0, {}, (None,)),
 ('all rights reserved', 2, 34, 68757, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 68816, 38, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 68854, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 69006, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 69087, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 69258, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 69311, 116, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 69427, 60, 1, {}, (None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 69487, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 69586, 30, 0, {}, (None,)),
 ('コメントは個人の見解', 2, 34, 69616, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 69664, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 69708, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 69754, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 69786, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 69834, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 69886, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 69926, 36, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 69962, 30, 0, {}, (None,)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 69992, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 70066, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 70126, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 70178, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 70208, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 70242, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 70304, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 70339, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 70385, 48, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 70433, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 70459, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 70485, 53, 1, {}, (None, None)),
 ('채널.{0,10}(추가|구독)', 2, 34, 70538, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 70580, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 70630, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 70731, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 70785, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 70838, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYXkWVaP1771sS0glNaCAJSUhCBwiEkECDGcEnJKyCsvbyp9uk09003QmJQYKAGzggDuo8nXF/IxiURQcQHUMGSZgRR1Bx'
    'nGHGMOIbw5txeaiDypt+f/33HO75z626t+r+9+/udO7l+6n0vbXXqVPnnDpLgxAiLZxHpuOFJ1dI3w1/1xd+CUirC79ZhV9V4dcI'
    'aU3h11T4XQt1YN4B+JYpvvR/kuzvVGJaPcXpTXaKXaKMp9PnWzqgbFIEty3Xc1Ph1w/r1wvrl47XT4K0uE2U9Rzr+/XTwRU0OutY'
    'fFphLwrYr/WwTnI/1pF92Az/lvu5LeOUeyfbpzbrHLTuh/iTKk7MLUV0VhVqlR1Q8fluUIXF+sp1bYD8NQAfiLMl3j1CZtwtxOd+'
    '5JaRcNRe+MdSKFcH77FcDsutL7T9KQe3Zzrc8rMLv7maviJMqfoapq0W6O9vCr//C2VqSXvy+W/nuHrjGR+/+WZB9kkP1IXzeA3M'
    'VSoEXktMQ7y267qy8FrS72MVwCeFnZtIQYSdRACcx+t+aK97Czu/JBzcD7gwZYHvyj6vUtNvHYtIs+TZFc0iqp5276v4rIrPqvis'
    'is+q6XpWtVjiuHpAye1POult+5z0V9920oEHnPR7Tzvt/D0ps/O7Tvr6o066/2En/fxeJ33seafM3wCMyXc/v8lJn/6ok/7g7U76'
    '0qVO3kdI3hc+6KS7P6jO+0WS96jdbj9l2vFlJ717n5P3L0jenQ856XwYc3pf6RjvIXn5vPB630fytsK4v7ZXnXcnyfsi5Hn9CXXe'
    '60neG6HtU55T591I8qb3O+kqTb1XkryPfd9Jn3tGPQ8XAhzJd9tHnPTMLaVrcC7JIxdP1eaZJM/XYAwH9pa2tZLkefx5J637fmme'
    'pQCz8t2KK5y04Srn2wLy7QvdTnrJ3c63eeRbK8BSZpfzbTb59uAdpd+ayDc+pmryjc8bpRtvCMEntxIySYmjE/48v21bDQyf4zqc'
    'ADTEssJvuQL3NIGcrxX6R+vIkvxNUAc9q5pJ/iao37aelijnNFkcSrvfnNq2F8uuAmRXAXPuf0omy2YWkGavyjprVdxU487adUEV'
    'WVi7qyiNYytmCxhI1I+Y5Ked7I8wD8Uv1ePOGn2qwHT9RSbeR1NRBmxDb+rO4Wqfc9j2HgH3L8W9V1nwKNP8SYLYZX7oDb4r8Aov'
    'vheIZS2xrCWWtcT3AvG9QHwvEJ9VMc6Kz6p43Sf5XkDCws9C0ufxPUF8TxDfE1TmnqAlvis4rO8KYpnm1LsboPuz2XKfZIEXSAAs'
    'cnuF2Uw+SfWeEVfMf9rF07Ivb1F8e+oF59s55Nt5lzjpBRc7385QfLvzWufbKeRbzXo3TyPsHfxWy74thG+LYBwy3QJzdjT5Nsy+'
    '4Z7FcriXMQ/+3Uj2HNbjlzfsOrVAGU4XJxlPVcPWKmVJO2Wgv6uhv2vJu3M2Ou9WkXe/yzvvTibvJB3QCGNugHnoJ20Knz43wkaa'
    'R+YtDWOgvG8yYOwZ8jfi2yaC72neRBk2AGmLPjVDv+SeOo7Ne6NFu3IcWdgzzSHK3vZN9Zn+tpDnbC07H7IEhmT6/Hb7epuhHpu5'
    'zUU0t7K/Yee26lnv3OL8nivCzUMVwbcqPHaiDx5bZIHHjrLAYy3Qf/ltjOxxmY6IUnoSv2VhzTgerCZz9J5EOBjMsnVYROavBvrx'
    'RUh5v0ch7YG+1ZI8fWT8mDcMrrC/10tOexlDcUJDP4HXelbwY3KeSvicGQB3q1mdQXgLZR9PgA4O3gejHPR4D9wkD+tH+Mj4FETz'
    'rjCQlSB7neKsiwk+28G+vZXgHcQVeVg/PA9vgPRmwHFYD9K+1YryNM9JhJ5aky6t++y0k97a5ta9Ou2Um0/6to31CXWJVpA+dbOx'
    'zQQ4NS0/Ss4bHc6v1eyfxSF5YF7P0oj4IOTZKW28FMbTSd4tJOuI7xIdzrtTYbw4F/QMH4S0F8qfoMg7psnbDmOjefPsnEJZEM2z'
    'XZTKgnh5enbTb6vS4c4+Px4zDe3MZzzlCkhPF1651UkovxJeuRV+W8lgToV/Ve+Q3jtC870J6C1T/K6Cfz4PWZi/LKFVFgbcf9RE'
    'KBMz8TuA8syToX91BI75/kNYTSjoqSEGy3kNPZWo8Fhs26N7to+MRQfbSYI3PpF2eessgbMaaEfVJu2jLHs2o+9H2HwOk7/9zpwm'
    'wBu0jjyhfym+yRvg+gGS+uU17dMwm2vkJY5LO7jRtF+DrN5ui7KjbH7outM6typgWvb1tZTb1z4LWqBHwUcF9TWvGJ9q/Lq+Ppty'
    '5DlIL9D2zgSa4j2EpuhMl6YrDeiQswzqXcvynAJ5biF5VqZL81ahXAry3tbmpLe3uXvo3pQe3ofZnIyQ9TeBLxVMdLMzdqzQ/lnw'
    'roON8STo9642d48EjclkfbA/futi0hbts0ne89OldMKpKUcWYwv/IxZ7dEiDP4YY/piRcmSK8t1mzVk0atF+t0aGwNv9bQGJt7Ey'
    'BwLqV+3bA+z95+aV9r0f2vtx0qH5kE6kch/dPuhleO7fIf0pGZOse2+h7mMqtI669aR9k334DJnPbWW0kw84J3D/3p509JlU88jP'
    'yxFNvt6A/sl2NpN2TM9y1Xh6A8ZzEWknCA56SBo0v6+yc+W0QjszQuBdmg/30PykQ6eZzgWvd3vAnNQlHdkn74NNe7br/cuEMyYK'
    'x7zfvRZ0Ex/TjxIOD0PXk+OqfkW7fu3Jep80qHfIYl8ivHzJoF6T+noYX3Fv4duRDO7yDO+PRUDDyrZ2JBzZhqqtbQq6lstKZB3v'
    'JHXw/XAjee+39leQucQ6XiLzQ8v2GcypPGuKd7cJ905Bt0Z5BU4s3g8alO3XnKHzDcoOKXCNLDMr4fBXpmWLfCMp47cGtJ0/Cpe+'
    'mCg6T7b7L4TWM6HRkIZenS6fPpTtf5PcGQ0xnjDPaJOHSV6/eZV5/4rodL220UnXdQAvD+nX1zt5P0nkoqY0liz3p0QuoeM7b1fk'
    '4fCyk+TR8Vk3EP2j/7rcSd/8rlLdrE0kz72g73XWjtI8XSTP3Lud9Cug43UF6K9dQfXXQMfrN0856Sjoem0geT4Mul4rnizVB3sz'
    'kXdzHHMWkbldtaG0j6vItxdAj+PCPufbCvKNzoP8toTqrfU66ftAv+A48o3PWxv5dvltpd9m+ejJNfjoyVF5L/bBVu6ZA9m5yR35'
    '3HF/HXnep7njpX1CfZajiIzJtJ8mNEuQjEolN0+L8uReVMaXEnZ+Uk3l+WH7Vc9khlUgM+6C+5ojAAeNG/SpNoI+VZI/sYH3OSHg'
    '3VQGG7QHmsn6ZEh9SaIL4LcOVRGugyltFM9tNHOroh0Pl7mtnoS59eOFDpd5z1V43odiPFHROUWcHOOJ6OfWRO4Tz3s0824rFztc'
    '5j0d0bxT3vdwmbu6iOeuUndeh8t6ZCZ4PWI4t5vXKO9aD5e5b45o7qeyPtDhspb1FVrLidQTifed3VpNZd22eN/ZreVE6UQdLuuS'
    'jWhd/O5UY9rXbi5Vd7yxDCLcHFZChyZei/LWwkTHKMYZ4eb4cDzDaiswh1Hqsx4u6zA74nU4nGyH4r1qByOV0gk/XNahpkLrYKMz'
    'f7jMdcMkzHUUdmGxbN18fSbL1ijGV9GtURi7nHj+7XDYRNgtxfx5+DUxtd+J5aPRzXGshxjdXMa6cuXNabn2d7Hczm7eD+c7waho'
    'iqjtkmO+J9z8V8q/QSwnsFuPw8l/S0w7TU3YOFzWpTGidZluPq3ifWknl5ponwixbYX5+nDfAfHc2c0d9a0Qz53d3FHfEzFvHX7u'
    'Dre9G9Ucqvy7xHvYbg6pj5jDZe5SEc3d4TRn2YjmzM8PVbx37ebycDw7opo76uMqnju7uaM+wOK5szxv74jpvbBzp/LVF8+h3Ryq'
    'fBnGc2g3hypfj4fLHCahH7PhR8eFvjDHIEUdHR4Tronodm4heXnMP+wrnZsTRGms32bS7zBxPWcLNy5mUDyysLEqWwx4ENnOfcL1'
    '4ZkBuerz89041jh3i5gexGLh+vCcy3Q6uX3Cdov7ULRN7hflxe2Tc3wKgxU+5qWKMR9vMOZ5wvVlX6kxq+IPtViO/zTh3csYu8kv'
    'Vt4iRbmg9uh+WQbpjHa7NTPtY4uwjzOmw3tLhRsf03bMNKZyE9Qrv8/C8rLQJULQo5A/jbDuG0Vp3NzryF1IHEeQxxEcL05FJeMI'
    '0n0n98S74P0Z8XpP+/WeIezjfGO84npCc5QQPz7w8DqDh0wMD1MCHj4qnLg51I6O2j5yu8ow53xQbIoxgm9OecJJf/6w822QfDtv'
    'xEnfBP7a+4Dm1/Uddc1MbEP7hTp2wnpCI3FbkTELXcNe4bVvNdGbC5o7GYvxaE3/eoW97eyAYRnKDyFP4+dzHX2nZmCfUxqF+klf'
    'rqA9bHiPBKmH4jWd7/pyeJww7aDfeV0sUVW80A4Nf2DKJ2Xgmwigib+QsqcPZwOvqeJBMBZtnrzDGO3XkXc74d2VwhtHHnmjSwkf'
    'c0C4cSJyotS2G2PLnyfcuMBdGhjvMoDxU4UbT/SAQf4lpE8np0vHfJxw44Z0Njjp8ZAugPSkhtI4r1HED0Z+pRw+q4vBVZbB8fyn'
    'nTS932nnLYpvT70AsXooTgc9kQsudmMU8293Xut8O4V8q1nv5mmE8eG3WvZtoQKuEE6OJt+G2TfkqSgMLSd56NrWk7zDAXmpzChn'
    'sQ4ou6myxFXVljRehshnZH/XknfnbHTjqOC730EMkpPJuxf3Ou+WCzf+TT9p0w8XYfzoeYx/aLXEfxlRGk85S+rjeRMhZTDNUI8N'
    'Tq6FPXWcgra22dNZ2DPNIcre9k0vPpB9elsIGYGJzPX57eFkD3WWc1sf0dzK/oad26pnvXOL83tuSBlMA8G3Kjx2og8eW2SBx46y'
    'wGMtwo0tNSa8PhQpPYPfVDK/ZlKfnKP3JMLBID8nF5H5wxjtXyQydZU/QC5TpzzNljLltfUePjfoSSam8/MGoxP6SQfmsJXLBp2n'
    'Ej5nGt5rmOKtFoCnJ4APbIV9inGqYvmISj7iPJWUj6juKS4m+GwH+/ZWgne2CHOfBzuES/tWK8rTPCcRemqNgS3IaojFOJ/0bZsw'
    '85dKxzaT8FMm5alfPx3Ob9bsn8XsDkTnT6ocWYIJLUFlCeXKCPgdp0n5jGZ+lvvQt7rxm95zx7xezOvFvF7M68W8XszrxbxezOvF'
    'vF7M68W8XszrTQSvp7OzzwCORryag7uxZXAW8j2Wg7PNdJ/XA/1I67S5d8b1PN2ijBWN0Rc9brNp/2csxnyG0IAm62Fzz/h/NLTl'
    'IpyLcXdtfixK46//ANptEVE/CRh8Kl0cPD7Z4tCL46gOqqLG72Mt+XcdmdmGxlLNquboRpRkL5qa9JnbraquMsbFyXB9b6eMnO/T'
    'ZNdjoyfpAqjtk/QcOyGeptADTVjOEd+DiyGtHrfXIYgaL9WDHkcN4CMxEURsMjVVyeu0MZEc6uk0ocID27aFlSBaejacvWHONClP'
    'UdEc2QCaY7nmjCtHV+3EMuXLJzLdsqMmUMeskchEbcpQ2jBjIMs+MdZVi3XVYl21+P4ivr+I7y/i+4v4/iK+v4jvL+L7i/j+Ir6/'
    'iO8vprCuGpUn1BHcWsX429U+Oms5qJPeU3QAX6+jTSmdj3w+L38yyUvHSm3ieJmVPm2iTMKGVkgTXojSCqaxomTfP5YopRlUMSIx'
    '750JO9iisCHL7yTle0L0dYCUz4cofxXrv2358xPl7fs1iWB65OREMD2yJOHihs0W/W8j5TZZlGsgfeon7dI8Gag7qM4+Vu6/CJ7r'
    'sejTQeHY4YeNL0vreoH0YYtBuc1Qbj8pZ4prZbmvW5bDfu4m5Wzg9i/JeaPb2/eSuoct6n4fqXtYU/e7SZ4eTZ4xyzXAcn2Ks5TX'
    'fQ2pu9ui7gsV/c6zPOcq5pbnOZPk2abJs9KAJlgakiaYR2gZ3u5sBT+J35rItx72jfJ7On4J5dNIF6j8Wpny2osIDZEAOmUmoSGQ'
    'nrC9VytX5urnkwxplyrhtW2vZ+12BuiZNzAZls4/gKqthgjuWmYDHaOSH6KcoEEBZygfoPm/rpBR59g9iIlPuTnQrzRZA6rjnybz'
    'XA/1zoK6GhkNea3mjmU2mbMEwy95i/62ELpQjvUYAzyUV+zLoLMiz/Zkt/D67ijSYjXO2GT5BNxJrIL0GEjbyV2FTOdBugLSOZC2'
    'Qno+3Gnkaxyfb2HG5zcGDlNvrXHk+qbtRDl/S2tcv3YYGxp9h2yNsJ2WGtdHSa9BvT0Rtv1qdWXWkbfzY8t2RkO2861qd802srJb'
    'FTCmorNU80n90sh2vlDt4Bm6Z+ZDugjSKkhPaSjdg7jXjiV7TNZ5d7VD7+rgzWbf3ETq6lXQGjZ1bSJ18Tnl6zDG+EwaL1rWdblP'
    'v3os+7WujPnicLNC0a+Dhv3idc0rY4y8rtpq5/wJO/d+cF3c/1Vu/b0WfIfpGv1zVXD/+Ti6DPYj7sO/Zf03wZ028/8lqN8WbwXV'
    'j/3/SFX5MIx17aoKv+d5XVuqvOeuiv+wjYEm826AMitY7LYNwMusn4S2z4e2T4Q5pDQS4u8jGA01JwCft1U59GDYvVvc/6SOIYVc'
    'hr7X7cE/5Nw6NrF2Bg3x9sGctx89lv34x5z5fOQ1cLnPoB9jAXv6r3MOn+M3Hzb0HY7v06TejewM2SrMfQTyej+oqDcfQb2jinkY'
    'M6hH5UOwRBYTAlb4Gl1gsEZhzrvTCvUeycr1CTN/hRzGgvTH2sgY+oQ3ti9Nbc68rGJ+Ry3n97fZ4PkNQxf/JOvt25jh/sQ6vkv6'
    'tk4T15PHaKW4vAPSM9i58ljE9eKZ8dlC4WOFWSxZ1CWU6ZvS0cUJLp7/WUfnIyi26eoIz+qeCWwT5/vNsI6m8VlXs/XTjaUj4nqx'
    'v3OzjmyK0hQrG1w5VlHXsoHpIJIynUxmg2WOZWVE1tWP4TzpYo28J03qlnX8MuPt6ykB7f5bxm0XedzjGM/bENDuc6SOJazdHKQn'
    'BNSxR9EPLsc6NoBm+wqpo1VTx/EB/fjLjKurZXN2yTJ3Kcq+rDkz+Hm+K+PIy2m9YyHPuOJdrKK+PmHm/5afRbK+KxT1DVvQLwPs'
    'DFtH6tui6WefxbnaQeozKcfndpDV10bqG9CUGbDoXxWpb0NaHadadd50aPDdb9LR1Id47kDahV3Mc5YiPrfqbH4uRFlsd2/atQeY'
    '6PO3eP6TeVxrEFs86Ez904jqw/nZkXbv+o5pUONpHS7bnHZ1ZI4JOLOuI3kTLO88lvcyRZ9Wavhq3qc3k7L8bFwcgN9PI32cFzCe'
    'pT7j4XmPIXmXBOQ9wqdefrbWkrHOYvKHBQHz9HrKbWdWQJ9+ndLPC+/T/yZ5WwPq/eeUQ0+ocDTn8fEO/LupUnufMOeErOcbPm2P'
    'CK9/++L5T8rkfc5bipc/a9DODlbmXsUYu0OM8VZSzyZ2xgxanC3X+9Rjc0ZdqxjX1hDjusBgTrncodOgzL+z/p5Myqjmj+pDYZmF'
    'PmUGNGXmpFycvibtPUdteb1MytXp28LoRL6f/pB09StsYUSWf8Wn/IBB+X+C8mHuGGX5v0u6Y9Wt0Rv3fz55B5hM86tJ7xx2idLY'
    'Xbh+9ynqVckMi/Q/yesnByzK/5NefUOdPEslY7pVszZB+2wQyt8Qsjzu056kV7cU5T5/ZOt4hU/eMZb3As28mOKhtUkXD4Xdb7Ke'
    'E0ifV0H59YRWpnRbu0FepMlm+eTltHGNQV6sdzzh6HxEfXci6/450RFV7YGi/I/kUcn4i7qYCa8e3MtsXzxL8qhoAJnnqUSpPqEJ'
    'jBTl/4pxjLFxPOCTB2H/84o+Uv5O5vmEoc4sxX2y3IdI3UMafdzbSB7V3aHM8y6Sp1ejcziiWA8ul3inTx7Ep9cp+sx1Ci/36Q/q'
    'R69PePUtOZ7/E8Xcd7M+r1Hk6ePnP4Eh0/vjYlxMRd0ct7cpxnqQ1TNDAcN5AxjO+IxtTLgxxXR5cD1eVdjG5dleeEXo1x7h/CWi'
    't2oqO5Hlvk/qHtDsob8TdnsIx/YN4YXHUZbnEaHHV7iH7lfUw8+rz5Dxm8pSiuc/KWd6JyHL3U76pDrfivp/JI9KptII86irB8+f'
    'TT55Toc8XSSP6uwrnv8+ec5Iu34gGixlObLc2QoYCTr30M59VoT3F6iL3WApv0Eev8Hy/oHrYqeEv09sP33oMPq5aFur08+tlJ6t'
    'rGsB01WuVcggqD7ecoXd17yAvLZ2wS3CLI5Zk9D7mFH5n1kp4hhnsd+Y2G9M7Dcm9htjg/9ivzGx35jYb0zsNyb2GxP7jTGBn9hv'
    'TOw3RjAeNfYbM/X8xtSEsIeObXJjm9zYJje2yY1tcmOb3NgmN7bJjW1yY5vc2CY3tsmNbXJjm9zYJje2yY1tcmOb3NgmN7bJjW1y'
    'Y5vc2CY3tsmNbXJjm9zYJje2yY1tcmOb3NgmN7bJjW1yY5vc2CY3tsmNbXJjm9zYJje2yY1tcmObXBOb3ISBTa6J3SvGlrGx+0qB'
    'vvpCZgtTZyFzpvGjBgnu5PGjRtg3avcxynh6boMYZN8YNDeyj8+yMXL8OMRwKI3rxe9B8Uzzi+uF41ypqKef4VQa12ujxd34PEM8'
    'y21lmwzLcRqL2rOgvWc2tj+YNPuDsLb8tjGrguzVq33s1cPapMf25rG9eWxvHtubx/bmsb15bG8e25vH9uaxvXlsbx7bm8f25rG9'
    '+VSzN8/BXk7DGYW4dQDayRjgVo5ZU9MLtRan6r2d4WAfnmM7y8C8SYN9Z0sDCVEam96Un1nL7tqo7FEnF6DvebkBRX56vzaksNfE'
    'PWxyP8/v82hfgu7girbkaYfHVukCDWv6aOIXYJDQQ7RPXQp5NP2+zUK/qZx+dLP71o8V5qGT9bHX4i5zNMR6dRHYoH2biHXg4788'
    '7ZwpqjtYeqccZg8MMjw/YnimcJrbZn75PqB3A21krDZzrbr7zTN+p10BQ1H4oDCFHT7Wl1KOTFi1LrTPpnC0UTM//C4bdQN/a0jb'
    '+I3hQZ8xDFZwDCbr8qohzN2ccvhunU2vqa19v1Dbxo8IcxuSLo2d45gCZ8i+X5hyZNWTBUM/Jfn95ljqki5g89SlsfcZqtC5ze10'
    'EinnLkbnM8VvzcLiu42avg2yeQ3S7zLREZFj3J90YduG3u+fAufenyed+wCEP5O+0/q2aNbfZm/rcPlWzf33QNLh0VS4hOtod1vY'
    'H48qdH9M+nNe0vW5FEQ32563+YA9v5i03V9hmpzvbalLuniKnzsvJZy6VHNvQpuY6J/lFWtnAjdfTzgy5ErSYXw+/iKhh8VexTpE'
    'vR43JVyfCWHHvMlwb3QnJhe3npNw7uV0dAP2w8ZWVcUz8nbnk3bzljyciv/jtIJq7oq+JBKOn8Iw7UY15z8DuXMlcO13Je/Eyh60'
    'xCVYRjWfXE/6YeHO52TJBT5MxmzbB9WZOhjQnqTB54aAIVta+UrhnptbQuyNsPRFUZcc9ESjwvuN0PbcEDA5agmT9cJrd7NVo3uf'
    'JHp4NeTuWza/n9x9zxKuL5XFCvl2s6X8MyvcmC5UFp4ksvB6Iguvhj5UQb/xzkm2f21Zd5LT+4ayOKdlyM3TBnlamT6V7RpM71th'
    'Zw1uE2U9x9rcPQTpZfI9R9e6mqxhBvZ8F8j6BbnDrSZ6SJhP6uS/w6AdeYfxO3h/i3DjSl3P7pb5/dehAicp8ydtpVuguSOWa20G'
    'Rvqc4yGeRgUM1hNdExPcg/A0TOApXnfvuivW/OZy1zzKdS/6+Cj845KEs57/SnQc4319+O3rmAbwrnN6AmiAGJdOD1yaJH9TGipB'
    '+KN+sjd7YZ3DwFjCb3smK7MXKvI4VadMVjHMoyqfCKDHaxkvnCU8fBPBp8hL11jw0AgDIoaBKQsDfP+myf5VxZapV+jiYhmEm4SP'
    '3Um9IZ8X1HYa9My4jloNfK9ivJ/YLcTnfqTWg+PtcPuCtRb56+Edl0fRfHTfzbSQYYVZLz6WCyG9lNgWmPLltnx1FalH1ivzrgCd'
    'WiFKYxNNlO2ljQywHtqW/V4GNh+y/XUP2dsshbFdL7efP3javp9py36iLeucMu1/du5zylB7OG6/h/YqPwphr4I4Qtb/fhjTbTCe'
    'KnGoPQmF3r2EmHTmjddZ3FkVaNL0SZZdA6yc2UuzLuuLSlh7EQwYJHzsBPjITcxCyvlKIU7PBJXMTjmgDC3Db6cHhz0seJ+qcEDa'
    'CDIBpIH7L3W+yvdvI+9X3O2+v1DEvjai8rUh8XdsezU5tldIY+IZ++PYN0Xsm0Kzxico1piuz3Ggc4I0l6znSEarB9GWaNdpSttT'
    'HklFM8b+NGJ/GrE/jdifRuxPI/anEfvTiP1pxP40Yn8asT+N2J9Gpf1pBH3ndyXVh+hdiWxr9JqpcydSpGP6Kn/3YdOfn+VduxJb'
    '+oDSpFXj7l7ANa2DfClyHzSLwFvxLn9cXR//jnTM0pAyoJjXjnntmNeOee2Y14557ZjXjnntmNeOee2Y14557cnwXVlLyiP/zGNl'
    '5lk/djDcfSTot1H8rvJrEtYPkCpmDt5RI5+cI3M6YAEvPHbWScKN+zlqUc+opj5Jd7cJfx8w1G+UrR+UvEZvBOUBfL1bAHfT9W4W'
    'arv4bQFt9hK+7yjh9QFQjt8pHqOdt6mKoWSio8v9IdiUKweGuW8fOp/bFeuUYetE674P6er56jkwPZ/T8NOdpSpcsYDgChonE+OL'
    'nZd2YColSml+qlOympXhdZzhEycL9f5mwvcEwwEzNPuR+3fR4Smk8+WenSvM4/zyWPf498ksxjuOcU3af7/i+mSJLGZzhysn4zLP'
    'apbnXZB+pMMr+5Tli7oxfXrc+gKU/09IH4T0oj5vHzMw71RedEm3Xi4rvxU1Fa8tjSFGv91xb2kMMVr3TXd5x4Tfqu8Khp2sBnZ0'
    '8UuHybmN8/zZK530NOjvL3eU8jo0z6ksD19zXd9mw/nBZbB0LjMfddI/3uGdr4fuhfh7dyhgoA/mbZu3TxlGK1BcgW1shjHd2qNf'
    'Z8zzDz3evuG3xI3evsk6aTm/tazxWcuivBPg4jfvLm2P9uWGi5z05wN6uLrpLrP9Sm192r7hlH3s+/o5wjwf+KGrG4bfZDmZPveM'
    'i5PqFeVk+qimTKNPmQ+tUJfRna0m8pob99nx8CU2b7ZM7/Ri6VNqRjy02jgojtsx+fzMx/s2iYtOY7iInz279zjpt7/tpHfvc/0m'
    '1RP4KN67PQf48yEnPbDXSVc94ZSZS/Q/6TfeDofxWfuh/i/DHcruUphf84Qaxlss4fzXX3XSqx+zK/d+2IOrXohWJjx3PJycr4YA'
    'hqk9oElfM6LUZpb6e1rmQ2OmoFwU8QtzBIYuIfLWIn/P5K/3++Q9n+X9FDkHed7hgHbuJu28BVL019bD8t5O8mIf0O9lL8u7g+zD'
    'N0E6xPJcT/YJzzOi6H8jaYf24XxSh18MStRFP1qU2lbiGLYHlKd21qrxB7W9ksirz2c82xb2N9abJ/WjrAfX4FxWthvvViHvHHJ2'
    'n03KoDw+x2DmbOGlGeelvSnFV2ncn8KN1Ys2tQj/uFdwPlCGgveR6LuN+ymguhYJsofx2xpiZbQG6lsAfx8jvP4seTx55HUpbZ23'
    '5MG5b/IthL9rBJ2PFoO8FC/hnJ1J5uposu5nQbkbNW3OVLTJfSX3GrTJfUZUEZ0Fv3WQ6/QhIqPne+JEBT7sZ3CPMI1j2qrIi3uj'
    'i+2RzSRvN8MrvWSvoy1LPWub78EB0l4j7Jda1s88K9NFbFkamQymh+G4dzJch3LM00nfblDgKlXflhLel+OQLaydATZ/o6yuOeTO'
    'n/KcOTa33E8krhE9v1eAPQ6HLZQfJwJgBXEK9R/HbdlpeQmfMwGeEwS2bWE5ij41MTqF+j0qvE3Jew7dXQfy3XMUtK4KL7WSf2N7'
    'VLdoDdvnCQXNqRuvbg7lWt6TcHG23xzenXBgSLcuaQIXsv8mPvtt6N23A939tb3+fDvni6uAft/zjJcnHwUe4r6n1bQ8jm0b9Avf'
    '1eC8aJhHjLmVntY3xZnE+JPjd1EG8yfSL0q7FWfpb2jcGVD6NeEYMhaen6SE7bML9+JovKbTak1x396s2Le5abzGGXj8c2UT478v'
    '8V62a3wy1vhm/Rqb+l4K2tc74zU/rNYc9/21in0f+55MJMSqN1xCasS6Bk8ATo79fU78nJvRqT5rIF1nZqa3TmMH02lcxJwmWT8t'
    'fh9rrHUivU9dB99Xo/GaTqs1xX3bwPZttSCKMT4NeWQSAfl1PmT97oVOUNy1qPR8WoXrNxJ5+Sp2X8Nlybb3QdtZH2z2Q4gL4YkJ'
    'nZ1WcWFl+FFdFE5/2/R22NqHX5P5Fz/7oBN87vxies8HJlaUs4BVFwXliOm9iZ9zHjOpTwH/YfRgptnapAy4Vt8nGR63leyP3nhN'
    'ptSa4L5p0tFdHcUdu0t3/tWRta0PUS6I7kt2ijuDYKrWIj/HFz7t7rJs1zc/9UeH9gF8zm5L6tliOmc2egc4PtQ5q9T4TPUNVDYx'
    'w+yef0io4/YeIVw7kh4RPp7lqChfJ3O1Jb3eTPQt6uH7LGEXE0oHu9NhbZcAyxm0djzmMo8niX4rTWPUcl2aMeG1y5kOsELpItn+'
    'oXsGpyKnUZMVjgUZdDwf+nTR9FuTOH5n8BrdVp6I0Sp+ZxDe9MN3yZjnKOE5Krm3kgbis5gPnHprkhNu/KJ0CH5DJUuXZX4m1DH3'
    'bNY3Nb3WO13uegepGEQBD2mgiRE2NsE6brTYt9N8HRManr0qsjPw08H3DzZ7tPh34R93qfbkIfeoArckU+lJ6EmTjfCtyVg05xmp'
    '390k2kYlO9zvaXKNWy5+l39L/f3rWbsvP+ykf2YZ9yumpxW4pDwwDKSnVWf29JELxHRyvCaVX5NWkCNSPNYb00QTJxf4tNl5GYXc'
    'oPT+OJk6nB+cW27nFT5asP3j3Wvxmkz2mgTq7fn0T6m3F5DfT2+vnt1Roc5dI9O9u1ZxT6q9/04V//6iimSvYvpZ9SHK+Y3nE2w8'
    'H4VyNUY6r1LSkMni37lpdcpUFaf5T39UDJ26Cn6Fid1lw3uf/JQVpDcG5kiJPZk973f+fR15366lJPS8YHb8VX/WvzOAlplRnJtF'
    'OlaTn4M8JgS+k3epewq/DUkXzjOK94HnZwi8Mlk+Wy2KpUTEz3ikT8D5Ga/JpK8J7pu7FPsGzpICLk/CgqUDlb4yWZ+5yk2ZNQrG'
    '08nkhKyUbR22LXu/2pRTf29U0MV3xjATw4wFzCDe6RKxvcBk6K5Xwfzj/r0mnvtJmXsu/+G+olvhPeXD0K/YCUAHLxNuzJ4GpvvX'
    'Se5taB1Zkp/b8swmOoDo93R5iHpaAvjLZlYX1zM08euD9dcxPDIrgPfGeQzKx/ufY+uSZutiUh+dTxO9Vtu+dkM9Sah3Vry3I9Pt'
    'C9J94DYJ18K6xfM/8fNPZfAJzd0z+tDDGGVZsm+478k6lo/ix4Xt4WOk+d2rY5zCqyO4WxjR4IVYJ2rq60RxvDJE8Eq8fofW+pni'
    'myMM8Y0fXlpQYbxUPV4+XqpW0G7oD/dmAvNZzTdOoyWFG4OhhvxNZcfoa5LTkWmy3vReJ8Xudbi/ygPyO5srzIe+LFFm/a8+dy8p'
    'gI/rYh0lNV+2641tCvcKVncucq7TQbcsaOengl+6B5ZBOqPd/abSbTPRU5Zr7BcPqBHOb+T90LVED9mPjaAbMleU2pahzRvawqG/'
    '5hFhHrOJ+l2W7Wwo/C6A/VTP+BQT3vRQ52ttcZ0pHPRHoNMzzR7NfYrdUe+76Q2qagR8f4Gwi1WA/m25j+kl5Bv6jsY4VTReDPrc'
    'xlhwbeRbXpT6956l+IZ1NijaG2W6t01wjqloBRMZBfdDRP2ol1sP3zvvU8iNq5wMSf39eHqKqJpnK1FpzjyrdezPlqriaXKc9w7B'
    'QBhqRnpXlWassqfR6X3UbTFMxDChuG9SyaG7GF4qoblD6ChMoyfwQjMKneaEQn8H+a/YJp3wPp3hFzL2EzA918TGD8iJFvlzwINR'
    'GUqV8I8nloFySVEar03GjEMZ1LuFGx+cxuSU37YJb7zOjSzPIMmTZ3wtxovJCzcG+Jgw88Uiy10uXN8tPC7ymFDHoOU8tCrO9dnC'
    'jSXEYx9vCyjfBFfRjbB+80LWU06cboz3S2UHPM51v2ZN8QCRvPdRIe4wSuJqQhzA3+4ujR9CY1R1s3bD8Op+uqjiHwt1/MTFhxnF'
    'e1X80HYYQ9W4K7/h8iT+rZns8QYY0zx2H4zwuhj+LeugMtlmhey2etyVGQnhjUVTJUrj+SwiOGeRmB4+tFQxelazbxiHZybMVYLI'
    '2sqBqUrP8XT1ZRW0ZjZ1VHJtsxZri7gN458+pYiNdDfERvrOY+X7Alsbcq4WRTxXacLS6WKDLgkxvt0wV00Q//jlx+3KN37DPD8/'
    'd2zaobGwyp1DysvqZGyNCl4L4TXN4PVKAq9XsnOIx4a7mp0zqKuAsK4qw2EoaP/o+uO3f0702T+LyF3Daw846ccfhf3xQ2+sSFq3'
    'ig6h8fw++SzU9x1vPL+d0I//gLY+DzGQH3t+8vf11Wz9yr3LpXfaV4pSuiZH7lWuZDCi64+cnxnCjf26KECmXMPmZ7EIjseZJfuD'
    'wxxtK62RU9P+qu6k8Y4np9gnCHNHkbmwWf8wffS7k0L9U4wtyWODq+LCboM6v01ovEFCY/jxGbQ+pEeuh/oeAro3iE9aSGgVm7lb'
    'ifwqSWW7HyHrs5HQNkHjQDrnVuHEnMR5CKKfNrM0b8CzblKsB87fjeTeajare8hgHCY88/8g982cBxwkdCXGfTaZO162EdbkSHLW'
    'mvAH/A48qMwguUebwfozKtSxgHVygi0aWjdLdHXw4mGecONmyvcvEfiUfX4Ryswovkym0pnsG08um63Cf1dna2qzdfUN+DQ2NUzS'
    '0yz/11KJmosT81qRNnit1PZkVzGO2v3Oc9llXyqmP1i8Yv76Jcsu+sWGiy/72v33L4bPf/jI7febWNp8/eZvLUqI9K8K/7xZVj00'
    'x8UoTlv/7bRz/6U/vJ88cuV2RWqx1/kTE/uePbqvrfjX/Z7nlW/Rv8bF+J7CT/7/snE5TlH870Dhv18V/194vvXqH6Hm8fH/8rRn'
    'ceUU8FyneFdsv92gsJFWkNrCabLi6hT19YQ6ju9ygjvoWbxAwbtTfEVjtKtwsK1cIEhW+E/AV5uc+UFnAY03H9TnLo18tpeMm8pQ'
    'RgzHFDTevxSOwxidzJq2vdVwHLSMybrKfuwEOItSdo13Bo0wjzMUMl7V3AbJpy4CuA1a/35N/23HwftA6YLNwo353uxzr4A6YPT7'
    'RkbvHQn0XlhZu0k/bekJP5kBLa/SNZ3u+qSBd3vC8QXDToybzU6vYL82OjkOXVOVjqSJHRjWwdtIET70dwx+THhpm3sbG3q/R3Ov'
    '1Cu8euh+deI945cIXtpiSPvrcGWY9u8gfJFp+2HauZ7wdhzvUvl7mLrfQXB+f5l1nQtwq+JTt4es8yQy9m0MnvIEb4ap+0jCu2/R'
    'wCblCcO0YatjqaLJhsgelnVelnTmuhL7GXVEq5515VX47rZvOu/mEvnWiyDfTO925XcZIgtFvVR89/p+791H224n/cHT4WxYiu1D'
    'vQ2FwhdWeG6e3+7CJr7LXuy8W0bGJd/J9FN/5nxbSL41XuWkv8u784zfztnopB+5172jw3YWv907zz/Le+e5/1LvPK+4u7TeJJF/'
    'XgD9/5uEY++CtCzdEyMWcGw7/yZ61q0WZ81mhh8HGV7KM3nQGeQetNyzhNa7AOo1pQlN+9tI7oxHfXg5WgbXW/57XcLh4YLGOcDo'
    '/+3s765JhAm/fNSWpEhDFf5xskaG2cPogKk+lh8Cz0bH8tIh0vf/BfLsSuAHvI9Yk3bSVZCuhfRNaQfeqxDPpuFca3PS29vc/dFG'
    '9MvOhfId6dL9cjaUv5WUQz8VNN8pkO+WNndfyT6ZnnUNIeaDjrsD0tM04+D9awT5zjxCd1C9sLwFPuMydBVdSGmbeTD3tN1NBDea'
    'tEvx06Di/oq2Z3o3Ruc96XPvdrxgvkY7oUqN0jjWmwyo14ZOqWZnCaXrG0HXMEe+0flYotDP3MLyHEPyDGvyIK1MZSvLSV78m96f'
    'U3mTLi9frxzT3+P+UlVzycvJ+QwqF1YuzOGqhulxpA3ucZcLcz8XpnBaqXpVOj7LQ8jIbfSYW4FHThDcWxoLKHnIPBaumdM2vvAS'
    'YjylknUpzEACbTn0Nyzmj8pXXLk6UvXx3jLaKxNtk21jg708QngQDB5MeXxqz90tYj8NWtn5PcX/t7umKnaoI8g2xsSePoz8Zimh'
    'NfHdGfBuDnm3ULi6f/WEvqH21YOQ9jL6h7a3U4STa1VizBcpxny+YsznKvp/Toh5WKkoMxZQZhHgCVoGbd1HWd6jYC5oXs5TzFTk'
    'ybM8tYo8kn9U8QqTuX7XKdbvSsX6vY28e1Sx9h9a4V37RId37U/UrL1KByxo7XXyLb+15/fifmu/yGDtFxms/aIKrH3Ocu2bgAfP'
    'wZ1KE/Bd1CfNMpDFZ0h9KVJ+GUvPhLFcLBwZOeqY+PHUOcKbjTI5wAC7G59JbOB6hLn/meEAex/Kg3M98zPJeM8MmI81BKYXhrhj'
    'OLOCZxLi2P9H3s1sd969Rt7NgHevErqtna1zO9T1iiLPse2leV6CPUrlEH59lmV+IO9ACF6yGW+LheyI69pshPa/Qu4sRzT6HEPs'
    'u0oeJev6JNHt6dGUNdUjUrXvJ8enML+DyC/zljZyvM+NMFdzLHVxg9ribVxA9GnG2Ph7DXS2UM54NCs7RnSAEc+Uo2/Tr2n7KLgD'
    'Nl3TfAhdtQGGM0xkj2lLPKLiC5eK8Da4KyA9XXjvEE9i+vNJH5mZ6t1ssGOx5fH8fLKZ1sHtkydqzC2iPBtllQ+xURHHQS3Tx6Ag'
    '19+R866ma0Pvcm3O4KhoEFvYmOZPUg0bFo9B2YniH5vY3VW57SUsy2csy8c+UX3wVfsb0xrCJ2qrkayNnnmrSRpGj62ZnPc3QXnk'
    'Z7tgja8Wsd/8yVjnObAuuG78boLL/JeRb8InL/fJ0hxAz4TBD2sC+AtuWxHEQ6lsGzj/YcqHUB4S+7XDgq8aZPKUhxqd/afiH0cs'
    '+LafK/jYJgvdaRMektZ3gP29yUdnuegTqtGRFXJ7Czqf/T7rq+pDWF5StYYm/N6rTNfunEZX38yPF57osYxawmORPi387yyFDMDE'
    'r7SpHmUXkykOaPQNJ1pG8L0GFzbHWN9M5pLqlXO9Saqr2Sfs5C+qudviI2OitlmfaHDxyg7N2Lgt2g6NflUX07fleqxdEaxP0Lzk'
    'FbK+ok08Gecfyli7Ls2Ye8ocM53XcnDN8YVxvgXencV0+84E3b73tHnnkusvyvJngI7gyrSZDiPmxVRlf8r7IPOuILqZpv09Cb7t'
    '0vSX9mkVeS/n6F/rHZmYSp63heGSLgZPY4r7LgoPOl1Hvjf6DdYWz8SH6x2ZVKVgN0qY/XdIf8rwzC31jsysXBqD9j+vWYMBYR7n'
    'YFBzzvL7rIvqHX1IagvB1/h3ijsKPxxsc2b3B+Bc9D9xPJnnqYqP/fr/X3Wl9J/JHrHVA55oumFvnXNfa3qmquDx5YA7pBHNnTr6'
    'U/lMndP/KPefDW3vt7d21Dl8ZdAZ02Gos495aZtnEb1/euacwc6I1UxP/s3s+yo4Qy4o9Hn+BNAAvRrcnWd3SosnuD86Ghb7k5nk'
    '/vD5ealWiPNEMH1hAludFnRRB4Er0/oR1jrLpIc6DOkqOT9/Xuvih0rwIyqZjIm9WTEO0gT1bShE395a6/UHMpH7H8/NxRPUj6GA'
    'fuRqXb9duN8fmKf2H8J9SWO+Uc158QdSr2zrP2pK5SqmukVhZCebhb2Pm6B6KN/2eI0L4zZ+Tnos+Im8UPsSHwygye6pcfmlAWHu'
    '329UIVuk+9FkzTZajAvprY01Lq0+VXmNor4LmddKzU1PhLiuicBoJeTj5ZwRB6snpm9h5m1vtUsLTTbvWPRhVe3oWcn8RzY46XGQ'
    'roB0boP6+ypIc5AugPQ8SE+CdAnLP7PBafvmai9eD4NLwuqYXVtdGVm66Tl9VoXbD6KDj56k9nH80rhywSTw4bRP/E7jn6ocXbAm'
    'kJ/SfTAH0tmQrmTw3glpG6THQno2pPPY/jkP9sE3q9wzairLzT9C1suGxuL1cXlqv498NcgH7WCVE4UsjH5s1PKqt1a5MVrC+KfL'
    'a+66gtpdVuXKlCZDnlOMQ13l6M8HyfdtZC8Txe/+S87hU4o6DWzPH8n29kxIZ4U88/b6tDVP09bskG39FWkrDG6i5Y6B9DT2fRm0'
    'dWfOhf2JkoEV9/8Et4t3GBfmXLxjo4+vwoWmZXX84rJc6f6vBO9wMEBuW5dz/HNwWwdbmw5T2uFXWXf+J1sP4tms64suDC2qu4eT'
    'df91hHXzfn8q6/w9FXF2Uf8n6+ikUTyVgPQtkK6DNBkSR16TdeG20rLOov7PBLWHeGqhor1K4sUa0l43g8cuDR2YD4E/cX/8IuPi'
    'vihpUhsa9FnSh8mQ18k+7M5U/gzoCVj7OyahDxzeN2VcX6ODbH8d0OiONSecNJVQ35delnH9uYY520zx8RkZ7xlaKZlakf+foPZw'
    'bVIEPso5s3eUwcP+W9q7lmH6EEQP7U8757bN2WVKaz9E6j6H0e9LGH9yvmXd/zPt2l1GRU8H7ZODMGfvSrv2u+XcF8m6+iNa554A'
    '/mN9hdvBvXNKevLsYWeRdbmRtf0FzT0d9ulz85ivUVKXH941ufP7ZcqJ7TWZOoVBsoWnUy58dGr8Lq5h9b4lRDu7U67NtS62ahDO'
    '+kTKkX1OlCytGBM65cauiFpmVrz/S7nwxv3fmupRYV2XkPmZqPvLU0mbE6FjX7QDIrA07EMX+8FSVUofk2RAwReY+iPAeflV0q1/'
    'VcB+WhtiP/1j0tGhmEzcUuT/kw78Ut4W79ts7idkXZ9LujEUr4JYlbfvL/UD8u1vO+nwI+BXaV9pnMp7kno8kze8d7sl6frUDuPT'
    'QndGbk66+iaVlIMV5X+kLT7+raJ8uyk6XyuT5fvTmJ/0xt3hev5BsH6ahY6byR6TgdyaRXl3Z79IuP6hguCRw8tPEuX5VuFz/PcJ'
    'b6zKsPdyKrgY07T7ABlHufxpUf9PUV9YHknWdztZI76Htwt93EhZZispawP7skwflLW915FlrvAp63dPI8u8JeH64O8NkL2hPHsN'
    'KWNi61iMc5xw/WqZ4K4BzXoflQjnf2mQ1VObcH2C+dGgjWC4W2tgsyvz/lYE58U1fwVsmKPWH5d1f1+48Zx/sQH8wuTdeB0y/Q3E'
    '0NhP8j53iZOmrnHjcsj06D64//fJy+t9WJH3rB3qvH+lyNv/fnUfPumTl9f7YZL3NxCT5EHNPLzXJy+PZ/IuklciAJk2XOot2wg4'
    'gOe981p13rwi7zk3qfO+g+TNQ967B9Vj20Dy7twK59IG9djWKfLiuvG8pyvy4lrwvMtJ3o4vl8Ysvx1otwUQ+/w4kvczTzrpgd3q'
    'eD2tJG8QTUjjnHO6shXqnbVf7e8qyMeVie1/juE8lDVQvxV59s3Wb0Wa/I0+3iUNezbAjPz3HmlPSMrwsTWFHJvKx1qT8Prj5/iY'
    '+hFcGHLctrw/Pzdsxnqu0Pv3MznbyokTahM/g/sD3KLhlQcN+f2gOKO3Cze++UTOTVC/rgVcZUq3dpepl9ZrMY6RiOZezvv8EHJc'
    'nf9Ev1i3Iwb94fiTxv6UcBsU+zMbAgcdY8GzDoeQCXI76xFG03VXu7LvXsM1iKrtN1W78tuNCj5fFw/exFaV8qKLSTs8Ns3WCMfT'
    'CO2EWU+/drj/1N9WVaYdPp5/rnJgw7SdKOHyG5ZjHA05xs9WuTLsXg1vaLoud5VRF+/XzipXBttriFNt+trr09cdlnVdVEZdfK+e'
    'ycZteyYEzetCRV8PhqxrBukrx1/dmrJdhnpIsv4/5oLr1/nLCDqjZf0/zblzEaZ+Gif9e6QuFY61gadvllEXX6P7I6gL1+NjObt4'
    'mKOW9d+c8+Jblb8YftdiImfZwPQL8b70fJC/XDcJbW+Ats/OufJ+rrdnGn/OJG9x/+dceX8QzOc16zTLog7VvpF1pHPuPY2O9hkR'
    'dne/RZl91lvvwQjq/UdSb59Gb24wBI7bS+rdpOG5w9B8uw3qDYMzP5p1196mXoorbzfo29YQazSkqHdMmMuuBzR6oG8nYx7S6C0N'
    'BeD080LUwXH5aQZ1jAWd/4o6NluOZZaijlHLsaQVdYwZjgVh/NWM64uAxxdV3YOfzGKy+t1V2sjun8t44y2r7gVWany/6M6kJyKu'
    'F8+bL2QcvY+gO9nVEZ6v75/ANnGcmzMuPlin8aWighOuS3UGG8tlEdeL/T0r495ZJ9idNP7dwGwP0kT3siizJ3XgXeJ8SBdD2h5Q'
    'x1EZ946W0yM2d7+4T6sV9Q1bnMVc/+e3aW99YyHppqLPHlKfiW7TmMbfAo732bR7r2xzRsoyf6Mo+7KGzuB4+StkHAOavg5Y0Caf'
    'IPVtKdOuRNb3vrSr0zXR+Lp4Z0/mFvfgWWmvryXVnr8iRFnc128h8xiku2KCS1dGVB/27xhS3waNjo2fTRXvX31E9WH/fp9y76WO'
    'aVDjRx0ue4WU5Xrqi1nZY4muW1H+l3J1ILoUtIipX45nFPUMh6jnUUU9W0PU84WUqw+S98EpdO9+nJTZJNT+e/u5zQ7pr6qMKd7Y'
    '7tP2oKbtAZ+2By3afgdpm+NAPlc7oMwFPmVGFHo3skynQRnOl5xsUGYHt9kzKPPvrIzU2cX9vCbt3au29HImVRqnXccDyLx/SOrz'
    '/pHl/SXJ68f7y7wvk7x+PKjM++OkM5YwfGVx/4cs/4bPLk15k30ky9+nGCvfu8ib/6VPXu5X6iM+/Ro06NetpPyWELKTGzTlTe87'
    'e8hYt2h0B7GtKxR5X9btf+hXmPspWX4taQv1z9dr6JKTDPLiOXq8T961rN42g7xYb3PSxbVh8QPq7M6ugAxW1v3zhFenpZvhhJ8o'
    '8vQxOHjBJw+u37M+ecYgz1OKPMOsP08o8owxHdaHFXk4rruP5FHdy8k8n/bJg3D9sYRz329zNyXLfUBR90GWZxfJk9fgm20kj0ru'
    'XPTZ4ZMH8Xme5OnT2DxfRcZqyhMWbfZI3apzReb5E0WeMXZmrPHJg/WcTPIMaOBjCcmj4uGK9D8ZqykeLt7/+dSNsFfjkwfPnISi'
    '/bxB+68Kb90vs/ZfIXlU918Yj7baR65alP8r8mxmef5BkWeU5XlakYfTPN8EvRqb8wNj1NqUw/Y+I9z5N+XLi+c/GYuKJ5Z5Pqjo'
    'U5AMs3j/T+pWnWuNMLZqnzOqEfZOteZsOh3ydPnkwXFc4ZMHz8ENZB5N+fJG0POcFaFsVNa5VDHvQWepLDePjMFUton8dYMlz891'
    'Rnk82eWiNF5rkD6ZKg6qaTxTk7rj+IAsbtynhSDqx8IunmmrcTzToLVphPP/unid1OskylknYRTfTxcbNmWpE0pjLu9Evf9xO3iY'
    'Cn2w1Z1NhuhjEK5LEVw3x6LvOG6b/XdkiDYetWzDNP6wqq4GH/iIqjyeX3K+MfZ2A3xPwZpVw1lfhbbssH5NoPNOx/uxwu9eJU5L'
    'HtYP4p3/dkD7jWd8/Oabcb+R5ywR4mkla46wYLp2frQMjwePsU5N7H7K6VOLQsffDw9h/2V/L2V000maMS4i46+Hf9eRsc0S7r35'
    'YiizltWxltiH0fJZRXlabrGwi39+NKxDFH01bZPGqU2TcvWwFrI9sVuIz/3IHNfMBjxK16eKnQ915JwuVP+GLQC3NRpmsk9TXyAq'
    '3+/3EPuw++Ddh+CdzPf8fNALgXlA+MF+4ZoW9UJhrag93gpIT1fY452ENots3lVnpupdTE8G0JPDgSShzxMcWprvFR2uSivO3VNg'
    '7bsh3W5Js+ny1ZN8s+GHNFbU9SOuPjPhyAERRyUJHYFnRRfIZ+W/D8h6DdvjtGQtwUd+ZyueQz2s3mviPVKyR3ZdJ8p5kkE7qIHB'
    '402EzozX/fBY9xZY+w7yrtlHnrY0AnlaK7QrQFZYT/iaYrkL9WcD739zCNq0ioxLAuqxMAdzmB11v0YveZjQl5jfT16Oc7ca+in/'
    'fSJJqY8CWf82RYr0vwkPS8eG9FPbSU7ZKxmtJNPX95fSSheTPFXjpXmqx0EfDexu5bsLIb00IhlsmpzwuvMN9ejQ99gGRWojF5hF'
    '6pqX9qZhZAymdH0Q/9RsWV8zSZMAB8MwfwOwDzNGuDaVSKSnOR26lGMYO/lzXRm4WPWk6jozewoMTSehYz8A+AnXOqHhzXC/Dfns'
    'IQ6rIwAbJnXTPZDykR9S2edywocJw35lAL/YykobWL4oZC1h/LyE4SuxnST8dHNL/dLQ8s2WdFszvNfJmJvhfZCfBo6j5pL8vL6E'
    'BQ6jMLQQ0uy4HR6kMiDMlyU0BMrNKA3cTOpFOLCtp4XAUCvwV0koc3wsh1XKYVV8gwKN7gpDEPvdmaQqDMdFfHAF3G1f5eABP9ka'
    '33eN8L2G7YmlTJ5ocn9WyTG2ftBJM7um7xgfvGP6jxF9tN29b3LGmJmAMaIvudefmBpjnoh1TYNPvO89PbXGSH3IdTOdvlqiLzUq'
    'vDEAOP1jQ6+p4K6W0IG0f7NEsN9ev9jR3G55gbDzgZG3rJ/KEoLyquaP08KrA/gCOo85ts46+lKlT+BH92I/TOlkObb/UfidR8qk'
    '4efHt+Ad2jKQzXB605Q/Sk6Bdvz4mjC+FqkcogbKpwPuHpst6a+5PjovNQo8EXa/N2rarQGVtKSCD3n5YXcObeUxgvGI6AP1qWec'
    'vrSQb3cDrv7OY6V4UL577QEn/fijgHt/6I8HTc4GmzvoVvhb/nsmzA/iSKyrScGzZjTyygSB0fie1CufOvZicSeg/nbjy0/3OdaE'
    'N+KyxxRZE797Q6pjgneIKjmFn4xatebTfV1NdC397tD8BY5ydoP1knrYXo/v4Cb37hX1YdKWMkc8F7ZC2iVK/UgfmfDmGWJ5WhLu'
    '2YO0LNKHtYpv6Pc+Teqm5ZqIDdIfhT4P2tf8X+Ft453w7f+QbwOsby8rvmHf/kVRJ9pXvUD61C3UvrmfJeW72Jik/c1TMe6KcVeM'
    'u4z1rJKwRiq6oobRFWJ9YW0/5fy7s6Pw745gWjKJdwSK+psiqj/N6tfyQFB/UJ0ZBa+8iegf1AOumwVtpWP4TsFUXWitEGhujtJp'
    'QjPLM/tzCpsLYXBmo07GmbB/2si7eaBfMZu8e0K4PCK+W93ujW2B92QYnxJjXp4RUi8hhsdDBx5bLNf1nUzO1BuvKV/TzsleU9P1'
    'tDlf3gl4oC7Euk+lx+KKOWVHv46nJP2qv4vWP+MhnkafdZ8MeSzCRjbArgRhKQHnTwxLalgKq7MQFSxFQs8yGDK1pbCpsxxZOr2/'
    'LfpOIvz94887ad333ftPHu+sHWKN3bZPXR+Nd3bUbrceVV4a7+xGqO+U59R5abyznQ+Bn9Unvfe1jYSfKeb9Ltxfwx3AfriX+Pze'
    '0rhn9N7ga9CHA3tL6w17bzAbdNkE0zXV6eHJNk8gd17LFbxkExyMtvpWNnpay1mfU5a0k99+SpL91ERoZhM7Gz/93xzgWtpHfu/X'
    'yNZmPtNlr5Sdnum8tTDeB+35moTXnq9WBNvz2fIyOZgv07vgRvib60k0KHQdGuFuepXFGk3EmpjakpnMhZ9eR4bB/ZWK+Q7SGabr'
    'Ts8Jeq9E+yHbudryLDK9Dz2O3XNi/hzRJ64jeem+aydlmiew7eYQfKBu7nIh506O/72K8VM7hHJ0pLmOc5AOiM28j15jxz+b6l+Y'
    'tl/VZzfPRyt0uamuwiJivxOk46HT3Ueb9epxd/4zljBG4TKGN3e91z00ufD2g6cPX3jDOnJQyBbuZJ23Ev44S849nAusrxvKVMFZ'
    'fjWRn8b6/8kk8q6FOXpNf/tXvv4/XaermU2SjU2KyhbR3q5OShmnr2EdCB+bQshMjYSnqicFC9NpIlwFPH9u0o1zcqUl/rwa6jg1'
    '6fIxtI6UCLYTlb6U2xifw3WMrxfmvr552V7GM9UmHR8olbJtVtk1/yJhbtf804TTj/g+QnkfUYa/lMA9EVi3LU9RjKWWcPVClyvS'
    'MHW+I+HsWZMzu1FTx1sKL1aSOlR7Z6Pwj5ms0tfvJ3r6uKdN6SAsZ2oTwOUhMxOOPb5qDnE/qr7p9PNt60FfymNALw5r6OW6WNfX'
    'T3eqkneOVuuP/jTeLRw/jqjPmxNeX/EbRakP6W7h+j3j+4rH58sL81gL54PtjMrnOj/Htmv2lOrc1MWlyhv0SX6fIbw++Km9zrDw'
    'xpdRxTibKbz+6zcyex1qE9XL6u8KKRuluFEn56sOyaNLeLkF0jrST26bgr7VE4pxDgm1L39b+5WcKI1FZhI7RQez9F5ItbZjotSH'
    '/HLFunEf9guEl1bKs3Qz5J0rvDF4+DxRmzluF7ZdqG3ZRkLOrV+8iweSjv89Ok9dwhsv3KYtGsdABUtdwt5/QxSwgWM+2wc2Rth+'
    'PVUBG//J8iyD/tnGrufxiLC+OSI4XoIK39Uq8P+v2djpvcjypMO003l4KeRab5mia/1mi7U+Q9jFP5nI9X8l5PoP+qz/lwtlPy7M'
    '4lzRM3M7+7srYvyQnySYwbPjIoK/+zU0ErfVXSe8cbV05408m44MCS+mY8N+zROujTQ9i/zqCYIzlM+rYt9Q+Doi4fhHojGL6N6z'
    'gZm85dhp3i3EpmUyaZJ1hnhiVKjjsvWy+jqE1wafx/45nsDyNqGOgcPt9k3oly5R6g+4Xujj7fVr6Bf0GXwHzDXyJRh/ZRWLR/Ym'
    'i1iEb4J4J28nuPTctDoGDo+bIsu9VXhjvPnFteHx1c4QpTFcVXFW/Oo7g8S7wXXkMdhWpoPjv2CsljenS33pYZwfv5g0fn0NS4eu'
    'ZbF1TtOsiUl7Ye/QE2XwS9eFkI9Md3lJUTjSxCUa5tdBJo74kAePIu5CVHAkyrgb72Rwxe0ZRwn/gd/GyHnWCPI+1Nk6AO+WkPwH'
    'yBmDOo31rB2Uhw6w91jmCNLGTlHqgwZ1/dAHDb6bAfYvVKdsqcIezWa+Lglx5+7xf9wJS5fwl6NHpUvQKt4IyFOcB0V/hJ8+u21b'
    'NUTQSPW00BdAGHsUUx+DNmvZSvQo5fw0dbh8AMrb5V5v7nD/bu6w02fU9bsqZL+pbvNKMXGxCmj8kErkp7EyovKTmYWfic5iM4GL'
    'D2p0Ai4luIrqENnMyWqL/LPZ/ZRt+RainzQbYFk1ruUEN9ro5djizpMV+kEUN7+D8AoLWB9PYDrdpnNg6qsqCDYpnKC+UYsI9lVk'
    'u68p/skSHU6VTzcT25+k8PcRl7LE7VmSj/YtCt34sHj8Bs08dpExxz5VJ8enqg2sJgjO4rqZf36Rkx69zdWlwW+vvs1JzxvxnhFn'
    'jDnpP1yo1tvkdhCIl2SZP3a4egSV7ksupC6jjV2n6X5qI/mamc4+xQEXwplyNdN5CqOHqcLTVxIYQlzbK7yxINo361VYVPZDyxmM'
    'NTF50XCAPJjKta4jsq9hJpvCPJcLuxjfG4UbP0F319fN7tPPJP3oZjIzzLNSmMVt3qqQ3TUJb+x303HMJrLfUcNyqvnfKPQ+zWeD'
    'PEm1j88KgMl6Vi7jA5NXR3TeJSKgE0xoNBUNudySxrO1+6N2fk1MR5DHASoeLov05wdd32Z2ruj0DzlMJci+iAK31kXAu9VbrIGt'
    'rkNYOjEnXN3P0QCdBZ1NmY1OaCPori4OoUc3rJgLk3usMH08T9NH2o8BBU9D9TZQ3h2E+0zu1zkvQnlnlc3gFsUdPtcBCTMv5cSV'
    'oDQVX0d+tzequTtGuilMnKl6jQ5TcwR7u1mzDoOaO7Iedoe1ktx76fxJ9zC9nUXkXibMfe0AkbPOFKU+pZeVUV8UOOlcoffvjfIY'
    'uvca2VyNBeA0vA9cTMa+TZjb16r0FPkdlw5vcB0QXV2qPf8foI+hk7HGcfSmng/PdxE5EeJBG/wVr/PUX2c8l1oiOCer2DnJ9R2W'
    'E97ShCdD3a520MnhvtKpPlXYc4TrZNH+0rmotpiL2XAXQOemBso3Ex2ZeihHY2pzfyI1wi5mLtcdCKM71Az0Fb83nij/J8iDUzvo'
    'OmHnF2UZG0+9sPcpFxRDLSxPFsV9Wp2hziX6Y5xLYJzCfI9GR4/nM2knLP2k88G+Rzh+j+NzY2rSB18m+iRUjmKqJzgcr/0h6yN5'
    'mdD7WF8o9P7PjxbBPtaPIDo3qjwq/+jVQu/XndM0UcjVaiLA4dVCb/tFdbdMdV+7FPyZCi8jXp8Nd9ecj1Xp0Q4IM7szW/6zl/HF'
    'uD6yb8coZOSmdgZ9Fn3pUtCDVLaukmX0GMrAgmRTUfh4UsHUgEIWU/S5nNTnwf1bTfJs1dQjASWnyCO//T7h3sGYwAS3KTkYsjy2'
    '/+OES1Or5kEVe+wlA1nm3/rUmy+j3gcSLn+zNaC/HGa3EL4oaJ4OMrnlXT7tjlSw3etJu1HVS/uqg/1LEg5fxvOobFvHFHiK5ze1'
    'bVDJyUzvDrgd47FkDKOH6Bh+DTyJaV/96qfj3qqRR/6Q3OnazI1fnXuIvDSvmauDCvymsnF5QDi+FrntmekddI+hLIWOi8t4BxTn'
    'XFCdOvuWXrbvxoj8ZiLaHSK6DPMmYbxS//M0w3uVvOZOUNU+Hd9Er+WQKD8u32pRvm8qSi/VRkAvzdOcGX2GdKRKfjgo/G3FdgCv'
    'q7pbGdWsaTdLJxKH2+B3E5xF7TnpXI9p6uvV4DDT+Z5HzputCrwf9fqG3SN++r9R7ptsBPumyYIv5PT578jd5QEF7WZb37+R+roi'
    'qO+7ZHzUBtekHln+b3zGF6a++0HvM8x4aNsH2X7r0uA+P90L2Z/3Cte/W7nrV4n+XUPk3b2s7h6NjtBWizt0XJd15Pw4oJCXV6rd'
    'hT539X0BOJTTsTOIDkhQX03u+1E2fKxCrqTCpWNlnD1+8xVG1lcJGiUKXFsv7PwuXUzwTw+Dg4MWMrRRoq/bIsrzO9UINjtLDO9l'
    'aTomzGWgKl7LhvaNgsadCjCwM6I120Tup4cNeVGVPwZ+xl56iMDCEiIDNtFZ4HgW16OVzGOfpn90bU3muRxYpTprGQK7ss43+eCP'
    'fAj8cSLRCelmuqboU9Lv3FHpmwXBANbfFFLnhN8Z6eJ/R8GDmtzx9GvOddxPJxMcMSr8fa6NEjoiCj3MmaSeYQt6ZjDgnkrSEblE'
    'qR5I0vJ8jn1yMp+cu9641gVzh11WF8VBjnVt4D8dIfxvDwH/AxHB/zsigv/zCF2/Uej9ClI8OsTSzUQv+wjFfJjeiepofaq7P2Ax'
    'xs0hzo9BjT7xVLrH94Nb1PMzjXnE77HGRKlNHJ37Mc09mWrv9FjAZHeALIvejyfZnfNGja56i499BLUV4ncf2yzP4kQEZzGP57VU'
    'eON5HS+C43lRmWOl4mLhPKjWKWpbf2pT/K0OJ32ww2n7KFhj+e5L8O1pSL8K6Ssdavnm6x1euzFa/nVI/7WjPHqX+mdA3/5zx9U8'
    'ezLCueL21w1Cb2NN4U/aZpc73nL8bU2zB6dxfhk6coExBaLm+yUcXNJdCrvSMZdM77hXDxdVPrIplb+CB/PgQ+BeB+bmK75ds8vd'
    '69UavnVYlPr9luU+e6WTntbtpL/c4d3rmOdUlkdni4CLoRtjGBoUx/uzPietVfhLyHwU5ukOr87hQ/c66a471DRLJXS9sO3NMG//'
    '0AM6IopviRudb0eSecdvYr37Nz2vi34Re0rrpuuG37D8rT16nIU++WfCdx0sZi+Gc2S969cX26uFtfn7SyA21+XeNXorjGl1n3eN'
    '8Nu1m/TwlSF0YVLYxwcOu4b8LKj2OUNUfHKDYo9TvHEPnKODHV75uGofvARzdfzbvf254wOQdpjBepS0x4vfc9LXHvDqE38evn0H'
    'Yhm/+FVXnxjjEo9CrOHzMX4wxD/e/bgXvo/TtDkRNEhYuRL6IeM20iofWotD2BSpcO5cYRdz5aQp3r+TJ7h/UcWPVNHXa4R9HOyG'
    'AD73Pkifn1+6D2ztq66HvYQ8cmnMuUPHP1XK/Enb+Lzq7HTmqxI+r8ZDPI0Ketf2voHuo4V45o/r6bwgGIr9pgX4TasgDFE8s5zR'
    'EdVC79+D2vjwPFgXlRmOCK+fjc3C3+dAOTjzTDG5fpOwDzS/7rzifpZU51xzQD9TZZw3ujMS4+deGRJXcLpv9x4nfeoZly/Ab3fv'
    'A7rvMZd/QRpO0mwy/fijTrr2h1569pPPQp7vREffrSV0nohwzutJv5fBPpK+o2e2l9ZjQoeY+v+OgudBXB2VfGo6+oMXt5QRYzZh'
    'lsWGDrxHQa8lIF9Mr6l8lI6npgu9hnbZFJedKLyxFk19i892xERvvKOybmlIjrFZdPh+MeHhZX6ZPqrJO4/UM2t/KX8/m3z7OeD9'
    '3fu8cqQEyBCe3OM9Lx77vpM+90y42Ag4pzbz10pkUtxXvdgtxOd+VLp3bybnzITdGSSnIU4uI0aH52kPry9hs/4tZdJaHV926apG'
    'uIdFeurx5520DvbA95528gyS/dn+JMQY2qeur4fkPWq3W48q7xUk741Q3ynPqfNeQPK27nXSr+1V5z2H5N35kJPOh36n95WO7TTh'
    '+iPYCfLD14Ge3P8wyB6hnceed/UGcc6+hrLGvaX1HkP6kAY8teoJdX+PIPWJR9R56kl9FEepxlSOjUoTwxklflIT/jSMLQ1ykkKG'
    'MBk+iWx8Dy1nfbbVVQmc42RxCO1RzHFMlxucAQHz7fsko6XLo76LagV9E7r+vbD+6Xj9U4S3CseXBTFmEfNtqvM8D/emdw966eP3'
    'bij9Runjs3aUfqP08R/gTjKtuB/Eb5e9t3x5SjmwOM1UWFJMD6VJRI+QAnVcyrGNovLJVnK/HuMgAxyU1HEQERxC8RkVn1GTdEYh'
    'v3Lch0C3CnSJjrjZST98l3OGDJG8u+8szfvzm0A+BXl7yVmE9cr65LerqYzpTre8/PY28o23v4HKjVh755Fvx/Q76e+vdL6drfhW'
    'f5XzbTX59hnQgVvV79rz4LeD7NtSqje0vnR8CxTfcHzzFO0d0+899w+yb/Tcf24r6Opd7D33fwrf/t/743M/8nN/VwXP/V3xuR+f'
    '+5U79zNlnPuHipxnsuyQDsU5SojoZN1RyrmvNZBzv81Czv1WCzl3p4Wce6WFnHuJhZz7aAt59EwDeXStgQw8LI0QtS6LqT5EKynX'
    'SPQxZpE68a6UyrHbhOsrG79Xss0obCNzojwdFd6/pYrxLGL5MR/XnVG1pfJHZWJXSm1p0d7lWGHuW8DWnjIoz6tiYn3rzQb4UOlm'
    'qmISI+02j9lu4L1G1HEOJgN+2gzhpxw/eQhvc4Xr88IW3qgNNfdlNzZN4Sh7CMFRg7D3j0J9w3D/dQdD4JzRaQoHh9J5NEuY+83c'
    'LoJ9hDcSfeltDB9wH1D5abr+yTLWP/YDw+60P/0Gix/CD0xroMBItxZRyQV8dRaMRN5JET/02UOXtDNKuVCsY2KwH0U5ut/BFzTl'
    'ykoE2FEseswr9//Vt908Ufmk4zKa3Qo93FGiexfkLyCGz7LhswwdqGSk8BnqnmD6HuopU90Nu6fTSi8kPtun8tNZ0bNdZwPY1FG+'
    'DWDRhm9rab03gH7Zi8wHjolvm6VC79uG3p1zXy/07pz7eqF35++DOg/s8N6dfwF8alxyt/csW3EF+Cq9qvyzTLcezbAeV4fEuaa+'
    'KyphT1o17sp4o6BnuE8VuhbcF0tYemY2Gw/1g/498J3ziQ3hdMRj/14K/167yjgDd9mfcckpDOdoW/ff4EfuOPLuiMu9OE3mk+m5'
    'I16cJvPTbxSnret10uuv9e6jo/Kl32JfdocurJeD02Mdn+mpu5khNA/GQ9Gdr2vJty8znHEq+fYC+Ha7sK/Ud3zR79s7ga7sdn3H'
    'c53Mpz/q2tah7oGk72R6QYfrB66R4GHebpHu6ygdG7WtQxoP8wT5Z4vxXFl4bn4ZeC6wbFR6jTNjvcbDTq+xHPqP+xxaJPSxnDGm'
    'yLAojVFxo/D6Yt0oSn2xDpE86DNpkNWzkeTJs7Z6has3r/P7ivVcCvMTdO/J42W+md2bq2K1qO5EVwnXH1QXG/cK0l8ePwR9Ri0i'
    '9+4jCl0KnR/8oH6hL2zbWDFdQu/fcwmhw2zjYKBumA181jE9zVyALinnYTl8L54CusS6PdcKODoBeBx9n3A9VqozkKjg/KtwwLAG'
    'ztcr9pwurg2F/U6y5zYLs5gXstxJwEuqYpcOWOg8jDI9l0G2F7ZZ6kSMMp0ojKVwEqSn+OhETEVYRT3pOlG+n+uivwrQ5/2zp+3K'
    '0Tu2cucjrB4XypDTsIaCrZssOxPOqIRG7yQB7+oMyqPuLdWvl2UvJDq7FBfK/O8Wav36qydRpxnnjeunmcaE64P5TiWiiSX3a2Ef'
    'x+5lUZn4czLG6xxhHr/GJtYNtvE14BlVsVH4OO8nZ5KJzvAAo8/+pzCLNeO3RjTmznsjqg/9fY4IN1bqqrSTnpYurf/MtJO+p82t'
    'fwXk7YS0A9JTIV0J6dp0ad3yPdKkqNu7LqC944Xr8+wc+HZbm5Pe3ubV8eXlKU2qukdY4SMfWSL0vs+OI7KMUbDZeA3sMvY84+oU'
    '62S5M3xkuXUKWXFOIStWxQGKArflysRtmJ/aCqlwv2m9dH1vhPRHIc/voD5FNYfZMukMVb6akHTGIyATewnSVyHd3xGO/omqX79b'
    'X/48V0dAz5mMJ8g+TudXOSg2Nr938qOvo6B/a6fQfG0OMV+cb+K8ApabTF/RdA5SPrhmNqGdE4SXxfKpgPJR2JMlKzxGvxgNk3VO'
    'URgaZDTpINnLQXRWXujj3tWU0bduoY4z2WWxv7g/D1l+ExtrH5NxHQu8v4nNFKV3+T7tU8gwKH+B+bYHyNjKjfGdimANtlvMeVSy'
    'hrDtx7EWVP6fnadSsRZaYX/StblGxHYtVE9513VlKUr63hxx+Y48U59ncnkR76F4D8V7yHgP0dhRcj/9OuGeWXjPRePKzLE8q5da'
    '5Ef5zVGWvAWn73otymNMRttxLbQcF4+PE+OeGPfE57f3/M7G53e8h+I9ZHV+54QbR9bWjoHLpZrJHcxSpmO3RpT6C6gW/v4CypGL'
    'TCX5Kt4LmspFUe5VrsyrPoL5w3vXg8LOL4rtXFJdEpO75UqulUo+lC5jLoPmzFZO10rW2yZOYEMZYxhS3MfjmkkcsEDRT7rPTOGG'
    'tmXiK6eLyBexP5QnCZJPjvrwAPz+QDUOXme5cBbW51bQOPs148mzeUM58Cw2P/0ivF8tao9E1xd1FZqILttWwzVXyYB18vW6Csyp'
    'rV7F5pDy+BOZjHdEoXOK9Zvqt/RZ8sdhdPtWg/4J7Xte2PnAomst+eX5FmPcqMAlfF3Crq8K9qK6aw7ax8OKPRRUZkgDO70+e+aI'
    'Ms4KisdVuKXJYq9TmEO4qg3YC6hTdSLo+KnowUGNnrofTI0pcGZQP2z2pE5Pp12Bi1W4O8nu8Dayfg+QtBHKzVOMweTMpP0aIu0F'
    '9VdlG0/HkCb8iOnZzeF7u1D75eO2BKa6iAM+/VfRWc1l7J1tpC2V3fvxDMabyRnazuoY0qx/bwCsISxhGVO9081snmqJ/vuQ8Pq8'
    '9IMFPzySZnDer9l/Iz72HH531YM+8xSlnnhRx7DdjteeoaATUK/Qxj4hQeaF+mjS2cSpfHMsfb7UX3Q70XNc9R3wowF+s+972qUD'
    '0S8jxnb9zTfs5qwNyv12txqGotS/fnhBOBuVmfCrEV6f6OhbUecTPUr4yl7spF9a78IL1bN59RaAgYv1+hQ1PjYMKri46e1g73uJ'
    '1494bZ/7regv4fLy/KVkK7AnBcDXh/e58G1T/qofgH+bvdHJESjcy/1StAV52MxPI4d/WXbGI24s5snS69St3Qz4cf6e8/mmvEQf'
    'OyeCbBN1tJ3p+TEi1P6dezU6lrVsrEF0sQm9T8fAda/6FHOr45nlnj5dlO9bm/IuA8LrP7dSvm3peT6ksfMooCtxeQRzH4UveRM7'
    'ldEJmrd+YW4D26uxQ0kynIQwloA234iJ2wmuLhK7lLcYOeHG1e1Hmoelw0JtD3gDmwO058SUx6ffpkmXC9fvDsZ46GRnI96tYIyN'
    'eqbP2gMp7tEthAfnthv3aeYQ92gLrKEpXT5myPuEkVM1afQ4txjIUo6IWFak0g3NEJm0iqZdyHDjEEv7FLi00jK0ZcKNM7BNI8cd'
    'FeY2u8Oi1PZ4FjlnRwP0dfvY2UbX14QGbyIw4ncHF7TWpnIv1fl30Of8MznjVfvvwpDrq5rjUaH3WeB3j4p7cIbmLmOLZm11OFvq'
    'ULWxuro1Z+ighQxvRNOebGuuYv+byn/yChrR7yzSyWzlv3W28dsCxtLLYI7qZON7P96a6993s7EMMTkh5aleABut/4T0wQ7/8VYJ'
    '155a4i38dh/Zq/eJ8vwd6HyedIpgnyenicr49ThGlGcHjba+1G9BX8Ae3i7M1iLD1uK7C9y1+O4COzrvtyBzaYL0MfDvfd1jbrtz'
    'AU/XsJ+0/5O2f9LuT9r8DRV+tQUk9/X1hX1U+PcdHxDipx8wV0YJsiks0kKQynZk+nWIezoI72WbxfikH3D73wr9r2a/xwtlvlX4'
    'vV743VP49RZ+FxV+7y78Li/8ru0w7/fj0P63IH0d0nsg7YX0IkjfDenlkMq2sL81ZJ1riRyotjDWm+4qbbcWxi/fU5yR1eAMxAOf'
    'hbivp4Gf2l/u8MphdbSADj5bYJ6z7Le60MdXbinMxTuEuGRDYb9dI8SvLvGfz9UwrldA5iTLFv3pQgx7WUfRH/0lwXAqYWT2gIP7'
    'JN6TOO8gwO0DkD7YYQenCHeyXh1eLcbXZXD8APv7QbLubdD/WvabdW1h/sccWHoc9trfFn5fATi1hVc6Dll3kdYaK4XXx9m++1tI'
    'v8Lg1gSO0wQe5e/FQpu/6Sntx4vQD/leFTMa231F0R/ui/Rf4NuTAWcb7V+a9O+Y6wvrlC/tn3xXXL+8+q7l3/7USavv8vYn9wH/'
    'WMmq/qCuThJk7lLeTvvD5fBh5IK83VrWroz1KOWTtF2M/yjf27SLMSYvfSEa37kqv9S29eaEN5Yp8uo0BmrQ+kj5qJSNCh+ZKZcz'
    'rNtXvl/r20HmvOAxr69elEeveNILj198ENLd/vCIfsFQPwHthocfce6QOp7z4pPhR0p9V8g8NnCCsUMlnMj0O4/BPO62q2fXN+Ec'
    '3h28fqc8IcTPHy4dxyngc0O+DwPnu/d55zHD5nFPYQ/+uDBf1z3uncc9ILf/McynzGPTD8QP4hnv+HNs/K99w4n9Stt/7RtuTFib'
    'dn/61dL2dz5eHoy/uNeFZw7Ht+93YcQPjqsJjk9D2Sf3OOkVP/SeNfjt8b2l7dz3da9/WFm+SH89qs6rkmkmiL4y9un0wj69ovBb'
    'UxjnVY+pz+rTIZbvFZCugT0m89us0W2wN6543Enf/8PSuML7wQ/Yyw97YTjHYFjyC5JXoOcT9pfyEmHOqscgHvNzz4T3Y8Z5pxTj'
    'nb6wz+3vFyzv7vY/7vJOlWyHwnkQLpPnuzzb6Tq0hbg7V+1Feobz8+bSr8N+V+xT3CMSJ5jSPw2EHlsn9QMeKh3TOtAZkO8p31Oj'
    '4XuwL3/2rHue8H4OQNyrbz9idi5Wsb3wQKFPdxb25rqHvHvhAejvnbB31z1kBwN4j7vqBbtyf/Kd0rjld+8LPg+krsbd+0r7T/U3'
    'bNq/E+a0fV/peswW9ucD4lWZJvZ7cSDGfJkhwtEM677t4j9Z1xzSz7B1/fhhL0412QOcFh8t7KHfMxplFPbV7y1pFBVeDnOOYCy4'
    'B0F2tPir+vNDJ0esGnfHI/9difgtSHvPA1lq9bg7BvnvsDoIOlyvGxPlX9Bvm/S5NhH9/f+WSyPw'
)
