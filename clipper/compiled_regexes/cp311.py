"""clipper's regexes as cpython 3.11.7 compiles them. GENERATED: do not edit.

Written by ``python scripts/build_regex_cache.py``; clipper/regexcache.py explains how it is used.
"""

# fmt: off
ENGINE = ('cpython', 3, 11, 20220615, 4, 4294967295, 1073741823, '14.0.0', 'little')

# (source, flags, flags compiled, first code word, code words, groups, group index, index group)
PATTERNS = (
 ('!\\[[^\\]\\n]*\\]\\((?:https?://|//|/|#|\\.\\.?/|mailto:)[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*(?:\\s+\\"[^\\"]*\\")?\\)', 0, 32, 0, 186, 0, {}, (None,)),
 ('(?:(?:^|\\s)[a-zà-ÿß]+|[,(]|\\s[-–—])$', 0, 32, 186, 68, 0, {}, (None,)),
 ('(?:(?<=[^\\W\\d_])[.!?。！？…]|[\\"\'”’」』])\\s*(?P<sign>[\\[(（【<〈/]?\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})(?:\\s*[·ㆍ,、]\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})){0,3}\\s*(?:संवाददाता|선임연구원|칼럼니스트|編集委員|論説委員|객원기자|논설위원|선임기자|수습기자|시민기자|인턴기자|전문기자|편집위원|特派員|대기자|통신원|특파원|報導|报道|記者|记者|기자|위원)(?:\\s*[(<\\[]?\\s*[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*[)>\\]]?)?\\s*[\\])）】>〉]?|（[\\u4e00-\\u9fff々\\u3040-\\u30ff]{2,6}(?:[、・][\\u4e00-\\u9fff々\\u3040-\\u30ff]{2,6}){0,3}）|[\\[(（【<〈/]\\s*(?:संवाददाता|記者|记者)\\s*[:：/／=]?\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})(?:\\s*[·ㆍ,、]\\s*(?:[가-힣]{2,4}|[\\u4e00-\\u9fff々]{1,4}(?:\\s?[\\u4e00-\\u9fff々]{1,4})?|[A-ZÀ-ÖØ-Þ][\\w\'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w\'’.-]+){0,2})){0,3}(?:\\s*(?:संवाददाता|선임연구원|칼럼니스트|編集委員|論説委員|객원기자|논설위원|선임기자|수습기자|시민기자|인턴기자|전문기자|편집위원|特派員|대기자|통신원|특파원|報導|报道|記者|记者|기자|위원))?(?:\\s*[(<\\[]?\\s*[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*[)>\\]]?)?\\s*[\\])）】>〉])\\s*$', 0, 32, 254, 3289, 1, {'sign': 1}, (None, 'sign')),
 ('(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\s*,?\\s*$', 2, 34, 3543, 834, 6, {'ampm1': 1, 'hour': 2, 'minute': 3, 'second': 4, 'ampm2': 5, 'tz': 6}, (None, 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?:,|&|、|\\band|\\bund|\\bet|\\by|\\be|\\bи)\\s*$', 2, 34, 4377, 87, 0, {}, (None,)),
 ('(?:19|20|25)\\d\\d|\\d/\\d{2}\\b', 0, 32, 4464, 66, 0, {}, (None,)),
 ('(?:\\b\\d+\\s*[^\\W\\d_]+|\\b(?:an?|one)\\s+[^\\W\\d_]+)\\s+ago$', 2, 34, 4530, 117, 0, {}, (None,)),
 ('(?:^|[.!?"\'”’다요]\\s*)(?:[A-Z][A-Za-z0-9]*|[가-힣]+(?:뉴스|방송)(?:TV)?|[가-힣]*[A-Z][가-힣A-Za-z0-9]*)(?:\\s*(?:뉴스|방송)[가-힣]{0,2})?\\s+(?P<name>[가-힣]{2,4})(?:\\s*기자)?입니다\\.?\\s*$', 0, 32, 4647, 439, 1, {'name': 1}, (None, 'name')),
 ('(?:^|\\s)[^\\W\\d_]{1,3}$', 0, 32, 5086, 38, 0, {}, (None,)),
 ('(?:^|\\s)[a-zà-ÿ]+$', 0, 32, 5124, 37, 0, {}, (None,)),
 ('(?:^|\\s)a\\ cura\\ di\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 5161, 207, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)auteur\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 5368, 196, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)author\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 5564, 196, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)authors\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 5760, 203, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)by\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 5963, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)da\\ redação\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 6151, 204, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)ein\\ beitrag\\ von\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 6355, 224, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)haber\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 6579, 194, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)par\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 6773, 190, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)penulis\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 6963, 208, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)por\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 7171, 190, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)posted\\ by\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 7361, 207, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporter\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 7568, 200, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)reporting\\ by\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 7768, 213, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)story\\ by\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 7981, 205, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\ by\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 8186, 198, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)text\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 8384, 192, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texto\\ de\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 8576, 200, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texto\\ e\\ fotos\\ de\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 8776, 221, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)texto\\ y\\ fotos\\ de\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 8997, 221, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)von\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 9218, 190, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)written\\ by\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 9408, 209, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\ статьи\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 9617, 244, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)автор\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 9861, 211, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)текст\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 10072, 213, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)作者\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 10285, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)撰文\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 10473, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)文\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 10661, 186, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)記者\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 10847, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:^|\\s)记者\\s*(?:[:：]?\\s+|[：・／/＝=]\\s*)(?P<names>.+)$', 2, 34, 11035, 188, 1, {'names': 1}, (None, 'names')),
 ('(?:utc|gmt)?([+\\-])(\\d{1,2})(?::?(\\d{2}))?', 0, 32, 11223, 82, 3, {}, (None, None, None, None)),
 ('(?:©|ⓒ|\\(c\\)|copyright)\\s*(?:©|ⓒ|\\(c\\)|copyright\\b)?\\s*(?:(?:since|est\\.|established|founded)\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.]?\\s*(?P<name>(?:[^.,|()\\n]|\\.(?=[a-z0-9]))(?:[^.,|()\\n]|\\.(?=[a-z0-9])){1,59}?)\\s*(?:[,|(]|\\.(?![a-z0-9])|all rights|무단|版权|未经|禁止转载|無断|alle rechte|tous droits|todos los|todos os|tutti i diritti|все права|tüm hakları|wszelkie prawa|$)', 2, 34, 11305, 1074, 1, {'name': 1}, (None, 'name')),
 ('(?<![\\d.])(?P<day>\\d{1,2})\\.\\s?(?P<month>\\d{1,2})\\.\\s?(?P<year>(?:19|20)\\d{2})(?!\\d)(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|la\\ ora,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|kl\\.,?|klo,?|lúc,?|ora,?|ore,?|as,?|at,?|kl,?|um,?|às,?|г\\.,?|o,?|v,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 12379, 1430, 9, {'day': 1, 'month': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'month', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d.])(?P<year>\\d{2})\\.(?P<month>\\d{1,2})\\.(?P<day>\\d{1,2})\\.?(?![\\d.])\\s+(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?', 2, 34, 13809, 890, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d/.-])(?:(?P<m1>\\d{1,2})[/.-](?P<d1>\\d{1,2})|(?P<m2>\\d{1,2})\\s*月\\s*(?P<d2>\\d{1,2})\\s*日)(?![\\d/.-])\\s*(?:[(（](?P<weekday>[月火水木金土日월화수목금토일一二三四五六天])[^)）]{0,2}[)）])?\\s*(?P<hour>\\d{1,2})\\s*[:：時时]\\s*(?P<minute>\\d{2})', 0, 32, 14699, 560, 7, {'m1': 1, 'd1': 2, 'm2': 3, 'd2': 4, 'weekday': 5, 'hour': 6, 'minute': 7}, (None, 'm1', 'd1', 'm2', 'd2', 'weekday', 'hour', 'minute')),
 ('(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?![\\d/.-])\\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\\s*\\d{1,2}\\s*[:：時时]\\s*\\d{2}(?:\\s*分)?', 0, 32, 15259, 541, 0, {}, (None,)),
 ('(?<![\\d/.])(?P<a>\\d{1,2})/(?P<b>\\d{1,2})/(?P<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/])(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|la\\ ora,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|kl\\.,?|klo,?|lúc,?|ora,?|ore,?|as,?|at,?|kl,?|um,?|às,?|г\\.,?|o,?|v,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 15800, 1431, 9, {'a': 1, 'b': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'a', 'b', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<![\\d:.])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d)\\s*(?P<tz>aest|aedt|wita|cest|eest|west|mesz|utc|gmt|kst|jst|hkt|sgt|cst|ist|msk|wib|wit|est|edt|pst|pdt|cdt|mst|mdt|bst|cet|eet|wet|mez|мск|et|pt|ct|mt)\\b(?:\\s*\\([^)]{1,20}\\))?\\s*,?\\s*$', 2, 34, 17231, 559, 3, {'hour': 1, 'minute': 2, 'tz': 3}, (None, 'hour', 'minute', 'tz')),
 ('(?<![\\w*\\\\])([*_])(?=[^\\s*_])(.+?)(?<=[^\\s\\\\])\\1(?![\\w*])', 0, 32, 17790, 79, 2, {}, (None, None, None)),
 ('(?<![\\w*\\\\])\\*\\*[ \\t]*(?=[^\\s*])(.+?)(?<=[^\\s*])[ \\t]*\\*\\*(?![\\w*])', 0, 32, 17869, 96, 1, {}, (None, None)),
 ('(?<!\\S)@\\w+', 0, 32, 17965, 27, 0, {}, (None,)),
 ('(?<!\\w)(?P<day>\\d{1,2})(?:\\.|er|º|st|nd|rd|th)?(?:\\s+|(?<=\\.)(?=[^\\W\\d_]))(?:de\\s+)?(?P<mname>كانون\\ الثاني|تشرين\\ الثاني|تشرين\\ الأول|كانون\\ الأول|października|φεβρουαρίου|σεπτεμβρίου|maaliskuuta|marraskuuta|październik|ιανουαρίου|δεκεμβρίου|septiembre|tammikuuta|helmikuuta|huhtikuuta|toukokuuta|heinäkuuta|joulukuuta|szeptember|septembrie|กุมภาพันธ์|listopadu|september|αυγούστου|οκτωβρίου|νοεμβρίου|setiembre|noviembre|diciembre|maaliskuu|kesäkuuta|syyskuuta|lokakuuta|marraskuu|septembre|augusztus|settembre|listopada|fevereiro|februarie|octombrie|noiembrie|decembrie|พฤศจิกายน|tháng\\ 01|tháng\\ 02|tháng\\ 03|tháng\\ 04|tháng\\ 05|tháng\\ 06|tháng\\ 07|tháng\\ 08|tháng\\ 09|tháng\\ 10|tháng\\ 11|tháng\\ 12|července|červenec|listopad|prosince|prosinec|november|december|dezember|απριλίου|february|tammikuu|helmikuu|huhtikuu|toukokuu|heinäkuu|elokuuta|joulukuu|novembre|décembre|decembre|februari|desember|febbraio|dicembre|stycznia|kwietnia|sierpnia|września|kwiecień|czerwiec|sierpień|wrzesień|grudzień|setembro|novembro|dezembro|ianuarie|сентября|сентябрь|มิถุนายน|tháng\\ 1|tháng\\ 2|tháng\\ 3|tháng\\ 4|tháng\\ 5|tháng\\ 6|tháng\\ 7|tháng\\ 8|tháng\\ 9|februar|oktober|μαρτίου|μαΐου|ιουνίου|ιουλίου|january|october|febrero|octubre|kesäkuu|syyskuu|lokakuu|janvier|février|fevrier|juillet|octobre|אוקטובר|सितम्बर|अक्टूबर|दिसम्बर|február|március|április|október|januari|agustus|gennaio|ottobre|czerwca|grudnia|styczeń|janeiro|outubro|aprilie|февраля|февраль|августа|октября|октябрь|декабря|декабрь|augusti|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|haziran|ağustos|فبراير|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|حزيران|března|březen|května|květen|června|červen|januar|august|jänner|agosto|elokuu|פברואר|אוגוסט|ספטמבר|נובמבר|फ़रवरी|अप्रैल|सितंबर|नवम्बर|दिसंबर|január|június|július|aprile|maggio|giugno|luglio|lutego|marzec|lipiec|martie|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|temmuz|aralık|يناير|أبريل|ابريل|يونيو|يوليو|أغسطس|اغسطس|نيسان|أيلول|ledna|leden|února|dubna|duben|srpna|srpen|října|říjen|marts|april|maerz|march|enero|marzo|abril|junio|julio|avril|ינואר|אפריל|דצמבר|जनवरी|फरवरी|मार्च|जुलाई|अगस्त|नवंबर|május|szept|maret|marca|lipca|março|junho|julho|iunie|iulie|марта|şubat|nisan|mayıs|eylül|kasım|مارس|مايو|شباط|آذار|أيار|تموز|únor|září|juni|juli|märz|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|יוני|יולי|febr|márc|maja|luty|maio|март|июня|июнь|июля|июль|сент|ocak|mart|ekim|jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec|mär|mai|dez|may|oct|ene|abr|ago|dic|avr|déc|מרץ|מרס|מאי|जून|ápr|máj|jún|júl|mei|agu|agt|gen|mag|giu|lug|set|ott|des|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru|fev|out|ian|iun|iul|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек|oca|şub|nis|haz|tem|ağu|eyl|eki|kas|آب|मई)\\.?,?(?:\\s+|(?<=\\.))(?:de\\s+)?(?:(?:ค\\.ศ\\.|พ\\.ศ\\.|năm)\\s*)?(?P<year>(?:19|20|25)\\d{2})(?!\\d)(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|la\\ ora,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|kl\\.,?|klo,?|lúc,?|ora,?|ore,?|as,?|at,?|kl,?|um,?|às,?|г\\.,?|o,?|v,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 17992, 8586, 9, {'day': 1, 'mname': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'day', 'mname', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<!\\w)(?P<mname>كانون\\ الثاني|تشرين\\ الثاني|تشرين\\ الأول|كانون\\ الأول|października|φεβρουαρίου|σεπτεμβρίου|maaliskuuta|marraskuuta|październik|ιανουαρίου|δεκεμβρίου|septiembre|tammikuuta|helmikuuta|huhtikuuta|toukokuuta|heinäkuuta|joulukuuta|szeptember|septembrie|กุมภาพันธ์|listopadu|september|αυγούστου|οκτωβρίου|νοεμβρίου|setiembre|noviembre|diciembre|maaliskuu|kesäkuuta|syyskuuta|lokakuuta|marraskuu|septembre|augusztus|settembre|listopada|fevereiro|februarie|octombrie|noiembrie|decembrie|พฤศจิกายน|tháng\\ 01|tháng\\ 02|tháng\\ 03|tháng\\ 04|tháng\\ 05|tháng\\ 06|tháng\\ 07|tháng\\ 08|tháng\\ 09|tháng\\ 10|tháng\\ 11|tháng\\ 12|července|červenec|listopad|prosince|prosinec|november|december|dezember|απριλίου|february|tammikuu|helmikuu|huhtikuu|toukokuu|heinäkuu|elokuuta|joulukuu|novembre|décembre|decembre|februari|desember|febbraio|dicembre|stycznia|kwietnia|sierpnia|września|kwiecień|czerwiec|sierpień|wrzesień|grudzień|setembro|novembro|dezembro|ianuarie|сентября|сентябрь|มิถุนายน|tháng\\ 1|tháng\\ 2|tháng\\ 3|tháng\\ 4|tháng\\ 5|tháng\\ 6|tháng\\ 7|tháng\\ 8|tháng\\ 9|februar|oktober|μαρτίου|μαΐου|ιουνίου|ιουλίου|january|october|febrero|octubre|kesäkuu|syyskuu|lokakuu|janvier|février|fevrier|juillet|octobre|אוקטובר|सितम्बर|अक्टूबर|दिसम्बर|február|március|április|október|januari|agustus|gennaio|ottobre|czerwca|grudnia|styczeń|janeiro|outubro|aprilie|февраля|февраль|августа|октября|октябрь|декабря|декабрь|augusti|มี\\.ค\\.|เม\\.ย\\.|พฤษภาคม|มิ\\.ย\\.|กรกฎาคม|สิงหาคม|กันยายน|ธันวาคม|haziran|ağustos|فبراير|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|حزيران|března|březen|května|květen|června|červen|januar|august|jänner|agosto|elokuu|פברואר|אוגוסט|ספטמבר|נובמבר|फ़रवरी|अप्रैल|सितंबर|नवम्बर|दिसंबर|január|június|július|aprile|maggio|giugno|luglio|lutego|marzec|lipiec|martie|января|январь|апреля|апрель|август|ноября|ноябрь|มกราคม|ม\\.ค\\.|ก\\.พ\\.|มีนาคม|เมษายน|พ\\.ค\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ตุลาคม|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|temmuz|aralık|يناير|أبريل|ابريل|يونيو|يوليو|أغسطس|اغسطس|نيسان|أيلول|ledna|leden|února|dubna|duben|srpna|srpen|října|říjen|marts|april|maerz|march|enero|marzo|abril|junio|julio|avril|ינואר|אפריל|דצמבר|जनवरी|फरवरी|मार्च|जुलाई|अगस्त|नवंबर|május|szept|maret|marca|lipca|março|junho|julho|iunie|iulie|марта|şubat|nisan|mayıs|eylül|kasım|مارس|مايو|شباط|آذار|أيار|تموز|únor|září|juni|juli|märz|sept|june|july|mayo|janv|févr|mars|juin|juil|août|aout|יוני|יולי|febr|márc|maja|luty|maio|март|июня|июнь|июля|июль|сент|ocak|mart|ekim|jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec|mär|mai|dez|may|oct|ene|abr|ago|dic|avr|déc|מרץ|מרס|מאי|जून|ápr|máj|jún|júl|mei|agu|agt|gen|mag|giu|lug|set|ott|des|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru|fev|out|ian|iun|iul|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек|oca|şub|nis|haz|tem|ağu|eyl|eki|kas|آب|मई)\\.?\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?[,.]?\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(?P<year>(?:19|20)\\d{2})(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|la\\ ora,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|kl\\.,?|klo,?|lúc,?|ora,?|ore,?|as,?|at,?|kl,?|um,?|às,?|г\\.,?|o,?|v,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 26578, 8637, 9, {'mname': 1, 'day': 2, 'year': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'mname', 'day', 'year', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?<=[.!?。！？…\\"\'”’])\\s*(?P<sign>\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\))\\s*$', 2, 34, 35215, 1475, 1, {'sign': 1}, (None, 'sign')),
 ('(?<=[A-Za-zÀ-ÿ][a-zà-ÿ])(?=[A-ZÀ-Þ][a-zà-ÿ])', 0, 32, 36690, 53, 0, {}, (None,)),
 ('(?<=[^\\W\\d_])[.!?。][\\"\'”’]?\\s+', 0, 32, 36743, 221, 0, {}, (None,)),
 ('(?<=[a-z])(?=[A-Z])', 0, 32, 36964, 26, 0, {}, (None,)),
 ('(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\\"”’])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[가-힣]다\\.)(?=\\d)', 0, 32, 36990, 619, 0, {}, (None,)),
 ('(?<=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])[ \\t]*\\n\\s*(?=[\u3000-ヿ㐀-䶿一-鿿豈-\ufaff\uff00-｠])', 0, 32, 37609, 240, 0, {}, (None,)),
 ('(?<=[가-힣]\\.) (?=[가-힣]{2,4} (?:기자|제공)(?![회단실협증들가는의를에와도로이은하했한할해된돼받])[가-힣])|(?:(?<=\\. [가-힣]{2} 기자)|(?<=\\. [가-힣]{3} 기자)|(?<=\\. [가-힣]{4} 기자)|(?<=\\. [가-힣]{2} 제공)|(?<=\\. [가-힣]{3} 제공)|(?<=\\. [가-힣]{4} 제공))(?![회단실협증들가는의를에와도로이은하했한할해된돼받])(?=[가-힣])', 0, 32, 37849, 633, 0, {}, (None,)),
 ('(?<=\\S)  +(?=\\S)', 0, 32, 38482, 33, 0, {}, (None,)),
 ('(?<=\\S) {4,}(?=\\S)', 0, 32, 38515, 31, 0, {}, (None,)),
 ('(?<=\\S)(?=\\([가-힣]{1,8}\\s?=\\s?[^()\\s][^()]{0,20}\\))', 0, 32, 38546, 77, 0, {}, (None,)),
 ('(?<=\\s)PT\\.\\s+(?=[A-Z])', 0, 32, 38623, 41, 0, {}, (None,)),
 ("(?=[^ ]*[AEIOUaeiouÀ-ÆÈ-ÏÒ-ÖØ-Ýà-æè-ïò-öø-ý])[A-ZÀ-Þ][^\\W\\d_]*(?:(?:(?: [a-zà-ÿ]{1,4})? | & |-)[A-ZÀ-Þ][^\\W\\d_]*|['’][^\\W\\d_]+)*$", 0, 32, 38664, 156, 0, {}, (None,)),
 ('(?P<year>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*(?P<month>\\d{1,2})\\s*(?:[-./]|월)\\s*(?P<day>\\d{1,2})(?:\\s*일|\\.)?(?:\\s*\\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\))?(?:\\s*(?:alle\\ ore,?|o\\ godz\\.,?|la\\ ora,?|a\\ las,?|godz\\.,?|a\\ la,?|alle,?|saat,?|года,?|เวลา,?|kl\\.,?|klo,?|lúc,?|ora,?|ore,?|as,?|at,?|kl,?|um,?|às,?|г\\.,?|o,?|v,?|à,?|в,?|,|\\.|\\||/|,?\\s*-)?\\s*(?:T|\\((?=\\d{1,2}:\\d{2}\\)))?(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?\\)?)?', 2, 34, 38820, 1998, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?P<year>(?:19|20)\\d{2})\\s*年\\s*(?P<month>\\d{1,2})\\s*月\\s*(?P<day>\\d{1,2})\\s*日(?:\\s*[（(][^)）]{1,3}[)）])?(?:\\s*(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\\.m\\.|p\\.m\\.)\\s*)?(?P<hour>\\d{1,2})\\s*(?::|時|时|시|h(?=\\d)|\\.(?=\\d{2}(?![.\\d])))\\s*(?P<minute>\\d{2})(?:\\s*分|\\s*분)?(?:\\s*(?::|秒)?\\s*(?P<second>\\d{2})(?:\\s*秒|\\s*초)?)?(?:\\s*(?P<ampm2>am|pm|a\\.m\\.|p\\.m\\.|uhr|h\\b))?(?:\\s*\\(?(?P<tz>(?:utc|gmt)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{1,4}t\\b|z\\b|mesz|mez|мск|wib\\b|wita\\b)\\)?)?)?', 2, 34, 40818, 980, 9, {'year': 1, 'month': 2, 'day': 3, 'ampm1': 4, 'hour': 5, 'minute': 6, 'second': 7, 'ampm2': 8, 'tz': 9}, (None, 'year', 'month', 'day', 'ampm1', 'hour', 'minute', 'second', 'ampm2', 'tz')),
 ('(?i:foto|photo|bild|imagem|imagen)\\s*:\\s*[^.:/\\n]{3,40}/\\s*[a-z][a-z.]{2,20}(?=[A-Z][a-z])', 0, 32, 41798, 175, 0, {}, (None,)),
 ('(?m)^#{1,6} \\S', 0, 40, 41973, 22, 0, {}, (None,)),
 ('(?m)^\\s*(?:\\d+\\\\\\.|\\\\[-+])\\s', 0, 40, 41995, 54, 0, {}, (None,)),
 ('(abonnieren|bestellen) sie (jetzt )?(kostenlos )?(den|die|unseren|unsere) .{0,40}newsletter', 2, 34, 42049, 250, 4, {}, (None, None, None, None, None)),
 ('(assine|cadastre-se).{0,60}newsletter', 2, 34, 42299, 108, 1, {}, (None, None)),
 ('(jetzt|gratis) (lesen|testen|abonnieren)', 2, 34, 42407, 124, 2, {}, (None, None, None)),
 ('(powered|designed)\\s+by\\s+tistory', 2, 34, 42531, 106, 1, {}, (None, None)),
 ('(sign up|subscribe).{0,60}newsletter', 2, 34, 42637, 99, 1, {}, (None, None)),
 ('(©|ⓒ)\\s*\\d{4}', 2, 34, 42736, 37, 1, {}, (None, None)),
 ('(наш|наш канал).{0,20}(telegram|телеграм)', 2, 34, 42773, 93, 2, {}, (None, None, None)),
 ('(にほん|日本)ブログ村', 2, 34, 42866, 41, 1, {}, (None, None)),
 ('(打开|打開|下载|下載).{0,6}(app|客户端|客戶端).{0,6}(阅读|閱讀|查看)?', 2, 34, 42907, 122, 3, {}, (None, None, None, None)),
 ('(扫描|扫码|掃描).{0,10}(二维码|关注|下载)', 2, 34, 43029, 73, 2, {}, (None, None, None)),
 ('(有料|会員)(会員)?(限定|登録)', 2, 34, 43102, 64, 3, {}, (None, None, None, None)),
 ('(발행|편집|발행·편집|발행ㆍ편집)\\s*인\\s*[:：·ㆍ]', 2, 34, 43166, 180, 1, {}, (None, None)),
 ('(사업자|인터넷신문|신문사업|정기간행물)?\\s*등록\\s*번호\\s*[:：]?\\s*[가-힣]{0,4}\\s*[\\d-]{5,}', 2, 34, 43346, 156, 1, {}, (None, None)),
 (',?\\s+(?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|LLC\\.?|Pty\\.? Ltd\\.?|Limited|GmbH|AG|SA|ООО|A\\.Ş\\.|Ltd\\. Şti\\.|S\\.r\\.l\\.|S\\.A\\.S\\.|Sp\\. z o\\.o\\.)(?=[\\s,.]|$)', 0, 32, 43502, 312, 0, {}, (None,)),
 (',\\s*(foto|bild)\\s*:\\s*[^.!?]{1,60}$', 2, 34, 43814, 97, 1, {}, (None, None)),
 (',\\s*(foto|imagem)\\s*:\\s*[^.!?]{1,60}$', 2, 34, 43911, 101, 1, {}, (None, None)),
 (',\\s*(foto|imagen)\\s*:\\s*[^.!?]{1,60}$', 2, 34, 44012, 101, 1, {}, (None, None)),
 (',\\s*(photo|image)\\s*:\\s*[^.!?]{1,60}$', 2, 34, 44113, 101, 1, {}, (None, None)),
 (',\\s*photo\\s*:\\s*[^.!?]{1,60}$', 2, 34, 44214, 74, 0, {}, (None,)),
 ('<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]', 2, 34, 44288, 98, 0, {}, (None,)),
 ('<(?!/?(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\\b)/?[a-zA-Z][^>]*>', 0, 32, 44386, 179, 0, {}, (None,)),
 ('</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>', 0, 32, 44565, 81, 1, {}, (None, None)),
 ('<[^>]{0,400}>', 0, 32, 44646, 21, 0, {}, (None,)),
 ('AI\\s*학습.{0,10}(금지|이용)', 2, 34, 44667, 55, 1, {}, (None, None)),
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 44722, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 44960, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 45214, 190, 0, {}, (None,)),
 ('[ \\t]{3,}', 0, 32, 45404, 18, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 45422, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 45660, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 45688, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 45868, 192, 0, {}, (None,)),
 ('[,，、]', 0, 32, 46060, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 46266, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 46298, 30, 0, {}, (None,)),
 ('[.!?](?=[\\s\\"\')\\]]|$)', 0, 32, 46328, 56, 0, {}, (None,)),
 ('[.!?]\\s+(foto|bild)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 46384, 113, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|bild)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 46497, 125, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|imagem)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 46622, 117, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|imagem)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 46739, 129, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|imagen)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 46868, 117, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|imagen)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 46985, 129, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 47114, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 47233, 131, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 47364, 139, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 47503, 151, 1, {}, (None, None)),
 ('[.!?]\\s+foto\\s*:\\s*[^.!?]{1,60}$', 2, 34, 47654, 88, 0, {}, (None,)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 47742, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 48058, 221, 0, {}, (None,)),
 ('[.!?。！？…।॥։።။។؟۔](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 48279, 541, 0, {}, (None,)),
 ('[.:!?;]$', 0, 32, 48820, 30, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 48850, 324, 0, {}, (None,)),
 ('[:：・／/＝=]', 0, 32, 49174, 206, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 49380, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 49586, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 49614, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 49634, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 49666, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 49828, 16, 0, {}, (None,)),
 ('[\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]{2}', 0, 32, 49844, 112, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 49956, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u052f\\u0600-\\u06ff\\u0750-\\u077f\\u08a0-\\u08ff\\ufb50-\\ufdff\\ufe70-\\ufeff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u1f00-\\u1fff\\u0900-\\u097f\\u0980-\\u09ff\\u0a00-\\u0a7f\\u0a80-\\u0aff\\u0b00-\\u0b7f\\u0b80-\\u0bff\\u0c00-\\u0c7f\\u0c80-\\u0cff\\u0d00-\\u0d7f\\u0d80-\\u0dff\\u0e80-\\u0eff\\u1000-\\u109f\\u10a0-\\u10ff\\u1200-\\u137f\\u1780-\\u17ff\\u0530-\\u058f]', 0, 32, 50162, 334, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 50496, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 50692, 54, 0, {}, (None,)),
 ('[^\x00-\x7f\xa0\u2002\u2003\u2009\u200a\u202f’”»…€£¥−±‘“„‚«‹›–—•·©®™°′″]', 0, 32, 50746, 224, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 50970, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 50994, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 51018, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 51061, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 51323, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 51617, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 51635, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 51652, 29, 0, {}, (None,)),
 ('[{};=<>"\\\\]', 0, 32, 51681, 28, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 51709, 124, 0, {}, (None,)),
 ('[\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000]', 0, 32, 51833, 206, 0, {}, (None,)),
 ('[\xa0\u2002\u2003\u2009\u200a\u202f’”»…€£¥−±‘“„‚«‹›–—•·©®™°′″]', 0, 32, 52039, 222, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 52261, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 52391, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 52598, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 52868, 230, 0, {}, (None,)),
 ('[、・]', 0, 32, 53098, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 53116, 104, 0, {}, (None,)),
 ('[尽盡]在\\S{0,10}(app|客户端|客戶端)\\s*$', 2, 34, 53220, 75, 1, {}, (None, None)),
 ('[가-힣]+(?:의|는|을|를|한)$', 0, 32, 53295, 128, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 53423, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 53842, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 53858, 44, 1, {}, (None, None)),
 ('\\((foto|bild)\\s*:[^)]{1,60}\\)\\s*$', 2, 34, 53902, 78, 1, {}, (None, None)),
 ('\\((foto|imagem)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 53980, 87, 1, {}, (None, None)),
 ('\\((foto|imagen)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 54067, 87, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 54154, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 54243, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 54362, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 54437, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 54518, 16, 0, {}, (None,)),
 ('\\[([^\\]\\n]*)\\]\\((?:https?://|//|/|#|\\.\\.?/|mailto:)[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*(?:\\s+\\"[^\\"]*\\")?\\)', 0, 32, 54534, 186, 1, {}, (None, None)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 54720, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 54756, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 54869, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 54913, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<\\"/^:])', 0, 32, 54937, 28, 1, {}, (None, None)),
 ('\\\\[\\\\*_\\[\\]]', 0, 32, 54965, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 54989, 44, 0, {}, (None,)),
 ('\\b(afficher|charger) (ce|le) contenu (externe|tiers)', 2, 34, 55033, 141, 3, {}, (None, None, None, None)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 55174, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 55657, 277, 1, {}, (None, None)),
 ('\\b(straight|directly|direct) (to|into) your inbox', 2, 34, 55934, 145, 2, {}, (None, None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 56079, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 56180, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 56205, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 57054, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 57162, 33, 0, {}, (None,)),
 ('\\bi (agree|consent) to the (processing|storage|use) of my\\b', 2, 34, 57195, 168, 2, {}, (None, None, None)),
 ('\\bplus\\b.{0,20}artikel', 2, 34, 57363, 48, 0, {}, (None,)),
 ('\\bum (den|diesen) inhalt (von .{1,60} )?zu laden\\b', 2, 34, 57411, 116, 2, {}, (None, None, None)),
 ('\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b', 2, 34, 57527, 193, 5, {}, (None, None, None, None, None, None)),
 ('\\d', 0, 32, 57720, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 57734, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 57762, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 57909, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 58124, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 58256, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 58375, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 58436, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 58548, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 58675, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 58796, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 59070, 134, 0, {}, (None,)),
 ('\\s*,\\s*(?P<name>[가-힣A-Za-z0-9&]{2,20})(?=\\s*(?:[.(<]|무단|all rights|저작권|$))', 2, 34, 59204, 231, 1, {'name': 1}, (None, 'name')),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 59435, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 59572, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 59629, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 59748, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 59776, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 59792, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|ostatnia\\ aktualizacja|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|päivitetty\\ viimeksi|τελευταία\\ ενημέρωση|güncellenme\\ tarihi|oluşturulma\\ tarihi|pembaruan\\ terakhir|ultima\\ actualizare|última\\ atualização|güncelleme\\ tarihi|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|yayınlanma\\ tarihi|senest\\ opdateret|utolsó\\ frissítés|aktualisiert\\ am|data\\ publicării|data\\ publikacji|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|son\\ güncellenme|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|sist\\ oppdatert|son\\ güncelleme|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|zaktualizowano|עודכן\\ לאחרונה|פורסם\\ לראשונה|प्रकाशित\\ तिथि|ปรับปรุงล่าสุด|aktualizováno|giriş\\ tarihi|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|yayın\\ tarihi|วันที่เผยแพร่|aktualisiert|aktualizacja|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|opublikowano|δημοσιεύθηκε|δημοσιεύτηκε|опубликовано|עדכון\\ אחרון|תאריך\\ פרסום|تاريخ\\ النشر|अंतिम\\ अपडेट|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|güncellendi|güncellenme|modifié\\ le|oluşturulma|postado\\ em|publication|publikováno|updated\\ at|updated\\ on|ενημερώθηκε|опубликован|تم\\ التحديث|نشر\\ بتاريخ|แก้ไขล่าสุด|actualizat|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|güncelleme|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publicerad|publicerat|publiceret|publikálva|publiziert|publié\\ le|päivitetty|uppdaterad|uppdaterat|yayınlandı|yayınlanma|zveřejněno|δημοσίευση|آخر\\ تحديث|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|frissítve|julkaistu|közzétéve|megjelent|módosítva|opdateret|oppdatert|publicada|publicado|publisert|published|xuất\\ bản|đăng\\ lúc|ενημέρωση|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|publicat|released|upraveno|изменено|обновлен|פורסם\\ ב|نُشر\\ في|पब्लिश्ड|प्रकाशित|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|udgivet|updated|создано|نشر\\ في|अपडेटेड|เผยแพร่|creado|dodano|edited|issued|posted|publ\\.|publié|tayang|update|uppd\\.|vydáno|อัปเดต|อัพเดท|datum|fecha|filed|giriş|stand|עודכן|פורסם|تحديث|अपडेट|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 60056, 6547, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 66603, 55, 0, {}, (None,)),
 ('\\s+(?:on|le|am|el|em|at|à|il|vom|den)$', 0, 32, 66658, 92, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 66750, 289, 0, {}, (None,)),
 ('\\s+(?:października|maaliskuuta|marraskuuta|październik|σεπτεμβρίου|φεβρουαρίου|heinäkuuta|helmikuuta|huhtikuuta|joulukuuta|septembrie|septiembre|szeptember|tammikuuta|toukokuuta|δεκεμβρίου|ιανουαρίου|augusztus|decembrie|diciembre|februarie|fevereiro|kesäkuuta|listopada|listopadu|lokakuuta|maaliskuu|marraskuu|noiembrie|noviembre|octombrie|september|septembre|setiembre|settembre|syyskuuta|αυγούστου|νοεμβρίου|οκτωβρίου|czerwiec|december|decembre|desember|dezember|dezembro|dicembre|décembre|elokuuta|febbraio|februari|february|grudzień|heinäkuu|helmikuu|huhtikuu|ianuarie|joulukuu|kwiecień|kwietnia|listopad|november|novembre|novembro|prosince|prosinec|setembro|sierpień|sierpnia|stycznia|tammikuu|toukokuu|wrzesień|września|července|červenec|απριλίου|сентябрь|сентября|agustus|aprilie|augusti|ağustos|czerwca|febrero|februar|február|fevrier|février|gennaio|grudnia|haziran|janeiro|januari|january|janvier|juillet|kesäkuu|lokakuu|március|october|octobre|octubre|oktober|október|ottobre|outubro|styczeń|syyskuu|április|ιουλίου|ιουνίου|μαρτίου|августа|декабрь|декабря|октябрь|октября|февраль|февраля|אוקטובר|กรกฎาคม|พฤษภาคม|agosto|aprile|aralık|august|březen|března|elokuu|giugno|januar|január|jänner|július|június|květen|května|lipiec|luglio|lutego|maggio|martie|marzec|temmuz|červen|června|август|апрель|апреля|ноябрь|ноября|январь|января|אוגוסט|נובמבר|ספטמבר|פברואר|أكتوبر|اكتوبر|حزيران|ديسمبر|سبتمبر|فبراير|نوفمبر|มกราคม|เมษายน|abril|april|avril|duben|dubna|enero|eylül|iulie|iunie|julho|julio|junho|junio|kasım|leden|ledna|lipca|maerz|marca|march|maret|marts|marzo|março|mayıs|május|nisan|srpen|srpna|szept|února|říjen|října|şubat|марта|אפריל|דצמבר|ינואר|أبريل|أغسطس|أيلول|ابريل|اغسطس|نيسان|يناير|يوليو|يونيو|aout|août|ekim|febr|févr|janv|juil|juin|juli|july|june|juni|luty|maio|maja|mars|mart|mayo|márc|märz|ocak|sept|září|únor|июль|июля|июнь|июня|март|сент|יולי|יוני|آذار|أيار|تموز|شباط|مارس|مايو|abr|ago|agt|agu|apr|aug|avr|ağu|cze|dec|des|dez|dic|déc|eki|ene|eyl|feb|fev|gen|giu|gru|haz|ian|iul|iun|jan|jul|jun|júl|jún|kas|kwi|lip|lis|lug|lut|mag|mai|maj|mar|may|mei|máj|mär|nis|nov|oca|oct|okt|ott|out|paź|sep|set|sie|sty|tem|wrz|ápr|şub|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв|מאי|מרס|מרץ)\\.?\\s+\\d', 2, 34, 67039, 5981, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 73020, 220, 0, {}, (None,)),
 ('\\s+[>›»/]\\s+', 0, 32, 73240, 119, 0, {}, (None,)),
 ('\\s+[^\\s:：]{1,12}[:：]', 0, 32, 73359, 38, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 73397, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 73430, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 73471, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 73492, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 73550, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 73576, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 73592, 16, 0, {}, (None,)),
 ('^(.{4,60}?)\\s=\\s', 0, 32, 73608, 30, 1, {}, (None, None)),
 ('^(?:[(\\[]?[^=()\\[\\]]{1,12}=[^()\\[\\]]{1,12}[)\\]]\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 73638, 124, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 73762, 179, 0, {}, (None,)),
 ('^(?:[가-힣][가-힣0-9_]{1,11}|[a-z][a-z0-9_.]{2,19})$', 0, 32, 73941, 153, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 74094, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 74289, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 74669, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 74724, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 74838, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 75135, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 75313, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 75370, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 75427, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 75484, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 75541, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 75602, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 75659, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 75699, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 75882, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*[:|]', 2, 34, 76042, 211, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 76253, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 76335, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 76475, 30, 0, {}, (None,)),
 ('^.{0,80}[（(](?:[^（）()]{0,20}[／/])?[^（）()]{0,14}(攝|摄|資料照|资料照|資料圖|资料图|翻攝|翻摄)[）)]\\s*$', 2, 34, 76505, 148, 1, {}, (None, None)),
 ('^.{0,80}。\\s*(?:記者|记者)?[^\\s。／/]{1,12}[／/]\\s*(攝影|摄影|攝|摄)\\s*$', 2, 34, 76653, 215, 1, {}, (None, None)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 76868, 97, 1, {}, (None, None)),
 ('^.{5,120}\\((رويترز|الفرنسية|أسوشيتد برس|الأناضول|غيتي|الجزيرة|وكالات|أرشيف|الأوروبية|مواقع التواصل)\\)\\s*$', 2, 34, 76965, 220, 1, {}, (None, None)),
 ('^.{5,160}[.·]\\s*(ΑΠΕ-ΜΠΕ|ΑΠΕ|Eurokinissi|EUROKINISSI|Reuters|AP|AFP|EPA|Intime|INTIME NEWS)\\s*$', 2, 34, 77185, 322, 1, {}, (None, None)),
 ('^.{5,80}\\.\\s*[가-힣A-Za-z0-9]{2,10}\\s*(db|자료사진)\\s*$', 2, 34, 77507, 186, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 77693, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 77794, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 77820, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 77844, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 78354, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 78378, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 78402, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 78423, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 78831, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 78972, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 79094, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 79115, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 79306, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 79359, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 79378, 171, 0, {}, (None,)),
 ('^\\W{0,3}(?:©|ⓒ|\\(c\\)\\s|copyright\\b)', 2, 34, 79549, 72, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 79621, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 79659, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 79738, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 79894, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 80050, 845, 0, {}, (None,)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+es (periodista|redactor(a)?|corresponsal|columnista)\\b", 2, 34, 80895, 428, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is (a|an|the) [^.]{0,80}\\band (the )?(co-?)?author of\\b", 2, 34, 81323, 390, 4, {}, (None, None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is an? (senior |staff |contributing |freelance |former |national |political |award-winning |associate |general assignment )*(writer|reporter|editor|journalist|correspondent|contributor|columnist|blogger)\\b", 2, 34, 81713, 841, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){1,3}\\s+(leitet das ressort|beschäftigt sich mit den themen|ist (freie[rn]? )?(redakteur|journalist|autor|korrespondent|volontär)(\\*?in)?\\b)", 2, 34, 82554, 638, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 83192, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 84036, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 84182, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 84373, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 84419, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 84665, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 84743, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 84955, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 85187, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 85298, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\d+|una?)\\s+(risposte|risposta|commenti|commento|pensieri)\\s+(a|su|per)\\s+\\S', 2, 34, 85545, 269, 3, {}, (None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 85814, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 85938, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(credit|courtesy)\\s*:', 2, 34, 86560, 78, 1, {}, (None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 86638, 369, 2, {}, (None, None, None)),
 ('^\\s*(fot\\.?|foto)\\s*:?\\s*(agencja gazeta|pap|east news|shutterstock|getty images)', 2, 34, 87007, 223, 2, {}, (None, None, None)),
 ('^\\s*(foto|bild)\\s*:', 2, 34, 87230, 63, 1, {}, (None, None)),
 ('^\\s*(foto|bilde)\\s*:', 2, 34, 87293, 65, 1, {}, (None, None)),
 ('^\\s*(foto|bild|quelle|grafik)\\s*:', 2, 34, 87358, 98, 1, {}, (None, None)),
 ('^\\s*(foto|billede)\\s*:', 2, 34, 87456, 69, 1, {}, (None, None)),
 ('^\\s*(foto|ilustrasi)\\s*:', 2, 34, 87525, 88, 1, {}, (None, None)),
 ('^\\s*(foto|imagem)\\s*:', 2, 34, 87613, 67, 1, {}, (None, None)),
 ('^\\s*(foto|imagen|fotografía)\\s*:', 2, 34, 87680, 90, 1, {}, (None, None)),
 ('^\\s*(foto|sursa|sursă)\\s*:', 2, 34, 87770, 93, 1, {}, (None, None)),
 ('^\\s*(foto|zdroj|ilustrační foto)\\s*:', 2, 34, 87863, 103, 1, {}, (None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 87966, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 88115, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 88703, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 88909, 199, 1, {}, (None, None)),
 ('^\\s*(les (også|mer))\\s*:\\s*\\S', 2, 34, 89108, 93, 2, {}, (None, None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 89201, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 89548, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 89856, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 89985, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 90232, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 90600, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 90715, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(tento web|tato stránka|používáme|web) (používá )?(soubory )?cookies', 2, 34, 91004, 188, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 91192, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 91537, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 92048, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 92506, 162, 2, {}, (None, None, None)),
 ('^\\s*(vi|denne hjemmeside|hjemmesiden|sitet) (bruger|anvender) cookies', 2, 34, 92668, 207, 2, {}, (None, None, None)),
 ('^\\s*(vi|dette nettstedet|nettstedet) (bruker|benytter) (informasjonskapsler|cookies)', 2, 34, 92875, 240, 3, {}, (None, None, None, None)),
 ('^\\s*(weitere|mehr) (\\w+ )?(beiträge|artikel|kolumnen|themen|informationen|news|nachrichten)\\b[^.!?]{0,40}:?\\s*$', 2, 34, 93115, 290, 3, {}, (None, None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 93405, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 93792, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 94356, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 94623, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 95098, 71, 1, {}, (None, None)),
 ('^\\s*(źródło|fot\\.|foto|zdjęcie)\\s*:', 2, 34, 95169, 95, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 95264, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 95610, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 95685, 146, 1, {}, (None, None)),
 ('^\\s*(图源|圖源|图片来源|圖片來源)\\s*[:：]', 2, 34, 95831, 77, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 95908, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 96043, 113, 2, {}, (None, None, None)),
 ('^\\s*(撰文|作者|記者|记者|攝影|摄影|文字|採訪|采访)\\s*[:：]\\s*$', 2, 34, 96156, 116, 1, {}, (None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 96272, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(읽는\\s*시간|읽기\\s*시간)\\s*[:：]?\\s*(약)?\\s*\\d+\\s*분', 2, 34, 96346, 139, 2, {}, (None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 96485, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 96562, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 96689, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 97059, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 97101, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 97194, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 97240, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 98110, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 98535, 510, 1, {}, (None, None)),
 ("^\\s*[\\w'’.&!-]+( [\\w'’.&!-]+){0,3} newsletter\\s*$", 2, 34, 99045, 268, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 99313, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 99386, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 99596, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99679, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99823, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99969, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 100099, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 100227, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 100343, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 100846, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 101018, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 101273, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 101459, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 101646, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 102099, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 102320, 171, 1, {}, (None, None)),
 ('^\\s*\\(?\\s*credits?\\s*:', 2, 34, 102491, 76, 0, {}, (None,)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 102567, 1360, 0, {}, (None,)),
 ('^\\s*\\(\\s*[a-z]{2,4}\\s*/\\s*[a-z]{2,4}\\s*\\)\\s*$', 2, 34, 103927, 272, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 104199, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 104267, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 104345, 311, 1, {}, (None, None)),
 ('^\\s*\\[?광고\\]?\\s*$', 2, 34, 104656, 48, 0, {}, (None,)),
 ('^\\s*\\[[^\\]\\n]{0,30}(자료사진|제공|촬영|=\\s*연합뉴스|연합뉴스\\s*tv)[^\\]\\n]{0,30}\\]\\s*$', 2, 34, 104704, 139, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 104843, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 104924, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 105014, 130, 1, {}, (None, None)),
 ('^\\s*\\d+\\s+(odpowiedzi|komentarzy|komentarze)\\s+(na|do)\\s+\\S', 2, 34, 105144, 168, 2, {}, (None, None, None)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 105312, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 105388, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,2}\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 105463, 130, 1, {}, (None, None)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 105593, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 105650, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 105697, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 105736, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 105775, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 105949, 97, 1, {}, (None, None)),
 ('^\\s*baca\\s+artikel\\s+.{0,100}\\s+selengkapnya\\s*$', 2, 34, 106046, 122, 0, {}, (None,)),
 ('^\\s*back to (the )?(top|home|homepage|start|blog|gallery|list|overview|index|search|main menu|reading|all \\w+|\\w+ home)\\b[\\w -]{0,30}$', 2, 34, 106168, 335, 2, {}, (None, None, None)),
 ('^\\s*by\\s+', 2, 34, 106503, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 106535, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 107500, 80, 0, {}, (None,)),
 ("^\\s*condividi (questo articolo|quest'articolo|questa notizia)\\b", 2, 34, 107580, 161, 1, {}, (None, None)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 107741, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 107824, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*download (our|the) .{0,30}app\\b', 2, 34, 107873, 76, 1, {}, (None, None)),
 ('^\\s*download\\s+(apps?|aplikasi)\\b.{0,60}$', 2, 34, 107949, 111, 1, {}, (None, None)),
 ('^\\s*end of list\\s*$', 2, 34, 108060, 62, 0, {}, (None,)),
 ('^\\s*list \\d{1,2} of \\d{1,2}\\s*$', 2, 34, 108122, 78, 0, {}, (None,)),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 108200, 105, 1, {}, (None, None)),
 ('^\\s*partage[zr]? (cet|cette) (article|publication)\\b', 2, 34, 108305, 135, 2, {}, (None, None, None)),
 ('^\\s*recevez .{0,60}(dans votre boîte (mail|e-mail|de réception)|par e-?mail)', 2, 34, 108440, 195, 2, {}, (None, None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 108635, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 108720, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 108877, 48, 0, {}, (None,)),
 ('^\\s*teilen? (sie )?(diesen|den) (beitrag|artikel)\\b', 2, 34, 108925, 161, 3, {}, (None, None, None, None)),
 ('^\\s*temps de lecture\\s*:?\\s*\\d+\\s*min(utes?|\\.)?\\s*$', 2, 34, 109086, 162, 1, {}, (None, None)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 109248, 207, 3, {}, (None, None, None, None)),
 ('^\\s*volver (a la |al |a )(portada|inicio|arriba|listado|blog|índice|búsqueda)\\b[\\w -]{0,30}$', 2, 34, 109455, 236, 2, {}, (None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 109691, 124, 3, {}, (None, None, None, None)),
 ('^\\s*της\\s+(?P<names>.+)$', 2, 34, 109815, 51, 1, {'names': 1}, (None, 'names')),
 ('^\\s*المصدر\\s*[:：]?\\s*[^.\\n]{0,60}$', 2, 34, 109866, 77, 0, {}, (None,)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 109943, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 110047, 48, 0, {}, (None,)),
 ('^\\s*【(画像|写真|動画|図表|グラフ)】', 2, 34, 110095, 65, 1, {}, (None, None)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 110160, 77, 2, {}, (None, None, None)),
 ('^\\s*分享(至|到)\\s*(facebook|whatsapp|line|twitter|x|telegram|threads|微信|微博|qq)\\s*$', 2, 34, 110237, 209, 2, {}, (None, None, None)),
 ('^\\s*分享到[:：]', 2, 34, 110446, 31, 0, {}, (None,)),
 ('^\\s*残り\\s*\\d[\\d,]*\\s*文字\\s*$', 2, 34, 110477, 75, 0, {}, (None,)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 110552, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 110819, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 110857, 29, 0, {}, (None,)),
 ('^also read:?\\s', 2, 34, 110886, 43, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 110929, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 110973, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 111029, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 111088, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 111126, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 111229, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 111318, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 111470, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 111551, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 111722, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 111775, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 111891, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 112015, 60, 1, {}, (None, None)),
 ('suscr[ií]b(e|i)(te|rse)( aquí)? a (nuestro|nuestra) (boletín|newsletter)', 2, 34, 112075, 351, 5, {}, (None, None, None, None, None, None)),
 ('whatsapp\\s+channel', 2, 34, 112426, 51, 0, {}, (None,)),
 ('whatsapp\\s+kanal', 2, 34, 112477, 47, 0, {}, (None,)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 112524, 99, 1, {}, (None, None)),
 ('ακολουθήστε\\s+.{0,40}(google\\s+news|viber|facebook|instagram)', 2, 34, 112623, 176, 1, {}, (None, None)),
 ('جميع\\s+الحقوق\\s+محفوظة', 2, 34, 112799, 68, 0, {}, (None,)),
 ('◎\\s*공감언론', 2, 34, 112867, 30, 0, {}, (None,)),
 ('コメントは(承認制|管理者の承認後|管理人の承認後)', 2, 34, 112897, 77, 1, {}, (None, None)),
 ('コメントは個人の見解', 2, 34, 112974, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 113022, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 113066, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 113112, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 113144, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 113192, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 113244, 40, 1, {}, (None, None)),
 ('未经.{0,10}(授权|许可).{0,10}(转载|复制)', 2, 34, 113284, 68, 2, {}, (None, None, None)),
 ('無断(転載|複製)', 2, 34, 113352, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 113388, 24, 0, {}, (None,)),
 ('观点仅代表作者本人|仅代表作者观点|僅代表作者(本人)?觀點|仅代表该作者或机构观点', 2, 34, 113412, 192, 1, {}, (None, None)),
 ('광고\\s*차단.{0,10}(해제|감지|사용\\s*중)', 2, 34, 113604, 75, 1, {}, (None, None)),
 ('구독\\s*하(세요|기)', 2, 34, 113679, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 113725, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 113755, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 113805, 74, 0, {}, (None,)),
 ('댓글은?\\s*(관리자|운영자).{0,10}(승인|삭제)', 2, 34, 113879, 83, 2, {}, (None, None, None)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 113962, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 114022, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 114074, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 114104, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 114138, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 114200, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 114235, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 114281, 48, 0, {}, (None,)),
 ('자동\\s*요약한\\s*결과', 2, 34, 114329, 46, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 114375, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 114401, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 114427, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 114480, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 114520, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 114562, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 114612, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 114713, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 114767, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 114820, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrsfQt8HkW1+O73Sr68viRNm7SU0pY+0vcbSlughQIVQZCXIGhNmzSxTZMQk5bGIgXxcRWVe9GrV6+PK+oftKigXlFEHiIPFeUh'
    'IFqlvbdcwMcVBVGBa/7Z3TOd852d2ZnZ3S9Jwy6/MP12Z868zpw558yZc2osy6oY+rOH/nJDf4NDT2oodf6mDf1dbPGnFt7Vwvum'
    'ob8q+OaUqx5Ky4b+xkOet0BaAXls8r4Z8jfB7w5I+0jaA3lyBM470L9XQboIpYWhv6VQh+jbvKG/LHk3C707Gt45fa6BdwslbVmI'
    '/s1gjRv6q4N32yFtgfTtkHaSvnaj/hRgHiyos5qMdTmM9QQYyznwrgq1rRH6wcqxcQ8Lrxbehy1fD21qQu+cf+fh3wxWRlL3dDL+'
    'Tv4GeI/z1KO22jB/GQTLKefgxVTAjyyCWQCcLYc+0raI5sUm4zAB5noA/v2U8x3V78CYDPVUQ91Oe+ejtcHqYn0RtaUa4fcCqGvc'
    'UKcapvrbmoN+0vHIoPF4F/xmfaqGuRkP9RYgrYA6N6I+VQM+V0A9lh38pMjvtD2mHnd4U2utPVaEZ23At4yi7NC8K+t25nMr0F5n'
    '/lph/jLJ/DkobV1tRXqmB379nBoApTV5QnNFdLIO/u2s5yVZr9zbyTo1mWfVvB/mT9odmCtdclYeapY9VAn4rgHCYH7LgH43wRym'
    'EM3Owh5g7bWs658o3m+m2t7+wvg2G5UrY+XeMFT3Zz3anl1czEdMkrTVluxNdsi66qG9Lw79/RnKVKL6nOcf3nZ16BkcvOIKC62T'
    'zWRPfiuMVToEXbPHIF3b87ZIdC0V9LEc8BPjzuWooC6/l8z74T3v9WT/cvDgy0AL0wb0LvJ+lR578+gSzaJnTzyTKHqm+l8le1Wy'
    'VyV7VbJXjdW9qt6QxjGd58q8l6YgXQHpCZDOIil7PwP9dtrxC8Ap593Uu7z06vu89Pkfgu7wJi996F6vzI9Rmd0/9dJXv+2l99/i'
    'pV+420tvfcQr833AW+fds5d76b3/6qU/v8hLD5zn5f0Gyvv4B7x07wfEeW9AeY/cy9vppIu/6qXX3ufl/TTKu/tmGA/oc+a+4j7+'
    'C8pLx4XCfR/K2wT9/tbd4ry7Ud59kOfV28R5L0V5L4O6lz8szrsF5c3cDzgigXsxynvro1768APicTgbcNN5t6sXcGd78RychvI4'
    'kyeq8wSU51vQh/13F9e1AuX5ziNeWvVocZ75SA+55EIvrbnE+zYTffviJi8991rv2xT0rQlwKbvH+9aIvn39g8XfatE32qc8+kbH'
    'DfOi7wghezch1ktI9+1gPYJpXTVkj2DzMA/4kgVw9kDpWS3oDpugfRhGDuVnemO8/9Wh/PjMwwROfZxjmnK7MjVoTE3rS/RhCn2Y'
    'YsyDd95UZAGEyQGfG0KyJwA/yge9uWsBEDmYu0sw32SqulN0JO7HGuFnKlofYR5MJzotLsvjMyx7sZe+spjzusmcjfycsXPE/KC3'
    'th4YEsDvyyb0bzSeB4yk7FEbwJPlA3gy03MqRhfwPnyJgQw8xp8UqPVmhCYce5RHxMm5U6LLS3R5iS4vOXdKzp2Sc6dkr0poVrJX'
    'JfM+wudODi68HJI/T86hknOo5Bzq8DmHqk/Ool7TZ1GJ7nX0nT3h9VlnuE5Ud2waic4T2+ozWjHjXk6nnba8TvDtnse9byehbxvO'
    '9dIzz/G+rRZ8u2aj9205+lbxBp6nAGuHfask32bBt2boh5NuhzE7Cn3rId/YmmXl2FpmedjvAlpzDE5Q3rDzVA9lKK+dInJaBZmr'
    'tCE/xu4Ssvt8x6N3J23x3q1E715q894tQ+8cPqAAfa6BcehAdVoBbS7AQpqCxi1j8ft3rC8pRd+z6Dc+61soyGtHuLeSMWhTHbQL'
    '33Fk414wqNfpRw7WTF2IslffLt7TLwi5z1aS/SFnFd9xfWSXOdw6gGMytmUxja3T3rBjW/6gf2zZ+J5mhRuHckRvRXRsUQAdazag'
    'Y0ca0LF6aL/zrR+tcSfttYr5SfYtB3NG6WAejdFVdjgcpPebm9H4VUA7boCUtrsP0s3QtkqUpx31n+UNQyvMzwpTY15vcejScKhH'
    'eVRohD86+6mDnw0KvFtFYKroFtOn3AY2XuyMmelWZ/vwJvWafqwAvaGAad4TBrNstNYxzToH0bMB8u31iO4wWtEG88f2w3dAegXQ'
    'OAaH8b55QXmcZynip9ZkimGvy3jpuydz2KsyXrkZqG07SZuYX4clqE2bSN8aAE91y/eh/UZG8ysl62dOSBmYwpkfkxyEfS9kEewC'
    '6AjYu1loHrPIrsx5dwz0l40F3sO7IG21uI8Pmrdfkncq9A3nbSP7FNMF4Ty7rGJdEC2P9278bWUm3N4XJGNmoJ4ZRKZcAulxll9v'
    'tZTpryy/3op9W0FwTkR/Re8YvzdB8p35S9Gl7yL8p+PA/NjkEK8yS3GmUhGjTkzHVwbTZy6D9lUhPKbrj+GqLeCnugkut0n4KbvE'
    'fTGtD6/ZdtQXGW6XEbqBfbXsBpoe1f/IKFB/Cd5lIvGE743mf2R62IK1mm911xrGsTI4Z8dn+euG/t6MYNYSmMVnpINph9eR8Tus'
    'vv8HezOzIcA4LbMhwDS3D511Ubo653te+h93+W1Vysjeex6kFyD+1pnUd6G2WRptCxqvtxMYUXTSI2o0qf+kjWQrBc4EPWFstgsS'
    'nMR40hzyjDgKfmJ8SynsaeoN9oM6Al/HXqeOnBOZjgU9s2P28e+5r/is+uAtwT7f4uCJM1Z0P2Rs/2b3MXT3b11evZT+0fZbxf7R'
    'ZG2qjKFNWHc3FemqsGzQK8nXqpDXTNbhRE1976RBsW5FtV/2QT+SM0bBGeOekOeL6qdcx2Y/DN+DaWQW4UCK0EPZ2imPce2I9L1t'
    'gjWUrIdkPbxW10MHkdGT9ZCsh9G8HvIjsB6C9PnJWknWymhdK5mY1somdIaQ4HuC76MV36tiwvdWiVzdS2SIVrKXPAPpf6M9JFkv'
    'yXoZreulLqb10qZhH9BF1tImg7J9An0XO5PDMHcIzhuT9Zesv9G6/spiWn8dZF1sIvtUItMn62A0r4NsTOugh6yDBO8TvH8t6LJ6'
    'CL3vIrqtTgWPlei3kvWT7BvJGUiC94cH3leWAO9Vdxb6BLovkTyf6IiTtTOa105FTGuH6oJFe4ho3SR7S7I+RvP6qBmB9aGjOxbp'
    'e5M9J1lTr5U9R5c/o+trV7JmkjXzGtaNUf7rMvQ+WRfJujjc1kVuGNZFgv8J/o91+T0I/xkfRe9UsfzJ+kjWx2hdH/UjtD7ayO8t'
    'RB7p09Q1J2suWXPJmtNbc7uSNZesueTsP9KaS2yGE7w/nPA+rjsuOy3x/cYg+/s+gZ1ZokNL1tBr9YxzMfHHuRT8ce6ZzM9syuHb'
    'SfDt6sngv2ey/1znBMhzFfLnuTbD11iQ70+dunCbdfKekeE+IJP1nKznsX6PZrjWc7KWkrU0lteS7v6yIsN9Vkfd25I1laypseyH'
    'w8HHS87icd0SfE/wfazj+9dbvfR9bQm+J/g+evE9HRO+J3ie4Plrga7j2LUJvif4Pub5mA8m+J7g++jH9xTU2Qh/GBdZHO1+SJn9'
    'PI2f6Lxj97S2o7w0PiZrK8bneVZxXOw61O4wMXAbLR5DVhW7L2xc13oNftCp50YYg7nwztF7PTKDx3xnY9dscV//LDaak8dRc02y'
    'iuMAMJuFHnTuqnumy+IZdVjRYlw6Y7yc4Art83xBn2dr9HkK9LuUfRbF6qo37H836X+jwt5K977jZqs4XhaON6gTZ5CtURa/dTUa'
    'a93yIr9iUfzJ4PHHvgSc9o2DdSWyZRPFwxPBMMVfFoP2WMu/h7JYdUGxQcPEt8E0bwGk46aatVu3jfWWeVxFGb8xH+GTaZ9xDPla'
    'gOt8H8/KO4XOPbT9CUNzFQB3tljFccLfhs4dkripNG7qoDsUpYybSmM+vRPer07me8zP9zjEp5nINgXAiaKYd3VqfHjCLsaHbIIP'
    'owIfLh36xzTCL3SilPrRDsOrBfEVThvOtjm9WX6blz57i/ftdejbhl4vPbnd+3YS+ja33Ut/9i7gmWwPR513V+7y0k3bvLTzI156'
    '+Ue8vIsRnGmXeulNbd63ObYnz8vGR3SHhvrQ2CwYE8wf1tqcv+sT8E+mdwB6JfcHZDaiqvl5dujvKEn7WkPcVejULOPU/cDQ35Ex'
    '1q1T516QL3Gd/QKb2qCxFdn+yfLoxH4LY/MblLcA8GZYatupoLjlKzLF/Tgxw+2ldGyzWB6nPW8A2RH341WLx1nH9VDfydsIbrVI'
    'xszpPxsPNg6LQXYVxUyXxYHH67sTtUE1P5RW9FhiH+k70e+CVRy/MWsFx6hmsaeyFo8ty+QBHKdxoYDPN9HV4FiVmIewJfrVKDqh'
    'MPWwuJeyOOWiWOSLJfKorl4pC98slfyZNZfFnHLP28X82CTDvalbsEeJ9GvzEY/wqO3lEd1la5fQ5AEyZ0Hwb7O9OJ10/Qa1u0UD'
    '7hfJ3i3ag1ostR/doDquGfpHQ4xjcZntyf2qNqvgbCFwZLihgnOerdaL4TparGJ/FEGwj7e5nnBZJtgGF39bDt+uJHuIqr5pNo/D'
    'u7bGS2dDOhPSpTVqOAWb6/O2EV5ZZ44HLXF5HHsmqPwfUXlW7mXEa6rKP4XKh1lXPwsor4NTd4D8Gcf62wt7nynufQaVw3OgKnct'
    'KtePeBNVuatQn/dH7HM3asOyjD7etcB+ootn56P8OzTyvw7l36+z/mHfDOIPVTDmo3OL+RY/o8gSHfp09G43vDsSvVsE75z6Jijq'
    'NYkBviDiGUUL4TFyhKeZca+XZu7nc0C/3fM4yMvo24ZzvfTMc/gZA/12zUbv23L0reINPE8B+se+VZJvs+AbXpvbYTyOQt96yDem'
    'y8Z74EIiBywkuigGJygvPm8tMzxrqIP3Jnxr3lC3lkVnm2x9sHcnbfHerUTvXgIdxTL0bt/d3ruFiEZ0oDqD+NIC8BpTiN62yZAX'
    'zqLf+BxioSCvHfL8pw7gmPDnlbCmjhboNE3WdA7WTF2Islff7qcHTpsuCHE2o2Nj8siucGc+VYZjWx3T2DrtDTu25Q/6x5aN72kh'
    'z75qEL0V0bFFAXSs2YCOHWlAx+qh/ZgH6UB8GJZt2TfReXkdgueM0VV2OByk+2QzGr9aaMcNyB5FpE+j9ihYntoe0dah2ne+8Bqz'
    'jCLPIaEp9JNR5jA9D1ftpw5+NmjaBOnSrXqmfwBdXROsUxvyJ+dSonMp7ynluZTIxuccRM8GyDdsX7PdwE5mANnX5AXlcZ6liJ9a'
    'k1HrxVeBTnsGattODf3wJtK3BovrcXTKY9sfGc2vk6yfOcT2RBa/JIpeWYeXwHrlqPpiah+oUz4rGZ+FAfytrP+6dr2JrJfIeoms'
    'l8h6iayXyHqJrJfIeomsl8h6iayXyHrDIevJfAllgUYzuloGZ2MLYC+ka6wM7kSFtSWqBn4S12FFkAGdsTjZmbOIcqA2T9Juxm/k'
    'DNtTZtiep9uK8SGLeEid+TQ5p/yrhDdtZmMzyOeS3b/9OdRXb8X92NDpdMbKotc5t8tu/XkViIqgj5Xo31VoRGsKxZbwdfH1KEVe'
    '1NbKM081Al2uTcNT4do+FQuAgU+tWYu1nhRHTNMn5duuQjy1oTtqG44R1kNUoS6wtT4e0X4nzQ+K1yz9bmKzQGV1HbpWacjfdwKM'
    'rBZ/H8OTSo9W9j6jzaSHetbqSAHKukuti4iTfznSAHdl/IpuecaPHmdQplT8SCnqH07+43ea/IcD80nIl074kIQPSfiQ2PmQOPmJ'
    'uOlSwj+MXf5Bl29ohL03zJ7mnAeJdCY5Bc+xULLHRbl3tSji+fgiq/ie1JHW8N2XKqAzXZMyWLeV1TiLX0TmPbl3ldy7Su5dJfeu'
    'kntXyb2r5N5Vcu8qscVLbPESW7zEFi+xxUts8RJbvMQWL7HFS2zxElu8xBZvNN27wrrlKkRby4muc5Ulv39VBjDxmfVi0PHKeFPM'
    '5zOdLy2/DOXFfcW+vmiZFQF1Mv20Ca+QQbIQ5hV0fWU7bf+4XcwzUB/VOO81thluYdxwyu9G5TeHaGunXexP3LT8JaT9puXPsKOt'
    '+zW2mh9ZZqv5kbl2sS5Jt/2TUbmtBuVqUJs6iA6L5ckCbBXMdlLur4jObTZo03Og34ri153Behy1YbtGuW1Q7n5UTpfWOuW+a1iu'
    'T6B7NMHbz6D9Rra2P4Zg9xjAfh+C3SOB/S6UZ7MkT7/hHLBy7YK9lMJ+K4K9yQD22YJ2t5E8pwnGluY5AeXZKcmzQoMnmB+SJ5iC'
    'eBlab6NAnmTfatG3zeQblvdk8hI7q2R8gSi+ia6s3Yx4CBv4lAbEQzB+wtTGIqrOVRVjT8a71EB9cyG9RMC7YP0Ky7eR8BoslgLL'
    'nwd7V9ZOUVnMo0yy5LF30gCfnutT+LjtlcjmTXQ+jfuNdXJ47LIRxg6/n0t0Vmwec+ics9Yq9quaEdjqicaTzlXQONqa4zhXomvT'
    'aTftd5TxT6HxL7f8/marSb1rreD7/jUBdZUp6qqJwWaExkspE5zXLBLQyF6kV2P5vwvvjoZ5091LMJ3FMWEone0l3zCd7UM8GNU7'
    'lhGbEp14ahOhXRmEu9jfQxBtKRAZbKPEXqURzZtt+WPh6La3HtEsp69HQL0n5+BcHdJTId1AfrM1w/Kth3SepPzpOa8fRxzB65oL'
    '35ZDugTljaMup6KJMdV1NBmH9VDHM5N4HVHHTlbHTyd59+EwT8FkywHbb6ui4zscr40ujTLbiOx54yRPjsfl7k176WNpv7zwLfj2'
    'F8G3W+DbQ4Jvd8G3P6V5W+5Ie+kPIb05rS7ztbS/rNOPnUP9WEPq/AGUv9uwH3fCt8dRvfek9ct/D759y4o+RrL+rp7k0VrMZ7YI'
    '7IyiyIHbiEzeL9FfNE3ifvppW3oFdi1x1fvyRD4GI7me3Hg20JbZQKOdfN+B+TwF0u8fxcvdDPN5ezr+tfDNiZ7c5Lz7pgHefhe+'
    'PW+4XoYD36+Y6MWlUeFOm0Bm05337VZxfDxsS+XKyxO5nVyf4BxSJKMH0WAVfp+E6qOx9jpLUN8sQX30XLMvxvoqJvLYe6I4NxhW'
    'tyHsF5rEY6cbs/GgYX1PNPG+bJX0pVPSNxXsO6EvpnFIeix/fCERnlO+/gtN4deaaj3prEWnDe+G8XS+22ATuhLSaZBORbaiTjoF'
    '0iWQToS0CdIzakBf3sTjF0XdIyne0n2oFc2tU/eZTZ5MHPfY0jlc1sRt0m8me8s3CI19MB3MNzH+R0SXJzZ5Z2vsW9B+guE8kC7N'
    'PvGXRh67B++to2kv+0mjh3+6OBDnHnZTI8eLLoK7O2Ks57pGvsZ0YlltjrHuPlT3cPLGrq0uGt9tBmcSpvvNak0c2oXSuPjuyY2e'
    'voPay1P50gRmGRq3UskQTj1/mFAa+ktx8NEJHAdbSFvaLb1YfnhP79Ms4/L/hn3sC9nHT04Y/n2U4cs7J3B82ULavUMiz+nwfzhW'
    'omurH1APHZd+KzjWXBC/cxqqp1twtoTfR+GrFqA5w/Q/Cu3VrbsG9ZHG/d4cYz0vjue+TRhPOAPSZkjLIV1eU8xjMl5yOuIh3bs6'
    '4/m9kT4iVxwg49lOziMWo/uT7v4fA6ylAOs7McBaBrC+FAOs5Wz/jwHWCoC1JwZYxwCs7THAOhZgvTkGWCvZ+o8BFruXuzwCrCVW'
    '8T3eaTHAYnhfEwMshvevNHBY1baY3tN9oEtAa9x4thFgtRE7pccaeHza4dgTnTpvRXX2WMExf2k9uvoQOmafGoY66di+C82TSHYx'
    'kY+3IVimexGFdWEArAFDWKc0cHma6oDpuUSQ/Kmrh74tHSyrTkN9C8P/MNnDXf8N/P563PpTB/5L4zj8uPWlDvzfCODHpR914N87'
    'zk8fw+hDHVjfkIxFHPpPd/2jtrYpZEGV7Pd+BCuK7tS1lxsXnkZQ+WbTOP+6fs6AX8WwzhoXnt5QWGvQ3MYtk7i28gh+q4EOQ5fG'
    'VWm0f5NC5hfhLpPZXqwvbr+O7slk/PfVe3uf7v69i9QzYHC+yNbIHfV8v91mYCNLZXyTOj9f793XjrKXUz6qJ0Q79qD53Eng0f31'
    'YtscfkfEsTXRXa634a4M6tNmSV96Q7bF1f+XaO5M+1mHxjZo7uJoJ6vzxTo+tu0SehjGLoDB3wfwTfVrKvrC6Nc9ddH3MAbr5rrw'
    'vCmF9Zk6P92TrSvc9ih6sSvr/HpukU33ioyXHp8p5n1PgrxXT/bS96AyZ0GZJZCuzfD37v4/AnWfAXWfDPOGzzuZrmoCOQ+dqNBd'
    'La7zbATDyt2un4gIMJjMXhMBBtNR/V9teBhMN/X7CDCYTupXEWAwXdSPIsBgOqjvRIDBdE83RIDBdE4fRzDC8KQOjPciGN2C+1T4'
    'vYy37K/17FKDznR17avuUcjGb67108OgulTyuKuXhne2pM7ja/neoyPfU7uy2xV9mhkRvkqfUI3meKvBfoH1CK8W/Hiy2RBPflfQ'
    'x9c2yX74S4129CtkiQcK3OdeXOfFrvxf8K+DUpwPO3V9Ao1DmPNg974cGgcZXuww5FkduJciuFuIDL/DkB/BcC8WwG2LAe4pgnHo'
    '14Aj8imI71ksCrFmKK5OKXBfIg9lwUYc0mcg/QV5/zCkz2Zh/SMYK/NeeiKkMyBdCOmZkM6HdHEe1n8Nh5GFb+NJmaMgPUkC43cI'
    'xizSjpWa7fhljfmed4DM9wM13jrF/PcBUlZHvtSxC/hqDfdheUCgu9fBsbDnGU79H65R7+8vKOj25TVqOhFG59WO5qElhJ2GiX3G'
    'GagP7ZJzpa4Qeq9jBOPbZ7jGZyIYOnoJnI/pUxoE/ZPJ3yZ6mn9Ue3Cj6t2oPP9stRqnwtiOPFLtn49+Tf6Awbir2o+Xca5ZPPdf'
    'QuOwPsNl2yC/kFh2XQzpaiJHXxszXCYjD1R7Oi6WRwVvGZQ/WXFHXFeGXwztuLDaLwdQv7ns3nlcuonVw1gnG+8pgvUn8gHM9CGr'
    'yPzJ+lIeM1zW3j9X+ddOf0jarto/nqjy7oJifc2KGn5v1PUNWlN8t/ZHqMxaYtvOykwnZW6v4nwLtW2aI7GLzyDYrr8MQVuXK+r9'
    'LKqX2UodTWynahT1fhjBmEvqLYN0ngLG5YJ2UHv/6Qp9WCeC0SSBMVvRjourOE3roHfPDPYKvM+4/L8AZ4+yzfmQbg0+ZG4Vv2e9'
    'Du6qNpN7tbPJ/dol7P4vKruMlGV3dE8RwHTP/1BZdlf2ZFJ2g6Ts/1XysrMNy/4vKkvv9K5TtPkpVHYRGZNlirIPobIL4NtSwbjS'
    'O8fu/l/J79ozHuEiW6zH7yL80i0GZdsIHl6Pym4jcu0Rtv9MEdf7UYOytN73oLIqWyxa7w6DsrTedlTWRK5w9/9KHnsg6j7jwFsv'
    'aMtBiXxA5aMVgra0a9IESj9c+x/UFhM7D9efKcL7gwJ9ANYTPET0BGlUluoaHiG/DyDdg3v+V8HLsm8HiX7iNxL9xNOo7H6JLkNW'
    '9nFUdh7oCtYgnYHLE5Dfa0GXcB8qy3Qac4n+gZXZAOlSKHsrKivTqaQkOowbUdlm0kaV/uOTqKxMhyKr94MV+uuN6kx2V/B4Iqzs'
    'ywbypI6Mvjmgjs6Y6ji9wr9WTWU7LL8dg+Btl9CAdgN9wvSK4pgqOn3GdXUReDUIXqekTKdB+17OcxzqlMjXbQIa6Or/UFnZfaMB'
    'iW3FvjzHDZ32mthNsDp+kJfPZa/hvUAH3tcQvLPIeXWQzLxYIrN9KiZ4TFZ7H5oPludEkneFRL9wWYiyrN6357lOdLh1CG6cCDSO'
    'x2fU8rxKL7AiJnhsfKblOY2fViOW/2QyUn2e+4qdppCFy1Bem+SdQvK+Wu5v0wqJLQRt0x9QWSpzz1HIjb8p522coujPo+Xy/tC8'
    '96O8cxV5bw+AS2X2W1BfxxObkZmKcboe1TNe0aZPBIwLbdOHUN4mBdyryvm6ltlQbSd0n/mEfEe5f2/tVdwBXmJzOorPPB14G8u5'
    'zoT6mpLJyOegMkdL5OvTiY+oU1CZ2ZplVgratkHgS4u9d8rMCyizXlJmiqA/q4gMfCz67dr/CfqjKpNBZU6VyNpUTv5rmb9tp5P+'
    'UH9cv4UyonPTVomM+WuNMlS2fAiVeVli19dL6vkBKtMqOSugbftPjTK0bTeWeT7kVHKhyH4X1/3xkHB88j/qA9NV/IHw4bTuyzTK'
    '0Hq2lXF/7rr8lYiHv6jMH9/PlId37/+hPtD2tAn4UqfMqoAyveTsi/lGXIDKtAXoEjCvPFWjngFSZpxgXDaFGBcbwdlKcLrLQFb4'
    'Y04Ox0Tm+HXO368dIfr14xynV09mxfoGqhP5PirzENFrMH0Kg7UPytyMyjwK3/5Hocf4AiozOS/WDVD9xcdRmXmaOo8PoDJM13AC'
    'yct0D5OgzOWCtq1D+hAMoxzK9KAyTLfSSPQUZyJ9iSv/ozK07zKdxgU5P005oLDlEdGU9Tk9Whrk76kAOmbVuqV2QjNz+jTlkP8/'
    '1G9deVgEJ6dR9zNkPf49y8uI6AM+n2Flfh9QplNS5qmsP/5qkA6ky0A2v98QtsmZ/s1ZzgevyfhlcNOz7k+jsdtoi3mMFoJT12a5'
    'bzTVuOjGt2X7+C4Em+LMLgV/r1qHm7L+vXIXwZNXCV0/H7Vnm6a/GpUMwuKYnZDlstMphA9eQnjoZQF5KV/fjPIuJzLHbMSju/HR'
    'UN7p8G2xoC2u/I/yUp6c5i1Deen54QZ0ZubK/xkemyWIn3by/gnlHSA0GfOKTt7/yXCf+qa8hqv/DyjfqVH+XtTW7eTch/J+t0Fd'
    'YfwYOeW/guqS0U1GQz4XkLeT2GZ/TNCHFrJ2GE39gACuyObX9f+J8gbZ8br+vzL+eDQyW0DRum+VzKPO3Wk3VnfI8oyGrM/4Yw8x'
    'vH6FzONxAXn7Sd6FGb7GniS85n7EP7p+3APy7iN5mwRzI7KDde1/Bfghsnd1faUH4NJWwjv8Nc3zys4CGI7+Pi3GD10ZYF+a8zth'
    '91TX/ge1eSWUfwPSpWO97h0aeZnO9psBeanu/EaNvAzuZ9J+PiWO+3Cu/h+1o1vAH2Jd3O60HC96Cc5fmvbHxtqmMddsz21J8/gz'
    'WyU8yIUojwj/3fv/aX8cG2pHcCrKI9IluPd/AuBsZf5/BG3uJ22eF5CH0aHpgvbg8zrX/2daL74V3ofc+KIItsgW3F3/KI/oHqzL'
    '/6d4nlbJWdrzKf+YHSTj+kyqOM6SDk1wyj0ZUD/bqx9KyeeM0aT7Uv7xoLGFvp/yx1Sie/W3Uv45ozR4ryAPPR+9Ho2Hrg8Fd/8X'
    'wKb78zWCMXuOwHk35MF6CqbjeBr2nYGAPAcgz6WCPA+R/asD5ZlM7o00g2y/EbX5gGRtXiCY5wNkbZ6Z8q+7l8naXB+Qh63N1QJ8'
    'bdPA1wUBc8/sdmYE5GG4eETKH4+P6ljrA/Ce0Y886oeujYHr/wvF3uuU0KY/22a0ifXtoO1fi30kz6/s4vWhc2/PKfegZpsoz3JH'
    'QH9Zm/6TxD/U8R3h3v+1/fHcBghd+SyCravjccr9s+2PRxjGv4Pr/8v2x4ujclG/7Y+7h2NCsHiZ42K603SRIC5lL8HVs205f8D2'
    'sdMEOEfn9wQB7qj8L7j3/zXLUR5humE5RpsaEK7o2oa4+j9UTveeiFPubxYfOxE/7ur/UR6RjYgr/wfAYfzyrwPyHAd5fo7yiHh1'
    'V/8fkGc15Lnb4uOha5vi8v+Wf95UfLp7/8fy/KbGdafEXf+oD7r2KO7+L+iD6k4Ii5eZD5AjCoCn+QAdZgHKjItBZ0njZYruCtB4'
    'mSJbBxovU3Q3gMbLFOksabxMXZmIxcusMdRt4jhuWGfYnCuO44bPgNi5DY6XyWJA07iULCZbUMzKMDHgKiGvLAZcqWK5NVrF8brL'
    'LK6HyRB7mWZiLzPBktvh0LyVll+2StvF+Mb6pxvzk8WiY/G3y6xi363HCfBhqVXsbzYv+LZC0p6UpY5zmIW/cngvy9sIenDLMotz'
    '6pR73i6er0kCOyNqL8J8qIhsQNoU+Ozal9ncx1U3gddO4GJfVwwHVPBvs/n9pk7Un6B2t2jA/aLNbWcpvE5NmqKqw4nH3hDjWFxm'
    'F5/5y9qsgrPF9tsOiHBDBec826+HCzorw+dxKtjH2zxu0jLFfq3amx2eRVXfNBgTbI85W2CjqIJTQDHot6Ex1Z3jQUtcnuGOqvwf'
    'UflOIrNv1ij/FCofZl39LKC8Dk7dgfidqOsPx2M3wb3PCPiLTo1y16Jy/YhnUpW7CvV5f8Q+d6M2LMvo410L7Ce6eHY+yr9DI//r'
    'UP79Ousf9s0gWUMFY77F4wLPh3ezLX9s4eno3W54dyR6t4jZlwBvE0dccvcOpuWPE2yy37cQHiNH+J0Z9wK/dj+fA/rtnschxh/6'
    'tuFcsEU6B3R8gm/XbAQdP/pW8QaepwD9Y98qybdZFo+b3ELki6Msf8z77WgOKskeuBDlwfNajfL2KPJiHr8sBK9ZbpnFvc4b1IHj'
    'Ya9C64O9O2kL2F+jdy+1gf0Ferfvbjh/RTSiA9UZxJcWgNeYgsYtA30w4YVFcc8ZPJrXDsn/1wEcE/68EtbU0WTcC4ZrOgdrpi5E'
    '2atv99MDp00XWObyAI5Pb5OxXgXpI7vM4dbBb5OxrY5pbJ32hh3b8gf9Y8vG9zQr3DjUIHoromOLAuhYswEdO9KAjtUjeZrGBOi1'
    '/DHrOwAvKgR0sIDG6Co7HA7SfbIZjR+Tv2+ANC+xl9gs0BW0k/OcvpC0wnl/CfTfdblpq56UPZafQ0JT6CejzGGCPzr7qYOfDQq8'
    'W0VgquhWPdM/gA6yCdapDfln+/Am9Zp+8Pz+Y3CwTDzzh7LtCYNZNlrrmGadg+jZAPn2estvY6Xj15Tpw1db/rNjalexFPFTazLq'
    '8w52RjADtU3Ht/4m0rcGi+txdMrjeCcyml8nWT9z0Lqoh3/XoNWeh7XMdJw2WVs1ZO+0YM6OsIp958zOif3isN9TyR0+dqdunqT8'
    '6cxP0BG8LmbXu1xynzFqXU5FE2Oq62jJncFnJvE6oo6drI6fDtUxM+AMO2z8gl6DuwnbyJnZjZO89YbL3Qu2dY8J4lEFxVg2jaNM'
    'fUzr+O6W+Z/eOdSPNVZwvGvdftB4XMxn+GiKNb16ksf/D3csZFGcp6ZJnhxbyhi/onpfnsjHYCTXk+snENqi61/95rQ/lnlca+Gb'
    'E72ztWawGdbFWxrXfTTh+xVDfZoW8l5EXPHH3zqRn6HEHedOhN8nofrijnsnqm+WoL644uCJ6quYyO9URYmLJ4L9QpN47OKIkyeq'
    '74km3pcose5EsO+EvkS5N2oSx+0LTeHXWlyxnt8N44n9oawkfl2oP9QpEp+fzB/JGcxPaNPwxzdndjxnNpUmTj2dw2VN3F7hZrK3'
    'fIPQ2AfTwXwTjplC6fLEJh7X9I508H6C4TyQLs0+8ZdGT7aie+to2st+0uiPP6WyX45rD7upkeOF6O5FXPVc18jXmO49g7jq7kN1'
    'Dydv7J7jovGNK+6LaE9YrYlDUePAiOqe3OjZk4aNCyOCWYbGrVQyhOsnbEJp6C/FwUcncByM4jt2wDKPQ/FNwz72hezjJycM/z7K'
    '8OWdEzi+yOL0tAnabRrroSWgnqgxefFYnobqUcXxicJXLUBzhul/FNqrW3cN6mOYWMm69bw43qNPIl/6zF62nPiptxU+Ap8a74/h'
    'rRtLb7FVHHPxJzHAYrEXvxMDLBaD8UsxwGKxGK+LARazD94TAywWm3F7DLBYjMY3xwCLxWo8LQZYzA57eQRYS4jd9rQYYDG8r4kB'
    'FsP7Vxo4LBOf8JTWuHGCIsCid5Ifa+BxkYdjT3T9hKM6ewT7WJQ7erIx+9Qw1EnH9l0N4eMnU/l4W4M8fvJmQ1gXNoSPxeyLE9jA'
    '5WmqA6bnEkHyp64eWhXXcxrqWxj+B991rWngdxvi1p868F8ax+HHrS91/QQL4MelH3X9BI3z08cw+lA3TqhkLOLQf7rrH7XVJH6E'
    'SPZ7P4IVRXfq3hMcFz3GOqNxm8b51/VzBvwqhnXWuPD0hsJag+Y2bpnEtaNA8HXvwJvQuCqN9m9SyPxBfnxerC9uv47uyWT899X7'
    'Y7SFiVdoEiPxjnq+3+r6ABDJ+CZ1fr7es+WPesdf5mdYtx170HyK/APgei62zeF3RBxbE90li035etQnnXicpnEmlpVo7kz7WYfG'
    'Nmju4mgnq/PFOj62qjilAyHg76vjsdRN9Gsq+sLo1z110fcwBuvmuvC8KYX1mTo/3VP5qYiqF7uyzq/njsM3mU7MjU0jUDfzyXYy'
    'zJsoluMEch46UaG7WlzH49WGkbvdO0QRYDCZvSYCDKaj+r/a8DCYbur3EWAwndSvIsBguqgfRYDBdFDfiQCD6Z5uiACD6Zw+Xmse'
    'M536yXtvrTqOeLeCt+yv9exSg850de2r7lHIxm+u9dPDoLpU8rirl4Z3tqTO42v53qMj31O7stsVfZoZEb5Kn1CN5tgkHiPWI7xa'
    '8OPJZkM8+V1BH19l8RN+qdGOfoUs8UCB+2OI67zYlf8L/nVQivNhN04QGocw58Gun9CCOlb7DkOe1fUTiOAG+Rc2hXuxAG5bDHBP'
    'EYyDro9hUewado9rUYg1Q3F1SoHfM6OxO58hcTgfk8SgqEYwZDEtVfEpX63hMFjch/GkzFHE3yOF8TsEQxbjUtWOX9aY73k05uUD'
    'NTwudJDf5DjiUn61hvs3Efm61MGxKP6yPlyj3t9fUNDty2vUdCKMzqu9xh+f2zTGr+48nIH60C45V+oKofc6RjC+fYZrfCaCoaOX'
    'EPlhaxD0TyZ/m+hp/lHtwY2qd6Py/LPVapwKYzvySLV/Pvo1+QMG465qP17GuWbx3H8JjYOun0Ysuy6W+CK/Nma4TEYeqPZ0XCMR'
    '4xPHTrmw2i8HRPGvqKObWD2MdbLxniJYfyrfjXj+ZH0pjxkua++fq/xrJ2z8dtX+8UQVjytFY5fK4mD+CJWhMUtlcTZvr+J8C7Vt'
    'miOxi6cxQPcK2rpcUe9nUb00Tiz7XaOo98MIxlxSbxmk8xQwLhe0g9r7T1fowzoRjCYJjNmKdlxcxWmayPen7l5BffqeIsBZ7AvU'
    'xGZExYfMreJ+G9dJYpLKYqAegcouI2VpnJ9mUrYKlWV3ZU8mZTdIyv5fJS8727Ds/6Ky9E7vOkWbn0JlF0lil8rKPoTKLkAxj+i4'
    'iuKf3lXJ/ZswHuEiW6zHp/EzbzEoS328X4/KbiNy7RG2/0wR1/tRg7K+OKGorMoWi9a7w6AsrbcdlTWRK9z9v9IfkzjsPuPGCRC0'
    '5aBEPqDy0QpBW9o1aQKlH679D2qLiZ2H6+sG4f1BgT4gKCZmGpWluoZHyO8DSPfgnv9V8LIHSDzNXyhiZD6Nyu6X6DJkZR9HZVms'
    'zDWaMTPvQ2WZTmMu0T+wMhtQXEzX/g+VlelUZLEtb0RlaTxMlf7jk6isTIciq/eDFfrrjepMdldwX7OiWBtx6Eo2B9TRGVMdp1f4'
    '16qpbIflt2MQvO0SGtBuoE+YXlHsb1c3XkC74OzaPf9D8DolZUxi9r6c5zgkiw3WZonj4PwOlVXFPqa2FfvyHDd0Y2aY2m/8IC+f'
    'y17De4EOvK8heLqxG2i8BSyzfSomeExWex+aD1EcByz/Uf3CZSHKsnrfnuc60eHWIbg+RNE46sZRCJKlV8QEj43PtDyn8dNqxPKf'
    'TEaqz3O/9dMUsnAZymuTvFNI3lfL/W1aIbGFoG36AypLZe45CrnxN+VyP/y0P4+Wy/tD896P8s5V5L09AC6V2W9BfR1PbEZmKsbp'
    'elTPeEWbPhEwLrRNH0J5mxRwryrn61pmQ7Wd0H3mQ+wd5f69tVdxB1gUo5f5d9lYznUm1NeUTEY+B5U5WiJfn058RJ2CyszWLLNS'
    '0LYNAl9aODbwvIAy6yVlpgj6s4rIwMeSeMV1gv6oymRQmVMlsjaVk/9a5m/b6aQ/1B/Xb8t4HGh6btoqkTF/rVGGypYPoTJBcY1x'
    'PT9AZVolZwW0bf+pUYa27cYyvZj0IvtdXPfHQ8Lxyf+oDziOM+bDad2XaZSh9Wwr477+dPkrYZywMn/sB1Me3r3/h/pA29NmiWOi'
    'rQoo00vOvjrY/d8yf+zzLoWdy1SNegZImXGCcdkUYlxsBMc0djduzx9zcjgmMsevc/5+7QjRrx/nOL16MivWN1CdyPdRmYeIXuPZ'
    'bDGsfVDmZlTmUfj2Pwo9xhdQmcl5sW6A6i8+jsrM09R5fACVYbqGE0hepnuYBGUuF7RtHdKHYBgs3lQPKsN0K41ET3Em0pe48j8q'
    'Q/su02lckPPTlAMKWx4RTVmf06OlQf6eCqBjVq1baic0M6dPUw75/0P91pWHRXByGnU/Q9bj37O8jCzefQcp8/uAMp2SMk9l/bF5'
    'VLEWdWXz+w1hm5zp35zlfHDYmOb4rPvTaOxEMfZobBj3/D/LfaNFibknOi/bhWCLYjAH8feqdbgp698rdxE8eZXQ9fNRe3Rj6alk'
    'kENxArNcdjqF8MFLCA+9LCAv5eubUd7lROaYjXh013c+ysti/i0WtMWV/1FeypPTvGUoLz0/3IDOzFz5P8P99wfx007eP6G8A4Qm'
    'Y17RjROa4f6jTXkNV/8fUL5To/y9qK2ieOaY97sN6grjx8gp/xVUl4xuMhryuYC8ncQ2+2OCPrSQtcNo6gcEcEU2v67/T5Q3yI7X'
    '9f+V8fsol9kCitZ9q2Qede5Ou3HcQpZnNGR9pjiWBcbrV8g8HheQl8YZXpjha+xJwmvuJ7HTjw7Iu4/kbRLMjcgO1rX/FeCHyN7V'
    '9aMegEtbCe/w1zTPKzsLYDj6+7QYP3RlgH1pzu+E3VNd+x/UZlE8YazXvUMjL9PZfjMgL9Wd36iRl8H9TNrPp8RxH87V/6N2iOL7'
    'Yl3c7rQcL3oJzl+K5lo3Ji7ec1vSPF7BVgkPcmFaHgecxR0+K+2Pe0DtCE5N++MA95A8xwfA2cr8/wjaTGOAzwvIw+jQdEF78Hmd'
    '6/8zrRf3Hu9DbuyZtD+e8zYyd6m0P5ZtN9kX/p7ieVolZ2nPp/xjdpCM6zMpHnNClyY45Z4MqJ/t1Q+l5HPGaNJ9KXl8azYe30/5'
    'Y0DTvfpbKf+cURq8V5CHno9ej8ZD14eCu/8LYNP9+RrBmD1H4Lwb8mA9BdNxPA37zkBAngOQ51JBnofI/tWB8kwm90aaQbbfiNp8'
    'QLI2LxDM8wGyNs9M+dfdy2Rtrg/Iw9bmagG+tmng64KAuWd2OzMC8jBcPCLljx1Fdaz1AXjP6Ece9UPXxsD1/2Vz2J0S2vRn24w2'
    'sb4dtP1rsY/k+ZVdvD507u055R7UbBPlWe4I6C9r03/a/jirOzVw4gYEW3RXwrX/RbB1dTxOuX+2vXvsUf07uP6/UDt3SuSifpRH'
    'FBPCtf+1uU+EqHeaLrL966CX4OrZtpw/YPvYaQKco/N7ggB3VP4X3Pv/muUojzDdsByjTQ0IV3RtQ1z9Hyqne0/EKfc3i4+diB9n'
    'cZzzATYirvwfAIfxy78OyHMc5Pk5yiPi1V39f0Ce1ZDnbouPh65tisv/W/55U/Hp7v0fy/ObGtedEnf9oz7o2qO4+7+gD6o7IQXA'
    'xXyAHFEAPM0H6DALUGZcDDpLd/2j+kR3Bdz1j/KIbB3c9W/592V8N6AA/inyATpLFse5xlAmcs//Lf/+0qLRfxaXEusMm3PFsTPx'
    'GRA7t8Fx1GRxCBda/tiGqjijKcsstrDjEsKRe2eh92UAV9emu9HiMfW6rGL/nbXoWy/5hmOL9pGzXBrnWhafdj4aK8twvJx2P0j6'
    'TXm6brJviHC5n+zlGJd3CuwoKC5TvyT9AlzeYnDfd4qlx4fRs4xazXJ0L8VxVFmc8ZyVxL0cqbiXKlqiikevWjcsjnnGKo4hv4T4'
    'zcH0b6lV7HuZxt7ViQ2dhTXrnOnQtW5prPXn7eK1PklgM0dtn5g/IJE9U5tiPF1bSZv7a+sm8NoJXOy3jc2ZCv5tNr+r12kVx4ie'
    'GmCHpYL7RZvbgVN4nZr7o6qOa+xiG/yoY3GZXWy/ImuzCs4W228HI8INFZzzbL9OOYgOY3qsgn28zWOALVPwnio+0+G/VfVNgzHB'
    'tsWzBfa2KjgFm+ust6Ex1Z3jQUtcnuGOqvwfUflOon/arFH+KVQ+zLr6WUB5HZy6A/HuUdffXsRfmODeZwS8cqdGuWtRuX7EZ6nK'
    'XYX6vD9in7tRG5Zl9PGuBfYTXTw7H+XfoZH/dSj/fp31D3tikNysgjEf9lT2vgDwslaxrfp09G43vDsSvVvEbKUsby/S4TFU+7V7'
    'n1giC+ju9y2Ef8gRfmXGvWCbfz+fA/rtnschXiX6tuFcsKs7h8f9pt+u2QjnVehbxRt4ngL0j32rJN9mIdmohcjKR6FvPeQbk5Xw'
    'HrgQ5cHzWo3y9ijyYnm1zGAeGK9YbiiX5g3qKEO4uAqtD/bupC1wlwC9e6kNbInQu313gy0BohEdqE4roM0F4DWmoHHLQB9M+Nws'
    '+o3l3IWCvLaEl1aNVx3AMeG9K2FNHU3GvWC4pnOwZupClL36dj89cNp0gWUuDwTpFFZB+sguc7h18NtkbKtjGlunvWHHtvxB/9iy'
    '8T3NCjcONYjeiujYogA61mxAx440oGP1SO9C41v0CvRSHYAXFQI6WEBjdJUdDgfpPtmMxo/pzm4guilq+8POlSst/3nNdmp3YEgr'
    'qn06HNWTssfyc0hoCv1klDlM8EdnP3Xws0GBd6sITBXdqmf6B9BBMt2fDfkT3d/I6P7YWsc06xxEzwbIt9dbfntBHR+97GxntUBn'
    'Tm2EliJ+ak1GfXbHzrtmoLbpxInYRPrWYHE9jk55HLtHRvPrJOtnDloX9fDvGrTay2AtZ2CPYrS1E+rJatBWSlnTY4u0ukP13rXh'
    'cB+e6WsjUN6Uxroz5YEshMMm8szx5HwXn0PJ9Jr4PS3XKciP7edEuixdf2/dAns93BaVjZ1ra5jxZGzR/a0eSRt1fISIfPuLbPFb'
    'yfedBvceo7RjE7GF+vjQOKy1xPGBW2NqS7fgrjHWw04dxnmg/X9TxttTRDaW2PY1zBroInS+V3NPoTy3yfjSdYDPiSejvpqMtch2'
    'sY3IO1MFOBRHnHpd3KF9PZD2zgdF84LbrItHWyTjQ20x2Z3Kv2jyNkF9+HpAH7pK2AedeXlBE+euSHtyt8wPuW48uQ6JPU+vpW//'
    '2WKJ/Xj3C2iGa2s01Pa5I4hD/y05x6VjPGuonTMlNlFdApv/Uuzb1NehE3PlOEseQz6KDauM3m2x5P5g8biq7iLo2Di7d41THLdN'
    '+P2OUbDv/VvKOw/QjePaR+Btl8y/ydqW0fIdEluozhSP50tpCb2ztEnTjl/U9j7N9mxIeWcjOnyz6X7bpljzc1DdHSXmyenarkh5'
    '8udo3ncO2B4s0djr8CY69yfaBHOngzfftXkcx1LxYXQ8Pm3LcbFVMA9xz8flNvfFHbbPWzXXxiZ7ZGnrSbZ3LifjG3T9WIp8YgXV'
    'OwPV22Yow4nkP8oriMaO3TWYFrLeuMb8aYv7ioib1v7U4rZPveSOnS4tYWVE40nvrt5i8fEcKb3AP6M+m7ZB5pM8qL5+ZB9pgkOm'
    'vPLFFt83t4dYG2H5CzfWONwJiYvuM/uZSSFwss8QJ6stv28EkZ4E669z6Ny/EnSN96Oz7/EWtyWdI9Bv1xnqP3Og16a6cKyPbULn'
    'TJUILjsnwWclg/Aw24hyaG8L6CkngO3UIGpDBvpFy6wb+nsz/PvOob/fCPIEwaV9SiH9fjXS7+eh/nKYC3aO5ozpxkjnrGP71NUd'
    '0whnARmNPE3ERsx0Dsb2Sbc3B1dbkZ7pJucpqnsHQXQkj+YwS9YvpgV5tM6zhBao6nEI0Uvw/krAEaftl5Lzcnqmd7jgSVr/yRjZ'
    'S0jOvRktVz/ynIMhnoIAB+n+o6I9DJ96ED4l8+6fd8GcXxF1zuOcd9cmfOgf59refP4G8SXJun7treuEB/DPc2YYeICElo4NWjoZ'
    '5F8mB6UJr+VcOrr+CX7WevCW4vupurb2KfQb82o2ksM6EA1oBRhhcNkOIgOp0qy5kjwe6LQOtoR5ROVtBd9fSfQIOaT/qEV0m+kh'
    'Kgz0DwwHrAQHRi0OiGQtZgP3d3hfiXgwGR1ZiHBkKpR7Bsn5FQAjEwAHl8f3xBZ/1Uuvvc9/r33y/V76l73FdCkLeiWGe99D9qSH'
    '0+PNXSrtjFs25/XbXWn5ispDi83tZE3MdZo8tVqFa3lSqwHJCsqnyFMetu+1BiNjq8fR1uuCi/Kip852yttSO3Vpo23FOnN9HNre'
    'nf0y4BuY3FVmFcdOmkrWcEpzDdO1y+r9MKmvPKC+tIKH0amvl9SXD6gvY0CjZPVdUMLxxPSO1beqhOMpqm9KCcdTVF9C0xOantD0'
    'YB26iL7LZDR8VlaO9gr2u9ryr01254bJd+x9kMxYHcBnZgzawOrOxFQ3PrdQ1e28Ox5NSTOibTbKL5uHJiJDBd0BPt4gPzsnpWfG'
    'OB+W7xoMzpnDzBfty9mQnmcV+/jQOWcKe06EdQ8T0BjkkEzUgHBHdOY9/aqp7h97rhjcfaLzR8c96Ay7CdqF5WPdc+hGsBtgZZ29'
    '4RSL+8tyvo+TrM9qNH665+j1CEYByfx4T55F8mB/D9RHSKnHx/UPbXm+sbC+YjakE6cW12GHrAPfw6d2FOUIbx3YTv+cewlLGYFH'
    '55XD5ZvNxC6kGuqeAPO3COpff3NxvSo4Yf1dRm3nz+81b2fGsJ3M191EohMx9euw+z7/mlloif1oPBHChwHbkxz474c+XQ39Cc0w'
    'jTBnXMwPORiTyR56nWMra8QYY8qqhdQV1pqzqoEVyou6cWUs73Ktgx+7AT/KhmcinfFKMx4iqyqZG3VIuSdswamYUYkgoYSTgFJF'
    '838J2is7zvO+Ml3Fofhw1/L32K904os3mi9eh34n/jhGxh8Hk2nYHntJ4rs28V1rJb5rE9+1ie/axHdt4rs28V0r3u/nEbk/S/hD'
    'x1fkNLQeM6CXsgz0DMzvm66eB+tnRfqDxN9u4m838beb+NtN/O0m/nYTf7uJv93E327ibzfxt5v42y21v13Vd3punj9Mz82duvre'
    'OnrOx10+pr305+Am7Xm6jfudMeUPME9aPsjXApvTKsiXRrYB4xG+ubYrg2J49DvjY+anw50HJLJ2ImsnsnYiayeydiJrJ7J2Imsn'
    'snYiayeydiJrj0RsmyqL3xWotMQ+hqnP4tNg/eH9sUNRZhUas02Wvr9WZuc3F8ZNVY76QRb59i3AeXEc8LpC7l/0/FaHpjIZvxnG'
    'vwpk2Dwj33cGE3EbnZub7LMin2xMpk5Z/H5QGcnH+BsL0d8CkiFEd3OCfMBR3E1De3Nk/7DRnB5tFd91kd3VonCdMckZ8k1laB3K'
    '7irRM/lLCB9YAzDZN8z/L4B0HrLNTQnkvypJvxxSdhHRlU22gv2X45gHpj686RqZjGwfNxnQdOr/VmQTJ1qLdWTuo8RJwDaZ9B4V'
    '09VRv9q47QOW3685W8+MV58p0LdhW6fuEGPVJbBV04mhwvR39URHlbf8voDx2K9Ce2qr5rgym6AJArtonfgRQTjH6HwccEX6JnyH'
    'jt1PaIZ8tuWPrSXa80X1d0rwSBQbgq5zB9YbyTqfomm7F2WNdJGxmgn0F/tup37RWwxwupesxQWWfnwRShPwfK0Z4fmqRDwcm69q'
    'A3qC7zViHkUUeyJsrJYgusroXxniazsN6Dtds0vRmu2LsE90WcU+J4Zrn8PjlBbMdz3wBXi+6yyx7/Kdijpbke79SAFtjrKe2yXr'
    'oTVgTenc0aY+603KRcFhKpfg8dwlmCenX2ehdRkEu0xTnsBjiu8J9KP5p/PZL5GbRP3bbJnHxzscaGSWrBlc141MzzxDjI+6+irs'
    'byYjOdegdHsmwg+n7cdn+N0GJ92Q8XAjbRXrwPHcryJlKIzVGfX8NKD5wfR4nIKHblPsGdsJ7z7b4j6CTgIdydWTvfQ9SFeyArUd'
    '/14G6VrSxzWZYNrJ5ieH+K5ti/m5MbUByJM874T0usV+WwCnvGsr3i7f5x6H8n+A9OuQvrHd38YsjDs+Pz13k9xOwfnm3uKEs9lG'
    'wbcPfozjDT2bvfwj/j6xb/mPqHEnJ8GdPMGFHkKjGtA4f/5iLz0W2vvHgWLdP85zDMlD51zWtkbYy6mMhMcy+69e+soH/eN188fg'
    'nsIHBTjQDuO209+mLNGdYVrB6tgGfXr3Zvk8szw/2+xvG/tmX+ZvmwMTlwuay4qAuXTP/wEvXnxXcX24Le94o5c+2ynHq8s/orde'
    'M4hO52GMJ50lHyOW59/a/HU75Zz0wHnicWgkZ6es/7QslrtFOHQ24NAnL/a34Z07wH7oOjGeiPrP/A5N/p5X9tZH5f1nef7pMX5X'
    'hH1zyjnpww9wmlwtKOek35aUKQSU+dAScRkZn6ej47zsPjNdY5GfV9NDsLF1xJcWH8yFOoLxnqnmh36U52H2d85aO5asNbr37r3T'
    'S3/4w2IfrLMRDjr44drhPQz7x81euv9uL115m1dmEqxt+o3WQ3F8/P3FvhYze4txfs1tYhyvN8TzP33TS99yq1m598MaXPl4vDYi'
    'kwbDnftXIMTQ9U2m09asVewnGvtPWqDQ8TvldO72qeTHMoRD51rFfifXET38YEDeM0jeFxEfQPP2KOp5GtXzOkiZbLiZ5P0lysva'
    'wPTJrSTvz9A6PBnSbpLnXrROaJ5eQfudMt+xuMPGM0h6suQMciGyCbsRZFvs5431YZeiPPYrJuq/qu4PIPuVM4hcvJ38ZnDbEPwC'
    'tJHNwWmk7CZmawl5u9DevQ6VKYC8VUZwZh18exuauykZf+rkeRNqxzqCY2+1i+fsDGTrGoQ3eHwZjD4yLgzmsQE430t+d5KyzQFl'
    'aV/OJWUnAp+Hv/VI+jBAfneTfN0SW1LsA7AMaAjzTVeOzufmkzNO7KuL+X2jvjSxPTujSczPug0wLQTfxK7NQjRO5xy/PuKZfBS+'
    'MMzZtw16KN/Zt6UX80nki2+k5yAuO4TtyZyMujnpGmNzUl6COTG1I2K2U1HmJpkT8dmKzhwcruOUJeO0Bo3TGsDFmfB7muWP3Y3P'
    'VvrQmREetzbDs6wOAm872mcdHF2CzlOD8mKZivEmJyCe5CjEK54I5S6T1NkgqLNNcHavqpP6D2fzkFbMgzNPH0I2ZjmB7RqV5ToI'
    'T7sd8Z1OW3YI8jK+voXw99tQ3k2ET2xFcgrj06stMZ/cR3hfRnfORfC3k7b0oTYVkByBz9M2Ex777YQHZvYAx6G2vUMgZ4naNh+d'
    'W1D5Zzupp5OMXx+BNdHi95fweUEZGVsaE5vNEdY9OOvgGAFuMVtYW4ErMn/W2O5Q5Ov7BATrhBC4HEebagntLPY5PpimcbYpPaR+'
    'iOsC7AWb0L9Zffie5Bqyzm2BvkzWX9kYOnP5LzaXjYLG8Frw2yeblwzCC6f9IvsiyiuY7GcXgc7wW3cHn7lQnX456B7vfMB/ntAH'
    '+s8b7xXzJaxvO6Fd7F0FGxeJ4jsNaWZM33rJ2oN3DX4EK8efcuKYTTXSigc70F2rKP03y3NONvQ8lbZMnz1sLfYlczqm5pSt2ysE'
    '67ZsDM9xFp7gXDl78O9FUU33DI7EHF8hn2PdWImqdb07mfPX1Jyzdb9RsO6TmNS2ba08FCpaciSt8ShochIHfPjHPOjcthL9VsUJ'
    '1uN3A+bSCc2dHdv3vBeTe97NNP6b6VMf9LHC1GRE8FQtpuuzL5nTMTWnbN3WkHWbt5BxdEBFPt2GIr8sfluQbcw8gb2JyNabxUPD'
    'OoFyYrNCz35NbWJ2kTaYrIcQRnHpYUHkjEiaixA/vdkK5dNC10LOOMZVrf6XIJ9J8wLsnhK+MQAnlkSZwPI3qnIkfOPwjzk9r2sX'
    '4H8YW+AxNjdpDek38EmFp21F66M1mZNRNSds3dTK+K7F7ordI9v/qtDcVocop+L7Umuta1Q4VWmQn9KLgHr3GNYbmB/H6GD3demY'
    'XZ2Si9d4zEzsBGus4nixpeqfrt3Ca8XOsDlGGxQ2h/lkDg+bOaRxx1X1yub8cF63Y8E2NVnHyZwm63rs2Tcn6zqZ01Ks69GIA6Y2'
    '8tjnGfYH46TPWfq+2frG2PquSOb2sJ/bZJ1zXJhrxXMXhsVPZXWr4NF7EP2W2ldiQjcSXBlLuDLW5AgVj3m43fvC50hO/YfvmUU6'
    '9jM91Xiq9OBhn9oxc4409uaExcnANinJWXjxHF0dzSRrus5ZXtj9BNO7VHJGW3RGW8q1ldIwN0rOzUffnJRZPAZEJsT5rMj20L0r'
    'aXsw/x3mu5LNdyp9yD4u61yGsO0yNiDlZIDyY2u+K6LOt4bhxB5dA4rFEQ0CM6F21+CrKXHgcwb4dYbbWwG3txjQnVRJuZxRtYdP'
    'DWnRFryHf05hDWdIY9zfQ//4CMxlJ8xl1jocH1uE2enMCLSk1uAte10boqdBtujMB1lqMf+esbjZftT9yfnt+H24lNR78BYv/ei9'
    'xfoBFb+ZyAMCWhINDZXygIjnGCk7u7GjT0nki2ROSj8nTaAPx/TTZI5eQ7xYaejn5/T26Tj0Lck9BWITv8eaUSLWrVwHdkIPR9+c'
    'qNdNKv1aftg4UX9eg8ZP+In0r5tkTkZ6TpT3qgPaJ+L7VfmD7lVXk3Nkdie6YBXfjd6IyirvJ6Xd3zeIRGx8J9t3P0mzXFB/PkX6'
    '869QrkKHP3MYskw2x36Xjakto9wd5g8/Ye0bSlbC39DA7jHRlS27xwjTC8ocaevO7J3v9/79NvR+qpQDl+tucoMvBO9paxUywDh3'
    'bJplqiHKP2K/h3gdOLY0dw79nZXieJ4VvKd4nII/Jmew3z4aHoLeDPsdY1a3AYum2R2l97bBUI9uef/8S/mfEPOUGsanCPf1n3Tc'
    'zOZgrI+C/0nmZMTnhK2b/ydYN0BfbadPGRiSoT+mFheeFJaVB4xVftTMUYX6DDRVmUrZJZ8pWjZqLaZlVTD9X/XaEvS9YNArRje+'
    'kOBkgpOjCCcZ3WyxEn9CUr6zhL5tymH8GX14azL2IzL2VG9P44k3wXusB2Cx1+aBHLYAzusxXGbrvhad82MYOZSf+vpyfPLXofz4'
    'LoEJHByTuIes8/HYVkSpyxjbHsVF9HHO6e/WxriqXNPO9XuqckHmIpmIVmPOXG9P5u2wm7cg/WIdWcv0XotO/A4Gv0qwvoN0r4yO'
    'qfLR9pcRupghdFEHHr0bpbp7ZNrWTQAnBXDHJ3tr0d4a1dZ2raYNYzXMTTL+IzP+2HbBltgKslhZFRaPpZMifAezF6wi+TB/Mmsq'
    'skm1zGwHg+wg50D6lhhsMnoldCEbAi/HmL1NptR4GdVmitKVblNeKJm/UTN/uvRmgia9CaJLM0tMl/KD0elSXsC7sfjSVyCcz0m+'
    'ic7+0tCeCvQbnx2ymHKUj8yg+cbn+mlyrk/j0u13vpOxYvlYzDp2ZvkbTduFjBeGkrkVVNosq/KLePE04OPbEht2sR5mzyGyAJKR'
    '0Rm/M9YZ1ak+81kjWi94zS2AdNxU/k109yGlbVOW2NjK7qZo6czLLEb194SFldg9j745YeumW7BuEr2TeI5Go76wM5mzw2rOgu6N'
    'O/OIfSndCOkjM/i+14vOJlholM2IXy2ALdgkq9j3EvPnw3xFsbjlvZbafxPz/4Tjjzv1nDX0dybgXjXR4+mcnRzu5y6msoCu/4CO'
    'GPbMMfZI7JXMROHA1akBqgDy0JkGem0cA5rGWp+LvrEY6syn8tHoG4s9z/yyTkbf2qziOPfjBd8YzBpBfWwts7vEtSDniWRpHR0+'
    'jaPFYr7XxwCHrp33CXiXci9DSm4MmhklV+dzpQBapp81ZbqI6svd3eRoPz+qcVivp5oqL85Ybq7DwrzR1QlOJDih4L0yQbohHYAp'
    'K3kOPRUaeYpjRhYA2d5lFfuzYN/Y+lXpgUz1emOdYzrEvId+1LKM7tmj7n5OdeQOL2Iv9tJXFvt1hfRbkB1GC+E7jNZ5BF3NYfCk'
    'omKCji8EWzDPWSSDHX+JN5cHdvjnmX5zZd83FeNfBcGzalQv9pmct4p9G/eglPGqTAb9/MVeeuwmL/3jgJenUpDnGJInrC9jma1i'
    'CuFyBcFldt5j7bWs658oXndjwl9UirBrZmQqwlMb6mOtmkTUBnGAIh8T7Kwu8ZeL9re1pdzd1JOX+DAefXNi4qN8kUH+MqCx+Ly9'
    'nJy3U/qbhXIpqG/xV7302vu4vQLje+me5HzbKdivtpA8XShPG9nTWiBPG9AS7Htf5bffKfcmi/v57yV19FvF/uHbJPrkd0B6BYK7'
    'DvRBLNYQLr9TUd5tI8Bx5m9KSDhBfVe1vw5SrEfvJu3okMwp28ocPfSRlrldCdYnTr7fS/+y14OdR7jUavE4jbje+gi8iOjeuvWL'
    'IRhPcXqYFbynfJ/zNxX6UD5YbMyB+T76rQ6t8Rro0xSr2HaY4esc+LcDA9vv1Fl+O5/8ID8/sUh/bYvHZ2D9bkY0p9k6fGNpMjuq'
    'NcD3zkF55kTEE4arcY/baIld2IT0FHhc7WRsI8ePG+mxNVnvh2vsrrE8xmM1zpFqzkxglHJucwZzy3iZvXd66T0PFPMyjF920p/c'
    'Gn3vOz7kWDXHPFYZdJzB9Dp0bueG6N9eGKvaR8HX83fMyhe+p5+f8pkm9ZSDLHTnA9HHEOt5ZefLBYEeshzJaRhfL0b4ejHhO6tI'
    'O8uA72T3V2qtYr9jdajPb0FroAzg1QI9Y2fxOO2RrPl3kPXPZFmWOn1ditYP/TYPnfWzd7PQu6Ph3TSL274slLRlIZGnnXLjoN/M'
    '9gDbG7yd2EL0ERuHVQLbg2oy5uUCXp/iSiM6lWQ65uYI8PB6D1O+HtrUJJD5bI31Mp2Mv5O/Ad7jPPWorRTPMwZ4Tut5iwKfRWUo'
    'rVTtE7L2BO0TiwL2iWakp//bTV76iW/DPvCYl+co4I8pbJF83YDq+vcHAd5PvG/VCM5uaMfvoa4v3O2ltz4y8vvXW8j8Rb3Pgu/1'
    'XGwVy+tliH5cTHBE1h5KP5oV66RCsEZFZ4sM59JoTEQ4h+vKSM4ucXspfOaDj8G/BMG/BOE0vddS80frPAdNbe9+i++pk+xdqvp8'
    'vj+9TfNWXRsJNr94DeJ1z9bQkWhuTfA5zJgH2VE6sI6AtlQQGtIk0aVuMeDtOwT6ToyzorwtRA5ol8CgdKEW9GR18K0M6fc2E5kC'
    '6/46A+SNNIIrsg/ukuh1u5BMg9vF7GfqSP7LAvTDVF/rtHEi7I+sjGo+TPTNuP9BfmBEOJMnfG430i87sH+I5PkuNN9BbcLwGG5c'
    'CvBuBp2mSgc+C8mlJuttBTuLQKlT73VoTW+RzIOoH2z+3g1zyMZBNX/bSNqmcR6xVTAfLQjfmH1uI4HdrdEPnfOQ0y1uV0/Xdhda'
    '22x96IwdLVuAOTnCQDfcJ1jLqjJMRzceaBduT18ArROdAcl0qWw9NSH7gylov3LeH0D46bR5H5QZ575MpTPZ3KGnLJcrZ//O5yoq'
    'c1XVNewp1NaM0FPn/K++FJDdgfmbyx//rdgHzp49Tvpl7zn//K+46c/nLJnxhrkL3vi/Z51z/re+/OU58Pnl697zZR2Pet+94o5m'
    '28o8P/TPKxzQ3RM5RfHq+odXz5fPe+zL6HFmbk+snj/XPqXjp+9O2dcm9uvLvue3d+Bfg9bgnUN/zv/PH3T6abn/7R/673n3/0PP'
    'HS+8ApAHB//qq8/AtFbxvE3wzq1/qkZhrRtOYk+EMvs8mZyLffLMRzoAK4QsM1OwF+cAnmgvninhn/pIuktCg011wCq+4pegQ9XZ'
    '81V7QTei4ao2t0h4q1bC2/UI6HbYNjr9/QzoGGT2CLjuHZr9wGV05tVpx27Ey8dll4D1V61oT2yR9E/3LOKNgLeq+e+QtN+0H7QN'
    'mC/YBm2aL+DXe8icLCDftxB+7wjg98LaUei005SfkOmHG5DugdKUIw3a2StZ6yZ3Jhci3NU556P4Tc+YOsnawOeLUeGbyqQyGwcd'
    'XlRUPkhupXY3+KxNl/Z3IR4bw7pMcsaAcVB032Cs+wrRuXtN/Rg63KQeB6T2wiw798F0QXSfWMenYA7ZVeM60kj/9RKhQTo6SRO7'
    'LhOZUaa3abX8Po2CYDI7xK+gtbXdYO2I9tsw9X8Qyda69Yep51KkH+gIoCFhYL8Z8Q0dEWGdBngr0nXsCglzKer7ToJPbWjvDQP7'
    'CKT/2a7QKXaErMP0PrKIr+9Ga9iBeX7KG+tSrGd2nlr+INeTs3dX3+69m4T06vvgnCizl+uUs+hMid3hZu9evd9vKzF5r5f+/N5w'
    '/tDc+gFuzVDhs0s8No/s4rjJ3uXO8d4tQP1y3jnpZz/Kz6vZtwLcD3qpjY8z+3bSFi+97mPcpofVM+ci/zg/3eYf547z/OO85Npi'
    'uCl07nImtP/7tuc7jclDeE30GuCx6fjr+CRoMthrthH62EXoErX7W43OwqPuJRjuTICry6/rtreAbMz6DG0bnX+vtz09gI4NL+Vh'
    '8e+WEcSJoHzY74rLQw39Y5lED76Z8AGjvS+PgdyP+3LgMGn7l+BMpBT0gcmQazJeuhLS4yE9OePhezmjsxnY1yZ76Xsm8/UxGd0/'
    'OQ3KL84Ur5d1UP7dqBzzeY7zLYd8V07m68ppk+5eVxNiPHC/F0N6rKQftH0F0BFOQXwHll/bDOgZPYcR8YWYt5kCY4/r3Ypoo069'
    'mD51Cc5AcX2yM/msQE7LI/sFGb7OprYLawGk5HYlg5tSwDXhU/JkL+kgZ/ZLkP6jg4zHXMH9re0kzzSUp0eSpwnZ8LcgnXszsq9b'
    'aBXbIWGdpSyvbL7y8IfxplR+xGRydxOMDfseBBvrpKjNON3HewVyD7X1FsnWpme5Kv0Z1XeJ3uPzV5HebZZEz98t2IvD6v11ebd2'
    'ZEdqwqN1C3SrIlv8Wqv4DqOuXUKQDrEb6bZrif6D0lOKn5UgZ+A10kN0sqp2ivTZDUifLbId0rGN2UZwslPQ/gmgr8Dt7yd0Aq8p'
    'tt9gfS/liZkNj47tjsl6ClpHuvhJ+dROwR7XCH/Ydjslkd+6ULkmdO6wBs0fHsO0xe+8DghsqXCbWgLkFRk+1oO9M57PnQL60Uhs'
    '4fH8bhfwE7gPzI4Z06BK0sYWgZ0Xpa+yM4c2jfncobm+G4l+idmq0XNHZhMmss+ug7aocHW7BLc6ST1laPzKJXvNdnLWrZKfS0XX'
    'u8n8TQN6h+lcm8H+2GJAv7oD1n5esAbKrOJ7yTRmvIgHpOUcPlBVLqxNhOxMQdfuVZdfjeqPIqT3ivSoPpPaH5eFTq34QErxmNjq'
    '68hEFJcqCC5lNGyoF1r6vrt021UquEF3jkrl66MJzolspH8o9rOdOmyetP6TMYkdbFuDadF5L3+MfUkKLNX0n4JgaUa9V1idrC2t'
    'tTLcPrxNfHYvjBEfLIIPuudc2P/3JiuJQyPdq//F/f9UvtmakQ6V/ygd/+thzjDnI30re7caycRZdGeD3SOsRnwsvh/L5MpWogPE'
    '9e22wp3tlqLPbxT0+QxBn08TtP+kEOOwQlCmX1GmGegELsNk4j6S90giY9QK9OoNgjxtJE+lII9zhiLSl4/k/L1NMH8XC+bvAvTu'
    '24K5/9AS/9w7/lnp3C+SzL3oLo1q7mVnvEFzT+2Lg+a+WWPumzXmvrkEc19mOPe1oJvC/gqmWcUxtxaAPUoWwUuj8gtIegL05RzL'
    'sxNhuqQgXQDWGfWRMwR6b7EB6cw2G5wz9Ch08FjvSu+sn4D6e4JiPNYgnJ4Vws7mhBLuSYzG/h961zDVe/c39G4cvHsB8W1TyTxP'
    'BVi/FeSZPrU4zwFYo/gsLqjNTpmfO3ZAiC6Z9Lfe4KxBdO/Xqf9ryG6vV2IX3y3Qw4vu8P47uiOxWVJW9z6GqP4gWxaM8wPoDL/N'
    'MvMrRdtcgLGaaKi319XzsTrORPcS+kn/WzXuvrCzdqqn7Cd23p0R7y10SOo+Euwgdee0LcSdn05CM3TO3zOGdEQkF863wvupXALp'
    'cZbfjm6pVXwPORWgfxW9c3T2x4fUlcpiTurCoD48h6vP9VY0P54yPbTOnmVCn7E/mUuhnw2JPk2oT1t7GOjT6tBZxXmG/E4ZsU85'
    'ZNOzLtjJulNmJVo7y2/z0mdv4fY30zTO36LYqKjuRdYivsgCn0H/DD6ArrmpWH6XxYILigfXZ0jXEr2SL74xOcSJV6+kOzfY1tiE'
    'P5bt66b0O8i3MtbjmvpUDvKlHLdvv7jxf4w/KTH+GzwaZYdLf1VL7Eej1mcbls8alk9izgfQ5KmHhjVEzPkmLV0/5rlXWXL/kjpz'
    'WYfkjcuhPNOntcAcvwXoZTLPwzvPzO6QzRs9G6VnjgvQNysgL42bUKfYq8LQhzUK/Qb1kaHS4Yh8VFD9h64eBOuwWpDtoon9Ftbn'
    'njLRW38i/VWvgd7oWYEejdrvRtHvUHj7ye+tlvzesKv/n+idVVC/GTLfgHR+RW0Iq8sSzaGOvukFYoP3eBPHVR1/an0SfNaZXzom'
    'LcSumd7vazEYiwFLfF9tq1UcM+eTTfyOW5DucbjnLoz9ZPtQX04U6Fx1ZGFd+2qR7C264zjcOtnmJr4W+wW237r+obolONluMFbd'
    'ltgHZgupS6TTx35RXmjkdHRA0jfqQ2lAcqcrrrUVxda4TXC24vTzO6ifL0eYOxk92VwiemJKW68Y6ufr4N2J5D7hCXCf8KrJ/rGk'
    'dyad8qvhXuKKjN69SZaXpaJ7FbQNTt4l6D6obnuXwrc9kvbiNq1E750xOqbRsyPANOSg5n0B3TMvHX9yOjB18RLfrw+7fpyx+eME'
    'Pjb3pIvzfysNPszTvP7bNPL8MM3hOenNkH4N/RbhigjW7VDm26Te70Heb6E7KDeRPHdBnj8heA+QPD+APHejPE5dztjcMMHTEWNa'
    '/Sqhr5sF96VEtLRLMH+ie3stBntsh8b87kR96BbcMXPSjXZw7Bm6P8hoY6n6cOoE7+xIdP65nfACLZK2twjuXgXdj6Z7W4el5w/N'
    '9cuCxrz/MNl7aJyh58bzPpRi/4yz7c9A+t+E17l1PPfPEHX9Dve6/afx3hlvVJkUt7VNsgY6Lf2zrS7JOFD7q4vGe3fY6b07jGsv'
    'CWxqgnhYE5mnQ8GzMr/Ti4bauZzYkuE7jLg+px5WL5VhOiV2iMNNK19p8HRUpnfOdX1JiO5A69rZ9Ap4JafNP23g+oF+iS1Rp0b7'
    'XiDt26I5tlF87/6BtPc5jTPff2nga3u0ylBBa2YTar+u7jEOPUbaNp9P0RpZ2uDdLxmu9m8L0Bup2lrWUKwP1OFBTNfxcOtVHhnH'
    '7S50dA6i/eagwqaxV2LjzXxN3DzOa3+c+6uJrjdo7/zAOM8mWNfvN93PSyGruL6tx/n3FpFuYLGmfyeWF7f9ROQjCusKVhPZfhXx'
    'qXQq+b4SZP9jh9o8Yxj451YJ3Wgjtpfjhrk9Mt0ja88f60e2PXR8flzv3bsrRfx1HR7GlJdhPMynYRxHas3StbprqD0bLLV+TWeN'
    'rjXQCy5G61MXPluzayPqAxdr6hVd2796Tv9LoY8X8RE6Ph6dtlUMU9u6Q7Ttv+v8cRyGk44yHvSuYWpHt6Idn63j8ZbYWr1pijju'
    'A/UnxPL1SfiBlxFcp66r64rPFXXvMkXlWaPIFtsEcrF7/6+O47hJfIrNBvo4kYwror1Uvplbx/WNnZZ+XLY+S+wLrNtgzrYY9Ivx'
    '0/+o5bqW0aorcu9q1fJxLdXYbI6R1t1Qy3G0FPYwUfaIK4epbWHG7c21nKccad2fe/6H2jNQQrsQ7NtUpAs8FNuk1rv748D5r6yX'
    'Pgbpo5D+CtKnssV3JvfB74cgfQLSZwmc/ZD+POvV+ZcCr/MgycvKHoD015I6nyV1P6eo8xeozrl58G8O6WJIx0N6AqTHQHoipDPy'
    'xW2ZQb7PRL+dOm8reHf4nHdH1EBMckiXQDqpRvx9JaRlkM6EdAOkSyGdS/I31MD9zYKfJykFfrE1dUCCXwOF4nMPU52RKM9Ge3j0'
    '168viH0amu69Ye+AziuUxvZKl6+tLHH9Kvn7dzUjUz/r/49ruP/C4dRLinQCjFf9Ug3nr8KeEQ3H2tldw+ntbELzJkLaCOkKQtvW'
    'QjoZ0umQroN0CqGVG4DmbURjM5rtwVbUjKxN6HiE1yayG+0PtXPoCLB7UOHL89We39cw9/zjPlN6sNq7OxY2XqFMP6aq92vV/Cxi'
    'JM4BnDZ8uFquj4wiu+vyo13Vni815903Deyt7lDYUmH933fg2ymQfv8o/5iK7L8eJHXcCnkeJvZaOM93Ic/zaXUdblzFas9/0Wjt'
    'P7ali9rXF6o83lBlo2lyDjNcOtt7qrz7OlhuovLSYxK5SSUvPQUyy1dQHb8l8g4r8ySkvyR1HJTIU48huco9/0d1zM3Bfg3pEkhP'
    'h3RhrrgOlm89pKdCuhyVd/X/qI4syEipvFiGWkhkLJafyWzTID0N0qNA1npblaf7dO9FEX7jCMJXNEA6PqRsdUpAXVMkdTWGrGsu'
    'qisMX4TLTYP0WPJ9AdRVqOL73nCdTzr1/qlyeOtle82jlZznMPEpJOKDdMvKdNBfR2MQ15l5qwbf9S+VPN5hqc7qd1UW8zWl0LU+'
    'p7BjuBD1sxS2x04dJ1Z6cYqovyvTO2a68unRCH9H+m6WhfA3Tn5RpV/6rwoeCzSMnkVmD+zK/zHCpuP1zQp/rL0odw6C4KjuIfx0'
    'GPjayyo8OKOR13PadzbMNeaDTlHwOyzfAkgXEX5pHvA/xyHYIh4J19Gc0+fFHNjTKzhvxfgAG9LXQboe0lRIHiRfwelaKfdntu7+'
    'kPfXVyp7CKe+h4epPkazviWor5R8zr+h+jZZwXFuNln6MWz6JDbUl+f5fh+nfslEn3QJasNInOm78WPzfP+I26ZqRr70PNVmBV6l'
    'R6ANdC39VzmPL95Fxnq/5N5jnV1sw03tcR8s5zHcw/BxujzAN8r9/GKpzvSd+j4+TPWxuXmnRn0m9cjuxbHzso3DVB+jcyeXuD5K'
    'V2fHVN82wlN3El6b4UtlOV/fUeobsMKflfy2zL8Ww7RBJR8+VObv63Dey3b1/2VyecPUFpiujU+UADaboyvR2JXi3lqrAoar/yvj'
    'a6PUd+fcWOloPAck9kUX2cW/txKYR9himXZBGb8TFOcZALv3rnNnXvdeeqqM++GfTvTEVLbRlZf+kOPykq5Mo6vjfBzBPonoTecS'
    'vfAZhrDvyHGf3XHJSSqe4znAmc/luO/3KLa/DqwP5biN2kjcW6SxMd+OxnWrRBcnsxEOcyeDwS8Abo4ndbxE1v0Amgt6/1LUnxUI'
    'JvWh0U762abQtbI5m5rj++R2q9g/S6sBDyubC0b3cqjtcd25/VNWDjPsHRjHTnCSVVrbKaeeu0tcD9sTbsiWPh6AbCz/KTtysQi2'
    'Zjldu4zU/UXJnQXWpuunFMtbb0KwgmRAnfsP67Oeb+DR7DPmCEEbh9sHkuoc/c8Zvn7WknuUx0K6hsB9XYh6fpHhMTk2Ezx/TlNG'
    'uC/j2bQNl42SU+eXM55v11LYIrnnfxm+JtpJGd17zQzWFWh8huu+ySZU53D4BHTP/xEu9QToKINwaTma17jP7hz4kxH8XgUv0WKw'
    'N7BxzyC8ofIklRN3SHgXtrc59K2J3L+Urf3jQ6z9J9OeLfxI0sEC0OW6kPceHgZ7nS8hGOws6SzFmdI6JGc5MD6W9uYO29XMJ3ci'
    'lhK7nGPI92lgd3OVAFaYexUOrG4Eaya5/2BiQ+zq/9E4XfIg3PO9v3hcfvhDL+35BsRQhFgXtz4C9v9p+Z7RpmnDvyrN4w6EiV8l'
    '4wdnpPldz1LaVLjnf6gu2v8dMfGcbLz+N8XHq5/0XYdm75DIGL9IRY/JdV/Ks5sO8l2pojHHGtxb16Ftn0/x2C2nGtKB61J8jejY'
    '2eHfh9Y/ghHWbv/SFI9xqVpndB1sQmVbBesgyNb43FS02HIUP05MeTYwpdKT9EvqnYb6EfW8yo3rkvJ8yat4ExaX2rX/EbQhrJ7e'
    'gfd7m89rn0CfK5pXdn73a1TWZK27/r9s3vcgPTnu+12ovh2kja0K+6VbbL5+TexWnTLXB5QNskN1ynwU9bNVYYvA7M3eh8ro+IN3'
    '7//ZPPapzp7TKcHJDrv4LD2ue4Tu/X87XPzNLrr+YXx079K6/r9QGR2e0CkzE5XR1ak3oTK6NtWVNo9xGyQzu+sf5W1VnEP/xVLn'
    'ZevRidXaaMXv58m1/4V2ON//9yyIc9jmpS9B+uLHvLz3o7wPn+ul6bd66dOQ96h2L+/tAXkp3FsEeU8cEOf9f4K8He8Xt+HfA/JS'
    'uP+M8r64xUu/LhmH9wbkPQl+Xwd534nyOovWSWvO85ctAG2lea/ZKM7bJsh70uXivG9Gedsg77Vd4r6dhfLu3gE8ylnivq0X5GXz'
    'RvMeJ8jL5oLmXYjyLv6ql+69E3AY5JOZt4L9L8r7H3fBvfe9cE/+bi/N7IX1j/Kq5J5qlJfKTk0Ad/z94vitqpitOrFkygjNZvpb'
    'HAepjXwzjYOUQb+r4bsjd6wDnHH+PTTs1m9QGdq3VIS+dZP2n4y+daI+sljA7Bu7s8325BWCMWF6qoWCb6zcbAHMQ2dJFo+rvR/e'
    'HSGYF1YPiyVfC/wP7t+hu+QoT6tiDmVxiWpDjrcoRjOLdRm0n+M45LNC4pmpbpjyHSZ9Pc2SxwfX4bt0YzeL5AbddoriiW+X6FJ1'
    'YuyofAU7c/YemL/hHhtVuzbC3qAr922KeB+91aAfvTGNvTPuMyLYwnVZ+n4MezXaQ/erJljjFuBtygqOjZYLQYNmSvB7wC7mgcPY'
    'yemskW2E/65v5PeGtpM2xWWXso3gbr9EFnBifkyRtKVXcJ4QV70PT/DfnRqJeXHa8tUJ/rtAovvbOvd77oRvj6PzYFUsFd17RbfA'
    't4c07xWxGCt3pLldmdPf3gle7Hhc/l4o/5hhf03bhNvC4r+E7cfaCdzmsMPg3kQXOV/VxdkZkvronURdeqCqr1xQX78VHFc8Sn2/'
    'H891PDI/FfTOpi7sx8Z7Nqq65xE9El6HxnjR3SfdO38R2qBLf0Ttw224brw3p6o2DIQcjzbCZ+8cz3GI6s+2lwBnL0Y41CfBIXrH'
    'VBf2+vHc//03DWiqyV3J4abFhfHePqjjHwTHz7o9HT89/X2D3362n9im9Bvgbp9mGffOTwO3Q2qV6LbjoAHfQH1s1eSH41r7H0V9'
    'pPr7TVZwrCqTPg4E1LMjwCZUR6ePz07ehurZpimThNl3T0VzFpUv7pPYucrsS2ePQN3M9rm8gdvldkpoZovhWL4wjvdnOGUP1+fv'
    'OL+NdNyyhlPPd1EfuyTnsabrWHftfQr1sUvgSyEuWnIlqqdbctehO4b+tEM9cfNtlE85s0T10HFbBrihW0+cvF+DYR/7Qvbx5Xq9'
    'Pu6S3M+KItf/qp7j5c2EN/kG4Tse1LClvkfCq9xV79lWU15oNPF2n0DxVO5Q+O/AfaU25nG1p6+e23lulsgZDJd2GuA9s8m/pJ7b'
    'pJrycJQevC4CLLoejkH9bjXgU3TbOiWgrQOGsCojwKL82d/qivttqvtVjev+On9bnwsJ60EEq03B86ho0HdRv2V89iYFvyHzM+La'
    '/GnAD8vHuzG/0FiEgY/vNO9EbW2XlA2jZ10PtjsbEfy4dXAO/NMk8OPQubkxPwXw49KxOfAb67z7EbrnPl0xyH8v13L8iaLHc2A9'
    'U8vvd2wLuTeY4tSPItbZZ3AGwGjGTajO4ZDznDqvRfMkkhVM9o3LI8CitHhrDLAYrXwTGtceQZ4o56kiHz6uzf8w1El5nyNrPTpi'
    'ytvrjmO21n+HJqo/9J4Qa/O/C6Vph+l6vavgp6tBa3GXhO81qfMLBb5XxK1Ld+BfU+DrLoru3PX5WeBrYCcZ7wFNHtgUNy5B4xNU'
    'p5NebJuP/3o0PtW2GJdkd90ojVgSARZd+1MKXM6j+nd6Hhwku+meAdyWDpbzXq7xy//0nozoDp+O7e5ZxC8kuzN8Btj0/moE6j4L'
    '6v5eDb8n1RLi3MLkvOI/BHX1GPBqnQb83HsFdfWH7J9K9tgmqOso23wMuzXG8Owa//2+IH0EvW/r2vwjGCpZqU2yty40gCHiy939'
    'PwSMAwRGVQ2/eyc7t+k13F8duC9V++E+FwPc/Qhuu4RWdoWQr38kgCuTWU32j28iuDRWio7s22uJfYd/BsHdKpHnwpyvvV8Dbhj9'
    'Qm81x1UTuFiv0KLRth0hcOr1Arj9lv69pU7J/dMVCG5cZ5UO3KPQWIY5o3Ng1FT77xIfIOOuI0fr7FtOzI86zXMjmaz5XyFgUBnz'
    'YQ0Y/QoYdwpgbDPsy9c0YLyggPEZAYw+w/H4kABGv+Z4MHqxu8rD8agyEeXrt0AMjFKfJ7nrv4r77DhQAr5KtT7mVXE5XocXp/Y3'
    'Kt58XET4tyvgv1LpnyuRryMdO6F7FHXtr+QxLhdn1H45liHf8qo7/Cb3CL9f6cd70R3FFch3Pb7nL5NlbogZLpNTnJgfVHch8lWw'
    'Kka5rH8Y62T9vLCS77nrkU8WFZ5QP1SrSV9Oihkua+/8Su5L4SFyF/gZSH9B3j+M7gq797QQDJv4W2C/a4jf/wzyb+nAqEAw2D3y'
    'GZDOgXSqAsbfK7g/ACoLdxvKcQ68pwXwTOly0f4vgNersEMS+Y1lNvy3C+CFlZEdeDdWcJ8CbL+l/mQHLLHf+U8alO0iMsoHUVmT'
    'c1B3/0dj0K7JL4pitLM570BtMZETnDIXGZSlcvDpgrIHJXIl5cVWV/A4Q6zsywY6Fx0eenpAHV0x1ZFHY7CNyOpH2OIzBIZ/L+f1'
    'y1L8+12e901nvEzOEJi+9JE8x9NOCS52GugLvo/62ynhndsENNDl/1FbtlvRYpC49n8B8HoNbcpcnx+obzJ4A5Jxvizv9+HSJjiv'
    'wOM1AGXfjsqa6MfdO/8GZSn+vT7P+f/h5ild/h+1nfEJJxL+ZoWEL5kcoizjPaoR3qj8Tunwe38vjwcea9/TCN5ZEv9YQXGeaPse'
    'jgkea9/t5fxeOeXdHiG/DyBezr3/h8rul/B3v5Hwe59FZRncg4RXlJW9FpU9KMiD2/EQKXslKns0+Jo5mcSu2pArjmnF4oH2orKz'
    'DctuRmWZz5ulxOfNEhI761Qoex4qS/3kLCMxv2i9p6Cyy3LiWF2yssegsusEeXBbTydlZ5f7/buxsVmnqLcJlZ1WI5YJZPx7HpWl'
    '/u/nkLLTkU9Gd/8v4z6fWkLYfjO/Es8K4PSEgPO4AM6OEHDuKfP7zOqX6ObYXvRtjTJ0D/oyKtMWwG/iff/TgjK7CE/yKunPtWV+'
    '30pBfLrJmeEuQ9hdBrA3ob7K4gF0kPE5H+HA1hD9YnBODqi7S1L3MQF1dxnUPQPFHNmmeU9FJb8y/yzVqF8iH2wi3LY0ylDcfiHH'
    'x0KXvxedux7I8bopX9om4E/d+z8BZXol9dxnUKaD2f9qlKHnQzehcdHl20Vy26c06h4gePVhjTLPkDJX5jgu0jKqeDuqPmwVjMUB'
    'xZmcCM6FqI2qdabSy9Az13U5PZ+B1MaMrqFFIeHQdXWkJpyge92u/T/ChZclNpi9pO5/ZHkZpmf6gyWOY8L6/SeNMrSPB1GZjbZ4'
    'L6V+0J/Icj5/TcbPw5vq+n+Q5X4UHyL8NuOZn4R0H/DK/4nKMD+Q/6PgzW9EZRi8/Qqe/N9RmaMlfObpKIatU+YjgjKrCE98LPrt'
    '+vwVlDmdxMbdQOrpR2Vma7atQ1BG1baLUZlTJTw+lQvegMqcnisuK+PL1wnKbCBjgN+7Pv8DypwqKTM7y31ltgScz7ryf0DeV0je'
    'OsAdvDa3aezHjF+wUV1B9kau/U/Gn1dk/+Pq/1DeILsO9/wvw/tgaqvhxvwLWZ7RsDsl5XV4G6f81wV9pXwss3f5YkDeLsIffzKg'
    'XV0a7foAqkumz2TtugLVtT2ErVU3qovyEVsJ/W+V1KXr++u8gLpoLJPXBeTdRfpwgiCvyH6mAPpCmveghF9tRnm7LXG8D3b+dCSM'
    'TZj7yy7/j+oaIH3A+7PrQw3lDeIRnLx/TfO8LLbHGyT6y99r5GX6tgMBeY8ncB/XyMvg/jjNec+w/EIBbCoaS2CH7N7/S3P/rE8S'
    'nmAf4kHcmL8BefeTvNegvCyW42JBHHqX/0d5KQ9A8+5AeamubAPS4bn2vyjvcsInzEZ7vuv/A+U9RVA35gvOD8hL99zT037foHRP'
    'WyfIQ892VgbkYetuUUAedq46S5Cnh9r/CvLgMy33/r8gD91/KwV5sP21u/5RHpHtlqv/T/E8rZLzoedTnm9Fk3vRrv1fAGxGO58k'
    'sHXuHrvrXwD7OZLnbgRbl3dy7X8R7DbJ3v0VQZ5dhG/5PMoj4r2cPP8WkIfxT9eiPO0SOe19qK+6Z/qu/k8Au5fk6UF5RPbQrv8P'
    'qN/k/qp7/q9Zrp+M7esNy7H6jkd92Spp03JBHlr/vIA8DM50QZ6XCZyJAXkYnFo0t7r6RHf9C8rt1MD/F21eTlf355T7H5vflYpq'
    'X/mozcelU0InfxSQh9Htu1Ae0bm9k+dW1F9d3tjV/wfA3sru/wTkYbT8EwF5GP/+EUEb2zTaeKUA9gHSxssEeQ6SNnbbxXd9o8zt'
    'Jag+0b1hN+YPytMt0fmeHpCHzf86QZ5tJM9KQZ4+uv8L8lBcm4XyiHzVuvu/7adbKv7f9f9nWI61yYZ5i3p/0435Zem1gcqe+y0+'
    'LiL7Elf/h/LslMhZP0V5Dkj4qx+iPCLdo3v/z+JrSdd2xD3/R7BFdhuu/C8YI5UtsMv/I9gimcrV/wfkYbEL34PyULnoOMizOyAP'
    '68c7AvIwGWwrGkdd2xF3/Vuev7q4bIxd/x+CcVfJcSzmR42hjbC7/6NyunYp7vq3eHyF3xD9MJPvGgR5cIwhGqeB5nk664+BkIN/'
    '2xaPiWVb+vEA8PsK9B77XGcwymCdm8C+BOC61wrs4Cdlj+3HHZjPWeyp9ZI9lv7TdGhO5Dn05qYAdPNtyTyJ58mKMk+Wcp7wOqbr'
    'LW2ZxThI5k8wf3ustWTIyy0rvinUnZuoc9sE5W14Xw3lxqO87rkcpJMGi/EiF/A9Ks4x2LshvWRweMcmjjaYxh9JhWijan9No/11'
    'okHbWb9NaP4RIer4tmEdlK6VQd40/OEyIjhB8yqrV8SvBLW5JgAPo5Z3+nsi4s3qIJ0EOOXkWwPjZMN3W9I3p+/Ha/ab4SartxH0'
    'eph/O9XisehE66gZ0ovJGqkjNKgKaFDeOoTEzGxf+NioL5rwLBU83O45kL6F0GdLA1+PAv69CWDidpVDu9h9wzmoH6J+6dbJ1kg9'
    '5Mkj3M9CfdZey7r+CTWe5hDe1ZM9Iy3YMwqIHjlt30ja5sisHxPyFanX9MNw7x/eUjr0DA5ecQWbc/ScaIV4mhBtYTikO3dB8mAj'
    '4Dj+tsDSi70YpU31ll5swRTIxxiX3xGwHppAp2UDLauG86IKBvMw4lcNUDBtJsMMpo0FFzTPpk9BQKNduyjY+/BctoD+j81lLeDA'
    'OIvHPz20F6z1+kHXnSWhqTIcswX747fJ/lgu2WsLHvod8m1OYyj2kLNCnXsN7Zbfz6zrH8DicS9vhHcfgndOvkdmgH8gpCtqRu1i'
    '+6FrHwTrHsc+XQLpcZY/rutSSBeTMRXxsaJ3iV5BsSZ7lKqBgEctwlLeQrYWMgLeYTnM/SZIdxnKUbJ81ShfI/wxFi9u+Gy/OWHo'
    'xxqb83QpxAuVExo0Ac4yBjXro/JdEa0K4A8YrdtM4L41WSNFa2TP26woT0q1gmoIPl6OeOVk3l8b814Pc78YvasLOFeZH8O5ShPU'
    '6zxTIE81wiH7bPneQNtfF4K/Lif89XQYg4kILuVHcNoj0B0EnRnbSPdYz+79ohTHusfnwzhlMkyQvlwkBzP+afJSuJdAeCUnffX+'
    'Yl7pHJSnfLA4T34Q7JItL4ak8+5sSM+L6Swug3Z42f7G/AuMgzrOEqQmurrxCNaUjD8No/fT1YOo9Fd1hvDqUJoCPOiB8euEdZjV'
    'orVDYlZmjPOh8ymFMTuHrIpAi0VPumpt9s4hgWYt4mP/CegTm2s7QA9aC7KYbA1RXO0F3NCBjddAOkCnj/WRC5EcZmm2Kwv0xfT8'
    'oobki0NfZBJfPYpcyepJwZ9sbFm8eEpr6gz5tjp4Lzv3qYP3qvjzMt2+LYBnG9AwjEOzIM0NmtFBtkfjscghHoLp/jAPXIfgMjww'
    'hVOPcKgJ5KsUlJmd6JKFumSR3CAgo6F0eEHnmOkS47FLDy4Ef4eXeHQgSLdG110BvleQNTGfnL/o2FGUso9NH/DS7J6x28evf3Ds'
    '93HxV7302vtGpo/ZYejjvrtBprltdPR5OOY1cx/YYt47uvrI+CZ8t43ZVVcK7Ko7iM025n9M+DXavqqA9k2xxL5l2qD/U63gWEib'
    'NM5AniN3Yq4MqLelhPVuBv6V2rLj+nrI/QCRfx6WXzeOGLWbl8VjD/KJwmzklwJ/Te+EBMExbe8WS+yLhN5v0YlX8AKZAxlO66zz'
    'VQLcrjDEbZ07brr4h3GM3YVw7OpnxFCv7l0m1X2dUy3u65X68twaU58XgE29Di6rxmFTiccjbvyrDMC/eZb+PbxeCT3C94x17wGZ'
    '3BFy/VGDrrYZzshw/aO97ZegtrccZm1fgHBkhyX22y5r83C3Ney6Edkn7w7gjysFNpVloOsS+XbD8VZF9KLbEsdimWmZxfJsM4SP'
    'zzxUeUVjm5PQHh0b0TJCk2R6MJEtcpB+jrVDV5/n3vMc+tuAymTgL0i/yuyHFsDapnoxXT1uahTUE6R/FelIdXSbLH8FlM8obErr'
    'DPVEkwLs5SsE8kzUuwAiPD0b2U5jGsLO7JqRfddEga7cAltDrCvH9r0TAFZecpeiMMjPMC1ic2tBagK7TnBueWQbv8fI3q1vBT8G'
    '6Jzyvmu89N/avLT9Un6PkeVZ/yFxnukBcCa8CfwYBMD5xwXcRzHT879yRXH784JvrB+UtuExzg8Wn5/o7im69k4yfHLtEBfr19cI'
    '56ei8xCsG6RjgXVq1GarCfgTbIfeDrgU1r51jNmPpMNrxTk+BD571JZ4Ml6G0geT82uL4NCRsNYu3Qjxw9A3Zx3hb1UC+lEmoB9h'
    '+TXZ2ipI9ggHVz8nodUHb+H7XdQx2nunl97zgNeWevTtWtD//eRW//3qv93kpZ/4NujzHosuB5rcA2mC3zbajxg/y2DVCs5Bsxqy'
    'JqNvzt9lhL41k3FkNHwJ8Ql2OvGvv4T4CvsKsh2ZTXxvriNlTiU+QBnsOQDrE7DXYH9my0h7lkvaxWIJTLXEfk2ZD7IrAtp7tMTv'
    '6DESf6qdFvdntkrSrtMhb4vF43nReucrYiiw8TkbzdMGErOBwpyN2lGAex3UX+wSyZiuy3Ee4/+39zVQdlVFuvvevt03/Ud3J+l0'
    'kzShgQRCTJpGCeQHsMWoUTFEwhAw/PXPTTd053anvZ2QFjAIIgo+f57O6IzvzTjqesNMkuF3meDzGVAIPBEFRRdr4TwYcD3DG2Z0'
    'Ms7SEc3r06dqTp26tc/Z+5xz+ye5vVavk/Q5Z5/9U7uqdtVXVc0hc7WhSqabZZo1xjgrKf8cfuMSuK5ha8r7sFzz/iq2Tnwvo04R'
    'l+fNCdhvOp6HmJBvxuB5y5V9nflH4N5vKjyb70oVXCMyatsNYAOcl0A/J3NHgl2bnrfHVHENBtP8uXFyHMWxkXz9OBnHKDnPjGrG'
    'I/k0QnNHEX8YzbE4mTtSFedE3MaeuVQV5+2juZoma0eAjLHxzZjkY6b2GtyfpfoGtTPxmiS7Smjj1vHBmgA+yM9VHZa60Q54vwbG'
    '5cdwzh6sT4X5T8YOPzQZF1cS/FBS8X9R9XrqV+1hdlOu10tngKTpPEXuI4azHNvmxxSffrm6F9hTO1GTTH9ON8Gzcbx4mq1Jlug3'
    'jpxqnOhJU7t33xQby79TQb4TFFNGY6hpjCvHsAbFL0i0dbzTj0k+pqD4qmAwujO7YYh2F7NA+UM5Pmt64/JQB8pY4tHRvrMTruj7'
    'RZzJolTxM8Psmbkpj5eg/xB1vFrhHuqYGdI2fa9RebmBf6/0zyCW519V8TduhHv/j9wbYn17TbiHffu50OYYOWdhn3qYLopz8gPy'
    'fjcb05OO7C3zrjLvKvMu4xh8PNtIekUN0yvUxom1/Uv3312dE//uDNdZ0xg/IrTfmFD7Gda+1u8M7Ye1WSmcJ29SXmxqPfA6G1/Y'
    'cU7fFcSNyckyKZdYl4lu7sjsr6niHHnKQGajj+pi5eWMwb8thtjbFvK3bynP14N/W9tefE7EGKp+uBbguk5Fi1kt0+Psoce5lut6'
    'I/Pn9pXXlK9p13SvaVw7jiRfbgQ+UKfKecR0ecQc/VVvZ5w6O+J0YOCQNqh9ppyTbvbmpEtEn2U0ZIM7M20zDiaGxvY5c/ABcr4/'
    '+Lx7rfuxFxvnPLOe6E3tj0FNhsNye2vIs6fs9dqRnu0gz94M7Z33nPzsGeTZWx5wr0seK47layDnmclnn4XYRsDyPAX4oq9DzOOB'
    '54vxP49AH15+3N9uVN9BC/h46bqklT5HQyPgNBFn3CGcJRtBMNrG4tvE8HewPldY6k6msraR6Mwmdniaa2gxwVJwTK3SYDtMcjSZ'
    '5IIL8jnQMUVpi+ctupHNO8ePNzB6W0L+X8q8lKa0MJed5+4juCWev5LuRV3+StvzWRbmyzSmoAH+z+OCT1LFPvMGiHFYbbFGU7Em'
    'prkTTeYiKMdWHZON1QSrrxu/RAvnCrSwgvAjiRZ0MduLwVZQynlGv11YnHcl4wtbBXoMyyFE94UuXy7tB+Y8t9E/TLGsZzCMKj6f'
    'VcX1J85gfKmdvNM0hd9uinD2181dNuLcOeO/Sxg/zUsWJ2cSz3kUFmtlM++F6+xsJqZxTqbfn9NvN8+nsrXPKLmewRyDuiC6XF5n'
    'k5gUnP9KSxqjdFmmN2+91z8wvfT2kydPXHrDNrLwki3dOW3eQWwiVUTu0Ti8VvApp6CNs0BmNatyPjD8QXvFxBz9Vu/xjZ8PjK7T'
    'tSpajJ0uN6l9nk3Hsnz8JtqEQ3BjBDu5eZwa+6mAhekyMagDn39P2otP2WrJP6+FNs5Pe+c82kaFCs8be1ba1eGp7s+x5TuUnMcg'
    'LG8Djf/HM2Vt2o1DKVWuYynP8T+nzPMcv5py+1H2QYk+qBj1E0L3RGjbtmcKrLHdzGKAOiJg4mmbH0q5e9ZEZjdo2njvxB9WkTak'
    'vbNN2eelGlAsHs9CD5LyUQXl3uD2ovkpNz+3rpbaOZp7ujwYtu04fTgKfKoF+IikL9eVceRBeLlS+pmt1h/z69+m3Nw0aAvKGsQk'
    '9ZQoVsqJdVrK7FU5jRzbrcxzvPEcbv2Ge74B7s8T4rek/HkDzE5XIP+ndbIlPpRTxTkS+zTxXukYPFtn5zsp4hm9XC9k9uPRbye2'
    'Xm7TLNeLOb7XX7Irh625Ce9E/khtdWcyfpaz8F8ME54YNT6Y53lsAP67OOB8xXN/cr6O77Uofw4ttKHh+9TW5Xx3A5F1vUrOlWaj'
    'm46wNvLKPM8qxjo4/obTNH0aYvJ9u4ofry2tB7fN6mLLmsvyqiyvyvKqLK8M1jwqf5JkWCXjV4gLofw0r6LlO68g36Q5FDfB2aFD'
    'FeckpN/kOUFbmI2EyiSpP3S8KKtalFfbDduoEmSElPNxJXkHa3jz3K1SX6gcpOesYXJm0smF8jmmLBfKcqEsF6ZCLiAv47wP+XGK'
    '8eL3pjw+RGXKIgu7cN7irET556QtK+XKERudnNqotrH25qXctqTzAq8DYXLG6xHkgmm+oX7Wt3+COdfZ+ul1SCNLewXZ6LT9AtCb'
    'Sd2InGYtnJjyhex73RbjHta8O8S+87fkTDcinOnCvmPSl96QPnwS/Bj0mV2quNYH1V9WKjn3UxAN5GPQyw3EPtGtoucZo/NrUiuk'
    'W+lrs1BcrmQTzyu5xoq0DnHHZYovzWvon/IDOj6u/84lemoW9F5KL6OGNMvnxfnWo8SWz3nBiGYf69r6H6RvOUPblM525LT3X8k+'
    'vYk9w/PpSXs+rg0Gc+CdXmKbFK8rxGkDc4IuLrFckdbgrYCDm2r7F+Y/bmL9HWJ96NfwgVFhL1UGnJEaymekE/qMlCqfkcpnJGUe'
    'd4znlHXKvsZXQfDjU52kz1A3oe+YyiBTPW2U8eLOlJvrjvJiE3nXy+xYr7EzQsFCjyoYYoZMdfMBVVzLx2TtpLWicluqoTbAnpN0'
    'QczN9ZME5Cc9Yy/R2DvD8F7S+HMhWEkc/6iA86I2VLSZBtV04r7GQc3+GWMyPzcD9Mb1IBuCbLtc17qA6JqD06hrNpMzwU6NzqfT'
    'PV8L0L+yQI8tjB7naGzlyw1sUtiHJuDdc5Ucw4dnKa73VUfU+7KgN2Th7yZ2L+7/GBbOrFFqQdEz4XZlft6XcGk03l/yP/C91iFg'
    's7qVv8btUlWMh+b2pkF4diHZN9tDaG1AFddY263kunCjEedWwsghdm1f2q0zQeepW7CT2XxrjIxVoqVuZZcjJSnawDG/I4A2Rpkf'
    '8HyBNt5gz6xUZvbXnAa3mGftnQz7m8vYMExjrYDx/DUbO40N70i7gTl0Hl6JuNbbZ+hav9tirdeReTex+Uzl+r8ecf3zAeu/P+XW'
    'sQkbJ7c37tb4SpLiD7lpohmUHR8k/HtABdfAyCl/LpowfQ1l06KI9GI6NuzXYqKbUlkUp+5wdQA2gtLXgpTrI5B0sNGYuMSwsdNn'
    'tzN9frroar2y89ONBei8k+dZAYdC5Tzi3OuZ3jKsOdfmLPSXbqZv1wv0383aHxVo5NPKrdmcJbEHF2bc62q4XgTXd2bc8cyBObsk'
    'Azmf2tzrx9u8OXSeddq/mvDS90A7nRn/GrwD2rmjzevX++Eefe48eO528p1VrI+XZjxZgrSD91ZlzNtbB9eNGW8d57L5WRUyDueZ'
    'y+DZd2eKz0VvY+9fDO9/rK2YD/C+RtVDLyJr4Fwv0KyJyfdM4yPC6hfYnJduiBADdbzbPycDoBq5lXJPMsZOwivmK3/tWpqbxrRO'
    'RpJ0pFT0/BddjK54nvoCOX/gvTEiz5x75ygvV9HLyqvnlCV/QxmDOPB69p12VZx7n76zgHzjFvhbE/nbSlVcy3Nee3EtzxVKrhtr'
    'Ol+byf9t6mL7/BpdsHQpmcaSzhfSCmNXMA9Cf1RQnlLbb2EfeZ5GrPGiVHK5hqpi0H6r8nLJOfPT2OmdA9Bu5uz1pk7v/02ddjnd'
    'bOog2uasXKXi56iRaEv6G+6xUj1P61zGHRPOZRX8muRtayJ08Sm2d1EXuILwKkV8VzZzstbieY6vtn1/LrHVtgAtS+PqILwxTI+q'
    'ibh/ne+/TfCdUN78IXJWWMr6+Bblz9VpOgeSLXytKo5RD6NNjn2YC79SPrs4+5ryHxz7Gcy/autbXUh4EI3R5vmpTHh7FXmO9i0u'
    'H0/H4OMf1sxjNxnzWUW68omdN0kFYCwEjdhcidboDSa0miI8i+df+/IH3eupu7x8OXjv6JVQ03i0WEasG3OvP9wk+7B0Pl3nnd93'
    '+n2rpexLVkXLV2aTr990P7UpP44cZddWTdzQtcqf1yhKrjWJT28lNIS8tg94dD35RvugIppsMEYF5R2lsUZmLxoJsQdTu9YNxPY1'
    'ImCAnWe2ENtPv4H9bhu8994AX1+P8ufMuJj0o4fZzPCZVdCPMLvfTsF218hsaTstxtFCbL8Fw/ek+d+m0dtwH8/T7OO3h9BkPXuv'
    'MoAmr1XJ1UWNqyeY6GiSDtlhqePZ5nOn+dsbGbaF4/smhcsyvfyg69vE5EqtYaxNiuyLJHhrXQJnt3qLNbDFOkTVE7PKy+9WCMEs'
    '6PJq2+R9c/q8g8RulDofQS5iHzdo+kj7MSScaShuA+3dJpgwm1rklezsLGHLtxvETESZF12eWxN6ozoVX0fu2ytofMeoN9ngiyWe'
    'n0R8b5y93Uj0A1PMSlL7/XTDOAeb/WjqV8wRHjCd/UC8w2Uwh1H3UFC/EZM4L0b7dA8sIXM2ooJjOG0xvaZ5c+LyAM4ru4m+WGew'
    'fmOCbBwxjF1JkmcsSIBnLAzAvNFxcf/6dkN6b4DnzlT2MbAmcZzjMfrF+RjF9PB9MkwwjnFlqZRjr1vAZPH1bkpgvZuUWfyZlBsK'
    'z3L1Gp2kW8BV4PrPjYHpGSK+OBqbSONpo7SXhBx7jzLLO4I8p0HZ5wppAD0wyZhRioOIGzMq6YX/BJg9nR+uHEM182LoPkJ8Cagr'
    '28ir8jrPjlg5zFkUV4+aw85SHBPXQc4XJnY71MPalRcn3aPB3EaVIxy3S/tL56LaYi5awF9M56YG3m8iOMp6eI/WwuO1BGtUcB2V'
    'MHxZFHxpE+iyHFs0VbUP0U5L6+HUKbuaiCvZeOqVfT3pKsFemYTNNRtTb0OdiuYak+LsTHQBrMO5QAXH1BUsbGK7Vbw6nNQ3njRW'
    'pc5wfrCGPT0PSeeBMUFP57GkNmfXlIpW/xJlrPPvQxO/Py/L2xmrV+1X/twEaUsM/kh57Wfl2mNsFPp6MQcU2h/PFO7dSOzq1cJ7'
    'jew8XB/wDMe1clxAH7sn5SyaLpwklX08F1kBxlATIrcbmJ1vOKacCsJ02foos8rLySPVb5Dytd2kkTn9rJ1xJdeYwHUuCHbLbuaz'
    'HyT9yymzXBZSbgWey2uXMq+XYVK3RrKh2NbokOL5e5U/phmxgTOphkdYXHxlAvpTbcAepHtqLsFq9BiexVBfKoXuOJVjn0/0ctux'
    'm/jRZ8McrIq5/kuJbXQH29c8n+UQmzdqF+5Xcs7AbQZ9GjwO1oGe7WzWYUjJeVuOB9p8C9haTOdizEJejCr7HJQ2Z8LZML+4/+LI'
    'Orw/2+diZUJzgXiUk1Vxvt9hjc4SxPukvB2zeZ47YV5MfPWmOmA3m/Mk265Izf45X0t8v+NMToyyd28i++EtU8B7nWt9yn/meIOd'
    'RcLGl/Ta1CSwNtUBZw6qe9rmPh8N8H3w/O5LhfOrlJ9hyJDv2fqs+5gvHW0TTt9OE7A9pvbwfou+SLmnKWZbwj/0qvj5HDlNZRKk'
    'qSHhfD95lkvrn0F9sJo8s1PTjkMoWeEZ597vUt55wYQmeK6iIxHfx++/mPL0ZGkeeE5JzA0Vdib/bkC7uRjt7kt5PtGdIf3VYbVM'
    'zgNHmP7xmYDvjpbwuzvId5Nql/ZVR/ubU64vlz8jYbbGAs5MpvaffIDNytT/xvPjnU7GUJilY/g1+ONM+2qKt9upwTC9QGKFbOYm'
    'qM1DBGOlw9Ue0egyHKu8T3n1EvKCHmOSL9cEf6HLRyzVEzFpU5c3qY/tuzGlr1dZiu+izrdlir+L410DuGwTLKZNjRw6vqley6T0'
    'aJu8/WEY6doE9KXFGpnRb6hHSpijvArOQTYOfl4Jj1nQrGmPKs7tPVU83Ia/m8YtYJ5AOtdjSl9fR+JhpvO9mMibnZbYmijfm04f'
    'pMm+qUpg3zQq+7z6yB/vInYJvh43sWc/otmjtvIuSM+kshrtlNcSH2lQHyWdPwyvGHYeuHia5Fb7NMnpmSRTqlV8TMOQpe4q5Q0Y'
    '1sgfif/+QohZ2m6A56+YIXOeND+ytRf8O/ExviycJW3b+0fSXncC7T1LxkdzzZq047z/vwLGF6U9pz7fkojjod8+osG4DKnwWhzU'
    'vnkX/D+J9StF/64j2NM+1navBqu70yIOCNdlPeHfLyu5DkopvntmQLxRf4hOx/kTrSkW1leTmCXEaZ4u2Lkl3W5MlabeYBTcXSl4'
    '7ckJ8NrVKno9Httc1/gd2sagxd6mWC/detO8Mn+i3LyklEY5LlyqT0R9J1H7R+NtuK+4EugnqP560LhoLoddGn6VV8nUb8qF+J1a'
    'YTz4fFoVx28v0/Bcnd2W1yDiOMkRC3taTsPLcC3eTs4G45a+TVPsgK7+FNXRp3LMUqw7ruGFZA1LHV9dCt2xns3XQIgv+XKiT/Wy'
    'eTsSIWbnYsHPa4srcdpxcm0uj4ALi+OXt637XApf/HTQwC0JrdlNBNM3YiEvCiq4ZscVs4QWlhMfu0kcKdcbJWykDitF19ZknuPQ'
    'Kj3TVxLaddp8ZwD/iBLzdw6RmTSmFjG3rSF6dJy4QJpnyCYOmOswurq/Sdj4TTA0A5pzCu6ntxEeUVDBtdIK5FyURG4MikEfsTif'
    '5UNwQM65KJvyx+amLc8bNrUiToQYNJLVFtIUen8w+cmE3Leh/0yC9L87Av0PJUT/H0qI/jcQO8U2FZwbqSdAh8WYiAXCfJhiznS2'
    'C3pOG7IY42AE+aHT7ZOMEYyLkwyi26whHrtfgxMaU/64ODr3YxocUlANZROa7DE8I1P9oVqDcUWamav0eQ2pT4BjS3ZZyuL5Krmc'
    'ZAXBPm6rd0r+pQa4rhTuhbU/btEXfl4O2/thPr/z4Fw/1d+V4jvizL0JPbeq4BrK40THtM23eA6RU7iHb0n5a8/uYu+cTnjCLuV/'
    'Nsk+jjH/cS7Entei/PlTKQZ6XINVboE9Rt+pUsV5ZU3i5ZzrUTIv9Hs0X8lU2nuSOA80B2CwOA9tFGiD6gjO+nUF4Ayktmz32isa'
    'WU/99s0aPBHS3G0pf5zQTtb2dkaTVG7oxh0UV9CiiSuI0j9dfECbsDfC5nZYkO/S/t4dEAswlfSeRO7gmZif04mZOtnC5hTlG68z'
    'vdgmh7Akt5pj+kU47reJ2GjC8jJ2K31+ywpVnI8S5zWrvHkuxbo3AI3WKfMYPCmnpFOn/VbG545aYL+5P2jY4t284TsmvCVubthe'
    'Cz/paITvlnP0njg89u4p4LHDE/++MiaPjctTTXwOvGaJhAGR9Byqc0zVPpqMU065ueNt57VbybmJ5zO+84oyj5PkZzxb3bByiufu'
    'fyu3ztFspMkqQ5rMamjSVAbfDjLXRv4FxSnYyKDdGvk7FmHNbL9vOj5TfPPxJHdp3t9FUyCHG8BW0RqCsxxS+pxnNmOtFmR/fQKy'
    'f1mJ13jc0K/K6cAZf7+FDhD1GxtTnk1rR4y9PJwg/y2F3JfOVotKuOZJn7FeI7bHvCHuW3fGMn3HRrYUDP0oJueoggZLOjpFfDnO'
    'nnXevTmhdQqK+xtXwfHjtnF9tr4TztfHVfSYIl0s/Exc3yC7aaOgD5rMedI2eS4nG1Ry9WlM/DJ03hBr9C7w0drIE9M8TzdpcAq7'
    'CZZnyTT5iKT+BNHQwhDbexL+n4ppsocnUSepzhCv1gB/W6nBHuYFGUN5z0DIWm5X9vHXYZjIBsBjnzGNfZBy3CVlNzfJa0Vt9g3M'
    'zzOq5JqjQTWUeNz3Tg0d9CmzmMvpsnNO9d55Nzkb9angvMo5FZxbuqCR42H2HN23eV6AqfheGL0inVI8OqfXQRUeN8fpcrch9izM'
    'p+T06yILe+E2jVzcboHJuUnZ1+QdFHDfYe8MaebklCm0hfAzW9Kx6VmCWdxl4WcKyhvSALRaq4lbGlDBsZlUb5kn6C1BtTR4fSKu'
    'm1C6bRXwd6bjxvG+ponh+AyZV9szk7Snhwjmdp5GxxxifGG7ho+hHN5GZKFUzzAo5mwLjCHJfR8lXkTqW6fyYuOj1CNoV148XV7p'
    'a12a4jv5OwVlFk+HmMtW5c8lgXXFmsleT3cFg8qTyiWjw/S2J8CHsgIfwjy0qwU6jYpxpPylXnMuCrP/JYn5CNIBMhZ+nBzMIcYE'
    '1wH92MoY+v2qKbb9b534vVqzT/g+ymv437CFH9M0H4upzUCKAzfRa6ZK/5fq2ku+nmrNOQfrN1ST/TocIM+rWfs18F5ce75JnoEh'
    'JeeabCC69HCI/JPGVMvGVKf8dYrOmAF0y+MfRzVybNBChvcLc1FfIuyMThZ88TiXBU6OsRVKH5MZ1N9MSH8rS9DfcwFfn/R66MZR'
    'SrnrzOmjIdgLiR8G8U9pDVGnaTdY56h+k94AOwT1sZeqfRMZ0BrDXxfG+9YT3hdmmxu2aLeD7E9Teuc5jpLwq0WR9bUanBDKsKzy'
    '4rZN9U3nG18isQam74X1+w5lV+dgWGOH2AH25jjthPX1KlWcK2JI6WNJnXfeL+Dvgt4J64OTW3iVAY8K4zel2I+2eLScRs+YLhv5'
    '3AT0mZOUeTww1lLJBehB1wEvkmzLkg9/pug3naTf3I5j2u/p0HOCzuh4Rl6o8R9JfiZb+x/aiDYI2LgkvlMg69Mawpe6LfwgvP/0'
    'TJJE+4WQM+1s9KfZ8ArUJ38KPl7TOP+c4dqVmn9E8Tc44/1z5dW8KMV4p+L84TyzRhXXVrKN954Kfhl1nSi/T2qM03U2fGvI2XAs'
    'RO9KcvxRdDSd7o9n1malr28SlCNSh/O4mfiX8krO0zqueffGBPuDMuIKoqeH9QffeY8yy4WQMxzX2yz2WlC/TjPEvY1Y7N3eABuo'
    'zk9VPY2yNpWArEV/x33Ky5eI9eOfX+LVAq8mPkUcp/P/swXcCJ+DEYa5MPEZ9gs+Q/QHSvypFHUice+Op/x0cJTts0tSfixrhwqu'
    'MdkIzzSArTxKrWNejxIxISenzGN1SlXrOInz4lnQxwsz7vX9Gf8+W53xj+8dcP+ONm98b2fPXAzPfIw8sw7avxSuF8D1nXBdlfH6'
    '4cyVEyN4sQr/die8twb6MAeevQSevbPNvX68rdhGMJVjM+mbM+6vgW/See8Dhu8F9c9mTk60ud5AcIIXZfxj3JA5cefFFifltL8+'
    'UzwXtF+Ur+hwUvMTku0cF7aWzQX+f3XGDPtWkZCf0enrdzrd6/2dHsYP9eS/g3tPwvVhuL7eKWNq3ux0/03joun7b8L1HzrjyZ96'
    'Mudr4brwmKwrpROcqy9/0L2eusuLQ8N768bc6w83ufeojnX0yvjjtcktepz/4DQuUdF/wlKLlnTP/fFK9/rZvJdrEe8t2OK/10pw'
    'F/jee0bda67f/2w9eRbbwWfvusz/7FTsvbi5yJ22N/f4v6mud6/3fFHff6z5IdX/oPEQOOf359zr77/ozs0S4d51ezz+WK3kXNqY'
    'O3M+4X1/vdW9XtDjXv9lvJg/4jPns2c4Bp2OMRMwxih5cXG8vwCaqt3l5bTGe5V/CvN0jx8L5fztgS+61z33mMmwTIL7aRDm7Ye9'
    'Xg5Dfi91s3tvEZl3vKc2ev+nOUQn9Z5ef9t03fAevn9Hr35vYX2I+cpf44PTYtXlIHs3ejFD+L1aWJvvb3avc7YUr9H7YUxr+4vX'
    'CO9df5OevrCfNaSfVVOgh9zf514/kfNwInjvGuBdlXs8WxLea/2U/94K2uY9/ntLyb1TYF/vuN6zY+C99X3+ey3k3ifgvS1bi+f+'
    'q0APyz9VPPeHPwf61j2l479xscxJ7kmuD1UH6FGSzfkkgWfTsX8edMl8p5+G52r42itA+2ddXdyfez4J104z3pWEXLv1sPv9efD/'
    'LzxoZ3956XH3mtnrj9Fz/ta5P15bcWq21lroCqbttpDneN6KW5+IlqM7KJamJoIsnTy7fru0PPKlH7nX3+7z9EaUDV+He888Cc8+'
    '7OU0Rp2w8Kx7vfQ59/ryXve692CxbDtD882p0Buj5rVtBN9oEB12EPu1CS2E1ZRbSGSm825aeLaO7Pu3zvD+vW2K+8fXPhtx7SV7'
    'xIUR+MxJwh6kNp774Pr8Ev8+sOU9O2AvoY9tCPjO5Fql0rPmp8L8J2PapjMFXV3ufP3x2LGsfEJHTmRZVATWxvanQRNXZlP/iO6j'
    'M1HfP6Y/44XRUDfZc2cV2YjSJ/TP5ESVkIYon+lgOme1xm6M9dQXEH88faaRYEYGGc6Jxh0NBsToVMbkmRerZOIiUzFk+MXseZ28'
    'ojy6VSPnmkp0hg2SkcvgujUir+B6395D7vV7T3s2Abz32cOg9x3wbBeowzk6m3P90jfd60UvFJ99vvIDeOaZ5PS7i4iel6QttZ70'
    'eyXso3ntEzK03d+OiR5SDWemObCHUO9vdE2MYr8zMWilO0F7fvp4rBV2u2vSUlEZscEjNnrg5wV9LaW8vINlfY3JWnWs4njR1+qJ'
    'Xxp52TnsOdO2sD7HRvI36htU+z28qI7fn03O8M7zzvWbmmepHbP5Kf/5ntoxfwl8f+/hYjtmCmwIjx0qlhcHfuxen3vaLy9s5PtF'
    'lvPXSuzR6PeoBP6v9ir1tZ/59+5HiZyZMh9r+jjkyY18J0ZSk92f9uI/2chP0/WfG1PX6tzv6VUNgLVFferg8+61DvbAj550n8mT'
    '/dn+GNgCD8vt9ZJnT9nrtSM9exV59mZo77zn5Gc/QJ5tBXvuI4/Lz15Cnr3lAfe6BPqdOewf2wUkBu0WsB++CfrkUw+C7RG+c+B5'
    'r44xztkjaGt83N/uaaQPGeBTq78l93cBaU89JD9Dfd+UR0ljimPfbmQ8o5a8O/HHQB3GVgd5q2BDaAWdlOq4ODdvgblaCedIKS9U'
    'Fzm70DaqyPOoX/Mzrsl7HazPUezygXOc/s8SY7HnuKyXG8iAkPkO/Eknq5cn7bdsBcweXf8+WP9Mef0ryNkq2rks7GCW8LlNkucc'
    'I0X1Y46Jovrx28f996h+/B/gv84IvmS89yd3xbenxKHF4wzyV8Fwe40qeYYUigm0WTvu56L2yVaCrSnzIAMelNadIBIQQmUZVZZR'
    '0ySj8LxyxqcBVwk4wgUfda+f+wzUlSPP7r3X/+wvbwX7FDzbR2QRtuu0hzm2sqwd533n3pUUg8y+fxm1G7HvbSD3Thtwr78DbNw7'
    'hHv11xTj+74K+NfVA8X4viPsHsX3rdvoH99S4R6Ob7HwvdMGiuX+EXaPyv3ndgJO9/Jiuf8q3PvD3WW5n7jc31NCub+nLPfLcr90'
    'cr8uhtzvZbaW6yxsE+njnDM4U/D4DSrOTyAFcNtZC+A30K9Asbzt5fWacetFcXlBtTTC8qIH1VyUagHE5ReVMfjFbLELx52jmhNo'
    'jlIqOd9Ykn6x6w38Ylda+MXeb+EX67Lwi62y8Istt/CLnWrhv5pv4L+qNfCZRT1TJI19M8VPtZL3Ggh+q5m0idgKKmfb4N8V5H4p'
    'vzk3gbnMqniYNt6/FcJ4lrHn8TmOtZO+Rfc0YhRN8sfx/K0O7P10ZZ5brleZ5/7pMXjmqEomd42NH3auBsvN44XoWW+x8sd5oh9U'
    'Rz9zZhH9tBnSj2leuqBcuLQmti29Ud2M51IbO07pqGoW0dFJFnwI87/RXFjdTLc/EoHnFI5TOphN8qhZmdXyNqkfy+uc7GL8YFiZ'
    '5b2c7eufjrH+NhiYE8Fuof7qP80MjfY4yNZQA7NuLZKyCwRinIxcZGlV/qE/h+iSdiVpRy5j0gz2o4oTKxLu0I1rK1EQd7XsQLGf'
    '8FdPeM/EkTtS7hi0KewVcPsFgtUNyy1Ups/Y9BkDM5lOlD4j+RWPX6FeYYr1svvpssKRJWmHK8vy2GtnJcuDdHLFzkLXQLzE0D67'
    '88QXIDZL7fWwK9jm+mfca+MD8dqksmEI5NUTD5U2x3ZZF51++k0qn1NjZ/wY98kY9Z3+dj8M+OmXWH5Hk7yNK5Q+byPFhvE8hhQb'
    'xvMYSrnfXh4vxoZ9A/KLbf5s8f469yr3etI18XUv3Xo0wXpcG1FHMM3NVIp8CXOOeT6JJPRvnl+OrgXPSxdV/25h46E5yX4EeQD/'
    '4rJoMVDlfL9Cvt89MXS2PfY6WXoG0znGjv/xSq+WBP5twZZinkbzBnOeRvMEc57G82DSfcTzZ5ZzW89eWo/D08sY1uMzNqFS+fPx'
    'rg+QrxeRe/sZzzif3Psp5C3eBLmJzyH3vn8j6JU9Xv0dHnPw5J96seOIlXH0O+f6gU4vxzHPm06/O6n3dfrHRmPHUcfDZ8Jy1Zb5'
    'XCw+tyQGnwt9NyncPs3ZXeZ5JwZuP47+x3PqLRP4a7Xy1/GidQ2xhiCvM7BN+esMDJNnMCdgnrWzjTyTY9/CmvXXKn1NA2znCpif'
    'MD99H3vv3QznYVLf1nlvtfLyHXazcZ9L+svrP2JOxGUEJzIqYH90+O2wfiGePAxXwmsxdit9rvPlRA+jeT5MbXvnWNJnnfLjirMq'
    'GPvMz7Ccvs9OaM9VlmDPtQKPTgEfx9xeHHdNMS6pEs6/xANGNHS+UdhzEq11M9rvIntukDwT1I7z3lvhLEn7hHiZIQuMTkHFi7ng'
    'GJ4Cw/DllZdLexL7HYDhKRWtZktEqyZtBOEcTbF03E4RVn80bm3IqPOF82P6fBbOI1L+3TyjyyENjrBXoH2pXnsPe26U3R83WIth'
    'YY/QvvQZ7NsXM25OL4keRjR9LBj0DfvUz/rUrYLrPe+yxF9G7UcPwQQ68/BnGZf30T72We4L2/XqJrRB+zYV68DHv2Vi/OtYvzju'
    'uTfiHsgLepYJnp/rWzbzy/cBxWu2kbHazDWdm3723nYNnZvGSSRFO3ysr1S4Oq8up7hUFzSIjrZp5mc769f/hetvlBn+PmgM9weM'
    'IV/CMZisy1FDmvtohavrUdrOWewHXmfc9vwh0TCPRR0TeIbT900V7jljumjoVeXPc6+b4zMrXF8tnScub/KatpKS27z+tmPVWKPh'
    'p2FrFpXfbdP0Lc/mNUyvN42zeSrt0fYuQ1mJazTdcu/LaffsivRn0nfa3nbN+tvsbR0v3ymss9PnobQbSyfxkm42Vz0a/hu0LjnN'
    'WHX92ZB2Y1pN9GZbeZsL2fNnk28PlFgn53u7Ju2eCWey3Hkl5bYV9bzXr8zqVPO1M6GbR1NuTdRS6mF8Pv5bSk+LfcI6JL0et6bc'
    'OqJxxnyT4d7oSU0vb70k5WIJdHoD9iPse0PCOgV9dwn5rq1tQzr/cV1Bmjvnu1Up178Y5btJzfkvwC5cCl77rPLid/HdI5a8BN+R'
    '5pPbIh9U3nxOl13gc2TMtn2QZGo+5HuODr4wAg3Z6soO9vJUS70nCf3C+faFgElOiu83wLcXRqDJgiVNor8/zE5CbcpV4OOleVye'
    'IviuZuJvOluwOU+XvdnWfooYbcwnU64rJ9W6cX9KWVeulP6/8vrOrvVNgn/E8a1iHqo6pa/hajOeNyFf0heetHuPxjDGnY+qGPx0'
    'K9xrIO9WkXfnA6aCY4toXemM8teS0r2PuY1o/jLn3U3Ky4lEfffO87cpOX/ZtWr6ckbhvPH8H2GyfTuzY1akXByC6Xs6XePXxL88'
    'wmwPwxpbwWtExpuceXo1ttlRQSc/2ULfHbJ4Fr/xCNF5toWM82+J3mCSk2mI4Yn+XHl1jaOuEbUx3JVQe1h/dVR5Z8vVGfd6Qcbf'
    '/sUZ9/qxNq/9c+HZLrh2wvV8uK6C60UZf9vO3xFDheeQ9SHfO0t5NegugXt3trnXj7cV23b5+xRDJcW9nBuA512u9LXoziDY2wLk'
    'xPst5L079LSXs0kXezAvIPagTohtyAqxDRznkRRvSxLzt5X8uwniK1/eKz97rZreGgPYX5rbZ7Eqzu1zLVxrNHgmxFDTmrQSDXUR'
    'GmgDXeA3EJe6htxb8QOvHiHik1qUfQ1BmnfhxhfkfAiLgAeHPWuD0aG4JR0+yXa+k6L1bAK0Uq38eUclPce0XcrLbobrzyLqqmF9'
    'SmoOq2Lq1NJzNRF16ocgXuEVuB6F61Od0XT9pPr17xvjz3N1AmeXJMaDvM7U3paHfVahvBjkGgPs4yKCDZWwyhSHrHsm7BsmWMkO'
    'ZZeLWLIFUjt8XDpomiI6SClzDO9pTJfu09hATXzq3IcVhh/EusEtDOvL/TM5DYaL24HHmR375BK0HZZvz2TuaR4AKeahmtzrY2cb'
    'Xey9Sc14ye4xHXzKZB/qfHVB61YqTLBuP9fOoPkajDBfnM45D8X3kpirJGgrnYCeVpaB0ysDUwnQQUUAHbQQu2aKxMXg+xUh7yeR'
    'Sz1d4jHSnAwdxMau1PSdqySMH8dy9hrqEOirLGXfxi18xv0GfVuQQN+ov5zqaAsNMO2m9tQxjU/5LPimhO/mvuV+TRsLwM5J+2pi'
    '6+3VtCfxN4xp3qT8uctQp5oXMle9Gt8+j/ukY+FYLBscY3eA3lZJZFE6QPcZJjLeZP+E6T1J1KKhuItuYR2jnEVqGbZsTKA3Zy5P'
    'F7DeOmywhN3Ks3YHlRw7nCfniaAY2LixZQuneQ2k844JTxkU5tmm7g/Sf5/y5ycweX861n66zgtB6zzIMEMFQZZwnYjqwAXmO8wx'
    'GYQ6EeWx1cK3aNzvH8heHgg4dzvP/ivh2QMhZ/SREJ/o/1HFvlWTGJRRhg37Ael/D6OjYebPfZzIzX4BSy/R4CizUzxAsGhh8tJk'
    'bE6bX1Fe3ZHhgNgP/LupbWcXtH+nMvNj55WcT+Bm4sucb7Gf+ZrRmCSnveuIvrTdMMZEwkTqzs1Yd2W90udnsIm743FOHYQWJDqi'
    '9Rp1fJLiJqgdzPQdOg9h+5frNRRnWM98QzxvQbsqrjeXNG6D41tN5UtS+KOo3y/j2qYe11augRqeG37PDSrOj3XN2ufJ/m9ie6+8'
    'h8p7qLyHgvcQ1eGd/fTrlCezUKdvgv2TBV3B5jy7wuJ5xHSdEvFsmhfs0CmDby6KMK4zLcdF9aDKMu8p854y7xHld1VZfpf3UHkP'
    'WcnvLLHB2ebil2x/c5jsRjvshcynUq2CazTG8R3MJHwHjzEMw2UkFdPUmuD85S1sTib2vrB2uJ/SeWcH89uY1DsuKH9NZh4zHMUv'
    'ocu1gRiqdWAjxDyopfqOg607Vcn5QPJCDEvY90zy8el8VDq/dX0CNBglDj/KfpZio4NinqY6R2QmxlyGzZmtP7WV8Bzn+TQ7D+p4'
    'UmPMMXDMKI/7ovepnVzCPVSz58cYPqBW8EUNhOA0qf1cqoMm+QJHAvZP3TTNly098HFlid9qJMJeaYB5XGyB89Dl8rXJORbE23S6'
    'TCn8sTkVnEMU12ybKs5XGde/N51+6CT6L/mw0iHxLkHzmjRGVDdvJ8WYN4mHUf/8Us2ejZI7iGKbouR9ozZDW196Xsl5rEY14+Bt'
    'xpXB82Ks0UiALqjDHQTxTVzjcYGW6Rr3quKcdxRzTOMBCobyjeI1FiSg4w6x7zr0ynOtjwmYCVvsn22O3SAfdFLxN5KPn68Zx1aM'
    'a3QNfsZGXaeg2Td5ZZ6zdqdGFx5Vcm4tnmvwn5U+Fxelp8YI+Ioh5dVTms/aXxmjvdOVnF9Kyvd4RLN2IwnSHsaYnxbAU2jfchrc'
    '/kpCe1HmJawG7pyIeyFMHgxoeE1Oo+M3C/p7VP2C1gaU1qpReXUldqrkz9J1JZhT25wRgxGxtzwvtA7TZIJBppgmGz9flDobawk/'
    'iZLTmuO0Hb/fEpVsPtUkzzpJxVWF7eMRYQ+FvTOs9DlNSyGTCxZ4/KEAfovjSzGd/GRhr8TZq2HYWpyrLHw/LtZfykVDdclciCyj'
    'fc0wXTJKTudRQY/GWodxdFQJhy755HU0OD8hGgzKKWtaa0CqbcF1zqB8THFyvqxV9vXVk8xPYBOT2QJ6liTLmpU+pjKKnYvm8OnQ'
    '8OUk4gYXJECHuhiyxhhY77UEDx+EdcaaqCtV8vFqOp0+Ccy17gxtEh+RZrFL21i/hxhPojbTUUs/mYl90cQOruPtNvaeYU0sQ1xe'
    'rrM3cF6epB9rp8aPJ8VLSPabbuXPH8X5N/X9NUC/s4LdjfOadg19UrprUnY5i3mc411AjyZ7JqkaQg1An/M1dGJTm4nW91yUoI1a'
    'l4Mdc3yZxgd1kHG+EcFX38v2wUIS14Pf/g+DMUm+eYkepiqeI47ev4uMgcq4LPPpo0xqIuf/dtbGsIZf9xnaV/Ed03ygg2w9awU/'
    '505D3h0k9zNMLg0ofRyVri5s2HlCN09J5u91vvG9Cvf6zQp//x6vcK/frZhaH3mc3LtnVbnX9XB9F1xXwfUcuJ5bZaeHU52W5odY'
    'C9eFx+z1cZrf70JVnN8Pc0/UGOz3yhhztq7dDu82T1hrzPdpkycmRfZF534vF6SutjrP7TSJsXveyymJ+h/mH139jJdX07ne96Rn'
    'w8Q5bob8kv/2P+3mjOel5DwkybzIDy6Ndu6cD7815F4N9BX9uJWgT6qJcXztZ147SeYObeyU5QjPOduu9DlnTyb3Xrjcex95K947'
    'CvlkB+7283/nb/dDzsMjcH2hUy+DmjqT3WNV0Oe/2+jNBeUjR2+HfXC5vy/0GzVKn2dM2hu3Xu1ev7+5eC5q+717znXOluD8Z1HP'
    '3JlpnjPTXHHz2PmyW+PL4j49mjvEmb87iP64S+OzKSjzWtkUI9WgvHwEUfN8byXnx4Kyr+cn1b5z2n0XrD+NPe8i81pQwXkj+jU2'
    'TMzJvVLo94ClrSLIn+X8ff/1kCP1Mk+f5fc+tLnYzruDXGfyHsK9Eqa/JMXz7hl0r5+yyDEr2Tip/oXvVpFnEGsfBWf6iZx73bI1'
    '/jrNiTFXNroT15daYE9wnawe9lkN0admy4+7RdOe8qTIZijpN21+GiPf1H05ir2byrFF8OGnDrrXSyHX+o+esKOvlx4GPeox9/oa'
    '5DgvPOryuPcBfU3uc9CFLzwc/M5F5J2HIYf6Xz3if+dL93u1XzB/7Tx45wuQ7/0roNdfBfnXX3oc2gI9/xH4/1Pw/Uv3u22dQubn'
    'ew9BTYIno+2/1oeD+x12HojDVxXM9+cOe2cfm/ev+Yk3b0nKmjZylpqciwf9/Jw+z+Ocasm5heMmTfzipr6LIL+cSV/5Oc55fx7Q'
    'kto/fb69IN2hmYx5Utc/5rfR1Cl/Tnz0Q6sJneHYX7rvVHb6bQAtZD6oPpGCs9XvO6O3P5edxaqP6cc3j+iYQfl8TO3e/aq4Brup'
    'n9nG3yTliOJ2YwlXLtUljGOLHw7xiUs5t6SYlmaVTG7FqDFLkn9al49rl4ZeChrcxtnE5m2CxzDB8ujOQ0NKzu3ab4ApSQX47aS1'
    'GVH+HHxR94eN7bBNgylAn9x9xJeA58nnlxTbL5YResN40bi4AXwuo4Lrg+hwiVnwXZn4nkzxYbx++e4IGH4bX0BegylA+8HVzlkp'
    'Ad5j4n80wZyZ2i1KPW8DyizmV8rVx/cy0hfSWAq+iX1xDCuTzab2KHpMUmQ/tcL3B/B8ya4jGl3ow2wOsH4oXpEfoi9+l+aKOJ7F'
    '5IzexfYUxuE3gJ26nvk9cG+jjNpO/KUNGr6R1uhtc2ENTf2HY4aYiihY4EYl50YNw2bxvMlJ4HGDckAv0/hezmSyYFjwzUuY0FLi'
    'lFeW2O7anKAtM+xs2KiKY0ByETBepthiSf87ooJzrtrmwXb236aI6yvNcZA92iQeiJ8Z8pr5Hgrh2auVl1uhW+MjyFtgfHKaMyx+'
    'r015+Vd7LPFtQfqmrV7pPHPZDFrPRTH1jX4l56kdY3zAWe8lBuMb0+gx0rO9EXBZOSI3bfIEc9q82XC9T1LF8YjDAl5IF58gxcXt'
    'VnIM33zNGptiwug54adgj3ij0/MBm4zX2WdLDdfZdn3LObfknFtFmZvadTfsfpBmaIxJeQ3kNWjXTnW8NWhS+vpsPOaaxhGOGtrS'
    'JL2qhax5iuD2pPxHHL/5BsHazRXeoXanqgBMvalc5uPsJmcfHFOWfXcOwyj3aHDWXMa+wWT9YqLDlFqW83WqVvocOaXQ5aPUyBvQ'
    '6Ip5QafS5bSY7rEMasYg2XXnwL/RF4Ty8T6yPvcp+5pwNOcQr4PZTTAj1axv25gOdoHS1wYYC6C9sDPkaYa6lK6OPOLXG8CWIdlt'
    'C4JdykQfaSJ09ADD6T4KON1fVXh9/A5ger9V4f//E+zdA/Duc+Td/eyZ71Z4eGBFMMP0mUfgmd9YYoWD7A1qBtsb3g20Yhrz1aPh'
    'hecliD3DfHhJ+ie6I9g0UsyGmSL2N7Str6hysdnvm/hdUyWDJ1YwDPf74Lqmynx9JUz4SrheAtcN5P827b6LtfcO1t5quJ5dVcxb'
    'KxlvfXapN+5nl9rZqn8DuIdGuB4AbMUNB7zvNhI7ch183/l16oI7NcGdeuBOLfDhTj2YJaiG+KSu0lnM6yfpqse9fvpT7vX8y12a'
    'WQL04vztqx8BvFoBfD973Gu+U27j3uvdNuYFtPHoRrM2dLS7EPTIGvYrzVntJvd7zrfu+aRSr37SDkVkMreTuN1N8ticbzpX57vY'
    '/1bofzX7PTjxzncmft+c+P38xG/fxO8HJ35vm/jdMvF7fad5vw/C978D1zfh+nm49sH1g3C9Da5b4Ho9wVnXkL1RS3DqtRNjvfUz'
    '/u/Wwvidv1MZUqWRIUiLf73VvV4AtPAv48VxQjobsI5O5iovlov+rp3o4+u3T8zFh5TafNkEn71uQkZvDp7PtTCu1wHb7LzrXJ33'
    'J3n1dSDrN4fTqUMjLUOuDcSxfzi2jyNAt/vgen+nHZ0i3Tnt6uwrFGOPdLyP/f9+su5t0P9a9ts8sT+Xjbm0dBD22ncnfv8e6NSW'
    'Xuk4mgHPu2zMT68H2b77Llz/ntGtCR1nCD06vy9NfPPfev39eAn64fyd27rod18X+kNxyM7ffg73HguxcdUQzNBC0r/lE0L+h7f5'
    '+7cc4gScv9N9VqPZZ9iXu3vd6zv7i/t54B7Ye5vDfVA1Kjj+Z+gzHh/g36m/2i9vdH4Xul4ZMh+n7Zig25x/Ppy/TdJzTh73P/4X'
    'wCwJ/ckCj/7D3eE6UwXpD/5uGHXns2uCd1X3y3TtPIPzPulzBT7nPI/tX6/88Ys1DGKbFJo2FfXVtJpVP+0h9zPMN4+xZ48DPRwc'
    'ca9PAG99daMXwzSJ17zMrxOt6Pd4MWJxUQcybYN+G2OuF2Mbm8LbaGE4LRoHSPvH4/wOwXf/4b/7a8cE9f0X98hjWAC0vRa+d2e/'
    'PDaOCaD8D+NSJ+v07HNjBel+cv6GMYRW+e4Bo/zLB+34ZuEFD0uL/j68h/r9oaf9PmmMA8AYR5t+Nj1tJisybK6GJubliYf8czUE'
    'c+X83aYPDo5bmovVj/kx1RTv0bk/Wr+d95y5ov3msadR8M78vIuyFXl3YYIOvv74RDsTZ7LO52TeXQC8+tcBv+48O9m/58z8Yzhv'
    'L8P7+54plkF0jUzmr5bNn3rIxY/7ghwe8nDlNvOXgfm74qczIxa7FuZJF2O0UsAA4jxl2Tw5mHAHD64CcOIce9V12D5+kZ9vFKzv'
    '3oP+uGjqE30YYh5ST/qfiaOHHQSau/lwMc3tO+TnaSZ6WNy5XB9jLrHfH4f4iqUHiuMBMfbi3MeKx/s3EAvyN3uD91gd/BtzDFbA'
    'fIw85MajcD7RCPcwXoXyBtM998hz3p5zrs8Aj1GW8m3Pt+G8vzd8/c77lisH6Ticv1H5aMsz9h4unsdKNo+HJvjyixPzdcPB4nk8'
    'BDEqL8J8Os9Eib9TT4fzgt9OfGv1t/zf/y183/m7zXdffdj//VsOxqNxjJ36nLBvP/6URyNBdFzNzimTZ9BDnmznZ1q8hzwDv3Pf'
    'o57vpFb5Y7xu/ab8rISZTSmvdhL2ac3EPr3qMTdG7ZoDsvxdA/rGVY/549mc523W6E7YG1cBD777BTkuzYmP4zScZTTs2HIdOy7V'
    'WbC/1M4bRX858GPw/TxtGatK9JQw2ndky4tMT/zsYW/v2Xz3CyCvboVxX/OC3fv37y3mWWiPr2D2+G8c9vr7Dcv4Ooy9bCzxd+j+'
    'DOPBjux19FS6Dm0Rcp9IPITqcVxOXvEo8CmBv+DeDtPl64jvgu4NHNMtAn/nsYi3ROTvGMP67YP6vUvn/CRiP1rvnAEf8PdrPZwL'
    'nb/bnAsx9lXtja7T6+bROSfcO8Hz1j9QPI/7oL/3Ak9c/4DdPOL8r/6p3Xvvgu/eSWJcw3iNkwvos4eZD/H5aDGy98Kcth/2r0eL'
    'ikZP98E+SD1VLFucNVtBzvK2utj6JzzaxFw5LTHbevHBYnqPcl507Bm/Y7of2jh+Z6n7SfIuinz+1RN+eXD2w/q9rcPCzDnmjYfG'
    '09I9y3MY0T3Lcx9JZy880yyGM78TB0tjYqPGButkkW5M9Iz9R8ivtGDL1PT3/wM9R/uA'
)
