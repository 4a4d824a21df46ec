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
 ('[,，、]', 0, 32, 46005, 206, 0, {}, (None,)),
 ('[-_,;\\s]', 0, 32, 46211, 32, 0, {}, (None,)),
 ('[.!?:;]$', 0, 32, 46243, 30, 0, {}, (None,)),
 ('[.!?](?=[\\s\\"\')\\]]|$)', 0, 32, 46273, 56, 0, {}, (None,)),
 ('[.!?]\\s+(foto|bild)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 46329, 113, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|bild)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 46442, 125, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|imagem)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 46567, 117, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|imagem)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 46684, 129, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|imagen)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 46813, 117, 1, {}, (None, None)),
 ('[.!?]\\s+(foto|imagen)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 46930, 129, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 47059, 119, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|crédit)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 47178, 131, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}$', 2, 34, 47309, 139, 1, {}, (None, None)),
 ('[.!?]\\s+(photo|image|picture)\\s*:\\s*[^.!?]{1,40}\\.\\s*$', 2, 34, 47448, 151, 1, {}, (None, None)),
 ('[.!?]\\s+foto\\s*:\\s*[^.!?]{1,60}$', 2, 34, 47599, 88, 0, {}, (None,)),
 ('[.!?。다][\\"\'”’)]?\\s*$', 0, 32, 47687, 316, 0, {}, (None,)),
 ('[.!?。！？](?:\\s|$)', 0, 32, 48003, 221, 0, {}, (None,)),
 ('[.!?。！？…।॥։።။។؟۔](?=[\\s\\"\'”’»)\\]」』]|$)|[다요죠음임][.。]?(?=\\s|$)|[다요]\\s*[\\"”’\']', 0, 32, 48224, 541, 0, {}, (None,)),
 ('[.:!?;]$', 0, 32, 48765, 30, 0, {}, (None,)),
 ('[.。!?！？][\\"\'”’」』)]?\\s*$', 0, 32, 48795, 324, 0, {}, (None,)),
 ('[:：・／/＝=]', 0, 32, 49119, 206, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 49325, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 49531, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 49559, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 49579, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 49611, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 49773, 16, 0, {}, (None,)),
 ('[\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]{2}', 0, 32, 49789, 112, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 49901, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u052f\\u0600-\\u06ff\\u0750-\\u077f\\u08a0-\\u08ff\\ufb50-\\ufdff\\ufe70-\\ufeff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u1f00-\\u1fff\\u0900-\\u097f\\u0980-\\u09ff\\u0a00-\\u0a7f\\u0a80-\\u0aff\\u0b00-\\u0b7f\\u0b80-\\u0bff\\u0c00-\\u0c7f\\u0c80-\\u0cff\\u0d00-\\u0d7f\\u0d80-\\u0dff\\u0e80-\\u0eff\\u1000-\\u109f\\u10a0-\\u10ff\\u1200-\\u137f\\u1780-\\u17ff\\u0530-\\u058f]', 0, 32, 50107, 334, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 50441, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 50637, 54, 0, {}, (None,)),
 ('[^\x00-\x7f\xa0\u2002\u2003\u2009\u200a\u202f’”»…€£¥−±‘“„‚«‹›–—•·©®™°′″]', 0, 32, 50691, 224, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 50915, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 50939, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 50963, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 51006, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 51268, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 51562, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 51580, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 51597, 29, 0, {}, (None,)),
 ('[{};=<>"\\\\]', 0, 32, 51626, 28, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 51654, 124, 0, {}, (None,)),
 ('[\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000]', 0, 32, 51778, 206, 0, {}, (None,)),
 ('[\xa0\u2002\u2003\u2009\u200a\u202f’”»…€£¥−±‘“„‚«‹›–—•·©®™°′″]', 0, 32, 51984, 222, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 52206, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 52336, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 52543, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 52813, 230, 0, {}, (None,)),
 ('[、・]', 0, 32, 53043, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 53061, 104, 0, {}, (None,)),
 ('[尽盡]在\\S{0,10}(app|客户端|客戶端)\\s*$', 2, 34, 53165, 75, 1, {}, (None, None)),
 ('[가-힣]+(?:의|는|을|를|한)$', 0, 32, 53240, 128, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 53368, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 53787, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 53803, 44, 1, {}, (None, None)),
 ('\\((foto|bild)\\s*:[^)]{1,60}\\)\\s*$', 2, 34, 53847, 78, 1, {}, (None, None)),
 ('\\((foto|imagem)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 53925, 87, 1, {}, (None, None)),
 ('\\((foto|imagen)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 54012, 87, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 54099, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 54188, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 54307, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 54382, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 54463, 16, 0, {}, (None,)),
 ('\\[([^\\]\\n]*)\\]\\((?:https?://|//|/|#|\\.\\.?/|mailto:)[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*(?:\\s+\\"[^\\"]*\\")?\\)', 0, 32, 54479, 186, 1, {}, (None, None)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 54665, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 54701, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 54814, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 54858, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<\\"/^:])', 0, 32, 54882, 28, 1, {}, (None, None)),
 ('\\\\[\\\\*_\\[\\]]', 0, 32, 54910, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 54934, 44, 0, {}, (None,)),
 ('\\b(afficher|charger) (ce|le) contenu (externe|tiers)', 2, 34, 54978, 141, 3, {}, (None, None, None, None)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 55119, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 55602, 277, 1, {}, (None, None)),
 ('\\b(straight|directly|direct) (to|into) your inbox', 2, 34, 55879, 145, 2, {}, (None, None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 56024, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 56125, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 56150, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 56999, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 57107, 33, 0, {}, (None,)),
 ('\\bi (agree|consent) to the (processing|storage|use) of my\\b', 2, 34, 57140, 168, 2, {}, (None, None, None)),
 ('\\bplus\\b.{0,20}artikel', 2, 34, 57308, 48, 0, {}, (None,)),
 ('\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b', 2, 34, 57356, 193, 5, {}, (None, None, None, None, None, None)),
 ('\\d', 0, 32, 57549, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 57563, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 57591, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 57738, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 57953, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 58085, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 58204, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 58265, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 58377, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 58504, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 58625, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 58899, 134, 0, {}, (None,)),
 ('\\s*,\\s*(?P<name>[가-힣A-Za-z0-9&]{2,20})(?=\\s*(?:[.(<]|무단|all rights|저작권|$))', 2, 34, 59033, 231, 1, {'name': 1}, (None, 'name')),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 59264, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 59401, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 59458, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 59577, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 59605, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 59621, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|ostatnia\\ aktualizacja|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|päivitetty\\ viimeksi|τελευταία\\ ενημέρωση|güncellenme\\ tarihi|oluşturulma\\ tarihi|pembaruan\\ terakhir|ultima\\ actualizare|última\\ atualização|güncelleme\\ tarihi|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|yayınlanma\\ tarihi|senest\\ opdateret|utolsó\\ frissítés|aktualisiert\\ am|data\\ publicării|data\\ publikacji|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|son\\ güncellenme|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|sist\\ oppdatert|son\\ güncelleme|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|zaktualizowano|עודכן\\ לאחרונה|פורסם\\ לראשונה|प्रकाशित\\ तिथि|ปรับปรุงล่าสุด|aktualizováno|giriş\\ tarihi|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|yayın\\ tarihi|วันที่เผยแพร่|aktualisiert|aktualizacja|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|opublikowano|δημοσιεύθηκε|δημοσιεύτηκε|опубликовано|עדכון\\ אחרון|תאריך\\ פרסום|تاريخ\\ النشر|अंतिम\\ अपडेट|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|güncellendi|güncellenme|modifié\\ le|oluşturulma|postado\\ em|publication|publikováno|updated\\ at|updated\\ on|ενημερώθηκε|опубликован|تم\\ التحديث|نشر\\ بتاريخ|แก้ไขล่าสุด|actualizat|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|güncelleme|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publicerad|publicerat|publiceret|publikálva|publiziert|publié\\ le|päivitetty|uppdaterad|uppdaterat|yayınlandı|yayınlanma|zveřejněno|δημοσίευση|آخر\\ تحديث|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|frissítve|julkaistu|közzétéve|megjelent|módosítva|opdateret|oppdatert|publicada|publicado|publisert|published|xuất\\ bản|đăng\\ lúc|ενημέρωση|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|publicat|released|upraveno|изменено|обновлен|פורסם\\ ב|نُشر\\ في|पब्लिश्ड|प्रकाशित|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|udgivet|updated|создано|نشر\\ في|अपडेटेड|เผยแพร่|creado|dodano|edited|issued|posted|publ\\.|publié|tayang|update|uppd\\.|vydáno|อัปเดต|อัพเดท|datum|fecha|filed|giriş|stand|עודכן|פורסם|تحديث|अपडेट|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 59885, 6547, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 66432, 55, 0, {}, (None,)),
 ('\\s+(?:on|le|am|el|em|at|à|il|vom|den)$', 0, 32, 66487, 92, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 66579, 289, 0, {}, (None,)),
 ('\\s+(?:października|maaliskuuta|marraskuuta|październik|σεπτεμβρίου|φεβρουαρίου|heinäkuuta|helmikuuta|huhtikuuta|joulukuuta|septembrie|septiembre|szeptember|tammikuuta|toukokuuta|δεκεμβρίου|ιανουαρίου|augusztus|decembrie|diciembre|februarie|fevereiro|kesäkuuta|listopada|listopadu|lokakuuta|maaliskuu|marraskuu|noiembrie|noviembre|octombrie|september|septembre|setiembre|settembre|syyskuuta|αυγούστου|νοεμβρίου|οκτωβρίου|czerwiec|december|decembre|desember|dezember|dezembro|dicembre|décembre|elokuuta|febbraio|februari|february|grudzień|heinäkuu|helmikuu|huhtikuu|ianuarie|joulukuu|kwiecień|kwietnia|listopad|november|novembre|novembro|prosince|prosinec|setembro|sierpień|sierpnia|stycznia|tammikuu|toukokuu|wrzesień|września|července|červenec|απριλίου|сентябрь|сентября|agustus|aprilie|augusti|ağustos|czerwca|febrero|februar|február|fevrier|février|gennaio|grudnia|haziran|janeiro|januari|january|janvier|juillet|kesäkuu|lokakuu|március|october|octobre|octubre|oktober|október|ottobre|outubro|styczeń|syyskuu|április|ιουλίου|ιουνίου|μαρτίου|августа|декабрь|декабря|октябрь|октября|февраль|февраля|אוקטובר|กรกฎาคม|พฤษภาคม|agosto|aprile|aralık|august|březen|března|elokuu|giugno|januar|január|jänner|július|június|květen|května|lipiec|luglio|lutego|maggio|martie|marzec|temmuz|červen|června|август|апрель|апреля|ноябрь|ноября|январь|января|אוגוסט|נובמבר|ספטמבר|פברואר|أكتوبر|اكتوبر|حزيران|ديسمبر|سبتمبر|فبراير|نوفمبر|มกราคม|เมษายน|abril|april|avril|duben|dubna|enero|eylül|iulie|iunie|julho|julio|junho|junio|kasım|leden|ledna|lipca|maerz|marca|march|maret|marts|marzo|março|mayıs|május|nisan|srpen|srpna|szept|února|říjen|října|şubat|марта|אפריל|דצמבר|ינואר|أبريل|أغسطس|أيلول|ابريل|اغسطس|نيسان|يناير|يوليو|يونيو|aout|août|ekim|febr|févr|janv|juil|juin|juli|july|june|juni|luty|maio|maja|mars|mart|mayo|márc|märz|ocak|sept|září|únor|июль|июля|июнь|июня|март|сент|יולי|יוני|آذار|أيار|تموز|شباط|مارس|مايو|abr|ago|agt|agu|apr|aug|avr|ağu|cze|dec|des|dez|dic|déc|eki|ene|eyl|feb|fev|gen|giu|gru|haz|ian|iul|iun|jan|jul|jun|júl|jún|kas|kwi|lip|lis|lug|lut|mag|mai|maj|mar|may|mei|máj|mär|nis|nov|oca|oct|okt|ott|out|paź|sep|set|sie|sty|tem|wrz|ápr|şub|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв|מאי|מרס|מרץ)\\.?\\s+\\d', 2, 34, 66868, 5981, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 72849, 220, 0, {}, (None,)),
 ('\\s+[>›»/]\\s+', 0, 32, 73069, 119, 0, {}, (None,)),
 ('\\s+[^\\s:：]{1,12}[:：]', 0, 32, 73188, 38, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 73226, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 73259, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 73300, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 73321, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 73379, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 73405, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 73421, 16, 0, {}, (None,)),
 ('^(.{4,60}?)\\s=\\s', 0, 32, 73437, 30, 1, {}, (None, None)),
 ('^(?:[(\\[]?[^=()\\[\\]]{1,12}=[^()\\[\\]]{1,12}[)\\]]\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 73467, 124, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 73591, 179, 0, {}, (None,)),
 ('^(?:[가-힣][가-힣0-9_]{1,11}|[a-z][a-z0-9_.]{2,19})$', 0, 32, 73770, 153, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 73923, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 74118, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 74498, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 74553, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 74667, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 74964, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 75142, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 75199, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 75256, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 75313, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 75370, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 75431, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 75488, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 75528, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 75711, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*[:|]', 2, 34, 75871, 211, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 76082, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 76164, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 76304, 30, 0, {}, (None,)),
 ('^.{0,80}[（(](?:[^（）()]{0,20}[／/])?[^（）()]{0,14}(攝|摄|資料照|资料照|資料圖|资料图|翻攝|翻摄)[）)]\\s*$', 2, 34, 76334, 148, 1, {}, (None, None)),
 ('^.{0,80}。\\s*(?:記者|记者)?[^\\s。／/]{1,12}[／/]\\s*(攝影|摄影|攝|摄)\\s*$', 2, 34, 76482, 215, 1, {}, (None, None)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 76697, 97, 1, {}, (None, None)),
 ('^.{5,120}\\((رويترز|الفرنسية|أسوشيتد برس|الأناضول|غيتي|الجزيرة|وكالات|أرشيف|الأوروبية|مواقع التواصل)\\)\\s*$', 2, 34, 76794, 220, 1, {}, (None, None)),
 ('^.{5,160}[.·]\\s*(ΑΠΕ-ΜΠΕ|ΑΠΕ|Eurokinissi|EUROKINISSI|Reuters|AP|AFP|EPA|Intime|INTIME NEWS)\\s*$', 2, 34, 77014, 322, 1, {}, (None, None)),
 ('^.{5,80}\\.\\s*[가-힣A-Za-z0-9]{2,10}\\s*(db|자료사진)\\s*$', 2, 34, 77336, 186, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 77522, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 77623, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 77649, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 77673, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 78183, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 78207, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 78231, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 78252, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 78660, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 78801, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 78923, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 78944, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 79135, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 79188, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 79207, 171, 0, {}, (None,)),
 ('^\\W{0,3}(?:©|ⓒ|\\(c\\)\\s|copyright\\b)', 2, 34, 79378, 72, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 79450, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 79488, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 79567, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 79723, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 79879, 845, 0, {}, (None,)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+es (periodista|redactor(a)?|corresponsal|columnista)\\b", 2, 34, 80724, 428, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is (a|an|the) [^.]{0,80}\\band (the )?(co-?)?author of\\b", 2, 34, 81152, 390, 4, {}, (None, None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is an? (senior |staff |contributing |freelance |former |national |political |award-winning |associate |general assignment )*(writer|reporter|editor|journalist|correspondent|contributor|columnist|blogger)\\b", 2, 34, 81542, 841, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){1,3}\\s+(leitet das ressort|beschäftigt sich mit den themen|ist (freie[rn]? )?(redakteur|journalist|autor|korrespondent|volontär)(\\*?in)?\\b)", 2, 34, 82383, 638, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 83021, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 83865, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 84011, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 84202, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 84248, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 84494, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 84572, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 84784, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 85016, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 85127, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\d+|una?)\\s+(risposte|risposta|commenti|commento|pensieri)\\s+(a|su|per)\\s+\\S', 2, 34, 85374, 269, 3, {}, (None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 85643, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 85767, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(credit|courtesy)\\s*:', 2, 34, 86389, 78, 1, {}, (None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 86467, 369, 2, {}, (None, None, None)),
 ('^\\s*(fot\\.?|foto)\\s*:?\\s*(agencja gazeta|pap|east news|shutterstock|getty images)', 2, 34, 86836, 223, 2, {}, (None, None, None)),
 ('^\\s*(foto|bild)\\s*:', 2, 34, 87059, 63, 1, {}, (None, None)),
 ('^\\s*(foto|bilde)\\s*:', 2, 34, 87122, 65, 1, {}, (None, None)),
 ('^\\s*(foto|bild|quelle|grafik)\\s*:', 2, 34, 87187, 98, 1, {}, (None, None)),
 ('^\\s*(foto|billede)\\s*:', 2, 34, 87285, 69, 1, {}, (None, None)),
 ('^\\s*(foto|ilustrasi)\\s*:', 2, 34, 87354, 88, 1, {}, (None, None)),
 ('^\\s*(foto|imagem)\\s*:', 2, 34, 87442, 67, 1, {}, (None, None)),
 ('^\\s*(foto|imagen|fotografía)\\s*:', 2, 34, 87509, 90, 1, {}, (None, None)),
 ('^\\s*(foto|sursa|sursă)\\s*:', 2, 34, 87599, 93, 1, {}, (None, None)),
 ('^\\s*(foto|zdroj|ilustrační foto)\\s*:', 2, 34, 87692, 103, 1, {}, (None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 87795, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 87944, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 88532, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 88738, 199, 1, {}, (None, None)),
 ('^\\s*(les (også|mer))\\s*:\\s*\\S', 2, 34, 88937, 93, 2, {}, (None, None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 89030, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 89377, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 89685, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 89814, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 90061, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 90429, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 90544, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(tento web|tato stránka|používáme|web) (používá )?(soubory )?cookies', 2, 34, 90833, 188, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 91021, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 91366, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 91877, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 92335, 162, 2, {}, (None, None, None)),
 ('^\\s*(vi|denne hjemmeside|hjemmesiden|sitet) (bruger|anvender) cookies', 2, 34, 92497, 207, 2, {}, (None, None, None)),
 ('^\\s*(vi|dette nettstedet|nettstedet) (bruker|benytter) (informasjonskapsler|cookies)', 2, 34, 92704, 240, 3, {}, (None, None, None, None)),
 ('^\\s*(weitere|mehr) (\\w+ )?(beiträge|artikel|kolumnen|themen|informationen|news|nachrichten)\\b[^.!?]{0,40}:?\\s*$', 2, 34, 92944, 290, 3, {}, (None, None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 93234, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 93621, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 94185, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 94452, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 94927, 71, 1, {}, (None, None)),
 ('^\\s*(źródło|fot\\.|foto|zdjęcie)\\s*:', 2, 34, 94998, 95, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 95093, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 95439, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 95514, 146, 1, {}, (None, None)),
 ('^\\s*(图源|圖源|图片来源|圖片來源)\\s*[:：]', 2, 34, 95660, 77, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 95737, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 95872, 113, 2, {}, (None, None, None)),
 ('^\\s*(撰文|作者|記者|记者|攝影|摄影|文字|採訪|采访)\\s*[:：]\\s*$', 2, 34, 95985, 116, 1, {}, (None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 96101, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(읽는\\s*시간|읽기\\s*시간)\\s*[:：]?\\s*(약)?\\s*\\d+\\s*분', 2, 34, 96175, 139, 2, {}, (None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 96314, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 96391, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 96518, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 96888, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 96930, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 97023, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 97069, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 97939, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 98364, 510, 1, {}, (None, None)),
 ("^\\s*[\\w'’.&!-]+( [\\w'’.&!-]+){0,3} newsletter\\s*$", 2, 34, 98874, 268, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 99142, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 99215, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 99425, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99508, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99652, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99798, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99928, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 100056, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 100172, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 100675, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 100847, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 101102, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 101288, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 101475, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 101928, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 102149, 171, 1, {}, (None, None)),
 ('^\\s*\\(?\\s*credits?\\s*:', 2, 34, 102320, 76, 0, {}, (None,)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 102396, 1360, 0, {}, (None,)),
 ('^\\s*\\(\\s*[a-z]{2,4}\\s*/\\s*[a-z]{2,4}\\s*\\)\\s*$', 2, 34, 103756, 272, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 104028, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 104096, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 104174, 311, 1, {}, (None, None)),
 ('^\\s*\\[?광고\\]?\\s*$', 2, 34, 104485, 48, 0, {}, (None,)),
 ('^\\s*\\[[^\\]\\n]{0,30}(자료사진|제공|촬영|=\\s*연합뉴스|연합뉴스\\s*tv)[^\\]\\n]{0,30}\\]\\s*$', 2, 34, 104533, 139, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 104672, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 104753, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 104843, 130, 1, {}, (None, None)),
 ('^\\s*\\d+\\s+(odpowiedzi|komentarzy|komentarze)\\s+(na|do)\\s+\\S', 2, 34, 104973, 168, 2, {}, (None, None, None)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 105141, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 105217, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,2}\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 105292, 130, 1, {}, (None, None)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 105422, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 105479, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 105526, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 105565, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 105604, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 105778, 97, 1, {}, (None, None)),
 ('^\\s*baca\\s+artikel\\s+.{0,100}\\s+selengkapnya\\s*$', 2, 34, 105875, 122, 0, {}, (None,)),
 ('^\\s*back to (the )?(top|home|homepage|start|blog|gallery|list|overview|index|search|main menu|reading|all \\w+|\\w+ home)\\b[\\w -]{0,30}$', 2, 34, 105997, 335, 2, {}, (None, None, None)),
 ('^\\s*by\\s+', 2, 34, 106332, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 106364, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 107329, 80, 0, {}, (None,)),
 ("^\\s*condividi (questo articolo|quest'articolo|questa notizia)\\b", 2, 34, 107409, 161, 1, {}, (None, None)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 107570, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 107653, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*download (our|the) .{0,30}app\\b', 2, 34, 107702, 76, 1, {}, (None, None)),
 ('^\\s*download\\s+(apps?|aplikasi)\\b.{0,60}$', 2, 34, 107778, 111, 1, {}, (None, None)),
 ('^\\s*end of list\\s*$', 2, 34, 107889, 62, 0, {}, (None,)),
 ('^\\s*list \\d{1,2} of \\d{1,2}\\s*$', 2, 34, 107951, 78, 0, {}, (None,)),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 108029, 105, 1, {}, (None, None)),
 ('^\\s*partage[zr]? (cet|cette) (article|publication)\\b', 2, 34, 108134, 135, 2, {}, (None, None, None)),
 ('^\\s*privacy (&|and) cookies\\s*:', 2, 34, 108269, 97, 1, {}, (None, None)),
 ('^\\s*recevez .{0,60}(dans votre boîte (mail|e-mail|de réception)|par e-?mail)', 2, 34, 108366, 195, 2, {}, (None, None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 108561, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 108646, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 108803, 48, 0, {}, (None,)),
 ('^\\s*teilen? (sie )?(diesen|den) (beitrag|artikel)\\b', 2, 34, 108851, 161, 3, {}, (None, None, None, None)),
 ('^\\s*temps de lecture\\s*:?\\s*\\d+\\s*min(utes?|\\.)?\\s*$', 2, 34, 109012, 162, 1, {}, (None, None)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 109174, 207, 3, {}, (None, None, None, None)),
 ('^\\s*volver (a la |al |a )(portada|inicio|arriba|listado|blog|índice|búsqueda)\\b[\\w -]{0,30}$', 2, 34, 109381, 236, 2, {}, (None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 109617, 124, 3, {}, (None, None, None, None)),
 ('^\\s*της\\s+(?P<names>.+)$', 2, 34, 109741, 51, 1, {'names': 1}, (None, 'names')),
 ('^\\s*المصدر\\s*[:：]?\\s*[^.\\n]{0,60}$', 2, 34, 109792, 77, 0, {}, (None,)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 109869, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 109973, 48, 0, {}, (None,)),
 ('^\\s*【(画像|写真|動画|図表|グラフ)】', 2, 34, 110021, 65, 1, {}, (None, None)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 110086, 77, 2, {}, (None, None, None)),
 ('^\\s*分享(至|到)\\s*(facebook|whatsapp|line|twitter|x|telegram|threads|微信|微博|qq)\\s*$', 2, 34, 110163, 209, 2, {}, (None, None, None)),
 ('^\\s*分享到[:：]', 2, 34, 110372, 31, 0, {}, (None,)),
 ('^\\s*残り\\s*\\d[\\d,]*\\s*文字\\s*$', 2, 34, 110403, 75, 0, {}, (None,)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 110478, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 110745, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 110783, 29, 0, {}, (None,)),
 ('^also read:?\\s', 2, 34, 110812, 43, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 110855, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 110899, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 110955, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 111014, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 111052, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 111155, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 111244, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 111396, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 111477, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 111648, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 111701, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 111817, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 111941, 60, 1, {}, (None, None)),
 ('suscr[ií]b(e|i)(te|rse)( aquí)? a (nuestro|nuestra) (boletín|newsletter)', 2, 34, 112001, 351, 5, {}, (None, None, None, None, None, None)),
 ('whatsapp\\s+channel', 2, 34, 112352, 51, 0, {}, (None,)),
 ('whatsapp\\s+kanal', 2, 34, 112403, 47, 0, {}, (None,)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 112450, 99, 1, {}, (None, None)),
 ('ακολουθήστε\\s+.{0,40}(google\\s+news|viber|facebook|instagram)', 2, 34, 112549, 176, 1, {}, (None, None)),
 ('جميع\\s+الحقوق\\s+محفوظة', 2, 34, 112725, 68, 0, {}, (None,)),
 ('◎\\s*공감언론', 2, 34, 112793, 30, 0, {}, (None,)),
 ('コメントは(承認制|管理者の承認後|管理人の承認後)', 2, 34, 112823, 77, 1, {}, (None, None)),
 ('コメントは個人の見解', 2, 34, 112900, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 112948, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 112992, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 113038, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 113070, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 113118, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 113170, 40, 1, {}, (None, None)),
 ('未经.{0,10}(授权|许可).{0,10}(转载|复制)', 2, 34, 113210, 68, 2, {}, (None, None, None)),
 ('無断(転載|複製)', 2, 34, 113278, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 113314, 24, 0, {}, (None,)),
 ('观点仅代表作者本人|仅代表作者观点|僅代表作者(本人)?觀點|仅代表该作者或机构观点', 2, 34, 113338, 192, 1, {}, (None, None)),
 ('광고\\s*차단.{0,10}(해제|감지|사용\\s*중)', 2, 34, 113530, 75, 1, {}, (None, None)),
 ('구독\\s*하(세요|기)', 2, 34, 113605, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 113651, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 113681, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 113731, 74, 0, {}, (None,)),
 ('댓글은?\\s*(관리자|운영자).{0,10}(승인|삭제)', 2, 34, 113805, 83, 2, {}, (None, None, None)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 113888, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 113948, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 114000, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 114030, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 114064, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 114126, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 114161, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 114207, 48, 0, {}, (None,)),
 ('자동\\s*요약한\\s*결과', 2, 34, 114255, 46, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 114301, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 114327, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 114353, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 114406, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 114446, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 114488, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 114538, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 114639, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 114693, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 114746, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrsfQt8HkW1+O73Sr68viRNm7SU0pY+0vcbSlughQIVQZCXIGhNmzSxTZMQk5bGIgXxcRWVe9WrV6/oFfUPWlRQrygiD5GHivIQ'
    'EK3S3lsu4OOKgqjANf/s7pnO+c7O7Mzs7pekYZdfmH67M2deZ86cc+bMOTWWZVUM/dlDf7mhv8GhJzWUOn/Thv4utvhTC+9q4X3T'
    '0F8VfHPKVQ+lZUN/4yHPWyCtgDw2ed8M+ZvgdwekfSTtgTw5Aucd6N+rIF2E0sLQ31KoQ/Rt3tBflrybhd4dDe+cPtfAu4WStixE'
    '/2awxg391cG77ZC2QPp2SDtJX7tRfwowDxbUWU3GuhzGegKM5Rx4V4Xa1gj9YOXYuIeFVwvvw5avhzY1oXfOv/PwbwYrI6l7Ohl/'
    'J38DvMd56lFbbZi/DILllHPwYirgRxbBLADOlkMfaVtE82KTcZgAcz0A/37K+Y7qd2BMhnqqoW6nvfPR2mB1sb6I2lKN8HsB1DVu'
    'qFMNU/1tzUE/6Xhk0Hi8C36zPlXD3IyHeguQVkCdG1GfqgGfK6Aeyw5+UuR32h5Tjzu8qbXWHivCszbgW0ZRdmjelXU787kVaK8z'
    'f60wf5lk/hyUtq62Ij3TA79+Tg2A0po8obkiOlkH/3bW85KsV+7tZJ2azLNq3g/zJ+0OzJUuOSsPNcseqgR81wBhML9lQL+bYA5T'
    'iGZnYQ+w9lrW9U8U7zdTbW9/YXybjcqVsXJvGKr7sx5tzy4u5iMmSdpqS/YmO2Rd9dDeF4f+/gxlKlF9zvMPb7s69AwOXnGFhdbJ'
    'ZrInvxXGKh2CrtljkK7teVskupYK+lgO+Ilx53JUUJffS+b98J73erJ/OXjwZaCFaQN6F3m/So+9eXSJZtGzJ55JFD1T/a+SvSrZ'
    'q5K9KtmrxupeVW9I45jOc2XeS1OQroD0BEhnkZS9n4F+O+34BeCU827qXV569X1e+vwPQXd4k5c+dK9X5seozO6feumr3/bS+2/x'
    '0i/c7aW3PuKV+T7grfPu2cu99N5/9dKfX+SlB87z8n4D5X38A1669wPivDegvEfu5e100sVf9dJr7/Pyfgbl3X0zjAf0OXNfcR//'
    'BeWl40Lhvg/lbYJ+f+tucd7dKO8+yPPqbeK8l6K8l0Hdyx8W592C8mbuBxyRwL0Y5b31US99+AHxOJwNuOm829ULuLO9eA5OQ3mc'
    'yRPVeQLK8y3ow/67i+tagfJ85xEvrXq0OM98pIdccqGX1lzifZuJvn1xk5eee633bQr61gS4lN3jfWtE377+weJvtegb7VMefaPj'
    'hnnRd4SQvZsQ6yWk+3awHsG0rhqyR7B5mAd8yQI4e6D0rBZ0h03QPgwjh/IzvTHe/+pQfnzmYQKnPs4xTbldmRo0pqb1JfowhT5M'
    'MebBO28qsgDC5IDPDSHZE4Af5YPe3LUAiBzM3SWYbzJV3Sk6EvdjjfAzFa2PMA+mE50Wl+XxGZa92EtfWcx53WTORn7O2DliftBb'
    'Ww8MCeD3ZRP6NxrPA0ZS9qgN4MnyATyZ6TkVowt4H77EQAYe408K1HozQhOOPcoj4uTcKdHlJbq8RJeXnDsl507JuVOyVyU0K9mr'
    'knkf4XMnBxdeDsmfJ+dQyTlUcg51+JxD1SdnUa/ps6hE9zr6zp7w+qwzXCeqOzaNROeJbfUZrZhxL6fTTlteJ/h2z+Pet5PQtw3n'
    'eumZ53jfVgu+XbPR+7Ycfat4A89TgLXDvlWSb7PgWzP0w0m3w5gdhb71kG9szbJybC2zPOx3Aa05Bicob9h5qocylNdOETmtgsxV'
    '2pAfY3cJ2X2+49G7k7Z471aidy+1ee+WoXcOH1CAPtfAOHSgOq2ANhdgIU1B45ax+P071peUou9Z9Buf9S0U5LUj3FvJGLSpDtqF'
    '7ziycS8Y1Ov0Iwdrpi5E2atvF+/pF4TcZyvJ/pCziu+4PrLLHG4dwDEZ27KYxtZpb9ixLX/QP7ZsfE+zwo1DOaK3Ijq2KICONRvQ'
    'sSMN6Fg9tN/51o/WuJP2WsX8JPuWgzmjdDCPxugqOxwO0vvNzWj8KqAdN0BK290H6WZoWyXK0476z/KGoRXmZ4WpMa+3OHRpONSj'
    'PCo0wh+d/dTBzwYF3q0iMFV0i+lTbgMbL3bGzHSrs314k3pNP1aA3lDANO8Jg1k2WuuYZp2D6NkA+fZ6RHcYrWiD+WP74TsgvQJo'
    'HIPDeN+8oDzOsxTxU2syxbDXZbz03ZM57FUZr9wM1LadpE3Mr8MS1KZNpG8NgKe65fvQfiOj+ZWS9TMnpAxM4cyPSQ7CvheyCHYB'
    'dATs3Sw0j1lkV+a8Owb6y8YC7+FdkLZa3McHzdsvyTsV+obztpF9iumCcJ5dVrEuiJbHezf+tjITbu8LkjEzUM8MIlMugfQ4y6+3'
    'Wsr0V5Zfb8W+rSA4J6K/oneM35sg+c78pejSdxH+03FgfmxyiFeZpThTqYhRJ6bjK4PpM5dB+6oQHtP1x3DVFvBT3QSX2yT8lF3i'
    'vpjWh9dsO+qLDLfLCN3Avlp2A02P6n9kFKi/BO8ykXjC90bzPzI9bMFazbe6aw3jWBmcs+Oz/HVDf29GMGsJzOIz0sG0w+vI+B1W'
    '3/+DvZnZEGCcltkQYJrbh866KF2d8z0v/Y+7/LYqZWTvPQ/SCxB/60zqu1DbLI22BY3X2wmMKDrpETWa1H/SRrKVAmeCnjA22wUJ'
    'TmI8aQ55RhwFPzG+pRT2NPUG+0Edga9jr1NHzolMx4Ke2TH7+PfcV3xWffCWYJ9vcfDEGSu6HzK2f7P7GLr7ty6vXkr/aPutYv9o'
    'sjZVxtAmrLubinRVWDboleRrVchrJutwoqa+d9KgWLei2i/7oB/JGaPgjHFPyPNF9VOuY7Mfhu/BNDKLcCBF6KFs7ZTHuHZE+t42'
    'wRpK1kOyHl6r66GDyOjJekjWw2heD/kRWA9B+vxkrSRrZbSulUxMa2UTOkNI8D3B99GK71Ux4XurRK7uJTJEK9lLnoH0v9EekqyX'
    'ZL2M1vVSF9N6adOwD+gia2mTQdk+gb6LnclhmDsE543J+kvW32hdf2Uxrb8Osi42kX0qkemTdTCa10E2pnXQQ9ZBgvcJ3r8WdFk9'
    'hN53Ed1Wp4LHSvRbyfpJ9o3kDCTB+8MD7ytLgPeqOwt9At2XSJ5PdMTJ2hnNa6ciprVDdcGiPUS0bpK9JVkfo3l91IzA+tDRHYv0'
    'vcmek6yp18qeo8uf0fW1K1kzyZp5DevGKP91GXqfrItkXRxu6yI3DOsiwf8E/8e6/B6E/4yPoneqWP5kfSTrY7Suj/oRWh9t5PcW'
    'Io/0aeqakzWXrLlkzemtuV3JmkvWXHL2H2nNJTbDCd4fTngf1x2XnZb4fmOQ/X2fwM4s0aEla+i1esa5mPjjXAr+OPdM5mc25fDt'
    'JPh29WTw3zPZf65zAuS5CvnzXJvhayzI96dOXbjNOnnPyHAfkMl6TtbzWL9HM1zrOVlLyVoay2tJd39ZkeE+q6PubcmaStbUWPbD'
    '4eDjJWfxuG4Jvif4Ptbx/eutXvq+tgTfE3wfvfiejgnfEzxP8Py1QNdx7NoE3xN8H/N8zAcTfE/wffTjewrqbIQ/jIssjnY/pMx+'
    'nsZPdN6xe1rbUV4aH5O1FePzPKs4LnYdaneYGLiNFo8hq4rdFzaua70GP+jUcyOMwVx45+i9HpnBY76zsWu2uK9/FhvNyeOouSZZ'
    'xXEAmM1CDzp31T3TZfGMOqxoMS6dMV5OcIX2eb6gz7M1+jwF+l3KPotiddUb9r+b9L9RYW+le99xs1UcLwvHG9SJM8jWKIvfuhqN'
    'tW55kV+xKP5k8PhjXwJO+8bBuhLZsoni4YlgmOIvi0F7rOXfQ1msuqDYoGHi22CatwDScVPN2q3bxnrLPK6ijN+Yj/DJtM84hnwt'
    'wHW+j2flnULnHtr+hKG5CoA7W6ziOOFvQ+cOSdxUGjd10B2KUsZNpTGf3gnvVyfzPebnexzi00xkmwLgRFHMuzo1PjxhF+NDNsGH'
    'UYEPlw79YxrhFzpRSv1oh+HVgvgKpw1n25zeLL/NS5+9xfv2OvRtQ6+XntzufTsJfZvb7qU/exfwTLaHo867K3d56aZtXtr5ES+9'
    '/CNe3sUIzrRLvfSmNu/bHNuT52XjI7pDQ31obBaMCeYPa23O3/UJ+CfTOwC9kvsDMhtR1fw8O/R3lKR9rSHuKnRqlnHqfmDo78gY'
    '69apcy/Il7jOfoFNbdDYimz/ZHl0Yr+FsfkNylsAeDMste1UUNzyFZnifpyY4fZSOrZZLI/TnjeA7Ij78arF46zjeqjv5G0Et1ok'
    'Y+b0n40HG4fFILuKYqbL4sDj9d2J2qCaH0oreiyxj/Sd6HfBKo7fmLWCY1Sz2FNZi8eWZfIAjtO4UMDnm+hqcKxKzEPYEv1qFJ1Q'
    'mHpY3EtZnHJRLPLFEnlUV6+UhW+WSv7MmstiTrnn7WJ+bJLh3tQt2KNE+rX5iEd41PbyiO6ytUto8gCZsyD4t9lenE66foPa3aIB'
    '94tk7xbtQS2W2o9uUB3XDP2jIcaxuMz25H5Vm1VwthA4MtxQwTnPVuvFcB0tVrE/iiDYx9tcT7gsE2yDi78th29Xkj1EVd80m8fh'
    'XVvjpbMhnQnp0ho1nILN9XnbCK+sM8eDlrg8jj0TVP6PqDwr9zLiNVXln0Llw6yrnwWU18GpO0D+jGP97YW9zxT3rkPl8Byoyl2L'
    'yvUj3kRV7irU5/0R+9yN2rAso493LbCf6OLZ+Sj/Do38r0P59+usf9g3g/hDFYz56NxivsXPKLJEhz4dvdsN745E7xbBO6e+CYp6'
    'TWKAL4h4RtFCeIwc4Wlm3Oulmfv5HNBv9zwO8jL6tuFcLz3zHH7GQL9ds9H7thx9q3gDz1OA/rFvleTbLPiG1+Z2GI+j0Lce8o3p'
    'svEeuJDIAQuJLorBCcqLz1vLDM8a6uC9Cd+aN9StZdHZJlsf7N1JW7x3K9G7l0BHsQy923e3924hohEdqM4gvrQAvMYUordtMuSF'
    's+g3PodYKMhrhzz/qQM4Jvx5JaypowU6TZM1nYM1Uxei7NW3++mB06YLQpzN6NiYPLIr3JlPleHYVsc0tk57w45t+YP+sWXje1rI'
    's68aRG9FdGxRAB1rNqBjRxrQsXpoP+ZBOhAfhmVb9k10Xl6H4DljdJUdDgfpPtmMxq8W2nEDskcR6dOoPQqWp7ZHtHWo9p0vvMYs'
    'o8hzSGgK/WSUOUzPw1X7qYOfDZo2Qbp0q57pH0BX1wTr1Ib8ybmU6FzKe0p5LiWy8TkH0bMB8g3b12w3sJMZQPY1eUF5nGcp4qfW'
    'ZNR68VWg056B2rZTQz+8ifStweJ6HJ3y2PZHRvPrJOtnDrE9kcUviaJX1uElsF45qr6Y2gfqlM9KxmdhAH8r67+uXW8i6yWyXiLr'
    'JbJeIuslsl4i6yWyXiLrJbJeIuslst5wyHoyX0JZoNGMrpbB2dgC2AvpGiuDO1FhbYmqgZ/EdVgRZEBnLE525iyiHKjNk7Sb8Rs5'
    'w/aUGbbn6bZifMgiHlJnPk3OKf8q4U2b2dgM8rlk929/DvXVW3E/NnQ6nbGy6HXO7bJbf14FoiLoYyX6dxUa0ZpCsSV8XXw9SpEX'
    'tbXyzFONQJdr0/BUuLZPxQJg4FNr1mKtJ8UR0/RJ+barEE9t6I7ahmOE9RBVqAtsrY9HtN9J84PiNUu/m9gsUFldh65VGvL3nQAj'
    'q8Xfx/Ck0qOVvc9oM+mhnrU6UoCy7lLrIuLkX440wF0Zv6JbnvGjxxmUKRU/Uor6h5P/+J0m/+HAfBLypRM+JOFDEj4kdj4kTn4i'
    'brqU8A9jl3/Q5RsaYe8Ns6c550EinUlOwXMslOxxUe5dLYp4Pr7IKr4ndaQ1fPelCuhM16QM1m1lNc7iF5F5T+5dJfeukntXyb2r'
    '5N5Vcu8quXeV3LtKbPESW7zEFi+xxUts8RJbvMQWL7HFS2zxElu8xBYvscUbTfeusG65CtHWcqLrXGXJ71+VAUx8Zr0YdLwy3hTz'
    '+UznS8svQ3lxX7GvL1pmRUCdTD9twitkkCyEeQVdX9lO2z9hF/MM1Ec1znuNbYZbGDec8rtR+c0h2tppF/sTNy1/CWm/afkz7Gjr'
    'fo2t5keW2Wp+ZK5drEvSbf9kVG6rQbka1KYOosNiebIAWwWznZT7K6Jzmw3a9Bzot6L4dWewHkdt2K5RbhuUux+V06W1TrnvGpbr'
    'E+geTfD2OrTfyNb2xxHsHgPY70OweySw34XybJbk6TecA1auXbCXUthvRbA3GcA+W9DuNpLnNMHY0jwnoDw7JXlWaPAE80PyBFMQ'
    'L0PrbRTIk+xbLfq2mXzD8p5MXmJnlYwvEMU30ZW1mxEPYQOf0oB4CMZPmNpYRNW5qmLsyXiXGqhvLqSXCHgXrF9h+TYSXoPFUmD5'
    '82DvytopKot5lEmWPPZOGuDTc30KH7e9Etm8ic6ncb+xTg6PXTbC2OH3c4nOis1jDp1z1lrFflUzAls90XjSuQoaR1tzHOdKdG06'
    '7ab9jjL+KTT+5Zbf32w1qXetFXzfvyagrjJFXTUx2IzQeCllgvOaRQIa2Yv0aiz/d+Hd0TBvunsJprM4Jgyls73kG6azfYgHo3rH'
    'MmJTohNPbSK0K4NwF/t7CKItBSKDbZTYqzSiebMtfywc3fbWI5rl9PUIqPfkHJyrQ3oqpBvIb7ZmWL71kM6TlD895/XjiCN4XXPh'
    '23JIl6C8cdTlVDQxprqOJuOwHup4ZhKvI+rYyer46STvPhzmKZhsOWD7bVV0fIfjtdGlUWYbkT1vnOTJ8bjcvWkvfSztlxe+Bd/+'
    'Ivh2C3x7SPDtLvj2pzRvyx1pL/0hpDen1WW+lvaXdfqxc6gfa0idP4Dydxv240749jiq9560fvnvwbdvWdHHSNbf1ZM8Wov5zBaB'
    'nVEUOXAbkcn7JfqLpkncTz9tS6/AriWuel+eyMdgJNeTG88G2jIbaLST7zswn6dA+v2jeLmbYT5vT8e/Fr450ZObnHffNMDb78K3'
    '5w3Xy3Dg+xUTvbg0KtxpE8hsuvO+3SqOj4dtqVx5eSK3k+sTnEOKZPQgGqzC75NQfTTWXmcJ6pslqI+ea/bFWF/FRB57TxTnBsPq'
    'NoT9QpN47HRjNh40rO+JJt6XrZK+dEr6poJ9J/TFNA5Jj+WPLyTCc8rXf6Ep/FpTrSedtei04d0wns53G2xCV0I6DdKpyFbUSadA'
    'ugTSiZA2QXpGDejLm3j8oqh7JMVbug+1orl16j6zyZOJ4x5bOofLmrhN+s1kb/kGobEPpoP5Jsb/iOjyxCbvbI19C9pPMJwH0qXZ'
    'J/7SyGP34L11NO1lP2n08E8XB+Lcw25q5HjRRXB3R4z1fLSRrzGdWFabY6y7D9U9nLyxa6uLxnebwZmE6X6zWhOHdqE0Lr57cqOn'
    '76D28lS+NIFZhsatVDKEU88fJpSG/lIcfHQCx8EW0pZ2Sy+WH97T+zTLuPy/YR/7QvbxUxOGfx9l+PLOCRxftpB275DIczr8H46V'
    '6NrqB9RDx6XfCo41F8TvnIbq6RacLeH3UfiqBWjOMP2PQnt1665BfaRxvzfHWM+L47lvE8YTzoC0GdJySJfXFPOYjJecjnhI967O'
    'eH5vpI/IFQfIeLaT84jF6P6ku//HAGspwPpODLCWAawvxQBrOdv/Y4C1AmDtiQHWMQBrewywjgVYb44B1kq2/mOAxe7lLo8Aa4lV'
    'fI93WgywGN7XxACL4f0rDRxWtS2m93Qf6BLQGjeebQRYbcRO6bEGHp92OPZEp85bUZ09VnDMX1qPrj6Ejtmnh6FOOrbvQvMkkl1M'
    '5ONtCJbpXkRhXRgAa8AQ1ikNXJ6mOmB6LhEkf+rqoW9LB8uq01DfwvA/TPZw138Dv78et/7Ugf/SOA4/bn2pA/83Avhx6Ucd+PeO'
    '89PHMPpQB9Y3JGMRh/7TXf+orW0KWVAl+70fwYqiO3Xt5caFpxFUvtk0zr+unzPgVzGss8aFpzcU1ho0t3HLJK6tPILfaqDD0KVx'
    'VRrt36SQ+UW4y2S2F+uL26+jezIZ/3313t6nu3/vIvUMGJwvsjVyRz3fb7cZ2MhSGd+kzs/Xe/e1o+zllI/qCdGOPWg+dxJ4dH+9'
    '2DaH3xFxbE10l+ttuCuD+rRZ0pfekG1x9f8lmjvTftahsQ2auzjayep8sY6PbbuEHoaxC2Dw9wF8U/2air4w+nVPXfQ9jMG6uS48'
    'b0phXVfnp3uydYXbHkUvdmWdX88tsulekfHS4zPFvO9JkPfqyV76HlTmLCizBNK1Gf7e3f9HoO4zoO6TYd7weSfTVU0g56ETFbqr'
    'xXWejWBYudv1ExEBBpPZayLAYDqq/6sND4Pppn4fAQbTSf0qAgymi/pRBBhMB/WdCDCY7umGCDCYzukTCEYYntSB8V4Eo1twnwq/'
    'l/GW/bWeXWrQma6ufdU9Ctn4zbV+ehhUl0oed/XS8M6W1Hl8Ld97dOR7ald2u6JPMyPCV+kTqtEcbzXYL7Ae4dWCH082G+LJ7wr6'
    '+Nom2Q9/qdGOfoUs8UCB+9yL67zYlf8L/nVQivNhp65PonEIcx7s3pdD4yDDix2GPKsD91IEdwuR4XcY8iMY7sUCuG0xwD1FMA79'
    'GnBEPgXxPYtFIdYMxdUpBe5L5KEs2IhD+gykvyDvH4b02SysfwRjZd5LT4R0BqQLIT0T0vmQLs7D+q/hMLLwbTwpcxSkJ0lg/A7B'
    'mEXasVKzHb+sMd/zDpD5fqDGW6eY/z5AyurIlzp2AV+t4T4sDwh09zo4FvY8w6n/wzXq/f0FBd2+vEZNJ8LovNrRPLSEsNMwsc84'
    'A/WhXXKu1BVC73WMYHz7DNf4TARDRy+B8zF9SoOgfzL520RP849qD25UvRuV55+tVuNUGNuRR6r989GvyR8wGHdV+/EyzjWL5/5L'
    'aBzWZ7hsG+QXEsuuiyFdTeToa2OGy2TkgWpPx8XyqOAtg/InK+6I68rwi6EdF1b75QDqN5fdO49LN7F6GOtk4z1FsP5EPoCZPmQV'
    'mT9ZX8pjhsva++cq/9rpD0nbVfvHE1XeXVCsr1lRw++Nur5Ba4rv1v4IlVlLbNtZmemkzO1VnG+htk1zJHbxGQTb9ZchaOtyRb2f'
    'RfUyW6mjie1UjaLeDyMYc0m9ZZDOU8C4XNAOau8/XaEP60QwmiQwZivacXEVp2kd9O6ZwV6B9xmX/xfg7FG2OR/SrcGHzK3i96zX'
    'wV3VZnKvdja5X7uE3f9FZZeRsuyO7ikCmO75HyrL7sqeTMpukJT9v0pedrZh2f9FZemd3nWKNj+Fyi4iY7JMUfYhVHYBfFsqGFd6'
    '59jd/yv5XXvGI1xki/X4XYRfusWgbBvBw+tR2W1Erj3C9p8p4no/ZlCW1vseVFZli0Xr3WFQltbbjsqayBXu/l/JYw9E3WcceOsF'
    'bTkokQ+ofLRC0JZ2TZpA6Ydr/4PaYmLn4fozRXh/UKAPwHqCh4ieII3KUl3DI+T3AaR7cM//KnhZ9u0g0U/8RqKfeBqV3S/RZcjK'
    'Po7KzgNdwRqkM3B5AvJ7LegS7kNlmU5jLtE/sDIbIF0KZW9FZWU6lZREh3EjKttM2qjSf3wKlZXpUGT1frBCf71RncnuCh5PhJV9'
    '2UCe1JHRNwfU0RlTHadX+NeqqWyH5bdjELztEhrQbqBPmF5RHFNFp8+4ri4CrwbB65SU6TRo38t5jkOdEvm6TUADXf0fKiu7bzQg'
    'sa3Yl+e4odNeE7sJVscP8vK57DW8F+jA+xqCdxY5rw6SmRdLZLZPxwSPyWrvQ/PB8pxI8q6Q6BcuC1GW1fv2PNeJDrcOwY0Tgcbx'
    '+IxanlfpBVbEBI+Nz7Q8p/HTasTyn0xGqs9zX7HTFLJwGcprk7xTSN5Xy/1tWiGxhaBt+gMqS2XuOQq58TflvI1TFP15tFzeH5r3'
    'fpR3riLv7QFwqcx+C+rreGIzMlMxTtejesYr2vTJgHGhbfoQytukgHtVOV/XMhuq7YTuM5+Q7yj37629ijvAS2xOR/GZpwNvYznX'
    'mVBfUzIZ+RxU5miJfH068RF1CiozW7PMSkHbNgh8abH3Tpl5AWXWS8pMEfRnFZGBj0W/Xfs/QX9UZTKozKkSWZvKyX8t87ftdNIf'
    '6o/rt1BGdG7aKpExf61RhsqWD6EyL0vs+npJPT9AZVolZwW0bf+pUYa27cYyz4ecSi4U2e/iuj8REo5P/kd9YLqKPxA+nNZ9mUYZ'
    'Ws+2Mu7PXZe/EvHwF5X54/uZ8vDu/T/UB9qeNgFf6pRZFVCml5x9Md+IC1CZtgBdAuaVp2rUM0DKjBOMy6YQ42IjOFsJTncZyAp/'
    'zMnhmMgcv875+7UjRL9+nOP06smsWN9AdSLfR2UeInoNpk9hsPZBmZtRmUfh2/8o9BhfQGUm58W6Aaq/+AQqM09T5/EBVIbpGk4g'
    'eZnuYRKUuVzQtnVIH4JhlEOZHlSG6VYaiZ7iTKQvceV/VIb2XabTuCDnpykHFLY8IpqyPqdHS4P8PRVAx6xat9ROaGZOn6Yc8v+H'
    '+q0rD4vg5DTqfoasx79neRkRfcDnM6zM7wPKdErKPJX1x18N0oF0Gcjm9xvCNjnTvznL+eA1Gb8MbnrW/Rk0dhttMY/RQnDq2iz3'
    'jaYaF934tmwf34VgU5zZpeDvVetwU9a/V+4iePIqoevno/Zs0/RXo5JBWByzE7JcdjqF8MFLCA+9LCAv5eubUd7lROaYjXh0Nz4a'
    'yjsdvi0WtMWV/1FeypPTvGUoLz0/3IDOzFz5P8NjswTx007eP6G8A4QmY17Ryfs/Ge5T35TXcPX/AeU7Ncrfi9q6nZz7UN7vNqgr'
    'jB8jp/xXUF0yusloyOcC8nYS2+yPC/rQQtYOo6kfEMAV2fy6/j9R3iA7Xtf/V8Yfj0ZmCyha962SedS5O+3G6g5ZntGQ9Rl/7CGG'
    '16+QeTwuIG8/ybsww9fYk4TX3I/4R9ePe0DefSRvk2BuRHawrv2vAD9E9q6ur/QAXNpKeIe/pnle2VkAw9Hfp8X4oSsD7Etzfifs'
    'nura/6A2r4Tyb0C6dKzXvUMjL9PZfjMgL9Wd36iRl8G9Lu3nU+K4D+fq/1E7ugX8IdbF7U7L8aKX4PylaX9srG0ac8323JY0jz+z'
    'VcKDXIjyiPDfvf+f9sexoXYEp6I8Il2Ce/8nAM5W5v9H0OZ+0uZ5AXkYHZouaA8+r3P9f6b14lvhfciNL4pgi2zB3fWP8ojuwbr8'
    'f4rnaZWcpT2f8o/ZQTKuz6SK4yzp0ASn3JMB9bO9+qGUfM4YTbov5R8PGlvo+yl/TCW6V38r5Z8zSoP3CvLQ89Hr0Xjo+lBw938B'
    'bLo/XyMYs+cInHdDHqynYDqOp2HfGQjIcwDyXCrI8xDZvzpQnsnk3kgzyPYbUZsPSNbmBYJ5PkDW5pkp/7p7mazN9QF52NpcLcDX'
    'Ng18XRAw98xuZ0ZAHoaLR6T88fiojrU+AO8Z/cijfujaGLj+v1DsvU4JbfqzbUabWN8O2v612Efy/MouXh869/accg9qtonyLHcE'
    '9Je16T9J/EMd3xHu/V/bH89tgNCVzyLYujoep9w/2/54hGH8O7j+v2x/vDgqF/Xb/rh7OCYEi5c5LqY7TRcJ4lL2Elw925bzB2wf'
    'O02Ac3R+TxDgjsr/gnv/X7Mc5RGmG5ZjtKkB4YqubYir/0PldO+JOOX+ZvGxE/Hjrv4f5RHZiLjyfwAcxi//OiDPcZDn5yiPiFd3'
    '9f8BeVZDnrstPh66tiku/2/5503Fp7v3fyzPb2pcd0rc9Y/6oGuP4u7/gj6o7oSweJn5ADmiAHiaD9BhFqDMuBh0ljRepuiuAI2X'
    'KbJ1oPEyRXcDaLxMkc6SxsvUlYlYvMwaQ90mjuOGdYbNueI4bvgMiJ3b4HiZLAY0jUvJYrIFxawMEwOuEvLKYsCVKpZbo1Ucr7vM'
    '4nqYDLGXaSb2MhMsuR0OzVtp+WWrtF2Mb6x/ujE/WSw6Fn+7zCr23XqcAB+WWsX+ZvOCbysk7UlZ6jiHWfgrh/eyvI2gB7csszin'
    'Trnn7eL5miSwM6L2IsyHisgGpE2Bz659mc19XHUTeO0ELvZ1xXBABf82m99v6kT9CWp3iwbcL9rcdpbC69SkKao6nHjsDTGOxWV2'
    '8Zm/rM0qOFtsv+2ACDdUcM6z/Xq4oLMyfB6ngn28zeMmLVPs16q92eFZVPVNgzHB9pizBTaKKjgFFIN+GxpT3TketMTlGe6oyv8R'
    'le8kMvtmjfJPofJh1tXPAsrr4NQdiN+Juv5wPHYT3LtOwF90apS7FpXrRzyTqtxVqM/7I/a5G7VhWUYf71pgP9HFs/NR/h0a+V+H'
    '8u/XWf+wbwbJGioY8y0eF3g+vJtt+WMLT0fvdsO7I9G7Rcy+BHibOOKSu3cwLX+cYJP9voXwGDnC78y4F/i1+/kc0G/3PA4x/tC3'
    'DeeCLdI5oOMTfLtmI+j40beKN/A8Begf+1ZJvs2yeNzkFiJfHGX5Y95vR3NQSfbAhSgPntdqlLdHkRfz+GUheM1yyyzudd6gDhwP'
    'exVaH+zdSVvA/hq9e6kN7C/Qu313w/krohEdqM4gvrQAvMYUNG4Z6IMJLyyKe87g0bx2SP6/DuCY8OeVsKaOJuNeMFzTOVgzdSHK'
    'Xn27nx44bbrAMpcHcHx6m4z1Kkgf2WUOtw5+m4xtdUxj67Q37NiWP+gfWza+p1nhxqEG0VsRHVsUQMeaDejYkQZ0rB7J0zQmQK/l'
    'j1nfAXhRIaCDBTRGV9nhcJDuk81o/Jj8fQOkeYm9xGaBrqCdnOf0haQVzvtLoP+uy01b9aTssfwcEppCPxllDhP80dlPHfxsUODd'
    'KgJTRbfqmf4BdJBNsE5tyD/bhzep1/SD5/cfg4Nl4pk/lG1PGMyy0VrHNOscRM8GyLfXW34bKx2/pkwfvtrynx1Tu4qliJ9ak1Gf'
    'd7AzghmobTq+9TeRvjVYXI+jUx7HO5HR/DrJ+pmD1kU9/LsGrfY8rGWm47TJ2qohe6cFc3aEVew7Z3ZO7BeH/Z5K7vCxO3XzJOVP'
    'Z36CjuB1Mbve5ZL7jFHrciqaGFNdR0vuDD4zidcRdexkdfx0qI6ZAWfYYeMX9BrcTdhGzsxunOStN1zuXrCte0wQjyooxrJpHGXq'
    'Y1rHd7fM//TOoX6ssYLjXev2g8bjYj7DR1Os6dWTPP5/uGMhi+I8NU3y5NhSxvgV1fvyRD4GI7meXD+B0BZd/+o3p/2xzONaC9+c'
    '6J2tNYPNsC7e0rjuownfrxjq07SQ9yLiij/+1on8DCXuOHci/D4J1Rd33DtRfbME9cUVB09UX8VEfqcqSlw8EewXmsRjF0ecPFF9'
    'TzTxvkSJdSeCfSf0Jcq9UZM4bl9oCr/W4or1/G4YT+wPZSXx60L9oU6R+Pxk/kjOYH5Cm4Y/vjmz4zmzqTRx6ukcLmvi9go3k73l'
    'G4TGPpgO5ptwzBRKlyc28bimd6SD9xMM54F0afaJvzR6shXdW0fTXvaTRn/8KZX9clx72E2NHC9Edy/iquejjXyN6d4ziKvuPlT3'
    'cPLG7jkuGt+44r6I9oTVmjgUNQ6MqO7JjZ49adi4MCKYZWjcSiVDuH7CJpSG/lIcfHQCx8EovmMHLPM4FN807GNfyD5+asLw76MM'
    'X945geOLLE5Pm6DdprEeWgLqiRqTF4/laageVRyfKHzVAjRnmP5Hob26ddegPoaJlaxbz4vjPfok8qXP7GXLiZ96W+Ej8Knx/hje'
    'urH0FlvFMRd/EgMsFnvxOzHAYjEYvxQDLBaL8aMxwGL2wXtigMViM26PARaL0fjmGGCxWI2nxQCL2WEvjwBrCbHbnhYDLIb3NTHA'
    'Ynj/SgOHZeITntIaN05QBFj0TvJjDTwu8nDsia6fcFRnj2Afi3JHTzZmnx6GOunYvqshfPxkKh9va5DHT95sCOvChvCxmH1xAhu4'
    'PE11wPRcIkj+1NVDq+J6TkN9C8P/4LuuNQ38bkPc+lMH/kvjOPy49aWun2AB/Lj0o66foHF++hhGH+rGCZWMRRz6T3f9o7aaxI8Q'
    'yX7vR7Ci6E7de4LjosdYZzRu0zj/un7OgF/FsM4aF57eUFhr0NzGLZO4dhQIvu4deBMaV6XR/k0KmT/Ij8+L9cXt19E9mYz/vnp/'
    'jLYw8QpNYiTeUc/3W10fACIZ36TOz9d7tvxR7/jL/AzrtmMPmk+RfwBcz8W2OfyOiGNrortksSlfj/qkE4/TNM7EshLNnWk/69DY'
    'Bs1dHO1kdb5Yx8dWFad0IAT8fXU8lrqJfk1FXxj9uqcu+h7GYN1cF543pbCuq/PTPZWfiqh6sSvr/HruOHyT6cTc2DQCdTOfbCfD'
    'vIliOU4g56ETFbqrxXU8Xm0Yudu9QxQBBpPZayLAYDqq/6sND4Pppn4fAQbTSf0qAgymi/pRBBhMB/WdCDCY7umGCDCYzukTteYx'
    '06mfvPfWquOIdyt4y/5azy416ExX177qHoVs/OZaPz0Mqkslj7t6aXhnS+o8vpbvPTryPbUru13Rp5kR4av0CdVojk3iMWI9wqsF'
    'P55sNsST3xX08VUWP+GXGu3oV8gSDxS4P4a4zotd+b/gXwelOB924wShcQhzHuz6CS2oY7XvMORZXT+BCG6Qf2FTuBcL4LbFAPcU'
    'wTjo+hgWxa5h97gWhVgzFFenFPg9Mxq78xkSh/MxSQyKagRDFtNSFZ/y1RoOg8V9GE/KHEX8PVIYv0MwZDEuVe34ZY35nkdjXj5Q'
    'w+NCB/lNjiMu5VdruH8Tka9LHRyL4i/rwzXq/f0FBd2+vEZNJ8LovNpr/PG5TWP86s7DGagP7ZJzpa4Qeq9jBOPbZ7jGZyIYOnoJ'
    'kR+2BkH/ZPK3iZ7mH9Ue3Kh6NyrPP1utxqkwtiOPVPvno1+TP2Aw7qr242WcaxbP/ZfQOOj6acSy62KJL/JrY4bLZOSBak/HNRIx'
    'PnHslAur/XJAFP+KOrqJ1cNYJxvvKYL1p/LdiOdP1pfymOGy9v65yr92wsZvV+0fT1TxuFI0dqksDuaPUBkas1QWZ/P2Ks63UNum'
    'ORK7eBoDdK+grcsV9X4W1UvjxLLfNYp6P4xgzCX1lkE6TwHjckE7qL3/dIU+rBPBaJLAmK1ox8VVnKaJfH/q7hXUp+8pApzFvkBN'
    'bEZUfMjcKu63cZ0kJqksBuoRqOwyUpbG+WkmZatQWXZX9mRSdoOk7P9V8rKzDcv+LypL7/SuU7T5KVR2kSR2qazsQ6jsAhTziI6r'
    'KP7pXZXcvwnjES6yxXp8Gj/zFoOy1Mf79ajsNiLXHmH7zxRxvR8zKOuLE4rKqmyxaL07DMrSettRWRO5wt3/K/0xicPuM26cAEFb'
    'DkrkAyofrRC0pV2TJlD64dr/oLaY2Hm4vm4Q3h8U6AOCYmKmUVmqa3iE/D6AdA/u+V8FL3uAxNP8hSJG5tOo7H6JLkNW9nFUlsXK'
    'XKMZM/M+VJbpNOYS/QMrswHFxXTt/1BZmU5FFtvyRlSWxsNU6T8+hcrKdCiyej9Yob/eqM5kdwX3NSuKtRGHrmRzQB2dMdVxeoV/'
    'rZrKdlh+OwbB2y6hAe0G+oTpFcX+dnXjBbQLzq7d8z8Er1NSxiRm78t5jkOy2GBtljgOzu9QWVXsY2pbsS/PcUM3Zoap/cYP8vK5'
    '7DW8F+jA+xqCpxu7gcZbwDLbp2OCx2S196H5EMVxwPIf1S9cFqIsq/ftea4THW4dgutDFI2jbhyFIFl6RUzw2PhMy3MaP61GLP/J'
    'ZKT6PPdbP00hC5ehvDbJO4XkfbXc36YVElsI2qY/oLJU5p6jkBt/Uy73w0/782i5vD807/0o71xF3tsD4FKZ/RbU1/HEZmSmYpyu'
    'R/WMV7TpkwHjQtv0IZS3SQH3qnK+rmU2VNsJ3Wc+xN5R7t9bexV3gEUxepl/l43lXGdCfU3JZORzUJmjJfL16cRH1CmozGzNMisF'
    'bdsg8KWFYwPPCyizXlJmiqA/q4gMfCyJV1wn6I+qTAaVOVUia1M5+a9l/radTvpD/XH9tozHgabnpq0SGfPXGmWobPkQKhMU1xjX'
    '8wNUplVyVkDb9p8aZWjbbizTi0kvst/FdX8iJByf/I/6gOM4Yz6c1n2ZRhlaz7Yy7utPl78Sxgkr88d+MOXh3ft/qA+0PW2WOCba'
    'qoAyveTsq4Pd/y3zxz7vUti5TNWoZ4CUGScYl00hxsVGcExjd+P2/DEnh2Mic/w65+/XjhD9+nGO06sns2J9A9WJfB+VeYjoNZ7N'
    'FsPaB2VuRmUehW//o9BjfAGVmZwX6wao/uITqMw8TZ3HB1AZpms4geRluodJUOZyQdvWIX0IhsHiTfWgMky30kj0FGcifYkr/6My'
    'tO8yncYFOT9NOaCw5RHRlPU5PVoa5O+pADpm1bqldkIzc/o05ZD/P9RvXXlYBCenUfczZD3+PcvLyOLdd5Ayvw8o0ykp81TWH5tH'
    'FWtRVza/3xC2yZn+zVnOB4eNaY7Puj+Dxk4UY4/GhnHP/7PcN1qUmHui87JdCLYoBnMQf69ah5uy/r1yF8GTVwldPx+1RzeWnkoG'
    'ORQnMMtlp1MIH7yE8NDLAvJSvr4Z5V1OZI7ZiEd3feejvCzm32JBW1z5H+WlPDnNW4by0vPDDejMzJX/M9x/fxA/7eT9E8o7QGgy'
    '5hXdOKEZ7j/alNdw9f8B5Ts1yt+L2iqKZ455v9ugrjB+jJzyX0F1yegmoyGfC8jbSWyzPy7oQwtZO4ymfkAAV2Tz6/r/RHmD7Hhd'
    '/18Zv49ymS2gaN23SuZR5+60G8ctZHlGQ9ZnimNZYLx+hczjcQF5aZzhhRm+xp4kvOZ+Ejv96IC8+0jeJsHciOxgXftfAX6I7F1d'
    'P+oBuLSV8A5/TfO8srMAhqO/T4vxQ1cG2Jfm/E7YPdW1/0FtFsUTxnrdOzTyMp3tNwPyUt35jRp5Gdzr0n4+JY77cK7+H7VDFN8X'
    '6+J2p+V40Utw/lI017oxcfGe25Lm8Qq2SniQC9PyOOAs7vBZaX/cA2pHcGraHwe4h+Q5PgDOVub/R9BmGgN8XkAeRoemC9qDz+tc'
    '/59pvbj3eB9yY8+k/fGct5G5S6X9sWy7yb7w9xTP0yo5S3s+5R+zg2Rcn0nxmBO6NMEp92RA/WyvfiglnzNGk+5LyeNbs/H4fsof'
    'A5ru1d9K+eeM0uC9gjz0fPR6NB66PhTc/V8Am+7P1wjG7DkC592QB+spmI7jadh3BgLyHIA8lwryPET2rw6UZzK5N9IMsv1G1OYD'
    'krV5gWCeD5C1eWbKv+5eJmtzfUAetjZXC/C1TQNfFwTMPbPbmRGQh+HiESl/7CiqY60PwHtGP/KoH7o2Bq7/L5vD7pTQpj/bZrSJ'
    '9e2g7V+LfSTPr+zi9aFzb88p96BmmyjPckdAf1mb/tP2x1ndqYETNyDYorsSrv0vgq2r43HK/bPt3WOP6t/B9f+F2rlTIhf1ozyi'
    'mBCu/a/NfSJEvdN0ke1fB70EV8+25fwB28dOE+Acnd8TBLij8r/g3v/XLEd5hOmG5RhtakC4omsb4ur/UDndeyJOub9ZfOxE/DiL'
    '45wPsBFx5f8AOIxf/nVAnuMgz89RHhGv7ur/A/Kshjx3W3w8dG1TXP7f8s+bik937/9Ynt/UuO6UuOsf9UHXHsXd/wV9UN0JKQAu'
    '5gPkiALgaT5Ah1mAMuNi0Fm66x/VJ7or4K5/lEdk6+Cuf8u/L+O7AQXwT5EP0FmyOM41hjKRe/5v+feXFo3+s7iUWGfYnCuOnYnP'
    'gNi5DY6jJotDuNDyxzZUxRlNWWaxhR2XEI7cOwu9LwO4ujbdjRaPqddlFfvvrEXfesk3HFu0j5zl0jjXsvi089FYWYbj5bT7QdJv'
    'ytN1k31DhMv9ZC/HuLxTYEdBcZn6JekX4PIWg/u+Uyw9PoyeZdRqlqN7KY6jyuKM56wk7uVIxb1U0RJVPHrVumFxzDNWcQz5JcRv'
    'DqZ/S61i38s09q5ObOgsrFnnTIeudUtjrT9vF6/1SQKbOWr7xPwBieyZ2hTj6dpK2txfWzeB107gYr9tbM5U8G+z+V29Tqs4RvTU'
    'ADssFdwv2twOnMLr1NwfVXVcYxfb4Ecdi8vsYvsVWZtVcLbYfjsYEW6o4Jxn+3XKQXQY02MV7ONtHgNsmYL3VPGZDv+tqm8ajAm2'
    'LZ4tsLdVwSnYXGe9DY2p7hwPWuLyDHdU5f+IyncS/dNmjfJPofJh1tXPAsrr4NQdiHePuv72Iv7CBPeuE/DKnRrlrkXl+hGfpSp3'
    'Ferz/oh97kZtWJbRx7sW2E908ex8lH+HRv7Xofz7ddY/7IlBcrMKxnzYU9n7AsDLWsW26tPRu93w7kj0bhGzlbK8vUiHx1Dt1+59'
    'YoksoLvftxD+IUf4lRn3gm3+/XwO6Ld7Hod4lejbhnPBru4cHvebfrtmI5xXoW8Vb+B5CtA/9q2SfJuFZKMWIisfhb71kG9MVsJ7'
    '4EKUB89rNcrbo8iL5dUyg3lgvGK5oVyaN6ijDOHiKrQ+2LuTtsBdAvTupTawJULv9t0NtgSIRnSgOq2ANheA15iCxi0DfTDhc7Po'
    'N5ZzFwry2hJeWjVedQDHhPeuhDV1NBn3guGazsGaqQtR9urb/fTAadMFlrk8EKRTWAXpI7vM4dbBb5OxrY5pbJ32hh3b8gf9Y8vG'
    '9zQr3DjUIHoromOLAuhYswEdO9KAjtUjvQuNb9Er0Et1AF5UCOhgAY3RVXY4HKT7ZDMaP6Y7u4HopqjtDztXrrT85zXbqd2BIa2o'
    '9ulwVE/KHsvPIaEp9JNR5jDBH5391MHPBgXerSIwVXSrnukfQAfJdH825E90fyOj+2NrHdOscxA9GyDfXm/57QV1fPSys53VAp05'
    'tRFaivipNRn12R0775qB2qYTJ2IT6VuDxfU4OuVx7B4Zza+TrJ85aF3Uw79r0Govg7WcgT2K0dZOqCerQVspZU2PLdLqDtV714bD'
    'fXimr41AeVMa686UB7IQDpvIM8eT8118DiXTa+L3tFynID+2nxPpsnT9vXUL7PVwW1Q2dq6tYcaTsUX3t3okbdTxESLy7S+yxW8l'
    '33ca3HuM0o5NxBbqE0PjsNYSxwdujakt3YK7xlgPO3UY54H2/00Zb08R2Vhi29cwa6CL0PlezT2F8twm40vXAT4nnoz6ajLWItvF'
    'NiLvTBXgUBxx6nVxh/b1QNo7HxTNC26zLh5tkYwPtcVkdyr/osnbBPXh6wF96CphH3Tm5QVNnLsi7cndMj/kuvHkOiT2PL2Wvv1n'
    'iyX2490voBmurdFQ2+eOIA79t+Qcl47xrKF2zpTYRHUJbP5LsW9TX4dOzJXjLHkM+Sg2rDJ6t8WS+4PF46q6i6Bj4+zeNU5x3Dbh'
    '9ztGwb73bynvPEA3jmsfgbddMv8ma1tGy3dIbKE6UzyeL6Ul9M7SJk07flHb+zTbsyHlnY3o8M2m+22bYs3PQXV3lJgnp2u7IuXJ'
    'n6N53zlge7BEY6/Dm+jcn2gTzJ0O3nzX5nEcS8WH0fH4jC3HxVbBPMQ9H5fb3Bd32D5v1Vwbm+yRpa0n2d65nIxv0PVjKfKJFVTv'
    'DFRvm6EMJ5L/KK8gGjt212BayHrjGvOnLe4rIm5a+1OL2z71kjt2urSElRGNJ727eovFx3Ok9AL/jPps2gaZT/Kg+vqRfaQJDpny'
    'yhdbfN/cHmJthOUv3FjjcCckLrrP7GcmhcDJPkOcrLb8vhFEehKsv86hc/9K0DXej86+x1vclnSOQL9dZ6j/zIFem+rCsT62CZ0z'
    'VSK47JwEn5UMwsNsI8qhvS2gp5wAtlODqA0Z6Bcts27o783w7zuH/n4jyBMEl/YphfT71Ui/n4f6y2Eu2DmaM6YbI52zju1TV3dM'
    'I5wFZDTyNBEbMdM5GNsn3d4cXG1FeqabnKeo7h0E0ZE8msMsWb+YFuTROs8SWqCqxyFEL8H7KwFHnLZfSs7L6Zne4YInaf0nY2Qv'
    'ITn3ZrRc/chzDoZ4CgIcpPuPivYwfOpB+JTMu3/eBXN+RdQ5j3PeXZvwoX+ca3vz+RvElyTr+rW3rhMewD/PmWHgARJaOjZo6WSQ'
    'f5kclCa8lnPp6Pon+FnrwVuK76fq2tqn0G/Mq9lIDutANKAVYITBZTuIDKRKs+ZK8nig0zrYEuYRlbcVfH8l0SPkkP6jFtFtpoeo'
    'MNA/MBywEhwYtTggkrWYDdzf4X0l4sFkdGQhwpGpUO4ZJOdXAIxMABxcHt8TW/xVL732Pv+99sn3e+lf9hbTpSzolRjufQ/Zkx5O'
    'jzd3qbQzbtmc1293peUrKg8tNreTNTHXafLUahWu5UmtBiQrKJ8iT3nYvtcajIytHkdbrwsuyoueOtspb0vt1KWNthXrzPVxaHt3'
    '9suAb2ByV5lVHDtpKlnDKc01TNcuq/fDpL7ygPrSCh5Gp75eUl8+oL6MAY2S1XdBCccT0ztW36oSjqeoviklHE9RfQlNT2h6QtOD'
    'degi+i6T0fBZWTnaK9jvasu/NtmdGybfsfdBMmN1AJ+ZMWgDqzsTU9343EJVt/PueDQlzYi22Si/bB6aiAwVdAf4eIP87JyUnhnj'
    'fFi+azA4Zw4zX7QvZ0N6nlXs40PnnCnsORHWPUxAY5BDMlEDwh3Rmff0q6a6f+y5YnD3ic4fHfegM+wmaBeWj3XPoRvBboCVdfaG'
    'UyzuL8v5Pk6yPqvR+Omeo9cjGAUk8+M9eRbJg/09UB8hpR4f1z+05fnGwvqK2ZBOnFpchx2yDnwPn9pRlCO8dWA7/XPuJSxlBB6d'
    'Vw6XbzYTu5BqqHsCzN8iqH/9zcX1quCE9XcZtZ0/v9e8nRnDdjJfdxOJTsTUr8Pu+/xrZqEl9qPxRAgfBmxPcuC/H/p0NfQnNMM0'
    'wpxxMT/kYEwme+h1jq2sEWOMKasWUldYa86qBlYoL+rGlbG8y7UOfuwG/Cgbnol0xivNeIisqmRu1CHlnrAFp2JGJYKEEk4CShXN'
    '/yVor+w4z/vKdBWH4sNdy99jv9KJL95ovngd+p344xgZfxxMpmF77CWJ79rEd62V+K5NfNcmvmsT37WJ79rEd614v59H5P4s4Q8d'
    'X5HT0HrMgF7KMtAzML9vunoerJ8V6Q8Sf7uJv93E327ibzfxt5v420387Sb+dhN/u4m/3cTfbuJvt9T+dlXf6bl5/jA9N3fq6nvr'
    '6Dkfd/mY9tKfg5u05+k27nfGlD/APGn5IF8LbE6rIF8a2QaMR/jm2q4MiuHR74yPmZ8Odx6QyNqJrJ3I2omsncjaiaydyNqJrJ3I'
    '2omsncjaiaw9ErFtqix+V6DSEvsYpj6LT4P1h/fHDkWZVWjMNln6/lqZnd9cGDdVOeoHWeTbtwDnxXHA6wq5f9HzWx2aymT8Zhj/'
    'KpBh84x83xlMxG10bm6yz4p8sjGZOmXx+0FlJB/jbyxEfwtIhhDdzQnyAUdxNw3tzZH9w0ZzerRVfNdFdleLwnXGJGfIN5WhdSi7'
    'q0TP5C8hfGANwGTfMP+/ANJ5yDY3JZD/qiT9ckjZRURXNtkK9l+OYx6Y+vCma2Qysn3cZEDTqf9bkU2caC3WkbmPEicB22TSe1RM'
    'V0f9auO2D1h+v+ZsPTNefaZA34ZtnbpDjFWXwFZNJ4YK09/VEx1V3vL7AsZjvwrtqa2a48psgiYI7KJ14kcE4Ryj83HAFemb8B06'
    'dj+hGfLZlj+2lmjPF9XfKcEjUWwIus4dWG8k63yKpu1elDXSRcZqJtBf7Lud+kVvMcDpXrIWF1j68UUoTcDztWaE56sS8XBsvqoN'
    '6Am+14h5FFHsibCxWoLoKqN/ZYiv7TSg73TNLkVrti/CPtFlFfucGK59Do9TWjDf9cAX4Pmus8S+y3cq6mxFuvcjBbQ5ynpul6yH'
    '1oA1pXNHm/qsNykXBYepXILHc5dgnpx+nYXWZRDsMk15Ao8pvifQj+afzme/RG4S9W+zZR4f73CgkVmyZnBdNzI98wwxPurqq7C/'
    'mYzkXIPS7ZkIP5y2H5/hdxucdEPGw420VawDx3O/ipShMFZn1PPTgOYH0+NxCh66TbFnbCe8+2yL+wg6CXQkV0/20vcgXckK1Hb8'
    'exmka0kf12SCaSebnxziu7Yt5ufG1AYgT/K8E9KPLvbbAjjlXVvxdvk+9ziU/wOkX4f0je3+NmZh3PH56bmb5HYKzjf3FieczTYK'
    'vn3w4xxv6Nns5R/x94l9y39EjTs5Ce7kCS70EBrVgMb58xd76bHQ3j8OFOv+cZ5jSB4657K2NcJeTmUkPJbZf/XSVz7oH6+bPw73'
    'FD4owIF2GLed/jZlie4M0wpWxzbo07s3y+eZ5fnZZn/b2Df7Mn/bHJi4XNBcVgTMpXv+D3jx4ruK68NteccbvfTZTjleXf4RvfWa'
    'QXQ6D2M86Sz5GLE8/9bmr9sp56QHzhOPQyM5O2X9p2Wx3C3CobMBhz51sb8N79wB9kMfFeOJqP/M79Dk73llb31U3n+W558e43dF'
    '2DennJM+/ACnydWCck76bUmZQkCZDy0Rl5HxeTo6zsvuM9M1Fvl5NT0EG1tHfGnxwVyoIxjvmWp+6Ed5HmZ/56y1Y8lao3vv3ju9'
    '9Ic/LPbBOhvhoIMfrh3ew7B/3Oyl++/20pW3eWUmwdqm32g9FMfH31/sazGztxjn19wmxvF6Qzz/0ze99C23mpV7P6zBlY/HayMy'
    'aTDcuX8FQgxd32Q6bc1axX6isf+kBQodv1NO526fSn4sQzh0rlXsd3Id0cMPBuQ9g+R9EfEBNG+Pop6nUT2vg5TJhptJ3l+ivKwN'
    'TJ/cSvL+DK3DkyHtJnnuReuE5ukVtN8p8x2LO2w8g6QnS84gFyKbsBtBtsV+3lgfdinKY79iov6r6v4Asl85g8jF28lvBrcNwS9A'
    'G9kcnEbKbmK2lpC3C+3d61CZAshbZQRn1sG3t6G5m5Lxp06eN6F2rCM49la7eM7OQLauQXiDx5fB6CPjwmAeG4DzveR3JynbHFCW'
    '9uVcUnYi8Hn4W4+kDwPkdzfJ1y2xJcU+AMuAhjDfdOXofG4+OePEvrqY3zfqSxPbszOaxPys2wDTQvBN7NosRON0zvHrI57JR+EL'
    'w5x926CH8p19W3oxn0S++EZ6DuKyQ9iezMmom5OuMTYn5SWYE1M7ImY7FWVukjkRn63ozMHhOk5ZMk5r0DitAVycCb+nWf7Y3fhs'
    'pQ+dGeFxazM8y+og8LajfdbB0SXoPDUoL5apGG9yAuJJjkK84olQ7jJJnQ2COtsEZ/eqOqn/cDYPacU8OPP0IWRjlhPYrlFZroPw'
    'tNsR3+m0ZYcgL+PrWwh/vw3l3UT4xFYkpzA+vdoS88l9hPdldOdcBH87aUsfalMByRH4PG0z4bHfTnhgZg9wHGrbOwRylqht89G5'
    'BZV/tpN6Osn49RFYEy1+fwmfF5SRsaUxsdkcYd2Dsw6OEeAWs4W1Fbgi82eN7Q5Fvr5PQLBOCIHLcbSpltDOYp/jg2kaZ5vSQ+qH'
    'uC7AXrAJ/ZvVh+9JriHr3Bboy2T9lY2hM5f/YnPZKGgMrwW/fbJ52Ql9YrAqWFmJcjgNaWZM3wzJ2oN3DX4EK5CfcmJ9TTXSHAc7'
    'mV2rKP03y3PgNfQ8lbZMnz0MX/uSOR1Tc8rW7RWCdVs2huc4C09wrpw9+PeiyJ97Bkdijq+Qz7FuPEHVut6dzPlras7Zut8oWPdJ'
    '3GbbtlYeCqcsObbVeBQ0OYmVPfxjHnS2WYl+q2Lp6vG7AXPphK/Oju270IvJXehmGiPN9KkP+lhhalYheKoW0/XZl8zpmJpTtm5r'
    'yLrNW8iAOKAin/yvyC+LcRZkPzJPYJMhsodmMcOwrqCc2HXQ81FTu5FdpA0m6yGE4Vh6WBA5I5LmIsQYb7ZC+X3QtSIzjgNVq/8l'
    'yK/QvADboIRvDMCJJVEmsPyNqhwJ3zj8Y07PtNoF+B/GXnaMzU1aQ/oNfFLhaVvR+mhN5mRUzQlbN7Uyvmuxu2L3yPa/KjS31SHK'
    'qfi+1FrrGhVOVRrkp/QioN49hvUG5sdxLNidVjpmV6fk4jUeMxNbuhqrOKZqqfqne7b/WrHFa47RToPNYT6Zw8NmDmlsblW9sjk/'
    'nNftWLDfTNZxMqfJuh57NsDJuk7mtBTrejTigKkdOfYLhn2mOOlzlr7/sr4xtr4rkrk97Oc2WeccF+Za8dwXYTFGWd0qePSuQL+l'
    '9ieY0I0EV8YSrow1OULFYx5ud6PwOZJT/+F7ZpGO/UxPNZ4qPXjYp3bMnCONvTlhsSSwTUpyFl48R1dHM8marnOWF3Y/wfQulZzR'
    'Fp3RlnJtpTTMjZJz89E3J2UWj5OQCXE+K7I9dO8T2h7Mf4f5rmTznUofso/LOpchbLuMDUg5GaD82JrviqjzrWE4sUfXgGJxRIPA'
    'TKjdNfhqShz4nAF+neH2VsDtLQZ0J1VSLmdU7eFTQ1q0Be/hn1NYwxnSGPf30D8+AnPZCXOZtQ7HxxZhdjozAi2pNXjLXteG6GmQ'
    'LTrz05VazL9nLG62H3V/cn47vhEuJfUevMVLP3ZvsX5AxW8m8oCAlkRDQ6U8IOI5RsrObuzoUxL5IpmT0s9JE+jDMf00maPXEC9W'
    'Gvr5Ob19Og59S3JPgdjE77FmlIh1K9eBndDD0Tcn6nWTSr+WHzZO1OfVoPETfiL96yaZk5GeE+W96oD2ifh+Vf6ge9XV5ByZ3Yku'
    'WMV3ozeissr7SWn39w0iERvfyfbdT9IsF9SfT5P+/CuUq9DhzxyGLJPNsd9lY2rLKHeH+cNPWPuGkpXwNzSwe0x0ZcvuMcL0gjJH'
    '2roze+f7vX+/Db2fKuXA5bqb3OALwXvaWoUMMM4dm2aZaojyj9g3IF4Hji3NnUN/Z6U4nmcF7ykep+CPyRnst4+Gh6A3w37HmNVt'
    'wKJpdkfpvW0w1KNb3j//Uv4nxDylhvEpwn39Jx03szkY66Pgf5I5GfE5Yevm/wnWDdBX2+lTBoZk6I+pxYUnhWXlAWOVHzVzVKE+'
    'A01VplJ2yWeKlo1ai2lZFUz/V722BH0vGPSK0Y0vJDiZ4OQowklGN1usxJ+QlO8soW+bchh/Rh/emoz9iIw91dvTmNtN8B7rAVh8'
    'snkghy2A83oMl9m6r0Xn/BhGDuWnvr4cv/V1KD++S2ACB8ft7SHrfDy2FVHqMsa2R3ERfZxz+ru1Ma4q17Rz/Z6qXJC5SCai1Zgz'
    '19uTeTvs5i1Iv1hH1jK916IT44LBrxKs7yDdK6Njqny0/WWELmYIXdSBR+9Gqe4embZ1E8BJAdzxyd5atLdGtbVdq2nDWA1zk4z/'
    'yIw/tl2wJbaCLJ5UhcXjzaQI38HsBatIPsyfzJqKbFItM9vBIDvIOZC+JQabjF4JXciGwMsxZm+TKTVeRrWZonSl25QXSuZv1Myf'
    'Lr2ZoElvgujSzBLTpfxgdLqUF/BuLAbzFQjnc5JvorO/tMVj2rPf+OyQxV2jfGQGzTc+10+Tc30au22/5cWNx2PF8rG4buzM8jea'
    'tgsZL1QjcyuotFlW5Rfx4mnAx7clNuxiPcyeQ2QBJCOjM35nrDOqU33ms0a0XvCaWwDpuKn8m+juQ0rbpiyxsZXdTdHSmZdZjOrv'
    'CQsrsXsefXPC1k23YN0keifxHI1GfWFnMmeH1ZwF3Rt35hH7UroR0kdm8H2vF51NsNAomxG/WgBbsElWse8l5s+H+Ypisb17LbX/'
    'Jub/Ccfoduo5a+jvTMC9aqLH0zk7OdzPXUxlAV3/AR0x7Jlj7JHYK5mJwoGrUwNUAeShMw302mUWjwlO45HPRd9YnHHmU/lo9I3F'
    'Z2d+WSejb21WcSz48YJvDGaNoD62ltld4lqQ80SytI4On8bRYnHR62OAQ9fO+wS8S7mXISU3Bs2MkqvzuVIALdPPmjJdRPXl7m5y'
    'tJ8f1Tis11NNlRdnLDfXYWHe6OoEJxKcUPBemSDdkA7AlJU8h54KjTzFMSMLgGzvsor9WbBvbP2q9ECmer2xzjEdYt5DP2pZRvfs'
    'UXc/pzpyhxexF3vpK4v9ukL6LcgOo4XwHUbrPIKu5jB4UlExQccXgi2Y5yySwY6/xJvLAzv880y/ubLvm4rxr4LgWTWqF/tMzlvF'
    'vo17UMp4VSaDfv5iLz12k5f+ccDLUynIcwzJE9aXscxWMYVwuYLgMjvvsfZa1vVPFK+7MeEvKkXYNTMyFeGpDfWxVk0iaoM4QJGP'
    'CXZWl/jLRfvb2lLuburJS3wYj745MfFRvsggfxnQWHzeXk7O2yn9zUK5FNS3+Kteeu193F6B8b10T3K+7RTsV1tIni6Up43saS2Q'
    'pw1oCfa9r/Lb75R7k8X9/PeSOvqtYv/wbRJ98jsgvQLBXQf6IBZrCJffqSjvthHgOPM3JSScoL6r2l8HKdajd5N2dEjmlG1ljh76'
    'SMvcrgTrEyff76V/2evBziNcarV4nEZcb30EXkR0b936xRCMpzg9zAreU77P+ZsKfSgfLDbmwHwf/VaH1ngN9GmKVWw7zPB1Dvzb'
    'gYHtd+osv51PfpCfn1ikv7bF4zOwfjcjmtNsHb6xNJkd1Rrge+egPHMi4gnD1bjHbbTELmxCego8rnYytpHjx4302Jqs98M1dtdY'
    'HuOxGudINWcmMEo5tzmDuWW8zN47vfSeB4p5GcYvO+lPbo2+9x0fcqyaYx6rDDrOYHodOrdzQ/RvL4xV7aPg6/k7ZuUL39PPT/lM'
    'k3rKQRa684HoY4j1vLLz5YJAD1mO5DSMrxcjfL2Y8J1VpJ1lwHey+yu1VrHfsTrU57egNVAG8GqBnrGzeJz2SNb8O8j6Z7IsS52+'
    'LkXrh36bh8762btZ6N3R8G6axW1fFkraspDI0065cdBvZnuA7Q3eTmwh+oiNwyqB7UE1GfNyAa9PcaURnUoyHXNzBHh4vYcpXw9t'
    'ahLIfLbGeplOxt/J3wDvcZ561FaK5xkDPKf1vEWBz6IylFaq9glZe4L2iUUB+0Qz0tP/7SYv/eS3YR94zMtzFPDHFLZIvm5Adf37'
    'gwDvJ963agRnN7Tj91DXF+720lsfGfn96y1k/qLeZ8H3ei62iuX1MkQ/LiY4ImsPpR/NinVSIVijorNFhnNpNCYinMN1ZSRnl7i9'
    'FD7zwcfgX4LgX4Jwmt5rqfmjdZ6DprZ3v8X31En2LlV9Pt+f3qZ5q66NBJtfvAbxumdr6Eg0tyb4HGbMg+woHVhHQFsqCA1pkuhS'
    'txjw9h0CfSfGWVHeFiIHtEtgULpQC3qyOvhWhvR7m4lMgXV/nQHyRhrBFdkHd0n0ul1IpsHtYvYzdST/ZQH6Yaqvddo4EfZHVkY1'
    'Hyb6Ztz/ID8wIpzJEz63G+mXHdg/RPJ8F5rvoDZheAw3LgV4N4NOU6UDn4XkUpP1toKdRaDUqfejaE1vkcyDqB9s/t4Nc8jGQTV/'
    '20japnEesVUwHy0I35h9biOB3a3RD53zkNMtbldP13YXWttsfeiMHS1bgDk5wkA33CdYy6oyTEc3HmgXbk9fAK0TnQHJdKlsPTUh'
    '+4MpaL9y3h9A+Om0eR+UGee+TKUz2dyhpyyXK2f/zucqKnNV1TXsKdTWjNBT5/yvvhSQ3YH5m8sf/63YB86ePU76Ze85//yvuOnP'
    '5yyZ8Ya5C974v2edc/63vvzlOfD55Y++58s6HvW+e8UdzbaVeX7on1c4oLsncori1fUPr54vn/fYl9HjzNyeWD1/rn1Kx0/fnbKv'
    'TezXl33Pb+/AvwatwTuH/pz/nz/o9NNy/9s/9N/z7v+HnjteeAUgDw7+1VefgWmt4nmb4J1b/1SNwlo3nMSeCGX2eTI5F/vkmY90'
    'AFYIWWamYC/OATzRXjxTwj/1kXSXhAab6oBVfMUvQYeqs+er9oJuRMNVbW6R8FathLfrEdDtsG10+nsd6Bhk9gi47h2a/cBldObV'
    'acduxMvHZZeA9VetaE9skfRP9yzijYC3qvnvkLTftB+0DZgv2AZtmi/g13vInCwg37cQfu8I4PfC2lHotNOUn5DphxuQ7oHSlCMN'
    '2tkrWesmdyYXItzVOeej+E3PmDrJ2sDni1Hhm8qkMhsHHV5UVD5IbqV2N/isTZf2dyEeG8O6THLGgHFQdN9grPsK0bl7Tf0YOtyk'
    'Hgek9sIsO/fBdEF0n1jHp2AO2VXjOtJI//USoUE6OkkTuy4TmVGmt2m1/D6NgmAyO8SvoLW13WDtiPbbMPV/EMnWuvWHqedSpB/o'
    'CKAhYWC/GfENHRFhnQZ4K9J17AoJcynq+06CT21o7w0D+wik/9mu0Cl2hKzD9D6yiK/vRmvYgXl+yhvrUqxndp5a/iDXk7N3V9/u'
    'vZuE9Or74Jwos5frlLPoTInd4WbvXr3fbysxea+X/vzecP7Q3PoBbs1Q4bNLPDaP7OK4yd7lzvHeLUD9ct456Wc/xs+r2bcC3A96'
    'qY2PM/t20hYv/ejHuU0Pq2fORf5xfrrNP84d5/nHecm1xXBT6NzlTGj/923PdxqTh/Ca6DXAY9Px1/FJ0GSw12wj9LGL0CVq97ca'
    'nYVH3Usw3JkAV5df121vAdmY9RnaNjr/Xm97egAdG17Kw+LfLSOIE0H5sN8Vl4ca+scyiR58M+EDRntfHgO5H/flwGHS9i/BmUgp'
    '6AOTIddkvHQlpMdDenLGw/dyRmczsK9N9tL3TObrYzK6f3IalF+cKV4v66D8u1E55vMc51sO+a6czNeV0ybdva4mxHjgfi+G9FhJ'
    'P2j7CqAjnIL4Diy/thnQM3oOI+ILMW8zBcYe17sV0UadejF96hKcgeL6ZGfyWYGclkf2CzJ8nU1tF9YCSMntSgY3pYBrwqfkyV7S'
    'Qc7slyD9RwcZj7mC+1vbSZ5pKE+PJE8TsuFvQTr3ZmRft9AqtkPCOktZXtl85eEP402p/IjJ5O4mGBv2PQg21klRm3G6j/cK5B5q'
    '6y2SrU3PclX6M6rvEr3H568ivdssiZ6/W7AXh9X76/Ju7ciO1IRH6xboVkW2+LVW8R1GXbuEIB1iN9Jt1xL9B6WnFD8rQc7Aa6SH'
    '6GRV7RTpsxuQPltkO6RjG7ON4GSnoP31YB+L279TgG+NxHa6zpKfne0ieMrsXjHOVpK2tQjsguh6lOmo2zTGYocmPjQSfQSzbaLn'
    'VMyGSGTPWwdtUeEmHbdOgXxQB+PFxq9cQpu2k7NRlbxVKjrQTeZvGqwPvC7aDOhpiwG+dwfcO8sL1nCZVXyPlcYYF/EMtJzDN6jK'
    'hT1Dl+mgde0kdfmbqP4LQno7SI/qM4z9cVl01IoPMBSPiW23Dg9NcamC4FJGw+Z2oaXv60m3XaWCG3RHpVS+IZrgXMFG8mqxX+bU'
    'YfOk9Z+MSaxZ2xpMi84H+WPse1Bg2aT/FARLM+o9tOpkbWmtleH2+Wzi43lhjPhgEXzQPRfB/qI3WUncEule/S/u/6fyzdaMdKj8'
    'Den46w5z5jUf6efYu9XoHkQW2fize2fViI/F9ym7IG0lOiNc324r3FlgKfr8RkGfzxD0+TRB+08KMQ4rBGX6FWWagU7gMkwm7iN5'
    'jyQyRq1AD9sgyNNG8lQK8jg6d5F+dSTn722C+btYMH8XoHffFsz9h5b4597x50nnfpFk7kV3L1RzLzsTDJp7ao8aNPfNGnPfrDH3'
    'zSWY+zLDua+Fcwt8v32aVRyjaQHYL2QRvDQqv4CkJ0BfzrE8uwKmSwrSBWCdUR/ROdN7bszPPPWtotIf9Ch0tlhPR+84n4D6e4Ji'
    'PNYgnJ4Vwi7jhBLuSYzG/h961zDVe/c39G4cvHsB8W1TyTxPBVi/FeSZPrU4zwFYo/jsJqjNTpmfO3YjiC6Z9LfeQDctuifq1P81'
    'ZOfVK7Gj7hbobUV3Pv8d2dRvlpTVtd8X1R9k+4BxfgCd+bZZZn6IaJsLMFYTDc9NdPV8rI4zkR17P+l/q8ZdCXY2S/WU/cQuuDOi'
    'nXuHpO4jwW5Od07bQtwR6SQ0Q+e8NmNIR0Ry4XwrvF/DJZAeZ/ntrpZaxfdWUwH6V9E7R2d/fEhdqSxGoS4M6vNxuPpcb0Xz+yjT'
    'Q+vsWSb0GfsfuRT62ZDo04T6tLWHgT6tDp1VnGfI75QRe4ZDNiDrgp1yO2VWorWz/DYvffYWbq8xTeP8LYpNg+oeXS3iiyzwMfPP'
    '4DPmmpuK5XdZ7LCg+GF9hnQt0Sv54uGSQ5x49Uq6c4NtU034Y9m+bkq/g3zxYj2uqQ/eIN+7cfuCixv/x/iTEuO/waNRdrj0V7XE'
    '3jBqfbZh+axh+SRGeQBNnnpoWEPEKG/S0vVjnnuVJfdHqDOXdUjeuBzKM31aC8zxW4BeJvM8vPPMfE2xeaNno/TMcQH6ZgXkpX72'
    '6xR7VRj6sEah36A+FVQ6HJFPA6r/0NWDYB0Wa9eAof0W1ueeMtFbfyL9Va+B3uhZgR6N2ntG0e9QePvJ762W/J6pq/+f6J1VUD8L'
    'Ml9ydH5FbQiryxLNoY6+6QVig/d4E8dVHf9bfRJ81pnfFsE9KmwHS++DtRiMxYDkftNWqzjGyqea+J2oIN3jcM9dGPvJ9qG+nCjQ'
    'uerIwrr24iLZW3Qnbrh1ss1NfC32k7bpjOV2iU0/tWtvt8z03aKx2x6g08d+NF5o5HR0QNI36nNnQHIHKK61FcXWuE1wtuL08zuo'
    'ny9HmDsZPdlcInpiSluvGOrn6+DdieT+2Qlw/+yqyf6xpHfsnPKr4R7biozePTuWl6UiXyu0DU7eJej+oG57l8K3PZL24jatRO+d'
    'MTqm0bMjwDTkoOZ9Ad0zLx3/YzowdfES38cOu36csfnjBD4296SL838rDT6v07z+2zTy/DDN4TnpzZB+Df0W4YoI1u1Q5tuk3u9B'
    '3m+hOyg3kTx3QZ4/IXgPkDw/gDx3ozxOXc7Y3DDB0xFjWv0qoa+bBfdrRLS0SzB/onteLQZ7bIfG/O5EfegW3Ely0o12cKwSuj/I'
    'aGOp+nDqBO/sSHT+uZ3wAi2StmP7IFGb2yR3z7ZpthPz8JPQmPcfJnsPjUvz3Hjeh1Lsn3G2/RlI/5vwOreO5/f5o67f4V63/zTe'
    'O+ONKpPitrZJ1kCnpX+21SUZB2p/ddF4784zvXeHce0lgU1NEA9rIvN0KHhW5qd40VA7lxNbMnyHEdfn1MPqpTJMp8QOcbhp5SsN'
    'no7K9I6yru8B0Z1ZXTubXgGv5LT5pw1cP9AvsSXq1GjfC6R9WzTHNoqv1j+Q9j6nceb7Lw18bY9WGSpozWxC7dfVPcahx0jb5vMp'
    'WiNLG7z7JcPV/m0BeiNVW8saivWBOjyI6Toebr3KI+O43YWOzkG03xxU2DT2Smy8mW+Cm8d57Y9zfzXR9QbtnR8Y59kE6/qJpvt5'
    'KWQV1xfyOP/eItINLNb0B8Ty4rafiHwKYV3BaiLbryI+eE4l31eC7H/sUJtnDAP/3CqhG23E9nLcMLdHpntk7flj/ci2h47Pj+u9'
    'e3eliNetw8OY8jKMh/kMjONIrVm6VncNtWeDpdav6azRtQZ6wcVoferCZ2t2bUR94GJNvaJr+1fP6X8p9PEiPkLHJ6DTtophalt3'
    'iLb9d53f7/9w0lHGg941TO3oVrTjs3U8Pg9bqzdNEccJ6CJ8EcvXJ+EHXkZwnbquris+V9S9yxSVZ40iW2wTyMXu/b86juMm8Qw2'
    'G+jjRDKuiPZS+WZuHdc3dlr6cbz6LLHvqG6DOdti0C/GT/+jlutaRquuyL2rVcvHtVRjszlGWndDLcfRUtjDRNkjrhymtoUZtzfX'
    'cp5ypHV/7vkfas9ACe1CsC9MkS7wUCyMWu/ujwPnv7Je+hikj0L6K0ifyhbfmdwHvx+C9AlInyVw9kP686xX518KvM6DJC8rewDS'
    'X0vqfJbU/Zyizl+gOufmwR82pIshHQ/pCZAeA+mJkM7IF7dlBvk+E/126ryt4N3hc94dUQMxrCFdAumkGvH3lZCWQToT0g2QLoV0'
    'LsnfUAP3Nwt+nqQU+MXW1AEJfg0Uis89THVGojwb7eHRX7++4OeDwuy9Ye+AziuUxvZKl6+tLHH9Kvn7dzUjUz/r/49ruP/C4dRL'
    'inQCjFf9Ug3nr8KeEQ3H2tldw+ntbELzJkLaCOkKQtvWQjoZ0umQroN0CqGVG4DmbURjM5rtwVbUjKxN6HiE1yayG+0PtXPoCLB7'
    'UOHL89We39cw9/zjPlN6sNq7OxY2vp1MP6aq92vV/CxiJM4BnDZ8uFquj4wiu+vyo13Vni815903Deyt7lDYUmH933fg2ymQfv8o'
    '/5iK7L8eJHXcCnkeJvZaOM93Ic/zaXUdbhy+as9/0WjtP7ali9rXF6o83lBlo2lyDjNcOtt7qrz7OlhuovLSYxK5SSUvPQUyy1dQ'
    'Hb8l8g4r8ySkvyR1HJTIU48huco9/0d1zM3Bfg3pEkhPh3RhrrgOlm89pKdCuhyVd/X/qI4syEipvFiGWkhkLJafyWzTID0N0qNA'
    '1npblaf7dO9FEX7jCMJXNEA6PqRsdUpAXVMkdTWGrGsuqisMX4TLTYP0WPJ9AdRVqOL73nCdTzr1/qlyeOtle82jlZznMPEpJOKD'
    'dMvKdNBfR2MQ15l5qwbf9S+VPD5eqc7qd1UW8zWl0LU+p7BjuBD1sxS2x04dJ1Z6cW2ovyvTO2a68unRCH9H+m6WhfA3Tn5RpV/6'
    'rwoeOzKMnkVmD+zK/zHCpuP1zQp/bLYodw6C4KjuIfx0GPjayyo8OKOR13PadzbMNeaDTlHwOyzfAkgXEX5pHvA/xyHYIh4J19Gc'
    '0+fFHNjTKzhvxfgAG9LXQboe0lRIHiRfwelaKfdntu7+kPfXVyp7CKe+h4epPkazviWor5R8zr+h+jZZwXFuNln6MWz6JDbUl+f5'
    'fh+nfslEn3QJasNInOm78UbzfP+I26ZqRr70PNVmBV6lR6ANdC39VzmPR91Fxnq/5N5jnV1sw03tcR8s5zG/w/BxujzAN8r9/GKp'
    'zvSd+j4xTPWxuXmnRn0m9cjuxbHzso3DVB+jcyeXuD5KV2fHVN82wlN3El6b4UtlOV/fUeobsMKflfy2zL8Ww7RBJR8+VObv63De'
    'y3b1/2VyecPUFpiujU+WADaboyvR2JXi3lqrAoar/yvja6PUd+fc2NpoPAck9kUX2cW/txKYR9himXZBGb8TFOcZALv3rnNnXvde'
    'eqqM++GfTvTEVLbRlZf+kOPykq5Mo6vjfBzBPonoTecSvfAZhrDvyHGf3XHJSSqe4znAmc/luO/3KLa/DqwP5biN2kjcW6SxMd+O'
    'xnWrRBcnsxEOcyeDwS8Abo4ndbxE1v0Amgt6/1LUnxUIJvWh0U762abQtbI5m5rj++R2q9g/S6sBDyubC0b3cqjtcd25/VNWDjPs'
    'HRjHTnCSVVrbKaeeu0tcD9sTbsiWPh6AbCz/KTtysQi2Zjldu4zU/UXJnQXWpuunFMtbb0KwgmRAnfsP67Oeb+DR7DPmCEEbh9sH'
    'kuoc/c8Zvn7WknuUx0K6hsB9XYh6fpHhMTk2Ezx/TlNGuC/j2bQNl42SU+eXM55v11LYIrnnfxm+JtpJGd17zQzWFWh8huu+ySZU'
    '53D4BHTP/xEu9QToKINwaTma17jP7hz4kxH8XgUv0WKwN7BxzyC8ofIklRN3SHgXtrc59K2J3L+Urf3jQ6z9J9OeLfxI0sEC0OW6'
    'kPceHgZ7nS8hGOws6SzFmdI6JGc5MD6e9uYO29XMJ3cilhK7nGPI92lgd3OVAFaYexUOrG4Eaya5/2BiQ+zq/9E4XfIg3PO9v3hc'
    'fvhDL+35BsRQhFgXtz4C9v9p+Z7RpmnDvyrN4w6EiV8l4wdnpPldz1LaVLjnf6gu2v8dMfGcbLz+N8XHq5/0XYdm75DIGL9IRY/J'
    'dV/Ks5sO8l2pojHHGtxb16Ftn0/x2C2nGtKBj6b4GtGxs8O/D61/BCOs3f6lKR7jUrXO6DrYhMq2CtZBkK3xualoseUofpyY8mxg'
    'SqUn6ZfUOw31I+p5lRvXJeX5klfxJiwutWv/I2hDWD29A+/3Np/XPoE+VzSv7Pzu16isyVp3/X/ZvO9BenLc97tQfTtIG1sV9ku3'
    '2Hz9mtitOmWuDygbZIfqlPkY6merwhaB2Zu9D5XR8Qfv3v+zeexTnT2nU4KTHXbxWXpc9wjd+/92uPibXXT9w/jo3qV1/X+hMjo8'
    'oVNmJiqjq1NvQmV0baorbR7jNkhmdtc/ytuqOIf+i6XOy9ajE6u10Yrfz5Nr/wvtcL7/71kQ57DNS1+C9MWPe3nvR3kfPtdL02/1'
    '0qch71HtXt7bA/JSuLcI8p44IM77/wR5O94vbsO/B+SlcP8Z5X1xi5d+XTIO7w3IexL8/ijkfSfK6yxaJ605z1+2ALSV5r1mozhv'
    'myDvSZeL874Z5W2DvNd2ift2Fsq7ewfwKGeJ+7ZekJfNG817nCAvmwuadyHKu/irXrr3TsBhkE9m3gr2vyjvf9wF9973wj35u700'
    'sxfWP8qrknuqUV4qOzUB3PH3i+O3qmK26sSSKSM0m+lvcRykNvLNNA5SBv2uhu+O3LEOcMb599CwW79BZWjfUhH61k3afzL61on6'
    'yGIBs2/szjbbk1cIxoTpqRYKvrFyswUwD50lWTyu9n54d4RgXlg9LJZ8LfA/uH+H7pKjPK2KOZTFJaoNOd6iGM0s1mXQfo7jkM8K'
    'iWemumHKd5j09TRLHh9ch+/Sjd0skht02ymKJ75dokvVibGj8hXszNl7YP6Ge2xU7doIe4Ou3Lcp4n30VoN+9MY09s64z4hgC9dl'
    '6fsx7NVoD92vmmCNW4C3KSs4NlouBA2aKcHvAbuYBw5jJ6ezRrYR/ru+kd8b2k7aFJddyjaCu/0SWcCJ+TFF0pZewXlCXPU+PMF/'
    'd2ok5sVpy1cn+O8Cie5v69zvuRO+PY7Og1WxVHTvFd0C3x7SvFfEYqzckeZ2ZU5/eyd4seNx+Xuh/GOG/TVtE24Li/8Sth9rJ3Cb'
    'ww6DexNd5HxVF2dnSOqjdxJ16YGqvnJBff1WcFzxKPX9fjzX8cj8VNA7m7qwHxvv2ajqnkf0SHgdGuNFd5907/xFaIMu/RG1D7fh'
    'o+O9OVW1YSDkeLQRPnvneI5DVH+2vQQ4ezHCoT4JDtE7prqw14/n/u+/aUBTTe5KDjctLoz39kEd/yA4ftbt6fjp6e8b/Paz/cQ2'
    'pd8Ad/s0y7h3fhq4HVKrRLcdBw34BupjqyY/HNfa/xjqI9Xfb7KCY1WZ9HEgoJ4dATahOjp9fHbyNlTPNk2ZJMy+eyqas6h8cZ/E'
    'zlVmXzp7BOpmts/lDdwut1NCM1sMx/KFcbw/wyl7uD5/x/ltpOOWNZx6vov62CU5jzVdx7pr79Ooj10CXwpx0ZIrUT3dkrsO3TH0'
    'px3qiZtvo3zKmSWqh47bMsAN3Xri5P0aDPvYF7KPL9fr9XGX5H5WFLn+V/UcL28mvMk3CN/xoIYt9T0SXuWues+2mvJCo4m3+ySK'
    'p3KHwn8H7iu1MY+rPX313M5zs0TOYLi00wDvmU3+JfXcJtWUh6P04HURYNH1cAzqd6sBn6Lb1ikBbR0whFUZARblz/5WV9xvU92v'
    'alz31/nb+lxIWA8iWG0KnkdFg76L+i3jszcp+A2ZnxHX5k8Dflg+3o35hcYiDHx8p3knamu7pGwYPet6sN3ZiODHrYNz4J8mgR+H'
    'zs2N+SmAH5eOzYHfWOfdj9A99+mKQf57uZbjTxQ9ngPrmVp+v2NbyL3BFKd+FLHOPoMzAEYzbkJ1Doec59R5LZonkaxgsm9cHgEW'
    'pcVbY4DFaOWb0Lj2CPJEOU8V+fBxbf6HoU7K+xxZ69ERU95edxyztf47NFH9ofeEWJv/XShNO0zX610FP10NWou7JHyvSZ1fKPC9'
    'Im5dugP/mgJfd1F0567PzwJfAzvJeA9o8sCmuHEJGp+gOp30Ytt8/Nej8am2xbgku+tGacSSCLDo2p9S4HIe1b/T8+Ag2U33DOC2'
    'dLCc93KNX/6n92REd/h0bHfPIn4h2Z3hM8Cm91cjUPdZUPf3avg9qZYQ5xYm5xX/Iairx4BX6zTg594rqKs/ZP9Ussc2QV1H2eZj'
    '2K0xhmfX+O/3Bekj6H1b1+YfwVDJSm2SvXWhAQwRX+7u/yFgHCAwqmr43TvZuU2v4f7qwH2p2g/3uRjg7kdw2yW0siuEfP0jAVyZ'
    'zGqyf3wTwaWxUnRk315L7Dv8OgR3q0SeC3O+9n4NuGH0C73VHFdN4GK9QotG23aEwKnXC+D2W/r3ljol909XILhxnVU6cI9CYxnm'
    'jM6BUVPtv0t8gIy7jhyts285MT/qNM+NZLLmf4WAQWXMhzVg9Ctg3CmAsc2wL1/TgPGCAsZ1Ahh9huPxIQGMfs3xYPRid5WH41Fl'
    'IsrXb4EYGKU+T3LXfxX32XGgBHyVan3Mq+JyvA4vTu1vVLz5uIjwb1fAf6XSP1ciX0c6dkL3KOraX8ljXC7OqP1yLEO+5VV3+E3u'
    'EX6/0o/3ojuKK5DvenzPXybL3BAzXCanODE/qO5C5KtgVYxyWf8w1sn6eWEl33PXI58sKjyhfqhWk76cFDNc1t75ldyXwkPkLvAz'
    'kP6CvH8Y3RV272khGDbxt8B+1xC//xnk39KBUYFgsHvkMyCdA+lUBYy/V3B/AFQW7jaU4xx4TwvgmdLlov1fAK9XYYck8hvLbPhv'
    'F8ALKyM78G6s4D4F2H5L/ckOWGK/858yKNtFZJQPorIm56Du/o/GoF2TXxTFaGdz3oHaYiInOGUuMihL5eDTBWUPSuRKyoutruBx'
    'hljZlw10Ljo89PSAOrpiqiOPxmAbkdWPsMVnCAz/Xs7rl6X497s875vOeJmcITB96SN5jqedElzsNNAXfB/1t1PCO7cJaKDL/6O2'
    'bLeixSBx7f8C4PUa2pS5Pj9Q32TwBiTjfFne78OlTXBegcdrAMq+HZU10Y+7d/4NylL8e32e8//DzVO6/D9qO+MTTiT8zQoJXzI5'
    'RFnGe1QjvFH5ndLh9/5eHg881r6nEbyzJP6xguI80fY9HBM81r7by/m9csq7PUJ+H0C8nHv/D5XdL+HvfiPh9z6LyjK4BwmvKCt7'
    'LSp7UJAHt+MhUvZKVPZo8DVzMoldtSFXHNOKxQPtRWVnG5bdjMoynzdLic+bJSR21qlQ9jxUlvrJWUZiftF6T0Fll+XEsbpkZY9B'
    'ZdcJ8uC2nk7Kzi73+3djY7NOUW8TKjutRiwTyPj3PCpL/d/PIWWnI5+M7v5fxn0+tYSw/WZ+JZ4VwOkJAedxAZwdIeDcU+b3mdUv'
    '0c2xvejbGmXoHvRlVKYtgN/E+/5nBGV2EZ7kVdKfa8v8vpWC+HSTM8NdhrC7DGBvQn2VxQPoIONzPsKBrSH6xeCcHFB3l6TuYwLq'
    '7jKoewaKObJN856KSn5l/lmqUb9EPthEuG1plKG4/UKOj4Uufy86dz2Q43VTvrRNwJ+6938CyvRK6rnPoEwHs//VKEPPh25C46LL'
    't4vktk9r1D1A8OrDGmWeIWWuzHFcpGVU8XZUfdgqGIsDijM5EZwLURtV60yll6Fnrutyej4DqY0ZXUOLQsKh6+pITThB97pd+3+E'
    'Cy9LbDB7Sd3/yPIyTM/0B0scx4T1+08aZWgfD6IyG23xXkr9oD+R5Xz+moyfhzfV9f8gy/0oPkT4bcYzPwnpPuCV/xOVYX4g/0fB'
    'm9+IyjB4+xU8+b+jMkdL+MzTUQxbp8xHBGVWEZ74WPTb9fkrKHM6iY27gdTTj8rM1mxbh6CMqm0XozKnSnh8Khe8AZU5PVdcVsaX'
    'rxOU2UDGAL93ff4HlDlVUmZ2lvvKbAk4n3Xl/4C8r5C8dYA7eG1u09iPGb9go7qC7I1c+5+MP6/I/sfV/6G8QXYd7vlfhvfB1FbD'
    'jfkXsjyjYXdKyuvwNk75rwv6SvlYZu/yxYC8XYQ//lRAu7o02vUBVJdMn8nadQWqa3sIW6tuVBflI7YS+t8qqUvX99d5AXXRWCav'
    'C8i7i/ThBEFekf1MAfSFNO9BCb/ajPJ2W+J4H+z86UgYmzD3l13+H9U1QPqA92fXhxrKG8QjOHn/muZ5WWyPN0j0l7/XyMv0bQcC'
    '8h5P4D6ukZfB/XGa855h+YUC2FQ0lsAO2b3/l+b+WZ8kPME+xIO4MX8D8u4nea9BeVksx8WCOPQu/4/yUh6A5t2B8lJd2Qakw3Pt'
    'f1He5YRPmI32fNf/B8p7iqBuzBecH5CX7rmnp/2+Qemetk6Qh57trAzIw9bdooA87Fx1liBPD7X/FeTBZ1ru/X9BHrr/VgryYPtr'
    'd/2jPCLbLVf/n+J5WiXnQ8+nPN+KJveiXfu/ANiMdj5JYOvcPXbXvwD2cyTP3Qi2Lu/k2v8i2G2Svfsrgjy7CN/yeZRHxHs5ef4t'
    'IA/jn65Fedolctr7UF91z/Rd/Z8Adi/J04PyiOyhXf8fUL/J/VX3/F+zXD8Z29cblmP1HY/6slXSpuWCPLT+eQF5GJzpgjwvEzgT'
    'A/IwOLVobnX1ie76F5TbqYH/L9q8nK7uzyn3Pza/KxXVvvJRm49Lp4RO/iggD6Pbd6E8onN7J8+tqL+6vLGr/w+AvZXd/wnIw2j5'
    'JwPyMP79I4I2tmm08UoB7AOkjZcJ8hwkbey2i+/6RpnbS1B9onvDbswflKdbovM9PSAPm/91gjzbSJ6Vgjx9dP8X5KG4NgvlEfmq'
    'dfd/20+3VPy/6//PsBxrkw3zFvX+phvzy9JrA5U991t8XET2Ja7+D+XZKZGzforyHJDwVz9EeUS6R/f+n8XXkq7tiHv+j2CL7DZc'
    '+V8wRipbYJf/R7BFMpWr/w/Iw2IXvgfloXLRcZBnd0Ae1o93BORhMthWNI66tiPu+rc8f3Vx2Ri7/j8E466S41jMjxpDG2F3/0fl'
    'dO1S3PVv8fgKvyH6YSbfNQjy4BhDNE4DzfN01h8DIQf/ti0eE8u29OMB4PcV6D32uc5glME6N4F9CcB1rxXYwU/KHtuPOzCfs9hT'
    '6yV7LP2n6dCcyHPozU0B6ObbknkSz5MVZZ4s5TzhdUzXW9oyi3GQzJ9g/vZYa8mQl1tWfFOoOzdR57YJytvwvhrKjUd53XM5SCcN'
    'FuNFLuB7VJxjsHdDesng8I5NHG0wjT+SCtFG1f6aRvvrRIO2s36b0PwjQtTxbcM6KF0rg7xp+MNlRHCC5lVWr4hfCWpzTQAeRi3v'
    '9PdExJvVQToJcMrJtwbGyYbvtqRvTt+P1+w3w01WbyPo9TD/dqrFY9GJ1lEzpBeTNVJHaFAV0KC8dQiJmdm+8LFRXzThWSp4uN1z'
    'IH0Loc+WBr4eBfx7E8DE7SqHdrH7hnNQP0T90q2TrZF6yJNHuJ+F+qy9lnX9E2o8zSG8qyd7RlqwZxQQPXLavpG0zZFZPy7kK1Kv'
    '6Yfh3j+8pXToGRy84go25+g50QrxNCHawnBId+6C5MFGwHH8bYGlF3sxSpvqLb3YgimQjzEuvyNgPTSBTssGWlYN50UVDOZhxK8a'
    'oGDaTIYZTBsLLmieTZ+CgEa7dlGw9+G5bAH9H5vLWsCBcRaPf3poL1jr9YOuO0tCU2U4Zgv2x2+T/bFcstcWPPQ75NucxlDsIWeF'
    'Ovca2i2/n1nXP4DF417eCO8+BO+cfI/MAP9ASFfUjNrF9kPXPgjWPY59ugTS4yx/XNelkC4mYyriY0XvEr2CYk32KFUDAY9ahKW8'
    'hWwtZAS8w3KY+02Q7jKUo2T5qlG+RvhjLF7c8Nl+c8LQjzU25+lSiBcqJzRoApxlDGrWR+W7IloVwB8wWreZwH1rskaK1siet1lR'
    'npRqBdUQfLwc8crJvL825r0e5n4xelcXcK4yP4ZzlSao13mmQJ5qhEP22fK9gba/LgR/XU746+kwBhMRXMqP4LRHoDsIOjO2ke6x'
    'nt37RSmOdY/Ph3HKZJggfblIDmb80+SlcC+B8EpO+ur9xbzSOShP+WBxnvwg2CVbXgxJ593ZkJ4X01lcBu3wsv2N+RcYB3WcJUhN'
    'dHXjEawpGX8aRu+nqwdR6a/qDOHVoTQFeNAD49cJ6zCrRWuHxKzMGOdD51MKY3YOWRWBFouedNXa7J1DAs1axMf+E9AnNtd2gB60'
    'FmQx2RqiuNoLuKEDG6+BdIBOH+sjFyI5zNJsVxboi+n5RQ3JF4e+yCS+ehS5ktWTgj/Z2LJ48ZTW1BnybXXwXnbuUwfvVfHnZbp9'
    'WwDPNqBhGIdmQZobNKODbI/GY5FDPATT/WEeuA7BZXhgCqce4VATyFcpKDM70SULdckiuUFARkPp8ILOMdMlxmOXHlwI/g4v8ehA'
    'kG6NrrsCfK8ga2I+OX/RsaMoZR+bPuCl2T1jt49f/+DY7+Pir3rptfeNTB+zw9DHfXeDTHPb6OjzcMxr5j6wxbx3dPWR8U34bhuz'
    'q64U2FV3EJttzP+Y8Gu0fVUB7ZtiiX3LtEH/p1rBsZA2aZyBPEfuxFwZUG9LCevdDPwrtWXH9fWQ+wEi/zwsv24cMWo3L4vHHuQT'
    'hdnILwX+mt4JCYJj2t4tltgXCb3fohOv4AUyBzKc1lnnqwS4XWGI2zp33HTxD+MYuwvh2NXPiKFe3btMqvs6p1rc1yv15bk1pj4v'
    'AJt6HVxWjcOmEo9H3PhXGYB/8yz9e3i9EnqE7xnr3gMyuSPk+qMGXW0znJHh+kd72y9BbW85zNq+AOHIDkvst13W5uFua9h1I7JP'
    '3h3AH1cKbCrLQNcl8u2G462K6EW3JY7FMtMyi+XZZggfn3mo8orGNiehPTo2omWEJsn0YCJb5CD9HGuHrj7Pvec59LcBlcnAX5B+'
    'ldkPLYC1TfViunrc1CioJ0j/KtKR6ug2Wf4KKJ9R2JTWGeqJJgXYy1cI5JmodwFEeHo2sp3GNISd2TUj+66JAl25BbaGWFeO7Xsn'
    'AKy85C5FYZCfYVrE5taC1AR2neDc8sg2fo+RvVvfCn4M0Dnlfdd46b+1eWn7pfweI8uz/kPiPNMD4Ex4E/gxCIDzjwu4j2Km53/l'
    'iuL25wXfWD8obcNjnB8sPj/R3VN07Z1k+OTaIS7Wr68Rzk9F5yFYN0jHAuvUqM1WE/An2A69HXAprH3rGLMfSYfXinN8CHz2qC3x'
    'ZLwMpQ8m59cWwaEjYa1duhHih6FvzjrC36oE9KNMQD/C8muytVWQ7BEOrn5OQqsP3sL3u6hjtPdOL73nAa8t9ejbtaD/+8mt/vvV'
    'f7vJSz/5bdDnPRZdDjS5B9IEv220HzF+lsGqFZyDZjVkTUbfnL/LCH1rJuPIaPgS4hPsdOJffwnxFfYVZDsym/jeXEfKnEp8gDLY'
    'cwDWJ2Gvwf7MlpH2LJe0i8USmGqJ/ZoyH2RXBLT3aInf0WMk/lQ7Le7PbJWkXadD3haLx/Oi9c5XxFBg43M2mqcNJGYDhTkbtaMA'
    '9zqov9glkjFdl+M8xnjFWG3IifGmWTLH7J6VyP8cq+MkSI8jc0rbMFdSfgWZJ7qWGU8RleaVB6w3Gc1jNiHfjkDz5lrmcea/Bd/+'
    'kuY63wVWcIzIsLALoAMcF0M7Xd+RoNfG8na/5Y/BoOs/N4qPoyg6ki+MkX70Inmm9/+39zVQdlVFuvvevt03/Ud3J+l0kzShgQQC'
    'JqFRAiEBbDEiKoZIGAKGv/656Ybu3O60txPSAgZBRMGH+nRGZ3xvxlHXG2aSDL/LBJ/PgELgiSgoulgL58GA6xneMKOTcZaOaN49'
    'farm1Klb+5y9zzm3f5Lba/U6SZ9z9tk/tatqV31VpRmP5NMIzR1F/GE0x+Jk7khVmhNxC3vmUlWat4/mapqsHQEyxsY3Y5KPmdpr'
    'cH+W6xvUzsRrkuwoo41bxwfrAvggP1ettNSNtsH7dTAuP4Zz9mB9qsx/Mnb4ocm4uLLgh5KK/4uq11O/ai+zm3K9XjoDJE3nKXIf'
    'MZyV2DY/pvjky9W9wJ46iZpk+nOyCZ6N48XTbE2yRL9x5FRzsSctnd59U2ws/04V+U5QTBmNoaYxrhzDGhS/INHW0U4/JvmYguKr'
    'gsHozuyGIdpdzALlD5X4rOmNy0MdKGOJR0f7zna4ou8XcSaLUqXPjLBn5qY8XoL+Q9Tx6oV7qGNmSNv0vWbl5Qb+vdI/g1ief1Wl'
    '37gR7v0/cm+Y9e114R727edCm+PknIV96mW6KM7JD8j7PWxMTzmyt8K7KryrwruMY/DxbCPpFXVMr1Dri2v7l+6/u7uK/+4K11nT'
    'GD8itN+cUPsZ1r7W7wzth7VZLZwnb1JebGoj8DobX9hRTt9VxI3JyTIpl1i3iW7uyOyvqdIcecpAZqOP6kLl5YzBvy2G2Ns28rdv'
    'Kc/Xg39b01l6TsQYqgG4FuC6VkWLWa3Q4+yhx7mW63oj8+f2V9aUr2n3dK9pXDuOJF9uBD7QoCp5xHR5xBz9VW9nnDo74nRg4JA2'
    'qH2mkpNu9uakS0SfZTRkgzszbTMOJobG9jlz8EFyvt//gntt+LEXG+c8s47oTZ2PQ02Gg3J755FnT9jttSM9u5I8ezO0d/bz8rOn'
    'kGdvedC9Lnm8NJaviZxnJp99DmIbAcvzNOCLvg4xj/teKMX/PAp9eOUJf7tRfQdt4OOl65JW+hwNzYDTRJzxSuEs2QyC0TYW3yaG'
    'fyXrc5Wl7mQqa5uJzmxih6e5hhYTLAXH1CoNtsMkR5NJLrggnwMdU5S2eN6iG9m8c/x4E6O3JeT/5cxLaUoLc9l57n6CW+L5K+le'
    '1OWvtD2fZWG+TGMKmuD/PC74OFXqM2+CGIfVFms0FWtimjvRZC6Ccmw1MNlYS7D6uvFLtHCWQAvLCT+SaEEXs70YbAXlnGf024XF'
    'eVczvrBZoMewHEJ0X+jy5dJ+YM5zG/3DFMt6CsOo4vNZVVp/4hTGlzrJOy1T+O2WCGd/3dxlI86dM/67hPHTvGRxcibxnEdhsVY2'
    '8164zs5mYhrnZPr9OQN283wiW/uMkusZzDGoC6LL5XU6iUnB+a+2pDFKlxV689Z73YPTS28/eerYpTdsIwsv2dKd0+YdxCZSQ+Qe'
    'jcNrB59yCto4DWRWq6rkA8MftFcU5+i3eo9v/HxgdJ2uVdFi7HS5Se3zbDqW5aM30SYcgpsj2MnN49TYTxUsTLeJQR34/HvTXnzK'
    'Zkv+eS20cU7aO+fRNqpUeN7Y09KuDk91f44t36bkPAZheRto/D+eKevTbhxKuXIdS3mO/zllnuf4tZTbj4oPSvRBxaifELonQtu2'
    'PVNgje1WFgO0MgImnrb54ZS7Z01kdpOmjfcV/7CKtCHtnS3KPi/VoGLxeBZ6kJSPKij3BrcXzU+5+bl1tdTO1NzT5cGwbcfpw2Hg'
    'U23ARyR9uaGCIw/Cy5XTz2y1/phf/zbl5qZBW1DWICapt0yxUk6s01Jmr8pp5NhOZZ7jjedwGzDc801wf54QvyXlzxtkdroC+T+t'
    'ky3xoZwqzZHYr4n3Ssfg2To733ERz+iVeiGzH49+O7H1cptmpV7M0b3+kl05bM1NeCfyR2qrO5Xxs5yF/2KE8MSo8cE8z2MT8N/F'
    'AecrnvuT83V8r035c2ihDQ3fp7Yu57uXEFnXp+RcaTa66ShrI6/M86xirIPjbzhJ06dhJt+3qvjx2tJ6cNusLrastSKvKvKqIq8q'
    '8spgzaPyJ0mGVTN+hbgQyk/zKlq+8yryTZpDcQOcHVaq0pyE9Js8J2gbs5FQmST1h44XZVWb8mq7YRs1goyQcj6uIO9gDW+eu1Xq'
    'C5WD9Jw1Qs5MOrlQOcdU5EJFLlTkwlTIBeRlnPchP04xXvy+lMeHqExZZGEXzluclSj/nLRlpVw5YqOTUxvVFtbevJTblnRe4HUg'
    'TM54vYJcMM03NMD69k8w5zpbP70Oa2RpnyAbnbZfBHozqRuR06yFE1O+kH2vx2LcI5p3h9l3/pac6UaFM13Yd0z60hfSh0+BH4M+'
    's0OV1vqg+ssKJed+CqKBfAx6uYHYJ3pU9DxjdH5NaoX0KH1tForLlWzieSXXWJHWIe64TPGleQ39U35Ax8f137lET82C3kvpZcyQ'
    'Zvm8ON96jNjyOS8Y1exjXVv/g/QtZ2ib0tmOnPb+K9mnN7FneD49ac/HtcFgDryTy2yT4nWFOG1gTtDFZZYr0hq8HXBwU23/wvzH'
    'Lay/w6wPAxo+MCbspeqAM1JT5Yx0TJ+RUpUzUuWMpMzjjvGcslbZ1/gqCH58qpP0G+om9B1TGWSqp40xXtyVcnPdUV5sIu/6mB3r'
    'dXZGKFjoUQVDzJCpbj6oSmv5mKydtFZUbks11AbZc5IuiLm5fpKA/KRn7CUae2cY3ksafy4EK4njHxNwXtSGijbToJpO3Nc4pNk/'
    '40zm52aA3rgOZEOQbZfrWucSXXNoGnXNVnIm2K7R+XS65+sB+lcW6LGN0eMcja38DAObFPahBXj3XCXH8OFZiut9tRH1vizoDVn4'
    'u4ndi/s/RoQza5RaUPRMuFWZn/clXBqN95f8D3yvrRSwWT3KX+N2qSrFQ3N70xA8u5Dsm60htDaoSmus7VRyXbixiHMrYeQQu7Yn'
    '7daZoPPUI9jJbL41TsYq0VKPssuRkhRt4JjfFUAbY8wPeI5AG2+yZ1YoM/trToNbzLP2jof9zWVsGKaxXsB4/pqNncaGr0y7gTl0'
    'Hl6NuNZbZ+haX2yx1mvJvJvYfKZy/d+IuP75gPXfm3Lr2ISNk9sbd2p8JUnxh9w00QzKjg8R/j2ogmtg5JQ/F02YvoayaVFEejEd'
    'G/ZrMdFNqSyKU3e4NgAbQelrQcr1EUg62FhMXGLY2OmzW5k+P110tU7Z+enGA3TeyfOsgEOhch5x7o1MbxnRnGtzFvpLD9O3GwX6'
    '72Htjwk08hnl1mzOktiD8zPudTVcL4DruzPueObAnF2UgZxPHe71Ex3eHDrPOu1fTXjpe6Gdrox/Dd4F7dzR4fXrA3CPPnc2PHc7'
    '+c4q1sdLM54sQdrBe6sy5u2thev6jLeOc9n8rAoZh/PMZfDsxZnSc9E72PsXwvsf7yjlA7yvUfXQC8gaONdzNWti8j3T+Iiw+gU2'
    '56UbIsRAHe32z8kAqGZupdyVjLGT8Ir5yl+7luamMa2TkSQdKRU9/0U3oyuep75Azh94b5zIM+femcrLVfSK8uo5ZcnfUMYgDryR'
    'fadTlebep+8sIN+4Bf7WQv62QpXW8pzXWVrLc7mS68aaztdG8n+butg+v0Y3LF1KprGk84W0w9gVzIPQHxWUp9T2W9hHnqcRa7wo'
    'lVyuoZoYtN+uvFxyzvw0d3nnALSbOXu9pcv7f0uXXU43mzqItjkrV6n4OWok2pL+hnusXM/TOpdxx4RzWQO/JnnbWghdfJrtXdQF'
    'riC8ShHflc2crLF4nuOrbd+fS2y1bUDL0rhWEt4YpkfVRdy/zvffIfhOKG/+MDkrLGV9fJvy5+o0nQPJFr5Glcaoh9Emxz7MhV8p'
    'n12cfU35D479FOZftfWtLiQ8iMZo8/xUJry9hjxH+xaXj6dj8PGPaOaxh4z5tBJd+djOm6QCMBaCRmyuRGv0BhNaTRGexfOvfflD'
    '7vXEHV6+HLx3+EqoaTxWKiPWjrvXH26QfVg6n67zzu+7/L7VcvYlq6LlK7PJ12+6nzqUH0eOsmuzJm7oWuXPaxQl15rEpzcTGkJe'
    '2w88upF8o3NIEU02GKOC8o7SWDOzF42G2IOpXesGYvsaFTDAzjObiO1nwMB+twXee1+Ar69X+XNmXEj60ctsZvjMKuhHmN1vu2C7'
    'a2a2tO0W42gjtt+C4XvS/G/R6G24j+dp9vE7Q2iykb1XHUCT16rk6qLG1RNMdDRJh1xpqePZ5nOn+dubGbaF4/smhcsyvfyg69vC'
    '5Eq9YaxNiuyLJHhrQwJnt0aLNbDFOkTVE7PKy+9WCMEs6PJq2+R9c/q8jcRulDsfQS5iHy/R9JH2Y1g401DcBtq7TTBhNrXIq9nZ'
    'WcKWbzWImYgyL7o8tyb0RnUqvo7ct1fQ+I5Rb7LBF0s8P4n43jh7u5noB6aYlaT2+8mGcQ42+9HUr5gjPGA6+4F4h8tgDqPuoaB+'
    'IyZxXoz26R5YQuZsVAXHcNpiek3z5sTlAZxX9hB9scFg/cYF2ThqGLuSJM9YkADPWBiAeaPj4v71rYb03gTPnarsY2BN4jgnYvSL'
    '8zGK6eH7ZIRgHOPKUinHXo+AyeLr3ZLAercos/gzKTcUnuUaNTpJj4CrwPWfGwPTM0x8cTQ2kcbTRmkvCTn2XmWWdwR5TpOyzxXS'
    'BHpgkjGjFAcRN2ZU0gv/CTB7Oj9cJYZq5sXQfZT4ElBXtpFXlXWeHbFymLMorh41h52lOCZuJTlfmNjtUA/rVF6cdK8GcxtVjnDc'
    'Lu0vnYtai7loA38xnZs6eL+F4Cgb4T1aC4/XEqxTwXVUwvBlUfClLaDLcmzRVNU+RDstrYfToOxqIq5g42lU9vWkawR7ZRI212xM'
    'vQ11KpprTIqzM9EFsA7nAhUcU1ewsIntVPHqcFLfeNJYlQbD+cEa9vQ8JJ0HxgU9nceS2pxdUypa/UuUsc6/DxR/f16RtzNWr9qr'
    '/LkJ0pYY/NHK2s/KtcfYKPT1Yg4otD+eKty7kdjVa4X3mtl5uDHgGY5r5biAfnZPylk0XThJKvt4LrICjKEuRG43MTvfSEw5FYTp'
    'svVRZpWXk0eq3yDla7tJI3MGWDsTSq4xgetcEOyWPcxnP0T6l1NmuSyk3Ao8l9cOZV4vw6RujWRDsa3RIcXz9yl/TDNiA2dSDY+w'
    'uPjqBPSn+oA9SPfUXILV6DU8i6G+VA7dcSrHPp/o5bZjN/Gjz4Y5WBVz/ZcS2+g2tq95PsthNm/ULjyg5JyBWwz6NHQUrAM929ms'
    'w7CS87YcDbT5NrC1mM7FuIW8GFP2OShtzoSzYX5x/8WRdXh/ts/FioTmAvEox6vSfL8jGp0liPdJeTtm8zx3wbyY+OpNdcAeNudJ'
    'tl2Vmv1zvob4fieYnBhj795E9sPbpoD3OtfGlP/M8SY7i4SNL+m1qUtgbWoDzhxU97TNfT4W4Pvg+d2XCudXKT/DsCHfs/VZ9zNf'
    'OtomnL6dJGB7TO3hAxZ9kXJPU8y2hH/oU/HzOXKayiRIU8PC+X7yLJfWP4P6YC15ZrumHYdQssIzzr3fpbzzgglN8FxFhyK+j99/'
    'KeXpydI88JySmBsq7Ez+3YB2czHa3ZPyfKLbQ/qrw2qZnAcOMf3jvoDvjpXxu9vId5Nql/ZVR/sbU64vlz8jYbbGA85MpvaffIDN'
    'ytT/xvPjnUzGUJilY/g1+ONM+2qKt9uuwTC9SGKFbOYmqM0DBGOlw9Ue0ugyHKu8R3n1EvKCHmOSL9cEf6HLRyzVEzFpU5c3qZ/t'
    'u3Glr1dZju+izrdpir+L4z0PcNkmWEybGjl0fFO9lknp0TZ5+8Mw0vUJ6EuLNTJjwFCPlDBHeRWcg2wC/LwSHrOgWdNeVZrbe6p4'
    'uA1/N41bwDyBdK7Hlb6+jsTDTOd7MZE32y2xNVG+N50+SJN9U5PAvmlW9nn1kT/eRewSfD1uYs9+VLNHbeVdkJ5JZTXaKa8lPtKg'
    'Pko6fxheMew8cOE0ya3OaZLTM0mm1Kr4mIZhS91VyhswopE/Ev/9hRCztNUAz181Q+Y8aX5kay/4d+JjfEU4S9q294+kvZ4E2nuO'
    'jI/mmjVpx3n/fwWML0p7Tn2+JRHHQ799SINxGVbhtTioffMu+H8S61eO/l1HsKf9rO0+DVZ3u0UcEK7LOsK/X1FyHZRyfPfUgHij'
    'gRCdjvMnWlMsrK8mMUuI0zxZsHNLut24Kk+9wSi4u3Lw2uMT4LWrVfR6PLa5rvE7tI0hi71NsV669aZ5Zf5EuXlJKY1yXLhUn4j6'
    'TqL2j8bbcF9xNdBPUP31oHHRXA47NPwqr5Kp35QL8Tu1w3jw+bQqjd9epuG5Orstr0HEcZKjFva0nIaX4Vq8k5wNJix9m6bYAV39'
    'KaqjT+WYpVh3XMPzyRqWO766HLpjI5uvwRBf8uVEn+pj83YoQszOhYKf1xZX4rTj5No8IwIuLI5f3rbuczl88dNBA7cktGY3EUzf'
    'qIW8KKjgmh1XzBJaOIP42E3iSLneKGEjdVgpurYm8xyHVumZvprQrtPmuwP4R5SYvzOJzKQxtYi5bQ/Ro+PEBdI8QzZxwFyH0dX9'
    'TcLGb4KhGdScU3A/vYPwiIIKrpVWIOeiJHJjUAz6qMX5LB+CA3LORdmUPzY3bXnesKkVcSzEoJGstpCm0PuDyU8m5L4N/WcSpP+d'
    'Eeh/OCH6/3BC9H8JsVNsUcG5kXoDdFiMiVggzIcp5kxnu6DntGGLMQ5FkB863T7JGMG4OMkgus0a4rEHNDihceWPi6NzP67BIQXV'
    'UDahyV7DMzLVH2o1GFekmblKn9eQ+gQ4tmSHpSyer5LLSVYQ7OO2eqfkX2qC6wrhXlj7ExZ94eflsL0f5vM7G871U/1dKb4jztyb'
    '0HO7Cq6hPEF0TNt8i2cSOYV7+JaUv/bsDvbOyYQn7FD+Z5Ps4zjzH+dC7Hltyp8/lWKgJzRY5TbYY/SdGlWaV9YkXs65HibzQr9H'
    '85VMpb0nifNAawAGi/PQZoE2qI7grF93AM5Aast2r72qkfXUb9+qwRMhzd2W8scJbWdtb2U0SeWGbtxBcQVtmriCKP3TxQd0CHsj'
    'bG5HBPku7e+dAbEAU0nvSeQOnon5OZ2YqeMtbE5RvvEG04ttcghLcqs1pl+E435biI0mLC9jj9Lnt6xSpfkocV6zypvncqx7E9Bo'
    'gzKPwZNySjp12m9lfO6wBfab+4NGLN7NG75jwlvi5obts/CTjkX4biVH77HDY++eAh47Uvz3lTF5bFyeauJz4DVLJAyIpOdQnWOq'
    '9tFknHLKzR1vO689Ss5NPJ/xnVeVeZwkP+PZ6obVUzx3/1u5dY5mI03WGNJkVkOTpjL4dpC5NvIvKE7BRgbt1Mjf8QhrZvt90/GZ'
    '4puPJrlL8/4umgI53AS2ivYQnOWw0uc8sxlrrSD7GxOQ/cvKvMYThn5VTgfO+AcsdICo31if8mxa22Ls5ZEE+W855L50tlpUxjVP'
    '+oz1OrE95g1x37ozluk7NrKlYOhHMTlHFTRY0rEp4stx9qzz7s0JrVNQ3N+ECo4ft43rs/WdcL4+oaLHFOli4Wfi+gbZTZsFfdBk'
    'zpO2yXM52aSSq09j4peh84ZYo/eAj9ZGnpjmebpJg1PYSbA8S6bJRyT1J4iGFobY3pPw/1RNkz08iTpJDYZ4tSb42woN9jAvyBjK'
    'ewZD1nKrso+/DsNENgEe+5Rp7IOU4y4pu7lJXitqs29ifp4xJdccDaqhxOO+t2vooF+ZxVxOl51zqvfOxeRs1K+C8yrnVHBu6YJG'
    'jofZc3Tf5nkBpuJ7YfSKdErx6Jxeh1R43Byny52G2LMwn5LTrwss7IVbNHJxqwUm5yZlX5N3SMB9h70zrJmTE6bQFsLPbEnHpmcJ'
    'ZnGHhZ8pKG9IE9BqvSZuaVAFx2ZSvWWeoLcE1dLg9Ym4bkLptl3A35mOG8f7uiaG4z4yr7ZnJmlPDxPM7TyNjjnM+MJWDR9DObyF'
    'yEKpnmFQzNkmGEOS+z5KvIjUty7lxcZHqUfQqbx4urzS17o0xXfydwrKLJ4OMZftyp9LAuuKtZK9nu4OBpUnlUtGh+ntTIAPZQU+'
    'hHloVwt0GhXjSPlLo+ZcFGb/SxLzEaQDZCz8ODmYQ4wJbgD6sZUx9Ps1U2z731z8vVqzT/g+ymv434iFH9M0H4upzUCKAzfRa6ZK'
    '/5fq2ku+nlrNOQfrN9SS/ToSIM9rWft18F5ce75JnoFhJeeabCK69EiI/JPGVM/G1KD8dYpOmQF0y+MfxzRybMhChg8Ic9FYJuyM'
    'ThZ88SiXBU6OseVKH5MZ1N9MSH+ry9DfswBfn/R66MZRTrnrzOljIdgLiR8G8U9pDVGn6TRY56h+k74AOwT1sZerfRMZ0B7DXxfG'
    '+9YR3hdmmxuxaHcl2Z+m9M5zHCXhV4si6+s1OCGUYVnlxW2b6pvON75EYg1M3wvr9x3Krs7BiMYOsQ3szXHaCevrVao0V8Sw0seS'
    'Ou98QMDfBb0T1gcnt/AqAx4Vxm/KsR9t8Wg5jZ4xXTbyuQnoM8cp83hgrKWSC9CDrgNeJNmWJR/+TNFvuki/uR3HtN/ToecEndHx'
    'jLxQ4z+S/Ey29j+0EV0iYOOS+E6BrE97CF/qsfCD8P7TM0kS7RdCzrSz0Z9mwytQn/wp+HhN4/xzhmtXbv4Rxd/gjPfPlVfzohzj'
    'nYrzh/PMeaq0tpJtvPdU8Muo60T5fVJjnK6z4dtDzobjIXpXkuOPoqPpdH88s7YqfX2ToByROpzHzcS/lFdyntYJzbs3JtgflBFX'
    'ED09rD/4znuVWS6EnOG43mGx14L6dZIh7m3UYu/2BdhAdX6q2mmUtakEZC36O+5XXr5ErB//whKvFngt8SniOJ3/ny7gRvgcjDLM'
    'hYnPcEDwGaI/UOJP5agTiXt3IuWng8Nsn12U8mNZV6rgGpPN8EwT2Mqj1Drm9SgRE3J8yjxWp1y1jpM4L54GfTw/414/kPHvs9UZ'
    '//jeBffv6PDG9072zIXwzMfJM2uh/Uvhei5c3w3XVRmvH85cOTGCF6rwb3fBe+dBH+bAsxfBs3d2uNdPdJTaCKZybCZ9c8b9NfBN'
    'Ou990PC9oP7ZzMmxNteXEJzgBRn/GC/JHLvzYouTctpflymdC9ovyld0OKn5Ccl2jgtbw+YC/786Y4Z9q0rIz+j09Ttd7vWBLg/j'
    'h3ry38G9p+D6CFzf6JIxNW91uf+mcdH0/bfg+g9d8eRPI5nzNXBdeETWldIJztWXP+ReT9zhxaHhvbXj7vWHG9x7VMc6fGX88drk'
    'Fj3Kf3Aal6joP2GpRcu65/54pXv9bN7LtYj3Fmzy32snuAt8771j7jU34H+2kTyL7eCzd13mf3Yq9l7cXORO2xt7/d9U17vXe76o'
    '7z/W/JDqf9B4CJzzB3Lu9fdfdOdmiXDvul0ef6xVci5tzJ05n/C+v97sXs/tda//MlHKH/GZc9gzHINOx5gJGGOUvLg43l8ATdXv'
    '8HJa473qP4V5usePhXL+9uAX3euue8xkWCbB/TQE8/bDPi+HIb+Xutm9t4jMO95T673/0xyik3pPn79tum54D9+/o0+/t7A+xHzl'
    'r/HBabHmcpC9672YIfxePazN9ze61zmbStfoAzCmNQOla4T3rr9JT1/YzzrSz5op0EMe6Hevn8x5OBG8dw3wrupdni0J77V/2n9v'
    'OW3zHv+9peTeCbCvt13v2THw3rp+/702cu+T8N6mzaVz/1WghzM+XTr3Bz8H+tY95eO/cbHMSe5Jrg/VBuhRks35OIFn07F/HnTJ'
    'fJefhudq+NqrQPunXV3an3s+BdcuM96VhFy79aD7/Xnw/y88ZGd/efkJ95rZ7Y/Rc/7WtTdeW3FqttZb6Aqm7baR53jeilufjJaj'
    'OyiWpi6CLJ08u367vDzy5R+519/u8fRGlA1fh3vPPgXPPuLlNEadsPCce730eff6ym73unt/qWw7RfPNqdAbo+a1bQbfaBAdriT2'
    'axNaCKspt5DITOfdtPBsA9n3b5/h/XvHFPePr3024tpL9ojzI/CZ44Q9SG0898P1hSX+fWDLe7bBXkIf2zDwncm1SqVnzU+V+U/G'
    'tE1nCrq73fn645EjWfmEjpzIsqgIrI3tT5Mmrsym/hHdR6eivn9Ef8YLo6EesudOK7ERpY/pn8mJKiMNUT6zkumctRq7MdZTX0D8'
    '8fSZZoIZGWI4Jxp3NBQQo1Mdk2deqJKJi0zFkOEXsud18ory6HaNnGsp0xk2SEYug+vmiLyC6327D7jX7z3j2QTw3mcPgt63z7Nd'
    'oA7n6GzO9UvfdK8XvFh69vnKD+CZZ5PT7y4gel6SttRG0u8VsI/mdRZlaKe/HRM9pBbOTHNgD6He3+yaGMV+Z2LQSk+C9vz00Vgr'
    '7HbXpKWiMmKDR2z0wM8L+lpKeXkHK/oak7XqSNXRoq81Er808rIz2XOmbWF9jvXkb9Q3qPZ6eFEdvz+dnOGd553rNzXPUjtm69P+'
    '8z21Y/4S+P7ug6V2zBTYEB4/UCov9v3YvT7/jF9e2Mj3Cyznr53Yo9HvUQ38X+1W6ms/8+/djxE5M2U+1vRRyJOb+U6MpCa7P52l'
    'f7KRn6brPzemrtW119OrmgBri/rU/hfcawPsgR895T6TJ/uz83GwBR6U2+sjz56w22tHevYq8uzN0N7Zz8vPfpA82w723EefkJ+9'
    'iDx7y4PudQn0O3PQP7ZzSQzaLWA/fAv0yacfAtsjfGffC14dY5yzR9HW+IS/3ZNIHzLAp1Z/S+7vAtKeelh+hvq+KY+SxhTHvt3M'
    'eEY9ebf4x0AdxlYHebtgQ2gHnZTquDg3b4O5WgHnSCkvVDc5u9A2asjzqF/zM67JeytZn6PY5QPnOP2fJcZiz3FFLzeQASHzHfiT'
    'TlYvT9pv2Q6YPbr+/bD+mcr6V5GzVbRzWdjBLOFzmyTPOUaK6sccE0X143dO+O9R/fg/wH+dEXzJeO9P7opvT4lDi0cZ5K+K4faa'
    'VfIMKRQTaLN23M9F7ZPtBFtT4UEGPCitO0EkIIQqMqoio6ZJRuF55ZTPAK4ScIQLPuZeP3cf1JUjz+6+1//sL28F+xQ8209kEbbr'
    'tIc5trKsHed9596VFIPMvn8ZtRux711C7p006F5/B9i4dwn3Gq8pxfd9FfCvqwdL8X2H2D2K71u73j++pcI9HN9i4XsnDZbK/UPs'
    'HpX7z28HnO7lpXL/Nbj3h7srcj9xub+rjHJ/V0XuV+R++eR+Qwy538dsLddZ2CbSRzlncKbgiRtUnJ9ACuC2szbAb6BfgWJ5Oyvr'
    'NePWi+LygmpphOVFD6q5KNUCiMsvqmPwi9liF447R3XH0BylVHK+sST9Ytcb+MWutPCLfcDCL9Zt4RdbZeEXO8PCL3aihf9qvoH/'
    'qt7AZxb1TJE09s0UP9VO3msi+K1W0iZiK6ic7YB/V5H75fzm3ATmMqviYdp4/5YL41nGnsfnONZO+hbd04hRNMkfx/O3OrD3k5V5'
    'brk+ZZ77p9fgmcMqmdw1Nn7YuRosN48Xome9xcof54l+UB39zJlF9NNhSD+meemCcuHSmti29EZ1M55LbfwopaOaWURHx1nwIcz/'
    'RnNh9TDd/lAEnlM4SulgNsmjVmVWy9ukfiyvc7KD8YMRZZb3cravfzrG+ttgYI4Fu4X6q/80MzTb4yDbQw3MurVIyi4QiHEycpGl'
    'VeWH/hygS9qdpB25gkkz2I8qTqxIuEM3rq1EQdzVsn2lfsJfPek9E0fuSLlj0KawW8DtFwhWNyy3UIU+Y9NnDMxkOlH6jORXPHqF'
    'epUp1svup9sKR5akHa4iy2OvnZUsD9LJFTsLXQPxEsN77M4TX4DYLLXbw65gm+ueda/ND8Zrk8qGYZBXTz5c3hzbFV10+uk3qXxO'
    'zV3xY9wnY9S3+9v9COCnX2b5HU3yNi5X+ryNFBvG8xhSbBjPYyjlfntlohQb9g3IL7bxs6X766yr3Otx18TXvXTr0QLrcW1EHcE0'
    'N1M58iXMOeL5JJLQv3l+OboWPC9dVP27jY2H5iT7EeQB/IvLosVAVfL9Cvl+d8XQ2XbZ62TpGUznGDv+xyu9WhL4twWbSnkazRvM'
    'eRrNE8x5Gs+DSfcRz59ZyW09e2k9Dk+vYFiPztiEauXPx7suQL5eQO7tZTzjHHLvp5C3eAPkJj6T3Pv+jaBX9nr1d3jMwVN/6sWO'
    'I1bG0e+c6we7vBzHPG86/e6k3tflHxuNHUcdD58Jy1Vb4XOx+NySGHwu9N2kcPs0Z3eF5x0buP04+h/PqbdM4K+1yl/Hi9Y1xBqC'
    'vM7AFuWvMzBCnsGcgHnWzhbyTI59C2vWX6v0NQ2wnStgfsL89P3svYsZzsOkvq3z3mrl5TvsYeM+i/SX13/EnIjLCE5kTMD+6PDb'
    'Yf1CPHkYroTXYuxR+lznZxA9jOb5MLXtnWlJnw3KjyvOqmDsMz/Dcvo+PaE9V12GPdcOPDoFfBxze3HcNcW4pMo4/xIPGNXQ+Xph'
    'z0m01sNov5vsuSHyTFA7zntvh7Mk7RPiZYYtMDoFFS/mgmN4CgzDl1deLu1J7HcAhqdctJotE62atBGEczTF0nE7RVj90bi1IaPO'
    'F86P6fNZOI9I+XfzjC6HNTjCPoH2pXrtvey5MXZ/wmAtRoQ9QvvSb7BvX8q4Ob0kehjV9LFg0Dfs0wDrU48Krve8wxJ/GbUfvQQT'
    '6MzDn2Vc3kf72G+5L2zXq4fQBu3bVKwDH/+m4vjXsn5x3HNfxD2QF/QsEzw/17ds5pfvA4rX7CBjtZlrOjcD7L2tGjo3jZNIinb4'
    'WF+tcnVeXU5xqS5oEB1t0czPVtav/wvX3ygz/H3QGB4IGEO+jGMwWZfDhjT3sSpX16O0nbPYD7zOuO35Q6JhHos6LvAMp+8bqtxz'
    'xnTR0GvKn+deN8enVrm+WjpPXN7kNW0lJbd5/W3HqnGehp+GrVlUfrdF07c8m9cwvd40zubptEfbOwxlJa7RdMu9L6fdsyvSn0nf'
    'aXtbNetvs7d1vHy7sM5On4fTbiydxEt62Fz1avhv0LrkNGPV9eeStBvTaqI328rbXMieP518e7DMOjnf23Vp90w4k+XOqym3rajn'
    'vQFlVqear50J3TyWcmuillMP4/Px31J6WuwX1iHp9bg15dYRjTPmmwz3Rm9qennrRSkXS6DTG7AfYd8bFtYp6LtLyHdtbRvS+Y/r'
    'CtLcOd+tSbn+xSjfTWrOfwF24XLw2ueUF7+L7x6y5CX4jjSf3Bb5kPLmc7rsAp8jY7btgyRT8yHfc3TwhRFoyFZXdrCXJ1rqPUno'
    'F863zwdMclJ8vwm+vTACTRYsaRL9/WF2EmpTrgEfL83j8jTBd7USf9Ppgs15uuzNtvZTxGhjPplKXTmp1o37U866cuX0/1XWd3at'
    'bxL8I45vFfNQNSh9DVeb8bwF+ZK+8JTdezSGMe581MTgp5vhXhN5t4a8Ox8wFRxbROtKZ5S/lpTufcxtRPOXOe9uUF5OJOq7d56/'
    'Tcn5y65V05czCueN5/8Ik+1bmR2zKuXiEEzf0+kavyb+5VFmexjR2ApeJzLe5MzTp7HNjgk6+fEW+u6wxbP4jUeJzrMlZJx/S/QG'
    'k5xMwwxP9OfKq2scdY2ojeGuhNrD+qtjyjtbrs6413Mz/vYvzLjXj3d47Z8Fz3bDtQuu58B1FVwvyPjbdv6OGCo8h6wL+d5pyqtB'
    'dxHcu7PDvX6io9S2y9+nGCop7uWsADzvGUpfi+4Ugr0tQE6830LeuwPPeDmbdLEH8wJiDxqE2IasENvAcR5J8bYkMX+byb9bIL7y'
    'ld3ys9eq6a0xgP2luX0Wq9LcPtfCtU6DZ0IMNa1JK9FQN6GBDtAFfgNxqeeRe8t/4NUjRHxSm7KvIUjzLtz4opwPYRHw4LBnbTA6'
    'FLekwyfZzndStJ5NgFZqlT/vqKTnmLZLednNcP1ZRF01rE9JzWFNTJ1aeq4uok79MMQrvArXw3B9uiuarp9Uv/59ffx5rk3g7JLE'
    'eJDXmdrb8rDPqpQXg1xngH1cRLChElaZ4pB1z4R9wwQruVLZ5SKWbIHUDh+XDlqmiA5SyhzDexLTpfs1NlATnzr3YYXhB7FucBvD'
    '+nL/TE6D4eJ24Almxz6+DG2H5dszmXuaB0CKeagl9/rZ2UYXe29SM16ye0wHnzLZhzpfXdC6lQsTrNvP9TNovoYizBenc85D8b0k'
    '5ioJ2konoKdVZOD0ysBUAnRQFUAHbcSumSJxMfh+Vcj7SeRST5d5jDQnw0piY1dq+s5VEsaPYzn7DHUI9FWWs28TFj7jAYO+LUig'
    'b9RfTnW0hQaYdlN76rjGp3wafFPCd3Pf8oCmjQVg56R9NbH19mnak/gbxjRvUP7cZahTzQuZqz6Nb5/HfdKxcCyWDY6xJ0Bvqyay'
    'KB2g+4wQGW+yf8L0niRq0VDcRY+wjlHOIvUMWzYu0JszlycLWG8dNljCbuVZu0NKjh3Ok/NEUAxs3NiyhdO8BtJ5x4SnDAnzbFP3'
    'B+m/X/nzE5i8Px1rP13nhaB1HmKYoYIgS7hORHXgAvMd5pgMQp2I8tha4Vs07vcPZC8PBpy7nWf/lfDswZAz+miIT/T/qFLfqkkM'
    'yhjDhv2A9L+X0dEI8+c+QeTmgICll2hwjNkpHiRYtDB5aTI2p82vKK/uyEhA7Af+3dS2swPav1OZ+bHzSs4ncDPxZc632M98zWhM'
    'ktPedURf2moYYyJhInXnZqy7sk7p8zPYxN3xOKeVhBYkOqL1GnV8kuImqB3M9B06D2H7l+s1FGfYyHxDPG9BpyqtN5c0boPjW03l'
    'S1L4o6jfr+Daph7XVqmBGp4bftcNKs6Pdc3aF8j+b2F7r7KHKnuosoeC9xDV4Z399OuUJ7NQp2+B/ZMFXcHmPLvc4nnEdJ0Q8Wya'
    'F+zQKYNvLoowrlMtx0X1oOoK76nwngrvEeV3TUV+V/ZQZQ9Zye8sscHZ5uKXbH9zmOxGO+z5zKdSq4JrNMbxHcwkfAePMQzDZSQV'
    '09Se4PzlLWxOJva+sHa4n9J5Zxvz25jUOy4of01mHjMcxS+hy7WBGKq1YCPEPKjl+o6DrTtRyflA8kIMS9j3TPLx6XxUOr91YwI0'
    'GCUOP8p+lmKjg2KepjpHZCbGXIbNma0/tZ3wHOf5NDsP6nhSc8wxcMwoj/ui96mdXMI91LLnxxk+oF7wRQ2G4DSp/Vyqgyb5AkcD'
    '9k/DNM2XLT3wcWWJ32o0wl5pgnlcbIHz0OXytck5FsTbdLpMOfyxORWcQxTXbIsqzVcZ1783nX7oJPov+bDSIfEuQfOaNEZUN2/H'
    'xZg3iYdR//xSzZ6NkjuIYpui5H2jNkNbX3peyXmsxjTj4G3GlcHzYqzRaIAuqMMdBPFNXOMJgZbpGvep0px3FHNM4wEKhvKN4jUW'
    'JKDjDrPvOvTKc62PC5gJW+yfbY7dIB80p425CdCGyZ7arsHq7NToOdXE5sz1GmlfBa17ufGDcfdnS4w14DgLvm84vmVCo+9xOweu'
    'Q0HDu/LKPG/wds15ZEzJ+c14vsd/Vvp8aHRPN0fAuAwrr6bVfNb+ihjtnazkHF9Szs1DmrUbTXD/Y5z/SQF8nfYtp4mdWEFoL8q8'
    'hNUhnhNxL4TJ5EENv89p+E+rcIaKquPR+ozSWjUrr7bHdpW8PaOhDHNqm7djKCL+mefm1uHKTPg4xZXZ+Fqj1DpZQ/hJlLziHCvv'
    'yMElKtmctkmeN5OKbQvbx6PCHgp7Z0Tp88rq9kwcmVywiIkYDuC3OL4UOxcdL+yVOHs1DN+Mc5WF78fVl6R8QFSfz4XIMtrXDNPn'
    'o+TVHhPOMlhvMs45QYoFkHAROhqcnxANBuX1Na33INUX4TpnUE6sOHl31ij7GvdJ5oiwiYttAz1LkmWtSh/XGsXWSM9JKzV8OYnY'
    'zQUJ0KEujq85Bt5+DYlJCMKbY13aFSr5mEGdTp8E7j3oPBsWo4JnIp4fblzAz3O79Zilr9LExmvii9Dxdhub24gmniQuL9fZfDgv'
    'T9KXuF3jS5ViViQbWo/y5/Di/Jv6X5ug31nB9sl5TaeGPindtSi7vNE81vQuoEeTPZNUHacmoM/5GjqxqY9Fa6wuStBPoMuDj3nW'
    'TGO0VpJxvhkBL9HH9sFC5cVW4bf/w2BMEj5CooepiqmJo/fvIGOgMi7LcBUok1rI+b+TtTGi4ddhtk6qsw8r85ysQ2w96wVf83ZD'
    '3h0k9zNMLg0qfSybrjZv2HlCN09J5lB2vvG9Kvf6zSp//56ocq/frZpanEKc/Men1bjXdXB9D1xXwfVMuJ5VY6eHU52W5uhYA9eF'
    'R+z1cZpj8XxVmmMR83/UGez36hhztrbTDnM4T1hrzLlqk6snRfZF114vH6euvj3PrzWJc3zBy+uJ+h/mgF39rJfb1Lne/5Rnw8Q5'
    'boUcn//2P+3mjOcG5TwkydzUDy2Ndu6cD7915F4d9BV96dWgT6riOL72M6+dJPO3NnfJcoTn/e1U+ry/x5N7L17uvY+8Fe8dhpy+'
    'g3f7+b/ztwcg7+QhuL7YpZdBLV3J7rEa6PPfrffmgvKRw7fDPrjc3xf6jTqlz/Um7Y1br3av399YOhf1A9495zpnU3AOuqhn7sw0'
    'z5lpvr557HzZo/Fl9Qb4X535u4Pojzs0PpuCMq9XTnFqTcrLCRE11/pmcn4sKPuailL9Qafd98D60/j/bjKvBRWcu2NAY8PEvOgr'
    'hH4PWtoqgvxZzt/3Xg95ai/z9Fl+78MbS+2828h1Ju8h3Cth+ktSPO+eIff6aYs8v5KNk+pf+G4NeQbjHaJgfT+Zc6+bNsdfpzkx'
    '5spGd+L6UhvsCa6TNcI+qyP61Gz5cbdo2lOeFNkMZf2mzU9z5Ju6L0exd1M5tgg+/PR+93op5Lv/0ZN29PXyI6BHPe5eX4c884XH'
    'XB73fqCvyX0OuvD5B4PfuYC88wjksf+rR/3vfOkBr/4O5hCeB+98AXLufwX0+qsgB/7LT0BboOc/Cv9/Gr5/6V63rRPI/HzvYagL'
    '8VS0/df+SHC/w84Dcfiqgvn+3EHv7GPz/jU/8eYtSVnTQc5Sk3PxkJ+f0+d5rFk9Obdw7KqJX9zUdxHklzPpKz/HOe/PA1pSe6fP'
    'txekO7SSMU/q+kf8NpoG5a9LgH5oVdQZjvyl+051l98G0Ebmg+oTKThb/b4revtz2Vms9oh+fPOIjhmUU8nU7j3AdMswXV1Hd6Z2'
    'vjGNL6Rfg+2XakPGscWPhPjEpbxnUlxRa0L41KhxY5J/WpcTbYeGXgoa3MbpxOZtgscwwfLozkPDSs6vO2CAKUkF+O2ktRlV/jyI'
    'UfeHje2wQ4MpQJ/c/cSXgOfJF5aU2i+WEXrDmN24uAF8LqOCa7TocIlZ8F2Z+J5M8WG8hvzOCDhtG19AXoMpQPvB1c5ZKQHeY+J/'
    'NMGcmdotyj1vg8os7lrKl8j3MtIX0lgKvol9cQwrk82mdil6TFJkP7XD9wfxfMmuoxpd6CNsDrCGK16RH6IvfofmijiexeSM3s32'
    'FOZCaAI7dSPze+DeRhm1lfhLmzR8I63R2zA+xNR/OG6IqYiCBW5Wcn7aMGwWz12dBB43KA/3Mo3v5VQmC0YE37yECS0nTnlFme2u'
    'rQnaMsPOhs2qNAYkFwHjZYotlvS/Qyo4761tLnJn/22IuL7SHAfZo03igfiZIa+Z7+EQnr1aefktejQ+grwFxienOcPi9zqUlwO3'
    '1xLfFqRv2uqVzjOXzaD1XBRT3xhQcq7gccYHnPVeYjC+cY0eIz3bFwGXlSNy0yZXM6fNmw3X+zhVGhM6IuCFdPEJUlwcjZkM8vkr'
    'hrUJw4TRc8JPwR7xZpfnAzYZr7PPlhqus+36VvKeyXnPSrJndepu2P0gzdAYk8oayGvQqZ3qeGvQovQ18njcO40jHDO0pUl6VRtZ'
    '8xTB7Uk5qDh+802CtZsrvEPtTjUBmHpTuczH2UPOPjimLPvuHIZR7tXgrLmMfZPJ+sVEhym3LOfrVKv0eYrKoctHqVM4qNEV84JO'
    'pcsrMt1jGdKMQbLrzoF/oy8I5eP9ZH3uV/Z1+WjeJ16LtIdgRnh+hC1MBztX6eszjAfQXtgZ8iRDXYrHBA8w/HoT2DIku21BsEuZ'
    '6CMthI4eZDjdxwCn+6sqr4/fAUzvt6r8/3+SvbsP3n2evLuXPfPdKg8PrAhmmD7zKDzzG0uscJC9Qc1ge8PFQCumMV+9Gl54doLY'
    'M8xJmKR/oieCTSPFbJgpYn9D2/ryGheb/f7i73k1MnhiOcNwvx+u59WYr6+ECV8B14vgegn5v02772HtvYu1txqup9eU8tZqxluf'
    'W+qN+7mldrbq3wDuoRmu+wBbccM+77vNxI7cAN93fp3a7E5ddqcmu1OPfaRLD2YJquM+qat0lfL6Sbrqda+f+bR7Pedyl2aWAL04'
    'f/vqRwGvVgDfzy73mu+S27j3ereNeQFtPLberA0d7S4EPbKO/UpzVr/B/Z7zrXs+pdRrn7JDEZnM7SRud4M8NuebztX5Lva/Hfpf'
    'y373F9/5TvH3reLv54u//cXfDxV/byv+bir+Xt9l3u/98P3vwPUtuH4erv1w/RBcb4PrJrheT3DWdWRv1BOcen1xrLfe5/9uPYzf'
    '+TuVITUaGYK0+Neb3eu5QAv/MqHPy8RtwDo6mau8WC76u6bYxzduL87Fh5XaeFmRz15XlNEbg+dzDYzrDcA2O+86V+f9SV59Hcj6'
    'jeF06tBI27BrA3HsH47t4xDQ7R64PtBlR6dId067OvsKxdgjHe9h/3+ArHsH9L+e/bYW9+eycZeW9sNe+27x9++BTm3plY6jFfC8'
    'y8b99Lqf7bvvwvXvGd2a0HGG0KPz+3Lxm//W5+/Hy9AP5+/c1kW/+4bQH4pDdv72c7j3eIiNq45ghhaS/p1RFPI/vM3fvzMgTsD5'
    'O91ndZp9hn25u8+9vnugtJ/77oG9tzHcB1WnguN/hu/z+AD/TuPVfnmj87vQ9cqQ+ThpW5Fuc/75cP42Sc85edz/+F8AsyT0Jws8'
    '+g93h+tMVaQ/+HvJmDuf3UXeVTsg07XzDM77pM8V+JzzPLZ/vfLHL9YxiG1SaNpU1FfTalb9dIbczzDfPMaePQH0sH/UvT4JvPW1'
    '9V4M0yRe8zK/TrR8wOPFiMVFHci0DfptjLlejG1sCG+jjeG0aBwg7R+P8zsA3/2H/+6v3xPU91/cI49hAdD2GvjenQPy2DgmgPI/'
    'jEudrJW0x40VpPvJ+RvGEFrVHACM8i8fsuObhRc9LC36+/Ae6vcHnvH7pDEOAGMcbfrZ8oyZrMiwuRouzsuTD/vnahjmyvm7TR8c'
    'HLc0F6sf92OqKd6ja2+0fjvvOXNF+81jT6Pgnfl5F2Ur8u5CkQ6+/kSxneKZrOt5mXcXAK/+dcCvO89O9u95M/8Yztsr8P6eZ0tl'
    'EF0jk/mrZ/OnHnbx474gh4c9XLnN/GVg/q746cyIxa6HedLFGK0QMIA4T1k2Tw4m3MGDqwCcOMdedR+0j1/k5xsF67t7vz8umvpE'
    'H4GYh9RT/mfi6GH7geZuPlhKc3sO+HmaiR4Wdy7XxZhL7PcnIL5i6b7SeECMvTjr8dLx/g3EgvzN7uA91gD/xhyDVTAfow+78Sic'
    'TzTDPYxXobzBdM89+ry355zrs8BjlKV82/VtOO/vDl+/s7/lykE6DudvVD7a8ozdB0vnsZrN44EiX36pOF837C+dxwMQo/ISzKfz'
    'TJT4O/VMOC/4bfFbq7/l//5v4fvO322++9oj/u/fsj8ejWPs1OeEffuJpz0aCaLjWnZOmTyDHvBkOz/T4j3kGfid+x/zfCf1yh/j'
    'des35WclzGxKefWrsE/nFffpVY+7MWrX7JPl73mgb1z1uD+ezXneZo3uhL1xFfDgu1+U49Kc+DhOw1lGw44t17HjUp0F+0vtvFH0'
    'l30/Bt/PM5axqkRPCaN9R7a8xPTEzx709p7Nd78A8upWGPc1L9q9/8DuUp6F9vgqZo//xkGvv9+wjK/D2MvmMn+H7s8wHuzIXkdP'
    'pevQESH3icRDqB7H5eQVjwGfEvgL7u0wXb6B+C7o3sAx3SLwdx6LeEtE/o4xrN/er9+7dM6PI/ajdc4Z8EF/v9bBudD5u825EGNf'
    '1e7oOr1uHp1zwr1FnrfuwdJ53AP9vRd44roH7eYR53/1T+3eew98904S4xrGa5xcQJ89yHyIL0SLkb0X5rTzoH892lQ0erof9kHq'
    '6VLZ4qzZcnKWt9XF1j3p0SbmymmL2dZLD5XSe5TzomPP+B3T/dDG8TtL3U+Sd1Hk86+e9MuD0x/R720dFmbOEW88NJ6W7lmew4ju'
    'WZ77SDp74ZlmMZz5nThYGhMbNTZYJ4t0Y6Jn7D9CfqUFm6amv/8fPP7u6A=='
)
