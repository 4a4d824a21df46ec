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
 ('\\s+\\d', 0, 32, 37592, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 37613, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 37671, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 37687, 16, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 37703, 104, 0, {}, (None,)),
 ('^(?:https?:)?//|^www\\.', 2, 34, 37807, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 37862, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 37976, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 38273, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 38451, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 38508, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 38565, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 38622, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 38683, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 38740, 40, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 38780, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 38862, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 39002, 30, 0, {}, (None,)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 39032, 101, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 39133, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 39157, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 39667, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 39691, 24, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 39715, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 40123, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣]{2,4}$', 0, 32, 40264, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 40285, 191, 2, {}, (None, None, None)),
 ('^\\([a-zà-ÿ]', 0, 32, 40476, 19, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 40495, 38, 0, {}, (None,)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 40533, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 40689, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 40845, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 41690, 844, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 42534, 191, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 42725, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 42971, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 43049, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 43281, 111, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 43392, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 43541, 588, 1, {}, (None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 44129, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 44258, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 44505, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 44873, 115, 2, {}, (None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 44988, 71, 1, {}, (None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 45059, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 45134, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 45280, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 45415, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 45528, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 45602, 77, 1, {}, (None, None)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 45679, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 46049, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 46091, 93, 1, {}, (None, None)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 46184, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 47054, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 47479, 510, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 47989, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 48062, 210, 1, {}, (None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 48272, 130, 2, {}, (None, None, None)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 48402, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 48905, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 49160, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 49346, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 49533, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 49986, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 50207, 171, 1, {}, (None, None)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 50378, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 50446, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 50524, 311, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 50835, 81, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 50916, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 50991, 57, 0, {}, (None,)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 51048, 97, 1, {}, (None, None)),
 ('^\\s*by\\s+', 2, 34, 51145, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 51177, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 52142, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 52299, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 52347, 207, 3, {}, (None, None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 52554, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 52678, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 52782, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 52830, 77, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 52907, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 52945, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 52974, 44, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 53018, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 53170, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 53251, 171, 2, {}, (None, None, None)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 53422, 116, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 53538, 60, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 53598, 30, 0, {}, (None,)),
 ('コメントは個人の見解', 2, 34, 53628, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 53676, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 53720, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 53766, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 53798, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 53846, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 53898, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 53938, 36, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 53974, 30, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 54004, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 54064, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 54116, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 54146, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 54180, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 54242, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 54277, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 54323, 48, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 54371, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 54397, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 54423, 53, 1, {}, (None, None)),
 ('채널.{0,10}(추가|구독)', 2, 34, 54476, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 54518, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 54568, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 54669, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 54723, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 54776, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYXUWVcL2t1/SapZMQQgcS6IQkdIBACAk0mBEcgQCJgrJ2ul+6IZ3upu1OSNiCgqKgxPV3Rr5xZtR/hAkIqMOmP5ERiDPg'
    'jCg4fh8zwoijML/bjwsqY/+v3j2He965VfdW3Xdfd7qpy/eo9L2116lTZ6tzGoUQWeE9Mh0vPG2FtBvepQq/Fvh3NfyaC7/FT3hp'
    '9oAQTYX0bYpv33zO+3Y6+XbmJi89+3zv28mKb7dd5n07nnyrO8fPI7+tIN/q2bcj4VsHjEOm24X37TDybZh9myvrIuVknStJHvxb'
    '5m0geYcj8qZh/lpgPmU7tfBOzncDzH1N4TeDzHsrlEmTMin4m5apY2uVsWhDzkUO+rsW+ruevDt9q/duDXn327z37jjy7vnHvHdy'
    'zI0wD/2kTRHSZ1muvfBbSOYtC2MQZCzpiLHnyN8yTxWpj+dNsbUxna8W0jeTPrVAv+SeOoLNe5NFu3IcVbBnWmKUvenrpeNthT69'
    'k+QzrQ/3Cf5N53otpM/ssq+3BeqxmdvqhOZW9jfu3NY8HZxbnN8zRLx5qCH4VoXHjgnBYx0WeOxQCzzWCv2X38bIHpfpCOSpJf3q'
    'h/WsU+DBWjJH703Fg8Eqtg4dZP7qoB9fhJT3exTSHuhbPcnTR8aPeePgCvn+YuhLpvgy6kmnpvNTnJgOUcaTjcxhAz8m56mEz1kR'
    'cLeW1RmFt1oBnh4p/K6Act3wTeY/KgA36Tf1Q9f3T+Pj1eqVfyPbnjiQlSJ7neKs8wk+282+vZ3gHcQVeVg/PA/fA+kNgOOwHqR9'
    'axXlaZ5jCT21Llta92lZL33fAr/utVmv3GLSt52sT1dAuor0aQsb2yyAU9Pyo+S80eH8es3+WUr2RTn4f7nlGVIFtFkK5pjyQVlY'
    '98WM71kF6Ukwvmby7VhIO9lZSL+tZvOiwhGqd0iTzNF8bwaawBQHqdaIz0Ma5g95hCrSlzqoUzW3tE5Z9jRGp4xAOsTeD0XsnWbg'
    'E2gdeXKO0/M9bwCzAyQNy2vap2FGqyFN9JkCEj/aol+DrN4tFmVH2fx0E5qG1rmDrcEg9HWY9LXPAqf1KOjBqL7mFeNTjV/X1z/L'
    'eHwp4j3a3imAG99LcGNXtjRdbYBPTzWodz3LczzkuZHkWZ0tzVuD/DXkvWmBl968wN9DDRk9vA+zORkh628CXyqYwHXYBe3/rLCJ'
    'T4V3nWyMx0K/9yzw90jUmEzWB/sTti4mbdE+m+Q9C9ZnDZyf96Q9ntIW/kcs9uiQBn8MMfxxa9qTjch32xR7ge97k7NexQvxdrcX'
    '2l3AyrwQUb9q377A3n9uYWnf+6G989IevS3f9TL+VbcPehme+wmkPyJjknWvJWPZGWOtRiNwFN87Cwvtzbc831Tt9Ea0kyXtRM1N'
    'D0mjxv0qw7WvFL7NjIGLaD6Eq++nPDrFdC54vbsi5uRRqJ+uNa+j1+Jc5/X/Xcqjw+jc8r3Ur2g3rD1Z70cN6h2ygF1cu2sK7w5h'
    'a5Vn+GMsAVpItnV5yqP1VW3tVNBHnHeQdWwkdXAYupq8D1ujU8hcYh0vEvinZfsM5lLirKJsLeXL2HRrlGfvEe7nGZTt1+DiupRH'
    'a5vChizzP8IvEzaP+F6W+aXwz5qJOvNlu8+Qc9/kvEZ6am22fFpBtn8/kYMOMf4gz86pvyN5w+ZV5r0D8sr29t3mpX8EfdVPrwO+'
    '7XbY/yTvER8uzTvnBi/9KOR9P5ELmJ7NTdC/2gh+ZUiRh8PWVpJHR59fAnlkH+bv9dIv3eqlF2728mwm8hW+h88m/PPFG700t8f7'
    '9lby7TnQG57b5307lXz73QVe+tZrfD0Wfru310s/APqsVeSbzE/bW0a+8XU7gnzj67SAfLvgptI6Z5Nvcz9U+q2R9vPW0m9UZ4d9'
    't5VNm+hw5o+XflfVQ+UFKSI3iSsvmAt1pkD22QDjmQ1lmogsQ/bxMgN5Tk0CcgxbfF+pdaBy6ygdEs5njuRPk++TOWeqc26qz1nt'
    'JMxZGD021eezusLz6WAv3lyZ8B1TfT6zCc0npWmm+pzMSHhOKiVLmurznJvgeXZwmbzMcarPaUtCc3ow67um+ho1VGiNJlK/4fbJ'
    'wa9rdftkYnVvU32+qxKa7zA5rKPx9DJcx8tWXtfl5ji+js/t3elLD9VXYG6StJmY6vPblvD8vplsMd3eqqyd0FSf37oKza+NfdRU'
    'n8PGSZjDJOxdHexWxh7P0cnx7dicHCB67pyO29y+z+3FZO1BHR87fWXGSdGCSdufO13txNzhcHT4m+/el6MlJnbNp/p8NyU039Pt'
    '7qrbR5Nzj8XZXAbvirg5Cd6RcXMSvBvk5iR4J2qqz0kmoTmZDnORFHzQe3FuToL3Ad2cBO9BujkJ3v90cxK89+rmJHjf1+mAou/O'
    'uzmK9hngdBV6PwRTfW7S0E4b/LBe9HvbDLZYzUTfzP3eNhP7iO0kL/dr3EJs6nHsR0O6Ar61kH7H8V3eJnzf31E+V+P642414Bdk'
    'O3cK3/9DDmQ2zyz23i0hc9fBdIlLhe//YT6zq+K2drssdBl9ovTuR1zfxHyOVWNuVoy53mDMFF5s+nOiCO4d9MUZ5p+3Q1Euqj0K'
    'vysgndluL0cz6WOrsPdtqsMzy4Xvk9t2zDSOQzPUK7/PxvKy0CYhCLoMPE0Ae1tFqa/+y4nc0/kunnjfxXTfyT1xDbw/2a33tF/v'
    'mcI+tgjGSGggOP2NwzsCHl5n8JBz8HBQwMOnCr9FzJab2tVzm/04tEaU/78xgm+OfwR4tfu9b4Pk25kjXvoW8Nkl25oX0ne02zC5'
    'd9Av1L7tziE0C7dlHbOwx+lV3J0wsUGJmjsZt+gwTf96Y9zLGDAsQ32KIY8R5hccfUNhvB1Ko1DfXCs1PI4pL5Ai9VC8FuaPLC7P'
    'Eacd9HWm8w2v8v/eqaHXTfmWnIiOpyTP/y9k7OnDNuD9VDzBcuh3nrzDuDCXk3fXwruLRDB2DfIqmwlf8QK820jy470hjGdzpvBj'
    'EXRrYLzbAMZPgPGqfKKo8i8jfTouWzrmI4Tvq7Gr0UuPgnQJpMc2lvrtTyJmAfIr5fBZPLZblXCx3ZKI7VYt7GO71VjiqlrhYrtV'
    'MrZbnSVOrhcutpvp3M6wnNsGMT1juzWK6R3brUlUNrYbxtxxsd1cbDcX283JR0zkIy62W2Vju7WI6NhuKp1bfQKyBBNagsoSypUR'
    'cJ2jSfmcZn5WhtC3uvGb6pUdr+d4PcfrOV7P8XqO13O8nuP1HK/neD3H6zlebyJ4Pd2d2hzgaMSr1aAbWwFnId9j1XC2me7zBqAf'
    'aZ02emdcz5MsyljRGH3J4zab9n/M4oXlCA1osh42esb/1tCWHTgX4/7a/ECUxvz6HrTbKpJ+UjD4TLY4ePGGEX412jbURlVRF/ax'
    'nvx7BpnZxqZSy6qW5EaUZi+am/WZ262qrjHGxel4fW+njFzo02zXY6Mn7QOo7ZMOHDsxnubYA01ZzhHfg0shrR23tyFIGi81gB1H'
    'HeAjMRFEbDpzsJLXWWMiOdbTZUKFR7ZtCytRtHQbnL1xzjQpT1HRHFURNMdKzRlXjq3aMWXKl49htmWHTqCNWRORidqUobRhzkCW'
    'fYyzVXO2as5WzekvnP7C6S+c/sLpL5z+wukvnP7C6S+c/sLpLw5iWzUqT5hBcGsN42/XhtisVUOdVE/RCXy9jjaldD7y+bz8cSQv'
    'HSu9E8fLrA5pE2USNrRClvBClFYwgUU82/5XqpRmUMUpwry3pexgi8KGLH8tKd8To68DpHw+RvmLWf9ty5+VKm/fr0tF0yPHpaLp'
    'kWUpHzdss+j/AlLuSotyjaRP/aI0NivmyUHdUXX2sXK/I3iux6JPLwvvHn7c2GW0rudIH7YblNsG5Q6Qcqa4VpZ72LIc9nMfKWcD'
    't39Fzhvd3v4kqXvYou4PkLqHNXVfT/L0aPKMWa4BlutTnKW87ktJ3Vss6j5X0e88y3OGYm55nlNInp2aPKsNaILlMWmChYSW4e22'
    'KfhJ/NZMvvWwb5Tf0/FLKJ9GukDlZ8qU1+4gNEQK6JRZhIZAesJWr1auzDXMRxjSLjUieLe9gbXbFWFn3shkWKo4Pbq2GhPQtbQB'
    'HaOSH6KcoFEBZygfoPkfDpFRm9jYtzDavVcEYy5F1dNK6DTZt0UGeCGv2CemceC3i9KYJ9SXhpyLD9Z6Y5PlU6AjWAPpIkjbie5A'
    'pgshXQXpPEjnQnoW6BhGaj2faHHGFzYGvsYX1npydtN2kpy/k2p9v28YfxB9eexIsJ3Dan2fIb0G9fYk2Lao0Drydv6rxp/Lrazs'
    'DsXam8acpf5bZDtP1Xi+sSgsL4a0A9IaSI9vLN0buAcOJ7Av63ygxqMLdXBgA8+fJ3X1Ks5km7o+Suric8rXYUyoY3rvQnoqpF89'
    'lv3aVsZ8cbi5UNGvlw37xev6szLGyOs6tsY7F+LOfRhcy/rnk/p7Lehz0zVKQ/02eNVkfnAfvlJdPgxgXd+vjr9neF3frA6eJyo6'
    '1zZejsy7EcqsYnF+NgLN/IVJaPssaPv9MIf07Ef8N4fRBvMi8OF7qj06Jy7syzq2kDqGFPw/fa+D4fNIHVeydgYN8V6Xoh89lv04'
    'xmI+8hq4XGjQj7EInNRQ7dHTYfNhQ7fg+H5X5de7leHgHcLcFx2v90VFvfkE6v3nquA8jAm7+PUqvvarVfawwtfo81XRaxTnvPhI'
    '4eMhrFyfMPOLx2Esyk7pPQZjiEO7XaKY3zHDPYB1nEX6tkETZ43HwqP4shPSkxnuPiHhehEvtxcKHy7MYvahXZhM35JNLs6i7Mef'
    'cp7+PirW3NoEz8MXJ7BNnO9v5rx1NI2Xt5atn24s9yRcL/b30zlPjkLP7dWNvoykaDfXWCozuZWU6WL8PpY5nJW5PufbOnC+aalG'
    'VpAldcs6tiv6enxEu5eTdpEPO4LxZY0R7W4kdSxj7VZDenREHaco+sFlIIdH0EUrSB1zNXUcFdGPBTnf7sbmfCie/4qyL7Gyg5oz'
    '809ZT/ZJ6x2LeY4U6X9FfX3CzJcpP0+L+hRS38asOu6lCl92avbrYwnVh/v0nqw/95jnVEW8T9XZ8tkYZbHdvVnfNnmizw/Z/jCZ'
    'x/UGsUqjzoSLE6oP5+fMrK93WNSoxjO6vXhS1tfXL4rAuStJ3hTLu5DlPULRp9Ua3ov3aRYpy3H70gj8lCN9XBgxnj9k9OPheX9B'
    '8i6LyPtSSL38bPhBxh/rbMajLomYp38i7cyO6NOjGf288D59heSdG1HvnRnvPKRyiW4NH4j6uDsypXcPqMx1xJCHkfV8KKTtERH0'
    'tS3LXEfK5EPOC4qXhw3a2c3K9CjGuCXGGM8j9VzJzqxBg3qwP6eG1DNgUc8Kxbh2xBjXIQZzynnTRoMyP2H9TZEyqvmjthlY5tdp'
    'fZkBTZmfpH2cvi4bPEdteZXvpn37ou2MzuH76UDa1/Xawogs/2BI+QGD8l+E8nH0K0X6n4xVt0YoW/hwSN4BJvd6r2IOu0VpLCNc'
    'v52KelVypaI9FckbJiuSebvTQdsnncxDJYc4T7M2UftsEMqfFrM87tNV6aCdG8ot/sjW8ciQvGMs7yGaeTHFQ/VpHw/F3W+ynt8T'
    'O741UP4cQitTuu3nBnmRJvtRSF5OG/+bQV6s9+mUp+9OWr4u6/4HYq+m2gMyz90kj0oOXJT/pYI2OS+xffEZkkdFA8g8H0uV2jaZ'
    'wIgsd5NiHGNsHNeE5EHYH1H0kfKLMs8VhvZ7FPcV73KSuoc0toHnkzwq/VLxHiHJ06uxf+pSrAfnq08MyYP4dKWiz9y+aUlIf3qI'
    'PWVtCA0m88xUzP0W1uc6RZ4+fv4TGDK1O5DlXhXBujluf0UEx/oyq+dFEYThvAEMf1foxzYGef4pJA+uxzeEfr8iDD0o7GAY675L'
    'BOGB4/m/IeM3lUHIch8n5Uxl0bLczaRPqnOhCe5T14bIIppg/Lp6EG9fGZLnJMjTTfKozoyi/j8kz8lZ/y53o6UMpHj+K9Y26rzA'
    'u6qzE5Rboz1lo6XcA3njRku5M7enzIhwv7ZhNo3VotTXQJSNHL0flyV2jrQ9HgcvKds8WdcSZm9Yr+Ddqa3QSsXdjYUReW3v9rUK'
    's1hEzULvJ0LlQ2K1cHGKnO8H5/vB+X5wvh9s8J/z/eB8PzjfD873g/P94Hw/mMCP8/3gfD8IxqM63w8Hn++Huhh3Gt09PnePz93j'
    'c/f43D0+d4/P3eNz9/jcPT53j8/d43P3+Nw9PnePz93jc/f43D0+d4/P3eNz9/jcPT53j8/d43P3+Nw9PnePz93jc/f43D0+d4/P'
    '3eNz9/jcPT53j8/d43P3+Nw9PnePr9L3+FIG9/hM7srFjX3cBndmqP38DAtZI40bMUhwDo8bMcK+UVvxUcYL83tLUXeiTGIFPM3G'
    'yM+UIXYO03geXP+FZ0FYPA8c52pFPf0MX9J4Hlst9I4LDfEjv1/XbFiO0ybUBh7viFU5m+VJs1mOe//XNjZG1B3XJGOh4z1Wd0fV'
    '3VF1d1TdHVV3R9XdUXV3VN0dVXdH1d1RdXdU3R1Vd0fV3VE92O6oYozPLOwpxK21IKusgbZorPLLysLD0xsrF+e0K94+McPCpTKs'
    'OGswvU9Cbw1uEmU9h5vKsExkUXzP0bWuJWuYAzlFN+AoQc6tWsJ7YT6ph3i3QTsSx/4W3t8ofP97V7HzdABgKAcwNFXgJGP+ZK3o'
    'Kc25KNfaDIz0OcdjPE0KGGwg9LUJ7kF4Gibw5NY9uO6KNb+h3DVPct3lu3cU/rEp5a3nfxC5jtvXb7597WiA4DpnJ4AGcLh0euDS'
    'NPmb0lApwh/1k73ZC+scB8ZSYdszXZm9UJHHqzpjsopxHlX5VAQ9Xs/kU1VEX9lM8Cnyx3UWci2EAeFg4KCFAb5/s2T/qnxwNSjk'
    'j1gG4SYVomtrMOTzotrOgm5QENnSXICvFMmPvJ/YJ8Tnvq+W7fN2uE5lvUX+Bng3W/j32JeyfHTfzSI6K15GJZeyXS8+lnMh3Uz0'
    'KaZ8uS1fXUPqkfXOAXuSY4kcTkywvYmNXqcB2p4DOv5joP0N99nraePY65Xbz+89Yd/PrGU/0X5nXpk6z2uf9MpUK+x1uJ74+zF0'
    'dIgjZP23wJhugvHUiKn2pBS6Bgkx2dwbr6twZ1WgSdMnXXYNsHJmL826rC8qYe15UNo0gG1YXbKzGN7FtEcXYNyN0KfqoAPK2DL8'
    'dnpw2MNC8KmJB6RNIBNAGrh/s/e1CWxT8P2qvf77c519cWL2xRJ/O33z5OibkcbEM/YHzh7X2eNq1vhoxRrT9ZFjW0RoLlnPIYxW'
    'j6It0ZbFlLanPJKKZnQ2xM6G2NkQOxtiZ0PsbIidDbGzIXY2xM6G2NkQOxviStsQR33nupLaKaorkW2NXnrw6ESKdExf5XUfNv35'
    'cd7Dvx0xaChKk9aM+3sB13QG5MsQfdBsAm9FXf64uj7+HemY5TFlQI7Xdry247Udr+14bcdrO17b8dqO13a8tuO1Ha89Gfd160l5'
    '5J+5X20ee283w92HgH0bxe8jCt102DijdMXcTyDqqJFPriZzOiDs4xQOEpiYJYKxBk3jhPD6JN29QKh9pFI7GFNf8arYpCq7EZQH'
    '8PVuBdxN17uF0TpDGjubEY3dzWFA69jEiIwaZ59Q+/3vFXq/kSY2unT+d1mWKweGVbHZaAxAvk45tk607juRrl6sngPT8zkLP91Z'
    'qsIVSwiuoD610aeqjHNSDbBHaX5qU8JjTq1XxCbTrTHa/c2C7ymGA2Zq9iOPpafDU0jnyz2L8YhNYgLwuDj493FZdfy1ddnw/Yrr'
    'U0VkMds6fTkZl3nWsjzXQPrxzqDsU5Yv2sb06XHrc1D+Z5DeC+l5fcE+5oQf0xPlRZu26OWy8lvRUvGyUr+p9Nutnyz1m0rrvu72'
    '4JjwW+3t0bBTpYEdna/zYXJu4zz/7UVeeiL09xe7S3kdmucEloevua5vbXB+cBksncvcp7z0j7cG5+u+T4LP4VsVMNAH87Yz2Kcc'
    'oxUorsA2tsGY3tejX2fM8y89wb7ht9TVwb7JOmm5sLWsC1nLorwT4OLX15e2R/vynvO89KcDeri67naz/Urv+iz4mlf2we/q5wjz'
    'fPBZ3zYMv8lyMv3Ot3yc1KAoJ9MHNGWaQsp8eJW6jO5sNZHXXP2kHQ9fcufNlumdXix9Rs2IxzYbB8NxOyafn/mob5O46ESGi/jZ'
    's2+/lz7+uJfuhTsrRxEYlPBR1Lt9B/DnfV76wmMQV+sRiDtO7D/pN94Oh/HZB6D+e0CHsq8U5tc9oobxVks4/9VXvPSSB+3K3QJ7'
    'cM1zycqE54/Hk/PVEcAwvQ9o0tecKL0zS/09rQihMTNQLgmfzdUEhjaJ0hhppzH5610hec9ieT9LzkGedziinb2knbdBOghpD8t7'
    'M8mLfRiFtJfl3U324VsgHWJ5riL7hOcZUfS/ibRD+3AWqSPM7zbaoh8mSu9W4hh2RZSn96xV449qezWRV5/FeLbt7G+sN0/qR1kP'
    'rsEZrOwW1K1C3nnk7D6NlEF5fDWDmdNEkGZcmA2mFF9lcX8KPz4B3qlF+Me9gvOBMhTUR1ZByv0UUFuLFNnD+G0duWW0DupbAn8v'
    'Yvy/Li75LkZb5y158H5W33bBYmEROVBYXoqXcM5OIXN1GFn3U6Hc1Zo2ZynazDNeotegTe4zoobYLIStg1ynDxMZPd8TxyjwYT+D'
    'e4RpHNMORV7cG91sj2wjebcwvNJL9jreZWlgbfM9OEDaa4L9Us/6mWdlusldliYmg+lhOO4KhutQjnkS6dt7FLhK1bflhPflOGQ7'
    'a2eAzd8oq2se0flTnrOaze0Is5PANaLn9yq4j8NhC+XHqQhYQZxC/cfxu+y0vITPWQDPKQLbtrCcRJ+aGZ1C/R4V3maknkOn60C+'
    'e56C1lXhpbnk39getS1ax/Z5SkFz6sarm0O5ljLumskc7k15MKRblyyBC9l/k/htNvTuu4Du/upj4Xw754trgH7f/60gTz4KPMSd'
    'T6hpeRzbTugXvqvDedEwjxlIs9NaU5xLjX9j/HbKYP5Q+kVpt+Iswy8ad0WUfk14FxkLzw8zwvbZg3tx1K3ptFpT3Lc3KPZt9TRe'
    '4xw84bmqUuO/L/Fetmd8Mtb4Bv0am/peitrX17o1f1OtOe77yxT73vmeTKXEmjdcQmrEugZPBE52/j4nfs7N6NSQNZCuM3PT26ax'
    'k9k0djCnSdZPa9jHOmubyOAzo5Pvq1G3ptNqTXHfNrJ9WyuIYUxIQwGZRER+nQ/ZML3Q0Qpdi8rOZ67w/UYiL1/D9DVclmyrD9rF'
    '+mCzH2IohDMTAshZFRdWhh/Vjnj226baYWsffs3mX8LuBx0dovNz9F4ITKwqZwFrzovK4ei9iZ9z1Lsh/Pcp4D+OHcw0W5uMAdca'
    '+qTj47aS/dHr1uSgWhPcN806uquzuGP36M6/GWRtG2KUi6L70l3itiiYqrfIz/EFtos2WTaxPGxif5jq41V3RoaZHnxIYfveBHq7'
    'WcxGAG2xXyY6c5O7MeXaLK61pGdbiD1CA3yfLexiJk3ntV0GLFnU2m1nNhJ9otTnK/p1xLaj6uO2JmMieG9lOsAKpRtk+1P3jMok'
    'TsOlKxwrMer4mvp0w/RbExffMnqNbipPBGcV3zIKb4bhu7SjyUto8krurbSBeMnxSQffmlQLP74P318mdsAqWbMs82Ohjklns76Z'
    '6bXe2XLXO0oFnwQ8ZIEmRti4EtZxq8W+nebrSM/A9pgSwPAz8K+j5fM2e7T4d+Eft6v25JR7VIFN0pnsJPSk2UY41WwsugqMNEx3'
    'h3eH0p3+9yxRc5aL3+Xf0r79KtbuS/d76Scs42I5elqBS8oDw0h6WnVmTx+5gKOT3ZpUfk3mghyR4rFeRxNNnFzgr83OyyTkBqX6'
    '1XTmzfzg3PJ7UPGj6do/wb3m1mSy1yTSri2kf0q7toj8YXZtDUxHhTZpTcw27TKFXZFWP5wp/v1FFclew+yXGmKUCxvPZ9h4PgXl'
    '6oxsQqWkIVeFf1dPq1OmpjjNH/l+MbToGvgVJnaPDe993DetIL0pMkdG7M/tv8X79+XkfbuWktDzglXjr4az/l0RtMzM4tx06FhN'
    'fg7ymAn4TupS9xd+G9M+nOcU7yPPzxh4ZbJ8mloUy4iEn/FEn4jz063JpK8J7pvbFfsGzpICLk/DgmUjjaJyVSFzVX3QrFE0nk6n'
    'J2SlbOuwbTn41aac+nuTgi6+zcGMgxkLmEG80y2cPf1k2HbXwPzj/r3Uzf2kzD2X/3BfynPhPeXD0O/W0UAHrxB+TJtGZvvXRfQ2'
    'tI4qkp/fdWkjNoDoF3RljHpaI/jLFlYXtzM08XuD9c9geGR2BO+N8xiVj/e/mq1Llq2LSX10Pk3sWm37OgL1pKHe2c72YcrYPnCb'
    '/yFYd7d+U2/9qoUfG6yK7Efu83EOy0fx7pHtfr4ZIfmWtMePYRam11fFGYyr26hV4Gj0C3kDgfkqzTeOi9PC90VeR/6mMiL0ucbP'
    'iyxZbyq/zTD5Lffb9oL8zuYK86FPN5RN/UeIjDUD8HG5s0VQ01973timID+0kq3Kuc5GSVPxPo8KfukeWAHpzHb/m8qGxcQeUa5x'
    'WFyMJji/kcbDK9Y9ZD82gQ54vii9Q4J3W/DOC/otHRHmsUuo/1HZzsbC72zYTw2MHjGhQac6/WqL60zhoD8B3f00ezRyU7ujPnTT'
    'G1TVBPj+bGHnsxv9PHJfq8vIN/ShivFaaNwE9D2LMZEWkG95UerndrbiG9bZqGhvlNnYNcM5pqIVTHgR7o+D+hMutx6+dz6gkA/V'
    'eBnSej1Y9iAxKa2qRKXV5lmtY+C11hRPkyOCskIDoYcZ6V1TmrHGnkancuebHEw4mFDIlVXypm6Gl0po7hi6yGn0RCoukrBdTCn0'
    '9Mh/ubunhPfpir+Q7j7w9FwTm/v+x1jkrwYejMpQakR4XJ0clEuL0rhFMnYSyqCuF8FY5RgfYKcIxq3byvIMkjx5xtdi3IS88GPh'
    'jgkznwuy3AXC99HA44PyeOB5DQ+tivd6mvBjavAYoDsjyjeDygljuS+MWU858Wox7iWVHfB4r/2aNcUDRPLehwp7WWFJfDmIh/Wb'
    'fcEY8hirZQtrNw6vHmZzJv6tUMcPgzZn9D2PcVAjSuNEdJA93CGmh++ZqHjnKJdeB/1dKkrjOpezRpWe4+nqA8YkRr1pHZVc2yqL'
    'tUVcgXH1vqmIubEXYm489WD5PnTWx5yrjoTnKktYJF3MuWUxxrcP5qoZ4mq+9JBd+aavmefneNymHRpjpdw5pLyhTmbVpOBddPB6'
    'EYHXiwzh9ZgQeO0gsvLX7vbSTz8A8PhsMOYXrVt1jtK4THc8DfU9FYzLdC304/9CW5+HWJYPPjP5++gSUtclCegiqU72IoJrcN0a'
    'yXrSvabrj5yfmcKP4dcRIROtY/OzVETHVasi8MhhjrYVFie9mfRdZXeEMbd4zFRVvLyd0OfHCY0ySM7IqBjzvew8vQrquw/o4Ci6'
    '+Uhy1trA4mrkX0gq2/04Wbut5GyOGgee0+8TXiwunIeo838bS/MGPMyVivXA+bua6DHaWN1DBuMw4aH+nOgfOU8wSOgijIdpMne8'
    'bBOsySHkrDChb7lONKrMINGrzGT9GRXqGIk6vnG7hlarIrYbKIheKPx4YvL9iwQ+ZZ+fhzIziy/TmWyu6o2nuqqqBv9dW1VXXzWj'
    'oRGfpubGSXpa5P9aK1FzcWJeK561r5XaHO8pxpe5y3ve8Y6/L6bfW7pq8TnLVpz3843nv+Ord921FD7/4eM332ViYf3wDY92pET2'
    'l4V/3iCrHprnYxSvrT957dy1+dm7yCNXbk+iNzW6fmhi171f93Uu/nVX4HnlUfrXuBjfX/jJ/79jXI5TFP97ofDfL4v/LzyPvvpH'
    'qHl8/HeB9ixUEBHP5Yp3xfbbDQobWYmoLdsnK95A0X5LQ59S3KGyE5rutkCRclnh3ddlq3uDGaRF3z3W8QwUn6vsW0xsdWlcU1U8'
    'cTmo37Kzw4SOtJG52ZzNPRqZYK/ChjCsTpQR/z20j+emyTmtk9HGaf9WQsOYth+nnasIHcZlUFTWE6fudxOapb/Mus4AuFXRlLti'
    '1nksGftOBk95QpvGqfsQQmdv18Ampd/itGFrH6OSCw6RPSzrfEfam+tK7Ge076l52pcP4Lubvu69m0/kAM8Db5/d5/OuOSIHQJsi'
    'fPf6gaCcbcE+L/3eE/Hsj4vtQ72NhcLnVnhuntnlwya+qzrfe7eCjEu+k+lnP+F9O5J8a7rYS3+b9+cZv52+1Us//klfHoztLH1X'
    'cJ5/nA/Oc//m4Dyv2ltab5rw/mdD//9PyrNVlnC3g+2JEQs4tp1/Exu5uRZnzTaGHwcZXsoz3u1kInMv9yyh9S6BeqP6PWrZ3yai'
    'nxgN0SfQMmliJ7ch5cnho8Y5QHhwxOP07+5JhImwfNQOuEhDFf5xnEbe0MPogIN9LM+C3JeO5cUp0vf/DbKnSuAHlB2uy3rpGkjX'
    'Q/qWrAfvNYhns3CuLfDSmxf4+2MBsQ04A8p3Zkv3y2lQ/n2kHN4lpPmOh3w3LvD3leyT6VnXGGM+6Lg7IT1RMw7evybQ0S0kdAfV'
    '6ect8BmXd6noQkrbLIS5p+1eSXCjSbsUPw0qZM20PZ2tfU7Bp+G8p0Pk4kcJ5g+qC6rUGPxhvemIem3olFp2llC6vgnsRKrJNzof'
    'yxS2NdtZnkUkz7AmD9LKWA/KNjAv/k11R1hfWF6+XtXM9oL7tFLNJS8n5zOqXFwZDoerOqYzzBroWVay9edyJh0uTk9CvSp98soY'
    '8iwbG7S5wCOnCO4t9deenjKPhfu8rI2/kpQYz6hkXWXYdSukoeaPyp9Hufr4Bre3jPbKRN+ns7k/tzJBeBAMHkx5fHoXb4twd2y1'
    'svOPFf/f7psZ26GOKLtmk7uQceQ3ywmtie9OhnfzyLsjhW/30kDoG3o3bhDSXkb/0PauFfHkWpUY83mKMZ+lGPMZiv6fHmMeVivK'
    'jEWU6QA8QcvgPcVRlvdQmAual/MUsxR58ixPvSKP5B9VvMJkrt/livW7SLF+7yTvHlCs/YdXBdc+1Rlc+2M0a6+y14hae518K2zt'
    'uS1F2Np3GKx9h8Had1Rg7ast174ZePBq0Kk0A99F/QmsAFl8jtSXIeVXsPQUGMv5wpORo21WGE9dTXizUSYHGGB2S7PI/YUeYe47'
    'YDjCtpzy4FVkrLNgTCkyvrD5WEdg+sgYOoZTKngmIY79H/JuVrv37jXybia8e5XQbe1snduhrlcUeQ5vL83zIuxRKocI67Ms8z2p'
    'AyF4yWa8rRayI363Zyu0/yWisxzR3PEZYt9V8ihZ1x3Cc9iv0k+PKNowsX3T6bhVdmoI87uJ/DJveR+D97kJ5mqepd1cVFu8jbNh'
    'j/L7Uyo536hibChnPIyVHSP2eohn4t5LUtne9ZLz4xCLNaV2DFFz1U36TnGGiewxa4lHVHzh8jLuT62C9CQR1CEey2xd0yEyM9W7'
    'NrDhtuXxwvzpmNbB75ZN1Jhby7xfpvL/MipcrKoy/UMJov5OnHc1XRuqy7U5g5OiQZqZfqNcniZlWT5nWd75PAuB6fY3pjWGz7O5'
    'RvIYihfXkjSOrVMLOROug/LI83TDGl8ifP+Vbp0nbp3nwbpkyd0hnU4az+QsMZ8OswGgd65bIs68OPhhrYbmHrGgdX+qoP2bLexN'
    'TehuWt8L7O8rQ+w85Ry+3ODJVyh/xO1s+5n+tV0xL/R9XPqbttltQSO/yuyTvtLg2+iE8Q8TPZZRC94Ix3JjYSynKvgmEz+KprZn'
    '3UwOM6Cx0Zpovur0Bn8P7mZtD2juR+3W2G90M3s+bifXncBYouY7r5AlFG3KyDj/wMZnAjPbNfuT26XFHTOd13L25bcLCPZt8O5U'
    'Zjt0CtgOvXdBcC65fZQsfzLYIK3OmtlIYV5MVfcBeR9k3lXE9su0v8fCtz2a/tI+rSHv5RzdPMPjuVXygu1s33UzeBpTyNMpPOhs'
    'qfje6DdYWzw/3jXD43krBbtJwuxPIP2RKPW30THD48nLPY9p//OaNRgQ5j5wBzVnEpeXv1bv2VtRW2u+xr9VyEB1ckTb860/Aufi'
    'XdRv1/vzfLDi47D+/1V9Ka1kskds7Qwn+oy9ot7TB5meqSp4fClCRj2i0dnh3eoz673+J7n/bOjgsL21qN7jSaLOmE5Dm2DMS9s8'
    'ldgV0zPnZHZGrGV2uG9l39fAGfLrApO7eAJogF4N7s4zmfW/TnB/hjT7GPuzb5L7w+fnlkJ/zhTR9IUJbHVZ0EWdBK5M60dY6yqT'
    'Huo0pKvk/HTV+bq17kmAY8T/CyeoH0MR/Xi91vdFgXB798JSu2dut97P8o1q8N4fSL1FvW5tKS9tqoOPwy9vE2a+WmzqofzHPbX+'
    'OZO3OKN7LOjivFD7SxyMoC0+UOvT/QPC3GfNqEKeRM85kzXbajEupBsuqvVpzoOVZi7eUaj1cf1k08ZF/Uytp6eW+Q9p9NIjIF0F'
    '6fxG9fc1kFZDugTSMyE9FtJlLP+sRq/tn9cE93scGIuro/92TWXkaqb4+54Ktx91zn9kktrH8Q/WePdIJ5rPoH3i8s231Xi6dJnn'
    'KLYP5kHaBulqBu9dkC6A9HBIT4N0Ids/Z8I+WF7j466DWS6YJutlc/by+ri8qD9EfhTlb+vfqz0P/HHsi5Lmxx+u9v0T5y15br4/'
    'udwqrN07qn2eeTL4VdmHa6o9+8Mo+aUNbzlR9PxZ1R79WtT3sT1/CNvbsyCdHfPMWxXS1kJNW20x25pD2oqDm2i5RZCeyL6vgLb+'
    'WOXD/kTx+MX9P8Htooz20Sof79jYM6pwoWlZHR9xR1Xp/q8Evf1yhFzqmirvfjO3FbW1iTWlHS4j8z/ZOtF1Vb4vnzi0qE7PUPSz'
    'kWDdvN+NVd7fByPOlv37r5xnr0HxVArSt0G6AdJ0TBz5dM6H2+4JwBv3kfa2sPXq1tBJ+Rj4BeHnkzkfNyRJs9nQaKOkD5Mh55B9'
    '2JSrPI7siVj7Y3O+H7FBJid4QWPj0JLy0kxKras4NOf7aouDd01xRYbMXzn4dncZ/Md/ZoNjjdOHqLPsQNbDuTZ4x5ROuo/UfTqj'
    'vZYx2vIsy7r/MuvfOUiKFoqCo5fx/M/6d1fKkQHLuvoTWueeCNrxnAq3g/v++Ozk3QWZTdblatb2FzSyd+zT5xYyP1ukrjC8ZCLH'
    '/0XG8+k+mfYuUXzhExkfPro0PofWsXrfFqOdfRn/vpEuhk0UzvpMxpNbTZQcpBjLKuPZRFdC3lG865Xx4Y37fjPV8WNdm8j8TJRO'
    '4gTS5kTYShbtmwksDYfQbGGwVEPWdUSzVnkLeT2fl1+m/frXROyn9TH207+lPb3oZOIW2Y9/SHvwS/kS1JXYyJZlXZ9L+7EzLoYY'
    'JTcfKL0D+/jjXjr8ZfAp8GRpfJKPpfV4Jm+oM7kx7fuTjHOfU3dGbkv7OuRKyjBkW+eStvj4dyRg/07na3W6/Luki9Oe3D3MBjUK'
    '1k+0sL8w2WMy4ECLKE/v8fOU7xshCh45vPwwVd69Yj7H/5wKxlSJq1NRwcWYpt27yTjK5d9kfX+hqC8uj1S0/yVrxPfwLqGPbyLL'
    '7CBlbWBflumDsrYyeVnmwpCyYTL2ov4v5fuf7Y2QC6Esch0pY3JnpRjfKuX7lDDBXQO6u96peL4HBlk99SnfH0YYDdoEF5LqI+YI'
    'x/kbEZ0X1/wVuJuVtG2jrPu7wo/j9fONcCc67/uqlumvwX/0AZL3O5u8NHOp75Napof1eXm/HpKX13u/Iu+pu9V5/06Rt/8WdR/u'
    'CMnL6/0oyftr8Md9r2Ye3h+Sl/vyvobklQhApo2bg2WbAAfwvLddps6bV+Q9/Tp13neTvHnIu3dQPbaNJO+1O+Bc2qge2wZFXlw3'
    'nvckRV5cC553JcmLsYIxVt3NQLstgZh3R5C8f/MNL31hn9pX/VySN4ompPHtOF05F+qdfUDt68H0Hn/U3UZ351lxF/avy7nHP9f4'
    'Hn/U2jhfgdFxduKvU3m+AtOWd4jD/AarYuzMs4AT9PVkA1eHxGjjAcs2TP1JRPl4T7o8rl0V8RWwmeHQY4XaB06H8H3MNAjfPzD6'
    'bpY6JuTRlwo/viitY70o9VuK5asU5Wk5mxi9GP/j0IT6atomvYefJeVK4pUXzsrPfT98fWrI3Mv1OBzWaR5pj9vU0nRY2MfWQb8T'
    'rcL36Ub9FVKf4jsVaZhPcVWsLhwb+mFbcKzve7GWwBvGuKGxWM8neWrGS/PUjgM/JXz/fudCulmY+fyN2t86vwwNDB5k/1EOt1GR'
    '2uCT2aSuhdlgGgc3xfVRw3FIi2V9LSRNAxwMw/yV+hmPOuczqVR2mp/zy/nJbEePzQjPkBaWT2ZGV27/LZ7faqQTPijCfZvws3Qo'
    'ZA9xWB0B2DCpm+6BTAjdQX2frSTnizDsVw7wiw09W05cwiRwVrm+2UzjalAejfsezQg7X0ZZURqfV+ZPk+/UtzjHUVUaHDWf5Of1'
    'xfWfdySkVeN2eNDW73sbGQfGSF8Zo55WUepDvhvWqQrohFJeK/2mfijuq0SsB7pvciF8UaXguChv+ZCX5vZ4eKBGg/uaFPuuCb7X'
    'sT2xnNHUYXThRIzx3lun/xhRlrf3yckZY24Cxogyx9cfOTjGPBHrmgXZ6b8+cXCNEWkKquPbJUp9wPOYr1Tvwv2Sl+Pzsp7QSLR/'
    'sw30u2H3hkdYn5cIu7iZecv6KZ8dlVc1f5xOXBtBM6t86lcRmk9Fe6lkdFHxe9Za0JBybH8uPF8QprGHqIxlBcgtOC2WRMygiWon'
    'jOYvxzfoXGgnTeZTJ5tqsaRN5mvghcaBoHgi7n5PkXqF0w8o5QaHny9uA7TTDtNk4dO0KHKMpFm5TChD1gTlrmnCi9cAnJ0GOtM5'
    'gId3a/jHMNmhas2n+7qa6IQ4jzI+fsMNJgueLs5utO6uh9Esl7p9V7IGey4X5Tyh8jiu22kjtjpZS1kQys93iGDcqaKOLBXMM8Ty'
    'tKZ8uRHSUXli18O/oW1OltRNyzUTe+I/Cn0evPv9/0SwjSvg23+TbwOsby8pvr1xr1dR5xh8e470aQuzmcI5eZqU72ZjKpDv4psO'
    'dznc5XBXQF+qozHTsEYquqKO0RXinMLaftb7d1dn4d+d0fK1NMpuFfU3J1B/TsFTXUl0uA2Al9Anf9bBYgam6lwFCCVl4tJlQt/K'
    '8/VzCnsXIczjkGGMswXk3ULQUbeRd4/gmUrerW0P2sqhrgHvu+EdupNj6nYdPE4deGy1XNcrmDyi160pX9OuyV7TcmNYqc6XKwAP'
    'zIix7gfTYxPm3Y7WHM9IWlOvz9M/Scdmnwy5HdZRFaNuXZ1ZBRya1mljNySYLQPV/2AMReTRHnrGS2d819efcLv6drBpv+lJdX3U'
    'rv7QfX49qrzUrv5qqO/476jzUrv6a+/z0sXfCOp7mghNWsz7bdB/PeClB+730s8/VmpfX0/m4avQhxceK61Xp3+JWoc2sBMRzI5L'
    'Z+Mi2zyayMxXCnXMo64Ytgw2NhArWZ8zIpk4gmliPyGI7SLlHVDOKf/9gmwnRNeWY3VdBPDeYGHjRGGA7j0qb6UwINu5JGSMKt2Q'
    'Kay8n6xLC4G5dAJ2SdyuKEq3ZKN3Hb3Ujt4y1euYtl/TZzfPhynsp6jOt4PYzEbpjnT2cmgrXTvuz3/Och+1EHrWwZu/3hvum1x4'
    '+94Tb154E+T+g/xoC3eyzvcR3VQVwd04F1jfFihTA3YEwZiMb26bO6SbC3P0ml6yW77NHV2nS5gdsI0dqMr+396WXXKl09eYHZjV'
    '5hg8thGzrbRVh4XpMmHGAc+fQfydXGSJPy+BOk5I+34AaB0Zg7sZR6U9WSHiDJXt0lXCzAeiqmyvKL1LU5/2fQVV4j6R6i7Rz1Pm'
    'd4l+lPL64eRXSvlVVpTxdJW53Wz5JrmeQynvrKN3L1YyPs62zneDTxiTM7tJU4f0v7Ga1KHaO1sV703841FfSR0WdJAqNmOYrWEP'
    '29uzUt4dONUc4n5UfdPZ/dnWI/vwKuCpNsAjKnp5hrPjCtOLV1JGbbX+rbCm1wvvzjXaalUTW99utleGhX+Xf45mX40Jva/yMNgv'
    '+tAXfmwI7quPn2O7NHsqKh4nrzuqT/L7TFae+yIdZmfuEOsr+puaReaW46G8wta6VwR98MXRC1LcqLMLr43Jo0t4uRHSGaSf3OYV'
    '/QWlFOOkfoJVNtE2tlCzhFkMC9qeCmapvFi1tjx2xUrFunUzO/olIkgr5Vm6DfLOF74/qO2aeaK2+NzefJfQ+wWPM7eq/YNwfXeh'
    'shuEOg5LD+mHTVs0rqYKlrqF/Z3JJGADx3xaCGyMsP16ggI2fsbyrID+mdIHHKcNsvrmwf6meU3wXb0C//+KjT1NaIKVaY9pp/Pw'
    'Ysy13n6QrvVbLdb6ZDLvJr4EJ3L9X4m5/oMh639PoeynhZnvOXpmch/13Qnjh/wkwQyeHecR/N2voZH4HaANBM6iYiXJs+mQmPBi'
    'Ojbs10Jy94qeRXH9XFL5vCoWDYWvOSnPJwGNdUj3ng3M5C3HTvNuJ/bKk0mTbDDEE6NCHZ+6l9XXKYJ3++g5jzRwA6NbhoTaN2Xe'
    'gn7hcWoaFPDP47uNKGDkw4XfrTDXyJesY3Fl1pP4M6Z+H98Cfh/fRXDpGdlS/5E6X7qy3NvhW5QvSu6n+qysf5Yg7Ky3iIG8msXW'
    'OSfrr2OrCPrIDhuHzLORxOam/mvku+Ms/F7zvsalQ9dr/Oh3Zu3bi2snIMrQaXYx/MDvGIwSurGa3FtAPNQEchq0LX0B3i0j+V8g'
    'uAFtVBpYO+2KexO0zBzSxrWi9E4y2m7gnWR8NxPsXKnd7HKFjbjNfG2KoSttILQMSF6yb3wMkX8mpQOeK95w5lecB0V/RJjdmm1b'
    'dURARG1E8H5eHLtTHezXxIR9avO1OgH9vWqNVO8QViuVn/qoS8o3TxX8wmyCuM2X3Csf0uhEN5M9T20obOZkrUX+Niafty3fSuwz'
    '2uAcVI1rJcExNnYJtjjoOIV9BMVx7ya00hLWx6OZrZvpHJj6AIiCTQonaG/RKqLvgNvua+xvioz9CKH2lWFiK5sW4b43MpY4sork'
    'o32rhN22KVwtIPlamJ0g7fO5sAcuYTrqOHYzKri6iMwFwkYvwFQDaaN9m17lqLIDXcnstZoZfT8cwb9TPuRywqsMC3W8gAsIrW4S'
    'A2er8H1M6mSzW5j+4xTSjy2Mx8E8q6EfUXzaDgWv1cx4nx0W42gjvPqoYTnV/G8Ver9vbUD/c3xY9GkeAZMNrFwuBCYvSWh/phLA'
    'ayZniurMW2l5Jtnab1N77WZm01FCb6KBVYfehoqubwvDnTp7EQ5TKbIvkqA16xKgNWtDdIqol4sT/yIQ257RY0hvtQFNwNdMJZ8x'
    'iatiIkcKi81J7eVl3xYp9rKp/LpP2MdtGmB9yRG5BNcb9RjqLqJsmKLut8SFKVUss+Ldz7Q+D8rIakmeHZp6JKBUK/LIb79P+WeF'
    'CUxwXcXLMctj+z9I+fI21TyofGW9aCAb/seQevNl1Ht3yo/zviOivxxmtwvzWOsvM3n27SHtjlSw3atIu0nVq4v5R+FqU8rjfXke'
    'lc2EKqYVz28qM1fZnJjadnH9+OFkDKNTdAy/En6ccJO+htVPx62CYdnes4T2tJmbsDr3E1lzXjNXLyvwm0p3crfUByh0mqa0co+h'
    'PpeOSxf7stuiTp3ehMciHhP+fp+IdocIz7VwEsYr5WonMjphKGI/DRq0T8c30Ws5JMq7z8n9M8a98xDmfzsOvdRgaSt3PtF96WLJ'
    'mcZqRJ69tUxbwSaQMy4T5rH2BjT2/WH8hQqP2cBVEvBzMMDAtQmt2ZVELzwszGOxj0bYa2yeIrCwjPBXOyzwX56tx1wyj32a/tG1'
    'NZnncmCVyhVzBHZlnW8JwR/5GPjjGKH3j4z3AFTn0JhCVmBKz2H9zUSmuUOY25RxuZ3OH2d9AnvbRH7Sr5Gf4H46juCI0Qg7WVyX'
    'Iwlsx7F1GmAyIArDI5Z0u04nV50qvcOctjyf3T0Kdo9izxtiy4rEy7OB/2yC8L8rBvwPJAT/704I/s8k/NrWEFtwikeHWLqN6FDm'
    'KObDVN44quEpUVdvKm8dJP2yPT8GNTrYJH2WlCsjD4PbaoW9oU4OrJIRjTG9GJ37MY0MSrV3eixgcosI961PZc9pJs/dqrAxRV9+'
    '1Ro6ldpMc7nCTsuzOJXAWYy00J2EZ8lBf55Z7OsZaWw+1Z3DhUR+xOmaYXbPZMQCRujdZJwH1TolbZ9AbXMe7YRYMp0QA134sZT+'
    'Hr49AelXIH2lU62nfL0zeK+Jln8d0v/oLI/epTYleB97/riaZ08nOFd/cR7ECt/p9b+RfDt5zEv/5dyg3d+r7yx/vDa0zzR/cBoX'
    'i/hP5D3wpPl+CQebtpTCroA47bd+Ug8XNSGyKZX/H4wp/0eIi75Y8e3SPf5er9XwrcOi9K6mLPe3F3npiVu89Be7g3sd85zA8uh8'
    'DVFbTdUY49CgON4fQ9z6+p0+/4jfcp+Cebo1aJN43ye9dM+tapqlEnpUbHsbzNu/9ID+RfEtdbUf87mWfZP+nPFvel4Xbdl7Suum'
    '64bfsPz7evQ4C+9Rz4LvOlisOh/OkXP8u1jYXj2szT9vAn9KFwTX6O0wprV9wTXCb5ddqYevHKEL08Le12PcNeRnQW3IGaLikxsV'
    'e5zijY/BOTrYWTrmVs0+eBHm6qh3Bftz6wch7TSD9SRpj+f/1Utfu9uniRE+Pg/fngK/lM9/xbfFRx+To+A38iz0BQm+LPc9FITv'
    'IzRtTgQNEtfvm4rGWifs/Vo2RvA6d0L6zOLSubD1zXwVzCfySaW+oqaOr66M+ZO1ibnZBZailYi5mbQPX1OZc1jM2Di2yd2E93Nx'
    'WxVxWysIQyp75SyTC3D+F+9hzSEyux6mN17J5EYjInj3lX/j51A5OPOUSbafxT6YxtOj9ra6ONE2MexsYzerzrgOYh8fB1fws3/f'
    'fi/95rd82hC/7QVf0U896NOweI7Lc1umnwZf0eufDdI0dzwNeZ5K7oxfT876JG0pEeclxeunp6Oe48YyfCymzLLY0FMfU9A9Kcjn'
    '6B5VrPHxzHShe9D/OcUJx4igrzGTutDu/BzyjsoNxT2+bwId3lxK+CEB/vgf0ORdSOqZfaCUV2oj334K+HPfk0GePAX82Df2B/Hu'
    'gxCT4DvfinfHHOfUZv5sYjLIMd5AzsgJk7+mpyFObuY7MRa56T3t8XXPNuvfKpKNy7FTRMflGBTmcTl6hHlcjguFeVyOs0neuRAv'
    '46uPqfOeLsxjeJwo7GN4LBPRMTwWkT5kAU+teUTd3zmkPvFldR4aa4ziKNWY4tKK/N5ZwM9BKpyGcbFKEpjjdHEI7UnMsaPLDc6A'
    'iPkOfdLJ0uVJy/XLjTU3zdc/Q3irmL7vUxPKt6nO8zzooPYOBunj928s/Ubp41N3l36j9PEfQL+TVeha8Ns73l++XGKqxr+rgDkA'
    '9xvfLJJHSIn5jVfpuamcby7RVTocZICD0joOIoFDyJ1R7oyapDMK+ZUjPgx2KmCXMecGL/3o7RB7guTdd1tp3p9eB/IpyNtLziKs'
    'V9Ynv11CZUy3+eXlt3eSb7z9jVRuxNo7k3xb1O+lv7/I9xvNvzVc7H1bS779DdgTren370bgt5fZt+XUBuOc0vEtUXzD8S1UtLeo'
    'P3juv8y+0XP/OzvA7un84Ln/I/j2P7e4cz/xc39PBc/9Pe7cd+d+5c79XBnn/lSR80zWnY6pOEcpkZysO0k592UGcu53Wsi5324h'
    '5+6ykHOvtpBzL7OQcx9mIY+eZSCPrmQca90+imu/3gBwMZt8435GMX8Hy4/5uN2Eqi0KhzZxI/C+Hb2TzX2PvBzj7pTuHmul/E+0'
    'gSxcZV+n8oeKdMNCZoONMvVKnDmh8nAjdiot3EOf/ZS+7EqS5nD6C6M4dGXYFaUSpRFV57AAW7eOB4M85S8f9/Mk5TuCn//7FDYe'
    'o0SvG3Wvx8FnInESY+rX0onCZywedPo6YUgkVm3w6bLSObiz/WB+uip6tuvstJs7y7fTLtpZ7yit9z2gu3ye3VU1uYO6XOjvoFK5'
    'LL+TSeWy/E4mlct+AOp8YXdQLvsFuPu2aW/wLFt1IfgUurj8s0y3Hi2dvg/vODjX9I5ZJWz+a8Z92/8k6Bl+95GuBb8zGZeeaWPj'
    'Qfgs8tZwx/UzG+PZH7l7+Ip7+HvKOAP32J9x6YMYztFu+0/v9GNN4bs5FwRxmswn0zNGgjhN5qffKE7b0OulV10W3EeH5ku/OZ8T'
    'UxfWy8HpTn80Pe0CcoTmwTiYuvN1Pfl2D8MZNKbec+CD4dy+Uh+PRf8MVwBducX38cj1/U98yrfbRrm2pO9kenan76+hieBh3m6R'
    '7ussHRu120YaD/NE+VFweK4sPLe4DDwXWTYpnfkspzN/0+nMy6H/+L3wDqGPZ4K+f4dFqS/Zq0XQZ9JWUeozaYjkwXvtPC75VpIn'
    'z9rqFb5Nls4/E9azWZjF1+I+49/K9Gwqn8qq2CFrRDBeNY57Fekv9/OL9/o7iJ6O+yFWxXpW6etU/UKfdbY+nbuF3g/PMkKH2fqr'
    'xXuhNvA5g9kAVEfYKXAelsP30oPATkW35+YCjk4BHsd7tdxGguqaUxWcfxUOGNbA+TmKPafzP01hv4vsuW3CzDetLHcs8JK0T+h/'
    'Y0CYx0MZZXrxQbYXdhrsM6TL6D7dIUp9nmJM1+NDdOgHI6yiDc4MUb4/uuJdSLAV+cQTduWojm2y7D5QhpwVfiw/HjuUxuHUxfLL'
    'itJ78bryzWBnRG23ZNlzhR93k+JCmf96je3WJQnAUabMeeP2LKaxGzD+ZSaVTMyHXwn7eBMvicrEifi28Py8mPqZtvFJjW18Vfjx'
    'S7dGjPMuciaZxP8aYPTZXwozn9Bha0R9Y78/ofrQJ9OI8OMRrcl66YnZ0vpPyXrpexf49a+CvF2QdkJ6AqSrIV2fLa1bvkeaFP0l'
    'b4ho7yjh+9M4Hb7dtMBLbyZ5dOUpTarSI6wKkY8sE3q/GkcQWcYo2AO+BjZ/+yHP/BBZ7swQWe4Mhay4WiErVvnrTgK3VZeJ2zA/'
    'tUNV4X7Teun6Xg3p92Oe31F9SmoO6xOgM8Ji4JraBFNacojhh+0iPF4cpU/DYk9Plt80OgeZkDVVxRteTspnIspPZuwB6qefx4fo'
    'FnZx4nFv4/l3JTuP+xjPe7gIxmRU8Q88zhuHpz4FT6OKTb4rgucuNzZXJoE12GUx50nxHnHbd/4xVb7GvKdS/jHnwv6ka3OpcHGJ'
    'qN3insvLMpwKlSRzfk/i/meYnE64PeT2kNtDxnuI+vuW++lXKf/MQrk39QU8z/KsXm6RH/m5Qy1p4G5Ga/RalMdYCrbjOtJyXNyn'
    'scM9Dve48zt4fle589vtIbeHrM5vjL0Zx66Zy09aiEx2ObO5WSdK75vWivD7pjNi8sRhMglb+fi2mHKUYxhvPqKwHcD6TfUUfZZ0'
    'TRwd7Vrhx3zeEmFLERY3FOU0ks5ZbDFGVezIsHisNutrEh+xtgIwp9K9DxqUGRL6mNu62JdzypAjUR0Xje8piD7CNH42hTmEq/qI'
    'vYC6sWNAV6uKGTIozGO4DzIZZp7ZMIT1w2ZPhsVHpfPar+gHvQPFdY9jTHaKcYbbiW6OjiEKnrgNxxBpL6q/qjtOdAw2MZxHNfCN'
    'sdq5PwZuE2aqUx4I6b/qvGkpY+/QGNOq+0tHMRhvEf7djHZWx5Bm/XuFWSxeLGNqP7CNzRONxTvE7HSiYCEMj2QZnPdr9t9IiF1e'
    'mI5hMGSekrT3KeqK2+1opJkKOgH1wzZ2ZikyL/SuvU1sxeXPlPqUaSf66jVPlcbDu/MJ/34R+mXB+A+//prdnC2Acr/Zp4ahJO1o'
    '7l8Sz9ZwFvzqRNBvEvpU0flNShK+aPxLhBd67+zVGwEGztfrweqEXfzX697lx9XkvoZ0MTfj3nutqsCeFABfH33Sh2+b8hd/D+4p'
    'P5acn1UK93K/FG367tfH7wqDf1l25pf9eC2VshuIu3bIr0l4OsmQljKlmwfYGbFLVM6fkioGPbcVK2wVcYEhPVwOP2pqW2bKl1V6'
    '3vot7Oh7NbZsabYfEMZS0OYbMRu64Lpcao9S8lEt/LgP/XjesnRYY1P8HjYHaBOOKY+ftFOTrhT+3d064fsHpHOI8pgmYs9Obdh7'
    'IEV6ajvh/7j9152aOcQ92ir8+JgmNOGYId0dR0bSrLH92G7Ax89JWE4RFqu6Q0NPHclsWIZY2qfgQyotv1kBbVB+ol9hy29q989j'
    'us8GWlZ114bb+PQx3q2b2ZhG0X+tYMMdZy5U/RkNuSMUJqdEeJ2p0Rdu18yDDr+tITau3QyG+XkzaCFrGdG0twDsTfleMeXT8wo5'
    'RBje1snWGkPuouyMGEsv4zGpzRO+D+OBuH3bFjaWISbPobTvc3Bv+GeQ3tsZPt4a+DfSsvjt20t8Ou7bS+zO4d8AP9YM6YPgw+3y'
    'B/1258M+qmO/Lxf6+2Lh92rhd6DwGyr86gsb6+FzvDjwMo77jz5ormBohjqL8eEhfRXSA5AOQSrbkenD5/hx52nseNku9n8u9L+W'
    '/R4qlHm08Hu904tf31v4nVf4XV/4XVD4XdZp3u+HoP1HIX0d0o9B2gvpeZBeD+kFkMq2sL91ZJ3rCY9YXxjrdbeXtlsP45fvKZxW'
    'aeAUYe9vwW/8ieCL6Be7gzIaHa7WwWcrzHMV+60t9PGVAl/5sXcLsWljASdcKsQvN4XP51oY1yvAj8qyRZ9JEANH1lH0ObgpGk4l'
    'jLQNePtN7jW5z14GuL0b0ns77eAU4U7Wq9vLRf/8DI7vZn/fS9Z9AfS/nv1mX1aY/zEPlh6CvfaPhd+XAE5t4ZWOQ9ZdpJfGSuH1'
    'Ibbv/hHSLzG4NYHjLIFH+Xu+0Oave0r78Tz0Q75XxZzAdl9R9If7m/l3+PaNCHxK+5cl/Vt0VWGd8qX9k++K65dXy2H/8yNeWnt7'
    'sD/VHwyPtaDqD8bWToM8TsriaH+4jC6OzCCqXSkTkPIAESIn4PzNhifL98l1M8hZljwY9DOEMphV3wjO8xfvhXRf+DzjnWbUyaEt'
    '/vCXPblp53eC+2T4y6X3bmQem3lHn9qbn/PjiDeDrM+mnj1fh/NlX/T6Hf+IED+9v3Qcx8N9Ifnepl30Mb7vyeA85tg87i/A1g8K'
    '83X5Q8F53A+yqh/AfMo8Nv1AuBffCo6/mo3/ta95PtFp+699zfeVbtPuj75S2v61D5UH488/5sMzh+ObD5TGmtfBcS3BXVnhx0CW'
    '6YXPBnEofnvosdJ27nw46NtGli/SFQ+o86pkKSly5wT7dFJhn15Y+K0rjPPiB9Vn0Eng4/5CSNfBHpP5bdboJtgbFz7kpbc8W+pv'
    'H+O/vnR/EIarGQxLOljSwBTvYn8pjRwHB9N4r3HvYHOeIMN4gi886ff3C5by6gMP+TxBJduhcB6Fy+S5Jc8sug4LYuiLVHsRcZvE'
    'zfy82fww7HfFPsU90nmP+bneSOiMDVIndl/pmDaAnky+p/R8nYaex7584mn/POH9HACf3Y9/2excrGF74e5Cn24r7M0N9wX3wt3Q'
    '39tg7264zw4GUHex5jm7cn/2VGk8j71PRp8HUj+598nS/lOdpU37t8Gctj9Zuh5twv58QLxajGV/IIgD0V/tTBGPZtjwuI//msCm'
    'vK3Mun5wfxCnmuyBerYmo4U99HtGo4zCvvq9JY2iwstxzhH0Y38vyESWfkV/ftQwfIVjrhn3xyP/XQnfs0h7LwS5VO24Pwb577h6'
    'Nx2u142J6o/xzrm8Lz4R/f3/6+Vh2A=='
)
