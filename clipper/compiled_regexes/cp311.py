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
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 71237, 1360, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 72597, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 72665, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 72743, 311, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 73054, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 73135, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 73225, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 73301, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 73376, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 73433, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 73480, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 73519, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 73558, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 73732, 97, 1, {}, (None, None)),
 ('^\\s*by\\s+', 2, 34, 73829, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 73861, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 74826, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 74906, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 74989, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 75038, 105, 1, {}, (None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 75143, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 75228, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 75385, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 75433, 207, 3, {}, (None, None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 75640, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 75764, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 75868, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 75916, 77, 2, {}, (None, None, None)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 75993, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 76260, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 76298, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 76327, 44, 0, {}, (None,)),
 ('all rights reserved', 2, 34, 76371, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 76430, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 76468, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 76571, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 76660, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 76812, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 76893, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 77064, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 77117, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 77233, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 77357, 60, 1, {}, (None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 77417, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 77516, 30, 0, {}, (None,)),
 ('コメントは個人の見解', 2, 34, 77546, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 77594, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 77638, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 77684, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 77716, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 77764, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 77816, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 77856, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 77892, 24, 0, {}, (None,)),
 ('구독\\s*하(세요|기)', 2, 34, 77916, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 77962, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 77992, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 78042, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 78116, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 78176, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 78228, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 78258, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 78292, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 78354, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 78389, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 78435, 48, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 78483, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 78509, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 78535, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 78588, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 78628, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 78670, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 78720, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 78821, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 78875, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 78928, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYHMV1cM21s/clCS1CiAUkIYEkVoBACAkWUADHIInLYHPuMdq1tNpdll0JycIIA77AAePgI3bi+4/BAnOYn8uOgQASicEG'
    '2zgkJBYx/m3xJz5+bAfbJPtPTb9Hv3lT1V3V3TO7WnXzDaXtrrtevXr1zkYhRFo4j0zH8082n74f/m7I/xKQ1uR/M/K/6vyvCdLa'
    '/K85/7sC6sC8A/AtU3jp/STZ36nElHoK05vsFDtEiKfT41vap2xS+Lct13ND/tcP69cL65eO10+CtLhRhHoO8/z6Bf8Kmpx1LDxt'
    'sBcF7NcGWCe5H+vJPmyBf8v9PDvjlHsv26c26+y37vv4kypMzPUFdFYdaJUdUPH4blCFxfrKdW2E/LUAH4izJd49QGbcKcSXf+yW'
    'kXDUnv/HIihXD++xXBbLrcm3/XkHt2c63PIz879Zmr4iTKn6GqStVujvb/O//wdl6kh78vkf57h6+xkfv+46QfZJD9SF83g5zFUq'
    'AF5LTEG8tuPKUHgt6fWxGuCTws61pCDCTsIHzuN137fXvZWdXxIO7gJcmLLAd6HPq9TUW8cC0ix6dkSziKqnvfRVfFbFZ1V8VsVn'
    '1VQ9q1otcVwDoOT2J5z0xl1O+uunnXTgbif9/jNOO/9Iymx/3knfeshJd9/vpF950kkfftEp83cAY/LdL6510mc+6aQ/fLeTvnqB'
    'k/cBkveljzrpzo+q836N5D14p9tPmXbc46S37XLy/jXJu/0+J50LY07vKh7j7SQvnxde74dI3jYY94NPqvNuJ3lfgTxvPabOexXJ'
    'ew20fdwL6rzrSd70biddrqn3EpL34R846QvPqudhHcCRfLd1xElP3lS8BmeSPHLxVG2eTPI8CGPY82RxW8tInkdedNL6HxTnWQQw'
    'K98tvdhJGy91vs0j377a7aTn3+Z8m0O+tQEsZXY432aSb/feXPytmXzjY6oh3/i8Ubrx6gD35DZCJilxdML7zm/bViPD57gORwEN'
    'sTj/W6LAPc3A52uD/tE6qkj+ZqiDnlUtJH8z1G9bT2uUc5osDKXda05t24t5Vz68K5859z4lk6EvC0izV1c5a1XYVOPO2nVBFVWw'
    'dpdSGseWzeYzkKgfMcFPO9kfQR6KX2rGnTX6fP7S9deZeB9NRh6wDb2pO4drPM5hWzkC7l+Key+1uKNM8ScJbJe5gTf4Dl8RXiwX'
    'iHktMa8l5rXEcoFYLhDLBeKzKsZZ8VkVr/sEywUkLPwsIH0eywliOUEsJyiPnKA1lhXs17KCmKc5+WQDdH+2WO6TKrgLJAAWub3C'
    'TMafpHrPiCvmPuPiadmXdyi+PfWS8+008u2s8530nPOcbycpvt1yhfPtOPKtdo2bpwn2Dn6rY9/mw7cFMA6ZboI5O4R8G2bfcM9i'
    'OdzLmAf/biJ7Duvxyht0nVqhDKeLk+xOVcvWKmVJO2Wgvyugv6vIu9PWO++Wk3e/zznvjiXvJB3QBGNuhHnoJ20Kjz43wUaaQ+Yt'
    'DWOgd9+kz9gz5G/Et80E39O8iRA2AGmLPrVAv+SeOpzNe5NFu3IcVbBnWgKUvfHb6jP9XQHP2Tp2PlQRGJLpi1vt622BemzmNhvR'
    '3Mr+Bp3b6udK5xbn90wRbB6qCb5V4bGjPfDYAgs8drAFHmuF/stvY2SPy3REFNOT+K0K1ozjwRoyRx9IBIPBKrYOC8j81UI/vgYp'
    '7/copD3QtzqSp4+MH/MGwRX2cr3klOcxFCY08OMr1rOCH5PzVMLndB+4W8Hq9MNbyPt4DHRwUB6MfNAjSuAmuV8/woPHpyCadwSB'
    'rATZ6xRnnUfw2Tb27Z0E7yCuyMH64Xl4NaTXAY7DepD2rVGUp3mOIfTUynRx3aemnfSG2W7dK9JOubmkb1tYn1CXaCnpUzcb23SA'
    'U9Pyo+S80eH8Os3+WRjwDszrWRTRPQjv7JQ2XgTj6STv5pN1xHeJDufd8TBenAt6hg9C2gvlj1LkHdPkbYex0bw5dk4hL4jm2SqK'
    'eUG8PD276bfl6WBnn9cdMw3tzGV3yqWQnihK+VbHIP9KlPKt8NsyBnMq/Kt6h/TeAZrvzUBvmeJ3FfzzeaiC+asitMp8H/lHbYQ8'
    'MRO/A8jPPBb6V0/gmO8/hNWEgp4aYrCc09BTiTKPxbY9umf7yFh0sJ0keOOzafduXUXgrBbaUbVJ+yjLnsro+xE2n8Pkb68zpxnw'
    'Bq0jR+hfim9yBrh+gKReeU37NMzmGu8Sh6cd3Gjar0FWb7dF2VE2P3TdaZ2bFTAt+/pmyu1rnwUt0KO4R/n1NacYn2r8ur4+l3L4'
    'OUgv0PZOBpriA4Sm6EwXp8sM6JBTDOpdxfIcB3muJ3mWpYvzViNfCvLeONtJb5rt7qE7Unp4H2ZzMkLW3wS+VDDRzc7YsXz7p8C7'
    'DjbGY6DfO2a7e8RvTCbrg/3xWheTtmifTfKenS6mE45PObwYW/gfsdijQxr8McTwx7SUw1OU7zZqzqJRi/a7NTwE3u7v8kh8Niuz'
    'x6d+1b7dw95/eU5x3/uhvZeTDs2HdCLl++j2QS/Dcz+H9KdkTLLuJ/N1H1qmddStJ+2b7MMXyXxuCdFOzuecwP17U9LRZ1LNIz8v'
    'RzT5en36J9vZSNoxPctV4+n1Gc+5pB0/OOghqd/8vsHOlRPy7UwLgHdpPtxDc5MOnWY6F7zerT5zUp90eJ+8Dzbt2a73rxLOmCgc'
    '8373WtBNfEw/Tjh3GLqeHFf1K9r1ak/W+4RBvUMW+xLh5esG9ZrU18PuFXfkvx3E4C7H8P5YBDSsbGtbwuFtqNraoqBrOa9E1vFe'
    'UgffD9eQ915rfzGZS6zjVTI/tGyfwZzKs6Ygu024MgXdGuUUOLEgHzQo2685Q+calB1S4BpZZkbCuV+Zli3cG0kZrzWg7fxJuPRF'
    'peg82e6/ElrPhEZDGnpFOjx9KNv/NpEZDbE7YY7RJveTvF7zKvP+LdHpenO9k67ugLs8pI+ucfJ+jvBFTWksWe4vCF9Cd++8SZGH'
    'w8t2kkd3z7qa6B/910VOesb7inWzNpA8d4C+1ynbivN0kTyzbnPSb4CO18Wgv3Yx1V8DHa/fPuWko6DrtZbk+Tjoei19olgf7AzC'
    '7+Y45hTCc7t0bXEfl5NvL4Eex7o+59tS8o3Og/x2JNVb63XSD4F+weHkG5+32eTbRTcWf5vhoSfX6KEnR/m92AdbvmcWeOcmMvJZ'
    '49468rxPs8aL+4T6LAcTHpNpP01oFj8elYpvnhbh+F6Ux5cSdn5STfn5QfvVwHiG1cAz7gJ5zQGAg8YN+lQXQZ/KeT+xgfcDA8C7'
    'KQ/Wbw+0kPXJkPqSRBfAax2qI1wHU9oontto5lZFO+4vc1szAXPrdRfaX+Y9W+Z5H4rxRFnnFHFyjCein1sTvk8879HMuy1fbH+Z'
    '93RE807vvvvL3NVHPHflknntL+uRqfB6xHBuN69Rylr3l7lviWjuJ7M+0P6ylg1lWstK6onE+85urSazblu87+zWslI6UfvLulRF'
    'tC5eMtWY9rWbS5WMN+ZBBJvDcujQxGsRbi1MdIxinBFsjvfHM6yuDHMYpT7r/rIOMyNeh/3Jdijeq3YwUi6d8P1lHWrLtA42OvP7'
    'y1w3TsBcR2EXFvPWzddnomyNYnwV3RoFscuJ598Oh1XCbim+nwdfE1P7nZg/Gt0cx3qI0c1lrCsXbk7D2t/FfDu7ed+fZYJR0RRR'
    '2yXH955g818u/wYxn8BuPfYn/y0x7TQ5YWN/WZemiNZlqvm0ivelHV+q0j4RYtsK8/XhvgPiubObO+pbIZ47u7mjvifiu3Xwudvf'
    '9m5Uc6jy7xLvYbs5pD5i9pe5S0U0d/vTnFVFNGdefqjivWs3l/vj2RHV3FEfV/Hc2c0d9QEWz53leXtzTO8FnTuVr754Du3mUOXL'
    'MJ5DuzlU+XrcX+YwCf2YCT86LvSFOQYp6ujwmHDNRLdzE8nLY/5hX+ncHCWKY/22kH4Hies5U7hxMf3ikQWNVdlqcAeR7dwpXB+e'
    'GeCrvjjXjWONc7eA6UEsFK4Pz1lMp5PbJ2y1kIeibXK/CBe3T87xcQxW+JgXKcZ8hMGY5wjXl325xqyKP9RqOf4TROlexthNXrHy'
    'FijK+bVH98tiSKe1262ZaR9bhX2cMR3eWyTc+Ji2Y6YxlZuhXvl9BpaXhc4Xgh6F/GmCdV8viuPmXklkIXEcQR5HcLwwFeWMI0j3'
    'ndwT74P3J8XrPeXXe5qwj/ON8YobCM1RRPx4wMNbDB4yMTxMCnj4pHDi5lA7Omr7yO0qg5zzfrEpxgi+Oe4xJ/3F/c63QfLtrBEn'
    'PR38tfcBza/rO+qamdiG9gt17IQ1hEbitiJjFrqGvaLUvtVEb85v7mQsxkM0/esV9razA4Zl6H0I7zRePtfRd2oG9jmlUaif9CUK'
    '2sPm7pEg9VC8pvNdH+aOE6Qd9DuviyWqihfaobkfmN6TMvBN+NDEX03Z04cz4a6puoNgLNoceYcx2q8k77bDu0tEaRx5vBtdQO4x'
    'e4QbJyIrim27Mbb8WcKNC9ylgfEuAxg/XrjxRPcY5D+S9OnYdPGYDxdu3JDORic9AtJ5kB7TWBznNYr4wXhfCXPP6mJwVcXgeO4z'
    'Tpre7bTzDsW3p16CWD0Up4OeyDnnuTGK+bdbrnC+HUe+1a5x8zTB+PBbHfs2XwFXCCeHkG/D7BveqSgMLSF56No2kLzDPnkpzyhr'
    'sQ7Iu6m2xFU1ljRehvBnZH9XkXenrXfjqOC730MMkmPJu1eedN4tEW78m37SphcuwvjRc9j9oc0S/2VEcTzlKlIfz5sIyINpgXps'
    'cHId7KnDFbS1zZ6ugj3TEqDsjd8uxQeyT+8KwCMw4bm+uDUY76Hecm4bIppb2d+gc1v9XOnc4vyeGZAH00jwrQqPHe2BxxZY4LGD'
    'LfBYq3BjS42JUh+KlJ7BbyqeXwupT87RBxLBYJCfkwvI/GGM9q8RnrrKHyDnqdM7zaaQ/NqGknuu35NMTOXn7YtO4Cftm8OWL+t3'
    'nkr4nG4o1zDFW60AT4/BPbAN9inGqYr5Iyr+iPOUkz+iklOcR/DZNvbtnQTvbBLmPg+2CZf2rVGUp3mOIfTUSgNbkBUQi3Eu6dsW'
    'YeYvlY5tOrlPmZSnfv10OL9Fs38WMhmIzp9UGF6CCS1BeQlheQRcxmlSPqOZnyUe9K1u/KZy7viuF9/14rtefNeL73rxXS++68V3'
    'vfiuF9/14rtefNerxF1PZ2efARyNeDULsrHFcBbyPZaFs810nzcA/UjrtJE743qeaFHGisboix632bT/MxZjPkNoQJP1sJEz/l8N'
    'bbkA52LcXZuXRXH89R9Cu60i6icBg0+lC4PHp6ow9MI4avyqqPX6WEf+XU9mtrGpWLOqJboRJdmL5mZ95narqquNcXEyWN/b6UXO'
    '82m267HRk3QB1PZJlhw7AZ7mwANNWM4R34MLIa0Zt9chiBovNYAeRy3gI1EJIjaZmqzkddqYSA70dJpQ4b5t28KKHy09E87eIGea'
    '5KeoaI4qH5pjieaMC6OrdnRI/vLRTLfs4ArqmDURnqhNGUobZgx42UfHumqxrlqsqxbLL2L5RSy/iOUXsfwill/E8otYfhHLL2L5'
    'RSy/mMS6apSfUE9wazW7367w0FnLQp1UTtEB93odbUrpfLzn8/LHkrx0rNQmjpdZ5tEm8iRsaIU0uQtRWsE0VpTs+6cSxTSDKkYk'
    '5r0lYQdbFDZk+e2kfE+Avg6Q8rkA5S9l/bctf3Yi3L5fmfCnR45N+NMjRyZc3LDRov+zSbkNFuUaSZ/6Sbs0Twbq9quzj5X7L4Ln'
    'eiz6tFc4dvhB48vSul4ifdhkUG4jlNtNypniWlnuUcty2M+dpJwN3P4NOW90e/sOUvewRd0fInUPa+p+P8nTo8kzZrkGWK5PcZby'
    'ui8ndXdb1L1O0e8cy3OmYm55npNJni2aPMsMaIJFAWmCOYSW4e3OVNwn8Vsz+dbDvtH7nu6+hPxppAtUfq1M79oLCA2RADplOqEh'
    'kJ6wlauF5bl6+SRD2qValNq2N7B2O330zBsZD0vnH0DVVmMEspaZQMeo+IfIJ2hUwBnyB2j+RxU86iyTg5j4lDsQ+pUma0B1/NNk'
    'nhug3hlQVxOjIa/QyFhmkjlLMPySs+hvK6EL5VgPNcBDOcW+9DsrcmxPdotS3x0FWqzWGZssnwCZxHJID4W0ncgqZDoH0qWQHghp'
    'G6Rng0wjV+v4fAsyPq8xcJh6Z63D1zdtJ8r5W1Tr+rXD2NDoO2RzhO201ro+SnoN6u2JsO03asqzjrydly3bGQ3Yzndq3DVbz8pu'
    'VsCYis5SzSf1SyPb+WqNg2fonpkL6QJIqyE9rrF4D+JeO4zsMVnnbTUOvauDN5t9cy2pq1dBa9jUtYHUxeeUr8MYu2fSeNGyros8'
    '+tVj2a/VIeaLw81SRb/2GvaL1zUnxBh5XXU1zvkTdO694Lqw/6vd+nst7h2ma/Qv1f795+PoMtiPuA//nvXfBHfazP/XoX5bvOVX'
    'P/b/E9XhYRjr2lEdfM/zujZVl567qvuHbQw0mXctlFnKYrethbvMmglo+2xo+2iYQ0ojIf4+gNFQB/rg89nVDj0YdO8W9j+pY0jB'
    'l6HvdXvwj1m3jg2snUFDvL03W9qPHst+/FPWfD5yGrjcZdCPMZ89/b+zzj3Haz5s6Dsc3xdIvevZGbJZmPsI5PV+VFFvLoJ6RxXz'
    'MGZQj8qHYBEvJgCs8DU6x2CNgpx3J+TrPYiV6xNm/go5jPnpj80mY+gTpbF9aWpz5lUp5nfUcn5/V+U/v0Ho4p9UlfZtzHB/Yh3P'
    'k76t1sT15DFaKS7vgPQkdq48HHG9eGZ8KV/4MGEWSxZ1CWV6ejq6OMGF87/K0fnwi226IsKzuqeCbeJ8nwHraBqfdQVbP91YOiKu'
    'F/s7q8rhTVGaYlmjy8cq6Fo2Mh1EUqaT8WywzGGsjKhy9WP4nXShht+TJnXLOn6VKe3rcT7t/nvGbRfvuIezO2+jT7svkDqOZO1m'
    'IT3Kp47HFf3gfKzDfGi2b5A62jR1HOHTj7/JuLpaNmeXLHOrouxrmjODn+c7Mg6/nNY7FvCMK8hiFfX1CTP/t/wskvVdrKhv2IJ+'
    'GWBn2GpS3yZNP/ssztUOUp9JOT63g6y+2aS+AU2ZAYv+VZP61qbVcapV502HBt/9Nh1NfYjn9qRd2MU8pyjic6vO5hcClMV2n0y7'
    '9gCVPn8L5z+Zx1UGscX9ztS/iKg+nJ9taVfWd2ijGk/rcNnGtKsjc6jPmXUlyZtgeeewvBcq+rRMc6/mfTqDlOVn40If/H4C6eMc'
    'n/Es8hgPz3soyXukT94DPOrlZ2sdGesMxn+Y5zNPb6Xcdmb49Ok3Kf288D79H5K3zafef0k59IQKR/M7PsrAn08V2/sEOSdkPd/y'
    'aHtElPq3L5z/pEzO47ylePlLBu1sY2XuUIyxO8AYbyD1bGBnzKDF2XKVRz02Z9QVinFtDjCucwzmlPMdOg3K/Jz191hSRjV/VB8K'
    'y8z3KDOgKXNgysXpK9Ol56jtXS+TcnX6NjE6ke+nPyZd/QpbGJHlX/coP2BQ/p+hfBAZoyz/D0l3rLo1elv+55F3gPE0v5ksncMu'
    'URy7C9fvTkW9Kp5hgf4neb34gAX+f7JU31DHz1LxmG7QrI3fPhuE8lcHLI/7tCdZqluKfJ8/sXW82CPvGMt7jmZeTPHQqqSLh4Lu'
    'N1nPUaTPy6H8GkIrU7qt3SAv0mQzPPJy2rjWIC/WO55wdD6ilp3Iun9BdERVe6DA/yN5VDz+gi5molQP7jW2L54jeVQ0gMzzVKJY'
    'n9AERgr8f8U4xtg47vbIg7D/FUUf6f1O5vmsoc4sxX2y3MdI3UMafdwbSR6V7FDmeR/J06vRORxRrAfnS7zXIw/i0ysVfeY6hRd5'
    '9Af1o9ckSvUtOZ7/M8Xcd7M+r1Tk6ePnP4EhU/lxIS6mom6O22crxrqX1TNNAcM5AxjOeIxtTLgxxXR5cD3eUNjG5dheeF3o1x7h'
    '/FWit2rKO5HlfkDqHtDsoX8QdnsIx/YtUQqPoyzPA0KPr3AP3aWoh59XXyTjN+WlFM5/Us5UJiHL3UT6pDrfCvp/JI+Kp9IE86ir'
    'B8+fDR55ToQ8XSSP6uwrnP8eeU5Ku34gGi15ObLcqQoY8Tv30M59RoTyC9TFbrTk3+Adv9FS/sB1sVPC2ye2lz50EP1ctK3V6eeW'
    'S89W1jWP6SrXKXgQVB9vicLua45PXlu74FZhFsesWeh9zKj8zywTcYyz2G9M7Dcm9hsT+42xwX+x35jYb0zsNyb2GxP7jYn9xpjA'
    'T+w3JvYbI9gdNfYbM/n8xtQGsIeObXJjm9zYJje2yY1tcmOb3NgmN7bJjW1yY5vc2CY3tsmNbXJjm9zYJje2yY1tcmOb3NgmN7bJ'
    'jW1yY5vc2CY3tsmNbXJjm9zYJje2yY1tcmOb3NgmN7bJjW1yY5vc2CY3tsmNbXJjm9zYJje2yY1tcmObXBOb3ISBTa6J3SvGlrGx'
    '+0qBvvp8ZgtTb8FzpvGjBgnu5PGjRtg3avcxyu703AbRz77Rb25kH59jY+T4cYjhUBrXi8tB8UzziuuF41ymqKef4VQa12u9hWx8'
    'jiGe5bayzYblOI1F7VnQ3rMqtj+YMPuDoLb8tjGr/OzVazzs1YPapMf25rG9eWxvHtubx/bmsb15bG8e25vH9uaxvXlsbx7bm8f2'
    '5rG9+WSzN8/CXk7DGYW4dQDayRjgVo5ZU1MLtRam6oOdwWAfnsM6Q2DepMG+s6WBhCiOTW96n1nFZG2U96jjC9D3vNyAIj+Vrw0p'
    '7DVxD5vI57k8j/bFTwZXsCVPO3dslS7QsKaPJn4BBgk9RPvUpeBH0+9bLPSbwvSjm8lbP5Wfh07Wx14LWeZogPXqIrBB+1aJdeDj'
    'vyjtnCkqGSyVKQfZA4MMz48Ynimc5raZX74PqGxgNhmrzVyrZL85dt9pV8BQFD4oTGGHj/XVlMMTVq0L7bMpHK3XzA+XZaNu4O8M'
    'aRuvMdzrMYbBMo7BZF3eMIS561LOvVtn02tqa98v1LbxI8LchqRLY+c4psAZsu/rUg6veqJg6Kckv9ccS13SeWyeujT2PkNlOre5'
    'nU4i5chidD5TvNYsKL5br+nbIJtXP/0uEx0ROcbdSRe2bej9/klw7n0m6cgDEP5M+k7r26RZf5u9rcPlmzXy74Gkc0dT4RKuo91t'
    'YX88qtD9MenPWUnX55If3Wx73uZ89vxC0nZ/mWlyvrelLunCSX7uvJpw6lLNvQltYqJ/llOsnQncPJpweMjlpMP4fPx1Qg+LvYp1'
    'iHo9rk24PhOCjnmD4d7oTkwsbj0t4cjldHQD9sPGVlV1Z+TtziXt5izvcKr7H6cVVHNX8CWRcPwUBmk3qjn/GfCdy4Frn5d3J1Z2'
    'ryUuwTKq+eR60vcLdz4nii/wcTJm2z6oztRBn/YkDT4rAAzZ0sqXCPfc3BRgbwSlLwq65KAnGhXeb4K2ZwWAyVFLmGwQpXY3mzW6'
    '90mih1dLZN+y+d1E9j1DuL5UFir42y2W/M8q4cZ0obzwJOGFNxBeeA30oRr6jTIn2f4VoWSSU1tCWZjTEHzztEGeNqZPZbsGU1sq'
    '7KzBjSLUc5iN7MFPL5PvObrWNWQNM7Dnu4DXL4gMt4boIWE+qZP/HoN2pAzj9/D+euHGlbqKyZa5/GtfgZOU+ZO20i3QyIjlWpuB'
    'kT7neICnSQGDDUTXxAT3IDwNE3iK17103RVrfl3YNY9y3Qs+PvL/OD/hrOe/ER3HeF/vf/s6pgFK1zldARogxqVTA5cmyd+UhkqQ'
    '+1E/2Zu9sM5BYCzhtT2T5dkLZXmcqlMmqxjkUZVP+NDjdewuXEXu8M0En+JdutbiDo0wIGIYmLQwwPdvmuxfVWyZBoUuLpZBuEl4'
    '2J00GN7z/NpOg54Z11Grhe/V7O4ndgrx5R+r9eB4O9y+YJVF/gZ4x/lRNB/dd9MteFhB1ouPZR2kFxDbAtN7ue29uprUI+uVeZeC'
    'Tq0QxbGJKmV7acMDbIC2Zb8Xg82HbH/1ffY2S0Fs18P284fP2PczbdlPtGU9MKT9z/ZdThlqD8ft99Be5ccB7FUQR8j6PwxjuhHG'
    'Uy32tSeh0LuXEJPOvP26CndWGZo0fZKha4CVM3tp1mV9UQlrr4ABg4SP7QAf2cospJyvFOL0jF/JqkkHlIF5+O304LCHhdKnOhiQ'
    'NgFPAGng/gucr/L9u8j7pbe579eJ2NdGVL42JP6Oba8mxvYKaUw8Y1+OfVPEvik0a3yUYo3p+hwOOidIc8l6DmK0uh9tiXadprQ9'
    'vSOpaMbYn0bsTyP2pxH704j9acT+NGJ/GrE/jdifRuxPI/anEfvTKLc/Db/vXFZSs4/KSmRbo5dPHplIgY7pK7/sw6Y/P8u5diW2'
    '9AGlSavH3b2Aa1oP+VJEHjSDwFtBlj+uro9/RzpmUUAeUHzXju/a8V07vmvHd+34rh3fteO7dnzXju/a8V07vmtPhO9Kmedcdn+e'
    'YyjzDeNXiMcHmwd0BvXjwH0kdAlz/1PU5htluqa+hlTxeVDfaCV8Twh1rNktBu1wXxM6O/4RxXrVkfXG9eKxTXm929hZexDoI9Lz'
    'WOWHJqjfJtUcok4B8jWyZA8MWOxvHuvsGOHGaR21qGdUU5+E/dnC22cP9fNl67cmp9HzQf4NX+9WOGvpercItR+DLT5t9pJ7+sGi'
    '1GdDmP3cp9kPvR57ykSnmvuvsCkXBoa5LyY6n1sV69QCOja4Tl51ZwFmbeaU6uSMieLYk3Q9x8ic+Y2vR9j7ytwXcGSG7Rna1p14'
    'J52rhkdT2jYNPx0dqsLb8wh80BizGJvvrLQDGylRfF+ma7+CleF1nJT2X5/pZH0oPp6mmWO+FrozA+/IEn/OEuYxspex2Lj497Ek'
    '9iEd48q0N+7E9akifMyNHS6PmcsLalie90H6iY5SuYEsX9Ar69Ofcy9B+f+E9F5Iz+0r7WMG5p3yWs/v1ss05LeClu8VxfH36Leb'
    '7yiOv0frvvbW0jHht5pb/WGnSgM7uti/w4TmxXn+0iVOegL091fbivkENM/xLA9fc13fZsJZzuUXdC4zn3TSP91cOl/33QGxK29W'
    'wEAfzNuW0j5lGJ1NcQW2sRHGdEOPfp0xz/d6SvuG3xLXlPZN1knLea1lrcdaFmQFABe/fX9xe7QvV5/rpL8Y0MPVtbea7dc0wdM1'
    'MMez1urnCPN8Jlfatiwn01cvUM/DTMZnxfHzsthXXSy8dQBDf3VJaR/etxlkjZ9Qw4lq/GgnOPtbTtmHf6AfP+b5yI9cvVL8JsvJ'
    '9IVnXZzcoCgn04c0ZZo8ynxsqbqMjs4z4fVes8uO/1dkL2vLMJta7MCUmokX2OQEjE7sGISc5kFZvdxrJ7C9xs/enY876dNPO+lt'
    'u1yfaw0EPgoy+xfg/LjPSfc86aTLH3PKzCK64/Qbb4fD+IzdUP89IH/dWQzzKx9Tw3irJZz/5ptOetnDduU+DHtw+UvRypNmjQeT'
    'EdQSwDC1JTbpa0YU29tTX3GLPWjsFJSLIvZplsDQ+URWU+ANMtnNXR55z2Z5P0/oAJ532Ked20g774AU74Y9LO9NJC/2AX3m9rK8'
    '28g+PB3SIZbnKrJPeJ4RRf+bSDu0D2eTOrzi16IdyyGi2C4bx7DVpzz10aAav1/by4is62x2L97E/sZ6c6R+5BPjGpzJynajXgbk'
    'PZCc3aeSMijLyzKYOVWU0sxz0qUpxVdp3J/CjfON9vgI/7hXcD6Qn4e6DOj3kfs4oXpaCbKH8dtKwm9eCfXNg78PFaW+cCl/YpTw'
    'XejdImfJD+JxDTaR+20T6Iu1GuSleAnn7GQyV4eQdT8Fyl2jaXO6os2cgv/t1yb3N1NN9J281kGu08eIfI/viaMV+LCfwT3CNI5p'
    'syIv7o0utkc2krzdDK/0kr2OdnANrG2+BwdIe02wX+pYP3OsTJdw7eCaGE+qh+G49zJchzz1E0nfrlbgKlXfFpG7P8chm1g7A2z+'
    'RlldBxJ9IXrnzrK55T5mcY3o+S33wfEK2ELZU8IHVhCnUN+T3A8GLS/hczrAc4LAti0sR9GnZkanUJ9p+bcpKSPVyUnxXnmggtZV'
    '4aU28m9sj+olrmT7PKGgOXXj1c2hXMvbEy7O9prD2xIODOnWJU3gQvbfJN6HDb37bqC7H3zSm2/B78XVQL8//mzpnXwU7hB3PqOm'
    '5XFsW6Bf+K4W50VzecR4fekprWWSSYw/MX4rvWD+RPpUare6WXo7Kej0Kf2mcIyg889PUsL22YF7cTRe0ym1prhvr1Ps2+wUXuMM'
    'PN65qhLjfyjyfLhjfCLW+Dr9Gpv6bfPb19vjNd+v1hz3/RWKfR/7rU0kxPK33clq2LoGjw9Ojn0FV37OzehUjzWQbnczU1sfuoPp'
    'Qy9gDtesn1avj7XW+tSlT30H31ej8ZpOqTXFfdvI9m2NIIpBHg2V8CR88uv8T3vJhY5SyFpUek5twvU5i3f5aiav4bxkW3nQVtYH'
    'm/0QQCCcqgggp1W3sBA+mBcEs/0wlQ5b+/9sNv/iZVt4lIfML6b3PGBiaZgFrD7XL0dM71V+znm8tT4F/AfRg5lia5MyuLV6Psng'
    'uK1of/TGazKp1gT3TbOO7uoo7NgduvOvnqxtQ4ByfnRfslPc4gdTdRb5Ob7AdlEnyyYOkE3cIFN5vMp+aZjJwYeEOib2AcK1+ekR'
    'wWPFjorwOosrLOnZFqKP0ADfZwi7eGtTeW2PhCuZ39rxeOY8Viv6hDWN/8x1TcZEqQ3VVIAVSjfI9vfdMyoVOQ2XLHOcVb/ja9+n'
    'G6bemsSxcf3X6MZwLDir2Lh+eNML3yVjmryIJi/n3koasJfie9LkW5OscGOD8f1loges4jXLMj8T6niWNuubmlrrnQ673n4i+Cjg'
    'IQ00McLGBljH9Rb7doqvIz0D2wNyAL3PwC/48+dt9mjh7/w/blXtyX3uUQVFSqbSE9CTZhvmVLMx66pkpF6yO7QdSna439NEzBkW'
    'v8u/pX77Vazd1+530r+0jKkX09MKXBIODH3padWZPXX4AjGdHK9J+dekDfiIFI/1xjRR5fgCXzA7L6PgGxTLV5Op/fnBueV2UMEj'
    'cds/pXstXpOJXhNfvTaP/in12nzye+m1NTAZFeqkNTHdtCsUekVa+XCq8PfXVCR7NdNfaghQzms8n2Xj+SSUqzXSCZWchkwV/p2d'
    'UqdMdWGa/+LHhbDEy+GXn9gdNnfvY5+ygvQm3xwp8Xjm8Q87/76SvG/XUhL6u2DV+BveV/9OH1pmWmFuFuiumvwc5PFW8J2UpT6e'
    '/61NunCeUbzncIz+mpFeov6bi3B4AHxTcR0vbNuC9DYcjq/V23igx7R86fpr6Z8A6zRR/qwtiqVExM94pI8P/ROvyYSvCe6bWxX7'
    'BmiB/FmchAVL+yq1Zao85io7adbI/5xNJiuyUrZ12LZc+tWmnPp7k+Jec0sMMzHMWMAM4p0uEdtDTIRufjXMP+7fy+O5n5C55/w7'
    '7gu8Dd7TezT6TTsK7jGLhRvPrJHpbnYSuRuto4rk57ZKM4kOJ/p1XRKgnlYf/kALq4vriZr4LcL66xkemeHDO8F59MvH+59l65Jm'
    '62JSH51PE71k2752Qz1JqHdGvLcj0830013hNhdXwLrF81/5+acylIRGdwB9BGL8xiqyb7hvzXqWj+LH+e3B40d66UVgDNfLIpAN'
    'jWjwQqzTNvl12jheGSJ4JV6/fWv9TPHNAYb4xgsvzSszXqoZD4+XahS0G/r7vY7AfJXmm4p3jzE2asnflPePvjQ5HZkm603lcikm'
    'l+P+OPfI72yuMB/66kSZw795yM5SAB9Xxjpm6nvZjre3KciFrGRmcq7TflIytNNUwS/dA4shndbuflPpJpromcs19or31ATnN979'
    '0HVGD9mPTSCrmiWKbQPRZhFtGdEftUn8LLRPpH6lZTsyvMk5sJ8a2D3F5G66r99rbXGdKRz0R6CTNcUejTzF7qj33PQGVTUBvj9H'
    '2MViQP+93If2keQb+sbGOGQ0Hg76FMe4i7PJt5wo9l8+Q/EN62xUtDfKdKeb4RxT0QomPAruZ4n6iQ9bD987H1LwjaudDEm9sDo9'
    'SUwFqspRadY8q3Vc5NbqwmlyeKkMwYAZakZ6VxdnrLan0ak86sYYJmKYUMib6Jmb9qK1jZQRRPy8/dQa5Cn2KdgEwPZ+UWy/g99w'
    '//rR1bb3pKlOMb1NvAd+/LVzTHmrpue5Sj7UxegFq/2p2K5T6EmGXUETWxGVXh3yRWJfH2SvdZZzp+mf2P/K5F0TG/9KR1vkzwJv'
    'hPI2q4V3HMMMlMM4sRgnUsaqRN4wnsE8FrL8tkWUxklez/IMkjw5xm/COFU5wCU8FrwXD0qWu0i4PrFGWBtjQh9f3StWexPwZTGG'
    'mW2s92ZQEWmC9ZsTsB6vsfv1H+OsU57eEOtHv2ZN8QCRPLGDA8gWi+L5QvzR3+0sjltEY+N1s3aD8NC8dPzFP+Xr+ImLDzOK96q4'
    'xe0whupxl6/K+bz8WwvZ440wpjlMTwPhdSH8W9ZBZSUtCplKzbjLyxWiNAZWtSiOI7aA4JwFYmr4JlTFBlvBvmH8r+kwVwnCAw8D'
    'U+We46nqI9BvzWzqKOfaVlmsLeI2jLv8lCIm220Qk+27D4f3sbgq4FwtiHiu0oTVootJfGSA8e2EuWqGuOuvPWJXvulb5vn5uWPT'
    'Do3BF3YO6V1Wx/tuUty1qgl/isLrJQReL2HnEI9JeRk7Z1CHCGFdVYbDkN/+0fXHa/8c7bF/FhAZ4Jt3O+mnH4L98aPSGLW0bhUd'
    'QuOIfu45qO+7pXFEt0M//gPa+grEXn/4xYnf15ex9QurY0F1TS4RxXRNlsg7L2EwouuPnJ9pwo05vcBH1lPL5meh8I8DXEX2B4c5'
    '2lZaw2+i/VXFFU2S+i8l9V8qiuOgUjvv2qHCDfPhhBMiueRp0eiVJImsN6vYlwjjB5O5t4G3IHPixY9DPXSMoUv3eI1Qx7/eAnU+'
    'TWjKQULTeN1raH1I/1wF9d0HdLbfvWw+oY1s5m4Z3o9JKtv9BFmf9YSW8hsH0lU3CCe2Ls6DH722kaU5gzvyBsV64PxdQ+TXM1nd'
    'QwbjMLmj/znRO+F3zkFCx2J8e5O542WbYE0OIme7yX2E68L4lRkk8vRprD+jQh3zXMeX2KShrXE/0fjAcwguku9fJfAp+/wKlJlW'
    'eJlMpTNVbz/Zqqpq/HdNVW1dVX1DIz5NzY0T9LTI/7WWo+bCxLxZoEXeLLZB21GIF3mX81x44dcL6Q8XLp275sjF5/5y7XkXPnjX'
    'XQvh8x8/cdNdJhZ3j173nQUJkf51/p/XyaqHDnQxitPW/zjt3HXBj+4ij1y5HZFa7nb+xMTO73Hd1zb8666S5/Xv0L/Gxfjj+Z/8'
    '/4Xjcpyi8N+e/H+/Lvw//3znjT9BzePj/1XSnoXo2ee5UvGu0H67QWEj7UC1peNExQ8r6O0KdbzyJQR30LN4noJXQPHVKOETqnCw'
    'LR/Cjzf5z3CPNznz/c6CIYLD/frcpeEH95JxU57NiOGY/Mb7N8Jx/KXjkdO2NxuOg5YxWVfZj+0AZ1HyylFG0QTzOE3BU1bNrR8/'
    '7FyAW7/179f033YcvA+ULtgIfVoE+0onx0BdUPp9PaP3DgJ6Lyhv36SftvSEF4+CllfpUkx1vXIT/zncBlVSAmanl79/Mh3fiK6p'
    'SlfaxB4U6+BtpMg99PcMfkzu7jZyIht6v0cjx+oVpfYoXnWiXPPrBC9tMqT9dbgySPs3k3uRaftB2rmK3O043qX8/iB1v4fg/P6Q'
    'dZ0JcKu6p24NWOcxZOxbGDzlCN4MUvdB5O6+SQOb9E4YpA1bXWsVTTZE9rCs88KkM9fl2M+oK179nMuvwnc3ftt5N4vwt14Bfmp6'
    'p8svzBDeK+qn47u3dpfKWmbvdNIfPhPMlq3QPtTbmC+8rsxz8+JWFzbxXdV5zrvFZFzynUw//5fOt/nkW9OlTvr7nDvP+O209U76'
    'iTtcmSC2s/DdpfP8s1zpPPdfUDrPS28rrjdJ+KHnQP//LuHYvSEtS/fEiAUc286/ib1Fm8VZs5Hhx0GGl3KMH3QSkbuGPUtovfOg'
    'XlOa0LS/TURGPepxl6NlkkRHc3XCucP5jXOA0f9b2d9dEwgTXvmoTVmBhsr/41gND7OH0QGTfSw/gjsbHcur+0jf/xfws8uBH1Ae'
    'sTLtpMshXQXp6WkH3qsRz6bhXJvtpDfNdvfHbKLPdiaU70gX75dTofwNpBz6q6H5joN8189295Xsk+lZ1xhgPui4OyA9QTMO3r8m'
    '4O/MIXQH1UPLWeAzzkNX0YWUtpkDc0/b3UBwo0m7FD8NKuRXtD1T2Rid96SH3O0IJksUnVBlwlvXPulTrw2dUsPOEkrXN4FuY5Z8'
    'o/NxpEIfdBPLcyjJM6zJg7Qy5a0sIXnxbyqvp/wmXV7detXAj8JNuWyk+b07y3QWue9t1XrycnJN/coF5U3zuapluitpA1nyEgu7'
    'ENO9Uq56VXpNSwLw6W10t9vgnp4g+L84rlxyn3ks3PynbfxyJsR4SsVvU5i++Nqv6KU85o/Kb2VYvbCGeG8Z7ZVK+4ew8QexJEJ4'
    'EAweTPkM1LdEt4h9xmj597cX/t/umufYoQ4/eyBTe0ZbHtIiQu/iu5Pg3YHk3Xzh6js2ENqD+noYhLSX0WC0ve0iGG+tHGM+VzHm'
    'sxVjPlPR/9MCzMMyRZkxnzILAE/QMuh3Y5TlPZjRns2Ke810RZ4cy1OnyCPvsKr7ykSu35WK9btEsX7vIu8eUqz9x5aWrn2io3Tt'
    'j9asvUoPzW/tdTw2r7XnsnmvtV9gsPYLDNZ+QRnWPmu59s3AB8iCXKcZ7n7UP9ZikAdkSH0pUn4xS0+GsZwnHD496rl43euz5H44'
    'yu5wA0w+jz5puK2T3z1v2MfGifIBuG79yWS8J/vMx0oC0/MDyDlOLuOZhDj2v8m76e3OuzfJu2nw7g1Ct7WzdW6Hul5X5DmsvTjP'
    'q7BHKS/Eq8+yzA+lHIbgJZvxtlrwr7i+z3po/xtEbjqi0SkZYt9VPDFZ1+eIflGPpqypLpOqfS9ZAoX5bYSHSnWrTPVwh9i41it0'
    'Zfz0gf3a4m2cQ3R6xtj4ew30xpDXeQgrO0b0kBHPhNH56de0fTDIoU3XNBdAX26A4QwT/mfaEo+o7oWLRHC746WQnihK5ZjHMB3+'
    'pAfPTPVuJtju2N7xvPxDmtbBbbIrNeZWEc4uW+XPcFTEMbVD+jsVRAQf+d3VdG2oPNnmDI6KBrH38TSln6QaNiweg7KVuj82M/lZ'
    '2PYSluUzluVj/8we+Kr97WkN4J+5zYjXRs+8FSQNokvXQs77a6E83me7YI0vE3EMj4lY5wNhXXDduGyC8/wXk2/CIy/3Q9PiQ88E'
    'wQ8rfe4X3L7D7w6lsq/g9w/Tewi9Q2K/tlncqwYZP+W+Jmf/qe6PIxb3tl8o7rHNFvrbJndIWt8e9vcGD73pgh+sJodXyG0+6Hz2'
    'e6yvqg9B75KqNTS5773B9P1Oa3J13rzuwpUey6glPBbo0/z/TlHwAEz0N0x1ObsYT3FAo/NYaR7B9xtd2BxjfTOZS6rbznU3qY5L'
    'n7Djv6jmbpMHj4nah3220cUr2zRj4/Zw2zQ6Xl1M55fr0nZFsD5+85JT8PoKdvlknH8MsXZdmjH3hBwzndcwuOaI/DjfAe9OYfqF'
    'J4N+4Qdml84l16GU5U8CPcVlaTM9SsyLqcoGlvdB5l1K9ENN+3sMfNuh6S/t03LyXs7RvzU4PDEVP28TwyVdDJ7GFPIuCg86fUu+'
    'N/oN1hbPxPsbHJ5UuWA3Spj9OaQ/ZXjm+gaHZxaWxqD9z2nWYECY6xMOas5ZLs86t8HRyaT2GHyNf6+QUXjhYJszu98H56IPjCPI'
    'PE9WfOzV//+qL6b/TPaIrS5ypemGJ+sdea3pmaqCx9d8ZEgjGpk6+nT5Yr3T/yj3nw1t77W3ttU790q/M6bD0G4A89I2TyG2B/TM'
    'OYmdESuYrv4Z7PtyOEPOyfd5bgVogF4N7s4xmdLCCvdHR8NifzIT3B8+P6/WCXGW8KcvTGCr04Iu6iBwZVo/wlpnSHqow5CukvPz'
    'mToXP5TjPqLiyZjYvBVislWob0MB+vbOulKfJJXc/3huLqxQP4Z8+pGtc32H4X6/e47ahwn3n435RjXnxR9JvbKt/6gt5quY6hYF'
    '4Z1sFPZ+dvzqofe2R2pdGLfxtdJjcZ/ICbX/9EEfmuz2Wve+NCDMfQyOKniLdD+arNl6i3EhvbW+1qXVJ+tdo6DvQua1XHPTEyGu'
    'ayYwWg7+eJgzYm9NZfoWZN6erHFpoYm+Oxb8aNU4elYy/0GNTno4pEshndWo/r4c0iyk8yA9C9JjID2S5Z/e6LR9XU0pXg+CS4Lq'
    'mF1RUx5euuk5fUqZ2/ejgw+ZoPZx/NK4ct4E3MNpn7hM45+rHV2wZuCf0n1wIKQzIV3G4L0T0tmQHgbpqZDOYfvnLNgH3652z6jJ'
    'zDf/BFkvGxqL18f5qf0e/FU/P7iD1U5ExCD6sVHzq95Z7calCeIjL6eRdfm1u7ja5SlNBD9H9qG+2tGf9+Pv2/BeKnXf/desc08p'
    '6DSwPX8Q29vTIZ0R8Mx70qOtOZq2ZgZs629JW0FwEy13KKQnsO+Loa1bsi7sV4oHVtj/FW4XZRjrsi7esdHHV+FC07K6++LibPH+'
    'L8fdYa8P37Y+6/gI4bYOtjYdprTDr6vc+Z9oPYjnqlx/eEFoUZ0cTtb9vyOsm/f781XO35MRZxf0f6ocnTSKpxKQvgPS1ZAmA+LI'
    'y6tcuC03r7Og/1Oh9hBPzVe0V068WEva62bw2KWhA3MB8Cfuj19mXNwXJU1qQ4M+R/owEfw62YedmfKfAT0+a3/zBPSBw/uGjOvv'
    'dJDtrz0a3bGWhJOmEmp56YUZ16dskLPNFB+flCk9Q8vFUyvc/yvUHq5NisBHmDN7W4g77L+nS9cySB/86KHdaefctjm7TGnt+0jd'
    'pzH6/Uh2Pznbsu6/Srt2l1HR0377ZC/M2fvSrv1uGHmRrKs/onXu8bl/rClzO7h3jktPnD3sDLIu17C2v6qR02GfvjyH+TsldXnh'
    'XROZ369STjyzidQp9OMtPJNy4aNT4/txJav3HQHa2Zlyba518WT9cNZnUw7vs1K8tEIc7JQbPyNqnllB/pdy4Y374DXVo8K6zifz'
    'Uyn55fGkzUro2BfsgAgsDXvQxV6wVJ3Sx0UZUNwLTP0R4Lz8OunWv9xnP60KsJ/+KenoUEwkbinc/5MO/NK7LcrbbOQTsq4vJ924'
    'kZdCfM6bdhf7AXn6aScdfgD8Ku0qjs15e1KPZ3KGcrfrk65f7yA+LXRn5Makq29STj5Ygf9H2uLj3yzC203R+VqWDO9PY26yNPYP'
    '1/P3g/UTLHTcTPaYDCbXIsLJzn6ZcP1D+cEjh5efJML5VuFz/I+J0niZQeVyKrgY07R7NxlH2PtpQf9PUV/QO5Ks7yayRnwPbxX6'
    '2JWyzGZS1gb2ZZk+KGsr15FlLvYo6yWnkWXekXDjAPT68N6Qn72SlDGxdSzEdk64frVMcNeAZr0PTgTzvzTI6qlLuD7BvGjQJjDc'
    'rTOw2ZV5fyf88+Kavw42zFHrj8u6fyDcGNa/XAt+YXJuzBCZ/hbieOwmeV8430lTl7uxQWR6SB/I/z3y8nrvV+Q9ZZs6798q8vZ/'
    'WN2Hz3nk5fV+nOT9LcRFuVczDx/0yMtjqryP5JUIQKaNF5SWbQIcwPPecoU6b06R97Rr1XnfQ/LmIO9tg+qxrSV5t2+Gc2mtemyr'
    'FXlx3XjeExV5cS143iUkb8c9xXHabwLabR7Eez+c5P3iE066Z6c6ZlAbyetHE9LY7pyubIN6Z+xW+7vy83FlYvufZTgPeQ3Ub0WO'
    'fbP1W5Emf6OPd0nDngowI//9uLQnJGX42JoDjk3lY61ZlMYE4PiY+hGcH3Dctnd/fm7YjPVMoffvZ3K2hYlVahPDg/sD3KS5Kw8a'
    '3vf9Yp3eJNwY65WcG79+XQG4ypRu7Q6pl9ZrMY6RiOZezvvcAHxcnf9Er3i7Iwb94fiTxh+VcOsXf7QqAA461OLOOhyAJ8jtrEcY'
    'Tddd4/K+ew3XIKq2T69x+bfrFfd8XUx6E1tVehddSNrh8XE2RzieJmgnyHp6tcP9p/6uujzt8PH8S7UDG6btRAmX37Ic42jAMX6p'
    '2uVh92ruhqbrcmuIuni/tle7PNheQ5xq09dej75us6zr3BB18b16Mhu37ZngN6/zFX3dG7CuaaSvHH91a8p2Geohyfr/lPWvX+cv'
    'w++MlvX/NOvORZD6aaz275O6VDjWBp6+HaIuvkZ3RVAXrsensnYxOUct678uW4pvVf5iuKzFhM+ylukXorz0bOC/XDkBba+Ftk/N'
    'uvx+rrdnGgPPJG9h/2ddfr8fzOc06zTDog7VvpF1pLOunEZH+4wIO9lvgWdfVVrv3gjq/SdSb59Gb24wAI57ktS7QXPnDkLz7TSo'
    'NwjO/GSVu/Y29VJceZNB3zYHWKMhRb1jwpx3PaDRA303GfOQRm9pyAennxWgDo7LTzCoY8zv/FfUsdFyLDMUdYxajiWtqGPMcCwI'
    '429kXF8EPMapSg5+LIsL6yWrtOHdv5Apjfmskgss0/h+0Z1Jj0VcL543X804eh9+MtkVEZ6vH65gmzjOjRkXH6zW+FJRwQnXpTqJ'
    'jeXCiOvF/p6ScWXWCSaTxr8bme1BmuheFnj2pA6UJc6FdCGk7T51HJxxZbScHrGR/eI+rVHUN2xxFnP9n9+lS+sbC0g3FXz2kPpM'
    'dJvGNP4WcLzPpV25ss0ZKcv8naLsaxo6g+Plb5BxDGj6OmBBm3yW1LcppF2JrO9DaVenq9L4uiCzJ3OLe/CUdKmvJdWevzhAWdzX'
    '7yDz6Ke7YoJLl0VUH/bvUFLfWo2OjZdNFe9fQ0T1Yf/+kHLlUoc2qvGjDpe9TspyPfWFrOxhRNetwP9LuToQXQpaxNQvx7OKeoYD'
    '1POQop7NAer5asrVB8l54BS6dz9NymwQav+9/dxmh/RXVcYUb2z1aHtQ0/aAR9uDFm2/h7TNcSCfq21Q5hyPMiMKvRtZptOgDL+X'
    'HGtQZhu32TMo83NWRurs4n5emS7dq7b0ciZVHCtedweQef+Y1Of9E8v7K5LX6+4v875G8nrdQWXel5POWILcKwv7P2D5t312acqb'
    '7CNZ/k7FWPnexbv533jk5X6lPuHRr0GDft1Aym8KwDu5WlPeVN7ZQ8a6SaM7iG1drMj7mm7/Q7+CyKdk+VWkLdQ/X6OhS44xyIvn'
    '6BEeeVexemcb5MV6W5Iurg2KH1Bnd2YZeLCy7l8kSnVauhlO+IkiTx+Dg5c88uD6PeeRZwzyPKXIM8z685gizxjTYb1fkYfjujtJ'
    'HpVcTub5gkcehOtPJRx5v41sSpb7iKLuvSzPDpInp8E3W0geFd+54LPDIw/i8xzJ06exeb6UjNX0Tliw2SN1q84VmefPFHnG2Jmx'
    '0iMP1nMsyTOggY8jSR7VHa5A/5OxmuLhgvzPo26EvVqPPHjmJBTt5wzaf0OU1v0aa/91kkcl/8J4tDUefNUC/1+RZyPL8z1FnlGW'
    '5xlFHk7zfBv0amzOD4xRa1MO2/uicOff9F5eOP/JWFR3Ypnno4o++fEwC/J/UrfqXGuCsdV4nFFNsHdqNGfTiZCnyyMPjuNijzx4'
    'Dq4l82h6L28CPc8ZEfJGZZ2LFPPud5bKcnPIGEx5m3i/brS883OdUR5Pdokojtfqp0+mioNqGs/UpO44PiCLG/cFIYj6sbCLZ9pm'
    'HM/Ub22a4Py/Ml4n9TqJMOskjOL76WLDpix1QmnM5e2o9z9uBw+ToQ+2urPJAH30w3UpgusOtOg7jttm/x0UoI2HLNswjT+sqqvR'
    'Az6iKo/nl5xvjL3dCN9TsGY1cNZXoy07rF8z6LzT8X4q/7tDidOS+/WDeOd/HNB++xkfv+463G/kOUUEeNrImiMsmK6dFy3D48Fj'
    'rFMTu58wfWpV6Ph74SHsv+zvBYxuOkYzxgVk/A3w73oythnClZsvhDKrWB2riH0YLV+lKE/LLRR28c8PgXWIoq+mbdI4tWlSrgHW'
    'QrYndgrx5R+b45qZgEfp+lSz86GenNP56t+2BeC2RsOM92nqC0Tl+/12Yh92J7z7GLyT+V6cC3ohMA8IP9gvXNOCXiisFbXHWwrp'
    'iQp7vGPQZpHNu+rMVL2L6UkfenLYlyT0ePxDS/O9osNVacW5exysfTekWy1pNl2+BpJvJvyQxoq6fsTVJyccPiDiqCShI/Cs6AL+'
    'rPz3HlmvYXuclqwj+MjrbMVzqIfVe3m8R4r2yI4rRZgn6beDGhk8XkvozHjd9491b4W17yDvWjz4aYsi4Ke1QbsCeIUN5F5TKLdO'
    'fzbw/rcEoE2rybgkoB4Gc3Ags6Pu1+glDxP6EvN78ctx7lZAP+W/jyYp9VEg69+iSJH+N7nD0rEh/TT7GKfsJYxWkulbu4tppfNI'
    'nurx4jw146CPBna38t06SC+IiAebJie87nxDPTr0PbZWkdrwBWaQuuakS9MgPAZTut7v/tRiWV8LSZMAB8MwfwOwDzNGuDaVSKSn'
    'OB26iGMYO/5zfQhcrHpS9Z2Zx/MXmk5Cx34E8BOudUJzN8P9NuSxhzisjgBsmNRN90DKg39IeZ9LyD1MGPYrA/jFllfayPJFwWsJ'
    '4uclyL0S20nCTze31C8NLd9iSbe1wHsdj7kF3vv5aeA4ahbJz+tLWOAwCkPzIa0at8ODlAeE+aoIDYF8M0oDt5B6EQ5s62klMNQG'
    '96sklDki5sMq+bCqe4MCje4IQhB7yUxSZYbjAj64GGTblzp4wIu3xvddE3yvZXtiEeMnmsjPyjnGto86aWbH1B3jvTdP/TGij7bb'
    'dk3MGDMVGCP6knvrsckx5kqsaxp84n3/mck1RupDrpvp9NURfalRURoDgNM/NvQa71+9R//mCLVtN/rsaxdq/6PUV4WJL1qql3m9'
    'R7tdZWy3B+hX7nuDtsd97uYUOr+mcYcHhXf8ORN/PVxf9Bigr+lcvCrMYkua9ne9UMe74vqpJr6+3mBroINpk32+QgHbtZawbeLD'
    'zhT+KIyhL2GpTzk3gnZN9Yz9bDjOAN6fyp/NhojGLO8HRxnCst88dJd5PqKGvzoP+DtKmNvyjWjwUZcws9cO6tuxYIcIvFpV7NnJ'
    '3vdLSd+79rG+LyYwslmo/Qfo+lzpvka9bzKwd1T7ZobwjyWgwg1DQu1LZZ6w88uVs6yfyjf88qrmsUozX7o5pfOYZfhHx/NS6Th6'
    '8eKwH6a8Ozm2P8//ziJl0vDz4qWiXs9i2MecB2bKs01Ogna8eK1B/D9T2UgtlE/76EO1WPKEZnno4dYq7i5B7yBNmnZrQU0+qeCN'
    'vna/O4e2MiLB+Nbol/2pZ52+tJJvt8H98bsPF9/N5Ls373bSTz8E98EfhceHNnpxbfC3/Pd0mB/EkVhXs4KPntHIUBMERmPdrVKZ'
    '2WHniVsA9bcbK2S5z2Em/FouD02RNfHSZaJ6r6jXpJKdeMnNVWs+1dfVxP7DS6/HWwgqZ9dfV7qH7fVYL2hi9cGQtk1bykHxXNgM'
    'Kd45kL9xUKI0zxDL05pwzx6kZZE+rFN8w1g8aVI3LdcsXLvoPwl9HuQh/T9R2sZ74dv/Jd8GWN9eU3zDvv2rok60+X6J9KlbqOOF'
    'PEfKd7ExSZvgp2LcFeOuGHcZ634nYY1UdEUtoyvEmvzaft75d2dH/t8d/rRkEvUWFPU3R1R/mtWvvQNB/X51ZhR35Q1EJ7IBcN0M'
    'aCsdw3cKpmqdtZFC8eNlD9FpQjPLM/vLotQOVBic2agnejLsn9nk3RzQ+ZxJ3j0m3DsivlvRXhpvC3V3MGY2xuE+KaCuZAyP+w48'
    'tlqu63sZn6k3XlO+pp0Tvaam62lzvrwX8EB9gHWfTI+F2lvKjn4dT0n6Va8fp3/GAzxNHus+EfxYhA3Kn1HVhbCUgPMnhiU1LAXV'
    'o4wKliKhZxkMmdp32tQZhpdOdcoK/hzJ/f6RF520/geuThaPwdoO8U9v3KWuj8ZgPXinW48qL43Beg3Ud9wL6rw0Buv2+8D3+xOl'
    'OmRN5D5TyPs86NSBDGA3yCW+8mRxLFYqN3gQ+rDnyeJ6g8oNZoLuj2D2LzrbgGaQLaPMa4niLtkMB6OtDriN7vgS1ueUJe3ktZ+S'
    'ZD81E5rZxPbXyyYpC7iW9pHL/ZrY2swlf5fTd4DpvLWyuw/6GGgWpT4GKNzqfAzY3mWyMF+msuAm+JvrbjYq9C+bQDa93GKNKrEm'
    'pvbtJnPhpWuaYXB/iWK+/eyY6LrTc4LKlWg/ZDuXWZ5FpvLQw5mcE/NniY1TPclL9107KdNSwbZbAtwDdXOXDTh3cvwfVIyf2kaG'
    'sdvidld+OiA28z56ud392VT/wrT96j67eT6ErX2a6SqgvXG1gR80nT0h+tGpGXfnP2MJYxQuY3hz13v1fRMLbz98Zv+FN6wjC4Vs'
    '4U7WeQO5H1eRcw/nAuvrhjLVcJZfRvinsU1iMol31/wcvamX/oW3SaTrdJkotpO2sZNV+Uewt/WXXMapa+wPzMfmADxTI+ap6knB'
    'wnSaMFcBz5+ZdGOvXWKJPy+DOo5PuvcYWkdK+PuukPEdZrN7DtcxvkqYxx8ZUdgI0TtTXdLxy1YufysqXyu/TJj7WvlpwulHLI9Q'
    'yiNC+HDz3RO+ddveKQrxXROuXugSRRqkzvcknD1rcmY3aep4R/7FMlKHau+sF/a2cf1ETx/3tCkdpLKJ87IJ4PyQ6QnHR5BqDnE/'
    'qr7p9PNt68H4DmNALw5r6OX6WNfXS3eqnDJHq/VHH1/vF45vadTnRZ1Dav+yXhTHtegWri9Wvq94zOCcMI//dDbYzqjiwPBzbKsw'
    'tzPVxcrMGfRJfp8mSuMCqWx4+4U61gjGKpouSmPqrGf2OtROu5fV3xWQN0pxo47PVxPwji7h5XpI60k/uW0K2uQmFOMcEur4Qrb2'
    'K1lRHB/V1P5YBbNULqRa2zFRbCe9RLFuPK7OPFFKK+VYuhHyzhKlcQH5PFE7fm4XtlWobdlGAs6tVwyuu5OOT2A6T12MB56zbIvG'
    'VlLBUpew9ykVBWzgmE/1gI0Rtl+PV8DGf7I8i6F/pvQBx2mDrL4DhX8MJxW+q1Pg/9+wsVO5yJKkc2mn8/BqwLXeNEnX+gyLtT5J'
    '2MVkq+T6vx5w/Qc91v+efNlPC7PYm/TM3CpKbYqjxA+5CYIZPDvOJfi7X0MjcVvd1aI01qfuvJFn00EB4cV0bNivOcK1kaZnURi/'
    'CMifV8Xjo/B1QMLx2cht1nEubGAmZzl2mncTsWmZSJpktSGeGBXqWLG9rL4OUeoXiMcjPILA8hahjsvHfQmZ0C9dojhGQYPQxwDu'
    '19AvGMfgZphrvJdgTLjlLEbq6RbxkU+HGGzvJrj0zLQ6Lh+P5SbLvVOUxp31irXHY76eJIrjyqtiv3nVdxKJwYfryOPCLkv7x6TD'
    '+HFnpIv9+2LsQa84eV59DUqHrmLx/k7QrIlJe0Fl6IkQ96UrA/BHpjq/pMAcaeYcDXNxkIlzYLyDRxELKio4EiFk450Mrrg94yi5'
    'f+C3MXKeNQG/D3W29sC7I0n+PeSMQZ3GBtYO8kMH2HsscwBpY7so9ouHun7oFw/fTQP7F6pTtkhhj2YzX+cHkLmXxGTohKVLePPR'
    'o9IlaBNvBwkszIOiP8JLn922rVrCaKR6WugLIIg9iqnfY5u1bCN6lHJ+mjvcewDy2+Veb+lw/27psNNn1PW7OmC/qW7zMlG5+Ek0'
    'plk58tP4XVH57q6Cn4nOYguBi49qdAIuILiK6hDZzMkKi/wzmXzKtnwr0U+aCbCsGtcSghtt9HJsceexCv0gipvfQ+4K81gfj2I6'
    '3aZzYOqryg82KZygvlGr8PdVZLuvKf6pIjqcKj+zJrY/SeHttzZlidurSD7atyh044Pi8as189hFxhz7eZ8YP+82sJogOIvrZn7m'
    'XCc9ZIurS4Pf3niXk541UnpGnDTmpN9bp9bb5HYQiJdkmT91uHoE5e5LNqAuo41dp+l+mk3ytTCdfYoD1sGZchnTeQqih6nC05cQ'
    'GEJc2ytK41O1b9SrsKjsh5YwGGtm/KJhH34w5WtdSXhfw4w3hXkuIryfPgP+3XrhxnTSyfq6mTz9ZNKPbsYzwzzLoB9+fL/NCt5d'
    'M+OlbbYYx0zC+x01LKea//VCH2dlJvCTVPv4FB+YbGDlMh4weVlE510iAjrBhEZT0ZBLLGk8W7s/aufXzHQEeWzCwuGyQH9+0PVt'
    'YeeKTv+Qw1SC7IsocGt9BHe3Bos1sNV1CEonZoWr+znqo7Ogsymz0QltAt3VhQH06IYVc2EixwrSx7M0faT9GFDcaajeBvK7/XCf'
    'iXyd30Xo3VllM7hJIcPnOiBB5iVMrCtKU/F15LK9UY3sGOmmILEvGzQ6TAdEsLdneeivUJjR+awfMoABmW++Qs5nIkP3y7MtRL84'
    'DqLyeQ6XQ0RfKey+UOnSdSn0K/h6t0Sw3i2a8Q1q1rmHySyXETmnzn94D9PTWkDkcEHk8wOErz5dFPsQXxyivijOoDOFPsYMrjPF'
    'tU2i1Ke81xmG8t+FZOxbhLk9tUovlcs0decE1/nR1aXC8f8B+jc6nnocy3ny+Wx9H+EL4rlnc17F6zz51xnpkNYI6KJqRhdx/ZYl'
    'hJdgcgdHXb524cYW6tbozwU9R1RxPUYVc1FjMRczQfZD56YWyrcQnagGKIc6OwtFqf+YWuFtL+2nKxJEV6wF6GmuJ1ApfzfIc6F2'
    '7/XCzg/OYjaeBmHvQ9Avjm/QO3gU8tN6Qx1b9L9J6XoVXTumoDdpPpN2gtJPOp/7jwvHz3V8bkxO+uAeoj9E+WameqHD8drvsz6x'
    'Fwu9T/35Qu/v/hDh71P/AKJjpcqj8odfI/R+/DlNEwUftTYCHF4j9LZ+VFfPVNe5S3E/8+JrzARdBX6PVelNm/BeTPS7+Z2xl92L'
    'cX1k3w5VyERM7Ur6LPrSpaAHqSxFxcvoMeTt+PEio/DppYIpVZzXgo/tpD4P7t8akmezph4JKFlFHvntDwlX5mYCE9yGaG/A8tj+'
    'ywmXpvaLd2sa01XW+/ce9eZC1Ht3wr3fbBaVi897q0e7I2Vs9yrSblT18jiUKpg9P+HGIx4Q+2Y84sMS+35M5d/AncS0r6a8880a'
    'fuSPiAzfZm686nyc8Etzmrnaq8BvKpumu4XjW5PbGprKRUziQnM8wnm8A8I+1rTOnqmX7bsxwr+pRLtDRHdlzgSMV+r7nmAoV8lp'
    'ZMCq9un4Kr2WQyKauLRhfZF5xYIOQi/N0ZwZfYZ0pIp/OCi8bQO3wV1XJVsZ1axpN0sricNt8LsJzqL2u3SuxzT19WpwmOl8zyHn'
    'zWYF3o96fYPuES997yj3TVUE+6ZZsW9M+fkfJLqBfD02sLzv0+xR2/POi86kZzXahV0GvAq/Pqpofj/Zg9994OQJOrfaJ+icnkxn'
    'StR7w/bu+nsi19+juNfY1vfvpL6uCOp7noxvszDzhUDp5r/zGF+Q+u4CHfgg46Ft72VnUZeGLvDSQ0PctiCi9StH/y4nsqBeVneP'
    'Rl9ys4V+Ca7LaoJL9ihkSeVqd76HHkufD33B73jTiH6UX19NdGFQbnKYgueqojPGQtBlXvMVhA9eDlx7YAS4drkl75nrDNj4Q8F2'
    'aB0bLfZ2DymjW29qe3ChcGzXKYxyOS2lQSnvOhmyf1SPI8f4dxmAH5VsxWRcVN93iwZfDQozn6EmupdeMhDqH3IB5OM2ngs0OFfH'
    'Q+xic7/NQ4fWpP8qXIZrcQqhU7cZ4g3Ttr10rzm9WMkxc/1CuoYryRqWW2+3HLRjg7DzqXkeoad62LzttZCXjZK7R6sI51NU1iPt'
    'sY801MGiqSns6viqNneSKO4ekwEGtke0ZhuILtqwxXkxKrz9ul2wj8DCkUTea6KfyOlGXI82Mo99mv7RtTWZ5zCwSvXTMwR2ZZ2n'
    'e+CPXAD8cTQ5M7uZHRH6C/eio1W65X4wgPU3B9Qv5TQM+oIuB7/ZRJ+jX3NPwf10LMERo8Lbn+4ouRdFYXMxndQzbHE/G/TRSZH3'
    'omyiWOczaXnfiP2tM3/rO95W4QJT1h1WSmF+QRNs4D8dIfxvDQD/AxHB/3sigv+zCJ9ivfC2uev2oGHRBusAxXyY6j/peBf0njZg'
    'McaNAc4PHW0/mXT2vOAWdfpN41lynZUxUezvgM79mEYnRrV3eixgstvwjkzphxoGs9wurVXobV+pHTjXc9hieRZPF9HZuo4q+OO2'
    'dKdK1tEE6WLFN7/6twn7mCkjhnvfT/50HNzrK93uAcLOt6/f3JvAcxvDWdzGcRuhMW30cJEWbmB7eHuiOD7BFlbmMIITtojivFH2'
    'cYzJMnM+/LyZotjGnurjbtPozc6EPUbLVIlS3wN+eArH/YYojqvVLort1yrN72mMAAdNRjv4VMLhzZvewYO08TqjE0zhNqfZxzNC'
    '8om5Tl4LubP62T93Cb0deUqU2n3jvGaFO8/lWPcmgNF6wzXU2W7L2CbXMhz7hoVeJuePD1mUHTQs4zc+mzZ1Phh6LORGIwHajX1h'
    '7D849sMVwLEyPuG7QuLYsDjVhAfL/XypZOIqH3L0blipfVSILZP/tjbAvHYJtQ+Q6QzvvGphw8RpXnrHUs2ZCsdXcu7+QTi+AfdF'
    'mKwyhMmsBiZNz+DrhRtPzPT889IhtjmDtmrO37EAa2bbvun4THUPp9K5S/1rHFSBcxhj2LT56J0NCHWcyi7LsdYozv6GCM7+BWVe'
    '422GciYOB3L8fRY0QNA21iTcO/5VIfbyUIT4txznvupudVAZ1zzqO9ZrhBczaKgHq7tjmZaxOVtGDfnKJveoUY1u3UiF8HKYPSvL'
    'XhPROnnZ5GwT3radtjY3trxkjte3ieD6/jo71cm4vl6+EpoV9KDJnEfNo+TnZJOIzg+kCZ+azhvqXvwZyKxszhO/vCoetart+cQG'
    'oNI8c1V/vGBoluK8i5ofnpogfnh7BHCYVZz7TaCvtFyU+sYMKm+ia9KgWRM/2iNKfrMX3Z+2uEPmYA5RP7se5Ke2fplp+1UVvnfI'
    '2Anv1pyP3OaSy5EH2N99Ijr/vKb4SqWTb3InqhSPVeWHWnXP1MVB7hWlfq6HPOxealj9tVAu7F1ikzDXKeU+KJqIbHZI6H326sZU'
    'x8ZUT+qQYzt8EsAt10Ud0egZmcAUjwtC56KhTHx73VlwxxQ/Cy4D/XmdfqxXf9M+/c2Uob9LQdch6vXQjaOc566c00d9+L4qfOiF'
    'P3UxzFcwmahunYPe2XqE3uca5e+Vq36TM6AtBK/AD/etJrhvs1DbmfUqzi+/epeQ/WkK79zeNIo7fZCzvk4jo8AzLEt06E3pTdnG'
    'p4XrY8m0nF+/bxB2/g+HNPrCV4GeRZh6/Pp6scJuZ8BDrxfjo0+3KOPXhxNAF9gPR/nhm3LsR1tZWE5DZ0yUHkJrBPRMo4Vu9gYY'
    'f86DDroccJHKFknFP5ws9E0H6TfnGZr2eyLoHK87ehXTKe7T6PCPaPaAF5+H27+epZDLRdHOKFmfNh+8pLOz86IfBhV3kijqH/W5'
    '01YaV7RUGFcgPfmScOyfTW0ucoZrV278YapTx/fjXwnXF2Y5xluJ+4fMc6Io9blsq3tfCXwZdJ0ovo9qjBN1NzzG52445kN3RTn+'
    'IDSajvavJnrUOr+nXv46ejW4/hqiRz0o1D5ztmnKvjfC/uAZcQGh0/36g2XONLRLyRmO61iLvebVr0MNZW7DFnu3x4MHqrPTq5nA'
    'szYRwVmL8o47heu7AmNgvjjXjSOM41xAxin/XihK/UzyORhmckkT+zxVnFK0h1Php3LcWY6AtlemnfSd6eK1Xp4uHsep8P2G2e44'
    'TmF5ToY8HyB5ToL6z4b0BEhPh3RZ2u1HE+jIniz82+6AcidCH6oh72mQ98bZTnrT7NJ7aiXHZtI3Oe4vg3xMljvHsJxX/2zmZH+b'
    'a3nPOgPqXZUuHuNZ6f13Xrz0G6Zp7ger06VzQftF8Qq9N6j05MOeLyj7Qx+0K9hc4N/L02rZOMezqYhkXbKv3+lw0ns7nLYPJrTa'
    '1+HbM5B+E9LXO9S+g9/qKI3BTcu/Bem/dYTzL9NA5nwFpLPG1ed1MsK5+sy5TnrIFlcPE7+dNOak31vnfKPn/BvvCj9eG18jU/zB'
    'aZwrgj9+rkYi97Ml4eD87mLYFVc46c136OEC/VmqfFtSe1SEw3tzTvqnOxyYm6v4dvkOd69znYthUewXYjrZx1+6xElP6HbSX20r'
    '3euY53iWRxfnExdDN8YgPl9wvD/rc9K6La6/JvyW+STM082l8bzuu8NJd9xsho/TEeKYjTBv3+tx7fP5t8Q1zreDyLzjN7HG/Zv6'
    'xyic4T3FddN1w29Y/oYePc5C34fTRbH/Sg6LVefBObIG7NhIe3WwNv94vpNWX1S6Ru+EMa3oK10j/HbFBj18YT9rST+rKrCG/Cyo'
    '8ThDVDyfRsUep3jjdjhHBzuKx9yq2Qevwlwd8e7S/tz8EUg7Kk97vPJ9J33z7tJYfV+Bb999BvJ+0/XZgbpQo8876dkvOOmenU66'
    '85FS+D5c02YlaJCgftyagd+M8WdVbS8hPAGOM03ioHKcO4vsG1k2qchbT860YyZ5/46tcP/42mcDrr2Kvl5pCaMqXMLv53dC+uLc'
    '4n1gG7v4KthLyLccALxbWKtEcp95UuZP2rROOQWdnc58/c/4eFZNcb4dEnWHLTE7HuBpUtC7tv496T6aj2f+uJ7O84OhLrLnjii5'
    '8yT366cwUWWEIYpnljA6okbDB8HYNQcQGQfN00zkcBuZ7Jjqcm/00HvOhMSZJ4toYqgnQpzhJ7P8uvOK4ug2zTnX4tPPVIjzRndG'
    'LoD0koC4gtN9Ox930qeede8F+O22XUD3PezeX5CGkzSbTD/9kJOu+lEpPfu55yDPd6Oj71YROk9EOOcNpN+LYR9Na8+foe3F9ZjQ'
    'ITUgu6yGPVQNuLPZYTMo+50OAStdEfKnklPRF+71zrVWBEXEBlls6MDbFfRaQrh25DG9xs5aMZ6aKvRaA5GzIC47muUzrQv9LK4h'
    '7yivW9zj6uDo8P1CcoeX+WX6kCbvHFLPjN3F9/uZ5NsvAO/v3FXKR0oAD+GJx0vPi4d/4KQvPFt8Xtic76ss56+N8KSQ95kB/C92'
    'CvHlHxfv3evIOVMxmUFyCuLkZr4TA5HJztNe+srm/DRd/9aQtFbHPS5d1QT6S0hPPfKik9bDHvj+M06eQbI/258AuewudX09JO/B'
    'O916VHkvJnmvgfqOe0Gd9xySt+1JJ33wSXXe00je7fc56Vzod3pX8dhOIHr924F/+BbQk7vvB94jtPPwi26cDpyzB5HX+GRxvYeS'
    'PqQBTy1/TN3fA0h94gF1ngZSH8VRqjGFif/azHBGHSmbf+lJw9jSIMcoeAhtQJNSGhfn5iiYq8Vwj6xm/KxmuBLj3YXWUUXyI33N'
    '77gm5ZawPtv6hved42RhCO1RzHFMlxucAT7z7fkko6XLo5ZFtYEOCl3/Xlj/dLz+KXK3CnYv87uYRXxvU53nOZCb3jZYSh9/cG3x'
    'N0ofn7Kt+Bulj/8IMsm0Qj6I3y78YHh+ShhYnGIqLCmmh9IsokdIvjouYWKrUv5kG5GvxzjIAAcldTeICA6h+IyKz6gJOqPwvnL4'
    'x0C3CnSJDrjOST9+K/gJJ3l33lKc9xfXAn8K8vaSswjrlfWh35Isq0eWl9/eRb7x9tdSvhFr7yzy7dB+J/3DJc63UxXfGi51fWvg'
    'ty+CDtzyftf+Br/tZd8WUb2hNcXjm6f4huObo2jv0P7Sc38v+0bP/Rc2g67eeaXn/k/h239/OD73Iz/3d5Tx3N8Rn/vxuV++cz8T'
    '4tzfV/g8ExX3b1+co4SIjtcdJZ/7CgM+97ss+NzvtOBzd1rwuZdZ8LmPtOBzH2LBj55uwI+uM+CBB6URotZlMdWHaCPlmog+xgxS'
    'J8pKKR97Nvw7Rb6Xs80oYpFmRTgdFd6/RYrxLGD5MR/XnVG1Rfc06hyZ+NjgPq7mgs2Eqf8N2/ilfnneEOH2As6VjVylVaObmSYw'
    'yGm3Ocx2A+UaOvip3ofgZ7Yh/ISJ74bwRmOW2MIb9XfA/U2MTVE4qtqH4KjRAg+hjwzqa4rG35J/7w2Ac0anKBzsS+fRDGEeL8/P'
    'vz/3Bb1FqGML+/kG2tfXPxli/W1k2skpzlEqTMwX3r7iN9vrNbX5Mox0axEVX8BTZ8GI5Z0U8UOfx+mSdkbJF4p1TAz2owij++0v'
    'oAnLKxFgR7Hg4VK+/6+fdvOEOXdU9uDIU9ip0MMdJbp3fv4CYvgMDZ8hdKCSkcJnIDnB1D3UU6a6G3ZPp5VeSJR8uPgsD712Vme5'
    'F00u2F3oUtB/Hrjb7j7xl2BrIfn3KIvGOld/10mb7wtXJz0bBuC8evoBMz+EMS2678KvLS2qs1lt7ghvs1qwOd1cXO/VoA/5CvPZ'
    'ZOKLaZHQ+2Kiuh7cNxHV9eC+iaiux4egzj3bSnU9vgo+YM6/rXR/Lb3YSRsvDU976dajBdbjsoA0gqmvlXLYP1ePuzKJKOhv7gOI'
    'rgX3HRSU/p7JxkNjHX8ffD19dm0wm4bYH53CH92OEDTbDnuaLDmJ4RxtQf8H/B4eTt4dcFEpTpP5ZHrmSClOk/npN4rTVvc66VVX'
    'lO6jg3PF32Lfi/surIfB6bFO2tTUNc4Qmgdjr+nO11Xk2z0MZxxPvr0EvgjXgb/Bo8m3f3wv0JXdbnwBrkP8zCddW1DUlZH0nUzP'
    '6XD9FjYRPMzbLdB9HcVjo7agSONhHj9/gjGeC4Xn5obAc75lo9LDpX44Y5y3f+jhhqH/uI+sBQr8WiOK45rQ2C8YZ4X7Dl4vin0H'
    'D5E86ONrkNWznuTJsbYwrudlQu+nGOu5AObHT07fy8qdwfQ8TGKAyXLLheu/rIuNeynpL4+Rgz7OFojSOMlU90cV59QkVij6bvfT'
    'K+HxarqE3h/tkYQOo3b7pry9oy3hs14U6xVnhbfuM7/DcvheKCZe912359qEG896unB99XC9a6rjkijj/KtwwLAGztco9pwK1ngs'
    '9E6y5zYKdax6Xo8sd4xw45wPi9J45qY6OqNML4vHrdpiqcMzynT4BoXrG7eg++2hw1MuWA2qX4WwaZo/C/S1yj/kIJvnAY1eXI9Q'
    'x6bnMRq7hTpeLn7fZgCLQ4o1p33pNYDDl9OOzxkV7h7W9NEktjKNeW8a/5vrkJnoEwbtRzfRcZPz8Km0s5dpH3stdSZt16uLwAbt'
    'WyXWgY//ovz4T2L94nq8PQH3wKCCbjDRT+f0g8388n1A9Q9nk7HazDWdGx47dpMGzk31/qOCHT7WV1NunE+Vz1tVHCYvOFqvmZ9N'
    'rF8/h/R3wkyf3GsM93qMYbCMYzBZlzcMYe66lEO7UNjOWewHHlvQlp5WwfAoS8cUOEP2fV3KoZsnCoZ+Kor9MOvmeH7KkT3SeeLn'
    'zaCmrqjO7VHyXfZJ3tJPFPo4nGFirurw3XpN3wbZvPrRqaZ2I7uTLmxvEeaxYvsnwbn3maRzF0P4M+k7rW+TZv1t9rYOl29WrLPs'
    '80DSsQ1T4RIez7ZbBIs9rBqrrj9nJR0bTRO62fa8zfns+YWk7f4y0+R8b9cmnTvOZD53Xk24cUj53JvQJn3CLC4gXzsTuHk04cTt'
    'KicdxufjrxN6WOxVrEPU63Ftwol1FWbMGwz3RndiYnHraQlHNq6jG7Affu0NKNbJq925pN2c5R1Odf/jtIJq7mS7VQlHXhak3ajm'
    '/GfA5ywHrn1euPaoWHavJS7BMn6x2GV79wt3PieKL/BxMmbbPqjO1EGf9iQNPisADNnSylKX8BBLuicK+kK2vVK4semjwPsYY3xW'
    'AJgctYRJGvvWi09CeaQYd5z6JdlN9JVmEPnJQgUPdSJ5/egXpV6Ej2tZ8E8N/jv+8hm7ctSmJux8BLXbRh3cNKyvYHxvWXY6yPi4'
    'rLuW1JMWxbEKdOXR1wb1pyPLrhOujw4qS5L53y/U/nQuExPnwwTnjduj++3NTYwPkUo4cjHTcjpc8Rsi7xhmd4chDa3/GtmjJjRL'
    'j4a3MqI4Uw+0OK8GLPJiGw8SnLXeZ5x3EblJtwVthvLtvxJu3Lyga0TvCB+MqD6M7zUiXNpwOYnn7hcDfink7WSx2I8nMeBprPvl'
    '5D3K9JGOWO3Tnkksea/yVKav0sNe6qFfdqTQxzo5nOiCjYKPpjfBD9Pjz7o+RHS6sNM8dGHrFbq2WYWuLZc7RoXbsiFxG+anvsFU'
    'uN+0Xrq+10D644Dnt1+foprDqpB0hipfbUA64wHQKXwV0jcg3d0RjP6Jql+/XxN+nmsioOdMxuPnD8/rXr9Jgc/xvOF6+1585ij0'
    'B+om0XxtDDBf/B7CdS2w3ETGhqRzkPLANTMJ7ZwgukBYPuVTPgr/cckyj9ErJvNEnVMqORCX95nwOXPkPlvOvm2z4Cv0GfTtgAj6'
    'Rnkq9C4zy0DvwZRmH9PwHY6ANlU6AJz/0Kep4wCgpWlfByzuMrw+lQ4Y6nGvE8X22mhPOs1nrno0/B+u60rHwvn1NrIula5oio1l'
    'ARmLqo9DBLeb7B+/8y4K/7uUN9elWEfTM4v7xKfyhzEFvMm5PEyhD6CTH6v4+4Os3o0afelBwjv10vu19S8WFd+D83dN5zwq/l3Q'
    '9uN45aoYqs5TrnjlbbA/6dpcLmLfcNTXz44rRZjH05qF80wlnfoisxUQ8R6K91C8h4z3UIsojrP8m4R7ZiFN2AL7Jwt8cJuzepFF'
    'fuSJHmx5X1fpq5uWl20eFGBc8y3HRemdTIx7YtwT4x7l+V0Vn9/xHor3kNX5nYXzO4hvJc7rbSFyzUWMx7KS8YtqhLfP7TB8kckk'
    's+A2in6yhqh0ghoimL8gOoBB5lKll+Wlr1HOtVLxh9Ih5tJvzmz5dG1kvWX+JKPFdfDQGGIMQwodF1wziQPmKfoZVDd3KKRdBb2T'
    '2NpLDWr0xEc04+B1hoWzoHFr/MbZrxlPTiPvmKGw4wlqR0R9pKlsBJqFa1+/2XDNVTxgnVyovgxzaqurtDEgP57bE45obIFM5BKU'
    '525zPw7ib2AFkd0EsYXksht5X54bsR1O0PU18elbU6Z9PKzYQ35lhjxsYcohSx31kaU2W+x1CnMIV3U+ewH1FI8Wrt1flHJbbkPh'
    '1Q+bPanTfWtX4GIV7k4yGd561m9qE9cE5eYoxmByZtJ+DZH2/PqrksPSMaTJfcT07ObwjXYWPLaVrQ1Uj0J2qeLF8b3TEmLvbCFt'
    'qXzxHsFgvIWcoe2sjiHN+vf6wBrCEpYx1eXeyOYJY3DSvmw2hAUvPJJmcN4v9PaxOh9TXrLqQY95itL2oqC32253156moBNQV9fG'
    'Z1KCzAuNc6Lz06fyF77oxeKYq+1Ed3g5+NXfA7Fn73zGpQPR9/4MsBP57bfs5mw2lPvdTjUMRWnTcP+8YH6zpsOvVpTGFcb4ZLq4'
    'wlHCV9V5Tvr1NS68UN21N64HGDhPr09R62EXpIKLa98NPkjPL43FW9fnfiv4cL4onA/3qON/2u4lvn9mAt7ie7QBcGkt2V/7ypOg'
    'bEUaWCJd7jZtnubAH3UttwTQR6X74SBoePcjTno2xrx+2g6+Xvmmk/ZD7OzXwE5u9FFn7/w5wJd8dzPgxpW7vMusImW+CTG0vvBg'
    'cZlP3+va8ckyHXD+0PgnnwM8f/GPoK8QY/sLO4tjg++G9s++x6nrYDI/T0EM78efCbb/2r7p3W+/8yEMfhUw3x/f5Z6FNuUv/aE7'
    'b1HxHOkZKc/WwlzcbxYXkZ+Vsuw0WB9xz8TZVejw/DSib9qluOfwe5qpnnG/MPOtqrsHmtKaIxr93l6NjYPKLjmMfx9uQz7go2c8'
    'oOhXM+EXhtWbDSo3UPEuN2vmeosGXlR2/E3C9f9iqndswpMZ1ejHDgi9ny5V3/z4UCgDUq3NMNOtDbo/bO4vszV8TrQBvJPcZzPQ'
    'xotzS+nIBaLYX+FCzXzYnN2YLy28bel0/GU5jhNF+FjudG24/6KtonyxlLnvNJWdcZ60FxdFgHtMfEOa2CWb8pHLPW/9wtyHda/P'
    'Xkb4QhhLQJvYF+nEtFBtYodS4p+FvjcL1//aKEuHhdqf79VsDtAfM6aIDzG+wxZNukS4cXNq4V0n21Ooh9AkXF/S1J4K9zaeUZsI'
    'v7pJgzeSGrqmFdbQlIdl6pM0iEynWWPz4OejhdvERCFX8bLvWaDh/8xnZwE/6/sUtES55U2LoQ16vnOZ56gw97k9LIp9h88gdKbu'
    '7OY004hifU3uI80ERrz0VWx8R5rSsANM36NPQyvZ2jjJ/bcu4Pqq5ljne2nER+cI9+A0jdx/k2ZtdTh7uXB9Puh8DA5q1sHEzx5v'
    'T7Y1S3j7ZQpCb9rSlTLP2km0ngeFpDf6hNp31xjDA8sVcmjV+MY0dIwqb4+w95mdI+dmqzCXM3LYvMZwveW/dbEMtvjArpcvP3zv'
    'JXcQTN7TzWBoiMlQ6T3hJfAJ8Z+Q3tvhPd5q4fpvkucUfruT4OY7Rbj4FLoYNZ3CP0bNCaI8cVgOFeH8LqFvIRpnos9nj28VZmuR'
    'YWvx/Dx3LZ6fZ0fX/w74ks2QPgy8zysfdtudBedyLftJfyPS14j0MyJ9jAzlf3X5Q+3RNfn9lf/3zR8R4qcfseNYe/kwKdC+kMp2'
    'ZCrbkukgvJdtylS2i/1vg/7XsN8j+TLfyf/eyv9uz/96879z87/3538X5X9XdJj3+xFo/zuQvgXp7ZD2QnoupO+H9CJIZVvY31qy'
    'znVERlaXH+u1txa3Wwfjl+8pzqjS4AzEA1+6xElPgLjCv9pWKqPW0X46+GyFea5ivxX5Pr5+fX4u3iPE+flD8urLhfj1+d7zuQLG'
    '9TrI42TZQvzjtbBnL3dSWY8fnEoYmTng4D6J9yTO2wtwezek93bYwSnCnaxXh1dlupfB8d3s73vJus+G/tex34wr8vM/5sDSI7DX'
    '/j7/+wbAqS280nHIugu09VgxvD7C9t3fQ/oNBrcmcJwm8Ch/r+Tb/G1PcT9egX7I9/yMo+2+rugPjx37r/DtCZ+zjfYvTfp36FX5'
    'dcoV90++K6xfTq2H8u9/4aQ1t5b2Jws46b8/7N2fRlj/NPudlT+wTs8fHp35vVrTp15HmUemp4M8uRP2tcyvGi/qScvfwN1CPP1A'
    'cX3ynUzle5vzRMq9VPOz/IliGRTlVXTcY75OtN+ynJQx035z3Y0g8iG6HihrmUXWQ/rllD45q/NnZMcL6vWgvjsLcv2HoX8vmNF2'
    'OG97oPzd3y2FK7pGJvNXx+ZPPODI24qEwg+4cjib+UvD/F3wUjSxrFVx4m3rzZJ8VYRv3Qz8EWEIZ1LeJ2V9wkMGyPmGq3eFjzN/'
    'E8hQ5z1cGjsb5atLnyiFi6+BvPdrO73hAuP0oW4u+qEafsCROXPYboZv1BciwrMpnDz4ggsnMv0u7Aup82NTz45vA52103/9jntM'
    'iF/cXzyO48CHo3wfBM537iqdxwybx8fzuOTl/Hxd+UjpPD4OcuiXYT5lniA6NuLZ0vFn2fjfzLe1/LHi9t+E9uV7m3Z/+s3i9rc/'
    'Eg7GUT/i47tK4fim3S6MeMFxDTsvC2f/4+55xGkJ/PbIk8Xt3Ploabxm1OO49iF1XpWMIiFcWz3s04n5fXrxE44eyqUPq8+ME+GM'
    'vPiJYp0Vmd9mjW6EvXEx6Nl8+Edq3ROpA8NhOMtgWN4H5V2QnrPYX3pXDHLmPvwDJ33h2eB+sfndOMXuxl/d5fb3q5a6KKin1Lyz'
    'vO1QOPfDZZJOkTQKXYfZAfRGVXuRnuH8vLngUdjvin2Ke8SPjqsnsjsKYzim7Qo8yfV2tgfEk6jv9e1H9HuAznkjuQ+sljpd9xX3'
    'azXoecn3lJ6r9aHnUE9M7AxOz+nmUdKIt+Rxx+r7SufxbujvLYBbVt9nN484/8tfsiv3Z9DujUQfzO+8knrUt+0q7j/VrbZp/xaY'
    '0/ZdxesxUwSDpzthHyR2l+JouWaLiE6gLU2z+mkXNmVdB5J+Bq3r5ftL4T3IXWE0v8f/wGioUdj3f7CkoVTnRpBz7tdQz73Au1z4'
    'Tf3e1vGxq8fd8ch/q/Ys9xdO9yz3M+4VI3gO3Pdqxt0xyH8H1fnTnUW6MdH7Ffoplz7GK9Hf/w9lbznJ'
)
