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
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;){1,2}\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]{0,2}\\s*$', 0, 32, 78252, 413, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 78665, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 78806, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 78928, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 78949, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 79140, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 79193, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 79212, 171, 0, {}, (None,)),
 ('^\\W{0,3}(?:©|ⓒ|\\(c\\)\\s|copyright\\b)', 2, 34, 79383, 72, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 79455, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 79493, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 79572, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 79728, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 79884, 845, 0, {}, (None,)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+es (periodista|redactor(a)?|corresponsal|columnista)\\b", 2, 34, 80729, 428, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is (a|an|the) [^.]{0,80}\\band (the )?(co-?)?author of\\b", 2, 34, 81157, 390, 4, {}, (None, None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is an? (senior |staff |contributing |freelance |former |national |political |award-winning |associate |general assignment )*(writer|reporter|editor|journalist|correspondent|contributor|columnist|blogger)\\b", 2, 34, 81547, 841, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){1,3}\\s+(leitet das ressort|beschäftigt sich mit den themen|ist (freie[rn]? )?(redakteur|journalist|autor|korrespondent|volontär)(\\*?in)?\\b)", 2, 34, 82388, 638, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 83026, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 83870, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 84016, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 84207, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 84253, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 84499, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 84577, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 84789, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 85021, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 85132, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\d+|una?)\\s+(risposte|risposta|commenti|commento|pensieri)\\s+(a|su|per)\\s+\\S', 2, 34, 85379, 269, 3, {}, (None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 85648, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 85772, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(credit|courtesy)\\s*:', 2, 34, 86394, 78, 1, {}, (None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 86472, 369, 2, {}, (None, None, None)),
 ('^\\s*(fot\\.?|foto)\\s*:?\\s*(agencja gazeta|pap|east news|shutterstock|getty images)', 2, 34, 86841, 223, 2, {}, (None, None, None)),
 ('^\\s*(foto|bild)\\s*:', 2, 34, 87064, 63, 1, {}, (None, None)),
 ('^\\s*(foto|bilde)\\s*:', 2, 34, 87127, 65, 1, {}, (None, None)),
 ('^\\s*(foto|bild|quelle|grafik)\\s*:', 2, 34, 87192, 98, 1, {}, (None, None)),
 ('^\\s*(foto|billede)\\s*:', 2, 34, 87290, 69, 1, {}, (None, None)),
 ('^\\s*(foto|ilustrasi)\\s*:', 2, 34, 87359, 88, 1, {}, (None, None)),
 ('^\\s*(foto|imagem)\\s*:', 2, 34, 87447, 67, 1, {}, (None, None)),
 ('^\\s*(foto|imagen|fotografía)\\s*:', 2, 34, 87514, 90, 1, {}, (None, None)),
 ('^\\s*(foto|sursa|sursă)\\s*:', 2, 34, 87604, 93, 1, {}, (None, None)),
 ('^\\s*(foto|zdroj|ilustrační foto)\\s*:', 2, 34, 87697, 103, 1, {}, (None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 87800, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 87949, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 88537, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 88743, 199, 1, {}, (None, None)),
 ('^\\s*(les (også|mer))\\s*:\\s*\\S', 2, 34, 88942, 93, 2, {}, (None, None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 89035, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 89382, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 89690, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 89819, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 90066, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 90434, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 90549, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(tento web|tato stránka|používáme|web) (používá )?(soubory )?cookies', 2, 34, 90838, 188, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 91026, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 91371, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 91882, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 92340, 162, 2, {}, (None, None, None)),
 ('^\\s*(vi|denne hjemmeside|hjemmesiden|sitet) (bruger|anvender) cookies', 2, 34, 92502, 207, 2, {}, (None, None, None)),
 ('^\\s*(vi|dette nettstedet|nettstedet) (bruker|benytter) (informasjonskapsler|cookies)', 2, 34, 92709, 240, 3, {}, (None, None, None, None)),
 ('^\\s*(weitere|mehr) (\\w+ )?(beiträge|artikel|kolumnen|themen|informationen|news|nachrichten)\\b[^.!?]{0,40}:?\\s*$', 2, 34, 92949, 290, 3, {}, (None, None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 93239, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 93626, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 94190, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 94457, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 94932, 71, 1, {}, (None, None)),
 ('^\\s*(źródło|fot\\.|foto|zdjęcie)\\s*:', 2, 34, 95003, 95, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 95098, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 95444, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 95519, 146, 1, {}, (None, None)),
 ('^\\s*(图源|圖源|图片来源|圖片來源)\\s*[:：]', 2, 34, 95665, 77, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 95742, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 95877, 113, 2, {}, (None, None, None)),
 ('^\\s*(撰文|作者|記者|记者|攝影|摄影|文字|採訪|采访)\\s*[:：]\\s*$', 2, 34, 95990, 116, 1, {}, (None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 96106, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(읽는\\s*시간|읽기\\s*시간)\\s*[:：]?\\s*(약)?\\s*\\d+\\s*분', 2, 34, 96180, 139, 2, {}, (None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 96319, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 96396, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 96523, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 96893, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 96935, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 97028, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 97074, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 97944, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 98369, 510, 1, {}, (None, None)),
 ("^\\s*[\\w'’.&!-]+( [\\w'’.&!-]+){0,3} newsletter\\s*$", 2, 34, 98879, 268, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 99147, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 99220, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 99430, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99513, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99657, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99803, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99933, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 100061, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 100177, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 100680, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 100852, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 101107, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 101293, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 101480, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 101933, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 102154, 171, 1, {}, (None, None)),
 ('^\\s*\\(?\\s*credits?\\s*:', 2, 34, 102325, 76, 0, {}, (None,)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 102401, 1360, 0, {}, (None,)),
 ('^\\s*\\(\\s*[a-z]{2,4}\\s*/\\s*[a-z]{2,4}\\s*\\)\\s*$', 2, 34, 103761, 272, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 104033, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 104101, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 104179, 311, 1, {}, (None, None)),
 ('^\\s*\\[?광고\\]?\\s*$', 2, 34, 104490, 48, 0, {}, (None,)),
 ('^\\s*\\[[^\\]\\n]{0,30}(자료사진|제공|촬영|=\\s*연합뉴스|연합뉴스\\s*tv)[^\\]\\n]{0,30}\\]\\s*$', 2, 34, 104538, 139, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 104677, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 104758, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 104848, 130, 1, {}, (None, None)),
 ('^\\s*\\d+\\s+(odpowiedzi|komentarzy|komentarze)\\s+(na|do)\\s+\\S', 2, 34, 104978, 168, 2, {}, (None, None, None)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 105146, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 105222, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,2}\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 105297, 130, 1, {}, (None, None)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 105427, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 105484, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 105531, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 105570, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 105609, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 105783, 97, 1, {}, (None, None)),
 ('^\\s*baca\\s+artikel\\s+.{0,100}\\s+selengkapnya\\s*$', 2, 34, 105880, 122, 0, {}, (None,)),
 ('^\\s*back to (the )?(top|home|homepage|start|blog|gallery|list|overview|index|search|main menu|reading|all \\w+|\\w+ home)\\b[\\w -]{0,30}$', 2, 34, 106002, 335, 2, {}, (None, None, None)),
 ('^\\s*by\\s+', 2, 34, 106337, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 106369, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 107334, 80, 0, {}, (None,)),
 ("^\\s*condividi (questo articolo|quest'articolo|questa notizia)\\b", 2, 34, 107414, 161, 1, {}, (None, None)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 107575, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 107658, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*download (our|the) .{0,30}app\\b', 2, 34, 107707, 76, 1, {}, (None, None)),
 ('^\\s*download\\s+(apps?|aplikasi)\\b.{0,60}$', 2, 34, 107783, 111, 1, {}, (None, None)),
 ('^\\s*end of list\\s*$', 2, 34, 107894, 62, 0, {}, (None,)),
 ('^\\s*list \\d{1,2} of \\d{1,2}\\s*$', 2, 34, 107956, 78, 0, {}, (None,)),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 108034, 105, 1, {}, (None, None)),
 ('^\\s*partage[zr]? (cet|cette) (article|publication)\\b', 2, 34, 108139, 135, 2, {}, (None, None, None)),
 ('^\\s*privacy (&|and) cookies\\s*:', 2, 34, 108274, 97, 1, {}, (None, None)),
 ('^\\s*recevez .{0,60}(dans votre boîte (mail|e-mail|de réception)|par e-?mail)', 2, 34, 108371, 195, 2, {}, (None, None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 108566, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 108651, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 108808, 48, 0, {}, (None,)),
 ('^\\s*teilen? (sie )?(diesen|den) (beitrag|artikel)\\b', 2, 34, 108856, 161, 3, {}, (None, None, None, None)),
 ('^\\s*temps de lecture\\s*:?\\s*\\d+\\s*min(utes?|\\.)?\\s*$', 2, 34, 109017, 162, 1, {}, (None, None)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 109179, 207, 3, {}, (None, None, None, None)),
 ('^\\s*volver (a la |al |a )(portada|inicio|arriba|listado|blog|índice|búsqueda)\\b[\\w -]{0,30}$', 2, 34, 109386, 236, 2, {}, (None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 109622, 124, 3, {}, (None, None, None, None)),
 ('^\\s*της\\s+(?P<names>.+)$', 2, 34, 109746, 51, 1, {'names': 1}, (None, 'names')),
 ('^\\s*المصدر\\s*[:：]?\\s*[^.\\n]{0,60}$', 2, 34, 109797, 77, 0, {}, (None,)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 109874, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 109978, 48, 0, {}, (None,)),
 ('^\\s*【(画像|写真|動画|図表|グラフ)】', 2, 34, 110026, 65, 1, {}, (None, None)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 110091, 77, 2, {}, (None, None, None)),
 ('^\\s*分享(至|到)\\s*(facebook|whatsapp|line|twitter|x|telegram|threads|微信|微博|qq)\\s*$', 2, 34, 110168, 209, 2, {}, (None, None, None)),
 ('^\\s*分享到[:：]', 2, 34, 110377, 31, 0, {}, (None,)),
 ('^\\s*残り\\s*\\d[\\d,]*\\s*文字\\s*$', 2, 34, 110408, 75, 0, {}, (None,)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 110483, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 110750, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 110788, 29, 0, {}, (None,)),
 ('^also read:?\\s', 2, 34, 110817, 43, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 110860, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 110904, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 110960, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 111019, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 111057, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 111160, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 111249, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 111401, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 111482, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 111653, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 111706, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 111822, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 111946, 60, 1, {}, (None, None)),
 ('suscr[ií]b(e|i)(te|rse)( aquí)? a (nuestro|nuestra) (boletín|newsletter)', 2, 34, 112006, 351, 5, {}, (None, None, None, None, None, None)),
 ('whatsapp\\s+channel', 2, 34, 112357, 51, 0, {}, (None,)),
 ('whatsapp\\s+kanal', 2, 34, 112408, 47, 0, {}, (None,)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 112455, 99, 1, {}, (None, None)),
 ('ακολουθήστε\\s+.{0,40}(google\\s+news|viber|facebook|instagram)', 2, 34, 112554, 176, 1, {}, (None, None)),
 ('جميع\\s+الحقوق\\s+محفوظة', 2, 34, 112730, 68, 0, {}, (None,)),
 ('◎\\s*공감언론', 2, 34, 112798, 30, 0, {}, (None,)),
 ('コメントは(承認制|管理者の承認後|管理人の承認後)', 2, 34, 112828, 77, 1, {}, (None, None)),
 ('コメントは個人の見解', 2, 34, 112905, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 112953, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 112997, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 113043, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 113075, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 113123, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 113175, 40, 1, {}, (None, None)),
 ('未经.{0,10}(授权|许可).{0,10}(转载|复制)', 2, 34, 113215, 68, 2, {}, (None, None, None)),
 ('無断(転載|複製)', 2, 34, 113283, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 113319, 24, 0, {}, (None,)),
 ('观点仅代表作者本人|仅代表作者观点|僅代表作者(本人)?觀點|仅代表该作者或机构观点', 2, 34, 113343, 192, 1, {}, (None, None)),
 ('광고\\s*차단.{0,10}(해제|감지|사용\\s*중)', 2, 34, 113535, 75, 1, {}, (None, None)),
 ('구독\\s*하(세요|기)', 2, 34, 113610, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 113656, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 113686, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 113736, 74, 0, {}, (None,)),
 ('댓글은?\\s*(관리자|운영자).{0,10}(승인|삭제)', 2, 34, 113810, 83, 2, {}, (None, None, None)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 113893, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 113953, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 114005, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 114035, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 114069, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 114131, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 114166, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 114212, 48, 0, {}, (None,)),
 ('자동\\s*요약한\\s*결과', 2, 34, 114260, 46, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 114306, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 114332, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 114358, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 114411, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 114451, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 114493, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 114543, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 114644, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 114698, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 114751, 44, 1, {}, (None, None)),
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
    'kuY63wVWcIzIsLALoAMcF0M7Xd+RoNfG8na/5Y/BoOs/N4qPoyg6ki+MkX70Inmm9/+39zVQdlVVmue9elUv9UdVJalUkYRQQAIB'
    'k6JQAiEBLDEiKoZIaAKGv/p5qYKqvKqUrxJSAgZBRMFBHe3RHme6bXWNdCdpfpcJjmNAITAiCoou1sIeaHCNYZpu7bS9tEUz79bd'
    'u+++++1z7zn33lc/yau1at2k7r3nnp999t5n72/vrRmP5NMIzR1F/GE0x+Jk7khVmhNxC3vmUlWat4/mapqsHQEyxsY3Y5KPmdpr'
    'cH+W6xvUzsRrkuwoo41bxwfrAvggP1d1WupG2+D9OhiXH8M5e7A+VeY/GTv80GRcXFnwQ0nF/0XV66lftZfZTbleL50BkqbzFLmP'
    'GM5KbJsfU3zy5epeYE8dRE0y/TnZBM/G8eJptiZZot84cqq52JOWDu++KTaWf6eKfCcopozGUNMYV45hDYpfkGjraKcfk3xMQfFV'
    'wWB0Z3bDEO0uZoHyh0p81vTG5aEOlLHEo6N9Zztc0feLOJNFqdJnRtgzc1MeL0H/Iep49cI91DEzpG36XrPycgP/QemfQSzPv6jS'
    'b9wI9/4fuTfM+va6cA/79guhzXFyzsI+9TJdFOfkh+T9HjampxzZW+FdFd5V4V3GMfh4tpH0ijqmV6j1xbX9S/ff3V3Ff3eF66xp'
    'jB8R2m9OqP0Ma1/rd4b2w9qsFs6TNykvNrUReJ2NL+wop+8q4sbkZJmUS6zbRDd3ZPY3VWmOPBMf6lKCl6A+qwuVl0MG/7YEYnHb'
    'yN++rTzfD/5tTUfpuRFjqgbgWoDrWiX7YU1tFRUanR00aruuNxJeZ5tj6hhZ0+7pXtO4th1J5twIa96gKrnFdLnFHJ1Wb3ucOtvi'
    'dODikDaozaaSp2725qlLRMdlNGSDRTNtMw5Ohsb7OXPwQXLm3/+Ce234iRcv5zyzjuhOHY9DnYaDcnvnkWdP2O21Iz3bSZ69Gdo7'
    '+3n52VPIs7c86F6XPl4a39dEzjiTzz4H8Y6A73kaMEdfhzjIfS+UYoIehT688oS/3aj+hDbw+9J1SSt93oZmwG4i9rhTOF82g2C0'
    'jc+3ievvZH2ustSdTGVtM9GZTWzzNP/QEoKv4DhbpcF7mORtMskPF+SHoGOK0hbPZXQjm3eOKW8SzlKKnEfKlavSlBbmsjPd/QTL'
    'xHNa0r2oy2lpm2coC/NlGmfQBP/nscLHqVI/ehPEPay2WKOpWBPTfIomcxGUd6uBycZagt/XjV+ihbMEWlhB+JFEC7o47iVgLyjn'
    'PKMvLyz2u5rxhc0CPYblFaL7QpdDl/YD86Db6B+m+NZTGG4Vn8+q0poUpzC+1EHeaZnCb7dEOPvr5i4bce6c8d8ljJ/mKouTR4nn'
    'QQqLv7KZ98J1djYT09gn0+/PGbCb5xPZ2meUXONgjkGtEF1+r9NJnArOf7UljVG6rNCbt97rHpxeevvpU8cuvWEbWXjJlu6cNu8g'
    'NpEaIvdobF47+JlT0MZpILNaVSVHGP6gvaI4R7/Te4Hj5wij63StihZ3p8tXap9707EsH73JN+EQ3BzBTm4eu8Z+qmBhuk0M6sDn'
    '35v2YlY2W/LPa6GNc9LeOY+2UaXCc8melnZ1eKr7c7z5NiXnNgjL5UBzAuCZsj7txqaUK/+xlPv4n1LmuY9fS7n9qPigRB9UjJoK'
    'oXsitG3bMwXW3W5lcUGdEXDytM0Pp9w9ayKzmzRtvK/4h1WkDWnvbFH2uaoGFYvRs9CDpBxVQfk4uL1ofsrN2a2rr3am5p4uN4Zt'
    'O04fDgOfagM+IunLDRVseRCGrpx+Zqv1x5z7tyk3Xw3agrIGcUq9ZYqfcuKfljF7VU4jx3Yq87xvPK/bgOGeb4L784SYLimn3iCz'
    '0xXI/2ntbIkP5VRp3sR+TQxYOgbP1tn5jot4Rq/UEJn9GPXbia2X2zQrNWSO7vWX7Mpha27CO5E/UlvdqYyf5Sz8FyOEJ0aNGea5'
    'H5uA/y4JOF/xfKCcr+N7bcqfVwttaPg+tXU5372EyLo+JedPs9FNR1kbeWWeexXjHxx/w0maPg0z+b5VxY/hltaD22Z18WatFXlV'
    'kVcVeVWRVwZrHpU/STKsmvErxIVQfppX0XKgV5Fv0ryKG+Ds0KlK8xTSb/I8oW3MRkJlktQfOl6UVW3Kq/eGbdQIMkLKA7mSvIN1'
    'vXk+V6kvVA7Sc9YIOTPp5ELlHFORCxW5UJELUyEXkJdx3of8OMV48ftSHh+iMmWRhV04b3FWovxz0paVcuWIjU5ObVRbWHvzUm5b'
    '0nmB14YwOeP1CnLBNAfRAOvbP8Kc62z99DqskaV9gmx02n4R6M2klkROsxZOnPlC9r0ei3GPaN4dZt/5G3KmGxXOdGHfMelLX0gf'
    'PgV+DPrMDlVa/4PqLyuVnA8qiAbyMejlBmKf6FHRc4/R+TWpH9Kj9PVaKC5XsonnlVx3RVqHuOMyxZfmNfRP+QEdH9d/5xI9NQt6'
    'L6WXMUOa5fPifOsxYsvnvGBUs491bf0P0recoW1KZzty2vvPZJ/exJ7hOfakPR/XBoN58U4us02K1xritIF5QpeUWa5Ia/B2wMFN'
    'tf0LcyK3sP4Osz4MaPjAmLCXqgPOSE2VM9IxfUZKVc5IlTOSMo87xnPKWmVf96sg+PGpTtJvqJvQd0xlkKmeNsZ4cVfKzX9HebGJ'
    'vOtjdqzX2RmhYKFHFQwxQ6a6+aAqre9jsnbSWlG5LdVVG2TPSbog5uv6aQLyk56xl2rsnWF4L2n8uRCsJI5/TMB5URsq2kyD6jxx'
    'X+OQZv+MM5mfmwF64zqQDUG2Xa5rnUt0zaFp1DVbyZlgu0bn0+merwfoX1mgxzZGj3M0tvIzDGxS2IcW4N1zlRzDh2cprvfVRtT7'
    'sqA3ZOHvJnYv7v8YEc6sUepD0TPhVmV+3pdwaTTeX/I/8L3WKWCzepS/7u0yVYqH5vamIXh2Idk3W0NobVCV1l3bqeRacWMR51bC'
    'yCF2bU/arT1B56lHsJPZfGucjFWipR5llyMlKdrAMb8rgDbGmB/wHIE23mTPrFRm9tecBreYZ+0dD/uby9gwTGO9gPH8DRs7jQ3v'
    'TLuBOXQeXo241ltn6FpfbLHWa8m8m9h8pnL934i4/vmA9d+bcmvbhI2T2xt3anwlSfGH3DTRDMqODxH+PaiC62LklD8XTZi+hrJp'
    'UUR6MR0b9msJ0U2pLIpTi7g2ABtB6WtByvURSDrYWExcYtjY6bNbmT4/XXS1Ttn56cYDdN7J86yAQ6FyHnHujUxvGdGca3MW+ksP'
    '07cbBfrvYe2PCTTyGeXWcc6S2IPzM+51NVwvgOu7M+545sCcXZSBnE+L3esnFntz6DzrtH814aXvhXa6Mv41eBe0c8dir18fgHv0'
    'ubPhudvJd1axPl6a8WQJ0g7eW5Uxb28tXNdnvHWcy+ZnVcg4nGcug2cvzpSei97B3r8Q3v/44lI+wPsaVQ+9gKyBcz1XsyYm3zON'
    'jwiraWBzXrohQgzU0W7/nAyAauZWyl3JGDsJr5iv/PVsaW4a09oZSdKRUtHzX3QzuuK56wvk/IH3xok8c+6dqbxcRa8or8ZTlvwN'
    'ZQziwBvZdzpUaT5++s4C8o1b4G8t5G8rVWl9z3kdpfU9V6joOYyd+dpI/m9TK9vn1+iGpUvJNJZ0vpB2GLuCeRD6o4LylNp+C/vI'
    '8zRi3Relkss1VBOD9tuVl0vOmZ/mLu8cgHYzZ6+3dHn/b+myy+lmUxvRNmflKhU/R41EW9LfcI+V63la+zLumHAua+DXJG9bC6GL'
    'T7O9i7rAFYRXKeK7spmTNRbPc3y17ftzia22DWhZGlcn4Y1helRdxP3rfP8dgu+E8uYPk7PCMtbHtyl/rk7TOZBs4WtUaYx6GG1y'
    '7MNc+JXy2cXZ15T/4NhPYf5VW9/qQsKDaIw2z09lwttryHO0b3H5eDoGH/+IZh57yJhPK9GVj+28SSoAYyFoxOZKtEZvMKHVFOFZ'
    'PP/alz/kXk/c4eXLwXuHr4Q6x2OlMmLtuHv90QbZh6Xz6Trv/KHL71stZ1+yKlq+Mpt8/ab7abHy48hRdm3WxA1dq/x5jaLkWpP4'
    '9GZCQ8hr+4FHN5JvdAwposkGY1RQ3lEaa2b2otEQezC1a91AbF+jAgbYeWYTsf0MGNjvtsB77wvw9fUqf86MC0k/epnNDJ9ZBf0I'
    's/ttF2x3zcyWtt1iHG3E9lswfE+a/y0avQ338TzNPn5nCE02sveqA2jyWpVcrdS4eoKJjibpkJ2WOp5tPneav72ZYVs4vm9SuCzX'
    'yw+6vi1MrtQbxtqkyL5Igrc2JHB2a7RYA1usQ1Q9Mau8/G6FEMyCLq+2Td43p8/bSOxGufMR5CL28RJNH2k/hoUzDcVtoL3bBBNm'
    'U5+8mp2dJWz5VoOYiSjzostza0JvVKfi68h9ewWN7xj1Jht8scTzk4jvjbO3m4l+YIpZSWq/n2wY52CzH039ijnCA6azH4h3uAzm'
    'MOoeCuo3YhLnxWif7oGlZM5GVXAMpy2m1zRvTlwewHllD9EXGwzWb1yQjaOGsStJ8owFCfCMhQGYNzou7l/fakjvTfDcqco+BtYk'
    'jnMiRr84H6OYHr5PRgjGMa4slXLs9QiYLL7eLQmsd4syiz+TckPhWa5Ro5P0CLgKXP+5MTA9w8QXR2MTaTxtlPaSkGPvVWZ5R5Dn'
    'NCn7XCFNoAcmGTNKcRBxY0YlvfAfAbOn88NVYqhmXgzdR4kvAXVlG3lVWefZESuHOYvi6lFz2FmKY+I6yfnCxG6HeliH8uKkezWY'
    '26hyhON2aX/pXNRazEUb+Ivp3NTB+y0ER9kI79FaeLyWYJ0KrqMShi+Lgi9tAV2WY4umqvYh2mlpPZwGZVcTcSUbT6OyryddI9gr'
    'k7C5ZmPqbahT0VxjUpydiS6AdTgXqOCYuoKFTWynileHk/rGk8aqNBjOD9axp+ch6TwwLujpPJbU5uyaUtHqX6KMdf59oPj7i4q8'
    'nbF61V7lz02QtsTgj1bWflauPcZGoa8Xc0Ch/fFU4d6NxK5eK7zXzM7DjQHPcFwrxwX0s3tSzqLpwklS2cdzkRVgDHUhcruJ2flG'
    'YsqpIEyXrY8yq7ycPFL9Bilf200amTPA2plQco0JXOeCYLfsYT77IdK/nDLLZSHlVuC5vHYo83oZJnVrJBuKbY0OKZ6/T/ljmhEb'
    'OJNqeITFxVcnoD/VB+xBuqfmEqxGr+FZDPWlcuiOUzn2+UQvtx27iR99NszBqpjrv4zYRrexfc3zWQ6zeaN24QEl5wzcYtCnoaNg'
    'HejZzmYdhpWct+VooM23ga3FdC7GLeTFmLLPQWlzJpwN84v7L46sw/uzfS5WJjQXiEc5XpXm+x3R6CxBvE/K2zGb57kL5sXEV2+q'
    'A/awOU+y7arU7J/zNcT3O8HkxBh79yayH942BbzXuTam/GeON9lZJGx8Sa9NXQJrUxtw5qC6p23u87EA3wfP775MOL9K+RmGDfme'
    'rc+6n/nS0Tbh9O0kAdtjag8fsOiLlHuaYrYl/EOfip/PkdNUJkGaGhbO95NnubT+GdQHa8kz2zXtOISSFZ5x7v0+5Z0XTGiC5yo6'
    'FPF9/P5LKU9PluaB55TE3FBhZ/LvBbSbi9HunpTnE90e0l8dVsvkPHCI6R/3BXx3rIzf3Ua+m1S7tK862t+Ycn25/BkJszUecGYy'
    'tf/kA2xWpv43nh/vZDKGwiwdw2/AH2faV1O83XYNhulFEitkMzdBbR4gGCsdrvaQRpfhWOU9yquXkBf0GJN8uSb4C10+YqmeiEmb'
    'urxJ/WzfjSt9vcpyfBd1vk1T/F0c73mAyzbBYtrUyKHjm+q1TEqPtsnbH4aRrk9AX1qikRkDhnqkhDnKq+AcZBPg55XwmAXNmvaq'
    '0tzeU8XDbfi7adwC5gmkcz2u9PV1JB5mOt9LiLzZbomtifK96fRBmuybmgT2TbOyz6uP/PEuYpfg63ETe/ajmj1qK++C9Ewqq9FO'
    'eS3xkQb1UdL5w/CKYeeBC6dJbnVMk5yeSTKlVsXHNAxb6q5S3oARjfyR+O8vhZilrQZ4/qoZMudJ8yNbe8G/ER/jK8JZ0ra9fyDt'
    '9STQ3nNkfDTXrEk7zvv/K2B8Udpz6vMtjTge+u1DGozLsAqvxUHtm3fB/5NYv3L07zqCPe1nbfdpsLrbLeKAcF3WEf79ipLroJTj'
    'u6cGxBsNhOh0nD/RmmJhfTWJWUKc5smCnVvS7cZVeeoNRsHdlYPXHp8Ar12totfjsc11jd+hbQxZ7G2K9dKtN80r82fKzUtKaZTj'
    'wqX6RNR3ErV/NN6G+4qrgX6C6q8HjYvmctih4Vd5lUz9plyI36kdxoPPp1Vp/PZyDc/V2W15DSKOkxy1sKflNLwM1+Kd5GwwYenb'
    'NMUO6OpPUR19KscsxbrjGp5P1rDc8dXl0B0b2XwNhviSLyf6VB+bt0MRYnYuFPy8trgSpx0n1+YZEXBhcfzytnWfy+GLnw4auCWh'
    'NbuJYPpGLeRFQQXX7LhiltDCGcTHbhJHyvVGCRupw0rRtTWZ5zi0Ss/01YR2nTbfHcA/osT8nUlkJo2pRcxte4geHScukOYZsokD'
    '5jqMru5vEjZ+EwzNoOacgvvpHYRHFFRwrbQCORclkRuDYtBHLc5n+RAckHMuyqb8sblpy/OGTa2IYyEGjWS1hTSF3h9MfjIh923o'
    'P5Mg/e+MQP/DCdH/hxOi/0uInWKLCs6N1Bugw2JMxAJhPkwxZzrbBT2nDVuMcSiC/NDp9knGCMbFSQbRbdYQjz2gwQmNK39cHJ37'
    'cQ0OKaiGsglN9hqekan+UKvBuCLNzFX6vIbUJ8CxJTssZfF8lVxOsoJgH7fVOyX/UhNcVwr3wtqfsOgLPy+H7f0wn9/ZcK6f6u9K'
    '8R1x5t6EnttVcA3lCaJj2uZbPJPIKdzDt6T8tWd3sHdOJjxhh/I/m2Qfx5n/OBdiz2tT/vypFAM9ocEqt8Eeo+/UqNK8sibxcs71'
    'MJkX+j2ar2Qq7T1JnAdaAzBYnIc2C7RBdQRn/boDcAZSW7Z77VWNrKd++1YNnghp7raUP05oO2t7K6NJKjd04w6KK2jTxBVE6Z8u'
    'PmCxsDfC5nZEkO/S/t4ZEAswlfSeRO7gmZif04mZOt7C5hTlG28wvdgmh7Akt1pj+kU47reF2GjC8jL2KH1+yypVmo8S5zWrvHku'
    'x7o3AY02KPMYPCmnpFOn/VbG5w5bYL+5P2jE4t284TsmvCVubtg+Cz/pWITvVnL0Hjs89u4p4LEjxX9fGZPHxuWpJj4HXrNEwoBI'
    'eg7VOaZqH03GKafc3PG289qj5NzE8xnfeVWZx0nyM56tblg9xXP3v5Vb52g20mSNIU1mNTRpKoNvB5lrI/+C4hRsZNBOjfwdj7Bm'
    'tt83HZ8pvvlokrs07++iKZDDTWCraA/BWQ4rfc4zm7HWCrK/MQHZv7zMazxh6FfldOCMf8BCB4j6jfUpz6a1LcZeHkmQ/5ZD7ktn'
    'q0VlXPOkz1ivE9tj3hD3rTtjmb5jI1sKhn4Uk3NUQYMlHZsivhxnzzrv3pzQOgXF/U2o4Phx27g+W98J5+sTKnpMkS4Wfiaub5Dd'
    'tFnQB03mPGmbPJeTTSq5+jQmfhk6b4g1eg/4aG3kiWmep5s0OIWdBMuzdJp8RFJ/gmhoYYjtPQn/T9U02cOTqJPUYIhXa4K/rdRg'
    'D/OCjKG8ZzBkLbcq+/jrMExkE+CxT5nGPkg57pKym5vktaI2+ybm5xlTcs3RoBpKPO57u4YO+pVZzOV02Tmneu9cTM5G/So4r3JO'
    'BeeWLmjkeJg9R/dtnhdgKr4XRq9IpxSPzul1SIXHzXG63GmIPQvzKTn9usDCXrhFIxe3WmByblL2NXmHBNx32DvDmjk5YQptIfzM'
    'lnRsepZgFndY+JmC8oY0Aa3Wa+KWBlVwbCbVW+YJektQLQ1en4jrJpRu2wX8nem4cbyva2I47iPzantmkvb0MMHcztPomMOML2zV'
    '8DGUw1uILJTqGQbFnG2CMSS576PEi0h961JebHyUegQdyounyyt9rUtTfCd/p6DM4ukQc9mu/LkksK5YK9nr6e5gUHlSuWR0mN6O'
    'BPhQVuBDmId2tUCnUTGOlL80as5FYfa/JDEfQTpAxsKPk4M5xJjgBqAfWxlDv18zxbb/zcXfqzX7hO+jvIb/jVj4MU3zsZjaDKQ4'
    'cBO9Zqr0f6muveTrqdWcc7B+Qy3ZryMB8ryWtV8H78W155vkGRhWcq7JJqJLj4TIP2lM9WxMDcpfp+iUGUC3PP5xTCPHhixk+IAw'
    'F41lws7oZMEXj3JZ4OQYW6H0MZlB/c2E9Le6DP09C/D1Sa+HbhzllLvOnD4Wgr2Q+GEQ/5TWEHWaDoN1juo36QuwQ1Afe7naN5EB'
    '7TH8dWG8bx3hfWG2uRGLdjvJ/jSld57jKAm/WhRZX6/BCaEMyyovbttU33S+8SUSa2D6Xli/71B2dQ5GNHaIbWBvjtNOWF+vUqW5'
    'IoaVPpbUeecDAv4u6J2wPji5hVcZ8KgwflOO/WiLR8tp9IzpspHPTUCfOU6ZxwNjLZVcgB50HfAiybYs+fBnin7TRfrN7Tim/Z4O'
    'PSfojI5n5IUa/5HkZ7K1/6GN6BIBG5fEdwpkfdpD+FKPhR+E95+eSZJovxBypp2N/jQbXoH65M/Ax2sa558zXLty848o/gZnvH+h'
    'vJoX5RjvVJw/nGfOU6W1lWzjvaeCX0ZdJ8rvkxrjdJ0N3x5yNhwP0buSHH8UHU2n++OZtVXp65sE5YjU4TxuJv6lvJLztE5o3r0x'
    'wf6gjLiC6Olh/cF33qvMciHkDMf1Dou9FtSvkwxxb6MWe7cvwAaq81PVTqOsTSUga9Hfcb/y8iVi/fgXlnq1wGuJTxHH6fz/dAE3'
    'wudglGEuTHyGA4LPEP2BEn8qR51I3LsTKT8dHGb77KKUH8vaqYJrTDbDM01gK49S65jXo0RMyPEp81idctU6TuK8eBr08fyMe/1A'
    'xr/PVmf843sX3L9jsTe+d7JnLoRnPk6eWQvtXwrXc+H6briuynj9cObKiRG8UIV/uwveOw/6MAeevQievXOxe/3E4lIbwVSOzaRv'
    'zri/Br5J570PGr4X1D+bOTnW5voSghO8IOMf4yWZY3debHFSTvvrMqVzQftF+YoOJzU/IdnOcWFr2Fzg/1dnzLBvVQn5GZ2+frfL'
    'vT7Q5WH8UE/+W7j3FFwfgesbXTKm5q0u9980Lpq+/xZc/74rnvxpJHO+Bq4Lj8i6UjrBufryh9zriTu8ODS8t3bcvf5og3uP6liH'
    'r4w/Xpvcokf5D07jUhX9Jyy1aFn33J+udK+fzXu5FvHegk3+e+0Ed4HvvXfMveYG/M82kmexHXz2rsv8z07F3oubi9xpe2Ov/5vq'
    'evd6zxf1/ceaH1L9DxoPgXP+QM69/uGL7twsFe5dt8vjj7VKzqWNuTPnE97315vd67m97vWfJ0r5Iz5zDnuGY9DpGDMBY4ySFxfH'
    '+0ugqfodXk5rvFf95zBP9/ixUM7fHvyie911j5kMyyS4n4Zg3n7U5+Uw5PdSN7v3FpF5x3tqvfd/mkN0Uu/p87dN1w3v4ft39On3'
    'FtaHmK/8NT44LdZcDrJ3vRczhN+rh7X5wUb3OmdT6Rp9AMa0ZqB0jfDe9Tfp6Qv7WUf6WTMFesgD/e71kzkPJ4L3rgHeVb3LsyXh'
    'vfZP+++toG3e47+3jNw7Afb1tus9OwbeW9fvv9dG7n0S3tu0uXTuvwr0cManS+f+4OdA37qnfPw3LpY5yT3J9aHaAD1KsjkfJ/Bs'
    'OvbPgy6Z7/LT8FwNX3sVaP+0q0v7c8+n4NplxruSkGu3HnS/Pw/+/4WH7OwvLz/hXjO7/TF6zt+69sZrK07N1noLXcG03TbyHM9b'
    'ceuT0XJ0B8XS1EWQpZNn1++Ul0e+/GP3+rs9nt6IsuHrcO/Zp+DZR7ycxqgTFp5zr5c+715f2e1ed+8vlW2naL45FXpj1Ly2zeAb'
    'DaLDTmK/NqGFsJpyC4nMdN5NC882kH3/9hnev3dMcf/42mcjrr1kjzg/Ap85TtiD1MZzP1xfWOrfB7a8ZxvsJfSxDQPfmVyrVHrW'
    '/FSZ/2RM23SmoLvbna8/HTmSlU/oyIksi4rA2tj+NGniymzqH9F9dCrq+0f0Z7wwGuohe+60EhtR+pj+mZyoMtIQ5TOdTOes1diN'
    'sZ76AuKPp880E8zIEMM50bijoYAYneqYPPNClUxcZCqGDL+QPa+TV5RHt2vkXEuZzrBBMnI5XDdH5BVc79t9wL1+/xnPJoD3PnsQ'
    '9L59nu0CdThHZ3OuX/qWe73gxdKzz1d+CM88m5x+dwHR85K0pTaSfq+EfTSvoyhDO/ztmOghtXBmmgN7CPX+ZtfEKPY7E4NWehK0'
    '56ePxlpht7smLRWVERs8YqMHfl7Q11LKyztY0deYrFVHqo4Wfa2R+KWRl53JnjNtC+tzrCd/o75BtdfDi+r4/enkDO8871y/pXmW'
    '2jFbn/af76kd81fA93cfLLVjpsCG8PiBUnmx7yfu9fln/PLCRr5fYDl/7cQejX6PauD/ardSX/u5f+9+jMiZKfOxpo9CntzMd2Ik'
    'Ndn96Sj9k438NF3/uTF1ra69nl7VBFhb1Kf2v+BeG2AP/Pgp95k82Z8dj4Mt8KDcXh959oTdXjvSs1eRZ2+G9s5+Xn72g+TZdrDn'
    'PvqE/OxF5NlbHnSvS6HfmYP+sZ1LYtBuAfvhW6BPPv0Q2B7hO/te8OoY45w9irbGJ/ztnkT6kAE+tfrbcn8XkPbUw/Iz1PdNeZQ0'
    'pjj27WbGM+rJu8U/BuowtjrI2wUbQjvopFTHxbl5G8zVSjhHSnmhusnZhbZRQ55H/ZqfcU3e62R9jmKXD5zj9H+UGIs9xxW93EAG'
    'hMx34E86Wb08ab9lO2D26Pr3w/pnKutfRc5W0c5lYQezhM9tkjznGCmqH3NMFNWP3znhv0f1438H/3VG8CXjvT+7K749JQ4tHmWQ'
    'vyqG22tWyTOkUEygzdpxPxe1T7YTbE2FBxnwoLTuBJGAEKrIqIqMmiYZheeVUz4DuErAES74mHv93H1QV448u/te/7O/uhXsU/Bs'
    'P5FF2K7THubYyrJ2nPede1dSDDL7/mXUbsS+dwm5d9Kge/09YOPeJdxrvKYU3/dVwL+uHizF9x1i9yi+b+16//iWCfdwfEuE7500'
    'WCr3D7F7VO4/vx1wupeXyv3X4N4f767I/cTl/q4yyv1dFblfkfvlk/sNMeR+H7O1XGdhm0gf5ZzBmYInblBxfgIpgNvO2gC/gX4F'
    'iuXtqKzXjFsvissLqqURlhc9qOaiVAsgLr+ojsEvZotdOO4c1R1Dc5RSyfnGkvSLXW/gF7vSwi/2AQu/WLeFX2yVhV/sDAu/2IkW'
    '/qv5Bv6regOfWdQzRdLYN1P8VDt5r4ngt1pJm4itoHJ2Mfy7itwv5zfnJjCXWRUP08b7t0IYz3L2PD7HsXbSt+ieRoyiSf44nr/V'
    'gb2frMxzy/Up89w/vQbPHFbJ5K6x8cPO1WC5ebwQPestUf44T/SD6uhnziyin8WG9GOaly4oFy6tiW1Lb1Q347nUxo9SOqqZRXR0'
    'nAUfwvxvNBdWD9PtD0XgOYWjlA5mkzxqVWa1vE3qx/I6JzsYPxhRZnkvZ/v6p2Osvw0G5liwW6i/+g8zQ7M9DrI91MCsW4uk7AKB'
    'GCcjF1laVX7ozwG6pN1J2pErmDSD/ajixIqEO3Tj2koUxF0t31fqJ/z1k94zceSOlDsGbQq7Bdx+gWB1w3ILVegzNn3GwEymE6XP'
    'SH7Fo1eoV5livex+uq1wZEna4SqyPPbaWcnyIJ1csbPQNRAvMbzH7jzxBYjNUrs97Aq2ue5Z99r8YLw2qWwYBnn15MPlzbFd0UWn'
    'n36TyufU3BU/xn0yRn27v92PAH76ZZbf0SRv4wqlz9tIsWE8jyHFhvE8hlLut1cmSrFh34D8Yhs/W7q/zrrKvR53TXzdS7ceLbAe'
    '10bUEUxzM5UjX8KcI55PIgn9m+eXo2vB89JF1b/b2HhoTrIfQx7A/3pZtBioSr5fId/vrhg62y57nSw9g+kcY8f/dKVXSwL/tmBT'
    'KU+jeYM5T6N5gjlP43kw6T7i+TMrua1nL63H4ekVDOvRGZtQrfz5eNcFyNcLyL29jGecQ+79DPIWb4DcxGeSez+4EfTKXq/+Do85'
    'eOrPvdhxxMo4+p1z/WCXl+OY502n353U+7r8Y6Ox46jj4TNhuWorfC4Wn1sag8+FvpsUbp/m7K7wvGMDtx9H/+M59ZYL/LVW+et4'
    '0bqGWEOQ1xnYovx1BkbIM5gTMM/a2UKeybFvYc36a5W+pgG2cwXMT5ifvp+9dzHDeZjUt3XeW628fIc9bNxnkf7y+o+YE3E5wYmM'
    'CdgfHX47rF+IJw/DlfBajD1Kn+v8DKKH0Twfpra9My3ps0H5ccVZFYx95mdYTt+nJ7Tnqsuw59qBR6eAj2NuL467phiXVBnnX+IB'
    'oxo6Xy/sOYnWehjtd5M9N0SeCWrHee/tcJakfUK8zLAFRqeg4sVccAxPgWH48srLpT2J/Q7A8JSLVrNlolWTNoJwjqZYOm6nCKs/'
    'Grc2ZNT5wvkxfT4L5xEp/26e0eWwBkfYJ9C+VK+9lz03xu5PGKzFiLBHaF/6DfbtSxk3p5dED6OaPhYM+oZ9GmB96lHB9Z53WOIv'
    'o/ajl2ACnXn4LxmX99E+9lvuC9v16iG0Qfs2FevAx7+pOP61rF8c99wXcQ/kBT3LBM/P9S2b+eX7gOI1F5Ox2sw1nZsB9t5WDZ2b'
    'xkkkRTt8rK9WuTqvLqe4VBc0iI62aOZnK+vX/4Xrb5UZ/j5oDA8EjCFfxjGYrMthQ5r7WJWr61HazlnsB15n3Pb8IdEwj0UdF3iG'
    '0/cNVe45Y7po6DXlz3Ovm+NTq1xfLZ0nLm/ymraSktu8/rZj1ThPw0/D1iwqv9ui6VuezWuYXm8aZ/N02qPtHYayEtdouuXel9Pu'
    '2RXpz6TvtL2tmvW32ds6Xr5dWGenz8NpN5ZO4iU9bK56Nfw3aF1ymrHq+nNJ2o1pNdGbbeVtLmTPn06+PVhmnZzv7bq0eyacyXLn'
    '1ZTbVtTz3oAyq1PN186Ebh5LuTVRy6mH8fn4byk9LfYL65D0etyacuuIxhnzTYZ7ozc1vbz1opSLJdDpDdiPsO8NC+sU9N2l5Lu2'
    'tg3p/Md1BWnunO/WpFz/YpTvJjXnvwS7cDl47XPKi9/Fdw9Z8hJ8R5pPbot8SHnzOV12gc+RMdv2QZKp+ZDvOTr4wgg0ZKsrO9jL'
    'Ey31niT0C+fb5wMmOSm+3wTfXhiBJguWNIn+/jA7CbUp14CPl+ZxeZrgu1qJv+l0weY8XfZmW/spYrQxn0ylrpxU68b9KWdduXL6'
    '/yrrO7vWNwn+Ece3inmoGpS+hqvNeN6CfElfeMruPRrDGHc+amLw081wr4m8W0PenQ+YCo4tonWlM8pfS0r3PuY2ovnLnHc3KC8n'
    'EvXdO8/fpuT8Zdeq6csZhfPG83+EyfatzI5ZlXJxCKbv6XSN3xD/8iizPYxobAWvExlvcubp09hmxwSd/HgLfXfY4ln8xqNE59kS'
    'Ms6/IXqDSU6mYYYn+gvl1TWOukbUxnBXQu1h/dUx5Z0tV2fc67kZf/sXZtzrxxd77Z8Fz3bDtQuu58B1FVwvyPjbdv6OGCo8h6wL'
    '+d5pyqtBdxHcu3Oxe/3E4lLbLn+fYqikuJezAvC8Zyh9LbpTCPa2ADnxfgd57w484+Vs0sUezAuIPWgQYhuyQmwDx3kkxduSxPxt'
    'Jv9ugfjKV3bLz16rprfGAPaX5vZZokpz+1wL1zoNngkx1LQmrURD3YQGFoMu8FuISz2P3FvxQ68eIeKT2pR9DUGad+HGF+V8CIuA'
    'B4c9a4PRobglHT7Jdr6TovVsArRSq/x5RyU9x7RdystuhuvPI+qqYX1Kag5rYurU0nN1EXXqhyFe4VW4Hobr013RdP2k+vVv6+PP'
    'c20CZ5ckxoO8ztTelod9VqW8GOQ6A+zjIoINlbDKFIeseybsGyZYyU5ll4tYsgVSO3xcOmiZIjpIKXMM70lMl+7X2EBNfOrchxWG'
    'H8S6wW0M68v9MzkNhovbgSeYHfv4MrQdlm/PZO5pHgAp5qGW3OtnZxtd7L1JzXjJ7jEdfMpkH+p8dUHrVi5MsG4/18+g+RqKMF+c'
    'zjkPxfeSmKskaCudgJ5WkYHTKwNTCdBBVQAdtBG7ZorExeD7VSHvJ5FLPV3mMdKcDJ3Exq7U9J2rJIwfx3L2GeoQ6KssZ98mLHzG'
    'AwZ9W5BA36i/nOpoCw0w7ab21HGNT/k0+KaE7+a+5QFNGwvAzkn7amLr7dO0J/E3jGneoPy5y1CnmhcyV30a3z6P+6Rj4VgsGxxj'
    'T4DeVk1kUTpA9xkhMt5k/4TpPUnUoqG4ix5hHaOcReoZtmxcoDdnLk8WsN46bLCE3cqzdoeUHDucJ+eJoBjYuLFlC6d5DaTzjglP'
    'GRLm2abuD9J/v/LnJzB5fzrWfrrOC0HrPMQwQwVBlnCdiOrABeY7zDEZhDoR5bG1wrdo3O8fyV4eDDh3O8/+C+HZgyFn9NEQn+j/'
    'UaW+VZMYlDGGDfsh6X8vo6MR5s99gsjNAQFLL9HgGLNTPEiwaGHy0mRsTptfUV7dkZGA2A/8u6ltZwe0f6cy82PnlZxP4Gbiy5xv'
    'sZ/5mtGYJKe964i+tNUwxkTCROrOzVh3ZZ3S52ewibvjcU6dhBYkOqL1GnV8kuImqB3M9B06D2H7l+s1FGfYyHxDPG9BhyqtN5c0'
    'boPjW03lS1L4o6jfr+Daph7XVqmBGp4bftcNKs6Pdc3aF8j+b2F7r7KHKnuosoeC9xDV4Z399JuUJ7NQp2+B/ZMFXcHmPLvC4nnE'
    'dJ0Q8WyaF+zQKYNvLoowrlMtx0X1oOoK76nwngrvEeV3TUV+V/ZQZQ9Zye8sscHZ5uKXbH9zmOxGO+z5zKdSq4JrNMbxHcwkfAeP'
    'MQzDZSQV09Se4PzlLWxOJva+sHa4n9J5Zxvz25jUOy4of01mHjMcxS+hy7WBGKq1YCPEPKjl+o6DrTtRyflA8kIMS9j3TPLx6XxU'
    'Or91YwI0GCUOP8p+lmKjg2KepjpHZCbGXIbNma0/tZ3wHOf5NDsP6nhSc8wxcMwoj/ui96mdXMI91LLnxxk+oF7wRQ2G4DSp/Vyq'
    'gyb5AkcD9k/DNM2XLT3wcWWJ32o0wl5pgnlcYoHz0OXytck5FsTbdLpMOfyxORWcQxTXbIsqzVcZ1783nX7oJPov+bDSIfEuQfOa'
    'NEZUN2/HxZg3iYdR//wyzZ6NkjuIYpui5H2jNkNbX3peyXmsxjTj4G3GlcHzYqzRaIAuqMMdBPFNXOMJgZbpGvep0px3FHNM4wEK'
    'hvKN4jUWJKDjDrPvOvTKc62PC5gJW+yfbY7dIB80p425CdCGyZ7arsHq7NToOdXE5sz1GmlfBa17ufGDcfdnS4w14DgLvm84vmVC'
    'o+9xOweuQ0HDu/LKPG/wds15ZEzJ+c14vsd/Uvp8aHRPN0fAuAwrr6bVfNb+yhjtnazkHF9Szs1DmrUbTXD/Y5z/SQF8nfYtp4md'
    'WEloL8q8hNUhnhNxL4TJ5EENv89p+E+rcIaKquPR+ozSWjUrr7bHdpW8PaOhDHNqm7djKCL+mefm1uHKTPg4xZXZ+Fqj1DpZQ/hJ'
    'lLziHCvvyMGlKtmctkmeN5OKbQvbx6PCHgp7Z0Tp88rq9kwcmVywiIkYDuC3OL4UOxcdL+yVOHs1DN+Mc5WF78fVl6R8QFSfz4XI'
    'MtrXDNPno+TVHhPOMlhvMs45QYoFkHAROhqcnxANBuX1Na33INUX4TpnUE6sOHl31ij7GvdJ5oiwiYttAz1LkmWtSh/XGsXWSM9J'
    'nRq+nETs5oIE6FAXx9ccA2+/hsQkBOHNsS7tSpV8zKBOp08C9x50ng2LUcEzEc8PNy7g57ndeszSV2li4zXxReh4u43NbUQTTxKX'
    'l+tsPpyXJ+lL3K7xpUoxK5INrUf5c3hx/k39r03Q76xg++S8pkNDn5TuWpRd3mgea3oX0KPJnkmqjlMT0Od8DZ3Y1MeiNVYXJegn'
    '0OXBxzxrpjFanWScb0bAS/SxfbBQebFV+O1/NxiThI+Q6GGqYmri6P07yBiojMsyXAXKpBZy/u9gbYxo+HWYrZPq7MPKPCfrEFvP'
    'esHXvN2QdwfJ/QyTS4NKH8umq80bdp7QzVOSOZSdb3y/yr1+q8rfvyeq3Ov3qqYWpxAn//FpNe51HVzfA9dVcD0TrmfV2OnhVKel'
    'OTrWwHXhEXt9nOZYPF+V5ljE/B91Bvu9Osacre2wwxzOE9Yac67a5OpJkX3RtdfLx6mrb8/za03iHF/w8nqi/oc5YFc/6+U2da73'
    'P+XZMHGOWyHH57/+T7s547lBOQ9JMjf1Q8uinTvnw28duVcHfUVfejXok6o4jq/93GsnyfytzV2yHOF5fzuUPu/v8eTei5d77yNv'
    'xXuHIafv4N1+/u/87QHIO3kIri926WVQS1eye6wG+vy36725oHzk8O2wDy7394V+o07pc71Je+PWq93rDzaWzkX9gHfPuc7ZFJyD'
    'LuqZOzPNc2aar28eO1/2aHxZvQH+V2f+7iD64w6Nz6agzOuVU5xak/JyQkTNtb6ZnB8Lyr6molR/0Gn3PbD+NP6/m8xrQQXn7hjQ'
    '2DAxL/pKod+DlraKIH+W8/e910Oe2ss8fZbf+/DGUjvvNnKdyXsI90qY/pIUz7tnyL1+2iLPr2TjpPoXvltDnsF4hyhY30/m3Oum'
    'zfHXaU6MubLRnbi+1AZ7gutkjbDP6og+NVt+3C2a9pQnRTZDWb9p89Mc+abuy1Hs3VSOLYIPP73fvV4K+e5//KQdfb38COhRj7vX'
    '1yHPfOExl8e9H+hrcp+DLnz+weB3LiDvPAJ57P/qUf87X3rAq7+DOYTnwTtfgJz7XwG9/irIgf/yE9AW6PmPwv+fhu9futdt6wQy'
    'P99/GOpCPBVt/7U/EtzvsPNAHL6qYL4/d9A7+9i8f81PvXlLUtYsJmepybl4yM/P6fM81qyenFs4dtXEL27quwjyy5n0lZ/jnPfn'
    'AS2pvdPn2wvSHVrJmCd1/SN+G02D8tclQD+0KuoMR/7Sfae6y28DaCPzQfWJFJyt/tAVvf257CxWe0Q/vnlExwzKqWRq9x5gumWY'
    'rq6jO1M735jGF9KvwfZLtSHj2OJHQnziUt4zKa6oNSF8atS4Mck/rcuJtkNDLwUNbuN0YvM2wWOYYHl056FhJefXHTDAlKQC/HbS'
    '2owqfx7EqPvDxna4WIMpQJ/c/cSXgOfJF5aW2i+WE3rDmN24uAF8LqOCa7TocIlZ8F2Z+J5M8WG8hvzOCDhtG19AXoMpQPvB1c5Z'
    'KQHeY+J/NMGcmdotyj1vg8os7lrKl8j3MtIX0lgKvol9cQwrk82mdil6TFJkP7XD9wfxfMmuoxpd6CNsDrCGK16RH6Ivfofmijie'
    'JeSM3s32FOZCaAI7dSPze+DeRhm1lfhLmzR8I63R2zA+xNR/OG6IqYiCBW5Wcn7aMGwWz12dBB43KA/3co3v5VQmC0YE37yECS0n'
    'Tnllme2urQnaMsPOhs2qNAYkFwHjZYotlvS/Qyo4761tLnJn/22IuL7SHAfZo03igfiZIa+Z7+EQnr1aefktejQ+grwFxienOcPi'
    '9xYrLwduryW+LUjftNUrnWcum0HruSimvjGg5FzB44wPOOu91GB84xo9Rnq2LwIuK0fkpk2uZk6bNxuu93GqNCZ0RMAL6eITpLg4'
    'GjMZ5PNXDGsThgmj54SfgT3izS7PB2wyXmefLTNcZ9v1reQ9k/OelWTP6tDdsPtBmqExJpU1kNegQzvV8dagRelr5PG4dxpHOGZo'
    'S5P0qjay5imC25NyUHH85psEazdXeIfanWoCMPWmcpmPs4ecfXBMWfbdOQyj3KvBWXMZ+yaT9UuIDlNuWc7XqVbp8xSVQ5ePUqdw'
    'UKMr5gWdSpdXZLrHMqQZg2TXnQP/Rl8Qysf7yfrcr+zr8tG8T7wWaQ/BjPD8CFuYDnau0tdnGA+gvbAz5EmGuhSPCR5g+PUmsGVI'
    'dtuCYJcy0UdaCB09yHC6jwFO99dVXh+/C5jeb1f5//8ke3cfvPs8eXcve+Z7VR4eWBHMMH3mUXjmt5ZY4SB7g5rB9oaLgVZMY756'
    'Nbzw7ASxZ5iTMEn/RE8Em0aK2TBTxP6GtvUVNS42+/3F3/NqZPDECobhfj9cz6sxX18JE74SrhfB9RLyf5t238PaexdrbzVcT68p'
    '5a3VjLc+t8wb93PL7GzVvwXcQzNc9wG24oZ93nebiR25Ab7v/Dq12Z267E5Ndqce+0iXHswSVMd9UlfpKuX1k3TV614/82n3es7l'
    'Ls0sBXpx/vbVjwJerQC+n13uNd8lt3Hv9W4b8wLaeGy9WRs62l0IemQd+5XmrH6D+z3nW/d8SqnXPmWHIjKZ20nc7gZ5bM43navz'
    'Xex/O/S/lv3uL77z3eLvW8Xfzxd/+4u/Hyr+3lb83VT8vb7LvN/74fvfhetbcP08XPvh+iG43gbXTXC9nuCs68jeqCc49friWG+9'
    'z//dehi/83cqQ2o0MgRp8a83u9dzgRb+eUKfl4nbgHV0Mld5sVz0d02xj2/cXpyLDyu18bIin72uKKM3Bs/nGhjXG4Btdt51rs77'
    'k7z6OpD1G8Pp1KGRtmHXBuLYPxzbxyGg2z1wfaDLjk6R7px2dfYVirFHOt7D/v8AWffF0P969tta3J/Lx11a2g977XvF378DOrWl'
    'VzqOVsDzLh/30+t+tu++B9e/Y3RrQscZQo/O78vFb/5rn78fL0M/nL9zWxf97htCfygO2fnbL+De4yE2rjqCGVpI+ndGUcj/6DZ/'
    '/86AOAHn73Sf1Wn2Gfbl7j73+u6B0n7uuwf23sZwH1SdCo7/Gb7P4wP8O41X++WNzu9C1ytD5uOkbUW6zfnnw/nbJD3n5HH/w38C'
    'zJLQnyzw6D/eHa4zVZH+4O8lY+58dhd5V+2ATNfOMzjvkz5X4HPO89j+9cofv1jHILZJoWlTUV9Nq1n10xFyP8N88xh79gTQw/5R'
    '9/ok8NbX1nsxTJN4zcv8OtGKAY8XIxYXdSDTNui3MeZ6CbaxIbyNNobTonGAtH88zu8AfPfv/7u/fk9Q3395jzyGBUDba+B7dw7I'
    'Y+OYAMr/MC51slbSHjdWkO4n528YQ2hVcwAwyr96yI5vFl70sLTo78N7qN8feMbvk8Y4AIxxtOlnyzNmsiLD5mq4OC9PPuyfq2GY'
    'K+fvNn1wcNzSXKx+3I+ppniPrr3R+u2858wV7TePPY2Cd+bnXZStyLsLRTr4+hPFdopnsq7nZd5dALz61wG/7jw72b/nzfxjOG+v'
    'wPt7ni2VQXSNTOavns2fetjFj/uCHB72cOU285eB+bviZzMjFrse5kkXY7RSwADiPGXZPDmYcAcPrgJw4hx71X3QPn6Rn28UrO/u'
    '/f64aOoTfQRiHlJP+Z+Jo4ftB5q7+WApze054OdpJnpY3LlcF2Musd+fgPiKZftK4wEx9uKsx0vH+02IBfnm7uA91gD/xhyDVTAf'
    'ow+78SicTzTDPYxXobzBdM89+ry355zrs8BjlKV82/UdOO/vDl+/s7/tykE6DudvVD7a8ozdB0vnsZrN44EiX36pOF837C+dxwMQ'
    'o/ISzKfzTJT4O/VMOC/4XfFbq7/t//7v4PvO322++9oj/u/fsj8ejWPs1OeEffuJpz0aCaLjWnZOmTyDHvBkOz/T4j3kGfid+x/z'
    'fCf1yh/jdeu35GclzGxKefWrsE/nFffpVY+7MWrX7JPl73mgb1z1uD+ezXneZo3uhL1xFfDgu1+U49Kc+DhOw1lGw44t17HjUp0F'
    '+0vtvFH0l30/Ad/PM5axqkRPCaN9R7a8xPTEzx709p7Nd78A8upWGPc1L9q9/8DuUp6F9vgqZo//xkGvv9+wjK/D2MvmMn+H7s8w'
    'HuzIXkdPpeuwOELuE4mHUD2Oy8krHgM+JfAX3NthunwD8V3QvYFjukXg7zwW8ZaI/B1jWL+zX7936ZwfR+xH65wz4IP+fq2Dc6Hz'
    'd5tzIca+qt3RdXrdPDrnhHuLPG/dg6XzuAf6ey/wxHUP2s0jzv/qn9m99x747p0kxjWM1zi5gD57kPkQX4gWI3svzGnHQf96tKlo'
    '9HQ/7IPU06WyxVmzFeQsb6uLrXvSo03MldMWs62XHiql9yjnRcee8Xum+6GN4/eWup8k76LI518/6ZcHpz+i39s6LMycI954aDwt'
    '3bM8hxHdszz3kXT2wjPNEjjzO3GwNCY2amywThbpxkTP2H+C/EoLNk1Nf/8/eSXvPg=='
)
