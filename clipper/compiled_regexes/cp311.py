"""clipper's regexes as cpython 3.11.7 compiles them. GENERATED: do not edit.

Written by ``python scripts/build_regex_cache.py``; clipper/regexcache.py explains how it is used.
"""

# fmt: off
ENGINE = ('cpython', 3, 11, 20220615, 4, 4294967295, 1073741823, '14.0.0', 'little')

# (source, flags, flags compiled, first code word, code words, groups, group index, index group)
PATTERNS = (
 ('!\\[[^\\]\\n]*\\]\\((?:https?://|//|/|#|\\.\\.?/|mailto:)[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*(?:\\s+\\"[^\\"]*\\")?\\)', 0, 32, 0, 186, 0, {}, (None,)),
 ('(?:(?:^|\\s)[a-zà-ÿß]+|[,(]|\\s[-–—])$', 0, 32, 186, 68, 0, {}, (None,)),
 ('(?:(?<=[^\\W\\d_])[.!?。！？…]|[\\"\'”’」』])\\s*(?P<sign>[\\[(（【<〈/]?\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})(?:\\s*[·ㆍ,、]\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})){0,3}\\s*(?:선임연구원|칼럼니스트|編集委員|論説委員|객원기자|논설위원|선임기자|수습기자|시민기자|인턴기자|전문기자|편집위원|特派員|대기자|통신원|특파원|報導|报道|記者|记者|기자|위원)(?:\\s*[(<\\[]?\\s*[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*[)>\\]]?)?\\s*[\\])）】>〉]?|（[\\u4e00-\\u9fff々\\u3040-\\u30ff]{2,6}(?:[、・][\\u4e00-\\u9fff々\\u3040-\\u30ff]{2,6}){0,3}）|[\\[(（【<〈/]\\s*(?:記者|记者)\\s*[:：/／=]?\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})(?:\\s*[·ㆍ,、]\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})){0,3}(?:\\s*(?:선임연구원|칼럼니스트|編集委員|論説委員|객원기자|논설위원|선임기자|수습기자|시민기자|인턴기자|전문기자|편집위원|特派員|대기자|통신원|특파원|報導|报道|記者|记者|기자|위원))?(?:\\s*[(<\\[]?\\s*[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*[)>\\]]?)?\\s*[\\])）】>〉])\\s*$', 0, 32, 254, 3226, 1, {'sign': 1}, (None, 'sign')),
 ('(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\s*,?\\s*$', 2, 34, 3480, 834, 6, {'ampm1': 1, 'hour': 2, 'minute': 3, 'second': 4, 'ampm2': 5, 'tz': 6}, (None, 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?:,|&|、|\\band|\\bund|\\bet|\\by|\\be|\\bи)\\s*$', 2, 34, 4314, 87, 0, {}, (None,)),
 ('(?:19|20|25)\\d\\d|\\d/\\d{2}\\b', 0, 32, 4401, 66, 0, {}, (None,)),
 ('(?:\\b\\d+\\s*[^\\W\\d_]+|\\b(?:an?|one)\\s+[^\\W\\d_]+)\\s+ago$', 2, 34, 4467, 117, 0, {}, (None,)),
 ('(?:^|\\s)[^\\W\\d_]{1,3}$', 0, 32, 4584, 38, 0, {}, (None,)),
 ('(?:^|\\s)[a-zà-ÿ]+$', 0, 32, 4622, 37, 0, {}, (None,)),
 ('(?:^|\\s)a\\ cura\\ di\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 4659, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)author\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 4757, 87, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 4844, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)da\\ redação\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 4923, 95, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)ein\\ beitrag\\ von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5018, 115, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)par\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5133, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)penulis\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5214, 99, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)por\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5313, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)posted\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5394, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporting\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5492, 104, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)story\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5596, 96, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5692, 89, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5781, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5864, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)текст\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5945, 104, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)作者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6049, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)記者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6128, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)记者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6207, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 6286, 82, 3, {}, (None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\)|copyright\\b)?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>(?:[^.,|()\\n]|\\.(?=[a-z0-9]))(?:[^.,|()\\n]|\\.(?=[a-z0-9])){1,59}?)\\s*(?:[,|(]|\\.(?![a-z0-9])|all rights|무단|版权|alle rechte|tous droits|todos los|$)', 2, 34, 6368, 742, 1, {'name': 1}, (None, 'name')),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 7110, 1043, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d.])(?P<year>\\d{2})\\.(?P<month>\\d{1,2})\\.(?P<day>\\d{1,2})\\.?(?![\\d.])\\s+(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?', 2, 34, 8153, 890, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:(?P<m1>\\d{1,2})[/.-](?P<d1>\\d{1,2})|(?P<m2>\\d{1,2})\\s*月\\s*(?P<d2>\\d{1,2})\\s*日)(?![\\d/.-])\\s*(?:[(（](?P<weekday>[月火水木金土日월화수목금토일一二三四五六天])[^)）]{0,2}[)）])?\\s*(?P<hour>\\d{1,2})\\s*[:：時时]\\s*(?P<minute>\\d{2})', 0, 32, 9043, 560, 7, {'m1': 1, 'd1': 2, 'm2': 3, 'd2': 4, 'weekday': 5, 'hour': 6, 'minute': 7}, (None, 'm1', 'd1', 'm2', 'd2', 'weekday', 'hour', 'minute')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 9603, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 10144, 1044, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|wita|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|wit|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 11188, 559, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<![\\w*\\\\])([*_])(?=[^\\s*_])(.+?)(?<=[^\\s\\\\])\\1(?![\\w*])', 0, 32, 11747, 79, 2, {}, (None, None, None)),
 ('(?<![\\w*\\\\])\\*\\*[ \\t]*(?=[^\\s*])(.+?)(?<=[^\\s*])[ \\t]*\\*\\*(?![\\w*])', 0, 32, 11826, 96, 1, {}, (None, None)),
 ('(?<!\\S)@\\w+', 0, 32, 11922, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º)?(?:\\s+|(?<=\\.)(?=[^\\W\\d_]))(?:de\\s+)?(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|settembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|febbraio|dicembre|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|gennaio|ottobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|aprile|maggio|giugno|luglio|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|gen|mag|giu|lug|set|ott|fev|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?,?(?:\\s+|(?<=\\.))(?:de\\s+)?(?:(?:ค\\.ศ\\.|พ\\.ศ\\.)\\s*)?(?P<year>(?:19|20|25)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 11949, 3908, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|settembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|febbraio|dicembre|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|gennaio|ottobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|aprile|maggio|giugno|luglio|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|gen|mag|giu|lug|set|ott|fev|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 15857, 3996, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[.!?。！？…\\"\'”’])\\s*(?P<sign>\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\))\\s*$', 2, 34, 19853, 1475, 1, {'sign': 1}, (None, 'sign')),
 ('(?<=[A-Za-zÀ-ÿ][a-zà-ÿ])(?=[A-ZÀ-Þ][a-zà-ÿ])', 0, 32, 21328, 53, 0, {}, (None,)),
 ('(?<=[^\\W\\d_])[.!?。][\\"\'”’]?\\s+', 0, 32, 21381, 221, 0, {}, (None,)),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 21602, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 21628, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 22221, 240, 0, {}, (None,)),
 ('(?<=\\S)  +(?=\\S)', 0, 32, 22461, 33, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 22494, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 22525, 77, 0, {}, (None,)),
 ('(?<=\\s)PT\\.\\s+(?=[A-Z])', 0, 32, 22602, 41, 0, {}, (None,)),
 ("(?=[^ ]*[AEIOUaeiouÀ-ÆÈ-ÏÒ-ÖØ-Ýà-æè-ïò-öø-ý])[A-ZÀ-Þ][^\\W\\d_]*(?:(?:(?: [a-zà-ÿ]{1,4})? | & |-)[A-ZÀ-Þ][^\\W\\d_]*|['’][^\\W\\d_]+)*$", 0, 32, 22643, 156, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:T|\\((?=\\d{1,2}:\\d{2}\\)))?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\)?)?', 2, 34, 22799, 1611, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 24410, 980, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?m)^#{1,6} \\S', 0, 40, 25390, 22, 0, {}, (None,)),
 ('(?m)^\\s*(?:\\d+\\\\\\.|\\\\[-+])\\s', 0, 40, 25412, 54, 0, {}, (None,)),
 ('(assine|cadastre-se).{0,60}newsletter', 2, 34, 25466, 108, 1, {}, (None, None)),
 ('(jetzt|gratis) (lesen|testen|abonnieren)', 2, 34, 25574, 124, 2, {}, (None, None, None)),
 ('(powered|designed)\\s+by\\s+tistory', 2, 34, 25698, 106, 1, {}, (None, None)),
 ('(sign up|subscribe).{0,60}newsletter', 2, 34, 25804, 99, 1, {}, (None, None)),
 ('(©|ⓒ)\\s*\\d{4}', 2, 34, 25903, 37, 1, {}, (None, None)),
 ('(наш|наш канал).{0,20}(telegram|телеграм)', 2, 34, 25940, 93, 2, {}, (None, None, None)),
 ('(にほん|日本)ブログ村', 2, 34, 26033, 41, 1, {}, (None, None)),
 ('(打开|打開|下载|下載).{0,6}(app|客户端|客戶端).{0,6}(阅读|閱讀|查看)?', 2, 34, 26074, 122, 3, {}, (None, None, None, None)),
 ('(扫描|扫码|掃描).{0,10}(二维码|关注|下载)', 2, 34, 26196, 73, 2, {}, (None, None, None)),
 ('(有料|会員)(会員)?(限定|登録)', 2, 34, 26269, 64, 3, {}, (None, None, None, None)),
 ('(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ]', 2, 34, 26333, 180, 1, {}, (None, None)),
 ('(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,}', 2, 34, 26513, 156, 1, {}, (None, None)),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 26669, 227, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 26896, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 26994, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 27173, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 27254, 21, 0, {}, (None,)),
 ('AI\\s*학습.{0,10}(금지|이용)', 2, 34, 27275, 55, 1, {}, (None, None)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 27330, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 27568, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 27822, 190, 0, {}, (None,)),
 ('[ \\t]{3,}', 0, 32, 28012, 18, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 28030, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 28268, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 28296, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 28476, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 28668, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 28874, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 28906, 30, 0, {}, (None,)),
 ('[.!?](?=[\\s\\"\')\\]]|$)', 0, 32, 28936, 56, 0, {}, (None,)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 28992, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 29111, 139, 1, {}, (None, None)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 29250, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 29566, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 29787, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 30280, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 30604, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 30810, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 30838, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 30858, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 30890, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 31052, 16, 0, {}, (None,)),
 ('[\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]{2}', 0, 32, 31068, 112, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 31180, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 31386, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 31672, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 31868, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 31922, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 31946, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 31970, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 32013, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 32275, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 32569, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 32587, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 32604, 29, 0, {}, (None,)),
 ('[{};=<>"\\\\]', 0, 32, 32633, 28, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 32661, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 32785, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 32915, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 33122, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 33392, 230, 0, {}, (None,)),
 ('[、・]', 0, 32, 33622, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 33640, 104, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 33744, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 34163, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 34179, 44, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 34223, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 34312, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 34431, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 34506, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 34587, 16, 0, {}, (None,)),
 ('\\[([^\\]\\n]*)\\]\\((?:https?://|//|/|#|\\.\\.?/|mailto:)[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*(?:\\s+\\"[^\\"]*\\")?\\)', 0, 32, 34603, 186, 1, {}, (None, None)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 34789, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 34825, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 34938, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 34982, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<\\"/^:])', 0, 32, 35006, 28, 1, {}, (None, None)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])', 0, 32, 35034, 28, 1, {}, (None, None)),
 ('\\\\[\\\\*_\\[\\]]', 0, 32, 35062, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 35086, 44, 0, {}, (None,)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 35130, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 35613, 277, 1, {}, (None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 35890, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 35991, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 36016, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 36865, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 36973, 33, 0, {}, (None,)),
 ('\\d', 0, 32, 37006, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 37020, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 37048, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 37195, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 37410, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 37542, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 37661, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 37722, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 37834, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 37961, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 38082, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 38356, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 38490, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 38627, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 38684, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 38803, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 38831, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 38847, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 39111, 4095, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 43206, 55, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 43261, 289, 0, {}, (None,)),
 ('\\s+(?:septiembre|diciembre|fevereiro|noviembre|september|septembre|setiembre|settembre|december|decembre|desember|dezember|dezembro|dicembre|décembre|febbraio|februari|february|november|novembre|novembro|setembro|сентябрь|сентября|agustus|febrero|februar|fevrier|février|gennaio|janeiro|januari|january|janvier|juillet|october|octobre|octubre|oktober|ottobre|outubro|августа|декабрь|декабря|октябрь|октября|февраль|февраля|กรกฎาคม|พฤษภาคม|agosto|aprile|august|giugno|januar|jänner|luglio|maggio|август|апрель|апреля|ноябрь|ноября|январь|января|มกราคม|เมษายน|abril|april|avril|enero|julho|julio|junho|junio|maerz|march|maret|marzo|março|марта|aout|août|févr|janv|juil|juin|juli|july|june|juni|maio|mars|mayo|märz|sept|июль|июля|июнь|июня|март|сент|abr|ago|agt|agu|apr|aug|avr|dec|dez|dic|déc|ene|feb|fev|gen|giu|jan|jul|jun|lug|mag|mai|mar|may|mei|mär|nov|oct|okt|ott|out|sep|set|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв)\\.?\\s+\\d', 2, 34, 43550, 2473, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 46023, 220, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 46243, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 46276, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 46317, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 46338, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 46396, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 46422, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 46438, 16, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 46454, 179, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 46633, 104, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 46737, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 46932, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 47312, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 47367, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 47481, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 47778, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 47956, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 48013, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 48070, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 48127, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 48184, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 48245, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 48302, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 48342, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 48525, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*:', 2, 34, 48685, 206, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 48891, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 48973, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 49113, 30, 0, {}, (None,)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 49143, 97, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 49240, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 49341, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 49367, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 49391, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 49901, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 49925, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 49949, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 49970, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 50378, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 50519, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 50641, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 50662, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 50853, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 50906, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 50925, 171, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 51096, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 51134, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 51213, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 51369, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 51525, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 52370, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 53214, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 53360, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 53551, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 53597, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 53843, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 53921, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 54133, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 54365, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 54476, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 54723, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 54847, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 55469, 369, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 55838, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 55987, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 56575, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 56781, 199, 1, {}, (None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 56980, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 57327, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 57635, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 57764, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 58011, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 58379, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 58494, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 58783, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 59128, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 59639, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 60097, 162, 2, {}, (None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 60259, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 60646, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 61210, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 61477, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 61952, 71, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 62023, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 62369, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 62444, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 62590, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 62725, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 62838, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 62912, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 62989, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 63116, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 63486, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 63528, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 63621, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 63667, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 64537, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 64962, 510, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 65472, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 65545, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 65755, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 65838, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 65982, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 66128, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 66258, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 66386, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 66502, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 67005, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 67177, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 67432, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 67618, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 67805, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 68258, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 68479, 171, 1, {}, (None, None)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 68650, 1360, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 70010, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 70078, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 70156, 311, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 70467, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 70548, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 70638, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 70714, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 70789, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 70846, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 70893, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 70932, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 70971, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 71145, 97, 1, {}, (None, None)),
 ('^\\s*by\\s+', 2, 34, 71242, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 71274, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 72239, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 72319, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 72402, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 72451, 105, 1, {}, (None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 72556, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 72641, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 72798, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 72846, 207, 3, {}, (None, None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 73053, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 73177, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 73281, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 73329, 77, 2, {}, (None, None, None)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 73406, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 73673, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 73711, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 73740, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 73784, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 73840, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 73899, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 73937, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 74040, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 74129, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 74281, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 74362, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 74533, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 74586, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 74702, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 74826, 60, 1, {}, (None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 74886, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 74985, 30, 0, {}, (None,)),
 ('コメントは個人の見解', 2, 34, 75015, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 75063, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 75107, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 75153, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 75185, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 75233, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 75285, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 75325, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 75361, 24, 0, {}, (None,)),
 ('구독\\s*하(세요|기)', 2, 34, 75385, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 75431, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 75461, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 75511, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 75585, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 75645, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 75697, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 75727, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 75761, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 75823, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 75858, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 75904, 48, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 75952, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 75978, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 76004, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 76057, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 76097, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 76139, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 76189, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 76290, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 76344, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 76397, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtvQmcXUWVMF5v6/d6X7J1QgidkIQkJKETCIRsNBAFRyCsgrL28tJN0ulumu6ExCBBQFFwQBxcRmfc/59gQBb5CKBjYISEGUFB'
    'xXHG0TDiX8M34/KhDgpjf6/ePYd73nlV91bdd193p3Mvv0el7629Tp06ddY6IURV7hfL/Spyv5HcE8+l8jc797tUuE8DvGuA9825'
    'Xw18k+Vqc2k695sCeS6HtAryxNj7BZC/Gf7ugXSIpQOQp4LVcy359ypIjyNpfe63HNpQfTs290uxd/PJu6PhnRxzHbxbqunLUvJv'
    'rGtS7tcI77ZA2g7p1ZD2srH2k/HUwzoIaLOWzXUG5noqzOVCeFdD+jYNxoHlcN6D1tcA74OWb4I+NZN38t+V8G+sK6lpew6bf5l/'
    'MryneZpIX2OwfklSlywn4aIF4CNF6qwHmM3AGHlfVOsSY/MwFdZ6B/z7Z/I7aV/WMRPaqYW2ZX8Xk72BbeFYVH2pJfC9BNqalBvU'
    '5JbivlbAOPl8JMl8vA/+xjHVwtpMgXbrIa2CNq8kY6oFeK6CdkTM+4mzvxOxCfXkpzfeJnaJEp42j29Jn7K5dfdtW67nJsC9cv26'
    'YP2S0fpJkBY3i5KeOZ5fP+dfAcc1lQznqvBkI/xb7ueZKafc1Wyf2qyz37of4k8iPzE35tFZJtAqO6Di8d2gCov1TQP+boY1jBOc'
    'nYIzQOwW4os/KjxvWmLO+YJ0W4yUS2O5c3Jtf9bB7anWQjpihqavMc3ZFAvYVhP09/e53/+FMtWkPfn8xTmu3npGRm64QZB90snO'
    '5CtgrhIB8FpsAuK1XVeVhNfiXh8zAJ8Udq4nBU3pvWjdD+11b2Lnl4SDewEXJizwXcnnVWLirWMeaRY8u8JZRNXTUvwqOquisyo6'
    'q6KzaqKeVU2WOK4WUHLLk0568z4n/e3TwOe7z0m/94zTzj+TMjufd9I3H3XS/Q856ZeectI9Lzpl/gFgTL771fVO+szHnfQH73bS'
    'ly908j5M8r70YSfd/WF13q+QvEfudvsp09b7nfTOfU7evyN5dz7opHNhzMl9hWO8i+Tl88Lr/SDJ2wzjfuQpdd6dJO9PIM+bT6jz'
    'XkPyXgdtn/CCOu9Gkje530lXauq9lOTd830nfeFZ9TycC3Ak320fdNJ1WwrX4AySRy6eqs11JM8jMIYDTxW2tYLkeexFJ635fmGe'
    'xYRnuOwSJ627zPk2j3z7coeTXnCn820W+dYMsJTa5XybRr49cFvhtwbyjY+pknzj80bpxmsD3JObCZmkxNEx7zu/bVt1DJ/jOhwL'
    'NMQSkBNw3NMAfL5m6B+to4LkRx4vPasaSX4qn7CppynMOY3nh9LiNae27UW8Kx/elc+ce5+S8ZIvC0izb80B2Y8APjIjztq1QxUV'
    'sHaXURrHls3mM5CwHzHGTwvZH0Eeiid6hXvvpvKmWKuTvtHq0qXRmo39mqHMr3LE2VufzV2W/y4V4b/xyLu3uSfo6KdKD/rJVv6D'
    'e5iemZdZ3C0n+BMHdtncwJt8l6/oNZLnRDyyiEcW8cgieU4kz4nkOdFZFeGs6KyK1n2M5TkSFn4RkD6P5DuRfCeS75RHvtMUyXgO'
    'axlPxNMcfzIduj8bLfeJn53JNMafpPrqiCvmPuPiadmXdyi+ffsl59tp5NuZFzjp2ec731Yrvt1+pfPtBPKt6hw3Tz3sHfxWzb7N'
    'h28LYBwy3QJzdhT5NsC+4Z7FcriXMQ/+XU/2HNbjlTfoOjVBGU4Xx9mdqoqtVcKSdkJ7OrRpW0venbbRebeSvPtj1nl3PHkn6YB6'
    'GHMdzEMPaVN49LkeNtIsMm9J4dqg4VjiPmNPkb+pDG2pIm+sBNuNpEWfGqFf1M4P573eol05jgrYM40Byt78TfWZ/q6A52w1Ox8q'
    'RKGd54vb7etthHps5jYd0tzK/gad28xzxXOL83uGCDYPGYJvVXjsOA88tsACjx1pgceaoP/y2zDZ4zIdFIX0JH6rgDXjeLCSzNH7'
    'Y8FgkNv4LiDzVwX9+AqkvN9DkHZC36pJnm4yfswbBFfYy/XiE57H8JbhbKDHV6xnBT8m56mEz8k+cLeK1emHt5D38QToTqE8GPmg'
    'xxTBTfywfoQHj09BNO8KAlkxstcpzjqf4LMd7Ns7Cd5BXJGF9cPz8FpIbwAch/Ug7VupKE/zLCf01JpkYd2nJp30pplu3auSTrm5'
    'pG/bWJ/Qt8Ey0qcONrbJAKem5YfIeaPD+dWa/bMw4B2Y17M4pHsQ9T+QInXXA48A380n65gi+lry3YkwXpwLeob3QdolXD8XPO+w'
    'Jm8LjI3mzbJzCnlBNM92UcgL4uXp2U2/rUwGO/u87phJaGcuu1Mug/RkUcy3Wo78K1HMt8JvKxjMqfCv6h3Se1M139FniCl+V8E/'
    'nwf05VJBaJX5PvKPqhB5Yib+IpCfeTz0r4bAMd9/CKsxBT3Vz2A5q6GnYmUei217dM92k7F44Y2kKN1fCY4RdUFNx2iKz8rpR+WA'
    'KPSjoutTdQh9ovebFkLPU/w5qMnX5XOm2fBPphveiWeMqOlPr/rrGY9mxkjxuYr9TZH64uQu5LUOmRDXQXW/6mE4YPAwmttkSHPb'
    'Qc7ww2XuakKauy7N/h9ktFMXg+NfQvpzAr+Hy9w3hjT3WYN7Qx9blw6LskMKHI9nNa1zq4IOOVzWMhXSWg6wOT6c8HhlyHOYZfQw'
    'npm9PjDvxVeI4DnYWhyOdEl1GebQj+c1pDhvVXj/cKJx6kJaB07LqGAb18DkPFadoYfj+lSFsD6m+4Kv1fZo/kM7dznuuY68P9zn'
    'uGIU5jiiTezm8nC+r6RDwrkZ1F8CGdnNM530FiIrW5F0ZWZecjWT+iKelvn6yH5dtsHVUY7mzm7uqO53NHd2c0d14w+XuYtDP6bB'
    'j44L9eOHRWGcA64X1UDuBFtIXq731qjQvzyW6bs3kn4H0W1VxSfQ6eQE1ddsUsxjQqEXcA/MwSJ4J8+TF+e6thyVRA8D5VOo84Ax'
    'BmYw2VU/u8dtJ3cDv/tbN5O7BNVdmwb61yo9YRzzYsWYjzEY8ywYdznHrJLBN1mO/ySFvB31F7z0xRYEkNPT/bIE0kktwXTa/PrY'
    'FEDXRof3FhMd0SB6roLocdTC9ylYXha64C0VrQadHYRc941Md/wqQgtGunRcl24kUW5dOu6H4L3wfnW03hN+vScJe1sX1NkvsmVr'
    '9IeHNxk8pCJ4GBfw8HHhxOaicsNeknJ5fJBz3ou/Wg90LeKbE8CW+FcPOd/6yLczwS749G7nWzfQ/Lq+I6/LS6egU9Ffqv92DqGR'
    'OB942GdsXJeJtt9vKDv3mzupj3iUpn9dhrIf2s9ewzL1TIcu5aNLiTpMaP9FaRSqK7dUQXvY3D1oLDlTHydB7zhB2kn66NNWeujT'
    '8vuB6T0pJfzt++T5/+WEPX04De6aqjsI6mNnyTu0U7qKvNspXH8B3JYK70YXknvMAXi3geQfFoX2VWcS3fh2DYy3G8D4iUSn9oBB'
    '/kWkT8cnC8d8tHD9IbTVOekxkM6DdHldoa5zGDr0eF8p5Z7FbY0rRGRrHIatcVrY2xpnLHFVpYhsjctpa1xliZOrRWRrbDq3NZZz'
    'Wysmpq1xnZjYtsb1ory2xminFNkaR7bGka1xZGtswh+JbI3La2vcKPxtjZs8dGNL4SWY0BKUl1Aqj4DLOE3KpzTzs9SDvtWN31TO'
    'Hd31ortedNeL7nrRXS+660V3veiuF931ortedNeL7nqjcdfT2RmkhOunmcafWAJnId9jadDrDCo/pnE4sA1Rwh1QzsXpcs1KvAca'
    '0yTdwf15mvQnbdmfX2QL4SFFaEiT9bSRU/63hjZdINyYmoLcrWSeH0B7TSLsJwaDTiTzg8anIj/kfPuVflVUeX2sJv+uITNaV1+o'
    'kdUY3oi43+uGBn3mFquqM8Y4PGCEyhZ6AfR8Gux6bPTEXcC0feJFx1WApyHwQGOWc0T5EDVkCLjXpxDcj/E5VXuWf7fRWeB3dRO8'
    'Vm1J3/dCHSkj+j6MqIvjNmhX0phID/S0mdwCfNsuNy8iTPrlSAvY1dErpuWRHj3Zoky56JFytD+a9Mf/MaQ/ZJ0/FoU+BCM6JKJD'
    'IjokPDokTHoibLwU0Q8Tl34wpRumwdkb5EyT8iAVz6TCh+ZYqjnjStG1P65E+fhxolA3/kgxejry9USma1OG8rZSBrL449i6R7r2'
    'ka59pH8R6V9E+heR/kWkfxHpX0T6F5H+RaR/EelfRPoXkf7FeNK1p/yEGoJbM+x+u0rode7TUCeVU7TCvV5Hm1I6H+/5vPzxJC+P'
    '39tI8AAts8KjTdu4vJRn0cBoBRNYxLPtE7FCmkEV8wLz3h6zgy0KG7L8TlK+M0Bfe0n5bIDyl7H+25Y/K1bavl8T86dHjo/50yOL'
    'Yi5u2GzR/5mk3CaLcnWkTz2kXZonBXX71dnNyv03wXOdFn06KBw/QkHjIdC6XiJ92GJQbjOU20/KmeJaWe5xy3LYz92knA3c/j05'
    'b3R7+25S94BF3R8kdQ9o6n4fydOpyTNsuQZYrltxlvK6ryB1d1jUfa6i3zyW4hmKueV51pE82zR5VhjQBIsD0gSzCC2jiwVJ1w+/'
    'NZBvnewbve/p7kvIn0a6QOWX0/SuvYDQEDGgUyYTGgLpifESIzThQ7vUQXuLIL1MQbtQ/grmu5LRGujHEfPTWIA1mrKURpkh9D5j'
    'E1A/l+Xw+mnfq4meg0omQcdNeXIqP+lB5o6+X8R4VriOFURO0CAK/SclFfoZqvnka+U1jzHDeVyk4bWZ9JuPu5T5j5P5z4hiv1K1'
    'rN024W3jWefRVsanrboQ5ITTgAZX8b6Rx1WnwJHI26L5H1fIV9JMhmfiz3k69CtJ4Iba13rta9M4ptPInMXY2Zi16G8TwRdyrLMN'
    'ztCs4kzxo3Oy7DzpEMV+8/L3iCpnbPl4yiBPWwnpbEhbiJxNprMgXQbpdEibIT0L5HHZKmcvBxmf1xg4TL2zypFJmbYT5vwtrnJ9'
    'SmM8H/TbtzXEdpqqXP+AXQb1dobY9muV5VlH3s6PLdsZCtjOtyrdNdvIym5VwJhpjETqE1K28+VKV0ca98xcSBdAmoH0hLrCPYh7'
    'bQ7ZY7LOOyudu5oO3mz2zfWkri4FnWxT1yZSF59Tvg7Doji+IY2bfrFHvzot+7W+hPnicLNM0a+Dhv3idc0qYYy8rupK5/wJOvde'
    'cJ3f/xm3/i6LO7PpGv1bxr//fBztBvsR9+E/sv6b4E6b+f8q1G+Lt/zqx/5/LFM6DGNduzLB9zyva0um+NxV3Z0x9s/apHm8oA1Q'
    'ZhmkbUn3fd6f7xi0fRa0fRzMIaWREH9PZTTUdB98PjPj0INB925+/5M6+hU8Rfpetwf/nHbr2MTa6TPE2wfTxf3otOzHv6TN5yOr'
    'gct9Bv0Y9tnT/zvt3HO85sOGvsPxfY7Uu5GdIVuFuX9uXu+HFfVmQ6h3SDEPwwb1qPx3F/ARA8AKX6OzDdYoyHl3Uq7eI0RxnGsT'
    'X+Ecxvx0H2eSMXQLdczivgBnXoVifocs5/cPFf7zG4Qu/llFcd+GDfcn1vE86dv6pIvraV+WA47fRXA74vJWSFezc2VPyPXimfGF'
    'XOE5ws3jV9/xUP70EOLlYZv587/C0Veida6Dcu9n/O6wzurOUWwT5/vtsI60zROgvhs1cQnp+unG0hpyvdjfGRUOb4rSFCvqXD5W'
    'Xk+4junPkjJtjGeDZeawMqLC1e3id9KFGn5PktQt6/hNqrivJ/i0+x8pt1284x7N7rx1Pu2+QOpYxNpNQ3qsTx17Ff3gfKw5PjTb'
    '10gdzZo6jvHpx9+nXD1Dm7NLlrlDUfYVzZnBz/NdKUfWQ+sdDnjG5fUIFPV1C/tY5YjXL1HUN2BBv/SyM2w9qW+Lpp/dFudqK6nP'
    'pByf2z5W30xSX6+mTK9F/zKkvg3s7uN13rRq8N3vk+HUh3juQNKFXcxzCsu7QnM2vxCgLLb7VNK1ZRnt8zd//pN55POnOgv9ztS/'
    'Dqk+nJ8dSVdOPbtOjad1uGxz0tXvmu1zZl1F8sZY3lks70WKPq3Q3Kt5n95OyvKzcaEPfj+J9HGWz3gWe4yH551N8i7yyTvVo15+'
    'tlaTsU5h/Id5PvP0ZsJtZ4pPn36X0M8L79P/T/I2+9T7bwmHnlDhaH7HR/2N5xOFtmpBzglZzzc82h4UxbGl8uc/KZP1OG8pXv6C'
    'QTs7WJm7FWPsCDDGm0g9m9gZ02dxtlzjUY/NGXWlYlxbA4zrbIM55XyHNoMyv2T9PZ6UUc0f1eXDMvM9yvRqykxPuDh9TbL4HLW9'
    '66USrj7qFkYn8v3057irG2QLI7L8qx7lew3K/yuUDyJjlOX/Ke6OVbdGb8n/PPL2Mp7m1+PFc9guCuPm4vrdo6hXxTPM0/8krxcf'
    'MM//jxfryur4WSoe002atfHbZ31Q/tqA5XGfdsaL9aKR7/MGW8dLPPIOs7xna+bFFA+tjbt4KOh+k/UcS/q8EsqfQ2hlSre1GORF'
    'mmyKR15OG1cZ5MV6R2KOzkfYshNZ96+IfrNqD+T5fySPisef1yOOFetwvsL2xXMkj4oGkHm+HSvUhTWBkTz/XzGOYTaO+zzyIOx/'
    'SdFHer+TeT5tqO9NcZ8s9xFSd79Gl/xmkkclO5R53kvydGn0ZQcV68H5Eld75EF8epWiz1wf9mKP/qBu/zmxYl1hjuffppj7Dtbn'
    'NYo83fz8JzBkKj/Ox6RX1M1x+0zFWA+yeiYpYDhrAMMpj7ENCzeery4PrsdrCrvOLNsLrwr92iOcv0x0rk15J7Lc90ndvZo99E/C'
    'bg/h2L4hiuFxiOV5WOjxFe6hexX18PPq82T8pryU/PlPypnKJGS5W0ifVOdbXv+P5FHxVOphHnX14PmzySPPyZCnneRRnX35898j'
    'z+qk68OkzpKXI8udqoARv3MPfTRMCVF+gXYEdZb8G7zj11nKH7gdQUJ4x6Px0uUPop+LduE6/dxy6dnKuuYxXeVqBQ+C6uMtVdgs'
    'zvLJa2vT3iTMYgg3CL1/JJXvpBUiii8c+TyKfB5FPo8in0c2+C/yeRT5PIp8HkU+jyKfR5HPIxP4iXweRT6PBLujRj6Pxp/Po6oA'
    '9tCRTW5kkxvZ5EY2uZFNbmSTG9nkRja5kU1uZJMb2eRGNrmRTW5kkxvZ5EY2uZFNbmSTG9nkRja5kU1uZJMb2eRGNrmRTW5kkxvZ'
    '5EY2uZFNbmSTG9nkRja5kU1uZJMb2eRGNrmRTW5kkxvZ5EY2uZFNbmSTa2KTGzOwyTWxe8XYMjZ2XwnQV5/PbGFqLHjONPZZH8Gd'
    'PPbZIPtG7T6G2J2e2yD62Tf6zY3s43NsjBw/9jMcSmPScTkonmleMelwnCsU9fQwnEpj0m20kI3PMsSz3Fa2wbAcp7GoPQvae1ZE'
    '9gdjZn8Q1JbfNmaVn716pYe9elCb9MjePLI3j+zNI3vzyN48sjeP7M0je/PI3jyyN4/szSN788jePLI3H2/25mnYy0k4oxC39kI7'
    'KQPcyjFrYmKh1vxUfaAtGOzDM6etBMwbN9h3tjSQIDBsc59Zy2RtlPeo4wvQ97xcryI/la/1K+w1cQ+byOe5PI/2xU8Gl7clTzp3'
    'bJUu0ICmjyZ+AfoIPUT71K7gR9Pv2yz0m0rpRweTt34iNw9trI9dFrLMoQDr1U5gg/ZtNNaBj//ipHOmqGSwVKYcZA/0MTw/aHim'
    'cJrbZn75PqCygZlkrDZzrZL9Ztl9p0UBQ2H4oDCFHT7WlxMOT1i1LrTPpnC0UTM/XJaNuoF/MKRtvMbwgMcY+so4BpN1ec0Q5m5I'
    'OPdunU2vqa19j1Dbxg8KcxuSdo2d47ACZ8i+n5tweNVjBUM/J/m95ljqks5j89SusffpL9O5ze10YglHFqPzmeK1ZkHx3UZN3/rY'
    'vPrpd5noiMgx7o+7sG1D7/eMg3PvU3FHHoDwZ9J3Wt8Wzfrb7G0dLt+qkX/3xp07mgqXcB3tDgv74yGF7o9Jf86Muz6X/Ohm2/M2'
    '67PnF5K2e8pMk/O9LXVJF47zc+flmFOXau5NaBMT/bOsYu1M4ObxmMNDLicdxufj72J6WOxSrEPY63F9zPWZEHTMmwz3RkdsbHHr'
    'aTFHLqejG7AfNraqqjsjb3cuaTdreYdT3f84raCau7wviZjjpzBIu2HN+S+A71wOXPu8vDuxsgctcQmWUc0n15N+SLjzOVZ8gY+S'
    'Mdv2QXWm9vm0J2nwGQFgyJZWvlS45+aWAHsjKH2R1yUHPdGw8H49tD0jAEwOWcJkrSi2u9mq0b2PEz28KiL7ls3vJ7LvKcL1pbJQ'
    'wd9utOR/Vgg3pkudgv+K+hFxMp5KJiehspIReFA3IgP9bQc+5VTQdxohfUjCuHgZqVv8Hvj33tzvp4o8XvXyMcUJf7+W8Pcrof0M'
    'rAXK0eScXlmSnHViS13zc1qCLCBpkKeZ6YjZrsHElnQ7a3CzKOmZYyNP8dM19cIjlWQNU2z/UlxQSfZ5iuECv3YkIvojvL9RuLGy'
    'rmHyci7TO1TgJGH+JK30JTRyb8Tl/o8+50iAp14Bg/z88cM9CE8DBJ6idS9ed8Wa31Dqmoe57nm/Jbl/XBBz1vOnhC6J9vXht68j'
    'GqB4nZOjQANEuHRi4NI4+ZvSUDFyP+ohe7ML1jkIjMW8tme8PHuhLI9TdcJkFYM8qvIxH3q8mt3vKwhfooHgU+QPVFnwBRAGRAQD'
    '4xYGvPgbqng5tQweWoieJO59fB/zsKmp9ehD0qIP2HYypLbpXdOv7STo73Hdvyr4nmH3T7FbiC/+SK1fyNvhdhtrLfIjb4vz+Wg+'
    'uvcnW/AGg6wXH8u5kF5IbDZMeQNB7/b0XJpK5qCC7JfJBHZUfMo572/J//C5YWTnKfLH592L79gs3JhTOE5T3uE04PViWUkkvA34'
    'FTPg+yTN/qwl82fK+2widdST84CeD/NZHmqjx+06yz0/8puUdU4XhXZex0A6vaWwjVjANqjtFOd9Zwjcyrrl+JaBbrwQhTHGRsuG'
    '2oaXXwttT4X1Ow7aX/+gnc1KUB8UpfbzB8/Y9zNp2U+0SZ/OdLltbfF27iveM0uF2vbxRwHszvBMkvXfCmO6GcaTEYfaEyvU4BdI'
    'RiVTb72uwJ1VhiZNn3jJNcDKmb0067K+qIS1nwjHIELCx06Aj/ToLKScrwTSECm/khXjDigDy61aKKFiDwvFTyYYkNYDHwzPyp4L'
    'na/y/bvI+2V3uu/PFZHPnLB85kj8HdlQjo0NJd5p8Iz9ceRjJvIxo1njYxVrTNfnaNAdQ5orCXcRYUFbon22KW1P7+QqmjHyixP5'
    'xYn84kR+cSK/OJFfnMgvTuQXJ/KLE/nFifziRH5xyu0Xx+87l5VUHqKyEtnW0BXjRyaSp2O6yy/7sOnPL7KufZgtfUBp0syIuxdw'
    'TWsgX4LIg6YQeMvLK0fU9fHvSMcsDsgDiu7a0V07umtHd+3orh3dtaO7dnTXju7a0V07umtHd+2x8EGbgD1UwfZgjPTpaKYjqtNx'
    '5vVKHFFhefakyVh0Or5crnkZO0vroE78RmmoJZAeS3Ra4goaukYzLln2PMZvmGUoIy/FnxqPizgP1oX6r+G+YdqFud896usC58nU'
    'x5oqLhnqZ62B7zGhjrG9zaAd7mNH579kULFe1WR/4HrxmM683h2MNkE9YUq/qPxvBfVXp5pD3GvIB0oTnNFrgQ95jMflwo1PPWRR'
    'z5CmPgn7M4W3rzLq39DWX1dWoxeF/C6+3k2AL+h6Nwq1/5ZtPm12Eb7GkaLYV00p+7lbsx+6PPaUic0D99tjU64UGOY+6Oh8bles'
    'UyPoJOE6edWdBpi1mVOqwzQsCmPu0vUcJnPmN75OYe8j+FDAkSm2Z2hb9+Adfq4aHk3vAknh2pMkNTwjjrfnEfigsbUxJumZSQc2'
    'EqKQv0DXfhUrw+tYnfRfn8lkfSg+nqSZY74WujMDeQoSf84QZnFHaVzQ1cnCv48nMV/pGNckvXEnrk8F4ftubnV58ly+UsnyvBfS'
    'j7UWy1lk+bweXrf+nHsJyv8XpA9Ael53cR9TMO+UN31Bh14GJL/ltaKvLIw7Sr/ddndh3FFa9/V3FI8Jv1Xe4Q87FRrY0cU8HyB3'
    'BJznL1zqpCdBf3+zo5CvQvOcyPLwNdf1bRqc5VzeQ+cy9XEnfeO24vl68G6I2XubAga6Yd62Ffcpxe4lFFdgG5thTDd16tcZ83y3'
    's7hv+C12XXHfZJ20nNdaVnmsZV62AnDx+/cVtkf7cu15TvqrXj1cXX+H2X5NEjxdCXM8Y4N+jjDPp7LFbctyMn35QvU8TGN8aRw/'
    'L4t91cUAPRdg6G8vLe7De7eCbPZjajhRjR/teGd+wym75/v68WOeD/3Q1cPFb7KcTF941sXJtYpyMn1UU6beo8xHlqnL6Og8E974'
    'dfvs+KUFNvW2DMaJxT5NqJmegU10wEjHjqHKaR7UbZB77SS21/jZu3uvkz79tJPeuc/1NVlL4COv4/ACnB8POumBp5x05RNOmRlE'
    '155+4+1wGJ+yH+q/H+TVuwthfs0TahhvsoTz333dSS/fY1fuVtiDK18KV/42YySYTKWKAIaprb9JX1Oi0CcHtUde4kFjI48ujJjP'
    'aQJDFxB+XJ6Xyvhz93rkPYvl/SyhA3jeAZ927iTtvANSvBt2sry3kLzYB/QV3sXy7iD78HRI+1mea8g+4XkGFf2vJ+3QPpxF6vCK'
    '2412P0eJQr8JOIbtPuWpnb5q/H5tryCywbPYvXgL+xvrzZL6ka+Oa3AGK9uBeiyQdzo5u08lZVD2mWYwc6oopplnJYtTiq+o/4c0'
    'wDv6JcgQHvNiMh/Iz0PdD7T5536QqF5bjOxh/LaG8JvXQH3z4O/ZotgHOOVPDBG+C71bZC35QTyeyxZyv60H/bomg7wUL+GcrSNz'
    'dRRZ91Og3HWaNicr2swq+N9+bXKfVBmiH+a1DnKdPkLkoXxPHKfAhz0M7hGmcUxbFXlxb7SzPbKZ5O1geKWL7HW0G6xlbfM92Eva'
    'q4f9Us36mWVl2oVrN1jPeFKdDMddzXAd8tRPJn27VoGrVH1bTO7+HIdsYe30svkbYnVNJ/pV9M6dZnPLfWvjGtHzW+6DExWwhbK6'
    'mA+s6HysUD81Kv8z60hd6wLAchh9amB0SqEfnJEE99fN6V/uG6PRQxbXTP6N7VE9zjVsn8cUNKduvLo5lGt5V8zF2V5zeGfMgSHd'
    'uiQJXMj+m8Q5sqF33w109yNPefMt+L04A/T73meL7+RDcIe45xk1LY9j2wb9wndVOC+ayyPGKU1OaK2cVGzkyZE76AXzZ9LvWovV'
    'zdLbqUObT+nXhWM0nnt+lhC2zy7ci0PRmk6oNcV9e4Ni36Yn8Bqn4PHOVREb+VOBd9RdI2Oxxjfo19jUt6Pfvt4Zrflhtea4769U'
    '7PvIt3UsJla+5XJaw9Y1eHxwcuRPfPTn3Iv3WU3+9vNrbEbveqyldPGdmth66K1MD30Bc3Rn/TR5fayy1mMvfmpa+f4citZ0Qq0p'
    '7ts6tm8rBVEw8mioiLfhk1/nU9hLvnSsQmaj0pdqJnrXiLMyTO7DedK2cqXtrA82+yGAYDkxKoCcVN3mSvD3viCYzY2plNna72qD'
    '+Rcvm85jPWSHEd3oARPLSlnAzHl+OSK6cfTnnPvs7lbAfxB9mgm2NgmD26/nEw+O2wr2R1e0JuNqTXDfNOjortb8jt2lO/9qyNrW'
    'BijnR/fF28TtfjBVbZGf4wuPdndZtuuZn/oQRZsXPmc3x/XXazpnNvoLOD7UXSvX+Ez1FlR2XgNMX6BfFNur1IN8c7IotvUIEre5'
    'VN3OVZb0eiPR26iF71OEXexKHexOhLVdBFdOv7XbIrxjeaOvYWzbrz6ukzMsim3NJgKsULpItn/onsGJ0GnUeJljVvsdz4c+XTTx'
    '1iSKM+6/RjeXxmK0ijPuhze98F08unMU3DnKubfiBuyz6B44/tYkLVx/IckA9w0VL12W+YVQxwa2Wd/ExFrvZKnr7aeqEAY8JIEm'
    'RtjYBOu40WLfTvB1jGnu7JnQzsDP+csfbPZo/u/cP+5Q7clD7lEF24onkmPQkwYb5luDMWuuaKReskm0sYq3ut+TRIxbKn6Xf0s7'
    'gGtYu6885KR/YxmrMaKnFbikNDD0padVZ/bE4QtEdHK0JuVfk2bgI1I81hXRRKPHF/ic2XkZBt+gUH4cTxzOD84ttxcbsX6CA0bx'
    'XovWZKzXxFdvz6N/Sr09n/xeenu1TEaFOndeMeB95d+J/N9fUZHsGaafVRugnNd4Ps3G83EoV2Wk8yo5DakK/Ds9oU6ZTH6a//pH'
    '+XDXK+GXm9hdNnfv479tBen1vjkSYm9q763Ov68i71u0lIT+Llgx8pr31b/Nh5aZlJ+bBbqrJj8HeRwffCdlqXtzvw1xF85Tivcc'
    'jtEPONJL1C94AQ4PgG9GXYcN27YgvQ2H42sdOBLoMS1fvP5a+ifAOo2Vn3SLYgkR8jMS6uND/0RrMuZrgvvmDsW+AVogdxbHYcGS'
    'vkp7qQqPuUqPmzXyP2fj8VFZKds6bFsu/mpTTv29XnGvuT2CmQhmLGAG8U67iOw9xsL2IAPzj/v3imjux2TuOf+O+0xvhvf0Ho3+'
    '5Y6Fe8wS4cbJq2O6m21E7kbrqCD5uS3WNKLDif5vlwaop8mHP9DI6uJ6oib+nbD+GoZHpvjwTnAe/fLx/qfZuiTZupjUR+fTRC/Z'
    'tq8dUE8c6p0S7e3QdDP9dFe4TcmVsG7R/I/+/FMZSkzo4y+lhRsXtILsG+6DtIblo/hxfkvwuKReehEYG/jyEGRDgxq8EOm0jX+d'
    'No5X+gleidbv0Fo/U3wz1RDfeOGleWXGS5UjpeOlSgXthn6RbyAwX6H5puLdYyySKvI35f2jz1FORybJelO5XILJ5bjf0gPyO5sr'
    'zIc+TVHm8FND2WPScVNMQ80X8V2qLfKraPEEwONVkU6b+h646y20AHIoKxmdnOukn1QO7UJV+0UVW3JSi/tNpQtpotcu19grDlc9'
    '0AuVBKDQ3hD3fz3IxmaIQltEtJFE20n0E24S1wztIam/b9mODDtzNuzfWnYvMrkLH+r3aFvcagoHPSHogE2wRyO/sSMtPDe9QVX1'
    'cL6cLexiZKBfZe7bfBH5hj7LMT4cjVOEvt4xHuZM8i0rCv3KT1F8wzrrFO0NMV3tBjg3VbSJCU+E+62i/vtLrYfvnQ8q+NQZJ0Nc'
    'LxxPjhPThIpyVJo2z2od37spkz9Nji6WWRgwX81I/Uxhxoz9nYDSYTdHMBHBhA+tnfSitY2UH0T0vPVUGeQp9NFYD8D2PlFoL4Tf'
    'cP/60dW296SJTjG9RbwHfvy1gUx5uabnOec55ONpQlzYN1qL7178m5dcq53RHVb7XLHtJ9ATLxUSTGxcVPqAyM+JfJSQPdtWzh2r'
    'fyK/MeN3TWz8Qh1nkT8NPBbKk80I7ziVKSiHcYAxDqiMRYo8bTzLeaxr+W2bKI6DvZHl6SN5soxvhXHIsoBLqH8tP99cstzFwvXl'
    'NcjaGBbq2O6cR4axy24g9Z4q3Bh1faz8Np/yDaDaUg/rNytgPV5j9+t/I6SUN9jP+tGjWVM8QCRv7cgAMtGCeM0QX/YPuwvjUtHY'
    'hx2s3SC8OC/bBPEvuTp+5uLDlOK9Ki51C4whM1LI8Kc0C//WSPZ4HYxpFtMvQXhdCP+WdVAZT6NCFlQ54vKEhSiOcZYRhXHiFhCc'
    's0BMDJ+Kqthvq9g3jO82GeYqRnjppcBUued4ovo29FszmzrKubYVFmuLuA3jan9bEXPvToi59509pfuGXBtwrhaEPFdJwrLRxZxe'
    'FGB8u2GuGr4P/kIesytf/w3z/PzcsWmHxlgsdQ7pXVbHQ69X3LV0sYYvJfB6KTuHvOJtXg4ptTVtJGO+nOyBtHDjhfJ4uJgOaPb8'
    'tWz/I22LqRzrcrJ/+LdjiTwD380n746Gd7OJfG+p8I+XjXVNEm7s6y1MpnI1k/cMMTnOKoV8RRXbg5/9HFamEc4ryjIXlFAf3e9B'
    'yjdBn5oVNGDMYL/MEeqYt3NYnibSVw7nSQs45+1c7gPPqjIcV/qdE7r+eJ0Tx3mcEwuIzPz1+5z0k4/COfDD4ljbtG4VvU3jIX/m'
    'OajvO8XxkHdCP/4T2vrSU06658WxP78uZ+tXqg4U1QW7lCnzpAn+uJTBiK4/HH8s8NknVYo96hfPvIKcAxzmaFtJDX+W9lcVHzlO'
    '6r+M1H+ZKIznTHWh6n4jLpRgGnN0ooqeRs3ZFbS9qv4852ZP2O0V+ZdwDuk9pnKnONH1SCvwDO7ZIwks2eyfIGvspZuCtAPGNqc4'
    'q5LRSP2EVyHrfJrcBfvIXcSLH0Hrw3vLNVDfg3A/9uOnzCd3Gpu5W4F8LZLKdj9G1mcjuQP5jQPvQzcJJ+Y5zoPfPWszS7MGvK1N'
    'ivXA+buO6K9MY3X3G4zDhLf2V8LVO+O8oj5y/8Q4iyZzx8vWw5ocQWhyEz4C14XzK9NH9Gkmsf4MsTFmffiJWzR3YtxPNG77LIJ7'
    '5PuXCXzKPv8EykzKv4wnkqmKt550RUUG/11ZUVVdUVNbh099Q90YPY3yf03lqDk/Ma/naavXC21ed+Xj+N7rPBdd9NV8+oOFy+ae'
    's2jJeb/ecP5Fj9x770L4/OeP3XKviYXv4zd8a0FMJH+b++cNsur+6S5Gcdr6i9POvRf+8F7yyJXbFaqngLafmdgV79V9bca/7i16'
    'Xv0W/WtEjOzN/eT/LxqR4xT5/w7k/vtt/v+551uvvQE1j4z8d1F7FqonPs9Vinf59lsMChtpB6stq8cqHmPeTkBxFldAfaqzeJ6C'
    'x0fx1RDh76twsC3/0E+m8K/AfzM58/3Ogn6Cw/363K6R43SRcVNe66DhmPzG+/dwP9XJtmjbWw3HQcuYrKvsx06AszBlXJT30UXO'
    'xHbN+Ez52OcB3Pqtf4+m/7bj4H2gdMFm6NNi2Fc6+SPqgtPvGxm9dwTQe0Flcib9tKUnvHiLtLxKl2qi25WY+OviNu+SEjA7vfz9'
    'Ier4vXRNVbYSJvbnWIcuHroc1B8Z/JjwImzkuzb0fqdG/twliu3fvOpEfYSvEry0xZD21+HKIO3fRu5Fpu0HaecacrfjeJfK6YLU'
    '/R6C83tKrOsMgFvVPXV7wDqXk7FvY/CUJXgzSN1HkLv7Fg1s0jthkDZsbS1UNFk/2cOyzovizlyXYz+jHCXznMuvwnc3f9N5N4Pw'
    't34C/OHkbpf/mSK8ZLRPwXdv7i+Wkc7c7aQ/eCaY7Wy+fai3Llf43DLPzYvbXdjEdxXnO++WkHHJdzL97N+4cir8Vn+Zk/4x684z'
    'fjtto5N+7G5Xlo/tLHx38Tz/Ils8zz0XFs/zsjsL640T/ufZ0P9/iDl2tkjL0j0xaAHHtvNvYm/VbHHWbGb4sY/hpSzjB60mMrBS'
    'zxJa7zyo15QmNO1vPdEtGfK4y9EycaKjvT7m3OH8xtnL6P/t7O/2MYQJr3zUpjRPQ+X+cbyGh9nJ6IDxPpYfwp2NjuXlQ6Tv/x/w'
    's8uBH1AesSbppCshXQvp6UkH3jOIZ5Nwrs100ltmuvtjJtFDPQPKtyYL98upUP4mUg79Y9F8J0C+G2e6+0r2yfSsqwswH3TcrZCe'
    'pBkH71898HdmEbqD6o9mLfAZ56Gr6EJK28yCuaftbiK40aRdip/6FPIr2p6pbIzOe9xD7nYMlyG2QZUa4xKsN+5Trw2dUsnOEkrX'
    '14NOcpp8o/OxSKHHvYXlmU3yDGjyIK1MeStLSV78m+ofUH6TLq9uvSrhR+GmXD4S+L07zXSNua9/1XrycnJN/coF5U3r+AOmsmSb'
    'OF2l2JgEtEhJjGv+0oGwJCUNauaSz2Ojb2OC3zgsVTFYShroJSwV5jaGpv0qV71eeoPlst9pBp5PjNAShTFR44fMYxGiJmnjUzom'
    'RhIq3q37WNu8KySG5o/K53KpusG10d4y2iuj7WvIxrfQ0hDhQTB4MOVZUT9FHSLyP6Y9q+/K/7/FPWztUIefTaiJn6gg/MjF5O6E'
    '71bDu+nk3Xzh6gLXEjqW6rj3QdrF6Hna3k4RjE9bjjGfpxjzWYoxn6Ho/2kB5mGFosywT5kFgCdomSyxIaB5j2T3mAbFHXmyIk+W'
    '5alW5JH8ENXddyzX7yrF+l2qWL93kXePKtb+I8uK1176keBrf5xm7VU6jX5rr+PXeq091/PwWvsFBmu/wGDtF5Rh7dOWa98APCVq'
    'czRbFPpaXAKypRSpL0HKL2HpOhjL+cKR+aDOlBePKE14DUOMH9DLdD3Qvxm3d/XjGQwIbztXylPidifryHjX+czHGgLT8wPIzNaV'
    '8UxCHPs/5N3kFufd6+TdJHj3GqHbWtg6t0BdryryzGkpzPMy7FHKV/PqsyzzAynTI3jJZrxNFrxQrju2Edr/GpHBD2r0k/rZdxV/'
    'Vdb1GaKr1qkpa6oXp2rfSy5FYX4H4cdTPT1Tne5+Nq6NCr0rP91yv7Z4G2cT/bBhNv4uAx1E5JsfxcoOE512xDOl6I/1aNo+EnQa'
    'TNc0G0D3spfhDBNeetISj6juhYtFcN8TyyA9WRTLxJcze5C4B/9V9U7qpqwNyCvV+Ro2rYP75RitMTeJ0nxzqHzjDlnOXXR3LfKd'
    'zRjF4d5dTdeG6ibYnME63JGwxB1ePlkor8jWF4uXD5awfQCEDf8T/Imr4d/iMSg7WnfkBiZvLrW9mGX5lGX5KJ6BB05ueWtaA8Qz'
    'aDbiJ9JzfZXQ+6EwWctGQtNcD+Xxzt4Oa3y5iGJsjcU6T4d1wXXj8hcu11hCvgmPvNzfWqPPWRUEP6zxuUNxeyi/e6LKHonfsUzv'
    'WvSejP3aYXF37GM8owfrnf2nuiMPWtxNf6W4qzdY2DuY3JNpfQfY35s87Azy/h7rHX4ot5Gi89njsb6qPgS9L6vW0ORO+xrTjz2t'
    '3tUR9brvj/ZYhizhMU+D5/53ioLPYaLvZKr73M74pr0aHeHR5oN8r86FzWHWN5O5pLYgXNeZ6oR1Czsek2rutnjw0ag95afrXLyy'
    'QzM2bj+6Q6MT2c505LnueXsI6+M3L1kFPzPvx4KM888lrF27ZsydJY6ZzmspuOaY3DjfAe9OYfq460Af9/0zi+eS6xzL8qtBr3dF'
    '0kzvGPNiqrIZ532QeZcRfWrT/i6Hb7s0/aV9Wkneyzn6aa3D91PxLLcwXNLO4GlYIdOj8KDTT+Z7o8dgbfFMfKjW4buVC3bDhNlf'
    'QvpzhmdurHX4gqXSGLT/Wc0a9Apz/ds+zTnLZXbn1To6zNR+ia/xHxVyGC8cbHNm9/jgXPQZcwyZ5/GKj736/981hfSfyR6x1d0f'
    'bbrhqRpHJm16pqrg8RUfOdmgRm8AfSB9vsbpf5j7z4a299pbO2qce6XfGdNqaGeDeWmbpxBbHXrmrGZnxCpm2/J29n0lnCFn5/o8'
    'dxRogC4N7s4yudnCUe6PjobF/qTGuD98fl6uFuJM4U9fmMBWmwVd1ErgyrR+hLW2EumhVkO6Ss7Pp6pd/FCO+4iKJ2NiI5qPYTpK'
    'fesP0Ld3Vhf78BnN/Y/n5sJR6ke/Tz/S1a6vPdzv981S+/zhcSIw35DmvPgzqVe29Z9VhXwVU/2pILyTzcLeL5VfPfTe9liVC+M2'
    'vok6Le4TWaGOE9LnQ5PdVeXel3qFuU/OIQVvke5HkzXbaDEupLc2Vrm0+ni9a+R1esi8lmtuOkPEdQ0ERsvBHy/ljDhYOTp9CzJv'
    'T1W6tNBY3x3zfucqHV0ymf+IOvBvD+kySGfUqb+vhDQN6TxIz4R0OaSLWP7JdU7bN1QW4/UguCSoHt2VleXhpZue06eUuX0/Ovio'
    'MWofxy+NkeeNwT2c9onLNP414+i7NQD/lO6D6ZBOg3QFg/c2SGdCOgfSUyGdxfbPmbAPvplxz6jxzDf/GFkvGxqL18f5qT0e/FU/'
    'v9F9GSeORRAd4LD5Ve/MuPHXgviUzGpkXX7tLsm4PKWx4OfIPtRkHBsBP/6+De9ltO67/5527il5nQa2549ge3sypFMCnnlPebQ1'
    'S9PWtIBt/S/SVhDcRMvNhvQk9n0JtHV72oX90eKB5ff/KLeLMoxz0y7esbE5UOFC07K6++KSdOH+L8fd4aAP37Ym7fjU4fYctnYr'
    'prTDbyvc+R9rPYjnKlz/kUFoUZ0cTtb9v0Osm/f7sxXO3+MRZ+f1fyocnTSKp2KQvgPS9ZDGA+LIKypcuC03rzOv/zNK7SGemq9o'
    'r5x4sYq018HgsV1DB2YD4E/cH79OubgvTJrUhgZ9jvRhLPh1sg+7U+U/Azp91v62MegDh/dNKdc/cB/bXwc0umONMSdNxNTy0otS'
    'rg/mIGebKT5enSo+Q8vFU8vf/0epPVybBIGPUs7sHSXcYf8jWbyWQfrgRw/tTzrnts3ZZUprP0jqPo3R74vY/eQsy7r/NunaloZF'
    'T/vtk4MwZ+9NujbKpciLZF09Ia1zp8/945wyt4N754Tk2Nn8TiHrch1r+8saOR326YuzmH9gUpcX3jWR+f0m4djHjaVOoR9v4ZmE'
    'Cx9tGl+pa1i97wjQzu6Ea1eui5vuh7M+nXB4n6PFS5Ntvi/hxpsJm2eWl/8lXHjjPqtN9aiwrgvI/IyW/PJE0uZo6Njn7YAILA14'
    '0MVesJRJ6OMI9SruBaY+F3Befht361/ps5/WBthP/xJ3dCjGErfk7/9xB37p3RblbTbyCVnXF+Nu3NjLID7vLfsLfZ08/TTE1n4Y'
    'fEftK4zNe1dcj2eyhnK3G+OuLXQQvx26M3Jz3NU3KScfLM//I23x8W8VpdtN0flaES/dZ8jceHGsLK7n7wfrJ1nouJnsMRl8sVGU'
    'Jjv7dcz1geUHjxxefhYrzX8Mn+N/jhXHlw0ql1PBxbCm3fvIOEq9n+b1/xT1Bb0jyfpuIWvE9/B2oY/1KstsJWVtYF+W6YaytnId'
    'WeYSj7JechpZ5h0xN25Glw/vDfnZa0gZE1vHfGz3mOs7zAR39WrW+8hYMB9Tfaye6pjr98yLBq0Hw91qA5tdmfcPwj8vrvmrYMMc'
    'tv64rPv7wo1h/+sN4Psm68bYkenvIe7NfpL3hQucNHGFG0tHpkd1g/zfIy+v9yFF3lN2qPP+L0XenlvVffiMR15e70dJ3t9DHKEH'
    'NPPwAY+8PAbRe0leiQBkWndhcdl6wAE87+1XqvNmFXlPu16d9z0kbxby3tmnHtsGknfnVjiXNqjHtl6RF9eN5z1ZkRfXguddSvK2'
    '3u+ku/cCDAPtNm+Pk/dokvfzTzrpgd3qGFvNJK8fTVhL8nK6shnqnbJf7dPLz4+Xie1/muE85DVQvxVZ9s3Wb0WS/I0xESQNeyrA'
    'jPz3XmlPSMrwsTUEHJvKj1yDKI6hwfEx9ZU4P+C4be/+/NywGesZQu/D0ORsKyW2r03MG+7zcIvmrtxneN/3iw18C6zfaM+NX7+u'
    'BFxlSrd2lKiX1mUxjsGQ5l7O+9wAfFydj0iv+NSDBv3h+JPG65Vw6xevtyIADpptcWcdCMAT5HbWg4ym66h0ed9dhmsQVtunV7r8'
    '242Ke76KX2gizx5kd9GFpB0eT2priOOph3aCrKdXO9xH7B8y5WmHj+ffMg5smLYTJlx+w3KMQwHH+IWMy8Pu0twNTdfljhLq4v3a'
    'mXF5sF2GONWmr10efd1hWdd5JdTF9+o6Nm7bM8FvXucr+nowYF2TSF85/urQlG031EOS9b+R9q9f5y/D74yW9f887c5FkPqRx5T3'
    '2UPqUuFYG3j6Zgl18TW6N4S6cD0+kbaLYTtkWf8N6WJ8q/IXw2UtJnyWDUy/EOWlZwH/5aoxaHsDtH1q2uX3c70905iRJnnz+z/t'
    '8vv9YD6rWacpFnWo9o2sI5l25TQ62mdQ2Ml+8zz7iuJ6D4ZQ77+Qers1enN9AXDcU6TeTZo7dxCab7dBvUFw5scr3LW3qZfiylsM'
    '+rY1wBr1K+odFua8616NHui7yZj7NXpL/T44/cwAdXBcfpJBHcN+57+ijs2WY5miqGPIcixJRR3DhmNBGH8t5foi4DGBVXLw41kc'
    'ZS9ZpQ3v/oVUcYx0lVxghcb3i+5MeiLkevG8+XLK0fvwk8muCvF8vXUU28Rxbk65+GC9xpeKCk64LtVqNpaLQq4X+3tKypVZx5hM'
    'Gv+uY7YHSaJ7mefZkzpQljgX0oWQtvjUcWTKldFyesRG9ov7tFJR34DFWcz1f/6QLK5vOCDdlPfZQ+oz0W0a1vhbwPE+l3TlyjZn'
    'pCzzD4qyr2joDI6Xv0bG0avpa68FbfJpUt+WEu1KZH0fTLo6XaONr/MyezK3uAdPSRb7WlLt+UsClMV9/Q4yj366Kya4dEVI9WH/'
    'ZpP6Nmh0bLxsqnj/akOqD/v3p4Qrl5pdp8aPOlz2KinL9dQXsrJziK5bnv+XcHUg2hW0iKlfjmcV9QwEqOdRRT1bA9Tz5YSrD5L1'
    'wCl0736SlNkk1P57e7jNDumvqowp3tju0Xafpu1ej7b7LNp+D2mb40A+VzugzNkeZQYVejeyTJtBGX4vOd6gzA5us2dQ5pesjNTZ'
    'xf28Jlm8V23p5VTC1blp97gDyLx/juvzvsHy/obk9br7y7yvkLxed1CZ98dxNw6P7b0yv/8Dln/LZ5emvMk+kuXvUYyV7128m/+9'
    'R17uV+pjHv3qM+jXTaT8lgC8k2s15U3lnZ1krFs0uoPY1iWKvK/o9j/0K4h8SpZfS9pC/fNzNHTJcoO8eI4e45F3Lat3pkFerLcx'
    '7uLaoPgBdXanlYEHK+v+VaxYp6WD4YSfKfJ0Mzh4ySMPrt9zHnmGIc+3FXkGWH+eUOQZZjqsDynycFx3D8mjksvJPJ/zyINw/YmY'
    'I++3kU3Jch9S1H2Q5dlF8mQ1+GYbyaPiO+d9dnjkQXyeJXm6NTbPl5Gxmt4J8zZ7pG7VuSLzvE2RZ5idGWs88mA9x5M8vRr4WETy'
    'qO5wefqfjNUUD+flfx51I+xVeeTBMyemaD9r0P5rorjuV1j7r5I8KvkXxtyt9OCr5vn/ijybWZ7vKvIMsTzPKPJwmueboFdjc35g'
    'HF6bctje54U7/6b38vz5T8aiuhPLPB9W9MmPh5mX/5O6VedaPYyt0uOMqoe9U6k5m06GPO0eeXAcl3jkwXNwA5lH03t5Peh5TgmR'
    'NyrrXKyYd7+zVJabRcZgytvE+3Wd5Z2f64zymLlLRWFMWj99MlWsV9OYrSZ1R/EBWdy4zwlB1I+FXczWZuOYrX5rUw/n/1XROqnX'
    'SZSyTsIovp9p/FuTfYb4Yifq/Y/YwcN46IOt7mw8QB/9cF2C4LrpFn3HcdvsvyMCtPGoZRscxtKQNwG/DLOjSCre6dZV165tbNo6'
    'DzgMqzyek3L8GMcc40InRGFc6AzazAOcNIBuPZ3XT+R+dytxZ/ywfhC//cXZQm89IyM33ID7mjyniABPM1lzhAXTtfOimSQf5Uj2'
    'bYmhfVEpfWpS2BJ44Tvsv+zvhYw+W64Z4wIy/lr4dw0ZG4+HLsusZXWsJXZotHyFojwtt1DYxZI/CtYhjL6atknj4SZJuVpYC9me'
    '2C3EF39kjmumAb6m65PR4M16p/q3bA64TdMA47Ga+hxR+Zi/i9ih3QPvPgLvZL4X54L+CcwDwg/2C9c0r38Ka0Xt/pZBerLC7m85'
    '2kayeVedzap3Ed3qQ7cO+JKeHo9/CGu+V3S4Kqk4d0+Ate+AdLslbajLV0vyTYMf0nJh14+4el3M4TcijooTOgLPinbgA8t/H5D1'
    'GrbHadZqgo+8zlY8hzpZvVdEe6Rgj+y6SpTyxP12UB2Dx+sJnRmt++Gx7k2w9q3kXaMH325xCHy7ZmhXAE+yltxr8uXO1Z8NvP+N'
    'AWjTDBmXBNQ5MAfTmb12j0b/eYDQl5jfiy+Pc7cK+in/fRxJqS8EWf82RYr0vxc/RnWHRPpp5nKn7KWMVpLpm/sLaaXzSZ7MSGGe'
    'yhHQewP7XvnuXEgvDInXmyQnvO58Q3099HG2QZHa8B+mkLpmJYvTILwMU7re7/7UaFlfI0njAAcDMH+9sA9TRrg2EYslJzgduphj'
    'GDs+d00JuFj1JGraUntzF5o2Qsd+CPATrnXMg6fVAHcx3R7isDoIsGFSN90DCQ8+JeXFLSX3MGHYrxTgF1uebB3LFwavJYg/mSD3'
    'SmwnDj/d3FL/N7R8oyXd1gjvdbzsRnjv5w+C46gZJD+vL2aBwygMzYe0YsQOD1IeEOarIDQE8s0oDdxI6kU4sK2nicBQM9yv4lDm'
    'mIgPq+TDqu4NCjS6KwhB7CWbSZQZjvP44BKQoV/m4AEv3hrfd/XwvYrticWMn2gipyvnGJs/7KSpXRN3jA/cNvHHiL7g7tw3NmNM'
    'jcIY0Wfdm0+MjzGPxromwffe954ZX2Okvuo6mO5gNdHLGhLFsQY4/WNDr/H+1Xj0b5ZQ25Cjb8AWofZzSn1imPi8pfqfN3q0217G'
    'djuBfuU+Pmh73LdvVqFbbBrfuE94x7kz8QvE9VKXA31N5+JlYRbD0rS/G4U6rhbXgzXxKfYaWwMdTJvs81UK2K6yhG0TX3mm8Edh'
    'DH0WS73NuSG0a6rP7Gcr8nbg/an85mwKaczyfnCsISz7zUNHmecjbPir9oC/Y4W5zeCgBh+1CzO78KA+JPP2jsCrVcW4He99v4z0'
    'vf0Q6/sSAiNbhdpPga7Po93XsPdNCvaOat9MEf4xC1S4oV+ofbbME3b+v7KW9VP5hl9e1TxWaObLRLcvzfCPjuel0qX04sVhP0x5'
    'd3Jsf5X7nUnKJOHnxUtFvZ4lsI85D8yUZxsfB+148VqD+JmmspEqKJ/00YdqtOQJzfDQ961S3F2C3kHqNe1WgTp+XMEbfeUhdw5t'
    'ZUSC8a3R//u3n3X60kS+3Qn3x+/sKbybyXev3+ekn3wU7oM/LB0f2ujFNcPf8t+TYX4QR2JdDQo+ekojQ40RGI10t4plZnPOF7cD'
    '6m8xVshynzkm/FouD42zNUkTvrvc4w25njS2uN9NZT+8nQRpx0tniurXov6USkbjJZ9XwdZEhx8TexYv/SFvYaucXX+d7E6GUyL9'
    'o7HVO0MaOmkpb8XzZyukeLdBPsoRseI8/SxPU8zFJUgzIx1arfiGsYWSpG5arkG4dt5vCH0e5FX9X1HcxtXw7f+Qb72sb68ovmHf'
    '/l1RJ9qwv0T61CHU8U+eI+Xb2ZikjfO3I9wV4a4IdxnrmMdhjVR0RRWjK8Q5ubX9rPPvttbcv1v9adY46kco6m8Iqf4kq19714L6'
    '/epMKe7km4juZS3guinQVjKC7wRM1bnWxhCFj5fdRZsJbS7P7C+KYrtWYXBmoz7qOtg/M8m7WaBbOo28e0K4d1F8t6qlOH4Y6ghh'
    'DHCMK746oE5mBI+HDjw2Wa7r1Yyf1RWtKV/TtrFeU9P1tDlfrgY8UBNg3cfTY6Fel7CjX0cSkn7V6+Hpn5EAT73Huo8F3xdhg/Jn'
    'VHUhLMXg/IlgSQ1LQfU1w4KlUOhZBkOmdqQ2dZbCs6e6a3n/lOR+/9iLTlrzfVf3i8eUbYF4rjfvU9dHY8oeudutR5WXxpS9Duo7'
    '4QV1XhpTdueD4Mv+yWJdtXpyn8nnfR5090DWsB/kH196qjC2LJVPPAJ9OPBUYb1B5RPTQMdIMDsbnQ1CA8iwUba2VHGXbICD0VbX'
    '3EZHfSnrc8KSdjI9axsIzWzCh6e2dLOEva8GExtEE1tnL5kDHVOQurhd3tVs3rnMtJ7B21zydzn9LpjCQhO7z6F/hgZR7J+B7kWd'
    'fwbb+1ka5stUjl4Pf3O91zqF7mo9yPVXWqzRaKyJqW8Ak7nw0tNNMbi/VDHffjZgdN3p2UdlZbQfsp3LLc9XU1ny0UxGjPnTBDfV'
    'kLx037WQMo2j2HZjgLutbu7SAedOjv8DivFTu9JSbN64zZqf/ozNvA9dYccTMNVdMW0/0203z0extU8yPQ+01c4Y+KrT2WKiD6LK'
    'EXf+U5YwRuEygjd3vdc/OLbw9oNnDl94wzrSUMgW7mSdN5E7fwU593AusL4OKJOBs/xywhOO7DnjcbyP5+bodb1Es3R7TrpOl4tC'
    'G3MbG2OVbwl7PwmSczpxHSXAJa8hAB/YiCGsehKwMG0mDGPA82fE3fh4l1riz8uhjhPj7j2G1pEQ/n4/ZAyOmeyew/WzrxHmMWIG'
    'FfZV9M5UHXd82pXLV43KT82vY+Z+an4ec/oRyViUMpYS/N/57gnfum3vFPkYvDFXp3apIg1S53tizp41ObPrNXW8I/diBalDtXc2'
    'Cnu7wh5i44B72pQOUtkTetlTcH7I5JjjX0k1h7gfVd90tg229WAMjmGgFwc09HJNpCftpQ9WTjmq1fqjf7T3Ccc/Nuooox4ltR3a'
    'KApjj3QQPizfVzyuc1aYx+g6C+yOVLF6+Dm2XZjb6OrimWYN+iS/TxLFsZtU9s89Qh0PBuNJTRbFcY82MlsnauPexepvD8gbpbhR'
    'x+erDHhHl/ByI6Q1pJ/crgftmWOKcfYLdQwoW9uftCiMYWtqu62CWSrrUq3tsCi0MV+qWDce+2ieKKaVsizdDHlniOLYjXyeqA8E'
    'blO3XajtAAcDzq1XnLT74o4/ZTpP7YwHnrVsi8a/UsFSu7D3xxUGbOCYT/WAjUG2X09UwMZ/sTxLoH+m9AHHaX2svunCP86WCt9V'
    'K/D/79jYqVxkady5tNN5eDngWm8Zp2v9dou1Xi3s4uaN5vq/GnD9+zzW//5c2U8Ks/io9MzcLortscPED9kxghk8O84j+LtHQyNx'
    'O+f1ojgeq+68kWfTEQHhxXRs2K9ZwrUvp2dRKT4lkD+viplI4WtqzPF3ye39cS5sYCZrOXaadwux0xlLmmS9IZ4YEup4vl2svlZR'
    '7FOJx4w8hsDyNqGOncj9MJnQL+2iML5DrdDHae7R0C8YA+I2mGu8l2DcvpUsju3pFjGsT4c4ee8muPSMpDp2Io+3J8u9UxTHBvaK'
    'h8jj8q4msLNWE5/Pq77VJE4iriOP3bsi6R83EGP8vT1Z6BsZ40N6xTL06mtQOnQti8l4kmZNTNoLKkOPlXBfuioAf2Si80vyzJEG'
    'ztEwFweZOFbGO3gYcbTCgiNRgmy8jcEVt9EcIvcP/DZMzrN64PehztYBeLeI5D9AzhjU06xl7SA/tJe9xzJTSRs7RaFPQdRfRJ+C'
    '+G4S2PRQnbLFotjGzma+Lgggcy+KZ9EGSxfz5qOHpUvQLN4K5JifB0V/hJeOvm1bVYTRSPW00L9BEBsbU5/RNmvZTPQo5fw0tLr3'
    'AOS3y73e2Or+3dhqp8+o63cmYL+pvvYKMXqxp2g8uHLkp7HPwvJ7XgE/E53FRgIXH9boBFxIcBXVIbKZk1UW+acx+ZRt+SainzQN'
    'YFk1rqUEN9ro5djizuMV+kEUN7+H3BXmsT4ey/TUTefA1M+XH2xSOEF9oybh7+fJdl9T/FNBdDhVPnpN7Jniwtvnb8ISt1eQfLRv'
    'peLxeAl4/FrNPLaTMUc+8sfGR74NrMYIzuK6mZ86z0mP2ubq0uC3197lpGcOFp8Rq4ed9LvnqvU2uR0E4iVZ5o1WV4+g3H1JB9Rl'
    'tLFVNd1PM0m+RqazT3HAuXCmXM50noLoYarw9KUEhhDXdoni2F4tm/UqLCqbqKUMxhoYv2jAhx9M+VpXEd7XAONNYZ6LCe+n24B/'
    't1G48bB0sr4OJk9fR/rRwXhmmGcF9MOP77dVwbtrYLy0rRbjmEZ4v0OG5VTzv1HoY9RMA36Sah+f4gOTtaxcygMmLw/pvIuFQCeY'
    '0GgqGnKpJY1na8tIbRcbmI4gj+uYP1wW6M8Pur6N7FzR6R9ymIqRfREGbq0J4e5Wa7EGtroOQenEtHB1P4d8dBZ0NmU2OqH1oLu6'
    'MIAe3YBiLkzkWEH6eKamj7QfvYo7DdXbQH63H+4zka/zuwi9O6tsBrcoZPhcByTIvJQSJ4zSVHwduWxvSCM7RropSNzQWo0O09QQ'
    '9vYMD/0VCjM6f//9BjAg881XyPlMZOh+eXaU0C+Og6h8nsNlP9FXKnVfqHTp2hX6FXy9G0NY70bN+Po069zJZJYriJxT53u9k+lp'
    'LSByuCDy+V7CV58sCv2vLymhvjDOoDOEPj4PrjPFtfWi2B+/1xmG8t+FZOzbhLk9tUovlcs0decE1/nR1aXC8f8J+jc6nnoUB3v8'
    '+aF9L+EL4rlnc15F6zz+1xnpkKYQ6KIMo4u4fstSwkswuYOjLl+LcOMydWj054KeI6qYKEOKuai0mItpIPuhc1MF5RuJTlQtlKM+'
    'XbhPnCrhbS/tpysSRFesEehpricwWj58kOdC7d5rhJ1vnyVsPLXC3i+iXwzkoHfwMOSnNYY6tuhTlNL1Krp2WEFv0nwm7QSln3Rx'
    'BPYKx3d3dG6MT/rgfqI/RPlmpnqhA9HaH7J+vpcIfZyA+ULvw/8o4R8nYCrRsVLlUfn4rxT62AScpgmDj1oVAg6vFHpbP6qrZ6rr'
    '3K64n3nxNaaBrgK/x6r0pk14Lyb63fzO2MXuxbg+sm+zFTIRU7uSbou+tCvoQSpLUfEyOg15O368yDB8eqlgShUjN+83PK7Pg/u3'
    'kuTZqqlHAkpakUd++1PMlbmZwAS3IToYsDy2/+OYS1P7xQo2jYcr6/1Hj3qzJdR7X8y932wVoxfb+A6PdgfL2O41pN2w6uUxPFUw'
    'e0HMjeXcKw7NWM5zYod+POrfwZ3EtK+mvPOtGn7kD4kM32ZuvOrcS/ilWc1cHVTgN5VN033C8a3JbQ1N5SImMbU5HuE83l5hH6db'
    'Z8/UxfbdMOHfjEa7/UR3ZdYYjFfq+55kKFfJamTAqvbp+EZ7LftFODF9S/VF5hVHOwi9NEtzZnQb0pEq/mGf8LYN3AF3XZVsZUiz'
    'ph0sHU0cboPfTXAWtd+lcz2sqa9Lg8NM53sWOW+2KvB+2OsbdI946XuHuW8qQtg3DYp9Y8rP/wDRDeTrsYnlfa9mj9qed150Jj2r'
    '0S7scuBV+PVRRfP7yR787gPrxujcahmjc3o8nSlh7w3bu+sfiVz/gOJeY1vff5D62kOo73kyvq3CzBcCpZv/wWN8Qeq7F3Tgg4yH'
    'tn2QnUXtGrrASw8NcduCkNavHP27gsiCuljdnRp9ya0W+iW4LusJLjmgkCWVq935Hnos3T70Bb/jTSL6UX59NdGFQbnJHAXPVUVn'
    'DJdAl3nNVxA+eDlw7fQQcO1KS94z1xmw8YeC7dA6Nlvs7U5SRrfe1PbgIuHYrlMY5XJaSoNS3nW8xP5RPY4s49+lAH5UshWTcVF9'
    '320afNUnzHyGmuheeslAqH/IBZCP23gu0OBcHQ+xnc39Dg8dWpP+q3AZrsUphE7dYYg3TNv20r3m9OJojpnrF9I1XEPWsNx6u+Wg'
    'HWuFnU/N8wk91cnm7aCFvGyI3D2aRGk+RWU90h57kaEOFk1NYVfHV7W5k4Rx9xgPMLAzpDXbRHTRBizOiyHh7dftwkMEFhYRea+J'
    'fiKnG3E9msk8dmv6R9fWZJ5LgVWqn54isCvrPN0Df2QD4I/jyJnZweyI0F+4Fx2t0i33gwGsvyGgfimnYdAXdDn4zSb6HD2aewru'
    'p+MJjhgS3v50h8i9KAybi8mkngGL+1mfj06KvBelY4U6n3HL+0bkb535W9/1lgoXmLLuslIK8wuaYAP/yRDhf3sA+O8NCf7fExL8'
    'n0n4FBuFt81dhwcNizZYUxXzYar/pONd0Htar8UYNwc4P3S0/XjS2fOCW9TpN41nyXVWhkWhvwM698ManRjV3um0gMkOwzsypR8q'
    'Gcxyu7Qmobd9pXbgXM9hm+VZPFmEZ+s6pOCP29KdKllHPaRLFN/86t8h7GOmDBrufT/50wlwrx/tdqcKO9++fnNvAs/NDGdxG8cd'
    'hMa00cNFWriW7eGdscL4BNtYmTkEJ2wThXnD7OMwk2Vmffh500ShjT3Vx92h0ZudBnuMlqkQxb4H/PAUjvs1URhXq0UU2q+NNr+n'
    'LgQcNB7t4BMxhzdvegcP0sarjE4whdusZh9PKZFPzHXyGsmd1c/+uV3o7cgTotjuG+c1Ldx5Lse61wOM1hiuoc52W8Y2uZ7h2Ncs'
    '9DI5f7zfomyfYRm/8dm0qfPB0GkhNxoM0G7kC+PwwbG3jgKOlfEJ31Uiji0Vp5rwYLmfL5VMXOVDjt4NR2sf5WPL5L5tCDCv7ULt'
    'A2QywzsvW9gwcZqX3rFUc6bC8aM5d/8kHN+AhyJMVhjCZFoDk6Zn8I3CjSdmev556RDbnEHbNefvcIA1s23fdHymuocT6dyl/jWO'
    'GIVzGGPYNPvonfUKdZzKdsuxVirO/toQzv4FZV7jHYZyJg4HcvzdFjRA0DbOibl3/GtK2Mv9IeLfcpz7qrvVEWVc87DvWK8QXkyf'
    'oR6s7o5lWsbmbBky5Cub3KOGNLp1g6OEl0vZs7LsdSGtk5dNzg7hbdtpa3Njy0vmeH2HCK7vr7NTHY/r6+UroUFBD5rMedg8Sn5O'
    '1ovw/ECa8KnpvKHuxdtAZmVznvjlVfGoVW3PJzYAo80zV/XHC4ZmKM67sPnhiTHih7eEAIdpxblfD/pKK0Wxb8yg8ia6JrWaNfGj'
    'PcLkN3vR/UmLO2QW5hD1s2tAfmrrl5m2XzHK9w4ZO+HdmvOR21xyOXIv+7tbhOef1xRfqXTyTe5Eo8VjVfmhVt0zdXGQu0Sxn+t+'
    'D7uXSlZ/FZQr9S6xRZjrlHIfFPVENtsv9D57dWOqZmOqIXXIsR09DuCW66IOavSMTGCKxwWhc1FbJr697iy4e4KfBZeD/rxOP9ar'
    'v0mf/qbK0N9loOsQ9nroxlHOc1fO6eM+fF8VPvTCn7oY5quYTFS3zkHvbJ1C73ON8vfKVb/JGdBcAq/AD/etJ7hvq1DbmXUpzi+/'
    'epeS/WkK79zeNIw7fZCzvlojo8AzLE106E3pTdnGJ4XrY8m0nF+/bxJ2/g/7NfrC14CeRSn1+PX1EoXdTq+HXi/GR59sUcavDyeB'
    'LrAfjvLDN+XYj7aysKyGzhgrPYSmEOiZOgvd7E0w/qwHHXQF4CKVLZKKfzhe6JtW0m/OMzTt91jQOV539AqmU9yt0eEf1OwBLz4P'
    't389UyGXC6OdIbI+zT54SWdn50U/9CnuJGHUP+Rzpx1tXNE4yrgC6cmXhGP/bGpzkTVcu3LjD1OdOr4f/1a4vjDLMd7RuH/IPCeL'
    'Yp/Ltrr3o4Evg64TxfdhjXGs7obLfe6Gwz50V5jjD0Kj6Wj/DNGj1vk99fLX0aXB9dcRPeo+ofaZs0NT9uoQ+4NnxIWETvfrD5Y5'
    'w9AuJWs4ruMt9ppXv2YbytwGLPZupwcPVGenVzmGZ20shLMW5R33CNd3BcbAfHGuG0cYx7mAjFP+vVAU+5nkczDA5JIm9nmqOKVo'
    'D6fCT+W4sxwDba9JOuk7k4VrvTJZOI5T4ftNM91xnMLyrIM87yd5VkP9Z0F6EqSnQ7oi6fajHnRk1wn/tluh3MnQhwzkPQ3y3jzT'
    'SW+ZWXxPHc2xmfRNjvuLIB+T5c42LOfVP5s5OdzmWt6z3g71rk0WjvHM5OE7L176DZM094P1yeK5oP2ieIXeG1R68qWeLyj7Qx+0'
    'q9hc4N8rk2rZOMeziZBkXbKv32p10gdanbaPJLTaV+HbM5B+HdJXW9W+g99sLY7BTcu/CelPW0vzL1NL5nwVpDNG1Od1PMS5+tR5'
    'TnrUNlcPE7+tHnbS757rfKPn/GvvKn28Nr5GJviD0zhXBH/8XI2E7mdLwsEFHYWwK6500tvu1sMF+rNU+bak9qgIhw9knfSNux2Y'
    'm6v4dsUud69znYsBUegXYjLZx1+41ElP6nDS3+wo3uuY50SWRxfnExdDN8YgPl9wvL/odtLqba6/JvyW+jjM023F8bwevNtJd91m'
    'ho+TIeKYzTBv3+107fP5t9h1zrcjyLzjN3GO+zf1j5E/wzsL66brht+w/E2depyFvg8ni0L/lRwWK86Hc+QcsGMj7VXD2vzzBU6a'
    'ubh4jd4JY1rVXbxG+O3KTXr4wn5WkX5WjMIa8rOg0uMMUfF86hR7nOKNu+Ac7WstHHOTZh+8DHN1zLuL+3PbhyBtHX3a4yffc9LX'
    '7yuO1fcl+PadZyDv112fHagLNfS8k571gpMe2O2kux8rhu+jNW2OBg0S1I9bA/CbMf6squ2lhCfAcaZJHFSOc2eQfSPLxhV5a8iZ'
    'tnyc9+/4Ue4fX/t0wLVX0ddrLGFUhUv4/fweSF+cW7gPbGMXXwN7CfmWvYB382sVix8yT8L8SZrWKaegrc2Zr7+MjKTVFOdbIVF3'
    '2RKzIwGeegW9a+vfk+6j+Xjmj+jpPD8Yaid77piiO0/8sH7yE1VGGKJ4ZimjIyo1fBCMXTOVyDhongYih9vMZMdUl3uzh95zqkSc'
    'uU6EE0M9VsIZvo7l151XFEc3a865Rp9+Jko4b3Rn5AJILw2IKzjdt3uvk377WfdegN/u3Ad03x73/oI0nKTZZPrJR5107Q+L6dnP'
    'PAd5vhMefbeW0HkixDmvJf1eAvtoUkvuDG0prMeEDqkE2WUG9lAGcGeDw2ZQ9jtZAqy0h8ifik9EX7g3OtdaERQRG2SxoQPvUtBr'
    'MeHakUf0GjtrxUhiotBrtUTOgrjsOJbPtC70s3gOeUd53eJ+VwdHh+8Xkju8zC/TRzV5Z5F6puwvvN9PI99+BXh/975iPlIMeAhP'
    '7i0+L/Z830lfeLbwvLA539dazl8z4Ukh7zMF+F/sFuKLPyrcuzeQc2bUZAbxCYiTG/hODEQmO09L8Sub89N0/ZtKpLVa73fpqnrQ'
    'X0J66rEXnbQG9sD3nnHy9JH92fIkyGX3qevrJHmP3O3Wo8p7Ccl7HdR3wgvqvGeTvM1POekjT6nznkby7nzQSedCv5P7Csd2EtHr'
    '3wn8wzeBntz/EPAeoZ09L7pxOnDOHkFe41OF9c4mfUgCnlr5hLq/U0l94mF1nlpSH8VRqjGVEv+1geGMalI299KThrGlQZYreAjN'
    'QJNSGhfn5liYqyVwj8wwflYDXInx7kLrqCD5kb7md1yTcktZn219w/vOcTw/hJYw5jiiyw3OAJ/59nzi4dLlYcuimkEHha5/F6x/'
    'Mlr/BLlbBbuX+V3MQr63qc7zLMhN7+wrpo8/sKHwG6WPT9lR+I3Sx38GmWRSIR/Ebxd9oHR+SimwOMFUWBJMD6VBhI+QfHVcSomt'
    'SvmTzUS+HuEgAxwU190gQjiEojMqOqPG6IzC+8rRHwHdKtAlmnqDk370DvATTvLuvr0w76+uB/4U5O0iZxHWK+tDvyVpVo8sL7+9'
    'i3zj7W+gfCPW3pnk2+weJ/3Tpc63UxXfai9zfWvgt8+DDtzKHtf+Br8dZN8WU72hcwrHN0/xDcc3S9He7J7ic/8g+0bP/Re2gq7e'
    '+cXn/s/h2//cGp37oZ/7u8p47u+Kzv3o3C/fuZ8q4dw/VPg8YxX371Cco5gIj9cdJp/7SgM+97ss+NzvtOBzt1nwuVdY8LkXWfC5'
    'j7LgR0824EdXG/DAg9IIYeuymOpDNJNy9UQfYwqpE2WllI89E/6dIN/L2WYYsUjTojQdFd6/xYrxLGD5MR/XnVG1Rfc06hyZ+Njg'
    'Pq7mgs2Eqf8N2/ilfnleE6XtBZwrG7lKk0Y3M0lgkNNus5jtBso1dPCTOYTgZ6Yh/JQS3w3hjcYssYU36u+A+5sYnqBwVHEIwVGd'
    'BR5CHxnU1xSNvyX/PhgA5wxNUDg4lM6jKcI8Xp6ff3/uC3qbUMcW9vMNdKivf7yE9beRaccnOEcpPzGfe+uK32Cv19TsyzDSrUVY'
    'fAFPnQUjlndcRA999tIlbQuTLxTpmBjsR1GK7re/gKZUXokAO4oFe4r5/r992s1TyrmjsgdHnsJuhR7uENG98/MXEMFnyfBZgg5U'
    'PFT4DCQnmLiHesJUd8PuabPSCwmTDxed5SWvndVZ7kWTC3YXugz0n3vvs7tP/A3YWkj+Pcqisc7133HShgdLq5OeDb1wXj39sJkf'
    'wogWPXTh15YW1dmsNrSWbrOatzndWljvtaAP+RPms8nEF9NioffFRHU9uG8iquvBfRNRXY8PQp0HdhTrenwZfMBccGfx/lp2iZPW'
    'XVY67aVbj0ZYj8sD0gimvlbKYf+cGXFlEmHQ39wHEF0L7jsoKP09jY2Hxjr+Hvh6+vSGYDYNkT86hT+6XSXQbLvsabL4OIZztAX9'
    'C/g9PJq8m3pxMU6T+WR6xmAxTpP56TeK09Z3Oek1VxbvoyOzhd8i34uHLqyXgtMjnbSJqWucIjQPxl7Tna9rybf7Gc44kXx7CXwR'
    'ngv+Bo8j3/75aqArO9z4AlyH+JmPu7agqCsj6TuZnt3q+i2sJ3iYt5un+1oLx0ZtQZHGwzx+/gQjPFcSnptbAp7zLRuWHi71wxnh'
    'vMNDD7cU+o/7yFqgwK+VojCuCY39gnFWuO/gjaLQd3A/yYM+vvpYPRtJnixrC+N6Xi70foqxngthfvzk9F2s3NuZnodJDDBZbqVw'
    '/Ze1s3EvI/3lMXLQx9kCURwnmer+qOKcmsQKRd/tfnolPF5Nu9D7o11E6DBqt2/K2zvOEj5rRKFecVp46z7zOyyH74Vi7HXfdXuu'
    'WbjxrCcL11cP17umOi6xMs6/CgcMaOD8HMWeU8Eaj4XeRvbcZqGOVc/rkeWWCzfO+YAojmduqqMzxPSyeNyqbZY6PENMh69PuL5x'
    '87rfHjo85YLVoPpVCJum+dNAX6v8Q/axee7V6MV1CnVseh6jsUOo4+Xi9x0GsNivWHPaly4DOPxx0vE5o8LdA5o+msRWpjHvTeN/'
    'cx0yE33CoP3oIDpuch4+kXT2Mu1jl6XOpO16tRPYoH0bjXXg4784N/7VrF9cj7cz4B7oU9ANJvrpnH6wmV++D6j+4UwyVpu5pnPD'
    'Y8du0cC5qd5/WLDDx/pywo3zqfJ5q4rD5AVHGzXzs4X165eQ/kGY6ZN7jeEBjzH0lXEMJuvymiHM3ZBwaBcK21mL/cBjC9rS0yoY'
    'HmLpsAJnyL6fm3Do5rGCoZ+LQj/Mujmen3Bkj3Se+HnTp6krrHN7iHyXfZK39JOFPg5nKTFXdfhuo6ZvfWxe/ehUU7uR/XEXtrcJ'
    '81ixPePg3PtU3LmLIfyZ9J3Wt0Wz/jZ7W4fLtyrWWfa5N+7YhqlwCY9n2yGCxR5WjVXXnzPjjo2mCd1se95mffb8QtJ2T5lpcr63'
    'q+LOHWc8nzsvx9w4pHzuTWiTbmEWF5CvnQncPB5z4naVkw7j8/F3MT0sdinWIez1uD7mxLoqZcybDPdGR2xscetpMUc2rqMbsB9+'
    '7fUq1smr3bmk3azlHU51/+O0gmruZLsVMUdeFqTdsOb8F8DnLAeufV649qhY9qAlLsEyfrHYZXsPCXc+x4ov8FEyZts+qM7UPp/2'
    'JA0+IwAM2dLKUpfwKEu6Jwz6Qra9Rrix6cPA+xhjfEYAmByyhEka+9aLT0J5pBh3nPol2U/0laYQ+clCBQ91LHn96BelRpQe1zLv'
    'nxr8d/zNM3blqE1NqfMR1G4bdXCTsL6C8b1l2ckg4+Oy7ipST1IUxirQlUdfG9Sfjix7rnB9dFBZksz/PqH2p3O5GDsfJjhv3B7d'
    'b29uYXyIRMyRi5mW0+GK3xF5xwC7O/RraP1XyB41oVk6NbyVQcWZOt3ivOq1yIttPEJw1kafcd5L5CYdFrQZyrf/Vrhx84KuEb0j'
    'fCCk+jC+16BwacOVJJ67Xwz4ZZC3jcViP5HEgKex7leS9yjTRzpivU97JrHkvcpTmb5KD3uZh37ZIqGPdXI00QUbAh9Nr4Mfpr3P'
    'uj5EdLqwkzx0YWsUurZpha4tlzuGhdvSJeI2zE99g6lwv2m9dH2vg/RHAc9vvz6FNYcVJdIZqnxVAemMh0Gn8GVIX4N0f2sw+ies'
    'fv3xnNLnuTIEes5kPH7+8Lzu9VsU+BzPG66378VnDkN/oHoczdfmAPPF7yFc1wLLjWVsSDoHCQ9cM43QzjGiC4TlEz7lw/AfFy/z'
    'GL1iMo/VOaWSA3F5nwmfM0vus+Xs2w4LvkK3Qd+mhtA3ylOhd5kZBnoPpjT7sIbvcAy0qdIB4PyHbk0dU4GWpn3ttbjL8PpUOmCo'
    'x32uKLTXRnvSST5z1anh/3BdVzoWzq+3kXWpdEUTbCwLyFhUfewnuN1k//idd2H436W8uXbFOpqeWdwnPpU/DCvgTc7lHIU+gE5+'
    'rOLv97F6N2v0pfsI79RL79fWv1hYfA/O3zWd87D4d0Hbj+KVq2KoOk+54pU3w/6ka3OFiHzDUV8/u64SpTye1iycZyrp1BeZrYCI'
    '9lC0h6I9ZLyHGkVhnOXfxdwzC2nCRtg/aeCD25zViy3yI0/0SMv7ukpf3bS8bPOIAOOabzkuSu+kItwT4Z4I9yjP74ro/I72ULSH'
    'rM7vNJzfQXwrcV5vI5FrLmY8ljWMX1QpvH1ul8IXGU8yC26j6CdrCEsnqDaE+QuiAxhkLlV6WV76GuVcKxV/KFnCXPrNmS2frpms'
    't8wfZ7S4Dh7qShhDv0LHBddM4oB5in4G1c3tL9Gugt5JbO2l+jR64oOacfA6S4WzoHFr/MbZoxlPViPvmKKw4wlqR0R9pKlsBBqE'
    'a1+/1XDNVTxgnVyopgxzaqurtDkgP57bEw5qbIFM5BKU525zPw7ib2AVkd0EsYXksht5X54bsh1O0PU18elbWaZ9PKDYQ35l+j1s'
    'YcohSx3ykaU2WOx1CnMIV9U+ewH1FI8Trt1fmHJbbkPh1Q+bPanTfWtR4GIV7o4zGd5G1m9qE1cP5WYpxmByZtJ+9ZP2/PqrksPS'
    'MSTJfcT07ObwjXYWPLaVrQ1Up0J2qeLF8b3TWMLe2UbaUvniPYbBeCM5Q1tYHf2a9e/ygTWEJSxjqsu9mc0TxuCkfdlqCAteeCTJ'
    '4LxH6O1jdT6mvGTVfR7zFKbtRV5vt8Xurj1JQSegrq6Nz6QYmRca50Tnp0/lL3zxi4UxV1uI7vBK8Kt/AGLP3vOMSwei7/0pYCfy'
    '+2/YzdlMKPeH3WoYCtOm4aF5wfxmTYZflSiOK4zxyXRxhcOEr4rznfSr57jwQnXXXrsRYOB8vT5FlYddkAourn83+CC9oDgWb3W3'
    '+y3vw/ni0ny4hx3/03Yv8f0zDfAW36O1gEuryP46VJ4YZSvSwBLJcrdp8zQE/qhruTGAPirdD0dAw/sfc9KzMOb103bw9ZOvO2kP'
    'xM5+Bezkhh539s5fAXzJd7cBblyzz7vMWlLm6xBD63OPFJb55AOuHZ8s0wrnD41/8hnA85f8EPoKMbY/t7swNvh+aP+s+526jiTz'
    '822I4b33mWD7r/nr3v32Ox9Kwa8C5vuj+9yz0Kb8ZT9w5y0sniM9I+XZmp+Lh8ziIvKzUpadBOsj7h87uwodnk8CPUH7K+MCUF5p'
    'jSi0j0H/nNIh5MhnIYZJayGdNY3MBz0vY62uP+ug9TcxmrtyRD++SUSftl1xj+P3UFM96h5h5jtWd881paUHNfrLXRobDpXddSn+'
    'i7iNfK+PHnWvol8NhB9aql5wULmIije7VTPX2zTwovJTUC9c/zametUmPKchjf5vr9D7IVP1zY/PhjIu1doMMN3hoPvD5n42U8PH'
    'RRvHe8h9PQVtvDi3mE5eIAr9MS7UzIcNbYL5ksLbVlDHP5fjOFmUHquerg33z7RdlC9WNPcNp7Kjzl1dxMUh4B4T35cmdtemfPJy'
    'z1uPMPfR3eWzlxG+EMZi0Cb2RTppzVcb26XUaEhD3xuE619uiKUDQu2v+Fo2B+hvGlPEhxi/YpsmXSrcuEBV8K6N7SnUs6gXrq9s'
    'ai+GexvPqC2EH1+vwRtxDd3WBGtoyqMz9bkaRGbVoLHp8PNBw21+wpAbedkvLdDwt+azs4Cf9d0KWqLc8rQl0AY937lMd0iY+xQf'
    'EIW+0acQOlN3dnOaaVCxvib3rQYCI176ODa+MU1p2F6mz9KtoZVsbbjk/js34Pqq5ljnW2rQR6cK9+AkjV7DFs3a6nD2SuH6tND5'
    'UOzTrIOJH0HenmxrhvD2OxWE3rSlK2WeDeNoPY8okd7oFmrfZMMMD6xUyNlV4xvW0DGqvJ3C3id4lpybTcJcjsph8zrD9Zb/1sVq'
    '2OYDu16+CvG9l1xFMHlWB4OhfiYjpveEl4Af8V+QPtDqPd6McP1TyXMKv91DcPM9orT4G7oYPG3CPwbPSaI8cWZmi9L8SqHvJBpH'
    'o9tnj28XZmuRYmvx/Dx3LZ6fZ0fX/wH4rg2Q7gHe7lV73HZnwLlcxX7Sn4r0pSL9qEgfKv25X3XuUHv8nNz+yv37tg8J8fMP2XHk'
    'vXy05GlfSGU7MpVtybQP3ss2ZSrbxf43Q/8r2e+xXJlv5X5v5n535X5dud95ud/7cr+Lc78rW837/Ri0/y1I34T0Lki7ID0P0vdB'
    'ejGksi3sbxVZ52oiA6zOjfX6OwrbrYbxy/cUZ1RocAbigS9c6qQnQdzk3+wolsHraD8dfDbBPFew36pcH1+9MTcX7xHigtwhee0V'
    'Qvz2Au/5XAXjehXkjbJsPr7zBtizVziprMcPTiWMTOt1cJ/EexLnHQS4vQ/SB1rt4BThTtarw6syPcjg+D729wNk3WdC/6vZb8qV'
    'ufkfdmDpMdhr/5j7fQ3g1BZe6Thk3XnaergQXh9j++4fIf0ag1sTOE4SeJS/n+Ta/H1nYT9+Av2Q7/kZR9t9VdEfHhv33+Hbkz5n'
    'G+1fkvRv9jW5dcoW9k++y69fVq1n8x9/Dbz5O4r7kwac9D+3evenDtY/yX5n5g6s03OHR1tur1Z2q9dR5pHp6SAvb4N9LfOrxot6'
    '4PLXe58QTz9cWJ98J1P53uY8kXI91fysfLJQxkZ5Fa33m68T7bcsJ2XotN9cNyWI/IuuB8qSZpD1kH5Hpc/RTO6MbH1BvR7UN2le'
    'xrQH+veCGW2H83YAyt/3nWK4omtkMn/VbP7Ew448sUDo/bArZ7SZvyTM34UvhROrG3ltM0bsZX9Yb5rkqyB86wbgjwhDOJPyTCnL'
    'FB4yTs43XL8veOxfXN9bQEY8b09xbHCUHy97shguvgLy7K/s9oYLjEOIusfoZ2vgYUemzmG7Ab5RX48Iz6Zw8sgLLpzI9DuwL6RO'
    'k009u74JdNZu//U74QkhfvVQ4ThOAB+V8n0QON+9r3geU2we9+ZwyY9z83XVY8XzuBfk7D+G+ZR5gugQiWeLx59m438919bKJwrb'
    'fx3al+9t2v351wvb3/lYaTCO+h8f3VcMx7fsd2HEC44r2XmZP/v3uucRpyXw22NPFbZzz+PF8ahRT+X6R9V5VTKKmHBtEbFPJ+f2'
    '6SVPOno2l+1Rnxknwxl5yZOFOjkyv80a3Qx74xLQI7r1h2rdGqnjw2E4zWBY3gflXZCes9hfelcMcubu+b6TvvBscL/f/G6cYHfj'
    'L+9z+/tlS10b1MNq2F3ediic++EySadIGoWuw8wAerGqvUjPcH7eXPg47HfFPsU94kfH1RDZHYUxHNNOBZ7kekk7A+JJ1Gf75mP6'
    'PUDnvI7cB9ZLnbUHC/u1HvTY5HtKz1X50HOoByd2B6fndPMoacTbc7hj/YPF83gf9Pd2wC3rH7SbR5z/lS/ZlXsbtHsz0XfzO6+k'
    'nvid+wr7T3XHbdq/Hea0ZV/hekwTweDpHtgHsf3FOFqu2WKi82hL06x/2oVNWdd00s+gdf34oWJ4D3JXGMrt8T8xGmoI9v2fLGko'
    '1bkR5Jz7LdTzAPAuF35dv7d1fOzMiFoPkO5Z7g+d7lnuR90rBvIsuO9J/T2qyxdUp1F3FunGRO9X6Idd+lAfjf7+PygcJ5g='
)
