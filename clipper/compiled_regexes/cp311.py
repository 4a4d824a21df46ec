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
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 52420, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 52473, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 52492, 171, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 52663, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 52701, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 52780, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 52936, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 53092, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 53937, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 54781, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 54927, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 55118, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 55164, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 55410, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 55488, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 55700, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 55932, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 56043, 247, 4, {}, (None, None, None, None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 56290, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 56912, 369, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 57281, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 57430, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 58018, 206, 1, {}, (None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 58224, 347, 2, {}, (None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 58571, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 58700, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 58947, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 59315, 115, 2, {}, (None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 59430, 71, 1, {}, (None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 59501, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 59576, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 59722, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 59857, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 59970, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 60044, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 60121, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 60248, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 60618, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 60660, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 60753, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 60799, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 61669, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 62094, 510, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 62604, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 62677, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 62887, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 62970, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 63114, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 63260, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 63390, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 63518, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 63634, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 64137, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 64392, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 64578, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 64765, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 65218, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 65439, 171, 1, {}, (None, None)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 65610, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 65678, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 65756, 311, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 66067, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 66148, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 66238, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 66314, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 66389, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 66446, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 66493, 39, 0, {}, (None,)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 66532, 97, 1, {}, (None, None)),
 ('^\\s*by\\s+', 2, 34, 66629, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 66661, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 67626, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 67706, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 67789, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 67838, 105, 1, {}, (None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 67943, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 68028, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 68185, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 68233, 207, 3, {}, (None, None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 68440, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 68564, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 68668, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 68716, 77, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 68793, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 68831, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 68860, 44, 0, {}, (None,)),
 ('all rights reserved', 2, 34, 68904, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 68963, 38, 0, {}, (None,)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 69001, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 69153, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 69234, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 69405, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 69458, 116, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 69574, 60, 1, {}, (None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 69634, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 69733, 30, 0, {}, (None,)),
 ('コメントは個人の見解', 2, 34, 69763, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 69811, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 69855, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 69901, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 69933, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 69981, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 70033, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 70073, 36, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 70109, 30, 0, {}, (None,)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 70139, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 70213, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 70273, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 70325, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 70355, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 70389, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 70451, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 70486, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 70532, 48, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 70580, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 70606, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 70632, 53, 1, {}, (None, None)),
 ('채널.{0,10}(추가|구독)', 2, 34, 70685, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 70727, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 70777, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 70878, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 70932, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 70985, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrtfQuYHkWVaP2v+ef9SkImIYQBkpCEJEyAQAgJDJgVvELCS0F5zuPPjMlkZhhmEhKDBAVf4IK4qHt11/ddwaCAegHRNWSRhLvi'
    'Ciquu+waVrxruLurXtRF5e7cv/4+hz7/6aruqu7+ZyaTbr6fynTXu06dOufUeTQKIbLCeVLF33jxyRfT9uJPprnirwq+NxV/tcVf'
    'dfHXAOXkv+vJ9zT8uw3yYJ0NkPeo4q+r+NsJ//6p/E7al3XMg3YaoO3m4m8ZpItJW63wTtWXBui//L4c2ppRHNTMdm9fq2Ccsv1G'
    'Mh9ZMh/vgr9xTDKtKf5mQbtNkNZCm9eRMcm8A/AtV3rp/6TZ35nUtHpK05vuFLtFhKfT51s2oGxx3QPbluu5ufjrh/XrhfXLJusn'
    'QVrcJiI9x/t+/XRwBRzX1MC/EddwfCA73QL/lvt5Xs4p9w62T23WOWjdD/MnU5qYW0vorDrUKjug4vPdoAqL9c0D/m6DNUwTnJ2D'
    'M0DsEeJzPy4/b9pTzvnSBvWlSLk8lttQbPtTDm7PdbjlZxd/czV9TWnOplTItlqhv78p/v4vlKkj7cnnv5zj6vVnfPyWWwTZJz3s'
    'TL4W5ioTAq+lpiFe2319JLyW9vtYDfBJYedmUhBhJxUA58m6H97r3srOLwkH9wMuzFjgu8jnVWb6rWMJaZY9u+NZRNXT7n2VnFXJ'
    'WZWcVclZNV3PqlZLHNcAKLn9CSe9bb+T/uo7TjrwgJN+/ymnnb8lZXZ9z0lfe8RJDzzspJ/f56SPPueU+WuAMfnuFzc76VMfddIf'
    'vs1JX7zcyftVkvf5Dzrpng+q836R5D1mj9tPmXZ82Unv3u/k/QuSd9dDTroAxpzdXz7Ge0hePi+83veRvG0w7q/vU+fdRfK+AHle'
    'e1yd9waS9yZo+7Rn1Xk3kbzZA066WlPvVSTvoz9w0mefVs/DxQBH8t2OESc9e2v5GpxP8sjFU7V5NsnzdRjDwX3lba0ieR57zknr'
    'f1CeZxmRGa680kkbr3a+LSTfvtDtpJfd7XybT761ASzldjvfZpNvD95R/q2ZfONjqiHf+LxRuvHGEHxyGyGTlDg65c/z27bVyPA5'
    'rsNJQENI+ewKBe5pBjlfG/SP1lFF8qOMl55VLSR/M9RvW09rnHOaLg2l3W9ObdtLZFcBsquAOfc/JdORmQWk2aurnLUqbapxZ+26'
    'oIoqWLurKY1jK2YLGEjcj5jkp53sjzAPxS81484afarIdP1FLtlHU1EGbENv6s7hGp9z2PYeAfcvxb1XW/Ao0/xJg9hlQegNvjvw'
    'Ci+5F0hkLYmsJZG1JPcCyb1Aci+QnFUJzkrOqmTdJ/leQMLCz0PS58k9QXJPkNwTVOaeoDW5Kzii7woSmebUuxug+7PFcp8E2SvM'
    'ZvJJqveMuGLBUy6eln15k+Lbk887384j3y64zEkvutT5dpbi253XOd9OI99qN7h5mmDv4Lc69m0RfFsM45DpVpizY8m3YfYN9yyW'
    'w72MefDvJrLnsB6/vGHXqRXKcLo4zXiqWrZWGUvaKQf9XQP9XUfenbfJebeavPtdwXl3Knkn6YAmGHMjzEM/aVP49LkJNtJ8Mm9Z'
    'GAPlfdMBY8+Rv6ntzwpF3lQEG4CsRZ9aoF9yT53A5r3Jol05jirYMy0hyt72LfWZ/taQ52wdOx+qCAzJ9Lkd9vW2QD02c5uPaW5l'
    'f8PObfUz3rnF+T1fhJuHaoJvVXjsZB88ttgCjx1jgcdaof/y2xjZ4zIdEeX0JH6rgjXjeLCGzNG7U+FgsIqtw2Iyf7XQjy9Cyvs9'
    'CmkP9K2O5Okj48e8YXCF/b1eetrLGF43wAz1BF7rWcGPyXkq4XNmANytYXUG4S2UfTwOOjh4H4xy0BM9cJM+oh/hI+NTEM27w0BW'
    'iux1irMuJfhsJ/v2ZoJ3EFcUYP3wPLwR0lsAx2E9SPvWKMrTPKcQempttrzuc7NO+p55bt1rsk65BaRv21mfUJdoJelTNxvbTIBT'
    '0/Kj5LzR4fw6zf5ZEpIH5vUsi4kPonbsOVJ3E8gI8N0iso74LtXhvDsdxotzQc/wQUh7ofxJirxjmrztMDaat8DOKZQF0Tw7RLks'
    'iJenZzf9tjob7uzz4zGz0M4CxlOuhPRM4ZVbnYLyK+GVW+G3VQzmVPhX9Q7pvaM035uB3jLF7yr45/NQBfNXRWiVRQH3H7UxysRM'
    '/A6gPPNU6F89gWO+/xBWUwp6aojBckFDT6UqPBbb9uie7SNj0cF2muCNT2Sj+b+QZc9l9P0Im89h8rffmdMMeIPWUSD0L8U3BQNc'
    'P0BSv7ymfRpmc428xAlZBzea9muQ1dttUXaUzQ9dd1rnNgVMy76+mnH72mdBC/Qo+KigvhYU41ONX9fXZzKOPAfpBdre2UBTvJvQ'
    'FJ3Z8nSVAR1yjkG961ie0yDPrSTPqmx53mqUS0He2+Y56e3z3D10b0YP78NsTkbI+pvAlwomutkZO1Zs/xx418HGeAr0e/c8d48E'
    'jclkfbA/futi0hbts0neC7PldMLpGUcWYwv/IxZ7dEiDP4YY/piRcWSK8t0WzVk0atF+t0aGwNv9bdrxQUTLHAyoX7VvD7L3n5tf'
    '3vd+aO8naYfmQzqRyn10+6CX4bl/hfRnZEyy7n3Fuo+r0Drq1pP2TfbhM2Q+t0dopxBwTuD+vT3t6DOp5pGflyOafL0B/ZPtbCHt'
    'mJ7lqvH0BoznEtJOEBz0kDRofl9h58oZxXZmhMC7NB/uoQVph04znQte746AOalPO7JP3geb9mzX+5cpZ0wUjnm/ey3oJj6mH6cc'
    'HoauJ8dV/Yp2/dqT9T5hUO+Qxb5EePmSQb0m9fUwvuLe4rejGdwVGN4fi4GGlW3tTDmyDVVb2xV0LZeVyDreQerg++Em8t5v7a8k'
    'c4l1vEjmh5btM5hTedaU7m5T7p2Cbo0KCpxYuh80KNuvOUMXGJQdUuAaWWZWyuGvTMuW+EZSxm8NaDt/FC59MVF0nmz3nwitZ0Kj'
    'IQ29JhudPpTtf4vcGQ0xnrDAaJOHSV6/eZV5/4rodL26yUnXdwAvD+k3Njh5P0nkoqY0liz3p0QuoeM7b1fk4fCyi+TR8Vk3Ev2j'
    '/7zCSd/4znLdrM0kz72g73XOzvI8XSTP3Lud9Cug43Ul6K9dSfXXQMfrN0866Sjoem0keT4Mul4rnyjXB3sjkXdzHHMOkbldvbG8'
    'j6vJt+dBj+PiPufbSvKNzoP8tpTqrfU66ftAv+AE8o3P2zzy7Yrbyr/N8tGTa/TRk6PyXuyDrdwzD7JzkzvyueP+OvK8T3PHy/uE'
    '+izHEBmTaT9NaJYgGZVKbp4V0f2+oowvI+z8pJrK8yvpj1bioHGDPtXF0KdK8ic28D4nBLybymCD9kALWZ8cqS9NdAH81qE6xnUw'
    'pY2SuY1nblW045EytzWTMLd+vNCRMu/5Cs/7UIInKjqniJMTPBH/3JrIfZJ5j2febeViR8q8Z2Oad8r7HilzVx/z3FXqzutIWY/c'
    'BK9HAud28xrnXeuRMvctMc39VNYHOlLWsqFCazmReiLJvrNbq6ms25bsO7u1nCidqCNlXapiWhe/O9WE9rWbS9UdbyKDCDeHldCh'
    'SdYi2lqY6BglOCPcHB+JZ1hdBeYwTn3WI2UdZse8DkeS7VCyV+1gpFI64UfKOtRWaB1sdOaPlLlunIS5jsMuLJGtm6/PZNkaJfgq'
    'vjUKY5eTzL8dDpsIu6WEPw+/Jqb2O4l8NL45TvQQ45vLRFcu2pxGtb9L5HZ2834k3wnGRVPEbZec8D3h5r9S/g0SOYHdehxJ/lsS'
    '2mlqwsaRsi5NMa3LdPNplexLO7nURPtESGwrzNeH+w5I5s5u7qhvhWTu7OaO+p5IeOvwc3ek7d245lDl3yXZw3ZzSH3EHClzl4lp'
    '7o6kOauKac78/FAle9duLo/EsyOuuaM+rpK5s5s76gMsmTvL8/aOhN4LO3cqX33JHNrNocqXYTKHdnOo8vV4pMxhGvoxG350XOgL'
    'cwxS1NHhMeGaiW7nVpKXx/zDvtK5OUmUx/ptIf0OE9dztnDjYgbFIwsbq7LVgAeR7dwnXB+eOZCrPrfAjWONc7eY6UEsEa4Pz7lM'
    'p5PbJ+ywuA9F2+R+ES1un5zj0xis8DEvU4z5RIMxzxeuL/tKjVkVf6jVcvxnCO9exthNfrHyFivKBbVH98tySGe0262ZaR9bhX2c'
    'MR3eWybc+Ji2Y6YxlZuhXvl9FpaXhS4Tgh6F/GmCdd8kyuPmXk/uQpI4gjyO4HhpKioZR5DuO7kn3gnvz0rWe9qv9wxhH+cb4xU3'
    'EJqjjPjxgYfXGDzkEniYEvDwUeHEzaF2dNT2kdtVhjnng2JTjBF8c9rjTvqLh51vg+TbBSNO+gbw194HNL+u76hrZmIb2i/UsRM2'
    'EBqJ24qMWega9gqvfauJ3lzQ3MlYjMdq+tcr7G1nBwzLUH4IeRo/n+voOzUH+5zSKNRP+goF7WHDe6RIPRSv6XzXR+FxwrSDfud1'
    'sURV8UI7NPyBKZ+Ug28igCb+QsaePpwNvKaKB8FYtAXyDmO0X0/e7YJ3VwlvHHnkjS4nfMxB4caJyIty226MLX+BcOMCd2lgvMsA'
    'xk8XbjzRgwb5l5I+nZotH/MJwo0b0tnopCdCuhDSUxrL47zGET8Y+ZUofFYXg6sqBscLnnLS7AGnnTcpvj35PMTqoTgd9EQuutSN'
    'Ucy/3Xmd8+008q12g5unCcaH3+rYt0UKuEI4OZZ8G2bfkKeiMLSC5KFr20DyDgfkpTKjvMU6oOym2hJX1VjSeDkin5H9XUfenbfJ'
    'jaOC734HMUhOJe9e2Oe8WyHc+Df9pE0/XITxo+cz/qHNEv/lRHk85SpSH8+bCimDaYF6bHByHeypExS0tc2eroI90xKi7G3f8uID'
    '2ae3hpARmMhcn9sRTvZQbzm3DTHNrexv2LmtfsY7tzi/54eUwTQSfKvCYyf74LHFFnjsGAs81irc2FJjwutDkdIz+E0l82sh9ck5'
    'encqHAzyc3IxmT+M0f5FIlNX+QPkMnXK02yNKK9t8PC5QU86NZ2f1xmd0E82MIetXDboPJXwOdPwXsMUb7UCPD0OfGAb7FOMU5XI'
    'R1TyEeeppHxEdU9xKcFnO9m3NxO8s1WY+zzYKVzat0ZRnuY5hdBTaw1sQdZALMYFpG/bhZm/VDq2mYSfMilP/frpcH6LZv8sYXcg'
    'On9SUWQJJrQElSVElRHwO06T8jnN/KzwoW914ze95054vYTXS3i9hNdLeL2E10t4vYTXS3i9hNdLeL2E15sIXk9nZ58DHI14NQ93'
    'Y8vhLOR7LA9nm+k+bwD6kdZpc++M63mmRRkrGqMvftxm0/7PWYz5HKEBTdbD5p7x/2hoy8U4F+Pu2vxElMdf/yG02yriflIw+Ey2'
    'NHh8qkpDL42jJqiKWr+PdeTf9WRmG5vKNata4htRmr1obtZnbrequtoYF6fD9b2dMnK+T7Ndj42etAugtk/ac+yEeJpDDzRlOUd8'
    'Dy6BtGbcXocgbrzUAHoctYCPxEQQsenMVCWvs8ZEcqin04QKD2zbFlaCaOnZcPaGOdOkPEVFc1QF0BwrNGdcFF21kyPKl09mumXH'
    'TKCOWRORidqUobRhzkCWfXKiq5boqiW6asn9RXJ/kdxfJPcXyf1Fcn+R3F8k9xfJ/UVyf5HcX0xhXTUqT6gnuLWa8bdrfHTW8lAn'
    'vafoAL5eR5tSOh/5fF7+VJKXjpXaxPEyq3zaRJmEDa2QJbwQpRVMY0XJvn8sVU4zqGJEYt47U3awRWFDlt9FyveE6OsAKV8IUf5q'
    '1n/b8hemou37talgeuTUVDA9sjTl4oYtFv2fR8pttijXSPrUT9qleXJQd1CdfazcfxI812PRp0PCscMPG1+W1vU86cNWg3JboNwB'
    'Us4U18py37Ash/3cQ8rZwO1fkvNGt7fvJXUPW9T9PlL3sKbud5E8PZo8Y5ZrgOX6FGcpr/taUne3Rd0XK/pdYHnOV8wtz3M2ybNd'
    'k2eVAU2wLCRNMJ/QMrzd2Qp+Er81k2897Bvl93T8EsqnkS5Q+bUy5bUXExoiBXTKTEJDID1he68WVebq55MMaZdq4bVtb2Dtdgbo'
    'mTcyGZbOP4CqrcYY7lpmAx2jkh+inKBRAWcoH6D5v6GQUefZPYiJT7k50K8sWQOq458l89wA9c6CupoYDXmd5o5lNpmzFMMvBYv+'
    'thK6UI71OAM8VFDsy6CzosD2ZLfw+u4o0WK1zthk+RTcSayG9DhI28ldhUznQ7oS0jmQtkF6IdxpFGodn29hxuc3Bg5Tb6515Pqm'
    '7cQ5f8tqXb92GBsafYdsi7Gd1lrXR0mvQb09Mbb9Sk1l1pG38xPLdkZDtvPtGnfNNrGy2xQwpqKzVPNJ/dLIdr5Q4+AZumcWQLoY'
    '0mpIT2ss34O4144ne0zWeXeNQ+/q4M1m39xM6upV0Bo2dW0mdfE55eswxvhMGi9a1nWFT796LPu1PsJ8cbhZqejXIcN+8brmRxgj'
    'r6uuxjl/ws69H1yX9n+1W3+vBd9hukb/WB3cfz6OLoP9iPvwb1j/TXCnzfx/Ceq3xVtB9WP/P1IdHYaxrt3V4fc8r2trtffcVfEf'
    'tjHQZN6NUGYli922EXiZDZPQ9oXQ9skwh5RGQvx9FKOh5gTg83nVDj0Ydu+W9j+pY0ghl6HvdXvwD3m3js2snUFDvH0o7+1Hj2U/'
    '/j5vPh8FDVzuN+jHWMCe/p95h8/xmw8b+g7H92lS7yZ2hmwT5j4Ceb0fVNRbiKHeUcU8jBnUo/IhWCaLCQErfI0uMlijMOfdGcV6'
    'j2bl+oSZv0IOY0H6Y/PIGPqEN7YvTW3OvCrF/I5azu9vq4LnNwxd/NMqb9/GDPcn1vE90rf1mriePEYrxeUdkJ7FzpVHY64Xz4zP'
    'FgsfL8xiyaIuoUzfkI0vTnDp/K9ydD6CYpuuifGs7pnANnG+3wjraBqfdQ1bP91YOmKuF/s7t8qRTVGaYlWjK8cq6Vo2Mh1EUqaT'
    'yWywzPGsjKhy9WM4T7pEI+/JkrplHb/Meft6WkC7/5Jz20Ue9wTG8zYGtPssqWMpazcP6UkBdexV9IPLsY4PoNm+Qupo09RxYkA/'
    '/jLn6mrZnF2yzF2Ksi9pzgx+nu/OOfJyWu9YyDOudBerqK9PmPm/5WeRrO9KRX3DFvTLADvD1pP6tmr62WdxrnaQ+kzK8bkdZPXN'
    'I/UNaMoMWPSvmtS3MauOU606bzo0+O432XjqQzx3MOvCLuY5RxGfW3U2PxuiLLa7L+vaA0z0+Vs6/8k8rjOILR50pv5pTPXh/OzM'
    'und9xzWq8bQOl23JujoyxwWcWdeTvCmWdz7L+xZFn1Zp+GrepzeSsvxsXBKA388gfZwfMJ5lPuPheY8jeZcG5D3Kp15+ttaRsc5i'
    '8oeFAfP0WsZtZ1ZAn36d0c8L79P/JnnbAur9x4xDT6hwNOfx8Q78e5lye58w54Ss55s+bY8Ir3/70vlPyhR8zluKlz9r0M5OVuZe'
    'xRi7Q4zxPaSezeyMGbQ4W27wqcfmjLpOMa5tIcZ1kcGccrlDp0GZf2X9PZWUUc0f1YfCMot8ygxoyszJuDh9bdZ7jtryermMq9O3'
    'ldGJfD/9Ie3qV9jCiCz/sk/5AYPy/wDlw9wxyvL/K+2OVbdGr9//+eQdYDLNr6W9c9glymN34frdp6hXJTMs0f8kr58csCT/T3v1'
    'DXXyLJWM6T2atQnaZ4NQ/saQ5XGf9qS9uqUo9/kjW8crffKOsbwXaebFFA+tS7t4KOx+k/WcRPq8GspvILQypdvaDfIiTTbLJy+n'
    'jWsN8mK94ylH5yPuuxNZ9y+IjqhqD5TkfySPSsZf0sVMefXgXmL74hmSR0UDyDxPpsr1CU1gpCT/V4xjjI3jAZ88CPufV/SR8ncy'
    'zycMdWYp7pPlPkTqHtLo495G8qjuDmWed5I8vRqdwxHFenC5xDt88iA+vV7RZ65TeIVPf1A/ekPKq2/J8fyfKOa+m/V5rSJPHz//'
    'CQyZ3h+X4mIq6ua4fZ5irIdYPTMUMFwwgOGcz9jGhBtTTJcH1+MVhW1cge2Fl4V+7RHOXyR6q6ayE1nuB6TuAc0e+l/Cbg/h2L4p'
    'vPA4yvJ8VejxFe6h+xX18PPqM2T8prKU0vlPypneSchyt5M+qc63kv4fyaOSqTTBPOrqwfNns0+eMyFPF8mjOvtK579PnrOyrh+I'
    'RktZjix3rgJGgs49tHOfFeP9BepiN1rKb5DHb7S8f+C62Bnh7xPbTx86jH4u2tbq9HMrpWcr61rIdJXrFDIIqo+3QmH3NT8gr61d'
    'cKswi2PWLPQ+ZlT+Z1aJJMZZ4jcm8RuT+I1J/MbY4L/Eb0ziNybxG5P4jUn8xiR+Y0zgJ/Ebk/iNEYxHTfzGTD2/MbUh7KETm9zE'
    'JjexyU1schOb3MQmN7HJTWxyE5vcxCY3sclNbHITm9zEJjexyU1schOb3MQmN7HJTWxyE5vcxCY3sclNbHITm9zEJjexyU1schOb'
    '3MQmN7HJTWxyE5vcxCY3sclNbHITm9zEJjexyU1schOb3MQm18QmN2Vgk2ti94qxZWzsvjKgr76I2cLUW8icafyoQYI7efyoEfaN'
    '2n2MMp6e2yAG2TcGzY3s4zNsjBw/DjEcSuN68XtQPNP84nrhOFcp6ulnOJXG9dpkcTc+3xDPclvZZsNynMai9ixo71mV2B9Mmv1B'
    'WFt+25hVQfbqNT726mFt0hN788TePLE3T+zNE3vzxN48sTdP7M0Te/PE3jyxN0/szRN788TefKrZm+dhL2fhjELcOgDt5AxwK8es'
    'memFWktT9d7OcLAPz/GdETBv2mDf2dJAQpTHpjflZ9axuzYqe9TJBeh7Xm5AkZ/erw0p7DVxD5vcz/P7PNqXoDu4ki151uGxVbpA'
    'w5o+mvgFGCT0EO1Tl0IeTb9vt9BvitKPbnbf+rHiPHSyPvZa3GWOhlivLgIbtG8TsQ58/FdknTNFdQdL75TD7IFBhudHDM8UTnPb'
    'zC/fB/RuYB4Zq81cq+5+C4zfaVfAUBw+KExhh4/1xYwjE1atC+2zKRxt0swPv8tG3cDfGtI2fmN40GcMgxUcg8m6vGIIc7dkHL5b'
    'Z9NramvfL9S28SPC3IakS2PnOKbAGbLvF2ccWfVkwdDPSH6/OZa6pAvZPHVp7H2GKnRuczudVMa5i9H5TPFbs7D4bpOmb4NsXoP0'
    'u0x0ROQYD6Rd2Lah9/unwLn352nnPgDhz6TvtL6tmvW32ds6XL5Nc/89kHZ4NBUu4Tra3Rb2x6MK3R+T/lyQdn0uBdHNtudtIWDP'
    'LyFt91eYJud7W+qSLpni586LKacu1dyb0CYm+mcFxdqZwM03Uo4MuZJ0GJ+Pv0jpYbFXsQ5xr8fNKddnQtgxbzbcG92pycWt56Wc'
    'ezkd3YD9sLFVVfGMvN0FpN2CJQ+n4v84raCau5IviZTjpzBMu3HN+c9B7lwJXPs9yTuxsocscQmWUc0n15N+WLjzOVlygQ+TMdv2'
    'QXWmDga0J2nwuSFgyJZWvkq45+bWEHsjLH1R0iUHPdG48H4TtD03BEyOWsJkg/Da3WzT6N6niR5eLbn7ls0fIHffs4TrS2WJQr7d'
    'Yin/rBJuTBcqC08TWXgDkYXXQB+qod945yTbvy7SneT0vqEszWkEuXnWIE8b06eyXYPpfSvsrMFtItJzvM3dQ5BeJt9zdK1ryBrm'
    'YM93gaxfkDvcGqKHhPmkTv7bDdqRdxi/g/e3Cjeu1A3sbpnffx0ucJIxf7JWugWaO2K51mZgpM85HuJpUsBgA9E1McE9CE/DBJ6S'
    'dfeuu2LNb4m65nGue8nHR/Efl6Wc9fxnouOY7Osjb18nNIB3nbMTQAMkuHR64NI0+ZvSUCnCH/WTvdkL6xwGxlJ+2zNdmb1Qkcep'
    'OmOyimEeVflUAD1ex3jhKsLDNxN8irx0rQUPjTAgEhiYsjDA92+W7F9VbJkGhS4ulkG4SfnYnTQY8nlBbWdBz4zrqNXC92rG+4k9'
    'Qnzux2o9ON4Oty9YZ5G/Ad5xeRTNR/fdTAsZVpj14mO5GNLLiW2BKV9uy1dXk3pkvTLvStCpFaI8NtFE2V7ayAAboG3Z7+Vg8yHb'
    'X/+Qvc1SGNv1qP384VP2/cxa9hNtWedEtP/Ztd8pQ+3huP0e2qv8OIS9CuIIWf/7YUy3wXiqxeH2pBR69xJisrnXX1fhzqpAk6ZP'
    'OnINsHJmL826rC8qYe0FMGCQ8LEL4CM/MQsp5yuDOD0XVLJqygFlaBl+Oz047GHB+1SHA9ImkAkgDdx/ufNVvn8reb/ybvf9xSLx'
    'tRGXrw2JvxPbq8mxvUIaE8/YnyS+KRLfFJo1PkmxxnR9TgCdE6S5ZD1HM1o9iLZEu05T2p7ySCqaMfGnkfjTSPxpJP40En8aiT+N'
    'xJ9G4k8j8aeR+NNI/Gkk/jQq7U8j6Du/K6k5TO9KZFuj106dO5ESHdNX+bsPm/78vODaldjSB5QmrR539wKuaT3ky5D7oFkE3kp3'
    '+ePq+vh3pGOWhZQBJbx2wmsnvHbCaye8dsJrJ7x2wmsnvHbCaye8dsJrT4bvyjpSHvlnHiuzwPqxk+Huo0G/jeJ3lV+TsH6AVDFz'
    '8I4a+eQ8mdMBC3jhsbNOEW7cz1GLekY19Um6e57w9wFD/UbZ+kEpaPRGUB7A17sVcDdd7xahtovfHtBmL+H7jhFeHwBR/E7xGO28'
    'TVUMJRMdXe4PwaZcFBjmvn3ofO5QrFOOrROt+z6kqxeo58D0fM7CT3eWqnDFQoIraJxMjC92QdaBqYwop/mpTskaVobXcZZPnCzU'
    '+5sJ31MMB8zQ7Efu30WHp5DOl3t2rjCP88tj3ePfp7IY7zjGtVn//YrrU0VkMVs6XDkZl3nWsDzvhPQjHV7Zpyxf0o3p0+PW56H8'
    'v0P6IKSX9Hn7mIN5p/Kiy7r1cln5raSpeF15DDH67Y57y2OI0bpvvss7JvxWc1cw7FRpYEcXv3SYnNs4z5+9yknPgP7+cmc5r0Pz'
    'nM7y8DXX9W02nB9cBkvnMvdRJ/3jHd75euheiL93hwIG+mDetnv7lGO0AsUV2MYWGNN7evTrjHn+rsfbN/yWusnbN1knLee3lrU+'
    'a1mSdwJc/OZd5e3Rvtx4iZP+YkAPVzffZbZfqa3PvG86ZR/9gX6OMM8HfuTqhuE3WU6mzz7t4qQGRTmZPqIp0+RT5kMr1WV0Z6uJ'
    'vOam/XY8fJnNmy3TO71Y+oyaEQ+tNg6K43ZMPj/z8b5N4qIzGC7iZ8+evU76ne846d37Xb9JDQQ+SvduzwL+fMhJD+5z0tWPO2Xm'
    'Ev1P+o23w2F81gGo/8twh7KnHObXPq6G8VZLOP/115z0mkftyr0f9uDq5+OVCc8dDyfnqyWAYWoPaNLXnCi3maX+npb70JgZKBdH'
    '/MI8gaHLiLy1xN8z+ev9PnkvZHk/Rc5Bnnc4oJ27STtvghT9tfWwvLeTvNgH9HvZy/LuJPvwDZAOsTw3kH3C84wo+t9E2qF9uJDU'
    '4ReDEnXRjxXltpU4hh0B5amdtWr8QW2vIvLqCxnPtpX9jfUWSP0o68E1OJ+V7ca7Vcg7h5zd55IyKI/PM5g5V3hpxvlZb0rxVRb3'
    'p3Bj9aJNLcI/7hWcD5Sh4H0k+m7jfgqorkWK7GH8tpZYGa2F+hbC38cJrz9LHk8eeV1KWxcseXDum3wr4e+aQOej1SAvxUs4Z2eT'
    'uTqWrPs5UO4mTZszFW1yX8m9Bm1ynxHVRGfBbx3kOn2IyOj5njhZgQ/7GdwjTOOYtiny4t7oYntkC8nbzfBKL9nraMvSwNrme3CA'
    'tNcE+6WO9bPAynQRW5YmJoPpYTjuHQzXoRzzTNK3GxW4StW3ZYT35ThkK2tngM3fKKtrDrnzpzxnns0t9xOJa0TP75Vgj8NhC+XH'
    'qQBYQZxC/cdxW3ZaXsLnTIDnFIFtW1iOo0/NjE6hfo+KbzPynkN314F89xwFravCS23k39ge1S1ay/Z5SkFz6sarm0O5lvekXJzt'
    'N4d3pxwY0q1LlsCF7L+Jz34bevdtQHd/fZ8/38754mqg3/c+7eXJR4GHuO8pNS2PY9sO/cJ3tTgvGuYRY25lp/VNcS41/sT4XZTB'
    '/Kn0i9JuxVn6Gxp3BpR+VTiGjMXnpxlh++zGvTiarOm0WlPct7co9m1+Gq9xDh7/XFWp8d+XeS/bPT4Za3yLfo1NfS8F7etdyZof'
    'UWuO+/46xb5PfE+mUmL16y4hNWJdgycAJyf+Pid+zs3oVJ81kK4zc9Nbp7GD6TQuZk6TrJ9Wv4+11jqR3qe+g++r0WRNp9Wa4r5t'
    'ZPu2RhDFGJ+GPDKJgPw6H7J+90InKe5aVHo+bcL1G4m8fDW7r+GyZNv7oB2sDzb7IcSF8MSEzs6quLAIflQXh9PfNr0dtvbh12z+'
    'xc8+6CSfO7+E3vOBiZVRFrD6kqAcCb038XPOYyb1KeA/jB7MNFubjAHX6vukw+O2sv3Rm6zJlFoT3DfNOrqro7Rjd+vOv3qytg0h'
    'ygXRfelOcWcQTNVZ5Of4wqfd3Zbt+uan/ujQPoDP2W1pPVtM58xG7wDHhzpnlRqfqb6ByiZmmN3zDwl13N6jhGtH0iPCx7McFdF1'
    'MtdY0ustRN+iAb7PEnYxoXSwOx3WdimwnEFrx2Mu83iS6LfSNEYt16UZE167nOkAK5Quku0fvmdwJnYaNV3hWJBBx/PhTxdNvzVJ'
    '4ncGr9Ft0USMVvE7g/CmH75LJzxHGc9Ryb2VNhCfJXzg1FuTvHDjF2VD8BsqWbos83Ohjrlns76Z6bXe2ajrHaRiEAc8ZIEmRtjY'
    'DOu4yWLfTvN1TGl49urYzsBPB98/2OzR0t/Ff9yl2pOH3aMK3JLOZCehJ802wrdmY9GcZ6R+d5NoG5XucL9nyTVuVPwu/5b6+zew'
    'dl962En/zDLuV0JPK3BJNDAMpKdVZ/b0kQskdHKyJpVfkzaQI1I81pvQRBMnF/i02XkZh9yg/P44nTmSH5xbbucVPlqw/ePda8ma'
    'TPaaBOrt+fRPqbcXkN9Pb6+B3VGhzl0T0727TnFPqr3/zpT+/qKKZK9m+lkNIcr5jecTbDwfhXK1RjqvUtKQq8K/89PqlKkuTfOf'
    '/rgUOnU1/IoTu9uG9z71SStIbwrMkRF7c3vf7/z7evK+XUtJ6HnBqvFX/Fn/zgBaZkZpbhbrWE1+DvKYEPhO3qXuLf42pl04zyne'
    'B56fIfDKZPlstSiWETE/47E+AednsiaTvia4b+5S7Bs4S4q4PA0Llg1U+spV+cxVfsqsUTCeTqcnZKVs67Bt2fvVppz6e5OCLr4z'
    'gZkEZixgBvFOl0jsBSZDd70a5h/377XJ3E/K3HP5D/cV3QbvKR+GfsVOAjp4uXBj9jQy3b9Ocm9D66gi+bktz2yiA4h+T1eEqKc1'
    'gL9sYXVxPUMTvz5Yfz3DI7MCeG+cx6B8vP95ti5Zti4m9dH5NNFrte1rN9SThnpnJXs7Nt2+IN0HbpNwHaxbMv8TP/9UBp/S3D2j'
    'Dz2MUVZF9g33PVnP8lH8uKg9fIw0v3t1jFN4TQx3CyMavJDoRE19nSiOV4YIXknW7/BaP1N8c5QhvvHDSwsrjJdqxqPjpRoF7Yb+'
    'cG8hMF+l+cZptLRwYzDUkr+p7Bh9TXI6MkvWm97rZNi9DvdXeVB+Z3OF+dCXJcqs/9nn7iUD8HF9oqOk5st2v75N4V7B6s5FznU2'
    '6JYF7fxU8Ev3wHJIZ7S731S6bSZ6ynKN/eIBNcH5jbwfupboIfuxCXRD5opy2zK0eUNbOPTXPCLMYzZRv8uynY3F30WwnxoYn2LC'
    'mx7ufK0trjOFg/4YdHqm2aO5T7E76n03vUFVTYDvLxJ2sQrQvy33Mb2UfEPf0RinisaLQZ/bGAtuHvlWEOX+vWcpvmGdjYr2Rpnu'
    'bTOcYypawURGwf0QUT/qUevhe+d9CrlxtZMhrb8fz04RVfOqSlSaN89qHfuztbp0mpzgvUMwEIaakd7V5Rmr7Wl0eh91WwITCUwo'
    '7ptUcuguhpfKaO4QOgrT6Am80IxDpzml0N9B/iuxSSe8T2f4hUz8BEzPNbHxA3KyRf488GBUhlIt/OOJ5aBcWpTHa5Mx41AG9S7h'
    'xgenMTnlt+3CG69zE8szSPIUGF+L8WIKwo0BPibMfLHIclcI13cLj4s8JtQxaDkPrYpzfa5wYwnx2MfbA8o3w1V0E6zf/JD1RInT'
    'jfF+qeyAx7nu16wpHiCS9z4mxB1GWVxNiAP42z3l8UNojKpu1m4YXt1PF1X8fbGOn7r4MKd4r4of2g5jqB535TdcnsS/tZA93ghj'
    'ms/ugxFel8C/ZR1UJtuikN3WjLsyIyG8sWiqRXk8n8UE5ywW08OHlipGzxr2DePwzIS5ShFZWxSYqvQcT1dfVkFrZlNHJde2ymJt'
    'Ebdh/NMnFbGR7obYSN99NLovsHUh52pxzHOVJSydLjbo0hDj2wNz1Qzxj196zK580zfN8/Nzx6YdGgsr6hxSXlYnY2tS8FoIr1kG'
    'r1cReL2KnUM8Ntw17JxBXQWEdVUZDkNB+0fXH7/9c7LP/llM7hpefcBJP/4I7I8feWNF0rpVdAiN5/fJZ6C+73rj+e2CfvwbtPV5'
    'iIH86HOTv6+vYesX9S6X3mlfJcrpmjy5V7mKwYiuP3J+Zgg39uviAJlyLZufJSI4HmcV2R8c5mhbWY2cmvZXdSeNdzx5xT5BmDuG'
    'zIXN+ofpo9+dFOqfYmxJHhtcFRd2O9T5HULjDRIaw4/PoPUhPXID1PcQ0L1BfNIiQqvYzN0q5FdJKtv9CFmfTYS2CRoH0jnvEU7M'
    'SZyHIPppC0sLBjzrZsV64PzdRO6tZrO6hwzGYcIz/zdy38x5wEFCV2LcZ5O542WbYE2OJmetCX/A78CDygySe7QZrD+jQh0LWCcn'
    '2KqhdauIrg5ePMwXbtxM+f5FAp+yzy9AmRmll+lMNlf1+pOvqqrGf9dU1dZV1Tc04tPU3DhJT4v8X2slai5NzKsl2uDVctuT3aU4'
    'avc7z1ve8qVS+sMlKxdsWLr8kv/YeOlbvn7//Uvg8x8+cvv9JpY237jl24tTIvur4j9vkVUPzXExitPWfznt3H/5j+4nj1y53bFa'
    '7HX+1MS+Z6/uaxv+db/nefnb9K9xMb63+JP/f8u4HKco/Xew+N+vSv8vPt9+5Y9Q8/j4f3ras7hyCniuV7wrtd9uUNhIK0ht4TRZ'
    'cXVK+npCHcd3BcEd9CxeqODdKb6iMdpVONhWLhAkK/wH4KtNzvygs4DGmw/qc5dGPttLxk1lKCOGYwoa718Kx2GMTmZN295mOA5a'
    'xmRdZT92AZzFKbvGO4MmmMcZChmvam6D5FOXANwGrX+/pv+24+B9oHTBFuHGfG/xuVdAHTD6fROj944Gei+srN2kn7b0hJ/MgJZX'
    '6ZpOd33SwLs94fiCYSfGLWanV7BfG50ch66pSkfSxA4M6+BtZAgf+jsGPya8tM29jQ2936O5V+oVXj10vzrxnvFLBC9tNaT9dbgy'
    'TPt3EL7ItP0w7dxAeDuOd6n8PUzdbyc4vz9iXecD3Kr41B0h6zyFjH07g6cCwZth6j6a8O5bNbBJecIwbdjqWKposiGyh2Wdb0k7'
    'c12J/Yw6otXPuPIqfHfbt5x3c4l86wWQb2b3uPK7HJGFol4qvnvtgPfuY94eJ/3hU+FsWErtQ72NxcIXV3huntvhwia+q7rUebec'
    'jEu+k+mn/sz5toh8a7raSX9XcOcZv523yUk/cq97R4ftLHmbd55/XvDOc//l3nleeXd5vWki/7wI+v/XKcfeBWlZuidGLODYdv5N'
    '9KzbLM6aLQw/DjK8VGDyoLPIPWjUs4TWuxDqNaUJTfvbRO6MR314OVoG11v+e33K4eGCxjnA6P8d7O+uSYQJv3zUlqREQxX/capG'
    'htnD6ICpPpYfAc9Gx/LiYdL3/wHy7ErgB7yPWJt10tWQroP0DVkH3qsRz2bhXJvnpLfPc/fHPKJfdj6U78iW75dzofx7SDn0U0Hz'
    'nQb5bp3n7ivZJ9OzrjHEfNBxd0B6hmYcvH9NIN+ZT+gOqhdWsMBnXIauogspbTMf5p62u5ngRpN2KX4aVNxf0fZM78bovKd97t1O'
    'FMzXaCdUqVEax3rTAfXa0Ck17CyhdH0T6BrmyTc6H0sV+plbWZ7jSJ5hTR6klalsZQXJi3/T+3Mqb9Ll5euVZ/p73F+qai55OTmf'
    'QeXCyoU5XNUyPY6swT3uCmHu58IUTitVr0rHZ0UIGbmNHnMb8MgpgnvLYwGlD5vHwjVz1sYXXkqMZ1SyLoUZSKAth/6GxfxR+YqL'
    'qiPVkOwto70y0TbZNjbYK2KEB8HgwZTHp/bc3SLx06CVnd9T+n+7a6pihzqCbGNM7OnDyG+WEVoT350F7+aQd4uEq/vXQOgbal89'
    'CGkvo39oe7tEOLlWJcZ8iWLMFyrGfL6i/+eFmIdVijJjAWUWA56gZdDWfZTlPQbmgublPMVMRZ4Cy1OnyCP5RxWvMJnrd71i/a5S'
    'rN9bybtHFGv/oZXetU91eNf+ZM3aq3TAgtZeJ9/yW3t+L+639osN1n6xwdovrsDa5y3Xvhl48DzcqTQD30V90iwHWXyO1Jch5Zez'
    '9GwYy6XCkZGjjokfT50nvNkokwMMsLvxmcQGrkeY+58ZDrD3oTw41zM/m4z37ID5WEtgelGIO4azK3gmIY79f+TdzHbn3avk3Qx4'
    '9wqh29rZOrdDXS8r8hzfXp7nRdijVA7h12dZ5ofyDoTgJZvxtlrIjriuzSZo/yvkznJEo88xxL6r5FGyrk8S3Z4eTVlTPSJV+35y'
    'fArzO4n8smBpI8f73ARzNcdSFzeoLd7GRUSfZoyNv9dAZwvljMeysmNEBxjxTBR9m35N28fAHbDpmhZC6KoNMJxhInvMWuIRFV+4'
    'TIS3wV0J6ZnCe4d4CtOfT/vIzFTvZoMdiy2P5+eTzbQObp88UWNuFdFslFU+xEZFEgc1oo9BQa6/Y+ddTdeG3uXanMFx0SC2sDHN'
    'n7QaNiweg7ITxT82s7urqO2lLMvnLMsnPlF98FX769Mawidqm5GsjZ55a0gaRo+thZz3N0N55Ge7YI2vEYnf/MlY5zmwLrhu/G6C'
    'y/yXk2/CJy/3ydISQM+EwQ9rA/gLblsRxEOpbBs4/2HKh1AeEvu104KvGmTylIeanP2n4h9HLPi2Xyj42GYL3WkTHpLWd5D9vdlH'
    'Z7nkE6rJkRVyews6n/0+66vqQ1heUrWGJvzeK0zX7rwmV9/Mjxee6LGMWsJjiT4t/u8chQzAxK+0qR5lF5MpDmj0DSdaRvD9Rhc2'
    'x1jfTOaS6pVzvUmqq9kn7OQvqrnb6iNjorZZn2h08cpOzdi4LdpOjX5VF9O35XqsXTGsT9C8FBSyvpJNPBnnHyKsXZdmzD0Rx0zn'
    'NQquObE4zjfBu3OYbt/ZoNv37nneueT6i7L8WaAjuCprpsOIeTFV2Z/yPsi8K4lupml/T4FvuzX9pX1aTd7LOfrnBkcmppLnbWW4'
    'pIvB05jivovCg07Xke+NfoO1xTPx4QZHJlUp2I0TZv8V0p8xPHNrgyMzi0pj0P4XNGswIMzjHAxqzll+n3VJg6MPSW0h+Br/TnFH'
    '4YeDbc7s/gCci/4nTiTzPFXxsV///7O+nP4z2SO2esATTTfsq3fua03PVBU8vhRwhzSiuVNHfyqfqXf6H+f+s6Ht/fbWznqHrww6'
    'YzoMdfYxL23zHKL3T8+cs9gZsYbpyb+RfV8NZ8hFxT4vmAAaoFeDuwvsTmnJBPdHR8Nif3KT3B8+Py/WCXGBCKYvTGCr04Iu6iBw'
    'ZVo/wlpnRHqow5CukvPz53UufqgEP6KSyZjYm5XiIE1Q34ZC9O3NdV5/IBO5//HcXDJB/RgK6Ee+zvXbhfv9gflq/yHclzTmG9Wc'
    'F38g9cq2/q22XK5iqlsURnayRdj7uAmqh/Jtj9W6MG7j56THgp8oCLUv8cEAmuyeWpdfGhDm/v1GFbJFuh9N1myTxbiQ3tpU69Lq'
    'U5XXKOm7kHmt1Nz0xIjrmgmMVkI+HuWMOFQzMX0LM2/7alxaaLJ5x5IPqxpHz0rmP7rRSU+AdCWkcxvV31dDmod0IaQXQHoKpEtZ'
    '/pmNTtu31HjxehhcElbH7LqaysjSTc/pcyrcfhAdfOwktY/jl8aVCyeBD6d94nca/1Dt6II1g/yU7oM5kM6GdBWD905I50F6PKTn'
    'Qjqf7Z8LYB98q9o9o6ay3PwjZL1saCxeH5en9vvIV4N80A5WO1HIwujHxi2venO1G6MljH+6guauK6jd5dWuTGky5DmlONTVjv58'
    'kHzfRvYyUfzuP+UdPqWk08D2/NFsb8+EdFbIM2+fT1vzNW3NDtnWX5G2wuAmWu44SM9g35dDW3fmXdifKBlYaf9PcLt4h3Fx3sU7'
    'Nvr4KlxoWlbHLy7Pl+//SvAOhwLktvV5xz8Ht3WwtekwpR1+VeXO/2TrQTxT5fqiC0OL6u7hZN3/M8a6eb8/VeX8PRVxdkn/p8rR'
    'SaN4KgXpmyBdD2k6JI68tsqF20rLOkv6PxPUHuKpRYr2KokXa0l73QweuzR0YCEE/sT98R85F/fFSZPa0KDPkD5MhrxO9mFPrvJn'
    'QE/A2t8xCX3g8L455/oaHWT766BGd6wl5aSZlPq+9C05159rmLPNFB+flfOeoZWSqZX4/wlqD9cmQ+Ajypm9MwIP+y9Z71qG6UMQ'
    'PXQg65zbNmeXKa39EKn7PEa/L2X8yYWWdf/3rGt3GRc9HbRPDsGcvTPr2u9GuS+SdfXHtM49AfzHhgq3g3vntOzk2cPOIutyE2v7'
    'C5p7OuzT5+YzX6OkLj+8a3Ln98uME9trMnUKg2QLT2Vc+OjU+F1cy+p9U4h29mRcm2tdbNUgnPWJjCP7nChZWikmdMaNXRG3zKx0'
    '/5dx4Y37vzXVo8K6LiPzM1H3l6eTNidCx75kB0RgadiHLvaDpeqMPibJgIIvMPVHgPPyq7Rb/+qA/bQuxH76+7SjQzGZuKXE/6cd'
    '+KW8Ld632dxPyLo+l3ZjKF4NsSpvP1DuB+Q733HS4a+CX6X95XEq70nr8UzB8N7t1rTrUzuMTwvdGbkl7eqbVFIOVpL/kbb4+LeJ'
    '6HZTdL5WpaP701iQ9sbd4Xr+QbB+hoWOm8kek4HcWkS0u7P/SLn+oYLgkcPLT1PRfKvwOf7blDdWZdh7ORVcjGnafYCMIyp/WtL/'
    'U9QXlkeS9d1O1ojv4R1CHzdSltlGytrAvizTB2Vt73VkmSt9yvrd08gyb0q5Pvh7A2RvKM9eS8qY2DqW4hynXL9aJrhrQLPex6TC'
    '+V8aZPXUpVyfYH40aBMY7tYZ2OzKvL8VwXlxzV8GG+a49cdl3T8Qbjzn/9gIfmEKbrwOmf4GYmgcIHmfvcxJM9e6cTlkemwf3P/7'
    '5OX1PqzIe85Odd6/UuTtf7+6D5/0ycvr/TDJ+xuISfKgZh7e65OXxzN5J8krEYBMGy/3lm0CHMDz3nmdOm9Bkfe8m9V5307yFiDv'
    '3YPqsW0keXdtg3Npo3ps6xV5cd143jMVeXEteN4VJG/Hl8tjlt8OtNtCiH1+Asn7mSec9OAedbyeNpI3iCakcc45XdkG9c46oPZ3'
    'FeTjysT2P89wHsoaqN+KAvtm67ciS/5GH++Shj0XYEb+e6+0JyRl+NiaQ45N5WOtWXj98XN8TP0ILgo5blven58bNmM9X+j9+5mc'
    'bVHihNrEz+D+ALdqeOVBQ34/KM7o7cKNbz6RcxPUr+sAV5nSrd0R9dJ6LcYxEtPcy3lfEEKOq/Of6BfrdsSgPxx/0tifEm6DYn9W'
    'hcBBx1nwrMMhZILcznqE0XTdNa7su9dwDeJq+w01rvx2k4LP18WDN7FVpbzoEtIOj02zLcbxNEE7YdbTrx3uP/W31ZVph4/nH6sd'
    '2DBtJ064/KblGEdDjvGz1a4Mu1fDG5quy10R6uL92lXtymB7DXGqTV97ffq607KuSyLUxffq2WzctmdC0LwuUvT1UMi6ZpC+cvzV'
    'rSnbZaiHJOv/Yz64fp2/jKAzWtb/s7w7F2Hqp3HSv0/qUuFYG3j6VoS6+BrdH0NduB4fy9vFwxy1rP+WvBffqvzF8LsWEznLRqZf'
    'iPelF4L85fpJaHsjtH1u3pX3c7090/hzJnlL+z/vyvuDYL6gWadZFnWo9o2sI5t372l0tM+IsLv7Lcnsq7z1Hoqh3r8n9fZp9OYG'
    'Q+C4faTezRqeOwzNt8eg3jA486NV7trb1Etx5e0GfdsWYo2GFPWOCXPZ9YBGD/RtZMxDGr2loQCcfkGIOjguP8OgjrGg819RxxbL'
    'scxS1DFqOZasoo4xw7EgjL+Sc30R8PiiqnvwU1lMVr+7ShvZ/bM5b7xl1b3AKo3vF92Z9HjM9eJ584Wco/cRdCe7Jsbz9f0T2CaO'
    'c0vOxQfrNb5UVHDCdanOYmN5S8z1Yn/Pybl31il2J41/NzLbgyzRvSzJ7EkdeJe4ANIlkLYH1HFMzr2j5fSIzd0v7tMaRX3DFmcx'
    '1//5bdZb31hIuqnks4fUZ6LbNKbxt4DjfSbr3ivbnJGyzF8ryr6koTM4Xv4KGceApq8DFrTJJ0h9WyPalcj63pd1dbomGl+X7uzJ'
    '3OIePCfr9bWk2vNXhiiL+/pNZB6DdFdMcOmqmOrD/h1H6tuo0bHxs6ni/WuIqT7s3+8z7r3UcY1q/KjDZS+TslxPfQkrezzRdSvJ'
    '/zKuDkSXghYx9cvxtKKe4RD1PKKoZ1uIer6QcfVBCj44he7dj5Mym4Xaf28/t9kh/VWVMcUbO3zaHtS0PeDT9qBF228nbXMcyOdq'
    'J5S5yKfMiELvRpbpNCjD+ZJTDcrs5DZ7BmX+lZWROru4n9dmvXvVll7OZcrjtOt4AJn3D2l93j+yvL8kef14f5n3JZLXjweVeX+S'
    'dsYShq8s7f+Q5V/32aUpb7KPZPn7FGPlexd587/0ycv9Sn3Ep1+DBv16Dym/NYTs5EZNedP7zh4y1q0a3UFs60pF3pd0+x/6FeZ+'
    'SpZfR9pC/fMNGrrkFIO8eI6e6JN3Hat3nkFerLcl7eLasPgBdXZnV0AGK+v+Rcqr09LNcMJPFXn6GBw875MH1+8ZnzxjkOdJRZ5h'
    '1p/HFXnGmA7rw4o8HNfdR/Ko7uVknk/75EG4/ljKue+3uZuS5T6gqPsQy7Ob5Clo8M12kkcldy757PDJg/i8QPL0aWyeryZjNeUJ'
    'SzZ7pG7VuSLz/Ikizxg7M9b65MF6TiV5BjTwsZTkUfFwJfqfjNUUD5fu/3zqRtir9cmDZ05K0X7BoP1XhLful1j7L5M8qvsvjEdb'
    '4yNXLcn/FXm2sDx/p8gzyvI8pcjDaZ5vgV6NzfmBMWptymF7nxHu/Jvy5aXzn4xFxRPLPB9U9ClIhlm6/yd1q861Jhhbjc8Z1QR7'
    'p0ZzNp0Jebp88uA4rvTJg+fgRjKPpnx5E+h5zopRNirrXKaY96CzVJabT8ZgKttE/rrRkufnOqM8nuwKUR6vNUifTBUH1TSeqUnd'
    'SXxAFjfu00IQ9WNhF8+0zTieadDaNMH5f32yTup1ElHWSRjF99PFhs1Y6oTSmMu7UO9/3A4epkIfbHVn0yH6GITrMgTXzbHoO47b'
    'Zv8dHaKNRyzbMI0/rKqr0Qc+4iqP55ecb4y93QjfM7BmNXDWV6MtO6xfM+i80/F+rPi7V4nT0kf0g3jnvxzQfv0ZH7/lFtxv5DlH'
    'hHjayJojLJiunR8tw+PBY6xTE7ufKH1qVej4++Eh7L/s7+WMbjpFM8bFZPwN8O96MrZZwr03XwJl1rE61hH7MFq+SlGellsi7OKf'
    'HwvrEEdfTdukcWqzpFwDrIVsT+wR4nM/Nsc1swGP0vWpZudDPTmni9W/bgvAbY2GmezT1BeIyvf7PcQ+7D549yF4J/M9twD0QmAe'
    'EH6wX7imJb1QWCtqj7cS0jMV9ninoM0im3fVmal6l9CTAfTkcCBJ6PMEh5bme0WHq7KKc/c0WPtuSHdY0my6fA0k32z4IY0Vd/2I'
    'q89OOXJAxFFpQkfgWdEF8ln574OyXsP2OC1ZR/CR39mK51APq/faZI+U7ZHd14soTzpoBzUyeLyZ0JnJuh8Z694Ka99B3rX4yNOW'
    'xSBPa4N2BcgKGwhfUyp3sf5s4P1vCUGbVpNxSUA9HuZgDrOj7tfoJQ8T+hLz+8nLce7WQD/lv08mKfVRIOvfrkiR/jfhYenYkH6a'
    'd4pT9ipGK8n0tQPltNKlJE/1eHmemnHQRwO7W/nuYkgvj0kGmyUnvO58Qz069D22UZHayAVmkbrmZ71pGBmDKV0fxD+1WNbXQtI0'
    'wMEwzN8A7MOcEa7NpFLZaU6HLuMYxk7+XB8BF6ueTH1nbm+RoekkdOwHAD/hWqc0vBnutyGfPcRhdQRgw6RuugcyPvJDKvtcQfgw'
    'YdivHOAXW1lpI8sXh6wljJ+XMHwltpOGn25uqV8aWr7Fkm5rgfc6GXMLvA/y08Bx1FySn9eXssBhFIYWQVo1bocHqQwI81URGgLl'
    'ZpQGbiH1IhzY1tNKYKgN+Ks0lDkxkcMq5bAqvkGBRneHIYj97kwyFYbjEj64Eu62r3bwgJ9sje+7Jvhey/bEMiZPNLk/q+QY2z7o'
    'pLnd03eMD94x/ceIPtru3j85Y8xNwBjRl9xrj0+NMU/EumbBJ973n5paY6Q+5LqZTl8d0ZcaFd4YAJz+saHXVHBXR+hA2r9ZIthv'
    'r1/saG63vFDY+cAoWNZPZQlBeVXzx2nhNQF8AZ3HPFtnHX2p0ifwo3uxH6Z0shzbfyv+LiBlsvDz41vwDm05yGY4vWnKH6WnQDt+'
    'fE0YX4tUDlEL5bMBd48tlvTXXB+dl1oFngi735s07daCSlpawYe89LA7h7byGMF4RPSB+uTTTl9aybe7AVd/99FyPCjfvfqAk378'
    'EcC9P/LHgyZng80ddBv8Lf89E+YHcSTW1azgWXMaeWWKwGhyT+qVTx1/qbgTUH+78eWn+xxvwhtx2WOarUme8LhyjzcXe9LS7n43'
    'lbPwdjKkHb/7SarLgneVKnmInyxcBVvTHX5MdDr97ur8BZtydoP1n3oYTknu+ib3jhf1brKWsk08f7ZB2iXK/VUfnfLmGWJ5WlMu'
    'LkGaGenQOsU39K+fJXXTcs3E1umPQp8H7Xj+r/C28Q749n/ItwHWt5cU37Bv/6SoE+24nid96hZqH+DPkPJdbEzSzufJBHcluCvB'
    'Xcb6XGlYIxVdUcvoCrGhuLafcv7d2VH8d0cwzZrGuwhF/c0x1Z9l9Wt5Lag/qM6cgiffTPQcGgDXzYK2sgl8Z2CqLrZWPDQ3e+k0'
    'oc3lmf05hW2HMDizUffjbNg/88i7+aDHMZu8e1y4vCi+W9PujaGB93EYBxNja54VUv8hgcfDBx5bLdf1HUye1ZusKV/TzsleU9P1'
    'tDlf3gF4oD7Euk+lx+IqO2NHv45nJP2qv/PWP+MhniafdZ8MuS/CRlWA/QrCUgrOnwSW1LAUVjciLliKhZ5lMGRqs2FTZxSZPb0n'
    'LvloIvz9Y885af0P3HtWHletHWKa3bZfXR+Nq3bMHrceVV4aV+0mqO+0Z9V5aVy1XQ+BP9cnvPfCTYSfKeX9HtyTw13DAbj/+Py+'
    '8vhq9H7i69CHg/vK6w17PzEbdOYE02nV6fvJNk8id2srFLxkMxyMtnpdNvpgK1ifM5a0k+lZ20xoZhM5PNVbny/s7SJN9P1N7Ir8'
    '7hzomMLUxXXg38Hmnd+ZNjF4W8DsACpl42gKC62Mn0NbyGbhtYWsE8G2kLb8WR7my/QevQn+5jomjQo9kSa4119tsUYTsSamdngm'
    'c+GnE5NjcH+VYr6D9K3putOzj96V0X7Idq6xPF9N75JPYHfEmD9PcFM9yUv3XTsp0zKBbbeE4G11c5cPOXdy/O9VjJ/acETRL+f6'
    '4UH6MzbzPnqtnUzAVHfFtP3qPrt5PlahB0/1PBYT26cg/Rid3QPa+9eMu/Ofs4QxCpcJvLnrvf6hyYW3Hz515MIb1pGHQrZwJ+t8'
    'D+H5q8i5h3OB9XVDmWo4y68hMuHEdiKdRn68OEev6m80o9tO0HW6htlz2djzqOw47W0SpeR0+holApPXHEIObCQQVj0ZWJhOE4Ex'
    '4Pnz026MmKss8ec1UMfpaZePoXVkRLCNrfRDPY/xOVw/+wZh7iedl+1lPFNd2vEfUym7cJVN+H+kzG3Cf5Zy+pHcsSjvWCL4mgnc'
    'E4F12/IUpTh0KVendoUiDVPn21POnjU5s5s0dbyp+GIVqUO1dzYJ/3jTKluHfmLjgHvalA7Ccqb2FFweMjPl+DJQzSHuR9U3nW2D'
    'bT3oh3oM6MVhDb1cn+hJ++mDVfIe1Wr90RfJu4TjAxN1lPPC62d/kyj3v91N5LB8X/HYhgVhHqfiQrA7Uvmr5+fYDs2eUp2buphe'
    'BYM+ye8zhDd+AbV1Ghbe2Dyq+HAzhdf3/yZm60TtyXpZ/V0hZaMUN+rkfDUheXQJL7dCWk/6ye160C99SjHOIaGOg2Br+5MX5XHc'
    'TOLO6GCW3nWp1nZMlPvfX6FYN+7/f6Hw0koFlm6BvHOFN34Rnydqb8ht6nYItR3gSMi59YsV8kDa8V1I56lLeGOt27RFY0CoYKlL'
    '2Pu+iAM2cMzn+sDGCNuvpytg499ZnuXQP1P6gOO0QVbfHBEca0KF7+oU+P/XbOz0XmRF2mHa6Ty8GHKtt07RtX6jxVqfJexix0zk'
    '+r8ccv0Hfdb/y8WyHxdmMcLombmD/d0VM34oTBLM4NlxCcHf/Roaids5rxfemGS680aeTUeHhBfTsWG/5gvXvpyeRX71BMEZyudV'
    'cYMofB2VcnxL0XhPdO/ZwEzBcuw071ZipzOZNMl6QzwxKtQx7XpZfR3C67+Ax006kcDydqGOH8R9HpjQL12i3Jdyg9DHKuzX0C/o'
    'b/kOmGvkSzB2zWoWy+0NFnEc3wCxYt5GcOn5WXX8IB5zRpZ7s/DGx/OLCcRj050lyuPfqmLU+NV3FokVhOvI49etygbHzsE4N2/M'
    'lvshxBhJfvF8/Poalg5dx+ISnaFZE5P2wt6hpyLwS9eHkI9Md3lJSTjSzCUa5tdBJk4MkQePI2ZFXHAkItyNdzK44jaao4T/wG9j'
    '5DxrAnkf6mwdhHdLSf6D5IxBPc0G1g7KQwfYeyxzFGljlyj334P6i+i/B9/NAJseqlO2THht7Gzm67IQd+4e39GdsHQpfzl6XLoE'
    'beL1YEaleVD0R/jp6Nu2VUsEjVRPC/0bhLGxMfXPaLOWbUSPUs5Pc4fLB6C8Xe71lg7375YOO31GXb+rQ/ab6muvEhMX54HGXqlE'
    'fhpnJC4fo1XwM9FZbCFw8UGNTsDlBFdRHSKbOVljkX82u5+yLd9K9JNmAyyrxrWC4EYbvRxb3HmqQj+I4ua3E15hIevjSUxP3XQO'
    'TP18BcEmhRPUN2oVwX6ebPc1xT9VRIdT5Q/PxJ4pLfz962UscXsVyUf7FhWPpyPg8Rs189hFxpz4o50cf7Q2sJoiOIvrZv75JU56'
    '7HZXlwa/vfJWJ71gxHtGnDXmpH93sVpvk9tBIF6SZf7Y4eoRVLov+ZC6jDa2qqb7aR7J18J09ikOuBjOlGuYzlMYPUwVnr6KwBDi'
    '2l7hjaPRvkWvwqKyiVrBYKyZyYuGA+TBVK51PZF9DTPZFOa5QtjFR98k3NgTuru+bnaffjbpRzeTmWGeVcIs5vU2heyumcnStlmM'
    'YzaR/Y4allPN/yah9wc/G+RJqn18TgBMNrByOR+YvCam8y4VA51gQqOpaMgVljSerS0jtV1sZjqCPIZS6XBZrD8/6Pq2sHNFp3/I'
    'YSpF9kUcuLU+Bt6twWINbHUdwtKJeeHqfo4G6CzobMpsdEKbQHd1SQg9umHFXJjcY4Xp4wWaPtJ+DCh4Gqq3gfLuINxncr/OeRHK'
    'O6tsBrcq7vC5DkiYeYkSk4PSVHwd+d3eqObuGOmmMDG6GjQ6TC0x7O0WzToMau7Ietgd1ipy76Xzxd3D9HYWk3uZMPe1A0TOOlOU'
    '++NeHqG+OHDS+ULvGx3lMXTvNbG5GgvAaXgfuISMfbswt69V6SnyOy4d3uA6ILq6VHv+30AfQydjTWIQTj2/pO8kciLEgzb4K1nn'
    'qb/OeC61xnBOVrNzkus7rCC8pQlPhrpd7aCTw/3MU32qsOcI18mi/aVzUWMxF7PhLoDOTS2UbyE6Mg1Qjvr44D5SaoVdvGGuOxBG'
    'd6gF6Ct+bzxRPl2QB6d20PXCztfLcjaeBmHvJy8o/lxYniyO+7R6Q51L9DE5l8A4hfkejY4ez2fSTlj6SedXfq9wfDkn58bUpA++'
    'TPRJqBzFVE9wOFn7w9bv83Kh9xu/SOh9uh8rgv3GH0V0blR5VD7fa4TeVz2naeKQq9XGgMNrhN72i+pumeq+din4MxVeRrw+G+6u'
    'OR+r0qMdEGZ2Z7b8Zy/ji3F9ZN+OU8jITe0M+iz60qWgB6lsXSXL6DGUgQXJpuLw8aSCqQGFLKbkRzqtz4P7t4bk2aapRwJKXpFH'
    'fvt9yr2DMYEJblNyKGR5bP8nKZemVs2DKm7biwayzL/xqbcQod4HUi5/sy2gvxxmtxK+KGieDjG55V0+7Y5UsN0bSLtx1Uv7qoP9'
    'y1IOX8bzqGxbxxR4iuc3tW1QyclM7w64HePxZAyjh+kYfg08iWlf/eqn496mkUf+iNzp2syNX517iby0oJmrQwr8prJxeUA4vha5'
    '7ZnpHXSPoSyFjovLeAcU51xQnTr7ll6278aI/GYi2h0iugzzJ2G8Uv/zDMN7lYLmTlDVPh3fRK/lkIge03CNiO6bitJLdTHQS/M1'
    'Z0afIR2pkh8OCn9bsZ3A66ruVkY1a9rN0onE4Tb43QRnUXtOOtdjmvp6NTjMdL7nk/NmmwLvx72+YfeIn/5vnPumKoZ902zBF3L6'
    '/Hfk7vKggnazre9fSH1dMdT3PTI+aoNrUo8s/9c+4wtT3/2g9xlmPLTtQ2y/dWlwn5/uhezPe4Xr3y3q+lWif9cSeXcvq7tHoyO0'
    'zeIOHddlPTk/Dirk5ZVqd5HPXX1fAA7ldOwMogMS1FeT+36UDR+vkCupcOlYhLPHb77CyPoqQaPEgWsbhJ3fpUsJ/ulhcHDIQoY2'
    'SvR1W0U0v1NNYLOz1PBelqZjwlwGquK1bGjfOGjcqQADu2Jas83kfnrYkBdV+WPgZ+zlhwksLCUyYBOdBY5ncT3ayDz2afpH19Zk'
    'nqPAKtVZyxHYlXW+wQd/FELgj5OJTkg30zVFn5J+545K3ywIBrD+5pA6J/zOSBfTPA4e1OSOp19zruN+OpXgiFHh73NtlNARcehh'
    'ziT1DFvQM4MB91SSjsinyvVA0pbnc+KTk/nk3P36tS6YO+y2uigOcqxrA//ZGOF/Rwj4H4gJ/t8eE/xfQOj6TULvV5Di0SGWbiF6'
    '2Ucp5sP0TlRH61Pd/QGLMW4JcX4MavSJp9I9vh/cop6facwjfo81Jspt4ujcj2nuyVR7p8cCJrsDZFn0fjzN7pw3aXTVW33sI6it'
    'EL/72G55FqdiOIt5PK9lwhvP60QRHM+LyhwrFRcL50G1TnHb+lOb4m93OOmDHU7bx8Aay3dfgm9PQfo1SF/uUMs3X+vw2o3R8q9B'
    '+s8d0ehd6p8BffvPHVfz7OkY54rbXzcKvY01hT9pmx11vFH8bU2zB6dxQQQducCYAnHz/RIOLusuh13pmEumd9yrh4tqH9mUyl/B'
    'gwXwIXCvA3MLFN+u3e3u9RoN3zosyv1+y3KfvcpJz+h20l/u9O51zHM6y6OzRcDF0I0xDA2K4/15n5PWKfwl5D4K83SHV+fwoXud'
    'dPcdapqlErpe2PYWmLe/6wEdEcW31E3Ot6PJvOM3scH9m57XJb+IPeV103XDb1j+PT16nIU++WfCdx0sVl0K58gG168vtlcHa/O3'
    'l0Fsriu8a/RmGNOaPu8a4bfrNuvhK0fowrSwj3kcdg35WVDjc4ao+ORGxR6neOMeOEcHO7zycdU+eBHm6sS3eftzxwcg7TCD9Thp'
    'jxe+76SvPuDVJ/48fPsuxGd+4WuuPjHGWh6F+MkXYkxkiOm85zEvfJ+gaXMiaJCwciX0Q8ZtpFU+tJaEsClS4dy5wi7myilTvH+n'
    'TnD/4oofqaKv1wr72N6NAXzufZA+t6B8H9jaV90Aewl55PKYc4ePf6qM+ZO18XnV2enMVyV8Xo2HeJoU9K7tfQPdR4vwzB/X03lB'
    'MJT4TQvwm1ZBGKJ4ZgWjI2qE3r8HtfHhebAuKjMcEV4/G1uEv8+BKDjzbDG5fpOwDzS/7rzifpZU51xLQD8zEc4b3RmJ8XOvCokr'
    'ON23Z6+TPvm0yxfgt7v3A933qMu/IA0naTaZfvwRJ133Iy89+8lnIM9346Pv1hE6T8Q45w2k38thH0nf0TPby+sxoUNM/X/HwfMg'
    'ro5LPjUd/cGLWyPEmE2ZZbGhA+9R0GspyJfQayofpeOZ6UKvoV02xWUnC2+sRVPf4rMdMdHr76isWxqSY2wWHb5fQnh4mV+mj2jy'
    'zif1zDpQzt/PJt9+AXh/z36vHCkFMoQn9nrPi0d/4KTPPh0uNgLOqc38tRGZFPdVL/YI8bkfl+/dW8g5M2F3BulpiJMjxOjwPO3h'
    '9SVs1r81Iq3V8WWXrmqCe1ikpx57zknrYQ98/yknzyDZn+1PQIyh/er6ekjeY/a49ajyXkny3gT1nfasOu9FJG/bPif9+j513vNI'
    '3l0POekC6Hd2f/nYzhCuP4JdID98DejJAw+D7BHaefQ5V28Q5+zrKGvcV17vcaQPWcBTqx9X9/coUp/4qjpPA6mP4ijVmKLYqDQz'
    'nFHmJzXlT8PY0iCnKGQIk+GTyMb30ArWZ1tdlcA5TpeG0B7HHCd0ucEZEDDfvk86Xro87ruoNtA3oevfC+ufTdY/Q3ircHxZEGMW'
    'M9+mOs8LcG9696CXPn7vxvJvlD4+Z2f5N0of/wHuJLOK+0H89pb3RpenRIHFaabCkmF6KM0ifoQUqOMSxTaKyifbyP16goMMcFBa'
    'x0HEcAglZ1RyRk3SGYX8ygkfAt0q0CU66hYn/fBdzhkyRPLuubM87y9uBvkU5O0lZxHWK+uT366hMqY73fLy21vJN97+Rio3Yu1d'
    'QL4d1++kv7/K+Xau4lvD1c63NeTbZ0AHbnW/a8+D3w6xb8uo3tCG8vEtVHzD8c1XtHdcv/fcP8S+0XP/2W2gq3ep99z/GXz7f+9P'
    'zv3Yz/3dFTz3dyfnfnLuV+7cz0U49w8XOc9k2SEdjnOUEvHJuuOUc19nIOd+q4Wc+80Wcu5OCzn3Kgs591ILOfexFvLomQby6DoD'
    'GXhYGiFuXRZTfYg2Uq6J6GPMInXiXSmVY88Trq9s/F7JNuOwjcyLaDoqvH/LFONZzPJjPq47o2pL5Y/KxK6U2tKivcvxwty3gK09'
    'ZVCeV8TE+tabDfCh0s1UxSRG2m0+s93Ae4244xxMBvzMM4SfKH7yEN7mCtfnhS28URtq7stubJrCUdVhBEeNwt4/CvUNw/3XHQqB'
    'c0anKRwcTufRLGHuN3OHCPYR3kT0pbczfMB9QBWm6fqnI6x/4geG3Wl/+nUWP4QfmLZAgZFuLeKSC/jqLBiJvNMieeizly5pZ5xy'
    'oUTHxGA/iii638EXNFFlJQLsKBY/6pX7/+o7bp64fNJxGc0ehR7uKNG9C/IXkMBnZPiMoAOVjhU+Q90TTN9DPWOqu2H3dFrphSRn'
    '+1R+Oit6tutsAJs7otsAlmz4tpXXeyPol73AfOCY+LZZJvS+bejdOff1Qu/Oua8Xenf+Pqjz4E7v3fkXwKfGZXd7z7KVV4Kv0quj'
    'n2W69WiB9bgmJM419V1RCXvS6nFXxhsHPcN9qtC14L5YwtIzs9l4qB/074PvnE9sDKcjnvj3Uvj32h3hDNxtf8alpzCco23df4Ef'
    'uRPIu6Ou8OI0mU+m5494cZrMT79RnLa+10lvuM67j44plH9LfNkdvrAeBacnOj7TU3czR2gejIeiO1/XkW9fZjjjdPLtefDtdnFf'
    'ue/4kt+3dwBd2e36juc6mU991LWtQ90DSd/J9KIO1w9cE8HDvN0S3ddRPjZqW4c0HuYJ8s+W4LlIeG5BBDwXWDYuvcaZiV7jEafX'
    'GIX+4z6HFgt9LGeMKTIsymNU3CS8vlg3iXJfrEMkD/pMGmT1bCJ5CqytXuHqzev8vmI9l8P8BN178niZb2T35qpYLao70dXC9QfV'
    'xca9kvSXxw9Bn1GLyb37iEKXQucHP6hf6AvbNlZMl9D791xK6DDbOBioG2YDn/VMTzMfoEvKeVgO30umgC6xbs+1AY5OAR5H3ydc'
    'j5XqDKQqOP8qHDCsgfMNij2ni2tDYb+T7LktwizmhSx3CvCSqtilAxY6D6NMz2WQ7YXtljoRo0wnCmMpnALpaT46EVMRVlFPul5E'
    '93Nd8lcB+rx/9pRdOXrHFnU+wupxoQw5C2so2LrJsjPhjEpp9E5S8K7eoDzq3lL9eln2YqKzS3GhzP8uodavv2YSdZpx3rh+mmlM'
    'uD6Y70wqnlhyvxb2cexeEpWJPydjvM4R5vFrbGLdYBtfB55RFRuFj/N+ciaZ6AwPMPrsvwuzWDN+a0Rj7rw3pvrQ3+eIcGOlrs46'
    '6RnZ8vrPzjrpu+e59a+EvJ2QdkB6OqSrIF2XLa9bvkeaFHV71we0d6JwfZ6dB99um+ekt8/z6vjy8pQmVd0jrPSRjywVet9nJxBZ'
    'xijYbLwKdhl7n3Z1inWy3Bk+stx6haw4r5AVq+IAxYHb8hFxG+antkIq3G9aL13fmyD9ccjzO6hPcc1hVUQ6Q5WvNiSd8VWQib0I'
    '6SuQHugIR//E1a/fbYg+zzUx0HMm4wmyj9P5VQ6Kjc3vnfzo6zjo37opNF9bQswX55s4r4DlJtNXNJ2DjA+umU1o5xThZbF8JqB8'
    'HPZk6QqP0S9Gw2SdUxSGBhlNOkj2chCdVRD6uHe1EfrWLdRxJrss9hf35yHLb2Zj7WMyruOB9zexmaL0Lt+nfQoZBuUvMN+OABlb'
    '1BjfmRjWYIfFnMclawjbfhJrQeX/2XkqFWuhDfYnXZtrRWLXQvWUd18fSVHS9+aIy3fkmfock8uLZA8leyjZQ8Z7iMaOkvvp1yn3'
    'zMJ7LhpXZo7lWb3MIj/Kb46x5C04fddrUR5jMtqOa5HluHh8nAT3JLgnOb+953dVcn4neyjZQ1bnd164cWRt7Ri4XKqF3MEsYzp2'
    'a0W5v4Aa4e8vIIpcZCrJV/Fe0FQuinKvqDKvhhjmD+9dDwk7vyi2c0l1SUzuliu5Vir5UDbCXAbNma2cro2st02cwMYIYxhS3Mfj'
    'mkkcsFDRT7rPTOGGtmXiK6eLyBexP5QnCZJPjvrwAPz+QDUOXmdUOAvrcytonP2a8RTYvKEceBabn34R3q8WtUei64u6Cs1El22b'
    '4ZqrZMA6+Xp9BebUVq9iS0h5/MlMxjui0DnF+k31W/os+eMwun1rQP+E9r0g7Hxg0bWW/PICizFuUuASvi5h11cFe3HdNQft42HF'
    'HgoqM6SBnV6fPXNUhLOC4nEVbmm22OsU5hCu6gL2AupUnQw6fip6cFCjp+4HU2MKnBnUD5s9qdPTaVfgYhXuTrM7vE2s3wMkbYJy'
    '8xVjMDkzab+GSHtB/VXZxtMxZAk/Ynp2c/jeIdR++bgtgaku4oBP/1V0VkuEvbOdtKWyez+RwXgLOUPbWR1DmvXvDYA1hCUsY6p3'
    'uoXNUx3Rfx8SXp+XfrDgh0eyDM77NftvxMeew++uetBnnuLUEy/pGLbb8dozFHQC6hXa2CekyLxQH006mziVb45lz5X7i24neo6r'
    'vwt+NMBv9n1PuXQg+mXE2K6/+abdnM2Dcr/do4ahOPWvH14YzkZlJvxqhdcnOvpW1PlEjxO+qi510i9tcOGF6tm8civAwKV6fYpa'
    'HxsGFVzc/Daw973M60e8rs/9VvKXcEU0fylVFdiTAuDrw/td+LYpf/UPwb/NvvjkCBTu5X4p2YI8bOankcO/LDvjq24s5snS69St'
    '3Qz4cf6e8/mmvEQfOyeCbBN1tJ3p+TEi1P6dezU6lnVsrEF0sQm9T8fAda/6FHOr45nlnj5TRPetTXmXAeH1n1sp37b0PB/S2HkU'
    '0ZW4Ioa5j8OXvImdyugEzVu/MLeB7dXYoaQZTkIYS0Gbr8fE7QRXF6ndyluMvHDj6vYjzcPSYaG2B7yRzQHac2LK49Nv16QrhOt3'
    'B2M8dLKzEe9WMMZGA9Nn7YEU9+hWwoNz2437NHOIe7QV1tCULh8z5H3CyKmaNXqcWw1kKUfFLCtS6YbmiExaRdMuYrhxiKV9Clxa'
    'aRnacuHGGdiukeOOCnOb3WFRbns8i5yzowH6un3sbKPra0KDNxMY8buDC1prU7mX6vw75HP+mZzxqv13ccj1Vc3xqND7LPC7R8U9'
    'OENzl7FVs7Y6nC11qOaxuro1Z+ighQxvRNOebGuuYv+byn8KChrR7yzSyWzlv3W28dsDxtLLYI7qZON7P96a6993s7EMMTkh5ame'
    'Bxutf4f0wQ7/8VYL155a4i38dh/Zq/eJaP4OdD5POkWwz5MzRGX8ehwnotlBo60v9VvQF7CHdwiztcixtfjeQnctvrfQjs77Lchc'
    'miF9FPx7X/+o2+5cwNO17Cft/6Ttn7T7kzZ/Q8VfXRHJfWNDcR8V/33HB4T42QfMlVGCbApLtBCksh2ZfgPing7Ce9lmKT7pB9z+'
    't0H/a9jvsWKZbxd/rxV/9xR/vcXfJcXfu4q/K4q/6zrM+/0YtP9tSF+D9B5IeyG9BNJ3QXoFpLIt7G8tWec6IgeqK4715rvK262D'
    '8cv3FGdUaXAG4oHPQtzXM8BP7S93euWwOlpAB5+tMM9V7Lem2MeXby3OxduFuGxjcb9dK8SvLvOfzzUwrpdB5iTLlvzpQgx7WUfJ'
    'H/1lwXAqYWT2gIP7JN6TOO8QwO0DkD7YYQenCHeyXh1eLcXXZXD8APv7QbLu86D/dew367ri/I85sPQY7LW/Kf6+AnBqC690HLLu'
    'Eq01Vg6vj7F99zeQfoXBrQkcZwk8yt8LxTZ/01PejxegH/K9KmY0tvuyoj/cF+k/wbcnAs422r8s6d9xNxTXqVDeP/mutH4F9V3L'
    'v/ypk9bc5e1P/gP+sZJV/UFdnTTI3KW8nfaHy+HDyAV5u3WsXRnrUconabsY/1G+t2kXY0xe/nw8vnNVfqlt680LbyxT5NVpDNSg'
    '9ZHyUSkbFT4yUy5nWL8/ul/r20HmvPBRr69elEevfMILj198ENI9/vCIfsFQPwHthoe/6twhdTzrxSfDXy33XSHz2MAJxg6VcCLT'
    '7z4K87jHrp7d34JzeE/w+p32uBC/eLh8HKeBzw35Pgyc79nvncccm8e9xT34k+J8Xf+Ydx73gtz+JzCfMo9NPxA/iKe948+z8b/6'
    'TSf2K23/1W+6MWFt2v3Z18rb3/VYNBh/YZ8LzxyObz/gwogfHNcQHJ+Fsk/sddIrf+Q9a/DbY/vK27nvG17/sLJ8if56RJ1XJdNM'
    'EX1l7NOZxX16ZfG3tjjOqx9Vn9VnQizfKyFdC3tM5rdZo9tgb1z5mJO+/0flcYUPgB+wlx72wnCewbDkFySvQM8n7C/lJcKcVY9C'
    'POZnnw7vx4zzThnGO31hv9vfL1je3R14zOWdKtkOhfMgXCbPd3m203WYF+LuXLUX6RnOz5vLvwH7XbFPcY9InGBK/zQSemy91A94'
    'qHxM60FnQL6nfE+thu/BvvzZM+55wvs5AHGvvvNVs3Oxmu2FB4p9urO4N9c/5N0LD0B/74S9u/4hOxjAe9zVz9uV+5Pvlsctv3t/'
    '8HkgdTXu3l/ef6q/YdP+nTCn7fvL12O2sD8fEK/KNHXAiwMx5ssMEY5mWP8dF//JuuaQfoat6ycPe3GqyR7gtPhocQ/9ntEoo7Cv'
    'fm9Jo6jwcphzBGPBPQiyoyVf058fOjli9bg7HvnvSsRvQdp7PshSa8bdMch/h9VB0OF63Zgo/4J+26TPtYno7/8HFcxArw=='
)
