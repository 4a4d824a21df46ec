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
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 31901, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 32020, 139, 1, {}, (None, None)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 32159, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 32475, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 32696, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 33189, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 33513, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 33719, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 33747, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 33767, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 33799, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 33961, 16, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 33977, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 34183, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 34469, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 34665, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 34719, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 34743, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 34767, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 34810, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 35072, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 35366, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 35384, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 35401, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 35430, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 35554, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 35684, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 35891, 270, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 36161, 104, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 36265, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 36684, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 36700, 44, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 36744, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 36833, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 36952, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 37027, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 37108, 16, 0, {}, (None,)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 37124, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 37160, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 37273, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 37317, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 37341, 44, 0, {}, (None,)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 37385, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 37868, 277, 1, {}, (None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 38145, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 38246, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 38271, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 39120, 108, 0, {}, (None,)),
 ('\\d', 0, 32, 39228, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 39242, 28, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 39270, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 39485, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 39617, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 39736, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 39797, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 39909, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 40036, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 40157, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 40431, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 40565, 137, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 40702, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 40821, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 40849, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 40865, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 41129, 4095, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 45224, 55, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 45279, 289, 0, {}, (None,)),
 ('\\s+(?:septiembre|diciembre|fevereiro|noviembre|september|septembre|setiembre|settembre|december|decembre|desember|dezember|dezembro|dicembre|décembre|febbraio|februari|february|november|novembre|novembro|setembro|сентябрь|сентября|agustus|febrero|februar|fevrier|février|gennaio|janeiro|januari|january|janvier|juillet|october|octobre|octubre|oktober|ottobre|outubro|августа|декабрь|декабря|октябрь|октября|февраль|февраля|กรกฎาคม|พฤษภาคม|agosto|aprile|august|giugno|januar|jänner|luglio|maggio|август|апрель|апреля|ноябрь|ноября|январь|января|มกราคม|เมษายน|abril|april|avril|enero|julho|julio|junho|junio|maerz|march|maret|marzo|março|марта|aout|août|févr|janv|juil|juin|juli|july|june|juni|maio|mars|mayo|märz|sept|июль|июля|июнь|июня|март|сент|abr|ago|agt|agu|apr|aug|avr|dec|dez|dic|déc|ene|feb|fev|gen|giu|jan|jul|jun|lug|mag|mai|mar|may|mei|mär|nov|oct|okt|ott|out|sep|set|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв)\\.?\\s+\\d', 2, 34, 45568, 2473, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 48041, 220, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 48261, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 48294, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 48335, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 48356, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 48414, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 48430, 16, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 48446, 179, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 48625, 104, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 48729, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 48924, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 49304, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 49359, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 49473, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 49770, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 49948, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 50005, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 50062, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 50119, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 50176, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 50237, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 50294, 40, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 50334, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 50416, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 50556, 30, 0, {}, (None,)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 50586, 97, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 50683, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 50784, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 50808, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 51318, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 51342, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 51366, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 51387, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 51795, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 51936, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 52058, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 52079, 191, 2, {}, (None, None, None)),
 ('^\\([a-zà-ÿ]', 0, 32, 52270, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 52289, 171, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 52460, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 52498, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 52577, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 52733, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 52889, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 53734, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 54578, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 54724, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 54915, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 54961, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 55207, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 55285, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 55497, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 55729, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 55840, 247, 4, {}, (None, None, None, None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 56087, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 56709, 369, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 57078, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 57227, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 57815, 206, 1, {}, (None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 58021, 347, 2, {}, (None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 58368, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 58497, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 58744, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 59112, 115, 2, {}, (None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 59227, 71, 1, {}, (None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 59298, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 59373, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 59519, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 59654, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 59767, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 59841, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 59918, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 60045, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 60415, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 60457, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 60550, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 60596, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 61466, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 61891, 510, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 62401, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 62474, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 62684, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 62767, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 62911, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 63057, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 63187, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 63315, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 63431, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 63934, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 64189, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 64375, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 64562, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 65015, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 65236, 171, 1, {}, (None, None)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 65407, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 65475, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 65553, 311, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 65864, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 65945, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 66035, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 66111, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 66186, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 66243, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 66290, 39, 0, {}, (None,)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 66329, 97, 1, {}, (None, None)),
 ('^\\s*by\\s+', 2, 34, 66426, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 66458, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 67423, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 67503, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 67586, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 67635, 105, 1, {}, (None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 67740, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 67825, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 67982, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 68030, 207, 3, {}, (None, None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 68237, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 68361, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 68465, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 68513, 77, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 68590, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 68628, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 68657, 44, 0, {}, (None,)),
 ('all rights reserved', 2, 34, 68701, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 68760, 38, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 68798, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 68950, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 69031, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 69202, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 69255, 116, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 69371, 60, 1, {}, (None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 69431, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 69530, 30, 0, {}, (None,)),
 ('コメントは個人の見解', 2, 34, 69560, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 69608, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 69652, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 69698, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 69730, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 69778, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 69830, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 69870, 36, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 69906, 30, 0, {}, (None,)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 69936, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 70010, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 70070, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 70122, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 70152, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 70186, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 70248, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 70283, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 70329, 48, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 70377, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 70403, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 70429, 53, 1, {}, (None, None)),
 ('채널.{0,10}(추가|구독)', 2, 34, 70482, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 70524, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 70574, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 70675, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 70729, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 70782, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYXUWZaN299y0J6YQmNJCEJCShAwRCSKDBjOATElZBWXu56TbpdDdNd0JikCDgBg6IgzpPZ9zfCAZl0QFEx5BBEmbEEVQc'
    'Z5gxjPjG8GZcHuqg8qbfrXv+n/Pf/1SdU3Xuud2dzjl8l0qfU3v99ddf/9oghEgL55HpeOHJFdJ3w9/1hV8C0urCb1bhV1X4NUJa'
    'U/g1FX7XQh2YdwC+ZYov/Z8k+zuVmFZPcXqTnWKXKOPp9PmWDiibFMFty/XcVPj1w/r1wvql4/WTIC1uE2U9x/p+/XRwBY3OOhaf'
    'VtiLAvZrPayT3I91ZB82w7/lfm7LOOXeyfapzToHrfsh/qSKE3NLEZ1VhVplB1R8vhtUYbG+cl0bIH8NwAfibIl3j5AZdwvxuR+5'
    'ZSQctRf+sRTK1cF7LJfDcusLbX/Kwe2ZDrf87MJvrqavCFOqvoZpqwX6+5vC7/9CmVrSnnz+2zmu3njGx2++WZB90gN14TxeA3OV'
    'CoHXEtMQr+26riy8lvT7WAXwSWHnJlIQYScRAOfxuh/a697Czi8JB/cDLkxZ4Luyz6vU9FvHItIseXZFs4iqp937Kj6r4rMqPqvi'
    's2q6nlUtljiuHlBy+5NOets+J/3Vt5104AEn/d7TTjt/T8rs/K6Tvv6ok+5/2Ek/v9dJH3veKfM3AGPy3c9vctKnP+qkP3i7k750'
    'qZP3EZL3hQ866e4PqvN+keQ9arfbT5l2fNlJ797n5P0LknfnQ046H8ac3lc6xntIXj4vvN73kbytMO6v7VXn3Unyvgh5Xn9Cnfd6'
    'kvdGaPuU59R5N5K86f1OukpT75Uk72Pfd9LnnlHPw4UAR/Ld9hEnPXNL6RqcS/LIxVO1eSbJ8zUYw4G9pW2tJHkef95J675fmmcp'
    'wKx8t+IKJ224yvm2gHz7QreTXnK3820e+dYKsJTZ5XybTb49eEfptybyjY+pmnzj80bpxhtC3JNbCZmkxNEJ/zu/bVsNDJ/jOpwA'
    'NMSywm+5Avc0AZ+vFfpH68iS/E1QBz2rmkn+Jqjftp6WKOc0WRxKu9+c2rYX864CeFcBc+5/SibLviwgzV6VddaquKnGnbXrgiqy'
    'sHZXURrHls0WMJCoHzHJTzvZH2Eeil+qx501+lTh0vUXmXgfTUUesA29qTuHq33OYVs5Au5finuvsrijTPMnCWyX+aE3+K5AEV4s'
    'F4h5LTGvJea1xHKBWC4QywXisyrGWfFZFa/7JMsFJCz8LCR9HssJYjlBLCeojJygJZYVHNaygpinOfVkA3R/NlvukyzcBRIAi9xe'
    'YTbjT1K9Z8QV85928bTsy1sU3556wfl2Dvl23iVOesHFzrczFN/uvNb5dgr5VrPezdMIewe/1bJvC+HbIhiHTLfAnB1Nvg2zb7hn'
    'sRzuZcyDfzeSPYf1+OUNu04tUIbTxUl2p6pha5WypJ0y0N/V0N+15N05G513q8i73+WddyeTd5IOaIQxN8A89JM2hU+fG2EjzSPz'
    'loYx0LtvMmDsGfI34tsmgu9p3kQZNgBpiz41Q7/knjqOzXujRbtyHFnYM80hyt72TfWZ/raQ52wtOx+yBIZk+vx2+3qboR6buc1F'
    'NLeyv2HntupZ79zi/J4rws1DFcG3Kjx2og8eW2SBx46ywGMt0H/5bYzscZmOiFJ6Er9lYc04Hqwmc/SeRDgYzLJ1WETmrwb68UVI'
    'eb9HIe2BvtWSPH1k/Jg3DK6wl+slpz2PoTihoZ9AsZ4V/JicpxI+ZwbA3WpWZxDeQt7HE6CDg/Jg5IMe74Gb5GH9CB8en4Jo3hUG'
    'shJkr1OcdTHBZzvYt7cSvIO4Ig/rh+fhDZDeDDgO60Hat1pRnuY5idBTa9KldZ+ddtJb29y6V6edcvNJ37axPqEu0QrSp242tpkA'
    'p6blR8l5o8P5tZr9szjkHZjXszSiexDe2SltvBTG00neLSTriO8SHc67U2G8OBf0DB+EtBfKn6DIO6bJ2w5jo3nz7JxCXhDNs12U'
    '8oJ4eXp202+r0uHOPr87Zhramc/ulCsgPV14+VYnIf9KePlW+G0lgzkV/lW9Q3rvCM33JqC3TPG7Cv75PGRh/rKEVlkYIP+oiZAn'
    'ZuJ3APmZJ0P/6ggc8/2HsJpQ0FNDDJbzGnoqUeGx2LZH92wfGYsOtpMEb3wi7d6tswTOaqAdVZu0j7Ls2Yy+H2HzOUz+9jtzmgBv'
    '0DryhP6l+CZvgOsHSOqX17RPw2yu8S5xXNrBjab9GmT1dluUHWXzQ9ed1rlVAdOyr6+l3L72WdACPYp7VFBf84rxqcav6+uzKYef'
    'g/QCbe9MoCneQ2iKznRputKADjnLoN61LM8pkOcWkmdlujRvFfKlIO9tbU56e5u7h+5N6eF9mM3JCFl/E/hSwUQ3O2PHCu2fBe86'
    '2BhPgn7vanP3SNCYTNYH++O3LiZt0T6b5D0/XUonnJpyeDG28D9isUeHNPhjiOGPGSmHpyjfbdacRaMW7XdreAi83d8WkHgbK3Mg'
    'oH7Vvj3A3n9uXmnf+6G9Hycdmg/pRMr30e2DXobn/h3Sn5Ixybr3Fuo+pkLrqFtP2jfZh8+Q+dxWRjv5gHMC9+/tSUefSTWP/Lwc'
    '0eTrDeifbGczacf0LFeNpzdgPBeRdoLgoIekQfP7KjtXTiu0MyME3qX5cA/NTzp0mulc8Hq3B8xJXdLhffI+2LRnu96/TDhjonDM'
    '+91rQTfxMf0o4dxh6HpyXNWvaNevPVnvkwb1DlnsS4SXLxnUa1JfD7tX3Fv4diSDuzzD+2MR0LCyrR0Jh7ehamubgq7lvBJZxztJ'
    'HXw/3Eje+639FWQusY6XyPzQsn0GcyrPmqLsNuHKFHRrlFfgxKJ80KBsv+YMnW9QdkiBa2SZWQnnfmVatnhvJGX81oC280fh0hcT'
    'RefJdv+F0HomNBrS0KvT5dOHsv1vEpnRELsT5hlt8jDJ6zevMu9fEZ2u1zY66boOuMtD+vX1Tt5PEr6oKY0ly/0p4Uvo7p23K/Jw'
    'eNlJ8ujuWTcQ/aP/utxJ3/yuUt2sTSTPvaDvddaO0jxdJM/cu530K6DjdQXor11B9ddAx+s3TznpKOh6bSB5Pgy6XiueLNUHezPh'
    'd3MccxbhuV21obSPq8i3F0CP48I+59sK8o3Og/y2hOqt9Trp+0C/4Djyjc9bG/l2+W2l32b56Mk1+OjJUX4v9sGW75kD3rmJjHzu'
    'uL+OPO/T3PHSPqE+y1GEx2TaTxOaJYhHpeKbp0V5fC/K40sJOz+ppvz8sP2qZzzDKuAZd4G85gjAQeMGfaqNoE+VvJ/YwPucEPBu'
    'yoMN2gPNZH0ypL4k0QXwW4eqCNfBlDaK5zaauVXRjofL3FZPwtz63YUOl3nPVXjeh2I8UdE5RZwc44no59aE7xPPezTzbssXO1zm'
    'PR3RvNO77+Eyd3URz12lZF6Hy3pkJng9Yji3m9coZa2Hy9w3RzT3U1kf6HBZy/oKreVE6onE+85uraayblu87+zWcqJ0og6XdclG'
    'tC5+MtWY9rWbS5WMN+ZBhJvDSujQxGtR3lqY6BjFOCPcHB+OZ1htBeYwSn3Ww2UdZke8DoeT7VC8V+1gpFI64YfLOtRUaB1sdOYP'
    'l7lumIS5jsIuLOatm6/PZNkaxfgqujUKY5cTz78dDpsIu6X4fh5+TUztd2L+aHRzHOshRjeXsa5ceXNarv1dzLezm/fDWSYYFU0R'
    'tV1yfO8JN/+V8m8Q8wns1uNw8t8S005TEzYOl3VpjGhdpptPq3hf2vGlJtonQmxbYb4+3HdAPHd2c0d9K8RzZzd31PdEfLcOP3eH'
    '296Nag5V/l3iPWw3h9RHzOEyd6mI5u5wmrNsRHPm54cq3rt2c3k4nh1RzR31cRXPnd3cUR9g8dxZnrd3xPRe2LlT+eqL59BuDlW+'
    'DOM5tJtDla/Hw2UOk9CP2fCj40JfmGOQoo4OjwnXRHQ7t5C8POYf9pXOzQmiNNZvM+l3mLies4UbFzMoHlnYWJUtBncQ2c59wvXh'
    'mQG+6vPz3TjWOHeLmB7EYuH68JzLdDq5fcJ2C3ko2ib3i/Li9sk5PoXBCh/zUsWYjzcY8zzh+rKv1JhV8YdaLMd/mvDuZYzd5Bcr'
    'b5GiXFB7dL8sg3RGu92amfaxRdjHGdPhvaXCjY9pO2YaU7kJ6pXfZ2F5WegSIehRyJ9GWPeNojRu7nVEFhLHEeRxBMeLU1HJOIJ0'
    '38k98S54f0a83tN+vWcI+zjfGK+4ntAcJcSPDzy8zuAhE8PDlICHjwonbg61o6O2j9yuMsw5HxSbYozgm1OecNKfP+x8GyTfzhtx'
    '0jeBv/Y+oPl1fUddMxPb0H6hjp2wntBI3FZkzELXsFd47VtN9OaC5k7GYjxa079eYW87O2BYht6H8E7j53MdfadmYJ9TGoX6SV+u'
    'oD1s7h4JUg/Fazrf9eXcccK0g37ndbFEVfFCOzT3A9N7Uga+iQCa+Aspe/pwNtw1VXcQjEWbJ+8wRvt15N1OeHel8MaRx7vRpeQe'
    'c0C4cSJyotS2G2PLnyfcuMBdGhjvMoDxU4UbT/SAQf4lpE8np0vHfJxw44Z0Njjp8ZAugPSkhtI4r1HED8b7Sjn3rC4GV1kGx/Of'
    'dtL0fqedtyi+PfUCxOqhOB30RC642I1RzL/dea3z7RTyrWa9m6cRxoffatm3hQq4Qjg5mnwbZt/wTkVhaDnJQ9e2nuQdDshLeUY5'
    'i3VA3k2VJa6qtqTxMoQ/I/u7lrw7Z6MbRwXf/Q5ikJxM3r2413m3XLjxb/pJm364CONHz2P3h1ZL/JcRpfGUs6Q+njcRkgfTDPXY'
    '4ORa2FPHKWhrmz2dhT3THKLsbd/04gPZp7eF4BGY8Fyf3x6O91BnObf1Ec2t7G/Yua161ju3OL/nhuTBNBB8q8JjJ/rgsUUWeOwo'
    'CzzWItzYUmPC60OR0jP4TcXzayb1yTl6TyIcDPJzchGZP4zR/kXCU1f5A+Q8dXqn2VImv7bec88NepKJ6fy8cdEJ/aQDc9jyZYPO'
    'UwmfMw3lGqZ4qwXg6Qm4B7bCPsU4VTF/RMUfcZ5K8kdUcoqLCT7bwb69leCdLcLc58EO4dK+1YryNM9JhJ5aY2ALshpiMc4nfdsm'
    'zPyl0rHNJPcpk/LUr58O5zdr9s9iJgPR+ZMqh5dgQktQXkK5PAIu4zQpn9HMz3If+lY3flM5d3zXi+968V0vvuvFd734rhff9eK7'
    'XnzXi+968V0vvutNxF1PZ2efARyNeDUHsrFlcBbyPZaDs810n9cD/UjrtJE743qeblHGisboix632bT/MxZjPkNoQJP1sJEz/h8N'
    'bbkI52LcXZsfi9L46z+AdltE1E8CBp9KFwePT7Y49OI4qoOqqPH7WEv+XUdmtqGxVLOqOboRJdmLpiZ95narqquMcXEyXN/b6UXO'
    '92my67HRk3QB1PZJeo6dEE9T6IEmLOeI78HFkFaP2+sQRI2X6kGPowbwkZgIIjaZmqrkddqYSA71dJpQ4YFt28JKEC09G87eMGea'
    '5KeoaI5sAM2xXHPGlaOrdmKZ/OUTmW7ZUROoY9ZIeKI2ZShtmDHgZZ8Y66rFumqxrlosv4jlF7H8IpZfxPKLWH4Ryy9i+UUsv4jl'
    'F7H8YgrrqlF+Qh3BrVXsfrvaR2ctB3VSOUUH3Ot1tCml8/Gez8ufTPLSsVKbOF5mpU+byJOwoRXS5C5EaQXTWFGy7x9LlNIMqhiR'
    'mPfOhB1sUdiQ5XeS8j0h+jpAyudDlL+K9d+2/PmJ8vb9mkQwPXJyIpgeWZJwccNmi/63kXKbLMo1kD71k3ZpngzUHVRnHyv3XwTP'
    '9Vj06aBw7PDDxpeldb1A+rDFoNxmKLeflDPFtbLc1y3LYT93k3I2cPuX5LzR7e17Sd3DFnW/j9Q9rKn73SRPjybPmOUaYLk+xVnK'
    '676G1N1tUfeFin7nWZ5zFXPL85xJ8mzT5FlpQBMsDUkTzCO0DG93tuI+id+ayLce9o3e93T3JeRPI12g8mtletdeRGiIBNApMwkN'
    'gfSErVytXJ6rn08ypF2qhNe2vZ612xmgZ97AeFg6/wCqthoikLXMBjpGxT9EPkGDAs6QP0Dzf13Bo84xOYiJT7k50K80WQOq458m'
    '81wP9c6CuhoZDXmtRsYym8xZguGXvEV/WwhdKMd6jAEeyiv2ZdBZkWd7slt4fXcUabEaZ2yyfAJkEqsgPQbSdiKrkOk8SFdAOgfS'
    'VkjPB5lGvsbx+RZmfH5j4DD11hqHr2/aTpTzt7TG9WuHsaHRd8jWCNtpqXF9lPQa1NsTYduvVldmHXk7P7ZsZzRkO9+qdtdsIyu7'
    'VQFjKjpLNZ/UL41s5wvVDp6he2Y+pIsgrYL0lIbSPYh77Viyx2Sdd1c79K4O3mz2zU2krl4FrWFT1yZSF59Tvg5j7J5J40XLui73'
    '6VePZb/WlTFfHG5WKPp10LBfvK55ZYyR11Vb7Zw/YefeD66L+7/Krb/X4t5hukb/XBXcfz6OLoP9iPvwb1n/TXCnzfx/Ceq3xVtB'
    '9WP/P1JVPgxjXbuqwu95XteWKu+5q7p/2MZAk3k3QJkVLHbbBrjLrJ+Ets+Htk+EOaQ0EuLvIxgNNScAn7dVOfRg2L1b3P+kjiEF'
    'X4a+1+3BP+TcOjaxdgYN8fbBnLcfPZb9+Mec+XzkNXC5z6AfYwF7+q9zzj3Hbz5s6Dsc36dJvRvZGbJVmPsI5PV+UFFvPoJ6RxXz'
    'MGZQj8qHYAkvJgSs8DW6wGCNwpx3pxXqPZKV6xNm/go5jAXpj7WRMfQJb2xfmtqceVnF/I5azu9vs8HzG4Yu/knW27cxw/2JdXyX'
    '9G2dJq4nj9FKcXkHpGewc+WxiOvFM+OzhcLHCrNYsqhLKNM3paOLE1w8/7OOzkdQbNPVEZ7VPRPYJs73m2EdTeOzrmbrpxtLR8T1'
    'Yn/nZh3eFKUpVja4fKyirmUD00EkZToZzwbLHMvKiKyrH8PvpIs1/J40qVvW8cuMt6+nBLT7bxm3XbzjHsfuvA0B7T5H6ljC2s1B'
    'ekJAHXsU/eB8rGMDaLavkDpaNXUcH9CPv8y4ulo2Z5csc5ei7MuaM4Of57syDr+c1jsW8owrymIV9fUJM/+3/CyS9V2hqG/Ygn4Z'
    'YGfYOlLfFk0/+yzO1Q5Sn0k5PreDrL42Ut+ApsyARf+qSH0b0uo41arzpkOD736TjqY+xHMH0i7sYp6zFPG5VWfzcyHKYrt70649'
    'wESfv8Xzn8zjWoPY4kFn6p9GVB/Oz460K+s7pkGNp3W4bHPa1ZE5JuDMuo7kTbC881jeyxR9Wqm5V/M+vZmU5Wfj4gD8fhrp47yA'
    '8Sz1GQ/PewzJuyQg7xE+9fKztZaMdRbjPywImKfXU247swL69OuUfl54n/43ydsaUO8/pxx6QoWj+R0fZeDfTZXa+4Q5J2Q93/Bp'
    'e0R4/dsXz39SJu9z3lK8/FmDdnawMvcqxtgdYoy3kno2sTNm0OJsud6nHpsz6lrFuLaGGNcFBnPK+Q6dBmX+nfX3ZFJGNX9UHwrL'
    'LPQpM6ApMyfl4vQ1ae85anvXy6Rcnb4tjE7k++kPSVe/whZGZPlXfMoPGJT/JygfRsYoy/9d0h2rbo3ekP/55B1gPM2vJr1z2CVK'
    'Y3fh+t2nqFfFMyzS/ySvHx+wyP9PevUNdfwsFY/pVs3aBO2zQSh/Q8jyuE97kl7dUuT7/JGt4xU+ecdY3gs082KKh9YmXTwUdr/J'
    'ek4gfV4F5dcTWpnSbe0GeZEmm+WTl9PGNQZ5sd7xhKPzEbXsRNb9c6IjqtoDRf4fyaPi8Rd1MRNePbiX2b54luRR0QAyz1OJUn1C'
    'Exgp8v8V4xhj43jAJw/C/ucVfaT3O5nnE4Y6sxT3yXIfInUPafRxbyN5VLJDmeddJE+vRudwRLEenC/xTp88iE+vU/SZ6xRe7tMf'
    '1I9en/DqW3I8/yeKue9mfV6jyNPHz38CQ6by42JcTEXdHLe3KcZ6kNUzQwHDeQMYzviMbUy4McV0eXA9XlXYxuXZXnhF6Nce4fwl'
    'ordqyjuR5b5P6h7Q7KG/E3Z7CMf2DeGFx1GW5xGhx1e4h+5X1MPPq8+Q8ZvyUornPylnKpOQ5W4nfVKdb0X9P5JHxVNphHnU1YPn'
    'zyafPKdDni6SR3X2Fc9/nzxnpF0/EA2WvBxZ7mwFjASde2jnPitC+QXqYjdY8m/wjt9gKX/gutgp4e8T208fOox+LtrW6vRzK6Vn'
    'K+tawHSVaxU8CKqPt1xh9zUvIK+tXXCLMItj1iT0PmZU/mdWijjGWew3JvYbE/uNif3G2OC/2G9M7Dcm9hsT+42J/cbEfmNM4Cf2'
    'GxP7jRHsjhr7jZl6fmNqQthDxza5sU1ubJMb2+TGNrmxTW5skxvb5MY2ubFNbmyTG9vkxja5sU1ubJMb2+TGNrmxTW5skxvb5MY2'
    'ubFNbmyTG9vkxja5sU1ubJMb2+TGNrmxTW5skxvb5MY2ubFNbmyTG9vkxja5sU1ubJMb2+TGNrmxTa6JTW7CwCbXxO4VY8vY2H2l'
    'QF99IbOFqbPgOdP4UYMEd/L4USPsG7X7GGV3em6DGGTfGDQ3so/PsjFy/DjEcCiN68XloHim+cX1wnGuVNTTz3Aqjeu10UI2Ps8Q'
    'z3Jb2SbDcpzGovYsaO+Zje0PJs3+IKwtv23MqiB79Wofe/WwNumxvXlsbx7bm8f25rG9eWxvHtubx/bmsb15bG8e25vH9uaxvXls'
    'bz7V7M1zsJfTcEYhbh2AdjIGuJVj1tT0Qq3FqXpvZzjYh+fYzjIwb9Jg39nSQEKUxqY3vc+sZbI2ynvU8QXoe15uQJGfyteGFPaa'
    'uIdN5PNcnkf7EiSDK9qSp507tkoXaFjTRxO/AIOEHqJ96lLwo+n3bRb6TeX0o5vJWz9WmIdO1sdeC1nmaIj16iKwQfs2EevAx395'
    '2jlTVDJYKlMOswcGGZ4fMTxTOM1tM798H1DZQBsZq81cq2S/eXbfaVfAUBQ+KExhh4/1pZTDE1atC+2zKRxt1MwPl2WjbuBvDWkb'
    'vzE86DOGwQqOwWRdXjWEuZtTzr1bZ9NramvfL9S28SPC3IakS2PnOKbAGbLvF6YcXvVkwdBPSX6/OZa6pAvYPHVp7H2GKnRuczud'
    'RMqRxeh8pvitWVh8t1HTt0E2r0H6XSY6InKM+5MubNvQ+/1T4Nz786QjD0D4M+k7rW+LZv1t9rYOl2/VyL8Hks4dTYVLuI52t4X9'
    '8ahC98ekP+clXZ9LQXSz7XmbD9jzi0nb/RWmyfnelrqki6f4ufNSwqlLNfcmtImJ/llesXYmcPP1hMNDriQdxufjLxJ6WOxVrEPU'
    '63FTwvWZEHbMmwz3RndicnHrOQlHLqejG7AfNraqqjsjb3c+aTdveYdT3f84raCau6IviYTjpzBMu1HN+c+A71wJXPtdeXdiZQ9a'
    '4hIso5pPrif9sHDnc7L4Ah8mY7btg+pMHQxoT9Lgc0PAkC2tfKVwz80tIfZGWPqiqEsOeqJR4f1GaHtuCJgctYTJeuG1u9mq0b1P'
    'Ej28GiL7ls3vJ7LvWcL1pbJYwd9utuR/ZoUb04XywpOEF15PeOHV0Icq6DfKnGT715Ylk5zeEsrinJbBN08b5Gll+lS2azC9pcLO'
    'GtwmynqOtZE9BOll8j1H17qarGEG9nwX8PoFkeFWEz0kzCd18t9h0I6UYfwO3t8i3LhS1zPZMpd/HSpwkjJ/0la6BRoZsVxrMzDS'
    '5xwP8TQqYLCe6JqY4B6Ep2ECT/G6e9ddseY3l7vmUa570cdH4R+XJJz1/Fei4xjv68NvX8c0gHed0xNAA8S4dHrg0iT5m9JQCXI/'
    '6id7sxfWOQyMJfy2Z7Iye6Eij1N1ymQVwzyq8okAeryW3YWz5A7fRPAp3qVrLO7QCAMihoEpCwN8/6bJ/lXFlqlX6OJiGYSbhI/d'
    'Sb3hPS+o7TTomXEdtRr4XsXufmK3EJ/7kVoPjrfD7QvWWuSvh3ecH0Xz0X0304KHFWa9+FguhPRSYltgei+3vVdXkXpkvTLvCtCp'
    'FaI0NtFE2V7a8ADroW3Z72Vg8yHbX/eQvc1SGNv1cvv5g6ft+5m27Cfass4p0/5n5z6nDLWH4/Z7aK/yoxD2KogjZP3vhzHdBuOp'
    'Eofak1Do3UuISWfeeJ3FnVWBJk2fZNk1wMqZvTTrsr6ohLUXwYBBwsdOgI/cxCyknK8U4vRMUMnslAPK0Dz8dnpw2MOC96kKB6SN'
    'wBNAGrj/UuerfP828n7F3e77C0XsayMqXxsSf8e2V5Nje4U0Jp6xP459U8S+KTRrfIJijen6HAc6J0hzyXqOZLR6EG2Jdp2mtD29'
    'I6loxtifRuxPI/anEfvTiP1pxP40Yn8asT+N2J9G7E8j9qcR+9OotD+NoO9cVlJ9iMpKZFuj10wdmUiRjumrvOzDpj8/y7t2Jbb0'
    'AaVJq8bdvYBrWgf5UkQeNIvAW1GWP66uj39HOmZpSB5QfNeO79rxXTu+a8d37fiuHd+147t2fNeO79rxXTu+a0+G78paUh7vzzxW'
    'Zp71YwfD3UeCfhvF7yq/JmH9AKli5qCMGu/JOTKnAxbwwmNnnSTcuJ+jFvWMauqTdHeb8PcBQ/1G2fpByWv0RpAfwNe7BXA3Xe9m'
    'obaL3xbQZi+59x0lvD4AyvE7xWO08zZVMZRMdHS5PwSbcuXAMPftQ+dzu2KdMmydaN33IV09Xz0HpudzGn66s1SFKxYQXEHjZGJ8'
    'sfPSDkylRCnNT3VKVrMyvI4zfOJkod7fTPieYDhghmY/cv8uOjyFdL7cs3OFeZxfHuse/z6ZxXjHMa5J++9XXJ8s4cVs7nD5ZJzn'
    'Wc3yvAvSj3R4eZ+yfFE3pk+PW1+A8v8J6YOQXtTn7WMG5p3yiy7p1vNl5beipuK1pTHE6Lc77i2NIUbrvuku75jwW/VdwbCT1cCO'
    'Ln7pMDm3cZ4/e6WTngb9/eWO0rsOzXMqy8PXXNe32XB+cB4sncvMR530j3d45+uheyH+3h0KGOiDedvm7VOG0QoUV2Abm2FMt/bo'
    '1xnz/EOPt2/4LXGjt2+yTlrOby1rfNayyO8EuPjNu0vbo3254SIn/fmAHq5uustsv1Jbn7ZvOGUf+75+jjDPB37o6obhN1lOps89'
    '4+KkekU5mT6qKdPoU+ZDK9RldGerCb/mxn12d/gSmzfbS+/0utKn1Bfx0GrjoDhud8nnZz7K2yQuOo3hIn727N7jpN/+tpPevc/1'
    'm1RP4KMod3sO8OdDTnpgr5OuesIpM5fof9JvvB0O47P2Q/1fBhnK7lKYX/OEGsZbLOH811910qsfsyv3ftiDq16Ilic8dzwcn6+G'
    'AIapPaBJXzOi1GaW+nta5kNjpqBcFPELcwSGLiH81uL9nvFf7/fJez7L+ylyDvK8wwHt3E3aeQuk6K+th+W9neTFPqDfy16WdwfZ'
    'h2+CdIjluZ7sE55nRNH/RtIO7cP5pA6/GJSoi360KLWtxDFsDyhP7axV4w9qeyXhV5/P7mxb2N9Yb57Uj7weXINzWdlulK1C3jnk'
    '7D6blEF+fI7BzNnCSzPOS3tTiq/SuD+FG6sXbWoR/nGv4HwgDwXlkei7jfspoLoWCbKH8dsaYmW0BupbAH8fI7z+LHk8ebzrUto6'
    'b3kH577Jt5D7XSPofLQY5KV4CefsTDJXR5N1PwvK3ahpc6aiTe4rudegTe4zooroLPitg1ynDxEePd8TJyrwYT+De4RpHNNWRV7c'
    'G11sj2wmebsZXuklex1tWepZ23wPDpD2GmG/1LJ+5lmZLmLL0sh4MD0Mx72T4TrkY55O+naDAlep+raU3H05DtnC2hlg8zfK6ppD'
    'ZP70zpljc8v9ROIa0fN7BdjjcNhC/nEiAFYQp1D/cdyWnZaX8DkT4DlBYNsWlqPoUxOjU6jfo8LblJRz6GQdeO+eo6B1VXiplfwb'
    '26O6RWvYPk8oaE7deHVzKNfynoSLs/3m8O6EA0O6dUkTuJD9N/HZb0Pvvh3o7q/t9b+383txFdDve57x3slH4Q5x39NqWh7Htg36'
    'he9qcF40l0eMuZWe1pLiTGL8yfG76AXzJ9IvSrvVzdLf0LgzoPRrwjFkLDw/SQnbZxfuxdF4TafVmuK+vVmxb3PTeI0z8PjnyibG'
    'f1/ivWzX+GSs8c36NTb1vRS0r3fGa35YrTnu+2sV+z72PZlIiFVvuITUsHUNngCcHPv7nPg5N6NTfdZAus7MTG+dxg6m07iIOU2y'
    'flr8PtZY60R6n7oOvq9G4zWdVmuK+7aB7dtqQRRjfBry8CQC8ut8yPrJhU5QyFpUej6twvUbiXf5Kiav4bxkW3nQdtYHm/0QQiA8'
    'MaGz06pbWBl+VBeF0982lQ5b+/BrMv/iZx90go/ML6b3fGBiRTkLWHVRUI6Y3pv4Oecxk/oU8B9GD2aarU3K4Nbq+yTD47aS/dEb'
    'r8mUWhPcN006uqujuGN36c6/OrK29SHKBdF9yU5xZxBM1Vrk5/gC20WdLJtYHjaxP0zl8SqbkWEmBx8S6ri2RxA7ix4RPt7jqChf'
    'Z3G1JT3bTPQR6uH7LGEXM2k6r+0SuJIFrR2PSczjLaJfR9MYrlzXZEx47VamA6xQukG2f+ieUanIabhkhWMlBh1fhz7dMP3WJI5v'
    'GbxGt5XHgrOKbxmEN/3wXTKmyUto8kruraQBeym+J029NckJN74P318mesAqXrMs8zOhjklns76p6bXe6XLXO0gEHwU8pIEmRtjY'
    'BOu40WLfTvN1pGdge0gOoP8Z+Olg/rzNHi3+XfjHXao9ecg9qsAmyVR6EnrSZMOcajJmXXlG6ie7Q9uhZIf7PU3EnOXid/m31G+/'
    'nrX78sNO+meWcbFielqBS8oDw0B6WnVmTx++QEwnx2tS+TVpBT4ixWO9MU00cXyBT5udl1HwDUrlq8nU4fzg3HI7qPDRdO0f716L'
    '12Sy1yRQr82nf0q9toD8fnpt9UxGhTppjUw37VqFXpFWPpwq/v1FFclexfSX6kOU8xvPJ9h4Pgrlaox0QiWnIZPFv3PT6pSpKk7z'
    'n/6oGFp0FfwKE7vL5u598lNWkN4YmCMl9mT2vN/593XkfbuWktDfBbPjr/pf/TsDaJkZxblZpLtq8nOQx0zAd1KWuqfw25B04Tyj'
    'eB94fobAK5Pl09SiWEpE/IxH+gScn/GaTPqa4L65S7Fv4Cwp4PIkLFg6UCkqk/WZq9yUWaNgPJ1MTshK2dZh27L3q0059fdGBV18'
    'ZwwzMcxYwAzinS4R69NPhm53Fcw/7t9r4rmflLnn/B/uS7kV3tN7GPrdOgHo4GXCjWnTwHT/OonchtaRJfm5rctsogOIfkGXh6in'
    'JeB+2czq4nqGJn5vsP46hkdmBdy9cR6D8vH+59i6pNm6mNRH59NEr9W2r91QTxLqnRXv7ch0+4J0H7jO/rWwbvH8T/z8Ux58QiN7'
    'Rh9zGMMrS/YN981Yx/JR/LiwPXwMMT+5OsbxuzoC2cKIBi/EOlFTXyeK45Uhglfi9Tu01s8U3xxhiG/88NKCCuOl6vHy8VK1gnZD'
    'f7E3E5jPar5xGi0p3BgFNeRvyjtGX4ycjkyT9aZynRST63B/jgfkdzZXmA99PSLP+l99ZC8pgI/rYh0l9b1s1xvbFOQKVjIXOdfp'
    'ICkL2vmp4JfugWWQzmh3v6l020z0lOUa+8XLaYTzG+9+6Hqhh+zHRtANmStKbcvQ5g1t4dCf8Ygwj2lE/RLLdjYUfhfAfqpn9xST'
    'u+mhfq+1xXWmcNAfgU7PNHs08hS7o9530xtU1Qj4/gJh58sf/b9yH8xLyDf0rYxxnGg8FfRJjbHS2si3vCj1fz1L8Q3rbFC0N8p0'
    'b5vgHFPRCiY8Cu6nh/oZL7cevnfep+AbVzkZknr5eHqKqJpnK1FpzjyrdWzMlqriaXKcV4ZgwAw1I72rSjNW2dPoVB51WwwTMUwo'
    '5E0qPnQXw0slNHcIHYVp9AQKNKPQaU4o9Hfw/hXbpJO7T2f4hYz9BEzPNbHxA3KiRf4c3MEoD6VK+MfbykC5pCiNZyZjqiEP6t3C'
    'jZ9NY1bKb9uEN57lRpZnkOTJs3stxlPJCzdG9pgw88Uiy10uXN8tPG7wmFDHaOV3aFUc6LOFG2uHxwbeFlC+CUTRjbB+80LWU04c'
    'a4yHS3kHPA50v2ZN8QCRd++jQsgwSuJOQpy83+4uja9BYzh1s3bD3NX9dFHFPxbq+ImLDzOK96r4mu0whqpxl3/D+Un8WzPZ4w0w'
    'pnlMHozwuhj+LeugPNlmBe+2etzlGQnhjdVSJUrj3SwiOGeRmB4+tFQxbFazbxinZqZwY9LjvJUDU5We4+nqyypozWzqqOTaZi3W'
    'FnEbxgd9ShE76G6IHfSdx8r3BbY25Fwtiniu0uRKp4uduSTE+HbDXDVBfOCXH7cr3/gN8/z83LFph8aKKncO6V1Wx2NrVNy1EF7T'
    'DF6vJPB6JTuHeOy0q9k5g7oKCOuqMhyGgvaPrj9+++dEn/2ziMgaXnvAST/+KOyPH3pjKdK6VXQIjXf3yWehvu94493thH78B7T1'
    'eYgR/Njzk7+vr2brV64sl8q0rxSldE2OyFWuZDCi64+cnxnCjY26KICnXMPmZ7EIjleZJfuDwxxtK63hU9P+qmTSKOPJKfYJwtxR'
    'ZC5s1j9MH/1kUqh/irEXeexsVdzUbVDntwmNN0hoDL97Bq0P6ZHrob6HgO4NuictJLSKzdytxPsqSWW7HyHrs5HQNkHjQDrnVuHE'
    'ZMR5CKKfNrM0b3Bn3aRYD5y/G4ncajare8hgHCZ35v9B5M38DjhI6EqMi2wyd7xsI6zJkeSsNbkfcBl4UJlBIkebwfozKtSxcnV8'
    'gi0aWjdLdHVQ8DBPuHEl5fuXCHzKPr8IZWYUXyZT6Uz2jSeXzVbhv6uzNbXZuvoGfBqbGibpaZb/a6lEzcWJea1IG7xWanuyqxhn'
    '7H7nueyyLxXTHyxeMX/9kmUX/WLDxZd97f77F8PnP3zk9vtNLG2+fvO3FiVE+leFf94sqx6a42IUp63/dtq5/9If3k8euXK7IrXY'
    '6/yJiX3PHt3XVvzrfs/zyrfoX+NifE/hJ/9/2bgcpyj+d6Dw36+K/y8833r1j1Dz+Ph/edqzEDkFPNcp3hXbbzcobKQVpLZwmqy4'
    'M0V9PaGOc7uc4A56Fi9Q3N0pvqIxzFU42JYvEMQr/Ce4V5uc+UFnAY3HHtTnLg1/tpeMm/JQRgzHFDTevxSOwxgdz5q2vdVwHLSM'
    'ybrKfuwEOIuSd40yg0aYxxkKHq9qboP4UxcB3Aatf7+m/7bj4H2gdMFm4cZEb/aRK6AOGP2+kdF7RwK9F5bXbtJPW3rCj2dAy6t0'
    'Tae7PmmgbE84vmDYiXGz2ekV7NdGx8eha6rSkTSxA8M6eBspcg/9HYMfk7u0jdzGht7v0ciVeoVXD92vTpQzfongpS2GtL8OV4Zp'
    '/w5yLzJtP0w715O7Hce7lP8epu53EJzfX2Zd5wLcqu6p20PWeRIZ+zYGT3mCN8PUfSS5u2/RwCa9E4Zpw1bHUkWTDZE9LOu8LOnM'
    'dSX2M+qIVj3r8qvw3W3fdN7NJfytF4G/md7t8u8yhBeKeqn47vX9XtlH224n/cHT4WxYiu1DvQ2FwhdWeG6e3+7CJr7LXuy8W0bG'
    'Jd/J9FN/5nxbSL41XuWkv8u784zfztnopB+515XRYTuL3+6d55/lvfPcf6l3nlfcXVpvkvA/L4D+/03CsXdBWpbuiRELOLadfxM9'
    '61aLs2Yzw4+DDC/lGT/oDCIHLfcsofUugHpNaULT/jYSmfGoz12OlsH1lv9el3DucEHjHGD0/3b2d9ckwoRfPmpLUqShCv84WcPD'
    '7GF0wFQfyw/hzkbH8tIh0vf/BfzsSuAHlEesSTvpKkjXQvqmtAPvVYhn03CutTnp7W3u/mgj+mXnQvmOdOl+ORvK30rKoZ8Kmu8U'
    'yHdLm7uvZJ9Mz7qGEPNBx90B6WmacfD+NQJ/Zx6hO6heWN4Cn3EeuooupLTNPJh72u4mghtN2qX4aVAhv6LtmcrG6LwnfeRuxwvm'
    'a7QTqtQojWO9yYB6beiUanaWULq+EXQNc+QbnY8lCv3MLSzPMSTPsCYP0sqUt7Kc5MW/qfyc8pt0efl65Zj+HveXqppLXk7OZ1C5'
    'sHxhDlc1TI8jbSDHXS7M/VyYwmml6lXp+CwPwSO30WNuhTtyguDe0lhAyUPmsXDNnLbxhZcQ4ykVr0thBhJoy6GXsJg/Kl9x5epI'
    '1cd7y2ivTLRNto0N9vII4UEweDC941N77m4R+2nQ8s7vKf6/3TVVsUMdQbYxJvb0Yfg3Swmtie/OgHdzyLuFwtX9qyf0DbWvHoS0'
    'l9E/tL2dIhxfqxJjvkgx5vMVYz5X0f9zQszDSkWZsYAyiwBP0DJo6z7K8h4Fc0Hz8jvFTEWePMtTq8gj74+qu8Jkrt91ivW7UrF+'
    'byPvHlWs/YdWeNc+0eFd+xM1a6/SAQtaex1/y2/tuVzcb+0XGaz9IoO1X1SBtc9Zrn0T3MFzIFNpgnsX9UmzDHjxGVJfipRfxtIz'
    'YSwXC4dHjjomfnfqHLmbjTI+wACTjc8kNnA9wtz/zHCAvQ+9g3M98zPJeM8MmI81BKYXhpAxnFnBMwlx7P8j72a2O+9eI+9mwLtX'
    'Cd3Wzta5Hep6RZHn2PbSPC/BHqV8CL8+yzI/kDIQgpdsxttiwTviujYbof2vEJnliEafY4h9V/GjZF2fJLo9PZqypnpEqvb9+PgU'
    '5ncQ/mXe0kaO97kR5mqOpS5uUFu8jQuIPs0YG3+vgc4W8hmPZmXHiA4w4ply9G36NW0fBTJg0zXNh9BVG2A4w4T3mLbEI6p74VIR'
    '3gZ3BaSnC68M8SSmP5/04Zmp3s0GOxbbO56fTzbTOrh98kSNuUWUZ6Os8iE2KuI4qGX6GBRE/B353dV0bags1+YMjooGsYWNaf4k'
    '1bBh8RiUnaj7YxOTXZXbXsKyfMayfOwT1Qdftb8xrSF8orYa8drombeapGH02JrJeX8TlMf7bBes8dUi9ps/Ges8B9YF143LJjjP'
    'fxn5Jnzycp8szQH0TBj8sCbgfsFtK4LuUCrbBn7/ML2H0Dsk9muHxb1qkPFTHmp09p/q/jhicW/7ueIe22ShO21yh6T1HWB/b/LR'
    'WS76hGp0eIXc3oLOZ7/P+qr6EPYuqVpDk/veq0zX7pxGV9/M7y480WMZtYTHIn1a+N9ZCh6AiV9pUz3KLsZTHNDoG040j+B7DS5s'
    'jrG+mcwl1SvnepNUV7NP2PFfVHO3xYfHRG2zPtHg4pUdmrFxW7QdGv2qLqZvy/VYuyJYn6B5ySt4fUWbeDLOP5Sxdl2aMfeUOWY6'
    'r+XgmuML43wLvDuL6fadCbp972nzziXXX5TlzwAdwZVpMx1GzIupyv6U90HmXUF0M037exJ826XpL+3TKvJeztG/1js8MRU/bwvD'
    'JV0MnsYU8i4KDzpdR743+g3WFs/Eh+sdnlSlYDdKmP13SH/K8Mwt9Q7PrFwag/Y/r1mDAWEe52BQc85yedZF9Y4+JLWF4Gv8O4WM'
    'wg8H25zZ/QE4F/1PHE/meariY7/+/1ddKf1nskds9YAnmm7YW+fIa03PVBU8vhwgQxrRyNTRn8pn6pz+R7n/bGh7v721o865Vwad'
    'MR2GOvuYl7Z5FtH7p2fOGeyMWM305N/Mvq+CM+SCQp/nTwAN0KvB3XkmU1o8wf3R0bDYn8wk94fPz0u1QpwngukLE9jqtKCLOghc'
    'mdaPsNZZJj3UYUhXyfn581oXP1TiPqLiyZjYmxXjIE1Q34ZC9O2ttV5/IBO5//HcXDxB/RgK6Eeu1vXbhfv9gXlq/yHclzTmG9Wc'
    'F38g9cq2/qOmlK9iqlsUhneyWdj7uAmqh97bHq9xYdzGz0mPxX0iL9S+xAcDaLJ7atz70oAw9+83quAt0v1osmYbLcaF9NbGGpdW'
    'n6p3jaK+C5nXSs1NT4S4ronAaCX44+WcEQerJ6ZvYeZtb7VLC0323bHow6ra0bOS+Y9scNLjIF0B6dwG9fdVkOYgXQDpeZCeBOkS'
    'ln9mg9P2zdVevB4Gl4TVMbu2ujK8dNNz+qwKtx9EBx89Se3j+KVx5YJJuIfTPnGZxj9VObpgTcA/pftgDqSzIV3J4L0T0jZIj4X0'
    'bEjnsf1zHuyDb1a5Z9RU5pt/hKyXDY3F6+P81H4f/mqQD9rBKicKWRj92Kj5VW+tcmO0hPFPl9fIuoLaXVbl8pQmg59TjENd5ejP'
    'B/H3bXgvE3Xf/Zecc08p6jSwPX8k29szIZ0V8szb69PWPE1bs0O29VekrTC4iZY7BtLT2Pdl0NadORf2J4oHVtz/E9wuyjAuzLl4'
    'x0YfX4ULTcvq7ovLcqX7vxJ3h4MBfNu6nOOfg9s62Np0mNIOv8q68z/ZehDPZl1fdGFoUZ0cTtb91xHWzfv9qazz91TE2UX9n6yj'
    'k0bxVALSt0C6DtJkSBx5TdaF20rzOov6PxPUHuKphYr2KokXa0h73QweuzR0YD4E/sT98YuMi/uipEltaNBnSR8mg18n+7A7U/kz'
    'oCdg7e+YhD5weN+UcX2NDrL9dUCjO9accNJUQi0vvSzj+nMNc7aZ4uMzMt4ztFI8teL9f4Law7VJEfgo58zeUcYd9t/S3rUM04cg'
    'emh/2jm3bc4uU1r7IVL3OYx+X8LuJ+db1v0/067dZVT0dNA+OQhz9q60a79bjrxI1tUf0Tr3BNw/1le4Hdw7p6Qnzx52FlmXG1nb'
    'X9DI6bBPn5vHfI2SuvzwronM75cpJ7bXZOoUBvEWnk658NGp8bu4htX7lhDt7E65Nte62KpBOOsTKYf3OVG8tGJM6JQbuyJqnllR'
    '/pdy4Y37vzXVo8K6LiHzM1Hyy1NJmxOhY1+0AyKwNOxDF/vBUlVKH5NkQHEvMPVHgPPyq6Rb/6qA/bQ2xH76x6SjQzGZuKV4/086'
    '8Evvtihvs5FPyLo+l3RjKF4FsSpv31/qB+Tb33bS4UfAr9K+0jiV9yT1eCZvKHe7Jen61A7j00J3Rm5OuvomleSDFfl/pC0+/q2i'
    'fLspOl8rk+X705if9Mbd4Xr+QbB+moWOm8kek4HcmkV5srNfJFz/UEHwyOHlJ4nyfKvwOf77hDdWZVi5nAouxjTtPkDGUe79tKj/'
    'p6gv7B1J1nc7WSO+h7cLfdxIWWYrKWsD+7JMH5S1levIMlf4lPWT08gyb0m4Pvh7A3hvyM9eQ8qY2DoW4xwnXL9aJrhrQLPeRyXC'
    '+V8aZPXUJlyfYH40aCMY7tYa2OzKvL8VwXlxzV8BG+ao9cdl3d8XbjznX2wAvzB5N16HTH8DMTT2k7zPXeKkqWvcuBwyPboP5P8+'
    'eXm9DyvynrVDnfevFHn736/uwyd98vJ6P0zy/gZikjyomYf3+uTl8UzeRfJKBCDThku9ZRsBB/C8d16rzptX5D3nJnXed5C8ech7'
    '96B6bBtI3p1b4VzaoB7bOkVeXDee93RFXlwLnnc5ydvx5dKY5bcD7bYAYp8fR/J+5kknPbBbHa+nleQNoglpnHNOV7ZCvbP2q/1d'
    'Bfm4MrH9zzGch7wG6rciz77Z+q1Ik7/Rx7ukYc8GmJH/3iPtCUkZPramkGNT+VhrEl5//BwfUz+CC0OO2/buz88Nm7GeK/T+/UzO'
    'tnLihNrEz+D+ALdo7sqDhvf9oDijtws3vvlEzk1Qv64FXGVKt3aXqZfWazGOkYjmXs77/BB8XJ3/RL9YtyMG/eH4k8b+lHAbFPsz'
    'GwIHHWNxZx0OwRPkdtYjjKbrrnZ5372GaxBV22+qdvm3GxX3fF08eBNbVXoXXUza4bFptkY4nkZoJ8x6+rXD/af+tqoy7fDx/HOV'
    'Axum7UQJl9+wHONoyDF+tsrlYfdq7oam63JXGXXxfu2scnmwvYY41aavvT593WFZ10Vl1MX36pls3LZnQtC8LlT09WDIumaQvnL8'
    '1a0p22WohyTr/2MuuH6dv4ygM1rW/9OcOxdh6qdx0r9H6lLhWBt4+mYZdfE1uj+CunA9Ppazi4c5aln/zTkvvlX5i+GyFhM+ywam'
    'X4jy0vOB/3LdJLS9Ado+O+fy+7nenmn8OZO8xf2fc/n9QTCf16zTLIs6VPtG1pHOuXIaHe0zIuxkv0WefdZb78EI6v1HUm+fRm9u'
    'MASO20vq3aS5c4eh+XYb1BsGZ3406669Tb0UV95u0LetIdZoSFHvmDDnXQ9o9EDfTsY8pNFbGgrA6eeFqIPj8tMM6hgLOv8VdWy2'
    'HMssRR2jlmNJK+oYMxwLwvirGdcXAY8vqpKDn8xisvrJKm14989lvPGWVXKBlRrfL7oz6YmI68Xz5gsZR+8jSCa7OsLz9f0T2CaO'
    'c3PGxQfrNL5UVHDCdanOYGO5LOJ6sb9nZVyZdYLJpPHvBmZ7kCa6l0WePakDZYnzIV0MaXtAHUdlXBktp0dsZL+4T6sV9Q1bnMVc'
    '/+e3aW99YyHppqLPHlKfiW7TmMbfAo732bQrV7Y5I2WZv1GUfVlDZ3C8/BUyjgFNXwcsaJNPkPq2lGlXIut7X9rV6ZpofF2U2ZO5'
    'xT14Vtrra0m1568IURb39VvIPAbprpjg0pUR1Yf9O4bUt0GjY+NnU8X7Vx9Rfdi/36dcudQxDWr8qMNlr5CyXE99MSt7LNF1K/L/'
    'Uq4ORJeCFjH1y/GMop7hEPU8qqhna4h6vpBy9UHyPjiF7t2PkzKbhNp/bz+32SH9VZUxxRvbfdoe1LQ94NP2oEXb7yBtcxzI52oH'
    'lLnAp8yIQu9Gluk0KMPvJScblNnBbfYMyvw7KyN1dnE/r0l796otvZxJlcZp190BZN4/JPV5/8jy/pLk9bv7y7wvk7x+d1CZ98dJ'
    'Zyxh7pXF/R+y/Bs+uzTlTfaRLH+fYqx87+Ld/C998nK/Uh/x6degQb9uJeW3hOCd3KApbyrv7CFj3aLRHcS2rlDkfVm3/6FfYeRT'
    'svxa0hbqn6/X0CUnGeTFc/R4n7xrWb1tBnmx3uaki2vD4gfU2Z1dAR6srPvnCa9OSzfDCT9R5OljcPCCTx5cv2d98oxBnqcUeYZZ'
    'f55Q5BljOqwPK/JwXHcfyaOSy8k8n/bJg3D9sYQj77eRTclyH1DUfZDl2UXy5DX4ZhvJo+I7F312+ORBfJ4nefo0Ns9XkbGa3gmL'
    'NnukbtW5IvP8iSLPGDsz1vjkwXpOJnkGNPCxhORR3eGK9D8ZqykeLsr/fOpG2KvxyYNnTkLRft6g/VeFt+6XWfuvkDwq+RfGo632'
    '4asW+f+KPJtZnn9Q5BlleZ5W5OE0zzdBr8bm/MAYtTblsL3PCHf+Te/lxfOfjEV1J5Z5PqjoUxAPsyj/J3WrzrVGGFu1zxnVCHun'
    'WnM2nQ55unzy4Diu8MmD5+AGMo+m9/JG0POcFSFvVNa5VDHvQWepLDePjMGUt4n36wbLOz/XGeXxZJeL0nitQfpkqjiopvFMTeqO'
    '4wOyuHGfFoKoHwu7eKatxvFMg9amEc7/6+J1Uq+TKGedhFF8P11s2JSlTiiNubwT9f7H7eBhKvTBVnc2GaKPQbguRXDdHIu+47ht'
    '9t+RIdp41LIN0/jDqroafOAjqvJ4fsn5xtjbDfA9BWtWDWd9Fdqyw/o1gc47He/HCr97lTgteVg/iHf+2wHtN57x8Ztvxv1GnrNE'
    'iKeVrDnCguna+dEyPB48xjo1sfspp08tCh1/PzyE/Zf9vZTRTSdpxriIjL8e/l1HxjZLuHLzxVBmLatjLbEPo+WzivK03GJhF//8'
    'aFiHKPpq2iaNU5sm5ephLWR7YrcQn/uROa6ZDXiUrk8VOx/qyDldqP4NWwBuazTMeJ+mvkBUvt/vIfZh98G7D8E7me/5+aAXAvOA'
    '8IP9wjUt6oXCWlF7vBWQnq6wxzsJbRbZvKvOTNW7mJ4MoCeHA0lCnyc4tDTfKzpclVacu6fA2ndDut2SZtPlqyf5ZsMPaayo60dc'
    'fWbC4QMijkoSOgLPii7gz8p/H5D1GrbHaclago/8zlY8h3pYvdfEe6Rkj+y6TpTzJIN2UAODx5sInRmv++Gx7i2w9h3kXbMPP21p'
    'BPy0VmhXAK+wntxriuUu1J8NvP/NIWjTKjIuCajHwhzMYXbU/Rq95GFCX2J+P345zt1q6Kf894kkpT4KZP3bFCnS/yZ3WDo2pJ/a'
    'TnLKXsloJZm+vr+UVrqY5KkaL81TPQ76aGB3K99dCOmlEfFg0+SE151vqEeHvsc2KFIbvsAsUte8tDcNw2MwpeuD7k/NlvU1kzQJ'
    'cDAM8zcA+zBjhGtTiUR6mtOhSzmGseM/15WBi1VPqq4zs6dwoekkdOwHAD/hWic0dzPcb0M+e4jD6gjAhknddA+kfPiHlPe5nNzD'
    'hGG/MoBfbHmlDSxfFLyWMH5ewtwrsZ0k/HRzS/3S0PLNlnRbM7zX8Zib4X2QnwaOo+aS/Ly+hAUOozC0ENLsuB0epDwgzJclNATy'
    'zSgN3EzqRTiwraeFwFAr3K+SUOb4mA+r5MOq7g0KNLorDEHsJzNJVRiOi/jgCpBtX+XgAT/eGt93jfC9hu2JpYyfaCI/q+QYWz/o'
    'pJld03eMD94x/ceIPtru3jc5Y8xMwBjRl9zrT0yNMU/EuqbBJ973np5aY6Q+5LqZTl8t0ZcaFd4YAJz+saHXVHBXS+hA2r9ZIthv'
    'r1/saG63vEDY+cDIW9ZPeQlBeVXzx2nh1QH3AjqPObbOOvpSpU/gR/diP0zpZDm2/1H4nUfKpOHnd29BGdoy4M1wetP0fpScAu34'
    '3WvC+FqkfIgaKJ8OkD02W9Jfc310XmoUeCLsfm/UtFsDKmlJxT3k5YfdObTlxwh2R0QfqE894/SlhXy7G3D1dx4rxYPy3WsPOOnH'
    'HwXc+0N/PGhyNtjIoFvhb/nvmTA/iCOxribFnTWj4VcmCIzGclIvf+rYi8WdgPrbjYWf7nOsyd2I8x5TZE385IZUxwRliCo+hR+P'
    'WrXm031dTXQt/WRo/gxHObvBekk9bK/HMrjJlb2iPkzakueI58JWSLtEqR/pIxPePEMsT0vCPXuQlkX6sFbxDf3ep0ndtFwTsUH6'
    'o9DnQfua/yu8bbwTvv0f8m2A9e1lxTfs278o6kT7qhdIn7qF2jf3s6R8FxuTtL95KsZdMe6KcZexnlUS1khFV9QwukKsL6ztp5x/'
    'd3YU/t0RTEsmUUagqL8povrTrH7tHQjqD6ozo7grbyL6B/WA62ZBW+kYvlMwVRdaKwSam6N0mtDM8sz+nMLmQhic2aiTcSbsnzby'
    'bh7oV8wm754Q7h0R361u98a2QDkZxqfEmJdnhNRLiOHx0IHHFst1fSfjM/XGa8rXtHOy19R0PW3Ol3cCHqgLse5T6bEQMafs6Nfx'
    'lKRf9bJo/TMe4mn0WffJ4McibGQD7EoQlhJw/sSwpIalsDoLUcFSJPQsgyFTWwqbOsvhpVP5bdF3ErnfP/68k9Z935V/8nhn7RBr'
    '7LZ96vpovLOjdrv1qPLSeGc3Qn2nPKfOS+Od7XwI/Kw+6ZXXNpL7TDHvd0F+DTKA/SCX+Pze0rhnVG7wNejDgb2l9YaVG8wGXTbB'
    'dE11eniyzROIzGu54i7ZBAejrb6VjZ7WctbnlCXt5LefkmQ/NRGa2cTOxk//Nwe4lvaRy/0a2drMZ7rslbLTM523Fnb3QXu+JuG1'
    '56sVwfZ8tneZHMyXqSy4Ef7mehINCl2HRpBNr7JYo4lYE1NbMpO58NPryDC4v1Ix30E6w3Td6TlB5Uq0H7Kdqy3PIlN56HFMzon5'
    'c0SfuI7kpfuunZRpnsC2m0PcA3Vzlws5d3L871WMn9ohlKMjzXWcg3RAbOZ99Bq7+7Op/oVp+1V9dvN8tEKXm+oqLCL2O0E6Hjrd'
    'fbRZrx535z9jCWMULmN4c9d73UOTC28/ePrwhTesIweFbOFO1nkruR9nybmHc4H1dUOZKjjLryb801j/P5nEu2thjl7TS//K1/+n'
    '63Q1s0mysUlR2SLa29VJLuP0NawD5mNTCJ6pEfNU9aRgYTpNmKuA589NunFOrrTEn1dDHacm3XsMrSMlgu1EpS/lNnbP4TrG1wtz'
    'X9+8bC+7M9UmHR8olbJtVtk1/yJhbtf804TTj1geoZRHlOEvJXBPBNZte6coxlJLuHqhyxVpmDrfkXD2rMmZ3aip4y2FFytJHaq9'
    's1H4x0xW6ev3Ez193NOmdBCWM7UJ4PyQmQnHHl81h7gfVd90+vm29aAv5TGgF4c19HJdrOvrpztVSZmj1fqjP413C8ePI+rz5oTX'
    'V/xGUepDulu4fs/4vuLx+fLCPNbC+WA7o/K5zs+x7Zo9pTo3dXGp8gZ9kt9nCK8PfmqvMyy88WVUMc5mCq//+o3MXofaRPWy+rtC'
    '8kYpbtTx+apD3tElvNwCaR3pJ7dNQd/qCcU4h4Tal7+t/UpOlMYiM4mdooNZKhdSre2YKPUhv1yxbtyH/QLhpZXyLN0MeecKbwwe'
    'Pk/UZo7bhW0Xalu2kZBz6xfv4oGk43+PzlOX8MYLt2mLxjFQwVKXsPffEAVs4JjP9oGNEbZfT1XAxn+yPMugf7ax63k8IqxvjgiO'
    'l6DCd7UK/P9rNnYqF1medC7tdB5eCrnWW6boWr/ZYq3PEHbxTyZy/V8Juf6DPuv/5ULZjwuzOFf0zNzO/u6KGD/kJwlm8Oy4iODv'
    'fg2NxG111wlvXC3deSPPpiNDwovp2LBf84RrI03PIr96guAM+fOq2DcUvo5IOP6RaMwiuvdsYCZvOXaadwuxaZlMmmSdIZ4YFeq4'
    'bL2svg7htcHnsX+OJ7C8Tahj4HC7fRP6pUuU+gOuF/p4e/0a+gV9Bt8Bc433Eoy/sorFI3uTRSzCN0G8k7cTXHpuWh0Dh8dNkeXe'
    'Krwx3vzi2vD4ameI0hiuqjgrfvWdQeLd4DryGGwr08HxXzBWy5vTpb70MM6PX0wav76GpUPXstg6p2nWxKS9sDL0RBn3petC8Eem'
    'O7+kyBxp4hwNc3GQiSM+vINHEXchKjgSZcjGOxlccXvGUXL/wG9j5DxrBH4f6mwdgHdLSP4D5IxBncZ61g7yQwfYeyxzBGljpyj1'
    'QYO6fuiDBt/NAPsXqlO2VGGPZjNfl4SQuXv8H3fC0iX8+ehR6RK0ijcC8hTnQdEf4afPbttWDWE0Uj0t9AUQxh7F1MegzVq2Ej1K'
    'OT9NHe49APntcq83d7h/N3fY6TPq+l0Vst9Ut3mlmLhYBTR+SCXy01gZUfnJzMLPRGexmcDFBzU6AZcSXEV1iGzmZLVF/tlMPmVb'
    'voXoJ80GWFaNaznBjTZ6Oba482SFfhDFze8gd4UFrI8nMJ1u0zkw9VUVBJsUTlDfqEUE+yqy3dcU/2SJDqfKp5uJ7U9S+PuIS1ni'
    '9izJR/sWhW58WDx+g2Yeu8iYY5+qk+NT1QZWEwRncd3MP7/ISY/e5urS4LdX3+ak5414z4gzxpz0Hy5U621yOwjES7LMHztcPYJK'
    '9yUXUpfRxq7TdD+1kXzNTGef4oAL4Uy5muk8hdHDVOHpKwkMIa7tFd5YEO2b9SosKvuh5QzGmhi/aDiAH0z5WtcR3tcw401hnsuF'
    'XYzvjcKNn6CT9XUzefqZpB/djGeGeVYKs7jNWxW8uybhjf1uOo7ZhPc7alhONf8bhd6n+WzgJ6n28VkBMFnPymV8YPLqiM67RAR0'
    'ggmNpqIhl1vSeLZ2f9TOr4npCPI4QMXDZZH+/KDr28zOFZ3+IYepBNkXUeDWugjubvUWa2Cr6xCWTswJV/dzNEBnQWdTZqMT2gi6'
    'q4tD6NENK+bCRI4Vpo/nafpI+zGguNNQvQ3kdwfhPhP5Or+L0LuzymZwi0KGz3VAwsxLOXElKE3F15HL9kY1smOkm8LEmarX6DA1'
    'R7C3mzXrMKiRkfUwGdZKIvfS+ZPuYXo7i4hcJoy8doDwWWeKUp/Sy8qoLwqcdK7Q+/dGfgzde41srsYCcBrKAxeTsW8T5va1Kj1F'
    'LuPS4Q2uA6KrS7Xn/wP0MXQ81jiO3tTz4fkuwidCPGiDv+J1nvrrjOdSSwTnZBU7J7m+w3JytzS5k6FuVzvo5HBf6VSfKuw5wnWy'
    'aH/pXFRbzMVskAXQuamB8s1ER6YeytGY2tyfSI2wi5nLdQfC6A41A33F5cYT5f8E7+DUDrpO2PlFWcbGUy/sfcoFxVALeyeLQp5W'
    'Z6hzif4Y5xIYpzDfo9HR4/lM2glLP+l8sO8Rjt/j+NyYmvTBl4k+CeWjmOoJDsdrf8j6SF4m9D7WFwq9//OjRbCP9SOIzo0qj8o/'
    'erXQ+3XnNE0UfLWaCHB4tdDbflHdLVPd1y7F/UyFlxGvzwbZNb/HqvRoB4SZ3Znt/bOX3YtxfWTfjlHwyE3tDPos+tKloAcpb13F'
    'y+gx5IEF8aai8PGkgqkBBS+m6HM5qc+D+7ea5NmqqUcCSk6RR377fcKVwZjABLcpORiyPLb/44RLU6vmQRV77CUDXubf+tSbL6Pe'
    'BxLu/WZrQH85zG4h96KgeTrI+JZ3+bQ7UsF2ryftRlUv7asO9i9JOPcynkdl2zqmwFM8v6ltg4pPZio74HaMx5IxjB6iY/g13ElM'
    '++pXPx33Vg0/8odEpmszN3517iH80rxmrg4q8JvKxuUB4fha5LZnpjLoHkNeCh0X5/EOKM65oDp19i29bN+NEf7NRLQ7RHQZ5k3C'
    'eKX+52mGcpW8Riaoap+Ob6LXckiUH5dvtSjfNxWll2ojoJfmac6MPkM6UsU/HBT+tmI74K6rkq2Mata0m6UTicNt8LsJzqL2nHSu'
    'xzT19WpwmOl8zyPnzVYF3o96fcPuET/93yj3TTaCfdNkcS/k9PnviOzygIJ2s63v30h9XRHU910yPmqDa1KPLP83PuMLU9/9oPcZ'
    'Zjy07YNsv3VpcJ+f7oXsz3uF69+t3PWrRP+uIfzuXlZ3j0ZHaKuFDB3XZR05Pw4o+OWVanehj6y+LwCHcjp2BtEBCeqribwfecPH'
    'KvhKKlw6VsbZ4zdfYXh9laBRosC19cLO79LFBP/0MDg4aMFDGyX6ui2iPL9TjWCzs8RQLkvTMWHOA1XdtWxo3yho3KkAAzsjWrNN'
    'RD49bHgXVflj4GfspYcILCwhPGATnQWOZ3E9Wsk89mn6R9fWZJ7LgVWqs5YhsCvrfJMP/siHwB8nEp2QbqZrij4l/c4dlb5ZEAxg'
    '/U0hdU64zEgX/zuKO6iJjKdfc67jfjqZ4IhR4e9zbZTQEVHoYc4k9Qxb0DODAXIqSUfkEqV6IEnL8zn2ycl8cu56Q6wL5g67rATF'
    'QY51beA/HSH8bw8B/wMRwf87IoL/8whdv1Ho/QpSPDrE0s1EL/sIxXyYykR1tD7V3R+wGOPmEOfHoEafeCrJ8f3gFvX8TGMecTnW'
    'mCi1iaNzP6aRk6n2To8FTHYH8LKofDzJZM4bNbrqLT72EdRWiMs+tlmexYkIzmIez2up8MbzOl4Ex/OiPMdKxcXCeVCtU9S2/tSm'
    '+FsdTvpgh9P2UbDG8t2X4NvTkH4V0lc61PzN1zu8dmO0/OuQ/mtHefQu9c+Avv3njqvv7MkI54rbXzcIvY01hT9pm13ueMvxtzXN'
    'HpzG+WXoyAXGFIj63i/h4JLuUtiVjrlkese9erio8uFNqfwVPJgHHwL3OjA3X/Html3uXq/W3FuHRanfb1nus1c66WndTvrLHd69'
    'jnlOZXl0tgi4GLoxhqFBcbw/63PSWoW/hMxHYZ7u8OocPnSvk+66Q02zVELXC9veDPP2Dz2gI6L4lrjR+XYkmXf8Jta7f9PzuugX'
    'sae0brpu+A3L39qjx1nok38mfNfBYvZiOEfWu359sb1aWJu/vwRic13uXaO3wphW93nXCL9du0kPXxlCFyaFfXzgsGvIz4JqnzNE'
    'dU9uUOxxijfugXN0sMPLH1ftg5dgro5/u7c/d3wA0g4zWI+S9njxe0762gNefeLPw7fvQCzjF7/q6hNjXOJRiDV8PsYPhvjHux/3'
    'wvdxmjYnggYJy1dCP2TcRlrlQ2txCJsiFc6dK+xirpw0xft38gT3L6r4kSr6eo2wj4PdEHDPvQ/S5+eX7gNb+6rrYS/hHbk05tyh'
    '458qZf6kbXxedXY681UJn1fjIZ5GBb1rK2+g+2ghnvnjejovCIZiv2kBftMqCEMUzyxndES10Pv3oDY+PA/WRXmGI8LrZ2Oz8Pc5'
    'UA7OPFNMrt8k7APNrzuvuJ8l1TnXHNDPVBnnje6MxPi5V4bEFZzu273HSZ96xr0X4Le79wHd95h7f0EaTtJsMv34o0669odeevaT'
    'z0Ke70RH360ldJ6IcM7rSb+XwT6SvqNntpfWY0KHmPr/juLOg7g6Kv7UdPQHL24pI8ZswiyLDR14j4JeS0C+mF5T+SgdT00Xeg3t'
    'sikuO1F4Yy2a+haf7bCJ3nhHed3SkBxjs+jw/WJyh5f5ZfqoJu88Us+s/aX3+9nk288B7+/e5+UjJYCH8OQe73nx2Ped9LlnwsVG'
    'wDm1mb9WwpPivurFbiE+96PSvXszOWcmTGaQnIY4uYwYHZ6nPby+hM36t5RJa3V82aWrGkEOi/TU4887aR3sge897eQZJPuz/UmI'
    'MbRPXV8PyXvUbrceVd4rSN4bob5TnlPnvYDkbd3rpF/bq857Dsm78yEnnQ/9Tu8rHdtpwvVHsBP4h68DPbn/YeA9QjuPPe/qDeKc'
    'fQ15jXtL6z2G9CENeGrVE+r+HkHqE4+o89ST+iiOUo2pHBuVJoYzSvykJvxpGFsa5CQFD2EyfBLZ+B5azvpsq6sSOMfJ4hDao5jj'
    'mC43OAMC5tv3SUZLl0cti2oFfRO6/r2w/ul4/VPkbhXuXhZ0MYv43qY6z/MgN7170Esfv3dD6TdKH5+1o/QbpY//ADLJtEI+iN8u'
    'e2/5/JRyYHGaqbCkmB5Kk4geIQXquJRjG0X5k61Evh7jIAMclNTdICI4hOIzKj6jJumMwvvKcR8C3SrQJTriZif98F3OGTJE8u6+'
    'szTvz28C/hTk7SVnEdYr65PfrqY8pjvd8vLb28g33v4Gyjdi7Z1Hvh3T76S/v9L5drbiW/1VzrfV5NtnQAduVb9rz4PfDrJvS6ne'
    '0PrS8S1QfMPxzVO0d0y/99w/yL7Rc/+5raCrd7H33P8pfPt/74/P/cjP/V0VPPd3xed+fO5X7tzPlHHuHyp8nsmyQzoU5yghouN1'
    'R8nnvtaAz/02Cz73Wy343J0WfO6VFnzuJRZ87qMt+NEzDfjRtQY88LA0QtS6LKb6EK2kXCPRx5hF6kRZKeVjtwnXVzZ+r2SbUdhG'
    '5kR5Oiq8f0sV41nE8mM+rjujakvlj8rErpTa0qK9y7HC3LeArT1lUJ5XxcT61psN8KHSzVTFJEbabR6z3UC5RtRxDiYDftoM4acc'
    'P3kIb3OF6/PCFt6oDTX3ZTc2TeEoewjBUYOw949CfcNw/3UHQ+Cc0WkKB4fSeTRLmPvN3C6CfYQ3En3pbQwfcB9Q+Wm6/sky1j/2'
    'A8Nk2p9+44ofwg9MayDDSLcWUfEFfHUWjFjeSRE/9NlDl7QzSr5QrGNisB9FObrfwQKacnklAuwoFj3m5fv/6ttunqh80nEezW6F'
    'Hu4o0b0L8hcQw2fZ8FmGDlQyUvgMJSeYvod6ylR3w+7ptNILic/2qfx0VvRs19kANnWUbwNYtOHbWlrvDaBf9iLzgWPi22ap0Pu2'
    'obJz7uuFys65rxcqO38f1Hlgh1d2/gXwqXHJ3d6zbMUV4Kv0qvLPMt16NMN6XB0S55r6rqiEPWnVuMvjjYKe4T5V6FpwXyxh6ZnZ'
    'bDzUD/r3wHfOJzaE0xGP/Xsp/HvtKuMM3GV/xiWnMJyjbd1/gx+548i7Iy734jSZT6bnjnhxmsxPv1Gctq7XSa+/1ruPjsqXfot9'
    '2R26sF4OTo91fKan7maG0DwYD0V3vq4l377McMap5NsL4Nvtwr5S3/FFv2/vBLqy2/Udz3Uyn/6oa1uHugeSvpPpBR2uH7hGgod5'
    'u0W6r6N0bNS2Dmk8zBPkny3Gc2Xhufll4LnAslHpNc6M9RoPO73Gcug/7nNokdDHcsaYIsOiNEbFjcLri3WjKPXFOkTyoM+kQVbP'
    'RpInz9rqFa7evM7vK9ZzKcxPkNyTx8t8M5Obq2K1qGSiq4TrD6qLjXsF6S+PH4I+oxYRufuIQpdC5wc/qF/oC9s2VkyX0Pv3XELo'
    'MNs4GKgbZgOfdUxPMxegS8rvsBy+F08BXWLdnmsFHJ0API6+T7geK9UZSFRw/lU4YFgD5+sVe04X14bCfifZc5uFWcwLWe4kuEuq'
    'YpcOWOg8jDI9l0G2F7ZZ6kSMMp0ojKVwEqSn+OhETEVYRT3pOlG+n+uivwrQ5/2zp+3KURlbufMRVo8LechpWEPB1k2WnQlnVEKj'
    'd5KAd3UG5VH3lurXy7IXEp1digtl/ncLtX791ZOo04zzxvXTTGPC9cF8pxLRxJL7tbCPY/eyqEz8ORnjdY4wj19jE+sG2/ga3BlV'
    'sVH4OO8nZ5KJzvAAo8/+pzCLNeO3RjTmznsjqg/9fY4IN1bqqrSTnpYurf/MtJO+p82tfwXk7YS0A9JTIV0J6dp0ad3yPdKkqNu7'
    'LqC944Xr8+wc+HZbm5Pe3ubV8eXlKU2qkiOs8OGPLBF632fHEV7GKNhsvAZ2GXuecXWKdbzcGT683DoFrzin4BWr4gBFgdtyZeI2'
    'zE9thVS437Reur43QvqjkOd3UJ+imsNsmXSGKl9NSDrjEeCJvQTpq5Du7whH/0TVr9+tL3+eqyOg50zGE2Qfp/OrHBQbm8ud/Ojr'
    'KOjf2ik0X5tDzBe/N/G7ApabTF/RdA5SPrhmNqGdE+Qui+VTAeWjsCdLVniMfjEaJuucojA0yGjSQbKXg+isvNDHvaspo2/dQh1n'
    'sstif3F/HrL8JjbWPsbjOhbu/iY2U5Te5fu0T8HDoPcLzLc9gMdWbozvVARrsN1izqPiNYRtP461oPL/7DyVirXQCvuTrs01IrZr'
    'oXrKu64rS1HSV3LE+TvyTH2e8eVFvIfiPRTvIeM9RGNHyf3064R7ZqGci8aVmWN5Vi+1yI/8m6Ms7xacvuu1KI8xGW3HtdByXDw+'
    'Tox7YtwTn9/e8zsbn9/xHor3kNX5nRNuHFlbOwbOl2omMpilTMdujSj1F1At/P0FlMMXmUr8VZQLmvJFke9VLs+rPoL5Q7nrQWHn'
    'F8V2LqkuiYlsuZJrpeIPpcuYy6A5s+XTtZL1tokT2FDGGIYU8nhcM4kDFij6SfeZKdzQtkx85XQR/iL2h95JgviToz53AC4/UI2D'
    '11kunIX1uRU0zn7NePJs3pAPPIvNT78I71eL2iPR9UVdhSaiy7bVcM1VPGAdf72uAnNqq1exOSQ//kTG4x1R6Jxi/ab6LX2W9+Mw'
    'un2rQf+E9j0v7Hxg0bWW9+X5FmPcqMAlfF3Crq8K9qKSNQft42HFHgoqM6SBnV6fPXNEGWcFxeMq3NJksdcpzCFc1QbsBdSpOhF0'
    '/FT04KBGT90PpsYUODOoHzZ7Uqen067AxSrcnWQyvI2s3wMkbYRy8xRjMDkzab+GSHtB/VXZxtMxpMl9xPTs5vC9Xaj98nFbAlNd'
    'xAGf/qvorOYy9s420pbK7v14BuPN5AxtZ3UMada/NwDWEJawjKne6WY2T7VE/31IeH1e+sGCHx5JMzjv1+y/ER97Dj9Z9aDPPEWp'
    'J17UMWy3u2vPUNAJqFdoY5+QIPNCfTTpbOJUvjmWPl/qL7qd6Dmu+g740QC/2fc97dKB6JcRY7v+5ht2c9YG5X67Ww1DUepfP7wg'
    'nI3KTPjVCK9PdPStqPOJHiV8ZS920i+td+GF6tm8egvAwMV6fYoaHxsGFVzc9Haw973E60e8ts/9VvSXcHl5/lKyFdiTAuDrw/tc'
    '+LYpf9UPwL/N3uj4CBTu5X4p2oI8bOankcO/LDvjETcW82TpderWbgb8+P2e3/NN7xJ97JwIsk3U0Xam58eIUPt37tXoWNaysQbR'
    'xSb0Ph0D173qU8yt7s4s9/Tponzf2vTuMiC8/nMr5duWnudDGjuPAroSl0cw91H4kjexUxmdoHnrF+Y2sL0aO5Qkw0kIYwlo842Y'
    'uJ3g6iKxSynFyAk3rm4/0jwsHRZqe8Ab2BygPSemPD79Nk26XLh+dzDGQyc7G1G2gjE26pk+aw+kuEe3kDs4t924TzOHuEdbYA1N'
    '6fIxw7tPGD5Vk0aPc4sBL+WIiHlFKt3QDOFJq2jahQw3DrG0T4FLK81DWybcOAPbNHzcUWFuszssSm2PZ5FzdjRAX7ePnW10fU1o'
    '8CYCI34yuKC1NuV7qc6/gz7nn8kZr9p/F4ZcX9Ucjwq9zwI/OSruwRkaWcYWzdrqcLbUoWpjdXVrztBBCx7eiKY92dZcxf435f/k'
    'FTSi31mk49nKf+ts47cFjKWXwRzVycb3fndrrn/fzcYyxPiE9E71Atho/SekD3b4j7dKuPbUEm/ht/vIXr1PlOfvQOfzpFME+zw5'
    'TVTGr8cxojw7aLT1pX4L+gL28HZhthYZthbfXeCuxXcX2NF5vwWeSxOkj4F/7+sec9udC3i6hv2k/Z+0/ZN2f9Lmb6jwqy0gua+v'
    'L+yjwr/v+IAQP/2AuTJKkE1hkRaCVLYj069D3NNBeC/bLMYn/YDb/1bofzX7PV4o863C7/XC757Cr7fwu6jwe3fhd3nhd22Heb8f'
    'h/a/BenrkN4DaS+kF0H6bkgvh1S2hf2tIetcS/hAtYWx3nRXabu1MH75nuKMrAZnIB74LMR9PQ381P5yh5cPq6MFdPDZAvOcZb/V'
    'hT6+ckthLt4hxCUbCvvtGiF+dYn/fK6Gcb0CPCdZtuhPF2LYyzqK/ugvCYZTCSOzBxzcJ/GexHkHAW4fgPTBDjs4RbiT9erwajG+'
    'LoPjB9jfD5J1b4P+17LfrGsL8z/mwNLjsNf+tvD7CsCpLbzScci6i7TWWCm8Ps723d9C+hUGtyZwnCbwKH8vFtr8TU9pP16Efsj3'
    'qpjR2O4riv5wX6T/At+eDDjbaP/SpH/HXF9Yp3xp/+S74vrl1bKWf/tTJ62+y9uf3Af8YyWr+oO6OknguUt+O+0P58OH4QvydmtZ'
    'uzLWo+RP0nYx/qN8b9Muxpi89IVofOeq/FLb1psT3limeFenMVCD1kfyRyVvVPjwTDmfYd2+8v1a3w485wWPeX31Ij96xZNeePzi'
    'g5Du9odH9AuG+gloNzz8iCND6njOi0+GHyn1XSHz2MAJxg6VcCLT7zwG87jbrp5d34RzeHfw+p3yhBA/f7h0HKeAzw35Pgyc797n'
    'nccMm8c9hT3448J8Xfe4dx73AN/+xzCfMo9NPxA/iGe848+x8b/2DSf2K23/tW+4MWFt2v3pV0vb3/l4eTD+4l4Xnjkc377fhRE/'
    'OK4mOD4NZZ/c46RX/NB71uC3x/eWtnPf173+YWX5Iv31qDqviqeZIPrK2KfTC/v0isJvTWGcVz2mPqtPh1i+V0C6BvaYzG+zRrfB'
    '3rjicSd9/w9L4wrvBz9gLz/sheEcg2F5X5B3BXo+YX/pXSLMWfUYxGN+7pnwfsz43SnF7k5f2Of29wuWsrv9j7t3p0q2Q+E8CJfJ'
    '812e7XQd2kLIzlV7kZ7h/Ly59Ouw3xX7FPeIxAmm9E8DocfWSf2Ah0rHtA50BuR7eu+p0dx7sC9/9qx7nvB+DkDcq28/YnYuVrG9'
    '8EChT3cW9ua6h7x74QHo752wd9c9ZAcDKMdd9YJduT/5Tmnc8rv3BZ8HUlfj7n2l/af6Gzbt3wlz2r6vdD1mC/vzAfGqTBP7vTgQ'
    'Y77MEOFohnXfdvGfrGsO6WfYun78sBenmuwBTouPFvbQ7xmNMgr76veWNIoKL4c5RzAW3IPAO1r8Vf35oeMjVo2745H/rkT8FqS9'
    '5wEvtXrcHYP8d1gdBB2u142J3l/Qb5v0uTYR/f3/zxsg0w=='
)
