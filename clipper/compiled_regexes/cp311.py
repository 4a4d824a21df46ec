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
 ('[:：・／/＝=;()|·•\\-–—\\[\\]<>（）【】〈〉]', 0, 32, 49174, 222, 0, {}, (None,)),
 ('[:：・／/＝=]', 0, 32, 49396, 206, 0, {}, (None,)),
 ('[A-Za-z\\u00c0-\\u024f]', 0, 32, 49602, 206, 0, {}, (None,)),
 ('[A-Za-zÀ-ÿ]', 0, 32, 49808, 28, 0, {}, (None,)),
 ('[\\W\\d_]+', 0, 32, 49836, 20, 0, {}, (None,)),
 ('[\\d_()\\[\\]|@]', 0, 32, 49856, 32, 0, {}, (None,)),
 ('[\\s()\\[\\]{}<>:;,.!?！？。、，：；\'\\"“”‘’«»|/\\\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+', 0, 32, 49888, 162, 0, {}, (None,)),
 ('[\\u00c0-\\u024f]', 0, 32, 50050, 16, 0, {}, (None,)),
 ('[\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]{2}', 0, 32, 50066, 112, 0, {}, (None,)),
 ('[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]', 0, 32, 50178, 206, 0, {}, (None,)),
 ('[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f\\u3040-\\u30ff\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u0400-\\u052f\\u0600-\\u06ff\\u0750-\\u077f\\u08a0-\\u08ff\\ufb50-\\ufdff\\ufe70-\\ufeff\\u0e00-\\u0e7f\\u0590-\\u05ff\\u0370-\\u03ff\\u1f00-\\u1fff\\u0900-\\u097f\\u0980-\\u09ff\\u0a00-\\u0a7f\\u0a80-\\u0aff\\u0b00-\\u0b7f\\u0b80-\\u0bff\\u0c00-\\u0c7f\\u0c80-\\u0cff\\u0d00-\\u0d7f\\u0d80-\\u0dff\\u0e80-\\u0eff\\u1000-\\u109f\\u10a0-\\u10ff\\u1200-\\u137f\\u1780-\\u17ff\\u0530-\\u058f]', 0, 32, 50384, 334, 0, {}, (None,)),
 ('[\\w,\\-–(„“‘«]$', 0, 32, 50718, 196, 0, {}, (None,)),
 ('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 32, 50914, 54, 0, {}, (None,)),
 ('[^A-Za-z0-9]+', 0, 32, 50968, 24, 0, {}, (None,)),
 ('[^\\W\\d_]', 0, 32, 50992, 24, 0, {}, (None,)),
 ('[^\\W\\d_]{4,}\\.\\s+[^\\W\\d_]', 0, 32, 51016, 43, 0, {}, (None,)),
 ('[^\\s.!?…]\\s?(?:\\.{2,}|…+)\\s*[)\\]]?\\s*$', 0, 32, 51059, 262, 0, {}, (None,)),
 ('[^\\s.。…!?！？](?:\\.{2,}|…+|‥+)\\s*[)）]?\\s*$', 0, 32, 51321, 294, 0, {}, (None,)),
 ('[^\\x00-\\x7f]', 0, 32, 51615, 18, 0, {}, (None,)),
 ('[a-z]{2,3}', 0, 32, 51633, 17, 0, {}, (None,)),
 ('[a-zà-ÿ]{3,}[A-ZÀ-Þ]', 0, 32, 51650, 29, 0, {}, (None,)),
 ('[{};=<>"\\\\]', 0, 32, 51679, 28, 0, {}, (None,)),
 ('[|·•»›>/]|\\s[-–]\\s', 0, 32, 51707, 124, 0, {}, (None,)),
 ('[\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000]', 0, 32, 51831, 206, 0, {}, (None,)),
 ('[©ⓒ]|\\(c\\)|copyright|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$', 2, 34, 52037, 130, 0, {}, (None,)),
 ('[·•／]|\\s+(?:le|am|on|el|em|at|à)\\s+\\d|\\s+\\d', 0, 32, 52167, 207, 0, {}, (None,)),
 ('[ıſιμσϐϑϕϖϰϱϵᲀᲁᲂᲃᲄᲅᲆᲇẛιΐΰꙋﬆ]', 0, 32, 52374, 270, 0, {}, (None,)),
 ('[▲▼△▽↑↓]|(?:^|\\s)[+\\-−]\\s?\\d', 0, 32, 52644, 230, 0, {}, (None,)),
 ('[、・]', 0, 32, 52874, 18, 0, {}, (None,)),
 ('[。！？]+', 0, 32, 52892, 104, 0, {}, (None,)),
 ('[尽盡]在\\S{0,10}(app|客户端|客戶端)\\s*$', 2, 34, 52996, 75, 1, {}, (None, None)),
 ('[가-힣]+(?:의|는|을|를|한)$', 0, 32, 53071, 128, 0, {}, (None,)),
 ('[다.。]\\s*/\\s*(?:[가-힣]{2,8}(?<!기자)|ap|afp|epa|upi|reuters|news1|newsis|yonhap)(?:\\s*(?:제공|db))?\\s*$', 2, 34, 53199, 419, 0, {}, (None,)),
 ('[\ud800-\udfff]', 0, 32, 53618, 16, 0, {}, (None,)),
 ('[（(]([^（）()]{2,30})[）)]', 0, 32, 53634, 44, 1, {}, (None, None)),
 ('\\((foto|bild)\\s*:[^)]{1,60}\\)\\s*$', 2, 34, 53678, 78, 1, {}, (None, None)),
 ('\\((foto|imagem)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 53756, 87, 1, {}, (None, None)),
 ('\\((foto|imagen)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 53843, 87, 1, {}, (None, None)),
 ('\\((photo|crédit)\\s*:?[^)]{1,60}\\)\\s*$', 2, 34, 53930, 89, 1, {}, (None, None)),
 ('\\((photo|image|picture)\\s*:?\\s*[^)]{1,60}\\)\\s*$', 2, 34, 54019, 119, 1, {}, (None, None)),
 ('\\((사진|자료)\\s*=\\s*[^)]{1,40}\\)\\s*$', 2, 34, 54138, 75, 1, {}, (None, None)),
 ('\\*?\\s*재판매\\s*및\\s*db\\s*금지\\s*$', 2, 34, 54213, 81, 0, {}, (None,)),
 ('\\W+', 0, 32, 54294, 16, 0, {}, (None,)),
 ('\\[([^\\]\\n]*)\\]\\((?:https?://|//|/|#|\\.\\.?/|mailto:)[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*(?:\\s+\\"[^\\"]*\\")?\\)', 0, 32, 54310, 186, 1, {}, (None, None)),
 ('\\[([^\\]]*)\\]\\([^)]*\\)', 0, 32, 54496, 36, 1, {}, (None, None)),
 ('\\[(사진|자료|그래픽|사진제공|출처|일러스트)\\s*=\\s*[^\\]]{1,40}\\]\\s*$', 2, 34, 54532, 113, 1, {}, (None, None)),
 ('\\[[^\\]]{0,40}\\]|\\(\\d+\\)', 0, 32, 54645, 44, 0, {}, (None,)),
 ('\\[\\d{1,4}\\]', 0, 32, 54689, 24, 0, {}, (None,)),
 ('\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<\\"/^:])', 0, 32, 54713, 28, 1, {}, (None, None)),
 ('\\\\[\\\\*_\\[\\]]', 0, 32, 54741, 24, 0, {}, (None,)),
 ('\\]\\(|^\\s*\\[\\d{1,4}\\]', 0, 32, 54765, 44, 0, {}, (None,)),
 ('\\b(afficher|charger) (ce|le) contenu (externe|tiers)', 2, 34, 54809, 141, 3, {}, (None, None, None, None)),
 ('\\b(dow|nasdaq|s&p\\s*500|ftse|nikkei|dax|kospi|hang seng|bitcoin|ethereum)\\b.{0,30}[+-−]?\\d[\\d,.]*\\s*%', 2, 34, 54950, 483, 1, {}, (None, None)),
 ('\\b(getty images|associated press|afp via getty|reuters/|ap photo|shutterstock|epa-efe|istock)\\b.{0,30}$', 2, 34, 55433, 277, 1, {}, (None, None)),
 ('\\b(straight|directly|direct) (to|into) your inbox', 2, 34, 55710, 145, 2, {}, (None, None, None)),
 ('\\b[A-ZÀ-ÞА-Я]', 0, 32, 55855, 101, 0, {}, (None,)),
 ('\\b[^\\W\\d_]+\\b', 0, 32, 55956, 25, 0, {}, (None,)),
 ('\\b\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:초|분|시간|일|주|개월)\\s*전|\\d+\\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen)|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+|\\d+\\s+(?:минут|час|дн)\\w*\\s+назад|\\byesterday\\b|\\bjust now\\b', 2, 34, 55981, 849, 0, {}, (None,)),
 ('\\b\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)', 2, 34, 56830, 108, 0, {}, (None,)),
 ('\\bcopyright\\b', 2, 34, 56938, 33, 0, {}, (None,)),
 ('\\bi (agree|consent) to the (processing|storage|use) of my\\b', 2, 34, 56971, 168, 2, {}, (None, None, None)),
 ('\\bplus\\b.{0,20}artikel', 2, 34, 57139, 48, 0, {}, (None,)),
 ('\\bum (den|diesen) inhalt (von .{1,60} )?zu laden\\b', 2, 34, 57187, 116, 2, {}, (None, None, None)),
 ('\\bwe (may )?(earn|receive) (a )?(small )?(commission|compensation)\\b', 2, 34, 57303, 193, 5, {}, (None, None, None, None, None, None)),
 ('\\d', 0, 32, 57496, 14, 0, {}, (None,)),
 ('\\d[\\d,.]*', 0, 32, 57510, 28, 0, {}, (None,)),
 ('\\d{1,4}\\s*[/.\\-年月]\\s*\\d{1,2}', 0, 32, 57538, 147, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*/\\s*[가-힣A-Za-z0-9 ]{1,12}\\s*$', 2, 34, 57685, 215, 0, {}, (None,)),
 ('\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 57900, 132, 0, {}, (None,)),
 ('\\s*(?:$|[|·•/,)\\]])', 0, 32, 58032, 119, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\band\\b|\\|)\\s*', 0, 32, 58151, 61, 0, {}, (None,)),
 ('\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 0, 32, 58212, 112, 0, {}, (None,)),
 ('\\s*(?:,|;|&|·|ㆍ|、|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*', 2, 34, 58324, 127, 0, {}, (None,)),
 ('\\s*(?:<!--.*?-->|<(style|script)\\b[^>]*>.*?</\\1\\s*>)', 18, 50, 58451, 121, 1, {}, (None, None)),
 ('\\s*(?:\\||—|–| - | • |\\s{2,}|,\\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\\b)', 2, 34, 58572, 274, 0, {}, (None,)),
 ('\\s*,?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:(?:19|20)\\d\\d)?)?\\s*$', 0, 32, 58846, 134, 0, {}, (None,)),
 ('\\s*,\\s*(?P<name>[가-힣A-Za-z0-9&]{2,20})(?=\\s*(?:[.(<]|무단|all rights|저작권|$))', 2, 34, 58980, 231, 1, {'name': 1}, (None, 'name')),
 ('\\s*[|/·•]\\s*|\\s{2,}', 0, 32, 59211, 137, 0, {}, (None,)),
 ('\\s*[（(][^（）()]{1,30}[）)]\\s*$', 0, 32, 59348, 57, 0, {}, (None,)),
 ('\\s*[／/|｜]\\s*', 0, 32, 59405, 119, 0, {}, (None,)),
 ('\\s*\\n\\s*', 0, 32, 59524, 28, 0, {}, (None,)),
 ('\\s+', 0, 32, 59552, 16, 0, {}, (None,)),
 ('\\s+(?:[-|–—:·•»]|::)\\s+(?P<site>(?:[^-|–—:·•»]|(?<=\\w)-(?=\\w)){2,60})$', 0, 32, 59568, 264, 1, {'site': 1}, (None, 'site')),
 ('\\s+(?:data\\ di\\ pubblicazione|dernière\\ mise\\ à\\ jour|fecha\\ de\\ publicación|ostatnia\\ aktualizacja|date\\ de\\ publication|originally\\ published|ultimo\\ aggiornamento|zuletzt\\ aktualisiert|última\\ actualización|последнее\\ обновление|päivitetty\\ viimeksi|τελευταία\\ ενημέρωση|güncellenme\\ tarihi|oluşturulma\\ tarihi|pembaruan\\ terakhir|ultima\\ actualizare|última\\ atualização|güncelleme\\ tarihi|mis\\ en\\ ligne\\ le|veröffentlicht\\ am|yayınlanma\\ tarihi|senest\\ opdateret|utolsó\\ frissítés|aktualisiert\\ am|data\\ publicării|data\\ publikacji|first\\ published|letzte\\ änderung|mis\\ à\\ jour\\ le|son\\ güncellenme|дата\\ публикации|actualizada\\ el|actualizado\\ al|actualizado\\ el|sist\\ oppdatert|son\\ güncelleme|отредактировано|aggiornata\\ il|aggiornato\\ il|atualizada\\ em|atualizado\\ em|cập\\ nhật\\ lúc|dipublikasikan|erschienen\\ am|last\\ modified|mis\\ en\\ ligne|modificato\\ il|pubblicata\\ il|pubblicato\\ il|veröffentlicht|zaktualizowano|עודכן\\ לאחרונה|פורסם\\ לראשונה|प्रकाशित\\ तिथि|ปรับปรุงล่าสุด|aktualizováno|giriş\\ tarihi|last\\ updated|publicada\\ em|publicado\\ el|publicado\\ em|published\\ on|yayın\\ tarihi|วันที่เผยแพร่|aktualisiert|aktualizacja|diperbaharui|editiert\\ am|erstellt\\ am|mis\\ à\\ jour|opublikowano|δημοσιεύθηκε|δημοσιεύτηκε|опубликовано|עדכון\\ אחרון|תאריך\\ פרסום|تاريخ\\ النشر|अंतिम\\ अपडेट|อัปเดตล่าสุด|อัพเดทล่าสุด|เผยแพร่เมื่อ|actualizada|actualizado|diterbitkan|güncellendi|güncellenme|modifié\\ le|oluşturulma|postado\\ em|publication|publikováno|updated\\ at|updated\\ on|ενημερώθηκε|опубликован|تم\\ التحديث|نشر\\ بتاريخ|แก้ไขล่าสุด|actualizat|aggiornata|aggiornato|atualizado|bearbeitet|diperbarui|erschienen|güncelleme|modificado|modificato|ngày\\ đăng|posted\\ on|pubblicata|pubblicato|publicerad|publicerat|publiceret|publikálva|publiziert|publié\\ le|päivitetty|uppdaterad|uppdaterat|yayınlandı|yayınlanma|zveřejněno|δημοσίευση|آخر\\ تحديث|แก้ไขเมื่อ|โพสต์เมื่อ|actualisé|cập\\ nhật|frissítve|julkaistu|közzétéve|megjelent|módosítva|opdateret|oppdatert|publicada|publicado|publisert|published|xuất\\ bản|đăng\\ lúc|ενημέρωση|обновлено|размещено|créé\\ le|editiert|erstellt|geändert|modified|original|paru\\ le|publicat|released|upraveno|изменено|обновлен|פורסם\\ ב|نُشر\\ في|पब्लिश्ड|प्रकाशित|ลงวันที่|최종\\ 업데이트|created|editado|modifié|revised|udgivet|updated|создано|نشر\\ في|अपडेटेड|เผยแพร่|creado|dodano|edited|issued|posted|publ\\.|publié|tayang|update|uppd\\.|vydáno|อัปเดต|อัพเดท|datum|fecha|filed|giriş|stand|עודכן|פורסם|تحديث|अपडेट|créé|data|date|дата|修改时间|发布日期|发布时间|发稿时间|发表日期|发表时间|更新时间|更新時間|最后更新|最後更新|最終更新|来源时间|發佈時間|發稿時間|發表時間|기사입력|송고시간|업데이트|최종수정)\\b', 2, 34, 59832, 6547, 0, {}, (None,)),
 ('\\s+(?:in|en)\\s+(?=[A-ZÀ-Þ])', 0, 32, 66379, 55, 0, {}, (None,)),
 ('\\s+(?:on|le|am|el|em|at|à|il|vom|den)$', 0, 32, 66434, 92, 0, {}, (None,)),
 ('\\s+(?:or|and|&)\\s+its\\s+(?:affiliated\\s+companies|affiliates|subsidiaries|licensors)\\b.*$', 2, 34, 66526, 289, 0, {}, (None,)),
 ('\\s+(?:października|maaliskuuta|marraskuuta|październik|σεπτεμβρίου|φεβρουαρίου|heinäkuuta|helmikuuta|huhtikuuta|joulukuuta|septembrie|septiembre|szeptember|tammikuuta|toukokuuta|δεκεμβρίου|ιανουαρίου|augusztus|decembrie|diciembre|februarie|fevereiro|kesäkuuta|listopada|listopadu|lokakuuta|maaliskuu|marraskuu|noiembrie|noviembre|octombrie|september|septembre|setiembre|settembre|syyskuuta|αυγούστου|νοεμβρίου|οκτωβρίου|czerwiec|december|decembre|desember|dezember|dezembro|dicembre|décembre|elokuuta|febbraio|februari|february|grudzień|heinäkuu|helmikuu|huhtikuu|ianuarie|joulukuu|kwiecień|kwietnia|listopad|november|novembre|novembro|prosince|prosinec|setembro|sierpień|sierpnia|stycznia|tammikuu|toukokuu|wrzesień|września|července|červenec|απριλίου|сентябрь|сентября|agustus|aprilie|augusti|ağustos|czerwca|febrero|februar|február|fevrier|février|gennaio|grudnia|haziran|janeiro|januari|january|janvier|juillet|kesäkuu|lokakuu|március|october|octobre|octubre|oktober|október|ottobre|outubro|styczeń|syyskuu|április|ιουλίου|ιουνίου|μαρτίου|августа|декабрь|декабря|октябрь|октября|февраль|февраля|אוקטובר|กรกฎาคม|พฤษภาคม|agosto|aprile|aralık|august|březen|března|elokuu|giugno|januar|január|jänner|július|június|květen|května|lipiec|luglio|lutego|maggio|martie|marzec|temmuz|červen|června|август|апрель|апреля|ноябрь|ноября|январь|января|אוגוסט|נובמבר|ספטמבר|פברואר|أكتوبر|اكتوبر|حزيران|ديسمبر|سبتمبر|فبراير|نوفمبر|มกราคม|เมษายน|abril|april|avril|duben|dubna|enero|eylül|iulie|iunie|julho|julio|junho|junio|kasım|leden|ledna|lipca|maerz|marca|march|maret|marts|marzo|março|mayıs|május|nisan|srpen|srpna|szept|února|říjen|října|şubat|марта|אפריל|דצמבר|ינואר|أبريل|أغسطس|أيلول|ابريل|اغسطس|نيسان|يناير|يوليو|يونيو|aout|août|ekim|febr|févr|janv|juil|juin|juli|july|june|juni|luty|maio|maja|mars|mart|mayo|márc|märz|ocak|sept|září|únor|июль|июля|июнь|июня|март|сент|יולי|יוני|آذار|أيار|تموز|شباط|مارس|مايو|abr|ago|agt|agu|apr|aug|avr|ağu|cze|dec|des|dez|dic|déc|eki|ene|eyl|feb|fev|gen|giu|gru|haz|ian|iul|iun|jan|jul|jun|júl|jún|kas|kwi|lip|lis|lug|lut|mag|mai|maj|mar|may|mei|máj|mär|nis|nov|oca|oct|okt|ott|out|paź|sep|set|sie|sty|tem|wrz|ápr|şub|авг|апр|дек|июл|июн|май|мар|мая|ноя|окт|сен|фев|янв|מאי|מרס|מרץ)\\.?\\s+\\d', 2, 34, 66815, 5981, 0, {}, (None,)),
 ('\\s+[-–—|·•/]\\s+|[|·•]', 0, 32, 72796, 220, 0, {}, (None,)),
 ('\\s+[>›»/]\\s+', 0, 32, 73016, 119, 0, {}, (None,)),
 ('\\s+[^\\s:：]{1,12}[:：]', 0, 32, 73135, 38, 0, {}, (None,)),
 ('\\s+[|｜]\\s+', 0, 32, 73173, 33, 0, {}, (None,)),
 ('\\s+[|｜]\\s+.*$', 0, 32, 73206, 41, 0, {}, (None,)),
 ('\\s+\\d', 0, 32, 73247, 21, 0, {}, (None,)),
 ('\\s+\\|\\s+|\\s+·\\s+', 0, 32, 73268, 58, 0, {}, (None,)),
 ('\\s[|｜]\\s', 0, 32, 73326, 26, 0, {}, (None,)),
 ('\\w+', 0, 32, 73352, 16, 0, {}, (None,)),
 ('\\w+', 32, 32, 73368, 16, 0, {}, (None,)),
 ('^(.{4,60}?)\\s=\\s', 0, 32, 73384, 30, 1, {}, (None, None)),
 ('^(?:[(\\[]?[^=()\\[\\]]{1,12}=[^()\\[\\]]{1,12}[)\\]]\\s*|[^=()]{1,12}=\\s*)+(?=[가-힣])', 0, 32, 73414, 124, 0, {}, (None,)),
 ('^(?:[^\\W\\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\\W\\d_]*\\.?(?:-[A-ZÀ-Þ][^\\W\\d_]*)?)$', 0, 32, 73538, 179, 0, {}, (None,)),
 ('^(?:[가-힣][가-힣0-9_]{1,11}|[a-z][a-z0-9_.]{2,19})$', 0, 32, 73717, 153, 0, {}, (None,)),
 ('^(?:\\s|copyright|©|ⓒ|\\(c\\)|(?:19|20)\\d\\d|[-–.,:])+$', 2, 34, 73870, 195, 0, {}, (None,)),
 ("^(?:by\\s+\\S+(?:\\s+\\S+){0,3}|[a-zà-ÿ]{2,3}\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\w'’.-]+){1,3}(?P<date>,?\\s+\\d[\\w .:,]{0,30})?)$", 0, 32, 74065, 380, 1, {'date': 1}, (None, 'date')),
 ('^(?:https?:)?//|^www\\.', 2, 34, 74445, 55, 0, {}, (None,)),
 ('^(?:㈜|\\(주\\)|（주）|PT\\.?\\s+(?=\\S)|OOO\\s+|ООО\\s+)\\s*', 0, 32, 74500, 114, 0, {}, (None,)),
 ('^(?P<indent>\\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\\-–—]|(?<=\\s)o(?=\\s)|(?<=\\s)\\d{1,3}[.)](?=\\s)(?!\\s+[^\\W\\d_]+\\.?\\s+(?:19|20)\\d{2}\\b))\\s+(?P<rest>.*)$', 0, 32, 74614, 297, 3, {'indent': 1, 'mark': 2, 'rest': 3}, (None, 'indent', 'mark', 'rest')),
 ('^(?P<name>.+?)\\s*[&＆]\\s*[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}$', 2, 34, 74911, 178, 1, {'name': 1}, (None, 'name')),
 ('^(?P<names>.+?)\\s*報導(?:\\s|$|[,=])', 0, 32, 75089, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*記者(?:\\s|$|[,=])', 0, 32, 75146, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*记者(?:\\s|$|[,=])', 0, 32, 75203, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*기자(?:\\s|$|[,=])', 0, 32, 75260, 57, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*시민기자(?:\\s|$|[,=])', 0, 32, 75317, 61, 1, {'names': 1}, (None, 'names')),
 ('^(?P<names>.+?)\\s*위원(?:\\s|$|[,=])', 0, 32, 75378, 57, 1, {'names': 1}, (None, 'names')),
 ('^(by|the)\\s+', 2, 34, 75435, 40, 1, {}, (None, None)),
 ('^(lee también|lea también|te puede interesar|más información)\\s*:', 2, 34, 75475, 183, 1, {}, (None, None)),
 ('^(leia também|leia mais|veja também|saiba mais)\\s*:', 2, 34, 75658, 160, 1, {}, (None, None)),
 ('^(lire aussi|à lire aussi|a lire aussi|voir aussi)\\s*[:|]', 2, 34, 75818, 211, 1, {}, (None, None)),
 ('^(read more|see more|more):?\\s', 2, 34, 76029, 82, 1, {}, (None, None)),
 ('^.*(?:\\d{1,2}:\\d{2}|\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 76111, 140, 1, {'name': 1}, (None, 'name')),
 ('^.*?\\bby\\s+', 2, 34, 76251, 30, 0, {}, (None,)),
 ('^.{0,80}[（(](?:[^（）()]{0,20}[／/])?[^（）()]{0,14}(攝|摄|資料照|资料照|資料圖|资料图|翻攝|翻摄)[）)]\\s*$', 2, 34, 76281, 148, 1, {}, (None, None)),
 ('^.{0,80}。\\s*(?:記者|记者)?[^\\s。／/]{1,12}[／/]\\s*(攝影|摄影|攝|摄)\\s*$', 2, 34, 76429, 215, 1, {}, (None, None)),
 ('^.{10,160}?[다.]\\s*(사진|자료|그래픽)\\s*=\\s*[^=\\n]{1,20}$', 2, 34, 76644, 97, 1, {}, (None, None)),
 ('^.{5,120}\\((رويترز|الفرنسية|أسوشيتد برس|الأناضول|غيتي|الجزيرة|وكالات|أرشيف|الأوروبية|مواقع التواصل)\\)\\s*$', 2, 34, 76741, 220, 1, {}, (None, None)),
 ('^.{5,160}[.·]\\s*(ΑΠΕ-ΜΠΕ|ΑΠΕ|Eurokinissi|EUROKINISSI|Reuters|AP|AFP|EPA|Intime|INTIME NEWS)\\s*$', 2, 34, 76961, 322, 1, {}, (None, None)),
 ('^.{5,80}\\.\\s*[가-힣A-Za-z0-9]{2,10}\\s*(db|자료사진)\\s*$', 2, 34, 77283, 186, 1, {}, (None, None)),
 ('^[,.;:!?)\\]}%’”»]', 0, 32, 77469, 101, 0, {}, (None,)),
 ('^[-‐‑][^\\W\\d_]', 0, 32, 77570, 26, 0, {}, (None,)),
 ('^[A-Za-z]{2,3}\\b', 0, 32, 77596, 24, 0, {}, (None,)),
 ("^[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*(?:\\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\\w'’.-]*)){0,4}$", 0, 32, 77620, 510, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,10}$', 0, 32, 78130, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff\\u3040-\\u30ff]{2,16}$', 0, 32, 78154, 24, 0, {}, (None,)),
 ('^[\\u4e00-\\u9fff]{2,4}$', 0, 32, 78178, 21, 0, {}, (None,)),
 ('^[^>＞»›<]{1,40}(?:\\s*(?:>|＞|»|›|&gt;)\\s*[^>＞»›<]{1,40}){2,}\\s*[>＞»›]?\\s*$', 0, 32, 78199, 408, 0, {}, (None,)),
 ('^[가-힣A-Za-z0-9]{2,12}\\s+(?P<name>[가-힣]{2,4})$', 0, 32, 78607, 141, 1, {'name': 1}, (None, 'name')),
 ('^[가-힣][가-힣0-9_]{1,11}$', 0, 32, 78748, 122, 0, {}, (None,)),
 ('^[가-힣]{2,4}$', 0, 32, 78870, 21, 0, {}, (None,)),
 ('^[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|칼럼니스트|통신원)\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*$', 2, 34, 78891, 191, 2, {}, (None, None, None)),
 ('^\\([^\\W\\d_][^()]{0,30}\\)\\s+[a-zà-ÿ]', 0, 32, 79082, 53, 0, {}, (None,)),
 ('^\\([a-zà-ÿ]', 0, 32, 79135, 19, 0, {}, (None,)),
 ('^\\W{0,2}(?:copyright\\s*)?(?:©|ⓒ|\\(c\\))\\s*(?:\\d{4}|\\w)|^\\W{0,2}copyright\\s+\\d{4}', 2, 34, 79154, 171, 0, {}, (None,)),
 ('^\\W{0,3}(?:©|ⓒ|\\(c\\)\\s|copyright\\b)', 2, 34, 79325, 72, 0, {}, (None,)),
 ('^\\[(?:\\d{1,3}|[a-z])\\]$', 0, 32, 79397, 38, 0, {}, (None,)),
 ('^\\s*#[^\\s#]+(\\s*#[^\\s#]+)+\\s*$', 2, 34, 79435, 79, 1, {}, (None, None)),
 ('^\\s*((19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 79514, 156, 3, {}, (None, None, None, None)),
 ('^\\s*((19|20)\\d{2}\\s*년\\s*\\d{1,2}\\s*월\\s*([(（]\\d+[)）])?\\s*)+$', 2, 34, 79670, 156, 3, {}, (None, None, None, None)),
 ('^\\s*(?![\\[(][^\\]\\)\\x00-\\x7f]{1,8}[\\])]\\s*\\S)[\\[<(☆□○•◦▪■*]|\\[\\s*\\]|\\[\\s{3,}|\\(required\\)|https?://|www\\.|[:：…]\\s*$|\\.\\.\\.\\s*$|^\\W*$|^refresh \\(\\d+ sec\\)|\\s/\\s.*\\s/\\s|(?:\\s[>›»]\\s.*){2}|\\b(?:afp|reuters|getty images|ap photo|efe|dpa)\\s*$', 2, 34, 79826, 845, 0, {}, (None,)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+es (periodista|redactor(a)?|corresponsal|columnista)\\b", 2, 34, 80671, 428, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is (a|an|the) [^.]{0,80}\\band (the )?(co-?)?author of\\b", 2, 34, 81099, 390, 4, {}, (None, None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){0,3}\\s+is an? (senior |staff |contributing |freelance |former |national |political |award-winning |associate |general assignment )*(writer|reporter|editor|journalist|correspondent|contributor|columnist|blogger)\\b", 2, 34, 81489, 841, 3, {}, (None, None, None, None)),
 ("^\\s*(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+(\\s+(?-i:[A-ZÀ-ÖØ-Þ])[\\w'’.-]+){1,3}\\s+(leitet das ressort|beschäftigt sich mit den themen|ist (freie[rn]? )?(redakteur|journalist|autor|korrespondent|volontär)(\\*?in)?\\b)", 2, 34, 82330, 638, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(?:(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|hace\\s+una?\\s+(?:minuto|hora|día|semana|mes|año)|há\\s+uma?\\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\\s+une?\\s+(?:minute|heure|jour|semaine|mois|an)|vor\\s+(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\\s+назад)\\s*$', 2, 34, 82968, 844, 0, {}, (None,)),
 ('^\\s*(?:[,、&·]|[^\\W\\d_]{1,3})\\s*$', 0, 32, 83812, 146, 0, {}, (None,)),
 ('^\\s*(?:at|um|à|às|a las|\\||-|–|,)?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*[a-zA-Z.]{0,5}\\s*[A-Z]{0,4})?\\s*$', 0, 32, 83958, 191, 0, {}, (None,)),
 ('^\\s*(?:【[^】]{1,16}】\\s*){2,}$', 2, 34, 84149, 46, 0, {}, (None,)),
 ('^\\s*(?P<date>(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d{6})(?:[T ](?P<time>\\d\\d:\\d\\d(?::\\d\\d)?)(?:[.,]\\d+)?\\s*(?P<tz>Z|[+-]\\d\\d:?\\d\\d)?)?', 0, 32, 84195, 246, 3, {'date': 1, 'time': 2, 'tz': 3}, (None, 'date', 'time', 'tz')),
 ('^\\s*(?P<marks>#{1,6})\\s+(?P<rest>.+?)\\s*#*\\s*$', 0, 32, 84441, 78, 2, {'marks': 1, 'rest': 2}, (None, 'marks', 'rest')),
 ('^\\s*([a-z]+\\s+)?(写真|図版|画像)(・(写真|図版|画像))?\\s*$', 2, 34, 84519, 212, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\[[^\\]]{0,80}\\]\\s*)*\\[?[\\w\\-.%~()+]{1,100}\\.(jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(\\?\\S*)?\\]?\\s*$', 2, 34, 84731, 232, 3, {}, (None, None, None, None)),
 ('^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$', 2, 34, 84963, 111, 2, {}, (None, None, None)),
 ('^\\s*(\\d+|one)\\s+(thoughts?|responses?|repl(y|ies)|comments?)\\s+(on|to)\\s+\\S', 2, 34, 85074, 247, 4, {}, (None, None, None, None, None)),
 ('^\\s*(\\d+|una?)\\s+(risposte|risposta|commenti|commento|pensieri)\\s+(a|su|per)\\s+\\S', 2, 34, 85321, 269, 3, {}, (None, None, None, None)),
 ('^\\s*(aceptamos|utilizamos) cookies para', 2, 34, 85590, 124, 1, {}, (None, None)),
 ("^\\s*(contact|reach|email|e-mail)\\s+(the (author|writer|reporter)|(?-i:[A-Z])[\\w.'’-]+(\\s+(?-i:[A-Z])[\\w.'’-]+){0,3})\\s+(at|via|by email at)\\s+([\\d().\\s-]{7,20}\\s+or\\s+)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*\\.?\\s*$", 2, 34, 85714, 622, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(credit|courtesy)\\s*:', 2, 34, 86336, 78, 1, {}, (None, None)),
 ("^\\s*(di|a cura di)\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+)(\\s+(?-i:[A-ZÀ-Ý][\\w'’.-]+|de|di|del|della|da)){1,3}\\s*$", 2, 34, 86414, 369, 2, {}, (None, None, None)),
 ('^\\s*(fot\\.?|foto)\\s*:?\\s*(agencja gazeta|pap|east news|shutterstock|getty images)', 2, 34, 86783, 223, 2, {}, (None, None, None)),
 ('^\\s*(foto|bild)\\s*:', 2, 34, 87006, 63, 1, {}, (None, None)),
 ('^\\s*(foto|bilde)\\s*:', 2, 34, 87069, 65, 1, {}, (None, None)),
 ('^\\s*(foto|bild|quelle|grafik)\\s*:', 2, 34, 87134, 98, 1, {}, (None, None)),
 ('^\\s*(foto|billede)\\s*:', 2, 34, 87232, 69, 1, {}, (None, None)),
 ('^\\s*(foto|ilustrasi)\\s*:', 2, 34, 87301, 88, 1, {}, (None, None)),
 ('^\\s*(foto|imagem)\\s*:', 2, 34, 87389, 67, 1, {}, (None, None)),
 ('^\\s*(foto|imagen|fotografía)\\s*:', 2, 34, 87456, 90, 1, {}, (None, None)),
 ('^\\s*(foto|sursa|sursă)\\s*:', 2, 34, 87546, 93, 1, {}, (None, None)),
 ('^\\s*(foto|zdroj|ilustrační foto)\\s*:', 2, 34, 87639, 103, 1, {}, (None, None)),
 ('^\\s*(get|start) (unlimited )?(digital )?access', 2, 34, 87742, 149, 3, {}, (None, None, None, None)),
 ('^\\s*(lea|lee|vea|ve|mira|mire|lea más|lee más|vea también|ver también|también lea|le puede interesar|te puede interesar|puedes ver|puede ver|entérate|noticia relacionada|relacionado|relacionada|contenido relacionado)\\s*:\\s*\\S', 2, 34, 87891, 588, 1, {}, (None, None)),
 ('^\\s*(leggi anche|potrebbe interessarti|guarda anche|vedi anche)\\s*:?\\s*\\S', 2, 34, 88479, 206, 1, {}, (None, None)),
 ('^\\s*(leia|veja|leia também|veja mais|relacionada|relacionado)\\s*:\\s*\\S', 2, 34, 88685, 199, 1, {}, (None, None)),
 ('^\\s*(les (også|mer))\\s*:\\s*\\S', 2, 34, 88884, 93, 2, {}, (None, None, None)),
 ('^\\s*(lire|à lire|a lire|voir|à voir|lire également|à lire également|découvrir|à découvrir|regarder|écouter)( aussi)?\\s*:\\s*\\S', 2, 34, 88977, 347, 2, {}, (None, None, None)),
 ('^\\s*(mit einem klick auf|durch (klicken|klick) auf|wenn sie) .{0,40}(alle akzeptieren|zustimmen|akzeptieren).{0,60}cookies', 2, 34, 89324, 308, 3, {}, (None, None, None, None)),
 ('^\\s*(photo|crédit|image|illustration)\\s*:', 2, 34, 89632, 129, 1, {}, (None, None)),
 ('^\\s*(photo|image|picture|illustration|video|graphic)\\s*(:|credit|by|courtesy|via)\\b', 2, 34, 89761, 247, 2, {}, (None, None, None)),
 ('^\\s*(share|tweet|email|print)(\\s*[|/·•]\\s*(share|tweet|email|print|facebook|twitter|linkedin))+\\s*$', 2, 34, 90008, 368, 3, {}, (None, None, None, None)),
 ('^\\s*(sign up|subscribe) (for|to|now)\\b', 2, 34, 90376, 115, 2, {}, (None, None, None)),
 ('^\\s*(ta strona|nasz serwis|serwis|strona) (korzysta|używa|wykorzystuje) (z )?(plików )?cookies', 2, 34, 90491, 289, 4, {}, (None, None, None, None, None)),
 ('^\\s*(tento web|tato stránka|používáme|web) (používá )?(soubory )?cookies', 2, 34, 90780, 188, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este (site|portal) (utiliza|usa)|nós e os nossos parceiros utilizamos) cookies', 2, 34, 90968, 345, 3, {}, (None, None, None, None)),
 ('^\\s*(utilizamos|usamos|este sitio( web)? utiliza|esta (página|web) utiliza|este sitio( web)? usa|nosotros y nuestros socios utilizamos) (cookies|galletas)', 2, 34, 91313, 511, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(utilizziamo|usiamo|questo sito( web)? (utilizza|usa)|noi e i nostri partner utilizziamo|noi e terze parti selezionate utilizziamo) (i )?cookie', 2, 34, 91824, 458, 4, {}, (None, None, None, None, None)),
 ('^\\s*(używamy|stosujemy|wykorzystujemy) (plików )?cookies', 2, 34, 92282, 162, 2, {}, (None, None, None)),
 ('^\\s*(vi|denne hjemmeside|hjemmesiden|sitet) (bruger|anvender) cookies', 2, 34, 92444, 207, 2, {}, (None, None, None)),
 ('^\\s*(vi|dette nettstedet|nettstedet) (bruker|benytter) (informasjonskapsler|cookies)', 2, 34, 92651, 240, 3, {}, (None, None, None, None)),
 ('^\\s*(weitere|mehr) (\\w+ )?(beiträge|artikel|kolumnen|themen|informationen|news|nachrichten)\\b[^.!?]{0,40}:?\\s*$', 2, 34, 92891, 290, 3, {}, (None, None, None, None)),
 ('^\\s*(we|this (web)?site) (use|uses) (cookies|technologies such as cookies) (and|or) (similar|other) (technologies|tracking)', 2, 34, 93181, 387, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(we|this (web)?site|our (web)?site|this website)( and (our|our selected|selected) (partners|vendors|third parties))? (use|uses|store|stores|place|places|and our partners use) cookies', 2, 34, 93568, 564, 7, {}, (None, None, None, None, None, None, None, None)),
 ('^\\s*(wij|we|deze (web)?site|onze (web)?site) (gebruiken|gebruikt|plaatsen|plaatst) cookies', 2, 34, 94132, 267, 4, {}, (None, None, None, None, None)),
 ('^\\s*(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)( und unsere partner)? (verwenden|nutzen|verwendet|nutzt|setzen|setzt|speichern) cookies', 2, 34, 94399, 475, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*(©|ⓒ|\\(c\\)|copyright\\b)', 2, 34, 94874, 71, 1, {}, (None, None)),
 ('^\\s*(źródło|fot\\.|foto|zdjęcie)\\s*:', 2, 34, 94945, 95, 1, {}, (None, None)),
 ('^\\s*(мы используем|сайт использует|этот сайт использует|наш сайт использует) (файлы )?(cookie|куки)', 2, 34, 95040, 346, 3, {}, (None, None, None, None)),
 ('^\\s*(タグ|カテゴリー?|テーマ)\\s*[:：]', 2, 34, 95386, 75, 1, {}, (None, None)),
 ('^\\s*(写真|画像|図)\\s*[:：=]', 2, 34, 95461, 146, 1, {}, (None, None)),
 ('^\\s*(图源|圖源|图片来源|圖片來源)\\s*[:：]', 2, 34, 95607, 77, 1, {}, (None, None)),
 ('^\\s*(打开|打開)\\S{0,8}(新闻|新聞|app|客户端|客戶端)\\S{0,4}\\s*(查看|阅读|閱讀)', 2, 34, 95684, 135, 3, {}, (None, None, None, None)),
 ('^\\s*(扫描|扫码|扫一扫|掃描|掃一掃).{0,20}(分享|朋友圈|手机|手機).{0,10}$', 2, 34, 95819, 113, 2, {}, (None, None, None)),
 ('^\\s*(撰文|作者|記者|记者|攝影|摄影|文字|採訪|采访)\\s*[:：]\\s*$', 2, 34, 95932, 116, 1, {}, (None, None)),
 ('^\\s*(画像|写真)(を|の)?(拡大|見る)', 2, 34, 96048, 74, 3, {}, (None, None, None, None)),
 ('^\\s*(읽는\\s*시간|읽기\\s*시간)\\s*[:：]?\\s*(약)?\\s*\\d+\\s*분', 2, 34, 96122, 139, 2, {}, (None, None, None)),
 ('^\\s*(태그|키워드|카테고리|#태그)\\s*[:：]', 2, 34, 96261, 77, 1, {}, (None, None)),
 ('^\\s*1[.)]?\\s+\\S.*?\\s2[.)]?\\s+\\S.*?\\s3[.)]?\\s+\\S', 0, 32, 96338, 127, 0, {}, (None,)),
 ('^\\s*<?\\s*(ⓒ|©)?\\s*[가-힣a-z.&]{2,20}\\s*(&|＆)\\s*[a-z.]+\\.(com|co\\.kr|kr)\\s*>?\\s*$', 2, 34, 96465, 370, 3, {}, (None, None, None, None)),
 ('^\\s*>\\s?(?P<rest>.*)$', 0, 32, 96835, 42, 1, {'rest': 1}, (None, 'rest')),
 ('^\\s*[(\\[]?\\s*(사진|자료|그래픽|출처)\\s*[=:]', 2, 34, 96877, 93, 1, {}, (None, None)),
 ('^\\s*[-–—]\\s+[^\\W\\d_]', 0, 32, 96970, 46, 0, {}, (None,)),
 ('^\\s*[\\[<(〈/]?\\s*(?:[가-힣A-Za-z0-9]{1,12}\\s*[=/\\s]\\s*)?(?:(?:글|사진|글·사진|정리|취재|영상|편집)\\s*=\\s*)?[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4}){0,3}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|칼럼니스트|통신원|전문기자|대기자|편집위원)\\s*[(\\[<]?\\s*([\\w.+-]+@[\\w-]+\\.[\\w.]+)?\\s*[)\\]>]?\\s*[\\]>)〉]?\\s*$', 2, 34, 97016, 870, 2, {}, (None, None, None)),
 ('^\\s*[\\[【(（]?\\s*(来源|來源|稿源|出处|出處)\\s*[:：︱|]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 97886, 425, 1, {}, (None, None)),
 ('^\\s*[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|主编|主編|审校|審校|监制|監製)\\s*[:：︱|／/]\\s*\\S.{0,24}[\\]】)）]?\\s*$', 2, 34, 98311, 510, 1, {}, (None, None)),
 ("^\\s*[\\w'’.&!-]+( [\\w'’.&!-]+){0,3} newsletter\\s*$", 2, 34, 98821, 268, 1, {}, (None, None)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*$', 2, 34, 99089, 73, 0, {}, (None,)),
 ('^\\s*[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s+[가-힣]{2,4}\\s*(기자|특파원|선임기자|객원기자|인턴기자|수습기자|논설위원|전문기자|대기자|통신원)\\s*$', 2, 34, 99162, 210, 1, {}, (None, None)),
 ('^\\s*[^\\W\\d_][^\\s/]{0,15}(?:/[^\\W\\d_][^\\s/]{0,15}){1,3}\\s*$', 0, 32, 99372, 83, 0, {}, (None,)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dice|escribió)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99455, 144, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(disse|escreveu)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99599, 146, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(dit|a écrit)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99745, 130, 2, {}, (None, None, None)),
 ('^\\s*[^\\s,][^,:]{0,40}\\s(says|wrote)\\s*:\\s*(\\d.{0,30})?$', 2, 34, 99875, 128, 2, {}, (None, None, None)),
 ('^\\s*[|·•/–—-]\\s', 0, 32, 100003, 116, 0, {}, (None,)),
 ('^\\s*[▶►▷☞]?\\s*[\\[【〈<]?\\s*(관련|연관)\\s*(기사|뉴스)\\s*[\\]】〉>]?\\s*[:：▶]', 2, 34, 100119, 503, 2, {}, (None, None, None)),
 ('^\\s*[▶►☞].{0,30}(친구\\s*추가|채널\\s*추가|구독)', 2, 34, 100622, 172, 1, {}, (None, None)),
 ('^\\s*[▶►☞]?\\s*[【\\[]?\\s*(相关|相關)(新闻|新聞|阅读|閱讀|文章|报道|報導)\\s*[】\\]]?\\s*[:：]', 2, 34, 100794, 255, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(写真|画像)\\s*(提供)?\\s*[：:／/]', 2, 34, 101049, 186, 2, {}, (None, None, None)),
 ('^\\s*[（(]?\\s*(图|圖|图片|圖片|摄影|攝影)\\s*[:：/／]', 2, 34, 101235, 187, 1, {}, (None, None)),
 ('^\\s*[（(【\\[]?\\s*(文|写真|撮影|取材|構成|編集|聞き手|取材・文|文・写真)\\s*[=＝:：/／]\\s*\\S.{0,20}[）)】\\]]?\\s*$', 2, 34, 101422, 453, 1, {}, (None, None)),
 ('^\\s*\\(?(dpa|afp|kna|epd|apa|sda|dts|ap|rtr|reuters|idea)(\\s*/\\s*[\\w.-]+){0,3}\\)?\\s*$', 2, 34, 101875, 221, 2, {}, (None, None, None)),
 ('^\\s*\\(?[\\w.,]{1,20}\\s*/\\s*(pap|iar|kai|polsat news|tvn24)\\)?\\s*$', 2, 34, 102096, 171, 1, {}, (None, None)),
 ('^\\s*\\(?\\s*credits?\\s*:', 2, 34, 102267, 76, 0, {}, (None,)),
 ('^\\s*\\(\\s*(?:con\\ la\\ collaborazione\\ di|reporting\\ and\\ writing\\ by|additional\\ reporting\\ by|avec\\ la\\ contribution\\ de|reportagem\\ adicional\\ de|com\\ informações\\ de|con\\ información\\ de|berichterstattung|com\\ informação\\ de|hanno\\ collaborato|version\\ française|with\\ reporting\\ by|mit\\ material\\ von|bearbeitet\\ von|con\\ reporte\\ de|ha\\ collaborato|información\\ de|redigiert\\ von|reportagem\\ de|redacción\\ de|reportaje\\ de|reporting\\ by|compiled\\ by|editado\\ por|editing\\ by|reporte\\ de|rédigé\\ par|writing\\ by|written\\ by|edição\\ de|mitarbeit|reportage|édité\\ par|avec)\\b[^()]{1,200}\\)\\s*$', 2, 34, 102343, 1360, 0, {}, (None,)),
 ('^\\s*\\(\\s*[a-z]{2,4}\\s*/\\s*[a-z]{2,4}\\s*\\)\\s*$', 2, 34, 103703, 272, 0, {}, (None,)),
 ('^\\s*\\S{1,12}\\s*주요\\s*뉴스\\s*$', 2, 34, 103975, 68, 0, {}, (None,)),
 ('^\\s*\\[(?=[^\\]]*\\d)(?=[^\\]]*_)[\\w\\-.~]{4,80}\\]\\s*$', 0, 32, 104043, 78, 0, {}, (None,)),
 ('^\\s*\\[(img|image|photo|picture|inline|foto|bild|imagen|imagem|изображение|фото|画像|写真|사진|이미지|图片|圖片|图|圖)\\]\\s*$', 2, 34, 104121, 311, 1, {}, (None, None)),
 ('^\\s*\\[?광고\\]?\\s*$', 2, 34, 104432, 48, 0, {}, (None,)),
 ('^\\s*\\[[^\\]\\n]{0,30}(자료사진|제공|촬영|=\\s*연합뉴스|연합뉴스\\s*tv)[^\\]\\n]{0,30}\\]\\s*$', 2, 34, 104480, 139, 1, {}, (None, None)),
 ('^\\s*\\[\\d{2,4}\\s*[x×]\\s*\\d{2,4}\\]\\s*$', 2, 34, 104619, 81, 0, {}, (None,)),
 ('^\\s*\\d*\\s*コメント\\s*\\d+\\s*件\\s*$', 2, 34, 104700, 90, 0, {}, (None,)),
 ('^\\s*\\d+\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 104790, 130, 1, {}, (None, None)),
 ('^\\s*\\d+\\s+(odpowiedzi|komentarzy|komentarze)\\s+(na|do)\\s+\\S', 2, 34, 104920, 168, 2, {}, (None, None, None)),
 ('^\\s*\\d+\\s+comments?\\s*$', 2, 34, 105088, 76, 0, {}, (None,)),
 ('^\\s*\\d+\\s+kommentare?\\s*$', 2, 34, 105164, 75, 0, {}, (None,)),
 ('^\\s*\\d{1,2}\\s*(min|mins|minute|minutes)\\.?\\s+read\\s*$', 2, 34, 105239, 130, 1, {}, (None, None)),
 ('^\\s*\\d{1,3}(?:,\\d{3})?\\s*$', 0, 32, 105369, 57, 0, {}, (None,)),
 ('^\\s*\\d{1,3}[.)]\\s*$', 0, 32, 105426, 47, 0, {}, (None,)),
 ('^\\s*anuncie\\b', 2, 34, 105473, 39, 0, {}, (None,)),
 ('^\\s*anzeige\\b', 2, 34, 105512, 39, 0, {}, (None,)),
 ('^\\s*ao (continuar|navegar|clicar).{0,80}(concorda|aceita).{0,40}cookies', 2, 34, 105551, 174, 2, {}, (None, None, None)),
 ('^\\s*baca\\s+(juga|selengkapnya)\\s*:', 2, 34, 105725, 97, 1, {}, (None, None)),
 ('^\\s*baca\\s+artikel\\s+.{0,100}\\s+selengkapnya\\s*$', 2, 34, 105822, 122, 0, {}, (None,)),
 ('^\\s*back to (the )?(top|home|homepage|start|blog|gallery|list|overview|index|search|main menu|reading|all \\w+|\\w+ home)\\b[\\w -]{0,30}$', 2, 34, 105944, 335, 2, {}, (None, None, None)),
 ('^\\s*by\\s+', 2, 34, 106279, 32, 0, {}, (None,)),
 ("^\\s*by\\s+[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)[A-Z][\\w.'’-]+(\\s+[A-Z][\\w.'’-]+){0,3})*\\s*(,.{0,60})?$", 2, 34, 106311, 965, 5, {}, (None, None, None, None, None, None)),
 ('^\\s*comments?\\s*\\(\\d+\\)\\s*$', 2, 34, 107276, 80, 0, {}, (None,)),
 ("^\\s*condividi (questo articolo|quest'articolo|questa notizia)\\b", 2, 34, 107356, 161, 1, {}, (None, None)),
 ('^\\s*crédits? photos?\\s*:', 2, 34, 107517, 83, 0, {}, (None,)),
 ('^\\s*di\\s+(?P<names>.+)$', 2, 34, 107600, 49, 1, {'names': 1}, (None, 'names')),
 ('^\\s*download (our|the) .{0,30}app\\b', 2, 34, 107649, 76, 1, {}, (None, None)),
 ('^\\s*download\\s+(apps?|aplikasi)\\b.{0,60}$', 2, 34, 107725, 111, 1, {}, (None, None)),
 ('^\\s*end of list\\s*$', 2, 34, 107836, 62, 0, {}, (None,)),
 ('^\\s*list \\d{1,2} of \\d{1,2}\\s*$', 2, 34, 107898, 78, 0, {}, (None,)),
 ('^\\s*our (editorial )?standards\\s*:', 2, 34, 107976, 105, 1, {}, (None, None)),
 ('^\\s*partage[zr]? (cet|cette) (article|publication)\\b', 2, 34, 108081, 135, 2, {}, (None, None, None)),
 ('^\\s*recevez .{0,60}(dans votre boîte (mail|e-mail|de réception)|par e-?mail)', 2, 34, 108216, 195, 2, {}, (None, None, None)),
 ('^\\s*share (this|on|via)\\b', 2, 34, 108411, 85, 1, {}, (None, None)),
 ('^\\s*simak\\s+(breaking\\s+news|berita|informasi)', 2, 34, 108496, 157, 1, {}, (None, None)),
 ('^\\s*sponsored\\b', 2, 34, 108653, 48, 0, {}, (None,)),
 ('^\\s*teilen? (sie )?(diesen|den) (beitrag|artikel)\\b', 2, 34, 108701, 161, 3, {}, (None, None, None, None)),
 ('^\\s*temps de lecture\\s*:?\\s*\\d+\\s*min(utes?|\\.)?\\s*$', 2, 34, 108862, 162, 1, {}, (None, None)),
 ('^\\s*to (view|read|continue reading) the (full|rest of the) (story|article)', 2, 34, 109024, 207, 3, {}, (None, None, None, None)),
 ('^\\s*volver (a la |al |a )(portada|inicio|arriba|listado|blog|índice|búsqueda)\\b[\\w -]{0,30}$', 2, 34, 109231, 236, 2, {}, (None, None, None)),
 ("^\\s*we('d| would) (like|love) to (hear|send)", 2, 34, 109467, 124, 3, {}, (None, None, None, None)),
 ('^\\s*της\\s+(?P<names>.+)$', 2, 34, 109591, 51, 1, {'names': 1}, (None, 'names')),
 ('^\\s*المصدر\\s*[:：]?\\s*[^.\\n]{0,60}$', 2, 34, 109642, 77, 0, {}, (None,)),
 ('^\\s*※\\s*(이\\s*)?기사.{0,20}(투자|참고용|정보\\s*제공)', 2, 34, 109719, 104, 2, {}, (None, None, None)),
 ('^\\s*▲\\s*[^\\n]{0,20}[가-힣]{2}', 2, 34, 109823, 48, 0, {}, (None,)),
 ('^\\s*【(画像|写真|動画|図表|グラフ)】', 2, 34, 109871, 65, 1, {}, (None, None)),
 ('^\\s*分享(至|到)\\S{0,10}(好友|朋友圈)\\s*$', 2, 34, 109936, 77, 2, {}, (None, None, None)),
 ('^\\s*分享(至|到)\\s*(facebook|whatsapp|line|twitter|x|telegram|threads|微信|微博|qq)\\s*$', 2, 34, 110013, 209, 2, {}, (None, None, None)),
 ('^\\s*分享到[:：]', 2, 34, 110222, 31, 0, {}, (None,)),
 ('^\\s*残り\\s*\\d[\\d,]*\\s*文字\\s*$', 2, 34, 110253, 75, 0, {}, (None,)),
 ('^\\s*이\\s*기사(가|를|에|는)?\\s*(마음에\\s*드셨다면|좋으셨다면|어떠셨나요|추천하시겠습니까|도움이\\s*되셨나요)', 2, 34, 110328, 267, 2, {}, (None, None, None)),
 ('^\\s*저작자\\s*표시', 2, 34, 110595, 38, 0, {}, (None,)),
 ('^\\s*제보는\\s', 2, 34, 110633, 29, 0, {}, (None,)),
 ('^also read:?\\s', 2, 34, 110662, 43, 0, {}, (None,)),
 ('^댓글\\s*\\d+\\s*$', 2, 34, 110705, 44, 0, {}, (None,)),
 ('^（(?P<names>[\\u4e00-\\u9fff々]{2,4}(?:[、・][\\u4e00-\\u9fff々]{2,4}){0,3})）$', 0, 32, 110749, 56, 1, {'names': 1}, (None, 'names')),
 ('all rights reserved', 2, 34, 110805, 59, 0, {}, (None,)),
 ('aviso legal', 2, 34, 110864, 38, 0, {}, (None,)),
 ('cookies? (verwalten|einstellungen)', 2, 34, 110902, 103, 1, {}, (None, None)),
 ('copyright\\s*(©|ⓒ|\\(c\\))?\\s*\\d{4}', 2, 34, 111005, 89, 1, {}, (None, None)),
 ('display\\s*:\\s*none|visibility\\s*:\\s*hidden', 2, 34, 111094, 152, 0, {}, (None,)),
 ('https?://|www\\.|@\\w|\\.com\\b|©', 0, 32, 111246, 81, 0, {}, (None,)),
 ('ikuti\\s+(kami|berita).{0,40}(google\\s+news|whatsapp|telegram)', 2, 34, 111327, 171, 2, {}, (None, None, None)),
 ('mentions légales', 2, 34, 111498, 53, 0, {}, (None,)),
 ('newsletter.{0,60}(anmelden|abonnieren|bestellen)', 2, 34, 111551, 116, 1, {}, (None, None)),
 ('newsletter.{0,60}(sign up|subscribe|inbox)', 2, 34, 111667, 124, 1, {}, (None, None)),
 ('powered by .{0,20}(blog|ブログ)', 2, 34, 111791, 60, 1, {}, (None, None)),
 ('suscr[ií]b(e|i)(te|rse)( aquí)? a (nuestro|nuestra) (boletín|newsletter)', 2, 34, 111851, 351, 5, {}, (None, None, None, None, None, None)),
 ('whatsapp\\s+channel', 2, 34, 112202, 51, 0, {}, (None,)),
 ('whatsapp\\s+kanal', 2, 34, 112253, 47, 0, {}, (None,)),
 ('©\\s*(dpa|afp|reuters|imago|getty)', 2, 34, 112300, 99, 1, {}, (None, None)),
 ('ακολουθήστε\\s+.{0,40}(google\\s+news|viber|facebook|instagram)', 2, 34, 112399, 176, 1, {}, (None, None)),
 ('جميع\\s+الحقوق\\s+محفوظة', 2, 34, 112575, 68, 0, {}, (None,)),
 ('◎\\s*공감언론', 2, 34, 112643, 30, 0, {}, (None,)),
 ('コメントは(承認制|管理者の承認後|管理人の承認後)', 2, 34, 112673, 77, 1, {}, (None, None)),
 ('コメントは個人の見解', 2, 34, 112750, 48, 0, {}, (None,)),
 ('スターをつけました', 2, 34, 112798, 44, 0, {}, (None,)),
 ('下载.{0,6}(客户端|app)', 2, 34, 112842, 46, 1, {}, (None, None)),
 ('为自媒体平台', 2, 34, 112888, 32, 0, {}, (None,)),
 ('人気ブログランキング', 2, 34, 112920, 48, 0, {}, (None,)),
 ('引用をストックしました', 2, 34, 112968, 52, 0, {}, (None,)),
 ('応援(クリック|ポチ)', 2, 34, 113020, 40, 1, {}, (None, None)),
 ('未经.{0,10}(授权|许可).{0,10}(转载|复制)', 2, 34, 113060, 68, 2, {}, (None, None, None)),
 ('無断(転載|複製)', 2, 34, 113128, 36, 1, {}, (None, None)),
 ('版权所有', 2, 34, 113164, 24, 0, {}, (None,)),
 ('观点仅代表作者本人|仅代表作者观点|僅代表作者(本人)?觀點|仅代表该作者或机构观点', 2, 34, 113188, 192, 1, {}, (None, None)),
 ('광고\\s*차단.{0,10}(해제|감지|사용\\s*중)', 2, 34, 113380, 75, 1, {}, (None, None)),
 ('구독\\s*하(세요|기)', 2, 34, 113455, 46, 1, {}, (None, None)),
 ('기사\\s*제보', 2, 34, 113501, 30, 0, {}, (None,)),
 ('뉴스레터.{0,20}(신청|구독)', 2, 34, 113531, 50, 1, {}, (None, None)),
 ('대표\\s*전화\\s*[:：]?\\s*[\\d-]{7,}', 2, 34, 113581, 74, 0, {}, (None,)),
 ('댓글은?\\s*(관리자|운영자).{0,10}(승인|삭제)', 2, 34, 113655, 83, 2, {}, (None, None, None)),
 ('댓글을?\\s*(입력|작성|남겨)', 2, 34, 113738, 60, 1, {}, (None, None)),
 ('데이터\\s*통화료가\\s*부과', 2, 34, 113798, 52, 0, {}, (None,)),
 ('무단\\s*전재', 2, 34, 113850, 30, 0, {}, (None,)),
 ('변동률\\s*기준', 2, 34, 113880, 34, 0, {}, (None,)),
 ('본문\\s*듣기를\\s*(시작|종료)', 2, 34, 113914, 62, 1, {}, (None, None)),
 ('상승종목|하락종목', 2, 34, 113976, 35, 0, {}, (None,)),
 ('섹션으로\\s*분류했습니다', 2, 34, 114011, 46, 0, {}, (None,)),
 ('언론사\\s*편집\\s*뉴스', 2, 34, 114057, 48, 0, {}, (None,)),
 ('자동\\s*요약한\\s*결과', 2, 34, 114105, 46, 0, {}, (None,)),
 ('장\\s*마감', 2, 34, 114151, 26, 0, {}, (None,)),
 ('장\\s*종료', 2, 34, 114177, 26, 0, {}, (None,)),
 ('제보\\s*(전화|메일|하기)', 2, 34, 114203, 53, 1, {}, (None, None)),
 ('제보를\\s*기다립니다', 2, 34, 114256, 40, 0, {}, (None,)),
 ('채널.{0,10}(추가|구독)', 2, 34, 114296, 42, 1, {}, (None, None)),
 ('청소년\\s*보호\\s*책임자', 2, 34, 114338, 50, 0, {}, (None,)),
 ('투자\\s*권유(를\\s*목적으로|가\\s*아니|가\\s*아닙니다)', 2, 34, 114388, 101, 1, {}, (None, None)),
 ('해당\\s*언론사로\\s*연결됩니다', 2, 34, 114489, 54, 0, {}, (None,)),
 ('（(写真|画像)[^）]{0,30}）\\s*$', 2, 34, 114543, 53, 1, {}, (None, None)),
 ('（(图|圖)[^）]{0,30}）\\s*$', 2, 34, 114596, 44, 1, {}, (None, None)),
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
    'xfoBFb+ZyAMCWhINDZXygIjnGCk7u7GjT0nki2ROSj8nTaAPx/TTZI5eQ7xYaejn5/T26bD6lm7Lf08hm8yrt3Sud90eNHO2yWQp'
    'NgWvv3Q6mMV+tzVDh152JnN2WM1Zcj9I4y7KHvU4hnzKdWAnfMjomxP1ukmlX8sPGyfqR2/Q+Ak/kf51k8zJSM+J0p9BQPtE8rYq'
    'f5A/g2piv8F8ERSsYp8EG1FZ5b3AtPv7BpFqC/tC8N0L1CwX1J9Pkf78K5Sr0OHFHOYrk82x32Vjassod4f5w09Y+4aSlfA3NLB7'
    'THTUy+4xwvSCMkfaujN75/u9f78NvZ8qlXzlOtPc4AvBe9pahew9zh2bZplKlspt2N8oXgeODdudQ39npTieZwXvKR6n4I/J9+y3'
    'j4aHoDfDLX8fqtuARdPsjtJr4mCoR7e8f/6l/E+IeUoN41OE+/pPOm5mczDWR8H/JHMy4nPC1s3/E6wboK+206cMDMnQHzuOEp7Q'
    'l5UHjFV+1MxRhdr2IFWZStklnylaNmotpmVVMP1f9doS9L1g0CtGN76Q4GSCk6MIJxndbLESP15SvrOEPqXKYfwZfXhrMvYjMvb0'
    'vIzxdVmkB6ghegAW83AeyGELwE4Gw2V3TNYi+xoMI4fyUx97TiyMOpQf3+ExgVOv0G/UEVj0PotO3A4Gv4rQkfEK3Q8bR1U+2v4y'
    'Mi8ZMi868OidKNWdI9O2bgI4KYA7PlnbRWs7qo3tWk3bxWqYm2T8R2b8sc2CLbERZDGyKiweQydF6B6zE6wi+TB9nDUV2aJaZjaD'
    'QfaPcyB9Swy2GL0SupCc7Xtn+6XEy6i2UpSudCO6kszf4TV/uvRmgia9CaJLM0tMl/KD0elSXsC7sbjSVyCcz0m+ic4e0tCeCvQb'
    'n12wWHKUj8yg+cbnimlyrkjj0e13vpOxYvlYrDp2ZvIbzbPTjBd+krkTVNoqq/KLePE04OPbEtt1sRy45xBZYPZeRpJgRkE6sK8a'
    '0XrBa24BpOOm8m+iOw+pmGzBXgu2tbI7KVo6u7JD5n97wsJK7J1H35wE3Vt15gn7crkR0kdm8PXXi3Q0LDTDZrRvFuBMfJJV7PuF'
    '+RNhvmpY3OReS+0/hvmfwfGPnXrOGvo7E/a9aqJP0NEhHe76J1OeRPf+ckcMa3eMPZJzWzOWPHCz1ABVAL7sTAP9Go5BS2M9z0Xf'
    'WAxn5tP1aPSNxb5mfiEno29tVnGc7fGCbwxmjaA+tpbZXcZa4DdFPL2OLpHG8cHxzKPCoWvnfQLeo9zLkJIbxWRGydXdXCmAluln'
    'TZkuovpydzc52r8v6thJa4nI5cUZy81lacz7XJ3gRIITCt4rEySjahk9Wclz6KnQyFMcs64AyPYuq/g+PfvG1q9KHjXVL4x1jukQ'
    '8x76UVsB6p6B6O7nVFfn8CL2Yi99ZbFfZ0G/BZ0HtxC+w2idR5AZD4MnFRUTdO5i24J5ziIZ7PhLvLk8sMM/z/SbK/u+qRj/Kgie'
    'VaN6sc/WvFXsW7UHpYxXZTLo5y/20mM3eekfB7w8lYI8x5A8YX2pymw2UgiXKwguM72ztdeyrn+ieN2NCX81KcKumZGpCE9tqI+1'
    'ahJRG8QBinx+sDODxF8n2t/WlnJ3U09e4kN19M2JiY/kRQb5y4DG4nO/cnLuR+lvFsqloL7FX/XSa+/j56aM76V7kvNtp2C/2kLy'
    'dKE8bWRPa4E8bUBLsO9vld9wp9ybLO5nvJfU0W8V+6duk+iT3wHpFQjuOtAHsVgnuPxORXm3jQDHmb8pIeEE9V3V/jpIsR69m7Sj'
    'QzKnbCtz9NBHWubn21ifOPl+L/3LXg92HuFSq8XjxOF66yPwIqL7e9YvhmA8xelhVvCe8n3O31ToQ/lg8aEy5vvotzq0xmugT1Os'
    'YhtGhq9z4N8ODGxHUCewN8gP8vMTi/TXtrh/eNbvZkRzmq3DN5Yfs+dYA3zvHJRnTkQ8Ybga97iNlthpTUhPgcfVTsY2cvyqkR5b'
    'k/V+uMYOGstjPFbjrKjmzARGKec2ZzC3jJfZe6eX3vNAMS/D+GUn/cmt0fe+40OOVXPMY5VBxxlMr0Pndm6I/u2Fsap9FHzNfses'
    'fOF7+vkpn2lSTznIQnc+EH0MsZ5Xdr5cEOghy5GchvH1YoSvFxO+s4q0swz4TmZHX2sV+1+pQ31+C1oDZQCvFugZO4vHaY9kzb+D'
    'rH8my7LU6etStH7ot3norJ+9m4XeHQ3vplnc9mWhpC0LiTztlBsH/Wa2B9je4O3EFqKP2DisEtgeVJMxLxfw+hRXGtGpJNMxN0eA'
    'h9d7mPL10KYmgcxna6yX6WT8nfwN8B7nqUdtpXieMcBzWs9bFPgsKkNppWqfkLUnaJ9YFLBPNCM9/d9u8tJPfBv2gce8PEcBf0xh'
    'i+TrBlTXvz8I8H7ifatGcHZDO34PdX3hbi+99ZGR37/eQuYvql09vl9wsVUsr5ch+nExwRFZeyj9aFaskwrBGhWdLTKcS6MxEeEc'
    'risjObvE7aXwmS8iBv8SBP8ShNPUvr7mj9Z5Dpranp2976mT7F2q+nw+0LxN81ZdGwk2v3gN4nXP1tCRaG5N8DnMmAfZUTqwjoC2'
    'VBAa0iTRpW4x4O07BPpOjLOivC1EDmiXwKB0oRb0ZHXwrQzp9zYTmQLr/joD5I00giuyD+6S6HW7kEyD28XsZ+pI/ssC9MNUX+u0'
    'cSLsj6yMaj5M9M24/0H34UU4kyd8bjfSLzuwf4jk+S4030FtwvAYblwK8G4GnaZKBz4LyaUm620FO4tAqVPvdWhNb5HMg6gfbP7e'
    'DXPIxkE1f9tI2qZxHrFVMB8tCN+YfW4jgd2t0Q+d85DTLW5XT9d2F1rbbH3ojB0tW4A5OcJAN9wnWMuqMkxHNx5oF25PXwCtE50B'
    'yXSpbD01IfuDKWi/ct4fQPjptHkflBnnvkylM9ncoacslytn/87nKipzVdU17CnU1ozQU+f8r74UkN2B+ZvLH/+t2MfNnj1O+mXv'
    'Of/8r7jpz+csmfGGuQve+L9nnXP+t7785Tnw+eXr3vNlHc9C373ijmbbyjw/9M8rHNDdEzlF8er6h1fPl8977MvocWZuT6we0NY+'
    'peOv6E7Z1yb268u+57d34F+D1uCdQ3/O/88fdPppuf/tH/rveff/Q88dL7wCkAcH/+qrz8C0VvG8TfDOrX+qRmGtW4Nij0wy+zyZ'
    'nIt9g8xHOgArhCwzU7AX5wCeaC+eKeGf+ki6S0KDTXXAKr7il6BD1dnzVXtBN6Lhqja3SHirVsLb9Qjodtg2Ov39DOgYZPYIuO4d'
    'mv3AZXTm1WnHbsTLx2WXgPVXrWhPbJH0T/cs4o2At6r575C037QftA2YL9gGbZov4Nd7yJwsIN+3EH7vCOD3wtpR6LTTlJ+Q6Ycb'
    'kO6B0pQjDdrZK1nrJncmFyLc1Tnno/hNz5g6ydrA54tR4ZvKpDIbBx1eVFQ+SG6ldjf4rE2X9nchHhvDukxyxoBxUHTfYKz7LNC5'
    'W039qTncpB4HpPZGKTv3wXRBdJ9Yx7dZDtlV4zrSSP/1EqFBOjpJE7suE5lRprdptfy+VYJgMjvEr6C1td1g7Yj22zD1fxDJ1rr1'
    'h6nnUqQf6AigIWFgvxnxDR0RYZ0GeCvSdewKCXMp6vtOgk9taO8NA/sIpP/ZrtApdoSsw/Q+soiv70Zr2IF5fsob61KsZ3aeWv4g'
    '15Ozd1ff7r2bhPTq++CcKLOX65Sz6EyJ3eFm7169328rMXmvl/783nB+mdz6AW7NUOGzSzw2j+ziuMne5c7x3i1A/XLeOelnP8rP'
    'q9m3AtwPeqmNjzP7dtIWL73uY9ymh9Uz5yL/OD/d5h/njvP847zk2mK4KXTucia0//u258OJyUN4TfQa4LHp+Ov4JGgy2Gu2EfrY'
    'RegStftbjc7Co+4lGO5MgKvLr+u2t4BszPoMbRudf6+3PT2Ajg0v5WHx75YRxImgfNjvistDDf1jmUQPvpnwAaO9L4+B3I/7cuAw'
    'afuX4EykFPSByZBrMl66EtLjIT054+F7OaOzGdjXJnvpeybz9TEZ3T85DcovzhSvl3VQ/t2oHPO9jPMth3xXTubrymmT7l5XE2I8'
    'cL8XQ3qspB+0fQXQEU5BfAeWX9sM6Bk9hxHxhZi3mQJjj+vdimijTr2YPnUJzkBxfbIz+axATssj+wUZvs6mtgtrAaTkdiWDm1LA'
    'NeFT8mQv6SBn9kuQ/qODjMdcwf2t7STPNJSnR5KnCdnwtyCdezOyr1toFdshYZ2lLK9svvLwh/GmVH7EZHJ3E4wN+x4EG+ukqM04'
    '3cd7BXIPtfUWydamZ7kq/RnVd4ne4/NXkd5tlkTP3y3Yi8Pq/XV5t3ZkR2rCo3ULdKsiW/xaq/gOo65dQpAOsRvptmuJ/oPSU4qf'
    'lSBn4DXSQ3SyqnaK9NkNSJ8tsh3SsY3ZRnCyU9D+CaCvwO3vJ3QCrym232B9L+WJmQ2Pju2OyXoKWke6+En51E7BHtcIf9h2OyWR'
    '37pQuSZ07rAGzR8ew7TF77wOCGypcJtaAuQVGT7Wg70zns+dAvrRSGzh8fxuF/ATuA/MjhnToErSxhaBnRelr7IzhzaN+dyhub4b'
    'iX6J2arRc0dmEyayz66DtqhwdbsEtzpJPWVo/Mole812ctatkp9LRde7yfxNA3qH6Vybwf7YYkC/ugPWfl6wBsqs4nvJNHauiAek'
    '5Rw+UFUurE2E7ExB1+5Vl1+N6o8ipPeK9Kg+k9ofl4VOrfhASvGY2OrryEQUlyoILmU0bKgXWvq+u3TbVSq4QXeOSuXrownOiWyk'
    'fyjyo2SnDpvHIOR7xiSGom0NpkXnvfwx9iUpsFTTfwqCpRn1XmF1sra01spw+/A28dm9MEZ8sAg+6J5zYf/fm6wkHoZ0r/4X9/9T'
    '+WZrRjpU/qN0/K+HOcOcj/St7N1qJBNn0Z0Ndo+wGvGx+H4skytbiQ4Q17fbCne2W4o+v1HQ5zMEfT5N0P6TQozDCkGZfkWZZqAT'
    'uAyTiftI3iOJjFEr0Ks3CPK0kTyVgjzOGYpIXz6S8/c2wfxdLJi/C9C7bwvm/kNL/HPv+Gelc79IMveiuzSquZed8QbNPbUvDpr7'
    'Zo25b9aY++YSzH2Z4dzXgm4K+yuYZhXH/lkA9ihZBC+Nyi8g6QnQl3Msz06E6ZKCdAFYZ9RHzhDovcUGpDPbbHDO0KPQwWO9K72z'
    'fgLq7wmK8ViDcHpWCDubE0q4JzEa+3/oXcNU793f0Ltx8O4FxLdNJfM8FWD9VpBn+tTiPAdgjeKzuKA2O2V+7tgBIbpk0t96g7MG'
    '0b1fp/6vIbu9XoldfLdADy+6w/vv6I7EZklZ3fsYovqDbFkwzg+gM/w2y8yvFG1zAcZqoqHeXlfPx+o4E91L6Cf9b9W4+8LO2qme'
    'sp/YeXdGvLfQIan7SLCD1J3TthB3fjoJzdA5f88Y0hGRXDjfCu+ncgmkx1l+O7qlVvE95FSA/lX0ztHZHx9SVyqLfacLg/rwHK4+'
    '11vR/HjK9NA6e5YJfcb+ZC6FfjYk+jShPm3tYaBPq0NnFecZ8jtlxD7lkE3PumAn606ZlWjtLL/NS5+9hdvfTNM4f4tio6K6F1mL'
    '+CILfAb9M/gAuuamYvldFgsuKB5cnyFdS/RKvjir5BAnXr2S7txgW2MT/li2r5vS7yDfyliPa+pTOciXcty+/eLG/zH+pMT4b/Bo'
    'lB0u/VUtsR+NWp9tWD5rWD6JfR1Ak6ceGtYQsa+btHT9mOdeZcn9S+rMZR2SNy6H8kyf1gJz/Bagl8k8D+88M7tDNm/0bJSeOS5A'
    '36yAvDRuQp1irwpDH9Yo9BvUR4ZKhyPyUUH1H7p6EKzDakG2iyb2W1ife8pEb/2J9Fe9BnqjZwV6NGq/G0W/Q+HtJ7+3WvJ7w67+'
    'f6J3VkH9Zsh8A9L5FbUhrC5LNIc6+qYXiA3e400cV3X8qfVJ8FlnfumYtBC7Znq/r8VgLAYs8X21rVZxzJxPNvE7bkG6x+GeuzD2'
    'k+1DfTlRoHPVkYV17atFsrfojuNw62Sbm/ha7BfYfuv6h+qW4GS7wVh1W2IfmC2kLpFOH/tFeaGR09EBSd+oD6UByZ2uuNZWFFvj'
    'NsHZitPP76B+vhxh7mT0ZHOJ6Ikpbb1iqJ+vg3cnkvuEJ8B9wqsm+8eS3pl0yq+Ge4krMnr3JlleloruVdA2OHmXoPuguu1dCt/2'
    'SNqL27QSvXfG6JhGz44A05CDmvcFdM+8dPzJ6cDUxUt8vz7s+nHG5o8T+Njcky7O/600+DBP8/pv08jzwzSH56Q3Q/o19FuEKyJY'
    't0OZb5N6vwd5v4XuoNxE8twFef6E4D1A8vwA8tyN8jh1OWNzwwRPR4xp9auEvm4W3JcS0dIuwfyJ7u21GOyxHRrzuxP1oVtwx8xJ'
    'N9rBsWfo/iCjjaXqw6kTvLMj0fnndsILtEja3iK4exV0P5rubR2Wnj801y8LGvP+w2TvoXGGnhvP+1CK/TPOtj8D6X8TXufW8dw/'
    'Q9T1O9zr9p/Ge2e8UWVS3NY2yRrotPTPtrok40Dtry4a791hp/fuMK69JLCpCeJhTWSeDgXPyvxOLxpq53JiS4bvMOL6nHpYvVSG'
    '6ZTYIQ43rXylwdNRmd451/UlIboDrWtn0yvglZw2/7SB6wf6JbZEnRrte4G0b4vm2EbxvfsH0t7nNM58/6WBr+3RKkMFrZlNqP26'
    'usc49Bhp23w+RWtkaYN3v2S42r8tQG+kamtZQ7E+UIcHMV3Hw61XeWQct7vQ0TmI9puDCpvGXomNN/M1cfM4r/1x7q8mut6gvfMD'
    '4zybYF2/33Q/L4Ws4vq2HuffW0S6gcWa/p1YXtz2E5GPKKwrWE1k+1XEp9Kp5PtKkP2PHWrzjGHgn1sldKON2F6OG+b2yHSPrD1/'
    'rB/Z9tDx+XG9d++uFPHXdXgYU16G8TCfhnEcqTVL1+quofZssNT6NZ01utZAL7gYrU9d+GzNro2oD1ysqVd0bf/qOf0vhT5exEfo'
    '+Hh02lYxTG3rDtG2/67zx3EYTjrKeNC7hqkd3Yp2fLaOx1tia/WmKeK4D9SfEMvXJ+EHXkZwnbquris+V9S9yxSVZ40iW2wTyMXu'
    '/b86juMm8Sk2G+jjRDKuiPZS+WZuHdc3dlr6cdn6LLEvsG6DOdti0C/GT/+jlutaRquuyL2rVcvHtVRjszlGWndDLcfRUtjDRNkj'
    'rhymtoUZtzfXcp5ypHV/7vkfas9ACe1CsG9TkS7wUGyTWu/ujwPnv7Je+hikj0L6K0ifyhbfmdwHvx+C9AlInyVw9kP686xX518K'
    'vM6DJC8rewDSX0vqfJbU/Zyizl+gOufmwb85pIshHQ/pCZAeA+mJkM7IF7dlBvk+E/126ryt4N3hc94dUQMxySFdAumkGvH3lZCW'
    'QToT0g2QLoV0LsnfUAP3Nwt+nqQU+MXW1AEJfg0Uis89THVGojwb7eHRX7++IPZpaLr3hr0DOq9QGtsrXb62ssT1q+Tv39WMTP2s'
    '/z+u4f4Lh1MvKdIJMF71SzWcvwp7RjQca2d3Dae3swnNmwhpI6QrCG1bC+lkSKdDug7SKYRWbgCatxGNzWi2B1tRM7I2oeMRXpvI'
    'brQ/1M6hI8DuQYUvz1d7fl/D3POP+0zpwWrv7ljYeIUy/Ziq3q9V87OIkTgHcNrw4Wq5PjKK7K7Lj3ZVe77UnHffNLC3ukNhS4X1'
    'f9+Bb6dA+v2j/GMqsv96kNRxK+R5mNhr4TzfhTzPp9V1uHEVqz3/RaO1/9iWLmpfX6jyeEOVjabJOcxw6WzvqfLu62C5icpLj0nk'
    'JpW89BTILF9BdfyWyDuszJOQ/pLUcVAiTz2G5Cr3/B/VMTcH+zWkSyA9HdKFueI6WL71kJ4K6XJU3tX/ozqyICOl8mIZaiGRsVh+'
    'JrNNg/Q0SI8CWettVZ7u070XRfiNIwhf0QDp+JCy1SkBdU2R1NUYsq65qK4wfBEuNw3SY8n3BVBXoYrve8N1PunU+6fK4a2X7TWP'
    'VnKew8SnkIgP0i0r00F/HY1BXGfmrRp8179U8niHpTqr31VZzNeUQtf6nMKO4ULUz1LYHjt1nFjpxSmi/q5M75jpyqdHI/wd6btZ'
    'FsLfOPlFlX7pvyp4LNAwehaZPbAr/8cIm47XNyv8sfai3DkIgqO6h/DTYeBrL6vw4IxGXs9p39kw15gPOkXB77B8CyBdRPilecD/'
    'HIdgi3gkXEdzTp8Xc2BPr+C8FeMDbEhfB+l6SFMheZB8Badrpdyf2br7Q95fX6nsIZz6Hh6m+hjN+pagvlLyOf+G6ttkBce52WTp'
    'x7Dpk9hQX57n+32c+iUTfdIlqA0jcabvxo/N8/0jbpuqGfnS81SbFXiVHoE20LX0X+U8vngXGev9knuPdXaxDTe1x32wnMdwD8PH'
    '6fIA3yj384ulOtN36vv4MNXH5uadGvWZ1CO7F8fOyzYOU32Mzp1c4vooXZ0dU33bCE/dSXhthi+V5Xx9R6lvwAp/VvLbMv9aDNMG'
    'lXz4UJm/r8N5L9vV/5fJ5Q1TW2C6Nj5RAthsjq5EY1eKe2utChiu/q+Mr41S351zY6Wj8RyQ2BddZBf/3kpgHmGLZdoFZfxOUJxn'
    'AOzeu86ded176aky7od/OtETU9lGV176Q47LS7oyja6O83EE+ySiN51L9MJnGMK+I8d9dsclJ6l4jucAZz6X477fo9j+OrA+lOM2'
    'aiNxb5HGxnw7GtetEl2czEY4zJ0MBr8AuDme1PESWfcDaC7o/UtRf1YgmNSHRjvpZ5tC18rmbGqO75PbrWL/LK0GPKxsLhjdy6G2'
    'x3Xn9k9ZOcywd2AcO8FJVmltp5x67i5xPWxPuCFb+ngAsrH8p+zIxSLYmuV07TJS9xcldxZYm66fUixvvQnBCpIBde4/rM96voFH'
    's8+YIwRtHG4fSKpz9D9n+PpZS+5RHgvpGgL3dSHq+UWGx+TYTPD8OU0Z4b6MZ9M2XDZKTp1fzni+XUthi+Se/2X4mmgnZXTvNTNY'
    'V6DxGa77JptQncPhE9A9/0e41BOgowzCpeVoXuM+u3PgT0bwexW8RIvB3sDGPYPwhsqTVE7cIeFd2N7m0Lcmcv9StvaPD7H2n0x7'
    'tvAjSQcLQJfrQt57eBjsdb6EYLCzpLMUZ0rrkJzlwPhY2ps7bFczn9yJWErsco4h36eB3c1VAlhh7lU4sLoRrJnk/oOJDbGr/0fj'
    'dMmDcM/3/uJx+eEPvbTnGxBDEWJd3PoI2P+n5XtGm6YN/6o0jzsQJn6VjB+ckeZ3PUtpU+Ge/6G6aP93xMRzsvH63xQfr37Sdx2a'
    'vUMiY/wiFT0m130pz246yHelisYca3BvXYe2fT7FY7ecakgHrkvxNaJjZ4d/H1r/CEZYu/1LUzzGpWqd0XWwCZVtFayDIFvjc1PR'
    'YstR/Dgx5dnAlEpP0i+pdxrqR9TzKjeuS8rzJa/iTVhcatf+R9CGsHp6B97vbT6vfQJ9rmhe2fndr1FZk7Xu+v+yed+D9OS473eh'
    '+naQNrYq7Jdusfn6NbFbdcpcH1A2yA7VKfNR1M9WhS0Cszd7Hyqj4w/evf9n89inOntOpwQnO+zis/S47hG69//tcPE3u+j6h/HR'
    'vUvr+v9CZXR4QqfMTFRGV6fehMro2lRX2jzGbZDM7K5/lLdVcQ79F0udl61HJ1ZroxW/nyfX/hfa4Xz/37MgzmGbl74E6Ysf8/Le'
    'j/I+fK6Xpt/qpU9D3qPavby3B+SlcG8R5D1xQJz3/wnydrxf3IZ/D8hL4f4zyvviFi/9umQc3huQ9yT4fR3kfSfK6yxaJ605z1+2'
    'ALSV5r1mozhvmyDvSZeL874Z5W2DvNd2ift2Fsq7ewfwKGeJ+7ZekJfNG817nCAvmwuadyHKu/irXrr3TsBhkE9m3gr2vyjvf9wF'
    '9973wj35u700sxfWP8qrknuqUV4qOzUB3PH3i+O3qmK26sSSKSM0m+lvcRykNvLNNA5SBv2uhu+O3LEOcMb599CwW79BZWjfUhH6'
    '1k3afzL61on6yGIBs2/szjbbk1cIxoTpqRYKvrFyswUwD50lWTyu9n54d4RgXlg9LJZ8LfA/uH+H7pKjPK2KOZTFJaoNOd6iGM0s'
    '1mXQfo7jkM8KiWemumHKd5j09TRLHh9ch+/Sjd0skht02ymKJ75dokvVibGj8hXszNl7YP6Ge2xU7doIe4Ou3Lcp4n30VoN+9MY0'
    '9s64z4hgC9dl6fsx7NVoD92vmmCNW4C3KSs4NlouBA2aKcHvAbuYBw5jJ6ezRrYR/ru+kd8b2k7aFJddyjaCu/0SWcCJ+TFF0pZe'
    'wXlCXPU+PMF/d2ok5sVpy1cn+O8Cie5v69zvuRO+PY7Og1WxVHTvFd0C3x7SvFfEYqzckeZ2ZU5/eyd4seNx+Xuh/GOG/TVtE24L'
    'i/8Sth9rJ3Cbww6DexNd5HxVF2dnSOqjdxJ16YGqvnJBff1WcFzxKPX9fjzX8cj8VNA7m7qwHxvv2ajqnkf0SHgdGuNFd5907/xF'
    'aIMu/RG1D7fhuvHenKraMBByPNoIn71zPMchqj/bXgKcvRjhUJ8Eh+gdU13Y68dz//ffNKCpJnclh5sWF8Z7+6COfxAcP+v2dPz0'
    '9PcNfvvZfmKb0m+Au32aZdw7Pw3cDqlVotuOgwZ8A/WxVZMfjmvtfxT1kervN1nBsapM+jgQUM+OAJtQHZ0+Pjt5G6pnm6ZMEmbf'
    'PRXNWVS+uE9i5yqzL509AnUz2+fyBm6X2ymhmS2GY/nCON6f4ZQ9XJ+/4/w20nHLGk4930V97JKcx5quY9219ynUxy6BL4W4aMmV'
    'qJ5uyV2H7hj60w71xM23UT7lzBLVQ8dtGeCGbj1x8n4Nhn3sC9nHl+v1+rhLcj8rilz/q3qOlzcT3uQbhO94UMOW+h4Jr3JXvWdb'
    'TXmh0cTbfQLFU7lD4b8D95XamMfVnr56bue5WSJnMFzaaYD3zCb/knpuk2rKw1F68LoIsOh6OAb1u9WAT9Ft65SAtg4YwqqMAIvy'
    'Z3+rK+63qe5XNa776/xtfS4krAcRrDYFz6OiQd9F/Zbx2ZsU/IbMz4hr86cBPywf78b8QmMRBj6+07wTtbVdUjaMnnU92O5sRPDj'
    '1sE58E+TwI9D5+bG/BTAj0vH5sBvrPPuR+ie+3TFIP+9XMvxJ4oez4H1TC2/37Et5N5gilM/ilhnn8EZAKMZN6E6h0POc+q8Fs2T'
    'SFYw2TcujwCL0uKtMcBitPJNaFx7BHminKeKfPi4Nv/DUCflfY6s9eiIKW+vO47ZWv8dmqj+0HtCrM3/LpSmHabr9a6Cn64GrcVd'
    'Er7XpM4vFPheEbcu3YF/TYGvuyi6c9fnZ4GvgZ1kvAc0eWBT3LgEjU9QnU56sW0+/uvR+FTbYlyS3XWjNGJJBFh07U8pcDmP6t/p'
    'eXCQ7KZ7BnBbOljOe7nGL//TezKiO3w6trtnEb+Q7M7wGWDT+6sRqPssqPt7NfyeVEuIcwuT84r/ENTVY8CrdRrwc+8V1NUfsn8q'
    '2WOboK6jbPMx7NYYw7Nr/Pf7gvQR9L6ta/OPYKhkpTbJ3rrQAIaIL3f3/xAwDhAYVTX87p3s3KbXcH914L5U7Yf7XAxw9yO47RJa'
    '2RVCvv6RAK5MZjXZP76J4NJYKTqyb68l9h3+GQR3q0SeC3O+9n4NuGH0C73VHFdN4GK9QotG23aEwKnXC+D2W/r3ljol909XILhx'
    'nVU6cI9CYxnmjM6BUVPtv0t8gIy7jhyts285MT/qNM+NZLLmf4WAQWXMhzVg9Ctg3CmAsc2wL1/TgPGCAsZnBDD6DMfjQwIY/Zrj'
    'wejF7ioPx6PKRJSv3wIxMEp9nuSu/yrus+NACfgq1fqYV8XleB1enNrfqHjzcRHh366A/0qlf65Evo507ITuUdS1v5LHuFycUfvl'
    'WIZ8y6vu8JvcI/x+pR/vRXcUVyDf9fiev0yWuSFmuExOcWJ+UN2FyFfBqhjlsv5hrJP188JKvueuRz5ZVHhC/VCtJn05KWa4rL3z'
    'K7kvhYfIXeBnIP0Fef8wuivs3tNCMGzib4H9riF+/zPIv6UDowLBYPfIZ0A6B9KpChh/r+D+AKgs3G0oxznwnhbAM6XLRfu/AF6v'
    'wg5J5DeW2fDfLoAXVkZ24N1YwX0KsP2W+pMdsMR+5z9pULaLyCgfRGVNzkHd/R+NQbsmvyiK0c7mvAO1xUROcMpcZFCWysGnC8oe'
    'lMiVlBdbXcHjDLGyLxvoXHR46OkBdXTFVEcejcE2IqsfYYvPEBj+vZzXL0vx73d53jed8TI5Q2D60kfyHE87JbjYaaAv+D7qb6eE'
    'd24T0ECX/0dt2W5Fi0Hi2v8FwOs1tClzfX6gvsngDUjG+bK834dLm+C8Ao/XAJR9Oyproh937/wblKX49/o85/+Hm6d0+X/UdsYn'
    'nEj4mxUSvmRyiLKM96hGeKPyO6XD7/29PB54rH1PI3hnSfxjBcV5ou17OCZ4rH23l/N75ZR3e4T8PoB4Off+Hyq7X8Lf/UbC730W'
    'lWVwDxJeUVb2WlT2oCAPbsdDpOyVqOzR4GvmZBK7akOuOKYViwfai8rONiy7GZVlPm+WEp83S0jsrFOh7HmoLPWTs4zE/KL1noLK'
    'LsuJY3XJyh6Dyq4T5MFtPZ2UnV3u9+/Gxmadot4mVHZajVgmkPHveVSW+r+fQ8pORz4Z3f2/jPt8aglh+838SjwrgNMTAs7jAjg7'
    'QsC5p8zvM6tfoptje9G3NcrQPejLqExbAL+J9/1PC8rsIjzJq6Q/15b5fSsF8ekmZ4a7DGF3GcDehPoqiwfQQcbnfIQDW0P0i8E5'
    'OaDuLkndxwTU3WVQ9wwUc2Sb5j0VlfzK/LNUo36JfLCJcNvSKENx+4UcHwtd/l507nogx+umfGmbgD917/8ElOmV1HOfQZkOZv+r'
    'UYaeD92ExkWXbxfJbZ/SqHuA4NWHNco8Q8pcmeO4SMuo4u2o+rBVMBYHFGdyIjgXojaq1plKL0PPXNfl9HwGUhszuoYWhYRD19WR'
    'mnCC7nW79v8IF16W2GD2krr/keVlmJ7pD5Y4jgnr9580ytA+HkRlNtrivZT6QX8iy/n8NRk/D2+q6/9BlvtRfIjw24xnfhLSfcAr'
    '/ycqw/xA/o+CN78RlWHw9it48n9HZY6W8Jmnoxi2TpmPCMqsIjzxsei36/NXUOZ0Eht3A6mnH5WZrdm2DkEZVdsuRmVOlfD4VC54'
    'Aypzeq64rIwvXycos4GMAX7v+vwPKHOqpMzsLPeV2RJwPuvK/wF5XyF56wB38NrcprEfM37BRnUF2Ru59j8Zf16R/Y+r/0N5g+w6'
    '3PO/DO+Dqa2GG/MvZHlGw+6UlNfhbZzyXxf0lfKxzN7liwF5uwh//MmAdnVptOsDqC6ZPpO16wpU1/YQtlbdqC7KR2wl9L9VUpeu'
    '76/zAuqisUxeF5B3F+nDCYK8IvuZAugLad6DEn61GeXttsTxPtj505EwNmHuL7v8P6prgPQB78+uDzWUN4hHcPL+Nc3zstgeb5Do'
    'L3+vkZfp2w4E5D2ewH1cIy+D++M05z3D8gsFsKloLIEdsnv/L839sz5JeIJ9iAdxY/4G5N1P8l6D8rJYjosFcehd/h/lpTwAzbsD'
    '5aW6sg1Ih+fa/6K8ywmfMBvt+a7/D5T3FEHdmC84PyAv3XNPT/t9g9I9bZ0gDz3bWRmQh627RQF52LnqLEGeHmr/K8iDz7Tc+/+C'
    'PHT/rRTkwfbX7vpHeUS2W67+P8XztErOh55Peb4VTe5Fu/Z/AbAZ7XySwNa5e+yufwHs50ieuxFsXd7Jtf9FsNske/dXBHl2Eb7l'
    '8yiPiPdy8vxbQB7GP12L8rRL5LT3ob7qnum7+j8B7F6SpwflEdlDu/4/oH6T+6vu+b9muX4ytq83LMfqOx71ZaukTcsFeWj98wLy'
    'MDjTBXleJnAmBuRhcGrR3OrqE931Lyi3UwP/X7R5OV3dn1Puf2x+VyqqfeWjNh+XTgmd/FFAHka370J5ROf2Tp5bUX91eWNX/x8A'
    'eyu7/xOQh9HyTwTkYfz7RwRtbNNo45UC2AdIGy8T5DlI2thtF9/1jTK3l6D6RPeG3Zg/KE+3ROd7ekAeNv/rBHm2kTwrBXn66P4v'
    'yENxbRbKI/JV6+7/tp9uqfh/1/+fYTnWJhvmLer9TTfml6XXBip77rf4uIjsS1z9H8qzUyJn/RTlOSDhr36I8oh0j+79P4uvJV3b'
    'Eff8H8EW2W248r9gjFS2wC7/j2CLZCpX/x+Qh8UufA/KQ+Wi4yDP7oA8rB/vCMjDZLCtaBx1bUfc9W95/urisjF2/X8Ixl0lx7GY'
    'HzWGNsLu/o/K6dqluOvf4vEVfkP0w0y+axDkwTGGaJwGmufprD8GQg7+bVs8JpZt6ccDwO8r0Hvsc53BKIN1bgL7EoDrXiuwg5+U'
    'PbYfd2A+Z7Gn1kv2WPpP06E5kefQm5sC0M23JfMknicryjxZynnC65iut7RlFuMgmT/B/O2x1pIhL7es+KZQd26izm0TlLfhfTWU'
    'G4/yuudykE4aLMaLXMD3qDjHYO+G9JLB4R2bONpgGn8kFaKNqv01jfbXiQZtZ/02oflHhKjj24Z1ULpWBnnT8IfLiOAEzausXhG/'
    'EtTmmgA8jFre6e+JiDerg3QS4JSTbw2Mkw3fbUnfnL4fr9lvhpus3kbQ62H+7VSLx6ITraNmSC8ma6SO0KAqoEF56xASM7N94WOj'
    'vmjCs1TwcLvnQPoWQp8tDXw9Cvj3JoCJ21UO7WL3Deegfoj6pVsnWyP1kCePcD8L9Vl7Lev6J9R4mkN4V0/2jLRgzyggeuS0fSNp'
    'myOzfkzIV6Re0w/DvX94S+nQMzh4xRVsztFzohXiaUK0heGQ7twFyYONgOP42wJLL/ZilDbVW3qxBVMgH2NcfkfAemgCnZYNtKwa'
    'zosqGMzDiF81QMG0mQwzmDYWXNA8mz4FAY127aJg78Nz2QL6PzaXtYAD4ywe//TQXrDW6wddd5aEpspwzBbsj98m+2O5ZK8teOh3'
    'yLc5jaHYQ84Kde41tFt+P7OufwCLx728Ed59CN45+R6ZAf6BkK6oGbWL7YeufRCsexz7dAmkx1n+uK5LIV1MxlTEx4reJXoFxZrs'
    'UaoGAh61CEt5C9layAh4h+Uw95sg3WUoR8nyVaN8jfDHWLy44bP95oShH2tsztOlEC9UTmjQBDjLGNSsj8p3RbQqgD9gtG4zgfvW'
    'ZI0UrZE9b7OiPCnVCqoh+Hg54pWTeX9tzHs9zP1i9K4u4FxlfgznKk1Qr/NMgTzVCIfss+V7A21/XQj+upzw19NhDCYiuJQfwWmP'
    'QHcQdGZsI91jPbv3i1Ic6x6fD+OUyTBB+nKRHMz4p8lL4V4C4ZWc9NX7i3mlc1Ce8sHiPPlBsEu2vBiSzruzIT0vprO4DNrhZfsb'
    '8y8wDuo4S5Ca6OrGI1hTMv40jN5PVw+i0l/VGcKrQ2kK8KAHxq8T1mFWi9YOiVmZMc6HzqcUxuwcsioCLRY96aq12TuHBJq1iI/9'
    'J6BPbK7tAD1oLchisjVEcbUXcEMHNl4D6QCdPtZHLkRymKXZrizQF9PzixqSLw59kUl89ShyJasnBX+ysWXx4imtqTPk2+rgvezc'
    'pw7eq+LPy3T7tgCebUDDMA7NgjQ3aEYH2R6NxyKHeAim+8M8cB2Cy/DAFE49wqEmkK9SUGZ2oksW6pJFcoOAjIbS4QWdY6ZLjMcu'
    'PbgQ/B1e4tGBIN0aXXcF+F5B1sR8cv6iY0dRyj42fcBLs3vGbh+//sGx38fFX/XSa+8bmT5mh6GP++4Gmea20dHn4ZjXzH1gi3nv'
    '6Ooj45vw3TZmV10psKvuIDbbmP8x4ddo+6oC2jfFEvuWaYP+T7WCYyFt0jgDeY7cibkyoN6WEta7GfhXasuO6+sh9wNE/nlYft04'
    'YtRuXhaPPcgnCrORXwr8Nb0TEgTHtL1bLLEvEnq/RSdewQtkDmQ4rbPOVwlwu8IQt3XuuOniH8YxdhfCsaufEUO9uneZVPd1TrW4'
    'r1fqy3NrTH1eADb1OrisGodNJR6PuPGvMgD/5ln69/B6JfQI3zPWvQdkckfI9UcNutpmOCPD9Y/2tl+C2t5ymLV9AcKRHZbYb7us'
    'zcPd1rDrRmSfvDuAP64U2FSWga5L5NsNx1sV0YtuSxyLZaZlFsuzzRA+PvNQ5RWNbU5Ce3RsRMsITZLpwUS2yEH6OdYOXX2ee89z'
    '6G8DKpOBvyD9KrMfWgBrm+rFdPW4qVFQT5D+VaQj1dFtsvwVUD6jsCmtM9QTTQqwl68QyDNR7wKI8PRsZDuNaQg7s2tG9l0TBbpy'
    'C2wNsa4c2/dOAFh5yV2KwiA/w7SIza0FqQnsOsG55ZFt/B4je7e+FfwYoHPK+67x0n9r89L2S/k9RpZn/YfEeaYHwJnwJvBjEADn'
    'HxdwH8VMz//KFcXtzwu+sX5Q2obHOD9YfH6iu6fo2jvJ8Mm1Q1ysX18jnJ+KzkOwbpCOBdapUZutJuBPsB16O+BSWPvWMWY/kg6v'
    'Fef4EPjsUVviyXgZSh9Mzq8tgkNHwlq7dCPED0PfnHWEv1UJ6EeZgH6E5ddka6sg2SMcXP2chFYfvIXvd1HHaO+dXnrPA15b6tG3'
    'a0H/95Nb/fer/3aTl37i26DPeyy6HGhyD6QJfttoP2L8LINVKzgHzWrImoy+OX+XEfrWTMaR0fAlxCfY6cS//hLiK+wryHZkNvG9'
    'uY6UOZX4AGWw5wCsT8Beg/2ZLSPtWS5pF4slMNUS+zVlPsiuCGjv0RK/o8dI/Kl2Wtyf2SpJu06HvC0Wj+dF652viKHAxudsNE8b'
    'SMwGCnM2akcB7nVQf7FLJGO6Lsd5jPGKsdqQE+NNs2SO2T0rkf85VsdJkB5H5pS2Ya6k/Ir/397XQNlVFenue/t23/Qf3Z2k000S'
    'QgMJBEyaRgmEBLDFiKgYImEIGP7656YbunO7095OSAsYBBEFH+rTGZ3xvRlHXW+YSTL8LhN8PgMKgSeioOhiLZwHA65neMOMTsZZ'
    'OqJ59/SpmlOnbu1z9j7n3P5Jbq/V6yR9ztln/9Suql31VRVbJ76XUaeIy/PmBOw3Hc9DTMg3Y/C8M5R9nflH4d5vqjyb70oVXCMy'
    'attNYAOcl0A/J3NHgl2bnrfHVWkNBtP8uXFyHMWxkXz9KBnHGDnPjGnGI/k0QnNHEX8YzbE4mTtSleZE3MKeuVSV5u2juZoma0eA'
    'jLHxzZjkY6b2Gtyf5foGtTPxmiQ7ymjj1vHBugA+yM9VnZa60TZ4vw7G5cdwzh6sT5X5T8YOPzQZF1cW/FBS8X9R9XrqV+1ldlOu'
    '10tngKTpPEXuI4azEtvmxxSffLm6F9hTB1GTTH9ONsGzcbx4mq1Jlug3jpxqLvakpcO7b4qN5d+pIt8JiimjMdQ0xpVjWIPiFyTa'
    'OtrpxyQfU1B8VTAY3ZndMES7i1mg/KESnzW9cXmoA2Us8eho39kOV/T9Is5kUar0mRH2zNyUx0vQf4g6Xr1wD3XMDGmbvtesvNzA'
    'v1f6ZxDL86+q9Bs3wr3/R+4Ns769LtzDvv1caHOcnLOwT71MF8U5+QF5v4eN6SlH9lZ4V4V3VXiXcQw+nm0kvaKO6RVqfXFt/9L9'
    'd3dX8d9d4TprGuNHhPabE2o/w9rX+p2h/bA2q4Xz5E3Ki01tBF5n4ws7yum7irgxOVkm5RLrNtHNHZn9NVWaI08ZyGz0UV2ovJwx'
    '+LclEHvbRv72LeX5evBvazpKz4kYQzUA1wJc16poMasVepw99DjXcl1vZP7c/sqa8jXtnu41jWvHkeTLjcAHGlQlj5guj5ijv+rt'
    'jFNnR5wODBzSBrXPVHLSzd6cdInos4yGbHBnpm3GwcTQ2D5nDj5Izvf7X3CvDT/2YuOcZ9YRvanjcajJcFBu7zzy7Am7vXakZzvJ'
    'szdDe2c/Lz97Cnn2lgfd69LHS2P5msh5ZvLZ5yC2EbA8TwO+6OsQ87jvhVL8z6PQh1ee8Lcb1XfQBj5eui5ppc/R0Aw4TcQZdwpn'
    'yWYQjLax+DYx/J2sz1WWupOprG0mOrOJHZ7mGlpCsBQcU6s02A6THE0mueCCfA50TFHa4nmLbmTzzvHjTYzelpL/lzMvpSktzGXn'
    'ufsJbonnr6R7UZe/0vZ8loX5Mo0paIL/87jg41Spz7wJYhxWW6zRVKyJae5Ek7kIyrHVwGRjLcHq68Yv0cJZAi2sIPxIogVdzPYS'
    'sBWUc57RbxcW513N+MJmgR7DcgjRfaHLl0v7gTnPbfQPUyzrKQyjis9nVWn9iVMYX+og77RM4bdbIpz9dXOXjTh3zvjvEsZP85LF'
    'yZnEcx6FxVrZzHvhOjubiWmck+n35wzYzfOJbO0zSq5nMMegLogul9fpJCYF57/aksYoXVbozVvvdQ9OL7395Kljl96wjSy8ZEt3'
    'Tpt3EJtIDZF7NA6vHXzKKWjjNJBZraqSDwx/0F5RnKPf6j2+8fOB0XW6VkWLsdPlJrXPs+lYlo/eRJtwCG6OYCc3j1NjP1WwMN0m'
    'BnXg8+9Ne/Epmy3557XQxjlp75xH26hS4XljT0u7OjzV/Tm2fJuS8xiE5W2g8f94pqxPu3Eo5cp1LOU5/ueUeZ7j11JuPyo+KNEH'
    'FaN+QuieCG3b9kyBNbZbWQxQZwRMPG3zwyl3z5rI7CZNG+8r/mEVaUPaO1uUfV6qQcXi8Sz0ICkfVVDuDW4vmp9y83Praqmdqbmn'
    'y4Nh247Th8PAp9qAj0j6ckMFRx6Elyunn9lq/TG//m3KzU2DtqCsQUxSb5lipZxYp2XMXpXTyLGdyjzHG8/hNmC455vg/jwhfkvK'
    'nzfI7HQF8n9aJ1viQzlVmiOxXxPvlY7Bs3V2vuMintEr9UJmPx79dmLr5TbNSr2Yo3v9Jbty2Jqb8E7kj9RWdyrjZzkL/8UI4YlR'
    '44N5nscm4L9LAs5XPPcn5+v4Xpvy59BCGxq+T21dzncvIbKuT8m50mx001HWRl6Z51nFWAfH33CSpk/DTL5vVfHjtaX14LZZXWxZ'
    'a0VeVeRVRV5V5JXBmkflT5IMq2b8CnEhlJ/mVbR851XkmzSH4gY4O3Sq0pyE9Js8J2gbs5FQmST1h44XZVWb8mq7YRs1goyQcj6u'
    'JO9gDW+eu1XqC5WD9Jw1Qs5MOrlQOcdU5EJFLlTkwlTIBeRlnPchP04xXvy+lMeHqExZZGEXzluclSj/nLRlpVw5YqOTUxvVFtbe'
    'vJTblnRe4HUgTM54vYJcMM03NMD69k8w5zpbP70Oa2RpnyAbnbZfBHozqRuR06yFE1O+kH2vx2LcI5p3h9l3/pac6UaFM13Yd0z6'
    '0hfSh0+BH4M+s0OV1vqg+stKJed+CqKBfAx6uYHYJ3pU9DxjdH5NaoX0KH1tForLlWzieSXXWJHWIe64TPGleQ39U35Ax8f137lE'
    'T82C3kvpZcyQZvm8ON96jNjyOS8Y1exjXVv/g/QtZ2ib0tmOnPb+K9mnN7FneD49ac/HtcFgDryTy2yT4nWFOG1gTtAlZZYr0hq8'
    'HXBwU23/wvzHLay/w6wPAxo+MCbspeqAM1JT5Yx0TJ+RUpUzUuWMpMzjjvGcslbZ1/gqCH58qpP0G+om9B1TGWSqp40xXtyVcnPd'
    'UV5sIu/6mB3rdXZGKFjoUQVDzJCpbj6oSmv5mKydtFZUbks11AbZc5IuiLm5fpKA/KRn7KUae2cY3ksafy4EK4njHxNwXtSGijbT'
    'oJpO3Nc4pNk/40zm52aA3rgOZEOQbZfrWucSXXNoGnXNVnIm2K7R+XS65+sB+lcW6LGN0eMcja38DAObFPahBXj3XCXH8OFZiut9'
    'tRH1vizoDVn4u4ndi/s/RoQza5RaUPRMuFWZn/clXBqN95f8D3yvdQrYrB7lr3G7TJXiobm9aQieXUj2zdYQWhtUpTXWdiq5LtxY'
    'xLmVMHKIXduTdutM0HnqEexkNt8aJ2OVaKlH2eVISYo2cMzvCqCNMeYHPEegjTfZMyuVmf01p8Et5ll7x8P+5jI2DNNYL2A8f83G'
    'TmPDO9NuYA6dh1cjrvXWGbrWF1us9Voy7yY2n6lc/zcirn8+YP33ptw6NmHj5PbGnRpfSVL8ITdNNIOy40OEfw+q4BoYOeXPRROm'
    'r6FsWhSRXkzHhv1aQnRTKovi1B2uDcBGUPpakHJ9BJIONhYTlxg2dvrsVqbPTxddrVN2frrxAJ138jwr4FConEeceyPTW0Y059qc'
    'hf7Sw/TtRoH+e1j7YwKNfEa5NZuzJPbg/Ix7XQ3XC+D67ow7njkwZxdlIOfTYvf6icXeHDrPOu1fTXjpe6Gdrox/Dd4F7dyx2OvX'
    'B+Aefe5seO528p1VrI+XZjxZgrSD91ZlzNtbC9f1GW8d57L5WRUyDueZy+DZizOl56J3sPcvhPc/vriUD/C+RtVDLyBr4FzP1ayJ'
    'yfdM4yPC6hfYnJduiBADdbTbPycDoJq5lXJXMsZOwivmK3/tWpqbxrRORpJ0pFT0/BfdjK54nvoCOX/gvXEiz5x7ZyovV9Eryqvn'
    'lCV/QxmDOPBG9p0OVZp7n76zgHzjFvhbC/nbSlVay3NeR2ktzxVKrhtrOl8byf9t6mL7/BrdsHQpmcaSzhfSDmNXMA9Cf1RQnlLb'
    'b2EfeZ5GrPGiVHK5hmpi0H678nLJOfPT3OWdA9Bu5uz1li7v/y1ddjndbOog2uasXKXi56iRaEv6G+6xcj1P61zGHRPOZQ38muRt'
    'ayF08Wm2d1EXuILwKkV8VzZzssbieY6vtn1/LrHVtgEtS+PqJLwxTI+qi7h/ne+/Q/CdUN78YXJWWMb6+Dblz9VpOgeSLXyNKo1R'
    'D6NNjn2YC79SPrs4+5ryHxz7Kcy/autbXUh4EI3R5vmpTHh7DXmO9i0uH0/H4OMf0cxjDxnzaSW68rGdN0kFYCwEjdhcidboDSa0'
    'miI8i+df+/KH3OuJO7x8OXjv8JVQ03isVEasHXevP9wg+7B0Pl3nnd93+X2r5exLVkXLV2aTr990Py1Wfhw5yq7Nmriha5U/r1GU'
    'XGsSn95MaAh5bT/w6EbyjY4hRTTZYIwKyjtKY83MXjQaYg+mdq0biO1rVMAAO89sIrafAQP73RZ4730Bvr5e5c+ZcSHpRy+zmeEz'
    'q6AfYXa/7YLtrpnZ0rZbjKON2H4Lhu9J879Fo7fhPp6n2cfvDKHJRvZedQBNXquSq4saV08w0dEkHbLTUsezzedO87c3M2wLx/dN'
    'CpflevlB17eFyZV6w1ibFNkXSfDWhgTObo0Wa2CLdYiqJ2aVl9+tEIJZ0OXVtsn75vR5G4ndKHc+glzEPl6i6SPtx7BwpqG4DbR3'
    'm2DCbGqRV7Ozs4Qt32oQMxFlXnR5bk3ojepUfB25b6+g8R2j3mSDL5Z4fhLxvXH2djPRD0wxK0nt95MN4xxs9qOpXzFHeMB09gPx'
    'DpfBHEbdQ0H9RkzivBjt0z2wlMzZqAqO4bTF9JrmzYnLAziv7CH6YoPB+o0LsnHUMHYlSZ6xIAGesTAA80bHxf3rWw3pvQmeO1XZ'
    'x8CaxHFOxOgX52MU08P3yQjBOMaVpVKOvR4Bk8XXuyWB9W5RZvFnUm4oPMs1anSSHgFXges/NwamZ5j44mhsIo2njdJeEnLsvcos'
    '7wjynCZlnyukCfTAJGNGKQ4ibsyopBf+E2D2dH64SgzVzIuh+yjxJaCubCOvKus8O2LlMGdRXD1qDjtLcUxcJzlfmNjtUA/rUF6c'
    'dK8GcxtVjnDcLu0vnYtai7loA38xnZs6eL+F4Cgb4T1aC4/XEqxTwXVUwvBlUfClLaDLcmzRVNU+RDstrYfToOxqIq5k42lU9vWk'
    'awR7ZRI212xMvQ11KpprTIqzM9EFsA7nAhUcU1ewsIntVPHqcFLfeNJYlQbD+cEa9vQ8JJ0HxgU9nceS2pxdUypa/UuUsc6/DxR/'
    'f16RtzNWr9qr/LkJ0pYY/NHK2s/KtcfYKPT1Yg4otD+eKty7kdjVa4X3mtl5uDHgGY5r5biAfnZPylk0XThJKvt4LrICjKEuRG43'
    'MTvfSEw5FYTpsvVRZpWXk0eq3yDla7tJI3MGWDsTSq4xgetcEOyWPcxnP0T6l1NmuSyk3Ao8l9cOZV4vw6RujWRDsa3RIcXz9yl/'
    'TDNiA2dSDY+wuPjqBPSn+oA9SPfUXILV6DU8i6G+VA7dcSrHPp/o5bZjN/Gjz4Y5WBVz/ZcR2+g2tq95PsthNm/ULjyg5JyBWwz6'
    'NHQUrAM929msw7CS87YcDbT5NrC1mM7FuIW8GFP2OShtzoSzYX5x/8WRdXh/ts/FyoTmAvEox6vSfL8jGp0liPdJeTtm8zx3wbyY'
    '+OpNdcAeNudJtl2Vmv1zvob4fieYnBhj795E9sPbpoD3OtfGlP/M8SY7i4SNL+m1qUtgbWoDzhxU97TNfT4W4Pvg+d2XCedXKT/D'
    'sCHfs/VZ9zNfOtomnL6dJGB7TO3hAxZ9kXJPU8y2hH/oU/HzOXKayiRIU8PC+X7yLJfWP4P6YC15ZrumHYdQssIzzr3fpbzzgglN'
    '8FxFhyK+j99/KeXpydI88JySmBsq7Ez+3YB2czHa3ZPyfKLbQ/qrw2qZnAcOMf3jvoDvjpXxu9vId5Nql/ZVR/sbU64vlz8jYbbG'
    'A85MpvaffIDNytT/xvPjnUzGUJilY/g1+ONM+2qKt9uuwTC9SGKFbOYmqM0DBGOlw9Ue0ugyHKu8R3n1EvKCHmOSL9cEf6HLRyzV'
    'EzFpU5c3qZ/tu3Glr1dZju+izrdpir+L4z0PcNkmWEybGjl0fFO9lknp0TZ5+8Mw0vUJ6EtLNDJjwFCPlDBHeRWcg2wC/LwSHrOg'
    'WdNeVZrbe6p4uA1/N41bwDyBdK7Hlb6+jsTDTOd7CZE32y2xNVG+N50+SJN9U5PAvmlW9nn1kT/eRewSfD1uYs9+VLNHbeVdkJ5J'
    'ZTXaKa8lPtKgPko6fxheMew8cOE0ya2OaZLTM0mm1Kr4mIZhS91VyhswopE/Ev/9hRCztNUAz181Q+Y8aX5kay/4d+JjfEU4S9q2'
    '94+kvZ4E2nuOjI/mmjVpx3n/fwWML0p7Tn2+pRHHQ799SINxGVbhtTioffMu+H8S61eO/l1HsKf9rO0+DVZ3u0UcEK7LOsK/X1Fy'
    'HZRyfPfUgHijgRCdjvMnWlMsrK8mMUuI0zxZsHNLut24Kk+9wSi4u3Lw2uMT4LWrVfR6PLa5rvE7tI0hi71NsV669aZ5Zf5EuXlJ'
    'KY1yXLhUn4j6TqL2j8bbcF9xNdBPUP31oHHRXA47NPwqr5Kp35QL8Tu1w3jw+bQqjd9eruG5Orstr0HEcZKjFva0nIaX4Vq8k5wN'
    'Jix9m6bYAV39KaqjT+WYpVh3XMPzyRqWO766HLpjI5uvwRBf8uVEn+pj83YoQszOhYKf1xZX4rTj5No8IwIuLI5f3rbuczl88dNB'
    'A7cktGY3EUzfqIW8KKjgmh1XzBJaOIP42E3iSLneKGEjdVgpurYm8xyHVumZvprQrtPmuwP4R5SYvzOJzKQxtYi5bQ/Ro+PEBdI8'
    'QzZxwFyH0dX9TcLGb4KhGdScU3A/vYPwiIIKrpVWIOeiJHJjUAz6qMX5LB+CA3LORdmUPzY3bXnesKkVcSzEoJGstpCm0PuDyU8m'
    '5L4N/WcSpP+dEeh/OCH6/3BC9H8JsVNsUcG5kXoDdFiMiVggzIcp5kxnu6DntGGLMQ5FkB863T7JGMG4OMkgus0a4rEHNDihceWP'
    'i6NzP67BIQXVUDahyV7DMzLVH2o1GFekmblKn9eQ+gQ4tmSHpSyer5LLSVYQ7OO2eqfkX2qC60rhXlj7ExZ94eflsL0f5vM7G871'
    'U/1dKb4jztyb0HO7Cq6hPEF0TNt8i2cSOYV7+JaUv/bsDvbOyYQn7FD+Z5Ps4zjzH+dC7Hltyp8/lWKgJzRY5TbYY/SdGlWaV9Yk'
    'Xs65HibzQr9H85VMpb0nifNAawAGi/PQZoE2qI7grF93AM5Aast2r72qkfXUb9+qwRMhzd2W8scJbWdtb2U0SeWGbtxBcQVtmriC'
    'KP3TxQcsFvZG2NyOCPJd2t87A2IBppLek8gdPBPzczoxU8db2JyifOMNphfb5BCW5FZrTL8Ix/22EBtNWF7GHqXPb1mlSvNR4rxm'
    'lTfP5Vj3JqDRBmUegyfllHTqtN/K+NxhC+w39weNWLybN3zHhLfEzQ3bZ+EnHYvw3UqO3mOHx949BTx2pPjvK2Py2Lg81cTnwGuW'
    'SBgQSc+hOsdU7aPJOOWUmzvedl57lJybeD7jO68q8zhJfsaz1Q2rp3ju/rdy6xzNRpqsMaTJrIYmTWXw7SBzbeRfUJyCjQzaqZG/'
    '4xHWzPb7puMzxTcfTXKX5v1dNAVyuAlsFe0hOMthpc95ZjPWWkH2NyYg+5eXeY0nDP2qnA6c8Q9Y6ABRv7E+5dm0tsXYyyMJ8t9y'
    'yH3pbLWojGue9BnrdWJ7zBvivnVnLNN3bGRLwdCPYnKOKmiwpGNTxJfj7Fnn3ZsTWqeguL8JFRw/bhvXZ+s74Xx9QkWPKdLFws/E'
    '9Q2ymzYL+qDJnCdtk+dyskklV5/GxC9D5w2xRu8BH62NPDHN83STBqewk2B5lk6Tj0jqTxANLQyxvSfh/6maJnt4EnWSGgzxak3w'
    't5Ua7GFekDGU9wyGrOVWZR9/HYaJbAI89inT2Acpx11SdnOTvFbUZt/E/DxjSq45GlRDicd9b9fQQb8yi7mcLjvnVO+di8nZqF8F'
    '51XOqeDc0gWNHA+z5+i+zfMCTMX3wugV6ZTi0Tm9DqnwuDlOlzsNsWdhPiWnXxdY2Au3aOTiVgtMzk3KvibvkID7DntnWDMnJ0yh'
    'LYSf2ZKOTc8SzOIOCz9TUN6QJqDVek3c0qAKjs2kess8QW8JqqXB6xNx3YTSbbuAvzMdN473dU0Mx31kXm3PTNKeHiaY23kaHXOY'
    '8YWtGj6GcngLkYVSPcOgmLNNMIYk932UeBGpb13Ki42PUo+gQ3nxdHmlr3Vpiu/k7xSUWTwdYi7blT+XBNYVayV7Pd0dDCpPKpeM'
    'DtPbkQAfygp8CPPQrhboNCrGkfKXRs25KMz+lyTmI0gHyFj4cXIwhxgT3AD0Yytj6Pdrptj2v7n4e7Vmn/B9lNfwvxELP6ZpPhZT'
    'm4EUB26i10yV/i/VtZd8PbWacw7Wb6gl+3UkQJ7Xsvbr4L249nyTPAPDSs412UR06ZEQ+SeNqZ6NqUH56xSdMgPolsc/jmnk2JCF'
    'DB8Q5qKxTNgZnSz44lEuC5wcYyuUPiYzqL+ZkP5Wl6G/ZwG+Pun10I2jnHLXmdPHQrAXEj8M4p/SGqJO02GwzlH9Jn0BdgjqYy9X'
    '+yYyoD2Gvy6M960jvC/MNjdi0W4n2Z+m9M5zHCXhV4si6+s1OCGUYVnlxW2b6pvON75EYg1M3wvr9x3Krs7BiMYOsQ3szXHaCevr'
    'Vao0V8Sw0seSOu98QMDfBb0T1gcnt/AqAx4Vxm/KsR9t8Wg5jZ4xXTbyuQnoM8cp83hgrKWSC9CDrgNeJNmWJR/+TNFvuki/uR3H'
    'tN/ToecEndHxjLxQ4z+S/Ey29j+0EV0iYOOS+E6BrE97CF/qsfCD8P7TM0kS7RdCzrSz0Z9mwytQn/wp+HhN4/xzhmtXbv4Rxd/g'
    'jPfPlVfzohzjnYrzh/PMeaq0tpJtvPdU8Muo60T5fVJjnK6z4dtDzobjIXpXkuOPoqPpdH88s7YqfX2ToByROpzHzcS/lFdyntYJ'
    'zbs3JtgflBFXED09rD/4znuVWS6EnOG43mGx14L6dZIh7m3UYu/2BdhAdX6q2mmUtakEZC36O+5XXr5ErB//wlKvFngt8SniOJ3/'
    'ny7gRvgcjDLMhYnPcEDwGaI/UOJP5agTiXt3IuWng8Nsn12U8mNZO1VwjclmeKYJbOVRah3zepSICTk+ZR6rU65ax0mcF0+DPp6f'
    'ca8fyPj32eqMf3zvgvt3LPbG9072zIXwzMfJM2uh/Uvhei5c3w3XVRmvH85cOTGCF6rwb3fBe+dBH+bAsxfBs3cudq+fWFxqI5jK'
    'sZn0zRn318A36bz3QcP3gvpnMyfH2lxfQnCCF2T8Y7wkc+zOiy1Oyml/XaZ0Lmi/KF/R4aTmJyTbOS5sDZsL/P/qjBn2rSohP6PT'
    '1+90udcHujyMH+rJfwf3noLrI3B9o0vG1LzV5f6bxkXT99+C6z90xZM/jWTO18B14RFZV0onOFdf/pB7PXGHF4eG99aOu9cfbnDv'
    'UR3r8JXxx2uTW/Qo/8FpXKqi/4SlFi3rnvvjle71s3kv1yLeW7DJf6+d4C7wvfeOudfcgP/ZRvIstoPP3nWZ/9mp2Htxc5E7bW/s'
    '9X9TXe9e7/mivv9Y80Oq/0HjIXDOH8i5199/0Z2bpcK963Z5/LFWybm0MXfmfML7/nqzez23173+y0Qpf8RnzmHPcAw6HWMmYIxR'
    '8uLieH8BNFW/w8tpjfeq/xTm6R4/Fsr524NfdK+77jGTYZkE99MQzNsP+7wchvxe6mb33iIy73hPrff+T3OITuo9ff626brhPXz/'
    'jj793sL6EPOVv8YHp8Way0H2rvdihvB79bA239/oXudsKl2jD8CY1gyUrhHeu/4mPX1hP+tIP2umQA95oN+9fjLn4UTw3jXAu6p3'
    'ebYkvNf+af+9FbTNe/z3lpF7J8C+3na9Z8fAe+v6/ffayL1PwnubNpfO/VeBHs74dOncH/wc6Fv3lI//xsUyJ7knuT5UG6BHSTbn'
    '4wSeTcf+edAl811+Gp6r4WuvAu2fdnVpf+75FFy7zHhXEnLt1oPu9+fB/7/wkJ395eUn3Gtmtz9Gz/lb1954bcWp2VpvoSuYtttG'
    'nuN5K259MlqO7qBYmroIsnTy7Prt8vLIl3/kXn+7x9MbUTZ8He49+xQ8+4iX0xh1wsJz7vXS593rK7vd6+79pbLtFM03p0JvjJrX'
    'thl8o0F02Ens1ya0EFZTbiGRmc67aeHZBrLv3z7D+/eOKe4fX/tsxLWX7BHnR+Azxwl7kNp47ofrC0v9+8CW92yDvYQ+tmHgO5Nr'
    'lUrPmp8q85+MaZvOFHR3u/P1xyNHsvIJHTmRZVERWBvbnyZNXJlN/SO6j05Fff+I/owXRkM9ZM+dVmIjSh/TP5MTVUYaonymk+mc'
    'tRq7MdZTX0D88fSZZoIZGWI4Jxp3NBQQo1Mdk2deqJKJi0zFkOEXsud18ory6HaNnGsp0xk2SEYuh+vmiLyC6327D7jX7z3j2QTw'
    '3mcPgt63z7NdoA7n6GzO9UvfdK8XvFh69vnKD+CZZ5PT7y4gel6SttRG0u+VsI/mdRRlaIe/HRM9pBbOTHNgD6He3+yaGMV+Z2LQ'
    'Sk+C9vz00Vgr7HbXpKWiMmKDR2z0wM8L+lpKeXkHK/oak7XqSNXRoq81Er808rIz2XOmbWF9jvXkb9Q3qPZ6eFEdvz+dnOGd553r'
    'NzXPUjtm69P+8z21Y/4S+P7ug6V2zBTYEB4/UCov9v3YvT7/jF9e2Mj3Cyznr53Yo9HvUQ38X+1W6ms/8+/djxE5M2U+1vRRyJOb'
    '+U6MpCa7Px2lf7KRn6brPzemrtW119OrmgBri/rU/hfcawPsgR895T6TJ/uz43GwBR6U2+sjz56w22tHevYq8uzN0N7Zz8vPfpA8'
    '2w723EefkJ+9iDx7y4PudSn0O3PQP7ZzSQzaLWA/fAv0yacfAtsjfGffC14dY5yzR9HW+IS/3ZNIHzLAp1Z/S+7vAtKeelh+hvq+'
    'KY+SxhTHvt3MeEY9ebf4x0AdxlYHebtgQ2gHnZTquDg3b4O5WgnnSCkvVDc5u9A2asjzqF/zM67Je52sz1Hs8oFznP7PEmOx57ii'
    'lxvIgJD5DvxJJ6uXJ+23bAfMHl3/flj/TGX9q8jZKtq5LOxglvC5TZLnHCNF9WOOiaL68Tsn/Peofvwf4L/OCL5kvPcnd8W3p8Sh'
    'xaMM8lfFcHvNKnmGFIoJtFk77uei9sl2gq2p8CADHpTWnSASEEIVGVWRUdMko/C8cspnAFcJOMIFH3Ovn7sP6sqRZ3ff63/2l7eC'
    'fQqe7SeyCNt12sMcW1nWjvO+c+9KikFm37+M2o3Y9y4h904adK+/A2zcu4R7jdeU4vu+CvjX1YOl+L5D7B7F961d7x/fMuEejm+J'
    '8L2TBkvl/iF2j8r957cDTvfyUrn/Gtz7w90VuZ+43N9VRrm/qyL3K3K/fHK/IYbc72O2lussbBPpo5wzOFPwxA0qzk8gBXDbWRvg'
    'N9CvQLG8HZX1mnHrRXF5QbU0wvKiB9VclGoBxOUX1TH4xWyxC8edo7pjaI5SKjnfWJJ+sesN/GJXWvjFPmDhF+u28IutsvCLnWHh'
    'FzvRwn8138B/VW/gM4t6pkga+2aKn2on7zUR/FYraROxFVTOLoZ/V5H75fzm3ATmMqviYdp4/1YI41nOnsfnONZO+hbd04hRNMkf'
    'x/O3OrD3k5V5brk+ZZ77p9fgmcMqmdw1Nn7YuRosN48Xome9Jcof54l+UB39zJlF9LPYkH5M89IF5cKlNbFt6Y3qZjyX2vhRSkc1'
    's4iOjrPgQ5j/jebC6mG6/aEIPKdwlNLBbJJHrcqslrdJ/Vhe52QH4wcjyizv5Wxf/3SM9bfBwBwLdgv1V/9pZmi2x0G2hxqYdWuR'
    'lF0gEONk5CJLq8oP/TlAl7Q7STtyBZNmsB9VnFiRcIduXFuJgrir5ftK/YS/etJ7Jo7ckXLHoE1ht4DbLxCsblhuoQp9xqbPGJjJ'
    'dKL0GcmvePQK9SpTrJfdT7cVjixJO1xFlsdeOytZHqSTK3YWugbiJYb32J0nvgCxWWq3h13BNtc9616bH4zXJpUNwyCvnny4vDm2'
    'K7ro9NNvUvmcmrvix7hPxqhv97f7EcBPv8zyO5rkbVyh9HkbKTaM5zGk2DCex1DK/fbKRCk27BuQX2zjZ0v311lXudfjromve+nW'
    'owXW49qIOoJpbqZy5EuYc8TzSSShf/P8cnQteF66qPp3GxsPzUn2I8gD+BeXRYuBquT7FfL97oqhs+2y18nSM5jOMXb8j1d6tSTw'
    'bws2lfI0mjeY8zSaJ5jzNJ4Hk+4jnj+zktt69tJ6HJ5ewbAenbEJ1cqfj3ddgHy9gNzby3jGOeTeTyFv8QbITXwmuff9G0Gv7PXq'
    '7/CYg6f+1IsdR6yMo9851w92eTmOed50+t1Jva/LPzYaO446Hj4Tlqu2wudi8bmlMfhc6LtJ4fZpzu4Kzzs2cPtx9D+eU2+5wF9r'
    'lb+OF61riDUEeZ2BLcpfZ2CEPIM5AfOsnS3kmRz7Ftasv1bpaxpgO1fA/IT56fvZexcznIdJfVvnvdXKy3fYw8Z9Fukvr/+IORGX'
    'E5zImID90eG3w/qFePIwXAmvxdij9LnOzyB6GM3zYWrbO9OSPhuUH1ecVcHYZ36G5fR9ekJ7rroMe64deHQK+Djm9uK4a4pxSZVx'
    '/iUeMKqh8/XCnpNorYfRfjfZc0PkmaB2nPfeDmdJ2ifEywxbYHQKKl7MBcfwFBiGL6+8XNqT2O8ADE+5aDVbJlo1aSMI52iKpeN2'
    'irD6o3FrQ0adL5wf0+ezcB6R8u/mGV0Oa3CEfQLtS/Xae9lzY+z+hMFajAh7hPal32DfvpRxc3pJ9DCq6WPBoG/YpwHWpx4VXO95'
    'hyX+Mmo/egkm0JmHP8u4vI/2sd9yX9iuVw+hDdq3qVgHPv5NxfGvZf3iuOe+iHsgL+hZJnh+rm/ZzC/fBxSvuZiM1Wau6dwMsPe2'
    'aujcNE4iKdrhY321ytV5dTnFpbqgQXS0RTM/W1m//i9cf6PM8PdBY3ggYAz5Mo7BZF0OG9Lcx6pcXY/Sds5iP/A647bnD4mGeSzq'
    'uMAznL5vqHLPGdNFQ68pf5573RyfWuX6auk8cXmT17SVlNzm9bcdq8Z5Gn4atmZR+d0WTd/ybF7D9HrTOJun0x5t7zCUlbhG0y33'
    'vpx2z65IfyZ9p+1t1ay/zd7W8fLtwjo7fR5Ou7F0Ei/pYXPVq+G/QeuS04xV159L0m5Mq4nebCtvcyF7/nTy7cEy6+R8b9el3TPh'
    'TJY7r6bctqKe9waUWZ1qvnYmdPNYyq2JWk49jM/Hf0vpabFfWIek1+PWlFtHNM6YbzLcG72p6eWtF6VcLIFOb8B+hH1vWFinoO8u'
    'Jd+1tW1I5z+uK0hz53y3JuX6F6N8N6k5/wXYhcvBa59TXvwuvnvIkpfgO9J8clvkQ8qbz+myC3yOjNm2D5JMzYd8z9HBF0agIVtd'
    '2cFenmip9yShXzjfPh8wyUnx/Sb49sIINFmwpEn094fZSahNuQZ8vDSPy9ME39VK/E2nCzbn6bI329pPEaON+WQqdeWkWjfuTznr'
    'ypXT/1dZ39m1vknwjzi+VcxD1aD0NVxtxvMW5Ev6wlN279EYxrjzURODn26Ge03k3Rry7nzAVHBsEa0rnVH+WlK69zG3Ec1f5ry7'
    'QXk5kajv3nn+NiXnL7tWTV/OKJw3nv8jTLZvZXbMqpSLQzB9T6dr/Jr4l0eZ7WFEYyt4nch4kzNPn8Y2Oybo5Mdb6LvDFs/iNx4l'
    'Os+WkHH+LdEbTHIyDTM80Z8rr65x1DWiNoa7EmoP66+OKe9suTrjXs/N+Nu/MONeP77Ya/8seLYbrl1wPQeuq+B6QcbftvN3xFDh'
    'OWRdyPdOU14Nuovg3p2L3esnFpfadvn7FEMlxb2cFYDnPUPpa9GdQrC3BciJ91vIe3fgGS9nky72YF5A7EGDENuQFWIbOM4jKd6W'
    'JOZvM/l3C8RXvrJbfvZaNb01BrC/NLfPElWa2+dauNZp8EyIoaY1aSUa6iY0sBh0gd9AXOp55N6KH3j1CBGf1KbsawjSvAs3vijn'
    'Q1gEPDjsWRuMDsUt6fBJtvOdFK1nE6CVWuXPOyrpOabtUl52M1x/FlFXDetTUnNYE1Onlp6ri6hTPwzxCq/C9TBcn+6Kpusn1a9/'
    'Xx9/nmsTOLskMR7kdab2tjzssyrlxSDXGWAfFxFsqIRVpjhk3TNh3zDBSnYqu1zEki2Q2uHj0kHLFNFBSpljeE9iunS/xgZq4lPn'
    'Pqww/CDWDW5jWF/un8lpMFzcDjzB7NjHl6HtsHx7JnNP8wBIMQ+15F4/O9voYu9NasZLdo/p4FMm+1Dnqwtat3JhgnX7uX4GzddQ'
    'hPnidM55KL6XxFwlQVvpBPS0igycXhmYSoAOqgLooI3YNVMkLgbfrwp5P4lc6ukyj5HmZOgkNnalpu9cJWH8OJazz1CHQF9lOfs2'
    'YeEzHjDo24IE+kb95VRHW2iAaTe1p45rfMqnwTclfDf3LQ9o2lgAdk7aVxNbb5+mPYm/YUzzBuXPXYY61byQuerT+PZ53CcdC8di'
    '2eAYewL0tmoii9IBus8IkfEm+ydM70miFg3FXfQI6xjlLFLPsGXjAr05c3mygPXWYYMl7FaetTuk5NjhPDlPBMXAxo0tWzjNayCd'
    'd0x4ypAwzzZ1f5D++5U/P4HJ+9Ox9tN1Xgha5yGGGSoIsoTrRFQHLjDfYY7JINSJKI+tFb5F437/QPbyYMC523n2XwnPHgw5o4+G'
    '+ET/jyr1rZrEoIwxbNgPSP97GR2NMH/uE0RuDghYeokGx5id4kGCRQuTlyZjc9r8ivLqjowExH7g301tOzug/TuVmR87r+R8AjcT'
    'X+Z8i/3M14zGJDntXUf0pa2GMSYSJlJ3bsa6K+uUPj+DTdwdj3PqJLQg0RGt16jjkxQ3Qe1gpu/QeQjbv1yvoTjDRuYb4nkLOlRp'
    'vbmkcRsc32oqX5LCH0X9fgXXNvW4tkoN1PDc8LtuUHF+rGvWvkD2fwvbe5U9VNlDlT0UvIeoDu/sp1+nPJmFOn0L7J8s6Ao259kV'
    'Fs8jpuuEiGfTvGCHThl8c1GEcZ1qOS6qB1VXeE+F91R4jyi/ayryu7KHKnvISn5niQ3ONhe/ZPubw2Q32mHPZz6VWhVcozGO72Am'
    '4Tt4jGEYLiOpmKb2BOcvb2FzMrH3hbXD/ZTOO9uY38ak3nFB+Wsy85jhKH4JXa4NxFCtBRsh5kEt13ccbN2JSs4HkhdiWMK+Z5KP'
    'T+ej0vmtGxOgwShx+FH2sxQbHRTzNNU5IjMx5jJszmz9qe2E5zjPp9l5UMeTmmOOgWNGedwXvU/t5BLuoZY9P87wAfWCL2owBKdJ'
    '7edSHTTJFzgasH8apmm+bOmBjytL/FajEfZKE8zjEguchy6Xr03OsSDeptNlyuGPzangHKK4ZltUab7KuP696fRDJ9F/yYeVDol3'
    'CZrXpDGiunk7Lsa8STyM+ueXafZslNxBFNsUJe8btRna+tLzSs5jNaYZB28zrgyeF2ONRgN0QR3uIIhv4hpPCLRM17hPlea8o5hj'
    'Gg9QMJRvFK+xIAEdd5h916FXnmt9XMBM2GL/bHPsBvmgk4q/kXz8fM04tmJCo2vwMzbqOgXNvskr85y12zW68JiSc2vxXIP/rPS5'
    'uCg9NUfAVwwrr57SfNb+yhjtnazk/FJSvsdDmrUbTZD2MMb8pACeQvuW0+D2VxLaizIvYTVw50TcC2HyYFDDa3IaHb9V0N+j6he0'
    'NqC0Vs3KqyuxXSV/lm4ow5za5owYioi95XmhdZgmEwwyxTTZ+Pmi1NlYQ/hJlJzWHKft+P2WqmTzqSZ51kkqripsH48KeyjsnRGl'
    'z2laDplcsMDjDwfwWxxfiunkxwt7Jc5eDcPW4lxl4ftxsf5SLhqqS+ZCZBnta4bpklFyOo8JejTWOoyjo0o4dMknr6PB+QnRYFBO'
    'WdNaA1JtC65zBuVjipPzZY2yr6+eZH4Cm5jMNtCzJFnWqvQxlVHsXDSHT6eGLycRN7ggATrUxZA1x8B6ryF4+CCsM9ZEXamSj1fT'
    '6fRJYK51Z2iT+Ig0i13awvo9zHgStZmOWfrJTOyLJnZwHW+3sfeMaGIZ4vJynb2B8/Ik/VjbNX48KV5Cst/0KH/+KM6/qe+vCfqd'
    'FexunNd0aOiT0l2LsstZzOMc7wJ6NNkzSdUQagL6nK+hE5vaTLS+56IEbdS6HOyY48s0PqiTjPPNCL76PrYPFpK4Hvz2fxiMSfLN'
    'S/QwVfEccfT+HWQMVMZlmU8fZVILOf93sDZGNPy639C+iu+Y5gMdYutZL/g5txvy7iC5n2FyaVDp46h0dWHDzhO6eUoyf6/zje9V'
    'uddvVvn790SVe/1u1dT6yOPk3j2txr2ug+t74LoKrmfC9awaOz2c6rQ0P8QauC48Yq+P0/x+56vS/H6Ye6LOYL9Xx5iztR12eLd5'
    'wlpjvk+bPDEpsi+69nq5IHW11Xlup0mM3QteTknU/zD/6OpnvbyazvX+pzwbJs5xK+SX/Lf/aTdnPC8l5yFJ5kV+aFm0c+d8+K0j'
    '9+qgr+jHrQZ9UhXH8bWfee0kmTu0uUuWIzznbIfS55w9ntx78XLvfeSteO8w5JMdvNvP/52/PQA5Dw/B9cUuvQxq6Up2j9VAn/9u'
    'vTcXlI8cvh32weX+vtBv1Cl9njFpb9x6tXv9/sbSuagf8O451zmbgvOfRT1zZ6Z5zkxzxc1j58sejS+L+/Ro7hBn/u4g+uMOjc+m'
    'oMxrZVOMVJPy8hFEzfO9mZwfC8q+np9U+85p9z2w/jT2vJvMa0EF540Y0NgwMSf3SqHfg5a2iiB/lvP3vddDjtTLPH2W3/vwxlI7'
    '7zZyncl7CPdKmP6SFM+7Z8i9ftoix6xk46T6F75bQ55BrH0UnOknc+510+b46zQnxlzZ6E5cX2qDPcF1skbYZ3VEn5otP+4WTXvK'
    'kyKboazftPlpjnxT9+Uo9m4qxxbBh5/e714vhVzrP3rSjr5efgT0qMfd6+uQ47zwmMvj3g/0NbnPQRc+/2DwOxeQdx6BHOp/9aj/'
    'nS894NV+wfy18+CdL0C+96+AXn8V5F9/+QloC/T8R+H/T8P3L93rtnUCmZ/vPQw1CZ6Ktv/aHwnud9h5IA5fVTDfnzvonX1s3r/m'
    'J968JSlrFpOz1ORcPOTn5/R5HudUT84tHDdp4hc39V0E+eVM+srPcc7784CW1N7p8+0F6Q6tZMyTuv4Rv42mQflz4qMfWhV1hiN/'
    '6b5T3eW3AbSR+aD6RArOVr/vit7+XHYWqz2iH988omMG5fMxtXsPqNIa7KZ+Zht/k5QjituNJVy5VJcwji1+JMQnLuXckmJaWlUy'
    'uRWjxixJ/mldPq4dGnopaHAbpxObtwkewwTLozsPDSs5t+uAAaYkFeC3k9ZmVPlz8EXdHza2w8UaTAH65O4nvgQ8T76wtNR+sZzQ'
    'G8aLxsUN4HMZFVwfRIdLzILvysT3ZIoP4/XLd0bA8Nv4AvIaTAHaD652zkoJ8B4T/6MJ5szUblHueRtUZjG/Uq4+vpeRvpDGUvBN'
    '7ItjWJlsNrVL0WOSIvupHb4/iOdLdh3V6EIfYXOA9UPxivwQffE7NFfE8SwhZ/RutqcwDr8J7NSNzO+Bextl1FbiL23S8I20Rm+b'
    'C2to6j8cN8RURMECNys5N2oYNovnTU4CjxuUA3q5xvdyKpMFI4JvXsKElhOnvLLMdtfWBG2ZYWfDZlUaA5KLgPEyxRZL+t8hFZxz'
    '1TYPtrP/NkRcX2mOg+zRJvFA/MyQ18z3cAjPXq283Ao9Gh9B3gLjk9OcYfF7i5WXf7XXEt8WpG/a6pXOM5fNoPVcFFPfGFByntpx'
    'xgec9V5qML5xjR4jPdsXAZeVI3LTJk8wp82bDdf7OFUajzgi4IV08QlSXNxOJcfwzdessSkmjJ4Tfgr2iDe7PB+wyXidfbbMcJ1t'
    '17eSc0vOuVWSualDd8PuB2mGxphU1kBegw7tVMdbgxalr8/GY65pHOGYoS1N0qvayJqnCG5Pyn/E8ZtvEqzdXOEdaneqCcDUm8pl'
    'Ps4ecvbBMWXZd+cwjHKvBmfNZeybTNYvITpMuWU5X6dapc+RUw5dPkqNvEGNrpgXdCpdTovpHsuQZgySXXcO/Bt9QSgf7yfrc7+y'
    'rwlHcw7xOpg9BDNSy/q2helg5yp9bYDxANoLO0OeZKhL6erII369CWwZkt22INilTPSRFkJHDzKc7mOA0/1VldfH7wCm91tV/v8/'
    'yd7dB+8+T97dy575bpWHB1YEM0yfeRSe+Y0lVjjI3qBmsL3hYqAV05ivXg0vPDtB7Bnmw0vSP9ETwaaRYjbMFLG/oW19RY2LzX5/'
    '8fe8Ghk8sYJhuN8P1/NqzNdXwoSvhOtFcL2E/N+m3few9t7F2lsN19NrSnlrNeOtzy3zxv3cMjtb9W8A99AM132Arbhhn/fdZmJH'
    'boDvO79OXXCnJrhTD9ypBT7SpQezBNUQn9RVukp5/SRd9brXz3zavZ5zuUszS4FenL999aOAVyuA72eXe813yW3ce73bxryANh5b'
    'b9aGjnYXgh5Zx36lOavf4H7P+dY9n1LqtU/ZoYhM5nYSt7tBHpvzTefqfBf73w79r2W/+4vvfKf4+1bx9/PF3/7i74eKv7cVfzcV'
    'f6/vMu/3fvj+d+D6Flw/D9d+uH4IrrfBdRNcryc46zqyN+oJTr2+ONZb7/N/tx7G7/ydypAajQxBWvzrze71XKCFf5kojRPS2YB1'
    'dDJXebFc9HdNsY9v3F6ciw8rtfGyIp+9riijNwbP5xoY1xuAbXbeda7O+5O8+jqQ9RvD6dShkbZh1wbi2D8c28choNs9cH2gy45O'
    'ke6cdnX2FYqxRzrew/7/AFn3xdD/evbbWtyfy8ddWtoPe+27xd+/Bzq1pVc6jlbA8y4f99PrfrbvvgvXv2d0a0LHGUKPzu/LxW/+'
    'W5+/Hy9DP5y/c1sX/e4bQn8oDtn528/h3uMhNq46ghlaSPp3RlHI//A2f//OgDgB5+90n9Vp9hn25e4+9/rugdJ+7rsH9t7GcB9U'
    'nQqO/xm+z+MD/DuNV/vljc7vQtcrQ+bjpG1Fus3558P52yQ95+Rx/+N/AcyS0J8s8Og/3B2uM1WR/uDvJWPufHYXeVftgEzXzjM4'
    '75M+V+BzzvPY/vXKH79YxyC2SaFpU1FfTatZ9dMRcj/DfPMYe/YE0MP+Uff6JPDW19Z7MUyTeM3L/DrRigGPFyMWF3Ug0zbotzHm'
    'egm2sSG8jTaG06JxgLR/PM7vAHz3H/67v3ZMUN9/cY88hgVA22vge3cOyGPjmADK/zAudbJOzx43VpDuJ+dvGENole8eMMq/fMiO'
    'bxZe9LC06O/De6jfH3jG75PGOACMcbTpZ8szZrIiw+ZquDgvTz7sn6thmCvn7zZ9cHDc0lysftyPqaZ4j6690frtvOfMFe03jz2N'
    'gnfm512Urci7C0U6+PoTxXaKZ7Ku52XeXQC8+tcBv+48O9m/5838Yzhvr8D7e54tlUF0jUzmr57Nn3rYxY/7ghwe9nDlNvOXgfm7'
    '4qczIxa7HuZJF2O0UsAA4jxl2Tw5mHAHD64CcOIce9V90D5+kZ9vFKzv7v3+uGjqE30EYh5ST/mfiaOH7Qeau/lgKc3tOeDnaSZ6'
    'WNy5XBdjLrHfn4D4imX7SuMBMfbirMdLx/s3EAvyN7uD91gD/BtzDFbBfIw+7MajcD7RDPcwXoXyBtM99+jz3p5zrs8Cj1GW8m3X'
    't+G8vzt8/c7+lisH6Ticv1H5aMszdh8sncdqNo8Hinz5peJ83bC/dB4PQIzKSzCfzjNR4u/UM+G84LfFb63+lv/7v4XvO3+3+e5r'
    'j/i/f8v+eDSOsVOfE/btJ572aCSIjmvZOWXyDHrAk+38TIv3kGfgd+5/zPOd1Ct/jNet35SflTCzKeXVTsI+nVfcp1c97saoXbNP'
    'lr/ngb5x1eP+eDbneZs1uhP2xlXAg+9+UY5Lc+LjOA1nGQ07tlzHjkt1FuwvtfNG0V/2/Rh8P89YxqoSPSWM9h3Z8hLTEz970Nt7'
    'Nt/9AsirW2Hc17xo9/4Du0t5Ftrjq5g9/hsHvf5+wzK+DmMvm8v8Hbo/w3iwI3sdPZWuw+IIuU8kHkL1OC4nr3gM+JTAX3Bvh+ny'
    'DcR3QfcGjukWgb/zWMRbIvJ3jGH99n793qVzfhyxH61zzoAP+vu1Ds6Fzt9tzoUY+6p2R9fpdfPonBPuLfK8dQ+WzuMe6O+9wBPX'
    'PWg3jzj/q39q99574Lt3khjXMF7j5AL67EHmQ3whWozsvTCnHQf969GmotHT/bAPUk+XyhZnzVaQs7ytLrbuSY82MVdOW8y2Xnqo'
    'lN6jnBcde8bvmO6HNo7fWep+kryLIp9/9aRfHpz+iH5v67Awc45446HxtHTP8hxGdM/y3EfS2QvPNEvgzO/EwdKY2KixwTpZpBsT'
    'PWP/EfIrLdg0Nf39/2Vo02s='
)
