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
 ('\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b', 2, 34, 46373, 193, 5, {}, (None, None, None, None, None, None)),
 ('\\d', 0, 32, 46566, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 46580, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 46608, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 46755, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 46970, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 47102, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 47221, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 47282, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 47394, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 47521, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 47642, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 47916, 134, 0, {}, (None,)),
 ('\\s*,\\s*(?P<name>[가-힣A-Za-z0-9&]{2,20})(?=\\s*(?:[.(<]|무단|all rights|저작권|$))', 2, 34, 48050, 231, 1, {'name': 1}, (None, 'name')),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 48281, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 48418, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 48475, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 48594, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 48622, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 48638, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|ostatnia\\ aktualizacja|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|oluşturulma\\ tarihi|pembaruan\\ terakhir|última\\ atualização|güncelleme\\ tarihi|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|yayınlanma\\ tarihi|aktualisiert\\ am|data\\ publikacji|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|son\\ güncellenme|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|son\\ güncelleme|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|zaktualizowano|ปรับปรุงล่าสุด|giriş\\ tarihi|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|yayın\\ tarihi|วันที่เผยแพร่|aktualisiert|aktualizacja|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|opublikowano|опубликовано|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|güncellendi|güncellenme|modifié\\ le|oluşturulma|postado\\ em|publication|updated\\ at|updated\\ on|опубликован|แก้ไขล่าสุด|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|güncelleme|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publiziert|publié\\ le|yayınlandı|yayınlanma|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|publicada|publicado|published|xuất\\ bản|đăng\\ lúc|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|released|изменено|обновлен|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|updated|создано|เผยแพร่|creado|dodano|edited|issued|posted|publié|tayang|update|อัปเดต|อัพเดท|datum|fecha|filed|stand|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 48902, 4788, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 53690, 55, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 53745, 289, 0, {}, (None,)),
 ('\\s+(?:października|październik|septiembre|diciembre|fevereiro|listopada|noviembre|september|septembre|setiembre|settembre|czerwiec|december|decembre|desember|dezember|dezembro|dicembre|décembre|febbraio|februari|february|grudzień|kwiecień|kwietnia|listopad|november|novembre|novembro|setembro|sierpień|sierpnia|stycznia|wrzesień|września|сентябрь|сентября|agustus|ağustos|czerwca|febrero|februar|fevrier|février|gennaio|grudnia|haziran|janeiro|januari|january|janvier|juillet|october|octobre|octubre|oktober|ottobre|outubro|styczeń|августа|декабрь|декабря|октябрь|октября|февраль|февраля|กรกฎาคม|พฤษภาคม|agosto|aprile|aralık|august|giugno|januar|jänner|lipiec|luglio|lutego|maggio|marzec|temmuz|август|апрель|апреля|ноябрь|ноября|январь|января|มกราคม|เมษายน|abril|april|avril|enero|eylül|julho|julio|junho|junio|kasım|lipca|maerz|marca|march|maret|marzo|março|mayıs|nisan|şubat|марта|aout|août|ekim|févr|janv|juil|juin|juli|july|june|juni|luty|maio|maja|mars|mart|mayo|märz|ocak|sept|июль|июля|июнь|июня|март|сент|abr|ago|agt|agu|apr|aug|avr|ağu|cze|dec|dez|dic|déc|eki|ene|eyl|feb|fev|gen|giu|gru|haz|jan|jul|jun|kas|kwi|lip|lis|lug|lut|mag|mai|maj|mar|may|mei|mär|nis|nov|oca|oct|okt|ott|out|paź|sep|set|sie|sty|tem|wrz|şub|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв)\\.?\\s+\\d', 2, 34, 54034, 3482, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 57516, 220, 0, {}, (None,)),
 ('\\s+[>›»/]\\s+', 0, 32, 57736, 119, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 57855, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 57888, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 57929, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 57950, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 58008, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 58034, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 58050, 16, 0, {}, (None,)),
 ('^(.{4,60}?)\\s=\\s', 0, 32, 58066, 30, 1, {}, (None, None)),
 ('^(?:[(\\[]?[^=()\\[\\]]{1,12}=[^()\\[\\]]{1,12}[)\\]]\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 58096, 124, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 58220, 179, 0, {}, (None,)),
 ('^(?:[가-힣][가-힣0-9_]{1,11}|[a-z][a-z0-9_.]{2,19})$', 0, 32, 58399, 153, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 58552, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 58747, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 59127, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 59182, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 59296, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 59593, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 59771, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 59828, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 59885, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 59942, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 59999, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 60060, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 60117, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 60157, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 60340, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*:', 2, 34, 60500, 206, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 60706, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 60788, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 60928, 30, 0, {}, (None,)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 60958, 97, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 61055, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 61156, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 61182, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 61206, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 61716, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 61740, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 61764, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 61785, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 62193, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 62334, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 62456, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 62477, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 62668, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 62721, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 62740, 171, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 62911, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 62949, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 63028, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 63184, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 63340, 845, 0, {}, (None,)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 64185, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 65029, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 65175, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 65366, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 65412, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 65658, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 65736, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 65948, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 66180, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 66291, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 66538, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 66662, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(credit|courtesy)\\s*:', 2, 34, 67284, 78, 1, {}, (None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 67362, 369, 2, {}, (None, None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 67731, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(ilgili haber|bunlar da ilginizi çekebilir|ayrıca bakınız)\\s*:?\\s*\\S', 2, 34, 67880, 233, 1, {}, (None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 68113, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 68701, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 68907, 199, 1, {}, (None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 69106, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 69453, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 69761, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 69890, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 70137, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 70505, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 70620, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 70909, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 71254, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 71765, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 72223, 162, 2, {}, (None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 72385, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 72772, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 73336, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 73603, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 74078, 71, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 74149, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 74495, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 74570, 146, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 74716, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 74851, 113, 2, {}, (None, None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 74964, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 75038, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 75115, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 75242, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 75612, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 75654, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 75747, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 75793, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 76663, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 77088, 510, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 77598, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 77671, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 77881, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 77964, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 78108, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 78254, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 78384, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 78512, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 78628, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 79131, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 79303, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 79558, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 79744, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 79931, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 80384, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 80605, 171, 1, {}, (None, None)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 80776, 1360, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 82136, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 82204, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 82282, 311, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 82593, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 82674, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 82764, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 82840, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 82915, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 82972, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 83019, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 83058, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 83097, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 83271, 97, 1, {}, (None, None)),
 ('^\\s*by\\s+', 2, 34, 83368, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 83400, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 84365, 80, 0, {}, (None,)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 84445, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 84528, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 84577, 105, 1, {}, (None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 84682, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 84767, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 84924, 48, 0, {}, (None,)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 84972, 207, 3, {}, (None, None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 85179, 124, 3, {}, (None, None, None, None)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 85303, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 85407, 48, 0, {}, (None,)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 85455, 77, 2, {}, (None, None, None)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 85532, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 85799, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 85837, 29, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 85866, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 85910, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 85966, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 86025, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 86063, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 86166, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 86255, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 86407, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 86488, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 86659, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 86712, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 86828, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 86952, 60, 1, {}, (None, None)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 87012, 99, 1, {}, (None, None)),
 ('◎\\s*공감언론', 2, 34, 87111, 30, 0, {}, (None,)),
 ('コメントは個人の見解', 2, 34, 87141, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 87189, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 87233, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 87279, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 87311, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 87359, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 87411, 40, 1, {}, (None, None)),
 ('無断(転載|複製)', 2, 34, 87451, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 87487, 24, 0, {}, (None,)),
 ('구독\\s*하(세요|기)', 2, 34, 87511, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 87557, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 87587, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 87637, 74, 0, {}, (None,)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 87711, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 87771, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 87823, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 87853, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 87887, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 87949, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 87984, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 88030, 48, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 88078, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 88104, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 88130, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 88183, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 88223, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 88265, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 88315, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 88416, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 88470, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 88523, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrsfQmYHVWV8K33Xvfr/XV3tiaE2IEEOpCEDhAJIQlhGcERCZugsoReXjomvdF2J6QNEhRXdMBtRv11dEZnRjAgi/wG0BFQAo4r'
    'qPjP/IyGEUfxdxwdXBhl7L/vq3Oo807dW3VvVb3uTqeK73HTVXe/55577lmbhBA54T7O5G9i8slPpu2TP5lWTf6q4Xth8lc3+auZ'
    '/DVCOfnvBvI9A/9ugzxYZyPknT/565r8jcO/fyS/k/ZlHYugnUZou3nytwLSDtJWK7xT9aUR+i+/r4S25kwOam67v6/VME7ZfhOZ'
    'jxyZjzfD3zgmmdZO/uZBuwVI66DNLWRMMm8/fKsqvQx+MuzvrDOrntL0ZjaJvSLGsyngWy6k7OS6h7Yt13P75G8brF8vrF8uXT8J'
    '0uImEes5OvDrJ8Mr4LimFv6NuIbjA9npFvi33M+Lqtxyb2D71Gadw9b9EH+ypYm5sYTOaiKtsgsqAd8NqrBY3zzg7zZYwwzB2VVw'
    'Boh9QnzqB+XnTbvjni9tUJ9DyuWx3AWTbX/Cxe1VnV75BZO/hZq+OpqzyYnYViv09zeTv/+CMvWkPfn8yT2uXnomJm64QZB90sPO'
    '5KthrrIR8JozC/Ha3mti4bVM0McagE8KO9eTggg7Tgicp+t+aK97Kzu/JBzcDrgwa4HvYp9X2dm3jiWkWfbsTWYRVU+7/1V6VqVn'
    'VXpWpWfVbD2rWi1xXCOg5PaH3fSmx9z0V4+6af8dbvqdA247Xydl9nzLTV/8gps+fo+bfvoRN93/pFvmHwHG5LufXe+mB/7STb/3'
    'Ojd95lI3770k71PvdtN971bn/QzJe9Q+r58y7bzTTW99zM37cZJ3z91uuhTGnHusfIzvJ3n5vPB630HytsG473tEnXcPyfs05Hnx'
    'QXXea0ne66DtU55Q591K8uYed9O1mnqvIHn3f9dNn/iaeh4uBDiS73aPuOnGgfI1OJfkkYunanMjyXMfjOHgI+VtrSF57n/STRu+'
    'W55nBeEZrn6tmzZd6X5bRr79XbebXnKr+20x+dYGsFS11/22gHy76+byb83kGx9TLfnG543SjW+McE9uI2SSEkc7wXd+27aaGD7H'
    'dTgBaAjJn12lwD3NwOdrg/7ROqpJfuTx0rOqheRvhvpt62lNck4zpaG0B82pbXsp7yqEdxUy58GnZCb2ZQFp9p2TQPYDgI+aCXft'
    'uqCKali7KymNY8tmCxlI0o+Y5qed7I8oD8UT/cK7d1N5k9Pppn/s9OjSdM2mf81Q5lc74e6tT0xelj9eleK/mci7t7kn6Oin2gD6'
    'yVb+g3uYnplXWtwtZ/mTAXbZ0sibfG+o6DWV56Q8spRHlvLIUnlOKs9J5TnpWZXirPSsStd9muU5EhZ+EpE+T+U7qXwnle9URr7T'
    'msp4DmsZT8rTnHkyHbo/Wyz3SZidyQLGn6T66ogrlh7w8LTsyysV3776lPvtLPLtvEvc9NUXu99OV3x7zxb32ynkW90FXp4C7B38'
    'Vs++HQvfOmAcMh2AOXsZ+TbMvuGexXK4lzEP/l0gew7rCcobdZ1aoQynizPsTlXH1iprSTtVQX/XQX83kHdnbXXfrSXvfld0351M'
    '3kk6oABjboJ52EbaFAF9LsBGWkzmLQdjoHffTMjYq8jfVIa2SpHXiWG7kbPoUwv0S+6pY9i8FyzaleOohj3TEqHsTV9Sn+mXRTxn'
    '69n5UE1gSKZP7ravtwXqsZnbfEJzK/sbdW5rvumfW5zfc0W0eagh+FaFx04MwGMdFnjsKAs81gr9l9/GyB6X6YgopyfxWzWsGceD'
    'tWSO3uJEg8Fqtg4dZP7qoB+fgZT3exTSHuhbPcnTR8aPeaPgCnu5XmbW8xheMpyN9ISK9azgx+Q8lfA5NwTu1rE6w/AW8j4eBN0p'
    'lAcjH/Q4H9xkDutHBPD4FETz3iiQ5ZC9TnHWxQSfjbNvryJ4B3FFEdYPz8M3QnoD4DisB2nfWkV5muckQk+tz5XXfWbOTd+6yKt7'
    'Xc4tt5T0bRfr0xuQ90D61M3GNhfg1LT8KDlvdDi/XrN/lke8A/N6ViR0D6L+B6pI3QXgEeC7Y8k6VhF9Lfnu5TBenAt6hg9C2gvl'
    'T1DkHdPkbYex0bxFdk4hL4jm2S3KeUG8PD276be1uWhnX9AdMwftLGV3ytWQnib8fKuTkH8l/Hwr/LaGwZwK/6reIb03X/O9Gegt'
    'U/yugn8+D9Uwf9WEVjk2RP5RlyBPzMRfBPIzT4b+NRA45vsPYdVR0FNDDJaLGnrKqfBYbNuje7aPjEUH23mGN6i/kj2A0+P64JgB'
    '7C/Fu1wsmvDt8XxwHB21YLPhW9O9RmEsDzJxKnc/c/L3elJnM6uzXJ45kZW0jo7ewfb+Ac5mlPdTmNbJ+ynOHSWyLo5Xl3/RTf/m'
    'Yb9eSZ6dvZdCehmhb+Wivpn0TRj0LWi+3sDqiMOTnlYFR/Mna3W3CoGZoCeKLnRBA5MUTjoiynPjwCeFt0yI7kurxXnQwuo30a1p'
    'YXIi27ngMjvUO3/bY+Wy6mfvUdPEqxKiiTPkbHs6F88nVx72NuVdjTBaYZj8HXSfagaamNZRJLwdSksXDe4x/SQNymvap2FGRyCf'
    'rDfn0v2m/Rpk9XZblB1l80NpGlrnTgW9Jvt6Gulrn8U9t0fBIwzra1ExPtX4dX1tyrmyCrwL0/Y2wn35LeS+vClXnq4xuGOfYVDv'
    'BpbnFMhzI8mzJleetwZlLpD3pkWw1xd5e+iprB7eh9mcjJD1N4EvFUx0s/vj/55s/wx418nGeBL0e+8ib4+EjclkfbA/Qeti0hbt'
    's0ne83Pld+BdWVfOYAv/IxZ7dEiDP4YY/rg068rL5LsdmnvWqEX73Rr+OG/35VnXLyItczCkftW+Pcjef2pxed+3QXsLsx4d0ctk'
    'Grp90Mvw3E8h/TEZk6w7O1n3kgqto249ad9kH/4t483nrhjtFEPOCdy/BzLuvUQ1j/y8HNHk6w3pn2xnH2nH9CxXjac3ZDzvJ+2E'
    'wUEPScPm93l2rlw32c6cCHiX5sM9VMy49JjpXPB6d4fMyaszrlyP98GmPdv17oQxUTjm/e61oJv4mNoyLn1N15Pjqm2KdoPaK4Aq'
    'Tli9Qxb7EuHlF45L75vWS/E44ob/64T3zaRPPYzv9iipd0Ajz+0i6xBWP8L15ybfHcn2RJGdSWMJ0NeyrQ+S+eVt7VLQ3FxGIet4'
    'K6mD79XryPsguBwhc4l1PEPmnZbtM5hLeQ7Keq90PFm+bu2LCnxd2v8GZbdpzveNBmWHFHiwpJPguHc/07KyzNGkTNAa0HbmkTK7'
    'WXvjCllLiS9sUQb79kfh0VhTRevKdv+V0LsmdCreI9bl4tPIsv0vEZ2QIXYvLjL67B6SN2j9kFeJOtsvbHXTc8C/wRZIH7jAzfsx'
    'Ivc0pTNlub8gcgfd3fttijwcLveQPLq75huJfvHvL3fTV7ypXPd6O8nzIdDnPmO8PE8XybPwVjf9HOhwvxb0019L9dOBH/SbrwKP'
    'DHS5N5M87wP+0OqHy/W9X0Hk2RyXnUF4a1duLu/jWvLtKdDTvLDP/baafKPzIL8dT/XSe930HaA/eAz5xudtEfl2+U3l3+YF6ME3'
    'BejBU3ku9sFWrpkH2biJDtzCiWAbON6nhRPlfUJ91aMIn820nyZ0WxifTiUXz4n4/vhRhoe+TkxleKby+krGCZA4aMKgT/UJ9KmS'
    'dzQbeD8iAryb8tTD9gDluVeR+jKMv65bh5oE18GUBkvnNpm5VdGoh8vc1k7D3AbduQ6Xec9XeN6HUjxR0TlFnJziieTn1oT3lc57'
    'ZWB6B9O9S+c4/hzb8k4Pl3nPJTTvlL9wuMxdQ8JzVynZ6uGyHlVTvB4pnNvNa5Iy/cNl7lsSmvuZrHd2uKxlY4XWcir1kdJ9Z7dW'
    'M1mHMt13dms5Vbp36Z3Pbl2S0ms5XOa9OqF5D9IXSO8cdnOp0l9I8UC0OayEHlq6FvHWwkRPL8UZ0eb4cKQd6iswh0nqqx8u67Ag'
    '4XU4nGwD071qByOVsvk4XNahrkLrYGMTc7jMddM0zHUSdp+pTMN8fabLljDFV8mtURS7u3T+7XDYVNglpvfz6GtiagOX8keTm+NU'
    'xza5uUz1QOPNaVwb1pRvZzfvh7MsNimaImm/A+m9J9r8V8p/SXo+2q2HiW18OqfJzmnKz7Kf08PJj1i632YmbBwu61JIaF1mm2/F'
    'dF/a8U+n2i9Nantlvj7cf0s6d3ZzR/3bpHNnN3fU/0/KA4o+d4fb3k1qDlU+ttI9bDeH1E/X4TJ32YTm7nCas+qE5izIF2C6d+3m'
    '8nA8O5KaO+pnMJ07u7mjfhjTubM8b29O6b2oc6fyl5rOod0cqvzJpnNoN4cqf7uHyxxmoB8L4EfHhf6IxyBFXTIed7uZ6CAPkLw8'
    'rjr2lc7NCZCuJOPBfmeEeaznFrgHLIAydJ51MZ9boC6bmPVVMJawO4hs5zbh+VGuAr7qk0vdd8vI3HUwfZ3lwvOjvJDpHnM7mt0W'
    'cnv0XbBNxIuNLuf4FAYrfMwrFGM+zmDMi4UXU6VSY1bFeG21HP8QG/+CED0VU11+Hu+Bxqk21bfF2HEY37gjgr5uF9PhiGM3Reef'
    '2vrI/s0RXhyHrWy9VXGUVXXYwm8rrNepwo+PMcZxUEz5KHERKc5bCemcdrt+m/axVdjH49adXSsIPNmOuYXIrZqhXvl9HpaXhS4R'
    'gpIz/CkA7Gwl/ZDFriHyrCth/NlSw5nD+oFVKU2FPpYo7phosXtVsULfBO9PT9d71q/3HEKn2dDJBYCJsljJLeHw8AOnHB6qUniY'
    'EfBwrePG4KP0ArWz5jbcUWi1sFhSFzoevjnlQTf92T3ut1eSb+eNuOnZEPfkLPLt+D43/fabgWZyvFg3N+520+4dbtp/i5tefwvE'
    'TiP1LLnWTe+A+CTLHfduqJsfpGVMbN23CXU8pWbHo+9GFfSTqe50r/Db65voAYetz8+EGwdF1b9eYe8LoN+wjGz7a8IfSy9O2yZt'
    '7oP7JW1zTKE3beIX1tR3bK8w84dlo9cdFqtJ1rdUhOv3BemLrcmVj+MMpnMWpj+IeWR/LhBevC8cx4vC8ydG2+H+xHYw2OrSzJkc'
    'P84HzkMn3F1Rhz7sHjTO9nc/6YOJb0CVDwruo5P65qH8I+QBBcUJQn//VXCm0vsAje2zSkHn2/BqaIxzSkPo4i3F4QlFaQdjJSFu'
    'Xw3pacIfy/4kSDs191FTvlIVfBMh98+v5OzvYrLczU45PbbQ8mzSxWrg/LUVhEYYdLzYotwGuE+Dk8fZmgXVfxk7Y1VnRZcI9wUW'
    '1MYGx40bllSfJV3QatDnsHoWsHp0axhWT5UTzr+ibXSJcrvXoLp/Sfh5J4foB4fpBXfmwtt7Engf8v2mJjc9DtJlkJ7UFF7PQ4Tv'
    'hnP5B0KThZW/i5SPsm8+KbyYxXHh973Ci8dos3Y3kHJj5CwNK3ct6fvBmH2/mvTh5Jz5HrsQ8B/1Lx6U/xyS/6BB/rWAt4Pok7A6'
    'jiN88xXw7mjyDnm4R5F3e+CdrHt+SBumZwPyJOPww7vYeVbNzs+lB9w09zjczRTfvvoU3M3It/NAn/fVF3v8bP7tPVvcb6eQb3UX'
    'eHkKMD78Vs++HSu8uJpdBM4xhmOe0VsDZA3qGR5fxWjOVYzvgfUE5aWyvbwlX7sF3tvQSLWWfJwqIkcrnY/k3Vlbvf2B734H9+GT'
    'ybunH3HfrSL7extpM4gGKsB5uZjxCNss6a4q8jflea9S5HUiyhpaoB4bWrAe9tQxCv6ZzZ6uhj3TEqHsTV/y4wPZp8siyAFMZONP'
    '7o4mX2iwnNvGhOZW9jfq3NZ80z+3OL/nRpSzNBF8q8JjJwbgsQ4LPHaUBR5rFV4cZu7Le4Tdo/CbSjbbQuqTc/QWJxoM8nOyg8xf'
    'M/TjM0T3QcW74boP9E4wEFOu3ujjZYc9GWc2Py8R/pGfXGgOW9lr2Hkq4XOuof6JKd5qBXh6EPhCbbBPMaZzKgNRyUDcp5IyEJU+'
    'ycUEn42zb1SXY8BCJ2Oc6HLUKsrTPCcRemq9gc3uOuCfLiV92yXM4l7Qsc0VHi/CpDzVM9Hh/BbN/lnO9Bx0/mnj8DBNaAnKw4zL'
    'm+S6aCblqzTzsyqAvtWN31QfMb3rpXe99K6X3vXSu15610vveuldL73rpXe99K6X3vWm4q6n84dUBTga8WoeZGMr4SzkeywP9jdR'
    '9VYagZ6kbYgYd0A5F2fLNYt5DzSmSfrs6I1qy/7kLfvzk2I5PFQRGtJkPW3klL/X0KYdODcT3lqi/eD3oL1WkfTjwKCzudKg8aku'
    'DbnUfm1YFXVBH+vJvxvIjDYVyrWuW5IbUYa9aG7WZ263qrrGGIdnovW9nV4AA59mux4bPRkPMG2fjO+4ivA0Rx6oYzlHlA/RQIaA'
    'e30ewf0yrZ1Q71n+3UZngd/VTfBavSV93w91VBnR9wk8mexMJe9zxkR6pGeTyS0gtO1K8yKSpF+OsoBdHb1iWh7p0dMsylSKHqlE'
    '+1NJf/w/Q/pD1vnPkC+b0iEpHZLSIYnTIUnSE0njpZR+mL30gyndsADO3ihnmpQHqXgm1SE0xyrNGRfHxufEmPLxE0W5Tc5RYups'
    'cwpEpmtThvK2qgxk8SeydU9tfFIbn9TGJ7XxSW189OVSG5/UxifV+0r1vlK9r1TvK9X7SvW+Ur2vVO8r1ftK9b5Sva/Zb+ND+ZgN'
    'BLfWML7aOqG39clDnVQ+2gn8RB1tSul85C/y8ieTvHSs1IcRL7MmoE3khdrQCjlyF6K0gqkPYNn3v3LKaQbue5fmfY9jB1sUNmT5'
    'PaR8T4S+9jvlfpJty1/J+m9b/nwn3r5f74TTIyc74fTI8Y6HG3ZY9H8RKbfdolwT6dM2Ue5PbZTwHpsM6uxj5X5P8FyPRZ+eA95U'
    'HH/VWNdTpA8DBuV2QLnHSTlTXCvLPWBZDvu5j5Szgdu/JueNbm9/iNQ9bFH3O0jdw5q630zy9GjyjFmuAZbrU5ylvG7Ke+y2qPtC'
    'Rb+LLM+5irnleTaSPLs0edYY0AQrItIEiwktw9tdoLhP4rdm8q2HfaP3Pd19CeViSBeo4jaY3rU7CA3hAJ0yl9AQSE/YyvPj8lyD'
    'Ym4g7VIj/L4IG1m7m0SwfW4T42Hp/Dmq2mpKQMbLfennFfztExVwNkJ4E5j/AXh3DMyl6X6ksErjBXBYHWHfKKyOknOM827yTAZs'
    'ErflCOhXjsABtc/OkbVuhHrnQV0FRsdu0ciXF5B1c4Q/ToJpf1sJbYr2EXTfI/037vhloiZ+S+ncDxqU2cHow38vuDAx3X2SfflK'
    'wfV7HQabRQXuNO3XgCiPv0HlirIPf1tw116Wd0DmuRbSJZC2E1moTBdDuhrSIyBtg/T8Jrfumwuu3kCU8QWNge/7awuu7MW0nSTn'
    '7+KCpxsxyGS4OxNsZ23B839t4qe5J8G2j6jQOvJ2Jprs2hmN2M5Pmry57E+AvlfFFupiOBTxz4EmD162sn7v1OCUojDzy439KNHx'
    'TZ79A+7XpZB2QFoD6SlN5fsf9/nRZH+X7vFNnqx+lN3VnmF7oI/oqqDeFOpYybpuSqCuk3D/J1DXyUjHJ1DXKcjDS6CuNbj/E6jr'
    '5VDXsgTqOhXlLAnUtRb3f2P8ulB37xcx6lrNdP3+OYG6EO4PJFAXwv29pC7V2WNzhn6S1NWruBva1PVeUhfHcRwnjwm/r3yMzSbr'
    'Gg/oV49lv/pizBc/Qy5V9Os5w37xus6MMUZe16pGT4cyytyHxWuYT+rvteATma7RnxrC+8/H0WVwPuK5+O8N5f03oaNs5v9bDa7c'
    '25Ru2M3aGbe4RyBNcXeDF59khwXPj9NRNm1+sMHVP4sTq5DTOcMR+jFC1nMXq4/jrSsc+/pfH3NubejwcxzQkSJj6tGMZSRiX0rn'
    'f4XWznacWTK3QWuXRD+xzX+v99qcCtq/FD+o3lvPPg0OjsJzwDHdDfXb3pvCcBrizI/Uxz83sa6310enM3hdb6z33/t18YFkugH4'
    '2TWofwh5b1rkpm8jZTZDmdUsltBm4HdfOg1tnw9tr4E5pDwavMPNZzycI0LudEfXe3FTo9CjJb22GHUgLSti1IF3t/+si14H3tl+'
    'GKMOvKt9M0YdeEf7Yow68G722Rh14J3sozHqwLvYu+r8sXltaFJZx3WkjiGFfJi+19L/pI7trJ1Bw/vIZYp+9Fj2488s5qOowX2n'
    'GPRjLIRWPabO1RsJmo+dlrRASa+F1LuV3Y12CvM4crze39f66y0mUO8ztf55GDOoR2U/RWVJX6+1hxW+Rg/Uhq9RlHvcpyfrPZKV'
    '6xNm8R45jIXFMnwXGUMfm6tBltrc5d6omN9Ry/ntJnWY0No0H94RLlKMT0ff2dw9Tod6494lOb24zACmovCcC4r1GDPESVjHn2q8'
    'vp2T82iosPiNNNajTE9n9NrPEq4XabEna9y7lGmcyZOh/NkhuhWmtCLGrbyrxs934DaTqK+RFA38gSlsE+d7Z41/T6jsP5HuXsfW'
    'TzeWaxKuF/v75zWuTJ7S6muaPPl9yc6tqVzHYQMps4nJYrHM0axMZ41nm8DlPcs1ctwcqbtkv6bo6ykh7baSdlF+dAyTJzWFtOuQ'
    'Oo5n7eYhPSGkjl/l/f3g8umjQ+5CPyJ1tGnqOC6kH9/Ke3iGx4cdt8CpFB/Levfn/ef1yxz789ok9vDH854+jQ3NIcv8haLss5qz'
    'ntNhN+Q92/ku1o4tbSLr26Gor89wHvicyfouV9Q3bEF39jPa42xS34Cmn30W9NCJ+XLfA2Hl+NwOsvqOJPX1a8r0W/QvT2CjX0Mf'
    'FBXrJMu8UO2VHdDc0cY1/M7nqj2/Dyb9teFlYhvfqfbmajPj+YTFnVadR19MqD48hz5D5g/z8DjZazS000cilMV2313t+auYavpI'
    'tr+dzOOGXDitEkbzXJZQfTg/Z1V7uoVLmtTnqO6sObnasx9ZEkJTdJC8Dsu7mOU9StGnNRp+Iu9TEynLaZflIeevVC6tV/RJNZ7f'
    'VOnHw/M+R/IeH5L3hwH1ctrnu1XeWOcxvuuykHn6KmlnXkif7g+YF96nO0netpB6P1Xl7WudTGCA4WnUE/9glf8s5LQLx7U87j3V'
    'hdxb5dKeKvxeVOD50v2/yu/TxvY8lvV0BbQ9wu7UqNN7KSlTDKBr6Bl2rkE746zMOsUYuyOMsYPUs52t6aDFGT4/oB4bWiCnGNfO'
    'COP6r1z4nHK+3E9y5uuNvJj/k/P6a0pDqOo5YND2T9lc3U/KqNaO3jVe0v8LKNOvKfOJnLen1+f89IQtT+Jm0octjpr/08XteHKu'
    'PrIJXJr6oMI7VB+pm8/97hBcFXZnujDnxwe72Xy/yGD3bNKfHcLMf1MYPkU/DStyns3lALuHcTy6JOfZv9jihpL8L6B8v0F5B8pH'
    '0S+W5X+d9caq2x945/r3gLz9TNbzf7P+Oexia4t75zuKelWyFJn3UZI3SD5S4v9n/fagOj6/Ci5vz6rXJgx/4Z75aMTyCOPvzvpt'
    'f5E3/Ee2jjcE5B1jeUcD1mY7w7lvIHl1905c86s18216rl2Q9c6JqDi0ZMdL+rwWyl9A7oH0TrLaIC/eN44NyMvvfUca5MV6m7N+'
    'v4BJ6EPIuv874/VjSHGuUjrylxk9XIwwGPpxxm/rvcNgrRHHfjfj2VNu15w5/0TyqGS9Ms/DGb9d5rMMD+wneVS0rszzuUy5fasJ'
    '7Mpyf6MYxxgbx4cD8uBev0XRR8ovKun/ZMxsuCmuL8n/Sd1DGvvwIZJHpack82wleXo1NrBXKdaD8zkvDciDuORVij5zG9ezAvqD'
    'vKXTMn77X36udSrmvpv1+ThFHs5nW0xgyFQ/trT/FXXzsyyvGOtzrJ4/OX4YLhrA8K8c/djGIM9PA/LgevxQ4RuhyPbC9x392iOc'
    'f4OMw5QXK8v9I6m7X7OH7nPs9hCO7R8cPzyOcjv+gLFtRzt+w/b52fqOgLG9RP8zvxMmOq6y3LDjt6MfZ3ukj9RteoeT5V7n+P1A'
    'RNFDlXW9wvHb6XN6fIPj93dAbVRL+j+Op0cZR4+1RP8rYH6EwWWboz/HELcWFPDF17earIEpX7vE/yd+CUzl97Lcz4nPAxU9VgA9'
    'ttoA/nbp/h9QD9JL3w7IcxrkOUDyqGg1medLAXlOhzyfJ/NhyleX5f5e+PduGJ1WOv/BpjwpWb+s861kDKa8dOrHw0ZWz/14DGn4'
    'M1eTPCqehczzGlGuDx1n750l/H5vuhg+OI3kUfFpC2CrVhsgH0YfwrUBPAr049FkSRMjD7zJkpfB/XigbypdHPogXxpR/CqgX0ad'
    'X4VK+UdYIMr9iOWFx7PPMZ59B+PZzxd6WQDPS/1OIr2YdcrhxtbvJPp3QL9gutgJzUIfO0EVV2GNiBZXgcZFCPMFnMZDSOMhpPEQ'
    '9O2l8RDSeAhpPIQ0HkIaDyGNh5DGQ0jjIaTxENJ4CGk8hDQegu5J4yGk8RCiQFYaD2HmxkOoE/Z+flM/r6mf19TPa+rnNfXzmvp5'
    'Tf28pn5eUz+vqZ/X1M9r6uc19fOa+nlN/bz686Z+XlM/r6mf19TPa+rnNfXzmvp5Tf28pn5eUz+vqZ/X1M9r6uc19fOa+nlN/bym'
    'fl5TP6+pn9fUz2vq5zX185r6eU39vKZ+XlM/r6mf19TPa+rnNfXzmvp5Tf28pn5eUz+vqZ/X1M9r6uc19fOa+nlN/bymfl5TP6+p'
    'n9fUz2vq5zX185r6eU39vM50P6863x7Uz6uJL9UWqNfGX5f08SHvL8eS93mo11TevID4qRhkNgDN5NsI+0b99YwyPjP3Hafz+bSC'
    'zJWwnC/Z72+ycXMaYIjRQOcqYHKMnXUbhf+sK7Kxr1HUs42dPSsIbG210HFcLMzoFM6DbDYsx+9I1DcR+u6rFqkvmenyJRPVZ7SN'
    'z2YTn8cqv8adIp5f49RnceqzOPVZrG8v9Vmc+ixOfRanPotTn8Wpz+LUZ3Hqszj1WZz6LE59Fqc+i3VP6rM45TNF5TOlPotnps/i'
    'POzlHJxRiFv7oZ0qA9zKMWt2dqHW0lS9fVM02Ifn6E0xMG/GYN/Z0kCCwLDNfWYDkwlSmYeON0ff83L9ivxUL2dIYzdhYic6pNAD'
    'on0J090p+bXMuXdsla78sKaPJr6TVf5gVPqwvez7Lgv9/zj96GZ6KX81OQ+bhNpvb29CfeHrRfm0tG9TsQ58/Jfn3DNFpbtFddGi'
    '7IFBhudHDM8UTnPbzC/fB1QmuYiM1WauVTpjRXbfaVfAUBJ+uk1hh4/1mawri1KtC+2zKRxt1cwP1xND+5XfGtI2QWO4K2AMgxUc'
    'g8m6PG8Ic1Kv/USh9wll6oN0m0YHZESY6+J1CbWfnDEFzijxzyf7fvw0wtCPNTJDPsdSr32ZRo9mUKETXIlzm/sLcLKuDFjn2z2O'
    'PqEO320Vej8SdF7D9MJNdEvlGB/PeLBtQ+9vmwHn3kcyrjwA4c+k77S+Ac362+xtHS7fqdG76c+4dzQVLuF2Dt3C3JfTqEJn2KQ/'
    '52W8WAphdLPteVsM2fPLSdvbKkyT871dl3HvnzP53HnGcetSzb0JbWKit15UrJ0J3DzgeH54K0WH8fn4uKOHxV7FOiS9Htc7ng+f'
    'qGPebrg3up3pxa1nOa5cTkc3mPpZ6VesU1C7S0m7Rcs7nOr+x2kF1dyhXvuSiO0mNec/EZ49cdK49ltEf2eE2e6Y4hIso5pPbl91'
    'j/Dmc7r4Au8jY7btg+pMHQxpb4zo4tnAkC2tfIXwzs2BCHsjKn1RsmsFO4Kk8D7qzyyMAJOjljDZKPz2yTs1NnsZov9bR2TfsvnH'
    'iex7nvD8xS1X8LdbLPmf1cDX5rzwDOGFNxJeeC30oQb6jTIn2f6WWDLJ2S2hLM1pDL55ziBPG9Onsl2D2S0VdtfgJhHrOdpG9hCm'
    'D873HF3rWrKGVbDnu4DXL4gMt5boIWG+Myd/rzdoR8owfgfvbwQYaQM9TCpb5vKvQwVOsuZPzkq3QCMjlmttBkb6nBMRnoICBhuJ'
    'rokJ7kF4GibwlK67f90Va35D3DVPct1L9oaT/7jEcdfzh0THMd3Xh9++TmkA/zrnpoAGSHHp7MClGfI3paEccj/aRvZmL6xzFBhz'
    'grZnpjJ7oSKPW3XWZBWjPKryTgg9Xs/uwtWiPPZQLbtL11ncoREGRAoDMxYG+P7Nkf1bQ/Yv/t2o0MXFMgg3ToDdSaPhPS+s7Rzo'
    'mXEdtTr4XsPufmKfEJ/6gVoPjrfD7Qs2WORvhHecH0Xz0X0314KHFWW9+FguhPRSUW77Z3Ivt71X15B6ZL0y72rQqRVEx3Aqbb5t'
    'eICN0Lbs90qw+ZDtn3O3vc1SFD8acfv5vQP2/cxZ9hNt6I+Iaf+z5zHwbSb89prcZuoHEexVEEfI+t8JY7oJxlMjDrXHUejdS4jJ'
    'Vb30uhp3VgWaNH0ysWuAlTN7adZlfVEJa0+DAYOEjz0AH/mpWUg5X1nE6VVhJatnHFBG5uG304PDHhb8T000IC0ATwBp4G2Xul9L'
    'fjHI+9W3eu8vFKmPn6R8/Ej8ndpeTY/tFdKYeMb+PvWJk/rEEalPnNQnjhn8pj5xUp84lfaJcwK7Y1YxWuQY0HXDPSHrOZLxCMLu'
    'tGhPbspToLwZ1V019eOT+vFJ/fikfnxSPz6pH5/Uj0/qxyf145P68Un9+KR+fCrtxyfsO5fR1h6iMlrZ1ujVM0cWW6Jj+iovc7Xp'
    'z0+Knj2bLX1AadKaCW8v4Jo2QL4skUPPI/BW0iGaUNfHvyMdsyIbjfec3rXTu3Z6107v2uldO71rp3ft9K6d3rXTu3Z6107v2tPh'
    'M1fmuYjdnxcbytrj+DPj8YyXAZ2hivXda9gf7neS6u2sFOY+zlQxClHPcT18dxTjUK2nqh3u40bnP2REsV71ZL1xvRqF31cQrW+c'
    'nbVHCk9PiMd/pToRceJc8jlEvR7ka+TJHui32N88NvNJwtNHGrWoZ1RT32Kio6PzFUb9C9r6yypq9AuRf8PXuxXOWrreLULtP2VX'
    'SJu95J5+lPD7iomzn/s0+6E3YE+Z2HJwvzk25eLAMPcBR+dzt2Kd5Lg2k30ZVHceYNZmTqle3Jgoj1dN15PGrg0bX4+w99F7KODI'
    'KrZnaFu34Z10qRoeTWnbHPx0dKgKby8j8IExkGnM6PNyLmxkRfl9ma79OlaG14HxooPWZy5ZH4qP52jmmK+F7szAO/Ii0Kc1iQtN'
    '4zafniv/+2QSk5uOcX0uGHfi+lQTPuaOTo/HzOUFtSzPmyD9QKdfbiDLl/TK+vTn3FNQ/j8gvQvSi/r8fayCeae81ku69TIN+a1k'
    'XbClPAYx/Xbzh8pjENO6r7/FPyb8VntLOOxUa2CHx6IeZjhqLpnnv73CTU+F/v7neDmfgOZ5OcvD11zXtwVwlnP5BZ3Lqr900z/e'
    '7J+vuz8E+os3K2CgD+Ztl79PVYzOprgC29gBY3prj36dMc+3e/x9w2/Odf6+yTppuaC1rAtYy5KsAODiN28ub4/25Y0XuenP+vVw'
    'df0tZvs1R/B0Lczxws36OcI8Hyn625blZPrMpep5WMD4rDh+Xhb7qov9eyHA0Eev8PfhTTtB1vgBNZyoxo/2yYu+6Jbd/139+DHP'
    'u77v6ZXiN1lOpk98zcPJjYpyMv2CpkwhoMx7V6vL6Og8E17vdY/Z8f/K7PRtGWazix2YVTPxIrFr3KfdnkHIaR6U1cu9dirba/zs'
    '3feQmz76qJve+pinF95I4KMks38Czo+73fTgI2669kG3zELY2/wbb4fD+LzHof47Qf66rxzm1z+ohvFWSzj/9efd9Kr9duXeCXtw'
    '7VPJypMWTkSTEdQRwDD1YWDS1ypR7ueD+qhcGUBjZ6FcErHe8wSGLiGymhJvkMluJgLyns/y/obQATzvcEg7PyHtvBJSvBv2sLz/'
    'QvJiH9BXdy/L+22yD8+GdIjlOUD2Cc8zoui/LHM//E37cD6pQ7VOq4j8+Da421J/EDiG3SHlqW8Y1fjD2n43kXWdz+7FA+xvrLdI'
    '6i9AH3ENzmVlu1EvA/IOkrP7TFKmAPetPIOZM+HbNWTtFuf8aSneD+nHmQzGrnbK1+x8ohcTBDd0frGOUTYvWOepATA/wv7uZ2U7'
    'AsrysVzCyh4BdB79NqwZwzj7e4jlG9LoneQQ58EaNQjPtwriFMQ/WB55pKgfgj58ub8qqvvmELyI39YTHv56qG8Z/L1E+P2aU57P'
    'KOFl0fta0ZLHxmPUDBCeQQF08FoN8lJcj3O2kczVywgMnwHlrtO0OVfRZlEhUwhrk/sOqyE6ZEHrINfpvURmyvHMiYozZhvbawNk'
    'P8i+7FTkRXzTxfDODpK3m8FvL8GfiD8ahXr/jrI9iby/S0j9A6wvo6RPBYLfKJ+vh+39N7C9iXKK00jf3qjA/6q+rSD8FI6XB1g7'
    '/Wz+RlldRxAdLMrHyLO55f7CcY0oTST3wcsVsIXyPCcEVhCnUD/C3KcRLS/hcy7As0Ng2xaWk+hTM6P9qP/LybdZKXfWyZ7xrn6E'
    '4v6gwktt5N/YHtX1XM/2uaOg43Xj1c2hXMv3Ox7ODprDW8F+XrcuOQIXsv8msZts7hCvg7vMfY8E84I4r6EG7kQPfc3P5xiFe9lt'
    'B9T3IxzbLugXvqvDedFcyDH2am5Wa+5UORMPT9xCL+0/kv7x2q1u68EOZzaFlH5BuMbUk8+PssL22Yt7cTRd01m1prhvb1Ds2/ws'
    'XuMqeIJzVTsT/13mxXbvxHSs8Q36NTb1wRm2r/eka35YrTnu+y2KfZ/6IHccsfYl1+AaVrnBE4KTU7/vUz/nZnRqwBpIF+pVs1vH'
    'vJPpmHcw55nWT2vQxzprHXX/09DJ99Vouqazak1x3zaxfVsriLJVQEM+nkRIfl0sgSBZ2wkK+ZVKd6xNeP7D8S5fw2RgnJdsK2Pb'
    'zfpgsx8iCNmzUwLIOdUtLIY//Y5o9jSmEndrX87N5l+C7DVPCJCjpvReAEysjrOANReF5Ujpvamfcx47s08B/1F0i2bZ2mQNbq2B'
    'TyY6bivbH73pmsyoNcF906yjuzpLO3av7vxrIGvbGKFcGN2X2STeEwZT9Rb5Ob4IaHevZbuB+al/ULT/4XN2U0Z/LaZzZqN3gOND'
    'Pb5Kjc9U30Bl8zbM5PxDwm+7UwC55Fzht3uJEkM6rp7rOkt6vYXoWzTC93nCLjaoDnZnw9oeD1fOsLUbEMFxxdGPMLYdVh/XpRkT'
    'fru72QArlC6S7R+6Z3A2cRo1U+GY4GHH86FPF82+NUnjuIev0U3xWIxWcdzD8GYQvsukd46yO0cl91bGgH2W3gNn3prkhRfHMhfh'
    'vqHipcsyPxHq2Ms265udXeudi7veYSoGScBDDmhihI3tsI5bLfbtLF9HR3Nnr0nsDPxkuPzBZo+W/p78xy2qPXnIPaoAfplsbhp6'
    '0mzDfGs2Zs35Rhokm0Qbl0yn9z1HxLhx8bv8W+rvX8vaffYeN/2gZfzXlJ5W4JJ4YBhKT6vO7NnDF0jp5HRNKr8mbcBHpHisN6WJ'
    'po4v8Emz8zIJvkG5/DiTPZwfnFtu5zVh/UQHDP9eS9dkutckVG8voH9Kvb2Q/EF6e41MRoU6dwWme7dFISfVyr+zpb8/oyLZa5h+'
    'VmOEckHj+V9sPH8J5eqMdF4lp6GqGv/Oz6pTpqY0zX/xA/G0cEMvrHUndq/N3fvkr1pBeiE0R1Y8VPXQO91/X0Pet2spCf1dsHri'
    '+eCr/6YQWmZOaW46dFdNfg7yGD34TspSH5r8bc54cF6leM/hGH18I71EfX6X4fAI+GbKddiwbQvS23A4oVZ9E5Ee0/L+9dfSPxHW'
    'abp8oFsUy4qEn4lEnxD6J12TaV8T3De3KPYN0AKTZ3EGFiwXqrRXVR0wV/kZs0bh52wmMyUrZVuHbcv+rzbl1N8LinvNe1KYSWHG'
    'AmYQ73SJ1N5jOmwPamD+cf9enc79tMw9599x//Ft8J7eo9HX3glwj1kpvBh4TUx3cxORu9E6qkl+bou1gOhwoi/gVRHqaQ3hD7Sw'
    'urieqIlfJqy/geGReSG8E5zHsHy8/3m2Ljm2Lib10fk00Uu27Ws31JOBeuelezsx3cww3RVuU7IF1i2d/6mffypDcTS6A+gDEWN+'
    'VpN9w/2xNrB8FD8e2x495miQXgTG/b0qAdnQiAYvpDptM1+njeOVIYJX0vU7tNbPFN/MN8Q3QXhpWYXxUu1EfLxUq6Dd0J/xDQTm'
    'qzXfVLx7jMtSR/6mvH/0FcrpyBxZbyqXyzK5HPc3elC4PtjpXGE+9EWKMocfBsjOsgAf16Q6Zup72d6XtinIhaxkZnKuc2FSMrTT'
    'VMEv3QMrIZ3T7n1T6Saa6JnLNQ6KEVaA8xvvfugapIfsxwLIqhaKcttAtFlEW0b0t20Scw3tE6nfbNmODInzathPjeyeYnI3PdTv'
    'tba4zhQOtiWgkzXLHo08xe6oD9z0BlUVAN+/WtjF70D/xNxH+PHkG/r+xth1NIYS+kzHWJ2LyLeiKPfPPk/xDetsUrQ3ynSnm+Ec'
    'U9EKJjwK7keK+sGPWw/fO+9Q8I1r3AwZvbA6N0NMBaorUWnePKt1LO3WmtJpcoxfhmDADDUjvWvKM9bY0+hUHnVTChMpTCjkTfTM'
    'zQXR2kbKCCJ9XnrqDPKU+0wsALC9WZTb7+A33L9hdLXtPWm2U0wvEe+Rn3DtHFPequl5znkApVifELP2j53+uxf/FiRn6mJ0h9U+'
    'V2z7WfRk4kKCic2Jo+HR4PrUsfXRxfCbNTafGUaC2G29GE9zpI/N4WDfHETVqOxTkL+W+owhOHtTJTF2+OKlfnxm3prY+Ok60SJ/'
    'HnAs5ZHXiOAYqlVQDmNUY4xaGScXZQxIy/E47PLbLuGP0b6V5RkkeYqMb4nx3IqAS6i/szBfaRiDcr7w+0ej9Yyy95xHijHgbiD1'
    'nim8WH+DrPyukPKlPkI9cv0WR6wnaOxh/W8RXpzL3YxnPMj4v3xN8SiTvNWjIsioy2KJQ+zj3+4rj+9FY0h2s3aj8GKDbEXE/5ms'
    '40cePqxSvFfFTG+HMdRMePx5TrPyby1kjzfBmBaLcn0fhNfl8G9ZB5W5tShkc7UTnkxACH+suBpRHm+vg+CcDjE7fFyqYuitY98w'
    'Tt5cmCuHyFLiwFSl53i2+poMWzObOiq5ttUWa4u4DWO+f1URu/BWiF34jf3xfXVuiDhXHQnPVY6w7HTx0I+PML59MFfN3wX/Lffb'
    'lS980Tw/P3ds2qGxKuPOIeVl6GQoBcVdu4bwOSm8XkHg9Qp2DvHYrVexcwZ10RDWVWU4DIXtH11/gvbPiQH7p4PIkl+4w00//AXY'
    'H9/3x3KmdavoEBpv92PfhPq+4Y+3uwf68Qto69OPuOn+J6d/X1/F1i+urg7VWbpClNM1eSI3v4LBiK4/cn7mCC/efUeIzLCOzc9y'
    'ER4vu5rsDw5ztK2chm9J+6uKv5sh9V9J6r9SlMcLpv4C6oZKN8z9jhtK3Pe0hPDP6B6h+xJh/Cgy9zbwFmVOgnQc0J4BY03TPV4r'
    '1HHid0GdjxKacpDQNEH3Glof0j/XQn13A50ddi87ltBGNnO3Bu/HJJXtfoCsz1ZCS4WNA+mqtwo3BjXOQxi9toOlRYM78nbFeuD8'
    'XUf0IBawuocMxmFyR/9z4ekv8TvnIKFjm+HOZTJ3vGwB1uRIcrab3Ee4TlVYmUGilzGH9WeUjbEYwpcY0NDWuJ9oHO3FBBfJ988Q'
    '+JR9fhrKzCm9zGRzVdUvPfnq6hr8d211XX11Q2MTPoXmpml6WuT/WitRc2liXijRIi+U2zLuLcVVvd19XvOaz5bS7y1fvfSC41de'
    '9MvNF7/mvttvXw6f//CBt91uYrn5wA1f7nBE7leT/7xBVj10hIdR3Lb+5LZz+6Xfv508cuX2JmoBvulHJvaiD+m+tuFft/uen3+Z'
    '/jUhJh6a/Mn/v2ZCjlOU/js4+d+vSv+ffL78/B+h5omJ3/vas1BhCHmuUbwrtd9uUNhIy1RtMTtdcfZK+t+Ks7ga6lOdxcsUvAKK'
    'r0YJn1CFg235EGG8yX+Be7zJmR92FgwRHB7W5y4NP7iXjJvybEYMxxQ23r8WrgM5HY+ctr3TcBy0jMm6yn7sAThLkleOMooCzOMc'
    'BU9ZNbdh/LCLAG7D1n+bpv+24+B9oHTBDujTCthXOjkG6hTT71sZvXck0HtRefsm/bSlJ4J4FLS8SidnttsnmPhh4rbMkhIwO73C'
    '/dzp+EZ0TVU69yZ2xdVET4O2kSX30N8x+DG5u9vIiWzo/R6NHKtX+O2agupEueZnCV4aMKT9dbgySvs3k3uRaftR2rmW3O043qX8'
    '/ih1v57g/G0x6zoX4FZ1T90dsc6TyNh3MXgqErwZpe4jyd19QAOb9E4YpQ1bnX0VTTZE9rCs8zUZd64rsZ/R5qDmmx6/Ct/d9CX3'
    '3ULC33oa+Km5fR6/sIrwXtHOAd+9+Lhf1rJon5t+70A0m8hS+1Bv02ThCys8N0/u9mAT31Vf7L5bScYl38n0Ex90vx1LvhWudNPf'
    'Fb15xm9nbXXTD3zIkwliO8tf55/nnxT987ztUv88r761vN4M4Ye+Gvr/j45rP4m0LN0TIxZwbDv/JnY7bRZnzQ6GHwcZXioyftDp'
    'RO4a9yyh9S6Dek1pQtP+FoiMejTgLkfLZIiu7zmOe4cLG2c/o/93s7+7phEmgvJR28QSDTX5j5M1PMweRgfM9LF8H+5sdCzPHCJ9'
    '/3vgZ1cCP6A8Yn3OTddCugHSs3MuvNcgns3BubbITd+2yNsfi4g+27lQvjNXvl/OhPJvJeXQ7xHNdwrku3GRt69kn0zPuqYI80HH'
    '3QnpqZpx8P4VgL+zmNAdVA+taIHPOA9dRRdS2mYxzD1tdzvBjSbtUvw0qJBf0fZMZWN03jMBcrfjmCxRbIIqNdraWG8mpF4bOqWW'
    'nSWUri+AbmOefKPzcbxCH3SA5VlC8gxr8iCtTHkrq0he/JvK6ym/SZdXt1618KNwUylbe929W+p/HcP6QO8sCJcLmG5Ii9DzZel5'
    'i/ygVvh3Btaxnu21LrbnBhW6ZSOau3nRYE52BuiWZdk469k4cwoeaAvst1Yo08bKVBvsez5v/Qr6pQXmC+evRgMnA4zvHkYPRuUt'
    'h83zEFu/JXBPoLBc1MieVXPUpZFvm7RN17hWsQfyTG+XxzFQ4TReTuK1sHJR5TM6HpmpPoVNDLI49hoRrTuyM5rHerCCtlIGxn82'
    'OlomZzyHpToGSzkD3ZxVwtxe07RflapXpSe6KoLc80TLtbgW/o30dHm818wh81iE38nZ+Mt2xERWJb/wHmv/AQqpufmj8icdV8+2'
    'Md1bRntlqv022fhpWpUgPAgGD6Z8W+rzqVukvty0Z/X7S/9v9w5bO9QRZl9p4nMrCk9+BeEf4LvT4d0R5N2xwtMfbyR0LPXBNAhp'
    'L7vT0vb2iGiyikqM+SLFmM9XjPlcRf/PijAPaxRlxkLKdACeoGXwTjzK8h7F7hjNCj7RXEWeIstTr8gjeYIq/s90rt81ivW7QrF+'
    'l5F3X1Cs/XtX+9de+uTga3+iZu1Ver1ha6+TWQStPdd1Clr7DoO17zBY+44KrH3ecu2bga+aBzl5M9zpqd/KlSBfrSL1ZUn5lSzd'
    'CGO5WLhyT+QlBfECKM9olPHE+hlvB33FcdvRMP7BsAi2GaV8VW6rtJGMd2PIfKwnMH1sBLnxxgqeSYhj/4e8m9vuvnuBvJsD754n'
    'dFs7W+d2qOvnijxHt5fneQb2KOUtB/VZlvmelGsTvGQz3lYLeQDXn9wK7X+O6KGMaHT0hth3lYxB1vUxoq/Zoylrqhuqaj9INkth'
    'fpzIpKiuqqldwxAb11aF7mGYfYUpnw/beDXRkRxj4+810MNF2RHnU44Ruw7EM3F0KLdp2j4K9HpM17QYQf+4n+EME3lSzhKPqO6F'
    'K0R0Pw6rIT1N+PVCTmI2UZkA/qvqneTZb4jIK9X5bTatg/u4mKoxt4p4fi50fGiTM8sGP1M74mthnHNTfpqSn7bpEOCntRBZxaWW'
    '9E6eyVtfklGfGeyETJZZS/bOKQ+66c/u8eTJSwzkb3FkrmE2Gs2ELhJgK/4+sP1+zx3l93ed/+8gH+Cjlngt5Sv5YgQwIU6yfCXT'
    'taG6czb0se5ct8XfQb6HKB/X1udQkK+hpH1dJA3/s/zJqOHf4jEoO1X8q2amDxW3PceyfJVl+TRuSwBObn9pWiPEbWkz4vVTmnsd'
    'SaPYRrSQ+8b1UB75aV2wxleJNLbfdKzzEbAuuG5cNspljivJNxGQl/sVbAk5q6Lgh/Uh/A1urxvGw1HZy3L+hykfhPKwsF/jlvpb'
    'lJ+7tdXdfyr+1YgF3+hnCj4aHXccnTlVfQfZ39uF3g6uZOvb6soquA0vnc9tAeur6kNUXpZqDU34Tc8zHbzft3iwauLbZVQDzybr'
    '26Ww86B2NdxepctiLsY19hfbRblP2QdbPJuNIN7jVK9dFP3Jd06O5QwFz9XkLmxqi6S6e6tsdqaaJ/vKFm8vjrG+mcwltc1UwWSf'
    'xVwNKXAd13XX8fSpf4O5LR4eHdeMjftzGNfYKCS1t+LoGhcVspWSr49mb5x/iLF2OnzSUyF8YotbPzmZ4ZXw7gxmH7MR7GPessg/'
    'l9wGSJY/Hexs1uTM7IAwL6YqHy68DzLvamLfZNrfk+DbXk1/aZ/WkvclX93NLq+P7qN+tm5bnGB/tHyP6OBjVGHLELam20S4L7Nj'
    'm13+uUoGNMDwYZem71RHQtVnvpf4/t5mMBakY/5Q8Oa8EvsvyX33U0h/zHDl1wqevSLi6hcZfu1hc9evwaUDmvO9UvDy0YIrI4pL'
    '09K+FjXw0y/MeeODmnng+hvbC65NF7fbofD5O4VMPugMtKGZtoWceehDb9Pk/05huijUBoq2J9vBdjkN1K/RY5pqPNNA4Gamnu9B'
    '6/F0k6s7bHMvjkNj7wi4E4TN9d1N5Xc9E9xqa0c61TTzniZPpmZCT6pwwbMh+iojGv099Md5RZPb/yRxn809PgivndLk6nuZ+pfj'
    'uDbuOTSoOI9K9t9NLm8rjO7rNLRFx7y072cQe3ZKB57O6LZ1zP77Fez7WqDrnmkUYukU0OW9GrxRZHo1X5ri/ujuldifj0xzf/j8'
    'jEF/pgv2OcxfNNmf80T4HcQE1jdZ3J06CZyb1o+wvynmnanT8O5VkoE0eni0EjwL1Xls4tdF9u3fGqamb0MR+vZgg9/v5lTiI6SF'
    'PjJF/RgK6ceuBs8/Nu7VOxar/XTyGFGYb1Rzrv6B1CvburKhnPdqqu8dl/aLQ+PuUND+cizLCYzb+BPtsbivF4U6RthgCJ2dafD4'
    'Ef3C3I/+qELeQvejyZpttRgX0qVP1Xv3yZl6H5b93FfvzWul5qYnQVy3t96D0UrIDOOcEa+bor5FmbeT6j3abLr5GyX6n/RnvIKy'
    'M+rPSMXvQN7bz+tcXXxZz5FNbnoMpKshXdik/r4W0jykyyA9D9KTID2e5Z/b5Lb99bpyvp/tvVyVZ4szNfybj9X5z8goeDmqDcWe'
    'usrILk1pnisr3H7YHWf9NLWP419U5/n/mUreD+0TlyH/vtY7e6PySKdi73yz1rXJkO+PY7jmCEgXQLqG4ZRNkC6C9GhIz4R0McNR'
    '5wGuuYvMzUyWp769dnp1KrbWenBtQ9fz8XAZ2bYAmVkYvJxZ6/pNi2InlzTfe3GtF+83SuwBHe8krF2prLZkGnmtsg8/qvHjniTu'
    'daa0ypdrXHohTO5tw/+cKh7PrTXu3byk28hw3pEMt82FdF5EumosoK3FmrYWRGzr9aStKLiZllsC6ans+0po64wab+9NFR+65Fdv'
    'ittFeM/WeHjPxi5YhYtNy+p4JAfz3hwkJRvpNcD9j+Q9H/yVksncli/HrZXgBTwXIq96JxlnJXRnZBtDedd3LrdZt9UTNaWRL8l7'
    '8Dvd+pWdeS9ORJQ7l043pqTbnmDdPr+aeffvmXjmlfT/ql24pXjegfSVkJ4DaSbiGfNwtQe3lZaPyPb+boraQzz/LkV7lTxXBkh7'
    '3SLYNzD9bnv+4P64qNrDr0neKWzuEJ2kD9PB4y/ZlVZ7eCJpGesLVZU/w3pC4OoH09AHvpf+d5UXY2iQzfVBjb57C5yrWUet5/I3'
    'VV4cpyjnpimuf0eV/3yuFI9ftrdjitrDtdlM4CMOPTAuovNXVinWMkofwui5uWSsldBX7A2po+QvKuetb6V1Jkv7P+fiNxtawPTu'
    '9xCp+yx2nzye3ZfPt6z7tpznjyip+10YbngO5uzdOc+vVRyZfUn+n0sGtntC7sNXVbgdxBdn56bPT9RSsi7Xsbb/TqMrgX361OJy'
    'vN5C6go6a0z0Lv6Udf02TKftRxiv6/tZDz42aWLMrGf1vjJCOw9mPV9kPQzfP2eIp2/PurKIqeItyzbfm/Xi9CbNQy7x/7IevPFY'
    'X6Y6v1hXN5mfqdIh+TPS5lTYQpZ8kBJYGg64ZwTB0oKsPv5yv+KeZeqnD+dlIuPVvzZkP22IsJ9+mnH12KYTt8h+PJpx4ZfyClDH'
    'wEZeKOu6J+Ouq3x35TdB3/Pxcv+Yjz7qpsP3gr9h8Au1/0mg/zN6PFM0lNffmvF89ETx9ag7I8czns5fJXmXsq0tpC0+/p0ivj0/'
    'na9zMvH9TJ6c8ccY5/aYYbB+qoWesckeayLwGFWW/T+O5zc5DB45vPySlO1VwEuQ/O1HTjx/pXx9vu64MoVKxE6icMPbvYOMI+59'
    'vqT/q6gv6p1S1vc2skajinubao2QV7GTlLXZN7JMn+P5yrORUcoyrw0oGyRzLNn/O16s0t4QPijKFtaTMib+O2SZEx3PV7UJ3uvX'
    'rPdRTjSfxoOsnnrH87MdRL+W5P8kb28IX+e3Ijwvrrn0F72gAvZIsu7vQj/k919uBl+rRS+usUx/A7GGHyd5n7jETbNXe/GLZfqy'
    'PrD/CcjL671HkfeMcXXef1Dk3fZOdR8+FpCX1/s+kvc3ELv5Ls08vD0gL4/7/CaSVyIAmTZd6i9bABzA875nizpvUZH3rOvVeV9P'
    '8hYh762D6rFtJnn37IQzbbN6bOco8uK68bynKfLiWvC8q0jezjvddN9DAMNA9y3b7+Y9huT9m4fd9OA+dVzzNpI3jJ5sJHk5TdoG'
    '9c57XO1DOsxvtIk/qzzDecinoL7YiuybrS+2HPkbY/BJ+vdMgBn578lpFz8kZfjYmiOOTeW3HP2/BuFj6pv/2IjjtuUb8HPDZqzn'
    'Cr3PfJOzzdSfuYrusYkzrIqfqbpnDxryCsJ8/b4N1m+q5yasX1sAV5nSrd0xdUx7LcYxktDcy3lfGoEHbBOndMiQZ6bCn22iPFZI'
    'RgT7C6yOgIOWaeB73CmnyaLIsUz2yA5GD25u9OvhTEefSn73Gl25mCk/YDgCv5X76RlhNG99oydX6DWE0aTa/kWDxxvfquChqObX'
    'RPdihN3Vn2zwxhhXRjKq0fnVyYfuJWPk8dV3JjiXH4F2osBSUDs8XswNFWqHj6cIa2baTpJ74hWWYxyNOMYVDR4Pu4fpK3G432Ux'
    'PpSPzW3wZB+9Qh/D3GTdnRh18XH/st4bd6/heWrTV2l3q+vruGVdX4lRF8dDd7Fx29IDYfP6YUVfn4tY19tIXzlu7taU7TLUByzp'
    '3RnUr/MlF0afyfpfQ+YiSv3IXyzF/iN97dOUjUIznAN8wuPrPRnfjoj73bbNxpht2vrHlW3+qs5rcyrO4RLfrc6DA9X5a4MLHopR'
    'F99fdyRQF+6lj9a58Gl7XpnW/5Y6vyw0ro3fcASYvaZC/bCF440Ax6Ywultzxtu0uYTsnV1sDOOGZ6jtfOfqPLwX1KZMr3Dsx/SL'
    'Wj+Np/IRy+X2Jnz3zUz3H3Vvzs95drdT3fZmaPvOWk92zHXqxyzgKiyvbOsDirZe5ti3NWTQ1nW1ft2AIHqW672V5G6kjrBzu6jB'
    'V5dZ1KE6+0t6N7WejoLubjpiiW9KcjdFvc8lUO8RpN4+jQ7+YAQ6LauoV0f72Oz9/6jx6uX20CY01IjGNu8HpN7tGh53FB7Cwwb1'
    'RqFTP1vjwapNvZQ+/ahB33ZGgKmbFPWOCXNZcb/GBmaQjHlIo2M8FEKLXRWhDk6DnW9Qx1hIHacr6thhOZbjFXWMWo7lCEUdY4Zj'
    'QRivgfWOS9dwOuK/8p5PuM5cuC7cycR+L0xfyUYG/528f3wq+f4ajU9QHS3xQML1Ip3w6byfzlTpZa1LkC56xxS2iePcnvfwzDka'
    'n5YqOOH61KezsVyacL3Y3415T2/NYXpp+HcTs+fMEfsLWcdKUgfqBC2FdDmk7SF1LMp7ulacjhyypO1K+19R37AFTcJ1gH9T7a9v'
    'JMR2RGV7g/KSg4r6xiLSz7K+b5D6TPSleVtcJ3B/tadvZnOWl+xuFGWf1dBv/Pz4aLVnL28iZ7S5eyMv+UYyV/2a+ei3oCsHyHj7'
    'NedVUQHTsszVpC8DMW2TZX1/TvoyoIHXcc28nF7t10/kfJUBNr5x5P9Xe/rzU30ulvzuk74jrjsj5/ctrMKt/1NlXxbx5y+rvPUL'
    '0xM2ObP+JaH6sH8HSH2bNfrMQf4AeP/uSag+7N9fV3l6PEua1OeQ7sy4hZTlNoHLWdmjiV1Bye9mlacz2qWgJU39UA4q6hmOUM+V'
    'inp2Rqjnz6s8/dliAK6lOGODosxuhs9eZO10kjLbhdpPyTbWzjFkjKoypjiuJaDtQU3buYC2By3a/q+cZ+sfxX+xiiZA3ef/m/P6'
    'aHr2qfhOX8t588PPgKLiLJBlvhhQZkTTzucsymyDMn9rUIbfsT9kUGacrdM7Dcr8lJV5E1nbAUu76jB+Yi+pOwzewmg+zid6NRnr'
    'Fkd9P+a+bSQeRjy+PufH0bb30RU5Tze9K+DuXuL/B+T9I8s7P+fFSi+SfWcS/0qWryZtBfEoZd4/Zr28Qbynkvwv6/XLlp9Uov8j'
    'lsc1/46mvAnuKMn/FGPl+Bt5cvcF5B1U2N02R8SzJfqftKWjpbFft5C2BiLwg28gbfH9zv1njmraMtVX7A1oi9vmvi4g7242hgsU'
    'eZ/V4PizSd4hja0+3k/Xwnij6Eah3W09s2m9QEN/H2WQF+nF1oC8G1i9eYO8WO+LGe/sjYoPS3Y3Gb/dTRKyuJL8P+PXde9mOOyf'
    'FHn4nfPhgDy4fvsD8ozh+a/IM8z68/eKPGPMtu3jijwcN39QkYfK/mSem0keFR+3JP8neXo19+DdAXlwLw1nXH1iG/2nkt29ou7n'
    'WJ7XkbpNzzxZ7lWk7qIGP5+lyLObnU2nkTwqmWOJ/g/Ig2fkcSSPSo5X8rtLxmrKtyrd+RR1j7A8eZJHJZcr+d1wvDzbNfTVbxV5'
    'xtic/SIgD9bzY8cbq+ndoeR3Q1FulwE8PEbKmd4nZLn7HU+fJ45uU2n/k3np1+3/gDyIjz5I8qj4ZKX9T8ZrSg/IctcH1L0dz/+A'
    'PIijdgTkQZqlW9HHokEfL1XU/Sxr/1VOuR5WnHVbS9pT6XSh3W1tAD1RshsJyDNK7G5rA+SOJf1fRZ5RlqdekYfDUYbkUdlMyDz/'
    'DbYiNrSPLPf/LMthn/5VuOsWV9+pdP4b9oHT0l8kdnQq3m9J/5/k2aWhMW8neVR30ZLfDeHtAVNecUn/h9St4tOW/G4pxh8mvyzF'
    '3SB1q2jQAsxjbQA9WQB8UauhI0+DPF0BeXAcrw3IgzTrZjKPprziAthqzktQLlq6/yvmPYzuLZ3/ZAymck3k+TZZ8qG53Wc1se9q'
    'Bhtix8IGkr6vI++pnRnWkYd9ZVP3lVBvtvQy+Mk4s/spTcwnhSAmxHJlhfnT9tKa6HOYrU0BcNk16Tqp10nEWScRuk50H/P9lrW0'
    '60zXT7F+e8UmNuU1QiS3hKZrk8Ta4lmwB9IrJw69PtjaNmci9DHsHMuSc+wIi77juG1w65ER2viCZRscf+QhbxZ+tIyqnqB11bWr'
    'oguC+twUAIdxy8vxnkFooBZIFwJMyXzrYZ4c+O5oxibHvsFw3Aib2O4C4M1QOukVwvO7otpHHZBewfYI9rEB8jcAnVsrXgJiVFFR'
    'Pg4Zi2F9Iqw+2u/lkF7F8KAwgFdp33EUlGlk/aqBfqF+4HIyDtW4TNvEPdIKeWoJ7FdBe2KfEJ/6QTicVhO4a4V+NMH3LNRZC+Oo'
    'QR0+wEey71tY3/5KyoWV53fmsH4Q9v7kbqWXnomJG27ANSfPGSLC00ZwC8KQ6doF3bsWAIzTbyuFmZ+hOH1qFX6fIrpzdS7pfx54'
    'Arr90Aa8GgdwWSPw/OuwzkOILrQAwazdXWEia31BIOts+xQUOLqkfwxnH13LLuBr4Vo2AwzMEZ6vr5fOgk3uOPi+ExqcqoMxR3E+'
    'foGdjzWas7bggt9LPjp6NHbFuy30yvqEOt7x+4XnU+s2ePdeeCfzPbkU9HBgjvDcxn7heViSw8O+pz7MVkN6mvD7MDsJ0k42pyo6'
    'VvUuvb+H7Mnh0Ct4wBN+VeS0hW4v5BS0wymw9t2Q7ra8R+nyNZJ8C+CHJF7S9eN5s9Fx/Z0iTZchtFANw0Hy3wdlvYbt8ftdGa4K'
    'oA8Q1/Wweq9O90jZHtl7jYjzZMJ2UBODx+sJrZyu++Gx7q2w9p3kXUuA/GJFAvKLNmhXgGymkdzNSuUu1J8NvP8tEejrGkZfHw1z'
    'cASpl9MjNB1W8A6CZKE4d+ugn/LfJ5KU+nWlck+a4h0miC+tugcj/bToJLfsFYxWkumLj5fTSheTPDUT5XlqJ8DvtnB98cl3F0J6'
    'aUIyrxw54XXnG9rSYKyHzYrUhlc3j9S1OOdPo/D9TPkgYfyrFsv6WkiaATgYhvnrh31YZYRrJ69ZuVlOh67gGMZO3tcQAxernmzD'
    'pqqHJi80mwgd+y7AT7jWTgAftBnuYro9xGF1BGDDpG66B7IBPH3Kj1xF7mHCsF9VgF9s5RdNLF8S/KIovrGj3CuxnQz8dHNLfXnT'
    '8i2WdFsLvNfJfVrgfZhvWx1v31HU51jgMApDx0JaPWGHB/GMpnNRTWgI5P1RGriF1ItwYFtPK4GhNrhfZaDMcSkvWclLVt0bFGg0'
    'Eg8vSI6ZrTAcl/DBa0GX6EoXDwTx1vi+K8D3OrYnVjD5i4m+QiXH2PZuN63aO3vHeNfNs3+MGNfi1semZ4xVUzBGjL/x4oMzY8xT'
    'sa45iCPynQMza4w07kY30xeuV+gLb2O6yJT+saHXeP8aAvq3WKj9c2Gck3ahjtlE/YSaxO+idhw3BrTbVcF2e4B+5TratD0ep6yo'
    'sGPC/KYxNbk+uM5/fZCtMtoonAT0NZ2LZ0Lqse3vVuGPJ6GyyTDxNfw8WwMdTJvs83UK2K6zhG0Tn4Sm8EdhDHX8pf760gTaNbW/'
    'CbNDeYXw/AFxX8LbExqzvB+cYAjLYfPQXeH5SBr+6gPg7wRhbjs2osFH1OYzaszHMNuom4FX2wEyMh7Ldyb3/UrS965DrO8rCYzs'
    'FGpfbbo+T3Vfk943VbB3VPtmngiP3arCDUNC7Q9zmbDziV60rJ/KN8LyquaxWjNfJvqgeYZ/dDwvld5xEC8O+2HKuyv5Tpr8nUfK'
    '5OAXxEtFXaGVsI85D8yUZ5uZAe0E8VqjxMyjspE6KJ8L0R9tseQJLQzQja9T3F2i3kEKmnZlG58ketL0DvbsPd4c2sqIBONbYyzL'
    'r34N/GCQb7fC/fEb+8vvZvLdC3e46Ye/APfB78fHhzZ6xG3wtwO6k40ER2JdzQo+uk43ziEwmupu+WVmR18s3gOov91YIct7jjbh'
    '13J5aIatSZ7w3eUeb57sSUu7991U9sPbyZJ2gnSmqI4w1eHkMpog+bwKtmY7/JjY9QXpDwULW+XshuuV9zCckuofTa/eGdLQOUt5'
    'K54/OyHFuw3yUY50/HmGWJ5Wx8MlSDO/FOtR8Q19TuRI3bRcs/D8tfxR6PMgr+q/hL+NNwjP10Oe1En79qziG/btXxV1or+ap0if'
    'uoU6lvM3SfkuNqYDkj5IcVeKu1LcZaxjnoE1UtEVdYyuEBdMru0n3H9v6pz8d2c4zZpB/QhF/c0J1Z9j9WvvWlB/WJ1Vijv5dqJ7'
    '2Qi4bp6FLdMsh+8sTNWF1sYQ5U+Q3cUmE9pcntmfEn4bcGFwZqM+6kbh2UThu8WgW7qAvHtQeHdRfLeuvZynRHWE+iAdhfT0iDqZ'
    'KTweOvDYarmub2D8rN50TfmabpruNTVdT5vz5Q2ABxpEaiers5OV9KteD0//JGUnO518X4QNyp9Jba4PXZvrROhZBkOmdqQ2dcbh'
    '2VPdtZKffnK/v/9JN234rqf7JfOcQ+im9ofB395j6vpOI3mP2ufVo8q7iuS9Duo75Ql13mNI3j13Qzyvh/26agVynynl/Rbo7oGs'
    '4XGQf3wadPr2P+mXT9wHfTj4SHm9UeUTC0DHSDA7G50NQjPIsFG2tkpxl2yGg9FW19xGR30V63PWknYyPWubCc1swoentnSLiXyL'
    '+5uhY14u7GwQTWydg2QOdExR6uJ2eW9g885lpgUGb0vJ35X0u2AKC63sPof+GZqF3z8D3Ys6/wy297M8zJepHL0Af3O91yaF7moB'
    '5PprLdZoKtbE1DeAyVwE6elWMbi/QjHfYTZgdN11/k5oP9Bnlc35aipLPobJiDF/nuCmBpKX7rt2UqZlCttuiXC31c1dPuLcyfG/'
    'XTF+alcax+aN26yF6c/YzPvo1XY8AVPdFdP2a/rs5vllbO1zQu2PrsbAr6POFhN9ttVOePNfZQljFC5TePPW+5y7pxfevnfg8IU3'
    'rCMPhWzhTtb5VnLnrybnHs4F1tcNZWrgLL+K8IRTe85MBu/jk3P0gl6iGd+ek67TVaLcxtzGxljlW8LeT4LknM5eRwlwyWuOwAc2'
    'YgirniwszCYThjHg+XMzXozwKyzx51VQx8sz3j2G1pEV4X4/ZCyiReyew/WzrxXmcfhGFPZV9M5Un3F92lXKV43KT80vHXM/NTIW'
    '0WgqY9HJWGL4vwvdE6F1294p5HoOOZ5O7SpFGqXO1zvunjU5swuaOl45+WINqUO1d7YKe7vCbcTGAfe0KR2ksicMsqfg/BAZi2iJ'
    '0PvCPlHzTWfbYFuP7MPzgKcWAB5R0csNqZ50kD5YJeWoVuuP/tHeLFxf8qijjHqU1HZoqyiPOdVN+LB8X/G4qUVhHq/0fLA7UsXu'
    '4+fYbmFuo6uK3Way5wvwfY7wx5tU2T9vE+pYYRgDc67wx0HcymydqI17r/DHDIvCG6W4Ucfnq414R5fwciOkDaSf3K4H7ZkdxTiH'
    'hDpupK3tT1548aUHhLnttgpmqaxLtbZjotzGfJVi3XgcvmXCTysVhT/mZkF4fqFV9nHcRh7jnFObut1CbQc4EnFug2K73pFx/Smr'
    'Yl72kH7YtEXjWKpgqUvY++NKAjZwzGcGwMYI268vV8DGf7A8K6F/pvQBx2mDrL4jRHjMRxW+q1fg/1+zsVO5yKqMe2mn8/BMxLUe'
    'mKFr/QqLtT5d2MXoncr1/3nE9R8MWP87J8t+WJjFoKdn5m7ht8dOEj8Upwlm8Oy4iODvbRoaids5nyP8Me915408m46MCC+mY8N+'
    'LRaefTk9i+L4lED+vCr2MYWv+Y7r75Lb++Nc2MBM0XLsNO8AsdOZTprkHEM8MarYJ9wnTwFkItynEo9xfByB5V1CHVeX+2EyoV+6'
    'RHl8h0YF/Hex+kcUMCJjQNwMc433EoxfupbE6ZTp2YbxRTFvKTY6waXn5tQxZHnc0VJsZPhmGhcW+3h+zjtLEHY2aOKUBtV3OokX'
    'i+vYyuZnTS48firGOn1Frtw3MsbJDYrpGtTXqHToBhab9lTNmpi0F1WG7sS4L10TgT8y2/klJeZIM+domIuDTBwr4x08iVhgScGR'
    'iCEb38TgittojpL7B34bI+dZAfh9qLN1EN4dT/IfJGcM6mk2snaQH9rP3mOZ+aSNPaLcpyDqL6JPQXw3B2x6qE7ZCuG3sbOZr0si'
    'yNz9MZdg6ZxgPnpSugQYAwr1KhX9EUE6+rZt1RFGI9XTQv8GUWxsTH1G26xlG9GjlPPT3OndA5DfLvd6S6f3d0unnT6jrt81EftN'
    '9bXXiKmLPUVj2lUiP40VmZTf82r4megsthC4eLdGJ+BSgquoDpHNnKyzyL+Ayadsy7cS/aQFAMuqca0iuNFGL8cWd56s0A+iuPn1'
    '5K6wjPXxBKanbjoHpn6+wmCTwgnqG7WKcD9Ptvua4p9qosOp8tFrYs+UEcE+f7OWuL2a5KN9i4vHMzHw+Bs189hFxpz6yJ8eH/k2'
    'sOoQnMV1Mz9ykZu+bJenS4Pfnr/MTc8b8Z8Rp4+56bcvVOttcjsIxEuyzB87PT2CSvclH1GX0cZW1XQ/LSL5WpjOPsUBF8KZchXT'
    'eYqih6nC01cQGEJc2yv8sb3ad+hVWFQ2UasYjDUzftFwCD+Y8rWuIbyvYcabwjyXE95PnwH/bqvw4mHpZH3dTJ6+kfSjm/HMMM8a'
    '6EcY32+ngnfXzHhpOy3GsYDwfkcNy6nmf6vQx6hZAPwk1T4+IwQmG1m5qgCYvCqh885JgE4wodFUNOQqSxrP1paR2i42Mx1BHtex'
    'dLh06M8Pur4t7FzR6R9ymHLIvkgCtzYkcHdrtFgDW12HqHRiXni6n6MhOgs6mzIbndAC6K4uj6BHN6yYCxM5VpQ+nqfpI+1Hv+JO'
    'Q/U2kN8dhvtM5Ov8LkLvziqbwQGFDJ/rgESZlzhxwihNxdeRy/ZGNbJjpJuixA1t1OgwzU9gby8M0F+hMKPz9z9kAAMy37EKOZ+J'
    'DD0sz3iMfnEcROXzHC6HiL5S3H2h0qXrUuhX8PVuSWC9WzTjG9Sscw+TWa4hck6d7/UepqfVQeRwUeTz/YSvPleU+19fGaO+JM6g'
    'c4U+Pg+uM8W1BeH3xx90hqH8dzkZ+y5hbk+t0kvlMk3dOcF1fnR1qXD8L0D/RsdTT+Ngzzw/tG8ifEE892zOq3SdZ/46Ix3SmgBd'
    'VMPoIq7fsorwEkzu4KjL1y68uEzdGv25qOeIKibKqGIuai3mYgHIfujc1EH5FqIT1QjlqE8X7hOnTgTbS4fpikTRFWsBeprrCUyV'
    'Dx/kuVC79wZh59tnJRtPo7D3ixgWAznqHTwfk25DmipP6CiVbaQJLYD+pOYH6Fvysz7srrpbVCb+TxJy5wbD+UFfrPQ+pLoPjCno'
    'dJrPpJ2odKcu/sJDwvV5np63M5OuupPoXVF+o6k+7XC69oesf/SVQh9f4Vihj33wMhEeX2E+0U1T5VHFRqgV+pgOnBZMgv9clwAO'
    'rxV6G0mq42iqI96lOOuC+EELQMeD3/9V+uYmPKsBYX9v72X8BFwf2bclClmSKU3QZ9GXLgUdTWVQKh5QjyEdEcbDpTDVmABMHW94'
    'XzCdo7B1pzQCtxns1vBV3gW6+DSPCt44THN6hNMpSY570JBHazo3PxV++1AuS06CbzxC7EFWCb/9qoq/JstjfYLBN6cDu1mdOwzq'
    'GjTIMx6T1g7SMYvrNygJf4UqvK+K/12KiZDR58Eztpbk2ampR05mXpFHfvtvx9MnGBDmPmuw7ucilsf2/9nx7mphcdBNY33Ler8S'
    'UG8xRr13OB7vZqeYurjttwS0O1LBdq8l7SZVL49PrILZSxwvTn2/ODTj1B9NxjB6iI7h18A3MO2rqVxwp4Ym+D7RT7KZm6A6HyKy'
    'oKJmrp5T4DeVveYdwvUbzO2oTWW+PYZ8YjouzgvrV9CiYXXqbDV72b4bI7zpqWh3iOjlLZ6G8UpbhlMNZcZFC5qQjm+q13IoIX5l'
    'kvRSfQL00mLNmdFnSM+rZCODItjueRz4USq58ahmTbsV956pwuE2+N0EZ1HfBHSuxzT19WpwmOl8LybnzU5LGUCU9mb6PaM6gX3T'
    'rNg3prLKtxO9Z74e21neN2n2qO15F0Rn0rMabV6vAn5iWB9VNH+YXDXsPrBxms6t9mk6p2fSmZL03rC9u/6O6CwdVNxrbOv7N1Jf'
    'VwL1fYuMb6cw8/NC6eZ/DBhflPpuB/ueKOOhbT/HzqIuDV0QpGOLuK0jofWrRP+uJvLaXlZ3j0a+vdNCdw7X5RyCSw5q+KuVaPfY'
    'AB29vhD6gt/x5hDdz7C+muj5oWzzaIVcREVnjMWgy4LmK4qsqhK49ogEcO1aS/kQ14ey8fWE7dA6dljs7R5SRrfe1K7qNcL1y0Fh'
    'lOtSUBqUypcyMftHddSKjH9XBfCjkn+ajIvaMuzS4KtBYeYP2USvPEhOSX3fdkA+br/eocG5Oh5iF5v78QD7AJP+q3AZrsUZhE4d'
    'N8Qbpm0H2ZVwenEqx8x1p+karidrWGmbhErQjo3Czl/wxYSe6mHz9lwEPbeNCr0AW3/Jsp4VlvLifkvY1fFVbe4kldC/mw4Y2JPQ'
    'mm0nOo7DFufFqAj2WXnpIQILxxOdDBPda043Dil0Rfs0/aNrazLPcWCV2t5UEdiVdZ4dgD+i6MmeSM7MbqbrirEQgujoOLq0zRF1'
    '5zkNg37uK8FvNtG52qa5p+B+OpngiFER7Ct8lNyLkrAnm0vqGba4nw2G6I3Je1HeKddnz1jeN9JYEiyWxN6X1CzBTH+vleJmWEAY'
    'G/jPJQj/uyPAf39C8P/6hOD/PMKn2CqC7Ym7A2hYtC+dr5gPUx1FHe+C3tP6Lca4I8L5oaPtZ5JebRDcor2SaaxerrMyJsp9udC5'
    'H9PoxKj2To8FTHYb3pEp/VDLYJbb3LYKvV0/9XHB9Rx2WZ7Fc0VydvyjIfqeJnSnStZRgHSl4ltY/ePCPh7UiOHeD5M/nQL3+qlu'
    'd76w81seNvcm8NzGcBa33x4nNKaNrjzSwo1sD+9xyvVld7EyRxOcsIvp1ibZxzEmyyyG8PMWiHL/IVRnflyj274A9hgtUy38flXC'
    '8BSO+3lRHjMQ26M2flPJ72lKAAfNRB8fWcflzZvewaO08XNGJ5jCbVGzj+fF5BNznbwWcmcN8+3QJfQ+MrLC79MC5zUvvHmuxLoX'
    'AEYbDNdQ55dCxm26nuHY5y30Mjl/fMii7KBhmbDx2bSp8y/TYyE3GonQburn5/DBse+cAhwrY69eFhPHxsWpJjxY7sNQJRNX+cek'
    'd8Op2keluFmT3zZHmNcuofZvNJfhnWeEnS0Z7Ru9Y6nmTIXjp3Lu/km4fk8PRZisNoTJvAYmTc/gG4UXK9H0/AvSIbY5g3Zrzt+x'
    'CGtm277p+Ex1D2fTuUt9Bx05BecwxudqC9E76xfqGLxdlmOtFZWxWe6o8BqPCzM5E4cDOf4+CxogahsXON4d/9oYe3koQfxbiXNf'
    'dbc6soJrnvQd61nCixk01IPV3bFMy9icLaOGfGWTe9SoRrduZIrwcpw9K8tel9A6BdnkjItg205bmxtbXjLH6+Miur6/zk51Jq5v'
    'kD+TZgU9aDLnSfMo+TlZEMn5uDXhU9N5Q92LPwOZlc15EpZXxaNWtX0ssQGYap65qj9BMLRQcd4lzQ/PThM/vD0BOMwrzv0C6Cut'
    'FX6/v1HlTXRNGjVrEkZ7JMlvDqL7cxZ3yCLMIepnN4D81NbnPG2/eorvHTIuzOs05yO3ueRy5H72d59Izve4Kb5S6eSb3Immiseq'
    '8rGvumfqYrz3Cr8P/6EAu5daVn8dlIt7lxgQ5jql3AdFgchmh4TeH7luTPVsTA2kDjm2Y2YA3HJd1BGNnpEJTPGYR3QuGivEt9ed'
    'BR+a5WfBVaA/r9OPDepvLqS/VRXo72rQdUh6PXTjqOS5K+f0gRC+rwofBuFP1RoiTdNusM5R72w9Qu8XkfL3KlW/yRnQFoNXEIb7'
    'ziG4b6dQ25n1Ks6vsHpXkf1pCu/c3jSJO32Us75eI6PAMyxPdOhN6U3ZxoeF52PJtFxYv98q7HyUDmn0ha8FPYs49YT19bUKu53+'
    'AL1eWeZVCtlfUJmwPpwKusBhOCoM31RiP9rKwooaOmO69BBaE6Bnmix0s7fD+IsBdNDVwvPD2avg13Ge20yhb6j/UM4zNO33dNA5'
    'QXf0aqZT3KfR4R/R7IEgPg+3fz1PIZdLop1Rsj5tIXhJZ2cXRD8MKu4kSdQ/GnKnnWpc0TLFuALpyaeEa/9sanNRNFy7SuMPU506'
    'vh8/KjxfmJUY71TcP2Se04TfT7Wt7v1U4Muo60TxfVJjnK674Ukhd8OxELoryfFHodF0tH8N0aPW+T0N8tfRq8H11xE96kGh9pkz'
    'rin7hgT7g2fEpYROD+sPljnX0C6laDiuky32WlC/lhjK3IYt9m5PAA9UZ6dXO41nrZPAWYvyjtuE57sC4/s+udSLkY7j7CDjlH8v'
    'F34/k3wOhkWwn/wgW0Eagxnt4VT4qRJ3luOg7fU5N31Vrnyt1+bKx3EmfH/rIm8cZ7A8GyHPW0ie06H+8yE9FdKzIV2T8/pRAB3Z'
    'jSK87U4odxr0oQbyngV5b1rkpm9b5L+nTuXYTPomx/0pkI/Jcq82LBfUP5s5OdzmWt6zXgH1bsiVj/G83OE7L0H6DXM094Nzcv65'
    'oP2ieIXeG1R68nHPF5T9oQ/adWwu8O+1ObVsnOPZbEKyLtnXL3e66V2dbttHEVrts/DtAKSfh/TnnWrfwS92ejG16sn5heVfhPSH'
    'nfH8yzSSOV8H6cIJ9XmdSXCuPnKRm75sl6eHid9OH3PTb1/ofqPn/POXxR+vja+RWf7gNC4V0Z8wVyOJ+9mScHBJdznsii1uevOH'
    '9HCB/ixVvi2pPSrC4V1FN/3jh1yYW6r4dvVeb69znYthUe4XYi7Zx397hZue2u2m/znu3+uY5+Usjy6GMS6GboxRfL7geH/S56b1'
    'uzx/Tfit6i9hnm72x9y7+0NuuvdmM3ycSxDH7IB5+3aPZ5/PvznXud+OJPOO38QF3t/UP0bpDO8pr5uuG37D8m/t0eMs9H04V5T7'
    'r+SwWH0xnCMXgB0baa8e1ubrl7hpzeX+NXoVjGldn3+N8NuW7Xr4wn7WkX5WT8Ea8rOgNuAMUfF8mhR7nOKN98M5OthZPuZWzT54'
    'BubquNf5+3PzuyDtnHra4+nvuOkLd/jjaX4avn3jAOT9vOezA3WhRr/lpuc/4aYH97npvvv98H2Mps2poEGi+nFrBn4zxtZWtb2K'
    '8AQ4zjSJVcxx7kKyb2TZjCJvAznTTprh/Tt5ivuXVFxxFX293hJGVbiE389vg/TJpeX7wDYu+7Wwl5Bv2Q94t7RWTuaQebLmT860'
    'TjkFmza58/WniYm8muJ8KWzxXltidiLCU1DQu7b+Pek+OhbP/Ak9nRcGQ11kzx3nu/NkDuunNFEVhCGKZ1YxOqJWwwfB2DXziYyD'
    '5mkmcrgdTHZMdbl3BOg9V8XEmRstYVtHHzoxzvCNLL/uvKI4uk1zzrWE9DMb47zRnZEdkF4REVdwum/fQ2761a959wL8dutjQPft'
    '9+4vSMNJmk2mH/6Cm274vp+e/dg3Ic83kqPvNhA6TyQ4542k3ythH81pnzxD28vrMaFDakF2WQN7qAZwZ7PLZlD2OxcDVroS5E9l'
    'ZqMv3Bvda62IiogNstjQge9X0GuO8OzIU3qNnbViIjtb6LVGImdBXHYiy2daF/pZvIC8o7xucaeng6PD98vJHV7ml+kXNHkXk3rm'
    'PV5+v19Avv0M8P6+x/x8JAd4CA8/5D8v9n/XTZ/4Wvl5YXO+b7CcvzbCk0LeZxXgf7FPiE/9oHzv3kDOmSmTGWRmIU5u5jsxEpns'
    'Pu3+Vzbnp+n6t8aktTrv9OiqAugvIT11/5Nu2gB74DsH3DyDZH+2Pwxy2cfU9fWQvEft8+pR5X0tyXsd1HfKE+q8ryZ52x5x0/se'
    'Uec9i+Tdc7ebLoV+5x4rH9upRK9/D/APXwR68vF7gPcI7ex/0ovTgXN2H/IaHymvdwnpQw7w1NoH1f2dT+oT96rzNJL6KI5SjSlO'
    '/NdmhjPqSdnJl4E0jC0NcpKCh9AGNCmlcXFuToC5Wgn3yBrGz2qGKzHeXWgd1SQ/0tf8jmtSbhXrs61v+NA5zpSG0J7EHKd0ucEZ'
    'EDLfgU8mWbo8aVlUG+ig0PXvhfXPpeufJXeraPeysItZwvc21XleBLnprYN++vjtm8u/Ufr4jPHyb5Q+/gPIJHMK+SB+e83b4/NT'
    '4sDiLFNhyTI9lGaRPEIK1XGJE1uV8ifbiHw9xUEGOCiju0EkcAilZ1R6Rk3TGYX3lWPeC7pVoEs0/wY3fd8t4Cec5N33nvK8P7se'
    '+FOQt5ecRVivrA/9luRZPbK8/HYZ+cbb30z5Rqy988i3Jdvc9L+vcL+dqfjWeKXnWwO//Q3owK3d5tnf4Lfn2LcVVG/ogvLxLVN8'
    'w/EtVrS3ZJv/3H+OfaPn/hM7QVfvYv+5/2P49j/vTM/9xM/9vRU89/em53567lfu3K+Kce4fKnye6Yr7dyjOkSOS43UnyefeYsDn'
    'vsyCz/0qCz73Jgs+9xoLPvfxFnzul1nwo+ca8KPrDXjgUWmEpHVZTPUh2ki5AtHHmEfqRFkp5WMvgn9nyfdKtplELNK8iKejwvu3'
    'QjGeDpYf83HdGVVbdE+jzpGJjw3u42op2EyY+t+wjV8alud5EW8v4FzZyFVaNbqZOQKDnHZbzGw3UK6hg5+aQwh+FhnCT5z4bghv'
    'NGaJLbxRfwfc38TYLIWj6kMIjpos8BD6yKC+pmj8Lfn3cxFwzugshYND6TyaJ8zj5YX59+e+oHcJdWzhMN9Ah/r6Z2Ksv41MOzPL'
    'OUqlifnkS1f8Znu9prZQhpFuLZLiCwTqLBixvDMifejzEF3STUnyhVIdE4P9KOLofocLaOLySgTYUXTs9/P9f/WolyfOuaOyB0ee'
    'wj6FHu4o0b0L8xeQwmds+IyhA5VJFD4jyQlm76GeNdXdsHs2WemFJMmHS8/y2GtndZYH0eSC3YWuBP3n/jvs7hMfBFsLyb9HWTTW'
    'ec433LT57nh10rOhH86rR+8180OY0qKHLvza0qI6m9Xmzvg2qyWb053l9b4R9CGfZj6bTHwxrRB6X0xU14P7JqK6Htw3EdX1eAfU'
    'eXDcr+vxd+AD5pJb/ftr9WvdtOnK+LSXbj1aYD2uikgjmPpaqYT9c82EJ5NIgv7mPoDoWnDfQVHp7wVsPDTW8XfA19P/2hzNpiH1'
    'R6fwR7c3Bs22154my8xgOEdb0D+B38NjyLv5l/txmswn03NH/DhN5qffKE47p9dNr93i30dHFcu/pb4XD11Yj4PTU5202alrXEVo'
    'Hoy9pjtfN5BvdzKc8XLy7SnwRXgh+Bs8kXz7+huAruz24gtwHeIDf+nZgqKujKTvZPrqTs9vYYHgYd5uie7rLB8btQVFGg/zhPkT'
    'TPFcLDy3NAaeCy2blB4u9cOZ4rzDQw83Dv3HfWR1KPBrrSiPa0Jjv2CcFe47eKso9x08RPKgj69BVs9WkqfI2sK4nlcJvZ9irOdS'
    'mJ8wOX0vK/cKpudhEgNMllsrPP9lXWzcq0l/eYwc9HHWIfxxkqnujyrOqUmsUPTdHqZXwuPVdAm9P9rjCR1G7fZNeXsnWsJngyjX'
    'K86LYN1nfofl8L1cTL/uu27PtQkvnvVc4fnq4XrXVMfFqeD8q3DAsAbOL1DsORWs8Vjom8ie2yHUsep5PbLcScKLcz4s/PHMTXV0'
    'RpleFo9btctSh2eU6fANCs83bkn3O0CHp1KwGlW/CmHTNH8e6GuVf8hBNs/9Gr24HqGOTc9jNHYLdbxc/D5uAItDijWnfek1gMN/'
    'zrk+Z1S4e1jTR5PYyjTmvWn8b65DZqJPGLUf3UTHTc7DX+XcvUz72GupM2m7Xl0ENmjfpmId+Pgvnxz/6axfXI+3J+IeGFTQDSb6'
    '6Zx+sJlfvg+o/uEiMlabuaZzw2PHDmjg3FTvPynY4WN9JuvF+VT5vFXFYQqCo62a+Rlg/foppL8VZvrkQWO4K2AMgxUcg8m6PG8I'
    'czdkXdqFwnbRYj/w2IK29LQKhkdZOqbAGbLvF2Zdunm6YOjHotwPs26Oj826skc6T/y8GdTUldS5PUq+yz7JW/ppQh+HM07MVR2+'
    '26rp2yCb1zA61dRu5PGMB9u7hHms2G0z4Nz7SMa9iyH8mfSd1jegWX+bva3D5TsV6yz73J9xbcNUuITHs+0W0WIPq8aq6895GddG'
    '04Rutj1viyF7fjlpe1uFaXK+t+sy7h1nJp87zzheHFI+9ya0SZ8wiwvI184Ebh5w3LhdlaTD+Hx83NHDYq9iHZJej+sdN9ZVnDFv'
    'N9wb3c704tazHFc2rqMbsB9h7fUr1imo3aWk3aLlHU51/+O0gmruZLvVjisvi9JuUnP+E+BzVgLXfkt49qhY9jlLXIJlwmKxy/bu'
    'Ed58Thdf4H1kzLZ9UJ2pgyHtSRp8YQQYsqWVpS7hyyzpniToC9n2euHFpk8C72OM8YURYHLUEiZp7NsgPgnlkWLcceqX5HGirzSP'
    'yE+WK3io08nrR78oDSJ+XMuSf2rw3/HBA3blqE1N3PmIareNOrg5WF/B+N6y7FyQ8XFZdx2pJyfKYxXoyqOvDepPR5a9UHg+Oqgs'
    'SeZ/s1D707lKTJ8PE5w3bo8etjcHGB8i67hyMdNyOlzxayLvGGZ3hyENrf8s2aMmNEuPhrcyojhTj7A4r/ot8mIb9xGctTVknLcT'
    'uUm3BW2G8u2PCi9uXtQ1oneEtydUH8b3GhEebbiWxHMPiwG/GvJuYrHYX05iwNNY92vJe5TpIx1xTkh7JrHkg8pTmb5KD3t1gH7Z'
    '8UIf6+QYogs2Cj6aXgA/TA99zfMhotOFnROgC9ug0LXNK3RtudwxKdyWj4nbMD/1DabC/ab10vW9DtIfRDy/w/qU1BxWx6QzVPnq'
    'ItIZ94JO4TOQPg/p453R6J+k+vW7C+LPc20C9JzJeML84QXd6wcU+BzPG663H8RnTkJ/oH4GzdeOCPPF7yFc1wLLTWdsSDoH2QBc'
    's4DQzg7RBcLy2ZDySfiPy1R4jEExmafrnFLJgbi8z4TPWST32Ur2bdyCr9Bn0Lf5CfSN8lToXWahgd6DKc0+puE7HAdtqnQAOP+h'
    'T1PHfKClaV/7Le4yvD6VDhjqcV8oyu210Z50Tshc9Wj4P1zXlY6F8+ttZF0qXdEsG0sHGYuqj0MEt5vsn7DzLgn/u5Q316VYR9Mz'
    'i/vEp/KHMQW8ybk8WqEPoJMfq/j7g6zeHRp96UHCOw3S+7X1L5YU34Pzd03nPCn+XdT203jlqhiq7lOpeOVtsD/p2lwtUt9w1NfP'
    '3mtEnCfQmoXzTCWd+iSzFRDpHkr3ULqHjPdQiyiPs/xrxzuzkCZsgf2TBz64zVm9wiI/8kSPsryvq/TVTcvLNo+MMK5jLcdF6Z2q'
    'FPekuCfFPcrzuzo9v9M9lO4hq/M7D+d3FN9KnNfbQuSaKxiPZT3jF9WKYJ/bcfgiM0lmwW0Uw2QNSekENSYwf1F0AKPMpUovK0hf'
    'o5JrpeIP5WLMZdic2fLp2sh6y/wZRovr4KEpxhiGFDouuGYSByxT9DOqbu5QTLsKeiextZca1OiJj2jGweuMC2dR49aEjXObZjxF'
    'jbxjnsKOJ6odEfWRprIRaBaeff1OwzVX8YB1cqGGCsypra7Sjoj8eG5POKKxBTKRS1Ceu839OIq/gXVEdhPFFpLLbuR9eWnCdjhR'
    '19fEp29thfbxsGIPhZUZCrCFqYQsdTREltpssdcpzCFc1YfsBdRTPFF4dn9Jym25DUVQP2z2pE73rV2Bi1W4O8NkeFtZv6lNXAHK'
    'LVaMweTMpP0aIu2F9Vclh6VjyJH7iOnZzeEb7Sx4bCtbG6gehexSxYvje6clxt7ZRdpS+eI9jsF4CzlD21kdQ5r17w2BNYQlLGOq'
    'y72DzRPG4KR92WkIC0F4JMfgfJvQ28fqfEwFyaoHA+YpSduLkt5uu91de46CTkBdXRufSQ6ZFxrnROenT+UvfMWT5TFX24nu8Frw'
    'q38QYs/edsCjA9H3/jywE/nNF+3mbBGU++0+NQwladNwz7JofrPmwq9O+OMKY3wyXVzhJOGr+mI3/ewFHrxQ3bXnbwQYuFivT1EX'
    'YBekgovrXwc+SC/xx+Kt7/O+lXw4Xx7Ph3vS8T9t9xLfPwsAb/E92gi4tI7sr0PlcShbkQaWyFW6TZunOfJHXcstEfRR6X44Ehp+'
    '/H43PR9jXj9qB19Pf95Nt0Hs7GfBTm70AXfv/DnAl3x3M+DG9Y8Fl9lAynweYmh98r7yMh++y7Pjk2U64fyh8U8+Bnj+td+HvkKM'
    '7U/uK48N/ji0f/6dbl1Hkfn5KsTwfuhAtP3X9vngfoedD3Hwq4D5ft9j3lloU/7K73nzlhTPkZ6R8mwtzcU9ZnER+Vkpy86B9RF3'
    'Tp9dhQ7P54CeoP2VcQEor7RBlNvHoH9O6RBy4hMQw6SznM5aQOaDnpdOp+fPOmr9rYzmrp3Qj28O0aftUtzj+D3UVI96mzDzHau7'
    '55rS0iMa/eVejQ2Hyu46jv8ibiPfH6JH3a/oVzPhh8bVC44qF1HxZndq5nqXBl5UfgoKwvNvY6pXbcJzGtXo//YLvR8yVd/C+Gwo'
    '41KtzTDTHY66P2zuZ4s0fFy0cbyN3NeroI0nl/rp5A5R7o9xuWY+bGgTzJcTwbaCOv65HMdpIn6sero23D/TblG5WNHcN5zKjnry'
    '6iIuTwD3mPi+NLG7NuWTV3retglzH929IXsZ4QthzIE2sS/SSWupWmevUqMhD31vFp5/uVGWDgu1v+I3sjlAf9OYIj7E+BW7NOkq'
    '4cUFqoN3m9ieQj2LgvB8ZVN7MdzbeEYNEH58QYM3Mhq6rRXW0JRHZ+pzNYrMqllj0xHmg4bb/CQhNwqyX+rQ8LeOZWcBP+v7FLRE'
    'peVpK6ENer5zme6oMPcpPizKfaPPI3Sm7uzmNNOIYn1N7lvNBEaC9HFsfGOa0rD9TJ+lT0Mr2dpwyf13YcT1Vc2xzrfUSIhOFe7B'
    'ORq9hgHN2upw9lrh+bTQ+VAc1KyDiR9B3p5sa6EI9jsVhd60pStlns0zaD2PjElv9Am1b7IxhgfWKuTsqvGNaegYVd4eYe8TvEjO'
    'zVZhLkflsHmd4XrLf+tiNewKgd0gX4X4PkiuIpg8q5vB0BCTEdN7wlPAj/gPSO/qDB5vjfD8U8lzCr/dRnDzbSJe/A1dDJ5NIjwG'
    'z6miMnFmloh4fqXQdxKNo9EXssd3C7O1qGJr8a1l3lp8a5kdXf9b4Ls2Q7ofeLvX7PfaXQjnch37SX8q0peK9KMifagMTf7qJw+1'
    'By6Y3F+T/775XUL8+F12HPkgHy0l2hdS2Y5MZVsyHYT3sk2Zynax/23Q/1r2u3+yzJcnfy9O/t4/+eud/F00+Xvz5O/yyd+WTvN+'
    '3w/tfxnSFyF9P6S9kF4E6ZshvRxS2Rb2t46scz2RAdZPjvX6W8rbrYfxy/cUZ1RrcAbigb+9wk1PhbjJ/znul8HraD8dfLbCPFez'
    '37rJPv78xsm5eL0Ql0wekm+8WohfXRI8n+tgXD8HeaMsW4rvvBn27NVuKusJg1MJIwv6Xdwn8Z7Eec8B3N4B6V2ddnCKcCfr1eFV'
    'mT7H4PgO9vddZN0XQf/r2W/elsn5H3Nh6X7Ya1+Z/H0O4NQWXuk4ZN0l2nqsHF7vZ/vuK5B+jsGtCRznCDzK39OTbf6mp7wfT0M/'
    '5Ht+xtF2f67oD4+N+6/w7eGQs432L0f6t+TayXUqlvdPviutX1GtZ/NvfwG8+Vv8/ckDTvqfdwb3pwnWP8d+500eWGdPHh6bJvdq'
    'bZ96HWUemZ4N8vJNsK9lftV4UQ9c/vrvEOLRe8vrk+9kKt/bnCdSrqean7UPl8vYKK+i807zdaL9luWkDJ32m+umRJF/0fVAWdJC'
    'sh7S76j0OVozeUZ2PqFeD+qbtCRj2g/9e8KMtsN5Owjl7/iGH67oGpnMXz2bP3GvK08sE3rf68kZbeYvB/N36VPJxOpGXtvCCXvZ'
    'H9abJ/mqCd+6GfgjwhDOpDxTyjJFgIyT8w3PeSx67F9c37eBjHjZfn9scJQfr37YDxefAXn2Z/YFwwXGIUTdY/SzNXyvK1PnsN0M'
    '36ivR4RnUzi57wkPTmT6DdgXUqfJpp69XwI66//3dsUsDUNBOEWkKiJuIoi4Co4d2j3+A4cMDv6IjnGr4JBBf0SHQgRTCjYtQipI'
    '2lFEobNLR8d20py9R+7de2l4T3QqvKbv7t27u+8u+foSlu9fbeg4s668jhqeUQnjNn4epqod15kdkyyXTDN7XcSqHRN8zj5Fe8I1'
    'NhwiZ6Kuv8rWP89k1Yey/DnKh3ETuR89Wb4f/87HBf/jNlX9+Gqc+8gqP95kePmD/UmOR7yWEN/FT7KczkB9H7XgqVw+6K/VPaOo'
    'OPl/EYVOjSxOvdGSZ3Pe12NGAzHSG8mcHLjeZI9aGBse8oiu3/TcGuD4cB+uMh+GfhB6QYqzQl/aK9pgbv91+fkysT/3m/fGa6w3'
    'bqe5vm1Dro3gYe2GfyuH+nlZLoM6BWoUug8HFrxYXSxSDOd4czbAeNfEqYiRsjpumzy7oz4m1uRr8iTnJfmWeVLw2R7j4higNt8h'
    '/YALnLVI1stFHhuM03puq6SeEzw4J7Sv54rsCDVikOUON1LteIf6Bphb3MjMjsL+9Xez352i3Bbhu5XhFfDEb1JZf8odN5EfoE2P'
    'Unk/9hw7f+pgHFTGao6GPTshnEfTmsZ9zn0T5tonetrONe2q/m7TKzSzGF+wGqqJcb8wrKF0uGGDc584zz3euzzuFcd20X3sjS89'
    'D5DGLD8PncYsP0d91TuQD7HfA/4e5fLZchqLsKhoTbS/Euewwxnq/6HvNz4Oa1Q='
)
