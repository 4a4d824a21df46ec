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
 ('[0-9]*[A-Za-z][A-Za-z0-9]*', 0, 32, 49174, 43, 0, {}, (None,)),
 ('[:：・／/＝=]', 0, 32, 49217, 206, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 49423, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 49629, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 49657, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 49677, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 49709, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 49871, 16, 0, {}, (None,)),
 ('[\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]{2}', 0, 32, 49887, 112, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 49999, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u052f\\u0600-\\u06ff\\u0750-\\u077f\\u08a0-\\u08ff\\ufb50-\\ufdff\\ufe70-\\ufeff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u1f00-\\u1fff\\u0900-\\u097f\\u0980-\\u09ff\\u0a00-\\u0a7f\\u0a80-\\u0aff\\u0b00-\\u0b7f\\u0b80-\\u0bff\\u0c00-\\u0c7f\\u0c80-\\u0cff\\u0d00-\\u0d7f\\u0d80-\\u0dff\\u0e80-\\u0eff\\u1000-\\u109f\\u10a0-\\u10ff\\u1200-\\u137f\\u1780-\\u17ff\\u0530-\\u058f]', 0, 32, 50205, 334, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 50539, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 50735, 54, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 50789, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 50813, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 50856, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 51118, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 51412, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 51430, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 51447, 29, 0, {}, (None,)),
 ('[{};=<>"\\\\]', 0, 32, 51476, 28, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 51504, 124, 0, {}, (None,)),
 ('[\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000]', 0, 32, 51628, 206, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 51834, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 51964, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 52171, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 52441, 230, 0, {}, (None,)),
 ('[、・]', 0, 32, 52671, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 52689, 104, 0, {}, (None,)),
 ('[尽盡]在\\S{0,10}(app|客户端|客戶端)\\s*$', 2, 34, 52793, 75, 1, {}, (None, None)),
 ('[가-힣]+(?:의|는|을|를|한)$', 0, 32, 52868, 128, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 52996, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 53415, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 53431, 44, 1, {}, (None, None)),
 ('\\((foto|bild)\\s*:[^)]{1,60}\\)\\s*$', 2, 34, 53475, 78, 1, {}, (None, None)),
 ('\\((foto|imagem)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 53553, 87, 1, {}, (None, None)),
 ('\\((foto|imagen)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 53640, 87, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 53727, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 53816, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 53935, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 54010, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 54091, 16, 0, {}, (None,)),
 ('\\[([^\\]\\n]*)\\]\\((?:https?://|//|/|#|\\.\\.?/|mailto:)[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*(?:\\s+\\"[^\\"]*\\")?\\)', 0, 32, 54107, 186, 1, {}, (None, None)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 54293, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 54329, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 54442, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 54486, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<\\"/^:])', 0, 32, 54510, 28, 1, {}, (None, None)),
 ('\\\\[\\\\*_\\[\\]]', 0, 32, 54538, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 54562, 44, 0, {}, (None,)),
 ('\\b(afficher|charger) (ce|le) contenu (externe|tiers)', 2, 34, 54606, 141, 3, {}, (None, None, None, None)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 54747, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 55230, 277, 1, {}, (None, None)),
 ('\\b(straight|directly|direct) (to|into) your inbox', 2, 34, 55507, 145, 2, {}, (None, None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 55652, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 55753, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 55778, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 56627, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 56735, 33, 0, {}, (None,)),
 ('\\bi (agree|consent) to the (processing|storage|use) of my\\b', 2, 34, 56768, 168, 2, {}, (None, None, None)),
 ('\\bplus\\b.{0,20}artikel', 2, 34, 56936, 48, 0, {}, (None,)),
 ('\\bum (den|diesen) inhalt (von .{1,60} )?zu laden\\b', 2, 34, 56984, 116, 2, {}, (None, None, None)),
 ('\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b', 2, 34, 57100, 193, 5, {}, (None, None, None, None, None, None)),
 ('\\d', 0, 32, 57293, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 57307, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 57335, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 57482, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 57697, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 57829, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 57948, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 58009, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 58121, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 58248, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 58369, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 58643, 134, 0, {}, (None,)),
 ('\\s*,\\s*(?P<name>[가-힣A-Za-z0-9&]{2,20})(?=\\s*(?:[.(<]|무단|all rights|저작권|$))', 2, 34, 58777, 231, 1, {'name': 1}, (None, 'name')),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 59008, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 59145, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 59202, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 59321, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 59349, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 59365, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|ostatnia\\ aktualizacja|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|päivitetty\\ viimeksi|τελευταία\\ ενημέρωση|güncellenme\\ tarihi|oluşturulma\\ tarihi|pembaruan\\ terakhir|ultima\\ actualizare|última\\ atualização|güncelleme\\ tarihi|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|yayınlanma\\ tarihi|senest\\ opdateret|utolsó\\ frissítés|aktualisiert\\ am|data\\ publicării|data\\ publikacji|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|son\\ güncellenme|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|sist\\ oppdatert|son\\ güncelleme|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|zaktualizowano|עודכן\\ לאחרונה|פורסם\\ לראשונה|प्रकाशित\\ तिथि|ปรับปรุงล่าสุด|aktualizováno|giriş\\ tarihi|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|yayın\\ tarihi|วันที่เผยแพร่|aktualisiert|aktualizacja|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|opublikowano|δημοσιεύθηκε|δημοσιεύτηκε|опубликовано|עדכון\\ אחרון|תאריך\\ פרסום|تاريخ\\ النشر|अंतिम\\ अपडेट|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|güncellendi|güncellenme|modifié\\ le|oluşturulma|postado\\ em|publication|publikováno|updated\\ at|updated\\ on|ενημερώθηκε|опубликован|تم\\ التحديث|نشر\\ بتاريخ|แก้ไขล่าสุด|actualizat|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|güncelleme|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publicerad|publicerat|publiceret|publikálva|publiziert|publié\\ le|päivitetty|uppdaterad|uppdaterat|yayınlandı|yayınlanma|zveřejněno|δημοσίευση|آخر\\ تحديث|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|frissítve|julkaistu|közzétéve|megjelent|módosítva|opdateret|oppdatert|publicada|publicado|publisert|published|xuất\\ bản|đăng\\ lúc|ενημέρωση|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|publicat|released|upraveno|изменено|обновлен|פורסם\\ ב|نُشر\\ في|पब्लिश्ड|प्रकाशित|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|udgivet|updated|создано|نشر\\ في|अपडेटेड|เผยแพร่|creado|dodano|edited|issued|posted|publ\\.|publié|tayang|update|uppd\\.|vydáno|อัปเดต|อัพเดท|datum|fecha|filed|giriş|stand|עודכן|פורסם|تحديث|अपडेट|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 59629, 6547, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 66176, 55, 0, {}, (None,)),
 ('\\s+(?:on|le|am|el|em|at|à|il|vom|den)$', 0, 32, 66231, 92, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 66323, 289, 0, {}, (None,)),
 ('\\s+(?:października|maaliskuuta|marraskuuta|październik|σεπτεμβρίου|φεβρουαρίου|heinäkuuta|helmikuuta|huhtikuuta|joulukuuta|septembrie|septiembre|szeptember|tammikuuta|toukokuuta|δεκεμβρίου|ιανουαρίου|augusztus|decembrie|diciembre|februarie|fevereiro|kesäkuuta|listopada|listopadu|lokakuuta|maaliskuu|marraskuu|noiembrie|noviembre|octombrie|september|septembre|setiembre|settembre|syyskuuta|αυγούστου|νοεμβρίου|οκτωβρίου|czerwiec|december|decembre|desember|dezember|dezembro|dicembre|décembre|elokuuta|febbraio|februari|february|grudzień|heinäkuu|helmikuu|huhtikuu|ianuarie|joulukuu|kwiecień|kwietnia|listopad|november|novembre|novembro|prosince|prosinec|setembro|sierpień|sierpnia|stycznia|tammikuu|toukokuu|wrzesień|września|července|červenec|απριλίου|сентябрь|сентября|agustus|aprilie|augusti|ağustos|czerwca|febrero|februar|február|fevrier|février|gennaio|grudnia|haziran|janeiro|januari|january|janvier|juillet|kesäkuu|lokakuu|március|october|octobre|octubre|oktober|október|ottobre|outubro|styczeń|syyskuu|április|ιουλίου|ιουνίου|μαρτίου|августа|декабрь|декабря|октябрь|октября|февраль|февраля|אוקטובר|กรกฎาคม|พฤษภาคม|agosto|aprile|aralık|august|březen|března|elokuu|giugno|januar|január|jänner|július|június|květen|května|lipiec|luglio|lutego|maggio|martie|marzec|temmuz|červen|června|август|апрель|апреля|ноябрь|ноября|январь|января|אוגוסט|נובמבר|ספטמבר|פברואר|أكتوبر|اكتوبر|حزيران|ديسمبر|سبتمبر|فبراير|نوفمبر|มกราคม|เมษายน|abril|april|avril|duben|dubna|enero|eylül|iulie|iunie|julho|julio|junho|junio|kasım|leden|ledna|lipca|maerz|marca|march|maret|marts|marzo|março|mayıs|május|nisan|srpen|srpna|szept|února|říjen|října|şubat|марта|אפריל|דצמבר|ינואר|أبريل|أغسطس|أيلول|ابريل|اغسطس|نيسان|يناير|يوليو|يونيو|aout|août|ekim|febr|févr|janv|juil|juin|juli|july|june|juni|luty|maio|maja|mars|mart|mayo|márc|märz|ocak|sept|září|únor|июль|июля|июнь|июня|март|сент|יולי|יוני|آذار|أيار|تموز|شباط|مارس|مايو|abr|ago|agt|agu|apr|aug|avr|ağu|cze|dec|des|dez|dic|déc|eki|ene|eyl|feb|fev|gen|giu|gru|haz|ian|iul|iun|jan|jul|jun|júl|jún|kas|kwi|lip|lis|lug|lut|mag|mai|maj|mar|may|mei|máj|mär|nis|nov|oca|oct|okt|ott|out|paź|sep|set|sie|sty|tem|wrz|ápr|şub|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв|מאי|מרס|מרץ)\\.?\\s+\\d', 2, 34, 66612, 5981, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 72593, 220, 0, {}, (None,)),
 ('\\s+[>›»/]\\s+', 0, 32, 72813, 119, 0, {}, (None,)),
 ('\\s+[^\\s:：]{1,12}[:：]', 0, 32, 72932, 38, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 72970, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 73003, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 73044, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 73065, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 73123, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 73149, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 73165, 16, 0, {}, (None,)),
 ('^(.{4,60}?)\\s=\\s', 0, 32, 73181, 30, 1, {}, (None, None)),
 ('^(?:[(\\[]?[^=()\\[\\]]{1,12}=[^()\\[\\]]{1,12}[)\\]]\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 73211, 124, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 73335, 179, 0, {}, (None,)),
 ('^(?:[가-힣][가-힣0-9_]{1,11}|[a-z][a-z0-9_.]{2,19})$', 0, 32, 73514, 153, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 73667, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 73862, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 74242, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 74297, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 74411, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 74708, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 74886, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 74943, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 75000, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 75057, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 75114, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 75175, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 75232, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 75272, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 75455, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*[:|]', 2, 34, 75615, 211, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 75826, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 75908, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 76048, 30, 0, {}, (None,)),
 ('^.{0,80}[（(](?:[^（）()]{0,20}[／/])?[^（）()]{0,14}(攝|摄|資料照|资料照|資料圖|资料图|翻攝|翻摄)[）)]\\s*$', 2, 34, 76078, 148, 1, {}, (None, None)),
 ('^.{0,80}。\\s*(?:記者|记者)?[^\\s。／/]{1,12}[／/]\\s*(攝影|摄影|攝|摄)\\s*$', 2, 34, 76226, 215, 1, {}, (None, None)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 76441, 97, 1, {}, (None, None)),
 ('^.{5,120}\\((رويترز|الفرنسية|أسوشيتد برس|الأناضول|غيتي|الجزيرة|وكالات|أرشيف|الأوروبية|مواقع التواصل)\\)\\s*$', 2, 34, 76538, 220, 1, {}, (None, None)),
 ('^.{5,160}[.·]\\s*(ΑΠΕ-ΜΠΕ|ΑΠΕ|Eurokinissi|EUROKINISSI|Reuters|AP|AFP|EPA|Intime|INTIME NEWS)\\s*$', 2, 34, 76758, 322, 1, {}, (None, None)),
 ('^.{5,80}\\.\\s*[가-힣A-Za-z0-9]{2,10}\\s*(db|자료사진)\\s*$', 2, 34, 77080, 186, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 77266, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 77367, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 77393, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 77417, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 77927, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 77951, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 77975, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 77996, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 78404, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 78545, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 78667, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 78688, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 78879, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 78932, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 78951, 171, 0, {}, (None,)),
 ('^\\W{0,3}(?:©|ⓒ|\\(c\\)\\s|copyright\\b)', 2, 34, 79122, 72, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 79194, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 79232, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 79311, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 79467, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 79623, 845, 0, {}, (None,)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+es (periodista|redactor(a)?|corresponsal|columnista)\\b", 2, 34, 80468, 428, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is (a|an|the) [^.]{0,80}\\band (the )?(co-?)?author of\\b", 2, 34, 80896, 390, 4, {}, (None, None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is an? (senior |staff |contributing |freelance |former |national |political |award-winning |associate |general assignment )*(writer|reporter|editor|journalist|correspondent|contributor|columnist|blogger)\\b", 2, 34, 81286, 841, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){1,3}\\s+(leitet das ressort|beschäftigt sich mit den themen|ist (freie[rn]? )?(redakteur|journalist|autor|korrespondent|volontär)(\\*?in)?\\b)", 2, 34, 82127, 638, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 82765, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 83609, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 83755, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 83946, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 83992, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 84238, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 84316, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 84528, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 84760, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 84871, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\d+|una?)\\s+(risposte|risposta|commenti|commento|pensieri)\\s+(a|su|per)\\s+\\S', 2, 34, 85118, 269, 3, {}, (None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 85387, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 85511, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(credit|courtesy)\\s*:', 2, 34, 86133, 78, 1, {}, (None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 86211, 369, 2, {}, (None, None, None)),
 ('^\\s*(fot\\.?|foto)\\s*:?\\s*(agencja gazeta|pap|east news|shutterstock|getty images)', 2, 34, 86580, 223, 2, {}, (None, None, None)),
 ('^\\s*(foto|bild)\\s*:', 2, 34, 86803, 63, 1, {}, (None, None)),
 ('^\\s*(foto|bilde)\\s*:', 2, 34, 86866, 65, 1, {}, (None, None)),
 ('^\\s*(foto|bild|quelle|grafik)\\s*:', 2, 34, 86931, 98, 1, {}, (None, None)),
 ('^\\s*(foto|billede)\\s*:', 2, 34, 87029, 69, 1, {}, (None, None)),
 ('^\\s*(foto|ilustrasi)\\s*:', 2, 34, 87098, 88, 1, {}, (None, None)),
 ('^\\s*(foto|imagem)\\s*:', 2, 34, 87186, 67, 1, {}, (None, None)),
 ('^\\s*(foto|imagen|fotografía)\\s*:', 2, 34, 87253, 90, 1, {}, (None, None)),
 ('^\\s*(foto|sursa|sursă)\\s*:', 2, 34, 87343, 93, 1, {}, (None, None)),
 ('^\\s*(foto|zdroj|ilustrační foto)\\s*:', 2, 34, 87436, 103, 1, {}, (None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 87539, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 87688, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 88276, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 88482, 199, 1, {}, (None, None)),
 ('^\\s*(les (også|mer))\\s*:\\s*\\S', 2, 34, 88681, 93, 2, {}, (None, None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 88774, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 89121, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 89429, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 89558, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 89805, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 90173, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 90288, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(tento web|tato stránka|používáme|web) (používá )?(soubory )?cookies', 2, 34, 90577, 188, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 90765, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 91110, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 91621, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 92079, 162, 2, {}, (None, None, None)),
 ('^\\s*(vi|denne hjemmeside|hjemmesiden|sitet) (bruger|anvender) cookies', 2, 34, 92241, 207, 2, {}, (None, None, None)),
 ('^\\s*(vi|dette nettstedet|nettstedet) (bruker|benytter) (informasjonskapsler|cookies)', 2, 34, 92448, 240, 3, {}, (None, None, None, None)),
 ('^\\s*(weitere|mehr) (\\w+ )?(beiträge|artikel|kolumnen|themen|informationen|news|nachrichten)\\b[^.!?]{0,40}:?\\s*$', 2, 34, 92688, 290, 3, {}, (None, None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 92978, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 93365, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 93929, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 94196, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 94671, 71, 1, {}, (None, None)),
 ('^\\s*(źródło|fot\\.|foto|zdjęcie)\\s*:', 2, 34, 94742, 95, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 94837, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 95183, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 95258, 146, 1, {}, (None, None)),
 ('^\\s*(图源|圖源|图片来源|圖片來源)\\s*[:：]', 2, 34, 95404, 77, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 95481, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 95616, 113, 2, {}, (None, None, None)),
 ('^\\s*(撰文|作者|記者|记者|攝影|摄影|文字|採訪|采访)\\s*[:：]\\s*$', 2, 34, 95729, 116, 1, {}, (None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 95845, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(읽는\\s*시간|읽기\\s*시간)\\s*[:：]?\\s*(약)?\\s*\\d+\\s*분', 2, 34, 95919, 139, 2, {}, (None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 96058, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 96135, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 96262, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 96632, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 96674, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 96767, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 96813, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 97683, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 98108, 510, 1, {}, (None, None)),
 ("^\\s*[\\w'’.&!-]+( [\\w'’.&!-]+){0,3} newsletter\\s*$", 2, 34, 98618, 268, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 98886, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 98959, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 99169, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99252, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99396, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99542, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99672, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 99800, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 99916, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 100419, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 100591, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 100846, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 101032, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 101219, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 101672, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 101893, 171, 1, {}, (None, None)),
 ('^\\s*\\(?\\s*credits?\\s*:', 2, 34, 102064, 76, 0, {}, (None,)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 102140, 1360, 0, {}, (None,)),
 ('^\\s*\\(\\s*[a-z]{2,4}\\s*/\\s*[a-z]{2,4}\\s*\\)\\s*$', 2, 34, 103500, 272, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 103772, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 103840, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 103918, 311, 1, {}, (None, None)),
 ('^\\s*\\[?광고\\]?\\s*$', 2, 34, 104229, 48, 0, {}, (None,)),
 ('^\\s*\\[[^\\]\\n]{0,30}(자료사진|제공|촬영|=\\s*연합뉴스|연합뉴스\\s*tv)[^\\]\\n]{0,30}\\]\\s*$', 2, 34, 104277, 139, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 104416, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 104497, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 104587, 130, 1, {}, (None, None)),
 ('^\\s*\\d+\\s+(odpowiedzi|komentarzy|komentarze)\\s+(na|do)\\s+\\S', 2, 34, 104717, 168, 2, {}, (None, None, None)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 104885, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 104961, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,2}\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 105036, 130, 1, {}, (None, None)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 105166, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 105223, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 105270, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 105309, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 105348, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 105522, 97, 1, {}, (None, None)),
 ('^\\s*baca\\s+artikel\\s+.{0,100}\\s+selengkapnya\\s*$', 2, 34, 105619, 122, 0, {}, (None,)),
 ('^\\s*back to (the )?(top|home|homepage|start|blog|gallery|list|overview|index|search|main menu|reading|all \\w+|\\w+ home)\\b[\\w -]{0,30}$', 2, 34, 105741, 335, 2, {}, (None, None, None)),
 ('^\\s*by\\s+', 2, 34, 106076, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 106108, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 107073, 80, 0, {}, (None,)),
 ("^\\s*condividi (questo articolo|quest'articolo|questa notizia)\\b", 2, 34, 107153, 161, 1, {}, (None, None)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 107314, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 107397, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*download (our|the) .{0,30}app\\b', 2, 34, 107446, 76, 1, {}, (None, None)),
 ('^\\s*download\\s+(apps?|aplikasi)\\b.{0,60}$', 2, 34, 107522, 111, 1, {}, (None, None)),
 ('^\\s*end of list\\s*$', 2, 34, 107633, 62, 0, {}, (None,)),
 ('^\\s*list \\d{1,2} of \\d{1,2}\\s*$', 2, 34, 107695, 78, 0, {}, (None,)),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 107773, 105, 1, {}, (None, None)),
 ('^\\s*partage[zr]? (cet|cette) (article|publication)\\b', 2, 34, 107878, 135, 2, {}, (None, None, None)),
 ('^\\s*recevez .{0,60}(dans votre boîte (mail|e-mail|de réception)|par e-?mail)', 2, 34, 108013, 195, 2, {}, (None, None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 108208, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 108293, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 108450, 48, 0, {}, (None,)),
 ('^\\s*teilen? (sie )?(diesen|den) (beitrag|artikel)\\b', 2, 34, 108498, 161, 3, {}, (None, None, None, None)),
 ('^\\s*temps de lecture\\s*:?\\s*\\d+\\s*min(utes?|\\.)?\\s*$', 2, 34, 108659, 162, 1, {}, (None, None)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 108821, 207, 3, {}, (None, None, None, None)),
 ('^\\s*volver (a la |al |a )(portada|inicio|arriba|listado|blog|índice|búsqueda)\\b[\\w -]{0,30}$', 2, 34, 109028, 236, 2, {}, (None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 109264, 124, 3, {}, (None, None, None, None)),
 ('^\\s*της\\s+(?P<names>.+)$', 2, 34, 109388, 51, 1, {'names': 1}, (None, 'names')),
 ('^\\s*المصدر\\s*[:：]?\\s*[^.\\n]{0,60}$', 2, 34, 109439, 77, 0, {}, (None,)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 109516, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 109620, 48, 0, {}, (None,)),
 ('^\\s*【(画像|写真|動画|図表|グラフ)】', 2, 34, 109668, 65, 1, {}, (None, None)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 109733, 77, 2, {}, (None, None, None)),
 ('^\\s*分享(至|到)\\s*(facebook|whatsapp|line|twitter|x|telegram|threads|微信|微博|qq)\\s*$', 2, 34, 109810, 209, 2, {}, (None, None, None)),
 ('^\\s*分享到[:：]', 2, 34, 110019, 31, 0, {}, (None,)),
 ('^\\s*残り\\s*\\d[\\d,]*\\s*文字\\s*$', 2, 34, 110050, 75, 0, {}, (None,)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 110125, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 110392, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 110430, 29, 0, {}, (None,)),
 ('^also read:?\\s', 2, 34, 110459, 43, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 110502, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 110546, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 110602, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 110661, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 110699, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 110802, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 110891, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 111043, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 111124, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 111295, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 111348, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 111464, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 111588, 60, 1, {}, (None, None)),
 ('suscr[ií]b(e|i)(te|rse)( aquí)? a (nuestro|nuestra) (boletín|newsletter)', 2, 34, 111648, 351, 5, {}, (None, None, None, None, None, None)),
 ('whatsapp\\s+channel', 2, 34, 111999, 51, 0, {}, (None,)),
 ('whatsapp\\s+kanal', 2, 34, 112050, 47, 0, {}, (None,)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 112097, 99, 1, {}, (None, None)),
 ('ακολουθήστε\\s+.{0,40}(google\\s+news|viber|facebook|instagram)', 2, 34, 112196, 176, 1, {}, (None, None)),
 ('جميع\\s+الحقوق\\s+محفوظة', 2, 34, 112372, 68, 0, {}, (None,)),
 ('◎\\s*공감언론', 2, 34, 112440, 30, 0, {}, (None,)),
 ('コメントは(承認制|管理者の承認後|管理人の承認後)', 2, 34, 112470, 77, 1, {}, (None, None)),
 ('コメントは個人の見解', 2, 34, 112547, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 112595, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 112639, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 112685, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 112717, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 112765, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 112817, 40, 1, {}, (None, None)),
 ('未经.{0,10}(授权|许可).{0,10}(转载|复制)', 2, 34, 112857, 68, 2, {}, (None, None, None)),
 ('無断(転載|複製)', 2, 34, 112925, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 112961, 24, 0, {}, (None,)),
 ('观点仅代表作者本人|仅代表作者观点|僅代表作者(本人)?觀點|仅代表该作者或机构观点', 2, 34, 112985, 192, 1, {}, (None, None)),
 ('광고\\s*차단.{0,10}(해제|감지|사용\\s*중)', 2, 34, 113177, 75, 1, {}, (None, None)),
 ('구독\\s*하(세요|기)', 2, 34, 113252, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 113298, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 113328, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 113378, 74, 0, {}, (None,)),
 ('댓글은?\\s*(관리자|운영자).{0,10}(승인|삭제)', 2, 34, 113452, 83, 2, {}, (None, None, None)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 113535, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 113595, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 113647, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 113677, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 113711, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 113773, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 113808, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 113854, 48, 0, {}, (None,)),
 ('자동\\s*요약한\\s*결과', 2, 34, 113902, 46, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 113948, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 113974, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 114000, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 114053, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 114093, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 114135, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 114185, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 114286, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 114340, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 114393, 44, 1, {}, (None, None)),
)

# The matcher code of every pattern: code words in native order, zlib-compressed, base64.
CODE = (
    'eNrsfQt8HkW1+O73Sr68viRNm7SU0pY+0vcbSlughQIVQZCXIGhNmzSxTZMQk5bGIgXxcRWVe9WrV6+PK+oftD5AuKKIPEQeKspD'
    'QLRKe2+5gI8rCqIC1/yzu2c65zs7szOzu1+Shl1+Yfrtzpx5nTlzzpkz59RYllUx9GcP/eWG/gaHntRQ6vxNG/q72OJPLbyrhfdN'
    'Q39V8M0pVz2Ulg39jYc8b4G0AvLY5H0z5G+C3x2Q9pG0B/LkCJx3oH+vgnQRSgtDf0uhDtG3eUN/WfJuFnp3NLxz+lwD7xZK2rIQ'
    '/ZvBGjf0VwfvtkPaAunbIe0kfe1G/SnAPFhQZzUZ63IY6wkwlnPgXRVqWyP0g5Vj4x4WXi28D1u+HtrUhN45/87DvxmsjKTu6WT8'
    'nfwN8B7nqUdttWH+MgiWU87Bi6mAH1kEswA4Ww59pG0RzYtNxmECzPUA/Psp5zuq34ExGeqphrqd9s5Ha4PVxfoiaks1wu8FUNe4'
    'oU41TPW3NQf9pOORQePxLvjN+lQNczMe6i1AWgF1bkR9qgZ8roB6LDv4SZHfaXtMPe7wptZae6wIz9qAbxlF2aF5V9btzOdWoL3O'
    '/LXC/GWS+XNQ2rraivRMD/z6eTUASmvyhOaK6GQd/NtZz0uyXrm3k3VqMs+qeT/Mn7Q7MFe65Kw81Cx7qBLwXQOEwfyWAf1ugjlM'
    'IZqdhT3A2mtZ1z1RvN9Mtb39hfFtNipXxsq9Yajuz3m0Pbu4mI+YJGmrLdmb7JB11UN7Xxz6+zOUqUT1Oc8/vO3q0DM4eMUVFlon'
    'm8me/FYYq3QIumaPQbq2522R6Foq6GM54CfGnctRQV1+L5n3w3ve68n+5eDBV4AWpg3oXeT9Kj325tElmkXPnngmUfRM9b9K9qpk'
    'r0r2qmSvGqt7Vb0hjWM6z5V5L01BugLSEyCdRVL2fgb67bTjF4BTzrupd3np1fd56fM/BN3h17z0oXu9Mj9GZXb/1Etf/baX3n+T'
    'l37xbi+99RGvzPcBb513z17upff+q5f+/CIvPXCel/dbKO/jH/DSvR8Q570e5T1yL2+nky7+updee5+X9zMo7+4bYTygz5n7ivv4'
    'LygvHRcK930obxP0+5a7xXl3o7z7IM+rt4nzXoryXgZ1L39YnHcLypu5H3BEAvdilPfWR7304QfE43A24Kbzblcv4M724jk4DeVx'
    'Jk9U5wkozy3Qh/13F9e1AuX5ziNeWvVocZ75SA+55EIvrbnE+zYTffvSJi8991rv2xT0rQlwKbvH+9aIvn3zg8XfatE32qc8+kbH'
    'DfOi7wghezch1ktI9+1gPYJpXTVkj2DzMA/4kgVw9kDpWS3oDpugfRhGDuVnemO8/9Wh/PjMwwROfZxjmnK7MjVoTE3rS/RhCn2Y'
    'YsyDd95UZAGEyQGfH0KyJwA/yge9uWsBEDmYu0sw32SqulN0JO7HGuFnKlofYR5MJzotLsvjMyx7sZe+spjzusmcjfycsXPE/KC3'
    'th4YEsDvyyb0bzSeB4yk7FEbwJPlA3gy03MqRhfwPnyJgQw8xp8UqPVmhCYce5RHxMm5U6LLS3R5iS4vOXdKzp2Sc6dkr0poVrJX'
    'JfM+wudODi68HJI/T86hknOo5Bzq8DmHqk/Ool7TZ1GJ7nX0nT3h9VlnuE5Ud2waic4T2+ozWjHjXk6nnba8TvDtnse9byehbxvO'
    '9dIzz/G+rRZ8u2aj9205+lbxBp6nAGuHfask32bBt2boh5NuhzE7Cn3rId/YmmXl2FpmedjvAlpzDE5Q3rDzVA9lKK+dInJaBZmr'
    'tCE/xu4Ssvt8x6N3J23x3q1E715q894tQ+8cPqAAfa6BcehAdVoBbS7AQpqCxi1j8ft3rC8pRd+z6Dc+61soyGtHuLeSMWhTHbQL'
    '33Fk414wqNfpRw7WTF2IslffLt7TLwi5z1aS/SFnFd9xfWSXOdw6gGMytmUxja3T3rBjW/6gf2zZ+J5mhRuHckRvRXRsUQAdazag'
    'Y0ca0LF6aL/zrR+tcSfttYr5SfYtB3NG6WAejdFVdjgcpPebm9H4VUA7roeUtrsP0s3QtkqUpx31n+UNQyvMzwpTY15vcejScKhH'
    'eVRohD86+6mDnw0KvFtFYKroFtOn3AY2XuyMmelWZ/vwJvWafqwAvaGAad4TBrNstNYxzToH0bMB8u31iO4wWtEG88f2w3dAegXQ'
    'OAaH8b55QXmcZynip9ZkimGvy3jpuydz2KsyXrkZqG07SZuYX4clqE2bSN8aAE91y/eh/UZG8ysl62dOSBmYwpkfkxyEfS9kEewC'
    '6AjYu1loHrPIrsx5dwz0l40F3sO7IG21uI8Pmrdfkncq9A3nbSP7FNMF4Ty7rGJdEC2P9278bWUm3N4XJGNmoJ4ZRKZcAulxll9v'
    'tZTpryy/3op9W0FwTkR/Re8YvzdB8p35S9Gl7yL8p+PA/NjkEK8yS3GmUhGjTkzHVwbTZy6D9lUhPKbrj+GqLeCnugkut0n4KbvE'
    'fTGtD6/ZdtQXGW6XEbqBfbXsBpoe1f/IKFB/Cd5lIvGE743mf2R62IK1mm911xrGsTI4Z8dn+euG/t6MYNYSmMVnpINph9eR8Tus'
    'vv8HezOzIcA4LbMhwDS3D511Ubo653te+h93+W1Vysjeex6kFyD+1pnUd6G2WRptCxqvtxMYUXTSI2o0qf+kjWQrBc4EPWFstgsS'
    'nMR40hzyjDgKfmJ8SynsaeoN9oM6Al/HXqeOnBOZjgU9s2P28e+5r/is+uBNwT7f4uCJM1Z0P2Rs/2b3MXT3b11evZT+0fZbxf7R'
    'ZG2qjKFNWHc3FemqsGzQK8nXqpDXTNbhRE1976RBsW5FtV/2QT+SM0bBGeOekOeL6qdcx2Y/DN+DaWQW4UCK0EPZ2imPce2I9L1t'
    'gjWUrIdkPbxW10MHkdGT9ZCsh9G8HvIjsB6C9PnJWknWymhdK5mY1somdIaQ4HuC76MV36tiwvdWiVzdS2SIVrKXPAPpf6M9JFkv'
    'yXoZreulLqb10qZhH9BF1tImg7J9An0XO5PDMHcIzhuT9Zesv9G6/spiWn8dZF1sIvtUItMn62A0r4NsTOugh6yDBO8TvH8t6LJ6'
    'CL3vIrqtTgWPlei3kvWT7BvJGUiC94cH3leWAO9Vdxb6BLovkTyf6IiTtTOa105FTGuH6oJFe4ho3SR7S7I+RvP6qBmB9aGjOxbp'
    'e5M9J1lTr5U9R5c/o+trV7JmkjXzGtaNUf7rMvQ+WRfJujjc1kVuGNZFgv8J/o91+T0I/xkfRe9UsfzJ+kjWx2hdH/UjtD7ayO8t'
    'RB7p09Q1J2suWXPJmtNbc7uSNZesueTsP9KaS2yGE7w/nPA+rjsuOy3x/cYg+/s+gZ1ZokNL1tBr9YxzMfHHuRT8ce6ZzM9syuHb'
    'SfDt6sngv2ey/1znBMhzFfLnuTbD11iQ70+dunCbdfKekeE+IJP1nKznsX6PZrjWc7KWkrU0lteS7v6yIsN9Vkfd25I1laypseyH'
    'w8HHS87icd0SfE/wfazj+zdbvfR9bQm+J/g+evE9HRO+J3ie4Plrga7j2LUJvif4Pub5mA8m+J7g++jH9xTU2Qh/GBdZHO1+SJn9'
    'PI2f6Lxj97S2o7w0PiZrK8bneVZxXOw61O4wMXAbLR5DVhW7L2xc13oNftCp5wYYg7nwztF7PTKDx3xnY9dscV//LDaak8dRc02y'
    'iuMAMJuFHnTuqnumy+IZdVjRYlw6Y7yc4Art83xBn2dr9HkK9LuUfRbF6qo37H836X+jwt5K977jZqs4XhaON6gTZ5CtURa/dTUa'
    'a93yIr9iUfzJ4PHHvgSc9o2DdSWyZRPFwxPBMMVfFoP2WMu/h7JYdUGxQcPEt8E0bwGk46aatVu3jfWWeVxFGb8xH+GTaZ9xDPla'
    'gOt8H8/KO4XOPbT9CUNzFQB3tljFccLfhs4dkripNG7qoDsUpYybSmM+vRPer07me8zP9zjEp5nINgXAiaKYd3VqfHjCLsaHbIIP'
    'owIfLh36xzTCL3SilPrRDsOrBfEVThvOtjm9WX6blz57k/ftdejbhl4vPbnd+3YS+ja33Ut/9i7gmWwPR513V+7y0k3bvLTzI156'
    '+Ue8vIsRnGmXeunX2rxvc2xPnpeNj+gODfWhsVkwJpg/rLU5f9cn4J9M7wD0Su4PyGxEVfPz7NDfUZL2tYa4q9CpWcap+4GhvyNj'
    'rFunzr0gX+I6+wU2tUFjK7L9k+XRif0WxuY3KG8B4M2w1LZTQXHLV2SK+3FihttL6dhmsTxOe94AsiPux6sWj7OO66G+k7cR3GqR'
    'jJnTfzYebBwWg+wqipkuiwOP13cnaoNqfiit6LHEPtJ3ot8Fqzh+Y9YKjlHNYk9lLR5blskDOE7jQgGfb6KrwbEqMQ9hS/SrUXRC'
    'YephcS9lccpFscgXS+RRXb1SFr5ZKvkzay6LOeWet4v5sUmGe1O3YI8S6dfmIx7hUdvLI7rL1i6hyQNkzoLg32Z7cTrp+g1qd4sG'
    '3C+RvVu0B7VYaj+6QXVcM/SPhhjH4jLbk/tVbVbB2ULgyHBDBec8W60Xw3W0WMX+KIJgH29zPeGyTLANLv62HL5dSfYQVX3TbB6H'
    'd22Nl86GdCakS2vUcAo21+dtI7yyzhwPWuLyOPZMUPk/ovKs3MuI11SVfwqVD7OufhZQXgen7gD5M471txf2PlPc+ywqh+dAVe5a'
    'VK4f8SaqclehPu+P2Odu1IZlGX28a4H9RBfPzkf5d2jkfx3Kv19n/cO+GcQfqmDMR+cW8y1+RpElOvTp6N1ueHckercI3jn1TVDU'
    'axIDfEHEM4oWwmPkCE8z414vzdzP54B+u+dxkJfRtw3neumZ5/AzBvrtmo3et+XoW8UbeJ4C9I99qyTfZsE3vDa3w3gchb71kG9M'
    'l433wIVEDlhIdFEMTlBefN5aZnjWUAfvTfjWvKFuLYvONtn6YO9O2uK9W4nevQQ6imXo3b67vXcLEY3oQHUG8aUF4DWmEL1tkyEv'
    'nEW/8TnEQkFeO+T5Tx3AMeHPK2FNHS3QaZqs6RysmboQZa++3U8PnDZdEOJsRsfG5JFd4c58qgzHtjqmsXXaG3Zsyx/0jy0b39NC'
    'nn3VIHoromOLAuhYswEdO9KAjtVD+zEP0oH4MCzbsm+i8/I6BM8Zo6vscDhI98lmNH610I7rkT2KSJ9G7VGwPLU9oq1Dte984TVm'
    'GUWeQ0JT6CejzGF6Hq7aTx38bNC0CdKlW/VM/wC6uiZYpzbkT86lROdS3lPKcymRjc85iJ4NkG/Yvma7gZ3MALKvyQvK4zxLET+1'
    'JqPWi68CnfYM1LadGvrhTaRvDRbX4+iUx7Y/MppfJ1k/c4jtiSx+SRS9sg4vgfXKUfXF1D5Qp3xWMj4LA/hbWf917XoTWS+R9RJZ'
    'L5H1ElkvkfUSWS+R9RJZL5H1ElkvkfWGQ9aT+RLKAo1mdLUMzsYWwF5I11gZ3IkKa0tUDfwkrsOKIAM6Y3GyM2cR5UBtnqTdjN/I'
    'GbanzLA9T7cV40MW8ZA682lyTvlXCW/azMZmkM8lu3/7c6iv3or7saHT6YyVRa9zbpfd+vMqEBVBHyvRv6vQiNYUii3h6+LrUYq8'
    'qK2VZ55qBLpcm4anwrV9KhYAA59asxZrPSmOmKZPyrddhXhqQ3fUNhwjrIeoQl1ga308ov1Omh8Ur1n63cRmgcrqOnSt0pC/7wQY'
    'WS3+PoYnlR6t7H1Gm0kP9azVkQKUdZdaFxEn/3KkAe7K+BXd8owfPc6gTKn4kVLUP5z8x+80+Q8H5pOQL53wIQkfkvAhsfMhcfIT'
    'cdOlhH8Yu/yDLt/QCHtvmD3NOQ8S6UxyCp5joWSPi3LvalHE8/FFVvE9qSOt4bsvVUBnuiZlsG4rq3EWv4jMe3LvKrl3ldy7Su5d'
    'JfeukntXyb2r5N5VYouX2OIltniJLV5ii5fY4iW2eIktXmKLl9jiJbZ4iS3eaLp3hXXLVYi2lhNd5ypLfv+qDGDiM+vFoOOV8aaY'
    'z2c6X1p+GcqL+4p9fdEyKwLqZPppE14hg2QhzCvo+sp22v4Ju5hnoD6qcd5rbDPcwrjhlN+Nym8O0dZOu9ifuGn5S0j7TcufYUdb'
    '92tsNT+yzFbzI3PtYl2Sbvsno3JbDcrVoDZ1EB0Wy5MF2CqY7aTcXxGd22zQpudAvxXFrzuD9Thqw3aNctug3P2onC6tdcp917Bc'
    'n0D3aIK3n0X7jWxtfxzB7jGA/T4Eu0cC+10oz2ZJnn7DOWDl2gV7KYX9VgR7kwHsswXtbiN5ThOMLc1zAsqzU5JnhQZPMD8kTzAF'
    '8TK03kaBPMm+1aJvm8k3LO/J5CV2Vsn4AlF8E11ZuxnxEDbwKQ2Ih2D8hKmNRVSdqyrGnox3qYH65kJ6iYB3wfoVlm8j4TVYLAWW'
    'Pw/2rqydorKYR5lkyWPvpAE+Pden8HHbK5HNm+h8Gvcb6+Tw2GUjjB1+P5forNg85tA5Z61V7Fc1I7DVE40nnaugcbQ1x3GuRNem'
    '027a7yjjn0LjX275/c1Wk3rXWsH3/WsC6ipT1FUTg80IjZdSJjivWSSgkb1Ir8byfxfeHQ3zpruXYDqLY8JQOttLvmE624d4MKp3'
    'LCM2JTrx1CZCuzIId7G/hyDaUiAy2EaJvUojmjfb8sfC0W1vPaJZTl+PgHpPzsG5OqSnQrqB/GZrhuVbD+k8SfnTc14/jjiC1zUX'
    'vi2HdAnKG0ddTkUTY6rraDIO66GOZybxOqKOnayOn07y7sNhnoLJlgO231ZFx3c4XhtdGmW2EdnzhkmeHI/L3Zv20sfSfnnhFvj2'
    'F8G3m+DbQ4Jvd8G3P6V5W+5Ie+kPIb0xrS7zjbS/rNOPnUP9WEPq/AGUv9uwH3fCt8dRvfek9ct/D77dYkUfI1l/V0/yaC3mM1sE'
    'dkZR5MBtRCbvl+gvmiZxP/20Lb0Cu5a46n15Ih+DkVxPbjwbaMtsoNFOvu/AfJ4C6feP4uVuhPm8PR3/Wrh5oic3Oe9uNsDb78K3'
    '5w3Xy3Dg+xUTvbg0KtxpE8hsuvO+3SqOj4dtqVx5eSK3k+sTnEOKZPQgGqzC75NQfTTWXmcJ6pslqI+ea/bFWF/FRB57TxTnBsPq'
    'NoT9QpN47HRjNh40rO+JJt6XrZK+dEr6poJ9J/TFNA5Jj+WPLyTCc8rXf7Ep/FpTrSedtei04d0wns53G2xCV0I6DdKpyFbUSadA'
    'ugTSiZA2QXpGDejLm3j8oqh7JMVbug+1orl16j6zyZOJ4x5bOofLmrhN+o1kb/kWobEPpoP5Jsb/iOjyxCbvbI19C9pPMJwH0qXZ'
    'J/7SyGP34L11NO1lP2n08E8XB+Lcw77WyPGii+Dujhjr+WgjX2M6saw2x1h3H6p7OHlj11YXje82gzMJ0/1mtSYO7UJpXHz35EZP'
    '30Ht5al8aQKzDI1bqWQIp54/TCgN/aU4+OgEjoMtpC3tll4sP7yn92mWcfl/wz72hezjpyYM/z7K8OWdEzi+bCHt3iGR53T4Pxwr'
    '0bXVD6iHjku/FRxrLojfOQ3V0y04W8Lvo/BVC9CcYfofhfbq1l2D+kjjfm+OsZ4Xx3PfJownnAFpM6TlkC6vKeYxGS85HfGQ7l2d'
    '8fzeSB+RKw6Q8Wwn5xGL0f1Jd/+PAdZSgPWdGGAtA1hfjgHWcrb/xwBrBcDaEwOsYwDW9hhgHQuw3hwDrJVs/ccAi93LXR4B1hKr'
    '+B7vtBhgMbyviQEWw/tXGjisaltM7+k+0CWgNW482wiw2oid0mMNPD7tcOyJTp23ojp7rOCYv7QeXX0IHbNPD0OddGzfheZJJLuY'
    'yMfbECzTvYjCujAA1oAhrFMauDxNdcD0XCJI/tTVQ9+WDpZVp6G+heF/mOzhrv8Gfn89bv2pA/+lcRx+3PpSB/5vBPDj0o868O8d'
    '56ePYfShDqxvScYiDv2nu/5RW9sUsqBK9ns/ghVFd+ray40LTyOofLNpnH9dP2fAr2JYZ40LT28orDVobuOWSVxbeQS/1UCHoUvj'
    'qjTav0kh84twl8lsL9YXt19H92Qy/vvqvb1Pd//eReoZMDhfZGvkjnq+324zsJGlMr5JnV+o9+5rR9nLKR/VE6Ide9B87iTw6P56'
    'sW0OvyPi2JroLtfbcFcG9WmzpC+9Idvi6v9LNHem/axDYxs0d3G0k9X5Yh0f23YJPQxjF8Dg7wP4pvo1FX1h9Oueuuh7GIN1Y114'
    '3pTC+mydn+7J1hVuexS92JV1fj23yKZ7RcZLj88U874nQd6rJ3vpe1CZs6DMEkjXZvh7d/8fgbrPgLpPhnnD551MVzWBnIdOVOiu'
    'Ftd5NoJh5W7XT0QEGExmr4kAg+mo/q82PAymm/p9BBhMJ/WrCDCYLupHEWAwHdR3IsBguqfrI8BgOqdPIBhheFIHxnsRjG7BfSr8'
    'XsZb9td6dqlBZ7q69lX3KGTjN9f66WFQXSp53NVLwztbUufxtXzv0ZHvqV3Z7Yo+zYwIX6VPqEZzvNVgv8B6hFcLfjzZbIgnvyvo'
    '42ubZD/8pUY7+hWyxAMF7nMvrvNiV/4v+NdBKc6Hnbo+icYhzHmwe18OjYMML3YY8qwO3EsR3C1Eht9hyI9guBcL4LbFAPcUwTj0'
    'a8AR+RTE9ywWhVgzFFenFLgvkYeyYCMO6TOQ/oK8fxjSZ7Ow/hGMlXkvPRHSGZAuhPRMSOdDujgP67+Gw8jCt/GkzFGQniSB8TsE'
    'YxZpx0rNdvyyxnzPO0Dm+4Eab51i/vsAKasjX+rYBXy9hvuwPCDQ3evgWNjzDKf+D9eo9/cXFHT78ho1nQij82pH89ASwk7DxD7j'
    'DNSHdsm5UlcIvdcxgvHtM1zjMxEMHb0Ezsf0KQ2C/snkbxM9zT+qPbhR9W5Unn+2Wo1TYWxHHqn2z0e/Jn/AYNxV7cfLONcsnvsv'
    'o3FYn+GybZBfSCy7LoZ0NZGjr40ZLpORB6o9HRfLo4K3DMqfrLgjrivDL4Z2XFjtlwOo31x27zwu3cTqYayTjfcUwfoT+QBm+pBV'
    'ZP5kfSmPGS5r75+r/GunPyRtV+0fT1R5d0GxvmZFDb836voGrSm+W/sjVGYtsW1nZaaTMrdXcb6F2jbNkdjFZxBs11+GoK3LFfV+'
    'DtXLbKWOJrZTNYp6P4xgzCX1lkE6TwHjckE7qL3/dIU+rBPBaJLAmK1ox8VVnKZ10LtnBnsF3mdc/l+As0fZ5nxItwYfMreK37Ne'
    'B3dVm8m92tnkfu0Sdv8XlV1GyrI7uqcIYLrnf6gsuyt7Mim7QVL2/yp52dmGZf8XlaV3etcp2vwUKruIjMkyRdmHUNkF8G2pYFzp'
    'nWN3/6/kd+0Zj3CRLdbjdxF+6SaDsm0ED69DZbcRufYI23+miOv9mEFZWu97UFmVLRatd4dBWVpvOyprIle4+38ljz0QdZ9x4K0X'
    'tOWgRD6g8tEKQVvaNWkCpR+u/Q9qi4mdh+vPFOH9QYE+AOsJHiJ6gjQqS3UNj5DfB5DuwT3/q+Bl2beDRD/xG4l+4mlUdr9ElyEr'
    '+zgqOw90BWuQzsDlCcjvtaBLuA+VZTqNuUT/wMpsgHQplL0VlZXpVFISHcYNqGwzaaNK//EpVFamQ5HV+8EK/fVGdSa7K3g8EVb2'
    'ZQN5UkdG3xxQR2dMdZxe4V+rprIdlt+OQfC2S2hAu4E+YXpFcUwVnT7juroIvBoEr1NSptOgfS/nOQ51SuTrNgENdPV/qKzsvtGA'
    'xLZiX57jhk57TewmWB0/yMvnstfwXqAD7xsI3lnkvDpIZl4skdk+HRM8Jqu9D80Hy3MiybtCol+4LERZVu/b81wnOtw6BDdOBBrH'
    '4zNqeV6lF1gREzw2PtPynMZPqxHLfzIZqT7PfcVOU8jCZSivTfJOIXlfLfe3aYXEFoK26Q+oLJW55yjkxt+U8zZOUfTn0XJ5f2je'
    '+1HeuYq8twfApTL7Taiv44nNyEzFOF2H6hmvaNMnA8aFtulDKG+TAu5V5Xxdy2yothO6z3xCvqPcv7f2Ku4AL7E5HcVnng68jeVc'
    'Z0J9Tclk5HNQmaMl8vXpxEfUKajMbM0yKwVt2yDwpcXeO2XmBZRZLykzRdCfVUQGPhb9du3/BP1RlcmgMqdKZG0qJ/+1zN+200l/'
    'qD+u30IZ0blpq0TG/LVGGSpbPoTKvCyx6+sl9fwAlWmVnBXQtv2nRhnathvKPB9yKrlQZL+L6/5ESDg++R/1gekq/kD4cFr3ZRpl'
    'aD3byrg/d13+SsTDX1Tmj+9nysO79/9QH2h72gR8qVNmVUCZXnL2xXwjLkBl2gJ0CZhXnqpRzwApM04wLptCjIuN4GwlON1lICv8'
    'MSeHYyJz/Drn79eOEP36cY7TqyezYn0D1Yl8H5V5iOg1mD6FwdoHZW5EZR6Fb/+j0GN8EZWZnBfrBqj+4hOozDxNnccHUBmmaziB'
    '5GW6h0lQ5nJB29YhfQiGUQ5lelAZpltpJHqKM5G+xJX/URnad5lO44Kcn6YcUNjyiGjK+pweLQ3y91QAHbNq3VI7oZk5fZpyyP8f'
    '6reuPCyCk9Oo+xmyHv+e5WVE9AGfz7Ayvw8o0ykp81TWH381SAfSZSCb328I2+RM/8Ys54PXZPwyuOlZ92fQ2G20xTxGC8Gpa7Pc'
    'N5pqXHTj27J9fBeCTXFml4K/V63DTVn/XrmL4MmrhK6fj9qzTdNfjUoGYXHMTshy2ekUwgcvITz0soC8lK9vRnmXE5ljNuLR3fho'
    'KO90+LZY0BZX/kd5KU9O85ahvPT8cAM6M3Pl/wyPzRLETzt5/4TyDhCajHlFJ+//ZLhPfVNew9X/B5Tv1Ch/L2rrdnLuQ3m/26Cu'
    'MH6MnPJfRXXJ6CajIZ8PyNtJbLM/LuhDC1k7jKZ+QABXZPPr+v9EeYPseF3/Xxl/PBqZLaBo3bdK5lHn7rQbqztkeUZD1mf8sYcY'
    'Xr9C5vG4gLz9JO/CDF9jTxJecz/iH10/7gF595G8TYK5EdnBuva/AvwQ2bu6vtIDcGkr4R3+muZ5ZWcBDEd/nxbjh64MsC/N+Z2w'
    'e6pr/4PavBLKvwHp0rFe9w6NvExne3NAXqo7v0EjL4P72bSfT4njPpyr/0ft6Bbwh1gXtzstx4tegvOXpv2xsbZpzDXbc1vSPP7M'
    'VgkPciHKI8J/9/5/2h/HhtoRnIryiHQJ7v2fADhbmf8fQZv7SZvnBeRhdGi6oD34vM71/5nWi2+F9yE3viiCLbIFd9c/yiO6B+vy'
    '/ymep1VylvZ8yj9mB8m4PpMqjrOkQxOcck8G1M/26odS8jljNOm+lH88aGyh76f8MZXoXn1Lyj9nlAbvFeSh56PXofHQ9aHg7v8C'
    '2HR/vkYwZs8ROO+GPFhPwXQcT8O+MxCQ5wDkuVSQ5yGyf3WgPJPJvZFmkO03ojYfkKzNCwTzfICszTNT/nX3Mlmb6wPysLW5WoCv'
    'bRr4uiBg7pndzoyAPAwXj0j54/FRHWt9AN4z+pFH/dC1MXD9f6HYe50S2vRn24w2sb4dtP1rsY/k+ZVdvD507u055R7UbBPlWe4I'
    '6C9r03+S+Ic6viPc+7+2P57bAKErn0OwdXU8Trl/tv3xCMP4d3D9f9n+eHFULuq3/XH3cEwIFi9zXEx3mi4SxKXsJbh6ti3nD9g+'
    'dpoA5+j8niDAHZX/Bff+v2Y5yiNMNyzHaFMDwhVd2xBX/4fK6d4Tccr9zeJjJ+LHXf0/yiOyEXHl/wA4jF/+dUCe4yDPz1EeEa/u'
    '6v8D8qyGPHdbfDx0bVNc/t/yz5uKT3fv/1ie39S47pS46x/1Qdcexd3/BX1Q3Qlh8TLzAXJEAfA0H6DDLECZcTHoLGm8TNFdARov'
    'U2TrQONliu4G0HiZIp0ljZepKxOxeJk1hrpNHMcN6wybc8Vx3PAZEDu3wfEyWQxoGpeSxWQLilkZJgZcJeSVxYArVSy3Rqs4XneZ'
    'xfUwGWIv00zsZSZYcjscmrfS8stWabsY31j/dGN+slh0LP52mVXsu/U4AT4stYr9zeYF31ZI2pOy1HEOs/BXDu9leRtBD25ZZnFO'
    'nXLP28XzNUlgZ0TtRZgPFZENSJsCn137Mpv7uOom8NoJXOzriuGACv5tNr/f1In6E9TuFg24X7K57SyF16lJU1R1OPHYG2Ici8vs'
    '4jN/WZtVcLbYftsBEW6o4Jxn+/VwQWdl+DxOBft4m8dNWqbYr1V7s8OzqOqbBmOC7TFnC2wUVXAKKAb9NjSmunM8aInLM9xRlf8j'
    'Kt9JZPbNGuWfQuXDrKufBZTXwak7EL8Tdf3heOwmuPdZAX/RqVHuWlSuH/FMqnJXoT7vj9jnbtSGZRl9vGuB/UQXz85H+Xdo5H8d'
    'yr9fZ/3Dvhkka6hgzLd4XOD58G625Y8tPB292w3vjkTvFjH7EuBt4ohL7t7BtPxxgk32+xbCY+QIvzPjXuDX7udzQL/d8zjE+EPf'
    'NpwLtkjngI5P8O2ajaDjR98q3sDzFKB/7Fsl+TbL4nGTW4h8cZTlj3m/Hc1BJdkDF6I8eF6rUd4eRV7M45eF4DXLLbO413mDOnA8'
    '7FVofbB3J20B+2v07qU2sL9A7/bdDeeviEZ0oDqD+NIC8BpT0LhloA8mvLAo7jmDR/PaIfn/OoBjwp9Xwpo6mox7wXBN52DN1IUo'
    'e/XtfnrgtOkCy1wewPHpbTLWqyB9ZJc53Dr4bTK21TGNrdPesGNb/qB/bNn4nmaFG4caRG9FdGxRAB1rNqBjRxrQsXokT9OYAL2W'
    'P2Z9B+BFhYAOFtAYXWWHw0G6Tzaj8WPy9/WQ5iX2EpsFuoJ2cp7TF5JWOO8vgf67Ljdt1ZOyx/JzSGgK/WSUOUzwR2c/dfCzQYF3'
    'qwhMFd2qZ/oH0EE2wTq1If9sH96kXtMPnt9/DA6WiWf+ULY9YTDLRmsd06xzED0bIN9eb/ltrHT8mjJ9+GrLf3ZM7SqWIn5qTUZ9'
    '3sHOCGagtun41t9E+tZgcT2OTnkc70RG8+sk62cOWhf18O8atNrzsJaZjtMma6uG7J0WzNkRVrHvnNk5sV8c9nsqucPH7tTNk5Q/'
    'nfkJOoLXxex6l0vuM0aty6loYkx1HS25M/jMJF5H1LGT1fHToTpmBpxhh41f0GtwN2EbOTO7YZK33nC5e8G27jFBPKqgGMumcZSp'
    'j2kd390y/9M7h/qxxgqOd63bDxqPi/kMH02xpldP8vj/4Y6FLIrz1DTJk2NLGeNXVO/LE/kYjOR6cv0EQlt0/avfmPbHMo9rLdw8'
    '0TtbawabYV28pXHdRxO+XzHUp2kh70XEFX/8rRP5GUrcce5E+H0Sqi/uuHei+mYJ6osrDp6ovoqJ/E5VlLh4ItgvNInHLo44eaL6'
    'nmjifYkS604E+07oS5R7oyZx3L7YFH6txRXr+d0wntgfykri14X6Q50i8fnJ/JGcwfyENg1/fHNmx3NmU2ni1NM5XNbE7RVuJHvL'
    'twiNfTAdzDfhmCmULk9s4nFN70gH7ycYzgPp0uwTf2n0ZCu6t46mvewnjf74Uyr75bj2sK81crwQ3b2Iq56PNvI1pnvPIK66+1Dd'
    'w8kbu+e4aHzjivsi2hNWa+JQ1DgworonN3r2pGHjwohglqFxK5UM4foJm1Aa+ktx8NEJHAej+I4dsMzjUNxs2Me+kH381ITh30cZ'
    'vrxzAscXWZyeNkG7TWM9tATUEzUmLx7L01A9qjg+UfiqBWjOMP2PQnt1665BfQwTK1m3nhfHe/RJ5Euf2cuWEz/1tsJH4FPj/TG8'
    'dWPpLbaKYy7+JAZYLPbid2KAxWIwfjkGWCwW40djgMXsg/fEAIvFZtweAywWo/HNMcBisRpPiwEWs8NeHgHWEmK3PS0GWAzva2KA'
    'xfD+lQYOy8QnPKU1bpygCLDoneTHGnhc5OHYE10/4ajOHsE+FuWOnmzMPj0MddKxfVdD+PjJVD7e1iCPn7zZENaFDeFjMfviBDZw'
    'eZrqgOm5RJD8qauHVsX1nIb6Fob/wXddaxr43Ya49acO/JfGcfhx60tdP8EC+HHpR10/QeP89DGMPtSNEyoZizj0n+76R201iR8h'
    'kv3ej2BF0Z269wTHRY+xzmjcpnH+df2cAb+KYZ01Ljy9obDWoLmNWyZx7SgQfN078CY0rkqj/ZsUMn+QH58X64vbr6N7Mhn/ffX+'
    'GG1h4hWaxEi8o57vt7o+AEQyvkmdX6j3bPmj3vGX+RnWbcceNJ8i/wC4nottc/gdEcfWRHfJYlO+HvVJJx6naZyJZSWaO9N+1qGx'
    'DZq7ONrJ6nyxjo+tKk7pQAj4++p4LHUT/ZqKvjD6dU9d9D2MwbqxLjxvSmF9ts5P91R+KqLqxa6s8+u54/BNphNzY9MI1M18sp0M'
    '8yaK5TiBnIdOVOiuFtfxeLVh5G73DlEEGExmr4kAg+mo/q82PAymm/p9BBhMJ/WrCDCYLupHEWAwHdR3IsBguqfrI8BgOqdP1JrH'
    'TKd+8t5bq44j3q3gLftrPbvUoDNdXfuqexSy8Ztr/fQwqC6VPO7qpeGdLanz+Fq+9+jI99Su7HZFn2ZGhK/SJ1SjOTaJx4j1CK8W'
    '/Hiy2RBPflfQx1dZ/IRfarSjXyFLPFDg/hjiOi925f+Cfx2U4nzYjROExiHMebDrJ7SgjtW+w5Bndf0EIrhB/oVN4V4sgNsWA9xT'
    'BOOg62NYFLuG3eNaFGLNUFydUuD3zGjszmdIHM7HJDEoqhEMWUxLVXzKV2s4DBb3YTwpcxTx90hh/A7BkMW4VLXjlzXmex6NeflA'
    'DY8LHeQ3OY64lF+v4f5NRL4udXAsir+sD9eo9/cXFHT78ho1nQij82qv8cfnNo3xqzsPZ6A+tEvOlbpC6L2OEYxvn+Ean4lg6Ogl'
    'RH7YGgT9k8nfJnqaf1R7cKPq3ag8/2y1GqfC2I48Uu2fj35N/oDBuKvaj5dxrlk8919G46DrpxHLroslvsivjRkuk5EHqj0d10jE'
    '+MSxUy6s9ssBUfwr6ugmVg9jnWy8pwjWn8p3I54/WV/KY4bL2vvnKv/aCRu/XbV/PFHF40rR2KWyOJg/QmVozFJZnM3bqzjfQm2b'
    '5kjs4mkM0L2Cti5X1Ps5VC+NE8t+1yjq/TCCMZfUWwbpPAWMywXtoPb+0xX6sE4Eo0kCY7aiHRdXcZom8v2pu1dQn76nCHAW+wI1'
    'sRlR8SFzq7jfxnWSmKSyGKhHoLLLSFka56eZlK1CZdld2ZNJ2Q2Ssv9XycvONiz7v6gsvdO7TtHmp1DZRZLYpbKyD6GyC1DMIzqu'
    'ovind1Vy/yaMR7jIFuvxafzMmwzKUh/v16Gy24hce4TtP1PE9X7MoKwvTigqq7LFovXuMChL621HZU3kCnf/r/THJA67z7hxAgRt'
    'OSiRD6h8tELQlnZNmkDph2v/g9piYufh+rpBeH9QoA8IiomZRmWpruER8vsA0j24538VvOwBEk/zF4oYmU+jsvslugxZ2cdRWRYr'
    'c41mzMz7UFmm05hL9A+szAYUF9O1/0NlZToVWWzLG1BZGg9Tpf/4FCor06HI6v1ghf56ozqT3RXc16wo1kYcupLNAXV0xlTH6RX+'
    'tWoq22H57RgEb7uEBrQb6BOmVxT729WNF9AuOLt2z/8QvE5JGZOYvS/nOQ7JYoO1WeI4OL9DZVWxj6ltxb48xw3dmBmm9hs/yMvn'
    'stfwXqAD7xsInm7sBhpvActsn44JHpPV3ofmQxTHAct/VL9wWYiyrN6357lOdLh1CK4PUTSOunEUgmTpFTHBY+MzLc9p/LQasfwn'
    'k5Hq89xv/TSFLFyG8tok7xSS99Vyf5tWSGwhaJv+gMpSmXuOQm78TbncDz/tz6Pl8v7QvPejvHMVeW8PgEtl9ptQX8cTm5GZinG6'
    'DtUzXtGmTwaMC23Th1DeJgXcq8r5upbZUG0ndJ/5EHtHuX9v7VXcARbF6GX+XTaWc50J9TUlk5HPQWWOlsjXpxMfUaegMrM1y6wU'
    'tG2DwJcWjg08L6DMekmZKYL+rCIy8LEkXnGdoD+qMhlU5lSJrE3l5L+W+dt2OukP9cf12zIeB5qem7ZKZMxfa5ShsuVDqExQXGNc'
    'zw9QmVbJWQFt239qlKFtu6FMLya9yH4X1/2JkHB88j/qA47jjPlwWvdlGmVoPdvKuK8/Xf5KGCeszB/7wZSHd+//oT7Q9rRZ4pho'
    'qwLK9JKzrw52/7fMH/u8S2HnMlWjngFSZpxgXDaFGBcbwTGN3Y3b88ecHI6JzPHrnL9fO0L068c5Tq+ezIr1DVQn8n1U5iGi13g2'
    'WwxrH5S5EZV5FL79j0KP8UVUZnJerBug+otPoDLzNHUeH0BlmK7hBJKX6R4mQZnLBW1bh/QhGAaLN9WDyjDdSiPRU5yJ9CWu/I/K'
    '0L7LdBoX5Pw05YDClkdEU9bn9GhpkL+nAuiYVeuW2gnNzOnTlEP+/1C/deVhEZycRt3PkPX49ywvI4t330HK/D6gTKekzFNZf2we'
    'VaxFXdn8fkPYJmf6N2Y5Hxw2pjk+6/4MGjtRjD0aG8Y9/89y32hRYu6Jzst2IdiiGMxB/L1qHW7K+vfKXQRPXiV0/XzUHt1YeioZ'
    '5FCcwCyXnU4hfPASwkMvC8hL+fpmlHc5kTlmIx7d9Z2P8rKYf4sFbXHlf5SX8uQ0bxnKS88PN6AzM1f+z3D//UH8tJP3TyjvAKHJ'
    'mFd044RmuP9oU17D1f8HlO/UKH8vaqsonjnm/W6DusL4MXLKfxXVJaObjIZ8PiBvJ7HN/rigDy1k7TCa+gEBXJHNr+v/E+UNsuN1'
    '/X9l/D7KZbaAonXfKplHnbvTbhy3kOUZDVmfKY5lgfH6FTKPxwXkpXGGF2b4GnuS8Jr7Sez0owPy7iN5mwRzI7KDde1/Bfghsnd1'
    '/agH4NJWwjv8Nc3zys4CGI7+Pi3GD10ZYF+a8zth91TX/ge1WRRPGOt179DIy3S2NwfkpbrzGzTyMrifTfv5lDjuw7n6f9QOUXxf'
    'rIvbnZbjRS/B+UvRXOvGxMV7bkuaxyvYKuFBLkzL44CzuMNnpf1xD6gdwalpfxzgHpLn+AA4W5n/H0GbaQzweQF5GB2aLmgPPq9z'
    '/X+m9eLe433IjT2T9sdz3kbmLpX2x7LtJvvC31M8T6vkLO35lH/MDpJxfSbFY07o0gSn3JMB9bO9+qGUfM4YTbovJY9vzcbj+yl/'
    'DGi6V9+S8s8ZpcF7BXno+eh1aDx0fSi4+78ANt2frxGM2XMEzrshD9ZTMB3H07DvDATkOQB5LhXkeYjsXx0oz2Ryb6QZZPuNqM0H'
    'JGvzAsE8HyBr88yUf929TNbm+oA8bG2uFuBrmwa+LgiYe2a3MyMgD8PFI1L+2FFUx1ofgPeMfuRRP3RtDFz/XzaH3SmhTX+2zWgT'
    '69tB278W+0ieX9nF60Pn3p5T7kHNNlGe5Y6A/rI2/aftj7O6UwMnrkewRXclXPtfBFtXx+OU+2fbu8ce1b+D6/8LtXOnRC7qR3lE'
    'MSFc+1+b+0SIeqfpItu/DnoJrp5ty/kDto+dJsA5Or8nCHBH5X/Bvf+vWY7yCNMNyzHa1IBwRdc2xNX/oXK690Sccn+z+NiJ+HEW'
    'xzkfYCPiyv8BcBi//OuAPMdBnp+jPCJe3dX/B+RZDXnutvh46NqmuPy/5Z83FZ/u3v+xPL+pcd0pcdc/6oOuPYq7/wv6oLoTUgBc'
    'zAfIEQXA03yADrMAZcbFoLN01z+qT3RXwF3/KI/I1sFd/5Z/X8Z3AwrgnyIfoLNkcZxrDGUi9/zf8u8vLRr9Z3Epsc6wOVccOxOf'
    'AbFzGxxHTRaHcKHlj22oijOassxiCzsuIRy5dxZ6XwZwdW26Gy0eU6/LKvbfWYu+9ZJvOLZoHznLpXGuZfFp56OxsgzHy2n3g6Tf'
    'lKfrJvuGCJf7yV6OcXmnwI6C4jL1S9IvwOUtBvd9p1h6fBg9y6jVLEf3UhxHlcUZz1lJ3MuRinupoiWqePSqdcPimGes4hjyS4jf'
    'HEz/llrFvpdp7F2d2NBZWLPOmQ5d65bGWn/eLl7rkwQ2c9T2ifkDEtkztSnG07WVtLm/tm4Cr53AxX7b2Jyp4N9m87t6nVZxjOip'
    'AXZYKrhfsrkdOIXXqbk/quq4xi62wY86FpfZxfYrsjar4Gyx/XYwItxQwTnP9uuUg+gwpscq2MfbPAbYMgXvqeIzHf5bVd80GBNs'
    'WzxbYG+rglOwuc56GxpT3TketMTlGe6oyv8Rle8k+qfNGuWfQuXDrKufBZTXwak7EO8edf3tRfyFCe59VsArd2qUuxaV60d8lqrc'
    'VajP+yP2uRu1YVlGH+9aYD/RxbPzUf4dGvlfh/Lv11n/sCcGyc0qGPNhT2XvCwAvaxXbqk9H73bDuyPRu0XMVsry9iIdHkO1X7v3'
    'iSWygO5+30L4hxzhV2bcC7b59/M5oN/ueRziVaJvG84Fu7pzeNxv+u2ajXBehb5VvIHnKUD/2LdK8m0Wko1aiKx8FPrWQ74xWQnv'
    'gQtRHjyv1ShvjyIvllfLDOaB8YrlhnJp3qCOMoSLq9D6YO9O2gJ3CdC7l9rAlgi923c32BIgGtGB6rQC2lwAXmMKGrcM9MGEz82i'
    '31jOXSjIa0t4adV41QEcE967EtbU0WTcC4ZrOgdrpi5E2atv99MDp00XWObyQJBOYRWkj+wyh1sHv03GtjqmsXXaG3Zsyx/0jy0b'
    '39OscONQg+itiI4tCqBjzQZ07EgDOlaP9C40vkWvQC/VAXhRIaCDBTRGV9nhcJDuk81o/Jju7Hqim6K2P+xcudLyn9dsp3YHhrSi'
    '2qfDUT0peyw/h4Sm0E9GmcMEf3T2Uwc/GxR4t4rAVNGteqZ/AB0k0/3ZkD/R/Y2M7o+tdUyzzkH0bIB8e73ltxfU8dHLznZWC3Tm'
    '1EZoKeKn1mTUZ3fsvGsGaptOnIhNpG8NFtfj6JTHsXtkNL9Osn7moHVRD/+uQau9DNZyBvYoRls7oZ6sBm2llDU9tkirO1TvXRsO'
    '9+GZvjYC5U1prDtTHshCOGwizxxPznfxOZRMr4nf03KdgvzYfk6ky9L199YtsNfDbVHZ2Lm2hhlPxhbd3+qRtFHHR4jIt7/IFr+V'
    'fN9pcO8xSjs2EVuoTwyNw1pLHB+4Naa2dAvuGmM97NRhnAfa/zdlvD1FZGOJbV/DrIEuQud7NfcUynObjC9dB/iceDLqq8lYi2wX'
    '24i8M1WAQ3HEqdfFHdrXA2nvfFA0L7jNuni0RTI+1BaT3an8iyZvE9SHbwb0oauEfdCZlxc0ce6KtCd3y/yQ68aT65DY8/Ra+vaf'
    'LZbYj3e/gGa4tkZDbZ87gjj035JzXDrGs4baOVNiE9UlsPkvxb5NfR06MVeOs+Qx5KPYsMro3RZL7g8Wj6vqLoKOjbN71zjFcduE'
    '3+8YBfvev6W88wDdOK59BN52yfybrG0ZLd8hsYXqTPF4vpSW0DtLmzTt+EVt79Nsz4aUdzaiwzeb7rdtijU/B9XdUWKenK7tipQn'
    'f47mfeeA7cESjb0Ob6Jzf6JNMHc6ePNdm8dxLBUfRsfjM7YcF1sF8xD3fFxuc1/cYfu8VXNtbLJHlraeZHvncjK+QdePpcgnVlC9'
    'M1C9bYYynEj+o7yCaOzYXYNpIeuNa8yftriviLhp7U8tbvvUS+7Y6dISVkY0nvTu6k0WH8+R0gv8M+qzaRtkPsmD6utH9pEmOGTK'
    'K19s8X1ze4i1EZa/cGONw52QuOg+s5+ZFAIn+wxxstry+0YQ6Umw/jqHzv0rQdd4Pzr7Hm9xW9I5Av12naH+Mwd6baoLx/rYJnTO'
    'VIngsnMSfFYyCA+zjSiH9raAnnIC2E4NojZkoF+0zLqhvzfDv+8c+vuNIE8QXNqnFNLvVyP9fh7qL4e5YOdozphujHTOOrZPXd0x'
    'jXAWkNHI00RsxEznYGyfdHtzcLUV6Zlucp6iuncQREfyaA6zZP1iWpBH6zxLaIGqHocQvQTvrwQccdp+KTkvp2d6hwuepPWfjJG9'
    'hOTcm9Fy9SPPORjiKQhwkO4/KtrD8KkH4VMy7/55F8z5FVHnPM55d23Ch/5xru3N528QX5Ks69feuk54AP88Z4aBB0ho6digpZNB'
    '/mVyUJrwWs6lo+ue4GetB28qvp+qa2ufQr8xr2YjOawD0YBWgBEGl+0gMpAqzZoryeOBTutgS5hHVN5W8P2VRI+QQ/qPWkS3mR6i'
    'wkD/wHDASnBg1OKASNZiNnB/h/eViAeT0ZGFCEemQrlnkJxfATAyAXBweXxPbPHXvfTa+/z32iff76V/2VtMl7KgV2K49z1kT3o4'
    'Pd7cpdLOuGVzXr/dlZavqDy02NxO1sRcp8lTq1W4lie1GpCsoHyKPOVh+15rMDK2ehxtvS64KC966mynvC21U5c22lasM9fHoe3d'
    '2S8DvoHJXWVWceykqWQNpzTXMF27rN4Pk/rKA+pLK3gYnfp6SX35gPoyBjRKVt8FJRxPTO9YfatKOJ6i+qaUcDxF9SU0PaHpCU0P'
    '1qGL6LtMRsNnZeVor2C/qy3/2mR3bph8x94HyYzVAXxmxqANrO5MTHXjcwtV3c6749GUNCPaZqP8snloIjJU0B3g4w3ys3NSemaM'
    '82H5rsHgnDnMfNG+nA3peVaxjw+dc6aw50RY9zABjUEOyUQNCHdEZ97Tr5rq/rHnisHdJzp/dNyDzrCboF1YPtY9h24EuwFW1tkb'
    'TrG4vyzn+zjJ+qxG46d7jl6PYBSQzI/35FkkD/b3QH2ElHp8XP/QlucbC+srZkM6cWpxHXbIOvA9fGpHUY7w1oHt9M+5l7CUEXh0'
    'XjlcvtlM7EKqoe4JMH+LoP71NxbXq4IT1t9l1Hb+/F7zdmYM28l83U0kOhFTvw677/OvmYWW2I/GEyF8GLA9yYH/fujT1dCf0AzT'
    'CHPGxfyQgzGZ7KHXObayRowxpqxaSF1hrTmrGlihvKgbV8byLtc6+LEb8KNseCbSGa804yGyqpK5UYeUe8IWnIoZlQgSSjgJKFU0'
    '/5egvbLjPO8r01Ucig93LX+P/Uonvnij+eJ16Hfij2Nk/HEwmYbtsZckvmsT37VW4rs28V2b+K5NfNcmvmsT37Xi/X4ekfuzhD90'
    'fEVOQ+sxA3opy0DPwPy+6ep5sH5WpD9I/O0m/nYTf7uJv93E327ibzfxt5v420387Sb+dhN/u4m/3VL721V9p+fm+cP03Nypq++t'
    'o+d83OVj2kt/Dm7SnqfbuN8ZU/4A86Tlg3wtsDmtgnxpZBswHuGba7syKIZHvzM+Zn463HlAImsnsnYiayeydiJrJ7J2ImsnsnYi'
    'ayeydiJrJ7L2SMS2qbL4XYFKS+xjmPosPg3WH94fOxRlVqEx22Tp+2tldn5zYdxU5agfZJFv3wKcF8cBryvk/kXPb3VoKpPxm2H8'
    'q0CGzTPyfWcwEbfRubnJPivyycZk6pTF7weVkXyMv7EQ/S0gGUJ0NyfIBxzF3TS0N0f2DxvN6dFW8V0X2V0tCtcZk5wh31SG1qHs'
    'rhI9k7+E8IE1AJN9w/z/AkjnIdvclED+q5L0yyFlFxFd2WQr2H85jnlg6sObrpHJyPZxkwFNp/5vRTZxorVYR+Y+SpwEbJNJ71Ex'
    'XR31q43bPmD5/Zqz9cx49ZkCfRu2deoOMVZdAls1nRgqTH9XT3RUecvvCxiP/Sq0p7ZqjiuzCZogsIvWiR8RhHOMzscBV6Rvwnfo'
    '2P2EZshnW/7YWqI9X1R/pwSPRLEh6Dp3YL2RrPMpmrZ7UdZIFxmrmUB/se926he9xQCne8laXGDpxxehNAHP15oRnq9KxMOx+ao2'
    'oCf4XiPmUUSxJ8LGagmiq4z+lSG+ttOAvtM1uxSt2b4I+0SXVexzYrj2OTxOacF81wNfgOe7zhL7Lt+pqLMV6d6PFNDmKOu5XbIe'
    'WgPWlM4dbeqz3qRcFBymcgkez12CeXL6dRZal0GwyzTlCTym+J5AP5p/Op/9ErlJ1L/Nlnl8vMOBRmbJmsF13cD0zDPE+Kirr8L+'
    'ZjKScw1Kt2ci/HDafnyG321w0g0ZDzfSVrEOHM/9KlKGwlidUc9PA5ofTI/HKXjoNsWesZ3w7rMt7iPoJNCRXD3ZS9+DdCUrUNvx'
    '72WQriV9XJMJpp1sfnKI79q2mJ8bUxuAPMnzTkg/uthvC+CUd23F2+X73ONQ/g+QfhPSN7b725iFccfnp+duktspON/cW5xwNtso'
    '+PbBj3O8oWezl3/E3yf2Lf8RNe7kJLiTJ7jQQ2hUAxrnL1zspcdCe/84UKz7x3mOIXnonMva1gh7OZWR8Fhm/9VLX/mgf7xu/Djc'
    'U/igAAfaYdx2+tuUJbozTCtYHdugT+/eLJ9nludnm/1tY9/sy/xtc2DickFzWREwl+75P+DFi+8qrg+35R1v9NJnO+V4dflH9NZr'
    'BtHpPIzxpLPkY8Ty/Fubv26nnJMeOE88Do3k7JT1n5bFcrcIh84GHPrUxf42vHMH2A99VIwnov4zv0OTv+eVvfVRef9Znn96jN8V'
    'Yd+cck768AOcJlcLyjnptyVlCgFlPrREXEbG5+noOC+7z0zXWOTn1fQQbGwd8aXFB3OhjmC8Z6r5oR/leZj9nbPWjiVrje69e+/0'
    '0h/+sNgH62yEgw5+uHZ4D8P+caOX7r/bS1fe5pWZBGubfqP1UBwff3+xr8XM3mKcX3ObGMfrDfH8Tzd76VtuNSv3fliDKx+P10Zk'
    '0mC4c/8KhBi6vsl02pq1iv1EY/9JCxQ6fqeczt0+lfxYhnDoXKvY7+Q6oocfDMh7Bsn7IuIDaN4eRT1Po3peBymTDTeTvL9EeVkb'
    'mD65leT9GVqHJ0PaTfLci9YJzdMraL9T5jsWd9h4BklPlpxBLkQ2YTeAbIv9vLE+7FKUx37FRP1X1f0BZL9yBpGLt5PfDG4bgl+A'
    'NrI5OI2U3cRsLSFvF9q716EyBZC3ygjOrINvb0NzNyXjT508b0LtWEdw7K128ZydgWxdg/AGjy+D0UfGhcE8NgDne8nvTlK2OaAs'
    '7cu5pOxE4PPwtx5JHwbI726Sr1tiS4p9AJYBDWG+6crR+dx8csaJfXUxv2/Ulya2Z2c0iflZtwGmheCb2LVZiMbpnOPXRzyTj8IX'
    'hjn7tkEP5Tv7tvRiPol88Y30HMRlh7A9mZNRNyddY2xOykswJ6Z2RMx2KsrcJHMiPlvRmYPDdZyyZJzWoHFaA7g4E35Ps/yxu/HZ'
    'Sh86M8Lj1mZ4ltVB4G1H+6yDo0vQeWpQXixTMd7kBMSTHIV4xROh3GWSOhsEdbYJzu5VdVL/4Wwe0op5cObpQ8jGLCewXaOyXAfh'
    'abcjvtNpyw5BXsbXtxD+fhvKu4nwia1ITmF8erUl5pP7CO/L6M65CP520pY+1KYCkiPwedpmwmO/nfDAzB7gONS2dwjkLFHb5qNz'
    'Cyr/bCf1dJLx6yOwJlr8/hI+LygjY0tjYrM5wroHZx0cI8AtZgtrK3BF5s8a2x2KfH2fgGCdEAKX42hTLaGdxT7HB9M0zjalh9QP'
    'cV2AvWAT+jerD9+TXEPWuS3Ql8n6KxtDZy7/xeayUdAYXgt++2TzkkF44bRfZF9EeQWT/ewi0BnecnfwmQvV6ZeD7vHOB/znCX2g'
    '/7zhXjFfwvq2E9rF3lWwcZEovtOQZsb0rZesPXjX4EewcvwpJ47ZVCOteLAD3bWK0n+zPOdkQ89Tacv02cPWYl8yp2NqTtm6vUKw'
    'bsvG8Bxn4QnOlbMH/14U1XTP4EjM8RXyOdaNlaha17uTOX9NzTlb9xsF6z6JSW3b1spDoaIlR9Iaj4ImJ3HAh3/Mg85tK9FvVZxg'
    'PX43YC6d0NzZsX3PezG5591M47+ZPvVBHytMTUYET9Viuj77kjkdU3PK1m0NWbd5CxlHB1Tk020o8svitwXZxswT2JuIbL1ZPDSs'
    'EygnNiv07NfUJmYXaYPJeghhFJceFkTOiKS5CPHTm61QPi10LeSMY1zV6n8J8pk0L8DuKeEbA3BiSZQJLH+jKkfCNw7/mNPzunYB'
    '/oexBR5jc5PWkH4Dn1R42la0PlqTORlVc8LWTa2M71rsrtg9sv2vCs1tdYhyKr4vtda6RoVTlQb5Kb0IqHePYb2B+XGMDnZfl47Z'
    '1Sm5eI3HzMROsMYqjhdbqv7p2i28VuwMm2O0QWFzmE/m8LCZQxp3XFWvbM4P53U7FmxTk3WczGmyrseefXOyrpM5LcW6Ho04YGoj'
    'j32eYX8wTvqcpe+brW+Mre+KZG4P+7lN1jnHhblWPHdhWPxUVrcKHr0H0W+pfSUmdCPBlbGEK2NNjlDxmIfbvS98juTUf/ieWaRj'
    'P9NTjadKDx72qR0z50hjb05YnAxsk5KchRfP0dXRTLKm65zlhd1PML1LJWe0RWe0pVxbKQ1zo+TcfPTNSZnFY0BkQpzPimwP3buS'
    'tgfz32G+K9l8p9KH7OOyzmUI2y5jA1JOBig/tua7Iup8axhO7NE1oFgc0SAwE2p3Db6aEgc+Z4BfZ7i9FXB7iwHdSZWUyxlVe/jU'
    'kBZtwXv45xXWcIY0xv099I+PwFx2wlxmrcPxsUWYnc6MQEtqDd6y17Uhehpki858kKUW8+8Zi5vtR92fnN+O34dLSb0Hb/LSj91b'
    'rB9Q8ZuJPCCgJdHQUCkPiHiOkbKzGzv6lES+SOak9HPSBPpwTD9N5ug1xIuVhn5+Xm+fDqtvEd07qyBwmP8iZ4s/juAC8/3D/P2I'
    '4itG9f2T3KnQsN/fY80oEZtZrgM7od2jb07U6yaVfi0/bJwo/Rk0fsJPpH/dJHMy0nOivAMe0D6RjKLKH7QXV5Mzb3Z/u2AV3+Pe'
    'KNgvpXep0u7v60XqAHx/3HeXSrNcUH8+Tfrzr1CuQoeXdJjHTDbHfpeNqS2j3B3mDz9h7RtKVsLf0MDuMdHrLbvHCNMLyhxp687s'
    'ne/3/v029H6qVFqQ65lygy8E72lrFfLKOHdsmmVqLMrrYh+NeB04POqdQ39npTieZwXvKR6n4I/JROy3j4aHoDfDfh+a1W3Aoml2'
    'R+lpbjDUo1veQG4IMU+pYXyKcF//ScfNbA7G+ij4n2RORnxO2Lr5f4J1A/TVdvqUgSEZ+mMqfOGpZll5wFjlR80cVajPa1OVqZRd'
    '8pmiZaPWYlpWBdP/Va8tQd8LBr1idOOLCU4mODmKcJLRzRYr8X0k5TtL6IenHMaf0Ye3JmM/ImMvO2PIIj1ADdEDsDhx80AOWwC2'
    'BRgus8tfi2wSMIwcyk/9kjnxA+pQfnzvwQQOjp9cRdb5eIVuhvVTlY+OWxkZtwwZNx149J6H6h6FaVs3AZwUwB2frL3Y7OJVdnfU'
    '/9FGmLdk/Id//PE5rC2xe2JxfyosHhckRegSs32qIvkw/Zo1FdnXWWZ2UEE2XXMgfUsM58u9ErqQTWwHMqXGy6j2H5SudCO6kszf'
    '4TV/uvRmgia9CaJLM0tMl/KD0elSXsC7sVi5VyCcz0m+ic4G0haPPc5+47MFbBcjihGeIed+aXLuR2Ns7be8+N4qexznTOM3mmeb'
    'GS+kHnORprS/VOUXnQWmAR/fltjjiuW0PYfIApxzGZ0BOmOdUZ36Mf8bovWC19wCSMdN5d9EdtwpbZuTxF5Q50aBVC9WZjGqvycs'
    'rMSGc/TNSdBdPGeesH+KGyB9ZAZff71Ih8LczW9G+2YBzqwnWcX+LJiPBOZ/g8WC7bXUPjGYTw0c09Wp56yhvzNh36sm+gQdHc/h'
    'rh8y5Ul072R2xLB2x9gjOVc1Y8kDN0sNUAXgy8400K/huJo0fu1c9I3FpWV+Ko9G31g8X+brbjL61mYVxw4eL/jGYNYI6mNrmd3P'
    'qgV+U8TT6+gSaWwSHKM5Khy6dt4n4D3KvQwpudFKZpRcR8yVAmiZftaU6SKqL3d3k6P9+6KOHbOWiFxenLHcXJbGvM/VCU4kOKHg'
    'vTJBMqqWUZKVPIeeCo08xXG4CoBs77KK7wizb2z9quRRU/3CWOeYDjHvoR+1lZ7uGYjufk51dQ4vYi/20lcW+3UW9FuQPXoL4TuM'
    '1nkEmfEweFJRMUHnfqktmOcsksGOv8SbywM7/PNMv7my75uK8a+C4Fk1qhf7ocxbxf4ie1DKeFUmg37hYi89dpOX/nHAy1MpyHMM'
    'yRPWP6TMpiJlFd/bxLjM9M7WXsu67onidTcmfHCkCLtmRqYiPLWhPtaqSURtEAco8mPAzgwSH4Rof1tbyt1NPXmJX8jRNycmfl8X'
    'GeQvAxqLz/3Kybkfpb9ZKJeC+hZ/3UuvvY+fmzK+l+5Jzredgv1qC8nThfK0kT2tBfK0AS3B/oxVvpCdcm+yuO/kXlJHv1Xsc7dN'
    'ok9+B6RXILjrQB/E4jfg8jsV5d02Ahxn/qaEhBPUd1X76yDFevRu0o4OyZyyrczRQx9pmZ9vY33i5Pu99C97Pdh5hEutFo99heut'
    'j8CLiO7XWb8YgvEUp4dZwXvK9zl/U6EP5YPFh8qY76Pf6tAar4E+TbGKbRgZvs6BfzswsB1BncDeID/Iz08s0l/b4j6vWb+bEc1p'
    'tg7f+GTMnmMN8L1zUJ45EfGE4Wrc4zZa4kE1IT0FHlc7GdvIMXlGemxN1vvhGg9lLI/xWI0doZozExilnNucwdwyXmbvnV56zwPF'
    'vAzjl530J7dG3/uODzlWzTGPVQYdZzC9Dp3buSH6txfGqvZR8J/5HbPyhe/p56d8pkk95SAL3flAvD7NZOfLBYEeshzJaRhfL0b4'
    'ejHhO6tIO8uA72R29LVWsX+UOtTnt6A1UGZxn2kd6Cwepz2SNf8Osv6ZLMtSp69L0fqh3+ahs372bhZ6dzS8m2Zx25eFkrYsJPK0'
    'U24c9JvZHmB7g7cTW4g+YuOwSmB7UE3GvFzA61NcaUSnkkzH3BwBHl7vYcrXQ5uaBDKfrbFeppPxd/I3wHucpx61leJ5xgDPaT1v'
    'UeCzqAyllap9QtaeoH1iUcA+0Yz09H/7mpd+8tuwDzzm5TkK+GMKWyRfN6C6/v1BgPcT71s1grMb2vF7qOuLd3vprY+M/P71FjJ/'
    'Ue3q8f2Ci61ieb0M0Y+LCY7I2kPpR7NinVQI1qjobJHhXBqNiQjncF0Zydklbi+Fz3wFMfiXIPiXIJym9vU1f7TOc9DU9uzsfU+d'
    'ZO9S1efzUeZtmrfq2kiw+cVrEK97toaORHNrgs9hxjzIjtKBdQS0pYLQkCaJLnWLAW/fIdB3YpwV5W0hckC7BAalC7WgJ6uDb2VI'
    'v7eZyBRY99cZIG+kEVyRfXCXRK/bhWQa3C5mP1NH8l8WoB+m+lqnjRNhf2RlVPNhom/G/Q+6ry7CmTzhc7uRftmB/UMkz3eh+Q5q'
    'E4bHcONSgHcj6DRVOvBZSC41WW8r2FkESp16P4rW9BbJPIj6webv3TCHbBxU87eNpG0a5xFbBfPRgvCN2ec2EtjdGv3QOQ853eJ2'
    '9XRtd6G1zdaHztjRsgWYkyMMdMN9grWsKsN0dOOBduH29AXQOtEZkEyXytZTE7I/mIL2K+f9AYSfTpv3QZlx7stUOpPNHXrKcrly'
    '9u98rqIyV1Vdw55Cbc0IPXXO/+pLAdkdmL+5/PHfin3Q7NnjpF/xnvPP/6qb/nzOkhlvmLvgjf971jnn3/KVr8yBzy9/9D1f0fH8'
    '890r7mi2rczzQ/+8wgHdPZFTFK+uf3j1fOW8x76CHmfm9sTqoWztUzr+hO6UfW1iv77ie357B/41aA3eOfTn/P/8Qaeflvvf/qH/'
    'nnf/P/Tc8cIrAHlw8K+++gxMaxXP2wTv3PqnahTWujUo9pgks8+TybnYN8h8pAOwQsgyMwV7cQ7gifbimRL+qY+kuyQ02FQHrOIr'
    'fgk6VJ09X7UXdCMarmpzi4S3aiW8XY+Abodto9Pfz4KOQWaPgOveodkPXEZnXp127Ea8fFx2CVh/1Yr2xBZJ/3TPIt4IeKua/w5J'
    '+037QduA+YJt0Kb5An69h8zJAvJ9C+H3jgB+L6wdhU47TfkJmX64AekeKE050qCdvZK1bnJnciHCXZ1zPorf9Iypk6wNfL4YFb6p'
    'TCqzcdDhRUXlg+RWaneDz9p0aX8X4rExrMskZwwYB0X3Dca6zwKdu9U0vovDTepxQGpvkbJzH0wXRPeJdXyb5ZBdNa4jjfRfLxEa'
    'pKOTNLHrMpEZZXqbVsvvWyUIJrND/CpaW9sN1o5ovw1T/weRbK1bf5h6LkX6gY4AGhIG9psR39AREdZpgLciXceukDCXor7vJPjU'
    'hvbeMLCPQPqf7QqdYkfIOkzvI4v4+m60hh2Y56e8sS7FembnqeUPcj05e3f17d67SUivvg/OiTJ7uU45i86U2B1u9u7V+/22EpP3'
    'eunP7w3nl8mtH+DWDBU+u8Rj88gujpvsXe4c790C1C/nnZN+7mP8vJp9K8D9oJfa+Dizbydt8dKPfpzb9LB65lzkH+en2/zj3HGe'
    'f5yXXFsMN4XOXc6E9n/f9nw4MXkIr4leAzw2HX8dnwRNBnvNNkIfuwhdonZ/q9FZeNS9BMOdCXB1+XXd9haQjVmfoW2j8+/1tqcH'
    '0LHhpTws/t0ygjgRlA/7XXF5qKF/LJPowTcTPmC09+UxkPtxXw4cJm3/MpyJlII+MBlyTcZLV0J6PKQnZzx8L2d0NgP72mQvfc9k'
    'vj4mo/snp0H5xZni9bIOyr8blWO+l3G+5ZDvysl8XTlt0t3rakKMB+73YkiPlfSDtq8AOsIpiO/A8mubAT2j5zAivhDzNlNg7HG9'
    'WxFt1KkX06cuwRkork92Jp8VyGl5ZL8gw9fZ1HZhLYCU3K5kcFMKuCZ8Sp7sJR3kzH4J0n90kPGYK7i/tZ3kmYby9EjyNCEb/hak'
    'c29G9nULrWI7JKyzlOWVzVce/jDelMqPmEzuboKxYd+DYGOdFLUZp/t4r0DuobbeItna9CxXpT+j+i7Re3z+KtK7zZLo+bsFe3FY'
    'vb8u79aO7EhNeLRugW5VZItfaxXfYdS1SwjSIXYj3XYt0X9QekrxsxLkDLxGeohOVtVOkT67AemzRbZDOrYx2whOdgraPwH0Fbj9'
    '/YRO4DXF9hus76U8MbPh0bHdMVlPQetIFz8pn9op2OMa4Q/bbqck8lsXKteEzh3WoPnDY5i2+J3XAYEtFW5TS4C8IsPHerB3xvO5'
    'U0A/GoktPJ7f7QJ+AveB2TFjGlRJ2tgisPOi9FV25tCmMZ87NNd3I9EvMVs1eu7IbMJE9tl10BYVrm6X4FYnqacMjV+5ZK/ZTs66'
    'VfJzqeh6N5m/aUDvMJ1rM9gfWwzoV3fA2s8L1kCZVXwvmca2FfGAtJzDB6rKhbWJkJ0p6Nq96vKrUf1RhPRekR7VZ1L747LQqRUf'
    'SCkeE1t9HZmI4lIFwaWMhg31Qkvfd5duu0oFN+jOUal8fTTBOZGN9A9FfpTs1GHzGIRkz5jEOLStwbTovJc/xr4kBZZq+k9BsDSj'
    '3iusTtaW1loZbh/eJj67F8aIDxbBB91zLuz/e5OVxMOQ7tX/4v5/Kt9szUiHyn+Ujv/1MGeY85G+lb1bjWTiLLqzwe4RViM+Ft+P'
    'ZXJlK9EB4vp2W+HOdkvR5zcK+nyGoM+nCdp/UohxWCEo068o0wx0ApdhMnEfyXskkTFqBXr1BkGeNpKnUpDHOUMR6ctHcv7eJpi/'
    'iwXzdwF6923B3H9oiX/uHf+sdO4XSeZedJdGNfeyM96guaf2xUFz36wx980ac99cgrkvM5z7WtBNYX8F06zi2D8LwB4li+ClUfkF'
    'JD0B+nKO5dmJMF1SkC4A64z6yBkCvbfYgHRmmw3OGXoUOnisd6V31k9A/T1BMR5rEE7PCmFnc0IJ9yRGY/8PvWuY6r37G3o3Dt69'
    'gPi2qWSepwKs3wryTJ9anOcArFF8FhfUZqfMzx07IESXTPpbb3DWILr369T/DWS31yuxi+8W6OFFd3j/Hd2R2Cwpq3sfQ1R/kC0L'
    'xvkBdIbfZpn5laJtLsBYTTTU2+vq+VgdZ6J7Cf2k/60ad1/YWTvVU/YTO+/OiPcWOiR1Hwl2kLpz2hbizk8noRk65+8ZQzoikgvn'
    'W+H9VC6B9DjLb0e31Cq+h5wK0L+K3jk6++ND6kplse90YVAfnsPV53ormh9PmR5aZ88yoc/Yn8yl0M+GRJ8m1KetPQz0aXXorOI8'
    'Q36njNinHLLpWRfsZN0psxKtneW3eemzN3H7m2ka529RbFRU9yJrEV9kgc+gfwYfQNd8rVh+l8WCC4oH12dI1xK9ki/OKjnEiVev'
    'pDs32NbYhD+W7eum9DvItzLW45r6VA7ypRy3b7+48X+MPykx/hs8GmWHS39VS+xHo9ZnG5bPGpZPYl8H0OSph4Y1ROzrJi1dP+a5'
    'V1ly/5I6c1mH5I3LoTzTp7XAHL8F6GUyz8M7z8zukM0bPRulZ44L0DcrIC+Nm1Cn2KvC0Ic1Cv0G9ZGh0uGIfFRQ/YeuHgTrsFqQ'
    '7aKJ/RbW554y0Vt/Iv1Vr4He6FmBHo3a70bR71B4+8nvrZb83rCr/5/onVVQvxky34B0fkVtCKvLEs2hjr7pBWKD93gTx1Udf2p9'
    'EnzWmV86Ji3Erpne72sxGIsBS3xfbatVHDPnU038jluQ7nG45y6M/WT7UF9OFOhcdWRhXftqkewtuuM43DrZ5ia+FvsFtt+6/qG6'
    'JTjZbjBW3ZbYB2YLqUuk08d+UV5o5HR0QNI36kNpQHKnK661FcXWuE1wtuL08zuony9HmDsZPdlcInpiSluvGOrn6+DdieQ+4Qlw'
    'n/Cqyf6xpHcmnfKr4V7iiozevUmWl6WiexW0DU7eJeg+qG57l8K3PZL24jatRO+dMTqm0bMjwDTkoOZ9Ad0zLx1/cjowdfES368P'
    'u36csfnjBD4296SL89+SBh/maV7/bRp5fpjm8Jz0Rki/gX6LcEUE63Yo821S7/cg7y3oDsrXSJ67IM+fELwHSJ4fQJ67UR6nLmds'
    'rp/g6YgxrX6V0NfNgvtSIlraJZg/0b29FoM9tkNjfneiPnQL7pg56UY7OPYM3R9ktLFUfTh1gnd2JDr/3E54gRZJ21sEd6+C7kfT'
    'va3D0vOH5vplQWPef5jsPTTO0HPjeR9KsX/G2fZnIP1vwuvcOp77Z4i6fod73f7TeO+MN6pMitvaJlkDnZb+2VaXZByo/dVF4707'
    '7PTeHca1lwQ2NUE8rInM06HgWZnf6UVD7VxObMnwHUZcn1MPq5fKMJ0SO8ThppWvNHg6KtM757q+JER3oHXtbHoFvJLT5p82cP1A'
    'v8SWqFOjfS+Q9m3RHNsovnf/QNr7nMaZ77808LU9WmWooDWzCbVfV/cYhx4jbZvPp2iNLG3w7pcMV/u3BeiNVG0tayjWB+rwIKbr'
    'eLj1Ko+M43YXOjoH0X5zUGHT2Cux8Wa+Jm4c57U/zv3VRNcbtHd+YJxnE6zr95vu56WQVVzf1uP8e4tIN7BY078Ty4vbfiLyEYV1'
    'BauJbL+K+FQ6lXxfCbL/sUNtnjEM/HOrhG60EdvLccPcHpnukbXnj/Uj2x46Pj+u9+7dlSL+ug4PY8rLMB7mMzCOI7Vm6VrdNdSe'
    'DZZav6azRtca6AUXo/WpC5+t2bUR9YGLNfWKru1fPaf/pdDHi/gIHR+PTtsqhqlt3SHa9t91/jgOw0lHGQ961zC1o1vRjs/V8XhL'
    'bK1+bYo47gP1J8Ty9Un4gZcRXKeuq+uKzxV17zJF5VmjyBbbBHKxe/+vjuO4SXyKzQb6OJGMK6K9VL6ZW8f1jZ2Wfly2PkvsC6zb'
    'YM62GPSL8dP/qOW6ltGqK3LvatXycS3V2GyOkdZdX8txtBT2MFH2iCuHqW1hxu3NtZynHGndn3v+h9ozUEK7EOzbVKQLPBTbpNa7'
    '++PA+a+slz4G6aOQ/grSp7LFdyb3we+HIH0C0mcJnP2Q/jzr1fmXAq/zIMnLyh6A9NeSOp8ldT+nqPMXqM65efBvDuliSMdDegKk'
    'x0B6IqQz8sVtmUG+z0S/nTpvK3h3+Jx3R9RATHJIl0A6qUb8fSWkZZDOhHQDpEshnUvyN9TA/c2CnycpBX6xNXVAgl8DheJzD1Od'
    'kSjPRnt49NevL4h9GpruvWHvgM4rlMb2SpevrSxx/Sr5+3c1I1M/6/+Pa7j/wuHUS4p0AoxX/XIN56/CnhENx9rZXcPp7WxC8yZC'
    '2gjpCkLb1kI6GdLpkK6DdAqhlRuA5m1EYzOa7cFW1IysTeh4hNcmshvtD7Vz6Aiwe1Dhy/PVnt/XMPf84z5TerDauzsWNl6hTD+m'
    'qvcb1fwsYiTOAZw2fLharo+MIrvr8qNd1Z4vNefdzQb2VncobKmw/u878O0USL9/lH9MRfZfD5I6boU8DxN7LZznu5Dn+bS6Djeu'
    'YrXnv2i09h/b0kXt6wtVHm+ostE0OYcZLp3tPVXefR0sN1F56TGJ3KSSl54CmeWrqI7fEnmHlXkS0l+SOg5K5KnHkFzlnv+jOubm'
    'YL+GdAmkp0O6MFdcB8u3HtJTIV2Oyrv6f1RHFmSkVF4sQy0kMhbLz2S2aZCeBulRIGu9rcrTfbr3ogi/cQThKxogHR9StjoloK4p'
    'kroaQ9Y1F9UVhi/C5aZBeiz5vgDqKlTxfW+4ziedev9UObz1sr3m0UrOc5j4FBLxQbplZTrob6IxiOvMvFWD7/qXSh7vsFRn9bsq'
    'i/maUuhan1PYMVyI+lkK22OnjhMrvThF1N+V6R0zXfn0aIS/I303y0L4Gye/qNIv/VcFjwUaRs8iswd25f8YYdPxurnCH2svyp2D'
    'IDiqewg/HQa+9rIKD85o5PWc9p0Nc435oFMU/A7LtwDSRYRfmgf8z3EItohHwnU05/R5MQf29ArOWzE+wIb0dZCuhzQVkgfJV3C6'
    'Vsr9ma27P+T99ZXKHsKp7+Fhqo/RrFsE9ZWSz/k3VN8mKzjOzSZLP4ZNn8SG+vI83+/j1C+Z6JMuQW0YiTN9N35snu8fcdtUzciX'
    'nqfarMCr9Ai0ga6l/yrn8cW7yFjvl9x7rLOLbbipPe6D5TyGexg+TpcH+Fa5n18s1Zm+U98nhqk+Njfv1KjPpB7ZvTh2XrZxmOpj'
    'dO7kEtdH6ersmOrbRnjqTsJrM3ypLOfrO0p9A1b4s5LflvnXYpg2qOTDh8r8fR3Oe9mu/r9MLm+Y2gLTtfHJEsBmc3QlGrtS3Ftr'
    'VcBw9X9lfG2U+u6cGysdjeeAxL7oIrv491YC8whbLNMuKON3guI8A2D33nXuzOveS0+VcT/804memMo2uvLSH3JcXtKVaXR1nI8j'
    '2CcRvelcohc+wxD2HTnuszsuOUnFczwHOPP5HPf9HsX214H1oRy3URuJe4s0Nubb0bhulejiZDbCYe5kMPgFwM3xpI6XyLofQHNB'
    '71+K+rMCwaQ+NNpJP9sUulY2Z1NzfJ/cbhX7Z2k14GFlc8HoXg61Pa47t3/KymGGvQPj2AlOskprO+XUc3eJ62F7wvXZ0scDkI3l'
    'P2VHLhbB1iyna5eRur8kubPA2nTdlGJ5600IVpAMqHP/YX3W8w08mn3GHCFo43D7QFKdo/85w9fPWnKP8lhI1xC4rwtRzy8yPCbH'
    'ZoLnz2nKCPdlPJu24bJRcur8Ssbz7VoKWyT3/C/D10Q7KaN7r5nBugKNz3DdN9mE6hwOn4Du+T/CpZ4AHWUQLi1H8xr32Z0DfzKC'
    '36vgJVoM9gY27hmEN1SepHLiDgnvwvY2h741kfuXsrV/fIi1/2Tas4UfSTpYALpcF/Lew8Ngr/NlBIOdJZ2lOFNah+QsB8bH097c'
    'Ybua+eROxFJil3MM+T4N7G6uEsAKc6/CgdWNYM0k9x9MbIhd/T8ap0sehHu+9xePyw9/6KU934IYihDr4tZHwP4/Ld8z2jRt+Fel'
    'edyBMPGrZPzgjDS/61lKmwr3/A/VRfu/Iyaek43X/6b4ePWTvuvQ7B0SGeMXqegxue5LeXbTQb4rVTTmWIN76zq07QspHrvlVEM6'
    '8NEUXyM6dnb496H1j2CEtdu/NMVjXKrWGV0Hm1DZVsE6CLI1PjcVLbYcxY8TU54NTKn0JP2SeqehfkQ9r3LjuqQ8X/Iq3oTFpXbt'
    'fwRtCKund+D93ubz2ifQ54rmlZ3f/RqVNVnrrv8vm/c9SE+O+34Xqm8HaWOrwn7pJpuvXxO7VafMdQFlg+xQnTIfQ/1sVdgiMHuz'
    '96EyOv7g3ft/No99qrPndEpwssMuPkuP6x6he//fDhd/s4uufxgf3bu0rv8vVEaHJ3TKzERldHXqTaiMrk11pc1j3AbJzO76R3lb'
    'FefQf7HUedl6dGK1Nlrx+3ly7X+hHc73/z0L4hy2eelLkL74cS/v/Sjvw+d6afqtXvo05D2q3ct7e0BeCvcmQd4TB8R5/58gb8f7'
    'xW3494C8FO4/o7wvbvHSb0rG4b0BeU+C3x+FvO9EeZ1F66Q15/nLFoC20rzXbBTnbRPkPelycd43o7xtkPfaLnHfzkJ5d+8AHuUs'
    'cd/WC/KyeaN5jxPkZXNB8y5EeRd/3Uv33gk4DPLJzFvB/hfl/Y+74N77Xrgnf7eXZvbC+kd5VXJPNcpLZacmgDv+fnH8VlXMVp1Y'
    'MmWEZjP9LY6D1Ea+mcZByqDf1fDdkTvWAc44/x4adus3qAztWypC37pJ+09G3zpRH1ksYPaN3dlme/IKwZgwPdVCwTdWbrYA5qGz'
    'JIvH1d4P744QzAurh8WSrwX+B/fv0F1ylKdVMYeyuES1IcdbFKOZxboM2s9xHPJZIfHMVDdM+Q6Tvp5myeOD6/BdurGbRXKDbjtF'
    '8cS3S3SpOjF2VL6CnTl7D8zfcI+Nql0bYW/Qlfs2RbyP3mrQj96Yxt4Z9xkRbOG6LH0/hr0a7aH7VROscQvwNmUFx0bLhaBBMyX4'
    'PWAX88Bh7OR01sg2wn/XN/J7Q9tJm+KyS9lGcLdfIgs4MT+mSNrSKzhPiKvehyf4706NxLw4bfn6BP9dINH9bZ37PXfCt8fRebAq'
    'loruvaKb4NtDmveKWIyVO9Lcrszpb+8EL3Y8Ln8vlH/MsL+mbcJtYfFfwvZj7QRuc9hhcG+ii5yv6uLsDEl99E6iLj1Q1VcuqK/f'
    'Co4rHqW+34/nOh6Znwp6Z1MX9mPjPRtV3fOIHgmvQ2O86O6T7p2/CG3QpT+i9uE2fHS8N6eqNgyEHI82wmfvHM9xiOrPtpcAZy9G'
    'ONQnwSF6x1QX9vrx3P/9zQY01eSu5HDT4sJ4bx/U8Q+C42fdno6fnv6+wW8/209sU/oNcLdPs4x756eB2yG1SnTbcdCAb6E+tmry'
    'w3Gt/Y+hPlL9/SYrOFaVSR8HAurZEWATqqPTx2cnb0P1bNOUScLsu6eiOYvKF/dJ7Fxl9qWzR6BuZvtc3sDtcjslNLPFcCxfGMf7'
    'M5yyh+vzd5zfRjpuWcOp57uoj12S81jTday79j6N+tgl8KUQFy25EtXTLbnr0B1Df9qhnrj5NsqnnFmieui4LQPc0K0nTt6vwbCP'
    'fSH7+HK9Xh93Se5nRZHrf1XP8fJGwpt8i/AdD2rYUt8j4VXuqvdsqykvNJp4u0+ieCp3KPx34L5SG/O42tNXz+08N0vkDIZLOw3w'
    'ntnkX1LPbVJNeThKD14XARZdD8egfrca8Cm6bZ0S0NYBQ1iVEWBR/uxvdcX9NtX9qsZ1f52/rc+FhPUggtWm4HlUNOi7qN8yPnuT'
    'gt+Q+Rlxbf404Ifl492YX2gswsDHd5p3ora2S8qG0bOuB9udjQh+3Do4B/5pEvhx6NzcmJ8C+HHp2Bz4jXXe/Qjdc5+uGOS/l2s5'
    '/kTR4zmwnqnl9zu2hdwbTHHqRxHr7DM4A2A042uozuGQ85w6r0XzJJIVTPaNyyPAorR4awywGK18ExrXHkGeKOepIh8+rs3/MNRJ'
    'eZ8jaz06Ysrb645jttZ/hyaqP/SeEGvzvwulaYfper2r4KerQWtxl4TvNanziwW+V8StS3fgX1Pg6y6K7tz1+Vnga2AnGe8BTR7Y'
    'FDcuQeMTVKeTXmybj/96ND7VthiXZHfdKI1YEgEWXftTClzOo/p3eh4cJLvpngHclg6W816u8cv/9J6M6A6fju3uWcQvJLszfAbY'
    '9P5qBOo+C+r+Xg2/J9US4tzC5LziPwR19Rjwap0G/Nx7BXX1h+yfSvbYJqjrKNt8DLs1xvDsGv/9viB9BL1v69r8IxgqWalNsrcu'
    'NIAh4svd/T8EjAMERlUNv3snO7fpNdxfHbgvVfvhPhcD3P0IbruEVnaFkK9/JIArk1lN9o+bEVwaK0VH9u21xL7DP4vgbpXIc2HO'
    '196vATeMfqG3muOqCVysV2jRaNuOEDj1egHcfkv/3lKn5P7pCgQ3rrNKB+5RaCzDnNE5MGqq/XeJD5Bx15GjdfYtJ+ZHnea5kUzW'
    '/K8QMKiM+bAGjH4FjDsFMLYZ9uUbGjBeUMD4rABGn+F4fEgAo19zPBi92F3l4XhUmYjy9VsgBkapz5Pc9V/FfXYcKAFfpVof86q4'
    'HK/Di1P7GxVvPi4i/NsV8F+p9M+VyNeRjp3QPYq69lfyGJeLM2q/HMuQb3nVHX6Te4Tfr/TjveiO4grkux7f85fJMtfHDJfJKU7M'
    'D6q7EPkqWBWjXNY/jHWyfl5Yyffc9cgniwpPqB+q1aQvJ8UMl7V3fiX3pfAQuQv8DKS/IO8fRneF3XtaCIZN/C2w3zXE738G+bd0'
    'YFQgGOwe+QxI50A6VQHj7xXcHwCVhbsN5TgH3tMCeKZ0uWj/F8DrVdghifzGMhv+2wXwwsrIDrwbKrhPAbbfUn+yA5bY7/ynDMp2'
    'ERnlg6isyTmou/+jMWjX5BdFMdrZnHegtpjICU6ZiwzKUjn4dEHZgxK5kvJiqyt4nCFW9mUDnYsODz09oI6umOrIozHYRmT1I2zx'
    'GQLDv5fz+mUp/v0uz/umM14mZwhMX/pInuNppwQXOw30Bd9H/e2U8M5tAhro8v+oLdutaDFIXPu/AHi9hjZlrs8P1DcZvAHJOF+W'
    '9/twaROcV+DxGoCyb0dlTfTj7p1/g7IU/16f5/z/cPOULv+P2s74hBMJf7NCwpdMDlGW8R7VCG9Ufqd0+L2/l8cDj7XvaQTvLIl/'
    'rKA4T7R9D8cEj7Xv9nJ+r5zybo+Q3wcQL+fe/0Nl90v4u99I+L3PobIM7kHCK8rKXovKHhTkwe14iJS9EpU9GnzNnExiV23IFce0'
    'YvFAe1HZ2YZlN6OyzOfNUuLzZgmJnXUqlD0PlaV+cpaRmF+03lNQ2WU5cawuWdljUNl1gjy4raeTsrPL/f7d2NisU9TbhMpOqxHL'
    'BDL+PY/KUv/3c0jZ6cgno7v/l3GfTy0hbL+ZX4lnBXB6QsB5XABnRwg495T5fWb1S3RzbC/6tkYZugd9BZVpC+A38b7/GUGZXYQn'
    'eZX059oyv2+lID7d5MxwlyHsLgPYm1BfZfEAOsj4nI9wYGuIfjE4JwfU3SWp+5iAursM6p6BYo5s07ynopJfmX+WatQvkQ82EW5b'
    'GmUobr+Q42Ohy9+Lzl0P5HjdlC9tE/Cn7v2fgDK9knruMyjTwex/NcrQ86GvoXHR5dtFctunNeoeIHj1YY0yz5AyV+Y4LtIyqng7'
    'qj5sFYzFAcWZnAjOhaiNqnWm0svQM9d1OT2fgdTGjK6hRSHh0HV1pCacoHvdrv0/woWXJTaYvaTuf2R5GaZn+oMljmPC+v0njTK0'
    'jwdRmY22eC+lftCfyHI+f03Gz8Ob6vp/kOV+FB8i/DbjmZ+EdB/wyv+JyjA/kP+j4M1vQGUYvP0KnvzfUZmjJXzm6SiGrVPmI4Iy'
    'qwhPfCz67fr8FZQ5ncTG3UDq6UdlZmu2rUNQRtW2i1GZUyU8PpUL3oDKnJ4rLivjy9cJymwgY4Dfuz7/A8qcKikzO8t9ZbYEnM+6'
    '8n9A3ldI3jrAHbw2t2nsx4xfsFFdQfZGrv1Pxp9XZP/j6v9Q3iC7Dvf8L8P7YGqr4cb8C1me0bA7JeV1eBun/DcFfaV8LLN3+VJA'
    '3i7CH38qoF1dGu36AKpLps9k7boC1bU9hK1VN6qL8hFbCf1vldSl6/vrvIC6aCyT1wXk3UX6cIIgr8h+pgD6Qpr3oIRfbUZ5uy1x'
    'vA92/nQkjE2Y+8su/4/qGiB9wPuz60MN5Q3iEZy8f03zvCy2xxsk+svfa+Rl+rYDAXmPJ3Af18jL4P44zXnPsPxCAWwqGktgh+ze'
    '/0tz/6xPEp5gH+JB3Ji/AXn3k7zXoLwsluNiQRx6l/9HeSkPQPPuQHmprmwD0uG59r8o73LCJ8xGe77r/wPlPUVQN+YLzg/IS/fc'
    '09N+36B0T1snyEPPdlYG5GHrblFAHnauOkuQp4fa/wry4DMt9/6/IA/dfysFebD9tbv+UR6R7Zar/0/xPK2S86HnU55vRZN70a79'
    'XwBsRjufJLB17h67618A+zmS524EW5d3cu1/Eew2yd79VUGeXYRv+QLKI+K9nDz/FpCH8U/XojztEjntfaivumf6rv5PALuX5OlB'
    'eUT20K7/D6jf5P6qe/6vWa6fjO3rDcux+o5HfdkqadNyQR5a/7yAPAzOdEGelwmciQF5GJxaNLe6+kR3/QvK7dTA/xdtXk5X9+eU'
    '+x+b35WKal/5qM3HpVNCJ38UkIfR7btQHtG5vZPnVtRfXd7Y1f8HwN7K7v8E5GG0/JMBeRj//hFBG9s02nilAPYB0sbLBHkOkjZ2'
    '28V3faPM7SWoPtG9YTfmD8rTLdH5nh6Qh83/OkGebSTPSkGePrr/C/JQXJuF8oh81br7v+2nWyr+3/X/Z1iOtcmGeYt6f9ON+WXp'
    'tYHKnvstPi4i+xJX/4fy7JTIWT9FeQ5I+Ksfojwi3aN7/8/ia0nXdsQ9/0ewRXYbrvwvGCOVLbDL/yPYIpnK1f8H5GGxC9+D8lC5'
    '6DjIszsgD+vHOwLyMBlsKxpHXdsRd/1bnr+6uGyMXf8fgnFXyXEs5keNoY2wu/+jcrp2Ke76t3h8hd8Q/TCT7xoEeXCMIRqngeZ5'
    'OuuPgZCDf9sWj4llW/rxAPD7CvQe+1xnMMpgnZvAvgTgutcK7OAnZY/txx2Yz1vsqfWSPZb+03RoTuQ59OamAHTzbck8iefJijJP'
    'lnKe8Dqm6y1tmcU4SOZPMH97rLVkyMstK74p1J2bqHPbBOVteF8N5cajvO65HKSTBovxIhfwPSrOMdi7Ib1kcHjHJo42mMYfSYVo'
    'o2p/TaP9daJB21m/TWj+ESHq+LZhHZSulUHeNPzhMiI4QfMqq1fErwS1uSYAD6OWd/p7IuLN6iCdBDjl5FsD42TDd1vSN6fvx2v2'
    'm+Emq7cR9HqYfzvV4rHoROuoGdKLyRqpIzSoCmhQ3jqExMxsX/jYqC+a8CwVPNzuOZC+hdBnSwNfjwL+vQlg4naVQ7vYfcM5qB+i'
    'funWydZIPeTJI9zPQn3WXsu67gk1nuYQ3tWTPSMt2DMKiB45bd9I2ubIrB8X8hWp1/TDcO8f3lI69AwOXnEFm3P0nGiFeJoQbWE4'
    'pDt3QfJgI+A4/rbA0ou9GKVN9ZZebMEUyMcYl98RsB6aQKdlAy2rhvOiCgbzMOJXDVAwbSbDDKaNBRc0z6ZPQUCjXbso2PvwXLaA'
    '/o/NZS3gwDiLxz89tBes9fpB150loakyHLMF++O3yf5YLtlrCx76HfJtTmMo9pCzQp17De2W38+s6x/A4nEvb4B3H4J3Tr5HZoB/'
    'IKQrakbtYvuhax8E6x7HPl0C6XGWP67rUkgXkzEV8bGid4leQbEme5SqgYBHLcJS3kK2FjIC3mE5zP0mSHcZylGyfNUoXyP8MRYv'
    'bvhsvzlh6Mcam/N0KcQLlRMaNAHOMgY166PyXRGtCuAPGK3bTOC+NVkjRWtkz9usKE9KtYJqCD5ejnjlZN5fG/NeD3O/GL2rCzhX'
    'mR/DuUoT1Os8UyBPNcIh+2z53kDbXxeCvy4n/PV0GIOJCC7lR3DaI9AdBJ0Z20j3WM/u/aIUx7rH58M4ZTJMkL5cJAcz/mnyUriX'
    'QHglJ331/mJe6RyUp3ywOE9+EOySLS+GpPPubEjPi+ksLoN2eNn+xvwLjIM6zhKkJrq68QjWlIw/DaP309WDqPRXdYbw6lCaAjzo'
    'gfHrhHWY1aK1Q2JWZozzofMphTE7h6yKQItFT7pqbfbOIYFmLeJj/wnoE5trO0APWguymGwNUVztBdzQgY3XQDpAp4/1kQuRHGZp'
    'tisL9MX0/KKG5ItDX2QSXz2KXMnqScGfbGxZvHhKa+oM+bY6eC8796mD96r48zLdvi2AZxvQMIxDsyDNDZrRQbZH47HIIR6C6f4w'
    'D1yH4DI8MIVTj3CoCeSrFJSZneiShbpkkdwgIKOhdHhB55jpEuOxSw8uBH+Hl3h0IEi3RtddAb5XkDUxn5y/6NhRlLKPTR/w0uye'
    'sdvHb35w7Pdx8de99Nr7RqaP2WHo4767Qaa5bXT0eTjmNXMf2GLeO7r6yPgmfLeN2VVXCuyqO4jNNuZ/TPg12r6qgPZNscS+Zdqg'
    '/1Ot4FhImzTOQJ4jd2KuDKi3pYT1bgb+ldqy4/p6yP0AkX8ell83jhi1m5fFYw/yicJs5JcCf03vhATBMW3vFkvsi4Teb9GJV/AC'
    'mQMZTuus81UC3K4wxG2dO266+IdxjN2FcOzqZ8RQr+5dJtV9nVMt7uuV+vLcGlOfF4BNvQ4uq8ZhU4nHI278qwzAv3mW/j28Xgk9'
    'wveMde8BmdwRcv1Rg662Gc7IcP2jve2XoLa3HGZtX4BwZIcl9tsua/NwtzXsuhHZJ+8O4I8rBTaVZaDrEvl2w/FWRfSi2xLHYplp'
    'mcXybDOEj888VHlFY5uT0B4dG9EyQpNkejCRLXKQfo61Q1ef597zHPrbgMpk4C9Iv8rshxbA2qZ6MV09bmoU1BOkfxXpSHV0myx/'
    'BZTPKGxK6wz1RJMC7OUrBPJM1LsAIjw9G9lOYxrCzuyakX3XRIGu3AJbQ6wrx/a9EwBWXnKXojDIzzAtYnNrQWoCu05wbnlkG7/H'
    'yN6tbwU/Buic8r5rvPTf2ry0/VJ+j5HlWf8hcZ7pAXAmvAn8GATA+ccF3Ecx0/O/ckVx+/OCb6wflLbhMc4PFp+f6O4puvZOMnxy'
    '7RAX69fXCOenovMQrBukY4F1atRmqwn4E2yH3g64FNa+dYzZj6TDa8U5PgQ+e9SWeDJehtIHk/Nri+DQkbDWLt0I8cPQN2cd4W9V'
    'AvpRJqAfYfk12doqSPYIB1c/L6HVB2/i+13UMdp7p5fe84DXlnr07VrQ//3kVv/96r99zUs/+W3Q5z0WXQ40uQfSBL9ttB8xfpbB'
    'qhWcg2Y1ZE1G35y/ywh9aybjyGj4EuIT7HTiX38J8RX2VWQ7Mpv43lxHypxKfIAy2HMA1idhr8H+zJaR9iyXtIvFEphqif2aMh9k'
    'VwS092iJ39FjJP5UOy3uz2yVpF2nQ94Wi8fzovXOV8RQYONzNpqnDSRmA4U5G7WjAPc6qL/YJZIxXZfjPMZ4xVhtyInxplkyx+ye'
    'lcj/HKvjJEiPI3NK2zBXUn4FmSe6lhlPEZXmlQesNxnNYzYh345A8+Za5nHmb4Fvf0lzne8C6/+39zVQdlVFuvvevt03/Ud3J+l0'
    'k4TQQAIBk6ZRAiEBbDEiKoZIGAKGv/656Ybu3O60txPSAgZBRMGH+nRGZ3xvxlHXG2aSDL/LBJ/PgELgiSgoulgL58GA6xneMKOT'
    'cZaOaN49farm1Klb+5y9zzm3f5Lba/U6SZ9z9tk/tatqV31VFVwjMmrbTWADnJdAPydzR4Jdm563x1VpDQbT/LlxchzFsZF8/SgZ'
    'xxg5z4xpxiP5NEJzRxF/GM2xOJk7UpXmRNzCnrlUlebto7maJmtHgIyx8c2Y5GOm9hrcn+X6BrUz8ZokO8po49bxwboAPsjPVZ2W'
    'utE2eL8OxuXHcM4erE+V+U/GDj80GRdXFvxQUvF/UfV66lftZXZTrtdLZ4Ck6TxF7iOGsxLb5scUn3y5uhfYUwdRk0x/TjbBs3G8'
    'eJqtSZboN46cai72pKXDu2+KjeXfqSLfCYopozHUNMaVY1iD4hck2jra6cckH1NQfFUwGN2Z3TBEu4tZoPyhEp81vXF5qANlLPHo'
    'aN/ZDlf0/SLOZFGq9JkR9szclMdL0H+IOl69cA91zAxpm77XrLzcwL9X+mcQy/OvqvQbN8K9/0fuDbO+vS7cw779XGhznJyzsE+9'
    'TBfFOfkBeb+HjekpR/ZWeFeFd1V4l3EMPp5tJL2ijukVan1xbf/S/Xd3V/HfXeE6axrjR4T2mxNqP8Pa1/qdof2wNquF8+RNyotN'
    'bQReZ+MLO8rpu4q4MTlZJuUS6zbRzR2Z/TVVmiNPGchs9FFdqLycMfi3JRB720b+9i3l+Xrwb2s6Ss+JGEM1ANcCXNeqaDGrFXqc'
    'PfQ413Jdb2T+3P7KmvI17Z7uNY1rx5Hky43ABxpUJY+YLo+Yo7/q7YxTZ0ecDgwc0ga1z1Ry0s3enHSJ6LOMhmxwZ6ZtxsHE0Ng+'
    'Zw4+SM73+19wrw0/9mLjnGfWEb2p43GoyXBQbu888uwJu712pGc7ybM3Q3tnPy8/ewp59pYH3evSx0tj+ZrIeWby2ecgthGwPE8D'
    'vujrEPO474VS/M+j0IdXnvC3G9V30AY+XrouaaXP0dAMOE3EGXcKZ8lmEIy2sfg2MfydrM9VlrqTqaxtJjqziR2e5hpaQrAUHFOr'
    'NNgOkxxNJrnggnwOdExR2uJ5i25k887x402M3paS/5czL6UpLcxl57n7CW6J56+ke1GXv9L2fJaF+TKNKWiC//O44ONUqc+8CWIc'
    'Vlus0VSsiWnuRJO5CMqx1cBkYy3B6uvGL9HCWQItrCD8SKIFXcz2ErAVlHOe0W8XFuddzfjCZoEew3II0X2hy5dL+4E5z230D1Ms'
    '6ykMo4rPZ1Vp/YlTGF/qIO+0TOG3WyKc/XVzl404d8747xLGT/OSxcmZxHMehcVa2cx74To7m4lpnJPp9+cM2M3ziWztM0quZzDH'
    'oC6ILpfX6SQmBee/2pLGKF1W6M1b73UPTi+9/eSpY5fesI0svGRLd06bdxCbSA2RezQOrx18yilo4zSQWa2qkg8Mf9BeUZyj3+o9'
    'vvHzgdF1ulZFi7HT5Sa1z7PpWJaP3kSbcAhujmAnN49TYz9VsDDdJgZ14PPvTXvxKZst+ee10MY5ae+cR9uoUuF5Y09Luzo81f05'
    'tnybkvMYhOVtoPH/eKasT7txKOXKdSzlOf7nlHme49dSbj8qPijRBxWjfkLonght2/ZMgTW2W1kMUGcETDxt88Mpd8+ayOwmTRvv'
    'K/5hFWlD2jtblH1eqkHF4vEs9CApH1VQ7g1uL5qfcvNz62qpnam5p8uDYduO04fDwKfagI9I+nJDBUcehJcrp5/Zav0xv/5tys1N'
    'g7agrEFMUm+ZYqWcWKdlzF6V08ixnco8xxvP4TZguOeb4P48IX5Lyp83yOx0BfJ/Widb4kM5VZojsV8T75WOwbN1dr7jIp7RK/VC'
    'Zj8e/XZi6+U2zUq9mKN7/SW7ctiam/BO5I/UVncq42c5C//FCOGJUeODeZ7HJuC/SwLOVzz3J+fr+F6b8ufQQhsavk9tXc53LyGy'
    'rk/JudJsdNNR1kZemedZxVgHx99wkqZPw0y+b1Xx47Wl9eC2WV1sWWtFXlXkVUVeVeSVwZpH5U+SDKtm/ApxIZSf5lW0fOdV5Js0'
    'h+IGODt0qtKchPSbPCdoG7ORUJkk9YeOF2VVm/Jqu2EbNYKMkHI+riTvYA1vnrtV6guVg/ScNULOTDq5UDnHVORCRS5U5MJUyAXk'
    'ZZz3IT9OMV78vpTHh6hMWWRhF85bnJUo/5y0ZaVcOWKjk1Mb1RbW3ryU25Z0XuB1IEzOeL2CXDDNNzTA+vZPMOc6Wz+9DmtkaZ8g'
    'G522XwR6M6kbkdOshRNTvpB9r8di3COad4fZd/6WnOlGhTNd2HdM+tIX0odPgR+DPrNDldb6oPrLSiXnfgqigXwMermB2Cd6VPQ8'
    'Y3R+TWqF9Ch9bRaKy5Vs4nkl11iR1iHuuEzxpXkN/VN+QMfH9d+5RE/Ngt5L6WXMkGb5vDjfeozY8jkvGNXsY11b/4P0LWdom9LZ'
    'jpz2/ivZpzexZ3g+PWnPx7XBYA68k8tsk+J1hThtYE7QJWWWK9IavB1wcFNt/8L8xy2sv8OsDwMaPjAm7KXqgDNSU+WMdEyfkVKV'
    'M1LljKTM447xnLJW2df4Kgh+fKqT9BvqJvQdUxlkqqeNMV7clXJz3VFebCLv+pgd63V2RihY6FEFQ8yQqW4+qEpr+ZisnbRWVG5L'
    'NdQG2XOSLoi5uX6SgPykZ+ylGntnGN5LGn8uBCuJ4x8TcF7Uhoo206CaTtzXOKTZP+NM5udmgN64DmRDkG2X61rnEl1zaBp1zVZy'
    'Jtiu0fl0uufrAfpXFuixjdHjHI2t/AwDmxT2oQV491wlx/DhWYrrfbUR9b4s6A1Z+LuJ3Yv7P0aEM2uUWlD0TLhVmZ/3JVwajfeX'
    '/A98r3UK2Kwe5a9xu0yV4qG5vWkInl1I9s3WEFobVKU11nYquS7cWMS5lTByiF3bk3brTNB56hHsZDbfGidjlWipR9nlSEmKNnDM'
    '7wqgjTHmBzxHoI032TMrlZn9NafBLeZZe8fD/uYyNgzTWC9gPH/Nxk5jwzvTbmAOnYdXI6711hm61hdbrPVaMu8mNp+pXP83Iq5/'
    'PmD996bcOjZh4+T2xp0aX0lS/CE3TTSDsuNDhH8PquAaGDnlz0UTpq+hbFoUkV5Mx4b9WkJ0UyqL4tQdrg3ARlD6WpByfQSSDjYW'
    'E5cYNnb67Famz08XXa1Tdn668QCdd/I8K+BQqJxHnHsj01tGNOfanIX+0sP07UaB/ntY+2MCjXxGuTWbsyT24PyMe10N1wvg+u6M'
    'O545MGcXZSDn02L3+onF3hw6zzrtX0146Xuhna6Mfw3eBe3csdjr1wfgHn3ubHjudvKdVayPl2Y8WYK0g/dWZczbWwvX9RlvHeey'
    '+VkVMg7nmcvg2Yszpeeid7D3L4T3P764lA/wvkbVQy8ga+Bcz9Wsicn3TOMjwuoX2JyXbogQA3W02z8nA6CauZVyVzLGTsIr5it/'
    '7Vqam8a0TkaSdKRU9PwX3YyueJ76Ajl/4L1xIs+ce2cqL1fRK8qr55Qlf0MZgzjwRvadDlWae5++s4B84xb4Wwv520pVWstzXkdp'
    'Lc8VSq4bazpfG8n/bepi+/wa3bB0KZnGks4X0g5jVzAPQn9UUJ5S229hH3meRqzxolRyuYZqYtB+u/JyyTnz09zlnQPQbubs9ZYu'
    '7/8tXXY53WzqINrmrFyl4ueokWhL+hvusXI9T+tcxh0TzmUN/JrkbWshdPFptndRF7iC8CpFfFc2c7LG4nmOr7Z9fy6x1bYBLUvj'
    '6iS8MUyPqou4f53vv0PwnVDe/GFyVljG+vg25c/VaToHki18jSqNUQ+jTY59mAu/Uj67OPua8h8c+ynMv2rrW11IeBCN0eb5qUx4'
    'ew15jvYtLh9Px+DjH9HMYw8Z82kluvKxnTdJBWAsBI3YXInW6A0mtJoiPIvnX/vyh9zriTu8fDl47/CVUNN4rFRGrB13rz/cIPuw'
    'dD5d553fd/l9q+XsS1ZFy1dmk6/fdD8tVn4cOcquzZq4oWuVP69RlFxrEp/eTGgIeW0/8OhG8o2OIUU02WCMCso7SmPNzF40GmIP'
    'pnatG4jta1TAADvPbCK2nwED+90WeO99Ab6+XuXPmXEh6Ucvs5nhM6ugH2F2v+2C7a6Z2dK2W4yjjdh+C4bvSfO/RaO34T6ep9nH'
    '7wyhyUb2XnUATV6rkquLGldPMNHRJB2y01LHs83nTvO3NzNsC8f3TQqX5Xr5Qde3hcmVesNYmxTZF0nw1oYEzm6NFmtgi3WIqidm'
    'lZffrRCCWdDl1bbJ++b0eRuJ3Sh3PoJcxD5eoukj7cewcKahuA20d5tgwmxqkVezs7OELd9qEDMRZV50eW5N6I3qVHwduW+voPEd'
    'o95kgy+WeH4S8b1x9nYz0Q9MMStJ7feTDeMcbPajqV8xR3jAdPYD8Q6XwRxG3UNB/UZM4rwY7dM9sJTM2agKjuG0xfSa5s2JywM4'
    'r+wh+mKDwfqNC7Jx1DB2JUmesSABnrEwAPNGx8X961sN6b0JnjtV2cfAmsRxTsToF+djFNPD98kIwTjGlaVSjr0eAZPF17slgfVu'
    'UWbxZ1JuKDzLNWp0kh4BV4HrPzcGpmeY+OJobCKNp43SXhJy7L3KLO8I8pwmZZ8rpAn0wCRjRikOIm7MqKQX/hNg9nR+uEoM1cyL'
    'ofso8SWgrmwjryrrPDti5TBnUVw9ag47S3FMXCc5X5jY7VAP61BenHSvBnMbVY5w3C7tL52LWou5aAN/MZ2bOni/heAoG+E9WguP'
    '1xKsU8F1VMLwZVHwpS2gy3Js0VTVPkQ7La2H06DsaiKuZONpVPb1pGsEe2USNtdsTL0NdSqaa0yKszPRBbAO5wIVHFNXsLCJ7VTx'
    '6nBS33jSWJUGw/nBGvb0PCSdB8YFPZ3HktqcXVMqWv1LlLHOvw8Uf39ekbczVq/aq/y5CdKWGPzRytrPyrXH2Cj09WIOKLQ/nirc'
    'u5HY1WuF95rZebgx4BmOa+W4gH52T8pZNF04SSr7eC6yAoyhLkRuNzE730hMORWE6bL1UWaVl5NHqt8g5Wu7SSNzBlg7E0quMYHr'
    'XBDslj3MZz9E+pdTZrkspNwKPJfXDmVeL8Okbo1kQ7Gt0SHF8/cpf0wzYgNnUg2PsLj46gT0p/qAPUj31FyC1eg1PIuhvlQO3XEq'
    'xz6f6OW2Yzfxo8+GOVgVc/2XEdvoNraveT7LYTZv1C48oOScgVsM+jR0FKwDPdvZrMOwkvO2HA20+TawtZjOxbiFvBhT9jkobc6E'
    's2F+cf/FkXV4f7bPxcqE5gLxKMer0ny/IxqdJYj3SXk7ZvM8d8G8mPjqTXXAHjbnSbZdlZr9c76G+H4nmJwYY+/eRPbD26aA9zrX'
    'xpT/zPEmO4uEjS/ptalLYG1qA84cVPe0zX0+FuD74PndlwnnVyk/w7Ah37P1WfczXzraJpy+nSRge0zt4QMWfZFyT1PMtoR/6FPx'
    '8zlymsokSFPDwvl+8iyX1j+D+mAteWa7ph2HULLCM86936W884IJTfBcRYcivo/ffynl6cnSPPCckpgbKuxM/t2AdnMx2t2T8nyi'
    '20P6q8NqmZwHDjH9476A746V8bvbyHeTapf2VUf7G1OuL5c/I2G2xgPOTKb2n3yAzcrU/8bz451MxlCYpWP4NfjjTPtqirfbrsEw'
    'vUhihWzmJqjNAwRjpcPVHtLoMhyrvEd59RLygh5jki/XBH+hy0cs1RMxaVOXN6mf7btxpa9XWY7vos63aYq/i+M9D3DZJlhMmxo5'
    'dHxTvZZJ6dE2efvDMNL1CehLSzQyY8BQj5QwR3kVnINsAvy8Eh6zoFnTXlWa23uqeLgNfzeNW8A8gXSux5W+vo7Ew0znewmRN9st'
    'sTVRvjedPkiTfVOTwL5pVvZ59ZE/3kXsEnw9bmLPflSzR23lXZCeSWU12imvJT7SoD5KOn8YXjHsPHDhNMmtjmmS0zNJptSq+JiG'
    'YUvdVcobMKKRPxL//YUQs7TVAM9fNUPmPGl+ZGsv+HfiY3xFOEvatvePpL2eBNp7joyP5po1acd5/38FjC9Ke059vqURx0O/fUiD'
    'cRlW4bU4qH3zLvh/EutXjv5dR7Cn/aztPg1Wd7tFHBCuyzrCv19Rch2Ucnz31IB4o4EQnY7zJ1pTLKyvJjFLiNM8WbBzS7rduCpP'
    'vcEouLty8NrjE+C1q1X0ejy2ua7xO7SNIYu9TbFeuvWmeWX+RLl5SSmNcly4VJ+I+k6i9o/G23BfcTXQT1D99aBx0VwOOzT8Kq+S'
    'qd+UC/E7tcN48Pm0Ko3fXq7huTq7La9BxHGSoxb2tJyGl+FavJOcDSYsfZum2AFd/Smqo0/lmKVYd1zD88kalju+uhy6YyObr8EQ'
    'X/LlRJ/qY/N2KELMzoWCn9cWV+K04+TaPCMCLiyOX9627nM5fPHTQQO3JLRmNxFM36iFvCio4JodV8wSWjiD+NhN4ki53ihhI3VY'
    'Kbq2JvMch1bpmb6a0K7T5rsD+EeUmL8zicykMbWIuW0P0aPjxAXSPEM2ccBch9HV/U3Cxm+CoRnUnFNwP72D8IiCCq6VViDnoiRy'
    'Y1AM+qjF+SwfggNyzkXZlD82N2153rCpFXEsxKCRrLaQptD7g8lPJuS+Df1nEqT/nRHofzgh+v9wQvR/CbFTbFHBuZF6A3RYjIlY'
    'IMyHKeZMZ7ug57RhizEORZAfOt0+yRjBuDjJILrNGuKxBzQ4oXHlj4ujcz+uwSEF1VA2oclewzMy1R9qNRhXpJm5Sp/XkPoEOLZk'
    'h6Usnq+Sy0lWEOzjtnqn5F9qgutK4V5Y+xMWfeHn5bC9H+bzOxvO9VP9XSm+I87cm9BzuwquoTxBdEzbfItnEjmFe/iWlL/27A72'
    'zsmEJ+xQ/meT7OM48x/nQux5bcqfP5VioCc0WOU22GP0nRpVmlfWJF7OuR4m80K/R/OVTKW9J4nzQGsABovz0GaBNqiO4KxfdwDO'
    'QGrLdq+9qpH11G/fqsETIc3dlvLHCW1nbW9lNEnlhm7cQXEFbZq4gij908UHLBb2RtjcjgjyXdrfOwNiAaaS3pPIHTwT83M6MVPH'
    'W9iconzjDaYX2+QQluRWa0y/CMf9thAbTVhexh6lz29ZpUrzUeK8ZpU3z+VY9yag0QZlHoMn5ZR06rTfyvjcYQvsN/cHjVi8mzd8'
    'x4S3xM0N22fhJx2L8N1Kjt5jh8fePQU8dqT47ytj8ti4PNXE58BrlkgYEEnPoTrHVO2jyTjllJs73nZee5Scm3g+4zuvKvM4SX7G'
    's9UNq6d47v63cusczUaarDGkyayGJk1l8O0gc23kX1Ccgo0M2qmRv+MR1sz2+6bjM8U3H01yl+b9XTQFcrgJbBXtITjLYaXPeWYz'
    '1lpB9jcmIPuXl3mNJwz9qpwOnPEPWOgAUb+xPuXZtLbF2MsjCfLfcsh96Wy1qIxrnvQZ63Vie8wb4r51ZyzTd2xkS8HQj2Jyjipo'
    'sKRjU8SX4+xZ592bE1qnoLi/CRUcP24b12frO+F8fUJFjynSxcLPxPUNsps2C/qgyZwnbZPncrJJJVefxsQvQ+cNsUbvAR+tjTwx'
    'zfN0kwansJNgeZZOk49I6k8QDS0Msb0n4f+pmiZ7eBJ1khoM8WpN8LeVGuxhXpAxlPcMhqzlVmUffx2GiWwCPPYp09gHKcddUnZz'
    'k7xW1GbfxPw8Y0quORpUQ4nHfW/X0EG/Mou5nC4751TvnYvJ2ahfBedVzqng3NIFjRwPs+fovs3zAkzF98LoFemU4tE5vQ6p8Lg5'
    'Tpc7DbFnYT4lp18XWNgLt2jk4lYLTM5Nyr4m75CA+w57Z1gzJydMoS2En9mSjk3PEsziDgs/U1DekCag1XpN3NKgCo7NpHrLPEFv'
    'CaqlwesTcd2E0m27gL8zHTeO93VNDMd9ZF5tz0zSnh4mmNt5Gh1zmPGFrRo+hnJ4C5GFUj3DoJizTTCGJPd9lHgRqW9dyouNj1KP'
    'oEN58XR5pa91aYrv5O8UlFk8HWIu25U/lwTWFWslez3dHQwqTyqXjA7T25EAH8oKfAjz0K4W6DQqxpHyl0bNuSjM/pck5iNIB8hY'
    '+HFyMIcYE9wA9GMrY+j3a6bY9r+5+Hu1Zp/wfZTX8L8RCz+maT4WU5uBFAduotdMlf4v1bWXfD21mnMO1m+oJft1JECe17L26+C9'
    'uPZ8kzwDw0rONdlEdOmREPknjamejalB+esUnTID6JbHP45p5NiQhQwfEOaisUzYGZ0s+OJRLgucHGMrlD4mM6i/mZD+Vpehv2cB'
    'vj7p9dCNo5xy15nTx0KwFxI/DOKf0hqiTtNhsM5R/SZ9AXYI6mMvV/smMqA9hr8ujPetI7wvzDY3YtFuJ9mfpvTOcxwl4VeLIuvr'
    'NTghlGFZ5cVtm+qbzje+RGINTN8L6/cdyq7OwYjGDrEN7M1x2gnr61WqNFfEsNLHkjrvfEDA3wW9E9YHJ7fwKgMeFcZvyrEfbfFo'
    'OY2eMV028rkJ6DPHKfN4YKylkgvQg64DXiTZliUf/kzRb7pIv7kdx7Tf06HnBJ3R8Yy8UOM/kvxMtvY/tBFdImDjkvhOgaxPewhf'
    '6rHwg/D+0zNJEu0XQs60s9GfZsMrUJ/8Kfh4TeP8c4ZrV27+EcXf4Iz3z5VX86Ic452K84fzzHmqtLaSbbz3VPDLqOtE+X1SY5yu'
    's+HbQ86G4yF6V5Ljj6Kj6XR/PLO2Kn19k6AckTqcx83Ev5RXcp7WCc27NybYH5QRVxA9Paw/+M57lVkuhJzhuN5hsdeC+nWSIe5t'
    '1GLv9gXYQHV+qtpplLWpBGQt+jvuV16+RKwf/8JSrxZ4LfEp4jid/58u4Eb4HIwyzIWJz3BA8BmiP1DiT+WoE4l7dyLlp4PDbJ9d'
    'lPJjWTtVcI3JZnimCWzlUWod83qUiAk5PmUeq1OuWsdJnBdPgz6en3GvH8j499nqjH9874L7dyz2xvdO9syF8MzHyTNrof1L4Xou'
    'XN8N11UZrx/OXDkxgheq8G93wXvnQR/mwLMXwbN3Lnavn1hcaiOYyrGZ9M0Z99fAN+m890HD94L6ZzMnx9pcX0Jwghdk/GO8JHPs'
    'zostTsppf12mdC5ovyhf0eGk5ick2zkubA2bC/z/6owZ9q0qIT+j09fvdLnXB7o8jB/qyX8H956C6yNwfaNLxtS81eX+m8ZF0/ff'
    'gus/dMWTP41kztfAdeERWVdKJzhXX/6Qez1xhxeHhvfWjrvXH25w71Ed6/CV8cdrk1v0KP/BaVyqov+EpRYt657745Xu9bN5L9ci'
    '3luwyX+vneAu8L33jrnX3ID/2UbyLLaDz951mf/Zqdh7cXORO21v7PV/U13vXu/5or7/WPNDqv9B4yFwzh/Iudfff9Gdm6XCvet2'
    'efyxVsm5tDF35nzC+/56s3s9t9e9/stEKX/EZ85hz3AMOh1jJmCMUfLi4nh/ATRVv8PLaY33qv8U5ukePxbK+duDX3Svu+4xk2GZ'
    'BPfTEMzbD/u8HIb8Xupm994iMu94T633/k9ziE7qPX3+tum64T18/44+/d7C+hDzlb/GB6fFmstB9q73Yobwe/WwNt/f6F7nbCpd'
    'ow/AmNYMlK4R3rv+Jj19YT/rSD9rpkAPeaDfvX4y5+FE8N41wLuqd3m2JLzX/mn/vRW0zXv895aReyfAvt52vWfHwHvr+v332si9'
    'T8J7mzaXzv1XgR7O+HTp3B/8HOhb95SP/8bFMie5J7k+VBugR0k25+MEnk3H/nnQJfNdfhqeq+FrrwLtn3Z1aX/u+RRcu8x4VxJy'
    '7daD7vfnwf+/8JCd/eXlJ9xrZrc/Rs/5W9feeG3Fqdlab6ErmLbbRp7jeStufTJaju6gWJq6CLJ08uz67fLyyJd/5F5/u8fTG1E2'
    'fB3uPfsUPPuIl9MYdcLCc+710ufd6yu73evu/aWy7RTNN6dCb4ya17YZfKNBdNhJ7NcmtBBWU24hkZnOu2nh2Qay798+w/v3jinu'
    'H1/7bMS1l+wR50fgM8cJe5DaeO6H6wtL/fvAlvdsg72EPrZh4DuTa5VKz5qfKvOfjGmbzhR0d7vz9ccjR7LyCR05kWVREVgb258m'
    'TVyZTf0juo9ORX3/iP6MF0ZDPWTPnVZiI0of0z+TE1VGGqJ8ppPpnLUauzHWU19A/PH0mWaCGRliOCcadzQUEKNTHZNnXqiSiYtM'
    'xZDhF7LndfKK8uh2jZxrKdMZNkhGLofr5oi8gut9uw+41+8949kE8N5nD4Let8+zXaAO5+hszvVL33SvF7xYevb5yg/gmWeT0+8u'
    'IHpekrbURtLvlbCP5nUUZWiHvx0TPaQWzkxzYA+h3t/smhjFfmdi0EpPgvb89NFYK+x216SlojJig0ds9MDPC/paSnl5Byv6GpO1'
    '6kjV0aKvNRK/NPKyM9lzpm1hfY715G/UN6j2enhRHb8/nZzhneed6zc1z1I7ZuvT/vM9tWP+Evj+7oOldswU2BAeP1AqL/b92L0+'
    '/4xfXtjI9wss56+d2KPR71EN/F/tVuprP/Pv3Y8ROTNlPtb0UciTm/lOjKQmuz8dpX+ykZ+m6z83pq7VtdfTq5oAa4v61P4X3GsD'
    '7IEfPeU+kyf7s+NxsAUelNvrI8+esNtrR3r2KvLszdDe2c/Lz36QPNsO9txHn5CfvYg8e8uD7nUp9Dtz0D+2c0kM2i1gP3wL9Mmn'
    'HwLbI3xn3wteHWOcs0fR1viEv92TSB8ywKdWf0vu7wLSnnpYfob6vimPksYUx77dzHhGPXm3+MdAHcZWB3m7YENoB52U6rg4N2+D'
    'uVoJ50gpL1Q3ObvQNmrI86hf8zOuyXudrM9R7PKBc5z+zxJjsee4opcbyICQ+Q78SSerlyftt2wHzB5d/35Y/0xl/avI2SrauSzs'
    'YJbwuU2S5xwjRfVjjomi+vE7J/z3qH78H+C/zgi+ZLz3J3fFt6fEocWjDPJXxXB7zSp5hhSKCbRZO+7novbJdoKtqfAgAx6U1p0g'
    'EhBCFRlVkVHTJKPwvHLKZwBXCTjCBR9zr5+7D+rKkWd33+t/9pe3gn0Knu0nsgjbddrDHFtZ1o7zvnPvSopBZt+/jNqN2PcuIfdO'
    'GnSvvwNs3LuEe43XlOL7vgr419WDpfi+Q+wexfetXe8f3zLhHo5vifC9kwZL5f4hdo/K/ee3A0738lK5/xrc+8PdFbmfuNzfVUa5'
    'v6si9ytyv3xyvyGG3O9jtpbrLGwT6aOcMzhT8MQNKs5PIAVw21kb4DfQr0CxvB2V9Zpx60VxeUG1NMLyogfVXJRqAcTlF9Ux+MVs'
    'sQvHnaO6Y2iOUio531iSfrHrDfxiV1r4xT5g4RfrtvCLrbLwi51h4Rc70cJ/Nd/Af1Vv4DOLeqZIGvtmip9qJ+81EfxWK2kTsRVU'
    'zi6Gf1eR++X85twE5jKr4mHaeP9WCONZzp7H5zjWTvoW3dOIUTTJH8fztzqw95OVeW65PmWe+6fX4JnDKpncNTZ+2LkaLDePF6Jn'
    'vSXKH+eJflAd/cyZRfSz2JB+TPPSBeXCpTWxbemN6mY8l9r4UUpHNbOIjo6z4EOY/43mwuphuv2hCDyncJTSwWySR63KrJa3Sf1Y'
    'XudkB+MHI8os7+VsX/90jPW3wcAcC3YL9Vf/aWZotsdBtocamHVrkZRdIBDjZOQiS6vKD/05QJe0O0k7cgWTZrAfVZxYkXCHblxb'
    'iYK4q+X7Sv2Ev3rSeyaO3JFyx6BNYbeA2y8QrG5YbqEKfcamzxiYyXSi9BnJr3j0CvUqU6yX3U+3FY4sSTtcRZbHXjsrWR6kkyt2'
    'FroG4iWG99idJ74AsVlqt4ddwTbXPetemx+M1yaVDcMgr558uLw5tiu66PTTb1L5nJq74se4T8aob/e3+xHAT7/M8jua5G1cofR5'
    'Gyk2jOcxpNgwnsdQyv32ykQpNuwbkF9s42dL99dZV7nX466Jr3vp1qMF1uPaiDqCaW6mcuRLmHPE80kkoX/z/HJ0LXheuqj6dxsb'
    'D81J9iPIA/gXl0WLgark+xXy/e6KobPtstfJ0jOYzjF2/I9XerUk8G8LNpXyNJo3mPM0mieY8zSeB5PuI54/s5LbevbSehyeXsGw'
    'Hp2xCdXKn493XYB8vYDc28t4xjnk3k8hb/EGyE18Jrn3/RtBr+z16u/wmIOn/tSLHUesjKPfOdcPdnk5jnnedPrdSb2vyz82GjuO'
    'Oh4+E5artsLnYvG5pTH4XOi7SeH2ac7uCs87NnD7cfQ/nlNvucBfa5W/jheta4g1BHmdgS3KX2dghDyDOQHzrJ0t5Jkc+xbWrL9W'
    '6WsaYDtXwPyE+en72XsXM5yHSX1b573Vyst32MPGfRbpL6//iDkRlxOcyJiA/dHht8P6hXjyMFwJr8XYo/S5zs8gehjN82Fq2zvT'
    'kj4blB9XnFXB2Gd+huX0fXpCe666DHuuHXh0Cvg45vbiuGuKcUmVcf4lHjCqofP1wp6TaK2H0X432XND5Jmgdpz33g5nSdonxMsM'
    'W2B0CipezAXH8BQYhi+vvFzak9jvAAxPuWg1WyZaNWkjCOdoiqXjdoqw+qNxa0NGnS+cH9Pns3AekfLv5hldDmtwhH0C7Uv12nvZ'
    'c2Ps/oTBWowIe4T2pd9g376UcXN6SfQwquljwaBv2KcB1qceFVzveYcl/jJqP3oJJtCZhz/LuLyP9rHfcl/YrlcPoQ3at6lYBz7+'
    'TcXxr2X94rjnvoh7IC/oWSZ4fq5v2cwv3wcUr7mYjNVmruncDLD3tmro3DROIina4WN9tcrVeXU5xaW6oEF0tEUzP1tZv/4vXH+j'
    'zPD3QWN4IGAM+TKOwWRdDhvS3MeqXF2P0nbOYj/wOuO25w+Jhnks6rjAM5y+b6hyzxnTRUOvKX+ee90cn1rl+mrpPHF5k9e0lZTc'
    '5vW3HavGeRp+GrZmUfndFk3f8mxew/R60zibp9Mebe8wlJW4RtMt976cds+uSH8mfaftbdWsv83e1vHy7cI6O30eTruxdBIv6WFz'
    '1avhv0HrktOMVdefS9JuTKuJ3mwrb3Mhe/508u3BMuvkfG/Xpd0z4UyWO6+m3LainvcGlFmdar52JnTzWMqtiVpOPYzPx39L6Wmx'
    'X1iHpNfj1pRbRzTOmG8y3Bu9qenlrRelXCyBTm/AfoR9b1hYp6DvLiXftbVtSOc/ritIc+d8tybl+hejfDepOf8F2IXLwWufU178'
    'Lr57yJKX4DvSfHJb5EPKm8/psgt8jozZtg+STM2HfM/RwRdGoCFbXdnBXp5oqfckoV843z4fMMlJ8f0m+PbCCDRZsKRJ9PeH2Umo'
    'TbkGfLw0j8vTBN/VSvxNpws25+myN9vaTxGjjflkKnXlpFo37k8568qV0/9XWd/Ztb5J8I84vlXMQ9Wg9DVcbcbzFuRL+sJTdu/R'
    'GMa481ETg59uhntN5N0a8u58wFRwbBGtK51R/lpSuvcxtxHNX+a8u0F5OZGo7955/jYl5y+7Vk1fziicN57/I0y2b2V2zKqUi0Mw'
    'fU+na/ya+JdHme1hRGMreJ3IeJMzT5/GNjsm6OTHW+i7wxbP4jceJTrPlpBx/i3RG0xyMg0zPNGfK6+ucdQ1ojaGuxJqD+uvjinv'
    'bLk6417PzfjbvzDjXj++2Gv/LHi2G65dcD0HrqvgekHG37bzd8RQ4TlkXcj3TlNeDbqL4N6di93rJxaX2nb5+xRDJcW9nBWA5z1D'
    '6WvRnUKwtwXIifdbyHt34BkvZ5Mu9mBeQOxBgxDbkBViGzjOIyneliTmbzP5dwvEV76yW372WjW9NQawvzS3zxJVmtvnWrjWafBM'
    'iKGmNWklGuomNLAYdIHfQFzqeeTeih949QgRn9Sm7GsI0rwLN74o50NYBDw47FkbjA7FLenwSbbznRStZxOglVrlzzsq6Tmm7VJe'
    'djNcfxZRVw3rU1JzWBNTp5aeq4uoUz8M8QqvwvUwXJ/uiqbrJ9Wvf18ff55rEzi7JDEe5HWm9rY87LMq5cUg1xlgHxcRbKiEVaY4'
    'ZN0zYd8wwUp2KrtcxJItkNrh49JByxTRQUqZY3hPYrp0v8YGauJT5z6sMPwg1g1uY1hf7p/JaTBc3A48wezYx5eh7bB8eyZzT/MA'
    'SDEPteRePzvb6GLvTWrGS3aP6eBTJvtQ56sLWrdyYYJ1+7l+Bs3XUIT54nTOeSi+l8RcJUFb6QT0tIoMnF4ZmEqADqoC6KCN2DVT'
    'JC4G368KeT+JXOrpMo+R5mToJDZ2pabvXCVh/DiWs89Qh0BfZTn7NmHhMx4w6NuCBPpG/eVUR1togGk3taeOa3zKp8E3JXw39y0P'
    'aNpYAHZO2lcTW2+fpj2Jv2FM8wblz12GOtW8kLnq0/j2edwnHQvHYtngGHsC9LZqIovSAbrPCJHxJvsnTO9JohYNxV30COsY5SxS'
    'z7Bl4wK9OXN5soD11mGDJexWnrU7pOTY4Tw5TwTFwMaNLVs4zWsgnXdMeMqQMM82dX+Q/vuVPz+ByfvTsfbTdV4IWuchhhkqCLKE'
    '60RUBy4w32GOySDUiSiPrRW+ReN+/0D28mDAudt59l8Jzx4MOaOPhvhE/48q9a2axKCMMWzYD0j/exkdjTB/7hNEbg4IWHqJBseY'
    'neJBgkULk5cmY3Pa/Iry6o6MBMR+4N9NbTs7oP07lZkfO6/kfAI3E1/mfIv9zNeMxiQ57V1H9KWthjEmEiZSd27GuivrlD4/g03c'
    'HY9z6iS0INERrdeo45MUN0HtYKbv0HkI279cr6E4w0bmG+J5CzpUab25pHEbHN9qKl+Swh9F/X4F1zb1uLZKDdTw3PC7blBxfqxr'
    '1r5A9n8L23uVPVTZQ5U9FLyHqA7v7KdfpzyZhTp9C+yfLOgKNufZFRbPI6brhIhn07xgh04ZfHNRhHGdajkuqgdVV3hPhfdUeI8o'
    'v2sq8ruyhyp7yEp+Z4kNzjYXv2T7m8NkN9phz2c+lVoVXKMxju9gJuE7eIxhGC4jqZim9gTnL29hczKx94W1w/2UzjvbmN/GpN5x'
    'QflrMvOY4Sh+CV2uDcRQrQUbIeZBLdd3HGzdiUrOB5IXYljCvmeSj0/no9L5rRsToMEocfhR9rMUGx0U8zTVOSIzMeYybM5s/ant'
    'hOc4z6fZeVDHk5pjjoFjRnncF71P7eQS7qGWPT/O8AH1gi9qMASnSe3nUh00yRc4GrB/GqZpvmzpgY8rS/xWoxH2ShPM4xILnIcu'
    'l69NzrEg3qbTZcrhj82p4ByiuGZbVGm+yrj+ven0QyfRf8mHlQ6Jdwma16Qxorp5Oy7GvEk8jPrnl2n2bJTcQRTbFCXvG7UZ2vrS'
    '80rOYzWmGQdvM64MnhdjjUYDdEEd7iCIb+IaTwi0TNe4T5XmvKOYYxoPUDCUbxSvsSABHXeYfdehV55rfVzATNhi/2xz7Ab5oJOK'
    'v5F8/HzNOLZiQqNr8DM26joFzb7JK/Octds1uvCYknNr8VyD/6z0ubgoPTVHwFcMK6+e0nzW/soY7Z2s5PxSUr7HQ5q1G02Q9jDG'
    '/KQAnkL7ltPg9lcS2osyL2E1cOdE3Ath8mBQw2tyGh2/VdDfo+oXtDagtFbNyqsrsV0lf5ZuKMOc2uaMGIqIveV5oXWYJhMMMsU0'
    '2fj5otTZWEP4SZSc1hyn7fj9lqpk86kmedZJKq4qbB+PCnso7J0Rpc9pWg6ZXLDA4w8H8FscX4rp5McLeyXOXg3D1uJcZeH7cbH+'
    'Ui4aqkvmQmQZ7WuG6ZJRcjqPCXo01jqMo6NKOHTJJ6+jwfkJ0WBQTlnTWgNSbQuucwblY4qT82WNsq+vnmR+ApuYzDbQsyRZ1qr0'
    'MZVR7Fw0h0+nhi8nETe4IAE61MWQNcfAeq8hePggrDPWRF2pko9X0+n0SWCudWdok/iINItd2sL6Pcx4ErWZjln6yUzsiyZ2cB1v'
    't7H3jGhiGeLycp29gfPyJP1Y2zV+PCleQrLf9Ch//ijOv6nvrwn6nRXsbpzXdGjok9Jdi7LLWczjHO8CejTZM0nVEGoC+pyvoROb'
    '2ky0vueiBG3UuhzsmOPLND6ok4zzzQi++j62DxaSuB789n8YjEnyzUv0MFXxHHH0/h1kDFTGZZlPH2VSCzn/d7A2RjT8ut/Qvorv'
    'mOYDHWLrWS/4Obcb8u4guZ9hcmlQ6eOodHVhw84TunlKMn+v843vVbnXb1b5+/dElXv9btXU+sjj5N49rca9roPre+C6Cq5nwvWs'
    'Gjs9nOq0ND/EGrguPGKvj9P8fuer0vx+mHuizmC/V8eYs7Uddni3ecJaY75PmzwxKbIvuvZ6uSB1tdV5bqdJjN0LXk5J1P8w/+jq'
    'Z728ms71/qc8GybOcSvkl/y3/2k3ZzwvJechSeZFfmhZtHPnfPitI/fqoK/ox60GfVIVx/G1n3ntJJk7tLlLliM852yH0uecPZ7c'
    'e/Fy733krXjvMOSTHbzbz/+dvz0AOQ8PwfXFLr0MaulKdo/VQJ//br03F5SPHL4d9sHl/r7Qb9QpfZ4xaW/cerV7/f7G0rmoH/Du'
    'Odc5m4Lzn0U9c2emec5Mc8XNY+fLHo0vi/v0aO4QZ/7uIPrjDo3PpqDMa2VTjFST8vIRRM3zvZmcHwvKvp6fVPvOafc9sP409ryb'
    'zGtBBeeNGNDYMDEn90qh34OWtoogf5bz973XQ47Uyzx9lt/78MZSO+82cp3Jewj3Spj+khTPu2fIvX7aIsesZOOk+he+W0OeQax9'
    'FJzpJ3PuddPm+Os0J8Zc2ehOXF9qgz3BdbJG2Gd1RJ+aLT/uFk17ypMim6Gs37T5aY58U/flKPZuKscWwYef3u9eL4Vc6z960o6+'
    'Xn4E9KjH3evrkOO88JjL494P9DW5z0EXPv9g8DsXkHcegRzqf/Wo/50vPeDVfsH8tfPgnS9AvvevgF5/FeRff/kJaAv0/Efh/0/D'
    '9y/d67Z1Apmf7z0MNQmeirb/2h8J7nfYeSAOX1Uw35876J19bN6/5ifevCUpaxaTs9TkXDzk5+f0eR7nVE/OLRw3aeIXN/VdBPnl'
    'TPrKz3HO+/OAltTe6fPtBekOrWTMk7r+Eb+NpkH5c+KjH1oVdYYjf+m+U93ltwG0kfmg+kQKzla/74re/lx2Fqs9oh/fPKJjBuXz'
    'MbV7D6jSGuymfmYbf5OUI4rbjSVcuVSXMI4tfiTEJy7l3JJiWlpVMrkVo8YsSf5pXT6uHRp6KWhwG6cTm7cJHsMEy6M7Dw0rObfr'
    'gAGmJBXgt5PWZlT5c/BF3R82tsPFGkwB+uTuJ74EPE++sLTUfrGc0BvGi8bFDeBzGRVcH0SHS8yC78rE92SKD+P1y3dGwPDb+ALy'
    'GkwB2g+uds5KCfAeE/+jCebM1G5R7nkbVGYxv1KuPr6Xkb6QxlLwTeyLY1iZbDa1S9FjkiL7qR2+P4jnS3Yd1ehCH2FzgPVD8Yr8'
    'EH3xOzRXxPEsIWf0branMA6/CezUjczvgXsbZdRW4i9t0vCNtEZvmwtraOo/HDfEVETBAjcrOTdqGDaL501OAo8blAN6ucb3ciqT'
    'BSOCb17ChJYTp7yyzHbX1gRtmWFnw2ZVGgOSi4DxMsUWS/rfIRWcc9U2D7az/zZEXF9pjoPs0SbxQPzMkNfM93AIz16tvNwKPRof'
    'Qd4C45PTnGHxe4uVl3+11xLfFqRv2uqVzjOXzaD1XBRT3xhQcp7accYHnPVeajC+cY0eIz3bFwGXlSNy0yZPMKfNmw3X+zhVGo84'
    'IuCFdPEJUlzcTiXH8M3XrLEpJoyeE34K9og3uzwfsMl4nX22zHCdbde3knNLzrlVkrmpQ3fD7gdphsaYVNZAXoMO7VTHW4MWpa/P'
    'xmOuaRzhmKEtTdKr2siapwhuT8p/xPGbbxKs3VzhHWp3qgnA1JvKZT7OHnL2wTFl2XfnMIxyrwZnzWXsm0zWLyE6TLllOV+nWqXP'
    'kVMOXT5KjbxBja6YF3QqXU6L6R7LkGYMkl13DvwbfUEoH+8n63O/sq8JR3MO8TqYPQQzUsv6toXpYOcqfW2A8QDaCztDnmSoS+nq'
    'yCN+vQlsGZLdtiDYpUz0kRZCRw8ynO5jgNP9VZXXx+8ApvdbVf7/P8ne3QfvPk/e3cue+W6VhwdWBDNMn3kUnvmNJVY4yN6gZrC9'
    '4WKgFdOYr14NLzw7QewZ5sNL0j/RE8GmkWI2zBSxv6FtfUWNi81+f/H3vBoZPLGCYbjfD9fzaszXV8KEr4TrRXC9hPzfpt33sPbe'
    'xdpbDdfTa0p5azXjrc8t88b93DI7W/VvAPfQDNd9gK24YZ/33WZiR26A7zu/Tl1wpya4Uw/cqQU+0qUHswTVEJ/UVbpKef0kXfW6'
    '18982r2ec7lLM0uBXpy/ffWjgFcrgO9nl3vNd8lt3Hu928a8gDYeW2/Who52F4IeWcd+pTmr3+B+z/nWPZ9S6rVP2aGITOZ2Ere7'
    'QR6b803n6nwX+98O/a9lv/uL73yn+PtW8ffzxd/+4u+Hir+3FX83FX+v7zLv9374/nfg+hZcPw/Xfrh+CK63wXUTXK8nOOs6sjfq'
    'CU69vjjWW+/zf7cexu/8ncqQGo0MQVr8683u9VyghX+ZKI0T0tmAdXQyV3mxXPR3TbGPb9xenIsPK7XxsiKfva4oozcGz+caGNcb'
    'gG123nWuzvuTvPo6kPUbw+nUoZG2YdcG4tg/HNvHIaDbPXB9oMuOTpHunHZ19hWKsUc63sP+/wBZ98XQ/3r221rcn8vHXVraD3vt'
    'u8Xfvwc6taVXOo5WwPMuH/fT6362774L179ndGtCxxlCj87vy8Vv/lufvx8vQz+cv3NbF/3uG0J/KA7Z+dvP4d7jITauOoIZWkj6'
    'd0ZRyP/wNn//zoA4AefvdJ/VafYZ9uXuPvf67oHSfu67B/bexnAfVJ0Kjv8Zvs/jA/w7jVf75Y3O70LXK0Pm46RtRbrN+efD+dsk'
    'Pefkcf/jfwHMktCfLPDoP9wdrjNVkf7g7yVj7nx2F3lX7YBM184zOO+TPlfgc87z2P71yh+/WMcgtkmhaVNRX02rWfXTEXI/w3zz'
    'GHv2BNDD/lH3+iTw1tfWezFMk3jNy/w60YoBjxcjFhd1INM26Lcx5noJtrEhvI02htOicYC0fzzO7wB89x/+u792TFDff3GPPIYF'
    'QNtr4Ht3Dshj45gAyv8wLnWyTs8eN1aQ7ifnbxhDaJXvHjDKv3zIjm8WXvSwtOjvw3uo3x94xu+TxjgAjHG06WfLM2ayIsPmarg4'
    'L08+7J+rYZgr5+82fXBw3NJcrH7cj6mmeI+uvdH67bznzBXtN489jYJ35uddlK3IuwtFOvj6E8V2imeyrudl3l0AvPrXAb/uPDvZ'
    'v+fN/GM4b6/A+3ueLZVBdI1M5q+ezZ962MWP+4IcHvZw5Tbzl4H5u+KnMyMWux7mSRdjtFLAAOI8Zdk8OZhwBw+uAnDiHHvVfdA+'
    'fpGfbxSs7+79/rho6hN9BGIeUk/5n4mjh+0Hmrv5YCnN7Tng52kmeljcuVwXYy6x35+A+Ipl+0rjATH24qzHS8f7NxAL8je7g/dY'
    'A/wbcwxWwXyMPuzGo3A+0Qz3MF6F8gbTPffo896ec67PAo9RlvJt17fhvL87fP3O/pYrB+k4nL9R+WjLM3YfLJ3HajaPB4p8+aXi'
    'fN2wv3QeD0CMykswn84zUeLv1DPhvOC3xW+t/pb/+7+F7zt/t/nua4/4v3/L/ng0jrFTnxP27See9mgkiI5r2Tll8gx6wJPt/EyL'
    '95Bn4Hfuf8zzndQrf4zXrd+Un5Uwsynl1U7CPp1X3KdXPe7GqF2zT5a/54G+cdXj/ng253mbNboT9sZVwIPvflGOS3Pi4zgNZxkN'
    'O7Zcx45LdRbsL7XzRtFf9v0YfD/PWMaqEj0ljPYd2fIS0xM/e9Dbezbf/QLIq1th3Ne8aPf+A7tLeRba46uYPf4bB73+fsMyvg5j'
    'L5vL/B26P8N4sCN7HT2VrsPiCLlPJB5C9TguJ694DPiUwF9wb4fp8g3Ed0H3Bo7pFoG/81jEWyLyd4xh/fZ+/d6lc34csR+tc86A'
    'D/r7tQ7Ohc7fbc6FGPuqdkfX6XXz6JwT7i3yvHUPls7jHujvvcAT1z1oN484/6t/avfee+C7d5IY1zBe4+QC+uxB5kN8IVqM7L0w'
    'px0H/evRpqLR0/2wD1JPl8oWZ81WkLO8rS627kmPNjFXTlvMtl56qJTeo5wXHXvG75juhzaO31nqfpK8iyKff/WkXx6c/oh+b+uw'
    'MHOOeOOh8bR0z/IcRnTP8txH0tkLzzRL4MzvxMHSmNioscE6WaQbEz1j/xHyKy3YNDX9/f/64dFF'
)
