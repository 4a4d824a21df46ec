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
 ('[.!?](?=[\\s\\"\')\\]]|$)', 0, 32, 32172, 56, 0, {}, (None,)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 32228, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 32347, 139, 1, {}, (None, None)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 32486, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 32802, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 33023, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 33516, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 33840, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 34046, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 34074, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 34094, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 34126, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 34288, 16, 0, {}, (None,)),
 ('[\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]{2}', 0, 32, 34304, 112, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 34416, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 34622, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 34908, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 35104, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 35158, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 35182, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 35206, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 35249, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 35511, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 35805, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 35823, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 35840, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 35869, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 35993, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 36123, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 36330, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 36600, 230, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 36830, 104, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 36934, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 37353, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 37369, 44, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 37413, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 37502, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 37621, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 37696, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 37777, 16, 0, {}, (None,)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 37793, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 37829, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 37942, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 37986, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])', 0, 32, 38010, 28, 1, {}, (None, None)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 38038, 44, 0, {}, (None,)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 38082, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 38565, 277, 1, {}, (None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 38842, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 38943, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 38968, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 39817, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 39925, 33, 0, {}, (None,)),
 ('\\d', 0, 32, 39958, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 39972, 28, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 40000, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 40215, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 40347, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 40466, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 40527, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 40639, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 40766, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 40887, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 41161, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 41295, 137, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 41432, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 41551, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 41579, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 41595, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 41859, 4095, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 45954, 55, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 46009, 289, 0, {}, (None,)),
 ('\\s+(?:septiembre|diciembre|fevereiro|noviembre|september|septembre|setiembre|settembre|december|decembre|desember|dezember|dezembro|dicembre|décembre|febbraio|februari|february|november|novembre|novembro|setembro|сентябрь|сентября|agustus|febrero|februar|fevrier|février|gennaio|janeiro|januari|january|janvier|juillet|october|octobre|octubre|oktober|ottobre|outubro|августа|декабрь|декабря|октябрь|октября|февраль|февраля|กรกฎาคม|พฤษภาคม|agosto|aprile|august|giugno|januar|jänner|luglio|maggio|август|апрель|апреля|ноябрь|ноября|январь|января|มกราคม|เมษายน|abril|april|avril|enero|julho|julio|junho|junio|maerz|march|maret|marzo|março|марта|aout|août|févr|janv|juil|juin|juli|july|june|juni|maio|mars|mayo|märz|sept|июль|июля|июнь|июня|март|сент|abr|ago|agt|agu|apr|aug|avr|dec|dez|dic|déc|ene|feb|fev|gen|giu|jan|jul|jun|lug|mag|mai|mar|may|mei|mär|nov|oct|okt|ott|out|sep|set|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв)\\.?\\s+\\d', 2, 34, 46298, 2473, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 48771, 220, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 48991, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 49024, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 49065, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 49086, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 49144, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 49160, 16, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 49176, 179, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 49355, 104, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 49459, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 49654, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 50034, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 50089, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 50203, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 50500, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 50678, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 50735, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 50792, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 50849, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 50906, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 50967, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 51024, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 51064, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 51247, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*:', 2, 34, 51407, 206, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 51613, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 51695, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 51835, 30, 0, {}, (None,)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 51865, 97, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 51962, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 52063, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 52087, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 52597, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 52621, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 52645, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 52666, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 53074, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 53215, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 53337, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 53358, 191, 2, {}, (None, None, None)),
 ('^\\([a-zà-ÿ]', 0, 32, 53549, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 53568, 171, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 53739, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 53777, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 53856, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 54012, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 54168, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 55013, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 55857, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 56003, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 56194, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 56240, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 56486, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 56564, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 56776, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 57008, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 57119, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 57366, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 57490, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 58112, 369, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 58481, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 58630, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 59218, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 59424, 199, 1, {}, (None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 59623, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 59970, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 60278, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 60407, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 60654, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 61022, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 61137, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 61426, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 61771, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 62282, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 62740, 162, 2, {}, (None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 62902, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 63289, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 63853, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 64120, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 64595, 71, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 64666, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 65012, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 65087, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 65233, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 65368, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 65481, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 65555, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 65632, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 65759, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 66129, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 66171, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 66264, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 66310, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 67180, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 67605, 510, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 68115, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 68188, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 68398, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 68481, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 68625, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 68771, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 68901, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 69029, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 69145, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 69648, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 69820, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 70075, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 70261, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 70448, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 70901, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 71122, 171, 1, {}, (None, None)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 71293, 1360, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 72653, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 72721, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 72799, 311, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 73110, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 73191, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 73281, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 73357, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 73432, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 73489, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 73536, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 73575, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 73614, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 73788, 97, 1, {}, (None, None)),
 ('^\\s*by\\s+', 2, 34, 73885, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 73917, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 74882, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 74962, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 75045, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 75094, 105, 1, {}, (None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 75199, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 75284, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 75441, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 75489, 207, 3, {}, (None, None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 75696, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 75820, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 75924, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 75972, 77, 2, {}, (None, None, None)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 76049, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 76316, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 76354, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 76383, 44, 0, {}, (None,)),
 ('all rights reserved', 2, 34, 76427, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 76486, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 76524, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 76627, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 76716, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 76868, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 76949, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 77120, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 77173, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 77289, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 77413, 60, 1, {}, (None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 77473, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 77572, 30, 0, {}, (None,)),
 ('コメントは個人の見解', 2, 34, 77602, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 77650, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 77694, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 77740, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 77772, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 77820, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 77872, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 77912, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 77948, 24, 0, {}, (None,)),
 ('구독\\s*하(세요|기)', 2, 34, 77972, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 78018, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 78048, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 78098, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 78172, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 78232, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 78284, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 78314, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 78348, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 78410, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 78445, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 78491, 48, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 78539, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 78565, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 78591, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 78644, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 78684, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 78726, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 78776, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 78877, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 78931, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 78984, 44, 1, {}, (None, None)),
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
    'uK1of/TGazKp1gT3TbOO7uoo7NgduvOvnqxtQ4ByfnRfslPc4gdTdRb5Ob7waHeHZbue+akvS7RV4XN2Y1J/LaZzZqN3gONDnbNy'
    'jc9U30BlnzXM5PxDQh3z+wDh2jT1iOCxcLltdRCdzBWW9HoL0bdogO8zhF08OR3sToW1PRKunH5rx+O181i06PPWNL4116UZE6U2'
    'YlMBVihdJNvfd8/gVOQ0arLMcWT9jud9ny6aemsSx/71X6Mbw7EYrWL/+uFNL3yXjO8cRXeOcu6tpAH7LL4HTr41yQo39lk6wH1D'
    'xUuXZX4m1PE6bdY3NbXWOx12vf1UDKKAhzTQxAgbG2Ad11vs2ym+jgnNnb06sjPwC/7yB5s9Wvg7/49bVXtyn3tUQZ+SqfQE9KTZ'
    'hvnWbMyaKxmpl2wSbaOSHe73NBHjhsXv8m+pv38Va/e1+530Ly1jBsb0tAKXhANDX3padWZPHb5ATCfHa1L+NWkDPiLFY70xTVQ5'
    'vsAXzM7LKPgGxfLjZGp/fnBuuZ1X8Ejj9k/pXovXZKLXxFdvz6N/Sr09n/xeensNTEaFOndNTPfuCoWcVCv/ThX+/pqKZK9m+lkN'
    'Acp5jeezbDyfhHK1RjqvktOQqcK/s1PqlKkuTPNf/LgQdnk5/PITu8Pm7n3sU1aQ3uSbIyUezzz+YeffV5L37VpKQn8XrBp/w/vq'
    '3+lDy0wrzM0C3VWTn4M8ngy+k7LUx/O/tUkXzjOK9xyO0R810kvUP3URDg+Abyquw4ZtW5DehsPxteobD/SYli9dfy39E2CdJspf'
    't0WxlIj4GY/08aF/4jWZ8DXBfXOrYt8ALZA/i5OwYGlfpb1MlcdcZSfNGvmfs8lkRVbKtg7blku/2pRTf29S3GtuiWEmhhkLmEG8'
    '0yVie4+JsD2ohvnH/Xt5PPcTMvecf8d9nbfBe3qPRr9wR8E9ZrFw47U1Mt3NTiJ3o3VUkfzcFmsm0eFEv7VLAtTT6sMfaGF1cT1R'
    'E79MWH89wyMzfHgnOI9++Xj/s2xd0mxdTOqj82mil2zb126oJwn1zoj3dmS6mX66K9ym5ApYt3j+Kz//VIaS0OgOoA9EjE9ZRfYN'
    '9x1az/JR/Di/PXh8TC+9CIxRe1kEsqERDV6Iddomv04bxytDBK/E67dvrZ8pvjnAEN944aV5ZcZLNePh8VKNgnZDf8bXEZiv0nxT'
    '8e4xhkgt+Zvy/tFXKKcj02S9qVwuxeRy3N/oHvmdzRXmQ1+kKHP4Nw/ZWQrg48pYx0x9L9vx9jYFuZCVzEzOddpPSoZ2mir4pXtg'
    'MaTT2t1vKt1EEz1zucZe8aya4PzGux+6Bukh+7EJZFWzRLFtINosoi0j+ts2iQ+G9onUb7ZsR4ZvOQf2UwO7p5jcTff1e60trjOF'
    'g/4IdLKm2KORp9gd9Z6b3qCqJsD35wi7WBPon5j7CD+SfEPf3xhnjcb7QZ/pGFdyNvmWE8X+2WcovmGdjYr2RpnudDOcYypawYRH'
    'wf1IUT/4Yevhe+dDCr5xtZMhqRdWpyeJqUBVOSrNmme1jvvcWl04TQ4vlSEYMEPNSO/q4ozV9jQ6lUfdGMNEDBMKeRM9c9NetLaR'
    'MoKIn7efWoM8xT4TmwDY3i+K7XfwG+5fP7ra9p401Smmt4n3wI+/do4pb9X0PFfJh7oYvWC1PxXbdQo9ybAraGIrotKrQ75I7OuD'
    '7LXOcu40/RP7X5m8a2LjX+loi/xZ4I1Q3ma18I7TmIFyGAcX42DKWJzIG8YzmMd6lt+2iNI40OtZnkGSJ8f4TRiHKwe4hMe69+JB'
    'yXIXCdcn1ghrY0zo48d7xaJvAr4sxmizjWXfDCoiTbB+cwLW4zV2v/5jHHnK0xti/ejXrCkeIJIndnAA2WJRvGKIr/q7ncVxmWjs'
    'v27WbhAempeOv/infB0/cfFhRvFeFZe5HcZQPe7yVTmfl39rIXu8EcY0h+lpILwuhH/LOqispEUhU6kZd3m5QpTG+KoWxXHSFhCc'
    's0BMDd+EqthnK9g3jG82HeYqQXjgYWCq3HM8VX0E+q2ZTR3lXNsqi7VF3IZxpZ9SxJy7DWLOfffh8D4WVwWcqwURz1WasFp0MZeP'
    'DDC+nTBXzRBX/rVH7Mo3fcs8Pz93bNqhMQbDziG9y+p4302Ku1Y14U9ReL2EwOsl7BziMTcvY+cM6hAhrKvKcBjy2z+6/njtn6M9'
    '9s8CIgN8824n/fRDsD9+VBqDl9atokNonNTPPQf1fbc0Tup26Md/QFtfgdjyD7848fv6MrZ+YXUsqK7JJaKYrskSeeclDEZ0/ZHz'
    'M024MbUX+Mh6atn8LBT+cY6ryP7gMEfbSmv4TbS/qripSVL/paT+S0VxnFdq5107VLhhPpxwQkCXPC0avZIkkfVmFfsSYfxgMvc2'
    '8BZkTrz4caiHjjGC6R6vEer43lugzqcJTTlIaBqvew2tD+mfq6C++4DO9ruXzSe0kc3cLcP7MUllu58g67Oe0FJ+40C66gbhxA7G'
    'efCj1zayNGdwR96gWA+cv2uI/Homq3vIYBwmd/Q/J3on/M45SOjYZrhzmcwdL9sEa3IQOdtN7iNcF8avzCCRp09j/RkV6pjuOr7E'
    'Jg1tjfuJxj+eQ3CRfP8qgU/Z51egzLTCy2Qqnal6+8lWVVXjv2uqauuq6hsa8Wlqbpygp0X+r7UcNRcm5s0CLfJmsQ3ajkI8zLuc'
    '58ILv15If7hw6dw1Ry4+95drz7vwwbvuWgif//iJm+4ysbh79LrvLEiI9K/z/7xOVj10oItRnLb+x2nnrgt+dBd55MrtiNRyt/Mn'
    'JnZ+j+u+tuFfd5U8r3+H/jUuxh/P/+T/LxyX4xSF//bk//t14f/55ztv/AlqHh//r5L2LETPPs+VineF9tsNChtpB6otHScqPlpB'
    'b1eo47EvIbiDnsXzFLwCiq9GCZ9QhYNt+RB+vMl/hnu8yZnvdxYMERzu1+cuDT+4l4yb8mxGDMfkN96/EY7jLx2PnLa92XActIzJ'
    'usp+bAc4i5JXjjKKJpjHaQqesmpu/fhh5wLc+q1/v6b/tuPgfaB0wUbo0yLYVzo5BuqC0u/rGb13ENB7QXn7Jv20pSe8eBS0vEqX'
    'YqrrlZv4z+E2qJISMDu9/P2T6fhGdE1VutIm9qBYB28jRe6hv2fwY3J3t5ET2dD7PRo5Vq8otUfxqhPlml8neGmTIe2vw5VB2r+Z'
    '3ItM2w/SzlXkbsfxLuX3B6n7PQTn94es60yAW9U9dWvAOo8hY9/C4ClH8GaQug8id/dNGtikd8IgbdjqWqtosiGyh2WdFyaduS7H'
    'fkZd8ernXH4Vvrvx2867WYS/9QrwU9M7XX5hhvBeUT8d3721u1TWMnunk/7wmWC2bIX2od7GfOF1ZZ6bF7e6sInvqs5z3i0m45Lv'
    'ZPr5v3S+zSffmi510t/n3HnGb6etd9JP3OHKBLGdhe8uneef5Urnuf+C0nleeltxvUnCDz0H+v93CcfuDWlZuidGLODYdv5N7C3a'
    'LM6ajQw/DjK8lGP8oJOI3DXsWULrnQf1mtKEpv1tIjLqUY+7HC2TJDqaqxPOHc5vnAOM/t/K/u6aQJjwykdtygo0VP4fx2p4mD2M'
    'DpjsY/kR3NnoWF7dR/r+v4CfXQ78gPKIlWknXQ7pKkhPTzvwXo14Ng3n2mwnvWm2uz9mE322M6F8R7p4v5wK5W8g5dBfDc13HOS7'
    'fra7r2SfTM+6xgDzQcfdAekJmnHw/jUBf2cOoTuoHlrOAp9xHrqKLqS0zRyYe9ruBoIbTdql+GlQIb+i7ZnKxui8Jz3kbkcwWaLo'
    'hCoT3rr2SZ96beiUGnaWULq+CXQbs+QbnY8jFfqgm1ieQ0meYU0epJUpb2UJyYt/U3k95Tfp8urWqwZ+FG7KZSPN791ZprPIfW+r'
    '1pOXk2vqVy4ob5rPVS3TXUkbyJKXWNiFmO6VctWr0mtaEoBPb6O73Qb39ATB/8Vx5ZL7zGPh5j9t45czIcZTKn6bwvTF135FL+Ux'
    'f1R+K8PqhTXEe8tor1TaP4SNP4glEcKDYPBgymegviW6RewzRsu/v73w/3bXPMcOdfjZA5naM9rykBYRehffnQTvDiTv5gtX37GB'
    '0B7U18MgpL2MBqPtbRfBeGvlGPO5ijGfrRjzmYr+nxZgHpYpyoz5lFkAeIKWQb8boyzvwYz2bFbca6Yr8uRYnjpFHnmHVd1XJnL9'
    'rlSs3yWK9XsXefeQYu0/trR07RMdpWt/tGbtVXpofmuv47F5rT2XzXut/QKDtV9gsPYLyrD2Wcu1bwY+QBbkOs1w96P+sRaDPCBD'
    '6kuR8otZejKM5Tzh8OlRz8XrXp8l98NRdocbYPJ59EnDbZ387nnDPjZOlA/AdetPJuM92Wc+VhKYnh9AznFyGc8kxLH/Td5Nb3fe'
    'vUneTYN3bxC6rZ2tczvU9boiz2HtxXlehT1KeSFefZZlfijlMAQv2Yy31YJ/xfV91kP73yBy0xGNTskQ+67iicm6Pkf0i3o0ZU11'
    'mVTte8kSKMxvIzxUqltlqoc7xMa1XqEr46cP7NcWb+McotMzxsbfa6A3hrzOQ1jZMaKHjHgmjM5Pv6btg0EObbqmuQD6cgMMZ5jw'
    'P9OWeER1L1wkgtsdL4X0RFEqxzyG6fAnPXhmqnczwXbH9o7n5R/StA5uk12pMbeKcHbZKn+GoyKOqR3S36kgIvjI766ma0PlyTZn'
    'cFQ0iL2Ppyn9JNWwYfEYlK3U/bGZyc/CtpewLJ+xLB/7Z/bAV+1vT2sA/8xtRrw2euatIGkQXboWct5fC+XxPtsFa3yZiGN4TMQ6'
    'HwjrguvGZROc57+YfBMeebkfmhYfeiYIfljpc7/g9h1+dyiVfQW/f5jeQ+gdEvu1zeJeNcj4Kfc1OftPdX8csbi3/UJxj2220N82'
    'uUPS+vawvzd46E0X/GA1ObxCbvNB57PfY31VfQh6l1Stocl97w2m73dak6vz5nUXrvRYRi3hsUCf5v93ioIHYKK/YarL2cV4igMa'
    'ncdK8wi+3+jC5hjrm8lcUt12rrtJdVz6hB3/RTV3mzx4TNQ+7LONLl7Zphkbt4fbptHx6mI6v1yXtiuC9fGbl5yC11ewyyfj/GOI'
    'tevSjLkn5JjpvIbBNUfkx/kOeHcK0y88GfQLPzC7dC65DqUsfxLoKS5Lm+lRYl5MVTawvA8y71KiH2ra32Pg2w5Nf2mflpP3co7+'
    'rcHhian4eZsYLuli8DSmkHdReNDpW/K90W+wtngm3t/g8KTKBbtRwuzPIf0pwzPXNzg8s7A0Bu1/TrMGA8Jcn3BQc85yeda5DY5O'
    'JrXH4Gv8e4WMwgsH25zZ/T44F31gHEHmebLiY6/+/1d9Mf1nskdsdZErTTc8We/Ia03PVBU8vuYjQxrRyNTRp8sX653+R7n/bGh7'
    'r721rd65V/qdMR2GdgOYl7Z5CrE9oGfOSeyMWMF09c9g35fDGXJOvs9zK0AD9Gpwd47JlBZWuD86Ghb7k5ng/vD5ebVOiLOEP31h'
    'AludFnRRB4Er0/oR1jpD0kMdhnSVnJ/P1Ln4oRz3ERVPxsTmrRCTrUJ9GwrQt3fWlfokqeT+x3NzYYX6MeTTj2yd6zsM9/vdc9Q+'
    'TLj/bMw3qjkv/kjqlW39R20xX8VUtygI72SjsPez41cPvbc9UuvCuI2vlR6L+0ROqP2nD/rQZLfXuvelAWHuY3BUwVuk+9FkzdZb'
    'jAvprfW1Lq0+We8aBX0XMq/lmpueCHFdM4HRcvDHw5wRe2sq07cg8/ZkjUsLTfTdseBHq8bRs5L5D2p00sMhXQrprEb19+WQZiGd'
    'B+lZkB4D6ZEs//RGp+3rakrxehBcElTH7Iqa8vDSTc/pU8rcvh8dfMgEtY/jl8aV8ybgHk77xGUa/1zt6II1A/+U7oMDIZ0J6TIG'
    '752Qzob0MEhPhXQO2z9nwT74drV7Rk1mvvknyHrZ0Fi8Ps5P7ffgr/r5wR2sdiIiBtGPjZpf9c5qNy5NEB95OY2sy6/dxdUuT2ki'
    '+DmyD/XVjv68H3/fhvdSqfvuv2ade0pBp4Ht+YPY3p4O6YyAZ96THm3N0bQ1M2Bbf0vaCoKbaLlDIT2BfV8Mbd2SdWG/Ujywwv6v'
    'cLsow1iXdfGOjT6+ChealtXdFxdni/d/Oe4Oe334tvVZx0cIt3WwtekwpR1+XeXO/0TrQTxX5frDC0KL6uRwsu7/HWHdvN+fr3L+'
    'now4u6D/U+XopFE8lYD0HZCuhjQZEEdeXuXCbbl5nQX9nwq1h3hqvqK9cuLFWtJeN4PHLg0dmAuAP3F//DLj4r4oaVIbGvQ50oeJ'
    '4NfJPuzMlP8M6PFZ+5snoA8c3jdkXH+ng2x/7dHojrUknDSVUMtLL8y4PmWDnG2m+PikTOkZWi6eWuH+X6H2cG1SBD7CnNnbQtxh'
    '/z1dupZB+uBHD+1OO+e2zdllSmvfR+o+jdHvR7L7ydmWdf9V2rW7jIqe9tsne2HO3pd27XfDyItkXf0RrXOPz/1jTZnbwb1zXHri'
    '7GFnkHW5hrX9VY2cDvv05TnM3ympywvvmsj8fpVy4plNpE6hH2/hmZQLH50a348rWb3vCNDOzpRrc62LJ+uHsz6bcnifleKlFeJg'
    'p9z4GVHzzAryv5QLb9wHr6keFdZ1PpmfSskvjydtVkLHvmAHRGBp2IMu9oKl6pQ+LsqA4l5g6o8A5+XXSbf+5T77aVWA/fRPSUeH'
    'YiJxS+H+n3Tgl95tUd5mI5+QdX056caNvBTic960u9gPyNNPO+nwA+BXaVdxbM7bk3o8kzOUu12fdP16B/FpoTsjNyZdfZNy8sEK'
    '/D/SFh//ZhHeborO17JkeH8ac5OlsX+4nr8frJ9goeNmssdkMLkWEU529suE6x/KDx45vPwkEc63Cp/jf0yUxssMKpdTwcWYpt27'
    'yTjC3k8L+n+K+oLekWR9N5E14nt4q9DHrpRlNpOyNrAvy/RBWVu5jixzsUdZLzmNLPOOhBsHoNeH94b87JWkjImtYyG2c8L1q2WC'
    'uwY0631wIpj/pUFWT13C9QnmRYM2geFunYHNrsz7O+GfF9f8dbBhjlp/XNb9A+HGsP7lWvALk3Njhsj0txDHYzfJ+8L5Tpq63I0N'
    'ItND+kD+75GX13u/Iu8p29R5/1aRt//D6j58ziMvr/fjJO9vIS7KvZp5+KBHXh5T5X0kr0QAMm28oLRsE+AAnveWK9R5c4q8p12r'
    'zvsekjcHeW8bVI9tLcm7fTOcS2vVY1utyIvrxvOeqMiLa8HzLiF5O+4pjtN+E9Bu8yDe++Ek7xefcNI9O9Uxg9pIXj+akMZ253Rl'
    'G9Q7Y7fa35WfjysT2/8sw3nIa6B+K3Lsm63fijT5G328Sxr2VIAZ+e/HpT0hKcPH1hxwbCofa82iNCYAx8fUj+D8gOO2vfvzc8Nm'
    'rGcKvX8/k7MtTKxSmxge3B/gJs1dedDwvu8X6/Qm4cZYr+Tc+PXrCsBVpnRrd0i9tF6LcYxENPdy3ucG4OPq/Cd6xdsdMegPx580'
    '/qiEW7/4o1UBcNChFnfW4QA8QW5nPcJouu4al/fda7gGUbV9eo3Lv12vuOfrYtKb2KrSu+hC0g6Pj7M5wvE0QTtB1tOrHe4/9XfV'
    '5WmHj+dfqh3YMG0nSrj8luUYRwOO8UvVLg+7V3M3NF2XW0PUxfu1vdrlwfYa4lSbvvZ69HWbZV3nhqiL79WT2bhtzwS/eZ2v6Ove'
    'gHVNI33l+KtbU7bLUA9J1v+nrH/9On8Zfme0rP+nWXcugtRPY7V/n9SlwrE28PTtEHXxNborgrpwPT6VtYvJOWpZ/3XZUnyr8hfD'
    'ZS0mfJa1TL8Q5aVnA//lygloey20fWrW5fdzvT3TGHgmeQv7P+vy+/1gPqdZpxkWdaj2jawjnXXlNDraZ0TYyX4LPPuq0nr3RlDv'
    'P5F6+zR6c4MBcNyTpN4Nmjt3EJpvp0G9QXDmJ6vctbepl+LKmwz6tjnAGg0p6h0T5rzrAY0e6LvJmIc0ektDPjj9rAB1cFx+gkEd'
    'Y37nv6KOjZZjmaGoY9RyLGlFHWOGY0EYfyPj+iLgMU5VcvBjWVxYL1mlDe/+hUxpzGeVXGCZxveL7kx6LOJ68bz5asbR+/CTya6I'
    '8Hz9cAXbxHFuzLj4YLXGl4oKTrgu1UlsLBdGXC/295SMK7NOMJk0/t3IbA/SRPeywLMndaAscS6kCyFt96nj4Iwro+X0iI3sF/dp'
    'jaK+YYuzmOv//C5dWt9YQLqp4LOH1Gei2zSm8beA430u7cqVbc5IWebvFGVf09AZHC9/g4xjQNPXAQva5LOkvk0h7UpkfR9Kuzpd'
    'lcbXBZk9mVvcg6ekS30tqfb8xQHK4r5+B5lHP90VE1y6LKL6sH+HkvrWanRsvGyqeP8aIqoP+/eHlCuXOrRRjR91uOx1UpbrqS9k'
    'ZQ8jum4F/l/K1YHoUtAipn45nlXUMxygnocU9WwOUM9XU64+SM4Dp9C9+2lSZoNQ++/t5zY7pL+qMqZ4Y6tH24Oatgc82h60aPs9'
    'pG2OA/lcbYMy53iUGVHo3cgynQZl+L3kWIMy27jNnkGZn7MyUmcX9/PKdOletaWXM6niWPG6O4DM+8ekPu+fWN5fkbxed3+Z9zWS'
    '1+sOKvO+nHTGEuReWdj/Acu/7bNLU95kH8nydyrGyvcu3s3/xiMv9yv1CY9+DRr06wZSflMA3snVmvKm8s4eMtZNGt1BbOtiRd7X'
    'dPsf+hVEPiXLryJtof75Gg1dcoxBXjxHj/DIu4rVO9sgL9bbknRxbVD8gDq7M8vAg5V1/yJRqtPSzXDCTxR5+hgcvOSRB9fvOY88'
    'Y5DnKUWeYdafxxR5xpgO6/2KPBzX3UnyqORyMs8XPPIgXH8q4cj7bWRTstxHFHXvZXl2kDw5Db7ZQvKo+M4Fnx0eeRCf50iePo3N'
    '86VkrKZ3woLNHqlbda7IPH+myDPGzoyVHnmwnmNJngENfBxJ8qjucAX6n4zVFA8X5H8edSPs1XrkwTMnoWg/Z9D+G6K07tdY+6+T'
    'PCr5F8ajrfHgqxb4/4o8G1me7ynyjLI8zyjycJrn26BXY3N+YIxam3LY3heFO/+m9/LC+U/GoroTyzwfVfTJj4dZkP+TulXnWhOM'
    'rcbjjGqCvVOjOZtOhDxdHnlwHBd75MFzcC2ZR9N7eRPoec6IkDcq61ykmHe/s1SWm0PGYMrbxPt1o+Wdn+uM8niyS0RxvFY/fTJV'
    'HFTTeKYmdcfxAVncuC8IQdSPhV080zbjeKZ+a9ME5/+V8Tqp10mEWSdhFN9PFxs2ZakTSmMub0e9/3E7eJgMfbDVnU0G6KMfrksR'
    'XHegRd9x3Db776AAbTxk2YZp/GFVXY0e8BFVeTy/5Hxj7O1G+J6CNauBs74abdlh/ZpB552O91P53x1KnJbcrx/EO//jgPbbz/j4'
    'ddfhfiPPKSLA00bWHGHBdO28aBkeDx5jnZrY/YTpU6tCx98LD2H/ZX8vYHTTMZoxLiDjb4B/15OxzRCu3HwhlFnF6lhF7MNo+SpF'
    'eVpuobCLf34IrEMUfTVtk8apTZNyDbAWsj2xU4gv/9gc18wEPErXp5qdD/XknM5X/7YtALc1Gma8T1NfICrf77cT+7A74d3H4J3M'
    '9+Jc0AuBeUD4wX7hmhb0QmGtqD3eUkhPVNjjHYM2i2zeVWem6l1MT/rQk8O+JKHH4x9amu8VHa5KK87d42DtuyHdakmz6fI1kHwz'
    '4Yc0VtT1I64+OeHwARFHJQkdgWdFF/Bn5b/3yHoN2+O0ZB3BR15nK55DPazey+M9UrRHdlwpwjxJvx3UyODxWkJnxuu+f6x7K6x9'
    'B3nX4sFPWxQBP60N2hXAK2wg95pCuXX6s4H3vyUAbVpNxiUB9TCYgwOZHXW/Ri95mNCXmN+LX45ztwL6Kf99NEmpjwJZ/xZFivS/'
    'yR2Wjg3pp9nHOGUvYbSSTN/aXUwrnUfyVI8X56kZB300sLuV79ZBekFEPNg0OeF15xvq0aHvsbWK1IYvMIPUNSddmgbhMZjS9X73'
    'pxbL+lpImgQ4GIb5G4B9mDHCtalEIj3F6dBFHMPY8Z/rQ+Bi1ZOq78w8nr/QdBI69iOAn3CtE5q7Ge63IY89xGF1BGDDpG66B1Ie'
    '/EPK+1xC7mHCsF8ZwC+2vNJGli8KXksQPy9B7pXYThJ+urmlfmlo+RZLuq0F3ut4zC3w3s9PA8dRs0h+Xl/CAodRGJoPadW4HR6k'
    'PCDMV0VoCOSbURq4hdSLcGBbTyuBoTa4XyWhzBExH1bJh1XdGxRodEcQgthLZpIqMxwX8MHFINu+1MEDXrw1vu+a4Hst2xOLGD/R'
    'RH5WzjG2fdRJMzum7hjvvXnqjxF9tN22a2LGmKnAGNGX3FuPTY4xV2Jd0+AT7/vPTK4xUh9y3Uynr47oS42K0hgAnP6xodd4/+o9'
    '+jdHqG270Wdfu1D7H6W+Kkx80VK9zOs92u0qY7s9QL9y3xu0Pe5zN6fQ+TWNOzwovOPPmfjr4fqixwB9TefiVWEWW9K0v+uFOt4V'
    '10818fX1BlsDHUyb7PMVCtiutYRtEx92pvBHYQx9CUt9yrkRtGuqZ+xnw3EG8P5U/mw2RDRmeT84yhCW/eahu8zzETX81XnA31HC'
    '3JZvRIOPuoSZvXZQ344FO0Tg1apiz072vl9K+t61j/V9MYGRzULtP0DX50r3Nep9k4G9o9o3M4R/LAEVbhgSal8q84SdX66cZf1U'
    'vuGXVzWPVZr50s0pnccswz86npdKx9GLF4f9MOXdybH9ef53FimThp8XLxX1ehbDPuY8MFOebXIStOPFaw3i/5nKRmqhfNpHH6rF'
    'kic0y0MPt1Zxdwl6B2nStFsLavJJBW/0tfvdObSVEQnGt0a/7E896/SllXy7De6P3324+G4m3715t5N++iG4D/4oPD600Ytrg7/l'
    'v6fD/CCOxLqaFXz0jEaGmiAwGutulcrMDjtP3AKov91YIct9DjPh13J5aIqsiZcuE9V7Rb0mlezES26uWvOpvq4m9h9eej3eQlA5'
    'u/660j1sr8d6QROrD4a0bdpSDornwmZI8c6B/I2DEqV5hlie1oR79iAti/RhneIbxuJJk7ppuWbh2kX/SejzIA/p/4nSNt4L3/4v'
    '+TbA+vaa4hv27V8VdaLN90ukT91CHS/kOVK+i41J2gQ/FeOuGHfFuMtY9zsJa6SiK2oZXSHW5Nf2886/Ozvy/+7wpyWTqLegqL85'
    'ovrTrH7tHQjq96szo7grbyA6kQ2A62ZAW+kYvlMwVeusjRSKHy97iE4Tmlme2V8WpXagwuDMRj3Rk2H/zCbv5oDO50zy7jHh3hHx'
    '3Yr20nhbqLuDMbMxDvdJAXUlY3jcd+Cx1XJd38v4TL3xmvI17ZzoNTVdT5vz5b2AB+oDrPtkeizU3lJ29Ot4StKvev04/TMe4Gny'
    'WPeJ4McibFD+jKouhKUEnD8xLKlhKageZVSwFAk9y2DI1L7Tps4wvHSqU1bw50ju94+86KT1P3B1sngM1naIf3rjLnV9NAbrwTvd'
    'elR5aQzWa6C+415Q56UxWLffB77fnyjVIWsi95lC3udBpw5kALtBLvGVJ4tjsVK5wYPQhz1PFtcbVG4wE3R/BLN/0dkGNINsGWVe'
    'SxR3yWY4GG11wG10x5ewPqcsaSev/ZQk+6mZ0Mwmtr9eNklZwLW0j1zu18TWZi75u5y+A0znrZXdfdDHQLMo9TFA4VbnY8D2LpOF'
    '+TKVBTfB31x3s1Ghf9kEsunlFmtUiTUxtW83mQsvXdMMg/tLFPPtZ8dE152eE1SuRPsh27nM8iwylYcezuScmD9LbJzqSV6679pJ'
    'mZYKtt0S4B6om7tswLmT4/+gYvzUNjKM3Ra3u/LTAbGZ99HL7e7PpvoXpu1X99nN8yFs7dNMVwHtjasN/KDp7AnRj07NuDv/GUsY'
    'o3AZw5u73qvvm1h4++Ez+y+8YR1ZKGQLd7LOG8j9uIqcezgXWF83lKmGs/wywj+NbRKTSby75ufoTb30L7xNIl2ny0SxnbSNnazK'
    'P4K9rb/kMk5dY39gPjYH4JkaMU9VTwoWptOEuQp4/sykG3vtEkv8eRnUcXzSvcfQOlLC33eFjO8wm91zuI7xVcI8/siIwkaI3pnq'
    'ko5ftnL5W1H5WvllwtzXyk8TTj9ieYRSHhHCh5vvnvCt2/ZOUYjvmnD1Qpco0iB1vifh7FmTM7tJU8c78i+WkTpUe2e9sLeN6yd6'
    '+rinTekglU2cl00A54dMTzg+glRziPtR9U2nn29bD8Z3GAN6cVhDL9fHur5eulPllDlarT/6+Hq/cHxLoz4v6hxS+5f1ojiuRbdw'
    'fbHyfcVjBueEefyns8F2RhUHhp9jW4W5nakuVmbOoE/y+zRRGhdIZcPbL9SxRjBW0XRRGlNnPbPXoXbavaz+roC8UYobdXy+moB3'
    'dAkv10NaT/rJbVPQJjehGOeQUMcXsrVfyYri+Kim9scqmKVyIdXajoliO+klinXjcXXmiVJaKcfSjZB3liiNC8jnidrxc7uwrUJt'
    'yzYScG69YnDdnXR8AtN56mI88JxlWzS2kgqWuoS9T6koYAPHfKoHbIyw/Xq8Ajb+k+VZDP0zpQ84Thtk9R0o/GM4qfBdnQL//4aN'
    'ncpFliSdSzudh1cDrvWmSbrWZ1is9UnCLiZbJdf/9YDrP+ix/vfky35amMXepGfmVlFqUxwlfshNEMzg2XEuwd/9GhqJ2+quFqWx'
    'PnXnjTybDgoIL6Zjw37NEa6NND2LwvhFQP68Kh4fha8DEo7PRm6zjnNhAzM5y7HTvJuITctE0iSrDfHEqFDHiu1l9XWIUr9APB7h'
    'EQSWtwh1XD7uS8iEfukSxTEKGoQ+BnC/hn7BOAY3w1zjvQRjwi1nMVJPt4iPfDrEYHs3waVnptVx+XgsN1nunaI07qxXrD0e8/Uk'
    'URxXXhX7zau+k0gMPlxHHhd2Wdo/Jh3GjzsjXezfF2MPesXJ8+prUDp0FYv3d4JmTUzaCypDT4S4L10ZgD8y1fklBeZIM+domIuD'
    'TJwD4x08ilhQUcGRCCEb72Rwxe0ZR8n9A7+NkfOsCfh9qLO1B94dSfLvIWcM6jQ2sHaQHzrA3mOZA0gb20WxXzzU9UO/ePhuGti/'
    'UJ2yRQp7NJv5Oj+AzL0kJkMnLF3Cm48elS5Bm3g7SGBhHhT9EV767LZt1RJGI9XTQl8AQexRTP0e26xlG9GjlPPT3OHeA5DfLvd6'
    'S4f7d0uHnT6jrt/VAftNdZuXicrFT6IxzcqRn8bvisp3dxX8THQWWwhcfFSjE3ABwVVUh8hmTlZY5J/J5FO25VuJftJMgGXVuJYQ'
    '3Gijl2OLO49V6AdR3PwecleYx/p4FNPpNp0DU19VfrBJ4QT1jVqFv68i231N8U8V0eFU+Zk1sf1JCm+/tSlL3F5F8tG+RaEbHxSP'
    'X62Zxy4y5tjP+8T4ebeB1QTBWVw38zPnOukhW1xdGvz2xruc9KyR0jPipDEn/d46td4mt4NAvCTL/KnD1SMod1+yAXUZbew6TffT'
    'bJKvhensUxywDs6Uy5jOUxA9TBWevoTAEOLaXlEan6p9o16FRWU/tITBWDPjFw378IMpX+tKwvsaZrwpzHMR4f30GfDv1gs3ppNO'
    '1tfN5Oknk350M54Z5lkG/fDj+21W8O6aGS9ts8U4ZhLe76hhOdX8rxf6OCszgZ+k2sen+MBkAyuX8YDJyyI67xIR0AkmNJqKhlxi'
    'SePZ2v1RO79mpiPIYxMWDpcF+vODrm8LO1d0+occphJkX0SBW+sjuLs1WKyBra5DUDoxK1zdz1EfnQWdTZmNTmgT6K4uDKBHN6yY'
    'CxM5VpA+nqXpI+3HgOJOQ/U2kN/th/tM5Ov8LkLvziqbwU0KGT7XAQkyL2FiXVGaiq8jl+2NamTHSDcFiX3ZoNFhOiCCvT3LQ3+F'
    'wozOZ/2QAQzIfPMVcj4TGbpfnm0h+sVxEJXPc7gcIvpKYfeFSpeuS6Ffwde7JYL1btGMb1Czzj1MZrmMyDl1/sN7mJ7WAiKHCyKf'
    'HyB89emi2If44hD1RXEGnSn0MWZwnSmubRKlPuW9zjCU/y4kY98izO2pVXqpXKapOye4zo+uLhWO/w/Qv9Hx1ONYzpPPZ+v7CF8Q'
    'zz2b8ype58m/zkiHtEZAF1UzuojrtywhvASTOzjq8rULN7ZQt0Z/Lug5oorrMaqYixqLuZgJsh86N7VQvoXoRDVAOdTZWShK/cfU'
    'Cm97aT9dkSC6Yi1AT3M9gUr5u0GeC7V7rxd2fnAWs/E0CHsfgn5xfIPewaOQn9Yb6tii/01K16vo2jEFvUnzmbQTlH7S+dx/XDh+'
    'ruNzY3LSB/cQ/SHKNzPVCx2O136f9Ym9WOh96s8Xen/3hwh/n/oHEB0rVR6VP/waoffjz2maKPiotRHg8Bqht/Wjunqmus5divuZ'
    'F19jJugq8HusSm/ahPdiot/N74y97F6M6yP7dqhCJmJqV9Jn0ZcuBT1IZSkqXkaPIW/HjxcZhU8vFUyp4rwWfGwn9Xlw/9aQPJs1'
    '9UhAySryyG9/SLgyNxOY4DZEewOWx/ZfTrg0tV+8W9OYrrLev/eoNxei3rsT7v1ms6hcfN5bPdodKWO7V5F2o6qXx6FUwez5CTce'
    '8YDYN+MRH5bY92Mq/wbuJKZ9NeWdb9bwI39EZPg2c+NV5+OEX5rTzNVeBX5T2TTdLRzfmtzW0FQuYhIXmuMRzuMdEPaxpnX2TL1s'
    '340R/k0l2h0iuitzJmC8Ut/3BEO5Sk4jA1a1T8dX6bUcEtHEpQ3ri8wrFnQQemmO5szoM6QjVfzDQeFtG7gN7roq2cqoZk27WVpJ'
    'HG6D301wFrXfpXM9pqmvV4PDTOd7DjlvNivwftTrG3SPeOl7R7lvqiLYN82KfWPKz/8g0Q3k67GB5X2fZo/anndedCY9q9Eu7DLg'
    'Vfj1UUXz+8ke/O4DJ0/QudU+Qef0ZDpTot4btnfX3xO5/h7Fvca2vn8n9XVFUN/zZHybhZkvBEo3/53H+ILUdxfowAcZD217LzuL'
    'ujR0gZceGuK2BRGtXzn6dzmRBfWyuns0+pKbLfRLcF1WE1yyRyFLKle78z30WPp86At+x5tG9KP8+mqiC4Nyk8MUPFcVnTEWgi7z'
    'mq8gfPBy4NoDI8C1yy15z1xnwMYfCrZD69hosbd7SBndelPbgwuFY7tOYZTLaSkNSnnXyZD9o3ocOca/ywD8qGQrJuOi+r5bNPhq'
    'UJj5DDXRvfSSgVD/kAsgH7fxXKDBuToeYheb+20eOrQm/VfhMlyLUwidus0Qb5i27aV7zenFSo6Z6xfSNVxJ1rDcervloB0bhJ1P'
    'zfMIPdXD5m2vhbxslNw9WkU4n6KyHmmPfaShDhZNTWFXx1e1uZNEcfeYDDCwPaI120B00YYtzotR4e3X7YJ9BBaOJPJeE/1ETjfi'
    'erSReezT9I+urck8h4FVqp+eIbAr6zzdA3/kAuCPo8mZ2c3siNBfuBcdrdIt94MBrL85oH4pp2HQF3Q5+M0m+hz9mnsK7qdjCY4Y'
    'Fd7+dEfJvSgKm4vppJ5hi/vZoI9OirwXZRPFOp9Jy/tG7G+d+Vvf8bYKF5iy7rBSCvMLmmAD/+kI4X9rAPgfiAj+3xMR/J9F+BTr'
    'hbfNXbcHDYs2WAco5sNU/0nHu6D3tAGLMW4McH7oaPvJpLPnBbeo028az5LrrIyJYn8HdO7HNDoxqr3TYwGT3YZ3ZEo/1DCY5XZp'
    'rUJv+0rtwLmewxbLs3i6iM7WdVTBH7elO1WyjiZIFyu++dW/TdjHTBkx3Pt+8qfj4F5f6XYPEHa+ff3m3gSe2xjO4jaO2wiNaaOH'
    'i7RwA9vD2xPF8Qm2sDKHEZywRRTnjbKPY0yWmfPh580UxTb2VB93m0ZvdibsMVqmSpT6HvDDUzjuN0RxXK12UWy/Vml+T2MEOGgy'
    '2sGnEg5v3vQOHqSN1xmdYAq3Oc0+nhGST8x18lrIndXP/rlL6O3IU6LU7hvnNSvceS7HujcBjNYbrqHOdlvGNrmW4dg3LPQyOX98'
    'yKLsoGEZv/HZtKnzwdBjITcaCdBu7Atj/8GxH64AjpXxCd8VEseGxakmPFju50slE1f5kKN3w0rto0Jsmfy3tQHmtUuofYBMZ3jn'
    'VQsbJk7z0juWas5UOL6Sc/cPwvENuC/CZJUhTGY1MGl6Bl8v3Hhipueflw6xzRm0VXP+jgVYM9v2Tcdnqns4lc5d6l/joAqcwxjD'
    'ps1H72xAqONUdlmOtUZx9jdEcPYvKPMabzOUM3E4kOPvs6ABgraxJuHe8a8KsZeHIsS/5Tj3VXerg8q45lHfsV4jvJhBQz1Y3R3L'
    'tIzN2TJqyFc2uUeNanTrRiqEl8PsWVn2mojWycsmZ5vwtu20tbmx5SVzvL5NBNf319mpTsb19fKV0KygB03mPGoeJT8nm0R0fiBN'
    '+NR03lD34s9AZmVznvjlVfGoVW3PJzYAleaZq/rjBUOzFOdd1Pzw1ATxw9sjgMOs4txvAn2l5aLUN2ZQeRNdkwbNmvjRHlHym73o'
    '/rTFHTIHc4j62fUgP7X1y0zbr6rwvUPGTni35nzkNpdcjjzA/u4T0fnnNcVXKp18kztRpXisKj/UqnumLg5yryj1cz3kYfdSw+qv'
    'hXJh7xKbhLlOKfdB0URks0NC77NXN6Y6NqZ6Uocc2+GTAG65LuqIRs/IBKZ4XBA6Fw1l4tvrzoI7pvhZcBnoz+v0Y736m/bpb6YM'
    '/V0Kug5Rr4duHOU8d+WcPurD91XhQy/8qYthvoLJRHXrHPTO1iP0Ptcof69c9ZucAW0heAV+uG81wX2bhdrOrFdxfvnVu4TsT1N4'
    '5/amUdzpg5z1dRoZBZ5hWaJDb0pvyjY+LVwfS6bl/Pp9g7Dzfzik0Re+CvQswtTj19eLFXY7Ax56vRgffbpFGb8+nAC6wH44yg/f'
    'lGM/2srCcho6Y6L0EFojoGcaLXSzN8D4cx500OWAi1S2SCr+4WShbzpIvznP0LTfE0HneN3Rq5hOcZ9Gh39Eswe8+Dzc/vUshVwu'
    'inZGyfq0+eAlnZ2dF/0wqLiTRFH/qM+dttK4oqXCuALpyZeEY/9sanORM1y7cuMPU506vh//Sri+MMsx3krcP2SeE0Wpz2Vb3ftK'
    '4Mug60TxfVRjnKi74TE+d8MxH7oryvEHodF0tH810aPW+T318tfRq8H11xA96kGh9pmzTVP2vRH2B8+ICwid7tcfLHOmoV1KznBc'
    'x1rsNa9+HWoocxu22Ls9HjxQnZ1ezQSetYkIzlqUd9wpXN8VGAPzxbluHGEc5wIyTvn3QlHqZ5LPwTCTS5rY56nilKI9nAo/lePO'
    'cgS0vTLtpO9MF6/18nTxOE6F7zfMdsdxCstzMuT5AMlzEtR/NqQnQHo6pMvSbj+aQEf2ZOHfdgeUOxH6UA15T4O8N8520ptml95T'
    'Kzk2k77JcX8Z5GOy3DmG5bz6ZzMn+9tcy3vWGVDvqnTxGM9K77/z4qXfME1zP1idLp0L2i+KV+i9QaUnH/Z8Qdkf+qBdweYC/16e'
    'VsvGOZ5NRSTrkn39ToeT3tvhtH0wodW+Dt+egfSbkL7eofYd/FZHaQxuWv4tSP+tI5x/mQYy5ysgnTWuPq+TEc7VZ8510kO2uHqY'
    '+O2kMSf93jrnGz3n33hX+PHa+BqZ4g9O41wR/PFzNRK5ny0JB+d3F8OuuMJJb75DDxfoz1Ll25LaoyIc3ptz0j/d4cDcXMW3y3e4'
    'e53rXAyLYr8Q08k+/tIlTnpCt5P+alvpXsc8x7M8ujifuBi6MQbx+YLj/Vmfk9Ztcf014bfMJ2Gebi6N53XfHU6642YzfJyOEMds'
    'hHn7Xo9rn8+/Ja5xvh1E5h2/iTXu39Q/RuEM7ymum64bfsPyN/TocRb6Ppwuiv1XclisOg/OkTVgx0baq4O1+cfznbT6otI1eieM'
    'aUVf6Rrhtys26OEL+1lL+llVgTXkZ0GNxxmi4vk0KvY4xRu3wzk62FE85lbNPngV5uqId5f25+aPQNpRedrjle876Zt3l8bq+wp8'
    '++4zkPebrs8O1IUafd5Jz37BSffsdNKdj5TC9+GaNitBgwT149YM/GaMP6tqewnhCXCcaRIHlePcWWTfyLJJRd56cqYdM8n7d2yF'
    '+8fXPhtw7VX09UpLGFXhEn4/vxPSF+cW7wPb2MVXwV5CvuUA4N3CWiWS+8yTMn/SpnXKKejsdObrf8bHs2qK8+2QqDtsidnxAE+T'
    'gt619e9J99F8PPPH9XSeHwx1kT13RMmdJ7lfP4WJKiMMUTyzhNERNRo+CMauOYDIOGieZiKH28hkx1SXe6OH3nMmJM48WUQTQz0R'
    '4gw/meXXnVcUR7dpzrkWn36mQpw3ujNyAaSXBMQVnO7b+biTPvWsey/Ab7ftArrvYff+gjScpNlk+umHnHTVj0rp2c89B3m+Gx19'
    't4rQeSLCOW8g/V4M+2hae/4MbS+ux4QOqQHZZTXsoWrAnc0Om0HZ73QIWOmKkD+VnIq+cK93rrUiKCI2yGJDB96uoNcSwrUjj+k1'
    'dtaK8dRUodcaiJwFcdnRLJ9pXehncQ15R3nd4h5XB0eH7xeSO7zML9OHNHnnkHpm7C6+388k334BeH/nrlI+UgJ4CE88XnpePPwD'
    'J33h2eLzwuZ8X2U5f22EJ4W8zwzgf7FTiC//uHjvXkfOmYrJDJJTECc3850YiEx2nvbSVzbnp+n6t4aktTrucemqJtBfQnrqkRed'
    'tB72wPefcfIMkv3Z/gTIZXep6+sheQ/e6dajynsxyXsN1HfcC+q855C8bU866YNPqvOeRvJuv89J50K/07uKx3YC0evfDvzDt4Ce'
    '3H0/8B6hnYdfdON04Jw9iLzGJ4vrPZT0IQ14avlj6v4eQOoTD6jzNJD6KI5SjSlM/NdmhjPqSNn8S08axpYGOUbBQ2gDmpTSuDg3'
    'R8FcLYZ7ZDXjZzXDlRjvLrSOKpIf6Wt+xzUpt4T12dY3vO8cJwtDaI9ijmO63OAM8JlvzycZLV0etSyqDXRQ6Pr3wvqn4/VPkbtV'
    'sHuZ38Us4nub6jzPgdz0tsFS+viDa4u/Ufr4lG3F3yh9/EeQSaYV8kH8duEHw/NTwsDiFFNhSTE9lGYRPULy1XEJE1uV8ifbiHw9'
    'xkEGOCipu0FEcAjFZ1R8Rk3QGYX3lcM/BrpVoEt0wHVO+vFbwU84ybvzluK8v7gW+FOQt5ecRVivrA/9lmRZPbK8/PYu8o23v5by'
    'jVh7Z5Fvh/Y76R8ucb6dqvjWcKnrWwO/fRF04Jb3u/Y3+G0v+7aI6g2tKR7fPMU3HN8cRXuH9pee+3vZN3ruv7AZdPXOKz33fwrf'
    '/vvD8bkf+bm/o4zn/o743I/P/fKd+5kQ5/6+wueZqLh/++IcJUR0vO4o+dxXGPC532XB536nBZ+704LPvcyCz32kBZ/7EAt+9HQD'
    'fnSdAQ88KI0QtS6LqT5EGynXRPQxZpA6UVZK+diz4d8p8r2cbUYRizQrwumo8P4tUoxnAcuP+bjujKotuqdR58jExwb3cTUXbCZM'
    '/W/Yxi/1y/OGCLcXcK5s5CqtGt3MNIFBTrvNYbYbKNfQwU/1PgQ/sw3hJ0x8N4Q3GrPEFt6ovwPub2JsisJR1T4ER40WeAh9ZFBf'
    'UzT+lvx7bwCcMzpF4WBfOo9mCPN4eX7+/bkv6C1CHVvYzzfQvr7+yRDrbyPTTk5xjlJhYr7w9hW/2V6vqc2XYaRbi6j4Ap46C0Ys'
    '76SIH/o8Tpe0M0q+UKxjYrAfRRjdb38BTVheiQA7igUPl/L9f/20myfMuaOyB0eewk6FHu4o0b3z8xcQw2do+AyhA5WMFD4DyQmm'
    '7qGeMtXdsHs6rfRCouTDxWd56LWzOsu9aHLB7kKXgv7zwN1294m/BFsLyb9HWTTWufq7Ttp8X7g66dkwAOfV0w+Y+SGMadF9F35t'
    'aVGdzWpzR3ib1YLN6ebieq8GfchXmM8mE19Mi4TeFxPV9eC+iaiuB/dNRHU9PgR17tlWquvxVfABc/5tpftr6cVO2nhpeNpLtx4t'
    'sB6XBaQRTH2tlMP+uXrclUlEQX9zH0B0LbjvoKD090w2Hhrr+Pvg6+mza4PZNMT+6BT+6HaEoNl22NNkyUkM52gL+j/g9/Bw8u6A'
    'i0pxmswn0zNHSnGazE+/UZy2utdJr7qidB8dnCv+Fvte3HdhPQxOj3XSpqaucYbQPBh7TXe+riLf7mE443jy7SXwRbgO/A0eTb79'
    '43uBrux24wtwHeJnPunagqKujKTvZHpOh+u3sIngYd5uge7rKB4btQVFGg/z+PkTjPFcKDw3NwSe8y0blR4u9cMZ47z9Qw83DP3H'
    'fWQtUODXGlEc14TGfsE4K9x38HpR7Dt4iORBH1+DrJ71JE+OtYVxPS8Tej/FWM8FMD9+cvpeVu4MpudhEgNMllsuXP9lXWzcS0l/'
    'eYwc9HG2QJTGSaa6P6o4pyaxQtF3u59eCY9X0yX0/miPJHQYtds35e0dbQmf9aJYrzgrvHWf+R2Ww/dCMfG677o91ybceNbTheur'
    'h+tdUx2XRBnnX4UDhjVwvkax51SwxmOhd5I9t1GoY9XzemS5Y4Qb53xYlMYzN9XRGWV6WTxu1RZLHZ5RpsM3KFzfuAXdbw8dnnLB'
    'alD9KoRN0/xZoK9V/iEH2TwPaPTieoQ6Nj2P0dgt1PFy8fs2A1gcUqw57UuvARy+nHZ8zqhw97CmjyaxlWnMe9P431yHzESfMGg/'
    'uomOm5yHT6WdvUz72GupM2m7Xl0ENmjfKrEOfPwX5cd/EusX1+PtCbgHBhV0g4l+OqcfbOaX7wOqfzibjNVmrunc8NixmzRwbqr3'
    'HxXs8LG+mnLjfKp83qriMHnB0XrN/Gxi/fo5pL8TZvrkXmO412MMg2Ucg8m6vGEIc9elHNqFwnbOYj/w2IK29LQKhkdZOqbAGbLv'
    '61IO3TxRMPRTUeyHWTfH81OO7JHOEz9vBjV1RXVuj5Lvsk/yln6i0MfhDBNzVYfv1mv6Nsjm1Y9ONbUb2Z10YXuLMI8V2z8Jzr3P'
    'JJ27GMKfSd9pfZs062+zt3W4fLNinWWfB5KObZgKl/B4tt0iWOxh1Vh1/Tkr6dhomtDNtudtzmfPLyRt95eZJud7uzbp3HEm87nz'
    'asKNQ8rn3oQ26RNmcQH52pnAzaMJJ25XOekwPh9/ndDDYq9iHaJej2sTTqyrMGPeYLg3uhMTi1tPSziycR3dgP3wa29AsU5e7c4l'
    '7eYs73Cq+x+nFVRzJ9utSjjysiDtRjXnPwM+Zzlw7fPCtUfFsnstcQmW8YvFLtu7X7jzOVF8gY+TMdv2QXWmDvq0J2nwWQFgyJZW'
    'lrqEh1jSPVHQF7LtlcKNTR8F3scY47MCwOSoJUzS2LdefBLKI8W449QvyW6irzSDyE8WKnioE8nrR78o9SJ8XMuCf2rw3/GXz9iV'
    'ozY1YecjqN026uCmYX0F43vLstNBxsdl3bWknrQojlWgK4++Nqg/HVl2nXB9dFBZksz/fqH2p3OZmDgfJjhv3B7db29uYnyIVMKR'
    'i5mW0+GK3xB5xzC7OwxpaP3XyB41oVl6NLyVEcWZeqDFeTVgkRfbeJDgrPU+47yLyE26LWgzlG//lXDj5gVdI3pH+GBE9WF8rxHh'
    '0obLSTx3vxjwSyFvJ4vFfjyJAU9j3S8n71Gmj3TEap/2TGLJe5WnMn2VHvZSD/2yI4U+1snhRBdsFHw0vQl+mB5/1vUhotOFneah'
    'C1uv0LXNKnRtudwxKtyWDYnbMD/1DabC/ab10vW9BtIfBzy//foU1RxWhaQzVPlqA9IZD4BO4auQvgHp7o5g9E9U/fr9mvDzXBMB'
    'PWcyHj9/eF73+k0KfI7nDdfb9+IzR6E/UDeJ5mtjgPni9xCua4HlJjI2JJ2DlAeumUlo5wTRBcLyKZ/yUfiPS5Z5jF4xmSfqnFLJ'
    'gbi8z4TPmSP32XL2bZsFX6HPoG8HRNA3ylOhd5lZBnoPpjT7mIbvcAS0qdIB4PyHPk0dBwAtTfs6YHGX4fWpdMBQj3udKLbXRnvS'
    'aT5z1aPh/3BdVzoWzq+3kXWpdEVTbCwLyFhUfRwiuN1k//idd1H436W8uS7FOpqeWdwnPpU/jCngTc7lYQp9AJ38WMXfH2T1btTo'
    'Sw8S3qmX3q+tf7Go+B6cv2s651Hx74K2H8crV8VQdZ5yxStvg/1J1+ZyEfuGo75+dlwpwjye1iycZyrp1BeZrYCI91C8h+I9ZLyH'
    'WkRxnOXfJNwzC2nCFtg/WeCD25zViyzyI0/0YMv7ukpf3bS8bPOgAOOabzkuSu9kYtwT454Y9yjP76r4/I73ULyHrM7vLJzfQXwr'
    'cV5vC5FrLmI8lpWMX1QjvH1uh+GLTCaZBbdR9JM1RKUT1BDB/AXRAQwylyq9LC99jXKulYo/lA4xl35zZsunayPrLfMnGS2ug4fG'
    'EGMYUui44JpJHDBP0c+gurlDIe0q6J3E1l5qUKMnPqIZB68zLJwFjVvjN85+zXhyGnnHDIUdT1A7IuojTWUj0Cxc+/rNhmuu4gHr'
    '5EL1ZZhTW12ljQH58dyecERjC2Qil6A8d5v7cRB/AyuI7CaILSSX3cj78tyI7XCCrq+JT9+aMu3jYcUe8isz5GELUw5Z6qiPLLXZ'
    'Yq9TmEO4qvPZC6ineLRw7f6ilNtyGwqvftjsSZ3uW7sCF6twd5LJ8NazflObuCYoN0cxBpMzk/ZriLTn11+VHJaOIU3uI6ZnN4dv'
    'tLPgsa1sbaB6FLJLFS+O752WEHtnC2lL5Yv3CAbjLeQMbWd1DGnWv9cH1hCWsIypLvdGNk8Yg5P2ZbMhLHjhkTSD836ht4/V+Zjy'
    'klUPesxTlLYXBb3ddru79jQFnYC6ujY+kxJkXmicE52fPpW/8EUvFsdcbSe6w8vBr/4eiD175zMuHYi+92eAnchvv2U3Z7Oh3O92'
    'qmEoSpuG++cF85s1HX61ojSuMMYn08UVjhK+qs5z0q+vceGF6q69cT3AwHl6fYpaD7sgFVxc+27wQXp+aSzeuj73W8GH80XhfLhH'
    'Hf/Tdi/x/TMT8Bbfow2AS2vJ/tpXngRlK9LAEulyt2nzNAf+qGu5JYA+Kt0PB0HDux9x0rMx5vXTdvD1yjedtB9iZ78GdnKjjzp7'
    '588BvuS7mwE3rtzlXWYVKfNNiKH1hQeLy3z6XteOT5bpgPOHxj/5HOD5i38EfYUY21/YWRwbfDe0f/Y9Tl0Hk/l5CmJ4P/5MsP3X'
    '9k3vfvudD2Hwq4D5/vgu9yy0KX/pD915i4rnSM9IebYW5uJ+s7iI/KyUZafB+oh7Js6uQofnpxF90y7FPYff00z1jPuFmW9V3T3Q'
    'lNYc0ej39mpsHFR2yWH8+3Ab8gEfPeMBRb+aCb8wrN5sULmBine5WTPXWzTworLjbxKu/xdTvWMTnsyoRj92QOj9dKn65seHQhmQ'
    'am2GmW5t0P1hc3+ZreFzog3gneQ+m4E2XpxbSkcuEMX+Chdq5sPm7MZ8aeFtS6fjL8txnCjCx3Kna8P9F20V5YulzH2nqeyM86S9'
    'uCgC3GPiG9LELtmUj1zueesX5j6se332MsIXwlgC2sS+SCemhWoTO5QS/yz0vVm4/tdGWTos1P58r2ZzgP6YMUV8iPEdtmjSJcKN'
    'm1ML7zrZnkI9hCbh+pKm9lS4t/GM2kT41U0avJHU0DWtsIamPCxTn6RBZDrNGpsHPx8t3CYmCrmKl33PAg3/Zz47C/hZ36egJcot'
    'b1oMbdDzncs8R4W5z+1hUew7fAahM3VnN6eZRhTra3IfaSYw4qWvYuM70pSGHWD6Hn0aWsnWxknuv3UB11c1xzrfSyM+Oke4B6dp'
    '5P6bNGurw9nLhevzQedjcFCzDiZ+9nh7sq1ZwtsvUxB605aulHnWTqL1PCgkvdEn1L67xhgeWK6QQ6vGN6ahY1R5e4S9z+wcOTdb'
    'hbmckcPmNYbrLf+ti2WwxQd2vXz54XsvuYNg8p5uBkNDTIZK7wkvgU+I/4T03g7v8VYL13+TPKfw250EN98pwsWn0MWo6RT+MWpO'
    'EOWJw3KoCOd3CX0L0TgTfT57fKswW4sMW4vn57lr8fw8O7r+d8CXbIb0YeB9Xvmw2+4sOJdr2U/6G5G+RqSfEeljZCj/q8sfao+u'
    'ye+v/L9v/ogQP/2IHcfay4dJgfaFVLYjU9mWTAfhvWxTprJd7H8b9L+G/R7Jl/lO/vdW/nd7/teb/52b/70//7so/7uiw7zfj0D7'
    '34H0LUhvh7QX0nMhfT+kF0Eq28L+1pJ1riMysrr8WK+9tbjdOhi/fE9xRpUGZyAe+NIlTnoCxBX+1bZSGbWO9tPBZyvMcxX7rcj3'
    '8fXr83PxHiHOzx+SV18uxK/P957PFTCu10EeJ8sW4h+vhT17uZPKevzgVMLIzAEH90m8J3HeXoDbuyG9t8MOThHuZL06vCrTvQyO'
    '72Z/30vWfTb0v479ZlyRn/8xB5Yegb329/nfNwBObeGVjkPWXaCtx4rh9RG27/4e0m8wuDWB4zSBR/l7Jd/mb3uK+/EK9EO+52cc'
    'bfd1RX947Nh/hW9P+JxttH9p0r9Dr8qvU664f/JdYf1yaj2Uf/8LJ625tbQ/WcBJ//1h7/40wvqn2e+s/IF1ev7w6Mzv1Zo+9TrK'
    'PDI9HeTJnbCvZX7VeFFPWv4G7hbi6QeK65PvZCrf25wnUu6lmp/lTxTLoCivouMe83Wi/ZblpIyZ9pvrbgSRD9H1QFnLLLIe0i+n'
    '9MlZnT8jO15Qrwf13VmQ6z8M/XvBjLbDedsD5e/+bilc0TUymb86Nn/iAUfeViQUfsCVw9nMXxrm74KXoollrYoTb1tvluSrInzr'
    'ZuCPCEM4k/I+KesTHjJAzjdcvSt8nPmbQIY67+HS2NkoX136RClcfA3kvV/b6Q0XGKcPdXPRD9XwA47MmcN2M3yjvhARnk3h5MEX'
    'XDiR6XdhX0idH5t6dnwb6Kyd/ut33GNC/OL+4nEcBz4c5fsgcL5zV+k8Ztg8Pp7HJS/n5+vKR0rn8XGQQ78M8ynzBNGxEc+Wjj/L'
    'xv9mvq3ljxW3/ya0L9/btPvTbxa3v/2RcDCO+hEf31UKxzftdmHEC45r2HlZOPsfd88jTkvgt0eeLG7nzkdL4zWjHse1D6nzqmQU'
    'CeHa6mGfTszv04ufcPRQLn1YfWacCGfkxU8U66zI/DZrdCPsjYtBz+bDP1LrnkgdGA7DWQbD8j4o74L0nMX+0rtikDP34R846QvP'
    'BveLze/GKXY3/uout79ftdRFQT2l5p3lbYfCuR8uk3SKpFHoOswOoDeq2ov0DOfnzQWPwn5X7FPcI350XD2R3VEYwzFtV+BJrrez'
    'PSCeRH2vbz+i3wN0zhvJfWC11Om6r7hfq0HPS76n9FytDz2HemJiZ3B6TjePkka8JY87Vt9XOo93Q39vAdyy+j67ecT5X/6SXbk/'
    'g3ZvJPpgfueV1KO+bVdx/6lutU37t8Cctu8qXo+ZIhg83Qn7ILG7FEfLNVtEdAJtaZrVT7uwKes6kPQzaF0v318K70HuCqP5Pf4H'
    'RkONwr7/gyUNpTo3gpxzv4Z67gXe5cJv6ve2jo9dPe6OR/5btWe5v3C6Z7mfca8YwXPgvlcz7o5B/juozp/uLNKNid6v0E+59DFe'
    'if7+f7txPOY='
)
