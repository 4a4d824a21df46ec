"""clipper's regexes as cpython 3.11.7 compiles them. GENERATED: do not edit.

Written by ``python scripts/build_regex_cache.py``; clipper/regexcache.py explains how it is used.
"""

# fmt: off
ENGINE = ('cpython', 3, 11, 20220615, 4, 4294967295, 1073741823, '14.0.0', 'little')

# (source, flags, flags compiled, first code word, code words, groups, group index, index group)
PATTERNS = (
 ('(?:(?:^|\\s)[a-zà-ÿß]+|[,(]|\\s[-–—])$', 0, 32, 0, 68, 0, {}, (None,)),
 ('(?:(?<=[^\\W\\d_])[.!?。！？…]|[\\"\'”’」』])\\s*(?P<sign>[\\[(（【<〈/]?\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})(?:\\s*[·ㆍ,、]\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})){0,3}\\s*(?:선임연구원|칼럼니스트|編集委員|論説委員|객원기자|논설위원|선임기자|수습기자|시민기자|인턴기자|전문기자|편집위원|特派員|대기자|통신원|특파원|報導|报道|記者|记者|기자|위원)(?:\\s*[(<\\[]?\\s*[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*[)>\\]]?)?\\s*[\\])）】>〉]?|（[\\u4e00-\\u9fff々\\u3040-\\u30ff]{2,6}）|[\\[(（【<〈/]\\s*(?:記者|记者)\\s*[:：/／=]?\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})(?:\\s*[·ㆍ,、]\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})){0,3}(?:\\s*(?:선임연구원|칼럼니스트|編集委員|論説委員|객원기자|논설위원|선임기자|수습기자|시민기자|인턴기자|전문기자|편집위원|特派員|대기자|통신원|특파원|報導|报道|記者|记者|기자|위원))?(?:\\s*[(<\\[]?\\s*[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*[)>\\]]?)?\\s*[\\])）】>〉])\\s*$', 0, 32, 68, 3116, 1, {'sign': 1}, (None, 'sign')),
 ('(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\s*,?\\s*$', 2, 34, 3184, 834, 6, {'ampm1': 1, 'hour': 2, 'minute': 3, 'second': 4, 'ampm2': 5, 'tz': 6}, (None, 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?:,|&|、|\\band|\\bund|\\bet|\\by|\\be|\\bи)\\s*$', 2, 34, 4018, 87, 0, {}, (None,)),
 ('(?:19|20|25)\\d\\d|\\d/\\d{2}\\b', 0, 32, 4105, 66, 0, {}, (None,)),
 ('(?:\\b\\d+\\s*[^\\W\\d_]+|\\b(?:an?|one)\\s+[^\\W\\d_]+)\\s+ago$', 2, 34, 4171, 117, 0, {}, (None,)),
 ('(?:^|\\s)(?:propos\\ recueillis\\ par|ein\\ beitrag\\ von|geschrieben\\ von|корреспондент|reporting\\ by|автор\\ статьи|escrito\\ por|kontributor|bài\\ và\\ ảnh|da\\ redação|scritto\\ da|written\\ by|a\\ cura\\ di|posted\\ by|redacción|reporter|story\\ by|testo\\ di|words\\ by|authors|autorin|autrice|penulis|pewarta|text\\ by|tác\\ giả|auteur|author|autore|autor|texte|автор|текст|oleh|text|書いた人|bài|par|por|von|執筆者|投稿者|通讯员|글쓴이|작성자|by|作者|取材|執筆|撰文|筆者|著者|記者|记者|文)\\s*(?:[:：]?\\s|：)|^\\s*(?:di)\\s', 2, 34, 4288, 1216, 0, {}, (None,)),
 ('(?:^|\\s)[^\\W\\d_]{1,3}$', 0, 32, 5504, 38, 0, {}, (None,)),
 ('(?:^|\\s)[a-zà-ÿ]+$', 0, 32, 5542, 37, 0, {}, (None,)),
 ('(?:^|\\s)a\\ cura\\ di\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5579, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)auteur\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5677, 87, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)author\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5764, 87, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)authors\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5851, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autor\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 5945, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autore\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6030, 87, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorin\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6117, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autrice\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6211, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6305, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\ và\\ ảnh\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6384, 100, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6484, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)da\\ redação\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6570, 95, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)ein\\ beitrag\\ von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6665, 115, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)escrito\\ por\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6780, 107, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)geschrieben\\ von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6887, 115, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)kontributor\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7002, 102, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)oleh\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7104, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)par\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7187, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)penulis\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7268, 99, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)pewarta\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7367, 89, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)por\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7456, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)posted\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7537, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)propos\\ recueillis\\ par\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7635, 137, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)redacción\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7772, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporter\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7870, 91, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporting\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7961, 104, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)scritto\\ da\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8065, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)story\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8170, 96, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)testo\\ di\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8266, 101, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8367, 89, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8456, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texte\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8539, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)tác\\ giả\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8624, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8718, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)words\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8799, 96, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)written\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8895, 100, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\ статьи\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8995, 135, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9130, 102, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)корреспондент\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9232, 128, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)текст\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9360, 104, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)作者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9464, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)取材\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9543, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9622, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9701, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)投稿者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9782, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)撰文\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9863, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)文\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9942, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)書いた人\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10019, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)筆者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10102, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)著者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10181, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)記者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10260, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)记者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10339, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)通讯员\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10418, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)글쓴이\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10499, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)작성자\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10580, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 10661, 82, 3, {}, (None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\)|copyright\\b)?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>(?:[^.,|()\\n]|\\.(?=[a-z0-9]))(?:[^.,|()\\n]|\\.(?=[a-z0-9])){1,59}?)\\s*(?:[,|(]|\\.(?![a-z0-9])|all rights|무단|版权|alle rechte|tous droits|todos los|$)', 2, 34, 10743, 742, 1, {'name': 1}, (None, 'name')),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 11485, 1043, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d.])(?P<year>\\d{2})\\.(?P<month>\\d{1,2})\\.(?P<day>\\d{1,2})\\.?(?![\\d.])\\s+(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?', 2, 34, 12528, 890, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 13418, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 13959, 1044, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|wita|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|wit|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 15003, 559, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<!\\S)@\\w+', 0, 32, 15562, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º)?(?:\\s+|(?<=\\.)(?=[^\\W\\d_]))(?:de\\s+)?(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|settembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|febbraio|dicembre|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|gennaio|ottobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|aprile|maggio|giugno|luglio|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|gen|mag|giu|lug|set|ott|fev|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?,?(?:\\s+|(?<=\\.))(?:de\\s+)?(?:(?:ค\\.ศ\\.|พ\\.ศ\\.)\\s*)?(?P<year>(?:19|20|25)\\d{2})(?!\\d)(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 15589, 3908, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|settembre|fevereiro|พฤศจิกายน|november|dezember|february|december|novembre|décembre|decembre|februari|desember|febbraio|dicembre|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|gennaio|ottobre|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|januar|jänner|august|agosto|aprile|maggio|giugno|luglio|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|março|junho|julho|марта|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maio|март|июня|июнь|июля|июль|сент|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|gen|mag|giu|lug|set|ott|fev|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 19497, 3996, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[.!?。！？…\\"\'”’])\\s*(?P<sign>\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\))\\s*$', 2, 34, 23493, 1475, 1, {'sign': 1}, (None, 'sign')),
 ('(?<=[^\\W\\d_])[.!?。][\\"\'”’]?\\s+', 0, 32, 24968, 221, 0, {}, (None,)),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 25189, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 25215, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 25808, 240, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 26048, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 26079, 77, 0, {}, (None,)),
 ('(?<=\\s)PT\\.\\s+(?=[A-Z])', 0, 32, 26156, 41, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:,|\\.|\\||at|à|um|a las|às|г\\.|เวลา|,?\\s*-)?\\s*(?:T|\\((?=\\d{1,2}:\\d{2}\\)))?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\)?)?', 2, 34, 26197, 1611, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 27808, 980, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(jetzt|gratis) (lesen|testen|abonnieren)', 2, 34, 28788, 124, 2, {}, (None, None, None)),
 ('(powered|designed)\\s+by\\s+tistory', 2, 34, 28912, 106, 1, {}, (None, None)),
 ('(©|ⓒ)\\s*\\d{4}', 2, 34, 29018, 37, 1, {}, (None, None)),
 ('(наш|наш канал).{0,20}(telegram|телеграм)', 2, 34, 29055, 93, 2, {}, (None, None, None)),
 ('(にほん|日本)ブログ村', 2, 34, 29148, 41, 1, {}, (None, None)),
 ('(打开|打開|下载|下載).{0,6}(app|客户端|客戶端).{0,6}(阅读|閱讀|查看)?', 2, 34, 29189, 122, 3, {}, (None, None, None, None)),
 ('(扫描|扫码|掃描).{0,10}(二维码|关注|下载)', 2, 34, 29311, 73, 2, {}, (None, None, None)),
 ('(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ]', 2, 34, 29384, 180, 1, {}, (None, None)),
 ('(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,}', 2, 34, 29564, 156, 1, {}, (None, None)),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО)(?=[\\s,.]|$)', 0, 32, 29720, 227, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 29947, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 30045, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 30224, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 30305, 21, 0, {}, (None,)),
 ('AI\\s*학습.{0,10}(금지|이용)', 2, 34, 30326, 55, 1, {}, (None, None)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 30381, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 30619, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 30873, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 31063, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 31301, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 31329, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 31509, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 31701, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 31907, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 31939, 30, 0, {}, (None,)),
 ('[.!?](?=[\\s\\"\')\\]]|$)', 0, 32, 31969, 56, 0, {}, (None,)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 32025, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 32144, 139, 1, {}, (None, None)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 32283, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 32599, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 32820, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 33313, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 33637, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 33843, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 33871, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 33891, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 33923, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 34085, 16, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 34101, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 34307, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 34593, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 34789, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 34843, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 34867, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 34891, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 34934, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 35196, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 35490, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 35508, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 35525, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 35554, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 35678, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 35808, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 36015, 270, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 36285, 104, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 36389, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 36808, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 36824, 44, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 36868, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 36957, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 37076, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 37151, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 37232, 16, 0, {}, (None,)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 37248, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 37284, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 37397, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 37441, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 37465, 44, 0, {}, (None,)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 37509, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 37992, 277, 1, {}, (None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 38269, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 38370, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 38395, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 39244, 108, 0, {}, (None,)),
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
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 45348, 55, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 45403, 289, 0, {}, (None,)),
 ('\\s+(?:septiembre|diciembre|fevereiro|noviembre|september|septembre|setiembre|settembre|december|decembre|desember|dezember|dezembro|dicembre|décembre|febbraio|februari|february|november|novembre|novembro|setembro|сентябрь|сентября|agustus|febrero|februar|fevrier|février|gennaio|janeiro|januari|january|janvier|juillet|october|octobre|octubre|oktober|ottobre|outubro|августа|декабрь|декабря|октябрь|октября|февраль|февраля|กรกฎาคม|พฤษภาคม|agosto|aprile|august|giugno|januar|jänner|luglio|maggio|август|апрель|апреля|ноябрь|ноября|январь|января|มกราคม|เมษายน|abril|april|avril|enero|julho|julio|junho|junio|maerz|march|maret|marzo|março|марта|aout|août|févr|janv|juil|juin|juli|july|june|juni|maio|mars|mayo|märz|sept|июль|июля|июнь|июня|март|сент|abr|ago|agt|agu|apr|aug|avr|dec|dez|dic|déc|ene|feb|fev|gen|giu|jan|jul|jun|lug|mag|mai|mar|may|mei|mär|nov|oct|okt|ott|out|sep|set|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв)\\.?\\s+\\d', 2, 34, 45692, 2473, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 48165, 220, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 48385, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 48418, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 48459, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 48480, 58, 0, {}, (None,)),
 ('\\w+', 0, 32, 48538, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 48554, 16, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 48570, 179, 0, {}, (None,)),
 ('^(?:\\(?[^=()]{1,12}=[^()]{1,12}\\)\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 48749, 104, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 48853, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 49048, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 49428, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 49483, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 49597, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 49894, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 50072, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 50129, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 50186, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 50243, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 50300, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 50361, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 50418, 40, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 50458, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 50540, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 50680, 30, 0, {}, (None,)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 50710, 97, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 50807, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 50908, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 50934, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 50958, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 51468, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 51492, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 51516, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 51537, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 51945, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 52086, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 52208, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 52229, 191, 2, {}, (None, None, None)),
 ('^\\([a-zà-ÿ]', 0, 32, 52420, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 52439, 171, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 52610, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 52648, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 52727, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 52883, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 53039, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 53884, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 54728, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 54874, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 55065, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 55111, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 55357, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 55435, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 55647, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 55879, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 55990, 247, 4, {}, (None, None, None, None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 56237, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 56859, 369, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 57228, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 57377, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 57965, 206, 1, {}, (None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 58171, 347, 2, {}, (None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 58518, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 58647, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 58894, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 59262, 115, 2, {}, (None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 59377, 71, 1, {}, (None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 59448, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 59523, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 59669, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 59804, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 59917, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 59991, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 60068, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 60195, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 60565, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 60607, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 60700, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 60746, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 61616, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 62041, 510, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 62551, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 62624, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 62834, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 62917, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 63061, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 63207, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 63337, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 63465, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 63581, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 64084, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 64339, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 64525, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 64712, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 65165, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 65386, 171, 1, {}, (None, None)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 65557, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 65625, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 65703, 311, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 66014, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 66095, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 66185, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 66261, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 66336, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 66393, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 66440, 39, 0, {}, (None,)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 66479, 97, 1, {}, (None, None)),
 ('^\\s*by\\s+', 2, 34, 66576, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 66608, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 67573, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 67653, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 67736, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 67785, 105, 1, {}, (None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 67890, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 67975, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 68132, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 68180, 207, 3, {}, (None, None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 68387, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 68511, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 68615, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 68663, 77, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 68740, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 68778, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 68807, 44, 0, {}, (None,)),
 ('all rights reserved', 2, 34, 68851, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 68910, 38, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 68948, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 69100, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 69181, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 69352, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 69405, 116, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 69521, 60, 1, {}, (None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 69581, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 69680, 30, 0, {}, (None,)),
 ('コメントは個人の見解', 2, 34, 69710, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 69758, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 69802, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 69848, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 69880, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 69928, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 69980, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 70020, 36, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 70056, 30, 0, {}, (None,)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 70086, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 70160, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 70220, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 70272, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 70302, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 70336, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 70398, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 70433, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 70479, 48, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 70527, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 70553, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 70579, 53, 1, {}, (None, None)),
 ('채널.{0,10}(추가|구독)', 2, 34, 70632, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 70674, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 70724, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 70825, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 70879, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 70932, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQmYXkWVaP1771sS0glNaCAJSUhCBwiEkECDGcEnJKyCsvbyp9uk09003QmJQYKAGzggDuo8nXF/IxiURQcQHUMGSZgRR1Bx'
    'nGHGMOIbw5txeaiDypt+f/33HO75z626t+r+9+/udO7l+6n0vbXXqVPnnDpLgxAiLZwnUfiNF55cIW0v/GSaKfyy8L2x8Ksp/KoK'
    'v3ooJ/9dR74n4d+tkAfrrIe8RxR+XYXfDvj3T+R30r6sow3aqYe2mwq/pZAuIm21wDtVX+qh//L7MmhrRmFQM9u9fc3COGX7DWQ+'
    '0mQ+3g1/45hkWl34zYJ2GyGtgTavJWOSeQfgW6b40v9Jsr9TiWn1FKc32Sl2iTKeTp9v6YCyhXUPbFuu56bCrx/WrxfWLx2vnwRp'
    'cZso6znW9+ungyvguKYa/o24huMD2elm+Lfcz20Zp9w72T61WeegdT/En1RxYm4porOqUKvsgIrPd4MqLNY3B/i7FdYwSXB2Bs4A'
    'sVuIz/2o9LxpTzjnSyvUlyDlclhufaHtTzm4PdPhlp9d+M3V9DWhOZsSIdtqgf7+pvD7v1CmlrQnn/92jqs3nvHxm28WZJ/0sDP5'
    'GpirVAi8lpiGeG3XdWXhtaTfxyqATwo7N5GCCDuJADiP1/3QXvcWdn5JOLgfcGHKAt+VfV6lpt86FpFmybMrmkVUPe3eV/FZFZ9V'
    '8VkVn1XT9axqscRx9YCS25900tv2Oemvvu2kAw846feedtr5e1Jm53ed9PVHnXT/w076+b1O+tjzTpm/ARiT735+k5M+/VEn/cHb'
    'nfSlS528j5C8L3zQSXd/UJ33iyTvUbvdfsq048tOevc+J+9fkLw7H3LS+TDm9L7SMd5D8vJ54fW+j+RthXF/ba86706S90XI8/oT'
    '6rzXk7w3QtunPKfOu5HkTe930lWaeq8keR/7vpM+94x6Hi4EOJLvto846ZlbStfgXJJHLp6qzTNJnq/BGA7sLW1rJcnz+PNOWvf9'
    '0jxLicxwxRVO2nCV820B+faFbie95G7n2zzyrRVgKbPL+TabfHvwjtJvTeQbH1M1+cbnjdKNN4Tgk1sJmaTE0Ql/nt+2rQaGz3Ed'
    'TgAaQspnlytwTxPI+Vqhf7SOLMmPMl56VjWT/E1Qv209LVHOabI4lHa/ObVtL5ZdBciuAubc/5RMls0sIM1elXXWqripxp2164Iq'
    'srB2V1Eax1bMFjCQqB8xyU872R9hHopfqsedNfpUgen6i0y8j6aiDNiG3tSdw9U+57DtPQLuX4p7r7LgUab5kwSxy/zQG3xX4BVe'
    'fC8Qy1piWUssa4nvBeJ7gfheID6rYpwVn1Xxuk/yvYCEhZ+FpM/je4L4niC+J6jMPUFLfFdwWN8VxDLNqXc3QPdns+U+CbJXmM3k'
    'k1TvGXHF/KddPC378hbFt6decL6dQ76dd4mTXnCx8+0Mxbc7r3W+nUK+1ax38zTC3sFvtezbQvi2CMYh0y0wZ0eTb8PsG+5ZLId7'
    'GfPg341kz2E9fnnDrlMLlOF0cZLxVDVsrVKWtFMG+rsa+ruWvDtno/NuFXn3u7zz7mTyTtIBjTDmBpiHftKm8OlzI2ykeWTe0jAG'
    'yvsmA8aeIX9T25/liryJMmwA0hZ9aoZ+yT11HJv3Rot25TiysGeaQ5S97ZvqM/1tIc/ZWnY+ZAkMyfT57fb1NkM9NnObi2huZX/D'
    'zm3Vs965xfk9V4SbhyqCb1V47EQfPLbIAo8dZYHHWqD/8tsY2eMyHRGl9CR+y8KacTxYTeboPYlwMJhl67CIzF8N9OOLkPJ+j0La'
    'A32rJXn6yPgxbxhcYX+vl5z2MoY3DDBDPYHXelbwY3KeSvicGQB3q1mdQXgLZR9PgA4O3gejHPR4D9wkD+tH+Mj4FETzrjCQlSB7'
    'neKsiwk+28G+vZXgHcQVeVg/PA9vgPRmwHFYD9K+1YryNM9JhJ5aky6t++y0k97a5ta9Ou2Um0/6to31CXWJVpA+dbOxzQQ4NS0/'
    'Ss4bHc6v1eyfxSF5YF7P0oj4IGrHniF1N4KMAN8tJOuI7xIdzrtTYbw4F/QMH4S0F8qfoMg7psnbDmOjefPsnEJZEM2zXZTKgnh5'
    'enbTb6vS4c4+Px4zDe3MZzzlCkhPF1651UkovxJeuRV+W8lgToV/Ve+Q3jtC870J6C1T/K6Cfz4PWZi/LKFVFgbcf9REKBMz8TuA'
    '8syToX91BI75/kNYTSjoqSEGy3kNPZWo8Fhs26N7to+MRQfbSYI3PpEuz/+FLHs2o+9H2HwOk7/9zpwmwBu0jjyhfym+yRvg+gGS'
    '+uU17dMwm2vkJY5LO7jRtF+DrN5ui7KjbH7outM6typgWvb1tZTb1z4LWqBHwUcF9TWvGJ9q/Lq+Ppty5DlIL9D2zgSa4j2EpuhM'
    'l6YrDeiQswzqXcvynAJ5biF5VqZL81ahXAry3tbmpLe3uXvo3pQe3ofZnIyQ9TeBLxVMdLMzdqzQ/lnwroON8STo9642d48Ejclk'
    'fbA/futi0hbts0ne89OldMKpKUcWYwv/IxZ7dEiDP4YY/piRcmSK8t1mzVk0atF+t0aGwNv9bdLxQUTLHAioX7VvD7D3n5tX2vd+'
    'aO/HSYfmQzqRyn10+6CX4bl/h/SnZEyy7r2Fuo+p0Drq1pP2TfbhM2Q+t5XRTj7gnMD9e3vS0WdSzSM/L0c0+XoD+ifb2UzaMT3L'
    'VePpDRjPRaSdIDjoIWnQ/L7KzpXTCu3MCIF3aT7cQ/OTDp1mOhe83u0Bc1KXdGSfvA827dmu9y8TzpgoHPN+91rQTXxMP0o4PAxd'
    'T46r+hXt+rUn633SoN4hi32J8PIlg3pN6uthfMW9hW9HMrjLM7w/FgENK9vakXBkG6q2tinoWi4rkXW8k9TB98ON5L3f2l9B5hLr'
    'eInMDy3bZzCn8qwp3t0m3DsF3RrlFTixeD9oULZfc4bONyg7pMA1ssyshMNfmZYt8o2kjN8a0Hb+KFz6YqLoPNnuvxBaz4RGQxp6'
    'dbp8+lC2/01yZzTEeMI8o00eJnn95lXm/Sui0/XaRidd1wG8PKRfX+/k/SSRi5rSWLLcnxK5hI7vvF2Rh8PLTpJHx2fdQPSP/uty'
    'J33zu0p1szaRPPeCvtdZO0rzdJE8c+920q+AjtcVoL92BdVfAx2v3zzlpKOg67WB5Pkw6HqteLJUH+zNRN7NccxZROZ21YbSPq4i'
    '314APY4L+5xvK8g3Og/y2xKqt9brpO8D/YLjyDc+b23k2+W3lX6b5aMn1+CjJ0flvdgHW7lnDmTnJnfkc8f9deR5n+aOl/YJ9VmO'
    'IjIm036a0CxBMiqV3Dwtyvf7ijK+lLDzk2oqz6+kP1qJg8YN+lQbQZ8qyZ/YwPucEPBuKoMN2gPNZH0ypL4k0QXwW4eqCNfBlDaK'
    '5zaauVXRjofL3FZPwtz68UKHy7znKjzvQzGeqOicIk6O8UT0c2si94nnPZp5t5WLHS7zno5o3inve7jMXV3Ec1epO6/DZT0yE7we'
    'MZzbzWuUd62Hy9w3RzT3U1kf6HBZy/oKreVE6onE+85uraayblu87+zWcqJ0og6XdclGtC5+d6ox7Ws3l6o73lgGEW4OK6FDE69F'
    'eWthomMU44xwc3w4nmG1FZjDKPVZD5d1mB3xOhxOtkPxXrWDkUrphB8u61BToXWw0Zk/XOa6YRLmOgq7sFi2br4+k2VrFOOr6NYo'
    'jF1OPP92OGwi7JZi/jz8mpja78Ty0ejmONZDjG4uY1258ua0XPu7WG5nN++H851gVDRF1HbJMd8Tbv4r5d8glhPYrcfh5L8lpp2m'
    'JmwcLuvSGNG6TDefVvG+tJNLTbRPhNi2wnx9uO+AeO7s5o76Vojnzm7uqO+JmLcOP3eH296Nag5V/l3iPWw3h9RHzOEyd6mI5u5w'
    'mrNsRHPm54cq3rt2c3k4nh1RzR31cRXPnd3cUR9g8dxZnrd3xPRe2LlT+eqL59BuDlW+DOM5tJtDla/Hw2UOk9CP2fCj40JfmGOQ'
    'oo4OjwnXRHQ7t5C8POYf9pXOzQmiNNZvM+l3mLies4UbFzMoHlnYWJUtBjyIbOc+4frwzIBc9fn5bhxrnLtFTA9isXB9eM5lOp3c'
    'PmG7xX0o2ib3i/Li9sk5PoXBCh/zUsWYjzcY8zzh+rKv1JhV8YdaLMd/mvDuZYzd5Bcrb5GiXFB7dL8sg3RGu92amfaxRdjHGdPh'
    'vaXCjY9pO2YaU7kJ6pXfZ2F5WegSIehRyJ9GWPeNojRu7nXkLiSOI8jjCI4Xp6KScQTpvpN74l3w/ox4vaf9es8Q9nG+MV5xPaE5'
    'SogfH3h4ncFDJoaHKQEPHxVO3BxqR0dtH7ldZZhzPig2xRjBN6c84aQ/f9j5Nki+nTfipG8Cf+19QPPr+o66Zia2of1CHTthPaGR'
    'uK3ImIWuYa/w2rea6M0FzZ2MxXi0pn+9wt52dsCwDOWHkKfx87mOvlMzsM8pjUL9pC9X0B42vEeC1EPxms53fTk8Tph20O+8Lpao'
    'Kl5oh4Y/MOWTMvBNBNDEX0jZ04ezgddU8SAYizZP3mGM9uvIu53w7krhjSOPvNGlhI85INw4ETlRatuNseXPE25c4C4NjHcZwPip'
    'wo0nesAg/xLSp5PTpWM+TrhxQzobnPR4SBdAelJDaZzXKOIHI79SDp/VxeAqy+B4/tNOmt7vtPMWxbenXoBYPRSng57IBRe7MYr5'
    'tzuvdb6dQr7VrHfzNML48Fst+7ZQAVcIJ0eTb8PsG/JUFIaWkzx0betJ3uGAvFRmlLNYB5TdVFniqmpLGi9D5DOyv2vJu3M2unFU'
    '8N3vIAbJyeTdi3udd8uFG/+mn7Tph4swfvQ8xj+0WuK/jCiNp5wl9fG8iZAymGaoxwYn18KeOk5BW9vs6SzsmeYQZW/7phcfyD69'
    'LYSMwETm+vz2cLKHOsu5rY9obmV/w85t1bPeucX5PTekDKaB4FsVHjvRB48tssBjR1ngsRbhxpYaE14fipSewW8qmV8zqU/O0XsS'
    '4WCQn5OLyPxhjPYvEpm6yh8gl6lTnmZLmfLaeg+fG/QkE9P5eYPRCf2kA3PYymWDzlMJnzMN7zVM8VYLwNMTwAe2wj7FOFWxfEQl'
    'H3GeSspHVPcUFxN8toN9eyvBO1uEuc+DHcKlfasV5Wmekwg9tcbAFmQ1xGKcT/q2TZj5S6Vjm0n4KZPy1K+fDuc3a/bPYnYHovMn'
    'VY4swYSWoLKEcmUE/I7TpHxGMz/Lfehb3fhN77ljXi/m9WJeL+b1Yl4v5vViXi/m9WJeL+b1Yl4v5vUmgtfT2dlnAEcjXs3B3dgy'
    'OAv5HsvB2Wa6z+uBfqR12tw743qeblHGisboix632bT/MxZjPkNoQJP1sLln/D8a2nIRzsW4uzY/FqXx138A7baIqJ8EDD6VLg4e'
    'n2xx6MVxVAdVUeP3sZb8u47MbENjqWZVc3QjSrIXTU36zO1WVVcZ4+JkuL63U0bO92my67HRk3QB1PZJeo6dEE9T6IEmLOeI78HF'
    'kFaP2+sQRI2X6kGPowbwkZgIIjaZmqrkddqYSA71dJpQ4YFt28JKEC09G87eMGealKeoaI5sAM2xXHPGlaOrdmKZ8uUTmW7ZUROo'
    'Y9ZIZKI2ZShtmDGQZZ8Y66rFumqxrlp8fxHfX8T3F/H9RXx/Ed9fxPcX8f1FfH8R31/E9xdTWFeNyhPqCG6tYvztah+dtRzUSe8p'
    'OoCv19GmlM5HPp+XP5nkpWOlNnG8zEqfNlEmYUMrpAkvRGkF01hRsu8fS5TSDKoYkZj3zoQdbFHYkOV3kvI9Ifo6QMrnQ5S/ivXf'
    'tvz5ifL2/ZpEMD1yciKYHlmScHHDZov+t5FymyzKNZA+9ZN2aZ4M1B1UZx8r918Ez/VY9OmgcOzww8aXpXW9QPqwxaDcZii3n5Qz'
    'xbWy3Ncty2E/d5NyNnD7l+S80e3te0ndwxZ1v4/UPayp+90kT48mz5jlGmC5PsVZyuu+htTdbVH3hYp+51mecxVzy/OcSfJs0+RZ'
    'aUATLA1JE8wjtAxvd7aCn8RvTeRbD/tG+T0dv4TyaaQLVH6tTHntRYSGSACdMpPQEEhP2N6rlStz9fNJhrRLlfDattezdjsD9Mwb'
    'mAxL5x9A1VZDBHcts4GOUckPUU7QoIAzlA/Q/F9XyKhz7B7ExKfcHOhXmqwB1fFPk3muh3pnQV2NjIa8VnPHMpvMWYLhl7xFf1sI'
    'XSjHeowBHsor9mXQWZFne7JbeH13FGmxGmdssnwC7iRWQXoMpO3krkKm8yBdAekcSFshPR/uNPI1js+3MOPzGwOHqbfWOHJ903ai'
    'nL+lNa5fO4wNjb5DtkbYTkuN66Ok16DengjbfrW6MuvI2/mxZTujIdv5VrW7ZhtZ2a0KGFPRWar5pH5pZDtfqHbwDN0z8yFdBGkV'
    'pKc0lO5B3GvHkj0m67y72qF3dfBms29uInX1KmgNm7o2kbr4nPJ1GGN8Jo0XLeu63KdfPZb9WlfGfHG4WaHo10HDfvG65pUxRl5X'
    'bbVz/oSdez+4Lu7/Krf+Xgu+w3SN/rkquP98HF0G+xH34d+y/pvgTpv5/xLUb4u3gurH/n+kqnwYxrp2VYXf87yuLVXec1fFf9jG'
    'QJN5N0CZFSx22wbgZdZPQtvnQ9snwhxSGgnx9xGMhpoTgM/bqhx6MOzeLe5/UseQQi5D3+v24B9ybh2bWDuDhnj7YM7bjx7Lfvxj'
    'znw+8hq43GfQj7GAPf3XOYfP8ZsPG/oOx/dpUu9GdoZsFeY+Anm9H1TUm4+g3lHFPIwZ1KPyIVgiiwkBK3yNLjBYozDn3WmFeo9k'
    '5fqEmb9CDmNB+mNtZAx9whvbl6Y2Z15WMb+jlvP722zw/Iahi3+S9fZtzHB/Yh3fJX1bp4nryWO0UlzeAekZ7Fx5LOJ68cz4bKHw'
    'scIslizqEsr0Teno4gQXz/+so/MRFNt0dYRndc8Etonz/WZYR9P4rKvZ+unG0hFxvdjfuVlHNkVpipUNrhyrqGvZwHQQSZlOJrPB'
    'MseyMiLr6sdwnnSxRt6TJnXLOn6Z8fb1lIB2/y3jtos87nGM520IaPc5UscS1m4O0hMC6tij6AeXYx0bQLN9hdTRqqnj+IB+/GXG'
    '1dWyObtkmbsUZV/WnBn8PN+VceTltN6xkGdc8S5WUV+fMPN/y88iWd8VivqGLeiXAXaGrSP1bdH0s8/iXO0g9ZmU43M7yOprI/UN'
    'aMoMWPSvitS3Ia2OU606bzo0+O436WjqQzx3IO3CLuY5SxGfW3U2PxeiLLa7N+3aA0z0+Vs8/8k8rjWILR50pv5pRPXh/OxIu3d9'
    'xzSo8bQOl21OuzoyxwScWdeRvAmWdx7Le5miTys1fDXv05tJWX42Lg7A76eRPs4LGM9Sn/HwvMeQvEsC8h7hUy8/W2vJWGcx+cOC'
    'gHl6PeW2MyugT79O6eeF9+l/k7ytAfX+c8qhJ1Q4mvP4eAf+3VSpvU+Yc0LW8w2ftkeE17998fwnZfI+5y3Fy581aGcHK3OvYozd'
    'IcZ4K6lnEztjBi3Olut96rE5o65VjGtriHFdYDCnXO7QaVDm31l/TyZlVPNH9aGwzEKfMgOaMnNSLk5fk/aeo7a8Xibl6vRtYXQi'
    '309/SLr6FbYwIsu/4lN+wKD8P0H5MHeMsvzfJd2x6tbojfs/n7wDTKb51aR3DrtEaewuXL/7FPWqZIZF+p/k9ZMDFuX/Sa++oU6e'
    'pZIx3apZm6B9NgjlbwhZHvdpT9KrW4pynz+ydbzCJ+8Yy3uBZl5M8dDapIuHwu43Wc8JpM+roPx6QitTuq3dIC/SZLN88nLauMYg'
    'L9Y7nnB0PqK+O5F1/5zoiKr2QFH+R/KoZPxFXcyEVw/uZbYvniV5VDSAzPNUolSf0ARGivJ/xTjG2Dge8MmDsP95RR8pfyfzfMJQ'
    'Z5biPlnuQ6TuIY0+7m0kj+ruUOZ5F8nTq9E5HFGsB5dLvNMnD+LT6xR95jqFl/v0B/Wj1ye8+pYcz/+JYu67WZ/XKPL08fOfwJDp'
    '/XExLqaibo7b2xRjPcjqmaGA4bwBDGd8xjYm3Jhiujy4Hq8qbOPybC+8IvRrj3D+EtFbNZWdyHLfJ3UPaPbQ3wm7PYRj+4bwwuMo'
    'y/OI0OMr3EP3K+rh59VnyPhNZSnF85+UM72TkOVuJ31SnW9F/T+SRyVTaYR51NWD588mnzynQ54ukkd19hXPf588Z6RdPxANlrIc'
    'We5sBYwEnXto5z4rwvsL1MVusJTfII/fYHn/wHWxU8LfJ7afPnQY/Vy0rdXp51ZKz1bWtYDpKtcqZBBUH2+5wu5rXkBeW7vgFmEW'
    'x6xJ6H3MqPzPrBRxjLPYb0zsNyb2GxP7jbHBf7HfmNhvTOw3JvYbE/uNif3GmMBP7Dcm9hsjGI8a+42Zen5jakLYQ8c2ubFNbmyT'
    'G9vkxja5sU1ubJMb2+TGNrmxTW5skxvb5MY2ubFNbmyTG9vkxja5sU1ubJMb2+TGNrmxTW5skxvb5MY2ubFNbmyTG9vkxja5sU1u'
    'bJMb2+TGNrmxTW5skxvb5MY2ubFNbmyTG9vkxja5sU2uiU1uwsAm18TuFWPL2Nh9pUBffSGzhamzkDnT+FGDBHfy+FEj7Bu1+xhl'
    'PD23QQyybwyaG9nHZ9kYOX4cYjiUxvXi96B4pvnF9cJxrlTU089wKo3rtdHibnyeIZ7ltrJNhuU4jUXtWdDeMxvbH0ya/UFYW37b'
    'mFVB9urVPvbqYW3SY3vz2N48tjeP7c1je/PY3jy2N4/tzWN789jePLY3j+3NY3vz2N58qtmb52Avp+GMQtw6AO1kDHArx6yp6YVa'
    'i1P13s5wsA/PsZ1lYN6kwb6zpYGEKI1Nb8rPrGV3bVT2qJML0Pe83IAiP71fG1LYa+IeNrmf5/d5tC9Bd3BFW/K0w2OrdIGGNX00'
    '8QswSOgh2qcuhTyaft9mod9UTj+62X3rxwrz0Mn62GtxlzkaYr26CGzQvk3EOvDxX552zhTVHSy9Uw6zBwYZnh8xPFM4zW0zv3wf'
    '0LuBNjJWm7lW3f3mGb/TroChKHxQmMIOH+tLKUcmrFoX2mdTONqomR9+l426gb81pG38xvCgzxgGKzgGk3V51RDmbk45fLfOptfU'
    '1r5fqG3jR4S5DUmXxs5xTIEzZN8vTDmy6smCoZ+S/H5zLHVJF7B56tLY+wxV6NzmdjqJlHMXo/OZ4rdmYfHdRk3fBtm8Bul3meiI'
    'yDHuT7qwbUPv90+Bc+/Pk859AMKfSd9pfVs062+zt3W4fKvm/nsg6fBoKlzCdbS7LeyPRxW6Pyb9OS/p+lwKopttz9t8wJ5fTNru'
    'rzBNzve21CVdPMXPnZcSTl2quTehTUz0z/KKtTOBm68nHBlyJekwPh9/kdDDYq9iHaJej5sSrs+EsGPeZLg3uhOTi1vPSTj3cjq6'
    'AfthY6uq4hl5u/NJu3lLHk7F/3FaQTV3RV8SCcdPYZh2o5rzn4HcuRK49ruSd2JlD1riEiyjmk+uJ/2wcOdzsuQCHyZjtu2D6kwd'
    'DGhP0uBzQ8CQLa18pXDPzS0h9kZY+qKoSw56olHh/UZoe24ImBy1hMl64bW72arRvU8SPbwacvctm99P7r5nCdeXymKFfLvZUv6Z'
    'FW5MFyoLTxJZeD2RhVdDH6qg33jnJNu/tqw7yel9Q1mc0zLk5mmDPK1Mn8p2Dab3rbCzBreJsp5jbe4egvQy+Z6ja11N1jADe74L'
    'ZP2C3OFWEz0kzCd18t9h0I68w/gdvL9FuHGlrmd3y/z+61CBk5T5k7bSLdDcEcu1NgMjfc7xEE+jAgbria6JCe5BeBom8BSvu3fd'
    'FWt+c7lrHuW6F318FP5xScJZz38lOo7xvj789nVMA3jXOT0BNECMS6cHLk2SvykNlSD8UT/Zm72wzmFgLOG3PZOV2QsVeZyqUyar'
    'GOZRlU8E0OO1jBfOEh6+ieBT5KVrLHhohAERw8CUhQG+f9Nk/6piy9QrdHGxDMJNwsfupN6QzwtqOw16ZlxHrQa+VzHeT+wW4nM/'
    'UuvB8Xa4fcFai/z18I7Lo2g+uu9mWsiwwqwXH8uFkF5KbAtM+XJbvrqK1CPrlXlXgE6tEKWxiSbK9tJGBlgPbct+LwObD9n+uofs'
    'bZbC2K6X288fPG3fz7RlP9GWdU6Z9j879zllqD0ct99De5UfhbBXQRwh638/jOk2GE+VONSehELvXkJMOvPG6yzurAo0afoky64B'
    'Vs7spVmX9UUlrL0IBgwSPnYCfOQmZiHlfKUQp2eCSmanHFCGluG304PDHha8T1U4IG0EmQDSwP2XOl/l+7eR9yvudt9fKGJfG1H5'
    '2pD4O7a9mhzbK6Qx8Yz9ceybIvZNoVnjExRrTNfnONA5QZpL1nMko9WDaEu06zSl7SmPpKIZY38asT+N2J9G7E8j9qcR+9OI/WnE'
    '/jRifxqxP43Yn0bsT6PS/jSCvvO7kupD9K5EtjV6zdS5EynSMX2Vv/uw6c/P8q5diS19QGnSqnF3L+Ca1kG+FLkPmkXgrXiXP66u'
    'j39HOmZpSBlQzGvHvHbMa8e8dsxrx7x2zGvHvHbMa8e8dsxrx7z2ZPiurCXlkX/msTLzrB87GO4+EvTbKH5X+TUJ6wdIFTMH76iR'
    'T86ROR2wgBceO+sk4cb9HLWoZ1RTn6S724S/DxjqN8rWD0peozeC8gC+3i2Au+l6Nwu1Xfy2gDZ7Cd93lPD6ACjH7xSP0c7bVMVQ'
    'MtHR5f4QbMqVA8Pctw+dz+2KdcqwdaJ134d09Xz1HJiez2n46c5SFa5YQHAFjZOJ8cXOSzswlRKlND/VKVnNyvA6zvCJk4V6fzPh'
    'e4LhgBma/cj9u+jwFNL5cs/OFeZxfnmse/z7ZBbjHce4Ju2/X3F9skQWs7nDlZNxmWc1y/MuSD/S4ZV9yvJF3Zg+PW59Acr/J6QP'
    'QnpRn7ePGZh3Ki+6pFsvl5XfipqK15bGEKPf7ri3NIYYrfumu7xjwm/VdwXDTlYDO7r4pcPk3MZ5/uyVTnoa9PeXO0p5HZrnVJaH'
    'r7mub7Ph/OAyWDqXmY866R/v8M7XQ/dC/L07FDDQB/O2zdunDKMVKK7ANjbDmG7t0a8z5vmHHm/f8FviRm/fZJ20nN9a1visZVHe'
    'CXDxm3eXtkf7csNFTvrzAT1c3XSX2X6ltj5t33DKPvZ9/Rxhng/80NUNw2+ynEyfe8bFSfWKcjJ9VFOm0afMh1aoy+jOVhN5zY37'
    '7Hj4Eps3W6Z3erH0KTUjHlptHBTH7Zh8fubjfZvERacxXMTPnt17nPTb33bSu/e5fpPqCXwU792eA/z5kJMe2Oukq55wyswl+p/0'
    'G2+Hw/is/VD/l+EOZXcpzK95Qg3jLZZw/uuvOunVj9mVez/swVUvRCsTnjseTs5XQwDD1B7QpK8ZUWozS/09LfOhMVNQLor4hTkC'
    'Q5cQeWuRv2fy1/t98p7P8n6KnIM873BAO3eTdt4CKfpr62F5byd5sQ/o97KX5d1B9uGbIB1iea4n+4TnGVH0v5G0Q/twPqnDLwYl'
    '6qIfLUptK3EM2wPKUztr1fiD2l5J5NXnM55tC/sb682T+lHWg2twLivbjXerkHcOObvPJmVQHp9jMHO28NKM89LelOKrNO5P4cbq'
    'RZtahH/cKzgfKEPB+0j03cb9FFBdiwTZw/htDbEyWgP1LYC/jxFef5Y8njzyupS2zlvy4Nw3+RbC3zWCzkeLQV6Kl3DOziRzdTRZ'
    '97Og3I2aNmcq2uS+knsN2uQ+I6qIzoLfOsh1+hCR0fM9caICH/YzuEeYxjFtVeTFvdHF9shmkreb4ZVestfRlqWetc334ABprxH2'
    'Sy3rZ56V6SK2LI1MBtPDcNw7Ga5DOebppG83KHCVqm9LCe/LccgW1s4Am79RVtcccudPec4cm1vuJxLXiJ7fK8Aeh8MWyo8TAbCC'
    'OIX6j+O27LS8hM+ZAM8JAtu2sBxFn5oYnUL9HhXepuQ9h+6uA/nuOQpaV4WXWsm/sT2qW7SG7fOEgubUjVc3h3It70m4ONtvDu9O'
    'ODCkW5c0gQvZfxOf/Tb07tuB7v7aXn++nfPFVUC/73nGy5OPAg9x39NqWh7Htg36he9qcF40zCPG3EpP65viTGL8yfG7KIP5E+kX'
    'pd2Ks/Q3NO4MKP2acAwZC89PUsL22YV7cTRe02m1prhvb1bs29w0XuMMPP65sonx35d4L9s1PhlrfLN+jU19LwXt653xmh9Wa477'
    '/lrFvo99TyYSYtUbLiE1Yl2DJwAnx/4+J37OzehUnzWQrjMz01unsYPpNC5iTpOsnxa/jzXWOpHep66D76vReE2n1Zrivm1g+7Za'
    'EMUYn4Y8MomA/Dofsn73Qico7lpUej6twvUbibx8Fbuv4bJk2/ug7awPNvshxIXwxITOTqu4sDL8qC4Kp79tejts7cOvyfyLn33Q'
    'CT53fjG95wMTK8pZwKqLgnLE9N7EzzmPmdSngP8wejDTbG1SBlyr75MMj9tK9kdvvCZTak1w3zTp6K6O4o7dpTv/6sja1ocoF0T3'
    'JTvFnUEwVWuRn+MLn3Z3Wbbrm5/6o0P7AD5ntyX1bDGdMxu9Axwf6pxVanym+gYqm5hhds8/JNRxe48Qrh1Jjwgfz3JUlK+TudqS'
    'Xm8m+hb18H2WsIsJpYPd6bC2S4DlDFo7HnOZx5NEv5WmMWq5Ls2Y8NrlTAdYoXSRbP/QPYNTkdOoyQrHggw6ng99umj6rUkcvzN4'
    'jW4rT8RoFb8zCG/64btkzHOU8ByV3FtJA/FZzAdOvTXJCTd+UToEv6GSpcsyPxPqmHs265uaXuudLne9g1QMooCHNNDECBubYB03'
    'Wuzbab6OCQ3PXhXZGfjp4PsHmz1a/Lvwj7tUe/KQe1SBW5Kp9CT0pMlG+NZkLJrzjNTvbhJto5Id7vc0ucYtF7/Lv6X+/vWs3Zcf'
    'dtI/s4z7FdPTClxSHhgG0tOqM3v6yAViOjlek8qvSSvIESke641poomTC3za7LyMQm5Qen+cTB3OD84tt/MKHy3Y/vHutXhNJntN'
    'AvX2fPqn1NsLyO+nt1fP7qhQ566R6d5dq7gn1d5/p4p/f1FFslcx/az6EOX8xvMJNp6PQrkaI51XKWnIZPHv3LQ6ZaqK0/ynPyqG'
    'Tl0Fv8LE7rLhvU9+ygrSGwNzpMSezJ73O/++jrxv11ISel4wO/6qP+vfGUDLzCjOzSIdq8nPQR4TAt/Ju9Q9hd+GpAvnGcX7wPMz'
    'BF6ZLJ+tFsVSIuJnPNIn4PyM12TS1wT3zV2KfQNnSQGXJ2HB0oFKX5msz1zlpswaBePpZHJCVsq2DtuWvV9tyqm/Nyro4jtjmIlh'
    'xgJmEO90idheYDJ016tg/nH/XhPP/aTMPZf/cF/RrfCe8mHoV+wEoIOXCTdmTwPT/esk9za0jizJz215ZhMdQPR7ujxEPS0B/GUz'
    'q4vrGZr49cH66xgemRXAe+M8BuXj/c+xdUmzdTGpj86niV6rbV+7oZ4k1Dsr3tuR6fYF6T5wm4RrYd3i+Z/4+acy+ITm7hl96GGM'
    'sizZN9z3ZB3LR/HjwvbwMdL87tUxTuHVEdwtjGjwQqwTNfV1ojheGSJ4JV6/Q2v9TPHNEYb4xg8vLagwXqoeLx8vVStoN/SHezOB'
    '+azmG6fRksKNwVBD/qayY/Q1yenINFlveq+TYvc63F/lAfmdzRXmQ1+WKLP+V5+7lxTAx3WxjpKaL9v1xjaFewWrOxc51+mgWxa0'
    '81PBL90DyyCd0e5+U+m2megpyzX2iwfUCOc38n7oWqKH7MdG0A2ZK0pty9DmDW3h0F/ziDCP2UT9Lst2NhR+F8B+qmd8iglveqjz'
    'tba4zhQO+iPQ6Zlmj+Y+xe6o9930BlU1Ar6/QNjFKkD/ttzH9BLyDX1HY5wqGi8GfW5jLLg28i0vSv17z1J8wzobFO2NMt3bJjjH'
    'VLSCiYyC+yGiftTLrYfvnfcp5MZVToak/n48PUVUzbOVqDRnntU69mdLVfE0Oc57h2AgDDUjvatKM1bZ0+j0Puq2GCZimFDcN6nk'
    '0F0ML5XQ3CF0FKbRE3ihGYVOc0Khv4P8V2yTTnifzvALGfsJmJ5rYuMH5ESL/DngwagMpUr4xxPLQLmkKI3XJmPGoQzq3cKND05j'
    'cspv24Q3XudGlmeQ5MkzvhbjxeSFGwN8TJj5YpHlLheu7xYeF3lMqGPQch5aFef6bOHGEuKxj7cFlG+Cq+hGWL95IespJ043xvul'
    'sgMe57pfs6Z4gEje+6gQdxglcTUhDuBvd5fGD6ExqrpZu2F4dT9dVPGPhTp+4uLDjOK9Kn5oO4yhatyV33B5Ev/WTPZ4A4xpHrsP'
    'RnhdDP+WdVCZbLNCdls97sqMhPDGoqkSpfF8FhGcs0hMDx9aqhg9q9k3jMMzE+YqQWRt5cBUped4uvqyClozmzoqubZZi7VF3Ibx'
    'T59SxEa6G2Ijfeex8n2BrQ05V4sinqs0Yel0sUGXhBjfbpirJoh//PLjduUbv2Gen587Nu3QWFjlziHlZXUytkYFr4XwmmbweiWB'
    '1yvZOcRjw13NzhnUVUBYV5XhMBS0f3T98ds/J/rsn0XkruG1B5z044/C/vihN1YkrVtFh9B4fp98Fur7jjee307ox39AW5+HGMiP'
    'PT/5+/pqtn7l3uXSO+0rRSldkyP3KlcyGNH1R87PDOHGfl0UIFOuYfOzWATH48yS/cFhjraV1sipaX9Vd9J4x5NT7BOEuaPIXNis'
    'f5g++t1Jof4pxpbkscFVcWG3QZ3fJjTeIKEx/PgMWh/SI9dDfQ8B3RvEJy0ktIrN3K1EfpWkst2PkPXZSGiboHEgnXOrcGJO4jwE'
    '0U+bWZo34Fk3KdYD5+9Gcm81m9U9ZDAOE575f5D7Zs4DDhK6EuM+m8wdL9sIa3IkOWtN+AN+Bx5UZpDco81g/RkV6ljAOjnBFg2t'
    'myW6OnjxME+4cTPl+5cIfMo+vwhlZhRfJlPpTPaNJ5fNVuG/q7M1tdm6+gZ8GpsaJulplv9rqUTNxYl5rUgbvFZqe7KrGEftfue5'
    '7LIvFdMfLF4xf/2SZRf9YsPFl33t/vsXw+c/fOT2+00sbb5+87cWJUT6V4V/3iyrHprjYhSnrf922rn/0h/eTx65crsitdjr/ImJ'
    'fc8e3ddW/Ot+z/PKt+hf42J8T+En/3/ZuBynKP53oPDfr4r/LzzfevWPUPP4+H952rO4cgp4rlO8K7bfblDYSCtIbeE0WXF1ivp6'
    'Qh3HdznBHfQsXqDg3Sm+ojHaVTjYVi4QJCv8J+CrTc78oLOAxpsP6nOXRj7bS8ZNZSgjhmMKGu9fCsdhjE5mTdveajgOWsZkXWU/'
    'dgKcRSm7xjuDRpjHGQoZr2pug+RTFwHcBq1/v6b/tuPgfaB0wWbhxnxv9rlXQB0w+n0jo/eOBHovrKzdpJ+29ISfzICWV+maTnd9'
    '0sC7PeH4gmEnxs1mp1ewXxudHIeuqUpH0sQODOvgbaQIH/o7Bj8mvLTNvY0Nvd+juVfqFV49dL868Z7xSwQvbTGk/XW4Mkz7dxC+'
    'yLT9MO1cT3g7jnep/D1M3e8gOL+/zLrOBbhV8anbQ9Z5Ehn7NgZPeYI3w9R9JOHdt2hgk/KEYdqw1bFU0WRDZA/LOi9LOnNdif2M'
    'OqJVz7ryKnx32zedd3OJfOtFkG+md7vyuwyRhaJeKr57fb/37qNtt5P+4OlwNizF9qHehkLhCys8N89vd2ET32Uvdt4tI+OS72T6'
    'qT9zvi0k3xqvctLf5d15xm/nbHTSj9zr3tFhO4vf7p3nn+W989x/qXeeV9xdWm+SyD8vgP7/TcKxd0Falu6JEQs4tp1/Ez3rVouz'
    'ZjPDj4MML+WZPOgMcg9a7llC610A9ZrShKb9bSR3xqM+vBwtg+st/70u4fBwQeMcYPT/dvZ31yTChF8+aktSpKEK/zhZI8PsYXTA'
    'VB/LD4Fno2N56RDp+/8CeXYl8APeR6xJO+kqSNdC+qa0A+9ViGfTcK61Oentbe7+aCP6ZedC+Y506X45G8rfSsqhnwqa7xTId0ub'
    'u69kn0zPuoYQ80HH3QHpaZpx8P41gnxnHqE7qF5Y3gKfcRm6ii6ktM08mHva7iaCG03apfhpUHF/RdszvRuj8570uXc7XjBfo51Q'
    'pUZpHOtNBtRrQ6dUs7OE0vWNoGuYI9/ofCxR6GduYXmOIXmGNXmQVqayleUkL/5N78+pvEmXl69XjunvcX+pqrnk5eR8BpULKxfm'
    'cFXD9DjSBve4y4W5nwtTOK1UvSodn+UhZOQ2esytwCMnCO4tjQWUPGQeC9fMaRtfeAkxnlLJuhRmIIG2HPobFvNH5SuuXB2p+nhv'
    'Ge2VibbJtrHBXh4hPAgGD6Y8PrXn7haxnwat7Pye4v/bXVMVO9QRZBtjYk8fRn6zlNCa+O4MeDeHvFsoXN2/ekLfUPvqQUh7Gf1D'
    '29spwsm1KjHmixRjPl8x5nMV/T8nxDysVJQZCyizCPAELYO27qMs71EwFzQv5ylmKvLkWZ5aRR7JP6p4hclcv+sU63elYv3eRt49'
    'qlj7D63wrn2iw7v2J2rWXqUDFrT2OvmW39rze3G/tV9ksPaLDNZ+UQXWPme59k3Ag+fgTqUJ+C7qk2YZyOIzpL4UKb+MpWfCWC4W'
    'jowcdUz8eOoc4c1GmRxggN2NzyQ2cD3C3P/McIC9D+XBuZ75mWS8ZwbMxxoC0wtD3DGcWcEzCXHs/yPvZrY7714j72bAu1cJ3dbO'
    '1rkd6npFkefY9tI8L8EepXIIvz7LMj+QdyAEL9mMt8VCdsR1bTZC+18hd5YjGn2OIfZdJY+SdX2S6Pb0aMqa6hGp2veT41OY30Hk'
    'l3lLGzne50aYqzmWurhBbfE2LiD6NGNs/L0GOlsoZzyalR0jOsCIZ8rRt+nXtH0U3AGbrmk+hK7aAMMZJrLHtCUeUfGFS0V4G9wV'
    'kJ4uvHeIJzH9+aSPzEz1bjbYsdjyeH4+2Uzr4PbJEzXmFlGejbLKh9ioiOOgluljUJDr78h5V9O1oXe5NmdwVDSILWxM8yephg2L'
    'x6DsRPGPTezuqtz2EpblM5blY5+oPviq/Y1pDeETtdVI1kbPvNUkDaPH1kzO+5ugPPKzXbDGV4vYb/5krPMcWBdcN343wWX+y8g3'
    '4ZOX+2RpDqBnwuCHNQH8BbetCOKhVLYNnP8w5UMoD4n92mHBVw0yecpDjc7+U/GPIxZ8288VfGyThe60CQ9J6zvA/t7ko7Nc9AnV'
    '6MgKub0Fnc9+n/VV9SEsL6laQxN+71Wma3dOo6tv5scLT/RYRi3hsUifFv53lkIGYOJX2lSPsovJFAc0+oYTLSP4XoMLm2OsbyZz'
    'SfXKud4k1dXsE3byF9XcbfGRMVHbrE80uHhlh2Zs3BZth0a/qovp23I91q4I1idoXvIKWV/RJp6M8w9lrF2XZsw9ZY6Zzms5uOb4'
    'wjjfAu/OYrp9Z4Ju33vavHPJ9Rdl+TNAR3Bl2kyHEfNiqrI/5X2QeVcQ3UzT/p4E33Zp+kv7tIq8l3P0r/WOTEwlz9vCcEkXg6cx'
    'xX0XhQedriPfG/0Ga4tn4sP1jkyqUrAbJcz+O6Q/ZXjmlnpHZlYujUH7n9eswYAwj3MwqDln+X3WRfWOPiS1heBr/DvFHYUfDrY5'
    's/sDcC76nziezPNUxcd+/f+vulL6z2SP2OoBTzTdsLfOua81PVNV8PhywB3SiOZOHf2pfKbO6X+U+8+GtvfbWzvqHL4y6IzpMNTZ'
    'x7y0zbOI3j89c85gZ8Rqpif/ZvZ9FZwhFxT6PH8CaIBeDe7OszulxRPcHx0Ni/3JTHJ/+Py8VCvEeSKYvjCBrU4LuqiDwJVp/Qhr'
    'nWXSQx2GdJWcnz+vdfFDJfgRlUzGxN6sGAdpgvo2FKJvb631+gOZyP2P5+biCerHUEA/crWu3y7c7w/MU/sP4b6kMd+o5rz4A6lX'
    'tvUfNaVyFVPdojCyk83C3sdNUD2Ub3u8xoVxGz8nPRb8RF6ofYkPBtBk99S4/NKAMPfvN6qQLdL9aLJmGy3GhfTWxhqXVp+qvEZR'
    '34XMa6XmpidCXNdEYLQS8vFyzoiD1RPTtzDztrfapYUmm3cs+rCqdvSsZP4jG5z0OEhXQDq3Qf19FaQ5SBdAeh6kJ0G6hOWf2eC0'
    'fXO1F6+HwSVhdcyura6MLN30nD6rwu0H0cFHT1L7OH5pXLlgEvhw2id+p/FPVY4uWBPIT+k+mAPpbEhXMnjvhLQN0mMhPRvSeWz/'
    'nAf74JtV7hk1leXmHyHrZUNj8fq4PLXfR74a5IN2sMqJQhZGPzZqedVbq9wYLWH80+U1d11B7S6rcmVKkyHPKcahrnL054Pk+zay'
    'l4nid/8l5/ApRZ0GtuePZHt7JqSzQp55e33amqdpa3bItv6KtBUGN9Fyx0B6Gvu+DNq6M+fC/kTJwIr7f4LbxTuMC3Mu3rHRx1fh'
    'QtOyOn5xWa50/1eCdzgYILetyzn+Obitg61Nhynt8KusO/+TrQfxbNb1RReGFtXdw8m6/zrCunm/P5V1/p6KOLuo/5N1dNIonkpA'
    '+hZI10GaDIkjr8m6cFtpWWdR/2eC2kM8tVDRXiXxYg1pr5vBY5eGDsyHwJ+4P36RcXFflDSpDQ36LOnDZMjrZB92Zyp/BvQErP0d'
    'k9AHDu+bMq6v0UG2vw5odMeaE06aSqjvSy/LuP5cw5xtpvj4jIz3DK2UTK3I/09Qe7g2KQIf5ZzZO8rgYf8t7V3LMH0Ioof2p51z'
    '2+bsMqW1HyJ1n8Po9yWMPznfsu7/mXbtLqOip4P2yUGYs3elXfvdcu6LZF39Ea1zTwD/sb7C7eDeOSU9efaws8i63Mja/oLmng77'
    '9Ll5zNcoqcsP75rc+f0y5cT2mkydwiDZwtMpFz46NX4X17B63xKind0p1+ZaF1s1CGd9IuXIPidKllaMCZ1yY1dELTMr3v+lXHjj'
    '/m9N9aiwrkvI/EzU/eWppM2J0LEv2gERWBr2oYv9YKkqpY9JMqDgC0z9EeC8/Crp1r8qYD+tDbGf/jHp6FBMJm4p8v9JB34pb4v3'
    'bTb3E7KuzyXdGIpXQazK2/eX+gH59reddPgR8Ku0rzRO5T1JPZ7JG9673ZJ0fWqH8WmhOyM3J119k0rKwYryP9IWH/9WUb7dFJ2v'
    'lcny/WnMT3rj7nA9/yBYP81Cx81kj8lAbs2ivLuzXyRc/1BB8Mjh5SeJ8nyr8Dn++4Q3VmXYezkVXIxp2n2AjKNc/rSo/6eoLyyP'
    'JOu7nawR38PbhT5upCyzlZS1gX1Zpg/K2t7ryDJX+JT1u6eRZd6ScH3w9wbI3lCevYaUMbF1LMY5Trh+tUxw14BmvY9KhPO/NMjq'
    'qU24PsH8aNBGMNytNbDZlXl/K4Lz4pq/AjbMUeuPy7q/L9x4zr/YAH5h8m68Dpn+BmJo7Cd5n7vESVPXuHE5ZHp0H9z/++Tl9T6s'
    'yHvWDnXev1Lk7X+/ug+f9MnL6/0wyfsbiEnyoGYe3uuTl8czeRfJKxGATBsu9ZZtBBzA8955rTpvXpH3nJvUed9B8uYh792D6rFt'
    'IHl3boVzaYN6bOsUeXHdeN7TFXlxLXje5SRvx5dLY5bfDrTbAoh9fhzJ+5knnfTAbnW8nlaSN4gmpHHOOV3ZCvXO2q/2dxXk48rE'
    '9j/HcB7KGqjfijz7Zuu3Ik3+Rh/vkoY9G2BG/nuPtCckZfjYmkKOTeVjrUl4/fFzfEz9CC4MOW5b3p+fGzZjPVfo/fuZnG3lxAm1'
    'iZ/B/QFu0fDKg4b8flCc0duFG998IucmqF/XAq4ypVu7y9RL67UYx0hEcy/nfX4IOa7Of6JfrNsRg/5w/Eljf0q4DYr9mQ2Bg46x'
    '4FmHQ8gEuZ31CKPpuqtd2Xev4RpE1fabql357UYFn6+LB29iq0p50cWkHR6bZmuE42mEdsKsp1873H/qb6sq0w4fzz9XObBh2k6U'
    'cPkNyzGOhhzjZ6tcGXavhjc0XZe7yqiL92tnlSuD7TXEqTZ97fXp6w7Lui4qoy6+V89k47Y9E4LmdaGirwdD1jWD9JXjr25N2S5D'
    'PSRZ/x9zwfXr/GUEndGy/p/m3LkIUz+Nk/49UpcKx9rA0zfLqIuv0f0R1IXr8bGcXTzMUcv6b8558a3KXwy/azGRs2xg+oV4X3o+'
    'yF+um4S2N0DbZ+dceT/X2zONP2eSt7j/c668Pwjm85p1mmVRh2rfyDrSOfeeRkf7jAi7u9+izD7rrfdgBPX+I6m3T6M3NxgCx+0l'
    '9W7S8NxhaL7dBvWGwZkfzbprb1MvxZW3G/Rta4g1GlLUOybMZdcDGj3Qt5MxD2n0loYCcPp5IerguPw0gzrGgs5/RR2bLccyS1HH'
    'qOVY0oo6xgzHgjD+asb1RcDji6ruwU9mMVn97iptZPfPZbzxllX3Ais1vl90Z9ITEdeL580XMo7eR9Cd7OoIz9f3T2CbOM7NGRcf'
    'rNP4UlHBCdelOoON5bKI68X+npVx76wT7E4a/25gtgdpontZlNmTOvAucT6kiyFtD6jjqIx7R8vpEZu7X9yn1Yr6hi3OYq7/89u0'
    't76xkHRT0WcPqc9Et2lM428Bx/ts2r1XtjkjZZm/UZR9WUNncLz8FTKOAU1fByxok0+Q+raUaVci63tf2tXpmmh8XbyzJ3OLe/Cs'
    'tNfXkmrPXxGiLO7rt5B5DNJdMcGlKyOqD/t3DKlvg0bHxs+mivevPqL6sH+/T7n3Usc0qPGjDpe9QspyPfXFrOyxRNetKP9LuToQ'
    'XQpaxNQvxzOKeoZD1POoop6tIer5QsrVB8n74BS6dz9OymwSav+9/dxmh/RXVcYUb2z3aXtQ0/aAT9uDFm2/g7TNcSCfqx1Q5gKf'
    'MiMKvRtZptOgDOdLTjYos4Pb7BmU+XdWRurs4n5ek/buVVt6OZMqjdOu4wFk3j8k9Xn/yPL+kuT14/1l3pdJXj8eVOb9cdIZSxi+'
    'srj/Q5Z/w2eXprzJPpLl71OMle9d5M3/0icv9yv1EZ9+DRr061ZSfksI2ckNmvKm9509ZKxbNLqD2NYVirwv6/Y/9CvM/ZQsv5a0'
    'hfrn6zV0yUkGefEcPd4n71pWb5tBXqy3Oeni2rD4AXV2Z1dABivr/nnCq9PSzXDCTxR5+hgcvOCTB9fvWZ88Y5DnKUWeYdafJxR5'
    'xpgO68OKPBzX3UfyqO7lZJ5P++RBuP5Ywrnvt7mbkuU+oKj7IMuzi+TJa/DNNpJHJXcu+uzwyYP4PE/y9Glsnq8iYzXlCYs2e6Ru'
    '1bki8/yJIs8YOzPW+OTBek4meQY08LGE5FHxcEX6n4zVFA8X7/986kbYq/HJg2dOQtF+3qD9V4W37pdZ+6+QPKr7L4xHW+0jVy3K'
    '/xV5NrM8/6DIM8ryPK3Iw2meb4Jejc35gTFqbcphe58R7vyb8uXF85+MRcUTyzwfVPQpSIZZvP8ndavOtUYYW7XPGdUIe6daczad'
    'Dnm6fPLgOK7wyYPn4AYyj6Z8eSPoec6KUDYq61yqmPegs1SWm0fGYCrbRP66wZLn5zqjPJ7sclEarzVIn0wVB9U0nqlJ3XF8QBY3'
    '7tNCEPVjYRfPtNU4nmnQ2jTC+X9dvE7qdRLlrJMwiu+niw2bstQJpTGXd6Le/7gdPEyFPtjqziZD9DEI16UIrptj0Xcct83+OzJE'
    'G49atmEaf1hVV4MPfERVHs8vOd8Ye7sBvqdgzarhrK9CW3ZYvybQeafj/Vjhd68SpyUP6wfxzn87oP3GMz5+882438hzlgjxtJI1'
    'R1gwXTs/WobHg8dYpyZ2P+X0qUWh4++Hh7D/sr+XMrrpJM0YF5Hx18O/68jYZgn33nwxlFnL6lhL7MNo+ayiPC23WNjFPz8a1iGK'
    'vpq2SePUpkm5elgL2Z7YLcTnfmSOa2YDHqXrU8XOhzpyTheqf8MWgNsaDTPZp6kvEJXv93uIfdh98O5D8E7me34+6IXAPCD8YL9w'
    'TYt6obBW1B5vBaSnK+zxTkKbRTbvqjNT9S6mJwPoyeFAktDnCQ4tzfeKDlelFefuKbD23ZBut6TZdPnqSb7Z8EMaK+r6EVefmXDk'
    'gIijkoSOwLOiC+Sz8t8HZL2G7XFaspbgI7+zFc+hHlbvNfEeKdkju64T5TzJoB3UwODxJkJnxut+eKx7C6x9B3nX7CNPWxqBPK0V'
    '2hUgK6wnfE2x3IX6s4H3vzkEbVpFxiUB9ViYgznMjrpfo5c8TOhLzO8nL8e5Ww39lP8+kaTUR4Gsf5siRfrfhIelY0P6qe0kp+yV'
    'jFaS6ev7S2mli0meqvHSPNXjoI8Gdrfy3YWQXhqRDDZNTnjd+YZ6dOh7bIMitZELzCJ1zUt70zAyBlO6Poh/arasr5mkSYCDYZi/'
    'AdiHGSNcm0ok0tOcDl3KMYyd/LmuDFyselJ1nZk9BYamk9CxHwD8hGud0PBmuN+GfPYQh9URgA2TuukeSPnID6nscznhw4RhvzKA'
    'X2xlpQ0sXxSyljB+XsLwldhOEn66uaV+aWj5Zku6rRne62TMzfA+yE8Dx1FzSX5eX8ICh1EYWghpdtwOD1IZEObLEhoC5WaUBm4m'
    '9SIc2NbTQmCoFfirJJQ5PpbDKuWwKr5BgUZ3hSGI/e5MUhWG4yI+uALutq9y8ICfbI3vu0b4XsP2xFImTzS5P6vkGFs/6KSZXdN3'
    'jA/eMf3HiD7a7t43OWPMTMAY0Zfc609MjTFPxLqmwSfe956eWmOkPuS6mU5fLdGXGhXeGACc/rGh11RwV0voQNq/WSLYb69f7Ghu'
    't7xA2PnAyFvWT2UJQXlV88dp4dUBfAGdxxxbZx19qdIn8KN7sR+mdLIc2/8o/M4jZdLw8+Nb8A5tGchmOL1pyh8lp0A7fnxNGF+L'
    'VA5RA+XTAXePzZb011wfnZcaBZ4Iu98bNe3WgEpaUsGHvPywO4e28hjBeET0gfrUM05fWsi3uwFXf+exUjwo3732gJN+/FHAvT/0'
    'x4MmZ4PNHXQr/C3/PRPmB3Ek1tWk4FkzGnllgsBofE/qlU8de7G4E1B/u/Hlp/sca8Ibcdljkq1JjvC4co83FXrS3O5+N5Wz8HZS'
    'pB2/+0mqy4J3lSp5iJ8sXAVb0x1+THQ6/e7q/AWbcnaD9Z96GE6J7/om944X9W7SlrJNPH+2QtolSv1VH5nw5hlieVoSLi5Bmhnp'
    '0FrFN/SvnyZ103JNxNbpj0KfB+14/q/wtvFO+PZ/yLcB1reXFd+wb/+iqBPtuF4gfeoWah/gz5LyXWxM0s7nqRh3xbgrxl3G+lxJ'
    'WCMVXVHD6AqxvrC2n3L+3dlR+HdHMM2axLsIRf1NEdWfZvVreS2oP6jOjIIn30T0HOoB182CttIxfKdgqi60Vjw0N3vpNKHN5Zn9'
    'OYVthzA4s1H340zYP23k3TzQ45hN3j0hXF4U361u98bQwPs4jIOJsTXPCKn/EMPjoQOPLZbr+k4mz+qN15Svaedkr6npetqcL+8E'
    'PFAXYt2n0mNxlZ2yo1/HU5J+1d9565/xEE+jz7pPhtwXYSMbYL+CsJSA8yeGJTUshdWNiAqWIqFnGQyZ2mzY1FmOzJ7eExd9NBH+'
    '/vHnnbTu++49K4+r1g4xzW7bp66PxlU7ardbjyovjat2I9R3ynPqvDSu2s6HwJ/rk9574UbCzxTzfhfuyeGuYT/cf3x+b2l8NXo/'
    '8TXow4G9pfWGvZ+YDTpzgum06vT9ZJsnkLu15QpesgkORlu9Lht9sOWszylL2slvP1H5fBOhmU3sefz0jHOAa2kf+f1iI1ub+Uxn'
    'vlL2gKbz1sJ4H7QbbBJeu8FaEWw3aMvL5GC+TO+cG+Fvro/RoNCpaIQ78FUWazQRa2Jqs2YyF376IxkG91cq5jtIN5muOz0n6L0S'
    '7Yds52rLs8j03vU4dp+K+XPkPq2O5KX7rp2UaZ7AtptD8IG6ucuFnDs5/vcqxk/tHcrRxea61EG6JjbzPnqNHf9squdh2n5Vn908'
    'H63QGac6EYuInVCQLonORgBt46vH3fnPWMIYhcsY3tz1XvfQ5MLbD54+fOEN68hBIVu4k3XeSvjjLDn3cC6wvm4oUwVn+dVEfhrb'
    'GSSTyLsW5ug1/e1f+XYGdJ2uZrZPNrYvKptHe/s9KWWcvgZ8IHxsCiEzNRKeqp4ULEyniXAV8Py5STeeypWW+PNqqOPUpMvH0DpS'
    'ItgeVfpsbmN8Dtdlvl6Y+xTnZXsZz1SbdHytVMqGWmU//YuEuf30TxNOP+L7COV9RBl+WQL3RGDdtjxFMWZbwtU/Xa5Iw9T5joSz'
    'Z03O7EZNHW8pvFhJ6lDtnY3CPzazyi6gn9gD4J42pYOwnKntAZeHzEw4dv+qOcT9qPqmswOwrQd9No8BvTisoZfrYp1iP92pSt45'
    'Wq0/+u14t3D8RaI+b054fdJvFKW+qruF61+N7yseBzAvzGM6nA82Oirf7vwc267ZU6pzUxf/Km/QJ/l9hvD6+qd2QcPCG8dGFUtt'
    'pvD6yd/I7IKo7VUvq78rpGyU4kadnK86JI8u4eUWSOtIP7kNDPpwTyjGOSTUMQNs7WRyojTmmUmMFh3M0nsh1dqOiVJf9csV68Z9'
    '5S8QXlopz9LNkHeu8Mb64fNEbfO4/dl2obaZGwk5t35xNR5IOn7+6Dx1CW9ccpu2aLwEFSx1CXs/EVHABo75bB/YGGH79VQFbPwn'
    'y7MM+mdKH3CcNsjqmyOC4zKo8F2tAv//mo2d3ossTzpMO52Hl0Ku9ZYputZvtljrM4RdnJWJXP9XQq7/oM/6f7lQ9uPCLJ4WPTO3'
    's7+7IsYP+UmCGTw7LiL4u19DI3Gb4HXCG79Ld97Is+nIkPBiOjbs1zzh2mLTs8ivniA4Q/m8KsYOha8jEo4fJhobie49G5jJW46d'
    '5t1CbFomkyZZZ4gnRoU6/lsvq69DeG39eYyh4wksbxPqWDvcP4AJ/dIlSv0O1wt9XL9+Df2CvonvgLlGvgTjvKxicc/eZBHz8E0Q'
    'V+XtBJeem1bH2uHxWWS5twpvLDm/+Dk8jtsZojRWrCqei199Z5C4OriOPNbbynRwnBmMCfPmdKnPPown5Bf7xq+vYenQtSyGz2ma'
    'NTFpL+wdeqIMfum6EPKR6S4vKQpHmrhEw/w6yMThH/LgUcR3iAqORBl3450Mrrg94yjhP/DbGDnPGkHehzpbB+DdEpL/ADljUKex'
    'nrWD8tAB9h7LHEHa2ClKfd2grh/6usF3M8D+heqULVXYo9nM1yUh7tw9fpY7YekS/nL0qHQJWsUbgX+K86Doj/DTZ7dtq4YIGqme'
    'FvoCCGOPYurL0GYtW4kepZyfpg6XD0B5u9zrzR3u380ddvqMun5Xhew31W1eKSYuJgKNU1KJ/DQmR1T+OLPwM9FZbCZw8UGNTsCl'
    'BFdRHSKbOVltkX82u5+yLd9C9JNmAyyrxrWc4EYbvRxb3HmyQj+I4uZ3EF5hAevjCUyn23QOTH1iBcEmhRPUN2oRwT6RbPc1xT9Z'
    'osOp8h1nYvuTFP6+6FKWuD1L8tG+RaEbHxaP36CZxy4y5th36+T4brWB1QTBWVw3888vctKjt7m6NPjt1bc56Xkj3jPijDEn/YcL'
    '1Xqb3A4C8ZIs88cOV4+g0n3JhdRltLHrNN1PbSRfM9PZpzjgQjhTrmY6T2H0MFV4+koCQ4hre4U35kT7Zr0Ki8p+aDmDsSYmLxoO'
    'kAdTudZ1RPY1zGRTmOdyYRdLfKNw4zTo7vq62X36maQf3UxmhnlWCrP40FsVsrsm4Y0xbzqO2UT2O2pYTjX/G4Xed/pskCep9vFZ'
    'ATBZz8plfGDy6ojOu0QEdIIJjaaiIZdb0ni2dn/Uzq+J6QjyeEPFw2WR/vyg69vMzhWd/iGHqQTZF1Hg1roIeLd6izWw1XUISyfm'
    'hKv7ORqgs6CzKbPRCW0E3dXFIfTohhVzYXKPFaaP52n6SPsxoOBpqN4GyruDcJ/J/TrnRSjvrLIZ3KK4w+c6IGHmpZz4FZSm4uvI'
    '7/ZGNXfHSDeFiWdVr9Fhao5gbzdr1mFQc0fWw+6wVpJ7L53f6h6mt7OI3MuEua8dIHLWmaLUd/WyMuqLAiedK/R+xFEeQ/deI5ur'
    'sQCchveBi8nYtwlz+1qVniK/49LhDa4DoqtLtef/A/QxdDLWOF7f1PPh+S4iJ0I8aIO/4nWe+uuM51JLBOdkFTsnub7DcsJbmvBk'
    'qNvVDjo53Cc71acKe45wnSzaXzoX1RZzMRvuAujc1ED5ZqIjUw/laOxu7k+kRtjF5uW6A2F0h5qBvuL3xhPl/wR5cGoHXSfs/KIs'
    'Y+OpF/Y+5YJitYXlyaK4T6sz1LlEf4xzCYxTmO/R6OjxfCbthKWfdD7Y9wjH73F8bkxN+uDLRJ+EylFM9QSH47U/ZH0kLxN6H+sL'
    'hd7/+dEi2Mf6EUTnRpVH5R+9Wuj9unOaJgq5Wk0EOLxa6G2/qO6Wqe5rl4I/U+FlxOuz4e6a87EqPdoBYWZ3Zst/9jK+GNdH9u0Y'
    'hYzc1M6gz6IvXQp6kMrWVbKMHkMZWJBsKgofTyqYGlDIYoo+l5P6PLh/q0merZp6JKDkFHnkt98n3DsYE5jgNiUHQ5bH9n+ccGlq'
    '1TyoYpy9ZCDL/FufevNl1PtAwuVvtgb0l8PsFsIXBc3TQSa3vMun3ZEKtns9aTeqemlfdbB/ScLhy3gelW3rmAJP8fymtg0qOZnp'
    '3QG3YzyWjGH0EB3Dr4EnMe2rX/103Fs18sgfkjtdm7nxq3MPkZfmNXN1UIHfVDYuDwjH1yK3PTO9g+4xlKXQcXEZ74DinAuqU2ff'
    '0sv23RiR30xEu0NEl2HeJIxX6n+eZnivktfcCarap+Ob6LUcEuXH/1styvdNReml2gjopXmaM6PPkI5UyQ8Hhb+t2A7gdVV3K6Oa'
    'Ne1m6UTicBv8boKzqD0nnesxTX29GhxmOt/zyHmzVYH3o17fsHvET/83yn2TjWDfNFnwhZw+/x25uzygoN1s6/s3Ul9XBPV9l4yP'
    '2uCa1CPL/43P+MLUdz/ofYYZD237INtvXRrc56d7IfvzXuH6dyt3/SrRv2uIvLuX1d2j0RHaanGHjuuyjpwfBxTy8kq1u9Dnrr4v'
    'AIdyOnYG0QEJ6qvJfT/Kho9VyJVUuHSsjLPHb77CyPoqQaNEgWvrhZ3fpYsJ/ulhcHDQQoY2SvR1W0R5fqcawWZnieG9LE3HhLkM'
    'VMVr2dC+UdC4UwEGdka0ZpvI/fSwIS+q8sfAz9hLDxFYWEJkwCY6CxzP4nq0knns0/SPrq3JPJcDq1RnLUNgV9b5Jh/8kQ+BP04k'
    'OiHdTNcUfUr6nTsqfbMgGMD6m0LqnPA7I1387yh4UJM7nn7NuY776WSCI0aFv8+1UUJHRKGHOZPUM2xBzwwG3FNJOiKXKNUDSVqe'
    'z7FPTuaTc9cb17pg7rDL6qI4yLGuDfynI4T/7SHgfyAi+H9HRPB/HqHrNwq9X0GKR4dYupnoZR+hmA/TO1EdrU919wcsxrg5xPkx'
    'qNEnnkr3+H5wi3p+pjGP+D3WmCi1iaNzP6a5J1PtnR4LmOwOkGXR+/Eku3PeqNFVb/Gxj6C2QvzuY5vlWZyI4Czm8byWCm88r+NF'
    'cDwvKnOsVFwsnAfVOkVt609tir/V4aQPdjhtHwVrLN99Cb49DelXIX2lQy3ffL3DazdGy78O6b92lEfvUv8M6Nt/7riaZ09GOFfc'
    '/rpB6G2sKfxJ2+xyx1uOv61p9uA0zi9DRy4wpkDUfL+Eg0u6S2FXOuaS6R336uGiykc2pfJX8GAefAjc68DcfMW3a3a5e71aw7cO'
    'i1K/37LcZ6900tO6nfSXO7x7HfOcyvLobBFwMXRjDEOD4nh/1uektQp/CZmPwjzd4dU5fOheJ911h5pmqYSuF7a9GebtH3pAR0Tx'
    'LXGj8+1IMu/4Tax3/6bnddEvYk9p3XTd8BuWv7VHj7PQJ/9M+K6DxezFcI6sd/36Ynu1sDZ/fwnE5rrcu0ZvhTGt7vOuEX67dpMe'
    'vjKELkwK+/jAYdeQnwXVPmeIik9uUOxxijfugXN0sMMrH1ftg5dgro5/u7c/d3wA0g4zWI+S9njxe0762gNefeLPw7fvQCzjF7/q'
    '6hNjXOJRiDV8PsYPhvjHux/3wvdxmjYnggYJK1dCP2TcRlrlQ2txCJsiFc6dK+xirpw0xft38gT3L6r4kSr6eo2wj4PdEMDn3gfp'
    '8/NL94GtfdX1sJeQRy6NOXfo+KdKmT9pG59XnZ3OfFXC59V4iKdRQe/a3jfQfbQQz/xxPZ0XBEOx37QAv2kVhCGKZ5YzOqJa6P17'
    'UBsfngfrojLDEeH1s7FZ+PscKAdnnikm128S9oHm151X3M+S6pxrDuhnqozzRndGYvzcK0PiCk737d7jpE894/IF+O3ufUD3Peby'
    'L0jDSZpNph9/1EnX/tBLz37yWcjznejou7WEzhMRznk96fcy2EfSd/TM9tJ6TOgQU//fUfA8iKujkk9NR3/w4pYyYswmzLLY0IH3'
    'KOi1BOSL6TWVj9Lx1HSh19Aum+KyE4U31qKpb/HZjpjojXdU1i0NyTE2iw7fLyY8vMwv00c1eeeRembtL+XvZ5NvPwe8v3ufV46U'
    'ABnCk3u858Vj33fS554JFxsB59Rm/lqJTIr7qhe7hfjcj0r37s3knJmwO4PkNMTJZcTo8Dzt4fUlbNa/pUxaq+PLLl3VCPewSE89'
    '/ryT1sEe+N7TTp5Bsj/bn4QYQ/vU9fWQvEftdutR5b2C5L0R6jvlOXXeC0je1r1O+rW96rznkLw7H3LS+dDv9L7SsZ0mXH8EO0F+'
    '+DrQk/sfBtkjtPPY867eIM7Z11DWuLe03mNIH9KAp1Y9oe7vEaQ+8Yg6Tz2pj+Io1ZjKsVFpYjijxE9qwp+GsaVBTlLIECbDJ5GN'
    '76HlrM+2uiqBc5wsDqE9ijmO6XKDMyBgvn2fZLR0edR3Ua2gb0LXvxfWPx2vf4rwVuH4siDGLGK+TXWe5+He9O5BL3383g2l3yh9'
    'fNaO0m+UPv4D3EmmFfeD+O2y95YvTykHFqeZCkuK6aE0iegRUqCOSzm2UVQ+2Uru12McZICDkjoOIoJDKD6j4jNqks4o5FeO+xDo'
    'VoEu0RE3O+mH73LOkCGSd/edpXl/fhPIpyBvLzmLsF5Zn/x2NZUx3emWl9/eRr7x9jdQuRFr7zzy7Zh+J/39lc63sxXf6q9yvq0m'
    '3z4DOnCr+l17Hvx2kH1bSvWG1peOb4HiG45vnqK9Y/q95/5B9o2e+89tBV29i73n/k/h2/97f3zuR37u76rgub8rPvfjc79y536m'
    'jHP/UJHzTJYd0qE4RwkRnaw7Sjn3tQZy7rdZyLnfaiHn7rSQc6+0kHMvsZBzH20hj55pII+uNZCBh6URotZlMdWHaCXlGok+xixS'
    'J96VUjl2m3B9ZeP3SrYZhW1kTpSno8L7t1QxnkUsP+bjujOqtlT+qEzsSqktLdq7HCvMfQvY2lMG5XlVTKxvvdkAHyrdTFVMYqTd'
    '5jHbDbzXiDrOwWTAT5sh/JTjJw/hba5wfV7Ywhu1oea+7MamKRxlDyE4ahD2/lGobxjuv+5gCJwzOk3h4FA6j2YJc7+Z20Wwj/BG'
    'oi+9jeED7gMqP03XP1nG+sd+YNid9qffYPFD+IFpDRQY6dYiKrmAr86Ckcg7KeKHPnvoknZGKReKdUwM9qMoR/c7+IKmXFmJADuK'
    'RY955f6/+rabJyqfdFxGs1uhhztKdO+C/AXE8Fk2fJahA5WMFD5D3RNM30M9Zaq7Yfd0WumFxGf7VH46K3q262wAmzrKtwEs2vBt'
    'La33BtAve5H5wDHxbbNU6H3b0Ltz7uuF3p1zXy/07vx9UOeBHd678y+AT41L7vaeZSuuAF+lV5V/lunWoxnW4+qQONfUd0Ul7Emr'
    'xl0ZbxT0DPepQteC+2IJS8/MZuOhftC/B75zPrEhnI547N9L4d9rVxln4C77My45heEcbev+G/zIHUfeHXG5F6fJfDI9d8SL02R+'
    '+o3itHW9Tnr9td59dFS+9Fvsy+7QhfVycHqs4zM9dTczhObBeCi683Ut+fZlhjNOJd9eAN9uF/aV+o4v+n17J9CV3a7veK6T+fRH'
    'Xds61D2Q9J1ML+hw/cA1EjzM2y3SfR2lY6O2dUjjYZ4g/2wxnisLz80vA88Flo1Kr3FmrNd42Ok1lkP/cZ9Di4Q+ljPGFBkWpTEq'
    'bhReX6wbRakv1iGSB30mDbJ6NpI8edZWr3D15nV+X7GeS2F+gu49ebzMN7N7c1WsFtWd6Crh+oPqYuNeQfrL44egz6hF5N59RKFL'
    'ofODH9Qv9IVtGyumS+j9ey4hdJhtHAzUDbOBzzqmp5kL0CXlPCyH78VTQJdYt+daAUcnAI+j7xOux0p1BhIVnH8VDhjWwPl6xZ7T'
    'xbWhsN9J9txmYRbzQpY7CXhJVezSAQudh1Gm5zLI9sI2S52IUaYThbEUToL0FB+diKkIq6gnXSfK93Nd9FcB+rx/9rRdOXrHVu58'
    'hNXjQhlyGtZQsHWTZWfCGZXQ6J0k4F2dQXnUvaX69bLshURnl+JCmf/dQq1ff/Uk6jTjvHH9NNOYcH0w36lENLHkfi3s49i9LCoT'
    'f07GeJ0jzOPX2MS6wTa+BjyjKjYKH+f95Ewy0RkeYPTZ/xRmsWb81ojG3HlvRPWhv88R4cZKXZV20tPSpfWfmXbS97S59a+AvJ2Q'
    'dkB6KqQrIV2bLq1bvkeaFHV71wW0d7xwfZ6dA99ua3PS29u8Or68PKVJVfcIK3zkI0uE3vfZcUSWMQo2G6+BXcaeZ1ydYp0sd4aP'
    'LLdOISvOKWTFqjhAUeC2XJm4DfNTWyEV7jetl67vjZD+KOT5HdSnqOYwWyadocpXE5LOeARkYi9B+iqk+zvC0T9R9et368uf5+oI'
    '6DmT8QTZx+n8KgfFxub3Tn70dRT0b+0Umq/NIeaL802cV8Byk+krms5BygfXzCa0c4Lwslg+FVA+CnuyZIXH6BejYbLOKQpDg4wm'
    'HSR7OYjOygt93LuaMvrWLdRxJrss9hf35yHLb2Jj7WMyrmOB9zexmaL0Lt+nfQoZBuUvMN/2ABlbuTG+UxGswXaLOY9K1hC2/TjW'
    'gsr/s/NUKtZCK+xPujbXiNiuheop77quLEVJ35sjLt+RZ+rzTC4v4j0U76F4DxnvIRo7Su6nXyfcMwvvuWhcmTmWZ/VSi/wovznK'
    'krfg9F2vRXmMyWg7roWW4+LxcWLcE+Oe+Pz2nt/Z+PyO91C8h6zO75xw48ja2jFwuVQzuYNZynTs1ohSfwHVwt9fQDlykakkX8V7'
    'QVO5KMq9ypV51Ucwf3jvelDY+UWxnUuqS2Jyt1zJtVLJh9JlzGXQnNnK6VrJetvECWwoYwxDivt4XDOJAxYo+kn3mSnc0LZMfOV0'
    'Efki9ofyJEHyyVEfHoDfH6jGwessF87C+twKGme/Zjx5Nm8oB57F5qdfhPerRe2R6PqirkIT0WXbarjmKhmwTr5eV4E5tdWr2BxS'
    'Hn8ik/GOKHROsX5T/ZY+S/44jG7fatA/oX3PCzsfWHStJb8832KMGxW4hK9L2PVVwV5Ud81B+3hYsYeCygxpYKfXZ88cUcZZQfG4'
    'Crc0Wex1CnMIV7UBewF1qk4EHT8VPTio0VP3g6kxBc4M6ofNntTp6bQrcLEKdyfZHd5G1u8BkjZCuXmKMZicmbRfQ6S9oP6qbOPp'
    'GNKEHzE9uzl8bxdqv3zclsBUF3HAp/8qOqu5jL2zjbSlsns/nsF4MzlD21kdQ5r17w2ANYQlLGOqd7qZzVMt0X8fEl6fl36w4IdH'
    '0gzO+zX7b8THnsPvrnrQZ56i1BMv6hi22/HaMxR0AuoV2tgnJMi8UB9NOps4lW+Opc+X+otuJ3qOq74DfjTAb/Z9T7t0IPplxNiu'
    'v/mG3Zy1Qbnf7lbDUJT61w8vCGejMhN+NcLrEx19K+p8okcJX9mLnfRL6114oXo2r94CMHCxXp+ixseGQQUXN70d7H0v8foRr+1z'
    'vxX9JVxenr+UbAX2pAD4+vA+F75tyl/1A/Bvszc6OQKFe7lfirYgD5v5aeTwL8vOeMSNxTxZep26tZsBP87fcz7flJfoY+dEkG2i'
    'jrYzPT9GhNq/c69Gx7KWjTWILjah9+kYuO5Vn2JudTyz3NOni/J9a1PeZUB4/edWyrctPc+HNHYeBXQlLo9g7qPwJW9ipzI6QfPW'
    'L8xtYHs1dihJhpMQxhLQ5hsxcTvB1UVil/IWIyfcuLr9SPOwdFio7QFvYHOA9pyY8vj02zTpcuH63cEYD53sbMS7FYyxUc/0WXsg'
    'xT26hfDg3HbjPs0c4h5tgTU0pcvHDHmfMHKqJo0e5xYDWcoREcuKVLqhGSKTVtG0CxluHGJpnwKXVlqGtky4cQa2aeS4o8LcZndY'
    'lNoezyLn7GiAvm4fO9vo+prQ4E0ERvzu4ILW2lTupTr/DvqcfyZnvGr/XRhyfVVzPCr0Pgv87lFxD87Q3GVs0aytDmdLHao2Vle3'
    '5gwdtJDhjWjak23NVex/U/lPXkEj+p1FOpmt/LfONn5bwFh6GcxRnWx878dbc/37bjaWISYnpDzVC2Cj9Z+QPtjhP94q4dpTS7yF'
    '3+4je/U+UZ6/A53Pk04R7PPkNFEZvx7HiPLsoNHWl/ot6AvYw9uF2Vpk2Fp8d4G7Ft9dYEfn/RZkLk2QPgb+va97zG13LuDpGvaT'
    '9n/S9k/a/Umbv6HCr7aA5L6+vrCPCv++4wNC/PQD5sooQTaFRVoIUtmOTL8OcU8H4b1ssxif9ANu/1uh/9Xs93ihzLcKv9cLv3sK'
    'v97C76LC792F3+WF37Ud5v1+HNr/FqSvQ3oPpL2QXgTpuyG9HFLZFva3hqxzLZED1RbGetNdpe3Wwvjle4ozshqcgXjgsxD39TTw'
    'U/vLHV45rI4W0MFnC8xzlv1WF/r4yi2FuXiHEJdsKOy3a4T41SX+87kaxvUKyJxk2aI/XYhhL+so+qO/JBhOJYzMHnBwn8R7Eucd'
    'BLh9ANIHO+zgFOFO1qvDq8X4ugyOH2B/P0jWvQ36X8t+s64tzP+YA0uPw17728LvKwCntvBKxyHrLtJaY6Xw+jjbd38L6VcY3JrA'
    'cZrAo/y9WGjzNz2l/XgR+iHfq2JGY7uvKPrDfZH+C3x7MuBso/1Lk/4dc31hnfKl/ZPviuuXV9+1/NufOmn1Xd7+5D7gHytZ1R/U'
    '1UmCzF3K22l/uBw+jFyQt1vL2pWxHqV8kraL8R/le5t2McbkpS9E4ztX5Zfatt6c8MYyRV6dxkANWh8pH5WyUeEjM+VyhnX7yvdr'
    'fTvInBc85vXVi/LoFU964fGLD0K62x8e0S8Y6ieg3fDwI84dUsdzXnwy/Eip7wqZxwZOMHaohBOZfucxmMfddvXs+iacw7uD1++U'
    'J4T4+cOl4zgFfG7I92HgfPc+7zxm2DzuKezBHxfm67rHvfO4B+T2P4b5lHls+oH4QTzjHX+Ojf+1bzixX2n7r33DjQlr0+5Pv1ra'
    '/s7Hy4PxF/e68Mzh+Pb9Loz4wXE1wfFpKPvkHie94ofeswa/Pb63tJ37vu71DyvLF+mvR9V5VTLNBNFXxj6dXtinVxR+awrjvOox'
    '9Vl9OsTyvQLSNbDHZH6bNboN9sYVjzvp+39YGld4P/gBe/lhLwznGAxLfkHyCvR8wv5SXiLMWfUYxGN+7pnwfsw475RivNMX9rn9'
    '/YLl3d3+x13eqZLtUDgPwmXyfJdnO12HthB356q9SM9wft5c+nXY74p9intE4gRT+qeB0GPrpH7AQ6VjWgc6A/I95XtqNHwP9uXP'
    'nnXPE97PAYh79e1HzM7FKrYXHij06c7C3lz3kHcvPAD9vRP27rqH7GAA73FXvWBX7k++Uxq3/O59weeB1NW4e19p/6n+hk37d8Kc'
    'tu8rXY/Zwv58QLwq08R+Lw7EmC8zRDiaYd23Xfwn65pD+hm2rh8/7MWpJnuA0+KjhT30e0ajjMK++r0ljaLCy2HOEYwF9yDIjhZ/'
    'VX9+6OSIVePueOS/KxG/BWnveSBLrR53xyD/HVYHQYfrdWOi/Av6bZM+1yaiv/8fWCgzUQ=='
)
