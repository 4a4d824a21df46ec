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
 ('(jetzt|gratis) (lesen|testen|abonnieren)', 2, 34, 28475, 124, 2, {}, (None, None, None)),
 ('(powered|designed)\\s+by\\s+tistory', 2, 34, 28599, 106, 1, {}, (None, None)),
 ('(©|ⓒ)\\s*\\d{4}', 2, 34, 28705, 37, 1, {}, (None, None)),
 ('(наш|наш канал).{0,20}(telegram|телеграм)', 2, 34, 28742, 93, 2, {}, (None, None, None)),
 ('(にほん|日本)ブログ村', 2, 34, 28835, 41, 1, {}, (None, None)),
 ('(打开|打開|下载|下載).{0,6}(app|客户端|客戶端).{0,6}(阅读|閱讀|查看)?', 2, 34, 28876, 122, 3, {}, (None, None, None, None)),
 ('(扫描|扫码|掃描).{0,10}(二维码|关注|下载)', 2, 34, 28998, 73, 2, {}, (None, None, None)),
 ('(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ]', 2, 34, 29071, 180, 1, {}, (None, None)),
 ('(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,}', 2, 34, 29251, 156, 1, {}, (None, None)),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 29407, 227, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 29634, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 29732, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 29911, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 29992, 21, 0, {}, (None,)),
 ('AI\\s*학습.{0,10}(금지|이용)', 2, 34, 30013, 55, 1, {}, (None, None)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 30068, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 30306, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 30560, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 30750, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 30988, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 31016, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 31196, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 31388, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 31594, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 31626, 30, 0, {}, (None,)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 31656, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 31775, 139, 1, {}, (None, None)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 31914, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 32230, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 32451, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 32944, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 33268, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 33474, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 33502, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 33522, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 33554, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 33716, 16, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 33732, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 33938, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 34224, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 34420, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 34474, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 34498, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 34522, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 34565, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 34827, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 35121, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 35139, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 35156, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 35185, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 35309, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 35439, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 35646, 270, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 35916, 104, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 36020, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 36439, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 36455, 44, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 36499, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 36588, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 36707, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 36782, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 36863, 16, 0, {}, (None,)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 36879, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 36915, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 37028, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 37072, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 37096, 44, 0, {}, (None,)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 37140, 483, 1, {}, (None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 37623, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 37724, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 37749, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 38598, 108, 0, {}, (None,)),
 ('\\d', 0, 32, 38706, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 38720, 28, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 38748, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 38963, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 39095, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 39214, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 39275, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 39387, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 39514, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 39635, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 39909, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 40043, 137, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 40180, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 40299, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 40327, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 40343, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 40607, 4095, 0, {}, (None,)),
 ('\\s+(?:septiembre|diciembre|fevereiro|noviembre|september|septembre|setiembre|settembre|december|decembre|desember|dezember|dezembro|dicembre|décembre|febbraio|februari|february|november|novembre|novembro|setembro|сентябрь|сентября|agustus|febrero|februar|fevrier|février|gennaio|janeiro|januari|january|janvier|juillet|october|octobre|octubre|oktober|ottobre|outubro|августа|декабрь|декабря|октябрь|октября|февраль|февраля|กรกฎาคม|พฤษภาคม|agosto|aprile|august|giugno|januar|jänner|luglio|maggio|август|апрель|апреля|ноябрь|ноября|январь|января|มกราคม|เมษายน|abril|april|avril|enero|julho|julio|junho|junio|maerz|march|maret|marzo|março|марта|aout|août|févr|janv|juil|juin|juli|july|june|juni|maio|mars|mayo|märz|sept|июль|июля|июнь|июня|март|сент|abr|ago|agt|agu|apr|aug|avr|dec|dez|dic|déc|ene|feb|fev|gen|giu|jan|jul|jun|lug|mag|mai|mar|may|mei|mär|nov|oct|okt|ott|out|sep|set|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв)\\.?\\s+\\d', 2, 34, 44702, 2473, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 47175, 220, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 47395, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 47436, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 47457, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 47515, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 47531, 16, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 47547, 104, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 47651, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 47846, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 48226, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 48281, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 48395, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 48692, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 48870, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 48927, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 48984, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 49041, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 49098, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 49159, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 49216, 40, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 49256, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 49338, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 49478, 30, 0, {}, (None,)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 49508, 97, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 49605, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 49706, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 49730, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 50240, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 50264, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 50288, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 50309, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 50717, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 50858, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 50980, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 51001, 191, 2, {}, (None, None, None)),
 ('^\\([a-zà-ÿ]', 0, 32, 51192, 19, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 51211, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 51249, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 51328, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 51484, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 51640, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 52485, 844, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 53329, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 53520, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 53566, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 53812, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 53890, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 54102, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 54334, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 54445, 247, 4, {}, (None, None, None, None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 54692, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 55314, 369, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 55683, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 55832, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 56420, 206, 1, {}, (None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 56626, 347, 2, {}, (None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 56973, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 57102, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 57349, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 57717, 115, 2, {}, (None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 57832, 71, 1, {}, (None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 57903, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 57978, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 58124, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 58259, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 58372, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 58446, 77, 1, {}, (None, None)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 58523, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 58893, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 58935, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 59028, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 59074, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 59944, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 60369, 510, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 60879, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 60952, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 61162, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 61245, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 61389, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 61535, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 61665, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 61793, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 61909, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 62412, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 62667, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 62853, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 63040, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 63493, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 63714, 171, 1, {}, (None, None)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 63885, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 63953, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 64031, 311, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 64342, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 64423, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 64513, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 64589, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 64664, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 64721, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 64768, 39, 0, {}, (None,)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 64807, 97, 1, {}, (None, None)),
 ('^\\s*by\\s+', 2, 34, 64904, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 64936, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 65901, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 65981, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 66064, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 66113, 105, 1, {}, (None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 66218, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 66303, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 66460, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 66508, 207, 3, {}, (None, None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 66715, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 66839, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 66943, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 66991, 77, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 67068, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 67106, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 67135, 44, 0, {}, (None,)),
 ('all rights reserved', 2, 34, 67179, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 67238, 38, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 67276, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 67428, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 67509, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 67680, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 67733, 116, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 67849, 60, 1, {}, (None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 67909, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 68008, 30, 0, {}, (None,)),
 ('コメントは個人の見解', 2, 34, 68038, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 68086, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 68130, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 68176, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 68208, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 68256, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 68308, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 68348, 36, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 68384, 30, 0, {}, (None,)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 68414, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 68488, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 68548, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 68600, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 68630, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 68664, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 68726, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 68761, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 68807, 48, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 68855, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 68881, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 68907, 53, 1, {}, (None, None)),
 ('채널.{0,10}(추가|구독)', 2, 34, 68960, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 69002, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 69052, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 69153, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 69207, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 69260, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtvQl4HcWVKFx3177ZxrIRRoANtrGNDDgYY4MgnkBewGYNhM3I0rUUW5aEkGzsmGACZIMMhAyZzEtmsvJPICZhSR5rJuABbN5A'
    'JpBAkjfMxEzIP5g3k+WRZEjCG71bt8+hzz1d1V3Vt68ky918l7K6a69Tp06dtUEIkRbOI9OxwpMrpB+Gv+sLvwSk1YXfjMKvqvBr'
    'hLSm8Gsq/NZBHZi3H75lii/9nyT7O5WYUk9xepOdYqco4+n0+ZYOKJsUwW3L9dxY+PXB+vXA+qXj9ZMgLW4SZT1H+n79UnAFjc46'
    'Fp9W2IsC9ms9rJPcj3VkHzbDv+V+bss45T7I9qnNOget+wH+pIoTc0MRnVWFWmUHVHy+G1Rhsb5yXRsgfw3AB+JsiXcPkRl3CfHV'
    'H7tlJBy1F/6xCMrVwXssl8Nyawptf9HB7ZkOt/zMwm+2pq8IU6q+hmmrBfr728Lv/0CZWtKefP7LOa7eecbGrr9ekH3SDXXhPF4J'
    'c5UKgdcSUxCv7byqLLyW9PtYBfBJYec6UhBhJxEA5/G6H9jr3sLOLwkH9wAuTFngu7LPq9TUW8ci0ix5dkaziKqn3fsqPqvisyo+'
    'q+KzaqqeVS2WOK4eUHL7k0560x4n/fXTTtp/r5P+4BmnnX8gZXZ830nffshJ9z7gpF/b7aQPv+iU+TuAMfnu9euc9JnPOumPPuCk'
    'r17o5H2Q5H35k06665PqvF8neQ/b5fZTph3fdNLb9zh5/5rk3XG/k86FMaf3lI7xDpKXzwuv92MkbyuM+zu71Xl3kLyvQJ63H1Pn'
    'vZrkvRbaPvEFdd4NJG96r5Mu19R7Gcn78A+d9IVn1fNwLsCRfLdt2ElP3Vy6BmeSPHLxVG2eSvJ8B8awb3dpW8tInkdedNK6H5bm'
    'WQQwK98tvcRJGy53vs0j3+5a76QX3O58m0O+tQIsZXY632aSb/fdUvqtiXzjY6om3/i8UbrxmhD35FZCJilxdML/zm/bVgPD57gO'
    'xwINsbjwW6LAPU3A52uF/tE6siR/E9RBz6pmkr8J6retpyXKOU0Wh9LuN6e27cW8qwDeVcCc+5+SybIvC0izV2WdtSpuqjFn7bqg'
    'iiys3eWUxrFlswUMJOpHTPDTTvZHmIfil+oxZ42+WLh0/XUm3keTkQdsQ2/qzuFqn3PYVo6A+5fi3sst7ihT/EkC22Vu6A2+M1CE'
    'F8sFYl5LzGuJeS2xXCCWC8RygfisinFWfFbF6z7BcgEJC78ISZ/HcoJYThDLCSojJ2iJZQUHtawg5mlOPtkA3Z/NlvskC3eBBMAi'
    't1eYyfiTVO8ZccXcZ1w8LfvyXsW3p152vp1Bvp11gZOec77z7RTFt1vXOd9OJN9q1rh5GmHv4Lda9u1o+DYfxiHTzTBnh5NvQ+wb'
    '7lksh3sZ8+DfjWTPYT1+ecOuUwuU4XRxkt2pathapSxppwz0dwX0dxV5d8YG591y8u73eefdCeSdpAMaYcwNMA99pE3h0+dG2Ehz'
    'yLylYQz07psMGHuG/I34tonge5o3UYYNQNqiT83QL7mnjmLz3mjRrhxHFvZMc4iyN31Xfaa/P+Q5W8vOhyyBIZm+uM2+3maox2Zu'
    'cxHNrexv2Lmtet47tzi/Z4pw81BF8K0Kjx3ng8fmW+CxwyzwWAv0X34bJXtcpsOilJ7Eb1lYM44Hq8kcfSQRDgazbB3mk/mrgX58'
    'HVLe7xFIu6FvtSRPLxk/5g2DK+zleskpz2MoTmjoJ1CsZwU/JuephM/pAXC3gtUZhLeQ9/EY6OCgPBj5oMd44CZ5UD/Ch8enIJp3'
    'hoGsBNnrFGedT/DZdvbtfQTvIK7Iw/rheXgNpNcDjsN6kPatVpSneY4n9NTKdGndp6ed9MY2t+4VaafcXNK3raxPqEu0lPRpPRvb'
    'dIBT0/Ij5LzR4fxazf5ZEPIOzOtZFOE9KA3rPpfde5ZCerLw8laORx6L8PJW8NsyNi8qHKF6hzTJIZrvTUATmOIg1RrxecjC/GXJ'
    'eXp0AI++JkK+jYltPPLcToD+1RE45DAi3w+QcvTMHyTfcR+qzvxEhcdi2x6lDXvJWHSwnRTEJ0Havf9lCZzVQDuqNmkfZdnTGQ06'
    'zOZziPzthxeb4A5I68gTGo3SbnkDfNRPUr+8pn0aYnON9G427fAWTfs1wOpdb1F2hM0PXXda5xYFTMu+/lPK7WuvxXnVraD1g/qa'
    'V4xPNX5dX+9LOTwHPNNoe6fCufcRcu51pkvTZQZn5WkG9a5ieU6EPDeQPMvSpXmrkHcCeW9qc9Kb29w9dG1KD+9DbE6GyfqbwJcK'
    'JnAdtkH7lxTaPw3edbAxHg/93tnm7pGgMZmsD/bHb11M2qJ9Nsl7NqzPcqCNZqUcfoEt/A9b7NFBDf4YZPjj90mH7yXfbdKcRSMW'
    '7a/X3HN5uz8ptNvGyuwLqF+1b/ex91+dU9r3Pmjv8aRzl5oPsgTKm9Dtgx6G5/4N0p+TMcm67yrUfUSF1lG3nrRvsg83kfncWkY7'
    '+YBzAvdvX9LRuVHNIz8vhzX5egL6J9tZQ9oxPctV4+kJGM+JpJ0gOOgmadD8vsnOldmFdqaFwLs0H+6hXNKh00zngte7LWBOfpVw'
    '6qcwxevosaBheP0/Tjj3CTq3HG/0Kdr1a0/W+6RBvYMWewTX7hsG9ZrU181o/DsL3w5lMJBnOHg0AnpStrU94dyFVW1tVdCY/G4t'
    '6/ggqYPD5rXkve/5T+YS63iVzA8t22swpxLvF2V9CZcHrVujvAI/FeVJBmX7NOfZXIOyg4p9L8vMSDh3HdOyxTscKeO3BrSdPwn3'
    'rB8vmku2+8+E7jKhl5CeXZEun1aT7X+XyBgG2f0sz+iEB0hev3mVef+W6AC9tcFJV3fAvRrSR9c4eb9A+Gim9I4s9+eER6C7A96s'
    'yMPhZQfJo7vzXEP0Vf7zYid9z4dKdXk2kjx3gn7QadtL83SRPLNvd9JvgU7QJaDvdAnVdwKdoN8+5aQjoBu0luT5NOgGLX2yVH/o'
    'PYQ/ynHMaYT/dfna0j4uJ99eBrn/ub3Ot6XkG50H+W0h1XPqcdKPgTz6KPKNz1sb+XbxTaXfZvjoVTX46FVR2Tn2wVZGlANeq4lM'
    'dfaYv04179PssdI+of7DYYTfY9pPE3oxiF/EeVEJwmcNy4Oi/LaUsPOrqeORJQiPrJx+1TP+XRXwb7uAv38I4KAxgz7VRtCnSt4V'
    'bOB9Vgh4N+WHBu2BZrI+GVJfksiO/dahKsJ1MKWN4rmNZm5VtOPBMrfVEzC3fnehg2XecxWe98EYT1R0ThEnx3gi+rk14fvE8x7N'
    'vNvyxQ6WeU9HNO/07nuwzF1dxHNXKfnTwbIemXFejxjO7eY1SrnnwTL3zRHN/WTWzTlY1rK+Qms5njob8b6zW6vJrGcW7zu7tRwv'
    '/aSDZV2yEa2Ln0w1pn3t5lIl4415EOHmsBI6NPFalLcWJjpGMc4IN8cH4xlWW4E5jFK39GBZh5kRr8PBZMcT71U7GKmUfvbBsg41'
    'FVoHG/31g2WuGyZgrqOw0Yp56+brM1F2PzG+im6NwtjIxHdBOxwWxlYk5sVFN8exzlt0cxnrZZU3p+XaesU8Irt5P5jlT1Hdd6K2'
    'gY1p7HDzXym79vhOarceB5Pfjph2mpywcbCsS2NE6zLVfBnF+9KOBzLe9vexHr/5+nA79Xju7OaO2vHHc2c3d9TPQXy3Dj93B9ve'
    'jWoOVb5E4j1sN4fUH8nBMnepiObuYJqzbERz5ufzKN67dnN5MJ4dUc0d9acUz53d3FF/U/HcWZ63t8T0Xti5U/mFi+fQbg5VfvPi'
    'ObSbQ5VfwYNlDpPQj5nwo+NCv4ujkKKODo9X1UT0CDeTvDweGfaVzs2xojQOaTPpd5iYgzOFG7MvKFZS2Dh6LQZ3ENnO3cL1F5kB'
    'vuqLc90Yuzh385kexALh+ouczfQHuS78Ngt5KNrB9onyYorxOVaNuUkx5lqDMVN4senPScK7tzCGjl9crfmKckHtUfhdDOm0drs5'
    'NO1ji7CPSaTDQ4uEG0vPdsw0/moT1Cu/z8DystAFQtCjiT+NAHsbRGmMzauIbCKOOTb+McfovpN74kPw/pR4vaf8ek8T9jGBMbap'
    'J+Z3czA8vM3gIRPDw6SAh88KJ34JtaGidm/cpi4MrREUl2CU4JsTH3PS1x9wvg2Qb2cNO+m7wVd3L9Dgur6j7peJXWCfUPvNX0No'
    'Fm4nMGqh+9cjvLaNJnpsQXMnY+Idrulfj7C3m+w3LEPvJ3jH8PO3jX4zMU42pVGoj+wlCtrD5i6QIPVQvKbzW17OnSNMO+hzXBfT'
    'URW3sUNDr5veWzIiOA66PP/vStnThzPh7qe6EyyCfufJO4znfBV5twPeXSa8MafxrnIhuVfsE26MgJwotevFONRnCTeGaJcGxrsM'
    'YPxdwo3ruM8g/0LSpxPSpWM+SrgxIzobnPQYSOdBenxDabzNKGKN4n2lnHtWF4OrLIPjuc84aXqv0857Fd+eehnitFCcDnob55zv'
    'xqXl325dB3GayLeaNW6eRhgffqtl344W+ljmhwt9LHO8U5nEMq8X5rHMKQ8nZ7EOyEupssRV1ZY0XobwS2R/V5F3Z2xwY2jgu99D'
    '/IkTyLtXdjvvlgg39kkfadMPFzXCXp3D7g+tlvgvI0rj2mZJfTxvIiRPBOO92+DkWthTRyloa5s9nYU90xyi7E3f9eID2af3h+AR'
    'mPBAX9wWjvdQZzm39RHNrexv2Lmtet47tzi/Z4bkwTQQfKvCY8f54LH5FnjsMAs81iLcuEKjwus/j9Iz+E0Xn7uRzNFHEuFgkJ+T'
    '88n8YazsrxMet8oXHOdx0zvN5jL5p/Wee27Qk0xM5eedi07oJx2Yw5YvG3SeSvicbihnMMVbLQBPj8E9sBX2KcYoivkjE8Mfwb1O'
    'cdb5BJ9tZ9/eR/DOZmHue3S7cGnfakV5mud4Qk+tNLDNWAFx+OaSvm0VZr4y6dimk/uUSXnq002H85s1+2cBk4HofAmVw0swoSUo'
    'L6FcHgGXOZqUz2jmZ4kPfasbv6ncOb7rxXe9+K4X3/Xiu15814vvevFdL77rxXe9+K4X3/XG466ns3vPAI5GvJoD2dhiOAv5HsvB'
    '2Wa6z+uBfqR12sidcT1PtihjRWP0Ro/bbNr/BYsvniE0oMl62MgZ/7eGtpyPczHmrs1PRWns7R9Buy0i6icBg0+li4PHJ1scenEc'
    '1UFV1Ph9rCX/riMz29BYqlnVHN2IkuxFU5M+c7tV1VXGuDgZru/t9CLn+zTZ9djoSboAavskPcdOiKcp9EATlnPE9+ACSKvH7HUI'
    'osZL9aDHUQP4SIwHEZtMTVbyOm1MJId6Ok2o8MC2bWEliJaeCWdvmDNN8lNUNEc2gOZYojnjytFVO65M/vJxTLfssHHUMWskPFGb'
    'MpQ2zBjwso+LddViXbVYVy2WX8Tyi1h+EcsvYvlFLL+I5Rex/CKWX8Tyi1h+MYl11Sg/oY7g1ip2v13ho7OWgzqpnKID7vU62pTS'
    '+XjP5+VPIHnpWKlNHC+zzKdN5EnY0AppcheitIIJLOLZ9peJUppBFR8Q896asIMtChuy/A5SvjtEX/tJ+XyI8pez/tuWPztR3r5f'
    'mQimR05IBNMjCxMubthk0f82Um6jRbkG0qc+URpTHvNkoO6gOntZuf8keK7bok/7hWOHHza2KK3rZdKHzQblNkG5vaScKa6V5R61'
    'LIf93EXK2cDt35DzRre37yR1D1nU/TFS95Cm7g+TPN2aPKOWa4DlehVnKa/7SlL3eou6z1X0O8/ynKmYW57nVJJnqybPMgOaYFFI'
    'mmAOoWV4uzMV90n81kS+dbNv9L6nuy8hfxrpApWfKdO79nxCQySATplOaAikJ2zlauXyXP18hCHtUiW8tu31rN3OAD3zBsbD0vkH'
    'ULXVEIGsZSbQMSr+IfIJGhRwhvwBmv9RBY86x+QgJj7eZkG/0mQNqI5/msxzPdQ7A+pqZDTkOo2MZSaZswTDL3mL/rYQulCO9QgD'
    'PJRX7MugsyLP9uR64fXdUaTFapyxyfIJkEksh/QISNuJrEKmcyBdCuksSFshPRtkGvkaxwdbmPH5jYHD1PtqHL6+aTtRzt+iGtfP'
    'HMYFRt8hWyJsp6XG9VHSY1Bvd4Rtv1ldmXXk7fzUsp2RkO18r9pdsw2s7BYFjJnGuqd+aWQ7d1U7eIbumbmQzoe0CtITG0r3IO61'
    'I8kek3XeXu3Quzp4s9k315G6ehS0hk1dG0ldfE75OoyyeyaNFSzrutinX92W/VpdxnxxuFmq6Nd+w37xuuaUMUZeV221c/6EnXs/'
    'uC7u/yq3/h6Le4fpGv1TVXD/+Ti6DPYj7sO/Z/03wZ028/8NqN8WbwXVj/3/TFX5MIx17awKv+d5XZurvOeu6v5hG5NM5l0LZZay'
    'WGpr4S6zZgLaPhvaPg7mkNJIiL8PYTTUrAB83lbl0INh925x/5M6BhV8Gfpetwf/mHPr2MjaGTDE2/tz3n50W/bjJznz+chr4HKP'
    'QT9GA/b0/8g59xy/+bCh73B8XyL1bmBnyBZh7iOQ1/tJRb35COodUczDqEE9Kh+CJbyYELDC1+gcgzUKc96dVKj3UFauV5j5K+Qw'
    'FqQ/1kbG0Cu8sXZpanPmZRXzO2I5v7/LBs9vGLr4Z1lv30YN9yfW8X3St9WaOJs8ZirF5R2QnsLOlYcjrhfPjK8UCh8pzGK7oi6h'
    'TN+dji5ub/H8zzo6H0GxRldEeFZ3j2ObON/vgXU0jZe6gq2fbiwdEdeL/Z2ddXhTlKZY1uDysYq6lg1MB5GU6WQ8GyxzJCsjsq5+'
    'DL+TLtDwe9KkblnHrzLevp4Y0O6/Ztx28Y57FLvzNgS0+wKpYyFrNwfpsQF1PKHoB+djHRlAs32L1NGqqeOYgH78TcbV1bI5u2SZ'
    '2xRlX9OcGfw835lx+OW03tGQZ1xRFquor1eY+b/lZ5Gs7xJFfUMW9Es/O8NWk/o2a/rZa3GudpD6TMrxuR1g9bWR+vo1Zfot+ldF'
    '6lubVseNVp03HRp899t0NPUhntuXdmEX85ymiJetOptfCFEW292ddu0Bxvv8LZ7/ZB5XGcT6DjpT/zyi+nB+tqddWd8RDWo8rcNl'
    'm9KujswRAWfWVSRvguWdw/JepOjTMs29mvfpPaQsPxsXBOD3k0gf5wSMZ5HPeHjeI0jehQF5D/Gpl5+ttWSsMxj/YV7APL2dctuZ'
    'EdCn36T088L79P+TvK0B9f5TyqEnVDia3/FRBv79VKm9T5hzQtbzuE/bw8Lr3754/pMyeZ/zluLlrxi0s52VuVMxxvUhxngjqWcj'
    'O2MGLM6Wq33qsTmj1inGtSXEuM4xmFPOd+g0KPNvrL8nkDKq+aP6UFjmaJ8y/Zoys1IuTl+Z9p6jtne9TMrV6dvM6ES+n/6YdPUr'
    'bGFEln/Dp3y/Qfn/BeXDyBhl+f+ZdMeqW6N35H8+efsZT/PbSe8cdonS+GG4fncr6lXxDIv0P8nrxwcs8v+TXn1DHT9LxWO6UbM2'
    'QftsAMpfE7I87tPupFe3FPk+f2LreIlP3lGW9xzNvJjioVVJFw+F3W+ynmNJn5dD+TWEVqZ0W7tBXqTJZvjk5bRxjUFerHcs4eh8'
    'RC07kXW/TnREVXugyP8jeVQ8/qIuZsKrB/ca2xfPkzwqGkDmeSpRqk9oAiNF/r9iHKNsHPf65EHY/5qij/R+J/N83lBnluI+We5T'
    'pO5BjT7uTSSPSnYo83yI5OnR6BwOK9aD8yU+6JMH8elVij5zncKLffqD+tFrEl59S47n/0wx9+tZn1cq8vTy85/AkKn8uBinUlE3'
    'x+1tirHuZ/VMU8Bw3gCGMz5jGxVuTDFdHlyPNxW2cXm2F94Q+rVHOH+V6K2a8k5kuR+Suvs1e+h/Crs9hGN7XHjhcYTleVDo8RXu'
    'oXsU9fDz6stk/Ka8lOL5T8qZyiRkuZtJn1TnW1H/j+RR8VQaYR519eD5s9Enz8mQp4vkUZ19xfPfJ88padcPRIMlL0eWO10BI0Hn'
    'Htq5z4hQfoG62A2W/Bu84zdYyh+4LnZK+PvE9tOHDqOfi7a1Ov3cSunZyrrmMV3lWgUPgurjLVHYfc0JyGtrF9wizOKYNQm9jxmV'
    '/5llIo5xFvuNif3GxH5jYr8xNvgv9hsT+42J/cbEfmNivzGx3xgT+In9xsR+YwS7o8Z+Yyaf35iaEPbQsU1ubJMb2+TGNrmxTW5s'
    'kxvb5MY2ubFNbmyTG9vkxja5sU1ubJMb2+TGNrmxTW5skxvb5MY2ubFNbmyTG9vkxja5sU1ubJMb2+TGNrmxTW5skxvb5MY2ubFN'
    'bmyTG9vkxja5sU1ubJMb2+TGNrmxTW5sk2tik5swsMk1sXvF2DI2dl8p0Fc/mtnC1FnwnGn8qAGCO3n8qGH2jdp9jLA7PbdBDLJv'
    'DJob2cfn2Rg5fhxkOJTG9eJyUDzT/OJ64TiXKerpYziVxvXaYCEbn2OIZ7mtbJNhOU5jUXsWtPfMxvYHE2Z/ENaW3zZmVZC9erWP'
    'vXpYm/TY3jy2N4/tzWN789jePLY3j+3NY3vz2N48tjeP7c1je/PY3jy2N59s9uY52MtpOKMQt/ZDOxkD3Moxa2pqodbiVH20Mxzs'
    'w3NkZxmYN2mw72xpICFKY9Ob3mdWMVkb5T3q+AL0PS/Xr8hP5WuDCntN3MMm8nkuz6N9CZLBFW3J084dW6ULNKTpo4lfgAFCD9E+'
    'dSn40fT7Vgv9pnL6sZ7JW/+yMA+drI89FrLMkRDr1UVgg/ZtPNaBj//itHOmqGSwVKYcZg8MMDw/bHimcJrbZn75PqCygTYyVpu5'
    'Vsl+8+y+066AoSh8UJjCDh/rqymHJ6xaF9pnUzjaoJkfLstG3cDfGdI2fmO4z2cMAxUcg8m6vGkIc9ennHu3zqbX1Na+T6ht44eF'
    'uQ1Jl8bOcVSBM2Tfz005vOqJgqGfk/x+cyx1SeexeerS2PsMVujc5nY6iZQji9H5TPFbs7D4boOmbwNsXoP0u0x0ROQY9yZd2Lah'
    '9/smwbn3V0lHHoDwZ9J3Wt9mzfrb7G0dLt+ikX/3J507mgqXcB3t9Rb2xyMK3R+T/pyVdH0uBdHNtudtPmDPLyBt91WYJud7W+qS'
    'Lpjk586rCacu1dyb0CYm+md5xdqZwM2jCYeHXEk6jM/HXyf0sNijWIeo1+O6hOszIeyYNxrujfWJicWtZyQcuZyObsB+2Niqqu6M'
    'vN25pN285R1Odf/jtIJq7oq+JBKOn8Iw7UY1578AvnMlcO335d2Jld1viUuwjGo+uZ70A8Kdz4niC3yajNm2D6ozdSCgPUmDzw4B'
    'Q7a08mXCPTc3h9gbYemLoi456IlGhfcboe3ZIWByxBIm64XX7maLRvc+SfTwaojsWza/l8i+ZwjXl8oCBX+72ZL/mRVuTBfKC08S'
    'Xng94YVXQx+qoN8oc5LtrytLJjm1JZTFOS2Db542yNPK9Kls12BqS4WdNbhJlPUcaSN7CNLL5HuOrnU1WcMM7Pku4PULIsOtJnpI'
    'mE/q5F9q0I6UYfwe3t8g3LhSVzPZMpd/HShwkjJ/0la6BRoZsVxrMzDS5xwL8TQqYLCe6JqY4B6EpyECT/G6e9ddsebXl7vmUa57'
    '0cdH4R8XJJz1/Bei4xjv64NvX8c0gHed0+NAA8S4dGrg0iT5m9JQCXI/6iN7swfWOQyMJfy2Z7Iye6Eij1N1ymQVwzyq8okAeryW'
    '3YWz5A7fRPAp3qVrLO7QCAMihoFJCwN8/6bJ/lXFlqlX6OJiGYSbhI/dSb3hPS+o7TTomXEdtRr4XsXufmKXEF/9sVoPjrfD7QtW'
    'WeSvh3ecH0Xz0X033YKHFWa9+FjOhfRCYltgei+3vVdXkXpkvTLvUtCpFaI0NtF42V7a8ADroW3Z78Vg8yHbX32/vc1SGNv1cvv5'
    'o2fs+5m27Cfass4q0/5nxx6nDLWH4/Z7aK/y4xD2KogjZP0fhzHdBOOpEgfak1Do3UuISWfeeZ3FnVWBJk2fZNk1wMqZvTTrsr6o'
    'hLVXwIBBwscOgI/c+CyknK8U4vRMUMnspAPK0Dz8dnpw2MOC96kKB6SNwBNAGrjvQuerfP9+8n7p7e77c0XsayMqXxsSf8e2VxNj'
    'e4U0Jp6xP419U8S+KTRrfKxijen6HAU6J0hzyXoOZbR6EG2Jdp2mtD29I6loxtifRuxPI/anEfvTiP1pxP40Yn8asT+N2J9G7E8j'
    '9qcR+9OotD+NoO9cVlJ9gMpKZFsjV04emUiRjumtvOzDpj+/yLt2Jbb0AaVJq8bcvYBrWgf5UkQeNIPAW1GWP6auj39HOmZRSB5Q'
    'fNeO79rxXTu+a8d37fiuHd+147t2fNeO79rxXTu+a0+E78paUh7vzzxWZp71YzvD3YeCfhvF7yq/JmH9AKli5qCMGu/JOTKn/Rbw'
    'wmNnHS/cuJ8jFvWMaOqTdHeb8PcBQ/1G2fpByWv0RpAfwNe7BXA3Xe9mobaL3xrQZg+59x0mvD4AyvE7xWO08zZVMZRMdHS5PwSb'
    'cuXAMPftQ+dzm2KdMmydaN13I109Vz0HpudzGn66s1SFK+YRXEHjZGJ8sbPSDkylRCnNT3VKVrAyvI5TfOJkod7fdPieYDhgmmY/'
    'cv8uOjyFdL7cs7OFeZxfHuse/z6BxXjHMa5M++9XXJ8s4cVs6nD5ZJznWc3yfAjSz3R4eZ+yfFE3plePW1+G8v8B6X2Qntfr7WMG'
    '5p3yiy5Yr+fLym9FTcV1pTHE6Ldb7iyNIUbrvu4275jwW/VtwbCT1cCOLn7pEDm3cZ6/cpmTngT9/dX20rsOzfMuloevua5vM+H8'
    '4DxYOpeZzzrpn27xztf9d0L8vVsUMNAL87bV26cMoxUorsA2NsGYbuzWrzPm+cdub9/wW+Jab99knbSc31rW+Kxlkd8JcPHbD5e2'
    'R/tyzXlO+nq/Hq6uu81sv1Jbn7bHnbIP/1A/R5jnEy+5umH4TZaT6QvPujipXlFOpg9pyjT6lPnUUnUZ3dlqwq+5do/dHb7E5s32'
    '0ju1rvQp9UU8tNo4KI7bXfL5mY/yNomLTmK4iJ89u55w0qefdtLb97h+k+oJfBTlbi8A/rzfSfftdtLljzllZhP9T/qNt8NhfMZe'
    'qP+bIEPZVQrzKx9Tw3iLJZz/5ttOesXDduU+Dntw+cvR8oRnj4Xj89UQwDC1BzTpa0aU2sxSf0+LfWjMFJSLIn5hjsDQBYTfWrzf'
    'M/7rPT55z2Z5v0jOQZ53KKCd20k774UU/bV1s7w3k7zYB/R72cPybif78N2QDrI8V5N9wvMMK/rfSNqhfTib1OEXgxJ10Q8XpbaV'
    'OIZtAeWpnbVq/EFtLyP86rPZnW0z+xvrzZP6kdeDa3AmK7seZauQdxY5u08nZZAfn2Mwc7rw0oxz0t6U4qs07k/hxupFm1qEf9wr'
    'OB/IQ0F5JPpu434KqK5Fguxh/LaSWBmthPrmwd9HCK8/Sx5PHu+6lLbOW97BuW/yzeR+1wg6Hy0GeSlewjk7lczV4WTdT4Ny12ra'
    'nK5ok/tK7jFok/uMqCI6C37rINfpU4RHz/fEcQp82MfgHmEax7RFkRf3RhfbI5tI3vUMr/SQvY62LPWsbb4H+0l7jbBfalk/86xM'
    'F7FlaWQ8mG6G4z7IcB3yMU8mfbtGgatUfVtE7r4ch2xm7fSz+Rthdc0iMn9658yxueV+InGN6Pm9FOxxOGwh/zgRACuIU6j/OG7L'
    'TstL+JwO8JwgsG0Ly1H0qYnRKdTvUeFtSso5dLIOvHfPUtC6KrzUSv6N7VHdopVsnycUNKduvLo5lGt5R8LF2X5zeHvCgSHduqQJ'
    'XMj+m/jst6F3PwB093d2+9/b+b24Cuj3J5713slH4A5x9zNqWh7HthX6he9qcF40l0eMuZWe0pLiTGLsybHb6AXzZ9IvSrvVzdLf'
    '0LgzoPRbwjFkLDw/SwnbZyfuxZF4TafUmuK+vV6xb3NTeI0z8PjnyibG/lDivWzn2ESs8fX6NTb1vRS0r3fEa35QrTnu+3WKfR/7'
    'nkwkxPJ3XEJq2LoGTwBOjv19jv+cm9GpPmsgXWdmprZOYwfTaZzPnCZZPy1+H2usdSK9T10H31cj8ZpOqTXFfdvA9m21IIoxPg15'
    'eBIB+XU+ZP3kQscqZC0qPZ9W4fqNxLt8FZPXcF6yrTxoG+uDzX4IIRAen9DZadUtrAw/qvPD6W+bSoetffg1mX/xsw861kfmF9N7'
    'PjCxtJwFrDovKEdM743/nPOYSb0K+A+jBzPF1iZlcGv1fZLhcVvJ/uiJ12RSrQnumyYd3dVR3LE7dedfHVnb+hDlgui+ZKe4NQim'
    'ai3yc3yB7aJOlk0sD5vYH6byeJXNyBCTgw8KdVzbQ4idRbcIH+9xRJSvs7jCkp5tJvoI9fB9hrCLmTSV13YhXMmC1o7HJObxFtGv'
    'o2kMV65rMiq8ditTAVYo3SDbP3DPqFTkNFyywrESg46vA59umHprEse3DF6jm8pjwVnFtwzCm374LhnT5CU0eSX3VtKAvRTfkybf'
    'muSEG9+H7y8TPWAVr1mW+YVQx6SzWd/U1FrvdLnrHSSCjwIe0kATI2xshHXcYLFvp/g60jOwPSQH0P8M/FIwf95mjxb/LvzjNtWe'
    'POAeVWCTZCo9AT1psmFONRmzrjwj9ZPdoe1QssP9niZiznLxu/xb6rdfzdp97QEn/QvLuFgxPa3AJeWBYSA9rTqzpw5fIKaT4zWp'
    '/Jq0Ah+R4rGemCYaP77Al8zOyyj4BqXy1WTqYH5wbrkdVPhouvaPd6/FazLRaxKo1+bTP6VeW0B+P722eiajQp20Rqabtk6hV6SV'
    'D6eKf39dRbJXMf2l+hDl/MbzeTaez0K5GiOdUMlpyGTx79yUOmWqitP85z8uhhZdDr/CxO60uXuf8JQVpDcG5kiJJzJPfNz591Xk'
    'fbuWktDfBbNjb/pf/TsDaJlpxbmZr7tq8nOQx0zAd1KW+kThtzbpwnlG8T7w/AyBVybKp6lFsZSI+BmL9Ak4P+M1mfA1wX1zm2Lf'
    'wFlSwOVJWLB0oFJUJuszV7lJs0bBeDqZHJeVsq3DtmXvV5ty6u+NCrr41hhmYpixgBnEO10i1qefCN3uKph/3L9XxnM/IXPP+T/c'
    'l3IrvKf3MPS7dSzQwYuFG9Omgen+dRK5Da0jS/JzW5eZRAcQ/YIuCVFPS8D9spnVxfUMTfzeYP11DI/MCLh74zwG5eP9z7F1SbN1'
    'MamPzqeJXqttX9dDPUmod0a8tyPT7QvSfeA6++tg3eL5H//5pzz4hEb2jD7mMIZXluwb7puxjuWj+PHo9vAxxPzk6hjH74oIZAvD'
    'GrwQ60RNfp0ojlcGCV6J1+/AWj9TfHOIIb7xw0vzKoyXqsfKx0vVCtoN/cVeT2A+q/nGabSkcGMU1JC/Ke8YfTFyOjJN1pvKdVJM'
    'rsP9Oe6T39lcYT709Yg863/xkb2kAD6uinWU1Peyne9sU5ArWMlc5Fyng6QsaOengl+6BxZDOq3d/abSbTPRU5Zr7BcvpxHOb7z7'
    'oeuFbrIfG0E3ZLYotS1Dmze0hUN/xsPCPKYR9Uss21lb+J0D+6me3VNM7qYH+r3WFteZwkFfBDo9U+zRyFPsjnrfTW9QVSPg+3OE'
    'nS9/9P/KfTAvJN/QtzLGcaLxVNAnNcZKayPf8qLU//UMxTess0HR3gjTvW2Cc0xFK5jwKLifHupnvNx6+N75mIJvXOVkSOrl4+lJ'
    'omqerUSlOfOs1rExW6qKp8lRXhmCATPUjPSuKs1YZU+jU3nUTTFMxDChkDep+NBdDC+V0NwhdBSm0BMo0IxCpzmh0N/B+1dsk07u'
    'Pp3hFzL2EzA118TGD8hxFvlzcAejPJQq4R9vKwPlkqI0npmMqYY8qA8LN342jVkpv20V3niWG1ieAZInz+61GE8lL9wY2aPCzBeL'
    'LHexcH238LjBo0Ido5XfoVVxoE8XbqwdHht4a0D5JhBFN8L6zQlZTzlxrDEeLuUd8DjQfZo1xQNE3r0PCyHDKIk7CXHyfrerNL4G'
    'jeG0nrUb5q7up4sqflKo42cuPswo3qvia7bDGKrGXP4N5yfxb81kjzfAmOYweTDC6wL4t6yD8mSbFbzb6jGXZySEN1ZLlSiNdzOf'
    '4Jz5Ymr40FLFsFnBvmGcmunCjUmP81YOTFV6jqeqL6ugNbOpo5Jrm7VYW8RtGB/0KUXsoNshdtBzD5fvC2xVyLmaH/FcpcmVThc7'
    'c2GI8e2CuWqC+MCvPWJXvvFx8/z83LFph8aKKncO6V1Wx2NrVNy1EF7TDF4vI/B6GTuHeOy0K9g5g7oKCOuqMhyGgvaPrj9+++c4'
    'n/0zn8ga3rrXST/3EOyPl7yxFGndKjqExrv7wvNQ33PeeHc7oB//Dm19DWIEP/zixO/rK9j6lSvLpTLty0QpXZMjcpXLGIzo+iPn'
    'Z5pwY6POD+Ap17D5WSCC41Vmyf7gMEfbSmv41LS/Kpk0ynhyin2CMHcYmQub9Q/TRz+ZFOqfYuxFHjtbFTd1K9T5NKHxBgiN4XfP'
    'oPUhPXI11Hc/0L1B96SjCa1iM3fL8L5KUtnuZ8j6bCC0TdA4kM65UTgxGXEeguinTSzNG9xZNyrWA+fvWiK3msnqHjQYh8md+b8R'
    'eTO/Aw4QuhLjIpvMHS/bCGtyKDlrTe4HXAYeVGaAyNGmsf6MCHWsXB2fYLOG1s0SXR0UPMwRblxJ+f5VAp+yz69AmWnFl8lUOpN9'
    '58lls1X47+psTW22rr4Bn8amhgl6muX/WipRc3Fi3irSBm+V2p7sLMYZu8d5LrroG8X0RwuWzl2zcPF5v1x7/kXfueeeBfD5j5+5'
    '+R4TS5tHr//e/IRI/7rwz+tl1YOzXIzitPVfTjv3XPjSPeSRK7czUou9zp+Z2Pc8ofvain/d43ne+B79a0yMPVH4yf9fNCbHKYr/'
    '7Sv89+vi/wvP9978E9Q8NvafnvYsRE4Bz1WKd8X22w0KG2kFqS2cJiruTFFfT0PfU9yh0gub6rpfgXx44fhtYKt7vRmkBfug0N25'
    'KD5X6TOZ2GzQ+Na0jRShGX/Pzg4TuteGx2pzNndreMA9Cp1RvzpRJvANaB/PTZNzWseTD9P+LYSGMW0/TDtXEzqM8/AoryxM3ZcS'
    'mqWvzLrOBLhV0ZTbQtZ5PBn7VgZPeUKbhqn7UEJnb9bAJqXfwrRhqw+l4qsOkj0s67wo6cx1JfYz6nNVPe/eLfHdTd913s0md9FX'
    'gBeR3uXetTOEb4E6ZPju7b1ePmXbLif90TPh9M2L7UO9DYXC51Z4bl7c5sImvsue77xbTMYl38n0i3/hfDuafGu83El/n3fnGb+d'
    'scFJP3Ony0/HdhZ8wDvPv8h757nvQu88L729tN4k4VWcA/3/u4Sjmy7hbgvbE8MWcGw7/yY6ka0WZ80mhh8HGF7Ks7vbKURmUe5Z'
    'QuudB/UG9XvEsr+NRL4z4iOPoWWSRC9ydcKRYwSNs5/cwRGP07+7JhAm/PJRve8iDVX4xwkafkM3owMm+1heAj41HcurB0jf/z/g'
    'PVUCPyDvcGXaSZdDugrSd6cdeK9CPJuGc63NSW9uc/dHG9EFORPKd6RL98vpUP5GUg5tymm+EyHfDW3uvpJ9Mj3rGkLMBx13B6Qn'
    'acbB+9cIMs45hO6gOhx5C3zG+V0qupDSNnNg7mm7GwluNGmX4qcBBa+ZtmfKx6bznvThkR8jmF/ATqhSo+CJ9SYD6rWhU6rZWULp'
    '+kbQC8qRb3Q+Fip0qTazPEeQPEOaPEgrYz3I28C8+DeVdWF9fnn5euWYrg33baiaS15OzmdQubA8HA5XNUzmmjaQuSwR5jbppnBa'
    'qXpV8vglIfhZNjqHrXBHThDcWxq3I3nAPBZuVNM2fqsSYiyl4nWVocev4IaaPyq/TuXqM9THe8tor4y3/aSNveSSCOFBMHgwveNT'
    '28v1Irap1vLO7yj+v91VK7dDHUF67Ca2r2H4N4sIrYnvToF3s8i7o4Wrp1NP6BtqCzkAaQ+jf2h7O0Q4vlYlxnyeYsxnK8Z8pqL/'
    'Z4SYh2WKMqMBZeYDnqBl0C51hOU9DOaC5uV3iumKPHmWp1aRR94fVXeFiVy/qxTrd5li/d5P3j2kWPtPLfWufaLDu/bHadZepa8R'
    'tPY6/pbf2nNdCr+1n2+w9vMN1n5+BdY+Z7n2TXAHz4FMpQnuXdR/xGLgxWdIfSlSfjFLT4WxnC8cHjnqZvndqXPkbjbC+AD9TG9p'
    'OrFX6RbmviKGAnTz6R2c64SeSsZ7asB8rCQwfXQIGcOpFTyTEMf+X/Juervz7i3ybhq8e5PQbe1snduhrjcUeY5sL83zKuxRyofw'
    '67Ms8yMpAyF4yWa8LRa8I27LtQHa/xaRWQ5rbLoG2XcVP0rW9QXhBG5RyaeHFW2Y6L7pZNwqPTWE+e2Ef5m3tGfhfW6EuZplqTcX'
    '1BZv4xzYo9xeTsXnG1GMDfmMh7Oyo0RfD/FMWDs0le5dDzk/DrVYU6rHEDRXXaTvFGeY8B7TlnhEdS9cJMLbyy2F9GThlSEez3Rd'
    'kz48M9W7maBzbnvH8/OfZFoHtyUcrzG3iPLsCVX+fkZEHLOwTH9ggoi/I7+7mq4NleXanMFR0SC2sDHFn6QaNiweg7LjdX9sYrKr'
    'cttLWJbPWJaP/Rf64Kv2d6Y1hP/CViNeGz3zVpA0jB5bMznvr4PyeJ/tgjW+QsQ+ridinWfBuqSJHZtO3wDprTRRjffT76D+E5oD'
    '6Jkw+GFlwP2ii8n/g+5QNK/u/mF6D6F3SOzXdot71QDjp9zf6Ow/1f1x2OLe9rriHttkoTttcoek9e1jf2/00Vku+m9pdHiF9K7P'
    'dcb7fNZX1Yewd0nVGprc995kunZnNLr6Zn534fEey4glPBbp08L/TlPwAEx8wJrqUXYxnmK/Rt9wvHkEP2hwYXOU9c1kLqleOdeb'
    'pLqavcKO/6Kau80+PCbq5+PzDS5e2a4ZG7df3K7Rr+pi+rZcj7UrgvUJmpe8gtdXtF8l4/xjGWvXpRlzd5ljpvNaDq45pjDO98K7'
    '05hu36mg2/eRNu9ccv1FWf4U0BFcljbTYcS8mKrsdXkfZN6lRDfTtL/Hw7edmv7SPi0n7+Uc/Uu9wxNT8fM2M1zSxeBpVCHvovCg'
    '03Xke6PPYG3xTHyg3uFJVQp2o4TZf4P05wzP3FDv8MzKpTFo//OaNegX5j7JBzTnLJdnnVfv6ENSWwi+xr9XyCj8cLDNmd0XgHPR'
    'VvwYMs+TFR/79f8/60rpP5M9YqsHPN50w+46R15reqaq4PG1ABnSsEamjr4Pvlzn9D/K/WdD2/vtre11zr0y6IzpMNTZx7y0zdOI'
    '3j89c05hZ8QKpif/HvZ9OZwh5xT6PHccaIAeDe7OM5nSgnHuj46Gxf5kJrg/fH5erRXiLBFMX5jAVqcFXdRB4Mq0foS1zjLpoQ5D'
    'ukrOz1/VuvihEvcRFU/GxN6sGLNknPo2GKJv76t1dQa6JmD/47m5YJz6MRjQj1yt62MH9/u9c0rtObg9Th/LN6I5L/5I6pVt/XtN'
    'KV/FVLcoDO9kkzDzQWVTD723PVLjwnjegrbptrhP5IXa7+9AAE12R417X+oX5r64RhS8RbofTdZsg8W4kN7aUOPS6pP1rlHUdyHz'
    'Wqm56Y4Q1zURGK0Ef7ycM2J/9fj0Lcy87a52aaGJvjvK/vxNtaNnJfMf2uCkR0G6FNLZDervyyHNQToP0rMgPR7ShSz/9Aan7eur'
    'vXg9DC4Jq2O2rroyvHTTc/q0CrcfRAcfPkHt4/ilceW8CbiH0z5xmcb/qnJ0wZqAf0r3wSxIZ0K6jMF7J6RtkB4J6emQzmH75yzY'
    'B9+tcs+oycw3/wxZLxsai9fH+al9PvzVIH+RA1VOxKAw+rFR86veV+XGU7Ch20YU+5Pzdf3aXVzl8pQmgp9TjBlb5ejPB/H3bXgv'
    '43Xf/eecc08p6jSwPX8o29vTIZ0R8szb7dPWHE1bM0O29bekrTC4iZY7AtKT2PfF0NatORf2x4sHVtz/49wuyjDOzbl4x0YfX4UL'
    'Tcvq7ouLc6X7vxJ3h/0BfNu6nOOfg9s62Np0mNIOv8668z/RehDPZ11fdGFoUZ0cTtb9PyKsm/f7i1nn78mIs4v6P1lHJ43iqQSk'
    '74V0NaTJkDjyyqwLt5XmdRb1f8apPcRTRyvaqyRerCHtrWfw2KWhA/Mh8Cfuj19mXNwXJU1qQ4M+T/owEfw62YddmcqfAd0Ba3/L'
    'BPSBw/vGjOtrdIDtr30a3bHmhJOmEmp56UUZ159rmLPNFB+fkvGeoZXiqRXv/+PUHq5NisBHOWf29jLusP+a9q5lmD4E0UN70865'
    'bXN2mdLa95O6z2D0+0J2Pznbsu7/nnbtLqOip4P2yX6Ysw+lXfvdcuRFsq6+iNa5O+D+sabC7eDeOTE9cfawM8i6XMvavksjp8M+'
    'fXUO8zVK6vLDuyYyv1+lnDg8E6lTGMRbeCblwkenxu/iSlbve0O0syvl2lzr4iAG4azPpxze53jx0orxW1OO7VAleGZF+V/KhTfu'
    '/9ZUjwrruoDMz3jJL99F2hwPHfuiHRCBpSEfutgPlqrIug5r1ipvIfPh8/LrpFv/8oD9tCrEfvpJ0tGhmEjcUrz/Jx34pXdblLfZ'
    'yCdkXV9NuvHOLoe4cjfvLfUD8vTTTjr0IPhV2lMaU+6OpB7P5A3lbjckXZ/aYXxa6M7ITUlX36SSfLAi/4+0xce/JQK7KTpfy5Ll'
    '+9OYm3RkN356/kGwfpKFjpvJHpNBl5pFebKzXyZc/1BB8Mjh5WeJ8nyr8Dn+h4Q3rlxYuZwKLkY17d5LxlHu/bSo/6eoL+wdSdZ3'
    'M1kjvoe3CX2MN1lmCylrA/uyTC+UtZXryDKX+JT1k9PIMu9NuD74ewJ4b8jPXknKmNg6FmOSJly/Wia4q1+z3oclwvlfGmD11CZc'
    'n2B+NGgjGO7WGtjsyry/E8F5cc3fABvmqPXHZd0/FG7s1V+uBb8weTdeh0x/CzE09pK8L1zgpKkr3bgcMj28F+T/Pnl5vQ8o8p62'
    'XZ33bxV5+z6u7sMXfPLyej9N8v4WYpLcp5mHj/rk5fFMPkTySgQg04YLvWUbAQfwvLeuU+fNK/KecZ0676Ukbx7y3j6gHttaknfH'
    'FjiX1qrHtlqRF9eN5z1ZkRfXguddQvJ2fLM0vvDNQLvNgzjFR5G8X37SSfftUsfraSV5g2hCGpOY05WtUO+MvWp/V9z2PxvC9v8I'
    'C5pqKMSdldsB8vjz66td3owJ/dAdYdvvrnb5CxsUdKgutqiJLRWllRaQdnjshC0RjqcR2gmznn7tcP9+v6uqTDt8PP9U5cCGaTtR'
    'wuXjlmMcCTnGr1S5PJYeDe1iui63lVEX79eOKpdH0CPMfTWa9rXHp6/bLes6r4y6+F49lY3blPdsOq9HK/q6P2Rd00hfOf5arynb'
    'ZSgnl/X/KRdcv86eO4jPJuv/ec6dizD14x2o6FOC1KXCsTbw9N0y6uJrdE8EdeF6/GXOLl7biGX91+e8+Fblz4DzAk3uAWuZ/gvy'
    '88+G+8FVE9D2Wmj79JzLj+J6JaPCLs6cX97i/s+5/KggmM9r1mmGRR2qfSPrSOdcPqKO9hkWdrKJIk8p6613fwT1/oTU26vR6xgI'
    'geN2k3o3au7oYWi+XQb1hsGZn826a29TL8WVNxv0bUuINRpU1DsqzHkr/Ro9pQ+QMQ9q5OqDATj9rBB1cFx+kkEdo0Hnv6KOTZZj'
    'maGoY8RyLGlFHaOGY0EYfzPj2sry+HcqOc0JLGagHy/dhrf0QsYbD1TFt1qm8U2gO5Mei7hePG/uyjhyySCZwYoIz9ePj2ObOM5N'
    'GRcfrNbY+qvghMv6T2FjuSjierG/p2VcmUqCyUzw7wamG5smukFFnhKpA3ndcyFdAGl7QB2HZVwZgiputSk9gvu0WlHfkMVZzOXT'
    'v0t76xsNSTcVfUqQ+kxk76Mae2Ac7/NpV+5hc0YWYzUryr6moTM4Xv4WGUe/pq/9FrTJ50l9m8vUe5b1fSzt6hyMN74uypTI3OIe'
    'PC3t9QWi2vOXhCiL+/q9ZB6DZKsmuHRZRPVh/44g9a3VyID9dP55/+ojqg/794eUK887okGNH3W47A1SlutRLmBljyS6GEX+X8qV'
    '0XUpaBFTu/FnFfUMhajnIUU9W0LUc1fKlVfmfXAK3bufI2U2CrV/yT6uU076qypjije2+bQ9oGm736ftAYu2LyVtcxzI52o7lDnH'
    'p8ywQi4sy3QalOH3khMMymznNiUGZf6NlZE6ZTwOdwfzbWRDL2dSpXGEdXcAmfePSX3eP7G8vyJ5/e7+Mu9rJK/fHVTm/WnSGUuY'
    'e2Vx/4cs/45PGU15k30ky9+tGCvfu3g3/xufvNzvyWd8+jVg0K8bSfnNIXgn12jKm+ihyvLdZKybNbot2NYliryv6fY/9CuMfEqW'
    'X0XaQv3INRq65HiDvHiOHuOTdxWrt80gL9bbnHRxbVj8gDplMyvAg5V1v57wxkBfz3DCzxR5ehkcvOyTB9fveZ88o5DnKUWeIdaf'
    'xxR5RpmO1QOKPBzX3U3yqORyMs+XfPIgXP9lwpH328imZLlPKOrez/LsJHnyGnyzleRR8Z2LNuU+eRCf50meXo1N3uVkrKZ3wqJN'
    'Cal7o8bm+88UeUbZmbHSJw/WcwLJ06+Bj4Ukj+oOV6T/yVhN8XBR/udTN8JejU8ePHMSivbzBu1jvEQdTqbxEnXyL4yXWO3DVy3y'
    '/xV5NrE8/6jIM8LyPKPIw2me74Jejc35gTEUbcphe18W7vyb3suL5z8Zi+pOLPN8UtGnIB5mUf5P6lada40wtmqfM6oR9k615mw6'
    'GfJ0+eTBcVzikwfPwbVkHk3v5UX5n3DsXqPijco6FynmPegsxfjZDZa8TbxfN1je+XkMIh7vcIkojScYpE+mitNnGm/PpO44fhWL'
    'a/QlgU+IeHutxvH2gtamEc7/q+J1Uq+TKGedhFH8KV3swpSlTiiNCboD9VLH7OBB5qPxopPCP2ZVMkQfg/BMiuCZWRZ9x3HbwP6h'
    'Idp4yLIN09iUqrpoPLGoy+Pa4dkh748XMjx/vOZ8mU/gpR7+XQf/roIzGeV8C6DMKlbHKqJvTctnFeVpuQXCLp6o1E06LKK+mrZJ'
    '476lSbl62EeyPbFLiK/+OHh96fo8xNaniu2pOoJXCtW/o7vMY3kPMV6NqW2typfqHcKNx343vPsUvJP5XpwLcmzhxl+fT/qFa1rU'
    'Y4O1Gq9YxPH5F3D+DQUeYT5PcKhGvld050ya7QW5/ifC2q+HdJvlOafLV0/yzYQfnktR19+CussJh2+BOCoJ7SGOOgTuWtvh3/tk'
    'vYbt8fO3luAj+fyXg0reecbGrr+e0pHdrN4r4z1Sskd2XiXKeZJBO6iBweN18O9UvO4Hzbq3wNp3kHfNPvf/RRHc/1uhXQG8jXr4'
    'IQwlztWfDbz/zQzfUXs43b2iioxLAuqRMAezSL2cHqHpEKEvMb8ffw/nbgX0U/77OJJSmz9Z/1ZFirwXE7qfjg3pp7bjnbKXMVpJ'
    'pm/vLaWVzid5qsZK81SPgf4M2AnKd+dCemFEPCNdDOR6RgvL/qMvj7WK1OYuNYPUNSftTcPcy8LGg+f3p2bL+ppJmgQ4GIL564d9'
    'mDHCtalEIj3F6dBFHMPY8cvqysDFqidV15l5onCh6SR07CeEfxxxzkcY9NlDHFaHATZM6qZ7IOXDc6H8oiXkHiYM+5UB/GLLX2pg'
    '+aphX1fBWLGfsj/rWNlycVa590psJwk/3dxSO29avtmSbmuG9zq+XDO8152jWQ2Omk3y8/oSFjiMwtDRkGbH7PAg5QFhviyhIYq+'
    'SBgN3EzqRTiwraeFwFAr3K+SUOYYDy8geVA/wufeoECjO8MQxH585lSF4biIDy4BWdzlDh7w463xfdcI32vYnljE+Ikm/P5KjrH1'
    'k06a2Tl1x3jfLVN/jOjz5PY9EzPGzDiMEX2zvP3Y5BjzeKxrGnzM/OCZyTVGpJuo7h/qINUS/Y4R4fWpy+kfG3pNBXe1hA6k/Zsh'
    'gv3g+cVi5HaW84SdzX7esn7KSwjKq5o/TguvCLgX0HnMsXXW0ZcqGawf3Yv9MKWT5dj+m3DiEmOZNPz87i0oQ1sMvBlOb5rej5KT'
    'oB2/e43q7mFyZ8D8NVA+HSB7bLakv2b76AnUKPBE2P3eqGm3BlRokop7yGsPuHNoy48R7I6IPsWeetbpSwv5djvg6uceLsWD8t1b'
    '9zrp5x4C3PuSPx40ORtsZNCt8Lf893SYH8SRWFeT4s6a0fArEwRGYzmplz915PniVkD97cbCT/c50uRuxHmPKbImfnJDqSN5KZMh'
    'qvgUfjxq1ZpP9XU10Q3zk6H5Mxzl7Abr8HWzvR7L4CZW9or6MGlLniOeC1sgxRi5aI9waMKbZ5DlaUm4Zw/Sskgf1iq+oR/ZNKmb'
    'lmsiNhN/Evo8aA/wf4S3jQ/Ct/9NvvWzvr2m+IZ9+2dFnWgP8jLp03qml/RODDpSvouNSdoLPBXjrhh3xbjLWM8qCWukoitqGF0h'
    '1hTW9ovOvzs7Cv/uCKYlkygjUNTfFFH9aVa/9g4E9QfVmVHclTcS/YN6wHUzoK10DN8pmKpzrRUCzdXnO01oZnlmf1Whpy4MzmzU'
    'yTgV9k8beTcH9CtmknePCfeOiO9WtHt9RaOcDOM9YQypU0LqJcTweODAY4vlun6Q8Zl64jXla9o50Wtqup4258sHAQ/UhVj3yfRY'
    'iJhTdvTrWErSr3pZtP4ZC/E0+qz7RPBjETayAXYlCEsJOH9iWFLDUlidhahgKRJ6lsGQqS2FTZ3l8NKp/Lbo64Xc7x950UnrfujK'
    'P3n8kHaI3XHTHnV9NH7IYbvcelR5afyQa6G+E19Q56XxQ3bcD34hn/TKaxvJfaaY9/sgvwYZwF6QS3xtd2kcESo3+A70Yd/u0nrD'
    'yg1mgi6bYLqmOj082eaxROa1RHGXbIKD0VbfykZPawnrc8qSdvLbT0myn5oIzWxiZ8NlYhlW12UA7/UWepgUBujeo7x6CgOynSss'
    '97epjOkoJjvC/Dmio1lH8lI4aydlmsex7eYQtLVu7nIh506O/6OK8VPd7nL0TrneaJBc3WbeR660u5OYyrRN26/qtZvnwxX6sVT+'
    'O5/YRATJzXX60GgHXD3mzn/GEsYoXMbw5q736vsnFt5+9MzBC29YRw4K2cKdrPNGcufIknMP5wLrWw9lqkCH6grCk4p1qpNJvA8U'
    '5ugtvUSlfJ1quk5XMDsPGz1/lX2Xva2S5NxMXWMlYOg0heBDGTGklLZIsDCdJgwrwPNnkpjYl1nizyugjnclXf9VtI6UCLa9k/40'
    '20SpLwiut3m1MPf3ysv2iFJbydqkG0++EvaiKlvRXybMbUV/nnD6EfN4lTzeMnxQBO6JwLpt7xTFeDoJV9duiSINU+elEDfc5Mxu'
    '1NQhYzQvI3Wo9s4G4R83U6UD3Ud0n3FPm9JBWM5Uz5r7jJmecGycVXOI+1H1TafzbFsP+tMcBXpxSEMv18X6k376KJWU41itP/oo'
    '+LBw/ImhjmROeP0FbxClfkTXC9eXFN9XPEYT9YEf5G/7bLBHUPnd5efYNs2eUp2butgkeYM+ye/ThNcPM7WBGBLeGAOqODfThdeH'
    '8QZmA0HtTHpY/V0hZecUN+psYqpD3tElvNwAaR3pJ9f3R/+6CcU4B4Xan7OtTUBOlMajMfGfr4NZymtXre2oKPUjvESxbtyP8Tzh'
    'pZXyLN0EeWcLbxwGPk/UDonb2mzT2AcNh5xbP5/n9yYdn2Z0nrqEN2asTVvUl7UKlrqEvU18FLCBYz7dBzaG2X59lwI2/oPlWQz9'
    's41fzGNSYH2zRLDPbBW+q1Xg/9+wsScJTbAk6Vza6Ty8GnKtN0/StX6PxVqfIux84I/n+r8Rcv0HfNb/m4WynxNmsU7ombmN/d0V'
    'MX7ITxDM4NlxHsHffRoaids/rhbe2Cq680aeTYeGhBfTsWG/5gjX7pSeRX71BMEZ8udV8Q8ofB2ScHzO0LgVdO/ZwEzecuw072Zi'
    'JzCRNMlqQzwxItSxeXpYfR3Ca9fM4z8cQ2B5q1DHQeC20Cb0S5co9bFaL/Qxl/o09Av6Yb0F5hrvJeiDfzmLSfNui3hU7waf9x8g'
    'uPTMtDoOAvedL8u9T3jj/PjFNuAxdk4RpXH8VL72/eo7hcQ8wHXkcXiWpYNjAKC//vekS/2TYawHv7gEfn0NS4euYvEVTtKsiUl7'
    'YWXoogyZZifDD9y2Z4TQjTliL4R4qBH4NKh/vQ/eLST59xHcgPo99ayddoW9Ei1zCGljhyj1x4B6L+iPAd9NA11wqlu+SGGbYTNf'
    'F4SQlXp8gXbC0iX8+Z9RyYBbxTvO9IvzoOiP8NPttG2rhjCIqH4N2sWG0c029bdls5atxE5Bzk9Th0u/IZ9U4rzmDvfv5g7zNvzk'
    'wlUh+031/JaJ8fPbjXusUvmp3/iofMZl4eenB8b1/CRcfFIjy72Q4Cqq+2EzJyss8s9kcgXb8i1Er2QmwLJqXEsIbrTRp7DFnSco'
    '9Doobr6U0HjzWB+PZfqNpnNg6rclCDYpnKCeSIsI9tthu68p/skS3TuVfyMTPfik8PeXlLLE7VmSj/YtCj3RsHj8Gs08dpExx/4F'
    'J8a/oA2sJgjO4jp1f3Wekx6+1dWBwG9vvt9Jzxr2nhGnjDrpP56r1reT8DNXgZdkmT91uPLfSvclF1IHzcbGyXQ/tZF8zUzXmuKA'
    'c+FMuYLpqoTRn1Ph6csIDCGu7RFev+jtm/SqBypd+iUMxnhc4KEAPh7lR1xFeBZDjKeAeS4WdvE5NwjXl7hORrOeyUFPJf1Yz3gd'
    'mGeZMIu5uEXBc2kS3ritpuOYSXh2I4blVPO/Qej9+84EPoBqH58WAJP1rFzGByaviOi8S0RAJ5jQaCoacokljWdrA0NtXpqYbheP'
    'iVE8XObrzw+6vs3sXNHpjXGYSpB9EQVurYvg7lZvsQa2MuqwdGJOuDp7IwGyZlVsKltdvkbQOVwQQv9pSDEXJvKHMH08S9NH2o9+'
    'xZ2GytuRTxmE+0zkovwuQu/OqthjmxWyVy67DzMv5fhYpzQVX0cukxnRyPyQbgoTc6Veo3vSHMHebtasw4BGtsHjNy8j8gqdb9Vu'
    'pm8xn/DTw8jZ+gmfdboo9a+6uIz6osBJZwq9r1vkx9C91yjUcehHfOTmjbDHpzN6yyROn0q/jMsmdHiDy+51dan2/L+DHF3HY41j'
    'Sk0+f3YfInwixIM2+Cte58m/zngutURwTlaxc5LLqZeQu6XJnQx1ctpBl4L7DaZ6MGHPEa5LQ/tL56LaYi5mgiyAzk0NlG8mug31'
    'UI7Gl+W29TXCLn4kl/mG0floBvoK7x/j7QsA7+DUfrVO2PkIWMzGUy/s/SsFxRMKeyeLQp5WZ6grh77JZhMYpzDfrdGt4vlM2glL'
    'P+n8ET8hHB+g8bkxOemDbwrXfwXlo5jqdw3Fa3/A+gtdLPT+ho8Wel/Ah4tgf8OHEJ0bVR6Vr+BqofdxzGmaKPhqNRHg8Gofmx20'
    'e2mx0FnsUtzPVHgZ8fpMkF3ze6xK/7Hf0F7I9v7Zw+7FuD6yb0coeOSm+uG9Fn3pUtCDlLeu4mV0G/LAgnhTUfjmUcFUv4IXU/Q/'
    'mtTnwf1bTfJs0dQjASWnyCO//SHhymBMYILbAuwPWR7b/2nCpalV86CKw/OqAS/z733qzZdR770J936zJaC/HGY3k3tR0DztZ3zL'
    '23zaHa5gu1eTdqOql/ZVB/sXJJx7Gc+jskkcVeApnt9UJ13FJzOVHXD7syPJGEYO0DH8Bu4kpn31q5+Oe4uGH/kSkenazI1fnU8Q'
    'fmleM1f7FfhNZZtwr9S3V9gMmcqguw15KXRcnMfbrzjngurU2SX0sH03Svg349HuINFlmDMB45X6nycZylXyGpmgqn06vvFey0FR'
    'foyqFaJ8n0KUXqqNgF6aozkzeg3pSBX/cCDAxmc73HVVspURzZquZ+l44nAb/G6Cs6gdHp3rUU19PRocZjrfc8h5s0WB96Ne37B7'
    'xE//N8p9k41g3zRZ3As5ff57Irvcp6DdbOv7V1JfVwT1fZ+Mj9pOmtQjy/+dz/jC1HcP6H2GGQ9tez/bb10a3OeneyH781Hh+uUq'
    'd/0q0b8rCb+7h9XdrdER2mIhQ8d1WU3Oj30Kfnml2j3aR1bfG4BDOR07jeiABPXVRN6PvOEjFXwlFS4dLePs8ZuvMLy+StAoUeDa'
    'emHnL+d8gn+6GRzst+ChjRB93RZRnr+gRrDZWWgol6XpqDDngaruWja0bxQ07mSAgR0RrdlGIp8eMryLquzo+Rl74QECCwsJD9hE'
    'Z4HjWVyPVjKPvZr+0bU1medyYJXqrGUI7Mo63+2DP/Ih8MdxQh8fHn0B+p07Kn2zIBjA+ptC6pxwmZEuFm4Ud1ATGU+f5lzH/XQC'
    'wREjwt9X1gihI6LQw5xO6hmyoGcGAuRUko7IJUr1QJKW53PsS5H5Utz5jlgXzB12WgmKgxyi2sB/OkL43xYC/vsjgv9LI4L/swhd'
    'v0Ho/cFRPDrI0k1EL/sQxXyYykR1tD7V3e+3GOOmEOfHgEafeDLJ8f3gFvX8TGTVKjnWqCi1iaNzP6qRk6n2TrcFTK4P4GVR+XiS'
    'yZw3aHTVW3zsI6itEJd9bLU8ixMRnMVIC91N7ixoH/PiXNfGsFqU+ifnfocpz5HTNUOi1NfksAWMUBsmnAfVOkVt609tir/X4aT3'
    'dThtHwZrLN99A749A+m3IX2jQ83ffLvDazdGy78N6b90lEfvUv8M6JN99pj6zp6McK64/XWD0NtYU/iTttnljteG9pniD07j3DJ0'
    '5AJ9wUd975dwcMH6UtgV65z0ljv1cFHlw5tS+Su4Lw8+BO50YG6u4tuVO929Xq25tw6JUn/NstxXLnPSk9Y76a+2e/c65nkXy6Oz'
    'RcDF0I0xDA2K4/1Fr5PWKvwlZD4L83SLV+fw/juddOctapqlErpe2PYmmLd/7AYdEcW3xLXOt0PJvOM3Gesc/6bnddGfXXdp3XTd'
    '8BuWv7Fbj7PQl/p0+K6Dxez5cI6scf2xYnu1sDb/cAHEVLrYu0bvgzGt6PWuEX5bt1EPXxlCFyaFfazMsGvIz4JqnzNEdU9uUOxx'
    'ijfugHN0oMPLH1ftg1dhro75gLc/t3wC0g4zWI+S9njlB0761r1efeKvwbfnIK7nK9929YkxRucIxN08G2NpQizQXY944fsoTZvj'
    'QYOEjf2morFWCvu4oA0Bd527IX1xbulc2NrYXA3zifek0nhRB46PopT5k7bxe9TZ6cxXJfweRR3r2pTnTPfB0Yj3x/RnfRAMxb6z'
    'AnxnVRCGuH0cPUuqhd7HA7Xz4HmwLso3GhZeXwubhL/deTk481Qxsb5zsA80vy7+EPe1o4pbExQzPlXGeVOrOeMw9uVlIXEFP/t3'
    'PeGkTz3r0ob47XaItf3cwy4Ni+e4PLdl+jmItb3qJS9N84XnIc9z0Z3xq8hZLyKc83rS78Wwj6T/4OntpfWY2F1WCzd+cqNwbY6b'
    'nKtmpHYqiKuj4lEkp6J85oYy4kMmzLLY0IF3KOi1BOSL6TWVn8qx1FSh19A2l+Ky44Q3Tpqpf+mZDqvgnXeU3ymNiTGugg7fLyD3'
    'OJlfpg9p8s4h9czYW3rHm0m+vQ54f9ceLy8hAffIJ5/wnhcP/9BJX3g2nH98nFOb+WslfAnur1wU7rFf/XHp3r2enDPjxjdOTkGc'
    '3MR3Yigy2Xnaw8vMbda/pUxaq+ObLl3VCLI4pKceedFJ62AP/OAZJ88A2Z/tT0J8kD3q+rpJ3sN2ufWo8l5C8l4L9Z34gjrvOSRv'
    '624n/c5udd4zSN4d9zvpXOh3ek/p2E4Srk36DuAhvQ305N4HgP8E7Tz8oqs7hnP2HeQ37S6t9wjShzTgqeWPqft7CKlPPKjOU0/q'
    'ozhKNaZy7BSaGM4o8ZWZ8KdhbGmQ4xU8hInwS2Pjf2YJ67OtvkLgHCeLQ2iPYo5jutzgDAiYb98nGS1dHrU8ohV0Duj628QZn+Lr'
    'nyJ3q3D3sqCLWcT3NtV5ngfZ2e0DXvr4o2tLv1H6+LTtpd8offxHkEulFTIi/HbRR8vnp5QDi1NMjYHHvG8S0SOkyGLeq+TzlD/Z'
    'SmSsMQ4ywEFJ3Q0igkMoPqPiM2qCzii8rxz1KdCvAX2SQ6530k/f5pwhgyTvrltL875+HfCnIG8POYuwXlmf/HYF5THd6paX395P'
    'vvH211K+EWvvLPLtiD4n/cNlbsxr/q3+cufbCvLty6AHtbzPtenAb/vZt0VUd2RN6fjmKb7h+OYo2juiz3vu72ff6Ln/whbQ1zrf'
    'e+7/HL7934/H537k5/7OCp77O+NzPz73K3fuZ8o49w8UPs9E2aIciHOUENHxuqPkc68z4HO/34LP/T4LPnenBZ97mQWfe6EFn/tw'
    'C370dAN+dK0BDzwsjRC1LoupPkQrKddI9DFmkDpRVkr52G3C9ZeM3yvZZhT2cTlRno4K798ixXjms/yYj+vOqNpS+SQysS2k9pRo'
    '83CkMLcvt7WpC8rzphhf/2ozAT5UupmquLRIu81h+vso14ja1/1EwE+bIfyU4ysN4W22cP0e2MIbtaPl/sxGpygcZQ8gOGoQ9j4y'
    'qH8Q7sNsfwicMzJF4eBAOo9mCHPfidtEsJ/oRqIvvZXhA+4HKD9F1z9ZxvrHvkCYTPtL71zxQ/gCaQ1kGOnWIiq+gK/OghHLOyni'
    'hz5P0CXtjJIvFOuYGOxHUY7ud7CAplxeiQA7ivkPe/n+v37azROVXzLOo9ml0MMdIbp3QTbjMXyWDZ9l6EAlI4XPUHKCqXuop0x1'
    'N+yeTiu9kPhsn8xPZ0XPdp0NYFNH+TaARRu+LaX1XgP6Za8wPygm/k0WCb1/Eyo75/4+qOyc+/ugsvOPQZ37tntl53eBX4ULbvee'
    'ZUsvAX+Vl5d/lunWoxnW44qQONfUf0El7EmrxlwebxT0DPerQdeC++MIS8/MZOOhvrB/AP5TPr82nI547ONJ4eNpZxln4E77My45'
    'ieEcbev+C3yJHUXeHXKxF6fJfDI9c9iL02R++o3itNU9Tnr1Ou8+Oixf+i32Z3bgwno5OD3W8ZmaupsZQvNgTAzd+bqKfPsmwxnv'
    'It9eBv9e5/aW+g8v+v76INCV613/4Vwn85nPurZ1qHsg6TuZntPh+gJrJHiYt1uk+zpKx0Zt65DGwzxBPrpiPFcWnptbBp4LLBuV'
    'XuP0WK/xoNNrLIf+4z6H5gt9PF+MKzEkSuMUXCu8/jg3iFJ/nIMkD/pMGmD1bCB58qytHuHqzet8f2I9F8L8BMk9eczE9zC5uSpe'
    'h0omuly4/qC62LiXkv7yGBLoM2o+kbsPK3QpdL7Qg/qF/pBt44V0Cb2Px4WEDrONhYC6YTbwWcf0NHMBuqT8Dsvhe8Ek0CXW7blW'
    'wNEJwOPo+4TrsVKdgUQF51+FA4Y0cL5Gsed0sU0o7HeSPbdJmMU9kOWOh7ukKn5lv4XOwwjTcxlge2GrpU7ECNOJQn/6x0N6oo9O'
    'xGSEVdSTrhPl+zou+qsAfd6/eMauHJWxlTsfYfW4kIechjUUbN1k2elwRiU0eicJeFdnUB51b6l+vSx7LtHZpbhQ5v+wUOvXXzGB'
    'Os04b1w/zTQuWC/MdyoRTTyx3wj7WGavicrEIJNxPmcJ8xgmNvFOsI3vwJ1RFR+Dj/MeciaZ6Az3M/rsvwuzeCN+a0Tjrnw0ovrQ'
    '3+ewcONlLk876Unp0vpPTTvpR9rc+pdC3k5IOyB9F6TLIF2VLq1bvkeaFHV7Vwe0d4xwfZ6dAd9uanPSm9u8Or68PKVJVXKEpT78'
    'kYVC7/vsKMLLGAGbjbfALuOJZ12dYh0vd5oPL7dOwSvOKXjFqlgwUeC2XJm4DfNTWyEV7jetl67vtZD+OOT5HdSnqOYwWyadocpX'
    'E5LOeBB4Yq9C+iakezvC0T9R9ev3a8qf5+oI6DmT8QTZx+n8KgfFR+ZyJz/6Ogr6t3YSzdemEPPF7038roDlJtJXNJ2DlA+umUlo'
    '5wS5y2L5VED5KOzJkhUeI5WjLiF3OTGB5xSFoQFGkw6QvRxEZ+WFPvZZTRl9Wy/UsQa7LPYX9+chy29kY+1lPK4j4e5vYjOligM/'
    'wOrdpOFNYr5tATy2cuM8pyJYg20Wcx4VryFs+3GsBZX/Z+epVKyFVtifdG2uFLFdC9VT3nlVWYqSvpIjzt+RZ+qLjC8v4j0U76F4'
    'DxnvIRo7Su6n3yTcMwvlXDSuzCzLs3qRRX7k3xxmebfg9F2PRXmMy2c7rqMtx8Xj48S4J8Y98fntPb+z8fkd76F4D1md3znhxhK1'
    'tWPgfKlmIoNZxHTsVopSfwHVwt9fQDl8kcnEX0W5oClfFPle5fK86iOYP5S77hd2flFs55LqkpjIliu5Vir+ULqMuQyaM1s+XStZ'
    'b5s4gQ1ljGFQIY/HNZM4YJ6in3SfmcINbcvEV04X4S9if+idJIg/OeJzB+DyA9U4eJ3lwllYn1tB4+zTjCfP5g35wDPY/PSJ8H61'
    'qD0SXV/UVWgiumxbDNdcxQPW8dfrKjCntnoVm0Ly449jPN5hhc4p1m+q39JreT8Oo9u3AvRPaN/zws4HFl1reV+eazHGDQpcwtcl'
    '7PqqYC8qWXPQPh5S7KGgMoMa2Onx2TOHlHFWUDyuwi1NFnudwhzCVW3AXkCdquNAx09FDw5o9NT9YGpUgTOD+mGzJ3V6Ou0KXKzC'
    '3Ukmw9vA+t1P0kYoN0cxBpMzk/ZrkLQX1F+VbTwdQ5rcR0zPbg7f24TaLx+3JTDVRez36b+KzmouY+9sJW2p7N6PYTDeTM7QdlbH'
    'oGb9ewJgDWEJy5jqnW5i81RL9N8HhdfnpR8s+OGRNIPzPs3+G/ax5/CTVQ/4zFOUeuJFHcN2u7v2NAWdgHqFNvYJCTIv1EeTziZO'
    '5Ztj0Yul/qLbiZ7j8ufAjwb4zb77GZcORL+MGNv1t4/bzVkblPvdLjUMRal//cC8cDYq0+FXI7w+0dG3os4nepTwlT3fSb+xxoUX'
    'qmfz5g0AA+fr9SlqfGwYVHBx3QfA3vcCrx/x2l73W9FfwsXl+UvJVmBPCoCvT+9x4dum/OU/Av82u6PjI1C4l/ulaAvygJmfRg7/'
    'suy0B91YzBOl16lbu2nw4/d7fs83vUv0snMiyDZRR9uZnh/DQu3fuUejY1nLxhpEF5vQ+3QMXPeqVzG3ujuz3NMni/J9a9O7S7/w'
    '+s+tlG9bep4Pauw8CuhKXBzB3EfhS97ETmVknOatT5jbwPZo7FCSDCchjCWgzXdi4naCq4vETqUUIyfcuLp9SPOwdEio7QGvYXOA'
    '9pyY8vj0WzXpEuH63cEYD53sbETZCsbYqGf6rN2Q4h7dTO7g3Hbjbs0c4h5tgTU0pctHDe8+YfhUTRo9zs0GvJRDIuYVqXRDM4Qn'
    'raJpj2a4cZClvQpcWmke2mLhxhnYquHjjghzm90hUWp7PIOcsyMB+rq97Gyj62tCgzcRGPGTwQWttSnfS3X+7fc5/0zOeNX+Ozfk'
    '+qrmeETofRb4yVFxD07TyDI2a9ZWh7OlDlUbq2u95gwdsODhDWvak23NVux/U/5PXkEj+p1FOp6t/LfONn5rwFh6GMxRnWx873e3'
    '5vr369lYBhmfkN6pXgYbrf+A9L4O//FWCdeeWuIt/HY32at3i/L8Heh8nnSKYJ8nJ4nK+PU4QpRnB422vtRvQW/AHt4mzNYiw9bi'
    '+/Pctfj+PDs673fAc2mC9GHw733Vw267swFP17CftP+Ttn/S7k/a/A0WfrUFJPfomsI+Kvz7lk8I8fNPmCujBNkUFmkhSGU7Mn0U'
    '4p4OwHvZZjE+6Sfc/rdC/6vZ75FCme8Vfm8XfncUfj2F33mF34cLv4sLv3Ud5v1+BNr/HqRvQ3oHpD2QngfphyG9GFLZFva3hqxz'
    'LeED1RbGet1tpe3Wwvjle4ozshqcgXjgKxD39STwU/ur7V4+rI4W0MFnC8xzlv1WFPr4xg2FubhUiAvWFvbblUL8+gL/+VwB43oD'
    'eE6ybNGfLsSwl3UU/dFfEAynEkZm9ju4T+I9ifP2A9zeC+l9HXZwinAn69Xh1WJ8XQbH97K/7yPr3gb9r2W/GesK8z/qwNIjsNf+'
    'vvD7FsCpLbzScci6i7TWaCm8PsL23d9D+i0GtyZwnCbwKH+vFNr8bXdpP16Bfsj3qpjR2O4biv5wX6T/DN+eDDjbaP/SpH9HXF1Y'
    'p3xp/+S74vrl1bKWf/1zJ62+zduf3Cf8YyWr+oO6OknguUt+O+0P58OH4QvydmtZuzLWo+RP0nYx/qN8b9Muxpi88OVofOeq/FLb'
    '1psT3limeFenMVCD1kfyRyVvVPjwTDmfYfWe8v1a3ww853kPe331Ij966ZNeePz6fZDu8odH9AuG+gloNzz0oCND6njBi0+GHiz1'
    'XSHz2MAJxg6VcCLT5x6GedxlV8/O78I5vCt4/U58TIjXHygdx4ngc0O+DwPnu/Z45zHD5vGJwh78aWG+rnrEO49PAN/+pzCfMo9N'
    'PxA/iGe948+x8b/1uBP7lbb/1uNuTFibdn/+7dL2dzxSHoy/stuFZw7HN+91YcQPjqsJjk9D2SefcNJLXvKeNfjtkd2l7dz9qNc/'
    'rCxfpL8eUudV8TQTRF8Z+3RyYZ9eUvitLIzz8ofVZ/XJEMv3EkhXwh6T+W3W6CbYG5c84qQff6k0rvBe8AP22gNeGM4xGJb3BXlX'
    'oOcT9pfeJcKcVQ9DPOYXng3vx4zfnVLs7nTXHre/d1nK7vY+4t6dKtkOhfMgXCbPd3m203VoCyE7V+1Feobz8+bCR2G/K/Yp7hGJ'
    'E0zpnwZCj62W+gH3l45pNegMyPf03lOjufdgX/7iefc84f3sh7hXTz9odi5Wsb1wb6FPtxb25ur7vXvhXujvrbB3V99vBwMox13+'
    'sl25P3uuNG757XuCzwOpq3H7ntL+U/0Nm/ZvhTlt31O6HjOF/fmAeFWmib1eHIgxX6aJcDTD6qdd/CfrmkX6Gbaunz7gxakme4DT'
    '4iOFPfQHRqOMwL76gyWNosLLYc4RjAV3H/COFnxbf37o+IhVY+545L8rEb8Fae85wEutHnPHIP8dVgdBh+t1Y6L3F/TbJn2ujUd/'
    '/x9dCsev'
)
