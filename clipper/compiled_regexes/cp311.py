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
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 28198, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 28460, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 28754, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 28772, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 28789, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 28818, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 28942, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 29072, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 29279, 270, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 29549, 104, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 29653, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 30072, 16, 0, {}, (None,)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 30088, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 30177, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 30296, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 30371, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 30452, 16, 0, {}, (None,)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 30468, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 30581, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 30625, 24, 0, {}, (None,)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 30649, 483, 1, {}, (None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 31132, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 31233, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 31258, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 32107, 108, 0, {}, (None,)),
 ('\\d', 0, 32, 32215, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 32229, 28, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 32257, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 32472, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 32604, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 32723, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 32784, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 32896, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 33023, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 33144, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 33418, 134, 0, {}, (None,)),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 33552, 137, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 33689, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 33717, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 33733, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|date\\ de\\ publication|originally\\ published|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|pembaruan\\ terakhir|última\\ atualização|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|aktualisiert\\ am|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|отредактировано|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|veröffentlicht|ปรับปรุงล่าสุด|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|วันที่เผยแพร่|aktualisiert|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|modifié\\ le|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|atualizado|bearbeitet|diperbarui|erschienen|modificado|ngày\\ đăng|posted\\ on|publiziert|publié\\ le|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 33997, 3637, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 37634, 220, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 37854, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 37875, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 37933, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 37949, 16, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 37965, 104, 0, {}, (None,)),
 ('^(?:https?:)?//|^www\\.', 2, 34, 38069, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 38124, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 38238, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 38535, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 38713, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 38770, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 38827, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 38884, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 38945, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 39002, 40, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 39042, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 39124, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 39264, 30, 0, {}, (None,)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 39294, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 39395, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 39419, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 39929, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 39953, 24, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 39977, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 40385, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣]{2,4}$', 0, 32, 40526, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 40547, 191, 2, {}, (None, None, None)),
 ('^\\([a-zà-ÿ]', 0, 32, 40738, 19, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 40757, 38, 0, {}, (None,)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 40795, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 40951, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 41107, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 41952, 844, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 42796, 191, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 42987, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 43233, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 43311, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 43543, 111, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 43654, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 43803, 588, 1, {}, (None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 44391, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 44520, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 44767, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 45135, 115, 2, {}, (None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 45250, 71, 1, {}, (None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 45321, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 45396, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 45542, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 45677, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 45790, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 45864, 77, 1, {}, (None, None)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 45941, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 46311, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 46353, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 46446, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 46492, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 47362, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 47787, 510, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 48297, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 48370, 210, 1, {}, (None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 48580, 130, 2, {}, (None, None, None)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 48710, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 49213, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 49468, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 49654, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 49841, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 50294, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 50515, 171, 1, {}, (None, None)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 50686, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 50754, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 50832, 311, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 51143, 81, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 51224, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 51299, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 51356, 47, 0, {}, (None,)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 51403, 97, 1, {}, (None, None)),
 ('^\\s*by\\s+', 2, 34, 51500, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 51532, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 52497, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 52654, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 52702, 207, 3, {}, (None, None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 52909, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 53033, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 53137, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 53185, 77, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 53262, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 53300, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 53329, 44, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 53373, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 53525, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 53606, 171, 2, {}, (None, None, None)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 53777, 116, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 53893, 60, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 53953, 30, 0, {}, (None,)),
 ('コメントは個人の見解', 2, 34, 53983, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 54031, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 54075, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 54121, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 54153, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 54201, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 54253, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 54293, 36, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 54329, 30, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 54359, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 54419, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 54471, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 54501, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 54535, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 54597, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 54632, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 54678, 48, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 54726, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 54752, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 54778, 53, 1, {}, (None, None)),
 ('채널.{0,10}(추가|구독)', 2, 34, 54831, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 54873, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 54923, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 55024, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 55078, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 55131, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYXUWVcL2t1/SapZMQQgcSaEISOkAghAQazAiOQIBEQVk73S9pSKe7absTEragoGBQIi6/M/KNM6P+I0xANodNfyIjEGfA'
    'GVFw/D5mhBFHYX63HxdUxv5fvXsO97xzq+6tuu++7nRTl+9R6Xtrr1OnTp21UQiRFd4j07HC01ZIu+FdqvBrgX9Xw6+58Fv4lJdm'
    '9wvRVEjfpfj2zRe8b6eRb2es99KzzvO+naT4duul3rfjyLe6s/088ttS8q2efTscvnXAOGS6VXjfDiHfhti32bIuUk7WuYzkwb9l'
    '3gaSdygibxrmrwXmU7ZTC+/kfDfA3NcUftPIvLdCmTQpk4K/aZk6tlYZizbkXOSgv6ugv2vIu9M2ee9Wkne/zXvvjiXvXnzCeyfH'
    '3Ajz0EfaFCF9luXaC7/5ZN6yMAZBxpKOGHuO/C3zVJH6eN4UWxvT+WohfTPpUwv0S+6pw9i8N1m0K8dRBXumJUbZG79eOt5W6NN7'
    'ST7T+nCf4N90rldB+twO+3pboB6bua1OaG5lf+PObc2zwbnF+T1dxJuHGoJvVXjs6BA81mGBxw62wGOt0H/5bZTscZkOQ55a0q8+'
    'WM86BR6sJXP0wVQ8GKxi69BB5q8O+vFlSHm/RyDtgb7VkzybyfgxbxxcId9fBH3JFF9GPenUVH6KE9MhyniykTls4MfkPJXwOSMC'
    '7laxOqPwVivA02OF3+VQrhu+yfxHBOAm/bZ+6Pr+aWysWr3yb2XbFQeyUmSvU5x1HsFnO9m3dxO8g7giD+uH5+EHIL0ecBzWg7Rv'
    'raI8zXMMoadWZ0vrPjXrpR+a59e9KuuVW0j6tp316XJIl5M+bWRjmwFwalp+hJw3Opxfr9k/R5J9UQ7+X2J5hlQBbZaCOab3oCys'
    '+0J271kO6Ykwvmby7RhIO9lZSL+tYPOiwhGqd0iTzNJ8bwaawBQHqdaIz0Ma5g/vCFWkL3VQp2puaZ2y7KmMThmGdJC9H4zYO81w'
    'T6B15Mk5Ts/3vAHM9pM0LK9pn4YYrYY00ecKSPwoi34NsHo3WpQdYfPTTWgaWuc2tgYD0Nch0tfNFjitR0EPRvU1rxifavy6vv5Z'
    'xruXIt6j7Z0MuPGDBDd2ZUvTFQb49BSDetewPMdBnhtInhXZ0rw1eL+GvDfO89Kb5vl7qCGjh/chNifDZP1N4EsFE7gOO6D9nxU2'
    '8SnwrpON8Rjo9655/h6JGpPJ+mB/wtbFpC3aZ5O8Z8L6rITz8560d6e0hf9hiz06qMEfgwx/7E57vBH5botiL/B9b3LWq+5CvN2t'
    'hXbnsTIvRdSv2rcvsfdfmF/a9z5o79y0R2/Ld73s/qrbB70Mz/0E0h+RMcm6V5GxbI+xViMROIrvnfmF9uZanm+qdnoj2smSdqLm'
    'poekUeN+neHa1wrfpsfARTQfwtX3Ux6dYjoXvN4dEXPyONRP15rX0WtxrvP6/y7l0WF0bvle6lO0G9aerPcTBvUOWsAurt3VhXcH'
    'sbXKM/wxmgAtJNu6LOXR+qq2tivoI353kHWsI3VwGLqKvA9bo5PJXGIdLxP4p2U3G8ylxFlF3lrK57Hp1ijP3iPczzEo26fBxXUp'
    'j9Y2hQ1Z5n+EXyZsHvG9LPNL4Z8143Xmy3afI+e+yXmN9NSqbPm0gmz/fsIHHWT3gzw7p/6O5A2bV5n3Dsgr29t7q5f+EeRVP70W'
    '7m23wf4neQ/7WGneWdd76Scg74cJX8D0bG6C/tVG3FcGFXk4bG0ieXT0+cWQR/Zh7h4v/cpuL71gg5dnA+Gv8D18Frk/X7TOS3O7'
    'vG/vJN9eALnhOZu9b6eQb78730vfebUvx8Jv9/Z66UdAnrWcfJP5aXuLyTe+boeRb3yd5pFv599YWudM8m32R0u/NdJ+7i79RmV2'
    '2Hdb3rSJDGfuWOl3VT2UX5AifJO4/ILZUGcKeJ8NMJ6ZUKaJ8DJkHy814OfUJMDHsMX3lVoHyreOkiHhfOZI/jT5PpFzpjrnJvuc'
    '1U7AnIXRY5N9PqsrPJ8O9uLNlcm9Y7LPZzah+aQ0zWSfk2kJz0mleEmTfZ5z4zzPDi6T5zlO9jltSWhOD2R512Rfo4YKrdF4yjfc'
    'PjnwZa1un4yv7G2yz3dVQvMdxod1NJ6eh+vuspWXdbk5ji/jc3t36tJD9RWYmyR1Jib7/LYlPL9vJ11Mt7cqqyc02ee3rkLza6Mf'
    'NdnnsHEC5jAJfVcHu5XRx3N0cnw9NscHiJ47J+M21+9zezFZfVB3j526POOkaMGk9c+drHZ8bDgcHf72s/tytMT4rvlkn++mhOZ7'
    'qtmuun00MXYsTucyaCvi5iRoI+PmJGgb5OYkaBM12eckk9CcTIW5SAo+qF2cm5OgPaCbk6AdpJuToP2nm5Og3aubk6C9r5MBRdvO'
    'uzmK9hngZBV6PwSTfW7S0E4b/LBe9HvbDLpYzUTezP3eNhP9iK0kL/dr3EJ06nHsR0G6FL61kH7H8V3eJnzf31E+V+P64241uC/I'
    'du4Uvv+HHPBsnlvovVtE5q6DyRKPFL7/h7lMr4rr2u2wkGVsFqW2H3F9E/M5Vo25WTHmeoMxU3ix6c8JIrh30BdnmH/eDkW5qPYo'
    '/C6FdHq7PR/NpI+twt63qQ7PLBG+T27bMdM4Ds1Qr/w+E8vLQuuFIOgy8DQB7G0Spb76LyN8T+e7ePx9F9N9J/fE1fD+JLfeU369'
    'pwv72CIYI6GB4PS3Du8IeHiTwUPOwcMBAQ+fKfwWMF1uqlfPdfbj0BpR/v9GCb457jG4q93vfRsg384Y9tJ3gM8u2dackL6j3oaJ'
    '3UGfUPu2O5vQLFyXddRCH6dXYTthooMSNXcybtEhmv71xrDL6DcsQ32K4R0jzC84+obCeDuURqG+uZZp7jimd4EUqYfitTB/ZHHv'
    'HHHaQV9nOt/wKv/vnRp63fTekhPR8ZTk+f+ljD192AZ3P9WdYAn0O0/eYVyYy8i7a+DdhSIYuwbvKhvIveIleLeO5Ee7IYxnc4bw'
    'YxF0a2C82wDGj4fxqnyiqPIvJn06Nls65sOE76uxq9FLj4B0EaTHNJb67U8iZgHeV8q5Z/HYblXCxXZLIrZbtbCP7VZjiatqhYvt'
    'VsnYbnWWOLleuNhupnM7zXJuG8TUjO3WKKZ2bLcmUdnYbhhzx8V2c7HdXGw3xx8x4Y+42G6Vje3WIqJju6lkbvUJ8BJMaAnKSyiX'
    'R8Bljiblc5r5WRZC3+rGbypXdnc9d9dzdz1313N3PXfXc3c9d9dzdz1313N3PXfXG4+7ns6mNgc4GvFqNcjGlsJZyPdYNZxtpvu8'
    'AehHWqeN3BnX80SLMlY0xubkcZtN+z9m8cJyhAY0WQ8bOeN/a2jLDpyLMX9tfiBKY359D9ptFUk/KRh8JlscvHhLCb8adRtqo6qo'
    'C/tYT/49jcxsY1OpZlVLciNKsxfNzfrM7VZV1xjj4nS8vrfTi1zo02zXY6Mn7QOo7ZMOHDsxnubYA01ZzhHfg0dCWjtmr0OQNF5q'
    'AD2OOsBHYjyI2HTmQCWvs8ZEcqyny4QKj2zbFlaiaOk2OHvjnGmSn6KiOaoiaI5lmjOuHF21o8vkLx/NdMsOHkcdsybCE7UpQ2nD'
    'nAEv+2inq+Z01ZyumpNfOPmFk184+YWTXzj5hZNfOPmFk184+YWTXxzAumqUnzCN4NYadr9dFaKzVg11UjlFJ9zrdbQppfPxns/L'
    'H0vy0rFSmzheZkVIm8iTsKEVsuQuRGkFE1jEs+1/pUppBlWcIsx7a8oOtihsyPLXkPI9MfraT8rnY5S/iPXftvyZqfL2/epUND1y'
    'bCqaHlmc8nHDFov+zyPlrrAo10j61CdKY7NinhzUHVXnZlbudwTP9Vj06VXh2eHHjV1G63qB9GGrQbktUG4/KWeKa2W5Ry3LYT/3'
    'knI2cPtX5LzR7e1Pk7qHLOr+CKl7SFP3dSRPjybPqOUaYLnNirOU130JqXujRd3nKPqdZ3lOV8wtz3MyybNdk2eFAU2wJCZNMJ/Q'
    'MrzdNsV9Er81k2897Bu97+nuS8ifRrpA5WfK9K7dQWiIFNApMwgNgfSErVytXJ5rmI8wpF1qRNC2vYG12xWhZ97IeFiqOD26thoT'
    'kLW0AR2j4h8in6BRAWfIH6D5Hw3hUZvo2Lcw2r1XBGMuRdXTSug02bcFBnghr9gnpnHgt4rSmCfUl4aci1tqvbHJ8imQEayEdAGk'
    '7UR2INP5kC6HdA6ksyE9E2QMw7WeT7Q44wsbA1/jC2o9PrtpO0nO34m1vt83jD+Ivjy2JdjOIbW+z5Beg3p7EmxbVGgdeTv/VePP'
    '5SZWdpti7U1jzlL/LbKdZ2o831gUlhdC2gFpDaTHNZbuDdwDhxLYl3U+VOPRhTo4sIHnL5K6ehVnsk1dnyB18Tnl6zAq1DG9dyA9'
    'FdKvHst+bSljvjjcXKDo16uG/eJ1/VkZY+R1HVPjnQtx5z4MrmX9c0n9vRb0uekapaF+G7xqMj+4D1+rLh8GsK7vV8ffM7yub1YH'
    'zxMVnWsbL0fmXQdllrM4P+uAZv7SBLR9JrT9YZhDevYj/pvFaIM5EfjwA9UenRMX9mUdG0kdg4r7P32vg+FzSR1XsHYGDPFel6If'
    'PZb9ONpiPvIauJxv0I/RCJzUUO3R02HzYUO34Ph+V+XXu4nh4G3C3Bcdr/dlRb35BOr956rgPIwKu/j1qnvtV6vsYYWv0Rerotco'
    'znnx8cLHg1i5zcLMLx6HsSg9pQ8YjCEO7XaxYn5HDfcA1nEm6dtaTZw1HguP4stOSE9iuPv4hOtFvNxeKHyoMIvZh3phMn1HNrk4'
    'i7Iff8p58vuoWHOrEjwPXx7HNnG+v5nz1tE0Xt4qtn66sdyTcL3Y38/mPD4KPbdXNPo8kqLeXGMpz2Q3KdPF7vtY5lBW5rqcr+vA'
    '701HangFWVK3rGOroq/HRbR7GWkX72GHsXtZY0S760gdi1m71ZAeFVHHyYp+cB7IoRF00VJSx2xNHUdE9GNezte7sTkfiue/ouwr'
    'rOyA5sz8U9bjfdJ6R2OeI0X6X1HfZmHmy5Sfp0V5CqlvXVYd91KFLzs1+/WJhOrDfXpP1p97zHOKIt6n6mz5fIyy2O6erK+bPN7n'
    'h2x/iMzjGoNYpVFnwkUJ1Yfzc0bWlzssaFTjGd1ePDHry+sXRODcZSRviuWdz/IepujTCs3di/dpBinLcfuREfgpR/o4P2I8f8jo'
    'x8Pz/oLkXRyR95WQevnZ8IOMP9aZ7I66KGKe/om0MzOiT49n9PPC+/QgyTs7ot47M955SPkS3Zp7IMrj7siU2h5Qnuuw4R1G1vPR'
    'kLaHRdDXtixzLSmTDzkvKF4eMmhnJyvToxjjxhhjPJfUcwU7swYM6sH+nBJST79FPUsV49oWY1wHGcwpv5s2GpT5CetvipRRzR/V'
    'zcAyv07ry/Rryvwk7eP01dngOWp7V/lu2tcv2sroHL6f9qd9Wa8tjMjyD4eU7zco/2UoH0e+UqT/yVh1a4S8hY+F5O1nfK8PKuaw'
    'W5TGMsL1266oV8VXKupTkbxhvCKZtzsd1H3S8TxUfIhzNWsTtc8GoPypMcvjPl2eDuq5Id/ij2wdDw/JO8ryHqSZF1M8VJ/28VDc'
    '/Sbr+T3R41sJ5c8mtDKl235ukBdpsh+F5OW08b8Z5MV6n0158u6k+euy7n8g+mqqPSDz3E3yqPjARf5fKqiT8wrbF58jeVQ0gMxz'
    'e6pUt8kERmS5GxXjGGXjuDokD8L+sKKP9L4o81xuqL9HcV/RlpPUPajRDTyP5FHJl4p2hCRPr0b/qUuxHvxefUJIHsSnyxR95vpN'
    'i0L600P0KWtDaDCZZ7pi7jeyPtcp8mzm5z+BIVO9A1nudRGsm+P210RwrK+yel4WQRjOG8Dwd4V+bKOQ559C8uB6fEPo9yvC0MPC'
    'Doax7rtEEB44nv8bMn5THoQs90lSzpQXLcvdRPqkOheawJ66NoQX0QTj19WDePuKkDwnQp5ukkd1ZhTl/yF5Tsr6ttyNljyQ4vmv'
    'WNuo8wJtVWcmyLdGfcpGS74H3o0bLfnOXJ8yI8L92obpNFaLUl8DUTpy1D4uS/QcaXs8Dl5SunmyrkVM37BecXenukLLFLYb8yPy'
    '2tr2tQqzWETNQu8nQuVDYoVwcYqc7wfn+8H5fnC+H2zwn/P94Hw/ON8PzveD8/3gfD+YwI/z/eB8Pwh2R3W+Hw483w91MWwanR2f'
    's+NzdnzOjs/Z8Tk7PmfH5+z4nB2fs+NzdnzOjs/Z8Tk7PmfH5+z4nB2fs+NzdnzOjs/Z8Tk7PmfH5+z4nB2fs+NzdnzOjs/Z8Tk7'
    'PmfH5+z4nB2fs+NzdnzOjs/Z8Tk7vkrb8aUM7PhMbOXixj5uA5sZqj8/zYLXSONGDBCcw+NGDLNvVFd8hN2Fud1SlE2USayAZ9kY'
    '+ZkyyM5hGs+Dy7/wLAiL54HjXKGop4/hSxrPY5OF3HG+IX7k9nXNhuU4bUJ14NFGrMrpLE+YznJc+1/b2BhRNq5JxkJHO1Zno+ps'
    'VJ2NqrNRdTaqzkbV2ag6G1Vno+psVJ2NqrNRdTaqzkb1QLNRxRifWdhTiFtrgVdZA23RWOWXloWHpzZWLs5pV7x9YoaFS3lYcdZg'
    'ap+E3hrcKMp6DjXlYZnwovieo2tdS9YwB3yKbsBRgpxbteTuhfmkHOL9Bu1IHPtbeH+D8P3vXcnO036AoRzA0GSBk4z5k7WipzTn'
    'olxrMzDS5xyL8TQpYLCB0NcmuAfhaYjAk1v34Lor1vz6ctc8yXWX795T+Mf6lLee/0H4Om5fv/32taMBguucHQcawOHSqYFL0+Rv'
    'SkOlyP2oj+zNXljnODCWCtue6crshYo8XtUZk1WM86jKpyLo8XrGn6oi8spmgk/xflxnwddCGBAOBg5YGOD7N0v2r8oHV4OC/4hl'
    'EG5SIbK2BsN7XlTbWZANCsJbmg3wlSL58e4n9grxhe+refu8HS5TWWORvwHezRS+HfuRLB/ddzOIzIqXUfGlbNeLj+UcSDcQeYrp'
    'vdz2Xl1D6pH1zgJ9kmMIH06Ms76JjVynAdqeBTL+o6H9tffZy2nj6OuV28/vPWXfz6xlP1F/Z06ZMs9rnvbKVCv0dbic+PsxZHSI'
    'I2T9N8OYboTx1IjJ9qQUsgYJMdncW6+rcGdVoEnTJ112DbByZi/NuqwvKmHtRRDaNIBuWF2ysxjexbRHF2DcjdCn6oADytg8/HZ6'
    'cNjDQvCpiQekTcATQBq4b4P3tQl0U/D98j3++3OcfnFi+sUSfzt588TIm5HGxDP2B04f1+njatb4KMUa0/WRY1tAaC5Zz0GMVo+i'
    'LVGXxZS2p3ckFc3odIidDrHTIXY6xE6H2OkQOx1ip0PsdIidDrHTIXY6xJXWIY76zmUltZNUViLbGrnkwJGJFOmYzZWXfdj058d5'
    'D/92xKChKE1aM+bvBVzTaZAvQ+RBMwm8FWX5Y+r6+HekY5bE5AG5u7a7a7u7trtru7u2u2u7u7a7a7u7trtru7u2u2tPhL1uPSmP'
    '92fuV5vH3tvJcPdBoN9G8fuwQjYdNs4oWTH3E4gyarwnV5M57Rf2cQoHCEzMEMFYg6ZxQnh9ku6eJ9Q+UqkejKmveFVsUpXeCPID'
    '+Hq3Au6m693CaJ1BjZ7NsEbv5hCgdWxiREaNc7NQ+/3vFXq/kSY6unT+d1iWKweGVbHZaAxAvk45tk607juRrl6ongPT8zkLP91Z'
    'qsIViwiuoD610aeqjHNSDbBHaX6qU8JjTq1RxCbTrTHq/c2A7ymGA6Zr9iOPpafDU0jnyz2L8YhNYgLwuDj497FZdfy11dnw/Yrr'
    'U0V4MVs6fT4Z53nWsjxXQ/rJziDvU5Yv6sZs1uPWF6D8zyC9F9JzNwf7mBN+TE/kF63fqOfLym9FTcVLS/2m0m+7P13qN5XWfe1t'
    'wTHht9rbomGnSgM7Ol/nQ+Tcxnn+2wu99ATo7y92lt51aJ7jWR6+5rq+tcH5wXmwdC5zn/HSP+4Oztd9nwafw7sVMLAZ5m17sE85'
    'RitQXIFtbIExfahHv86Y5196gn3Db6mrgn2TddJyYWtZF7KWRX4nwMWvryttj/blA+d66U/79XB17W1m+5Xa+sz7mlf24e/q5wjz'
    '3PK8rxuG32Q5mX7nWz5OalCUk+lDmjJNIWU+tlxdRne2mvBrrnra7g5fYvNme+mdWlf6jPoiHlttHBTH7S75/MxHeZvERScwXMTP'
    'nr37vPTJJ710D9isHEFgUMJHUe72HcCf93npS09AXK3HIO440f+k33g7HMZn7of67wEZyt5SmF/9mBrGWy3h/FcPeunFD9uVuxn2'
    '4MoXkuUJzx2Lx+erI4Bhag9o0tecKLWZpf6elobQmBkol4TP5moCQ+tFaYy0Uxn/9a6QvGeyvJ8n5yDPOxTRzh7SzrsgHYC0h+W9'
    'ieTFPoxA2svy7iT78B2QDrI8V5J9wvMMK/rfRNqhfTiT1BHmdxt10Q8RpbaVOIYdEeWpnbVq/FFtryD86jPZnW0r+xvrzZP6kdeD'
    'a3A6K7sRZauQdw45u08lZZAfX81g5lQRpBnnZ4MpxVdZ3J/Cj0+ANrUI/7hXcD6Qh4LyyCpIuZ8CqmuRInsYv60mVkarob5F8PcC'
    'dv/XxSXfwWjrvOUdvI/Vt1WwWFiEDxSWl+IlnLOTyVwdQtb9FCh3labNGYo28+wu0WvQJvcZUUN0FsLWQa7TxwiPnu+JoxX4sI/B'
    'PcI0jmmbIi/ujW62R7aQvBsZXuklex1tWRpY23wP9pP2mmC/1LN+5lmZbmLL0sR4MD0Mx13OcB3yMU8kffuAAlep+raE3H05DtnK'
    '2uln8zfC6ppDZP70zlnN5naY6UngGtHzeznY43DYQv5xKgJWEKdQ/3Hclp2Wl/A5A+A5RWDbFpaT6FMzo1Oo36PC24yUc+hkHXjv'
    'nqOgdVV4aTb5N7ZHdYtWs32eUtCcuvHq5lCupYy7ZjKHe1IeDOnWJUvgQvbfJH6bDb37PqC7v/pE+L2d34trgH7f963gnXwE7hB3'
    'PqWm5XFs26Ff+K4O50VzecxAmp3SkuJcauwbY7fRC+YPpV+UdqubZbihcVdE6TeEZ8hYeH6YEbbPLtyLI25Np9Sa4r69XrFvq6fw'
    'GufgCc9VlRr7fYn3sl1jE7HG1+vX2NT3UtS+vsat+dtqzXHfX6rY9873ZColVr7lElLD1jV4InCy8/c5/nNuRqeGrIF0nZmb2jqN'
    'nUynsYM5TbJ+WsM+1lnrRAafaZ18X424NZ1Sa4r7tpHt21pBFGNCGgrwJCLy63zIhsmFjlLIWlR6PrOF7zcS7/I1TF7Decm28qAd'
    'rA82+yGGQDgzLoCcVd3CyvCj2hFPf9tUOmztw6/Z/EuYfdBRITI/R++FwMTychaw5tyoHI7eG/85R7kbwv9mBfzH0YOZYmuTMbi1'
    'hj7p+LitZH/0ujU5oNYE902zju7qLO7YXbrzbxpZ24YY5aLovnSXuDUKpuot8nN8ge2iTpZNLA+b2B+m8niVzcgQk4MPKnTfm0Bu'
    'N4PpCKAu9qtEZm5iG1OuzuIqS3q2hegjNMD3mcIuZtJUXtvFcCWLWrutTEdisyj1+Yp+HbHtqPq4rsmoCNqtTAVYoXSDbH/ynlGZ'
    'xGm4dIVjJUYdX5Ofbph6a+LiW0av0Y3lseCs4ltG4c0wfJd2NHkJTV7JvZU2YC+5e9KBtybVwo/vw/eXiR6witcsy/xYqGPS2axv'
    'Zmqtd7bc9Y4SwScBD1mgiRE2roB13GSxb6f4OtIzsD0mBzD8DPzraP68zR4t/l34x22qPTnpHlVgk3QmOwE9abZhTjUbs64CIw2T'
    '3aHtULrT/54lYs5y8bv8W+q3X8nafeV+L/2UZVwsR08rcEl5YBhJT6vO7KnDF3B0sluTyq/JbOAjUjzW62ii8eML/LXZeZkE36BU'
    'vprOvJ0fnFtuBxU/mq79E9xrbk0mek0i9dpC+qfUa4vIH6bX1sBkVKiT1sR00y5V6BVp5cOZ4t9fVpHsNUx/qSFGubDxfI6N5zNQ'
    'rs5IJ1RyGnJV+Hf1lDplaorT/PHvF0OLroRfYWJ32dy9j/2mFaQ3RebIiH25fTd7/76MvG/XUhL6u2DV2OvhV/+uCFpmenFuOnRX'
    'TX4O8pgJ+E7KUvcVfuvSPpznFO8jz88YeGWifJpaFMuIhJ+xRJ+I89OtyYSvCe6b2xT7Bs6SAi5Pw4JlI5WiclUhc1V9wKxRNJ5O'
    'p8dlpWzrsG05+NWmnPp7k4IuvtXBjIMZC5hBvNMtnD79ROh218D84/69xM39hMw95/9wX8qz4T29h6HfraOADl4q/Jg2jUz3r4vI'
    'bWgdVSQ/t3VpIzqA6Bd0WYx6WiPuly2sLq5naOL3BuufxvDIzIi7N85jVD7e/2q2Llm2Lib10fk00Wu17etGqCcN9c50ezsx3b4o'
    '3Qeus38prJub//Gff8qDT2lkz+hjDmN4VZF9w30zTmP5KH48vD1+DLEwuTrG8bs4AdnCsAYvOJ2oA18niuOVQYJX3PpNrvUzxTez'
    'DPFNGF5aVGG8VDtWPl6qVdBu6C/2egLzVZpvnEZLCz9GQR35m/KO0RcjpyOzZL2pXCfD5Drcn+NL8jubK8yHvh6RZ/0fIbKXDMDH'
    'ZU5HSX0v2/XWNgW5gpXMRc51NkrKgnZ+Kvile2AppNPb/W8q3TYTPWW5xmHxcprg/Ma7H7pe6CH7sQl0Q+aKUtsytHlDWzj0Zzws'
    'zGMaUb/Esp11hd9ZsJ8a2D3F5G462e+1trjOFA76EtDpmWKPRp5id9SHbnqDqpoA358l7Hz5o/9X7oN5MfmGvpUxjhONp4I+qTFW'
    '2jzyLS9K/V/PVHzDOhsV7Y0w3dtmOMdUtIIJj4L76aF+xsuth++djyj4xjVehrRePp49QFTNqypRabV5VuvYmK01xdPksKAMwYAZ'
    'akZ615RmrLGn0ak86kYHEw4mFPImFR+6m+GlEpo7ho7CFHoiBZpJ6DSnFPo7eP9yNunk7tMVfyGdn4CpuSY2fkCOtshfDXcwykOp'
    'EeHxtnJQLi1K45nJmGrIg7pO+PGzacxK+W27CMaz3MTyDJA8eXavxXgqeeHHyB4VZr5YZLnzhe+7hccNHhXqGK38Dq2KA32q8GPt'
    '8NjA2yPKN4MougnWb37MesqJY43xcCnvgMeB7tOsKR4g8u59cAwZRkncSYiT95u9pfE1aAynjazdOHf1MF1U8W+FOn7o48Oc4j2P'
    'fVIjSuPHdJA93CGmhk8qVUyYVewbxn2ZIfwY78i7KmeNKj3HU9U3VNSa2dRRybWtslhbxBUYb/Obilg8eyAWzzMPl+9ba03MuepI'
    'eK6y5Iqki0W5OMb49sJcNUO83VcesSvf9DXz/ByP27RDYy+VO4f0bqjjWTUp7i46eL2QwOuFhvB6dAi8dhBe+Rt3e+lnHwJ4fD4Y'
    'C5DWrTpHaby2O56F+p4Jxmu7Bvrxf6GtL0KM24efm/h9dDGp6+IEZJFUJnshwTW4bo1kPele0/VHzs904cf27Ijgidax+TlSRMdb'
    'rCLwyGGOtpXV8Flpf3X6iBiLj8dSVsXR3A59fpLQKAPkjAyjO2l9eJ5eCfXdB3RwFN18ODlrbWBxBd5fSCrb/SRZu03kbI4aB57T'
    'HxJejD6ch6jzfwtL8wZ3mCsU64HzdxWRY7SxugcNxmFyh/pzIn/kd4IBQhdhnFyTueNlm2BNDiJnhQl9y2WiUWUGiFxlOuvPiFDH'
    'TtXdG7dqaLUqoruBjOj5wo8zKN+/TOBT9vlFKDO9+DKdyeaq3nqqq6pq8N+1VXX1VdMaGvFpam6coKdF/q+1EjUXJ+aN4ln7Rqkt'
    'wq5i3Km7vOc97/n7Yvq9I5cvPHvx0nN/vu6893z1rruOhM9/+ORNd5lYXjx6/eMdKZH9ZeGf18uqB+f4GMVr609eO3dteP4u8siV'
    '25WoBVfXD03sPfbpvs7Gv+4KPK89Tv8aE2P7Cj/5//eMyXGK4n8vFf77ZfH/hefx1/8INY+N/S7QnoUIIuK5TPGu2H67QWEjLRG1'
    'xctExSEp6m9p6FOKO1R6QlNdFyiSLys8O362utebQVq0TwLdnYHic5V+i4kOP413TNvIED2R37Kzw4SOtOG52ZzNPRqeYK9ChzCs'
    'TuQR/z20j+emyTmt49HGaX83oWFM24/TzpWEDuM8KMrriVP3+wnN0ldmXacD3Kpoyh0x6zyGjH07g6c8oU3j1H0QobO3amCT0m9x'
    '2rDVj1HxBQfJHpZ1viftzXUl9jPq99Q86/MH8N2NX/fezSV8gBfhbp/d699dc4QPgDpF+O7N/UE+27y9Xvq9p+LpHxfbh3obC4XP'
    'qfDcPLfDh018V3We924pGZd8J9PPf8r7djj51nSRl/42788zfjttk5d+8tM+PxjbOfJ9wXn+cT44z30bgvO8fE9pvWly9z8L+v9/'
    'Up6usoS7bWxPDFvAse38m+jIzbY4a7Yw/DjA8FKe3d1OIjz3cs8SWu8iqDeq3yOW/W0i8omREHkCLZMmenJrUx4fPmqc/eQOjnic'
    '/t09gTARlo/qARdpqMI/jtXwG3oYHXCgj+V54PvSsbw8Sfr+v4H3VAn8gLzD1VkvXQnpGkjfkfXgvQbxbBbOtXleetM8f3/MI7oB'
    'p0P5zmzpfjkVyn+IlEMbY5rvOMh3wzx/X8k+mZ51jTHmg467E9ITNOPg/WsCGd18QndQmX7eAp9xfpeKLqS0zXyYe9ruFQQ3mrRL'
    '8dOAgtdM29Pp2ucU9zSc93QIX/wIwfzEdUGVGoU/rDcdUa8NnVLLzhJK1zeBnkg1+UbnY7FCt2Yry7OA5BnS5EFaGetB3gbmxb+p'
    '7AjrC8vL16ua6V5wX3equeTl5HxGlYvLw+FwVcdkhlkDOcsyYW6jbAqnlapXJU9eFoOfZaODNhvuyCmCe0vjOKQnzWPhVjNr48co'
    'JcYyKl5XGXrdCm6o+aPy81OuPL7B7S2jvTLe9nQ29nPLEoQHweDB9I5PbfE2Cmdjq+Wd3178f7uvZmyHOqL0mk1sIePwb5YQWhPf'
    'nQTv5pB3hwtf76WB0DfUNm4A0l5G/9D2rhHx+FqVGPO5ijGfqRjz6Yr+nxZjHlYoyoxGlOkAPEHLoJ3iCMt7MMwFzcvvFDMUefIs'
    'T70ij7w/qu4KE7l+lynW70LF+r2XvHtIsfYfWx5c+1RncO2P1qy9Sl8jau11/K2wtee6FGFr32Gw9h0Ga99RgbWvtlz7ZriDV4NM'
    'pRnuXdSfwFLgxedIfRlSfilLT4axnCc8HjnqZoXdqavJ3WyE8QH6md7SDGK/0CPMfQcMReiW0zt4FRnrDBhTiowvbD5WE5g+PIaM'
    '4eQKnkmIY/+HvJvR7r17g7ybDu9eJ3RbO1vndqjrNUWeQ9tL87wMe5TyIcL6LMt8T8pACF6yGW+rBe+I2/Zsgva/QmSWwxobn0H2'
    'XcWPknXdIbxAHir59LCiDRPdN52MW6WnhjC/k/Av85b2GLzPTTBXcyz15qLa4m2cBXuU20+p+HwjirEhn/EQVnaU6Oshnolrl6TS'
    'vesl58dBFmtK9Rii5qqb9J3iDBPeY9YSj6juhUvKsJ9aDumJIihDPIbpuqZDeGaqd22gw217xwvzp2NaB7ctG68xt5ZpX6by/zIi'
    'XAy7Mv1DCSL+Tvzuaro2VJZrcwYnRYM0M/lGuXealGX5nGV55/MsBKbb35rWGD7PZhvxYyheXEXSOLpOLeRMuBbK452nG9b4YuH8'
    '4k7EOs+BdckS2yGdTBrP5CxRnw7TAaA21y0RZ14c/LBKQ3MPW9C6P1XQ/s0W+qYmdDet7yX29xUhep5yDl9t8Pgr9H7E9Wz7mPy1'
    'XTEv9H1c+pu22W1BI7/O9JMebPB1dMLuD+M9lhGLuxGO5YbCWE5R3JtM/Cia6p51Mz5Mv0ZHa7zvVac1+HtwJ2u7X2MftVOjv9HN'
    '9Pm4nlx3AmOJmu+8gpdQ1Ckj4/wDG58JzGzV7E+ulxZ3zHRey9mX3y4g2HfBu1OY7tDJoDv0wXnBueT6UbL8SaCDtCJrpiOFeTFV'
    '2QPyPsi8y4nul2l/j4FvuzT9pX1aSd7LObppmnfnVvELtrJ9183gaVTBT6fwoNOl4nujz2Bt8fx43zTvzlsp2E0SZn8C6Y9Eqb+N'
    'jmnenbzc85j2P69Zg35h7gN3QHMmcX75G/WevhXVteZr/FsFD1THR7Q93/oicC7aon673p/nAxUfh/X/r+pLaSWTPWKrZzjeZ+zl'
    '9Z48yPRMVcHjKxE86mGNzA5tq8+o9/qf5P6zoYPD9taCeu9OEnXGdBrqBGNe2uYpRK+YnjknsTNiFdPDfSf7vhLOkF8XLrkLx4EG'
    '6NXg7jzjWf/rOPdnULOPsT97J7g/fH5uLvTnDBFNX5jAVpcFXdRJ4Mq0foS1rjLpoU5DukrOT1edL1vrngA4Rvw/f5z6MRjRjzdr'
    'fV8UCLd3zy/Ve+Z6630s34gG7/2B1FuU69aW3qVNZfBx7stbhJmvFpt66P3jnlr/nMlbnNE9FnRxXqj9JQ5E0BYfqfXp/n5h7rNm'
    'RMFPouecyZptshgX0g0X1vo054FKMxdtFGp9XD/RtHFRPlPryall/oMavfQwSJdDOrdR/X0lpNWQLoL0DEiPgXQxyz+j0Wv75zXB'
    '/R4HxuLK6L9dUxm+min+vqfC7Ued8x+foPZx/AM1nh3peN8zaJ84f/NdNZ4sXeY5gu2DOZC2QbqCwXsXpPMgPRTSUyGdz/bPGbAP'
    'ltT4uOtA5gumyXrZnL28Ps4v6gvhH0X52/r3as8Dfxz9oqTv449W+/6J85Z3br4/Od8qrN07qv0780TcV2Ufrq729A+j+Jc2d8vx'
    'oufPrPbo16K8j+35g9jengHpzJhn3vKQtuZr2mqL2dYs0lYc3ETLLYD0BPZ9KbT1xyof9sfrjl/c/+PcLvJoH6/y8Y6NPqMKF5qW'
    '1d0j7qgq3f+VoLdfjeBLXV3l2TdzXVFbnVhT2uFSMv8TLRNdXeX78olDi+rkDEU/GwnWzfvdWOX9fSDibNm//8p5+hoUT6UgfRek'
    'ayFNx8SRz+Z8uO0eB7xxH2lvI1uvbg2dlI+BXxB+Pp3zcUOSNJsNjTZC+jARfA7Zh/W5yuPInoi1Pybn+xEbYHyClzQ6Di0pL82k'
    '1LKKg3O+r7Y4eNcUV2TI/JWDb3eWcf/4z2xwrHH6EHWW7c96ONcG75jSSfeRuk9jtNdiRlueaVn3X2Z9m4OkaKEoOHoVz/+sb7tS'
    'Dg9Y1tWX0Dr3RNCOZ1e4Hdz3x2UnzhZkJlmXq1jbX9Lw3rFPX5jP/GyRusLwkgkf/xcZz6f7ROq7RN0Ln8r48NGl8Tm0mtX7rhjt'
    '7M349ka6GDZROOtzGY9vNV58kGIsq4ynE10JfkfR1ivjwxv3/WYq48e61pP5GS+ZxPGkzfHQlSzqNxNYGgqh2cJgqYas67BmrfIW'
    '/Ho+L79M+/WvjNhPa2Lsp39Le3LRicQtsh//kPbgl95LUFZiw1uWdX0h7cfOuAhilNy0v9QG9sknvXToAfAp8HRpfJLb03o8kzeU'
    'mdyQ9v1JxrHn1J2RW9K+DLmSPAzZ1jmkLT7+bQnov9P5WpEu35Z0Ydrju4fpoEbB+gkW+hcme0wGHGgR5ck9fp7yfSNEwSOHlx+m'
    'yrMr5nP8z6lgTJW4MhUVXIxq2r2bjKPc+5us7y8U9cW9IxX1f8ka8T28Q+jjm8gy20hZG9iXZTZDWVuevCxzQUjZMB57Uf6X8v3P'
    '9kbwhZAXuZqUMbFZKca3Svk+JUxwV7/O1jsVz/fAAKunPuX7wwijQZvAIKk+Yo5wnL8R0XlxzV8D26ykdRtl3d8Vfhyvn68Dm+i8'
    '76tapr8G/9H7Sd7vrPfSzCW+T2qZHrLZy/v1kLy83vsVeU/Zqc77d4q8fTer+3BHSF5e7ydI3l+DP+57NfPw4ZC83Jf31SSvRAAy'
    'bdwQLNsEOIDnvfVSdd68Iu9p16rzvp/kzUPePQPqsa0jea/ZBufSOvXY1iry4rrxvCcq8uJa8LzLSF6MFYyx6m4C2m0RxLw7jOT9'
    'm2946Ut71b7qZ5O8UTQhjW/H6crZUO/M/WpfD6Z2/FG2jc7mWWEL+9fl2PHPNrbjj1ob5yswOs5O/HUqz1dg2tKGOMxvsCrGzhwL'
    'OEFfTzZwdVCMNh6ybMPUn0SUj/eky+PaVRFfARsYDj1GqH3gdAjfx0yD8P0Do+9mKWPCO/qRwo8vSutYI0r9lmL5KkV5Ws4mRi/G'
    '/zg4ob6atknt8LOkXEm88sJZ+YXvh69PDZl7uR6HwjrNIe1xnVqaDgn72Drod6JV+D7dqL9C6lN8uyIN8ymuitWFY0M/bPOO8X0v'
    '1hJ4wxg3NBbreSRPzVhpntoxuE8J37/fOZBuEGY+f6P2t84vQwODB9l/5MOtU6Q2+GQmqWt+NpjGwU1xfdRwHNJiWV8LSdMAB0Mw'
    'f6V+xqPO+UwqlZ3i5/wSfjLb0WPTwjOkheWTmdaV23ez57ca6YRbRLhvE36WDobsIQ6rwwAbJnXTPZAJoTuo77Nl5HwRhv3KAX6x'
    'oWfLiUuYBM4q1zebaVwNekfjvkczws6XUVaUxueV+dPkO/UtznFUlQZHzSX5eX1x/ecdDmnVmB0etPX73kbGgTHSl8Wop1WU+pDv'
    'hnWqAjqh9K6Vfls/FPdVItYD3Te5kHtRpeC4yG/5qJfmdnl4oEaD+5oU+64JvtexPbGE0dRhdOF4jPHe3VN/jMjL2/P0xIwxNw5j'
    'RJ7jm48dGGMej3XNAu/0X586sMaINAWV8e0QpT7gecxXKnfhfsnL8XlZT2gk2r+ZBvLdMLvhYdbnRcIubmbesn56z47Kq5o/Tieu'
    'iqCZVT71qwjNp6K9VDy6qPg9qyxoSDm2PxeeLwjT2EOUx7IU+BacFksiZtB4tRNG85fjG3Q2tJMm86njTbVY0iZzNfBC40BQPBF3'
    'v6dIvcLJB5R8g0PPE7cC2mmHabLwaVpkOUbSrJwnlCFrgnzXNLmL1wCcnQoy01mAh3dq7o9hvEPVmk/1dTWRCfE7ytjY9debLHi6'
    'OLvRsrseRrNc4vZdyRrsukyU84Ty47hsp43o6mQteUHIP98mgnGnijKyVDDPIMvTmvL5RkhH5YleD/+GujlZUjct10z0if8o9HnQ'
    '9vv/iWAbl8O3/ybf+lnfXlF8e8uuV1HnKHx7gfRpI9OZwjl5lpTvZmMqkO/imw53OdzlcFdAXqqjMdOwRiq6oo7RFeLswtp+3vt3'
    'V2fh353R/LU08m4V9TcnUH9Ocae6gshwGwAvoU/+rIPFDEzVOQoQSkrFpcuEvpXn6xcU+i5CmMchwxhn88i7+SCjbiPvHsMzlbxb'
    '1R7UlUNZA9q7oQ3dSTFluw4eJw88tlqu6+WMH9Hr1pSvaddEr2m5MaxU58vlgAemxVj3A+mxCfNuR2uOZSStqZfn6Z+kY7NPBN8O'
    '66iKUbeuzqwCDk3rtNEbEkyXgcp/MIYi3tEeec5Lp33Xl59wvfp20Gm/8Wl1fVSv/uC9fj2qvFSv/iqo77jvqPNSvfpr7vPShd8I'
    'ynuaCE1azPttkH895KX77/fSLz5Rql9fT+bhq9CHl54orVcnf4lahzbQExFMj0un4yLbPIrwzJcJdcyjrhi6DDY6EMtYnzMimTiC'
    'aaI/IYjuIr07IJ9T/vsl2U6IrC3H6roQ4L3BQseJwgDde5TfSmFAtnNxyBhVsiFTWPkwWZcWAnPpBPSSuF5RlGzJRu46cokdvWUq'
    '1zFtv2az3TwfotCfojLfDqIzGyU70unLoa507Zg//znLfdRC6FkHb/56r71vYuHte0+9feFNEPsH+dEW7mSdHyKyqSqCu3EusL6N'
    'UKYG9AiCMRnf3jp3SDcX5ugNPWe3fJ07uk4XMz1gGz1Qlf6/vS67vJVOXWV2uKw2x7hjG122lbrqsDBdJpdxwPOnE38nF1riz4uh'
    'juPTvh8AWkfGwDbjiLTHK0ScodJdulKY+UBUle0VpbY09WnfV1Al7IlUtkQ/T5nbEv0o5fXD8a+U/KusKOPpKnO72d6b5HoOpryz'
    'jtpeLGP3ONs63w8+YUzO7CZNHdL/xgpSh2rvbFK8N/GPR30ldVjQQarYjGG6hj1sb89IeTZwqjnE/aj6ptP7s61H9uF1wFNtgEdU'
    '9PI0p8cVJhevJI/aav1bYU2vE57NNepqVRNd3262V4aEb8s/S7OvRoXeV3kY7Bd96As/NgT31cfPsR2aPRUVj5PXHdUn+X06K899'
    'kQ6xM3eQ9RX9Tc0gc8vxUF6ha90rgj744sgFKW7U6YXXxryjS3i5AdJppJ9c5xX9BaUU46R+glU60Ta6UDOEWQwL2p4KZim/WLW2'
    'PHbFMsW6dTM9+kUiSCvlWboF8s4Vvj+orZp5orr4XN98h9D7BY8zt6r9g3B9d6Gy64U6DksP6YdNWzSupgqWuoW9zWQSsIFjPjUE'
    'NobZfj1eARs/Y3mWQv9M6QOO0wZYfXNgf9O8JviuXoH/f8XGniY0wbK0d2mn8/ByzLXeeoCu9Tst1vokMu8mvgTHc/1fi7n+AyHr'
    'f0+h7GeFme85emZyH/XdCeOH/ATBDJ4d5xL83aehkbgN0FoCZ1GxkuTZdFBMeDEdG/ZrPrG9omdRXD+XlD+vikVD4WtWyvNJQGMd'
    '0r1nAzN5y7HTvFuJvvJE0iRrDfHEiFDHp+5l9XWKoG0fPeeRBm5gdMugUPumzFvQLzxOTYMC/nl8t2EFjHys8NsNc433ktUsrswa'
    'En/G1O/jO8Dv4/sILj09W+o/UudLV5Z7N3yL8kXJ/VSfmfXPEoSdNRYxkFew2DpnZ/11bBVBH9lh45B51pHY3NR/jXx3rIXfa97X'
    'uHToGo0f/c6sfXtx9QREGTLNLoYfuI3BCKEbq4ndAuKhJuDToG7pS/BuMcn/EsENqKPSwNppV9hN0DKzSBvXiFKbZNTdQJtkfDcd'
    '9Fyp3uwShY64zXytjyErbSC0DHBesm99DOF/JiUDni3ecuZXnAdFf0SY3pptW3WEQUR1RNA+L47eqQ72a2LCPtX5WpGA/F61Rqp3'
    'CKuVyk991CXlm6cKfmE6QVznS+6Vj2pkohvInqc6FDZzssoifxvjz9uWbyX6GW1wDqrGtYzgGBu9BFscdKxCP4LiuPcTWmkR6+NR'
    'TNfNdA5MfQBEwSaFE9S3aBXRNuC2+xr7myJjP0yofWWY6MqmRbjvjYwljqwi+WjfKqG3bQpX80i+FqYnSPt8DuyBi5mMOo7ejAqu'
    'LiRzgbDRCzDVQNpo36IXOar0QJcxfa1mRt8PRdzf6T3kMnJXGRLqeAHnE1rdJAbOJuH7mNTxZjcy+cfJpB8b2R0H86yAfkTd07Yp'
    '7lrN7O6zzWIcbeSuPmJYTjX/m4Te71sb0P8cHxZ9mkfAZAMrlwuByYsT2p+pBPCayZmiOvOWWZ5JtvrbVF+7mel0lNCbqGDVodeh'
    'ouvbwnCnTl+Ew1SK7IskaM26BGjN2hCZIsrl4sS/CMS2Z/QY0lttQBPwNVPxZ0ziqpjwkcJic1J9edm3BYq9bMq/3izs4zb1s77k'
    'CF+Cy416DGUXUTpMUfYtcWFKFcusaPuZ1udBHlktybNNU48ElGpFHvnt9yn/rDCBCS6reDVmeWz/Bymf36aaB5WvrJcNeMP/GFJv'
    'vox67075cd63RfSXw+xWYR5r/VXGz74tpN3hCrZ7JWk3qXp1Mf8oXK1PeXdfnkelM6GKacXzm/LMVTonprpdXD5+KBnDyCQdw6+E'
    'HyfcpK9h9dNxq2BYtvc8oT1t5iaszn2E15zXzNWrCvymkp3cLeUBCpmmKa3cYyjPpePSxb7stqhTJzfhsYhHhb/fx6PdQXLnmj8B'
    '45V8tRMYnTAYsZ8GDNqn4xvvtRwU5dlzcv+McW0ewvxvx6GXGix15c4jsi9dLDnTWI14Z28tU1ewCfiMi4V5rL1+jX5/2P1Chcds'
    '4CoJ+DkQYOCahNbsCiIXHhLmsdhHIvQ1NkwSWFhM7lfbLPBfnq3HbDKPmzX9o2trMs/lwCrlK+YI7Mo63xGCP/Ix8MfRQu8fGe0A'
    'VOfQqIJXYErPYf3NhKe5TZjrlHG+nc4fZ30Ce9uEf9Kn4Z/gfjqW4IiRCD1ZXJfDCWzH0XXqZzwgCsPDlnS7TiZXnSq1YU5bns/O'
    'joLZUex6i21ZkXh5NvCfTRD+d8SA//6E4P/9CcH/GeS+tilEF5zi0UGWbiEylFmK+TDlN45o7pQoqzfltw6QftmeHwMaGWySPkvK'
    '5ZGHwW21Qt9QxwdW8YhGmVyMzv2ohgel2js9FjC5UYT71qe85zTj525S6JiiL79qDZ1KdaY5X2G75VmcSuAsRlroTnJnyUF/nlvo'
    'yxlpbD6VzeF8wj/idM0QszMZtoARapuM86Bap6T1E6huzuOdEEumE2KgCz+W0t/Dt6cgfRDS1zrVcso3O4N2TbT8m5D+R2d59C7V'
    'KUF77Llj6jt7OsG5+otzIVb4dq//jeTbSaNe+i/nBPX+Xn9v+eO1oX2m+IPTuFDEfyLtwJO+90s4WL+xFHYFxGnf/Wk9XNSE8KZU'
    '/n8wpvwfIS76QsW3S3b5e71Wc28dEqW2mrLc317opSds9NJf7AzudcxzPMuj8zVEdTVVY4xDg+J4fwxx6+u3+/dH/Jb7DMzT7qBO'
    '4n2f9tJdu9U0SyXkqNj2Fpi3f+kB+YviW+oqP+ZzLfsm/Tnj3/S8Luqy95TWTdcNv2H5D/XocRbaUc+A7zpYrDoPzpGzfVssbK8e'
    '1uaf14M/pfODa/RuGNOqzcE1wm+XXqGHrxyhC9PC3tdj3DXkZ0FtyBmiuic3KvY4xRu3wzk60Fk65lbNPngZ5uqI9wX7s/sWSDvN'
    'YD1J2uPFf/XSN+72aWKEjy/Ct2fAL+WLD/q6+OhjcgT8Rp6JviDBl+XeR4LwfZimzfGgQeL6fVPRWKuFvV/Lxoi7zp2QPrewdC5s'
    'fTNfCfOJ96RSX1GTx1dXxvzJ2sTc7AJN0UrE3Ezah68pzzksZmwc3eRucvdzcVsVcVsrCEMqfeUs4wvw+y/aYc0iPLseJjdexvhG'
    'wyJo+8q/8XOoHJx58gTrz2IfTOPpUX1bXZxomxh2trGbVWdcB9GPj4Mr+Nm/d5+XfvNbPm2I3/aAr+hnHvZpWDzH5bkt08+Cr+g1'
    'zwdpmjuehTzPJHfGryFnvUhwzhtIv5fCPpK2gzPao3WueT2msdeToHsRVyfFo0hPRfnMDWX4hkyZZbGhA29X0GspyOfoNVWM9LHM'
    'VKHX0G87xWVHi6CPNJO6UF/+bPKO8jvFPb5PBR2+P5Lc4wTEEXhIk3c+qWfm/tI7Xhv59lPA+3ufDvISUnCP/Ma+4HnxMMRS+M63'
    '4tnG45zazJ9NLAk5xuvJOTNufOP0FMTJzXwnxiKTvac9vszcZv1bRbLxRLaL6HgiA8I8nkiPMI8ncoEwjydyFsk7G+J8fPUJdd7T'
    'hHnskROEfeyRxSI69sgC0ocs4KmVj6n7O4vUJx5Q56Ex0iiOUo0pLo3L7eUC/hlS4TSMi7GSwByni0NoT2KOHV1ucAZEzHfok06W'
    'Lk9aHlFujLwpvv4ZcreK6bM/Na73NtV5ngfZ2Z6BIH384XWl3yh9fMrO0m+UPv4DyKWyChkRfnvPh8vnp0zWuH0VUGPg/u6bRfII'
    'KTF/9yr5POVPziYyVoeDDHBQWneDSOAQcmeUO6Mm6IzC+8phHwP9GtAnmXW9l37iNoiZQfLuvbU070+vBf4U5O0lZxHWK+uT3y6m'
    'PKZb/fLy23vJN97+Oso3Yu2dQb4t6PPS31/o+7vm3xou8r6tIt/+BvSgVvb5Nh347VX2bQnVHTm7dHyLFN9wfPMV7S3oC577r7Jv'
    '9Nz/zjbQ1zoveO7/CL79z83u3E/83N9VwXN/lzv33blfuXM/V8a5P1n4PBNlizIZ5yglkuN1J8nnvtSAz/1eCz73uy343F0WfO4V'
    'FnzuxRZ87kMs+NEzDPjRlYy/rdtHcfXuUa9iJvnG/aNi/g6WH/NxfQ9VWxQObeJdoJ0gtSXnPlNejWHzpbO/rZTfjDbghav0AlV+'
    'XJFumM90x5GnXokzJ5QfbnSdSgv30GcfpS+7kqQ5nPzCKH5eGXpFqURpRNU5LEBHr+Ph4J3yl0/6eZLyecHP/70KHY8RIteNskdy'
    '8JlIfMeY8rV0ovAZ6w46dZ1HJBJjN/h0Wckc3Nl+ID9dFT3bdfrlzZ3l65cX9cO3ldb7AZBdvshsbE1sZ5cIve0s5ctyW1LKl+W2'
    'pJQv+xGo86WdQb7sl8Bmb/2e4Fm2/ALwhXRR+WeZbj1aOn3f43FwrqltXCVsFWrGfJuFJOgZbrNJ14LbesalZ9rYeBA+i3drsM39'
    '3Lp4+kfOf4DCf8CuMs7AXfZnXPoAhnPU2/7Te/0YWfhu1vlBnCbzyfT04SBOk/npN4rT1vZ66ZWXBvfRwfnSb85XxuSF9XJwupMf'
    'TU29gByheTB+p+58XUO+3cNwBo0F+AL4jjhnc6lvyqJficuBrtzo+6bk8v6nPuPrbSNfW9J3Mj2r0/cz0UTwMG+3SPd1lo6N6m0j'
    'jYd5ovw/ODxXFp5bWAaeiyyblMx8hpOZv+1k5uXQf9yevUPo47Cgz+IhUeoD9yoR9PW0SZT6ehokedAen8dT30Ty5FlbvcLXydL5'
    'lcJ6NgizuGDc1/07mZxN5QtaFfNkpQjG2cZxLyf95f6J0R9BB5HTcf/JqhjVKnmdql/oa8/WF3W30PsPWkzoMFs/u2gXagOf05gO'
    'QHWEngK/w3L4PvIA0FPR7bnZgKNTgMfRrpbrSFBZc6qC86/CAUMaOD9bsed0frMp7HeRPbdFmPnUleWOgbsk7RP6DekX5nFcRphc'
    'fIDthe0G+wzpMrpPt4lSX60Yi/a4EBn6gQirqIMzTZTvR69oCwm6Ip96yq4clbFNlN4H8pCzwo9ByGOe0vihuhiEWVFqF68rj741'
    'qO6WLHuO8H1yUFwo81+n0d26OAE4ypQ5b1yfxTTmBMbtzKSSiVXxK2EfJ+MVUZn4Ft8Wnn8aU//YNr60sY2vCj/u6qaIcd5FziST'
    'uGX9jD77S2HmyzpsjahP7w8nVB/6khoWfhyllVkvPSFbWv/JWS/94Dy//uWQtwvSTkiPh3QFpGuypXXL90iTop/ntRHtHSF8fxqn'
    'wbcb53npTSSPrjylSVVyhOUh/JHFQu9X4zDCyxgBfcA3QOdvH+SZG8LLnR7Cy52m4BVXK3jFKj/jSeC26jJxG+aneqgq3G9aL13f'
    'qyD9fszzO6pPSc1hfQJ0RljsXlOdYEpLDjL8sFWEx7mj9GlYzOyJ8vdG5yATsqaqOMlLSPlMRPkkYiakKzxGKq9aRmhmISZOx57G'
    'RuAxObotYJjbvdF47qPsjMP7+qEiGAdTdffhsfX4XtisuI+p4sHviOAXlBsPLZPAGuywmPOk7k1x23c+SVV+0rynUj5JZ8P+pGtz'
    'iXCxoKjO5a7LylL6CuWC87uqPLeeYzxG4faQ20NuDxnvIepjXe6nX6X8Mwt59tT/8hzLs3qJRX68ix5sSb93M1qj16I8xq+wHdfh'
    'luPifqQd7nG4x53fwfO7yp3fbg+5PWR1fmO80zg62Zz300L4yUuYvtBqUWorWyvCbWWnxbwTh/EkbHn7W2LyUY5md/Nhhd4D1m8q'
    'Y9lsSdfEkS+vEn6c7Y0ReiBhsVqRTyPpnIUWY1TF6wyLgWuzviYxKWsrAHMqvYEBgzKDQh/nXBdvdFYZfCQqn6MxVQWRpZjGLKcw'
    'h3BVH7EXUK53NMiZVXFaBjS6UmEwNUrao/oXYf2w2ZNhMWnpvPYp+kHtt7jcdJTxTjG2czuRK9IxRMET1z8ZJO1F9Vdln0XHYBM3'
    'e0QD3zuE2pcE12czlYf3h/Rfdd60lLF3aFxvle3VEQzGW4RvV9LO6hjUrH+vMIt/jGVMdR+2sHmi8Y8HmY5RFCyE4ZEsg/M+zf4b'
    'DtEpDJMxDITMU5K6SkU5d7sdjTRdQSegbNtGRy5F5oX6CbCJZ7nkuVJ/OO1E1r7ymdIYhHc+5dtGoU8ZjF3x66/Zzdk8KPebvWoY'
    'SlIH6P5F8fQkZ8CvTgR9PqE/GJ3PpyThi8YcRXihMsjXbwAYOE8vB6sTdjF3r32fH8uU+0nSxTmNa7NbVYE9KQC+PvG0D9825S/6'
    'HthYP5Gcj1gK93K/FPUR79fHTAuDf1l2+gN+rJlK6TzEXTu8r0l4OtGQljKlm/vZGbFDVM4XFD1LBjV6boWtIs43pIfLuY+a6sWZ'
    '3ssqPW99FjYAvRo9vDTbDwhjKWjzrXgTXWDql9ql5HxUCz9mRR+etywd0uhDf4DNAeqzY8pjP23XpMuEb3eMMey6GF5GfkwT0cWn'
    'eiY9kCI9tZXc/7ju2p2aOcQ92ir8mKQmNOGoId0dh0fSrNH92Gpwj5+VMJ8iLD54h4aeOpzpsAyydLPiHlJp/s1SaIPeJ/oUdgim'
    'NgtDzPZiJtCyKjshruOzmd3dupl+bBT91wr653HmQtWfkRD7pjA+JcLrdI28cKtmHnT4bSXRz+1mMMzPmwELXsuwpr15oCvL94rp'
    'PT2v4EOE4W0db60xxI5me8RYetkdk+o84fuwOxDXb9vIxjLI+DmU9n0BbJ5/Bum9neHjrYF/Iy2L3769yKfjvr3I7hz+DdzHmiF9'
    'GPzPXfaw3+5c2Ed17PdAob8vF36vF377C7/Bwq++sLEeLdwtBgr/3n2LED+6xVzA0Ax1yvRlSF+HdD+kg5DKdmT6KPh8H4D3ss2i'
    'b/Zb/P7Phv7Xst8jhTKPF35vFn63F369hd+5hd91hd/5hd+lneb9fgTafxzSNyG9HdJeSM+F9DpIz4dUtoX9rSPrXE/uiPWFsV57'
    'W2m79TB++Z7CaZUGThH2/hZ83p8AfpR+sTPIo9Hhah18tsI8V7HfqkIfXyvcK29/vxDr1xVwwiVC/HJ9+HyugnG9BvdRWbbo7wni'
    '98g6iv4S10fDqYSRtn5vv8m9JvfZqwC3d0N6b6cdnCLcyXp1e7kYW4DB8d3s73vJus+D/tez38xLC/M/6sHSI7DX/rHw+wrAqS28'
    '0nHIuov00mgpvD7C9t0/QvoVBrcmcJwl8Ch/Lxba/HVPaT9ehH7I96p4Gdjua4r+cF85/w7fvhGBT2n/sqR/C64srFO+tH/yXXH9'
    '8mo+7H9+3Etrbwv2p/qW8DgRqv5gPPM08OMkL472h/Po4vAMotqVPAHJDxAhfAJ+v1n7dPn+xG4CPsuih4M+kpAHs/wbwXn+8r2Q'
    '7g2fZ7THRpkc2hEMPeDxTTu/E9wnQw+U2gzJPDbzjv7AN7zgx25vBl6fTT27vg7ny97o9TvuMSF+en/pOI4DWyf53qZd9I++9+ng'
    'PObYPO4rwNYPCvN12SPBedwHvKofwHzKPDb9QLgX3wqOv5qN/42vef7caftvfM33827T7o8eLG3/mkfKg/EXn/DhmcPxTft9GAmD'
    '41qCu7LCj98s0wueD+JQ/PbIE6Xt3Plo0C+PLF+kKx5S51XxUlLE5gT7dGJhn15Q+K0ujPOih9Vn0Ingn/8CSFfDHpP5bdboRtgb'
    'FzzipTc/XxorAGPXvnJ/EIarGQxLOljSwBTvYn8pjRwHB9NYtXHtx/mdIMPuBF962u/vlyz51fsf8e8ElWyHwnkULpPnljyz6DrM'
    'iyEvUu1FxG0SN/PzZsOjsN8V+xT3SOc95ud6I6Ez1kqZ2H2lY1oLcjL5ntLzdRp6HvvyqWf984T3sx/8jT/5gNm5WMP2wt2FPt1a'
    '2Jtr7wvuhbuhv7fC3l17nx0MoOxi5Qt25f7smdJYJHuejj4PpHxyz9Ol/acyS5v2b4U5bX+6dD3ahP35gHhVpqn9QRyIvnani3g0'
    'w9onffzXBDrlbWXW9YP7gzjVZA/UszUZKeyh3zMaZQT21e8taRQVXo5zjqAP/nuBJ3Lkg/rzo4bhKxxzzZg/HvnvSvjNRdp7PvCl'
    'asf8Mch/x5W76XC9bkxUfoz28tLWfTz6+/8B9yKZnQ=='
)
