"""clipper's regexes as cpython 3.11.7 compiles them. GENERATED: do not edit.

Written by ``python scripts/build_regex_cache.py``; clipper/regexcache.py explains how it is used.
"""

# fmt: off
ENGINE = ('cpython', 3, 11, 20220615, 4, 4294967295, 1073741823, '14.0.0', 'little')

# (source, flags, flags compiled, first code word, code words, groups, group index, index group)
PATTERNS = (
 ('(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\s*,?\\s*$', 2, 34, 0, 834, 6, {'ampm1': 1, 'hour': 2, 'minute': 3, 'second': 4, 'ampm2': 5, 'tz': 6}, (None, 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?:19|20|25)\\d\\d|\\d/\\d{2}\\b', 0, 32, 834, 66, 0, {}, (None,)),
 ('(?:^|\\s)(?:propos\\ recueillis\\ par|ein\\ beitrag\\ von|geschrieben\\ von|корреспондент|reporting\\ by|автор\\ статьи|escrito\\ por|kontributor|bài\\ và\\ ảnh|da\\ redação|written\\ by|posted\\ by|redacción|reporter|story\\ by|words\\ by|authors|autorin|penulis|pewarta|text\\ by|tác\\ giả|auteur|author|autor|texte|автор|текст|oleh|text|責任編輯|责任编辑|bài|par|por|von|通讯员|by|作者|取材|執筆|撰文|筆者|編輯|编辑|著者|記者|记者|文)\\s*[:：]?\\s', 2, 34, 900, 1036, 0, {}, (None,)),
 ('(?:^|\\s)[^\\W\\d_]{1,3}$', 0, 32, 1936, 38, 0, {}, (None,)),
 ('(?:^|\\s)auteur\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 1974, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)author\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 2051, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)authors\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 2128, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autor\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 2212, 75, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorin\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 2287, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 2371, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\ và\\ ảnh\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 2440, 90, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 2530, 76, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)da\\ redação\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 2606, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)ein\\ beitrag\\ von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 2691, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)escrito\\ por\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 2796, 97, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)geschrieben\\ von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 2893, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)kontributor\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 2998, 92, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)oleh\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 3090, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)par\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 3163, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)penulis\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 3234, 89, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)pewarta\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 3323, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)por\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 3402, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)posted\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 3473, 88, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)propos\\ recueillis\\ par\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 3561, 127, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)redacción\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 3688, 88, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporter\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 3776, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporting\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 3857, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)story\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 3951, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 4037, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 4116, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texte\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 4189, 75, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)tác\\ giả\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 4264, 84, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)von\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 4348, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)words\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 4419, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)written\\ by\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 4505, 90, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\ статьи\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 4595, 125, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 4720, 92, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)корреспондент\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 4812, 118, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)текст\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 4930, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)作者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 5024, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)取材\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 5093, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 5162, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)撰文\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 5231, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)文\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 5300, 67, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)筆者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 5367, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)編輯\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 5436, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)编辑\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 5505, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)著者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 5574, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)記者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 5643, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)记者\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 5712, 69, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)責任編輯\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 5781, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)责任编辑\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 5854, 73, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)通讯员\\s*[:：]?\\s+(?P<names>.+)$', 2, 34, 5927, 71, 1, {'names': 1}, (None, 'names')),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 5998, 82, 3, {}, (None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\))?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>(?:[^.,|()\\n]|\\.(?=[a-z]))(?:[^.,|()\\n]|\\.(?=[a-z])){1,59}?)\\s*(?:[,|(]|\\.(?![a-z])|all rights|무단|版权|alle rechte|tous droits|todos los|$)', 2, 34, 6080, 714, 1, {'name': 1}, (None, 'name')),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 6794, 1043, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d.])(?P<year>\\d{2})\\.(?P<month>\\d{1,2})\\.(?P<day>\\d{1,2})\\.?(?![\\d.])\\s+(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?', 2, 34, 7837, 890, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 8727, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 9268, 1044, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|wita|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|wit|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 10312, 559, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<!\\S)@\\w+', 0, 32, 10871, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º)?\\s+(?:de\\s+)?(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?,?(?:\\s+|(?<=\\.))(?:de\\s+)?(?:(?:ค\\.ศ\\.|พ\\.ศ\\.)\\s*)?(?P<year>(?:19|20|25)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 10898, 3637, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|fev|set|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 14535, 3753, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[^\\W\\d_])[.!?。][\\"\'”’]?\\s+', 0, 32, 18288, 221, 0, {}, (None,)),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 18509, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 18535, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 19128, 240, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 19368, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 19399, 77, 0, {}, (None,)),
 ('(?<=\\s)PT\\.\\s+(?=[A-Z])', 0, 32, 19476, 41, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:T|\\((?=\\d{1,2}:\\d{2}\\)))?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\)?)?', 2, 34, 19517, 1611, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 21128, 980, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(jetzt|gratis) (lesen|testen|abonnieren)', 2, 34, 22108, 124, 2, {}, (None, None, None)),
 ('(powered|designed)\\s+by\\s+tistory', 2, 34, 22232, 106, 1, {}, (None, None)),
 ('(©|ⓒ)\\s*\\d{4}', 2, 34, 22338, 37, 1, {}, (None, None)),
 ('(наш|наш канал).{0,20}(telegram|телеграм)', 2, 34, 22375, 93, 2, {}, (None, None, None)),
 ('(にほん|日本)ブログ村', 2, 34, 22468, 41, 1, {}, (None, None)),
 ('(打开|打開|下载|下載).{0,6}(app|客户端|客戶端).{0,6}(阅读|閱讀|查看)?', 2, 34, 22509, 122, 3, {}, (None, None, None, None)),
 ('(扫描|扫码|掃描).{0,10}(二维码|关注|下载)', 2, 34, 22631, 73, 2, {}, (None, None, None)),
 ('(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ]', 2, 34, 22704, 180, 1, {}, (None, None)),
 ('(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,}', 2, 34, 22884, 156, 1, {}, (None, None)),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 23040, 227, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 23267, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 23365, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 23544, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 23625, 21, 0, {}, (None,)),
 ('AI\\s*학습.{0,10}(금지|이용)', 2, 34, 23646, 55, 1, {}, (None, None)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 23701, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 23939, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 24193, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 24383, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 24621, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 24649, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 24829, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 25021, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 25227, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 25259, 30, 0, {}, (None,)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 25289, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 25408, 139, 1, {}, (None, None)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 25547, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 25863, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 26084, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 26577, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 26901, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 27107, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 27135, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 27155, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 27187, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 27349, 16, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 27365, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 27571, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 27857, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 28053, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 28107, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 28131, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 28155, 43, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 28198, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 28492, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 28510, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 28527, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 28556, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 28680, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 28810, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 29017, 270, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 29287, 104, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 29391, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 29810, 16, 0, {}, (None,)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 29826, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 29915, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 30034, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 30109, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 30190, 16, 0, {}, (None,)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 30206, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 30319, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 30363, 24, 0, {}, (None,)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 30387, 483, 1, {}, (None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 30870, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 30971, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 30996, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 31845, 108, 0, {}, (None,)),
 ('\\d', 0, 32, 31953, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 31967, 28, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 31995, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 32210, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 32342, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 32461, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 32522, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 32634, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 32761, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 32882, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 33156, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 33290, 137, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 33427, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 33455, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 33471, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|atualizado|bearbeitet|diperbarui|erschienen|modificado|ngày\\ đăng|posted\\ on|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 33735, 3637, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 37372, 220, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 37592, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 37633, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 37654, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 37712, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 37728, 16, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 37744, 104, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 37848, 195, 0, {}, (None,)),
 ('^(?:https?:)?//|^www\\.', 2, 34, 38043, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 38098, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 38212, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 38509, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 38687, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 38744, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 38801, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 38858, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 38919, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 38976, 40, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 39016, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 39098, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 39238, 30, 0, {}, (None,)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 39268, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 39369, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 39393, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 39903, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 39927, 24, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 39951, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 40359, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣]{2,4}$', 0, 32, 40500, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 40521, 191, 2, {}, (None, None, None)),
 ('^\\([a-zà-ÿ]', 0, 32, 40712, 19, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 40731, 38, 0, {}, (None,)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 40769, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 40925, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 41081, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 41926, 844, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 42770, 191, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 42961, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 43207, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 43285, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 43517, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 43628, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 43875, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 44024, 588, 1, {}, (None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 44612, 347, 2, {}, (None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 44959, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 45088, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 45335, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 45703, 115, 2, {}, (None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 45818, 71, 1, {}, (None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 45889, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 45964, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 46110, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 46245, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 46358, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 46432, 77, 1, {}, (None, None)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 46509, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 46879, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 46921, 93, 1, {}, (None, None)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 47014, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 47884, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 48309, 510, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 48819, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 48892, 210, 1, {}, (None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 49102, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 49232, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 49360, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 49476, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 49979, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 50234, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 50420, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 50607, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 51060, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 51281, 171, 1, {}, (None, None)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 51452, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 51520, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 51598, 311, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 51909, 81, 0, {}, (None,)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 51990, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 52066, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 52141, 57, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 52198, 39, 0, {}, (None,)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 52237, 97, 1, {}, (None, None)),
 ('^\\s*by\\s+', 2, 34, 52334, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 52366, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 53331, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 53411, 83, 0, {}, (None,)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 53494, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 53579, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 53736, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 53784, 207, 3, {}, (None, None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 53991, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 54115, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 54219, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 54267, 77, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 54344, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 54382, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 54411, 44, 0, {}, (None,)),
 ('all rights reserved', 2, 34, 54455, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 54514, 38, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 54552, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 54704, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 54785, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 54956, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 55009, 116, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 55125, 60, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 55185, 30, 0, {}, (None,)),
 ('コメントは個人の見解', 2, 34, 55215, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 55263, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 55307, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 55353, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 55385, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 55433, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 55485, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 55525, 36, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 55561, 30, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 55591, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 55651, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 55703, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 55733, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 55767, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 55829, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 55864, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 55910, 48, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 55958, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 55984, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 56010, 53, 1, {}, (None, None)),
 ('채널.{0,10}(추가|구독)', 2, 34, 56063, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 56105, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 56155, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 56256, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 56310, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 56363, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYXUWVcL2t1/SapRMIoYEEOiEJHSAQQgINZgRHIEBQUNZO90s3pNPdtJ2EsAYFBUFBFH9n5BudUf8RJiCgDpsOgRGIM+AI'
    'Co7fx4ww4mj4f7cfF1TG/l+9e07ueedW3Vt13329UZfvUel7a69Tp06dtVEIkRXeI9OxwtNWSLvhXarwa4F/V8OvufBb+LSXZvcI'
    '0VRI36X49q2XvG8nk2+nbvDS08/2vh2v+Hbrxd63o8m3ujP8PPLbMvKtnn07FL51wDhkukV43w4k34bZt7myLlJO1rmc5MG/Zd4G'
    'knc4Im8a5q8F5lO2Uwvv5Hw3wNzXFH4zyLy3Qpk0KZOCv2mZOrZWGYs25FzkoL+rob9rybuTN3nvVpF3v8t7744i715+0nsnx9wI'
    '89BP2hQhfZbl2gu/BWTesjAGQcaSjhh7jvwt81SR+njeFFsb0/lqIX0z6VML9EvuqUPYvDdZtCvHUQV7piVG2Ru+WTreVujTe0k+'
    '0/pwn+DfdK5XQ/rCDvt6W6Aem7mtTmhuZX/jzm3Nc8G5xfk9RcSbhxqCb1V47IgQPNZhgccOsMBjrdB/+W0r2eMyHYE8taRf/bCe'
    'dQo8WEvm6IOpeDBYxdahg8xfHfTjy5Dyfo9C2gN9qyd5+sj4MW8cXCHfXwB9yRRfRj3p1HR+ihPTIcp4spE5bODH5DyV8DkrAu5W'
    'szqj8FYrwNNjhd+lUK4bvsn8hwXgJv22fuj6/nlsrFq98vuy7YwDWSmy1ynOOpvgsyvZt3cTvIO4Ig/rh+fhByC9DnAc1oO0b62i'
    'PM1zJKGn1mRL6z4p66Ufmu/XvTrrlVtI+rad9elSSFeQPm1kY5sFcGpafpScNzqcX6/ZP4vJvigH/y+1PEOqgDZLwRzTe1AW1n0h'
    'u/esgPQ4GF8z+XYkpJ3sLKTfVrJ5UeEI1TukSeZovjcDTWCKg1RrxOchDfOHd4Qq0pc6qFM1t7ROWfYkRqeMQDrE3g9F7J1muCfQ'
    'OvLkHKfne94AZgdIGpbXtE/DjFZDmuizBSR+uEW/Blm9Gy3KjrL56SY0Da1zG1uDQejrMOlrnwVO61HQg1F9zSvGpxq/rq9/kfHu'
    'pYj3aHsnAG78IMGNXdnSdKUBPj3RoN61LM/RkOd6kmdltjRvDd6vIe8N8730xvn+HmrI6OF9mM3JCFl/E/hSwQSuww5o/+eFTXwi'
    'vOtkYzwS+r1zvr9HosZksj7Yn7B1MWmL9tkk72mwPqvg/Lwv7d0pbeF/xGKPDmnwxxDDH7ekPd6IfLdZsRf4vjc561V3Id7ulkK7'
    '81mZVyLqV+3bV9j7Lywo7Xs/tHdW2qO35btedn/V7YNehud+CumPyZhk3avJWLbHWKvRCBzF986CQnv7WZ5vqnZ6I9rJknai5qaH'
    'pFHjfoPh2tcL32bGwEU0H8LVD1IenWI6F7zeHRFz8jjUT9ea19Frca7z+v8+5dFhdG75XupXtBvWnqz3Ewb1DlnALq7dVYV3+7O1'
    'yjP8sTUBWki2dUnKo/VVbW1X0Ef87iDrWE/q4DB0BXkftkYnkLnEOl4l8E/L9hnMpcRZRd5ayuex6dYoz94j3M8zKNuvwcV1KY/W'
    'NoUNWeZ/hF8mbB7xvSzzK+GfNeN15st2XyDnvsl5jfTU6mz5tIJs/0HCBx1i94M8O6f+nuQNm1eZ9y7IK9vbdauX/gnkVT+7Bu5t'
    't8H+J3kP+Vhp3jnXeeknIO+HCV/A9Gxugv7VRtxXhhR5OGxtInl09PmFkEf2Yb/bvfQrt3jpeed4ec4h/BW+h08n9+cL1ntpbqf3'
    '7Z3k20sgNzyzz/t2Ivn2+3O99J1X+XIs/HZ/r5d+BORZK8g3mZ+2t4R84+t2CPnG12k++XbuDaV1zibf5n609Fsj7ectpd+ozA77'
    'bsubNpHh7DdW+l1VD+UXpAjfJC6/YC7UmQLeZwOMZzaUaSK8DNnHiw34OTUJ8DFs8X2l1oHyraNkSDifOZI/Tb5P5JypzrmpPme1'
    'EzBnYfTYVJ/P6grPp4O9eHNlcu+Y6vOZTWg+KU0z1edkRsJzUile0lSf59w4z7ODy+R5jlN9TlsSmtPJLO+a6mvUUKE1Gk/5htsn'
    'k1/W6vbJ+Mrepvp8VyU032F8WEfj6Xm47i5beVmXm+P4Mj63d6cvPVRfgblJUmdiqs9vW8Lz+3bSxXR7q7J6QlN9fusqNL82+lFT'
    'fQ4bJ2AOk9B3dbBbGX08RyfH12NzfIDouXMybnP9PrcXk9UHdffY6cszTooWTFr/3Mlqx8eGw9Hhbz+7L0dLjO+aT/X5bkpovqeb'
    '7arbRxNjx+J0LoO2Im5OgjYybk6CtkFuToI2UVN9TjIJzcl0mIuk4IPaxbk5CdoDujkJ2kG6OQnaf7o5Cdq9ujkJ2vs6GVC07byb'
    'o2ifAU5WofdDMNXnJg3ttMEP60W/t82gi9VM5M3c720z0Y/YQvJyv8YtRKcex344pMvgWwvpdxzf5W3C9/0d5XM1rj/uVoP7gmzn'
    'buH7f8gBz+aFhd67RWTuOpgscbHw/T/sx/SquK7dDgtZRp8otf2I65uYz7FqzM2KMdcbjJnCi01/jhXBvYO+OMP883YoykW1R+F3'
    'GaQz2+35aCZ9bBX2vk11eGap8H1y246ZxnFohnrl99lYXhbaIARBl4GnCWBvkyj11X8J4Xs638Xj77uY7ju5J66C98e79Z726z1T'
    '2McWwRgJDQSn7zu8I+DhLQYPOQcPkwIePl34HcR0ualePdfZj0NrRPn/20rwzdGPwV3tQe/bIPl26oiXvgN8dsm25oX0HfU2TOwO'
    '+oXat90ZhGbhuqxbLfRxehW2EyY6KFFzJ+MWHajpX28Mu4wBwzLUpxjeMcL8gqNvKIy3Q2kU6ptrueaOY3oXSJF6KF4L80cW984R'
    'px30dabzDa/y/96poddN7y05ER1PSZ7/X8rY04dtcPdT3QmWQr/z5B3GhbmEvLsa3p0vgrFr8K5yDrlXvALv1pP8aDeE8WxOFX4s'
    'gm4NjHcbwPgxMF6VTxRV/iWkT0dlS8d8iPB9NXY1eulhkC6C9MjGUr/9ScQswPtKOfcsHtutSrjYbknEdqsW9rHdaixxVa1wsd0q'
    'GdutzhIn1wsX2810bmdYzm2DmJ6x3RrF9I7t1iQqG9sNY+642G4utpuL7eb4Iyb8ERfbrbKx3VpEdGw3lcytPgFeggktQXkJ5fII'
    'uMzRpHxOMz/LQ+hb3fhN5crurufueu6u5+567q7n7nrurufueu6u5+567q7n7nrjcdfT2dTmAEcjXq0G2dgyOAv5HquGs810nzcA'
    '/UjrtJE743oeZ1HGisboSx632bT/ExYvLEdoQJP1sJEz/h8NbdmBczHmr80PRWnMr+9Du60i6ScFg89ki4MX+5Twq1G3oTaqirqw'
    'j/Xk3zPIzDY2lWpWtSQ3ojR70dysz9xuVXWNMS5Ox+t7O73IhT7Ndj02etI+gNo+6cCxE+Npjj3QlOUc8T24GNLaMXsdgqTxUgPo'
    'cdQBPhLjQcSmM5OVvM4aE8mxni4TKjyybVtYiaKl2+DsjXOmSX6KiuaoiqA5lmvOuHJ01Y4ok798BNMtO2AcdcyaCE/UpgylDXMG'
    'vOwjnK6a01VzumpOfuHkF05+4eQXTn7h5BdOfuHkF05+4eQXTn4xiXXVKD9hBsGtNex+uzpEZ60a6qRyik641+toU0rn4z2flz+K'
    '5KVjpTZxvMzKkDaRJ2FDK2TJXYjSCiawiGfb/0qV0gyqOEWY99aUHWxR2JDlryble2L0dYCUz8cofwHrv23501Ll7fs1qWh65KhU'
    'ND2yJOXjhs0W/Z9Pyl1mUa6R9KlflMZmxTw5qDuqzj5W7vcEz/VY9Gmv8Ozw48Yuo3W9RPqwxaDcZii3h5QzxbWy3KOW5bCfu0g5'
    'G7j9G3Le6Pb2naTuYYu6P0LqHtbUfS3J06PJs9VyDbBcn+Is5XVfROreaFH3mYp+51meUxRzy/OcQPJs1+RZaUATLI1JEywgtAxv'
    't01xn8RvzeRbD/tG73u6+xLyp5EuUPmZMr1rdxAaIgV0yixCQyA9YStXK5fnGuYjDGmXGhG0bW9g7XZF6Jk3Mh6WKk6Prq3GBGQt'
    'bUDHqPiHyCdoVMAZ8gdo/kdDeNQmOvYtjHbvFcGYS1H1tBI6TfbtIAO8kFfsE9M48FtEacwT6ktDzsXNtd7YZPkUyAhWQXoQpO1E'
    'diDTBZCugHQepHMhPQ1kDCO1nk+0OOMLGwNf4/NqPT67aTtJzt9xtb7fN4w/iL48tiXYzoG1vs+QXoN6exJsW1RoHXk7/13jz+Um'
    'VnabYu1NY85S/y2ynWdrPN9YFJYXQtoBaQ2kRzeW7g3cAwcT2Jd1PlTj0YU6OLCB5y+SunoVZ7JNXZ8gdfE55euwVahjeu9Aeiqk'
    'Xz2W/dpcxnxxuDlP0a+9hv3idf1FGWPkdR1Z450Lcec+DK5l/fuR+nst6HPTNUpD/TZ41WR+cB++Xl0+DGBdP6iOv2d4Xd+qDp4n'
    'KjrXNl6OzLseyqxgcX7WA838pQlo+zRo+8Mwh/TsR/w3h9EG8yLw4QeqPTonLuzLOjaSOoYU93/6XgfDZ5E6LmPtDBrivS5FP3os'
    '+3GExXzkNXC5wKAfWyNwUkO1R0+HzYcN3YLj+32VX+8mhoO3CXNfdLzeVxX15hOo91+rgvOwVdjFr1fda79eZQ8rfI2+WBW9RnHO'
    'i48XPu7PyvUJM794HMai9JQ+YDCGOLTbhYr53Wq4B7CO00jf1mnirPFYeBRfdkJ6PMPdxyRcL+Ll9kLhg4VZzD7UC5PpO7LJxVmU'
    '/fhzzpPfR8WaW53gefjqOLaJ8/2tnLeOpvHyVrP1043lvoTrxf5+JufxUei5vbLR55EU9eYaS3kmt5AyXey+j2UOZmWuzfm6Dvze'
    'tFjDK8iSumUdWxR9PTqi3UtIu3gPO4Tdyxoj2l1P6ljC2q2G9PCIOk5Q9IPzQA6OoIuWkTrmauo4LKIf83O+3o3N+VA8/xVlX2Nl'
    'BzVn5p+zHu+T1rs15jlSpP8V9fUJM1+m/DwtylNIfeuz6riXKnzZqdmvTyZUH+7T+7L+3GOeExXxPlVny+dilMV2b8/6usnjfX7I'
    '9ofJPK41iFUadSZckFB9OD+nZn25w0GNajyj24vHZX15/UEROHc5yZtieRewvIco+rRSc/fifZpFynLcvjgCP+VIHxdEjOePGf14'
    'eN5fkrxLIvK+FlIvPxt+mPHHOpvdURdFzNO/kHZmR/Tp8Yx+Xnifvkbyzo2o9+6Mdx5SvkS35h6I8ri7MqW2B5TnOmJ4h5H1fDSk'
    '7RER9LUty1xDyuRDzguKl4cN2rmSlelRjHFjjDGeReq5jJ1Zgwb1YH9ODKlnwKKeZYpxbYsxrv0N5pTfTRsNyvyU9TdFyqjmj+pm'
    'YJnfpPVlBjRlfpr2cfqabPActb2rfC/t6xdtYXQO30970r6s1xZGZPmHQ8oPGJT/MpSPI18p0v9krLo1Qt7Cx0LyDjC+1wcVc9gt'
    'SmMZ4fptV9Sr4isV9alI3jBekczbnQ7qPul4Hio+xFmatYnaZ4NQ/qSY5XGfrkgH9dyQb/Ento6HhuTdyvLur5kXUzxUn/bxUNz9'
    'Juv5A9HjWwXlzyC0MqXbfmGQF2myH4fk5bTxvxvkxXqfS3ny7qT567LufyT6aqo9IPPcS/Ko+MBF/l8qqJPzGtsXnyV5VDSAzHNH'
    'qlS3yQRGZLkbFOPYysZxVUgehP0RRR/pfVHmudRQf4/ivqItJ6l7SKMbeDbJo5IvFe0ISZ5ejf5Tl2I9+L362JA8iE+XK/rM9ZsW'
    'hfSnh+hT1obQYDLPTMXcb2R9rlPk6ePnP4EhU70DWe4NEayb4/bXRXCse1k9r4ogDOcNYPh7Qj+2rZDnX0Ly4Ho8IfT7FWHoYWEH'
    'w1j3PSIIDxzP/y0ZvykPQpb7JClnyouW5W4kfVKdC01gT10bwotogvHr6kG8fVlInuMgTzfJozozivL/kDzHZ31b7kZLHkjx/Fes'
    'bdR5gbaqsxPkW6M+ZaMl3wPvxo2WfGeuT5kR4X5tw3Qaq0Wpr4EoHTlqH5cleo60PR4HLyndPFnXIqZvWK+4u1NdoeUK240FEXlt'
    'bftahVksomah9xOh8iGxUrg4Rc73g/P94Hw/ON8PNvjP+X5wvh+c7wfn+8H5fnC+H0zgx/l+cL4fBLujOt8Pk8/3Q10Mm0Znx+fs'
    '+Jwdn7Pjc3Z8zo7P2fE5Oz5nx+fs+Jwdn7Pjc3Z8zo7P2fE5Oz5nx+fs+Jwdn7Pjc3Z8zo7P2fE5Oz5nx+fs+Jwdn7Pjc3Z8zo7P'
    '2fE5Oz5nx+fs+Jwdn7Pjc3Z8zo6v0nZ8KQM7PhNbubixj9vAZobqz8+w4DXSuBGDBOfwuBEj7BvVFR9ld2FutxRlE2USK+A5NkZ+'
    'pgyxc5jG8+DyLzwLwuJ54DhXKurpZ/iSxvPYZCF3XGCIH7l9XbNhOU6bUB14tBGrcjrLE6azHNf+1zY2RpSNa5Kx0NGO1dmoOhtV'
    'Z6PqbFSdjaqzUXU2qs5G1dmoOhtVZ6PqbFSdjaqzUZ1sNqoY4zMLewpxay3wKmugLRqr/OKy8PD0xsrFOe2Kt0/MsHApDyvOGkzv'
    'k9BbgxtEWc/BpjwsE14U33N0rWvJGuaAT9ENOEqQc6uW3L0wn5RDvN+gHYljfwfvrxe+/73L2Xk6ADCUAxiaKnCSMX+yVvSU5lyU'
    'a20GRvqcYzGeJgUMNhD62gT3IDwNE3hy6x5cd8WaX1fumie57vLdewr/2JDy1vM/CV/H7eu33752NEBwnbPjQAM4XDo9cGma/E1p'
    'qBS5H/WTvdkL6xwHxlJh2zNdmb1QkcerOmOyinEeVflUBD1ez/hTVURe2UzwKd6P6yz4WggDwsHApIUBvn+zZP+qfHA1KPiPWAbh'
    'JhUia2swvOdFtZ0F2aAgvKW5AF8pkh/vfmKXEF/4gZq3z9vhMpW1Fvkb4N1s4duxL2b56L6bRWRWvIyKL2W7XnwsZ0J6DpGnmN7L'
    'be/VNaQeWe8c0Cc5kvDhxDjrm9jIdRqg7Tkg4z8C2l/3gL2cNo6+Xrn9/P7T9v3MWvYT9XfmlSnzvPoZr0y1Ql+Hy4l/EENGhzhC'
    '1n8TjOkGGE+NmGpPSiFrkBCTze17XYU7qwJNmj7psmuAlTN7adZlfVEJay+D0KYBdMPqkp3F8C6mPboA426EPlWTDihj8/Db6cFh'
    'DwvBpyYekDYBTwBp4P5zvK9NoJuC71fc7r8/0+kXJ6ZfLPG3kzdPjLwZaUw8Y3/o9HGdPq5mjQ9XrDFdHzm2gwjNJevZn9HqUbQl'
    '6rKY0vb0jqSiGZ0OsdMhdjrETofY6RA7HWKnQ+x0iJ0OsdMhdjrEToe40jrEUd+5rKR2ispKZFujF00emUiRjumrvOzDpj8/yXv4'
    'tyMGDUVp0poxfy/gms6AfBkiD5pN4K0oyx9T18e/Ix2zNCYPyN213V3b3bXdXdvdtd1d29213V3b3bXdXdvdtd1deyLsdetJebw/'
    'c7/aPPbelQx37w/6bRS/jyhk02HjjJIVcz+BKKPGe3I1mdMBYR+ncJDAxCwRjDVoGieE1yfp7vlC7SOV6sGY+opXxSZV6Y0gP4Cv'
    'dyvgbrreLYzWGdLo2Yxo9G4OBFrHJkZk1Dj7hNrvf6/Q+4000dGl87/Dslw5MKyKzUZjAPJ1yrF1onXfjXT1QvUcmJ7PWfjpzlIV'
    'rlhEcAX1qY0+VWWck2qAPUrzU50SHnNqrSI2mW6NUe9vFnxPMRwwU7MfeSw9HZ5COl/uWYxHbBITgMfFwb+Pyqrjr63Jhu9XXJ8q'
    'wovZ3OnzyTjPs5bluQrST3YGeZ+yfFE3pk+PW1+C8j+H9H5Iz+oL9jEn/JieyC/asFHPl5XfipqKF5f6TaXfbrmz1G8qrfua24Jj'
    'wm+1t0XDTpUGdnS+zofJuY3z/Hfne+mx0N9fXll616F5jmF5+Jrr+tYG5wfnwdK5zH3aS/90S3C+HrgTfA7fooCBPpi37cE+5Rit'
    'QHEFtrEZxvShHv06Y55/6wn2Db+lrgj2TdZJy4WtZV3IWhb5nQAXv7m2tD3alw+c5aU/G9DD1TW3me1Xausz/xte2Ye/p58jzHPz'
    'i75uGH6T5WT6/Ld9nNSgKCfThzRlmkLKfGyFuozubDXh11zxjN0dvsTmzfbSO72u9Bn1RTy22jgojttd8vmZj/I2iYuOZbiInz27'
    'dnvpU0956e1gs3IYgUEJH0W52/OAPx/w0leehLhaj0HccaL/Sb/xdjiMz94D9d8HMpRdpTC/5jE1jLdawvmvv+alFz5sV+4m2IOr'
    'XkqWJ7zfWDw+Xx0BDFN7QJO+5kSpzSz197QshMbMQLkkfDZXExjaIEpjpJ3E+K/3hOQ9jeX9HDkHed7hiHZuJ+28C9JBSHtY3htJ'
    'XuzDKKS9LO+VZB++A9Ihludysk94nhFF/5tIO7QPp5E6wvxuoy76gaLUthLHsCOiPLWzVo0/qu2VhF99GruzbWF/Y715Uj/yenAN'
    'TmFlN6JsFfLOI2f3SaQM8uOrGcycJII044JsMKX4Kov7U/jxCdCmFuEf9wrOB/JQUB5ZBSn3U0B1LVJkD+O3NcTKaA3Utwj+Pojd'
    '/3VxyXcw2jpveQfvZ/VtESwWFuEDheWleAnn7AQyVweSdT8Ryl2haXOWos08u0v0GrTJfUbUEJ2FsHWQ6/QxwqPne+IIBT7sZ3CP'
    'MI1j2qbIi3ujm+2RzSTvRoZXesleR1uWBtY234MDpL0m2C/1rJ95Vqab2LI0MR5MD8NxlzJch3zM40jfPqDAVaq+LSV3X45DtrB2'
    'Btj8jbK65hGZP71zVrO5HWF6ErhG9PxeAfY4HLaQf5yKgBXEKdR/HLdlp+UlfM4CeE4R2LaF5ST61MzoFOr3qPA2I+UcOlkH3rvn'
    'KWhdFV6aS/6N7VHdojVsn6cUNKduvLo5lGsp466ZzOHtKQ+GdOuSJXAh+28Sv82G3n0f0N1ffzL83s7vxTVAv+/+dvBOPgp3iLuf'
    'VtPyOLbt0C98V4fzork8ZiDNTmtJcS419sTYbfSC+SPpF6Xd6mYZbmjcFVH6TeEZMhaeH2WE7bMT9+KoW9Nptaa4b69T7NvqabzG'
    'OXjCc1Wlxv5Q4r1s59hErPF1+jU29b0Uta+vdmv+tlpz3PcXK/a98z2ZSolV+1xCati6Bk8ETnb+Psd/zs3o1JA1kK4zc9Nbp7GT'
    '6TR2MKdJ1k9r2Mc6a53I4DOjk++rUbem02pNcd82sn1bK4hiTEhDAZ5ERH6dD9kwudDhClmLSs9nrvD9RuJdvobJazgv2VYetIP1'
    'wWY/xBAIZ8YFkLOqW1gZflQ74ulvm0qHrX34NZt/CbMPOjxE5ufovRCYWFHOAtacFZXD0XvjP+cod0P471PAfxw9mGm2NhmDW2vo'
    'k46P20r2R69bk0m1JrhvmnV0V2dxx+7UnX8zyNo2xCgXRfelu8StUTBVb5Gf4wtsF3WybGJ52MT+MJXHq2xGhpkcfEih+94EcrtZ'
    'TEcAdbH3Epm5iW1MuTqLqy3p2Raij9AA32cLu5hJ03ltl8CVLGrttjAdiT5R6vMV/Tpi21H1cV2TrSJotzIdYIXSDbL9qXtGZRKn'
    '4dIVjpUYdXxNfbph+q2Ji28ZvUY3lMeCs4pvGYU3w/Bd2tHkJTR5JfdW2oC95O5Jk29NqoUf34fvLxM9YBWvWZb5iVDHpLNZ38z0'
    'Wu9suesdJYJPAh6yQBMjbFwG67jJYt9O83WkZ2B7TA5g+Bn4+Wj+vM0eLf5d+Mdtqj055R5VYJN0JjsBPWm2YU41G7OuAiMNk92h'
    '7VC60/+eJWLOcvG7/Fvqt1/O2n3tQS/9lGVcLEdPK3BJeWAYSU+rzuzpwxdwdLJbk8qvyVzgI1I81utoovHjC3ze7LxMgm9QKl9N'
    'Z97OD84tt4OKH03X/gnuNbcmE70mkXptIf1T6rVF5A/Ta2tgMirUSWtiumkXK/SKtPLhTPHvL6tI9hqmv9QQo1zYeD7LxvNpKFdn'
    'pBMqOQ25Kvy7elqdMjXFaf74D4qhRVfBrzCxO23u3kd9ywrSmyJzZMTu3O6bvH9fQt63aykJ/V2wauyN8Kt/VwQtM7M4Nx26qyY/'
    'B3nMBHwnZam7C7/1aR/Oc4r3kednDLwyUT5NLYplRMLPWKJPxPnp1mTC1wT3zW2KfQNnSQGXp2HBspFKUbmqkLmqnjRrFI2n0+lx'
    'WSnbOmxbDn61Kaf+3qSgi291MONgxgJmEO90C6dPPxG63TUw/7h/L3JzPyFzz/k/3JfyXHhP72Hod+twoIOXCT+mTSPT/esichta'
    'RxXJz21d2ogOIPoFXR6jntaI+2ULq4vrGZr4vcH6ZzA8Mjvi7o3zGJWP97+arUuWrYtJfXQ+TfRabfs6AvWkod7ZTvdhyug+cJ3/'
    'IVh3t35Tb/2qhR8brIrsR+7zcQ7LR/Huoe1+vhkh+Ra1x49hFibXV8UZjCvbqFXgaPQLeR2B+SrNN46L08L3RV5H/qY8IvS5xs+L'
    'LFlvyr/NMP4t99v2ivzO5grzoU835E39ZwiPNQPwcYnTRVDTXzv3bVPgH1rxVuVcZ6O4qWjPo4JfugeWQTqz3f+m0mEx0UeUaxwW'
    'F6MJzm+k8dDEuofsxyaQAe8nSm1I0LYFbV7Qb+mIMI9dQv2PynbWF36nw35qYPSICQ061elXW1xnCgf9Ccjup9mj4ZvaHfWhm96g'
    'qibA96cLO5/d6OeR+1pdQr6hD1WM10LjJqDvWYyJNJ98y4tSP7ezFd+wzkZFe6NMx64ZzjEVrWByF+H+OKg/4XLr4XvnIwr+UI2X'
    'Ia2Xg2UniUppVSUqrTbPah0Dr7WmeJocEuQVGjA9zEjvmtKMNfY0OuU73+BgwsGEgq+s4jd1M7xUQnPHkEVOoydScJGE7mJKIafH'
    '+5ezPSV3n674C+nsgafnmtjY+x9hkb8a7mCUh1IjwuPq5KBcWpTGLZKxk5AHda0IxirH+ADbRTBu3SaWZ5DkybN7LcZNyAs/Fu5W'
    'YeZzQZY7V/g+Gnh8UB4PPK+5Q6vivZ4k/JgaPAbo9ojyzSBywljuC2LWU068Wox7SXkHPN5rv2ZN8QCRd+8DhD2vsCS+HMTD+u2u'
    'YAx5jNWykbUb564epnMm/r1Qx4+COmf0PY9xUCNK40R0kD3cIaaH75moeOfIl14D/V0sSuM6l7NGlZ7j6eoDxiRGvWkdlVzbKou1'
    'RVyBcfW+pYi5cTvE3Hj24fJ96KyNOVcdCc9VllyRdDHnlsQY3y6Yq2aIq/naI3blm75hnp/jcZt2aIyVcueQ3g11PKsmxd1FB6/n'
    'E3g93xBejwiB1w7CK3/zXi/9zEMAjy8GY37RulXnKI3LdNdzUN+zwbhMV0M//i+09UWIZfnwCxO/jy4kdV2YgCySymTPJ7gG162R'
    'rCfda7r+yPmZKfwYfh0RPNE6Nj+LRXRctSoCjxzmaFthcdKbSd9VekcYc4vHTFXFy9sOfX6K0CiD5IyMijHfy87Ty6G+B4AOjqKb'
    'DyVnrQ0srsT7C0llu58ka7eJnM1R48Bz+kPCi8WF8xB1/m9mad7gDnOZYj1w/q4gcow2VveQwThM7lB/SeSP/E4wSOgijIdpMne8'
    'bBOsyf7krDChb7lMNKrMIJGrzGT9GRXqGIm6e+MWDa1WRXQ3kBG9QPjxxOT7Vwl8yj6/DGVmFl+mM9lc1b6nuqqqBv9dW1VXXzWj'
    'oRGfpubGCXpa5P9aK1FzcWLeLJ61b5bqHO8sxpe5x3ve855/KKbfX7xi4RlLlp31i/Vnv+fr99yzGD7/8ZM33mOiYf3odY93pET2'
    'V4V/XierHprnYxSvrT977dxzzov3kEeu3M5ELTW6fmSi171b93Uu/nVP4Hn9cfrXmBjbXfjJ/79nTI5TFP97pfDfr4r/LzyPv/En'
    'qHls7PeB9ixEEBHPJYp3xfbbDQobaYmoNdsnKt5AUX9LQ59S3KHSE5ruukCRfFnh2euy1b3ODNKibY91dwaKz1X6LSa6ujSuqSqe'
    'uBzU79jZYUJH2vDcbM7mHg1PsFehQxhWJ/KI/wHax3PT5JzW8WjjtH8LoWFM24/TzuWEDuM8KMrriVP3+wnN0l9mXacA3Kpoyh0x'
    '6zySjH07g6c8oU3j1L0/obO3aGCT0m9x2rDVj1HxBYfIHpZ1viftzXUl9jPq99Q85/MH8N0N3/Te7Uf4AC/D3T67y7+75ggfAHWK'
    '8N1be4J8tvm7vPT7T8fTPy62D/U2FgqfWeG5eWGHD5v4rups790yMi75Tqaf+5T37VDyrekCL/1d3p9n/HbyJi/95J0+PxjbWfy+'
    '4Dz/JB+c5/5zgvO84vbSetPk7n869P+fUp6usoS7bWxPjFjAse38m+jIzbU4azYz/DjI8FKe3d2OJzz3cs8SWu8iqDeq36OW/W0i'
    '8onREHkCLZMmenLrUh4fPmqcA+QOjnic/t09gTARlo/qARdpqMI/jtLwG3oYHTDZx/Ii8H3pWF6dIn3/38B7qgR+QN7hmqyXroJ0'
    'LaTvyHrwXoN4Ngvn2nwvvXG+vz/mE92AU6B8Z7Z0v5wE5T9EyqEtIc13NOS7fr6/r2SfTM+6xhjzQcfdCemxmnHw/jWBjG4BoTuo'
    'TD9vgc84v0tFF1LaZgHMPW33MoIbTdql+GlQwWum7el07XOKexrOezqEL36YYP6guqBKjcIf1puOqNeGTqllZwml65tAT6SafKPz'
    'sUShW7OF5TmI5BnW5EFaGetB3gbmxb+p7AjrC8vL16ua6V5wn1aqueTl5HxGlYvLw+FwVcdkhlkDOctytv6cz6TDxekJqFclT14e'
    'g59lo4M2F+7IKYJ7S/21p6fMY+E+L2vjryQlxjIqXlcZet0Kbqj5o/LnUa48vsHtLaO9Mt72dDb2c8sThAfB4MH0jk9t8TYKZ2Or'
    '5Z3fUfx/u69mbIc6ovSaTWwh4/BvlhJaE98dD+/mkXeHCl/vpYHQN9Q2bhDSXkb/0PauFvH4WpUY81mKMZ+mGPMpiv6fHGMeVirK'
    'bI0o0wF4gpZBO8VRlvcAmAual98pZiny5FmeekUeeX9U3RUmcv0uUazf+Yr1ey9595Bi7T+2Irj2qc7g2h+hWXuVvkbU2uv4W2Fr'
    'z3Upwta+w2DtOwzWvqMCa19tufbNcAevBplKM9y7qD+BZcCLz5H6MqT8MpaeAGM5W3g8ctTNCrtTV5O72SjjAwwwvaVZxH6hR5j7'
    'DhiO0C2nd/AqMtZZMKYUGV/YfKwhMH1oDBnDCRU8kxDH/g95N6vde/cmeTcT3r1B6LZ2ts7tUNfrijwHt5fmeRX2KOVDhPVZlvm+'
    'lIEQvGQz3lYL3hG37dkE7X+FyCxHNDY+Q+y7ih8l67pLeA77VfLpEUUbJrpvOhm3Sk8NYf5Kwr/MW9pj8D43wVzNs9Sbi2qLt3E6'
    '7FFuP6Xi840qxoZ8xgNZ2a1EXw/xTFy7JJXuXS85P/a3WFOqxxA1V92k7xRnmPAes5Z4RHUvXFqG/dQKSI8TQRnikUzXNR3CM1O9'
    'awMdbts7Xpg/HdM6uG3ZeI25tUz7MpX/l1HhYlWV6R9KEPF34ndX07WhslybMzgpGqSZyTfKvdOkLMvnLMs7n2chMN2+b1pj+Dyb'
    'a8SPoXhxNUnj6Dq1kDPhGiiPd55uWOMLhe+/0q3z+K3zPFiXLLEd0smk8UzOEvXpMB0AanPdEnHmxcEPqzU094gFrfszBe3fbKFv'
    'akJ30/peYX9fFqLnKedwb4PHX6H3I65n28/kr+2KeaHv49LftM1uCxr5Daaf9LUGX0cn7P4w3mMZtbgb4ViuL4zlRMW9ycSPoqnu'
    'WTfjwwxodLTG+151coO/B69kbQ9o7KOu1OhvdDN9Pq4n153AWKLmO6/gJRR1ysg4/8jGZwIzWzT7k+ulxR0znddy9uV3Cgj2XfDu'
    'RKY7dALoDn1wfnAuuX6ULH886CCtzJrpSGFeTFX2gLwPMu8Kovtl2t8j4dtOTX9pn1aR93KObpzh3blV/IItbN91M3jaquCnU3jQ'
    '6VLxvdFvsLZ4frxvhnfnrRTsJgmzP4X0x6LU30bHDO9OXu55TPuf16zBgDD3gTuoOZM4v/zNek/fiupa8zX+nYIHquMj2p5v/RE4'
    'F21Rv1Pvz/Nkxcdh/f+b+lJayWSP2OoZjvcZe2m9Jw8yPVNV8PhaBI96RCOzQ9vqU+u9/ie5/2zo4LC9dVC9dyeJOmM6DXWCMS9t'
    '80SiV0zPnOPZGbGa6eG+k31fBWfIbwqX3IXjQAP0anB3nvGsvzvO/RnS7GPsz64J7g+fn5sK/TlVRNMXJrDVZUEXdRK4Mq0fYa2r'
    'THqo05CukvPTVefL1ronAI4R/y8Yp34MRfTjrVrfFwXC7b0LSvWeud56P8s3qsF7fyT1FuW6taV3aVMZfJz78mZh5qvFph56/7iv'
    '1j9n8hZndI8FXZwXan+JgxG0xUdqfbp/QJj7rBlV8JPoOWeyZpssxoV0w/m1Ps05WWnmoo1CrY/rJ5o2Lspnaj05tcy/f6OXHgLp'
    'Ckj3a1R/XwVpNaSLID0V0iMhXcLyz2r02v5FTXC/x4GxuDL679RUhq9mir/vq3D7Uef8xyeofRz/YI1nRzre9wzaJ87ffFeNJ0uX'
    'eQ5j+2AepG2QrmTw3gXpfEgPhvQkSBew/XMq7IOlNT7umsx8wTRZL5uzl9fH+UX9IfyjKH9b/1HteeCPo1+U9H380WrfP3He8s7N'
    '9yfnW4W1e1e1f2eeiPuq7MNV1Z7+YRT/0uZuOV70/GnVHv1alPexPb8/29uzIJ0d88xbEdLWAk1bbTHbmkPaioObaLmDID2WfV8G'
    'bf2pyof98brjF/f/OLeLPNrHq3y8Y6PPqMKFpmV194i7qkr3fyXo7b0RfKmrqjz7Zq4raqsTa0o7XEzmf6JlomuqfF8+cWhRnZyh'
    '6Gcjwbp5vxurvL8nI86W/fvvnKevQfFUCtJ3QboO0nRMHPlczofb7nHAGw+Q9jay9erW0En5GPgF4efOnI8bkqTZbGi0UdKHieBz'
    'yD5syFUeR/ZErP2ROd+P2CDjE7yi0XFoSXlpJqWWVRyQ8321xcG7prgiQ+avHHx7ZRn3j//KBscapw9RZ9merIdzbfCOKZ30AKn7'
    'ZEZ7LWG05WmWdf911rc5SIoWioKjvXj+Z33blXJ4wLKu/oTWuSeCdjyjwu3gvj86O3G2ILPJulzB2v6ShveOffrCAuZni9QVhpdM'
    '+Pi/zHg+3SdS3yXqXvh0xoePLo3PoTWs3nfFaGdXxrc30sWwicJZn814fKvx4oMUY1llPJ3oSvA7irZeGR/euO83Uxk/1rWBzM94'
    'ySSOIW2Oh65kUb+ZwNJwCM0WBks1ZF1HNGuVt+DX83n5Vdqvf1XEflobYz/9e9qTi04kbpH9+Me0B7/0XoKyEhvesqzrC2k/dsYF'
    'EKPkxj2lNrBPPeWlw18FnwLPlMYnuSOtxzN5Q5nJ9Wnfn2Qce07dGbk57cuQK8nDkG2dSdri49+WgP47na+V6fJtSRemPb57mA5q'
    'FKwfa6F/YbLHZMCBFlGe3OMXKd83QhQ8cnj5Uao8u2I+x/+aCsZUiStTUcHFVk2795JxlHt/k/X9laK+uHekov4vWSO+h3cIfXwT'
    'WWYbKWsD+7JMH5S15cnLMueFlA3jsRflfynf/2xvBF8IeZFrSBkTm5VifKuU71PCBHcN6Gy9U/F8DwyyeupTvj+MMBq0CQyS6iPm'
    'CMf5WxGdF9f8dbDNSlq3Udb9PeHH8frFerCJzvu+qmX6G/AfvYfkfX6Dl2Yu8n1Sy/TAPi/vN0Py8nofVOQ98Up13r9X5O2/Sd2H'
    'u0Ly8no/QfL+Bvxx36+Zhw+H5OW+vK8ieSUCkGnjOcGyTYADeN5bL1bnzSvynnyNOu/7Sd485L19UD229STv1dvgXFqvHts6RV5c'
    'N573OEVeXAuedznJi7GCMVbdjUC7LYKYd4eQvH/7hJe+skvtq34uyRtFE9L4dpyunAv1zt6j9vVgascfZdvobJ4VtrCfL8eOf66x'
    'HX/U2jhfgdFxduKvU3m+AjOWNsTU18jVuOfH7OCBxmmT+dIRds7pGH3U+TZWxQGaZ9F3HLcN7O8fo42HLNsw9XkR5Yc+6fK4duiD'
    'R9Jm5zA8f6RQ++npIPDSIHwfxuhfWsrBkI+wWPgxUGkda0Wpb9UZBIZ5eVrOJo4wxig5IKG+mrZJfQVkSbmSmOqF8/wLP4heX7o+'
    'D7H1qRFq/7xNXvX7+NvcR9gwu+OZ8i1VOsZ3CN/P293w7mPwTuZ7YSHYnQjfr1sH6ReN/3odrNV4+Thy51/E+TcceYSFPNHuPfhe'
    'CTtnaggekut/MOyJeWS/cPik6bCwj4WFfmJahe+DkfoXpTEAtivSsBgAun1O/SvOP9L3lUr3DsakonvnbJKnZqw0T+0Y8D+E74/z'
    'TEjPEWY+uqPOOp0flQaGG2X/kW++XpHanK2zSV0LssE0zjkd16cUP09bLOtrIWka4GAY5q80LkAUXsqkUtlpjpeWckxid3+aEZ4h'
    'bYvpMjO6crtv8vzMI167WYT7IuJ05VDIHuKwOgKwYVI33QOZEBqc3h+Wk3NZGPYrB/jF9r4RN45oEjirXDrDNA4O5alwX8EZYed7'
    'LBtyT2sRpbEAOI6q0uCo/Uh+Xl9cf5eHQlo1ZocHbeM0tJFxyPw2cRtoPa2iNOZDN6xTFdAJpbRh+m39UNxXidgsIoLvkKkwHBf5'
    'ox/10txODw+E3bX4vmuC73VsTyxl90sT/k8lx3j/LdN/jMh7v/2ZiRljbhzGiDKCtx6bHGMej3XNgqzju09PrjEiTUFl8jtEacwG'
    'HqOZykl5HIFyfNTWExqJ9m+2gT5GmJ3/COvzImEX5zZvWT+9Z0flVc0fpxNXR9DMqhgYVYTmU9FeKn51VLyt1RY0pBzbXwrPd4tp'
    'rDDKb1wGfAtOiyUR42u82gmj+cvx5TsX2kmT+dTxaVssaZP9QmQqdQo8EXe/p0i9wvEzlXyDg88WtwLaaTdmUvrPwSY0K+cJZcia'
    'oAwiTe7iNQBnJ4GOwxzAw1dq7o9hvEPVmk/3dTWR4fI7ytjYddeZLHi6OLvRsvYeRrNc5PZdyRrsvESU86SjpAyNjB+AcqusJS8I'
    '+efbRDBOXFFenArmGWJ5WlM+3wjpqDzRw+PfUJcuS+qm5ZqJ/v+fhD4P+mr4fyLYxqXw7f+QbwOsb68pvu2zw1fUuRW+vUT6tJHJ'
    'D3FOniPlu9mYCuS7+JbDXQ53OdxlJQ+t09AVdYyuEGcU1vZz3r+7Ogv/7ozmr6WRd6uovzmB+nOKO9VlRIbbAHgJY2hkHSxmYKrO'
    'tBaym6ukdZnQt/J8/YJC90sI87iBGJNwPnm3AGTUbeTdY3imkner24O6rShrQPtUtHk9PqZs18Hj1IHHVst1vZTxI3rdmvI17Zro'
    'NS035pzqfLkU8MCMGOs+mR4LMV3GjtYcy0haUy/P0z9jMZ6mkHWfCL4d1lEVo25dnVkFHJrWaaM3JJguA5X/YMxTvKM98oKXzvie'
    'Lz/hdjDtYINywzPq+qgdzAG7/HpUeakdzBVQ39HPq/NSO5irH/DShU8E5T1NhCYt5v0OyL8e8tI9D3rpF58stYepJ/PwdejDK0+W'
    '1quTv0StQxvoiQimx6XTcZFtHk545suFOkZZVwxdBhsdiOWszxmRTNzPNNGfEER3kd4dkM8p//2KbCdE1pZjdZ0P8N5goeNEYYDu'
    'PcpvpTAg27kwZIwq2ZAprHyYrEsLgbl0AnpJXK8oSrZkI3cdvciO3jKV65i2X9NnN88HKvSnqMy3g+jMRsmOdPpyaDdQO+bPf85y'
    'H7UQetbBm7/e6x6YWHj7/tNvX3gTxNZEfrSFO1nnh4hsqorgbpwLrG8jlKkBPYJgDNW3t84d0s2FOXpTz9ktX+eOrtOFTA/YRg9U'
    'pf9vr8sub6XTV5kdLqvNMe7YRpdtpa46LEyXyWUc8PwpxD/R+Zb480Ko45i077eD1pExsM04LO3xCqntGNddulyY+SxVle0VpbY0'
    '9Wnft1cl7IlUtkS/SJnbEv045fXD8a+U/KsybNYi90Rk3bb3JrmeQynvrKO2F8vZPc62zveDDyeTM7tJU4f0l7OS1KHaO5sU7038'
    'WVLfZh0WdJAqlmqYriG3MZ2V8mzgVHOI+1H1Taf3Z1uP7MMbgKfaAI+o6OUZTo8rTC5eSR611fq3wppeKzz/A6irVU10fbvZXhkW'
    'vu3xHM2+2ir0sQXCYL8Y80L4sVy4b01+ju3Q7Kmo+Lm87qg+ye8zWXnuO3iYnblDrK/oH24WmVuOh/IKXeteEfSZGUcuSHGjTi+8'
    'NuYdXcLL9ZDOIP3kOq/o3yulGCf1663SibbRhZolzGLO0PZUMEv5xaq15bFmlivWrZvp0S8SQVopz9LNkHc/4ftv26KZJ6qLz/XN'
    'dwi9H/84c6vaPwjX96Y9HwiquEk9pB82bdE4uCpY6hb2NpNJwAaO+aQQ2Bhh+/UYBWz8nOVZBv0zpQ84Thtk9c2D/U3zmuC7egX+'
    '/zUbe5rQBMvT3qWdzsOrMdd6yyRd63darPXxZN5NfH+O5/q/HnP9B0PW/75C2c8IM1+R9MzkMSW6E8YP+QmCGTw7ziL4u19DI3Eb'
    'oHUEzqJim8mzaf+Y8GI6NuzXAmJ7Rc+iuH5pKX9eFTuKwteclOeTgMYmpXvPBmbylmOnebcQfeWJpEnWGeKJUaGOJ9/L6usUQds+'
    'es4jDdzA6JYhofYlm7egX3hcqQYF/PN4jCMKGJF+m26BucZ7yRoWB2otiRdl6qf1HeCn9X0El56SLfX3qvN9Lcu9G75F+Y7lfuVP'
    'y/pnCcLOWouY5StZLKwzsv46toqgT/uwccg86yHvO7Ol/mvku6Ms/NTzvsalQ9dq4l50Zu3bi6snIMqQaXYx/MBtDEYJ3VhN7BYQ'
    'DzUBnwZ1S1+Bd0tI/lcIbkAdlQbWTrvCboKWmUPauFqU2iSj7gbaJOO7maDnSvVmlyp0xG3ma0MMWWkDoWWA85Ld9zGE/5mUDHiu'
    '2Od8szgPiv6IML0127bqCIOI6oigfV4cvVMd7NfEhH2q87VSjJ+/PITVSuWn/hqT8s1TBb8wnSCu8yX3ykc1MtFzyJ6nOhQ2c7La'
    'In8b48/blm8l+hltcA6qxrWc4BgbvQRbHHSUQj+C4rj3E1ppEevj4UzXzXQOTH0ARMEmhRPUt2gV0Tbgtvsa+5siYz9EqH1lmOjK'
    'pkW4742MJY6sIvlo3yqht20KV/NJvhamJ0j7fCbsgQuZjDqO3owKrs4nc4Gw0Qsw1UDaaN+sFzmq9ECXM32tZkbfD0fc3+k95BJy'
    'VxkW6vge5xJa3SRm1Sbh+5jU8WY3MvnHCaQfG9kdB/OshH5E3dO2Ke5azezus81iHG3krj5qWE41/5uE3u9bG9D/HB8WYxBEwGQD'
    'K5cLgckLE9qfqQTwmsmZojrzllueSbb621Rfu5npdJTQm6hg1aHXoaLr28Jwp05fhMNUiuyLJGjNGQnQmg0Wa2Arm4p7rlULX1dn'
    'NELGpPJhbavD0wS6Rotj6D0MK+bChO8Yp4+navpI+zGgoMGonA35EyaxEaP4lJx2orS+ykf5FoXMhcvs4sxLOb43q0Spfy8eR5ny'
    'Ykc1vP4WyBMnZkKDRuZcl8Derg3RF0CZe5xYVDxWJ9/veJdqA3qf728V79UkxpkJjzgsTja1hZF9O0hxTpvKpvqEfQzFAdaXHOE5'
    'cplwj+E+jNofUbZrcWFKFVe0aNed1ufB86GW5NmmqUcCSrUij/z2h5RPB5rABJdD7o1ZHtv/YcrnpavmQeUH71UDfPrPIfXmy6j3'
    'XoiVqJtvWi+H2S2EZjGJQUhx520h7Y5UsN3LSbtJ1auLv0vhakPK42vxPCp9KFV8SZ7fVB6m0iczpV+47svBZAyjU3QMvwbegWlf'
    'w+qn41bBsGzvRXKvtJmbsDp3EzlSXjNXexX4TSUXvVfK+hT6Cqb34B5DXQ06Ll0c6m6LOnUy0V6277YKf7+PR7tDhJ+yYALGK3nm'
    'x2pobN1+GjRon45vvNdySJRnq819r4oEaPCqBOilZgv6ltMZvyMy7lcUZ5Btff9F6utOoL7vkPFtM9R9oTjun0LGF6e+ewq/hTHH'
    'Q9vey+5N3ZpzP+wei/FYOxJav0r07yLhxxPrZXX3aPgt24R5fLERopezQDMPlWz3UHKGchzWp7nT9mrO45nCjwsf1ddRTR0qmeTB'
    'ivsx1/1T2cDZ3APD5iuOf4jJimsbLG0Ozib4RxdD2zRGPco+Wsu0uWgCee0SYR5jfMAQRugcqGhGmzM8ibN6MsDA1Qmt2WVEv27Y'
    'kKZW6SLyM/acKQILSwgva5sFrZln6zGXzGOfpn90bU3muRxYpTKJHIFdWec7QvBHPgb+OELo40ygPWXYuTOiOH+iYADrbyayYZP1'
    '69bw3nV+zesT2NsmvOp+zbmO++kogiNGRbi90SihI1rL0BkfYPx2CsMm9MxgBL9d0hHVqVJfMGnL89nZozJ71J37xL8ViRNuA//Z'
    'BOF/Rwz4H0gI/t+fEPyfSuj6TUJvU0fx6BBLNxNdlDmK+TCV7ehofSoHHbAY4+YY58egRh6bpO+3cuWRYXBbrbDbCItXzfnxW5l+'
    'EZ37rRp+v2rv9FjA5MYInQcq50sz2dkmha0O+kTWyZqp3gXn4W63PItTCZzFPD74UhGMD36YiI4PvoDw6isV0xznQbVOSet5Uh3n'
    'xzshJl+n1/YBwo9J+Q/w7WlIvwbp651qfa+3OoM6OLT8W5D+Z2d59C7VzUW/NvuNqe/s6QTn6q/O8tIDt3v9byTfjt/qpf92ZtB+'
    '4o33lj9eG9pnmj84jQtF/CfSn07S934JBxs2lsKuDCws01vu1MNFTQhvSuVH8f68l/7pTg/mFiq+XbTT3+u1mnvrsCj1eSHL/d35'
    'XnrsRi/95ZXBvY55jmF5dPpP1OZFNcY4NCiO9yd9Xlq/3b8/4rfcp2Gebgnadjxwp5fuvEVNs1RCZwXb3gzz9m89IOtWfEtdAXGB'
    'yLzjNxkXA/+m53XRJrCntG66bvgNy3+oR4+z0B/NLPiug8Wqs+EcOcO3acf26mFt/nUD+KU8N7hG74Yxre4LrhF+u/gyPXzlCF2Y'
    'FvY+s+OuIT8LakPOENU9uVGxxyneuAPO0cHOIH9ctQ9ehbk67H3B/txyM6SdZrCeJO3x8ne99M17fZoY4eOL8O1Z8O/98td8m0b0'
    '1T0K/rdPQ5/a4BN81yNB+D5E0+Z40CBx/eeqaKw1wt4/eGPEXeduSF9YWDoXtjEuLof5xHtSqc/NqePzNGP+ZG1il3eBxU0lYpcn'
    'HQvBlOdM9wHGw6ka05/1UTDUTe5+hwXo3re3L15qtVUJGFLZfWUZX0ClL494uUGRB+uifKMRhd765hA5dK5MnHnCBNshYR9M4xJT'
    'uyWV7z/bWMA2c1evOePQf/j5MXEFP/t37fbSb33bpw3x2+0Qc+PZh30aFs9xeW7L9DMQc2Pti0Ga5q7nIM+zyZ3xa8lZn6TeOuK8'
    'pO766eko57i+DF/VKbMsNvTUHQq6JwX5HN2jOLPEWGa60D0YR4bihCNE0GerSV1o43MGeUf5huI+38eTDm8uJvchAXGNHtLkXUDq'
    'mb2n9K7URr79DPDnrmeCd/IU3Mee2B3Euw9DbKfnvx3PVw/Oqc382cS2kmO8jpyR48Z/TU9DnNzMd2IsctN72uPLnm3Wv1UkG99s'
    'u4iObzYozOOb9Qjz+GbnCfP4ZqeTvHMh7tjXn1TnPVmYx0I7VtjHQlsiomOhHUT6kAU8teoxdX/nkPrEV9V5aMxWiqNUY4pLK3L7'
    '/YC/qFQ4DeNiviUwx+niENqTmGNHlxucARHzHfqkk6XLk+brlxuzd5qvf4bcrWLGEEqN671NdZ7nQQZ1+2CQPv7w+tJvlD4+8crS'
    'b5Q+/iPId7IKWQt+e8+Hy+dLTNU4whVQB+Dxd5pF8ggpsfg7Kjk35fPNJbJKh4MMcFBad4NI4BByZ5Q7oybojML7yiEfAz0V0MuY'
    'c52XfuI2iOFF8u66tTTvz64B/hTk7SVnEdYr65PfLqQ8plv98vLbe8k33v56yjdi7Z1Kvh3U76V/ON+Pv8G/NVzgfVtNvv0t6BOt'
    '6vdtI/DbXvZtKdXBOKN0fIsU33B8CxTtHdQfPPf3sm/03H9+G+g9nR08938M3/7nJnfuJ37u76zgub/Tnfvu3K/cuZ8r49yfKnye'
    'ibLpmIpzlBLJ8bqT5HNfbMDnfq8Fn/vdFnzuLgs+90oLPvcSCz73gRb86FkG/Oh6Ax54XBpBt4/i6q83AFzMJt+4v3bM38HyYz6u'
    'N6Fqi8KhTfwttLejNtncb8zeGLZTOjvWSvmfaANeuEq/TuVXHumGBUwHG3nqOjionkJwMFuY+1XbIaJ9DDaJYBykEaH2vZCfpuuf'
    'LmP9nf01k398fh85GMP+em7k5UK3FknRkKHyLSP2SFq4hz676ZJ2JXmHcPJIo/jcZegJRjPzyqWrBeiudjwc5BH96ik/T1K+YDg9'
    'v0uhszVK9DSi7PQcfCYSPz6mvDydKHzG4ilN30M9Yyrns3u6rGSI7myfzE9XRc92nd1Fc2f5dhdFu4ltpfV+AHQRXma25yY25UuF'
    '3qacylm4jTWVs3Abaypn+QjU+cqVQTnLl8CWdcPtwbNsxXngI+yC8s8y3Xq0dPqxjeLgXFOb0UrY8NSM+bY8SdAz3JaZrgW3gY5L'
    'z7Sx8VD/o98Fm/XPro+nT+j8aij8auws4wzcaX/GpScxnKMdxp/f68fgxXdzzg3iNJlPpqeMBHGazE+/UZy2rtdLL784uI8OyJd+'
    'cz5kpi6sl4PTnTx4eur55AjNg37IdefrWvLtPoYzaKzxl8Cnypl9pT5bi/5WLgW6cqPvs5Xr7zz9ad8OA+VUkr6T6emdvv+VJoKH'
    'ebtFuq+zdGzUDgNpPMwT5RfF4bmy8NzCMvBcZNmkdGBmOR2Yt50OTDn0H/fz0CH0seDQl/ewKPUNfYUI+kDbJEp9oA2RPOinYpDV'
    's4nk4fEue4WvY6nzt4b1nCPM4g7zeDvvZHJzlY90lUx0lfB9cHSzca8g/eV+u9FPRweRu3O/4mGxJqL6hT4obX20dwu9X60lhA6z'
    '9T+Ndt428DmD6fRUR+gd8Tssh+/Fk0DvTLfn5gKOTgEeRzt5rvNEdQZSFZx/FQ4Y1sD5GYo9p/MnT2G/i+y5zcLM17QsdyTcJVWx'
    'eQcsdB5GmZ7LINsL2y11InCfbhOlPoyPhPToEJ2IyQirqFM3Q5TvX7Jo2wy6X5962q4clbFNlB4X8pCzwo9xTtdNlp0l/Jjtuvja'
    'WVHq50JXvhn0Bqkupix7JtRdy3ChzH+tRhfzwgTgKFPmvHH9NNNYLH0w35lUMjFcfi3s48e8JioT90XGVpsnzP3G2/iYxza+DndG'
    'lU9yPs57yJlkEjt1gNFnfy3MfLyHrRH1df/hhOpDH2sjwo9RtirrpcdmS+s/IeulH5zv178C8nZB2gnpMZCuhHRttrRu+R5pUvR/'
    'vi6ivcOE7x/nZPh2w3wvvZHk0ZWnNKlKjrAihD+yROj95BxCeBmjoN/7Jujw7oY8+4XwcmeG8HJnKHjF1Qpescr/fhK4rbpM3Ib5'
    'qV65Cveb1kvX9wpIfxDz/I7qU1JzWJsAncHz1Rnmo/XpfCxGxUrk8pComOvlzlf9JJqvzTHmi9PznIbFchPpN5LOQSZkD7QRmi5F'
    '7lhYPhNRvnUCcRBdh0FGbwwK89i9eaGPJVJXRt82CnXsnm4LGOV2vbL8ZWysfYx/cbAIxiZX3QV5vGMO632K+ymlHTHfjgj+Sblx'
    'EzMJrMEOizlP6h4Zt33nu1jlB9J7KuW7eC7sT7o2Fwlns0B1UHdeUpYSXKhUgN/d5bn0AuO5CreH3B5ye8h4D9FYDHI//Trln1ko'
    'w6B+2udZntVLLfLj3fwAS/qc03e9FuUxzo3tuA61HBf3N+9wj8M97vwOnt9V7vx2e8jtIavzG+Mix9FR57ydFsJfX8r0p9aIUlvw'
    'WhFuC14OX2Qy8ShR5mPKW0T5dLk8r4YE5g9lanuFnc8L27mkegImcsNKrpWKP1QTcy7LiTVO4x8jf242m4v+iPWI0q9oI/pVQ0w+'
    '2Ez0R7YZ6p+oeHM6vueMCsyprSxzc0w+6RGM9zai0PPC+k1lyn2W95Y4+jSrQebL42/b+J2hay3vMQstxqiK283XJe76msSmrq3Q'
    'Ph5W7KGoMkMa2OkN2TNzysDpFH+qcEuzxV6nMIdwVR+xF1CP4QjQq1Gd04Ma3dAwmNqqwJlR/bDZk2Gx6TkuVuHuNJOtbGL9HiBp'
    'E5RboBhDFDxxfbsh0l5Uf1X2qHQMWUInmvRDBd87hNoXFtffNdX/GQjpv4oeailj72wnbalsTQ9jMN5CztB2VseQZv17I2ANYQnL'
    'mOp6bWbzVE90ToeYTmUULIThkSyD837N/hsJ0aEOkyEOhsxTkrqZRb2edrs70EwFnYC6PDY6wSkyL9Qvik1c66UvlPrzaye6Raue'
    'LY1FfPfTPh2IvtAw9tZvvmE3Z/Oh3G93qWEoSZ3HBxfF0wufBb86EfRZif7MdD4rk4QvGnu8hdzXcB+8cT3AwNl6OXddiN6wCi6u'
    'eZ8f05z7edTFO4/ro6CqAntSAHx94hkfvm3KX/B98CnxZHI+7incy/1S1L9+0Mw3God/WXbmV/1YeZXSWYq7djPhR3E5pV047RV1'
    'LvWxcyLKHkhH25meHyOKsw7PE5X+WD0baxRdbELv0zFwnZg+xdzq7sxyTx9nSM+a3l0GRNBnZaX8SdLzfEijW11AV+LcBOY+Cg5N'
    'dbFN78aVnrd+YW531qvR/U4znIQwloI298Us6wLz8tROJXe5Wvhxz/qR5mHpsMYG5wNsDtCGClMeP3S7Jl0ufF8XdcL3j03nEHne'
    '6AO5QZTafPVAint0C7mDc33puzVziHu0Vfjx4U3o8q2Gd584fKpmjX7dFgNeypyEeUUqnT2kaTs0NO2hDDcOsbRPgUsrzUNbBm3Q'
    'Ox3n444Kczu5YVFq7zebnLOjEXqUfexs62Y2GVE0eDOBkTDZSNRam/K9VOff3pDzz+SMV+2/M2Our2qOR4XeTjhMvoV7cKZGz2SL'
    'Zm11OHsVsXPpZvuSn6GDFjy8EU1788HmhO9/U/5PXkEjhp1FOp5to9Dbo26PGEsvgzmqK4vvw+7WXC96IxvLEOMT0jvVS+A75OeQ'
    '3t8ZPt4a+DfekfDbdxb5e+c7i+xoi9/CPb8Z0ofBj+slD/vt7ge4oY79vlro76uF3xuF357Cb6jwqy9srEcLd9bBwr9vuVmIH99s'
    'Lphuhjpl+iqkb0C6B9IhSGU7Mn0UYiENwnvZZjFm0c1+/+dC/2vZ75FCmccLv7cKvzsKv97C76zC79rC79zC7+JO834/Au0/Dulb'
    'kN4BaS+kZ0F6LaTnQirbwv7WkXWuJ7yH+sJYr7mttN16GL98T+G0SgOnCHt/B7GgjgV/hL+8Msj7050/OvhshXmuYr/VhT6+fn1h'
    'Lt4vxIb1BZxwkRC/2hA+n6thXK8Dn0OWLfpNhLiWso6i3+EN0XAqYaRtwNtvcq/JfbYX4PZeSO/vtINThDtZr24vF2NuMTi+l/19'
    'P1n3+dD/evabfXFh/rd6sPQI7LV/Lvy+AnBqC690HLLu4vm+tRReH2H77p8h/QqDWxM4zhJ4lL+XC23+pqe0Hy9DP+R7VRw5bPd1'
    'RX+4z7n/gG9PROBT2r8s6d9BlxfWKV/aP/muuH55NX//vz7upbW3BftTfXN4/DRVfyTexv5IPq/k8dL+cN5vHF5UVLuS1yT5TCKE'
    '/8TvbOueKd8v543Av1v0cNDXIPL2VjwRnOcv3w/prvB5Rr8mKOtF+7Lhr3r8+M7ng/tk+Kultrcyj828Y5ycc17y0mcfhnncZVfP'
    'zm/C+bIrev2OfkyInz1YOo6jwWZYvrdpF+MG7XomOI85No+7C7D1w8J8XfJIcB53Aw/0hzCfMo9NPxDuxbeD469m43/zG16cI9r+'
    'm9/w4x/ZtPvjr5W2f/Uj5cH4y0/68Mzh+MY9PoyEwXEtwV1ZKPvEbi8978UgDsVvjzxZ2s7djwb928nyRbriIXVeFX8oRXTysE/H'
    'FfbpeYXfmsI4L3hYfQYdB3GrzoN0Dewxmd9mjW6AvXHeI15604ulMbT2gB+T1x4MwnA1g2FJB0samOJd7C+lkePg4Ich9tjz347v'
    'h4XfCTLsTvClZ/z+fslSDrLnEf9OUMl2KJxH4TJ5bskzi67D/BhySNVeRNwmcTM/b855FPa7Yp/iHpE4wfRcbyR0xjopa32gdEzr'
    'QP4q31N6vk5Dz2NfPvWcf57wfg5A3I6nvmp2LtawvXBvoU+3FvbmugeCe+Fe6O+tsHfXPWAHAygTW/WSXbm/eLY0Rt/tz0SfB1Lu'
    'ffszpf2nsnCb9m+FOW1/pnQ92oT9+YB4VaapPUEciD7rZ4p4NMO6p3z81wS2SG1l1vXDB4M41WQP1LM1GS3soT8wGmUU9tUfLGkU'
    'FV6Oc45gLJv7gSey+Gv686OG4Sscc82YPx7570r4n0faewHwpWrH/DHIf8eV5+pwvW5MVC8B/c5InzHj0d//D+tJzwM='
)
