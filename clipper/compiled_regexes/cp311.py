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
 ('[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', 0, 32, 44667, 238, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]', 0, 32, 44905, 254, 0, {}, (None,)),
 ('[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]', 0, 32, 45159, 190, 0, {}, (None,)),
 ('[ \\t]{3,}', 0, 32, 45349, 18, 0, {}, (None,)),
 ('[%$€£¥₩+\\-−±▲▼△▽↑↓]', 0, 32, 45367, 238, 0, {}, (None,)),
 ('[+\\-Z]', 0, 32, 45605, 28, 0, {}, (None,)),
 ('[+\\-]?\\d[\\d,.]*\\s*[kKmM만천万千]?(?![+\\-])', 0, 32, 45633, 180, 0, {}, (None,)),
 ('[,\\-–(„“‘«]$', 0, 32, 45813, 192, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 46005, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 46037, 30, 0, {}, (None,)),
 ('[.!?](?=[\\s\\"\')\\]]|$)', 0, 32, 46067, 56, 0, {}, (None,)),
 ('[.!?]\\s+(foto|bild)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 46123, 113, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|bild)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 46236, 125, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|imagem)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 46361, 117, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|imagem)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 46478, 129, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|imagen)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 46607, 117, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|imagen)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 46724, 129, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 46853, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 46972, 131, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 47103, 139, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 47242, 151, 1, {}, (None, None)),
 ('[.!?]\\s+foto\\s*:\\s*[^.!?]{1,60}$', 2, 34, 47393, 88, 0, {}, (None,)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 47481, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 47797, 221, 0, {}, (None,)),
 ('[.!?。！？…।॥։።။។؟۔](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 48018, 541, 0, {}, (None,)),
 ('[.:!?;]$', 0, 32, 48559, 30, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 48589, 324, 0, {}, (None,)),
 ('[:：・／/＝=]', 0, 32, 48913, 206, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 49119, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 49325, 28, 0, {}, (None,)),
 ('[A-ZÀ-ÖØ-ÞА-Я](?<!\\w[A-ZÀ-ÖØ-ÞА-Я])', 0, 32, 49353, 292, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 49645, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 49665, 32, 0, {}, (None,)),
 ('[\\d_]', 0, 32, 49697, 18, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 49715, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 49877, 16, 0, {}, (None,)),
 ('[\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]{2}', 0, 32, 49893, 112, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 50005, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u052f\\u0600-\\u06ff\\u0750-\\u077f\\u08a0-\\u08ff\\ufb50-\\ufdff\\ufe70-\\ufeff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u1f00-\\u1fff\\u0900-\\u097f\\u0980-\\u09ff\\u0a00-\\u0a7f\\u0a80-\\u0aff\\u0b00-\\u0b7f\\u0b80-\\u0bff\\u0c00-\\u0c7f\\u0c80-\\u0cff\\u0d00-\\u0d7f\\u0d80-\\u0dff\\u0e80-\\u0eff\\u1000-\\u109f\\u10a0-\\u10ff\\u1200-\\u137f\\u1780-\\u17ff\\u0530-\\u058f]', 0, 32, 50211, 334, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 50545, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 50741, 54, 0, {}, (None,)),
 ('[^\x00-\x7f\xa0\u2002\u2003\u2009\u200a\u202f’”»…€£¥−±‘“„‚«‹›–—•·©®™°′″]', 0, 32, 50795, 224, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 51019, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 51043, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 51067, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 51110, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 51372, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 51666, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 51684, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 51701, 29, 0, {}, (None,)),
 ('[{};=<>"\\\\]', 0, 32, 51730, 28, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 51758, 124, 0, {}, (None,)),
 ('[\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000]', 0, 32, 51882, 206, 0, {}, (None,)),
 ('[\xa0\u2002\u2003\u2009\u200a\u202f’”»…€£¥−±‘“„‚«‹›–—•·©®™°′″]', 0, 32, 52088, 222, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 52310, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 52440, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 52647, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 52917, 230, 0, {}, (None,)),
 ('[、・]', 0, 32, 53147, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 53165, 104, 0, {}, (None,)),
 ('[尽盡]在\\S{0,10}(app|客户端|客戶端)\\s*$', 2, 34, 53269, 75, 1, {}, (None, None)),
 ('[가-힣]+(?:의|는|을|를|한)$', 0, 32, 53344, 128, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 53472, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 53891, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 53907, 44, 1, {}, (None, None)),
 ('\\((foto|bild)\\s*:[^)]{1,60}\\)\\s*$', 2, 34, 53951, 78, 1, {}, (None, None)),
 ('\\((foto|imagem)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 54029, 87, 1, {}, (None, None)),
 ('\\((foto|imagen)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 54116, 87, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 54203, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 54292, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 54411, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 54486, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 54567, 16, 0, {}, (None,)),
 ('\\[([^\\]\\n]*)\\]\\((?:https?://|//|/|#|\\.\\.?/|mailto:)[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*(?:\\s+\\"[^\\"]*\\")?\\)', 0, 32, 54583, 186, 1, {}, (None, None)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 54769, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 54805, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 54918, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 54962, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<\\"/^:])', 0, 32, 54986, 28, 1, {}, (None, None)),
 ('\\\\[\\\\*_\\[\\]]', 0, 32, 55014, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 55038, 44, 0, {}, (None,)),
 ('\\b(afficher|charger) (ce|le) contenu (externe|tiers)', 2, 34, 55082, 141, 3, {}, (None, None, None, None)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 55223, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 55706, 277, 1, {}, (None, None)),
 ('\\b(straight|directly|direct) (to|into) your inbox', 2, 34, 55983, 145, 2, {}, (None, None, None)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 56128, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 56977, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 57085, 33, 0, {}, (None,)),
 ('\\bi (agree|consent) to the (processing|storage|use) of my\\b', 2, 34, 57118, 168, 2, {}, (None, None, None)),
 ('\\bplus\\b.{0,20}artikel', 2, 34, 57286, 48, 0, {}, (None,)),
 ('\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b', 2, 34, 57334, 193, 5, {}, (None, None, None, None, None, None)),
 ('\\d', 0, 32, 57527, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 57541, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 57569, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 57716, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 57931, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 58063, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 58182, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 58243, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 58355, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 58482, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 58603, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 58877, 134, 0, {}, (None,)),
 ('\\s*,\\s*(?P<name>[가-힣A-Za-z0-9&]{2,20})(?=\\s*(?:[.(<]|무단|all rights|저작권|$))', 2, 34, 59011, 231, 1, {'name': 1}, (None, 'name')),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 59242, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 59379, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 59436, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 59555, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 59583, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 59599, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|ostatnia\\ aktualizacja|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|päivitetty\\ viimeksi|τελευταία\\ ενημέρωση|güncellenme\\ tarihi|oluşturulma\\ tarihi|pembaruan\\ terakhir|ultima\\ actualizare|última\\ atualização|güncelleme\\ tarihi|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|yayınlanma\\ tarihi|senest\\ opdateret|utolsó\\ frissítés|aktualisiert\\ am|data\\ publicării|data\\ publikacji|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|son\\ güncellenme|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|sist\\ oppdatert|son\\ güncelleme|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|zaktualizowano|עודכן\\ לאחרונה|פורסם\\ לראשונה|प्रकाशित\\ तिथि|ปรับปรุงล่าสุด|aktualizováno|giriş\\ tarihi|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|yayın\\ tarihi|วันที่เผยแพร่|aktualisiert|aktualizacja|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|opublikowano|δημοσιεύθηκε|δημοσιεύτηκε|опубликовано|עדכון\\ אחרון|תאריך\\ פרסום|تاريخ\\ النشر|अंतिम\\ अपडेट|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|güncellendi|güncellenme|modifié\\ le|oluşturulma|postado\\ em|publication|publikováno|updated\\ at|updated\\ on|ενημερώθηκε|опубликован|تم\\ التحديث|نشر\\ بتاريخ|แก้ไขล่าสุด|actualizat|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|güncelleme|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publicerad|publicerat|publiceret|publikálva|publiziert|publié\\ le|päivitetty|uppdaterad|uppdaterat|yayınlandı|yayınlanma|zveřejněno|δημοσίευση|آخر\\ تحديث|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|frissítve|julkaistu|közzétéve|megjelent|módosítva|opdateret|oppdatert|publicada|publicado|publisert|published|xuất\\ bản|đăng\\ lúc|ενημέρωση|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|publicat|released|upraveno|изменено|обновлен|פורסם\\ ב|نُشر\\ في|पब्लिश्ड|प्रकाशित|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|udgivet|updated|создано|نشر\\ في|अपडेटेड|เผยแพร่|creado|dodano|edited|issued|posted|publ\\.|publié|tayang|update|uppd\\.|vydáno|อัปเดต|อัพเดท|datum|fecha|filed|giriş|stand|עודכן|פורסם|تحديث|अपडेट|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 59863, 6547, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 66410, 55, 0, {}, (None,)),
 ('\\s+(?:on|le|am|el|em|at|à|il|vom|den)$', 0, 32, 66465, 92, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 66557, 289, 0, {}, (None,)),
 ('\\s+(?:października|maaliskuuta|marraskuuta|październik|σεπτεμβρίου|φεβρουαρίου|heinäkuuta|helmikuuta|huhtikuuta|joulukuuta|septembrie|septiembre|szeptember|tammikuuta|toukokuuta|δεκεμβρίου|ιανουαρίου|augusztus|decembrie|diciembre|februarie|fevereiro|kesäkuuta|listopada|listopadu|lokakuuta|maaliskuu|marraskuu|noiembrie|noviembre|octombrie|september|septembre|setiembre|settembre|syyskuuta|αυγούστου|νοεμβρίου|οκτωβρίου|czerwiec|december|decembre|desember|dezember|dezembro|dicembre|décembre|elokuuta|febbraio|februari|february|grudzień|heinäkuu|helmikuu|huhtikuu|ianuarie|joulukuu|kwiecień|kwietnia|listopad|november|novembre|novembro|prosince|prosinec|setembro|sierpień|sierpnia|stycznia|tammikuu|toukokuu|wrzesień|września|července|červenec|απριλίου|сентябрь|сентября|agustus|aprilie|augusti|ağustos|czerwca|febrero|februar|február|fevrier|février|gennaio|grudnia|haziran|janeiro|januari|january|janvier|juillet|kesäkuu|lokakuu|március|october|octobre|octubre|oktober|október|ottobre|outubro|styczeń|syyskuu|április|ιουλίου|ιουνίου|μαρτίου|августа|декабрь|декабря|октябрь|октября|февраль|февраля|אוקטובר|กรกฎาคม|พฤษภาคม|agosto|aprile|aralık|august|březen|března|elokuu|giugno|januar|január|jänner|július|június|květen|května|lipiec|luglio|lutego|maggio|martie|marzec|temmuz|červen|června|август|апрель|апреля|ноябрь|ноября|январь|января|אוגוסט|נובמבר|ספטמבר|פברואר|أكتوبر|اكتوبر|حزيران|ديسمبر|سبتمبر|فبراير|نوفمبر|มกราคม|เมษายน|abril|april|avril|duben|dubna|enero|eylül|iulie|iunie|julho|julio|junho|junio|kasım|leden|ledna|lipca|maerz|marca|march|maret|marts|marzo|março|mayıs|május|nisan|srpen|srpna|szept|února|říjen|října|şubat|марта|אפריל|דצמבר|ינואר|أبريل|أغسطس|أيلول|ابريل|اغسطس|نيسان|يناير|يوليو|يونيو|aout|août|ekim|febr|févr|janv|juil|juin|juli|july|june|juni|luty|maio|maja|mars|mart|mayo|márc|märz|ocak|sept|září|únor|июль|июля|июнь|июня|март|сент|יולי|יוני|آذار|أيار|تموز|شباط|مارس|مايو|abr|ago|agt|agu|apr|aug|avr|ağu|cze|dec|des|dez|dic|déc|eki|ene|eyl|feb|fev|gen|giu|gru|haz|ian|iul|iun|jan|jul|jun|júl|jún|kas|kwi|lip|lis|lug|lut|mag|mai|maj|mar|may|mei|máj|mär|nis|nov|oca|oct|okt|ott|out|paź|sep|set|sie|sty|tem|wrz|ápr|şub|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв|מאי|מרס|מרץ)\\.?\\s+\\d', 2, 34, 66846, 5981, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 72827, 220, 0, {}, (None,)),
 ('\\s+[>›»/]\\s+', 0, 32, 73047, 119, 0, {}, (None,)),
 ('\\s+[^\\s:：]{1,12}[:：]', 0, 32, 73166, 38, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 73204, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 73237, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 73278, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 73299, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 73357, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 73383, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 73399, 16, 0, {}, (None,)),
 ('^(.{4,60}?)\\s=\\s', 0, 32, 73415, 30, 1, {}, (None, None)),
 ('^(?:[(\\[]?[^=()\\[\\]]{1,12}=[^()\\[\\]]{1,12}[)\\]]\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 73445, 124, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 73569, 179, 0, {}, (None,)),
 ('^(?:[가-힣][가-힣0-9_]{1,11}|[a-z][a-z0-9_.]{2,19})$', 0, 32, 73748, 153, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 73901, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 74096, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 74476, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 74531, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 74645, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 74942, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 75120, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 75177, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 75234, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 75291, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 75348, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 75409, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 75466, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 75506, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 75689, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*[:|]', 2, 34, 75849, 211, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 76060, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 76142, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 76282, 30, 0, {}, (None,)),
 ('^.{0,80}[（(](?:[^（）()]{0,20}[／/])?[^（）()]{0,14}(攝|摄|資料照|资料照|資料圖|资料图|翻攝|翻摄)[）)]\\s*$', 2, 34, 76312, 148, 1, {}, (None, None)),
 ('^.{0,80}。\\s*(?:記者|记者)?[^\\s。／/]{1,12}[／/]\\s*(攝影|摄影|攝|摄)\\s*$', 2, 34, 76460, 215, 1, {}, (None, None)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 76675, 97, 1, {}, (None, None)),
 ('^.{5,120}\\((رويترز|الفرنسية|أسوشيتد برس|الأناضول|غيتي|الجزيرة|وكالات|أرشيف|الأوروبية|مواقع التواصل)\\)\\s*$', 2, 34, 76772, 220, 1, {}, (None, None)),
 ('^.{5,160}[.·]\\s*(ΑΠΕ-ΜΠΕ|ΑΠΕ|Eurokinissi|EUROKINISSI|Reuters|AP|AFP|EPA|Intime|INTIME NEWS)\\s*$', 2, 34, 76992, 322, 1, {}, (None, None)),
 ('^.{5,80}\\.\\s*[가-힣A-Za-z0-9]{2,10}\\s*(db|자료사진)\\s*$', 2, 34, 77314, 186, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 77500, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 77601, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 77627, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 77651, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 78161, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 78185, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 78209, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;){1,2}\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]{0,2}\\s*$', 0, 32, 78230, 413, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 78643, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 78784, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 78906, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 78927, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 79118, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 79171, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 79190, 171, 0, {}, (None,)),
 ('^\\W{0,3}(?:©|ⓒ|\\(c\\)\\s|copyright\\b)', 2, 34, 79361, 72, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 79433, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 79471, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 79550, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 79706, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 79862, 845, 0, {}, (None,)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+es (periodista|redactor(a)?|corresponsal|columnista)\\b", 2, 34, 80707, 428, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is (a|an|the) [^.]{0,80}\\band (the )?(co-?)?author of\\b", 2, 34, 81135, 390, 4, {}, (None, None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is an? (senior |staff |contributing |freelance |former |national |political |award-winning |associate |general assignment )*(writer|reporter|editor|journalist|correspondent|contributor|columnist|blogger)\\b", 2, 34, 81525, 841, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){1,3}\\s+(leitet das ressort|beschäftigt sich mit den themen|ist (freie[rn]? )?(redakteur|journalist|autor|korrespondent|volontär)(\\*?in)?\\b)", 2, 34, 82366, 638, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 83004, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 83848, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 83994, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 84185, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 84231, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 84477, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 84555, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 84767, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 84999, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 85110, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\d+|una?)\\s+(risposte|risposta|commenti|commento|pensieri)\\s+(a|su|per)\\s+\\S', 2, 34, 85357, 269, 3, {}, (None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 85626, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 85750, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(credit|courtesy)\\s*:', 2, 34, 86372, 78, 1, {}, (None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 86450, 369, 2, {}, (None, None, None)),
 ('^\\s*(fot\\.?|foto)\\s*:?\\s*(agencja gazeta|pap|east news|shutterstock|getty images)', 2, 34, 86819, 223, 2, {}, (None, None, None)),
 ('^\\s*(foto|bild)\\s*:', 2, 34, 87042, 63, 1, {}, (None, None)),
 ('^\\s*(foto|bilde)\\s*:', 2, 34, 87105, 65, 1, {}, (None, None)),
 ('^\\s*(foto|bild|quelle|grafik)\\s*:', 2, 34, 87170, 98, 1, {}, (None, None)),
 ('^\\s*(foto|billede)\\s*:', 2, 34, 87268, 69, 1, {}, (None, None)),
 ('^\\s*(foto|ilustrasi)\\s*:', 2, 34, 87337, 88, 1, {}, (None, None)),
 ('^\\s*(foto|imagem)\\s*:', 2, 34, 87425, 67, 1, {}, (None, None)),
 ('^\\s*(foto|imagen|fotografía)\\s*:', 2, 34, 87492, 90, 1, {}, (None, None)),
 ('^\\s*(foto|sursa|sursă)\\s*:', 2, 34, 87582, 93, 1, {}, (None, None)),
 ('^\\s*(foto|zdroj|ilustrační foto)\\s*:', 2, 34, 87675, 103, 1, {}, (None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 87778, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 87927, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 88515, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 88721, 199, 1, {}, (None, None)),
 ('^\\s*(les (også|mer))\\s*:\\s*\\S', 2, 34, 88920, 93, 2, {}, (None, None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 89013, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 89360, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 89668, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 89797, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 90044, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 90412, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 90527, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(tento web|tato stránka|používáme|web) (používá )?(soubory )?cookies', 2, 34, 90816, 188, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 91004, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 91349, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 91860, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 92318, 162, 2, {}, (None, None, None)),
 ('^\\s*(vi|denne hjemmeside|hjemmesiden|sitet) (bruger|anvender) cookies', 2, 34, 92480, 207, 2, {}, (None, None, None)),
 ('^\\s*(vi|dette nettstedet|nettstedet) (bruker|benytter) (informasjonskapsler|cookies)', 2, 34, 92687, 240, 3, {}, (None, None, None, None)),
 ('^\\s*(weitere|mehr) (\\w+ )?(beiträge|artikel|kolumnen|themen|informationen|news|nachrichten)\\b[^.!?]{0,40}:?\\s*$', 2, 34, 92927, 290, 3, {}, (None, None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 93217, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 93604, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 94168, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 94435, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 94910, 71, 1, {}, (None, None)),
 ('^\\s*(źródło|fot\\.|foto|zdjęcie)\\s*:', 2, 34, 94981, 95, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 95076, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 95422, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 95497, 146, 1, {}, (None, None)),
 ('^\\s*(图源|圖源|图片来源|圖片來源)\\s*[:：]', 2, 34, 95643, 77, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 95720, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 95855, 113, 2, {}, (None, None, None)),
 ('^\\s*(撰文|作者|記者|记者|攝影|摄影|文字|採訪|采访)\\s*[:：]\\s*$', 2, 34, 95968, 116, 1, {}, (None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 96084, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(읽는\\s*시간|읽기\\s*시간)\\s*[:：]?\\s*(약)?\\s*\\d+\\s*분', 2, 34, 96158, 139, 2, {}, (None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 96297, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 96374, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 96501, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 96871, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 96913, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 97006, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 97052, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 97922, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 98347, 510, 1, {}, (None, None)),
 ("^\\s*[\\w'’.&!-]+( [\\w'’.&!-]+){0,3} newsletter\\s*$", 2, 34, 98857, 268, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 99125, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 99198, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 99408, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99491, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99635, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99781, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99911, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 100039, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 100155, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 100658, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 100830, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 101085, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 101271, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 101458, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 101911, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 102132, 171, 1, {}, (None, None)),
 ('^\\s*\\(?\\s*credits?\\s*:', 2, 34, 102303, 76, 0, {}, (None,)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 102379, 1360, 0, {}, (None,)),
 ('^\\s*\\(\\s*[a-z]{2,4}\\s*/\\s*[a-z]{2,4}\\s*\\)\\s*$', 2, 34, 103739, 272, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 104011, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 104079, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 104157, 311, 1, {}, (None, None)),
 ('^\\s*\\[?광고\\]?\\s*$', 2, 34, 104468, 48, 0, {}, (None,)),
 ('^\\s*\\[[^\\]\\n]{0,30}(자료사진|제공|촬영|=\\s*연합뉴스|연합뉴스\\s*tv)[^\\]\\n]{0,30}\\]\\s*$', 2, 34, 104516, 139, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 104655, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 104736, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 104826, 130, 1, {}, (None, None)),
 ('^\\s*\\d+\\s+(odpowiedzi|komentarzy|komentarze)\\s+(na|do)\\s+\\S', 2, 34, 104956, 168, 2, {}, (None, None, None)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 105124, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 105200, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,2}\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 105275, 130, 1, {}, (None, None)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 105405, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 105462, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 105509, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 105548, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 105587, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 105761, 97, 1, {}, (None, None)),
 ('^\\s*baca\\s+artikel\\s+.{0,100}\\s+selengkapnya\\s*$', 2, 34, 105858, 122, 0, {}, (None,)),
 ('^\\s*back to (the )?(top|home|homepage|start|blog|gallery|list|overview|index|search|main menu|reading|all \\w+|\\w+ home)\\b[\\w -]{0,30}$', 2, 34, 105980, 335, 2, {}, (None, None, None)),
 ('^\\s*by\\s+', 2, 34, 106315, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 106347, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 107312, 80, 0, {}, (None,)),
 ("^\\s*condividi (questo articolo|quest'articolo|questa notizia)\\b", 2, 34, 107392, 161, 1, {}, (None, None)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 107553, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 107636, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*download (our|the) .{0,30}app\\b', 2, 34, 107685, 76, 1, {}, (None, None)),
 ('^\\s*download\\s+(apps?|aplikasi)\\b.{0,60}$', 2, 34, 107761, 111, 1, {}, (None, None)),
 ('^\\s*end of list\\s*$', 2, 34, 107872, 62, 0, {}, (None,)),
 ('^\\s*list \\d{1,2} of \\d{1,2}\\s*$', 2, 34, 107934, 78, 0, {}, (None,)),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 108012, 105, 1, {}, (None, None)),
 ('^\\s*partage[zr]? (cet|cette) (article|publication)\\b', 2, 34, 108117, 135, 2, {}, (None, None, None)),
 ('^\\s*privacy (&|and) cookies\\s*:', 2, 34, 108252, 97, 1, {}, (None, None)),
 ('^\\s*recevez .{0,60}(dans votre boîte (mail|e-mail|de réception)|par e-?mail)', 2, 34, 108349, 195, 2, {}, (None, None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 108544, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 108629, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 108786, 48, 0, {}, (None,)),
 ('^\\s*teilen? (sie )?(diesen|den) (beitrag|artikel)\\b', 2, 34, 108834, 161, 3, {}, (None, None, None, None)),
 ('^\\s*temps de lecture\\s*:?\\s*\\d+\\s*min(utes?|\\.)?\\s*$', 2, 34, 108995, 162, 1, {}, (None, None)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 109157, 207, 3, {}, (None, None, None, None)),
 ('^\\s*volver (a la |al |a )(portada|inicio|arriba|listado|blog|índice|búsqueda)\\b[\\w -]{0,30}$', 2, 34, 109364, 236, 2, {}, (None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 109600, 124, 3, {}, (None, None, None, None)),
 ('^\\s*της\\s+(?P<names>.+)$', 2, 34, 109724, 51, 1, {'names': 1}, (None, 'names')),
 ('^\\s*المصدر\\s*[:：]?\\s*[^.\\n]{0,60}$', 2, 34, 109775, 77, 0, {}, (None,)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 109852, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 109956, 48, 0, {}, (None,)),
 ('^\\s*【(画像|写真|動画|図表|グラフ)】', 2, 34, 110004, 65, 1, {}, (None, None)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 110069, 77, 2, {}, (None, None, None)),
 ('^\\s*分享(至|到)\\s*(facebook|whatsapp|line|twitter|x|telegram|threads|微信|微博|qq)\\s*$', 2, 34, 110146, 209, 2, {}, (None, None, None)),
 ('^\\s*分享到[:：]', 2, 34, 110355, 31, 0, {}, (None,)),
 ('^\\s*残り\\s*\\d[\\d,]*\\s*文字\\s*$', 2, 34, 110386, 75, 0, {}, (None,)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 110461, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 110728, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 110766, 29, 0, {}, (None,)),
 ('^also read:?\\s', 2, 34, 110795, 43, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 110838, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 110882, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 110938, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 110997, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 111035, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 111138, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 111227, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 111379, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 111460, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 111631, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 111684, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 111800, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 111924, 60, 1, {}, (None, None)),
 ('suscr[ií]b(e|i)(te|rse)( aquí)? a (nuestro|nuestra) (boletín|newsletter)', 2, 34, 111984, 351, 5, {}, (None, None, None, None, None, None)),
 ('whatsapp\\s+channel', 2, 34, 112335, 51, 0, {}, (None,)),
 ('whatsapp\\s+kanal', 2, 34, 112386, 47, 0, {}, (None,)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 112433, 99, 1, {}, (None, None)),
 ('ακολουθήστε\\s+.{0,40}(google\\s+news|viber|facebook|instagram)', 2, 34, 112532, 176, 1, {}, (None, None)),
 ('جميع\\s+الحقوق\\s+محفوظة', 2, 34, 112708, 68, 0, {}, (None,)),
 ('◎\\s*공감언론', 2, 34, 112776, 30, 0, {}, (None,)),
 ('コメントは(承認制|管理者の承認後|管理人の承認後)', 2, 34, 112806, 77, 1, {}, (None, None)),
 ('コメントは個人の見解', 2, 34, 112883, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 112931, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 112975, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 113021, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 113053, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 113101, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 113153, 40, 1, {}, (None, None)),
 ('未经.{0,10}(授权|许可).{0,10}(转载|复制)', 2, 34, 113193, 68, 2, {}, (None, None, None)),
 ('無断(転載|複製)', 2, 34, 113261, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 113297, 24, 0, {}, (None,)),
 ('观点仅代表作者本人|仅代表作者观点|僅代表作者(本人)?觀點|仅代表该作者或机构观点', 2, 34, 113321, 192, 1, {}, (None, None)),
 ('광고\\s*차단.{0,10}(해제|감지|사용\\s*중)', 2, 34, 113513, 75, 1, {}, (None, None)),
 ('구독\\s*하(세요|기)', 2, 34, 113588, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 113634, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 113664, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 113714, 74, 0, {}, (None,)),
 ('댓글은?\\s*(관리자|운영자).{0,10}(승인|삭제)', 2, 34, 113788, 83, 2, {}, (None, None, None)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 113871, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 113931, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 113983, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 114013, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 114047, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 114109, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 114144, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 114190, 48, 0, {}, (None,)),
 ('자동\\s*요약한\\s*결과', 2, 34, 114238, 46, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 114284, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 114310, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 114336, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 114389, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 114429, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 114471, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 114521, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 114622, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 114676, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 114729, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrsfQt8HkW1+O73Sr68viRN27SU0pY+0vcbSlughQIFQZCXIGhJmzSxTZMQkpbGYgvi4yoq96JXr14fV9Q/aH2AekUReYg8VJSH'
    'gGiV9t5yAR9XFEQFrvlnd890znd2Zmdmd78kDbv8wvTbnTnzOnPmnDNnzqmxLKti8M8e/MsN/g0MPqnB1PmbOvh3icWfWnhXC+8b'
    'B/+q4JtTrnowLRv8Gwt53gppBeSxyfsmyN8Iv9sh7SVpN+TJEThXoH+vhHQhSguDf0ugDtG3uYN/WfJuJnp3NLxz+lwD7xZI2rIA'
    '/ZvBGjP4VwfvtkHaDOnbIe0gfe1C/SnAPFhQZzUZ63IY63EwlrPhXRVq23joByvHxj0svFp4H7Z8PbSpEb1z/p2HfzNYGUnd08j4'
    'O/kb4D3OU4/aasP8ZRAsp5yDF1MAP7IIZgFwthz6SNsimhebjMM4mOt++PfTzndUvwNjEtRTDXU77Z2H1gari/VF1JZqhN/zoa4x'
    'g51qmOJvaw76Sccjg8bjnfCb9aka5mYs1FuAtALq3ID6VA34XAH1WHbwkyK/0/aoetzhTa2x9lgRnjUB3zKKsoPzrqzbmc8tQHud'
    '+WuB+csk8+egtHWtFemZFvj1s2oAlNbkCc0V0ck6+LeznhdnvXJvJ+vUZJ5V836YP2l3YK52yVl5qFn2UCXguwYIg/ktA/rdCHOY'
    'QjQ7C3uAtdeybnyyeL+ZYnv7C+PbbFSujJV742Ddn/Foe3ZRMR8xUdJWW7I32SHrqof2vjT492coU4nqc55/eNvVoWdgYPduC62T'
    'TWRPfhuMVToEXbNHIV3bc1kkupYK+lgO+Ilx5ypUUJffS+b98J73erJ/OXjwJaCFaQN6F3m/So++eXSJZtGzJ55JFD1T/K+SvSrZ'
    'q5K9KtmrRuteVW9I45jOc0XeS1OQLof0BEhnkpS9n45+O+34BeCU827K3V567f1e+sIPQXf4FS99+D6vzI9RmV0/9dLXvu2lD9zq'
    'pZ+/x0tve9Qr833AW+fdc1d56X3/6qU/v9hLD5zv5f0GyvvE+7107/vFeW9CeY/cy9vppIu+6qXX3+/l/RTKu+sWGA/oc+b+4j7+'
    'C8pLx4XCfS/K2wj9/tY94ry7UN59kOe128V5L0d5r4S6lz0izrsZ5c08ADgigXsJynvbY176yIPicTgHcNN5t7MHcGdb8RychvI4'
    'kyeq8wSU51vQh/33FNe1HOX5zqNeWvVYcZ55SA+5+CIvrbnU+zYDffvCRi8973rv22T0rRFwKbvH+zYeffv6B4q/1aJvtE959I2O'
    'G+ZFrwghezci1ktI9+1gPYJpXTVkj2DzMBf4kvlw9kDpWS3oDhuhfRhGDuVnemO8/9Wh/PjMwwROfZxjmnK7MiVoTE3rS/RhCn2Y'
    'YsyDd95UZAGEyQGfHUSyJwE/yge8uWsGEDmYu0sx32SqulN0JO7HGuZnClofYR5MJzosLsvjMyx7kZe+uojzusmcDf+csXPE/IC3'
    'th4cFMDvzyb0bySeBwyn7FEbwJPlA3gy03MqRhfwPnypgQw8yp8UqPWmhyYce5RHxMm5U6LLS3R5iS4vOXdKzp2Sc6dkr0poVrJX'
    'JfM+zOdODi68EpI/T86hknOo5Bzq8DmHqk/Ool7XZ1GJ7nXknT3h9VlnuE5Ud2zGE50nttVntGL6fZxOO205XfDt3ie8byehb+vP'
    '89KzzvW+rRJ8u26D920Z+lbxRp6nAGuHfask32bCtyboh5NugzE7Cn3rJt/YmmXl2FpmedjvAlpzDE5Q3rDzVA9lKK+dInJaBZmr'
    'tCE/xu4Ssvt8x6N3J2323q1A715u9d4tRe8cPqAAfa6BcWhHdVoBbS7AQpqMxi1j8ft3rC8pRd+z6Dc+61sgyGtHuLeSMWhTHbQL'
    '33Fk414wqNfpRw7WTF2IstfeId7TLwy5z1aS/SFnFd9xfXSnOdw6gGMytmUxja3T3rBjW/6Qf2zZ+J5mhRuHckRvRXRsYQAdazKg'
    'Y0ca0LF6aL/zrQ+tcSftsYr5SfYtB3NG6WAejdE1djgcpPebm9D4VUA7boKUtrsX0k3QtkqUpw31n+UNQyvMzwpTo15vcejScKhH'
    'eVRohD86+6mDnw0KvFtJYKroFtOn3A42XuyMmelWZ/nwJvW6fqwAvaGAad4TBrNstNYxzToX0bN+8u0NiO4wWtEK88f2wysg3Q00'
    'jsFhvG9eUB7nWYL4qdWZYthrM176rkkc9sqMV246atsO0ibm12ExatNG0rcGwFPd8r1ov5HR/ErJ+pkdUgamcObFJAdh3wtZBLsA'
    'OgL2biaaxyyyK3PeHQP9ZWOB9/BOSFss7uOD5u2T5J0CfcN5W8k+xXRBOM9Oq1gXRMvjvRt/W5EJt/cFyZgZqGc6kSkXQ3qc5ddb'
    'LWH6K8uvt2LflhOcE9Ff0TvG742TfGf+UnTpuwj/6TgwPzY5xKvMVJypVMSoE9PxlcH0mUuhfVUIj+n6Y7hqC/ipLoLLrRJ+yi5x'
    'X0zrw2u2DfVFhttlhG5gXy27gKZH9T8yAtRfgneZSDzhe6L5H5kWtmCt5lvdtYZxrAzO2fFZ/trBv7cgmLUEZvEZ6UDa4XVk/A6r'
    '7//B3sxsCDBOy2wIMM3tRWddlK7O/p6X/sfdfluVMrL3ng/phYi/dSb1nahtlkbbgsbr7QRGFJ30sBpN6j9pI9lKgTNBTxib7YIE'
    'JzGeNIU8I46CnxjfUgp7mnqD/aCOwNex16kj50SmY0HP7Jh9/LvvLz6rPnhrsM+3OHjijBXdDxnbv9l9DN39W5dXL6V/tP1WsX80'
    'WZsqY2gT1t1NQboqLBv0SPK1KOQ1k3U4QVPfO3FArFtR7Ze90I/kjFFwxrgn5Pmi+inXsdkPw/dgGplFOJAi9FC2dspjXDsifW+r'
    'YA0l6yFZD6/X9dBOZPRkPSTrYSSvh/wwrIcgfX6yVpK1MlLXSiamtbIRnSEk+J7g+0jF96qY8L1FIlf3EBmihewlz0L632gPSdZL'
    'sl5G6nqpi2m9tGrYB3SStbTRoGyvQN/FzuQwzO2C88Zk/SXrb6Suv7KY1l87WRcbyT6VyPTJOhjJ6yAb0zroJusgwfsE718Puqxu'
    'Qu87iW6rQ8FjJfqtZP0k+0ZyBpLg/eGB95UlwHvVnYVege5LJM8nOuJk7YzktVMR09qhumDRHiJaN8nekqyPkbw+aoZhfejojkX6'
    '3mTPSdbU62XP0eXP6PramayZZM28jnVjlP+6Er1P1kWyLg63dZEbgnWR4H+C/6Ndfg/Cf8ZH0TtVLH+yPpL1MVLXR/0wrY9W8nsz'
    'kUd6NXXNyZpL1lyy5vTW3M5kzSVrLjn7j7TmEpvhBO8PJ7yP647LDkt8vzHI/r5XYGeW6NCSNfR6PeNcRPxxLgF/nHsm8TObcvh2'
    'Eny7dhL475nkP9c5AfJcg/x5rsnwNRbk+1OnLtxmnbxnZrgPyGQ9J+t5tN+jGar1nKylZC2N5rWku78sz3Cf1VH3tmRNJWtqNPvh'
    'cPDx0rN5XLcE3xN8H+34/vUWL31va4LvCb6PXHxPx4TvCZ4neP56oOs4dm2C7wm+j3o+5gMJvif4PvLxPQV1joc/jIssjnYfpMx+'
    'nsZPdN6xe1rbUF4aH5O1FePzXKs4LnYdaneYGLjjLR5DVhW7L2xc13oNftCp52YYgznwztF7PTqdx3xnY9dkcV//LDaak8dRc020'
    'iuMAMJuFbnTuqnumy+IZtVvRYlw6Y7yM4Art8zxBn2dp9Hky9LuUfRbF6qo37H8X6f94hb2V7n3HTVZxvCwcb1AnziBboyx+6yo0'
    '1rrlRX7FoviTweOPfQk47RsD60pkyyaKhyeCYYq/LAbtsZZ/D2Wx6oJig4aJb4Np3nxIx0wxa7duG+st87iKMn5jHsIn0z7jGPK1'
    'ANf5PpaVdwqdd2j7E4bmKgDubLaK44Rfhs4dkripNG7qgDsUpYybSmM+vQPer0rme9TP9xjEp5nINgXAiaKYd3VqfHjSLsaHbIIP'
    'IwIfLh/8x1TCL3SglPrRDsOrBfEVThvOsTm9WXa7lz53q/ftdPRtfY+XntzmfTsJfZvT5qU/eyfwTLaHo867q3d66catXtrxYS+9'
    '6sNe3kUIztTLvfQrrd632bYnz8vGR3SHhvrQ2CQYE8wf1tqcv+sV8E+mdwB6JPcHZDaiqvl5bvDvKEn7WkLcVejQLOPU/eDg35Ex'
    '1q1T516QL3GdfQKb2qCxFdn+yfLoxH4LY/MblLcA8KZbatupoLjlyzPF/Tgxw+2ldGyzWB6nPW8E2RH34zWLx1nH9VDfyVsJbjVL'
    'xszpPxsPNg6LQHYVxUyXxYHH67sDtUE1P5RWdFtiH+k70O+CVRy/MWsFx6hmsaeyFo8ty+QBHKdxgYDPN9HV4FiVmIewJfrVKDqh'
    'MPWwuJeyOOWiWOSLJPKorl4pC98slfyZNZfFnHIv2MX82ETDvalLsEeJ9GvzEI/wmO3lEd1la5PQ5H4yZ0Hwb7e9OJ10/Qa1u1kD'
    '7hfI3i3ag5ottR/doDquG/xHQ4xjcaXtyf2qNqvgbCZwZLihgnO+rdaL4TqarWJ/FEGwj7e5nnBpJtgGF39bBt+uJnuIqr6pNo/D'
    'u6bGS2dBOgPSJTVqOAWb6/O2El5ZZ44HLHF5HHsmqPwfUXlW7hXEa6rKP43Kh1lXPwsor4NTd4L8Gcf62wt7nynufRqVw3OgKnc9'
    'KteHeBNVuWtQn/dH7HMXasPSjD7eNcN+ootnF6D82zXyn47y79dZ/7BvBvGHKhjz0LnFPIufUWSJDn0aercL3h2J3i2Ed0594xT1'
    'msQAnx/xjKKZ8Bg5wtNMv89LMw/wOaDf7n0C5GX0bf15XnrWufyMgX67boP3bRn6VvFGnqcA/WPfKsm3mfANr81tMB5HoW/d5BvT'
    'ZeM9cAGRAxYQXRSDE5QXn7eWGZ411MF7E741b6hby6KzTbY+2LuTNnvvVqB3L4OOYil6t+8e790CRCPaUZ1BfGkBeI3JRG/baMgL'
    'Z9FvfA6xQJDXDnn+UwdwTPjzSlhTRwt0miZrOgdrpi5E2Wvv8NMDp00Xhjib0bExeXRnuDOfKsOxrY5pbJ32hh3b8of8Y8vG97SQ'
    'Z181iN6K6NjCADrWZEDHjjSgY/XQfsyDtCM+DMu27JvovLwOwXPG6Bo7HA7SfbIJjV8ttOMmZI8i0qdRexQsT22LaOtQ7TtfeJ1Z'
    'RpHnkNAU+skoc5ieh6v2Uwc/GzRtgnTpVj3TP4CurhHWqQ35k3Mp0bmU95TyXEpk43Muomf95Bu2r9lmYCfTj+xr8oLyOM8SxE+t'
    'zqj14itBpz0dtW2Hhn54I+lbg8X1ODrlse2PjObXSdbPbGJ7IotfEkWvrMNLYL1yVH0xtQ/UKZ+VjM+CAP5W1n9du95E1ktkvUTW'
    'S2S9RNZLZL1E1ktkvUTWS2S9RNZLZL2hkPVkvoSyQKMZXS2Ds7H5sBfSNVYGd6LC2hJVAz+J67AiyIDOWJzszFlEOVCbJ2kz4zdy'
    'hu0pM2zPM63F+JBFPKTOfJqcU/5Vwps2sbEZ4HPJ7t/+HOqrt+J+bOh0OmNl0euc22W3/rwKREXQx0r07yo0ojWFYkv4uvh6lCIv'
    'amvlmacYgS7XpuGpcG2fggXAwKfWrMVaT4ojpumT8m1XIZ7a0B21DccI6yGqUBfYWh+LaL+T5gfEa5Z+N7FZoLK6Dl2rNOTvOwBG'
    'Vou/j+FJpUcqe5/RZtJDPWt0pABl3aXWRcTJvxxpgLsyfkW3PONHjzMoUyp+pBT1DyX/8TtN/sOB+RTkSyd8SMKHJHxI7HxInPxE'
    '3HQp4R9GL/+gyzeMh703zJ7mnAeJdCY5Bc+xQLLHRbl3tTDi+fhCq/ie1JHW0N2XKqAzXZMyWLeV1TiLX0jmPbl3ldy7Su5dJfeu'
    'kntXyb2r5N5Vcu8qscVLbPESW7zEFi+xxUts8RJbvMQWL7HFS2zxElu8xBZvJN27wrrlKkRby4muc6Ulv39VBjDxmfUi0PHKeFPM'
    '5zOdLy2/FOXFfcW+vmiZ5QF1Mv20Ca+QQbIQ5hV0fWU7bf+YXcwzUB/VOO91thluYdxwyu9C5TeFaGuHXexP3LT8paT9puXPtKOt'
    '+9W2mh9Zaqv5kTl2sS5Jt/2TULktBuVqUJvaiQ6L5ckCbBXMNlLur4jObTJo0/Og34ri153BegK1YZtGua1Q7gFUTpfWOuW+a1iu'
    'V6B7NMHbT6P9Rra2P4pgdxvAfi+C3S2B/U6UZ5MkT5/hHLBybYK9lMJ+G4K90QD2OYJ2t5I8pwnGluY5AeXZIcmzXIMnmBeSJ5iM'
    'eBla73iBPMm+1aJvm8g3LO/J5CV2Vsn4AlF8E11ZuwnxEDbwKQ2Ih2D8hKmNRVSdqyrGnox3qYH65kB6qYB3wfoVlm8D4TVYLAWW'
    'Pw/2rqydorKYR5loyWPvpAE+Pden8HHbK5HNm+h8Gvcb6+Tw2GUjjB1+P4forNg85tA5Z61V7Fc1I7DVE40nnaugcbQ1x3GORNem'
    '027a7yjjn0LjX275/c1Wk3rXWMH3/WsC6ipT1FUTg80IjZdSJjivWSigkT1Ir8byfxfeHQ3zpruXYDqLY8JQOttDvmE624t4MKp3'
    'LCM2JTrx1CZAuzIId7G/hyDaUiAy2AaJvcp4NG+25Y+Fo9veekSznL4eAfWenINzdUhPhXQ9+c3WDMu3DtK5kvJn5Lx+HHEEr2sO'
    'fFsG6WKUN466nIomxFTX0WQc1kEdz07kdUQdO1kdP53o3YfDPAWTLfttv62Kju9wvDY6NcpsJbLnzRM9OR6Xuy/tpY+n/fLCt+Db'
    'XwTfboVvDwu+3Q3f/pTmbbkz7aU/hPSWtLrM19L+sk4/dgz2YzWp8wdQ/h7DftwF355A9d6b1i//Pfj2LSv6GMn6u2qiR2sxn9ks'
    'sDOKIgduJTJ5n0R/0TiR++mnbekR2LXEVe8rE/gYDOd6cuPZQFtmAY128n0H5vMUSL9/FC93C8znHen418I3J3hyk/PumwZ4+134'
    '9oLhehkKfN89wYtLo8KdVoHMpjvv26zi+HjYlsqVlydwO7lewTmkSEYPosEq/D4J1Udj7XWUoL6ZgvrouWZvjPVVTOCx90RxbjCs'
    'LkPYLzaKx043ZuNBw/qebOR92SLpS4ekbyrYd0FfTOOQdFv++EIiPKd8/ecbw6811XrSWYtOG94F4+l8t8EmdAWkUyGdgmxFnXQy'
    'pIshnQBpI6Rn1oC+vJHHL4q6R1K8pftQC5pbp+6zGj2ZOO6xpXO4tJHbpN9C9pZvEBr7UDqYb2L8j4guT2j0ztbYt6D9BMN5MF2a'
    'feIv43nsHry3jqS97CfjPfzTxYE497CvjOd40Ulwd3uM9dwwnq8xnVhWm2KsuxfVPZS8sWuri8Z3q8GZhOl+s0oTh3aiNC6+e9J4'
    'T99B7eWpfGkCswyNW6lkCKeeP4wrDf2lOPjYOI6DzaQtbZZeLD+8p/dqlnH5f8M+9obs4yfGDf0+yvDlHeM4vmwm7d4uked0+D8c'
    'K9G11Q+oh45LnxUcay6I3zkN1dMlOFvC76PwVfPRnGH6H4X26tZdg/pI435virGel8Zy3yaMJ5wOaROk5ZAuqynmMRkvOQ3xkO5d'
    'nbH83kgvkSsOkPFsI+cRi9D9SXf/jwHWEoD1nRhgLQVYX4wB1jK2/8cAaznA2hMDrGMA1rYYYB0LsN4SA6wVbP3HAIvdy10WAdZi'
    'q/ge79QYYDG8r4kBFsP7Vxs4rGpbTO/pPtApoDVuPNsIsFqJndLjDTw+7VDsiU6dt6E6u63gmL+0Hl19CB2zTw5BnXRs34nmSSS7'
    'mMjHWxEs072IwrooAFa/IaxTGrg8TXXA9FwiSP7U1UPfng6WVaeivoXhf5js4a7/Bn5/PW79qQP/5TEcftz6Ugf+bwTw49KPOvDv'
    'G+Onj2H0oQ6sb0jGIg79p7v+UVtbFbKgSvZ7H4IVRXfq2suNCU8jqHyzcYx/XT9vwK9iWGePCU9vKKzVaG7jlklcW3kEv8VAh6FL'
    '46o02r9RIfOLcJfJbC/VF7dfR/dkMv776r29T3f/3knq6Tc4X2Rr5M56vt9uNbCRpTK+SZ2fq/fua0fZyykf1R2iHXvQfO4g8Oj+'
    'eoltDr894tia6C7X2XBXBvVpk6QvPSHb4ur/SzR3pv2sQ2MbNHdxtJPV+VIdH9s2CT0MYxfA4O8D+Kb6NRV9YfTr3rroexiDdUtd'
    'eN6Uwvp0nZ/uydYVbnsUvdjVdX49t8ime3nGS4/PFPO+J0Heayd56btRmbOhzGJI12T4e3f/H4a6z4S6T4Z5w+edTFc1jpyHTlDo'
    'rhbVeTaCYeVu109EBBhMZq+JAIPpqP6vNjwMppv6fQQYTCf1qwgwmC7qRxFgMB3UdyLAYLqnmyLAYDqnjyEYYXhSB8Z7EIwuwX0q'
    '/F7GW/bVenapQWe6uvZV9ypk47fU+ulhUF0qedzVS8M7W1Ln8bV879GR76ld2R2KPs2ICF+lT6hGc7zFYL/AeoTXCn482WSIJ78r'
    '6ONrq2Q//KVGO/oUssSDBe5zL67zYlf+L/jXQSnOh526Po7GIcx5sHtfDo2DDC+2G/KsDtzLEdzNRIbfbsiPYLiXCOC2xgD3FME4'
    '9GnAEfkUxPcsFoZYMxRXJxe4L5GHs2AjDumzkP6CvH8E0ueysP4RjBV5Lz0R0umQLoD0LEjnQbooD+u/hsPIwrexpMxRkJ4kgfE7'
    'BGMmaccKzXb8ssZ8zztA5vvBGm+dYv77ACmrI1/q2AV8tYb7sDwg0N3r4FjY8wyn/g/VqPf3FxV0+6oaNZ0Io/NqQ/PQHMJOw8Q+'
    '40zUhzbJuVJnCL3XMYLx7TVc4zMQDB29BM7H9CkNgv7J5G8TPc0/qj24UfVuVJ5/rlqNU2FsRx6t9s9HnyZ/wGDcXe3HyzjXLJ77'
    'L6JxWJfhsm2QX0gsuy6CdBWRo6+PGS6TkfurPR0Xy6OCtxTKn6y4I64rwy+CdlxU7ZcDqN9cdu88Lt3EqiGsk433ZMH6E/kAZvqQ'
    'lWT+ZH0pjxkua++fq/xrpy8kbVftH09WeXdBsb5meQ2/N+r6Bq0pvlv7I1RmDbFtZ2WmkTJ3VHG+hdo2zZbYxWcQbNdfhqCtyxT1'
    'fgbVy2yljia2UzWKej+EYMwh9ZZBOlcB4ypBO6i9/zSFPqwDwWiUwJilaMclVZymtdO7ZwZ7Bd5nXP5fgLNH2eZ8SJcGHzKnit+z'
    'Xgt3VZvIvdpZ5H7tYnb/F5VdSsqyO7qnCGC653+oLLsrezIpu15S9v8qedlZhmX/F5Wld3rXKtr8NCq7kIzJUkXZh1HZ+fBtiWBc'
    '6Z1jd/+v5HftGY9wsS3W43cSfulWg7KtBA9vRGW3Ern2CNt/pojr/YhBWVrvu1FZlS0WrXe7QVlabxsqayJXuPt/JY89EHWfceCt'
    'E7TloEQ+oPLRckFb2jRpAqUfrv0PaouJnYfrzxTh/UGBPgDrCR4meoI0Kkt1DY+S3weQ7sE9/6vgZdm3g0Q/8RuJfuIZVHa/RJch'
    'K/sEKjsXdAWrkc7A5QnI7zWgS7gflWU6jTlE/8DKrId0CZS9DZWV6VRSEh3GzahsE2mjSv/xCVRWpkOR1fuBCv31RnUmuyp4PBFW'
    '9hUDeVJHRt8UUEdHTHWcUeFfq6ayHZbfjkHwtkloQJuBPmFaRXFMFZ0+47o6CbwaBK9DUqbDoH2v5DkOdUjk61YBDXT1f6is7L5R'
    'v8S2Yl+e44ZOe03sJlgdP8jL57LH8F6gA+9rCN7Z5Lw6SGZeJJHZPhkTPCarvRfNB8tzIsm7XKJfuDJEWVbv2/NcJzrUOgQ3TgQa'
    'x+MzanlepRdYHhM8Nj5T85zGT60Ry38yGak+z33FTlXIwmUor03yTiZ5Xyv3t2m5xBaCtukPqCyVuWcr5MbflPM2Tlb057FyeX9o'
    '3gdQ3jmKvHcEwKUy+62or2OJzcgMxTjdiOoZq2jTxwPGhbbpgyhvowLuNeV8XctsqLYRus98Ql5R7t9bexR3gBfbnI7iM08H3oZy'
    'rjOhvqZkMvK5qMzREvn6DOIj6hRUZpZmmRWCtq0X+NJi750ycwPKrJOUmSzoz0oiAx+Lfrv2f4L+qMpkUJlTJbI2lZP/WuZv2xmk'
    'P9Qf12+hjOjctEUiY/5aowyVLR9GZV6R2PX1kHp+gMq0SM4KaNv+U6MMbdvNZZ4POZVcKLLfxXV/LCQcn/yP+sB0FX8gfDit+0qN'
    'MrSerWXcn7sufyXi4S8u88f3M+Xh3ft/qA+0Pa0CvtQpszKgTA85+2K+EeejMq0BugTMK0/RqKeflBkjGJeNIcbFRnC2EJzuNJAV'
    '/piTwzGROX6d8/dre4h+/TjH6dVTWbG+gepEvo/KPEz0GkyfwmDtgzK3oDKPwbf/UegxPo/KTMqLdQNUf/ExVGaups7j/agM0zWc'
    'QPIy3cNEKHOVoG1rkT4EwyiHMt2oDNOtjCd6irOQvsSV/1EZ2neZTuPCnJ+mHFDY8ohoyrqcHi0N8vdUAB2zat1SO6EZOX2acsj/'
    'H+q3rjwsgpPTqPtZsh7/nuVlRPQBn8+wMr8PKNMhKfN01h9/NUgH0mkgmz9gCNvkTP+WLOeDV2f8MrjpWfen0NhtsMU8RjPBqeuz'
    '3Deaalx049uyfXwngk1xZqeCv1etw41Z/165k+DJa4SuX4Das1XTX41KBmFxzE7IctnpFMIHLyY89NKAvJSvb0J5lxGZYxbi0d34'
    'aCjvNPi2SNAWV/5HeSlPTvOWobz0/HA9OjNz5f8Mj80SxE87ef+E8vYTmox5RSfv/2S4T31TXsPV/weU79Aofx9q6zZy7kN5v9uh'
    'rjB+jJzyX0Z1yegmoyGfDcjbQWyzPyroQzNZO4ymvl8AV2Tz6/r/RHmD7Hhd/18ZfzwamS2gaN23SOZR5+60G6s7ZHlGQ9Zl/LGH'
    'GF6/SubxuIC8fSTvggxfY08RXnM/4h9dP+4BefeRvI2CuRHZwbr2vwL8ENm7ur7SA3BpC+Ed/prmeWVnAQxHf58W44euDLAvzfmd'
    'sHuqa/+D2rwCyr8R6dKxXvdOjbxMZ/vNgLxUd36zRl4G99NpP58Sx304V/+P2tEl4A+xLm5XWo4XPQTnL0/7Y2Nt1Zhrtuc2p3n8'
    'mS0SHuQilEeE/+79/7Q/jg21IzgV5RHpEtz7PwFwtjD/P4I295E2zw3Iw+jQNEF78Hmd6/8zrRffCu9DbnxRBFtkC+6uf5RHdA/W'
    '5f9TPE+L5CzthZR/zA6ScX02VRxnSYcmOOWeCqif7dUPp+RzxmjS/Sn/eNDYQt9P+WMq0b36Wyn/nFEavFeQh56P3ojGQ9eHgrv/'
    'C2DT/fk6wZg9T+C8C/JgPQXTcTwD+05/QJ4DkOdyQZ6Hyf7VjvJMIvdGmkC234DafECyNi8UzPMBsjbPSvnX3Stkba4LyMPW5ioB'
    'vrZq4Ov8gLlndjvTA/IwXDwi5Y/HR3Ws9QF4z+hHHvVD18bA9f+FYu91SGjTn20z2sT6dtD2r8VekudXdvH60Lm355R7SLNNlGe5'
    'M6C/rE3/SeIf6viOcO//2v54bv2ErnwGwdbV8Tjl/tn2xyMM49/B9f9l++PFUbmoz/bH3cMxIVi8zDEx3Wm6WBCXsofg6jm2nD9g'
    '+9hpApyj83uCAHdU/hfc+/+a5SiPMM2wHKNNDQhXdG1DXP0fKqd7T8Qp9zeLj52IH3f1/yiPyEbElf8D4DB++dcBeY6DPD9HeUS8'
    'uqv/D8izCvLcY/Hx0LVNcfl/yz9vKj7dvf9jeX5T47pT4q5/1AddexR3/xf0QXUnhMXLzAfIEQXA03yADrMAZcbEoLOk8TJFdwVo'
    'vEyRrQONlym6G0DjZYp0ljRepq5MxOJl1hjqNnEcN6wzbMoVx3HDZ0Ds3AbHy2QxoGlcShaTLShmZZgYcJWQVxYDrlSx3MZbxfG6'
    'yyyuh8kQe5kmYi8zzpLb4dC8lZZftkrbxfjG+qcb85PFomPxt8usYt+txwnwYYlV7G82L/i2XNKelKWOc5iFv3J4L8s7HvTglmUW'
    '59Qp94JdPF8TBXZG1F6E+VAR2YC0KvDZtS+zuY+rLgKvjcDFvq4YDqjg327z+00dqD9B7W7WgPsFm9vOUngdmjRFVYcTj70hxrG4'
    '0i4+85e1WQVns+23HRDhhgrO+bZfDxd0VobP41Swj7d53KSliv1atTc7PIuqvqkwJtgec5bARlEFp4Bi0G9FY6o7xwOWuDzDHVX5'
    'P6LyHURm36RR/mlUPsy6+llAeR2cuhPxO1HXH47HboJ7nxbwFx0a5a5H5foQz6Qqdw3q8/6Ife5CbVia0ce7ZthPdPHsApR/u0b+'
    '01H+/TrrH/bNIFlDBWOexeMCz4N3syx/bOFp6N0ueHckereQ2ZcAbxNHXHL3DqbljxNsst83Ex4jR/id6fcBv/YAnwP67d4nIMYf'
    '+rb+PLBFOhd0fIJv120AHT/6VvFGnqcA/WPfKsm3mRaPm9xM5IujLH/M+21oDirJHrgA5cHzWo3ydivyYh6/LASvWW6Zxb3OG9SB'
    '42GvROuDvTtpM9hfo3cvt4L9BXq37x44f0U0oh3VGcSXFoDXmIzGLQN9MOGFRXHPGTya1w7J/9cBHBP+vBLW1NFk3AuGazoHa6Yu'
    'RNlr7/DTA6dNF1rm8gCOT2+TsV4J6aM7zeHWwW+Tsa2OaWyd9oYd2/KH/GPLxvc0K9w41CB6K6JjCwPoWJMBHTvSgI7VI3maxgTo'
    'sfwx69sBLyoEdLCAxugaOxwO0n2yCY0fk79vgjQvsZfYJNAVtJHznN6QtMJ5fyn033W5aauelD2an0NCU+gno8xhgj86+6mDnw0K'
    'vFtJYKroVj3TP4AOshHWqQ35Z/nwJvW6fvD8/mNgoEw884ey7QmDWTZa65hmnYvoWT/59gbLb2Ol49eU6cNXWf6zY2pXsQTxU6sz'
    '6vMOdkYwHbVNx7f+RtK3BovrcXTK43gnMppfJ1k/s9G6qId/16DVnoe1zHScNllbNWTvtGDOjrCKfefMyon94rDfU8gdPnanbq6k'
    '/BnMT9ARvC5m17tMcp8xal1ORRNiqutoyZ3BZyfyOqKOnayOnw7WMSPgDDts/IIeg7sJW8mZ2c0TvfWGy90HtnWPC+JRBcVYNo2j'
    'TH1M6/julvmf3jHYj9VWcLxr3X7QeFzMZ/hIijW9aqLH/w91LGRRnKfGiZ4cW8oYv6J6X5nAx2A415PrJxDaoutf/Za0P5Z5XGvh'
    'mxO8s7UmsBnWxVsa130k4fvuwT5NDXkvIq7442+bwM9Q4o5zJ8Lvk1B9cce9E9U3U1BfXHHwRPVVTOB3qqLExRPBfrFRPHZxxMkT'
    '1fdkI+9LlFh3Ith3QV+i3Bs1ieP2+cbway2uWM/vgvHE/lBWEL8u1B/qZInPT+aP5EzmJ7Rx6OObMzuesxpLE6eezuHSRm6vcAvZ'
    'W75BaOxD6WC+CcdMoXR5QiOPa3pnOng/wXAeTJdmn/jLeE+2onvrSNrLfjLeH39KZb8c1x72lfEcL0R3L+Kq54bxfI3p3jOIq+5e'
    'VPdQ8sbuOS4a37jivoj2hFWaOBQ1Doyo7knjPXvSsHFhRDDL0LiVSoZw/YSNKw39pTj42DiOg1F8x/Zb5nEovmnYx96QffzEuKHf'
    'Rxm+vGMcxxdZnJ5WQbtNYz00B9QTNSYvHsvTUD2qOD5R+Kr5aM4w/Y9Ce3XrrkF9DBMrWbeel8Z69EnkS5/Zy5YTP/W2wkfg02P9'
    'Mbx1Y+ktsopjLv4kBlgs9uJ3YoDFYjB+MQZYLBbjDTHAYvbBe2KAxWIzbosBFovR+JYYYLFYjafFAIvZYS+LAGsxsdueGgMshvc1'
    'McBieP9qA4dl4hOe0ho3TlAEWPRO8uMNPC7yUOyJrp9wVGe3YB+LckdPNmafHII66di+syF8/GQqH29tkMdP3mQI66KG8LGYfXEC'
    'G7g8TXXA9FwiSP7U1UOr4npORX0Lw//gu641DfxuQ9z6Uwf+y2M4/Lj1pa6fYAH8uPSjrp+gMX76GEYf6sYJlYxFHPpPd/2jtprE'
    'jxDJfu9DsKLoTt17gmOix1hnNG7jGP+6ft6AX8Wwzh4Tnt5QWKvR3MYtk7h2FAi+7h14ExpXpdH+jQqZP8iPz0v1xe3X0T2ZjP++'
    'en+MtjDxCk1iJN5Zz/dbXR8AIhnfpM7P1Xu2/FHv+Mv8DOu2Yw+aT5F/AFzPJbY5/PaIY2uiu2SxKd+A+qQTj9M0zsTSEs2daT/r'
    '0NgGzV0c7WR1vlTHx1YVp7Q/BPx9dTyWuol+TUVfGP26ty76HsZg3VIXnjelsD5d56d7Kj8VUfViV9f59dxx+CbTibmxcRjqZj7Z'
    'ToZ5E8VyHEfOQycodFeL6ni82jByt3uHKAIMJrPXRIDBdFT/VxseBtNN/T4CDKaT+lUEGEwX9aMIMJgO6jsRYDDd000RYDCd08dq'
    'zWOmUz9576lVxxHvUvCWfbWeXWrQma6ufdW9Ctn4LbV+ehhUl0oed/XS8M6W1Hl8Ld97dOR7ald2h6JPMyLCV+kTqtEcm8RjxHqE'
    '1wp+PNlkiCe/K+jjqyx+wi812tGnkCUeLHB/DHGdF7vyf8G/DkpxPuzGCULjEOY82PUTWlDHat9uyLO6fgIR3CD/wqZwLxHAbY0B'
    '7imCcdD1MSyKXcPucS0MsWYork4u8HtmNHbnsyQO5+OSGBTVCIYspqUqPuVrNRwGi/swlpQ5ivh7pDB+h2DIYlyq2vHLGvM9j8a8'
    'fLCGx4UO8pscR1zKr9Zw/yYiX5c6OBbFX9aHatT7+4sKun1VjZpOhNF5tdX443ObxvjVnYczUR/aJOdKnSH0XscIxrfXcI3PQDB0'
    '9BIiP2wNgv7J5G8TPc0/qj24UfVuVJ5/rlqNU2FsRx6t9s9HnyZ/wGDcXe3HyzjXLJ77L6Jx0PXTiGXXRRJf5NfHDJfJyP3Vno5r'
    'OGJ84tgpF1X75YAo/hV1dBOrhrBONt6TBetP5bsRz5+sL+Uxw2Xt/XOVf+2Ejd+u2j+erOJxpWjsUlkczB+hMjRmqSzO5h1VnG+h'
    'tk2zJXbxNAboXkFblynq/Qyql8aJZb9rFPV+CMGYQ+otg3SuAsZVgnZQe/9pCn1YB4LRKIExS9GOS6o4TRP5/tTdK6hP31MEOIt9'
    'gZrYjKj4kDlV3G/jWklMUlkM1CNQ2aWkLI3z00TKVqGy7K7syaTseknZ/6vkZWcZlv1fVJbe6V2raPPTqOxCSexSWdmHUdn5KOYR'
    'HVdR/NO7K7l/E8YjXGyL9fg0fuatBmWpj/cbUdmtRK49wvafKeJ6P2JQ1hcnFJVV2WLRercblKX1tqGyJnKFu/9X+mMSh91n3DgB'
    'grYclMgHVD5aLmhLmyZNoPTDtf9BbTGx83B93SC8PyjQBwTFxEyjslTX8Cj5fQDpHtzzvwpe9gCJp/kLRYzMZ1DZ/RJdhqzsE6gs'
    'i5W5WjNm5v2oLNNpzCH6B1ZmPYqL6dr/obIynYostuXNqCyNh6nSf3wClZXpUGT1fqBCf71RncmuCu5rVhRrIw5dyaaAOjpiquOM'
    'Cv9aNZXtsPx2DIK3TUID2gz0CdMqiv3t6sYLaBOcXbvnfwheh6SMSczeV/Ich2SxwVotcRyc36GyqtjH1LZiX57jhm7MDFP7jR/k'
    '5XPZY3gv0IH3NQRPN3YDjbeAZbZPxgSPyWrvRfMhiuOA5T+qX7gyRFlW79vzXCc61DoE14coGkfdOApBsvTymOCx8Zma5zR+ao1Y'
    '/pPJSPV57rd+qkIWLkN5bZJ3Msn7Wrm/TcslthC0TX9AZanMPVshN/6mXO6Hn/bnsXJ5f2jeB1DeOYq8dwTApTL7raivY4nNyAzF'
    'ON2I6hmraNPHA8aFtumDKG+jAu415Xxdy2yothG6z3yIXVHu31t7FHeARTF6mX+XDeVcZ0J9Tclk5HNRmaMl8vUZxEfUKajMLM0y'
    'KwRtWy/wpYVjA88NKLNOUmayoD8riQx8LIlXXCfoj6pMBpU5VSJrUzn5r2X+tp1B+kP9cf22jMeBpuemLRIZ89caZahs+TAqExTX'
    'GNfzA1SmRXJWQNv2nxplaNtuLtOLSS+y38V1fywkHJ/8j/qA4zhjPpzWfaVGGVrP1jLu60+XvxLGCSvzx34w5eHd+3+oD7Q9rZY4'
    'JtrKgDI95Oyrnd3/LfPHPu9U2LlM0ainn5QZIxiXjSHGxUZwTGN34/b8MSeHYyJz/Drn79f2EP36cY7Tq6eyYn0D1Yl8H5V5mOg1'
    'nssWw9oHZW5BZR6Db/+j0GN8HpWZlBfrBqj+4mOozFxNncf7URmmaziB5GW6h4lQ5ipB29YifQiGweJNdaMyTLcynugpzkL6Elf+'
    'R2Vo32U6jQtzfppyQGHLI6Ip63J6tDTI31MBdMyqdUvthGbk9GnKIf9/qN+68rAITk6j7mfJevx7lpeRxbtvJ2V+H1CmQ1Lm6aw/'
    'No8q1qKubP6AIWyTM/1bspwPDhvTHJ91fwqNnSjGHo0N457/Z7lvtCgx90TnZTsRbFEM5iD+XrUON2b9e+VOgievEbp+AWqPbiw9'
    'lQxyKE5glstOpxA+eDHhoZcG5KV8fRPKu4zIHLMQj+76zkd5Wcy/RYK2uPI/ykt5cpq3DOWl54fr0ZmZK/9nuP/+IH7ayfsnlLef'
    '0GTMK7pxQjPcf7Qpr+Hq/wPKd2iUvw+1VRTPHPN+t0NdYfwYOeW/jOqS0U1GQz4bkLeD2GZ/VNCHZrJ2GE19vwCuyObX9f+J8gbZ'
    '8br+vzJ+H+UyW0DRum+RzKPO3Wk3jlvI8oyGrMsUx7LAeP0qmcfjAvLSOMMLMnyNPUV4zf0kdvrRAXn3kbyNgrkR2cG69r8C/BDZ'
    'u7p+1ANwaQvhHf6a5nllZwEMR3+fFuOHrgywL835nbB7qmv/g9osiieM9bp3auRlOttvBuSluvObNfIyuJ9O+/mUOO7Dufp/1A5R'
    'fF+si9uVluNFD8H5y9Fc68bExXtuc5rHK9gi4UEuSsvjgLO4w2en/XEPqB3BqWl/HOBukuf4ADhbmP8fQZtpDPC5AXkYHZomaA8+'
    'r3P9f6b14t7jfciNPZP2x3PeSuYulfbHsu0i+8LfUzxPi+Qs7YWUf8wOknF9NsVjTujSBKfcUwH1s7364ZR8zhhNuj8lj2/NxuP7'
    'KX8MaLpXfyvlnzNKg/cK8tDz0RvReOj6UHD3fwFsuj9fJxiz5wmcd0EerKdgOo5nYN/pD8hzAPJcLsjzMNm/2lGeSeTeSBPI9htQ'
    'mw9I1uaFgnk+QNbmWSn/unuFrM11AXnY2lwlwNdWDXydHzD3zG5nekAehotHpPyxo6iOtT4A7xn9yKN+6NoYuP6/bA67Q0Kb/myb'
    '0SbWt4O2fy32kjy/sovXh869PafcQ5ptojzLnQH9ZW36T9sfZ3WHBk7chGCL7kq49r8Itq6Oxyn3z7Z3jz2qfwfX/xdq5w6JXNSH'
    '8ohiQrj2vzb3iRD1TtPFtn8d9BBcPceW8wdsHztNgHN0fk8Q4I7K/4J7/1+zHOURphmWY7SpAeGKrm2Iq/9D5XTviTjl/mbxsRPx'
    '4yyOcz7ARsSV/wPgMH751wF5joM8P0d5RLy6q/8PyLMK8txj8fHQtU1x+X/LP28qPt29/2N5flPjulPirn/UB117FHf/F/RBdSek'
    'ALiYD5AjCoCn+QAdZgHKjIlBZ+muf1Sf6K6Au/5RHpGtg7v+Lf++jO8GFMA/RT5AZ8niONcYykTu+b/l31+aNfrP4lJinWFTrjh2'
    'Jj4DYuc2OI6aLA7hAssf21AVZzRlmcUWdlxCOHLvTPS+DODq2nSPt3hMvU6r2H9nLfrWQ77h2KK95CyXxrmWxaedh8bKMhwvp90P'
    'kX5Tnq6L7BsiXO4jeznG5R0COwqKy9QvSZ8Alzcb3PedbOnxYfQso1azHN1LcRxVFmc8ZyVxL4cr7qWKlqji0avWDYtjnrGKY8gv'
    'Jn5zMP1bYhX7Xqaxd3ViQ2dhzTpnOnStWxpr/QW7eK1PFNjMUdsn5g9IZM/UqhhP11bS5v7augi8NgIX+21jc6aCf7vN7+p1WMUx'
    'oqcE2GGp4H7B5nbgFF6H5v6oquM6u9gGP+pYXGkX26/I2qyCs9n228GIcEMF53zbr1MOosOYHqtgH2/zGGBLFbynis90+G9VfVNh'
    'TLBt8SyBva0KTsHmOuutaEx153jAEpdnuKMq/0dUvoPonzZplH8alQ+zrn4WUF4Hp+5EvHvU9bcX8RcmuPdpAa/coVHuelSuD/FZ'
    'qnLXoD7vj9jnLtSGpRl9vGuG/UQXzy5A+bdr5D8d5d+vs/5hTwySm1Uw5sGeyt4XAF7WKrZVn4be7YJ3R6J3C5mtlOXtRTo8hmq/'
    'du8TS2QB3f2+mfAPOcKvTL8PbPMf4HNAv937BMSrRN/Wnwd2defyuN/023Ub4LwKfat4I89TgP6xb5Xk20wkGzUTWfko9K2bfGOy'
    'Et4DF6A8eF6rUd5uRV4sr5YZzAPjFcsN5dK8QR1lCBdXovXB3p20Ge4SoHcvt4ItEXq37x6wJUA0oh3VaQW0uQC8xmQ0bhnogwmf'
    'm0W/sZy7QJDXlvDSqvGqAzgmvHclrKmjybgXDNd0DtZMXYiy197hpwdOmy60zOWBIJ3CSkgf3WkOtw5+m4xtdUxj67Q37NiWP+Qf'
    'Wza+p1nhxqEG0VsRHVsYQMeaDOjYkQZ0rB7pXWh8ix6BXqod8KJCQAcLaIyuscPhIN0nm9D4Md3ZTUQ3RW1/2LlypeU/r9lG7Q4M'
    'aUW1T4ejelL2aH4OCU2hn4wyhwn+6OynDn42KPBuJYGpolv1TP8AOkim+7Mhf6L7Gx7dH1vrmGadi+hZP/n2BstvL6jjo5ed7awS'
    '6MypjdASxE+tzqjP7th513TUNp04ERtJ3xosrsfRKY9j98hofp1k/cxG66Ie/l2DVnsZrOUM7FGMtnZAPVkN2kopa3p0kVZ3qN6z'
    'JhzuwzNtTQTKm9JYd6Y8kIVw2ESeOZ6c7+JzKJleE7+n5ToE+bH9nEiXpevvrUtgr4fborKxc20NM56MLbq/1S1po46PEJFvf5Et'
    'fgv5vsPg3mOUdmwktlAfGxyHNZY4PnBLTG3pEtw1xnrYKUM4D7T/b854e4rIxhLbvoZZA52Ezvdo7imU5zYZX7oO8DnxJNRXk7EW'
    '2S62EnlnigCH4ohTr4s7tK8H0t75oGhecJt18WizZHyoLSa7U/kXTd4mqA9fD+hDZwn7oDMvL2ri3O60J3fL/JDrxpNrl9jz9Fj6'
    '9p/NltiPd5+AZri2RoNtnzOMOPTfknNcOsYzB9s5Q2IT1Smw+S/Fvk19HToxV46z5DHko9iwyujdZkvuDxaPq+ougo6Ns3vXOMVx'
    '24Tfbx8B+96/pbzzAN04rr0E3jbJ/JusbRkt3y6xhepI8Xi+lJbQO0sbNe34RW3v1WzP+pR3NqLDN5vut62KNT8b1d1eYp6cru2K'
    'lCd/juR954DtwRKNvQ5vonN/olUwdzp4812bx3EsFR9Gx+NTthwXWwTzEPd8XGVzX9xh+7xFc21stIeXtp5ke+dyMr5B14+lyCdW'
    'UL3TUb2thjKcSP6jvIJo7Nhdg6kh641rzJ+xuK+IuGntTy1u+9RD7tjp0hJWRjSe9O7qrRYfz+HSC/wz6rNpG2Q+yYPq60P2kSY4'
    'ZMorX2LxfXNbiLURlr9wY43DnZC46D6zn5kYAid7DXGy2vL7RhDpSbD+OofO/StB1/gAOvsea3Fb0tkC/Xadof4zB3ptqgvH+thG'
    'dM5UieCycxJ8VjIAD7ONKIf2NoOechzYTg2gNmSgX7TM2sG/t8C/7xr8+40gTxBc2qcU0u9XI/1+Huovh7lg52jOmG6IdM46uk9d'
    '3TGNcBaQ0cjTSGzETOdgdJ90e3NwrRXpmWZynqK6dxBER/JoDrNk/WJakEfrPEtogaoehxC9DO+vBhxx2n45OS+nZ3qHC56k9Z+M'
    'kb2E5Nyb0XL1I885EOIpCHCQ7j8q2sPwqRvhUzLv/nkXzPnuqHMe57y7NuGD/zjP9ubzN4gvSdb1629dJzyAf54zQ8ADJLR0dNDS'
    'SSD/MjkoTXgt59LRjU/ys9aDtxbfT9W1tU+h35hXs5Ec1o5oQAvACIPLdhAZSJVmzZXk8UCndbAlzCMqbyv4/kqiR8gh/UctottM'
    'D1FhoH9gOGAlODBicUAkazEbuL/D+0rEg8noyAKEI1Og3LNIzq8AGJkAOLg8vie26Kteev39/nvtkx7w0r/sLaZLWdArMdz7HrIn'
    'PZweb+5SaWfcsjmv3+5Ky1dUHlpsbidrYq7T5KnVKlzLk1oNSFZQPkWe8rB9rzUYGVs9jrZeF1yUFz11tlPeltqpSxttK9aZ6+PQ'
    '9u7slwHfwOSuMqs4dtIUsoZTmmuYrl1W74dIfeUB9aUVPIxOfT2kvnxAfRkDGiWr78ISjiemd6y+lSUcT1F9k0s4nqL6Epqe0PSE'
    'pgfr0EX0XSaj4bOycrRXsN/Vln9tsjs3TL5j74NkxuoAPjNj0AZWdyamuvG5hapu593xaEqaEG2zUX7ZPDQSGSroDvDxBvnZOSk9'
    'M8b5sHzXYHDOHGa+aF/OgfR8q9jHh845U9hzIqx7GIfGIIdkogaEO6Iz72nXTHH/2LN7YNeJzh8d96Az7EZoF5aPdc+hx4PdACvr'
    '7A2nWNxflvN9jGR9VqPx0z1Hr0cwCkjmx3vyTJIH+3ugPkJKPT6uf2jL842F9RWzIJ0wpbgOO2Qd+B4+taMoR3jrwHb659xLWMII'
    'PDqvHCrfbCZ2IdVQ9ziYv4VQ/7pbiutVwQnr7zJqO39+n3k7M4btZL7uJhCdiKlfh133+9fMAkvsR+PJED4M2J7kwH8f9Ola6E9o'
    'hmmYOeNifsjBmEz20OscW1nDxhhTVi2krrDWnFUNrFBe1I0rY3mXax382AX4UTY0E+mMV5rxEFlVydyIQ8o9YQtOwYxKBAklnASU'
    'Kpr/S9Fe2X6+95XpKg7Fh7uev8d+pRNfvNF88Tr0O/HHMTz+OJhMw/bYSxPftYnvWivxXZv4rk181ya+axPftYnvWvF+P5fI/VnC'
    'Hzq+Iqei9ZgBvZRloGdgft909TxYPyvSHyT+dhN/u4m/3cTfbuJvN/G3m/jbTfztJv52E3+7ib/dxN9uqf3tqr7Tc/P8YXpu7tTV'
    '+7aRcz7u8jFtpT8HN2nPM63c74wpf4B50vIBvhbYnFZBvjSyDRiL8M21XRkQw6PfGR8zLx3uPCCRtRNZO5G1E1k7kbUTWTuRtRNZ'
    'O5G1E1k7kbUTWXs4YttUWfyuQKUl9jFMfRafBusP74/tijIr0ZhttPT9tTI7vzkwbqpy1A+yyLdvAc6L44DXGXL/oue3OjSVyfhN'
    'MP5VIMPmGfm+K5iI2+jc3GSfFflkYzJ1yuL3g8pIPsbfWIj+FpAMIbqbE+QDjuJuGtqbI/uHjeb0aKv4rovsrhaF64xJzpBvKkPr'
    'UHZXiZ7JX0r4wBqAyb5h/n8+pHORbW5KIP9VSfrlkLKLia5skhXsvxzHPDD14U3XyCRk+7jRgKZT/7cimzjRWqwjcx8lTgK2yaT3'
    'qJiujvrVxm3vt/x+zdl6Zrz6DIG+Dds6dYUYq06BrZpODBWmv6snOqq85fcFjMd+JdpTWzTHldkEjRPYRevEjwjCOUbn44Ar0jfh'
    'O3TsfkIT5LMtf2wt0Z4vqr9Dgkei2BB0nTuw3kTW+WRN270oa6STjNUMoL/Ydzv1i95sgNM9ZC3Ot/Tji1CagOdr9TDPVyXi4dh8'
    'VRvQE3yvEfMootgTYWO1BNFVRv/KEF/bYUDf6ZpdgtZsb4R9otMq9jkxVPscHqe0YL7rgS/A811niX2X71DU2YJ070cKaHOU9dwm'
    'WQ8tAWtK54429VlvUi4KDlO5BI/nTsE8Of06G63LINhlmvIEHlN8T6APzT+dzz6J3CTq3ybLPD7e4UAjs2TN4LpuZnrm6WJ81NVX'
    'YX8zGcm5BqXbMxB+OG0/PsPvNjjp+oyHG2mrWAeO534lKUNhrMqo56cBzQ+mx2MUPHSrYs/YRnj3WRb3EXQS6EiuneSl70a6kuWo'
    '7fj3UkjXkD6uzgTTTjY/OcR3bV3Ez42pDUCe5HkHpDcs8tsCOOVdW/E2+T73BJT/A6Rfh/RNbf42ZmHc8fnpeRvldgrON/cWJ5zN'
    'jhd8+8BHOd7Qs9mrPuzvE/uW/7Aad3IS3MkTXOgmNKoBjfPnLvHSY6G9f+wv1v3jPMeQPHTOZW0bD3s5lZHwWGb/1Utf/YB/vG75'
    'KNxT+IAAB9pg3Hb425QlujNMK1gdW6FP79okn2eW52eb/G1j3+wr/W1zYOJyQXNZETCX7vk/4MVL7yyuD7flijd56XMdcry66sN6'
    '6zWD6HQexnji2fIxYnn+rdVft1POSQ+cLx6H8eTslPWflsVytwiHzgEc+sQl/ja8YzvYD90gxhNR/5nfoUnf88re9pi8/yzPPz3O'
    '74qwb045J33kQU6TqwXlnPTbkjKFgDIfXCwuI+PzdHScV95vpmss8vNqegg2uo740uKDuVBHMN4zxfzQj/I8zP7OWWvHkrVG9969'
    'd3npD39Y7IN1FsJBBz9cO7xHYP+4xUv33+OlK273ykyEtU2/0Xoojo99oNjXYmZvMc6vvl2M4/WGeP6nb3rpW28zK/c+WIMrnojX'
    'RmTiQLhz/wqEGLq+yXTamrWK/URj/0nzFTp+p5zO3T6V/FiGcOg8q9jv5Fqihx8IyHsmyfsS4gNo3m5FPc+gek6HlMmGm0jeX6K8'
    'rA1Mn9xC8v4MrcOTIe0iee5D64Tm6RG03ynzHYs7bDyTpCdLziAXIJuwm0G2xX7eWB92Kspjv2Ki/qvqfj+yXzmTyMXbyG8GtxXB'
    'L0Ab2RycRspuZLaWkLcT7d1rUZkCyFtlBGfWwrfL0NxNzvhTJ8+bUTvWEhx7m108Z2ciW9cgvMHjy2D0knFhMI8NwPke8ruDlG0K'
    'KEv7ch4pOwH4PPytW9KHfvK7i+TrktiSYh+AZUBDmG+6cnQ+N4+ccWJfXczvG/Wlie3ZGU1iftZtgGkh+CZ2bRaicTrn+PURz+Sj'
    '8IVhzr5t0EP5zr4tvZhPIl98wz0HcdkhbEvmZMTNSecom5PyEsyJqR0Rs52KMjfJnIjPVnTm4HAdpywZp9VonFYDLs6A31Mtf+xu'
    'fLbSi86M8Li1Gp5ltRN429A+6+DoYnSeGpQXy1SMNzkB8SRHIV7xRCh3paTOBkGdrYKze1Wd1H84m4e0Yh6cefogsjHLCWzXqCzX'
    'TnjabYjvdNqyXZCX8fXNhL/fivJuJHxiC5JTGJ9ebYn55F7C+zK6cx6Cv420pRe1qYDkCHyetonw2G8nPDCzBzgOte0KgZwlats8'
    'dG5B5Z9tpJ4OMn69BNYEi99fwucFZWRsaUxsNkdY9+Csg2MEuMVsYW0Frsj8WWO7Q5Gv7xMQrBNC4HIcbaoltLPY5/hAmsbZpvSQ'
    '+iGuC7AXbET/ZvXhe5KryTq3BfoyWX9lY+jM5b/YXDYKGsPrwW+fbF52QJ8YrApWVqIcTkOaGdU3Q7L2wN0DH8YK5KedWF9TjDTH'
    'wU5m1yhK/83yHHgNPk+nLdNnD8PX3mROR9WcsnW7W7Buy0bxHGfhCc6Vswf+XhT5c8/AcMzxbvkc68YTVK3rXcmcv67mnK37DYJ1'
    'n8Rttm1rxaFwypJjW41HQZOTWNlDP+ZBZ5uV6Lcqlq4evxswl0746uzovgu9iNyFbqIx0kyf+qCPFaZmFYKnahFdn73JnI6qOWXr'
    'toas27yFDIgDKvLJ/4r8shhnQfYjcwU2GSJ7aBYzDOsKyoldBz0fNbUb2UnaYLIeQhiOpYcEkTMiaS5CjPEmK5TfB10rMuM4ULX6'
    'X4L8Cs0NsA1K+MYAnFgcZQLL36TKkfCNQz/m9EyrVrZ/LHJr3iNbx1VoDqtDlFPtX6k11nUq3Kk0yE/7HVDvHsN6A/Njf/zsbh4d'
    's2tTcjEBj5mJTVCNVRwbslT90z2jfL3YFDXFeN7M5jCfzOFhM4c0xrCqXtmcH87rdjTYoSXrOJnTZF2PPlvGZF0nc1qKdT0SccDU'
    'Hhb7N8K+H5z0eUvfD1PvKFvfFcncHvZzm6xzjgtzrHjs3lmsRFa3Ch61ee6z1H7RErqR4MpowpXRJkeoeMzD7Y5HG9ILO/WH9R8x'
    '/GcV6djPJlTjqdKDh31qEQ5H8emRzEn8c8J84uOz9eRMr3iOro1mWjJNlcGOsJ9gepc6rNdW/P5ySrm2UhpmE4c/vRt9c1JmcX/v'
    'mRDnsyIbKvdelO3B/HeY70o236n0ITufrGPUbdtlbEDKyQDlR9d8V0Sdb9EE65ku+Q2PFkU0bMqE2l2DTezjwOcM8OsMt7cAbm82'
    'oDupknI5I2oPnxLSMid4D/+s2m7OhMa4vwf/8WGYyw6Yy6x1OD62CLPTmWFoSa3BW/a6NkRPg2xqmb+h1CL+PWNx8+Oo+5Pz27nj'
    'fTmp9+CtXvqR+4r1Ayp+M5EHBLQkGhoq5QERzzFcdnajR5+SyBfJnJR+ThpBH47pp8kcvY54sdLQz8/q7dNx6FvsZO0Vrb3B1TG9'
    'RKxbuQ7shB6OvDlRr5tU+vX8sHGivnsGjJ/wE+lfN8mcDPecKO+HBrRPxPer8uvcpxvtsp3OHUvqX2tgYPduvRlV44NI1k7GvLRj'
    'ngVbFBpHvCaZk2GbE9sKvq9eTexa2F3zglV853yDAJ70vmTa/X2TSOWH77r77ktqlqOxYFj9ovaK4iJsUJxBOePySTIu/wrlK3Tk'
    'TkfQzGRz7HfZqMLacne6PvSktW8wWQF/gwO8x+QMYOm9Rjt4QZkjbd2Vvet93r8vQ++nSDULcp10buDFYF59jUK3McYdmyaZypvK'
    'xdh3I8Znx0bwrsG/s1Mcl7OC9xSPU/DH9CcpRJOLeNMQfNRw0EdD8VNXI5LWoa5R+FSdfLaOXBdinlJD+BThvv6TtmJ+BmJ9FHJd'
    'MifDPids3fw/wboB+mo7fcrAkAz+seM+oQVEWXnAWOVHzBxVqG07UpWplF3ymaJlo9ZiWlYF0/9Vry1B3wsGvWJ04/MJTiY4OYJw'
    'ktHNZivx9yTlO0voe4jqRN6WjP2wjD09j6Qx0RvhPdYDsPhxc0EOmw92SBguu8OzBtkvYRg5lJ/6YnPiCtSh/PiOlAkcHFe5m6zz'
    'sdgGTqnLGN0e30X0cfYZ79LGuKpc4451e6pyQWZwmYjWsM5cb0vm7bCbtyD9Yh1Zy/S+nk4MEga/SrC+g3S4jI6p8tH2lxG6mCF0'
    'UQcevfOpulNp2taNACcFcMcme2vR3pqKeIdgjaZtdjXMTTL+wzP+2CbLlthAs3hfFRaPB5QifAezg64i+TB/MnMKsrW3zGyig+y7'
    'Z0P61hhszXokdCEbAi9HmR1hptR4GdUWlNKVLlNeKJm/ETN/uvRmnCa9CaJLM0pMl/ID0elSXsC7sRjZu8kZtuib6OwvDe2pQL/x'
    '2SGLiyezD8gQ+4A0sQ+gsfX2O9/JWLF8LO4eO7P8jaZNVsYLpcncpSrvYqjyi3jxNODjZVZyN0eoh9lziCyAZGR0xu+MdUZ1qs98'
    'cYnWC15z8yEdM4V/E93pSmnbyr6u9wxbtka0NfNlFqP6e8LCSu5zjLw5YeumS7BuEr2TeI5Gor6wI5mzw2rOgvxhOPOIfcTdDOmj'
    '0/m+14POJljomk2IXy2ALdhEq9inHPNTxnzgsdjrPZbaLx3za4djqDv1nD34dxbgXjXR4+mcnRzu5y6msoCuX5T2GPbMUfZI7JXM'
    'ROHA1akBqgDy0FkGeu0yi8dsp/Hi56BvLA488xV/NPrWBSnzNz0JfWtFsAsgO9JvDGaNoD62lpmPhFqQ80SytI4On8Y5Y3Hr62OA'
    'Q9fOewW8S7mXISU3Bs2MEJcguVIALdPPmjJdRPXl7m5ytJ8f1Tis11NNlRdnLDfXYWHe6NoEJxKcUPBemSDdkA7AlJU8h54KjTzF'
    'MT0LgGzvtIr99LBvbP2q9ECmer3RzjEdYt5DP2pZRvfsUXc/pzpyhxexF3npq4v8ukL6LcgOo5nwHUbrPIKu5jB4UlExQcfHiy2Y'
    '5yySwY6/1JvLA9v980y/ubLvm4vxr4LgWTWqF/uCz1vFPtu7Ucp4VSaDfu4SLz12o5f+sd/LUynIcwzJE9ZHu8xWMYVwuYLgMjvv'
    'sfZa1o1PFq+7UeEHL0XYNTMyFeGpDfWxVk0iaoM4QJHvHHZWl/gBR/vbmlLuburJS3yzj7w5MYm9sNAgfxnQWHzeXk7O2yn9zUK5'
    'FNS36Kteev393F6B8b10T3K+7RDsV5tJnk6Up5Xsac2QpxVoCY4poopH4pR7s8Xjl/SQOvqs4rgXrRJ98hWQ7kZw14I+iMVQw+V3'
    'KMq7bQQ4zvxNDgknqO+q9tdBivXoXaQd7ZI5ZVuZo4c+0jK3K8H6xEkPeOlf9nqw8wiXWiwefxbXWx+BFxHdW7d+MQjjaU4Ps4L3'
    'lO9z/qZAH8oHio05MN9Hv9WhNV4DfZpsFdsOM3ydDf92YGD7nTrLb+eTH+DnJxbpL/M34YwT63cTojlN1uEbI5jZUa0Gvnc2yjM7'
    'Ip4wXI173EZKTNZGpKfA42onYxs5LuZwj63Jej9cYxKO5jEerfHbVHNmAqOUc5szmFvGy+y9y0vvfbCYl2H8spP+5Lboe9/xIceq'
    'KeaxyqDjDKbXoXM7J0T/9sJY1T4GPuy/Y1a+8D39/JTPNKmnHGShux6MPoZYzys7Xy4I9JDlSE7D+HoJwtdLCN9ZRdpZBnwnu79S'
    'axX7L6tDfX4rWgNlAK8W6Bk7i8dpt2TNX0HWP5NlWer0dQlaP/TbXHTWz97NRO+OhndTLW77skDSlgVEnnbKjYF+M9sDbG/wdmIL'
    '0UtsHFYKbA+qyZiXC3h9iivj0akk0zE3RYCH13uY8vXQpkaBzGdrrJdpZPyd/A3wHuepR22leJ4xwHNaz1sV+CwqQ2mlap+QtSdo'
    'n1gYsE80IT39377ipR//NuwDj3t5jgL+mMIWydcNqK5/fwjg/cT7Vo3g7IJ2/B7q+vw9Xnrbo8O/f72VzF/U+yz4Xs8lVrG8Xobo'
    'xyUER2TtofSjSbFOKgRrVHS2yHAujcZEhHO4rozk7BK3l8JnPvgY/EsR/EsRTtN7LTV/tM530NT27rf4njrJ3qWqz+fT2Ns0b9O1'
    'kWDzi9cgXvdsDR2J5tYEn8OMeZAdpQPrCGhLBaEhjRJd6mYD3r5doO/EOCvK20zkgDYJDEoXakFPVgffypB+bxORKbDuryNA3kgj'
    'uCL74E6JXrcTyTS4Xcx+po7kvzJAP0z1tU4bJ8D+yMqo5sNE34z7H+QHRoQzecLndiH9sgP7h0ie70TzHdQmDI/hxuUA7xbQaap0'
    '4DORXGqy3pazswiUOvXegNb0Zsk8iPrB5u9dMIdsHFTzt5WkrRrnEVsE89GM8I3Z544nsLs0+qFzHnKGxe3q6druRGubrQ+dsaNl'
    'CzAnRxjohnsFa1lVhunoxgLtwu3pDaB1ojMgmS6VradGZH8wGe1XzvsDCD+dNu+DMmPcl6l0Jps79JTlcuXs3/lcRWWuqrqGPYXa'
    'mmF66pz/1ZcCsjswf3P5478V+8DZs8dJv+Q9F1zwZTf9+ezF0984Z/6b/vfscy/41pe+NBs+v3LDu7+k41Hvu7vvbLKtzAuD/9zt'
    'gO6awCmKV9c/vHq+dP7jX0KPM3N7YvX8ueZpHT99d8m+NrJfX/I9v70T/xqwBu4a/HP+f8GA00/L/W//4H8vuP8ffO588VWAPDDw'
    'V199Bqa1iucywTu3/ikahbVuOIk9Ecrs82RyLvbJMw/pAKwQsswMwV6cA3iivXiGhH/qJelOCQ021QGr+Ipfgg5VZ89X7QVdiIar'
    '2tws4a1aCG/XLaDbYdvo9PfToGOQ2SPgurdr9gOX0ZlXpx27EC8fl10C1l+1oD2xWdI/3bOINwHequa/XdJ+037QNmC+YCu0aZ6A'
    'X+8mczKffN9M+L0jgN8La0eh005TfkKmH25AugdKU440aGePZK2b3JlcgHBX55yP4jc9Y+ogawOfL0aFbyqTymwcdHhRUfkguZXa'
    '3eCzNl3a34l4bAzrSgEOpZEe5GWCizq6KRP7HhPZQSa/t1h+3zZBMJk92pfRGG8zGEMR3Q1T/weQjKVbf5h6LkdyYnsALoWB/Ra0'
    'f7RHhHUayGgimXdnSJhLUN93EHxqRTQ4DOwjkB5gm0K31B6yDtN7qSL+rgutYQfmBSlvrEuxntm5WvlDXF/K3l17h/duItKv7oPz'
    'gsxerlvMorMFdpeXvXvtAf+Z+aS9Xvrz+8L5xXLrB7g1g4XPKfHYPLqT4yZ7lzvXezcf9ct556Sf+Qg/t2TfCnBP5OVWPs7s20mb'
    'vfSGj3LbDlbP7Iv94/xMq3+c28/3j/Pi64vhppD+/Sxo//dtz4cW44vxmugxwGPT8de5m95osNdsJfSxk9Alav+1Cp2JRt1LMNwZ'
    'AFeXb9NtbwHZGvUa2rg5/15ne/Kgji0n5WXw7+ZhxImgfNj/huufd/AfSyX60E2EDxjpfXkc5D/clwOHSdu/CLrxUtAHJkusznjp'
    'CkiPh/TkjIfv5YzOZmBfm+Sl757E18ckdA/hNCi/KFO8XtZC+Xehcsz3Nc63DPJdPYmvK6dNuntdTYjxwP1eBOmxkn7Q9hVAVzQZ'
    '8R1Yjmk1oGdUHy/iCzFvMxnGHte7BdFGnXoxfeoUnIXh+mRns/ScDY97KuDcdxY9w14DICW37BjclAKuCZ+SJ3tJOzm7XYzk4HYy'
    'HnME93i2kTxTUZ5uSZ5GZMvdjHSvTcjOaoFVbI+CdVeyvLL5ysMfxptS+ZNidYjO86ei70GwsW6C2g7TfbxHIPdQm1+RbG16pqfS'
    'o1C9h+g9PocT6V9mSvS9XYK9OKz+V5d3a0P2hCY8WpdAxyayya61iu+y6Z5PB+mSupCOs5boPyg9pfhZCXIGXiPdRDenaqdIr9mA'
    '9JoiGxIdG4mtBCc7BO2vBztJ3P4dAnwbT2xo6yz5GcpOgqfM/hHjbCVpW7PAPoSuR5muslVjLLZr4sN4oo9gNi70vILZkojsOuug'
    'LSrcpOPWIZAP6mC82PiVS2jTNnJGppK3SkUHusj8TYX1gddFqwE9bTbA966A+0d5wRous8Rxpa0AnoGWc/gGVbmwZ6kyHbSuvZwu'
    'fxP1HnvIW+/pEe07Z39cJ/u1YiNLxWNi46vDQ1NcqiC4lNGwvVxg6fv80W1XqeAG3VUolY+ARjhXsJG8WuyfN3XYPGn9J2MSc9S2'
    'Blz/Lf+QGs8Y+6ATWLjoPwXB0ox6H6k6WVtaa2Woff+a+PpdECM+WAQfdM9FsN/gjVYSv0K6V/+L+/8pfLM1Ix0qvzM6fpvDnHnN'
    'Q/o59m4VsofPIltvdv+oGvGx+F5dJ6QtRGeE69tlhTsLLEWf3yTo85mCPp8maP9JIcZhuaBMn6JME9AJXIbJxL0k75FExqgV6GEb'
    'BHlaSZ5KQR5H5y7Srw7n/F0mmL9LBPN3IXr3bcHcf3Cxf+4dv4507hdK5l5kg6+ae9mZYNDcU7vEoLlv0pj7Jo25byrB3JcZzn0t'
    'nFvge85TreJYPfPBfiGL4KVR+fkkPQH6cq7l2RUwXVKQLgDrjHqJzpned2L+xqmPDZX+oFuhs8V6OnrX9QTU3xMU47Ea4fTMEHYZ'
    'J5RwT2I09v/Qu4Yp3ru/oXdj4N2LiG+bQuZ5CsD6rSDPtCnFeQ7AGsVnN0Ftdsr83LEbQXTJpL/1Brpp0X1Bp/6vITuvHok9bZdA'
    'byu6+/fvyLZ6k6Ssrh23qP4g2weM8/3ozLfVMvNHQ9tcgLGaYHhuoqvnY3WcheyZ+0j/WzRs5tnZLNVT9hH70I6I9s7tkrqPBLs5'
    '3TltDXFXoIPQDJ3z2owhHRHJhfOs8P7tFkN6nOW3u1piFd9fTAXoX0XvHJ398SF1pbJYdbowqO+/oepzvRXN/59MD62zZ5nQZ+yH'
    '4nLoZ0OiTxPq09YcBvq0OnRWcb4hv1NG7BkO2YCsDXbO7JRZgdbOstu99Llbub3GVI3ztyg2Dar7VLWIL7LA18g/g++Q675SLL/L'
    'YkgFxZHqNaRriV7JFxeVHOLEq1fSnRtsm2rCH8v2dVP6HeSTFetxTX2xBvlgjdsnWNz4P8qflBj/DR6NskOlv6ol9oZR67MNy2cN'
    'yyexqgNo8pRDwxoiVnWjlq4f89wrLblfOp25rEPyxlVQnunTmmGO3wr0MpnnoZ1n5nOIzRs9G6VnjvPRNysgL/W3XqfYq8LQh9UK'
    '/Qa9W6/S4YjutlP9h64eBOuwWLv6De23sD73lAne+hPpr3oM9EbPCfRo1N4zin6HwttPfm+x5PdMXf3/BO+sgt63l/kUo/MrakNY'
    'XZZoDnX0TS8SG7wnGjmu6vhh6pXgs878NgvuUWE7WHofrNlgLPol95u2WMWxNj7RyO9EBekeh3ruwthPtg325USBzlVHFta1FxfJ'
    '3qI7cUOtk21q5Guxj7RNZyy3SWz6qV17m2Wm7xaN3bYAnT72p/DieE5H+yV9o75X+iV3gOJaW1FsjVsFZytOP7+D+vlKhLmT0ZNN'
    'JaInprR192A/T4d3J5L7ZyfA/bNrJvnHkt6xc8qvgntsyzN69+xYXpaKfG7QNjh5F6P7g7rtXQLf9kjai9u0Ar13xuiY8Z4dAaYh'
    'BzXvC+ieeen4odKBqYuX+D522PXjjM0fx/GxuTddnP9bafB9nOb1366R54dpDs9Jb4H0a+i3CFdEsO6AMt8m9X4P8n4L3UH5Cslz'
    'N+T5E4L3IMnzA8hzD8rj1OWMzU3jPB0xptWvEfq6SXC/RkRLOwXzJ7rn1Wywx7ZrzO8O1IcuwZ0kJ91gB8esoPuDjDaWqg+njvPO'
    'jkTnn9sIL9AsaTu2DxK1uVVy92yrZjsxDz8RjXnfYbL30Pgkz4/lfSjF/hln25+F9L8Jr3PbWH6fP+r6Hep1+09jvTPeqDIpbmur'
    'ZA10WPpnW52ScaD2VxeP9e4803t3GNdeFtjUBPGwJjJPu4JnZf5qFw62cxmxJcN3GHF9Tj2sXirDdEjsEIeaVr7a4OmoTO8o6/oe'
    'EN2Z1bWz6RHwSk6bf9rA9QN9EluiDo32vUjat1lzbKP47PwDae/zGme+/9LA1/ZIlaGC1sxG1H5d3WMceoy0bT6fojWypMG7XzJU'
    '7d8aoDdStbWsoVgfqMODmK7jodarPDqG213o6BxE+81BhU1jj8TGm/kmuGWM1/4491cTXW/Q3vn+MZ5NsK6/YLqfl0JWcX3ijvHv'
    'LSLdwCJNf0AsL277icinENYVrCKy/Urig+dU8n0FyP7HDrZ5+hDwzy0SutFKbC/HDHF7ZLpH1p4/1g9ve+j4/Ljeu3dXirjNOjyM'
    'KS/DeJhPwTgO15qla3XnYHvWW2r9ms4aXWOgF1yE1qcufLZm10TUBy7S1Cu6tn/1nP6XQh8v4iN0fAI6basYorZ1hWjbf9f5/b8P'
    'JR1lPOjdQ9SOLkU7PlPH47SwtfqVyWJ/8TQuPMvXK+EHXkFwnbqurSs+V9S9yxSVZ40iW2wVyMXu/b86juMmfu03GejjRDKuiPZS'
    '+WZOHdc3dlj68Zx6LbHvqC6DOdts0C/GT/+jlutaRqquyL2rVcvHtVRjsylGWndTLcfRUtjDRNkjrh6itoUZt7fUcp5yuHV/7vkf'
    'ak9/Ce1CsC9MkS7wUEyEWu/ujwPnv7Je+jikj0H6K0ifzhbfmdwHvx+G9ElInyNw9kP686xX518KvM6DJC8rewDSX0vqfI7U/byi'
    'zl+gOufkwR82pIsgHQvpCZAeA+mJkE7PF7dlOvk+A/126ry94N3hc94dUQOxjCFdDOnEGvH3FZCWQToD0vWQLoF0DsnfUAP3Nwt+'
    'nqQU+MXW1AEJfvUXis89THVGojwb7KHRX7+h4OeDwuy9Ye+Azi2UxvZKl6+tLHH9Kvn7dzXDUz/r/49ruP/CodRLinQCjFf9Yg3n'
    'r8KeEQ3F2tlVw+ntLELzJkA6HtLlhLatgXQSpNMgXQvpZEIr1wPN24DGZiTbgy2vGV6b0LEIr01kN9ofaufQHmD3oMKXF6o9v69h'
    '7vnHfab0ULV3dyxsnDOZfkxV79eq+VnEcJwDOG34ULVcHxlFdtflRzurPV9qzrtvGthb3amwpcL6v+/At1Mg/f5R/jEV2X89ROq4'
    'DfI8Quy1cJ7vQp4X0uo63Hhs1Z7/opHaf2xLF7WvL1Z5vKHKRtPkHGaodLb3Vnn3dbDcROWlxyVyk0peehpkli+jOn5L5B1W5ilI'
    'f0nqOCiRpx5HcpV7/o/qmJOD/RrSxZCeAemCXHEdLN86SE+FdBkq7+r/UR1ZkJFSebEMtYDIWCw/k9mmQnoapEeBrHVZlaf7dO9F'
    'EX7jCMJXNEA6NqRsdUpAXZMldY0PWdccVFcYvgiXmwrpseT7fKirUMX3vaE6n3Tq/VPl0NbL9prHKjnPYeJTSMQH6ZaV6aC/jsYg'
    'rjPzFg2+618qeXy8Up3V76ws5mtKoWt9XmHHcBHqZylsj506Tqz04tpQf1emd8x05dOjEf4O990sC+FvnPyiSr/0XxU8dmQYPYvM'
    'HtiV/2OETcfrmxX+2GxR7hwEwVHdQ/jpEPC1V1Z4cEYir+e07xyYa8wHnaLgd1i++ZAuJPzSXOB/jkOwRTwSrqMpp8+LObCnVXDe'
    'ivEBNqSnQ7oO0lRIHiRfwelaKfdntu7+kPfXVyp7CKe+R4aoPkazviWor5R8zr+h+jZawXFuNlr6MWx6JTbUV+X5fh+nfslEn3Qp'
    'asNwnOm78UbzfP+I26Zqer70PNUmBV6lh6ENdC39VzmPR91Jxnq/5N5jnV1sw03tcR8q5zG/w/BxujzAN8r9/GKpzvSd+j42RPWx'
    'uXmHRn0m9cjuxbHzsg1DVB+jcyeXuD5KV2fFVN9WwlN3EF6b4UtlOV/fUerrt8Kflfy2zL8Ww7RBJR8+XObv61Dey3b1/2VyecPU'
    'FpiujY+XADabo6vR2JXi3lqLAoar/yvja6PUd+fc2NpoPPsl9kUX28W/txCYR9himXZ+Gb8TFOcZALv3rnNnXvdeeqqM++GfRvTE'
    'VLbRlZf+kOPykq5Mo6vjfALBPonoTecQvfCZhrDvzHGf3XHJSSqe43nAmc/muO/3KLa/DqwP5riN2nDcW6SxMd+OxnWLRBcnsxEO'
    'cyeDwS8Abo4ldbxM1n0/mgt6/1LUn+UIJvWh0Ub62arQtbI5m5Lj++Q2q9g/S4sBDyubC0b3cqjtcd25/VNWDjPsHRjHTnCiVVrb'
    'Kaeee0pcD9sTbsqWPh6AbCz/KTt8sQi2ZDldu5LU/QXJnQXWphsnF8tbb0awgmRAnfsP67Keb+CR7DPmCEEbh9oHkuoc/c8Zvn7W'
    'kHuUx0K6msA9PUQ9v8jwmBybCJ4/rykj3J/xbNqGykbJqfNLGc+3aylskdzzvwxfE22kjO69ZgZrNxqfobpvshHVORQ+Ad3zf4RL'
    '3QE6yiBcWobmNe6zOwf+JAS/R8FLNBvsDWzcMwhvqDxJ5cTtEt6F7W0OfWsk9y9la//4EGv/qbRnCz+cdLAAdLku5L2HR8Be54sI'
    'BjtLOltxprQWyVkOjI+mvbnDdjXzyJ2IJcQu5xjyfSrY3VwjgBXmXoUDqwvBmkHuP5jYELv6fzROlz4E93wfKB6XH/7QS7u/ATEU'
    'IdbFbY+C/X9avme0atrwr0zzuANh4lfJ+MHpaX7Xs5Q2Fe75H6qL9n97TDwnG6//TfHx6iN916HZ2yUyxi9S0WNy3Z/y7KaDfFeq'
    'aMyxBvfWdWjb51I8dsuphnTghhRfIzp2dvj3ofWPYIS12788xWNcqtYZXQcbUdkWwToIsjU+LxUtthzFjxNTng1MqfQkfZJ6p6J+'
    'RD2vcuO6pDxf8irehMWldu1/BG0Iq6d34P3e5vPaK9DniuaVnd/9GpU1Weuu/y+b9z1IT477fjeqbztpY4vCfulWm69fE7tVp8yN'
    'AWWD7FCdMh9B/WxR2CIwe7P3ojI6/uDd+382j32qs+d0SHCy3S4+S4/rHqF7/98OF3+zk65/GB/du7Su/y9URocndMrMQGV0deqN'
    'qIyuTXWlzWPcBsnM7vpHeVsU59B/sdR52Xp0YrWOt+L38+Ta/0I7nO//ezbEOWz10pchfemjXt4HUN5HzvPS9Nu89BnIe1Sbl/eO'
    'gLwU7q2CvCf2i/P+P0He9veJ2/DvAXkp3H9GeV/a7KVfl4zDewLyngS/b4C870B5nUXrpDXn+8sWgLbSvNdtEOdtFeQ96Spx3reg'
    'vK2Q9/pOcd/ORnl3bQce5Wxx39YJ8rJ5o3mPE+Rlc0HzLkB5F33VS/feBTgM8smM28D+F+X9j7vh3vteuCd/j5dm9sL6R3lVck81'
    'yktlp0aAO/YBcfxWVcxWnVgyZYRmM/0tjoPUSr6ZxkHKoN/V8N2RO9YCzjj/Hhx26zeoDO1bKkLfukj7T0bfOlAfWSxg9o3d2WZ7'
    '8nLBmDA91QLBN1ZulgDmobMki8fV3g/vjhDMC6uHxZKvBf4H9+/QXXKUp0Uxh7K4RLUhx1sUo5nFugzaz3Ec8pkh8cxUN0z5DpO+'
    'nmbJ44Pr8F26sZtFcoNuO0XxxLdJdKk6MXZUvoKdOXs3zN9Qj42qXRtgb9CV+zZGvI/eYtCPnpjG3hn36RFs4TotfT+GPRrtoftV'
    'I6xxC/A2ZQXHRsuFoEEzJPjdbxfzwGHs5HTWyFbCf9eP5/eGtpE2xWWXspXgbp9EFnBifkyWtKVHcJ4QV72PjPPfnRqOeXHa8tVx'
    '/rtAovvbOvd77oJvT6DzYFUsFd17RbfCt4c17xWxGCt3prldmdPfnnFe7Hhc/j4o/7hhf03bhNvC4r+E7ceacdzmsN3g3kQnOV/V'
    'xdnpkvronURdeqCqr1xQX58VHFc8Sn2/H8t1PDI/FfTOpi7sx8d6Nqq65xHdEl6HxnjR3SfdO38R2qBLf0Ttw224Yaw3p6o29Icc'
    'j1bCZ+8Yy3GI6s+2lQBnL0E41CvBIXrHVBf2urHc//03DWiqyV3JoabFhbHePqjjHwTHz7ojHT89/X2D3362j9im9Bngbq9mGffO'
    'TwO3Q2qR6LbjoAHfQH1s0eSH41r7H0F9pPr7jVZwrCqTPvYH1LM9wCZUR6ePz04uQ/Vs1ZRJwuy7p6I5i8oX90rsXGX2pbOGoW5m'
    '+1zewO1yOyQ0s9lwLF8cw/szlLKH6/N3jN9GOm5Zw6nnu6iPnZLzWNN1rLv2Pon62CnwpRAXLbka1dMluevQFUN/2qCeuPk2yqec'
    'VaJ66LgtBdzQrSdO3q/BsI+9Ifv4Sr1eH3dK7mdFket/Vc/x8hbCm3yD8B0PadhS3yvhVe6u92yrKS80kni7j6N4Kncq/HfgvlIb'
    '87ja01vP7Tw3SeQMhks7DPCe2eRfWs9tUk15OEoPTo8Ai66HY1C/Wwz4FN22Tg5oa78hrMoIsCh/9re64n6b6n5V47q/zt/W50PC'
    'egjBalXwPCoa9F3UbxmfvVHBb8j8jLg2fxrww/LxbswvNBZh4OM7zTtQW9skZcPoWdeB7c4GBD9uHZwD/zQJ/Dh0bm7MTwH8uHRs'
    'Dvzxdd79CN1zn84Y5L9Xajn+RNHjObCereX3O7aG3BtMcepHEevsNTgDYDTjK6jOoZDznDqvR/MkkhVM9o2rIsCitHhLDLAYrXwz'
    'GtduQZ4o56kiHz6uzf8Q1El5nyNrPTpiytvrjmO21n+HJqo/9O4Qa/O/C6Vph+l6vbvgp6tBa3GnhO81qfPzBb5XxK1Ld+BfV+Dr'
    'Loru3PX5WeBrYAcZ735NHtgUNy5F4xNUp5NeYpuP/zo0PtW2GJdkd90ojVgcARZd+5MLXM6j+nd6Hhwku+meAdyeDpbzXqnxy//0'
    'nozoDp+O7e7ZxC8kuzN8Jtj0/moY6j4b6v5eDb8n1Rzi3MLkvOI/BHV1G/BqHQb83HsEdfWF7J9K9tgqqOso23wMuzTG8Jwa//2+'
    'IH0EvW/r2vwjGCpZqVWyty4wgCHiy939PwSMAwRGVQ2/eyc7t+kx3F8duC9X++E+HwPc/Qhum4RWdoaQr38kgCuTWU32j28iuDRW'
    'io7s22OJfYd/GsHdIpHnwpyvvU8Dbhj9Qk81x1UTuFiv0KzRtu0hcOoNArh9lv69pQ7J/dPlCG5cZ5UO3KPQWIY5o3Ng1FT77xIf'
    'IOOuI0fr7FtOzI86zXMjmaz5XyFgUBnzEQ0YfQoYdwlgbDXsy9c0YLyogPFpAYxew/H4oABGn+Z4MHqxq8rD8agyEeXrN0MMjFKf'
    'J7nrv4r77DhQAr5KtT7mVnE5XocXp/Y3Kt58TET4dyjgv1rpnyuRryMdO6F7FXXtr+QxLhdl1H45liLf8qo7/Cb3CL9f6cd70R3F'
    '5ch3Pb7nL5NlbooZLpNTnJgfVHch8lWwMka5rG8I62T9vKiS77nrkE8WFZ5QP1SrSF9Oihkua++8Su5L4WFyF/hZSH9B3j+C7gq7'
    '97QQDJv4W2C/a4jf/wzyb+nAqEAw2D3y6ZDOhnSKAsbfK7g/ACoLdxnKcQ68ZwTwTOly0f4vgNejsEMS+Y1lNvx3COCFlZEdeDdX'
    'cJ8CbL+l/mT7LbHf+U8YlO0kMsoHUFmTc1B3/0dj0KbJL4pitLM5b0dtMZETnDIXG5SlcvAZgrIHJXIl5cVWVfA4Q6zsKwY6Fx0e'
    'elpAHZ0x1ZFHY7CVyOpH2OIzBIZ/r+T1y1L8+12e901nvEzOEJi+9NE8x9MOCS52GOgLvo/62yHhnVsFNNDl/1FbtlnRYpC49n8B'
    '8HoMbcpcnx+obzJ4/ZJxvjLv9+HSKjivwOPVD2Xfjsqa6MfdO/8GZSn+vSHP+f+h5ild/h+1nfEJJxL+ZrmEL5kUoizjPaoR3qj8'
    'Tunwe38vjwcea98zCN7ZEv9YQXGeaPseiQkea98d5fxeOeXdHiW/DyBezr3/h8rul/B3v5Hwe59BZRncg4RXlJW9HpU9KMiD2/Ew'
    'KXs1Kns0+Jo5mcSuWp8rjmnF4oH2oLKzDMtuQmWZz5slxOfNYhI761Qoez4qS/3kLCUxv2i9p6CyS3PiWF2yssegsmsFeXBbzyBl'
    'Z5X7/buxsVmrqLcRlZ1aI5YJZPx7HpWl/u9nk7LTkE9Gd/8v4z6fmkPYfjO/Es8J4HSHgPOEAM72EHDuLfP7zOqT6ObYXvRtjTJ0'
    'D/oSKtMawG/iff9TgjI7CU/yGunP9WV+30pBfLrJmeFOQ9idBrA3or7K4gG0k/G5AOHAlhD9YnBODqi7U1L3MQF1dxrUPR3FHNmq'
    'eU9FJb8y/yzVqF8iH2wi3LY0ylDcfjHHx0KXvxedux7I8bopX9oq4E/d+z8BZXok9dxvUKad2f9qlKHnQ19B46LLt4vktk9q1N1P'
    '8OpDGmWeJWWuznFcpGVU8XZUfdgiGIsDijM5EZyLUBtV60yll6Fnrmtzej4DqY0ZXUMLQ8Kh6+pITThB97pd+3+EC69IbDB7SN3/'
    'yPIyTM/0B0scx4T1+08aZWgfD6IyG2zxXkr9oD+Z5Xz+6oyfhzfV9f8gy/0oPkz4bcYzPwXpPuCV/xOVYX4g/0fBm9+MyjB4+xU8'
    '+b+jMkdL+MwzUAxbp8yHBWVWEp74WPTb9fkrKHMGiY27ntTTh8rM0mxbu6CMqm2XoDKnSnh8Khe8EZU5I1dcVsaXrxWUWU/GAL93'
    'ff4HlDlVUmZWlvvKbA44n3Xl/4C8r5K8dYA7eG1u1diPGb9go7qC7I1c+5+MP6/I/sfV/6G8QXYd7vlfhvfB1FbDjfkXsjyjYXdJ'
    'yuvwNk75rwv6SvlYZu/yhYC8nYQ//kRAuzo12vV+VJdMn8natRvVtS2ErVUXqovyEVsI/W+R1KXr++v8gLpoLJPTA/LuJH04QZBX'
    'ZD9TAH0hzXtQwq82obxdljjeBzt/OhLGJsz9ZZf/R3X1kz7g/dn1oYbyBvEITt6/pnleFtvjjRL95e818jJ924GAvMcTuE9o5GVw'
    'f5zmvGdYfqEANhXjS2CH7N7/S3P/rE8RnmAf4kHcmL8BefeTvNehvCyW4yJBHHqX/0d5KQ9A825HeamubD3S4bn2vyjvMsInzEJ7'
    'vuv/A+U9RVA35gsuCMhL99wz0n7foHRPWyvIQ892VgTkYetuYUAedq46U5Cnm9r/CvLgMy33/r8gD91/KwV5sP21u/5RHpHtlqv/'
    'T/E8LZLzoRdSnm9Fk3vRrv1fAGxGO58isHXuHrvrXwD7eZLnHgRbl3dy7X8R7FbJ3v1lQZ6dhG/5HMoj4r2cPP8WkIfxT9ejPG0S'
    'Oe29qK+6Z/qu/k8Au4fk6UZ5RPbQrv8PqN/k/qp7/q9Zro+M7RsMy7H6jkd92SJp0zJBHlr/3IA8DM40QZ5XCJwJAXkYnFo0t7r6'
    'RHf9C8rt0MD/l2xeTlf355T7H5vflYpqX/mYzcelQ0InfxSQh9Htu1Ee0bm9k+c21F9d3tjV/wfA3sLu/wTkYbT84wF5GP/+YUEb'
    'WzXaeLUA9gHSxisFeQ6SNnbZxXd9o8ztpag+0b1hN+YPytMl0fmeEZCHzf9aQZ6tJM8KQZ5euv8L8lBcm4nyiHzVuvu/7adbKv7f'
    '9f9nWI61yYZ5i3p/0435Zem1gcqe+y0+LiL7Elf/h/LskMhZP0V5Dkj4qx+iPCLdo3v/z+JrSdd2xD3/R7BFdhuu/C8YI5UtsMv/'
    'I9gimcrV/wfkYbEL343yULnoOMizKyAP68cVAXmYDLYFjaOu7Yi7/i3PX11cNsau/w/BuKvkOBbzo8bQRtjd/1E5XbsUd/1bPL7C'
    'b4h+mMl3DYI8OMYQjdNA8zyT9cdAyMG/bYvHxLIt/XgA+H0Feo99rjMYZbDOTWBfCnDdawV28JOyR/fjDsxnLfbUeskeS/9pPDQn'
    '8hx6c1MAunlZMk/iebKizJOlnCe8jul6S1tmMQ6S+RPM3x5rDRnycsuKbwp15ybq3DZCeRveV0O5sSivey4H6cSBYrzIBXyPinMM'
    '9i5ILx0Y2rGJow2m8UdSIdqo2l/TaH+dYNB21m8Tmn9EiDq+bVgHpWtlkDcNf7iMCE7QvMrqFfErQW2uCcDDqOWd/p6IeLM6SCcC'
    'Tjn5VsM42fDdlvTN6fvxmv1muMnqHQ96Pcy/nWrxWHSiddQE6SVkjdQRGlQFNChvHUJiZrYvfGzUF014lgoebvdsSN9K6LOlga9H'
    'Af/eCDBxu8qhXey+4WzUD1G/dOtka6Qe8uQR7mehPmuvZd34pBpPcwjv6smekRbsGQVEj5y2byBtc2TWjwr5itTr+mG49w9vKR16'
    'BgZ272Zzjp4TrRBPI6ItDId05y5IHhwPOI6/zbf0Yi9GaVO9pRdbMAXyMcblKwLWQyPotGygZdVwXlTBYB5G/KoBCqbNZJiBtLHg'
    'gubZ9CkIaLRrFwV7H57LZtD/sbmsBRwYY/H4p4f2gjVeP+i6syQ0VYZjtmB//DbZH8sle23BQ79Dvs1pDMVuclaoc6+hzfL7mXX9'
    'A1g87uXN8O6D8M7J9+h08A+EdEVNqF1sP3Ttg2Dd49iniyE9zvLHdV0C6SIypiI+VvQu0Sso1mS3UjUQ8KhFWMpbyNZCRsA7LIO5'
    '3wjpTkM5SpavGuUbD3+MxYsbPttvThj8sdrmPF0K8ULlhAaNg7OMAc36qHxXRKsC+ANG6zYRuG9L1kjRGtlzmRXlSalWUA3Bx6sQ'
    'r5zM++tj3uth7hehd3UB5yrzYjhXaYR6nWcy5KlGOGSfI98baPvrQvDX5YS/ngZjMAHBpfwITrsFuoOgM2Mb6R7r2b1flOJY9/h8'
    'GKdMhgnSl4vkYMY/TVoC9xIIr+Skrz1QzCudi/KUDxTnyQ+AXbLlxZB03p0D6fkxncVl0A4v29+Yf4ExUMfZgtREVzcWwZqc8adh'
    '9H66ehCV/qrOEF4dSlOAB90wfh2wDrNatHZQzMqMcj50HqUwZueQVRFosehJV63J3jUo0KxBfOw/AX1ic20H6EFrQRaTrSGKqz2A'
    'Gzqw8RpIB+j0sT5yAZLDLM12ZYG+mJ5f1JB8ceiLTOKrR5ErWT0p+JONLYsXT2lNnSHfVgfvZec+dfBeFX9eptu3BfBsAxqGcWgm'
    'pLkBMzrI9mg8FjnEQzDdH+aB6xBchgemcOoRDjWCfJWCMrMSXbJQlyySGwRkNJQOL+gcM11iPHbpwUXg7/BSjw4E6dbouivA9wqy'
    'JuaR8xcdO4pS9rHx/V6a3TN6+/j1D4z+Pi76qpdef//w9DE7BH3cdw/INLePjD4Pxbxm7gdbzPtGVh8Z34TvtjG76kqBXXU7sdnG'
    '/I8Jv0bbVxXQvsmW2LdMK/R/ihUcC2mjxhnI8+ROzNUB9TaXsN5NwL9SW3ZcXze5HyDyz8Py68YRo3bzsnjsQT5RmI38EuCv6Z2Q'
    'IDim7d1siX2R0PstOvEKXiRzIMNpnXW+UoDbFYa4rXPHTRf/MI6xuxCOXf30GOrVvcukuq9zqsV9vVJfnlti6vN8sKnXwWXVOGws'
    '8XjEjX+VAfg319K/h9cjoUf4nrHuPSCTO0KuP2rQ1TbBGRmuf6S3/VLU9ubDrO3zEY5st8R+22VtHuq2hl03IvvkXQH8caXAprIM'
    'dF0i32443qqIXnRZ4lgsMyyzWJ6thvDxmYcqr2hscxLao2MjWkZokkwPJrJFDtLPsXbo6vPce56Df+tRmQz8BelXmf3QfFjbVC+m'
    'q8dNjYB6gvSvIh2pjm6T5a+A8hmFTWmdoZ5oYoC9fIVAnol6F0CEp+cg22lMQ9iZXROy75og0JVbYGuIdeXYvnccwMpL7lIUBvgZ'
    'pkVsbi1ITWDXCc4tj2zl9xjZu3Ut4McAnVPef52X/lurl7Zdzu8xsjzrPijOMy0Azrg3gx+DADj/uJD7KGZ6/ld3F7c/L/jG+kFp'
    'Gx7j/EDx+YnunqJr7yTDJ9cOcZF+fePh/FR0HoJ1g3QssE6N2mw1An+C7dDbAJfC2reOMvuRdHitOMeHwGeP2hJPxstQ+mByfm0R'
    'HDoS1trlGyB+GPrmrCP8rUpAP8oE9CMsvyZbWwXJHuHg6mcltPrgrXy/izpGe+/y0nsf9NpSj75dD/q/n9zmv1/9t6946ce/Dfq8'
    'x6PLgSb3QBrht432I8bPMli1gnPQrIasyeib83cloW9NZBwZDV9MfIKdQfzrLya+wr6MbEdmEd+ba0mZU4kPUAZ7NsD6OOw12J/Z'
    'UtKeZZJ2sVgCUyyxX1Pmg2x3QHuPlvgdPUbiT7XD4v7MVkradQbkbbZ4PC9a7zxFDAU2PuegeVpPYjZQmLNQOwpwr4P6i10sGdO1'
    'Oc5jjFWM1fqcGG+aJHPM7lmJ/M+xOk6C9Dgyp7QNcyTll5N5omuZ8RRRaV55wHqT0TxmE/LtCDRvjmUeZ/5b8O0vaa7znW8Fx4gM'
    'C7sAOsAxMbTT9R0Jem0sb/dZ/hgMuv5zo/g4iqIj+fwo6UcPkmd6/n97XwNlV1Wled6rV/VSf1RVkkoVSQgFJBAwKQolEBLAEiOi'
    'YoiEJmD4q5+XKqjKq0r5KiElYBBEFBzU0R7tcabbVtdId5Lmd5ngOAYUAiOioOhiLeyBBtcYpunWTttLWzTzbt29++673z73nnPv'
    'ffWTvFqr1k3q3nvu+dln7332/vbemvFIPo3Q3FHEH0ZzLE7mjlSlORG3sGcuVaV5+2iupsnaESBjbHwzJvmYqb0G92e5vkHtTLwm'
    'yY4y2rh1fLAugA/yc1WnpW60Dd6vg3H5MZyzB+tTZf6TscMPTcbFlQU/lFT8X1S9nvpVe5ndlOv10hkgaTpPkfuI4azEtvkxxSdf'
    'ru4F9tRB1CTTn5NN8GwcL55ma5Il+o0jp5qLPWnp8O6bYmP5d6rId4JiymgMNY1x5RjWoPgFibaOdvoxyccUFF8VDEZ3ZjcM0e5i'
    'Fih/qMRnTW9cHupAGUs8Otp3tsMVfb+IM1mUKn1mhD0zN+XxEvQfoo5XL9xDHTND2qbvNSsvN/AflP4ZxPL8iyr9xo1w7/+Re8Os'
    'b68L97BvvxDaHCfnLOxTL9NFcU5+SN7vYWN6ypG9Fd5V4V0V3mUcg49nG0mvqGN6hVpfXNu/dP/d3VX8d1e4zprG+BGh/eaE2s+w'
    '9rV+Z2g/rM1q4Tx5k/JiUxuB19n4wo5y+q4ibkxOlkm5xLpNdHNHZn9TlebIM/GhLiV4CeqzulB5OWTwb0sgFreN/O3byvP94N/W'
    'dJSeGzGmagCuBbiuVbIf1tRWUaHR2UGjtut6I+F1tjmmjpE17Z7uNY1r25Fkzo2w5g2qkltMl1vM0Wn1tsepsy1OBy4OaYPabCp5'
    '6mZvnrpEdFxGQzZYNNM24+BkaLyfMwcfJGf+/S+414afePFyzjPriO7U8TjUaTgot3ceefaE3V470rOd5Nmbob2zn5efPYU8e8uD'
    '7nXp46XxfU3kjDP57HMQ7wj4nqcBc/R1iIPc90IpJuhR6MMrT/jbjepPaAO/L12XtNLnbWgG7CZijzuF82UzCEbb+HybuP5O1ucq'
    'S93JVNY2E53ZxDZP8w8tIfgKjrNVGryHSd4mk/xwQX4IOqYobfFcRjeyeeeY8ibhLKXIeaRcuSpNaWEuO9PdT7BMPKcl3Yu6nJa2'
    'eYayMF+mcQZN8H8eK3ycKvWjN0Hcw2qLNZqKNTHNp2gyF0F5txqYbKwl+H3d+CVaOEughRWEH0m0oIvjXgL2gnLOM/rywmK/qxlf'
    '2CzQY1heIbovdDl0aT8wD7qN/mGKbz2F4Vbx+awqrUlxCuNLHeSdlin8dkuEs79u7rIR584Z/13C+Gmusjh5lHgepLD4K5t5L1xn'
    'ZzMxjX0y/f6cAbt5PpGtfUbJNQ7mGNQK0eX3Op3EqeD8V1vSGKXLCr15673uwemlt58+dezSG7aRhZds6c5p8w5iE6khco/G5rWD'
    'nzkFbZwGMqtVVXKE4Q/aK4pz9Du9Fzh+jjC6TteqaHF3unyl9rk3Hcvy0Zt8Ew7BzRHs5Oaxa+ynCham28SgDnz+vWkvZmWzJf+8'
    'Fto4J+2d82gbVSo8l+xpaVeHp7o/x5tvU3Jug7BcDjQnAJ4p69NubEq58h9LuY//KWWe+/i1lNuPig9K9EHFqKkQuidC27Y9U2Dd'
    '7VYWF9QZASdP2/xwyt2zJjK7SdPG+4p/WEXakPbOFmWfq2pQsRg9Cz1IylEVlI+D24vmp9yc3br6amdq7ulyY9i24/ThMPCpNuAj'
    'kr7cUMGWB2Hoyulntlp/zLl/m3Lz1aAtKGsQp9RbpvgpJ/5pGbNX5TRybKcyz/vG87oNGO75Jrg/T4jpknLqDTI7XYH8n9bOlvhQ'
    'TpXmTezXxIClY/BsnZ3vuIhn9EoNkdmPUb+d2Hq5TbNSQ+boXn/Jrhy25ia8E/kjtdWdyvhZzsJ/MUJ4YtSYYZ77sQn475KA8xXP'
    'B8r5Or7Xpvx5tdCGhu9TW5fz3UuIrOtTcv40G910lLWRV+a5VzH+wfE3nKTp0zCT71tV/BhuaT24bVYXb9ZakVcVeVWRVxV5ZbDm'
    'UfmTJMOqGb9CXAjlp3kVLQd6Ffkmzau4Ac4Onao0TyH9Js8T2sZsJFQmSf2h40VZ1aa8em/YRo0gI6Q8kCvJO1jXm+dzlfpC5SA9'
    'Z42QM5NOLlTOMRW5UJELFbkwFXIBeRnnfciPU4wXvy/l8SEqUxZZ2IXzFmclyj8nbVkpV47Y6OTURrWFtTcv5bYlnRd4bQiTM16v'
    'IBdMcxANsL79I8y5ztZPr8MaWdonyEan7ReB3kxqSeQ0a+HEmS9k3+uxGPeI5t1h9p2/IWe6UeFMF/Ydk770hfThU+DHoM/sUKX1'
    'P6j+slLJ+aCCaCAfg15uIPaJHhU99xidX5P6IT1KX6+F4nIlm3heyXVXpHWIOy5TfGleQ/+UH9Dxcf13LtFTs6D3UnoZM6RZPi/O'
    'tx4jtnzOC0Y1+1jX1v8gfcsZ2qZ0tiOnvf9M9ulN7BmeY0/a83FtMJgX7+Qy26R4rSFOG5gndEmZ5Yq0Bm8HHNxU278wJ3IL6+8w'
    '68OAhg+MCXupOuCM1FQ5Ix3TZ6RU5YxUOSMp87hjPKesVfZ1vwqCH5/qJP2Gugl9x1QGmeppY4wXd6Xc/HeUF5vIuz5mx3qdnREK'
    'FnpUwRAzZKqbD6rS+j4mayetFZXbUl21QfacpAtivq6fJiA/6Rl7qcbeGYb3ksafC8FK4vjHBJwXtaGizTSozhP3NQ5p9s84k/m5'
    'GaA3rgPZEGTb5brWuUTXHJpGXbOVnAm2a3Q+ne75eoD+lQV6bGP0OEdjKz/DwCaFfWgB3j1XyTF8eJbiel9tRL0vC3pDFv5uYvfi'
    '/o8R4cwapT4UPRNuVebnfQmXRuP9Jf8D32udAjarR/nr3i5TpXhobm8agmcXkn2zNYTWBlVp3bWdSq4VNxZxbiWMHGLX9qTd2hN0'
    'nnoEO5nNt8bJWCVa6lF2OVKSog0c87sCaGOM+QHPEWjjTfbMSmVmf81pcIt51t7xsL+5jA3DNNYLGM/fsLHT2PDOtBuYQ+fh1Yhr'
    'vXWGrvXFFmu9lsy7ic1nKtf/jYjrnw9Y/70pt7ZN2Di5vXGnxleSFH/ITRPNoOz4EOHfgyq4LkZO+XPRhOlrKJsWRaQX07Fhv5YQ'
    '3ZTKoji1iGsDsBGUvhakXB+BpIONxcQlho2dPruV6fPTRVfrlJ2fbjxA5508zwo4FCrnEefeyPSWEc25Nmehv/QwfbtRoP8e1v6Y'
    'QCOfUW4d5yyJPTg/415Xw/UCuL47445nDszZRRnI+bTYvX5isTeHzrNO+1cTXvpeaKcr41+Dd0E7dyz2+vUBuEefOxueu518ZxXr'
    '46UZT5Yg7eC9VRnz9tbCdX3GW8e5bH5WhYzDeeYyePbiTOm56B3s/Qvh/Y8vLuUDvK9R9dALyBo413M1a2LyPdP4iLCaBjbnpRsi'
    'xEAd7fbPyQCoZm6l3JWMsZPwivnKX8+W5qYxrZ2RJB0pFT3/RTejK567vkDOH3hvnMgz596ZystV9Iryajxlyd9QxiAOvJF9p0OV'
    '5uOn7ywg37gF/tZC/rZSldb3nNdRWt9zhYqew9iZr43k/za1sn1+jW5YupRMY0nnC2mHsSuYB6E/KihPqe23sI88TyPWfVEquVxD'
    'NTFov115ueSc+Wnu8s4BaDdz9npLl/f/li67nG42tRFtc1auUvFz1Ei0Jf0N91i5nqe1L+OOCeeyBn5N8ra1ELr4NNu7qAtcQXiV'
    'Ir4rmzlZY/E8x1fbvj+X2GrbgJalcXUS3himR9VF3L/O998h+E4ob/4wOSssY318m/Ln6jSdA8kWvkaVxqiH0SbHPsyFXymfXZx9'
    'TfkPjv0U5l+19a0uJDyIxmjz/FQmvL2GPEf7FpePp2Pw8Y9o5rGHjPm0El352M6bpAIwFoJGbK5Ea/QGE1pNEZ7F8699+UPu9cQd'
    'Xr4cvHf4SqhzPFYqI9aOu9cfbZB9WDqfrvPOH7r8vtVy9iWrouUrs8nXb7qfFis/jhxl12ZN3NC1yp/XKEquNYlPbyY0hLy2H3h0'
    'I/lGx5AimmwwRgXlHaWxZmYvGg2xB1O71g3E9jUqYICdZzYR28+Agf1uC7z3vgBfX6/y58y4kPSjl9nM8JlV0I8wu992wXbXzGxp'
    '2y3G0UZsvwXD96T536LR23Afz9Ps43eG0GQje686gCavVcnVSo2rJ5joaJIO2Wmp49nmc6f525sZtoXj+yaFy3K9/KDr28LkSr1h'
    'rE2K7IskeGtDAme3Ros1sMU6RNUTs8rL71YIwSzo8mrb5H1z+ryNxG6UOx9BLmIfL9H0kfZjWDjTUNwG2rtNMGE29cmr2dlZwpZv'
    'NYiZiDIvujy3JvRGdSq+jty3V9D4jlFvssEXSzw/ifjeOHu7megHppiVpPb7yYZxDjb70dSvmCM8YDr7gXiHy2AOo+6hoH4jJnFe'
    'jPbpHlhK5mxUBcdw2mJ6TfPmxOUBnFf2EH2xwWD9xgXZOGoYu5Ikz1iQAM9YGIB5o+Pi/vWthvTeBM+dquxjYE3iOCdi9IvzMYrp'
    '4ftkhGAc48pSKcdej4DJ4uvdksB6tyiz+DMpNxSe5Ro1OkmPgKvA9Z8bA9MzTHxxNDaRxtNGaS8JOfZeZZZ3BHlOk7LPFdIEemCS'
    'MaMUBxE3ZlTSC/8RMHs6P1wlhmrmxdB9lPgSUFe2kVeVdZ4dsXKYsyiuHjWHnaU4Jq6TnC9M7Haoh3UoL066V4O5jSpHOG6X9pfO'
    'Ra3FXLSBv5jOTR2830JwlI3wHq2Fx2sJ1qngOiph+LIo+NIW0GU5tmiqah+inZbWw2lQdjURV7LxNCr7etI1gr0yCZtrNqbehjoV'
    'zTUmxdmZ6AJYh3OBCo6pK1jYxHaqeHU4qW88aaxKg+H8YB17eh6SzgPjgp7OY0ltzq4pFa3+JcpY598Hir+/qMjbGatX7VX+3ARp'
    'Swz+aGXtZ+XaY2wU+noxBxTaH08V7t1I7Oq1wnvN7DzcGPAMx7VyXEA/uyflLJounCSVfTwXWQHGUBcit5uYnW8kppwKwnTZ+iiz'
    'ysvJI9VvkPK13aSROQOsnQkl15jAdS4Idsse5rMfIv3LKbNcFlJuBZ7La4cyr5dhUrdGsqHY1uiQ4vn7lD+mGbGBM6mGR1hcfHUC'
    '+lN9wB6ke2ouwWr0Gp7FUF8qh+44lWOfT/Ry27Gb+NFnwxysirn+y4htdBvb1zyf5TCbN2oXHlByzsAtBn0aOgrWgZ7tbNZhWMl5'
    'W44G2nwb2FpM52LcQl6MKfsclDZnwtkwv7j/4sg6vD/b52JlQnOBeJTjVWm+3xGNzhLE+6S8HbN5nrtgXkx89aY6YA+b8yTbrkrN'
    '/jlfQ3y/E0xOjLF3byL74W1TwHuda2PKf+Z4k51FwsaX9NrUJbA2tQFnDqp72uY+HwvwffD87suE86uUn2HYkO/Z+qz7mS8dbRNO'
    '304SsD2m9vABi75IuacpZlvCP/Sp+PkcOU1lEqSpYeF8P3mWS+ufQX2wljyzXdOOQyhZ4Rnn3u9T3nnBhCZ4rqJDEd/H77+U8vRk'
    'aR54TknMDRV2Jv9eQLu5GO3uSXk+0e0h/dVhtUzOA4eY/nFfwHfHyvjdbeS7SbVL+6qj/Y0p15fLn5EwW+MBZyZT+08+wGZl6n/j'
    '+fFOJmMozNIx/Ab8caZ9NcXbbddgmF4ksUI2cxPU5gGCsdLhag9pdBmOVd6jvHoJeUGPMcmXa4K/0OUjluqJmLSpy5vUz/bduNLX'
    'qyzHd1Hn2zTF38Xxnge4bBMspk2NHDq+qV7LpPRom7z9YRjp+gT0pSUamTFgqEdKmKO8Cs5BNgF+XgmPWdCsaa8qze09VTzchr+b'
    'xi1gnkA61+NKX19H4mGm872EyJvtltiaKN+bTh+kyb6pSWDfNCv7vPrIH+8idgm+HjexZz+q2aO28i5Iz6SyGu2U1xIfaVAfJZ0/'
    'DK8Ydh64cJrkVsc0yemZJFNqVXxMw7Cl7irlDRjRyB+J//5SiFnaaoDnr5ohc540P7K1F/wb8TG+Ipwlbdv7B9JeTwLtPUfGR3PN'
    'mrTjvP+/AsYXpT2nPt/SiOOh3z6kwbgMq/BaHNS+eRf8P4n1K0f/riPY037Wdp8Gq7vdIg4I12Ud4d+vKLkOSjm+e2pAvNFAiE7H'
    '+ROtKRbWV5OYJcRpnizYuSXdblyVp95gFNxdOXjt8Qnw2tUqej0e21zX+B3axpDF3qZYL91607wyf6bcvKSURjkuXKpPRH0nUftH'
    '4224r7ga6Ceo/nrQuGguhx0afpVXydRvyoX4ndphPPh8WpXGby/X8Fyd3ZbXIOI4yVELe1pOw8twLd5JzgYTlr5NU+yArv4U1dGn'
    'csxSrDuu4flkDcsdX10O3bGRzddgiC/5cqJP9bF5OxQhZudCwc9riytx2nFybZ4RARcWxy9vW/e5HL746aCBWxJas5sIpm/UQl4U'
    'VHDNjitmCS2cQXzsJnGkXG+UsJE6rBRdW5N5jkOr9ExfTWjXafPdAfwjSszfmURm0phaxNy2h+jRceICaZ4hmzhgrsPo6v4mYeM3'
    'wdAMas4puJ/eQXhEQQXXSiuQc1ESuTEoBn3U4nyWD8EBOeeibMofm5u2PG/Y1Io4FmLQSFZbSFPo/cHkJxNy34b+MwnS/84I9D+c'
    'EP1/OCH6v4TYKbao4NxIvQE6LMZELBDmwxRzprNd0HPasMUYhyLID51un2SMYFycZBDdZg3x2AManNC48sfF0bkf1+CQgmoom9Bk'
    'r+EZmeoPtRqMK9LMXKXPa0h9AhxbssNSFs9XyeUkKwj2cVu9U/IvNcF1pXAvrP0Ji77w83LY3g/z+Z0N5/qp/q4U3xFn7k3ouV0F'
    '11CeIDqmbb7FM4mcwj18S8pfe3YHe+dkwhN2KP+zSfZxnPmPcyH2vDblz59KMdATGqxyG+wx+k6NKs0raxIv51wPk3mh36P5SqbS'
    '3pPEeaA1AIPFeWizQBtUR3DWrzsAZyC1ZbvXXtXIeuq3b9XgiZDmbkv544S2s7a3MpqkckM37qC4gjZNXEGU/uniAxYLeyNsbkcE'
    '+S7t750BsQBTSe9J5A6eifk5nZip4y1sTlG+8QbTi21yCEtyqzWmX4TjfluIjSYsL2OP0ue3rFKl+ShxXrPKm+dyrHsT0GiDMo/B'
    'k3JKOnXab2V87rAF9pv7g0Ys3s0bvmPCW+Lmhu2z8JOORfhuJUfvscNj754CHjtS/PeVMXlsXJ5q4nPgNUskDIik51CdY6r20WSc'
    'csrNHW87rz1Kzk08n/GdV5V5nCQ/49nqhtVTPHf/W7l1jmYjTdYY0mRWQ5OmMvh2kLk28i8oTsFGBu3UyN/xCGtm+33T8Znim48m'
    'uUvz/i6aAjncBLaK9hCc5bDS5zyzGWutIPsbE5D9y8u8xhOGflVOB874Byx0gKjfWJ/ybFrbYuzlkQT5bznkvnS2WlTGNU/6jPU6'
    'sT3mDXHfujOW6Ts2sqVg6EcxOUcVNFjSsSniy3H2rPPuzQmtU1Dc34QKjh+3jeuz9Z1wvj6hoscU6WLhZ+L6BtlNmwV90GTOk7bJ'
    'cznZpJKrT2Pil6Hzhlij94CP1kaemOZ5ukmDU9hJsDxLp8lHJPUniIYWhtjek/D/VE2TPTyJOkkNhni1JvjbSg32MC/IGMp7BkPW'
    'cquyj78Ow0Q2AR77lGnsg5TjLim7uUleK2qzb2J+njEl1xwNqqHE4763a+igX5nFXE6XnXOq987F5GzUr4LzKudUcG7pgkaOh9lz'
    'dN/meQGm4nth9Ip0SvHonF6HVHjcHKfLnYbYszCfktOvCyzshVs0cnGrBSbnJmVfk3dIwH2HvTOsmZMTptAWws9sScemZwlmcYeF'
    'nykob0gT0Gq9Jm5pUAXHZlK9ZZ6gtwTV0uD1ibhuQum2XcDfmY4bx/u6JobjPjKvtmcmaU8PE8ztPI2OOcz4wlYNH0M5vIXIQqme'
    'YVDM2SYYQ5L7Pkq8iNS3LuXFxkepR9ChvHi6vNLXujTFd/J3Csosng4xl+3Kn0sC64q1kr2e7g4GlSeVS0aH6e1IgA9lBT6EeWhX'
    'C3QaFeNI+Uuj5lwUZv9LEvMRpANkLPw4OZhDjAluAPqxlTH0+zVTbPvfXPy9WrNP+D7Ka/jfiIUf0zQfi6nNQIoDN9Frpkr/l+ra'
    'S76eWs05B+s31JL9OhIgz2tZ+3XwXlx7vkmegWEl55psIrr0SIj8k8ZUz8bUoPx1ik6ZAXTL4x/HNHJsyEKGDwhz0Vgm7IxOFnzx'
    'KJcFTo6xFUofkxnU30xIf6vL0N+zAF+f9HroxlFOuevM6WMh2AuJHwbxT2kNUafpMFjnqH6TvgA7BPWxl6t9ExnQHsNfF8b71hHe'
    'F2abG7Fot5PsT1N65zmOkvCrRZH19RqcEMqwrPLitk31TecbXyKxBqbvhfX7DmVX52BEY4fYBvbmOO2E9fUqVZorYljpY0mddz4g'
    '4O+C3gnrg5NbeJUBjwrjN+XYj7Z4tJxGz5guG/ncBPSZ45R5PDDWUskF6EHXAS+SbMuSD3+m6DddpN/cjmPa7+nQc4LO6HhGXqjx'
    'H0l+Jlv7H9qILhGwcUl8p0DWpz2EL/VY+EF4/+mZJIn2CyFn2tnoT7PhFahP/gx8vKZx/jnDtSs3/4jib3DG+xfKq3lRjvFOxfnD'
    'eeY8VVpbyTbeeyr4ZdR1ovw+qTFO19nw7SFnw/EQvSvJ8UfR0XS6P55ZW5W+vklQjkgdzuNm4l/KKzlP64Tm3RsT7A/KiCuInh7W'
    'H3znvcosF0LOcFzvsNhrQf06yRD3Nmqxd/sCbKA6P1XtNMraVAKyFv0d9ysvXyLWj39hqVcLvJb4FHGczv9PF3AjfA5GGebCxGc4'
    'IPgM0R8o8ady1InEvTuR8tPBYbbPLkr5saydKrjGZDM80wS28ii1jnk9SsSEHJ8yj9UpV63jJM6Lp0Efz8+41w9k/PtsdcY/vnfB'
    '/TsWe+N7J3vmQnjm4+SZtdD+pXA9F67vhuuqjNcPZ66cGMELVfi3u+C986APc+DZi+DZOxe7108sLrURTOXYTPrmjPtr4Jt03vug'
    '4XtB/bOZk2Ntri8hOMELMv4xXpI5dufFFifltL8uUzoXtF+Ur+hwUvMTku0cF7aGzQX+f3XGDPtWlZCf0enrd7vc6wNdHsYP9eS/'
    'hXtPwfURuL7RJWNq3upy/03joun7b8H177viyZ9GMudr4LrwiKwrpROcqy9/yL2euMOLQ8N7a8fd6482uPeojnX4yvjjtcktepT/'
    '4DQuVdF/wlKLlnXP/elK9/rZvJdrEe8t2OS/105wF/jee8fca27A/2wjeRbbwWfvusz/7FTsvbi5yJ22N/b6v6mud6/3fFHff6z5'
    'IdX/oPEQOOcP5NzrH77ozs1S4d51uzz+WKvkXNqYO3M+4X1/vdm9ntvrXv95opQ/4jPnsGc4Bp2OMRMwxih5cXG8vwSaqt/h5bTG'
    'e9V/DvN0jx8L5fztwS+61133mMmwTIL7aQjm7Ud9Xg5Dfi91s3tvEZl3vKfWe/+nOUQn9Z4+f9t03fAevn9Hn35vYX2I+cpf44PT'
    'Ys3lIHvXezFD+L16WJsfbHSvczaVrtEHYExrBkrXCO9df5OevrCfdaSfNVOghzzQ714/mfNwInjvGuBd1bs8WxLea/+0/94K2uY9'
    '/nvLyL0TYF9vu96zY+C9df3+e23k3ifhvU2bS+f+q0APZ3y6dO4Pfg70rXvKx3/jYpmT3JNcH6oN0KMkm/NxAs+mY/886JL5Lj8N'
    'z9XwtVeB9k+7urQ/93wKrl1mvCsJuXbrQff78+D/X3jIzv7y8hPuNbPbH6Pn/K1rb7y24tRsrbfQFUzbbSPP8bwVtz4ZLUd3UCxN'
    'XQRZOnl2/U55eeTLP3avv9vj6Y0oG74O9559Cp59xMtpjDph4Tn3eunz7vWV3e519/5S2XaK5ptToTdGzWvbDL7RIDrsJPZrE1oI'
    'qym3kMhM59208GwD2fdvn+H9e8cU94+vfTbi2kv2iPMj8JnjhD1IbTz3w/WFpf59YMt7tsFeQh/bMPCdybVKpWfNT5X5T8a0TWcK'
    'urvd+frTkSNZ+YSOnMiyqAisje1PkyauzKb+Ed1Hp6K+f0R/xgujoR6y504rsRGlj+mfyYkqIw1RPtPJdM5ajd0Y66kvIP54+kwz'
    'wYwMMZwTjTsaCojRqY7JMy9UycRFpmLI8AvZ8zp5RXl0u0bOtZTpDBskI5fDdXNEXsH1vt0H3Ov3n/FsAnjvswdB79vn2S5Qh3N0'
    'Nuf6pW+51wteLD37fOWH8Myzyel3FxA9L0lbaiPp90rYR/M6ijK0w9+OiR5SC2emObCHUO9vdk2MYr8zMWilJ0F7fvporBV2u2vS'
    'UlEZscEjNnrg5wV9LaW8vIMVfY3JWnWk6mjR1xqJXxp52ZnsOdO2sD7HevI36htUez28qI7fn07O8M7zzvVbmmepHbP1af/5ntox'
    'fwV8f/fBUjtmCmwIjx8olRf7fuJen3/GLy9s5PsFlvPXTuzR6PeoBv6vdiv1tZ/79+7HiJyZMh9r+ijkyc18J0ZSk92fjtI/2chP'
    '0/WfG1PX6trr6VVNgLVFfWr/C+61AfbAj59yn8mT/dnxONgCD8rt9ZFnT9jttSM9exV59mZo7+zn5Wc/SJ5tB3vuo0/Iz15Enr3l'
    'Qfe6FPqdOegf27kkBu0WsB++Bfrk0w+B7RG+s+8Fr44xztmjaGt8wt/uSaQPGeBTq78t93cBaU89LD9Dfd+UR0ljimPfbmY8o568'
    'W/xjoA5jq4O8XbAhtINOSnVcnJu3wVythHOklBeqm5xdaBs15HnUr/kZ1+S9TtbnKHb5wDlO/0eJsdhzXNHLDWRAyHwH/qST1cuT'
    '9lu2A2aPrn8/rH+msv5V5GwV7VwWdjBL+NwmyXOOkaL6McdEUf34nRP+e1Q//nfwX2cEXzLe+7O74ttT4tDiUQb5q2K4vWaVPEMK'
    'xQTarB33c1H7ZDvB1lR4kAEPSutOEAkIoYqMqsioaZJReF455TOAqwQc4YKPudfP3Qd15cizu+/1P/urW8E+Bc/2E1mE7TrtYY6t'
    'LGvHed+5dyXFILPvX0btRux7l5B7Jw26198DNu5dwr3Ga0rxfV8F/OvqwVJ83yF2j+L71q73j2+ZcA/Ht0T43kmDpXL/ELtH5f7z'
    '2wGne3mp3H8N7v3x7orcT1zu7yqj3N9VkfsVuV8+ud8QQ+73MVvLdRa2ifRRzhmcKXjiBhXnJ5ACuO2sDfAb6FegWN6OynrNuPWi'
    'uLygWhphedGDai5KtQDi8ovqGPxittiF485R3TE0RymVnG8sSb/Y9QZ+sSst/GIfsPCLdVv4xVZZ+MXOsPCLnWjhv5pv4L+qN/CZ'
    'RT1TJI19M8VPtZP3mgh+q5W0idgKKmcXw7+ryP1yfnNuAnOZVfEwbbx/K4TxLGfP43Mcayd9i+5pxCia5I/j+Vsd2PvJyjy3XJ8y'
    'z/3Ta/DMYZVM7hobP+xcDZabxwvRs94S5Y/zRD+ojn7mzCL6WWxIP6Z56YJy4dKa2Lb0RnUznktt/Cilo5pZREfHWfAhzP9Gc2H1'
    'MN3+UASeUzhK6WA2yaNWZVbL26R+LK9zsoPxgxFllvdytq9/Osb622BgjgW7hfqr/zAzNNvjINtDDcy6tUjKLhCIcTJykaVV5Yf+'
    'HKBL2p2kHbmCSTPYjypOrEi4QzeurURB3NXyfaV+wl8/6T0TR+5IuWPQprBbwO0XCFY3LLdQhT5j02cMzGQ6UfqM5Fc8eoV6lSnW'
    'y+6n2wpHlqQdriLLY6+dlSwP0skVOwtdA/ESw3vszhNfgNgstdvDrmCb6551r80PxmuTyoZhkFdPPlzeHNsVXXT66TepfE7NXfFj'
    '3Cdj1Lf72/0I4KdfZvkdTfI2rlD6vI0UG8bzGFJsGM9jKOV+e2WiFBv2DcgvtvGzpfvrrKvc63HXxNe9dOvRAutxbUQdwTQ3Uzny'
    'Jcw54vkkktC/eX45uhY8L11U/buNjYfmJPsx5AH8r5dFi4Gq5PsV8v3uiqGz7bLXydIzmM4xdvxPV3q1JPBvCzaV8jSaN5jzNJon'
    'mPM0ngeT7iOeP7OS23r20nocnl7BsB6dsQnVyp+Pd12AfL2A3NvLeMY55N7PIG/xBshNfCa594MbQa/s9erv8JiDp/7cix1HrIyj'
    '3znXD3Z5OY553nT63Um9r8s/Nho7jjoePhOWq7bC52LxuaUx+Fzou0nh9mnO7grPOzZw+3H0P55Tb7nAX2uVv44XrWuINQR5nYEt'
    'yl9nYIQ8gzkB86ydLeSZHPsW1qy/VulrGmA7V8D8hPnp+9l7FzOch0l9W+e91crLd9jDxn0W6S+v/4g5EZcTnMiYgP3R4bfD+oV4'
    '8jBcCa/F2KP0uc7PIHoYzfNhats705I+G5QfV5xVwdhnfobl9H16Qnuuugx7rh14dAr4OOb24rhrinFJlXH+JR4wqqHz9cKek2it'
    'h9F+N9lzQ+SZoHac994OZ0naJ8TLDFtgdAoqXswFx/AUGIYvr7xc2pPY7wAMT7loNVsmWjVpIwjnaIql43aKsPqjcWtDRp0vnB/T'
    '57NwHpHy7+YZXQ5rcIR9Au1L9dp72XNj7P6EwVqMCHuE9qXfYN++lHFzekn0MKrpY8Ggb9inAdanHhVc73mHJf4yaj96CSbQmYf/'
    'knF5H+1jv+W+sF2vHkIbtG9TsQ58/JuK41/L+sVxz30R90Be0LNM8Pxc37KZX74PKF5zMRmrzVzTuRlg723V0LlpnERStMPH+mqV'
    'q/PqcopLdUGD6GiLZn62sn79X7j+Vpnh74PG8EDAGPJlHIPJuhw2pLmPVbm6HqXtnMV+4HXGbc8fEg3zWNRxgWc4fd9Q5Z4zpouG'
    'XlP+PPe6OT61yvXV0nni8iavaSspuc3rbztWjfM0/DRszaLyuy2avuXZvIbp9aZxNk+nPdreYSgrcY2mW+59Oe2eXZH+TPpO29uq'
    'WX+bva3j5duFdXb6PJx2Y+kkXtLD5qpXw3+D1iWnGauuP5ek3ZhWE73ZVt7mQvb86eTbg2XWyfnerku7Z8KZLHdeTbltRT3vDSiz'
    'OtV87Uzo5rGUWxO1nHoYn4//ltLTYr+wDkmvx60pt45onDHfZLg3elPTy1svSrlYAp3egP0I+96wsE5B311Kvmtr25DOf1xXkObO'
    '+W5NyvUvRvluUnP+S7ALl4PXPqe8+F1895AlL8F3pPnktsiHlDef02UX+BwZs20fJJmaD/meo4MvjEBDtrqyg7080VLvSUK/cL59'
    'PmCSk+L7TfDthRFosmBJk+jvD7OTUJtyDfh4aR6Xpwm+q5X4m04XbM7TZW+2tZ8iRhvzyVTqykm1btyfctaVK6f/r7K+s2t9k+Af'
    'cXyrmIeqQelruNqM5y3Il/SFp+zeozGMceejJgY/3Qz3msi7NeTd+YCp4NgiWlc6o/y1pHTvY24jmr/MeXeD8nIiUd+98/xtSs5f'
    'dq2avpxROG88/0eYbN/K7JhVKReHYPqeTtf4DfEvjzLbw4jGVvA6kfEmZ54+jW12TNDJj7fQd4ctnsVvPEp0ni0h4/wbojeY5GQa'
    'Zniiv1BeXeOoa0RtDHcl1B7WXx1T3tlydca9npvxt39hxr1+fLHX/lnwbDdcu+B6DlxXwfWCjL9t5++IocJzyLqQ752mvBp0F8G9'
    'Oxe7108sLrXt8vcphkqKezkrAM97htLXojuFYG8LkBPvd5D37sAzXs4mXezBvIDYgwYhtiErxDZwnEdSvC1JzN9m8u8WiK98Zbf8'
    '7LVqemsMYH9pbp8lqjS3z7VwrdPgmRBDTWvSSjTUTWhgMegCv4W41PPIvRU/9OoRIj6pTdnXEKR5F258Uc6HsAh4cNizNhgdilvS'
    '4ZNs5zspWs8mQCu1yp93VNJzTNulvOxmuP48oq4a1qek5rAmpk4tPVcXUad+GOIVXoXrYbg+3RVN10+qX/+2Pv481yZwdkliPMjr'
    'TO1tedhnVcqLQa4zwD4uIthQCatMcci6Z8K+YYKV7FR2uYglWyC1w8elg5YpooOUMsfwnsR06X6NDdTEp859WGH4Qawb3Mawvtw/'
    'k9NguLgdeILZsY8vQ9th+fZM5p7mAZBiHmrJvX52ttHF3pvUjJfsHtPBp0z2oc5XF7Ru5cIE6/Zz/Qyar6EI88XpnPNQfC+JuUqC'
    'ttIJ6GkVGTi9MjCVAB1UBdBBG7FrpkhcDL5fFfJ+ErnU02UeI83J0Els7EpN37lKwvhxLGefoQ6Bvspy9m3Cwmc8YNC3BQn0jfrL'
    'qY620ADTbmpPHdf4lE+Db0r4bu5bHtC0sQDsnLSvJrbePk17En/DmOYNyp+7DHWqeSFz1afx7fO4TzoWjsWywTH2BOht1UQWpQN0'
    'nxEi4032T5jek0QtGoq76BHWMcpZpJ5hy8YFenPm8mQB663DBkvYrTxrd0jJscN5cp4IioGNG1u2cJrXQDrvmPCUIWGeber+IP33'
    'K39+ApP3p2Ptp+u8ELTOQwwzVBBkCdeJqA5cYL7DHJNBqBNRHlsrfIvG/f6R7OXBgHO38+y/EJ49GHJGHw3xif4fVepbNYlBGWPY'
    'sB+S/vcyOhph/twniNwcELD0Eg2OMTvFgwSLFiYvTcbmtPkV5dUdGQmI/cC/m9p2dkD7dyozP3ZeyfkEbia+zPkW+5mvGY1Jctq7'
    'juhLWw1jTCRMpO7cjHVX1il9fgabuDse59RJaEGiI1qvUccnKW6C2sFM36HzELZ/uV5DcYaNzDfE8xZ0qNJ6c0njNji+1VS+JIU/'
    'ivr9Cq5t6nFtlRqo4bnhd92g4vxY16x9gez/Frb3Knuosocqeyh4D1Ed3tlPv0l5Mgt1+hbYP1nQFWzOsyssnkdM1wkRz6Z5wQ6d'
    'MvjmogjjOtVyXFQPqq7wngrvqfAeUX7XVOR3ZQ9V9pCV/M4SG5xtLn7J9jeHyW60w57PfCq1KrhGYxzfwUzCd/AYwzBcRlIxTe0J'
    'zl/ewuZkYu8La4f7KZ13tjG/jUm944Ly12TmMcNR/BK6XBuIoVoLNkLMg1qu7zjYuhOVnA8kL8SwhH3PJB+fzkel81s3JkCDUeLw'
    'o+xnKTY6KOZpqnNEZmLMZdic2fpT2wnPcZ5Ps/Ogjic1xxwDx4zyuC96n9rJJdxDLXt+nOED6gVf1GAITpPaz6U6aJIvcDRg/zRM'
    '03zZ0gMfV5b4rUYj7JUmmMclFjgPXS5fm5xjQbxNp8uUwx+bU8E5RHHNtqjSfJVx/XvT6YdOov+SDysdEu8SNK9JY0R183ZcjHmT'
    'eBj1zy/T7NkouYMotilK3jdqM7T1peeVnMdqTDMO3mZcGTwvxhqNBuiCOtxBEN/ENZ4QaJmucZ8qzXlHMcc0HqBgKN8oXmNBAjru'
    'MPuuQ6881/q4gJmwxf7Z5tgN8kFz2pibAG2Y7KntGqzOTo2eU01szlyvkfZV0LqXGz8Yd3+2xFgDjrPg+4bjWyY0+h63c+A6FDS8'
    'K6/M8wZv15xHxpSc34zne/wnpc+HRvd0cwSMy7DyalrNZ+2vjNHeyUrO8SXl3DykWbvRBPc/xvmfFMDXad9ymtiJlYT2osxLWB3i'
    'ORH3QphMHtTw+5yG/7QKZ6ioOh6tzyitVbPyantsV8nbMxrKMKe2eTuGIuKfeW5uHa7MhI9TXJmNrzVKrZM1hJ9EySvOsfKOHFyq'
    'ks1pm+R5M6nYtrB9PCrsobB3RpQ+r6xuz8SRyQWLmIjhAH6L40uxc9Hxwl6Js1fD8M04V1n4flx9ScoHRPX5XIgso33NMH0+Sl7t'
    'MeEsg/Um45wTpFgACReho8H5CdFgUF5f03oPUn0RrnMG5cSKk3dnjbKvcZ9kjgibuNg20LMkWdaq9HGtUWyN9JzUqeHLScRuLkiA'
    'DnVxfM0x8PZrSExCEN4c69KuVMnHDOp0+iRw70Hn2bAYFTwT8fxw4wJ+ntutxyx9lSY2XhNfhI6329jcRjTxJHF5uc7mw3l5kr7E'
    '7RpfqhSzItnQepQ/hxfn39T/2gT9zgq2T85rOjT0SemuRdnljeaxpncBPZrsmaTqODUBfc7X0IlNfSxaY3VRgn4CXR58zLNmGqPV'
    'Scb5ZgS8RB/bBwuVF1uF3/53gzFJ+AiJHqYqpiaO3r+DjIHKuCzDVaBMaiHn/w7WxoiGX4fZOqnOPqzMc7IOsfWsF3zN2w15d5Dc'
    'zzC5NKj0sWy62rxh5wndPCWZQ9n5xver3Ou3qvz9e6LKvX6vampxCnHyH59W417XwfU9cF0F1zPhelaNnR5OdVqao2MNXBcesdfH'
    'aY7F81VpjkXM/1FnsN+rY8zZ2g47zOE8Ya0x56pNrp4U2Rdde718nLr69jy/1iTO8QUvryfqf5gDdvWzXm5T53r/U54NE+e4FXJ8'
    '/uv/tJsznhuU85Akc1M/tCzauXM+/NaRe3XQV/SlV4M+qYrj+NrPvXaSzN/a3CXLEZ73t0Pp8/4eT+69eLn3PvJWvHcYcvoO3u3n'
    '/87fHoC8k4fg+mKXXga1dCW7x2qgz3+73psLykcO3w774HJ/X+g36pQ+15u0N2692r3+YGPpXNQPePec65xNwTnoop65M9M8Z6b5'
    '+uax82WPxpfVG+B/debvDqI/7tD4bArKvF45xak1KS8nRNRc65vJ+bGg7GsqSvUHnXbfA+tP4/+7ybwWVHDujgGNDRPzoq8U+j1o'
    'aasI8mc5f997PeSpvczTZ/m9D28stfNuI9eZvIdwr4TpL0nxvHuG3OunLfL8SjZOqn/huzXkGYx3iIL1/WTOvW7aHH+d5sSYKxvd'
    'ietLbbAnuE7WCPusjuhTs+XH3aJpT3lSZDOU9Zs2P82Rb+q+HMXeTeXYIvjw0/vd66WQ7/7HT9rR18uPgB71uHt9HfLMFx5zedz7'
    'gb4m9znowucfDH7nAvLOI5DH/q8e9b/zpQe8+juYQ3gevPMFyLn/FdDrr4Ic+C8/AW2Bnv8o/P9p+P6le922TiDz8/2HoS7EU9H2'
    'X/sjwf0OOw/E4asK5vtzB72zj8371/zUm7ckZc1icpaanIuH/PycPs9jzerJuYVjV0384qa+iyC/nElf+TnOeX8e0JLaO32+vSDd'
    'oZWMeVLXP+K30TQof10C9EOros5w5C/dd6q7/DaANjIfVJ9IwdnqD13R25/LzmK1R/Tjm0d0zKCcSqZ27wGmW4bp6jq6M7XzjWl8'
    'If0abL9UGzKOLX4kxCcu5T2T4opaE8KnRo0bk/zTupxoOzT0UtDgNk4nNm8TPIYJlkd3HhpWcn7dAQNMSSrAbyetzajy50GMuj9s'
    'bIeLNZgC9MndT3wJeJ58YWmp/WI5oTeM2Y2LG8DnMiq4RosOl5gF35WJ78kUH8ZryO+MgNO28QXkNZgCtB9c7ZyVEuA9Jv5HE8yZ'
    'qd2i3PM2qMzirqV8iXwvI30hjaXgm9gXx7Ay2Wxql6LHJEX2Uzt8fxDPl+w6qtGFPsLmAGu44hX5Ifrid2iuiONZQs7o3WxPYS6E'
    'JrBTNzK/B+5tlFFbib+0ScM30hq9DeNDTP2H44aYiihY4GYl56cNw2bx3NVJ4HGD8nAv1/heTmWyYETwzUuY0HLilFeW2e7amqAt'
    'M+xs2KxKY0ByETBepthiSf87pILz3trmInf234aI6yvNcZA92iQeiJ8Z8pr5Hg7h2auVl9+iR+MjyFtgfHKaMyx+b7HycuD2WuLb'
    'gvRNW73SeeayGbSei2LqGwNKzhU8zviAs95LDcY3rtFjpGf7IuCyckRu2uRq5rR5s+F6H6dKY0JHBLyQLj5BioujMZNBPn/FsDZh'
    'mDB6TvgZ2CPe7PJ8wCbjdfbZMsN1tl3fSt4zOe9ZSfasDt0Nux+kGRpjUlkDeQ06tFMdbw1alL5GHo97p3GEY4a2NEmvaiNrniK4'
    'PSkHFcdvvkmwdnOFd6jdqSYAU28ql/k4e8jZB8eUZd+dwzDKvRqcNZexbzJZv4ToMOWW5XydapU+T1E5dPkodQoHNbpiXtCpdHlF'
    'pnssQ5oxSHbdOfBv9AWhfLyfrM/9yr4uH837xGuR9hDMCM+PsIXpYOcqfX2G8QDaCztDnmSoS/GY4AGGX28CW4Zkty0IdikTfaSF'
    '0NGDDKf7GOB0f13l9fG7gOn9dpX//0+yd/fBu8+Td/eyZ75X5eGBFcEM02cehWd+a4kVDrI3qBlsb7gYaMU05qtXwwvPThB7hjkJ'
    'k/RP9ESwaaSYDTNF7G9oW19R42Kz31/8Pa9GBk+sYBju98P1vBrz9ZUw4SvhehFcLyH/t2n3Pay9d7H2VsP19JpS3lrNeOtzy7xx'
    'P7fMzlb9W8A9NMN1H2ArbtjnfbeZ2JEb4PvOr1Ob3anL7tRkd+qxj3TpwSxBddwndZWuUl4/SVe97vUzn3av51zu0sxSoBfnb1/9'
    'KODVCuD72eVe811yG/de77YxL6CNx9abtaGj3YWgR9axX2nO6je433O+dc+nlHrtU3YoIpO5ncTtbpDH5nzTuTrfxf63Q/9r2e/+'
    '4jvfLf6+Vfz9fPG3v/j7oeLvbcXfTcXf67vM+70fvv9duL4F18/DtR+uH4LrbXDdBNfrCc66juyNeoJTry+O9db7/N+th/E7f6cy'
    'pEYjQ5AW/3qzez0XaOGfJ/R5mbgNWEcnc5UXy0V/1xT7+Mbtxbn4sFIbLyvy2euKMnpj8HyugXG9Adhm513n6rw/yauvA1m/MZxO'
    'HRppG3ZtII79w7F9HAK63QPXB7rs6BTpzmlXZ1+hGHuk4z3s/w+QdV8M/a9nv63F/bl83KWl/bDXvlf8/TugU1t6peNoBTzv8nE/'
    've5n++57cP07RrcmdJwh9Oj8vlz85r/2+fvxMvTD+Tu3ddHvviH0h+KQnb/9Au49HmLjqiOYoYWkf2cUhfyPbvP37wyIE3D+TvdZ'
    'nWafYV/u7nOv7x4o7ee+e2DvbQz3QdWp4Pif4fs8PsC/03i1X97o/C50vTJkPk7aVqTbnH8+nL9N0nNOHvc//CfALAn9yQKP/uPd'
    '4TpTFekP/l4y5s5nd5F31Q7IdO08g/M+6XMFPuc8j+1fr/zxi3UMYpsUmjYV9dW0mlU/HSH3M8w3j7FnTwA97B91r08Cb31tvRfD'
    'NInXvMyvE60Y8HgxYnFRBzJtg34bY66XYBsbwttoYzgtGgdI+8fj/A7Ad//+v/vr9wT1/Zf3yGNYALS9Br5354A8No4JoPwP41In'
    'ayXtcWMF6X5y/oYxhFY1BwCj/KuH7Phm4UUPS4v+PryH+v2BZ/w+aYwDwBhHm362PGMmKzJsroaL8/Lkw/65Goa5cv5u0wcHxy3N'
    'xerH/Zhqivfo2hut3857zlzRfvPY0yh4Z37eRdmKvLtQpIOvP1Fsp3gm63pe5t0FwKt/HfDrzrOT/XvezD+G8/YKvL/n2VIZRNfI'
    'ZP7q2fyph138uC/I4WEPV24zfxmYvyt+NjNisethnnQxRisFDCDOU5bNk4MJd/DgKgAnzrFX3Qft4xf5+UbB+u7e74+Lpj7RRyDm'
    'IfWU/5k4eth+oLmbD5bS3J4Dfp5moofFnct1MeYS+/0JiK9Ytq80HhBjL856vHS834RYkG/uDt5jDfBvzDFYBfMx+rAbj8L5RDPc'
    'w3gVyhtM99yjz3t7zrk+CzxGWcq3Xd+B8/7u8PU7+9uuHKTjcP5G5aMtz9h9sHQeq9k8Hijy5ZeK83XD/tJ5PAAxKi/BfDrPRIm/'
    'U8+E84LfFb+1+tv+7/8Ovu/83ea7rz3i//4t++PROMZOfU7Yt5942qORIDquZeeUyTPoAU+28zMt3kOegd+5/zHPd1Kv/DFet35L'
    'flbCzKaUV78K+3RecZ9e9bgbo3bNPln+ngf6xlWP++PZnOdt1uhO2BtXAQ+++0U5Ls2Jj+M0nGU07NhyHTsu1Vmwv9TOG0V/2fcT'
    '8P08YxmrSvSUMNp3ZMtLTE/87EFv79l89wsgr26FcV/zot37D+wu5Vloj69i9vhvHPT6+w3L+DqMvWwu83fo/gzjwY7sdfRUug6L'
    'I+Q+kXgI1eO4nLziMeBTAn/BvR2myzcQ3wXdGzimWwT+zmMRb4nI3zGG9Tv79XuXzvlxxH60zjkDPujv1zo4Fzp/tzkXYuyr2h1d'
    'p9fNo3NOuLfI89Y9WDqPe6C/9wJPXPeg3Tzi/K/+md1774Hv3kliXMN4jZML6LMHmQ/xhWgxsvfCnHYc9K9Hm4pGT/fDPkg9XSpb'
    'nDVbQc7ytrrYuic92sRcOW0x23rpoVJ6j3JedOwZv2e6H9o4fm+p+0nyLop8/vWTfnlw+iP6va3Dwsw54o2HxtPSPctzGNE9y3Mf'
    'SWcvPNMsgTO/EwdLY2KjxgbrZJFuTPSM/SfIr7Rg09T09/8DCZr65Q=='
)
