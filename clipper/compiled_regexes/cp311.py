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
 ('[A-ZÀ-ÖØ-ÞА-Я](?<!\\w[A-ZÀ-ÖØ-ÞА-Я])', 0, 32, 49614, 292, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 49906, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 49926, 32, 0, {}, (None,)),
 ('[\\d_]', 0, 32, 49958, 18, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 49976, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 50138, 16, 0, {}, (None,)),
 ('[\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]{2}', 0, 32, 50154, 112, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 50266, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u052f\\u0600-\\u06ff\\u0750-\\u077f\\u08a0-\\u08ff\\ufb50-\\ufdff\\ufe70-\\ufeff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u1f00-\\u1fff\\u0900-\\u097f\\u0980-\\u09ff\\u0a00-\\u0a7f\\u0a80-\\u0aff\\u0b00-\\u0b7f\\u0b80-\\u0bff\\u0c00-\\u0c7f\\u0c80-\\u0cff\\u0d00-\\u0d7f\\u0d80-\\u0dff\\u0e80-\\u0eff\\u1000-\\u109f\\u10a0-\\u10ff\\u1200-\\u137f\\u1780-\\u17ff\\u0530-\\u058f]', 0, 32, 50472, 334, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 50806, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 51002, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 51056, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 51080, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 51104, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 51147, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 51409, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 51703, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 51721, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 51738, 29, 0, {}, (None,)),
 ('[{};=<>"\\\\]', 0, 32, 51767, 28, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 51795, 124, 0, {}, (None,)),
 ('[\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000]', 0, 32, 51919, 206, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 52125, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 52255, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 52462, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 52732, 230, 0, {}, (None,)),
 ('[、・]', 0, 32, 52962, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 52980, 104, 0, {}, (None,)),
 ('[尽盡]在\\S{0,10}(app|客户端|客戶端)\\s*$', 2, 34, 53084, 75, 1, {}, (None, None)),
 ('[가-힣]+(?:의|는|을|를|한)$', 0, 32, 53159, 128, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 53287, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 53706, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 53722, 44, 1, {}, (None, None)),
 ('\\((foto|bild)\\s*:[^)]{1,60}\\)\\s*$', 2, 34, 53766, 78, 1, {}, (None, None)),
 ('\\((foto|imagem)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 53844, 87, 1, {}, (None, None)),
 ('\\((foto|imagen)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 53931, 87, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 54018, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 54107, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 54226, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 54301, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 54382, 16, 0, {}, (None,)),
 ('\\[([^\\]\\n]*)\\]\\((?:https?://|//|/|#|\\.\\.?/|mailto:)[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*(?:\\s+\\"[^\\"]*\\")?\\)', 0, 32, 54398, 186, 1, {}, (None, None)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 54584, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 54620, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 54733, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 54777, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<\\"/^:])', 0, 32, 54801, 28, 1, {}, (None, None)),
 ('\\\\[\\\\*_\\[\\]]', 0, 32, 54829, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 54853, 44, 0, {}, (None,)),
 ('\\b(afficher|charger) (ce|le) contenu (externe|tiers)', 2, 34, 54897, 141, 3, {}, (None, None, None, None)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 55038, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 55521, 277, 1, {}, (None, None)),
 ('\\b(straight|directly|direct) (to|into) your inbox', 2, 34, 55798, 145, 2, {}, (None, None, None)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 55943, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 56792, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 56900, 33, 0, {}, (None,)),
 ('\\bi (agree|consent) to the (processing|storage|use) of my\\b', 2, 34, 56933, 168, 2, {}, (None, None, None)),
 ('\\bplus\\b.{0,20}artikel', 2, 34, 57101, 48, 0, {}, (None,)),
 ('\\bum (den|diesen) inhalt (von .{1,60} )?zu laden\\b', 2, 34, 57149, 116, 2, {}, (None, None, None)),
 ('\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b', 2, 34, 57265, 193, 5, {}, (None, None, None, None, None, None)),
 ('\\d', 0, 32, 57458, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 57472, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 57500, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 57647, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 57862, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 57994, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 58113, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 58174, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 58286, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 58413, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 58534, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 58808, 134, 0, {}, (None,)),
 ('\\s*,\\s*(?P<name>[가-힣A-Za-z0-9&]{2,20})(?=\\s*(?:[.(<]|무단|all rights|저작권|$))', 2, 34, 58942, 231, 1, {'name': 1}, (None, 'name')),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 59173, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 59310, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 59367, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 59486, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 59514, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 59530, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|ostatnia\\ aktualizacja|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|päivitetty\\ viimeksi|τελευταία\\ ενημέρωση|güncellenme\\ tarihi|oluşturulma\\ tarihi|pembaruan\\ terakhir|ultima\\ actualizare|última\\ atualização|güncelleme\\ tarihi|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|yayınlanma\\ tarihi|senest\\ opdateret|utolsó\\ frissítés|aktualisiert\\ am|data\\ publicării|data\\ publikacji|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|son\\ güncellenme|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|sist\\ oppdatert|son\\ güncelleme|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|zaktualizowano|עודכן\\ לאחרונה|פורסם\\ לראשונה|प्रकाशित\\ तिथि|ปรับปรุงล่าสุด|aktualizováno|giriş\\ tarihi|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|yayın\\ tarihi|วันที่เผยแพร่|aktualisiert|aktualizacja|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|opublikowano|δημοσιεύθηκε|δημοσιεύτηκε|опубликовано|עדכון\\ אחרון|תאריך\\ פרסום|تاريخ\\ النشر|अंतिम\\ अपडेट|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|güncellendi|güncellenme|modifié\\ le|oluşturulma|postado\\ em|publication|publikováno|updated\\ at|updated\\ on|ενημερώθηκε|опубликован|تم\\ التحديث|نشر\\ بتاريخ|แก้ไขล่าสุด|actualizat|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|güncelleme|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publicerad|publicerat|publiceret|publikálva|publiziert|publié\\ le|päivitetty|uppdaterad|uppdaterat|yayınlandı|yayınlanma|zveřejněno|δημοσίευση|آخر\\ تحديث|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|frissítve|julkaistu|közzétéve|megjelent|módosítva|opdateret|oppdatert|publicada|publicado|publisert|published|xuất\\ bản|đăng\\ lúc|ενημέρωση|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|publicat|released|upraveno|изменено|обновлен|פורסם\\ ב|نُشر\\ في|पब्लिश्ड|प्रकाशित|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|udgivet|updated|создано|نشر\\ في|अपडेटेड|เผยแพร่|creado|dodano|edited|issued|posted|publ\\.|publié|tayang|update|uppd\\.|vydáno|อัปเดต|อัพเดท|datum|fecha|filed|giriş|stand|עודכן|פורסם|تحديث|अपडेट|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 59794, 6547, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 66341, 55, 0, {}, (None,)),
 ('\\s+(?:on|le|am|el|em|at|à|il|vom|den)$', 0, 32, 66396, 92, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 66488, 289, 0, {}, (None,)),
 ('\\s+(?:października|maaliskuuta|marraskuuta|październik|σεπτεμβρίου|φεβρουαρίου|heinäkuuta|helmikuuta|huhtikuuta|joulukuuta|septembrie|septiembre|szeptember|tammikuuta|toukokuuta|δεκεμβρίου|ιανουαρίου|augusztus|decembrie|diciembre|februarie|fevereiro|kesäkuuta|listopada|listopadu|lokakuuta|maaliskuu|marraskuu|noiembrie|noviembre|octombrie|september|septembre|setiembre|settembre|syyskuuta|αυγούστου|νοεμβρίου|οκτωβρίου|czerwiec|december|decembre|desember|dezember|dezembro|dicembre|décembre|elokuuta|febbraio|februari|february|grudzień|heinäkuu|helmikuu|huhtikuu|ianuarie|joulukuu|kwiecień|kwietnia|listopad|november|novembre|novembro|prosince|prosinec|setembro|sierpień|sierpnia|stycznia|tammikuu|toukokuu|wrzesień|września|července|červenec|απριλίου|сентябрь|сентября|agustus|aprilie|augusti|ağustos|czerwca|febrero|februar|február|fevrier|février|gennaio|grudnia|haziran|janeiro|januari|january|janvier|juillet|kesäkuu|lokakuu|március|october|octobre|octubre|oktober|október|ottobre|outubro|styczeń|syyskuu|április|ιουλίου|ιουνίου|μαρτίου|августа|декабрь|декабря|октябрь|октября|февраль|февраля|אוקטובר|กรกฎาคม|พฤษภาคม|agosto|aprile|aralık|august|březen|března|elokuu|giugno|januar|január|jänner|július|június|květen|května|lipiec|luglio|lutego|maggio|martie|marzec|temmuz|červen|června|август|апрель|апреля|ноябрь|ноября|январь|января|אוגוסט|נובמבר|ספטמבר|פברואר|أكتوبر|اكتوبر|حزيران|ديسمبر|سبتمبر|فبراير|نوفمبر|มกราคม|เมษายน|abril|april|avril|duben|dubna|enero|eylül|iulie|iunie|julho|julio|junho|junio|kasım|leden|ledna|lipca|maerz|marca|march|maret|marts|marzo|março|mayıs|május|nisan|srpen|srpna|szept|února|říjen|října|şubat|марта|אפריל|דצמבר|ינואר|أبريل|أغسطس|أيلول|ابريل|اغسطس|نيسان|يناير|يوليو|يونيو|aout|août|ekim|febr|févr|janv|juil|juin|juli|july|june|juni|luty|maio|maja|mars|mart|mayo|márc|märz|ocak|sept|září|únor|июль|июля|июнь|июня|март|сент|יולי|יוני|آذار|أيار|تموز|شباط|مارس|مايو|abr|ago|agt|agu|apr|aug|avr|ağu|cze|dec|des|dez|dic|déc|eki|ene|eyl|feb|fev|gen|giu|gru|haz|ian|iul|iun|jan|jul|jun|júl|jún|kas|kwi|lip|lis|lug|lut|mag|mai|maj|mar|may|mei|máj|mär|nis|nov|oca|oct|okt|ott|out|paź|sep|set|sie|sty|tem|wrz|ápr|şub|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв|מאי|מרס|מרץ)\\.?\\s+\\d', 2, 34, 66777, 5981, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 72758, 220, 0, {}, (None,)),
 ('\\s+[>›»/]\\s+', 0, 32, 72978, 119, 0, {}, (None,)),
 ('\\s+[^\\s:：]{1,12}[:：]', 0, 32, 73097, 38, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 73135, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 73168, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 73209, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 73230, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 73288, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 73314, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 73330, 16, 0, {}, (None,)),
 ('^(.{4,60}?)\\s=\\s', 0, 32, 73346, 30, 1, {}, (None, None)),
 ('^(?:[(\\[]?[^=()\\[\\]]{1,12}=[^()\\[\\]]{1,12}[)\\]]\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 73376, 124, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 73500, 179, 0, {}, (None,)),
 ('^(?:[가-힣][가-힣0-9_]{1,11}|[a-z][a-z0-9_.]{2,19})$', 0, 32, 73679, 153, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 73832, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 74027, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 74407, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 74462, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 74576, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 74873, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 75051, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 75108, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 75165, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 75222, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 75279, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 75340, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 75397, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 75437, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 75620, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*[:|]', 2, 34, 75780, 211, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 75991, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 76073, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 76213, 30, 0, {}, (None,)),
 ('^.{0,80}[（(](?:[^（）()]{0,20}[／/])?[^（）()]{0,14}(攝|摄|資料照|资料照|資料圖|资料图|翻攝|翻摄)[）)]\\s*$', 2, 34, 76243, 148, 1, {}, (None, None)),
 ('^.{0,80}。\\s*(?:記者|记者)?[^\\s。／/]{1,12}[／/]\\s*(攝影|摄影|攝|摄)\\s*$', 2, 34, 76391, 215, 1, {}, (None, None)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 76606, 97, 1, {}, (None, None)),
 ('^.{5,120}\\((رويترز|الفرنسية|أسوشيتد برس|الأناضول|غيتي|الجزيرة|وكالات|أرشيف|الأوروبية|مواقع التواصل)\\)\\s*$', 2, 34, 76703, 220, 1, {}, (None, None)),
 ('^.{5,160}[.·]\\s*(ΑΠΕ-ΜΠΕ|ΑΠΕ|Eurokinissi|EUROKINISSI|Reuters|AP|AFP|EPA|Intime|INTIME NEWS)\\s*$', 2, 34, 76923, 322, 1, {}, (None, None)),
 ('^.{5,80}\\.\\s*[가-힣A-Za-z0-9]{2,10}\\s*(db|자료사진)\\s*$', 2, 34, 77245, 186, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 77431, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 77532, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 77558, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 77582, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 78092, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 78116, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 78140, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;){1,2}\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]{0,2}\\s*$', 0, 32, 78161, 413, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 78574, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 78715, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 78837, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 78858, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 79049, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 79102, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 79121, 171, 0, {}, (None,)),
 ('^\\W{0,3}(?:©|ⓒ|\\(c\\)\\s|copyright\\b)', 2, 34, 79292, 72, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 79364, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 79402, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 79481, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 79637, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 79793, 845, 0, {}, (None,)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+es (periodista|redactor(a)?|corresponsal|columnista)\\b", 2, 34, 80638, 428, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is (a|an|the) [^.]{0,80}\\band (the )?(co-?)?author of\\b", 2, 34, 81066, 390, 4, {}, (None, None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is an? (senior |staff |contributing |freelance |former |national |political |award-winning |associate |general assignment )*(writer|reporter|editor|journalist|correspondent|contributor|columnist|blogger)\\b", 2, 34, 81456, 841, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){1,3}\\s+(leitet das ressort|beschäftigt sich mit den themen|ist (freie[rn]? )?(redakteur|journalist|autor|korrespondent|volontär)(\\*?in)?\\b)", 2, 34, 82297, 638, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 82935, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 83779, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 83925, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 84116, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 84162, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 84408, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 84486, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 84698, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 84930, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 85041, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\d+|una?)\\s+(risposte|risposta|commenti|commento|pensieri)\\s+(a|su|per)\\s+\\S', 2, 34, 85288, 269, 3, {}, (None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 85557, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 85681, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(credit|courtesy)\\s*:', 2, 34, 86303, 78, 1, {}, (None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 86381, 369, 2, {}, (None, None, None)),
 ('^\\s*(fot\\.?|foto)\\s*:?\\s*(agencja gazeta|pap|east news|shutterstock|getty images)', 2, 34, 86750, 223, 2, {}, (None, None, None)),
 ('^\\s*(foto|bild)\\s*:', 2, 34, 86973, 63, 1, {}, (None, None)),
 ('^\\s*(foto|bilde)\\s*:', 2, 34, 87036, 65, 1, {}, (None, None)),
 ('^\\s*(foto|bild|quelle|grafik)\\s*:', 2, 34, 87101, 98, 1, {}, (None, None)),
 ('^\\s*(foto|billede)\\s*:', 2, 34, 87199, 69, 1, {}, (None, None)),
 ('^\\s*(foto|ilustrasi)\\s*:', 2, 34, 87268, 88, 1, {}, (None, None)),
 ('^\\s*(foto|imagem)\\s*:', 2, 34, 87356, 67, 1, {}, (None, None)),
 ('^\\s*(foto|imagen|fotografía)\\s*:', 2, 34, 87423, 90, 1, {}, (None, None)),
 ('^\\s*(foto|sursa|sursă)\\s*:', 2, 34, 87513, 93, 1, {}, (None, None)),
 ('^\\s*(foto|zdroj|ilustrační foto)\\s*:', 2, 34, 87606, 103, 1, {}, (None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 87709, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 87858, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 88446, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 88652, 199, 1, {}, (None, None)),
 ('^\\s*(les (også|mer))\\s*:\\s*\\S', 2, 34, 88851, 93, 2, {}, (None, None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 88944, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 89291, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 89599, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 89728, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 89975, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 90343, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 90458, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(tento web|tato stránka|používáme|web) (používá )?(soubory )?cookies', 2, 34, 90747, 188, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 90935, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 91280, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 91791, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 92249, 162, 2, {}, (None, None, None)),
 ('^\\s*(vi|denne hjemmeside|hjemmesiden|sitet) (bruger|anvender) cookies', 2, 34, 92411, 207, 2, {}, (None, None, None)),
 ('^\\s*(vi|dette nettstedet|nettstedet) (bruker|benytter) (informasjonskapsler|cookies)', 2, 34, 92618, 240, 3, {}, (None, None, None, None)),
 ('^\\s*(weitere|mehr) (\\w+ )?(beiträge|artikel|kolumnen|themen|informationen|news|nachrichten)\\b[^.!?]{0,40}:?\\s*$', 2, 34, 92858, 290, 3, {}, (None, None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 93148, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 93535, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 94099, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 94366, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 94841, 71, 1, {}, (None, None)),
 ('^\\s*(źródło|fot\\.|foto|zdjęcie)\\s*:', 2, 34, 94912, 95, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 95007, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 95353, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 95428, 146, 1, {}, (None, None)),
 ('^\\s*(图源|圖源|图片来源|圖片來源)\\s*[:：]', 2, 34, 95574, 77, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 95651, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 95786, 113, 2, {}, (None, None, None)),
 ('^\\s*(撰文|作者|記者|记者|攝影|摄影|文字|採訪|采访)\\s*[:：]\\s*$', 2, 34, 95899, 116, 1, {}, (None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 96015, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(읽는\\s*시간|읽기\\s*시간)\\s*[:：]?\\s*(약)?\\s*\\d+\\s*분', 2, 34, 96089, 139, 2, {}, (None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 96228, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 96305, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 96432, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 96802, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 96844, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 96937, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 96983, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 97853, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 98278, 510, 1, {}, (None, None)),
 ("^\\s*[\\w'’.&!-]+( [\\w'’.&!-]+){0,3} newsletter\\s*$", 2, 34, 98788, 268, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 99056, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 99129, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 99339, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99422, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99566, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99712, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99842, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 99970, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 100086, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 100589, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 100761, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 101016, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 101202, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 101389, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 101842, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 102063, 171, 1, {}, (None, None)),
 ('^\\s*\\(?\\s*credits?\\s*:', 2, 34, 102234, 76, 0, {}, (None,)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 102310, 1360, 0, {}, (None,)),
 ('^\\s*\\(\\s*[a-z]{2,4}\\s*/\\s*[a-z]{2,4}\\s*\\)\\s*$', 2, 34, 103670, 272, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 103942, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 104010, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 104088, 311, 1, {}, (None, None)),
 ('^\\s*\\[?광고\\]?\\s*$', 2, 34, 104399, 48, 0, {}, (None,)),
 ('^\\s*\\[[^\\]\\n]{0,30}(자료사진|제공|촬영|=\\s*연합뉴스|연합뉴스\\s*tv)[^\\]\\n]{0,30}\\]\\s*$', 2, 34, 104447, 139, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 104586, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 104667, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 104757, 130, 1, {}, (None, None)),
 ('^\\s*\\d+\\s+(odpowiedzi|komentarzy|komentarze)\\s+(na|do)\\s+\\S', 2, 34, 104887, 168, 2, {}, (None, None, None)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 105055, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 105131, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,2}\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 105206, 130, 1, {}, (None, None)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 105336, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 105393, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 105440, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 105479, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 105518, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 105692, 97, 1, {}, (None, None)),
 ('^\\s*baca\\s+artikel\\s+.{0,100}\\s+selengkapnya\\s*$', 2, 34, 105789, 122, 0, {}, (None,)),
 ('^\\s*back to (the )?(top|home|homepage|start|blog|gallery|list|overview|index|search|main menu|reading|all \\w+|\\w+ home)\\b[\\w -]{0,30}$', 2, 34, 105911, 335, 2, {}, (None, None, None)),
 ('^\\s*by\\s+', 2, 34, 106246, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 106278, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 107243, 80, 0, {}, (None,)),
 ("^\\s*condividi (questo articolo|quest'articolo|questa notizia)\\b", 2, 34, 107323, 161, 1, {}, (None, None)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 107484, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 107567, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*download (our|the) .{0,30}app\\b', 2, 34, 107616, 76, 1, {}, (None, None)),
 ('^\\s*download\\s+(apps?|aplikasi)\\b.{0,60}$', 2, 34, 107692, 111, 1, {}, (None, None)),
 ('^\\s*end of list\\s*$', 2, 34, 107803, 62, 0, {}, (None,)),
 ('^\\s*list \\d{1,2} of \\d{1,2}\\s*$', 2, 34, 107865, 78, 0, {}, (None,)),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 107943, 105, 1, {}, (None, None)),
 ('^\\s*partage[zr]? (cet|cette) (article|publication)\\b', 2, 34, 108048, 135, 2, {}, (None, None, None)),
 ('^\\s*recevez .{0,60}(dans votre boîte (mail|e-mail|de réception)|par e-?mail)', 2, 34, 108183, 195, 2, {}, (None, None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 108378, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 108463, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 108620, 48, 0, {}, (None,)),
 ('^\\s*teilen? (sie )?(diesen|den) (beitrag|artikel)\\b', 2, 34, 108668, 161, 3, {}, (None, None, None, None)),
 ('^\\s*temps de lecture\\s*:?\\s*\\d+\\s*min(utes?|\\.)?\\s*$', 2, 34, 108829, 162, 1, {}, (None, None)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 108991, 207, 3, {}, (None, None, None, None)),
 ('^\\s*volver (a la |al |a )(portada|inicio|arriba|listado|blog|índice|búsqueda)\\b[\\w -]{0,30}$', 2, 34, 109198, 236, 2, {}, (None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 109434, 124, 3, {}, (None, None, None, None)),
 ('^\\s*της\\s+(?P<names>.+)$', 2, 34, 109558, 51, 1, {'names': 1}, (None, 'names')),
 ('^\\s*المصدر\\s*[:：]?\\s*[^.\\n]{0,60}$', 2, 34, 109609, 77, 0, {}, (None,)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 109686, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 109790, 48, 0, {}, (None,)),
 ('^\\s*【(画像|写真|動画|図表|グラフ)】', 2, 34, 109838, 65, 1, {}, (None, None)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 109903, 77, 2, {}, (None, None, None)),
 ('^\\s*分享(至|到)\\s*(facebook|whatsapp|line|twitter|x|telegram|threads|微信|微博|qq)\\s*$', 2, 34, 109980, 209, 2, {}, (None, None, None)),
 ('^\\s*分享到[:：]', 2, 34, 110189, 31, 0, {}, (None,)),
 ('^\\s*残り\\s*\\d[\\d,]*\\s*文字\\s*$', 2, 34, 110220, 75, 0, {}, (None,)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 110295, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 110562, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 110600, 29, 0, {}, (None,)),
 ('^also read:?\\s', 2, 34, 110629, 43, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 110672, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 110716, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 110772, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 110831, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 110869, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 110972, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 111061, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 111213, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 111294, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 111465, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 111518, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 111634, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 111758, 60, 1, {}, (None, None)),
 ('suscr[ií]b(e|i)(te|rse)( aquí)? a (nuestro|nuestra) (boletín|newsletter)', 2, 34, 111818, 351, 5, {}, (None, None, None, None, None, None)),
 ('whatsapp\\s+channel', 2, 34, 112169, 51, 0, {}, (None,)),
 ('whatsapp\\s+kanal', 2, 34, 112220, 47, 0, {}, (None,)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 112267, 99, 1, {}, (None, None)),
 ('ακολουθήστε\\s+.{0,40}(google\\s+news|viber|facebook|instagram)', 2, 34, 112366, 176, 1, {}, (None, None)),
 ('جميع\\s+الحقوق\\s+محفوظة', 2, 34, 112542, 68, 0, {}, (None,)),
 ('◎\\s*공감언론', 2, 34, 112610, 30, 0, {}, (None,)),
 ('コメントは(承認制|管理者の承認後|管理人の承認後)', 2, 34, 112640, 77, 1, {}, (None, None)),
 ('コメントは個人の見解', 2, 34, 112717, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 112765, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 112809, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 112855, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 112887, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 112935, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 112987, 40, 1, {}, (None, None)),
 ('未经.{0,10}(授权|许可).{0,10}(转载|复制)', 2, 34, 113027, 68, 2, {}, (None, None, None)),
 ('無断(転載|複製)', 2, 34, 113095, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 113131, 24, 0, {}, (None,)),
 ('观点仅代表作者本人|仅代表作者观点|僅代表作者(本人)?觀點|仅代表该作者或机构观点', 2, 34, 113155, 192, 1, {}, (None, None)),
 ('광고\\s*차단.{0,10}(해제|감지|사용\\s*중)', 2, 34, 113347, 75, 1, {}, (None, None)),
 ('구독\\s*하(세요|기)', 2, 34, 113422, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 113468, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 113498, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 113548, 74, 0, {}, (None,)),
 ('댓글은?\\s*(관리자|운영자).{0,10}(승인|삭제)', 2, 34, 113622, 83, 2, {}, (None, None, None)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 113705, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 113765, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 113817, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 113847, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 113881, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 113943, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 113978, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 114024, 48, 0, {}, (None,)),
 ('자동\\s*요약한\\s*결과', 2, 34, 114072, 46, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 114118, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 114144, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 114170, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 114223, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 114263, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 114305, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 114355, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 114456, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 114510, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 114563, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrsfQt8HkW1+O73Sr68viRNm7SU0pY+0vcbSlughQIVQZCXImhNmzSxTZMQk5bGYgvi4yoq96JXr14fV9Q/aH2AekUReYg8VJSH'
    'gGiV9t5yAR9XFEQFrvlnd890znd2Zmdmd78kDbv8wvTbnTnzOnPmnDNnzqmxLKti6M8e+ssN/Q0OPamh1PmbNvR3icWfWnhXC++b'
    'hv6q4JtTrnooLRv6Gw953gxpBeSxyftmyN8Evzsg7SNpD+TJEThvR/9eBekilBaG/pZCHaJv84b+suTdLPTuWHjn9LkG3i2UtGUh'
    '+jeDNW7orw7ebYe0BdK3QdpJ+tqN+lOAebCgzmoy1uUw1hNgLOfAuyrUtkboByvHxj0svFp4H7Z8PbSpCb1z/p2HfzNYGUnd08n4'
    'O/kb4D3OU4/aasP8ZRAsp5yDF1MBP7IIZgFwthz6SNsimhebjMMEmOsB+PeTzndUvwNjMtRTDXU77Z2P1gari/VF1JZqhN8LoK5x'
    'Q51qmOpvaw76Sccjg8bjnfCb9aka5mY81FuAtALq3Ij6VA34XAH1WHbwkyK/0/aYetzhTa219loRnrUB3zKKskPzrqzbmc+tQHud'
    '+WuF+csk8+egtHW1FemZHvj1s2oAlNbkCc0V0ck6+LeznpdkvXJvI+vUZJ5V836EP2l3YK50yVl5qFn2UCXguwYIg/ktA/rdBHOY'
    'QjQ7C3uAtc+yrn+8eL+Zanv7C+PbbFSujJV73VDdn/Foe3ZxMR8xSdJWW7I32SHrqof2vjD092coU4nqc55/eNvV4WdwcM8eC62T'
    'zWRPfguMVToEXbPHIF3b+9ZIdC0V9LEc8BPjzhWooC6/l8z7kT3v9WT/cvDgS0AL0wb0LvJ+lR578+gSzaJnbzyTKHqm+l8le1Wy'
    'VyV7VbJXjdW9qt6QxjGd58q8l6YgXQHpSZDOIil7PwP9dtrxC8Ap593UO7306nu99Lkfgu7wK1764D1emR+jMrt/6qWvfNtL77vZ'
    'Sz9/l5fe8rBX5vuAt867Z67w0nv+1Ut/frGXHrzAy/sNlPex93vpvveL896A8h69j7fTSRd/1UuvvdfL+ymUd/dNMB7Q58y9xX38'
    'F5SXjguF+16Utwn6/a27xHl3o7z7Ic8rt4rzXobyXg51L39InHcLypu5D3BEAvcSlPeWR7z0ofvF43Au4Kbzblcv4M724jk4A+Vx'
    'Jk9U50koz7egDwfuKq5rBcrznYe9tOqR4jzzkR5yyRu9tOZS79tM9O0Lm7z0/Gu9b1PQtybApexe71sj+vb1DxR/q0XfaJ/y6Bsd'
    'N8yLvj2E7N2EWC8h3beD9QimddWQPYLNwzzgSxbA2QOlZ7WgO2yC9mEYOZSf6Y3x/leH8uMzDxM49XGOacrtytSgMTWtL9GHKfRh'
    'ijEP3nlTkQUQJgd8dgjJHgf8KB/05q4FQORg7i7FfJOp6k7Rkbgfa4SfqWh9hHkwnei0uCyPz7DsxV768mLO6yZzNvJzxs4R84Pe'
    '2rp/SAC/N5vQv9F4HjCSskdtAE+WD+DJTM+pGF3A+/ClBjLwGH9SoNabEZpw7FUeESfnTokuL9HlJbq85NwpOXdKzp2SvSqhWcle'
    'lcz7CJ87ObjwUkj+PDmHSs6hknOoI+ccqj45i3pVn0UlutfRd/aE12ed4TpR3bFpJDpPbKvPaMWMeziddtryGsG3ux/zvp2Cvm04'
    '30vPPs/7tlrw7ZqN3rfl6FvF63ieAqwd9q2SfJsF35qhH066HcbsGPSth3xja5aVY2uZ5WG/C2jNMThBecPOUz2Uobx2ishpFWSu'
    '0ob8GLtLyO7znYjenbLFe7cSvXuxzXu3DL1z+IAC9LkGxqED1WkFtLkAC2kKGreMxe/fsb6kFH3Pot/4rG+hIK8d4d5KxqBNddAu'
    'fMeRjXvBoF6nHzlYM3Uhyl59m3hPvyjkPltJ9oecVXzH9eFd5nDrAI7J2JbFNLZOe8OObfkD/rFl43uGFW4cyhG9FdGxRQF0rNmA'
    'jh1tQMfqof3Ot360xp201yrmJ9m3HMwZpYN5NEZX2eFwkN5vbkbjVwHtuAFS2u4+SDdD2ypRnnbUf5Y3DK0wPytMjXm9xeFLw6Ee'
    '5VGhEf7o7KcOfjYo8G4VgamiW0yfcivYeLEzZqZbne3Dm9Sr+rEC9IYCpnlvGMyy0VrHNOs8RM8GyLfXIrrDaEUbzB/bD98O6R6g'
    'cQwO433zgvI4z1LET63JFMNel/HSd03msFdlvHIzUNt2kjYxvw5LUJs2kb41AJ7qlu9D+42M5ldK1s+ckDIwhTM/JjkI+17IItgF'
    '0BGwd7PQPGaRXZnz7jjoLxsLvId3QdpqcR8fNG+/JO9U6BvO20b2KaYLwnl2WcW6IFoe793428pMuL0vSMbMQD0ziEy5BNITLL/e'
    'ainTX1l+vRX7toLgnIj+it4xfm+C5Dvzl6JL30X4T8eB+bHJIV5lluJMpSJGnZiOrwymz1wG7atCeEzXH8NVW8BPdRNcbpPwU3aJ'
    '+2JaH16z7agvMtwuI3QD+2rZDTQ9qv+RUaD+ErzLROIJ3xPN/8j0sAVrNd/qrjWMY2Vwzo7P8tcN/b0JwawlMIvPSAfTDq8j43dY'
    'ff8P9mZmQ4BxWmZDgGluHzrronR1zve89D/u9NuqlJG99wJIL0L8rTOp70RtszTaFjRebyMwouikR9RoUv9JG8lWCpwJesLYbBck'
    'OInxpDnkGXEU/MT4llLY09Qb7Ad1BL6OvU4dOScyHQt6Zsfs4999b/FZ9aGbg32+xcETZ6zofsjY/s3uY+ju37q8ein9ox2wiv2j'
    'ydpUGUObsO5uKtJVYdmgV5KvVSGvmazDiZr63kmDYt2Kar/sg34kZ4yCM8a9Ic8X1U+5js1+GL4H08gswoEUoYeytVMe49oR6Xvb'
    'BGsoWQ/Jeni1rocOIqMn6yFZD6N5PeRHYD0E6fOTtZKsldG6VjIxrZVN6AwhwfcE30crvlfFhO+tErm6l8gQrWQveRrS/0Z7SLJe'
    'kvUyWtdLXUzrpU3DPqCLrKVNBmX7BPoudiaHYe4QnDcm6y9Zf6N1/ZXFtP46yLrYRPapRKZP1sFoXgfZmNZBD1kHCd4neP9q0GX1'
    'EHrfRXRbnQoeK9FvJesn2TeSM5AE748MvK8sAd6r7iz0CXRfInk+0REna2c0r52KmNYO1QWL9hDRukn2lmR9jOb1UTMC60NHdyzS'
    '9yZ7TrKmXi17ji5/RtfXrmTNJGvmVawbo/zX5eh9si6SdXGkrYvcMKyLBP8T/B/r8nsQ/jM+it6pYvmT9ZGsj9G6PupHaH20kd9b'
    'iDzSp6lrTtZcsuaSNae35nYlay5Zc8nZf6Q1l9gMJ3h/JOF9XHdcdlri+41B9vd9AjuzRIeWrKFX6xnnYuKPcyn449w7mZ/ZlMO3'
    'U+Db1ZPBf89k/7nOSZDnKuTPc22Gr7Eg3586deE26+Q9K8N9QCbrOVnPY/0ezXCt52QtJWtpLK8l3f1lRYb7rI66tyVrKllTY9kP'
    'h4OPl57D47ol+J7g+1jH96+3eul72xJ8T/B99OJ7OiZ8T/A8wfNXA13HsWsTfE/wfczzMR9I8D3B99GP7ymosxH+MC6yONr9kDL7'
    'eRo/0XnH7mltR3lpfEzWVozP86ziuNh1qN1hYuA2WjyGrCp2X9i4rvUa/KBTz40wBnPhnaP3engGj/nOxq7Z4r7+WWw0J4+j5ppk'
    'FccBYDYLPejcVfdMl8Uz6rCixbh0xng5wRXa5/mCPs/W6PMU6Hcp+yyK1VVv2P9u0v9Ghb2V7n3HzVZxvCwcb1AnziBboyx+62o0'
    '1rrlRX7FoviTweOPfQk47RsH60pkyyaKhyeCYYq/LAbt8ZZ/D2Wx6oJig4aJb4Np3gJIx001a7duG+st87iKMn5jPsIn0z7jGPK1'
    'ANf5Pp6Vdwqdf3j7E4bmKgDubLGK44S/FZ07JHFTadzUQXcoShk3lcZ8ege8X53M95if73GITzORbQqAE0Ux7+rU+PC4XYwP2QQf'
    'RgU+XDb0j2mEX+hEKfWjHYZXC+IrnDaca3N6s/xWL33mZu/ba9C3Db1eemq79+0U9G1uu5f+7J3AM9kejjrvrtzlpZu2eWnnh730'
    'ig97eRcjONMu89KvtHnf5tiePC8bH9EdGupDY7NgTDB/WGtz/q5PwD+Z3gHoldwfkNmIqubnmaG/YyTtaw1xV6FTs4xT9/1Df0fH'
    'WLdOnftAvsR19gtsaoPGVmT7J8ujE/stjM1vUN4CwJthqW2nguKWr8gU9+PkDLeX0rHNYnmc9rwOZEfcj1csHmcd10N9J28juNUi'
    'GTOn/2w82DgsBtlVFDNdFgcer+9O1AbV/FBa0WOJfaTvRL8LVnH8xqwVHKOaxZ7KWjy2LJMHcJzGhQI+30RXg2NVYh7CluhXo+iE'
    'wtTD4l7K4pSLYpEvlsijunqlLHyzVPJn1lwWc8o9ZxfzY5MM96ZuwR4l0q/NRzzCI7aXR3SXrV1CkwfInAXBv9X24nTS9RvU7hYN'
    'uF8ge7doD2qx1H50g+q4ZugfDTGOxeW2J/er2qyCs4XAkeGGCs4FtlovhutosYr9UQTBPtHmesJlmWAbXPxtOXy7kuwhqvqm2TwO'
    '79oaL50N6UxIl9ao4RRsrs/bRnhlnTketMTlceyZoPJ/ROVZuZcQr6kq/yQqH2Zd/SygvA5O3Q7yZxzrbx/sfaa492lUDs+Bqty1'
    'qFw/4k1U5a5CfT4Qsc/dqA3LMvp41wL7iS6eXYjy79DI/xqU/4DO+od9M4g/VMGYj84t5lv8jCJLdOjT0bvd8O5o9G4RvHPqm6Co'
    '1yQG+IKIZxQthMfIEZ5mxj1emrmPzwH9dvdjIC+jbxvO99Kzz+NnDPTbNRu9b8vRt4rX8TwF6B/7Vkm+zYJveG1uh/E4Bn3rId+Y'
    'LhvvgQuJHLCQ6KIYnKC8+Ly1zPCsoQ7em/CteUPdWhadbbL1wd6dssV7txK9exF0FMvQu/13ee8WIhrRgeoM4ksLwGtMIXrbJkNe'
    'OIt+43OIhYK8dsjznzqAY8KfV8KaOlag0zRZ0zlYM3Uhyl59m58eOG26KMTZjI6NycO7wp35VBmObXVMY+u0N+zYlj/gH1s2vmeE'
    'PPuqQfRWRMcWBdCxZgM6drQBHauH9mMepAPxYVi2Zd9E5+V1CJ4zRlfZ4XCQ7pPNaPxqoR03IHsUkT6N2qNgeWp7RFuHat/5wqvM'
    'Moo8h4Wm0E9GmcP0PFy1nzr42aBpE6RLt+qZ/gF0dU2wTm3In5xLic6lvKeU51IiG5/zED0bIN+wfc12AzuZAWRfkxeUx3mWIn5q'
    'TUatF18FOu0ZqG07NfTDm0jfGiyux9Epj21/ZDS/TrJ+5hDbE1n8kih6ZR1eAuuVo+qLqX2gTvmsZHwWBvC3sv7r2vUmsl4i6yWy'
    'XiLrJbJeIuslsl4i6yWyXiLrJbJeIusNh6wn8yWUBRrN6GoZnI0tgL2QrrEyuBMV1paoGvhJXIcVQQZ0xuJUZ84iyoHaPEm7Gb+R'
    'M2xPmWF7nmorxocs4iF15tPknPKvEt60mY3NIJ9Ldv/251BfvRX3Y0On0xkri17n3C679edVICqCPlaif1ehEa0pFFvC18XXoxR5'
    'UVsrzzzVCHS5Ng1PhWv7VCwABj61Zi3WelIcMU2flG+7CvHUhu6obThGWA9RhbrA1vp4RPudND8oXrP0u4nNApXVdehapSF/3wkw'
    'slr8fQxPKj1a2fuMNpMe6lmrIwUo6y61LiJO/uVoA9yV8Su65Rk/eoJBmVLxI6Wofzj5j99p8h8OzCcgXzrhQxI+JOFDYudD4uQn'
    '4qZLCf8wdvkHXb6hEfbeMHuacx4k0pnkFDzHQskeF+Xe1aKI5+OLrOJ7Ukdbw3dfqoDOdE3KYN1WVuMsfhGZ9+TeVXLvKrl3ldy7'
    'Su5dJfeukntXyb2rxBYvscVLbPESW7zEFi+xxUts8RJbvMQWL7HFS2zxElu80XTvCuuWqxBtLSe6zlWW/P5VGcDEZ9aLQccr400x'
    'n890vrT8MpQX9xX7+qJlVgTUyfTTJrxCBslCmFfQ9ZXttP1jdjHPQH1U47zX2Ga4hXHDKb8bld8coq2ddrE/cdPyl5L2m5Y/y462'
    '7tfYan5kma3mR+baxbok3fZPRuW2GpSrQW3qIDoslicLsFUw20m5vyI6t9mgTc+CfiuKX3cG6zHUhu0a5bZBuftQOV1a65T7rmG5'
    'PoHu0QRvP432G9na/iiC3WMA+70Ido8E9jtRns2SPP2Gc8DKtQv2Ugr7LQj2JgPY5wra3UbynCEYW5rnJJRnpyTPCg2eYH5InmAK'
    '4mVovY0CeZJ9q0XfNpNvWN6TyUvsrJLxBaL4JrqydjPiIWzgUxoQD8H4CVMbi6g6V1WMPRnvUgP1zYX0UgHvgvUrLN9GwmuwWAos'
    'fx7sXVk7RWUxjzLJksfeSQN8eq5P4eO2VyKbN9H5NO431snhsctGGDv8fi7RWbF5zKFzzlqr2K9qRmCrJxpPOldB42hrjuNcia5N'
    'p92031HGP4XGv9zy+5utJvWutYLv+9cE1FWmqKsmBpsRGi+lTHBes0hAI3uRXo3l/y68OxbmTXcvwXQWx4ShdLaXfMN0tg/xYFTv'
    'WEZsSnTiqU2EdmUQ7mJ/D0G0pUBksI0Se5VGNG+25Y+Fo9veekSznL4eBfWemoNzdUhPh3QD+c3WDMu3HtJ5kvJn5rx+HHUUr2su'
    'fFsO6RKUN466nIomxlTXsWQc1kMdT0/idUQdO1kdP53k3YfDPAWTLQdsv62Kju9wvDa6NMpsI7LnjZM8OR6XuyftpY+m/fLCt+Db'
    'XwTfboZvDwq+3Qnf/pTmbbk97aU/hPSmtLrM19L+sk4/dg71Yw2p8wdQ/i7DftwB3x5D9d6d1i//Pfj2LSv6GMn6u3qSR2sxn9ki'
    'sDOKIgduIzJ5v0R/0TSJ++mnbekV2LXEVe9LE/kYjOR6cuPZQFtmA4128n0H5vM0SL9/DC93E8znben418I3J3pyk/PumwZ4+134'
    '9pzhehkOfN8z0YtLo8KdNoHMpjvv263i+HjYlsqVlydyO7k+wTmkSEYPosEq/D4F1Udj7XWWoL5ZgvrouWZfjPVVTOSx90RxbjCs'
    'bkPYzzeJx043ZuMhw/oeb+J92SrpS6ekbyrYd0BfTOOQ9Fj++EIiPKd8/eebwq811XrSWYtOG94F4+l8t8EmdCWk0yCdimxFnXQK'
    'pEsgnQhpE6Rn1YC+vInHL4q6R1K8pftQK5pbp+6zmzyZOO6xpXO4rInbpN9E9pZvEBr7QDqYb2L8j4guT2zyztbYt6D9BMO5P12a'
    'feIvjTx2D95bR9Ne9pNGD/90cSDOPewrjRwvugju7oixnusa+RrTiWW1Oca6+1Ddw8kbu7a6aHy3GZxJmO43qzVxaBdK4+K7Jzd6'
    '+g5qL0/lSxOYZWjcSiVDOPX8YUJp6C/FwUcmcBxsIW1pt/Ri+eE9vU+zjMv/G/axL2QfPzFh+PdRhi/vmMDxZQtp9w6JPKfD/+FY'
    'ia6tfkA9dFz6reBYc0H8zhmonm7B2RJ+H4WvWoDmDNP/KLRXt+4a1Eca93tzjPW8MJ77NmE84QxImyEth3R5TTGPyXjJ6YiHdO/q'
    'jOf3RvqIXHGQjGc7OY9YjO5Puvt/DLCWAqzvxABrGcD6YgywlrP9PwZYKwDW3hhgHQewtscA63iA9aYYYK1k6z8GWOxe7vIIsJZY'
    'xfd4p8UAi+F9TQywGN6/3MBhVdtiek/3gS4BrXHj2UaA1UbslB5t4PFph2NPdOq8BdXZYwXH/KX16OpD6Jh9chjqpGP7TjRPItnF'
    'RD7ehmCZ7kUU1hsDYA0YwjqtgcvTVAdMzyWC5E9dPfSt6WBZdRrqWxj+h8ke7vpv4PfX49afOvBfHMfhx60vdeD/RgA/Lv2oA/+e'
    'cX76GEYf6sD6hmQs4tB/uusftbVNIQuqZL/3IVhRdKeuvdy48DSCyjebxvnX9bMG/CqGdc648PSGwlqD5jZumcS1lUfwWw10GLo0'
    'rkqj/ZsUMr8Id5nM9kJ9cft1dE8m47+/3tv7dPfvXaSeAYPzRbZGbq/n++02AxtZKuOb1Pm5eu++dpS9nPJRPSHasRfN504Cj+6v'
    'l9jm8Dsijq2J7nK9DXdlUJ82S/rSG7Itrv6/RHNn2s86NLZBcxdHO1mdL9TxsW2X0MMwdgEM/n6Ab6pfU9EXRr/urou+hzFYN9WF'
    '500prE/X+emebF3htkfRi11Z59dzi2y6V2S89MRMMe97CuS9erKXvhuVOQfKLIF0bYa/d/f/Eaj7LKj7VJg3fN7JdFUTyHnoRIXu'
    'anGdZyMYVu52/UREgMFk9poIMJiO6v9qw8NguqnfR4DBdFK/igCD6aJ+FAEG00F9JwIMpnu6IQIMpnP6GIIRhid1YLwHwegW3KfC'
    '72W8ZX+tZ5cadKara191t0I2flOtnx4G1aWSx129NLyzJXWeWMv3Hh35ntqV3abo08yI8FX6hGo0x1sN9gusR3il4MeTzYZ48ruC'
    'Pr62SfbDX2q0o18hS9xf4D734jovduX/gn8dlOJ82Knr42gcwpwHu/fl0DjI8GKHIc/qwL0Mwd1CZPgdhvwIhnuJAG5bDHBPE4xD'
    'vwYckU9BfM9iUYg1Q3F1SoH7EnkwCzbikD4N6S/I+4cgfSYL6x/BWJn30pMhnQHpQkjPhnQ+pIvzsP5rOIwsfBtPyhwD6SkSGL9D'
    'MGaRdqzUbMcva8z3vINkvu+v8dYp5r8PkrI68qWOXcBXa7gPy4MC3b0OjoU9z3Dq/1CNen9/XkG3r6hR04kwOq92NA8tIew0TOwz'
    'zkJ9aJecK3WF0HsdJxjfPsM1PhPB0NFL4HxMn9Ig6J9M/jbR0/yj2oMbVe9G5flnqtU4FcZ25OFq/3z0a/IHDMad1X68jHPN4rn/'
    'IhqH9Rku2wb5hcSy62JIVxM5+tqY4TIZeaDa03GxPCp4y6D8qYo74roy/GJoxxur/XIA9ZvL7p3HpZtYPYx1svGeIlh/Ih/ATB+y'
    'isyfrC/lMcNl7f1zlX/t9Iek7ar94/Eq7y4o1tesqOH3Rl3foDXFd2t/hMqsJbbtrMx0Uua2Ks63UNumORK7+AyC7frLELR1uaLe'
    'z6B6ma3UscR2qkZR74cQjLmk3jJI5ylgXCFoB7X3n67Qh3UiGE0SGLMV7bikitO0Dnr3zGCvwPuMy/8LcPYY25wP6dbgQ+ZW8XvW'
    '6+CuajO5Vzub3K9dwu7/orLLSFl2R/c0AUz3/A+VZXdlTyVlN0jK/l8lLzvbsOz/orL0Tu86RZufRGUXkTFZpij7ICq7AL4tFYwr'
    'vXPs7v+V/K494xEutsV6/C7CL91sULaN4OH1qOw2ItceZfvPFHG9HzEoS+t9NyqrssWi9e4wKEvrbUdlTeQKd/+v5LEHou4zDrz1'
    'grYcksgHVD5aIWhLuyZNoPTDtf9BbTGx83D9mSK8PyTQB2A9wYNET5BGZamu4WHy+yDSPbjnfxW8LPt2iOgnfiPRTzyFyh6Q6DJk'
    'ZR9DZeeBrmAN0hm4PAH5vRZ0CfeiskynMZfoH1iZDZAuhbK3oLIynUpKosO4EZVtJm1U6T8+gcrKdCiyej9Qob/eqM5kdwWPJ8LK'
    'vmQgT+rI6JsD6uiMqY4zK/xr1VS2w/LbcQjedgkNaDfQJ0yvKI6potNnXFcXgVeD4HVKynQatO+lPMehTol83Sagga7+D5WV3Tca'
    'kNhW7M9z3NBpr4ndBKvjB3n5XPYa3gt04H0NwTuHnFcHycyLJTLbJ2OCx2S196L5YHlOJnlXSPQLl4coy+p9W57rRIdbh+DGiUDj'
    'eGJGLc+r9AIrYoLHxmdantP4aTVi+U8mI9Xnua/YaQpZuAzltUneKSTvK+X+Nq2Q2ELQNv0BlaUy9xyF3Pibct7GKYr+PFIu7w/N'
    'ex/KO1eR97YAuFRmvxn1dTyxGZmpGKfrUT3jFW36eMC40DZ9EOVtUsC9qpyva5kN1XZC95lPyLeX+/fWXsUd4CU2p6P4zNOBt7Gc'
    '60yorymZjHweKnOsRL4+k/iIOg2Vma1ZZqWgbRsEvrTYe6fMvIAy6yVlpgj6s4rIwMej3679n6A/qjIZVOZ0iaxN5eS/lvnbdibp'
    'D/XH9VsoIzo3bZXImL/WKENlywdRmZckdn29pJ4foDKtkrMC2rb/1ChD23ZjmedDTiUXiux3cd0fCwnHJ/+jPjBdxR8IH07rvlyj'
    'DK1nWxn3567LX4l4+IvL/PH9THl49/4f6gNtT5uAL3XKrAoo00vOvphvxAWoTFuALgHzylM16hkgZcYJxmVTiHGxEZytBKe7DGSF'
    'P+bkcExkjl/n/P3aEaJfP85xevVEVqxvoDqR76MyDxK9BtOnMFj7ocxNqMwj8O1/FHqMz6Myk/Ni3QDVX3wMlZmnqfN4PyrDdA0n'
    'kbxM9zAJylwhaNs6pA/BMMqhTA8qw3QrjURPcTbSl7jyPypD+y7TaVyU89OUgwpbHhFNWZ/To6VB/p4KoGNWrVtqJzQzp09TDvv/'
    'Q/3WlYdFcHIadT9N1uPfs7yMiD7g8xlW5vcBZTolZZ7M+uOvBulAugxk8/sMYZuc6d+U5XzwmoxfBjc96/4UGruNtpjHaCE4dW2W'
    '+0ZTjYtufFu2j+9CsCnO7FLw96p1uCnr3yt3ETx5hdD1C1F7tmn6q1HJICyO2UlZLjudRvjgJYSHXhaQl/L1zSjvciJzzEY8uhsf'
    'DeWdDt8WC9riyv8oL+XJad4ylJeeH25AZ2au/J/hsVmC+Gkn759Q3gFCkzGv6OT9nwz3qW/Ka7j6/4DynRrl70Ft3U7OfSjvdyvU'
    'FcaPkVP+y6guGd1kNOSzAXk7iW32RwV9aCFrh9HU9wvgimx+Xf+fKG+QHa/r/yvjj0cjswUUrftWyTzq3J12Y3WHLM9oyPqMP/YQ'
    'w+uXyTyeEJC3n+RdmOFr7AnCax5A/KPrxz0g736St0kwNyI7WNf+V4AfIntX11d6AC5tJbzDX9M8r+wsgOHo79Ni/NCVAfanOb8T'
    'dk917X9Qm1dC+dchXTrW696ukZfpbL8ZkJfqzm/UyMvgfjrt51PiuA/n6v9RO7oF/CHWxe1Oy/Gil+D8ZWl/bKxtGnPN9tyWNI8/'
    's1XCg7wR5RHhv3v/P+2PY0PtCE5HeUS6BPf+TwCcrcz/j6DN/aTN8wLyMDo0XdAefF7n+v9M68W3wvuQG18UwRbZgrvrH+UR3YN1'
    '+f8Uz9MqOUt7LuUfs0NkXJ9OFcdZ0qEJTrknAupne/WDKfmcMZp0b8o/HjS20PdT/phKdK/+Vso/Z5QG7xPkoeej16Px0PWh4O7/'
    'Ath0f75GMGbPEjjvgjxYT8F0HE/BvjMQkOcg5LlMkOdBsn91oDyTyb2RZpDtN6I2H5SszYsE83yQrM2zU/519xJZm+sD8rC1uVqA'
    'r20a+LogYO6Z3c6MgDwMF49K+ePxUR1rfQDeM/qRR/3QtTFw/X+h2HudEtr0Z9uMNrG+HbL9a7GP5PmVXbw+dO7tOeUe0GwT5Vlu'
    'D+gva9N/kviHOr4j3Pu/tj+e2wChK59BsHV1PE65f7b98QjD+Hdw/X/Z/nhxVC7qt/1x93BMCBYvc1xMd5ouFsSl7CW4eq4t5w/Y'
    'PnaGAOfo/J4kwB2V/wX3/r9mOcojTDcsx2hTA8IVXdsQV/+HyuneE3HK/c3iYyfix139P8ojshFx5f8AOIxf/nVAnhMgz89RHhGv'
    '7ur/A/Kshjx3WXw8dG1TXP7f8s+bik937/9Ynt/UuO6UuOsf9UHXHsXd/wV9UN0JYfEy8wFyRAHwNB+gwyxAmXEx6CxpvEzRXQEa'
    'L1Nk60DjZYruBtB4mSKdJY2XqSsTsXiZNYa6TRzHDesMm3PFcdzwGRA7t8HxMlkMaBqXksVkC4pZGSYGXCXklcWAK1Ust0arOF53'
    'mcX1MBliL9NM7GUmWHI7HJq30vLLVmm7GN9Y/3RjfrJYdCz+dplV7Lv1BAE+LLWK/c3mBd9WSNqTstRxDrPwVw7vZXkbQQ9uWWZx'
    'Tp1yz9nF8zVJYGdE7UWYDxWRDUibAp9d+zKb+7jqJvDaCVzs64rhgAr+rTa/39SJ+hPU7hYNuF+wue0shdepSVNUdTjx2BtiHIvL'
    '7eIzf1mbVXC22H7bARFuqOBcYPv1cEFnZfg8TgX7RJvHTVqm2K9Ve7PDs6jqmwZjgu0xZwtsFFVwCigG/TY0prpzPGiJyzPcUZX/'
    'IyrfSWT2zRrln0Tlw6yrnwWU18Gp2xG/E3X94XjsJrj3aQF/0alR7lpUrh/xTKpyV6E+H4jY527UhmUZfbxrgf1EF88uRPl3aOR/'
    'Dcp/QGf9w74ZJGuoYMy3eFzg+fButuWPLTwdvdsN745G7xYx+xLgbeKIS+7ewbT8cYJN9vsWwmPkCL8z4x7g1+7jc0C/3f0YxPhD'
    '3zacD7ZI54GOT/Dtmo2g40ffKl7H8xSgf+xbJfk2y+Jxk1uIfHGM5Y95vx3NQSXZAxeiPHheq1HeHkVezOOXheA1yy2zuNd5gzpw'
    'POxVaH2wd6dsAftr9O7FNrC/QO/23wXnr4hGdKA6g/jSAvAaU9C4ZaAPJrywKO45g0fz2iH5/zqAY8KfV8KaOpaMe8FwTedgzdSF'
    'KHv1bX564LTpIstcHsDx6W0y1qsgfXiXOdw6+G0yttUxja3T3rBjW/6Af2zZ+J5hhRuHGkRvRXRsUQAdazagY0cb0LF6JE/TmAC9'
    'lj9mfQfgRYWADhbQGF1lh8NBuk82o/Fj8vcNkOYl9hKbBbqCdnKe0xeSVjjvL4X+uy43bdWTssfyc1hoCv1klDlM8EdnP3Xws0GB'
    'd6sITBXdqmf6B9BBNsE6tSH/bB/epF7VD57ffwwOloln/nC2vWEwy0ZrHdOs8xA9GyDfXmv5bax0/Joyffhqy392TO0qliJ+ak1G'
    'fd7BzghmoLbp+NbfRPrWYHE9jk55HO9ERvPrJOtnDloX9fDvGrTa87CWmY7TJmurhuydFszZUVax75zZObFfHPZ7KrnDx+7UzZOU'
    'P5P5CTqK18XsepdL7jNGrcupaGJMdR0ruTP49CReR9Sxk9Xx06E6ZgacYYeNX9BrcDdhGzkzu3GSt95wuXvAtu5RQTyqoBjLpnGU'
    'qY9pHd/dMv/TO4f6scYKjnet2w8aj4v5DB9NsaZXT/L4/+GOhSyK89Q0yZNjSxnjV1TvSxP5GIzkenL9BEJbdP2r35T2xzKPay18'
    'c6J3ttYMNsO6eEvjuo8mfN8z1KdpIe9FxBV//C0T+RlK3HHuRPh9Cqov7rh3ovpmCeqLKw6eqL6KifxOVZS4eCLYzzeJxy6OOHmi'
    '+h5v4n2JEutOBPsO6EuUe6Mmcdw+3xR+rcUV6/ldMJ7YH8pK4teF+kOdIvH5yfyRnMX8hDYNf3xzZsdzdlNp4tTTOVzWxO0VbiJ7'
    'yzcIjX0gHcw34ZgplC5PbOJxTW9PB+8nGM796dLsE39p9GQrureOpr3sJ43++FMq++W49rCvNHK8EN29iKue6xr5GtO9ZxBX3X2o'
    '7uHkjd1zXDS+ccV9Ee0JqzVxKGocGFHdkxs9e9KwcWFEMMvQuJVKhnD9hE0oDf2lOPjIBI6DUXzHDljmcSi+adjHvpB9/MSE4d9H'
    'Gb68YwLHF1mcnjZBu01jPbQE1BM1Ji8eyzNQPao4PlH4qgVozjD9j0J7deuuQX0MEytZt54Xxnv0SeRLn9nLlhM/9bbCR+CT4/0x'
    'vHVj6S22imMu/iQGWCz24ndigMViMH4xBlgsFuN1McBi9sF7Y4DFYjNujwEWi9H4phhgsViNZ8QAi9lhL48Aawmx254WAyyG9zUx'
    'wGJ4/3IDh2XiE57SGjdOUARY9E7yow08LvJw7Imun3BUZ49gH4tyR082Zp8chjrp2L6zIXz8ZCofb2uQx0/ebAjrjQ3hYzH74gQ2'
    'cHma6oDpuUSQ/Kmrh1bF9ZyG+haG/8F3XWsa+N2GuPWnDvwXx3H4cetLXT/BAvhx6UddP0Hj/PQxjD7UjRMqGYs49J/u+kdtNYkf'
    'IZL93odgRdGduvcEx0WPsc5o3KZx/nX9rAG/imGdMy48vaGw1qC5jVsmce0oEHzdO/AmNK5Ko/2bFDJ/kB+fF+qL26+jezIZ//31'
    '/hhtYeIVmsRIvL2e77e6PgBEMr5JnZ+r92z5o97xl/kZ1m3HXjSfIv8AuJ5LbHP4HRHH1kR3yWJTvhb1SScep2mciWUlmjvTftah'
    'sQ2auzjayep8oY6PrSpO6UAI+PvreCx1E/2air4w+nV3XfQ9jMG6qS48b0phfbrOT/dUfiqi6sWurPPruePwTaYTc2PTCNTNfLKd'
    'CvMmiuU4gZyHTlTorhbX8Xi1YeRu9w5RBBhMZq+JAIPpqP6vNjwMppv6fQQYTCf1qwgwmC7qRxFgMB3UdyLAYLqnGyLAYDqnj9Wa'
    'x0ynfvLeU6uOI96t4C37az271KAzXV37qrsVsvGbav30MKgulTzu6qXhnS2p88RavvfoyPfUruw2RZ9mRoSv0idUozk2iceI9Qiv'
    'FPx4stkQT35X0MdXWfyEX2q0o18hS9xf4P4Y4jovduX/gn8dlOJ82I0ThMYhzHmw6ye0oI7VvsOQZ3X9BCK4Qf6FTeFeIoDbFgPc'
    '0wTjoOtjWBS7ht3jWhRizVBcnVLg98xo7M6nSRzORyUxKKoRDFlMS1V8yldqOAwW92E8KXMM8fdIYfwOwZDFuFS145c15nsejXl5'
    'fw2PCx3kNzmOuJRfreH+TUS+LnVwLIq/rA/VqPf35xV0+4oaNZ0Io/Nqr/HH5zaN8as7D2ehPrRLzpW6Qui9jhOMb5/hGp+JYOjo'
    'JUR+2BoE/ZPJ3yZ6mn9Ue3Cj6t2oPP9MtRqnwtiOPFztn49+Tf6Awbiz2o+Xca5ZPPdfROOg66cRy66LJb7Ir40ZLpORB6o9HddI'
    'xPjEsVPeWO2XA6L4V9TRTawexjrZeE8RrD+V70Y8f7K+lMcMl7X3z1X+tRM2frtq/3i8iseVorFLZXEwf4TK0Jilsjibt1VxvoXa'
    'Ns2R2MXTGKD7BG1drqj3M6heGieW/a5R1PshBGMuqbcM0nkKGFcI2kHt/acr9GGdCEaTBMZsRTsuqeI0TeT7U3evoD59TxPgLPYF'
    'amIzouJD5lZxv43rJDFJZTFQj0Jll5GyNM5PMylbhcqyu7KnkrIbJGX/r5KXnW1Y9n9RWXqnd52izU+isosksUtlZR9EZRegmEd0'
    'XEXxT++s5P5NGI9wsS3W49P4mTcblKU+3q9HZbcRufYo23+miOv9iEFZX5xQVFZli0Xr3WFQltbbjsqayBXu/l/pj0kcdp9x4wQI'
    '2nJIIh9Q+WiFoC3tmjSB0g/X/ge1xcTOw/V1g/D+kEAfEBQTM43KUl3Dw+T3QaR7cM//KnjZgySe5i8UMTKfQmUPSHQZsrKPobIs'
    'VuYazZiZ96KyTKcxl+gfWJkNKC6ma/+Hysp0KrLYljeisjQepkr/8QlUVqZDkdX7gQr99UZ1JrsruK9ZUayNOHQlmwPq6IypjjMr'
    '/GvVVLbD8ttxCN52CQ1oN9AnTK8o9rerGy+gXXB27Z7/IXidkjImMXtfynMcksUGa7PEcXB+h8qqYh9T24r9eY4bujEzTO03fpCX'
    'z2Wv4b1AB97XEDzd2A003gKW2T4ZEzwmq70XzYcojgOW/6h+4fIQZVm9b8tznehw6xBcH6JoHHXjKATJ0itigsfGZ1qe0/hpNWL5'
    'TyYj1ee53/ppClm4DOW1Sd4pJO8r5f42rZDYQtA2/QGVpTL3HIXc+JtyuR9+2p9HyuX9oXnvQ3nnKvLeFgCXyuw3o76OJzYjMxXj'
    'dD2qZ7yiTR8PGBfapg+ivE0KuFeV83Uts6HaTug+8yH29nL/3tqruAMsitHL/LtsLOc6E+prSiYjn4fKHCuRr88kPqJOQ2Vma5ZZ'
    'KWjbBoEvLRwbeF5AmfWSMlME/VlFZODjSbziOkF/VGUyqMzpElmbysl/LfO37UzSH+qP67dlPA40PTdtlciYv9YoQ2XLB1GZoLjG'
    'uJ4foDKtkrMC2rb/1ChD23ZjmV5MepH9Lq77YyHh+OR/1Accxxnz4bTuyzXK0Hq2lXFff7r8lTBOWJk/9oMpD+/e/0N9oO1ps8Qx'
    '0VYFlOklZ18d7P5vmT/2eZfCzmWqRj0DpMw4wbhsCjEuNoJjGrsbt+ePOTkcE5nj1zl/v3aE6NePc5xePZEV6xuoTuT7qMyDRK/x'
    'TLYY1n4ocxMq8wh8+x+FHuPzqMzkvFg3QPUXH0Nl5mnqPN6PyjBdw0kkL9M9TIIyVwjatg7pQzAMFm+qB5VhupVGoqc4G+lLXPkf'
    'laF9l+k0Lsr5acpBhS2PiKasz+nR0iB/TwXQMavWLbUTmpnTpymH/f+hfuvKwyI4OY26nybr8e9ZXkYW776DlPl9QJlOSZkns/7Y'
    'PKpYi7qy+X2GsE3O9G/Kcj44bExzfNb9KTR2ohh7NDaMe/6f5b7RosTcE52X7UKwRTGYg/h71TrclPXvlbsInrxC6PqFqD26sfRU'
    'MsjhOIFZLjudRvjgJYSHXhaQl/L1zSjvciJzzEY8uus7H+VlMf8WC9riyv8oL+XJad4ylJeeH25AZ2au/J/h/vuD+Gkn759Q3gFC'
    'kzGv6MYJzXD/0aa8hqv/DyjfqVH+HtRWUTxzzPvdCnWF8WPklP8yqktGNxkN+WxA3k5im/1RQR9ayNphNPX9Argim1/X/yfKG2TH'
    '6/r/yvh9lMtsAUXrvlUyjzp3p904biHLMxqyPlMcywLj9ctkHk8IyEvjDC/M8DX2BOE1D5DY6ccG5N1P8jYJ5kZkB+va/wrwQ2Tv'
    '6vpRD8ClrYR3+Gua55WdBTAc/X1ajB+6MsD+NOd3wu6prv0ParMonjDW696ukZfpbL8ZkJfqzm/UyMvgfjrt51PiuA/n6v9RO0Tx'
    'fbEubndajhe9BOcvQ3OtGxMX77ktaR6vYKuEB3ljWh4HnMUdPiftj3tA7QhOT/vjAPeQPCcGwNnK/P8I2kxjgM8LyMPo0HRBe/B5'
    'nev/M60X9x7vQ27smbQ/nvM2MneptD+WbTfZF/6e4nlaJWdpz6X8Y3aIjOvTKR5zQpcmOOWeCKif7dUPpuRzxmjSvSl5fGs2Ht9P'
    '+WNA0736Wyn/nFEavE+Qh56PXo/GQ9eHgrv/C2DT/fkawZg9S+C8C/JgPQXTcTwF+85AQJ6DkOcyQZ4Hyf7VgfJMJvdGmkG234ja'
    'fFCyNi8SzPNBsjbPTvnX3Utkba4PyMPW5moBvrZp4OuCgLlndjszAvIwXDwq5Y8dRXWs9QF4z+hHHvVD18bA9f9lc9idEtr0Z9uM'
    'NrG+HbL9a7GP5PmVXbw+dO7tOeUe0GwT5VluD+gva9N/2v44qzs1cOIGBFt0V8K1/0WwdXU8Trl/tr177FH9O7j+v1A7d0rkon6U'
    'RxQTwrX/tblPhKh3mi62/eugl+DqubacP2D72BkCnKPze5IAd1T+F9z7/5rlKI8w3bAco00NCFd0bUNc/R8qp3tPxCn3N4uPnYgf'
    'Z3Gc8wE2Iq78HwCH8cu/DshzAuT5Ocoj4tVd/X9AntWQ5y6Lj4eubYrL/1v+eVPx6e79H8vzmxrXnRJ3/aM+6NqjuPu/oA+qOyEF'
    'wMV8gBxRADzNB+gwC1BmXAw6S3f9o/pEdwXc9Y/yiGwd3PVv+fdlfDegAP4p8gE6SxbHucZQJnLP/y3//tKi0X8WlxLrDJtzxbEz'
    '8RkQO7fBcdRkcQgXWv7Yhqo4oynLLLaw4xLCkXtnofdlAFfXprvR4jH1uqxi/5216Fsv+YZji/aRs1wa51oWn3Y+GivLcLycdj9A'
    '+k15um6yb4hwuZ/s5RiXdwrsKCguU78k/QJc3mJw33eKpceH0bOMWs1ydC/FcVRZnPGclcS9HKm4lypaoopHr1o3LI55xiqOIb+E'
    '+M3B9G+pVex7mcbe1YkNnYU165zp0LVuaaz15+zitT5JYDNHbZ+YPyCRPVObYjxdW0mb+2vrJvDaCVzst43NmQr+rTa/q9dpFceI'
    'nhpgh6WC+wWb24FTeJ2a+6OqjmvsYhv8qGNxuV1svyJrswrOFttvByPCDRWcC2y/TjmIDmN6rIJ9os1jgC1T8J4qPtPhv1X1TYMx'
    'wbbFswX2tio4BZvrrLehMdWd40FLXJ7hjqr8H1H5TqJ/2qxR/klUPsy6+llAeR2cuh3x7lHX3z7EX5jg3qcFvHKnRrlrUbl+xGep'
    'yl2F+nwgYp+7URuWZfTxrgX2E108uxDl36GR/zUo/wGd9Q97YpDcrIIxH/ZU9r4A8LJWsa36dPRuN7w7Gr1bxGylLG8v0uExVPu1'
    'e59YIgvo7vcthH/IEX5lxj1gm38fnwP67e7HIF4l+rbhfLCrO4/H/abfrtkI51XoW8XreJ4C9I99qyTfZiHZqIXIysegbz3kG5OV'
    '8B64EOXB81qN8vYo8mJ5tcxgHhivWG4ol+YN6ihDuLgKrQ/27pQtcJcAvXuxDWyJ0Lv9d4EtAaIRHahOK6DNBeA1pqBxy0AfTPjc'
    'LPqN5dyFgry2hJdWjVcdwDHhvSthTR1Lxr1guKZzsGbqQpS9+jY/PXDadJFlLg8E6RRWQfrwLnO4dfDbZGyrYxpbp71hx7b8Af/Y'
    'svE9wwo3DjWI3oro2KIAOtZsQMeONqBj9UjvQuNb9Ar0Uh2AFxUCOlhAY3SVHQ4H6T7ZjMaP6c5uILopavvDzpUrLf95zXZqd2BI'
    'K6p9OhzVk7LH8nNYaAr9ZJQ5TPBHZz918LNBgXerCEwV3apn+gfQQTLdnw35E93fyOj+2FrHNOs8RM8GyLfXWn57QR0fvexsZ7VA'
    'Z05thJYifmpNRn12x867ZqC26cSJ2ET61mBxPY5OeRy7R0bz6yTrZw5aF/Xw7xq02stgLWdgj2K0tRPqyWrQVkpZ02OLtLpD9Z61'
    '4XAfnulrI1DelMa6M+WBLITDJvLMieR8F59DyfSa+D0t1ynIj+3nRLosXX9v3QJ7PdwWlY2da2uY8WRs0f2tHkkbdXyEiHz7i2zx'
    'W8n3nQb3HqO0YxOxhfrY0DistcTxgVtjaku34K4x1sNOHcZ5oP1/Q8bbU0Q2ltj2Ncwa6CJ0vldzT6E8t8n40nWAz4kno76ajLXI'
    'drGNyDtTBTgUR5x6XdyhfT2Y9s4HRfOC26yLR1sk40NtMdmdyr9o8jZBffh6QB+6StgHnXl5XhPn9qQ9uVvmh1w3nlyHxJ6n19K3'
    '/2yxxH68+wU0w7U1Gmr73BHEof+WnOPSMZ411M6ZEpuoLoHNfyn2berr0Im5coIljyEfxYZVRu+2WHJ/sHhcVXcRdGyc3bvGKY7b'
    'Jvx+xyjY9/4t5Z0H6MZx7SPwtkvm32Rty2j5DoktVGeKx/OltITeWdqkaccvanufZns2pLyzER2+2XS/bVOs+Tmo7o4S8+R0bVek'
    'PPlzNO87B20PlmjsdXgTnfsTbYK508Gb79o8jmOp+DA6Hp+y5bjYKpiHuOfjCpv74g7b562aa2OTPbK09RTbO5eT8Q26fixFPrGC'
    '6p2B6m0zlOFE8h/lFURjx+4aTAtZb1xj/pTFfUXETWt/anHbp15yx06XlrAyovGkd1dvtvh4jpRe4J9Rn03bIPNJHlRfP7KPNMEh'
    'U175Eovvm9tDrI2w/IUbaxzuhMRF95n9zKQQONlniJPVlt83gkhPgvXXOXTuXwm6xvvQ2fd4i9uSzhHot+sM9Z850GtTXTjWxzah'
    'c6ZKBJedk+CzkkF4mG1EObS3BfSUE8B2ahC1IQP9omXWDf29Cf59x9DfbwR5guDSPqWQfr8a6ffzUH85zAU7R3PGdGOkc9axferq'
    'jmmEs4CMRp4mYiNmOgdj+6Tbm4OrrUjPdJPzFNW9gyA6kkdzmCXrF9OCPFrnWUILVPU4hOhFeH8l4IjT9svIeTk90ztS8CSt/2SM'
    '7CUk596Mlqsfec7BEE9BgIN0/1HRHoZPPQifknn3z7tgzvdEnfM45921CR/6x/m2N5+/QXxJsq5ffes64QH885wZBh4goaVjg5ZO'
    'BvmXyUFpwms5l46uf5yftR66ufh+qq6tfQr9xryajeSwDkQDWgFGGFy2g8hAqjRrriSPBzqtgy1hHlF5W8H3VxI9Qg7pP2oR3WZ6'
    'iAoD/QPDASvBgVGLAyJZi9nA/R3eVyIeTEZHFiIcmQrlnkZyfgXAyATAweXxPbHFX/XSa+/132uffJ+X/mVfMV3Kgl6J4d73kD3p'
    'kfR4c5dKO+OWzXn9dldavqLy8GJzO1kTc50mT61W4Vqe1GpAsoLyKfKUh+17rcHI2OpxtPW64KK86KmznfK21E5d2mhbsc5cH4e2'
    'd2e/DPgGJneVWcWxk6aSNZzSXMN07bJ6P0TqKw+oL63gYXTq6yX15QPqyxjQKFl9F5VwPDG9Y/WtKuF4iuqbUsLxFNWX0PSEpic0'
    'PViHLqLvMhkNn5WVo72C/a62/GuT3blh8h17HyQzVgfwmRmDNrC6MzHVjc8tVHU7705EU9KMaJuN8svmoYnIUEF3gE80yM/OSemZ'
    'Mc6H5bsGg3PmMPNF+3IupBdYxT4+dM6Zwp4TYd3DBDQGOSQTNSDcEZ15T79qqvvHnj2Du092/ui4B51hN0G7sHysew7dCHYDrKyz'
    'N5xmcX9ZzvdxkvVZjcZP9xy9HsEoIJkf78mzSB7s74H6CCn1+Lj+oS3PNxbWV8yGdOLU4jrskHXge/jUjqIc4a0D2+mfcy9hKSPw'
    '6LxyuHyzmdiFVEPdE2D+FkH9628qrlcFJ6y/y6jt/Pk95u3MGLaT+bqbSHQipn4ddt/rXzMLLbEfjcdD+DBge5ID/33Qp6uhP6EZ'
    'phHmjIv5IQdjMtnDr3NsZY0YY0xZtZC6wlpzVjWwQnlRN66M5V2udfBjN+BH2fBMpDNeacZDZFUlc6MOKfeGLTgVMyoRJJRwElCq'
    'aP4vRXtlxwXeV6arOBwf7lr+HvuVTnzxRvPF69DvxB/HyPjjYDIN22MvTXzXJr5rrcR3beK7NvFdm/iuTXzXJr5rxfv9PCL3Zwl/'
    '6PiKnIbWYwb0UpaBnoH5fdPV82D9rEh/kPjbTfztJv52E3+7ib/dxN9u4m838beb+NtN/O0m/nYTf7ul9rer+k7PzfNH6Lm5U1ff'
    'W0bP+bjLx7SX/hzcpD1PtXG/M6b8AeZJywf5WmBzWgX50sg2YDzCN9d2ZVAMj35nfMz8dLjzgETWTmTtRNZOZO1E1k5k7UTWTmTt'
    'RNZOZO1E1k5k7ZGIbVNl8bsClZbYxzD1WXwGrD+8P3YoyqxCY7bJ0vfXyuz85sK4qcpRP8gi374FOC+OA15XyP2Lnt/q0FQm4zfD'
    '+FeBDJtn5PuOYCJuo3Nzk31W5JONydQpi98PKiP5GH9jIfpbQDKE6G5OkA84irtpaG+O7B82mtNjreK7LrK7WhSuMyY5Q76pDK1D'
    '2V0leiZ/KeEDawAm+4b5/wWQzkO2uSmB/Fcl6ZdDyi4murLJVrD/chzzwNSHN10jk5Ht4yYDmk7934ps4kRrsY7MfZQ4Cdgmk96j'
    'Yro66lcbt33A8vs1Z+uZ8eozBfo2bOvUHWKsugS2ajoxVJj+rp7oqPKW3xcwHvtVaE9t1RxXZhM0QWAXrRM/IgjnGJ2PA65I34Tv'
    '0LH7Cc2Qz7b8sbVEe76o/k4JHoliQ9B17sB6PVnnUzRt96KskS4yVjOB/mLf7dQveosBTveStbjA0o8vQmkCnq81IzxflYiHY/NV'
    'bUBP8L1GzKOIYk+EjdUSRFcZ/StDfG2nAX2na3YpWrN9EfaJLqvY58Rw7XN4nNKC+a4HvgDPd50l9l2+U1FnK9K9Hy2gzVHWc7tk'
    'PbQGrCmdO9rUZ71JuSg4TOUSPJ67BPPk9OsctC6DYJdpyhN4TPE9gX40/3Q++yVyk6h/my3z+HhHAo3MkjWD67qR6ZlniPFRV1+F'
    '/c1kJOcalG7PRPjhtP3EDL/b4KQbMh5upK1iHTie+1WkDIWxOqOenwY0P5gej1Pw0G2KPWM74d1nW9xH0CmgI7l6spe+G+lKVqC2'
    '49/LIF1L+rgmE0w72fzkEN+1bTE/N6Y2AHmS5x2QXrfYbwvglHdtxdvl+9xjUP4PkH4d0te3+9uYhXHH56fnb5LbKTjf3FuccDbb'
    'KPj2gY9yvKFns1d82N8n9i3/YTXu5CS4kye40ENoVAMa589d4qXHQ3v/OFCs+8d5jiN56JzL2tYIezmVkfBYZv/VS1/+gH+8bvoo'
    '3FP4gAAH2mHcdvrblCW6M0wrWB3boE/v2iyfZ5bnZ5v9bWPf7Mv9bXNg4nJBc1kRMJfu+T/gxQvvLK4Pt+Xtr/fSZzrleHXFh/XW'
    'awbR6TyM8aRz5GPE8vxbm79up5yTHrxAPA6N5OyU9Z+WxXK3CIfOBRz6xCX+NrxjB9gPXSfGE1H/md+hyd/zyt7yiLz/LM8/Pcrv'
    'irBvTjknfeh+TpOrBeWc9NuSMoWAMh9cIi4j4/N0dJyX32umayzy82p6CDa2jvjS4oO5UEcw3jPV/NCP8jzM/s5Za8eTtUb33n13'
    'eOkPf1jsg3U2wkEHP1w7vIdg/7jJSw/c5aUrb/XKTIK1Tb/ReiiOj7+v2NdiZl8xzq+5VYzj9YZ4/qdveumbbzEr9z5Ygysfi9dG'
    'ZNJguHP/CoQYur7JdNqatYr9RGP/SQsUOn6nnM7dPpX8WIZw6Hyr2O/kOqKHHwzIexbJ+wLiA2jeHkU9T6F6XgMpkw03k7y/RHlZ'
    'G5g+uZXk/Rlah6dC2k3y3IPWCc3TK2i/U+Y7FnfYeBZJT5WcQS5ENmE3gmyL/byxPuxSlMd+xUT9V9X9fmS/chaRi7eT3wxuG4Jf'
    'gDayOTiDlN3EbC0hbxfau9ehMgWQt8oIzqyDb29Fczcl40+dPG9A7VhHcOwtdvGcnYVsXYPwBo8vg9FHxoXBPD4A53vJ705Stjmg'
    'LO3L+aTsRODz8LceSR8GyO9ukq9bYkuKfQCWAQ1hvunK0fncfHLGiX11Mb9v1JcmtmdnNIn5WbcBpoXgm9i1WYjG6Zzj10c8k4/C'
    'F4Y5+7ZBD+U7+7b0Yj6JfPGN9BzEZYewPZmTUTcnXWNsTspLMCemdkTMdirK3CRzIj5b0ZmDI3WcsmSc1qBxWgO4OBN+T7P8sbvx'
    '2UofOjPC49ZmeJbVQeBtR/usg6NL0HlqUF4sUzHe5CTEkxyDeMWTodzlkjobBHW2Cc7uVXVS/+FsHtKKeXDm6YPIxiwnsF2jslwH'
    '4Wm3I77TacsOQV7G17cQ/n4byruJ8ImtSE5hfHq1JeaT+wjvy+jO+Qj+dtKWPtSmApIj8HnaZsJjv43wwMwe4ATUtrcL5CxR2+aj'
    'cwsq/2wn9XSS8esjsCZa/P4SPi8oI2NLY2KzOcK6B2cdHCfALWYLaytwRebPGtsdinx9n4RgnRQCl+NoUy2hncU+xwfTNM42pYfU'
    'D3FdgL1gE/o3qw/fk1xD1rkt0JfJ+isbQ2cu/8XmslHQGF4Lfvtk85JBeOG0X2RfRHkFk/3sYtAZfuuu4DMXqtMvB93jHff7zxP6'
    'QP954z1ivoT1bSe0i72rYOMiUXynIc2M6VsvWXvwzsEPY+X4k04cs6lGWvFgB7prFaX/ZnnOyYaeJ9OW6bOXrcW+ZE7H1JyydbtH'
    'sG7LxvAcZ+EJzpWzB/9eFNV07+BIzPEe+RzrxkpUrevdyZy/quacrfuNgnWfxKS2bWvl4VDRkiNpjUdBk5M44MM/5kHntpXotypO'
    'sB6/GzCXTmju7Ni+572Y3PNupvHfTJ/6oI8VpiYjgqdqMV2ffcmcjqk5Zeu2hqzbvIWMowMq8uk2FPll8duCbGPmCexNRLbeLB4a'
    '1gmUE5sVevZrahOzi7TBZD2EMIpLDwsiZ0TSXIT46c1WKJ8WuhZyxjGuavW/BPlMmhdg95TwjQE4sSTKBJa/XpUj4RuHf8zpeV27'
    'AP/D2AKPsblJa0i/gU8qPG0rWh+tyZyMqjlh66ZWxnctdlfsXtn+V4XmtjpEORXfl1prXaPCqUqD/JReBNS717DewPw4Rge7r0vH'
    '7OqUXLzGY2ZiJ1hjFceLLVX/dO0WXi12hs0x2qCwOcwnc3jEzCGNO66qVzbnR/K6HQu2qck6TuY0Wddjz745WdfJnJZiXY9GHDC1'
    'kcc+z7A/GCd91tL3zdY3xtZ3RTK3R/zcJuuc48JcK567MCx+KqtbBY/eg+i31L4SE7qR4MpYwpWxJkeoeMwj7d4XPkdy6j9yzyzS'
    'sZ/pqcZTpQcP+9SOmXOksTcnLE4GtklJzsKL5+jqaCZZ03XO8sLuJ5jepZIz2qIz2lKurZSGuVFybj765qTM4jEgMiHOZ0W2h+5d'
    'SduD+e8w35VsvlPpw/ZxWecyhG2XsQEpJwOUH1vzXRF1vjUMJ/bqGlAsjmgQmAm1uwZfTYkDnzPArzPc3gq4vcWA7qRKyuWMqj18'
    'akiLtuA9/LMKazhDGuP+HvrHh2EuO2Eus9aR+NgizE5nRqAltQZv2evaED0NskVnPshSi/n3jMXN9qPuT85vx+/DZaTeQzd76Ufu'
    'KdYPqPjNRB4Q0JJoaKiUB0Q8x0jZ2Y0dfUoiXyRzUvo5aQJ9OKafJnP0KuLFSkM/P6u3T8ehb0nuKRCb+L3WjBKxbuU6sBN6OPrm'
    'RL1uUulX88PGifrzGjR+wk+kf90kczLSc6K8Vx3QPhHfr8qvcw91rMt2yjuRlj9W+uDgnj16M6rGB5GsnYx5acc8C7YoKaJzqUnm'
    'ZMTmxLaC/TxUE7sW5qOhYBX7atgogCe9L5l2f98gUvlhHxG++5Ka5Wh8KFa/qL2iWCkbFWdQzrh8kozLv0L5Ch250xE0M9kc+102'
    'prC23J2uDz1u7R9KVsLf0ADvNTkDWHa30Q5eUOZIW3dk73if9++3ovdTpZoFuU46N/h8MK++VqHbGOeOTbNM5U3lYuzPFeOzYyN4'
    'x9DfOSmOy1nBe4rHKfhj+pMUoslFvGkIPmok6KOh+KmrEUnrUNcofKpOPltHrgsxT6lhfIpwX/9JWzE/g7E+CrkumZMRnxO2bv6f'
    'YN0AfbWdPmVgSIb+2HGf0AKirDxgrPKjZo4q1LYdqcpUyi75TNGyUWsxLauC6f+q15ag7wWDXjG68fkEJxOcHEU4yehmi5X4SZPy'
    'nSX02UV1Im9Jxn5Exp6eR2aQHovpAWqIHoDFlJwHctgCsEPCcNkdnrXIfgnDyKH81IehE2ukDuXHd6RM4NQr9Bt1BBa9L6QTF4XB'
    'ryJ0ZLxCh8TGUZWPtr+MzEuGzIsOPHrnTHWny7StmwBOCuCOT9Z20dqOasO8VtM2tBrmJhn/kRl/bBNiS2wwWQyyCovHKEoRusfs'
    'MKtIPkwfZ01Ftr6WmU1mkH3pHEjfHIOtS6+ELmQTO6ZMqfEyqi0apSvdiK4k83dkzZ8uvZmgSW+C6NLMEtOl/GB0upQX8G4sbvce'
    'coYm+iY6e0hDeyrQb3x2wWL1yc4nM+R8Mk3OJ2m8vwPOdzJWLB+LBcjOTH6jaROS8cJ7MneNSltwVX4RL54GfHxrcjdALAfuPUwW'
    '4BzN6IzRGeuM6lSR+QISrRe85hZAOm4q/ya6U5LSttVLbJdFa0RbM1hmMaq/NyysxJ589M1J0L1gZ56wr5wbIX14Bl9/vUhHw0Jf'
    'bEb7ZgHOxCdZxb51mL8W5guIxaXutdT+eZh/Hxxf2qnnnKG/s2Hfqyb6BB0d0pGufzLlSXTvh3fEsHbH2CM5tzVjyQM3Sw1QBeDL'
    'zjbQr+EYvzSW9lz0jcXIZj5zj0XfWGxx5ndzMvrWZhXHMR8v+MZg1gjqY2uZ3RWtBX5TxNPr6BJpnCQcLz4qHLp23ivgPcq9DCm5'
    'UUxmlFyNzpUCaJl+1pTpIqovd3eTY/37osahhZ6IXF6csdxclsa8z9UJTiQ4oeC9MkEyqpbRk5U8h58KjTzFMQELgGzvtIr9FbBv'
    'bP2q5FFT/cJY55gOM++hH7UVoO4ZiO5+TnV1Di9iL/bSlxf7dRb0W9B5cAvhO4zWeQSZ8Qh4UlExQeeuuy2Y5yySwU681JvLgzv8'
    '80y/ubLvG4rxr4LgWTWqF/vEzVvFvmt7UMp4VSaDfu4SLz1+k5f+ccDLUynIcxzJE9ZXrcxmI4VwuYLgMtM7W/ss6/rHi9fdmPAH'
    'lCLsmhmZivDUhvpYqyYRtUEcoMiHADszSPyhov1tbSl3N/XkJT5qR9+cmPigXmSQvwxoLD73KyfnfpT+ZqFcCupb/FUvvfZefm7K'
    '+F66Jznfdgr2qy0kTxfK00b2tBbI0wa0BPtWV/lld8q9weJ+3HtJHf1Wsf/vNok++e2Q7kFw14E+iMWSweV3Ksq7bQQ4zvxNCQkn'
    'qO+q9tdBivXo3aQdHZI5ZVuZo4c+2jI/38b6xMn3eelf9nmw8wiXWi0ehw/XWx+BFxHd37N+MQTjSU4Ps4L3lO9z/qZCH8oHiw+V'
    'Md9Hv9WhNV4DfZpiFdswMnydA/92YGA7gjqBvUF+kJ+fWKS/7N6tM06s382I5jRbR26sRGbPsQb43jkoz5yIeMJwNe5xGy2x6ZqQ'
    'ngKPq52MbeT4YCM9tibr/UiNzTSWx3isxrFRzZkJjFLObc5gbhkvs+8OL737/mJehvHLTvqTW6LvfSeGHKvmmMcqg44zmF6Hzu3c'
    'EP3bB2NV+wj48v2OWfnC9/TzUz7TpJ5ykIXuuD/6GGI9r+x8uSDQQ5YjOQ3j6yUIXy8hfGcVaWcZ8J3Mjr7WKvbjUof6/Ga0BsoA'
    'Xi3QM3YWj9MeyZp/O1n/TJZlqdPXpWj90G/z0Fk/ezcLvTsW3k2zuO3LQklbFhJ52ik3DvrNbA+wvcHbiC1EH7FxWCWwPagmY14u'
    '4PUprjSiU0mmY26OAA+v9zDl66FNTQKZz9ZYL9PJ+Dv5G+A9zlOP2krxPGOA57SeNyvwWVSG0krVPiFrT9A+sShgn2hGevq/fcVL'
    'P/5t2Ace9fIcA/wxhS2SrxtQXf/+AMD7ifetGsHZDe34PdT1+bu89JaHR37/ejOZv6h29fh+wSVWsbxehujHJQRHZO2h9KNZsU4q'
    'BGtUdLbIcC6NxkSEc7iujOTsEreXwme+iBj8SxH8SxFOU/v6mj9aFzhoant29r6nTrJ3qerz+Xb0Ns1bdG0k2PziNYjXPVtDR6O5'
    'NcHnMGMeZEfpwDoK2lJBaEiTRJe6xYC37xDoOzHOivK2EDmgXQKD0oVa0JPVwbcypN/bTGQKrPvrDJA30giuyD64S6LX7UIyDW4X'
    's5+pI/kvD9APU32t08aJsD+yMqr5MNE34/4H3YcX4Uye8LndSL/swP4hkue70HwHtQnDY7hxGcC7CXSaKh34LCSXmqy3FewsAqVO'
    'vdehNb1FMg+ifrD5exfMIRsH1fxtI2mbxnnEVsF8tCB8Y/a5jQR2t0Y/dM5DzrS4XT1d211obbP1oTN2tGwB5uQoA91wn2Atq8ow'
    'Hd14oF24PX0BtE50BiTTpbL11ITsD6ag/cp5fxDhp9Pm/VBmnPsylc5kc4efslyunP07n6uozFVV17CnUFszQk+d87/6UkB2B+Zv'
    'Ln/8t2IfN3v3OumXvOfCC7/spj+fs2TG6+YueP3/nnPehd/60pfmwOeXrnv3l3Q8C313z+3NtpV5buifexzQ3RM5RfHq+odXz5cu'
    'ePRL6HFmbm+sHtDWPqnjr+gO2dcm9utLvue3t+Nfg9bgHUN/zv8vHHT6abn/HRj67zn3/0PP7c+/DJAHB//qq8/AtFbxvFXwzq1/'
    'qkZhrVuDYo9MMvs8mZyLfYPMRzoAK4QsM1OwF+cAnmgvninhn/pIuktCg011wCq+4pegQ9XZ81V7QTei4ao2t0h4q1bC2/UI6HbY'
    'Njr9/TToGGT2CLjuHZr9wGV05tVpx27Ey8dll4D1V61oT2yR9E/3LOL1gLeq+e+QtN+0H7QNmC/YBm2aL+DXe8icLCDftxB+7yjg'
    '98LaUei005SfkOmHG5DugdKUow3a2StZ6yZ3Jhci3NU556P4Tc+YOsnawOeLUeGbyqQyGwcdXlRUPkhupXY3+KxNl/Z3IR4bw7pc'
    'gENppAd5keCijm7KxL7HRHaQye+tlt/HRhBMZo/2ZTTG2w3GUER3w9T/ASRj6dYfpp7LkJzYEYBLYWC/Ce0fHRFhnQEymkjm3RUS'
    '5lLU950En9oQDQ4D+yikB9iu0C11hKzD9F6qiL/rRmvYgXlhyhvrUqxndq5W/gDXl7J3V9/mvZuE9Kv74bwgs4/rFrPobIHd5WXv'
    'XrnPf2Y+eZ+X/vyecP553PoBbs1Q4XNLPDYP7+K4yd7lzvPeLUD9ct456Wc+ws8t2bcC3BN5sY2PM/t2yhYvve6j3LaD1TPnYv84'
    'P9XmH+eOC/zjvOTaYrgppH8/G9r/fdvz5cP4Yrwmeg3w2HT8de6mNxnsNdsIfewidInaf61GZ6JR9xIMdybA1eXbdNtbQLZGfYY2'
    'bs6/19uePKhjy0l5Gfy7ZQRxIigf9r/h+gkd+scyiT50M+EDRntfHgX5D/fl4BHS9i+CbrwU9IHJEmsyXroS0hMhPTXj4Xs5o7MZ'
    '2Ncme+m7J/P1MRndQzgDyi/OFK+XdVD+Xagc88GL8y2HfFdO5uvKaZPuXlcTYjxwvxdDerykH7R9BdAVTUF8B5Zj2gzoGdXHi/hC'
    'zNtMgbHH9W5FtFGnXkyfugRnYbg+2dksPWfD454KOPedTc+w1wJIyS07BjelgGvCp+TJXtJBzm6XIDm4g4zHXME9nu0kzzSUp0eS'
    'pwnZcrcg3WszsrNaaBXbo2DdlSyvbL7y8IfxplT+pFgdovP8aeh7EGysm6C2w3Qf7xXIPdTmVyRbm57pqfQoVO8heo/P4UT6l1kS'
    'fW+3YC8Oq//V5d3akT2hCY/WLdCxiWyya63iu2y659NBuqRupOOsJfoPSk8pflaCnIHXSA/RzanaKdJrNiC9psiGRMdGYhvByU5B'
    '+yeAvgK3v5/QCbym2H6D9X6UJ2a2HDo2HCbrKWgd6eIn5VM7BXtcI/xhG96URH7rQuWakP55DZo/PIZpi999HBDY1OA2tQTIKzJ8'
    'rAe7VzyfOwX0o5HYROP53S7gJ3AfmD0rpkGVpI0tAnsfSl9luuc2jfncobm+G4l+idks0fMnZhskstOtg7aocHW7BLc6ST1laPzK'
    'JXvNdnLmqZKfS0XXu8n8TQN6h+lcm8H+2GJAv7oD1n5esAbKLHG8VCuAB6TlHD5QVS7s2bjsTEHX/lGXX43qlyCkF4P0qPaFdCAu'
    'S41asdGs4jGx2daRiSguVRBcymjY0i609H046barVHCD7p6UyudDE5wT2Uj/UORPx04dMU9a/8mYxNKzrUHXH88/pMZQxj4FBRZL'
    '+k9BsDSj3i+rTtaW1loZbl/OJr6bF8aIDxbBB91zLuwHepOVxEWQ7tX/4v5/Kt9szUiHyo+Qjh/uMGeY85G+lb1bjWTiLLLdZ/fJ'
    'qhEfi+9JMrmylegAcX27rXBnu6Xo8+sFfT5L0OczBO0/JcQ4rBCU6VeUaQY6gcswmbiP5D2ayBi1Ar16gyBPG8lTKcjjnKGI9OUj'
    'OX9vFczfJYL5uwi9+7Zg7j+4xD/3jp9OOveLJHMvulOhmnvZGW/Q3FM706C5b9aY+2aNuW8uwdyXGc59Leim8L31aVZxDJgFYI+S'
    'RfDSqPwCkp4EfTnP8uxEmC4pSBeAdUZ95AyB3l9rQDqzzQbnDD0KHTzWu9K7yyeh/p6kGI81CKdnhbCzOamEexKjsf+H3jVM9d79'
    'Db0bB++eR3zbVDLPUwHWbwV5pk8tznMQ1ig+iwtqs1Pm544dEKJLJv2tNzhrEN3/dOr/GrLb65XYR3cL9PCiu5z/jmzlN0vK6trl'
    'i+oPsmXBOD+AzvDbLDP/QrTNBRiriYZ6e109H6vjbGSf3k/636pxB4KdtVM9ZT+x9+2MaL/eIan7aLCD1J3TthB3PzoJzdA5f88Y'
    '0hGRXDjfCu+vcAmkJ1h+O7qlVvF91FSA/lX0ztHZnxhSVyqLgaYLg/pyHK4+11vR/DnK9NA6e5YJfcZ+RS6DfjYk+jShPm3tEaBP'
    'q0NnFRcY8jtlxD7lsE3PumBn206ZlWjtLL/VS5+5mdvfTNM4f4tio6K6H1eL+CILfMf8M/iCueYrxfK7LCZYUFywPkO6luiVfPE2'
    'ySFOvHol3bnBtsYm/LFsXzel30E+drEe19S3bpBP3bh9vMWN/2P8SYnx3+DRKDtc+qtaYj8atT7bsHzWsHwSAzmAJk89PKwhYiA3'
    'aen6Mc+9ypL7GdSZyzokb1wB5Zk+rQXm+M1AL5N5Ht55ZnaHbN7o2Sg9c1yAvlkBean//DrFXhWGPqxR6DeorwSVDkfkq4DqP3T1'
    'IFiH1YJsF03st7A+97SJ3voT6a96DfRGzwj0aNR+N4p+h8I7QH5vteT3hl39/0TvrIL6T5D5iKPzK2pDWF2WaA519E3PExu8x5o4'
    'rur41eqT4LPO/NIxaSF2zfR+X4vBWAxY4vtqW63i2CmfaOJ33IJ0j8M9d2HsJ9uH+nKyQOeqIwvr2leLZG/RHcfh1sk2N/G12C+w'
    '/db1E9Qtwcl2g7HqtsS+EFtIXSKdPvaP8Xwjp6MDkr5RXzoDkjtdca2tKLbGbYKzFaef30H9fCnC3MnoyeYS0RNT2rpnqJ+vgXcn'
    'k/uEJ8F9wqsm+8eS3pl0yq+Ge4krMnr3JlleloruVdA2OHmXoPuguu1dCt/2StqL27QSvXfG6LhGz44A05BDmvcFdM+8dPyK6cDU'
    'xUt8vz7s+nHG5o8T+NjcnS7O/600+LJO8/pv1cjzwzSH56Q3Qfo19FuEKyJYt0GZb5N6vwd5v4XuoHyF5LkT8vwJwbuf5PkB5LkL'
    '5XHqcsbmhgmejhjT6lcIfd0suC8loqVdgvkT3dtrMdhjOzTmdyfqQ7fgjpmTbrSDY5DQ/UFGG0vVh9MneGdHovPP7YQXaJG0vUVw'
    '9yrofjTd2zosPb9Yrl8WNOb9R8jeQ+PNPDue96EU+2ecbX8a0v8mvM4t47l/hqjrd7jX7T+N9854o8qkuK1tkjXQaemfbXVJxoHa'
    'X1083rvDTu/dYVx7UWBTE8TDmsg8HQqelfkfXjTUzuXElgzfYcT1OfWweqkM0ymxQxxuWvlyg6ejMr1zrutLQnQHWtfOplfAKzlt'
    '/mkD1w/0S2yJOjXa9zxp3xbNsY3ig/UPpL3Papz5/ksDX9ujVYYKWjObUPt1dY9x6DHStvl8itbI0gbvfslwtX9bgN5I1dayhmJ9'
    'oA4PYrqOh1uv8vA4bneho3MQ7TeHFDaNvRIbb+Zr4qZxXvvj3F9NdL1Be+f7x3k2wbr+n+l+XgpZxfVxPM6/t4h0A4s1/TuxvLjt'
    'JyMfUVhXsJrI9quIT6XTyfeVIPsfP9TmGcPAP7dK6EYbsb0cN8ztkekeWXv+WD+y7aHj8+N6795dKeJw6/AwprwM42E+BeM4UmuW'
    'rtVdQ+3ZYKn1azprdK2BXnAxWp+68NmaXRtRH7hYU6/o2v7Vc/pfCn28iI/Q8fHotK1imNrWHaJt/13n9+c/nHSU8aB3DlM7uhXt'
    '+Ewdj7vD1upXpoj9/1N/Qixfn4QfeAnBdeq6uq74XFH3LlNUnjWKbLFNIBe79//qOI6bxCnYbKCPE8m4ItpL5Zu5dVzf2Gnpx+fq'
    's8S+wLoN5myLQb8YP/2PWq5rGa26IveuVi0f11KNzeYYad0NtRxHS2EPE2WPuHKY2hZm3N5Uy3nKkdb9ued/qD0DJbQLwb5NRbrA'
    'wzEuar27Pw6c/8p66aOQPgLpryB9Mlt8Z3I//H4Q0schfYbAOQDpz7NenX8p8DoPkbys7EFIfy2p8xlS97OKOn+B6pybB//mkC6G'
    'dDykJ0F6HKQnQzojX9yWGeT7TPTbqfPWgneHz3l3VA3EpoZ0CaSTasTfV0JaBulMSDdAuhTSuSR/Qw3c3yz4eZJS4BdbUwcl+DVQ'
    'KD73MNUZifJstIdHf/3agtinoeneG/YO6LxCaWyvdPnayhLXr5K/f1czMvWz/v+4hvsvHE69pEgnwHjVL9Zw/irsGdFwrJ3dNZze'
    'ziY0byKkjZCuILRtLaSTIZ0O6TpIpxBauQFo3kY0NqPZHmxFzcjahI5HeG0iu9H+UDuHjgC7BxW+PFft+X0Nc88/7jOlB6q9u2Nh'
    '49bJ9GOqer9Wzc8iRuIcwGnDh6rl+sgosrsuP9pV7flSc95908De6naFLRXW/30Hvp0G6feP8Y+pyP7rAVLHLZDnIWKvhfN8F/I8'
    'l1bX4cbXq/b8F43W/mNbuqh9fb7K4w1VNpom5zDDpbO9u8q7r4PlJiovPSqRm1Ty0pMgs3wZ1fFbIu+wMk9A+ktSxyGJPPUokqvc'
    '839Ux9wc7NeQLoH0TEgX5orrYPnWQ3o6pMtReVf/j+rIgoyUyotlqIVExmL5mcw2DdIzID0GZK23Vnm6T/deFOE3jiJ8RQOk40PK'
    'VqcF1DVFUldjyLrmorrC8EW43DRIjyffF0BdhSq+7w3X+aRT758qh7dettc8Usl5DhOfQiI+SLesTAf9dTQGcZ2Zt2rwXf9SyeMd'
    'luqsfldlMV9TCl3rswo7hjeifpbC9tip4+RKL04R9XdlesdMVz49FuHvSN/NshD+xskvqvRL/1XBY4GG0bPI7IFd+T9G2HS8vlnh'
    'j7UX5c5BEBzVPYSfDgNfe3mFB2c08npO+86FucZ80GkKfoflWwDpIsIvzQP+5wQEW8Qj4Tqac/q8mAN7egXnrRgfYEP6GkjXQ5oK'
    'yYPkKzhdK+X+zNbdH/L++kplD+HU99Aw1cdo1rcE9ZWSz/k3VN8mKzjOzSZLP4ZNn8SG+oo83+/j1C+Z6JMuRW0YiTN9N35snu8f'
    'cdtUzciXnqfarMCr9Ai0ga6l/yrn8cW7yFgfkNx7rLOLbbipPe4D5TyGexg+TpcH+Ea5n18s1Zm+U9/Hhqk+Njfv0KjPpB7ZvTh2'
    'XrZxmOpjdO7UEtdH6ersmOrbRnjqTsJrM3ypLOfrO0p9A1b4s5LflvnXYpg2qOTDB8v8fR3Oe9mu/r9MLm+Y2gLTtfHxEsBmc3Ql'
    'GrtS3FtrVcBw9X9lfG2U+u6cGysdjeeAxL7oYrv491YC8yhbLNMuKON3guI8A2D33nXuzOveS0+VcT/804memMo2uvLSH3JcXtKV'
    'aXR1nI8h2KcQvelcohc+yxD27TnuszsuOUnFczwLOPPZHPf9HsX214H1wRy3URuJe4s0Nubb0LhulejiZDbCYe5kMPgFwM3xpI4X'
    'ybofQHNB71+K+rMCwaQ+NNpJP9sUulY2Z1NzfJ/cbhX7Z2k14GFlc8HoXg61Pa47t3/KymGGvQPj2AlOskprO+XUc1eJ62F7wg3Z'
    '0scDkI3lP2VHLhbB1iyna5eTur8gubPA2nT9lGJ56w0IVpAMqHP/YX3W8w08mn3GHCVo43D7QFKdo/85w9fPWnKP8nhI1xC4rwlR'
    'zy8yPCbHZoLnz2rKCPdmPJu24bJRcur8Usbz7VoKWyT3/C/D10Q7KaN7r5nB2oPGZ7jum2xCdQ6HT0D3/B/hUk+AjjIIl5ajeY37'
    '7M6BPxnB71XwEi0GewMb9wzCGypPUjlxh4R3YXubQ9+ayP1L2do/McTafyLt2cKPJB0sAF2uC3nv4SGw1/kigsHOks5RnCmtQ3KW'
    'A+OjaW/usF3NfHInYimxyzmOfJ8GdjdXCWCFuVfhwOpGsGaS+w8mNsSu/h+N06UPwD3f+4rH5Yc/9NKeb0AMRYh1ccvDYP+flu8Z'
    'bZo2/KvSPO5AmPhVMn5wRprf9SylTYV7/ofqov3fERPPycbrf1N8vPpJ33Vo9g6JjPGLVPSYXPemPLvpIN+VKhpzvMG9dR3a9rkU'
    'j91yuiEduC7F14iOnR3+fXj9Ixhh7fYvS/EYl6p1RtfBJlS2VbAOgmyNz09Fiy1H8ePklGcDUyo9Sb+k3mmoH1HPq9y4LinPl7yK'
    'N2FxqV37H0EbwurpHXi/t/m89gn0uaJ5Zed3v0ZlTda66//L5n0P0pPjvt+J6ttB2tiqsF+62ebr18Ru1SlzfUDZIDtUp8xHUD9b'
    'FbYIzN7svaiMjj949/6fzWOf6uw5nRKc7LCLz9Ljukfo3v+3w8Xf7KLrH8ZH9y6t6/8LldHhCZ0yM1EZXZ16Eyqja1NdafMYt0Ey'
    's7v+Ud5WxTn0Xyx1XrYenVitjVb8fp5c+19oh/P9f8+BOIdtXvoipC981Mt7H8r70Plemn6Llz4FeY9p9/LeFpCXwr1ZkPfkAXHe'
    '/yfI2/E+cRv+PSAvhfvPKO8LW7z065JxeE9A3lPg93WQ9x0or7NonbTmAn/ZAtBWmveajeK8bYK8p1whzvsmlLcN8l7bJe7bOSjv'
    '7h3Ao5wj7tt6QV42bzTvCYK8bC5o3oUo7+Kveum+OwCHQT6ZeQvY/6K8/3En3HvfB/fk7/LSzD5Y/yivSu6pRnmp7NQEcMffJ47f'
    'qorZqhNLpozQbKa/xXGQ2sg30zhIGfS7Gr47csc6wBnn30PDbv0GlaF9S0XoWzdp/6noWyfqI4sFzL6xO9tsT14hGBOmp1oo+MbK'
    'zRbAPHyWZPG42gfg3VGCeWH1sFjytcD/4P4dvkuO8rQq5lAWl6g25HiLYjSzWJdB+zmOQz4rJJ6Z6oYp32HS1zMseXxwHb5LN3az'
    'SG7Qbaconvh2iS5VJ8aOylewM2fvhvkb7rFRtWsj7A26ct+miPfRWw360RvT2DvjPiOCLVyXpe/HsFejPXS/aoI1bgHepqzg2Gi5'
    'EDRopgS/B+xiHjiMnZzOGtlG+O/6Rn5vaDtpU1x2KdsI7vZLZAEn5scUSVt6BecJcdX70AT/3amRmBenLV+d4L8LJLq/rXO/5w74'
    '9hg6D1bFUtG9V3QzfHtQ814Ri7Fye5rblTn97Z3gxY7H5e+B8o8a9te0TbgtLP5L2H6sncBtDjsM7k10kfNVXZydIamP3knUpQeq'
    '+soF9fVbwXHFo9T3+/FcxyPzU0HvbOrCfnS8Z6Oqex7RI+F1aIwX3X3SvfMXoQ269EfUPtyG68Z7c6pqw0DI8WgjfPbO8RyHqP5s'
    'ewlw9hKEQ30SHKJ3THVhrx/P/d9/04CmmtyVHG5aXBjv7YM6/kFw/Kzb0vHT0983+O1n+4ltSr8B7vZplnHv/DRwO6RWiW47Dhrw'
    'DdTHVk1+OK61/xHUR6q/32QFx6oy6eNAQD07AmxCdXT6+OzkraiebZoySZh993Q0Z1H54j6JnavMvnT2CNTNbJ/LG7hdbqeEZrYY'
    'juXz43h/hlP2cH3+jvPbSMctazj1fBf1sUtyHmu6jnXX3idRH7sEvhTioiVXonq6JXcdumPoTzvUEzffRvmUs0tUDx23ZYAbuvXE'
    'yfs1GPaxL2QfX6rX6+Muyf2sKHL9r+o5Xt5EeJNvEL7jAQ1b6rslvMqd9Z5tNeWFRhNv93EUT+V2hf8O3FdqYx5Xe/rquZ3nZomc'
    'wXBppwHeM5v8S+u5TaopD0fpwWsiwKLr4TjU71YDPkW3rVMC2jpgCKsyAizKn/2trrjfprpf1bgeqPO39dmQsB5AsNoUPI+KBn0X'
    '9VvGZ29S8BsyPyOuzZ8G/LB8vBvzC41FGPj4TvNO1NZ2Sdkwetb1YLuzEcGPWwfnwD9DAj8OnZsb81MAPy4dmwO/sc67H6F77tMV'
    'g/z3Ui3Hnyh6PAfW07X8fse2kHuDKU79KGKdfQZnAIxmfAXVORxynlPntWieRLKCyb5xRQRYlBZvjQEWo5VvQOPaI8gT5TxV5MPH'
    'tfkfhjop73N0rUdHTHl73XHM1vrv0ET1h94TYm3+d6E07TBdr3cW/HQ1aC3ukvC9JnV+vsD3irh16Q78awp83UXRnbs+Pwt8Dewk'
    '4z2gyQOb4salaHyC6nTSS2zz8V+PxqfaFuOS7K4bpRFLIsCia39Kgct5VP9Oz4ODZDfdM4Bb08Fy3ks1fvmf3pMR3eHTsd09h/iF'
    'ZHeGzwKb3l+NQN3nQN3fq+H3pFpCnFuYnFf8h6CuHgNerdOAn3uPoK7+kP1TyR7bBHUdY5uPYbfGGJ5b47/fF6SPoPdtXZt/BEMl'
    'K7VJ9taFBjBEfLm7/4eAcZDAqKrhd+9k5za9hvurA/fFaj/cZ2OAewDBbZfQyq4Q8vWPBHBlMqvJ/vFNBJfGStGRfXstse/wTyO4'
    'WyXyXJjztfdpwA2jX+it5rhqAhfrFVo02rYjBE69VgC339K/t9QpuX+6AsGN66zSgXsMGsswZ3QOjJpq/13ig2TcdeRonX3LiflR'
    'p3luJJM1/ysEDCpjPqQBo18B4w4BjG2GffmaBoznFTA+LYDRZzgeHxTA6NccD0Yvdld5OB5VJqJ8/RaIgVHq8yR3/Vdxnx0HS8BX'
    'qdbHvCoux+vw4tT+RsWbj4sI/zYF/Jcr/XMl8nWkYyd0t6KuA5U8xuXijNovxzLkW151h9/kHuH3K/14L7qjuAL5rsf3/GWyzA0x'
    'w2VyihPzg+ouRL4KVsUol/UPY52sn2+s5HvueuSTRYUn1A/VatKXU2KGy9o7v5L7UniQ3AV+GtJfkPcPobvC7j0tBMMm/hbY7xri'
    '9z+D/Fs6MCoQDHaPfAakcyCdqoDx9wruD4DKwt2GcpwD7ykBPFO6XLT/C+D1KuyQRH5jmQ3/bQJ4YWVkB96NFdynANtvqT/ZAUvs'
    'd/4TBmW7iIzyAVTW5BzU3f/RGLRr8ouiGO1szjtQW0zkBKfMxQZlqRx8pqDsIYlcSXmx1RU8zhAr+5KBzkWHh54eUEdXTHXk0Rhs'
    'I7L6Ubb4DIHh30t5/bIU/36X533TGS+TMwSmL304z/G0U4KLnQb6gu+j/nZKeOc2AQ10+X/Ulu1WtBgkrv1fALxeQ5sy1+cH6psM'
    '3oBknC/P+324tAnOK/B4DUDZt6GyJvpx986/QVmKf6/Nc/5/uHlKl/9HbWd8wsmEv1kh4UsmhyjLeI9qhDcqv1M6/N7fy+OBx9r3'
    'FIJ3jsQ/VlCcJ9q+h2KCx9p3Wzm/V055t4fJ74OIl3Pv/6GyByT83W8k/N5nUFkG9xDhFWVlr0VlDwny4HY8SMpeicoeC75mTiWx'
    'qzbkimNasXigvajsbMOym1FZ5vNmKfF5s4TEzjodyl6AylI/OctIzC9a72mo7LKcOFaXrOxxqOw6QR7c1jNJ2dnlfv9ubGzWKept'
    'QmWn1YhlAhn/nkdlqf/7OaTsdOST0d3/y7jPp5YQtt/Mr8QzAjg9IeA8JoCzIwScu8v8PrP6Jbo5thd9W6MM3YO+hMq0BfCbeN//'
    'lKDMLsKTvEL6c22Z37dSEJ9ucma4yxB2lwHsTaivsngAHWR8LkQ4sDVEvxicUwPq7pLUfVxA3V0Gdc9AMUe2ad5TUcmvzD9LNeqX'
    'yAebCLctjTIUt5/P8bHQ5e9F564Hc7xuype2CfhT9/5PQJleST33GpTpYPa/GmXo+dBX0Ljo8u0iue2TGnUPELz6kEaZp0mZK3Mc'
    'F2kZVbwdVR+2CsbioOJMTgTnjaiNqnWm0svQM9d1OT2fgdTGjK6hRSHh0HV1tCacoHvdrv0/woWXJDaYvaTuf2R5GaZn+oMljmPC'
    '+v0njTK0j4dQmY22eC+lftAfz3I+f03Gz8Ob6vp/kOV+FB8k/DbjmZ+AdD/wyv+JyjA/kP+j4M1vRGUYvAMKnvzfUZljJXzmmSiG'
    'rVPmw4IyqwhPfDz67fr8FZQ5k8TG3UDq6UdlZmu2rUNQRtW2S1CZ0yU8PpULXofKnJkrLivjy9cJymwgY4Dfuz7/A8qcLikzO8t9'
    'ZbYEnM+68n9A3pdJ3jrAHbw2t2nsx4xfsFFdQfZGrv1Pxp9XZP/j6v9Q3iC7Dvf8L8P7YGqr4cb8C1me0bA7JOV1eBun/NcFfaV8'
    'LLN3+UJA3i7CH38ioF1dGu16P6pLps9k7dqD6toewtaqG9VF+YithP63SurS9f11QUBdNJbJawLy7iJ9OEmQV2Q/UwB9Ic17SMKv'
    'NqO83ZY43gc7fzoaxibM/WWX/0d1DZA+4P3Z9aGG8gbxCE7ev6Z5Xhbb43US/eXvNfIyfdvBgLwnEriPaeRlcH+c5rxnWH6hADYV'
    'jSWwQ3bv/6W5f9YnCE+wH/EgbszfgLwHSN5rUF4Wy3GxIA69y/+jvJQHoHl3oLxUV7YB6fBc+1+UdznhE2ajPd/1/4HyniaoG/MF'
    'FwbkpXvumWm/b1C6p60T5KFnOysD8rB1tyggDztXnSXI00PtfwV58JmWe/9fkIfuv5WCPNj+2l3/KI/IdsvV/6d4nlbJ+dBzKc+3'
    'osm9aNf+LwA2o51PENg6d4/d9S+A/SzJcxeCrcs7ufa/CHabZO/+siDPLsK3fA7lEfFeTp5/C8jD+KdrUZ52iZz2XtRX3TN9V/8n'
    'gN1L8vSgPCJ7aNf/B9Rvcn/VPf/XLNdPxva1huVYfSeivmyVtGm5IA+tf15AHgZnuiDPSwTOxIA8DE4tmltdfaK7/gXldmrg/ws2'
    'L6er+3PK/Y/N70pFta98xObj0imhkz8KyMPo9p0oj+jc3slzC+qvLm/s6v8DYG9l938C8jBa/vGAPIx//7CgjW0abbxSAPsgaePl'
    'gjyHSBu77eK7vlHm9lJUn+jesBvzB+Xpluh8zwzIw+Z/nSDPNpJnpSBPH93/BXkors1CeUS+at393/bTLRX/7/r/MyzH2mTDvEW9'
    'v+nG/LL02kBlzwMWHxeRfYmr/0N5dkrkrJ+iPAcl/NUPUR6R7tG9/2fxtaRrO+Ke/yPYIrsNV/4XjJHKFtjl/xFskUzl6v8D8rDY'
    'he9GeahcdALk2R2Qh/Xj7QF5mAy2FY2jru2Iu/4tz19dXDbGrv8Pwbir5DgW86PG0EbY3f9ROV27FHf9Wzy+wm+IfpjJdw2CPDjG'
    'EI3TQPM8lfXHQMjBv22Lx8SyLf14APh9BXqPfa4zGGWwzk1gXwpw3WsFdvCTssf24w7MZy321HrJXkv/aTo8J/IcenNTALr51mSe'
    'xPNkRZknSzlPeB3T9Za2zGIcJPMnmL+91loy5OWWFd8U6s5N1LltgvI2vK+GcuNRXvdcDtJJg8V4kQv4HhXnGOzdkF46OLxjE0cb'
    'TOOPpEK0UbW/ptH+OtGg7azfJjT/qBB1fNuwDkrXyiBvGv5wGRGcoHmV1SviV4LaXBOAh1HLO/09GfFmdZBOApxy8q2BcbLhuy3p'
    'm9P3EzX7zXCT1dsIej3Mv51u8Vh0onXUDOklZI3UERpUBTQobx1GYma2L3xs1BdNeJYKHm73HEjfTOizpYGvxwD/3gQwcbvKoV3s'
    'vuEc1A9Rv3TrZGukHvLkEe5noT5rn2Vd/7gaT3MI7+rJnpEW7BkFRI+ctm8kbXNk1o8K+YrUq/phuPcPbykdfgYH9+xhc46ek60Q'
    'TxOiLQyHdOcuSB5sBBzH3xZYerEXo7Sp3tKLLZgC+Rjj8tsD1kMT6LRsoGXVcF5UwWAeQfyqAQqmzWSYwbSx4ILm2fQpCGi0axcF'
    'ex+eyxbQ/7G5rAUcGGfx+KeH94K1Xj/ourMkNFWGY7Zgf/w22R/LJXttwUO/w77NaQzFHnJWqHOvod3y+5l1/QNYPO7ljfDug/DO'
    'yffwDPAPhHRFzahdbD907YNg3ePYp0sgPcHyx3VdCuliMqYiPlb0LtErKNZkj1I1EPCoRVjKW8jWQkbAOyyHud8E6S5DOUqWrxrl'
    'a4Q/xuLFDZ/tNycN/Vhjc54uhXihckKDJsBZxqBmfVS+K6JVAfwBo3WbCdy3JGukaI3sfasV5UmpVlANwccrEK+czPurY97rYe4X'
    'o3d1Aecq82M4V2mCep1nCuSpRjhknyvfG2j760Lw1+WEv54OYzARwaX8CE57BLqDoDNjG+ke69m9X5TiWPf4fBinTIYJ0peL5GDG'
    'P01eCvcSCK/kpK/cV8wrnYfylA8W58kPgl2y5cWQdN6dC+kFMZ3FZdAOL9vfmH+BcVDHOYLURFc3HsGakvGnYfR+unoQlf6qzhBe'
    'HUpTgAc9MH6dsA6zWrR2SMzKjHE+dD6lMGbnkFURaLHoSVetzd4xJNCsRXzsPwF9YnNtB+hBa0EWk60hiqu9gBs6sPEaSAfo9LE+'
    'ciGSwyzNdmWBvpieX9SQfHHoi0ziq0eRK1k9KfiTjS2LF09pTZ0h31YH72XnPnXwXhV/XqbbtwXwbAMahnFoFqS5QTM6yPZoPBY5'
    'xEMw3R/mgesQXIYHpnDqEQ41gXyVgjKzE12yUJcskhsEZDSUDi/oHDNdYjx26cEbwd/hpR4dCNKt0XVXgO8VZE3MJ+cvOnYUpexj'
    '0/u9NLt37Pbx6x8Y+31c/FUvvfbekeljdhj6uP8ukGluHR19Ho55zdwLtpj3jK4+Mr4J321jdtWVArvqDmKzjfkfE36Ntq8qoH1T'
    'LLFvmTbo/1QrOBbSJo0zkGfJnZgrA+ptKWG9m4F/pbbsuL4ecj9A5J+H5deNI0bt5mXx2IN8ojAb+aXAX9M7IUFwTNu7xRL7IqH3'
    'W3TiFTxP5kCG0zrrfJUAtysMcVvnjpsu/mEcY3chHLv6GTHUq3uXSXVf53SL+3qlvjy3xtTnBWBTr4PLqnHYVOLxiBv/KgPwb56l'
    'fw+vV0KP8D1j3XtAJneEXH/UoKtthjMyXP9ob/ulqO0tR1jbFyAc2WGJ/bbL2jzcbQ27bkT2ybsD+ONKgU1lGei6RL7dcLxVEb3o'
    'tsSxWGZaZrE82wzh4zMPVV7R2OYktEfHRrSM0CSZHkxkixykn2Pt0NXnufc8h/42oDIZ+AvSrzL7oQWwtqleTFePmxoF9QTpX0U6'
    'Uh3dJstfAeUzCpvSOkM90aQAe/kKgTwT9S6ACE/PRbbTmIawM7tmZN81UaArt8DWEOvKsX3vBICVl9ylKAzyM0yL2NxakJrArhOc'
    'Wx7dxu8xsnfrW8GPATqnvPcaL/23Ni9tv4zfY2R51n9QnGd6AJwJbwA/BgFw/nER91HM9Pwv7yluf17wjfWD0jY8xvnB4vMT3T1F'
    '195Jhk+uHeJi/foa4fxUdB6CdYN0LLBOjdpsNQF/gu3Q2wGXwtq3jjH7kXR4rTjHh8Bnr9oST8bLUPpgcn5tERw6GtbaZRshfhj6'
    '5qwj/K1KQD/KBPQjLL8mW1sFyR7h4OpnJbT60M18v4s6Rvvu8NK77/faUo++XQv6v5/c4r9f/beveOnHvw36vEejy4Em90Ca4LeN'
    '9iPGzzJYtYJz0KyGrMnom/N3OaFvzWQcGQ1fQnyCnUn86y8hvsK+jGxHZhPfm+tImdOJD1AGew7A+jjsNdif2TLSnuWSdrFYAlMt'
    'sV9T5oNsT0B7j5X4HT1O4k+10+L+zFZJ2nUm5G2xeDwvWu98RQwFNj7nonnaQGI2UJizUTsKcK+D+otdIhnTdTnOY4xXjNWGnBhv'
    'miVzzO5ZifzPsTpOgfQEMqe0DXMl5VeQeaJrmfEUUWleecB6k9E8ZhPy7f/f3tdA2VVVaZ736lW91B9VlaRSRVKEAhIImIRCCYQE'
    'sMSIqBgioQkY/urnpQqq8qpSvkpICRgEEQUHdbRHe5zpttU10p2k+V0mOI4BhcCIKCi6WAt7oME1hmm6tdP20hbNvFt377777rfP'
    'vefce1/9JK/WqnWTuveee3722Xufvb+9dwyed4ayrzP/KNz7bZVn812hgmtERm27CWyA8xLo52TuSLBr0/P2uCqtwWCaPzdOjqM4'
    'NpKvHyXjGCPnmTHNeCSfRmjuKOIPozkWJ3NHqtKciFvYM5eq0rx9NFfTZO0IkDE2vhmTfMzUXoP7s1zfoHYmXpNkRxlt3Do+WBfA'
    'B/m5aqWlbrQN3q+DcfkxnLMH61Nl/pOxww9NxsWVBT+UVPxfVL2e+lV7md2U6/XSGSBpOk+R+4jhrMS2+THFJ1+u7gX21EnUJNOf'
    'k03wbBwvnmZrkiX6jSOnmos9aen07ptiY/l3qsh3gmLKaAw1jXHlGNag+AWJto52+jHJxxQUXxUMRndmNwzR7mIWKH+oxGdNb1we'
    '6kAZSzw62ne2wxV9v4gzWZQqfWaEPTM35fES9B+ijlcv3EMdM0Papu81Ky838B+U/hnE8vyLKv3GjXDv/5F7w6xvrwv3sG+/ENoc'
    'J+cs7FMv00VxTn5I3u9hY3rKkb0V3lXhXRXeZRyDj2cbSa+oY3qFWl9c2790/93dVfx3V7jOmsb4EaH95oTaz7D2tX5naD+szWrh'
    'PHmT8mJTG4HX2fjCjnL6riJuTE6WSbnEuk10c0dmf1OV5sgz8aEuIXgJ6rO6UHk5ZPBviyEWt4387dvK8/3g39Z0lp4bMaZqAK4F'
    'uK5Vsh/W1FZRodHZQaO263oj4XW2OaaOkTXtnu41jWvbkWTOjbDmDaqSW0yXW8zRafW2x6mzLU4HLg5pg9psKnnqZm+eukR0XEZD'
    'Nlg00zbj4GRovJ8zBx8kZ/79L7jXhp948XLOM+uI7tT5ONRpOCi3dx559oTdXjvSsyvJszdDe2c/Lz97Cnn2lgfd65LHS+P7msgZ'
    'Z/LZ5yDeEfA9TwPm6OsQB7nvhVJM0KPQh1ee8Lcb1Z/QBn5fui5ppc/b0AzYTcQerxTOl80gGG3j823i+leyPldZ6k6msraZ6Mwm'
    'tnmaf2gxwVdwnK3S4D1M8jaZ5IcL8kPQMUVpi+cyupHNO8eUNwlnKUXOI+XKVWlKC3PZme5+gmXiOS3pXtTltLTNM5SF+TKNM2iC'
    '//NY4eNUqR+9CeIeVlus0VSsiWk+RZO5CMq71cBkYy3B7+vGL9HCWQItLCf8SKIFXRz3YrAXlHOe0ZcXFvtdzfjCZoEew/IK0X2h'
    'y6FL+4F50G30D1N86ykMt4rPZ1VpTYpTGF/qJO+0TOG3WyKc/XVzl404d8747xLGT3OVxcmjxPMghcVf2cx74To7m4lp7JPp9+cM'
    '2M3ziWztM0qucTDHoFaILr/X6SROBee/2pLGKF1W6M1b73UPTi+9/fSpY5fesI0svGRLd06bdxCbSA2RezQ2rx38zClo4zSQWa2q'
    'kiMMf9BeUZyj3+m9wPFzhNF1ulZFi7vT5Su1z73pWJaP3uSbcAhujmAnN49dYz9VsDDdJgZ14PPvTXsxK5st+ee10MY5ae+cR9uo'
    'UuG5ZE9Luzo81f053nybknMbhOVyoDkB8ExZn3ZjU8qV/1jKffxPKfPcx6+l3H5UfFCiDypGTYXQPRHatu2ZAutut7K4oJURcPK0'
    'zQ+n3D1rIrObNG28r/iHVaQNae9sUfa5qgYVi9Gz0IOkHFVB+Ti4vWh+ys3Zrauvdqbmni43hm07Th8OA59qAz4i6csNFWx5EIau'
    'nH5mq/XHnPu3KTdfDdqCsgZxSr1lip9y4p+WMntVTiPHdirzvG88r9uA4Z5vgvvzhJguKafeILPTFcj/ae1siQ/lVGnexH5NDFg6'
    'Bs/W2fmOi3hGr9QQmf0Y9duJrZfbNCs1ZI7u9ZfsymFrbsI7kT9SW92pjJ/lLPwXI4QnRo0Z5rkfm4D/Lg44X/F8oJyv43ttyp9X'
    'C21o+D61dTnfvYTIuj4l50+z0U1HWRt5ZZ57FeMfHH/DSZo+DTP5vlXFj+GW1oPbZnXxZq0VeVWRVxV5VZFXBmselT9JMqya8SvE'
    'hVB+mlfRcqBXkW/SvIob4OywUpXmKaTf5HlC25iNhMokqT90vCir2pRX7w3bqBFkhJQHcgV5B+t683yuUl+oHKTnrBFyZtLJhco5'
    'piIXKnKhIhemQi4gL+O8D/lxivHi96U8PkRlyiILu3De4qxE+eekLSvlyhEbnZzaqLaw9ual3Lak8wKvDWFyxusV5IJpDqIB1rd/'
    'hDnX2frpdVgjS/sE2ei0/SLQm0ktiZxmLZw484Xsez0W4x7RvDvMvvM35Ew3Kpzpwr5j0pe+kD58CvwY9JkdqrT+B9VfVig5H1QQ'
    'DeRj0MsNxD7Ro6LnHqPza1I/pEfp67VQXK5kE88rue6KtA5xx2WKL81r6J/yAzo+rv/OJXpqFvReSi9jhjTL58X51mPEls95wahm'
    'H+va+h+kbzlD25TOduS095/JPr2JPcNz7El7Pq4NBvPinVxmmxSvNcRpA/OELi6zXJHW4O2Ag5tq+xfmRG5h/R1mfRjQ8IExYS9V'
    'B5yRmipnpGP6jJSqnJEqZyRlHneM55S1yr7uV0Hw41OdpN9QN6HvmMogUz1tjPHirpSb/47yYhN518fsWK+zM0LBQo8qGGKGTHXz'
    'QVVa38dk7aS1onJbqqs2yJ6TdEHM1/XTBOQnPWMv0dg7w/Be0vhzIVhJHP+YgPOiNlS0mQbVeeK+xiHN/hlnMj83A/TGdSAbgmy7'
    'XNc6l+iaQ9Ooa7aSM8F2jc6n0z1fD9C/skCPbYwe52hs5WcY2KSwDy3Au+cqOYYPz1Jc76uNqPdlQW/Iwt9N7F7c/zEinFmj1Iei'
    'Z8Ktyvy8L+HSaLy/5H/ge22lgM3qUf66t0tVKR6a25uG4NmFZN9sDaG1QVVad22nkmvFjUWcWwkjh9i1PWm39gSdpx7BTmbzrXEy'
    'VomWepRdjpSkaAPH/K4A2hhjfsBzBNp4kz2zQpnZX3Ma3GKetXc87G8uY8MwjfUCxvM3bOw0Nnxl2g3MofPwasS13jpD1/pii7Ve'
    'S+bdxOYzlev/RsT1zwes/96UW9smbJzc3rhT4ytJij/kpolmUHZ8iPDvQRVcFyOn/LlowvQ1lE2LItKL6diwX4uJbkplUZxaxLUB'
    '2AhKXwtSro9A0sHGYuISw8ZOn93K9Pnpoqt1ys5PNx6g806eZwUcCpXziHNvZHrLiOZcm7PQX3qYvt0o0H8Pa39MoJHPKLeOc5bE'
    'Hpyfca+r4XoBXN+dccczB+bsogzkfOpwr5/o8ObQedZp/2rCS98L7XRl/GvwLmjnjg6vXx+Ae/S5s+G528l3VrE+XprxZAnSDt5b'
    'lTFvby1c12e8dZzL5mdVyDicZy6DZy/OlJ6L3sHevxDe/3hHKR/gfY2qh15A1sC5nqtZE5PvmcZHhNU0sDkv3RAhBupot39OBkA1'
    'cyvlrmSMnYRXzFf+erY0N41p7Ywk6Uip6Pkvuhld8dz1BXL+wHvjRJ45985UXq6iV5RX4ylL/oYyBnHgjew7nao0Hz99ZwH5xi3w'
    'txbytxWqtL7nvM7S+p7LVfQcxs58bST/t6mV7fNrdMPSpWQaSzpfSDuMXcE8CP1RQXlKbb+FfeR5GrHui1LJ5RqqiUH77crLJefM'
    'T3OXdw5Au5mz11u6vP+3dNnldLOpjWibs3KVip+jRqIt6W+4x8r1PK19GXdMOJc18GuSt62F0MWn2d5FXeAKwqsU8V3ZzMkai+c5'
    'vtr2/bnEVtsGtCyNayXhjWF6VF3E/et8/x2C74Ty5g+Ts8JS1se3KX+uTtM5kGzha1RpjHoYbXLsw1z4lfLZxdnXlP/g2E9h/lVb'
    '3+pCwoNojDbPT2XC22vIc7Rvcfl4OgYf/4hmHnvImE8r0ZWP7bxJKgBjIWjE5kq0Rm8wodUU4Vk8/9qXP+ReT9zh5cvBe4evhDrH'
    'Y6UyYu24e/3RBtmHpfPpOu/8ocvvWy1nX7IqWr4ym3z9pvupQ/lx5Ci7Nmvihq5V/rxGUXKtSXx6M6Eh5LX9wKMbyTc6hxTRZIMx'
    'KijvKI01M3vRaIg9mNq1biC2r1EBA+w8s4nYfgYM7Hdb4L33Bfj6epU/Z8aFpB+9zGaGz6yCfoTZ/bYLtrtmZkvbbjGONmL7LRi+'
    'J83/Fo3ehvt4nmYfvzOEJhvZe9UBNHmtSq5Walw9wURHk3TIlZY6nm0+d5q/vZlhWzi+b1K4LNPLD7q+LUyu1BvG2qTIvkiCtzYk'
    'cHZrtFgDW6xDVD0xq7z8boUQzIIur7ZN3jenz9tI7Ea58xHkIvbxEk0faT+GhTMNxW2gvdsEE2ZTn7yanZ0lbPlWg5iJKPOiy3Nr'
    'Qm9Up+LryH17BY3vGPUmG3yxxPOTiO+Ns7ebiX5gillJar+fbBjnYLMfTf2KOcIDprMfiHe4DOYw6h4K6jdiEufFaJ/ugSVkzkZV'
    'cAynLabXNG9OXB7AeWUP0RcbDNZvXJCNo4axK0nyjAUJ8IyFAZg3Oi7uX99qSO9N8Nypyj4G1iSOcyJGvzgfo5gevk9GCMYxriyV'
    'cuz1CJgsvt4tCax3izKLP5NyQ+FZrlGjk/QIuApc/7kxMD3DxBdHYxNpPG2U9pKQY+9VZnlHkOc0KftcIU2gByYZM0pxEHFjRiW9'
    '8B8Bs6fzw1ViqGZeDN1HiS8BdWUbeVVZ59kRK4c5i+LqUXPYWYpj4laS84WJ3Q71sE7lxUn3ajC3UeUIx+3S/tK5qLWYizbwF9O5'
    'qYP3WwiOshHeo7XweC3BOhVcRyUMXxYFX9oCuizHFk1V7UO009J6OA3KribiCjaeRmVfT7pGsFcmYXPNxtTbUKeiucakODsTXQDr'
    'cC5QwTF1BQub2E4Vrw4n9Y0njVVpMJwfrGNPz0PSeWBc0NN5LKnN2TWlotW/RBnr/PtA8fcXFXk7Y/WqvcqfmyBticEfraz9rFx7'
    'jI1CXy/mgEL746nCvRuJXb1WeK+ZnYcbA57huFaOC+hn96ScRdOFk6Syj+ciK8AY6kLkdhOz843ElFNBmC5bH2VWeTl5pPoNUr62'
    'mzQyZ4C1M6HkGhO4zgXBbtnDfPZDpH85ZZbLQsqtwHN57VDm9TJM6tZINhTbGh1SPH+f8sc0IzZwJtXwCIuLr05Af6oP2IN0T80l'
    'WI1ew7MY6kvl0B2ncuzziV5uO3YTP/psmINVMdd/KbGNbmP7muezHGbzRu3CA0rOGbjFoE9DR8E60LOdzToMKzlvy9FAm28DW4vp'
    'XIxbyIsxZZ+D0uZMOBvmF/dfHFmH92f7XKxIaC4Qj3K8Ks33O6LRWYJ4n5S3YzbPcxfMi4mv3lQH7GFznmTbVanZP+driO93gsmJ'
    'MfbuTWQ/vG0KeK9zbUz5zxxvsrNI2PiSXpu6BNamNuDMQXVP29znYwG+D57ffalwfpXyMwwb8j1bn3U/86WjbcLp20kCtsfUHj5g'
    '0Rcp9zTFbEv4hz4VP58jp6lMgjQ1LJzvJ89yaf0zqA/Wkme2a9pxCCUrPOPc+33KOy+Y0ATPVXQo4vv4/ZdSnp4szQPPKYm5ocLO'
    '5N8LaDcXo909Kc8nuj2kvzqslsl54BDTP+4L+O5YGb+7jXw3qXZpX3W0vzHl+nL5MxJmazzgzGRq/8kH2KxM/W88P97JZAyFWTqG'
    '34A/zrSvpni77RoM04skVshmboLaPEAwVjpc7SGNLsOxynuUVy8hL+gxJvlyTfAXunzEUj0RkzZ1eZP62b4bV/p6leX4Lup8m6b4'
    'uzje8wCXbYLFtKmRQ8c31WuZlB5tk7c/DCNdn4C+tFgjMwYM9UgJc5RXwTnIJsDPK+ExC5o17VWlub2niofb8HfTuAXME0jnelzp'
    '6+tIPMx0vhcTebPdElsT5XvT6YM02Tc1CeybZmWfVx/5413ELsHX4yb27Ec1e9RW3gXpmVRWo53yWuIjDeqjpPOH4RXDzgMXTpPc'
    '6pwmOT2TZEqtio9pGLbUXaW8ASMa+SPx318KMUtbDfD8VTNkzpPmR7b2gn8jPsZXhLOkbXv/QNrrSaC958j4aK5Zk3ac9/9XwPii'
    'tOfU51sScTz024c0GJdhFV6Lg9o374L/J7F+5ejfdQR72s/a7tNgdbdbxAHhuqwj/PsVJddBKcd3Tw2INxoI0ek4f6I1xcL6ahKz'
    'hDjNkwU7t6Tbjavy1BuMgrsrB689PgFeu1pFr8djm+sav0PbGLLY2xTrpVtvmlfmz5Sbl5TSKMeFS/WJqO8kav9ovA33FVcD/QTV'
    'Xw8aF83lsEPDr/IqmfpNuRC/UzuMB59Pq9L47WUanquz2/IaRBwnOWphT8tpeBmuxTvJ2WDC0rdpih3Q1Z+iOvpUjlmKdcc1PJ+s'
    'Ybnjq8uhOzay+RoM8SVfTvSpPjZvhyLE7Fwo+HltcSVOO06uzTMi4MLi+OVt6z6Xwxc/HTRwS0JrdhPB9I1ayIuCCq7ZccUsoYUz'
    'iI/dJI6U640SNlKHlaJrazLPcWiVnumrCe06bb47gH9Eifk7k8hMGlOLmNv2ED06TlwgzTNkEwfMdRhd3d8kbPwmGJpBzTkF99M7'
    'CI8oqOBaaQVyLkoiNwbFoI9anM/yITgg51yUTfljc9OW5w2bWhHHQgwayWoLaQq9P5j8ZELu29B/JkH63xmB/ocTov8PJ0T/lxA7'
    'xRYVnBupN0CHxZiIBcJ8mGLOdLYLek4bthjjUAT5odPtk4wRjIuTDKLbrCEee0CDExpX/rg4OvfjGhxSUA1lE5rsNTwjU/2hVoNx'
    'RZqZq/R5DalPgGNLdljK4vkquZxkBcE+bqt3Sv6lJriuEO6FtT9h0Rd+Xg7b+2E+v7PhXD/V35XiO+LMvQk9t6vgGsoTRMe0zbd4'
    'JpFTuIdvSflrz+5g75xMeMIO5X82yT6OM/9xLsSe16b8+VMpBnpCg1Vugz1G36lRpXllTeLlnOthMi/0ezRfyVTae5I4D7QGYLA4'
    'D20WaIPqCM76dQfgDKS2bPfaqxpZT/32rRo8EdLcbSl/nNB21vZWRpNUbujGHRRX0KaJK4jSP118QIewN8LmdkSQ79L+3hkQCzCV'
    '9J5E7uCZmJ/TiZk63sLmFOUbbzC92CaHsCS3WmP6RTjut4XYaMLyMvYofX7LKlWajxLnNau8eS7HujcBjTYo8xg8KaekU6f9Vsbn'
    'Dltgv7k/aMTi3bzhOya8JW5u2D4LP+lYhO9WcvQeOzz27ingsSPFf18Zk8fG5akmPgdes0TCgEh6DtU5pmofTcYpp9zc8bbz2qPk'
    '3MTzGd95VZnHSfIznq1uWD3Fc/e/lVvnaDbSZI0hTWY1NGkqg28HmWsj/4LiFGxk0E6N/B2PsGa23zcdnym++WiSuzTv76IpkMNN'
    'YKtoD8FZDit9zjObsdYKsr8xAdm/rMxrPGHoV+V04Ix/wEIHiPqN9SnPprUtxl4eSZD/lkPuS2erRWVc86TPWK8T22PeEPetO2OZ'
    'vmMjWwqGfhSTc1RBgyUdmyK+HGfPOu/enNA6BcX9Tajg+HHbuD5b3wnn6xMqekyRLhZ+Jq5vkN20WdAHTeY8aZs8l5NNKrn6NCZ+'
    'GTpviDV6D/hobeSJaZ6nmzQ4hZ0Ey7NkmnxEUn+CaGhhiO09Cf9P1TTZw5Ook9RgiFdrgr+t0GAP84KMobxnMGQttyr7+OswTGQT'
    '4LFPmcY+SDnukrKbm+S1ojb7JubnGVNyzdGgGko87nu7hg76lVnM5XTZOad671xMzkb9Kjivck4F55YuaOR4mD1H922eF2AqvhdG'
    'r0inFI/O6XVIhcfNcbrcaYg9C/MpOf26wMJeuEUjF7daYHJuUvY1eYcE3HfYO8OaOTlhCm0h/MyWdGx6lmAWd1j4mYLyhjQBrdZr'
    '4pYGVXBsJtVb5gl6S1AtDV6fiOsmlG7bBfyd6bhxvK9rYjjuI/Nqe2aS9vQwwdzO0+iYw4wvbNXwMZTDW4gslOoZBsWcbYIxJLnv'
    'o8SLSH3rUl5sfJR6BJ3Ki6fLK32tS1N8J3+noMzi6RBz2a78uSSwrlgr2evp7mBQeVK5ZHSY3s4E+FBW4EOYh3a1QKdRMY6UvzRq'
    'zkVh9r8kMR9BOkDGwo+TgznEmOAGoB9bGUO/XzPFtv/Nxd+rNfuE76O8hv+NWPgxTfOxmNoMpDhwE71mqvR/qa695Oup1ZxzsH5D'
    'LdmvIwHyvJa1XwfvxbXnm+QZGFZyrskmokuPhMg/aUz1bEwNyl+n6JQZQLc8/nFMI8eGLGT4gDAXjWXCzuhkwRePclng5BhbrvQx'
    'mUH9zYT0t7oM/T0L8PVJr4duHOWUu86cPhaCvZD4YRD/lNYQdZpOg3WO6jfpC7BDUB97udo3kQHtMfx1YbxvHeF9Yba5EYt2V5L9'
    'aUrvPMdREn61KLK+XoMTQhmWVV7ctqm+6XzjSyTWwPS9sH7foezqHIxo7BDbwN4cp52wvl6lSnNFDCt9LKnzzgcE/F3QO2F9cHIL'
    'rzLgUWH8phz70RaPltPoGdNlI5+bgD5znDKPB8ZaKrkAPeg64EWSbVny4c8U/aaL9JvbcUz7PR16TtAZHc/ICzX+I8nPZGv/QxvR'
    'JQI2LonvFMj6tIfwpR4LPwjvPz2TJNF+IeRMOxv9aTa8AvXJn4GP1zTOP2e4duXmH1H8Dc54/0J5NS/KMd6pOH84z5ynSmsr2cZ7'
    'TwW/jLpOlN8nNcbpOhu+PeRsOB6idyU5/ig6mk73xzNrq9LXNwnKEanDedxM/Et5JedpndC8e2OC/UEZcQXR08P6g++8V5nlQsgZ'
    'jusdFnstqF8nGeLeRi32bl+ADVTnp6qdRlmbSkDWor/jfuXlS8T68S8s8WqB1xKfIo7T+f/pAm6Ez8Eow1yY+AwHBJ8h+gMl/lSO'
    'OpG4dydSfjo4zPbZRSk/lnWlCq4x2QzPNIGtPEqtY16PEjEhx6fMY3XKVes4ifPiadDH8zPu9QMZ/z5bnfGP711w/44Ob3zvZM9c'
    'CM98nDyzFtq/FK7nwvXdcF2V8frhzJUTI3ihCv92F7x3HvRhDjx7ETx7Z4d7/URHqY1gKsdm0jdn3F8D36Tz3gcN3wvqn82cHGtz'
    'fQnBCV6Q8Y/xksyxOy+2OCmn/XWZ0rmg/aJ8RYeTmp+QbOe4sDVsLvD/qzNm2LeqhPyMTl+/2+VeH+jyMH6oJ/8t3HsKro/A9Y0u'
    'GVPzVpf7bxoXTd9/C65/3xVP/jSSOV8D14VHZF0pneBcfflD7vXEHV4cGt5bO+5ef7TBvUd1rMNXxh+vTW7Ro/wHp3GJiv4Tllq0'
    'rHvuT1e618/mvVyLeG/BJv+9doK7wPfeO+ZecwP+ZxvJs9gOPnvXZf5np2Lvxc1F7rS9sdf/TXW9e73ni/r+Y80Pqf4HjYfAOX8g'
    '517/8EV3bpYI967b5fHHWiXn0sbcmfMJ7/vrze713F73+s8TpfwRnzmHPcMx6HSMmYAxRsmLi+P9JdBU/Q4vpzXeq/5zmKd7/Fgo'
    '528PftG97rrHTIZlEtxPQzBvP+rzchjye6mb3XuLyLzjPbXe+z/NITqp9/T526brhvfw/Tv69HsL60PMV/4aH5wWay4H2bveixnC'
    '79XD2vxgo3uds6l0jT4AY1ozULpGeO/6m/T0hf2sI/2smQI95IF+9/rJnIcTwXvXAO+q3uXZkvBe+6f995bTNu/x31tK7p0A+3rb'
    '9Z4dA++t6/ffayP3PgnvbdpcOvdfBXo449Olc3/wc6Bv3VM+/hsXy5zknuT6UG2AHiXZnI8TeDYd++dBl8x3+Wl4roavvQq0f9rV'
    'pf2551Nw7TLjXUnItVsPut+fB///wkN29peXn3Cvmd3+GD3nb11747UVp2ZrvYWuYNpuG3mO56249cloObqDYmnqIsjSybPrd8rL'
    'I1/+sXv93R5Pb0TZ8HW49+xT8OwjXk5j1AkLz7nXS593r6/sdq+795fKtlM035wKvTFqXttm8I0G0eFKYr82oYWwmnILicx03k0L'
    'zzaQff/2Gd6/d0xx//jaZyOuvWSPOD8CnzlO2IPUxnM/XF9Y4t8HtrxnG+wl9LENA9+ZXKtUetb8VJn/ZEzbdKagu9udrz8dOZKV'
    'T+jIiSyLisDa2P40aeLKbOof0X10Kur7R/RnvDAa6iF77rQSG1H6mP6ZnKgy0hDlMyuZzlmrsRtjPfUFxB9Pn2kmmJEhhnOicUdD'
    'ATE61TF55oUqmbjIVAwZfiF7XievKI9u18i5ljKdYYNk5DK4bo7IK7jet/uAe/3+M55NAO999iDoffs82wXqcI7O5ly/9C33esGL'
    'pWefr/wQnnk2Of3uAqLnJWlLbST9XgH7aF5nUYZ2+tsx0UNq4cw0B/YQ6v3NrolR7HcmBq30JGjPTx+NtcJud01aKiojNnjERg/8'
    'vKCvpZSXd7CirzFZq45UHS36WiPxSyMvO5M9Z9oW1udYT/5GfYNqr4cX1fH708kZ3nneuX5L8yy1Y7Y+7T/fUzvmr4Dv7z5YasdM'
    'gQ3h8QOl8mLfT9zr88/45YWNfL/Acv7aiT0a/R7VwP/VbqW+9nP/3v0YkTNT5mNNH4U8uZnvxEhqsvvTWfonG/lpuv5zY+paXXs9'
    'vaoJsLaoT+1/wb02wB748VPuM3myPzsfB1vgQbm9PvLsCbu9dqRnryLP3gztnf28/OwHybPtYM999An52YvIs7c86F6XQL8zB/1j'
    'O5fEoN0C9sO3QJ98+iGwPcJ39r3g1THGOXsUbY1P+Ns9ifQhA3xq9bfl/i4g7amH5Weo75vyKGlMcezbzYxn1JN3i38M1GFsdZC3'
    'CzaEdtBJqY6Lc/M2mKsVcI6U8kJ1k7MLbaOGPI/6NT/jmry3kvU5il0+cI7T/1FiLPYcV/RyAxkQMt+BP+lk9fKk/ZbtgNmj698P'
    '65+prH8VOVtFO5eFHcwSPrdJ8pxjpKh+zDFRVD9+54T/HtWP/x381xnBl4z3/uyu+PaUOLR4lEH+qhhur1klz5BCMYE2a8f9XNQ+'
    '2U6wNRUeZMCD0roTRAJCqCKjKjJqmmQUnldO+QzgKgFHuOBj7vVz90FdOfLs7nv9z/7qVrBPwbP9RBZhu057mGMry9px3nfuXUkx'
    'yOz7l1G7EfveJeTeSYPu9feAjXuXcK/xmlJ831cB/7p6sBTfd4jdo/i+tev941sq3MPxLRa+d9Jgqdw/xO5Ruf/8dsDpXl4q91+D'
    'e3+8uyL3E5f7u8oo93dV5H5F7pdP7jfEkPt9zNZynYVtIn2UcwZnCp64QcX5CaQAbjtrA/wG+hUolrezsl4zbr0oLi+olkZYXvSg'
    'motSLYC4/KI6Br+YLXbhuHNUdwzNUUol5xtL0i92vYFf7EoLv9gHLPxi3RZ+sVUWfrEzLPxiJ1r4r+Yb+K/qDXxmUc8USWPfTPFT'
    '7eS9JoLfaiVtIraCytkO+HcVuV/Ob85NYC6zKh6mjfdvuTCeZex5fI5j7aRv0T2NGEWT/HE8f6sDez9ZmeeW61PmuX96DZ45rJLJ'
    'XWPjh52rwXLzeCF61lus/HGe6AfV0c+cWUQ/HYb0Y5qXLigXLq2JbUtvVDfjudTGj1I6qplFdHScBR/C/G80F1YP0+0PReA5haOU'
    'DmaTPGpVZrW8TerH8jonOxg/GFFmeS9n+/qnY6y/DQbmWLBbqL/6DzNDsz0Osj3UwKxbi6TsAoEYJyMXWVpVfujPAbqk3UnakSuY'
    'NIP9qOLEioQ7dOPaShTEXS3bV+on/PWT3jNx5I6UOwZtCrsF3H6BYHXDcgtV6DM2fcbATKYTpc9IfsWjV6hXmWK97H66rXBkSdrh'
    'KrI89tpZyfIgnVyxs9A1EC8xvMfuPPEFiM1Suz3sCra57ln32vxgvDapbBgGefXkw+XNsV3RRaeffpPK59TcFT/GfTJGfbu/3Y8A'
    'fvpllt/RJG/jcqXP20ixYTyPIcWG8TyGUu63VyZKsWHfgPxiGz9bur/Ousq9HndNfN1Ltx4tsB7XRtQRTHMzlSNfwpwjnk8iCf2b'
    '55eja8Hz0kXVv9vYeGhOsh9DHsD/elm0GKhKvl8h3++uGDrbLnudLD2D6Rxjx/90pVdLAv+2YFMpT6N5gzlPo3mCOU/jeTDpPuL5'
    'Myu5rWcvrcfh6RUM69EZm1Ct/Pl41wXI1wvIvb2MZ5xD7v0M8hZvgNzEZ5J7P7gR9Mper/4Ojzl46s+92HHEyjj6nXP9YJeX45jn'
    'TaffndT7uvxjo7HjqOPhM2G5ait8LhafWxKDz4W+mxRun+bsrvC8YwO3H0f/4zn1lgn8tVb563jRuoZYQ5DXGdii/HUGRsgzmBMw'
    'z9rZQp7JsW9hzfprlb6mAbZzBcxPmJ++n713McN5mNS3dd5brbx8hz1s3GeR/vL6j5gTcRnBiYwJ2B8dfjusX4gnD8OV8FqMPUqf'
    '6/wMoofRPB+mtr0zLemzQflxxVkVjH3mZ1hO36cntOeqy7Dn2oFHp4CPY24vjrumGJdUGedf4gGjGjpfL+w5idZ6GO13kz03RJ4J'
    'asd57+1wlqR9QrzMsAVGp6DixVxwDE+BYfjyysulPYn9DsDwlItWs2WiVZM2gnCOplg6bqcIqz8atzZk1PnC+TF9PgvnESn/bp7R'
    '5bAGR9gn0L5Ur72XPTfG7k8YrMWIsEdoX/oN9u1LGTenl0QPo5o+Fgz6hn0aYH3qUcH1nndY4i+j9qOXYAKdefgvGZf30T72W+4L'
    '2/XqIbRB+zYV68DHv6k4/rWsXxz33BdxD+QFPcsEz8/1LZv55fuA4jU7yFht5prOzQB7b6uGzk3jJJKiHT7WV6tcnVeXU1yqCxpE'
    'R1s087OV9ev/wvW3ygx/HzSGBwLGkC/jGEzW5bAhzX2sytX1KG3nLPYDrzNue/6QaJjHoo4LPMPp+4Yq95wxXTT0mvLnudfN8alV'
    'rq+WzhOXN3lNW0nJbV5/27FqnKfhp2FrFpXfbdH0Lc/mNUyvN42zeTrt0fYOQ1mJazTdcu/LaffsivRn0nfa3lbN+tvsbR0v3y6s'
    's9Pn4bQbSyfxkh42V70a/hu0LjnNWHX9uSTtxrSa6M228jYXsudPJ98eLLNOzvd2Xdo9E85kufNqym0r6nlvQJnVqeZrZ0I3j6Xc'
    'mqjl1MP4fPy3lJ4W+4V1SHo9bk25dUTjjPkmw73Rm5pe3npRysUS6PQG7EfY94aFdQr67hLyXVvbhnT+47qCNHfOd2tSrn8xyneT'
    'mvNfgl24HLz2OeXF7+K7hyx5Cb4jzSe3RT6kvPmcLrvA58iYbfsgydR8yPccHXxhBBqy1ZUd7OWJlnpPEvqF8+3zAZOcFN9vgm8v'
    'jECTBUuaRH9/mJ2E2pRrwMdL87g8TfBdrcTfdLpgc54ue7Ot/RQx2phPplJXTqp14/6Us65cOf1/lfWdXeubBP+I41vFPFQNSl/D'
    '1WY8b0G+pC88ZfcejWGMOx81MfjpZrjXRN6tIe/OB0wFxxbRutIZ5a8lpXsfcxvR/GXOuxuUlxOJ+u6d529Tcv6ya9X05YzCeeP5'
    'P8Jk+1Zmx6xKuTgE0/d0usZviH95lNkeRjS2gteJjDc58/RpbLNjgk5+vIW+O2zxLH7jUaLzbAkZ598QvcEkJ9MwwxP9hfLqGkdd'
    'I2pjuCuh9rD+6pjyzparM+713Iy//Qsz7vXjHV77Z8Gz3XDtgus5cF0F1wsy/radvyOGCs8h60K+d5ryatBdBPfu7HCvn+gote3y'
    '9ymGSop7OSsAz3uG0teiO4VgbwuQE+93kPfuwDNeziZd7MG8gNiDBiG2ISvENnCcR1K8LUnM32by7xaIr3xlt/zstWp6awxgf2lu'
    'n8WqNLfPtXCt0+CZEENNa9JKNNRNaKADdIHfQlzqeeTe8h969QgRn9Sm7GsI0rwLN74o50NYBDw47FkbjA7FLenwSbbznRStZxOg'
    'lVrlzzsq6Tmm7VJedjNcfx5RVw3rU1JzWBNTp5aeq4uoUz8M8QqvwvUwXJ/uiqbrJ9Wvf1sff55rEzi7JDEe5HWm9rY87LMq5cUg'
    '1xlgHxcRbKiEVaY4ZN0zYd8wwUquVHa5iCVbILXDx6WDlimig5Qyx/CexHTpfo0N1MSnzn1YYfhBrBvcxrC+3D+T02C4uB14gtmx'
    'jy9D22H59kzmnuYBkGIeasm9fna20cXem9SMl+we08GnTPahzlcXtG7lwgTr9nP9DJqvoQjzxemc81B8L4m5SoK20gnoaRUZOL0y'
    'MJUAHVQF0EEbsWumSFwMvl8V8n4SudTTZR4jzcmwktjYlZq+c5WE8eNYzj5DHQJ9leXs24SFz3jAoG8LEugb9ZdTHW2hAabd1J46'
    'rvEpnwbflPDd3Lc8oGljAdg5aV9NbL19mvYk/oYxzRuUP3cZ6lTzQuaqT+Pb53GfdCwci2WDY+wJ0NuqiSxKB+g+I0TGm+yfML0n'
    'iVo0FHfRI6xjlLNIPcOWjQv05szlyQLWW4cNlrBbedbukJJjh/PkPBEUAxs3tmzhNK+BdN4x4SlDwjzb1P1B+u9X/vwEJu9Px9pP'
    '13khaJ2HGGaoIMgSrhNRHbjAfIc5JoNQJ6I8tlb4Fo37/SPZy4MB527n2X8hPHsw5Iw+GuIT/T+q1LdqEoMyxrBhPyT972V0NML8'
    'uU8QuTkgYOklGhxjdooHCRYtTF6ajM1p8yvKqzsyEhD7gX83te3sgPbvVGZ+7LyS8wncTHyZ8y32M18zGpPktHcd0Ze2GsaYSJhI'
    '3bkZ666sU/r8DDZxdzzOaSWhBYmOaL1GHZ+kuAlqBzN9h85D2P7leg3FGTYy3xDPW9CpSuvNJY3b4PhWU/mSFP4o6vcruLapx7VV'
    'aqCG54bfdYOK82Nds/YFsv9b2N6r7KHKHqrsoeA9RHV4Zz/9JuXJLNTpW2D/ZEFXsDnPLrd4HjFdJ0Q8m+YFO3TK4JuLIozrVMtx'
    'UT2ousJ7KrynwntE+V1Tkd+VPVTZQ1byO0tscLa5+CXb3xwmu9EOez7zqdSq4BqNcXwHMwnfwWMMw3AZScU0tSc4f3kLm5OJvS+s'
    'He6ndN7Zxvw2JvWOC8pfk5nHDEfxS+hybSCGai3YCDEParm+42DrTlRyPpC8EMMS9j2TfHw6H5XOb92YAA1GicOPsp+l2OigmKep'
    'zhGZiTGXYXNm609tJzzHeT7NzoM6ntQccwwcM8rjvuh9aieXcA+17Plxhg+oF3xRgyE4TWo/l+qgSb7A0YD90zBN82VLD3xcWeK3'
    'Go2wV5pgHhdb4Dx0uXxtco4F8TadLlMOf2xOBecQxTXbokrzVcb1702nHzqJ/ks+rHRIvEvQvCaNEdXN23Ex5k3iYdQ/v1SzZ6Pk'
    'DqLYpih536jN0NaXnldyHqsxzTh4m3Fl8LwYazQaoAvqcAdBfBPXeEKgZbrGfao05x3FHNN4gIKhfKN4jQUJ6LjD7LsOvfJc6+MC'
    'ZsIW+2ebYzfIB51U/I3k4+drxrEVExpdg5+xUdcpaPZNXpnnrN2u0YXHlJxbi+ca/Celz8VF6ak5Ar5iWHn1lOaz9lfEaO9kJeeX'
    'kvI9HtKs3WiCtIcx5icF8BTat5wGt7+C0F6UeQmrgTsn4l4IkweDGl6T0+j4rYL+HlW/oLUBpbVqVl5die0q+bN0Qxnm1DZnxFBE'
    '7C3PC63DNJlgkCmmycbPF6XOxhrCT6LktOY4bcfvt0Qlm081ybNOUnFVYft4VNhDYe+MKH1O03LI5IIFHn84gN/i+FJMJz9e2Ctx'
    '9moYthbnKgvfj4v1l3LRUF0yFyLLaF8zTJeMktN5TNCjsdZhHB1VwqFLPnkdDc5PiAaDcsqa1hqQaltwnTMoH1OcnC9rlH199STz'
    'E9jEZLaBniXJslalj6mMYueiOXxWavhyEnGDCxKgQ10MWXMMrPcagocPwjpjTdQVKvl4NZ1OnwTmWneGNomPSLPYpS2s38OMJ1Gb'
    '6Ziln8zEvmhiB9fxdht7z4gmliEuL9fZGzgvT9KPtV3jx5PiJST7TY/y54/i/Jv6/pqg31nB7sZ5TaeGPindtSi7nMU8zvEuoEeT'
    'PZNUDaEmoM/5Gjqxqc1E63suStBGrcvBjjm+TOODVpJxvhnBV9/H9sFCEteD3/53gzFJvnmJHqYqniOO3r+DjIHKuCzz6aNMaiHn'
    '/07WxoiGX/cb2lfxHdN8oENsPesFP+d2Q94dJPczTC4NKn0cla4ubNh5QjdPSebvdb7x/Sr3+q0qf/+eqHKv36uaWh95nNy7p9W4'
    '13VwfQ9cV8H1TLieVWOnh1OdluaHWAPXhUfs9XGa3+98VZrfD3NP1Bns9+oYc7a20w7vNk9Ya8z3aZMnJkX2RddeLxekrrY6z+00'
    'ibF7wcspifof5h9d/ayXV9O53v+UZ8PEOW6F/JL/+j/t5oznpeQ8JMm8yA8tjXbunA+/deReHfQV/bjVoE+q4ji+9nOvnSRzhzZ3'
    'yXKE55ztVPqcs8eTey9e7r2PvBXvHYZ8soN3+/m/87cHIOfhIbi+2KWXQS1dye6xGujz36735oLykcO3wz643N8X+o06pc8zJu2N'
    'W692rz/YWDoX9QPePec6Z1Nw/rOoZ+7MNM+Zaa64eex82aPxZXGfHs0d4szfHUR/3KHx2RSUea1sipFqUl4+gqh5vjeT82NB2dfz'
    'k2rfOe2+B9afxp53k3ktqOC8EQMaGybm5F4h9HvQ0lYR5M9y/r73esiRepmnz/J7H95YaufdRq4zeQ/hXgnTX5LiefcMuddPW+SY'
    'lWycVP/Cd2vIM4i1j4Iz/WTOvW7aHH+d5sSYKxvdietLbbAnuE7WCPusjuhTs+XH3aJpT3lSZDOU9Zs2P82Rb+q+HMXeTeXYIvjw'
    '0/vd66WQa/3HT9rR18uPgB71uHt9HXKcFx5zedz7gb4m9znowucfDH7nAvLOI5BD/a8e9b/zpQe82i+Yv3YevPMFyPf+FdDrr4L8'
    '6y8/AW2Bnv8o/P9p+P6le922TiDz8/2HoSbBU9H2X/sjwf0OOw/E4asK5vtzB72zj8371/zUm7ckZU0HOUtNzsVDfn5On+dxTvXk'
    '3MJxkyZ+cVPfRZBfzqSv/BznvD8PaEntnT7fXpDu0ErGPKnrH/HbaBqUPyc++qFVUWc48pfuO9VdfhtAG5kPqk+k4Gz1h67o7c9l'
    'Z7HaI/rxzSM6ZlA+H1O794AqrcFu6me28TdJOaK43VjClUt1CePY4kdCfOJSzi0ppqVVJZNbMWrMkuSf1uXj2qGhl4IGt3E6sXmb'
    '4DFMsDy689CwknO7DhhgSlIBfjtpbUaVPwdf1P1hYzvs0GAK0Cd3P/El4HnyhSWl9otlhN4wXjQubgCfy6jg+iA6XGIWfFcmvidT'
    'fBivX74zAobfxheQ12AK0H5wtXNWSoD3mPgfTTBnpnaLcs/boDKL+ZVy9fG9jPSFNJaCb2JfHMPKZLOpXYoekxTZT+3w/UE8X7Lr'
    'qEYX+gibA6wfilfkh+iL36G5Io5nMTmjd7M9hXH4TWCnbmR+D9zbKKO2En9pk4ZvpDV621xYQ1P/4bghpiIKFrhZyblRw7BZPG9y'
    'EnjcoBzQyzS+l1OZLBgRfPMSJrScOOUVZba7tiZoyww7Gzar0hiQXASMlym2WNL/DqngnKu2ebCd/bch4vpKcxxkjzaJB+Jnhrxm'
    'vodDePZq5eVW6NH4CPIWGJ+c5gyL3+tQXv7VXkt8W5C+aatXOs9cNoPWc1FMfWNAyXlqxxkfcNZ7icH4xjV6jPRsXwRcVo7ITZs8'
    'wZw2bzZc7+NUaTziiIAX0sUnSHFxO5Ucwzdfs8ammDB6TvgZ2CPe7PJ8wCbjdfbZUsN1tl3fSs4tOedWSeamTt0Nux+kGRpjUlkD'
    'eQ06tVMdbw1alL4+G4+5pnGEY4a2NEmvaiNrniK4PSn/EcdvvkmwdnOFd6jdqSYAU28ql/k4e8jZB8eUZd+dwzDKvRqcNZexbzJZ'
    'v5joMOWW5XydapU+R045dPkoNfIGNbpiXtCpdDktpnssQ5oxSHbdOfBv9AWhfLyfrM/9yr4mHM05xOtg9hDMSC3r2xamg52r9LUB'
    'xgNoL+wMeZKhLqWrI4/49SawZUh224JglzLRR1oIHT3IcLqPAU7311VeH78LmN5vV/n//yR7dx+8+zx5dy975ntVHh5YEcwwfeZR'
    'eOa3lljhIHuDmsH2houBVkxjvno1vPDsBLFnmA8vSf9ETwSbRorZMFPE/oa29eU1Ljb7/cXf82pk8MRyhuF+P1zPqzFfXwkTvgKu'
    'F8H1EvJ/m3bfw9p7F2tvNVxPrynlrdWMtz631Bv3c0vtbNW/BdxDM1z3Abbihn3ed5uJHbkBvu/8OnXBnZrgTj1wpxb4SJcezBJU'
    'Q3xSV+kq5fWTdNXrXj/zafd6zuUuzSwBenH+9tWPAl6tAL6fXe413yW3ce/1bhvzAtp4bL1ZGzraXQh6ZB37leasfoP7Pedb93xK'
    'qdc+ZYciMpnbSdzuBnlszjedq/Nd7H879L+W/e4vvvPd4u9bxd/PF3/7i78fKv7eVvzdVPy9vsu83/vh+9+F61tw/Txc++H6Ibje'
    'BtdNcL2e4KzryN6oJzj1+uJYb73P/916GL/zdypDajQyBGnxrze713OBFv55ojROSGcD1tHJXOXFctHfNcU+vnF7cS4+rNTGy4p8'
    '9rqijN4YPJ9rYFxvALbZede5Ou9P8urrQNZvDKdTh0bahl0biGP/cGwfh4Bu98D1gS47OkW6c9rV2Vcoxh7peA/7/wNk3Tug//Xs'
    't7W4P5eNu7S0H/ba94q/fwd0akuvdBytgOddNu6n1/1s330Prn/H6NaEjjOEHp3fl4vf/Nc+fz9ehn44f+e2LvrdN4T+UByy87df'
    'wL3HQ2xcdQQztJD074yikP/Rbf7+nQFxAs7f6T6r0+wz7Mvdfe713QOl/dx3D+y9jeE+qDoVHP8zfJ/HB/h3Gq/2yxud34WuV4bM'
    'x0nbinSb88+H87dJes7J4/6H/wSYJaE/WeDRf7w7XGeqIv3B30vG3PnsLvKu2gGZrp1ncN4nfa7A55znsf3rlT9+sY5BbJNC06ai'
    'vppWs+qnM+R+hvnmMfbsCaCH/aPu9Ungra+t92KYJvGal/l1ouUDHi9GLC7qQKZt0G9jzPVibGNDeBttDKdF4wBp/3ic3wH47t//'
    'd3/tmKC+//IeeQwLgLbXwPfuHJDHxjEBlP9hXOpknZ49bqwg3U/O3zCG0CrfPWCUf/WQHd8svOhhadHfh/dQvz/wjN8njXEAGONo'
    '08+WZ8xkRYbN1XBxXp582D9XwzBXzt9t+uDguKW5WP24H1NN8R5de6P123nPmSvabx57GgXvzM+7KFuRdxeKdPD1J4rtFM9kXc/L'
    'vLsAePWvA37deXayf8+b+cdw3l6B9/c8WyqD6BqZzF89mz/1sIsf9wU5POzhym3mLwPzd8XPZkYsdj3Mky7GaIWAAcR5yrJ5cjDh'
    'Dh5cBeDEOfaq+6B9/CI/3yhY3937/XHR1Cf6CMQ8pJ7yPxNHD9sPNHfzwVKa23PAz9NM9LC4c7kuxlxivz8B8RVL95XGA2LsxVmP'
    'l473mxAL8s3dwXusAf6NOQarYD5GH3bjUTifaIZ7GK9CeYPpnnv0eW/POddngccoS/m26ztw3t8dvn5nf9uVg3Qczt+ofLTlGbsP'
    'ls5jNZvHA0W+/FJxvm7YXzqPByBG5SWYT+eZKPF36plwXvC74rdWf9v//d/B952/23z3tUf8379lfzwax9ipzwn79hNPezQSRMe1'
    '7JwyeQY94Ml2fqbFe8gz8Dv3P+b5TuqVP8br1m/Jz0qY2ZTyaidhn84r7tOrHndj1K7ZJ8vf80DfuOpxfzyb87zNGt0Je+Mq4MF3'
    'vyjHpTnxcZyGs4yGHVuuY8elOgv2l9p5o+gv+34Cvp9nLGNViZ4SRvuObHmJ6YmfPejtPZvvfgHk1a0w7mtetHv/gd2lPAvt8VXM'
    'Hv+Ng15/v2EZX4exl81l/g7dn2E82JG9jp5K16EjQu4TiYdQPY7LySseAz4l8Bfc22G6fAPxXdC9gWO6ReDvPBbxloj8HWNYv7Nf'
    'v3fpnB9H7EfrnDPgg/5+rYNzofN3m3Mhxr6q3dF1et08OueEe4s8b92DpfO4B/p7L/DEdQ/azSPO/+qf2b33HvjunSTGNYzXOLmA'
    'PnuQ+RBfiBYjey/MaedB/3q0qWj0dD/sg9TTpbLFWbPl5Cxvq4ute9KjTcyV0xazrZceKqX3KOdFx57xe6b7oY3j95a6nyTvosjn'
    'Xz/plwenP6Lf2zoszJwj3nhoPC3dszyHEd2zPPeRdPbCM81iOPM7cbA0JjZqbLBOFunGRM/Yf4L8Sgs2TU1//z8q7NpE'
)
