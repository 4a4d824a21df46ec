"""clipper's regexes as cpython 3.11.7 compiles them. GENERATED: do not edit.

Written by ``python scripts/build_regex_cache.py``; clipper/regexcache.py explains how it is used.
"""

# fmt: off
ENGINE = ('cpython', 3, 11, 20220615, 4, 4294967295, 1073741823, '14.0.0', 'little')

# (source, flags, flags compiled, first code word, code words, groups, group index, index group)
PATTERNS = (
 ('(?:(?:^|\\s)[a-zà-ÿß]+|[,(]|\\s[-–—])$', 0, 32, 0, 68, 0, {}, (None,)),
 ('(?:(?<=[^\\W\\d_])[.!?。！？…]|[\\"\'”’」』])\\s*(?P<sign>[\\[(（【<〈/]?\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})(?:\\s*[·ㆍ,、]\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})){0,3}\\s*(?:선임연구원|칼럼니스트|編集委員|論説委員|객원기자|논설위원|선임기자|수습기자|시민기자|인턴기자|전문기자|편집위원|特派員|대기자|통신원|특파원|報導|报道|記者|记者|기자|위원)(?:\\s*[(<\\[]?\\s*[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*[)>\\]]?)?\\s*[\\])）】>〉]?|（[\\u4e00-\\u9fff々\\u3040-\\u30ff]{2,6}(?:[、・][\\u4e00-\\u9fff々\\u3040-\\u30ff]{2,6}){0,3}）|[\\[(（【<〈/]\\s*(?:記者|记者)\\s*[:：/／=]?\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})(?:\\s*[·ㆍ,、]\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})){0,3}(?:\\s*(?:선임연구원|칼럼니스트|編集委員|論説委員|객원기자|논설위원|선임기자|수습기자|시민기자|인턴기자|전문기자|편집위원|特派員|대기자|통신원|특파원|報導|报道|記者|记者|기자|위원))?(?:\\s*[(<\\[]?\\s*[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*[)>\\]]?)?\\s*[\\])）】>〉])\\s*$', 0, 32, 68, 3226, 1, {'sign': 1}, (None, 'sign')),
 ('(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\s*,?\\s*$', 2, 34, 3294, 834, 6, {'ampm1': 1, 'hour': 2, 'minute': 3, 'second': 4, 'ampm2': 5, 'tz': 6}, (None, 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?:,|&|、|\\band|\\bund|\\bet|\\by|\\be|\\bи)\\s*$', 2, 34, 4128, 87, 0, {}, (None,)),
 ('(?:19|20|25)\\d\\d|\\d/\\d{2}\\b', 0, 32, 4215, 66, 0, {}, (None,)),
 ('(?:\\b\\d+\\s*[^\\W\\d_]+|\\b(?:an?|one)\\s+[^\\W\\d_]+)\\s+ago$', 2, 34, 4281, 117, 0, {}, (None,)),
 ('(?:^|[.!?"\'”’다요]\\s*)(?:[A-Z][A-Za-z0-9]*|[가-힣]+(?:뉴스|방송)(?:TV)?|[가-힣]*[A-Z][가-힣A-Za-z0-9]*)(?:\\s*(?:뉴스|방송)[가-힣]{0,2})?\\s+(?P<name>[가-힣]{2,4})(?:\\s*기자)?입니다\\.?\\s*$', 0, 32, 4398, 439, 1, {'name': 1}, (None, 'name')),
 ('(?:^|\\s)(?:propos\\ recueillis\\ par|ein\\ beitrag\\ von|geschrieben\\ von|корреспондент|reporting\\ by|автор\\ статьи|escrito\\ por|kontributor|bài\\ và\\ ảnh|da\\ redação|scritto\\ da|written\\ by|a\\ cura\\ di|posted\\ by|redacción|reporter|story\\ by|testo\\ di|words\\ by|authors|autorin|autorka|autrice|muhabir|penulis|pewarta|text\\ by|tác\\ giả|auteur|author|autore|autor|texte|yazan|yazar|автор|текст|oleh|text|書いた人|bài|par|por|von|執筆者|投稿者|通讯员|글쓴이|작성자|by|作者|取材|執筆|撰文|筆者|著者|記者|记者|文)\\s*(?:[:：]?\\s|：)|^\\s*(?:di)\\s', 2, 34, 4837, 1281, 0, {}, (None,)),
 ('(?:^|\\s)[^\\W\\d_]{1,3}$', 0, 32, 6118, 38, 0, {}, (None,)),
 ('(?:^|\\s)[a-zà-ÿ]+$', 0, 32, 6156, 37, 0, {}, (None,)),
 ('(?:^|\\s)a\\ cura\\ di\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6193, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)auteur\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6291, 87, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)author\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6378, 87, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)authors\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6465, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autor\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6559, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autore\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6644, 87, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorin\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6731, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autorka\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6825, 89, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)autrice\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 6914, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7008, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\ và\\ ảnh\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7087, 100, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)bài\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7187, 86, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)da\\ redação\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7273, 95, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)ein\\ beitrag\\ von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7368, 115, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)escrito\\ por\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7483, 107, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)geschrieben\\ von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7590, 115, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)kontributor\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7705, 102, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)muhabir\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7807, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)oleh\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7901, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)par\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 7984, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)penulis\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8065, 99, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)pewarta\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8164, 89, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)por\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8253, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)posted\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8334, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)propos\\ recueillis\\ par\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8432, 137, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)redacción\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8569, 98, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporter\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8667, 91, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporting\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8758, 104, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)scritto\\ da\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8862, 105, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)story\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 8967, 96, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)testo\\ di\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9063, 101, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9164, 89, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9253, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texte\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9336, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)tác\\ giả\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9421, 94, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)von\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9515, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)words\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9596, 96, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)written\\ by\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9692, 100, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)yazan\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9792, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)yazar\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9877, 85, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\ статьи\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 9962, 135, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10097, 102, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)корреспондент\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10199, 128, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)текст\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10327, 104, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)作者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10431, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)取材\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10510, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10589, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)執筆者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10668, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)投稿者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10749, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)撰文\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10830, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)文\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10909, 77, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)書いた人\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 10986, 83, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)筆者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 11069, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)著者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 11148, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)記者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 11227, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)记者\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 11306, 79, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)通讯员\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 11385, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)글쓴이\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 11466, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)작성자\\s*(?:[:：]?\\s+|：)(?P<names>.+)$', 2, 34, 11547, 81, 1, {'names': 1}, (None, 'names')),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 11628, 82, 3, {}, (None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\)|copyright\\b)?\\s*(?:(?:since|est\\.|established|founded)\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>(?:[^.,|()\\n]|\\.(?=[a-z0-9]))(?:[^.,|()\\n]|\\.(?=[a-z0-9])){1,59}?)\\s*(?:[,|(]|\\.(?![a-z0-9])|all rights|무단|版权|未经|禁止转载|無断|alle rechte|tous droits|todos los|todos os|tutti i diritti|все права|tüm hakları|wszelkie prawa|$)', 2, 34, 11710, 1074, 1, {'name': 1}, (None, 'name')),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|lúc,?|ore,?|as,?|at,?|um,?|às,?|г\\.,?|o,?|à,?|в,?|,|\\.|\\||,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 12784, 1329, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d.])(?P<year>\\d{2})\\.(?P<month>\\d{1,2})\\.(?P<day>\\d{1,2})\\.?(?![\\d.])\\s+(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?', 2, 34, 14113, 890, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:(?P<m1>\\d{1,2})[/.-](?P<d1>\\d{1,2})|(?P<m2>\\d{1,2})\\s*月\\s*(?P<d2>\\d{1,2})\\s*日)(?![\\d/.-])\\s*(?:[(（](?P<weekday>[月火水木金土日월화수목금토일一二三四五六天])[^)）]{0,2}[)）])?\\s*(?P<hour>\\d{1,2})\\s*[:：時时]\\s*(?P<minute>\\d{2})', 0, 32, 15003, 560, 7, {'m1': 1, 'd1': 2, 'm2': 3, 'd2': 4, 'weekday': 5, 'hour': 6, 'minute': 7}, (None, 'm1', 'd1', 'm2', 'd2', 'weekday', 'hour', 'minute')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 15563, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|lúc,?|ore,?|as,?|at,?|um,?|às,?|г\\.,?|o,?|à,?|в,?|,|\\.|\\||,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 16104, 1330, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|wita|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|wit|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 17434, 559, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<!\\S)@\\w+', 0, 32, 17993, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º|st|nd|rd|th)?(?:\\s+|(?<=\\.)(?=[^\\W\\d_]))(?:de\\s+)?(?P<mname>października|październik|septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|settembre|listopada|fevereiro|พฤศจิกายน|tháng\\ 01|tháng\\ 02|tháng\\ 03|tháng\\ 04|tháng\\ 05|tháng\\ 06|tháng\\ 07|tháng\\ 08|tháng\\ 09|tháng\\ 10|tháng\\ 11|tháng\\ 12|november|dezember|february|december|novembre|décembre|decembre|februari|desember|febbraio|dicembre|stycznia|kwietnia|sierpnia|września|kwiecień|czerwiec|sierpień|wrzesień|listopad|grudzień|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|tháng\\ 1|tháng\\ 2|tháng\\ 3|tháng\\ 4|tháng\\ 5|tháng\\ 6|tháng\\ 7|tháng\\ 8|tháng\\ 9|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|gennaio|ottobre|czerwca|grudnia|styczeń|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|haziran|ağustos|januar|jänner|august|agosto|aprile|maggio|giugno|luglio|lutego|marzec|lipiec|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|temmuz|aralık|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|marca|lipca|março|junho|julho|марта|şubat|nisan|mayıs|eylül|kasım|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maja|luty|maio|март|июня|июнь|июля|июль|сент|ocak|mart|ekim|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|gen|mag|giu|lug|set|ott|maj|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru|fev|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек|oca|şub|nis|haz|tem|ağu|eyl|eki|kas)\\.?,?(?:\\s+|(?<=\\.))(?:de\\s+)?(?:(?:ค\\.ศ\\.|พ\\.ศ\\.|năm)\\s*)?(?P<year>(?:19|20|25)\\d{2})(?!\\d)(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|lúc,?|ore,?|as,?|at,?|um,?|às,?|г\\.,?|o,?|à,?|в,?|,|\\.|\\||,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 18020, 5626, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>października|październik|septiembre|กุมภาพันธ์|september|setiembre|noviembre|diciembre|septembre|settembre|listopada|fevereiro|พฤศจิกายน|tháng\\ 01|tháng\\ 02|tháng\\ 03|tháng\\ 04|tháng\\ 05|tháng\\ 06|tháng\\ 07|tháng\\ 08|tháng\\ 09|tháng\\ 10|tháng\\ 11|tháng\\ 12|november|dezember|february|december|novembre|décembre|decembre|februari|desember|febbraio|dicembre|stycznia|kwietnia|sierpnia|września|kwiecień|czerwiec|sierpień|wrzesień|listopad|grudzień|setembro|novembro|dezembro|сентября|сентябрь|มิถุนายน|tháng\\ 1|tháng\\ 2|tháng\\ 3|tháng\\ 4|tháng\\ 5|tháng\\ 6|tháng\\ 7|tháng\\ 8|tháng\\ 9|februar|oktober|january|october|febrero|octubre|janvier|février|fevrier|juillet|octobre|januari|agustus|gennaio|ottobre|czerwca|grudnia|styczeń|janeiro|outubro|февраля|февраль|августа|октября|октябрь|декабря|декабрь|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|haziran|ağustos|januar|jänner|august|agosto|aprile|maggio|giugno|luglio|lutego|marzec|lipiec|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|temmuz|aralık|maerz|april|march|enero|marzo|abril|junio|julio|avril|maret|marca|lipca|março|junho|julho|марта|şubat|nisan|mayıs|eylül|kasım|märz|juni|juli|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|maja|luty|maio|март|июня|июнь|июля|июль|сент|ocak|mart|ekim|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mar|may|oct|dec|ene|abr|ago|dic|avr|déc|mei|agu|agt|gen|mag|giu|lug|set|ott|maj|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru|fev|out|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек|oca|şub|nis|haz|tem|ağu|eyl|eki|kas)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?[,.]?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|lúc,?|ore,?|as,?|at,?|um,?|às,?|г\\.,?|o,?|à,?|в,?|,|\\.|\\||,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 23646, 5677, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[.!?。！？…\\"\'”’])\\s*(?P<sign>\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\))\\s*$', 2, 34, 29323, 1475, 1, {'sign': 1}, (None, 'sign')),
 ('(?<=[^\\W\\d_])[.!?。][\\"\'”’]?\\s+', 0, 32, 30798, 221, 0, {}, (None,)),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 31019, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])', 0, 32, 31045, 593, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 31638, 240, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 31878, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 31909, 77, 0, {}, (None,)),
 ('(?<=\\s)PT\\.\\s+(?=[A-Z])', 0, 32, 31986, 41, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|lúc,?|ore,?|as,?|at,?|um,?|às,?|г\\.,?|o,?|à,?|в,?|,|\\.|\\||,?\\s*-)?\\s*(?:T|\\((?=\\d{1,2}:\\d{2}\\)))?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\)?)?', 2, 34, 32027, 1897, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 33924, 980, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(assine|cadastre-se).{0,60}newsletter', 2, 34, 34904, 108, 1, {}, (None, None)),
 ('(jetzt|gratis) (lesen|testen|abonnieren)', 2, 34, 35012, 124, 2, {}, (None, None, None)),
 ('(powered|designed)\\s+by\\s+tistory', 2, 34, 35136, 106, 1, {}, (None, None)),
 ('(sign up|subscribe).{0,60}newsletter', 2, 34, 35242, 99, 1, {}, (None, None)),
 ('(©|ⓒ)\\s*\\d{4}', 2, 34, 35341, 37, 1, {}, (None, None)),
 ('(наш|наш канал).{0,20}(telegram|телеграм)', 2, 34, 35378, 93, 2, {}, (None, None, None)),
 ('(にほん|日本)ブログ村', 2, 34, 35471, 41, 1, {}, (None, None)),
 ('(打开|打開|下载|下載).{0,6}(app|客户端|客戶端).{0,6}(阅读|閱讀|查看)?', 2, 34, 35512, 122, 3, {}, (None, None, None, None)),
 ('(扫描|扫码|掃描).{0,10}(二维码|关注|下载)', 2, 34, 35634, 73, 2, {}, (None, None, None)),
 ('(有料|会員)(会員)?(限定|登録)', 2, 34, 35707, 64, 3, {}, (None, None, None, None)),
 ('(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ]', 2, 34, 35771, 180, 1, {}, (None, None)),
 ('(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,}', 2, 34, 35951, 156, 1, {}, (None, None)),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО|A\\.Ş\\.|Ltd\\. Şti\\.|S\\.r\\.l\\.|S\\.A\\.S\\.|Sp\\. z o\\.o\\.)(?=[\\s,.]|$)', 0, 32, 36107, 312, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 36419, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 36517, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 36696, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 36777, 21, 0, {}, (None,)),
 ('AI\\s*학습.{0,10}(금지|이용)', 2, 34, 36798, 55, 1, {}, (None, None)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 36853, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 37091, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 37345, 190, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 37535, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 37773, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 37801, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 37981, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 38173, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 38379, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 38411, 30, 0, {}, (None,)),
 ('[.!?](?=[\\s\\"\')\\]]|$)', 0, 32, 38441, 56, 0, {}, (None,)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 38497, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 38616, 139, 1, {}, (None, None)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 38755, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 39071, 221, 0, {}, (None,)),
 ('[.!?。！？…](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 39292, 493, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 39785, 324, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 40109, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 40315, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 40343, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 40363, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 40395, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 40557, 16, 0, {}, (None,)),
 ('[\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]{2}', 0, 32, 40573, 112, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 40685, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u04ff\\u0600-\\u06ff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u0900-\\u097f]', 0, 32, 40891, 286, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 41177, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 41373, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 41427, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 41451, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 41475, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 41518, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 41780, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 42074, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 42092, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 42109, 29, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 42138, 124, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 42262, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 42392, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 42599, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 42869, 230, 0, {}, (None,)),
 ('[、・]', 0, 32, 43099, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 43117, 104, 0, {}, (None,)),
 ('[가-힣]+(?:의|는|을|를|한)$', 0, 32, 43221, 128, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 43349, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 43768, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 43784, 44, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 43828, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 43917, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 44036, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 44111, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 44192, 16, 0, {}, (None,)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 44208, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 44244, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 44357, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 44401, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])', 0, 32, 44425, 28, 1, {}, (None, None)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 44453, 44, 0, {}, (None,)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 44497, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 44980, 277, 1, {}, (None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 45257, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 45358, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 45383, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 46232, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 46340, 33, 0, {}, (None,)),
 ('\\d', 0, 32, 46373, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 46387, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 46415, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 46562, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 46777, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 46909, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 47028, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 47089, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 47201, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 47328, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 47449, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 47723, 134, 0, {}, (None,)),
 ('\\s*,\\s*(?P<name>[가-힣A-Za-z0-9&]{2,20})(?=\\s*(?:[.(<]|무단|all rights|저작권|$))', 2, 34, 47857, 231, 1, {'name': 1}, (None, 'name')),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 48088, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 48225, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 48282, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 48401, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 48429, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 48445, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|ostatnia\\ aktualizacja|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|oluşturulma\\ tarihi|pembaruan\\ terakhir|última\\ atualização|güncelleme\\ tarihi|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|yayınlanma\\ tarihi|aktualisiert\\ am|data\\ publikacji|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|son\\ güncellenme|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|son\\ güncelleme|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|zaktualizowano|ปรับปรุงล่าสุด|giriş\\ tarihi|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|yayın\\ tarihi|วันที่เผยแพร่|aktualisiert|aktualizacja|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|opublikowano|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|güncellendi|güncellenme|modifié\\ le|oluşturulma|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|güncelleme|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publiziert|publié\\ le|yayınlandı|yayınlanma|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|dodano|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 48709, 4788, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 53497, 55, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 53552, 289, 0, {}, (None,)),
 ('\\s+(?:października|październik|septiembre|diciembre|fevereiro|listopada|noviembre|september|septembre|setiembre|settembre|czerwiec|december|decembre|desember|dezember|dezembro|dicembre|décembre|febbraio|februari|february|grudzień|kwiecień|kwietnia|listopad|november|novembre|novembro|setembro|sierpień|sierpnia|stycznia|wrzesień|września|сентябрь|сентября|agustus|ağustos|czerwca|febrero|februar|fevrier|février|gennaio|grudnia|haziran|janeiro|januari|january|janvier|juillet|october|octobre|octubre|oktober|ottobre|outubro|styczeń|августа|декабрь|декабря|октябрь|октября|февраль|февраля|กรกฎาคม|พฤษภาคม|agosto|aprile|aralık|august|giugno|januar|jänner|lipiec|luglio|lutego|maggio|marzec|temmuz|август|апрель|апреля|ноябрь|ноября|январь|января|มกราคม|เมษายน|abril|april|avril|enero|eylül|julho|julio|junho|junio|kasım|lipca|maerz|marca|march|maret|marzo|março|mayıs|nisan|şubat|марта|aout|août|ekim|févr|janv|juil|juin|juli|july|june|juni|luty|maio|maja|mars|mart|mayo|märz|ocak|sept|июль|июля|июнь|июня|март|сент|abr|ago|agt|agu|apr|aug|avr|ağu|cze|dec|dez|dic|déc|eki|ene|eyl|feb|fev|gen|giu|gru|haz|jan|jul|jun|kas|kwi|lip|lis|lug|lut|mag|mai|maj|mar|may|mei|mär|nis|nov|oca|oct|okt|ott|out|paź|sep|set|sie|sty|tem|wrz|şub|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв)\\.?\\s+\\d', 2, 34, 53841, 3482, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 57323, 220, 0, {}, (None,)),
 ('\\s+[>›»/]\\s+', 0, 32, 57543, 119, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 57662, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 57695, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 57736, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 57757, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 57815, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 57841, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 57857, 16, 0, {}, (None,)),
 ('^(.{4,60}?)\\s=\\s', 0, 32, 57873, 30, 1, {}, (None, None)),
 ('^(?:[(\\[]?[^=()\\[\\]]{1,12}=[^()\\[\\]]{1,12}[)\\]]\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 57903, 124, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 58027, 179, 0, {}, (None,)),
 ('^(?:[가-힣][가-힣0-9_]{1,11}|[a-z][a-z0-9_.]{2,19})$', 0, 32, 58206, 153, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 58359, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 58554, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 58934, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 58989, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 59103, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 59400, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 59578, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 59635, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 59692, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 59749, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 59806, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 59867, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 59924, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 59964, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 60147, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*:', 2, 34, 60307, 206, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 60513, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 60595, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 60735, 30, 0, {}, (None,)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 60765, 97, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 60862, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 60963, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 60989, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 61013, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 61523, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 61547, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 61571, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 61592, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 62000, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 62141, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 62263, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 62284, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 62475, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 62528, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 62547, 171, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 62718, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 62756, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 62835, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 62991, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 63147, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 63992, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 64836, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 64982, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 65173, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 65219, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 65465, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 65543, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 65755, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 65987, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 66098, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 66345, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 66469, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 67091, 369, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 67460, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(ilgili haber|bunlar da ilginizi çekebilir|ayrıca bakınız)\\s*:?\\s*\\S', 2, 34, 67609, 233, 1, {}, (None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 67842, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 68430, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 68636, 199, 1, {}, (None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 68835, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 69182, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 69490, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 69619, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 69866, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 70234, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 70349, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 70638, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 70983, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 71494, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 71952, 162, 2, {}, (None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 72114, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 72501, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 73065, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 73332, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 73807, 71, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 73878, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 74224, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 74299, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 74445, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 74580, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 74693, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 74767, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 74844, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 74971, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 75341, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 75383, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 75476, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 75522, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 76392, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 76817, 510, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 77327, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 77400, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 77610, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 77693, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 77837, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 77983, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 78113, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 78241, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 78357, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 78860, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 79032, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 79287, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 79473, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 79660, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 80113, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 80334, 171, 1, {}, (None, None)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 80505, 1360, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 81865, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 81933, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 82011, 311, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 82322, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 82403, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 82493, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 82569, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 82644, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 82701, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 82748, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 82787, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 82826, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 83000, 97, 1, {}, (None, None)),
 ('^\\s*by\\s+', 2, 34, 83097, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 83129, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 84094, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 84174, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 84257, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 84306, 105, 1, {}, (None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 84411, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 84496, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 84653, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 84701, 207, 3, {}, (None, None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 84908, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 85032, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 85136, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 85184, 77, 2, {}, (None, None, None)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 85261, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 85528, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 85566, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 85595, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 85639, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 85695, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 85754, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 85792, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 85895, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 85984, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 86136, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 86217, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 86388, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 86441, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 86557, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 86681, 60, 1, {}, (None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 86741, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 86840, 30, 0, {}, (None,)),
 ('コメントは個人の見解', 2, 34, 86870, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 86918, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 86962, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 87008, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 87040, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 87088, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 87140, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 87180, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 87216, 24, 0, {}, (None,)),
 ('구독\\s*하(세요|기)', 2, 34, 87240, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 87286, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 87316, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 87366, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 87440, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 87500, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 87552, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 87582, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 87616, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 87678, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 87713, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 87759, 48, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 87807, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 87833, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 87859, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 87912, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 87952, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 87994, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 88044, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 88145, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 88199, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 88252, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrsfQmYHVWV8K33Xvfr/XV3EtKEEBpIoANJ6ACREBIIywiOSNgElSX08tIh6Y22OyFtkKC4ogNuM+ro6IzOjGBAFvkNoCOgBBhX'
    'UOF3htEwwij+jqODC6OM/fd9dQ513ql7q+6tqtfd6VTxPW666u733HPPPWuTECIn3MeZ/E1MPvnJtH3yJ9OqyV81fC9M/uomfzWT'
    'v0YoJ//dQL5n4N9tkAfrbIS8B03+uiZ/4/DvH8vvpH1Zx0JopxHabp78LYO0g7TVCu9UfWmE/svvy6GtOZODmtvu72s1jFO230Tm'
    'I0fm463wN45JprWTv3nQbgHSOmhzIxmTzNsP36pKL4OfDPs768yqpzS9mfVil4jxrA/4lgspO7nuoW3L9dwy+dsM69cL65dL10+C'
    'tLhRxHqOCPz66fAKOK6phX8jruH4QHa6Bf4t9/PCKrfc1Wyf2qxz2Lrv50+2NDE3lNBZTaRVdkEl4LtBFRbrmwf83QZrmCE4uwrO'
    'ALFbiM88XX7etDvu+dIG9TmkXB7LnTfZ9qdc3F7V6ZWfP/lboOmrozmbnIhttUJ/fzP5+28oU0/ak8+f3OPqlWdi4vrrBdknPexM'
    'vhLmKhsBrzmzEK/tuioWXssEfawB+KSwcx0piLDjhMB5uu7797q3svNLwsFtgAuzFvgu9nmVnX3rWEKaZc+uZBZR9bT7X6VnVXpW'
    'pWdVelbN1rOq1RLHNQJKbn/ITW981E1/9Yib9t/upt/d67bzDVJm57fd9OUvueljd7vpZx920z1PumX+CWBMvvvZdW669y/d9Ptv'
    'dNNnL3bz3kPyPvVeN939XnXez5G8h+72+inTzjvc9JZH3byfJHl33uWmi2HMuUfLx/hBkpfPC6/3XSRvG4z73ofVeXeSvM9Anpcf'
    'UOe9huS9Fto+8Ql13k0kb+4xN12tqfcyknfP99z0icfV83A+wJF8t2PETU8dKF+Ds0keuXiqNk8lee6FMex7uLytVSTPfU+6acP3'
    'yvMsIzzDlW9w06bL3W9LyLe/73bTi25xvy0i39oAlqp2ud/mk2933lT+rZl842OqJd/4vFG68c0R7slthExS4mgn+M5v21YTw+e4'
    'DscCDSH5sysUuKcZ+Hxt0D9aRzXJjzxeela1kPzNUL9tPa1JzmmmNJT2oDm1bS/lXYXwrkLmPPiUzMS+LCDNvm0SyJ4G+KiZcNeu'
    'C6qohrW7nNI4tmy2kIEk/YhpftrJ/ojyUDzRL7x7N5U3OZ1u+sdOjy5N12z61wxlfrUT7t761ORl+ZNVKf6bibx7m3uCjn6qDaCf'
    'bOU/uIfpmXm5xd1ylj8ZYJctjrzJd4WKXlN5TsojS3lkKY8sleek8pxUnpOeVSnOSs+qdN2nWZ4jYeH5iPR5Kt9J5TupfKcy8p3W'
    'VMZzQMt4Up7mzJPp0P3ZYrlPwuxM5jP+JNVXR1yxeK+Hp2VfXqP49vWn3G9nkG/nXOSmr7vQ/XaK4tv7NrrfTiTf6s7z8hRg7+C3'
    'evbtKPjWAeOQ6QDM2WHk2zD7hnsWy+Fexjz4d4HsOawnKG/UdWqFMpwuzrA7VR1bq6wl7VQF/V0D/V1H3p2xyX23mrz7XdF9dwJ5'
    'J+mAAoy5CeZhM2lTBPS5ABtpEZm3HIyB3n0zIWOvIn9TGdoKRV4nhu1GzqJPLdAvuaeOZPNesGhXjqMa9kxLhLI3fkV9pl8S8Zyt'
    'Z+dDNYEhmT65w77eFqjHZm7zCc2t7G/Uua35ln9ucX7PFtHmoYbgWxUeOy4Aj3VY4LFDLfBYK/Rffhsje1ymI6KcnsRv1bBmHA/W'
    'kjl6mxMNBqvZOnSQ+auDfnwOUt7vUUh7oG/1JE8fGT/mjYIr7OV6mVnPY3jFcDbSEyrWs4Ifk/NUwufcELhbw+oMw1vI+3gAdKdQ'
    'Hox80KN9cJM5oB8RwONTEM27okCWQ/Y6xVkXEnw2zr69luAdxBVFWD88D98M6fWA47AepH1rFeVpnuMJPbU2V1736Tk3fftCr+41'
    'ObfcYtK37axPVyPvgfSpm41tLsCpaflRct7ocH69Zv8sjXgH5vUsS+geRP0PVJG6C8AjwHdHkXWsIvpa8t2rYLw4F/QMH4S0F8of'
    'q8g7psnbDmOjeYvsnEJeEM2zQ5Tzgnh5enbTb6tz0c6+oDtmDtpZzO6UKyE9Wfj5Vscj/0r4+Vb4bRWDORX+Vb1Deu8gzfdmoLdM'
    '8bsK/vk8VMP8VRNa5agQ+UddgjwxE38RyM88AfrXQOCY7z+EVUdBTw0xWC5q6CmnwmOxbY/u2T4yFh1s5xneoP5KdgJOj+uDYwaw'
    'vxTvcrFownfG88FxRNSCzYZvTfcahbE8yMSp3P30yd+bSJ3NrM5yeeZEVtI6OnoH2/tHOJtR3k9hWifvpzh3lMi6OF5d+mU3/duH'
    '/HoleXb2XgzpJYS+lYv6VtI3YdC3oPm6mtURhyc9rQqO5k/W6m4VAjNBTxRd6IIGJimcdESU58aBTwpvmRDdl1aL86CF1W+iW9PC'
    '5ES2c8Fldqh3/o5Hy2XVz92tpolXJEQTZ8jZ9kwunk+uPOxtyrsaYbTCMPk76D7VDDQxraNIeDuUli4a3GP6SRqU17RPw4yOQD5Z'
    'b86l+037Ncjq7bYoO8rmh9I0tM5tCnpN9vVk0tc+i3tuj4JHGNbXomJ8qvHr+tqUc2UVeBem7Z0K9+W3kfvy+lx5usrgjn2aQb3r'
    'WJ4TIc8NJM+qXHneGpS5QN4bF8JeX+jtoaeyengfZnMyQtbfBL5UMNHN7o//Z7L90+BdJxvj8dDvXQu9PRI2JpP1wf4ErYtJW7TP'
    'JnnPzZXfgbdnXTmDLfyPWOzRIQ3+GGL44+KsKy+T77Zq7lmjFu13a/jjvN1XZV2/iLTMvpD6Vft2H3v/mUXlfd8M7S3IenREL5Np'
    '6PZBL8NzP4X0J2RMsu7sZN2HV2gddetJ+yb78O8Zbz63x2inGHJO4P7dm3HvJap55OfliCZfb0j/ZDu7STumZ7lqPL0h4/kgaScM'
    'DnpIGja/L7Jz5drJduZEwLs0H+6hYsalx0zngte7I2ROXpdx5Xq8Dzbt2a53J4yJwjHvd68F3cTH1JZx6Wu6nhxXbVa0G9ReAVRx'
    'wuodstiXCC+/cFx637ReiscRN/yrE943kz71ML7bI6TeAY08t4usQ1j9CNdfmHx3CNsTRXYmjSVAX8u2Pkzml7e1XUFzcxmFrOPt'
    'pA6+V68l74PgcoTMJdbxLJl3WrbPYC7lOSjrvdzxZPm6tS8q8HVp/xuU3aw53081KDukwIMlnQTHvfuZlpVljiBlgtaAtjOPlNnB'
    '2htXyFpKfGGLMti3PwqPxpoqWle2+2+E3jWhU/EesSYXn0aW7X+F6IQMsXtxkdFnd5O8QeuHvErU2X5pk5ueBf4NNkJ6/3lu3k8Q'
    'uacpnSnL/QWRO+ju3u9Q5OFwuZPk0d0130z0i39/qZu++i3lutdbSJ6PgD73aePlebpIngW3uOkXQIf7DaCf/gaqnw78oN98HXhk'
    'oMu9geT5APCHVj5Uru/9aiLP5rjsNMJbu3xDeR9Xk29PgZ7m+X3ut5XkG50H+e0Yqpfe66bvAv3BI8k3Pm8LybdLbyz/Ni9AD74p'
    'QA+eynOxD7ZyzTzIxk104BZMBNvA8T4tmCjvE+qrHkr4bKb9NKHbwvh0Krl4TsT3x48yPPR1YirDM5XXVzJOgMRBEwZ9qk+gT5W8'
    'o9nA+8ER4N2Upx62ByjPvYrUl2H8dd061CS4DqY0WDq3ycytikY9UOa2dhrmNujOdaDMe77C8z6U4omKzini5BRPJD+3JryvdN4r'
    'A9Nbme5dOsfx59iWd3qgzHsuoXmn/IUDZe4aEp67SslWD5T1qJri9Ujh3G5ek5TpHyhz35LQ3M9kvbMDZS0bK7SWU6mPlO47u7Wa'
    'yTqU6b6zW8up0r1L73x265KUXsuBMu/VCc17kL5Aeuewm0uV/kKKB6LNYSX00NK1iLcWJnp6Kc6INscHIu1QX4E5TFJf/UBZh/kJ'
    'r8OBZBuY7lU7GKmUzceBsg51FVoHG5uYA2Wum6ZhrpOw+0xlGubrM122hCm+Sm6NotjdpfNvh8Omwi4xvZ9HXxNTG7iUP5rcHKc6'
    'tsnNZaoHGm9O49qwpnw7u3k/kGWxSdEUSfsdSO890ea/Uv5L0vPRbj1MbOPTOU12TlN+lv2cHkh+xNL9NjNh40BZl0JC6zLbfCum'
    '+9KOfzrVfmlS2yvz9eH+W9K5s5s76t8mnTu7uaP+f1IeUPS5O9D2blJzqPKxle5huzmkfroOlLnLJjR3B9KcVSc0Z0G+ANO9azeX'
    'B+LZkdTcUT+D6dzZzR31w5jOneV5e1NK70WdO5W/1HQO7eZQ5U82nUO7OVT52z1Q5jAD/ZgPPzou9Ec8BinqkvG4281EB3mA5OVx'
    '1bGvdG6OhXQ5GQ/2OyPMYz23wD1gPpSh86yL+dwCddnErK+CsYTdQWQ7twrPj3IV8FWfXOy+W0LmroPp6ywVnh/lBUz3mNvR7LCQ'
    '26Pvgs0iXmx0OccnMljhY16mGPPRBmNeJLyYKpUasyrGa6vl+IfY+OeH6KmY6vLzeA80TrWpvi3GjsP4xh0R9HW7mA5HHLspOv/U'
    '1kf2b47w4jhsYuutiqOsqsMWflthvU4SfnyMMY6DYspHiYtIcd5ySOe02/XbtI+twj4et+7sWkbgyXbMLURu1Qz1yu/zsLwsdJEQ'
    'lJzhTwFgZxPphyx2FZFnXQ7jz5YazhzQD6xKaSr0sURxx0SL3auKFfoWeH9Kut6zfr3nEDrNhk4uAEyUxUpuCYeHp51yeKhK4WFG'
    'wMM1jhuDj9IL1M6a23BHodXCYkmd73j45sQH3PRnd7vfXkO+nTPipmdC3JMzyLdj+tz0O28FmsnxYt3csMNNu7e6af/NbnrdzRA7'
    'jdRz+DVuejvEJ1nquHdD3fwgLWNi675ZqOMpNTsefTeqoJ9Mdad7hd9e30QPOGx9fibcOCiq/vUKe18A/YZlZNuPC38svThtm7S5'
    'G+6XtM0xhd60iV9YU9+xvcLMH5aNXndYrCZZ32IRrt8XpC+2Klc+jtOYzlmY/iDmkf05T3jxvnAcLwvPnxhth/sT28pgq0szZ3L8'
    'OB84D51wd0Ud+rB70Djb3/2kDya+AVU+KLiPTuqbh/KPkAcUFCcI/f1XwZlK7wM0ts8KBZ1vw6uhMc4pDaGLtxSHJxSlHYyVhLh9'
    'JaQnC38s++Mh7dTcR035SlXwTYTcP7+Ws7+LyXI3OeX02ALLs0kXq4Hz15YRGmHQ8WKLchvgPg1OHmdrFlT/JeyMVZ0VXSLcF1hQ'
    'G+scN25YUn2WdEGrQZ/D6pnP6tGtYVg9VU44/4q20SXK7V6D6v4l4eedEKIfHKYX3JkLb+9J4H3I9+ub3PRoSJdAenxTeD0PEr4b'
    'zuUfCE0WVv5OUj7Kvvm08GIWx4Xf9wsvHqPN2l1Pyo2RszSs3DWk7/ti9v1K0ocTcuZ77HzAf9S/eFD+s0j+fQb5VwPeDqJPwuo4'
    'mvDNl8G7I8g75OEeSt7thHey7oNC2jA9G5AnGYcf3sXOs2p2fi7e66a5x+Bupvj29afgbka+nQP6vK+70ONn82/v2+h+O5F8qzvP'
    'y1OA8eG3evbtKOHF1ewicI4xHPOM3hoga1DP8PgKRnOuYHwPrCcoL5Xt5S352i3w3oZGqrXk41QROVrpfCTvztjk7Q989zu4D59A'
    '3j3zsPtuBdnfm0mbQTRQAc7LRYxH2GZJd1WRvynPe4UirxNR1tAC9djQgvWwp45U8M9s9nQ17JmWCGVv/IofH8g+XRJBDmAiG39y'
    'RzT5QoPl3DYmNLeyv1HntuZb/rnF+T07opylieBbFR47LgCPdVjgsUMt8Fir8OIwc1/eI+wehd9UstkWUp+co7c50WCQn5MdZP6a'
    'oR+fI7oPKt4N132gd4KBmHL1Rh8vO+zJOLP5eYXwj/zkQnPYyl7DzlMJn3MN9U9M8VYrwNMDwBdqg32KMZ1TGYhKBuI+lZSBqPRJ'
    'LiT4bJx9o7ocAxY6GeNEl6NWUZ7mOZ7QU2sNbHbXAP90MenbdmEW94KOba7weBEm5ameiQ7nt2j2z1Km56DzTxuHh2lCS1AeZlze'
    'JNdFMylfpZmfFQH0rW78pvqI6V0vveuld730rpfe9dK7XnrXS+966V0vveuld730rjcVdz2dP6QqwNGIV/MgG1sOZyHfY3mwv4mq'
    't9II9CRtQ8S4A8q5OFOuWcx7oDFN0mdHb1Rb9idv2Z/ni+XwUEVoSJP1tJFT/l5Dm3bg3Ex4a4n2g9+H9lpF0o8Dg87mSoPGp7o0'
    '5FL7tWFV1AV9rCf/biAz2lQo17puSW5EGfaiuVmfud2q6hpjHJ6J1vd2egEMfJrtemz0ZDzAtH0yvuMqwtMceaCO5RxRPkQDGQLu'
    '9XkE98u0dkK9Z/l3G50Fflc3wWv1lvR9P9RRZUTfJ/BksjOVvM8ZE+mRnvUmt4DQtivNi0iSfjnUAnZ19IppeaRHT7YoUyl6pBLt'
    'TyX98f8M6Q9Z5w8hXzalQ1I6JKVDEqdDkqQnksZLKf0we+kHU7phPpy9Uc40KQ9S8UyqQ2iOFZozLo6Nz3Ex5ePHiXKbnEPF1Nnm'
    'FIhM16YM5W1VGcjij2Prntr4pDY+qY1PauOT2vjoy6U2PqmNT6r3lep9pXpfqd5XqveV6n2lel+p3leq95XqfaV6X7PfxofyMRsI'
    'bq1hfLU1Qm/rk4c6qXy0E/iJOtqU0vnIX+TlTyB56VipDyNeZlVAm8gLtaEVcuQuRGkFUx/Asu9/5ZTTDNz3Ls37PscOtihsyPI7'
    'SfmeCH3td8r9JNuWv5z137b8uU68fb/WCadHTnDC6ZFjHA83bLXo/0JSbotFuSbSp82i3J/aKOE9NhnU2cfK/Z7guR6LPr0AvKk4'
    '/qqxrqdIHwYMym2Fco+Rcqa4Vpa737Ic9nM3KWcDt39Dzhvd3v4IqXvYou53kbqHNXW/leTp0eQZs1wDLNenOEt53ZT32G1R9/mK'
    'fhdZnrMVc8vznErybNfkWWVAEyyLSBMsIrQMb3e+4j6J35rJtx72jd73dPcllIshXaCK22B61+4gNIQDdMpcQkMgPWErz4/Lcw2K'
    'uYG0S43w+yJsZO2uF8H2uU2Mh6Xz56hqqykBGS/3pZ9X8LePU8DZCOFNYP774d2RMJem+5HCKo0XwGF1hH2jsDpKzjHOu8kzGbBJ'
    '3JaDoV85AgfUPjtH1roR6p0HdRUYHbtRI1+eT9bNEf44Cab9bSW0KdpH0H2P9N+445eJmvgtpXM/aFBmK6MP/6PgwsR090n25WsF'
    '1+91GGwWFbjTtF8Dojz+BpUryj78XcFde1neAZnnakgPh7SdyEJlugjSlZAeDGkbpOc2uXXfVHD1BqKML2gMfN9fU3BlL6btJDl/'
    'FxY83YhBJsPdlmA7qwue/2sTP809CbZ9cIXWkbcz0WTXzmjEdp5v8uayPwH6XhVbqIvhUMQ/e5s8eNnE+r1Ng1OKwswvN/ajRMc3'
    'efYPuF8XQ9oBaQ2kJzaV73/c50eQ/V26xzd5svpRdld7lu2BPqKrgnpTqGMl67oxgbqOx/2fQF0nIB2fQF0nIg8vgbpW4f5PoK5X'
    'QV1LEqjrJJSzJFDXatz/jfHrQt29X8SoayXT9fthAnUh3O9NoC6E+3tIXaqzx+YM/TSpq1dxN7Sp6/2kLo7jOE4eE35f+RibTdY1'
    'HtCvHst+9cWYL36GXKzo1wuG/eJ1nR5jjLyuFY2eDmWUuQ+L13AQqb/Xgk9kukZ/agjvPx9Hl8H5iOfifzSU99+EjrKZ/283uHJv'
    'U7phB2tn3OIegTTFXQ1efJKtFjw/TkfZtPnhBlf/LE6sQk7nDEfoxwhZz+2sPo63LnPs639TzLm1ocPPckBHioypRzOWkYh9KZ3/'
    'FVo723FmydwGrV0S/cQ2/6Pea3MqaP9S/KB6bz37NDg4Cs8Bx3QX1G97bwrDaYgzP1Yf/9zEut5ZH53O4HW9ud5/79fFB5LpOuBn'
    '16D+IeS9caGbvoOU2QBlVrJYQhuA333xNLR9LrS9CuaQ8mjwDncQ4+EcHHKnO6Lei5sahR4t6bXFqANpWRGjDry7/Vdd9Drwzvaj'
    'GHXgXe1bMerAO9qXY9SBd7PPx6gD72Qfj1EH3sXeU+ePzWtDk8o6riV1DCnkw/S9lv4ndWxh7Qwa3kcuUfSjx7Iff2YxH0UN7jvR'
    'oB9jIbTqkXWu3kjQfGyzpAVKei2k3k3sbrRNmMeR4/X+vtZfbzGBep+t9c/DmEE9KvspKkv6Rq09rPA1ur82fI2i3OM+O1nvIaxc'
    'nzCL98hhLCyW4XvIGPrYXA2y1OYu92bF/I5azm83qcOE1qb58I5wgWJ8OvrO5u5xCtQb9y7J6cUlBjAVhedcUKzHmCFOwjr+VOP1'
    '7aycR0OFxW+ksR5legqj136WcL1Iiz1Z496lTONMngDlzwzRrTClFTFu5Z01fr4Dt5lEfY2kaOAPTWGbON/bavx7QmX/iXT3GrZ+'
    'urFclXC92N8/r3Fl8pRWX9Xkye9Ldm5N5ToO60iZ9UwWi2WOYGU6azzbBC7vWaqR4+ZI3SX7NUVfTwxpt5W0i/KjI5k8qSmkXYfU'
    'cQxrNw/psSF1/Crv7weXTx8Rchf6MamjTVPH0SH9+HbewzM8Puy4BU6l+FjWuyfvP68Pc+zPa5PYw5/Me/o0NjSHLPMXirLPac56'
    'Toddn/ds57tYO7a0iaxvq6K+PsN54HMm67tUUd+wBd3Zz2iPM0l9A5p+9lnQQ8fly30PhJXjczvI6juE1NevKdNv0b88gY1+DX1Q'
    'VKyTLPNStVd2QHNHG9fwO1+o9vw+mPTXhpeJbXy32purDYznExZ3WnUefTmh+vAc+hyZP8zD42Sv0tBOH4tQFtt9b7Xnr2Kq6SPZ'
    '/hYyj+ty4bRKGM1zSUL14fycUe3pFh7epD5HdWfNCdWe/cjhITRFB8nrsLyLWN5DFX1apeEn8j41kbKcdlkacv5K5dJ6RZ9U4/lN'
    'lX48PO8LJO8xIXl/FFAvp32+V+WNdR7juy4Jmaevk3bmhfTpvoB54X26g+RtC6n3M1XevtbJBAYYnkY98Q9X+c9CTrtwXMvj3lNd'
    'yF1VLu2pwu9FBZ4v3f+r/D5tbM9jWU9XQNsj7E6NOr0XkzLFALqGnmFnG7QzzsqsUYyxO8IYO0g9W9iaDlqc4QcF1GNDC+QU49oW'
    'YVz/nQufU86Xez5nvt7Ii/m/Oa+/pjSEqp69Bm3/lM3VfaSMau3oXeMV/b+AMv2aMp/KeXt6bc5PT9jyJG4ifdjoqPk/XdyOJ+fq'
    'I5vApakPKrxD9ZG6+dzvCMFVYXem83N+fLCDzffLDHbPJP3ZKsz8N4XhU/TTsCzn2VwOsHsYx6OH5zz7F1vcUJL/BZTvNyjvQPko'
    '+sWy/K+z3lh1+wPvXP8RkLefyXr+Neufwy62trh3vquoVyVLkXkfIXmD5CMl/n/Wbw+q4/Or4PK2rHptwvAX7pmPRyyPMP7erN/2'
    'F3nDf2TreH1A3jGWdzRgbbYwnHs1yau7d+KaX6mZb9Nz7bysd05ExaElO17S59VQ/jxyD6R3kpUGefG+cVRAXn7vO8QgL9bbnPX7'
    'BUxCH0LW/T8Zrx9DinOV0pG/zOjhYoTB0E8yflvvrQZrjTj2exnPnnKL5sz5Z5JHJeuVeR7K+O0yn2N4YA/Jo6J1ZZ4vZMrtW01g'
    'V5b7W8U4xtg4PhqQB/f6zYo+Un5RSf8nY2bDTXF9Sf5P6h7S2IcPkTwqPSWZZxPJ06uxgb1CsR6cz3lxQB7EJa9V9JnbuJ4R0B/k'
    'LZ2c8dv/8nOtUzH33azPRyvycD7bIgJDpvqxpf2vqJufZXnFWF9g9fzJ8cNw0QCGf+XoxzYGeX4akAfX40cK3whFthd+4OjXHuH8'
    'm2QcprxYWe6fSN39mj10r2O3h3Bs/+j44XGU2/EHjG0L2vEbts/P1ncFjO0V+p/5nTDRcZXlhh2/Hf042yN9pG7TO5ws90bH7wci'
    'ih6qrOvVjt9On9Pj6xy/vwNqo1rS/3E8Pco4eqwl+l8B8yMMLtsc/TmGuLWggC++vtVkDUz52iX+P/FLYCq/l+V+TnweqOixAuix'
    '1Qbwt0v3/4B6kF76TkCekyHPXpJHRavJPF8JyHMK5PkimQ9Tvros9w/Cv3fD6LTS+Q825UnJ+mWdbydjMOWlUz8eNrJ67sdjSMOf'
    'uZLkUfEsZJ7Xi3J96Dh77wzh93vTxfDBySSPik9bAFu12gD5MPoQrg3gUaAfjyZLmhh54E2WvAzuxwN9U+ni0Af50ojiVwH9Mur8'
    'KlTKP8J8Ue5HLC88nn2O8ew7GM/+IKGXBfC81O8k0otZpxxubP1Oon8H9Aumi53QLPSxE1RxFVaJaHEVaFyEMF/AaTyENB5CGg9B'
    '314aDyGNh5DGQ0jjIaTxENJ4CGk8hDQeQhoPIY2HkMZDSOMh6J40HkIaDyEKZKXxEGZuPIQ6Ye/nN/Xzmvp5Tf28pn5eUz+vqZ/X'
    '1M9r6uc19fOa+nlN/bymfl5TP6+pn9fUz6s/b+rnNfXzmvp5Tf28pn5eUz+vqZ/X1M9r6uc19fOa+nlN/bymfl5TP6+pn9fUz2vq'
    '5zX185r6eU39vKZ+XlM/r6mf19TPa+rnNfXzmvp5Tf28pn5eUz+vqZ/X1M9r6uc19fOa+nlN/bymfl5TP6+pn9fUz2vq5zX185r6'
    'eU39vKZ+XlM/r6mf19TP60z386rz7UH9vJr4Um2Bem38dUkfH/L+chR5n4d6TeXN84mfikFmA9BMvo2wb9RfzyjjM3PfcTqfT8vI'
    'XAnL+ZL9/hYbN6cBhhgNdLYCJsfYWXeq8J91RTb2VYp6NrOzZxmBrU0WOo6LhBmdwnmQzYbl+B2J+iZC333VIvUlM12+ZKL6jLbx'
    '2Wzi81jl17hTxPNrnPosTn0Wpz6L9e2lPotTn8Wpz+LUZ3Hqszj1WZz6LE59Fqc+i1OfxanP4tRnse5JfRanfKaofKbUZ/HM9Fmc'
    'h72cgzMKcWs/tFNlgFs5Zs3OLtRamqp3ro8G+/AcsT4G5s0Y7DtbGkgQGLa5z6xjMkEq89Dx5uh7Xq5fkZ/q5Qxp7CZM7ESHFHpA'
    'tC9hujslv5Y5946t0pUf1vTRxHeyyh+MSh+2l33fbqH/H6cf3Uwv5a8m52G9UPvt7U2oL3y9KJ+W9m0q1oGP/9Kce6aodLeoLlqU'
    'PTDI8PyI4ZnCaW6b+eX7gMokF5Kx2sy1SmesyO477QoYSsJPtyns8LE+m3VlUap1oX02haNNmvnhemJov/JbQ9omaAx3BoxhsIJj'
    'MFmXFw1hTuq1Hyf0PqFMfZBu1uiAjAhzXbwuofaTM6bAGSX++WTfj5lGGPqJRmbI51jqtS/R6NEMKnSCK3Fuc38BTtaVAet8u8fR'
    'J9Thu01C70eCzmuYXriJbqkc42MZD7Zt6P3NM+Dc+1jGlQcg/Jn0ndY3oFl/m72tw+XbNHo3/Rn3jqbCJdzOoVuY+3IaVegMm/Tn'
    'nIwXSyGMbrY9b4she34paXtzhWlyvrfrMu79cyafO886bl2quTehTUz01ouKtTOBm/sdzw9vpegwPh+fdPSw2KtYh6TX4zrH8+ET'
    'dcxbDPdGtzO9uPUMx5XL6egGUz8r/Yp1Cmp3MWm3aHmHU93/OK2gmjvUaz88YrtJzfnzwrMnThrXfpvo74ww2x1TXIJlVPPJ7avu'
    'Ft58Thdf4ANkzLZ9UJ2pgyHtjRFdPBsYsqWVLxPeuTkQYW9EpS9Kdq1gR5AU3kf9mQURYHLUEiYbhd8+eZvGZi9D9H/riOxbNv8Y'
    'kX3PE56/uKUK/naLJf+zGvjanBeeIbzwRsILr4U+1EC/UeYk298YSyY5uyWUpTmNwTfPGeRpY/pUtmswu6XC7hrcKGI9R9jIHsL0'
    'wfmeo2tdS9awCvZ8F/D6BZHh1hI9JMx3+uTvTQbtSBnG7+D9DQAjbaCHSWXLXP61v8BJ1vzJWekWaGTEcq3NwEifcyLCU1DAYCPR'
    'NTHBPQhPwwSe0nX3r7tiza+Pu+ZJrnvJ3nDyHxc57nr+iOg4pvv6wNvXKQ3gX+fcFNAAKS6dHbg0Q/6mNJRD7kebyd7shXWOAmNO'
    '0PbMVGYvVORxq86arGKUR1XeCaHH69lduFqUxx6qZXfpOos7NMKASGFgxsIA3785sn9ryP7FvxsVurhYBuHGCbA7aTS854W1nQM9'
    'M66jVgffa9jdT+wW4jNPq/XgeDvcvmCdRf5GeMf5UTQf3XdzLXhYUdaLj+V8SC8W5bZ/Jvdy23t1DalH1ivzrgSdWkF0DKfS5tuG'
    'B9gIbct+LwebD9n+WXfZ2yxF8aMRt5/f32vfz5xlP9GG/uCY9j87HwXfZsJvr8ltpp6OYK+COELW/24Y040wnhqxvz2OQu9eQkyu'
    '6pXX1bizKtCk6ZOJXQOsnNlLsy7ri0pYewYMGCR87AT4yE/NQsr5yiJOrworWT3jgDIyD7+dHhz2sOB/aqIBaQF4AkgDb77Y/Vry'
    'i0Her7zFe3++SH38JOXjR+Lv1PZqemyvkMbEM/b3qU+c1CeOSH3ipD5xzOA39YmT+sSptE+cY9kds4rRIkeCrhvuCVnPIYxHEHan'
    'RXtyU54C5c2o7qqpH5/Uj0/qxyf145P68Un9+KR+fFI/Pqkfn9SPT+rHJ/XjU2k/PmHfuYy2dj+V0cq2Rq+cObLYEh3TV3mZq01/'
    'ni969my29AGlSWsmvL2Aa9oA+bJEDj2PwFtJh2hCXR//jnTMsmw03nN6107v2uldO71rp3ft9K6d3rXTu3Z6107v2uldO71rT4fP'
    'XJnnAnZ/XmQoa4/jz4zHM14CdIYq1nevYX+430mqt7NcmPs4U8UoRD3HtfDdUYxDtZ6qdriPG53/kBHFetWT9cb1ahR+X0G0vnF2'
    '1h4iPD0hHv+V6kTEiXPJ5xD1epCvkSd7oN9if/PYzMcLTx9p1KKeUU19i4iOjs5XGPUvaOsvq6jRL0T+DV/vVjhr6Xq3CLX/lO0h'
    'bfaSe/qhwu8rJs5+7tPsh96APWViy8H95tiUiwPD3Accnc8dinWS49pA9mVQ3XmAWZs5pXpxY6I8XjVdTxq7Nmx8PcLeR+/+gCOr'
    '2J6hbd2Kd9LFang0pW1z8NPRoSq8vYTAB8ZApjGjz8m5sJEV5fdluvZrWBleB8aLDlqfuWR9KD6eo5ljvha6MwPvyAtBn9YkLjSN'
    '23xKrvzvE0hMbjrGtblg3InrU034mFs7PR4zlxfUsjxvgfRDnX65gSxf0ivr059zT0H5/4T0Tkgv6PP3sQrmnfJaL+rWyzTkt5J1'
    'wcbyGMT0200fKY9BTOu+7mb/mPBb7c3hsFOtgR0ei3qY4ai5ZJ7/7jI3PQn6+1/j5XwCmudVLA9fc13f5sNZzuUXdC6r/tJN/3iT'
    'f77u+gjoL96kgIE+mLft/j5VMTqb4gpsYyuM6e09+nXGPN/p8fcNvznX+vsm66TlgtayLmAtS7ICgIvfvLW8PdqXN1/gpj/r18PV'
    'dTeb7dccwdO1MMcLNujnCPN8rOhvW5aT6bMXq+dhPuOz4vh5WeyrLvbv+QBDH7/M34e3bANZ44fUcKIaP9onL/yyW3bP9/Tjxzzv'
    '+YGnV4rfZDmZPvG4h5MbFeVk+iVNmUJAmfevVJfR0XkmvN5rH7Xj/5XZ6dsyzGYXOzCrZuJFYte4T7s9g5DTPCirl3vtJLbX+Nm7'
    '+0E3feQRN73lUU8vvJHAR0lm/wScH3e56b6H3XT1A26ZBbC3+TfeDofxeY9B/XeA/HV3OcyvfUAN462WcP7rL7rpFXvsyr0b9uDq'
    'p5KVJy2YiCYjqCOAYerDwKSvVaLczwf1Ubk8gMbOQrkkYr3nCQxdRGQ1Jd4gk91MBOQ9l+X9DaEDeN7hkHaeJ+28BlK8G/awvP9C'
    '8mIf0Fd3L8v7HbIPz4R0iOXZS/YJzzOi6L8scx/8TftwLqlDtU4riPz4VrjbUn8QOIYdIeWpbxjV+MPafi+RdZ3L7sUD7G+st0jq'
    'L0AfcQ3OZmW7US8D8g6Ss/t0UqYA9608g5nT4dtVZO0W5fxpKd4P6cfpDMaudMrX7FyiFxMEN3R+sY5RNi9Y50kBMD/C/u5nZTsC'
    'yvKxXMTKHgx0Hv02rBnDOPt7iOUb0uid5BDnwRo1CM+3CuIUxD9YHnmkqB+CPny5vyqq++YQvIjf1hIe/lqobwn8fbjw+zWnPJ9R'
    'wsui97WiJY+Nx6gZIDyDAujgtRrkpbge5+xUMleHERg+Dcpdq2lzrqLNokKmENYm9x1WQ3TIgtZBrtP7icyU45njFGfMZrbXBsh+'
    'kH3ZpsiL+KaL4Z2tJG83g99egj8RfzQK9f4dZXsSeX8XkfoHWF9GSZ8KBL9RPl8P2/tXs72JcoqTSd/erMD/qr4tI/wUjpcHWDv9'
    'bP5GWV0HEx0sysfIs7nl/sJxjShNJPfBqxSwhfI8JwRWEKdQP8LcpxEtL+FzLsCzQ2DbFpaT6FMzo/2o/8vJt1kpd9bJnvGufrDi'
    '/qDCS23k39ge1fVcy/a5o6DjdePVzaFcyw86Hs4OmsNbwH5ety45Ahey/yaxm2zuEG+Eu8y9DwfzgjivoQbuRA8+7udzjMK97Na9'
    '6vsRjm079Avf1eG8aC7kGHs1N6s1d6qciYcmbqaX9h9L/3jtVrf1YIcz60NKvyRcY+rJ58dZYfvswr04mq7prFpT3LfXK/Ztfhav'
    'cRU8wbmqnYn/KfNiu2tiOtb4ev0am/rgDNvXO9M1P6DWHPf9RsW+T32QO45Y/YprcA2r3OAJwcmp3/epn3MzOjVgDaQL9arZrWPe'
    'yXTMO5jzTOunNehjnbWOuv9p6OT7ajRd01m1prhvm9i+rRVE2SqgIR9PIiS/LpZAkKztWIX8SqU71iY8/+F4l69hMjDOS7aVse1g'
    'fbDZDxGE7NkpAeSc6hYWw59+RzR7GlOJu7Uv52bzL0H2mscGyFFTei8AJlbGWcCaC8JypPTe1M85j53Zp4D/KLpFs2xtsga31sAn'
    'Ex23le2P3nRNZtSa4L5p1tFdnaUdu0t3/jWQtW2MUC6M7susF+8Lg6l6i/wcXwS0u8uy3cD81D8o2v/wObsxo78W0zmz0TvA8aEe'
    'X6XGZ6pvoLJ5G2Zy/iHht90pgFxyrvDbvUSJIR1Xz3WNJb3eQvQtGuH7PGEXG1QHu7NhbY+BK2fY2g2I4Lji6EcY2w6rj+vSjAm/'
    '3d1sgBVKF8n2998zOJs4jZqpcEzwsON5/6eLZt+apHHcw9foxngsRqs47mF4MwjfZdI7R9mdo5J7K2PAPkvvgTNvTfLCi2OZi3Df'
    'UPHSZZnnhTr2ss36ZmfXeufirneYikES8JADmhhhYwus4yaLfTvL19HR3NlrEjsDPx0uf7DZo6W/J/9xs2pP7nePKoBfJpubhp40'
    '2zDfmo1Zc76RBskm0cYl0+l9zxExblz8Lv+W+vvXsHafu9tNP2wZ/zWlpxW4JB4YhtLTqjN79vAFUjo5XZPKr0kb8BEpHutNaaKp'
    '4wt82uy8TIJvUC4/zmQP5Afnltt5TVg/0QHDv9fSNZnuNQnV2wvon1JvLyR/kN5eI5NRoc5dgenebVTISbXy72zp78+pSPYapp/V'
    'GKFc0Hj+mo3nL6FcnZHOq+Q0VFXj3/lZdcrUlKb5L54Wzwg39MJqd2J32dy9T/i6FaQXQnNkxYNVD77b/fdV5H27lpLQ3wWrJ14M'
    'vvqvD6Fl5pTmpkN31eTnII/Rg++kLPXByd+GjAfnVYr3HI7RxzfSS9TndxkOj4BvplyHDdu2IL0NhxNq1TcR6TEt719/Lf0TYZ2m'
    'ywe6RbGsSPiZSPQJoX/SNZn2NcF9c7Ni3wAtMHkWZ2DBcqFKe1XVAXOVnzFrFH7OZjJTslK2ddi27P9qU079vaC417wvhZkUZixg'
    'BvFOl0jtPabD9qAG5h/375Xp3E/L3HP+Hfcf3wbv6T0afe0dC/eY5cKLgdfEdDfXE7kbraOa5Oe2WPOJDif6Al4RoZ7WEP5AC6uL'
    '64ma+GXC+hsYHpkXwjvBeQzLx/ufZ+uSY+tiUh+dTxO9ZNu+dkM9Gah3Xrq3E9PNDNNd4TYlG2Hd0vmf+vmnMhRHozuAPhAx5mc1'
    '2TfcH2sDy0fx41Ht0WOOBulFYNzfKxKQDY1o8EKq0zbzddo4XhkieCVdv/1r/UzxzUGG+CYILy2pMF6qnYiPl2oVtBv6M76ewHy1'
    '5puKd49xWerI35T3j75COR2ZI+tN5XJZJpfj/kb3CdcHO50rzIe+SFHm8KMA2VkW4OOqVMdMfS/b9co2BbmQlcxMznUuTEqGdpoq'
    '+KV7YDmkc9q9byrdRBM9c7nGQTHCCnB+490PXYP0kP1YAFnVAlFuG4g2i2jLiP62TWKuoX0i9Zst25EhcV4H+6mR3VNM7qb7+73W'
    'FteZwsHmBHSyZtmjkafYHfWBm96gqgLg+9cJu/gd6J+Y+wg/hnxD398Yu47GUEKf6RircyH5VhTl/tnnKb5hnU2K9kaZ7nQznGMq'
    'WsGER8H9SFE/+HHr4XvnXQq+cY2bIaMXVudmiKlAdSUqzZtntY6l3VpTOk2O9MsQDJihZqR3TXnGGnsancqjbkxhIoUJhbyJnrm5'
    'IFrbSBlBpM8rT51BnnKfiQUAtreKcvsd/Ib7N4yutr0nzXaK6RXiPfITrp1jyls1Pc85D6AU6xNi1v6x03/34t+C5ExdjO6w2ueK'
    'bT+LnkxcSDCxOXE0PBpcnzq2ProYfrPG5jPDSBC7rRfjaY70sTkc7JuDqBqVfQry11KfMQRnr68kxg5fvNSPz8xbExs/XcdZ5M8D'
    'jqU88hoRHEO1CsphjGqMUSvj5KKMAWk5Hoddftsu/DHaN7E8gyRPkfEtMZ5bEXAJ9XcW5isNY1AeJPz+0Wg9o+w955FiDLjrSb2n'
    'Cy/W3yArvz2kfKmPUI9cv0UR6wkae1j/W4QX53IH4xkPMv4vX1M8yiRv9dAIMuqyWOIQ+/i3u8vje9EYkt2s3Si82CBbEfF/J+v4'
    'sYcPqxTvVTHT22EMNRMef57TrPxbC9njTTCmRaJc3wfhdSn8W9ZBZW4tCtlc7YQnExDCHyuuRpTH2+sgOKdDzA4fl6oYemvYN4yT'
    'NxfmyiGylDgwVek5nq2+JsPWzKaOSq5ttcXaIm7DmO9fV8QuvAViF35zT3xfnesizlVHwnOVIyw7XTz0YyKMbzfMVfP3wH/LfXbl'
    'C182z8/PHZt2aKzKuHNIeRk6GUpBcdeuIXxOCq+XEXi9jJ1DPHbrFeycQV00hHVVGQ5DYftH15+g/XNcwP7pILLkl253049+CfbH'
    'D/yxnGndKjqExtv9xLegvm/64+3uhH78Atr67MNuuufJ6d/XV7D1i6urQ3WWLhPldE2eyM0vYzCi64+cnznCi3ffESIzrGPzs1SE'
    'x8uuJvuDwxxtK6fhW9L+quLvZkj9l5P6Lxfl8YKpv4C6odINc4/jhhL3PS0h/DO6R+i+RBg/lMy9DbxFmZMgHQe0Z8BY03SP1wp1'
    'nPjtUOcjhKYcJDRN0L2G1of0zzVQ311AZ4fdy44itJHN3K3C+zFJZbsfIuuzidBSYeNAuurtwo1BjfMQRq9tZWnR4I68RbEeOH/X'
    'Ej2I+azuIYNxmNzR/1x4+kv8zjlI6NhmuHOZzB0vW4A1OYSc7Sb3Ea5TFVZmkOhlzGH9GWVjLIbwJQY0tDXuJxpHexHBRfL9swQ+'
    'ZZ+fgTJzSi8z2VxV9StPvrq6Bv9dW11XX93Q2IRPoblpmp4W+b/WStRcmpiXSrTIS+W2jLtKcVVvc5/Xv/7zpfT7S1cuPu+Y5Rf8'
    'csOFr7/3ttuWwuc/fOgdt5lYbt5//Vc7HJH71eQ/r5dVDx3sYRS3rT+57dx28Q9uI49cuV2JWoCv/7GJveiDuq9t+NdtvufnX6V/'
    'TYiJByd/8v+vn5DjFKX/9k3+96vS/yefr774R6h5YuL3vvYsVBhCnqsU70rttxsUNtIyVVvMTlecvZL+t+Isrob6VGfxEgWvgOKr'
    'UcInVOFgWz5EGG/yX+Aeb3Lmh50FQwSHh/W5S8MP7iXjpjybEcMxhY33b4TrQE7HI6dtbzMcBy1jsq6yHzsBzpLklaOMogDzOEfB'
    'U1bNbRg/7AKA27D136zpv+04eB8oXbAV+rQM9pVOjoE6xfT7JkbvHQL0XlTevkk/bemJIB4FLa/SyZnt9gkmfpi4LbOkBMxOr3A/'
    'dzq+EV1Tlc69iV1xNdHToG1kyT30dwx+TO7uNnIiG3q/RyPH6hV+u6agOlGu+XmClwYMaX8drozS/k3kXmTafpR2riF3O453Kb8/'
    'St1vIjh/c8y6zga4Vd1Td0Ss83gy9u0MnooEb0ap+xBydx/QwCa9E0Zpw1ZnX0WTDZE9LOt8fcad60rsZ7Q5qPmWx6/Cdzd+xX23'
    'gPC3ngF+am63xy+sIrxXtHPAdy8/5pe1LNztpt/fG80mstQ+1Ns0Wfj8Cs/Nkzs82MR31Re675aTccl3Mv3Uh91vR5Fvhcvd9HdF'
    'b57x2xmb3PRDH/FkgtjO0jf65/n5on+eN1/sn+eVt5TXmyH80NdB///Jce0nkZale2LEAo5t59/EbqfN4qzZyvDjIMNLRcYPOoXI'
    'XeOeJbTeJVCvKU1o2t8CkVGPBtzlaJkM0fU9y3HvcGHj7Gf0/w72d9c0wkRQPmqbWKKhJv9xgoaH2cPogJk+lh/AnY2O5dn9pO//'
    'APzsSuAHlEeszbnpakjXQXpmzoX3GsSzOTjXFrrpOxZ6+2Mh0Wc7G8p35sr3y+lQ/u2kHPo9ovlOhHw3LPT2leyT6VnXFGE+6Lg7'
    'IT1JMw7evwLwdxYRuoPqoRUt8BnnoavoQkrbLIK5p+1uIbjRpF2KnwYV8ivanqlsjM57JkDudjSTJYr1UKVGWxvrzYTUa0On1LKz'
    'hNL1BdBtzJNvdD6OUeiDDrA8h5M8w5o8SCtT3soKkhf/pvJ6ym/S5dWtVy38KNxUytae37vzTGeR+3BXrScvJ9c0rFxU3rSOP2Aq'
    'S7aJvxRHVz2iZnt2RvOX9lXQTsTA8MlGP8UEv3FYqmOwlDPQS1ghzG3VTPtVqXpVOnIrIsh8jrNci2vg30hLlMe6zOw3j0XokZyN'
    'r2BHTGRVvFvvsbadVkgMzR+VL924OoaN6d4y2itT7bPGxkfNigThQTB4MOVZUX833SL1Y6U9qz9Y+n+7d9jaoY4w2zITf0NR+JHL'
    'yN0J350C7w4m744Snu5sI6Fjqf+ZQUh7GT1P29spovFpKzHmCxRjPlcx5rMV/T8jwjysUpQZCynTAXiClkFfQKMs76HsHtOsuCPP'
    'VeQpsjz1ijySH6K6+07n+l2lWL/LFOt3CXn3JcXav3+lf+2lPwK+9sdp1l6l0xi29jp+bdDacz2PoLXvMFj7DoO176jA2uct174Z'
    'eEp5kBE2Ax+B+uxbDrKlKlJflpRfztJTYSwXClfmgzpTQTyiPOE1jDJ+QD/T9UA/WdxuLoxnMCyC7eUoT4nbaZxKxntqyHysJTB9'
    'VASZ2akVPJMQx/4veTe33X33Enk3B969SOi2drbO7VDXzxV5jmgvz/Ms7FHKVwvqsyzzfSnTI3jJZrytFrxQrju2Cdr/ApHBj2j0'
    'k4bYdxV/Vdb1CaKr1qMpa6oXp2o/SC5FYX6c8OOpnp6pTvcQG9cmhd5VmG55WFu8jdcR/bAxNv5eAx1E5JsfxsqOEZ12xDNx9Mc2'
    'a9o+FHQaTNe0GEH3sp/hDBNees4Sj6juhctEdBv2lZCeLPwy8eOZPUgmgP+qejcf7MCi8Ep1PmtN6+D2/VM15lYRz8Zfx4c2ObNs'
    '8DO1obwGxjk35acp+Wnr9wN+WguRVVxsSe/kmazpFfnc6cEOmGSZ1WTvnPiAm/7sbk+WdrgCR6p0J6LKm8L005sJXSTATvYDYPf6'
    'vtvL7+8638dB/o9HLfFaylfy+UdnQpxk+Uqma0P1hmzoY925bou/g/yuUD6urb+VID8rSdv5Jw3/s/zJqOHf4jEoO1X8q2amCxK3'
    'PceyfJVl+TRmRQBObn9lWiPErGgz4vVTmnsNSaPohbeQ+8Z1UB75aV2wxleINK7ZdKzzwbAuuG5cNspljsvJNxGQl/tUawk5q6Lg'
    'h7Uh/A1uqxjGw1HZCnL+hykfhPKwsF/jFnydQcbP3dTq7j8V/2rEgm/0MwUfrdnCFsmEh0Xr28f+3hJgA1Syc2x1ZRXcfpHO5+aA'
    '9VX1ISovS7WGJvymF5nu+u9bPFg18WsxqoFnk/XtUui4U5sCrqvfZTEX4xrd8y2i3J/mAy2evnoQ73Gq127Ucv/Jsbx7ciynKXiu'
    'JndhUzsM1d1bZa8w1TzZ17R4e3GM9c1kLqldmgom+yzmakiB67ier46nT22757Z4eHRcMzZuyz6u0c9Oam9F9cOqOgNQhvEvzd44'
    '/xBj7XT4pKdC+MQWt356MsNr4N1pzDbgVLANeNtC/1xy+wdZ/hSwMViVM7OBwLyYqvxX8D7IvCuJbYdpf4+Hb7s0/aV9Wk3el/wU'
    'N7u8PrqP+tm6bXSCfXHyPaKDD352meDKzSLcj9NRzS7/XCUDGmD4sEvTd6ojoeoz30t8f282GAvSMX8oeHNeif2X5L77KaQ/Ybjy'
    '8YJnq4W4+mWGX3vY3PVrcOmA5nyvFLx8vODKiOLStLSvRQ389Atz3vigZh64/saWgmvPQm1ZOXz+TiGTDzoDbWimzSFnHvoPWz/5'
    'vxOZLgq1j6LtyXawXU4D9Wv0mKYazzQQuJmp53vQejzT5OoO29yL49DYWwPuBGFzfVdT+V3PBLfa2tBNNc28s8mTqZnQkypc8FyI'
    'vsqIRn8PfRFe1uT2P0ncZ3OPD8JrJza5+l6mvrU4ro17Dg0qzqOS7WuTy9sKo/s6De1wMS/t+2nElpfSgacwum0Ns319Nfu+Gui6'
    'ZxuFWDwFdHmvBm8UmV7NV6a4P7p7JfbnY9PcHz4/Y9Cf6YJ9DvMXTPbnHBF+BzGB9fUWd6dOAuem9SPsr495Z+o0vHuVZCCNHh6t'
    'BM9CdR6b+LSQffv3hqnp21CEvj3Q4Pc5OJX4CGmhj01RP4ZC+rG9wfMNjHv19kVqH4U8Pg7mG9Wcq38g9cq2Lm8o572a6nvHpf3i'
    '0LhbFbS/HMtSAuM2vhR7LO7rRaGOjzQYQmdnGjx+RL8w9yE+qpC30P1osmabLMaFdOlT9d59cqbeh2U/d9d781qpuelJENftqvdg'
    'tBIywzhnxBunqG9R5u34eo82m27+Ron+J/0Zr6DsjPpyUfE7kPf28zpXF1/Wc0iTmx4J6UpIFzSpv6+GNA/pEkjPgfR4SI9h+ec2'
    'uW1/o66c72d7L1fl2ehMDf/mE3X+MzIKXo5qQ7GzrjKyS1Oa5/IKtx92x1k7Te3j+BfWeT7Hp5L3Q/vEZci/r/XO3qg80qnYO9+q'
    'dW0y5PujGa45GNL5kK5iOGU9pAshPQLS0yFdxHDUOYBr7iRzM5Plqe+snV6dik21Hlzb0PV8PFxGtjlAZhYGL6dP9unIiHZySfO9'
    'F9V6sU6j+F3X8U7C2pXKaodPI69V9uHHNX7ck8S9zpRW+WqNSy+Eyb1t+J9TxeO5pca9m5d0GxnOO4ThtrmQzotIV40FtLVI09b8'
    'iG29ibQVBTfTcodDehL7vhzaOq3G23tTxYcu+fKb4nYR3rM1Ht6zsQtW4WLTsjoeyb68NwdJyUZ6DXD/w3nP/3ilZDK35stxayV4'
    'AS+EyKveTcZZCd0Z2cZQ3vUbym3WbfVETWnki/Ie/E63fmVn3vORH+XOpdONKem2J1g373cm7/49E8+8kv5ftQu3FM87kL4G0rMg'
    'zUQ8Yx6q9uC20vIR2d7fT1F7iOffo2ivkufKAGmvm8Fjl4aOL0Y4f3B/XFDt4dck7xQ2d4hO0ofp4PGX7EqrPTyRtIz1parKn2E9'
    'IXD19DT0ge+l/1PlxVcZZHO9T6Pv3gLnatZR67n8bZUXwybKuWmK699V5T+fK8Xjl+1tnaL2cG02EPiIQw+Mi+j8lRWKtYzShzB6'
    'bi4ZayX0FXtD6ij5i8p561tpncnS/s+5+M2GFjC9+z1I6j6D3SePYfflcy3rvjXn+SNK6n4XhhtegDl7b87zaxVHZl+S/+eSge2e'
    'kPvwFRVuB/HFmbnp8xO1mKzLtaztv9foSmCfPrOoHK+3kLqCzhoTvYs/ZV2/DdNp+xHG6/pB1oOP9Zr4GmtZva+J0M4DWc8XWQ/D'
    '9y8Y4unbsq4sYqp4y7LN92e9GKVJ85BL/L+sB288zpGpzi/W1U3mZ6p0SP6MtDkVtpAlH6QEloYD7hlBsDQ/q48926+4Z5n66cN5'
    'mch49a8O2U/rIuynn2ZcPbbpxC2yH49kXPilvALUMbCRF8q67s646yrfXf4t0Pd8rNw/5iOPuOnwPeBvGPxC7XkS6P+MHs8UDeX1'
    't2Q8Hz1RfD3qzsjxjKfzV0nepWxrI2mLj3+biG/PT+frrEx8P5MnZPzxlbk9Zhisn2ShZ2yyx5oIPEaVZf+v4/lNDoNHDi+/JGV7'
    'FfASJH/7sRPPXylfn284rkwhCRm7CqbGNO3eTsYR9z5f0v9V1Bf1TinrewdZo1HFvU21Rsir2EbK2uwbWabP8Xzl2cgoZZk3BJQN'
    'kjmW7P8dL05jbwgfFGULa0kZE/8dssxxjuer2gTv9WvW+1Anmk/jQVZPveP52Q6iX0vyf5K3N4Sv81sRnhfXXPqLnl8BeyRZ9/eg'
    'H/L7LzeAr9WiF9NVpr+BOKuPkbxPXOSm2Su92K0yPawP7H8C8vJ671bkPW1cnfcfFXk3v1vdh08E5OX1foDk/Q3Erb1TMw/vDMjL'
    'Y96+heSVCECmTRf7yxYAB/C879uozltU5D3jOnXeN5G8Rch7y6B6bBtI3p3b4EzboB7bWYq8uG4878mKvLgWPO8KkrfzDjfd/SDA'
    'MNB9S/a4eY8kef/2ITfdt1sd07mN5A2jJxtJXk6TtkG98x5T+5AO8xtt4s8qz3Ae8imoL7Yi+2briy1H/sYYfJL+PR1gRv57ctrF'
    'j0gZPrbmiGNT+S1H/69B+Jj65j8q4rht+Qb83LAZ69lC7zPf5Gwz9WeuontsYqxyH/sDmnv2oCGvIMzX7ztg/aZ6bsL6tRFwlSnd'
    '2h1Tx7TXYhwjCc29nPfFEXjAupgEQXarIwb94fgT48QLgNuMCPYXWB0BBy3RwPe4U06TRZFjmeyRrYwe3NDo18OZjj6V/O41unIx'
    'U37AcAR+K/fTM8Jo3vpGT67QawijSbX9iwaPN75JwUNRza+J7sUIu6s/2eCNMa6MZFSj86uTD91DxshjS29LcC4/Bu1EgaWgdni8'
    'mOsr1A4fTxHWzLSdJPfEqy3HOBpxjMsaPB52D9NX4nC/3WJ8KB+b2+DJPno1fAHTdXdi1MXH/ct6b9y9huepTV+l3a2ur+OWdX0t'
    'Rl0cD93Jxm1LD4TN60cVfX0hYl3vIH3luLlbU7bLUB+wpHdnUL/Ol1wYfSbrfz2Ziyj1I3+xFPuP9LVPUzYKzXAW8AmPqfdkfFsj'
    '7nfbNhtjtmnrH1e2+as6r82pOIdLfLc6Dw5U568NLngwRl18f92eQF24lz5e58Kn7XllWv/b6vyy0Lg2fsMRYPaqCvXDFo5PBTg2'
    'hdEdmjPeps3Dyd7ZzsYwbniG2s53rs7De0FtyvQyx35Mv6j103gqH7Fcbm/Cd9/AdP9R9+bcnGd3O9Vtb4C276j1ZMdcp37MAq7C'
    '8sq2PqRo6zDHvq0hg7aurfXrBgTRs1zvrSR3I3WEndtFDb66xKIO1dlf0rup9XQUdHfTEUt8U5K7Kep9IYF6Dyb19ml08Acj0GlZ'
    'Rb062sdm7/9njVcvt4c2oaFGNLZ5T5N6t2h43FF4CA8Z1BuFTv18jQerNvVS+vTjBn3bFgGmblTUOybMZcX9GhuYQTLmIY2O8VAI'
    'LXZFhDo4DXauQR1jIXWcoqhjq+VYjlHUMWo5loMVdYwZjgVhvAbWOy5dw+mI/857PuE6c+G6cCcQ+70wfSUbGfx38/7xqeT7qzQ+'
    'QXW0xP0J14t0wmfzfjpTpZe1JkG66F1T2CaOc0vewzNnaXxaquCE61OfwsZyccL1Yn9PzXt6aw7TS8O/m5g9Z47YX8g6lpM6UCdo'
    'MaRLIW0PqWNh3tO14nTkkCVtV9r/ivqGLWgSrgP8m2p/fSMhtiMq2xuUl+xT1DcWkX6W9X2T1GeiL83b4jqBe6o9fTObs7xkd6Mo'
    '+5yGfuPnx8erPXt5Ezmjzd0beck3kLnq18xHvwVdOUDG2685r4oKmJZlriR9GYhpmyzr+3PSlwENvI5r5uWUar9+IuerDLDxjSP/'
    'v9rTn5/qc7Hkd5/0HXHdaTm/b2EVbv3fKvuyiD9/WeWtX5iesMmZ9S8J1Yf920vq26DRZw7yB8D7d3dC9WH//qbK0+M5vEl9DunO'
    'jJtJWW4TuJSVPYLYFZT8blZ5OqNdClrS1A/loKKe4Qj1XK6oZ1uEev68ytOfLQbgWooz1inK7GD47GXWTicps0Wo/ZRsZu0cScao'
    'KmOK41oC2h7UtJ0LaHvQou3/znm2/lH8F6toAtR9/tec10fTs0/Fd3o8580PPwOKirNAlvlyQJkRTTtfsCizGcr8nUEZfsf+iEGZ'
    'cbZO7zYo81NW5i1kbQcs7arD+Im9pO4weAuj+Tif6HVkrBsd9f2Y+7aReBjx+NqcH0fb3keX5Tzd9K6Au3uJ/x+Q948s70E5L1Z6'
    'kew7k/hXsnw1aSuIRynz/jHr5Q3iPZXkf1mvX7b8pBL9H7E8rvl3NeVNcEdJ/qcYK8ffyJO7NyDvoMLutjkini3R/6QtHS2N/bqZ'
    'tDUQgR98PWmL73fuP3NU05apvmJvQFvcNveNAXl3sDGcp8j7nAbHn0nyDmls9fF+uhrGG0U3Cu1u65lN63ka+vtQg7xIL7YG5F3H'
    '6s0b5MV6X854Z29UfFiyu8n47W6SkMWV5P8Zv657N8Nh/6zIw++cDwXkwfXbE5BnDM9/RZ5h1p9/UOQZY7Ztn1Tk4bj5w4o8VPYn'
    '89xE8qj4uCX5P8nTq7kH7wjIg3tpOOPqE9voP5Xs7hV1v8DyvJHUbXrmyXKvJXUXNfj5DEWeHexsOpnkUckcS/R/QB48I48meVRy'
    'vJLfXTJWU75V6c6nqHuE5cmTPCq5XMnvhuPl2aKhr36ryDPG5uwXAXmwnp843lhN7w4lvxuKctsN4OFRUs70PiHL3ed4+jxxdJtK'
    '+5/MS79u/wfkQXz0YZJHxScr7X8yXlN6QJa7LqDuLXj+B+RBHLU1IA/SLN2KPhYN+nixou7nWPuvdcr1sOKs22rSnkqnC+1uawPo'
    'iZLdSECeUWJ3Wxsgdyzp/yryjLI89Yo8HI4yJI/KZkLm+R+wFbGhfWS5/2dZDvv0b8Jdt7j6TqXz37APnJb+MrGjU/F+S/r/JM92'
    'DY15G8mjuouW/G4Ibw+Y8opL+j+kbhWftuR3SzH+MPllKe4GqVtFgxZgHmsD6MkC4ItaDR15MuTpCsiD43hDQB6kWTeQeTTlFRfA'
    'VnNegnLR0v1fMe9hdG/p/CdjMJVrIs+3yZIPze0+q4l9VzPYEDsWNpD0fR15T+3MsI487Cubui+HerOll8FPxpndT2liPi0EMSGW'
    'KyvMn7ZX1kSfw2xtCoDLrkrXSb1OIs46idB1ovuY77espV1nun6K9dsl1rMprxEiuSU0XZsk1hbPgp2QXj6x//XB1rY5E6GPYedY'
    'lpxjB1v0Hcdtg1sPidDGlyzb4PgjD3mz8KNlVPUErauuXRVdENTnpgA4jFtejvc0QgO1QLoAYErmWwvz5MB3RzM2OfZ1huNG2MR2'
    '5wNvhtJJrxae3xXVPuqA9DK2R7CPDZC/AejcWvEKEKOKivJxyFgM6xNh9dF+L4X0CoYHhQG8SvuOQ6FMI+tXDfQL9QOXknGoxmXa'
    'Ju6RVshTS2C/CtoTu4X4zNPhcFpN4K4V+tEE37NQZy2MowZ1+AAfyb5vZH37KykXVp7fmQP6Qdj7k7uVXnkmJq6/HtecPKeJCE8b'
    'wS0IQ6ZrF3Tvmg8wTr8tF2Z+huL0qVX4fYroztW5pP954Ano9kMb8GocwGWNwPOvwzr3I7rQAgSzdneFiaz1BYGss+1TUODokv4x'
    'nH10LbuAr4Vr2QwwMEd4vr5eOQvWu+Pg+05ocKoOxhzF+fgldj7WaM7aggt+r/jo6NHYFe+w0CvrE+p4xx8Unk+tW+Hd++GdzPfk'
    'YtDDgTnCcxv7hedhSQ4P+576MFsJ6cnC78PseEg72Zyq6FjVu/T+HrInh0Ov4AFP+FWR0xa6vZBT0A4nwtp3Q7rD8h6ly9dI8s2H'
    'H5J4SdeP582pjuvvFGm6DKGFahgOkv/eJ+s1bI/f78pwVQB9gLiuh9V7ZbpHyvbIrqtEnCcTtoOaGDxeR2jldN0PjHVvhbXvJO9a'
    'AuQXyxKQX7RBuwJkM43kblYqd77+bOD9b4lAX9cw+voImIODSb2cHqHpsIJ3ECQLxblbA/2U/z6OpNSvK5V70hTvMEF8adU9GOmn'
    'hce7ZS9jtJJMX36snFa6kOSpmSjPUzsBfreF64tPvjsf0osTknnlyAmvO9/QlgZjPWxQpDa8unmkrkU5fxqF72fKBwnjX7VY1tdC'
    '0gzAwTDMXz/swyojXDt5zcrNcjp0GccwdvK+hhi4WPVkG9ZXPTh5oVlP6Nj3AH7CtXYC+KDNcBfT7SEOqyMAGyZ10z2QDeDpU37k'
    'CnIPE4b9qgL8Yiu/aGL5kuAXRfGNHeVeie1k4KebW+rLm5ZvsaTbWuC9Tu7TAu/DfNvqePuOoj7HAodRGDoK0uoJOzyIZzSdi2pC'
    'QyDvj9LALaRehAPbeloJDLXB/SoDZY5OeclKXrLq3qBAo5F4eEFyzGyF4biED94AukSXu3ggiLfG910BvtexPbGMyV9M9BUqOca2'
    '97pp1a7ZO8Y7b5r9Y8S4Frc8Oj1jrJqCMWL8jZcfmBljnop1zUEcke/unVljpHE3upm+cL1CX3gz00Wm9I8Nvcb71xDQv0VC7Z8L'
    '45y0C3XMJuon1CR+F7XjuCGg3a4KttsD9CvX0abt8ThlRYUdE+Y3janJ9cF1/uuDbJXRRuF4oK/pXDwbUo9tfzcJfzwJlU2Gia/h'
    'F9ka6GDaZJ+vUcB2nSVsm/gkNIU/CmOo4y/11xcn0K6p/U2YHcqrhecPiPsS3pLQmOX94FhDWA6bh+4Kz0fS8FcfAH/HCnPbsREN'
    'PqI2n1FjPobZRt0EvNoOkJHxWL4zue+Xk7537Wd9X05gZJtQ+2rT9Xmq+5r0vqmCvaPaN/NEeOxWFW4YEmp/mEuEnU/0omX9VL4R'
    'llc1j9Wa+TLRB80z/KPjean0joN4cdgPU95dyXfS5O8cUiYHvyBeKuoKLYd9zHlgpjzbzAxoJ4jXGiVmHpWN1EH5XIj+aIslT2hB'
    'gG58neLuEvUOUtC0K9v4NNGTpnew5+725tBWRiQY3xpjWX79cfCDQb7dAvfHb+4pv5vJdy/d7qYf/RLcB38QHx/a6BG3wd8O6E42'
    'EhyJdTUr+Og63TiHwGiqu+WXmR1xoXgfoP52Y4Us7znChF/L5aEZtiZ5wneXe7x5sict7d53U9kPbydL2gnSmaI6wlSHk8toguTz'
    'Ktia7fBjYtcXpD8ULGyVsxuuV97DcEqqfzS9emdIQ+cs5a14/myDFO82yEc5xPHnGWJ5Wh0PlyDN/EqsR8U39DmRI3XTcs3C89fy'
    'R6HPg7yq/xb+Nq4Wnq+HPKmT9u05xTfs278p6kR/NU+RPnULdSznb5HyXWxMeyV9kOKuFHeluMtYxzwDa6SiK+oYXSHOm1zbT7n/'
    'Xt85+e/OcJo1g/oRivqbE6o/x+rX3rWg/rA6qxR38i1E97IRcN08C1umWQ7fWZiq862NIcqfILuL9Sa0uTyzPyP8NuDC4MxGfdRT'
    'hWcThe8WgW7pfPLuAeHdRfHdmvZynhLVEeqDdBTSUyLqZKbwuP/AY6vlul7N+Fm96ZryNV0/3Wtqup4258vVgAcaRGonq7OTlfSr'
    'Xg9P/yRlJzudfF+EDcqfSW2u91+b60ToWQZDpnakNnXG4dlT3bWSn35yv7/vSTdt+J6n+yXznEXopvaHwN/eo+r6TiZ5D93t1aPK'
    'u4LkvRbqO/EJdd4jSd6dd0E8r4f8umoFcp8p5f026O6BrOExkH98FnT69jzpl0/cC33Y93B5vVHlE/NBx0gwOxudDUIzyLBRtrZC'
    'cZdshoPRVtfcRkd9Betz1pJ2Mj1rmwnNbMKHp7Z0i4h8i/uboWNeKuxsEE1snYNkDnRMUeridnlXs3nnMtMCg7fF5O9K+l0whYVW'
    'dp9D/wzNwu+fge5FnX8G2/tZHubLVI5egL+53muTQne1AHL91RZrNBVrYuobwGQugvR0qxjcX6aY7zAbMLruOn8ntB/os8rmfDWV'
    'JR/JZMSYP09wUwPJS/ddOynTMoVtt0S42+rmLh9x7uT436kYP7UrjWPzxm3WwvRnbOZ99Eo7noCp7opp+zV9dvN8GFv7nFD7o6sx'
    '8Ouos8VEn221E978V1nCGIXLFN689T7rrumFt+/vPXDhDevIQyFbuJN1vp3c+avJuYdzgfV1Q5kaOMuvIDzh1J4zk8H7+OQcvaSX'
    'aMa356TrdIUotzG3sTFW+Zaw95MgOaez11ECXPKaI/CBjRjCqicLC7PehGEMeP7sjBcj/DJL/HkF1PGqjHePoXVkRbjfDxmLaCG7'
    '53D97GuEeRy+EYV9Fb0z1Wdcn3aV8lWj8lPzS8fcT42MRTSaylh0MpYY/u9C90Ro3bZ3CrmeQ46nU7tCkUap802Ou2dNzuyCpo7X'
    'TL5YRepQ7Z1Nwt6ucDOxccA9bUoHqewJg+wpOD9ExiI6XOh9YR+n+aazbbCtR/bhRcBT8wGPqOjlhlRPOkgfrJJyVKv1R/9obxWu'
    'L3nUUUY9Smo7tEmUx5zqJnxYvq943NSiMI9Xei7YHali9/FzbIcwt9FVxW4z2fMF+D5H+ONNquyfNwt1rDCMgTlX+OMgbmK2TtTG'
    'vVf4Y4ZF4Y1S3Kjj89VGvKNLeLkB0gbST27Xg/bMjmKcQ0IdN9LW9icvvPjSA8LcdlsFs1TWpVrbMVFuY75CsW48Dt8S4aeVisIf'
    'c7MgPL/QKvs4biOPcc6pTd0OobYDHIk4t0GxXW/PuP6UVTEve0g/bNqicSxVsNQl7P1xJQEbOObTA2BjhO3XVylg4z9ZnuXQP1P6'
    'gOO0QVbfwSI85qMK39Ur8P+v2dipXGRFxr2003l4NuJaD8zQtX61xVqfIuxi9E7l+v884voPBqz/HZNlPyrMYtDTM3OH8NtjJ4kf'
    'itMEM3h2XEDw92YNjcTtnM8S/pj3uvNGnk2HRIQX07FhvxYJz76cnkVxfEogf14V+5jC10GO6++S2/vjXNjATNFy7DTvALHTmU6a'
    '5CxDPDGq2CfcJ08BZCLcpxKPcXw0geXtQh1Xl/thMqFfukR5fIdGBfx3sfpHFDAiY0DcBHON9xKMX7qaxOmU6ZmG8UUxbyk2OsGl'
    'Z+fUMWR53NFSbGT4ZhoXFvt4bs47SxB21mnilAbVdwqJF4vr2MrmZ1UuPH4qxjp9da7cNzLGyQ2K6RrU16h06DoWm/YkzZqYtBdV'
    'hu7EuC9dFYE/Mtv5JSXmSDPnaJiLg0wcK+MdPIlYYEnBkYghG1/P4IrbaI6S+wd+GyPnWQH4faiztQ/eHUPy7yNnDOppNrJ2kB/a'
    'z95jmYNIGztFuU9B1F9En4L4bg7Y9FCdsmXCb2NnM18XRZC5+2MuwdI5wXz0pHQJMAYU6lUq+iOCdPRt26ojjEaqp4X+DaLY2Jj6'
    'jLZZyzaiRynnp7nTuwcgv13u9ZZO7++WTjt9Rl2/ayL2m+prrxJTF3uKxrSrRH4aKzIpv+fV8DPRWWwhcPFejU7AxQRXUR0imzlZ'
    'Y5F/PpNP2ZZvJfpJ8wGWVeNaQXCjjV6OLe48QaEfRHHzm8hdYQnr47FMT910Dkz9fIXBJoUT1DdqFeF+nmz3NcU/1USHU+Wj18Se'
    'KSOCff5mLXF7NclH+xYXj2di4PE3a+axi4w59ZE/PT7ybWDVITiL62Z+7AI3PWy7p0uD3168xE3PGfGfEaeMuel3zlfrbXI7CMRL'
    'sswfOz09gkr3JR9Rl9HGVtV0Py0k+VqYzj7FAefDmXIF03mKooepwtOXERhCXNsr/LG92rfqVVhUNlErGIw1M37RcAg/mPK1riK8'
    'r2HGm8I8lxLeT58B/26T8OJh6WR93UyefirpRzfjmWGeVdCPML7fNgXvrpnx0rZZjGM+4f2OGpZTzf8moY9RMx/4Sap9fFoITDay'
    'clUBMHlFQuedkwCdYEKjqWjIFZY0nq0tI7VdbGY6gjyuY+lw6dCfH3R9W9i5otM/5DDlkH2RBG5tSODu1mixBra6DlHpxLzwdD9H'
    'Q3QWdDZlNjqhBdBdXRpBj25YMRcmcqwofTxH00faj37FnYbqbSC/Owz3mcjX+V2E3p1VNoMDChk+1wGJMi9x4oRRmoqvI5ftjWpk'
    'x0g3RYkb2qjRYToogb29IEB/hcKMzt//kAEMyHxHKeR8JjL0sDzjMfrFcRCVz3O4HCL6SnH3hUqXrkuhX8HXuyWB9W7RjG9Qs849'
    'TGa5isg5db7Xe5ieVgeRw0WRz/cTvvpcUe5/fXmM+pI4g84W+vg8uM4U1xaE3x9/0BmG8t+lZOzbhbk9tUovlcs0decE1/nR1aXC'
    '8b8A/RsdTz2Ngz3z/NC+hfAF8dyzOa/SdZ7564x0SGsCdFENo4u4fssKwkswuYOjLl+78OIydWv056KeI6qYKKOKuai1mIv5IPuh'
    'c1MH5VuITlQjlKM+XbhPnDoRbC8dpisSRVesBehpricwVT58kOdC7d4bhJ1vn+VsPI3C3i9iWAzkqHfwJOSnDYY6tuhTlNL1Krp2'
    'TEFv0nwm7USln3RxBB4Uru/u9NyYmfTBHUR/iPLNTPVCh9O132/9fC8X+jgBRwm9D//DRHicgIOIjpUqj8rHf63QxybgNE0SfNS6'
    'BHB4rdDb+lFdPVNd5y7F/SyIrzEfdBX4PValN23CezHR7+Z3xl52L8b1kX07XCETMbUr6bPoS5eCHqSyFBUvo8eQtxPGi6Qw1ZgA'
    'TB1jSPeazlHYulMagdu+dWv4A+8BnXKaRwVvHKY5PcLplCTHPWjIazSdm58Kv50jl4kmwf8cIXYNK4TfDlPFJ5LlsT7B4JvTgd2s'
    'zq0GdQ0a5BkX8XyQBulKxfV/k4TfPRXeV8WxLvn2z+jz4BlbS/Js09QjJzOvyCO//Y/jycUHhLnvFaz7hYjlsf0fOt69Nyyet2nM'
    'alnv1wLqLcao93bH40FsE1MXf/zmgHZHKtjuNaTdpOrlcXZVMHuR48Vb7xf7Z7z1I5z9P2b8r4FvYNpXU/nWNg1N8AOiZ2MzN0F1'
    'PkhkGkXNXL2gwG8qu8Pbhev/ltsDm8ouTeLeczzC5TD9Clo0rE6dzWEv23djhMc6Fe0OEf2yRdMwXqmTf5Kh7LNoQRPS8U31Wg6J'
    'ZOJuJ0kv1SdALy3SnBl9hvS8isc/KILtd8eBH6WSf45q1rRbce+ZKhxug99NcBa1sadzPaapr1eDw0znexE5b7Yp8H7S6zvT7xnV'
    'CeybZsW+MZW5vZPo7/L12MLyvkWzR23PuyA6k57VaLt5BfATw/qoovnD5INh94FTp+ncap+mc3omnSlJ7w3bu+vviO7NPsW9xra+'
    'fyf1dSVQ37fJ+LYJM38llG7+p4DxRanvNrBTiTIe2vYL7Czq0tAFQbqiiNs6Elq/SvTvSiKv7WV192h0mrdZ6IDhupxFcMk+DX+1'
    'Eu0eFaBr1hdCX/A73hyiwxjWVxN9NZRtHqGQi6jojLEYdFnQfEWRVVUC1x6cAK5dbSkf4no9Nj6LsB1ax1aLvd1DyujWm9oHvV64'
    '/iUojHJdCkqDUvlSJmb/qK5VkfHvqgB+VPJPk3FRnfztGnw1KMz8+proRwfJKakP1w7Ix+2wOzQ4V8dD7GJzPx6g527SfxUuw7U4'
    'jdCp44Z4w7TtIPsITi9O5Zi5DjBdw7VkDSutW18J2rFR2Pm9vZDQUz1s3l6wkGmPkrtHq4jn91fWs8xSXtxvCbs6vqrNnSSJu8dM'
    'gIGdCa3ZFqIvOmxxXoyKYN+LF+8nsHAM0ckw0SHmdCOuRxuZxz5N/+jamsxzHFilNiRVBHZlnWcG4I9iBPxxHDkzqT412qK0hdDR'
    'KvuPMBjA+psj6oBzGgb9tVeC32yic7VZc0/B/XQCwRGjItjn9Si5FyVhFzWX1DNscT8bDNEbk/eivFOul52xvG+kMRFYTIRdr6hZ'
    'grn5LivFzbDAJjbwn0sQ/ndEgP/+hOD/TQnB/zmET7FJBNvFdgfQsGgneZBiPkx1FHW8C3pP67cY49YI54eOtp9JerVBcIt2N6Yx'
    'Z7nOypgo90lC535MoxOj2js9FjDZbXhHpvRDLYNZbjvaKvT26dRXA9dz2G55Fs8Vydmjj4boe5rQnSpZRwHS5YpvYfWPC/u4RiOG'
    'ez9M/nQi3Ounut2DhJ3/7bC5N4HnNoazuB3yOKExbXTlkRZuZHt4p1OuL7udlTmC4ITtTLc2yT6OMVlmMYSfN1+U+8GgOvPjGt32'
    '+bDHaJlq4fcPEoancNwvivLYd9henpzJU8nvaUoAB81EXxVZx+XNm97Bo7Txc0YnmMJtUbOP58XkE3OdvBZyZw3zUdAl9L4essLv'
    'mwHnNS+8ea7EuhcARhsM11DnX0HGH7qO4dgXLfQyOX98yKLsoGGZsPHZtKnzk9JjITcaidBu6q/mwMGx754CHCtjiF4SE8fGxakm'
    'PFjui08lE1f5eaR3w6naR6X4T5PfNkSY1y6h9tMzl+GdZ4WdLRntG71jqeZMheOncu7+Wbj+O/dHmKw2hMm8BiZNz+AbhBfzz/T8'
    'C9IhtjmDdmjO37EIa2bbvun4THUPZ9O5S33gHDIF5zDGmWoL0TvrF+pYsl2WY60VlbFZ7qjwGo8LMzkThwM5/j4LGiBqG+c53h3/'
    'mhh7eShB/FuJc191tzqkgmue9B3rOcKLGTTUg9XdsUzL2Jwto4Z8ZZN71KhGt25kivBynD0ry16b0DoF2eSMi2DbTlubG1teMsfr'
    '4yK6vr/OTnUmrm+QP5NmBT1oMudJ8yj5OVkQyflqNeFT03lD3Ys/A5mVzXkSllfFo1a1fRSxAZhqnrmqP0EwtEBx3iXND89OEz+8'
    'PQE4zCvO/QLoK60Wfv+1UeVNdE0aNWsSRnskyW8OovtzFnfIIswh6mc3gPzU1nc6bb96iu8dMr7JGzXnI7e55HLkfvZ3n0jOh7Yp'
    'vlLp5JvciaaKx6ryFa+6Z+pilfcKvy/6oQC7l1pWfx2Ui3uXGBDmOqXcB0WByGaHhN6vtm5M9WxMDaQOObYjZwDccl3UEY2ekQlM'
    '8dg9dC4aK8S3150FH5nlZ8EVoD+v048N6m8upL9VFejvStB1SHo9dOOo5Lkr5/T+EL6vCh8G4U/VGiJN026wzlHvbD1C7xeR8vcq'
    'Vb/JGdAWg1cQhvvOIrhvm1DbmfUqzq+weleQ/WkK79zeNIk7fZSzvl4jo8AzLE906E3pTdnGR4XnY8m0XFi/3y7sfJQOafSFrwE9'
    'izj1hPX1DQq7nf4AvV5Z5rUK2V9QmbA+nAS6wGE4KgzfVGI/2srCiho6Y7r0EFoToGeaLHSzt8D4iwF00JXC88PZq+DXcZ7bTKFv'
    'qP9QzjM07fd00DlBd/RqplPcp9HhH9HsgSA+D7d/PUchl0uinVGyPm0heElnZxdEPwwq7iRJ1D8acqedalzRMsW4AunJp4Rr/2xq'
    'c1E0XLtK4w9TnTq+Hz8uPF+YlRjvVNw/ZJ6Thd9Pta3u/VTgy6jrRPF9UmOcrrvh8SF3w7EQuivJ8Ueh0XS0fw3Ro9b5PQ3y19Gr'
    'wfXXEj3qQaH2mTOuKXt1gv3BM+JiQqeH9QfLnG1ol1I0HNcJFnstqF+HG8rchi32bk8AD1Rnp1c7jWetk8BZi/KOW4XnuwLj1D65'
    '2Iv1jePsIOOUfy8Vfj+TfA6GRbCf/CBbQRpLGO3hVPipEneWo6HttTk3fW2ufK1X58rHcTp8f/tCbxynsTynQp63kTynQP3nQnoS'
    'pGdCuirn9aMAOrKnivC2O6HcydCHGsh7BuS9caGbvmOh/546lWMz6Zsc92dAPibLvc6wXFD/bObkQJtrec96NdS7Llc+xnNyB+68'
    'BOk3zNHcD87K+eeC9oviFXpvUOnJxz1fUPaHPmjXsLnAv1fn1LJxjmezCcm6ZF+/2ummd3a6bR9KaLXPw7e9kH4R0p93qn0Hv9zp'
    'xdSqJ+cXln8Z0h91xvMv00jmfA2kCybU53Umwbn62AVueth2Tw8Tv50y5qbfOd/9Rs/5Fy+JP14bXyOz/MFpXCyiP2GuRhL3syXh'
    '4KLuctgVG930po/o4QL9Wap8W1J7VITDO4tu+sePuDC3WPHtyl3eXuc6F8Oi3C/EXLKP/+4yNz2p203/a9y/1zHPq1geXSxeXAzd'
    'GKP4fMHxPt/npvXbPX9N+K3qL2GebvLH3LvrI2666yYzfJxLEMdshXn7To9nn8+/Ode63w4h847fxHne39Q/RukM7ymvm64bfsPy'
    'b+/R4yz0fThXlPuv5LBYfSGcI+eBHRtprx7W5hsXuWnNpf41ei2MaU2ff43w28YtevjCftaRflZPwRrys6A24AxR8XyaFHuc4o0P'
    'wjk62Fk+5lbNPngW5uroN/r7c9N7IO2cetrjme+66Uu3++Npfha+fXMv5P2i57MDdaFGv+2m5z7hpvt2u+nu+/zwfaSmzamgQaL6'
    'cWsGfjPGiFa1vYLwBDjONIlVzHHuArJvZNmMIm8DOdOOn+H9O2GK+8fXPh9x7VX09VpLGFXhEn4/vxXSJxeX7wPb+OLXwF5CvmU/'
    '4N3SWjmZ/ebJmj850zrlFKxf787XnyYm8mqK85WwxbtsidmJCE9BQe/a+vek++goPPMn9HReGAx1kT13tO/Okzmgn9JEVRCGKJ5Z'
    'weiIWg0fBGPXHERkHDRPM5HDbWWyY6rLvTVA77kqJs481RK2dfShE+MMP5Xl151XFEe3ac65lpB+ZmOcN7ozsgPSyyLiCk737X7Q'
    'Tb/+uHcvwG+3PAp03x7v/oI0nKTZZPrRL7npuh/46dlPfAvyfDM5+m4dofNEgnPeSPq9HPbRnPbJM7S9vB4TOqQWZJc1sIdqAHc2'
    'u2wGZb9zMWClK0H+VGY2+sK9wb3WiqiI2CCLDR34QQW95gjPjjyl19hZKyays4VeayRyFsRlx7F8pnWhn8XzyDvK6xZ3eDo4Ony/'
    'lNzhZX6ZfkmTdxGpZ95j5ff7+eTbzwDv737Uz0dygIfw0IP+82LP99z0icfLzwub832d5fy1EZ4U8j6rAP+L3UJ85unyvXs9OWem'
    'TGaQmYU4uZnvxEhksvu0+1/ZnJ+m698ak9bqvMOjqwqgv4T01H1PumkD7IHv7nXzDJL92f4QyGUfVdfXQ/IeuturR5X3DSTvtVDf'
    'iU+o876O5G172E3vfVid9wySd+ddbroY+p17tHxsJxG9/p3AP3wZ6MnH7gbeI7Sz50kvTgfO2b3Ia3y4vN7DSR9ygKdWP6Du70Gk'
    'PnGPOk8jqY/iKNWY4sR/bWY4o56UnXwZSMPY0iDHK3gIbUCTUhoX5+ZYmKvlcI+sYfysZrgS492F1lFN8iN9ze+4JuVWsD7b+oYP'
    'neNMaQjtScxxSpcbnAEh8x34ZJKly5OWRbWBDgpd/15Y/1y6/llyt4p2Lwu7mCV8b1Od50WQm94y6KeP37mh/Bulj08bL/9G6eM/'
    'gEwyp5AP4rfXvzM+PyUOLM4yFZYs00NpFskjpFAdlzixVSl/so3I11McZICDMrobRAKHUHpGpWfUNJ1ReF858v2gWwW6RAdd76Yf'
    'uBn8hJO8u99Xnvdn1wF/CvL2krMI65X1od+SPKtHlpffLiHfePsbKN+ItXcO+Xb4Zjf9n8vcb6crvjVe7vnWwG9/Czpwqzd79jf4'
    '7QX2bRnVGzqvfHxLFN9wfIsU7R2+2X/uv8C+0XP/iW2gq3eh/9z/CXz733en537i5/6uCp77u9JzPz33K3fuV8U49/cXPs90xf3b'
    'H+fIEcnxupPkc2804HNfYsHnfq0Fn3u9BZ97lQWf+xgLPvdhFvzouQb86HoDHnhUGiFpXRZTfYg2Uq5A9DHmkTpRVkr52Avh31ny'
    'vZJtJhGLNC/i6ajw/i1TjKeD5cd8XHdG1Rbd06hzZOJjg/u4Wgw2E6b+N2zjl4bleVHE2ws4VzZylVaNbmaOwCCn3RYx2w2Ua+jg'
    'p2Y/gp+FhvATJ74bwhuNWWILb9TfAfc3MTZL4ah6P4KjJgs8hD4yqK8pGn9L/v1CBJwzOkvhYH86j+YJ83h5Yf79uS/o7UIdWzjM'
    'N9D+vv6ZGOtvI9POzHKOUmliPv3KFb/ZXq+pLZRhpFuLpPgCgToLRizvjEgf+jxIl3R9knyhVMfEYD+KOLrf4QKauLwSAXYUHXv8'
    'fP9fPeLliXPuqOzBkaewW6GHO0p078L8BaTwGRs+Y+hAZRKFz0hygtl7qGdNdTfsnvVWeiFJ8uHSszz22lmd5UE0uWB3octB/7n/'
    'drv7xIfB1kLy71EWjXWe9U03bb4rXp30bOiH8+qRe8z8EKa06P4Lv7a0qM5mtbkzvs1qyeZ0W3m9bwZ9yGeYzyYTX0zLhN4XE9X1'
    '4L6JqK4H901EdT3eBXXuG/frevw9+IC56Bb//lr5Bjdtujw+7aVbjxZYjysi0gimvlYqYf9cM+HJJJKgv7kPILoW3HdQVPp7PhsP'
    'jXX8XfD19Ncbotk0pP7oFP7odsWg2XbZ02SZGQznaAv6J/B7eCR5d9Clfpwm88n07BE/TpP56TeK087qddNrNvr30aHF8m+p78X9'
    'F9bj4PRUJ2126hpXEZoHY6/pztd15NsdDGe8inx7CnwRng/+Bo8j375xNdCV3V58Aa5DvPcvPVtQ1JWR9J1MX9fp+S0sEDzM2y3R'
    'fZ3lY6O2oEjjYZ4wf4IpnouF5xbHwHOhZZPSw6V+OFOcd2Do4cah/7iPrA4Ffq0V5XFNaOwXjLPCfQdvEuW+g4dIHvTxNcjq2UTy'
    'FFlbGNfzCqH3U4z1XAzzEyan72XlXs30PExigMlyq4Xnv6yLjXsl6S+PkYM+zjqEP04y1f1RxTk1iRWKvtvD9Ep4vJouofdHewyh'
    'w6jdvilv7zhL+GwQ5XrFeRGs+8zvsBy+l4rp133X7bk24cWznis8Xz1c75rquDgVnH8VDhjWwPl5ij2ngjUeC3092XNbhTpWPa9H'
    'ljteeHHOh4U/nrmpjs4o08vicau2W+rwjDIdvkHh+cYt6X4H6PBUClaj6lchbJrmzwN9rfIPOcjmuV+jF9cj1LHpeYzGbqGOl4vf'
    'xw1gcUix5rQvvQZw+MOc63NGhbuHNX00ia1MY96bxv/mOmQm+oRR+9FNdNzkPPxVzt3LtI+9ljqTtuvVRWCD9m0q1oGP/9LJ8Z/C'
    '+sX1eHsi7oFBBd1gop/O6Qeb+eX7gOofLiRjtZlrOjc8duyABs5N9f6Tgh0+1mezXpxPlc9bVRymIDjapJmfAdavn0L6W2GmTx40'
    'hjsDxjBYwTGYrMuLhjB3fdalXShsFy32A48taEtPq2B4lKVjCpwh+35+1qWbpwuGfiLK/TDr5viorCt7pPPEz5tBTV1Jnduj5Lvs'
    'k7ylnyz0cTjjxFzV4btNmr4NsnkNo1NN7UYey3iwvV2Yx4rdPAPOvY9l3LsYwp9J32l9A5r1t9nbOly+TbHOss/9Gdc2TIVLeDzb'
    'bhEt9rBqrLr+nJNxbTRN6Gbb87YYsueXkrY3V5gm53u7LuPecWbyufOs48Uh5XNvQpv0CbO4gHztTODmfseN21VJOozPxycdPSz2'
    'KtYh6fW4znFjXcUZ8xbDvdHtTC9uPcNxZeM6ugH7EdZev2KdgtpdTNotWt7hVPc/Tiuo5k62W+248rIo7SY1588Dn7MSuPbbwrNH'
    'xbIvWOISLBMWi122d7fw5nO6+AIfIGO27YPqTB0MaU/S4AsiwJAtrSx1CQ+zpHuSoC9k22uFF5s+CbyPMcYXRIDJUUuYpLFvg/gk'
    'lEeKccepX5LHiL7SPCI/WargoU4nrx/9ojSI+HEtS/6pwX/Hh/falaM2NXHnI6rdNurg5mB9BeN7y7JzQcbHZd11pJ6cKI9VoCuP'
    'vjaoPx1Z9nzh+eigsiSZ/61C7U/nCjF9Pkxw3rg9etjeHGB8iKzjysVMy+lwxa+JvGOY3R2GNLT+c2SPmtAsPRreyojiTD3Y4rzq'
    't8iLbdxLcNamkHHeRuQm3Ra0Gcq3Py68uHlR14jeEd6ZUH0Y32tEeLThahLPPSwG/ErIu57FYn8ViQFPY92vJu9Rpo90xFkh7ZnE'
    'kg8qT2X6Kj3slQH6ZccIfayTI4ku2Cj4aHoJ/DA9+LjnQ0SnCzsnQBe2QaFrm1fo2nK5Y1K4LR8Tt2F+6htMhftN66Xrey2kT0c8'
    'v8P6lNQcVsekM1T56iLSGfeATuGzkL4I6WOd0eifpPr1u/Piz3NtAvScyXjC/OEF3esHFPgczxuutx/EZ05Cf6B+Bs3X1gjzxe8h'
    'XNcCy01nbEg6B9kAXDOf0M4O0QXC8tmQ8kn4j8tUeIxBMZmn65xSyYG4vM+Ez1kk99lK9m3cgq/QZ9C3gxLoG+Wp0LvMAgO9B1Oa'
    'fUzDdzga2lTpAHD+Q5+mjoOAlqZ97be4y/D6VDpgqMd9vii310Z70jkhc9Wj4f9wXVc6Fs6vt5F1qXRFs2wsHWQsqj4OEdxusn/C'
    'zrsk/O9S3lyXYh1NzyzuE5/KH8YU8Cbn8giFPoBOfqzi7w+yerdq9KUHCe80SO/X1r9YUnwPzt81nfOk+HdR20/jlatiqLpPpeKV'
    't8H+pGtzpUh9w1FfP7uuEnGeQGsWzjOVdOqTzFZApHso3UPpHjLeQy2iPM7yrx3vzEKasAX2Tx744DZn9TKL/MgTPdTyvq7SVzct'
    'L9s8JMK4jrIcF6V3qlLck+KeFPcoz+/q9PxO91C6h6zO7zyc31F8K3FebwuRay5jPJa1jF9UK4J9bsfhi8wkmQW3UQyTNSSlE9SY'
    'wPxF0QGMMpcqvawgfY1KrpWKP5SLMZdhc2bLp2sj6y3zZxgtroOHphhjGFLouOCaSRywRNHPqLq5QzHtKuidxNZealCjJz6iGQev'
    'My6cRY1bEzbOzZrxFDXyjnkKO56odkTUR5rKRqBZePb12wzXXMUD1smFGiowp7a6Slsj8uO5PeGIxhbIRC5Bee429+Mo/gbWENlN'
    'FFtILruR9+XFCdvhRF1fE5++tRXax8OKPRRWZijAFqYSstTREFlqs8VepzCHcFUfshdQT/E44dn9JSm35TYUQf2w2ZM63bd2BS5W'
    '4e4Mk+FtYv2mNnEFKLdIMQaTM5P2a4i0F9ZflRyWjiFH7iOmZzeHb7Sz4LGtbG2gehSySxUvju+dlhh7ZztpS+WL92gG4y3kDG1n'
    'dQxp1r83BNYQlrCMqS73VjZPGIOT9mWbISwE4ZEcg/PNQm8fq/MxFSSrHgyYpyRtL0p6u+12d+05CjoBdXVtfCY5ZF5onBOdnz6V'
    'v/BlT5bHXG0nusOrwa/+Pog9e+tejw5E3/vzwE7kN1+2m7OFUO63u9UwlKRNw91LovnNmgu/OuGPK4zxyXRxhZOEr+oL3fTz53nw'
    'QnXXXrwBYOBCvT5FXYBdkAournsj+CC9yB+Lt77P+1by4XxpPB/uScf/tN1LfP/MB7zF92gj4NI6sr/2l8ehbEUaWCJX6TZtnubI'
    'H3Utt0TQR6X74RBo+LH73PRcjHn9iB18PfNFN90MsbOfAzu50fvdvfPnAF/y3U2AG9c+GlxmHSnzRYih9el7y8t89E7Pjk+W6YTz'
    'h8Y/+QTg+Tf8APoKMbY/vbs8Nvhj0P65d7h1HUrm5+sQw/vBvdH2X9sXg/sddj7Ewa8C5vsDj3pnoU35y7/vzVtSPEd6RsqztTQX'
    'd5vFReRnpSw7B9ZH3DF9dhU6PJ8DeoL2V8YFoLzSBlFuH4P+OaVDyIlPQQyTznI6az6ZD3peOp2eP+uo9bcymrt2Qj++OUSftktx'
    'j+P3UFM96s3CzHes7p5rSkuPaPSXezU2HCq76zj+i7iNfH+IHnW/ol/NhB8aVy84qlxExZvdppnr7Rp4UfkpKAjPv42pXrUJz2lU'
    'o//bL/R+yFR9C+OzoYxLtTbDTHc46v6wuZ8t1PBx0cbxVnJfr4I2nlzsp5M7RLk/xqWa+bChTTBfTgTbCur453IcJ4v4serp2nD/'
    'TDtE5WJFc99wKjvqyauLuDQB3GPi+9LE7tqUT17pedsszH1094bsZYQvhDEH2sS+SCetpWqdXUqNhjz0vVl4/uVGWTos1P6K38zm'
    'AP1NY4r4EONXbNekK4QXF6gO3q1newr1LArC85VN7cVwb+MZNUD48QUN3sho6LZWWENTHp2pz9UoMqtmjU1HmA8abvOThNwoyH6p'
    'Q8PfOoqdBfys71PQEpWWpy2HNuj5zmW6o8Lcp/iwKPeNPo/Qmbqzm9NMI4r1NblvNRMYCdLHsfGNaUrD9jN9lj4NrWRrwyX33/kR'
    '11c1xzrfUiMhOlW4B+do9BoGNGurw9mrhefTQudDcVCzDiZ+BHl7sq0FItjvVBR605aulHk2zKD1PCQmvdEn1L7JxhgeWK2Qs6vG'
    'N6ahY1R5e4S9T/AiOTdbhbkclcPmtYbrLf+ti9WwPQR2g3wV4vsguYpg8qxuBkNDTEZM7wlPAT/iPyG9szN4vDXC808lzyn8divB'
    'zbeKePE3dDF41ovwGDwnicrEmTlcxPMrhb6TaByNvpA9vkOYrUUVW4tvL/HW4ttL7Oj63wLftRnSPcDbvWqP1+4COJfr2E/6U5G+'
    'VKQfFelDZWjyVz95qN1/3uT+mvz3Te8R4ifvsePIB/loKdG+kMp2ZCrbkukgvJdtylS2i/1vg/7Xst99k2W+Ovl7efL3wclf7+Tv'
    'gsnfWyd/l07+Nnaa9/s+aP+rkL4M6Qch7YX0AkjfCumlkMq2sL91ZJ3riQywfnKs191c3m49jF++pzijWoMzEA/83WVuehLETf6v'
    'cb8MXkf76eCzFea5mv3WTPbx5zdMzsWbhLho8pB885VC/Oqi4PlcA+P6OcgbZdlSfOcNsGevdFNZTxicShiZ3+/iPon3JM57AeD2'
    'dkjv7LSDU4Q7Wa8Or8r0BQbHt7O/7yTrvhD6X89+8zZOzv+YC0v3wV772uTvCwCntvBKxyHrLtHWY+Xweh/bd1+D9AsMbk3gOEfg'
    'Uf6emWzzNz3l/XgG+iHf8zOOtvtzRX94bNx/g28PhZxttH850r/Dr5lcp2J5/+S70voV1Xo2//4XwJu/2d+fPOCk/313cH+aYP1z'
    '7HfO5IF15uThsX5yr9b2qddR5pHpmSAvXw/7WuZXjRf1wOWv/3YhHrmnvD75Tqbyvc15IuV6qvlZ/VC5jI3yKjrvMF8n2m9ZTsrQ'
    'ab+5bkoU+RddD5QlLSDrIf2OSp+jNZNnZOcT6vWgvklLMqY90L8nzGg7nLd9UP72b/rhiq6RyfzVs/kT97jyxDKh9z2enNFm/nIw'
    'fxc/lUysbuS1LZiwl/1hvXmSr5rwrZuBPyIM4UzKM6UsUwTIODnf8KxHo8f+xfV9B8iIl+zxxwZH+fHKh/xw8TmQZ39udzBcYBxC'
    '1D1GP1vD97gydQ7bzfCN+npEeDaFk3uf8OBEpt+EfSF1mmzq2fUVoLN2h6/fiQ8I8bO7y8dxIviolO+jwPnuR/3zWMXm8cFJXPLD'
    'yfm66j7/PD4IcvYfwnzKPFF0iMTj/vHn2fhfmmxr9QPl7b8E7cv3Nu3+5Ivl7e+8Lx6Mo/7HBx71w/E7HvNgJAiOa9l5WTr7H/TO'
    'I05L4Lf7/v8OodqzchfmfdSwdSq127GrxTZHwciA2IsIc5MlMJ9GHISss4nZgb3OsITWkREHUdfkgNSTEkct0LwRAV1H1HEV+9oa'
    '0Bof9DTMjpaGQf1BUF8QuZ6FuRe5r0hOnbvjMoS+eJL8c7/R+8bMaH3jpccR7l1K4lob2DosgTW0tQc5nRMqy0DtFFAbBTkeZMhY'
    'F4stLyLX4ej1TcguaH7Hkk9heYRQO44Hae4OOY3B/FSDpZxEX5dUQ2Y5CVvPtncn7jyAHOZ8SP0BF9CatY2o7nKBrmMDiSO357gI'
    'tOdg6+AY1pDfnsMVjqA2Yg+w7HDZiBmOa6Hu7YGWLS4bSQtHWPhbXCNNnyvU3hak9W6E6ivQOvEJx1Hdj7x2nBT7e6BhqnAcNT7E'
    'GchLTyuh+YDxBGYZDYozHaQ1j6S2aVyOItImyCxJJHeSa9bNTZjpnZy+Qgkwj/9Ea0OVQPP9TxLbUNjqDXLquQ9QczZAxy41t+DO'
    '27jGsTn+Y18HiJxn0c9DR86z6Oeo47sDWQ7a3wOt30Ney0fumkZcdREuPyH3r2DnsIPOUKeHewHcczXp'
)
