"""clipper's regexes as cpython 3.11.7 compiles them. GENERATED: do not edit.

Written by ``python scripts/build_regex_cache.py``; clipper/regexcache.py explains how it is used.
"""

# fmt: off
ENGINE = ('cpython', 3, 11, 20220615, 4, 4294967295, 1073741823, '14.0.0', 'little')

# (source, flags, flags compiled, first code word, code words, groups, group index, index group)
PATTERNS = (
 ('(?:(?<=[^\\W\\d_])[.!?。！？…]|[\\"\'”’」』])\\s*(?P<sign>[\\[(（【<〈/]?\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})(?:\\s*[·ㆍ,、]\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})){0,3}\\s*(?:선임연구원|칼럼니스트|編集委員|論説委員|객원기자|논설위원|선임기자|수습기자|시민기자|인턴기자|전문기자|편집위원|特派員|대기자|통신원|특파원|報導|报道|記者|记者|기자|위원)(?:\\s*[(<\\[]?\\s*[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*[)>\\]]?)?\\s*[\\])）】>〉]?|（[\\u4e00-\\u9fff々\\u3040-\\u30ff]{2,6}）|[\\[(（【<〈/]\\s*(?:記者|记者)\\s*[:：/／=]?\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})(?:\\s*[·ㆍ,、]\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})){0,3}(?:\\s*(?:선임연구원|칼럼니스트|編集委員|論説委員|객원기자|논설위원|선임기자|수습기자|시민기자|인턴기자|전문기자|편집위원|特派員|대기자|통신원|특파원|報導|报道|記者|记者|기자|위원))?(?:\\s*[(<\\[]?\\s*[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*[)>\\]]?)?\\s*[\\])）】>〉])\\s*$', 0, 32, 0, 3116, 1, {'sign': 1}, (None, 'sign')),
 ('(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\s*,?\\s*$', 2, 34, 3116, 834, 6, {'ampm1': 1, 'hour': 2, 'minute': 3, 'second': 4, 'ampm2': 5, 'tz': 6}, (None, 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?:19|20|25)\\d\\d|\\d/\\d{2}\\b', 0, 32, 3950, 66, 0, {}, (None,)),
 ('(?:\\b\\d+\\s*[^\\W\\d_]+|\\b(?:an?|one)\\s+[^\\W\\d_]+)\\s+ago$', 2, 34, 4016, 117, 0, {}, (None,)),
 ('(?:^|\\s)(?:propos\\ recueillis\\ par|ein\\ beitrag\\ von|geschrieben\\ von|корреспондент|reporting\\ by|автор\\ статьи|escrito\\ por|kontributor|bài\\ và\\ ảnh|da\\ redação|scritto\\ da|written\\ by|a\\ cura\\ di|posted\\ by|redacción|reporter|story\\ by|words\\ by|authors|autorin|autrice|penulis|pewarta|text\\ by|tác\\ giả|auteur|author|autore|autor|texte|автор|текст|oleh|text|書いた人|bài|par|por|von|執筆者|投稿者|通讯员|글쓴이|작성자|by|作者|取材|執筆|撰文|筆者|著者|記者|记者|文)\\s*(?:[:：]?\\s|：)|^\\s*(?:di)\\s', 2, 34, 4133, 1187, 0, {}, (None,)),
 ('(?:^|\\s)[^\\W\\d_]{1,3}$', 0, 32, 5320, 38, 0, {}, (None,)),
 ('(?:^|\\s)[a-zà-ÿ]+$', 0, 32, 5358, 37, 0, {}, (None,)),
 ('(?:^|\\s)a\\ cura\\ di\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5395, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)auteur\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5493, 87, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)author\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5580, 87, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)authors\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5667, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autor\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5761, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autore\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5846, 87, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorin\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5933, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autrice\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6027, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6121, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\ và\\ ảnh\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6200, 100, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6300, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)da\\ redação\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6386, 95, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)ein\\ beitrag\\ von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6481, 115, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)escrito\\ por\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6596, 107, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)geschrieben\\ von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6703, 115, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)kontributor\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6818, 102, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)oleh\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6920, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)par\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7003, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)penulis\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7084, 99, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)pewarta\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7183, 89, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)por\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7272, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)posted\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7353, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)propos\\ recueillis\\ par\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7451, 137, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)redacción\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7588, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporter\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7686, 91, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporting\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7777, 104, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)scritto\\ da\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7881, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)story\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7986, 96, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8082, 89, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8171, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texte\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8254, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)tác\\ giả\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8339, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8433, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)words\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8514, 96, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)written\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8610, 100, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\ статьи\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8710, 135, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8845, 102, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)корреспондент\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8947, 128, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)текст\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9075, 104, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)作者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9179, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)取材\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9258, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9337, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9416, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)投稿者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9497, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)撰文\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9578, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)文\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9657, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)書いた人\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9734, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)筆者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9817, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)著者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9896, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)記者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9975, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)记者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10054, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)通讯员\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10133, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)글쓴이\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10214, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)작성자\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10295, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 10376, 82, 3, {}, (None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\))?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>(?:[^.,|()\\n]|\\.(?=[a-z]))(?:[^.,|()\\n]|\\.(?=[a-z])){1,59}?)\\s*(?:[,|(]|\\.(?![a-z])|all rights|무단|版权|alle rechte|tous droits|todos los|$)', 2, 34, 10458, 714, 1, {'name': 1}, (None, 'name')),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 11172, 1043, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d.])(?P<year>\\d{2})\\.(?P<month>\\d{1,2})\\.(?P<day>\\d{1,2})\\.?(?![\\d.])\\s+(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?', 2, 34, 12215, 890, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 13105, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 13646, 1044, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|wita|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|wit|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 14690, 559, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<!\\S)@\\w+', 0, 32, 15249, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º)?(?:\\s+|(?<=\\.)(?=[^\\W\\d_]))(?:de\\s+)?(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|settembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|febbraio|dicembre|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|gennaio|ottobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|aprile|maggio|giugno|luglio|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|gen|mag|giu|lug|set|ott|fev|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?,?(?:\\s+|(?<=\\.))(?:de\\s+)?(?:(?:ค\\.ศ\\.|พ\\.ศ\\.)\\s*)?(?P<year>(?:19|20|25)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 15276, 3908, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|settembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|febbraio|dicembre|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|gennaio|ottobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|aprile|maggio|giugno|luglio|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|gen|mag|giu|lug|set|ott|fev|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 19184, 3996, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[.!?。！？…\\"\'”’])\\s*(?P<sign>\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\))\\s*$', 2, 34, 23180, 1475, 1, {'sign': 1}, (None, 'sign')),
 ('(?<=[^\\W\\d_])[.!?。][\\"\'”’]?\\s+', 0, 32, 24655, 221, 0, {}, (None,)),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 24876, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 24902, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 25495, 240, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 25735, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 25766, 77, 0, {}, (None,)),
 ('(?<=\\s)PT\\.\\s+(?=[A-Z])', 0, 32, 25843, 41, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:T|\\((?=\\d{1,2}:\\d{2}\\)))?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\)?)?', 2, 34, 25884, 1611, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 27495, 980, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(assine|cadastre-se).{0,60}newsletter', 2, 34, 28475, 108, 1, {}, (None, None)),
 ('(jetzt|gratis) (lesen|testen|abonnieren)', 2, 34, 28583, 124, 2, {}, (None, None, None)),
 ('(powered|designed)\\s+by\\s+tistory', 2, 34, 28707, 106, 1, {}, (None, None)),
 ('(sign up|subscribe).{0,60}newsletter', 2, 34, 28813, 99, 1, {}, (None, None)),
 ('(©|ⓒ)\\s*\\d{4}', 2, 34, 28912, 37, 1, {}, (None, None)),
 ('(наш|наш канал).{0,20}(telegram|телеграм)', 2, 34, 28949, 93, 2, {}, (None, None, None)),
 ('(にほん|日本)ブログ村', 2, 34, 29042, 41, 1, {}, (None, None)),
 ('(打开|打開|下载|下載).{0,6}(app|客户端|客戶端).{0,6}(阅读|閱讀|查看)?', 2, 34, 29083, 122, 3, {}, (None, None, None, None)),
 ('(扫描|扫码|掃描).{0,10}(二维码|关注|下载)', 2, 34, 29205, 73, 2, {}, (None, None, None)),
 ('(有料|会員)(会員)?(限定|登録)', 2, 34, 29278, 64, 3, {}, (None, None, None, None)),
 ('(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ]', 2, 34, 29342, 180, 1, {}, (None, None)),
 ('(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,}', 2, 34, 29522, 156, 1, {}, (None, None)),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 29678, 227, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 29905, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 30003, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 30182, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 30263, 21, 0, {}, (None,)),
 ('AI\\s*학습.{0,10}(금지|이용)', 2, 34, 30284, 55, 1, {}, (None, None)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 30339, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 30577, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 30831, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 31021, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 31259, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 31287, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 31467, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 31659, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 31865, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 31897, 30, 0, {}, (None,)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 31927, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 32046, 139, 1, {}, (None, None)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 32185, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 32501, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 32722, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 33215, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 33539, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 33745, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 33773, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 33793, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 33825, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 33987, 16, 0, {}, (None,)),
 ('[\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]{2}', 0, 32, 34003, 112, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 34115, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 34321, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 34607, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 34803, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 34857, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 34881, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 34905, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 34948, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 35210, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 35504, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 35522, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 35539, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 35568, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 35692, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 35822, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 36029, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 36299, 230, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 36529, 104, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 36633, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 37052, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 37068, 44, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 37112, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 37201, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 37320, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 37395, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 37476, 16, 0, {}, (None,)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 37492, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 37528, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 37641, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 37685, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 37709, 44, 0, {}, (None,)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 37753, 483, 1, {}, (None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 38236, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 38337, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 38362, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 39211, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 39319, 33, 0, {}, (None,)),
 ('\\d', 0, 32, 39352, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 39366, 28, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 39394, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 39609, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 39741, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 39860, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 39921, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 40033, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 40160, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 40281, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 40555, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 40689, 137, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 40826, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 40945, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 40973, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 40989, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 41253, 4095, 0, {}, (None,)),
 ('\\s+(?:septiembre|diciembre|fevereiro|noviembre|september|septembre|setiembre|settembre|december|decembre|desember|dezember|dezembro|dicembre|décembre|febbraio|februari|february|november|novembre|novembro|setembro|сентябрь|сентября|agustus|febrero|februar|fevrier|février|gennaio|janeiro|januari|january|janvier|juillet|october|octobre|octubre|oktober|ottobre|outubro|августа|декабрь|декабря|октябрь|октября|февраль|февраля|กรกฎาคม|พฤษภาคม|agosto|aprile|august|giugno|januar|jänner|luglio|maggio|август|апрель|апреля|ноябрь|ноября|январь|января|มกราคม|เมษายน|abril|april|avril|enero|julho|julio|junho|junio|maerz|march|maret|marzo|março|марта|aout|août|févr|janv|juil|juin|juli|july|june|juni|maio|mars|mayo|märz|sept|июль|июля|июнь|июня|март|сент|abr|ago|agt|agu|apr|aug|avr|dec|dez|dic|déc|ene|feb|fev|gen|giu|jan|jul|jun|lug|mag|mai|mar|may|mei|mär|nov|oct|okt|ott|out|sep|set|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв)\\.?\\s+\\d', 2, 34, 45348, 2473, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 47821, 220, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 48041, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 48082, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 48103, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 48161, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 48177, 16, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 48193, 104, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 48297, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 48492, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 48872, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 48927, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 49041, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 49338, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 49516, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 49573, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 49630, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 49687, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 49744, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 49805, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 49862, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 49902, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 50085, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*:', 2, 34, 50245, 206, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 50451, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 50533, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 50673, 30, 0, {}, (None,)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 50703, 97, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 50800, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 50901, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 50925, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 51435, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 51459, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 51483, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 51504, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 51912, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 52053, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 52175, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 52196, 191, 2, {}, (None, None, None)),
 ('^\\([a-zà-ÿ]', 0, 32, 52387, 19, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 52406, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 52444, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 52523, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 52679, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 52835, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 53680, 844, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 54524, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 54715, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 54761, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 55007, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 55085, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 55297, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 55529, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 55640, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 55887, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 56011, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 56633, 369, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 57002, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 57151, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 57739, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 57945, 199, 1, {}, (None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 58144, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 58491, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 58799, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 58928, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 59175, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 59543, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 59658, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 59947, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 60292, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 60803, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 61261, 162, 2, {}, (None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 61423, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 61810, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 62374, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 62641, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 63116, 71, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 63187, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 63533, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 63608, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 63754, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 63889, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 64002, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 64076, 77, 1, {}, (None, None)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 64153, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 64523, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 64565, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 64658, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 64704, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 65574, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 65999, 510, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 66509, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 66582, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 66792, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 66875, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 67019, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 67165, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 67295, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 67423, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 67539, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 68042, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 68214, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 68469, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 68655, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 68842, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 69295, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 69516, 171, 1, {}, (None, None)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 69687, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 69755, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 69833, 311, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 70144, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 70225, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 70315, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 70391, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 70466, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 70523, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 70570, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 70609, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 70648, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 70822, 97, 1, {}, (None, None)),
 ('^\\s*by\\s+', 2, 34, 70919, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 70951, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 71916, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 71996, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 72079, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 72128, 105, 1, {}, (None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 72233, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 72318, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 72475, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 72523, 207, 3, {}, (None, None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 72730, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 72854, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 72958, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 73006, 77, 2, {}, (None, None, None)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 73083, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 73350, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 73388, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 73417, 44, 0, {}, (None,)),
 ('all rights reserved', 2, 34, 73461, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 73520, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 73558, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 73661, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 73750, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 73902, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 73983, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 74154, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 74207, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 74323, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 74447, 60, 1, {}, (None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 74507, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 74606, 30, 0, {}, (None,)),
 ('コメントは個人の見解', 2, 34, 74636, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 74684, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 74728, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 74774, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 74806, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 74854, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 74906, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 74946, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 74982, 24, 0, {}, (None,)),
 ('구독\\s*하(세요|기)', 2, 34, 75006, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 75052, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 75082, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 75132, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 75206, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 75266, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 75318, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 75348, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 75382, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 75444, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 75479, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 75525, 48, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 75573, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 75599, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 75625, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 75678, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 75718, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 75760, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 75810, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 75911, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 75965, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 76018, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYXUWVcL299y1bJ4TQQBI6kIQOEAkhgQYygCMkrIKydrpfuk063U3TnZAYJAi4gQPi4OjojCv/CAYElGHTERggYUZQUFH/'
    'YcYw4j+Gf8blRx1Uxv5fvXsO97xzq+6tuu++7k7nXr5Hpe+tvU6dOnXWBiFEWjiPTMcKT66Qvg/+ri/8EpBWF34zCr+qwq8R0prC'
    'r6nwuwLqwLz98C1TfOn/JNnfqcSUeorTm+wUO0UZT6fPt3RA2aQIbluu58bCrw/WrwfWLx2vnwRpcaMo6znM9+vngitodNax+LTC'
    'XhSwX+thneR+rCP7sBn+Lffz3IxT7j1sn9qsc9C67+dPqjgx1xfRWVWoVXZAxee7QRUW6yvXtQHy1wB8IM6WeHemzLhLiC/+0C0j'
    '4ait8I/FUK4O3mO5HJZbW2j7sw5uz3S45WcVfnM0fUWYUvU1TFst0N/fFH7/D8rUkvbk8yfnuHrrGRu77jpB9kk31IXzeDnMVSoE'
    'XktMQby288qy8FrS72MVwCeFnWtJQYSdRACcx+u+f697Czu/JBzcDbgwZYHvyj6vUlNvHYtIs+TZGc0iqp4276v4rIrPqvisis+q'
    'qXpWtVjiuHpAyW1POOmNu530V087af89TvrdZ5x2/pmU2fG8k775kJPuecBJv/Skkz78olPmHwDG5LufX+ukz3zCSb//Lid95QIn'
    '79dI3pc+4qS7PqLO+2WS9+Bdbj9l2nGvk96228n7NyTvjvuddD6MOb27dIy3k7x8Xni9HyR5W2HcDz6pzruD5H0Z8rz5mDrvVSTv'
    'NdD2cS+o824gedN7nHSFpt5LSN6Hv+ekLzyrnodzAI7ku23DTnrS5tI1OIPkkYunavMkkudBGMPeJ0vbWk7yPPKik9Z9rzTPYoBZ'
    '+W7ZxU7acKnzbQH5dud6Jz3/NufbPPKtFWAps9P5Not8u+/m0m9N5BsfUzX5xueN0o1Xh7gntxIySYmjE/53ftu2Ghg+x3U4CmiI'
    'JYXfUgXuaQI+Xyv0j9aRJfmboA56VjWT/E1Qv209LVHOabI4lDa/ObVtL+ZdBfCuAubc/5RMln1ZQJq9KuusVXFTjTlr1wVVZGHt'
    'LqU0ji2bLWAgUT9igp82sj/CPBS/VI85a/TZwqXrbzLxPpqMPGAbelN3Dlf7nMO2cgTcvxT3XmpxR5niTxLYLvNDb/CdgSK8WC4Q'
    '81piXkvMa4nlArFcIJYLxGdVjLPisype9wmWC0hY+FlI+jyWE8RyglhOUBk5QUssKzigZQUxT3PyyQbo/my23CdZuAskABa5vcIs'
    'xp+kes+IK+Y/4+Jp2Ze3K7499ZLz7VTy7czznfTs85xvJyq+3XKF8+048q1mrZunEfYOfqtl3xbCt3YYh0w3w5wdQr4NsW+4Z7Ec'
    '7mXMg383kj2H9fjlDbtOLVCG08VJdqeqYWuVsqSdMtDfldDf1eTdqRucdyvIu9/lnXfHkneSDmiEMTfAPPSRNoVPnxthI80j85aG'
    'MdC7bzJg7BnyN+LbJoLvad5EGTYAaYs+NUO/5J46nM17o0W7chxZ2DPNIcre+E31mf7OkOdsLTsfsgSGZPriNvt6m6Eem7nNRTS3'
    'sr9h57bqOe/c4vyeIcLNQxXBtyo8drQPHmu3wGMHW+CxFui//DZK9rhMh0UpPYnfsrBmHA9Wkzl6fyIcDGbZOrST+auBfnwZUt7v'
    'EUi7oW+1JE8vGT/mDYMr7OV6ySnPYyhOaOgnUKxnBT8m56mEz+kBcLeS1RmEt5D38Rjo4KA8GPmgR3jgJnlAP8KHx6cgmneGgawE'
    '2esUZ51H8Nl29u0dBO8grsjD+uF5eDWk1wGOw3qQ9q1WlKd5jiH01Kp0ad2npJ30hrlu3SvTTrn5pG9bWZ9Ql2gZ6dN6NrbpAKem'
    '5UfIeaPD+bWa/bMo5B2Y17M4wntQGtZ9Prv3LIP0BOHlrRyDPBbh5a3gt+VsXlQ4QvUOaZKZmu9NQBOY4iDVGvF5yML8Zcl5ujCA'
    'R18TId/GxDYeeW7HQv/qCBxyGJHvB0g5euYPku+4D1VnfqLCY7Ftj9KGvWQsOthOCuKTIO3e/7IEzmqgHVWbtI+y7CmMBh1m8zlE'
    '/vbDi01wB6R15AmNRmm3vAE+6iepX17TPg2xuUZ6N5t2eIum/Rpg9a63KDvC5oeuO61ziwKmZV//JeX2tdfivOpW0PpBfc0rxqca'
    'v66v96UcngOeabS9k+Dcez859zrTpelyg7PyZIN6V7M8x0Ge60me5enSvFXIO4G8N8510pvmunvompQe3ofYnAyT9TeBLxVM4Dps'
    'g/YvLrR/MrzrYGM8Bvq9c667R4LGZLI+2B+/dTFpi/bZJO9ZsD4rgDaanXL4BbbwP2yxRwc1+GOQ4Y/fJR2+l3y3SXMWjVi0v15z'
    'z+Xt/qjQ7lxWZm9A/ap9u5e9/+K80r73QXvfSDp3qXaQJVDehG4f9DA89x+Q/pSMSdZ9Z6HuQyu0jrr1pH2TfbiRzOfWMtrJB5wT'
    'uH/7ko7OjWoe+Xk5rMnXE9A/2c5a0o7pWa4aT0/AeI4j7QTBQTdJg+b3dXauzCm0My0E3qX5cA/lkg6dZjoXvN5tAXPyy4RTP4Up'
    'XkePBQ3D6/9hwrlP0LnleKNP0a5fe7LeJwzqHbTYI7h2XzGo16S+bkbj31H4dhCDgTzDwaMR0JOyre0J5y6samurgsbkd2tZx3tI'
    'HRw2ryHvfc9/MpdYxytkfmjZXoM5lXi/KOtLuDxo3RrlFfipKE8yKNunOc/mG5QdVOx7WWZGwrnrmJYt3uFIGb81oO38Ubhn/XjR'
    'XLLdfyV0lwm9hPTsynT5tJps/5tExjDI7md5Ric8QPL6zavM+3dEB+iNDU66pgPu1ZA+utbJ+xnCRzOld2S5vyA8At0d8CZFHg4v'
    'O0ge3Z3naqKv8t8XOenp7y3V5dlI8twB+kEnby/N00XyzLnNSb8KOkEXg77TxVTfCXSCfvOUk46AbtA6kudjoBu07IlS/aHTCX+U'
    '45iTCf/r0nWlfVxBvr0Ecv9zep1vy8g3Og/y25FUz6nHST8I8ujDyTc+b3PJt4tuLP02w0evqsFHr4rKzrEPtjKiHPBaTWSqc8b8'
    'dap5n+aMlfYJ9R8OJvwe036a0ItB/CLOi0oQPmtYHhTlt6WEnV9NHY8sQXhk5fSrnvHvqoB/2wX8/ZmAg8YM+lQbQZ8qeVewgffZ'
    'IeDdlB8atAeayfpkSH1JIjv2W4eqCNfBlDaK5zaauVXRjgfK3FZPwNz63YUOlHnPVXjeB2M8UdE5RZwc44no59aE7xPPezTzbssX'
    'O1DmPR3RvNO774Eyd3URz12l5E8Hynpkxnk9Yji3m9co5Z4Hytw3RzT3k1k350BZy/oKreV46mzE+85urSaznlm87+zWcrz0kw6U'
    'dclGtC5+MtWY9rWbS5WMN+ZBhJvDSujQxGtR3lqY6BjFOCPcHB+IZ1htBeYwSt3SA2UdZkW8DgeSHU+8V+1gpFL62QfKOtRUaB1s'
    '9NcPlLlumIC5jsJGK+atm6/PRNn9xPgqujUKYyMT3wXtcFgYW5GYFxfdHMc6b9HNZayXVd6clmvrFfOI7Ob9QJY/RXXfidoGNqax'
    'w81/peza4zup3XocSH47YtppcsLGgbIujRGty1TzZRTvSzseyHjb38d6/Obrw+3U47mzmztqxx/Pnd3cUT8H8d06/NwdaHs3qjlU'
    '+RKJ97DdHFJ/JAfK3KUimrsDac6yEc2Zn8+jeO/azeWBeHZENXfUn1I8d3ZzR/1NxXNned7eHNN7YedO5RcunkO7OVT5zYvn0G4O'
    'VX4FD5Q5TEI/ZsGPjgv9Lo5Cijo6PF5VE9Ej3Ezy8nhk2Fc6N0eJ0jikzaTfYWIOzhJuzL6gWElh4+i1GNxBZDt3CddfZAb4qi/O'
    'd2Ps4ty1Mz2IRcL1FzmH6Q9yXfhtFvJQtIPtE+XFFONzrBpzk2LMtQZjpvBi05/jhXdvYQwdv7ha7YpyQe1R+F0C6bQ2uzk07WOL'
    'sI9JpMNDi4UbS892zDT+ahPUK7/PwPKy0PlC0KOJP40AextEaYzNK4lsIo45Nv4xx+i+k3vivfD+xHi9p/x6TxP2MYExtqkn5ndz'
    'MDy8yeAhE8PDpICHTwgnfgm1oaJ2b9ymLgytERSXYJTgm+Mec9KfP+B8GyDfzhx20tPAV3cv0OC6vqPul4ldYJ9Q+81fS2gWbicw'
    'aqH71yO8to0memxBcydj4h2i6V+PsLeb7DcsQ+8neMfw87eNfjMxTjalUaiP7KUK2sPmLpAg9VC8pvNbXs6dI0w76HNcF9NRFbex'
    'Q0Ovm95bMiI4Dro8/+9M2dOHs+Dup7oTLIZ+58k7jOd8JXm3A95dIrwxp/GucgG5V+wVboyAnCi168U41GcKN4ZolwbGuwxg/G3C'
    'jeu41yD/kaRPx6ZLx3y4cGNGdDY46RGQLoD0mIbSeJtRxBrF+0o596wuBldZBsfzn3HS9B6nnbcrvj31EsRpoTgd9DbOPs+NS8u/'
    '3XIFxGki32rWunkaYXz4rZZ9Wyj0scwPEfpY5ninMollXi/MY5lTHk7OYh2Ql1JliauqLWm8DOGXyP6uJu9O3eDG0MB3v4P4E8eS'
    'dy8/6bxbKtzYJ32kTT9c1Ah7dR67P7Ra4r+MKI1rmyX18byJkDwRjPdug5NrYU8drqCtbfZ0FvZMc4iyN37Tiw9kn94ZgkdgwgN9'
    'cVs43kOd5dzWRzS3sr9h57bqOe/c4vyeEZIH00DwrQqPHe2Dx9ot8NjBFnisRbhxhUaF138epWfwmy4+dyOZo/cnwsEgPyfbyfxh'
    'rOwvEx63yhcc53HTO83mMvmn9Z57btCTTEzl562LTugnHZjDli8bdJ5K+JxuKGcwxVstAE+PwT2wFfYpxiiK+SMTwx/BvU5x1nkE'
    'n21n395B8M5mYe57dLtwad9qRXma5xhCT60ysM1YCXH45pO+bRVmvjLp2KaT+5RJeerTTYfzmzX7ZxGTgeh8CZXDSzChJSgvoVwe'
    'AZc5mpTPaOZnqQ99qxu/qdw5vuvFd734rhff9eK7XnzXi+968V0vvuvFd734rhff9cbjrqeze88Ajka8mgPZ2BI4C/key8HZZrrP'
    '64F+pHXayJ1xPU+wKGNFY/RGj9ts2v8Ziy+eITSgyXrYyBn/r4a2bMe5GHPX5seiNPb296HdFhH1k4DBp9LFweOTLQ69OI7qoCpq'
    '/D7Wkn/XkZltaCzVrGqObkRJ9qKpSZ+5zarqKmNcnAzX9zZ6kfN9mux6bPQkXQC1fZKeYyfE0xR6oAnLOeJ7cBGk1WP2OgRR46V6'
    '0OOoAXwkxoOITaYmK3mdNiaSQz2dJlR4YNu2sBJES8+CszfMmSb5KSqaIxtAcyzVnHHl6KodXSZ/+WimW3bwOOqYNRKeqE0ZShtm'
    'DHjZR8e6arGuWqyrFssvYvlFLL+I5Rex/CKWX8Tyi1h+EcsvYvlFLL+YxLpqlJ9QR3BrFbvfrvTRWctBnVRO0QH3eh1tSul8vOfz'
    '8seSvHSs1CaOl1nu0ybyJGxohTS5C1FawQQW8Wz7q0QpzaCKD4h5b0nYwRaFDVl+BynfHaKv/aR8PkT5S1n/bcuflShv369KBNMj'
    'xyaC6ZEjEy5u2GTR/7mk3EaLcg2kT32iNKY85slA3UF19rJy/03wXLdFn/YJxw4/bGxRWtdLpA+bDcptgnJ7SDlTXCvLPWpZDvu5'
    'i5Szgdu/JeeNbm/fQeoesqj7g6TuIU3d7yN5ujV5Ri3XAMv1Ks5SXvflpO71FnWfo+h3nuU5QzG3PM9JJM9WTZ7lBjTB4pA0wTxC'
    'y/B2Zynuk/itiXzrZt/ofU93X0L+NNIFKj9TpnftdkJDJIBOmU5oCKQnbOVq5fJc/XyEIe1SJby27fWs3c4APfMGxsPS+QdQtdUQ'
    'gaxlFtAxKv4h8gkaFHCG/AGa/1EFjzrH5CAmPt5mQ7/SZA2ojn+azHM91DsD6mpkNOQVGhnLLDJnCYZf8hb9bSF0oRzroQZ4KK/Y'
    'l0FnRZ7tyfXC67ujSIvVOGOT5RMgk1gB6aGQthFZhUznQboM0tmQtkJ6Fsg08jWOD7Yw4/MbA4epd9Q4fH3TdqKcv8U1rp85jAuM'
    'vkO2RNhOS43ro6THoN7uCNt+vboy68jb+bFlOyMh2/lWtbtmG1jZLQoYM411T/3SyHburHbwDN0z8yFth7QK0uMaSvcg7rXDyB6T'
    'dd5W7dC7Oniz2TfXkrp6FLSGTV0bSV18Tvk6jLJ7Jo0VLOu6yKdf3Zb9WlPGfHG4Wabo1z7DfvG65pUxRl5XbbVz/oSdez+4Lu7/'
    'Krf+Hot7h+ka/UtVcP/5OLoM9iPuw39k/TfBnTbz/xWo3xZvBdWP/f94VfkwjHXtrAq/53ldm6u8567q/mEbk0zmXQdllrFYauvg'
    'LrN2Ato+C9o+GuaQ0kiIv2cyGmp2AD6fW+XQg2H3bnH/kzoGFXwZ+l63B/+Qc+vYyNoZMMTb+3LefnRb9uNHOfP5yGvgcrdBP0YD'
    '9vTf55x7jt982NB3OL7PkXo3sDNkizD3Ecjr/Yii3nwE9Y4o5mHUoB6VD8ESXkwIWOFrdLbBGoU5744v1HsQK9crzPwVchgL0h+b'
    'S8bQK7yxdmlqc+ZlFfM7Yjm/v80Gz28YuvgnWW/fRg33J9bxPOnbGk2cTR4zleLyDkhPZOfKwxHXi2fGFwqFDxNmsV1Rl1Cmp6Wj'
    'i9tbPP+zjs5HUKzRlRGe1d3j2CbO9+mwjqbxUley9dONpSPierG/c7IOb4rSFMsbXD5WUdeygekgkjKdjGeDZQ5jZUTW1Y/hd9JF'
    'Gn5PmtQt6/hlxtvX4wLa/feM2y7ecQ9nd96GgHZfIHUcydrNQXpUQB2PK/rB+ViHBdBsXyV1tGrqOCKgH3+bcXW1bM4uWeZWRdlX'
    'NWcGP893Zhx+Oa13NOQZV5TFKurrFWb+b/lZJOu7WFHfkAX90s/OsDWkvs2afvZanKsdpD6TcnxuB1h9c0l9/Zoy/Rb9qyL1rUur'
    '40arzpsODb77TTqa+hDP7U27sIt5TlbEy1adzS+EKIvtPpl27QHG+/wtnv9kHlcbxPoOOlP/IqL6cH62p11Z36ENajytw2Wb0q6O'
    'zKEBZ9aVJG+C5Z3H8l6o6NNyzb2a9+l0UpafjYsC8PvxpI/zAsaz2Gc8PO+hJO+RAXln+tTLz9ZaMtYZjP+wIGCe3ky57cwI6NOv'
    'U/p54X36PyRva0C9/5Jy6AkVjuZ3fJSBP58qtfcJc07Ier7h0/aw8Pq3L57/pEze57ylePkLBu1sZ2XuUIxxfYgx3kDq2cjOmAGL'
    's+Uqn3pszqgrFOPaEmJcZxvMKec7dBqU+Q/W32NJGdX8UX0oLLPQp0y/pszslIvTV6W956jtXS+TcnX6NjM6ke+nPyRd/QpbGJHl'
    'X/Mp329Q/n9D+TAyRln+n5LuWHVr9Jb8zydvP+Npfj3pncMuURo/DNfvLkW9Kp5hkf4nef34gEX+f9Krb6jjZ6l4TDdo1iZonw1A'
    '+atDlsd92p306pYi3+ePbB0v9sk7yvKerZkXUzy0OuniobD7TdZzFOnzCii/ltDKlG5rM8iLNNkMn7ycNq4xyIv1jiUcnY+oZSey'
    '7p8THVHVHijy/0geFY+/qIuZ8OrBvcr2xXMkj4oGkHmeSpTqE5rASJH/rxjHKBvHPT55EPa/pOgjvd/JPJ821JmluE+W+yipe1Cj'
    'j3sjyaOSHco87yV5ejQ6h8OK9eB8iff45EF8eqWiz1yn8CKf/qB+9NqEV9+S4/k/U8z9etbnVYo8vfz8JzBkKj8uxqlU1M1x+1zF'
    'WPexeqYpYDhvAMMZn7GNCjemmC4PrsfrCtu4PNsLrwn92iOcv0L0Vk15J7Lc90jd/Zo99E/Cbg/h2L4hvPA4wvJ8TejxFe6huxX1'
    '8PPq82T8pryU4vlPypnKJGS5m0ifVOdbUf+P5FHxVBphHnX14Pmz0SfPCZCni+RRnX3F898nz4lp1w9EgyUvR5Y7RQEjQece2rnP'
    'iFB+gbrYDZb8G7zjN1jKH7gudkr4+8T204cOo5+LtrU6/dxK6dnKuhYwXeVaBQ+C6uMtVdh9zQvIa2sX3CLM4pg1Cb2PGZX/meUi'
    'jnEW+42J/cbEfmNivzE2+C/2GxP7jYn9xsR+Y2K/MbHfGBP4if3GxH5jBLujxn5jJp/fmJoQ9tCxTW5skxvb5MY2ubFNbmyTG9vk'
    'xja5sU1ubJMb2+TGNrmxTW5skxvb5MY2ubFNbmyTG9vkxja5sU1ubJMb2+TGNrmxTW5skxvb5MY2ubFNbmyTG9vkxja5sU1ubJMb'
    '2+TGNrmxTW5skxvb5MY2ubFNbmyTa2KTmzCwyTWxe8XYMjZ2XynQV1/IbGHqLHjONH7UAMGdPH7UMPtG7T5G2J2e2yAG2TcGzY3s'
    '43NsjBw/DjIcSuN6cTkonml+cb1wnMsV9fQxnErjem2wkI3PM8Sz3Fa2ybAcp7GoPQvae2Zj+4MJsz8Ia8tvG7MqyF692sdePaxN'
    'emxvHtubx/bmsb15bG8e25vH9uaxvXlsbx7bm8f25rG9eWxvHtubTzZ78xzs5TScUYhb+6GdjAFu5Zg1NbVQa3GqPtAZDvbhOayz'
    'DMybNNh3tjSQEKWx6U3vM6uZrI3yHnV8Afqel+tX5KfytUGFvSbuYRP5PJfn0b4EyeCKtuRp546t0gUa0vTRxC/AAKGHaJ+6FPxo'
    '+n2rhX5TOf1Yz+Stf1WYh07Wxx4LWeZIiPXqIrBB+zYe68DHf1HaOVNUMlgqUw6zBwYYnh82PFM4zW0zv3wfUNnAXDJWm7lWyX7z'
    '7L7TpoChKHxQmMIOH+srKYcnrFoX2mdTONqgmR8uy0bdwN8a0jZ+Y7jPZwwDFRyDybq8bghz16Wce7fOptfU1r5PqG3jh4W5DUmX'
    'xs5xVIEzZN/PSTm86omCoZ+S/H5zLHVJF7B56tLY+wxW6NzmdjqJlCOL0flM8VuzsPhug6ZvA2xeg/S7THRE5Bj3JF3YtqH3+ybB'
    'ufeppCMPQPgz6Tutb7Nm/W32tg6Xb9HIv/uTzh1NhUu4jvZ6C/vjEYXuj0l/zky6PpeC6Gbb8zYfsOcXkbb7KkyT870tdUkXTfJz'
    '55WEU5dq7k1oExP9s7xi7Uzg5tGEw0OuJB3G5+NvEnpY7FGsQ9TrcW3C9ZkQdswbDffG+sTE4tZTE45cTkc3YD9sbFVVd0be7nzS'
    'bt7yDqe6/3FaQTV3RV8SCcdPYZh2o5rznwHfuRK49nl5d2Jl91niEiyjmk+uJ/2AcOdzovgCHyNjtu2D6kwdCGhP0uBzQsCQLa18'
    'iXDPzc0h9kZY+qKoSw56olHh/UZoe04ImByxhMl64bW72aLRvU8SPbwaIvuWze8hsu8ZwvWlskjB32625H9mhRvThfLCk4QXXk94'
    '4dXQhyroN8qcZPtXlCWTnNoSyuKclsE3TxvkaWX6VLZrMLWlws4a3CjKeg6zkT0E6WXyPUfXupqsYQb2fBfw+gWR4VYTPSTMJ3Xy'
    '323QjpRh/A7eXy/cuFJXMdkyl3/tL3CSMn/SVroFGhmxXGszMNLnHAvxNCpgsJ7ompjgHoSnIQJP8bp7112x5teVu+ZRrnvRx0fh'
    'H+cnnPX8N6LjGO/rA29fxzSAd53T40ADxLh0auDSJPmb0lAJcj/qI3uzB9Y5DIwl/LZnsjJ7oSKPU3XKZBXDPKryiQB6vJbdhbPk'
    'Dt9E8CnepWss7tAIAyKGgUkLA3z/psn+VcWWqVfo4mIZhJuEj91JveE9L6jtNOiZcR21Gvhexe5+YpcQX/yhWg+Ot8PtC1Zb5K+H'
    'd5wfRfPRfTfdgocVZr34WM6B9AJiW2B6L7e9V1eRemS9Mu8y0KkVojQ20XjZXtrwAOuhbdnvJWDzIdtfc7+9zVIY2/Vy+/n9Z+z7'
    'mbbsJ9qyzi7T/mfHbqcMtYfj9ntor/LDEPYqiCNk/R+CMd0I46kS+9uTUOjdS4hJZ956ncWdVYEmTZ9k2TXAypm9NOuyvqiEtZfB'
    'gEHCxw6Aj9z4LKScrxTi9ExQyeykA8rQPPw2enDYw4L3qQoHpI3AE0AauO8C56t8/07yftlt7vtzROxrIypfGxJ/x7ZXE2N7hTQm'
    'nrE/jn1TxL4pNGt8lGKN6focDjonSHPJeg5itHoQbYl2naa0Pb0jqWjG2J9G7E8j9qcR+9OI/WnE/jRifxqxP43Yn0bsTyP2pxH7'
    '06i0P42g71xWUr2fykpkWyOXTx6ZSJGO6a287MOmPz/Lu3YltvQBpUmrxty9gGtaB/lSRB40g8BbUZY/pq6Pf0c6ZnFIHlB8147v'
    '2vFdO75rx3ft+K4d37Xju3Z8147v2vFdO75rT4TvSpnnXHZ/nmco8y3HrxCPD7YA6Azqx4H7SOgS5v6nqM03ynRNfQ2p4vOgvtEq'
    '+J4Q6lizWw3a4b4mdHb8w4r1qiXrjevFY5vyerezs/Yg0Eek57HKD01Yv02qOUSdAuRr5Mge6LfY3zzW2THCjdM6YlHPiKY+Cftz'
    'hb/PHurny9ZvTV6j54P8G77eLXDW0vVuFmo/BlsD2uwh9/SDhddnQzn7uVezH3p89pSJTjX3X2FTrhwY5r6Y6HxuU6xTM+jY4Dr5'
    '1Z0DmLWZU6qTMypKY0/S9RwlcxY0vm5h7ytzf8CRGbZnaFt34Z10vhoeTWnbNPx0dKgKby8g8EFjzGJsvjPTDmykROl9ma79SlaG'
    '13FiOnh9ppP1ofh4mmaO+Vrozgy8I0v8OUeYx8hezmLj4t/HktiHdIyr0v64E9cnS/iYmzpcHjOXF1SzPO+F9OMdXrmBLF/UK+vV'
    'n3MvQfn/gvQ+SM/t9fYxA/NOea3nr9fLNOS3opbvFaXx9+i3m+8ojb9H6772Vu+Y8Fv1rcGwk9XAji727xCheXGev3CJkx4P/f3l'
    '9lI+Ac3zNpaHr7mub7PgLOfyCzqXmU846R9v9s7X/XdA7MqbFTDQC/O21dunDKOzKa7ANjbBmG7o1q8z5vlOt7dv+C1xjbdvsk5a'
    'zm8ta3zWsigrALj4zftK26N9ufpcJ/15vx6urr3VbL+mCZ6uhjmes04/R5jnU3lv27KcTF+5QD0PsxifFcfPy2JfdbHwzgEY+utL'
    'vH147xaQNX5cDSeq8aOd4NxvOGUf/p5+/Jjnwz9w9Urxmywn0xeedXFyvaKcTB/SlGn0KfPRZeoyOjrPhNd7zW47/l+Jvawtw2xq'
    'sQNTaiZeaJMTMDqxYxBymgdl9XKvHc/2Gj97dz3upE8/7aS37XZ9rtUT+CjK7F+A8+N+J937pJOueMwpM4fojtNvvB0O4zP2QP33'
    'gvx1VynMr3pMDeMtlnD+66876WUP25X7EOzBFS9FK0+aMxZORlBDAMPUltikrxlRam9PfcUt8aGxU1AuitinOQJD5xNZTZE3yGQ3'
    'd/vkPYvl/SyhA3jeoYB2biPtvB1SvBt2s7w3kbzYB/SZ28Pybif78DRIB1meq8g+4XmGFf1vJO3QPpxF6vCLX4t2LIeIUrtsHMO2'
    'gPLUR4Nq/EFtLyeyrrPYvXgz+xvrzZP6kU+Ma3AGK7se9TIg72xydp9CyqAsL8dg5hThpZnnpb0pxVdp3J/CjfON9vgI/7hXcD6Q'
    'n4e6DOj3kfs4oXpaCbKH8dsqwm9eBfUtgL8PFV5fuJQ/MUL4LvRukbfkB/G4BpvJ/bYR9MVaDPJSvIRzdhKZq0PIup8M5a7RtDld'
    '0WZewf8OapP7m6ki+k5+6yDX6aNEvsf3xNEKfNjH4B5hGse0RZEX90YX2yObSN71DK/0kL2OdnD1rG2+B/tJe42wX2pZP/OsTJdw'
    '7eAaGU+qm+G49zBchzz1E0jfrlbgKlXfFpO7P8chm1k7/Wz+Rlhds4m+EL1z59jcch+zuEb0/Jb74G0K2ELZUyIAVhCnUN+T3A8G'
    'LS/hczrAc4LAti0sR9GnJkanUJ9phbcpKSPVyUnxXjlbQeuq8FIr+Te2R/USV7F9nlDQnLrx6uZQruXtCRdn+83hbQkHhnTrkiZw'
    'IftvEu/Dht59F9DdDz7pz7fg9+IqoN8ff9Z7Jx+BO8Rdz6hpeRzbVugXvqvBedFcHjFeX3pKa5lkEmNPjN1KL5g/kT6V2qxulv5O'
    'CjoDSr8hHCPowvOTlLB9duJeHInXdEqtKe7b6xT7NjeF1zgDj3+ubGLs9yWeD3eOTcQaX6dfY1O/bUH7eke85gfUmuO+v0Kx72O/'
    'tYmEWPGWO1kNW9fgCcDJsa/g8Z9zMzrVZw2k293M1NaH7mD60O3M4Zr10+L3scZan9r71HXwfTUSr+mUWlPctw1s31YLohjk05CH'
    'JxGQX+d/2k8udJRC1qLSc2oVrs9ZvMtXMXkN5yXbyoO2sT7Y7IcQAuHUuAByWnULK8MHc3s42w9T6bC1/88m8y9+toVH+cj8YnrP'
    'ByaWlbOAVecG5YjpvfGfcx5vrVcB/2H0YKbY2qQMbq2+TzI8bivZHz3xmkyqNcF906SjuzqKO3an7vyrI2tbH6JcEN2X7BS3BMFU'
    'rUV+ji+wXdTJsokDZBM3yFQer7JfGmJy8EGhjok9U7g2P90ifKzYEVG+zuJKS3q2megj1MP3GcIu3tpUXtsj4UoWtHY8njmP1Yo+'
    'YU3jP3Ndk1HhtaGaCrBC6QbZ/v57RqUip+GSFY6zGnR87f90w9Rbkzg2bvAa3VgeC84qNm4Q3vTDd8mYJi+hySu5t5IG7KX4njT5'
    '1iQn3NhgfH+Z6AGreM2yzM+EOp6lzfqmptZ6p8td7yARfBTwkAaaGGFjI6zjBot9O8XXkZ6BbSE5gP5n4OeC+fM2e7T4d+Eft6r2'
    '5H73qIIiJVPpCehJkw1zqsmYdeUZqZ/sDm2Hkh3u9zQRc5aL3+XfUr/9Ktbuqw846V9axtSL6WkFLikPDAPpadWZPXX4AjGdHK9J'
    '5dekFfiIFI/1xDTR+PEFPmd2XkbBNyiVryZTB/KDc8vtoMJH4rZ/vHstXpOJXpNAvTaf/in12gLy++m11TMZFeqkNTLdtCsUekVa'
    '+XCq+PeXVSR7FdNfqg9Rzm88n2bj+QSUqzHSCZWchkwW/85NqVOmqjjNf/HDYljiFfArTOxOm7v3sU9ZQXpjYI6UeDzz+Iecf19J'
    '3rdpKQn9XTA79rr/1b8zgJaZVpybdt1Vk5+DPN4KvpOy1McLv3VJF84zivccjtFfM9JL1H9zCQ4PgW/GXccL27YgvQ2HE2j1Nhbq'
    'MS3vXX8t/RNinSbKn7VFsZSI+BmL9Amgf+I1mfA1wX1zq2LfAC1QOIuTsGDpQKW2TNZnrnKTZo2Cz9lkclxWyrYO25a9X23Kqb83'
    'Ku41t8QwE8OMBcwg3ukSsT3EROjmV8H84/69PJ77CZl7zr/jvsBb4T29R6PftKPgHrNEuPHMGpjuZieRu9E6siQ/t1WaRXQ40a/r'
    '0hD1tATwB5pZXVxP1MRvEdZfx/DIjADeCc5jUD7e/xxblzRbF5P66Hya6CXb9nU91JOEemfEezsy3cwg3RVuc3EFrFs8/+M//1SG'
    'ktDoDqCPQIzfmCX7hvvWrGP5KH5c2BY+fqSfXgTGcL0sAtnQsAYvxDptk1+njeOVQYJX4vXbv9bPFN/MNMQ3fnhpQYXxUvVY+Xip'
    'WkG7ob/f6wjMZzXfVLx7jLFRQ/6mvH/0pcnpyDRZbyqXSzG5HPfHuVd+Z3OF+dBXJ8oc/s1HdpYC+Lgy1jFT38t2vrVNQS5kJTOT'
    'c50OkpKhnaYKfukeWALptDb3m0o30UTPXK6xX7ynRji/8e6HrjO6yX5sBFnVHFFqG4g2i2jLiP6oTeJnoX0i9Sst25HhTc6G/VTP'
    '7ikmd9P9/V5ri+tM4aAvAp2sKfZo5Cl2R73vpjeoqhHw/dnCLhYD+u/lPrSPJN/QNzbGIaPxcNCnOMZdnEu+5UWp//IZim9YZ4Oi'
    'vRGmO90E55iKVjDhUXA/S9RPfLn18L3zQQXfuMrJkNQLq9OTxFQgW4lKc+ZZreMit1QVT5PDvTIEA2aoGeldVZqxyp5Gp/KoG2OY'
    'iGFCIW+iZ27aj9Y2UkYQ8fPWU2OQp9SnYCMA2/tEqf0OfsP9G0RX296TpjrF9BbxHvoJ1s4x5a2anucq+VAXoxes9qdiu06hJ1nu'
    'CprYiqj06pAvEvv6IHuts5I7Tf/E/lcm75rY+Fc62iJ/DngjlLdZJfzjGGagHMaJxTiRMlYl8obxDOaxkOW3rcIbJ3kDyzNA8uQZ'
    'vwnjVOUBl/BY8H48KFnuIuH6xBpmbYwKfXx1v1jtjcCXxRhmtrHem0BFpBHWb17IevzGHtR/jLNOeXqDrB99mjXFA0TyxA4OIVss'
    'iecL8Ud/u6s0bhGNjbeetRuGh+an4y9+VKjjJy4+zCjeq+IWt8EYqsZcvirn8/JvzWSPN8CY5jE9DYTXRfBvWQeVlTQrZCrVYy4v'
    'VwhvDKwqURpHrJ3gnHYxNXwTqmKDrWTfMP7XdJirBOGBlwNTlZ7jqeojMGjNbOqo5NpmLdYWcRvGXX5KEZPtNojJ9u2Hy/exuDrk'
    'XLVHPFdpwmrRxSQ+MsT4dsFcNUHc9VcfsSvf+A3z/PzcsWmHxuArdw7pXVbH+25U3LWqCH+KwuslBF4vYecQj0l5GTtnUIcIYV1V'
    'hsNQ0P7R9cdv/xzts3/aiQzwjXuc9JMPwf74gTdGLa1bRYfQOKKfeQ7q+7Y3jugO6Md/QltfgtjrD7848fv6MrZ+5epYUF2TS0Qp'
    'XZMj8s5LGIzo+iPnZ5pwY063B8h6atj8LBLBcYCzZH9wmKNtpTX8Jtpfla4Iyl5zin2CMHcwmQub9Q/TRz/+GOqFY0xbuueqhToe'
    '9Vao82lC4w0QGsPvnkHrQ3rkKqjvfqB7g+5JCwmtYjN3y/G+SlLZ7sfJ+mwgtE3QOJDOuUE4sW5xHoLop00szRvcWTcq1gPn7xoi'
    'T57F6h40GIfJnfnPiR4IvwMOELoS482bzB0v2whrchA5a03uB1w3JajMAJFvT2P9GRHqGOQ6PsFmDa2L+4nG650n3Hi98v0rBD5l'
    'n1+GMtOKL5OpdCb71pPLZqvw39XZmtpsXX0DPo1NDRP0NMv/tVSi5uLEvFGkDd4otQnbWYzfeLfzXHjhV4rp9xctm7/2yCXn/mLd'
    'eRc+ePfdi+DzHz5+090mFnCPXvet9oRI/6rwz+tk1YOzXYzitPUnp527L/jB3eSRK7czUkvazp+Y2N09rvvain/d7Xle+xb9a0yM'
    'PV74yf9fOCbHKYr/7S3896vi/wvPt17/I9Q8NvbfnvYsRMEBz5WKd8X22wwKG2nrqS0PJyqeV1GPVkPfU9yhkkNOdZ1ME98T3H5L'
    '7lozSAv27aO7c1F8rtIzNLGlwjp4GylCM/6OnR0mdK8Nj9XmbO7W8IB7hFeX269OlAl8BdrHc9PknNbx5MO0fzOhYUzbD9POVYQO'
    '4zw8yisLU/e7Cc3SV2ZdZwDcqmjKbSHrPIaMfSuDpzyhTcPUfRChszdrYJPSb2HasNVTVPFVB8kelnVemHTmuhL7GfUsq55z75b4'
    '7sZvOu/mkLvoy8CLSO9y79oZwrdA3U589+YeL59y7i4n/f4z4exAiu1DvQ2FwudUeG5e3ObCJr7Lnue8W0LGJd/J9LN/6XxbSL41'
    'Xuqkv8u784zfTt3gpB+/w+WnYzuL3uWd55/lvfPcd4F3npfdVlpvkvAqzob+/0PCsRmRcLeF7YlhCzi2nX8TXeVWi7NmE8OPAwwv'
    '5dnd7UQisyj3LKH1LoB6g/o9YtnfRiLfGfGRx9AySaLftCbhyDGCxtlP7uCIx+nfXRMIE375qD1GkYYq/ONYDb+hm9EBk30sPwA+'
    'NR3LK/tJ3/8X8J4qgR+Qd7gq7aQrIF0N6WlpB96rEM+m4Vyb66Q3zXX3x1yiC3IGlO9Il+6XU6D8DaQc+nqg+Y6DfNfPdfeV7JPp'
    'WdcQYj7ouDsgPV4zDt6/RpBxziN0B9XhyFvgM87vUtGFlLaZB3NP291IcKNJuxQ/DSh4zbQ9Uz42nfekD4/8CMH8rXZClQl/PdVk'
    'QL02dEo1O0soXd8IekE58o3Ox5EKXarNLM+hJM+QJg/SylgP8jYwL/5NZV1Yn19e3XpVw4/CTaXsC/m9O8f0fbjfWtV68nJyTYPK'
    'heUj8bmqYXLftIHcZ6mFTrXpXqlUvSqdgKUheGo2eo+tcE9PEPxfGpMpud88Fi6y0zY+7RJiLKXitynUxgN1v/UcWfNH5fOtXJ2K'
    '+nhvGe2V8battrGlXhohPAgGD6Z8BmqXvV7E/ha0/Pvbi/9vc1Xb7VBHkC69qS2QLQ9pMaF38d2J8G42ebdQuLpC9YT2oHbSA5D2'
    'MBqMtrdDhOOtVWLM5yrGfJZizGco+n9qiHlYrigzGlCmHfAELYM26yMs78GM9mxS3GumK/LkWZ5aRR55h1XdVyZy/a5UrN8livV7'
    'J3n3kGLtP7rMu/aJDu/aH61Ze5XOSNDa63hsfmvP9Tn81r7dYO3bDda+vQJrn7Nc+ybgA+RArtMEdz/qW2YJyAMypL4UKb+EpSfB'
    'WM4TDp8e9cP87vU5cj8cYXe4fqY7NZ3YzHRb3POGAuwDKB+A66WeRMZ7UsB8rCIwvTCEnOOkCp5JiGP/h7yb3ua8e4O8mwbvXid0'
    'Wxtb5zao6zVFnsPaSvO8AnuU8kL8+izLfF/KYQheshlviwX/ituTbYD2v0rkpsMau7JB9l3FE5N1fUY4QblUPIthRRsm+nc6ObtK'
    'Vw5hfjvhoeYtbWp4nxthrmZb6u4FtcXbOBv2KLfZU/EaRxRjQ17nIazsKNEZRDwT1hZOpf/XQ86PgyzWlOpSBM1VF+k7xRkm/M+0'
    'JR5R3QsXi/A2e8sgPUF45ZjHMH3bpA/PTPVuFui9297x/HyrmdbB7RnHa8wtojybRpUvsBERx6Mt01egICL4yO+upmtD5ck2Z3BU'
    'NIi9f5Qp/STVsGHxGJQdr/tjE5OfldtewrJ8xrJ87NvUB1+1vTWtIXybthrx2uiZt5KkYXTpmsl5fy2Ux/tsF6zxZSL2fz8R6zwb'
    '1iVNbOl0Og9Ib6WJer6fjgn14dAcQM+EwQ+rAu4XXUwHIegORfPq7h+m9xB6h8R+bbe4Vw0wfsr9jc7+U90fhy3ubT9X3GObLPS3'
    'Te6QtL697O+NPnrTRR8yjQ6vkN71ud56n8/6qvoQ9i6pWkOT+97rTN/v1EZX583vLjzeYxmxhMcifVr438kKHoCJ/oapLmcX4yn2'
    'a3Qex5tH8N0GFzZHWd9M5pLqtnPdTarj0ivs+C+qudvsw2OivkY+3eDile2asXEbyu0aHa8upvPLdWm7IlifoHnJK3h9RRtaMs4/'
    'lLF2XZoxd5c5Zjqv5eCaIwrjfDu8O5npF54E+oXvn+udS65DKcufCHqKy9NmepSYF1OVzTDvg8y7jOiHmvb3GPi2U9Nf2qcV5L2c'
    'o3+rd3hiKn7eZoZLuhg8jSrkXRQedPqWfG/0GawtnokP1Ds8qUrBbpQw+x+Q/pThmevrHZ5ZuTQG7X9eswb9wlyfcEBzznJ51rn1'
    'jk4mtcfga/w7hYzCDwfbnNl9ATgX7dWPIPM8WfGxX///u66U/jPZI7a6yONNNzxZ58hrTc9UFTy+GiBDGtbI1NH/wufrnP5Huf9s'
    'aHu/vbW9zrlXBp0xHYZ2A5iXtnkysT2gZ86J7IxYyXT1T2ffV8AZcnahz/PHgQbo0eDuPJMpLRrn/uhoWOxPZoL7w+fnlVohzhTB'
    '9IUJbHVa0EUdBK5M60dY6yyTHuowpKvk/Hyq1sUPlbiPqHgyJjZvxXhG49S3wRB9e0etqzPQNQH7H8/NRePUj8GAfuRqXT8/uN/v'
    'mVdqU8JtgvpYvhHNefEHUq9s6z9rSvkqprpFYXgnm4SZHyybeui97ZEaF8bzFrRNt8V9Ii/UvocHAmiy22vc+1K/MPcHNqLgLdL9'
    'aLJmGyzGhfTWhhqXVp+sd42ivguZ10rNTXeEuK6JwGgl+OPlnBH7qsenb2Hm7clqlxaa6Luj7M/fVjt6VjL/QQ1OejikyyCd06D+'
    'vgLSHKQLID0T0mMgPZLln97gtH1dtRevh8ElYXXMrqiuDC/d9Jw+ucLtB9HBh0xQ+zh+aVy5YALu4bRPXKbxv6scXbAm4J/SfTAb'
    '0lmQLmfw3gnpXEgPg/QUSOex/XMm7INvVrln1GTmm3+crJcNjcXr4/zUPh/+apDPyoEqJ5pYGP3YqPlV76hyYzrY0G0jiv3J+bp+'
    '7S6pcnlKE8HPKcaTrnL054P4+za8l/G67/5rzrmnFHUa2J4/iO3t6ZDOCHnmPenT1jxNW7NCtvV3pK0wuImWOxTS49n3JdDWLTkX'
    '9seLB1bc/+PcLsowzsm5eMdGH1+FC03L6u6LS3Kl+78Sd4d9AXzbupzjI4TbOtjadJjSDr/KuvM/0XoQz2Vdf3hhaFGdHE7W/fcR'
    '1s37/dms8/dkxNlF/Z+so5NG8VQC0rdDugbSZEgceXnWhdtK8zqL+j/j1B7iqYWK9iqJF2tIe+sZPHZp6MB8CPyJ++MXGRf3RUmT'
    '2tCgz5E+TAS/TvZhV6byZ0B3wNrfPAF94PC+MeP6Ox1g+2uvRnesOeGkqYRaXnphxvUpG+ZsM8XHJ2a8Z2ileGrF+/84tYdrkyLw'
    'Uc6Zvb2MO+y/p71rGaYPQfTQnrRzbtucXaa09v2k7lMZ/X4ku5+cZVn3X6ddu8uo6OmgfbIP5uy9add+txx5kayrL6J17g64f6yt'
    'cDu4d45LT5w97AyyLtewtu/UyOmwT1+cx/ydkrr88K6JzO+XKScW0ETqFAbxFp5JufDRqfH9uIrV+/YQ7exKuTbXuliMQTjr0ymH'
    '9zlevLRiDNmUYztUCZ5ZUf6XcuGN++A11aPCus4n8zNe8su3kTbHQ8e+aAdEYGnIhy72g6Uqsq7DmrXKW8h8+Lz8KunWvyJgP60O'
    'sZ9+lHR0KCYStxTv/0kHfundFuVtNvIJWdcXk27MtUshtt1Ne0r9gDz9tJMOfQ38Ku0ujWt3e1KPZ/KGcrfrk65f7zA+LXRn5Kak'
    'q29SST5Ykf9H2uLj3xKB3RSdr+XJ8v1pzE86shs/Pf8gWD/eQsfNZI/JwE/NojzZ2S8Srn+oIHjk8PKTRHm+Vfgc/3PCG9surFxO'
    'BRejmnbvIeMo935a1P9T1Bf2jiTru4msEd/D24Q+zpwss4WUtYF9WaYXytrKdWSZi33K+slpZJm3J9w4AD0BvDfkZ68iZUxsHYtx'
    'UROuXy0T3NWvWe+DE+H8Lw2wemoTrk8wPxq0EQx3aw1sdmXe34rgvLjmr4ENc9T647Lu7wk3/usv1oFfmLwbM0Smv4E4HntI3hfO'
    'd9LU5W5sEJke0gvyf5+8vN4HFHlP3q7O+3eKvH0fUvfhMz55eb0fI3l/A3FR7tPMwwd88vKYKu8leSUCkGnDBd6yjYADeN5brlDn'
    'zSvynnqtOu+7Sd485L1tQD22dSTvji1wLq1Tj22NIi+uG897giIvrgXPu5Tk7bi3NMbxTUC7LYBYyYeTvJ9/wkn37lLHDGoleYNo'
    'QhoXmdOVrVDvjD1qf1fc9j8bwvb/UAuaaijEnZXbAQ4znLO+2uXNmNAP3RG2fVq1y1/YoKBDdfFNTWypKK20iLTD4zdsiXA8jdBO'
    'mPX0a4f79/ttVWXa4eP5lyoHNkzbiRIuv2E5xpGQY/xClctj6dHQLqbrcmsZdfF+7ahyeQQ9wtxXo2lfe3z6ut2yrnPLqIvv1ZPY'
    'uE15z6bzulDR130h65pG+srx13pN2S5DObms/4+54Pp19txBfDZZ/09z7lyEqR/vQEWfEqQuFY61gadvllEXX6O7I6gL1+OvcnYx'
    '40Ys678u58W3Kn8GnBdocg9Yx/RfkJ9/FtwPrpyAttdB26fkXH4U1ysZFXax7vzyFvd/zuVHBcF8XrNOMyzqUO0bWUc65/IRdbTP'
    'sLCTTRR5SllvvfsiqPdHpN5ejV7HQAgc9ySpd6Pmjh6G5ttlUG8YnPmJrLv2NvVSXHmTQd+2hFijQUW9o8Kct9Kv0VN6FxnzoEau'
    'PhiA088MUQfH5ccb1DEadP4r6thkOZYZijpGLMeSVtQxajgWhPHXM66tLI/Bp5LTHMviFvrx0m14Sy9kvDFJVXyr5RrfBLoz6bGI'
    '68Xz5s6MI5cMkhmsjPB8/dA4tonj3JRx8cEaja2/Ck64rP9ENpYLI64X+3tyxpWpJJjMBP9uYLqxaaIbVOQpkTqQ1z0f0kWQtgXU'
    'cXDGlSGoYmeb0iO4T6sV9Q1ZnMVcPv3btLe+0ZB0U9GnBKnPRPY+qrEHxvE+l3blHjZnZDFetKLsqxo6g+Plr5Jx9Gv62m9Bm3ya'
    '1Le5TL1nWd8H067OwXjj66JMicwt7sGT015fIKo9f3GIsriv307mMUi2aoJLl0dUH/bvUFLfOo0M2E/nn/evPqL6sH+/T7nyvEMb'
    '1PhRh8teI2W5HuUiVvYwootR5P+lXBldl4IWMbUbf1ZRz1CIeh5S1LMlRD13plx5Zd4Hp9C9+0lSZqNQ+5fs4zrlpL+qMqZ4Y5tP'
    '2wOatvt92h6waPvdpG2OA/lcbYcyZ/uUGVbIhWWZToMy/F5yrEGZ7dymxKDMf7AyUqeMxwLvYL6NbOjlTKo0lrHuDiDz/iGpz/tH'
    'lveXJK/f3V/mfZXk9buDyrw/TjpjCXOvLO7/kOXf8imjKW+yj2T5uxRj5XsX7+Z/65OX+z35uE+/Bgz6dQMpvzkE7+RqTXkTPVRZ'
    'vpuMdbNGtwXbuliR91Xd/od+hZFPyfKrSVuoH7lWQ5ccY5AXz9EjfPKuZvXONciL9TYnXVwbFj+gTtmsCvBgZd0/T3jjsK9nOOEn'
    'ijy9DA5e8smD6/ecT55RyPOUIs8Q689jijyjTMfqAUUejuvuInlUcjmZ53M+eRCu/yrhyPttZFOy3IcVde9jeXaSPHkNvtlK8qj4'
    'zkWbcp88iM/zJE+vxibvUjJW0zth0aaE1L1RY/P9Z4o8o+zMWOWTB+s5luTp18DHkSSP6g5XpP/JWE3xcFH+51M3wl6NTx48cxKK'
    '9vMG7WO8RB1OpvESdfIvjJdY7cNXLfL/FXk2sTzfUeQZYXmeUeThNM83Qa/G5vzAGIo25bC9zwt3/k3v5cXzn4xFdSeWeT6i6FMQ'
    'D7Mo/yd1q861Rhhbtc8Z1Qh7p1pzNp0Aebp88uA4LvbJg+fgOjKPpvfyovxPOHavUfFGZZ2LFfMedJZi/OwGS94m3q8bLO/8PAYR'
    'j3e4VJTGEwzSJ1PF6TONt2dSdxy/isU1+pzAJ0S8vVbjeHtBa9MI5/+V8Tqp10mUs07CKP6ULnZhylInlMYE3YF6qWN28CDz0XjR'
    'SeEfsyoZoo9BeCZF8Mxsi77juG1g/6AQbTxk2YZpbEpVXTSeWNTlce3w7JD3xwsYnj9Gc760E3iph3/Xwb+r4ExGOd8iKLOa1bGa'
    '6FvT8llFeVpukbCLJyp1kw6OqK+mbdK4b2lSrh72kWxP7BLiiz8MXl+6Pg+x9alie6qO4JVC9W/pLvNY3kOMV2NqW6vypXq7cOOx'
    '3wXvPgrvZL4X54McW7jx19tJv3BNi3pssFbjFYs4Pv8Czr+hwCPM5wkO1cj3iu6cSbO9INf/OFj79ZBuszzndPnqSb5Z8MNzKer6'
    'W1B3OeHwLRBHJaE9xFEz4a61Hf69V9Zr2B4/f2sJPpLPnxxU8tYzNnbddZSO7Gb1Xh7vkZI9svNKUc6TDNpBDQwer4V/p+J1P2DW'
    'vQXWvoO8a/a5/y+O4P7fCu0K4G3Uww9hKHGO/mzg/W9m+I7aw+nuFVVkXBJQD4M5mE3q5fQITYcIfYn5/fh7OHcroZ/y30eTlNr8'
    'yfq3KlLkvZjQ/XRsSD/NPcYpewmjlWT65p5SWuk8kqdqrDRP9Rjoz4CdoHx3DqQXRMQz0sVArme0sOw/+vJYp0ht7lIzSF3z0t40'
    'zL0sbDx4fn9qtqyvmaRJgIMhmL9+2IcZI1ybSiTSU5wOXcwxjB2/rK4MXKx6UnWdmccLF5pOQsd+WPjHEed8hEGfPcRhdRhgw6Ru'
    'ugdSPjwXyi9aSu5hwrBfGcAvtvylBpavGvZ1FYwV+yn7cwUrWy7OKvdeie0k4aebW2rnTcs3W9JtzfBex5drhve6czSrwVFzSH5e'
    'X8ICh1EYWghpdswOD1IeEObLEhqi6IuE0cDNpF6EA9t6WggMtcL9KglljvDwApIH9CN87g0KNLozDEHsx2dOVRiOi/jgYpDFXerg'
    'AT/eGt93jfC9hu2JxYyfaMLvr+QYWz/ipJmdU3eM99089ceIPk9u2z0xY8yMwxjRN8ubj02OMY/HuqbBx8x3n5lcY0S6ier+oQ5S'
    'LdHvGBFen7qc/rGh13j/6nz6N09ji8rjSHN/XtS23sS3G9Uju96n3a4KttsN9KtfvGzuwy6v0FE0jeM3IPzjuZj4F+H6bccIN047'
    'zsUrwixWk2l/Nwh1/AiuT2fim+h1tgY6mDbZ5ysVsF1jCdtB/bWBPwpj6JtP6n/Nj6BdU73IIJ3z04H3p/K/sTGiMcv7wVGGsBw0'
    'D+srPB9Rw1+tD/wdZWF7NKzBR13CzL40bAy/ot0U8GpVsdwme98vJX3v2s/6voTAyBahtnfW9Xm8+xr1vsnA3lHtmxki2DevX3xo'
    '7vthgbDzI5S3rJ/KN4LyquYxq5kv3ZzSecwx/KPjean0wvx4cdgPU96dHNufF35nkjJp+PnxUlGvZwnsY84DM+XZJidBO368VhU/'
    '1ISPiflroHw6QB+q2ZInNMdHd7FGcXcJewdp1LRbA2q9SQVv9NUH3Dm0lREJxrdGP6dPPev0pYV8uw3uj99+uPRuJt+9cY+TfvIh'
    'uA/+oHx8aKMX1wp/y39Ph/lBHIl1NSn46BmNDDVBYDTW3fLKzA47T9wCqL/NWCHLfQ4z4ddyeWiKrImfLpO023g302tSyU785Oaq'
    'NZ/q62qir+6n1+MvBJWzG2xX0M32eqwXNLH6YEjbpi3loHgubIEU7xzI3zgo4c0zyPK0JNyzB2lZpA9rFd/Qt32a1E3LNQnXjvOP'
    'Qp8HeUj/T3jbeA98+7/kWz/r26uKb9i3f1XUiTaqL5E+rWd3jLfi4pLyXWxM0obxqRh3xbgrxl3Gut9JWCMVXVHD6AqxtrC2n3X+'
    '3dlR+HdHMC2ZRL0FRf1NEdWfZvVr70BQf1CdGcVdeSPRiawHXDcD2krH8J2CqTrH2kih9PGzh+g0oZnlmf1F4bWdEwZnNuqJngT7'
    'Zy55Nw90PmeRd48J946I71a2eeNXoO4OxqDEuJYnhtSVjOFx/4HHFst1fQ/jM/XEa8rXtHOi19R0PW3Ol/cAHqgLse6T6bFQe0vZ'
    '0a9jKUm/6vXj9M9YiKfRZ90ngh+LsEH5M6q6EJYScP7EsKSGpbB6lFHBUiT0LIMhU/tOmzrL4aVTnbKi/zlyv3/kRSet+56rk8Vj'
    'mrVBPLEbd6vrozHNDt7l1qPKS2OaXQP1HfeCOi+NabbjfvBV/YRXh6yR3GeKeZ8HnTqQAewBucSXniyNbUblBg9CH/Y+WVpvWLnB'
    'LND9Ecz+RWcb0ASyZZR5LVXcJZvgYLTVAbfRHV/K+pyypJ389lOS7KcmQjOb2P5ymViG1XUJwHu9hW0IhQG69yivnsKAbOcyy/1t'
    'KmM6nMmOMH+O2I3UkbwUztpImeZxbLs5BG2tm7tcyLmT4/+AYvzU3qwcWxhuyxIkV7eZ95HL7e4kpjJt0/areu3m+RCFzQ6V/6IN'
    'Z5WBPx6djRb6Jqkec+c/YwljFC5jeHPXe839Ewtv33/mwIU3rCMHhWzhTtZ5A7lzZMm5h3OB9a2HMlWgQ3UZ4UnFdl7JJN4HCnP0'
    'hl6iUr6dF12ny0Sp7amN7aHK5tzeflpybqauATUwdJpC8KGMGFKqJwUL02nCsAI8f0bSjb9ziSX+vAzqeFvS9alJ60iJYH8A0sf3'
    'XFHqn4rrbV4lzH3QDyvsLqj/htqk4+uqUj4sVP4rfpEw91/x04TTj5jHq+TxluEXK3BPBNZte6coxvhLuLp2SxVpmDrfnXD2rMmZ'
    '3aip4+2FF8tJHaq9syGEvVEf0X3GPW1KB6nsjPz0rLkfu+kJx++Kag5xP6q+6XSebetBH9+jQC8Oaejlulh/0k8fpZJyHKv1R79J'
    '7xOOj1PUkUQ9LmpTsEGU+jZfL1z/lnxf8biR1K4vyP7oLLBHUMUC4OfYNmFuu6eLl5Y36JP8Pk14Y0Oo7CL7hNrfPMarmC68cRU2'
    'MBsIavvaw+rvCik7p7hRZ6dbHfKOLuHlekjrSD+5vj/aOSYU4xwU6hgTtjYBOVEaI8/UplMFs5TXrlrbUVFqe7pUsW48tsIC4aWV'
    '8izdBHnnCG9sKD5P1Daa29ps09gHDYecW784LPckHT+rdJ6oHSz2w6YtGl9DBUtdwt5PTxSwgWM+xQc2htl+fZsCNv6L5VkC/TOl'
    'DzhOG2D1zRbBcTxU+K5Wgf9/zcaeJDTB0qRzaafz8ErItd48Sdf6dIu1PlHYxeUZz/V/LeT6D/is/72Fsp8UZvHX6Jm5TXjtNKPE'
    'D/kJghk8O84l+LtPQyNx+8c1whvvTXfeyLPpoJDwYjo27Nc84dqd0rOoHFtz5M+rYjJR+JqZcPzgcTtgnAsbmMlbjp3m3UzsBCaS'
    'JlljiCdGhDpeYA+rr0N4fa3wmFRHEFjeKtSxmbh/FhP6pUuU+n2vF/o4kH0a+gV9w98Mc433EowLtILFyTvNIkbmaRCH510El56R'
    'Vsdm4vF8ZLl3CG/sQb94Szzu34miNLawKv6PX30nkjhMuI48NuDydHBcIowhdHq61Gcqxp/yi5Xk19ewdOhqFvPpeM2amLQXVoYu'
    'ypBpdjL8wG17RgjdmCP2QoiHGoFPg/rXe+HdkST/XoIbUL+nnrXTprBXomVmkjZ2iFIfUaj3gj6i8N000AWnuuWLFbYZNvN1fghZ'
    'qcc/eScsXcKf/xmVDLhVvBXgpzgPiv4IP91O27ZqCIOI6tegXWwY3WxTH6A2a9lK7BTk/DR1uPQb8kklzmvucP9u7jBvw08uXBWy'
    '31TPb7kYv1giuMcqlZ/GsonKj20Wfn56YFzPT8LFRzSy3AsIrqK6HzZzstIi/ywmV7At30L0SmYBLKvGtZTgRht9ClvceaxCr4Pi'
    '5ncTGm8B6+NRTL/RdA5M/bYEwSaFE9QTaRHBfjts9zXFP1mie6fyuWiiB58U/j4cU5a4PUvy0b5FoScaFo9frZnHLjLm2OfxxPg8'
    'toHVBMFZXKfuU+c66SFbXR0I/Pb6O530zGHvGXHiqJN+5xy1vp2En/kKvCTL/LHDlf9Wui+5kDpoNjZOpvtpLsnXzHStKQ44B86U'
    'y5iuShj9ORWevoTAEOLaHuGN1dK2Sa96oNKlX8pgrInd84cC+HiUH3El4VkMMZ4C5rlI2MUM3yDc+CY6Gc16Jgc9ifRjPeN1YJ7l'
    'wiwO9BYFz6VJeGPJm45jFuHZjRiWU83/BqGPOTAL+ACqfXxyAEzWs3IZH5i8LKLzLhEBnWBCo6loyKWWNJ6tDQy1eWliul08Tlfx'
    'cGnXnx90fZvZuaLTG+MwlSD7IgrcWhfB3a3eYg1sZdRh6cSccHX2RgJkzap4mba6fI2gc7gohP7TkGIuTOQPYfp4pqaPtB/9ijsN'
    'lbcjnzII95nIRfldhN6dVfFQNytkr1x2H2Zeyon7Qmkqvo5cJjOikfkh3RQmDly9RvdkZgR7e46P3gGFGZ3/5kEDGJD5FirkMyay'
    'z6A828voF8dBVK7K4XKQ6JmUuy9UOlBdCrk4X+/mCNa7WTO+Ac06dzNZ03Iin9L50u1m+jXtRH4SRq7aT/jq00WpP90lZdQXxRl0'
    'htDHW8B1pri2UXj9K/udYSi3W0TGvlWYx4pW6RNyWZTunOC6Grq6VDj+P0FvQsdTj+OaTj7/he8lfEE892zOq3idJ/86Ix3SEgFd'
    'VMXoIq6XsJTwEkzu4KiD1SbcOBvrNXpPYc8RlY/7EcVcVFvMxSyQ/dC5qYHyzUSXpR7Koa7FIuH1pVAj7GKYcxl/GB2fZqCn8b45'
    '3r4fkOdC7ZXrhJ1PiCVsPPXC3p9WUEzLsHfwKOSndYa6keiLjtL1Krp2VEFv0nwm7YSln3T+px8Xjs/X+NyYnPTBvcL1V0L5Zqb6'
    'fEPx2u+3/mGXCL1/6YVC7/v5EBHsX3om0bFS5VH5hq4Wep/WnKaJgo9aEwEOrxZ6Gy20c2qx0FHtUtzP/Pgas0BXgd9jVfquJrwX'
    'E71cfmfsYfdiXB/Zt0MVMhFTe4Bei750KehBKktR8TK6DXk7QbzIKHwxqWBKFfOw6G82qc+D+7ea5NmiqUcCSk6RR377fcKVuZnA'
    'BLf92BeyPLb/44RLUwfFfjSNbyjr/UefevNl1HtPwr3fbBHjF6vyVp92hyvY7lWk3ajq5THZVDB7fsKNzdkv9s/YnIcl9v/4or+G'
    'O4lpX01551s0/MgfEBm+zdz41fk44ZfmNXO1T4HfVLYo90j7CuG1ETOVi5jESOV4hPN4+4V93FWdHUoP23ejhH8zHu0OEt2VeRMw'
    'Xqnve7yhXCWvkQGr2qfjG++1HBTRxGgs14eUX1zUMPSSLkZ0ryEdqeIfDgh/m67tcNdVyVZGNGu6nqXjicNt8LsJzqJ2l3SuRzX1'
    '9WhwmOl8zyPnzRYF3o96fcPuET997yj3TTaCfdMkwsWflvPzAaIb6BcvuhFkUBMRY/sy4FXYxLSOKn70SRN0brVN0Dk9mc6UqPeG'
    '7d31d0Suv1eUF2ta1vfvpL6uCOp7nozPNp60LP8PPuMLU9/doANfbizufews6tLQBX56aIjb2kX0cc6j6t/lRBbUw+ru1uhLbrHQ'
    'L8F1WUNwyV6FLKlS7S700WPpDaAv+B1vGtGPCuqriS4Myk0OU/BcxzPWehg+eCVw7ewIcO0KS94z1xmw8WOB7dA6Nlns7W5SRrfe'
    '1PbgQuHYrlMY5XJaSoNS3nWyzP5RPY48499lAH5UshWTcVF9360afDUgzHw9muhe+slAqF+/duHGCKc6eu0anKvjIXaxud/uo0Nr'
    '0n8VLsO1OJnQqdsN8YZp236615xeHM8xc/1CuoaryBpWWm+3ErRjvbDzhXgeoae62bzts5CXjZC7R4sozxekrEfaYx9pqINFU1PY'
    '1fFVbe4kUdw9JgMM7IhozTYSXbQhi/NiRPj747pgP4GFI4m810Q/kdONuB6tZB57Nf2ja2syz+XAKtVPzxDYlXWe5oM/8iHwx9Hk'
    'zFzP7IjQz7MfHa3SLQ+CAay/KaR+Kadh0IdvJfjNJvocfZp7Cu6nYwmOGBH+flBHyL0oCpuL6aSeIYv72UCAToq8F+USpTqfScv7'
    'Ruwnm/nJ3vmWCheYsu60UgoLcnZvA//pCOF/Wwj4748I/t8dEfyfSfgUG4S/zd16HxoWbbBmKubDVP9Jx7ug97R+izFuCnF+6Gj7'
    'yaSz5we3qNNvopem0lkZFaX+Dujcj2p0YlR7p9sCJtcb3pEp/VDNYJbbpbUIve0rtQPneg5bLc/i6SI6W9cRBX/clu5UyToaIV2i'
    '+BZU/3ZhH+ti2HDvB8mfjoN7/Xi3O1PY+WQNmnsTeG5lOIvbOG4nNKaNHi7SwvVsD+9IlPqV38rKHEZwwlZRmjfKPo4yWWY+gJ83'
    'S5Ta2FN93O0avdlZsMdomazw+h4IwlM47tdFaTykNlFqvzbe/J6GCHDQZLSDTyUc3rzpHTxMG68xOsEUbvOafTyjTD4x18lrJnfW'
    'IPvnLqG3I08Jr903zmtOuPNciXVvBBitM1xDne22jElxLcOxr1voZXL++KBF2QHDMkHjs2lT54Oh20JuNByi3dgXxoGDYz80DjhW'
    'xpV7Z5k4tlycasKD5X6+VDJxlQ85ejccr31UjAlS+LYuxLx2CbUPkOkM77xiYcPEaV56x1LNmQrHj+fc/ZNwfAPujzCZNYTJnAYm'
    'Tc/g64UbB8r0/PPTIbY5g7Zpzt/REGtm277p+Ex1D6fSuUv9axw0Ducwxh5pDdA76xfq+IJdlmOtVpz99RGc/e0VXuPthnImDgdy'
    '/L0WNEDYNtYm3Dv+VWXs5cEI8W8lzn3V3eqgCq551HesVwkvZsBQD1Z3xzItY3O2jBjylU3uUSMa3brhccLL5exZWfaaiNbJzyZn'
    'u/C37bS1ubHlJXO8vl2E1/fX2alOxvX185XQpKAHTeY8ah4lPycbRXR+IE341HTeUPfiz0BmZXOeBOVV8ahVbS8kNgDjzTNX9ccP'
    'huYozruo+eGpCeKHt0UAhznFud8I+korhNc3Zlh5E12Tes2aBNEeUfKb/ej+tMUdMg9ziPrZdSA/tfXLTNvPjvO9Q8ZOeJfmfOQ2'
    'l1yO3M/+7hXR+ec1xVcqnXyTO9F48VhVfqhV90xd/Noe4fVzPehj91LN6q+BcuXeJTYLc51S7oOikchmB4XeZ69uTLVsTHWkDjm2'
    'wycB3HJd1GGNnpEJTPG4IHQu6ivEt9edBXdM8bPgMtCf1+nH+vU3HdDfTAX6uwx0HaJeD904Knnuyjl9NIDvq8KHfvhTF3t6JZOJ'
    '6tY57J2tW+h9rlH+XqXqNzkDWsvgFQThvjUE920RajuzHsX5FVTvUrI/TeGd25tGcacPc9bXamQUeIbliA69Kb0p2/ikcH0smZYL'
    '6vcNws7/4aBGX/gq0LMop56gvl6ssNvp99HrxbjW0y3KBPXheNAFDsJRQfimEvvRVhaW19AZE6WH0BIBPdNgoZu9Ecaf96GDLgdc'
    'pLJFUvEPJwt900H6zXmGpv2eCDrH746eZTrFvRod/mHNHvDj83D71zMVcrko2hkh69MagJd0dnZ+9MOA4k4SRf0jAXfa8cYVzeOM'
    'K5CefEk49s+mNhd5w7WrNP4w1anj+/GvhesLsxLjHY/7h8xzgvD6XLbVvR8PfBl2nSi+j2qME3U3PCbgbjgaQHdFOf4wNJqO9q8i'
    'etQ6v6d+/jp6NLj+GqJHPSDUPnO2a8q+J8L+4BlxAaHTg/qDZc4wtEvJG47rWIu95tevQw1lbkMWe7fbhweqs9OrnsCzNhHBWYvy'
    'jruE67sCY2C+ON+NI4zjbCfjlH8vEl4/k3wOhphc0sQ+TxWnFO3hVPipEneWI6DtVWknfUe6dK1XpEvHcQp8v2GuO46TWZ6TIM/7'
    'SZ4Tof6zID0e0tMgXZ52+9EIOrInieC2O6DcCdCHKsh7KuS9ca6T3jTXe08dz7GZ9E2O+4sgH5PlzjYs59c/mzk50OZa3rNOh3pX'
    'p0vHeGb6wJ0XP/2GaZr7wZq0dy5ovyheofcGlZ58uecLyv7QB+1KNhf494q0WjbO8WwqIlmX7Ou3Opz0vg6n7YMJrfYV+PYMpF+H'
    '9LUOte/gNzu8Mbhp+Tch/beO8vzL1JM5XwnpnDH1eZ2McK4+da6THrLV1cPEbyeOOul3znG+0XP+9XeWP14bXyNT/MFpnC/CP0Gu'
    'RiL3syXh4Pz1pbArrnDSm+/QwwX6s1T5tqT2qAiH9+Wd9I93ODA3X/Ht8p3uXuc6F0Oi1C/EdLKPv3CJkx6/3kl/ud271zHP21ge'
    'XZxPXAzdGMP4fMHx/qzXSWu3uv6a8FvmEzBPN3vjed1/h5PuvNkMH6cjxDGbYN6+0+3a5/NviWucbweRecdvYq37N/WPUTzDu0vr'
    'puuG37D8Dd16nIW+D6eLUv+VHBaz58E5shbs2Eh7tbA2/3y+k1Zd5F2jd8CYVvZ61wi/XbFRD1/YzxrSz+w4rCE/C6p9zhAVz6dB'
    'sccp3rgdztGBjtIxt2j2wSswV0e8y9ufmz8Macf40x4vf9dJ37jHG6vvS/Dt289A3q+7PjtQF2rkeSc96wUn3bvLSXc94oXvwzVt'
    'jgcNkgs5Zyoaa5VlP1XwxO9od0H64vzSubCNX3sVzCfyrvph7xX3YSK53zwp8ydtWqecgs5OZ77+NDaWU1Mdb4XF3GlL0IyFeBoV'
    'NI+tj0e6DxYi3h/Tn/VBMNRFeGxHeOje5AH9FCeqgjBE8cxSdpZUa+7CGL9kJuFz0zxNRBazickPqT7vJh/d10yZOPMkEU0c7bC8'
    'X+wDzc991qvOSkrDyPopreXXz1QZ502t5oxrh/SSkLiCn/27HnfSp551aUP8dttuOPsfdmlYPMfluS3TTz7kpKt/4KVpPvMc5Pl2'
    'dGf8anLWiwjnvJ70ewnso2lthTO0rbQek5jm1SC/qoI9VAW4s8m5air7nS4DVroi5FEkp6I/1Oudq40Ii4gNstjQgbcr6LWEcG2J'
    'Y3qNnbViLDVV6LV6wmtHXHY0y2daF/raW0veUX6nuNfVw9Dh+0XkHifzy/QhTd55pJ4Ze0rveLPIt58D3t+128tLSMA98onHvefF'
    'w99z0heeLT0vbM731Zbz10r4Esj/ygD+F4V77Bd/WLp3ryPnzLjxjZNTECc38Z0Yikx2njbvK5vz03T9W8qktTrudemqRtBhQXrq'
    'kRedtA72wHefcfIMUJuzJ0A2t1tdXzfJe/Autx5V3otJ3mugvuNeUOc9m+RtfdJJH3xSnfdUknfH/U46H/qd3l06tuOJbvcO4CG9'
    'CfTkngeA/wTtPPyiG6sB5+xB5Dc9WVrvoaQPacBTKx5T93cmqU98TZ2nntRHcZRqTOXEAG1iOKOWlC289KVhbGmQYxQ8hFagSSmN'
    'i3NzFMzVErhHVjF+VhNcifHuQuvIkvxIX/M7rkm5pazPtv7BA+c4WRxCWxRzHNPlBmdAwHz7Pslo6fKo5RGtoIdA178H1j8dr3+K'
    '3K3C3cuCLmYR39tU53keZGe3DXjp4w+sK/1G6eOTt5d+o/TxH0AulVbIiPDbhR8on59SDixOMTWGFNNFaBLRI6RAPYdy4mtS/mQr'
    'kbHGOMgAByV1N4gIDqH4jIrPqAk6o/C+cvhHQb8G9ElmXuekH7sVfEWTvLtuKc3782uBPwV5e8hZhPXK+tB3RY7VI8vLb+8k33j7'
    '6yjfiLV3Jvl2aJ+T/v4S59spim/1l7r+FfDb50EPakWfa4OB3/axb4up7sja0vEtUHzD8c1TtHdon/fc38e+0XP/hS2gr3We99z/'
    'KXz7nw/F537k5/7OCp77O+NzPz73K3fuZ8o49/cXPs9ExX7bH+coIaLjdUfJ577CgM/9Tgs+9zss+NydFnzu5RZ87iMt+NyHWPCj'
    'pxvwo2sNeOBhaYSodVlM9SFaSblGoo8xg9SJslLKx54L/06R75VsM4p4lDlRno4K799ixXjaWX7Mx3VnVG3RPY06RyZ+Frifo/mg'
    'N2/qg8E2hmVQntdFNLHebeQqLRrdzDSBQU67zWP6+yjX0MFP1X4EP3MN4aecGF8IbzRuhS28UZt37nNgdIrCUXY/gqMGYR+Tnvob'
    'ojGY5N/7QuCckSkKB/vTeTRDmMdMC/Lxzv0BbxXq+LJB/mH29/VPlrH+NjLt5BTnKBUn5nNvXfGb7PWaWgMZRrq1iIov4KuzYMTy'
    'Tor4oc/jdEk7o+QLxTomBvtRlKP7HSygKZdXIsCOov1hL9//V0+7eco5d1Q2wchT2KXQwx0hundBNuMxfJYNn2XoQCUjhc9QcoKp'
    'e6inTHU37J5OK72QKPlw8Vle9tpZneV+NLlgd6FLQf+5/x67+8Rfgq2F5N+jLBrrXPNtJ226v7w66dnQD+fV018z80UX06L7L/za'
    '0qI6m9WmjvJtVos2p1tK670a9CFfZn57TPzxLBZ6fzxU14P7p6G6Htw/DdX1+CDUuXe7V9fjTvADcv5t3v217GInbbi0fNpLtx7N'
    'sB6XhaQRTP1tVML+uWrMlUlEQX9zPzB0Lbj/mLD09yw2Hhrv9rvg7+fT68LZNMQ+yRQ+yXaWQbPttKfJkpMYztEW9E/g++5w8m7m'
    'RV6cJvPJ9IxhL06T+ek3itPW9DjpVVd499HB+dJvsf+9/RfWy8HpsU7a1NQ1zhCaB+Nv6c7X1eTbvQxnvI18ewn80Z0DPueOJt/+'
    '+T1AV653fcxzHeJnPuHagqKujKTvZHp2h+u7rpHgYd5uke7rKB0btQVFGg/zBPmUi/FcWXhufhl4LrBsVHq41BdjjPMODD3ccug/'
    '7iOrXYFfq0VpbAsa/wNjbXD/sRtEqf/YQZIHfXwNsHo2kDx51hbGdrxM6H3VYj0XwPwEyel7WLnTmZ6HSRwoWW6FcP2XdbFxLyP9'
    '5XFS0MdZu/DGyqW6P6pYlybxItF/d5BeCY9Z0iX0PkmPJHQYtds35e0dbQmfdaJUrzgn/HWf+R2Ww/ciMfG677o91yrcmMbTheur'
    'h+tdUx2XRAXnX4UDhjRwvlax51SwxuNhd5I9t0mo45XzemS5Y4Qb63pIeGNam+rojDC9LB67aKulDs8I0+EbgPzHQHqcjw7PZIRV'
    '1OuvE+X75i76VwH98798xq4clQmXOx9h9Q6Rh5yGNRRs3WTZ6XBGJTR6Ugl4V2dQHnXFqT2ILHuOcHXMKS6U+d8n1PYgl4mJ08HH'
    'eeP6lEG4YrMojf2eSnjjV/mV6xLeWJWynl8Lb8zcPo3O3SCUeVWUxo401UUfEd54t7QvzwtvjGBVfQMa3OaXF9t4ULgxRzYEjPNu'
    'ciaZ6Lj3M/rsr4U3ZpntGtF4Xx+IqD70TzsM/EaMs4IxaYLi2CyDvJ0snszbWJyo1enSupenXZoUddHXpMuPjeRXntKkKjnCMh/+'
    'yJFC76vvcMLLGAEbozfAjujxZ10deB0vd5oPL7dOwSvOKXjFqhhAUeC2XJm4DfNT2zYV7jetl67vNZD+MOT5HdSnqOYwWyadocpX'
    'E5LO+BrwxF6B9HVI93SEo3+i6tfv1pY/z9UR0HMm4wmy59T5Aacpj485opA7BcVdLHe+aifRfG0KMV/83sTvClhuIn2b0zlI+eCa'
    'WYR2TpC7LJZPBZSPwv4xWeExUjnqUnKXExN4TlEY4vFnB8heNoljh7FAK9k3GsPWNF6pX99mRtC3QVEaKxDHPEeDCwc0PEQ/mn1U'
    'wyc5AtrkfFOVvWCvpo6ZwhvLsN/iLsPr84sJdY5Qx4SaFjBX/P2whldLx9IlvPa/pjG3VbxOHjeqnYxlvOMM15QBt+s189NlcWZx'
    'n06y/EYGq71sLg8T3vikfnGm+zVnX6+CL0jv7JhvWwDf2tY+Liq+B12DbRZzHhX/Lmz7cbwdVQwA56lUvJ1W2J90bS4XsW0jtVXZ'
    'eWVZyse+0ljOM5V06otM1iXiPRTvoXgPGe8hGj9Q7qdfJ9wzC2lCGltstuVZvdgiP/JED7a8r/N7SY9FeYzNajuuhZbj4jHSYtwT'
    '4574/Pae39n4/I73ULyHrM7vnHDjSdvaBnFebzORay5mPJZVjF9ULfx9xpTDF5lMMguUtZvKGpCXXC4fuT6C+UPe3D5h5xvLdi6p'
    'fpaJvkYl10rFH0qXMZdBc2bLp2sl620TK7ahjDEMKnRccM0kDlig6CfdZ6Zww/nCprqG/Yxvj3eSIP7kiM8dgPPDVePgdZYLZ2H9'
    'LgaNs08znrxG3jGDzU+fCO9bkdr4cXkA2vg1EDmHyZqreMA6uVBdBebUVldpU0h+/NGMxzus0OM2lUtQnrvN/TiMvuxKIrtZH6DX'
    'biK7kffl+RZj3KCRMW3W6B/brK+JT4rqCu3jIcUeCiozqIGdngrJUkcCZKlNFnudwhzCVW3AXkA9xaNBbzZquW2e0St+/bDZkzrd'
    'tzYFLlbh7iST4W1g/e4naSOUm6cYg8mZSfs1SNoL6q9KDkvHkCb3EdOzm8P3NqH2zcrtc0xl4v0+/VfRWc1l7J2tpC2VL4kjGIw3'
    'kzO0jdUxqFn/ngBYQ1jCMqa63JvYPNUSm5JBhR6DHyz44ZE0g/M+zf5DHQaVjZSfrHrAZ56itL0o6u222d21pynoBNTVtbH5SZB5'
    'oX76dHamKn83i18sjRnQRnSHV4BfqL0QO+GuZ1w6EH1HYXzv33zDbs7mQrnf7lLDUJQ2DQ8sCGf3NR1+NcIbFwP96+riYkQJX9nz'
    'nPQra114obprr18PMHCeXp+ixscuSAUX174LbOjP98aSqO11vxV9kFxUng+iqP3X2+4lvn9mAd7ie7QecGkN2V/7y5OgbEXqGC1d'
    '6TZtnqbQH3UtN4twMdlxPxwEDe95xEnPwpgtT9vB18tfd9I+iP3yKtjJjTzq7J0/F26M85sBN67a7V9mNSnzdfAB+7kHS8t88j7X'
    'jk+W6YDzh/rv+wzg+Yt/AH2FGDGf21Ua2wZjrZ91r1PXwWR+noIYNI8/E27/tX7dv99B50M5+FXAfH9st3sW2pS/9PvuvEXFc6Rn'
    'pDxbi3PxgJlfb35WyrLTYH3EvRNnV6HD89OIvmmX4p7D72mmesZ9wsw3gO4eaEprDmv0e3s0Ng61Cr3gsHw5Tlur9DR7FXPL+9VE'
    '+IXl6s2GlRuoeJdbNHO9VQMvI0Jtn7iI3LtM9I5NeDIjGv3Yfo3evs52MogPhTIg1doMMd3asPvD5v4yV8PnRBvAu8h9NgNtvDjf'
    'S0e2E3hDeZlqPmzObsyXFv62dDr+shzHCaL8WER0bfqFN95IpWKBUHgbFGo74wJpLy6KAPdEEXvLxK5hZJzmrU+Y+2DpCdjLCF8I'
    'YwloE/siHWoUq03sVEr8c9D3JuhXE+HZYTok1P4ormZzgP5EMEV8iP7JtmrSpcL1+4gx8TrZnkI9BIxJWC9K7alwb+MZtZnwqxs1'
    'eCOpoWtaYA1NeVijhnzCMDKdJo3Nw2YDucPMiOUqfvY97Rr+z0J2FvCzvldBS1Ra3rREuHHZtmpkniPC3GfMkCj1fTOD0Jm6s5vT'
    'TMOK9TW5jzQRGPHTVwlaa1MZkYr+2+dD/4WxcZL775yQ66ua4xGh95nlp3OEe3CaRu6/WbO2Opy9Qrg+H7rYvuRn6ICFvGtY055s'
    'a45i/5dLb9rSlTLPukm0ngeVSW/0ilJfTm3sHBgi6z3fYHyjGjomipiklB6bLsz85QxoYPMaw/WW/9b54toaALs9bE6pvRq+95M7'
    'CCbvWc9gaJDJUOk94SXwCfFfkN7X4T/eKuH6b5LnFH67i+Dmu0R5/tV0PhY7RbCPxeNFZfwIHirK87uEvoWon7TegD2+TZitRYat'
    'xfML3LV4foEdXf9b4Es2Qfow8D6vfNhtdw6cyzXsJ/2NSF8j0s+I9DEyWPjVFg61R9cW9lfh3zd/WIifftiOY+3nw6RI+0Iq25Gp'
    'bEumA/BetilT2S72vxX6X81+jxTKfKvwe7Pwu73w6yn8zi383lf4XVT4XdFh3u9HoP1vQfompLdD2gPpuZC+D9KLIJVtYX9ryDrX'
    'EhlZbWGs195a2m4tjF++pzgjq8EZiAe+cImTHg9xMX653Suj1tF+OvhsgXnOst/KQh9fu74wF+8W4vzCIXn15UL86nz/+VwJ43oN'
    '5HGybDF+xzrYs5dDvLbzg+FUwsisfgf3Sbwncd4+gNt7IL2vww5OEe5kvTq8KtN9DI7vYX/fR9Z9LvS/lv1mXFGY/1EHlh6BvfaP'
    'hd9XAU5t4ZWOQ9ZdpK1HS+H1Ebbv/hHSrzK4NYHjNIFH+Xu50OZvukv78TL0Q77nZxxt9zVFf3jsg3+Fb08EnG20f2nSv0OvKqxT'
    'vrR/8l1x/fJqPZR//wsnrb7V258c4KT/+ZB/fxpg/dPsd2bhwDqtcHh0FvZqda96HWUemZ4G8uRO2Ncyv2q8qCctfzK+lIwtReuj'
    'MadszhMp91LNz4onSmVQlFfRca/5OtF+y3JSxkz7zXU3wsiH6HqgrGUOWQ/pl1P65KwqnJEdL6jXg/ruLMr1H4b+vWBG2+G87YXy'
    '93w7fFwwnL9aNn/ia468rUQo/DVXDmczf2mYvwteiiYWiyrOkW29OZIvS/jWTcAfEYZwJuV9UtYnfGSAnG+4Znf5cZJuAhnqgoe9'
    'sV9QvrrsCS9cfBnkvV/e5Q8X6GcadXPRD9XQ1xyZM4ftJvhGfSEiPJvCyYMvuHAi028/7Ma9s6ln5zeBztoVvH7HPSbEzx8oHcdx'
    '4MNRvg8D57t2e+cxw+bx8QIu+XFhvq58xDuPj4Mc+scwnzJPGB0b8ax3/Dk2/jcKba14rLT9N6B9+d6m3Z9+vbT9HY+UB+OoH/Gx'
    '3V44vmmPCyN+cFzNzsvi2f+4ex5xWgK/PfJkaTt3PeqNN4J6HNc+pM6rklEkhGurh306obBPL37C0UO59GH1mXECnJEXP1GqsyLz'
    '26zRjbA3LgY9mw/9QK17InVgOAznGAzL+6C8C9JzFvtL74phztyHv+ekLzwb3i82vxun2N34zt1uf++01EVBPaWmXZVth8J5EC6T'
    'dIqkUeg6zA2hN6rai/QM5+fNBY/CflfsU9wjQXRcHZHdURjDMe1Q4Emut7MjJJ5Efa9vPqLfA3TOG8h9oBjT9f7SfvE4rxmiG+pH'
    'z0UR51U3j5JGvKWAO9bc753He6C/twBuWWMZnxbnf8VLduX+DNq9keiDBZ1XUo/6tt2l/ae61Tbt3wJz2ra7dD1miXDwdBfsg8Qe'
    'L47GGKeoE2hL06x52oVNWdds0s+wdf34AS+8h7krjBT2+O8ZDTUC+/73ljSU6twIc879Cuq5D3iXi76u39s6PnbVmDse+e9KxCvF'
    'u8E8uO9Vj7ljkP8Oq/OnO4t0Y6L3K/RTLn2Mj0d//z+/VZgr'
)
